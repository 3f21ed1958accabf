"""Free text -> whole days since the pain started, in every language of bot.lang.

Pure Python (stdlib only); no Rasa import. The engine is the same code for
every language: a language's words and phrases (units, numbers, dates,
"since"/"sinds", "between"/"tussen", corrections...) live in its pack,
bot/lang/<code>/duration.py and numbers.py, and this module's patterns are
skeletons whose {NAME} slots are those tables merged in pack order (bot.lang.fill).
Adding a language adds a pack; this file does not change. The examples below
are the English and Dutch packs'. Public interface:

    parse_duration(text, today=None) -> int | None
    find_duration(text, today=None) -> DurationMatch | None
    DurationMatch(start, end, days, text)     # frozen dataclass
    MAX_DAYS                                  # 29200 (80 years)

Rules (docs/clinical-rules.md, section Duration):

* Units: day 1, week 7, fortnight 14, month 30, year 365, decade 3650
  (hours and minutes count as fractions of a day, but only with
  "ago"/"geleden"/"since"/"sinds" around them, unless they make a whole
  day or more: "48h" 2, "36 hrs" 2, "72 uur" 3; fewer than 24 hours are
  today, 0, as "since this morning": "depuis 14h" is since 2 pm). Diminutives and short forms
  are units too ("weekjes", "maandje", "jaartje", "daagjes", "weekskes",
  "wks", "mths", "yrs", "2wks", "3mo"). The result is rounded half up:
  floor(x + 0.5), so "half a year" is 183, "anderhalf jaar" 548, "2-3 weeks"
  18 (17.5) and "3 or 4 days" 4 (3.5).
* Typos: a word one edit (insertion, deletion, substitution, or two
  neighbours swapped) from a unit word of 4+ letters is that unit ("3 weaks",
  "5 dyas", "2 monhts", "a yeear", "3 wekne"). Numbers, negations and words
  the parser already knows are never corrected. A real word one edit from a
  unit ("weak", "maar", "haar", "mouth") is a unit only right after a number
  and at the end of the phrase ("3 weak ago"), so "my leg is weak", "a weak
  leg" and "2 weak legs" are not weeks. The other words of a duration
  (weekdays, months, "today"/"gisteren"/..., holidays, "since"/"sinds",
  "about", "geleden", "tomorrow", "begin") are read through one typo too
  ("since thirsday", "sinds zlndag", "otday"), unless the typo is itself a
  word or a name ("since the match", "since julia was born").
* Ranges take the midpoint (of the two lengths in days): "2-3 weeks",
  "2 à 3 weken", "two or three days", "tussen (de) 2 en 3 maanden", "between
  a week and 10 days" (9), a hedged second number before the unit, larger
  but at most twice the first ("two, maybe three months" 75, "2 voire 3 semaines"
  18; "pain 7, maybe 3 weeks" 21), and a second number after the unit: "6 weeks
  maybe 7" (46), "6 weken of 7", "3 days to 2 weeks". After "a"/"een"/"e"/
  "ne" it means "about that many": "a year or two" / "een jaar of twee" /
  "e jaar of drie" / "een week of drie" take the second number ("een week
  of 3 à 4": the midpoint of 3 and 4 weeks; "een week of wat": a few weeks).
* Vague counts: "a couple (of)" / "een koppel" 2, "a few" / "een paar" /
  "e paar" / "several" / "enkele" / "een aantal" 3. A number right after
  settles the count: "a few weeks, 4 I think" 28, "een paar weekjes,
  2 denk ik" 14, "several months, 5 or 6" 165.
* A rough length said again after a comma, hedged or at the end, is the more
  precise one: "a month and a bit, about 5 weeks" 35, "a month ago i think,
  4 weeks" 28 (after "a"/"een" or a vague count only; "6 weeks, maybe 7" is
  a range).
* Flemish "e" is "een" ("e week of vier" 28, "'t is al e paar weken" 21).
* A singular unit on its own, with only words such as "about", "now",
  "already" around it, is one of it: "fortnight" 14, "maand" 30 ("weeks",
  "dag", "per week" are not).
* Today and tomorrow against a length: "vandaag precies een week" 7,
  "2 weeks tomorrow" 13, "morgen is het 3 weken" 20.
* "twee, drie maand" (two numbers in a row after a comma) is a range, and so are two numbers
  told the same way (digits or words) a little apart, the second at most twice the first:
  "tien, twaalf dagen" 11, "six, eight weeks" 49 ("pain 7, 3 weeks" and "7/10, 12 weeks" are not).
  After "a month or two" so ("een maand of twee, drie" 75) whatever word follows, unless it makes the second number
  a count of something else: a unit, a count, a measure, a score, a plural noun ("een week of 3, 4 kinderen" 21).
* Words written as they are said, an apostrophe for a dropped letter ("d'puis sam'di",
  "eune s'maine", "since sat'day", "sinds zat'dag"), are read as the words they stand for
  (the packs' SPOKEN_FORMS).
* A second length with a tolerance after it is a margin, no length: "a month, maybe a week either way" 30,
  "een maand, een week meer of minder" 30, "un mois, une semaine plus ou moins" 30 (the packs' TOLERANCE_AFTER).
* Dialect words with no apostrophe are read as the words they stand for too (the packs' DIALECT_FORMS): "sunt
  zaoterdaag", "e jaor of twie" 730, "a year or twa", "since Setterday", "un mois ou quate".
* Approximate words ("about", "ongeveer", "bijna", "ruim", "al", ...) are not
  part of the match and do not change the value; neither do "3+" and "3ish".
* Relative dates count back from `today` (default: date.today()):
    - "today"/"vandaag"/"this morning"/"vanmorgen"/"vannacht" 0,
      "yesterday"/"gisteren"/"last night" 1, "eergisteren" 2;
    - "last week"/"vorige week" 7, "last month"/"vorige maand" 30,
      "last year"/"vorig jaar" 365; "this week"/"deze week" counts from
      Monday, "this month" from the 1st, "this year" from 1 January;
    - a weekday ("since Monday", "sinds maandag", "last tuesday"): the most
      recent such day strictly before today (7 when today is that day);
      "vorige week dinsdag" / "tuesday last week": that day of the previous
      calendar week;
    - "the weekend"/"het weekend": the most recent Saturday on or before today;
    - holidays (Christmas, New Year, Easter and its moveable feasts, a few
      fixed Belgian and Dutch days, days fixed by a weekday such as
      Thanksgiving, the 4th Thursday of November): the most recent one on or
      before today;
    - seasons: the middle of the most recent such season on or before today
      (spring 15 April, summer 15 July, autumn 15 October, winter 15 January);
    - a month ("since march", "sinds maart"): the 1st of that month (we chose
      the 1st, not the 15th); "mid"/"half" uses the 15th and "end"/"eind" the
      last day; without a year the most recent one on or before today;
    - dates "3 november", "november 3rd", "03/11", "3-11-2025" (day first).
* None when nothing is found, when the only candidates are not durations
  ("I'm 58 years old", "3 days a week", "next monday"; an age: "ik ben bijna 74 jaar",
  "I'm nearly 70 years", French "elle a 74 ans", not "il y a 3 ans"), negative, in the
  future, or over 80 years. When several durations are mentioned, the first
  one in the text wins, unless a later one comes right after a correction
  ("since the weekend, saturday night? no sunday", "3 weken, nee 4 weken").
* Never raises: any string (or non-string) gives a non-negative int or None.
"""

from __future__ import annotations

import calendar
import functools
import math
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from fractions import Fraction
from typing import Callable, Dict, FrozenSet, Iterable, List, Optional, Pattern, Tuple

from bot import lang
from bot.reading import regex as re
from bot.reading import text as _text

__all__ = ["MAX_DAYS", "DurationMatch", "find_duration", "parse_duration"]

MAX_DAYS = 80 * 365  # 29200: anything longer is not a believable answer

# ============================================================ lexicon (data)
# Everything is written lower case; accents are folded away before matching,
# so "één" and "een", "tweeënhalf" and "tweeenhalf" are the same.

HALF = Fraction(1, 2)

# The words are in the language packs (bot/lang/<code>/duration.py and
# numbers.py), merged here in pack order; see the packs for what each means.


def _words_by_value(name: str) -> Dict[Fraction, Tuple[str, ...]]:
    """A {value: words} table of every pack, the words of each value joined."""
    out: Dict[Fraction, Tuple[str, ...]] = {}
    for _code, table in lang.tables("duration", name):
        for value, words in table.items():
            known = out.get(value, ())
            out[value] = known + tuple(w for w in words if w not in known)
    return out


UNIT_WORDS: Dict[Fraction, Tuple[str, ...]] = _words_by_value("UNIT_WORDS")
DIGIT_ONLY_UNITS: Dict[Fraction, Tuple[str, ...]] = _words_by_value("DIGIT_ONLY_UNITS")

# number words: the one number table of each language pack (bot/lang/<code>/numbers.py)
_NUMBER_PACKS = tuple(lang.module(code, "numbers") for code in lang.CODES)
NUMBER_WORDS = lang.merged("numbers", "NUMBERS")
_TAL_NUMBERS = lang.merged("duration", "TAL_NUMBERS")  # "een drietal"

ARTICLES = lang.merged("duration", "ARTICLES")
VAGUE = lang.merged("duration", "VAGUE")
FRACTIONS = lang.merged("duration", "FRACTIONS")
QUANTITY_WORDS: Dict[str, Fraction] = {
    k: Fraction(v) for k, v in {**ARTICLES, **VAGUE, **FRACTIONS}.items()
}
ADJECTIVES = lang.merged("duration", "ADJECTIVES")
APPROXIMATE = lang.merged("duration", "APPROXIMATE")


def _since_monday(today: date) -> int:
    return today.weekday()


def _since_first_of_month(today: date) -> int:
    return today.day - 1


def _since_new_year(today: date) -> int:
    return (today - date(today.year, 1, 1)).days


_SINCE = {"since_monday": _since_monday, "since_first_of_month": _since_first_of_month,
          "since_new_year": _since_new_year}
# fixed relative phrases -> days (ints) or a function of today
RELATIVE: Dict[str, object] = {
    phrase: _SINCE.get(days, days) if isinstance(days, str) else days
    for phrase, days in lang.merged("duration", "RELATIVE").items()
}
WEEKDAYS = lang.merged("duration", "WEEKDAYS")
DAY_PARTS = lang.merged("duration", "DAY_PARTS")
MONTHS = lang.merged("duration", "MONTHS")
SEASONS = lang.merged("duration", "SEASONS")
HOLIDAYS: Dict[str, Tuple[object, object]] = lang.merged("duration", "HOLIDAYS")

