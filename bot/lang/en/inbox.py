"""English words of the practice inbox's callback questions (bot/practice_inbox/flow.py).

Regex fragments read on the raw reply, case-insensitive (not folded: write accented
letters as classes). Every pack's fragments are merged, in pack order, into one pattern:
people mix languages, and a whole reply is matched, so one language's word cannot change
another's reading.
"""

#: A whole reply that skips the optional name or contact question.
SKIP_REPLIES = (
    r"/?skip", r"skip (?:it|this)", "no", "nope", r"no thanks?", "rather not", r"i'?d rather not", "not now", "none",
    "no name",
)  # fmt: skip

#: What may come before a name ("my name is Sofie"); dropped from the name. Earlier first.
NAME_LEADS = ("my name is", "my name's", "name:?", "i am", "i'm", "it's", "it is", "call me")
