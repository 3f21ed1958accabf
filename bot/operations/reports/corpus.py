"""The patients' corpus: how the readers do on messages not written beside the code.

tests/data/corpus/{en,nl}_{tune,blind}.yml hold messages in the style of public
patient pages and forums (each with its ``source``), rewritten as a person in
pain types them on a phone, with what a careful clinician reads from them::

    expect:
      red_flags: {saddle_numbness: true}   # EXACTLY what find_red_flags must return ({} = none)
      duration_days: 14                    # parse_duration(text, today)
      answer: {slot: onset, value: trauma} # parse_answer(slot, text, today)
      language: nl                         # choose_language(None, text): the first message

``load(language, split)`` gives the messages, ``score(messages, today)`` the
figures per reader (right, total, misses; for red flags also ``missed``: an
expected flag absent or different, and ``false_alarms``: a flag returned that
was not expected). ``python -m bot.operations.reports.corpus`` prints the table, the tune
split and the blind split separately. Misses are only ever printed for the
tune split: the blind split is there to measure, not to tune on.

Pure Python (no Rasa import).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import date
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional

import yaml

from bot.lang import CODES

ROOT = Path(__file__).resolve().parents[3]
CORPUS_DIR = ROOT / "tests" / "data" / "corpus"
LANGUAGES = tuple(CODES)  # every registered language pack
SPLITS = ("tune", "blind")
READERS = ("red_flags", "duration", "answers", "language")
EXPECT_KEYS = ("red_flags", "duration_days", "answer", "language")
VARIANTS = ("flemish", "netherlands")
DEFAULT_TODAY = date(2026, 12, 1)

BOOL = (True, False)
#: Values an ``answer`` expectation may carry, per slot (docs/clinical-rules.md).
ANSWER_VALUES: Dict[str, tuple] = {
    "onset": ("sudden_movement", "trauma", "gradual"),
    "leg_pain": ("none", "above_knee", "below_knee"),
    "leg_weakness": ("none", "stable", "worsening"),
    "age_band": ("under_20", "20_44", "45_69", "70_plus"),
    **{slot: BOOL for slot in (
        "both_legs", "leg_numbness", "saddle_numbness", "bladder_bowel", "fever", "cancer_history",
        "weight_loss", "night_pain", "osteoporosis_or_steroids", "morning_stiffness")},
}
#: Slots and values a ``red_flags`` expectation may carry (what find_red_flags can return).
RED_FLAG_VALUES: Dict[str, tuple] = {
    **{slot: (True,) for slot in (
        "saddle_numbness", "bladder_bowel", "fever", "cancer_history", "weight_loss", "night_pain")},
    "onset": ("trauma",),
    "leg_weakness": ("worsening", "stable"),  # stable only with both legs and "not worse"
    "both_legs": (True,),
    "leg_numbness": (True,),
}


def path_of(language: str, split: str) -> Path:
    return CORPUS_DIR / f"{language}_{split}.yml"


class _LabelsLoader(yaml.SafeLoader):
    """YAML 1.1 reads an unquoted 45_69 as the integer 4569 (underscores are digit
    separators there). The corpus's values are labels (age_band: 45_69), and a writer who
    leaves them unquoted means the label: here an integer is digits only."""


_LabelsLoader.yaml_implicit_resolvers = {
    first: [(tag, regex) for tag, regex in resolvers if tag != "tag:yaml.org,2002:int"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_LabelsLoader.add_implicit_resolver("tag:yaml.org,2002:int", re.compile(r"^[-+]?[0-9]+$"), list("-+0123456789"))


def load_file(language: str, split: str) -> Dict[str, Any]:
    """The whole file: language, split, today, messages."""
    return yaml.load(path_of(language, split).read_text(encoding="utf-8"), Loader=_LabelsLoader)


def load(language: str, split: str) -> List[Dict[str, Any]]:
    """The messages of one file (dicts with text, source, expect, maybe variant)."""
    return list(load_file(language, split).get("messages") or [])


def today_of(language: str, split: str) -> date:
    value = load_file(language, split).get("today", DEFAULT_TODAY)
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def validate(messages: List[Dict[str, Any]], language: str) -> List[str]:
    """Problems with the data itself (empty when every message is well formed)."""
    problems = []
    for i, message in enumerate(messages):
        where = f"#{i} {message.get('text')!r}"
        if not isinstance(message.get("text"), str) or not message["text"].strip():
            problems.append(f"{where}: no text")
        if not isinstance(message.get("source"), str) or len(message["source"].strip()) < 10:
            problems.append(f"{where}: no source")
        if "variant" in message and message["variant"] not in VARIANTS:
            problems.append(f"{where}: variant {message['variant']!r}")
        if "variant" in message and language != "nl":
            problems.append(f"{where}: variant on a non-Dutch message")
        expect = message.get("expect")
        if not isinstance(expect, dict) or not expect:
            problems.append(f"{where}: no expectation")
            continue
        for key in expect:
            if key not in EXPECT_KEYS:
                problems.append(f"{where}: unknown expectation {key!r}")
        if "red_flags" in expect:
            flags = expect["red_flags"]
            if not isinstance(flags, dict):
                problems.append(f"{where}: red_flags is not a mapping")
            else:
                for slot, value in flags.items():
                    if value not in RED_FLAG_VALUES.get(slot, ()):
                        problems.append(f"{where}: red flag {slot}={value!r} not allowed")
        if "duration_days" in expect:
            days = expect["duration_days"]
            if not isinstance(days, int) or isinstance(days, bool) or days < 0:
                problems.append(f"{where}: duration_days {days!r}")
        if "answer" in expect:
            answer = expect["answer"]
            if not isinstance(answer, dict) or set(answer) != {"slot", "value"}:
                problems.append(f"{where}: answer must be {{slot, value}}")
            elif answer["value"] not in ANSWER_VALUES.get(answer["slot"], ()) or (
                isinstance(answer["value"], bool) != (ANSWER_VALUES.get(answer["slot"]) == BOOL)
            ):
                problems.append(f"{where}: answer {answer['slot']}={answer['value']!r} not allowed")
        if "language" in expect and expect["language"] not in LANGUAGES:
            problems.append(f"{where}: language {expect['language']!r}")
    return problems


def _call(fn: Callable[..., Any], *args: Any) -> Any:
    """A reader's result; a reader that raises is reported, not fatal (readers are being edited)."""
    try:
        return fn(*args)
    except Exception as exc:  # noqa: BLE001 - every failure is a miss, with its reason
        return f"error: {type(exc).__name__}: {exc}"


