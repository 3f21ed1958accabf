"""Which language a conversation is in: English ("en") or Dutch ("nl").

Pure Python (no Rasa import).  Used by the actions that keep the `language`
slot, and by the product rule of docs/product.md (Languages):

1. an explicit choice ("Nederlands", "in English please", a language button)
   always wins, at any moment;
2. the channel's metadata (`{"language": "nl"}` from the website widget) sets
   the language while it is not confidently known yet;
3. otherwise detection on the user's first substantive message;
4. short or ambiguous messages ("ok", "ja", "3 weeks") never flip the
   language; a clear run of text in the other language may.

Public interface
----------------
- :func:`explicit_choice` -- an explicit request for a language, or None.
- :func:`detect_language` -- offline detection (lingua restricted to English
  and Dutch, plus a small bilingual lexicon of domain and Flemish words);
  None when unsure (fewer than two substantive words, pure greetings, button
  payloads, no clear margin).
- :func:`greeting_language` -- a bare greeting ("hallo", "goeiemorgen",
  "hello", "good morning"); only meant for the first message.
- :func:`choose_language` -- the conversation's language after a message,
  and whether it is now confidently known.

Language buttons
----------------
The language buttons carry the payloads ``lang:en`` and ``lang:nl``
(:data:`PAYLOAD_EN`, :data:`PAYLOAD_NL`).  They are plain text, not Rasa's
``/intent`` syntax, so they work the same when a user types them on any
channel; their titles ("English", "Nederlands") work typed too.  A message
that starts with "/" (Rasa intent syntax such as "/nl") is never a choice.

All functions are pure apart from the lazily built, cached lingua detector,
and never raise: any input (None, bytes, 10,000 characters, emoji, HTML,
control characters) gives an allowed value.
"""

from __future__ import annotations

import math
import re
import threading
from dataclasses import dataclass
from typing import Any

from bot import lang
from bot import text as _text

EN = "en"
NL = "nl"
LANGUAGES = lang.CODES  # (EN, NL): the registered language packs

PAYLOAD_EN = "lang:en"
PAYLOAD_NL = "lang:nl"
#: Buttons to offer a language choice: (title, payload).
LANGUAGE_BUTTONS = tuple((lang.module(code, "language").BUTTON_TITLE, f"lang:{code}") for code in LANGUAGES)

# Detection thresholds (tuned on tests/data/language_messages.yml).
MIN_SUBSTANTIVE_WORDS = 2  # distinct words of 2+ letters that are not fillers
DETECT_THRESHOLD = 2.5  # |combined score| needed to name a language
FLIP_MIN_WORDS = 6  # words needed to leave a confidently known language
FLIP_MIN_SUBSTANTIVE = 4
FLIP_MIN_LINGUA = 0.8  # lingua confidence for the other language
FLIP_MIN_VOTES = 3  # lexicon words of the other language (at most 1 of the current)
FLIP_THRESHOLD = 7.0  # |combined score| needed to flip
LINGUA_ALONE = 0.95  # lingua confidence needed when no lexicon word agrees
LEXICON_WEIGHT = 1.5  # score per lexicon word (lingua gives a clipped logit)
LINGUA_LOGIT_CLIP = 5.0

MAX_CHARS = 4000  # longer messages are cut before analysis (speed)
MAX_LINGUA_CHARS = 1000


# --------------------------------------------------------------------------
# The words of each language live in its pack (bot/lang/<code>/language.py):
# its lexicon, fillers, names, request words, negations and greetings.
# --------------------------------------------------------------------------

_PACKS = {code: lang.module(code, "language") for code in LANGUAGES}

#: Fillers that carry no language evidence of their own (yes/no, ok, noise).
#: They never count towards the minimum number of words.
WEAK_WORDS: frozenset[str] = frozenset().union(*(p.FILLERS for p in _PACKS.values()))
#: Each language's lexicon (no word in two of them).
LEXICONS: dict[str, frozenset[str]] = {code: p.LEXICON for code, p in _PACKS.items()}
#: Each language's names ("english", "engels"; "nederlands", "vlaams").
_NAMES: dict[str, frozenset[str]] = {code: p.NAMES for code, p in _PACKS.items()}
_ALL_NAMES: frozenset[str] = frozenset().union(*_NAMES.values())
#: Words allowed around a language name in a request ("can we speak english
#: please", "kan het in het nederlands aub").  Anything else ("I'm Dutch but
#: live in Belgium", "my english is bad") makes the message not a choice.
_REQUEST_WORDS: frozenset[str] = frozenset().union(*(p.REQUEST_WORDS for p in _PACKS.values()))
_NEGATIONS: frozenset[str] = frozenset().union(*(p.NEGATIONS for p in _PACKS.values()))
_GREETINGS: dict[str, frozenset[str]] = {code: p.GREETINGS for code, p in _PACKS.items()}
_ALIASES: dict[str, str] = {alias: code for code, p in _PACKS.items() for alias in p.ALIASES}


