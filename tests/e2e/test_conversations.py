"""Whole conversations through the REST channel of the real Rasa server and action
server, in every language the practice offers (English, Dutch, French), with buttons and
free text: the replies are in the patient's language, the buttons have its titles, and the
triage payload carries the same codes in every language."""
from pathlib import Path

import pytest
import yaml

from bot.clinical.rules import red_flag_triage
from bot.practice import current_practice
from tests.support.assistant import buttons, joined, texts, triage_of
from tests.support.conversation import BUTTON_TITLES, FIRST, LANGUAGES, Patient, response_variant

pytestmark = pytest.mark.e2e
PRACTICE = current_practice()
# Hand-written, so a variant of domain/ in the wrong language fails too.
NOT_A_DOCTOR = {"en": "not a doctor", "nl": "geen dokter", "fr": "pas médecin"}


def assert_booking_offered(messages):
    links = [b for b in buttons(messages) if b.get("url") == PRACTICE.booking_url]
    assert links, f"no booking button in {buttons(messages)}"
    assert PRACTICE.phone in joined(messages)


@pytest.mark.parametrize("language", LANGUAGES)
def test_greeting_says_what_it_is_and_asks_consent(assistant, sender, language):
    reply = assistant.send(sender, FIRST[language])
    text = joined(reply)
    assert "112" in text
    assert NOT_A_DOCTOR[language] in text
    intro = response_variant("utter_intro", language)["text"].replace("{practice_name}", PRACTICE.name)
    assert intro in texts(reply), "the introduction in the patient's language"
    assert BUTTON_TITLES[language]["consent"][True] in [b["title"] for b in buttons(reply)]
    slots = assistant.slots(sender)
    assert slots["requested_slot"] == "consent"
    assert slots["language"] == language


@pytest.mark.parametrize("language", LANGUAGES)
def test_acute_nonspecific_with_buttons(assistant, sender, language):
    patient = Patient(assistant, sender, language,
                      {"onset": "sudden_movement", "age_band": "20_44"},
                      texts={"duration_days": {"en": "about 10 days", "nl": "ongeveer tien dagen",
                                               "fr": "ca fait une dizaine de jours"}[language]})
    triage = patient.run_check(FIRST[language])
    assert triage == {"level": "physio", "condition": "nonspecific_acute", "duration_days": 10, "language": language}
    assert_booking_offered(patient.last)
    slots = assistant.slots(sender)
    assert (slots["triage_level"], slots["triage_condition"], slots["language"]) == ("physio", "nonspecific_acute", language)
    assert slots["onset"] == "sudden_movement" and slots["age_band"] == "20_44" and slots["duration_days"] == 10


@pytest.mark.parametrize("language, texts_by_slot", [
    ("en", {"onset": "it started when I lifted a heavy box", "duration_days": "3 wks",
            "leg_pain": "yes down into my calf", "leg_numbness": "yes it tingles", "both_legs": "only the left one",
            "age_band": "I'm 52"}),
    ("nl", {"onset": "bij het tillen van een zware doos", "duration_days": "3 wkn",
            "leg_pain": "uitstralend tot in mijn kuit", "leg_numbness": "ja het tintelt", "both_legs": "maar in één been",
            "age_band": "ik ben 52"}),
    ("fr", {"onset": "en portant une grosse caisse", "duration_days": "3 sem",
            "leg_pain": "oui ca descend jusquau mollet", "leg_numbness": "oui ca picote", "both_legs": "que la gauche",
            "age_band": "jai 52 ans"}),
])
def test_radicular_with_free_text(assistant, sender, language, texts_by_slot):
    patient = Patient(assistant, sender, language, {}, texts=texts_by_slot)
    triage = patient.run_check(FIRST[language])
    assert triage == {"level": "doctor", "condition": "radicular_syndrome", "duration_days": 21, "language": language}, patient.show()
    assert_booking_offered(patient.last)


@pytest.mark.parametrize("language, flag", [("en", "I can't feel my bum"), ("nl", "ik kan mijn plas niet ophouden"),
                                            ("fr", "jsens plus mes fesses")])
def test_cauda_equina_mid_form_escalates_at_once(assistant, sender, language, flag):
    patient = Patient(assistant, sender, language, {"onset": "gradual"})
    patient.say(FIRST[language])
    patient.answer("consent")
    patient.answer("onset")
    assert patient.requested_slot() == "duration_days"
    reply = patient.say(flag)
    assert triage_of(reply) == {"level": "emergency", "condition": "cauda_equina", "duration_days": None,
                                "language": language}
    assert "112" in texts(reply)[0], "112 must come first"
    assert texts(reply)[0] == response_variant("utter_emergency_now", language)["text"], "in the patient's language"
    assert patient.requested_slot() is None
    assert assistant.slots(sender)["triage_level"] == "emergency"