# words around a number that make it something else than a duration
AGE_BEFORE = lang.merged("duration", "AGE_BEFORE")
AGE_BEFORE_UNLESS_IT = lang.merged("duration", "AGE_BEFORE_UNLESS_IT")
IT_WORDS = lang.merged("duration", "IT_WORDS")
AGE_HAS = {word: frozenset(years) for word, years in lang.merged("duration", "AGE_HAS").items()}
AGE_NEARLY = frozenset(lang.merged("duration", "AGE_NEARLY"))
AGE_PERSON_OF = frozenset(lang.merged("duration", "AGE_PERSON_OF"))
FREQUENCY_BEFORE = lang.merged("duration", "FREQUENCY_BEFORE")
COUNT_NOUNS = lang.merged("duration", "COUNT_NOUNS")
SINCE_WORDS = lang.merged("duration", "SINCE_WORDS")
NEGATIVE_BEFORE = lang.merged("duration", "NEGATIVE_BEFORE")
FUTURE_BEFORE = lang.merged("duration", "FUTURE_BEFORE")
BARE_UNITS = lang.merged("duration", "BARE_UNITS")
BARE_COMPANIONS = lang.merged("duration", "BARE_COMPANIONS")
NEGATIONS = lang.merged("duration", "NEGATIONS")

# The engine's patterns are skeletons: "{NAME}" in one is the merged alternation
# of the packs' table NAME (each entry a regex fragment, a plain space standing
# for one to three spaces; bot/lang/<code>/duration.py), in pack order, so a
# phrase that mixes the languages ("vorige week on tuesday") reads as before;
# or one of the engine's own pieces in _SLOT_VALUES (built from the packs'
# word tables: numbers, units, month names...). A regex quantifier ("{0,3}")
# has digits, so it is left alone. A new pack fills the slots without editing
# this file.
_SLOT_VALUES: Dict[str, str] = {}  # the engine's pieces, filled in where they are made
_SP = r"\s{1,3}"  # between words


def _words(name: str, space: str = _SP) -> str:
    """The packs' table ``name`` as one regex alternation, in pack order: "(?:since|sinds)"
    (bot.lang.alternation: a table empty in every pack never matches)."""
    return lang.alternation("duration", name, _SLOT_VALUES, space)


def _fill(template: str) -> str:
    """A pattern template with its ``{NAME}`` slots filled (bot.lang.fill)."""
    return lang.fill("duration", template, _SLOT_VALUES, _SP)


def _skeleton(template: str) -> Pattern[str]:
    """A pattern shaped alike in every language: the engine holds its shape, the packs its words."""
    return re.compile(_fill(template))


def _phrases(name: str) -> FrozenSet[str]:
    """The packs' table ``name`` as a set of words, for a lookup."""
    return frozenset(lang.merged("duration", name))

# Typos: a word one edit (insert, delete, substitute, swap two neighbours)
# away from a TYPO_UNITS word is read as that unit ("3 weaks", "5 dyas"), one
# from a TYPO_WORDS word as that word; REAL_NEAR_MISSES and NEAR_WORDS are
# real words and names that are not typos (see the packs).
TYPO_UNITS = lang.merged("duration", "TYPO_UNITS")
REAL_NEAR_MISSES = lang.merged("duration", "REAL_NEAR_MISSES")
TYPO_WORDS = lang.merged("duration", "TYPO_WORDS")
NEAR_WORDS = lang.merged("duration", "NEAR_WORDS")

# ============================================================ text folding
def _fold(text: str) -> Tuple[str, List[int]]:
    """Lower case without accents, and for each folded char its index in text."""
    return _text.normalise_indexed(text)


def _fold_plain(text: str) -> str:
    return _fold(text)[0]


# words written as they are said, a letter dropped for an apostrophe ("d'puis sam'di", "eune s'maine", "since
# sat'day"): read as the word they stand for (the packs' SPOKEN_FORMS); the index keeps pointing into the text
SPOKEN_FORMS: Dict[str, str] = lang.merged("duration", "SPOKEN_FORMS")
# dialect spellings, whole words with no apostrophe ("sunt zotterdag", "e jaor of twie"): read the same way
DIALECT_FORMS: Dict[str, str] = lang.merged("duration", "DIALECT_FORMS")
_DIALECT_WORDS = frozenset(DIALECT_FORMS)
SPOKEN_FORMS = {**SPOKEN_FORMS, **{k: v for k, v in DIALECT_FORMS.items() if k not in SPOKEN_FORMS}}
_RE_SPOKEN = re.compile(
    r"(?<![\w'])(?:" + "|".join(re.escape(w) for w in sorted(SPOKEN_FORMS, key=len, reverse=True)) + r")(?!\w)"
) if SPOKEN_FORMS else None


def _replaced(norm: str, index: List[int], replacements: Iterable[Tuple[int, int, str]]) -> Tuple[str, List[int]]:
    """``norm`` with each (start, end, word) span replaced by its word, in order; ``index`` keeps pointing into the
    original text: the word's letters map onto the replaced letters, so spans still cover what the user typed."""
    out: List[str] = []
    out_index: List[int] = []
    done = 0
    for start, end, word in replacements:
        out.append(norm[done:start])
        out_index.extend(index[done:start])
        out.append(word)
        out_index.extend(index[start + min(k, end - start - 1)] for k in range(len(word)))
        done = end
    if not out:
        return norm, index
    out.append(norm[done:])
    out_index.extend(index[done:])
    return "".join(out), out_index


def _respell(norm: str, index: List[int]) -> Tuple[str, List[int]]:
    """The spoken forms of a folded text replaced by the words they stand for (see SPOKEN_FORMS)."""
    if _RE_SPOKEN is None or ("'" not in norm and _DIALECT_WORDS.isdisjoint(_RE_WORD.findall(norm))):
        return norm, index
    return _replaced(norm, index, ((*m.span(), SPOKEN_FORMS[m.group()]) for m in _RE_SPOKEN.finditer(norm)))


_RE_TYPO_WORD = re.compile(r"(?<![a-z'])[a-z]{4,16}(?![a-z'])")
_RE_NUMBER_BEFORE = _skeleton(r"(?:[0-9]\+?|[0-9]-?{ABOUT_SUFFIXES})[\s-]{0,3}$")
_RE_PHRASE_END = _skeleton(r"\s{0,3}(?:$|[.!?;)]|{PHRASE_END}(?!\w))")
_RE_HALF_NEXT = _skeleton(r"\s{1,3}{AND}\s{1,3}(?:{HALF_ARTICLES}\s{1,3})?{HALF}(?!\w)")  # "... en half"


def _typo_context(norm: str, start: int, end: int) -> bool:
    """True when a real word near a unit ("weak") stands where a unit must be:
    right after a number and at the end of the phrase ("3 weak ago") or before its
    half ("twee maan en half")."""
    if not (_RE_PHRASE_END.match(norm, end) or _RE_HALF_NEXT.match(norm, end)):
        return False
    if _RE_NUMBER_BEFORE.search(norm, max(0, start - 8), start):
        return True
    before = _words_before(norm, start, 1)
    return bool(before) and before[-1] in NUMBER_WORDS and before[-1] not in ARTICLES


def _fix_typos(norm: str, index: List[int]) -> Tuple[str, List[int]]:
    """Unit words spelt one edit wrong, replaced by the unit they stand for (spans still cover what the user typed)."""
    if _TYPOS.keys().isdisjoint(_RE_TYPO_WORD.findall(norm)):
        return norm, index  # the usual case: nothing to fix
    return _replaced(norm, index, (
        (*m.span(), _TYPOS[m.group()]) for m in _RE_TYPO_WORD.finditer(norm)
        if m.group() in _TYPOS and (m.group() not in REAL_NEAR_MISSES or _typo_context(norm, *m.span()))))


# ============================================================ regexes


def _alt(phrases: Iterable[str]) -> str:
    """Regex alternation of phrases, longest first, flexible spaces."""
    unique = sorted({_fold_plain(p) for p in phrases}, key=lambda p: (-len(p), p))
    return "(?:" + "|".join(
        _SP.join(re.escape(w) for w in p.split()) for p in unique
    ) + ")"


_UNIT_VALUE: Dict[str, Fraction] = {}
for _value, _unit_words in UNIT_WORDS.items():
    for _w in _unit_words:
        _UNIT_VALUE[_w] = _value
_DIGIT_ONLY_VALUE: Dict[str, Fraction] = {}
for _value, _unit_words in DIGIT_ONLY_UNITS.items():
    for _w in _unit_words:
        _DIGIT_ONLY_VALUE[_w] = _value


