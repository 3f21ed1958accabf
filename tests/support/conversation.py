"""Plays a patient through the check over the REST channel: answers whatever the
tracker's requested_slot asks, by tapping a button (sending its payload) or typing."""
from __future__ import annotations

from typing import Dict, List, Optional, Tuple

from tests.support.assistant import Assistant, buttons, triage_of

# Button titles to tap, by slot and value, per language (as in domain/responses_check.yml).
BUTTON_TITLES = {
    "en": {
        "consent": {True: "Yes, that's OK", False: "No"},
        "onset": {"sudden_movement": "Suddenly: lifting, bending or twisting",
                  "trauma": "After a fall or accident", "gradual": "Gradually, no clear cause"},
        "leg_pain": {"none": "No, only my back", "above_knee": "Yes, above the knee",
                     "below_knee": "Yes, below the knee"},
        "leg_weakness": {"none": "No", "stable": "Yes, but not getting worse", "worsening": "Yes, and getting worse"},
        "both_legs": {True: "Both legs", False: "One leg"},
        "age_band": {"under_20": "Under 20", "20_44": "20-44", "45_69": "45-69", "70_plus": "70 or older"},
        "answers_confirmed": {True: "That's right", False: "Change an answer"},
        "yes_no": {True: "Yes", False: "No"},
    },
    "nl": {
        "consent": {True: "Ja, dat is goed", False: "Nee"},
        "onset": {"sudden_movement": "Plots: tillen, bukken of draaien",
                  "trauma": "Na een val of ongeval", "gradual": "Geleidelijk, zonder duidelijke oorzaak"},
        "leg_pain": {"none": "Nee, alleen mijn rug", "above_knee": "Ja, tot boven de knie",
                     "below_knee": "Ja, tot onder de knie"},
        "leg_weakness": {"none": "Nee", "stable": "Ja, maar niet erger", "worsening": "Ja, en het wordt erger"},
        "both_legs": {True: "Beide benen", False: "Eén been"},
        "age_band": {"under_20": "Jonger dan 20", "20_44": "20-44", "45_69": "45-69", "70_plus": "70 of ouder"},
        "answers_confirmed": {True: "Dat klopt", False: "Antwoord wijzigen"},
        "yes_no": {True: "Ja", False: "Nee"},
    },
}
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
