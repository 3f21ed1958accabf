"""Dutch and Flemish cue words for the red-flag reader (bot/redflags.py): lower
case, no accents, apostrophes already gone.

Every pack provides the same names.  The patterns of each red flag are still in
bot/redflags.py (see docs/architecture.md).
"""

#: negation words: a finding after one of these (within a few words) is denied
NEGATIONS = frozenset("geen niet nooit zonder noch niks niets nee neen".split())
#: contrast and clause words: they end a negation's scope and split segments
CONTRAST = frozenset(
    """maar behalve wel toch alleen nu omdat want dus terwijl sinds sedert toen
    daarna nadat totdat""".split()
)
#: words that only end a negation's scope (no split)
SCOPE_STOPS = frozenset("waarom hoe wat waar dat".split())
#: joining words: split segments, but a negation may reach across a list
JOINS = frozenset("en plus".split())
#: "niet slapen", "kan niet lopen": the negation belongs to the verb, not to a flag
NEGATED_VERBS = frozenset(
    "slapen slaap sliep lopen zitten staan bewegen werken bukken liggen rusten opstaan".split()
)
#: words between a negation and such a verb ("niet goed slapen")
VERB_FILLERS = frozenset("meer goed echt".split())
#: words that may surround a finding in a bare list item ("of zweten")
LIST_FILLERS = frozenset("of noch enige".split())
#: words that may follow a bare "nee" that answers the question before
#: ("nee, ik ..."): the "nee" is its own sentence
INTERJECTION_NEXT = ("ik", "k", "mijn", "mn", "m", "het", "t", "ze", "zij", "hij", "we", "wij", "maar", "wel",
                     "toch", "alleen", "enkel", "sinds", "nu", "toen", "er")  # fmt: skip
#: common phone typos and Flemish dropped endings, whole words
TYPOS = {
    "ni": "niet", "plasse": "plassen", "voele": "voelen", "ophoude": "ophouden", "tegenhoude": "tegenhouden",
    "optille": "optillen", "pisse": "pissen",
}  # fmt: skip
#: Flemish and colloquial Dutch, one token at a time ("" drops the token)
STREET = {
    "nie": "niet", "gene": "geen", "genen": "geen", "mijne": "mijn", "mijnen": "mijn", "uwe": "uw",
    "da": "dat", "das": "dat is", "wa": "wat", "ne": "een", "nen": "een", "ge": "je", "gij": "jij",
    "k": "ik", "kheb": "ik heb", "kben": "ik ben", "kzen": "ik ben", "kzijn": "ik ben", "zen": "ben",
    "kvoel": "ik voel", "kan't": "kan het", "allee": "", "amai": "", "zenne": "",
}  # fmt: skip
