"""Rasa actions for Diogel: one feature per module; rasa_sdk registers every Action subclass."""

from actions.clarify import ActionClarify
from actions.explain_law import ActionExplainLaw
from actions.how_to_report import ActionHowToReport
from actions.note_not_helpful import ActionNoteNotHelpful
from actions.show_helplines import ActionShowHelplines
from actions.show_tips import ActionShowTips

__all__ = ["ActionClarify", "ActionExplainLaw", "ActionHowToReport", "ActionNoteNotHelpful",
           "ActionShowHelplines", "ActionShowTips"]
