"""Every form of a word, from spaCy's lookup lemmatizer data (spacy-lookups-data).

A pack's pattern may say ``{~klappen}``: any form of the lemma "klappen"
("klapt", "klapte", "klapten", "geklapt"...), the way spaCy's ``Matcher`` matches
``{"LEMMA": "klappen"}``. So a pack names the verb once and the reader knows the
forms a person may type, where a hand-written list knew "klapt" but not "klapte".
Use it where every form means the same for the rule (a foot that slaps or slapped);
spell the forms out where the tense matters (a fall is a past event).

The forms are read from spaCy's tables once, by ``python -m bot.lang.lemmas``, into
each pack's ``lemma_forms.py`` (only the lemmas the pack uses): the readers load no
table and import no spaCy at run time (spaCy's import pulls TensorFlow into the action
server: 9 s and 350 MB, measured). tests/unit/test_lemma_forms.py fails when a pack
uses a lemma its file lacks or the file differs from the tables.

Pure Python: no Rasa import.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from importlib.resources import files
from pathlib import Path
from typing import Dict, Iterable, Mapping, Sequence, Set, Tuple

from bot import lang
from bot.reading import text as _text

__all__ = ["LEMMA_SLOT", "alternation", "forms_from_tables", "lemmas_of", "render", "used_lemmas", "write"]

#: "{~klappen}" in a pack's pattern: every form of that lemma
LEMMA_SLOT = re.compile(r"\{~([a-z]+)\}")

PACK_DIR = Path(__file__).resolve().parent
FILE_NAME = "lemma_forms.py"


def used_lemmas(code: str) -> Set[str]:
    """The lemmas named as ``{~lemma}`` anywhere in one pack's modules."""
    found: Set[str] = set()
    for path in sorted((PACK_DIR / code).glob("*.py")):
        if path.name != FILE_NAME:
            found.update(LEMMA_SLOT.findall(path.read_text(encoding="utf-8")))
    return found


def lemmas_of(value: str | Sequence[str]) -> Tuple[str, ...]:
    """The lemmas of one form in a lookup table, folded and sorted: English and Dutch give
    one string ("klapte": "klappen"), French a list ("était": ["être"]); a form whose list
    has two lemmas is a form of both."""
    found = [value] if isinstance(value, str) else value
    return tuple(sorted({_text.normalise(lemma) for lemma in found}))


def forms_from_tables(code: str, lemmas: Iterable[str]) -> Dict[str, Tuple[str, ...]]:
    """Each lemma's forms in ``code``'s lookup table, folded like the readers' text (the
    lemma first, then the forms by length, longest first, so a regex tries "klapten"
    before "klapt")."""
    wanted = set(lemmas)
    path = files("spacy_lookups_data") / "data" / f"{code}_lemma_lookup.json.gz"
    table = json.loads(gzip.decompress(path.read_bytes()))
    forms: Dict[str, Set[str]] = {lemma: set() for lemma in wanted}
    for form, value in table.items():
        # the French table gives a list per form ("était": ["être"]): a form of each of them
        for lemma in lemmas_of(value):
            if lemma in wanted:
                forms[lemma].add(_text.normalise(form))
    return {
        lemma: (lemma, *sorted(forms[lemma] - {lemma}, key=lambda f: (-len(f), f)))
        for lemma in sorted(wanted)
    }


def render(code: str) -> str:
    """The text of ``bot/lang/<code>/lemma_forms.py``."""
    forms = forms_from_tables(code, used_lemmas(code))
    lines = [
        f'"""Every form of the lemmas the {code} pack names as {{~lemma}} (bot/lang/lemmas.py).',
        "",
        "Generated from spacy-lookups-data by `python -m bot.lang.lemmas`; do not edit.",
        '"""',
        "",
        "FORMS = {",
    ]
    lines += [f"    {lemma!r}: {tuple(words)!r}," for lemma, words in forms.items()]
    lines += ["}", ""]
    return "\n".join(lines)


def write(codes: Iterable[str] = lang.CODES) -> None:
    for code in codes:
        (PACK_DIR / code / FILE_NAME).write_text(render(code), encoding="utf-8")


def _forms() -> Mapping[str, Tuple[str, ...]]:
    return lang.merged("lemma_forms", "FORMS")


def alternation(lemma: str) -> str:
    """``{~lemma}`` as a regex alternation of its forms: "(?:klappen|klapten|klapte|...)"."""
    forms = _forms().get(lemma)
    if not forms:
        raise KeyError(f"no forms of {lemma!r}: run `python -m bot.lang.lemmas` after adding {{~{lemma}}} to a pack")
    return "(?:" + "|".join(forms) + ")"


if __name__ == "__main__":  # pragma: no cover - the generator
    write(sys.argv[1:] or lang.CODES)
