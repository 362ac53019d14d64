"""Security headers and CORS for every gateway response."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from aiohttp import web

from bot.settings import Settings

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def csp(settings: Settings) -> str:
    """A strict Content-Security-Policy: no inline script, no third parties."""
    ancestors = " ".join(settings.frame_ancestors) or "'none'"
    return ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            f"frame-ancestors {ancestors}")


def security_middleware(settings: Settings) -> Callable[[web.Request, Handler],
                                                         Awaitable[web.StreamResponse]]:
    """Adds the headers, answers CORS pre-flights for configured origins only."""
    policy = csp(settings)
    origins = set(settings.cors_origins)

    @web.middleware
    async def middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
        origin = request.headers.get("Origin")
        allowed = origin in origins
        if request.method == "OPTIONS" and request.path.startswith("/api/"):
            response: web.StreamResponse = web.Response(status=204 if allowed else 403)
        else:
            try:
                response = await handler(request)
            except web.HTTPException as exc:
                response = web.json_response({"error": exc.reason}, status=exc.status)
        response.headers["Content-Security-Policy"] = policy
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["Cross-Origin-Opener-Policy"] = "same-origin"
        response.headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()"
        if request.path.startswith("/api/"):
            response.headers["Cache-Control"] = "no-store"
        if allowed and origin:
            response.headers["Access-Control-Allow-Origin"] = origin
            response.headers["Vary"] = "Origin"
            response.headers["Access-Control-Allow-Methods"] = "GET, POST, DELETE"
            response.headers["Access-Control-Allow-Headers"] = "Content-Type"
        return response

    return middleware
