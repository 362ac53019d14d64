"""Runs the gateway (`python -m bot gateway`)."""

from __future__ import annotations

import logging

from aiohttp import web

from bot.settings import Settings
from bot.web.app import create_app


def serve() -> int:
    """Serves the gateway until interrupted; logs no user text at INFO."""
    settings = Settings.from_env()
    logging.basicConfig(level=settings.log_level,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    web.run_app(create_app(settings), host=settings.gateway_host, port=settings.gateway_port,
                print=None, access_log_format='%a "%r" %s %b %Tf')
    return 0
