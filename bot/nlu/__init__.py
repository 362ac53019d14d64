"""Custom Rasa NLU graph components, named in config.yml as bot.nlu.<module>.<Class>."""
