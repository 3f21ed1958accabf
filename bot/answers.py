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

import re
from datetime import date
from typing import Any, Callable, Dict, List, Optional, Tuple, Union

from bot import lang
from bot import text as _text
from bot.redflags import (
    AREA,
    LEG_NUMB,
    MAX_CHARS,
    RED_FLAG_RULES,
    WEAK,
    evaluate,
    find_red_flags,
    local_clause,
    make_rules,
    merge,
    normalise,
)

__all__ = [
    "AGE_BAND_VALUES",
    "BOOL_VALUES",
    "BUTTON_PAYLOADS",
    "BUTTON_PAYLOADS_NL",
    "CLARIFICATION_SLOTS",
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



def _words(name: str, fmt: str = "{}") -> re.Pattern[str]:
    """One pattern of every pack's alternatives for ``name`` (bot/lang/<code>/answers.py)."""
    return re.compile(fmt.format("|".join(lang.merged("answers", name))))


_UNSURE_RE = _words("UNSURE_PHRASES", r"\b(?:{})\b")
_NO_PHRASE_RE = _words("NO_PHRASES", r"\b(?:{})\b")
_YES_PHRASE_RE = _words("YES_PHRASES", r"\b(?:{})\b")
_YES_TOKEN = _words("YES_TOKENS", "(?:{})")
_YES_EXACT = lang.merged("answers", "YES_EXACT")
_NO_TOKEN_STRONG = _words("NO_TOKENS_STRONG", "(?:{})")
_NO_TOKEN_WEAK = _words("NO_TOKENS_WEAK", "(?:{})")


# --------------------------------------------------------------------------
# Street spelling: phone English and Flemish/Dutch spoken forms, rewritten first
# --------------------------------------------------------------------------

# word -> standard form (whole words, any case); emoji and punctuation are kept
# word -> standard form (whole words, any case); emoji and punctuation are kept
_STREET_WORDS: Dict[str, str] = lang.merged("answers", "STREET_WORDS")
_STREET_PHRASES: Tuple[Tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p, re.IGNORECASE), r) for p, r in lang.merged("answers", "STREET_PHRASES")
)
_STREET_WORD_RE = re.compile(r"(?<![\w'])(" + "|".join(sorted(map(re.escape, _STREET_WORDS), key=len, reverse=True))
                             + r")(?![\w'])", re.IGNORECASE)
# "n" between two words is "and" ("ye a bit n its in my toes"); a bare "n" stays a no
_STREET_N = re.compile(r"(?<=[a-z] )n(?= [a-z])", re.IGNORECASE)


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
        for pattern, repl in _STREET_PHRASES:
            out = pattern.sub(repl, out)
        out = _STREET_N.sub("and", out)
        out = _STREET_WORD_RE.sub(lambda m: _STREET_WORDS.get(m.group(1).lower(), m.group(1)), out)
        return out
    except Exception:  # pragma: no cover - defensive
        return text


_BARE_UNSURE = re.compile(
    r"^(?:i |ik |k )?(?:cant|cannot|can not|couldnt|could not|kan|kon) (?:ik |i )?(?:really |echt |niet |nie "
    r"|not )*(?:say|tell|zeggen|goed zeggen|zeggen eigenlijk)(?: (?:really|for sure|tbh|honestly|echt|eigenlijk"
    r"|zo|hoor))*$"
)


def _tokens(norm: str) -> List[str]:
    return [tok for tok in norm.split() if tok not in (".", ",")]


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
        if _BARE_UNSURE.match(re.sub(r"[^\w\s]", "", text.lower()).strip()):
            return UNSURE  # "can't say", "kan ik niet zeggen" on their own
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
        if _NO_PHRASE_RE.search(norm) and not _YES_TOKEN.fullmatch(tokens[0]):
            return False
        first = tokens[0]
        second = tokens[1] if len(tokens) > 1 else ""
        if _YES_TOKEN.fullmatch(first) and first not in ("wel", "zeker"):
            if second and (_NO_TOKEN_STRONG.fullmatch(second) or second in ("niet", "not")):
                return UNSURE  # "ja nee", "yes no"
            return True
        if _NO_TOKEN_STRONG.fullmatch(first) or (first in ("niet", "not", "geen", "none") and len(tokens) <= 3):
            if second and _YES_TOKEN.fullmatch(second) and second not in ("wel", "zeker", "j", "y"):
                return UNSURE  # "no yes"
            return False
        if (
            _YES_PHRASE_RE.search(norm)
            or norm in _YES_EXACT
            or (first in ("wel", "zeker") and second != "niet")
        ):
            return True
        yes_any = any(_YES_TOKEN.fullmatch(t) for t in tokens if len(t) > 1 and t not in ("wel", "zeker", "ya"))
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
# Vocabulary rules (same engine as bot.redflags: negation-aware)
# --------------------------------------------------------------------------

_LEG_WORDS = re.compile(
    r"\b(?:leg|legs|foot|feet|toe|toes|calf|calves|thigh|thighs|knee|knees|shin|shins|ankle|ankles|heel|heels"
    r"|been|benen|voet|voeten|teen|tenen|kuit|kuiten|dij|dijen|knie|knieen|scheen|schenen|enkel|enkels|hiel"
    r"|bovenbeen|onderbeen|bovenbenen|onderbenen|linkerbeen|rechterbeen|linkervoet|rechtervoet)\b"
)
_AREA_RE = re.compile(rf"\b{AREA}\b")


def _not_saddle(seg: str, m: re.Match[str]) -> bool:
    """Skip numbness words that are about the saddle area ("my bum is numb")."""
    return bool(_AREA_RE.search(local_clause(seg, m)))


_NUMB_RULES = make_rules(
    "numb",
    {"leg_numbness": True},
    [
        rf"\b{LEG_NUMB}\b",
        r"\bdead\b(?! tired)",
        r"\bvoel\w* (?:\w+ ){0,3}?(?:been|benen|voet|voeten|tenen|teen|kuit|dij|scheen|onderbeen|bovenbeen"
        r"|linkerbeen|rechterbeen|linkervoet|rechtervoet) (?:\w+ ){0,2}?(?:niet|nauwelijks|amper|minder|slecht)\b",
        r"\bnumbness\b|\bgevoelloosheid\b",
    ],
    _not_saddle,
)

_BELOW = make_rules(
    "below",
    {"leg_pain": "below_knee"},
    [
        r"\b(?:below|under|underneath|beneath|past|onder|voorbij|lager dan|tot onder|verder dan) "
        r"(?:the |my |de |mijn |mn |m )?(?:knee|knees|knie|knieen)\b",
        r"\b(?:(?:linker|rechter)(?:kuit|voet|enkel|scheen|onderbeen|teen|tenen|hiel|wreef)"
        r"|lower legs?|onderbe(?:en|nen)|calf|calves|kuit|kuiten|shin|shins|scheen|schenen|ankles?|foot|feet|voet"
        r"|voeten|toes?|teen|tenen|heels|hiel|hielen|soles?|voetzool|zool|instep|wreef|achillespees)\b",
        r"\b(?:my|the) heel\b",
        r"\b(?:mijn|mn|m|de|aan|rond|naar|bij|tot|in) enkels?\b",
        r"\b(?:whole|entire|full) leg\b|\ball the way down\b|\ball down (?:my|the) leg\b",
        r"\b(?:heel|hele|gans|gans mijn|helemaal) (?:mijn |mn |m |het |de )?been\b",
        r"\btot (?:helemaal )?beneden\b|\bhelemaal naar beneden\b|\btot in de grond\b",
    ],
)
_ABOVE = make_rules(
    "above",
    {"leg_pain": "above_knee"},
    [
        r"\b(?:above|boven|tot aan|up to|to|till|until|tot|at|in|into|round|around|near|rond|bij|in de buurt van"
        r"|naar) (?:the |my |de |mijn |mn |m )?(?:knee|knees|knie|knieen)\b",
        r"\b(?:upper legs?|bovenbe(?:en|nen)|thighs?|dij|dijen|dijbeen|buttocks?|bum|butt|bil|billen|hips?|heup"
        r"|heupen|groin|hamstrings?|lies|liesstreek|(?:linker|rechter)(?:bil|heup|dij|bovenbeen|lies)|bilspier\w*"
        r"|zitbeen|backside|glutes?)\b",
        r"\b(?:knee|knie)\b",
    ],
)
_LEG_PAIN_NONE = re.compile(
    r"\b(?:only|just|alleen|enkel|maar|gewoon|solely|purely) (?:in |into )?(?:my |the |mijn |mn |m |de )?"
    r"(?:lower |low |lage |onder)?(?:back|rug|onderrug)\b"
    r"|\bno leg pain\b|\bgeen beenpijn\b|\bgeen pijn in (?:mijn |mn |m |de )?(?:been|benen)\b"
    r"|\bno pain in (?:my |the )?legs?\b|\b(?:stays|stay|blijft|zit) (?:\w+ )?(?:in )?(?:my |the |mijn |mn |de )?"
    r"(?:lower )?(?:back|rug)\b|\b(?:not|niet|nie) (?:in|into|down|naar) (?:my |the |mijn |mn |de )?"
    r"(?:legs?|been|benen)\b|\b(?:doesnt|dont) (?:go|spread|radiate|travel|shoot)\w*\b|\bstraalt (?:\w+ )?niet\b"
    r"|\bgeen uitstraling\b|\bnone\b|\bgeen\b"
    r"|\b(?:legs?|been|benen) (?:\w+ ){0,2}?(?:are|is|zijn|feel|feels|voelen|voelt)? ?(?:fine|ok|okay|good|goed|prima"
    r"|normal|normaal|alright|all right)\b|\b(?:nothing|niks|niets) in (?:my |the |mijn |de )?(?:legs?|been|benen)\b"
)
_PAIN_CONTEXT = re.compile(
    r"\b(?:pain\w*|hurt\w*|ache\w*|aching|sore|shoot\w*|radiat\w*|spread\w*|goes down|runs down|travels"
    r"|sciatica|pijn\w*|doet pijn|straalt|uitstral\w*|trekt|schiet\w*|zeurt|zeur\w*|ischias|zenuwpijn)\b"
)

