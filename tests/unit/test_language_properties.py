"""Property tests for bot/reading/language.py: never raises, only allowed values,
short messages never flip a confidently known language."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.reading import language as lang_mod
from bot.reading.language import (
    EN,
    NL,
    choose_language,
    detect_language,
    explicit_choice,
    greeting_language,
)

ALLOWED = (*lang_mod.LANGUAGES, None)

LANG_VALUES = st.one_of(
    st.none(),
    st.sampled_from([EN, NL, "fr", "fr-BE", "de", "", "EN", "nl-BE", "en_GB", "dutch", "xx"]),
    st.text(max_size=8),
    st.integers(),
)
WORDS = sorted(frozenset().union(*lang_mod.LEXICONS.values()) | lang_mod.WEAK_WORDS) + [
    "3", "12", "👍", "?", "!", "...", "hernia", "been", "spit", "ok", "lang:en", "/nl",
]
WORD_SALAD = st.lists(st.sampled_from(WORDS), min_size=0, max_size=12).map(" ".join)
ANY_TEXT = st.one_of(
    st.none(),
    st.text(max_size=300),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=300),
    st.binary(max_size=200),
    st.integers(),
    st.floats(allow_nan=True),
    st.lists(st.text(max_size=5), max_size=3),
    WORD_SALAD,
    st.text(alphabet="<>/ab&;\"'=", max_size=200),
)
FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(ANY_TEXT)
def test_detection_functions_never_raise(text):
    assert detect_language(text) in ALLOWED
    assert explicit_choice(text) in ALLOWED
    assert greeting_language(text) in ALLOWED
    for code in lang_mod.LANGUAGES:
        assert lang_mod.is_clear_run(text, code) in (True, False)


@FAST
@given(LANG_VALUES, ANY_TEXT, LANG_VALUES, st.booleans(), LANG_VALUES)
def test_choose_language_never_raises(current, text, meta, confident, default):
    lang, conf = choose_language(current, text, meta, confident, default)
    assert lang in lang_mod.LANGUAGES
    assert conf in (True, False)


@FAST
@given(st.sampled_from(lang_mod.LANGUAGES), ANY_TEXT, LANG_VALUES)
def test_confident_language_changes_only_by_choice_or_clear_run(current, text, meta):
    lang, conf = choose_language(current, text, meta, True)
    assert conf is True
    if lang != current:
        assert explicit_choice(text) == lang or lang_mod.is_clear_run(text, lang)


@FAST
@given(st.sampled_from(lang_mod.LANGUAGES), st.lists(st.sampled_from(WORDS), min_size=0, max_size=5))
def test_short_messages_never_flip(current, words):
    text = " ".join(words)
    lang, conf = choose_language(current, text, None, True)
    choice = explicit_choice(text)
    assert (lang, conf) == (choice or current, True)


@FAST
@given(st.sampled_from(lang_mod.LANGUAGES), WORD_SALAD)
def test_choice_is_stable(current, text):
    """Same input, same answer (pure apart from the cached detector)."""
    assert choose_language(current, text) == choose_language(current, text)
    assert detect_language(text) == detect_language(text)


@FAST
@given(st.text(max_size=40))
def test_not_confident_result_is_current_default_or_greeting(text):
    lang, conf = choose_language(None, text, None, False, NL)
    if not conf:
        assert lang == (greeting_language(text) or NL)
    else:
        assert lang in (explicit_choice(text), detect_language(text))


@FAST
@given(st.one_of(WORD_SALAD, st.text(max_size=120)))
def test_a_named_language_beats_every_other_by_the_margin(text):
    """Detection is per pack: the named language's score against each other
    registered language is at least its margin over the runner-up, and the
    margin reaches the threshold."""
    a = lang_mod.analyse(text)
    assert set(a.votes) == set(lang_mod.LANGUAGES)
    if a.language is None:
        return
    assert a.runner_up in lang_mod.LANGUAGES and a.runner_up != a.language
    assert a.margin >= lang_mod.DETECT_THRESHOLD
    for other in lang_mod.LANGUAGES:
        if other != a.language:
            assert lang_mod._pair_score(a.language, other, a.votes, a.lingua) >= a.margin - 1e-9
            assert lang_mod._pair_score(other, a.language, a.votes, a.lingua) <= -a.margin + 1e-9
