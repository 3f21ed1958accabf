"""Questions and small talk at any moment of the check, in every offered language: each gets
its own answer in the user's language, and the check resumes at the same question."""
import pytest

from bot.practice import current_practice
from tests.support.assistant import joined
from tests.support.conversation import FIRST, Patient

pytestmark = pytest.mark.e2e
ASK = {"en": "How long have you had this pain?", "nl": "Hoe lang heb je deze pijn al?",
       "fr": "Depuis combien de temps avez-vous cette douleur ?"}
PHONE = current_practice().phone

# (language, what the user asks, words the answer must contain)
MOMENTS = [
    ("en", "what is non-specific low back pain?", "no structural cause"),
    ("nl", "wat is niet-specifieke lage rugpijn?", "geen duidelijke oorzaak"),
    ("en", "is it a disc bulge?", "cushion between two vertebrae"),
    ("nl", "wat is een discus hernia", "tussenwervelschijf"),
    ("en", "what's the difference between acute and chronic?", "more than 3 months"),
    ("nl", "wat is het verschil tussen acuut en chronisch", "langer dan 3 maanden"),
    ("en", "should i rest or keep moving?", "Bed rest"),
    ("nl", "moet ik in bed blijven liggen?", "blijf bewegen"),
    ("en", "heat or ice?", "heat"),
    ("nl", "warmte of ijs?", "warmte"),
    ("en", "can i take ibuprofen?", "pharmacist"),
    ("nl", "mag ik dafalgan nemen?", "apotheker"),
    ("en", "do i need an mri?", "scan"),
    ("nl", "heb ik een scan nodig?", "scan"),
    ("en", "what does a physio do?", "examines you"),
    ("nl", "wat doet een kinesist eigenlijk?", "onderzoekt"),
    ("en", "do i need a prescription from my doctor?", "prescription"),
    ("nl", "heb ik een voorschrift nodig van de dokter?", "voorschrift"),
    ("en", "how long until it heals?", "few weeks"),
    ("nl", "hoe lang duurt het voor het genezen is?", "enkele weken"),
    ("en", "how many sessions will i need?", "sessions"),
    ("nl", "hoeveel beurten heb ik nodig?", "sessies"),
    ("en", "is it reimbursed?", "health insurance"),
    ("nl", "wordt dat terugbetaald door de mutualiteit?", "ziekenfonds"),
    ("en", "where is the practice and when are you open?", current_practice().address),
    ("nl", "waar zijn jullie en wat zijn de openingsuren?", current_practice().address),
    ("en", "how do i book an appointment?", current_practice().booking_url),
    ("nl", "hoe maak ik een afspraak?", current_practice().booking_url),
    ("en", "are you a bot?", "computer program"),
    ("nl", "ben jij een robot?", "computerprogramma"),
    ("en", "i want to talk to a real person", PHONE),
    ("nl", "ik wil iemand van de praktijk spreken", PHONE),
    ("en", "what happens with my data?", "deleted after"),
    ("nl", "wat gebeurt er met mijn gegevens?", "gewist"),
    ("en", "my neck hurts too", "I check low back pain and answer common questions about it"),
    ("nl", "ik heb ook last van mijn knie", "Ik kijk naar lage rugpijn en beantwoord veelgestelde vragen"),
    ("en", "thanks", "welcome"),
    ("nl", "merci", "Graag gedaan"),
    ("fr", "c koi une hernie ?", "coussin souple entre deux vertèbres"),
    ("fr", "chaud ou froid ?", "bouillotte"),
    ("fr", "je peux prendre un dafalgan ?", "Votre pharmacien ou votre médecin"),
    ("fr", "c rembourse par la mutuelle ?", "votre mutualité rembourse une partie"),
    ("fr", "vous etes un robot ?", "programme informatique"),
    ("fr", "je veux parler a quelquun du cabinet", PHONE),
    # the neck, as in English: pain "in the knee too" is read as leg pain in every language
    ("fr", "jai mal a la nuque aussi", "Je fais le point sur le mal au bas du dos"),
]


@pytest.mark.parametrize("language, question, expected", MOMENTS, ids=[m[1] for m in MOMENTS])
def test_answer_then_resume(assistant, sender, language, question, expected):
    patient = Patient(assistant, sender, language, {"onset": "gradual"})
    patient.say(FIRST[language])
    patient.answer("consent")
    patient.answer("onset")
    reply = patient.say(question)
    text = joined(reply)
    assert expected.lower() in text.lower(), patient.show()
    assert text.rstrip().endswith(ASK[language].split(" (")[0]) or ASK[language] in text, patient.show()
    slots = assistant.slots(sender)
    assert slots["requested_slot"] == "duration_days" and slots["onset"] == "gradual"
    assert slots["language"] == language


@pytest.mark.parametrize("language, first, expected", [
    ("en", "hi there", "digital assistant"),
    ("nl", "goeiedag", "digitale assistent"),
    ("fr", "bonjour", "assistant numérique"),
])
def test_hello_starts_the_check(assistant, sender, language, first, expected):
    reply = assistant.send(sender, first, metadata={"language": language})
    assert expected in joined(reply)
    assert assistant.slots(sender)["requested_slot"] == "consent"


@pytest.mark.parametrize("language, bye, expected", [("en", "bye", "Take care"), ("nl", "daag", "Het beste"),
                                                  ("fr", "allez au revoir", "Prenez soin de vous")])
def test_goodbye_after_the_check(assistant, sender, language, bye, expected):
    patient = Patient(assistant, sender, language, {"onset": "gradual", "age_band": "45_69"},
                      texts={"duration_days": {"en": "2 weeks", "nl": "2 weken", "fr": "2 semaines"}[language]})
    patient.run_check(FIRST[language])
    assert expected in joined(patient.say(bye))


@pytest.mark.parametrize("language, restart", [("en", "start over"), ("nl", "opnieuw beginnen"),
                                                     ("fr", "on recommence")])
def test_restart_forgets_the_answers_and_starts_again(assistant, sender, language, restart):
    patient = Patient(assistant, sender, language, {"onset": "trauma"})
    patient.say(FIRST[language])
    patient.answer("consent")
    patient.answer("onset")  # a fall: urgent result, then the emergency questions
    reply = patient.say(restart)
    slots = assistant.slots(sender)
    assert slots["onset"] is None and slots["triage_level"] is None
    assert slots["requested_slot"] == "consent" and slots["language"] == language
    assert {"en": "start again", "nl": "beginnen opnieuw", "fr": "D'accord, on recommence"}[language] in joined(reply)


@pytest.mark.parametrize("language, onset_text, question, expected", [
    ("en", "I slipped and fell on the ice", "what is a hernia?", "cushion"),
    ("nl", "ik ben gevallen op het ijs", "wat is een hernia?", "tussenwervelschijf"),
    ("fr", "jai glisse et je suis tombe sur la glace", "c quoi une hernie ?", "disque"),
])
def test_question_during_the_emergency_questions_then_resume(assistant, sender, language, onset_text, question,
                                                              expected):
    patient = Patient(assistant, sender, language, {})
    patient.say(FIRST[language])
    patient.answer("consent")
    patient.say(onset_text)  # a fall: urgent at once, then what could make it an emergency
    assert assistant.slots(sender)["requested_slot"] == "saddle_numbness"
    reply = patient.say(question)
    assert expected in joined(reply).lower()
    assert assistant.slots(sender)["requested_slot"] == "saddle_numbness"
    assert assistant.slots(sender)["language"] == language
