"""Session 21, helper D, after refresh 29 (scored once): a range after "a week or" with a comma between the numbers,
followed by more words ("een week of 3, 4 aan het zeuren"), is the midpoint, half up (24.5 -> 25), in every language; a
second number followed by a noun stays no range."""
from datetime import date

from bot.reading.duration import parse_duration
from tests.support.reading_round import reading_round

TODAY = date(2026, 12, 1)

CHANGED = [
    ("ja rug is al een week of 3, 4 aan het zeuren, begon na het schilderen", 25),
    ("een week of 3, 4 bezig", 25),
    ("een week of drie, vier aan het zeuren", 25),
    ("a week or 3, 4 going on now", 25),
    ("a week or three, four nagging at me", 25),
    ("a month or 2, 3 bothering me", 75),
    ("a week or 3, 4 on and off", 25),
    ("une semaine ou 3, 4 à me faire mal", 25),
    ("un mois ou deux, trois qu'elle me lance", 75),
    ("une semaine ou trois, quatre sur le dos", 25),
]

KEPT = [
    ("een week of 3, 4 denk ik", 25),
    ("3, 4 weken", 25),
    ("3/4 weken", 25),
    ("3-4 weeks", 25),
    ("3 a 4 weken", 25),
    ("2, 3 maanden", 75),
    ("trois, quatre semaines", 25),
    ("3 or 4 wks", 25),
    ("een week of 3", 21),
    ("een week of 3, 4 kinderen", 21),
    ("a week or 3, 4 times a day", 21),
]


test_changed, test_kept = reading_round(lambda text: parse_duration(text, today=TODAY), CHANGED, KEPT)
