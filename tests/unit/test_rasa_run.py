"""Rasa's logs, as configured by bot.rasa_run, never hold what a user typed."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator

import pytest
import structlog

from bot.rasa_run import REDACTED, configure_private_structlog, private_processors, redact

SECRET = "my daughter is 11 and someone sent her pictures"


def test_redact_replaces_user_content_and_keeps_the_event() -> None:
    out = redact(None, "error", {"event": "rest.message.received.failure", "text": SECRET,
                                 "sender_id": "abc", "parse_data_text": SECRET})
    assert out == {"event": "rest.message.received.failure", "text": REDACTED,
                   "sender_id": "abc", "parse_data_text": REDACTED}


def test_private_processors_put_redact_first_and_drop_traceback_locals() -> None:
    rasa_like = [structlog.processors.add_log_level, structlog.processors.dict_tracebacks,
                 structlog.processors.JSONRenderer()]
    out = private_processors(rasa_like)
    assert out[0] is redact
    assert structlog.processors.dict_tracebacks not in out
    assert structlog.processors.format_exc_info in out
    assert private_processors(out).count(redact) == 1


@pytest.fixture
def captured() -> Iterator[io.StringIO]:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    root = logging.getLogger()
    root.addHandler(handler)
    saved = structlog.get_config()
    yield stream
    root.removeHandler(handler)
    structlog.configure(**saved)


def _fail(text: str) -> None:
    raise RuntimeError("lock store unreachable")


def test_a_failed_message_is_logged_without_its_text(captured: io.StringIO) -> None:
    configure_private_structlog(logging.INFO)
    logger = structlog.get_logger("rasa.core.channels.rest")
    try:
        _fail(SECRET)
    except RuntimeError:
        logger.exception("rest.message.received.failure", text=SECRET)
    lines = [json.loads(line) for line in captured.getvalue().splitlines() if line.startswith("{")]
    failure = [line for line in lines if line["event"] == "rest.message.received.failure"]
    assert failure and failure[0]["text"] == REDACTED
    assert "lock store unreachable" in failure[0]["exception"]
    assert SECRET not in captured.getvalue()
