"""bot/patches/no_turn_messages.py: which messages are no turn at all.
(Through the real servers: tests/e2e/test_bad_input.py.)"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.patches.no_turn_messages import (
    COMMAND_RESPONSE,
    EMPTY_RESPONSE,
    MAX_MESSAGE_CHARS,
    OTHER_LANGUAGE_RESPONSE,
    TOO_LONG_RESPONSE,
    no_turn_reason,
    other_language,
)

ROOT = Path(__file__).resolve().parents[2]


EN_NL = ("en", "nl")  # a practice that does not offer French


@pytest.mark.parametrize("text, reason", [
    (None, EMPTY_RESPONSE), ("", EMPTY_RESPONSE), ("  \n\t", EMPTY_RESPONSE),
    ("x" * (MAX_MESSAGE_CHARS + 1), TOO_LONG_RESPONSE), ("x" * MAX_MESSAGE_CHARS, None),
    ("blah " * 2000 + "I can't feel my bum", None),  # a red flag is never held back
    ("j'ai mal au dos depuis une semaine", None),  # French is spoken
    ("Ich habe seit zwei Wochen Rückenschmerzen", OTHER_LANGUAGE_RESPONSE),
    ("3 weeks", None), ("ja", None), ("😀", None),
])
def test_no_turn_reason(text, reason):
    assert no_turn_reason(text) == reason


def test_a_language_the_practice_does_not_offer_is_no_turn():
    assert no_turn_reason("j'ai mal au dos depuis une semaine", EN_NL) == OTHER_LANGUAGE_RESPONSE
    assert no_turn_reason("j'ai mal au dos depuis une semaine", ("nl", "en", "fr")) is None


# (text, with every pack offered, with a practice that offers English and Dutch)
OTHER_LANGUAGE_CASES = [
    ("j'ai mal au dos", None, "fr"),
    ("Bonjour, vous parlez français ?", None, "fr"),
    ("en français svp", None, "fr"),  # asks for a language that is not offered
    ("j'ai très mal au bas du dos depuis hier", None, "fr"),
    ("ich habe rückenschmerzen", "de", "de"),
    ("mir tut der Rücken weh", "de", "de"),
    ("Sprechen Sie Deutsch?", "de", "de"),
    ("Ich habe seit gestern Schmerzen im Bein", "de", "de"),
    # not clearly another language: left to the NLU
    ("merci", None, None), ("bonjour", None, None), ("bonjour, my back hurts since monday", None, None),
    ("hallo", None, None), ("ok merci", None, None), ("allee amai mijn rug", None, None),
    ("ik heb al 3 weken pijn", None, None), ("die pijn is erg", None, None),
    ("I have pain in my back since a week", None, None), ("c'mon", None, None),
    ("kan je het in het Nederlands zeggen", None, None), ("in English please", None, None),
    ("ik kan mijn plas niet ophouden", None, None),
    # a red flag is never held back, in a language offered or not
    ("j'ai mal au dos et I can't feel my bum", None, None),
    ("je ne sens plus mes fesses et j'ai mal au dos", None, None),
]


@pytest.mark.parametrize("text, every_pack, en_nl", OTHER_LANGUAGE_CASES)
def test_other_language(text, every_pack, en_nl):
    assert other_language(text) == every_pack
    assert other_language(text, EN_NL) == en_nl


def _training_examples():
    texts = []
    # English and Dutch examples: none may be taken for French where French is not offered
    nlu_files = [p for p in sorted((ROOT / "data" / "nlu").glob("*.yml")) if not p.name.startswith("fr_")]
    for path in [*nlu_files, ROOT / "tests" / "nlu" / "test_nlu.yml"]:
        for item in yaml.safe_load(path.read_text(encoding="utf-8")).get("nlu", []):
            if item.get("intent") == "out_of_scope":
                continue  # holds French, German, Spanish... examples on purpose
            if (item.get("metadata") or {}).get("language") == "fr":
                continue  # the French held-out blocks
            for line in (item.get("examples") or "").splitlines():
                line = line.strip()
                if line.startswith("- "):
                    texts.append(re.sub(r"\[([^\]]*)\](?:\([^)]*\)|\{[^}]*\})", r"\1", line[2:]))
    rows = yaml.safe_load((ROOT / "tests" / "data" / "language_messages.yml").read_text(encoding="utf-8"))
    texts += [row["text"] for row in rows if row.get("lang") in ("en", "nl")]
    return texts


def test_no_english_or_dutch_example_is_taken_for_french_or_german():
    examples = _training_examples()
    assert len(examples) > 1500
    wrong = [text for text in examples if other_language(text, EN_NL)]
    assert wrong == []


def test_every_french_example_is_spoken_where_french_is_offered():
    texts = []
    for path in [*sorted((ROOT / "data" / "nlu").glob("fr_*.yml")), ROOT / "tests" / "nlu" / "test_nlu.yml"]:
        for item in yaml.safe_load(path.read_text(encoding="utf-8")).get("nlu", []):
            if item.get("intent") == "out_of_scope":
                continue  # holds German and other examples on purpose
            if path.name == "test_nlu.yml" and (item.get("metadata") or {}).get("language") != "fr":
                continue
            texts += [line.strip()[2:] for line in (item.get("examples") or "").splitlines()
                      if line.strip().startswith("- ")]
    assert len(texts) > 1900
    assert [text for text in texts if other_language(text)] == []


@settings(max_examples=300)
@given(st.one_of(st.text(), st.none(), st.integers(), st.binary(), st.text(alphabet="jaiéèdosichbe' ", max_size=60)))
def test_helpers_never_raise(text):
    assert other_language(text) in ("de", None)
    assert other_language(text, EN_NL) in ("fr", "de", None)
    assert no_turn_reason(text) in (None, EMPTY_RESPONSE, TOO_LONG_RESPONSE, OTHER_LANGUAGE_RESPONSE,
                                    COMMAND_RESPONSE)


@pytest.mark.parametrize("text", ["/report_red_flag", '/inform{"triage_level": "physio"}', "  /affirm  ",
                                  '/report_red_flag{"red_flag": "fever"}', "/greet@0.9"])
def test_typed_intent_syntax_is_no_turn(text):
    assert no_turn_reason(text) == COMMAND_RESPONSE


@pytest.mark.parametrize("text", ["/my back hurts", "my back / leg hurts", "i/o", "3/10 pain"])
def test_words_after_a_slash_are_a_turn(text):
    assert no_turn_reason(text) is None
