"""English words for reading questions (bot/faq.py)."""

#: Words that join two questions in one message ("can I drive, and how many sessions?").
QUESTION_JOINERS = ("and", "also", "plus")
