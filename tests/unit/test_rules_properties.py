"""Properties of the pure modules (hypothesis, plus one exhaustive grid):

- bot.clinical.rules.classify is total over every combination of slot values (including
  unknown ones and values of the wrong type) and an added red flag never lowers
  the level;
- bot.reading.duration.parse_duration never raises and gives a non-negative whole number
  or None;
- bot.reading.language.detect_language never raises.

(tests/unit/test_duration_properties.py and test_language_properties.py test the
two parsers in more depth; here they get the hostile input of the bad-input issue.)
"""
from __future__ import annotations

import itertools
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.clinical.rules import LEVELS, Triage, classify, level_rank, red_flag_triage
from bot.reading.answers import CLINICAL_SLOTS, SLOT_VALUES
from bot.reading.duration import MAX_DAYS, parse_duration
from bot.reading.language import LANGUAGES, detect_language

CONDITIONS = {
    "cauda_equina", "progressive_neurological_deficit", "possible_infection", "possible_fracture",
    "possible_serious_cause", "radicular_syndrome", "inflammatory_back_pain", "nonspecific_acute",
    "nonspecific_subacute", "nonspecific_chronic", "nonspecific",
}
DURATIONS = st.one_of(st.none(), st.integers(min_value=0, max_value=MAX_DAYS), st.sampled_from([41, 42, 83, 84]))
JUNK = st.one_of(st.none(), st.text(max_size=5), st.integers(), st.floats(allow_nan=True), st.booleans())


def slot_values(slot):
    if slot == "duration_days":
        return DURATIONS
    return st.one_of(st.none(), st.sampled_from(SLOT_VALUES[slot]))


ANSWERS = st.fixed_dictionaries({}, optional={slot: slot_values(slot) for slot in CLINICAL_SLOTS})
JUNK_ANSWERS = st.dictionaries(st.sampled_from(CLINICAL_SLOTS + ("consent", "other")), JUNK).map(
    # a number or nothing for the duration (see the test after next)
    lambda a: {**a, "duration_days": a["duration_days"] if isinstance(a.get("duration_days"), (int, float)) else None}
)

# Each red flag as the answers that say it (R1-R5 of clinical-rules.md).
RED_FLAGS = [
    {"saddle_numbness": True}, {"bladder_bowel": True}, {"fever": True}, {"cancer_history": True},
    {"weight_loss": True}, {"night_pain": True}, {"leg_weakness": "worsening"}, {"onset": "trauma"},
    {"both_legs": True, "leg_numbness": True},
]


def check(triage):
    assert isinstance(triage, Triage)
    assert triage.level in LEVELS and triage.condition in CONDITIONS
    return triage


@settings(max_examples=500)
@given(ANSWERS)
def test_classify_is_total_over_slot_values(answers):
    check(classify(answers))


@settings(max_examples=300)
@given(JUNK_ANSWERS)
def test_classify_is_total_over_values_of_the_wrong_type(answers):
    check(classify(answers))


@settings(max_examples=200)
@given(st.text(max_size=5))
def test_classify_with_a_text_duration(duration):
    assert check(classify({"duration_days": duration})).rule == "R12"  # not a number: unknown


@settings(max_examples=500)
@given(ANSWERS, st.sampled_from(RED_FLAGS))
def test_an_added_red_flag_never_lowers_the_level(answers, flag):
    before = check(classify(answers))
    after = check(classify({**answers, **flag}))
    assert level_rank(after.level) >= level_rank(before.level)
    assert level_rank(after.level) >= level_rank("urgent"), "a red flag is at least urgent"
    assert red_flag_triage({**answers, **flag}) == after


def test_every_combination_of_the_other_answers_with_each_red_flag():
    """Exhaustive: every answer to the non-red-flag questions (and unknown), with
    each red flag added one at a time."""
    grid = {
        "onset": (None, *SLOT_VALUES["onset"]),
        "duration_days": (None, 0, 41, 42, 83, 84, 5000),
        "leg_pain": (None, *SLOT_VALUES["leg_pain"]),
        "leg_numbness": (None, False, True),
        "leg_weakness": (None, *SLOT_VALUES["leg_weakness"]),
        "both_legs": (None, False, True),
        "age_band": (None, *SLOT_VALUES["age_band"]),
        "osteoporosis_or_steroids": (None, False, True),
        "morning_stiffness": (None, False, True),
    }
    names = list(grid)
    seen = set()
    for values in itertools.product(*grid.values()):
        answers = dict(zip(names, values, strict=True))
        base = check(classify(answers))
        seen.add(base.rule)
        for flag in RED_FLAGS:
            flagged = check(classify({**answers, **flag}))
            seen.add(flagged.rule)
            assert level_rank(flagged.level) >= level_rank(base.level)
    assert seen == {f"R{n}" for n in range(1, 13)}, "the grid reaches every rule"


HOSTILE_TEXT = st.one_of(
    st.text(),
    st.text(alphabet=st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF), max_size=20),  # lone surrogates
    st.binary(max_size=100).map(lambda b: b.decode("utf-8", errors="surrogateescape")),
    st.builds(lambda n, s: s * n, st.integers(0, 10_000), st.sampled_from(["x", "3 weeks ", "😀", "<b>", "\x00"])),
    st.sampled_from(["", " ", "\n\t", "<script>alert(1)</script>", "'; DROP TABLE events; --",
                     "depuis une semaine", "seit zwei Wochen", "٣ أسابيع", "1e309 days", "-5 days", "99999999999 years"]),
)


@settings(max_examples=500)
@given(HOSTILE_TEXT, st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)))
def test_duration_never_raises_and_is_a_whole_number_of_days(text, today):
    days = parse_duration(text, today)
    assert days is None or (type(days) is int and 0 <= days <= MAX_DAYS)


@settings(max_examples=500)
@given(st.one_of(HOSTILE_TEXT, st.none(), st.binary(max_size=50), st.integers(), st.lists(st.text(max_size=3))))
def test_language_detection_never_raises(text):
    assert detect_language(text) in (*LANGUAGES, None)
