"""The answers in plain words, in the person's language (pure Python, no Rasa import).

Used by the check-your-answers step (all answers that apply, with buttons to change
one), and after consent when the first message already told part of the story
("You told me: ..."). The words come from one catalogue per language, bot/catalogue/.
"""
from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any, Dict, List, Mapping, Optional, Tuple

import yaml

from bot.clinical.questions import RED_FLAG_BLOCK, required_slots

CATALOGUE_DIR = Path(__file__).resolve().parents[1] / "catalogue"
LANGUAGES = tuple(sorted(path.stem for path in CATALOGUE_DIR.glob("*.yml")))  # one catalogue per language
WARNING_SIGNS = "warning_signs"  # the six red-flag questions, summarised and changed as one
ITEMS = (
    "onset", "duration_days", "leg_pain", "leg_numbness", "leg_weakness", "both_legs",
    WARNING_SIGNS, "age_band", "osteoporosis_or_steroids", "morning_stiffness",
)  # fmt: skip


@cache
def catalogue(language: Optional[str]) -> Dict[str, Any]:
    path = CATALOGUE_DIR / f"{language}.yml"
    if not path.exists():
        path = CATALOGUE_DIR / "en.yml"
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def duration_words(days: Any, language: Optional[str]) -> str:
    words = catalogue(language)["duration"]
    if not isinstance(days, (int, float)) or isinstance(days, bool):
        return catalogue(language)["values"]["duration_unknown"]
    days = int(days)
    if days == 0:
        return words["today"]
    for unit, size, limit in (("year", 365, 365), ("month", 30, 60), ("week", 7, 14)):
        if days >= limit:
            n = round(days / size)
            return words[unit] if n == 1 else words[f"{unit}s"].format(n=n)
    return words["day"] if days == 1 else words["days"].format(n=days)


def value_words(item: str, answers: Mapping[str, Any], language: Optional[str]) -> Optional[str]:
    """The answer to one item in words, or None when it is not known."""
    values = catalogue(language)["values"]
    if item == WARNING_SIGNS:
        known = [answers.get(slot) for slot in RED_FLAG_BLOCK]
        if any(value is None for value in known):
            return None
        return values["warning_signs_none"] if not any(known) else values["yes"]
    value = answers.get(item)
    if value is None:
        return None
    if item == "duration_days":
        return duration_words(value, language)
    if isinstance(value, bool):
        return values["yes"] if value else values["no"]
    return values.get(item, {}).get(value, str(value))


def applicable_items(answers: Mapping[str, Any]) -> List[str]:
    """The items of the check that apply to these answers, in the order asked."""
    slots = set(required_slots({**answers, "consent": True}, duration_attempts=0))
    if answers.get("duration_days") is None:
        slots.discard("duration_days")  # unknown after asking twice: nothing to show
    return [item for item in ITEMS if item in slots or (item == WARNING_SIGNS and set(RED_FLAG_BLOCK) <= slots)]


def summary(answers: Mapping[str, Any], language: Optional[str], items: Optional[List[str]] = None) -> str:
    """One line per known answer: "• How long: about 3 weeks"."""
    texts = catalogue(language)
    lines = []
    for item in items if items is not None else applicable_items(answers):
        words = value_words(item, answers, language)
        if words is not None:
            lines.append(texts["line"].format(label=texts["labels"][item], value=words))
    return "\n".join(lines)


def known_items(answers: Mapping[str, Any]) -> List[str]:
    """The items with a known answer (for "You told me: ..."), in the order asked."""
    return [item for item in ITEMS if item != WARNING_SIGNS and answers.get(item) is not None]


def change_buttons(answers: Mapping[str, Any], language: Optional[str]) -> List[Tuple[str, str]]:
    """(title, payload) for each answer that can be changed; the payload is plain words."""
    labels = catalogue(language)["labels"]
    known = [item for item in applicable_items(answers) if value_words(item, answers, language) is not None]
    return [(labels[item], labels[item].lower()) for item in known]


_WORD = re.compile(r"[\w']+")


def item_to_change(text: Any, language: Optional[str], answers: Mapping[str, Any]) -> Optional[str]:
    """Which answer the person wants to change ("how long", "my age"), or None."""
    if not isinstance(text, str):
        return None
    norm = " ".join(_WORD.findall(text.lower()))
    if not norm:
        return None
    applicable = applicable_items(answers)
    best: Optional[Tuple[int, str]] = None
    for lang in dict.fromkeys([language, *LANGUAGES]):
        for item, words in catalogue(lang)["change_words"].items():
            if item not in applicable:
                continue
            for phrase in words:
                if re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", norm) and (best is None or len(phrase) > best[0]):
                    best = (len(phrase), item)
    return best[1] if best else None


def slots_of(item: str) -> List[str]:
    """The slots an item stands for (the warning signs are six questions)."""
    return list(RED_FLAG_BLOCK) if item == WARNING_SIGNS else [item]
