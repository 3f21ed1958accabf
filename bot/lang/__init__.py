"""Language packs: everything specific to one language, one folder per language.

Pure Python (no Rasa import).  ``bot/lang/<code>/`` holds that language's
words and patterns as Python modules, one per reader:

- ``numbers``  -- the number words (the one number table of the language);
- ``duration`` -- units, quantity words, dates, holidays, and the phrase
  patterns of dates, "since", "between", ranges and corrections (bot/reading/duration.py);
- ``language`` -- the lexicon, names, request words and greetings that tell
  the language apart and recognise an explicit choice (bot/reading/language.py);
- ``redflags`` -- every flag's patterns, the normaliser's phrase rewrites,
  negation cues, contrast and joining words, street spelling and typos read by
  the red-flag reader (bot/reading/redflags.py);
- ``answers``  -- every answer's patterns (onset, leg pain, weakness, stories,
  corrections, age), the buttons, yes/no/not-sure words, street spelling and
  colloquial phrases, possessives, left/right (bot/reading/answers.py);
- ``questions`` -- the words that join two questions in one message, stem
  endings and separable particles (bot/reading/faq.py);
- ``lemma_forms`` -- generated: every form of the lemmas the pack's patterns
  name as ``{~lemma}`` (bot/lang/lemmas.py, from spaCy's lookup tables).

Patterns are templates: ``{NAME}`` in a pattern is the merged alternation of
table NAME of every pack, so a message mixing the languages reads as before;
``{~lemma}`` is every form of that lemma ("{~klappen}": klapt, klapte, geklapt...).

The engines (bot/reading/answers.py, bot/reading/redflags.py, bot/reading/duration.py,
bot/reading/language.py) are the same code for every language: they ask this registry
for the packs and loop over them.  Every pack provides the same names in each
module (tests/unit/test_language_packs.py), so a table missing from a new
pack fails loudly.  Adding a language = adding ``bot/lang/<code>/`` with the
same modules and its code in :data:`CODES`.

Tables are written in the readers' folded form (bot/reading/text.py): lower case,
accents dropped.
"""

from __future__ import annotations

import importlib
import re
from types import ModuleType
from typing import Any, Dict, Iterator, Mapping, Optional, Tuple

#: The registered packs, in the order the engines merge their tables.
CODES: Tuple[str, ...] = ("en", "nl", "fr")

#: The modules every pack provides.
MODULES: Tuple[str, ...] = ("numbers", "duration", "language", "redflags", "answers", "questions", "lemma_forms")


def pack(code: str) -> ModuleType:
    """The pack of one language (``bot.lang.<code>``); KeyError when unknown."""
    if code not in CODES:
        raise KeyError(code)
    return importlib.import_module(f"bot.lang.{code}")


def module(code: str, name: str) -> ModuleType:
    """One module of one pack: ``module("nl", "duration")``."""
    pack(code)
    return importlib.import_module(f"bot.lang.{code}.{name}")


PACKS: Dict[str, ModuleType] = {code: pack(code) for code in CODES}


def tables(name: str, attribute: str) -> Iterator[Tuple[str, Any]]:
    """(code, table) for one table of every pack, in pack order."""
    for code in CODES:
        yield code, getattr(module(code, name), attribute)


def merged(name: str, attribute: str) -> Any:
    """One table of every pack merged in pack order: dicts updated (a later
    pack wins on a shared key), tuples and lists concatenated without repeats,
    sets united."""
    out: Any = None
    for _code, table in tables(name, attribute):
        if out is None:
            out = dict(table) if isinstance(table, dict) else table
            out = tuple(dict.fromkeys(out)) if isinstance(out, (tuple, list)) else out
        elif isinstance(table, dict):
            out.update(table)
        elif isinstance(table, (frozenset, set)):
            out = out | table
        else:
            out = tuple(dict.fromkeys(tuple(out) + tuple(table)))
    return out


# "{NAME}" in a pattern of a pack or an engine; a regex quantifier ("{0,3}") has digits,
# so it is left alone.
SLOT = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")


def alternation(name: str, table: str, pieces: Optional[Mapping[str, str]] = None, space: str = " ") -> str:
    """Table ``table`` of module ``name`` of every pack as one regex alternation, in pack
    order: "(?:since|sinds)", each entry's own slots filled and its spaces written as
    ``space``. A table empty in every pack never matches ("(?!)"): an empty group would
    match everywhere."""
    words = merged(name, table)
    if not words:
        return "(?!)"
    return "(?:" + "|".join(fill(name, word.replace(" ", space), pieces, space) for word in words) + ")"


def fill(name: str, template: str, pieces: Optional[Mapping[str, str]] = None, space: str = " ") -> str:
    """A pattern template with each ``{NAME}`` slot replaced by the engine's own piece of
    that name (``pieces``: composites it built from the packs) or else by
    :func:`alternation` of the packs' table NAME of module ``name``. So a message that
    mixes the languages reads as one language would, and a new pack fills the slots
    without editing the engine."""
    from bot.lang import lemmas

    pieces = pieces or {}
    template = lemmas.LEMMA_SLOT.sub(lambda m: lemmas.alternation(m.group(1)), template)
    return SLOT.sub(
        lambda m: pieces[m.group(1)] if m.group(1) in pieces else alternation(name, m.group(1), pieces, space),
        template,
    )
