"""Rasa 3.6 NLU component: every question becomes one intent, `ask_question`, with the
topics to answer as entities (bot.reading.faq decides which: at most two, or none).

config.yml, last in the pipeline (after the red-flag and story detectors, which may
turn a question into a red flag or a story first):

    - name: bot.nlu.question_topics.QuestionTopics

A message the classifier reads as a topic (`faq_*`), or a question it could not place
(`nlu_fallback` with a "?" or a question's shape, and at least three words), gets

    intent:    {"name": "ask_question", "confidence": <the classifier's>}
    entities:  + {"entity": "question_topic", "value": "faq_work", ...} per topic

or, when no topic was chosen but the classifier was sure of one (bot.reading.faq.guess_topic),
    entities:  + {"entity": "question_topic_guess", "value": "faq_work", ...}
and the person is asked whether they meant that topic's question.

A message read as the pain told (`describe_pain`) with a "?", at least three words and nothing the check
reads in it ("le mal de dos c'est un cancer ??") is a question too: answered, or honestly not.

A message read as the pain told or an answer (`describe_pain`, `inform`) that also asks ("im 52, a deep ache for
3 weeks now, should i be worried") keeps its intent (the check reads its answers) and gets the topics of its question as entities, when
the question has their words: the check answers them too (actions.questions.answer_asked_in_story).

A topic message that gets no topic (unsure, none of its words) and is not shaped as a
question (no "?", no question word first: bot.reading.faq.is_question_shaped) is read as
`nlu_fallback`: "sorry, I didn't understand", not "I can't answer that question".

One intent keeps the dialogue to three rules for every question (answer, then resume
the check), where one intent per topic needed three rules per topic and made Rasa's
rule lookup the largest cost of a turn (docs/performance.md). `action_answer_question`
says the answers of the topics, or that this is not a question it can answer here.

Training learns, per topic, the words that tell it apart (bot.reading.faq.learn_evidence);
they are kept in the model.
"""
from __future__ import annotations