_BOTH = make_rules(
    "both",
    {"both_legs": True},
    [
        r"\bboth\b|\bbeide\w*|\ballebei\w*|\balle twee\b|\b(?:twee|2|two) (?:legs|benen|voeten|feet)\b",
        r"\bleftright\b|\blinksrechts\b|\b(?:my|the|mijn|mn|m|de) (?:legs|feet|benen|voeten)\b",
        r"\blegs\b|\bbenen\b|\bweerszijden\b|\bbeide kanten\b",
    ],
)
_BOTH_EXPLICIT = make_rules(
    "both",
    {"both_legs": True},
    [
        r"\bboth (?:of )?(?:my |the )?(?:legs|feet|leg|sides)\b|\b(?:beide|allebei|allebeide|alle twee|twee|2)"
        r" (?:mijn |mn |m |de )?(?:benen|voeten|been|kanten)\b|\bleftright\b|\blinksrechts\b",
    ],
)
_ONE_LEG = re.compile(
    r"\b(?:only|just|alleen|enkel|maar|slechts) (?:in )?(?:\w+ ){0,2}?(?:one|een|1|left|right|links|rechts"
    r"|linker\w*|rechter\w*|linkse|rechtse|linksen|rechtsen)\b|\b(?:one|een|1|single) (?:leg|side|foot|been|kant"
    r"|zijde|voet)\b|\b(?:left|right|links|rechts|linkerbeen|rechterbeen|linker|rechter|linkerkant|rechterkant"
    r"|linkse|rechtse)\b|\bone\b"
)
_LEFT = _words("LEFT", r"\b(?:{})\b")
_RIGHT = _words("RIGHT", r"\b(?:{})\b")

_WEAK_RULES = make_rules("weak", {}, [rf"\b{WEAK}\b", r"\bweakness\b|\bzwakte\b|\bkrachtverlies\b"])
_WORSE_RULES = make_rules(
    "worse",
    {"leg_weakness": "worsening"},
    [
        r"\b(?:worse|worsening|worsens|weaker|erger|verergert|verergerd|achteruit|zwakker|slapper"
        r"|progressive\w*|progressing|increasing\w*|toenemend|toeneemt|neemt toe|more and more|meer en meer"
        r"|steeds erger|steeds zwakker)\b",
    ],
)
_STABLE = re.compile(
    r"\b(?:stable|stabiel|not (?:getting |any )?worse|no worse|hasnt got(?:ten)? worse|isnt getting worse"
    r"|same|unchanged|hetzelfde|onveranderd|niet (?:\w+ )?(?:erger|slechter|zwakker)|gelijk(?: gebleven)?"
    r"|steady|constant|blijft gelijk|not changing|verandert niet)\b"
)
_WEAKNESS_NONE = re.compile(
    r"\b(?:no weakness|geen zwakte|geen krachtverlies|not weak|niet zwak|strong|sterk|normal strength"
    r"|normale kracht|full strength|volle kracht|fine|prima|normaal|normal)\b"
)

_SUDDEN = make_rules(
    "sudden",
    {"onset": "sudden_movement"},
    [
        r"\b(?:lift\w*|picked up|picking up|pick up|picks up|carr(?:y|ied|ying)|bent|bend\w*|twist\w*|turned"
        r"|turning|reach\w*|sneez\w*|cough\w*|push\w*|pull\w*|heav\w*|shovel\w*|deadlift\w*|jerk\w*"
        r"|sudden\w*|all of a sudden|in one go|snapped|shot|tweak\w*|awkward\w*|wrong movement|strained"
        r"|moving (?:furniture|house|boxes)|moved (?:furniture|house|boxes)|stooped|stooping|squat\w*)\b",
        r"\b(?:til|tillen|tilde|tilden|getild|opgetild|optillen|optilde|optilden|ophief|opgeheven|bukken|bukte"
        r"|bukten|gebukt|draaien|draaide|gedraaid|verdraaid|verdraaide|omdraaien|verkeerde beweging"
        r"|verkeerd bewogen|verkeerd (?:getild|gebukt|gedraaid|gezet|opgetild)|schoot|geschoten|spit"
        r"|heksenschot|plots\w*|plotseling|ineens|opeens|in een keer|in een ruk|niezen|niesde|nies|hoesten"
        r"|hoestte|verhuizen|verhuisd|verhuis|sjouwen|sjouwde|gesjouwd|dragen|droeg|gedragen|trekken|trok"
        r"|getrokken|duwen|duwde|geduwd|verrekt|verrekking|zwaar (?:gewicht|werk)|schoppen|scheppen)\b",
        # a lift told as a story: "picking my daughter up", "pick the baby up"
        r"\b(?:pick\w*|lift\w*|haul\w*|heav\w*) (?:\w+ ){1,3}?up\b",
        # the moment the back went: "felt something go twang", "my back went", "put my back out"
        r"\b(?:twang\w*|ping\w*|pinged|popped|pop|click\w*|crick\w*|rick\w*|snap\w*|twinge|jolt\w*"
        r"|seiz\w* up|locked up|lock\w* up|gave out|gone out|went out|put (?:my |me )?back out|pulled (?:a |my )"
        r"(?:muscle|back)|overdid it|overdone it|jarred|jarring|wrenched|ricked|tweaked)\b",
        r"\b(?:back|it) (?:\w+ ){0,2}?(?:went|gone|goes|gave)(?: (?:out|on me|ping|pop|twang|click|crack))?"
        r"(?= *$| *[.,]| and| but| then| now| after| when| while)",
        # everyday movements: socks and shoes, the boot of the car, standing up
        r"\b(?:putting|put|pulling|pull|getting|get|got|tying|tie|doing) (?:\w+ ){0,2}?(?:socks?|shoes?|boots?|trousers"
        r"|pants|tights|laces|shoelaces|jeans)\b",
        r"\b(?:boot|trunk) of (?:the |my )?car\b|\b(?:stood|standing|stand|got|getting|get) up (?:\w+ )?"
        r"(?:from|out of|off)\b|\b(?:getting|got|get) out of (?:the |my )?(?:car|bed|chair|bath)\b",
        r"\b(?:digging|dug|swing\w*|swung|lunge\w*|stretch\w*|deadlift\w*|squat\w*|jumped|jumping)\b",
        # an activity, when it is told as the moment ("while hoovering", "aan het sporten", "tijdens het tennissen")
        r"\b(?:while|whilst|when|during|after|at|was|were|from|doing|playing|bij|tijdens|na|aan|toen|terwijl|van)"
        r" (?:\w+ ){0,2}?(?:hoover\w*|vacuum\w*|mopping|gardening|weeding|loading|unloading|golf\w*|yoga|gym|workout"
        r"|work out|working out|tennis|padel|football|rugby|dancing|sport\w*|fitness\w*|voetbal\w*|tennissen"
        r"|padellen|golfen|dansen|squashen|badmintonnen|hockeyen|volleybal\w*|basketbal\w*|crossfit|stofzuig\w*"
        r"|tuinieren|tuinwerk|gewichtheffen|hardlopen)\b",
        # Dutch and Flemish
        r"\b(?:opheffen|ophef|hief|heffen|hefte|geheven|reiken|reikte|gereikt|strekken|strekte|rekken|rekte"
        r"|rechtkomen|rechtkwam|rechtstaan|rechtstond|opstaan|opstond|opgestaan|omhoogkomen|omhoog komen"
        r"|spitten|spitte|gespit|springen|sprong|gesprongen|draai|draaitje|wending"
        r"|krak|krakje|kraak|kraakte|knak|knakte|klik|klikte|plop|plopte|scheut|schoot vast|zat vast|vastgezet"
        r"|geblokkeerd|blokkeerde|blokkeren|klem|verkeerd (?:bewogen|gezeten|gelegen|gestaan))\b",
        r"\b(?:sokken|schoenen|laarzen|broek|veters) (?:\w+ ){0,2}?(?:aandoen|aandeed|aantrekken|aantrok|uittrekken"
        r"|strikken|strikte|aan te doen|aan te trekken)\b|\b(?:schoot|schiet|geschoten) (?:het |er |t |in )?(?:in|erin)\b",
        r"\b(?:getting|got|get|taking|took|take|putting|put|pulling|pulled|emptying|emptied|loading|loaded) (?:\w+ ){0,3}?"
        r"(?:out of|into|in|from|off|onto|on|under) (?:the |my |a )?(?:dishwasher|washing machine|washer|dryer|oven"
        r"|cupboard|boot|trunk|car|bath|fridge|freezer|floor|shelf|cot|crib|bed|pram|buggy|trolley|car seat)\b",
        r"\b(?:move|moving|moved|shift\w*|carr(?:y|ied|ying)|lug\w*|haul\w*|drag\w*) (?:\w+ ){0,2}?(?:sofa|couch"
        r"|furniture|fridge|bed|wardrobe|boxes|box|table|piano|mattress|washing machine|tv|desk)\b",
        r"\b(?:vertild\w*|vertillen|door (?:mijn |mn |m |de )?rug (?:gegaan|gezakt))\b",
        # Dutch: something out of the boot, the dishwasher, off the floor ("uit de kofferbak pakte")
        r"\b(?:uit|in|van|op|onder) (?:de |het |mijn |mn |den )?(?:kofferbak|koffer|vaatwasser|afwasmachine"
        r"|wasmachine|droogkast|droogtrommel|onderste kast|kast|auto|wagen|grond|vloer|bad|bed|box|kinderwagen"
        r"|autostoel|maxicosi)(?: \w+){0,2}? (?:pakte|pakken|gepakt|haalde|halen|gehaald|nam|nemen|genomen|zette"
        r"|zetten|gezet|legde|leggen|gelegd|tilde|tillen|getild|hief|heffen|raapte|rapen|opraapte|trok|trekken)\b",
        r"\b(?:pakte|pakken|gepakt|haalde|halen|gehaald|nam|nemen|zette|zetten|legde|leggen|tilde|tillen|raapte"
        r"|trok) (?:\w+ ){0,4}?(?:uit|in|van|op|onder) (?:de |het |mijn |mn )?(?:kofferbak|koffer|vaatwasser"
        r"|afwasmachine|wasmachine|droogkast|kast|auto|wagen|grond|vloer|bad|bed|box|kinderwagen|autostoel)\b",
        r"\b(?:koffer|kofferbak) (?:\w+ ){0,3}?(?:auto|wagen)\b|\buit (?:de |mijn )?(?:auto|wagen|zetel|stoel|bed)"
        r" (?:stappen|stapte|gestapt|komen|kwam)\b",
    ],
)
_SUDDEN_ANCHORED = make_rules(
    "sudden",
    {"onset": "sudden_movement"},
    [
        r"\b(?:started|starts|start|began|begin|begon|begonnen|begint|kwam|came|happened|gebeurde|gebeurd"
        r"|since|sinds|after|na|when|toen|while|tijdens|bij het|by)\b (?:\w+ ){0,6}?"
        r"(?:lift\w*|picked up|picking up|bent|bending|twist\w*|turned|reach\w*|sneez\w*|carr(?:y|ied|ying)"
        r"|moving|moved|shovel\w*|deadlift\w*|pull\w*|push\w*|til|tillen|tilde|getild|opgetild|optillen"
        r"|optilde|bukken|bukte|gebukt|draaide|gedraaid|verdraaid|sjouw\w*|gesjouwd|verhuiz\w*|niesde|niezen"
        r"|hoestte|verkeerde beweging|verkeerd bewogen)\b",
    ],
)
_TRAUMA_LOOSE = make_rules(
    "trauma",
    {"onset": "trauma"},
    [
        r"\b(?:fall|falls|fell|fallen|val|vallen|viel|gevallen|accident|ongeval|ongeluk|trauma|blow|klap|slag"
        r"|stoot|crash|botsing|aanrijding|collision|injury|knock|tackle|tackled|slipped|uitgegleden|uitgeschoven"
        r"|assault\w*|attacked|punched|kicked|beaten up|mugged|rear ended|whiplash|aangereden|aangevallen"
        r"|geschopt|geslagen|in elkaar geslagen|onderuit gegaan|onderuitgegaan|gestruikeld)\b",
        r"\b(?:hit|struck|kicked|punched|rammed|smacked|whacked|slammed|knocked) (?:me|my back|my spine|into me"
        r"|me over|me down)\b|\b(?:got|was|been|been) (?:hit|struck|kicked|punched|knocked (?:over|down)|run over)\b"
        r"|\b(?:kreeg|kregen|gekregen) (?:\w+ ){0,2}?(?:klap|slag|stoot|trap|schop|duw)\b"
        r"|\b(?:sloeg|schopte|duwde|raakte) (?:me|mij|mijn rug)\b",
    ],
)
_GRADUAL = re.compile(
    r"\b(?:gradual\w*|slowly|slow|little by little|bit by bit|over (?:time|weeks|months|the years|days|years)"
    r"|crept|creeping|came on (?:by )?itself|on its own|by itself|out of nowhere|just (?:came|started|happened"
    r"|appeared|began)|unsure|noreason|nothing (?:special|particular|specific|happened)|geleidelijk\w*"
    r"|langzaam\w*|beetje bij beetje|stilaan|stilletjesaan|gaandeweg|sluipend\w*|vanzelf|zomaar|uit het niets"
    r"|geen aanleiding|kwam gewoon|gewoon gekomen|uit zichzelf|van lieverlede|met de tijd|over de jaren"
    r"|niets gebeurd|niks gebeurd|no clear cause|geen duidelijke oorzaak|geleidelijk aan|traag|stukje bij beetje"
    r"|i dont know|dont know how|no idea|stilaan|crept up|creeped up|creeping up|built up|build up|building up"
    r"|no (?:specific|particular|special|real|one|single|certain) (?:thing|moment|event|trigger|incident|reason)"
    r"|nothing (?:specific|in particular|special)|didnt do anything|did nothing|niks (?:speciaals|bijzonders)"
    r"|niets (?:speciaals|bijzonders)|geen (?:specifiek|bepaald|speciaal) (?:moment|iets)"
    r"|came on (?:over|during|in the)|woke up with|woke with|werd (?:er )?wakker mee|wakker (?:\w+ )?mee"
    r"|no (?:specific |particular |clear )?(?:moment|trigger|injury)|geen (?:bepaald |speciaal )?moment"
    r"|not (?:after|from) anything|nothing (?:in particular|specific)|niet plots|not sudden\w*|no idea how"
    r"|weet niet hoe|geen idee hoe|unsure hoe|unsure how|erin geslopen|ingeslopen|opgebouwd|langzaam aan)\b"
)

