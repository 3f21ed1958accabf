"""Plays a patient through the check over the REST channel: answers whatever the
tracker's requested_slot asks, by tapping a button (sending its payload) or typing."""
from __future__ import annotations

from pathlib import Path
from typing import Dict, List, Optional, Tuple

import yaml

from bot.lang import CODES
from bot.practice import current_practice
from tests.support.assistant import Assistant, buttons, triage_of

ROOT = Path(__file__).resolve().parents[2]

#: The languages the configured practice offers (config/practice.yml), in pack order:
#: every conversation test that runs per language runs in each of them.
LANGUAGES: Tuple[str, ...] = tuple(code for code in CODES if code in current_practice().languages)

#: A first message in each language: substantive enough to set the language.
FIRST = {"en": "Hello, my low back hurts", "nl": "Hallo, ik heb last van mijn lage rug",
         "fr": "bonjour jai mal au bas du dos"}

#: A question about sport no topic is sure of but the trained classifier still guesses
#: (bot.reading.faq.guess_topic), for the web and WhatsApp end-to-end tests: one place to change when a retrained
#: model grows surer or less sure of one (session 33: "mag ik gaan zeilen dit weekend?" fell to 0.70, under the guess).
GUESSED_SPORT = {"en": "can i go kayaking this weekend?", "nl": "mag ik zondag gaan zeilen?",
                 "fr": "je peux faire du kayak ce weekend ?"}

# The slot values a button list of domain/responses_check.yml stands for, in the order of
# its buttons (every language lists them in the same order; extra buttons such as "Not sure"
# or "What about my data?" come last and are left out). "yes_no" is any yes/no question.
BUTTON_VALUES = {
    "consent": ("utter_ask_consent", (True, False)),
    "onset": ("utter_ask_onset", ("sudden_movement", "trauma", "gradual")),
    "leg_pain": ("utter_ask_leg_pain", ("none", "above_knee", "below_knee")),
    "leg_weakness": ("utter_ask_leg_weakness", ("none", "stable", "worsening")),
    "both_legs": ("utter_ask_both_legs", (True, False)),
    "age_band": ("utter_ask_age_band", ("under_20", "20_44", "45_69", "70_plus")),
    "answers_confirmed": ("utter_check_answers", (True, False)),
    "yes_no": ("utter_ask_leg_numbness", (True, False)),
}


def response_variant(name: str, language: str) -> dict:
    """The variant of a domain response for one language: the one whose condition names
    the language, else (English) the one without a language condition."""
    variants = []
    for path in sorted((ROOT / "domain").glob("responses_*.yml")):
        variants = (yaml.safe_load(path.read_text(encoding="utf-8")).get("responses") or {}).get(name) or variants
    own = [v for v in variants if {"type": "slot", "name": "language", "value": language} in (v.get("condition") or [])]
    plain = [v for v in variants if not any(c.get("name") == "language" for c in v.get("condition") or [])]
    found = own or (plain if language == "en" else [])
    if not found:
        raise KeyError(f"{name} has no {language} variant in domain/")
    return found[0]


def _button_titles(language: str) -> Dict[str, Dict[object, str]]:
    titles = {}
    for slot, (response, values) in BUTTON_VALUES.items():
        shown = [button["title"] for button in response_variant(response, language)["buttons"]]
        if len(shown) < len(values):
            raise ValueError(f"{response} ({language}) has {len(shown)} buttons for {len(values)} values")
        titles[slot] = dict(zip(values, shown[:len(values)], strict=True))
    return titles


#: Button titles to tap, by language, slot and value: read from domain/responses_check.yml,
#: so a new language needs no edit here.
BUTTON_TITLES = {code: _button_titles(code) for code in CODES}
NO_BY_DEFAULT = {"consent": True, "leg_pain": "none", "leg_weakness": "none", "answers_confirmed": True}


class Patient:
    def __init__(self, assistant: Assistant, sender: str, language: str, answers: Dict[str, object],
                 texts: Optional[Dict[str, str]] = None, metadata: Optional[dict] = None) -> None:
        self.assistant, self.sender, self.language = assistant, sender, language
        self.answers, self.texts, self.metadata = answers, texts or {}, metadata
        self.transcript: List[Tuple[str, str]] = []
        self.last: List[dict] = []

    def say(self, text: str) -> List[dict]:
        self.last = self.assistant.send(self.sender, text, self.metadata)
        self.transcript.append(("user", text))
        for message in self.last:
            shown = message.get("text") or (f"[custom] {message['custom']}" if "custom" in message else str(message))
            self.transcript.append(("bot", shown))
        return self.last

    def tap(self, title: str) -> List[dict]:
        for button in buttons(self.last):
            if button["title"] == title:
                return self.say(button["payload"])
        raise AssertionError(f"no button {title!r} in {buttons(self.last)}\n{self.show()}")

    def requested_slot(self) -> Optional[str]:
        return self.assistant.slots(self.sender).get("requested_slot")

    def answer(self, slot: str) -> List[dict]:
        if slot in self.texts:
            return self.say(self.texts[slot])
        value = self.answers.get(slot, NO_BY_DEFAULT.get(slot, False))
        titles = BUTTON_TITLES[self.language]
        return self.tap(titles.get(slot, titles["yes_no"])[value])

    def answer_until(self, slot: str, max_turns: int = 30) -> None:
        """Answers each question until `slot` is the one asked."""
        for _ in range(max_turns):
            if self.requested_slot() == slot:
                return
            self.answer(self.requested_slot())
        raise AssertionError(f"{slot} never asked\n{self.show()}")

    def run_check(self, first: str, max_turns: int = 30) -> dict:
        """From the first message to the triage payload; returns it."""
        self.say(first)
        for _ in range(max_turns):
            triage = triage_of(self.last)
            if triage:
                return triage
            slot = self.requested_slot()
            if slot is None:
                raise AssertionError(f"no question pending and no triage\n{self.show()}")
            self.answer(slot)
        raise AssertionError(f"no triage after {max_turns} turns\n{self.show()}")

    def show(self) -> str:
        return "\n".join(f"{who:>4}: {text}" for who, text in self.transcript)
