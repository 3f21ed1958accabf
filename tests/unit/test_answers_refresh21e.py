"""Session 21, helper E, after the blind refresh scored once: an age told with the next one on a day of the month to come
("44, well 45 on the 9th so nearly there haha", "44 hoor, 45 op 9 maart") is the first age; the leg pain's reach told
with the parts it never gets into ("stops just above the knee, never gets into the calf or foot", "komt nooit in de kuit
of de voet") is above the knee."""
from datetime import date

import pytest

from bot.reading.answers import parse_answer

TODAY = date(2026, 12, 1)

CHANGED = [
    ("age_band", "44, well 45 on the 9th so nearly there haha", "20_44"),
    ("age_band", "44 hoor, 45 op 9 maart", "20_44"),
    ("leg_pain", "goes from my bum cheek down the back of the thigh and stops just above the knee, never gets into the calf or "
     "foot", "above_knee"),
    ("leg_pain", "from the buttock down the thigh, stops above the knee and never goes down to the calf or the foot", "above_knee"),
    ("leg_pain", "gaat van mijn bil langs de achterkant van mijn dij en stopt net boven de knie, komt nooit in de kuit of de voet",
     "above_knee"),
]

KEPT = [
    ("age_band", "46. ja volgende maand al 47", "45_69"),
    ("age_band", "im 44, 45 on the 3rd of june", "20_44"),
    ("age_band", "44, op de 9de word ik 45", "20_44"),
    ("age_band", "j'ai 44 ans, 45 le 9 mars", "20_44"),
    ("age_band", "45, turned 45 on the 9th", "45_69"),
    ("age_band", "my birthday is on the 9th, im 44", "20_44"),
    ("leg_pain", "back of my thigh to the knee, doesnt go into the calf", "above_knee"),
    ("leg_pain", "it goes into my calf and never reaches my foot", "below_knee"),
    ("leg_pain", "tot in mijn kuit, nooit in mijn voet", "below_knee"),
    ("leg_pain", "ça s'arrête au-dessus du genou, ça va jamais dans le mollet", "above_knee"),
    ("leg_pain", "jusqu'au genou, jamais jusqu'au pied", "above_knee"),
]


@pytest.mark.parametrize("slot,text,expected", CHANGED)
def test_changed(slot, text, expected):
    assert parse_answer(slot, text, TODAY) == expected


@pytest.mark.parametrize("slot,text,expected", KEPT)
def test_kept(slot, text, expected):
    assert parse_answer(slot, text, TODAY) == expected