import hashlib
import json
import logging
import re
from collections import defaultdict
from pathlib import Path
from typing import Any, Dict, List, Optional, Type

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import (
    ENTITIES,
    ENTITY_ATTRIBUTE_CONFIDENCE,
    ENTITY_ATTRIBUTE_TYPE,
    ENTITY_ATTRIBUTE_VALUE,
    EXTRACTOR,
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

import bot.lang.lemmas
import bot.reading.faq
from bot.lang import CODES, module
from bot.nlu.stateless import PerMessage, read_as
from bot.reading.answers import read_story, tells_back_pain
from bot.reading.faq import (
    GUESS_ENTITY,
    TOPIC_ENTITY,
    UNANSWERED_ENTITY,
    LemmaIndex,
    LemmaTable,
    about_something_else,
    asked_by_phrase,
    asked_part,
    choose_topics,
    guess_topic,
    is_question_shaped,
    is_topic,
    learn_evidence,
    learn_topic_words,
    learn_vocabulary,
    names_a_state,
    scans_another_part,
    sentences_asked,
    stems,
    told_part,
    topics_put_first,
    without_greeting,
)
from bot.reading.language import explicit_choice, without_language_request

logger = logging.getLogger(__name__)

EVIDENCE_FILE = "topic_evidence.json"
STORY_ANSWERS = 2  # answers read around a question that make it the pain told (as bot.nlu.story_detector's)
VOCABULARY_FILE = "known_words.json"
TOPIC_WORDS_FILE = "topic_words.json"
OUT_OF_SCOPE = "out_of_scope"  # small talk: read as a question only with a phrase that settles its topic (session 29)


def common_words() -> Dict[str, List[str]]:
    """The stop words spaCy ships for each language of the packs (no model, no download), and
    the contractions its tokenizer knows written without the apostrophe whose first part is
    one ("ive", "didnt", "theyd": typed on a phone they are as common as "i've"); by language."""
    import spacy.util
    from spacy.attrs import ORTH

    words: Dict[str, List[str]] = {}
    for code in CODES:
        defaults = spacy.util.get_lang_class(code).Defaults
        words[code] = sorted(defaults.stop_words) + sorted(
            form for form, pieces in defaults.tokenizer_exceptions.items()
            if form.isalpha() and form.islower() and len(pieces) > 1 and pieces[0][ORTH].lower() in defaults.stop_words)
        words[code] += common_inflections(code, words[code])
    return words


def common_inflections(code: str, words: List[str]) -> List[str]:
    """The forms of common `words` that spaCy's lemma table misses, by the pack's COMMON_INFLECTIONS (Dutch "kunnen"
    -> "kun", "veel" -> "vele"; session 25), not already in `words`."""
    rules = [(re.compile(pattern), form) for pattern, form in module(code, "questions").COMMON_INFLECTIONS]
    have = set(words)
    return sorted({pattern.sub(form, word) for word in words for pattern, form in rules if pattern.match(word)} - have)


def lemma_tables() -> Dict[str, LemmaTable]:
    """spaCy's lookup-lemmatizer table (form -> lemma, from spacy-lookups-data) for each
    language of the packs that has one, by language code, as spaCy ships it: English and
    Dutch give a string per form, French a list ("était": ["être"]); LemmaIndex reads both,
    a form with two lemmas as a form of each. Read at training time only: the forms they give
    are kept in the model's vocabulary, so answering needs neither the tables (the Dutch
    one alone is 213,000 forms) nor spaCy."""
    import spacy.util

    tables = {}
    for code in CODES:
        data = spacy.util.registry.lookups.get(code) if code in spacy.util.registry.lookups else {}
        if "lemma_lookup" in data:
            tables[code] = spacy.util.load_language_data(data["lemma_lookup"])
        else:
            logger.warning("QuestionTopics: spaCy has no lookup lemmas for %r; its words are kept as written", code)
    return tables


def example_language(text: str) -> Optional[str]:
    """The language of a training example, for its words' lemma table: the detector's
    confident answer (bot/reading/language.py), None when unsure (short examples: every table)."""
    from bot.reading.language import detect_language

    return detect_language(text)


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class QuestionTopics(PerMessage, GraphComponent, IntentClassifier):
    """Reads a question as `ask_question` with its topics."""

    @classmethod
    def required_components(cls) -> List[Type]:
        # none at training (it learns from the data alone); config.yml puts it last
        return []

    @staticmethod
    def get_default_config() -> Dict[str, Any]:
        return {
            "intent": "ask_question",
            "entity": TOPIC_ENTITY,
            "fallback_intent": "nlu_fallback",
            "story_intent": "describe_pain",
            # bot.reading.faq: the classifier's topic stands without the topic's words from this confidence
            "sure": 0.7,
            "min_count": 2,
            "min_share": 0.5,
            # an unplaced message is a question with a "?" and this many words ("??" is not)
            "min_question_words": 3,
            # the intents of a message that tells (the pain, an answer of the check): a question inside is answered too
            "told_intents": ["describe_pain", "inform"],
        }

    def __init__(
        self,
        config: Dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        evidence: Optional[Dict[str, List[str]]] = None,
        known: Optional[List[str]] = None,
        topic_words: Optional[Dict[str, List[str]]] = None,
    ) -> None:
        self.component_config = {**self.get_default_config(), **config}
        self._model_storage = model_storage
        self._resource = resource
        self.evidence = evidence or {}
        self.known = set(known) if known is not None else None
        self.topic_words = {key: set(found) for key, found in topic_words.items()} if topic_words is not None else None

    @classmethod
    def fingerprint_addon(cls, config: Dict[str, Any]) -> Optional[str]:
        """The code that learns is part of what was trained: Rasa's cache keys a component by its
        config and data only, so without this a change here, in bot/reading/faq.py, in the lemma reader
        (bot/lang/lemmas.py) or in the language detector that picks each example's lemma table
        (bot/reading/language.py and the packs' language.py) kept the old vocabulary in a model `make
        train` called fresh."""
        from bot import lang
        from bot.reading import language

        digest = hashlib.sha256()
        detector = [Path(language.__file__), *(Path(lang.module(code, "language").__file__) for code in CODES)]
        for source in (Path(__file__), Path(bot.reading.faq.__file__), Path(bot.lang.lemmas.__file__), *detector):
            digest.update(source.read_bytes())
        return digest.hexdigest()

    @classmethod
    def create(
        cls,
        config: Dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> QuestionTopics:
        return cls(config, model_storage, resource)

    def train(self, training_data: TrainingData) -> Resource:
        examples: Dict[str, List[str]] = defaultdict(list)
        for message in training_data.intent_examples:
            examples[message.get(INTENT)].append(message.get(TEXT) or "")
        common = common_words()
        self.evidence = learn_evidence(
            examples, self.component_config["min_count"], self.component_config["min_share"],
            [word for words in common.values() for word in words],
        )
        tables = LemmaIndex(lemma_tables())  # built once for both
        languages = {text: example_language(text) for texts in examples.values() for text in texts}
        negations = {code: module(code, "questions").NEGATION_PREFIXES for code in CODES}
        known = learn_vocabulary(examples, common, tables, languages.get, negations)
        self.known = set(known)
        topic_words = learn_topic_words(examples, common, tables, language_of=languages.get)
        self.topic_words = {key: set(found) for key, found in topic_words.items()}
        with self._model_storage.write_to(self._resource) as directory:
            (directory / EVIDENCE_FILE).write_text(json.dumps(self.evidence, sort_keys=True), encoding="utf-8")
            (directory / VOCABULARY_FILE).write_text(json.dumps(known), encoding="utf-8")
            (directory / TOPIC_WORDS_FILE).write_text(json.dumps(topic_words, sort_keys=True), encoding="utf-8")
        return self._resource

    @classmethod
    def load(
        cls,
        config: Dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> QuestionTopics:
        try:
            with model_storage.read_from(resource) as directory:
                evidence = json.loads((directory / EVIDENCE_FILE).read_text(encoding="utf-8"))
                known = json.loads((directory / VOCABULARY_FILE).read_text(encoding="utf-8"))
                topic_file = directory / TOPIC_WORDS_FILE
                # a model trained before the topic words were learned: that one check is off
                topic_words = json.loads(topic_file.read_text(encoding="utf-8")) if topic_file.exists() else None
        except (ValueError, OSError):
            logger.warning("QuestionTopics: no learned topic words in the model; only sure topics are answered")
            evidence, known, topic_words = {}, None, None
        return cls(config, model_storage, resource, evidence, known, topic_words)

    @staticmethod
    def _pain_told(text: str) -> bool:
        """The back pain named, an answer of the check in it, and no question shape: the
        person tells, not asks ("sinds 3 weken rugpijn, wordt elke dag erger")."""
        return not is_question_shaped(text) and tells_back_pain(text) and bool(read_story(text))

    @staticmethod
    def _story_around(text: str) -> bool:
        """The clauses around the question tell the pain: two answers of the check, or one with the back pain
        named ("my lower back went 2 days ago, ...", "ik heb al 3 weken rugpijn, mag ik autorijden?")."""
        told = told_part(text)
        found = read_story(told) if told else {}
        return len(found) >= STORY_ANSWERS or bool(found and tells_back_pain(told))

    def _topics_asked_in_story(self, message: Message, text: str) -> bool:
        """The pain told with a question in it ("im 52, deep ache for 3 weeks now, should i be worried?"): the
        message stays the pain told (the check reads its answers), and the topics of its question, when the
        question has their words, are added for the check to answer too. Unsure or without the words: none."""
        if explicit_choice(without_greeting(text)):
            return False  # "bjr vous parlez francais? jai mal au dos" asks for a language
        asked = sentences_asked(text)
        if not asked or scans_another_part(text):
            return False  # no question; or "j'ai mal au genou depuis samedi, faut-il une radio ?" (session 30V)
        chances = {
            item.get(INTENT_NAME_KEY): item.get(PREDICTED_CONFIDENCE_KEY) or 0.0
            for item in (message.get(INTENT_RANKING_KEY) or []) if isinstance(item, dict)
        }
        # only the topics whose words are in the sentences asked ("my back hurts since monday, what should i do?" asks
        # nothing a topic answers), best chance first: the classifier, busy with the story, often ranks them low
        asked_stems = set().union(*(stems(sentence) for sentence in asked))
        # ... or that a phrase of them puts first ("comment je peux prendre un rdv", session 34)
        put_first = topics_put_first(" ".join(asked))
        ranking = sorted(((topic, chances.get(topic, 0.0)) for topic, words in self.evidence.items()
                          if is_topic(topic) and (asked_stems & set(words) or topic in put_first)),
                         key=lambda item: -item[1])
        topics = choose_topics(ranking, " ".join(asked), self.evidence, self.component_config["sure"], self.known,
                               self.topic_words)
        # a second topic only when the question asks it too: what is told around it is the person's story
        topics = [topic for topic in topics if topic in dict(ranking)]
        if topics:
            self._add_entities(message, [(self.component_config["entity"], topic) for topic in topics])
        return bool(topics)

    def _answer_asked_in_story(self, message: Message, text: str) -> None:
        """The topics of the question asked inside the pain told; none, and it asks about a subject no topic covers
        ("..., vous faites du dry needling?"): the honest "I can't answer that here" (UNANSWERED_ENTITY). Other
        questions no topic fits ("my back hurts since monday, what should i do?") the check itself answers."""
        if self._topics_asked_in_story(message, text):
            return
        asked = asked_part(text)
        if asked.strip() and (about_something_else(asked) or scans_another_part(text)):
            self._add_entities(message, [(UNANSWERED_ENTITY, "none")])

    def _add_entities(self, message: Message, found: List[tuple]) -> None:
        """Adds (entity, value) pairs to the message's entities."""
        entities = [
            {
                ENTITY_ATTRIBUTE_TYPE: kind,
                ENTITY_ATTRIBUTE_VALUE: value,
                ENTITY_ATTRIBUTE_CONFIDENCE: 1.0,
                EXTRACTOR: type(self).__name__,
            }
            for kind, value in found
        ]
        message.set(ENTITIES, list(message.get(ENTITIES) or []) + entities, add_to_output=True)

    def _process_one(self, message: Message) -> None:
        intent = (message.get(INTENT) or {}).get(INTENT_NAME_KEY)
        text = message.get(TEXT)
        if not isinstance(text, str):
            return
        # a request for a language asks nothing to answer: "sorry ik spreek niet goed
        # nederlands, je peux écrire en français? j'ai mal au dos depuis 2 semaines" tells
        text = without_language_request(text)
        if not text.strip():
            return
        question = "?" in text
        # a question the classifier could not place, with "?" or shaped as one ("which
        # painkillers are safe for my dog", between two topics): the honest answer
        unplaced_question = (
            intent == self.component_config["fallback_intent"]
            and (question or is_question_shaped(text))
            and len(text.split()) >= self.component_config["min_question_words"]
        )
        # a question read as the pain told, that tells nothing the check reads ("le mal de dos c'est un cancer ??",
        # typed mid-check, was "sorry, I didn't understand"): a question, answered or honestly not
        story_question = (
            intent == self.component_config["story_intent"]
            and question
            and len(text.split()) >= self.component_config["min_question_words"]
            and not read_story(text)
            # "bjr vous parlez francais? jai mal au dos" asks for a language, not a question to answer
            and not explicit_choice(without_greeting(text))
        )
        # a question the classifier took for small talk with a phrase that settles its topic ("what do i wear to the
        # session?" read as out of scope at 0.55): the gate reads it as one it could not place (session 29)
        unplaced_question = unplaced_question or (
            intent == OUT_OF_SCOPE and (question or is_question_shaped(text)) and asked_by_phrase(text)
            and len(text.split()) >= self.component_config["min_question_words"]
        )
        if intent in self.component_config["told_intents"] and not story_question:
            self._answer_asked_in_story(message, text)
            return
        if not is_topic(intent) and not unplaced_question and not story_question:
            return
        # a question the classifier could not place with a phrase that settles its topic ("any chance of friday at 6?",
        # "what should i wear to the first session?"): the gate reads it (session 28)
        # one the classifier could not place at all that names a state changing the answers ("mag een kine aan mijn rug
        # werken als ik zwanger ben?" was the fallback, pregnancy the best topic): the gate reads it too (session 29U)
        phrased = unplaced_question and (asked_by_phrase(text) or (
            intent == self.component_config["fallback_intent"] and names_a_state(text)))
        # a statement the classifier took for a topic's question, without the topic's words
        # ("my lower back hurts for 2 weeks and its not improving" is no pregnancy question;
        # "back pain, 30 weeks pregnant" names the topic and keeps its answer)
        pain_told = None
        if is_topic(intent) and not stems(text) & set(self.evidence.get(intent, ())):
            pain_told = self._pain_told(text)
            if pain_told:
                read_as(message, self.component_config["story_intent"])
                return
        ranking = [
            (item.get(INTENT_NAME_KEY), item.get(PREDICTED_CONFIDENCE_KEY) or 0.0)
            for item in (message.get(INTENT_RANKING_KEY) or [])
            if isinstance(item, dict)
        ]
        topics = choose_topics(
            ranking, text, self.evidence, self.component_config["sure"], self.known, self.topic_words
        ) if is_topic(intent) or story_question or phrased else []
        if topics and self._story_around(text):
            # the pain told around the question ("my lower back went 2 days ago, how long does this take to heal?")
            # starts the check with its answers, and the question is answered too (answer_asked_in_story): read as a
            # question, it was answered and the check did not start (the story went unread)
            read_as(message, self.component_config["story_intent"])
            self._add_entities(message, [(self.component_config["entity"], topic) for topic in topics])
            return
        if not topics and (is_topic(intent) or unplaced_question) and self._story_around(text):
            # the pain told around a question the topics do not fit as a whole ("back's been at me 3 weeks, went
            # lifting the buggy, ... chiro said bulging discs. can i book in with ye?", "my back hurts since monday
            # after lifting a box, what should i do?" were "I can't answer that" and the story went unread): the
            # check starts with its answers, and the sentences asked get their topics, or the honest "I can't answer
            # that here" when they ask about something else
            read_as(message, self.component_config["story_intent"])
            self._answer_asked_in_story(message, text)
            return
        # a question without "?" ("which painkillers are safe for my dog") gets the honest
        # "I can't answer that here", not "sorry, I didn't understand"
        if not topics and not (question or is_question_shaped(text)):
            if pain_told if pain_told is not None else self._pain_told(text):
                # "sinds 3 weken rugpijn, wordt elke dag erger": the pain told, not a question
                read_as(message, self.component_config["story_intent"])
                return
            # an unsure topic without its words, not a question ("<b>bold</b>"): not understood
            read_as(message, self.component_config["fallback_intent"])
            return
        read_as(message, self.component_config["intent"])
        found = [(self.component_config["entity"], topic) for topic in topics]
        guess = (guess_topic(ranking, text, self.component_config["sure"])
                 if (is_topic(intent) or story_question) and not topics else None)
        if guess:  # the person is asked whether they meant this topic's question
            found.append((GUESS_ENTITY, guess))
        self._add_entities(message, found)
