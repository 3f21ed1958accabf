"""Property tests for bot/reading/duration.py (hypothesis)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.reading.duration import _TYPOS, MAX_DAYS, find_duration, parse_duration

TODAY = date(2026, 11, 25)
PHRASES = yaml.safe_load(
    (Path(__file__).resolve().parents[2] / "tests" / "data" / "duration_phrases.yml").read_text(encoding="utf-8")
)

# words the parser reacts to, plus noise, to build sentences that exercise it
TOKENS = [
    "0", "1", "2", "3", "10", "31", "58", "500", "2,5", "1.5", "½", "2½", "03/11", "3/11/2025", "7/10", "2019",
    "-", "/", ",", ".", "à", "a", "an", "een", "één", "ne", "nen", "'n", "zo'n", "one", "two", "drie", "twintig",
    "eenentwintig", "twenty-one", "tweeënhalf", "anderhalf", "anderhalve", "half", "halve", "halfjaar", "couple", "of",
    "few", "paar", "enkele", "stuk", "drietal", "and", "en", "or", "to", "tot", "tussen", "between", "day", "days", "d",
    "dag", "dagen", "dgn", "week", "weeks", "wks", "w", "weken", "wkn", "weekend", "month", "months", "mo", "maand",
    "maanden", "mnd", "year", "years", "yr", "jaar", "jaren", "jr", "hours", "uur", "fortnight", "ago", "geleden",
    "since", "sinds", "sedert", "al", "for", "about", "ongeveer", "bijna", "ruim", "last", "vorige", "verleden",
    "next", "volgende", "this", "deze", "the", "de", "het", "today", "vandaag", "yesterday", "gisteren", "monday",
    "maandag", "zaterdagavond", "christmas", "kerst", "pasen", "summer", "zomer", "fall", "winter", "march", "maart",
    "may", "mei", "november", "3rd", "begin", "mid", "eind", "old", "oud", "i'm", "ik", "ben", "is", "a", "per",
    "twice", "keer", "pills", "op", "om", "pain", "pijn", "😀", "\u0301", "\n", "İ", "ß",
    # street spellings: typos, real words near a unit, hedges, Flemish "e"
    "weaks", "weak", "dyas", "wekne", "yeear", "monhts", "maar", "haar", "decade", "decennium", "weekjes",
    "daagjes", "jaarke", "maybe", "misschien", "e", "wat", "1/2", "3+", "3ish", "tussen", "between", "denk",
    "think", "I", "(", "...", "ago",
]
token_text = st.lists(st.sampled_from(TOKENS), max_size=14).map(" ".join)
glued_text = st.lists(st.sampled_from(TOKENS), max_size=10).map("".join)
any_text = st.one_of(st.text(), token_text, glued_text, st.builds(lambda a, b: a + b, st.text(max_size=20), token_text))


def _check_result(result):
    assert result is None or (type(result) is int and 0 <= result <= MAX_DAYS)


@settings(max_examples=400, deadline=None)
@given(any_text)
def test_parse_never_raises_and_is_in_range(text):
    _check_result(parse_duration(text, TODAY))


@settings(max_examples=200, deadline=None)
@given(any_text, st.dates())
def test_any_today_is_fine(text, today):
    _check_result(parse_duration(text, today))


@settings(max_examples=400, deadline=None)
@given(any_text)
def test_find_spans_index_the_original_text(text):
    m = find_duration(text, TODAY)
    if m is None:
        assert parse_duration(text, TODAY) is None
        return
    assert 0 <= m.start < m.end <= len(text)
    assert text[m.start:m.end] == m.text
    assert m.text.strip() == m.text and m.text
    assert parse_duration(text, TODAY) == m.days
    _check_result(m.days)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(PHRASES), st.sampled_from(["", " ", "  \n"]), st.sampled_from(["", " ", ".", "!", " ?"]))
def test_case_and_padding_do_not_matter(row, before, after):
    text = row["text"]
    assert parse_duration(text.upper(), TODAY) == row["days"]
    assert parse_duration(before + text + after, TODAY) == row["days"]


@settings(max_examples=200, deadline=None)
@given(st.sampled_from([r for r in PHRASES if r["days"] is not None]), st.text(max_size=30))
def test_span_of_a_table_phrase_after_a_prefix(row, prefix):
    # whatever comes before, a match found in the phrase part keeps exact offsets
    text = prefix + "\n" + row["text"]
    m = find_duration(text, TODAY)
    if m is not None:
        assert text[m.start:m.end] == m.text


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=20), st.sampled_from(sorted(_TYPOS)), st.text(max_size=20))
def test_a_typo_span_is_what_the_user_typed(prefix, typo, suffix):
    # the typo is replaced inside the parser, never in the span it returns
    text = prefix + " 3 " + typo + " " + suffix
    m = find_duration(text, TODAY)
    if m is not None:
        assert text[m.start:m.end] == m.text
        _check_result(m.days)
