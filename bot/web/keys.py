"""Typed keys for what the gateway keeps on its application."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from aiohttp import web

from bot.settings import Settings
from bot.web.limits import RateLimiter, SessionStore
from bot.web.rasa import RasaClient

SETTINGS = web.AppKey("settings", Settings)
SESSIONS = web.AppKey("sessions", SessionStore)
SESSION_LIMIT = web.AppKey("session_limit", RateLimiter)
ADDRESS_LIMIT = web.AppKey("address_limit", RateLimiter)
RASA = web.AppKey("rasa", RasaClient)
CARDS = web.AppKey("cards", dict[str, dict[str, Any]])
STATIC_DIR = web.AppKey("static_dir", Path)
