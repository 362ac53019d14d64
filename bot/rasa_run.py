"""Runs Rasa's own command line with logs that never hold what a user typed.

Rasa 3.6 logs some events with the user's words in them, e.g. `rest.message.received.failure`
at ERROR level with `text=` when a message fails (seen with the lock store unreachable), and its
JSON tracebacks carry each frame's local variables, the message among them. `python -m
bot.rasa_run run ...` is `python -m rasa run ...` with two changes to Rasa's structlog set-up:
every field that can carry user content is replaced by "[redacted]" before anything is written,
and tracebacks are rendered as plain text without local variables.

`python -m bot.rasa_run train ...` also makes training faster without changing what is trained:
after every graph node Rasa fingerprints the node's output for its training cache, and for each
message's sparse features it first writes the whole matrix out as text, one line per value. That
took about a third of a training run on our data. `sparse_fingerprint_text` stands in for that
text with the matrix's shape, type and a SHA-256 of its coordinates and values, so the
fingerprint still changes exactly when the features change. And when Rasa's training cache is
off (`RASA_MAX_CACHE_SIZE=0`, which bot.training.train.rasa_env sets unless you set it), Rasa
still fingerprints every node's whole output only to hand it to a cache that drops it at once;
`python -m bot.rasa_run` skips that step.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable, Mapping, MutableMapping
from typing import Any

import numpy as np
import scipy.sparse
import structlog

REDACTED = "[redacted]"

# The keys Rasa itself treats as personal data (rasa.utils.log_utils._anonymizer), and ours.
USER_CONTENT = frozenset({
    "text", "response_text", "user_text", "slot_values", "parse_data_text",
    "parse_data_entities", "prediction_events", "tracker_latest_message", "prefilled_slots",
    "message", "response", "slot_candidates", "rasa_event", "rasa_events", "tracker_states",
    "current_states", "old_states", "successes", "current_entity", "next_entity", "states",
    "entity", "token_text", "user_message", "json_message", "metadata", "body",
})

Processor = Callable[[Any, str, MutableMapping[str, Any]], Any]


def redact(_: Any, __: str, event_dict: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
    """A structlog processor: user content out, event names and counts kept."""
    for key in USER_CONTENT.intersection(event_dict):
        event_dict[key] = REDACTED
    return event_dict


def private_processors(processors: list[Processor]) -> list[Processor]:
    """Rasa's processors with `redact` first and tracebacks rendered without locals."""
    out: list[Processor] = [redact]
    for processor in processors:
        if processor is structlog.processors.dict_tracebacks:
            out.append(structlog.processors.format_exc_info)
        elif processor is not redact:
            out.append(processor)
    return out


def configure_private_structlog(log_level: int | None = None) -> None:
    """Rasa's structlog configuration, made private (see the module docstring)."""
    from rasa.utils.log_utils import configure_structlog

    configure_structlog(log_level)
    processors = structlog.get_config()["processors"]
    structlog.configure(processors=private_processors(list(processors)))
    logging.getLogger("rasa").debug("structlog: user content redacted from logs")


def sparse_fingerprint_text(matrix: scipy.sparse.spmatrix) -> str:
    """A short text that identifies a sparse matrix exactly (for fingerprints only)."""
    coo = matrix if isinstance(matrix, scipy.sparse.coo_matrix) else matrix.tocoo()
    digest = hashlib.sha256(str(coo.data.dtype).encode())
    for part in (np.asarray(coo.shape, dtype=np.int64), coo.row.astype(np.int64),
                 coo.col.astype(np.int64), np.ascontiguousarray(coo.data)):
        digest.update(part.tobytes())
    return f"sparse {coo.shape} nnz={coo.nnz} sha256={digest.hexdigest()}"


def cache_is_off(env: Mapping[str, str] = os.environ) -> bool:
    """Rasa's own test for a disabled training cache (rasa.engine.caching)."""
    from rasa.engine.caching import CACHE_SIZE_ENV, DEFAULT_CACHE_SIZE_MB

    return float(env.get(CACHE_SIZE_ENV, DEFAULT_CACHE_SIZE_MB)) == 0.0


def skip_output_fingerprints() -> None:
    """With the cache off, Rasa's TrainingHook would fingerprint outputs for nothing."""
    from rasa.engine.training.hooks import TrainingHook

    def on_after_node(self: TrainingHook, *args: Any, **kwargs: Any) -> None:
        return None  # the cache is off: LocalTrainingCache.cache_output would return at once

    TrainingHook.on_after_node = on_after_node  # type: ignore[method-assign]


def main() -> None:
    """`python -m rasa` with the private log set-up and the fast sparse fingerprint."""
    import rasa.__main__ as rasa_main
    import rasa.shared.nlu.training_data.util as training_data_util

    rasa_main.configure_structlog = configure_private_structlog  # type: ignore[assignment]
    training_data_util.sparse_matrix_to_string = sparse_fingerprint_text  # type: ignore[assignment]
    if cache_is_off():
        skip_output_fingerprints()
    rasa_main.main()


if __name__ == "__main__":
    main()
