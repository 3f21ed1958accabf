"""Meaning-preserving perturbations of a patient's message, for the robustness tests.

Every function is pure and deterministic: ``text -> text`` (the ones that need a
choice take a ``seed``, by default :func:`seed_of` the text, so one message always
gets the same perturbation). A perturbation never changes what a careful
clinician reads from the message:

- :func:`lower` -- lower-casing.
- :func:`strip_punctuation` -- every Unicode punctuation character (category P*)
  goes; apostrophes are dropped (``can't`` -> ``cant``, ``'k`` -> ``k``), any other
  mark becomes a space. Only a mark *between two digits* stays (``38.4``,
  ``38,7``, ``8-9``, ``24/7``): ``38.4`` -> ``38 4`` or ``384`` would change the
  number itself, which no patient does by typing without punctuation.
- :func:`strip_accents` -- accents and diaeresis off letters (``é`` -> ``e``,
  ``ë`` -> ``e``, ``één`` -> ``een``); emoji and other symbols are left alone.
- :func:`typo` -- one typo in one content word: a word of 5+ letters that is
  not a negation word (:data:`NEGATIONS`) nor a number word (:data:`NUMBER_WORDS`)
  and touches no digit; one deletion, one substitution (a QWERTY neighbour) or
  one adjacent transposition, chosen from the seed. A message without such a
  word is returned unchanged.
- :func:`add_noise` -- an emoji or " lol" / " haha" at the end (:data:`NOISE`,
  chosen from the seed).
- :func:`swap_flemish` -- Dutch/Flemish forms swapped both ways, whole words
  only, case kept: ``niet`` <-> ``nie``, ``geen`` <-> ``gene``, ``ik`` <-> ``'k``.
- :func:`inflect` -- one regular verb in the other tense, from spaCy's lookup tables
  (spacy-lookups-data): English "-ed" -> "-ing" ("dropped" -> "dropping"), Dutch
  present "-t" <-> past "-de"/"-te" ("klapt" <-> "klapte"); kinds ``tense_en`` and
  ``tense_nl``, one per language.

:data:`KINDS` names them (kind -> function taking ``text`` and an optional
``seed``) and :data:`LANGUAGES_OF` says which corpus languages each applies to.
"""

from __future__ import annotations

import functools
import random
import re
import unicodedata
import zlib
from typing import Callable, Dict, List, Optional, Tuple

#: Words a typo never touches: negations (en, nl, Flemish) and near-negations.
NEGATIONS = frozenset("""
no not never nothing none nobody nowhere neither nor nope nah cannot without hardly barely
cant can't dont don't doesnt doesn't didnt didn't isnt isn't wasnt wasn't arent aren't werent
weren't havent haven't hasnt hasn't hadnt hadn't wont won't wouldnt wouldn't couldnt couldn't
shouldnt shouldn't aint ain't
geen gene niet nie nooit niks niets nee neen nergens niemand noch zonder amper nauwelijks
""".split())

#: Number words (and ordinals) a typo never touches, en and nl.
NUMBER_WORDS = frozenset("""
zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
sixteen seventeen eighteen nineteen twenty thirty forty fourty fifty sixty seventy eighty ninety
hundred thousand half dozen couple first second third fourth fifth sixth seventh eighth ninth
tenth once twice
nul een één twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien
zestien zeventien achttien negentien twintig dertig veertig vijftig zestig zeventig tachtig
negentig honderd duizend half halve anderhalf anderhalve eerste tweede derde vierde vijfde
zesde zevende achtste negende tiende twaalfde
""".split())
# Dutch writes compound numbers as one word: "achtenveertig", "vijfenzestig", "drieënhalf".
_NL_NUMBER_PART = (
    "een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|"
    "zestien|zeventien|achttien|negentien|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|"
    "negentig|honderd|duizend|half|halve|en|ën")
_NL_COMPOUND_NUMBER = re.compile(rf"(?:{_NL_NUMBER_PART})+(?:ste|de)?")

MIN_TYPO_LETTERS = 5
TYPO_OPS = ("deletion", "substitution", "transposition")
#: What :func:`add_noise` may append.
NOISE = (" 😩", " lol", " haha", " 😭😭", " 🙏")

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_APOSTROPHES = "'’‘`´"
_QWERTY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def _qwerty_neighbours() -> Dict[str, str]:
    where = {ch: (r, c) for r, row in enumerate(_QWERTY_ROWS) for c, ch in enumerate(row)}
    out = {}
    for ch, (r, c) in where.items():
        near = [other for other, (r2, c2) in where.items()
                if other != ch and abs(r2 - r) <= 1 and abs(c2 - c) <= 1]
        out[ch] = "".join(sorted(near))
    return out


