"""Simulated users: what they send next, from the bot's last reply only (no tracker API).

- `Patient`: a person with low back pain doing our check, in one of the registered
  languages (bot.lang.CODES) the practice offers and that has material in
  bench/phrases/<code>.yml (a language with no material is skipped, see
  `languages()`), sometimes
  with the widget's language metadata, tapping buttons or typing free text, now and
  then asking a question mid-check, sometimes naming a red flag; after the result
  maybe "thanks". The question being asked is recognised from the reply's text
  (domain/responses_check.yml).
- `StarterUser`: small talk with Rasa's starter bot (`rasa init`): greet, mood, yes/no,
  "are you a bot?", bye.
Both are deterministic for a given random generator.
"""
from __future__ import annotations

import random
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

import yaml

ROOT = Path(__file__).resolve().parents[1]
Message = Tuple[str, Optional[Dict[str, Any]]]  # text, metadata

#: One file per language: bench/phrases/<code>.yml (first, typed, questions, red_flags, after, start).
PHRASES = ROOT / "bench" / "phrases"
#: The sections of a phrase file; the tables below, by the same names in capitals.
SECTIONS = ("first", "typed", "questions", "red_flags", "after", "start")


def _phrases() -> Dict[str, Dict[str, Any]]:
    """{code: the phrase file} for every registered pack that has one."""
    from bot import lang

    found = {}
    for code in lang.CODES:
        path = PHRASES / f"{code}.yml"
        if path.is_file():
            found[code] = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return found


def _table(section: str) -> Dict[str, Any]:
    """{code: one section} for every language whose phrase file has it."""
    return {code: data[section] for code, data in _phrases().items() if data.get(section)}


FIRST = _table("first")
TYPED = _table("typed")  # free-text answers per question (benign: a normal check)
QUESTIONS = _table("questions")  # asked mid-check now and then
RED_FLAGS = _table("red_flags")
AFTER = _table("after")
#: when the reply asks nothing we know (French: the payload of the "Commencer" button)
START = _table("start")
#: Every table a patient speaks from: a language is simulated only when all of them have it.
MATERIAL = {"FIRST": FIRST, "TYPED": TYPED, "QUESTIONS": QUESTIONS, "RED_FLAGS": RED_FLAGS, "AFTER": AFTER,
            "START": START}


def _offered() -> Tuple[str, ...]:
    """The registered packs the practice offers (config/practice.yml), in bot.lang.CODES order;
    every registered pack when the practice file cannot be read."""
    from bot import lang
    from bot.practice import PracticeConfigError, current_practice

    try:
        offered = set(current_practice().languages)
    except (PracticeConfigError, OSError) as error:  # the assistant's start-up check reports the file itself
        print(f"bench.patients: practice languages unreadable ({error}); using every registered pack",
              file=sys.stderr)
        offered = set(lang.CODES)
    return tuple(code for code in lang.CODES if code in offered)


@lru_cache(maxsize=1)
def languages() -> Tuple[str, ...]:
    """The languages simulated patients speak: the registered packs the practice offers that
    have material in every table above. Each one left out is named once on stderr, so a
    figure is never read as covering a language it did not play."""
    spoken = []
    for code in _offered():
        missing = [name for name, table in MATERIAL.items() if code not in table]
        if missing:
            print(f"bench.patients: no {code!r} patients (no {code} material in {', '.join(missing)}): "
                  f"{code} skipped", file=sys.stderr)
        else:
            spoken.append(code)
    if not spoken:
        raise RuntimeError("bench.patients: no offered language has patient material")
    return tuple(spoken)


def _question_prefixes() -> List[Tuple[str, str]]:
    """(start of the question text, slot) for every way the check asks a question."""
    responses = yaml.safe_load((ROOT / "domain" / "responses_check.yml").read_text(encoding="utf-8"))["responses"]
    prefixes = []
    for name, variants in responses.items():
        if name.startswith("utter_ask_"):
            slot = name[len("utter_ask_"):]
        elif name == "utter_leg_pain_how_far":
            slot = "leg_pain"
        elif name == "utter_check_answers":
            slot = "answers_confirmed"
        elif name.startswith("utter_clarify_"):
            slot = "clarifying"
        else:
            continue
        for variant in variants:
            text = variant.get("text") or ""
            prefixes.append((text.split("{", 1)[0][:45], slot))
    return sorted(prefixes, key=lambda p: -len(p[0]))


