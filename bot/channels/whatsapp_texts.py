"""The few texts the WhatsApp channel sends on its own (without Rasa).

The channel does not know a user's language (the assistant detects it from the
conversation), so the notices are bilingual: English first, then Dutch. The
labels of an interactive list are picked by a tiny word count on the message
they belong to, which is written in the conversation's language.

Pure Python, no Rasa import.
"""

from __future__ import annotations

import re

EN = "en"
NL = "nl"

#: Reply to a message type the assistant cannot read (photo, video, document,
#: location, contact card, sticker, reaction...). Nothing is sent to Rasa.
UNSUPPORTED_MESSAGE = (
    "Sorry, I can only read text messages. Please type your answer.\n"
    "Sorry, ik kan alleen tekstberichten lezen. Typ je antwoord.\n"
    "🚨 Emergency? Call 112. / Noodgeval? Bel 112."
)

#: Reply to a voice message or other audio.
UNSUPPORTED_AUDIO = (
    "Sorry, I can't listen to voice messages. Please type your answer.\n"
    "Sorry, ik kan geen spraakberichten beluisteren. Typ je antwoord.\n"
    "🚨 Emergency? Call 112. / Noodgeval? Bel 112."
)

#: Body of an interactive message whose text is empty (WhatsApp requires one).
EMPTY_BODY = "👇"

#: Label of the button that opens an interactive list (max 20 characters).
LIST_BUTTON = {EN: "Choose", NL: "Kies"}

#: Title of the single section of an interactive list (max 24 characters).
LIST_SECTION = {EN: "Options", NL: "Opties"}

_WORD = re.compile(r"[a-zà-ÿ']+")
_DUTCH = frozenset(
    "de het een je jij jouw ik mijn niet wat hoe waar wanneer van en met naar "
    "tot zijn heb hebt heeft welke kies geen ja nee pijn rug been benen knie "
    "of bij voor ook nog al dan dit dat er is zo hoe lang sinds weken dagen "
    "maanden".split()
)
_ENGLISH = frozenset(
    "the a an you your i my not what how where when of and with to have has "
    "which choose no yes pain back leg legs knee or at for also still this "
    "that there is so how long since weeks days months does do did".split()
)


def guess_language(text: str) -> str:
    """``"nl"`` when the text has clearly more Dutch than English words, else ``"en"``."""
    words = _WORD.findall((text or "").lower())
    dutch = sum(1 for word in words if word in _DUTCH and word not in _ENGLISH)
    english = sum(1 for word in words if word in _ENGLISH and word not in _DUTCH)
    return NL if dutch > english else EN


def unsupported_reply(message_type: str) -> str:
    """The bilingual notice for a WhatsApp message type we cannot read."""
    if message_type in ("audio", "voice"):
        return UNSUPPORTED_AUDIO
    return UNSUPPORTED_MESSAGE
