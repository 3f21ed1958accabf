"""Which language a conversation is in: one of the registered language packs.

Pure Python (no Rasa import).  Used by the actions that keep the `language`
slot, and by the product rule of docs/product.md (Languages):

1. an explicit choice ("Nederlands", "in English please", a language button)
   always wins, at any moment;
2. the channel's metadata (`{"language": "nl"}` from the website widget) sets
   the language while it is not confidently known yet;
3. otherwise detection on the user's first substantive message;
4. short or ambiguous messages ("ok", "ja", "3 weeks") never flip the
   language; a clear run of text in another language may.

The engine knows no language by itself: the languages are the registered
packs (:data:`bot.lang.CODES`), and every word that tells one language from
another lives in its pack, ``bot/lang/<code>/language.py`` (lexicon, fillers,
names, aliases, request words, negations, greetings, button title and
lingua's name of the language).  Adding a language is adding its pack; this
file does not change.  Return values are language codes ("en", "nl", ...).

How a language is detected
--------------------------
Each registered language gets its evidence: the number of distinct words of
the message in its lexicon (its votes) and lingua's confidence for it
(lingua restricted to the registered languages).  Two languages A and B are
compared by ``LEXICON_WEIGHT * (votes A - votes B)`` plus lingua's log-odds
of A against B, clipped to +/- ``LINGUA_LOGIT_CLIP``.  The winner is the
language that beats every other one; its margin is what it beats the
runner-up (the closest one) by, and must reach ``DETECT_THRESHOLD``.  With
two packs this is the single score "Dutch minus English" of old.

Public interface
----------------
- :func:`explicit_choice` -- an explicit request for a language, or None (a
  short message, or one clause of a longer one: "sorry ik spreek niet goed
  nederlands, je peux écrire en français? j'ai mal au dos").
- :func:`without_language_request` -- the message without such a clause, for
  the story and question readers.
- :func:`detect_language` -- offline detection (lingua restricted to the
  registered languages, plus each pack's lexicon of domain and regional
  words); None when unsure (fewer than two substantive words, pure
  greetings, button payloads, no clear margin).
- :func:`greeting_language` -- a bare greeting ("hallo", "goeiemorgen",
  "hello", "good morning"); only meant for the first message.
- :func:`choose_language` -- the conversation's language after a message,
  and whether it is now confidently known.

Language buttons
----------------
The language buttons carry the payloads ``lang:<code>`` (``lang:en``,
``lang:nl``: :data:`PAYLOAD_EN`, :data:`PAYLOAD_NL`; ``PAYLOAD_<CODE>`` for
every pack).  They are plain text, not Rasa's ``/intent`` syntax, so they
work the same when a user types them on any channel; their titles
("English", "Nederlands") work typed too.  A message that starts with "/"
(Rasa intent syntax such as "/nl") is never a choice.

All functions are pure apart from the lazily built, cached lingua detector,
and never raise: any input (None, bytes, 10,000 characters, emoji, HTML,
control characters) gives an allowed value.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Mapping, Sequence

from bot import lang
from bot.reading import regex as re
from bot.reading import text as _text

LANGUAGES: tuple[str, ...] = tuple(lang.CODES)  # the registered language packs, in order

#: The product's language when nothing says otherwise (docs/product.md);
#: callers pass the practice's own default (bot/practice.py).
DEFAULT_LANGUAGE = "nl"

# Detection thresholds (tuned on tests/data/language_messages.yml).
MIN_SUBSTANTIVE_WORDS = 2  # distinct words of 2+ letters that are not fillers
DETECT_THRESHOLD = 2.5  # margin over the runner-up needed to name a language
FLIP_MIN_WORDS = 6  # words needed to leave a confidently known language
FLIP_MIN_SUBSTANTIVE = 4
FLIP_MIN_LINGUA = 0.8  # lingua confidence for the new language
FLIP_MIN_VOTES = 3  # lexicon words of the new language (at most 1 of any other)
FLIP_THRESHOLD = 7.0  # margin over the runner-up needed to flip
LINGUA_ALONE = 0.95  # lingua confidence needed when no lexicon word agrees
LEXICON_WEIGHT = 1.5  # score per lexicon word (lingua gives a clipped log-odds)
LINGUA_LOGIT_CLIP = 5.0
_MIN_PROBABILITY = 1e-6  # lingua's 0.0 ("impossible") counts as this

MAX_CHARS = 4000  # longer messages are cut before analysis (speed)
MAX_LINGUA_CHARS = 1000


# --------------------------------------------------------------------------
# The words of each language live in its pack (bot/lang/<code>/language.py):
# its lexicon, fillers, names, request words, negations and greetings.
# --------------------------------------------------------------------------

_PACKS = {code: lang.module(code, "language") for code in LANGUAGES}

#: Buttons to offer a language choice: (title, payload).
LANGUAGE_BUTTONS = tuple((p.BUTTON_TITLE, f"lang:{code}") for code, p in _PACKS.items())

#: Fillers that carry no language evidence of their own (yes/no, ok, noise).
#: They never count towards the minimum number of words.
WEAK_WORDS: frozenset[str] = frozenset().union(*(p.FILLERS for p in _PACKS.values()))
#: Each language's lexicon (no word in two of them).
LEXICONS: dict[str, frozenset[str]] = {code: p.LEXICON for code, p in _PACKS.items()}
#: A word of this many letters or more one edit from a lexicon word votes for its language
#: ("rgupijn, help"): the deletions of each such lexicon word, per language (SymSpell's idea).
_TYPO_MIN_LETTERS = 6


def _deletions(word: str) -> set[str]:
    return {word, *_text.deletions(word)}


_TYPO_KEYS: dict[str, frozenset[str]] = {
    code: frozenset(key for word in lexicon if len(word) >= _TYPO_MIN_LETTERS for key in _deletions(word))
    for code, lexicon in LEXICONS.items()
}
_ALL_LEXICON: frozenset[str] = frozenset().union(*LEXICONS.values())
#: Each language's names ("english", "engels"; "nederlands", "vlaams").
_NAMES: dict[str, frozenset[str]] = {code: p.NAMES for code, p in _PACKS.items()}
_ALL_NAMES: frozenset[str] = frozenset().union(*_NAMES.values())
# a quick look before splitting a message into clauses: does it name a language at all?
_NAME_WORD_RE = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, _ALL_NAMES), key=len, reverse=True)) + r")\b",
                           re.IGNORECASE)
#: Words allowed around a language name in a request ("can we speak english
#: please", "kan het in het nederlands aub").  Anything else ("I'm Dutch but
#: live in Belgium", "my english is bad") makes the message not a choice.
_REQUEST_WORDS: frozenset[str] = frozenset().union(*(p.REQUEST_WORDS for p in _PACKS.values()))
_NEGATIONS: frozenset[str] = frozenset().union(*(p.NEGATIONS for p in _PACKS.values()))
_GREETINGS: dict[str, frozenset[str]] = {code: p.GREETINGS for code, p in _PACKS.items()}
_ALIASES: dict[str, str] = {alias: code for code, p in _PACKS.items() for alias in p.ALIASES}
#: lingua's name of each language (lingua.Language.<name>)
_LINGUA_NAMES: dict[str, str] = {code: p.LINGUA for code, p in _PACKS.items()}
#: A bare language code typed in capitals ("EN", "NL") is a choice; in lower
#: case it may be a word ("en" is the Dutch "and"), so only the names count.
_CAPITAL_CODES: dict[str, str] = {code.upper(): code for code in LANGUAGES}


def __getattr__(name: str) -> Any:
    """Names per pack, for every registered language: ``EN``, ``NL`` (the
    codes), ``PAYLOAD_EN``, ``PAYLOAD_NL`` (the button payloads),
    ``EN_LEXICON``, ``NL_LEXICON`` (one pack's lexicon, older name)."""
    head, _, rest = name.partition("_")
    if name.isupper():
        if name.lower() in LEXICONS:
            return name.lower()
        if head == "PAYLOAD" and rest.lower() in LEXICONS:
            return f"lang:{rest.lower()}"
        if rest == "LEXICON" and head.lower() in LEXICONS:
            return LEXICONS[head.lower()]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_MAX_CHOICE_WORDS = 10
#: where one clause of a message ends: a request for a language may be one of them
_CLAUSE_RE = re.compile(r"[,.;:!?()\n]+|\s[-–]\s")
_PAYLOAD_RE = re.compile(
    r"^\s*lang(?:uage)?\s*[:=_]\s*(" + "|".join(map(re.escape, LANGUAGES)) + r")\s*$", re.IGNORECASE
)
#: kiss marks after a greeting ("hallo x", "hello xx"): typography, no language
_KISSES = ("x", "xx")

# --------------------------------------------------------------------------
# Text normalisation
# --------------------------------------------------------------------------

_URL_RE = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
# a language button's payload inside other text is no words of any language
_PAYLOAD_TOKEN_RE = re.compile(r"\blang(?:uage)?\s*[:=_]\s*[a-z]{2}\b", re.IGNORECASE)
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")  # "nee-nee" is one word


def _as_text(text: Any) -> str:
    """Any input -> a bounded, normalised, lower-case string ('' if unusable)."""
    raw = _text.as_text(text, MAX_CHARS, errors="replace", byte_limit=MAX_CHARS * 4)
    return _text.normalise(raw, keep_accents=True)


def _words(clean: str) -> list[str]:
    # `clean` is casefolded: without "<", "http" or "www" the patterns cannot match
    clean = _text.without_markup(clean)
    if "http" in clean or "www" in clean:
        clean = _URL_RE.sub(" ", clean)
    return [word for w in _WORD_RE.findall(clean) if (word := w.strip("'"))]


def _norm_lang(value: Any) -> str | None:
    """A registered code from a code or alias ('EN', 'nl-BE', 'en_GB',
    'dutch'; see each pack's ALIASES), else None."""
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
_lingua_codes: dict[Any, str] = {}  # lingua.Language -> our code


def _get_detector() -> Any:
    """The lingua detector for the registered languages, built once (about 0.3 s)."""
    global _detector, _detector_failed, _lingua_codes
    if _detector is not None or _detector_failed:
        return _detector
    with _detector_lock:
        if _detector is None and not _detector_failed:
            try:
                from lingua import Language, LanguageDetectorBuilder

                codes = {getattr(Language, name): code for code, name in _LINGUA_NAMES.items()}
                _detector = (
                    LanguageDetectorBuilder.from_languages(*codes)
                    .with_preloaded_language_models()
                    .build()
                )
                _lingua_codes = codes
            except Exception:  # noqa: BLE001  # pragma: no cover - lingua missing or broken
                _detector_failed = True
                _detector = None
    return _detector


def warm_up() -> bool:
    """Build the lingua detector now (e.g. at action-server start).

    Returns True when lingua is available; detection still works on the
    lexicons alone when it is not.
    """
    return _get_detector() is not None


def _lingua_confidences(words: list[str]) -> dict[str, float] | None:
    """lingua's confidence for each registered language (they add up to 1),
    None if unknown (no lingua, or text lingua cannot score)."""
    detector = _get_detector()
    if detector is None or not words:
        return None
    sample = " ".join(words)[:MAX_LINGUA_CHARS]
    try:
        values = detector.compute_language_confidence_values(sample)
        confidences = {_lingua_codes[v.language]: v.value for v in values}
        if len(confidences) < len(LANGUAGES):  # lingua left one out: it scored 0
            confidences = {code: confidences.get(code, 0.0) for code in LANGUAGES}
        if not any(confidences.values()):
            return None  # lingua gives 0 everywhere for text it cannot score
        return confidences
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
    votes: Mapping[str, int]  # per language: distinct words of its lexicon
    lingua: Mapping[str, float] | None  # per language: lingua's confidence (None: no lingua)
    runner_up: str | None  # the closest language to the leader
    margin: float  # what the leader beats the runner-up by (> 0: it beats every other language)
    language: str | None  # detect_language's answer

    def lingua_confidence(self, lang: str) -> float:
        if self.lingua is None:
            return 0.0
        return self.lingua.get(lang, 0.0)


_EMPTY = Analysis(0, 0, dict.fromkeys(LANGUAGES, 0), None, None, 0.0, None)


def _pair_score(a: str, b: str, votes: Mapping[str, int], lingua: Mapping[str, float] | None) -> float:
    """How much more the message looks like language `a` than `b` (> 0: `a`):
    LEXICON_WEIGHT per lexicon word more, plus lingua's log-odds of `a`
    against `b` clipped to +/- LINGUA_LOGIT_CLIP (lingua's 0.0 counts as
    _MIN_PROBABILITY)."""
    score = LEXICON_WEIGHT * (votes[a] - votes[b])
    if lingua is not None:
        p_a, p_b = lingua[a], lingua[b]
        p_a = p_a if p_a > _MIN_PROBABILITY else _MIN_PROBABILITY
        p_b = p_b if p_b > _MIN_PROBABILITY else _MIN_PROBABILITY
        x = math.log(p_a / p_b)
        score += LINGUA_LOGIT_CLIP if x > LINGUA_LOGIT_CLIP else -LINGUA_LOGIT_CLIP if x < -LINGUA_LOGIT_CLIP else x
    return score


#: every pair of languages once: (index of A, index of B, A, B)
_PAIRS = tuple((i, j, a, b) for i, a in enumerate(LANGUAGES) for j, b in enumerate(LANGUAGES) if i < j)
_NO_SCORES = [math.inf] * len(LANGUAGES)
_NO_CLOSEST: list[str | None] = [None] * len(LANGUAGES)


def _leader(votes: Mapping[str, int], lingua: Mapping[str, float] | None) -> tuple[str | None, str | None, float]:
    """(leader, runner-up, margin): the language whose smallest pairwise
    score (:func:`_pair_score`) against the others is the largest, the
    language of that smallest score, and the score.  A positive margin means
    the leader beats every other language.  Each pair is scored once (B
    against A is minus A against B)."""
    if not _PAIRS:
        return None, None, -math.inf
    worst = _NO_SCORES.copy()
    closest = _NO_CLOSEST.copy()
    for i, j, a, b in _PAIRS:
        s = _pair_score(a, b, votes, lingua)
        if s < worst[i]:
            worst[i] = s
            closest[i] = b
        if -s < worst[j]:
            worst[j] = -s
            closest[j] = a
    k = 0  # the first one on a tie
    for i in range(1, len(worst)):
        if worst[i] > worst[k]:
            k = i
    return LANGUAGES[k], closest[k], worst[k]


def analyse(text: Any) -> Analysis:
    """Evidence about the language of `text`; never raises."""
    try:
        return _analyse(_as_text(text))
    except Exception:  # noqa: BLE001  # pragma: no cover - defensive
        return _EMPTY


def _analysis(text: Any, clean: str | None) -> Analysis:
    """:func:`analyse`; `clean` is ``_as_text(text)`` when already known."""
    if clean is None:
        return analyse(text)
    try:
        return _analyse(clean)
    except Exception:  # noqa: BLE001  # pragma: no cover - defensive
        return _EMPTY


def _analyse(clean: str) -> Analysis:
    if not clean or clean.startswith("/") or _PAYLOAD_RE.match(clean):
        return _EMPTY
    if "lang" in clean:
        clean = _PAYLOAD_TOKEN_RE.sub(" ", clean)
    words = _words(clean)
    if not words:
        return _EMPTY
    distinct = set(words)
    substantive = sum(1 for w in distinct if len(w) >= 2 and w not in WEAK_WORDS)
    votes = {code: len(distinct & lexicon) for code, lexicon in LEXICONS.items()}
    typos = [w for w in distinct if len(w) >= _TYPO_MIN_LETTERS and w not in _ALL_LEXICON]
    for word in typos:
        keys = _deletions(word)
        near = [code for code, typo_keys in _TYPO_KEYS.items() if keys & typo_keys]
        if len(near) == 1:  # one edit from a word of one language only
            votes[near[0]] += 1
    lingua = _lingua_confidences(words) if substantive else None
    leader, runner_up, margin = _leader(votes, lingua)
    language: str | None = None
    if (
        leader is not None
        and substantive >= MIN_SUBSTANTIVE_WORDS
        and margin >= DETECT_THRESHOLD
        and _greeting(clean, words) is None
    ):
        language = leader
        # Without a single lexicon word for the winning side, lingua alone
        # must be sure on at least three words (keeps "asdf qwerty" out).
        if not votes[language]:
            p_win = 0.0 if lingua is None else lingua[language]
            if p_win < LINGUA_ALONE or substantive < 3:
                language = None
    return Analysis(len(words), substantive, votes, lingua, runner_up, margin, language)


# --------------------------------------------------------------------------
# Public functions
# --------------------------------------------------------------------------


def explicit_choice(text: Any) -> str | None:
    """An explicit request for a language: its code, or None.

    Recognised: the button payloads ``lang:<code>`` (``lang:en``,
    ``lang:nl``); a bare language name from a pack's NAMES ("Nederlands",
    "Vlaams", "NL", "English", "Engels") or a code in capitals ("EN": in
    lower case "en" is the Dutch "and"); or a short request made of a
    language name and the packs' request words only ("in English please",
    "can we speak english", "kan het in het nederlands", "spreek je engels?").
    A longer message chooses when one of its clauses is such a request with a
    request word besides the name, and no other clause asks for another language.
    Not a choice: statements ("I'm Dutch but live in Belgium"), negations
    ("geen engels"), two languages named, Rasa intent syntax ("/nl").
    """
    raw = text.decode("utf-8", "replace") if isinstance(text, bytes) else text
    return _explicit_choice(raw, None) if isinstance(raw, str) else None


def _explicit_choice(raw: str, clean: str | None) -> str | None:
    """:func:`explicit_choice` of a string; `clean` is ``_as_text(raw)`` when
    already known."""
    try:
        capital = _CAPITAL_CODES.get(raw.strip())
        if capital is not None:
            return capital
        if clean is None:
            clean = _as_text(raw)
        if not clean or clean.startswith("/"):
            return None
        m = _PAYLOAD_RE.match(clean)
        if m:
            return m.group(1).lower()
        words = _words(clean)
        whole = _request(words, bare_name=True)
        if whole is not None or len(words) <= 3:
            return whole
        return _request_in_a_clause(clean)
    except Exception:  # noqa: BLE001  # pragma: no cover - defensive
        return None


def without_language_request(text: str) -> str:
    """`text` without the clauses that only ask for a language, so that what is left can be
    read as a story: "hallo, sorry ik spreek niet goed nederlands, je peux écrire en français?
    j'ai mal au dos depuis 2 semaines" is a story told after a request, not a question."""
    if not isinstance(text, str) or not _NAME_WORD_RE.search(text):
        return text
    clauses = _clause_requests(text)
    kept = [clause for clause, asked in clauses if asked is None]
    return text if len(kept) == len(clauses) else ", ".join(p.strip() for p in kept if p.strip())


@lru_cache(maxsize=64)
def _clause_requests(text: str) -> tuple[tuple[str, str | None], ...]:
    """Each clause of `text` with the language it alone asks for (None: none). Kept for the
    last messages: the story detector, the question reader and the language choice of one
    message all ask."""
    return tuple((clause, _request(_words(_as_text(clause)), bare_name=False)) for clause in _CLAUSE_RE.split(text))


def _request(words: list[str], bare_name: bool) -> str | None:
    """The language that `words` ask for, when they are only a language name and request
    words ("en français svp"); a bare name counts only when `bare_name`."""
    if not words or len(words) > _MAX_CHOICE_WORDS:
        return None
    named = [code for code, names in _NAMES.items() if any(w in names for w in words)]
    if len(named) != 1:  # none, or two named
        return None
    if any(w in _NEGATIONS for w in words):
        return None
    if not bare_name and all(w in _ALL_NAMES for w in words):
        return None
    if all(w in _ALL_NAMES or w in _REQUEST_WORDS for w in words):
        return named[0]
    return None


def _request_in_a_clause(clean: str) -> str | None:
    """A request made in one clause of a longer message ("hallo, sorry ik spreek niet goed
    nederlands, je peux écrire en français? j'ai mal au dos"): the clause must hold a request
    word besides the name ("Frans, mijn buurman, ..." names a man, not a language), and no
    other clause may ask for another language."""
    asked = {language for _, language in _clause_requests(clean)}
    asked.discard(None)
    return asked.pop() if len(asked) == 1 else None


def detect_language(text: Any) -> str | None:
    """Offline detection: a language code ("en", "nl"), or None when unsure.

    None for short or ambiguous messages (fewer than two substantive words:
    "ok", "ja", "3 weeks", "3 weken", "idk", emoji, digits), pure greetings
    (see :func:`greeting_language`), button payloads, and mixed messages
    without a clear margin over the runner-up (lingua's confidence and the
    lexicon votes, see the module docstring).
    """
    return analyse(text).language


def _greeting(clean: str, words: list[str]) -> str | None:
    if not words or len(words) > 3:
        return None
    phrase = " ".join(w for w in words if w not in _KISSES)
    # the rest of the message must be punctuation, emoji or spaces
    rest = _WORD_RE.sub("", _URL_RE.sub("", clean) if "http" in clean or "www" in clean else clean)
    if any(ch.isdigit() for ch in rest):
        return None
    for code, greetings in _GREETINGS.items():
        if phrase in greetings:
            return code
    return None


def greeting_language(text: Any) -> str | None:
    """Language of a bare greeting (each pack's GREETINGS): "hallo", "hoi",
    "goeiemorgen", "dag" -> "nl"; "hello", "hi there", "good morning" ->
    "en"; else None ("hi", "hey" are used in both languages).  Use it only
    for a first message."""
    return _greeting_language(text, None)


def _greeting_language(text: Any, clean: str | None) -> str | None:
    try:
        if clean is None:
            clean = _as_text(text)
        if not clean:
            return None
        return _greeting(clean, _words(clean))
    except Exception:  # noqa: BLE001  # pragma: no cover - defensive
        return None


def _clear_run(a: Analysis, target: str) -> bool:
    if a.language != target:
        return False
    if a.words < FLIP_MIN_WORDS or a.substantive < FLIP_MIN_SUBSTANTIVE:
        return False
    if a.lingua_confidence(target) < FLIP_MIN_LINGUA:
        return False
    if a.votes[target] < FLIP_MIN_VOTES or any(n > 1 for code, n in a.votes.items() if code != target):
        return False
    return a.margin >= FLIP_THRESHOLD


def is_clear_run(text: Any, lang: str) -> bool:
    """True when `text` is a clear run of text in `lang`: enough words to
    leave a confidently known language (see :func:`choose_language`)."""
    try:
        target = _norm_lang(lang)
        if target is None:
            return False
        return _clear_run(analyse(text), target)
    except Exception:  # noqa: BLE001  # pragma: no cover - defensive
        return False


def choose_language(
    current: str | None,
    text: Any,
    metadata_language: str | None = None,
    confident: bool = False,
    default: str = DEFAULT_LANGUAGE,
    offered: Sequence[str] | None = None,
) -> tuple[str, bool]:
    """The conversation's language after this message, and whether it is now
    confidently known.

    1. An explicit choice always wins: (choice, True).
    2. While the language is not confidently known: a metadata language
       naming a registered pack ("en", "nl-BE"; others such as "de" are
       ignored) -> (meta, True); else detection on this message ->
       (detected, True); else a bare greeting -> (greeting, False); else
       (current or default, False).
    3. Once confident, the language only changes on an explicit choice or a
       clear run of text in another language (at least 6 words detected as
       that language with high lingua confidence and lexicon support).
       Metadata does not undo it: the widget sends its metadata with every
       message, and letting it win each turn would cancel a user's
       "in English please" on the very next message.

    Short or ambiguous messages never flip a confident language.

    `offered`: the practice's languages (bot/practice.py; all packs when None). A
    language it does not offer is never chosen, whatever names or writes it (a
    French message to a practice without French gets bot/patches/no_turn_messages.py's
    "I can only chat in ...").
    """
    allowed = _offered(offered)
    fallback = _norm_lang(default) or DEFAULT_LANGUAGE
    fallback = fallback if fallback in allowed else allowed[0]
    cur = _norm_lang(current)
    cur = cur if cur in allowed else None
    try:
        # a string is normalised once for the choice, the detection and the greeting
        try:
            clean = _as_text(text) if isinstance(text, str) else None
        except Exception:  # noqa: BLE001  # pragma: no cover - defensive
            clean = None
        choice = explicit_choice(text) if clean is None else _explicit_choice(text, clean)
        if choice in allowed:
            return choice, True
        if confident and cur is not None:
            a = _analysis(text, clean)
            if a.language in allowed and a.language != cur and _clear_run(a, a.language):
                return a.language, True
            return cur, True
        meta = _norm_lang(metadata_language)
        if meta in allowed:
            return meta, True
        detected = _analysis(text, clean).language
        if detected in allowed:
            return detected, True
        greeted = _greeting_language(text, clean)
        if greeted in allowed:
            return greeted, False
        return (cur or fallback), False
    except Exception:  # noqa: BLE001  # pragma: no cover - defensive
        return (cur or fallback), bool(confident and cur)


def _offered(offered: Sequence[str] | None) -> tuple[str, ...]:
    """The offered languages that have a pack, in pack order; every pack when none is."""
    wanted = {_norm_lang(code) for code in offered or ()}
    return tuple(code for code in LANGUAGES if code in wanted) or LANGUAGES


def language_from_metadata(metadata: Any) -> str | None:
    """A registered code from a channel's metadata ({"language": "nl-BE"} ->
    "nl"), else None."""
    if isinstance(metadata, dict):
        for key in ("language", "lang"):
            value = metadata.get(key)
            if isinstance(value, str) and value.lower()[:2] in LANGUAGES:
                return value.lower()[:2]
    return None
