"""Typed intent syntax is text.

Rasa reads a message starting with ``/`` as an intent with entities and skips NLU
(``/report_red_flag``, ``/inform{"triage_level": "physio"}``). Our buttons send plain
words, so on every channel such a message goes through NLU as ordinary text: it can
neither force an intent nor carry entities. A message that is nothing but that syntax
(``/affirm``, ``/inform{...}``) is no turn at all (bot/patches/no_turn_messages.py):
"please tell me in your own words", the pending question again, nothing stored.

Replaces ``RegexMessageHandler.process`` with one that passes the messages on unchanged.
"""
from __future__ import annotations

from bot.patches.originals import originals


def patch_slash_syntax() -> None:
    import typing

    from rasa.nlu.classifiers.regex_message_handler import RegexMessageHandler

    original = originals.setdefault("RegexMessageHandler.process", RegexMessageHandler.process)

    def process(self, messages, domain=None):  # type: ignore[no-untyped-def]
        return messages  # "/intent{...}" stays text: the NLU pipeline has read it already

    # Rasa checks this method's type hints when it builds the graph: give it the original's.
    process.__annotations__ = typing.get_type_hints(original)

    RegexMessageHandler.process = process
