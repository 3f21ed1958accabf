"""Answers to the check's questions, from buttons or free text (pure Python, no Rasa).

Public interface
----------------
``CLINICAL_SLOTS``, ``YES_NO_SLOTS``, ``RED_FLAG_SLOTS``
    slot names of docs/clinical-rules.md.
``ONSET_VALUES``, ``LEG_PAIN_VALUES``, ``LEG_WEAKNESS_VALUES``, ``AGE_BAND_VALUES``,
``BOOL_VALUES``, ``SLOT_VALUES``
    the allowed values per slot (``duration_days`` is a whole number of days or None).
``parse_yes_no(text) -> True | False | "unsure" | None``
    yes / no / not sure in English and Dutch, typed on a phone or as an emoji.
``parse_answer(slot, text, today=None) -> value | None``
    the slot's value, or None when the answer is not understood (ask again).
``extract_answers(text, requested_slot, today=None) -> dict``
    the requested answer + red flags anywhere + other slots clearly mentioned.
``BUTTON_PAYLOADS`` / ``BUTTON_PAYLOADS_NL``
    ``{slot: [(payload, value), ...]}``: plain-text payloads that parse_answer
    understands (they also work typed, on every channel).
``clarification_for(slot, text, today=None) -> key | None``
    a follow-up key when the answer is hedged or mixed ("cancer_relative",
    "night_pain_position", "weight_reason", "weakness_change", "number_unsure";
    ``CLARIFICATION_SLOTS`` maps each to its slot), None when it is clear.
``parse_clarification(key, text, today=None) -> value | None``
    the slot's value from the answer to that follow-up question.
``read_story(text, today=None) -> dict``
    every slot a first message (the whole story) clearly gives, clear
    negatives and red flags included, nothing guessed.
``correction_cue(text) -> bool``
    the message explicitly corrects an earlier answer ("actually it was a fall").

Messages are read as strangers write them: phone English ("nah", "ye", "u",
"n", "tbh") and spoken Flemish/Dutch ("nie", "gene", "da", "'k", "'t",
"stillekesaan") are rewritten to standard words first (``_street``).

Safe-side choices (see the docstrings): "not sure" on a yes/no question counts
as True; "I don't think so" / "denk het niet" is "unsure" (so True); a bare
"yes" to the leg-pain or leg-weakness question is None (how far / getting worse
is unknown, ask again with the buttons); weakness without "worse"/"not worse"
is None, and a hedge with a stable cue ("slightly weaker, the same as last
week") is stable; night pain only when turning over and a relative's cancer are
None (the follow-up of clarification_for asks); weight lost on purpose is
False, weight lost for an unclear reason True; a red flag is never lowered by
the requested answer.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Callable, Dict, Iterator, List, Optional, Tuple, Union

from bot import lang
from bot.clinical.questions import RED_FLAG_BLOCK
from bot.reading import regex as re
from bot.reading import text as _text
from bot.reading.duration import find_duration
from bot.reading.redflags import (
    AREA,
    LEG_NUMB,
    MAX_CHARS,
    NOTHING_ODD_FELT,
    RED_FLAG_RULES,
    WEAK,
    blow_idiom,
    evaluate,
    fallen_thing,
    find_red_flags,
    local_clause,
    make_rules,
    merge,
    normalise,
    told_over,
)

__all__ = [
    "AGE_BAND_VALUES",
    "BOOL_VALUES",
    "BUTTON_PAYLOADS",
    "BUTTON_PAYLOADS_NL",
    "CLARIFICATION_SLOTS",
    "HEDGED_PREFIX",
    "hedged_no",
    "CLINICAL_SLOTS",
    "LEG_PAIN_VALUES",
    "LEG_WEAKNESS_VALUES",
    "ONSET_VALUES",
    "RED_FLAG_SLOTS",
    "SLOT_VALUES",
    "UNSURE",
    "YES_NO_SLOTS",
    "age_band_of",
    "clarification_for",
    "correction_cue",
    "extract_answers",
    "is_valid_value",
    "parse_answer",
    "parse_clarification",
    "parse_yes_no",
    "read_story",
    "tells_back_pain",
]

# --------------------------------------------------------------------------
# Slots and values (docs/clinical-rules.md)
# --------------------------------------------------------------------------

CLINICAL_SLOTS: Tuple[str, ...] = (
    "onset",
    "duration_days",
    "leg_pain",
    "both_legs",
    "leg_numbness",
    "leg_weakness",
    "saddle_numbness",
    "bladder_bowel",
    "fever",
    "cancer_history",
    "weight_loss",
    "night_pain",
    "age_band",
    "osteoporosis_or_steroids",
    "morning_stiffness",
)
YES_NO_SLOTS: Tuple[str, ...] = (
    "both_legs",
    "leg_numbness",
    "saddle_numbness",
    "bladder_bowel",
    "fever",
    "cancer_history",
    "weight_loss",
    "night_pain",
    "osteoporosis_or_steroids",
    "morning_stiffness",
)
RED_FLAG_SLOTS: Tuple[str, ...] = (
    "saddle_numbness",
    "bladder_bowel",
    "fever",
    "cancer_history",
    "weight_loss",
    "night_pain",
)
ONSET_VALUES: Tuple[str, ...] = ("sudden_movement", "trauma", "gradual")
LEG_PAIN_VALUES: Tuple[str, ...] = ("none", "above_knee", "below_knee")
LEG_WEAKNESS_VALUES: Tuple[str, ...] = ("none", "stable", "worsening")
AGE_BAND_VALUES: Tuple[str, ...] = ("under_20", "20_44", "45_69", "70_plus")
BOOL_VALUES: Tuple[bool, ...] = (True, False)

#: Allowed values per slot; ``duration_days`` is any whole number >= 0 (or None).
SLOT_VALUES: Dict[str, Tuple[Any, ...]] = {
    "onset": ONSET_VALUES,
    "leg_pain": LEG_PAIN_VALUES,
    "leg_weakness": LEG_WEAKNESS_VALUES,
    "age_band": AGE_BAND_VALUES,
    **{slot: BOOL_VALUES for slot in YES_NO_SLOTS},
}

#: What parse_yes_no returns for "not sure" (the caller decides; parse_answer says True).
UNSURE = "unsure"

_LEG_SLOTS = ("leg_pain", "both_legs", "leg_numbness", "leg_weakness")


def is_valid_value(slot: str, value: Any) -> bool:
    """True when ``value`` is allowed for ``slot`` by clinical-rules.md."""
    if slot == "duration_days":
        return value is None or (isinstance(value, int) and not isinstance(value, bool) and value >= 0)
    allowed = SLOT_VALUES.get(slot)
    if allowed is None:
        return False
    if allowed is BOOL_VALUES:
        return isinstance(value, bool)
    return isinstance(value, str) and value in allowed


# --------------------------------------------------------------------------
# Buttons: payloads are plain text that parse_answer understands
# --------------------------------------------------------------------------

# The buttons' words are in each language's pack (bot/lang/<code>/answers.py).
_ANSWER_PACKS = {code: lang.module(code, "answers") for code in lang.CODES}


def _buttons(code: str) -> Dict[str, List[Tuple[str, Any]]]:
    words = _ANSWER_PACKS[code]
    return {
        **{slot: list(buttons) for slot, buttons in words.BUTTONS.items()},
        **{slot: list(words.YES_NO_BUTTONS) for slot in YES_NO_SLOTS},
        "both_legs": list(words.BOTH_LEGS_BUTTONS),
    }


#: Each language's buttons: payloads are plain text that parse_answer understands.
BUTTONS: Dict[str, Dict[str, List[Tuple[str, Any]]]] = {code: _buttons(code) for code in lang.CODES}
#: The English buttons' payloads.
BUTTON_PAYLOADS: Dict[str, List[Tuple[str, Any]]] = BUTTONS["en"]
#: The Dutch buttons' payloads (Dutch words, same values).
BUTTON_PAYLOADS_NL: Dict[str, List[Tuple[str, Any]]] = BUTTONS["nl"]

# --------------------------------------------------------------------------
# Yes / no / not sure
# --------------------------------------------------------------------------

_YES_EMOJI = ("\U0001f44d", "\u2705", "\u2714", "\u2611", "\U0001f44c", "\U0001f197")
_NO_EMOJI = ("\U0001f44e", "\u274c", "\u2716", "\U0001f6ab", "\U0001f645", "\u274e")
_UNSURE_EMOJI = ("\U0001f937", "\U0001f914")

# "{NAME}" in a pattern: the merged alternation of the packs' table NAME (bot.lang.fill),
# so a phrase that mixes the languages ("only mijn rug") reads as it did when the words
# were inline; or one of the red-flag vocabularies some answer patterns share
# (bot.reading.redflags builds them from the packs); and the duration reader's month names
# (an age told with a birthday to come) and the words of a range ("2 à 3 maanden").
_SHARED_SLOTS = {
    "AREA": AREA,
    "LEG_NUMB": LEG_NUMB,
    "WEAK": WEAK,
    "MONTH_NAME": "(?:" + "|".join(
        re.escape(m) for m in sorted(lang.merged("duration", "MONTHS"), key=len, reverse=True)) + ")",
    "COUNT_TO": "(?:-|–|/|" + "|".join(lang.merged("duration", "RANGE_SEPARATORS")) + ")",
}


def _alt(name: str) -> str:
    """The packs' table ``name`` as one regex alternation: "(?:left|links)"."""
    return lang.alternation("answers", name, _SHARED_SLOTS)


def _fill(template: str) -> str:
    """A pattern template with its ``{NAME}`` slots replaced by every pack's words."""
    return lang.fill("answers", template, _SHARED_SLOTS)


def _words(name: str, fmt: str = "{}", flags: int = 0) -> re.Pattern[str]:
    """One pattern of every pack's alternatives for ``name`` (bot/lang/<code>/answers.py),
    put where ``fmt`` has "{}" (its other braces are regex quantifiers)."""
    return re.compile(fmt.replace("{}", "|".join(_fill(p) for p in lang.merged("answers", name))), flags)


def _patterns(name: str) -> List[str]:
    """The patterns of one table of every pack, in pack order, their slots filled (one rule each)."""
    return [_fill(pattern) for _code, table in lang.tables("answers", name) for pattern in table]


