"""Tests for bot/reading/answers.py: answers to each question, in English and Dutch (no Rasa)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.reading.answers import (
    AGE_BAND_VALUES,
    BUTTON_PAYLOADS,
    BUTTON_PAYLOADS_NL,
    CLINICAL_SLOTS,
    LEG_PAIN_VALUES,
    LEG_WEAKNESS_VALUES,
    ONSET_VALUES,
    RED_FLAG_SLOTS,
    SLOT_VALUES,
    UNSURE,
    YES_NO_SLOTS,
    extract_answers,
    is_valid_value,
    parse_answer,
    parse_yes_no,
)

TODAY = date(2026, 11, 25)
ROOT = Path(__file__).resolve().parents[2]
SAMPLE_ANSWERS = ROOT.parent / "shared" / "tools" / "sample-patients" / "answers.yaml"


# ---------------------------------------------------------------- constants


def test_slot_names_and_values_match_clinical_rules():
    assert CLINICAL_SLOTS == (
        "onset", "duration_days", "leg_pain", "both_legs", "leg_numbness", "leg_weakness", "saddle_numbness",
        "bladder_bowel", "fever", "cancer_history", "weight_loss", "night_pain", "age_band",
        "osteoporosis_or_steroids", "morning_stiffness",
    )  # fmt: skip
    assert len(CLINICAL_SLOTS) == 15
    assert set(YES_NO_SLOTS) == {
        "both_legs", "leg_numbness", "saddle_numbness", "bladder_bowel", "fever", "cancer_history",
        "weight_loss", "night_pain", "osteoporosis_or_steroids", "morning_stiffness",
    }  # fmt: skip
    assert RED_FLAG_SLOTS == ("saddle_numbness", "bladder_bowel", "fever", "cancer_history", "weight_loss", "night_pain")
    assert set(ONSET_VALUES) == {"sudden_movement", "trauma", "gradual"}
    assert set(LEG_PAIN_VALUES) == {"none", "above_knee", "below_knee"}
    assert set(LEG_WEAKNESS_VALUES) == {"none", "stable", "worsening"}
    assert set(AGE_BAND_VALUES) == {"under_20", "20_44", "45_69", "70_plus"}
    assert set(SLOT_VALUES) == set(CLINICAL_SLOTS) - {"duration_days"}
    for slot in YES_NO_SLOTS:
        assert set(SLOT_VALUES[slot]) == {True, False}


def test_is_valid_value():
    assert is_valid_value("onset", "trauma")
    assert not is_valid_value("onset", "fall")
    assert is_valid_value("fever", False)
    assert not is_valid_value("fever", "no")
    assert is_valid_value("duration_days", 21) and is_valid_value("duration_days", None)
    assert not is_valid_value("duration_days", -1) and not is_valid_value("duration_days", True)
    assert not is_valid_value("nonsense", 1)


# ---------------------------------------------------------------- sample patients


def _sample_rows():
    if not SAMPLE_ANSWERS.exists():
        return []
    data = yaml.safe_load(SAMPLE_ANSWERS.read_text(encoding="utf-8"))
    rows = []
    for lang, block in data.items():
        for key, texts in block["clean"].items():
            slot, raw = key.split("=")
            value = {"true": True, "false": False}.get(raw, raw)
            rows += [(lang, slot, text, value) for text in texts]
    return rows


@pytest.mark.skipif(not SAMPLE_ANSWERS.exists(), reason="shared sample patients not present")
@pytest.mark.parametrize("lang,slot,text,value", _sample_rows())
def test_every_sample_patient_answer_parses(lang, slot, text, value):
    assert parse_answer(slot, text, TODAY) == value
    assert extract_answers(text, slot, TODAY).get(slot) == value


# The same answers, kept here so the test stands without the shared folder.
SAMPLE_COPY = [
    ("onset", "It started when I picked up my toddler", "sudden_movement"),
    ("onset", "It came on little by little", "gradual"),
    ("leg_pain", "No, only my back", "none"),
    ("leg_pain", "Only into my upper leg", "above_knee"),
    ("leg_pain", "Yes, down into my foot", "below_knee"),
    ("both_legs", "Yes, both legs", True),
    ("both_legs", "Only one leg", False),
    ("leg_numbness", "Yes, it tingles", True),
    ("fever", "Yes, I have a high temperature", True),
    ("age_band", "I'm 31", "20_44"),
    ("age_band", "I'm 58", "45_69"),
    ("onset", "Het begon toen ik mijn kind optilde", "sudden_movement"),
    ("onset", "Het kwam beetje bij beetje", "gradual"),
    ("leg_pain", "Nee, alleen in mijn rug", "none"),
    ("leg_pain", "Alleen in mijn bovenbeen", "above_knee"),
    ("leg_pain", "Ja, tot in mijn voet", "below_knee"),
    ("both_legs", "Ja, in beide benen", True),
    ("both_legs", "Maar in één been", False),
    ("leg_numbness", "Ja, het tintelt", True),
    ("age_band", "Ik ben 31", "20_44"),
    ("age_band", "Ik ben 58", "45_69"),
] + [(slot, "No", False) for slot in YES_NO_SLOTS if slot != "both_legs"] + [
    (slot, "Nee", False) for slot in YES_NO_SLOTS if slot != "both_legs"
] + [("leg_weakness", "No", "none"), ("leg_weakness", "Nee", "none")]


@pytest.mark.parametrize("slot,text,value", SAMPLE_COPY)
def test_sample_answers_copy(slot, text, value):
    assert parse_answer(slot, text, TODAY) == value


# ---------------------------------------------------------------- yes / no


@pytest.mark.parametrize(
    "text",
    ["yes", "Yes!", "YES", "yeah", "yep", "yup", "y", "Y", "ja", "Ja.", "jaa", "jaaa", "jep", "jawel", "klopt",
     "inderdaad", "sure", "of course", "natuurlijk", "tuurlijk", "zeker", "jazeker", "ja hoor", "👍", "👍🏼", "✅",
     "a bit", "een beetje", "sometimes", "soms", "I do", "Yes, I have a high temperature", "yes please"],
)  # fmt: skip
def test_yes(text):
    assert parse_yes_no(text) is True


@pytest.mark.parametrize(
    "text",
    ["no", "No.", "NO", "nope", "nah", "n", "nee", "Nee!", "neen", "nee hoor", "neen hoor", "niet", "nope not at all",
     "not at all", "helemaal niet", "zeker niet", "niet echt", "not really", "never", "nooit", "👎", "❌",
     "No, only my back", "I have no fever", "geen koorts", "nope, none of that"],
)  # fmt: skip
def test_no(text):
    assert parse_yes_no(text) is False


@pytest.mark.parametrize(
    "text",
    ["not sure", "Not sure", "I'm not sure", "idk", "IDK", "maybe", "perhaps", "dunno", "I don't know", "no idea",
     "misschien", "weet niet", "weet ik niet", "ik weet het niet", "k weet het niet", "geen idee", "twijfel",
     "ik twijfel", "niet zeker", "🤷", "🤷\u200d♀️", "I don't think so", "denk het niet", "probably not", "ja nee",
     "yes no", "👍👎"],
)  # fmt: skip
def test_not_sure(text):
    assert parse_yes_no(text) == UNSURE


@pytest.mark.parametrize("text", [None, "", "   ", "ok", "hello", "???", "3 weeks", "🙂", 42, b"\xff"])
def test_not_a_yes_no(text):
    assert parse_yes_no(text) is None


@pytest.mark.parametrize("slot", YES_NO_SLOTS)
@pytest.mark.parametrize("text", ["not sure", "idk", "maybe", "I don't know", "weet niet", "geen idee", "misschien", "twijfel"])
def test_not_sure_counts_as_yes_on_every_yes_no_slot(slot, text):
    assert parse_answer(slot, text, TODAY) is True


# ---------------------------------------------------------------- each slot


@pytest.mark.parametrize(
    "text,value",
    [
        ("It started when I picked up my toddler", "sudden_movement"),
        ("lifting a heavy box", "sudden_movement"),
        ("when I was bending over", "sudden_movement"),
        ("twisting to reach the back seat", "sudden_movement"),
        ("sudden", "sudden_movement"),
        ("suddenly", "sudden_movement"),
        ("I sneezed", "sudden_movement"),
        ("tillen", "sudden_movement"),
        ("bij het bukken", "sudden_movement"),
        ("draaien", "sudden_movement"),
        ("bij het optillen van een bak bier", "sudden_movement"),
        ("ik heb mijn kleinzoon opgetild", "sudden_movement"),
        ("verkeerde beweging", "sudden_movement"),
        ("het schoot erin", "sudden_movement"),
        ("spit", "sudden_movement"),
        ("plots", "sudden_movement"),
        ("I fell down the stairs", "trauma"),
        ("fall or accident", "trauma"),
        ("a fall", "trauma"),
        ("car accident", "trauma"),
        ("a blow to my back", "trauma"),
        ("val of ongeval", "trauma"),
        ("ik ben gevallen", "trauma"),
        ("ongeval", "trauma"),
        ("kreeg een klap", "trauma"),
        ("I lifted a box and then fell", "trauma"),  # trauma wins over sudden (safe side)
        ("It came on little by little", "gradual"),
        ("gradually", "gradual"),
        ("slowly over weeks", "gradual"),
        ("no idea how", "gradual"),
        ("I don't know", "gradual"),
        ("no accident, it just came", "gradual"),
        ("geleidelijk", "gradual"),
        ("Het kwam beetje bij beetje", "gradual"),
        ("vanzelf", "gradual"),
        ("zomaar", "gradual"),
        ("geen idee", "gradual"),
        ("yes", None),
        ("I didn't lift anything", None),
        ("", None),
    ],
)
def test_onset(text, value):
    assert parse_answer("onset", text, TODAY) == value


@pytest.mark.parametrize(
    "text,value",
    [
        ("No, only my back", "none"),
        ("no", "none"),
        ("no leg pain", "none"),
        ("just my lower back", "none"),
        ("Nee, alleen in mijn rug", "none"),
        ("nee", "none"),
        ("geen beenpijn", "none"),
        ("enkel in mijn rug", "none"),
        ("Only into my upper leg", "above_knee"),
        ("above the knee", "above_knee"),
        ("into my thigh", "above_knee"),
        ("to my knee", "above_knee"),
        ("Alleen in mijn bovenbeen", "above_knee"),
        ("boven de knie", "above_knee"),
        ("in mijn dij", "above_knee"),
        ("tot in mijn bil", "above_knee"),
        ("heel erg in mijn bovenbeen", "above_knee"),
        ("Yes, down into my foot", "below_knee"),
        ("below the knee", "below_knee"),
        ("into my calf", "below_knee"),
        ("down my shin", "below_knee"),
        ("to my toes", "below_knee"),
        ("the whole leg", "below_knee"),
        ("Ja, tot in mijn voet", "below_knee"),
        ("onder de knie", "below_knee"),
        ("uitstralend tot in mijn kuit", "below_knee"),
        ("tot in mijn scheen", "below_knee"),
        ("tot in mijn tenen", "below_knee"),
        ("tot aan mijn enkel", "below_knee"),
        ("heel mijn been", "below_knee"),
        ("thigh and calf", "below_knee"),
        ("yes", None),  # how far is unknown: ask again with the buttons
        ("ja", None),
        ("in my leg", None),
        ("not sure", None),
        ("not below the knee", None),
    ],
)
def test_leg_pain(text, value):
    assert parse_answer("leg_pain", text, TODAY) == value


@pytest.mark.parametrize(
    "text,value",
    [
        ("Yes, both legs", True),
        ("both", True),
        ("Ja, in beide benen", True),
        ("beide", True),
        ("allebei", True),
        ("left and right", True),
        ("links en rechts", True),
        ("yes", True),
        ("not sure", True),
        ("weet ik niet", True),
        ("Only one leg", False),
        ("Maar in één been", False),
        ("één been", False),
        ("just the left", False),
        ("alleen rechts", False),
        ("not both, only the left", False),
        ("no", False),
        ("nee", False),
    ],
)
def test_both_legs(text, value):
    assert parse_answer("both_legs", text, TODAY) is value


@pytest.mark.parametrize(
    "text,value",
    [
        ("Yes, it tingles", True),
        ("pins and needles", True),
        ("my foot is numb", True),
        ("Ja, het tintelt", True),
        ("mijn voet is gevoelloos", True),
        ("ik voel mijn tenen niet goed", True),
        ("doof gevoel in mijn kuit", True),
        ("no numbness", False),
        ("geen tintelingen", False),
        ("No", False),
        ("Nee", False),
        ("my bum is numb", None),  # that is the saddle area, not the leg
    ],
)
def test_leg_numbness(text, value):
    assert parse_answer("leg_numbness", text, TODAY) is value


@pytest.mark.parametrize(
    "text,value",
    [
        ("no", "none"),
        ("nee", "none"),
        ("no weakness", "none"),
        ("geen zwakte", "none"),
        ("a bit weak but not worse", "stable"),
        ("stable", "stable"),
        ("weak, not worse", "stable"),
        ("zwak, niet erger", "stable"),
        ("een beetje zwak maar het blijft gelijk", "stable"),
        ("getting worse", "worsening"),
        ("weak, getting worse", "worsening"),
        ("zwak, wordt erger", "worsening"),
        ("steeds erger", "worsening"),
        ("my foot drags", "worsening"),
        ("foot drags", "worsening"),
        ("ik struikel over mijn voet", "worsening"),
        ("mijn been begeeft het", "worsening"),
        ("No, but my foot drags", "worsening"),
        ("yes", None),  # stable or worse is unknown: ask again with the three buttons
        ("a bit weak", None),
        ("not sure", None),
    ],
)
def test_leg_weakness(text, value):
    assert parse_answer("leg_weakness", text, TODAY) == value


@pytest.mark.parametrize(
    "text,value",
    [
        ("I'm 31", "20_44"),
        ("Ik ben 58", "45_69"),
        ("31", "20_44"),
        ("58 jaar", "45_69"),
        ("I'm 72 years old", "70_plus"),
        ("ik ben 17", "under_20"),
        ("19", "under_20"),
        ("20", "20_44"),
        ("44", "20_44"),
        ("45", "45_69"),
        ("69", "45_69"),
        ("70", "70_plus"),
        ("in my forties", "20_44"),  # 40-49 spans two bands: the younger keeps the R8 question
        ("late forties", "45_69"),
        ("in my twenties", "20_44"),
        ("sixties", "45_69"),
        ("zeventiger", "70_plus"),
        ("ik ben een vijftiger", "45_69"),
        ("tiener", "under_20"),
        ("thirty-one", "20_44"),
        ("seventy two", "70_plus"),
        ("ik ben achtenvijftig", "45_69"),
        ("eenendertig", "20_44"),
        ("over 70", "70_plus"),
        ("ouder dan 70", "70_plus"),
        ("born in 1950", "70_plus"),
        ("150", None),
        ("I'm 200 years old", None),
        ("0", None),
        ("no idea", None),
        ("", None),
    ],
)
def test_age_band(text, value):
    assert parse_answer("age_band", text, TODAY) == value


@pytest.mark.parametrize(
    "slot,text,value",
    [
        ("saddle_numbness", "yes a bit numb", True),
        ("saddle_numbness", "it tingles down there", True),
        ("saddle_numbness", "ik voel mijn poep niet", True),
        ("saddle_numbness", "No, just my leg is numb", False),
        ("saddle_numbness", "nee hoor", False),
        ("bladder_bowel", "I can still pee fine", False),
        ("bladder_bowel", "plassen gaat goed", False),
        ("bladder_bowel", "no problems", False),
        ("bladder_bowel", "I leak a bit", True),
        ("bladder_bowel", "ik kan mijn plas niet ophouden", True),
        ("fever", "Yes, I have a high temperature", True),
        ("fever", "No fever but I'm shivering", True),
        ("fever", "38.5", True),
        ("fever", "no fever", False),
        ("fever", "geen koorts", False),
        ("fever", "ik heb koorts", True),
        ("cancer_history", "breast cancer in 2015", True),
        ("cancer_history", "never", False),
        ("cancer_history", "nooit gehad", False),
        ("weight_loss", "5 kilos", True),
        ("weight_loss", "ja, 5 kilo", True),
        ("weight_loss", "ik ben wat afgevallen", True),
        ("night_pain", "yes, all night", True),
        ("night_pain", "de hele nacht", True),
        ("night_pain", "only when I turn over", None),  # position-bound: the follow-up question decides
        ("night_pain", "no, only when I turn over", False),
        ("night_pain", "ik slaap goed", False),
        ("osteoporosis_or_steroids", "I have osteoporosis", True),
        ("osteoporosis_or_steroids", "prednisone for 6 months", True),
        ("osteoporosis_or_steroids", "botontkalking", True),
        ("osteoporosis_or_steroids", "geen", False),
        ("morning_stiffness", "yes, very stiff", True),
        ("morning_stiffness", "stijf 's ochtends", True),
        ("morning_stiffness", "not stiff", False),
    ],
)
def test_yes_no_slots_in_words(slot, text, value):
    assert parse_answer(slot, text, TODAY) is value


def test_unknown_slot_gives_none():
    assert parse_answer("favourite_colour", "blue") is None


# ---------------------------------------------------------------- buttons


def _payload_rows():
    return [
        (lang, slot, payload, value)
        for lang, table in (("en", BUTTON_PAYLOADS), ("nl", BUTTON_PAYLOADS_NL))
        for slot, buttons in table.items()
        for payload, value in buttons
    ]


def test_buttons_cover_every_question_but_duration():
    for table in (BUTTON_PAYLOADS, BUTTON_PAYLOADS_NL):
        assert set(table) == set(CLINICAL_SLOTS) - {"duration_days"}
    assert [p for p, _ in BUTTON_PAYLOADS["onset"]] == ["sudden", "fall or accident", "gradually"]
    assert [p for p, _ in BUTTON_PAYLOADS["leg_pain"]] == ["no leg pain", "above the knee", "below the knee"]
    assert [p for p, _ in BUTTON_PAYLOADS["leg_weakness"]] == ["no weakness", "weak, not worse", "weak, getting worse"]
    assert [p for p, _ in BUTTON_PAYLOADS["age_band"]] == ["under 20", "20-44", "45-69", "70+"]
    assert [p for p, _ in BUTTON_PAYLOADS["fever"]] == ["yes", "no", "not sure"]


@pytest.mark.parametrize("lang,slot,payload,value", _payload_rows())
def test_button_payloads_round_trip(lang, slot, payload, value):
    assert is_valid_value(slot, value)
    assert parse_answer(slot, payload, TODAY) == value
    assert extract_answers(payload, slot, TODAY)[slot] == value
    assert parse_answer(slot, payload.upper(), TODAY) == value  # typed back in capitals


def test_every_value_has_a_button():
    for table in (BUTTON_PAYLOADS, BUTTON_PAYLOADS_NL):
        for slot, buttons in table.items():
            assert {v for _, v in buttons} == set(SLOT_VALUES[slot])


# ---------------------------------------------------------------- duration (bot.reading.duration)


def test_duration_days_uses_bot_duration():
    duration = pytest.importorskip("bot.reading.duration")
    for text in ["3 weeks", "drie weken", "since yesterday", "anderhalf jaar", "3 wkn"]:
        assert parse_answer("duration_days", text, TODAY) == duration.parse_duration(text, today=TODAY)
    assert parse_answer("duration_days", "3 weeks", TODAY) == 21
    assert parse_answer("duration_days", "no idea", TODAY) is None


def test_duration_in_other_answers():
    pytest.importorskip("bot.reading.duration")
    assert extract_answers("it started 3 weeks ago when I lifted a box", "onset", TODAY) == {
        "onset": "sudden_movement",
        "duration_days": 21,
    }
    assert extract_answers("ja, het begon toen ik mijn kind optilde, 2 weken geleden", "onset", TODAY) == {
        "onset": "sudden_movement",
        "duration_days": 14,
    }
    # an age is not a duration
    assert extract_answers("58 jaar", "age_band", TODAY) == {"age_band": "45_69"}


# ---------------------------------------------------------------- extract_answers


@pytest.mark.parametrize(
    "text,requested,expected",
    [
        ("yes below the knee and it tingles", "leg_pain", {"leg_pain": "below_knee", "leg_numbness": True}),
        ("ja, tot in mijn kuit en het tintelt", "leg_pain", {"leg_pain": "below_knee", "leg_numbness": True}),
        ("no fever but I fell", "fever", {"fever": False, "onset": "trauma"}),
        ("geen koorts maar ik ben gevallen", "fever", {"fever": False, "onset": "trauma"}),
        ("No, but my foot drags", "leg_weakness", {"leg_weakness": "worsening"}),
        ("no, but I can't feel my bum", "fever", {"fever": False, "saddle_numbness": True}),
        ("nee, alleen in mijn rug, maar ik kan mijn plas niet ophouden", "leg_pain",
         {"leg_pain": "none", "bladder_bowel": True}),
        ("No fever, but I've been shivering", "fever", {"fever": True}),
        ("geen koorts, wel rillingen", "fever", {"fever": True}),
        ("I'm 72 and I have osteoporosis", "age_band", {"age_band": "70_plus", "osteoporosis_or_steroids": True}),
        ("I'm 72 years old and I take prednisone", "onset", {"age_band": "70_plus", "osteoporosis_or_steroids": True}),
        ("pain shoots down to my calf", "onset", {"leg_pain": "below_knee"}),
        ("both legs tingle", "leg_pain", {"both_legs": True, "leg_numbness": True}),
        ("yes", "saddle_numbness", {"saddle_numbness": True}),
        ("not sure", "bladder_bowel", {"bladder_bowel": True}),
        ("my bum is numb", "leg_numbness", {"saddle_numbness": True}),
        ("stiff every morning for an hour", "night_pain", {"morning_stiffness": True}),
        ("hello", "onset", {}),
        ("", "fever", {}),
    ],
)  # fmt: skip
def test_extract_answers(text, requested, expected):
    assert extract_answers(text, requested, TODAY) == expected


def test_red_flags_are_never_lowered_by_the_requested_answer():
    # asked about weakness, "weak, not worse" would be stable, but both legs make it a red flag
    found = extract_answers("both legs are weak, and my foot drags", "leg_weakness", TODAY)
    assert found["leg_weakness"] == "worsening" and found["both_legs"] is True
    # asked about onset, a lift that ended in a fall is trauma
    assert extract_answers("I lifted a box and fell", "onset", TODAY)["onset"] == "trauma"
    # asked about saddle numbness, "no" with a red flag in the same words
    assert extract_answers("no, my bum is numb", "saddle_numbness", TODAY)["saddle_numbness"] is True


@pytest.mark.parametrize("requested", [None, "consent", "language", "unknown"])
def test_extract_answers_without_a_clinical_question(requested):
    assert extract_answers("I fell and now I can't pee", requested, TODAY) == {
        "onset": "trauma",
        "bladder_bowel": True,
    }


# ---------------------------------------------------------------- never raises

TOKENS = [
    "yes", "no", "ja", "nee", "not sure", "weet niet", "niet", "geen", "maar", "but", "and", "en", ",", ".", "?",
    "I'm", "ik ben", "31", "58", "150", "20-44", "70+", "forties", "zeventiger", "below", "above", "the", "knee",
    "knie", "onder", "boven", "foot", "voet", "calf", "kuit", "both", "beide", "one", "één", "leg", "been", "weak",
    "zwak", "worse", "erger", "stable", "numb", "tintelt", "fell", "gevallen", "lifted", "tillen", "gradually",
    "zomaar", "fever", "koorts", "bum", "poep", "pee", "plas", "3 weeks", "drie weken", "since", "sinds", "👍", "👎",
    "🤷", "\x00", "\u0301", "İ", "\n",
]  # fmt: skip
token_text = st.lists(st.sampled_from(TOKENS), max_size=20).map(" ".join)
any_text = st.one_of(st.text(), token_text, st.binary().map(lambda b: b.decode("latin-1")))
slot_or_junk = st.one_of(st.sampled_from(CLINICAL_SLOTS), st.none(), st.text(max_size=10))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text, slot_or_junk)
def test_extract_answers_never_raises(text, requested):
    found = extract_answers(text, requested, TODAY)
    assert isinstance(found, dict)
    for slot, value in found.items():
        assert slot in CLINICAL_SLOTS
        assert is_valid_value(slot, value), (slot, value)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text, st.sampled_from(CLINICAL_SLOTS))
def test_parse_answer_never_raises_and_gives_allowed_values(text, slot):
    value = parse_answer(slot, text, TODAY)
    assert value is None or is_valid_value(slot, value), (slot, value)


@settings(max_examples=200, deadline=None)
@given(st.one_of(any_text, st.none(), st.integers(), st.binary()))
def test_parse_yes_no_never_raises(text):
    assert parse_yes_no(text) in (True, False, UNSURE, None)


@pytest.mark.parametrize("value", [None, 42, b"\xff\xfe", ["yes"], "a" * 10_000, "😀" * 2_000, "no " * 3_000])
def test_odd_input(value):
    assert isinstance(extract_answers(value, "fever", TODAY), dict)
    for slot in CLINICAL_SLOTS:
        result = parse_answer(slot, value, TODAY)
        assert result is None or is_valid_value(slot, result)