def __getattr__(name: str) -> frozenset[str]:
    """``EN_LEXICON``, ``NL_LEXICON``...: one pack's lexicon (older name)."""
    code, _, rest = name.partition("_")
    if rest == "LEXICON" and code.lower() in LEXICONS:
        return LEXICONS[code.lower()]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_MAX_CHOICE_WORDS = 10
_PAYLOAD_RE = re.compile(r"^\s*lang(?:uage)?\s*[:=_]\s*(" + "|".join(LANGUAGES) + r")\s*$", re.IGNORECASE)

# --------------------------------------------------------------------------
# Text normalisation
# --------------------------------------------------------------------------

_TAG_RE = re.compile(r"<[^<>]{0,200}>")
_URL_RE = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
# a language button's payload inside other text is no words of either language
_PAYLOAD_TOKEN_RE = re.compile(r"\blang(?:uage)?\s*[:=_]\s*[a-z]{2}\b", re.IGNORECASE)
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")  # "nee-nee" is one word


def _as_text(text: Any) -> str:
    """Any input -> a bounded, normalised, lower-case string ('' if unusable)."""
    raw = _text.as_text(text, MAX_CHARS, errors="replace", byte_limit=MAX_CHARS * 4)
    return _text.normalise(raw, keep_accents=True)


def _words(clean: str) -> list[str]:
    clean = _URL_RE.sub(" ", _TAG_RE.sub(" ", clean))
    return [w.strip("'") for w in _WORD_RE.findall(clean) if w.strip("'")]


def _norm_lang(value: Any) -> str | None:
    """'en'/'nl' (also 'EN', 'nl-BE', 'en_GB', 'dutch') -> code, else None."""
    if not isinstance(value, str):
        return None
    v = value.strip().casefold().replace("_", "-")
    v = v.split("-", 1)[0]
    return _ALIASES.get(v)


# --------------------------------------------------------------------------
# Lingua (lazy, cached)
# --------------------------------------------------------------------------

_detector: Any = None
_detector_failed = False
_detector_lock = threading.Lock()
_lingua_dutch: Any = None


def _get_detector() -> Any:
    """The lingua detector for English and Dutch, built once (about 0.3 s)."""
    global _detector, _detector_failed, _lingua_dutch
    if _detector is not None or _detector_failed:
        return _detector
    with _detector_lock:
        if _detector is None and not _detector_failed:
            try:
                from lingua import Language, LanguageDetectorBuilder

                _detector = (
                    LanguageDetectorBuilder.from_languages(
                        *(getattr(Language, p.LINGUA) for p in _PACKS.values())
                    )
                    .with_preloaded_language_models()
                    .build()
                )
                _lingua_dutch = getattr(Language, _PACKS[NL].LINGUA)
            except Exception:  # noqa: BLE001  # pragma: no cover - lingua missing or broken
                _detector_failed = True
                _detector = None
    return _detector


def warm_up() -> bool:
    """Build the lingua detector now (e.g. at action-server start).

    Returns True when lingua is available; detection still works on the
    lexicon alone when it is not.
    """
    return _get_detector() is not None


def _lingua_dutch_probability(words: list[str]) -> float | None:
    """P(Dutch) between English and Dutch from lingua, None if unknown."""
    detector = _get_detector()
    if detector is None or not words:
        return None
    sample = " ".join(words)[:MAX_LINGUA_CHARS]
    try:
        p = float(detector.compute_language_confidence(sample, _lingua_dutch))
        p_en = 1.0 - p
        if p <= 0.0 and p_en >= 1.0:
            # lingua gives 0/0 for text it cannot score; check the other side
            values = detector.compute_language_confidence_values(sample)
            if all(float(v.value) == 0.0 for v in values):
                return None
        return min(max(p, 0.0), 1.0)
    except Exception:  # noqa: BLE001  # pragma: no cover - defensive
        return None


