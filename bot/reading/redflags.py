"""Red flags in free text, in English and Dutch (pure Python, no Rasa import).

``find_red_flags(text)`` returns only *positive, non-negated* findings as
``{slot: value}`` with the slot names and values of clinical-rules.md:

=====================  ==============================================
``saddle_numbness``    ``True``
``bladder_bowel``      ``True``
``fever``              ``True``
``onset``              ``"trauma"``
``leg_weakness``       ``"worsening"`` (or ``"stable"`` with both legs and an
                       explicit "not worse")
``both_legs``          ``True`` together with ``leg_numbness: True`` and/or
                       ``leg_weakness``
``cancer_history``     ``True``
``weight_loss``        ``True``
``night_pain``         ``True``
=====================  ==============================================

How it works
------------
1. ``normalise``: lower case, accents stripped, apostrophes dropped
   (``can't`` -> ``cant``, ``'s nachts`` -> ``s nachts``), decimals protected,
   emoji and other symbols turned into spaces, a few fixed phrases turned into
   single tokens ("pins and needles", "between my legs" -> ``crotchzone``,
   "not sure"/"weet niet" -> ``unsure``, "without any reason" -> ``noreason``).
   Street spelling is read token by token first (``_STREET``: Flemish
   nie/gene/mijne/da/ne/'k, SMS u/ur/n/cos/tho, fillers tbh/lol/allee dropped),
   "leg's" -> "leg is", "5kg" -> "5 kg", a dropped g ("givin") is put back
   when the rules know the -ing word, and a token of 5+ letters one edit from
   a vocabulary word is read as that word (``_fuzzy``: the vocabulary is every
   literal word of the rules and cue lists; negations, numbers and the real
   words of ``_REAL_NEIGHBOURS`` are never changed).
2. Sentences (split on ``. ; ! ?`` and new lines) are matched with every rule
   (precompiled regexes on single-spaced tokens; every gap is bounded, so no
   catastrophic backtracking). In a sentence the negation scope of a cue stops
   at contrast words (but/maar/wel/toch/because/omdat/now/nu/since/sinds...).
3. Segments (sentences split further on those contrast words, commas and
   "and"/"en") are matched too, so "no fever and can't feel my bum" flags the
   bum. A segment that is only a bare list item after a negated finding of the
   same kind inherits the negation ("geen koorts of rillingen", "no fever,
   chills or sweats", "no fever and chills").
4. A finding is positive when it is positive at either level (the safe side).
5. Cost: one regex per topic (``_prefilter``) skips the topics a sentence
   cannot match, and the segments run only the rules that matched their
   sentence (a segment is a piece of it), except edge-sensitive ones.

A match is negated when a negation word (no/not/never/without/geen/niet/
nooit/zonder...) sits in the 5 tokens before it (stopping at contrast words),
inside a proximity gap ("my bum is not numb"), inside a free word slot of a
rule that names no negation itself ("ik ben nie ziek"), or right after it at
the end of the clause ("koorts heb ik niet", "fever: no"). Uncertainty ("not sure if",
"ik weet niet of", "misschien") is never a negation: unsure counts as yes.

Choices on the safe side (a false alarm costs a doctor's visit, a miss can
cost the use of the legs):

* weakness in both legs (or plural "legs"/"feet"/"benen") gives
  ``leg_weakness: "worsening"`` unless the sentence says "not worse"/"stable";
  numbness in "my legs"/"my feet" counts as both legs;
* "my leg/knee gives way", "I can't walk on my heels" count as worsening, but a giving way told as unchanged
  ("gives way now and then but its exactly the same, not worse") is not, as "weak but not getting worse";
* a past fever ("had a fever but not anymore"), "flu", "I feel ill",
  "ik ben ziek" count as fever; "ik weet niet of ik koorts heb" too;
* "cancer free for 5 years" is a cancer history; a relative's cancer
  ("my mum had cancer", no "I" in the clause), worry ("afraid it is cancer")
  and questions ("is kanker een oorzaak?") are not: the red-flag question
  is still asked later;
* night pain that only comes when turning over is mechanical, not a flag;
* fever, a fall or weight loss whose subject is a relative ("the kids have a
  temperature", "mijn vrouw is vermagerd, ik nie") is not the patient's, unless
  the patient has it too ("en ik ook", "so did I");
* weight lost on purpose or with its reason anywhere in the sentence ("but
  that's on purpose", "maar dat is bewust", "after the baby") is not a flag,
  unless the intent is denied ("not on purpose", "niet bewust");
* legs named as someone else's ("numbness in her legs", "mijn vrouw heeft
  tintelingen in haar benen") are not the patient's both legs, unless the
  patient's own are named too ("and mine too", "my wife says my legs are numb");
* unsure whether the saddle area can be felt is numbness ("not sure I can feel
  it when I wipe"), and so is a cold or changed feeling there or wiping that
  "feels like it's not my bum"; not knowing when the bladder or bowel is full,
  no feeling when passing urine or stool, a weak or slow stream, waiting ages
  for the stream, a sudden urge to rush to the toilet and "I might be leaking"
  are bladder and bowel trouble; heavy legs ("loodzwaar") and legs that do not
  obey are weakness of both legs;
* tripping again and again ("tripped twice this week", "ik struikel de hele
  tijd") is a foot that catches: weakness getting worse, not a fall; one trip
  is a fall. "An accident" told with soiling ("had an accident, pooed myself")
  is the bowel or bladder, not a fall, across a comma or "and" too;
* numbness told by what the patient notices counts: the toilet seat feels
  weird, sitting on nothing / air / cotton wool, wiping "someone else's bum",
  the bike-saddle feeling; a missed urge told as a story ("didn't notice I
  needed the toilet until too late"), leaking, no flow, no wee all day; foot
  drop as the foot slaps, flops, catches, "klapt neer", "blijft hangen";
* a near fall ("nearly went flat on my face") and a thing that slides or falls ("the bag of peas
  slid down", "my sliders keep falling off") are no fall; the saddle area and another part as one
  subject ("my bum n everything in between felt nothing"), one numbness word for a list of places
  ("numb round there n round my front bits") and the cold of a pack not felt there are numbness;
  wind that escapes or cannot be held, soiling or damp underwear found, only drops when trying are
  the bowel and bladder; a decline told day by day ("sat fine, mon a struggle, today nothing") is
  a worsening of a failing leg;
* footwear that falls off ("my flip flop keeps falling off", "mijn slipper valt steeds af") is no fall
  and no weight lost, but with toes that will not curl or a worsening it is a failing foot; a
  limb named as a relative's or an animal's ("my dog's leg is getting weaker", "het been van mijn
  moeder wordt zwakker") is not the patient's;
* input is cut at ``MAX_CHARS`` characters.

Languages: this engine holds no words.  Every word, pattern and phrase of a
language is in its pack, ``bot/lang/<code>/redflags.py`` (issue 12): the
patterns of each flag (``SADDLE_PATTERNS``, ``BLADDER_PATTERNS``...), the cue
words the rules' skips read, the normaliser's phrases.  A pack's pattern is a
template: ``{NAME}`` is the alternation of table ``NAME`` merged over every
pack (``_fill``), so "hoge temp" or "my plas" read as before.  The few patterns
shaped alike in every language are built here of slots only (``_SHARED_*``);
a new language fills the slots and adds its own patterns, without editing
this file.

``hinted_red_flags(text)`` names the emergency questions a message only hints at
("my bum feels a bit off"): the check asks them first, and never reads an answer from them.

``evaluate(text, rules)`` exposes the same engine to ``bot.reading.answers``.
The functions never raise: anything that is not text gives ``{}``.
"""

from __future__ import annotations

import functools
import logging
import os
import threading
from collections import OrderedDict
from dataclasses import dataclass, field, replace
from typing import Callable, Dict, FrozenSet, Iterator, List, Mapping, Optional, Sequence, Set, Tuple, Union

from bot import lang
from bot.reading import regex as re
from bot.reading import text as _text
from bot.reading.duration import number_value

_LOG = logging.getLogger(__name__)
#: tests set BOT_READERS_STRICT=1 (tests/conftest.py): a fault inside a rule then raises instead of reading as "no red flag"
_STRICT = os.environ.get("BOT_READERS_STRICT") == "1"

__all__ = [
    "MAX_CHARS",
    "RED_FLAG_RULES",
    "Evaluation",
    "Rule",
    "evaluate",
    "find_red_flags",
    "hinted_red_flags",
    "normalise",
    "AREA",
    "NUMB",
    "make_rules",
    "merge",
    "near",
    "local_clause",
    "told_over",
    "severity",
    "LEG_NUMB",
    "NOTHING_ODD_FELT",
    "WEAK",
    "BOTH_LEGS",
    "WORSENING_RULES",
]

#: Longer input is cut here (a chat message is far shorter); keeps time bounded.
MAX_CHARS = 50_000

_WINDOW = 5  # tokens before a match that a negation word can reach

# --------------------------------------------------------------------------
# Token sets
# --------------------------------------------------------------------------

# The cue words of each language are in its pack (bot/lang/<code>/redflags.py).
_NEG: frozenset = lang.merged("redflags", "NEGATIONS")

# Contrast and clause words: they end a negation's scope, and split segments.
_HARD: frozenset = lang.merged("redflags", "CONTRAST")
# Extra words that only end a negation's scope (no split).
_STOPS: frozenset = _HARD | lang.merged("redflags", "SCOPE_STOPS")
_SOFT: frozenset = lang.merged("redflags", "JOINS")

# "niet slapen", "can't walk": the negation belongs to the verb, not to a flag.
_VERB_SKIP: frozenset = lang.merged("redflags", "NEGATED_VERBS")
_VERB_FILLER: frozenset = lang.merged("redflags", "VERB_FILLERS")

# Words that may surround a finding in a bare list item ("or sweats").
_BARE_FILLER: frozenset = lang.merged("redflags", "LIST_FILLERS")

_INTERJECTION_NEXT = "|".join(lang.merged("redflags", "INTERJECTION_NEXT"))



def _alt(*alternatives: str) -> str:
    return "(?:" + "|".join(alternatives) + ")"


# "{NAME}" in a pack's pattern: the merged alternation of table NAME (bot.lang.fill),
# or a composite of the engine's own in _SLOT_VALUES.
_SLOT_VALUES: Dict[str, str] = {}  # composites (NUMB...), filled in where they are made


def _words(name: str) -> str:
    """One table of every pack as one regex alternation: "(?:pee|wee|plas)"."""
    return lang.alternation("redflags", name, _SLOT_VALUES)


def _fill(template: str) -> str:
    """A pattern template with its ``{NAME}`` slots replaced by every pack's words."""
    return lang.fill("redflags", template, _SLOT_VALUES)


def _cues(name: str) -> str:
    """One cue table of every pack as one alternation, its entries' slots filled."""
    return _alt(*(_fill(cue) for cue in lang.merged("redflags", name)))


def _patterns(name: str) -> List[str]:
    """The patterns of one table of every pack, in pack order, their slots filled."""
    return [_fill(pattern) for _code, table in lang.tables("redflags", name) for pattern in table]


# --------------------------------------------------------------------------
# Normalisation
# --------------------------------------------------------------------------

_SUBS: List[Tuple[re.Pattern[str], Union[str, Callable[[re.Match[str]], str]]]] = []


def _sub(pattern: str, repl: str) -> None:
    _SUBS.append((re.compile(pattern), repl))




def _phrases(name: str) -> None:
    """The packs' (regex, replacement) table ``name`` as substitutions, pack by pack."""
    for pattern, repl in lang.merged("redflags", name):
        _sub(_fill(pattern), repl)


# The order of the kinds matters (a later kind reads what an earlier one made);
# within a kind the packs' phrases touch different words.
_phrases("CONTRACTIONS")  # "can not" -> "cant"
_phrases("JOINED_PHRASES")  # fixed phrases that must survive splitting on "and"/"en"
_phrases("CROTCH_PHRASES")  # the saddle area, before "legs"/"benen" can be read as both legs
# uncertainty is never a negation (not sure counts as yes)
_sub(rf"\b{_words('UNSURE')}\b", "unsure")
# reasons and "no matter": not a negation of a symptom
_sub(_fill(r"\b{REASON_FOR}?{REASON_NO} {REASON_ANY}?{REASON}\b"), "noreason")
_phrases("NO_EFFORT")
_phrases("SPOKEN_PHRASES")
# common phone typos and Flemish dropped endings (the packs' TYPOS)
_TYPOS = lang.merged("redflags", "TYPOS")
#: a typo of one pack that is a word of another, kept after that language's own words before it (the packs' OWN_WORD_AFTER,
#: session 42S): the Flemish "pisse" is "pissen" ("ik moet pisse"), the French "je pisse", "je me suis pisse dessus" stay French
_OWN_WORD_AFTER = lang.merged("redflags", "OWN_WORD_AFTER")


def _typo_or_own(m: re.Match[str]) -> str:
    word = m.group(0)
    before = _OWN_WORD_AFTER.get(word)
    previous = m.string[max(0, m.start() - 24) : m.start()].split()[-1:]
    if before and previous and previous[0] in before:
        return word
    return _TYPOS[word]


_SUBS.append((re.compile(r"\b(?:" + "|".join(_TYPOS) + r")\b"), _typo_or_own))
_phrases("LATE_PHRASES")  # a hedged denial: "can't say I've lost weight" -> "not"...

# Street spelling: Flemish, colloquial Dutch and SMS English, one token at a time
# (before the phrase substitutions above, which then see the standard form).
_STREET = lang.merged("redflags", "STREET")
# ... and the forms read only in their context, right after (the packs' STREET_PHRASES: the French "g pa su" = "j ai pas su")
_STREET_PHRASES = [(re.compile(pattern), repl) for pattern, repl in lang.merged("redflags", "STREET_PHRASES")]

# Typos of content words: a token of 5+ letters one edit (insertion, deletion,
# substitution or swap of two neighbours) away from a word of the vocabulary is
# read as that word. The vocabulary is every literal word of 5+ letters in the
# rules and the cue lists below (built once the rules exist, see _build_fuzzy)
# plus these words that the regexes only spell in parts ("nu(?:mb|m)ness").
# Negation words, numbers and the real English and Dutch words one edit away
# from a vocabulary word (_REAL_NEIGHBOURS: "ladder", "never", "cancel",
# "wakker", "height"...) are never changed.
_FUZZY_TARGETS = lang.merged("redflags", "FUZZY_TARGETS")
# Generated (see tests/unit/test_redflags_street.py::test_real_neighbours_are_complete) from the
# system English and Dutch word lists and the NLU data: the real words one edit from the vocabulary.
_REAL_NEIGHBOURS = lang.merged("redflags", "REAL_NEIGHBOURS")
#: Rare dictionary words that in a back-pain chat are typos all the same ("tingeling" is a bell's ring).
_READ_AS_TYPO = lang.merged("redflags", "READ_AS_TYPO")
_FUZZY_MIN = 5
#: number words are never corrected nor read into ("one edit ... never applied to numbers")
_NUMBER_WORDS = frozenset(lang.merged("numbers", "NUMBERS"))


_deletes = _text.deletions  # the typo index's keys (bot/reading/text.py, shared with bot/reading/language.py)


_FUZZY_INDEX: Dict[str, List[str]] = {}
_FUZZY_TARGET_SET: Set[str] = set()
_WORD_BOUNDARY = re.compile(r"\\[bB]")
_REGEX_ESCAPE = re.compile(r"\\.")
_LITERAL = re.compile(r"(?<![a-z\])\]#])[a-z]{5,}(?![a-z(\[{?*+#])")


def _literal_words(pattern: str) -> Set[str]:
    """Whole literal words of 5+ letters in a regex (not the stems of ``word\\w*`` or ``wor(?:d|ds)``)."""
    return set(_LITERAL.findall(_REGEX_ESCAPE.sub("#", _WORD_BOUNDARY.sub(" ", pattern))))


def _build_fuzzy(patterns: Sequence[str]) -> None:
    targets = set(_FUZZY_TARGETS)
    for pattern in patterns:
        targets |= _literal_words(pattern)
    targets |= {word for word, standard in _STREET.items() if standard and len(word) >= _FUZZY_MIN}
    targets -= _NEG
    targets -= set(_TYPOS)
    targets -= _NUMBER_WORDS  # "threw" is no typo of "three"
    _FUZZY_TARGET_SET.clear()
    _FUZZY_TARGET_SET.update(targets)
    _FUZZY_INDEX.clear()
    _FUZZY_CACHE.clear()
    for target in sorted(targets):
        for key in [target] + _deletes(target):
            _FUZZY_INDEX.setdefault(key, []).append(target)