def _readers() -> Dict[str, Callable[..., Any]]:
    from bot.reading.answers import parse_answer
    from bot.reading.duration import parse_duration
    from bot.reading.language import choose_language
    from bot.reading.redflags import find_red_flags

    def first_message_language(text: str) -> str | None:
        # what the assistant settles on at a first message (an explicit request, then
        # detection), as the actions call it; None while it is not confident
        language, confident = choose_language(None, text)
        return language if confident else None

    return {"red_flags": find_red_flags, "duration": parse_duration, "answers": parse_answer,
            "language": first_message_language}


def _empty(reader: str) -> Dict[str, Any]:
    figures: Dict[str, Any] = {"right": 0, "total": 0, "misses": []}
    if reader == "red_flags":
        figures.update(positive=0, negative=0, missed=[], false_alarms=[])
    return figures


def score(messages: List[Dict[str, Any]], today: Optional[date] = None) -> Dict[str, Dict[str, Any]]:
    """Per reader: right, total, misses [{text, expected, got}]; red_flags also missed, false_alarms."""
    today = today or DEFAULT_TODAY
    if not isinstance(today, date):
        today = date.fromisoformat(str(today))
    read = _readers()
    out = {reader: _empty(reader) for reader in READERS}

    def tally(reader: str, text: str, expected: Any, got: Any, ok: bool) -> None:
        out[reader]["total"] += 1
        if ok:
            out[reader]["right"] += 1
        else:
            out[reader]["misses"].append({"text": text, "expected": expected, "got": got})

    for message in messages:
        text, expect = message["text"], message.get("expect") or {}
        if "red_flags" in expect:
            expected = dict(expect["red_flags"] or {})
            got = _call(read["red_flags"], text)
            found = got if isinstance(got, dict) else {}
            figures = out["red_flags"]
            figures["positive" if expected else "negative"] += 1
            for slot, value in expected.items():
                if found.get(slot) != value:
                    figures["missed"].append({"text": text, "slot": slot, "expected": value, "got": found.get(slot)})
            for slot, value in found.items():
                if slot not in expected:
                    figures["false_alarms"].append({"text": text, "slot": slot, "got": value})
            tally("red_flags", text, expected, got, isinstance(got, dict) and got == expected)
        if "duration_days" in expect:
            got = _call(read["duration"], text, today)
            tally("duration", text, expect["duration_days"], got, got == expect["duration_days"]
                  and not isinstance(got, bool))
        if "answer" in expect:
            slot, value = expect["answer"]["slot"], expect["answer"]["value"]
            got = _call(read["answers"], slot, text, today)
            ok = got == value and isinstance(got, bool) == isinstance(value, bool)
            tally("answers", text, {"slot": slot, "value": value}, got, ok)
        if "language" in expect:
            got = _call(read["language"], text)
            tally("language", text, expect["language"], got, got == expect["language"])
    return out


