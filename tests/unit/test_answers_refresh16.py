"""Leg pain answers, session 16 (bot/reading/answers.py with the packs bot/lang/<code>/answers.py).

The parts below the knee named as free of pain ("nothing in the calf or foot", "le mollet et le
pied rien", "kuit en voet zijn goed") tell how far the pain does NOT go: with the buttock or the
thigh named the answer is above the knee, and alone they are no below-the-knee pain. A part said
to hurt, anywhere in the message, is still below the knee.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.reading.answers import extract_answers, parse_answer

TODAY = date(2026, 12, 1)

# pain into the buttock / thigh that stops before the knee, calf and foot named as free
STOPS_ABOVE_KNEE = [
    # en
    "into the buttock and back of the thigh, stops before the knee, calf and foot are fine",
    "the back of my thigh down to the knee, my calf and foot don't hurt",
    "stops at the knee, no pain in my calf or foot",
    "buttock and thigh, calf, ankle and foot are all fine",
    # nl
    "tot boven de knie, in de kuit en voet niks",
    "in de bil en achterkant van het bovenbeen, stopt voor de knie, kuit en voet niks",
    "achterkant van mijn dij tot aan de knie, in mijn kuit en voet voel ik niks",
    "bil en dij, kuit en voet zijn goed",
    # fr
    "ça s'arrête avant le genou, le mollet et le pied rien",
    "dans la fesse et l'arrière de la cuisse, ça s'arrête avant le genou, rien dans le mollet ni le pied",
    "l'arrière de la cuisse jusqu'au genou, le mollet et le pied ne font pas mal",
    "la fesse et la cuisse, les pieds sont ok",
]

# no leg pain, the feet named as fine
NO_LEG_PAIN = [
    "no, only my back, the feet are fine",
    "nee, alleen mijn rug, mijn voeten zijn goed",
    "non, juste le dos, les pieds ça va",
]

# only a part named as free: how far the pain goes is unknown, ask again
ASK_AGAIN = [
    "my foot doesnt hurt",
    "mijn voet doet geen pijn",
    "le pied ne fait pas mal",
    "rien dans le mollet",
]

# hard negatives: pain below the knee stays below the knee (these passed before the change too)
STAYS_BELOW = [
    "down to my foot",
    "calf hurts too",
    "mijn kuit doet ook pijn",
    "le mollet aussi",
    "down to my foot ok",
    "tot in mijn voet ok",
    "jusqu'au pied ok",
    "all the way down to my foot nothing else",
    "tot in mijn voet, niks anders",
    "jusqu'au pied, rien d'autre",
    "my calf is fine now but my foot hurts",
    "mijn kuit is goed maar mijn voet doet pijn",
    "le mollet ça va mais le pied fait mal",
    "my calf is not fine",
    "mijn kuit is niet goed",
    "le pied ça va pas du tout",
    "nothing helps, it goes into my calf",
    "niks helpt, het trekt tot in mijn kuit",
    "rien ne soulage, ça descend dans le mollet",
    "it goes into my calf, the thigh is fine",
    # a leg pain told inside a question is still the answer
    "it goes down to my foot, is that sciatica?",
    "het gaat tot in mijn voet, is dat ischias?",
    "ça descend jusqu'au pied, c'est une sciatique ?",
]

# hard negatives: pain at the knee or above stays above the knee
STAYS_ABOVE = [
    "stops above the knee, nothing in the calf or foot",
    "my knee hurts",
    "mijn knie doet pijn",
    "j'ai mal au genou",
    "the back of my thigh",
    "in mijn dij",
    "dans la cuisse",
]


@pytest.mark.parametrize("text", STOPS_ABOVE_KNEE)
def test_pain_stopping_before_the_knee_is_above_the_knee(text):
    assert parse_answer("leg_pain", text, TODAY) == "above_knee"


@pytest.mark.parametrize("text", NO_LEG_PAIN)
def test_back_only_with_the_feet_fine_is_no_leg_pain(text):
    assert parse_answer("leg_pain", text, TODAY) == "none"


@pytest.mark.parametrize("text", ASK_AGAIN)
def test_a_part_named_free_alone_is_asked_again(text):
    assert parse_answer("leg_pain", text, TODAY) is None


@pytest.mark.parametrize("text", STAYS_BELOW)
def test_pain_below_the_knee_stays_below(text):
    assert parse_answer("leg_pain", text, TODAY) == "below_knee"


@pytest.mark.parametrize("text", STAYS_ABOVE)
def test_pain_at_or_above_the_knee_stays_above(text):
    assert parse_answer("leg_pain", text, TODAY) == "above_knee"


@pytest.mark.parametrize(
    "text",
    [
        "no fever, it goes down into the thigh, stops above the knee, calf and foot nothing",
        "no fever, it radiates into the thigh but calf and foot dont hurt",
        "geen koorts, het trekt naar de bil, kuit en voet niks",
        "geen koorts, het straalt uit tot in de dij, stopt boven de knie, in de kuit en voet niks",
        "pas de fièvre, ça descend dans la fesse, ça s'arrête avant le genou, le mollet et le pied rien",
        "pas de fièvre, ça descend dans la cuisse, rien dans le mollet ni le pied",
    ],
)
def test_free_parts_told_in_another_answer_are_above_the_knee(text):
    assert extract_answers(text, "fever", TODAY).get("leg_pain") == "above_knee"


@pytest.mark.parametrize(
    "text", ["no fever but the pain goes down to my foot", "pas de fièvre mais ça descend jusqu'au pied",
             "geen koorts maar het trekt tot in mijn voet"],
)
def test_pain_below_the_knee_told_in_another_answer_stays(text):
    assert extract_answers(text, "fever", TODAY).get("leg_pain") == "below_knee"