def _one_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by exactly one edit (Damerau)."""
    la, lb = len(a), len(b)
    if a == b or abs(la - lb) > 1:
        return False
    if la == lb:
        diff = [i for i in range(la) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        i, j = diff[0], diff[-1]
        return len(diff) == 2 and j == i + 1 and a[i] == b[j] and a[j] == b[i]
    if la > lb:
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1 :]


_FUZZY_CACHE: Dict[str, str] = {}


#: Dutch compounds end in these words ("prostaatknaker" -> "prostaatkanker", "fietsongevla" -> "fietsongeval").
_COMPOUND_HEADS = lang.merged("redflags", "COMPOUND_HEADS")


def _fuzzy_compound(token: str) -> str:
    if token.endswith(_COMPOUND_HEADS):
        return token
    for head in _COMPOUND_HEADS:
        sizes = (len(head), len(head) - 1, len(head) + 1)
        if any(token[-size:] in _REAL_NEIGHBOURS for size in sizes):
            continue  # "galgenhumor", "scheepsanker": a real word ends the compound
        for size in sizes:
            prefix, tail = token[:-size], token[-size:]
            if len(prefix) >= 3 and _one_edit(tail, head):
                return prefix + head
    return token


def _fuzzy(token: str) -> str:
    """``token`` or the red-flag word it is a one-edit typo of."""
    found = _FUZZY_CACHE.get(token)
    if found is not None:
        return found
    found = token
    if (
        len(token) >= _FUZZY_MIN
        and token.isalpha()
        and token not in _FUZZY_TARGET_SET
        and token not in _REAL_NEIGHBOURS
        and token not in _NEG
        and token not in _NUMBER_WORDS
    ):
        candidates = set(_FUZZY_INDEX.get(token, ()))
        for key in _deletes(token):
            candidates.update(_FUZZY_INDEX.get(key, ()))
        # a swap or a wrong letter before a missing or extra one, then alphabetical (deterministic)
        matches = sorted((len(target) != len(token), target) for target in candidates if _one_edit(token, target))
        if matches:
            found = matches[0][1]
        elif len(token) >= 8:
            found = _fuzzy_compound(token)
    if len(_FUZZY_CACHE) < 20_000:
        _FUZZY_CACHE[token] = found
    return found


#: "-ing" words of the rules (filled in once the rules are built): "givin" -> "giving"
_ING_WORDS: Set[str] = set()


def _street_tokens(text: str) -> str:
    out = []
    for tok in text.split(" "):
        street = _STREET.get(tok)
        if street is not None:
            if street:
                out.append(street)
            continue
        if len(tok) >= 4 and tok.endswith("in") and tok + "g" in _ING_WORDS:
            out.append(tok + "g")  # a dropped g: "givin way", "leakin", "trippin"
            continue
        if len(tok) >= _FUZZY_MIN:
            tok = _fuzzy(tok)
            tok = _STREET.get(tok) or tok  # "kvole" -> "kvoel" -> "ik voel"
        out.append(tok)
    return " ".join(out)


_DECIMAL = re.compile(r"(\d)[.,](\d)")
_UNIT = re.compile(r"(\d)(" + "|".join(lang.merged("redflags", "UNITS")) + r")\b")
# "leg's weak", "wife's on chemo" -> "leg is weak", "wife is on chemo" (not "it's", "that's"...)
_APOS_S = re.compile(rf"\b(?!{_words('APOS_S_KEEP')}'s\b)(\w+)'s\b")
# "can't feel nothing" is "can't feel anything"
_DOUBLE_NEG = [(re.compile(pattern), repl) for pattern, repl in lang.merged("redflags", "DOUBLE_NEGATION")]
# (?<![?:=]) starts a match only at the start of a run: linear time on "?????..."
_QMARK_NO = re.compile(rf"(?<![?:=])[?:=]+ *(?={_words('NO_AFTER_MARK')}\b)")
_APOS = _text.APOSTROPHE_RE
# a bare question about a back pain and cancer, the "?" its only verb ("rugpijn kanker?", "mal de dos c un cancer ?"): told as
# the question the cancer rules read (the packs' BARE_QUESTIONS, matched up to the "?" before it becomes a full stop)
_BARE_QUESTIONS = [(re.compile(pattern + r"(?= *\?)"), repl) for pattern, repl in lang.merged("redflags", "BARE_QUESTIONS")]
# "can't" -> "cant", Dutch "'n" -> "een" (the packs' CLITICS)
_CLITICS = [(re.compile(pattern), repl) for pattern, repl in lang.merged("redflags", "CLITICS")]
_NEWLINE = re.compile(r"[\r\n\u2028\u2029]+")
_AMP = re.compile(r"[&+]")
_LONG_TOKEN = re.compile(r"\w{60,}")
_JUNK = re.compile(r"[^\w.,;!?]+")
_PUNCT = re.compile(r"\s*([.,;!?])[.,;!?\s]*")
_SPACES = re.compile(r"\s+")
# "fever, no" / "koorts, nee": a bare answer word belongs to what precedes it
_COMMA_NO = re.compile(rf" , (?={_words('NO_AFTER_COMMA')}(?: {_words('NO_SOFTENER')})?(?: [.,]|$))")
_INTERJECTION = re.compile(
    rf"(^|\. )({_words('NO_INTERJECTION')}(?: {_words('NO_SOFTENER')})?)(?: ,)? (?=(?:{_INTERJECTION_NEXT})\b)"
)


FRAGMENT_WORDS = 3  # a "sentence" this short is a fragment of a message typed a few words at a time


def _joinable(fragment: str) -> bool:
    words = fragment.split()
    return (len(words) <= FRAGMENT_WORDS and not set(words) & _NEG
            and not _ALL_WELL.search(fragment) and not _RESOLVED.search(fragment))


def _telegraphic(text: str) -> str:
    """'numb. bum. cheeks. n. front. bits.', 'verdoofd. tussen mijn billen. sinds gisteren.': short
    fragments typed one at a time are one sentence. A fragment with a negation or one that says all
    is well keeps its full stop ("Not really. Bum numb.", "geen koorts. doof.", "Tingling. Peeing fine.")."""
    sentences = [s for s in (part.strip(" .") for part in text.split(" . ")) if s]
    if len(sentences) < 2:
        return text
    out = sentences[0]
    for before, sentence in zip(sentences, sentences[1:], strict=False):
        out += (" " if _joinable(before) and _joinable(sentence) else " . ") + sentence
    return out


def normalise(text: object) -> str:
    """Return a comparable form of ``text`` (never raises; non-text gives '').

    Tokens are lower-case ASCII-ish words separated by single spaces; ``.``
    separates sentences and ``,`` stays as its own token.
    """
    # the readers normalise one message many times (red flags, the story, each answer: ~15 times a message, a third
    # of the reading cost before this cache)
    return _normalised(text) if isinstance(text, str) else _normalise(text)


def _normalise(text: object) -> str:
    try:
        text = _text.as_text(text, MAX_CHARS)
        if not text:
            return ""
        text = _text.normalise(text)
        text = _NEWLINE.sub(" . ", text)
        text = text.replace("\u2026", ".")
        text = _DECIMAL.sub(r"\1point\2", text)
        text = _UNIT.sub(r"\1 \2", text)
        text = _QMARK_NO.sub(" ", text)
        text = _APOS.sub("'", text)
        for pattern, repl in _BARE_QUESTIONS:
            text = pattern.sub(repl, text)
        for pattern, repl in _CLITICS:
            text = pattern.sub(repl, text)
        text = _APOS_S.sub(r"\1 is", text)
        text = text.replace("'", "")
        text = _AMP.sub(" and ", text)
        text = _LONG_TOKEN.sub(" ", text)
        text = text.replace("_", " ")
        text = _JUNK.sub(" ", text)
        text = _PUNCT.sub(lambda m: " " + (". " if m.group(1) in ".;!?" else ", "), text)
        text = _telegraphic(_SPACES.sub(" ", text).strip())
        text = _COMMA_NO.sub(" ", text)
        text = _street_tokens(text)
        for pattern, repl in _STREET_PHRASES:
            text = pattern.sub(repl, text)
        for pattern, repl in _DOUBLE_NEG:
            text = pattern.sub(repl, text)
        for pattern, repl in _SUBS:
            text = pattern.sub(repl, text)
        text = _SPACES.sub(" ", text).strip()
        text = _INTERJECTION.sub(r"\1\2 . ", text)
        return text
    except Exception:  # pragma: no cover - defensive: never raise on input
        return ""


_normalised = functools.lru_cache(maxsize=256)(_normalise)


# --------------------------------------------------------------------------
# Rules
# --------------------------------------------------------------------------

Finding = Mapping[str, object]
SkipFn = Callable[[str, "re.Match[str]"], bool]
ValueFn = Callable[[str, "re.Match[str]"], Finding]


@dataclass(frozen=True)
class Rule:
    """One positive cue: a precompiled regex on normalised tokens.

    ``topic`` groups rules for negation inheritance and for ``evaluate``;
    ``finding`` is what a positive match contributes (``value_fn`` may compute
    it from the whole sentence); ``skip`` drops a match that is not about the
    patient ("my mum had cancer", "afraid of falling"); ``skip_sentence`` drops
    the rule in a sentence that matches it ("IBS"). A named group ``gap`` marks
    the words between the two parts of a proximity cue. ``skip_after`` drops a
    match by the words after it up to the sentence's end, past the segment's
    cut ("never felt the need to go and see my gp": the segment ends at "go").
    """

    topic: str
    finding: Finding
    regex: re.Pattern[str]
    skip: Optional[SkipFn] = None
    value_fn: Optional[ValueFn] = None
    skip_sentence: Optional[Union[re.Pattern[str], Callable[[str], bool]]] = None
    skip_after: Optional[Callable[[str], bool]] = None
    #: drops a match by its sentence around the segment (sentence, segment, match): a range told across "and" (session 37F)
    skip_in_sentence: Optional[Callable[[str, str, re.Match[str]], bool]] = None


@dataclass
class Evaluation:
    positive: Dict[str, object] = field(default_factory=dict)
    positive_topics: Set[str] = field(default_factory=set)
    negated_topics: Set[str] = field(default_factory=set)
    # topic -> findings merged, for callers that need the per-topic value
    topic_findings: Dict[str, Dict[str, object]] = field(default_factory=dict)
    # topics whose every sign was told as over and done with ("had pins and needles but it's gone")
    resolved_topics: Set[str] = field(default_factory=set)


def _gap(n: int) -> str:
    return r"(?: \w+){0,N}?".replace("N", str(n))


def _near(a: str, b: str, n: int = 6) -> List[str]:
    """Both orders of ``a`` and ``b`` at most ``n`` tokens apart."""
    return [
        rf"\b{a}\b(?P<gap>{_gap(n)}) {b}\b",
        rf"\b{b}\b(?P<gap>{_gap(n)}) {a}\b",
    ]


def _before_tokens(seg: str, m: re.Match[str], n: int) -> List[str]:
    return seg[: m.start()].split()[-n:]


def make_rules(
    topic: str,
    finding: Finding,
    patterns: Sequence[str],
    skip: Optional[SkipFn] = None,
    value_fn: Optional[ValueFn] = None,
    skip_sentence: Optional[Union[str, Callable[[str], bool]]] = None,
) -> List[Rule]:
    """Compile ``patterns`` (regexes on normalised text) into rules of one topic."""
    sentence_rx: Optional[Union[re.Pattern[str], Callable[[str], bool]]] = None
    if isinstance(skip_sentence, str) and skip_sentence:
        sentence_rx = re.compile(skip_sentence)
    elif callable(skip_sentence):
        sentence_rx = skip_sentence  # a test of the whole sentence
    return [Rule(topic, dict(finding), re.compile(p), skip, value_fn, sentence_rx) for p in patterns]


_rules = make_rules
near = _near


# ---- vocabularies (regex fragments on normalised text) ---------------------

# The building blocks of the rules, from every language's pack (bot/lang/<code>/redflags.py).
#: The saddle area.
AREA = _alt(*lang.merged("redflags", "AREA"))
_NUMB_COMMON = [_fill(numb) for numb in lang.merged("redflags", "NUMB_COMMON")]
#: Numbness, tingling, pins and needles (saddle area).
NUMB = _alt(*_NUMB_COMMON, *(_fill(numb) for numb in lang.merged("redflags", "NUMB_SADDLE")))
#: Numbness words used for legs ("dead tired" legs are not numb).
LEG_NUMB = _alt(*_NUMB_COMMON)
_SLOT_VALUES.update(NUMB=NUMB, LEG_NUMB=LEG_NUMB)

#: Weakness of a leg or the legs.
WEAK = _alt(*lang.merged("redflags", "WEAK"))

#: Both legs (plural legs/feet count: "my legs are numb").
BOTH_LEGS = _alt(*lang.merged("redflags", "BOTH_LEGS"))

_STABLE_CUE = re.compile(r"\b(?:" + "|".join(lang.merged("redflags", "STABLE")) + r")\b")

_FEAR = "|".join(lang.merged("redflags", "FEAR"))
_FAMILY = "|".join(lang.merged("redflags", "FAMILY"))
_FIRST_PERSON = re.compile(r"\b(?:" + "|".join(lang.merged("redflags", "FIRST_PERSON")) + r")\b")
_FAMILY_RE = re.compile(rf"\b(?:{_FAMILY})s?\b")


_HEDGE = re.compile(r"\b(?:" + "|".join(lang.merged("redflags", "HEDGES")) + r")\b")


def _local_clause(seg: str, m: re.Match[str], through_adverb: bool = False) -> str:
    """The words around a match up to the nearest comma, and/en or contrast word (``through_adverb``: not a contrast word
    that is an adverb right after a verb, the packs' ADVERBS_AFTER_VERB: "my dad has since last year had cancer")."""
    before = seg[: m.start()].split()
    after = seg[m.end():].split()
    left: List[str] = []
    for i in range(len(before) - 1, -1, -1):
        tok = before[i]
        if through_adverb and _adverb_after_verb(before, i):
            left.insert(0, tok)
            continue
        if tok == "," or tok in _SOFT or tok in _HARD:
            break
        left.insert(0, tok)
    right: List[str] = []
    for tok in after:
        if tok == "," or tok in _SOFT or tok in _HARD:
            break
        right.append(tok)
    return " ".join(left + [m.group(0)] + right)


_ADVERB_AFTER_VERB: frozenset = lang.merged("redflags", "ADVERBS_AFTER_VERB")
_VERB_BEFORE_ADVERB: frozenset = lang.merged("redflags", "VERBS_BEFORE_ADVERB")


def _adverb_after_verb(tokens: List[str], i: int) -> bool:
    """tokens[i] is a contrast word used as an adverb right after a verb ("has since the summer"): it ends no clause."""
    return 0 < i < len(tokens) and tokens[i] in _ADVERB_AFTER_VERB and tokens[i] in _HARD and tokens[i - 1] in _VERB_BEFORE_ADVERB


local_clause = _local_clause  # public: bot.reading.answers uses it too


# "not me", "ik niet", "me neither": the patient named only to be ruled out
_DENIED_SELF = re.compile(_fill(r"\b{DENY} {ME}\b|\b{I_ME} {DENY_AFTER}(?: \w+)?$"))


# "... and me too", "en ik ook", "so did I": the patient has it as well
_ME_TOO = re.compile(_fill(r"\b{ME_TOO_SUBJECT} (?:\w+ ){0,2}?{ALSO}(?: \w+)?(?= ,| \.|$)|\b{ME_TOO}\b"))


# "my nan had cancer ... so im scared", "so im a bit paranoid": the patient fears it, they do not have it
_FEARED_BY_ME = re.compile(_fill(rf"\b(?:{{I_ME}}|{{FIRST_PERSON}})(?: \w+){{0,3}}? (?:{_FEAR})\b"))


# "had leukaemia as a kid": the patient's own childhood, no relative
_OWN_CHILDHOOD = re.compile(rf"\b{_words('OWN_CHILDHOOD')}\b")


# a message passed on at someone's asking, the frame opening the clause with its teller (session 39D; the packs' TOLD_TO_SAY):
# "my wife told me to say that her dad had bowel cancer", "mijn vrouw zegt dat ik moet vermelden dat haar vader ...", "ma soeur
# m'a dit de signaler que notre pere ..." -- the "me" told to say it is not who had the cancer told after it
_TOLD_TO_SAY = re.compile(rf"^(?:\w+ ){{0,4}}?{_cues('TOLD_TO_SAY')}(?= |$)")


def _third_party(seg: str, m: re.Match[str]) -> bool:
    """'My mum had cancer' is about someone else (unless 'I' is also there, and not ruled out)."""
    if _ME_TOO.search(seg):
        return False
    # a relative's "has since the summer ..." (session 31AG): the adverb after the verb does not end the clause
    if _pair_with_me(seg, m):
        return False
    clause = _TOLD_TO_SAY.sub(" ", _local_clause(seg, m, True))
    clause = _FEARED_BY_ME.sub(" ", _DENIED_SELF.sub(" ", _HEDGE.sub(" ", _OWN_CHILDHOOD.sub(" ", clause))))
    return bool(_FAMILY_RE.search(clause)) and not _FIRST_PERSON.search(clause)


# the patient named first in a pair (the packs' PAIR_WITH_ME, session 46R3): "me and my sister had cancer", "ik en mijn zus hebben
# kanker gehad", "moi et mon frere avons eu un cancer" -- the clause cut at "and" opens with the relative, but the pair is its
# subject; only when the relative opens the clause and the match follows within a few words ("me and my sister went to see my
# dad who has cancer" stays his)
_PAIR_WITH_ME = re.compile(rf"(?:^|\b)(?:{_cues('PAIR_WITH_ME')})$")
_PAIR_RELATIVE = re.compile(rf"^(?:\w+ )?(?:{_FAMILY})s?(?: (?!(?:{_FAMILY})s?\b)\w+){{0,4}} $")


def _pair_with_me(seg: str, m: re.Match[str]) -> bool:
    before = seg[: m.start()].split()
    for j in range(len(before) - 1, -1, -1):
        if before[j] == "," or before[j] in _SOFT or before[j] in _HARD:
            head = " ".join(before[j + 1:]) + " "
            return bool(_PAIR_WITH_ME.search(" ".join(before[: j + 1]))) and bool(_PAIR_RELATIVE.match(head))
    return False


# the patient's own part inside the match ("the fork slammed into my lower back"): whoever
# is named before, the sign is the patient's
_OWN_PART_IN = re.compile(r"\b(?:" + "|".join(lang.merged("redflags", "OWN_POSSESSIVE")) + r") (?:\w+ )?(?:"
                          + "|".join(lang.merged("redflags", "OWN_PARTS")) + r")\b")


# a place at someone's (the packs' AT_PLACE_OF, session 40D2): "at my cousin's", "bij m'n neef", "chez ma tante" names where the
# fall was, not who fell; read out before the trauma words' subject is looked for ("my son fell at my mum's" keeps the son)
_AT_PLACE_OF = re.compile(rf"\b{_alt(*lang.merged('redflags', 'AT_PLACE_OF'))} (?:\w+ ){{0,2}}?(?:{_FAMILY})s?\b")
# the company the patient was with (the packs' COMPANY_OF, session 47R8): "was met de kleinkinderen op de schaatsbaan en ben op
# mijn stuit gesmakt", "was out with my daughter and ...", "avec les enfants": a relative named after "with" is no subject
# of the fall; not when a he, she or they is named among the subject words (the packs' OTHER_SUBJECTS: "ik was met mijn man op
# de ijsbaan en hij is gevallen" stays his)
_COMPANY_OF = re.compile(rf"\b{_alt(*lang.merged('redflags', 'COMPANY_OF'))} (?:\w+ ){{0,2}}?(?:{_FAMILY})s?\b")
_OTHER_SUBJECT = re.compile(rf"\b{_alt(*lang.merged('redflags', 'OTHER_SUBJECTS'))}\b")


def _someone_else(seg: str, m: re.Match[str], places: bool = False) -> bool:
    """'The kids have a fever', 'mijn vrouw is vermagerd': a relative is the subject.

    Only a relative *before* the match counts ("fell over my kid's toys" is the
    patient's fall), and never when the patient stands between the two ("my wife
    says I have a fever"). Words after the match are another clause even
    without a comma ("kids have a temperature im just knackered").
    """
    if _ME_TOO.search(seg) or _OWN_PART_IN.search(m.group(0)):
        return False  # "my wife says i have a fever"; "..., and the fork hit my back": the patient's
    # back to the comma or contrast word, across "and": "my husband has 39 n the shivers"; not a contrast word that is an
    # adverb right after a verb, as _third_party reads a relative's cancer (session 31AJ): "mijn vrouw heeft sinds gisteren
    # koorts", "my husband has since yesterday had a fever", "ma femme a maintenant de la fievre"
    # a third person's possessive in the match points back across commas (session 33): "mijn moeder is van de trap
    # geklapt, op haar billen geland" is the mother's fall
    theirs = bool(_THEIR_IN.search(m.group(0)))
    left_words = _subject_words(seg, m, across_commas=theirs, over_adverbs=True)
    left = _HEDGE.sub(" ", _OWN_CHILDHOOD.sub(" ", " ".join(left_words)))
    if places:
        left = _AT_PLACE_OF.sub(" ", left)  # "bij mn neef op de trampoline ... geland": a place, not the one who fell
        if not _OTHER_SUBJECT.search(left):
            left = _COMPANY_OF.sub(" ", left)  # "met de kinderen op de ijsbaan en ben ... gesmakt": the company (session 47R8)
    found = _FAMILY_RE.search(left)
    if found and _TEMP_TAKEN.search(left[found.end():]):
        return False  # "missus stuck the thermometer in and it said 38.7": the relative took the patient's temperature
    if found and _SAW_MINE.search(left[found.end():] + " " + m.group(0)):  # the possessive may open the match
        return False  # "wife noticed my trousers were wet": the relative saw the patient's own (session 24V)
    return bool(found) and not _FIRST_PERSON.search(_DENIED_SELF.sub(" ", left[found.end():]))


def _subject_words(seg: str, m: re.Match[str], across_commas: bool = False, over_adverbs: bool = False) -> List[str]:
    """The words before the match back to the nearest comma or contrast word (_HARD), across "and": where its subject is
    named. `across_commas`: past commas too; `over_adverbs`: a contrast word that is an adverb right after a verb does not
    end it ("mijn vrouw heeft sinds gisteren koorts")."""
    before = seg[: m.start()].split()
    left: List[str] = []
    for i in range(len(before) - 1, -1, -1):
        tok = before[i]
        if not (over_adverbs and _adverb_after_verb(before, i)) and ((tok == "," and not across_commas) or tok in _HARD):
            break
        left.insert(0, tok)
    return left


# a third person's possessive (the packs' THEIR_POSSESSIVE): "op haar billen", "on her bottom", "sur ses fesses"
_THEIR_IN = re.compile(rf"\b{_words('THEIR_POSSESSIVE')}\b")
# a relative who takes the temperature (session 18f): the reading after it is the patient's
_TEMP_TAKEN = re.compile(rf"\b{_words('TEMP_TAKEN')}\b")
# a relative who noticed the patient's own (session 24V, the packs' RELATIVE_SAW): "wife noticed this morning my trousers
# were wet", "mijn vrouw zag dat mijn broek nat was", "ma femme a vu que mon pantalon etait mouille" (not "her trousers")
_SAW_MINE = re.compile(_fill(r"\b{RELATIVE_SAW} (?:\w+ ){0,3}?{OWN_POSSESSIVE}\b"))


# ---- saddle numbness ---------------------------------------------------------

# The patterns are the packs' SADDLE_PATTERNS; numbness near the area and the
# patterns shaped alike in English and Dutch are built only of slots here.
_SHARED_SADDLE = (
    # "that feeling of a bike saddle", "like after hours on a bike saddle"
    r"\b{SADDLE_FEELING} (?:\w+ ){0,6}?(?:{SADDLE_COMPOUND}|{ON_A} (?:\w+ )?{SADDLE_WORD})\b",
    # the seat "feels like after hours on a bike": "mn onderkant voelt als na 6 uur fietsen"
    r"\b{AREA} (?:\w+ ){0,2}?{FEELS} (?:\w+ )?{LIKE} (?:\w+ ){0,5}?{CYCLING}\b",
    # what the seat tells: "like I'm sitting on nothing / air / cotton wool", "op watten zitten"
    r"\b{SIT} {ON} (?:\w+ )?{ON_NOTHING}\b(?! {CUSHION}\b)",
    r"\b{NOTHING} {UNDER} {UNDER_ME}\b",
    # a leg and the saddle area in one list: "lost feeling in my leg and bum", "doof in mijn been en mijn poep"
    r"\b{NUMB} {IN_LIMB} {MY_LEG}?(?:\w+ )?{LEG_WORD} {LIST_AND} {MY_AREA}?{AREA}\b(?! (?:\w+ )?{HURTS})",
    # ... the area after a word of place, the numbness told first (session 26B): "tintelt het in allebei mijn benen en rond
    # mijn billen", "ca picote dans les deux jambes et autour des fesses" (the gap through the leg would skip _near)
    r"\b{NUMB} (?:\w+ ){0,5}?{LEG_WORD}s? {LIST_AND} (?:(?!{HURTS}\b)\w+ )?{AROUND_AREA} (?:\w+ )?{AREA}\b(?! (?:\w+ )?{HURTS})",
    r"\b{FEELING_NOUN} (?:\w+ ){0,4}?{AREA} (?:\w+ ){0,2}?{CHANGED}\b",
    # a test told as a story, across "and": "pinched my bum cheek to check n felt nothing",
    # "kneep in mijn bil om te testen en voelde er niks van"
    r"\b{TOUCHED} (?:\w+ ){0,5}?{AREA}\b(?: \w+){0,6}? {FELT_NOTHING}\b",
    # ... across one comma, the not-feeling told after it (session 41D): "pricked my bum with a needle, barely felt it", "pique le
    # perinee avec une aiguille, je le sens a peine"; or the area named before the touch (the Dutch verb last, a French object
    # taken up): "met een naald rond mijn gat geprikt en ik voel er bijna niks van", "mes fesses, je les ai touchees avec une
    # aiguille et je sens presque pas" (no pain or leg in the gaps nor right after the not-feeling)
    r"\b{TOUCHED} (?:\w+ ){0,5}?{AREA}\b(?: (?!(?:{HURTS}|{LEG_WORD}s?)\b)\w+){0,6}? , (?:(?!(?:{HURTS}|{LEG_WORD}s?)\b)\w+ ){0,3}?"
    r"{FELT_NOTHING}\b(?! (?:\w+ ){0,2}?(?:{LEG_WORD}s?|{HURTS})\b)",
    r"\b{AREA}\b(?: (?!(?:{HURTS}|{LEG_WORD}s?)\b)\w+){0,4}?(?: ,)?(?: (?!(?:{HURTS}|{LEG_WORD}s?)\b)\w+){0,3}? {TOUCHED}\b"
    r"(?: (?!(?:{HURTS}|{LEG_WORD}s?)\b)\w+){0,6}?(?: ,)?(?: (?!(?:{HURTS}|{LEG_WORD}s?)\b)\w+){0,3}? {FELT_NOTHING}\b"
    r"(?! (?:\w+ ){0,2}?(?:{LEG_WORD}s?|{HURTS})\b)",
    # nothing felt, or an outside cold, heat or touch not felt, told whole; then a comma and where it was not felt, a list
    # of places with a word of place (session 39A; the packs' NOT_FELT_OUTSIDE, NOT_FELT_TAIL, PLACES_FILL, PLACES_PREP,
    # PLACED_AREA, PLACE_FINE): "i didnt feel the cold at all, not on my bum and not between my legs", "ik heb de koude niet
    # gevoeld, niet aan mijn gat", "j'ai rien senti du tout, ni devant ni vers l'anus" (not "i felt nothing, my bum is fine")
    r"\b(?:{FELT_NOTHING}|{NOT_FELT_OUTSIDE})\b(?: {NOT_FELT_TAIL}){0,2} (?:, )?(?:(?:{PLACES_FILL}|,) ){0,3}?"
    r"(?:{PLACES_PREP} (?:(?:{PLACES_FILL}|{PLACES_PREP}|,) ){0,6}?{AREA}|{PLACED_AREA})\b(?! (?:\w+ ){0,2}?(?:{HURTS}|{PLACE_FINE})\b)",
    # a touch at the bum not felt, told by what a partner or carer does there (session 40F; the packs' CARE_SPOT, CARE_THING,
    # NOT_FELT_CARE, NOT_FELT_IT, CARE_ELSEWHERE): the area or a spot treated there (piles, a suppository) and in the same
    # sentence the touch not felt, the thing named ("my wife put cream on my piles and i didnt feel her finger", "ik voelde
    # haar vinger niet toen ze zalf aan mijn gat smeerde", "elle m'a mis un suppositoire, j'ai pas senti son doigt"), or "it"
    # with the thing named before ("she put the cream on my bum, i couldnt feel it"); not the touch felt on a hand or the back
    r"\b(?:{AREA}|{CARE_SPOT})\b(?: \S+){0,12}? {NOT_FELT_CARE}(?! {CARE_ELSEWHERE})",
    r"\b{NOT_FELT_CARE}(?! {CARE_ELSEWHERE})(?: \S+){0,12}? (?:{AREA}|{CARE_SPOT})\b",
    r"\b{CARE_THING}\b(?: \S+){0,8}? (?:{AREA}|{CARE_SPOT})\b(?: \S+){0,10}? {NOT_FELT_IT}",
    r"\b(?:{AREA}|{CARE_SPOT})\b(?: \S+){0,8}? {CARE_THING}\b(?: \S+){0,10}? {NOT_FELT_IT}",
    # ... a thing put in there is its own place: "he put a suppository in and i didnt feel it", "mon mari m'a mis un
    # suppositoire, j'ai rien senti"
    r"\b{CARE_PUT_IN}\b(?: \S+){0,10}? {NOT_FELT_IT}",
    # the area not felt when washing, drying or dressing, told by what touches it there (session 43S2; the packs' BATH_THING,
    # BATH_NOT_FELT, BATH_NOT_FELT_AT): the thing and the area named, then "it" not felt ("the shower water on my bum, i dont
    # feel it", "het water loopt over mijn poep en ik merk het niet", "l'eau du bain autour des fesses, je la sens plus"), or
    # the thing, "it" not felt and then where ("le papier toilette je le sens pas sur les fesses"); not felt on a limb or the back
    r"\b{BATH_THING}\b(?: \S+){0,8}? {AREA}\b(?: \S+){0,10}? (?:{NOT_FELT_IT}|{BATH_NOT_FELT})(?! {CARE_ELSEWHERE})",
    r"\b{AREA}\b(?: \S+){0,8}? {BATH_THING}\b(?: \S+){0,10}? (?:{NOT_FELT_IT}|{BATH_NOT_FELT})(?! {CARE_ELSEWHERE})",
    r"\b{BATH_THING}\b(?: \S+){0,4}? {BATH_NOT_FELT_AT}(?: \w+){0,2}? {PLACES_PREP} (?:\w+ ){0,2}?{AREA}\b",
)
# the area named first, then a comma and a pronoun that takes it up, then its numbness: "my bum, its numb", "my
# backside, it feels numb", "mijn poep, hij is verdoofd", "mijn billen, die voelen doof" (the comma split the area
# from its numbness; no negation between: "my bum, its not numb"). French has its own ("mon derriere, il est ...").
_AREA_RESUMED = (
    rf"\b{AREA}(?: \w+)? , {_words('AREA_PRONOUN')} (?:(?!{_alt(*sorted(_NEG))}\b)\w+ ){{0,3}}?{NUMB}\b"
    + _fill(r"(?! (?:\w+ )?{LEG_WORD}s?\b)")  # "my bum hurts, all numb legs": the legs' numbness
)
# ... or taken up after a clause of when it is felt, the numbness told of it (session 29Q; the packs' AREA_WHEN): "my bum,
# when i sit i cant feel it", "mijn poep, als ik zit voel ik hem niet meer", "mes fesses, quand je m'assois je les sens
# plus" (no negation, pain or leg between; not "my bum, when i sit i cant feel my legs")
_AREA_WHEN_RESUMED = (
    rf"\b{AREA}(?: \w+)? , {_words('AREA_WHEN')} (?:(?!{_alt(*sorted(_NEG))}\b)(?!{_fill('{HURTS}')}\b)(?!{_fill('{LEG_WORD}')}s?\b)\w+ ){{0,10}}?"
    rf"{NUMB}\b" + _fill(r"(?! (?:\w+ ){0,2}?(?:{LEG_WORD}s?|{HURTS})\b)")
)
# ... or the area named, then set between commas the parts it takes in (another area word among them), then its numbness
# (session 37G): "the whole area i sit on, round the back and between my legs, feels thick and numb", "heel de zone waar ik
# op zit, rond mijn gat en vanvoor, voelt doof aan", "la zone ou on s'assoit, autour de l'anus et l'entrejambe, est
# engourdie" (the commas split the area from its numbness; no negation, pain or leg after the second comma)
_AREA_APPOSED = (
    rf"\b{AREA}\b(?: \w+){{0,2}} , (?:(?!{_alt(*sorted(_NEG))}\b)\w+ ){{0,8}}?{AREA}\b(?: (?!{_alt(*sorted(_NEG))}\b)\w+){{0,4}} , "
    rf"(?:(?!{_alt(*sorted(_NEG))}\b)(?!{_fill('{HURTS}')}\b)(?!{_fill('{LEG_WORD}')}s?\b)\w+ ){{0,3}}?{NUMB}\b"
    + _fill(r"(?! (?:\w+ ){0,2}?(?:{LEG_WORD}s?|{HURTS})\b)")
)
# wiping told in its own clause, then a comma and the numbness, no limb or pain after it: "when i wipe its weird, i
# feel almost nothing", "als ik me afveeg is het raar, ik voel bijna niks", "qd je m'essuie apres la toilette c
# bizarre, je sens quasi rien" (the comma split the wiping from its numbness)
_WIPED_THEN = _fill(
    r"\b{WIPING}\b(?: (?!{WIPING}\b)\w+){0,6}? , (?:(?!NEGATION\b)\w+ ){0,2}?{NUMB}\b"
    r"(?! (?:\w+ ){0,2}?(?:{LEG_WORD}s?|{PAIN})\b)"
).replace("NEGATION", _alt(*sorted(_NEG)))
# numbness that spreads along a leg and on into the saddle area, across "and": "pins and needles came up both my legs
# and round my bum", "de tintelingen trokken door mijn benen en rond mijn poep", "des fourmis qui montent dans les
# jambes et autour des fesses" (the gap through the leg would skip the plain nearness of _near)
_SPREAD_TO_AREA = _fill(
    r"\b{NUMB} (?:\w+ ){0,2}?{SPREADS} (?:\w+ ){0,3}?{LEG_WORD}s? (?:\w+ ){0,2}?{LIST_AND} (?:\w+ )?{AROUND_AREA} "
    r"(?:\w+ )?{AREA}\b(?! (?:\w+ )?{HURTS})"
)
# the saddle places listed, across "and" or a comma, then one numbness word for them all (session 46SB; the packs' ALL_PLACES):
# "tussen mijn billen en vooraan, het voelt allemaal verdoofd", "entre mes fesses et devant, tout est engourdi", "in between my
# bum cheeks and at the front everything feels asleep" (the second place may be no area word: "vooraan", "devant"; no pain,
# leg, negation or contrast word in the gap nor before the numbness, no leg right after it)
_NOT_IN_PLACES = (rf"(?!(?:{_alt(*sorted(_NEG))}|{_fill('{HURTS}')}|{_fill('{LEG_WORD}')}s?)\b)")
_PLACES_THEN_ALL = (
    rf"\b{AREA}\b(?: {_NOT_IN_PLACES}(?:\w+|,)){{0,8}}? {_fill('{ALL_PLACES}')} (?:{_NOT_IN_PLACES}\w+ ){{0,2}}?{NUMB}\b"
    + _fill(r"(?! (?:\w+ ){0,2}?(?:{LEG_WORD}s?|{HURTS})\b)")
)
_ALL_PLACES_WORDS = frozenset(re.sub(r"\[(\w)\]", r"\1", word).split()[-1] for word in lang.merged("redflags", "ALL_PLACES"))
_SADDLE_PATTERNS = (
    [_WIPED_THEN, _SPREAD_TO_AREA, _PLACES_THEN_ALL]
    + _near(NUMB, AREA, 8)
    + [_fill(p) for p in _SHARED_SADDLE]
    + [_AREA_RESUMED, _AREA_WHEN_RESUMED, _AREA_APPOSED]
    # wiping "feels like someone else's bum", "alsof het van iemand anders is"
    + _near(AREA, _fill("{SOMEONE} {ELSE}"), 6)
    + _patterns("SADDLE_PATTERNS")
)


_NOT_FEEL_START = re.compile(rf"{_words('NOT_FEEL_START')} ")
_PAIN = re.compile(rf"\b{_words('PAIN')}\b")


def _dont_feel_pain(seg: str, m: re.Match[str]) -> bool:
    text = m.group(0)
    return bool(_NOT_FEEL_START.match(text)) and bool(_PAIN.search(text))


_LEG_IN_GAP = re.compile(rf"\b{_words('LEG_IN_GAP')}\b")


# "voelt zijn poep niet", "kan haar plas niet ophouden": the part named is someone else's (the noun
# right after: "verdoofd zijn mijn billen" is the verb)
_OTHERS_PART = re.compile(
    r"\b(?:" + "|".join(lang.merged("redflags", "OTHERS_POSSESSIVE"))
    + rf") (?:eigen |own )?(?:{AREA}|{_words('URINE')}|{_words('STOOL')}|{_words('BLADDER')})\b"
)


def _others_part(seg: str, m: re.Match[str]) -> bool:
    """The match names someone else's part, and the patient is not named after it ("... and neither can i")."""
    return (
        bool(_OTHERS_PART.search(m.group(0)))
        and not _FIRST_PERSON.search(seg[m.end():])
        and not (_ME_TOO.search(seg) or _MINE_TOO.search(seg))
    )


#: a third person who stands for "I" in a message typed for them (the packs' PROXY_PRONOUNS that map to a
#: FIRST_PERSON word: "he", "she", "hij", "il"): the subject of a clause it opens
_THIRD_SUBJECTS = frozenset(
    word for word, me in lang.merged("redflags", "PROXY_PRONOUNS").items() if me in lang.merged("redflags", "FIRST_PERSON")
)


def _third_person_subject(seg: str, m: re.Match[str]) -> bool:
    """The clause of the match opens with a third person ("my brother had the op, he couldnt feel anything down
    below"), and the patient is named neither in it before the match nor after it. A message typed for
    someone else has these pronouns read as the patient's already (_as_patient)."""
    if _ME_TOO.search(seg) or _MINE_TOO.search(seg) or _OWN_PART_IN.search(m.group(0)):
        return False
    left: List[str] = []
    for tok in reversed(seg[: m.start()].split()):
        if tok == "," or tok in _HARD or tok in _SOFT:
            break
        left.insert(0, tok)
    if not left or left[0] not in _THIRD_SUBJECTS or _FIRST_PERSON.search(" ".join(left[1:])):
        return False
    # the patient named after it ("..., and now i cant either") may have it too
    return not _FIRST_PERSON.search(_DENIED_SELF.sub(" ", seg[m.end():]))


def _others_area(seg: str, m: re.Match[str]) -> bool:
    """The clause of the sign names the saddle area as a relative's ("my wife's bum is numb", "my wifes bum is numb",
    "mijn vrouw haar poep is gevoelloos", "les fesses de ma femme sont engourdies"), and the patient's own area is
    named nowhere in the sentence ("my wife says my bum is numb", "my bum and my wifes bum are both numb") nor the
    patient after the sign ("... and i cant feel mine either")."""
    if _ME_TOO.search(seg) or _MINE_TOO.search(seg) or not _OTHERS_AREA.search(_local_clause(seg, m)):
        return False
    return not _OWN_AREA.search(seg) and not _FIRST_PERSON.search(_DENIED_SELF.sub(" ", _HEDGE.sub(" ", seg[m.start():])))


#: someone else's thing named as the area: "someone else's toilet paper is softer", "le papier toilette de qqn d'autre"
#: (the packs' OTHERS_THING; "the paper feels like someone else's" keeps its gap and stays the sign)
_OTHERS_THING = re.compile(_fill(r"^(?:{SOMEONE} {ELSE} (?:is )?{OTHERS_THING}|{OTHERS_THING} (?:\w+ )?{SOMEONE} {ELSE})$"))
#: one leg numb from the buttock down: sciatica, not the saddle (the packs' ONE_LEG_DOWN)
_ONE_LEG_DOWN = [re.compile(p) for p in _patterns("ONE_LEG_DOWN")]


def _one_leg_down(seg: str, m: re.Match[str]) -> bool:
    """The match lies inside "left leg numb from my bum cheek to my little toe": the buttock is where one leg's
    numbness starts. Another match outside it ("... and numb between my buttocks") is still read."""
    return any(o.start() <= m.start() and m.end() <= o.end() for rx in _ONE_LEG_DOWN for o in rx.finditer(seg))


#: nothing odd felt (the packs' NOTHING_ODD_FELT, also read by the answer reader): "didnt feel anything wrong down there",
#: "niks verkeerd gevoeld", "rien senti d'anormal" deny the sign (not "didnt feel anything": that is the numbness)
NOTHING_ODD_FELT = re.compile(rf"\b{_words('NOTHING_ODD_FELT')}\b")
_NUMB_WORD = re.compile(rf"\b{NUMB}")
_AREA_WORD = re.compile(rf"\b{AREA}\b")


# a sign named as the one to watch for (the packs' WATCH_FOR, session 22G): "the leaflet says to watch out for numbness in the
# saddle area", "ik moet letten op een doof gevoel", "faire attention a un engourdissement": the check asked for, not a sign had
_WATCH_FOR = re.compile(rf"\b(?:{_cues('WATCH_FOR')})(?: \w+)?$")


def _watched_for(seg: str, m: re.Match[str]) -> bool:
    return bool(_WATCH_FOR.search(seg[: m.start()].rstrip()))


# thick or padded said of a cushion, a pad or the clothes, not of the area (session 37G; the packs' THICK_WORD and
# THICK_OBJECT): "the cushion under my bum feels thick", "het kussen onder mijn poep voelt dik aan", "le coussin sous mes
# fesses est epais" (the thing named before the match in its clause; another numbness word in the match stays read)
_THICK_WORD = re.compile(rf"\b{_words('THICK_WORD')}\b")
_THICK_OBJECT = re.compile(rf"\b{_words('THICK_OBJECT')}\b")
_THICK_SIMILE = re.compile(rf"\b{_words('THICK_SIMILE')}\b")


def _thick_of_object(seg: str, m: re.Match[str]) -> bool:
    text = m.group(0)
    if not _THICK_WORD.search(text) or _NUMB_WORD.search(" ".join(_THICK_WORD.sub(" ", _AREA_WORD.sub(" ", text)).split())):
        return False
    left: List[str] = []
    for tok in reversed(seg[: m.start()].split()):
        if tok == "," or tok in _SOFT or tok in _HARD:
            break
        left.insert(0, tok)
    told = " ".join(left) + " " + text
    # a cushion told as a likeness is the numbness itself: "like sitting through a thick towel", "alsof er een dik kussen tussen zit"
    return bool(_THICK_OBJECT.search(told)) and not _THICK_SIMILE.search(told)


#: a relative who did not feel the touch (session 40F): "my wife didnt feel my finger when i put cream on her piles", "mijn
#: vrouw voelde mijn vinger niet" (the relative, after an owner of the packs' CARE_OWNER, right before the not-feeling of the
#: packs' NOT_FELT_CARE, NOT_FELT_IT; not a relative's word that is also an adverb: "j'ai meme pas senti")
_CARE_FELT_BY_OTHER = re.compile(_fill(rf"\b{{CARE_OWNER}} (?:{_FAMILY})s? (?:\w+ )?(?:{{NOT_FELT_CARE}}|{{NOT_FELT_IT}})"))


def _care_felt_by_other(seg: str, m: re.Match[str]) -> bool:
    """A relative's not-feeling of a touch lies in the match: the relative is who did not feel it."""
    # not when the writer is who did not feel it ("in bed with my husband i cant feel anything", "met mijn man voelde ik niks")
    return any(o.end() > m.start() and not _FIRST_PERSON.search(o.group(0)) for o in _CARE_FELT_BY_OTHER.finditer(seg, 0, m.end()))


# an animal asleep on the area, not the area asleep (session 47R10; the packs' SLEEPS_ON, AREA_SLEPT_ON and OTHER_BEINGS): "soms
# slaapt de poes op mijn billen", "de hond slaapt tussen mijn benen", "my dog falls asleep on my bum" (the being before the area
# in the clause, the area after a preposition; not "mijn kont slaapt", "my dog sleeps there and my bum is numb")
_SLEEPS_ON = re.compile(rf"\b{_words('SLEEPS_ON')}\b")
_AREA_SLEPT_ON = re.compile(rf"\b{_words('AREA_SLEPT_ON')} (?:\w+ ){{0,2}}?{AREA}\b|\bcrotchzone\b")


def _being_asleep_on_area(seg: str, m: re.Match[str]) -> bool:
    clause = _local_clause(seg, m)
    area = _AREA_SLEPT_ON.search(clause)
    if area is None or not _SLEEPS_ON.search(clause):
        return False
    being = _ANIMAL_BEING.search(clause)
    return being is not None and being.start() < area.start()


def _saddle_skip(seg: str, m: re.Match[str]) -> bool:
    if _others_part(seg, m) or _others_area(seg, m) or _watched_for(seg, m) or _care_felt_by_other(seg, m):
        return True
    if _being_asleep_on_area(seg, m):
        return True
    if _thick_of_object(seg, m):
        return True
    if NOTHING_ODD_FELT.search(m.group(0)) and not _NUMB_WORD.search(NOTHING_ODD_FELT.sub(" ", m.group(0))):
        return True  # the match's not-feeling is of something odd, nothing numb besides
    if _OTHERS_THING.match(m.group(0)) or _one_leg_down(seg, m):
        return True
    if _third_person_subject(seg, m):
        return True  # "..., he couldnt feel anything down below": someone else's numbness
    if m.re.pattern == _PLACES_THEN_ALL:
        tokens = m.group(0).split()  # the places listed, then a contrast word: two clauses ("between my cheeks its fine, but
        # everything ..."); not "nu", "since" right after a verb ("is alles nu verdoofd"), as _gap_crosses
        if any(tok in _HARD and not (_adverb_after_verb(tokens, i) or (tok in _ADVERB_AFTER_VERB and tokens[i - 1] in _ALL_PLACES_WORDS))
               for i, tok in enumerate(tokens) if i):
            return True
    # "can't feel my legs when I sit on my bum": past 6 words through a leg, the numbness is the leg's
    gap = m.groupdict().get("gap") or ""
    if len(gap.split()) > 6 and _LEG_IN_GAP.search(gap):
        return True
    return _dont_feel_pain(seg, m)


def _leg_range_in_sentence(sentence: str, seg: str, m: re.Match[str]) -> bool:
    """The match lies inside a range of both legs told across the segment's cut (session 37F): "my legs go numb and tingly from
    the bottom down" (the segment after "and" no longer names the legs); the whole sentence's range is read."""
    offset = sentence.find(seg)
    if offset < 0:
        return False
    start, end = offset + m.start(), offset + m.end()
    return any(o.start() <= start and end <= o.end() for rx in _ONE_LEG_DOWN for o in rx.finditer(sentence))


SADDLE_RULES = [replace(rule, skip_in_sentence=_leg_range_in_sentence)
                for rule in _rules("saddle_numbness", {"saddle_numbness": True}, _SADDLE_PATTERNS, _saddle_skip)]

# ---- bladder and bowel ---------------------------------------------------------

# The patterns are the packs' BLADDER_PATTERNS; these few are shaped alike in
# English and Dutch, so they are built only of slots ("{TOILET} ... {TOO_LATE}"
# reads "wc ... too late" as well): a new pack fills the slots, no new pattern.
_WEAK_STREAM = (
    r"\b{WEAK_STREAM_BEFORE} (?:\w+ )?{STREAM_WORD}\b",
    r"\b{STREAM_WORD}\b(?: \w+){0,3}? {WEAK_STREAM_AFTER}\b",
)
_SHARED_BLADDER = (
    # without noticing: "I peed a bit without knowing"
    r"\b{LEAKED} (?:\w+ ){0,3}?{WITHOUT} (?:\w+ )?{NOTICING}\b",
    # "too late" for the toilet: "until too late", "te laat voor de wc"
    r"\b{TOILET}\b(?: \w+){0,5}? {TOO_LATE}\b",
    r"\b{TOO_LATE}\b(?: \w+){0,3}? {TOILET}\b",
    # the bladder full but nothing comes: "bladder feels full all the time but i cant go"
    r"\b{BLADDER}\b(?: \w+){0,3}? {FULL}\b(?: \w+){0,6}? {CANT_GO} (?:\w+ )?{GO_EMPTY}\b",
    # a weak or slow stream: "my stream is really weak now", "mijn plasstraal is zwakker"
    *_WEAK_STREAM,
    # a sudden urge to rush: "sudden urge to rush to the loo" (new change of bladder function)
    r"\b{SUDDEN} (?:\w+ )?{URGE}(?: \w+){0,4}? {URGE_TARGET}\b",
    r"\b{PASS_WATER} (?:\w+ ){0,3}?{NOTHING_COMES}\b",
    # what happened told as a story (session 41D; the packs' CAME_OUT, NOT_FELT_COMING, COULDNT_HOLD): "it came out while i was
    # lifting, i didnt even feel it coming", "couldnt hold it, it all came out", "t kwam eruit, ik heb het niet voelen komen",
    # "ce est sorti, j ai pas senti venir" (not a thing that came out of nowhere, nor news seen coming)
    r"\b{CAME_OUT}\b(?: (?:\w+|,)){0,12}? (?:{NOT_FELT_COMING}|{COULDNT_HOLD})\b",
    r"\b(?:{NOT_FELT_COMING}|{COULDNT_HOLD})\b(?: (?:\w+|,)){0,10}? {CAME_OUT}\b",
)
_BLADDER_PATTERNS = [_fill(p) for p in _SHARED_BLADDER] + _patterns("BLADDER_PATTERNS")


_GUARD_START = tuple(lang.merged("redflags", "GUARD_START"))
_GUARD_WHEN = re.compile(rf"\b{_words('GUARD_WHEN')}\b")
_GUARD_NEG = re.compile(rf"\b{_words('GUARD_NEG')}\b")


def _voel_niet_guard(seg: str, m: re.Match[str]) -> bool:
    # "ik weet dat ik moet plassen" is no flag: the general Dutch pattern needs
    # a negation or uncertainty inside it (the packs' GUARD_START, GUARD_WHEN, GUARD_NEG).
    text = m.group(0)
    if _GUARD_START and text.startswith(_GUARD_START) and _GUARD_WHEN.search(text):
        return not _GUARD_NEG.search(text)
    return False


#: what wets a bed or clothes other than the person: "the hot water bottle leaked in bed"
_WET_BY = re.compile(rf"\b{_words('WET_BY')}\b")


# the trouble denied by the word just before it (the packs' TROUBLE_DENIED): "zero issues with peeing", "ik heb nergens
# last van bij het plassen", "jamais de probleme pour uriner" (not "ik heb last bij het plassen")
_TROUBLE_DENIED = re.compile(rf"\b{_words('TROUBLE_DENIED')}$")
_TROUBLE_START = re.compile(rf"^{_words('A_PROBLEM')}\b")
# a sign asked about in general, with "you", "ge", "on" (session 21f): a question, no complaint of the patient's
_SIGN_ASKED = re.compile(rf"(?:{_cues('SIGN_ASKED')})")


# a pain denied or made light of, with the act it comes with (the packs' PAIN_DENIED, session 24): "i didnt feel any pain when
# the wee came out", "i hardly feel the pain when i pee", "ik voelde geen pijn bij het plassen", "je ne sens pas de douleur quand
# j'urine" tell of pain, not of the bladder (not "i cant feel when i pee", "no pain but it just leaks")
_PAIN_DENIED = re.compile(rf"\b(?:{_cues('PAIN_DENIED')})\b")
# an urge to go elsewhere than the toilet (the packs' NOT_TOILET_AFTER): "never felt the need to go to a doctor"
_NOT_TOILET_AFTER = re.compile(rf"^ (?:{_cues('NOT_TOILET_AFTER')})\b")
_GONE_ELSEWHERE = re.compile(rf"\b\w+ (?:{_cues('NOT_TOILET_AFTER')})\b")


def _pain_told(seg: str, m: re.Match[str]) -> bool:
    text = m.group(0)
    if any(tok in _SOFT or tok in _HARD or tok == "," for tok in text.split()):
        return False  # "pain when i pee and it leaks": the leak is its own clause
    before = seg[: m.start()].split()[-8:]
    if "," in before:
        before = before[len(before) - before[::-1].index(","):]
    return bool(_PAIN_DENIED.search(" ".join(before + [text])))


# the person's own weak stream told at the shower (session 33B): "sous la douche mon jet est faible", "onder de douche is mijn
# straal zwak": the shower (a WET_BY word) is where the person stands, the stream theirs (an OWN_POSSESSIVE just before the
# STREAM_WORD); not with the shower inside the match: "mon jet de douche est faible" (the fixture's, see _a_fixtures_stream)
_WEAK_STREAM_RE = re.compile("|".join(_fill(p) for p in _WEAK_STREAM))
_OWN_STREAM = re.compile(_fill(r"{OWN_POSSESSIVE} {STREAM_WORD}\b"))


def _own_stream_there(seg: str, m: re.Match[str]) -> bool:
    if not _WEAK_STREAM_RE.fullmatch(m.group(0)) or _WET_BY.search(m.group(0)):
        return False
    return bool(_OWN_STREAM.match(" ".join(_before_tokens(seg, m, 1) + m.group(0).split())))


# what came out named as something else than stool or urine, a clause of its own right after or right before the story's "it
# came out" (session 41K, the packs' CAME_OUT_OTHER): "it came out all at once, the pain, i never felt it coming", "het kwam er
# ineens uit, die steek, ...", "les larmes, c'est sorti d'un coup, ..." (not in a sentence naming the stool, the urine, the toilet or
# the clothes: "it came out in my trousers, the poo, ..."; not "it came out, the pain was awful, ...": no clause of its own)
_CAME_OUT_RE = re.compile(rf"\b{_cues('CAME_OUT')}")
_OTHER_AFTER = re.compile(rf"^(?: (?:\w+|,)){{0,4}}? {_cues('CAME_OUT_OTHER')}(?= ,| \.|$)")
_OTHER_BEFORE = re.compile(rf"(?:^|, |\. ){_cues('CAME_OUT_OTHER')} ,? ?$")
_CAME_OUT_ITS_OWN = re.compile(_fill(r"\b(?:{STOOL}|{URINE}|{TOILET}|{CLOTHES})\b"))


def _came_out_other(seg: str, m: re.Match[str]) -> bool:
    if _CAME_OUT_ITS_OWN.search(seg):
        return False
    for found in _CAME_OUT_RE.finditer(seg, m.start(), m.end()):
        start, end = found.span()
        if _OTHER_AFTER.match(seg[end:]) or _OTHER_BEFORE.search(seg[:start]):
            return True
    return False


def _bladder_skip(seg: str, m: re.Match[str]) -> bool:
    if _TROUBLE_START.match(m.group(0)) and _TROUBLE_DENIED.search(seg[: m.start()].rstrip()):
        return True
    if _came_out_other(seg, m):
        return True
    if _pain_told(seg, m) or _NOT_TOILET_AFTER.match(seg[m.end():]):
        return True
    if _WET_BY.search(" ".join(_before_tokens(seg, m, 4) + m.group(0).split()[:3])) and not _own_stream_there(seg, m):
        return True  # the leak is a thing's: "hot water bottle leaked in bed"
    if _others_part(seg, m):
        return True
    if _SIGN_ASKED.search(_clause_before(seg, m)) or _watched_for(seg, m):
        return True  # "kunt ge van ne hernia incontinent worden?", "watch out for any trouble peeing"
    return _voel_niet_guard(seg, m) or _someone_else(seg, m)  # "mijne pa kan nie goe meer plassen"


# a known bowel disease explains "bowel problems" (not a new red flag)
_KNOWN_BOWEL = rf"\b{_words('KNOWN_BOWEL')}\b"

BLADDER_RULES = _rules(
    "bladder_bowel", {"bladder_bowel": True}, _BLADDER_PATTERNS, _bladder_skip, skip_sentence=_KNOWN_BOWEL
)
# the urge to go elsewhere told past the segment's cut (session 25X): "i havent felt the need to go and see my gp" is read
# in the segment "i havent felt the need to go" too, the doctor only in the sentence after it (not "never felt the need
# to go, and i leaked": a comma first)
BLADDER_RULES = [replace(rule, skip_after=_NOT_TOILET_AFTER.match) for rule in BLADDER_RULES]

# ---- fever ---------------------------------------------------------------------

# The patterns are the packs' FEVER_PATTERNS; these are shaped alike in English and Dutch.
# A fever told in Fahrenheit (session 35A): 100.4 F and above, up to 106 ("running 101", "temp of 102", "101.8 F"); 98.6, 99.5
# and 100.2 are no fever. Read only where it is plainly a temperature (a fever word, a reading verb, "F", a range, a decimal
# on its own), never a bare whole number ("room 101", "bus 101", "Highway 101", "102 kg").
_SLOT_VALUES["FAHRENHEIT"] = r"(?:100point[4-9]\d*|10[1-6](?:point\d+)?)"
# a half degree is no age: not after the packs' AGE_BE ("im 38 and a half", "ik ben 38 en een half"); one fixed-width
# look-behind a word
_SLOT_VALUES["NOT_AGE"] = "".join(rf"(?<!\b{w} )" for w in lang.merged("redflags", "AGE_BE"))
# ... nor a number that names a thing (session 47R9, the packs' READING_NOT_BEFORE: "the 38 every morning", "lijn 38 elke avond"),
# or a time of leaving, before the time of day or after it (session 47R10: "we leave at 38 every morning", "elke ochtend vertrekken we om 38")
_SLOT_VALUES["NOT_READING_BEFORE"] = "".join(rf"(?<!\b{w} )" for w in lang.merged("redflags", "READING_NOT_BEFORE"))
# a temperature right after the night's persistence word, or in its gap, is what persists, no night pain (session 47R10, the
# packs' NIGHT_PATTERNS): "s nachts altijd 39", "at night constantly 38.5", "altijd 39 s nachts", "la nuit en continu 39"
_SLOT_VALUES["NOT_A_READING"] = r"(?!(?:3[5-9]|4[0-2])(?:point\d+)?\b)"
_SLOT_VALUES["READING_NEXT"] = _fill(r" (?:\w+ ){0,2}?(?:(?:3[5-9]|4[0-2])(?:point\d+)?|{FEVER_WORD})\b")
# (after the packs' PERSISTENT_ONLY, the words of persistence that tell no pain: "s nachts veel pijn 39" keeps its pain)
_SLOT_VALUES["NOT_PERSISTING_READING"] = ("(?!(?:" + "|".join(rf"(?<=\b{w})" for w in lang.merged("redflags", "PERSISTENT_ONLY")) + ")"
                                          + _SLOT_VALUES["READING_NEXT"] + ")")
_SHARED_FEVER = (
    r"\b{HIGH} (?:\w+ )?{TEMPERATURE_WORD}\b",
    r"\b{FEVER_WORD} (?:\w+ ){0,4}?(?:3[89]|4[0-2])(?:point\d+)?\b",
    r"\b(?:3[89]|4[0-2])(?:point\d+)? ?(?:{DEGREES}|c)\b",
    r"\b{HAVE_NUMBER} (?:\w+ ){0,4}?(?:3[89]|4[0-2])point\d\b",
    # a measured temperature on its own: "gisteren 38,4" (not "38,5 kilo")
    r"\b(?:3[89]|4[01])point\d\b(?! ?{NOT_TEMPERATURE}\b)",
    # a whole degree still read (session 20): "no longer shivering but still 38", "nog steeds 38" (not "still 38 weeks")
    r"\b{STILL_AT} (?:3[89]|4[01])\b(?!point| ?{NOT_TEMPERATURE}\b)",
    r"\b{FEEL_HOT_COLD} (?:\w+ )?(?:{HOT_AND_COLD}|{HOT_THEN_COLD})\b",
    # "hot and cold all day" (not "hot and cold sensations down my leg")
    r"\b{HOT_AND_COLD} {ALL_DAY}\b",
    # Fahrenheit (session 35A): after a fever word ("temp of 102", "my temperature is 101.5"), with "F" ("101.8 F", "102f",
    # "102 degrees fahrenheit"), after a reading verb ("running 101", "hit 103 last night", "spiked to 102"), "still"
    # ("still around 101"), a range ("101-102"), a decimal on its own ("100.8 this morning"; one digit: "101.50" is money)
    r"\b{FEVER_WORD} (?:\w+ ){0,4}?{FAHRENHEIT}\b(?! ?{NOT_TEMPERATURE}\b)",
    r"\b{FAHRENHEIT} ?(?:{DEGREES} )?(?:f|fahrenhei[t])\b",
    r"\b{TEMP_AT} (?:(?!the )\w+ ){0,2}?{FAHRENHEIT}\b(?! ?{NOT_TEMPERATURE}\b)",  # not "hit the 101"
    r"\b{STILL_AT} {FAHRENHEIT}\b(?! ?{NOT_TEMPERATURE}\b)",
    r"\b{FAHRENHEIT} (?:to |or |and )?{FAHRENHEIT}\b(?! ?{NOT_TEMPERATURE}\b)",
    r"\b(?:100point[4-9]|10[1-5]point\d)\b(?! ?{NOT_TEMPERATURE}\b)",
    # a whole degree told as one's own (session 35A, the packs' HAVE_WHOLE: "ik zit aan 39", "j'ai 39 ce matin"), only where
    # a temperature's words follow (AFTER_WHOLE: "and", a time, "degrees") or the clause ends: "ik heb 40 dozen getild",
    # "j'ai 39 marches", "j'ai 39 ans" count things; an age in brackets, which the normaliser drops, is told by what
    # follows it (NOT_AFTER_WHOLE: "nu heb ik (41) sinds ik ..."). A half degree: "38 et demi", "38 and a half".
    r"\b{HAVE_WHOLE} (?:3[89]|4[01])\b(?!point| ?{NOT_TEMPERATURE}\b)(?= ?(?:[,.!?;:]|$|{AFTER_WHOLE}\b))(?! {NOT_AFTER_WHOLE}\b)",
    r"{NOT_AGE}\b(?:3[89]|4[01]) {AND_A_HALF}\b(?! ?{NOT_TEMPERATURE}\b)",
    # a whole degree told as a reading at a time of every day (session 47R9, the packs' READING_TIME): "always 38 in the evening",
    # "s avonds altijd rond de 38", "tous les soirs 38 et des poussieres" (the decimals were read already). Only where the
    # clause ends or a reading's words follow (READING_AFTER: "again", "et des poussieres"), not a count ("every night 40
    # minutes", NOT_TEMPERATURE), an age, a number that names a thing (READING_NOT_BEFORE: "the 38 every morning"), nor a
    # thing's temperature (the packs' READING_NOT_BODY in the clause: "the bath at 38 every evening", _fever_skip)
    r"\b{READING_TIME}(?: \w+){0,5}? {NOT_READING_BEFORE}(?P<r9>(?:3[89]|4[01]))\b(?!point| ?{NOT_TEMPERATURE}\b)"
    r"(?= ?(?:[,.!?;:]|$)| {READING_AFTER}\b| {READING_TIME}\b)",
    r"{NOT_AGE}{NOT_READING_BEFORE}\b(?P<r9>(?:3[89]|4[01]))\b(?: {READING_AFTER})? {READING_TIME}\b",
    # a fever denied only up to a past moment (session 37I, the packs' FEVER_DENIED_UNTIL): it began then, "no temperature
    # until last night", "tot vanmorgen geen temperatuur" (the other fever words are read so by the engine's _denied_until)
    r"\b{NO_ANY} (?:\w+ )?{FEVER_WORD}(?P<gap>(?: \w+){0,3}?) {FEVER_DENIED_UNTIL}\b",
    r"\b{FEVER_DENIED_UNTIL}(?: ,)?(?P<gap>(?: \w+){0,5}?) {NO_ANY} (?:\w+ )?{FEVER_WORD}\b",
)
_FEVER_PATTERNS = [_fill(p) for p in _SHARED_FEVER] + _patterns("FEVER_PATTERNS")
_WEATHER = re.compile(rf"\b{_words('WEATHER')}\b")
_NOT_BODY = re.compile(rf"\b(?:{_words('WEATHER')}|{_words('READING_NOT_BODY')})\b")


_HOT_COLD_THINGS = re.compile(rf"\b{_words('HOT_COLD_THINGS')}\b")
_SICK_END = re.compile(rf"\b{_words('SICK')}$")
_SICK_OF = re.compile(rf"^ {_words('SICK_OF')}\b")
# the sick word as slang for very before the pain (the packs' SICK_AS_ADVERB, session 30AC): "my back is sick sore", "het doet ziek
# pijn"; not with the person's being or feeling before it (SICK_SELF: "i feel sick sore all over", "ik ben echt ziek pijn overal")
_SICK_ADVERB = re.compile(rf"^ (?:{_cues('SICK_AS_ADVERB')})\b")
_SICK_SELF = re.compile(rf"\b(?:{_cues('SICK_SELF')})(?: \w+){{0,3}}? ?{_words('SICK')}$")
# others asking or thinking whether the patient is ill, just before the sick word (the packs' SICK_ASKED, session 30Z): "the
# neighbours ask if im ill", "on me demande si je suis malade", "ze vragen of ik echt ziek ben" -- their question, no fever
# told (the patient's own "i think im ill", "je me demande si je suis malade" stay)
_SICK_ASKED = re.compile(rf"(?:{_cues('SICK_ASKED')}) ?$")
_HOT_COLD_END = re.compile(rf"\b{_words('HOT_COLD')}$")


_SWEAT = re.compile(rf"\b{_words('SWEAT')}\b")


def _wet_by_something_else(sentence: str) -> bool:
    """ "hot water bottle burst in bed, sheets soaked": the bed is wet, and no sweat in it."""
    return bool(_WET_BY.search(sentence)) and not _SWEAT.search(sentence)


_FEVER_PURPOSE = re.compile(rf"\b{_words('FEVER_PURPOSE')} $")


# a fever named only in a question whether to mention or count it (the packs' FEVER_MENTION_ASKED, session 41L): "should i still
# bring up that fever?", "moet ik die verhoging ook doorgeven?", "est-ce que cette temperature compte ?" (the whole clause the
# question, no fever told now nor the person's own in it; not one of the last day, _FEVER_RECENT): asked, not told. A fever told
# now elsewhere in the message is read by its own words ("i have 38.5 now, should i mention it?")
_MENTION_ASKED = [re.compile(p) for p in _patterns("FEVER_MENTION_ASKED")]


def _mention_asked(seg: str, m: re.Match[str]) -> bool:
    if _FEVER_RECENT.search(seg):
        return False
    return any(o.start() <= m.start() and m.end() <= o.end() for rx in _MENTION_ASKED for o in rx.finditer(seg))


def _fever_skip(seg: str, m: re.Match[str]) -> bool:
    if _mention_asked(seg, m):
        return True  # "does that fever count?" (session 41L)
    if _FEVER_PURPOSE.search(seg[: m.start()]):
        return True  # what a medicine is for: "le nurofen ... ou c juste pour la fievre?"
    if _SIGN_ASKED.search(_clause_before(seg, m)) or _watched_for(seg, m):
        return True  # asked in general (session 22G): "can it give you a fever too?", "krijg je daar ook koorts van?"
    if _SICK_END.search(m.group(0)) and _SICK_OF.match(seg[m.end():]):
        return True  # "sick of this pain"
    if _SICK_END.search(m.group(0)) and _SICK_ADVERB.match(seg[m.end():]) and not _SICK_SELF.search(seg[: m.end()]):
        return True  # "my back is sick sore", "het doet ziek pijn": slang for very (session 30AC)
    if _SICK_END.search(m.group(0)) and _SICK_ASKED.search(seg[: m.start()]):
        return True  # "people keep asking if im really ill"
    if _HOT_COLD_END.search(m.group(0)) and _HOT_COLD_THINGS.search(seg):
        return True  # "alternating hot and cold packs"
    if "r9" in m.re.groupindex and _NOT_BODY.search(seg):
        return True  # "the bath at 38 every evening": a thing's temperature (session 47R9)
    # "38 degrees outside" is the weather
    return bool(re.match(r"(?:3|4)\d", m.group(0))) and bool(_WEATHER.search(seg))


# a fever told as a bare list after a comma (session 34R, the packs' SIGN_LIST_WORDS): its clause holds only fever words, numbers
# and those words ("had a kidney infection in october, fever and all", "vorige maand griep, drie dagen 39 graden", "notre jument a la
# gourme, 40 de fievre"): the clause before it is the one that tells it, whose past or subject it shares
_SIGN_LIST_WORDS: frozenset = lang.merged("redflags", "SIGN_LIST_WORDS")
_NUMBER_TOKEN = re.compile(r"\d+(?:point\d+)?")


def _bare_sign_list(clause: str) -> bool:
    """``clause`` names a fever and holds nothing but fever words, numbers and the packs' SIGN_LIST_WORDS."""
    rest = clause
    for regex in FEVER_RULES_BARE:
        rest = regex.sub(" ", rest)
    return rest != clause and all(tok in _SIGN_LIST_WORDS or _NUMBER_TOKEN.fullmatch(tok) for tok in rest.split())


def _animal_told(seg: str) -> bool:
    """An animal with its owner or article in ``seg``, no "i" (session 34R): "onze merrie heeft droes"."""
    return bool(_FEVER_ANIMAL.search(seg)) and not _FIRST_PERSON.search(seg) and not _ANIMAL_WELL.search(seg)


# ... told well ("the horse is fine , 39 fever": the list after it is the patient's)
_ANIMAL_WELL = re.compile(rf"\b(?:{_words('WELL')}|{_words('ANIMAL_WELL')})\b")


def _bare_sign_clause(sentence: str, seg: str, m: re.Match[str]) -> Optional[str]:
    """The clause before the match's own when that opens on a comma and is a bare list of fever words; else None."""
    offset = max(sentence.find(seg), 0)
    before = sentence[: offset + m.start()].split()
    after = sentence[offset + m.end():].split()

    def ends(tok: str) -> bool:
        return tok == "," or tok in _SOFT or tok in _HARD

    i = len(before)
    while i > 0 and not ends(before[i - 1]):
        i -= 1
    if i == 0 or before[i - 1] != ",":
        return None
    k = 0
    while k < len(after) and not ends(after[k]):
        k += 1
    if not _bare_sign_list(" ".join(before[i:] + [m.group(0)] + after[:k])):
        return None
    j = i - 1  # (back across "and": "had an infection en mars , forte fievre")
    while j > 0 and before[j - 1] != "," and before[j - 1] not in _HARD:
        j -= 1
    return " ".join(before[j: i - 1]) or None


# an animal the subject of the fever (session 33E, the packs' FEVER_ANIMALS): "our dog has a temperature", "de koe heeft koorts",
# "mon chien a de la fievre" (back to a comma or contrast word, across "and"; not with the patient after it: "the dog bit me and
# i have a fever", "the dog is fine but i have 39")
_FEVER_ANIMAL = re.compile(rf"\b{_words('FEVER_ANIMALS')}\b")


def _animal_fever(seg: str, m: re.Match[str]) -> bool:
    if _ME_TOO.search(seg):
        return False
    left = " ".join(_subject_words(seg, m))
    # no "i" anywhere in the clause: "i took the dog out and got a fever" is the patient's
    if _FEVER_ANIMAL.search(left) and not _FIRST_PERSON.search(left + " " + m.group(0)):
        return True
    # a bare list after a comma, the animal the subject of the clause before (session 34R): "our mare has strangles, 40 degrees
    # fever and a runny nose", "onze merrie heeft droes, 40 graden koorts", "notre jument a la gourme, 40 de fievre"
    told = _bare_sign_clause(seg, seg, m)
    return told is not None and _animal_told(told)


def _fever_or_other(seg: str, m: re.Match[str]) -> bool:
    return _fever_skip(seg, m) or _someone_else(seg, m) or _animal_fever(seg, m)


# (the fever words themselves, struck out of a clause to see what is left of it)
FEVER_RULES_BARE = [re.compile(p) for p in _FEVER_PATTERNS]
FEVER_RULES = _rules("fever", {"fever": True}, _FEVER_PATTERNS, _fever_or_other) + _rules(
    "fever", {"fever": True}, _patterns("WET_BED_PATTERNS"), _fever_or_other, skip_sentence=_wet_by_something_else
)

# ---- trauma -----------------------------------------------------------------

# The patterns are the packs' TRAUMA_PATTERNS (each is one language's).
_TRAUMA_PATTERNS = _patterns("TRAUMA_PATTERNS")

_FALL_DOUBT = re.compile(rf"\b(?:{_FEAR}|{'|'.join(lang.merged('redflags', 'FALL_DOUBT'))})\b")
_FALL_STEMS = lang.merged("redflags", "FALL_STEMS")
_FALLING_OFF = tuple(lang.merged("redflags", "FALLING_OFF"))
# (the trauma word, what just precedes it, what follows it): the first entry whose word matches decides
_NOT_A_FALL = [
    (re.compile(word), before and re.compile(_fill(before)), [re.compile(_fill(after)) for after in afters])
    for word, before, afters in lang.merged("redflags", "NOT_A_FALL")
]


_CLOTHES_BEFORE = re.compile(rf"\b{_words('CLOTHES')}\b(?: \w+){{0,2}}$")
_LONG_AGO = re.compile(rf"\b{_words('LONG_AGO')}\b")
_UNRELATED = re.compile(rf"\b{_words('UNRELATED')}\b")


# A small thing that fell, not the patient (session 27K; the packs' FALLEN_THINGS): "bent for the pen that had fallen under
# the desk", "mijn sleutels waren gevallen", "la tasse est tombee", "picking up a fallen glove", "j'ai fait tomber mes cles":
# the thing is the fall word's subject (only a relative pronoun, an auxiliary or, in Dutch, a place between: THING_GAP) or
# what it describes (THING_FALL_BEFORE). Not when the thing is what the patient fell over or with (THING_PLACE_BEFORE
# in the 3 words before it: "tripped over my keys", "met mijn tas gevallen"), when it fell onto the patient (FELL_ONTO_ME:
# "a tin fell on my back"), nor when the patient is the subject after the fall word (THING_SUBJECT_AFTER: "viel ik").
_THINGS_FALLEN = _alt(*lang.merged("redflags", "FALLEN_THINGS"))
_THING_FALL_WORD = re.compile(rf"\b{_alt(*lang.merged('redflags', 'THING_FALL_WORDS'))}\b")
_THING_SUBJECT = re.compile(rf"\b{_THINGS_FALLEN}(?: {_alt(*lang.merged('redflags', 'THING_GAP'))}){{0,4}}$")
_THING_PLACE = frozenset(lang.merged("redflags", "THING_PLACE_BEFORE"))
_THING_PLACE_RX = re.compile(rf"^{_alt(*sorted(_THING_PLACE))}$")
_FELL_ONTO_ME = re.compile(_alt(*lang.merged("redflags", "FELL_ONTO_ME")))
_THING_SUBJECT_AFTER = re.compile(rf"^ {_alt(*lang.merged('redflags', 'THING_SUBJECT_AFTER'))}\b")
_THING_FALL_BEFORE = re.compile(rf"\b{_alt(*lang.merged('redflags', 'THING_FALL_BEFORE'))}$")
_THING_AFTER = re.compile(rf"^(?: \w+)? {_THINGS_FALLEN}\b")
# a bigger thing that fell (session 46R4; the packs' FALLEN_OBJECTS: a box, a crate, a ladder, a plant pot, a bag) is the fall
# word's subject only when the patient is told as not falling after it in the sentence (the packs' NOT_ME_FELL: "de doos viel
# naar beneden maar ik bleef rechtstaan", "the crate fell off the shelf but i stayed on my feet", "la caisse est tombee mais pas
# moi"); not "the ladder fell and i fell with it" (no such cue), "a box fell on my back" (FELL_ONTO_ME)
_OBJECT_SUBJECT = re.compile(rf"\b{_alt(*lang.merged('redflags', 'FALLEN_OBJECTS'))}"
                             rf"(?: {_alt(*lang.merged('redflags', 'THING_GAP'))}){{0,4}}$")
_NOT_ME_FELL = re.compile(rf"\b{_alt(*lang.merged('redflags', 'NOT_ME_FELL'))}")
# the words before a thing that make it a place (THING_PLACE_BEFORE) are those of the language whose thing it is (session
# 46R4): the Dutch article "de" is no French "de" ("de wasmand viel", not "tombe de ...")
_THING_PLACES_BY_PACK = [
    (re.compile(rf"{_alt(*(tuple(things) + tuple(getattr(lang.module(code, 'redflags'), 'FALLEN_OBJECTS', ()))))}\b"),
     re.compile(rf"^{_alt(*lang.module(code, 'redflags').THING_PLACE_BEFORE)}$"))
    for code, things in lang.tables("redflags", "FALLEN_THINGS")
]


def fallen_thing(seg: str, m: re.Match[str]) -> bool:
    """The fall of ``m`` is a small thing's, not the patient's (see above)."""
    word = m.group(0)
    falls = list(_THING_FALL_WORD.finditer(word))
    if not falls:
        return False
    fall = falls[-1]
    after = seg[m.end():]
    if _FELL_ONTO_ME.match(after) or _THING_SUBJECT_AFTER.match(after):
        return False
    before = seg[: m.start() + fall.start()].rstrip()
    if _THING_FALL_BEFORE.search(before + " " + fall.group(0)) and _THING_AFTER.match(seg[m.start() + fall.end():]):
        return True  # "a fallen glove", "fait tomber mes cles"
    found = _THING_SUBJECT.search(before)
    if found is None and _NOT_ME_FELL.search(after):
        found = _OBJECT_SUBJECT.search(before)
    if found is None or found.start() == 0 and not before:
        return False
    lead = before[: found.start()].split()[-3:]
    places = [place for thing, place in _THING_PLACES_BY_PACK if thing.match(before, found.start())] or [_THING_PLACE_RX]
    return not any(place.match(tok) for tok in lead for place in places)


# "Suddenly" or "at once" said with a blow word (session 40H; the packs' BLOW_IDIOMS): "ca a lache d'un coup dans le bas du
# dos", "in een klap schoot het in mijn rug", "op slag", "in one hit my back went": no blow. The match holds such an idiom and
# its own pattern no longer matches the segment once the idiom is taken out ("je suis tombe d'un coup sur le dos" stays a fall;
# "il m'a frappe d'un coup dans le dos", "d'un coup de pied": no idiom, the packs' lookarounds). Read by the story's and the
# answers' trauma too (bot/reading/answers.py _TRAUMA_LOOSE).
_BLOW_IDIOMS = re.compile(_alt(*lang.merged("redflags", "BLOW_IDIOMS")))


def blow_idiom(seg: str, m: re.Match[str]) -> bool:
    """The blow word of ``m`` is only in a "suddenly" idiom (see above)."""
    spans = [(i.start(), i.end()) for i in _BLOW_IDIOMS.finditer(seg) if i.start() < m.end() and i.end() > m.start()]
    if not spans:
        return False
    rest = seg
    for start, end in reversed(spans):
        rest = rest[:start] + " " + rest[end:]
    return m.re.search(" ".join(rest.split())) is None


# A fall denied by a "without" whose list runs up to it (session 39C; the packs' WITHOUT, NEGATION_LIST_WORDS, WITHOUT_GLUE):
# "without lifting anything heavy or falling down", "zonder da'k iets gepakt heb of gevallen ben", "sans avoir rien porte ou
# etre tombe", "zonder dat ik gevallen ben": the "without" stands earlier in the clause (no comma, contrast or joining word
# between) and either only glue words stand between it and the fall, or the fall comes at most 4 words after the list's last
# "or". Not "without warning i fell" (the warning is no glue), not "without lifting anything, i fell" (the comma).
_WITHOUT_WORDS = frozenset(lang.merged("redflags", "WITHOUT"))
# "without" before these denies nothing: "without warning i fell", "zonder waarschuwing", "sans prévenir" (_is_negation_at)
_WITHOUT_FRAMES: frozenset = lang.merged("redflags", "WITHOUT_FRAMES")
_WITHOUT_FRAME_FILLERS: frozenset = lang.merged("redflags", "WITHOUT_FRAME_FILLERS")
_WITHOUT_GLUE = frozenset(lang.merged("redflags", "WITHOUT_GLUE"))
_WITHOUT_OR = frozenset(lang.merged("redflags", "NEGATION_LIST_WORDS"))
_WITHOUT_REACH = 16  # words back from the fall
_WITHOUT_OR_GAP = 4  # words between the list's last "or" and the fall


def _without_denied(seg: str, m: re.Match[str]) -> bool:
    before = seg[: m.start()].split()[-_WITHOUT_REACH:]
    last_or = None
    for i in range(len(before) - 1, -1, -1):
        tok = before[i]
        if tok in {",", ".", ";", "!", "?"} or tok in _HARD or tok in _SOFT:
            return False
        if tok in _WITHOUT_WORDS:
            if last_or is not None:
                return True
            return all(t in _WITHOUT_GLUE for t in before[i + 1:])
        if tok in _WITHOUT_OR and last_or is None and len(before) - 1 - i <= _WITHOUT_OR_GAP:
            last_or = i
    return False


def _trauma_skip(seg: str, m: re.Match[str]) -> bool:
    word = m.group(0)
    if fallen_thing(seg, m) or blow_idiom(seg, m):
        return True
    if _without_denied(seg, m):
        return True
    before = " ".join(_before_tokens(seg, m, 4))
    if _FALL_DOUBT.search(before) and any(stem in word for stem in _FALL_STEMS):
        return True
    if _FALLING_OFF and word.startswith(_FALLING_OFF) and _CLOTHES_BEFORE.search(seg[: m.start()].rstrip()):
        return True  # "my jeans are falling off me" is weight, not a fall
    if _LONG_AGO.search(seg) and _UNRELATED.search(seg[m.end() :]):
        return True  # "fell off a horse 10 yrs ago but this is nothing to do with that"
    for word_rx, before_rx, after_rxs in _NOT_A_FALL:
        # "by accident", "in slaap gevallen", "viel mee", "bij ongeluk", "saw an accident"
        if word_rx.search(word) and (
            bool(before_rx and before_rx.search(seg[: m.start()].rstrip())) or any(rx.match(seg[m.end():]) for rx in after_rxs)
        ):
            return True
    return False


def _inside_longer(seg: str, m: re.Match[str], rules: Sequence[Rule], within: bool = False) -> bool:
    """The word of ``m`` is one end of a longer match of ``rules`` that reads it otherwise: Dutch "afgevallen" and
    "viel ... af" are a fall and weight lost, so "van mijn fiets afgevallen" (what was fallen off) is the fall, and
    "viel 5 kilo af" (the kilos) the weight. The longer reading wins; the same span keeps both. ``within``: anywhere
    inside the longer match too (session 37K: the fall word in the middle of a weight that fell off the body, "the
    weight just fell off me", "lost weight, it fell off")."""
    for rule in rules:
        for other in rule.regex.finditer(seg):
            if other.start() > m.start():
                break
            if (other.end() - other.start() > m.end() - m.start() and other.end() >= m.end()
                    and (within or other.start() == m.start() or other.end() == m.end())):
                return True
    return False


# the patient named as what was struck, inside the trauma words (the packs' STRUCK_OWN, session 25Z): "some lad went
# into the back of us", "iemand reed achterop mij", "un gars nous est rentre dedans": whoever drove, the blow is the
# patient's (a relative's own crash names no one struck: "my lad went into the back of a car"); the word just after the
# match counts too
_STRUCK_OWN = re.compile(rf"\b(?:{_cues('STRUCK_OWN')})\b")
# a car struck with no one in it (the packs' OWN_VEHICLE, NOT_ABOARD, session 28I): "my car got hit while parked, i wasnt in
# it", "mijn auto werd aangereden, ik zat er niet in", "ma voiture a ete emboutie, je n'etais pas dedans": the car's own, not
# the patient's trauma (the patient struck, "hit me", keeps it). Told after a comma, it is read on the whole sentence
# (_no_fall_in)
_OWN_VEHICLE = re.compile(rf"\b(?:{_cues('OWN_VEHICLE')})\b")
_NOT_ABOARD = re.compile(rf"\b(?:{_cues('NOT_ABOARD')})\b")
_STRUCK_OWN_ME = re.compile(rf"\b{_alt(*(w for w in lang.merged('redflags', 'STRUCK_OWN') if w.isalpha()))}\b")


def _not_aboard(seg: str, m: re.Match[str]) -> bool:
    """The patient's own car struck (named in the match or the 4 words before it), the patient told as not in it after."""
    near = " ".join(seg[: m.start()].split()[-4:] + [m.group(0)])
    return (bool(_OWN_VEHICLE.search(near)) and not _STRUCK_OWN_ME.search(m.group(0))
            and bool(_NOT_ABOARD.search(seg[m.end():])))


def _trauma_or_other(seg: str, m: re.Match[str]) -> bool:
    struck = " ".join([m.group(0)] + seg[m.end():].split()[:1])  # and the word after it: "knalde achterop ons"
    return (_trauma_skip(seg, m) or (_someone_else(seg, m, places=True) and not _STRUCK_OWN.search(struck))
            or _inside_longer(seg, m, WEIGHT_RULES, within=True) or _not_aboard(seg, m))


def _without_frame(tokens: Sequence[str], i: int) -> bool:
    """``tokens[i]`` is a "without" that denies nothing: "without warning i fell", "zonder waarschuwing viel ik",
    "sans prévenir je suis tombé" (session 39: the fall was lost)."""
    if tokens[i] not in _WITHOUT_WORDS:
        return False
    k = i + 1
    while k < len(tokens) and tokens[k] in _WITHOUT_FRAME_FILLERS:
        k += 1
    return k < len(tokens) and tokens[k] in _WITHOUT_FRAMES


def _denies(tokens: Sequence[str], i: int) -> bool:
    """``tokens[i]`` is a negation word, and not a "without" that denies nothing ("without warning i fell")."""
    return tokens[i] in _NEG and not _without_frame(tokens, i)


def _denied_right_before(sentence: str, m: re.Match[str]) -> bool:
    """A negation in the 2 words right before the match, in its clause: the fall itself denied ("..., never fell over",
    "niet gevallen", "pas tombe"; session 26C). Further back it may be another sign's ("no fever , fell down the stairs")."""
    before = sentence[: m.start()].split()[-2:]
    if "," in before:
        before = before[len(before) - before[::-1].index(","):]
    return any(_denies(before, i) for i in range(len(before)))


# a slip or a trip told with nothing struck after it (the packs' SLIP_ONLY opening the trauma match, no FALL_STEMS in it, then
# NOTHING_STRUCK later in the sentence; session 41F): "slipped on the ice but didnt hit anything", "gleed uit maar niks gestoten",
# "j'ai glisse mais rien cogne" is no fall (not "slipped and landed on my bum": a landing is a trauma match of its own)
_SLIP_ONLY = re.compile(rf"^{_alt(*lang.merged('redflags', 'SLIP_ONLY'))}\b")
_NOTHING_STRUCK = re.compile(rf"\b{_alt(*lang.merged('redflags', 'NOTHING_STRUCK'))}\b")


def _slip_only(word: str) -> bool:
    """A trauma match that tells a slip or a trip and no fall ("slipped on the ice", not "slipped and fell")."""
    return bool(_SLIP_ONLY.match(word)) and not any(stem in word for stem in _FALL_STEMS)


def _slip_unstruck(sentence: str, m: re.Match[str]) -> bool:
    return _slip_only(m.group(0)) and bool(_NOTHING_STRUCK.search(sentence[m.end():]))


def _no_fall_in(sentence: str) -> bool:
    """Every trauma word of the sentence is something else there ("had an accident, pooed
    myself", "tripped on the stairs twice this week"): then its segments, cut at the comma
    or "and", must not read it back as a fall."""
    seen = False
    for rule in TRAUMA_RULES:
        for m in rule.regex.finditer(sentence):
            # a fall denied ("j'ai glisse, pogne la rampe, j'suis pas tombe") is no fall either (session 21c)
            if not (_trauma_or_other(sentence, m) or _negated_inside(rule, m) or _denied_right_before(sentence, m)
                    or _slip_unstruck(sentence, m)):
                return False
            seen = True
    return seen


TRAUMA_RULES = _rules("onset", {"onset": "trauma"}, _TRAUMA_PATTERNS, _trauma_or_other, skip_sentence=_no_fall_in)


# a slip told in one sentence, the fall denied or nothing struck in the next, a catch between or not (session 41M): "i slipped
# on the ice. but i didnt fall", "ben uitgegleden op de natte vloer. kon me nog vastgrijpen aan het hek, niet gevallen", "j ai
# glisse dans l escalier. j ai attrape la rampe et j suis pas tombe": the two read as one sentence by the trauma rules, with every
# guard of _no_fall_in; only when every trauma match of the slip's sentence is a slip (SLIP_ONLY, no FALL_STEMS) and the next
# sentence tells no trauma of its own ("i slipped. landed on my back" stays read)
def _slip_sentence(sentence: str) -> bool:
    found = [m.group(0) for rule in TRAUMA_RULES for m in rule.regex.finditer(sentence)]
    return bool(found) and all(_slip_only(word) for word in found)


def _slip_unfallen_next(norm: str) -> bool:
    sentences = [sentence.strip(" ,") for sentence in norm.split(" . ")]
    told = [i for i, sentence in enumerate(sentences) if "onset" in _evaluate_normalised(sentence, TRAUMA_RULES).positive]
    return bool(told) and all(
        i + 1 < len(sentences) and sentences[i + 1] and _slip_sentence(sentences[i])
        and "onset" not in _evaluate_normalised(f"{sentences[i]} , {sentences[i + 1]}", TRAUMA_RULES).positive for i in told)

# ---- progressive weakness (one leg) -------------------------------------------------

# The patterns are the packs' WORSENING_PATTERNS; these are shaped alike in English and Dutch.
_SHARED_WORSENING = (
    # high steps so the foot does not catch: "lift my knee high so my foot doesnt catch", "anders blijft mijn voet haken"
    r"\b{SO_THAT} {MY_AREA}?{SIDE}?{FOOT_WORD} (?:\w+ ){0,2}?{FOOT_NOT}?{CATCHES}\b",
    # weaker over time: "weaker every day", "weaker than last week", "elke dag zwakker", "zwakker dan gisteren"
    r"\b{WEAKER} (?:\w+ ){0,1}?{EVERY_PER} {DAYS}\b",
    r"\b{EACH} {DAY_OR_WEEK} (?:\w+ ){0,3}?{WEAKER}\b",
    r"\b{WEAKER} {THAN} (?:\w+ ){0,1}?{BEFORE_TIME}\b",
    r"\b{GRADUALLY} (?:\w+ ){0,2}?(?:{WEAKER}|{WEAKER_MORE})\b",
    r"\b{PARALYSED}",
    r"\b{DAY_BY_DAY} (?:\w+ )?(?:{WEAKER}|{WEAKER_MORE})\b",
    # strength lost bit by bit, a limb in the sentence (session 37H, the packs' STEADY_LOSS): "my left leg, every week a bit
    # less strength", "elke dag wat minder kracht in mijn rechterbeen", "je perds de la force petit a petit dans ma jambe"
    r"\b{LIMBS}\b(?: \S+){0,6}? {STEADY_LOSS}\b",
    r"\b{STEADY_LOSS}(?: \S+){0,5}? {LIMBS}\b",
)
_WORSENING_PATTERNS = [_fill(p) for p in _SHARED_WORSENING] + _patterns("WORSENING_PATTERNS")
_WEAK_START = re.compile(_words("WEAK_START"))


def _weak_negated_gap(seg: str, m: re.Match[str]) -> bool:
    # "zwak maar niet erger" / "weak but not getting worse" are stable, not worse
    # ("it isnt getting worse", "het wordt nie erger": any negation word inside the match)
    return any(tok in _NEG for tok in m.group(0).split()[1:]) and bool(
        _WEAK_START.match(m.group(0))
    )


# a limb named as someone else's, a relative's or an animal's ("my dog's leg is getting weaker",
# "het been van mijn moeder wordt zwakker", "her foot drags"): the packs' OTHER_BEINGS (less NOT_BEINGS: "my baby
# toe", "mijn kleine teen" are the patient's), ANIMAL_LIMBS, OF_WHOM
_ANY_LIMB = _alt(*lang.merged("redflags", "LIMBS"), *lang.merged("redflags", "ANIMAL_LIMBS"))
_BEINGS = rf"(?!{_words('NOT_BEINGS')}\b){_alt(*lang.merged('redflags', 'OTHER_BEINGS'))}"
_OTHERS_POSS = _alt(*lang.merged("redflags", "OTHERS_POSSESSIVE"))
_OWN_POSS = _alt(*lang.merged("redflags", "OWN_POSSESSIVE"))
_OTHERS_LIMB = re.compile(_fill(
    rf"\b{_BEINGS}s? (?:is |s |{_OTHERS_POSS} )?(?:(?!{_words('OWN_LIMB_AFTER_BEING')} )\w+ )?{_ANY_LIMB}\b"
    rf"|\b{_ANY_LIMB} {{OF_WHOM}} (?:\w+ )?{_BEINGS}s?\b"
    rf"|\b{_OTHERS_POSS} {{SIDE}}?{_ANY_LIMB}\b"))
#: the patient's own limb ("my left leg", "mijn voet"; not "my dogs leg")
_OWN_LIMB = re.compile(rf"\b{_OWN_POSS} (?!{_BEINGS}s?\b)(?:\w+ )?{_ANY_LIMB}\b")
#: the saddle area as a relative's: possessive with or without the apostrophe ("my wife's bum" is read "my wife is bum",
#: "my wifes bum", "mijn vrouw haar poep"), or "of" them ("de poep van mijn vrouw", "les fesses de ma femme")
_OTHERS_AREA = re.compile(_fill(
    rf"\b{_BEINGS}s? (?:is |s |{_OTHERS_POSS} )?{AREA}\b"
    rf"|\b{AREA} {{OF_WHOM}} (?:\w+ )?{_BEINGS}s?\b"))
#: the patient's own area ("my bum", "mijn poep"; not "my wifes bum")
_OWN_AREA = re.compile(rf"\b{_OWN_POSS} (?!{_BEINGS}s?\b)(?:\w+ )?{AREA}\b")


def _others_limb(seg: str, m: re.Match[str]) -> bool:
    """The clause of the sign names someone else's limb ("my dog's leg is getting weaker", "mijn hond zijn
    poot wordt zwakker"), not the patient's own, and the patient is not named after it ("my wife's been
    saying im getting weaker")."""
    if _ME_TOO.search(seg) or _MINE_TOO.search(seg):
        return False
    clause = _local_clause(seg, m)
    other = _OTHERS_LIMB.search(clause)
    return bool(other) and not _OWN_LIMB.search(clause) and not _FIRST_PERSON.search(clause[other.end():])


# Another subject told between the limb and the weak word (session 24T; the packs' WEAK_OTHER_SUBJECT, "the pain" with its
# article): "with my knees bent the pain gives out", "les genoux plies, la douleur se derobe", "met mijn benen omhoog, de pijn zakt
# weg": that subject's verb, the pain easing, not the limb failing. Not after a joining word or a preposition (the packs'
# WEAK_SUBJECT_NOT_AFTER: "my legs and the pain ...", "my leg with the pain gives way"), nor with one in the verb's words.
_WEAK_OTHER_SUBJECT = re.compile(rf"(?:^| )(?:{_cues('WEAK_OTHER_SUBJECT')})(?P<tail>(?: \w+){{0,4}})$")
_WEAK_SUBJECT_NOT_AFTER = frozenset(lang.merged("redflags", "WEAK_SUBJECT_NOT_AFTER"))


def _other_subject_at_end(before: str, text: str) -> bool:
    """``text`` ends on another subject (then at most 4 words of its verb); ``before`` is what precedes ``text``."""
    found = _WEAK_OTHER_SUBJECT.search(text)
    if found is None:
        return False
    previous = (before + " " + text[: found.start()]).split()[-1:]
    tail = found.group("tail").split()
    return not _WEAK_SUBJECT_NOT_AFTER.intersection(previous + tail) and not _NEG.intersection(tail)


def _weak_of_other_subject(seg: str, m: re.Match[str]) -> bool:
    """The limb first, the weak words last, another subject just before them."""
    words = m.group(0).split()
    return len(words) > 2 and _other_subject_at_end(seg[: m.start()], " ".join(words[1:]))


_PARALYSED_WORD = re.compile(rf"(?:{_cues('PARALYSED')})")
_PARALYSIS_FEARED = re.compile(rf"(?:{_cues('PARALYSIS_FEARED')})")


def _paralysis_feared(seg: str, m: re.Match[str]) -> bool:
    """The paralysis word asked about or feared as a possibility ("can i end up paralysed if ...", "kan ik verlamd
    raken", "j'ai peur de rester paralysé"): a worry, no sign; the check asks the leg questions anyway."""
    return bool(_PARALYSED_WORD.fullmatch(m.group(0))) and bool(_PARALYSIS_FEARED.search(_clause_before(seg, m)))


# a relative's legs that give way, told getting worse (session 44W3; the packs' GIVES_WAY and OTHERS_LEGS_FAIL): "my dad's legs
# buckle under him when he gets up, every day worse", "zakt mijn moeder door haar benen, het wordt erger": the relative's red
# flag whoever has the back pain (the safe side), so the guards for someone else's limb (_others_limb, _others_legs) stand
# down. Not an animal's (the packs' OTHER_BEINGS past the family words: "my dog's legs buckle, worse every day"), nor a
# course told stable or no worsening told ("my mum's legs gave way once"), nor a weakness that is no giving way.
_OTHERS_FAIL = re.compile(rf"\b(?:{_words('GIVES_WAY')}|{_words('OTHERS_LEGS_FAIL')})\b")
_ANIMAL_BEING = re.compile(rf"\b{_alt(*(w for code in lang.CODES for w in lang.module(code, 'redflags').OTHER_BEINGS[1:]))}s?\b")


def _others_failing_worse(seg: str, m: re.Match[str]) -> bool:
    return (bool(_OTHERS_FAIL.search(m.group(0))) and _worse_told(seg) and not _stable_cue_told(seg)
            and not _ANIMAL_BEING.search(seg) and not _weak_negated_gap(seg, m))


def _worsening_skip(seg: str, m: re.Match[str]) -> bool:
    return (_weak_negated_gap(seg, m) or (_others_limb(seg, m) and not _others_failing_worse(seg, m))
            or _weak_of_other_subject(seg, m) or _paralysis_feared(seg, m))


WORSENING_RULES = _rules("leg_weakness", {"leg_weakness": "worsening"}, _WORSENING_PATTERNS, _worsening_skip)

# a knee or leg that gives way now and then, its course told as unchanged ("my knee gives way now and then but its
# exactly the same, not worse", "mijn knie begeeft het soms maar het is precies hetzelfde", "mon genou lache de temps en
# temps mais c'est exactement pareil"): no worsening, as "weak but not getting worse" (the stable cue stands in another
# clause, so the sentence is read; a rule whose every match there is a giving way is dropped)
_GIVES_WAY = re.compile(rf"\b{_words('GIVES_WAY')}\b")


# one leg's weakness told with a worsening denied outright ("ma jambe a moins de force, je sais pas me mettre sur la
# pointe du pied, mais ca s'aggrave pas", "cant stand on tiptoe but its not getting worse", session 16d): no worsening
# either, when no match itself tells a course ("weaker every day"); the stricter cue (packs' NOT_WORSENING), as a
# stable word alone ("at the same time") is no course
_NOT_WORSENING = re.compile(rf"\b{_alt(*lang.merged('redflags', 'NOT_WORSENING'))}\b")


def _gives_way_unchanged(rx: re.Pattern[str]) -> Callable[[str], bool]:
    def skip(sentence: str) -> bool:
        matches = list(rx.finditer(sentence))
        found = [m.group(0) for m in matches]
        if not found or not _stable_cue_told(sentence) or _worse_told(sentence):
            return False
        if all(_GIVES_WAY.search(word) for word in found):
            return True
        # the denial told after the sign, and not the pain's ("my knee gives way, not worse, but my foot drags more each
        # day" tells the foot's course by nothing; "the pain is not getting worse though" is the pain's)
        denied = any(m.start() >= matches[-1].end() and not _PAIN.search(" ".join(sentence[: m.start()].split()[-3:]))
                     for m in _NOT_WORSENING.finditer(sentence))
        return denied and not any(_WORSE_NOW.search(word) for word in found)
    return skip


# a foot swept from under the patient by a slip told just before ("slipped on the wet floor, foot went from under me",
# "uitgegleden, mijn voet schoof onder mij weg", "j'ai glisse, le pied est parti"): the slip, no leg that gives way
# (session 21c; the packs' SLIPPED and SWEPT_FROM_UNDER; a giving way with no slip told keeps its reading)
_SLIPPED_BEFORE = re.compile(rf"\b{_words('SLIPPED')}\b(?: \S+){{0,10}}$")
_SWEPT = re.compile(rf"\b{_words('SWEPT_FROM_UNDER')}\b")
_SLIP_CAUSE = re.compile(rf"\b{_words('SLIP_CAUSE')}\b")
# the feet swept and then caught by a hold ("feet went from under me but i grabbed the rail", "mijn voeten gingen onder me
# weg maar ik kon me vasthouden", "les pieds sont partis, je me suis rattrapee au mur"): a near fall, the packs' SWEPT_FEET
# and CAUGHT_AFTER (session 24W; "my legs went from under me but i grabbed the rail" keeps the sign)
_SWEPT_FEET = re.compile(rf"\b{_words('SWEPT_FEET')}\b")
_CAUGHT_AFTER = re.compile(rf"\b{_words('CAUGHT_AFTER')}\b")
_SWEPT_THING = re.compile(rf"\b{_words('SWEPT_THING')}\b")
_SWEPT_LEG = re.compile(rf"\b{_words('SWEPT_LEG')}\b")


def _swept_by_slip(rx: re.Pattern[str]) -> Callable[[str], bool]:
    def slip_before(before: str) -> bool:
        slip = _SLIPPED_BEFORE.search(before)
        # "fell down the stairs because my legs went from under me": a cause told after the slip keeps the sign
        return bool(slip) and not _SLIP_CAUSE.search(before[slip.start():])

    def feet_caught(sentence: str, m: re.Match[str]) -> bool:
        # the feet (not the legs) swept, then a catch told after it: a near fall, no leg that gives way (session 24W)
        near = " ".join(sentence[: m.start()].split()[-3:] + [m.group(0)] + sentence[m.end():].split()[:4])
        return bool(_SWEPT.search(near) and _SWEPT_FEET.search(near)
                    and _CAUGHT_AFTER.search(" ".join(sentence[m.end():].split()[:12])))

    def thing_swept(sentence: str, m: re.Match[str]) -> bool:
        # a thing (a ladder, a chair, a bike) went from under the patient, named just before: the thing, not the legs
        # (session 44X; the packs' SWEPT_THING; "my legs went out from under me" keeps the sign)
        before = " ".join(sentence[: m.start()].split()[-4:])
        return bool(_SWEPT.search(m.group(0)) and _SWEPT_THING.search(before)
                    and not _SWEPT_LEG.search(f"{before} {m.group(0)}"))  # "on the mat as my legs went from under me"

    def skip(sentence: str) -> bool:
        matches = list(rx.finditer(sentence))
        return bool(matches) and all((_SWEPT.search(m.group(0)) and slip_before(sentence[: m.start()].rstrip()))
                                     or feet_caught(sentence, m) or thing_swept(sentence, m) for m in matches)
    return skip


def _course_or_slip(rx: re.Pattern[str]) -> Callable[[str], bool]:
    unchanged, slip = _gives_way_unchanged(rx), _swept_by_slip(rx)
    return lambda sentence: unchanged(sentence) or slip(sentence)


WORSENING_RULES = [replace(rule, skip_sentence=_course_or_slip(rule.regex)) for rule in WORSENING_RULES]

# ---- both legs ----------------------------------------------------------------------


_NEG_WORDS = frozenset(_NEG)


# the "same" of the two sides (session 41E; the packs' SIDES_SAME): "the same on both sides", "links en rechts hetzelfde", "des deux
# cotes pareil" compare the sides and tell no course, so they are dropped before the stable cues are read
_SIDES_SAME = re.compile(rf"\b{_alt(*lang.merged('redflags', 'SIDES_SAME'))}\b")


def _stable_cue_told(text: str) -> bool:
    """A stable cue not itself denied ("not stable", "nooit hetzelfde", "pas stable" are no stable course), not the sides'."""
    text = _SIDES_SAME.sub(" ", text)
    return any(
        not _NEG_WORDS.intersection(text[: m.start()].split()[-2:])
        for cue in (_STABLE_CUE, _STABLE_NOW)
        for m in cue.finditer(text)
    )


def _worse_told(text: str) -> bool:
    """A worsening told, past the stable cues ("hasnt got any worse since") and a comparison with before ("weaker
    than before", packs' COMPARED_BEFORE)."""
    return bool(_WORSE_NOW.search(_COMPARED_BEFORE.sub(" ", _STABLE_NOW.sub(" ", _STABLE_CUE.sub(" ", text)))))


def _both_weak_value(seg: str, m: re.Match[str]) -> Finding:
    stable = _stable_cue_told(seg) and not _worse_told(seg)
    return {"both_legs": True, "leg_weakness": "stable" if stable else "worsening"}


_LEGS_PLURAL = _words("LEGS_PLURAL")
#: "her legs", "zijn benen": someone else's legs
_OTHERS_LEGS = re.compile(
    r"\b(?:" + "|".join(lang.merged("redflags", "OTHERS_POSSESSIVE")) + rf") (?:\w+ )?{_LEGS_PLURAL}\b"
)
#: "my legs", "mijn benen": the patient's own legs
_OWN_LEGS = re.compile(
    r"\b(?:" + "|".join(lang.merged("redflags", "OWN_POSSESSIVE")) + rf") (?:\w+ )?{_LEGS_PLURAL}\b"
)


_MINE_TOO = re.compile(rf"\b{_cues('MINE_TOO')}\b")


# a possessive that is also a verb (the packs' POSSESSIVE_OR_VERB: Dutch "zijn" is "his" and "are"), read as the verb
# after a word that opens no clause (the packs' OWNER_OPENERS, or a relative: "mijn vader zijn benen") when no verb of the
# packs' OWNED_VERBS follows the legs in the sign (session 26F): "sinds een jaar zijn beide benen krachteloos", "nu zijn
# beide voeten doof" are the patient's legs; "zijn benen zijn zwak", "omdat zijn benen slap worden", "en zijn benen slap"
# stay someone else's. The word is masked with letters no pattern reads, the offsets kept.
_OWNER_OR_VERB = frozenset(lang.merged("redflags", "POSSESSIVE_OR_VERB") or ())
_OWNER_OPENERS = frozenset(lang.merged("redflags", "OWNER_OPENERS") or ())
_OWNED_VERBS = frozenset(lang.merged("redflags", "OWNED_VERBS") or ())
_LEGS_AFTER = re.compile(rf" (?:\w+ )?{_LEGS_PLURAL}\b")


def _verb_not_owner(seg: str, m: re.Match[str]) -> str:
    out = seg
    for found in re.finditer(r"\b\w+\b", seg[: m.end()]):
        word = found.group(0)
        if word not in _OWNER_OR_VERB or found.start() < m.start() - 40:
            continue
        legs = _LEGS_AFTER.match(seg, found.end())
        before = seg[: found.start()].split()[-1:]
        if (legs is None or not before or before[0] in _OWNER_OPENERS or before[0] in _OWNER_OR_VERB or before[0] in {",", "."}
                or _FAMILY_RE.fullmatch(before[0])):
            continue
        if _OWNED_VERBS.intersection(seg[legs.end(): m.end()].split() + seg[m.end():].split()[:1]):
            continue
        out = out[: found.start()] + word.upper() + out[found.end():]
    return out


def _others_legs(seg: str, m: re.Match[str]) -> bool:
    """'numbness in her legs', 'my wife has weak legs': not the patient's legs.

    Only when the legs are named as someone else's, or a relative is the subject
    and the patient's own legs are not named ("my wife says my legs are numb" is
    the patient's).
    """
    if _OWNER_OR_VERB:
        seg = _verb_not_owner(seg, m)
    if _others_limb(seg, m):
        return True  # "my dogs legs are getting weaker", "my mums legs are numb"
    window = " ".join(_before_tokens(seg, m, 2) + [m.group(0)])
    if _OWN_LEGS.search(window) or _ME_TOO.search(seg) or _MINE_TOO.search(seg):
        return False
    return bool(_OTHERS_LEGS.search(window)) or _someone_else(seg, m)


def _legs_of_other_subject(seg: str, m: re.Match[str]) -> bool:
    """The legs first, another subject at the end of the words between them and the weak word (see _other_subject_at_end)."""
    gap = m.groupdict().get("gap") or ""
    return bool(gap and _other_subject_at_end(seg[: m.start("gap")], gap.strip())) or (
        _others_legs(seg, m) and not _others_failing_worse(seg, m))


_LEGS_THEN_WEAK, _WEAK_THEN_LEGS = _near(BOTH_LEGS, WEAK, 6)
# heavy legs tired after a day on the feet (session 31AG, the packs' HEAVY_TIRED_AFTER): "my legs feel heavy after standing all
# day", "zware benen na een lange werkdag" -- no weakness, unless a weak, failing or worse word follows (_worse_told)
_HEAVY_TIRED_AFTER = re.compile(rf"^(?: \S+){{0,2}}? (?:{_cues('HEAVY_TIRED_AFTER')})\b")


def _heavy_tired_after(rest: str) -> bool:
    return bool(_HEAVY_TIRED_AFTER.match(rest)) and not _worse_told(rest) and not re.search(rf"\b{WEAK}\b", rest)


BOTH_LEG_RULES = _rules(
    "both_legs_numb", {"both_legs": True, "leg_numbness": True}, _near(BOTH_LEGS, LEG_NUMB, 6), _others_legs
) + [replace(rule, skip_after=_heavy_tired_after) for rule in _rules(
    "both_legs_weak",
    {"both_legs": True, "leg_weakness": "worsening"},
    [
        _fill(p)
        for p in (
            # heavy legs (a lead weight, "loodzwaar"): weakness as people feel it
            r"\b{LEGS_PLURAL}(?: {LEGS_FEEL})* {HEAVY}\b",
            r"\b{HEAVY_ADJ} {LEGS_PLURAL}\b",
        )
    ],
    _others_legs,
    value_fn=_both_weak_value,
)] + _rules(
    "both_legs_weak", {"both_legs": True, "leg_weakness": "worsening"}, [_LEGS_THEN_WEAK], _legs_of_other_subject,
    value_fn=_both_weak_value,
) + _rules(
    "both_legs_weak", {"both_legs": True, "leg_weakness": "worsening"}, [_WEAK_THEN_LEGS], _others_legs,
    value_fn=_both_weak_value,
) + _rules(
    "both_legs_weak",
    {"both_legs": True, "leg_weakness": "worsening"},
    [
        _fill(p)
        for p in (
            # legs that do not obey: "my legs wont do what i tell them", "mijn benen doen niet wat ik wil"
            r"\b{LEGS_PLURAL} (?:\w+ )?{LEGS_WONT} (?:\w+ )?{OBEY}\b",
        )
    ],
    _others_legs,
    value_fn=_both_weak_value,
) + _rules("both_legs_numb", {"both_legs": True, "leg_numbness": True}, _patterns("BOTH_LEGS_NUMB_PATTERNS"), _others_legs) + _rules(
    # a stable course told reads these as stable too ("mijn twee benen worden doof en slap, maar t is nie slechter")
    "both_legs_weak", {"both_legs": True, "leg_weakness": "worsening"}, _patterns("BOTH_LEGS_WEAK_PATTERNS"),
    # a relative's legs that give way, told getting worse, are flagged here too (session 46R4, as _legs_of_other_subject):
    # "bij mijn vader plooien zijn benen weer, elke keer erger"
    lambda seg, m: _others_legs(seg, m) and not _others_failing_worse(seg, m),
    value_fn=_both_weak_value,
)
# both legs doing one thing and then failing, one verb and a joining word between (session 20b): "beide benen trillen en
# zakken door als ik sta", "both legs shake and give way", "les deux jambes tremblent et lachent" (the "and" would cut
# the weakness from its legs; a negation in the slot is none: "both legs fine and ...")
# both legs given two signs in a list, a comma between (session 22H): "les deux jambes sont en coton, engourdies du haut
# des cuisses", "both legs feel like jelly, numb down to the toes", "beide benen zijn slap, gevoelloos tot in de tenen"
# (the gap reads no comma, so the second sign lost its legs; the second sign right after the comma, a joining word at
# most; a likeness there is the first sign told again (the packs' LIST_LIKE): "faiblardes, comme du coton"; a negation
# there is none: "weak, not numb")
_LIST_NEXT = rf" , (?:(?:{_alt(*sorted(_SOFT))}) )?(?!(?:{'|'.join(sorted(_NEG))}|{_words('LIST_LIKE')})\b)"
BOTH_LEG_RULES += _rules(
    "both_legs_numb", {"both_legs": True, "leg_numbness": True},
    [rf"\b{BOTH_LEGS}\b(?: \w+){{0,4}}? {WEAK}\b{_LIST_NEXT}{LEG_NUMB}\b"], _others_legs,
) + _rules(
    "both_legs_weak", {"both_legs": True, "leg_weakness": "worsening"},
    [rf"\b{BOTH_LEGS}\b(?: \w+){{0,4}}? {LEG_NUMB}\b{_LIST_NEXT}{WEAK}\b"], _others_legs,
    value_fn=_both_weak_value,
)
BOTH_LEG_RULES += _rules(
    "both_legs_weak", {"both_legs": True, "leg_weakness": "worsening"},
    [rf"\b{BOTH_LEGS}\b (?!(?:{'|'.join(sorted(_NEG))})\b)\w+ {_alt(*sorted(_SOFT))} {WEAK}\b"], _others_legs,
    value_fn=_both_weak_value,
)
# ... and both feet swept by a slip: "slipped on ice, my feet went from under me" (session 21c)
BOTH_LEG_RULES = [replace(rule, skip_sentence=_swept_by_slip(rule.regex)) if rule.topic == "both_legs_weak" and rule.skip_sentence is None
                  else rule for rule in BOTH_LEG_RULES]

# ... and a foot that slipped, not one asleep, a fall told after it past a comma (session 38C; the packs' SLIP_ASLEEP, the
# words of the patterns that are also a slip, and FALL_AFTER_SLIP): "di foot slip , mi drop two metre" (inside the segment
# the pattern's own lookahead reads it)
_SLIP_ASLEEP = re.compile(rf"\b{_alt(*lang.merged('redflags', 'SLIP_ASLEEP'))}$")
_FALL_AFTER_SLIP = re.compile(rf"^(?: \S+){{0,8}}? {_alt(*lang.merged('redflags', 'FALL_AFTER_SLIP'))}\b")


def _slipped_then_fell(sentence: str, seg: str, m: re.Match[str]) -> bool:
    return bool(_SLIP_ASLEEP.search(m.group(0)) and _FALL_AFTER_SLIP.match(_rest_after(sentence, seg)))


BOTH_LEG_RULES = [replace(rule, skip_in_sentence=_slipped_then_fell) if rule.topic == "both_legs_numb" and rule.skip_in_sentence is None
                  else rule for rule in BOTH_LEG_RULES]

# ---- cancer -----------------------------------------------------------------------

# The patterns are the packs' CANCER_PATTERNS, and the cancer word with its typos.
_CANCER_PATTERNS = [_fill(r"\b{CANCER_WORD}")] + _patterns("CANCER_PATTERNS")


_CANCER_QUESTION = re.compile(rf"\b{_words('CANCER_QUESTION')}\b")
_CANCER_BENIGN = re.compile(rf"\b{_words('CANCER_BENIGN')}$")
_CANCER_DOUBT = re.compile(rf"\b(?:{_FEAR}|{'|'.join(lang.merged('redflags', 'CANCER_DOUBT'))})\b")
_CANCER_NOT_AFTER = re.compile(rf"^ {_words('CANCER_NOT_AFTER')}\b")
_CANCER_DIED_BEFORE = re.compile(rf"\b{_cues('CANCER_DIED_BEFORE')}$")
_CANCER_DIED_AFTER = re.compile(rf"^ {_cues('CANCER_DIED_AFTER')}\b")


# a clause that asks or worries whether it is cancer ("could this be something serious like cancer", "kan rugpijn een
# teken zijn van iets ergs zoals kanker", "j'ai peur que ce soit ... un cancer"): the cue may stand further before the
# cancer word than the doubt window; a cancer had, treated or coming back in the same sentence stays the patient's
_CANCER_ASKED = re.compile(rf"(?:{_cues('CANCER_ASKED')})\b")
_CANCER_OWN = re.compile(rf"\b(?:{_cues('CANCER_OWN')})\b")


def _clause_words(text: str, forward: bool = False, ends: Tuple[str, ...] = (",",)) -> str:
    """The words of ``text`` next to a match: its last clause, or (``forward``) its first one, up to the nearest of
    ``ends``, and/en or contrast word."""
    tokens = text.split()
    out: List[str] = []
    for tok in (tokens if forward else reversed(tokens)):
        if tok in ends or tok in _SOFT or tok in _HARD:
            break
        out.append(tok)
    return " ".join(out if forward else reversed(out))


def _clause_before(seg: str, m: re.Match[str]) -> str:
    """The words of the match's clause before it (up to the nearest comma, and/en or contrast word)."""
    return _clause_words(seg[: m.start()])


# the cancer word given as an example after a comma (session 35J; the packs' CANCER_EXAMPLE): "could it be something serious,
# like a tumour?", "kan rugpijn door iets ernstigs komen, zoals kanker?", "ca peut venir de quelque chose de grave, genre une
# tumeur ?" -- the question is the clause before the comma, read with it (an own cancer told in the sentence still keeps it)
_CANCER_EXAMPLE = re.compile(rf"^(?:{_cues('CANCER_EXAMPLE')})\b")


# the cancer word alone after a comma, the example of the question before it with no example word (session 38T; the packs'
# CANCER_APPOSITION_BEFORE, CANCER_VAGUE): "can back pain point to something bad, a tumour or so?", "kan het iets ernstigs zijn,
# kanker of zo?", "ca peut etre grave, un cancer ou quoi ?" -- only an article before it in its clause and only a vague tag
# after it; read like the example (an own cancer told in the sentence still keeps it: "i had a tumour removed, or so")
_CANCER_APPOSITION_BEFORE = re.compile(rf"(?:{_cues('CANCER_APPOSITION_BEFORE')})?")
_CANCER_VAGUE = re.compile(rf"(?:{_cues('CANCER_VAGUE')})")


def _apposition(seg: str, m: re.Match[str]) -> bool:
    """The cancer word is all of its clause, but an article before it and a vague tag after it ("a tumour or so")."""
    clause = _clause_before(seg, m)
    after = seg[m.end():].split(",")[0].strip()
    return (bool(_CANCER_APPOSITION_BEFORE.fullmatch(clause)) and bool(_CANCER_VAGUE.fullmatch(after))
            and _clause_after(seg, m) == after)


def _apposition_in_sentence(sentence: str, seg: str, m: re.Match[str]) -> bool:
    """A segment that is only the apposition ("een tumor of zo") is read as its sentence reads the same match."""
    if not _apposition(seg, m) or seg[: m.start()].strip() != _clause_before(seg, m):
        return False
    start = sentence.find(seg)
    whole = m.re.match(sentence, start + m.start()) if start >= 0 else None
    return whole is not None and whole.group(0) == m.group(0) and _cancer_skip(sentence, whole)


def _asking_clause(seg: str, m: re.Match[str]) -> str:
    """The match's clause before it, and the clause before that when it opens with an example word after a comma (or is
    only the cancer word with an article and a vague tag, _apposition)."""
    clause = _clause_before(seg, m)
    if not (_CANCER_EXAMPLE.match(clause) or _apposition(seg, m)):
        return clause
    tokens = seg[: m.start()].split()
    rest = tokens[: len(tokens) - len(clause.split())]
    if not rest or rest[-1] != ",":
        return clause
    return f"{_clause_words(' '.join(rest[:-1]))} {clause}"


def _example_alone(seg: str, m: re.Match[str]) -> bool:
    """A segment cut at the comma that is only the example ("like a tumour", "zoals kanker"): it is read with its question in
    the whole sentence (_asking_clause), where an own cancer told keeps it ("i've had a few things, like cancer")."""
    clause = _clause_before(seg, m)
    return (bool(_CANCER_EXAMPLE.match(clause)) and clause == seg[: m.start()].strip()
            and not _CANCER_OWN.search(seg) and not _CANCER_MY.search(seg))


# a cancer or a tumour asked about in general as the cause, the subject of a causing verb in a question (session 36F; the packs'
# CANCER_CAUSE_BEFORE, CANCER_CAUSE_AFTER, CANCER_NAMED): "can cancer cause back pain?", "kan kanker rugpijn geven?", "le cancer
# peut-il provoquer des douleurs au dos ?" -- only the cancer or tumour word itself (not "does chemo cause back pain": a treatment
# named is most often one's own)
_CANCER_CAUSE_BEFORE = re.compile(rf"^(?:{_cues('CANCER_CAUSE_BEFORE')})$")
_CANCER_CAUSE_AFTER = re.compile(rf"^(?:{_cues('CANCER_CAUSE_AFTER')})\b")
_CANCER_NAMED = re.compile(rf"(?:{_cues('CANCER_NAMED')})")


def _cancer_as_cause(seg: str, m: re.Match[str]) -> bool:
    return (bool(_CANCER_NAMED.fullmatch(m.group(0))) and bool(_CANCER_CAUSE_BEFORE.match(_clause_before(seg, m)))
            and bool(_CANCER_CAUSE_AFTER.match(_clause_after(seg, m))))


def _cancer_asked(seg: str, m: re.Match[str]) -> bool:
    return ((bool(_CANCER_ASKED.search(_asking_clause(seg, m))) or _cancer_as_cause(seg, m))
            and not _CANCER_OWN.search(_without_relatives_clauses(seg)))


def _without_relatives_clauses(seg: str) -> str:
    """``seg`` without its clauses told of a relative and not of the patient (session 32AP): a relative's cancer had ("mijn
    moeder heeft kanker gehad, kan mijn rugpijn kanker zijn?") is no own history that keeps the patient's question a history."""
    return " , ".join(clause for clause in seg.split(" , ")
                      if not (_FAMILY_RE.search(clause) and not _FIRST_PERSON.search(clause)))


# the patient's own cancer asked about as coming back ("could my cancer be back", "zou mijn kanker terug zijn", "est-ce que
# mon cancer est revenu"): they had it, so the doubt or worry around the question does not undo the history
_CANCER_MINE = re.compile(rf"\b{_cues('CANCER_MINE')}$")
_CANCER_BACK = re.compile(rf"^{_cues('CANCER_BACK')}\b")


def _clause_after(seg: str, m: re.Match[str]) -> str:
    """The words of the match's clause after it (up to the nearest comma, and/en or contrast word)."""
    return _clause_words(seg[m.end():], forward=True)


def _cancer_returning(seg: str, m: re.Match[str]) -> bool:
    return bool(_CANCER_MINE.search(_clause_before(seg, m))) and bool(_CANCER_BACK.match(_clause_after(seg, m)))


# a relative's cancer asked about for the writer's own (the packs' CANCER_THEIRS, CANCER_FOR_MINE, session 30AC): "does his cancer
# mean mine could be something", "betekent zijn kanker dat de mijne ...", "est-ce que son cancer veut dire que le mien ..." -- their
# possessive just before the cancer word and the writer's own back after it (a carer's "could her cancer be causing it" stays)
_CANCER_THEIRS = re.compile(rf"\b(?:{_cues('CANCER_THEIRS')})(?: \w+)?$")
_CANCER_FOR_MINE = re.compile(rf"\b(?:{_cues('CANCER_FOR_MINE')})\b")


def _cancer_theirs_for_mine(seg: str, m: re.Match[str]) -> bool:
    return bool(_CANCER_THEIRS.search(" ".join(_before_tokens(seg, m, 2)))) and bool(_CANCER_FOR_MINE.search(seg[m.end():]))


# the patient's own cancer named as theirs in a question of its doing (the packs' CANCER_OWNED, session 31AI): "could my cancer be
# causing it", "kan dat van mijn kanker komen", "est-ce que ca peut venir de mon cancer" -- they have or had it, so the doubt or
# question around it does not undo the history (not "my cancer risk", CANCER_OWNED_NOT_AFTER)
_CANCER_OWNED = re.compile(rf"\b(?:{_cues('CANCER_OWNED')})$")
_CANCER_OWNED_NOT_AFTER = re.compile(rf"^ (?:{_cues('CANCER_OWNED_NOT_AFTER')})\b")


def _cancer_owned(seg: str, m: re.Match[str]) -> bool:
    return bool(_CANCER_OWNED.search(" ".join(_before_tokens(seg, m, 2)))) and not _CANCER_OWNED_NOT_AFTER.match(seg[m.end():])


def _cancer_skip(seg: str, m: re.Match[str]) -> bool:
    before = " ".join(_before_tokens(seg, m, 5))
    if _cancer_theirs_for_mine(seg, m) and not _cancer_returning(seg, m):
        return True
    if _CANCER_BENIGN.search(before) or _example_alone(seg, m):
        return True
    returning = _cancer_returning(seg, m)
    owned = returning or _cancer_owned(seg, m)
    if not returning and _CANCER_NOT_AFTER.match(seg[m.end():]):
        return True
    if not owned and (_cancer_asked(seg, m) or _CANCER_DOUBT.search(before)):
        return True
    if _CANCER_DIED_BEFORE.search(before) or _CANCER_DIED_AFTER.match(seg[m.end():]):
        return True  # someone who died of it: not the one typing
    if _CANCER_QUESTION.search(seg) and not owned:
        return True
    return _third_party(seg, m)


# a sentence that tells someone else's story, read or heard ("j'ai lu l'histoire d'un mec de 33 ans qui avait mal au dos et
# c'etait un cancer", "saw a post about a guy whose back pain was cancer"; the packs' CANCER_STORY): its cancer is that
# person's, unless the patient's own is told in it (CANCER_MY: "i had cancer myself", "j'ai eu un cancer")
_CANCER_STORY = re.compile(rf"\b(?:{_cues('CANCER_STORY')})\b")
_CANCER_MY = re.compile(rf"\b(?:{_cues('CANCER_MY')})")


# someone else who "had the same" and whose turned out to be a cancer (session 22; the packs' CANCER_SAME): "my neighbour
# had the same and it turned out to be cancer", "mijn buurvrouw had hetzelfde en het bleek kanker", "ma voisine avait eu la
# meme chose et au final c'etait un cancer": that person's story, told as a fear (no first person between)
_CANCER_SAME = re.compile(rf"^(?: \w+){{0,3}}? {_cues('CANCER_SAME')}\b")


def _cancer_same_story(sentence: str) -> bool:
    for relative in _FAMILY_RE.finditer(sentence):
        same = _CANCER_SAME.match(sentence[relative.end():])
        if same is not None and not _FIRST_PERSON.search(same.group(0)):
            return True
    return False


# someone else's back pain or illness told, then what it turned out to be (session 37N; the packs' CANCER_SOMEONE,
# CANCER_TOLD_HAD, CANCER_REVEALED): "my aunt had back pain and it turned out to be cancer", "mijn nonkel had rugpijn en het
# bleek kanker", "un ami avait mal au dos et c'etait un cancer" -- the reveal is in a clause of its own, so _third_party does
# not see the person. Theirs when their having verb follows them (no first person before it) and nothing of the writer's
# own (first person, own possessive, "mine") stands from that verb to the cancer word, nor "me too" in the sentence
_CANCER_SOMEONE = re.compile(rf"\b(?:{_cues('CANCER_SOMEONE')})\b")
_CANCER_TOLD_HAD = re.compile(rf"^(?: \w+){{0,3}}? (?:{_cues('CANCER_TOLD_HAD')})\b")
_CANCER_REVEALED = re.compile(rf"\b(?:{_cues('CANCER_REVEALED')})\b")
_OWN_IN_TOLD = re.compile(rf"\b(?:{_alt(*lang.merged('redflags', 'FIRST_PERSON'), *lang.merged('redflags', 'OWN_POSSESSIVE'))}"
                          rf"|{_cues('CANCER_FOR_MINE')})\b")


def _cancer_told_of_other(sentence: str) -> bool:
    if _ME_TOO.search(sentence):
        return False
    people = list(_FAMILY_RE.finditer(sentence)) + list(_CANCER_SOMEONE.finditer(sentence))
    for person in people:
        rest = sentence[person.end():]
        had = _CANCER_TOLD_HAD.match(rest)
        if had is None or _FIRST_PERSON.search(had.group(0)):
            continue
        revealed = _CANCER_REVEALED.search(rest, had.end())
        if revealed is not None and len(rest[had.end():revealed.start()].split()) <= 25 \
                and not _OWN_IN_TOLD.search(rest[had.end():revealed.end()]):
            return True
    return False


def _cancer_story_sentence(sentence: str) -> bool:
    return (bool(_CANCER_STORY.search(sentence) or _cancer_same_story(sentence) or _cancer_told_of_other(sentence))
            and not _CANCER_MY.search(sentence))


# a cut word said as a particle after the subject of an asking clause (session 36F; the packs' CANCER_PARTICLE_SUBJECT,
# CANCER_PARTICLE): "en als het nu een tumor is?", "as da nu kanker is?", "wat als het toch kanker is?" -- the clause is cut at
# "nu" and "toch", so neither the sentence nor the segment "een tumor is" reads the question. The sentence is read again
# without the particle by the same cancer rules (an own cancer told still keeps it: "ik had kanker, en als het nu terug is?")
_CANCER_PARTICLE = re.compile(rf"\b({_cues('CANCER_PARTICLE_SUBJECT')}) (?:{_cues('CANCER_PARTICLE')})\b")


def _cancer_asked_past_particle(sentence: str) -> bool:
    bare = _CANCER_PARTICLE.sub(r"\1", sentence)
    if bare == sentence:
        return False
    return "cancer_history" not in _evaluate_uncached(bare, CANCER_RULES).positive_topics


def _cancer_skip_sentence(sentence: str) -> bool:
    return _cancer_story_sentence(sentence) or _cancer_asked_past_particle(sentence)


CANCER_RULES = _rules("cancer_history", {"cancer_history": True}, _CANCER_PATTERNS, _cancer_skip,
                      skip_sentence=_cancer_skip_sentence)
CANCER_RULES = [replace(rule, skip_in_sentence=_apposition_in_sentence) for rule in CANCER_RULES]

# ---- weight loss ----------------------------------------------------------------------

# The patterns are the packs' WEIGHT_PATTERNS; these are shaped alike in English and Dutch.
_SHARED_WEIGHT = (
    r"\b{CLOTHES} (?:\w+ ){0,3}?{TOO_LOOSE}\b",
    r"\b{NEW} (?:\w+ )?{HOLES} (?:\w+ ){0,3}?{BELT}\b",
    # the belt on its last hole, a few words between (session 22H): "belt is now on the last hole", "au dernier trou de
    # ma ceinture", "mijn riem zit nu al op het laatste gaatje" (a diet told is intent: the WEIGHT_RULES skip it)
    r"\b{BELT}s? (?:\w+ ){0,5}?{LAST_HOLE}\b",
    r"\b{LAST_HOLE}s? (?:\w+ ){0,3}?{BELT}\b",
)
# a weight told as numbers on the scale, in digits or words ("went from 12 stone to 11", "de nonante a huitante trois"):
# {WEIGHT_NUMBER} in a pack's pattern; the packs' WEIGHT_FROM_TO read the two numbers of a match (groups "was" and
# "now"): a weight that went up is no loss (session 21c)
_NUMBER_VALUES: Dict[str, int] = {word.replace("-", " "): value for word, value in lang.merged("numbers", "NUMBERS").items()}
_NUMBER_WORD = _alt(*sorted((re.escape(word) for word in _NUMBER_VALUES), key=len, reverse=True))
_SLOT_VALUES["WEIGHT_NUMBER"] = rf"(?:\d+(?:point\d+)?|{_NUMBER_WORD}(?: {_NUMBER_WORD}){{0,3}})"


def _number_value(told: str) -> Optional[float]:
    """The value of a number told in digits ("82", "82point5") or words ("huitante trois", "quatre vingt dix sept"):
    the words as the duration reader reads them."""
    if told[:1].isdigit():
        try:
            return float(told.replace("point", "."))
        except ValueError:
            return None
    value = number_value(told)
    return None if value is None else float(value)


_WEIGHT_FROM_TO = [re.compile(_fill(pattern)) for pattern in lang.merged("redflags", "WEIGHT_FROM_TO")]


# the kilos of a strength or a load, not of the body (the packs' NOT_BODY_WEIGHT): "de kracht in mijn been is gezakt van 30
# naar 18 kilo", "lifting from 20 to 10 kg"
_NOT_BODY_WEIGHT = re.compile(rf"\b{_words('NOT_BODY_WEIGHT')}\b(?: \S+){{0,10}}$")


def _weight_not_down(seg: str, m: re.Match[str]) -> bool:
    """A weight told from one number to another that did not go down ("van 75 naar 82 kilo"), or not the body's."""
    if any(rx.search(m.group(0)) for rx in _WEIGHT_FROM_TO) and _NOT_BODY_WEIGHT.search(seg[: m.start()].rstrip()):
        return True
    for rx in _WEIGHT_FROM_TO:
        told = rx.search(m.group(0))
        if told is not None:
            was, now = _number_value(told.group("was")), _number_value(told.group("now"))
            return was is None or now is None or now >= was
    return False


_WEIGHT_PATTERNS = [_fill(p) for p in _SHARED_WEIGHT] + _patterns("WEIGHT_PATTERNS")
_INTENT = re.compile(rf"\b{_cues('INTENT')}\b")
# Anywhere in the sentence ("I've lost 5 kg but that's on purpose"): only cues that name the intent.
_INTENT_STRONG = re.compile(rf"\b{_cues('INTENT_STRONG')}\b")
_INTENT_NEG_WINDOW = 4
#: a cue just after "or"/"of"/"ou" in a list looks further back for its negation ("not doing any diet or gym")
_NEG_LIST_WORDS: frozenset = frozenset(lang.merged("redflags", "NEGATION_LIST_WORDS"))


#: a cue whose comparison with before is denied just after it, a few words between that name no cue of their own (the packs'
#: INTENT_DENIED_AFTER, session 42D): "exercise no more than usual", "sport niet meer dan anders", "le sport pas plus qu'avant"
_INTENT_DENIED_AFTER = re.compile(rf"^((?:\S+ ){{0,3}}?){_cues('INTENT_DENIED_AFTER')}")


def _denied_after(text: str, m: re.Match[str], cues: re.Pattern[str]) -> bool:
    """The cue ``m`` is followed by a denied comparison with before, no other cue between ("diet and sport no more than
    usual" keeps the diet)."""
    after = _INTENT_DENIED_AFTER.match(text[m.end():].lstrip())
    return bool(after) and not cues.search(after.group(1))


def _intent_in(text: str, cues: re.Pattern[str] = _INTENT) -> bool:
    """An intent cue that is not negated ("not on a diet", "niet bewust", "not on purpose"), before it or by a denied
    comparison just after it ("sport no more than usual")."""
    for m in cues.finditer(text):
        if _denied_after(text, m, cues):
            continue
        tokens = text[: m.start()].split()
        listed = _NEG_LIST_WORDS.intersection(tokens[-2:])  # "or gym", "ou de sport"
        window = 2 * _INTENT_NEG_WINDOW if listed else _INTENT_NEG_WINDOW
        if not any(tok in _NEG for tok in tokens[-window:]):
            return True
    return False


_UNINTENDED = re.compile(rf"\b{_words('UNINTENDED')}\b")


_WASTING_PART = re.compile(rf"\b{_words('WASTING_PART')}\b")
# a part of the body grown thin, not the body (session 31AJ, the packs' THIN_PART and THIN_WORD): "my skin is getting thin",
# "mijn huid wordt steeds dunner", "ma peau s'est amincie" -- the part in the few words before a thinness word, no "i" between
# nor in the match ("my skin is loose ive gone so thin" is the patient's)
_THIN_PART = re.compile(rf"\b(?:{_cues('THIN_PART')})\b")
_THIN_WORD = re.compile(rf"\b(?:{_cues('THIN_WORD')})\b")


def _part_grown_thin(seg: str, m: re.Match[str]) -> bool:
    if not _THIN_WORD.search(m.group(0)) or _FIRST_PERSON.search(m.group(0)):
        return False
    before = " ".join(_before_tokens(seg, m, 5))
    found = list(_THIN_PART.finditer(before))
    return bool(found) and not _FIRST_PERSON.search(before[found[-1].end():])


#: footwear (the packs' FOOTWEAR): "mijn slipper valt steeds af" is a slipper falling off, no weight lost
_FOOTWEAR = re.compile(rf"\b{_words('FOOTWEAR')}\b")


def _footwear_falls_off(seg: str, m: re.Match[str]) -> bool:
    """Footwear in the two words before the match, in its clause: the thing falls off, not the weight."""
    before = _before_tokens(seg, m, 2)
    if "," in before:
        before = before[len(before) - before[::-1].index(","):]
    return bool(_FOOTWEAR.search(" ".join(before)))


# weight loss as a remedy or a plan, not a loss ("does losing weight help back pain?", "helpt afvallen tegen
# rugpijn?"): the loss told as an act (the pack's WEIGHT_AS_ACT: "losing weight", "afvallen", "weight loss") and
# not as going on ("ive been losing weight": WEIGHT_ONGOING just before), with a helping word in its clause
# (WEIGHT_REMEDY: "help", "good for", "helpt", "goed voor"); a loss "without trying" stays a loss
_WEIGHT_AS_ACT = re.compile(rf"^{_cues('WEIGHT_AS_ACT')}\b")
_WEIGHT_ONGOING = re.compile(rf"\b{_cues('WEIGHT_ONGOING')}$")
_WEIGHT_REMEDY = re.compile(rf"\b{_cues('WEIGHT_REMEDY')}\b")
_WEIGHT_RESUMED = re.compile(rf"^{_cues('WEIGHT_RESUMED')}\b")


def _weight_as_remedy(seg: str, m: re.Match[str]) -> bool:
    if not _WEIGHT_AS_ACT.match(m.group(0)) or _UNINTENDED.search(seg):
        return False
    if _WEIGHT_ONGOING.search(" ".join(_before_tokens(seg, m, 3))):
        return False
    return bool(_WEIGHT_REMEDY.search(_local_clause(seg, m)))


_WEIGHT_RXS: List[re.Pattern[str]] = []  # the weight rules' regexes, set once they are built


def _weight_remedy_sentence(sentence: str) -> bool:
    """Every weight loss of the sentence is an act asked about as a remedy, also when a pronoun after a comma takes
    it up ("losing weight, would that help?", "afvallen, helpt dat?", "la perte de poids, ca aide ?"): a segment
    ends at the comma, so the sentence is read whole here."""
    segs = [seg for _kind, seg in _split_segments(sentence)]
    found = False
    for i, seg in enumerate(segs):
        for rx in _WEIGHT_RXS:
            for m in rx.finditer(seg):
                found = True
                if _weight_as_remedy(seg, m):
                    continue
                nxt = segs[i + 1] if i + 1 < len(segs) else ""
                resumed = _WEIGHT_RESUMED.match(nxt)
                if not (resumed and _WEIGHT_AS_ACT.match(m.group(0)) and not _UNINTENDED.search(sentence)
                        and not _WEIGHT_ONGOING.search(" ".join(_before_tokens(seg, m, 3)))
                        and _WEIGHT_REMEDY.search(nxt)):
                    return False
    return found


# a sign read from a video or a page, asked about ("saw a tiktok saying if ur losing weight its cancer", "une video qui
# dit que si on perd du poids c'est un cancer"): the packs' HEARSAY up to 15 words before, no first person between
# (session 21c; "... and ive lost 6 kilos" is the patient's)
_HEARSAY = re.compile(rf"\b{_cues('HEARSAY')}\b")


#: the sign read about, then owned (the packs' HEARSAY_MINE): "i read weight loss is a warning sign, thats me"
_HEARSAY_MINE = re.compile(rf"\b(?:{_cues('HEARSAY_MINE')})\b")


def _hearsay(seg: str, m: re.Match[str]) -> bool:
    before = seg[: m.start()]
    said = list(_HEARSAY.finditer(before))
    if not said:
        return False
    told = said[-1]
    between = before[told.end():]
    return (len(between.split()) <= 15 and not _FIRST_PERSON.search(between) and not _FIRST_PERSON.search(m.group(0))
            and not _HEARSAY_MINE.search(seg[m.end():]))


def _intentional(seg: str, m: re.Match[str]) -> bool:
    """Weight lost on purpose or by a relative, a limb grown thin ("my calf has gone all skinny"), or
    footwear that falls off ("mijn slipper valt steeds af"), or weight loss asked about as a remedy, or the
    word is the end of a fall off something ("van mijn fiets afgevallen")."""
    wasting = _WASTING_PART.search(" ".join(_before_tokens(seg, m, 4)))
    return ((_intent_in(seg) and not _UNINTENDED.search(seg)) or _someone_else(seg, m) or bool(wasting) or _part_grown_thin(seg, m) or _weight_not_down(seg, m)
            or _footwear_falls_off(seg, m) or _weight_as_remedy(seg, m) or _inside_longer(seg, m, TRAUMA_RULES) or _hearsay(seg, m))


# clothes told too loose in one sentence, the weight told lost on purpose in another (session 24U): "lost 20 lbs doing keto,
# on purpose. my jeans are falling off me", "ik ben bewust afgevallen. mijn broek zakt af", "je fais un regime ... mon
# pantalon tombe" (the intent reached only its own sentence). Only the clothes or the belt: a weight told lost in numbers in
# its own sentence stays read there; and not when the loss is told unintended anywhere ("... and i'm not dieting")
_CLOTHES_OR_BELT = re.compile(rf"\b(?:{_words('CLOTHES')}|{_words('BELT')})")
# ... and the loss told again in another sentence as the one already told (session 26C; the packs' WEIGHT_TOLD_AGAIN: "lost 2
# stone on slimming world, on purpose. wondering if losing the weight changed my posture", "het afvallen", "cette perte de poids")
_WEIGHT_TOLD_AGAIN = re.compile(rf"\b(?:{_cues('WEIGHT_TOLD_AGAIN')})\b")


def _told_again(sentence: str, m: re.Match[str]) -> bool:
    """The weight loss of ``m`` is the one told before, taken up by an article or a demonstrative (its 2 words before)."""
    before = " ".join(sentence[: m.start()].split()[-2:])
    return bool(_CLOTHES_OR_BELT.search(m.group(0)) or _WEIGHT_TOLD_AGAIN.search(f"{before} {m.group(0)}"))


def _loose_clothes_on_purpose(norm: str) -> bool:
    if _UNINTENDED.search(norm):
        return False
    sentences = [sentence.strip(" .") for sentence in _sentences(norm)]
    sentences = [sentence for sentence in sentences if sentence]
    flagged = [s for s in sentences if "weight_loss" in _evaluate_normalised(s, WEIGHT_RULES).positive_topics]
    if not flagged:
        return False
    for sentence in flagged:
        told = [m for rx in _WEIGHT_RXS for m in rx.finditer(sentence)]
        if not told or not all(_told_again(sentence, m) for m in told):
            return False
    # the other sentence tells the loss itself (a weight rule reads it there, skipped as intended) and its purpose: not a
    # purpose alone ("i only drink diet coke. my jeans are falling off me", "... i go to the gym")
    return any(_intent_in(s, _INTENT_STRONG) and any(rx.search(s) for rx in _WEIGHT_RXS) for s in sentences if s not in flagged)


def _all_hearsay(sentence: str) -> bool:
    """Every weight loss of the sentence is read from a video or a page (its segments must not read it back), and the
    sentence does not own it after all ("..., thats me")."""
    found = [m for rx in _WEIGHT_RXS for m in rx.finditer(sentence)]
    return bool(found) and all(_hearsay(sentence, m) for m in found) and not _HEARSAY_MINE.search(sentence)


def _intentional_sentence(sentence: str) -> bool:
    return ((_intent_in(sentence, _INTENT_STRONG) and not _UNINTENDED.search(sentence)) or _weight_remedy_sentence(sentence)
            or _all_hearsay(sentence))


WEIGHT_RULES = _rules(
    "weight_loss", {"weight_loss": True}, _WEIGHT_PATTERNS, _intentional, skip_sentence=_intentional_sentence
)
_WEIGHT_RXS.extend(rule.regex for rule in WEIGHT_RULES)

# ---- night pain -------------------------------------------------------------------

# The patterns are the packs' NIGHT_PATTERNS, and pain even lying still.
_NIGHT_PATTERNS = [_fill(r"\b{LYING_STILL}\b")] + _patterns("NIGHT_PATTERNS")
_NIGHT_MECH = re.compile(rf"\b{_words('MECHANICAL')}\b")
_NIGHT_STRONG = re.compile(rf"\b{_words('NIGHT_STRONG')}\b")


_NIGHT_FINE_BEFORE = re.compile(rf"\b{_cues('NIGHT_FINE')}$")


# sleep told good after it, ending the clause: "maakt niet uit hoe ik lig, ik slaap goed" (session 17; not "i sleep well
# but the pain wakes me at 3": the pain told after it is matched after it)
_SLEEP_FINE_AFTER = re.compile(rf"\b{_cues('SLEEP_FINE')}(?= ,| \.|$)")


# the position named is where the pain is, not how one lies (the packs' PAIN_PLACED, session 24): "the pain is on my left side and on
# my back, nothing helps", "de pijn zit op mijn zij", "j'ai mal sur le cote et dans le dos, rien n'y fait"
_PAIN_PLACED = re.compile(rf"\b(?:{_cues('PAIN_PLACED')})$")
_POSITION_START = re.compile(rf"{_words('NIGHT_POSITION')}\b")
_NIGHT_SCENE_WORD = re.compile(rf"\b{_words('NIGHT_SCENE')}\b")


# the no-relief told of the day, the night's words before a comma (the packs' DAY_TIME, session 27J): "at night its fine,
# during the day nothing helps", "s nachts gaat het, overdag helpt niks", "la nuit ca va, c'est la journee que rien ne soulage"
# (the day's clause telling the night too stays read: "..., during the day nothing helps either"; the packs' DAY_TOO)
_DAY_CLAUSE = re.compile(rf" , (?:\S+ ){{0,4}}?{_words('DAY_TIME')}\b")
_DAY_TOO = re.compile(rf"\b{_words('DAY_TOO')}\b")
_NIGHT_EASY = re.compile(rf"\b{_words('NIGHT_EASY')}\b")  # the night told easy in its own clause (not "at night its awful")


def _no_relief_of_the_day(seg: str, m: re.Match[str]) -> bool:
    day = _DAY_CLAUSE.search(seg, m.start(), m.end())
    return (bool(day) and bool(_NIGHT_EASY.search(seg[m.start():day.start()]))
            and not _DAY_TOO.search(seg[day.start() + 3:].split(" , ")[0]))


# the night told fine right after a no-position phrase, ending its clause, no "but" after it in the segment (the packs'
# NIGHT_FINE_AFTER, session 29N): "whatever way i lie its fine", "hoe ik ook lig, het is prima", "peu importe comment je
# me couche, ca va" (not "whatever way i lie it hurts", "... its fine for an hour but then it wakes me")
_NIGHT_FINE_AFTER = re.compile(rf"(?: ,)? (?:{_cues('NIGHT_FINE_AFTER')})(?= ,| \.|$)")


def _night_fine_after(rest: str) -> bool:
    """``rest`` (the words after a night match, to the sentence's end) opens on the night told fine, no "but" after it."""
    fine = _NIGHT_FINE_AFTER.match(rest)
    return bool(fine) and not set(rest[fine.end():].split(" . ")[0].split()) & _HARD


def _night_skip(seg: str, m: re.Match[str]) -> bool:
    if _no_relief_of_the_day(seg, m):
        return True
    if _NIGHT_FINE_BEFORE.search(" ".join(_before_tokens(seg, m, 4))):
        return True  # "in bed its totally fine whichever way i lie"
    if (_POSITION_START.match(m.group(0)) and _PAIN_PLACED.search(seg[: m.start()].rstrip())
            and not _NIGHT_SCENE_WORD.search(seg)):
        return True  # (not with the lying or the night told: "it hurts on my back lying down, nothing helps")
    if _SLEEP_FINE_AFTER.search(seg, m.end()):
        return True
    # pain that only comes with a change of position is mechanical, not a red flag
    return bool(_NIGHT_MECH.search(seg)) and not _NIGHT_STRONG.search(seg)


def _night_mechanical_sentence(sentence: str) -> bool:
    if _SLEEP_FINE_AFTER.search(sentence) and not _SLEEP_FINE_AFTER.match(sentence):
        return True  # the night told fine at the end of the sentence: "maakt niet uit hoe ik lig, ik slaap goed"
    return bool(_NIGHT_MECH.search(sentence)) and not _NIGHT_STRONG.search(sentence)


NIGHT_RULES = _rules(
    "night_pain", {"night_pain": True}, _NIGHT_PATTERNS, _night_skip, skip_sentence=_night_mechanical_sentence
)
_PLAIN_NIGHT_RULES = len(NIGHT_RULES)  # (these read the night fine after them too; the tries told with no relief do not)

# Every lying position tried, none eases it (session 23L): the lying or the night told (or the tries), two positions named,
# then nothing eases it ("whether i lie straight or side no relief", "of ik nu op mijn rug of zij lig, t blijft", "sur le
# dos, sur le cote, en chien de fusil, rien y fait"). Shaped alike in every language: the packs' NIGHT_SCENE,
# POSITION_TRIED, NIGHT_POSITION, NO_RELIEF. A position named is no pain that comes only with turning over here (the
# positions are the tries), so these rules skip only a night told fine ("in bed its fine ...", "..., i sleep well").
_SHARED_NIGHT = (
    r"\b(?:{NIGHT_SCENE}\b(?: \S+){0,8}?|{POSITION_TRIED}(?: \S+)?) {NIGHT_POSITION}\b(?: \S+){0,8}? {NIGHT_POSITION}\b"
    r"(?: \S+){0,16}? {NO_RELIEF}\b",
    # ... or the positions listed, opening their clause, the lying told by the list itself (session 26D): "on my back, my
    # side, the chair, it never settles", "op mijn rug, zij, in de zetel, niets aan te doen", "sur le dos, sur le cote, sur
    # le ventre, rien a faire" (a position named after the pain is where it is: "it hurts on my side and back")
    r"(?:^|(?<=, )){NIGHT_POSITION}\b(?: \S+){0,8}? {NIGHT_POSITION}\b(?: \S+){0,16}? {NO_RELIEF}\b",
    # ... or the no relief told first, the tries after it (session 29R): "it never lets up whether im on my back, my side or
    # in the chair", "de pijn gaat niet weg, of ik nu op mijn rug of op mijn zij lig", "ca ne se calme pas, que je sois sur
    # le dos ou sur le cote" (the tries: the packs' POSITION_TRIED, right before the first position)
    r"{NO_RELIEF}\b(?: \S+){0,4}? {POSITION_TRIED}(?: \S+)? {NIGHT_POSITION}\b(?: \S+){0,8}? {NIGHT_POSITION}\b",
    # ... or every way of lying tried, then nothing eases it (session 35B; the packs' WAYS_TRIED_LYING): "tried every way of lying,
    # nothing helped", "ik probeer alle kanten maar niks helpt", "toutes les facons de me coucher, rien n'y fait"
    r"\b{WAYS_TRIED_LYING}\b(?: \S+){0,12}? {NO_RELIEF}\b",
    # ... or every way tried in general (the packs' WAYS_TRIED: "every which way", "alle houdingen", "toutes sortes de positions"),
    # the night or the lying named in the sentence, before, between or right after (not "tried every which way, physio, pills,
    # nothing helps": the day's no relief)
    r"\b{NIGHT_SCENE}\b(?: \S+){0,8}? {WAYS_TRIED}\b(?: \S+){0,12}? {NO_RELIEF}\b",
    r"\b{WAYS_TRIED}\b(?: \S+){0,12}? {NIGHT_SCENE}\b(?: \S+){0,12}? {NO_RELIEF}\b",
    r"\b{WAYS_TRIED}\b(?: \S+){0,12}? {NO_RELIEF}\b(?: \S+){0,6}? {NIGHT_SCENE}\b",
)


def _night_told_fine(seg: str, m: re.Match[str]) -> bool:
    return bool(_no_relief_of_the_day(seg, m) or _NIGHT_FINE_BEFORE.search(" ".join(_before_tokens(seg, m, 4))) or _SLEEP_FINE_AFTER.search(seg, m.end()))


def _night_fine_sentence(sentence: str) -> bool:
    return bool(_SLEEP_FINE_AFTER.search(sentence) and not _SLEEP_FINE_AFTER.match(sentence))


NIGHT_RULES += _rules(
    "night_pain", {"night_pain": True}, [_fill(p) for p in _SHARED_NIGHT], _night_told_fine, skip_sentence=_night_fine_sentence
)

# A worry told as what keeps one awake (session 25F2; the packs' WORRY_AWAKE): "it keeps me up at night worrying", "ik lig
# er wakker van, van de zorgen", "ce mal de dos m'empeche de dormir tellement je m'inquiete": no night pain. The worry named
# right after the night's words (a comma and up to 3 words between, no join nor first person: not "it keeps me up and im
# worrying") or as their subject right before ("the worry keeps me up at night"). The idiom alone stays read ("ik lig er
# wakker van", the safe side).
_WORRY_CUE = _cues("WORRY_AWAKE")
_WORRY_GAP = "|".join(sorted(_HARD | _SOFT | set(lang.merged("redflags", "FIRST_PERSON"))))
_WORRY_AFTER = re.compile(rf"^(?: ,| (?!(?:{_WORRY_GAP})\b)\w+){{0,3}}? (?:{_WORRY_CUE})\b")
_WORRY_BEFORE = re.compile(rf"\b(?:{_WORRY_CUE})(?: \w+)?$")


def _worry_keeps_awake(skip: Optional[Callable[[str, re.Match[str]], bool]]) -> Callable[[str, re.Match[str]], bool]:
    def _skip(seg: str, m: re.Match[str]) -> bool:
        return bool(_WORRY_BEFORE.search(seg[: m.start()].rstrip())) or bool(skip is not None and skip(seg, m))
    return _skip


def _worry_or_fine_after(rest: str) -> bool:
    return bool(_WORRY_AFTER.match(rest)) or _night_fine_after(rest)


# Up or awake all night for another reason named right after the night's words (session 34Z; the packs' AWAKE_FOR_OTHER): "i was
# up all night with my toddler", "lag de hele nacht wakker met ons zoontje", "eveille toute la nuit avec ma fille malade": no night
# pain (the back's ache told after is the day's). Not when the match itself names a keeping (NIGHT_KEPT: "the pain kept me up all
# night with the kids asleep") nor when the pain is named as what one was up with after it (NIGHT_PAIN_WITH: "... and with the
# pain") or a night-strong word follows (NIGHT_STRONG: "up all night with her and the pain never let up whatever position"); other night words of the sentence stay read by their own rules ("... and the pain woke me every time i lay down").
_AWAKE_FOR_OTHER = re.compile(rf"^(?: ,)? (?:{_cues('AWAKE_FOR_OTHER')})\b")
_NIGHT_KEPT = re.compile(rf"\b{_words('NIGHT_KEPT')}\b")
_NIGHT_PAIN_WITH = re.compile(rf"\b(?:{_cues('NIGHT_PAIN_WITH')})\b")


def _awake_for_other(seg: str, m: re.Match[str]) -> bool:
    rest = seg[m.end():]
    return (bool(_AWAKE_FOR_OTHER.match(rest)) and not _NIGHT_KEPT.search(m.group(0))
            and not _NIGHT_PAIN_WITH.search(rest) and not _NIGHT_STRONG.search(rest))


def _other_or(skip: Optional[Callable[[str, re.Match[str]], bool]]) -> Callable[[str, re.Match[str]], bool]:
    def _skip(seg: str, m: re.Match[str]) -> bool:
        return _awake_for_other(seg, m) or bool(skip is not None and skip(seg, m))
    return _skip


NIGHT_RULES = [replace(rule, skip=_other_or(rule.skip)) for rule in NIGHT_RULES]

NIGHT_RULES = [replace(rule, skip=_worry_keeps_awake(rule.skip),
                       skip_after=_worry_or_fine_after if i < _PLAIN_NIGHT_RULES else _WORRY_AFTER.match)
               for i, rule in enumerate(NIGHT_RULES)]

# a leg sign named as the one to watch for (the packs' WATCH_FOR, session 42F; as the saddle, the bladder and the fever since
# session 22G): "the gp told me to watch out for foot drop", "de huisarts zei dat ik moet letten op een klapvoet", "le medecin
# m'a dit de surveiller un pied tombant": the check asked for, not a sign had. Only when neither the match nor the word between
# the cue and it names the person's own (_OWN_SUBJECT_TOLD: "keep an eye on my foot, it drags more" stays read); a sign told as
# one's own elsewhere in the message is read by its own words.
def _leg_watched_for(skip: Optional[SkipFn]) -> SkipFn:
    def _skip(seg: str, m: re.Match[str]) -> bool:
        if bool(skip is not None and skip(seg, m)):
            return True
        cue = _WATCH_FOR.search(seg[: m.start()].rstrip())
        return cue is not None and not _OWN_SUBJECT_TOLD.search(seg[_cue_end(seg, m): m.end()])
    return _skip


def _cue_end(seg: str, m: re.Match[str]) -> int:
    """Where the last WATCH_FOR cue before ``m`` ends (its free word after it is the sign's)."""
    before = seg[: m.start()].rstrip()
    found = list(_WATCH_FOR_CUE.finditer(before))
    return found[-1].end() if found else m.start()


_WATCH_FOR_CUE = re.compile(rf"\b(?:{_cues('WATCH_FOR')})")
WORSENING_RULES = [replace(rule, skip=_leg_watched_for(rule.skip)) for rule in WORSENING_RULES]
BOTH_LEG_RULES = [replace(rule, skip=_leg_watched_for(rule.skip)) for rule in BOTH_LEG_RULES]

# a sense told as normal (session 46R3; the packs' SENSE_NORMAL, FELT_WELL, NOTHING_FELT_PLAIN, SENSE_LOST, SEAT_TOLD_COLD): a
# plain "feel nothing" in the saddle or both legs in a sentence that tells the feeling or the working normal ("ik voel niks in
# mijn benen en alles werkt normaal", "i feel nothing in my legs and everything works normally": nothing unusual), a touch or
# cold felt well inside the match ("i could feel the cold fine on my bum"), or the toilet seat itself told cold ("le siege des
# wc etait glace"). Not a loss told ("ik voel niks meer", "je ne sens plus rien"), nor a numbness word of its own beside it
# ("numb", "doof"), nor the working denied ("ze werken niet meer": no SENSE_NORMAL)
_SENSE_NORMAL = re.compile(rf"\b(?:{_cues('SENSE_NORMAL')})\b")
_FELT_WELL = re.compile(rf"\b(?:{_cues('FELT_WELL')})\b")
_NOTHING_FELT_PLAIN = re.compile(rf"\b(?:{_cues('NOTHING_FELT_PLAIN')})\b")
_SENSE_LOST = re.compile(rf"\b(?:{_cues('SENSE_LOST')})\b")
_SEAT_TOLD_COLD = re.compile(rf"\b(?:{_cues('SEAT_TOLD_COLD')})\b")
_FELT_WELL_DENIED = re.compile(rf"\b(?:{_cues('FELT_WELL_DENIED')})\b")
_FELT_WELL_EXCEPT = re.compile(rf"\b(?:{_cues('FELT_WELL_EXCEPT')})\b")
#: ... and no doubt before it ("je sais pas si je sens bien le papier": unsure counts as yes, the module docstring)
_UNSURE_TOLD = re.compile(r"\bunsure\b")


def _sense_told_normal(text: str, before: str, told: str, after: str) -> bool:
    if _SEAT_TOLD_COLD.search(told) and not _NUMB_WORD.search(_SEAT_TOLD_COLD.sub(" ", told)):
        return True
    if _SENSE_LOST.search(told + " " + " ".join(after.split()[:3])):
        return False
    # a felt-well with a numbness word in the match or just after is the numbness told ("voelt alles gevoelloos")
    near = " ".join([told] + after.split()[:2])
    if (_FELT_WELL.search(near) and not _NUMB_WORD.search(_FELT_WELL.sub(" ", near))
            and not _FELT_WELL_DENIED.search(" ".join(before.split()[-3:] + [told])) and not _FELT_WELL_EXCEPT.search(told + " " + after)
            and not _UNSURE_TOLD.search(" ".join(before.split()[-3:] + [near]))):
        return True
    plain = _NOTHING_FELT_PLAIN.search(told)
    return (plain is not None and not _NUMB_WORD.search(_NOTHING_FELT_PLAIN.sub(" ", told))
            and bool(_SENSE_NORMAL.search(text)))


def _sense_normal_or(rule: Rule) -> Rule:
    skip, in_sentence = rule.skip, rule.skip_in_sentence

    def _skip(seg: str, m: re.Match[str]) -> bool:
        return _sense_told_normal(seg, seg[: m.start()], m.group(0), seg[m.end():]) or bool(skip is not None and skip(seg, m))

    def _in_sentence(sentence: str, seg: str, m: re.Match[str]) -> bool:
        return (_sense_told_normal(sentence, seg[: m.start()], m.group(0), seg[m.end():])
                or bool(in_sentence is not None and in_sentence(sentence, seg, m)))

    return replace(rule, skip=_skip, skip_in_sentence=_in_sentence)


SADDLE_RULES = [_sense_normal_or(rule) for rule in SADDLE_RULES]
BOTH_LEG_RULES = [_sense_normal_or(rule) if rule.topic == "both_legs_numb" else rule for rule in BOTH_LEG_RULES]

#: Every rule find_red_flags uses.
RED_FLAG_RULES: Tuple[Rule, ...] = tuple(
    SADDLE_RULES
    + BLADDER_RULES
    + FEVER_RULES
    + TRAUMA_RULES
    + WORSENING_RULES
    + BOTH_LEG_RULES
    + CANCER_RULES
    + WEIGHT_RULES
    + NIGHT_RULES
)
_ING_WORDS.update(
    word
    for rule in RED_FLAG_RULES
    for word in re.findall(r"[a-z]{2,}ing\b", re.sub(r"\\[a-zA-Z]", " ", rule.regex.pattern))
)
_ING_WORDS.update(lang.merged("redflags", "ING_WORDS"))

# --------------------------------------------------------------------------
# Engine
# --------------------------------------------------------------------------

# "fever: no", "koorts heb ik niet": a negation after the finding ends its clause
_SUFFIX_NEG = re.compile(
    _fill(r"^(?:{SUFFIX_VERB}(?: {SUFFIX_SUBJECT})? )?(?:{SUFFIX_ADVERB} )*{SUFFIX_NO}(?: {SUFFIX_TAIL})*$")
)


def _is_negation_at(tokens: Sequence[str], i: int) -> bool:
    if not _denies(tokens, i):
        return False
    j = i + 1
    while j < len(tokens) and tokens[j] in _VERB_FILLER:
        j += 1
    if j < len(tokens) and tokens[j] in _VERB_SKIP:
        return False
    return True


def _negated(seg: str, m: re.Match[str]) -> bool:
    before = seg[: m.start()].split()
    match_tokens = m.group(0).split()
    tokens = before + match_tokens[:3]
    counted = 0
    for i in range(len(before) - 1, -1, -1):
        tok = before[i]
        if tok == ",":
            continue
        if tok in _STOPS:
            break
        if _is_negation_at(tokens, i):
            return True
        counted += 1
        if counted >= _WINDOW:
            break
    gap = m.groupdict().get("gap")
    if gap:
        gap_tokens = gap.split()
        if any(_is_negation_at(gap_tokens + match_tokens[-1:], k) for k in range(len(gap_tokens))):
            return True
    after: List[str] = []
    for tok in seg[m.end():].split():
        if tok == "," and not after:
            continue  # "fever, no"
        if tok in _HARD or tok == ",":
            break
        after.append(tok)
    # a sign told as an absence ("j'ai même pas envie", "can't feel it") is not undone by a
    # "nothing at all" after it: that says the absence again ("pas envie, rien du tout")
    if after and _SUFFIX_NEG.match(" ".join(after)) and not _NEG_WORD.search(m.group(0)):
        return True
    return False


_NEG_WORD = re.compile(r"\b(?:" + "|".join(sorted(_NEG)) + r")\b")
_OWNS_NEGATION: Dict[str, bool] = {}


def _negated_inside(rule: Rule, m: re.Match[str]) -> bool:
    """A negation word swallowed by a free word slot of a rule that names no negation itself.

    "ik ben nie ziek" matches "ben (\\w+ )?ziek": the "niet" inside negates it. Rules
    whose own words include a negation ("can't hold", "geen gevoel") are left alone.
    """
    pattern = rule.regex.pattern
    owns = _OWNS_NEGATION.get(pattern)
    if owns is None:
        owns = _OWNS_NEGATION[pattern] = bool(_NEG_WORD.search(pattern))
    if owns:
        return False
    tokens = m.group(0).split()
    return any(_is_negation_at(tokens, i) for i in range(1, len(tokens)))



def _gap_crosses(m: re.Match[str]) -> bool:
    """The words between a rule's two parts hold a clause or list word: two clauses, not one
    sign. Not "now", "since" right after a verb ("my bum is now numb", "mijn benen zijn sinds
    zondag slap"): there they are adverbs of the same clause."""
    gap = m.groupdict().get("gap")
    if not gap:
        return False
    tokens = gap.split()
    return any((tok in _HARD or tok in _SOFT)
               and not (tok in _ADVERB_AFTER_VERB and i > 0 and tokens[i - 1] in _VERB_BEFORE_ADVERB)
               for i, tok in enumerate(tokens))


# A negation that tells the pain going on, not the night denied (session 43P; the packs' NIGHT_KEEPS_NEG): "a pain that wont leave
# me alone at night: lying, sitting, on my side, nothing helps", "pijn die me niet loslaat s nachts: ...", "une douleur qui me lache
# pas la nuit: couche, assis, ..." (French and Dutch put the negation after the verb, where NEGATED_VERBS cannot see it). Its
# words are masked (same length) before the night's negation is looked for; any other negation still denies ("no pain at night").
_NIGHT_KEEPS_NEG = re.compile(rf"\b(?:{_cues('NIGHT_KEEPS_NEG')})\b")


def _night_keeps_neg(seg: str) -> str:
    return _NIGHT_KEEPS_NEG.sub(lambda found: re.sub(r"[^ ,]", "x", found.group(0)), seg)


# A sign over and done with, said after it in the sentence ("went numb on the saddle but
# it all came back, totally normal since"; "griep met koorts, mor da is al lang gepasseerd"):
# not read here. The check asks these questions anyway.
_RESOLVED = re.compile(rf"\b{_words('RESOLVED')}\b")
_RECURRED = re.compile(rf"\b{_words('RECURRED')}\b")
# ("numb" is bot.reading.answers' leg numbness: "had pins and needles in my foot but it's gone" answers no)
_RESOLVABLE = frozenset({"saddle_numbness", "fever", "both_legs_numb", "leg_weakness", "numb"})
# the feeling itself gone is a loss of feeling, no recovery: "en het gevoel is weg", "the feeling has gone"
_FEELING_BEFORE = re.compile(rf"\b{_words('RESOLVED_NOT_AFTER')}(?: \w+)?$")
_RESOLVED_WINDOW = 20  # words after the sign
# both legs numb with no cause told (the packs' LEGS_NUMB_NO_CAUSE, session 33J): "both legs went numb out of nowhere, gone in a
# minute", "zonder reden sliepen mijn beide benen, na een minuut weg", "les deux jambes engourdies sans raison, passe en une
# minute" is no numbness over and done with (the safe side: it may come again)
_NUMB_NO_CAUSE = re.compile(rf"\b(?:{_cues('LEGS_NUMB_NO_CAUSE')})\b")


# The sign itself said to be absent now, after a past one: "had the flu a month ago but no fever now",
# "had een maand geleden griep maar nu geen koorts meer". Only the topic's own words ("no fever now" says
# nothing of a numb bum), and only when the sign's own clause tells it as past ("I have chills at night but
# no fever now", "had the flu, now I'm shivering again, no fever now" are current signs).
_GONE_NOW: Dict[str, re.Pattern[str]] = {"fever": re.compile(rf"\b{_words('FEVER_GONE_NOW')}\b")}
# The fever itself named over, no past cue needed (the packs' FEVER_OVER, session 20b): "sinds vrijdag ben ik koortsvrij",
# "fever free since friday", "je suis sans fievre depuis vendredi" (the word says the fever was there and is gone).
_OVER_NOW: Dict[str, re.Pattern[str]] = {"fever": re.compile(rf"\b{_cues('FEVER_OVER')}\b")}
_PAST = re.compile(rf"\b{_words('PAST_CUES')}\b")
# a fever gone only while a fever-lowering pill works (the packs' FEVER_MASKED): "the fever goes when i take paracetamol", "met
# dafalgan zakt de koorts", "la fievre tombe quand je prends du doliprane" is a fever still there
_FEVER_MASKED = re.compile(rf"\b(?:{_cues('FEVER_MASKED')})\b")
_FEVER_RECENT = re.compile(rf"\b(?:{_cues('FEVER_RECENT')})\b")


# a fever told as coming back at a time of every day (the packs' FEVER_EVERY_EVENING, session 29): a normal temperature at
# another time ("in the mornings", "'s ochtends", "le matin") does not end it
_FEVER_EVERY_EVENING = re.compile(rf"\b{_words('FEVER_EVERY_EVENING')}\b")
# ... not the thermometer read at that time (the packs' FEVER_MEASURED, session 35H): "no temperature since, i check it every night",
# "ik meet elke avond", "je prends ma temperature chaque soir" is a watch kept, no fever coming back
_FEVER_MEASURED = re.compile(rf"\b(?:{_cues('FEVER_MEASURED')})\b")


# ... nor a normal temperature read at that time (session 38E): "36,7 chaque soir", "every evening 36.8", "elke avond 36,9" in a
# clause of its own (between commas) that names no fever (not "fever every evening, 36.8 in the mornings")
_NORMAL_READING = re.compile(r"\b(?:3[56]point\d+|37point[0-4]\d*)\b")


def _normal_clauses(sentence: str) -> List[Tuple[int, int]]:
    """The spans of the comma clauses of ``sentence`` that hold a normal temperature and no fever rule's match."""
    spans, start = [], 0
    for part in sentence.split(" , "):
        if _NORMAL_READING.search(part) and not any(regex.search(part) for regex in FEVER_RULES_BARE):
            spans.append((start, start + len(part)))
        start += len(part) + 3
    return spans


def _fever_every_evening(sentence: str) -> bool:
    """A time of every day told in ``sentence`` outside a measuring of the temperature at it."""
    measured = [found.span() for found in _FEVER_MEASURED.finditer(sentence)] + _normal_clauses(sentence)
    return any(not any(start <= m.start() and m.end() <= end for start, end in measured)
               for m in _FEVER_EVERY_EVENING.finditer(sentence))


# a bare sign word joined by "and" to a past sign of its topic shares its past (session 33E): "had a fever and chills, no fever
# for 4 days now", "lag plat met koorts en rillingen, al 4 dagen geen koorts meer", "j'ai eu de la fievre et des frissons, plus de
# fievre depuis 3 jours" (only a few words of the packs' SIGN_JOINED_FILLERS before it: "and now im shivering" is its own clause)
_SIGN_JOINED_FILLERS: frozenset = lang.merged("redflags", "SIGN_JOINED_FILLERS")


def _past_by_join(sentence: str, seg: str, m: re.Match[str], topic: str) -> bool:
    offset = max(sentence.find(seg), 0)
    before = sentence[: offset + m.start()].split()
    i = len(before)
    while i > 0 and before[i - 1] in _SIGN_JOINED_FILLERS and len(before) - i < 2:
        i -= 1
    after = sentence[offset + m.end():].split()[:1]
    if i == 0 or before[i - 1] not in _SOFT or (after and after[0] != "," and after[0] not in _SOFT and after[0] not in _HARD):
        return False
    prev = before[: i - 1]
    j = len(prev)
    while j > 0 and prev[j - 1] != "," and prev[j - 1] not in _SOFT and prev[j - 1] not in _HARD:
        j -= 1
    clause = " ".join(prev[j:])
    # the clause before need not name the sign itself (session 38L): "had a sore throat and a fever, no fever now", "had
    # keelpijn en koorts, nu geen koorts meer": its past holds the joined sign too (the sign over still told after it)
    return bool(clause) and bool(_PAST.search(clause))


def _past_by_list(sentence: str, seg: str, m: re.Match[str]) -> bool:
    """A fever told as a bare list after a past clause shares its past (session 34R): "had a kidney infection in october, fever
    and all ... no fever since then", "vorige maand griep, drie dagen 39 graden, al weken geen koorts meer" (not a clause of the
    last day: "was at work yesterday, 39 fever, no fever now")."""
    told = _bare_sign_clause(sentence, seg, m)
    return told is not None and bool(_PAST.search(told)) and not _FEVER_RECENT.search(told)


def _resolved_after(sentence: str, seg: str, m: re.Match[str], topic: str = "") -> bool:
    """"had a fever but it went away", "benen waren verdoofd maar dat is helemaal over"; not when it
    came back after ("back to normal yesterday but it came back"), whereas "it all came back ...,
    totally normal since" ends well: the last word decides."""
    if topic == "fever" and _FEVER_MASKED.search(sentence):
        return False  # "de koorts is weg als ik paracetamol neem": still a fever, kept down by the pills (session 24)
    if topic == "fever" and _fever_every_evening(sentence):
        return False  # "fever every evening, temperature normal in the mornings": a fever that comes back daily (session 29)
    if topic == "fever" and _FEVER_RECENT.search(_local_clause(seg, m)):
        return False  # "had a fever last night, fine again this morning": a fever of the last day is still one (session 25)
    if topic == "both_legs_numb" and _NUMB_NO_CAUSE.search(sentence):
        return False  # "both legs went numb for no reason, gone in a minute" (session 33J)
    if topic == "both_legs_numb" and _came_with_walking(sentence):
        return False  # "walking into town both legs go numb, sitting on a wall its gone": it comes with every walk (session 37F)
    offset = max(sentence.find(seg), 0)
    after = " ".join(sentence[offset + m.end():].split()[:_RESOLVED_WINDOW])
    resolved = [found.end() for found in _RESOLVED.finditer(after)
                if not _FEELING_BEFORE.search(sentence[: offset + m.end()] + " " + after[: found.start()].rstrip())]
    gone_now = _GONE_NOW.get(topic)
    if gone_now is not None and (_PAST.search(_local_clause(seg, m)) or _past_by_join(sentence, seg, m, topic)
                                 or _past_by_list(sentence, seg, m)):
        resolved = sorted(resolved + [found.end() for found in gone_now.finditer(after)])
    over_now = _OVER_NOW.get(topic)
    over_spans: List[Tuple[int, int]] = []
    if over_now is not None:
        start, end = offset + m.start(), offset + m.end()
        if any(found.start() <= start and end <= found.end() for found in over_now.finditer(sentence)):
            return True  # the sign word is the over phrase's own: "fever free since friday"
        # a past told before the over phrase ("had", "vorige week"), not "night sweats every night, fever free though"
        over_spans = [found.span() for found in over_now.finditer(after)
                      if _PAST.search(sentence[:end] + " " + after[: found.start()])]
        resolved = sorted(resolved + [span[1] for span in over_spans])
    # (a coming back read with the words just past the window too, its own lookahead then sees them: "... ik voel mij terug
    # goed" cut after "terug" is no coming back, session 29N)
    past_window = " ".join(sentence[offset + m.end():].split()[:_RESOLVED_WINDOW + 4])
    # (a coming back inside an over phrase is its denial, no coming back, session 47R6: "had the flu, the fever has not come
    # back since", "de koorts is niet meer teruggekomen", "la fievre n'est plus revenue")
    recurred = [found.end() for found in _RECURRED.finditer(past_window) if found.start() < len(after)
                and not any(a <= found.start() and found.end() <= b for a, b in over_spans)]
    return bool(resolved) and (not recurred or resolved[-1] > recurred[-1])


def told_over(norm: str, regex: re.Pattern[str], topic: str = "fever") -> bool:
    """Every match of ``regex`` (an answer's own cue of the sign, e.g. a fever's degrees: "39", "38,5 graden") in the
    normalised ``norm`` is told as past and then over, as the rules' matches are (_resolved_after: the over phrase after it in
    its sentence, not come back, not of the last day, not kept down by pills), with a past told before it in its sentence or in
    its own clause (session 28E): "i had 39 with the flu last week but thats all over now", "vorige week griep, bijna 39. maar
    dat is al vijf dagen over", "j'ai eu 39 il y a dix jours mais c'est fini". False when there is none; "39 since yesterday",
    "had 39, it was over but it came back", "nog steeds 38", "i have 38.5 now, the flu last month is long over" stay."""
    found = False
    for sentence in _sentences(norm):
        for m in regex.finditer(sentence):
            found = True
            if not (_resolved_after(sentence, sentence, m, topic)
                    and (_PAST.search(sentence[: m.start()]) or _PAST.search(_local_clause(sentence, m)))):
                return False
    return found


# An illness told over before in the message, named again in a question ("... c'est passe depuis vendredi. c'est la grippe qui
# traine vous pensez ?", "had a fever, gone now. is it the flu hanging on?"): asked about, not told again (the packs'
# ILLNESS_WORDS and ASKED_AGAIN; a sign come back, RECURRED, stays one; session 19j)
_ILLNESS_WORD = re.compile(rf"^{_words('ILLNESS_WORDS')}$")
_ASKED_AGAIN = re.compile(rf"\b(?:{_cues('ASKED_AGAIN')})\b")


# ... or the sign itself named again as that past one (the packs' REFERRED_PAST right after it, session 24T): "... c'est fini depuis
# jeudi. je dois m'inquieter a cause de la fievre de la semaine passee ?", "the fever from last week", "de koorts van vorige week"
_REFERRED_PAST = re.compile(rf"^ (?:{_cues('REFERRED_PAST')})\b")


def _asked_again(sentence: str, m: re.Match[str], seg: str = "") -> bool:
    if seg and _REFERRED_PAST.match(seg[m.end():]) and not _RECURRED.search(sentence):
        return True
    asked = _ASKED_AGAIN.search(sentence)
    # a coming back told before the question is told ("the fever came back, could it be the flu"); after it, it is asked
    # too ("could it be the flu coming back through my back", session 21e)
    return bool(_ILLNESS_WORD.match(m.group(0))) and asked is not None and not _RECURRED.search(sentence[: asked.start()])


_RETRIES = 4  # later starts tried after a match whose gap crosses a clause (bounded: linear time)


def _matches(regex: re.Pattern[str], seg: str) -> Iterator[re.Match[str]]:
    """The matches of ``regex`` in ``seg`` left to right; after a match whose gap crosses a clause word the search
    starts again one character later, not after it: "my bum and my wifes bum are both numb" holds the sign in one
    clause from its second "bum" (finditer would only try the first)."""
    pos, retries = 0, 0
    while pos <= len(seg):
        m = regex.search(seg, pos)
        if m is None:
            return
        yield m
        if _gap_crosses(m) and retries < _RETRIES:
            retries += 1
            pos = m.start() + 1
        else:
            pos = m.end() if m.end() > m.start() else m.end() + 1


def _rest_after(sentence: str, seg: str) -> str:
    """The words of ``sentence`` after its segment ``seg`` ("" when ``seg`` is the sentence)."""
    if seg == sentence:
        return ""
    at = re.search(rf"(?:^| ){re.escape(seg)}(?= |$)", sentence)
    return sentence[at.end():] if at else ""


# a fever denied only up to a past moment (the packs' FEVER_DENIED_UNTIL, session 37I): "no fever until yesterday", "geen koorts
# tot vanmorgen", "jusqu'a hier soir je n'avais pas de fievre" tell when it began, a fever now (not "until now", "tot nu toe", nor
# "no fever , until yesterday i was on antibiotics": the cue right after the sign's words, or before them in the same clause)
_DENIED_UNTIL = _cues("FEVER_DENIED_UNTIL")
_UNTIL_GAP = r"(?!(?:" + "|".join(sorted(_HARD | (_SOFT - {"n", "plus"}))) + r")\b)\w+"
_DENIED_UNTIL_AFTER = re.compile(rf"^(?: {_UNTIL_GAP}){{0,3}}? (?:{_DENIED_UNTIL})\b")
_DENIED_UNTIL_BEFORE = re.compile(rf"(?:^| )(?:{_DENIED_UNTIL})(?: ,)?(?: {_UNTIL_GAP}){{1,5}} ?$")


def _denied_until(sentence: str, seg: str, m: re.Match[str]) -> bool:
    """The sign's negation only reaches up to a past moment told right after or before it in its clause (session 37I)."""
    at = None if seg == sentence else re.search(rf"(?:^| ){re.escape(seg)}(?= |$)", sentence)
    head = sentence[: at.end() - len(seg)] if at else ""
    after = seg[m.end():] + (sentence[at.end():] if at else "")
    return bool(_DENIED_UNTIL_AFTER.search(after) or _DENIED_UNTIL_BEFORE.search(head + seg[: m.start()]))


# a fever counted as none (the packs' FEVER_ZERO, session 38L): "zero fever", "nul koorts", "0,0 koorts", "koorts: nul", "zero
# fievre" is a fever denied (its zero right before the fever word, or its reading right after it, ending the clause), so
# "zero fever until yesterday" still tells when it began (_denied_until)
_FEVER_ZERO = _cues("FEVER_ZERO")
_FEVER_ZERO_BEFORE = re.compile(rf"(?:^| )(?:{_FEVER_ZERO})$")
_FEVER_ZERO_AFTER = re.compile(rf"^ (?:{_FEVER_ZERO})(?= ,| \.|$)")


def _zero_fever(seg: str, m: re.Match[str]) -> bool:
    return bool(_FEVER_ZERO_BEFORE.search(seg[: m.start()].rstrip()) or _FEVER_ZERO_AFTER.match(seg[m.end():]))


def _eval_segment(
    seg: str, rules: Sequence[Rule], sentence: str, hits: Optional[List[Rule]] = None,
    resolved: Optional[Set[str]] = None,
) -> Tuple[Dict[str, List[Finding]], Set[str], Dict[str, List[Tuple[int, int]]]]:
    """Return (positive findings by topic, negated topics, match spans by topic).

    ``rules`` must already exclude the rules whose ``skip_sentence`` matches.
    ``hits`` (when given) receives every rule whose regex matched at all;
    ``resolved`` (when given) the topics of signs told as over and done with.
    """
    positive: Dict[str, List[Finding]] = {}
    negated: Set[str] = set()
    spans: Dict[str, List[Tuple[int, int]]] = {}
    if not seg:
        return positive, negated, spans
    for rule in rules:
        for m in _matches(rule.regex, seg):
            if hits is not None and (not hits or hits[-1] is not rule):
                hits.append(rule)
            if _gap_crosses(m):
                continue
            if rule.skip is not None and rule.skip(seg, m):
                continue
            if rule.skip_after is not None and rule.skip_after(seg[m.end():] + _rest_after(sentence, seg)):
                continue
            if rule.skip_in_sentence is not None and seg != sentence and rule.skip_in_sentence(sentence, seg, m):
                continue
            if rule.topic in _RESOLVABLE and _resolved_after(sentence, seg, m, rule.topic):
                if resolved is not None:
                    resolved.add(rule.topic)
                continue
            if resolved is not None and rule.topic in resolved and _asked_again(sentence, m, seg):
                continue  # the fever told over, then "c'est la grippe qui traine vous pensez ?": asked, not told again
            spans.setdefault(rule.topic, []).append(m.span())
            if (_negated(_night_keeps_neg(seg) if rule.topic == "night_pain" else seg, m) or _negated_inside(rule, m)
                    or (rule.topic == "fever" and _zero_fever(seg, m))) and not (
                    rule.topic == "fever" and _denied_until(sentence, seg, m)):
                negated.add(rule.topic)
            else:
                finding = rule.value_fn(sentence, m) if rule.value_fn else rule.finding
                positive.setdefault(rule.topic, []).append(finding)
                break
    return positive, negated, spans


_SEVERITY: Dict[str, Tuple[object, ...]] = {
    "onset": ("gradual", "sudden_movement", "trauma"),
    "leg_weakness": ("none", "stable", "worsening"),
    "leg_pain": ("none", "above_knee", "below_knee"),
    "age_band": (),
}


def severity(slot: str, value: object) -> int:
    """Rank of a slot value on the safe side (higher = more serious)."""
    order = _SEVERITY.get(slot)
    if order:
        return order.index(value) if value in order else -1
    if value is True:
        return 1
    if value is False:
        return 0
    return -1


def merge(into: Dict[str, object], finding: Mapping[str, object]) -> None:
    """Merge ``finding`` into ``into`` keeping the more serious value of each slot."""
    for slot, value in finding.items():
        if slot not in into or severity(slot, value) > severity(slot, into[slot]):
            into[slot] = value


# the patient as the subject or owner of a segment: "i", "my", "mijn"
_OWN_SUBJECT = re.compile(
    r"\b(?:" + "|".join((*lang.merged("redflags", "FIRST_PERSON"), *lang.merged("redflags", "OWN_POSSESSIVE"))) + r")\b"
)
# ... not by an article read as one's own (the packs' ARTICLE_OWN, session 41M): the French "les deux" of "j'ai les deux jambes
# engourdies" is the general's after a hearsay ("mon collegue dit que quand t'as des fourmis dans les deux jambes ..."): what
# follows the cue is someone's own only with a first person or a possessive of the person's
_ARTICLE_OWN = frozenset(lang.merged("redflags", "ARTICLE_OWN") or ())
_OWN_SUBJECT_TOLD = re.compile(
    r"\b(?:" + "|".join(w for w in (*lang.merged("redflags", "FIRST_PERSON"), *lang.merged("redflags", "OWN_POSSESSIVE"))
                        if w not in _ARTICLE_OWN) + r")\b"
)


def _split_segments(sentence: str) -> List[Tuple[str, str]]:
    """Split a sentence into (separator kind, segment) with kinds 'start', 'soft', 'hard' and 'adverb' (a contrast word that
    is an adverb right after a verb, the packs' ADVERBS_AFTER_VERB: "my dad has since the summer ...")."""
    out: List[Tuple[str, str]] = []
    current: List[str] = []
    kind = "start"
    for tok in sentence.split():
        if tok == "," or tok in _SOFT or tok in _HARD:
            after_verb = _adverb_after_verb(current + [tok], len(current))
            if current:
                out.append((kind, " ".join(current)))
                current = []
                kind = "soft"
            if after_verb:
                kind = "adverb"
            elif tok in _HARD:
                kind = "hard"
            elif kind != "hard":
                kind = "soft"
            continue
        current.append(tok)
    if current:
        out.append((kind, " ".join(current)))
    return out


def _is_bare(seg: str, spans: Sequence[Tuple[int, int]]) -> bool:
    covered = [False] * len(seg)
    for start, end in spans:
        for k in range(start, min(end, len(seg))):
            covered[k] = True
    rest = "".join(ch if not covered[k] else " " for k, ch in enumerate(seg)).split()
    return all(tok in _BARE_FILLER for tok in rest)


def _rules_for(sentence: str, rules: Sequence[Rule]) -> List[Rule]:
    """The rules that apply in ``sentence`` (each skip_sentence regex is run once)."""
    verdict: Dict[int, bool] = {}
    kept: List[Rule] = []
    for rule in rules:
        rx = rule.skip_sentence
        if rx is not None:
            if id(rx) not in verdict:
                verdict[id(rx)] = bool(rx(sentence)) if callable(rx) else bool(rx.search(sentence))
            if verdict[id(rx)]:
                continue
        kept.append(rule)
    return kept


_SPLIT_WORDS = re.compile(r"\b(?:" + "|".join(sorted(_HARD | _SOFT)) + r")\b|,")
_ANCHOR = re.compile(r"(?<!\\)[$]|(?<![\\\[])\^")
_EDGE: Dict[str, bool] = {}


def _edge_sensitive(pattern: str) -> bool:
    """Can ``pattern`` match in a segment but not in its sentence?

    A segment is a piece of its sentence cut at commas, "and" and contrast
    words, so a regex that matches a segment matches the sentence too, unless
    it is anchored or looks around at such a word ("sick(?! and tired)").
    """
    known = _EDGE.get(pattern)
    if known is not None:
        return known
    sensitive = bool(_ANCHOR.search(pattern))
    start = 0
    while not sensitive:
        k = min((x for x in (pattern.find(t, start) for t in ("(?=", "(?!", "(?<=", "(?<!")) if x >= 0), default=-1)
        if k < 0:
            break
        depth, end = 0, k
        while end < len(pattern):
            ch = pattern[end]
            if ch == "\\":
                end += 2
                continue
            if ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
                if depth == 0:
                    break
            end += 1
        sensitive = bool(_SPLIT_WORDS.search(pattern[k:end]))
        start = k + 3
    _EDGE[pattern] = sensitive
    return sensitive


def _segment_rules(sentence_rules: Sequence[Rule], hits: Sequence[Rule]) -> List[Rule]:
    """The rules worth running on the segments of a sentence: those that hit it, and edge-sensitive ones."""
    hit_ids = {id(rule) for rule in hits}
    return [rule for rule in sentence_rules if id(rule) in hit_ids or _edge_sensitive(rule.regex.pattern)]


@dataclass
class _Prefilter:
    """One regex per topic (the alternation of its rules) to skip topics a sentence does not touch, and each rule
    with the topic it is skipped with (None: edge-sensitive, always kept), worked out once per rule table."""

    rules: Sequence[Rule]
    topics: Dict[str, re.Pattern[str]]
    plan: List[Tuple[Rule, Optional[str]]]


_PREFILTERS: Dict[int, _Prefilter] = {}
_PREFILTER_MIN_RULES = 20


def _prefilter(rules: Sequence[Rule]) -> Optional[_Prefilter]:
    if len(rules) < _PREFILTER_MIN_RULES:
        return None
    cached = _PREFILTERS.get(id(rules))
    if cached is not None and cached.rules is rules:
        return cached
    by_topic: Dict[str, List[str]] = {}
    for rule in rules:
        if not _edge_sensitive(rule.regex.pattern):
            by_topic.setdefault(rule.topic, []).append(rule.regex.pattern.replace("(?P<gap>", "(?:"))
    topics = {topic: re.compile("|".join(f"(?:{p})" for p in patterns)) for topic, patterns in by_topic.items()}
    plan = [(rule, None if _edge_sensitive(rule.regex.pattern) or rule.topic not in topics else rule.topic)
            for rule in rules]
    if len(_PREFILTERS) > 64:
        _PREFILTERS.clear()
    made = _PREFILTERS[id(rules)] = _Prefilter(rules, topics, plan)
    return made


def _touched(sentence: str, rules: Sequence[Rule], pre: Optional[_Prefilter]) -> Sequence[Rule]:
    """``rules`` less those of topics the sentence cannot match (edge-sensitive rules always stay)."""
    if pre is None:
        return rules
    verdict = {topic: topic_rx.search(sentence) is not None for topic, topic_rx in pre.topics.items()}
    return [rule for rule, topic in pre.plan if topic is None or verdict[topic]]


def evaluate(text: object, rules: Sequence[Rule] = RED_FLAG_RULES) -> Evaluation:
    """Run ``rules`` over ``text`` at sentence and segment level (never raises)."""
    return _evaluate_normalised(normalise(text), rules)


# A sentence that opens on the sign taken up again as over ("... 39 en rillingen van hier tot ginder. Da is nu al vijf
# dagen weg"; the packs' RESOLVED_OPENS, then RESOLVED or FEVER_GONE_NOW): read with the sentence before, as
# _resolved_after reads on in the sign's own sentence only (a match, not a substitution: no typo vocabulary).
_RESOLVED_OPENING = re.compile(_fill(r"^(?:{RESOLVED_OPENS} (?:\w+ ){0,4}?)?(?:{RESOLVED}|{FEVER_GONE_NOW}|{FEVER_OVER})\b"))


# a sentence opening on the owning of a sign read about (the packs' HEARSAY_MINE, session 23K): "i read that weight loss is a
# warning sign . thats me", "ik las dat afvallen een alarmsignaal is . dat heb ik ook": told of the sentence before, joined to it
# (the owning is the whole sentence, a word at most after it: not "i have this numb bum")
_MINE_OPENING = re.compile(rf"^(?:{_cues('HEARSAY_MINE')})\b(?: \w+)?(?= ,|$)")


def _purpose_said(opening: str) -> re.Pattern[str]:
    """A sentence opening on `opening` (a few words in at most) that says, no negation between, the weight loss was meant."""
    return re.compile(rf"^(?:\w+ ){{0,2}}?(?:{opening}) (?:(?!{_alt(*sorted(_NEG))}\b)\w+ ){{0,6}}?"
                      rf"(?:{_cues('WEIGHT_PURPOSE')})\b")


# a sentence that opens by taking up a weight loss told in the sentence before and says it was meant (session 33E, the packs'
# WEIGHT_PURPOSE after RESOLVED_OPENS or WEIGHT_TOLD_AGAIN, no negation between): "lost 9 kilos since spring . the weight loss
# is all on purpose", "ik ben 7 kilo kwijt . dat is de bedoeling", "j'ai perdu 8 kilos . c'est volontaire": joined to it, where
# the intent skips its loss (only after a sentence with a weight loss in it)
_PURPOSE_OPENING = _purpose_said(f"{_cues('RESOLVED_OPENS')}|{_cues('WEIGHT_TOLD_AGAIN')}")
# ... naming the weight loss again (WEIGHT_TOLD_AGAIN, not a bare "that is" / "c'est"): it may take up a loss told two sentences
# back, over a sentence about something else (session 33)
_PURPOSE_NAMED = _purpose_said(_cues("WEIGHT_TOLD_AGAIN"))


def _purpose_owner(out: Sequence[str], sentence: str) -> Optional[int]:
    """The index of the sentence whose weight loss ``sentence`` says was meant: the one before it, or, when the weight loss
    is named again, one more back over a sentence about something else ("lost 14 kilos since june . my back started
    aching . the weight loss is 100% on purpose")."""
    if not _PURPOSE_OPENING.match(sentence):
        return None
    back = 2 if _PURPOSE_NAMED.match(sentence) else 1
    return next((i for i in range(len(out) - 1, max(-1, len(out) - 1 - back), -1)
                 if any(rx.search(out[i]) for rx in _WEIGHT_RXS)), None)


# A sentence that opens on a worsening course, its subject at most a pronoun (the packs' RESOLVED_OPENS, then WORSE_NOW
# within 3 words; session 34Q): "... her two legs go heavy after 50 metres, she has to sit down . and it gets worse week by
# week", "... mijn benen worden zwaar . het wordt steeds erger", "... mes jambes deviennent lourdes . ca empire": the course
# of the legs told in the sentence before, joined to it (only after a sentence naming a leg or foot, the packs' LIMBS; not
# the pain's course: "the pain is getting worse" names the pain first)
_WORSE_OPENING = re.compile(_fill(r"^(?:{RESOLVED_OPENS} )?(?:(?!(?:" + "|".join(lang.merged("redflags", "PAIN"))
                                  + r")\b)\w+ ){0,3}?(?:" + "|".join(lang.merged("redflags", "WORSE_NOW")) + r")\b"))
_LEG_BEFORE = re.compile(r"\b(?:" + "|".join(lang.merged("redflags", "LIMBS")) + r")\b")


def _sentences(norm: str) -> List[str]:
    out: List[str] = []
    for sentence in norm.split(" . "):
        owner = _purpose_owner(out, sentence.strip(" ."))
        if out and (_RESOLVED_OPENING.match(sentence.strip(" .")) or _MINE_OPENING.match(sentence.strip(" ."))
                    or (_WORSE_OPENING.match(sentence.strip(" .")) and _LEG_BEFORE.search(out[-1]))):
            out[-1] = out[-1].rstrip(" .") + " , " + sentence
        elif owner is not None:
            out[owner] = out[owner].rstrip(" .") + " , " + sentence
        else:
            out.append(sentence)
    return out


# One turn reads the same message many times: the NLU components and the story reader ask for its red flags, and
# the answer readers evaluate their own rule tables on it, 8 to 12 evaluations of one short text per turn. The last
# texts' evaluations are kept (per rule table, which is held so its id cannot be reused) and handed out as copies.
_EVALUATIONS: OrderedDict[Tuple[str, int], Tuple[Sequence[Rule], Evaluation]] = OrderedDict()
_EVALUATIONS_KEPT = 512
_EVALUATIONS_LOCK = threading.Lock()


def _copy(evaluation: Evaluation) -> Evaluation:
    return Evaluation(dict(evaluation.positive), set(evaluation.positive_topics), set(evaluation.negated_topics),
                      {topic: dict(found) for topic, found in evaluation.topic_findings.items()},
                      set(evaluation.resolved_topics))


def _evaluate_normalised(norm: str, rules: Sequence[Rule]) -> Evaluation:
    key = (norm, id(rules))
    with _EVALUATIONS_LOCK:
        kept = _EVALUATIONS.get(key)
    if kept is None or kept[0] is not rules:
        kept = (rules, _evaluate_uncached(norm, rules))
        with _EVALUATIONS_LOCK:
            _EVALUATIONS[key] = kept
            while len(_EVALUATIONS) > _EVALUATIONS_KEPT:
                _EVALUATIONS.popitem(last=False)
    return _copy(kept[1])


def _evaluate_uncached(norm: str, rules: Sequence[Rule]) -> Evaluation:
    result = Evaluation()
    try:
        if not norm:
            return result
        pre = _prefilter(rules)
        for sentence in _sentences(norm):
            sentence = sentence.strip(" .")
            if not sentence:
                continue
            sentence_rules = _rules_for(sentence, _touched(sentence, rules, pre))
            hits: List[Rule] = []
            pos, neg, _ = _eval_segment(sentence, sentence_rules, sentence, hits, result.resolved_topics)
            _collect(result, pos, neg)
            segment_rules = _segment_rules(sentence_rules, hits)
            carry: Set[str] = set()
            relative = False  # the last subject named was a relative: "my husband has 39 n the shivers"
            animal = False  # the segment before named an animal as its subject: "onze merrie heeft droes , 40 graden koorts"
            for kind, seg in _split_segments(sentence):
                if kind in ("hard", "start"):
                    carry, relative = set(), False
                elif kind == "adverb":
                    carry = set()  # "mijn vader heeft sinds de zomer prostaatkanker": the relative stays the subject (session 31AG)
                pos, neg, spans = _eval_segment(seg, segment_rules, sentence, resolved=result.resolved_topics)
                if kind == "soft" and animal and "fever" in pos and _bare_sign_list(seg) and not _ME_TOO.search(sentence):
                    del pos["fever"]  # a bare fever list after the animal's clause is the animal's (session 34R)
                animal = kind != "hard" and _animal_told(seg)
                if kind == "soft" and carry:
                    for topic in list(pos):
                        if topic in carry and _is_bare(seg, spans.get(topic, [])):
                            del pos[topic]
                            neg.add(topic)
                own = _OWN_SUBJECT.search(seg)
                if kind in ("soft", "adverb") and relative and not own:
                    pos = {}  # a list item with no subject of its own is the relative's
                _collect(result, pos, neg)
                carry |= neg
                relative = (relative and not own) or bool(_FAMILY_RE.search(seg) and not _FIRST_PERSON.search(seg))
        result.negated_topics -= result.positive_topics
        result.resolved_topics -= result.positive_topics
    except Exception:  # never raise on a patient's input, but a fault must not pass for "no red flag" unseen (session 46R3)
        if _STRICT:
            raise
        _LOG.exception("red-flag reader failed on a message of %d characters; the flags read so far are kept", len(norm))
        return result
    return result


def _collect(result: Evaluation, pos: Mapping[str, List[Finding]], neg: Set[str]) -> None:
    for topic, findings in pos.items():
        result.positive_topics.add(topic)
        bucket = result.topic_findings.setdefault(topic, {})
        for finding in findings:
            merge(bucket, finding)
            merge(result.positive, finding)
    result.negated_topics |= neg


# --- safety net -------------------------------------------------------------
# The rules above read precise phrasings. People in pain word bladder and bowel
# trouble in endless ways ("ik kan mijn plas niet goed ophouden", "ik plas in mijn
# broek"), so a clause that names the bladder or bowel together with a sign of
# trouble, and without a sign that all is well, also counts (the safe side).
_BLADDER_WORDS = re.compile(rf"\b{_words('NET_BLADDER')}\b")
_BOWEL_WORDS = re.compile(rf"\b{_words('NET_BOWEL')}\b")
_BLADDER_TROUBLE = re.compile(rf"\b{_words('NET_BLADDER_TROUBLE')}\b")
_BOWEL_TROUBLE = re.compile(rf"\b{_words('NET_BOWEL_TROUBLE')}\b")
_ALL_WELL = re.compile("|".join([_fill(r"\b{NO_ANY} (?:\w+ )?{A_PROBLEM}\b"), _fill(r"\b{TROUBLE_DENIED} {A_PROBLEM}\b"),
                                  *lang.merged("redflags", "ALL_WELL")]))
_NOT_WELL = re.compile(_fill(r"\b{NOT_WELL_NEG} {NOT_WELL_MORE}?{WELL}\b"))
# a trouble denied for another time or another organ says nothing of the trouble told now (session 19, safe side):
# "it wont come properly, never had any problems before", "jamais eu de soucis de prostate" (the packs' DENIED_ELSEWHERE)
_DENIED_ELSEWHERE = re.compile(
    _fill(r"\b(?:{NO_ANY}|{TROUBLE_DENIED}) (?:\w+ )?{A_PROBLEM}\b(?: \w+){0,3}? ") + rf"{_words('DENIED_ELSEWHERE')}\b"
)
_CLAUSE_SPLIT = re.compile(rf"[.!?;\n]+|\b{_words('CLAUSE_BUT')}\b")
# the organ's check-up, no lost control (session 36D): in a clause telling of an illness of the bladder, bowel or prostate or
# of its follow-up (the packs' CHECKUP_TOLD), a word of control (CONTROL_AS_CHECK) with no loss within four words either side
# (CONTROL_LOST) is the check: "j'ai eu un cancer de la vessie, controle tous les 6 mois", "bowel cancer, regular controls"
# (not "... lost control of my bowels since", "... je ne controle plus ma vessie", "... geen controle meer over mijn blaas")
_CHECKUP_TOLD = re.compile(rf"\b{_words('CHECKUP_TOLD')}\b")
_CONTROL_AS_CHECK = re.compile(rf"\b{_words('CONTROL_AS_CHECK')}\b")
_CONTROL_LOST = re.compile(rf"\b{_words('CONTROL_LOST')}\b")


def _checkups_dropped(clause: str) -> str:
    """The clause without its words of control that name a check-up (see above)."""
    if not _CHECKUP_TOLD.search(clause):
        return clause

    def drop(m: re.Match[str]) -> str:
        window = " ".join(clause[: m.start()].split()[-4:] + [m.group(0)] + clause[m.end():].split()[:4])
        return m.group(0) if _CONTROL_LOST.search(window) else " "

    return _CONTROL_AS_CHECK.sub(drop, clause)


def _bladder_bowel_net(norm: str) -> bool:
    """A clause naming the bladder or bowel with a sign of trouble (see above); reads normalised text."""
    for clause in _CLAUSE_SPLIT.split(norm[:4000]):
        clause = _WET_BY.sub(" ", clause)  # "the hot water bottle leaked": not the person's water
        clause = _GONE_ELSEWHERE.sub(" ", clause)  # "havent had the urge to go see a doctor": not the toilet (session 24)
        if not (_ME_TOO.search(clause) or _MINE_TOO.search(clause)):  # "kan zijn plas niet ophouden": not the person's
            clause = _OTHERS_PART.sub(lambda o: o.group(0) if _FIRST_PERSON.search(o.string[o.end():]) else " ", clause)
        bladder, bowel = _BLADDER_WORDS.search(clause), _BOWEL_WORDS.search(clause)
        said = next((part for part in clause.split(",") if _BLADDER_WORDS.search(part) or _BOWEL_WORDS.search(part)), "")
        if _FAMILY_RE.search(said) and not _FIRST_PERSON.search(said):
            continue  # "mijne pa kan nie goe meer plassen, ik heb ...": a relative's
        told = _DENIED_ELSEWHERE.sub(" ", clause)  # the trouble and the all-well read without a denial of another time
        told = _PAIN_DENIED.sub(" ", told)  # "i dont have any pain when i pee": a pain denied is no trouble (session 24)
        told = _checkups_dropped(told)  # "bladder cancer, control every 6 months": a check, no trouble (session 36D)
        trouble = (bladder and _BLADDER_TROUBLE.search(told)) or (bowel and _BOWEL_TROUBLE.search(told))
        if trouble and (_NOT_WELL.search(clause) or not _ALL_WELL.search(told)):
            return True
    return False


# A leg or foot that fails, and a worsening told in another part of the message ("my foot
# feels clumsy, tripped twice this week and it's worse", "mijn been valt uit, elke dag wat
# meer"): the rules read one clause at a time, so this net reads the whole message.
_LIMBS = _alt(*lang.merged("redflags", "LIMBS"))
_FAILING = _alt(*lang.merged("redflags", "FAILING_LIMB"))
# the limb first ("my left foot can't push the clutch") or the failing first ("kan niet meer op mijn linkerbeen staan")
_FAILING_LEG = re.compile(rf"\b{_LIMBS}\b(?: \w+){{0,4}}? {_FAILING}|\b{_FAILING}(?: \w+){{0,6}}? {_LIMBS}\b"
                          # the limb taken up by a pronoun after a comma (session 19k): "mi right foot, it just a flop down",
                          # "mijn rechtervoet, die klapt gewoon neer"
                          # (two words after the limb, session 26F: "mon pied droit maintenant , il claque")
                          rf"|\b{_LIMBS}(?: \w+){{0,2}} , {_words('LIMB_PRONOUN')}(?: \w+){{0,3}}? {_FAILING}")
_NOT_FAILING = re.compile(rf"\b{_alt(*sorted(_NEG))} (?:\w+ ){{0,2}}?{_FAILING}")
_WORSE_NOW = re.compile(rf"\b{_alt(*lang.merged('redflags', 'WORSE_NOW'))}\b")
_STABLE_NOW = re.compile(rf"\b{_alt(*lang.merged('redflags', 'NOT_WORSE'))}\b")


_OTHER_LEG_TOO = re.compile(rf"\b{_alt(*lang.merged('redflags', 'OTHER_LEG_TOO'))}\b")
#: the two legs told alike after one weakness (session 45W4; the packs' BOTH_ALIKE): "couldnt get off the settee . both the
#: same , weaker every day", "elke dag slapper , allebei hetzelfde", "je perds de la force , les deux pareil"
_BOTH_ALIKE = re.compile(rf"\b{_alt(*lang.merged('redflags', 'BOTH_ALIKE'))}\b")


# the limb named at a sentence's end, the next sentence opening on its pronoun (session 26F): "its my right foot now . it
# slaps down every step", "t is mien rechtervoet . dij klapt bie elke stap op de grond", "c'est mon pied droit . il claque a
# chaque pas": one sentence, the pronoun taken up after a comma as above
_LIMB_TAKEN_UP = re.compile(rf"(\b{_LIMBS}(?: \w+){{0,2}}) \. (?={_words('LIMB_PRONOUN')} )")


# one's own limb taken up by its pronoun after a comma (session 42T; the packs' OWN_POSSESSIVE, LIMBS, LIMB_PRONOUN): the
# pronoun is read as the limb, so every rule reads what follows as told of it: "keep an eye on my foot, it drags more every
# week" as "..., my foot drags more every week", "ik hou mijn voet in de gaten, die sleept steeds meer" as "..., mijn voet
# sleept steeds meer" (up to four words between the limb and the comma)
# (each pack's own three tables together: the Dutch "waar ik me ook leg, het blijft" names no English "me ... leg")
# (not the pronouns of an impersonal clause, the packs' LIMB_PRONOUN_IMPERSONAL: "..., het gaat maar door", "..., c'est pareil")
for _code, _pronouns in lang.tables("redflags", "LIMB_PRONOUN"):
    _pack = lang.module(_code, "redflags")
    _personal = [p for p in _pronouns if p not in _pack.LIMB_PRONOUN_IMPERSONAL]
    _sub(rf"\b((?:{_alt(*_pack.OWN_POSSESSIVE)}) (?:\w+ )?{_alt(*_pack.LIMBS)})((?: \w+){{0,4}}) , {_alt(*_personal)} (?=\w)", r"\1\2 , \1 ")


# a dropping foot told by its footwear alone, no limb named (session 28A; the packs' FOOT_SIGN_ALONE): "my trainer keeps
# slipping off when i walk", "mijn slipper blijft achter als ik loop", "ma tong reste par terre quand j'avance"; not when the
# sentence gives the footwear another cause (FOOTWEAR_OTHER_CAUSE: "lost my shoe in the mud", "te groot", "trop grandes")
_FOOT_SIGN_ALONE = re.compile(rf"\b(?:{_cues('FOOT_SIGN_ALONE')})\b")
_FOOTWEAR_OTHER_CAUSE = re.compile(rf"\b{_words('FOOTWEAR_OTHER_CAUSE')}\b")


def _foot_sign_alone(sentence: str) -> bool:
    return not _FOOTWEAR_OTHER_CAUSE.search(sentence) and any(
        not _others_limb(sentence, m) and not _negated(sentence, m) for m in _FOOT_SIGN_ALONE.finditer(sentence))


def _worsening_leg_net(norm: str) -> bool:
    """A failing leg or foot and, anywhere in the message, that it gets worse (and no "not worse")."""
    text = norm[:4000]
    # the failing leg is the patient's, not someone else's ("my dog's leg is weak and getting worse")
    leg = any(not _others_limb(sentence, m) for sentence in _LIMB_TAKEN_UP.sub(r"\1 , ", text).split(" . ")
              for m in _FAILING_LEG.finditer(sentence)) or any(_foot_sign_alone(sentence) for sentence in text.split(" . "))
    return leg and not _NOT_FAILING.search(text) and bool(_WORSE_NOW.search(text)) and not _STABLE_NOW.search(_SIDES_SAME.sub(" ", text))


# "is it normal that ...", "kan het dat ...": the words after the frame are what the
# person tells about themselves; "normal" there is no sign that all is well.
# ... and before an infinitive (session 41J; the packs' INFINITIVE_TO): "is het normaal om de stoelgang niet meer te kunnen
# ophouden" (the frame's "normaal" was read as the bladder told fine)
_QUESTION_FRAME = re.compile(_fill(r"\b(?:(?:{IS} {IT} (?:\w+ )?{NORMAL}|{CAN_IT}) {THAT}|{IS} {IT} (?:\w+ )?{NORMAL} {INFINITIVE_TO})\b"))


# ... or an opening typed in two languages (session 39G; the packs' PROXY_VERB, PROXY_FOR, PROXY_OWNER, PROXY_IS, read across the
# packs): a writing verb of one language and the "for" of another, "ik schrijf pour mon mari", "j ecris voor mijn man", "im typing
# voor mijn vader"; or a message, sentence or clause opening on "it is" for the relative, "het is pour mon mari", "c est voor mijn
# vader" (no word between the verb and its "for": "not for my husband, for me" is the writer's)
_PROXY_MIXED = (rf"(?:{_cues('PROXY_VERB')}) (?:{_cues('PROXY_FOR')}) (?:(?:{_cues('PROXY_OWNER')}) )?"
                rf"|(?:(?<=^)|(?<=\. )|(?<=, ))(?:{_cues('PROXY_IS')}) (?:{_cues('PROXY_FOR')}) (?:{_cues('PROXY_OWNER')}) ")
_PROXY = re.compile(rf"\b(?:{_cues('PROXY')}|{_PROXY_MIXED})(?:{_cues('FAMILY')})\b")
_PROXY_PRONOUNS: Dict[str, str] = lang.merged("redflags", "PROXY_PRONOUNS")
# a pronoun that is one only before what it owns (the packs' PROXY_PRONOUNS_BEFORE: Dutch "zijn" is also "are"):
# "ik schrijf voor mijn vader, sinds maart zijn allebei zijn benen doof" (his legs, the patient's)
_PROXY_BEFORE: Dict[str, Tuple[str, str]] = lang.merged("redflags", "PROXY_PRONOUNS_BEFORE")
_PROXY_PRONOUNS.update({word: own for word, (own, _) in _PROXY_BEFORE.items()})
# ... and its object form after the words that take one (the packs' PROXY_OBJECT_AFTER; session 44, the lead): "her legs
# go from under her" is "my legs go from under me", "zakken haar benen onder haar weg" is "... onder mij weg"
_PROXY_OBJECT: Dict[str, Tuple[str, re.Pattern[str], re.Pattern[str]]] = {
    word: (obj, re.compile(rf"\b(?:{before}) $"), re.compile(rf" (?:{after})\b" if after else ""))
    for word, (obj, before, after) in lang.merged("redflags", "PROXY_OBJECT_AFTER").items()}
_PROXY_PRONOUN = re.compile(rf"\b(?:{_alt(*(re.escape(w) for w in _PROXY_PRONOUNS if w not in _PROXY_BEFORE))}"
                            + "".join(f"|{re.escape(word)}(?= {_fill(after)}\\b)" for word, (_, after) in _PROXY_BEFORE.items())
                            + r")\b")


# the writer named in the message ("i", "my", "ik", "mijn", "je", "mon": packs' WRITER): without any, a message opening
# on "he" or "she" as its subject and told of no relative is typed for the patient ("hes been on the hormone injections
# for his prostate", "hij ee vier joar geleen prostoatkanker ghad"; not "his feet are numb", "her left foot drags")
_WRITER = re.compile(rf"\b{_words('WRITER')}\b")
# ... but the writer's household alone ("we had to change him": the packs' WRITER_HOUSEHOLD, session 40L) is the
# carer's word: "he cant feel his bum and he wet himself , we had to change him" is typed for him
_WRITER_ALONE = re.compile(rf"\b{_alt(*(w for w in lang.merged('redflags', 'WRITER') if w not in lang.merged('redflags', 'WRITER_HOUSEHOLD')))}\b")


# ... the subject after a word that adds to what was told before (session 32AP; the packs' THIRD_OPENERS): "also he is getting
# very thin", "plus she has a fever", "bovendien is hij erg vermagerd" (the Dutch verb before its subject), "en ook heeft zij
# koorts", "et puis il a maigri": the "he" is the same patient as without the opener
_THIRD_OPENER = re.compile(rf"^(?:{_cues('THIRD_OPENERS')})(?: ,)? ")


def _opens_on_him(norm: str) -> bool:
    """The message's first word is "he" or "she" (the packs' PROXY_PRONOUNS standing for a FIRST_PERSON word), or
    the first or second word after an opener (the packs' THIRD_OPENERS; the second: a verb before its subject)."""
    if norm.split(" ", 1)[0] in _THIRD_SUBJECTS:
        return True
    opened = _THIRD_OPENER.match(norm)
    if opened is not None and any(word in _THIRD_SUBJECTS for word in norm[opened.end():].split()[:2]):
        return True
    return _fronted_then_him(norm) or _his_part_then_him(norm)


def _his_part_then_him(norm: str) -> bool:
    """The message opens on his or her part (the packs' PROXY_PRONOUNS owning the word after, "zijn" only before what it
    owns) and names "he" or "she" as a subject later (session 36A): "zijn twee benen slapen van de knie tot in de tenen,
    hij voelt niks meer", "his two legs are asleep from the knee down, he cant feel them", "ses deux jambes dorment, il ne
    sent plus rien", "both his legs have gone dead, he says": the same person, the one typed for. Since session 37A without
    "he" later too ("his feet are numb", no writer named: typed for him, the safe side), the part up to two words in."""
    words = norm.split(" ", 2)  # or after one or two words: "both his legs", "allebei zijn benen", "both of his legs"
    starts = [0] + [len(" ".join(words[:n])) + 1 for n in (1, 2) if len(words) > n]
    opening = next((m for m in (_PROXY_PRONOUN.match(norm, at) for at in starts) if m is not None), None)
    # session 37A: his or her part told, the writer named nowhere (_typed_for_him), is the one typed for even without "he"
    # later ("both his legs are numb", "zijn twee benen zijn gevoelloos", "ses deux jambes dorment"): the safe side
    if opening is not None and opening.group(0) not in _THIRD_SUBJECTS:
        return True
    return _fronted_part(norm)


def _fronted_part(norm: str) -> bool:
    """His or her part named later in the first clause, after a time or place phrase or a verb put first (session 44W3):
    "sinds vorige week zakken haar twee benen onder haar weg", "op de trap zakten zijn twee benen door", "elle perd de la
    force dans ses deux jambes" (the Dutch verb before its subject; French "elle" is no proxy pronoun): the part, its owner
    typed for, as when the message opens on it (the writer named nowhere, _typed_for_him). The clause's first _FRONTED_SPAN
    words, before any comma, full stop or contrast word (one that opens the message opens the phrase: "sinds")."""
    words = norm.split()[:_FRONTED_SPAN]
    # a contrast word opening the phrase is its own ("sinds vorige week ...", "since sunday ...")
    end = next((i for i, word in enumerate(words) if word in {",", "."} or (i and word in _HARD)), len(words))
    clause = " ".join(words[:end])
    return any(found.group(0) not in _THIRD_SUBJECTS for found in _PROXY_PRONOUN.finditer(clause)
               if _LEGS_AFTER.match(clause, found.end()))


def _fronted_then_him(norm: str) -> bool:
    """The first clause names "he" or "she" as its subject after what it opens on, a place or a part (session 36A):
    "tussen zijn benen en rond zijn achterste voelt hij niks meer" (the Dutch verb before its subject), "entre ses jambes
    et autour des fesses il ne sent plus rien", "from the knee down he cant feel his legs": the subject within the
    clause's first _FRONTED_SPAN words, before any comma, full stop or contrast word ("and" may join two places). What
    comes before the subject is not checked: any first clause with "he" as its subject is typed for him."""
    words = norm.split()[:_FRONTED_SPAN + 2]
    for i, word in enumerate(words[:_FRONTED_SPAN]):
        if word in {",", "."} or word in _HARD:
            return False
        if _subject_word(words, i):
            return True
    return False


#: words after a third person's pronoun that make it "it" (the packs' IMPERSONAL_NEXT: "il y a", "s'il s'agissait"), and the
#: verb before an inverted one (IMPERSONAL_BEFORE: "serait-il", "est-il")
_IMPERSONAL_NEXT = frozenset(lang.merged("redflags", "IMPERSONAL_NEXT"))
_IMPERSONAL_BEFORE = frozenset(lang.merged("redflags", "IMPERSONAL_BEFORE"))
#: "he", "she", "hij", "il": the third persons that stand for the patient as a clause's subject (not "him", "hem": "lost
#: him to lung cancer", "het lukt hem niet meer")
_THIRD_NOMINATIVE = frozenset(_THIRD_SUBJECTS) - {word for word, me in _PROXY_PRONOUNS.items()
                                                   if me in lang.merged("redflags", "FIRST_PERSON_OBJECT")}


def _subject_word(words: List[str], i: int) -> bool:
    """words[i] is "he" or "she" as a person and a subject: not "him", nor the French impersonal "il" ("il faut", "s'il
    s'agissait de ..."), nor the "il" of a question about a thing ("ce mal de dos serait-il une tumeur ?")."""
    return words[i] in _THIRD_NOMINATIVE and not (
        " ".join(words[i + 1:i + 2]) in _IMPERSONAL_NEXT or " ".join(words[i + 1:i + 3]) in _IMPERSONAL_NEXT
        or (i > 0 and words[i - 1] in _IMPERSONAL_BEFORE))


_FRONTED_SPAN = 12


def _typed_for_him(norm: str) -> bool:
    if _WRITER_ALONE.search(norm) or not _opens_on_him(norm):
        return False
    return all(found.group(0) in _PROXY_PRONOUNS for found in _FAMILY_RE.finditer(norm))


#: the message opens on a relative who has the signs and a back pain now, the writer naming nothing of their own (the
#: packs' PROXY_SELF): the relative's words are dropped, the rest read as the patient's
_PROXY_SELF = re.compile(rf"^(?:{_cues('PROXY_SELF')})")

# the message opening on the relative it is typed for, their back told after (the packs' PROXY_SUBJECT: "my nan ...,
# shes been holding her back since", "ma bobonne ..., depuis elle se tient les reins"): that relative, the subject, is
# the patient, so no relative is left as the subject ("ma bobonne a loupe la derniere marche et elle a atterri sur les
# fesses" is her fall, session 18c)
_PROXY_SUBJECT = re.compile(rf"(?:{_cues('PROXY_SUBJECT')})(?:{_cues('FAMILY')})\b")


# the writer naming themself the patient's relative or carer at the message's opening, after a greeting (session 40G; the
# packs' PROXY_ROLE): "im his daughter in law", "i am the son of mrs jacobs", "je suis la belle fille de monsieur peeters",
# "ik ben de zoon van meneer maes": after it the third person's pronouns are the patient's, as after "writing for my dad"
_PROXY_ROLE = re.compile(rf"(?:{_cues('PROXY_ROLE')})")

# the message opening on a relative and their age, "he" or "she" told within the next words, the writer telling no complaint
# of their own after it (session 40L; the packs' PROXY_INTRO): "my dad is 79 . he cant feel his bum", "mijn schoonvader is 79 .
# zijn twee benen worden elke dag zwakker", "mon beau pere a 79 ans . ses deux jambes faiblissent": the relative is the patient
_PROXY_INTRO = re.compile(rf"(?:{_cues('PROXY_INTRO')})")


# a greeting before the relative the message opens on (session 22; the packs' PROXY_GREETING): "bonjour . mon mari (74
# ans) a ete traite pour un cancer ..., depuis il se plaint du bas du dos", "hi . my husband ...", "goedemiddag , mijn man"
_PROXY_GREETING = re.compile(rf"^(?:{_cues('PROXY_GREETING')})(?: (?:[,.!:]|{_cues('PROXY_GREETED')}))* ")


# the relative typed for, named again later by another word of the same kin (session 23P; the packs' PROXY_SAME_KIN,
# PROXY_KIN_OWNERS, their RELATIVE_HAD after it and their PROXY_KIN_SELF for it): "writing on behalf of my father ... papa
# had prostate cancer", "ik schrijf voor mijn vader . pa heeft prostaatkanker gehad", "j'ecris pour mon pere . papa a eu un
# cancer": that relative is the patient (not "writing for my dad . my mum had cancer": another relative)
_SAME_KIN: List[Tuple[FrozenSet[str], re.Pattern[str], str]] = [
    (frozenset(group.split()),
     re.compile(rf"(?:(?<=^)|(?<=[.,] ))(?:(?:{_alt(*pack.PROXY_KIN_OWNERS)}) )?(?:{_alt(*group.split())})"
                rf"(?= (?:{_alt(*pack.RELATIVE_HAD)})\b)"), pack.PROXY_KIN_SELF)
    for pack in (lang.module(code, "redflags") for code in lang.CODES)
    for group in pack.PROXY_SAME_KIN
]


def _same_kin_as_patient(named: str, rest: str) -> str:
    for group, rx, me in _SAME_KIN:
        if named in group:
            rest = rx.sub(me, rest)
    return rest


# the writer named the patient's relative or carer at the opening (PROXY_ROLE), the patient then named by the kin word the
# writer's role answers to (session 43; the packs' ROLE_KIN, KIN_OWNED_AFTER): "c'est la petite-fille de mme claes qui ecrit .
# bobonne a glisse", "hier schrijft de kleindochter van mevrouw claes . oma is gevallen", "this is mrs claes's granddaughter
# writing . gran slipped": that kin word, the subject of its clause, is the patient (not another relative: "mum is sister had
# cancer" owns a relative, nor another kin: "im her daughter . my dad had cancer")
_ROLE_KIN: List[Tuple[re.Pattern[str], re.Pattern[str], str]] = [
    (re.compile(role),
     re.compile(rf"(?:(?<=^)|(?<=[.,] ))(?:(?:{_alt(*pack.PROXY_KIN_OWNERS)}) )?(?:{kin})\b"
                rf"(?! (?:(?:{_alt(*pack.KIN_OWNED_AFTER)}) )?(?:{_cues('FAMILY')})\b)(?= )"), pack.PROXY_KIN_SELF)
    for pack in (lang.module(code, "redflags") for code in lang.CODES)
    for role, kin in pack.ROLE_KIN
]


def _role_kin_as_patient(role: str, rest: str) -> str:
    for role_rx, kin_rx, me in _ROLE_KIN:
        if role_rx.search(role):
            rest = kin_rx.sub(me, rest)
    return rest


def _patient_pronoun(pronoun: re.Match[str]) -> str:
    """The patient's word for a relative's pronoun (the packs' PROXY_PRONOUNS), its object form where the words
    before it take one (PROXY_OBJECT_AFTER): "from under her" -> "from under me", not "from under my"."""
    word, text = pronoun.group(0), pronoun.string
    spec = _PROXY_OBJECT.get(word)
    if spec is not None and spec[1].search(text, 0, pronoun.start()) and spec[2].match(text, pronoun.end()):
        return spec[0]
    return _PROXY_PRONOUNS[word]


def _as_patient(norm: str) -> str:
    """A message typed for someone else ("typing this for my dad, ... his back passage has gone
    numb"): after the words that say so, that person's pronouns are the patient's."""
    greeted = _PROXY_GREETING.match(norm)
    body = norm[greeted.end():] if greeted is not None else norm
    opening = _PROXY_SELF.match(body)
    if opening is not None:
        return _PROXY_PRONOUN.sub(_patient_pronoun, body[opening.end():])
    subject = _PROXY_SUBJECT.match(body)
    if subject is not None:  # "i": a first person of the packs (FIRST_PERSON) stands for the relative named
        return "i" + _PROXY_PRONOUN.sub(_patient_pronoun, body[subject.end():])
    role = _PROXY_ROLE.match(body)
    if role is not None:  # the writer names themself the patient's relative or carer: "i'm his daughter in law"
        rest = _role_kin_as_patient(role.group(0), body[role.end():])
        return body[: role.end()] + _PROXY_PRONOUN.sub(_patient_pronoun, rest)
    intro = _PROXY_INTRO.match(body)
    if intro is not None:  # "my dad is 79 . he ...": the relative's words dropped, their pronouns the patient's
        return _PROXY_PRONOUN.sub(_patient_pronoun, body[intro.end():])
    m = _PROXY.search(norm)
    if m is None:
        if _typed_for_him(norm):
            return _PROXY_PRONOUN.sub(_patient_pronoun, norm)
        return norm
    rest = _same_kin_as_patient(m.group(0).split()[-1], norm[m.end():])
    return norm[: m.end()] + _PROXY_PRONOUN.sub(_patient_pronoun, rest)


#: a sentence that opens on "the same but" goes on the one before it: "like your lip after the dentist? same but down
#: there", "comme ta levre apres le dentiste ? pareil mais en bas" (the packs' SAME_BUT)
# ... as does a sentence opening on a restriction to a moment (the packs' ONLY_WHEN, session 26H): "my back wakes me at night. its
# only when i roll over though, ...", "ik word s nachts wakker. alleen als ik me omdraai", "... seulement quand je me retourne"
_SAME_BUT = re.compile(rf" \. (?=(?:{_cues('SAME_BUT')}|{_cues('ONLY_WHEN')}) )")
# a sentence cut off after a hedge goes on in the next one (the packs' TRAILING_HEDGE): "my bum feels sort of... not
# there?", "mijn poep voelt soort van... niet daar?"
_HEDGE_CUT = re.compile(rf"\b((?:{_cues('TRAILING_HEDGE')})) \. ")


# A sign asked about for a person in general, then claimed (session 37M; the packs' GENERIC_PERSON, GENERIC_PRONOUNS,
# GENERIC_MINE): "how can somebody tell theyre losing feeling down there? i reckon i have that", "hoe merkt iemand dat hij
# zijn plas niet meer voelt? dat heb ik ook", "comment une personne sait qu'elle ne sent plus ses fesses ? c'est mon cas".
# The generic person is no relative: once the writer owns it after (_owned: no negation nor "if" before the owning), the
# sentence that names that person is read as the writer's (the person's word and their pronouns put as the writer's).
# Kept: no owning ("... ? i dont have that", nothing after: read as today), a relative or a named person in that sentence.
_GENERIC_SELF: Dict[str, str] = lang.merged("redflags", "GENERIC_PERSON")
_GENERIC_PERSON = re.compile(rf"\b(?:{_alt(*(re.escape(w) for w in _GENERIC_SELF))})\b(?! (?:{_cues('ELSE')})\b)")
_GENERIC_PRONOUNS: Dict[str, str] = {**_PROXY_PRONOUNS, **lang.merged("redflags", "GENERIC_PRONOUNS")}
_GENERIC_PRONOUN = re.compile(rf"\b(?:{_alt(*(re.escape(w) for w in _GENERIC_PRONOUNS if w not in _PROXY_BEFORE))}"
                              + "".join(f"|{re.escape(word)}(?= {_fill(after)}\\b)" for word, (_, after) in _PROXY_BEFORE.items())
                              + r")\b")
_GENERIC_MINE = re.compile(rf"\b(?:{_cues('GENERIC_MINE')})")


def _generic_owned(norm: str) -> str:
    """The sentences that ask about a sign for a person in general, read as the writer's when an owning follows."""
    if not _GENERIC_PERSON.search(norm):
        return norm
    parts = norm.split(" . ")
    for i, part in enumerate(parts):
        m = _GENERIC_PERSON.search(part)
        if m is None or _FAMILY_RE.search(_GENERIC_PRONOUN.sub(" ", part)):  # a relative named ("hij" is one of _FAMILY)
            continue
        rest = " . ".join(parts[i:])[m.end():]
        if _owned(rest, denied_after=True) or _owned(rest, _GENERIC_MINE, True):
            part = _GENERIC_PERSON.sub(lambda g: _GENERIC_SELF[g.group(0)], part)
            parts[i] = _GENERIC_PRONOUN.sub(lambda p: _GENERIC_PRONOUNS[p.group(0)], part)
    return " . ".join(parts)


def _reading(text: object) -> str:
    """The text the red-flag readers read: normalised, a question's frame ("is it normal that")
    dropped, a sentence told as "the same but ..." joined to the one before, and a message typed
    for someone else read as theirs."""
    return _generic_owned(_as_patient(_HEDGE_CUT.sub(r"\1 ", _SAME_BUT.sub(" , ", _QUESTION_FRAME.sub(" ", normalise(text)))).strip()))


# A relative's sign told on in clauses without a subject of their own ("my husband had cauda equina, couldnt pee, had
# surgery", "mn man ..., kon niet meer plassen en moest ... onder het mes", "ma soeur ..., elle sentait plus rien en
# bas"), and then the patient's own same sign told fine ("peeing is fine", "plassen gaat gewoon goed", "moi ca va"):
# the sign is the relative's. Only then: without the patient's own told fine, the sign stays the patient's (safe side).
_SELF_FINE = re.compile(rf"\b{_cues('SELF_FINE')}\b")
_RELATIVE_HAD = re.compile(rf"\b{_cues('RELATIVE_HAD')}\b")


# A sign's name asked or read about as a term (session 23K; the packs' SIGN_TERMS): "what is saddle anaesthesia?", "las iets
# over zadelanesthesie . wat is dat eigenlijk", "c'est quoi l'anesthesie en selle ?": the term alone is no sign the person
# has. Asked: the words before it in its clause ask or read about it (the packs' TERM_ASKED_BEFORE, the page of HEARSAY;
# only TERM_FILLERS between, not "this" nor "my"), or the words after it in its sentence or opening the next one do
# (TERM_ASKED_AFTER: "..., what does that even mean") and its clause names nobody's own. Such a term is read as a plain
# word, unless the person owns it: named in its clause after it ("saddle anaesthesia i have") or owning it later on (the
# packs' HEARSAY_MINE: "... i think i have it", "dat heb ik ook", "je pense que je l'ai"; not after a negation or an
# "if": "not saying i have it", "hoe weet ik of ik dat heb"). A described sign is no term: "numb saddle area, is that
# saddle anaesthesia?" stays the sign.
_SIGN_TERM = re.compile(rf"\b{_cues('SIGN_TERMS')}\b")
_TERM_FILLER = _cues("TERM_FILLERS")
_TERM_ASKED_BEFORE = re.compile(rf"\b(?:{_cues('TERM_ASKED_BEFORE')})(?: {_TERM_FILLER}){{0,2}}$")
_TERM_ASKED_AFTER = re.compile(rf"^(?: [,.])?(?: \w+){{0,2}}? (?:{_cues('TERM_ASKED_AFTER')})\b")
# a term asked as the one talked about (session 24V): a question opening on it (the packs' TERM_QUESTION_BEFORE: "is that
# the", "is dat die", "c est ca la") and the talk of others right after it (TERM_TALKED_AFTER: "they talk about", "waar ze het
# over hebben", "dont on parle"): "is that the night pain they talk about?"
_TERM_QUESTION_BEFORE = re.compile(rf"\b(?:{_cues('TERM_QUESTION_BEFORE')})(?: {_TERM_FILLER}){{0,2}}$")
_TERM_TALKED_AFTER = re.compile(rf"^ (?:{_cues('TERM_TALKED_AFTER')})\b")
_OWN_IF = frozenset(lang.merged("redflags", "OWN_IF"))
_UNSURE_WORD = "unsure"  # what the normaliser makes of "not sure" (counts as yes)
_ONLY_FILLERS = re.compile(rf"^(?:{_TERM_FILLER}(?: |$))*$")
_ASKED_TERM = "theterm"
_CLAUSE_OR_SENTENCE_END = (",", ".")  # the term's clause ends at a sentence end too
_FIRST_PERSON_WORDS = frozenset(lang.merged("redflags", "FIRST_PERSON"))
_ME_OBJECT = frozenset(lang.merged("redflags", "ME_OBJECT"))


def _owned(text: str, mine: Optional[re.Pattern[str]] = None, denied_after: bool = False) -> bool:
    """An owning of the packs' HEARSAY_MINE (or ``mine``) in ``text``, no negation nor "if" in the 3 words before it (nor,
    with ``denied_after``, a negation in the 2 words after it: "dat heb ik gelukkig niet")."""
    for m in (mine or _HEARSAY_MINE).finditer(text):
        before = text[: m.start()].split()[-3:]
        if _NEG.intersection(before) or (_OWN_IF.intersection(before) and _UNSURE_WORD not in before):
            continue
        if denied_after and _NEG.intersection(text[m.end():].split()[:2]):
            continue
        return True
    return False


def _term_asked(norm: str, m: re.Match[str]) -> bool:
    sentence_before = norm[: m.start()].rsplit(" . ", 1)[-1]
    clause = _clause_words(sentence_before, ends=_CLAUSE_OR_SENTENCE_END)
    said = list(_HEARSAY.finditer(sentence_before))
    asked = bool(_TERM_ASKED_BEFORE.search(clause)) or bool(
        said and not _OWN_SUBJECT.search(sentence_before[said[-1].end():]))
    head = sentence_before.rstrip()[: len(sentence_before.rstrip()) - len(clause)].rstrip()
    if not asked and _ONLY_FILLERS.match(clause) and head.endswith(","):
        # the asking in the clause before, the term put after it: "what is that exactly, saddle anaesthesia?"
        asked = bool(_TERM_ASKED_BEFORE.search(_clause_words(head[:-1], ends=_CLAUSE_OR_SENTENCE_END)))
    rest = norm[m.end():]
    # (the question read on its sentence, not its clause: a join word inside it, "is dat nu zon ...", cuts no question; session 26H)
    if not asked and _TERM_QUESTION_BEFORE.search(sentence_before.rstrip()):
        asked = bool(_TERM_TALKED_AFTER.match(rest))
    after_clause = _clause_words(rest, forward=True, ends=_CLAUSE_OR_SENTENCE_END)
    if not asked and _ONLY_FILLERS.match(clause):  # the term opens its clause: not "the doctor says its saddle anaesthesia, what is that"
        asked = bool(_TERM_ASKED_AFTER.match(" ".join(rest.split(" . ", 2)[:2])))
    words = after_clause.split()  # "... i have" names the person, not "not saying i have it" nor "explain it to me"
    named = bool(_FIRST_PERSON_WORDS.intersection(words) - _ME_OBJECT) and not _NEG.intersection(words)
    return asked and not named and not _owned(rest)


def _asked_terms(norm: str) -> str:
    """``norm`` with each sign's name asked or read about as a term read as a plain word (see above)."""
    if not _SIGN_TERM.search(norm):
        return norm
    return _SIGN_TERM.sub(lambda m: _ASKED_TERM if _term_asked(norm, m) else m.group(0), norm)


# A sign told as a what-if of some day to come (the packs' ONE_DAY_IF: "if i ever lose feeling in my bum, what do i do",
# "als ik ooit niks meer voel ..., wat dan", "si un jour je sens plus rien ..., je fais quoi"), or a described sign whose
# meaning is asked, nobody's own in its clause (the packs' MEANING_ASKED: "what does it mean, numbness in the saddle area",
# "wat betekent gevoelloosheid in het zadelgebied", "que veut dire perte de sensation au niveau des fesses"; not "what does
# it mean when my bum goes numb", not "... in my saddle area", nor owned after it, "... i think i have it"): its clause, from the cue to the clause's end, is no sign
# (session 24W). Only these cues: a plain "if" stays read.
_ONE_DAY_IF = re.compile(rf"\b(?:{_cues('ONE_DAY_IF')})\b[^,.]*")
_MEANING_ASKED = re.compile(rf"(?:^|(?<=[,.] ))(?:{_cues('MEANING_ASKED')})(?: ,)? (?!(?:{_cues('MEANING_NOT_BEFORE')})\b)[^,.]*")


def _what_if_out(norm: str) -> str:
    norm = _ONE_DAY_IF.sub(" ", norm)
    return _MEANING_ASKED.sub(
        lambda m: m.group(0) if _OWN_SUBJECT.search(m.group(0)) or _owned(norm[m.end():]) else " ", norm)


# A sign told in general (session 23K): read on a page or heard (the packs' HEARSAY, nobody's own after the cue), or a
# question of anyone's (the packs' GENERAL_SUBJECT opening the segment: "is het gevaarlijk als je ... niet meer kan
# plassen", "does numbness round the groin ... mean something serious", "est-ce grave si on n'arrive plus a uriner"), and
# nobody's own named in it: taken out with the segments after it that name no subject of their own, like a relative's;
# the sign is then dropped only if the person's own is told fine (_own_told_fine: "bij mij gaat het plassen prima",
# "ive not got either of those myself", "moi ca va de ce cote"). Without that, the sign stays (the safe side).
_GENERAL_SUBJECT = re.compile(rf"^(?:{_cues('GENERAL_SUBJECT')})")
# ... after a lead-in naming the question general, passed over (the packs' GENERAL_LEAD, session 37C): "general question: can
# leaking urine come from the back", "algemene vraag: kan ...", "par curiosite : comment on remarque ..." (the colon is dropped)
_GENERAL_LEAD = re.compile(rf"^(?:{_cues('GENERAL_LEAD')}) ")


def _own_unless_if(text: str) -> bool:
    """A subject or owner of the person's own in ``text``, not just after an "if" (the packs' OWN_IF, session 23P): a
    doctor's question or paper, "asked if i had ...", "go to emergency if i get ...", "vroeg of ik ... mijn anus", names no
    sign of the person's: what follows the "if" is the question's."""
    words = text.split()
    cut = next((i for i, word in enumerate(words) if word in _OWN_IF), len(words))
    return bool(_OWN_SUBJECT_TOLD.search(" ".join(words[:cut])))


# ... or a question whether to worry about it (the packs' GENERAL_WORRY, session 26G): the person's own words there ask, they
# own nothing ("should i worry about night pain", "moet ik me zorgen maken over nachtpijn"; not "... about my numb bum")
_GENERAL_WORRY = re.compile(rf"^(?:{_cues('GENERAL_WORRY')})\b")


# ... or named by nobody's own and taken up by a question after the comma, whole by itself (the packs' TAKEN_UP_ASKED, session
# 26G): "etre reveille par la douleur la nuit, c'est grave ?", "night pain, is that a bad sign?", "nachtpijn, is dat erg?"
_TAKEN_UP_ASKED = re.compile(rf"^(?:{_cues('TAKEN_UP_ASKED')})$")


# ... or named by someone who looks after the back (the packs' NAMED_BY_CARER, session 28C): "my osteo mentioned saddle numbness
# as a warning sign", "de fysio had het over een doof gevoel rond de anus", "mon kine m'a parle de fesses engourdies": a sign
# named to the person, read as told in general here only, so it is dropped only when the person's own is told fine after it
# ("i dont have anything like that", "ik heb dat niet", "je n'ai rien de tout ca"); told bare it stays read (the safe side)
_NAMED_BY_CARER = re.compile(rf"\b(?:{_cues('NAMED_BY_CARER')})\b")


# ... or a question about a sign on a list or a form, why it is asked or what it means or why it would be serious (the packs'
# SIGN_QUESTIONED, session 40E): "why does the form ask about night sweats", "waarom vragen jullie naar koorts", "pourquoi la fievre
# serait grave"; it opens its segment (a new segment starts at it, _QUESTION_STARTS) and nobody's own is named in it ("why would
# my fever be serious" is the person's; what follows an "if" is the question's). Like a page read, the sign is dropped only when the person's own is
# told fine ("neither is the case for me", "moi je n'ai pas de fievre"); told bare or told had after it, it stays read.
_SIGN_QUESTIONED = re.compile(rf"^(?:{_cues('SIGN_QUESTIONED')})\b")
_QUESTION_STARTS = re.compile(rf"(?<=\w) (?=(?:{_cues('SIGN_QUESTIONED')})\b)")


def _question_split(sentence: str) -> str:
    """``sentence`` with a segment started at each sign questioned and, after one, at the person's denial (the packs'
    SIGNS_DENIED: "why would night sweats matter? not the case for me", the question mark dropped before a "not")."""
    sentence = _QUESTION_STARTS.sub(" , ", sentence)
    asked = re.search(rf"(?:^|, )(?:{_SIGN_QUESTIONED.pattern[1:]})", sentence)
    denied = _SIGNS_DENIED.search(sentence, asked.end()) if asked else None
    if denied is None or sentence[: denied.start()].endswith(", "):
        return sentence
    return f"{sentence[: denied.start()].rstrip()} , {sentence[denied.start():]}"


# the join words inside a sign questioned are the question's own (session 41F): "why would fever and back pain be serious",
# "waarom zou koorts en rugpijn erg zijn", "pourquoi fievre et mal de dos seraient graves" is one question, not a question
# cut at its "and" with the sign left bare before it
_ASKED_SPAN = re.compile(rf"(?:^|(?<=, ))(?:{_SIGN_QUESTIONED.pattern[1:]})")


def _asked_words(sentence: str) -> Set[int]:
    """The indexes of the words of ``sentence`` (split on spaces) inside a sign questioned."""
    inside: Set[int] = set()
    for m in _ASKED_SPAN.finditer(sentence):
        first = len(sentence[: m.start()].split())
        inside.update(range(first, first + len(m.group(0).split())))
    return inside


def _told_in_general(seg: str) -> bool:
    said = _HEARSAY.search(seg) or _NAMED_BY_CARER.search(seg)
    if said is not None:
        return not _own_unless_if(seg[said.end():])
    if _SIGN_QUESTIONED.match(seg):
        return not _own_unless_if(seg)
    worry = _GENERAL_WORRY.match(seg)
    if worry is not None:
        return not _OWN_SUBJECT.search(seg[worry.end():])
    return bool(_GENERAL_SUBJECT.match(_GENERAL_LEAD.sub("", seg, count=1))) and not _OWN_SUBJECT.search(seg)


# the words after which a join word is no join (the packs' JOIN_NOT_AFTER, session 25F2): the French "plus" of a negation
# ("si je sens plus mes fesses"), not the English and Dutch "plus" ("pins plus needles")
_JOIN_NOT_AFTER = frozenset(lang.merged("redflags", "JOIN_NOT_AFTER") or ())


def _without_relatives(norm: str) -> str:
    """The message without the parts told of a relative: the segment naming them (and not the patient) and the
    segments after it, in the same sentence, with no subject or owner of the patient's own."""
    sentences = []
    for sentence in norm.split(" . "):
        parts: List[Tuple[str, List[str]]] = [("", [])]  # (the joining word before, the segment's words)
        prev = ""
        split = _question_split(sentence.strip(" ."))
        asked = _asked_words(split)
        for i_tok, tok in enumerate(split.split()):
            if tok == "," or ((tok in _SOFT or tok in _HARD) and prev not in _JOIN_NOT_AFTER and i_tok not in asked):
                parts.append((tok, []))
            else:
                parts[-1][1].append(tok)
            prev = tok
        kept: List[str] = []
        relative = general = False
        for i, (sep, words) in enumerate(parts):
            seg = " ".join(words)
            if not seg:
                if kept and not relative and sep != ",":
                    kept.append(sep)  # a word left alone at its clause's end stays: "all gone now , feeling fine" (session 25Y)
                continue
            if _FAMILY_RE.search(seg) and not _FIRST_PERSON.search(seg) and _RELATIVE_HAD.search(seg):
                relative = True  # "my husband had cauda equina" (not "my wife is worried": what follows is mine)
                continue
            if _told_in_general(seg) or (i + 1 < len(parts) and parts[i + 1][0] == "," and not _OWN_SUBJECT.search(seg)
                                         and _TAKEN_UP_ASKED.match(" ".join(parts[i + 1][1]))):
                relative = general = True  # "an article saying numbness round the groin", "als je niet meer kan plassen"
                continue
            if relative and not (_own_unless_if(seg) if general else _OWN_SUBJECT.search(seg)):
                continue  # ... a question's "if" goes on it: "the doctor asked if i could pee and if my bum was numb"
            relative = general = False
            # the word the sentence opens on stays (session 37I): "till this morning i had no fever" is no "this morning ..."
            opens = i == 1 and not parts[0][1] and sep != ","
            kept.append(f"{sep} {seg}" if (kept or opens) and sep else seg)
        sentences.append(" ".join(kept))
    return " . ".join(s for s in sentences if s)


# A weakness sign's name asked about as a term (session 38F; the packs' WEAKNESS_TERMS, asked the way a sign's term is asked,
# _term_asked: "what is foot drop exactly?", "wat is dat eigenlijk, zon klapvoet?", "c'est quoi un pied tombant ?"): taken out of
# the person's own reading like a question told in general, so the weakness is dropped only with the person's own walking told
# fine before or after it (_own_told_fine: "i walk on my heels and toes fine", "ik stap normaal", "je trebuche jamais"). Unlike
# the SIGN_TERMS it stays read when asked bare ("what is foot drop?") and when owned ("... i think i have it") or told as one's
# own beside it ("... my right foot drags more each week" is read on its own).
_WEAK_TERM = re.compile(rf"\b{_cues('WEAKNESS_TERMS')}\b")


def _weak_terms_asked(norm: str) -> str:
    if not _WEAK_TERM.search(norm):
        return norm
    return _WEAK_TERM.sub(lambda m: _ASKED_TERM if _term_asked(norm, m) else m.group(0), norm)


#: the signs asked or read about denied as one's own, a denial whole by itself (the packs' SIGNS_DENIED, session 23K)
_SIGNS_DENIED = re.compile(rf"\b(?:{_cues('SIGNS_DENIED')})")


_NIGHT_TOLD = re.compile(rf"\b(?:{_words('NIGHT_SCENE')}|{_words('NIGHT_WAKING')})\b")


def _night_told_positional(reduced: str, norm: str) -> bool:
    """A sentence of the person's own tells the night (the packs' NIGHT_SCENE, or waking: NIGHT_WAKING) and is read as night
    pain that comes only with a change of position (the night rules' own _night_mechanical_sentence, or _night_still_fine): their night pain is
    told, and told fine (session 26G). Only a sentence kept whole in ``reduced``: one cut short there may have lost what it
    told after the cut ("..., on my back, nothing works")."""
    def words(sentence: str) -> str:
        return " ".join(tok for tok in sentence.split() if tok not in (",", "."))

    whole = {words(sentence): sentence for sentence in _sentences(norm)}  # (the still told fine read on the sentence with its commas)
    return any(words(sentence) in whole and _NIGHT_TOLD.search(sentence)
               and (_night_mechanical_sentence(sentence) or _night_still_fine(whole[words(sentence)]))
               for sentence in _sentences(reduced))


# ... or the night told fine lying still, nothing strong left once that is taken out (the packs' NIGHT_STILL_FINE, session 30Y): "at
# night im fine as long as i lie still, it only hurts when i get up", "zolang ik stil lig voel ik bijna niks", "tant que je bouge pas
# ca va" (the French "immobile", "sans bouger" are strong words elsewhere: "it hurts even lying still")
_NIGHT_STILL_FINE = re.compile(rf"\b(?:{_cues('NIGHT_STILL_FINE')})(?= ,| \.|$)")


def _night_still_fine(sentence: str) -> bool:
    return bool(_NIGHT_STILL_FINE.search(sentence)) and not _NIGHT_STRONG.search(_NIGHT_STILL_FINE.sub(" ", sentence))


# ... or each night sentence followed by one that eases it within minutes by a change of position (the packs' NIGHT_TURNED and
# NIGHT_EASED_SOON, session 31AO): "ik word s nachts wakker van mijn rug als ik lang op mijn buik lig. draai ik me om, dan is het na een
# paar minuten over", "... if ive been on my back too long. once i roll onto my side its gone in a few minutes" (nothing strong in
# either: not "... the whole night. turning over it eases in a few minutes")
_NIGHT_TURNED = re.compile(rf"\b(?:{_cues('NIGHT_TURNED')})\b")
_NIGHT_EASED_SOON = re.compile(rf"\b(?:{_cues('NIGHT_EASED_SOON')})")


def _night_eased_soon(sentence: str) -> bool:
    return bool(_NIGHT_TURNED.search(sentence) and _NIGHT_EASED_SOON.search(sentence)) and not _NIGHT_STRONG.search(sentence)


def _night_eased_next(norm: str) -> bool:
    sentences = norm.split(" . ")
    told = [i for i, sentence in enumerate(sentences) if any(rule.regex.search(sentence) for rule in NIGHT_RULES)]
    return bool(told) and all(
        _night_eased_soon(sentences[i]) or (i + 1 < len(sentences) and _night_eased_soon(sentences[i + 1]) and not _NIGHT_STRONG.search(sentences[i]))
        for i in told)


# ... or each night sentence followed by one that opens on a position asked, the two read as one clause positional (the packs'
# MECHANICAL: how to lie asked, session 43Q2): "la nuit c'est l'enfer, je sais pas comment me coucher . sur le ventre ?", "..., ik
# weet niet hoe ik moet liggen . op mijn zij ?" ask which position eases it, like 42Q's comma; nothing strong anywhere in the
# message ("... on my side ? nothing helps anyway" stays night pain), and not the night sentence with no position after it
def _night_position_asked_next(norm: str) -> bool:
    if _NIGHT_STRONG.search(norm):
        return False
    sentences = norm.split(" . ")
    told = [i for i, sentence in enumerate(sentences) if any(rule.regex.search(sentence) for rule in NIGHT_RULES)]
    return bool(told) and all(
        i + 1 < len(sentences) and bool(_POSITION_START.match(sentences[i + 1].strip()))
        and _night_mechanical_sentence(sentences[i] + " , " + sentences[i + 1]) for i in told)


# ... and, the other way, a night sentence read as positional followed by one that turns over to no avail (the packs' MECHANICAL
# and NIGHT_STRONG in the next sentence, session 32BB): "the pain wakes me at night when i lie on my left side. i roll over and lie
# awake for hours" is night pain; the two read as one clause, with every guard of the night rules (a relative's, a denial)
def _night_turned_no_help(norm: str) -> bool:
    sentences = norm.split(" . ")
    return any(
        any(rule.regex.search(sentence) for rule in NIGHT_RULES) and _NIGHT_MECH.search(after) and _NIGHT_STRONG.search(after)
        and "night_pain" in _evaluate_normalised(sentence + " , " + after, NIGHT_RULES).positive
        for sentence, after in zip(sentences, sentences[1:], strict=False))


# ... or the tries listed in one sentence, the no relief opening the next (session 39F): "it wakes me at 3 . i try my side, my front,
# my back with a pillow under my knees... nothing changes", "... op mijn zij, op mijn buik, op mijn rug... maakt niks uit", "... sur
# le cote, sur le ventre, sur le dos... ca change rien": the two read as one clause by the tries' rules (_SHARED_NIGHT, with their
# guards: the night told fine, the day's no relief, a relative's), the night or the waking told in them or in the sentence before
# (the packs' NIGHT_SCENE, NIGHT_WAKING; not "i tried my side, my back . nothing helps" with no night told)
_NO_RELIEF_OPENING = re.compile(_fill(r"^(?:\S+ ){0,2}?{NO_RELIEF}\b"))
_TRIES_RULES = tuple(NIGHT_RULES[_PLAIN_NIGHT_RULES:])
_DAY_WORD = re.compile(rf"\b{_words('DAY_TIME')}\b")


def _tries_then_no_relief(norm: str) -> bool:
    sentences = [sentence.strip(" .") for sentence in norm.split(" . ")]
    for i, (sentence, after) in enumerate(zip(sentences, sentences[1:], strict=False)):
        if not _NO_RELIEF_OPENING.match(after):
            continue
        joined = sentence + " , " + after
        if _DAY_WORD.search(joined):
            continue  # the day named in them: today's reading ("i lie on my side and my back during the day . nothing helps ...")
        if not (_NIGHT_TOLD.search(joined) or (i and _NIGHT_TOLD.search(sentences[i - 1]))):
            continue
        if "night_pain" in _evaluate_normalised(joined, _TRIES_RULES).positive:
            return True
    return False


# ... or the night's pain told in one sentence, "nothing eases it" opening the next one or the one after a short question
# between them (session 43NX): "at night it really hurts . nothing helps at all", "la nuit j ai trop mal , unsure comment dormir
# . sur le cote . rien soulage de toute facon", "s nachts doet het echt zeer . niks helpt": the sentences read as one clause by
# every night rule (their guards: the night told fine, the day's no relief, the turning over only, a relative's, a denial). The
# no relief is a strong one (the packs' NO_RELIEF matched by NIGHT_STRONG: not "... . it aches" nor "... . nothing else"); a
# sentence between is a short one naming no other subject: a position asked (NIGHT_POSITION), the night or the lying told
# (NIGHT_SCENE, NIGHT_WAKING) or how to lie unsure (MECHANICAL), no day named (DAY_TIME) and no strong no relief of its own
_BETWEEN_WORDS = 6
_POSITION_OPENING = re.compile(_fill(r"^{NIGHT_POSITION}\b ,? ?"))  # the position asked run into it: "sur le ventre rien me soulage"


def _night_between(sentence: str) -> bool:
    words = sentence.replace(",", " ").split()
    return (0 < len(words) <= _BETWEEN_WORDS and not _DAY_WORD.search(sentence)
            and bool(_POSITION_START.match(sentence) or _NIGHT_TOLD.search(sentence) or _NIGHT_MECH.search(sentence)))


def _night_no_relief_next(norm: str) -> bool:
    sentences = [sentence.strip(" .") for sentence in norm.split(" . ")]
    for i, sentence in enumerate(sentences):
        if not _NIGHT_TOLD.search(sentence) or _DAY_WORD.search(sentence):
            continue  # the lying told of the day: "i lie on my side during the day . nothing helps when i walk" (39F)
        for j in (i + 1, i + 2):
            if j >= len(sentences) or not all(_night_between(between) for between in sentences[i + 1: j]):
                break
            opening = _NO_RELIEF_OPENING.match(_POSITION_OPENING.sub("", sentences[j], count=1))
            if not (opening and _NIGHT_STRONG.search(opening.group(0))):
                continue
            if _DAY_WORD.search(sentences[j]):
                break  # the day's no relief: "at night it hurts . nothing helps during the day either"
            if "night_pain" in _evaluate_normalised(" , ".join(sentences[i: j + 1]), NIGHT_RULES).positive:
                return True
            break
    return False


# ... or the person's own sleep told sound (the packs' SLEEP_SOUND, session 33D): a night pain told by someone else or in general
# ("my friend said night pain is a warning sign. i sleep like a log", "mijn tante zegt nachtpijn is gevaarlijk. ik slaap als een
# roos", "ma tante dit que ... je dors comme un bebe"): only with no negation in it ("i dont sleep well") and no waking nor
# strong night word anywhere else in the person's own words ("i sleep like a log but the pain wakes me at 4")
_SLEEP_SOUND = re.compile(rf"\b(?:{_cues('SLEEP_SOUND')})\b")
_NIGHT_WAKING_WORD = re.compile(rf"\b{_words('NIGHT_WAKING')}\b")


def _sleep_told_sound(reduced: str, norm: str) -> bool:
    sound = [m for m in _SLEEP_SOUND.finditer(reduced) if not _NEG.intersection(m.group(0).split())
             and not _NEG.intersection(reduced[: m.start()].split()[-2:])]
    if not sound:
        return False
    rest = _SLEEP_SOUND.sub(" ", reduced)
    return not _NIGHT_WAKING_WORD.search(rest) and not _NIGHT_STRONG.search(rest)


# ... or the person's own legs told working fine (the packs' LEGS_FINE, session 34S): a weak leg asked about in general or told of
# a neighbour ("is a leg losing strength an emergency? my neighbour had it. my legs work fine", "mijn benen doen het prima",
# "mes jambes vont tres bien"): in a clause of its own with no negation and no contrast word ("my legs are fine but ...")
_LEGS_FINE = re.compile(rf"\b(?:{_cues('LEGS_FINE')})")


# ... or the weakness itself denied as one's own (the packs' WEAKNESS_DENIED, session 34): "i have no weakness", "ik heb zelf geen
# zwakte", "je n'ai aucune faiblesse"
_WEAKNESS_DENIED = re.compile(_cues("WEAKNESS_DENIED"))


def _legs_told_fine(reduced: str) -> bool:
    return bool(_WEAKNESS_DENIED.search(reduced)) or any(
        _LEGS_FINE.search(part) and not set(part.split()) & (_NEG | _HARD)
        for clause in reduced.split(" . ") for part in clause.split(","))


# ... or the person's own weight told lost on purpose (session 36E): a form's, a website's or the bot's question quoted ("the form
# asks if i lost weight, what do i put? i lost 5 kilos but on purpose", "het formulier vraagt of ik afgevallen ben ... dat was
# bewust", "le formulaire demande si j'ai perdu du poids ... c'etait voulu"): a strong intent cue, not negated, in the person's
# own words, and nothing unintended there ("... i lost 6 kilos without trying" stays read)
def _weight_told_on_purpose(reduced: str) -> bool:
    return _intent_in(reduced, _INTENT_STRONG) and not _UNINTENDED.search(reduced)


# ... or the person's own fall denied (session 38G): a near fall told, then asked whether it counts as a fall (the packs'
# GENERAL_SUBJECT: "the ladder slid, i held on to the gutter, didnt fall, hit nothing . does that count as a fall?", "niet
# gevallen, nergens tegen gebotst, telt dat als een val?", "pas tombe, ca compte comme une chute ?"): a trauma word of the
# person's own denied right before it or inside its match, or a fall denied in the packs' FALL_DENIED ("didnt fall", "niet
# gevallen", "pas tombe"). Only when the person's own words read no trauma (a fall or a blow
# told, "i didnt fall but the ladder hit my back", "i slipped and landed on my bum", stays read)
_FALL_DENIED = re.compile(rf"\b(?:{_cues('FALL_DENIED')})")


# ... or a near fall told (session 43NT): a slip, a trip or a catch (the packs' SLIP_ONLY, SLIPPED, CAUGHT_AFTER, NEAR_FALL), then
# staying upright or nothing struck after it (the packs' NOTHING_STRUCK): "my mate grabbed my arm so i stayed on my feet . does
# that count as a fall?", "ik bleef rechtstaan, nergens tegen gebotst . telt dat als een val?", "je suis reste debout . ca compte
# comme une chute ?" (a fall or a blow told in the own words is read there and never reaches this)
_NEAR_FALL = re.compile(rf"\b{_alt(*(_fill(w) for name in ('SLIP_ONLY', 'SLIPPED', 'CAUGHT_AFTER', 'NEAR_FALL') for w in lang.merged('redflags', name)))}\b")


def _near_fall_told(reduced: str, norm: str) -> bool:
    slip = _NEAR_FALL.search(reduced)
    if not (slip and _NOTHING_STRUCK.search(reduced, slip.end())):
        return False
    # no fall told anywhere in the message outside a question told in general ("she slipped and fell ... didnt hit her head")
    for sentence in _sentences(norm[:4000]):
        for seg in sentence.strip(" .").split(" , "):
            if _told_in_general(seg):
                continue
            for rule in TRAUMA_RULES:
                for m in rule.regex.finditer(seg):
                    if not (_slip_only(m.group(0)) or _trauma_or_other(seg, m) or _negated_inside(rule, m)
                            or _denied_right_before(seg, m)):
                        return False
    return True


def _fall_told_denied(reduced: str, norm: str = "") -> bool:
    if _FALL_DENIED.search(reduced[:4000]) or (norm and _near_fall_told(reduced[:4000], norm)):
        return True
    for sentence in _sentences(reduced[:4000]):
        sentence = sentence.strip(" .")
        for rule in TRAUMA_RULES:
            for m in rule.regex.finditer(sentence):
                if _denied_right_before(sentence, m) or _negated_inside(rule, m):
                    return True
    return False


# ... or the person's own temperature told normal (session 39E): a general question what counts as a fever (the packs'
# GENERAL_SUBJECT: "vanaf hoeveel graden is het koorts?", "from how many degrees is it a fever?", "a partir de combien c'est de la
# fievre ?") told with the writer's own normal reading ("bij mij staat de thermometer op 36,8", "mine is 36.7"): a clause of the
# person's own words holding a normal temperature (36.x, 37.0-37.4, as _normal_clauses) and no fever rule's match. A fever, chills or
# sweats of the person's own stay read (they are in the own reading, never dropped); a question told bare stays (the safe side).
def _fever_told_normal(reduced: str) -> bool:
    return any(_normal_clauses(sentence.strip(" .")) for sentence in _sentences(reduced[:4000]))


#: a topic's own telling that counts as told fine besides the denials (session 26G): the night pain asked about in general
#: ("... only when i roll over, fine once settled. is night pain a bad sign?") after the person's own is told positional
_TOLD_FINE_BY: Dict[str, Callable[[str, str], bool]] = {
    "night_pain": lambda reduced, norm: _night_told_positional(reduced, norm) or _sleep_told_sound(reduced, norm),
    "leg_weakness": lambda reduced, norm: _legs_told_fine(reduced),
    "weight_loss": lambda reduced, norm: _weight_told_on_purpose(reduced),
    "onset": lambda reduced, norm: _fall_told_denied(reduced, norm),
    "fever": lambda reduced, norm: _fever_told_normal(reduced)}


def _own_told_fine(reduced: str, topic: str, negated: Set[str], norm: str = "") -> bool:
    """The patient's own ``topic`` told fine in the message (the relative's parts taken out of ``norm``)."""
    if topic in negated or _SIGNS_DENIED.search(reduced):
        return True
    if topic in _TOLD_FINE_BY and _TOLD_FINE_BY[topic](reduced, norm):
        return True
    for m in _SELF_FINE.finditer(reduced):
        rest = reduced[m.end():].split(" . ")[0].split()
        if not set(rest[:1]) & _NEG and not set(rest) & _HARD:
            return True  # "moi ca va", "me, im fine" (not "moi ca va pas", "me, im fine but ...")
    words = [_HINT_TOPICS.get(topic), _HINT_PLACES.get(topic)]
    return any(
        _well(part) and not set(part.split()) & _HARD and any(w is not None and w.search(part) for w in words)
        for clause in _CLAUSE_SPLIT.split(reduced) for part in clause.split(",")
    )


# Both legs weak, the course told stable in another sentence or clause of the message ("both my legs feel weak and
# heavy. honestly it hasnt got any worse since the summer", "mijn twee benen zijn slapper dan vroeger. t is al een maand
# hetzelfde", "2 jambes faibles. c pareil depuis 3 semaines, pas pire pas mieux"): the "not worse" wins over a
# comparison with before ("weaker than before", packs' COMPARED_BEFORE), never over a worsening told (a worsening
# rule, "getting worse", "every day weaker") nor when the stable words are the pain's ("the pain is the same").
_COMPARED_BEFORE = re.compile(rf"\b{_words('COMPARED_BEFORE')}\b")
_COURSE_CLAUSE = re.compile(r" [.,] | (?:" + "|".join(sorted(_HARD | _SOFT)) + r") ")


def _course_told_stable(norm: str) -> bool:
    text = _SIDES_SAME.sub(" ", norm[:4000])  # the sides' "same" before the clauses are split on their "and" (session 41E)
    # the worsening rules read the message as one sentence, so a giving way told unchanged in the next sentence is no
    # worsening (session 18e: "both me legs just give way ... . been exactly like that since the summer, no worse")
    if _worse_told(text) or _evaluate_normalised(text.replace(" . ", " , "), WORSENING_RULES).positive:
        return False
    return any(_stable_cue_told(clause) and not _PAIN.search(clause) for clause in _COURSE_CLAUSE.split(text))


# A knee that gives way now and then, its course told unchanged in the next sentence ("my right knee gives way
# sometimes ... exactly the same for 2 weeks, not worse"): read as one sentence, the way _gives_way_unchanged reads it
# when told in one breath (a worsening told anywhere, "but im falling more", still wins there).
def _gives_way_course_unchanged(norm: str) -> bool:
    text = norm[:4000]
    if " . " not in text:
        return False
    return "leg_weakness" not in _evaluate_normalised(text.replace(" . ", " , "), RED_FLAG_RULES).positive


# Both legs like cotton (the packs' SOFT_LEGS: "mes deux jambes sont comme du coton", "legs like cotton wool", "benen als
# watten"), read as numbness, and a trip told in the message (the packs' TRIPPED: "je me suis encoublee dans le tapis",
# "tripped on the rug", "gestruikeld"): the legs fail too, a worsening weakness (session 21e; the safe side)
_SOFT_LEGS = re.compile(rf"\b{_words('SOFT_LEGS')}\b")
_TRIPPED = re.compile(rf"\b{_words('TRIPPED')}\b")


def _soft_legs_tripping(norm: str) -> bool:
    text = norm[:4000]
    return bool(_SOFT_LEGS.search(text)) and any(
        not _NEG_WORDS.intersection(text[: m.start()].split()[-3:]) for m in _TRIPPED.finditer(text))


# A trip told as the weak foot's sign, not a fall (session 27R): with a leg that gets weaker read in the message ("my left
# foot slaps the floor ... today i tripped on the curb", "mon pied traine ..., j'ai trebuche sur le trottoir"), every trauma
# word of the message a trip (the packs' TRIPPED) with nothing after it in its sentence that makes it a fall or a blow (the
# packs' TRIP_LANDED: "tripped on the curb and fell on my back", "... and hit my back" stay the onset)
_TRIP_WORD = re.compile(rf"^(?:{_cues('TRIPPED')})\b")
_TRIP_LANDED = re.compile(rf"\b(?:{_cues('TRIP_LANDED')})\b")


def _trips_of_the_weak_foot(norm: str) -> bool:
    seen = False
    for sentence in _sentences(norm[:4000]):
        sentence = sentence.strip(" .")
        for rule in TRAUMA_RULES:
            for m in rule.regex.finditer(sentence):
                if _trauma_or_other(sentence, m):
                    continue
                if not _TRIP_WORD.match(m.group(0)) or _TRIP_LANDED.search(sentence[m.start():]):
                    return False
                seen = True
    return seen


# a weak stream or trickle told of a shower, a tap, a hose or a kettle, not of the person (session 32AT; the packs'
# FIXTURE_STREAM, not after FIXTURE_INSIDE: "under the shower"): the bladder read only in sentences naming such a thing and none
# of the person's own water (NET_BLADDER, NET_BOWEL, FIXTURE_OWN) is dropped: "de douche geeft maar een dun straaltje", "the
# shower is only a trickle"; "ik plas maar een dun straaltje" stays
_FIXTURE = re.compile(rf"\b(?:{_cues('FIXTURE_STREAM')})\b")
_FIXTURE_INSIDE = re.compile(rf"\b(?:{_cues('FIXTURE_INSIDE')})$")
_FIXTURE_OWN = re.compile(rf"\b(?:{_cues('FIXTURE_OWN')})\b")


def _a_fixtures_stream(sentence: str) -> bool:
    if _BLADDER_WORDS.search(sentence) or _BOWEL_WORDS.search(sentence) or _FIXTURE_OWN.search(sentence):
        return False
    return any(not _FIXTURE_INSIDE.search(sentence[: m.start()].rstrip()) for m in _FIXTURE.finditer(sentence))


def _only_fixtures_stream(norm: str) -> bool:
    flagged = [s for s in (sentence.strip(" .") for sentence in _sentences(norm[:4000])) if s
               and ("bladder_bowel" in _evaluate_normalised(s, RED_FLAG_RULES).positive or _bladder_bowel_net(s))]
    return bool(flagged) and all(_a_fixtures_stream(s) for s in flagged)


# Both legs asleep from sitting long in one position, gone within a minute or two (session 33F; the packs' LEGS_ASLEEP_SAT,
# LEGS_ASLEEP_PASSED, LEGS_ASLEEP_STAYS): "an hour on the loo, both legs dead when i got up . back in a minute", "te lang in
# kleermakerszit, mijn benen sliepen . binnen een minuut weer normaal", "a genoux au jardin, les deux jambes mortes . revenu en une
# minute" is no numbness of both legs. Only a numbness of both legs alone (no weakness, no saddle, no bladder) with a position told
# and a passing in minutes told, and nothing told that it stays, is long or comes back with walking ("still numb", "every time i
# walk", "nog steeds", "en marchant"): those stay flags.
_ASLEEP_SAT = re.compile(rf"\b(?:{_cues('LEGS_ASLEEP_SAT')})\b")
_ASLEEP_PASSED = re.compile(rf"\b(?:{_cues('LEGS_ASLEEP_PASSED')})\b")
_ASLEEP_STAYS = re.compile(rf"\b(?:{_cues('LEGS_ASLEEP_STAYS')})\b")
# ... a staying told of another part's ache, in a clause with no leg and no numbness word, is no staying (session 34U; the packs'
# LEGS_ASLEEP_OTHER_ACHE, LEGS_ASLEEP_FELT): "... came back in a minute. my back is still sore though"
_ASLEEP_OTHER_ACHE = re.compile(rf"\b(?:{_cues('LEGS_ASLEEP_OTHER_ACHE')})\b")
_ASLEEP_FELT = re.compile(rf"\b(?:{_cues('LEGS_ASLEEP_FELT')})\b")
_ASLEEP_LEG = re.compile(rf"\b(?:{_cues('LEGS_ASLEEP_LEG')})\b")
_ASLEEP_CLAUSES = re.compile(r" (?:[.,;!?]|but|maar|mais) ")
_ASLEEP_ALONE_WITH = frozenset({"leg_weakness", "saddle_numbness", "bladder_bowel"})
# ... or both legs told dead after a sport (session 33M; the packs' LEGS_DEAD_SPORT): "both my legs are dead after the marathon",
# "beide benen dood na het fietsen" is tired muscles (no numbness word told, nothing told that it stays)
_DEAD_SPORT = re.compile(rf"\b(?:{_cues('LEGS_DEAD_SPORT')})\b")
_LEG_NUMB_WORD = re.compile(rf"\b(?:{LEG_NUMB})\b")
# ... but walking told before the legs' first numbness, with no position told before it, is what brought it on, the sitting
# told after it its relief (session 37F; the packs' LEGS_ASLEEP_WALKING): "walking to the shops both legs go numb after a few
# minutes, i sit on a wall and its gone in a minute", "na vijf minuten wandelen worden mijn benen doof, op een bank zitten en na
# een paar minuten is het weg", "au bout de dix minutes de marche les deux jambes s'engourdissent, assise c'est parti": a flag
_ASLEEP_WALKING = re.compile(rf"\b(?:{_cues('LEGS_ASLEEP_WALKING')})\b")
_LEGS_NUMB_FIRST = re.compile(rf"\b(?:{LEG_NUMB}|{_cues('LEGS_ASLEEP_FELT')})\b")


def _came_with_walking(text: str) -> bool:
    first = _LEGS_NUMB_FIRST.search(text)
    if first is None:
        return False
    before = text[: first.start()]
    return bool(_ASLEEP_WALKING.search(before)) and not _ASLEEP_SAT.search(before)


def _legs_asleep_from_sitting(norm: str, found: Dict[str, object]) -> bool:
    if not (found.get("both_legs") and found.get("leg_numbness")) or _ASLEEP_ALONE_WITH.intersection(found):
        return False
    text = norm[:4000]
    if _came_with_walking(text):
        return False
    if _DEAD_SPORT.search(text) and not _LEG_NUMB_WORD.search(text) and not _asleep_stays(text):
        return True
    return bool(_ASLEEP_SAT.search(text) and _ASLEEP_PASSED.search(text)) and not _asleep_stays(text)


def _asleep_stays(text: str) -> bool:
    """The numbness told to stay or come back, not counting a clause on another part's ache ("back is still sore")."""
    clauses = _ASLEEP_CLAUSES.split(text)
    told = [clause for clause in clauses if not _other_ache_only(clause)]
    return bool(_ASLEEP_STAYS.search(" . ".join(told)))


def _other_ache_only(clause: str) -> bool:
    return bool(_ASLEEP_OTHER_ACHE.search(clause)) and not (
        _ASLEEP_LEG.search(clause) or _LEG_NUMB_WORD.search(clause) or _ASLEEP_FELT.search(clause))


# Strength lost bit by bit told anywhere in the message (the packs' STEADY_LOSS, session 37H): "both legs weak, the same on
# both sides . i need my hands to get off a chair . every week a bit less strength" is a worsening course, the "same" of the
# sides or of another sentence no stable course over it (the strength words name the weakness, not the pain).
_STEADY_LOSS = re.compile(rf"\b{_cues('STEADY_LOSS')}\b")


# A task of the legs told done less and less, step by step (session 47R5, issue 12; the packs' DECLINE_TASK, DECLINE_LESS,
# DECLINE_NONE, DECLINE_OTHER_CAUSE): "monday i could only just get onto my tiptoes, thursday barely, now not at all . its
# getting worse", "eerst moest ik de leuning vasthouden, nu lukt het niet meer . elke week erger", "d'abord je tenais la rampe,
# puis a peine, maintenant plus du tout . ca empire". No step alone is a sign ("barely" is no weakness), so the whole message:
# a task, a lessened step (or a series' first step, DECLINE_FIRST) told before a lost one, a worsening told not of the pain ("the pain is getting worse" is the pain's),
# no stable course, no weakness denied, no other cause told (the pain, a cramp), and a task told of the person, not a relative.
_DECLINE_TASK = re.compile(rf"\b(?:{_cues('DECLINE_TASK')})\b")
_DECLINE_LESS = re.compile(rf"\b(?:{_cues('DECLINE_LESS')})\b")
_DECLINE_FIRST = re.compile(rf"\b(?:{_cues('DECLINE_FIRST')})\b")
_DECLINE_NONE = re.compile(rf"\b(?:{_cues('DECLINE_NONE')})\b")
_DECLINE_OTHER_CAUSE = re.compile(rf"\b(?:{_cues('DECLINE_OTHER_CAUSE')})\b")
# ... the worsening not told of the back or sleep (DECLINE_WORSE_NOT_OF), a lessened step not told of feeling (DECLINE_FELT: "i hardly
# feel my toes" is numbness)
_DECLINE_WORSE_NOT_OF = re.compile(rf"\b(?:{_cues('DECLINE_WORSE_NOT_OF')})\b")
_DECLINE_FELT = re.compile(rf"\b(?:{_cues('DECLINE_FELT')})\b")


def _declining_task_net(norm: str) -> bool:
    text = norm[:4000]
    if (_DECLINE_OTHER_CAUSE.search(text) or _WEAKNESS_DENIED.search(text) or _STABLE_NOW.search(_SIDES_SAME.sub(" ", text))
            or not any(not (_PAIN.search(near) or _DECLINE_WORSE_NOT_OF.search(near))
                       for m in _WORSE_NOW.finditer(text) for near in [" ".join(text[: m.start()].split()[-3:])])):
        return False
    if not any(_DECLINE_TASK.search(sentence) and (_FIRST_PERSON.search(sentence) or not _FAMILY_RE.search(sentence))
               for sentence in text.split(" . ")):
        return False
    # a lessened step anywhere ("barely"), or a step of a series whose clause or the one before names the task ("first i needed one hand
    # on the rail", "two weeks ago i got up the stairs with one hand on the rail, then both hands"; not "first i hurt it lifting"),
    # its lost step in a later clause ("first i hurt it lifting, then i cant climb the stairs" is no series)
    steps = [m.end() for m in _DECLINE_LESS.finditer(text)
             if not _DECLINE_FELT.search(" ".join(text[: m.start()].split()[-2:] + text[m.end():].split()[:2]))]
    for m in _DECLINE_FIRST.finditer(text):
        before, after = re.split(r" [,.] ", text[: m.start()].rstrip(" ,."))[-1], re.split(r" [,.] ", text[m.start():], maxsplit=1)
        if _DECLINE_TASK.search(f"{before} {after[0]}") and len(after) > 1:
            steps.append(len(text) - len(after[1]))
    return bool(steps) and any(m.start() >= min(steps) for m in _DECLINE_NONE.finditer(text))


def _find(norm: str) -> Dict[str, object]:
    evaluation = _evaluate_normalised(norm, RED_FLAG_RULES)
    found = dict(evaluation.positive)
    if _legs_asleep_from_sitting(norm, found):
        del found["both_legs"], found["leg_numbness"]
    if "bladder_bowel" not in found and _bladder_bowel_net(norm):
        found["bladder_bowel"] = True
    if "bladder_bowel" in found and _only_fixtures_stream(norm):
        del found["bladder_bowel"]
    if found.get("leg_weakness") == "worsening" and found.get("both_legs") and _course_told_stable(norm):
        found["leg_weakness"] = "stable"
    if found.get("leg_weakness") == "stable" and found.get("both_legs") and _STEADY_LOSS.search(norm):
        found["leg_weakness"] = "worsening"  # "both legs weak, left and right the same . every week a bit less strength"
    if found.get("leg_weakness") == "worsening" and not found.get("both_legs") and _gives_way_course_unchanged(norm):
        del found["leg_weakness"]
    if "leg_weakness" not in found and _worsening_leg_net(norm):
        found["leg_weakness"] = "worsening"
    if "leg_weakness" not in found and _declining_task_net(norm):
        found["leg_weakness"] = "worsening"  # "on monday only just on my tiptoes, thursday barely, now not at all . worse"
    if "leg_weakness" not in found and found.get("both_legs") and _soft_legs_tripping(norm):
        found["leg_weakness"] = "worsening"
    if found.get("onset") == "trauma" and found.get("leg_weakness") == "worsening" and _trips_of_the_weak_foot(norm):
        del found["onset"]
    if "night_pain" in found and (_night_eased_next(norm) or _night_position_asked_next(norm)):
        del found["night_pain"]
    if "night_pain" not in found and _night_turned_no_help(norm):
        found["night_pain"] = True
    if "night_pain" not in found and _tries_then_no_relief(norm):
        found["night_pain"] = True
    if "night_pain" not in found and _night_no_relief_next(norm) and not _night_eased_next(norm):
        found["night_pain"] = True
    if "weight_loss" in found and _loose_clothes_on_purpose(norm):
        del found["weight_loss"]
    if found.get("onset") == "trauma" and _slip_unfallen_next(norm):
        del found["onset"]
    if found.get("leg_weakness") and "both_legs" not in found and (_OTHER_LEG_TOO.search(norm) or _BOTH_ALIKE.search(norm)):
        found["both_legs"] = True  # one leg failing, then "the other one is doing the same"; or "both the same"
    return found


# a sign told by someone in general ("my colleague says when you get pins and needles in both legs you go to a and e"), then
# asked whether it is true (the packs' TRUTH_ASKED ending its sentence, after a comma or alone, a HEARSAY cue before it in that
# sentence or the one before; session 41M): "..., is that true?", "..., klopt dat?", "..., c'est vrai ca ?". The sign was left out
# of the person's own reading (_without_relatives) and nothing of it is hinted there: dropped like a sign whose own is told fine
# ("..., et c est vrai, ma jambe lache de plus en plus" is no question, and is read on its own)
_TRUTH_ASKED = re.compile(rf"(?:^|, )(?:{_cues('TRUTH_ASKED')})$")


# ... or a sign read on a page or heard, then its meaning or its urgency asked (session 44T; the packs' MEANING_ASKED and
# SIGN_URGENCY_ASKED, a HEARSAY cue before it in its sentence or the one before, nobody's own told between): "the leaflet lists
# bladder stuff as a reason to go to a and e. is that really urgent?", "ik las dat ... een alarmsignaal is, wat betekent da?",
# "j'ai lu que ... est un signe d'alerte, ca veut dire quoi ?". Read on the message before the meaning questions are taken
# out (_what_if_out). Not when owned after it (the packs' HEARSAY_MINE: "... parce que moi c'est exactement ca", "... thats
# exactly what i have"); a sign left in the person's own reading or hinted there stays read (the caller's guard)
_SIGN_MEANING_ASKED = re.compile(rf"\b(?:{_cues('MEANING_ASKED')}|{_cues('SIGN_URGENCY_ASKED')})\b")


# ... a question someone put to the person (the packs' HEARSAY_PUT: "the doctor asked me if ...") is no page read: the sign
# asked about by a clinician stays (session 23P's safe side; session 44, the lead at landing)
_HEARSAY_PUT = re.compile(rf"\b(?:{_cues('HEARSAY_PUT')})\b")


def _hearsay_meaning_asked(text: str) -> bool:
    sentences = [sentence.strip(" ,.") for sentence in text.split(" . ")]
    for i, sentence in enumerate(sentences):
        for m in _SIGN_MEANING_ASKED.finditer(sentence):
            read = " ".join(sentences[max(i - 1, 0): i] + [sentence[: m.start()]])
            said = [s for s in _HEARSAY.finditer(read) if not _HEARSAY_PUT.search(s.group(0))]
            after = " . ".join([sentence[m.end():]] + sentences[i + 1:])
            if said and not _own_unless_if(read[said[-1].end():]) and not _owned(after, denied_after=True):
                return True
    return False


def _hearsay_asked_true(norm: str) -> bool:
    sentences = [sentence.strip(" ,.") for sentence in norm.split(" . ")]
    for i, sentence in enumerate(sentences):
        asked = _TRUTH_ASKED.search(sentence)
        if asked and _HEARSAY.search(" ".join(sentences[max(i - 1, 0): i] + [sentence[: asked.start()]])):
            return True
    return False


# A question's words quoted, from a form or from the assistant, with the person's answer after (session 42G; the packs'
# QUOTE_ASKED_BEFORE, QUOTE_ASKED_AFTER, QUOTE_ANSWER_YES, QUOTE_ANSWER_NO): "your form asks 'history of cancer'. i never had
# it myself, it was my godfather", "in de vragenlijst staat 'kanker gehad?' zelf nooit", "vous demandez 'antecedent de
# cancer'. moi j en ai jamais eu". The sign inside the quotes is the question's, not the person's: the answer decides. The
# quote is read as a plain word only when the first clause of the answer after it denies (a negation) or names a relative,
# and nothing outside the quotes says yes or "me too"; an answer that tells it had ("i had it in 2015", "yes, the 'cancer'
# question: i had breast cancer myself"), no answer, or an unsure one keep the quoted sign (the safe side). Read on the raw
# text: the normaliser drops the quotes.
_QUOTED = re.compile(r"(?:^|(?<=[\s:(]))(?P<open>['\"\u2018\u201c\u201e\u00ab])\s*(?P<body>(?:[^'\"\u2018\u2019\u201c\u201d\u00ab\u00bb\n]"
                     r"|(?<=\w)['\u2019](?=\w)){1,80}?)\s*(?P<close>['\"\u2019\u201d\u00bb])(?=[\s.,;:!?)]|$)")
_QUOTE_ASKED_BEFORE = re.compile(rf"\b(?:{_cues('QUOTE_ASKED_BEFORE')})$")
_QUOTE_ASKED_AFTER = re.compile(rf"^(?:{_cues('QUOTE_ASKED_AFTER')})\b")
_QUOTE_YES = frozenset(lang.merged("redflags", "QUOTE_ANSWER_YES"))
_QUOTE_NO = frozenset(lang.merged("redflags", "QUOTE_ANSWER_NO")) | _NEG
_QUOTE_CLAUSE_END = re.compile(rf" (?:[,.]|{_alt(*sorted(lang.merged('redflags', 'CONTRAST')))})(?= |$)")


def _quoted_questions_out(text: str) -> str:
    """``text`` with each question's words quoted and denied or given to a relative after it read as a plain word."""
    if not _QUOTED.search(text):
        return text
    out, last = [], 0
    for m in _QUOTED.finditer(text):
        before = normalise(text[: m.start()]).rstrip(" ,.")
        after = normalise(text[m.end():]).strip(" ,.")
        cue_after = _QUOTE_ASKED_AFTER.match(after)
        if not (_QUOTE_ASKED_BEFORE.search(before) or cue_after):
            continue
        answer = after[cue_after.end():].strip(" ,.") if cue_after else after
        first = _QUOTE_CLAUSE_END.split(answer, 1)[0].split()
        outside = set(before.split()) | set(answer.split())
        if not first or outside & _QUOTE_YES or _ME_TOO.search(answer):
            continue
        if _QUOTE_NO.intersection(first) or _FAMILY_RE.search(" ".join(first)):
            out.append(text[last: m.start()] + " " + _ASKED_TERM + " ")
            last = m.end()
    return "".join(out) + text[last:] if out else text


def find_red_flags(text: object) -> Dict[str, object]:
    """Positive, non-negated red flags in ``text`` as ``{slot: value}``.

    Never raises: ``None``, bytes, empty or odd input give ``{}``.
    """
    if isinstance(text, str):
        return dict(_found_in(text))  # a copy: the kept reading is never changed by a caller
    return _find_red_flags(text)


@functools.lru_cache(maxsize=512)
def _found_in(text: str) -> Dict[str, object]:
    return _find_red_flags(text)


def _find_red_flags(text: object) -> Dict[str, object]:
    if isinstance(text, str):
        text = _quoted_questions_out(text)
    asked = _asked_terms(_reading(text))
    norm = " ".join(_what_if_out(asked).split())
    found = _find(norm)
    if found:
        reduced = _without_relatives(_weak_terms_asked(norm))
        if reduced != norm.strip(" ."):
            own = _find(reduced)
            own_reading = _evaluate_normalised(reduced, RED_FLAG_RULES)
            # a sign told over in the person's own words is told fine too: "had a fever last week, its all over now. read
            # online spine infection with fever" (the page's fever is hearsay, session 25Y)
            negated = own_reading.negated_topics | own_reading.resolved_topics
            # "... alles ok behalve dat ik zelf slecht plas": a hint left is no fine; the denial itself is no hint ("i have
            # no numbness anywhere down there", session 23P)
            # (nor the own walking told fine, session 38F: "i walk on my heels and toes fine" hints no weakness)
            hinted = _hinted(_WEAKNESS_DENIED.sub(" ", _SIGNS_DENIED.sub(" ", reduced[:4000])))
            hearsay_asked = _hearsay_asked_true(norm) or _hearsay_meaning_asked(" ".join(asked.split()))  # read once
            for slot in [slot for slot in found if slot not in own and slot not in hinted]:
                if hearsay_asked or _own_told_fine(reduced, slot, negated, norm):
                    del found[slot]
    return found


# --- ask first ----------------------------------------------------------------
# The rules set a red flag only when a message says it clearly. People in pain hint
# more often than they say ("my bum feels a bit off", "peeing is strange since
# monday", "both legs kinda wobbly"): a message that touches an emergency topic
# brings that question forward, so it is asked now, not after the onset, the
# duration and the leg questions. It never sets an answer (every red-flag question
# is asked anyway before a result below urgent), so the net may be wide: a topic word
# counts unless its part of the message says all is well ("peeing is fine") or, for
# the legs, denies it ("no weakness"); a place (the bum, the toilet, the legs) counts
# with a feeling word ("my bum feels a bit off", not "pain in my bum").
HINT_ORDER = ("saddle_numbness", "bladder_bowel", "both_legs", "leg_weakness")


def _hint_table(name: str) -> Dict[str, re.Pattern[str]]:
    """One slot -> words table of every pack as one regex per slot (a slot no pack names never matches)."""
    return {
        slot: re.compile(r"\b" + _alt(*dict.fromkeys(
            _fill(p) for _code, table in lang.tables("redflags", name) for p in table.get(slot, ())), "(?!)") + r"\b")
        for slot in HINT_ORDER
    }  # fmt: skip


_HINT_TOPICS = _hint_table("HINT_TOPICS")  # count alone
_HINT_PLACES = _hint_table("HINT_PLACES")  # count with a feeling word
_HINT_FEELING = re.compile(rf"\b{_cues('HINT_FEELING')}\b")
_HINT_DENIAL = frozenset(lang.merged("redflags", "HINT_DENIAL"))
_DENIABLE = ("both_legs", "leg_weakness")  # "no weakness": a saddle or bladder word is never denied away


def _well(part: str) -> bool:
    """A part of a message that says all is well: "peeing is fine", "plassen gaat goed"."""
    return bool(_ALL_WELL.search(part)) and not _NOT_WELL.search(part)


def _hint_denied(part: str, m: re.Match[str]) -> bool:
    """A denial word in the 3 words before the topic: "no weakness", "niet zwak"."""
    return any(word in _HINT_DENIAL for word in part[: m.start()].split()[-3:])


def hinted_red_flags(text: object) -> List[str]:
    """The emergency questions a message touches (in HINT_ORDER), whether or not the
    rules read a flag in it: the check asks them first. Never raises."""
    return _hinted(_reading(text)[:4000])


def _hinted(norm: str) -> List[str]:
    hinted: List[str] = []
    for clause in _CLAUSE_SPLIT.split(norm):
        parts = clause.split(",")
        for i, part in enumerate(parts):
            after = parts[i + 1] if i + 1 < len(parts) else ""
            if _well(part) or (_well(after) and not any(topic.search(after) for topic in _HINT_TOPICS.values())):
                continue  # "peeing is fine", "no probs with the loo, all normal"
            feeling = _HINT_FEELING.search(part)
            for slot in HINT_ORDER:
                if slot in hinted:
                    continue
                topic = _HINT_TOPICS[slot].search(part)
                if topic is not None and not (slot in _DENIABLE and _hint_denied(part, topic)):
                    hinted.append(slot)  # "no weakness" denies the word; "cant feel my legs" is the sign
                elif feeling and _HINT_PLACES[slot].search(part):
                    hinted.append(slot)
    return [slot for slot in HINT_ORDER if slot in hinted]


#: Every regex whose literal words make the typo vocabulary.
_VOCABULARY_PATTERNS: Tuple[str, ...] = tuple(rule.regex.pattern for rule in RED_FLAG_RULES) + tuple(
    rx.pattern
    for rx in (
        _FAMILY_RE, _INTENT, _INTENT_STRONG, _NIGHT_MECH, _NIGHT_STRONG, _STABLE_CUE, _CANCER_QUESTION, _WEATHER,
        _HEDGE, _BLADDER_WORDS, _BOWEL_WORDS, _BLADDER_TROUBLE, _BOWEL_TROUBLE, _ALL_WELL,
        _NOT_WELL, *(pattern for pattern, _ in _SUBS),
    )
) + (_KNOWN_BOWEL,)  # fmt: skip
_build_fuzzy(_VOCABULARY_PATTERNS)
