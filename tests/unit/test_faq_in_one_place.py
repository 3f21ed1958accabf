"""Adding a question topic (issue 13: "an FAQ is added in one place"): its examples in
data/nlu/faq.yml and its answer `utter_faq_<topic>` in domain/responses_faq.yml, in every
language of the packs, its name in domain/intents.yml (Rasa needs the list), and its
short question in each catalogue's topic_questions (the button of "did you mean this
one?"; without it an unsure question gets the honest answer). Nothing else: three
rules for `ask_question` serve every topic, and bot.nlu.question_topics learns
each topic's words from its examples. These tests say what a new topic still lacks."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot import lang
from bot.reading.faq import TOPIC_PREFIX

ROOT = Path(__file__).resolve().parents[2]
ANSWER_PREFIX = "utter_" + TOPIC_PREFIX


def _yaml(path: Path):
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


def _trained_topics() -> set[str]:
    return {block["intent"] for path in (ROOT / "data" / "nlu").glob("*.yml")
            for block in _yaml(path).get("nlu", []) if block.get("intent", "").startswith(TOPIC_PREFIX)}


def _domain() -> dict:
    merged: dict = {"intents": [], "responses": {}}
    for path in (ROOT / "domain").glob("*.yml"):
        data = _yaml(path)
        merged["intents"] += [i if isinstance(i, str) else next(iter(i)) for i in data.get("intents", [])]
        merged["responses"].update(data.get("responses", {}))
    return merged


TOPICS = sorted(_trained_topics())


def test_there_are_topics_to_check():
    assert len(TOPICS) >= 20  # the 14 of the first version and the 10 of issue 16


def test_every_trained_topic_is_a_domain_intent_and_no_other():
    declared = {i for i in _domain()["intents"] if i.startswith(TOPIC_PREFIX)}
    assert declared - set(TOPICS) == set(), "a topic in domain/intents.yml without examples in data/nlu"
    assert set(TOPICS) - declared == set(), "a topic with examples but not in domain/intents.yml"


def test_every_topic_has_one_answer_and_no_answer_lacks_its_topic():
    answers = {name for name in _domain()["responses"] if name.startswith(ANSWER_PREFIX)}
    expected = {ANSWER_PREFIX + topic[len(TOPIC_PREFIX):] for topic in TOPICS}
    assert expected - answers == set(), "a topic without its answer in domain/responses_faq.yml"
    assert answers - expected == set(), "an answer whose topic has no examples"


@pytest.mark.parametrize("topic", TOPICS)
def test_every_answer_speaks_every_language_of_the_packs(topic):
    variants = _domain()["responses"][ANSWER_PREFIX + topic[len(TOPIC_PREFIX):]]
    languages = set()
    for variant in variants:
        conditions = variant.get("condition") or []
        language = next((c["value"] for c in conditions if c.get("name") == "language"), lang.CODES[0])
        assert variant.get("text", "").strip(), f"{topic}: an empty answer for {language}"
        languages.add(language)
    assert set(lang.CODES) <= languages, f"{topic}: answers in {sorted(languages)}, packs are {list(lang.CODES)}"


def test_no_rule_names_a_topic():
    """Every topic is read as ask_question: a rule for one topic would never fire."""
    for path in (ROOT / "data" / "rules").glob("*.yml"):
        steps = [step for rule in _yaml(path).get("rules", []) for step in rule.get("steps", [])]
        assert steps, f"{path.name}: no rule steps read, this test would check nothing"
        assert not [s for s in steps if str(s.get("intent", "")).startswith(TOPIC_PREFIX)], path.name


@pytest.mark.parametrize("name", ["faq_blind.yml", "faq_dev.yml"])
def test_the_question_sets_name_only_topics_that_exist(name):
    rows = _yaml(ROOT / "tests" / "data" / name)
    assert {row["topic"] for row in rows} - set(TOPICS) - {"none"} == set()


@pytest.mark.parametrize("language", lang.CODES)
def test_every_topic_has_its_short_question_in_every_catalogue(language):
    questions = _yaml(ROOT / "bot" / "catalogue" / f"{language}.yml").get("topic_questions", {})
    assert set(TOPICS) - set(questions) == set(), "a topic without its question in the catalogue"
    assert set(questions) - set(TOPICS) == set(), "a question whose topic has no examples"
    assert all(isinstance(q, str) and q.strip().endswith("?") for q in questions.values())
    # a WhatsApp reply button shows 20 characters: a longer question would be cut
    assert [q for q in questions.values() if len(q) > 20] == []
