"""Session 31, round AF: the answer to the fever question telling a past fever over, then the person well again or back at
their ordinary life, was read as a fever come back ("ik voel me terug top": the Flemish "terug" = again; "returned to work",
"j'ai recommence le travail", "je suis revenu au boulot"), and "the fever went ages ago" was no over phrase.

Changed (the redflags packs' RECURRED in nl, en, fr and RESOLVED in en, session 31AF entries, which bot/reading/answers.py
reads through the same over/recurred check). Kept: a fever come back ("nu is ze terug", "it is back", "ca recommence", "elle
est revenue") and the answers read before."""

from datetime import date

from bot.reading.answers import parse_answer
from tests.support.reading_round import reading_round

TODAY = date(2026, 12, 1)


def read(text: str):
    return parse_answer("fever", text, TODAY)


CHANGED = [
    ("vorige maand koorts gehad maar die koorts is al lang weg, ik voel me terug top", False),
    ("twee weken geleden koorts, antibiotica gekregen en die koorts is al lang weg, ik ben terug aan het werk", False),
    ("had koorts met een blaasontsteking, die is al een week over, ik sport terug", False),
    ("vorige week koorts gehad, die is al lang weg en ik voel me terug in orde", False),
    ("had a fever last month but it's long gone, I returned to work on monday", False),
    ("had a temperature a month ago, the fever went ages ago", False),
    ("had a fever with the flu two weeks ago, long gone now and I started again at work", False),
    ("a fever three weeks back, that temp cleared weeks ago", False),
    ("j'ai eu de la fièvre le mois dernier mais c'est parti depuis longtemps, j'ai recommencé le travail", False),
    ("fièvre il y a deux semaines, partie depuis longtemps, je suis revenu au boulot", False),
    ("de la fièvre il y a un mois, c'est fini depuis longtemps et j'ai recommencé le sport", False),
    ("j'ai eu de la fièvre avec une cystite, c'est passé depuis longtemps, je suis revenue au travail", False),
]

KEPT = [
    ("had koorts vorige week maar die is al lang weg", False),
    ("vorige week koorts, die was weg maar nu is ze terug", True),
    ("had a fever last week, it went away but it is back since last night", True),
    ("I had a fever last week but it's long gone", False),
    ("j'ai eu de la fièvre, c'était fini mais ça recommence", True),
    ("de la fièvre la semaine passée, elle est partie mais elle est revenue hier", True),
    ("j'ai eu de la fièvre avec une infection, des antibiotiques, et cette fièvre est partie depuis longtemps, je me sens de nouveau bien", False),
]

test_changed, test_kept = reading_round(read, CHANGED, KEPT)
