"""Session 25 (issue 12): a carer's "ma mère de 74 ans" / "mijn moeder van 74 jaar" was read as 74 years of pain,
even with "depuis mercredi" told after it (helper A left this kind: "de" and "van" alone also open durations, "plus
de 20 ans", "al van 20 jaar"). A person named right before "de"/"van"/"of" makes the years their age."""
from datetime import date

from bot.reading.duration import parse_duration
from tests.support.reading_round import reading_round

TODAY = date(2026, 12, 1)  # a Tuesday

CHANGED = [
    ("ma mère de 74 ans a mal au dos depuis mercredi", 6),
    ("mon fils de 15 ans a mal au dos depuis 2 semaines", 14),
    ("ma mère de 74 ans a mal au dos", None),
    ("mijn moeder van 74 jaar heeft sinds woensdag rugpijn", 6),
    ("ons ma van 80 jaar heeft al 3 weken rugpijn", 21),
    ("mijn vader van 79 jaar heeft pijn", None),
    ("my mother of 74 years has had back pain since monday", 1),
]
KEPT = [
    ("mon père de 82 ans est bloqué depuis 3 jours", 3),
    ("plus de 20 ans de mal de dos", 7300),
    ("mal de dos depuis plus de 3 ans", 1095),
    ("al van 20 jaar last van mijn rug", 7300),
    ("depuis 2 ans", 730),
    ("ma mère a mal depuis 2 ans", 730),
    ("mijn moeder heeft al 2 jaar rugpijn", 730),
    ("my 74 year old mum has had back pain since wednesday", 6),
    ("mon père, 82 ans, mal au dos depuis lundi", 1),
]
test_changed, test_kept = reading_round(lambda text: parse_duration(text, today=TODAY), CHANGED, KEPT)
