"""`make nlu-report`: how well the assistant understands people, per language.

- intents: the trained model on the held-out set tests/nlu/test_nlu.yml (blocks carry
  metadata {language: en|nl|other}): accuracy and macro-F1 per language;
- durations: exact-days accuracy of the `duration` entity on tests/data/duration_phrases.yml;
- red flags: messages of tests/data/red_flag_messages.yml whose flag is missed
  (by the matcher, or by the model not predicting report_red_flag), and false alarms;
- language: flips of a confident conversation language on short, ambiguous messages;
- questions: the on-topic rate per language of the blind FAQ set tests/data/faq_blind.yml
  (counts only: its sentences are never for tuning), and how many questions that fit no
  topic got another topic's answer; the same, apart, for the development set
  tests/data/faq_dev.yml (which may be tuned on);
- patients' corpus: the readers on tests/data/corpus (messages not written beside the code),
  the tune split and the blind split separately (``corpus_section()``, runnable alone).
Prints a table, writes reports/nlu-report.json, exits 1 when a target is missed.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

import yaml

from bot.reading.duration import find_duration
from bot.reading.faq import guess_in, topics_in
from bot.reading.language import LANGUAGES, choose_language
from bot.reading.redflags import find_red_flags

ROOT = Path(__file__).resolve().parents[3]
DURATION_TABLE_DATE = date(2026, 11, 25)  # the date tests/data/duration_phrases.yml is written for
TARGETS = {"intent_macro_f1": 0.92, "duration_accuracy": 0.95, "missed_red_flags": 0, "language_flips": 0,
           "questions_on_topic": 0.90, "no_topic_given_a_topic": 0}


def macro_f1(pairs):
    """Macro-averaged F1 over the gold labels present, from (gold, predicted) pairs."""
    labels = sorted({gold for gold, _ in pairs})
    scores = []
    for label in labels:
        tp = sum(1 for g, p in pairs if g == label and p == label)
        fp = sum(1 for g, p in pairs if g != label and p == label)
        fn = sum(1 for g, p in pairs if g == label and p != label)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        scores.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    return sum(scores) / len(scores) if scores else 0.0


def held_out_examples(path: Path):
    """(language, intent, text) for every example of the NLU test file."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    for block in data["nlu"]:
        language = (block.get("metadata") or {}).get("language", "other")
        for line in block["examples"].splitlines():
            text = line.strip()[2:].strip() if line.strip().startswith("- ") else ""
            if text:
                yield language, block["intent"], text


async def parse_all(model: Path, texts):
    from rasa.core.agent import Agent

    agent = Agent.load(str(model))
    return [await agent.parse_message(text) for text in texts]


def shown_topics(parse: dict) -> list | None:
    """The topics whose answers the person sees ([] for the honest "can't answer that
    here"), or None when the message is not answered as a question at all."""
    intent = (parse.get("intent") or {}).get("name")
    if intent == "ask_question" or (intent in ("describe_pain", "inform") and topics_in(parse)):
        return topics_in(parse)  # a question asked inside the pain told or an answer is answered too
    if intent in ("out_of_scope", "nlu_fallback"):
        return []
    return None


def shown_intent(parse: dict) -> str | None:
    """The intent as the person notices it: a question's first topic (faq_*); a question
    with no topic gets the honest answer, scored like a message the model could not place."""
    intent = (parse.get("intent") or {}).get("name")
    if intent != "ask_question":
        return intent
    topics = shown_topics(parse)
    return topics[0] if topics else "nlu_fallback"


def faq_blind_figures(model: Path, path: Path) -> dict:
    """Per language: questions answered on topic (the right topic among those shown; for a
    question no topic fits, the honest answer), and no-topic questions given a topic."""
    rows = yaml.safe_load(path.read_text(encoding="utf-8"))
    parses = asyncio.run(parse_all(model, [row["text"] for row in rows]))
    figures: dict = defaultdict(lambda: {"questions": 0, "on_topic": 0, "no_topic_questions": 0,
                                         "no_topic_given_a_topic": 0, "asked_back_right": 0,
                                         "asked_back_wrong": 0, "no_topic_asked_back": 0})
    for row, parse in zip(rows, parses, strict=True):
        shown, guess = shown_topics(parse), guess_in(parse)
        figure = figures[row["lang"]]
        figure["questions"] += 1
        if row["topic"] == "none":
            figure["no_topic_questions"] += 1
            figure["no_topic_given_a_topic"] += bool(shown)
            figure["no_topic_asked_back"] += bool(guess)  # "did you mean ...?": the person can say no
            figure["on_topic"] += shown == []
        else:
            figure["on_topic"] += bool(shown) and row["topic"] in shown
            # not on topic, but asked "did you mean <the topic's question>?": not counted as on topic
            figure["asked_back_right"] += guess == row["topic"]
            figure["asked_back_wrong"] += bool(guess) and guess != row["topic"]
    return {lang: {**f, "rate": f["on_topic"] / f["questions"]} for lang, f in sorted(figures.items())}


