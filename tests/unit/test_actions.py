"""The custom actions with rasa_sdk's real Tracker and CollectingDispatcher."""
import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.check import ActionStartCheck, ValidateTriageForm
from actions.housekeeping import ActionDeleteData
from actions.questions import ActionAnswerQuestion
from actions.session import ActionSessionStart
from actions.triage import ActionTriage
from actions.understand import ActionUnderstand
from bot.practice import current_practice

CALM = {"consent": True, "onset": "sudden_movement", "duration_days": 9, "leg_pain": "none", "leg_numbness": False,
        "leg_weakness": "none", "saddle_numbness": False, "bladder_bowel": False, "fever": False,
        "cancer_history": False, "weight_loss": False, "night_pain": False, "age_band": "20_44",
        "osteoporosis_or_steroids": False, "answers_confirmed": True}


def tracker(slots=None, text="", intent="inform", requested=None, in_form=True, latest_action="action_listen",
            metadata=None, entities=()):
    slots = {"language": "en", "language_confident": True, "duration_attempts": 0, **(slots or {})}
    slots["requested_slot"] = requested
    events = [{"event": "action", "name": latest_action}, {"event": "user", "text": text}]
    if in_form:  # Rasa appends the form's own execution to the tracker it sends for validation
        events.append({"event": "action", "name": "triage_form"})
    return Tracker(
        sender_id="unit", slots=slots,
        latest_message={"text": text, "intent": {"name": intent, "confidence": 1.0}, "entities": list(entities),
                        "metadata": metadata or {}},
        events=events, paused=False, followup_action=None,
        active_loop={"name": "triage_form"} if in_form else {}, latest_action_name=latest_action,
    )


async def run(action, t):
    dispatcher = CollectingDispatcher()
    events = await action.run(dispatcher, t, {})
    return dispatcher.messages, {e["name"]: e["value"] for e in events if e.get("event") == "slot"}, events


def responses(messages):
    return [m.get("response") for m in messages if m.get("response")]


def payload(messages):
    return next(m["custom"]["triage"] for m in messages if m.get("custom"))


@pytest.mark.parametrize("language", ["en", "nl"])
async def test_triage_physio_result_with_booking(language):
    messages, slots, _ = await run(ActionTriage(), tracker({**CALM, "language": language}, in_form=False))
    assert responses(messages) == ["utter_result_intro", "utter_explain_nonspecific_acute", "utter_next_step_physio",
                                   "utter_practice_contact", "utter_check_done"]
    assert payload(messages) == {"level": "physio", "condition": "nonspecific_acute", "duration_days": 9,
                                 "language": language}
    assert slots == {"triage_level": "physio", "triage_condition": "nonspecific_acute", "safety_followup": False}


async def test_emergency_shows_112_first():
    messages, slots, _ = await run(ActionTriage(), tracker({**CALM, "bladder_bowel": True}, in_form=False))
    assert messages[0]["response"] == "utter_emergency_now"
    assert payload(messages)["level"] == "emergency"
    assert responses(messages)[-2:] == ["utter_emergency_practice_after", "utter_check_done"]


async def test_urgent_flag_before_the_emergency_questions_asks_them():
    messages, slots, _ = await run(ActionTriage(), tracker({"onset": "trauma"}, in_form=False))
    assert payload(messages)["condition"] == "possible_fracture"
    assert slots["safety_followup"] is True
    assert responses(messages)[-1] == "utter_safety_followup"


async def test_declined_consent():
    messages, slots, _ = await run(ActionTriage(), tracker({"consent": False}, in_form=False))
    assert responses(messages) == ["utter_consent_declined"]
    assert slots["consent"] is None


async def test_validation_reads_an_answer_and_asks_the_next_question():
    _, slots, _ = await run(ValidateTriageForm(), tracker({"consent": True}, text="it started when I lifted a box",
                                                          requested="onset"))
    assert slots["onset"] == "sudden_movement"
    assert slots["requested_slot"] == "duration_days"


async def test_validation_red_flag_mid_form_ends_the_form():
    _, slots, _ = await run(ValidateTriageForm(), tracker({"consent": True, "onset": "gradual"},
                                                          text="I can't feel my bum", requested="duration_days"))
    assert slots["saddle_numbness"] is True
    assert slots["requested_slot"] is None


async def test_validation_lets_a_question_interrupt():
    messages, slots, events = await run(ValidateTriageForm(), tracker({"consent": True}, text="what is a hernia",
                                                                      intent="ask_question", requested="onset"))
    assert events == [] and messages == []


def topics(*values):
    return [{"entity": "question_topic", "value": value} for value in values]


@pytest.mark.parametrize("found, said", [
    (topics("faq_disc_herniation"), ["utter_faq_disc_herniation"]),
    (topics("faq_driving", "faq_sessions"), ["utter_faq_driving", "utter_faq_sessions"]),
    (topics("faq_work", "faq_sport", "faq_sleep"), ["utter_faq_work", "utter_faq_sport"]),  # at most two
    ([], ["utter_no_topic"]),
    ([{"entity": "question_topic", "value": "/inform"}], ["utter_no_topic"]),  # never a response a topic can't name
])
async def test_a_question_gets_the_answers_of_its_topics_or_the_honest_answer(found, said):
    messages, _, _ = await run(ActionAnswerQuestion(), tracker(text="?", intent="ask_question", entities=found))
    assert [m["response"] for m in messages] == said


async def test_validation_asks_again_kindly_when_not_understood():
    messages, slots, _ = await run(ValidateTriageForm(), tracker({"consent": True}, text="blue", requested="onset"))
    assert responses(messages) == ["utter_not_understood"]
    assert slots == {"onset": None, "requested_slot": "onset"}


