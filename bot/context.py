"""Facts about the child and the user found in a message: age, relation, platform, audience."""

from __future__ import annotations

import re

from bot.text import normalise

RELATIONS = {
    "son": "son", "sons": "son", "mab": "son", "fab": "son", "mhab": "son",
    "daughter": "daughter", "daughters": "daughter", "merch": "daughter", "ferch": "daughter",
    "child": "child", "kid": "child", "kids": "child", "children": "child", "plentyn": "child",
    "blentyn": "child", "mhlentyn": "child", "plant": "child", "mhlant": "child",
    "grandson": "grandchild", "granddaughter": "grandchild", "grandchild": "grandchild",
    "wyr": "grandchild", "wyres": "grandchild", "niece": "niece", "nephew": "nephew",
    "nith": "niece", "nai": "nephew", "stepson": "stepchild", "stepdaughter": "stepchild",
    "llysfab": "stepchild", "llysferch": "stepchild", "pupil": "pupil", "pupils": "pupil",
    "student": "pupil", "students": "pupil", "disgybl": "pupil", "ddisgybl": "pupil",
    "disgyblion": "pupil", "foster": "foster child", "maeth": "foster child",
}
PLATFORMS = {
    "snapchat": "Snapchat", "snap": "Snapchat", "instagram": "Instagram", "insta": "Instagram",
    "tiktok": "TikTok", "roblox": "Roblox", "fortnite": "Fortnite", "discord": "Discord",
    "whatsapp": "WhatsApp", "youtube": "YouTube", "xbox": "Xbox", "playstation": "PlayStation",
    "ps4": "PlayStation", "ps5": "PlayStation", "minecraft": "Minecraft", "facebook": "Facebook",
    "messenger": "Messenger", "telegram": "Telegram", "twitch": "Twitch", "reddit": "Reddit",
    "omegle": "Omegle", "kik": "Kik", "twitter": "X (Twitter)", "yubo": "Yubo",
    "bereal": "BeReal", "steam": "Steam", "threads": "Threads", "wink": "Wink",
}
_PARENT = re.compile(
    r"\b(my|our|fy|ein) (\w+ )?(son|sons|daughter|daughters|child|kid|kids|children|boy|girl|"
    r"grandson|granddaughter|grandchild|niece|nephew|stepson|stepdaughter|foster \w+|"
    r"mab|mhab|merch|mhlentyn|mhlant|plant|wyr|wyres|nith|nai|llysfab|llysferch|hogyn|bachgen)\b"
    r"|\b(my|our) \d{1,2} ?(year|yr|yrs)s? old\b"
    r"|\bi m (a |an )?(parent|mum|mom|dad|mother|father|carer|grandparent|gran|nan|grandad|"
    r"foster carer|foster parent|guardian|step ?(mum|dad))\b"
    r"|\b(rhiant|mam|tad|nain|taid|mamgu|tadcu|gofalwr|gofalwraig|gwarcheidwad) (ydw|dw|ydwyf)\b"
    r"|\b(dw i|rydw i|wi)( n|n)? (rhiant|fam|dad|ofalwr|nain|taid)\b")
_PROFESSIONAL = re.compile(
    r"\bi m (a |an )?(teacher|teaching assistant|social worker|youth worker|nurse|health visitor|"
    r"police officer|safeguarding lead|head ?teacher|designated safeguarding|dsl|practitioner|"
    r"school nurse|counsellor|gp|doctor|professional)\b"
    r"|\bi (work|teach) (in|at|with) (a |the )?(school|college|nursery|children|young people)\b"
    r"|\b(my|a|one of my|our) (pupil|pupils|student|students|learner|learners|client)\b"
    r"|\b(athro|athrawes|gweithiwr cymdeithasol|gweithwraig gymdeithasol|nyrs|swyddog heddlu|"
    r"arweinydd diogelu|gweithiwr ieuenctid|pennaeth) (ydw|dw|ydwyf)\b"
    r"|\b(dw i|rydw i|wi)( n|n)? (athro|athrawes|gweithio mewn ysgol|gweithio yn yr ysgol|"
    r"weithiwr cymdeithasol|nyrs|ddysgu)\b|\b(disgybl|ddisgybl|disgyblion) (i|fi|gen i)\b")
_YOUNG = re.compile(
    r"\b(i m|im|i am|am) (only |just |nearly |almost )?(\d{1,2})( years old| yrs| yo)?\b"
    r"|\bi m (a |an )?(kid|teen|teenager|child|young person|girl|boy|student in year)\b"
    r"|\b(i m|im) in year \d{1,2}\b|\b(my|fy) (mum|mom|dad|parents|mam|nhad|rhieni|athro|"
    r"athrawes|teacher)\b"
    r"|\b(dw i|dwi|rydw i|rwy|wi)( n|n)? (\d{1,2})( oed)?\b"
    r"|\b(person ifanc|plentyn) (ydw|dw)\b|\b(dw i|rydw i)( n|n)? (berson ifanc|blentyn)\b")
_AGE = [
    re.compile(r"\b(\d{1,2}) ?(year|yr|yrs|years)( s)? old\b"),
    re.compile(r"\b(\d{1,2}) ?(yo|y o)\b"),
    re.compile(r"\b(\d{1,2}) ?oed\b"),
    re.compile(r"\b(?:is|s|turned|aged|age|nearly|almost|only|just) (\d{1,2})\b"),
    re.compile(r"\b(?:i m|im|i am|am) (?:only |just |nearly |almost )?(\d{1,2})\b"),
    re.compile(r"\b(?:dw i|dwi|rydw i|rwy|wi|mae (?:e|o|hi|fy \w+))(?: n|n| yn) (\d{1,2})\b"),
]
_SCHOOL_YEAR = re.compile(r"\b(?:year|yr|blwyddyn|mlwyddyn|flwyddyn) (\d{1,2})\b")


def find_age(text: str) -> int | None:
    """The child's (or young user's) age, from "she's 11", "14 yo", "mae e'n 9 oed", "year 8"."""
    plain = normalise(text)
    for pattern in _AGE:
        match = pattern.search(plain)
        if match and 3 <= int(match.group(1)) <= 25:
            return int(match.group(1))
    school = _SCHOOL_YEAR.search(plain)
    if school and 1 <= int(school.group(1)) <= 13:
        return int(school.group(1)) + 5
    return None


def age_band(age: float | int | str | None) -> str | None:
    """The guide's age bands: under_13, 13_15, 16_17; None for adults or unknown."""
    try:
        years = int(float(str(age)))
    except (TypeError, ValueError):
        return None
    if years < 13:
        return "under_13"
    if years < 16:
        return "13_15"
    return "16_17" if years < 18 else None


def find_relation(text: str) -> str | None:
    """Who the child is to the user (son, daughter, pupil, foster child …), if said."""
    words = normalise(text).split()
    for i, word in enumerate(words):
        if word in RELATIONS and (i == 0 or words[i - 1] in {"my", "our", "fy", "ein", "a", "i",
                                                            "mrs", "the", "ei", "of"}):
            return RELATIONS[word]
    return None


def find_platform(text: str) -> str | None:
    """The app or game named in the message, if any."""
    for word in normalise(text).split():
        if word in PLATFORMS:
            return PLATFORMS[word]
    return None


def find_audience(text: str) -> str | None:
    """parent, professional or young_person when the message makes it clear."""
    plain = normalise(text)
    if _PROFESSIONAL.search(plain):
        return "professional"
    if _PARENT.search(plain):
        return "parent"
    if _YOUNG.search(plain):
        return "young_person"
    return None
