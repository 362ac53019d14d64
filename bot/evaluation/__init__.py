"""Measuring the trained model: urgent recall, false alarms, intent F1, reply language."""
