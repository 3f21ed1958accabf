"""Every form of a lemma (bot/lang/lemmas.py): packs write "{~klappen}", spaCy's lookup
tables (spacy-lookups-data) give the forms, and the readers know the other tenses.

The sentences below were each read wrong before the packs used lemmas (checked against
the readers of 8024a89): a foot that "klapte" instead of "klapt", a knee that "plooide".
"""

from __future__ import annotations

import gzip
import json
import re
from datetime import date
from importlib.resources import files

import pytest

from bot import lang
from bot.lang import lemmas
from bot.reading import answers, duration, language, redflags

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize("code", lang.CODES)
def test_generated_forms_are_current(code):
    """The pack's lemma_forms.py is what spaCy's tables give for the lemmas the pack uses."""
    path = lemmas.PACK_DIR / code / lemmas.FILE_NAME
    assert path.read_text(encoding="utf-8") == lemmas.render(code), (
        f"{path} is stale: run `.venv/bin/python -m bot.lang.lemmas`"
    )


@pytest.mark.parametrize("code", lang.CODES)
def test_every_lemma_has_other_forms(code):
    forms = lang.module(code, "lemma_forms").FORMS
    for lemma in lemmas.used_lemmas(code):
        assert len(forms[lemma]) > 1, f"{{~{lemma}}}: spaCy's {code} table knows no other form (a typo?)"


def test_a_french_form_is_a_form_of_each_lemma_in_its_list():
    """spaCy's French table gives a list of lemmas per form ("dors": ["dormir"]), English and
    Dutch a string: {~dormir} in a French pattern must still match "dors" and "dormais"."""
    table = json.loads(gzip.decompress((files("spacy_lookups_data") / "data" / "fr_lemma_lookup.json.gz").read_bytes()))
    assert table["dors"] == ["dormir"] and table["était"] == ["être"]  # list-valued in the real table
    forms = lemmas.forms_from_tables("fr", ["dormir", "etre"])
    assert forms["dormir"][0] == "dormir" and {"dors", "dormais", "dormi"} <= set(forms["dormir"])
    assert {"etait", "sont", "es"} <= set(forms["etre"])  # folded like the readers' text


def test_a_form_with_two_lemmas_counts_for_both_in_a_fixed_order():
    assert lemmas.lemmas_of(["suivre", "être"]) == ("etre", "suivre")
    assert lemmas.lemmas_of("klappen") == ("klappen",)


def test_an_unknown_lemma_says_how_to_fix_it():
    with pytest.raises(KeyError, match="python -m bot.lang.lemmas"):
        lang.fill("redflags", r"\b{~notaverbatall}\b")


def _patterns(value):
    if isinstance(value, re.Pattern):
        yield value
    elif isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            yield from _patterns(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _patterns(item)
    elif isinstance(getattr(value, "regex", None), re.Pattern):
        yield value.regex


@pytest.mark.parametrize("reader", [redflags, answers, duration, language], ids=lambda m: m.__name__)
def test_no_slot_is_left_unfilled(reader):
    """A table used without bot.lang.fill would match "{~klappen}" literally: never."""
    unfilled = re.compile(r"\{~[a-z]+\}|\{[A-Z][A-Z0-9_]*\}")
    left = [(name, p.pattern[:80]) for name, value in vars(reader).items() for p in _patterns(value)
            if unfilled.search(p.pattern)]
    assert not left


@pytest.mark.parametrize("text, flags", [
    ("mijn voet klapte op de grond bij elke stap", {"leg_weakness": "worsening"}),
    ("mijn knie plooide onder mij", {"leg_weakness": "worsening"}),
    ("mijn been plooide soms onder mij", {"leg_weakness": "worsening"}),
    ("been dropping dress sizes without trying", {"weight_loss": True}),
])
def test_red_flags_in_another_tense(text, flags):
    assert redflags.find_red_flags(text) == flags


@pytest.mark.parametrize("slot, text, value", [
    ("onset", "I was tackling a player at rugby", "trauma"),
    ("leg_weakness", "mijne voet klapte op de grond", "worsening"),
])
def test_answers_in_another_tense(slot, text, value):
    assert answers.parse_answer(slot, text, TODAY) == value


def test_the_tense_matters_where_the_pack_spells_forms_out():
    """Lemmas are used where every form means the same; a fall is a past event."""
    assert redflags.find_red_flags("ik struikel de hele tijd over mijn rechtervoet") == {"leg_weakness": "worsening"}
