"""The public web gateway: widget, chat API, health checks (aiohttp)."""