def _skeleton(template: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern shaped alike in every language: the engine holds its shape, the packs its words."""
    return re.compile(_fill(template), flags)


_UNSURE_RE = _words("UNSURE_PHRASES", r"\b(?:{})\b")
_NO_PHRASE_RE = _words("NO_PHRASES", r"\b(?:{})\b")
_YES_PHRASE_RE = _words("YES_PHRASES", r"\b(?:{})\b")
_YES_TOKEN = _words("YES_TOKENS", "(?:{})")
_YES_EXACT = lang.merged("answers", "YES_EXACT")
_NO_TOKEN_STRONG = _words("NO_TOKENS_STRONG", "(?:{})")
_NO_TOKEN_WEAK = _words("NO_TOKENS_WEAK", "(?:{})")
# "wel", "zeker": a yes token only on its own at the start, and not before its negation ("wel niet")
_YES_WEAK: Dict[str, str] = lang.merged("answers", "YES_TOKENS_WEAK")
_YES_LETTERS = lang.merged("answers", "YES_LETTERS")
_YES_FIRST_ONLY = lang.merged("answers", "YES_TOKENS_FIRST_ONLY")
_NOT_WORDS = lang.merged("answers", "NOT_WORDS")
_NO_SHORT_FIRST = lang.merged("answers", "NO_SHORT_FIRST")
_NO_LETTERS = lang.merged("answers", "NO_LETTERS")


# --------------------------------------------------------------------------
# Street spelling: phone English and Flemish/Dutch spoken forms, rewritten first
# --------------------------------------------------------------------------

# word -> standard form (whole words, any case); emoji and punctuation are kept
_STREET_WORDS: Dict[str, str] = lang.merged("answers", "STREET_WORDS")
# phrases first, every pack's in pack order (the English "n" between two words, "and", is the last
# English one: no Dutch phrase makes or eats a lone "n"), then the words
# (a phrase's third item, a language code: not inside that language's text, as STREET_SHARED below)
_STREET_PHRASES: Tuple[Tuple[re.Pattern[str], Any, Optional[str]], ...] = tuple(
    (re.compile(entry[0], re.IGNORECASE), entry[1], entry[2] if len(entry) > 2 else None)
    for entry in lang.merged("answers", "STREET_PHRASES")
)
_STREET_WORD_RE = re.compile(r"(?<![\w'])(" + "|".join(sorted(map(re.escape, _STREET_WORDS), key=len, reverse=True))
                             + r")(?![\w'])", re.IGNORECASE)
# A pack's spoken forms that are also another language's words (session 47A10, issue 12; the packs' STREET_SHARED, {language:
# words}): the Flemish filler "bon" and article "ne" are French words ("les os sont en bon état", "je ne sais pas"). They are not
# rewritten inside that language's text, told by its pack's STREET_TEXT_CUES (a French negation, "en bon état", "bon ben") or two
# of its STREET_TEXT_WORDS; Flemish "bon, 't is goed", "ne keer", "ne rugpijn" keep their rewrite.
_STREET_SHARED: Dict[str, frozenset] = {}
for _code, _shared in lang.tables("answers", "STREET_SHARED"):
    for _other, _shared_words in _shared.items():
        _STREET_SHARED[_other] = _STREET_SHARED.get(_other, frozenset()) | frozenset(_shared_words)
_STREET_TEXT_CUES = {code: re.compile("|".join(cues)) for code, cues in lang.tables("answers", "STREET_TEXT_CUES") if cues}
_STREET_TEXT_WORDS = {code: words for code, words in lang.tables("answers", "STREET_TEXT_WORDS") if words}
_WORD_TOKENS = re.compile(r"\w+")


def _street_text_of(text: str) -> frozenset:
    """The languages whose shared spoken forms stay as they are in ``text`` (see _STREET_SHARED)."""
    low = text.lower()
    words = set(_WORD_TOKENS.findall(low))
    return frozenset(
        code for code in _STREET_SHARED
        if (code in _STREET_TEXT_CUES and _STREET_TEXT_CUES[code].search(low))
        or len(words & _STREET_TEXT_WORDS.get(code, frozenset())) >= 2
    )


def _street(text: Any) -> Any:
    """``text`` with phone English and spoken Flemish/Dutch rewritten to standard words.

    "gene pijn in mijne been" -> "geen pijn in mijn been", "'k heb da nie" ->
    "ik heb dat nie", "ye a bit n its in my toes" -> "yes a bit and its in my
    toes", "lol"/"tbh" dropped. Non-text is returned unchanged. Never raises.
    """
    try:
        if isinstance(text, (bytes, bytearray)):
            text = bytes(text).decode("utf-8", errors="ignore")
        if not isinstance(text, str) or not text:
            return text
        out = text[:MAX_CHARS]
        kept = _street_text_of(out)
        for pattern, repl, other in _STREET_PHRASES:
            if other not in kept:
                out = pattern.sub(repl, out)
        shared = frozenset().union(*(_STREET_SHARED[code] for code in kept))

        def word(m: re.Match[str]) -> str:
            w = m.group(1).lower()
            return m.group(1) if w in shared else _STREET_WORDS.get(w, m.group(1))

        return _STREET_WORD_RE.sub(word, out)
    except Exception:  # pragma: no cover - defensive
        return text


# "can't say", "kan ik niet zeggen" on their own; a filler before the "can't" too ("i really couldnt say", session 37U)
_BARE_UNSURE = _skeleton(
    r"^(?:{CANT_SAY_SUBJECT} )?(?:{CANT_SAY_FILLER} )?{CANT_SAY_CANT} (?:{CANT_SAY_SUBJECT_AFTER} )?(?:{CANT_SAY_FILLER} )*"
    r"{CANT_SAY_SAY}(?: {CANT_SAY_TAIL})*$"
)


# a "can't say" closing its clause anywhere in the answer, words inside it (session 38U): "he can't really say and
# neither can I", "kan ik je eigenlijk niet zeggen hoor", "je peux vraiment pas vous le dire"; read on a lightly
# folded text (the shared normaliser turns the English "can't say" into "not"), a denial frame ("i can't say i have",
# "ik kan niet zeggen dat ...") goes on and is left to the rest
_CANT_SAY_CLAUSE = _skeleton(r"\b(?:{CANT_SAY_CLAUSE})(?: {CANT_SAY_TAIL})*(?= ,|$| {CANT_SAY_THEN}\b)")


def _tokens(norm: str) -> List[str]:
    return [tok for tok in norm.split() if tok not in (".", ",")]


def _yes_taken_back(later: List[str]) -> bool:
    """A yes word among the words after an opening no: the no taken back, "no wait, yes i do", "nee wacht, ja toch" (session
    38: at a red-flag question it was recorded as a no); not sure, which a red-flag question counts as yes. Only the plain yes
    words, not "absolutely" ("no, ... been absolutely fine since"), nor French "si" (also "if")."""
    return any(_YES_TAKES_BACK.fullmatch(t) for t in later)


# the plain yes words (the packs' YES_TAKES_BACK), not the adverbs that also say yes ("been absolutely fine since")
_YES_TAKES_BACK = _words("YES_TAKES_BACK", "(?:{})")


def parse_yes_no(text: Any) -> Union[bool, str, None]:
    """``True`` (yes), ``False`` (no), ``"unsure"`` (not sure) or ``None`` (not a yes/no).

    English and Dutch, phone style: "yes", "yeah", "yep", "y", "ja", "jaa",
    "jep", "jawel", "klopt", "inderdaad", "👍" are yes; "no", "nope", "n", "nee",
    "neen", "nee hoor", "niet", "nope not at all", "👎" are no; "not sure",
    "idk", "maybe", "misschien", "weet niet", "geen idee", "twijfel", "🤷" and
    hedged noes ("I don't think so", "denk het niet") are "unsure". A message
    with both a yes and a no word is "unsure". Never raises.
    """
    try:
        if isinstance(text, (bytes, bytearray)):
            text = bytes(text).decode("utf-8", errors="ignore")
        if not isinstance(text, str) or not text.strip():
            return None
        text = _street(text)
        if _BARE_UNSURE.match(" ".join(re.sub(r"[^\w\s]", "", text.lower()).split())):
            return UNSURE  # "can't say", "kan ik niet zeggen" on their own
        if _CANT_SAY_CLAUSE.search(_text.light_fold(text)):
            return UNSURE  # "he can't say and neither can I", "je peux vraiment pas vous le dire"
        has_yes_emoji = any(e in text for e in _YES_EMOJI)
        has_no_emoji = any(e in text for e in _NO_EMOJI)
        norm = normalise(text)
        tokens = _tokens(norm)
        if any(e in text for e in _UNSURE_EMOJI) or _UNSURE_RE.search(norm):
            return UNSURE
        if not tokens:
            if has_yes_emoji and not has_no_emoji:
                return True
            if has_no_emoji and not has_yes_emoji:
                return False
            return UNSURE if has_yes_emoji and has_no_emoji else None
        first = tokens[0]
        second = tokens[1] if len(tokens) > 1 else ""
        # a yes letter ("j", "y") opens a yes only on its own: "j" is also French "je"/"j'"
        # ("j'ai pas de fièvre", "je dors bien"), read as a yes it was a false alarm
        yes_first = bool(_YES_TOKEN.fullmatch(first)) and not (first in _YES_LETTERS and second)
        no_phrase = _NO_PHRASE_RE.search(norm)
        # a no phrase that opens the answer holds its own yes word (session 38L): "definitely not", "certainement pas",
        # "zeker van niet" are a clear no, not a yes and a no
        if no_phrase and (not yes_first or no_phrase.start() == 0):
            return UNSURE if _yes_taken_back(_tokens(norm[no_phrase.end():])) else False
        if yes_first and first not in _YES_WEAK:
            if second and (_NO_TOKEN_STRONG.fullmatch(second) or second in _NOT_WORDS):
                return UNSURE  # "ja nee", "yes no"
            return True
        if _NO_TOKEN_STRONG.fullmatch(first) or (first in _NO_SHORT_FIRST and len(tokens) <= 3):
            if second and _YES_TOKEN.fullmatch(second) and second not in _YES_WEAK and second not in _YES_LETTERS:
                return UNSURE  # "no yes"
            if _yes_taken_back(tokens[2:]):
                return UNSURE
            return False
        if (
            _YES_PHRASE_RE.search(norm)
            or norm in _YES_EXACT
            or (first in _YES_WEAK and second != _YES_WEAK[first])
        ):
            return True
        yes_any = any(
            _YES_TOKEN.fullmatch(t) for t in tokens if len(t) > 1 and t not in _YES_WEAK and t not in _YES_FIRST_ONLY
        )
        no_any = any(_NO_TOKEN_STRONG.fullmatch(t) for t in tokens if len(t) > 1) or (
            len(tokens) <= 4 and any(_NO_TOKEN_WEAK.fullmatch(t) for t in tokens)
        )
        if has_yes_emoji:
            yes_any = True
        if has_no_emoji:
            no_any = True
        if yes_any and no_any:
            return UNSURE
        if yes_any:
            return True
        if no_any:
            return False
        return None
    except Exception:  # pragma: no cover - defensive
        return None


def _yes_no_safe(text: Any) -> Optional[bool]:
    """parse_yes_no with "not sure" counted as True (the safe side)."""
    value = parse_yes_no(text)
    if value == UNSURE:
        return True
    return value if isinstance(value, bool) else None


# --------------------------------------------------------------------------
# Vocabulary rules (same engine as bot.reading.redflags: negation-aware)
# --------------------------------------------------------------------------

_LEG_WORDS = _words("LEG_WORDS", r"\b(?:{})\b")
_AREA_RE = re.compile(rf"\b{AREA}\b")


def _not_saddle(seg: str, m: re.Match[str]) -> bool:
    """Skip numbness words that are about the saddle area ("my bum is numb")."""
    return bool(_AREA_RE.search(local_clause(seg, m)))


_NUMB_RULES = make_rules(
    "numb", {"leg_numbness": True}, [rf"\b{LEG_NUMB}\b", *_patterns("NUMB"), _fill(r"\b{NUMBNESS}\b")], _not_saddle
)

_BELOW = make_rules(
    "below",
    {"leg_pain": "below_knee"},
    [_fill(r"\b{BELOW_PREP} (?:{DET} )?{KNEE}\b"), _fill(r"\b{BELOW_KNEE_PARTS}\b"), *_patterns("BELOW")],
)
_ABOVE = make_rules(
    "above",
    {"leg_pain": "above_knee"},
    [_fill(r"\b{ABOVE_PREP} (?:{DET} )?{KNEE}\b"), _fill(r"\b{ABOVE_KNEE_PARTS}\b"), _fill(r"\b{KNEE_WORD}\b")],
)
# "only my back", "legs are fine", "not into my legs": the shapes are alike in both languages
_LEG_PAIN_NONE = _skeleton(
    r"\b{ONLY_BACK} (?:{INTO} )?(?:{DET} )?{LOWER}?{BACK}\b"
    r"|\b{STAYS} (?:\w+ )?(?:{IN} )?(?:{DET_NO_M} )?(?:{STAYS_LOWER} )?{BACK_SHORT}\b"
    r"|\b{NOT_LEG} {INTO_LEG} (?:{DET_NO_M} )?{LEG}\b"
    r"|\b{LEG} (?:\w+ ){0,2}?{LEG_ARE}? ?{LEG_FINE}\b|\b{NOTHING_IN} (?:{DET_SHORT} )?{LEG}\b"
    r"|{LEG_PAIN_NONE}|{LEGS_DENIED}|{BACK_KEPT}"
)
# the legs denied with "nor", "ni", "ook niet", or the pain kept to a belt (the packs' LEGS_DENIED, session 28D): none, also
# when the buttocks are denied in the same answer ("ni dans les fesses ni dans les jambes")
_LEGS_DENIED = _words("LEGS_DENIED", "(?:{})")
# the pain kept in the (low) back, told as staying or not moving from it (the packs' BACK_KEPT, session 29O): none, also
# with the buttocks denied ("it stays in my lower back, doesnt even reach my bum", "ca bouge pas du bas du dos, meme pas
# dans les fesses"); a part told as reached ("stays in my back and my thigh") is read before
_BACK_KEPT = _words("BACK_KEPT", "(?:{})")
# the pain kept in the back, then a contrast that sends it down a leg after all (the packs' DOWN_AFTER_ALL, session 29Q): "it
# stays in my back, sometimes it goes down my leg", "het blijft in mijn rug maar soms trekt het naar beneden", "ca reste dans le
# dos mais parfois ca descend"
_DOWN_AFTER_ALL = _words("DOWN_AFTER_ALL", r"\b(?:{})\b")
_PAIN_CONTEXT = _words("PAIN_CONTEXT", r"\b(?:{})\b")
# parts below the knee named as free of pain ("nothing in the calf or foot", "le mollet et le pied
# rien", "kuit en voet zijn goed") tell where the pain does NOT go: masked before the level is read,
# so they are no below-the-knee cue (a part said to hurt elsewhere in the message still is)
# "below the knee" itself and the knee named with them are such parts too ("below knee there is no pain", "onder de
# knie is oke", "le genou et le mollet , rien du tout"): the pain stops above the knee
# (the knee only first and joined to a part below it: "tot in de kuit , de knie is oke" keeps the calf)
_FREE_PART = r"(?:{BELOW_PREP} (?:{DET} )?{KNEE}|(?:{DET} )?{BELOW_KNEE_PARTS})"
_FREE_PARTS = (r"(?:(?:{DET} )?{KNEE} {FREE_PART_JOIN} )?" + _FREE_PART
               + r"(?:(?: ,)?(?: {FREE_PART_JOIN})? " + _FREE_PART + r")*")
# the parts taken up again by a pronoun before what is said of them ("le mollet lui va bien", "de kuit die is goed",
# "the calf, that one is fine")
_PARTS_FREE = _skeleton(
    r"\b{FREE_BEFORE} " + _FREE_PARTS + r"\b|\b" + _FREE_PARTS
    + r"(?:(?: ,)? {FREE_PRONOUN}(?: ,)?)? (?:(?:{FREE_ARE} )?{FREE_AFTER}|{FREE_ARE} {FREE_STATE})\b"
    # after a comma, only what ends its clause there ("le mollet , rien du tout , ca se arrete la"; not "the
    # calf , no pain in the thigh")
    + r"|\b" + _FREE_PARTS + r" , (?:(?:{FREE_ARE} )?{FREE_AFTER}|{FREE_ARE} {FREE_STATE})(?: {FREE_AT_ALL})?(?= [,.;!]| et | and | en |$)"
)
# a place told as higher than the buttocks or the hips ("juste au-dessus des fesses", "just above my bum", "net boven
# mijn billen") is the low back, no part of the leg: masked with the parts named free of pain
_ABOVE_SEAT = _skeleton(r"\b{SEAT_ABOVE} (?:{DET} )?{SEAT_PARTS}\b")
# standing told with the feet ("on my feet all day", "sta de hele dag op mijn voeten"): no pain in the feet, masked
# with the parts named free of pain (session 27V)
_ON_FEET = _words("ON_FEET", r"\b(?:{})\b")
# French football told ("apres le foot", "match de foot", "foot en salle"): its "foot" read as "football", never the foot
# below the knee (the packs' FOOT_SPORT, session 34W); "down to my foot", "jusqu'au pied" still are
_FOOT_SPORT = _words("FOOT_SPORT", r"\b(?:{})\b")


def _no_foot_sport(norm: str) -> str:
    """``norm`` with the sport's "foot" written "football" (see _FOOT_SPORT)."""
    return _FOOT_SPORT.sub(lambda m: re.sub(r"\bfoot\b", "football", m.group(0)), norm)

_BOTH = make_rules(
    "both",
    {"both_legs": True},
    [
        _fill(r"{BOTH_WORDS}|\b{TWO} {LEGS_FEET}\b"),
        _fill(r"\b{LEFTRIGHT}\b|\b{DET} {LEGS_FEET}\b"),
        _fill(r"\b{BOTH_PLURALS}\b"),
    ],
)
_BOTH_EXPLICIT = make_rules("both", {"both_legs": True}, [_fill(r"{BOTH_EXPLICIT}|\b{LEFTRIGHT}\b")])
_ONE_LEG = _skeleton(
    r"\b{ONLY_ONE} (?:{IN} )?(?:\w+ ){0,2}?(?:{ONE}|{LEFT}|{RIGHT})\b|\b{ONE_SINGLE} {LEG_SIDE}\b"
    r"|\b{SIDE_WORDS}\b|{ONE_LEG}"
)
_LEFT = _words("LEFT", r"\b(?:{})\b")
_RIGHT = _words("RIGHT", r"\b(?:{})\b")
# one side said to be fine: "just my right, the left ones fine", "het linkse is in orde"
_SIDE_FINE = _skeleton(r"\b(?:{LEFT}|{RIGHT})\b(?: (?!{MASK_NOT}\b)\w+){0,2}? (?:{LEG_ARE} )?{LEG_FINE}\b")

_WEAK_RULES = make_rules("weak", {}, [rf"\b{WEAK}\b", _fill(r"\b{WEAKNESS}\b")])
_WORSE_RULES = make_rules("worse", {"leg_weakness": "worsening"}, [_fill(r"\b{WORSE}\b")])
_STABLE = _words("STABLE", r"\b(?:{})\b")
_WEAKNESS_NONE = _words("WEAKNESS_NONE", r"\b(?:{})\b")
# the heel and toe walk done and fine, the legs doing as told ("op mijn hakken lopen lukt", "je tiens sur les pointes")
# and the leg giving way denied as a cause ("not because my leg gives way"), session 27V
_WEAKNESS_DONE = _words("WEAKNESS_DONE", r"\b(?:{})")
_WEAKNESS_NOT_CAUSE = _words("WEAKNESS_NOT_CAUSE", r"\b(?:{})\b")
#: the heel and toe test done and equal on both sides (session 29M; the packs' SIDES_EQUAL)
_SIDES_EQUAL = _words("SIDES_EQUAL", r"\b(?:{})")

# a lift, a bend, a twist, the moment the back went, an everyday movement, an activity told as the moment
_SUDDEN = make_rules(
    "sudden",
    {"onset": "sudden_movement"},
    [_fill(r"\b{ACTIVITY_WHEN} (?:\w+ ){0,2}?{ACTIVITY}\b"), *_patterns("SUDDEN")],
)
_SUDDEN_ANCHORED = make_rules(
    "sudden", {"onset": "sudden_movement"}, [_fill(r"\b{ANCHOR}\b (?:\w+ ){0,6}?{ANCHORED_MOVE}\b")]
)
# (two rules, as before the words moved: a blow told as a phrase is its own cue)
# (a small thing that fell is no fall of the patient's, session 27K: "picking up the pen that had fallen", "la tasse est
# tombee", "mijn sleutels waren gevallen"; bot/reading/redflags.py fallen_thing; nor a "suddenly" said with a blow word,
# session 40H: "in een klap", "op slag", blow_idiom)
_TRAUMA_LOOSE = make_rules(
    "trauma", {"onset": "trauma"}, [_fill(r"\b{TRAUMA_WORDS}\b"), _fill("{TRAUMA_PHRASES}")],
    lambda seg, m: fallen_thing(seg, m) or blow_idiom(seg, m),
)
_GRADUAL = _words("GRADUAL", r"\b(?:{})\b")
# a slow start said strongly or a sudden one denied, with the activity told as long or repeated close to it (the packs'
# ONSET_SLOW_START, ONSET_PROLONGED, ONSET_BREAK, session 28D): "gradually, been digging the garden for weeks", "pas d'un
# coup, penchee sur la serpillere toute la journee" wore the back out, no moment ("lifted a box and it gradually got worse"
# keeps the lift: nothing long told of it)
_SLOW_START = _words("ONSET_SLOW_START", r"\b(?:{})\b")
_PROLONGED = _words("ONSET_PROLONGED", r"\b(?:{})\b")
_ONSET_BREAK = frozenset(lang.merged("answers", "ONSET_BREAK"))

_OSTEO = make_rules("osteo", {"osteoporosis_or_steroids": True}, [_fill(r"\b{OSTEO}\b")])
_STIFF = make_rules("stiff", {"morning_stiffness": True}, [_fill(r"\b{STIFF}\b")])
_STIFF_MORNING = make_rules(
    "stiff",
    {"morning_stiffness": True},
    [
        _fill(r"\b{STIFF_WORD} (?:\w+ ){0,4}?{MORNING_AFTER}\b"),
        _fill(r"\b{MORNING_BEFORE} (?:\w+ ){0,4}?{STIFF_WORD}\b"),
        _fill(r"\b{MORNING_STIFFNESS}\b"),
    ],
)

_FINE = _words("FINE", r"\b(?:{})\b")
_NOT_FELT = _words("NOT_FELT", r"\b(?:{})")
# nothing odd felt (bot/reading/redflags.py NOTHING_ODD_FELT): "didnt feel anything wrong", "niks verkeerd gevoeld", "rien
# senti d'anormal" deny the sign (not "didnt feel anything": that is the numbness)
_NOTHING_ODD_FELT = NOTHING_ODD_FELT

# extra positive words that mean yes only in answer to that slot's question
_CONTEXT_TRUE: Dict[str, re.Pattern[str]] = {
    "saddle_numbness": re.compile(rf"\b(?:{LEG_NUMB})\b"),
    "bladder_bowel": _words("CONTEXT_BLADDER_BOWEL", r"\b(?:{})\b"),
    # "39", "38point5 graden": a temperature is a fever in any language
    "fever": _skeleton(r"\b(?:{CONTEXT_FEVER}|(?:3[89]|4[0-2])(?:point\d+)?(?: ?{DEGREES})?)\b"),
    "cancer_history": _words("CONTEXT_CANCER", r"\b(?:{})\b"),
    "weight_loss": _skeleton(r"\b(?:\d+ ?{CONTEXT_WEIGHT_UNITS}|{CONTEXT_WEIGHT})\b"),
    "night_pain": _words("CONTEXT_NIGHT", r"\b(?:{})\b"),
}
_NIGHT_MECH_FALSE = _words("NIGHT_MECH_FALSE", r"\b(?:{})\b")
# a normal temperature told in degrees, below 37.5 C (99.5 F): "ce matin j'avais 36,8", "37.1", "98.6 F" is no fever
# (a decimal or a degree word: "36" alone is an age); any temperature of a fever (_CONTEXT_TRUE) wins
_NORMAL_TEMPERATURE = _skeleton(
    r"\b(?:(?:3[4-6]point\d+|37(?:point[0-4]\d*)?(?= ?{DEGREES}\b)|37point[0-4]\d*|3[4-6] ?{DEGREES})"
    r"|9[5-8]point\d+|99point[0-4]\d*|9[5-9] ?(?:{DEGREES} )?f(?:ahrenheit)?)\b"
)

# A no with a past episode of the sign told and the sign denied now (session 35I, issue 12; the packs' PAST_EPISODE, NOW_DENIED,
# STILL_NOW): "no, had a temperature with the flu last winter, nothing now", "nee, vorig jaar eens afgevallen, nu niet meer",
# "non, j'ai eu de la fievre l'an passe, la rien, pas de fievre". The clauses that tell the past time are set aside; the rest must
# deny the sign now (NOW_DENIED, or the sign negated after an opening no) and tell no sign, no doubt, no coming back.
_PAST_DENIED_SLOTS = ("fever", "weight_loss", "night_pain", "bladder_bowel", "saddle_numbness")
_PAST_EPISODE = _words("PAST_EPISODE", r"\b(?:{})\b")
_NOW_DENIED = _words("NOW_DENIED", r"\b(?:{})\b")
_STILL_NOW = _words("STILL_NOW", r"\b(?:{})\b")
_PAST_DENIED_SPLIT = _skeleton(r"\s*[.,;!?]\s*|\s+(?:{PAST_DENIED_BUT})\s+")


def _past_denied(slot: str, text: Any, norm: str) -> bool:
    if slot not in _PAST_DENIED_SLOTS or not _PAST_EPISODE.search(norm) or _STILL_NOW.search(norm):
        return False
    if parse_yes_no(text) == UNSURE or _UNSURE_RE.search(norm):
        return False  # "not sure, had a fever last year": the safe side
    clauses = [c for c in _PAST_DENIED_SPLIT.split(norm) if c and c.strip()]
    if not clauses or parse_yes_no(clauses[0]) is True:
        return False  # "yes, since last week, not gone now": a yes is kept
    present = [c for c in clauses if not _PAST_EPISODE.search(c)]
    if not present:
        return False
    rest = " , ".join(present)
    if evaluate(rest, RED_FLAG_RULES).positive.get(slot) is True or find_red_flags(rest).get(slot) is True:
        return False  # the sign told in a clause of its own, with no past time
    context = _CONTEXT_TRUE.get(slot)
    if context is not None and any(not _NEG_BEFORE.search(rest[: m.start()].rstrip()) for m in context.finditer(rest)):
        return False
    if _NOW_DENIED.search(rest):
        return True
    return _clear_no(norm) and slot in evaluate(rest, RED_FLAG_RULES).negated_topics


# A no to the fever question closed after a look-alike told and the fever denied (session 47A9, issue 12; the packs'
# CLOSING_NO, FEVER_NAMED, FEVER_FELT): "i get hot flushes and wake up drenched some nights, thats the menopause . i checked ,
# no temperature . so no", "ik zweet s nachts door de verwarming , maar geen koorts gemeten . dus nee", "je transpire a cause
# du chauffage , pas de fievre . donc non". The answer ends on a plain no, names the fever denied, tells no fever felt
# ("feverish", "shivering", "koortsig", "frissons"), no fever's degrees, no doubt; else today's reading (the safe side).
_CLOSING_NO = _words("CLOSING_NO", r"(?:^|[.,;!] )(?:{})\W*$")
_FEVER_NAMED = _words("FEVER_NAMED", r"\b(?:{})\b")
_FEVER_FELT = _words("FEVER_FELT", r"\b(?:{})\b")


def _fever_lookalike_no(text: Any, norm: str) -> bool:
    if not _CLOSING_NO.search(norm) or parse_yes_no(text) == UNSURE or _UNSURE_RE.search(norm):
        return False  # "not sure, i sweat a lot at night": the safe side
    if any(not _NEG_BEFORE.search(norm[: m.start()].rstrip()) for m in _FEVER_FELT.finditer(norm)):
        return False  # "i wake up drenched and feel feverish ... so no": the fever felt stays a yes
    context = _CONTEXT_TRUE["fever"]
    if any(m.group(0)[:1].isdigit() for m in context.finditer(norm)):
        return False  # a fever's degrees told
    return any(_NEG_BEFORE.search(norm[: m.start()].rstrip()) for m in _FEVER_NAMED.finditer(norm))


# --------------------------------------------------------------------------
# Parsers per slot
# --------------------------------------------------------------------------


# a clear no, then a steroid taken only once and briefly (session 42R; the packs' STEROID_SHORT_COURSE, STEROID_LONG_USE,
# OSTEO_BONES): "No. I once had a 5-day course of prednisolone for my chest", "nee, een keer een kuurtje medrol van 5 dagen",
# "non, une fois une cure de cortisone de 5 jours": the question asks for long-term steroids (docs/clinical-rules.md)
_STEROID_SHORT = _words("STEROID_SHORT_COURSE", r"\b(?:{})\b")
_STEROID_LONG = _words("STEROID_LONG_USE", r"\b(?:{})\b")
_OSTEO_BONES = _words("OSTEO_BONES", r"\b(?:{})")


def _steroid_course_only(text: Any, norm: str) -> bool:
    """The answer opens with a clear no (its first clause a no) and tells only a short, finished steroid course: no long or
    repeated use, nothing taken now, no bones named, no doubt. A course without the no stays a yes (the safe side)."""
    if not _STEROID_SHORT.search(norm) or _STEROID_LONG.search(norm) or _OSTEO_BONES.search(norm):
        return False
    if parse_yes_no(text) == UNSURE or _UNSURE_RE.search(norm):
        return False  # "not sure, i had a course once"
    clauses = [c for c in _PAST_DENIED_SPLIT.split(norm) if c and c.strip()]
    return len(clauses) > 1 and parse_yes_no(clauses[0]) is False


# cortisone told only in a local form, not as tablets (session 43A2; the packs' STEROID_GENERIC, STEROID_LOCAL_FORM,
# STEROID_SHOT_FORM, STEROID_TABLETS, STEROID_TABLETS_DENIED): "only my inhaler", "nee, alleen een puffer met cortisone",
# "cortisone, mais uniquement en spray pour l'asthme, jamais en comprimes": the question asks for steroid tablets taken for
# months (docs/clinical-rules.md)
_STEROID_GENERIC = _words("STEROID_GENERIC", r"\b(?:{})\b")
_STEROID_LOCAL = _words("STEROID_LOCAL_FORM", r"\b(?:{})\b")
_STEROID_SHOT = _words("STEROID_SHOT_FORM", r"\b(?:{})\b")
_STEROID_TABLETS = _words("STEROID_TABLETS", r"\b(?:{})\b")
_STEROID_TABLETS_DENIED = _words("STEROID_TABLETS_DENIED", r"\b(?:{})\b")


def _steroid_local_told(text: Any, norm: str) -> bool:
    """A steroid told only as an inhaler, spray, cream or drops, or one shot: no tablets told (or tablets denied), no steroid
    named but the generic word, no bones named, no doubt. A shot told with long or repeated use stays."""
    local, shot = _STEROID_LOCAL.search(norm), _STEROID_SHOT.search(norm)
    if not (local or shot) or not _STEROID_GENERIC.search(norm) and not local:
        return False
    if shot and not local and _STEROID_LONG.search(norm):
        return False  # "steroid injections every 3 months"
    if _STEROID_TABLETS.search(_STEROID_TABLETS_DENIED.sub(" ", norm)):
        return False  # "inhaler and prednisone tablets"
    if _STEROID_LONG.search(norm) and not _STEROID_TABLETS_DENIED.search(norm):
        return False  # "wel al jaren puffers met cortisone" (session 42R): long use, tablets not denied, stays a yes
    if "osteo" in evaluate(_STEROID_GENERIC.sub(" ", norm), _OSTEO).positive_topics:
        return False  # the bones or a tablet steroid (prednisolone) named beside it
    return not (parse_yes_no(text) == UNSURE or _UNSURE_RE.search(norm))  # "not sure what's in my inhaler": the safe side


def _local_steroid_answer(norm: str) -> Optional[bool]:
    """The answer to the bones-or-steroid question when a local steroid only is told (_steroid_local_told): no with a plain
    no first or the bones denied, else asked again (None), never a yes."""
    clauses = [c for c in _PAST_DENIED_SPLIT.split(norm) if c and c.strip()]
    opening = parse_yes_no(clauses[0]) if clauses else None
    if opening is True:
        return None
    # the question asks for the bones too: without a plain no first ("nope, only my puffer") or the bones denied ("pas
    # d'osteoporose, ... en spray"), the answer says nothing of them and is asked again ("juste un spray pour le nez")
    if opening is False or "osteo" in evaluate(_STEROID_GENERIC.sub(" ", norm), _OSTEO).negated_topics:
        return False
    if clauses and _bones_fine(clauses[0]):
        return False  # "bones are fine, i just use a steroid cream", "les os ca va, ... une creme" (session 46A8)
    return None


# the bones told fine in the opening clause (session 46A8; the packs' BONES_NAMED with FINE): "bones are fine", "botten zijn
# ok", "les os ca va"; not "bones are not fine" (a negation before the fine word)
_BONES_NAMED = _words("BONES_NAMED", r"\b(?:{})\b")
# more words of the bones told fine, read only here (session 47A9; the packs' BONES_FINE): "my bones are grand", "botten zijn
# in orde", "mes os vont bien"
_BONES_FINE = _words("BONES_FINE", r"\b(?:{})\b")


def _bones_fine(clause: str) -> bool:
    bones = _BONES_NAMED.search(clause)
    if not bones:
        return False
    return any(m.start() > bones.start() and not _NEG_BEFORE.search(clause[: m.start()].rstrip())
               for fine in (_FINE, _BONES_FINE) for m in fine.finditer(clause))


def _flag(slot: str, text: Any) -> Any:
    return find_red_flags(text).get(slot)


def _parse_bool(slot: str, text: Any, positive_rules: Tuple = ()) -> Optional[bool]:
    """Positive words first (safe), then yes/no/not sure, then negations."""
    if slot == "weight_loss" and _weight_on_purpose(normalise(text), weight_named=True):
        return False  # "lost 5 kg but that's on purpose", "alleen omdat ik minder snoep, dat is bewust"
    if slot == "weight_loss" and _weight_no_reason(normalise(text)):
        # "not on purpose", "niet bewust", "zomaar" answer "losing weight without trying?" with yes;
        # with a "no" as well ("no, not on purpose") it is unclear: asked again, never read as no
        return None if _STARTS_NO.match(normalise(text)) else True
    if slot == "cancer_history":
        norm = normalise(text)
        if _RELATIVE.search(norm) and _NOT_ME.search(norm) and not _SELF_YES.search(norm):
            return False  # "my aunt did but not me", "nee, alleen mijn vader"
    if slot in ("saddle_numbness", "bladder_bowel") and _NOTHING_ODD_FELT.search(normalise(text)):
        # a no, unless the rest of the answer tells the sign or a doubt ("didnt feel anything wrong but its numb now")
        rest = _NOTHING_ODD_FELT.sub(" , ", normalise(text))
        return (evaluate(rest, RED_FLAG_RULES).positive.get(slot) is True or bool(_CONTEXT_TRUE[slot].search(rest))
                or parse_yes_no(rest) == UNSURE)
    if _past_denied(slot, text, normalise(text)):
        return False  # "no, had a fever with the flu last winter, nothing now" (session 35I)
    if slot == "fever" and _fever_lookalike_no(text, normalise(text)):
        return False  # "hot flushes, thats the menopause . no temperature . so no" (session 47A9)
    if slot == "osteoporosis_or_steroids":
        norm = normalise(text)
        if _steroid_course_only(text, norm):
            return False  # "no. once had a 5 day course of prednisolone, that's all" (session 42R)
        if _steroid_local_told(text, norm):
            # "no, only my inhaler", "pas d'osteoporose ... jamais en comprimes": no (43A2); "only a steroid inhaler for
            # asthma": the bones not answered, asked again (session 43, landing)
            return _local_steroid_answer(norm)
    flags = evaluate(text, RED_FLAG_RULES)
    if flags.positive.get(slot) is True:
        return True
    norm = normalise(text)
    if slot == "bladder_bowel" and find_red_flags(text).get(slot) is True:
        # the red-flag reader's bladder and bowel net (session 32AV): "ik plas niet meer", "I'm not peeing any more" tell a
        # retention, never a no; after a plain "no" ("nee, ik plas niet meer sinds gisteren", "no, not hard to pee") it is
        # asked again
        return None if _clear_no(norm) else True
    if slot == "night_pain" and _night_eased(norm):
        return False  # woken in one position, eased in another and asleep again (session 27V)
    if slot == "night_pain" and _NIGHT_NEVER_STOPS.search(norm):
        return True  # "at night it never stops": its "never" is no "no" (session 31AI)
    night_fine = _night_told_fine(norm) if slot == "night_pain" else ""
    if night_fine == "fine":
        return False  # "a bit stiff in the morning, fine at night": the night fine, its "a bit" of the morning (session 31AI)
    if night_fine == "denied":
        return None  # "its not fine at night": never a no; asked again
    if slot in ("saddle_numbness", "bladder_bowel") and _NOT_FELT.search(norm) and not _FINE.search(norm):
        return None  # "he never felt a thing": not feeling is the sign, or unclear; asked again, never a no
    ev = evaluate(text, positive_rules) if positive_rules else None
    if ev is not None and ev.positive.get(slot) is True:
        return True
    context = _CONTEXT_TRUE.get(slot)
    yes_no = parse_yes_no(text)
    # a fever's degrees told as past and over (session 28E): "had 39 with the flu last week, thats all over now"
    fever_over = slot == "fever" and context is not None and told_over(norm, context)
    if context is not None and yes_no is not False and not fever_over and any(
            not _NEG_BEFORE.search(norm[: m.start()].rstrip()) for m in context.finditer(norm)):
        return True  # a context word denied ("pas de frissons", "no chills") says nothing of the fever
    if (slot == "fever" and yes_no is not True and yes_no != UNSURE and _NORMAL_TEMPERATURE.search(norm)
            and not (ev is not None and ev.positive.get(slot) is True)):
        return False  # "it's over, this morning 36.8": a normal temperature (a fever's degrees read above)
    if yes_no == UNSURE and ev is not None and _HEDGED_NO.search(norm) and (
            slot in ev.negated_topics or any(rule.topic in ev.negated_topics for rule in positive_rules)):
        return False  # a hedged no with the sign itself denied: "I don't think so ... otherwise no numbness" (session 27N)
    if yes_no is not None:
        return True if yes_no == UNSURE else bool(yes_no)
    if ev is not None and any(rule.topic in ev.resolved_topics for rule in positive_rules):
        return False  # the slot's own sign told as over and done with: "had pins and needles but it's gone"
    if slot == "fever" and (slot in flags.resolved_topics or fever_over):
        return False  # a fever told as over (session 27O): "had a temperature with a cold weeks ago, long gone now"
    negated = set(flags.negated_topics)
    if ev is not None:
        negated |= ev.negated_topics
    if slot in negated or any(rule.topic in negated for rule in positive_rules):
        return False
    if slot == "night_pain" and (_NIGHT_MECH_FALSE.search(norm) or _night_eased(norm)):
        return False
    if _FINE.search(norm):
        return False
    return None


def _parse_onset(text: Any, today: Optional[date] = None) -> Optional[str]:
    if _flag("onset", text) == "trauma":
        return "trauma"
    ev = evaluate(text, tuple(_TRAUMA_LOOSE) + tuple(_SUDDEN))
    if "trauma" in ev.positive_topics:
        caught = _slip_caught(normalise(text))
        if caught is None:
            return "trauma"
        # a slip caught before any fall or impact is the jolt of a sudden movement (session 47A10), as the story and the
        # red-flag readers read it; a slow start told with it is told both ways: ask
        return None if _GRADUAL.search(caught) else "sudden_movement"
    if "sudden" in ev.positive_topics:
        # a movement told as not done is no sudden onset (session 28G): "het is zachtjes begonnen, zonder dat ik iets
        # tilde" (the story reader's STORY_NOT_SUDDEN); a movement worn in by a long activity is gradual (session 28D)
        norm = normalise(text)
        moved = _STORY_NOT_SUDDEN.sub(" , ", norm)
        if moved == norm or "sudden" in evaluate(moved, tuple(_SUDDEN)).positive_topics:
            return "gradual" if _worn_in(norm) else "sudden_movement"
    if _GRADUAL.search(normalise(text)):
        return "gradual"
    # a trip or a slip caught, told with no trauma word the answers read ("tripped on the mat but caught myself on the table")
    return "sudden_movement" if _slip_caught(normalise(text)) is not None else None


# A slip caught before any fall or impact (session 47A10, issue 12): "slipped on the stairs but grabbed the handrail", "ben
# uitgegleden maar bleef rechtstaan", "uitgegleden maar ik heb de grond niet geraakt", "j'ai glisse mais je me suis rattrape a la
# rampe, je suis pas tombe". The red-flag reader reads no trauma there (its NOT_A_FALL, _near_fall_told, _fall_told_denied: this is
# asked only when it read none); the answers' looser trauma words (TRAUMA_WORDS) held the slip as one. Read with the red-flag
# packs' words: a slip (SLIP_ONLY), then a catch (CAUGHT_AFTER), staying upright or nothing struck (NOTHING_STRUCK), or
# the fall denied (FALL_DENIED); once the slips and the denials are taken out no trauma word may be left ("slipped and fell on
# my back", "caught myself but still banged my back on the table" stay trauma: the fall, the blow).
def _red_cues(*names: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(w for name in names for w in lang.merged("redflags", name)) + r")\b")


_SLIP_WORD = _red_cues("SLIP_ONLY")
_SLIP_HELD = _red_cues("CAUGHT_AFTER", "NOTHING_STRUCK", "FALL_DENIED")


def _slip_caught(norm: str) -> Optional[str]:
    """``norm`` with its slip and its catch or fall denial taken out, when the trauma it told was only a slip caught (see
    above); None otherwise."""
    slip = _SLIP_WORD.search(norm)
    if not slip or not _SLIP_HELD.search(norm, slip.end()):
        return None
    rest = " ".join(_SLIP_WORD.sub(" , ", _SLIP_HELD.sub(" , ", norm)).split())
    return None if "trauma" in evaluate(rest, tuple(_TRAUMA_LOOSE)).positive_topics else rest


def _worn_in(norm: str) -> bool:
    """A slow start (or a sudden one denied) and a movement told as long or repeated: at most 4 words between the
    movement and its length, in one clause (no punctuation, no ONSET_BREAK word between)."""
    if not _SLOW_START.search(norm):
        return False
    lengths = [(p.start(), p.end()) for p in _PROLONGED.finditer(norm)]
    if not lengths:
        return False
    for rule in _SUDDEN:
        for m in rule.regex.finditer(norm):
            for start, end in lengths:
                between = norm[m.end():start] if start >= m.end() else norm[end:m.start()] if end <= m.start() else ""
                words = between.split()
                if len(words) <= 4 and not any(w in _ONSET_BREAK or not w.isalnum() for w in words):
                    return True
    return False


def _without_free_parts(text: Any) -> Tuple[Any, bool]:
    """``text`` normalised with the parts named free of pain masked (see _PARTS_FREE), and
    whether any was; ``text`` itself when none was (nothing re-read)."""
    norm = normalise(text)
    masked = _ON_FEET.sub(" , ", _ABOVE_SEAT.sub(" , ", _PARTS_FREE.sub(" , ", _no_foot_sport(norm))))
    return (re.sub(r" +", " ", masked).strip(), True) if masked != norm else (text, False)


def _parse_leg_pain(text: Any, today: Optional[date] = None) -> Optional[str]:
    text, masked = _without_free_parts(text)
    ev = evaluate(text, tuple(_BELOW) + tuple(_ABOVE))
    if "below" in ev.positive_topics:
        return "below_knee"
    if "above" in ev.positive_topics:
        return "above_knee"
    norm = normalise(text)
    if ev.negated_topics:
        if "above" in ev.negated_topics and (_LEGS_DENIED.search(norm) or _BACK_KEPT.search(norm)):
            # the buttocks or thigh denied with the legs: "ni dans les fesses ni dans les jambes", "neither in my bum nor
            # in my legs", "niet in mijn billen en ook niet in de benen" (session 28D)
            return "none"
        return None  # "not below the knee": how far is unclear, ask again
    if _LEG_PAIN_NONE.search(norm):
        # ... unless a "but" or "sometimes" sends it down a leg after all: how far is unclear, ask again (session 29Q)
        return None if _DOWN_AFTER_ALL.search(norm) else "none"
    if parse_yes_no(text) is False:
        return "none"
    if masked:
        return None  # only "the foot is fine": whether the pain reaches the thigh is unknown, ask again
    return None  # a bare "yes" (how far?) or "not sure": ask again with the buttons


def _parse_both_legs(text: Any, today: Optional[date] = None) -> Optional[bool]:
    ev = evaluate(text, _BOTH)
    if "both" in ev.positive_topics:
        return True
    norm = normalise(text)
    if _LEFT.search(norm) and _RIGHT.search(norm):
        return False if _SIDE_FINE.search(norm) else True
    if _ONE_LEG.search(norm) or "both" in ev.negated_topics:
        return False
    flags = find_red_flags(text)
    if flags.get("both_legs") is True:
        return True
    return _yes_no_safe(text)


# the legs (or feet) denied and the tingling placed in another part (session 46A7; the packs' NUMB_LEGS_FREE, NUMB_ELSEWHERE
# and OTHER_BODY): "not in my legs, my fingers tingle at night", "in mijn benen niet, wel in mijn handen", "dans les jambes
# non, c'est les mains": no leg numbness; a leg or foot named after the denial ("... but my foot tingles"), the saddle area
# or a hedge keeps the reading of _parse_bool
_NUMB_LEGS_FREE = _words("NUMB_LEGS_FREE", r"\b(?:{})\b")
_NUMB_ELSEWHERE = _words("NUMB_ELSEWHERE", r"\b(?:{})\b")


def _numb_elsewhere(text: Any) -> bool:
    """The legs denied and the numbness placed in a part that is no leg, no leg part left (see _NUMB_LEGS_FREE)."""
    norm = normalise(text)
    if not _NUMB_LEGS_FREE.search(norm) or parse_yes_no(text) == UNSURE:
        return False
    rest = _NUMB_LEGS_FREE.sub(" , ", norm)
    if _LEG_WORDS.search(rest) or _AREA_RE.search(rest) or _WEIGHT_UNCLEAR.search(norm):
        return False  # a leg part named after all, the saddle area, or a hedge ("i think", "denk ik", a question mark)
    return bool(_OTHER_BODY.search(rest) or _NUMB_ELSEWHERE.search(rest))


def _parse_leg_numbness(text: Any, today: Optional[date] = None) -> Optional[bool]:
    if _numb_elsewhere(text):
        return False
    return _parse_bool("leg_numbness", text, tuple(_NUMB_RULES))


# "not getting worse", "the same as last week", "nie erger": a stable cue, masked as "stable" so
# that the worsening words inside it ("worse", "erger") are not read as worsening
# (lookbehinds: "not the same" is no stable cue)
_STABLE_MASK = _skeleton(
    r"\b{MASK_NOT}(?: \w+){0,2}? {MASK_WORSE}\b|"
    + "".join(f"(?<!{word} )" for word in lang.merged("answers", "MASK_SAME_NOT"))
    + r"\b{MASK_SAME}\b"
)
# "slightly weaker", "een beetje zwakker": a hedged comparative says weak, not worse
_HEDGED_WEAKER = _words("WEAKER_HEDGES", r"\b({}) (" + "|".join(lang.merged("answers", "WEAKER")) + r")\b")
_WEAKER: Dict[str, str] = lang.merged("answers", "WEAKER")


def _weakness_text(text: Any) -> str:
    norm = normalise(text)
    norm = _HEDGED_WEAKER.sub(lambda m: m.group(1) + " " + _WEAKER[m.group(2)], norm)
    norm = _WEAKNESS_NOT_CAUSE.sub(" , ", norm)
    return _STABLE_MASK.sub("stable", norm)


# a worsening denied outright, and the comparative told as the leg's state (session 29M; the packs' NOT_WORSE_TOLD,
# WEAKER_STATE, WEAK_STATE_WORD): "mijn linkerbeen is slapper ... t is ni erger geworre" is a weak leg, its course not worse
_NOT_WORSE_TOLD = _words("NOT_WORSE_TOLD", r"\b(?:{})\b")
_WEAKER_STATE = _words("WEAKER_STATE", r"(?:{})")
_WEAK_STATE_WORD = lang.merged("answers", "WEAK_STATE_WORD")[0]


def _told_unchanged(text: Any, masked: str) -> bool:
    """One leg's weakness told with its course unchanged ("a weak ankle, cant stand on my heel, exactly the same, no worse",
    "mijn rechtervoet wat zwakker ... al maanden precies hetzelfde", "ma jambe lache un peu ... c'est pareil, ca s'aggrave
    pas"; session 22I): the red-flag engine, reading the stable cue itself, finds no worsening, a stable cue is told and no
    worse word. The masked text hides that cue from the engine, so its sign would read as worsening. A worsening denied
    outright makes a comparative told as a state ("my left leg is weaker") no worse word (session 29M)."""
    if not _STABLE.search(masked):
        return False
    read = _WEAKER_STATE.sub(_WEAK_STATE_WORD, masked) if _NOT_WORSE_TOLD.search(normalise(text)) else masked
    if "worse" in evaluate(read, _WORSE_RULES).positive_topics:
        return False
    return find_red_flags(text).get("leg_weakness") != "worsening"


def _parse_leg_weakness(text: Any, today: Optional[date] = None) -> Optional[str]:
    """worsening (signs such as a dragging foot, or weaker/worse) > stable > none; hedges are not worse."""
    norm = normalise(text)
    denied = bool(_WEAKNESS_NOT_CAUSE.search(norm))  # "slow, but not because my leg gives way" (session 27V)
    if denied:
        text = _WEAKNESS_NOT_CAUSE.sub(" , ", norm)
    masked = _weakness_text(text)
    flags = find_red_flags(masked)
    if flags.get("leg_weakness") == "worsening" or _WORSE_SIGN.search(masked):
        return "stable" if _told_unchanged(text, masked) else "worsening"
    weak = evaluate(text, _WEAK_RULES)
    norm = normalise(text)
    if "weak" in weak.negated_topics and "weak" not in weak.positive_topics:
        return "none"
    if (_SIDES_EQUAL.search(norm) and "weak" not in weak.positive_topics and flags.get("leg_weakness") is None
            and parse_yes_no(text) is False):
        return "none"  # a clear no, the heel and toe test done and equal on both sides: no course told (session 29M)
    if flags.get("leg_weakness") == "stable" or _STABLE.search(masked):
        return "stable"
    worse = evaluate(masked, _WORSE_RULES)
    if "worse" in worse.positive_topics:
        return "worsening"
    if _WEAKNESS_NONE.search(norm):
        return "none"
    if (_WEAKNESS_DONE.search(norm) or denied) and "weak" not in weak.positive_topics:
        return "none"  # the heel and toe walk fine, the leg giving way denied, no weakness told (session 27V)
    if parse_yes_no(text) is False:
        return "none"
    return None  # "yes" / "a bit weak": stable or worse is unknown, ask again with the buttons


def _parse_age_band(text: Any, today: Optional[date] = None) -> Optional[str]:
    return age_band_of(text, today)


def _parse_duration(text: Any, today: Optional[date] = None) -> Optional[int]:
    try:
        from bot.reading.duration import parse_duration  # lazy: written by another module
    except ImportError:
        return None
    try:
        value = parse_duration(text, today=today)
    except Exception:
        return None
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, float):
        value = int(value + 0.5)
    return value if isinstance(value, int) and value >= 0 else None


