"""Belgian French words of the practice inbox's callback questions (bot/practice_inbox/flow.py).

Regex fragments read on the raw reply, case-insensitive (not folded: write accented
letters as classes, "plut[oô]t"). Every pack's fragments are merged, in pack order, into
one pattern: people mix languages, and a whole reply is matched, so one language's word
cannot change another's reading.
"""

#: A whole reply that skips the optional name or contact question.
SKIP_REPLIES = (
    "passer", "je passe", "non", "nan", r"non,? ?merci", "pas maintenant", r"plut[oô]t pas",
    r"je pr[eé]f[eè]re pas", "aucun", "pas de nom",
)  # fmt: skip

#: What may come before a name ("je m'appelle Sofie"); dropped from the name. Earlier first.
NAME_LEADS = (
    r"j(?:e |['’])?m['’ ]?appelle", r"moi,? c['’]est", "mon nom est", r"mon nom c['’]est", "nom ?:", "je suis",
    r"c['’]est",
)  # fmt: skip
