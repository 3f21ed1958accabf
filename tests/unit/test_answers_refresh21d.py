"""Session 21, helper D, after refresh 29 (scored once): an age answer told as the age, then the time to come and the next
age ("46. ja volgende maand al 47", "46. next month already 47") is the first age; the time may stand between the two
ages ("46 volgende maand 47": 47 to come, not 46)."""
from datetime import date

from bot.reading.answers import parse_answer
from tests.support.reading_round import reading_round

TODAY = date(2026, 12, 1)

CHANGED = [
    ("46. ja volgende maand al 47, oud he", "45_69"),
    ("44. volgende week 45", "20_44"),
    ("46. next month already 47 lol", "45_69"),
    ("44, next week 45, getting old", "20_44"),
    ("44. la semaine prochaine 45", "20_44"),
]

KEPT = [
    ("52, bijna 53", "45_69"),
    ("46. 47 next month lol", "45_69"),
    ("46 ans. 47 le mois prochain", "45_69"),
    ("46 ans, le mois prochain j'aurai 47, vieux hein", "45_69"),
    ("70 volgende week", "45_69"),
    ("69 maar volgende maand word ik 70", "45_69"),
    ("69, 70 in maart", "45_69"),
    ("in maart 70 geworden", "70_plus"),
    ("46 volgende maand 48", None),
]


test_changed, test_kept = reading_round(lambda text: parse_answer("age_band", text, today=TODAY), CHANGED, KEPT)