# --------------------------------------------------------------------------
# Analysis
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Analysis:
    """What :func:`analyse` found in a message (for tests and reports)."""

    words: int  # alphabetic words
    substantive: int  # distinct words of 2+ letters that are not fillers
    nl_votes: int  # distinct Dutch lexicon words
    en_votes: int  # distinct English lexicon words
    p_dutch: float | None  # lingua confidence for Dutch (None: no lingua)
    score: float  # > 0 Dutch, < 0 English
    language: str | None  # detect_language's answer

    def lingua_confidence(self, lang: str) -> float:
        if self.p_dutch is None:
            return 0.0
        return self.p_dutch if lang == NL else 1.0 - self.p_dutch


_EMPTY = Analysis(0, 0, 0, 0, None, 0.0, None)


def _logit(p: float) -> float:
    p = min(max(p, 1e-6), 1 - 1e-6)
    return max(-LINGUA_LOGIT_CLIP, min(LINGUA_LOGIT_CLIP, math.log(p / (1 - p))))


def analyse(text: Any) -> Analysis:
    """Evidence about the language of `text`; never raises."""
    try:
        return _analyse(_as_text(text))
    except Exception:  # noqa: BLE001  # pragma: no cover - defensive
        return _EMPTY


def _analyse(clean: str) -> Analysis:
    if not clean or clean.startswith("/") or _PAYLOAD_RE.match(clean):
        return _EMPTY
    clean = _PAYLOAD_TOKEN_RE.sub(" ", clean)
    words = _words(clean)
    if not words:
        return _EMPTY
    distinct = set(words)
    substantive = sum(1 for w in distinct if len(w) >= 2 and w not in WEAK_WORDS)
    nl_votes = sum(1 for w in distinct if w in LEXICONS[NL])
    en_votes = sum(1 for w in distinct if w in LEXICONS[EN])
    p_dutch = _lingua_dutch_probability(words) if substantive else None
    score = LEXICON_WEIGHT * (nl_votes - en_votes)
    if p_dutch is not None:
        score += _logit(p_dutch)
    language: str | None = None
    if (
        substantive >= MIN_SUBSTANTIVE_WORDS
        and abs(score) >= DETECT_THRESHOLD
        and _greeting(clean, words) is None
    ):
        language = NL if score > 0 else EN
        # Without a single lexicon word for the winning side, lingua alone
        # must be sure on at least three words (keeps "asdf qwerty" out).
        votes = nl_votes if language == NL else en_votes
        if not votes:
            p_win = 0.0 if p_dutch is None else (p_dutch if language == NL else 1 - p_dutch)
            if p_win < LINGUA_ALONE or substantive < 3:
                language = None
    return Analysis(len(words), substantive, nl_votes, en_votes, p_dutch, score, language)


# --------------------------------------------------------------------------
# Public functions
# --------------------------------------------------------------------------


def explicit_choice(text: Any) -> str | None:
    """An explicit request for a language: "en", "nl" or None.

    Recognised: the button payloads ``lang:en`` / ``lang:nl``; a bare
    language name ("Nederlands", "Vlaams", "NL", "English", "Engels", "EN" in
    capitals only, since "en" is the Dutch "and"); or a short request made of
    a language name and request words only ("in English please", "can we
    speak english", "kan het in het nederlands", "spreek je engels?").
    Not a choice: statements ("I'm Dutch but live in Belgium"), negations
    ("geen engels"), both languages named, Rasa intent syntax ("/nl").
    """
    try:
        raw = text.decode("utf-8", "replace") if isinstance(text, bytes) else text
        if not isinstance(raw, str):
            return None
        if raw.strip() == "EN":
            return EN
        clean = _as_text(raw)
        if not clean or clean.startswith("/"):
            return None
        m = _PAYLOAD_RE.match(clean)
        if m:
            return m.group(1).lower()
        words = _words(clean)
        if not words or len(words) > _MAX_CHOICE_WORDS:
            return None
        named = [code for code, names in _NAMES.items() if any(w in names for w in words)]
        if len(named) != 1:  # none, or two named
            return None
        if any(w in _NEGATIONS for w in words):
            return None
        if all(w in _ALL_NAMES or w in _REQUEST_WORDS for w in words):
            return named[0]
        return None
    except Exception:  # noqa: BLE001  # pragma: no cover - defensive
        return None


