"""Sharing the check with the practice: the offer, the callback questions, the summary
(bot/practice_inbox/flow.py, pure Python)."""
import json
from datetime import datetime, timezone

import pytest

from bot.clinical.rules import classify
from bot.practice_inbox import flow
from bot.practice_inbox.chatwoot import note_text
from bot.practice_inbox.flow import (
    CONTACT_SLOT,
    DECLINED,
    NAME_SLOT,
    OFFERED,
    RETRY_SLOT,
    SENT,
    SKIPPED,
    WAIT_SAFE,
    after_result,
    build_summary,
    callback_of,
    is_skip,
    on_request,
    read_callback,
    read_contact,
    read_name,
)
from bot.practice_inbox.mail import notice_fields

# --- the offer -------------------------------------------------------------------------

@pytest.mark.parametrize("level", ["physio", "doctor", "urgent"])
def test_a_result_is_followed_by_the_offer(level):
    assert after_result(True, level, followup=False) == ("utter_share_offer", OFFERED)


def test_after_an_emergency_the_offer_waits_until_the_person_is_safe():
    assert after_result(True, "emergency", followup=False) == ("utter_share_when_safe", WAIT_SAFE)
    # asking to send before saying they are safe: the same request to get safe first
    assert on_request(True, "emergency", WAIT_SAFE, says_safe=False) == ("utter_share_when_safe", WAIT_SAFE)
    assert on_request(True, "emergency", WAIT_SAFE, says_safe=True) == ("utter_share_offer", OFFERED)


def test_an_urgent_result_with_emergency_questions_offers_after_them():
    assert after_result(True, "urgent", followup=True) == (None, None)


@pytest.mark.parametrize("level", ["physio", "doctor", "urgent", "emergency", None])
def test_chatwoot_not_configured_means_no_offer_and_no_error(level):
    assert after_result(False, level, followup=False) == (None, None)
    response, step = on_request(False, level, None, says_safe=False)
    assert response == "utter_share_contact_practice" and step is None


def test_asking_to_send_before_any_result():
    assert on_request(True, None, None, says_safe=False) == ("utter_share_after_check", None)
    assert on_request(True, None, None, says_safe=True) == ("utter_anything_else", None)


def test_asking_again_after_declining_offers_again_and_after_sending_says_so():
    assert on_request(True, "physio", DECLINED, says_safe=False) == ("utter_share_offer", OFFERED)
    assert on_request(True, "physio", SENT, says_safe=False) == ("utter_share_already_sent", SENT)
    assert on_request(True, "physio", None, says_safe=True) == ("utter_anything_else", None)


# --- the callback questions ------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("An", "An"), ("Jan De Smet", "Jan De Smet"), ("my name is Sofie", "Sofie"), ("Ik heet Noor.", "Noor"),
    ("Zoë O'Brien-Janssens", "Zoë O'Brien-Janssens"), ("  Pieter  ", "Pieter"), ("J.", "J"),
])
def test_names(text, name):
    assert read_name(text) == name


@pytest.mark.parametrize("text, name", [
    ("je m'appelle Sophie", "Sophie"), ("Je m’appelle Marie-Claire Dubois.", "Marie-Claire Dubois"),
    ("moi c'est Karim", "Karim"), ("Moi, c’est Léa", "Léa"), ("mon nom est Hélène Lambert", "Hélène Lambert"),
    ("jmappelle Yasmine", "Yasmine"), ("c'est Marc", "Marc"), ("Amélie", "Amélie"),
])
def test_names_in_french(text, name):
    """A French lead ("je m'appelle", "moi c'est") is not kept as part of the name the practice sees."""
    assert read_name(text) == name


@pytest.mark.parametrize("text", [
    "", "   ", "0470123456", "an@example.be", "I don't want to tell you my name right now", "R2D2", "😀", None, 3,
    "x" * 61,
])
def test_not_names(text):
    assert read_name(text) is None


@pytest.mark.parametrize("text", ["je veux pas donner mon nom maintenant", "0470/12.34.56", "jean@exemple.be"])
def test_not_names_in_french(text):
    assert read_name(text) is None


@pytest.mark.parametrize("text, contact", [
    ("0470 12 34 56", {"phone": "+32470123456"}),
    ("+32 470 12.34.56", {"phone": "+32470123456"}),
    ("0032 15 12 34 56", {"phone": "+3215123456"}),
    ("015/12.34.56", {"phone": "+3215123456"}),
    ("an@example.be", {"email": "an@example.be"}),
    ("mail me at An.Peeters@Example.BE please", {"email": "An.Peeters@example.be"}),
    ("an@example.be or 0470 12 34 56", {"email": "an@example.be", "phone": "+32470123456"}),
])
def test_contacts_in_belgium(text, contact):
    assert read_contact(text, "BE") == contact


def test_a_dutch_national_number():
    assert read_contact("06 12345678", "NL") == {"phone": "+31612345678"}


@pytest.mark.parametrize("text", ["", "call me", "123", "0470 12", "an@", "an@example", "+32 470 12 34 56 78 90", None])
def test_not_contacts(text):
    assert read_contact(text, "BE") is None


