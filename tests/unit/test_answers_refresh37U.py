"""Session 37U, issue 12: a "don't know" with a word between the knowing verb and its negation, in Flemish, or a
"no idea" said another way, was read as a no (unsafe at a red-flag question, where "not sure" counts as yes) or not
read at all ("weet ik ni", "je sais vraiment pas", "I really couldn't say", "geen benul", "j'en ai pas la moindre idée").

Changed: the packs' UNSURE_PHRASES (bot/lang/<code>/answers.py): en "i (adverb) dont (adverb) know", "not the faintest",
"not a clue"; nl "weet (ik/het) (adverbs) niet/nie/ni" (the Flemish "ni" became "niet" after the normaliser's own
"weet niet"), "geen (flauw) benul/notie/gedacht"; fr "sais (adverbs) pas/rien", "pas la moindre idée", "aucune espèce
d'idée". The engine's bare "can't say" (_BARE_UNSURE) takes a filler before the "can't" too ("I really couldn't say"),
en CANT_SAY_FILLER "honestly", "genuinely", "truly" and CANT_SAY_TAIL "you" ("I couldn't tell you").
At a red-flag question (extract_answers(text, "fever")) these now give True (the safe side), never False.
Kept: real noes ("nee echt ni", "non pas du tout", "really not", "honestly no"), a knowing that denies ("I know it's not
that", "ik weet zeker van niet", "ik weet dat het niet zo is") and a knowing yes ("ik weet het wel").
"""
from bot.reading.answers import extract_answers, parse_yes_no
from tests.support.reading_round import reading_round


def read(text: str):
    """parse_yes_no, and the fever slot of a red-flag answer (unsure counts as yes there)."""
    return parse_yes_no(text), extract_answers(text, "fever").get("fever")


U = ("unsure", True)

CHANGED = [
    # en
    ("i don't actually know", U),
    ("i dont exactly know tbh", U),
    ("I really couldn't say", U),
    ("i honestly cant say", U),
    ("honestly couldn't tell you", U),
    ("not the faintest", U),
    ("not a clue to be honest", U),
    ("i dont rightly know", U),
    ("i don't even know honestly", U),
    # nl, Flemish
    ("weet ik ni, sorry", U),
    ("kweet het ni", U),
    ("dat weet ik echt ni", U),
    ("weet ik eerlijk gezegd nie", U),
    ("ik weet het gewoon niet", U),
    ("weet ik precies niet", U),
    ("ik weet het zo niet", U),
    ("geen benul", U),
    ("geen notie", U),
    ("ik heb er geen gedacht van", U),
    ("ik weet het eigenlijk ook niet", U),
    # fr
    ("je sais franchement pas", U),
    ("je ne sais honnêtement pas", U),
    ("j'en sais franchement rien", U),
    ("je sais absolument pas", U),
    ("j'en ai pas la moindre idée", U),
    ("aucune espèce d'idée", U),
    ("je sais vraiment plus", U),
    ("je n'en sais strictement rien", U),
]
KEPT = [
    ("weet ik niet", U),
    ("ik weet het echt niet", U),
    ("je sais pas", U),
    ("aucune idée", U),
    ("I don't really know", U),
    ("not sure", U),
    ("can't say", U),
    ("nee", (False, False)),
    ("nee echt ni", (False, False)),
    ("neen, ik heb da ni", (False, False)),
    ("non pas du tout", (False, False)),
    ("really not", (False, False)),
    ("honestly no", (False, False)),
    ("no", (False, False)),
    ("nope not at all", (False, False)),
    ("I know it's not that", (None, None)),
    ("ik weet zeker van niet", (False, False)),  # a clear no since session 38L (was not read)
    ("ik weet dat het niet zo is", (None, None)),
    ("ik weet het wel", (None, None)),
    ("yes", (True, True)),
    ("ja", (True, True)),
    ("oui", (True, True)),
]

test_changed, test_kept = reading_round(read, CHANGED, KEPT)