def detect_language(text: Any) -> str | None:
    """Offline detection: "en", "nl", or None when unsure.

    None for short or ambiguous messages (fewer than two substantive words:
    "ok", "ja", "3 weeks", "3 weken", "idk", emoji, digits), pure greetings
    (see :func:`greeting_language`), button payloads, and mixed messages
    without a clear margin between lingua's confidence and the lexicon votes.
    """
    return analyse(text).language


def _greeting(clean: str, words: list[str]) -> str | None:
    if not words or len(words) > 3:
        return None
    phrase = " ".join(w for w in words if w not in ("x", "xx"))
    # the rest of the message must be punctuation, emoji or spaces
    rest = _WORD_RE.sub("", _URL_RE.sub("", clean))
    if any(ch.isdigit() for ch in rest):
        return None
    for code, greetings in _GREETINGS.items():
        if phrase in greetings:
            return code
    return None


def greeting_language(text: Any) -> str | None:
    """Language of a bare greeting: "hallo", "hoi", "goeiemorgen", "dag" ->
    "nl"; "hello", "hi there", "good morning" -> "en"; else None ("hi",
    "hey" are used in both languages).  Use it only for a first message."""
    try:
        clean = _as_text(text)
        if not clean:
            return None
        return _greeting(clean, _words(clean))
    except Exception:  # noqa: BLE001  # pragma: no cover - defensive
        return None


def _other(lang: str) -> str:
    return NL if lang == EN else EN


def is_clear_run(text: Any, lang: str) -> bool:
    """True when `text` is a clear run of text in `lang`: enough words to
    leave a confidently known language (see :func:`choose_language`)."""
    try:
        target = _norm_lang(lang)
        if target is None:
            return False
        a = analyse(text)
        if a.language != target:
            return False
        if a.words < FLIP_MIN_WORDS or a.substantive < FLIP_MIN_SUBSTANTIVE:
            return False
        if a.lingua_confidence(target) < FLIP_MIN_LINGUA:
            return False
        votes, against = (a.nl_votes, a.en_votes) if target == NL else (a.en_votes, a.nl_votes)
        if votes < FLIP_MIN_VOTES or against > 1:
            return False
        return abs(a.score) >= FLIP_THRESHOLD
    except Exception:  # noqa: BLE001  # pragma: no cover - defensive
        return False


def choose_language(
    current: str | None,
    text: Any,
    metadata_language: str | None = None,
    confident: bool = False,
    default: str = NL,
) -> tuple[str, bool]:
    """The conversation's language after this message, and whether it is now
    confidently known.

    1. An explicit choice always wins: (choice, True).
    2. While the language is not confidently known: a metadata language
       "en"/"nl" (other values such as "fr" are ignored) -> (meta, True);
       else detection on this message -> (detected, True); else a bare
       greeting -> (greeting, False); else (current or default, False).
    3. Once confident, the language only changes on an explicit choice or a
       clear run of text in the other language (at least 6 words detected as
       that language with high lingua confidence and lexicon support).
       Metadata does not undo it: the widget sends its metadata with every
       message, and letting it win each turn would cancel a user's
       "in English please" on the very next message.

    Short or ambiguous messages never flip a confident language.
    """
    fallback = _norm_lang(default) or NL
    try:
        cur = _norm_lang(current)
        choice = explicit_choice(text)
        if choice is not None:
            return choice, True
        if confident and cur is not None:
            other = _other(cur)
            if is_clear_run(text, other):
                return other, True
            return cur, True
        meta = _norm_lang(metadata_language)
        if meta is not None:
            return meta, True
        detected = detect_language(text)
        if detected is not None:
            return detected, True
        greeted = greeting_language(text)
        if greeted is not None:
            return greeted, False
        return (cur or fallback), False
    except Exception:  # noqa: BLE001  # pragma: no cover - defensive
        return (_norm_lang(current) or fallback), bool(confident and _norm_lang(current))


def language_from_metadata(metadata: Any) -> str | None:
    """"en"/"nl" from a channel's metadata ({"language": "nl-BE"}), else None."""
    if isinstance(metadata, dict):
        for key in ("language", "lang"):
            value = metadata.get(key)
            if isinstance(value, str) and value.lower()[:2] in LANGUAGES:
                return value.lower()[:2]
    return None
