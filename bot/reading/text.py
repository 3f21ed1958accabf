"""The one text normaliser of the readers (answers, red flags, durations, language).

Pure Python (no Rasa import).  Every reader turns what a person typed into a
comparable string here, and only here (``tests/unit/test_language_packs.py``
checks that no reader calls ``unicodedata`` itself):

- :func:`as_text` -- any input (None, bytes, numbers, a 10 MB string) to a
  bounded ``str`` ('' when unusable); never raises.
- :func:`normalise` -- the comparable form:

  * ``keep_accents=False`` (the pattern readers: red flags, answers): Unicode
    compatibility decomposition (NFKD), accents dropped ("één" -> "een",
    "knieën" -> "knieen"), ligatures spelt out ("sœur" -> "soeur"), lower case.  Quotes and punctuation are left to the
    reader (the red-flag reader reads "don't" and "m'n" itself).
  * ``keep_accents=True`` (language choice, where accents are evidence):
    NFKC, control characters to spaces, curly quotes and backticks to ``'``,
    case folded, stripped.

- :func:`normalise_indexed` -- the accent-free lower-case form one character
  at a time, with for each output character the index of the input character
  it came from (the duration reader reports where in the message it read a
  duration).  Curly quotes become ``'``, dashes ``-``, non-breaking spaces
  spaces; "½" is kept as it is (a digit for the duration reader).

The language packs (``bot/lang/<code>/``) are written in the folded form:
lower case, no accents.
"""

from __future__ import annotations

import unicodedata
from typing import Any, Dict, List, Optional, Tuple

from bot.reading import regex as re

__all__ = ["as_text", "light_fold", "normalise", "normalise_indexed", "strip_accents", "without_apostrophes"]

_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'"})

#: characters the indexed form maps before folding (quotes, dashes, spaces)
CHAR_MAP: Dict[str, str] = {
    "\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
    "\u2212": "-", "\u00a0": " ", "\u202f": " ", "\u00bd": "\u00bd",
    # ligatures have no decomposition: "sœur" must read as the packs' "soeur" (a sister's cancer was the patient's)
    "\u0153": "oe", "\u0152": "oe", "\u00e6": "ae", "\u00c6": "ae",
}
_LIGATURES = str.maketrans({"\u0153": "oe", "\u0152": "OE", "\u00e6": "ae", "\u00c6": "AE"})


def as_text(
    value: Any,
    limit: Optional[int] = None,
    *,
    errors: str = "ignore",
    byte_limit: Optional[int] = None,
) -> str:
    """``value`` as a string of at most ``limit`` characters ('' if not text).

    Bytes are decoded as UTF-8 (``errors``: "ignore" or "replace"), the first
    ``byte_limit`` bytes only when given.
    """
    if isinstance(value, (bytes, bytearray)):
        raw = bytes(value if byte_limit is None else value[:byte_limit])
        value = raw.decode("utf-8", errors=errors)
    if not isinstance(value, str):
        return ""
    return value if limit is None else value[:limit]


_MARKUP_RE = re.compile(r"<[^<>]{0,200}>")


def without_markup(text: str) -> str:
    """``text`` with its HTML or XML tags made spaces ("<script>alert(1)</script>" names no "script", the British
    word for a prescription)."""
    return _MARKUP_RE.sub(" ", text) if "<" in text else text


def strip_accents(text: str, form: str = "NFKD") -> str:
    """Decompose (``form``: NFKD or NFD) and drop the combining marks."""
    return "".join(ch for ch in unicodedata.normalize(form, text) if not unicodedata.combining(ch))


def normalise(text: str, *, keep_accents: bool = False) -> str:
    """The comparable form of ``text`` (a ``str``; see the module docstring)."""
    if keep_accents:
        text = unicodedata.normalize("NFKC", text)
        text = _CONTROL_RE.sub(" ", text)
        return text.translate(_QUOTES).casefold().strip()
    return strip_accents(text.translate(_LIGATURES)).lower()


#: every apostrophe people type: straight, curly, the modifier letter, the backtick and the acute accent
APOSTROPHE_RE = re.compile(r"['\u2019\u2018\u02bc`\u00b4]")


def without_apostrophes(text: str) -> str:
    """``text`` with its apostrophes dropped ("can't" -> "cant", "m'n" -> "mn")."""
    return APOSTROPHE_RE.sub("", text)


def light_fold(text: str) -> str:
    """``text`` lower case without accents or apostrophes ("can't" -> "cant"), each run of clause punctuation one
    " , " token and other signs spaces: the form that keeps where a clause ends."""
    out = without_apostrophes(strip_accents(text.lower()))
    out = re.sub(r"[,.!?;:\n]+", " , ", out)
    return " ".join(re.sub(r"[^\w\s,]", " ", out).split())


def _fold_char(ch: str) -> str:
    rep = CHAR_MAP.get(ch)
    if rep is not None:
        return rep
    if ch.isascii():
        return ch.lower()
    return strip_accents(ch.lower(), "NFD")


def normalise_indexed(text: str) -> Tuple[str, List[int]]:
    """Lower case without accents, and for each output char its index in ``text``."""
    out: List[str] = []
    index: List[int] = []
    for i, ch in enumerate(text):
        for c in _fold_char(ch):
            out.append(c)
            index.append(i)
    return "".join(out), index


def deletions(word: str) -> List[str]:
    """``word`` with one letter left out, each way: the keys of a one-edit typo index
    (SymSpell's idea; two words one edit apart share one of them or each other)."""
    return [word[:i] + word[i + 1 :] for i in range(len(word))]
