"""Runs Rasa's own command line with logs that never hold what a user typed.

Rasa 3.6 logs some events with the user's words in them, e.g. `rest.message.received.failure`
at ERROR level with `text=` when a message fails (seen with the lock store unreachable), and its
JSON tracebacks carry each frame's local variables, the message among them. `python -m
bot.rasa_run run ...` is `python -m rasa run ...` with two changes to Rasa's structlog set-up:
every field that can carry user content is replaced by "[redacted]" before anything is written,
and tracebacks are rendered as plain text without local variables.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, MutableMapping
from typing import Any

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


def main() -> None:
    """`python -m rasa` with the private log set-up."""
    import rasa.__main__ as rasa_main

    rasa_main.configure_structlog = configure_private_structlog  # type: ignore[assignment]
    rasa_main.main()


if __name__ == "__main__":
    main()
