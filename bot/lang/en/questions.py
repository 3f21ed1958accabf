"""English words for reading questions (bot/faq.py)."""

#: Words that join two questions in one message ("can I drive, and how many sessions?").
QUESTION_JOINERS = ("and", "also", "plus")

#: Word endings taken off before topic words are compared ("driving", "drives", "drive" -> "driv").
STEM_ENDINGS = ("ing", "ed", "es", "s", "e")

#: Separable verb particles written as one word with their verb (Dutch "wegblijft"):
#: English writes its particles apart ("stay away"), so none.
SEPARABLE_PARTICLES: tuple = ()