_OSTEO = make_rules(
    "osteo",
    {"osteoporosis_or_steroids": True},
    [
        r"\b(?:osteopor\w*|osteopeni\w*|botontkalking|brittle bones|broze botten|bone (?:thinning|loss)"
        r"|thin bones|weak bones|zwakke botten|steroid\w*|cortico\w*|cortison\w*|cortisone|kortison\w*"
        r"|prednis\w*|medrol|dexameth\w*|hydrocortis\w*|methylpred\w*|botdichtheid|bone density)\b",
    ],
)
_STIFF = make_rules(
    "stiff",
    {"morning_stiffness": True},
    [r"\b(?:stiff\w*|stijf\w*|stram\w*|ochtendstijfheid|rusty|roestig|verstijfd)\b"],
)
_STIFF_MORNING = make_rules(
    "stiff",
    {"morning_stiffness": True},
    [
        r"\b(?:stiff\w*|stijf\w*|stram\w*) (?:\w+ ){0,4}?(?:morning|mornings|wake|waking|get up|getting up"
        r"|ochtend\w*|s morgens|smorgens|morgens|opstaan|wakker)\b",
        r"\b(?:morning|mornings|ochtend\w*|s morgens|smorgens|morgens|opstaan|wake up|waking up) (?:\w+ ){0,4}?"
        r"(?:stiff\w*|stijf\w*|stram\w*)\b",
        r"\b(?:morning stiffness|ochtendstijfheid)\b",
    ],
)

_FINE = re.compile(
    r"\b(?:fine|normal|normaal|ok|okay|oke|goed|prima|all good|no problems?|geen problemen|geen probleem"
    r"|niks aan de hand|niets aan de hand|gewoon|as usual|zoals altijd|never had|nooit gehad)\b"
)

# extra positive words that mean yes only in answer to that slot's question
_CONTEXT_TRUE: Dict[str, re.Pattern[str]] = {
    "saddle_numbness": re.compile(rf"\b(?:{LEG_NUMB})\b"),
    "bladder_bowel": re.compile(
        r"\b(?:leak\w*|lek\w*|dribbl\w*|druppel\w*|cant hold|can hardly hold|kan (?:het |mijn plas )?niet"
        r" (?:meer )?ophouden|ophouden lukt niet|accidents?|ongelukje\w*|strain\w*|persen|trouble|difficult\w*"
        r"|moeite|moeilijk|incontinent\w*|cant go|lukt niet)\b"
    ),
    "fever": re.compile(
        r"\b(?:hot and cold|warm en koud|sweaty|bezweet|shivery|zweterig|(?:3[89]|4[0-2])(?:point\d+)?"
        r"(?: ?(?:degrees|graden|c))?)\b"
    ),
    "cancer_history": re.compile(
        r"\b(?:breast|prostate|skin|lung|bowel|colon|bladder|kidney|blood|borst|prostaat|huid|long|darm|blaas"
        r"|nier|bloed|in remission|in remissie|genezen verklaard|so did i|me too|me as well|i did too|ik ook"
        r"|ikzelf ook|ook bij mij)\b"
    ),
    "weight_loss": re.compile(
        r"\b(?:\d+ ?(?:kg|kgs|kilo|kilos|kilogram|pounds|lbs|stone|pond)|a few kilos|some kilos|een paar kilo"
        r"|paar kilo|kilos|lighter|lichter|thinner|dunner|magerder|mager)\b"
    ),
    "night_pain": re.compile(
        r"\b(?:all night|hele nacht|de hele nacht|constant\w*|continu\w*|keeps? me awake|wakker|whatever position"
        r"|geen (?:enkele )?houding|nothing helps|niets helpt|niks helpt|doesnt go away|gaat niet weg|every night"
        r"|elke nacht|iedere nacht|always|altijd)\b"
    ),
}
_NIGHT_MECH_FALSE = re.compile(
    r"\b(?:only when i (?:turn|move|roll)|when i turn|turning over|alleen als ik (?:draai|beweeg|me omdraai)"
    r"|als ik (?:me )?(?:om)?draai|bij het (?:om)?draaien|when i move|als ik beweeg)\b"
)

# --------------------------------------------------------------------------
# Parsers per slot
# --------------------------------------------------------------------------


def _flag(slot: str, text: Any) -> Any:
    return find_red_flags(text).get(slot)


