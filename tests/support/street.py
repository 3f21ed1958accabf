"""Street patients (tests/data/street_patients.yml) played over the REST channel.

`play(send, slots, patient)` sends the patient's first message, then answers whatever
the tracker's `requested_slot` asks, in the patient's own words when the file has
them (`say`) and otherwise plainly from the profile (`plain_answer`): consent
"yes"/"ja"/"oui, d'accord", check-your-answers "yes that's right"/"ja klopt"/"c'est juste",
a clarifying question from the profile in words. It records the number of user messages
up to the result (turns), the questions asked, and the triage payload.

The plain words of a language (`plain_words`) are what its buttons say in
domain/responses_check.yml, typed (the title of the button for the profile's value),
with the hand-written words of PLAIN on top: English and Dutch keep the words their
patients have always typed; a language needs a hand entry only for what no button says
(the number of days).

`expected(profile)` works out level and condition from rules R1-R12 (first match);
the test checks the hand-written expectation of every patient against it.
`summarise(results)` gives the figures reported by the test and bench/street.py.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional, Tuple

import yaml

from bench.patients import triage_of

ROOT = Path(__file__).resolve().parents[2]
PATIENTS = ROOT / "tests" / "data" / "street_patients.yml"
CLINICAL = ("onset", "duration_days", "leg_pain", "leg_numbness", "leg_weakness", "both_legs", "saddle_numbness",
            "bladder_bowel", "fever", "cancer_history", "weight_loss", "night_pain", "age_band",
            "osteoporosis_or_steroids", "morning_stiffness")  # fmt: skip
LEVELS = ("physio", "doctor", "urgent", "emergency")
RED_FLAG_LEVELS = ("urgent", "emergency")
CLARIFIED_SLOT = {"cancer_relative": "cancer_history", "night_pain_position": "night_pain",
                  "weight_reason": "weight_loss", "weakness_change": "leg_weakness",
                  "number_unsure": "duration_days"}  # bot.clinical.check_flow.CLARIFIED_SLOT (not imported: bot/ is not ours)
# after a hedged "no" to a red-flag question ("I don't think so"): a clear answer is asked for
HEDGED_PREFIX = "hedged_"
CLARIFIED_SLOT.update({HEDGED_PREFIX + slot: slot for slot in ("saddle_numbness", "bladder_bowel", "fever",
                                                               "cancer_history", "weight_loss", "night_pain")})

PLAIN = {
    "en": {
        "consent": "yes",
        "answers_confirmed": "yes that's right",
        "onset": {"sudden_movement": "it happened when I lifted something", "trauma": "after a fall",
                  "gradual": "it came on gradually"},
        "leg_pain": {"none": "no, only my back", "above_knee": "yes, into my thigh, above the knee",
                     "below_knee": "yes, below the knee"},
        "leg_weakness": {"none": "no", "stable": "yes but it's not getting worse", "worsening": "yes and it's getting worse"},
        "both_legs": {True: "both legs", False: "just one leg"},
        "age_band": {"under_20": "16", "20_44": "32", "45_69": "57", "70_plus": "75"},
        "days": "{n} days",
        "yes": "yes", "no": "no",
        "clarify": {"cancer_relative": {True: "yes", False: "no, not me"},
                    "night_pain_position": {True: "yes, in every position", False: "no, another position helps"},
                    "weight_reason": {True: "yes, without trying", False: "no, on purpose"},
                    "weakness_change": {"worsening": "getting worse", "stable": "staying the same",
                                        "none": "staying the same"}},
    },
    "nl": {
        "consent": "ja",
        "answers_confirmed": "ja klopt",
        "onset": {"sudden_movement": "het gebeurde toen ik iets optilde", "trauma": "na een val",
                  "gradual": "het is geleidelijk gekomen"},
        "leg_pain": {"none": "nee, alleen mijn rug", "above_knee": "ja, tot in mijn dij, boven de knie",
                     "below_knee": "ja, tot onder de knie"},
        "leg_weakness": {"none": "nee", "stable": "ja, maar het wordt niet erger", "worsening": "ja, en het wordt erger"},
        "both_legs": {True: "beide benen", False: "maar één been"},
        "age_band": {"under_20": "16", "20_44": "32", "45_69": "57", "70_plus": "75"},
        "days": "{n} dagen",
        "yes": "ja", "no": "nee",
        "clarify": {"cancer_relative": {True: "ja", False: "nee, ikzelf niet"},
                    "night_pain_position": {True: "ja, in elke houding", False: "nee, een houding helpt"},
                    "weight_reason": {True: "ja, zonder te willen", False: "nee, bewust"},
                    "weakness_change": {"worsening": "wordt erger", "stable": "blijft hetzelfde",
                                        "none": "blijft hetzelfde"}},
    },
    "fr": {  # the rest is what the French buttons say (plain_words)
        "days": "{n} jours",
    },
}
#: the check's questions and their buttons (the button titles are a language's plain words)
RESPONSES = ROOT / "domain" / "responses_check.yml"
#: the variant with no condition in domain/responses_*.yml is the English one
UNCONDITIONED = "en"
#: the answers that are digits in every language
AGES = {"under_20": "16", "20_44": "32", "45_69": "57", "70_plus": "75"}
#: (plain-words key, response whose buttons say it, the values of its buttons in order)
BUTTON_WORDS = (
    ("consent", "utter_ask_consent", (True,)),
    ("answers_confirmed", "utter_check_answers", (True,)),
    ("onset", "utter_ask_onset", ("sudden_movement", "trauma", "gradual")),
    ("leg_pain", "utter_ask_leg_pain", ("none", "above_knee", "below_knee")),
    ("leg_weakness", "utter_ask_leg_weakness", ("none", "stable", "worsening")),
    ("both_legs", "utter_ask_both_legs", (True, False)),
    ("yes_no", "utter_ask_leg_numbness", (True, False)),
    ("cancer_relative", "utter_clarify_cancer_relative", (True, False)),
    ("night_pain_position", "utter_clarify_night_pain_position", (True, False)),
    ("weight_reason", "utter_clarify_weight_reason", (True, False)),
    ("weakness_change", "utter_clarify_weakness_change", ("worsening", "stable")),
)  # fmt: skip


def load_patients(path: Path = PATIENTS) -> List[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))["patients"]


def _titles(variants: List[dict], language: str) -> List[str]:
    """The button titles of the variant shown in `language` (its only condition is the
    language; the unconditioned one for English), lower case as a person types them."""
    own = [{"type": "slot", "name": "language", "value": language}]
    chosen = [v for v in variants if v.get("condition") == own]
    if not chosen and language == UNCONDITIONED:
        chosen = [v for v in variants if not v.get("condition")]
    return [b["title"].lower() for b in (chosen[0].get("buttons") or [])] if chosen else []


@cache
def plain_words(language: str) -> Dict[str, Any]:
    """A language's plain answers: its buttons' titles (BUTTON_WORDS), then PLAIN[language] on top.
    KeyError names what neither gives."""
    responses = yaml.safe_load(RESPONSES.read_text(encoding="utf-8"))["responses"]
    derived: Dict[str, Any] = {"age_band": dict(AGES)}
    for key, response, values in BUTTON_WORDS:
        titles = _titles(responses.get(response) or [], language)
        if len(titles) >= len(values):
            derived[key] = dict(zip(values, titles[:len(values)], strict=True))
    words: Dict[str, Any] = {}
    for key in ("consent", "answers_confirmed"):
        if key in derived:
            words[key] = derived[key][True]
    for key in ("onset", "leg_pain", "leg_weakness", "both_legs", "age_band"):
        if key in derived:
            words[key] = derived[key]
    if "yes_no" in derived:
        words["yes"], words["no"] = derived["yes_no"][True], derived["yes_no"][False]
    clarify = {key: derived[key] for key in ("cancer_relative", "night_pain_position", "weight_reason",
                                             "weakness_change") if key in derived}
    if "weakness_change" in clarify:  # no weakness: "staying the same" (nothing getting worse)
        clarify["weakness_change"] = {**clarify["weakness_change"], "none": clarify["weakness_change"]["stable"]}
    words["clarify"] = clarify
    hand = PLAIN.get(language, {})
    words.update({key: value for key, value in hand.items() if key != "clarify"})
    words["clarify"] = {**words["clarify"], **hand.get("clarify", {})}
    missing = [key for key in ("consent", "answers_confirmed", "onset", "leg_pain", "leg_weakness", "both_legs",
                               "age_band", "days", "yes", "no") if key not in words]
    missing += [f"clarify.{key}" for key in ("cancer_relative", "night_pain_position", "weight_reason",
                                             "weakness_change") if key not in words["clarify"]]
    if missing:
        raise KeyError(f"no plain {language!r} words for {', '.join(missing)} (no buttons in {RESPONSES.name} "
                       f"and no entry in PLAIN)")
    return words


# ------------------------------------------------------------------ the rules, by hand


def expected(p: Dict[str, object]) -> Tuple[str, str]:
    """Level and condition of a profile by rules R1-R12 (first match); duration always known here."""
    under_45 = p["age_band"] in ("under_20", "20_44")
    days = int(p["duration_days"])  # type: ignore[arg-type]
    if p["saddle_numbness"] or p["bladder_bowel"] or (p["both_legs"] and (p["leg_numbness"] or p["leg_weakness"] != "none")):
        return "emergency", "cauda_equina"
    if p["leg_weakness"] == "worsening":
        return "urgent", "progressive_neurological_deficit"
    if p["fever"]:
        return "urgent", "possible_infection"
    if p["onset"] == "trauma":
        return "urgent", "possible_fracture"
    if p["cancer_history"] or p["weight_loss"] or p["night_pain"]:
        return "urgent", "possible_serious_cause"
    if p["onset"] == "sudden_movement" and (p["age_band"] == "70_plus" or p["osteoporosis_or_steroids"]):
        return "doctor", "possible_fracture"
    if p["leg_pain"] == "below_knee" or p["leg_numbness"] or p["leg_weakness"] == "stable":
        return "doctor", "radicular_syndrome"
    if days >= 84 and p["onset"] == "gradual" and under_45 and p["morning_stiffness"]:
        return "doctor", "inflammatory_back_pain"
    if days <= 41:
        return "physio", "nonspecific_acute"
    if days <= 83:
        return "physio", "nonspecific_subacute"
    return "physio", "nonspecific_chronic"


# ------------------------------------------------------------------ answers


def plain_answer(slot: str, value: object, language: str) -> str:
    words = plain_words(language)
    if slot == "duration_days":
        return words["days"].format(n=value)
    if slot in ("onset", "leg_pain", "leg_weakness", "both_legs", "age_band"):
        return words[slot][value]
    return words["yes"] if value else words["no"]


def answer_for(patient: dict, slot: str, times_asked: int, clarifying: Optional[str] = None) -> str:
    """What the patient types when `slot` is asked (the `times_asked`-th time, from 0)."""
    language, profile, say = patient["lang"], patient["profile"], patient.get("say") or {}
    words = plain_words(language)
    if slot == "clarifying":
        target = CLARIFIED_SLOT.get(clarifying or "")
        if target == "duration_days":
            if profile["duration_days"] is None and say.get("duration_days"):
                # "roughly is fine: which is closest?" to someone who does not know: they say so again
                said = say["duration_days"]
                return said[-1] if isinstance(said, list) else said
            return plain_answer("duration_days", profile["duration_days"], language)
        if target == "leg_weakness":
            return words["clarify"]["weakness_change"][profile["leg_weakness"]]
        if target and clarifying.startswith(HEDGED_PREFIX):  # "a clear answer, please": yes or no
            return words["yes"] if profile[target] else words["no"]
        if target:
            return words["clarify"][clarifying][bool(profile[target])]
        return words["no"]
    if slot in say:
        text = say[slot]
        if isinstance(text, list):
            return text[times_asked % len(text)]
        if times_asked == 0 or slot in ("consent", "answers_confirmed"):
            return text
        # asked again after "Sorry, I didn't quite get that. You can tap a button or answer in a
        # few words": the patient does just that and says it plainly (their own words were not read)
    if slot in ("consent", "answers_confirmed"):
        return words[slot]
    return plain_answer(slot, profile[slot], language)


# ------------------------------------------------------------------ playing one patient


@dataclass
class Played:
    patient: dict
    triage: Optional[dict] = None
    turns: int = 0  # user messages up to and including the one that brought the result
    asked: List[str] = field(default_factory=list)  # requested_slot at each answer, in order
    not_understood: List[Tuple[str, str]] = field(default_factory=list)  # (slot, own words) asked again at once
    transcript: List[Tuple[str, str]] = field(default_factory=list)
    error: Optional[str] = None

    @property
    def expect(self) -> Tuple[str, str]:
        return self.patient["expect"]["level"], self.patient["expect"]["condition"]

    @property
    def got(self) -> Optional[Tuple[str, str]]:
        return (self.triage["level"], self.triage["condition"]) if self.triage else None

    @property
    def exact(self) -> bool:
        return self.got == self.expect

    @property
    def at_or_above(self) -> bool:
        return bool(self.triage) and self.triage.get("level") in LEVELS and \
            LEVELS.index(self.triage["level"]) >= LEVELS.index(self.expect[0])

    @property
    def red_flag(self) -> bool:
        return self.expect[0] in RED_FLAG_LEVELS

    @property
    def escalated(self) -> bool:
        return bool(self.triage) and self.triage.get("level") in RED_FLAG_LEVELS and self.at_or_above

    @property
    def asked_again(self) -> List[str]:
        """Slots the first message told that were asked again (each counted once)."""
        told = set(self.patient.get("told_first") or [])
        return sorted(told & set(self.asked))

    def show(self) -> str:
        head = (f"--- {self.patient['id']} ({self.patient['lang']}): expected {self.expect}, got {self.got}, "
                f"turns {self.turns}, asked {self.asked}, told first {self.patient.get('told_first')}, "
                f"asked again {self.asked_again}, not understood {self.not_understood}"
                + (f", error {self.error}" if self.error else ""))
        return "\n".join([head] + [f"{who:>6}: {text}" for who, text in self.transcript])


def _bot_lines(played: Played) -> int:
    """How many bot lines end the transcript (to find the patient's last words)."""
    count = 0
    for who, _ in reversed(played.transcript):
        if who != "bot":
            break
        count += 1
    return count


def play(send: Callable[[str, str, Optional[dict]], List[dict]], slots: Callable[[str], dict], patient: dict,
         sender: str, max_turns: int = 30) -> Played:
    """Plays one patient; `send(sender, text, metadata)` and `slots(sender)` talk to the assistant."""
    played = Played(patient)
    metadata = {"language": patient["lang"]}
    times: Dict[str, int] = {}

    def say(text: str) -> List[dict]:
        reply = send(sender, text, metadata)
        played.turns += 1
        played.transcript.append(("user", text))
        for message in reply:
            shown = message.get("text") or (f"[custom] {message['custom']}" if "custom" in message else str(message))
            if message.get("buttons"):
                shown += "  [" + " | ".join(b["title"] for b in message["buttons"]) + "]"
            played.transcript.append(("bot", shown))
        return reply

    try:
        reply = say(patient["first"])
        for _ in range(max_turns):
            played.triage = triage_of(reply)
            if played.triage:
                return played
            state = slots(sender)
            slot = state.get("requested_slot")
            if slot is None:
                slot = "consent"  # no question pending: say yes, as a person would to a check
                if times.get("_none", 0) >= 2:
                    played.error = "no question pending and no result"
                    return played
                times["_none"] = times.get("_none", 0) + 1
            n = times.get(slot, 0)
            if n >= 3 and slot not in ("clarifying",):
                played.error = f"stuck on {slot}"
                return played
            times[slot] = n + 1
            if played.asked and played.asked[-1] == slot and slot not in ("consent", "clarifying"):
                played.not_understood.append((slot, played.transcript[-1 - _bot_lines(played)][1]))
            played.asked.append(slot)
            text = answer_for(patient, slot, n, state.get("clarifying"))
            played.transcript.append(("driver", f"requested_slot={slot}"))
            reply = say(text)
        played.error = f"no result after {max_turns} turns"
    except Exception as exc:  # a dead server is this patient's failure, not a crash of the run
        played.error = repr(exc)
    return played


# ------------------------------------------------------------------ figures


def summarise(results: List[Played]) -> Dict[str, float]:
    n = len(results)
    flags = [r for r in results if r.red_flag]
    done = [r.turns for r in results if r.triage]
    told = sum(len(r.patient.get("told_first") or []) for r in results)
    again = sum(len(r.asked_again) for r in results)
    return {
        "patients": n,
        "exact": sum(r.exact for r in results),
        "exact_pct": 100.0 * sum(r.exact for r in results) / max(n, 1),
        "at_or_above": sum(r.at_or_above for r in results),
        "at_or_above_pct": 100.0 * sum(r.at_or_above for r in results) / max(n, 1),
        "red_flags": len(flags),
        "red_flags_escalated": sum(r.escalated for r in flags),
        "mean_turns": sum(done) / max(len(done), 1),
        "told_slots": told,
        "asked_again": again,
        "asked_again_pct": 100.0 * again / max(told, 1),
        "not_understood": sum(len(r.not_understood) for r in results),
    }


def format_summary(language: str, s: Dict[str, float]) -> str:
    return (f"{language}: patients {s['patients']}, exactly right {s['exact']}/{s['patients']} = {s['exact_pct']:.1f}%, "
            f"at or above {s['at_or_above']}/{s['patients']} = {s['at_or_above_pct']:.1f}%, "
            f"red flags escalated {s['red_flags_escalated']}/{s['red_flags']}, "
            f"mean turns to the result {s['mean_turns']:.1f}, "
            f"told-first asked again {s['asked_again']}/{s['told_slots']} = {s['asked_again_pct']:.1f}%, "
            f"answers not understood (asked again at once) {s['not_understood']}")
