"""Runs the action server on loopback (`python -m bot actions`)."""

from __future__ import annotations

import os


def serve() -> int:
    """Serves the actions package on ACTION_PORT, bound to 127.0.0.1."""
    os.environ.setdefault("SANIC_HOST", "127.0.0.1")
    from rasa_sdk.endpoint import run

    from bot.settings import Settings

    run("actions", port=Settings.from_env().action_port, cors_origins=None)
    return 0