def intent_figures(model: Path, test_file: Path, errors_out: list):
    examples = list(held_out_examples(test_file))
    parses = asyncio.run(parse_all(model, [text for _, _, text in examples]))
    by_language = defaultdict(list)
    for (language, gold, text), parse in zip(examples, parses, strict=True):
        predicted = shown_intent(parse)
        by_language[language].append((gold, predicted))
        if predicted != gold:
            errors_out.append({"language": language, "text": text, "gold": gold, "predicted": predicted})
    figures = {}
    for language, pairs in sorted(by_language.items()):
        accuracy = sum(g == p for g, p in pairs) / len(pairs)
        figures[language] = {"examples": len(pairs), "accuracy": accuracy, "macro_f1": macro_f1(pairs)}
    return figures, parses, examples


def duration_figures(path: Path):
    rows = yaml.safe_load(path.read_text(encoding="utf-8"))
    by_language = defaultdict(lambda: [0, 0])
    misses = []
    for row in rows:
        match = find_duration(row["text"], today=DURATION_TABLE_DATE)
        got = match.days if match else None
        by_language[row["lang"]][0] += got == row["days"]
        by_language[row["lang"]][1] += 1
        if got != row["days"]:
            misses.append({"text": row["text"], "expected": row["days"], "got": got})
    figures = {lang: {"phrases": total, "accuracy": right / total} for lang, (right, total) in sorted(by_language.items())}
    return figures, misses


def red_flag_figures(path: Path, model_intents: dict):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    missed, false_alarms = [], []
    for row in data["positive"]:
        found = find_red_flags(row["text"])
        if any(found.get(slot) != value for slot, value in row["expect"].items()):
            missed.append({"text": row["text"], "expected": row["expect"], "found": found})
        elif model_intents.get(row["text"], "report_red_flag") != "report_red_flag":
            missed.append({"text": row["text"], "expected": row["expect"], "model_intent": model_intents[row["text"]]})
    for row in data["harmless"]:
        if find_red_flags(row["text"]):
            false_alarms.append(row["text"])
    return {"positive": len(data["positive"]), "harmless": len(data["harmless"]), "missed": len(missed),
            "false_alarms": len(false_alarms)}, missed


def language_figures(path: Path):
    rows = yaml.safe_load(path.read_text(encoding="utf-8"))
    short = [row["text"] for row in rows if row.get("lang") is None]
    flips = []
    for text in short:
        for current in LANGUAGES:
            language, _ = choose_language(current, text, confident=True)
            if language != current and not text.lower().startswith("lang:"):  # the language buttons switch on purpose
                flips.append({"text": text, "from": current, "to": language})
    labelled = [row for row in rows if row.get("lang") in LANGUAGES]
    detected = sum(choose_language(None, row["text"])[0] == row["lang"] for row in labelled)
    return {"short_messages": len(short), "flips": len(flips), "labelled": len(labelled),
            "first_message_accuracy": detected / len(labelled)}, flips


