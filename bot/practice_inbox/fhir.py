"""The shared check as FHIR R4: a QuestionnaireResponse to the Questionnaire in docs/fhir/.

Pure Python, no Rasa import. :func:`questionnaire` is the Questionnaire of our questions
(item linkIds are the slot names of domain/slots.yml, answer options their values), and
docs/fhir/Questionnaire.json is its output::

    .venv/bin/python -m bot.practice_inbox.fhir > docs/fhir/Questionnaire.json

:func:`questionnaire_response` turns a summary (see bot/practice_inbox/__init__.py) into
a QuestionnaireResponse and validates it twice before returning it as JSON-ready dict:
with ``fhir.resources`` 6.4.0 (the R4 models; its last release on pydantic 1, which
Rasa 3.6 pins), and against our Questionnaire (every linkId exists, each answer has the
item's type, each coded answer is one of the item's options). A summary that fails
either raises :class:`FhirSummaryError`.

The triage (level, condition, rule, reason) is a read-only group ``triage``: the
assistant's reading of the answers by docs/clinical-rules.md, not the patient's answer.
"""

from __future__ import annotations

import json
import re
import sys
from datetime import datetime
from typing import Any, Dict, List, Mapping, Optional

from fhir.resources.questionnaire import Questionnaire
from fhir.resources.questionnaireresponse import QuestionnaireResponse
from pydantic import ValidationError

from bot.clinical.rules import LEVELS
from bot.clinical.summary import catalogue

QUESTIONNAIRE_URL = "urn:lowback-assistant:fhir:Questionnaire:low-back-pain-check"
QUESTIONNAIRE_VERSION = "1.0.0"
CODE_SYSTEM = "urn:lowback-assistant:fhir:CodeSystem:"  # + slot name, "triage-level", ...
REFERENCE_SYSTEM = "urn:lowback-assistant:check-reference"

# The questions in the order asked, with the values of domain/slots.yml.
CHOICES = {
    "onset": ("sudden_movement", "trauma", "gradual"),
    "leg_pain": ("none", "above_knee", "below_knee"),
    "leg_weakness": ("none", "stable", "worsening"),
    "age_band": ("under_20", "20_44", "45_69", "70_plus"),
}
QUESTIONS = {  # linkId -> (type, text); texts shortened from domain/responses_check.yml
    "onset": ("choice", "How did the pain start?"),
    "duration_days": ("integer", "How long have you had the pain? (days)"),
    "leg_pain": ("choice", "Does the pain spread into a leg? How far?"),
    "leg_numbness": ("boolean", "Do you feel numbness, tingling or pins and needles in a leg or foot?"),
    "leg_weakness": ("choice", "Is a leg weak? For example your foot drags or your leg gives way."),
    "both_legs": ("boolean", "Is it in both legs?"),
    "saddle_numbness": ("boolean", "Is the skin numb around your genitals, anus or inner thighs?"),
    "bladder_bowel": (
        "boolean",
        "Since the back pain, do you have new trouble peeing, or can't you hold your urine or stool?",
    ),
    "fever": ("boolean", "Do you have a fever or chills, or do you feel very unwell?"),
    "cancer_history": ("boolean", "Do you have cancer now, or have you had cancer in the past?"),
    "weight_loss": ("boolean", "Are you losing weight without trying?"),
    "night_pain": ("boolean", "Is the pain there all night, whatever position you lie in?"),
    "age_band": ("choice", "How old are you?"),
    "osteoporosis_or_steroids": (
        "boolean",
        "Do you have brittle bones (osteoporosis), or did you take steroid tablets for months or more?",
    ),
    "morning_stiffness": (
        "boolean",
        "Are you stiff for more than 30 minutes after waking up, and does it get better when you move?",
    ),
}
# bot/clinical/rules.py's conditions and rules (tests/unit/test_practice_inbox_fhir.py reads them there).
CONDITIONS = (
    "cauda_equina",
    "progressive_neurological_deficit",
    "possible_infection",
    "possible_fracture",
    "possible_serious_cause",
    "radicular_syndrome",
    "inflammatory_back_pain",
    "nonspecific_acute",
    "nonspecific_subacute",
    "nonspecific_chronic",
    "nonspecific",
)
RULES = tuple(f"R{n}" for n in range(1, 13))
TRIAGE = {  # linkId -> (type, text, options)
    "triage_level": ("choice", "Level", LEVELS),
    "triage_condition": ("choice", "Condition", CONDITIONS),
    "triage_rule": ("choice", "Rule of docs/clinical-rules.md that gave the level", RULES),
    "triage_reason": ("string", "The rule's reason, in words", ()),
}
CONTEXT = {  # linkId -> (type, text)
    "language": ("string", "Language of the conversation (BCP 47)"),
    "channel": ("string", "Channel of the conversation (web, whatsapp, ...)"),
}
_VALUE_KEY = {"boolean": "valueBoolean", "integer": "valueInteger", "string": "valueString", "choice": "valueCoding"}
_FHIR_ID = re.compile(r"[A-Za-z0-9\-.]{1,64}")