def score_file(language: str, split: str) -> Dict[str, Dict[str, Any]]:
    return score(load(language, split), today_of(language, split))


def corpus_figures(include_blind_misses: bool = False) -> Dict[str, Dict[str, Any]]:
    """{"en": {"tune": {...}, "blind": {...}}, "nl": ...}; blind misses are left out unless asked."""
    figures: Dict[str, Dict[str, Any]] = {}
    for language in LANGUAGES:
        figures[language] = {}
        for split in SPLITS:
            if not path_of(language, split).exists():
                continue
            scored = score_file(language, split)
            if split == "blind" and not include_blind_misses:
                for reader in scored.values():
                    for key in ("misses", "missed", "false_alarms"):
                        if key in reader:
                            reader[key] = len(reader[key])
            figures[language][split] = scored
    return figures


def _count(value: Any) -> int:
    return value if isinstance(value, int) else len(value)


def format_table(figures: Dict[str, Dict[str, Any]]) -> str:
    """One row per language and split; per reader right/total and the share right."""
    head = f"{'corpus':12}" + "".join(f"{reader:>18}" for reader in READERS) + f"{'flags missed':>14}{'false alarms':>14}"
    lines = [head, "-" * len(head)]
    for split in SPLITS:
        for language in LANGUAGES:
            scored = figures.get(language, {}).get(split)
            if scored is None:
                continue
            row = f"{language + ' ' + split:12}"
            for reader in READERS:
                right, total = scored[reader]["right"], scored[reader]["total"]
                share = f"{right / total:.0%}" if total else "-"
                row += f"{f'{right}/{total} {share}':>18}"
            flags = scored["red_flags"]
            row += f"{_count(flags['missed']):>14}{_count(flags['false_alarms']):>14}"
            lines.append(row)
    return "\n".join(lines)


def format_misses(figures: Dict[str, Dict[str, Any]], limit: int = 20) -> str:
    """Misses of the TUNE split only."""
    lines = []
    for language in LANGUAGES:
        scored = figures.get(language, {}).get("tune")
        if scored is None:
            continue
        for reader in READERS:
            misses = scored[reader]["misses"]
            if not misses:
                continue
            lines.append(f"\n{language} tune, {reader}: {len(misses)} misses")
            for miss in misses[:limit]:
                lines.append(f"  {miss['text']!r}: expected {miss['expected']!r}, got {miss['got']!r}")
    return "\n".join(lines)


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description="Patients' corpus: the readers on the tune and blind splits")
    parser.add_argument("--misses", type=int, default=0, metavar="N",
                        help="print up to N misses per reader (tune split only)")
    parser.add_argument("--json", help="write the figures (blind misses left out) to this file")
    args = parser.parse_args(argv)
    figures = corpus_figures()
    print("\nPatients' corpus (tests/data/corpus): right/total per reader\n")
    print(format_table(figures))
    if args.misses:
        print(format_misses(figures, args.misses))
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(figures, indent=1, ensure_ascii=False, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
