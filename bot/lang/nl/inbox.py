"""Dutch (Flemish and Netherlands) words of the practice inbox's callback questions
(bot/practice_inbox/flow.py).

Regex fragments read on the raw reply, case-insensitive (not folded: write accented
letters as classes). Every pack's fragments are merged, in pack order, into one pattern:
people mix languages, and a whole reply is matched, so one language's word cannot change
another's reading.
"""

#: A whole reply that skips the optional name or contact question.
SKIP_REPLIES = (
    "overslaan", r"sla (?:het |dit )?over", "nee", "neen", r"nee,? ?(?:bedankt|dank je)", "liever niet", "niet nu",
    "geen", "geen naam",
)  # fmt: skip

#: What may come before a name ("ik heet Sofie"); dropped from the name. Earlier first.
NAME_LEADS = ("mijn naam is", "naam:?", "ik ben", "ik heet", "noem me")