# How long the stiffness lasts settles the question: more than 30 minutes is the rule's
# threshold ("maybe 5-10 mins then im fine" is no; "half an hour", "an hour" are yes). The minutes
# are read in digits or number words ("five minutes", "een minuut of tien", "dix minutes"), and a
# short time may be told without them (session 28G, pack STIFF_SHORT): "a few minutes", "een
# kwartiertje", "le temps de prendre ma douche", "by the time I've had my coffee". Half an hour or
# more told in words wins (pack STIFF_LONG: "most of the morning", "de hele voormiddag", "toute la
# matinee"); "more than 10 minutes" (pack STIFF_MORE_THAN) is no short time.
_STIFF_NUMBER_WORDS = sorted(lang.merged("numbers", "NUMBERS"), key=len, reverse=True)
_STIFF_NUM = (r"(?:\d{1,3}|(?:" + "|".join(re.escape(w) for w in _STIFF_NUMBER_WORDS) + r")(?:[ -](?:"
              + "|".join(re.escape(w) for w in _STIFF_NUMBER_WORDS if w in lang.merged("numbers", "UNITS")) + r"))?"
              + "|" + "|".join(re.sub(r"\(\?P<\w+>", "(?:", regex.pattern).replace(r"\b", "") for regex, _n in [
                  (re.compile(numbers.AGE_COMPOUND.format(tens="|".join(numbers.TENS), units="|".join(numbers.UNITS))),
                   numbers) for numbers in (lang.module(code, "numbers") for code in lang.CODES)]) + ")")
