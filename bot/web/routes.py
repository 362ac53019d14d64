"""Every URL the gateway serves, in one place."""

from __future__ import annotations

from aiohttp import web

from bot.web import handlers


def setup_routes(app: web.Application) -> None:
    """Registers the widget, the chat API and the health checks."""
    for path in handlers.STATIC_FILES:
        app.router.add_get(path, handlers.static_file)
    app.router.add_post("/api/session", handlers.create_session)
    app.router.add_delete("/api/session/{session_id}", handlers.end_session)
    app.router.add_post("/api/chat", handlers.chat)
    app.router.add_get("/api/helplines", handlers.helplines)
    app.router.add_get("/healthz", handlers.healthz)
    app.router.add_get("/readyz", handlers.readyz)
