"""ContentRepository queries, on in-memory SQLite and (in CI) PostgreSQL."""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from bot.content.repository import ContentRepository


def test_young_people_get_childline_and_meic_first(store: sessionmaker[Session]) -> None:
    with store() as session:
        cards = ContentRepository(session).helplines_for("young_person", "en")
    ids = [c.id for c in cards]
    assert ids[0] == "emergency" and ids[1] == "childline" and "meic" in ids
    assert "nspcc" not in ids


def test_helplines_are_welsh_in_welsh(store: sessionmaker[Session]) -> None:
    with store() as session:
        repo = ContentRepository(session)
        commissioner = repo.helplines(["commissioner"], "cy")[0]
        english = repo.helplines(["commissioner"], "en")[0]
    assert commissioner.name.startswith("Comisiynydd Plant Cymru")
    assert commissioner.purpose != english.purpose
    assert commissioner.phone == english.phone == "0808 801 1000"


def test_tips_follow_audience_and_age(store: sessionmaker[Session]) -> None:
    with store() as session:
        repo = ContentRepository(session)
        young = repo.tips_for("nude_images", "en", "young_person", "13_15")
        parent = repo.tips_for("nude_images", "en", "parent", "under_13")
        default = repo.tips_for("nude_images", "en", None, None)
    assert young and parent and default
    assert {t.id for t in young.tips}.isdisjoint({t.id for t in parent.tips}) or \
        young.tips[0].id != parent.tips[0].id
    assert "13_15" in young.tips[0].ages or not any("13_15" in t.ages for t in young.tips)
    assert [t.id for t in default.tips] == [t.id for t in repo_tips(store, "parent")]


def repo_tips(store: sessionmaker[Session], audience: str) -> list:  # type: ignore[type-arg]
    with store() as session:
        answer = ContentRepository(session).tips_for("nude_images", "en", audience, None)
    assert answer
    return list(answer.tips)


def test_tip_texts_have_their_facts_filled_in(store: sessionmaker[Session]) -> None:
    with store() as session:
        answer = ContentRepository(session).tips_for("sextortion", "cy", "young_person")
    assert answer and answer.tips
    assert all("{{" not in t.text for t in answer.tips)


def test_an_unknown_topic_is_none(store: sessionmaker[Session]) -> None:
    with store() as session:
        assert ContentRepository(session).tips_for("astrology", "en") is None
