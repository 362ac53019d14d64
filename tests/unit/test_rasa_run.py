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


def test_sparse_fingerprint_text_identifies_the_matrix_exactly() -> None:
    import numpy as np
    import scipy.sparse

    from bot.rasa_run import sparse_fingerprint_text

    dense = np.zeros((3, 50), dtype=np.float32)
    dense[0, 4], dense[2, 49] = 1.0, 0.5
    base = sparse_fingerprint_text(scipy.sparse.coo_matrix(dense))
    assert base == sparse_fingerprint_text(scipy.sparse.coo_matrix(dense.copy()))
    changed = dense.copy()
    changed[2, 49] = 0.25
    moved = dense.copy()
    moved[0, 4], moved[0, 5] = 0.0, 1.0
    wider = np.zeros((3, 51), dtype=np.float32)
    wider[:, :50] = dense
    as_float64 = dense.astype(np.float64)
    others = {sparse_fingerprint_text(scipy.sparse.coo_matrix(m))
              for m in (changed, moved, wider, as_float64)}
    assert base not in others and len(others) == 4
    assert len(base) < 120  # a short text, not one line per value


def test_the_rasa_entry_point_uses_the_fast_fingerprint(monkeypatch: pytest.MonkeyPatch) -> None:
    import rasa.__main__ as rasa_main
    import rasa.shared.nlu.training_data.util as training_data_util

    from bot import rasa_run

    monkeypatch.setattr(rasa_main, "main", lambda: None)
    monkeypatch.setattr(rasa_main, "configure_structlog", rasa_main.configure_structlog)
    monkeypatch.setattr(training_data_util, "sparse_matrix_to_string",
                        training_data_util.sparse_matrix_to_string)
    rasa_run.main()
    assert training_data_util.sparse_matrix_to_string is rasa_run.sparse_fingerprint_text


def test_output_fingerprints_are_skipped_only_when_the_cache_is_off(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from rasa.engine.training.hooks import TrainingHook

    from bot import rasa_run

    monkeypatch.setattr(TrainingHook, "on_after_node", TrainingHook.on_after_node)
    monkeypatch.setenv("RASA_MAX_CACHE_SIZE", "1000")
    assert not rasa_run.cache_is_off()
    monkeypatch.setenv("RASA_MAX_CACHE_SIZE", "0")
    assert rasa_run.cache_is_off()
    rasa_run.skip_output_fingerprints()

    class Unfingerprintable:
        def __getattribute__(self, name: str) -> object:
            raise AssertionError("the output must not be touched")

    hook = TrainingHook.__new__(TrainingHook)
    assert hook.on_after_node("node", None, {}, Unfingerprintable(), {}) is None  # type: ignore[arg-type]
