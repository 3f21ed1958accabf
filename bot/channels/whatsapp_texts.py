"""The few texts the WhatsApp channel sends on its own (without Rasa).

The channel does not know a user's language (the assistant detects it from the
conversation), so a notice has one line per language the practice offers
(``languages`` in config/practice.yml), in the order of the registered language
packs (English first, then Dutch, then French), and one last line with the
emergency number in each of them. The labels of an interactive list are picked by
the words of the message they belong to, which is written in the conversation's
language: each language pack's lexicon (``bot/lang/<code>/language.py``) votes.

The texts are in each language's catalogue (``whatsapp`` in bot/catalogue/<code>.yml,
read with bot.clinical.summary.catalogue); a language whose catalogue has no text yet
gets the English one. tests/unit/test_french_surroundings.py checks that every
registered pack has each text, and WhatsApp's limits (button 20 characters,
section title 24).

Pure Python, no Rasa import.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Dict, FrozenSet, Iterable, Mapping, Optional, Tuple

from bot import lang
from bot.clinical.summary import catalogue
from bot.reading.text import strip_accents

#: The catalogue section of this channel's texts (bot/catalogue/<code>.yml).
SECTION = "whatsapp"


def _per_language(key: str) -> Dict[str, str]:
    """{code: text} of one text of the catalogues' ``whatsapp`` section, for every
    registered language whose own catalogue has it (a language without a catalogue, or
    without the text, is left out: it gets the English one)."""
    out: Dict[str, str] = {}
    for code in lang.CODES:
        texts = catalogue(code)
        if texts.get("language") == code and (texts.get(SECTION) or {}).get(key):
            out[code] = texts[SECTION][key]
    return out


#: The fallback when a language has no text (and the guess of an empty message); the
#: catalogue loader falls back to the same language.
DEFAULT = "en"

#: One line per language: a message type the assistant cannot read (photo, video,
#: document, location, contact card, sticker, reaction...). Nothing is sent to Rasa.
TEXT_ONLY: Dict[str, str] = _per_language("text_only")

#: One line per language: a voice message or other audio.
NO_AUDIO: Dict[str, str] = _per_language("no_audio")

#: The last line of every notice, each language's part joined by " / ".
EMERGENCY: Dict[str, str] = _per_language("emergency")

#: Body of an interactive message whose text is empty (WhatsApp requires one).
EMPTY_BODY = "👇"

#: Label of the button that opens an interactive list (max 20 characters).
LIST_BUTTON: Dict[str, str] = _per_language("list_button")

#: Title of the single section of an interactive list (max 24 characters).
LIST_SECTION: Dict[str, str] = _per_language("list_section")

#: WhatsApp Cloud API limits of the labels above (interactive list: the button
#: 20 characters, a section title 24).
MAX_LIST_BUTTON = 20
MAX_SECTION_TITLE = 24


def _practice_languages() -> Tuple[str, ...]:
    """The practice's languages (config/practice.yml); every registered pack when the
    file cannot be read (the assistant's start-up check reports that itself)."""
    try:
        from bot.practice import PracticeConfigError, current_practice
    except ImportError:  # pragma: no cover - bot.practice is part of the package
        return tuple(lang.CODES)
    try:
        return tuple(current_practice().languages)
    except (PracticeConfigError, OSError):
        return tuple(lang.CODES)


def offered_languages(languages: Optional[Iterable[str]] = None) -> Tuple[str, ...]:
    """The languages a notice speaks: ``languages`` (default: the practice's), in the
    order of the registered packs, each one that is registered; English alone when
    none is left."""
    wanted = set(_practice_languages() if languages is None else languages)
    return tuple(code for code in lang.CODES if code in wanted) or (DEFAULT,)


def text_in(texts: Mapping[str, str], language: str) -> str:
    """One text in ``language``, or in English when it has none here."""
    return texts.get(language) or texts[DEFAULT]


def notice(texts: Mapping[str, str], languages: Optional[Iterable[str]] = None) -> str:
    """A notice: one line per offered language, then the emergency line of all of them."""
    codes = offered_languages(languages)
    lines = list(dict.fromkeys(text_in(texts, code) for code in codes))
    emergency = " / ".join(dict.fromkeys(text_in(EMERGENCY, code) for code in codes))
    return "\n".join([*lines, "🚨 " + emergency])


#: Reply to a message type the assistant cannot read, in the practice's languages.
UNSUPPORTED_MESSAGE = notice(TEXT_ONLY)

#: Reply to a voice message or other audio, in the practice's languages.
UNSUPPORTED_AUDIO = notice(NO_AUDIO)


_WORD = re.compile(r"[a-z']+")


@lru_cache(maxsize=1)
def _lexicons() -> Dict[str, FrozenSet[str]]:
    """Each registered pack's lexicon, folded as the message is (lower case, no accents)."""
    return {code: frozenset(strip_accents(word).lower() for word in words)
            for code, words in lang.tables("language", "LEXICON")}


def guess_language(text: str) -> str:
    """The language of a message the assistant wrote: the pack whose lexicon has clearly
    the most of its words (a word in two lexicons counts for neither); English when no
    language wins. Only a language with list labels here can win."""
    words = set(_WORD.findall(strip_accents(text or "").lower()))
    lexicons = _lexicons()
    votes: Dict[str, int] = {}
    for code, lexicon in lexicons.items():
        if code not in LIST_BUTTON:
            continue
        others = set().union(*(other for key, other in lexicons.items() if key != code))
        votes[code] = len((words & lexicon) - others)
    best = max(votes.values(), default=0)
    winners = [code for code, count in votes.items() if count == best]
    return winners[0] if best > 0 and len(winners) == 1 else DEFAULT


def unsupported_reply(message_type: str) -> str:
    """The notice for a WhatsApp message type we cannot read."""
    if message_type in ("audio", "voice"):
        return UNSUPPORTED_AUDIO
    return UNSUPPORTED_MESSAGE