_STIFF_MINUTES = _skeleton(
    r"(?<!\w)(?P<more>(?:{STIFF_MORE_THAN}) )?(" + _STIFF_NUM + r")(?:\s*(?:-|{RANGE_TO})\s*(" + _STIFF_NUM + r"))?"
    r"\s*(?:{MINUTES_ADJ} )?{MINUTES}\b(?: (?:{RANGE_TO}) (" + _STIFF_NUM + r")\b)?"
    r"|\b{MINUTES} (?:{RANGE_TO}) (" + _STIFF_NUM + r")\b"
)
_STIFF_HOURS = _words("HOURS", r"\b(?:{})\b")
_STIFF_SHORT = _words("STIFF_SHORT", r"\b(?:{})\b")
_STIFF_LONG = _words("STIFF_LONG", r"\b(?:{})\b")


def _stiff_number(word: Optional[str]) -> Optional[int]:
    """A whole number of minutes in digits or words ("5", "five", "twenty five", "vijfentwintig", "vingt-cinq"): the
    duration reader's number_value, from the same number tables."""
    if not word:
        return None
    from bot.reading.duration import number_value  # lazy: written by another module

    value = number_value(word)
    return int(value) if value is not None and value.denominator == 1 else None


def _stiff_length(norm: str) -> Optional[bool]:
    """The stiffness's length told: True for half an hour or more, False for less, None when no length is told."""
    if _STIFF_LONG.search(norm):
        return True
    minutes: List[int] = []
    for m in _STIFF_MINUTES.finditer(norm):
        if m.group("more"):
            continue  # "more than 10 minutes": no short time
        minutes += [n for n in (_stiff_number(g) for g in m.groups()[1:]) if n is not None]
    # an hour told in words beside a few minutes is the longer time ("an hour, then 10 minutes of stretching");
    # a clock time in digits is no length ("je me leve a 6h")
    hours = [m for m in _STIFF_HOURS.finditer(_STIFF_SHORT.sub(" ", norm)) if not m.group(0)[0].isdigit()]
    if minutes:
        return max(minutes) >= 30 or bool(hours)
    if hours or _STIFF_HOURS.search(_STIFF_SHORT.sub(" ", norm)):
        return True
    if _STIFF_SHORT.search(norm):
        return False
    return None


def _parse_morning_stiffness(text: Any) -> Optional[bool]:
    length = _stiff_length(normalise(text))
    if length is not None:
        return length
    return _parse_bool("morning_stiffness", text, tuple(_STIFF))


def _bool_parser(slot: str, rules: Tuple = ()) -> Callable[[Any, Optional[date]], Optional[bool]]:
    def parser(text: Any, today: Optional[date] = None) -> Optional[bool]:
        return _parse_bool(slot, text, rules)

    return parser


_PARSERS: Dict[str, Callable[[Any, Optional[date]], Any]] = {
    "onset": _parse_onset,
    "duration_days": _parse_duration,
    "leg_pain": _parse_leg_pain,
    "both_legs": _parse_both_legs,
    "leg_numbness": _parse_leg_numbness,
    "leg_weakness": _parse_leg_weakness,
    "age_band": _parse_age_band,
    "saddle_numbness": _bool_parser("saddle_numbness"),
    "bladder_bowel": _bool_parser("bladder_bowel"),
    "fever": _bool_parser("fever"),
    "cancer_history": _bool_parser("cancer_history"),
    "weight_loss": _bool_parser("weight_loss"),
    "night_pain": _bool_parser("night_pain"),
    "osteoporosis_or_steroids": _bool_parser("osteoporosis_or_steroids", tuple(_OSTEO)),
    "morning_stiffness": lambda text, today=None: _parse_morning_stiffness(text),
}


# The answer of a carer about the person the check is about, with a bare pronoun (session 32AR; the packs' THIRD_PERSON,
# THIRD_PERSON_BEFORE, THIRD_PERSON_SUBJECT, THIRD_PERSON_OTHERS, THIRD_PERSON_GONE): "she has a fever", "he never had
# cancer", "hij is veel afgevallen", "elle n'a pas perdu de poids". With a pronoun as the subject and no writer ("i", "my"),
# relative (RELATIVE, the red-flag packs' FAMILY) or other person (THIRD_PERSON_OTHERS) named, and that person not told dead,
# the pronoun is the person asked about: read as "i". A relative named keeps its pronoun someone else's ("my brother had
# cancer, he died of it"); the writer named keeps today's reading ("she has, i dont").
_THIRD_PERSON: Dict[str, str] = lang.merged("answers", "THIRD_PERSON")
_THIRD_BEFORE: Dict[str, Tuple[str, str]] = lang.merged("answers", "THIRD_PERSON_BEFORE")
_THIRD_OWN = {**_THIRD_PERSON, **{word: own for word, (own, _) in _THIRD_BEFORE.items()}}
_THIRD_WORD = re.compile(
    r"\b(?:" + "|".join(re.escape(w) for w in sorted(_THIRD_PERSON, key=len, reverse=True))
    + "".join(f"|{re.escape(word)}(?= {_fill(after)})" for word, (_, after) in _THIRD_BEFORE.items()) + r")\b"
)
_THIRD_SUBJECT = frozenset(lang.merged("answers", "THIRD_PERSON_SUBJECT"))
_THIRD_WRITER = re.compile(r"\b(?:" + "|".join(lang.merged("redflags", "WRITER")) + r")\b")
_THIRD_OTHER = re.compile(
    r"\b(?:" + "|".join(lang.merged("answers", "RELATIVE") + lang.merged("answers", "THIRD_PERSON_OTHERS")) + r")\b"
    + r"|\b(?:" + "|".join(lang.merged("redflags", "FAMILY")) + r")s?\b"
)
_THIRD_GONE = _words("THIRD_PERSON_GONE", r"\b(?:{})\b")
_THIRD_CLITICS: Dict[str, str] = lang.merged("answers", "THIRD_PERSON_CLITICS")
_THIRD_VERBS: Dict[str, str] = lang.merged("answers", "THIRD_PERSON_VERBS")
_THIRD_ENDINGS: Dict[str, str] = lang.merged("answers", "THIRD_PERSON_VERB_ENDINGS")  # "il dormait" -> "j dormais"
# the subject put in the first person (marked "\x00"), its clitics ("ne", "se") and its verb
_OWN_VERB = re.compile(r"(\w+)\x00((?: (?:" + "|".join(map(re.escape, _THIRD_CLITICS)) + r")\b)*) (\w+)")


def _as_own(text: Any) -> Optional[str]:
    """The answer with its pronouns read as the person's own ("she has a fever" -> "i has a fever"), or None when it is
    not told of a bare pronoun's person (a writer, relative or other person named, the person told dead, no pronoun)."""
    if not isinstance(text, str):
        return None
    norm = normalise(text)
    if not any(m.group(0) in _THIRD_SUBJECT for m in _THIRD_WORD.finditer(norm)):
        return None
    masked = _THIRD_WORD.sub("_", norm)  # the pronouns themselves are no other person ("he", "il a eu")
    if _THIRD_WRITER.search(norm) or _THIRD_OTHER.search(masked) or _THIRD_GONE.search(norm):
        return None
    own = _THIRD_WORD.sub(lambda m: _THIRD_OWN[m.group(0)] + ("\x00" if m.group(0) in _THIRD_SUBJECT else ""), norm)
    return _OWN_VERB.sub(_own_verb, own).replace("\x00", "")


def _own_verb(m: re.Match[str]) -> str:
    clitics = " ".join(_THIRD_CLITICS[w] for w in m.group(2).split())
    verb = m.group(3)
    own = _THIRD_VERBS.get(verb) or next((verb[: -len(end)] + mine for end, mine in _THIRD_ENDINGS.items() if verb.endswith(end)), verb)
    return m.group(1) + (" " + clitics if clitics else "") + " " + own


#: the slots an answer about a bare pronoun's person is read for: the yes/no checks (the onset and the legs read a pronoun's
#: person already: "she fell on the ice", "his leg keeps giving way"; "below the knee he feels nothing" is no leg pain there)
_OWN_SLOTS = frozenset(YES_NO_SLOTS)


def _safer(slot: str, norm: str, first: Any, second: Any) -> Any:
    """Of two readings of one yes/no answer, the one on the safe side: a sign over none."""
    if first is None or first == second:
        return second
    if second is None:
        return first
    if isinstance(first, bool) and isinstance(second, bool):
        # one reading tells the sign: never a false no; after a plain "no" ("no but she had cancer") it is asked again
        return None if _clear_no(norm) else True
    return first


#: Slots whose hedged answer gives None: the follow-up of clarification_for decides
#: (and counts "not sure" as yes on a red flag), no guess.
_ASK_DONT_GUESS = ("night_pain", "cancer_history", "weight_loss", "leg_weakness", "duration_days")


def _parse_told(slot: str, parser: Callable[[Any, Optional[date]], Any], text: Any, today: Optional[date]) -> Any:
    if slot in _ASK_DONT_GUESS and clarification_for(slot, text, today) is not None:
        return None  # "only when I turn over", "my dad had cancer": ask the follow-up
    return parser(text, today)


def parse_answer(slot: str, text: Any, today: Optional[date] = None) -> Any:
    """The value of ``slot`` in the answer ``text``, or None when not understood.

    * yes/no slots: positive words first ("I have a high temperature"), then
      yes / no / not sure, where **not sure counts as True** (the safe side);
    * ``onset``: trauma (fall, accident, blow) > sudden_movement (lifting,
      bending, twisting, "tillen", "schoot erin") > gradual ("little by little",
      "no idea how", "zomaar");
    * ``leg_pain``: below_knee > above_knee > none; a bare "yes" is None;
    * ``leg_weakness``: worsening > stable > none; a bare "yes" or "a bit weak"
      is None (asked again with the three buttons);
    * ``age_band``: digits, number words, decades, birth years, button payloads;
      ages over 120 are None;
    * ``duration_days``: ``bot.reading.duration.parse_duration``.

    An unknown slot gives None. Never raises.
    """
    try:
        parser = _PARSERS.get(slot)
        if parser is None:
            return None
        text = _street(text)
        value = _parse_told(slot, parser, text, today)
        own = _as_own(text) if slot in _OWN_SLOTS else None
        if own is None:
            return value
        # "she has a fever", "he never had cancer": the person asked about (session 32AR)
        return _safer(slot, normalise(text), value, _parse_told(slot, parser, own, today))
    except Exception:  # pragma: no cover - defensive
        return None


# --------------------------------------------------------------------------
# Age
# --------------------------------------------------------------------------

