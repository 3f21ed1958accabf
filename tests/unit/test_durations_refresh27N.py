"""Session 27 (helper N), after the fresh sets 42b/28b were scored once: one kind of duration miss, fixed as a kind,
in other words than the blind message.

1. Gronings, Drents and Twents write "een" as a bare "n" (no apostrophe): "n moand of drie" 90, "n week of zes" 42,
   "n jaor of twie" 730, "al n joar" 365 are the same as "'n maand of drie" (the nl pack's ARTICLES, COUNT_ARTICLES and
   HALF_YEAR_ARTICLES, with "un", "'un"). English "n" as "and" ("1 year n 3 months") and the French "un" stay as
   they were.
"""
from datetime import date

from bot.reading.duration import parse_duration
from tests.support.reading_round import reading_round

TODAY = date(2026, 12, 1)

CHANGED = [
    ("t is al n maand of drie zo aan de gang", 90),
    ("n moand of vier heb ik er al last van", 120),
    ("sunt n jaor of twie", 730),
    ("dat speelt al n dag of tien", 10),
    ("het is n week of zes", 42),
    ("mien rug dut al n weke of drei zeer", 21),
    ("al n joar", 365),
    ("n joar of vief", 1825),
]

KEPT = [
    ("al 'n maand of drie", 90),
    ("al un weke of vief", 35),
    ("al n halfjaar", 183),
    ("het zeurt nou al n stuk of vijf weken", 35),
    ("un joar of drie al, op en neer", 1095),
    ("al n paar weken", 21),
    ("e jaor of twie", 730),
    ("een week of vier", 28),
    ("twee joar", 730),
    ("1 year n 3 months", 455),
    ("2 years n a half", 913),
    ("it hurts n has done for 3 weeks", 21),
    ("a year or two", 730),
    ("ça fait un an ou deux", 730),
    ("depuis un mois", 30),
    ("eune semaine ou trois", 21),
    ("n beetje pijn in de rug", None),
]

test_changed, test_kept = reading_round(lambda text: parse_duration(text, TODAY), CHANGED, KEPT)
