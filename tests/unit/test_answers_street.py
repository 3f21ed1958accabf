"""Answers as strangers write them, follow-up questions, corrections (bot/answers.py, no Rasa)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import (
    CLARIFICATION_SLOTS,
    clarification_for,
    correction_cue,
    is_valid_value,
    parse_answer,
    parse_clarification,
)

TODAY = date(2026, 11, 25)


# ---------------------------------------------------------------- follow-up questions


@pytest.mark.parametrize(
    "slot,text,key",
    [
        ("cancer_history", "my dad had prostate cancer", "cancer_relative"),
        ("cancer_history", "mijn moeder had borstkanker", "cancer_relative"),
        ("cancer_history", "my mum, not me", None),
        ("cancer_history", "nee, alleen mijn vader", None),
        ("cancer_history", "breast cancer in 2015", None),
        ("cancer_history", "no", None),
        ("night_pain", "only when i turn over", "night_pain_position"),
        ("night_pain", "als ik me omdraai in bed", "night_pain_position"),
        ("night_pain", "yes, all night", None),
        ("night_pain", "no", None),
        ("weight_loss", "lost a few kilos, maybe cos of stress?", "weight_reason"),
        ("weight_loss", "lost some weight, partly dieting I guess", "weight_reason"),
        ("weight_loss", "ben wat afgevallen, weet nie waarom", None),
        ("weight_loss", "ive lost about 5kg but thats on purpose", None),
        ("weight_loss", "no", None),
        ("leg_weakness", "my leg feels weak", "weakness_change"),
        ("leg_weakness", "been is zwak", "weakness_change"),
        ("leg_weakness", "weak, getting worse", None),
        ("leg_weakness", "no", None),
        ("duration_days", "not sure, 2 weeks or 2 months?", "number_unsure"),
        ("duration_days", "about 3 weeks I think", None),
        ("duration_days", "3 weeks", None),
        ("fever", "not sure", None),
    ],
)
def test_clarification_for(slot, text, key):
    assert clarification_for(slot, text) == key
    if key is not None:
        assert CLARIFICATION_SLOTS[key] == slot


@pytest.mark.parametrize(
    "slot,text", [("night_pain", "only when i turn over"), ("night_pain", "als ik me omdraai in bed"),
                  ("leg_weakness", "my leg feels weak"), ("cancer_history", "my dad had prostate cancer")],
)  # fmt: skip
def test_a_hedged_answer_is_not_guessed(slot, text):
    assert parse_answer(slot, text, TODAY) is None


@pytest.mark.parametrize(
    "key,text,value",
    [
        ("cancer_relative", "yes", True),
        ("cancer_relative", "no, never", False),
        ("cancer_relative", "not sure", True),
        ("cancer_relative", "nee", False),
        ("night_pain_position", "yes", True),
        ("night_pain_position", "no", False),
        ("night_pain_position", "weet niet", True),
        ("weight_reason", "yes", True),
        ("weight_reason", "no, I was dieting", False),
        ("weight_reason", "not sure", True),
        ("weakness_change", "getting worse", "worsening"),
        ("weakness_change", "staying the same", "stable"),
        ("weakness_change", "not sure", "worsening"),
        ("weakness_change", "het blijft hetzelfde", "stable"),
        ("weakness_change", "wordt erger", "worsening"),
        ("number_unsure", "2 months", 60),
        ("number_unsure", "ongeveer 3 weken", 21),
    ],
)
def test_parse_clarification(key, text, value):
    assert parse_clarification(key, text, TODAY) == value


@pytest.mark.parametrize("key", list(CLARIFICATION_SLOTS) + ["nonsense"])
@pytest.mark.parametrize("text", [None, "", 42, b"\xff", "🙂", "a" * 5000])
def test_clarification_odd_input(key, text):
    slot = CLARIFICATION_SLOTS.get(key, key)
    assert clarification_for(slot, text) in (None, *CLARIFICATION_SLOTS)
    value = parse_clarification(key, text, TODAY)
    assert value is None or is_valid_value(slot, value)


# ---------------------------------------------------------------- corrections


@pytest.mark.parametrize(
    "text",
    ["no, it goes below the knee", "actually it was a fall", "sorry I meant 3 weeks", "wait, its been 2 months",
     "nee, het is al 3 weken", "eigenlijk is het na een val", "oeps, ik bedoelde", "correctie:"],
)  # fmt: skip
def test_correction_cue(text):
    assert correction_cue(text) is True


@pytest.mark.parametrize(
    "text", ["no", "No, only my back", "eigenlijk niet", "yes below the knee", "3 weeks", "no it doesnt", None, ""]
)
def test_plain_answers_are_no_correction(text):
    assert correction_cue(text) is False