# number words: the one number table of each language pack (bot/lang/<code>/numbers.py)
_NUMBER_PACKS = tuple(lang.module(code, "numbers") for code in lang.CODES)
_DECADE_WORDS = lang.merged("numbers", "DECADES")
_AGE_WORDS = lang.merged("numbers", "AGE_WORDS")
#: (compound regex, numbers): "eenenvijftig", "twenty one", "twenty"
_AGE_COMPOUNDS = tuple(
    (
        re.compile(numbers.AGE_COMPOUND.format(tens="|".join(numbers.TENS), units="|".join(numbers.UNITS))),
        numbers,
    )
    for numbers in _NUMBER_PACKS
)
_WORD_NUMBER = re.compile(r"\b({})\b".format("|".join(_AGE_WORDS)))
_DECADE_QUALIFIERS = lang.merged("numbers", "DECADE_QUALIFIERS")
_DECADE_RE = re.compile(
    r"\b(?:({}) )?(?:(?:{}) )?".format("|".join(_DECADE_QUALIFIERS), "|".join(lang.merged("numbers", "DECADE_IN")))
    + r"({}|(?:[1-9]0) ?s)\b".format("|".join(_DECADE_WORDS))
)
#: "begin dertig", "in de zestig": a bare tens word after a qualifier
_DECADE_BARE = tuple(
    (re.compile(r"\b({}) ({})\b".format("|".join(numbers.DECADE_BARE), "|".join(numbers.TENS))), numbers)
    for numbers in _NUMBER_PACKS
    if numbers.DECADE_BARE
)
_BAND_LITERAL = re.compile(r"\b(under_20|20_44|45_69|70_plus)\b")
_RANGE = _skeleton(r"\b(\d{1,3}) ?(?:-|–|{AGE_RANGE_TO}|/) ?(\d{1,3})\b")
_PLUS = _skeleton(r"\b(\d{1,3}) ?(?:\+|{AGE_PLUS})")
_NEARLY = _skeleton(r"\b{NEARLY} (?:[a-z]+ ){0,2}?(\d{1,3})\b(?! {NEARLY_UNITS})")  # "ik word in januari 20"
_OVER = _skeleton(r"\b{AGE_OVER} (\d{1,3})\b")
_UNDER = _skeleton(r"\b{AGE_UNDER} (\d{1,3})\b")
_AGE_CONTEXT = _skeleton(r"\b{AGE_IS}\s*(?:{AGE_IS_IS}\s*)?(\d{1,3})\b|\b(\d{1,3})\s*{AGE_YEARS}\b")
_NUMBER = re.compile(r"\b(\d{1,4})\b")
# "for another 3 weeks", "2 à 3 maanden", "80 kg": no age
_AGE_COUNT = _skeleton(r"\b(?:\d{1,3} ?{COUNT_TO} ?)?\d{1,3} ?{AGE_COUNTS}\b")
_AGE_THEN = _skeleton(r"\b{AGE_THEN} (?:[a-z]+ ){0,3}?\d")  # "then the big 4-5": a later age
_AGE_LATER = _skeleton(r"\b(\d{1,3})(?: {AGE_YEARS})? {AGE_LATER}\b|\b{AGE_LATER}(?: {AGE_LATER_FILL}){0,2} (\d{1,3})\b")
# the time to come said first, then the age (session 21d, refresh 29): "46. ja volgende maand al 47", "46, next month
# already 47" (the time may sit between two ages: "46 volgende maand 47" is 47 to come, not 46)
_AGE_LATER_AFTER = _skeleton(r"\b{AGE_LATER}(?: {AGE_LATER_FILL}){0,2} (\d{1,3})\b")
_AGE_PAST = _skeleton(r"\b{AGE_PAST}\b")
# "turned 70, tho i dont feel a day over 50", "voel me 50", "je me sens pas plus de 50": a felt age is no age
_AGE_FELT = _skeleton(r"\b{AGE_FELT}(?: {AGE_FELT_FILL}){0,5} \d{1,3}\b(?: {AGE_YEARS}\b)?")


def _age_now_text(t: str) -> str:
    """The age text without what is no age now: the counts of days, weeks, months or kilos
    ("44 for another 3 weeks") and a later age after "then" ("..., then the big 4-5")."""
    then = _AGE_THEN.search(t)
    if then and _NUMBER.search(_AGE_COUNT.sub(" ", t[: then.start()])):
        t = t[: then.start()]
    return re.sub(r"\s+", " ", _AGE_COUNT.sub(" ", t)).strip()


def _birthday_to_come(t: str) -> Optional[int]:
    """The age now when an age is told with a time to come ("70 next week", "69, 70 in march",
    "44 now, 45 in 3 weeks"): one less, when no other age than that one less is told; None
    when no such age is told, or the birthday is past ("turned 70 in march")."""
    m = _AGE_LATER.search(t)
    if not m or _AGE_PAST.search(t):
        return None
    for found in (m, _AGE_LATER_AFTER.search(t)):  # the time after the age, else before it ("46 volgende maand 47")
        if found is None:
            continue
        coming = int(found.group(1) or (found.group(2) if found.re is _AGE_LATER else 0))
        rest = _AGE_COUNT.sub(" ", t[: found.start()] + " " + t[found.end():])
        others = {int(n) for n in _NUMBER.findall(rest) if int(n) < 1000}
        if others <= {coming - 1}:
            return coming - 1
    return None


def _band(age: int) -> Optional[str]:
    if age < 1 or age > 120:
        return None
    if age < 20:
        return "under_20"
    if age < 45:
        return "20_44"
    if age < 70:
        return "45_69"
    return "70_plus"


