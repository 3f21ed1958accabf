"""Street patients (tests/data/street_patients.yml) through the REAL Rasa and action
servers over REST: people who write the whole story in the first message, hedge
("a bit weak but not worse", "my mum had cancer, not me"), use street words, typos,
SMS style, Flemish and Belgian French. Each is played once per session (module fixture) by
tests/support/street.py; the tests check the figures over all of them:

- every red-flag patient escalated (urgent or emergency, at or above the expected level),
- every result at or above the expected level,
- at least 95% exactly right (level and condition),
- slots the first message told asked again at most 10% of the time (over all patients).

A failing test prints the transcripts of the patients it is about.
"""
import uuid

import pytest

from bot import lang
from tests.support.street import LEVELS, expected, format_summary, load_patients, play, summarise

pytestmark = pytest.mark.e2e

PATIENTS = load_patients()


def show(results):
    return "\n\n".join(r.show() for r in results)


@pytest.fixture(scope="module")
def played(assistant):
    results = [play(assistant.send, assistant.slots, patient, f"street-{patient['id']}-{uuid.uuid4().hex[:6]}")
               for patient in PATIENTS]
    for language in lang.CODES:
        print(format_summary(language, summarise([r for r in results if r.patient["lang"] == language])))
    for r in results:
        if not r.exact or r.asked_again or r.not_understood or r.error:
            print(f"  {r.patient['id']}: expected {r.expect}, got {r.got}, asked again {r.asked_again}, "
                  f"not understood {r.not_understood}{', ' + r.error if r.error else ''}")
    return results


# ------------------------------------------------------------------ the file itself (no servers)


def test_the_file_has_enough_patients_of_each_kind():
    by_language = {code: [p for p in PATIENTS if p["lang"] == code] for code in lang.CODES}
    assert all(len(mine) >= 24 for mine in by_language.values())
    assert len({p["id"] for p in PATIENTS}) == len(PATIENTS)
    levels = [p["expect"]["level"] for p in PATIENTS]
    share = {kind: sum(level in kind for level in levels) / len(levels)
             for kind in (("urgent", "emergency"), ("doctor",), ("physio",))}
    assert 0.15 <= share[("urgent", "emergency")] <= 0.25 and 0.25 <= share[("doctor",)] <= 0.35
    assert all(p["source"].startswith("http") for p in PATIENTS)


@pytest.mark.parametrize("patient", PATIENTS, ids=[p["id"] for p in PATIENTS])
def test_the_expectation_written_by_hand_follows_the_rules(patient):
    assert (patient["expect"]["level"], patient["expect"]["condition"]) == expected(patient["profile"])
    assert set(patient["told_first"]) <= set(patient["profile"])
    assert patient["expect"]["level"] in LEVELS


# ------------------------------------------------------------------ against the assistant


def test_every_red_flag_patient_is_escalated(played):
    missed = [r for r in played if r.red_flag and not r.escalated]
    assert not missed, f"red flags not escalated:\n{show(missed)}"


def test_every_result_is_at_or_above_the_expected_level(played):
    below = [r for r in played if not r.at_or_above]
    assert not below, f"{len(below)} results below the expected level (or none):\n{show(below)}"


def test_at_least_95_percent_exactly_right(played):
    wrong = [r for r in played if not r.exact]
    assert len(wrong) <= 0.05 * len(played), f"{len(wrong)}/{len(played)} not exactly right:\n{show(wrong)}"


# At most 10% of what the first message told may be asked again (issue 11). On
# 2026-12-01 this was 11.3% (three whole stories read as out of scope, a fallback or a
# FAQ, so everything was asked again) until bot/nlu/story_detector.py; the readers
# still miss single slots in some stories (see the closing note of issue 11).
def test_what_the_first_message_told_is_seldom_asked_again(played):
    told = sum(len(r.patient["told_first"]) for r in played)
    again = [r for r in played if r.asked_again]
    count = sum(len(r.asked_again) for r in again)
    assert count <= 0.10 * told, (f"{count}/{told} told-first slots asked again:\n"
                                  + "\n".join(f"{r.patient['id']}: {r.asked_again}" for r in again)
                                  + "\n\n" + show(again))


def test_results_are_in_the_patients_language(played):
    other = [r for r in played if r.triage and r.triage.get("language") != r.patient["lang"]]
    assert not other, show(other)


