"""Which messages are no turn at all (pure: no Rasa import, tested on its own).

Such a message gets a kind reply, the pending question again, and changes nothing
(not stored); bot/patches/turn_handling.py answers it. They are:

- empty or whitespace-only messages (``utter_empty_message``);
- messages clearly in French or German (``utter_other_language``: the assistant
  speaks English and Dutch);
- messages over ``MAX_MESSAGE_CHARS`` characters (``utter_message_too_long``);
- a message that is nothing but Rasa's typed intent syntax (``/affirm``,
  ``/inform{...}``): "please tell me in your own words" (``utter_command_syntax``;
  bot/patches/typed_intents.py has why).

A message that names a red flag is never held back.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Any, Optional

EMPTY_RESPONSE = "utter_empty_message"
OTHER_LANGUAGE_RESPONSE = "utter_other_language"
TOO_LONG_RESPONSE = "utter_message_too_long"
COMMAND_RESPONSE = "utter_command_syntax"
# Rasa's intent syntax as a whole message: "/report_red_flag", '/inform{"onset": "trauma"}'.
# No patient writes it; its words (even "fever") are machine syntax, not symptoms.
_COMMAND = re.compile(r"^\s*/[\w.:-]+\s*(?:@[0-9.]+)?\s*(?:\{.*\})?\s*$", re.DOTALL)

MAX_MESSAGE_CHARS = 4096  # WhatsApp's limit; the web widget allows 4,000

# Words that are French or German and neither English nor Dutch (nor Flemish:
# "merci", "allee", "amai" are Flemish; "mal", "les", "pas", "au", "die", "der",
# "ja", "bin", "knie" are Dutch or English words as well, so none of them count).
_FRENCH = frozenset(
    """
    j ai suis est sommes êtes sont qu que qui quoi avec depuis dans pour
    votre vos vous tu nous ils elles une aux très tres parlez parle parles
    parler français francais bonjour bonsoir salut oui douleur douleurs dos
    jambe jambes semaine semaines jours mois ans beaucoup aussi peux pouvez
    voudrais anglais néerlandais neerlandais aidez aider plaît plait ça fait
    matin soir genou pied mais pourquoi
    """.split()
)
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


def other_language(text: Any) -> Optional[str]:
    """"fr" or "de" when the message is clearly French or German, else None.

    Clearly: at least two distinct words of that language that are neither
    English nor Dutch, more of them than English or Dutch words, no explicit
    language choice and no red flag (a red flag is never held back). Short or
    mixed messages ("merci", "bonjour, my back hurts") are left to the NLU.
    """
    if not isinstance(text, str) or not text.strip():
        return None
    from bot import language  # pure; lingua is not loaded by what is used here

    clean = unicodedata.normalize("NFKC", text[:MAX_MESSAGE_CHARS]).casefold().replace("’", "'")
    words = _OTHER_WORD.findall(clean.replace("'", " "))
    if len(words) < 2:
        return None
    distinct = set(words)
    ours = len(distinct & frozenset().union(*language.LEXICONS.values()))
    scores = {"fr": len(distinct & _FRENCH), "de": len(distinct & _GERMAN)}
    best = max(scores, key=scores.get)
    hits = scores[best]
    if hits < 2 or hits <= ours or hits <= scores["de" if best == "fr" else "fr"]:
        return None
    if language.explicit_choice(text):
        return None
    from bot.redflags import find_red_flags

    try:
        if find_red_flags(text):
            return None
    except Exception:  # noqa: BLE001 - on any doubt, let the normal turn handle it
        return None
    return best


def no_turn_reason(text: Any) -> Optional[str]:
    """The response for a message that is no turn at all, or None for a normal turn."""
    if text is None or (isinstance(text, str) and not text.strip()):
        return EMPTY_RESPONSE
    if not isinstance(text, str):
        return None
    if _COMMAND.match(text):
        return COMMAND_RESPONSE
    if len(text) > MAX_MESSAGE_CHARS:
        from bot.redflags import find_red_flags

        try:
            flagged = bool(find_red_flags(text))
        except Exception:  # noqa: BLE001
            flagged = True  # on doubt, let the normal turn (and its red-flag detector) see it
        return None if flagged else TOO_LONG_RESPONSE
    if other_language(text):
        return OTHER_LANGUAGE_RESPONSE
    return None
