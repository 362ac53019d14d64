"""Content store: helplines, tips, reporting routes and the law, in English and Welsh."""