@pytest.mark.parametrize("language, duration, days", [("en", "a year and a half", 548), ("nl", "anderhalf jaar", 548),
                                                   ("fr", "un an et demi", 548)])
def test_chronic_case(assistant, sender, language, duration, days):
    patient = Patient(assistant, sender, language, {"onset": "gradual", "age_band": "45_69"},
                      texts={"duration_days": duration})
    triage = patient.run_check(FIRST[language])
    assert triage == {"level": "physio", "condition": "nonspecific_chronic", "duration_days": days, "language": language}
    assert_booking_offered(patient.last)


@pytest.mark.parametrize("language, question, words", [
    ("en", "what is a hernia?", "disc"),
    ("nl", "wat is een hernia?", "tussenwervelschijf"),
    ("fr", "c quoi une hernie discale ?", "disque"),
])
def test_question_mid_check_is_answered_then_the_check_resumes(assistant, sender, language, question, words):
    patient = Patient(assistant, sender, language, {"onset": "gradual"})
    patient.say(FIRST[language])
    patient.answer("consent")
    patient.answer("onset")
    assert patient.requested_slot() == "duration_days"
    reply = patient.say(question)
    assert words in joined(reply).lower()
    assert patient.requested_slot() == "duration_days"
    assert {"en": "How long", "nl": "Hoe lang", "fr": "Depuis combien de temps"}[language] in joined(reply)


@pytest.mark.parametrize("language", LANGUAGES)
def test_duration_unknown_twice_gives_r12(assistant, sender, language):
    patient = Patient(assistant, sender, language, {"onset": "gradual", "age_band": "20_44"})
    patient.say(FIRST[language])
    patient.answer("consent")
    patient.answer("onset")
    reply = patient.say({"en": "idk", "nl": "idk", "fr": "jsp"}[language])
    assert len(buttons(reply)) == 4, "asked again once, with the four duration buttons"
    assert patient.requested_slot() == "duration_days"
    patient.say({"en": "forever", "nl": "al eeuwig", "fr": "depuis toujours"}[language])
    assert patient.requested_slot() == "leg_pain"
    triage = None
    for _ in range(20):
        triage = triage_of(patient.last)
        if triage:
            break
        patient.answer(patient.requested_slot())
    assert triage == {"level": "physio", "condition": "nonspecific", "duration_days": None, "language": language}


@pytest.mark.parametrize("language", LANGUAGES)
def test_metadata_sets_the_language(assistant, sender, language):
    reply = assistant.send(sender, "hi", metadata={"language": language})
    assert {"en": "Hi, I'm", "nl": "Hallo", "fr": "Bonjour"}[language] in joined(reply)
    assert NOT_A_DOCTOR[language] in joined(reply)
    assert assistant.slots(sender)["language"] == language


def test_explicit_switch_mid_check(assistant, sender):
    patient = Patient(assistant, sender, "en", {"onset": "gradual"})
    patient.say(FIRST["en"])
    patient.answer("consent")
    reply = patient.say("Nederlands")
    assert "Hoe is de pijn begonnen?" in joined(reply)
    assert assistant.slots(sender)["language"] == "nl"
    reply = patient.say("in English please")
    assert "How did the pain start?" in joined(reply)


@pytest.mark.parametrize("wish, at", [("kan het in het frans?", "duration_days"), ("en francais svp", "onset")])
def test_switch_from_dutch_to_french_mid_check_and_finish_in_french(assistant, sender, wish, at):
    """Issue 13: a patient who started in Dutch asks for French in the middle of the check
    (in Dutch or in French); the pending question comes again in French, the answers given
    so far are kept, and the check ends in French with the same payload codes."""
    patient = Patient(assistant, sender, "nl", {"onset": "sudden_movement", "age_band": "20_44"},
                      texts={"duration_days": "ca fait une dizaine de jours"})
    patient.say(FIRST["nl"])
    patient.answer_until(at)
    given = {slot: assistant.slots(sender)[slot] for slot in ("consent", "onset")}
    reply = patient.say(wish)
    assert assistant.slots(sender)["language"] == "fr", patient.show()
    assert patient.requested_slot() == at, "the pending question is asked again"
    if at == "onset":
        assert [b["title"] for b in buttons(reply)][:3] == list(BUTTON_TITLES["fr"]["onset"].values()), patient.show()
    else:
        assert "Depuis combien de temps avez-vous cette douleur ?" in joined(reply), patient.show()
    assert {slot: assistant.slots(sender)[slot] for slot in ("consent", "onset")} == given, "no answer lost"
    patient.language = "fr"
    triage = None
    for _ in range(25):
        triage = triage_of(patient.last)
        if triage:
            break
        patient.answer(patient.requested_slot())
    assert triage == {"level": "physio", "condition": "nonspecific_acute", "duration_days": 10,
                      "language": "fr"}, patient.show()
    result = joined(patient.last)
    assert response_variant("utter_result_intro", "fr")["text"] in texts(patient.last), patient.show()
    assert "prenez rendez-vous chez le kiné" in result and "Volgende stap" not in result, patient.show()
    assert_booking_offered(patient.last)


