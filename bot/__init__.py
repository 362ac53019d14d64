"""Diogel: a bilingual chatbot that helps keep children in Wales safe online."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("en", "cy")