QWERTY_NEIGHBOURS = _qwerty_neighbours()


def seed_of(text: str) -> int:
    """The deterministic seed of a message (CRC32 of its UTF-8 text)."""
    return zlib.crc32(text.encode("utf-8"))


# ---------------------------------------------------------------- 1. lower-casing
def lower(text: str, seed: Optional[int] = None) -> str:
    return text.lower()


# ---------------------------------------------------------------- 2. punctuation
def _is_punct(ch: str) -> bool:
    return unicodedata.category(ch).startswith("P")


def strip_punctuation(text: str, seed: Optional[int] = None) -> str:
    out: List[str] = []
    for i, ch in enumerate(text):
        if not _is_punct(ch):
            out.append(ch)
            continue
        if 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit():
            out.append(ch)  # 38.4, 38,7, 8-9: the number itself
        elif ch in _APOSTROPHES:
            continue  # can't -> cant
        else:
            out.append(" ")
    return re.sub(r"[ \t]{2,}", " ", "".join(out)).strip()


# ---------------------------------------------------------------- 3. accents
def strip_accents(text: str, seed: Optional[int] = None) -> str:
    out = []
    for ch in text:
        if ch.isalpha():
            ch = "".join(c for c in unicodedata.normalize("NFD", ch) if unicodedata.category(c) != "Mn")
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


# ---------------------------------------------------------------- 4. one typo
def is_number_word(word: str) -> bool:
    low = word.lower()
    return low in NUMBER_WORDS or bool(_NL_COMPOUND_NUMBER.fullmatch(low))


def is_protected(word: str) -> bool:
    """A negation or number word (a typo never touches it)."""
    low = word.lower().replace("’", "'")
    return low in NEGATIONS or low.replace("'", "") in NEGATIONS or is_number_word(low)


def content_words(text: str) -> List[Tuple[int, int]]:
    """Spans of the words a typo may touch: 5+ letters only, not protected, no digit next to them."""
    spans = []
    for m in _WORD.finditer(text):
        word = m.group()
        if not word.isalpha() or len(word) < MIN_TYPO_LETTERS or is_protected(word):
            continue
        before = text[m.start() - 1] if m.start() > 0 else ""
        after = text[m.end()] if m.end() < len(text) else ""
        if before.isdigit() or after.isdigit():
            continue
        spans.append(m.span())
    return spans


def _substitute(ch: str, rng: random.Random) -> str:
    base = unicodedata.normalize("NFD", ch.lower())[0]
    choices = QWERTY_NEIGHBOURS.get(base) or "etaoinsrh"
    new = rng.choice([c for c in choices if c != ch.lower()])
    return new.upper() if ch.isupper() else new


def typo_word(word: str, rng: random.Random, op: Optional[str] = None) -> Tuple[str, str]:
    """One edit of ``word`` (different from it): (new word, the operation)."""
    op = op or rng.choice(TYPO_OPS)
    if op == "transposition":
        pairs = [i for i in range(len(word) - 1) if word[i].lower() != word[i + 1].lower()]
        if not pairs:
            op = "deletion"
        else:
            i = rng.choice(pairs)
            return word[:i] + word[i + 1] + word[i] + word[i + 2:], op
    i = rng.randrange(len(word))
    if op == "deletion":
        return word[:i] + word[i + 1:], op
    return word[:i] + _substitute(word[i], rng) + word[i + 1:], "substitution"


def typo_with_op(text: str, seed: Optional[int] = None) -> Tuple[str, Optional[str]]:
    """:func:`typo` and the operation used (None when the message has no content word)."""
    rng = random.Random(seed_of(text) if seed is None else seed)
    spans = content_words(text)
    if not spans:
        return text, None
    start, end = rng.choice(spans)
    word = text[start:end]
    for _ in range(20):  # a typo must not turn the word into a negation or number word
        new, op = typo_word(word, rng)
        if new.lower() != word.lower() and not is_protected(new):
            return text[:start] + new + text[end:], op
    raise AssertionError(f"no typo found for {word!r}")  # pragma: no cover


def typo(text: str, seed: Optional[int] = None) -> str:
    return typo_with_op(text, seed)[0]


# ---------------------------------------------------------------- 5. noise
def add_noise(text: str, seed: Optional[int] = None) -> str:
    rng = random.Random(seed_of(text) if seed is None else seed)
    return text + rng.choice(NOISE)


# ---------------------------------------------------------------- 6. Flemish forms
FLEMISH_SWAPS = {"niet": "nie", "nie": "niet", "geen": "gene", "gene": "geen", "ik": "'k", "'k": "ik", "’k": "ik"}
_SWAP = re.compile(r"(?<![\w'’])(?:niet|nie|geen|gene|ik|['’]k)(?![\w'’])", re.IGNORECASE)