def corpus_section() -> dict:
    """The patients' corpus (bot.operations.reports.corpus): per language and reader, tune and blind apart.

    Needs no trained model. Prints the table and returns the figures for the JSON; the
    blind split gives counts only (its misses are not for tuning on).
    """
    from bot.operations.reports.corpus import corpus_figures, format_table

    figures = corpus_figures()
    print("patients' corpus (tests/data/corpus), right/total per reader; tune and blind apart:")
    print(format_table(figures))
    return figures


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=str(ROOT / "models" / "current.tar.gz"))
    parser.add_argument("--out", default=str(ROOT / "reports" / "nlu-report.json"))
    args = parser.parse_args(argv)
    from rasa.utils.log_utils import configure_structlog

    configure_structlog(logging.WARNING)  # the model's debug logs would print every test message
    logging.disable(logging.WARNING)
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

    intent_errors: list = []
    intents, parses, examples = intent_figures(Path(args.model), ROOT / "tests/nlu/test_nlu.yml", intent_errors)
    red_flag_texts = [row["text"] for row in yaml.safe_load((ROOT / "tests/data/red_flag_messages.yml").read_text())["positive"]]
    model_intents = {parse["text"]: parse["intent"]["name"]
                     for parse in asyncio.run(parse_all(Path(args.model), red_flag_texts))}
    durations, duration_misses = duration_figures(ROOT / "tests/data/duration_phrases.yml")
    flags, missed_flags = red_flag_figures(ROOT / "tests/data/red_flag_messages.yml", model_intents)
    languages, flips = language_figures(ROOT / "tests/data/language_messages.yml")
    questions = faq_blind_figures(Path(args.model), ROOT / "tests/data/faq_blind.yml")
    questions_dev = faq_blind_figures(Path(args.model), ROOT / "tests/data/faq_dev.yml")  # may be tuned on

    duration_total = sum(f["phrases"] for f in durations.values())
    duration_accuracy = sum(f["accuracy"] * f["phrases"] for f in durations.values()) / duration_total
    checks = {
        **{f"intent macro-F1 ({lang})": (intents[lang]["macro_f1"], TARGETS["intent_macro_f1"], ">=")
           for lang in LANGUAGES if lang in intents},
        "duration exact days": (duration_accuracy, TARGETS["duration_accuracy"], ">="),
        "missed red-flag messages": (flags["missed"], TARGETS["missed_red_flags"], "<="),
        "language flips on short messages": (languages["flips"], TARGETS["language_flips"], "<="),
        **{f"questions on topic, blind ({lang})": (f["rate"], TARGETS["questions_on_topic"], ">=")
           for lang, f in questions.items()},
        "no-topic questions given a topic": (sum(f["no_topic_given_a_topic"] for f in questions.values()),
                                             TARGETS["no_topic_given_a_topic"], "<="),
    }

    print(f"\nNLU report (model {Path(args.model).name})\n")
    print(f"{'intents (held-out set)':32} {'examples':>9} {'accuracy':>9} {'macro-F1':>9}")
    for lang, f in intents.items():
        print(f"  {lang:30} {f['examples']:>9} {f['accuracy']:>9.3f} {f['macro_f1']:>9.3f}")
    print(f"\n{'durations (entity value, days)':32} {'phrases':>9} {'exact':>9}")
    for lang, f in durations.items():
        print(f"  {lang:30} {f['phrases']:>9} {f['accuracy']:>9.3f}")
    print(f"\nred flags: {flags['positive']} messages, {flags['missed']} missed; "
          f"{flags['harmless']} harmless/negated, {flags['false_alarms']} false alarms")
    print(f"language: {languages['short_messages']} short/ambiguous messages, {languages['flips']} flips; "
          f"first-message detection {languages['first_message_accuracy']:.3f} on {languages['labelled']} messages")
    for title, figures in (("questions (blind, tests/data/faq_blind.yml)", questions),
                           ("questions (dev, tests/data/faq_dev.yml)", questions_dev)):
        print(f"\n{title:44} {'on topic':>9} {'no topic given one':>19} {'asked back: right/wrong, no topic':>34}")
        for lang, f in figures.items():
            print(f"  {lang:42} {f['on_topic']:>4}/{f['questions']:<4} "
                  f"{f['no_topic_given_a_topic']:>8}/{f['no_topic_questions']:<10} "
                  f"{f['asked_back_right']:>12}/{f['asked_back_wrong']}, {f['no_topic_asked_back']}/{f['no_topic_questions']}")
    print()
    failed = 0
    for name, (value, target, op) in checks.items():
        ok = value >= target if op == ">=" else value <= target
        failed += not ok
        shown = f"{value:.3f}" if isinstance(value, float) else str(value)
        print(f"  {'OK  ' if ok else 'MISS'} {name:34} {shown:>7}  (target {op} {target})")
    if intent_errors:
        print(f"\n{len(intent_errors)} intent errors, e.g.:")
        for error in intent_errors[:12]:
            print(f"  [{error['language']}] {error['text']!r}: {error['gold']} -> {error['predicted']}")

    print()
    corpus = corpus_section()

    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps({
        "intents": intents, "durations": durations, "red_flags": flags, "language": languages,
        "intent_errors": intent_errors, "duration_misses": duration_misses, "missed_red_flags": missed_flags,
        "language_flips": flips, "questions_blind": questions, "questions_dev": questions_dev,
        "corpus": corpus,
    }, indent=1, ensure_ascii=False, default=str))
    print(f"\nwritten: {args.out}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