def _parse_bool(slot: str, text: Any, positive_rules: Tuple = ()) -> Optional[bool]:
    """Positive words first (safe), then yes/no/not sure, then negations."""
    if slot == "weight_loss" and _weight_on_purpose(normalise(text)):
        return False  # "lost 5 kg but that's on purpose", "4 kilo kwijt maar dat is bewust"
    if slot == "cancer_history":
        norm = normalise(text)
        if _RELATIVE.search(norm) and _NOT_ME.search(norm) and not _SELF_YES.search(norm):
            return False  # "my aunt did but not me", "nee, alleen mijn vader"
    flags = evaluate(text, RED_FLAG_RULES)
    if flags.positive.get(slot) is True:
        return True
    ev = evaluate(text, positive_rules) if positive_rules else None
    if ev is not None and ev.positive.get(slot) is True:
        return True
    norm = normalise(text)
    context = _CONTEXT_TRUE.get(slot)
    yes_no = parse_yes_no(text)
    if context is not None and context.search(norm) and yes_no is not False:
        return True
    if yes_no is not None:
        return True if yes_no == UNSURE else bool(yes_no)
    negated = set(flags.negated_topics)
    if ev is not None:
        negated |= ev.negated_topics
    if slot in negated or any(rule.topic in negated for rule in positive_rules):
        return False
    if slot == "night_pain" and _NIGHT_MECH_FALSE.search(norm):
        return False
    if _FINE.search(norm):
        return False
    return None


def _parse_onset(text: Any, today: Optional[date] = None) -> Optional[str]:
    if _flag("onset", text) == "trauma":
        return "trauma"
    ev = evaluate(text, tuple(_TRAUMA_LOOSE) + tuple(_SUDDEN))
    if "trauma" in ev.positive_topics:
        return "trauma"
    if "sudden" in ev.positive_topics:
        return "sudden_movement"
    if _GRADUAL.search(normalise(text)):
        return "gradual"
    return None


def _parse_leg_pain(text: Any, today: Optional[date] = None) -> Optional[str]:
    ev = evaluate(text, tuple(_BELOW) + tuple(_ABOVE))
    if "below" in ev.positive_topics:
        return "below_knee"
    if "above" in ev.positive_topics:
        return "above_knee"
    if ev.negated_topics:
        return None  # "not below the knee": how far is unclear, ask again
    norm = normalise(text)
    if _LEG_PAIN_NONE.search(norm):
        return "none"
    if parse_yes_no(text) is False:
        return "none"
    return None  # a bare "yes" (how far?) or "not sure": ask again with the buttons


def _parse_both_legs(text: Any, today: Optional[date] = None) -> Optional[bool]:
    ev = evaluate(text, _BOTH)
    if "both" in ev.positive_topics:
        return True
    norm = normalise(text)
    if _LEFT.search(norm) and _RIGHT.search(norm):
        return True
    if _ONE_LEG.search(norm) or "both" in ev.negated_topics:
        return False
    flags = find_red_flags(text)
    if flags.get("both_legs") is True:
        return True
    return _yes_no_safe(text)


def _parse_leg_numbness(text: Any, today: Optional[date] = None) -> Optional[bool]:
    return _parse_bool("leg_numbness", text, tuple(_NUMB_RULES))


# "not getting worse", "the same as last week", "nie erger": a stable cue, masked as "stable" so
# that the worsening words inside it ("worse", "erger") are not read as worsening
_STABLE_MASK = re.compile(
    r"\b(?:isnt|not|niet|no|hasnt|havent|never|nooit|wasnt|doesnt|didnt|geen|arent)(?: \w+){0,2}? (?:worse|erger"
    r"|slechter|weaker|verergerd|verergert|verergeren|achteruit\w*|changing|changed|veranderd|verandert"
    r"|veranderen|progressing|worsening)\b"
    r"|(?<!not )(?<!niet )(?<!isnt )(?<!arent )\b(?:the same|same|hetzelfde|zelfde|unchanged|onveranderd|stable"
    r"|stabiel|steady|gelijk gebleven|blijft gelijk|no change|geen verandering|nothing changed|niks veranderd"
    r"|niets veranderd|zoals (?:vorige|verleden) week|as (?:before|last week))\b"
)
# "slightly weaker", "een beetje zwakker": a hedged comparative says weak, not worse
_HEDGED_WEAKER = re.compile(
    r"\b(slightly|a little|a little bit|a bit|bit|een beetje|beetje|iets|wat|lichtjes|somewhat|kind of|sort of"
    r"|een klein beetje|ietsje) (weaker|zwakker|slapper|krachtelozer)\b"
)


def _weakness_text(text: Any) -> str:
    norm = normalise(text)
    norm = _HEDGED_WEAKER.sub(lambda m: m.group(1) + (" weak" if m.group(2) == "weaker" else " zwak"), norm)
    return _STABLE_MASK.sub("stable", norm)


def _parse_leg_weakness(text: Any, today: Optional[date] = None) -> Optional[str]:
    """worsening (signs such as a dragging foot, or weaker/worse) > stable > none; hedges are not worse."""
    masked = _weakness_text(text)
    flags = find_red_flags(masked)
    if flags.get("leg_weakness") == "worsening" or _WORSE_SIGN.search(masked):
        return "worsening"
    weak = evaluate(text, _WEAK_RULES)
    norm = normalise(text)
    if "weak" in weak.negated_topics and "weak" not in weak.positive_topics:
        return "none"
    if flags.get("leg_weakness") == "stable" or _STABLE.search(masked):
        return "stable"
    worse = evaluate(masked, _WORSE_RULES)
    if "worse" in worse.positive_topics:
        return "worsening"
    if _WEAKNESS_NONE.search(norm):
        return "none"
    if parse_yes_no(text) is False:
        return "none"
    return None  # "yes" / "a bit weak": stable or worse is unknown, ask again with the buttons


def _parse_age_band(text: Any, today: Optional[date] = None) -> Optional[str]:
    return age_band_of(text, today)


def _parse_duration(text: Any, today: Optional[date] = None) -> Optional[int]:
    try:
        from bot.duration import parse_duration  # lazy: written by another module
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
# threshold ("maybe 5-10 mins then im fine" is no; "half an hour", "an hour" are yes).
_STIFF_MINUTES = re.compile(r"\b(\d{1,3})(?:\s*(?:-|to|tot|a|à|or|of)\s*(\d{1,3}))?\s*(?:min|mins|minutes?|minuten|minuutjes?|minuut)\b")
_STIFF_HOURS = re.compile(r"\b(?:half an hour|half hour|halfuur|half uur|an hour|hours|hour|uur|uurtje|uren)\b")


def _parse_morning_stiffness(text: Any) -> Optional[bool]:
    norm = normalise(text)
    minutes = _STIFF_MINUTES.search(norm)
    if minutes:
        return max(int(n) for n in minutes.groups() if n) >= 30
    if _STIFF_HOURS.search(norm):
        return True
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


