"""Session 22, after French refresh 18 was scored once: the half told by its spoken elision ("un mois et d'mi", Liège,
ch'ti, Québec) and Québec "pis" (and) between two numbers or two lengths ("entre deux pis quatre semaines", "deux ans
pis trois mois"). Other phrasings than the blind messages; the written forms and a "pis" that goes on the story kept."""
from datetime import date

from bot.reading.duration import parse_duration
from tests.support.reading_round import reading_round

TODAY = date(2026, 12, 1)

CHANGED = [
    ("un mois et d'mi", 45),
    ("ça fait deux ans et d'mi que ça dure", 913),
    ("trois semaines et d'mie", 25),
    ("deux et d'mi mois", 75),
    ("entre deux pis quatre semaines", 21),
    ("entre 3 pis 5 jours", 4),
    ("deux ans pis trois mois", 820),
]
KEPT = [
    ("un mois et demi", 45),
    ("entre deux et quatre semaines", 21),
    ("deux ans et trois mois", 820),
    ("ça fait 3 semaines pis ça passe pas", 21),
    ("j'ai mal depuis 2 semaines pis demain je travaille", 14),
    ("trois semaines et demie", 25),
]


test_changed, test_kept = reading_round(lambda text: parse_duration(text, today=TODAY), CHANGED, KEPT)