@pytest.mark.parametrize("language", LANGUAGES)
def test_declining_consent_asks_nothing_about_health(assistant, sender, language):
    patient = Patient(assistant, sender, language, {"consent": False})
    patient.say(FIRST[language])
    reply = patient.answer("consent")
    assert PRACTICE.phone in joined(reply)
    slots = assistant.slots(sender)
    assert slots["requested_slot"] is None and slots["onset"] is None and slots["consent"] is None


@pytest.mark.parametrize("language, text", [("en", "I fell down the stairs yesterday"),
                                            ("nl", "ik ben gisteren van de trap gevallen"),
                                            ("fr", "chui tombe dans lescalier hier")])
def test_urgent_flag_before_the_check_then_emergency_questions(assistant, sender, language, text):
    reply = assistant.send(sender, text)
    assert triage_of(reply)["level"] == "urgent" and triage_of(reply)["condition"] == "possible_fracture"
    assert assistant.slots(sender)["requested_slot"] == "saddle_numbness"
    yes = {"en": "yes", "nl": "ja", "fr": "oui"}[language]
    reply = assistant.send(sender, yes)
    assert triage_of(reply)["level"] == "emergency"
    assert "112" in texts(reply)[0]
    assert texts(reply)[0] == response_variant("utter_emergency_now", language)["text"], "in the patient's language"


@pytest.mark.parametrize("language, wish", [("en", "delete my data"), ("nl", "verwijder mijn gegevens"),
                                          ("fr", "effacer mes donnees")])
def test_delete_my_data(assistant, sender, language, wish):
    patient = Patient(assistant, sender, language, {"onset": "gradual"})
    patient.say(FIRST[language])
    patient.answer("consent")
    patient.answer("onset")
    reply = patient.say(wish)
    assert {"en": "deleted", "nl": "gewist", "fr": "effacé"}[language] in joined(reply)
    events = assistant.tracker(sender)["events"]
    assert not [e for e in events if e.get("event") == "user"], "the old messages are gone from the store"
    assert assistant.slots(sender)["onset"] is None


@pytest.mark.parametrize("language, text", [
    ("nl", "ik kan mijn plas niet goed ophouden sinds gisteren"),
    ("en", "oh and since yesterday I can't really hold my pee"),
    ("fr", "ah et depuis hier jarrive plus a retenir mon pipi"),
])
def test_bladder_trouble_said_later_escalates_and_keeps_the_answers(assistant, sender, language, text):
    patient = Patient(assistant, sender, language, {"onset": "gradual"},
                      texts={"duration_days": {"en": "2 months", "nl": "sinds 2 maanden", "fr": "depuis 2 mois"}[language]})
    patient.say(FIRST[language])
    for slot in ("consent", "onset", "duration_days"):
        patient.answer(slot)
    assert patient.requested_slot() == "leg_pain"
    reply = patient.say(text)
    assert triage_of(reply) == {"level": "emergency", "condition": "cauda_equina", "duration_days": 60,
                                "language": language}
    assert "112" in texts(reply)[0]


RED_FLAGS = yaml.safe_load((Path(__file__).resolve().parents[1] / "data" / "red_flag_messages.yml").read_text())
SAMPLE = RED_FLAGS["positive"][::3]


@pytest.mark.parametrize("row", SAMPLE, ids=[row["text"][:40] for row in SAMPLE])
def test_red_flag_in_any_words_mid_check(assistant, sender, row):
    """A third of the red-flag table, said in the middle of the check instead of an answer."""
    language = row["lang"]
    patient = Patient(assistant, sender, language, {"onset": "gradual"})
    patient.say(FIRST[language])
    patient.answer("consent")
    patient.answer("onset")
    reply = patient.say(row["text"])
    expected = red_flag_triage({"onset": "gradual", **row["expect"]})
    triage = triage_of(reply)
    assert triage and (triage["level"], triage["condition"]) == (expected.level, expected.condition), patient.show()


@pytest.mark.parametrize("language, text", [("en", "yes below the knee and it tingles"),
                                            ("nl", "ja tot onder de knie en het tintelt"),
                                            ("fr", "oui en dessous du genou et ca picote")])
def test_one_message_answers_two_questions(assistant, sender, language, text):
    patient = Patient(assistant, sender, language, {"onset": "gradual"},
                      texts={"duration_days": {"en": "3 weeks", "nl": "3 weken", "fr": "3 semaines"}[language]})
    patient.say(FIRST[language])
    for slot in ("consent", "onset", "duration_days"):
        patient.answer(slot)
    patient.say(text)
    slots = assistant.slots(sender)
    assert (slots["leg_pain"], slots["leg_numbness"]) == ("below_knee", True)
    assert slots["requested_slot"] == "leg_weakness", "the numbness question is skipped"