@pytest.mark.parametrize("text", ["skip", "Skip", "overslaan", "no", "nee", "liever niet", "rather not", "no thanks", "-"])
def test_skip_words(text):
    assert is_skip(text)


@pytest.mark.parametrize("text", ["passer", "Passer", "non", "Non merci", "non, merci", "nan", "pas maintenant",
                                  "plutôt pas", "plutot pas", "je préfère pas", "pas de nom", "aucun"])
def test_skip_words_in_french(text):
    assert is_skip(text)


@pytest.mark.parametrize("text", ["Noémie", "Jean-Luc", "je m'appelle Sophie"])
def test_a_french_name_is_not_a_skip(text):
    assert not is_skip(text)


def test_both_can_be_skipped_in_french():
    assert read_callback(NAME_SLOT, "non merci", False).changes[NAME_SLOT] is SKIPPED
    done = read_callback(CONTACT_SLOT, "passer", False)
    assert done.changes[CONTACT_SLOT] is SKIPPED and done.next_slot is None and not done.say


def test_a_french_name_then_a_phone_in_french_words():
    first = read_callback(NAME_SLOT, "je m'appelle Sophie", retried=False)
    assert first.changes == {NAME_SLOT: "Sophie", RETRY_SLOT: None} and first.next_slot == CONTACT_SLOT
    second = read_callback(CONTACT_SLOT, "appelez-moi au 0470 12 34 56 svp", retried=False)
    assert second.changes[CONTACT_SLOT] == {"phone": "+32470123456"} and second.next_slot is None


def test_a_name_then_a_phone():
    first = read_callback(NAME_SLOT, "An", retried=False)
    assert first.changes == {NAME_SLOT: "An", RETRY_SLOT: None} and first.next_slot == CONTACT_SLOT and not first.say
    second = read_callback(CONTACT_SLOT, "0470 12 34 56", retried=False)
    assert second.changes[CONTACT_SLOT] == {"phone": "+32470123456"} and second.next_slot is None


def test_both_can_be_skipped():
    assert read_callback(NAME_SLOT, "skip", False).changes[NAME_SLOT] is SKIPPED
    done = read_callback(CONTACT_SLOT, "overslaan", False)
    assert done.changes[CONTACT_SLOT] is SKIPPED and done.next_slot is None and not done.say


def test_unreadable_is_asked_again_once_then_left_out_kindly():
    again = read_callback(CONTACT_SLOT, "call me tomorrow", retried=False)
    assert again.say == ["utter_callback_contact_again"] and again.next_slot == CONTACT_SLOT
    assert again.changes == {RETRY_SLOT: True}
    left_out = read_callback(CONTACT_SLOT, "still no number", retried=True)
    assert left_out.changes == {CONTACT_SLOT: SKIPPED, RETRY_SLOT: None}
    assert left_out.say == ["utter_callback_left_out"] and left_out.next_slot is None
    name_again = read_callback(NAME_SLOT, "0470123456", retried=False)
    assert name_again.say == ["utter_callback_name_again"] and name_again.next_slot == NAME_SLOT


def test_callback_of_keeps_only_what_was_given():
    assert callback_of("An", {"phone": "+32470123456"}) == {"name": "An", "phone": "+32470123456"}
    assert callback_of(SKIPPED, SKIPPED) == {}
    assert callback_of(None, {"email": "an@example.be"}) == {"email": "an@example.be"}


# --- the summary -------------------------------------------------------------------------

ANSWERS = {
    "onset": "sudden_movement", "duration_days": 10.0, "leg_pain": "below_knee", "leg_numbness": False,
    "leg_weakness": "none", "both_legs": None, "saddle_numbness": False, "bladder_bowel": False, "fever": False,
    "cancer_history": False, "weight_loss": False, "night_pain": False, "age_band": "20_44",
    "osteoporosis_or_steroids": False, "morning_stiffness": None,
}


def test_the_summary_of_a_check():
    result = classify(ANSWERS)
    summary = build_summary(
        reference="LB-7K3M-Q9XD", answers=ANSWERS, level=result.level, condition=result.condition, rule=result.rule,
        language="nl", channel="rest", callback={"name": "An"}, now=datetime(2026, 12, 2, 10, 0, tzinfo=timezone.utc),
    )
    assert summary["level"] == "doctor" and summary["rule"] == "R7"
    assert summary["reason"] == flow.RULE_REASONS["R7"]
    assert summary["duration_days"] == 10 and summary["answers"]["duration_days"] == 10
    assert "both_legs" not in summary["answers"] and "morning_stiffness" not in summary["answers"]
    assert summary["date"] == "2026-12-02T10:00:00+00:00"
    assert json.loads(json.dumps(summary)) == summary  # the outbox stores it as JSON
    note = note_text(summary)
    assert "LB-7K3M-Q9XD" in note and "R7" in note and "An" in note
    assert notice_fields(summary) == {"reference": "LB-7K3M-Q9XD", "date": summary["date"], "callback": {"name": "An"}}


def test_every_rule_has_a_reason():
    assert set(flow.RULE_REASONS) == {f"R{n}" for n in range(1, 13)}
