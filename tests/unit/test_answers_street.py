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


# ---------------------------------------------------------------- answers as strangers write them


@pytest.mark.parametrize(
    "text,value",
    [
        # a lift, a bend, a reach, an everyday movement, told as a story
        ("felt something go twang picking my daughter up", "sudden_movement"),
        ("was hoovering and bent down and it just went", "sudden_movement"),
        ("reaching into the boot of the car", "sudden_movement"),
        ("putting my socks on", "sudden_movement"),
        ("tying my shoelaces", "sudden_movement"),
        ("getting out of the car", "sudden_movement"),
        ("pulled a muscle at the gym", "sudden_movement"),
        ("put my back out lifting the shopping", "sudden_movement"),
        ("bij het opheffen van mijn kleinkind schoot het erin", "sudden_movement"),
        ("k was aant sporten en bij een draai", "sudden_movement"),
        ("bij het rechtkomen uit de zetel", "sudden_movement"),
        ("toen ik mijn kousen aantrok", "sudden_movement"),
        ("ik zat ineens vast", "sudden_movement"),
        # no moment: gradual
        ("stillekesaan", "gradual"),
        ("stillekes aan gekomen", "gradual"),
        ("gewoon vanzelf gekomen", "gradual"),
        ("no idea just came", "gradual"),
        ("it crept up on me", "gradual"),
        ("woke up with it", "gradual"),
        ("weet nie hoe", "gradual"),
        # a fall stays trauma
        ("slipped on the ice", "trauma"),
        ("van de trap gevallen", "trauma"),
    ],
)
def test_onset_told_as_a_story(text, value):
    assert parse_answer("onset", text, TODAY) == value


@pytest.mark.parametrize(
    "slot,text,value",
    [
        # Flemish negations: nie, gene, da, 't, 'k
        ("fever", "nee nie", False),
        ("fever", "neeje", False),
        ("fever", "ne", False),
        ("fever", "'k heb da nie", False),
        ("fever", "denk het nie", True),  # a hedged no is not sure: the safe side
        ("cancer_history", "nee, da heb ik nie gehad", False),
        ("leg_pain", "gene pijn in mijne been", "none"),
        ("leg_pain", "nee, 't blijft in mijn rug", "none"),
        ("leg_pain", "tot in me kuit", "below_knee"),
        ("leg_numbness", "gene tintelingen", False),
        ("age_band", "'k ben 67", "45_69"),
        # phone English
        ("fever", "nah", False),
        ("fever", "nah lol", False),
        ("fever", "yep", True),
        ("fever", "ye", True),
        ("fever", "ya", True),
        ("fever", "nope tbh", False),
        ("fever", "dont think so lol", True),
        ("bladder_bowel", "nah all good", False),
        ("leg_numbness", "ye a bit n its in my toes", True),
        ("leg_pain", "nah just my back tbh", "none"),
        ("leg_pain", "ya down 2 my foot", "below_knee"),
        ("cancer_history", "nope never 🙏", False),
        ("night_pain", "yh keeps me up all nite", True),
        ("fever", "👎", False),
        ("fever", "🤷", True),
    ],
)
def test_street_spelling(slot, text, value):
    assert parse_answer(slot, text, TODAY) == value


@pytest.mark.parametrize(
    "text,value",
    [
        ("My leg is a bit weak, but it is not getting worse", "stable"),
        ("Slightly weaker, the same as last week", "stable"),
        ("a little weaker, not changing", "stable"),
        ("een beetje zwakker maar nie erger", "stable"),
        ("weak but hasnt changed", "stable"),
        ("ja wat zwak, blijft hetzelfde", "stable"),
        ("nee, mijn been is nie zwakker", "none"),
        ("no, not weak at all", "none"),
        ("foot drags and it's getting worse", "worsening"),
        ("weaker every day", "worsening"),
        ("steeds zwakker", "worsening"),
        ("a bit weak, not worse, but my foot drags", "worsening"),
        ("slightly weaker", None),  # weak, whether it gets worse unsaid: the follow-up asks
    ],
)
def test_weakness_a_hedge_is_not_worsening(text, value):
    assert parse_answer("leg_weakness", text, TODAY) == value


@pytest.mark.parametrize(
    "slot,text,value",
    [
        ("weight_loss", "ive lost about 5kg but thats on purpose", False),
        ("weight_loss", "ik ben wel 4 kilo kwijt maar dat is bewust", False),
        ("weight_loss", "yes 3 kilos, I'm on a diet", False),
        ("weight_loss", "lost 5kg, not dieting", True),
        ("weight_loss", "ben wat afgevallen, weet nie waarom", True),
        ("weight_loss", "lost a few kilos, maybe cos of stress?", True),  # unclear: safe side, and a follow-up
        ("cancer_history", "my mum, not me", False),
        ("cancer_history", "nee, alleen mijn vader", False),
        ("cancer_history", "my dad had prostate cancer", None),  # the follow-up asks
        ("cancer_history", "yes, and my mum too", True),
    ],
)
def test_hard_negatives_with_a_reason(slot, text, value):
    assert parse_answer(slot, text, TODAY) == value


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