class FhirSummaryError(ValueError):
    """The summary does not make a valid QuestionnaireResponse (the reasons are listed)."""


def _display(link_id: str, code: str) -> str:
    words = catalogue("en")["values"].get(link_id, {}) if link_id in CHOICES else {}
    return words.get(code, code.replace("_", " "))  # an unknown code is refused by validate(), not here


def _coding(link_id: str, code: str) -> Dict[str, str]:
    system = CODE_SYSTEM + link_id.replace("_", "-")
    return {"system": system, "code": code, "display": _display(link_id, code)}


def questionnaire() -> Dict[str, Any]:
    """The Questionnaire of the check (docs/fhir/Questionnaire.json)."""

    def item(link_id: str, kind: str, text: str, options: Any = (), read_only: bool = False) -> Dict[str, Any]:
        entry: Dict[str, Any] = {"linkId": link_id, "text": text, "type": kind, "required": False}
        if options:
            entry["answerOption"] = [{"valueCoding": _coding(link_id, code)} for code in options]
        if read_only:
            entry["readOnly"] = True
        return entry

    answers = [item(link_id, kind, text, CHOICES.get(link_id, ())) for link_id, (kind, text) in QUESTIONS.items()]
    triage = [item(link_id, *spec, read_only=True) for link_id, spec in TRIAGE.items()]
    context = [item(link_id, kind, text, read_only=True) for link_id, (kind, text) in CONTEXT.items()]
    return {
        "resourceType": "Questionnaire",
        "id": "low-back-pain-check",
        "url": QUESTIONNAIRE_URL,
        "version": QUESTIONNAIRE_VERSION,
        "name": "LowBackPainCheck",
        "title": "Low back pain check (physiotherapy triage assistant)",
        "status": "active",
        "subjectType": ["Patient"],
        "language": "en",
        "description": (
            "The questions of the low back pain check. Item linkIds are the assistant's slot names; "
            "the group 'triage' is the assistant's result by its clinical rules, not an answer of the patient."
        ),
        "item": [
            *answers,
            {"linkId": "triage", "text": "Result of the check", "type": "group", "readOnly": True, "item": triage},
            {"linkId": "context", "text": "Conversation", "type": "group", "readOnly": True, "item": context},
        ],
    }


def _answer(link_id: str, kind: str, value: Any) -> Dict[str, Any]:
    if kind == "choice":
        return {"valueCoding": _coding(link_id, str(value))}
    if kind == "integer" and isinstance(value, float) and value.is_integer():
        value = int(value)  # a duration read as 21.0 days
    return {_VALUE_KEY[kind]: value}


def _authored(date: Any) -> str:
    try:
        parsed = datetime.fromisoformat(str(date))
    except ValueError:
        raise FhirSummaryError(f"date must be an ISO date-time, not {date!r}") from None
    if parsed.tzinfo is None:
        raise FhirSummaryError("date must carry its time zone (FHIR dateTime with a time needs one)")
    return parsed.isoformat()