def _age_text(text: Any) -> str:
    text = _text.normalise(_text.as_text(text, 2000))
    text = _text.without_apostrophes(text)
    text = re.sub(r"[^\w+\-–/ ]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def _word_age(text: str) -> Optional[int]:
    for regex, numbers in _AGE_COMPOUNDS:
        m = regex.search(text.replace("-", " "))
        if m:
            units = m.group("units")
            return numbers.TENS[m.group("tens")] + (numbers.UNITS[units] if units else 0)
    m = _WORD_NUMBER.search(text)
    if m:
        return _AGE_WORDS.get(m.group(1))
    return None


def _word_age_as_digits(text: str) -> str:
    """``text`` with its age told in words written in digits, when it tells no digits (session 22G): "in maart word ik
    zeventig", "i turn seventy in march" are read as the birthday to come like "... 70" (a teen or a tens word only)."""
    if _NUMBER.search(text):
        return text
    spaced = text.replace("-", " ")
    for regex, numbers in _AGE_COMPOUNDS:
        m = regex.search(spaced)
        if m:
            units = m.group("units")
            value = numbers.TENS[m.group("tens")] + (numbers.UNITS[units] if units else 0)
            return f"{spaced[: m.start()]}{value}{spaced[m.end():]}"
    m = _WORD_NUMBER.search(spaced)
    if m and _AGE_WORDS.get(m.group(1)):
        return f"{spaced[: m.start()]}{_AGE_WORDS[m.group(1)]}{spaced[m.end():]}"
    return text


def _decade_band(text: str) -> Optional[str]:
    for regex, numbers in _DECADE_BARE:
        m = regex.search(text)
        if m:
            decade = numbers.TENS[m.group(2)]
            qualifier = numbers.DECADE_BARE[m.group(1)]
            return _band(decade + {"early": 2, "mid": 5, "late": 8}.get(qualifier, 0))
    m = _DECADE_RE.search(text)
    if m:
        word = m.group(2).replace(" ", "")
        decade = _DECADE_WORDS.get(word) or int(word[:-1])
        if decade == 10:
            return "under_20"
        qualifier = _DECADE_QUALIFIERS.get(m.group(1) or "", "")
        # a plain decade takes its youngest age: "in my forties" is 20_44, which keeps
        # the inflammatory back pain question (the safe side)
        return _band(decade + {"early": 2, "mid": 5, "late": 8}.get(qualifier, 0))
    return None


#: a year written short with its apostrophe ("born in '79", "geboren in '79", "van '79") or the year of a
#: full date ("dob 12/03/1979", "12-3-79"): a year of birth in any language, read as its four digits
_SHORT_YEAR = re.compile(r"(?<![\w'])'(\d{2})(?![\w'])")
_FULL_DATE = re.compile(r"(?<![\d/.\-])\d{1,2}[/.\-]\d{1,2}[/.\-](\d{4}|\d{2})(?![\d/.\-])")


def _years_in_full(text: Any, year: int) -> str:
    """``text`` with its years of birth written in four digits: "'79" -> "1979" (the latest such
    year not after ``year``: "'05" is 2005, "'79" 1979), "12/03/1979" -> "1979"."""

    def full(m: re.Match[str]) -> str:
        digits = m.group(1)
        if len(digits) == 4:
            return f" {digits} "
        short = int(digits)
        return f" {2000 + short if 2000 + short <= year else 1900 + short} "

    raw = _text.APOSTROPHE_RE.sub("'", _text.normalise(_text.as_text(text, 2000)))
    return _SHORT_YEAR.sub(full, _FULL_DATE.sub(full, raw))


def age_band_of(text: Any, today: Optional[date] = None) -> Optional[str]:
    """Age band of an age answer ("I'm 31", "58 jaar", "in my forties", "70+", "1950", "born in '79"), or None."""
    try:
        # the street phrases write "born in 79" as "born in '79" (each pack its own words for a birth)
        t = _age_text(_years_in_full(_street(text), (today or date.today()).year))
        if not t:
            return None
        m = _BAND_LITERAL.search(t)
        if m:
            return m.group(1)
        t = re.sub(r"\s+", " ", _AGE_FELT.sub(" ", t)).strip()
        told = t  # with its times to come ("in 3 weeks")
        t = _age_now_text(t)
        m = _RANGE.search(t)
        if m:
            low, high = _band(int(m.group(1))), _band(int(m.group(2)))
            if low is not None and low == high:
                return low
            if low is not None and high is not None:
                return None
        m = _NEARLY.search(t)
        if m:
            return _band(int(m.group(1)) - 1)  # "nearly 70", "bijna 45": not yet
        now = _birthday_to_come(_word_age_as_digits(told))
        if now is not None:
            return _band(now)  # "70 next week", "69, 70 in march": not yet
        m = _PLUS.search(t) or _OVER.search(t)
        if m:
            return _band(int(m.group(1)) + (0 if _PLUS.search(t) else 1))
        m = _UNDER.search(t)
        if m:
            return _band(max(1, int(m.group(1)) - 1))
        m = _AGE_CONTEXT.search(t)
        if m:
            return _band(int(m.group(1) or m.group(2)))
        numbers = [int(n) for n in _NUMBER.findall(t)]
        year = (today or date.today()).year
        years = [n for n in numbers if 1900 <= n <= year]
        ages = [n for n in numbers if n < 1000]
        if len(set(ages)) == 1:
            return _band(ages[0])
        if not ages and len(set(years)) == 1:
            return _band(year - years[0])  # a birth year
        if numbers:
            return None
        age = _word_age(t)
        if age is not None:
            return _band(age)
        return _decade_band(t)
    except Exception:  # pragma: no cover - defensive
        return None


# --------------------------------------------------------------------------
# Everything a message says
# --------------------------------------------------------------------------

_EXPLICIT_AGE = _skeleton(
    r"\b{I_AM}\s+(\d{1,3})(?:\s*{EXPLICIT_YEARS}(?:\s*{OLD})?)?(?=\s*(?:$|[.,;!?]|{AGE_END}\b))"
    r"|\b(\d{1,3})\s*{YEARS_OLD}|\b{AGED}\s*:?\s*(\d{1,3})\b"
)


# the time the weight took, not the pain's (session 37W; the packs' DURATION_WEIGHT): "lost 7 kg in the last 2 months",
# "5 kilo kwijt de laatste 2 maanden", "perdu 5 kilos en 3 mois"; the pain's own in the same answer still counts ("lost 5 kg,
# and the back has hurt for 3 weeks")
_DURATION_WEIGHT = _words("DURATION_WEIGHT", r"\b(?:{})\b")
_WEIGHT_MENTION_WORD = _words("WEIGHT_MENTION", r"\b(?:{})\b")


# ... nor the time of another illness, told as a past point (session 38Y; the packs' DURATION_ILLNESS, DURATION_AGO_AFTER,
# DURATION_AGO_BEFORE): "had the flu six weeks ago", "zes weken geleden griep", "j'ai eu la grippe il y a six semaines" is
# when the flu was, not how long the back has hurt; unless the pain is told starting with it in the same sentence
# (DURATION_SAME_START: "the flu six weeks ago and the back pain started with it"); a past point named in the duration
# itself too (DURATION_AGO_IN: "last month", "vorige maand", "le mois dernier"). A fever "since 3 days" (no past point)
# stays as read.
_DURATION_ILLNESS = _words("DURATION_ILLNESS", r"\b(?:{})\b")
_DURATION_AGO_AFTER = _words("DURATION_AGO_AFTER", r"^(?:\w+ ){0,2}?(?:{})\b")
_DURATION_AGO_BEFORE = _words("DURATION_AGO_BEFORE", r"\b(?:{})(?: \w+)?$")
_DURATION_SAME_START = _words("DURATION_SAME_START", r"\b(?:{})\b")
_DURATION_AGO_IN = _words("DURATION_AGO_IN", r"\b(?:{})\b")
_SENTENCE_BREAK = re.compile(r"[.!?;\n]")


def _pain_duration(text: Any, today: Optional[date], weight_asked: bool = False) -> Optional[int]:
    """The duration in an answer, unless every one told is the time a weight loss took (a weight word in its clause, no
    pain word) or the past time of another illness (an illness word in its clause, "ago" with it, no pain word);
    ``weight_asked``: the answer is to the weight question, its weight verbs count too."""
    days = _parse_duration(text, today)
    if days is None or not isinstance(text, str):
        return days
    norm_text = normalise(text)
    weight = (_DURATION_WEIGHT, _WEIGHT_MENTION_WORD) if weight_asked else (_DURATION_WEIGHT,)
    weight_told = any(p.search(norm_text) for p in weight)
    illness_told = bool(_DURATION_ILLNESS.search(norm_text))
    if not (weight_told or illness_told):
        return days
    illness_end: Optional[int] = None
    for start, end, found in _durations_at(text, today):
        left = normalise(" ".join(_DURATION_BREAK.split(text[:start])[-1].split()[-6:]))
        right = normalise(" ".join(_DURATION_BREAK.split(text[end:])[0].split()[:5]))
        if weight_told and _told_of(left, right, weight):
            continue  # the weight's span: "5 kilo kwijt de laatste 2 maanden", "in 6 weken 5 kilo verloren"
        if illness_told and (_illness_ago(text, start, end, left, right) or (
                illness_end is not None and not _SENTENCE_BREAK.search(text[illness_end:start])
                and not _pain_named(normalise(text[illness_end:start])) and not _pain_named(right))):
            illness_end = end  # the other illness's time, "had the flu six weeks ago", or its span told after it in the
            continue  # same sentence, no pain between: "... but that was over after a week"
        return found
    return None


def _durations_at(text: str, today: Optional[date]) -> Iterator[Tuple[int, int, int]]:
    """Each duration in ``text`` (the first 12): its start, its end and its days."""
    offset = 0
    for _ in range(12):
        try:
            m = find_duration(text[offset:], today=today)
        except Exception:
            return
        if m is None:
            return
        start, end = offset + m.start, offset + m.end
        offset = end
        if isinstance(m.days, bool) or not isinstance(m.days, int) or m.days < 0:
            continue
        yield start, end, m.days


def _durations_told(text: str, today: Optional[date]) -> Iterator[Tuple[int, str, str, str]]:
    """Each duration in ``text`` (the first 12): its days, the clause's words before it, its own words and the clause's
    words after it (whose it is, the pain's or another's such as a weight lost or a fever, is read from them)."""
    for start, end, days in _durations_at(text, today):
        yield days, _DURATION_BREAK.split(text[:start])[-1], text[start:end], _DURATION_BREAK.split(text[end:])[0]


def _told_of(left: str, right: str, patterns: Tuple[re.Pattern[str], ...]) -> bool:
    """The word of ``patterns`` nearest the duration comes with no pain told between them ("lost 6 kg since may and my back
    has hurt for 3 weeks": the 3 weeks are the pain's)."""
    near_left = max((m2.end() for p in patterns for m2 in p.finditer(left)), default=None)
    near_right = min((m2.start() for p in patterns for m2 in p.finditer(right)), default=None)
    if near_left is not None and not _told_pain(left[near_left:]):
        return True
    return near_right is not None and not _told_pain(right[:near_right]) and not _told_pain(left)


def _illness_ago(text: str, start: int, end: int, left: str, right: str) -> bool:
    """The duration at ``start:end`` is a past point ("ago", "geleden", "il y a") of another illness told beside it, and its
    sentence does not tell the pain starting with it."""
    if not (_DURATION_AGO_AFTER.search(right) or _DURATION_AGO_BEFORE.search(left)
            or _DURATION_AGO_IN.search(normalise(text[start:end]))):
        return False
    if not _told_of(left, right, (_DURATION_ILLNESS,)):
        return False
    return not _started_with(text, start)


def _started_with(text: str, start: int) -> bool:
    """A clause of the sentence of the duration at ``start`` tells the pain with a start (DURATION_SAME_START), and holds that
    duration or none of its own: "... and the back pain started with it", "my back has hurt since i had the flu six weeks
    ago" (not "... and my back has hurt since monday": that clause's own time)."""
    s_start = max((m.end() for m in _SENTENCE_BREAK.finditer(text, 0, start)), default=0)
    s_end = (_SENTENCE_BREAK.search(text, start) or re.search(r"$", text)).start()
    for clause in re.finditer(r"[^,]+", text[s_start:s_end]):
        c_start, c_end = s_start + clause.start(), s_start + clause.end()
        norm = normalise(clause.group(0))
        if not (_told_pain(norm) and _DURATION_SAME_START.search(norm)):
            continue
        if c_start <= start < c_end or _parse_duration(clause.group(0)) is None:
            return True
    return False


def _pain_named(norm: str) -> bool:
    """The pain told in ``norm``, not by a bare "it" with a place word ("it was over in a week" is the illness's)."""
    return bool(_BACK_PAIN.search(norm)) or any(not _IT_IN.match(m.group(0)) for m in _PAIN_CONTEXT.finditer(norm))


# the packs' IT_PRONOUNS and IT_PLACE_WORDS: "it went down to", "het trekt tot in", "ca descend en"
_IT_IN = _skeleton(r"(?:{IT_PRONOUNS}) (?:\w+ ){0,2}?(?:{IT_PLACE_WORDS})$")


def _told_pain(norm: str) -> bool:
    return bool(_PAIN_CONTEXT.search(norm) or _BACK_PAIN.search(norm))


def _mentioned(text: Any, requested: Optional[str], today: Optional[date]) -> Dict[str, Any]:
    """Other slots clearly mentioned in ``text`` (only positive, unambiguous findings)."""
    found: Dict[str, Any] = {}
    norm = normalise(text)
    if not norm:
        return found
    # leg pain: a level word together with pain words
    if requested != "leg_pain" and _PAIN_CONTEXT.search(norm):
        ev = evaluate(_without_free_parts(text)[0], tuple(_BELOW) + tuple(_ABOVE))  # "calf and foot are fine": no level
        if "below" in ev.positive_topics:
            found["leg_pain"] = "below_knee"
        elif "above" in ev.positive_topics and _LEG_WORDS.search(norm):
            found["leg_pain"] = "above_knee"
    # numbness in a leg (not about the saddle area)
    if requested not in ("leg_numbness", "saddle_numbness") and (
        requested in _LEG_SLOTS or _LEG_WORDS.search(norm)
    ):
        if "numb" in evaluate(text, _NUMB_RULES).positive_topics:
            found["leg_numbness"] = True
    if requested != "both_legs" and "both" in evaluate(text, _BOTH_EXPLICIT).positive_topics:
        if _LEG_WORDS.search(norm) or requested in _LEG_SLOTS:
            found["both_legs"] = True
    if requested != "onset" and "sudden" in evaluate(text, _SUDDEN_ANCHORED).positive_topics:
        found["onset"] = "sudden_movement"
    if requested not in ("duration_days", "age_band"):
        days = _pain_duration(text, today, requested == "weight_loss")
        if days is not None:
            found["duration_days"] = days
    if requested != "age_band":
        m = _EXPLICIT_AGE.search(_age_text(text))
        if m:
            band = _band(int(m.group(1) or m.group(2) or m.group(3)))
            if band:
                found["age_band"] = band
    if requested != "osteoporosis_or_steroids" and "osteo" in evaluate(text, _OSTEO).positive_topics:
        found["osteoporosis_or_steroids"] = True
    if requested != "morning_stiffness" and "stiff" in evaluate(text, _STIFF_MORNING).positive_topics:
        found["morning_stiffness"] = True
    return found


def extract_answers(text: Any, requested_slot: Optional[str], today: Optional[date] = None) -> Dict[str, Any]:
    """The requested slot's answer (if understood), red flags anywhere, other slots clearly mentioned.

    Red flags are never lowered by the requested answer: asked about fever,
    "no fever but I fell" gives ``{"fever": False, "onset": "trauma"}``, and
    "no, but my foot drags" asked about weakness gives ``"worsening"``. Values
    are merged on the safe side (True over False, trauma over sudden_movement,
    worsening over stable, below_knee over above_knee). Never raises.
    """
    result: Dict[str, Any] = {}
    text = _street(text)
    try:
        if requested_slot in _PARSERS:
            answer = parse_answer(requested_slot, text, today)
            if answer is not None:
                result[requested_slot] = answer
    except Exception:  # pragma: no cover - defensive
        pass
    try:
        merge(result, _mentioned(text, requested_slot, today))
    except Exception:  # pragma: no cover - defensive
        pass
    try:
        flags = find_red_flags(text)
        if requested_slot in _ASK_DONT_GUESS and requested_slot not in result:
            if clarification_for(requested_slot, text, today) is not None:
                flags.pop(requested_slot, None)  # hedged: the follow-up question decides
        if requested_slot == "weight_loss" and result.get("weight_loss") is False:
            flags.pop("weight_loss", None)  # lost on purpose ("5 kilo kwijt maar dat is bewust")
        merge(result, flags)
    except Exception:  # pragma: no cover - defensive
        pass
    return result


# --------------------------------------------------------------------------
# Follow-up questions: how sure is the reader?
# --------------------------------------------------------------------------

#: The follow-up keys of ``clarification_for`` and the slot each one settles.
CLARIFICATION_SLOTS: Dict[str, str] = {
    "cancer_relative": "cancer_history",
    "night_pain_position": "night_pain",
    "weight_reason": "weight_loss",
    "weakness_change": "leg_weakness",
    "number_unsure": "duration_days",
}
#: A hedged "no" to a red-flag question ("I don't think so", "volgens mij niet") is asked
#: once more: for a red flag "not sure" counts as yes, a clear "no" as no, and a hedge is
#: neither, so the person says which (docs/clinical-rules.md: never guess on the unsafe side).
HEDGED_PREFIX = "hedged_"
CLARIFICATION_SLOTS.update({HEDGED_PREFIX + slot: slot for slot in RED_FLAG_BLOCK})
_HEDGED_NO = _words("HEDGED_NO", r"\b(?:{})\b")


def hedged_no(slot: str, text: Any) -> bool:
    """True when ``text`` answers the red-flag question ``slot`` with a hedged "no" and
    tells no finding of that flag ("I don't think so, but I did wet myself" is a yes)."""
    if slot not in RED_FLAG_BLOCK:
        return False
    try:
        norm = normalise(_street(text))
        return bool(_HEDGED_NO.search(norm)) and evaluate(text, RED_FLAG_RULES).positive.get(slot) is not True
    except Exception:  # pragma: no cover - defensive
        return False

_CANCER_WORD = _words("CANCER_WORD", r"\b(?:{})\b")
_RELATIVE = _words("RELATIVE", r"\b(?:{})\b")
# "not me", "only my dad", "alleen in de familie"
_NOT_ME = _skeleton(
    r"\b(?:{NOT_ME}|{NOT_ME_ONLY} {NOT_ME_MY} \w+|{FAMILY_ONLY} (?:{IN} )?(?:{DET_SHORT} )?{FAMILY_WORD})\b"
)
# "me too", "ik ook", "myself" (not before a negation: "ik heb het zelf niet")
_SELF_YES = _skeleton(r"\b(?:{SELF_YES}|{SELF}(?! (?:{SELF_OBJECT} )?(?:{SELF_SELF} )?{SELF_NOT}\b))\b")

_WEIGHT_MENTION = _words("WEIGHT_MENTION", r"\b(?:{})\b")
_WEIGHT_CAUSE = _words("WEIGHT_CAUSE", r"\b(?:{})\b")
_WEIGHT_UNCLEAR = _words("WEIGHT_UNCLEAR", r"\?|\b(?:{})\b")
# phrases with a hedge word that are no hedge ("unsure why" is "without a reason")
_NOT_HEDGES = lang.merged("answers", "NOT_HEDGES")
_WEIGHT_NO_REASON = _words("WEIGHT_NO_REASON", r"\b(?:{})\b")
_NIGHT_POSITION = _words("NIGHT_POSITION", r"\b(?:{})\b")
_NIGHT_PERSIST = _words("NIGHT_PERSIST", r"\b(?:{})\b")
_NIGHT_EASED = _words("NIGHT_EASED", r"\b(?:{})\b")


_NIGHT_NEVER_STOPS = _words("NIGHT_NEVER_STOPS", r"\b(?:{})\b")
_NIGHT_TOLD_FINE = _words("NIGHT_TOLD_FINE", r"\b(?:{})\b")
_NIGHT_NOT_FINE = _words("NIGHT_NOT_FINE", r"\b(?:{})\b")


def _night_told_fine(norm: str) -> str:
    """The night told fine (the packs' NIGHT_TOLD_FINE: "fine at night", "s nachts geen last", "la nuit ca va"), no night pain told
    anywhere (NIGHT_PERSIST, CONTEXT_NIGHT): "fine" (the answer is a no) unless denied just before it ("its not fine at night":
    "denied", asked again); "" when untold (session 31AI)."""
    if _NIGHT_PERSIST.search(norm) or _CONTEXT_TRUE["night_pain"].search(norm):
        return ""
    if _NIGHT_NOT_FINE.search(norm):
        return "denied"  # "at night not great", "s nachts niet goed", "la nuit c'est pas top"
    told = [not _NEG_BEFORE.search(norm[: m.start()].rstrip()) for m in _NIGHT_TOLD_FINE.finditer(norm)]
    return "" if not told else "fine" if all(told) else "denied"


def _night_eased(norm: str) -> bool:
    """The night pain told as eased by a change of position ("it wakes me on my side, I turn onto my back and it settles",
    "als ik me omdraai zakt het en slaap ik verder", "je me tourne et ca passe"): no red flag, and nothing to ask
    (session 27V). Not when it persists in every position, nor when the easing is denied ("it never settles")."""
    if not _NIGHT_POSITION.search(norm) or _NIGHT_PERSIST.search(norm):
        return False
    return any(not _NEG_BEFORE.search(norm[: m.start()].rstrip()) for m in _NIGHT_EASED.finditer(norm))
_UNSURE_WORD = _words("UNSURE_WORD", r"\b(?:{})\b|\?")
_DURATION_SPLIT = _skeleton(r"\s+{DURATION_OR}\s+|\s*[,/;]\s*")
# a number, in digits or words: the answer may hold more than one duration
_NUMBER_HINT = _words("NUMBER_HINTS", r"\d|\b(?:{})\b")


def _clear_no(norm: str) -> bool:
    """The message opens with a plain no ("no, ...", "nee, ...", "nope")."""
    tokens = _tokens(norm)
    return bool(tokens) and bool(_NO_TOKEN_STRONG.fullmatch(tokens[0])) and tokens[0] not in _NO_LETTERS


def _durations_in(text: str, today: Optional[date]) -> List[int]:
    values: List[int] = []
    for piece in _DURATION_SPLIT.split(text):
        days = _parse_duration(piece, today)
        if days is not None and days not in values:
            values.append(days)
    return values


def _clarification_cancer(text: Any, norm: str) -> Optional[str]:
    if not _RELATIVE.search(norm):
        return None
    if _NOT_ME.search(norm) or _clear_no(norm):
        return None
    if evaluate(text, RED_FLAG_RULES).positive.get("cancer_history") is True or _SELF_YES.search(norm):
        return None  # about the person too: clear
    if parse_yes_no(text) is True and not _CANCER_WORD.search(norm):
        return None
    return "cancer_relative"


def _clarification_night(text: Any, norm: str) -> Optional[str]:
    if not _NIGHT_POSITION.search(norm) or _NIGHT_PERSIST.search(norm):
        return None
    if _clear_no(norm) or _night_eased(norm):
        return None  # "no, only when I turn over": a clear no with its reason; an easing position told
    return "night_pain_position"


def _clarification_weight(text: Any, norm: str) -> Optional[str]:
    if not _WEIGHT_MENTION.search(norm) and parse_yes_no(text) is not True:
        return None
    hedged = norm
    for phrase in _NOT_HEDGES:
        hedged = hedged.replace(phrase, "")
    if _weight_no_reason(norm) and not _WEIGHT_UNCLEAR.search(hedged):
        return None  # without trying: clear
    if _WEIGHT_CAUSE.search(norm) and _WEIGHT_UNCLEAR.search(norm):
        return "weight_reason"  # "maybe cos of stress?", "partly dieting I guess"
    return None


_INTENT_CLEAR = _words("INTENT_CLEAR", r"\b(?:{})\b")


_NEG_BEFORE = _words("NEG_BEFORE", r"\b(?:{})(?: \w+){0,2}$")
# a "without a reason" denied right before it (session 27U): "niet vanzelf", "not by itself", "pas tout seul" tell the
# loss was meant; only the negation just before (one word between at most: "not just by itself", "pas venu tout seul")
# (not a bare "no": "no not on purpose" is the unclear answer asked again)
_NEG_JUST_BEFORE = _words("NEG_BEFORE", r"\b(?!no\b)(?:{})(?: \w+)?$")


# a "not trying" inside a nothing lost beyond what is tried (the packs' NOTHING_UNTRIED_BEFORE, session 29N): "not losing anything
# i'm not trying to", "nothing i wasnt trying to lose", "je perds rien sans le vouloir": all of it on purpose, no weight lost
# without trying
_NOTHING_UNTRIED_BEFORE = _words("NOTHING_UNTRIED_BEFORE", r"\b(?:{})$")


# a "without trying" answered with a plain no right after it, at the end of its clause (session 47A9, issue 12): "yes 5 kilo
# but on purpose , im on a diet . without trying , no", "zonder het te willen , nee", "sans le vouloir , non": the question's
# own words taken up and denied, no loss without a reason (the packs' PURPOSE_NO)
_NO_REASON_DENIED = _skeleton(r"^(?: ,)? (?:{PURPOSE_NO})(?= [.,;!]| ?$)")


def _weight_no_reason(norm: str) -> bool:
    """A weight lost without a reason ("zomaar", "by itself", "sans raison"), not one denied ("niet vanzelf", "without
    trying, no")."""
    return any(not _NEG_JUST_BEFORE.search(norm[: m.start()].rstrip()) and not _NOTHING_UNTRIED_BEFORE.search(norm[: m.start()].rstrip())
               and not _NO_REASON_DENIED.match(norm[m.end():])
               for m in _WEIGHT_NO_REASON.finditer(norm))


_WEIGHT_STRICT = _skeleton(r"\b(?:\d+ ?{STRICT_UNITS}|{WEIGHT_STRICT})\b")


#: an answer that opens with "no" ("no, not on purpose", "nee, niet bewust")
_STARTS_NO = _skeleton(r"^\W*{PURPOSE_NO}\b")


# a diet or effort denied (session 37W; the packs' INTENT_NEG_BEFORE, INTENT_NEG_AFTER): "i havent been on any diet", "ik doe
# echt niks aan lijnen", "ik lijn niet", "je fais rien comme regime": no "on purpose" (the yes stays)
_INTENT_DENIED_BEFORE = _words("INTENT_NEG_BEFORE", r"\b(?:{})(?: \w+){0,3}$")
_INTENT_DENIED_AFTER = _words("INTENT_NEG_AFTER", r"\w* (?:{})\b")


def _weight_on_purpose(norm: str, weight_named: bool = False) -> bool:
    """Weight lost on purpose, said without a hedge or a "without trying" ("lost 5 kg, on purpose").

    ``weight_named``: the weight is the question's ("only because I'm on a diet" answers
    "have you lost weight without trying?"); else the text must name it.
    """
    if not (weight_named or _WEIGHT_STRICT.search(norm)) or _weight_no_reason(norm) or _WEIGHT_UNCLEAR.search(norm):
        return False
    for m in _INTENT_CLEAR.finditer(norm):
        before = norm[: m.start()].rstrip()
        if not (_NEG_BEFORE.search(before) or _INTENT_DENIED_BEFORE.search(before)
                or _INTENT_DENIED_AFTER.match(norm[m.end():])):
            return True
    return False


def _clarification_weakness(text: Any, norm: str) -> Optional[str]:
    if _parse_leg_weakness(text) is not None:
        return None
    weak = evaluate(text, _WEAK_RULES)
    if "weak" in weak.positive_topics or parse_yes_no(text) is True:
        return "weakness_change"
    return None


def _clarification_number(text: Any, norm: str, today: Optional[date]) -> Optional[str]:
    if not isinstance(text, str) or not _NUMBER_HINT.search(norm):
        return None
    values = _durations_in(text, today)
    if len(values) >= 2:
        return "number_unsure"
    if _UNSURE_WORD.search(norm) and _parse_duration(text, today) is None:
        return "number_unsure"
    return None


def clarification_for(slot: str, text: Any, today: Optional[date] = None) -> Optional[str]:
    """A follow-up key when the answer to ``slot`` is hedged or mixed, else None.

    Keys (see ``CLARIFICATION_SLOTS``): ``"cancer_relative"`` (a relative's
    cancer, the person's own history unsaid), ``"night_pain_position"`` (night
    pain only when turning or in some positions), ``"weight_reason"`` (weight
    lost for an unclear or mixed reason), ``"weakness_change"`` (weak, whether
    it gets worse unsaid), ``"number_unsure"`` (several durations or a number
    with "not sure" and no single value). A clear answer, including a clear
    negation with its reason ("my mum, not me"), gives None. Never raises.
    """
    text = _street(text)
    try:
        norm = normalise(text)
        if not norm:
            return None
        specific = _specific_clarification(slot, text, norm, today)
        if specific is None and hedged_no(slot, text):
            return HEDGED_PREFIX + slot  # "I don't think so": asked once more
        return specific
    except Exception:  # pragma: no cover - defensive
        return None


def _specific_clarification(slot: str, text: str, norm: str, today: Optional[date]) -> Optional[str]:
    if slot == "cancer_history":
        return _clarification_cancer(text, norm)
    if slot == "night_pain":
        return _clarification_night(text, norm)
    if slot == "weight_loss":
        return _clarification_weight(text, norm)
    if slot == "leg_weakness":
        return _clarification_weakness(text, norm)
    if slot == "duration_days":
        return _clarification_number(text, norm, today)
    return None


_WEIGHT_ON_PURPOSE = _skeleton(r"\b{PURPOSE_NO}\b.*\b{PURPOSE_WHY}\b|^{PURPOSE_I}?\s*(?:\w+ )?{PURPOSE_HOW}\b")
_WORSE_ANSWER = _words("WORSE_ANSWER", r"\b(?:{})\b")
_SAME_ANSWER = _words("SAME_ANSWER", r"\b(?:{})\b")


def parse_clarification(key: str, text: Any, today: Optional[date] = None) -> Any:
    """The slot value (``CLARIFICATION_SLOTS[key]``) from the answer to the follow-up, or None.

    * ``cancer_relative`` ("Have you yourself ever had cancer?"),
      ``night_pain_position`` ("Is the pain there all night, whatever position
      you lie in?"), ``weight_reason`` ("Did you lose that weight without
      trying?"): yes True, no False, not sure True (a red flag: the safe side);
    * ``weakness_change``: getting worse "worsening", staying the same
      "stable", not sure "worsening";
    * ``number_unsure``: a duration in days (None when still unsure).

    An unknown key gives None. Never raises.
    """
    text = _street(text)
    try:
        norm = normalise(text)
        if not norm:
            return None
        if key.startswith(HEDGED_PREFIX) and key in CLARIFICATION_SLOTS:
            # asked again after a hedged "no": a finding or yes/"not sure" is a yes, only a clear no is no
            slot = CLARIFICATION_SLOTS[key]
            if evaluate(text, RED_FLAG_RULES).positive.get(slot) is True or hedged_no(slot, text):
                return True  # a finding, or a hedge again: "not sure" counts as yes
            return _yes_no_safe(text)
        if key == "cancer_relative":
            if _NOT_ME.search(norm) and not _SELF_YES.search(norm):
                return False
            if evaluate(text, RED_FLAG_RULES).positive.get("cancer_history") is True:
                return True
            return _yes_no_safe(text)
        if key == "night_pain_position":
            if evaluate(text, RED_FLAG_RULES).positive.get("night_pain") is True or _NIGHT_PERSIST.search(norm):
                return True
            answer = _yes_no_safe(text)
            if answer is None and _NIGHT_POSITION.search(norm):
                return False  # "only when I move"
            return answer
        if key == "weight_reason":
            if _weight_no_reason(norm):
                return True
            if _WEIGHT_ON_PURPOSE.search(norm):
                return False
            return _yes_no_safe(text)
        if key == "weakness_change":
            masked = _weakness_text(text)
            if find_red_flags(masked).get("leg_weakness") == "worsening" or _WORSE_SIGN.search(masked):
                return "worsening"
            if _STABLE.search(masked) or _SAME_ANSWER.search(masked):
                return "stable"
            if _WORSE_ANSWER.search(masked):
                return "worsening"
            if parse_yes_no(text) == UNSURE:
                return "worsening"
            return None
        if key == "number_unsure":
            if len(_durations_in(text, today)) >= 2:
                return None
            return _parse_duration(text, today)
        return None
    except Exception:  # pragma: no cover - defensive
        return None


# --------------------------------------------------------------------------
# The whole story in one message
# --------------------------------------------------------------------------

# A story is read clause by clause: a level word ("calf", "knie") is leg pain only
# in a clause about pain, numbness only in a clause that is not about the saddle
# area or the bladder; a duration only when it is about the pain, not the cancer,
# the weight lost or the pregnancy.

_CLAUSE_SPLIT = _skeleton(r" [.,;] | {CLAUSE_WORDS} | {CLAUSE_AND} (?={CLAUSE_SUBJECT}\b)")
_PAIN_WORD = _words("PAIN_WORD", r"\b(?:{})\b")
_BLADDER_BOWEL_WORD = _words("BLADDER_BOWEL_WORD", r"\b(?:{})\b")
_OTHER_BODY = _words("OTHER_BODY", r"\b(?:{})\b")
_AREA_WORD = re.compile(rf"\b{AREA}\b")

# the moment the back went, a movement told in the past
_STORY_SUDDEN = _words("STORY_SUDDEN")
_STORY_NOT_SUDDEN = _words("STORY_NOT_SUDDEN", r"\b(?:{})\b")
_STORY_START_DENIED = _words("STORY_START_DENIED", r"\b(?:{})")
_SUDDEN_TIME = _skeleton(r"\b{SUDDEN_TIME}\b(?! (?:\w+ )?{THEN_WORSE})")
# ("unsure why": the normaliser's "unsure" for "not sure", "weet niet")
_STORY_GRADUAL = _skeleton(
    r"\b(?:{STORY_GRADUAL}|{GRADUAL_UNSURE} (?:{GRADUAL_UNSURE_OF} )?{GRADUAL_WHY})\b(?! (?:\w+ )?{THEN_WORSE})"
)
_WEIGHT_WORD = _words("WEIGHT_WORD", r"\b(?:{})\b")
_LEG_NONE_STORY = _skeleton(
    r"\b(?:{LEG_NONE_STORY}"
    r"|{LNS_NOT} (?:\w+ ){0,2}?{LNS_GO} (?:\w+ ){0,2}?{LNS_INTO} (?:{LNS_DET} )?{LEG}"
    r"|{LNS_NOT_SHORT} {LNS_GO_SHORT} (?:\w+ )?{ANYWHERE}"
    r"|{LNS_ONLY} (?:{IN} )?(?:{DET} )?{LOWER}?{BACK}"
    r"|{LNS_STAYS} (?:{LNS_STAYS_ONLY} )?{LNS_AT} (?:{DET_NO_M} )?(?:{LNS_LOWER} )?{BACK}(?! {LNS_AND_INTO})"
    r"|{OR} {ANYTHING} (?:{ELSE} )?{LNS_INTO_SHORT} (?:{DET_SHORT} )?{LEG})\b"
)
# the legs denied as a clause of their own, at its start, ended there, in a story that tells back pain (session 34W; the
# packs' LEGS_NOT_STORY, LNS_LEAD): "back pain since monday, not in my legs", "rugpijn, maar niet in de benen", "mal au dos,
# pas dans les jambes"; not "not in my legs yet", "... not in my legs?" (asked again)
# (a tail after the denial, session 44A4; the packs' LNS_TAIL: "no leg stuff whatsoever", "niks in de benen gelukkig")
_LEGS_NOT_STORY = _skeleton(
    r"(?:^|[,;.!] )(?:{LNS_LEAD} ){0,2}(?:{LEGS_NOT_STORY})(?: (?:{LNS_TAIL}))?(?= ?[,;.!]|$| (?:and|en|et) )"
)
# a relative's back told as the complaint, for the legs denied after it (session 44A4; the packs' CARER_BACK): "my wife's back
# is bad . nothing in her legs", "mijn man heeft last van zijn rug . niks in zijn benen", "ma fille se plaint de son dos"
_CARER_BACK = _words("CARER_BACK", r"\b(?:{})\b")
_NUMB_NONE_STORY = _skeleton(r"\b{NO_WITHOUT} (?:\w+ )?{NUMB_NOUNS}\b|\b{NOT_IS} (?:\w+ ){0,1}?{NUMB_ADJ}\b")
# (a bare search: "legs strong (enough)" reads the same without its optional tail)
_WEAK_NONE_STORY = _skeleton(
    r"\b{NO_WITHOUT} (?:\w+ )?{WEAK_NOUNS}\b|\b{LEG_FEET} (?:\w+ ){0,3}?{STRONG}\b"
    r"|\b{NOT_IS} (?:\w+ ){0,1}?{WEAK_ADJ}\b|\b{FULL} {STRENGTH}\b|{WEAK_NONE_STORY}"
)
# signs of worsening weakness the red-flag words may miss ("my foot drops", "I keep tripping over it")
_WORSE_SIGN = _skeleton(r"\b{FOOT} (?:\w+ ){0,4}?{FOOT_DROPS}\b|{WORSE_SIGN}")
_BOTH_STORY = make_rules(
    "both", {"both_legs": True}, [_fill(r"{BOTH_STORY}|\b{LEFTRIGHT}\b|\b{BOTH_LIMBS} (?:\w+ ){0,3}?{BOTH_AFTER}\b")]
)
_BOTH_ONE_STORY = _skeleton(
    r"\b{ONLY} (?:{IN_DOWN} )?(?:{DET} )?{ONE_STORY}(?: {LEG_SIDE_STORY})?\b|\b{ONE_W} {LEG_W} {ONLY_AFTER}\b"
    r"|{BOTH_ONE_STORY}"
)
# the other leg told fine, as a clause of its own, after a leg with pain (session 38S; the packs' OTHER_SIDE_LEAD,
# OTHER_SIDE, OTHER_SIDE_FINE): "... into the left thigh , right leg is fine", "tot in mijn rechterbil , links niks", "a gauche
# rien": one leg (not "left leg too", "links ook", "left leg is fine but numb": the clause goes on)
_OTHER_SIDE_FINE = _skeleton(
    r"(?:^|[,;.!] )(?:{OTHER_SIDE_LEAD} )?(?:{OTHER_SIDE}) (?:{OTHER_SIDE_FINE})(?: (?:{OTHER_SIDE_NOW}))?"
    r"(?= ?[,;.!]|$| (?:{CLAUSE_AND}) )"
)
# one leg told as one side ONLY, no other side nor both told anywhere (session 41I; the packs' SIDE_ONLY, SIDE_ONLY_AFTER,
# SIDE_NOT, SIDE_BOTH): "left side only", "alleen links", "seulement a droite". A side named alone ("down the back of my left
# thigh", "tot in mijn rechterkuit") keeps the question "in both legs?" (the safe side, decided at the session 41 landing: the
# other leg may be told at the question); not "left leg and a bit in the right", a side of the back with no leg read
_SIDE_OF_LEG = r"\b(?:{SIDE_ONLY}) (?:(?:{SIDE_ONLY_GAP}) ){0,3}(?:{SIDE})\b|\b(?:{SIDE}) (?:(?:{SIDE_ONLY_NOUN}) )?(?:{SIDE_ONLY_AFTER})\b"
_SIDE_LEG = {side: _skeleton(_SIDE_OF_LEG.replace("{SIDE}", "{" + side + "}")) for side in ("LEFT", "RIGHT")}
_SIDE_ANY = {side: _skeleton(r"\b(?:{" + side + r"})\b") for side in ("LEFT", "RIGHT")}
_SIDE_NOT = _words("SIDE_NOT", r"\b(?:{})")
_SIDE_BOTH = _skeleton(r"\b(?:{SIDE_BOTH}|{LEFTRIGHT})\b")


def _one_side_told(norm: str) -> bool:
    """One leg told as one side only and no other side, both or either told anywhere in the message."""
    masked = _SIDE_NOT.sub(" , ", norm)
    if _SIDE_BOTH.search(masked):
        return False
    sides = [side for side, pattern in _SIDE_ANY.items() if pattern.search(masked)]
    return len(sides) == 1 and bool(_SIDE_LEG[sides[0]].search(masked))


_NEG_RED_FLAG = {
    "saddle_numbness": _skeleton(
        r"\b{NEG_WORDS} (?:\w+ ){0,2}?{SADDLE_NUMB}(?: \w+){0,2}? {AROUND} (?:{DET_SHORT} )?(?:{AREA})\b"
        r"|\b{NO} {SADDLE_NUMB_NOUNS} {DOWN_BELOW}\b"
        r"|\b{CAN} (?:{STILL} )?{FEEL} (?:\w+ ){0,3}?(?:{AREA})\b(?: \w+){0,2}? {FEEL_FINE}\b"
        r"|\b{CAN_SHORT} (?:{STILL} )?{FEEL_SHORT} {EVERYTHING} (?:{FINE_OK} )?(?:{AREA})"
        r"|\b{FEEL_ALL} {EVERYTHING_ALL} (?:\w+ ){0,2}?{FEEL_FINE}? ?(?:{DOWN_THERE}|{AREA})\b"
    ),
    "bladder_bowel": _skeleton(
        r"\b{NO_WITHOUT} (?:\w+ ){0,3}?{BB_NOUNS}\w*\b|\b{BB_SUBJECT} (?:\w+ ){0,3}?(?:{BB_IS} )*{BB_FINE}\b"
        r"|{NEG_BLADDER_BOWEL}"
    ),
    "night_pain": _skeleton(
        "".join(f"(?<!{word} )" for word in lang.merged("answers", "SLEEP_NOT"))
        + r"\b{SLEEP} (?:\w+ ){0,2}?{SLEEP_FINE}\b|\b{NO} {NIGHT_TROUBLE} (?:\w+ ){0,2}?{AT_NIGHT}\b|{NEG_NIGHT}"
    ),
}
_NIGHT_STORY = _skeleton(r"\b{EVEN} (?:\w+ ){0,3}?{AT_NIGHT_ALL}\b|\b{AT_NIGHT} (?:\w+ ){0,3}?{AT_REST}\b")
_NOT_ME_STORY = _words("NOT_ME_STORY", r"\b(?:{})\b")
# "im 45", "45 yrs old", "vrouw van 45", "45f" (not "45 kg", "45 m ago")
_STORY_AGE = _skeleton(
    r"\b{STORY_I_AM}\s*:?\s*(?:{STORY_AGE_FILLER} )?(\d{1,3})(?:{STORY_AGE_ORDINAL})?\b(?!\s*{NOT_AN_AGE})"
    r"|\b(\d{1,3})\s*{STORY_YEARS_OLD}\b|\b{PERSON} {PERSON_OF} (\d{1,3})\b|\b([1-9]\d) ?{SEX_LETTER}\b(?! {SEX_NOT_AFTER})"
)
# the writer's age told after what they are (session 38S; the packs' STORY_JOB_I_AM, STORY_AGE_END): "im a builder , 47 ,
# and ...", "ik ben bakker , 52 ,", "je suis macon , 47 ans" (a two-digit age, its clause ended there; not "56 kilos", not
# "im caring for my mum , 80": a relative named in between)
_STORY_AGE_TAIL = r"(?: {AGE_YEARS})?(?= ?[,.;!?]| {STORY_AGE_END}\b|$)"
_STORY_JOB_AGE = _skeleton(r"\b{STORY_JOB_I_AM}((?:\w+ ){0,2}?\w+) , ([1-9]\d)\b" + _STORY_AGE_TAIL)
# the message typed for a relative, the relative's age told (session 38S; the packs' STORY_FOR_OTHER, STORY_OTHER_IS):
# "writing for my dad , he is 82", "ik stuur dit voor mijn moeder , ze is 78", "j ecris pour mon pere qui a nonante ans":
# that age is the patient's (a relative's age in the writer's own story is not: "my son is 12 , im 40")
_STORY_FOR_OTHER = _skeleton(
    r"^(?:[\w,] ?){0,30}?\b(?:{STORY_FOR_OTHER}) (?:\w+ ){0,2}?(?:{RELATIVE})\b(?: ,)? (?:{STORY_OTHER_IS}) ([^,.;!?]+)"
)
_STORY_OTHER_NUMBER = _skeleton(r"^(\d{1,3})\b" + _STORY_AGE_TAIL)
# a bare age after a greeting at the opening, its clause ended there (session 44A4; the packs' GREET_OPEN): "hi , 41 , pulled
# my back", "hallo , 52 , rug geblokkeerd", "bonjour , 38 ans , mal au dos" (not "hi , 3 days ago", "hi , 41 degrees")
_STORY_OPEN_AGE = _skeleton(r"^(?:{GREET_OPEN})(?: ,)? ([1-9]\d)(?: {AGE_YEARS})?(?= ?[,.;!]| {STORY_AGE_END}\b)")
# a year of birth in a story, once the years are written in full ("born in '79" -> "born in 1979")
_STORY_BORN = _skeleton(r"\b{STORY_BORN}\s+((?:19|20)\d\d)\b")
_POSSESSIVE = lang.merged("answers", "POSSESSIVES")
# the age told by a carer in the third person (session 40J; the packs' CARER_IS, CARER_REL_IS, CARER_AGE_END): "hes 63 and
# his back ...", "ze is 84 en ze heeft pijn in haar rug", "mijn pepe 88 heeft ...", "ma mere a 83 ans et elle a mal"
_CARER_AGE = _skeleton(
    r"\b(?:(?:{CARER_IS}) |(?:{RELATIVE}) (?:(?:{CARER_REL_IS}) )?)(\d{1,3})(?: {AGE_YEARS})?(?: {STORY_YEARS_OLD})?"
    r"(?= ?[,.;!?]| (?:{STORY_AGE_END}|{CARER_AGE_END})\b|$)"
)
# the message is about someone else: the pain told of them (the packs' CARER_PAIN) or typed for them, none told as the
# writer's own (the packs' OWN_PAIN: "my son is 9 , im 38 and my back hurts" is the writer's story)
_CARER_PAIN = _words("CARER_PAIN", r"\b(?:{})\b")
_CARER_LEAD = _skeleton(r"\b(?:{CARER_FOR}) (?:\w+ ){0,2}?(?:{RELATIVE})\b")
_OWN_PAIN = _words("OWN_PAIN", r"\b(?:{})\b")
# a thing's age, not a person's: "my car is 12 years old" (the packs' AGE_THING_IS)
_AGE_THING_IS = lang.merged("answers", "AGE_THING_IS")
_DURATION_OTHER = _words("DURATION_OTHER", r"\b(?:{})\b")
# a duration in a clause about the back is the pain's
_ABOUT_THE_BACK = _words("ABOUT_THE_BACK", r"\b(?:{})\b")
_DURATION_BREAK = re.compile(r"[.!?;\n,]")
# a duration tied to a change, not to the pain (session 27O): "its got worse over the last 2 days", "sinds 3 dagen erger",
# "depuis 2 jours ca empire" (the pain's own: "pain for 3 days getting worse", the pain named before it)
_DURATION_CHANGE = _words("DURATION_CHANGE", r"\b(?:{})\b")
# a worsening told as slow (session 42R; the packs' DURATION_SLOW_CHANGE): "his back has been getting slowly worse for about
# 4 months", "zijn rug wordt al een maand of 4 stilaan erger", "son dos empire doucement depuis 4 mois": its time is the
# pain's course, read only when no other time is told (a quick flare, "worse since 2 days", stays the change's)
_DURATION_SLOW_CHANGE = _words("DURATION_SLOW_CHANGE", r"\b(?:{})\b")
_DURATION_SLOW_OLDER = _words("DURATION_SLOW_OLDER", r"\b(?:{})\b")  # the pain older than that: "back pain for years, ..."


# "worst first thing in the morning, very stiff for over an hour" (a comma apart)
_STORY_STIFF = _skeleton(
    r"\b{STORY_MORNING}\b(?: [\w,]+){0,6}? "
    + "".join(f"(?<!{word} )" for word in lang.merged("answers", "STIFF_NOT"))
    + r"(?:{VERY} )?{STIFF_WORD}\b"
)


# the length told in the clause of the stiffness itself (session 45A6, issue 12; the slot reader's _stiff_length): "le matin
# ce est un peu raide genre 5 minutes , apres ca va", "s ochtends een kwartiertje stijf" are no morning stiffness (the
# question asks for more than 30 minutes); "stiff every morning for over an hour" is; a stiffness with no length told stays
_STIFF_WORD_RE = _words("STIFF_WORD", r"\b(?:{})\b")


def _story_stiff_length(norm: str) -> Optional[bool]:
    """True when a clause telling the stiffness tells half an hour or more, False when one tells less and none more."""
    lengths = [_stiff_length(c) for c in _clauses(norm) if _STIFF_WORD_RE.search(c)]
    if True in lengths:
        return True
    return False if False in lengths else None


def _clauses(norm: str) -> List[str]:
    return [c.strip(" .,") for c in _CLAUSE_SPLIT.split(norm) if c.strip(" .,")]


# a relative's event dated in its own clause before the patient's course (session 46A8; the packs' DATE_OWN_SINCE): "my mum
# fell last year , my back started hurting gradually", "mijn ma is vorig jaar gevallen , bij mij ...", "ma mere est tombee
# l an passe , moi mon dos ...": the date is the relative's, no duration of the patient. Kept: the pain told in that clause,
# the pain dated by the event ("since my dad's funeral last month"), a message about the relative (a carer's story)
_DATE_OWN_SINCE = _words("DATE_OWN_SINCE", r"\b(?:{})\b")


def _relative_dated(norm: str, left: str, told: str, right: str) -> bool:
    """The duration's clause names a relative, tells no pain and no "since" dating the pain by it, in the writer's story."""
    clause = normalise(" ".join((left, told, right)))
    if not _RELATIVE.search(clause) or _told_pain(clause) or _PAIN_WORD.search(clause) or _ABOUT_THE_BACK.search(clause):
        return False
    if _DATE_OWN_SINCE.search(normalise(left)) or _since_event_next(norm, clause):
        return False
    return not (_CARER_PAIN.search(norm) or _CARER_LEAD.search(norm))


# the clause after a relative's dated event dates the pain by it with a "since" of its own (session 47A9, issue 12; the packs'
# DATE_SINCE_EVENT): "my dad died in march , my back has been sore since", "... , sindsdien heb ik last van mijn rug",
# "... , depuis j ai mal au dos": the event's date is the pain's start (that clause must tell the pain)
_DATE_SINCE_EVENT = _words("DATE_SINCE_EVENT", r"(?:{})")


def _since_event_next(norm: str, clause: str) -> bool:
    at = norm.find(clause)
    if at < 0:
        return False
    after = [c.strip(" .,") for c in _DURATION_BREAK.split(norm[at + len(clause):]) if c.strip(" .,")]
    if not after or not _DATE_SINCE_EVENT.search(after[0]):
        return False
    nxt = after[0]
    return bool(_told_pain(nxt) or _PAIN_WORD.search(nxt) or _ABOUT_THE_BACK.search(nxt) or _BACK_TOLD_STORY.search(nxt))


def _story_duration(text: str, norm: str, today: Optional[date]) -> Optional[int]:
    """The duration told about the pain: the first one in a clause about pain, else the first not about
    something else (the cancer, the weight lost, the pregnancy, the fever)."""
    fallback: Optional[int] = None
    slow: Optional[int] = None
    opening = _STORY_OPEN_AGE.search(norm)  # the writer's age after a greeting, "dag, 47 jaar, ..."
    for index, (days, left, told, right) in enumerate(_durations_told(text, today)):
        if index == 0 and opening and opening.group(0).endswith(normalise(told)):
            continue  # that age is no duration (session 45, the lead: "47 jaar" was read as 17155 days)
        window = normalise(" ".join(left.split()[-6:] + [told] + right.split()[:5]))
        if _DURATION_OTHER.search(window) or _relative_dated(norm, left, told, right):
            continue
        near_left = normalise(" ".join(left.split()[-6:]))
        if _DURATION_CHANGE.search(near_left) or (
            _DURATION_CHANGE.search(normalise(" ".join(right.split()[:5])))
            and not (_PAIN_WORD.search(normalise(left)) or _BACK_PAIN.search(normalise(left)))
        ):
            if slow is None and _DURATION_SLOW_CHANGE.search(window) and not _DURATION_SLOW_OLDER.search(
                    normalise(text.replace(told, " , ", 1))):
                slow = days  # a slow worsening all along: the pain's course, when nothing else is told (session 42R)
            continue  # how long it has been getting worse, not how long the pain has lasted
        if _PAIN_WORD.search(normalise(left + " " + right)) or _ABOUT_THE_BACK.search(normalise(left + " " + right)):
            return days
        if fallback is None:
            fallback = days
    return fallback if fallback is not None else slow


def _story_age(norm: str) -> Optional[str]:
    other = _story_other_age(norm)
    if other:
        return other
    carer = _story_carer_age(norm)
    if carer is not None:
        return carer or None
    opening = _STORY_OPEN_AGE.search(norm)
    opening_band = _band(int(opening.group(1))) if opening else None
    if opening_band:
        return opening_band
    for m in _STORY_AGE.finditer(norm):
        before = norm[: m.start()].split()[-1:]
        if m.group(2) and before and before[0] in _POSSESSIVE:
            continue  # "my 2 yr old" is a child
        thing = norm[: m.start()].split()[-3:]
        if m.group(2) and len(thing) == 3 and thing[0] in _POSSESSIVE and thing[2] in _AGE_THING_IS:
            continue  # "my car is 12 years old", "my son is 9 years old": not the writer's age
        band = _band(int(m.group(1) or m.group(2) or m.group(3) or m.group(4)))
        if band:
            return band
    for m in _STORY_JOB_AGE.finditer(norm):
        if not _RELATIVE.search(m.group(1)) and int(m.group(2)) >= 16:
            return _band(int(m.group(2)))
    return None


def _story_carer_age(norm: str) -> Optional[str]:
    """A message about someone else (the pain told of them, or typed for them, none told as the writer's own): the age told
    of them in the third person ("she is 88 and her back ..."), over the writer's own ("im 49 , my dad is 79 and he has
    pain"); "" when no one age is told of them (two: "my mum is 81 and my dad is 84": asked). None: the writer's story."""
    if not (_CARER_PAIN.search(norm) or _CARER_LEAD.search(norm)) or _OWN_PAIN.search(norm):
        return None
    ages = {int(m.group(1)) for m in _CARER_AGE.finditer(norm)}
    if len(ages) != 1:
        return ""
    return _band(ages.pop()) or ""


def _story_other_age(norm: str) -> Optional[str]:
    """The age of the relative a message is typed for (see _STORY_FOR_OTHER), in digits or in words ("septante-huit")."""
    m = _STORY_FOR_OTHER.search(norm)
    if not m:
        return None
    told = m.group(1).strip()
    if not told[:1].isdigit():
        told = _word_age_as_digits(told)
    number = _STORY_OTHER_NUMBER.search(told)
    return _band(int(number.group(1))) if number else None


def _story_birth_year(text: Any, today: Optional[date] = None) -> Optional[str]:
    """The age band a year of birth in the story gives ("born in '79, did my back in ..."); not a
    relative's ("my son was born in 2019")."""
    full = _years_in_full(text, (today or date.today()).year)
    for m in _STORY_BORN.finditer(full):
        if not _RELATIVE.search(" ".join(full[: m.start()].split()[-4:])):
            return age_band_of(m.group(0), today)
    return None


def _story_onset(text: Any, norm: str, red: Dict[str, Any]) -> Optional[str]:
    if red.get("onset") == "trauma":
        return "trauma"
    # a movement told as not done is no sudden onset (session 28G): "no wrong movement", "zonder dat ik iets tilde",
    # "je n'ai pas porte de charge"
    # a sudden start or a cause denied is masked too, and tells a gradual start when no cause is named (session 41I; the
    # packs' STORY_START_DENIED): "it wasn't sudden, no accident", "niet plots gekomen", "pas venu d'un coup, rien porte"
    denied = bool(_STORY_START_DENIED.search(norm))
    moved = _STORY_START_DENIED.sub(" , ", _STORY_NOT_SUDDEN.sub(" , ", norm))
    sudden = bool(_STORY_SUDDEN.search(moved)) or (
        "sudden" in evaluate(moved if moved != norm else text, tuple(_SUDDEN_ANCHORED)).positive_topics)
    gradual = any(_STORY_GRADUAL.search(c) and not _WEIGHT_WORD.search(c) for c in _clauses(norm))
    if sudden and gradual:
        return None  # told both ways: ask
    if sudden:
        return "sudden_movement"
    if gradual:
        return None if _sudden_time(moved) else "gradual"
    if _sudden_time(moved):
        return "sudden_movement"
    if denied and not evaluate(moved, tuple(_SUDDEN) + tuple(_TRAUMA_LOOSE)).positive_topics:
        return "gradual"  # nothing named as its cause
    return None


_SUDDEN_NEGATIONS = lang.merged("answers", "SUDDEN_NEGATIONS")


def _sudden_time(norm: str) -> bool:
    """ "suddenly", "ineens", not negated ("er was niet echt een moment dat het ineens pijn deed")."""
    for m in _SUDDEN_TIME.finditer(norm):
        before = norm[: m.start()].split()[-8:]
        if not any(tok in _SUDDEN_NEGATIONS for tok in before):
            return True
    return False


_SUBJECT_START = _words("SUBJECT_START", r"^(?:{})\b")
_CONNECTOR_START = _skeleton(r"^(?:{CONNECTOR} )+")
_OTHER_SYMPTOM = _words("OTHER_SYMPTOM", r"\b(?:{})\b")
_SUB_CHUNK = _skeleton(r" {SUB_CHUNK} ")


def _pain_chunks(clauses: List[str]) -> List[str]:
    """The parts of the clauses that speak of pain (a clause without its own subject continues the pain of
    the clause before it: "pain started 10 weeks ago, mainly in my low back and left buttock")."""
    chunks: List[str] = []
    previous_pain = False
    for clause in clauses:
        bare = _CONNECTOR_START.sub("", clause)
        pain = bool(_PAIN_WORD.search(clause)) or (previous_pain and not _SUBJECT_START.search(bare))
        previous_pain = pain
        if not pain:
            continue
        for chunk in _SUB_CHUNK.split(clause):
            if _OTHER_SYMPTOM.search(chunk) and not _PAIN_WORD.search(chunk):
                continue  # "... and tingling in both my feet": not where the pain is
            chunks.append(chunk)
    return chunks


_KNEE_LEVEL = make_rules(
    "below", {"leg_pain": "below_knee"}, [_fill(r"\b{KNEE_BELOW} (?:{DET_NO_M} )?{KNEE}\b")]
) + make_rules("above", {"leg_pain": "above_knee"}, [_fill(r"\b{KNEE_ABOVE} (?:{DET_NO_M} )?{KNEE}\b")])


def _story_leg_pain(clauses: List[str], norm: str, text: Any = None) -> Optional[str]:
    level: Optional[str] = None
    for clause in _pain_chunks(clauses):
        ev = evaluate(_no_foot_sport(clause), tuple(_BELOW) + tuple(_ABOVE))
        if "below" in ev.positive_topics:
            return "below_knee"
        if "above" in ev.positive_topics:
            level = "above_knee"
    if level:
        return level
    knee = evaluate(norm, _KNEE_LEVEL)  # "nee, onder de knie": the knee names the level without a pain word
    if "below" in knee.positive_topics:
        return "below_knee"
    if "above" in knee.positive_topics:
        return "above_knee"
    if _LEG_NONE_STORY.search(norm):
        return "none"
    if text is not None and _legs_not_told(text, norm):
        return "none"  # back pain told, then "not in my legs" as a clause of its own (session 34W)
    return None


def _legs_not_told(text: Any, norm: str) -> bool:
    """Back pain told, and the legs denied as a clause of their own (see _LEGS_NOT_STORY) in a sentence that is no
    question ("... is it normal that it's not in my legs?" is asked again), no "but it goes down" sending it on."""
    if not isinstance(text, str) or not (_BACK_PAIN.search(norm) or _CARER_BACK.search(norm) or _BACK_TOLD_STORY.search(norm)):
        return False
    if _DOWN_AFTER_ALL.search(_LEGS_NOT_STORY.sub(" , ", norm)):
        return False
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
        if sentence.strip() and not sentence.strip().endswith("?") and _LEGS_NOT_STORY.search(normalise(sentence)):
            return True
    return False


def _bladder_event(clause: str) -> bool:
    """The clause tells a bladder or bowel event ("i wet myself a bit on the bus", "j ai mouille mon lit")."""
    return bool(find_red_flags(clause).get("bladder_bowel"))


def _story_numbness(clauses: List[str], norm: str) -> Optional[bool]:
    negative = False
    for i, clause in enumerate(clauses):
        if _AREA_WORD.search(clause) or _BLADDER_BOWEL_WORD.search(clause) or _OTHER_BODY.search(clause):
            continue
        # a not-feeling told of a bladder or bowel event, in its clause or the next, no leg named: the event's, no
        # leg numbness ("i wet myself on the bus and didnt even feel it happen", "... geplast, niks gevoeld",
        # "je me suis fait dessus et j'ai rien senti"); "i wet myself and my feet are numb" names the legs
        if not _LEG_WORDS.search(clause) and (_bladder_event(clause) or (i > 0 and _bladder_event(clauses[i - 1]))):
            continue
        ev = evaluate(clause, _NUMB_RULES)
        # told as over, often in the next clause: "had pins and needles in my foot 2 years ago but it went away"
        if "numb" in ev.positive_topics and "numb" in evaluate(" ".join(clauses[i:i + 2]), _NUMB_RULES).resolved_topics:
            negative = True
            continue
        if "numb" in ev.positive_topics and _LEG_WORDS.search(norm):
            return True
        if "numb" in ev.negated_topics or "numb" in ev.resolved_topics or _NUMB_NONE_STORY.search(clause):
            negative = True
    return False if negative else None


def _story_weakness(text: Any, norm: str) -> Optional[str]:
    masked = _weakness_text(text)
    flags = find_red_flags(masked)
    if flags.get("leg_weakness") == "worsening" or _WORSE_SIGN.search(masked):
        return "stable" if _told_unchanged(text, masked) else "worsening"
    if flags.get("leg_weakness") == "stable":
        return "stable"
    weak = evaluate(text, _WEAK_RULES)
    if "weak" in weak.positive_topics:
        if "worse" in evaluate(masked, _WORSE_RULES).positive_topics:
            return "worsening"
        if _STABLE.search(masked):
            return "stable"
        return None  # weak, whether it gets worse unsaid
    if _WEAK_NONE_STORY.search(norm) or "weak" in weak.negated_topics:
        return "none"
    return None


_BACK_PAIN = _words("BACK_PAIN", r"\b(?:{})\b")
# the back told as hurting in forms BACK_PAIN does not take (session 46A8; the packs' BACK_TOLD_STORY), only as the guard of
# the legs denied (_legs_not_told): "mijn onderrug doet al drie weken pijn", "my lower back has been hurting", "me lance"
_BACK_TOLD_STORY = _words("BACK_TOLD_STORY", r"\b(?:{})\b")


def tells_back_pain(text: Any) -> bool:
    """The message names the back pain itself ("sinds 3 weken rugpijn", "my lower back hurts")."""
    return bool(_BACK_PAIN.search(normalise(text)))


def read_story(text: Any, today: Optional[date] = None) -> Dict[str, Any]:
    """Every slot that a first message (the whole story) clearly gives, never guessing.

    Positive findings and clear negatives ("no tingling", "pain doesn't go
    into my legs", "legs strong enough"), red flags included (positives via
    ``find_red_flags``, negatives only when the message negates them). A slot
    the message leaves unclear, or tells both ways, is left out. The duration
    is the one told about the pain ("had cancer 5 years ago, back pain for a
    month" is 30). Never raises.
    """
    found: Dict[str, Any] = {}
    text = _street(text)
    try:
        norm = normalise(text)
        if not norm:
            return found
        clauses = _clauses(norm)
        red = find_red_flags(text)
        onset = _story_onset(text, norm, red)
        if onset:
            found["onset"] = onset
        days = _story_duration(text, norm, today) if isinstance(text, str) else None
        if days is not None:
            found["duration_days"] = days
        leg = _story_leg_pain(clauses, norm, text)
        if leg:
            found["leg_pain"] = leg
        if "both" in evaluate(text, _BOTH_STORY).positive_topics:
            found["both_legs"] = True
        elif _BOTH_ONE_STORY.search(norm) and _LEG_WORDS.search(norm):
            found["both_legs"] = False
        elif leg in ("above_knee", "below_knee") and _OTHER_SIDE_FINE.search(norm):
            found["both_legs"] = False  # "pain into the left thigh, right leg is grand" (session 38S)
        elif leg in ("above_knee", "below_knee") and _one_side_told(norm):
            found["both_legs"] = False  # "down the back of my left thigh to the knee" (session 41I)
        numb = _story_numbness(clauses, norm)
        if numb is not None:
            found["leg_numbness"] = numb
        weakness = _story_weakness(text, norm)
        if weakness:
            found["leg_weakness"] = weakness
        band = _story_age(norm) or _story_birth_year(text, today)
        if band:
            found["age_band"] = band
        osteo = evaluate(text, _OSTEO)
        if "osteo" in osteo.positive_topics and not _steroid_local_told(text, norm):
            found["osteoporosis_or_steroids"] = True  # a local cortisone only is asked (session 43A2)
        elif "osteo" in osteo.negated_topics:
            found["osteoporosis_or_steroids"] = False
        stiff = evaluate(text, _STIFF_MORNING)
        if "stiff" in stiff.positive_topics or any(_STORY_STIFF.search(s) for s in norm.split(" . ")):
            found["morning_stiffness"] = _story_stiff_length(norm) is not False  # a few minutes told: no (session 45A6)
        elif "stiff" in stiff.negated_topics:
            found["morning_stiffness"] = False
        flags = evaluate(text, RED_FLAG_RULES)
        for slot in RED_FLAG_SLOTS:
            neg = _NEG_RED_FLAG.get(slot)
            if slot in flags.negated_topics or (neg is not None and neg.search(norm)):
                found[slot] = False
        if _CANCER_WORD.search(norm) and _RELATIVE.search(norm) and _NOT_ME_STORY.search(norm):
            found["cancer_history"] = False  # "my mother had bone cancer, not me"
        positives = dict(red)
        if _NIGHT_STORY.search(norm):
            positives["night_pain"] = True
        if _weight_on_purpose(norm):
            positives.pop("weight_loss", None)  # "5 kilo afgevallen maar dat is bewust"
            found["weight_loss"] = False
        if "both_legs" in positives and found.get("both_legs") is False:
            del found["both_legs"]
        merge(found, positives)
    except Exception:  # pragma: no cover - defensive
        return found
    return found


_CORRECTION_RE = _words("CORRECTION", r"\b(?:{})\b")
_CORRECTION_PLAIN = _skeleton(r"^{ACTUALLY} ?,? ?{PLAIN_ANSWER}? ?[.,]?$|{CORRECTION_PLAIN}")
# ("no sorry, its been 4 weeks": an apology between the no and the statement)
_NO_THEN_STATEMENT = _skeleton(
    r"^{NO_OPEN}\b ?[.,]? ?(?:{SORRY}\b ?[.,]? ?)?{NO_THEN_SUBJECT}\b (?:\w+ ){0,2}?{NO_THEN_VERB}\b"
)
_NO_THEN_NEGATIVE = _words("NO_THEN_NEGATIVE", r"\b(?:{})\b")


_FILLER_START = _skeleton(r"^(?:{FILLER}(?: ,)? (?:\. )?)+")
# "3 weeks not 3 days", "boven de knie, niet onder": a value set against another
_VALUE_NOT_VALUE = _skeleton(
    r"\b(?:\d+|{SMALL_NUMBER}) (?:\w+ )?,? {VNV_NOT} (?:\d+|{SMALL_NUMBER})\b"
    r"|\b{PLACE}\b(?: \w+){0,2} ,? {VNV_NOT_SHORT} (?:\w+ )?{PLACE}\b"
)
_SORRY_START = _skeleton(r"^{SORRY}(?: ,)? (?:\. )?(?P<rest>.+)$")


def correction_cue(text: Any) -> bool:
    """True when the message explicitly corrects an earlier answer.

    "no, it goes below the knee", "actually it was a fall", "sorry I meant 3
    weeks", "wait, it's been 2 months", "nee, het is al 3 weken", "eigenlijk is
    het na een val", "oeps, ik bedoelde", "correctie:". A plain answer ("no",
    "no, only my back", "eigenlijk niet") is False. Never raises.
    """
    text = _street(text)
    try:
        norm = normalise(text)
        if not norm:
            return False
        norm = _FILLER_START.sub("", norm)
        if _CORRECTION_PLAIN.search(norm):
            return False
        if _CORRECTION_RE.search(norm) or _VALUE_NOT_VALUE.search(norm):
            return True
        m = _SORRY_START.match(norm)
        if m and parse_yes_no(m.group("rest")) is None and not _UNSURE_WORD.search(m.group("rest")):
            return True  # "sorry, 3 weeks": a new value after an apology
        m = _NO_THEN_STATEMENT.search(norm)
        if m and not _NO_THEN_NEGATIVE.search(norm[m.start():]):
            return True
        return False
    except Exception:  # pragma: no cover - defensive
        return False
