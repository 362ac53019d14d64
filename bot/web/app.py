"""The gateway's app factory."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
from aiohttp import web

from bot.settings import Settings
from bot.web.card import build_cards
from bot.web.keys import (
    ADDRESS_LIMIT,
    CARDS,
    RASA,
    SESSION_LIMIT,
    SESSIONS,
    SETTINGS,
    STATIC_DIR,
)
from bot.web.limits import RateLimiter, SessionStore
from bot.web.rasa import RasaClient
from bot.web.routes import setup_routes
from bot.web.security import security_middleware

STATIC = Path(__file__).resolve().parent / "static"


def create_app(settings: Settings) -> web.Application:
    """A gateway for `settings`; the HTTP client to Rasa opens and closes with the app."""
    app = web.Application(middlewares=[security_middleware(settings)],
                          client_max_size=settings.max_message_chars * 8 + 2048)
    app[SETTINGS] = settings
    sessions = SessionStore(settings.session_ttl_s)
    if settings.gateway_secret:  # shared by every gateway replica
        sessions.secret = settings.gateway_secret.encode()
    app[SESSIONS] = sessions
    app[SESSION_LIMIT] = RateLimiter(settings.rate_per_session_per_min)
    app[ADDRESS_LIMIT] = RateLimiter(settings.rate_per_address_per_min)
    app[CARDS] = build_cards()
    app[STATIC_DIR] = STATIC

    async def rasa_client(app: web.Application) -> AsyncIterator[None]:
        connector = aiohttp.TCPConnector(limit=200)
        async with aiohttp.ClientSession(connector=connector) as http:
            app[RASA] = RasaClient(http, settings.rasa_urls, settings.rasa_timeout_s)
            yield

    app.cleanup_ctx.append(rasa_client)
    setup_routes(app)
    return app
