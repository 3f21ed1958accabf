"""Faults with the real servers: the action server stopped mid-conversation, and Rasa
restarted with the SQLite tracker store. The user gets a kind "try again in a moment"
in their language, nothing is lost, and the same conversation completes afterwards
(bot/patches/turn_handling.py)."""
import pytest

from tests.support.assistant import joined, start_assistant, texts, triage_of
from tests.support.conversation import FIRST, LANGUAGES, Patient

pytestmark = pytest.mark.e2e
TRY_AGAIN = {"en": "send your last message again in a moment", "nl": "stuur je laatste bericht zo meteen nog eens",
             "fr": "renvoyez votre dernier message dans un instant"}
THREE_WEEKS = {"en": "3 weeks", "nl": "3 weken", "fr": "3 semaines"}
EXPECTED = {"level": "physio", "condition": "nonspecific_acute", "duration_days": 21}


@pytest.fixture(scope="module")
def faulty(tmp_path_factory):
    """An assistant of its own: these tests stop and start its processes."""
    with start_assistant(tmp_path_factory.mktemp("faults")) as running:
        yield running


@pytest.fixture
def assistant(faulty):
    """Both servers running at the start and at the end of every test."""
    for process, start in ((faulty.actions, faulty.start_actions), (faulty.rasa, faulty.start_rasa)):
        if process is None or process.poll() is not None:
            start()
    yield faulty
    for process, start in ((faulty.actions, faulty.start_actions), (faulty.rasa, faulty.start_rasa)):
        if process is None or process.poll() is not None:
            start()


def user_texts(tracker):
    return [e.get("text") for e in tracker["events"] if e.get("event") == "user"]


def finish(patient, max_turns=25):
    for _ in range(max_turns):
        triage = triage_of(patient.last)
        if triage:
            return triage
        slot = patient.requested_slot()
        assert slot is not None, patient.show()
        patient.answer(slot)
    raise AssertionError(f"no triage\n{patient.show()}")


@pytest.mark.parametrize("language", LANGUAGES)
def test_action_server_down_mid_check_then_back(assistant, sender, language):
    patient = Patient(assistant, sender, language, {"onset": "gradual", "age_band": "20_44"})
    patient.say(FIRST[language])
    patient.answer("consent")
    patient.answer("onset")
    before = assistant.tracker(sender)
    assert before["slots"]["requested_slot"] == "duration_days"

    assistant.stop_actions()
    answer = THREE_WEEKS[language]
    reply = patient.say(answer)
    assert TRY_AGAIN[language] in joined(reply), patient.show()
    assert len(texts(reply)) == 1 and triage_of(reply) is None
    after = assistant.tracker(sender)
    assert after["slots"] == before["slots"], "no slot changed or lost"
    assert user_texts(after) == user_texts(before), "the failed turn is not stored"
    again = patient.say(answer)  # still down: the same kind answer, still nothing lost
    assert TRY_AGAIN[language] in joined(again)
    assert assistant.slots(sender) == before["slots"]

    assistant.start_actions()
    patient.say(answer)  # the user simply sends it again
    slots = assistant.slots(sender)
    assert slots["duration_days"] == 21 and slots["requested_slot"] == "leg_pain", patient.show()
    assert finish(patient) == {**EXPECTED, "language": language}


def test_action_server_down_at_the_first_message(assistant, sender):
    assistant.stop_actions()
    reply = assistant.send(sender, "Hallo, ik heb last van mijn lage rug", {"language": "nl"})
    assert TRY_AGAIN["nl"] in joined(reply), "the channel's language, before any slot is set"
    assert user_texts(assistant.tracker(sender)) == []

    assistant.start_actions()
    patient = Patient(assistant, sender, "nl", {"onset": "gradual", "age_band": "20_44"},
                      texts={"duration_days": "3 weken"}, metadata={"language": "nl"})
    triage = patient.run_check("Hallo, ik heb last van mijn lage rug")
    assert "geen dokter" in patient.transcript[1][1], "a fresh start: the session and intro run again"
    assert triage == {**EXPECTED, "language": "nl"}


def test_action_server_down_outside_the_check(assistant, sender):
    """action_understand (a custom slot mapping) fails inside action_extract_slots:
    Rasa catches that one itself; the turn still ends kindly."""
    reply = assistant.send(sender, "what is a hernia?")
    assert "disc" in joined(reply).lower()
    before = assistant.tracker(sender)

    assistant.stop_actions()
    reply = assistant.send(sender, "I'd like to start the check")
    assert TRY_AGAIN["en"] in joined(reply)
    assert assistant.tracker(sender)["slots"] == before["slots"]
    assert user_texts(assistant.tracker(sender)) == user_texts(before)

    assistant.start_actions()
    patient = Patient(assistant, sender, "en", {"onset": "gradual", "age_band": "20_44"},
                      texts={"duration_days": "3 weeks"})
    assert patient.run_check("I'd like to start the check") == {**EXPECTED, "language": "en"}


def test_red_flag_while_the_action_server_is_down_is_escalated_after(assistant, sender):
    patient = Patient(assistant, sender, "en", {"onset": "gradual"})
    patient.say(FIRST["en"])
    patient.answer("consent")
    assistant.stop_actions()
    reply = patient.say("I can't feel my bum")
    assert TRY_AGAIN["en"] in joined(reply) and "112" in joined(reply)
    assistant.start_actions()
    reply = patient.say("I can't feel my bum")
    assert triage_of(reply)["level"] == "emergency"
    assert "112" in texts(reply)[0]


@pytest.mark.parametrize("language", LANGUAGES)
def test_rasa_restart_mid_check_resumes(assistant, sender, language):
    patient = Patient(assistant, sender, language, {"onset": "gradual", "age_band": "20_44"},
                      texts={"duration_days": THREE_WEEKS[language]})
    patient.say(FIRST[language])
    patient.answer("consent")
    patient.answer("onset")
    patient.answer("duration_days")
    before = assistant.slots(sender)
    assert before["requested_slot"] == "leg_pain"

    assistant.stop_rasa()
    assistant.start_rasa()

    assert assistant.slots(sender) == before, "the SQLite tracker store kept the conversation"
    patient.answer("leg_pain")
    assert assistant.slots(sender)["leg_pain"] == "none"
    assert finish(patient) == {**EXPECTED, "language": language}
