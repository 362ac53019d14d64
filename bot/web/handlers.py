"""Thin request handlers: validate, call Rasa, answer with JSON the widget understands."""

from __future__ import annotations

import json
import logging
import unicodedata
from typing import Any

from aiohttp import web

from bot.language import detect_language
from bot.settings import Settings
from bot.web.keys import ADDRESS_LIMIT, CARDS, RASA, SESSION_LIMIT, SESSIONS, SETTINGS, STATIC_DIR
from bot.web.rasa import RasaUnavailable
from bot.web.texts import text

logger = logging.getLogger(__name__)
STATIC_FILES = {"/": "index.html", "/widget.js": "widget.js", "/widget.css": "widget.css",
                "/i18n.json": "i18n.json"}


def _error(status: int, code: str, language: str, **values: object) -> web.Response:
    body: dict[str, Any] = {"error": code, "message": text(language, code, **values)}
    return web.json_response(body, status=status)


def clean(message: str) -> str:
    """Drops control and format characters (keeping new lines) and trims white space."""
    kept = "".join(c for c in message if c in "\n\t" or unicodedata.category(c)[0] != "C")
    return kept.strip()


def as_typed(message: str) -> str:
    """Typed text that Rasa will not read as a command: "/restart" is the words "restart".

    Only a button click (the widget sends "button": true) may carry an intent payload.
    """
    return message.lstrip("/ \t\n")


def _language(value: Any) -> str | None:
    return value if value in {"en", "cy"} else None


async def create_session(request: web.Request) -> web.Response:
    """POST /api/session: a new, unguessable session id."""
    if not request.app[ADDRESS_LIMIT].allow(request.remote or "-"):
        return _error(429, "rate_limited", "en")
    session_id = request.app[SESSIONS].create()
    return web.json_response({"session_id": session_id,
                              "expires_in": request.app[SETTINGS].session_ttl_s}, status=201)


async def end_session(request: web.Request) -> web.Response:
    """DELETE /api/session/{id}: forget a session (quick exit, clear conversation)."""
    request.app[SESSIONS].forget(request.match_info["session_id"])
    return web.json_response({}, status=200)


async def chat(request: web.Request) -> web.Response:
    """POST /api/chat: forwards one message to Rasa and returns the bot's messages."""
    settings: Settings = request.app[SETTINGS]
    if not request.app[ADDRESS_LIMIT].allow(request.remote or "-"):
        return _error(429, "rate_limited", "en")
    raw = await request.content.read(settings.max_message_chars * 8 + 2048)
    if not request.content.at_eof():
        return _error(413, "too_long", "en", limit=settings.max_message_chars)
    try:
        body = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        return _error(400, "bad_json", "en")
    if not isinstance(body, dict):
        return _error(400, "bad_json", "en")
    language = _language(body.get("language"))
    lang = language or "en"
    message, session_id = body.get("message"), body.get("session_id")
    if not isinstance(message, str) or not isinstance(session_id, str):
        return _error(400, "bad_json", lang)
    message = clean(message)
    if body.get("button") is not True:
        message = as_typed(message)
    if not message:
        return _error(400, "empty", lang)
    if len(message) > settings.max_message_chars:
        return _error(413, "too_long", lang, limit=settings.max_message_chars)
    sessions = request.app[SESSIONS]
    if not sessions.touch(session_id):
        return _error(410, "no_session", lang)
    if not request.app[SESSION_LIMIT].allow(session_id):
        return _error(429, "rate_limited", lang)
    try:
        replies = await request.app[RASA].send(sessions.sender_id(session_id), message, language)
    except RasaUnavailable:
        logger.warning("Rasa unavailable; answered with the static helpline card")
        return _card_response(request, lang, 503)
    messages: list[dict[str, Any]] = [
        {"text": str(m.get("text") or ""), "buttons": _buttons(m.get("buttons"))}
        for m in replies if m.get("text") or m.get("buttons")]
    if not messages:
        logger.warning("Rasa sent an empty reply; answered with the static helpline card")
        return _card_response(request, lang, 200)
    detected = detect_language(" ".join(str(m["text"]) for m in messages))
    return web.json_response({"messages": messages, "language": detected or lang,
                              "session_id": sessions.renew(session_id)})


def _buttons(raw: Any) -> list[dict[str, str]]:
    if not isinstance(raw, list):
        return []
    return [{"title": str(b.get("title", "")), "payload": str(b.get("payload", ""))}
            for b in raw if isinstance(b, dict) and b.get("payload")]


def _card_response(request: web.Request, language: str, status: int) -> web.Response:
    card = request.app[CARDS][language]
    body = {"messages": [{"text": card["text"], "buttons": []}], "language": language,
            "fallback": True}
    if status != 200:
        body |= {"error": "unavailable", "message": card["text"]}
    return web.json_response(body, status=status)


async def helplines(request: web.Request) -> web.Response:
    """GET /api/helplines?lang=cy: the static helpline card."""
    language = _language(request.query.get("lang")) or "en"
    return web.json_response(request.app[CARDS][language])


async def healthz(request: web.Request) -> web.Response:
    """GET /healthz: the gateway process is alive."""
    return web.json_response({"status": "ok"})


async def readyz(request: web.Request) -> web.Response:
    """GET /readyz: Rasa (model loaded) and the action servers answer."""
    rasa_ok = await request.app[RASA].ready()
    actions_ok = await request.app[RASA].actions_ready(request.app[SETTINGS].action_urls)
    status = 200 if rasa_ok and actions_ok else 503
    return web.json_response({"rasa": rasa_ok, "actions": actions_ok}, status=status)


async def static_file(request: web.Request) -> web.FileResponse:
    """The widget page and its assets."""
    name = STATIC_FILES[request.path]
    return web.FileResponse(request.app[STATIC_DIR] / name)