def _keep_case(old: str, new: str) -> str:
    if new[0] in _APOSTROPHES:
        return new  # 'k is written in lower case, also at the start of a sentence
    letters = [c for c in old if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) > 1:
        return new.upper()
    if letters and letters[0].isupper():
        i = next(i for i, c in enumerate(new) if c.isalpha())
        return new[:i] + new[i].upper() + new[i + 1:]
    return new


def swap_flemish(text: str, seed: Optional[int] = None) -> str:
    return _SWAP.sub(lambda m: _keep_case(m.group(), FLEMISH_SWAPS[m.group().lower()]), text)


Perturbation = Callable[..., str]
KINDS: Dict[str, Perturbation] = {
    "lower": lower,
    "no_punctuation": strip_punctuation,
    "no_accents": strip_accents,
    "typo": typo,
    "noise": add_noise,
    "flemish_swap": swap_flemish,
}
LANGUAGES_OF: Dict[str, Tuple[str, ...]] = {kind: ("en", "nl") for kind in KINDS}
LANGUAGES_OF["flemish_swap"] = ("nl",)


# ---------------------------------------------------------------- 7. another tense
#: Words whose other forms are other words (the side of the body) or another meaning.
NOT_INFLECTED = frozenset("left".split())


def _tense_class(form: str, language: str) -> Optional[str]:
    """The tense forms :func:`inflect` swaps between, without a part-of-speech tagger.

    Regular forms only (an irregular past like "ground" or "worse" shares its letters
    with another word). English: a past "-ed" form ("dropped") becomes the "-ing"
    form ("dropping"); never the other way ("no feeling" is a noun). Dutch: a finite
    singular form, present "-t" ("klapt") or past "-de"/"-te" ("klapte"), becomes the
    other (no participles, infinitives or plurals: "afgevallen", "voelend").
    """
    if language == "en":
        return "ing" if form.endswith("ing") else "past" if form.endswith("ed") else None
    if form.startswith("ge") or form.endswith("ende") or not form.endswith(("t", "de", "te")):
        return None
    return "past" if form.endswith(("de", "te")) else "present"


_TENSE_SWAP = {"en": {"past": "ing"}, "nl": {"present": "past", "past": "present"}}


@functools.cache
def _forms_of(language: str) -> Dict[str, Tuple[str, ...]]:
    """Verb form -> the forms of its lemma in the other tense (spaCy's lookup tables,
    spacy-lookups-data: the table maps each form to its lemma, not its part of speech)."""
    import gzip
    import json
    from importlib.resources import files

    path = files("spacy_lookups_data") / "data" / f"{language}_lemma_lookup.json.gz"
    table = json.loads(gzip.decompress(path.read_bytes()))
    by_lemma: Dict[str, List[str]] = {}
    for form, lemma in table.items():
        if form.isalpha() and form.islower() and form != lemma and len(form) >= 4:
            by_lemma.setdefault(lemma, []).append(form)
    out: Dict[str, Tuple[str, ...]] = {}
    for forms in by_lemma.values():
        for form in forms:
            wanted = _TENSE_SWAP[language].get(_tense_class(form, language) or "")
            others = sorted(f for f in forms if wanted and _tense_class(f, language) == wanted)
            if others:
                out[form] = tuple(others)
    return out


def inflect(text: str, language: str, seed: Optional[int] = None) -> str:
    """One verb in the other tense ("my foot slapped" -> "my foot slapping", "klapt" -> "klapte").

    A word of 4+ letters, not a negation or number word; the new form comes from the
    language's lookup table and is chosen from the seed. Unchanged when no word has one.
    """
    rng = random.Random(seed_of(text) if seed is None else seed)
    forms = _forms_of(language)
    spans = [m.span() for m in _WORD.finditer(text)
             if m.group().lower() in forms and not is_protected(m.group())
             and m.group().lower() not in NOT_INFLECTED]
    if not spans:
        return text
    start, end = rng.choice(spans)
    new = rng.choice(forms[text[start:end].lower()])
    return text[:start] + _keep_case(text[start:end], new) + text[end:]


def inflect_en(text: str, seed: Optional[int] = None) -> str:
    return inflect(text, "en", seed)


def inflect_nl(text: str, seed: Optional[int] = None) -> str:
    return inflect(text, "nl", seed)


KINDS["tense_en"] = inflect_en
KINDS["tense_nl"] = inflect_nl
LANGUAGES_OF["tense_en"] = ("en",)
LANGUAGES_OF["tense_nl"] = ("nl",)
