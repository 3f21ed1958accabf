"""The language packs' structure (issue 12): one folder per language, the same
names in every pack, engines without word lists of their own, one normaliser.

A new language (French, issue 13) is a new folder in bot/lang/ and its code in
bot.lang.CODES; these tests then say what it still lacks.
"""

from __future__ import annotations

import ast
import importlib
import re
import types
from pathlib import Path

import pytest

from bot import lang
from bot.reading import text as text_mod

ROOT = Path(__file__).resolve().parents[2]
ENGINES = ("bot/reading/answers.py", "bot/reading/redflags.py", "bot/reading/duration.py", "bot/reading/language.py")
LANGUAGE_PREFIXES = tuple(
    f"{underscore}{code.upper()}_" for code in lang.CODES for underscore in ("", "_")
)


def _public_tables(module: types.ModuleType) -> set[str]:
    return {
        name
        for name, value in vars(module).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType) and not callable(value)
    }


def test_every_registered_code_has_a_pack_folder():
    for code in lang.CODES:
        assert (ROOT / "bot" / "lang" / code / "__init__.py").is_file(), code
        assert lang.pack(code).CODE == code
    folders = {p.name for p in (ROOT / "bot" / "lang").iterdir() if (p / "__init__.py").is_file()}
    assert folders == set(lang.CODES), "a pack folder that is not registered in bot.lang.CODES (or the reverse)"


def test_unknown_language_is_refused():
    with pytest.raises(KeyError):
        lang.pack("xx")


@pytest.mark.parametrize("module", lang.MODULES)
def test_every_pack_provides_the_same_names(module):
    names = {code: _public_tables(lang.module(code, module)) for code in lang.CODES}
    first = lang.CODES[0]
    for code in lang.CODES[1:]:
        assert names[code] == names[first], (
            f"bot/lang/{code}/{module}.py lacks {sorted(names[first] - names[code])}, "
            f"has in addition {sorted(names[code] - names[first])}"
        )


@pytest.mark.parametrize("module", lang.MODULES)
def test_tables_of_a_name_have_the_same_type_in_every_pack(module):
    first = lang.module(lang.CODES[0], module)
    for code in lang.CODES[1:]:
        other = lang.module(code, module)
        for name in _public_tables(first):
            a, b = getattr(first, name), getattr(other, name)
            if isinstance(a, (dict, tuple, frozenset, set, str)):
                assert isinstance(b, type(a)) or isinstance(a, type(b)), f"{code}.{module}.{name}"


def test_pack_words_are_in_the_readers_folded_form():
    """Lower case and no accents where the reader folds (numbers, durations)."""
    for code in lang.CODES:
        for module in ("numbers", "duration"):
            for name, value in vars(lang.module(code, module)).items():
                if name.startswith("_"):
                    continue
                words = value if isinstance(value, (tuple, frozenset)) else value if isinstance(value, dict) else ()
                for word in words:
                    if isinstance(word, str):
                        assert word == text_mod.normalise(word), f"{code}.{module}.{name}: {word!r}"


def test_the_number_table_is_one_per_language():
    for code in lang.CODES:
        numbers = lang.module(code, "numbers")
        assert numbers.NUMBERS == {**numbers.ZERO, **numbers.UNITS, **numbers.TEENS, **numbers.TENS}
        assert sorted(set(numbers.UNITS.values())) == list(range(1, 10))
        assert sorted(set(numbers.TEENS.values())) == list(range(10, 20))
        assert sorted(set(numbers.TENS.values())) == list(range(20, 100, 10))


def _module_level_names(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        targets = []
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, (ast.AnnAssign, ast.AugAssign)):
            targets = [node.target]
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names.add(node.name)
        for target in targets:
            for sub in ast.walk(target):
                if isinstance(sub, ast.Name):
                    names.add(sub.id)
    return names


@pytest.mark.parametrize("engine", ENGINES)
def test_engines_hold_no_per_language_tables(engine):
    """No EN_/NL_ (or _EN_/_NL_) tables: a language's words live in its pack."""
    names = _module_level_names(ROOT / engine)
    assert not sorted(n for n in names if n.startswith(LANGUAGE_PREFIXES))


@pytest.mark.parametrize("engine", ENGINES)
def test_one_normaliser(engine):
    """Only bot/reading/text.py normalises Unicode; the readers call it."""
    source = (ROOT / engine).read_text(encoding="utf-8")
    assert "unicodedata" not in source
    assert "from bot.reading import text" in source or engine == "bot/reading/answers.py" and "bot.reading.redflags" in source
    assert "_text.normalise" in source or "normalise(" in source


def test_the_number_words_are_read_from_the_packs():
    duration = importlib.import_module("bot.reading.duration")
    assert duration.NUMBER_WORDS == lang.merged("numbers", "NUMBERS")
    for code in lang.CODES:
        for word, value in lang.module(code, "numbers").NUMBERS.items():
            assert duration.NUMBER_WORDS[word] == value


def test_the_language_reader_knows_every_pack():
    language = importlib.import_module("bot.reading.language")
    assert language.LANGUAGES == lang.CODES
    assert set(language.LEXICONS) == set(lang.CODES)
    assert [payload for _title, payload in language.LANGUAGE_BUTTONS] == [f"lang:{c}" for c in lang.CODES]
    for code in lang.CODES:
        assert language.explicit_choice(f"lang:{code}") == code
        for alias in lang.module(code, "language").ALIASES:
            assert language.language_from_metadata({"language": alias[:2]}) in (code, None)


def test_the_normaliser():
    assert text_mod.normalise("Één Knieën") == "een knieen"
    assert text_mod.normalise("  Don\u2019t  ", keep_accents=True) == "don't"
    assert text_mod.normalise("Caf\u00e9\x07", keep_accents=True) == "caf\u00e9"
    assert text_mod.normalise_indexed("Twee\u2013dr\u00efe") == ("twee-drie", [0, 1, 2, 3, 4, 5, 6, 7, 8])
    assert text_mod.as_text(b"caf\xc3\xa9") == "caf\u00e9"
    assert text_mod.as_text(None) == "" and text_mod.as_text(3) == ""
    assert text_mod.as_text("x" * 10, 4) == "xxxx"


_SLOT = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")


def _strings(value):
    """Every string inside a pack table (tuples, sets, dict keys and values)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(key)
            yield from _strings(item)
    elif isinstance(value, (tuple, list, set, frozenset)):
        for item in value:
            yield from _strings(item)


@pytest.mark.parametrize("module", ("redflags", "answers"))
def test_every_slot_of_the_patterns_has_words_in_some_pack(module):
    """A `{NAME}` slot of a pattern is filled with table NAME of every pack; if that table
    were empty in all of them the slot would become an empty alternative, which matches
    anywhere (a red flag read in every message, or none). Each may be empty in one pack."""
    slots = {
        name
        for code in lang.CODES
        for table in _public_tables(lang.module(code, module))
        for text in _strings(getattr(lang.module(code, module), table))
        for name in _SLOT.findall(text)
    }
    # the engine's own skeletons, shaped alike in every language, are made of slots only
    slots |= set(_SLOT.findall((ROOT / "bot" / "reading" / f"{module}.py").read_text(encoding="utf-8")))
    tables = _public_tables(lang.module(lang.CODES[0], module))
    assert slots & tables, f"no pattern of {module} has a slot: this test checks nothing"
    for name in sorted(slots & tables):
        assert lang.merged(module, name), f"{module}.{name} is empty in every pack"