def questionnaire_response(summary: Mapping[str, Any]) -> Dict[str, Any]:
    """The summary as a validated FHIR R4 QuestionnaireResponse (a JSON-ready dict)."""
    answers = summary.get("answers") or {}
    items: List[Dict[str, Any]] = []
    for link_id, (kind, text) in QUESTIONS.items():
        value = summary.get("duration_days") if link_id == "duration_days" else answers.get(link_id)
        if value is None:
            value = answers.get(link_id)
        if value is not None:
            items.append({"linkId": link_id, "text": text, "answer": [_answer(link_id, kind, value)]})
    triage_values = {
        "triage_level": summary.get("level"),
        "triage_condition": summary.get("condition"),
        "triage_rule": summary.get("rule"),
        "triage_reason": summary.get("reason"),
    }
    triage = [
        {"linkId": link_id, "text": TRIAGE[link_id][1], "answer": [_answer(link_id, TRIAGE[link_id][0], value)]}
        for link_id, value in triage_values.items()
        if value not in (None, "")
    ]
    context = [
        {"linkId": link_id, "text": CONTEXT[link_id][1], "answer": [{"valueString": str(summary[link_id])}]}
        for link_id in CONTEXT
        if summary.get(link_id)
    ]
    reference = str(summary.get("reference") or "")
    resource: Dict[str, Any] = {
        "resourceType": "QuestionnaireResponse",
        "identifier": {"system": REFERENCE_SYSTEM, "value": reference},
        "questionnaire": f"{QUESTIONNAIRE_URL}|{QUESTIONNAIRE_VERSION}",
        "status": "completed",
        "authored": _authored(summary.get("date")),
        "item": items,
    }
    # an empty group says nothing and FHIR wants a group to hold items: it is left out
    for link_id, text, group in (("triage", "Result of the check", triage), ("context", "Conversation", context)):
        if group:
            resource["item"].append({"linkId": link_id, "text": text, "item": group})
    if _FHIR_ID.fullmatch(reference):
        resource["id"] = reference
    if summary.get("language"):
        resource["language"] = str(summary["language"])
    validate(resource)
    return resource


def _items_by_link_id(items: List[Mapping[str, Any]]) -> Dict[str, Mapping[str, Any]]:
    found: Dict[str, Mapping[str, Any]] = {}
    for entry in items:
        found[entry["linkId"]] = entry
        found.update(_items_by_link_id(entry.get("item") or []))
    return found


def questionnaire_problems(resource: Mapping[str, Any], definition: Optional[Mapping[str, Any]] = None) -> List[str]:
    """Where a QuestionnaireResponse does not fit our Questionnaire (empty list when it fits)."""
    questions = _items_by_link_id(list((definition or questionnaire())["item"]))
    problems = []
    for link_id, entry in _items_by_link_id(list(resource.get("item") or [])).items():
        question = questions.get(link_id)
        if question is None:
            problems.append(f"{link_id}: not an item of the Questionnaire")
            continue
        for answer in entry.get("answer") or []:
            key = _VALUE_KEY.get(question["type"])
            if set(answer) != {key}:
                problems.append(f"{link_id}: a {question['type']} item needs {key}, got {sorted(answer)}")
            elif question.get("answerOption") and answer[key] not in [
                o["valueCoding"] for o in question["answerOption"]
            ]:
                problems.append(f"{link_id}: {answer[key].get('code')!r} is not one of its options")
            elif key == "valueBoolean" and not isinstance(answer[key], bool):
                problems.append(f"{link_id}: not true or false")
            elif key == "valueInteger" and (isinstance(answer[key], bool) or not isinstance(answer[key], int)):
                problems.append(f"{link_id}: not a whole number")
    return problems


def validate(resource: Mapping[str, Any]) -> QuestionnaireResponse:
    """The fhir.resources model of the resource; FhirSummaryError when it is not valid R4
    or does not fit our Questionnaire."""
    problems = questionnaire_problems(resource)
    try:
        model = QuestionnaireResponse.parse_obj(resource)
    except ValidationError as error:
        problems += [f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in error.errors()]
        model = None
    if problems:
        raise FhirSummaryError("; ".join(problems))
    return model


def validated_questionnaire() -> Questionnaire:
    return Questionnaire.parse_obj(questionnaire())


if __name__ == "__main__":
    validated_questionnaire()  # never write a Questionnaire that is not valid R4
    sys.stdout.write(json.dumps(questionnaire(), indent=2, ensure_ascii=False) + "\n")
