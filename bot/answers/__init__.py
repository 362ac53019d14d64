"""Pure functions that turn content into chat messages (no Rasa, no database)."""
