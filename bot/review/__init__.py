"""The content team's review inbox: redacted messages the assistant was unsure about."""