def _one_edit(word: str) -> Iterable[str]:
    """Every string one edit away from word (a-z only)."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return (
        {a + b[1:] for a, b in splits if b}
        | {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
        | {a + c + b[1:] for a, b in splits if b for c in letters}
        | {a + c + b for a, b in splits for c in letters}
    )


def _known_words() -> set:
    """Every word the lexicon gives a meaning: never read as a typo."""
    known = set(_UNIT_VALUE) | set(_DIGIT_ONLY_VALUE) | set(NUMBER_WORDS)
    for group in (QUANTITY_WORDS, RELATIVE, WEEKDAYS, MONTHS, SEASONS, HOLIDAYS,
                  DAY_PARTS, ADJECTIVES, APPROXIMATE, AGE_BEFORE, FREQUENCY_BEFORE,
                  COUNT_NOUNS, SINCE_WORDS, FUTURE_BEFORE, NEGATIONS):
        for phrase in group:
            known.update(_fold_plain(phrase).split())
    for name in ("WEEKEND", "HALF_YEAR", "AGO"):
        known.update(lang.merged("duration", name))
    return known


def _typo_table() -> Dict[str, str]:
    known = _known_words()
    table: Dict[str, str] = {}
    clash = set()
    for word in TYPO_UNITS + TYPO_WORDS:
        meaning = _UNIT_VALUE.get(word, word)  # "weeks" and "weken" agree
        for typo in _one_edit(word):
            if len(typo) < 4 or typo in known:
                continue
            if word in TYPO_WORDS and (typo in NEAR_WORDS or typo in REAL_NEAR_MISSES):
                continue  # a word or a name ("maar": a unit typo after a number only)
            other = table.setdefault(typo, word)
            if _UNIT_VALUE.get(other, other) != meaning:
                clash.add(typo)  # one edit from two different words
    for typo in clash:
        del table[typo]
    return table


_TYPOS = _typo_table()

# "3", "2,5", "2½", "2 1/2", "½"
DIGITS = r"(?:[0-9]{1,6}(?:[.,][0-9]{1,3})?(?:\s?\u00bd|\s1/2(?![0-9]))?|\u00bd)"


def _compound(numbers: object, sep: str, groups: bool) -> str:
    """A pack's compound number ("twenty one", "eenentwintig") as a regex,
    its parts joined by ``sep``; with ``groups`` the parts are captured."""
    parts = []
    for part in numbers.COMPOUND:  # type: ignore[attr-defined]
        if part in ("tens", "units"):
            alt = _alt(numbers.TENS if part == "tens" else numbers.UNITS)  # type: ignore[attr-defined]
            parts.append(f"(?P<{part}>{alt})" if groups else f"(?:{alt})")
        else:
            parts.append(re.escape(part))
    return sep.join(parts)


_NUMWORD_BARE = "(?:" + "".join(
    _compound(numbers, r"[\s-]{0,2}", False) + "|" for numbers in _NUMBER_PACKS
) + f"{_alt(NUMBER_WORDS)})"
NUMWORD = rf"{_NUMWORD_BARE}(?!\w)"
_COUNT_ARTICLE = _words("COUNT_ARTICLES")  # "een", Flemish "e", "ne"...
# "3 and a half", "drie en een halve", "3-en-half"
_HALF_TAIL = _fill(r"{AND_A_HALF}(?!\w)")
_SLOT_VALUES.update(SP=_SP, DIGITS=DIGITS, NUMWORD=NUMWORD, NUMWORD_BARE=_NUMWORD_BARE,
                    HALF_TAIL=_HALF_TAIL, TAL_WORD=_alt(_TAL_NUMBERS))
# "een drietal", "e 10-tal"
_TAL = _fill(r"(?:{COUNT_ARTICLES}{SP})?(?:{TAL_WORD}|[0-9]{1,3}-?){TAL_SUFFIX}(?!\w)")
# "een stuk of 5"
_STUK = _fill(r"{COUNT_ARTICLES}{SP}{ABOUT_COUNT}{SP}(?:{DIGITS}|{NUMWORD})")
# "3+ weeks", "3ish weeks", "3-ish weeks": the number as written
_QTY_DIGITS = _fill(r"(?:{DIGITS}{HALF_TAIL}|{DIGITS}(?:\+|-?{ABOUT_SUFFIXES}(?!\w))?)")
_QTY_WORDS = (
    rf"(?:{_NUMWORD_BARE}{_HALF_TAIL}|{_TAL}|{_STUK}"
    rf"|{_alt(QUANTITY_WORDS)}(?!\w)|{NUMWORD})"
)
_NUMBER = _fill(r"(?:{DIGITS}|{NUMWORD}|{RANGE_FRACTIONS})")  # in ranges
_ADJ = rf"(?:{_alt(ADJECTIVES)}[\s-]{{1,3}})?"
UNIT_W = _alt(_UNIT_VALUE)
UNIT_ALL = _alt(list(_UNIT_VALUE) + list(_DIGIT_ONLY_VALUE))
_START = r"(?<!\w)(?<![0-9][.,])"
_SLOT_VALUES.update(QTY_DIGITS=_QTY_DIGITS, QTY_WORDS=_QTY_WORDS, NUMBER=_NUMBER, ADJ=_ADJ,
                    UNIT_W=UNIT_W, UNIT_ALL=UNIT_ALL, START=_START)

# "3 weeks", "drie weken", "a year and a half", "een paar dagen"
_RE_QUANTITY = _skeleton(
    r"{START}(?:(?P<qd>{QTY_DIGITS})[\s-]{0,3}{ADJ}(?P<ud>{UNIT_ALL})"
    r"|(?P<qw>{QTY_WORDS})[\s-]{1,3}{ADJ}(?P<uw>{UNIT_W}))(?!\w)"
    r"(?P<half>{SP}{AND}{SP}(?:{HALF_ARTICLES}{SP})?{HALF}(?!\w)|{HALF_AFTER_UNIT}(?!\w))?"
)
# glue for "1 year and 3 months", "3 weken en 2 dagen"
_RE_CHAIN_GLUE = _skeleton(r"\s{0,3}(?:,|\+|&|{CHAIN_AND})?\s{0,3}")
# A second quantity after a quantity + unit (see _tail):
#   "a year or two", "een week of drie", "e jaar of drie", "een week of 3 a 4",
#   "een week of wat" (about that many units, after "a"/"een");
#   "6 weeks maybe 7", "6 weken of 7", "a week or 10 days", "3 days to 2 weeks"
#   (the midpoint, after a number);
#   "a few weeks, 3 I think", "een paar weekjes, 2 denk ik" (a vague count
#   settled by the number that follows it).
_OR_WORDS = lang.merged("duration", "OR_WORDS")
_RANGE_WORDS = lang.merged("duration", "RANGE_WORDS")  # a real range: the midpoint
_HEDGES = lang.merged("duration", "HEDGES")
_OR = _phrases("OR")  # "een jaar of twee", "a week or so": about that many
_SOME: Dict[str, int] = lang.merged("duration", "SOME")  # "een week of wat": a few
# what may follow a second number without a unit ("6 weeks maybe 7 ..."): not
# "3 weeks or 4 times", "a few weeks, 2 kids"
_TAIL_END = _fill(r"\s{0,3}(?:$|[.,:](?![0-9])|[^\w\s/%.,:]|{TAIL_END_WORDS}(?!\w))")
_RE_TAIL_END = re.compile(_TAIL_END)
# "een paar weekjes 2 denk ik": a hedge after the number says it again too
_RE_HEDGE_AFTER = _skeleton(r"\s{0,3}{HEDGES_AFTER}(?!\w)")
_SLOT_VALUES.update(TAIL_END=_TAIL_END, HEDGE=_alt(_HEDGES), OR_WORD=_alt(_OR_WORDS))
# after "N, M" with no unit, what makes M a count of something else: a unit, a count or a measure ("drie keer",
# "three kilos"), a score ("3/10", "3 op 10", "trois sur dix"), another number; before a word that ends no tail
# (TAIL_END) a plural noun too ("een week of 3, 4 kinderen": PLURAL_ENDINGS)
_NOT_A_RANGE_END = _fill(
    r"[\s-]{0,3}(?:{ADJ}{UNIT_ALL}|{COUNT_NOUNS}|{MEASURES_AFTER_DAY}|[%x+]|{NUMWORD}"
    r"|(?:{FREQUENCY_AFTER}){SP}(?:{UNIT_W}|{FREQUENCY_NOUNS})|(?:{RATIO_AFTER}|/)\s{0,3}(?:[0-9]|{NUMWORD}))(?!\w)"
    r"|[/:+.,]?[0-9]"
)
_SECOND = _fill(
    r"(?P<hedge>{HEDGE}{SP})?(?P<b>{NUMBER}|{SOME}|{TAIL_ARTICLES}|{COUNT_ARTICLES}(?=\s))"
    r"(?:\s{0,3}(?:-|/|\s{SECOND_SEPARATORS}\s)\s{0,3}(?P<c>{NUMBER})"
    r"|\s{0,3},\s{0,3}(?:{COMMA_HEDGES}{SP})?"
    r"(?P<c2>{NUMBER})(?!" + _NOT_A_RANGE_END + r")"
    r"(?:(?={TAIL_END})|(?P<loose>)(?![\s-]{0,3}[\w']{3,}(?:{PLURAL_ENDINGS})(?!\w))))?"
    r"(?:[\s-]{0,3}{ADJ}(?P<ub>{UNIT_ALL}))?(?!\w)"
)
_SLOT_VALUES.update(SECOND=_SECOND)
_RE_OR_TAIL = _skeleton(r"\s{0,3},?\s{0,3}(?:{OR}{SP})?(?P<sep>{OR_WORD}){SP}{SECOND}")
# after a second length, it is a tolerance on the first, no length of its own: "two weeks, maybe a day
# either side", "een maand, een week meer of minder", "un mois, une semaine de plus ou de moins"
_RE_TOLERANCE_AFTER = _skeleton(r"\s{0,3}(?:{TOLERANCE_AFTER})(?!\w)")
# words between a first, rough length and the number that settles it: "a month
# ago i think, 4 weeks", "a month and a bit, about 5 weeks"
_FILLERS = lang.merged("duration", "SETTLE_FILLERS")
_RE_SETTLE_TAIL = re.compile(
    rf"(?P<fill>(?:[\s-]{{1,3}}{_alt(_FILLERS)}(?!\w)){{0,3}})"
    r"\s{0,3}(?P<mark>[,;:(-]|\.{2,3})?\s{0,3}" + _SECOND
)
# "2-3 weeks", "2 à 3 weken", "2/3 weken", "two or three days", "6 tot 8 weken",
# "twee, drie maand", "twee drie maand" (after a comma or a space only two
# numbers in a row, and after a space only number words); a hedge between them
# ("2, maybe 3 weeks", "twee, misschien drie weken") when the second is larger
_RE_RANGE = _skeleton(
    r"{START}(?P<a>{NUMBER})(?:\s{0,3}(?P<sep>-|/|,(?=\s)|{RANGE_SEPARATORS})"
    r"\s{0,3}|(?:\s{0,3},)?\s{1,3}(?P<hedge>{RANGE_HEDGES})\s{1,3}|\s{1,3}(?=[a-z]))"
    r"(?P<b>{NUMBER})[\s-]{0,3}{ADJ}(?P<u>{UNIT_ALL})(?!\w)"
)
# "between 2 and 3 weeks", "tussen de 2 en 3 maanden", "between a week and
# 10 days"
_RE_BETWEEN = _skeleton(
    r"(?<!\w){BETWEEN}{SP}(?:{THE_COMMON}{SP})?"
    r"(?P<a>{NUMBER}|{BETWEEN_ARTICLES}|{COUNT_ARTICLES})(?:[\s-]{0,3}{ADJ}(?P<ua>{UNIT_ALL}))?"
    r"(?:{SP}{BETWEEN_AND}{SP}|\s{0,3}-\s{0,3})"
    r"(?P<b>{NUMBER})[\s-]{0,3}{ADJ}(?P<u>{UNIT_ALL})(?!\w)"
)
# "een halfjaar", "halfjaartje"
_RE_HALFJAAR = _skeleton(r"(?<!\w)(?:{HALF_YEAR_ARTICLES}{SP})?{HALF_YEAR}(?!\w)")

_RE_RELATIVE = re.compile(rf"(?<!\w){_alt(RELATIVE)}(?!\w)")
_WEEKDAY = _alt(WEEKDAYS)
_SLOT_VALUES.update(FUTURE=_alt(FUTURE_BEFORE), WEEKDAY=_WEEKDAY, DAY_PART=_alt(DAY_PARTS),
                    HOLIDAY=_alt(HOLIDAYS), SEASON=_alt(SEASONS))
_RE_WEEKDAY = _skeleton(
    r"(?<!\w)(?P<pre>(?:{FUTURE}){SP}(?:{WEEKDAY_FUTURE_FILL}{SP})?)?"
    r"(?P<core>(?:(?:{LAST}|{THIS_WEEKDAY}){SP})?(?P<wd>{WEEKDAY})"
    r"(?:[\s-]{0,3}{DAY_PART})?)(?!\w)"
)
# "vorige week dinsdag", "tuesday last week", "dinsdag van vorige week"
_RE_WEEKDAY_LAST_WEEK = _skeleton(
    r"(?<!\w)(?:{LAST}{SP}{WEEK}{SP}(?:{ON}{SP})?(?P<wd1>{WEEKDAY})"
    r"|(?P<wd2>{WEEKDAY}){SP}(?:{OF}{SP})?{LAST}{SP}{WEEK})(?!\w)"
)
_WEEKEND_THIS = _phrases("WEEKEND_THIS")  # "the weekend", "dit weekend": the most recent one
_RE_WEEKEND = _skeleton(
    r"(?<!\w)(?P<mod>{WEEKEND_THIS}|{LAST}|{LAST_FORMS}){SP}{WEEKEND}(?!\w)"
)
_SINCE_CONTEXT = _phrases("SINCE_CONTEXT")
_RE_HOLIDAY = _skeleton(
    r"(?<!\w)(?P<pre>(?:{FUTURE}){SP})?"
    r"(?P<core>(?:(?:{LAST}|{LAST_FORMS}|{THE_COMMON}){SP})?(?P<h>{HOLIDAY}))(?!\w)"
)
# a thing named by the holiday ("the Christmas tree", "le sapin de Noel") is no date
_RE_HOLIDAY_THING_AFTER = _skeleton(r"[\s-]{1,3}(?:{HOLIDAY_THINGS_AFTER})(?!\w)")
_RE_HOLIDAY_THING_BEFORE = _skeleton(r"(?<!\w)(?:{HOLIDAY_THINGS_BEFORE}){SP}(?:la{SP}|l'|d'|du{SP})?$")
_THE = _phrases("THE")
_SEASON_WORDS = _phrases("SEASON_WORDS")  # "since the fall": an accident, not autumn
_RE_SEASON = _skeleton(
    r"(?<!\w)(?:(?P<ctx>{SINCE_CONTEXT}|{DURING}){SP})?"
    r"(?P<core>(?P<mod>(?:(?:{LAST}|{LAST_FORMS}|{THIS}|{THE}){SP}){0,2})"
    r"(?P<s>{SEASON}))(?!\w)"
)
_MONTH = _alt(MONTHS)
_MONTH_WORDS = _phrases("MONTH_WORDS")  # "it may 2 ...": a date only after a context
_POSITION = _fill(r"(?:(?P<ps>{POSITION_START})|(?P<pm>{POSITION_MIDDLE})|(?P<pe>{POSITION_END}))")
_ORDINAL = _fill(r"(?:{ORDINAL_SUFFIXES})?")
_YEAR = r"(?P<y>(?:19|20)[0-9]{2}|'[0-9]{2})"
_SLOT_VALUES.update(MONTH=_MONTH, POSITION=_POSITION, ORDINAL=_ORDINAL, YEAR=_YEAR)
_RE_MONTH = _skeleton(
    r"(?<!\w)(?:(?P<ctx>{SINCE_CONTEXT}|{DURING}){SP})?"
    r"(?P<core>(?:{POSITION}(?:{SP}{OF})?[\s-]{1,3})?"
    r"(?:(?P<last>{LAST}){SP})?(?P<m>{MONTH})\.?"
    r"(?:{SP}(?P<y>(?:19|20)[0-9]{2}))?)(?![\w-])"
)
# "3 november", "3rd of november 2025", "3e nov"
_RE_DATE_DM = _skeleton(
    r"(?<![\w.,/-])(?P<d>[0-9]{1,2}){ORDINAL}[\s-]{0,3}(?:{DATE_OF}{SP})?"
    r"(?P<m>{MONTH})\.?(?:,?[\s-]{1,3}{YEAR})?(?![\w-])"
)
# a day in words: "den elfde november", "the eleventh of november", "november the twenty first"
DAY_WORDS = lang.merged("duration", "DAY_WORDS")
# "twenty-first" is written with a hyphen as often as with a space
_SLOT_VALUES.update(DAY_WORD=_alt(DAY_WORDS).replace(_SP, r"[\s-]{1,3}"))
# before a day of the month, its article, with the weekday it falls on: "(friday) the 13th",
# "(vrijdag) de 13e" is that date, not last friday
_SLOT_VALUES.update(DAY_LEAD=_fill(r"(?:{WEEKDAY}{SP})?(?:{DAY_ARTICLES})"))
_RE_DATE_DM_WORDS = _skeleton(
    r"(?<![\w-])(?:{DAY_LEAD}{SP})?(?P<dw>{DAY_WORD}){SP}(?:{DATE_OF}{SP})?"
    r"(?P<m>{MONTH})\.?(?:,?[\s-]{1,3}{YEAR})?(?![\w-])"
)
# "the 14th of last month", "de 14e van vorige maand", "the fourteenth of this month"
MONTH_RELATIVE = lang.merged("duration", "MONTH_RELATIVE")
_SLOT_VALUES.update(MONTH_REL=_alt(MONTH_RELATIVE))
_RE_DATE_RELATIVE_MONTH = _skeleton(
    r"(?<![\w-])(?:{DAY_LEAD}{SP})?(?:(?P<d>[0-9]{1,2}){ORDINAL}|(?P<dw>{DAY_WORD})){SP}"
    r"(?:{MONTH_RELATIVE_OF}{SP})?(?P<rm>{MONTH_REL})(?![\w-])"
)
# "since the 3rd", "sinds den derde": a day of this month, or of the last one when it is still to come
# (a day in words needs its article: "sinds tweede kerstdag" is a holiday)
_RE_SINCE_DAY = _skeleton(
    r"(?<!\w)(?:{SINCE_CONTEXT}){SP}(?:(?:{DAY_LEAD}{SP})?(?P<d>[0-9]{1,2})(?:{ORDINAL_SUFFIXES})|{DAY_LEAD}{SP}(?P<dw>{DAY_WORD}))"
    r"(?![\w-])(?!{SP}(?:{ORDINAL_NOT_A_DATE}|{MONTH})(?!\w))"
)
# a weekday with its day of the month, without "since": "(started) friday the 20th", "vrijdag 20",
# "le vendredi 20 (novembre)": that date, not last friday (the day, not a quantity or an hour, follows)
_RE_WEEKDAY_DAY = _skeleton(
    r"(?<!\w)(?P<wd>{WEEKDAY}),?{SP}(?:{DAY_ARTICLES}{SP})?(?P<d>[0-9]{1,2})(?:{ORDINAL_SUFFIXES})?"
    r"(?:{SP}(?:{DATE_OF}{SP})?(?P<m>{MONTH})\.?(?:,?[\s-]{1,3}{YEAR})?)?"
    r"(?![\w/:.,-]?[0-9])(?![\w-])(?![\s-]{0,3}(?:{ORDINAL_NOT_A_DATE}|{UNIT_ALL}|{MEASURES_AFTER_DAY})(?!\w))"
)
_RE_DATE_MD_WORDS = _skeleton(
    r"(?<!\w)(?P<m>{MONTH})\.?{SP}(?:{DAY_ARTICLES}{SP})?(?P<dw>{DAY_WORD})(?:,?{SP}{YEAR})?(?![\w-])"
)
# "november 3", "november 3rd, 2025"
_RE_DATE_MD = _skeleton(
    r"(?<!\w)(?:(?P<ctx>{SINCE_CONTEXT}|{ON}){SP})?(?P<core>(?P<m>{MONTH})\.?{SP}"
    r"(?P<d>[0-9]{1,2}){ORDINAL}(?:,?{SP}{YEAR})?)(?![\w/-]|[.,][0-9])"
    r"(?![\s-]{0,3}{UNIT_ALL}(?!\w))"
)
# "03/11", "3-11-2025", "3.11.25" (day first)
_RE_DATE_NUMERIC = _skeleton(
    r"(?<!\w)(?:(?P<ctx>{SINCE_CONTEXT}|{ON}|{STARTED}){SP})?"
    r"(?<![\w.,/-])(?P<core>(?P<d>[0-9]{1,2})(?P<sep>[/.-])(?P<m>[0-9]{1,2})"
    r"(?:(?P=sep)(?P<y>[0-9]{4}|[0-9]{2}))?)(?![\w/-]|[.,][0-9])"
    r"(?![\s-]{0,3}{UNIT_ALL}(?!\w))"
)
# "since 2019", "sinds begin 2024"
_RE_YEAR = _skeleton(
    r"(?<!\w){SINCE_CONTEXT}{SP}(?P<core>(?:{POSITION}(?:{SP}{OF})?{SP})?"
    r"(?P<y>(?:19|20)[0-9]{2}))(?![\w/-]|[.,][0-9])(?![\s-]{0,3}{UNIT_ALL}(?!\w))"
)

_RE_BARE_UNIT = re.compile(rf"(?<![\w'])(?P<u>{_alt(BARE_UNITS)})(?![\w'])")
# "year and a half of this crap": a unit with its half is a quantity, whatever is around it
_RE_UNIT_AND_HALF = _skeleton(r"(?<![\w'])(?P<u>" + _alt(BARE_UNITS) + r"){SP}{AND}{SP}{HALF_ARTICLES}{SP}{HALF}(?!\w)")
_FUTURE_BEFORE = frozenset(FUTURE_BEFORE) | frozenset(FREQUENCY_BEFORE)
_BARE_OK = frozenset(BARE_COMPANIONS) | frozenset(APPROXIMATE) | frozenset(SINCE_WORDS)
# a day said against today or tomorrow: "vandaag precies een week" 7,
# "2 weeks tomorrow" 13, "morgen is het 3 weken" 20
_TODAY = lang.merged("duration", "TODAY")
_TOMORROW = lang.merged("duration", "TOMORROW")
_RE_TODAY_BEFORE = _skeleton(r"(?<!\w){TODAY}(?:\s{1,3}{ANCHOR_FILL}(?!\w)){0,3}\s{1,3}\Z")
_RE_TOMORROW_BEFORE = _skeleton(
    r"(?<!\w){TOMORROW}\s{1,3}{TOMORROW_FILL}"
    r"(?:\s{1,3}{EXACTLY})?\s{1,3}\Z"
)
_RE_TOMORROW_AFTER = _skeleton(r"\s{1,3}{TOMORROW}(?!\w)")

# a correction right before a later phrase: "since the weekend, saturday
# night? no sunday", "3 weken, nee 4 weken", "monday, I mean tuesday"
_RE_CORRECTION = _skeleton(
    r"(?<!\w){CORRECTIONS}"
    r"[\s,.!?:;-]{0,6}(?:{CORRECTION_AFTER}\s{1,3})?\Z"
)
# the last word of each correction: none after a phrase, no correction to look for
_RE_CORRECTION_WORD = re.compile(
    r"(?<!\w)(?:"
    + "|".join(dict.fromkeys(p.split()[-1] for p in lang.merged("duration", "CORRECTIONS")))
    + r")(?!\w)"
)

# small helpers working on a quantity string
_RE_DIGITS_FULL = re.compile(DIGITS)
_RE_THOUSANDS = re.compile(r"[0-9]{1,3}[.,][0-9]{3}")
_RE_HALF_FULL = re.compile(rf"(.+?){_HALF_TAIL}")
_RE_COMPOUND_FULL = tuple(
    (re.compile(_compound(numbers, " ?", True)), numbers) for numbers in _NUMBER_PACKS
)
_RE_TAL_FULL = re.compile(rf"(?:{_COUNT_ARTICLE} )?(\w+?) ?{_words('TAL_SUFFIX')}")
_RE_STUK_FULL = re.compile(rf"{_COUNT_ARTICLE} {_words('ABOUT_COUNT', ' ')} (.+)")
_ABOUT_SUFFIXES = lang.merged("duration", "ABOUT_SUFFIXES")
_RE_SPACES = re.compile(r"\s+")
_RE_TOKENS = re.compile(r"[\w']+|[^\w\s]")

_AGO = lang.merged("duration", "AGO")
_RE_AGO_AFTER = re.compile(r"\s{0,3}(?:" + "|".join(_AGO) + r")(?!\w)")
_RE_NOW_AFTER = re.compile(r"\s{0,3}(?:" + "|".join(_AGO + lang.merged("duration", "NOW")) + r")(?!\w)")
_RE_OLD_AFTER = re.compile(r"[\s-]{0,3}(?:" + "|".join(lang.merged("duration", "OLD")) + r")(?!\w)")
# a birth told before a baby's age in days, weeks or months makes the age the length ("since the birth ... she's
# 6 weeks old", "sinds de bevalling, ze is 6 weken oud")
_RE_BIRTH = _skeleton(r"(?<!\w)(?:{BIRTH})")
# "it's not from yesterday", "ça date pas d'hier", "niet van gisteren": the pain is not new; its yesterday is no date
_RE_NOT_NEW = _skeleton(r"(?<!\w)(?:{NOT_NEW})(?!\w)")
# the day count of the pain: "day 40 of this pain", "vandaag is letterlijk dag 12", "jour 30", "the 30th day";
# a "today is ..." before it belongs to it, so that "today" alone (0) does not win
_RE_DAY_COUNT = _skeleton(
    r"(?<!\w)(?:(?:{TODAY})[\s,]{1,3}(?:[\w']+\s{1,3}){0,3}?)?"
    r"(?:(?P<day>{DAY_COUNT}){SP}(?:(?:n[or]|nummer|numero)\.?\s{0,3})?(?P<n>\d{1,4})"
    r"|(?P<o>\d{1,4})\s{0,2}(?:{DAY_ORDINAL}){SP}(?P<day2>{DAY_COUNT}))(?![\w/:.,]\d|\w)"
)
_DAY_COUNT_NOT_BEFORE = _phrases("DAY_COUNT_NOT_BEFORE") | _phrases("FREQUENCY_BEFORE")
_RE_FUTURE_AFTER = _skeleton(r"\s{0,3}{FROM_NOW}(?!\w)")
# "op een dag tilde ik...", "one day, when I was lifting": a story, not a duration
_RE_STORY_AFTER = _skeleton(r"\s{0,3},?\s{0,3}{STORY_AFTER}(?!\w)")
_ONE_DAY_BEFORE = _phrases("ONE_DAY_BEFORE")  # "op een dag", "some day"
# "om de 2 weken": every so many, as the words before the number
_EVERY_BEFORE = tuple(p.split() for p in lang.merged("duration", "EVERY_BEFORE"))
_RE_TIMES_TOKEN = re.compile(r"[0-9]{1,3}x")
_RE_FREQUENCY_AFTER = _skeleton(
    r"\s{0,3}(?:{FREQUENCY_AFTER}{SP}|/\s{0,3})(?:{UNIT_W}|{FREQUENCY_NOUNS})(?!\w)"
)
# a share of a whole ("24h/24", "7j/7", "24 heures sur 24", "7 dagen op 7"): all the time, no length
_RE_RATIO_AFTER = _skeleton(r"\s{0,3}(?:/|{RATIO_AFTER}\s)\s{0,3}\d+(?!\d|\s{0,3}(?:{UNIT_W})(?!\w))")
# the engine's pieces must not hide a pack table of the same name
assert not set(_SLOT_VALUES) & set(vars(lang.module(lang.CODES[0], "duration"))), "a slot named twice"


# ============================================================ small functions
def _round_days(value: Fraction) -> int:
    """Round half up: 182.5 -> 183, 17.5 -> 18."""
    return math.floor(value + HALF)


def _digits_value(s: str) -> Optional[Fraction]:
    s = s.strip()
    half = s.endswith("\u00bd") or s.endswith(" 1/2")
    s = s[:-4] if s.endswith(" 1/2") else s.rstrip("\u00bd").strip()
    if not s:
        base = Fraction(0)
    elif _RE_THOUSANDS.fullmatch(s):  # "10,000", "1.000"
        base = Fraction(int(s.replace(",", "").replace(".", "")))
    else:
        base = Fraction(s.replace(",", "."))
    return base + (HALF if half else 0)


@functools.lru_cache(maxsize=1024)  # pure, and the same few words recur
def _quantity_value(text: str) -> Optional[Fraction]:
    """Value of a quantity phrase: "3", "2,5", "drie", "anderhalf", "a few"."""
    s = _RE_SPACES.sub(" ", text.replace("-", " ")).strip()
    if s[:1].isdigit():  # "3+", "3ish", "3 ish"
        s = s.rstrip("+")
        for suffix in _ABOUT_SUFFIXES:
            if s.endswith(suffix):
                s = s[:-len(suffix)].rstrip()
                break
    if s in QUANTITY_WORDS:
        return QUANTITY_WORDS[s]
    if s in NUMBER_WORDS:
        return Fraction(NUMBER_WORDS[s])
    if _RE_DIGITS_FULL.fullmatch(s):
        return _digits_value(s)
    for regex, numbers in _RE_COMPOUND_FULL:
        m = regex.fullmatch(s)
        if m:
            return Fraction(numbers.TENS[m.group("tens")] + numbers.UNITS[m.group("units")])
    m = _RE_TAL_FULL.fullmatch(s)
    if m and m.group(1) in _TAL_NUMBERS:
        return Fraction(_TAL_NUMBERS[m.group(1)])
    if m and m.group(1).isdigit():
        return Fraction(int(m.group(1)))
    m = _RE_STUK_FULL.fullmatch(s)
    if m:
        return _quantity_value(m.group(1))
    m = _RE_HALF_FULL.fullmatch(s)
    if m:
        base = _quantity_value(m.group(1))
        return None if base is None else base + HALF
    return None


@functools.lru_cache(maxsize=1024)  # pure, and the same few words recur
def _unit_value(unit: str, after_digits: bool) -> Optional[Fraction]:
    unit = _RE_SPACES.sub(" ", unit).strip()
    if unit in _UNIT_VALUE:
        return _UNIT_VALUE[unit]
    if after_digits:
        return _DIGIT_ONLY_VALUE.get(unit)
    return None


def _is_digits(text: str) -> bool:
    return bool(text) and (text[0].isdigit() or text[0] == "\u00bd")


@functools.lru_cache(maxsize=256)  # asked several times for one phrase
def _tokens_before(norm: str, pos: int) -> Tuple[str, ...]:
    return tuple(_RE_TOKENS.findall(norm[max(0, pos - 80):pos])[-6:])


def _words_before(norm: str, pos: int, n: int = 4) -> List[str]:
    """Last n (at most 6) tokens (words and punctuation) before pos, nearest last."""
    return list(_tokens_before(norm, pos)[-n:])


def _last_word(norm: str, pos: int, skip: Iterable[str] = ()) -> str:
    skip = set(skip)
    for token in reversed(_words_before(norm, pos, 6)):
        if token not in skip:
            return token
    return ""


def _is_negative(norm: str, start: int) -> bool:
    if start >= 1 and norm[start - 1] == "-":
        return start < 2 or not norm[start - 2].isalnum()
    return _last_word(norm, start) in NEGATIVE_BEFORE


ADULT_YEARS = 18  # so many years told aside, with nothing that makes them a duration, are an age


def _apposition(norm: str, start: int, end: int) -> bool:
    """The quantity stands aside, after a bracket or a comma that follow words of their own
    ("mijn moeder (78 jaar)", "mal au dos, 78 ans"); not a reply ("uhm, 20 jaar")."""
    before = _words_before(norm, start, 5)
    after = _RE_TOKENS.findall(norm[end:end + 12])[:1]
    told_before = sum(token[0].isalnum() for token in before[:-1]) >= 2
    return told_before and before[-1] in ("(", ",") and (not after or after[0] in (")", ",", "."))


def _is_age(norm: str, start: int, end: int, total: Fraction = Fraction(0)) -> bool:
    if _RE_AGO_AFTER.match(norm, end):
        return False
    if _RE_OLD_AFTER.match(norm, end):
        return True
    tokens = _words_before(norm, start, 4)
    if tokens and tokens[-1] == ":":
        tokens = tokens[:-1]
    if tokens and tokens[-1] in AGE_NEARLY and total >= ADULT_YEARS * 365:
        tokens = tokens[:-1]  # "ze is bijna 74 jaar", "I'm nearly 70 years", "elle a bientôt 80 ans" (an adult's years)
    if not tokens:
        return False
    if tokens[-1] in AGE_BEFORE or " ".join(tokens[-2:]) in AGE_PERSON_OF:
        return True  # "j'ai 45 ans", "ma mère de 74 ans", "mijn moeder van 74 jaar"
    if tokens[-1] in AGE_BEFORE_UNLESS_IT:
        return len(tokens) < 2 or tokens[-2] not in IT_WORDS
    years = AGE_HAS.get(tokens[-1])
    if years and not years.isdisjoint(_RE_TOKENS.findall(norm[start:end])):
        return len(tokens) < 2 or tokens[-2] not in IT_WORDS  # "elle a 74 ans"; not "il y a 3 ans", "ça a 2 ans"
    return False


def _quantity_blocked(norm: str, start: int, end: int, unit: Fraction,
                      article: bool, single_day: bool = False, total: Fraction = Fraction(0)) -> bool:
    """True when a number + unit is not a duration since onset.

    article: the quantity is "a"/"een"/...; single_day: the phrase is exactly
    "a day"/"one day"/"een dag" (a story opener more often than a duration);
    total: the phrase's length in days (hours that make a whole day or more,
    "48h", "72 hrs", "48 uur", need no "since" before them).
    """
    if _is_negative(norm, start):
        return True
    if _RE_OLD_AFTER.match(norm, end) and not _RE_AGO_AFTER.match(norm, end) and not (
            unit < 365 and _RE_BIRTH.search(norm, 0, start)):
        return True  # "58 years old", "3 weken oud"; not a baby's weeks after its birth ("since the birth, 6 weeks old")
    if unit == 365 and _is_age(norm, start, end, total):
        return True  # "ik ben 58 jaar", "I'm 45 years"
    if unit == 365 and total >= ADULT_YEARS * 365 and _apposition(norm, start, end):
        return True  # "mijn moeder (78 jaar)", "mal au dos, 78 ans": an adult's age told aside
    if _RE_FREQUENCY_AFTER.match(norm, end) or _RE_FUTURE_AFTER.match(norm, end) or _RE_RATIO_AFTER.match(norm, end):
        return True  # "5 days a week", "4 dagen per week", "2 weeks from now", "24h/24"
    previous = _last_word(norm, start)
    if previous in FREQUENCY_BEFORE or _RE_TIMES_TOKEN.fullmatch(previous):
        return True  # "twice a week", "3x a week", "elke 3 maanden"
    for every in _EVERY_BEFORE:
        if _words_before(norm, start, len(every)) == every:
            return True  # "om de 2 weken": every two weeks
    if single_day and (previous in _ONE_DAY_BEFORE
                       or _RE_STORY_AFTER.match(norm, end)):
        return True  # "op een dag", "one day I bent over"
    if article and (previous in COUNT_NOUNS or previous in _UNIT_VALUE
                    or previous in NUMBER_WORDS or previous[:1].isdigit()):
        return True  # "3 days a week", "2 pills a day"
    if unit < 1:  # hours, minutes: only "since 3 hours", "3 uur geleden", or a whole day or more ("48h")
        if _RE_NOW_AFTER.match(norm, end) or total >= 1:
            return False
        return _last_word(norm, start, APPROXIMATE) not in SINCE_WORDS
    return False


# ----------------------------------------------------------- date helpers
def _easter(year: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 (the algorithm's name)
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    """The ``nth`` ``weekday`` (Monday 0) of a month; ``nth`` -1 is the last one."""
    if nth < 0:
        last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        return last - timedelta(days=(last.weekday() - weekday) % 7 + 7 * (-nth - 1))
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


def _days_since(today: date, day: date) -> Optional[int]:
    days = (today - day).days
    return days if days >= 0 else None


def _most_recent(today: date, make: Callable[[int], Optional[date]]) -> Optional[int]:
    """Days since the most recent make(year) on or before today."""
    for year in range(today.year, today.year - 9, -1):
        try:
            day = make(year)
        except ValueError:  # 29 February, 31 April
            continue
        if day is not None and day <= today:
            return (today - day).days
    return None


def _explicit_date(today: date, year: int, month: int, day: int) -> Optional[int]:
    try:
        return _days_since(today, date(year, month, day))
    except ValueError:
        return None


def _year_value(text: Optional[str]) -> Optional[int]:
    if not text:
        return None
    text = text.lstrip("'")
    year = int(text)
    return 2000 + year if year < 100 else year


def _position_day(m: re.Match[str], year: int, month: int) -> int:
    if m.group("pm"):
        return 15
    if m.group("pe"):
        return calendar.monthrange(year, month)[1]
    return 1


def _date_days(today: date, year: Optional[int], month: int, day: int) -> Optional[int]:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if year is not None:
        return _explicit_date(today, year, month, day)
    return _most_recent(today, lambda y: date(y, month, day))


def _whole_text(norm: str, start: int, end: int) -> bool:
    return not norm[:start].strip(" \t\n.,!?:;") and not norm[end:].strip(" \t\n.,!?:;")


# ============================================================ finders
# Each finder turns one regex match into (start, end, days or None) in the
# folded text; None marks a match that is not a duration.
Candidate = Tuple[int, int, Optional[int]]


def _loose_second_kept(t: re.Match[str]) -> bool:
    """A "N, M" second number told before words that are no tail's end ("een maand of twee, drie mee rond", "a week
    or two, three honestly"): a range only when M is the next count up, told the same way (digits or words) and at
    most twice N; else N alone is the second quantity ("a year or two, 3 kids")."""
    b, c = t.group("b"), t.group("c2")
    b_value, c_value = _quantity_value(b), _quantity_value(c)
    return (b_value is not None and c_value is not None and b not in ARTICLES and _is_digits(b) == _is_digits(c)
            and b_value < c_value <= 2 * b_value)


def _second_quantity(t: re.Match[str], unit: Fraction, loose_dropped: bool = False) -> Optional[Fraction]:
    """Days of the second quantity of a tail ("7", "3 a 4", "10 days"); ``loose_dropped``: the "N, M" second number
    is not taken (see _loose_second_kept)."""
    b, c = t.group("b"), t.group("c") or (None if loose_dropped else t.group("c2"))
    if b in _SOME:  # "een week of wat": a few
        b_value: Optional[Fraction] = Fraction(_SOME[b])
    else:
        b_value = _quantity_value(b)
    if b_value is None:
        return None
    if c is not None:
        c_value = _quantity_value(c)
        if c_value is None:
            return None
        b_value = (b_value + c_value) / 2
    if t.group("ub"):
        b_unit = _unit_value(t.group("ub"), _is_digits(c or b))
        if b_unit is None:
            return None
        return b_value * b_unit
    return b_value * unit


# a range of a length under a year "to" 12 years or more is a length then the age ("5 months at 27": session 40I)
_AGE_YEARS = Fraction(365)
_AGE_FROM = 12


def _tail(norm: str, end: int, qty_word: str, unit: Fraction,
          total: Fraction) -> Optional[Tuple[int, Fraction]]:
    """(end, days) when a second quantity follows "<quantity> <unit>".

    See _RE_OR_TAIL: after "a"/"een" it is "about that many units" ("a year
    or two" 730), after a vague count it settles the count ("a few weeks,
    3 I think" 21), after a number it makes a range ("6 weeks maybe 7": the
    midpoint, 46); "to"/"tot"/"till" always make a range. After a comma
    (_RE_SETTLE_TAIL) a hedged or final second length says a vague or "a"
    length again, more precisely: "a month and a bit, about 5 weeks" 35,
    "a month ago i think, 4 weeks" 28.
    """
    vague = qty_word in VAGUE
    article = qty_word in ARTICLES
    sep: Optional[str] = None
    t = _RE_OR_TAIL.match(norm, end)
    if t is not None:
        sep = _RE_SPACES.sub(" ", t.group("sep"))
    elif vague or article:
        t = _RE_SETTLE_TAIL.match(norm, end)
        if t is not None and not (t.group("mark") or t.group("hedge") or t.group("fill")
                                  or _RE_HEDGE_AFTER.match(norm, t.end())):
            return None  # "a few weeks 3 days": nothing says it is said again
        if t is not None and not (t.group("hedge") or _RE_TAIL_END.match(norm, t.end())):
            return None  # "a month ago, 2 weeks after the operation"
    if t is None:
        return None
    about = article and sep in _OR  # "een jaar of twee", "a week or so"
    t_end = t.end()
    # "N, M" before words that end no tail: only "about" ("een maand of twee, drie mee rond") and the next count up
    loose_dropped = t.group("loose") is not None and not (about and _loose_second_kept(t))
    if loose_dropped:
        t_end = t.end("b")  # "een jaar of twee, 3 kinderen", "6 weeks or 7, 12 kids": the second ends at N
    if _RE_TOLERANCE_AFTER.match(norm, t_end):
        return None  # "a fortnight or so, maybe a day either side": a tolerance, the first length stands
    if t.group("b") in _SOME and not about:
        return None
    if t.group("b") in ARTICLES and not t.group("ub"):
        return None  # "3 weeks to a" is not a quantity
    if not t.group("ub") and not about and not _RE_TAIL_END.match(norm, t_end):
        return None  # "3 weeks or 4 times", "a few weeks, 2 kids"
    second = _second_quantity(t, unit, loose_dropped)
    if second is None:
        return None
    if sep in _RANGE_WORDS and unit < _AGE_YEARS and t.group("ub") and second >= _AGE_YEARS * _AGE_FROM:
        return None  # "depuis 5 mois a 27 ans": months then a grown-up's age in years, the age told (session 40I)
    if sep in _RANGE_WORDS:
        return t_end, (total + second) / 2
    if vague or (article and (sep is None or not t.group("ub"))):
        return t_end, second  # settled, or said again more precisely
    return t_end, (total + second) / 2


def _on_quantity(m: re.Match[str], norm: str, today: date) -> Candidate:
    start, end = m.span()
    qty_text = m.group("qd") or m.group("qw")
    digits = m.group("qd") is not None
    unit = _unit_value(m.group("ud") or m.group("uw"), digits)
    qty = _quantity_value(qty_text)
    if unit is None or qty is None:
        return start, end, None
    if m.group("half"):
        qty += HALF
    total = qty * unit
    qty_word = _RE_SPACES.sub(" ", qty_text).strip()
    if m.group("half"):
        qty_word = ""  # "a year and a half" is a number, not an article
    article = qty_word in ARTICLES
    single_day = total == 1 and unit == 1 and not digits and not m.group("half")
    # checks before the phrase look at its first (largest) unit, checks after
    # it at the end of the whole phrase
    first_unit, chain_end = unit, end
    tail = _tail(norm, end, qty_word, unit, total)
    if tail is not None:  # "a year or two", "6 weeks maybe 7", "a few weeks, 3"
        chain_end, total = tail
        single_day = False
    while tail is None:  # "1 year and 3 months", "3 weken en 2 dagen"
        glue = _RE_CHAIN_GLUE.match(norm, chain_end)
        nxt = _RE_QUANTITY.match(norm, glue.end()) if glue else None
        if not nxt:
            break
        n_digits = nxt.group("qd") is not None
        n_unit = _unit_value(nxt.group("ud") or nxt.group("uw"), n_digits)
        n_qty = _quantity_value(nxt.group("qd") or nxt.group("qw"))
        if n_unit is None or n_qty is None or n_unit >= unit:
            break
        if _RE_FREQUENCY_AFTER.match(norm, nxt.end()) or _RE_TOLERANCE_AFTER.match(norm, nxt.end()):
            break  # "5 days a week"; "a month, a week either way" (a tolerance)
        if nxt.group("half"):
            n_qty += HALF
        total += n_qty * n_unit
        unit, chain_end = n_unit, nxt.end()
    if _quantity_blocked(norm, start, chain_end, first_unit, article,
                         single_day and chain_end == end, total):
        return start, chain_end, None
    if first_unit < 1 and total < 1:
        total = Fraction(0)  # fewer than 24 hours: today, as "since this morning" ("depuis 14h" is 2 pm)
    # "2 weeks tomorrow" 13, "vandaag precies een week" 7
    if any(word in norm for word in _TOMORROW):
        after = _RE_TOMORROW_AFTER.match(norm, chain_end)
        before = _RE_TOMORROW_BEFORE.search(norm, max(0, start - 40), start)
        if after:
            chain_end, total = after.end(), total - 1
        elif before:
            start, total = before.start(), total - 1
    if any(word in norm for word in _TODAY):
        before = _RE_TODAY_BEFORE.search(norm, max(0, start - 40), start)
        if before:
            start = before.start()
    # a count whose words are a pack's fixed phrase means what the phrase means: the French
    # "quinze jours" 14 and "huit jours" 7, not 15 and 8 (no English or Dutch count is such a phrase)
    fixed = RELATIVE.get(_RE_SPACES.sub(" ", norm[start:chain_end]))
    if isinstance(fixed, int) and not isinstance(fixed, bool):
        return start, chain_end, fixed
    return start, chain_end, _round_days(total)


def _on_range(m: re.Match[str], norm: str, today: date) -> Optional[Candidate]:
    start, end = m.span()
    a_text, b_text = m.group("a"), m.group("b")
    unit = _unit_value(m.group("u"), _is_digits(b_text))
    a, b = _quantity_value(a_text), _quantity_value(b_text)
    if unit is None or a is None or b is None:
        return start, end, None
    if "hedge" in m.re.groupindex and m.group("hedge"):
        # "2, maybe 3 weeks": the second a guess upward; not "pain 7, maybe 3 weeks", "7/10, maybe 12 weeks"
        if not a < b <= 2 * a or a_text in ARTICLES or norm[max(0, m.start("a") - 1):m.start("a")] == "/":
            return None
    elif "sep" in m.re.groupindex and m.group("sep") == "," and b - a != 1:
        # "dix, douze jours", "ten, twelve days", "tien, twaalf dagen": a second number a little larger, told the
        # same way (digits or words), is a range too; not "pain 7, 3 weeks", "7/10, 12 weeks", "een, drie weken"
        if not (a < b <= 2 * a and _is_digits(a_text) == _is_digits(b_text) and a_text not in ARTICLES
                and norm[max(0, m.start("a") - 1):m.start("a")] != "/"):
            return None
    elif "sep" in m.re.groupindex and m.group("sep") is None and b - a != 1:
        return None  # "twee drie maand" is a range
    elif "sep" in m.re.groupindex and m.group("sep") is None and (
            _is_digits(a_text) or a_text in ARTICLES):
        return None  # "2 3 weeks", "een twee weken"
    a_unit: Optional[Fraction] = unit
    if "ua" in m.re.groupindex and m.group("ua"):  # "between a week and 10 days"
        a_unit = _unit_value(m.group("ua"), _is_digits(a_text))
    elif a_text in ARTICLES and a_text not in NUMBER_WORDS:
        return start, end, None  # "between a and 3 weeks"
    if a_unit is None:
        return start, end, None
    first = m.start("a")
    if _quantity_blocked(norm, first, end, max(a_unit, unit), False):
        return start, end, None
    return start, end, _round_days((a * a_unit + b * unit) / 2)


def _on_bare_unit(m: re.Match[str], norm: str, today: date) -> Optional[Candidate]:
    around = _RE_TOKENS.findall(norm[:m.start()]) + _RE_TOKENS.findall(norm[m.end():])
    if len(around) > 6 or any(t not in _BARE_OK and t[0].isalnum() for t in around):
        return None  # "my week was bad", "per week"
    return m.start(), m.end(), _round_days(_UNIT_VALUE[m.group("u")])


def _on_unit_and_half(m: re.Match[str], norm: str, today: date) -> Candidate:
    before = _RE_TOKENS.findall(norm[:m.start()])[-1:]
    if before and before[0] in _FUTURE_BEFORE:
        return m.start(), m.end(), None  # "every year and a half", "next month and a half"
    return m.start(), m.end(), _round_days(_UNIT_VALUE[m.group("u")] * (1 + HALF))


def _on_halfjaar(m: re.Match[str], norm: str, today: date) -> Candidate:
    start, end = m.span()
    if _quantity_blocked(norm, start, end, Fraction(365), False):
        return start, end, None
    return start, end, _round_days(HALF * 365)


def _on_not_new(m: re.Match[str], norm: str, today: date) -> Candidate:
    return m.start(), m.end(), None  # "ça date pas d'hier": no date inside


def _on_day_count(m: re.Match[str], norm: str, today: date) -> Optional[Candidate]:
    start, end = m.span()
    day_at = m.start("day") if m.group("day") else m.start("o")
    if _last_word(norm, day_at, _THE) in _DAY_COUNT_NOT_BEFORE:
        return None  # "on day 3 it got worse", "since day 1", "every day 2 pills"
    after = _RE_TOKENS.findall(norm[end:end + 24])[:1]
    if after and (after[0] in _UNIT_VALUE or after[0] in COUNT_NOUNS or after[0] in ("x", "%")):
        return None  # "one day 2 weeks ago", "a day 2 pills"
    return start, end, int(m.group("n") or m.group("o"))


def _on_relative(m: re.Match[str], norm: str, today: date) -> Candidate:
    start, end = m.span()
    value = RELATIVE.get(_RE_SPACES.sub(" ", m.group()))
    if callable(value):
        value = value(today)
    return start, end, value if isinstance(value, int) else None


def _on_weekday(m: re.Match[str], norm: str, today: date) -> Candidate:
    start, end = m.span("core")
    if m.group("pre"):
        return m.start(), end, None  # "next monday", "elke maandag"
    weekday = WEEKDAYS[m.group("wd")]
    return start, end, (today.weekday() - weekday - 1) % 7 + 1


def _on_weekday_last_week(m: re.Match[str], norm: str, today: date) -> Candidate:
    weekday = WEEKDAYS[m.group("wd1") or m.group("wd2")]
    return m.start(), m.end(), today.weekday() + 7 - weekday


def _on_weekend(m: re.Match[str], norm: str, today: date) -> Candidate:
    days = (today.weekday() - 5) % 7
    if m.group("mod") not in _WEEKEND_THIS and today.weekday() >= 5:
        days += 7  # "last weekend" said during a weekend
    return m.start(), m.end(), days


def _on_holiday(m: re.Match[str], norm: str, today: date) -> Candidate:
    start, end = m.span("core")
    if m.group("pre"):
        return m.start(), end, None  # "tegen kerst", "until easter"
    if _RE_HOLIDAY_THING_AFTER.match(norm, m.end()) or _RE_HOLIDAY_THING_BEFORE.search(norm, 0, m.start("h")):
        return start, end, None  # "the box with the Christmas tree", "le sapin de Noel": a thing
    month, day = HOLIDAYS[_RE_SPACES.sub(" ", m.group("h"))]
    if month == "easter":
        return start, end, _most_recent(
            today, lambda y: _easter(y) + timedelta(days=day))
    if isinstance(day, tuple):  # the n-th weekday of the month: Thanksgiving, the 4th Thursday of November
        weekday, nth = day
        return start, end, _most_recent(today, lambda y: _nth_weekday(y, month, weekday, nth))
    return start, end, _most_recent(today, lambda y: date(y, month, day))


def _on_season(m: re.Match[str], norm: str, today: date) -> Candidate:
    start, end = m.span("core")
    mods = set(m.group("mod").split())
    word = _RE_SPACES.sub(" ", m.group("s"))
    strong = bool(mods - _THE)  # "last", "vorige", "this", ...
    since = m.group("ctx") in _SINCE_CONTEXT
    if word in _SEASON_WORDS and not (strong or (since and not mods)):
        return start, end, None  # "since the fall" is an accident, not autumn
    if not (strong or since or _whole_text(norm, start, end)):
        return start, end, None
    month, day = SEASONS[word]
    return start, end, _most_recent(today, lambda y: date(y, month, day))


def _on_month(m: re.Match[str], norm: str, today: date) -> Candidate:
    start, end = m.span("core")
    month = MONTHS[m.group("m")]
    year = _year_value(m.group("y"))
    has_position = any(m.group(g) for g in ("ps", "pm", "pe"))
    if not (m.group("ctx") or has_position or m.group("last") or year
            or _whole_text(norm, start, end)):
        return start, end, None  # "it may hurt": a month needs a context
    if year is not None:
        if not 1900 <= year:
            return start, end, None
        return start, end, _explicit_date(
            today, year, month, _position_day(m, year, month))
    return start, end, _most_recent(
        today, lambda y: date(y, month, _position_day(m, y, month)))


def _on_date_dm(m: re.Match[str], norm: str, today: date) -> Candidate:
    days = _date_days(today, _year_value(m.group("y")), MONTHS[m.group("m")],
                      int(m.group("d")))
    return m.start(), m.end(), days


def _on_date_words(m: re.Match[str], norm: str, today: date) -> Candidate:
    day = DAY_WORDS[" ".join(m.group("dw").replace("-", " ").split())]
    return m.start(), m.end(), _date_days(today, _year_value(m.group("y")), MONTHS[m.group("m")], day)


def _day_of(m: re.Match[str]) -> int:
    """The day of the month in digits ("3rd") or in words ("the third")."""
    return int(m.group("d")) if m.group("d") else DAY_WORDS[" ".join(m.group("dw").replace("-", " ").split())]


def _days_since_day(today: date, months_back: int, day: int) -> Optional[int]:
    """Days since `day` of the month `months_back` before today's; None when that date does
    not exist ("the 31st" of a month of 30 days) or is still to come."""
    year, month = divmod(today.year * 12 + today.month - 1 - months_back, 12)
    try:
        start = date(year, month + 1, day)
    except ValueError:
        return None
    return (today - start).days if start <= today else None


def _on_date_relative_month(m: re.Match[str], norm: str, today: date) -> Candidate:
    months_back = -MONTH_RELATIVE[" ".join(m.group("rm").split())]
    return m.start(), m.end(), _days_since_day(today, months_back, _day_of(m))


def _on_since_day(m: re.Match[str], norm: str, today: date) -> Candidate:
    day = _day_of(m)
    return m.start(), m.end(), _days_since_day(today, 0 if day <= today.day else 1, day)


def _on_weekday_day(m: re.Match[str], norm: str, today: date) -> Candidate:
    day = int(m.group("d"))
    if m.group("m"):
        return m.start(), m.end(), _date_days(today, _year_value(m.group("y")), MONTHS[m.group("m")], day)
    weekday = WEEKDAYS[m.group("wd")]
    first: Optional[int] = None
    for months_back in range(15):  # the most recent past date of that day that falls on that weekday
        days = _days_since_day(today, months_back, day)
        if days is None:
            continue
        first = days if first is None else first
        if (today - timedelta(days=days)).weekday() == weekday:
            return m.start(), m.end(), days
    return m.start(), m.end(), first  # the weekday is wrong: the day of the month it is


def _on_date_md(m: re.Match[str], norm: str, today: date) -> Candidate:
    start, end = m.span("core")
    if m.group("m") in _MONTH_WORDS and not m.group("ctx"):
        return start, end, None  # "it may 2 ..." is not a date
    days = _date_days(today, _year_value(m.group("y")), MONTHS[m.group("m")],
                      int(m.group("d")))
    return start, end, days


def _on_date_numeric(m: re.Match[str], norm: str, today: date) -> Candidate:
    start, end = m.span("core")
    year = _year_value(m.group("y"))
    if year is None and not m.group("ctx"):
        return start, end, None  # "pain 7/10" is not a date
    return start, end, _date_days(today, year, int(m.group("m")), int(m.group("d")))


def _on_year(m: re.Match[str], norm: str, today: date) -> Candidate:
    start, end = m.span("core")
    year = int(m.group("y"))
    month = 12 if m.group("pe") else 7 if m.group("pm") else 1
    day = 31 if m.group("pe") else 1
    return start, end, _explicit_date(today, year, month, day)


def _clues(phrases: Iterable[str]) -> FrozenSet[str]:
    """One whole word (\\w+) of each phrase: a finder whose every match holds
    one of its phrases as whole words cannot match a text without a clue."""
    return frozenset(
        max(_RE_WORD.findall(_fold_plain(p)), key=len) for p in phrases)


_RE_WORD = re.compile(r"\w+")
_RE_ANY_DIGIT = re.compile(r"[0-9]")
_DIGIT = "digit"  # gate: the text holds a digit
_WEEKDAY_CLUES = lang.merged("duration", "WEEKDAY_CLUES")  # "day" in "monday", "dag" in "maandag"
# (regex, handler, gate). gate: None (always run); _DIGIT; a frozenset of clue
# words (_clues: the text must hold one as a whole word); or a tuple of
# strings of which the text must contain one anywhere ("zaterdagavond").
_Finder = Tuple[Pattern[str], Callable[["re.Match[str]", str, date], Optional[Candidate]],
                object]
_FINDERS: Tuple[_Finder, ...] = (
    (_RE_QUANTITY, _on_quantity, None),
    (_RE_RANGE, _on_range, None),
    (_RE_BETWEEN, _on_range, _clues(lang.merged("duration", "BETWEEN"))),
    (_RE_HALFJAAR, _on_halfjaar, _clues(lang.merged("duration", "HALF_YEAR"))),
    (_RE_BARE_UNIT, _on_bare_unit, _clues(BARE_UNITS)),
    (_RE_UNIT_AND_HALF, _on_unit_and_half, _clues(BARE_UNITS)),
    (_RE_NOT_NEW, _on_not_new, None),
    (_RE_DAY_COUNT, _on_day_count, _DIGIT),
    (_RE_RELATIVE, _on_relative, _clues(RELATIVE)),
    (_RE_WEEKDAY, _on_weekday, _WEEKDAY_CLUES),
    (_RE_WEEKDAY_LAST_WEEK, _on_weekday_last_week, _WEEKDAY_CLUES),
    (_RE_WEEKEND, _on_weekend, _clues(lang.merged("duration", "WEEKEND"))),
    (_RE_HOLIDAY, _on_holiday, _clues(HOLIDAYS)),
    (_RE_SEASON, _on_season, _clues(SEASONS)),
    (_RE_MONTH, _on_month, _clues(MONTHS)),
    (_RE_DATE_DM, _on_date_dm, _DIGIT),
    (_RE_DATE_DM_WORDS, _on_date_words, _clues(MONTHS)),
    (_RE_DATE_MD_WORDS, _on_date_words, _clues(MONTHS)),
    (_RE_WEEKDAY_DAY, _on_weekday_day, _DIGIT),
    (_RE_DATE_RELATIVE_MONTH, _on_date_relative_month, _clues(MONTH_RELATIVE)),
    (_RE_SINCE_DAY, _on_since_day, _clues(lang.merged("duration", "SINCE_CONTEXT"))),
    (_RE_DATE_MD, _on_date_md, _DIGIT),
    (_RE_DATE_NUMERIC, _on_date_numeric, _DIGIT),
    (_RE_YEAR, _on_year, _DIGIT),
)


# ============================================================ public
@dataclass(frozen=True)
class DurationMatch:
    """A duration found in a text: text[start:end] is the phrase, days the value."""

    start: int
    end: int
    days: int
    text: str


def _candidates(norm: str, today: date) -> List[Candidate]:
    found: List[Candidate] = []
    has_digit = _RE_ANY_DIGIT.search(norm) is not None
    words = frozenset(_RE_WORD.findall(norm))
    for regex, handler, gate in _FINDERS:
        if gate is _DIGIT:
            if not has_digit:
                continue
        elif isinstance(gate, frozenset):
            if gate.isdisjoint(words):
                continue
        elif gate is not None and not any(clue in norm for clue in gate):  # type: ignore[attr-defined]
            continue
        for m in regex.finditer(norm):
            try:
                candidate = handler(m, norm, today)
                if candidate is not None:  # None: not even a rejected phrase
                    found.append(candidate)
            except (ValueError, OverflowError, KeyError, ZeroDivisionError):
                continue
    return found


def _as_date(today: object) -> date:
    if isinstance(today, datetime):
        return today.date()
    if isinstance(today, date):
        return today
    return date.today()


def number_value(text: str) -> Optional[Fraction]:
    """The value of a quantity told in digits or words ("3", "2,5", "huitante trois", "vijfenzeventig", "a few"),
    for the other readers (a weight on the scale: bot.reading.redflags)."""
    return _quantity_value(text)


def find_duration(text: str, today: Optional[date] = None) -> Optional[DurationMatch]:
    """The first duration phrase in text, with its span in the original text.

    Returns None when there is no believable duration (see the module doc).
    """
    if not isinstance(text, str) or not text.strip():
        return None
    today = _as_date(today)
    norm, index = _fix_typos(*_respell(*_fold(text)))
    candidates = _candidates(norm, today)
    # first in the text wins; at the same start, the longest phrase; nothing
    # inside a rejected phrase ("a day" in "80 years and a day") is taken
    candidates.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    chosen: Optional[Candidate] = None
    rejected_until = 0
    for start, end, days in candidates:
        if start < rejected_until or end <= start:
            continue
        if days is None or not 0 <= days <= MAX_DAYS:
            rejected_until = max(rejected_until, end)
            continue
        if chosen is None:
            chosen = (start, end, days)
            if not _RE_CORRECTION_WORD.search(norm, end):
                break  # no correction later on: the first phrase it is
        elif start >= chosen[1] and _RE_CORRECTION.search(
                norm, max(chosen[1], start - 40), start):
            chosen = (start, end, days)  # the user corrected the first phrase
    if chosen is not None:
        start, end, days = chosen
        o_start = index[start]
        o_end = index[end] if end < len(index) else len(text)
        if index[end - 1] >= o_end:  # the end falls inside one original char
            o_end = index[end - 1] + 1
        return DurationMatch(o_start, o_end, int(days), text[o_start:o_end])
    return None


def parse_duration(text: str, today: Optional[date] = None) -> Optional[int]:
    """Days since the pain started, from free text in any pack's language, or None."""
    match = find_duration(text, today)
    return None if match is None else match.days
