"""English cue words for the red-flag reader (bot/redflags.py): lower case, no
accents, apostrophes already gone ("can't" -> "cant").

Every pack provides the same names.  The patterns of each red flag are still in
bot/redflags.py (see docs/architecture.md).
"""

#: negation words: a finding after one of these (within a few words) is denied
NEGATIONS = frozenset(
    """no not dont doesnt didnt havent hasnt hadnt isnt arent wasnt werent wont
    wouldnt shouldnt never without nor neither none nothing nobody denies denied
    nope nah""".split()
)
#: contrast and clause words: they end a negation's scope and split segments
CONTRAST = frozenset(
    """but though although however except besides now because whereas since then
    after until till anyway""".split()
)
#: words that only end a negation's scope (no split)
SCOPE_STOPS = frozenset("why how what where which who that".split())
#: joining words: split segments, but a negation may reach across a list
JOINS = frozenset("and plus n".split())
#: "can't walk", "can't sleep": the negation belongs to the verb, not to a flag
NEGATED_VERBS = frozenset(
    """sleep sleeping slept walk walking sit sitting stand standing move moving
    work working bend bending lie lying rest get""".split()
)
#: words between a negation and such a verb ("can't really walk")
VERB_FILLERS = frozenset("more well really".split())
#: words that may surround a finding in a bare list item ("or sweats")
LIST_FILLERS = frozenset("or nor any either".split())
#: words that may follow a bare "no" that answers the question before
#: ("no, I ..."): the "no" is its own sentence
INTERJECTION_NEXT = ("i", "im", "ive", "id", "my", "me", "it", "its", "we", "but", "just", "only",
                     "since", "now", "then", "there")  # fmt: skip
#: common phone typos, whole words
TYPOS = {
    "cnt": "cant", "cnat": "cant", "cannt": "cant", "feal": "feel", "feeel": "feel", "cancr": "cancer",
    "urin": "urine", "bladdder": "bladder", "blader": "bladder",
}  # fmt: skip
#: SMS English, one token at a time ("" drops the token)
STREET = {
    "u": "you", "ur": "your", "r": "are", "cos": "because", "coz": "because", "cuz": "because", "bc": "because",
    "bcos": "because", "bcoz": "because", "becoz": "because", "becuz": "because", "tho": "though",
    "thru": "through", "yrs": "years", "wks": "weeks", "abt": "about", "dnt": "dont", "hv": "have",
    "burnin": "burning", "feelin": "feeling", "tryin": "trying", "gettin": "getting",
    "tbh": "", "lol": "", "lmao": "", "ngl": "", "omg": "", "smh": "", "pls": "", "plz": "",
}  # fmt: skip
