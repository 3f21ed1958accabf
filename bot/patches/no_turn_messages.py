"""Which messages are no turn at all (pure: no Rasa import, tested on its own).

Such a message gets a kind reply, the pending question again, and changes nothing
(not stored); bot/patches/turn_handling.py answers it. They are:

- empty or whitespace-only messages (``utter_empty_message``);
- messages clearly in a language the practice does not offer: German, or a
  language with a pack that is not in the practice's languages
  (``utter_other_language`` names the offered ones);
- messages over ``MAX_MESSAGE_CHARS`` characters (``utter_message_too_long``);
- a message that is nothing but Rasa's typed intent syntax (``/affirm``,
  ``/inform{...}``): "please tell me in your own words" (``utter_command_syntax``;
  bot/patches/typed_intents.py has why).

A message that names a red flag is never held back.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Any, Dict, Optional, Sequence

EMPTY_RESPONSE = "utter_empty_message"
OTHER_LANGUAGE_RESPONSE = "utter_other_language"
TOO_LONG_RESPONSE = "utter_message_too_long"
COMMAND_RESPONSE = "utter_command_syntax"
# Rasa's intent syntax as a whole message: "/report_red_flag", '/inform{"onset": "trauma"}'.
# No patient writes it; its words (even "fever") are machine syntax, not symptoms.
_COMMAND = re.compile(r"^\s*/[\w.:-]+\s*(?:@[0-9.]+)?\s*(?:\{.*\})?\s*$", re.DOTALL)

MAX_MESSAGE_CHARS = 4096  # WhatsApp's limit; the web widget allows 4,000

# German has no pack: its words that are neither English, Dutch nor French (nor
# Flemish: "ja", "bin", "knie", "die", "der" are Dutch as well, so none count).
# A language with a pack that the practice does not offer is told by its pack's
# lexicon instead (bot/lang/<code>/language.py).
_GERMAN = frozenset(
    """
    ich habe hab hast nicht und mein meine meinen meinem meiner mir mich tut
    weh seit rücken ruecken rückenschmerzen rueckenschmerzen schmerzen schmerz
    woche wochen tage tagen monate monaten jahr jahre jahren sprechen sprichst
    deutsch bitte auch ist sehr können koennen kann nach einem einer eine
    einen bei mit vom beim zum zur über ueber unten bein beine kein keine
    gefühl gefuehl taub kribbeln guten geht es das ein aber oder schon noch
    wenn dass auf aus sich sie wir haben seitdem gestern heute englisch
    niederländisch niederlaendisch hilfe helfen warum
    """.split()
)
_OTHER_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def _foreign_lexicons(spoken: Sequence[str]) -> Dict[str, frozenset]:
    """The lexicons of the languages the assistant does not speak here: every
    pack the practice does not offer, and German."""
    from bot.reading import language

    others = {code: words for code, words in language.LEXICONS.items() if code not in spoken}
    return {**others, "de": _GERMAN}


def other_language(text: Any, offered: Optional[Sequence[str]] = None) -> Optional[str]:
    """The code of a language the assistant does not speak here ("de", or a
    pack the practice does not offer), when the message is clearly in it; else None.

    ``offered``: the practice's languages (default: every registered pack).
    Clearly: at least two distinct words of that language, more of them than
    words of the offered languages and of any other foreign language, and no
    red flag (a red flag is never held back); or an explicit choice of a
    language that is not offered ("en français svp" where French is not offered).
    Short or mixed messages ("merci", "bonjour, my back hurts") are left to the NLU.
    """
    if not isinstance(text, str) or not text.strip():
        return None
    from bot.reading import language  # pure; lingua is not loaded by what is used here

    spoken = language.LANGUAGES if offered is None else tuple(offered)
    choice = language.explicit_choice(text)
    if choice in spoken:
        return None
    found = choice or _clearly_foreign(text, spoken)
    if found is None:
        return None
    from bot.reading.redflags import find_red_flags

    try:
        if find_red_flags(text):
            return None
    except Exception:  # noqa: BLE001 - on any doubt, let the normal turn handle it
        return None
    return found


def _clearly_foreign(text: str, spoken: Sequence[str]) -> Optional[str]:
    from bot.reading import language

    clean = unicodedata.normalize("NFKC", text[:MAX_MESSAGE_CHARS]).casefold().replace("’", "'")
    words = _OTHER_WORD.findall(clean.replace("'", " "))
    if len(words) < 2:
        return None
    distinct = set(words)
    ours = len(distinct & frozenset().union(*(language.LEXICONS[c] for c in spoken if c in language.LEXICONS)))
    scores = {code: len(distinct & words_) for code, words_ in _foreign_lexicons(spoken).items()}
    ranked = sorted(scores, key=scores.get, reverse=True)
    best, hits = ranked[0], scores[ranked[0]]
    runner_up = scores[ranked[1]] if len(ranked) > 1 else 0
    if hits < 2 or hits <= ours or hits <= runner_up:
        return None
    return best


def no_turn_reason(text: Any, offered: Optional[Sequence[str]] = None) -> Optional[str]:
    """The response for a message that is no turn at all, or None for a normal turn.
    ``offered``: the practice's languages (see :func:`other_language`)."""
    if text is None or (isinstance(text, str) and not text.strip()):
        return EMPTY_RESPONSE
    if not isinstance(text, str):
        return None
    if _COMMAND.match(text):
        return COMMAND_RESPONSE
    if len(text) > MAX_MESSAGE_CHARS:
        from bot.reading.redflags import find_red_flags

        try:
            flagged = bool(find_red_flags(text))
        except Exception:  # noqa: BLE001
            flagged = True  # on doubt, let the normal turn (and its red-flag detector) see it
        return None if flagged else TOO_LONG_RESPONSE
    if other_language(text, offered):
        return OTHER_LANGUAGE_RESPONSE
    return None
