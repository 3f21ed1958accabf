"""Session 21, helper F, after the blind refresh scored once: the article before "a week or three, four" in dialect
forms is one of the unit, so the range is read: Brabants and Limburgs "unne", "enen" ("het is nu unne week of drie,
vier dat ik da heb"), Scots "ae week or three, four", Picard "eune semaine ou trois, quatre"."""
from datetime import date

from bot.reading.duration import parse_duration
from tests.support.reading_round import reading_round

TODAY = date(2026, 12, 1)

CHANGED = [
    ("goeiendag, het is nu unne week of drie, vier dat ik da heb, zo'n zeurend gedoe", 25),
    ("unne week of drie", 21),
    ("unne week of 3, 4 bezig", 25),
    ("unne maand of twee, drie", 75),
    ("enen week of drie, vier", 25),
    ("enen dag of tien", 10),
    ("al unne week", 7),
    ("ae week or three, four now", 25),
    ("ae month or two, three", 75),
    ("eune semaine ou trois, quatre que ça dure", 25),
    ("eune semaine", 7),
    ("unne week of 3, 4 kinderen", 21),
]

KEPT = [
    ("nen week of drie, vier dat ik da heb", 25),
    ("een week of drie, vier dat ik het heb", 25),
    ("a week or three, four that i have had it", 25),
    ("une semaine ou trois, quatre que ça dure", 25),
    ("unne keer of drie, vier", None),
]


test_changed, test_kept = reading_round(lambda text: parse_duration(text, today=TODAY), CHANGED, KEPT)
