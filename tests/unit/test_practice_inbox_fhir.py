"""bot/practice_inbox/fhir.py: the shared check as a FHIR R4 QuestionnaireResponse, validated
with fhir.resources, and the Questionnaire shipped in docs/fhir/ that it answers."""

import json
import re
from pathlib import Path

import pytest
import yaml
from fhir.resources.questionnaire import Questionnaire
from fhir.resources.questionnaireresponse import QuestionnaireResponse

from bot.clinical.rules import classify
from bot.practice_inbox.fhir import (
    CONDITIONS,
    QUESTIONNAIRE_URL,
    QUESTIONS,
    RULES,
    FhirSummaryError,
    questionnaire,
    questionnaire_problems,
    questionnaire_response,
)

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "docs" / "fhir" / "Questionnaire.json"

ANSWERS = {
    "onset": "sudden_movement",
    "duration_days": 10,
    "leg_pain": "below_knee",
    "leg_numbness": True,
    "leg_weakness": "none",
    "both_legs": False,
    "saddle_numbness": False,
    "bladder_bowel": False,
    "fever": False,
    "cancer_history": False,
    "weight_loss": False,
    "night_pain": False,
    "age_band": "45_69",
    "osteoporosis_or_steroids": False,
}


def summary(**changes):
    base = {
        "reference": "LB-7K3M-Q9XD",
        "answers": dict(ANSWERS),
        "level": "doctor",
        "condition": "radicular_syndrome",
        "rule": "R7",
        "reason": "pain below the knee, numbness in a leg",
        "duration_days": 10,
        "language": "nl",
        "channel": "whatsapp",
        "date": "2024-05-01T12:30:00+02:00",
        "callback": {"name": "An", "phone": "+32470123456"},
    }
    base.update(changes)
    return base


def items(resource):
    """linkId -> the item's answers, groups flattened."""
    found = {}
    for entry in resource["item"]:
        if "item" in entry:
            found.update(items(entry))
        else:
            found[entry["linkId"]] = entry["answer"]
    return found


def test_the_shipped_questionnaire_is_the_generated_one_and_valid_r4():
    shipped = json.loads(SHIPPED.read_text(encoding="utf-8"))
    assert shipped == questionnaire(), (
        "regenerate: .venv/bin/python -m bot.practice_inbox.fhir > docs/fhir/Questionnaire.json"
    )
    parsed = Questionnaire.parse_obj(shipped)
    assert parsed.url == QUESTIONNAIRE_URL and parsed.status == "active"


def test_the_questions_are_the_slots_with_their_values():
    slots = yaml.safe_load((ROOT / "domain" / "slots.yml").read_text(encoding="utf-8"))["slots"]
    for item in questionnaire()["item"]:
        if item["type"] == "group":
            continue
        slot = slots[item["linkId"]]  # every question's linkId is a slot name
        if slot["type"] == "bool":
            assert item["type"] == "boolean", item["linkId"]
        elif slot["type"] == "categorical":
            codes = [option["valueCoding"]["code"] for option in item["answerOption"]]
            assert codes == [str(value) for value in slot["values"]], item["linkId"]
    source = (ROOT / "bot" / "clinical" / "rules.py").read_text(encoding="utf-8")
    read_by_the_rules = set(re.findall(r'answers(?:\.get\(|, )"(\w+)"', source))
    assert read_by_the_rules <= set(QUESTIONS)  # every answer the rules read can be sent


def test_the_result_options_are_the_conditions_and_rules_of_bot_rules():
    source = (ROOT / "bot" / "clinical" / "rules.py").read_text(encoding="utf-8")
    triages = re.findall(r'Triage\("(\w+)", "(\w+)", "(R\d+)"\)', source)
    assert set(CONDITIONS) == {condition for _, condition, _ in triages}
    assert set(RULES) == {rule for _, _, rule in triages}


def test_a_shared_check_becomes_a_valid_questionnaire_response():
    resource = questionnaire_response(summary())
    parsed = QuestionnaireResponse.parse_raw(json.dumps(resource))  # valid R4, through JSON
    assert parsed.status == "completed" and parsed.identifier.value == "LB-7K3M-Q9XD"
    assert resource["questionnaire"] == f"{QUESTIONNAIRE_URL}|1.0.0"
    assert resource["authored"] == "2024-05-01T12:30:00+02:00" and resource["language"] == "nl"
    answers = items(resource)
    assert answers["leg_numbness"] == [{"valueBoolean": True}]
    assert answers["duration_days"] == [{"valueInteger": 10}]
    assert answers["leg_pain"][0]["valueCoding"]["code"] == "below_knee"
    assert answers["leg_pain"][0]["valueCoding"]["display"] == "yes, below the knee"
    assert answers["triage_level"][0]["valueCoding"]["code"] == "doctor"
    assert answers["triage_condition"][0]["valueCoding"]["code"] == "radicular_syndrome"
    assert answers["triage_rule"][0]["valueCoding"]["code"] == "R7"
    assert answers["triage_reason"] == [{"valueString": "pain below the knee, numbness in a leg"}]
    assert answers["channel"] == [{"valueString": "whatsapp"}]
    assert "morning_stiffness" not in answers  # not asked: no answer, not a made-up one
    assert "An" not in json.dumps(resource)  # callback details are not part of the answers


@pytest.mark.parametrize(
    "answers",
    [
        {"saddle_numbness": True},
        {"leg_weakness": "worsening"},
        {"fever": True},
        {"onset": "trauma"},
        {"night_pain": True},
        {"onset": "sudden_movement", "age_band": "70_plus"},
        {"onset": "gradual", "duration_days": 100, "age_band": "20_44", "morning_stiffness": True},
        {"onset": "gradual", "duration_days": 3},
        {"onset": "gradual", "duration_days": 60},
        {"onset": "gradual"},
    ],
)
def test_every_result_the_rules_give_makes_a_valid_response(answers):
    triage = classify(answers)
    resource = questionnaire_response(
        summary(
            answers=answers,
            level=triage.level,
            condition=triage.condition,
            rule=triage.rule,
            reason=None,
            duration_days=answers.get("duration_days"),
        )
    )
    assert items(resource)["triage_rule"][0]["valueCoding"]["code"] == triage.rule


@pytest.mark.parametrize(
    "changes, words",
    [
        ({"level": "severe"}, "triage_level: 'severe' is not one of its options"),
        ({"answers": {**ANSWERS, "fever": "yes"}}, "fever: not true or false"),
        ({"answers": {**ANSWERS, "leg_pain": "knee"}}, "leg_pain: 'knee' is not one of its options"),
        ({"duration_days": 2.5}, "duration_days: not a whole number"),
        ({"date": "2024-05-01T12:30:00"}, "time zone"),
        ({"date": "yesterday"}, "ISO date-time"),
    ],
)
def test_a_summary_that_does_not_fit_is_refused_with_the_reason(changes, words):
    with pytest.raises(FhirSummaryError) as refused:
        questionnaire_response(summary(**changes))
    assert words in str(refused.value)


def test_a_response_with_an_item_the_questionnaire_does_not_have_does_not_fit():
    resource = questionnaire_response(summary())
    resource["item"].append({"linkId": "consent", "answer": [{"valueBoolean": True}]})
    assert questionnaire_problems(resource) == ["consent: not an item of the Questionnaire"]


def test_without_language_channel_or_triage_the_groups_are_left_out():
    resource = questionnaire_response(
        summary(language=None, channel=None, level=None, condition=None, rule=None, reason=None)
    )
    assert [entry["linkId"] for entry in resource["item"] if "item" in entry] == []
    assert "language" not in resource
