"""Readers, session 17 (helper C): what a fresh blind refresh missed, in general form (en/nl/fr).

* A duration told as a hedged range ("two, maybe three months", "twee, misschien drie weken",
  "deux, peut-être trois mois") is the midpoint (bot/reading/duration.py, packs' RANGE_HEDGES); a
  pain score before a duration ("pain 7, maybe 3 weeks") and a correction downward stay as they were.
* An age told with a birthday to come ("44 for another 3 weeks, then the big 4-5", "70 next week",
  "69, 70 in march") is the age now; the counted weeks are no age (bot/reading/answers.py, packs'
  AGE_COUNTS, AGE_THEN, AGE_LATER, AGE_PAST).
* The parts below the knee named free with what the person has there ("le mollet et le pied j'ai
  rien", "the calf and foot i have nothing") are no below-the-knee pain (packs' FREE_ARE).
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.reading.answers import parse_answer
from bot.reading.duration import parse_duration

TODAY = date(2026, 12, 1)

# ---------------------------------------------------------------- a range told as a hedge
HEDGED_RANGES = [
    # en
    ("for two, maybe three months now", 75), ("two maybe three months", 75), ("2, maybe 3 weeks", 18),
    ("3, possibly 4 weeks", 25), ("probably 2 maybe 3 weeks", 18), ("2 or maybe 3 weeks", 18),
    ("6 maybe 8 weeks", 49), ("been like 2, perhaps 3 months", 75),
    # nl
    ("twee, misschien drie weken", 18), ("drie, mss vier weken", 25), ("twee of misschien drie weken", 18),
    ("al 2, misschien 3 maanden", 75), ("twee wellicht drie weken", 18),
    # fr
    ("deux, peut-être trois mois", 75), ("2 voire 3 semaines", 18), ("deux ou peut-être trois mois", 75),
    ("ça fait 2 peut-être 3 semaines", 18), ("depuis deux voire trois mois", 75),
]

RANGES_KEPT = [
    ("2 or 3 months", 75), ("twee à drie maand", 75), ("deux ou trois mois", 75), ("2-3 weeks", 18),
    ("2 weeks, maybe more", 14), ("6 weeks, maybe it was 5", 42), ("6 weeks maybe 7", 46),
    # a pain score, then the duration
    ("pain 7, 3 weeks", 21), ("pain 7, maybe 3 weeks", 21), ("7/10, maybe 12 weeks", 84),
    ("pijn 8, misschien 3 weken", 21), ("douleur 7, peut-être 3 semaines", 21),
    ("6 weken, misschien 7", 46), ("3 weken, nee 4 weken", 28),
]


@pytest.mark.parametrize("text,days", HEDGED_RANGES)
def test_a_range_told_as_a_hedge_is_the_midpoint(text, days):
    assert parse_duration(text, TODAY) == days


@pytest.mark.parametrize("text,days", RANGES_KEPT)
def test_ranges_scores_and_corrections_kept(text, days):
    assert parse_duration(text, TODAY) == days


# ---------------------------------------------------------------- an age with a birthday to come
AGES_NOW = [
    # en
    ("44 for another 3 weeks, then the big 4-5 lol", "20_44"), ("44 for another 3 weeks", "20_44"),
    ("69, 70 in march", "45_69"), ("70 next week", "45_69"), ("45 next month", "20_44"),
    ("44 now, 45 in 3 weeks", "20_44"), ("44 (45 next month)", "20_44"),
    # nl
    ("nog 3 weken 44, dan 45", "20_44"), ("nog 2 maanden 69", "45_69"), ("69, 70 in maart", "45_69"),
    ("70 volgende week", "45_69"), ("44, 45 over 2 weken", "20_44"),
    # fr
    ("69, 70 en mars", "45_69"), ("70 la semaine prochaine", "45_69"),
]

AGES_KEPT = [
    ("44 ans encore 3 semaines", "20_44"), ("turning 45 next month", "20_44"), ("word volgende maand 70", "45_69"),
    ("j'aurai 70 ans en janvier", "45_69"), ("ik word 70 in januari", "45_69"), ("still 44 for another month", "20_44"),
    # the birthday past
    ("turned 70 in march", "70_plus"), ("ik ben in maart 70 geworden", "70_plus"), ("j'ai eu 70 ans en mars", "70_plus"),
    ("44 ans, 45 dans 3 semaines", "20_44"), ("ouder dan 45", "45_69"), ("45", "45_69"), ("70", "70_plus"), ("2 à 3 maanden", None),
]


@pytest.mark.parametrize("text,band", AGES_NOW)
def test_an_age_with_a_birthday_to_come_is_the_age_now(text, band):
    assert parse_answer("age_band", text, TODAY) == band


@pytest.mark.parametrize("text,band", AGES_KEPT)
def test_ages_kept(text, band):
    assert parse_answer("age_band", text, TODAY) == band


# ---------------------------------------------------------------- parts below the knee told free
ABOVE_KNEE = [
    "oui ça descend dans la fesse droite et derrière la cuisse, mais ça s'arrête avant le genou, le mollet et le "
    "pied j'ai rien",
    "derrière la cuisse, le mollet et le pied je n'ai rien du tout",
    "dans la fesse et la cuisse, au mollet il y a rien",
    "it stops before the knee, the calf and foot i have nothing",
    "back of the thigh, the calf i have nothing",
    "into my thigh, calf and foot ive got nothing",
    "achter in mijn dij, in de kuit zit er niks",
    "in de bil en dij, kuit en voet ik heb niks",
    "bovenbeen, in de voet heb ik er niks",
    "tot in de dij, kuit en voet heb ik helemaal niks",
]

LEG_KEPT = [
    ("het stopt voor de knie, in de kuit en voet heb ik niks", "above_knee"),
    ("j'ai mal au mollet", "below_knee"),
    ("rien au mollet", None),
    ("le mollet j'ai rien mais le pied oui", "below_knee"),
    ("in my calf i have nothing but the foot hurts", "below_knee"),
    ("de bil en dij, in de voet heb ik wel pijn", "below_knee"),
    ("tot in mijn dij, in de kuit is er niks", "above_knee"),
    ("the calf i have nothing but pain", "below_knee"),
]


@pytest.mark.parametrize("text", ABOVE_KNEE)
def test_parts_below_the_knee_told_free_with_what_one_has(text):
    assert parse_answer("leg_pain", text, TODAY) == "above_knee"


@pytest.mark.parametrize("text,value", LEG_KEPT)
def test_leg_answers_kept(text, value):
    assert parse_answer("leg_pain", text, TODAY) == value