#: Slots whose hedged answer gives None: the follow-up of clarification_for decides
#: (and counts "not sure" as yes on a red flag), no guess.
_ASK_DONT_GUESS = ("night_pain", "cancer_history", "weight_loss", "leg_weakness", "duration_days")


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
    * ``duration_days``: ``bot.duration.parse_duration``.

    An unknown slot gives None. Never raises.
    """
    try:
        parser = _PARSERS.get(slot)
        if parser is None:
            return None
        text = _street(text)
        if slot in _ASK_DONT_GUESS and clarification_for(slot, text, today) is not None:
            return None  # "only when I turn over", "my dad had cancer": ask the follow-up
        return parser(text, today)
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
_RANGE = re.compile(r"\b(\d{1,3}) ?(?:-|–|to|tot|t/m|/) ?(\d{1,3})\b")
_PLUS = re.compile(r"\b(\d{1,3}) ?(?:\+|plus|or older|or over|of ouder|en ouder|and older|and over|jaar of ouder)")
_NEARLY = re.compile(r"\b(?:nearly|almost|bijna|bjina|nog net geen|not quite|nog geen) (\d{1,3})\b(?! (?:days?|weeks?|months?"
                     r"|dagen|weken|maanden|kg|kilo))")
_OVER = re.compile(r"\b(?:over|above|older than|ouder dan|boven de|boven|meer dan|more than|plus) (\d{1,3})\b")
_UNDER = re.compile(r"\b(?:under|below|younger than|jonger dan|onder de|onder|minder dan|less than) (\d{1,3})\b")
_AGE_CONTEXT = re.compile(
    r"\b(?:im|i am|ik ben|age|aged|leeftijd|ben|am|turned|turn|geworden|word|worden)\s*(?:is\s*)?(\d{1,3})\b"
    r"|\b(\d{1,3})\s*(?:years?|yrs?|yr|yo|y o|jaar|jr|j|jaren)\b"
)
_NUMBER = re.compile(r"\b(\d{1,4})\b")


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
    text = re.sub(r"[\u2019\u2018'`]", "", text)
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


def age_band_of(text: Any, today: Optional[date] = None) -> Optional[str]:
    """Age band of an age answer ("I'm 31", "58 jaar", "in my forties", "70+", "1950"), or None."""
    try:
        t = _age_text(text)
        if not t:
            return None
        m = _BAND_LITERAL.search(t)
        if m:
            return m.group(1)
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

_EXPLICIT_AGE = re.compile(
    r"\b(?:im|i am|ik ben)\s+(\d{1,3})(?:\s*(?:years?|yrs?|jaar|jr)(?:\s*(?:old|oud))?)?"
    r"(?=\s*(?:$|[.,;!?]|and\b|en\b|but\b|maar\b))"
    r"|\b(\d{1,3})\s*(?:years? old|yrs old|jaar oud|yo\b|y o\b)"
    r"|\b(?:aged?|leeftijd)\s*:?\s*(\d{1,3})\b"
)


def _mentioned(text: Any, requested: Optional[str], today: Optional[date]) -> Dict[str, Any]:
    """Other slots clearly mentioned in ``text`` (only positive, unambiguous findings)."""
    found: Dict[str, Any] = {}
    norm = normalise(text)
    if not norm:
        return found
    # leg pain: a level word together with pain words
    if requested != "leg_pain" and _PAIN_CONTEXT.search(norm):
        ev = evaluate(text, tuple(_BELOW) + tuple(_ABOVE))
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
        days = _parse_duration(text, today)
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

_CANCER_WORD = re.compile(
    r"\b(?:\w*cancer\w*|\w*kanker\w*|tumou?r\w*|leukemi\w*|leukaemi\w*|lymphom\w*|lymfom\w*|melanom\w*|carcinom\w*"
    r"|sarcom\w*|myelom\w*|chemo\w*|radiotherap\w*|bestraling\w*|bestraald|uitzaaiing\w*|metasta\w*"
    r"|malignan\w*|kwaadaardig\w*|gezwel\w*|oncolog\w*)\b"
)
_RELATIVE = re.compile(
    r"\b(?:mother|mum|mom|mam|mama|mommy|mummy|father|dad|daddy|papa|pa|ma|sister|brother|sis|bro|aunt|auntie"
    r"|uncle|grandma|grandmother|grandpa|grandfather|granny|gran|nan|nana|grandad|granddad|wife|husband"
    r"|partner|son|daughter|friend|mate|neighbour|neighbor|cousin|family|relative|relatives|parents?|niece"
    r"|nephew|colleague|moeder|vader|zus|zussen|zuster|broer|broers|tante|oom|nonkel|oma|opa|grootmoeder"
    r"|grootvader|vrouw|man|vriend|vriendin|zoon|dochter|buurman|buurvrouw|neef|nicht|familie|familielid"
    r"|schoonmoeder|schoonvader|schoonzus|schoonbroer|meme|pepe|bomma|bompa|moemoe|vava|ouders|collega"
    r"|mijn moe|moeke|vake|vakes|nonkels|tantes)\b"
)
_NOT_ME = re.compile(
    r"\b(?:not me|not myself|not i|never me|niet ik|niet bij mij|niet mezelf|niet mijzelf|ik niet|ikzelf niet"
    r"|me not|i havent|i have not|i dont|i didnt|ive not|ive never|i never|i myself (?:havent|never|no)"
    r"|ik (?:zelf )?(?:heb|had) (?:het |dat |da |t )?(?:zelf )?(?:niet|nooit|nie)|zelf (?:niet|nooit|nie|geen)"
    r"|myself no|no i havent|(?:only|just|alleen|enkel|maar) (?:my|mijn|mn|m|me|mijne|onze|our) \w+"
    r"|(?:only|just|alleen|enkel) (?:in )?(?:the |de |my |mijn )?family|in de familie)\b"
)
_SELF_YES = re.compile(
    r"\b(?:me too|i (?:also|too)|and me|and i|ik ook|en ik|ikzelf ook|ook bij mij|i have had|ive had|i had|so did i"
    r"|did i|me as well|i did too|i have too|ook gehad|ik ook al"
    r"|(?:ik heb|ik had|heb ik|had ik|mezelf|myself|ikzelf)(?! (?:het |dat |da |t )?(?:zelf )?(?:niet|nie|nooit|no|not|never|geen)\b))\b"
)
_HEDGE_WORDS = re.compile(
    r"\b(?:maybe|perhaps|possibly|partly|partially|part|half|i guess|i think|i suppose|sort of|kind of|kinda"
    r"|sorta|probably|not sure|unsure|or|mixed|bit of both|both|deels|gedeeltelijk|half|misschien|mss"
    r"|wellicht|denk ik|ik denk|denk|vermoedelijk|waarschijnlijk|soort van|een beetje|beetje|allebei|of)\b"
)
_WEIGHT_MENTION = re.compile(
    r"\b(?:lost|losing|lose|dropped|down|shed|gone down|kwijt|afgevallen|afvallen|val af|viel af|vermagerd"
    r"|lichter|lighter|thinner|dunner|magerder|kilos?|kgs?|pounds|lbs?|stone|pond|weight|gewicht)\b"
)
_WEIGHT_CAUSE = re.compile(
    r"\b(?:stress\w*|worr\w*|zorgen|piekeren|appetite|eetlust|not hungry|geen honger|less hungry|minder honger"
    r"|eat(?:ing)? less|eten less|minder (?:eten|gegeten|eet)|eet minder|at minder|pain|pijn|sick|ziek\w*"
    r"|illness|nausea|misselijk\w*|grief|rouw|busy|druk|depress\w*|anxi\w*|angst\w*|cant eat|kan niet eten"
    r"|diet\w*|dieet|dieten|lijn\w*|gym|exercis\w*|sport\w*|running|lopen|walking|wandel\w*|fasting|vasten"
    r"|ozempic|wegovy|mounjaro|healthier|gezonder|eating better|gezond(?:er)? eten|on purpose|bewust)\b"
)
_WEIGHT_UNCLEAR = re.compile(r"\?|\b(?:maybe|perhaps|partly|partially|half|i guess|i think|i suppose|guess"
                             r"|sort of|kind of|kinda|probably|not sure|unsure|mixed|both|bit of both"
                             r"|deels|gedeeltelijk|half|misschien|mss|wellicht|denk ik|ik denk|vermoedelijk"
                             r"|waarschijnlijk|soort van|allebei|een beetje van beide)\b")
_WEIGHT_NO_REASON = re.compile(
    r"\b(?:noreason|no idea why|dont know why|not sure why|unsure why|weet (?:niet|nie|ik niet) waarom"
    r"|unsure waarom|geen idee waarom|zomaar|vanzelf|just (?:dropped|fell off|went)|by itself|from nowhere"
    r"|not trying|wasnt trying|werent trying|havent been trying|niet (?:geprobeerd|bewust|expres|gewild)"
    r"|nie (?:geprobeerd|bewust|expres)|zonder reden|unexplained|onverklaarbaar|onverklaard)\b"
)
_NIGHT_POSITION = re.compile(
    r"\b(?:turn\w*|roll\w*|move|moving|moves|shift\w*|position\w*|posture|lie on|lying on|lay on|laying on"
    r"|on my (?:side|back|front|belly|stomach|tummy)|draai\w*|omdraai\w*|gedraaid|beweeg\w*|bewegen"
    r"|houding\w*|positie\w*|lig op|liggen op|op mijn (?:zij|rug|buik)|op mn (?:zij|rug|buik)|verleg\w*"
    r"|verliggen|andere kant|other side|certain way|bepaalde (?:manier|houding))\b"
)
_NIGHT_PERSIST = re.compile(
    r"\b(?:all night|whole night|entire night|whatever position|any position|no position|every position"
    r"|nomatter|constant\w*|continu\w*|all the time|the whole time|nonstop|non stop|keeps? me awake"
    r"|hele nacht|de ganse nacht|ganse nacht|welke houding|elke houding|geen (?:enkele )?houding|altijd"
    r"|voortdurend|aanhoudend|hoe ik ook|de hele tijd|heel de nacht|heel de tijd)\b"
)
_UNSURE_WORD = re.compile(
    r"\b(?:unsure|not sure|weet niet|weet nie|geen idee|no idea|idk|dunno|hard to say|moeilijk te zeggen"
    r"|cant remember|dont remember|weet het niet meer|weet ik niet meer|niet meer zeker|either|ofwel"
    r"|eerder|or was it|of was het|hmm+|uh+m*|euh+)\b|\?"
)
_DURATION_SPLIT = re.compile(r"\s+(?:or|of|or maybe|of misschien|ofwel|maybe|misschien|perhaps)\s+|\s*[,/;]\s*")


def _clear_no(norm: str) -> bool:
    """The message opens with a plain no ("no, ...", "nee, ...", "nope")."""
    tokens = _tokens(norm)
    return bool(tokens) and bool(_NO_TOKEN_STRONG.fullmatch(tokens[0])) and tokens[0] != "n"


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
    if _clear_no(norm):
        return None  # "no, only when I turn over": a clear no with its reason
    return "night_pain_position"


def _clarification_weight(text: Any, norm: str) -> Optional[str]:
    if not _WEIGHT_MENTION.search(norm) and parse_yes_no(text) is not True:
        return None
    if _WEIGHT_NO_REASON.search(norm) and not _WEIGHT_UNCLEAR.search(norm.replace("unsure why", "")):
        return None  # without trying: clear
    if _WEIGHT_CAUSE.search(norm) and _WEIGHT_UNCLEAR.search(norm):
        return "weight_reason"  # "maybe cos of stress?", "partly dieting I guess"
    return None


_INTENT_CLEAR = re.compile(
    r"\b(?:on purpose|deliberately|intentionally|diet\w*|dieet|dieten|lijn\w*|bewust|expres|opzettelijk"
    r"|met opzet|trying to lose|wanted to lose|wilde afvallen|wou afvallen|probeer\w* af te vallen|gym"
    r"|weight watchers|afslank\w*|fasting|vasten|ozempic|wegovy|mounjaro)\b"
)


_NEG_BEFORE = re.compile(
    r"\b(?:not|niet|geen|no|never|nooit|isnt|wasnt|arent|werent|havent|hasnt|didnt|dont|doesnt|zonder|without)"
    r"(?: \w+){0,2}$"
)


_WEIGHT_STRICT = re.compile(
    r"\b(?:\d+ ?(?:kg|kgs|kilos?|kilograms?|pounds|lbs?|stone|pond)|kg|kgs|kilos?|pounds|lbs|stone|weight|gewicht"
    r"|afgevallen|afvallen|val af|viel af|vermagerd|lighter|thinner|lichter|dunner|magerder|slimmer|slanker"
    r"|lost (?:a |some |\d)|(?:een paar|paar|wat|enkele) kilo\w*)\b"
)


def _weight_on_purpose(norm: str) -> bool:
    """Weight lost on purpose, said without a hedge or a "without trying" ("lost 5 kg, on purpose")."""
    if not _WEIGHT_STRICT.search(norm) or _WEIGHT_NO_REASON.search(norm) or _WEIGHT_UNCLEAR.search(norm):
        return False
    for m in _INTENT_CLEAR.finditer(norm):
        if not _NEG_BEFORE.search(norm[: m.start()].rstrip()):
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
    if not isinstance(text, str) or not re.search(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten"
                                                   r"|twelve|een|twee|drie|vier|vijf|zes|zeven|acht|negen"
                                                   r"|tien|twaalf|a few|couple|paar)\b", norm):
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
    except Exception:  # pragma: no cover - defensive
        return None


_WEIGHT_ON_PURPOSE = re.compile(
    r"\b(?:no|nee|neen|nope|nah)\b.*\b(?:diet\w*|dieet|lijn\w*|trying|tried|on purpose|bewust|expres|gym|sport\w*"
    r"|probeer\w*|wilde|wou|wanted)\b|^(?:i was|i did|ik was|ik heb|ik deed|ik ben)?\s*(?:\w+ )?(?:diet\w*|dieet"
    r"|lijn\w*|on purpose|bewust|expres|op dieet)\b"
)
_WORSE_ANSWER = re.compile(
    r"\b(?:worse|worsening|weaker|erger|slechter|zwakker|achteruit|verergert|more and more|steeds meer"
    r"|steeds erger|getting bad)\b"
)
_SAME_ANSWER = re.compile(
    r"\b(?:same|stable|staying|stays|steady|unchanged|not changing|no change|hasnt changed|not worse|no worse"
    r"|better|improving|beter|hetzelfde|zelfde|gelijk\w*|stabiel|blijft|onveranderd|niet erger|nie erger"
    r"|verandert niet|niet slechter|nie slechter)\b"
)


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
            if _WEIGHT_NO_REASON.search(norm):
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

_CLAUSE_SPLIT = re.compile(
    r" [.,;] | (?:but|maar|now|nu|then|daarna|though|although|however|whereas|terwijl|wel|toch|since then"
    r"|sindsdien) | (?:and|en) (?=(?:i|im|ive|id|my|it|its|ik|mijn|het|t|k|mn|de pijn|the pain)\b)"
)
_PAIN_WORD = re.compile(
    r"\b(?:pain\w*|hurt\w*|ache\w*|aching|achy|sore|shoot\w*|radiat\w*|spread\w*|goes|go|going|gone|runs|running"
    r"|travel\w*|sciatica|sciatic|burning|stabbing|sharp|throbbing|twinge\w*|pijn\w*|straal\w*|uitstral\w*|trekt"
    r"|trekken|trok|trekkende|schiet\w*|zeur\w*|ischias|steek\w*|stekend\w*|brand\w*|doet)\b"
)
_BLADDER_BOWEL_WORD = re.compile(
    r"\b(?:pee\w*|wee|wees|urin\w*|bladder|piss\w*|toilet|loo|bowel\w*|poo\w*|stool\w*|plas\w*|blaas|wc|ontlasting"
    r"|stoelgang|kak\w*|poep\w*)\b"
)
_OTHER_BODY = re.compile(r"\b(?:hands?|arms?|fingers?|face|lips?|handen|vingers?|armen|gezicht|lippen|tong|tongue)\b")
_AREA_WORD = re.compile(rf"\b{AREA}\b")

_STORY_SUDDEN = re.compile(
    # the moment the back went
    r"\b(?:twang\w*|twinge|pinged|popped|snapped|cricked|ricked|tweaked|jarred|wrenched|overdid it|overdone it"
    r"|put (?:my |me )?back out|pulled a muscle|(?:back|it) (?:just |then )?(?:went|gave out|gave way|locked"
    r"|seized|seized up|locked up|clicked|cracked)|felt (?:it|something|a \w+) (?:\w+ )?(?:go|pop|snap|give|twang"
    r"|ping|click|crack)|seized up|locked up|schoot (?:het |er |t )?(?:\w+ )?(?:in|erin)|erin geschoten"
    r"|ingeschoten|schoot vast|zat (?:\w+ )?(?:vast|geblokkeerd)|geblokkeerd|heksenschot|spit|verschot|verrekt"
    r"|verkeerde beweging|verkeerd bewogen|door (?:mijn|mn|de|m) rug (?:gegaan|gezakt)|vertild|vertilde"
    r"|krak|knak|pats)\b"
    # a movement told in the past
    r"|\b(?:lifted|picked (?:\w+ ){0,3}?up|bent|twisted|reached|stretched|sneezed|coughed|pulled|pushed"
    r"|carried|moved (?:furniture|house|boxes|a|the|some)|shovell?ed|dug|hoovered|vacuumed|stood up|got up"
    r"|jumped|swung|lunged|deadlifted|squatted)\b"
    r"|\b(?:was|were|while|whilst|when|after|from|since|by) (?:\w+ ){0,2}?(?:lifting|picking|bending|twisting"
    r"|reaching|carrying|moving|hoovering|vacuuming|digging|shovell?ing|lunging|deadlifting|squatting"
    r"|pulling|pushing|putting|tying|getting up|standing up|sneezing|coughing|stretching|loading|unloading"
    r"|turning|doing deadlifts|doing squats)\b"
    r"|\b(?:hurt|did|done|injured|strained|pulled|tweaked|put|wrecked) (?:my |me )?(?:back|it) (?:out )?(?:\w+ ){0,2}?"
    r"(?:lifting|picking|bending|twisting|reaching|carrying|moving|pulling|pushing|shovell?ing|digging|hoovering"
    r"|getting|putting|loading|unloading|playing|doing|turning|stretching|sneezing|coughing)\b"
    # Dutch and Flemish
    r"|\b(?:tilde|tilden|optilde|opgetild|getild|ophief|opgeheven|bukte|bukten|gebukt|draaide|omdraaide"
    r"|gedraaid|verdraaid|verdraaide|reikte|strekte|niesde|hoestte|sjouwde|gesjouwd|verhuisde|raapte|opraapte"
    r"|opgeraapt|omgespit|gespit|spitte|schepte|geschept|stofzuigde|gestofzuigd|aantrok|aandeed|rechtkwam"
    r"|opstond|sprong|gesprongen|uitstapte|instapte)\b"
    r"|\b(?:bij|na|tijdens|sinds|toen|terwijl) (?:het |ik |een |ne |nen )?(?:\w+ ){0,5}?(?:tillen|optillen|opheffen"
    r"|heffen|bukken|draaien|omdraaien|draai|oprapen|rapen|reiken|strekken|niezen|hoesten|sjouwen|verhuizen"
    r"|verhuis|dragen|trekken|duwen|scheppen|spitten|stofzuigen|rechtkomen|opstaan|aantrekken|aandoen|springen"
    r"|tilde|bukte|draaide|omdraaide|optilde)\b"
)
_SUDDEN_TIME = re.compile(
    r"\b(?:suddenly|all of a sudden|overnight|out of the blue|ineens|opeens|plots\w*|van de ene dag op de andere"
    r"|in een keer)\b(?! (?:\w+ )?(?:worse|erger|slechter))"
)
_STORY_GRADUAL = re.compile(
    r"\b(?:(?:came|come|comes|started|starting|began|begun|crept|built|build|building|got) (?:on |up )?"
    r"(?:gradually|slowly)|gradually (?:came|come|started|began|crept|built)|gradual (?:onset|start)"
    r"|(?:came|come|started|began) on (?:gradually|slowly)|came on (?:over|by itself|on its own)"
    r"|little by little|bit by bit|crept|creeping up|creeped|built up|building up|out of nowhere"
    r"|just (?:came|started|happened|appeared|began)(?: on)?(?: by itself| on its own| out of nowhere)?"
    r"|noreason|nothing (?:special |particular |specific )?happened|didnt do anything|no idea (?:why|how|what)"
    r"|woke up with (?:it|this|the pain|pain|a)|woke with it|werd (?:er |ermee )?wakker (?:\w+ )?mee"
    r"|geleidelijk\w*|langzaam (?:aan|gekomen|opgekomen|begonnen|ontstaan)|beetje bij beetje"
    r"|stilaan(?: (?:gekomen|begonnen|opgekomen|ontstaan))?|gaandeweg|sluipend\w*|vanzelf"
    r"|zomaar|uit het niets|kwam gewoon|gewoon gekomen|uit zichzelf|van lieverlede|niets gebeurd"
    r"|niks gebeurd|niks speciaals|niets speciaals|niks bijzonders|niets bijzonders|geen idee (?:waarom|hoe"
    r"|van waar|vanwaar|waardoor|van wat)|unsure (?:van )?(?:waarom|hoe|why|how|what caused|wat|waar|vanwaar"
    r"|waardoor|van waar))\b"
    r"(?! (?:\w+ )?(?:worse|erger|slechter))"
)
_WEIGHT_WORD = re.compile(
    r"\b(?:lost|losing|lose|kg|kgs|kilos?|pounds|lbs|stone|weight|gewicht|afgevallen|afvallen|kwijt|vermagerd)\b"
)
_LEG_NONE_STORY = re.compile(
    r"\b(?:no leg pain|geen beenpijn|no pain (?:in|down|into) (?:my |the |either )?legs?"
    r"|geen pijn (?:in|naar) (?:mijn |mn |m |de )?(?:been|benen)"
    r"|(?:doesnt|dont|does not|didnt|isnt|not|niet|never|nooit) (?:\w+ ){0,2}?(?:go|going|spread\w*|radiat\w*"
    r"|travel\w*|shoot\w*|uitstra\w*|trekken|trekt|gaan|gaat|goes|run|runs|straalt|stralen) (?:\w+ ){0,2}?"
    r"(?:in|into|down|to|naar|in de|tot in|uit naar) (?:my |the |either |mijn |mn |m |de )?(?:legs?|been|benen)"
    r"|(?:doesnt|dont|does not|isnt|not|niet) (?:go|spread|radiate|travel|gaat|straalt) (?:\w+ )?(?:anywhere"
    r"|nergens)|nowhere else|nergens anders|geen uitstraling|straalt (?:\w+ ){0,2}?niet uit|zonder uitstraling"
    r"|no (?:radiation|radiating pain|sciatica|referred pain)|not radiating|geen ischias"
    r"|no (?:leg|legs) (?:symptoms|problems|complaints|issues|pain)|geen (?:been)?klachten (?:in|aan) (?:mijn |de )?"
    r"(?:been|benen)|geen beenklachten|(?:trekt|gaat|straalt|schiet|zit|komt|loopt) (?:\w+ )?niet (?:\w+ )?(?:in|naar"
    r"|tot in|door naar|uit naar) (?:mijn |mn |m |de )?(?:been|benen)"
    r"|(?:only|just|alleen|enkel|puur) (?:in )?(?:my |the |mijn |mn |m |de )?(?:lower |low |lage |onder)?"
    r"(?:back|rug|onderrug)|(?:stays|stay|blijft|blijven|zit|is) (?:alleen |enkel |just |only )?(?:in|at) "
    r"(?:my |the |mijn |mn |de )?(?:lower |low |lage )?(?:back|rug|onderrug)(?! (?:and|en|into|naar|tot|to))"
    r"|nothing (?:in|down) (?:my |the )?legs?|niks in (?:mijn |mn |de )?(?:been|benen)"
    r"|(?:or|of) (?:anything|iets|zo) (?:else )?(?:in|down|naar|in de) (?:my |the |mijn |de )?(?:legs?|been|benen))\b"
)
_NUMB_NONE_STORY = re.compile(
    r"\b(?:no|geen|zonder|without) (?:\w+ )?(?:numbness|tingling|tingles|pinsneedles|tintelingen|tinteling"
    r"|doof gevoel|dove gevoel|gevoelloosheid|prikkelingen|numb|verdoofd gevoel)\b"
    r"|\b(?:not|niet|isnt|arent) (?:\w+ ){0,1}?(?:numb|tingling|doof|gevoelloos|verdoofd)\b"
)
_WEAK_NONE_STORY = re.compile(
    r"\b(?:no|geen|zonder|without) (?:\w+ )?(?:weakness|zwakte|krachtverlies|loss of strength|krachtsverlies)\b"
    r"|\b(?:legs?|been|benen|feet|voeten) (?:\w+ ){0,3}?(?:strong|sterk|krachtig)\b(?: enough)?"
    r"|\b(?:not|niet|isnt|arent) (?:\w+ ){0,1}?(?:weak|zwak|zwakker|weaker)\b|\bstrength (?:is )?(?:fine|ok"
    r"|normal|good)\b|\b(?:kracht|spierkracht) (?:\w+ ){0,2}?(?:is |zit )?(?:goed|prima|normaal|ok)\b"
    r"|\b(?:normal|full|volle|normale) (?:strength|kracht)\b|\bstrong enough\b|\bfine strength ?wise\b"
    r"|\bstrength ?wise (?:\w+ )?(?:fine|ok|good|normal)\b"
)
# signs of worsening weakness the red-flag words may miss ("my foot drops", "I keep tripping over it")
_WORSE_SIGN = re.compile(
    r"\b(?:foot|voet) (?:\w+ ){0,4}?(?:drops|dropping|dropped|flops|flopping|slaps|slapping|hangt|klapt)\b|\b(?:keep|keeps|kept|always)"
    r" (?:\w+ )?(?:tripping|stumbling)\b|\btripping over (?:it|my|the)\b|\bstruikel\w*\b"
    r"|\b(?:sleept|slepen|sleep) (?:\w+ )?(?:been|voet)\b|\b(?:voet|been) sleept\b|\bdragging (?:the |my )?"
    r"(?:left |right )?(?:leg|foot)\b"
)
_BOTH_STORY = make_rules(
    "both",
    {"both_legs": True},
    [
        r"\bboth (?:of )?(?:my |the )?(?:legs|feet|leg|sides|thighs|calves|knees|ankles|lower legs)\b"
        r"|\b(?:beide|allebei|allebeide|alle twee|twee|2) (?:mijn |mn |m |de )?(?:benen|voeten|been|kanten"
        r"|bovenbenen|onderbenen|kuiten|dijen|knieen|enkels)\b|\bleftright\b|\blinksrechts\b"
        r"|\b(?:benen|voeten|bovenbenen|kuiten|legs|feet) (?:\w+ ){0,3}?(?:allebei|alle twee|both)\b",
    ],
)
_BOTH_ONE_STORY = re.compile(
    r"\b(?:only|just|alleen|enkel|maar) (?:in |down |into )?(?:my |the |mijn |mn |m |de )?(?:one|een|1|left|right"
    r"|linker|rechter|linkerbeen|rechterbeen|linkervoet|rechtervoet)(?: (?:leg|side|foot|been|kant|voet))?\b"
    r"|\b(?:one|een) (?:leg|been) only\b|\bnot (?:in )?both\b|\bniet (?:in )?(?:beide|allebei)\b"
)
_NEG_RED_FLAG = {
    "saddle_numbness": re.compile(
        r"\b(?:no|geen|not|niet|without|zonder) (?:\w+ ){0,2}?(?:numbness|numb|gevoelloos\w*|tintelingen|doof"
        r"|tingling)(?: \w+){0,2}? (?:around|in|near|rond|bij|in de|down|van|aan) (?:my |the |mijn |de )?"
        rf"(?:{AREA})\b|\b(?:no|geen) (?:numbness|numb|gevoelloosheid|tintelingen|tingling) (?:down below|daar beneden)\b"
        rf"|\b(?:can|kan|i can|ik kan) (?:still |nog )?(?:feel|voelen|voel) (?:\w+ ){{0,3}}?(?:{AREA})\b(?: \w+){{0,2}}? "
        r"(?:normally|fine|ok|normaal|goed|prima)\b|\b(?:can|kan) (?:still |nog )?feel (?:everything|all) (?:fine |ok )?"
        rf"(?:{AREA})|\b(?:voel|feel) (?:alles|everything|all) (?:\w+ ){{0,2}}?(?:goed|prima|normaal|fine|ok|normally)?"
        rf" ?(?:van onder\w*|daar beneden|down (?:below|there)|{AREA})\b"
    ),
    "bladder_bowel": re.compile(
        r"\b(?:no|geen|zonder|without) (?:\w+ ){0,3}?(?:bladder|bowel|toilet|plas|blaas|stoelgang|wc|continence"
        r"|incontinence|incontinentie|ontlasting|waterworks|darm|darmen|urine|peeing|plassen)\w*\b|\b(?:peeing|pooing|plassen|stoelgang|toilet|bladder|bowels?"
        r"|plas|wc|ontlasting|pee|wee) (?:\w+ ){0,3}?(?:is |are |gaat |gaan |nog |still )*(?:fine|normal|normally"
        r"|normaal|ok|okay|goed|prima|as usual|zoals altijd)\b|\bcan (?:still )?(?:pee|wee|go to the toilet)"
        r" (?:fine|normally|ok)\b"
    ),
    "night_pain": re.compile(
        r"(?<!not )(?<!niet )(?<!cant )\b(?:sleep|sleeping|slaap|slapen) (?:\w+ ){0,2}?(?:fine|well|ok|okay|goed"
        r"|prima)\b|\b(?:no|geen) (?:pain|pijn|last|problems?) (?:\w+ ){0,2}?(?:at night|s nachts|snachts)\b"
        r"|\bnights? (?:are|is) (?:fine|ok|okay)\b|\bs ?nachts (?:\w+ ){0,2}?(?:geen (?:pijn|last)|goed|prima)\b"
    ),
}
_NIGHT_STORY = re.compile(
    r"\b(?:even|also|ook|zelfs) (?:\w+ ){0,3}?(?:at night|in the night|s nachts|snachts)\b"
    r"|\b(?:at night|s nachts|snachts) (?:\w+ ){0,3}?(?:lying still|at rest|in rust|stil (?:liggen|lig))\b"
)
_NOT_ME_STORY = re.compile(
    r"\b(?:not me|not myself|niet ik|ikzelf niet|ik zelf niet|zelf niet|zelf nooit|niet bij mij|niet mezelf"
    r"|i (?:havent|have not|never|didnt) (?:had )?(?:it|cancer|that)?(?: myself)?|ik (?:zelf )?(?:heb|had) (?:het|dat"
    r"|da|t|zelf|kanker)? ?(?:niet|nooit|geen))\b"
)
_STORY_AGE = re.compile(
    r"\b(?:im|i am|ik ben|ben|aged?|leeftijd)\s*:?\s*(?:a |een |nu |now |just |net )?(\d{1,3})\b"
    r"(?!\s*(?:x\b|times|keer|kg|kgs|kilo|kilos|pounds|lbs|stone|day|days|dag|dagen|week|weeks|weken|wk|wks"
    r"|month|months|maand|maanden|hour|hours|uur|min|minutes|cm|procent|percent|weeks pregnant))"
    r"|\b(\d{1,3})\s*(?:years? old|yrs? old|yr old|jaar oud|jarige|jarig|y o|yo)\b"
    r"|\b(?:vrouw|man|dame|heer|meisje|jongen|woman|lady|guy|girl|boy|female|male|mevrouw|meneer) van (\d{1,3})\b"
    r"|\b([1-9]\d) ?(?:f|m|v)\b(?! (?:ago|geleden|in|ins|for|lang))"
)
_POSSESSIVE = lang.merged("answers", "POSSESSIVES")
_DURATION_OTHER = re.compile(
    r"\b(?:cancer\w*|kanker\w*|tumou?r\w*|chemo\w*|kg|kgs|kilos?|pounds|lbs|stone|weight|gewicht|lost|afgevallen"
    r"|kwijt|pregnant|zwanger\w*|baby|born|geboren|operat\w*|surgery|geopereerd|fever|koorts\w*|temperature"
    r"|flu|griep|diagnosed|gediagnosticeerd|behandeld|treated|steroid\w*|prednis\w*|cortison\w*)\b"
)
_DURATION_BREAK = re.compile(r"[.!?;\n,]")


# "worst first thing in the morning, very stiff for over an hour" (a comma apart)
_STORY_STIFF = re.compile(
    r"\b(?:morning|mornings|first thing|ochtend\w*|s morgens|smorgens|morgens|s ochtends|opstaan|wake up|waking up"
    r"|get up|getting up)\b(?: [\w,]+){0,6}? (?<!not )(?<!niet )(?<!never )(?<!nooit )(?:very |really |so |heel |erg "
    r"|zo )?(?:stiff\w*|stijf\w*|stram\w*)\b"
)


def _clauses(norm: str) -> List[str]:
    return [c.strip(" .,") for c in _CLAUSE_SPLIT.split(norm) if c.strip(" .,")]


def _story_duration(text: str, today: Optional[date]) -> Optional[int]:
    """The duration told about the pain: the first one in a clause about pain, else the first not about
    something else (the cancer, the weight lost, the pregnancy, the fever)."""
    try:
        from bot.duration import find_duration  # lazy: written by another module
    except ImportError:
        return _parse_duration(text, today)
    fallback: Optional[int] = None
    offset = 0
    for _ in range(12):
        try:
            m = find_duration(text[offset:], today=today)
        except Exception:
            return fallback
        if m is None:
            break
        start, end = offset + m.start, offset + m.end
        offset = end
        days = m.days
        if isinstance(days, bool) or not isinstance(days, int) or days < 0:
            continue
        left = _DURATION_BREAK.split(text[:start])[-1]
        right = _DURATION_BREAK.split(text[end:])[0]
        window = normalise(" ".join(left.split()[-6:] + [text[start:end]] + right.split()[:3]))
        if _DURATION_OTHER.search(window):
            continue
        if _PAIN_WORD.search(normalise(left + " " + right)) or re.search(
            r"\b(?:back|rug\w*|onderrug|spit|verschot|lumbago|started|begon|begonnen|since|sinds|sinds dien)\b",
            normalise(left + " " + right),
        ):
            return days
        if fallback is None:
            fallback = days
    return fallback


def _story_age(norm: str) -> Optional[str]:
    for m in _STORY_AGE.finditer(norm):
        before = norm[: m.start()].split()[-1:]
        if m.group(2) and before and before[0] in _POSSESSIVE:
            continue  # "my 2 yr old" is a child
        band = _band(int(m.group(1) or m.group(2) or m.group(3) or m.group(4)))
        if band:
            return band
    return None


def _story_onset(text: Any, norm: str, red: Dict[str, Any]) -> Optional[str]:
    if red.get("onset") == "trauma":
        return "trauma"
    sudden = bool(_STORY_SUDDEN.search(norm)) or "sudden" in evaluate(text, tuple(_SUDDEN_ANCHORED)).positive_topics
    gradual = any(_STORY_GRADUAL.search(c) and not _WEIGHT_WORD.search(c) for c in _clauses(norm))
    if sudden and gradual:
        return None  # told both ways: ask
    if sudden:
        return "sudden_movement"
    if gradual:
        return None if _sudden_time(norm) else "gradual"
    if _sudden_time(norm):
        return "sudden_movement"
    return None


def _sudden_time(norm: str) -> bool:
    """ "suddenly", "ineens", not negated ("er was niet echt een moment dat het ineens pijn deed")."""
    for m in _SUDDEN_TIME.finditer(norm):
        before = norm[: m.start()].split()[-8:]
        if not any(tok in ("not", "niet", "no", "never", "nooit", "geen", "wasnt", "didnt") for tok in before):
            return True
    return False


_SUBJECT_START = re.compile(
    r"^(?:i|im|ive|id|my|it|its|ik|k|mijn|mn|het|t|the|de|she|he|we|no|geen|not|niet|nothing|niks|niets|ze|hij"
    r"|zij|we|wij|can|cant|kan|sometimes|soms)\b"
)
_CONNECTOR_START = re.compile(r"^(?:(?:now|nu|and|en|but|maar|then|daarna|also|ook|since then|sindsdien|so|dus) )+")
_OTHER_SYMPTOM = re.compile(
    r"\b(?:tingl\w*|tintel\w*|numb\w*|doof|dove|gevoelloos\w*|pinsneedles|weak\w*|zwak\w*|stiff\w*|stijf\w*"
    r"|cramp\w*|kramp\w*|prikkel\w*|slaapt|slapend\w*|asleep|swollen|gezwollen|cold|koud)\b"
)
_SUB_CHUNK = re.compile(r" (?:and|en|with|met|plus) ")


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
    "below",
    {"leg_pain": "below_knee"},
    [r"\b(?:below|under|underneath|beneath|past|onder|voorbij|lager dan) (?:the |my |de |mijn |mn )?(?:knee|knees"
     r"|knie|knieen)\b"],
) + make_rules(
    "above",
    {"leg_pain": "above_knee"},
    [r"\b(?:above|boven|up to|tot aan|down to|to) (?:the |my |de |mijn |mn )?(?:knee|knees|knie|knieen)\b"],
)


def _story_leg_pain(clauses: List[str], norm: str) -> Optional[str]:
    level: Optional[str] = None
    for clause in _pain_chunks(clauses):
        ev = evaluate(clause, tuple(_BELOW) + tuple(_ABOVE))
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
    return None


def _story_numbness(clauses: List[str], norm: str) -> Optional[bool]:
    negative = False
    for clause in clauses:
        if _AREA_WORD.search(clause) or _BLADDER_BOWEL_WORD.search(clause) or _OTHER_BODY.search(clause):
            continue
        ev = evaluate(clause, _NUMB_RULES)
        if "numb" in ev.positive_topics and _LEG_WORDS.search(norm):
            return True
        if "numb" in ev.negated_topics or _NUMB_NONE_STORY.search(clause):
            negative = True
    return False if negative else None


def _story_weakness(text: Any, norm: str) -> Optional[str]:
    masked = _weakness_text(text)
    flags = find_red_flags(masked)
    if flags.get("leg_weakness") == "worsening" or _WORSE_SIGN.search(masked):
        return "worsening"
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
        days = _story_duration(text, today) if isinstance(text, str) else None
        if days is not None:
            found["duration_days"] = days
        leg = _story_leg_pain(clauses, norm)
        if leg:
            found["leg_pain"] = leg
        if "both" in evaluate(text, _BOTH_STORY).positive_topics:
            found["both_legs"] = True
        elif _BOTH_ONE_STORY.search(norm) and _LEG_WORDS.search(norm):
            found["both_legs"] = False
        numb = _story_numbness(clauses, norm)
        if numb is not None:
            found["leg_numbness"] = numb
        weakness = _story_weakness(text, norm)
        if weakness:
            found["leg_weakness"] = weakness
        band = _story_age(norm)
        if band:
            found["age_band"] = band
        osteo = evaluate(text, _OSTEO)
        if "osteo" in osteo.positive_topics:
            found["osteoporosis_or_steroids"] = True
        elif "osteo" in osteo.negated_topics:
            found["osteoporosis_or_steroids"] = False
        stiff = evaluate(text, _STIFF_MORNING)
        if "stiff" in stiff.positive_topics or any(_STORY_STIFF.search(s) for s in norm.split(" . ")):
            found["morning_stiffness"] = True
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


_CORRECTION_RE = re.compile(
    r"\b(?:actually|eigenlijk|sorry i meant|i meant|i mean|meant to say|ik bedoelde|ik bedoel|bedoelde|bedoel"
    r"|wait|wacht|hold on|oops|oeps|oepsie|whoops|correction|correctie|let me correct|to correct|i was wrong"
    r"|i got that wrong|my mistake|my bad|typo|tikfout|typfout|verkeerd getypt|vergist|vergis|ik vergiste"
    r"|scratch that|rather|liever gezegd|of beter|beter gezegd|i made a mistake|ik heb me vergist"
    r"|wrong (?:answer|button)|verkeerde (?:knop|antwoord)|misclick\w*|pressed the wrong|change my answer"
    r"|antwoord wijzigen|mis getypt|mistyped|not (?:\w+ ){0,3}?but|niet (?:\w+ ){0,3}?maar|nie (?:\w+ ){0,3}?maar)\b"
)
_CORRECTION_PLAIN = re.compile(
    r"^(?:actually|eigenlijk|wait|wacht) ?,? ?(?:yes|no|nee|ja|niet|nie|wel|geen|not really|nope|yep)? ?[.,]?$"
    r"|^eigenlijk (?:niet|nie|wel|geen|nooit|nee|ja)\b"
)
_NO_THEN_STATEMENT = re.compile(
    r"^(?:no+|nope|nee+|neen|nah)\b ?[.,]? ?(?:its|it|it s|het|t|thats|dat|da|the pain|de pijn|i|ik|k|its been"
    r"|it has been|het is|t is)\b (?:\w+ ){0,2}?(?:goes|went|was|is|started|began|came|been|has|had|ging|gaat"
    r"|is al|was|begon|kwam|zit|straalt|al)\b"
)
_NO_THEN_NEGATIVE = re.compile(
    r"\b(?:not|niet|nie|geen|doesnt|dont|didnt|isnt|wasnt|havent|hasnt|never|nooit|fine|ok|okay|goed|prima"
    r"|nothing|niks|niets)\b"
)


_FILLER_START = re.compile(
    r"^(?:(?:euh+|eh+|ehm+|uh+|uhm+|um+|hmm+|oh+|ah+|well|nou|allez|ok|okay|oke|oei|oh no|o)(?: ,)? (?:\. )?)+"
)
# "3 weeks not 3 days", "boven de knie, niet onder": a value set against another
_VALUE_NOT_VALUE = re.compile(
    r"\b(?:\d+|an?|one|two|three|een|twee|drie) (?:\w+ )?,? (?:not|niet|no) (?:\d+|an?|one|two|three|een|twee|drie)\b"
    r"|\b(?:above|below|boven|onder|left|right|links|rechts|linker\w*|rechter\w*)\b(?: \w+){0,2} ,? (?:not|niet)"
    r" (?:\w+ )?(?:above|below|boven|onder|left|right|links|rechts|linker\w*|rechter\w*)\b"
)
_SORRY_START = re.compile(r"^(?:sorry|sry|soz|srry|excuse me|pardon|sorry hoor)(?: ,)? (?:\. )?(?P<rest>.+)$")


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
