"""Dutch (Netherlands and Flemish) words for reading questions (bot/faq.py)."""

#: Words that join two questions in one message ("mag ik autorijden, en hoeveel sessies?").
QUESTION_JOINERS = ("en", "ook", "enne")

#: Word endings taken off before topic words are compared ("operaties", "opereren" -> "opera").
STEM_ENDINGS = ("en", "er", "e", "s")

#: Separable verb particles: a known verb behind one is a known word
#: ("wegblijft" = weg + blijft, "opstaan" = op + staan, "terugkomt").
SEPARABLE_PARTICLES = (
    "aan", "achter", "af", "bij", "door", "in", "langs", "los", "mee", "na", "om", "op",
    "over", "terug", "thuis", "toe", "uit", "vast", "voor", "weg",
)