async def test_unknown_duration_is_asked_once_more_then_skipped():
    base = {"consent": True, "onset": "gradual"}
    _, slots, _ = await run(ValidateTriageForm(), tracker(base, text="idk", requested="duration_days"))
    assert slots == {"duration_attempts": 1, "requested_slot": "duration_days"}
    _, slots, _ = await run(ValidateTriageForm(), tracker({**base, "duration_attempts": 1}, text="forever",
                                                          requested="duration_days"))
    assert slots == {"duration_attempts": 2, "requested_slot": "leg_pain"}


async def test_validation_switches_language_and_asks_again():
    _, slots, _ = await run(ValidateTriageForm(), tracker({"consent": True}, text="Nederlands graag",
                                                          intent="choose_language", requested="onset"))
    assert slots["language"] == "nl"
    assert slots["requested_slot"] == "onset"


async def test_understand_sets_language_and_red_flags_outside_the_form():
    t = tracker({"language": "en", "language_confident": False}, text="ik ben van de trap gevallen", in_form=False,
                intent="report_red_flag")
    _, slots, _ = await run(ActionUnderstand(), t)
    assert slots["language"] == "nl"
    assert slots["onset"] == "trauma"


async def test_session_start_takes_language_from_metadata_and_sets_practice_slots():
    t = tracker({"language": None, "session_started_metadata": {"language": "nl"}}, in_form=False)
    _, slots, events = await run(ActionSessionStart(), t)
    assert events[0]["event"] == "session_started" and events[-1]["name"] == "action_listen"
    assert slots["language"] == "nl"
    assert slots["practice_phone"] == current_practice().phone


async def test_start_check_introduces_once():
    messages, _, _ = await run(ActionStartCheck(), tracker(in_form=False, intent="greet"))
    assert responses(messages) == ["utter_intro"]
    messages, _, _ = await run(ActionStartCheck(), tracker({"triage_level": "physio"}, in_form=False, intent="greet"))
    assert responses(messages) == ["utter_greet_again"]


async def test_delete_data_forgets_answers_keeps_language():
    messages, slots, events = await run(ActionDeleteData(), tracker({**CALM, "language": "nl"}, in_form=False))
    assert responses(messages) == ["utter_data_deleted"]
    assert {"event": "reset_slots", "timestamp": None} in events
    assert slots["language"] == "nl"


async def test_language_button_mid_question_asks_it_again_in_the_new_language():
    messages, slots, _ = await run(ValidateTriageForm(), tracker({"consent": True, "onset": "gradual"},
                                                                 text="lang:nl", intent="choose_language",
                                                                 requested="duration_days"))
    assert messages == []  # no "sorry": the question comes again, now in Dutch
    assert slots["language"] == "nl" and slots["requested_slot"] == "duration_days"
    assert "duration_attempts" not in slots, "a language switch is not a failed answer"


async def test_bare_yes_about_leg_pain_asks_how_far():
    answered = {"consent": True, "onset": "gradual", "duration_days": 5}
    messages, slots, _ = await run(ValidateTriageForm(), tracker(answered, text="yes", requested="leg_pain"))
    assert responses(messages) == ["utter_leg_pain_how_far"]
    assert slots["requested_slot"] == "leg_pain"


async def test_delete_data_tells_the_widget_to_forget_too():
    messages, _, _ = await run(ActionDeleteData(), tracker(in_form=False))
    assert {"data_deleted": True} in [m.get("custom") for m in messages]


@pytest.mark.parametrize("answers", [{}, {"consent": True, "onset": "gradual"}, {**CALM, "answers_confirmed": None}])
async def test_triage_never_classifies_incomplete_answers(answers):
    """report_red_flag predicted with no red flag known (or a check not finished): the check goes on."""
    messages, slots, events = await run(ActionTriage(), tracker(answers, intent="report_red_flag", in_form=False))
    assert not [m for m in messages if m.get("custom")], "a result on incomplete answers"
    assert "triage_level" not in slots
    assert {"event": "followup", "name": "triage_form", "timestamp": None} in events


async def test_validation_never_lets_a_passing_mention_overwrite_an_earlier_answer():
    answered = {"consent": True, "onset": "gradual", "duration_days": 120, "age_band": "20_44"}
    _, slots, _ = await run(ValidateTriageForm(), tracker(
        answered, text="yes stiff every morning for an hour, better when moving", requested="morning_stiffness"))
    assert slots.get("morning_stiffness") is True and "onset" not in slots


@pytest.mark.parametrize("found, said", [
    (topics("faq_booking"), ["utter_faq_booking", "utter_intro"]),
    ([{"entity": "question_unanswered", "value": "none"}], ["utter_no_topic", "utter_intro"]),
    ([], ["utter_intro"]),  # "..., what should i do?": the check itself answers it
])
async def test_the_pain_told_with_a_question_starts_the_check_and_answers_it_or_honestly_not(found, said):
    messages, _, _ = await run(ActionStartCheck(), tracker(in_form=False, intent="describe_pain", entities=found))
    assert responses(messages) == said


@pytest.mark.parametrize("text, language, said", [
    ("no wait, its been 3 weeks not 2", "en", "3 weeks"),
    ("nee wacht, het is al 3 weken", "nl", "3 weken"),
])
async def test_a_correction_at_the_consent_question_is_said_back_not_read_as_a_refusal(text, language, said):
    told = {"language": language, "story": {"duration_days": 14, "onset": "sudden_movement"}}
    messages, slots, _ = await run(ValidateTriageForm(), tracker(told, text=text, intent="deny", requested="consent"))
    assert responses(messages) == ["utter_answer_changed"]
    assert said in messages[0]["story_summary"]
    assert slots.get("consent") is not False and slots["requested_slot"] == "consent"
    assert slots["story"]["duration_days"] == 21