PREFIXES = _question_prefixes()


def asked(messages: List[dict]) -> Tuple[Optional[str], List[dict]]:
    """The question the reply asks (the last one recognised) and that message's buttons."""
    found: Tuple[Optional[str], List[dict]] = (None, [])
    for message in messages:
        text = message.get("text") or ""
        for prefix, slot in PREFIXES:
            if prefix and text.startswith(prefix):
                found = (slot, message.get("buttons") or [])
                break
    return found


def triage_of(messages: List[dict]) -> Optional[dict]:
    for message in messages:
        custom = message.get("custom")
        if isinstance(custom, dict) and isinstance(custom.get("triage"), dict):
            return custom["triage"]
    return None


class Patient:
    """One conversation with our assistant."""

    max_turns = 40

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.language = rng.choice(languages())
        self.metadata = {"language": self.language} if rng.random() < 0.4 else None
        self.button_rate = rng.choice([0.3, 0.6, 0.9])
        self.red_flag_at = rng.randrange(4, 14) if rng.random() < 0.05 else None
        self.turns = 0
        self.unrecognised = 0
        self.done = False
        self.triage: Optional[dict] = None

    def first(self) -> Message:
        self.turns = 1
        return self.rng.choice(FIRST[self.language]), self.metadata

    def next(self, reply: List[dict]) -> Optional[Message]:
        """What the patient sends after this reply, or None when the conversation ends."""
        if self.done or self.turns >= self.max_turns:
            return None
        self.turns += 1
        language, rng = self.language, self.rng
        triage = triage_of(reply)
        if triage and not self.triage:
            self.triage = triage
        slot, buttons = asked(reply)
        if slot is None:
            if self.triage:  # the result is in: maybe a thank you, then leave
                self.done = True
                return (rng.choice(AFTER[language]), self.metadata) if rng.random() < 0.5 else None
            self.unrecognised += 1
            if self.unrecognised > 2:
                return None
            return START[language], self.metadata
        if self.red_flag_at is not None and self.turns >= self.red_flag_at:
            self.red_flag_at = None
            return rng.choice(RED_FLAGS[language]), self.metadata
        if slot != "consent" and rng.random() < 0.06:
            return rng.choice(QUESTIONS[language]), self.metadata
        if buttons and rng.random() < self.button_rate:
            return self._tap(slot, buttons), self.metadata
        typed = TYPED[language]
        return rng.choice(typed.get(slot, typed["yes_no"])), self.metadata

    def _tap(self, slot: str, buttons: List[dict]) -> str:
        payloads = [b["payload"] for b in buttons if b.get("payload")]
        if slot in ("consent", "leg_weakness", "both_legs") or slot not in ("onset", "leg_pain", "age_band",
                                                                              "duration_days"):
            # safety questions and consent: the benign answer (the second button is "No",
            # consent's first is "Yes"), so that most checks run to their end
            benign = {"consent": 0, "leg_weakness": 0, "both_legs": 1, "answers_confirmed": 0}.get(slot, 1)
            return payloads[min(benign, len(payloads) - 1)]
        return self.rng.choice(payloads)


class StarterUser:
    """One conversation with Rasa's starter bot."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        mood_sad = rng.random() < 0.5
        script = [rng.choice(["hello", "hi there", "good morning", "hey"]),
                  rng.choice(["I am sad", "very bad", "I'm feeling down"] if mood_sad else
                             ["I'm great", "feeling good", "perfect"])]
        if mood_sad:
            script.append(rng.choice(["yes", "no", "not really", "yes it did"]))
        if rng.random() < 0.5:
            script.append(rng.choice(["are you a bot?", "am I talking to a human?"]))
        script.append(rng.choice(["bye", "goodbye", "see you later"]))
        self.script = script
        self.turns = 0

    def first(self) -> Message:
        self.turns = 1
        return self.script[0], None

    def next(self, reply: List[dict]) -> Optional[Message]:
        if self.turns >= len(self.script):
            return None
        self.turns += 1
        return self.script[self.turns - 1], None
