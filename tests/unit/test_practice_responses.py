"""The responses get the practice's per-language texts without a slot per language.

bot/nlg/practice_responses.py fills {practice_hours_<code>} and {practice_languages_<code>}
from config/practice.yml when it renders; the domain has no slot per language."""

import asyncio
import functools
from pathlib import Path

import pytest
import yaml

from bot.lang import CODES
from bot.practice import current_practice

ROOT = Path(__file__).resolve().parents[2]


@functools.lru_cache(maxsize=1)
def _generator():
    from rasa.shared.core.domain import Domain

    from bot.nlg.practice_responses import PracticeResponses

    domain = Domain.load(str(ROOT / "domain"))
    return domain, PracticeResponses(endpoint_config=None, domain=domain)


def _render(response: str, language: str) -> str:
    from rasa.shared.core.events import SlotSet
    from rasa.shared.core.trackers import DialogueStateTracker

    domain, nlg = _generator()
    tracker = DialogueStateTracker.from_events("unit", [SlotSet("language", language)], domain.slots)
    return asyncio.run(nlg.generate(response, tracker, "rest"))["text"]


@pytest.mark.parametrize("language", CODES)
def test_the_handoff_answer_gives_the_hours_in_the_persons_language(language):
    practice = current_practice()
    text = _render("utter_human_handoff", language)
    assert practice.opening_hours[language] in text
    assert "{" not in text


@pytest.mark.parametrize("language", CODES)
def test_the_other_language_answer_names_the_offered_languages_in_two_languages(language):
    practice = current_practice()
    text = _render("utter_other_language", language)
    assert practice.languages_in(language) in text
    assert practice.languages_in("en") in text
    assert "{" not in text


def test_the_domain_has_no_slot_per_language():
    slots = yaml.safe_load((ROOT / "domain" / "slots.yml").read_text(encoding="utf-8"))["slots"]
    per_language = [name for name in slots if name.rsplit("_", 1)[-1] in CODES]
    assert per_language == []
    assert "values" not in slots["language"], "the language slot lists the packs: a new one would need an edit"


@pytest.mark.parametrize("endpoints", ["endpoints.yml", "endpoints.production.yml"])
def test_the_shipped_endpoints_render_with_it(endpoints):
    shipped = yaml.safe_load((ROOT / endpoints).read_text(encoding="utf-8"))
    assert shipped["nlg"]["type"] == "bot.nlg.practice_responses.PracticeResponses"


def test_another_practice_file_gives_its_own_hours(monkeypatch):
    """The texts are kept between responses, but a practice read again (another object) is used."""
    import dataclasses

    import bot.nlg.practice_responses as module

    before = _render("utter_human_handoff", "en")
    practice = current_practice()
    changed = dataclasses.replace(practice, opening_hours={**practice.opening_hours, "en": "Sundays only, 10:00-11:00"})
    monkeypatch.setattr(module, "current_practice", lambda: changed)
    assert "Sundays only, 10:00-11:00" in _render("utter_human_handoff", "en")
    monkeypatch.setattr(module, "current_practice", lambda: practice)
    assert _render("utter_human_handoff", "en") == before
