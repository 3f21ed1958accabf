"""English words for reading questions (bot/faq.py)."""

#: Words that join two questions in one message ("can I drive, and how many sessions?").
QUESTION_JOINERS = ("and", "also", "plus")

#: Words a question opens with when it has no "?" ("can i drive with back pain").
QUESTION_OPENERS = (
    "can", "could", "should", "shall", "is", "are", "am", "do", "does", "did", "will", "would", "may", "might",
    "must", "how", "what", "whats", "when", "why", "where", "which", "who", "whom", "whose", "any", "anything",
    "pls", "please", "tell", "explain", "i wonder", "wondering", "question",
)  # fmt: skip
#: A question after a story, in a later clause ("hurt my back 4 days ago, when will it stop").
QUESTION_CLAUSE_OPENERS = (
    "how", "what", "whats", "when", "why", "where", "which", "who", r"(?:can|could|should|shall|will|would|may|must|do|does|is|are) (?:i|it|that|this|you|u)",
)  # fmt: skip

#: Word endings taken off before topic words are compared ("driving", "drives", "drive" -> "driv").
STEM_ENDINGS = ("ing", "ed", "es", "s", "e")

#: Separable verb particles written as one word with their verb (Dutch "wegblijft"):
#: English writes its particles apart ("stay away"), so none.
SEPARABLE_PARTICLES: tuple = ()
