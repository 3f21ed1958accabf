"""Dutch (Netherlands and Flemish) words for reading questions (bot/faq.py)."""

#: Words that join two questions in one message ("mag ik autorijden, en hoeveel sessies?").
QUESTION_JOINERS = ("en", "ook", "enne")

#: Word endings taken off before topic words are compared ("operaties", "opereren" -> "opera").
STEM_ENDINGS = ("en", "er", "e", "s")
