"""English words for reading questions (bot/faq.py)."""

#: Words that join two questions in one message ("can I drive, and how many sessions?").
QUESTION_JOINERS = ("and", "also", "plus")

#: Word endings taken off before topic words are compared ("driving", "drives", "drive" -> "driv").
STEM_ENDINGS = ("ing", "ed", "es", "s", "e")
