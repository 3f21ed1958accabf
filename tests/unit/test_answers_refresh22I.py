"""Session 22, helper I, after the blind refresh scored once: one leg weak and its course told unchanged ("a weak ankle,
can't stand on my heel on that side, exactly the same for months, no worse no better", "mijn linkervoet is wat zwakker,
op mijn tenen staan lukt niet, al maanden hetzelfde, niet erger", "ma jambe gauche lache un peu, c'est pareil depuis le
debut, ca s'aggrave pas") reads leg_weakness "stable" in the story reader and the answer reader; told worse it stays
"worsening". The stable cue was masked before the red-flag engine read the sign, so the engine's own reading of the
unchanged course was lost. One leg's unchanged weakness is no red flag (find_red_flags leaves it: rule R7). CHANGED cases
fail on the code before this round; KEPT cases pass before and after."""
from datetime import date

import pytest

from bot.reading.answers import extract_answers, parse_answer, read_story

TODAY = date(2026, 12, 1)

CHANGED = [
    ("left me with a weak ankle, can't stand on my heel on that side, but it's been exactly the same for months, no worse"
     " no better", "stable"),
    ("my right foot is a bit weak since the surgery, can't get up on my toes on that side, it's the same as it was, not"
     " getting worse", "stable"),
    ("mijn linkervoet is wat zwakker sinds de hernia, op mijn tenen staan lukt niet, maar het is al maanden hetzelfde, niet"
     " erger", "stable"),
    ("mijn rechterbeen is wat slap, op de hakken lopen lukt niet aan die kant, is nog altijd hetzelfde, niet erger", "stable"),
    ("ma jambe gauche lâche un peu dans la pente, mais c'est pareil depuis le début, ça s'aggrave pas", "stable"),
    ("mon genou gauche se dérobe des fois dans les escaliers, c'est toujours pareil, pas pire", "stable"),
]

KEPT = [
    ("my left knee gives way now and then on the stairs, it's exactly the same as last year, no worse", "stable"),
    ("mijn rechterknie begeeft het soms op de trap, maar dat is precies hetzelfde als vorig jaar, niet erger geworden",
     "stable"),
    ("mon pied droit est un peu faible depuis l'opération, je tiens pas sur le talon de ce côté, c'est pareil, ça s'aggrave"
     " pas", "stable"),
    ("my left ankle is weak, can't stand on my heel, and it's getting worse every week", "worsening"),
    ("my right knee gives way on the stairs and it's worse than last month", "worsening"),
    ("my foot drags, same as last month", "worsening"),
    ("mijn linkervoet is zwakker en elke week erger, op mijn hakken lopen lukt niet meer", "worsening"),
    ("mijn rechterknie begeeft het steeds vaker op de trap", "worsening"),
    ("ma jambe droite lâche dans l'escalier et c'est de pire en pire", "worsening"),
    ("mon pied gauche traîne de plus en plus", "worsening"),
    ("my leg is not weak", "none"),
    ("mijn been is niet zwak", "none"),
    ("ma jambe n'est pas faible", "none"),
]


@pytest.mark.parametrize("text,expected", CHANGED + KEPT)
def test_story_reads_the_course(text, expected):
    assert read_story(text, TODAY).get("leg_weakness") == expected


@pytest.mark.parametrize("text,expected", CHANGED + KEPT)
def test_answer_reads_the_course(text, expected):
    assert parse_answer("leg_weakness", text, TODAY) == expected
    assert extract_answers(text, "leg_weakness", TODAY).get("leg_weakness") == expected
