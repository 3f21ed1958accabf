"""Session 27, round 2 (issue 16): kinds fresh set 29 missed at the FAQ gate, in code, in nl and en/fr where the kind
exists (our own phrasings, none a set text).

- A price said as a body part ("that costs an arm and a leg", "ça coûte les yeux de la tête", "kost een arm en een
  been") names no other subject (SUBJECT_FREE_PHRASES, now read by `about_something_else` too): the question about
  the price keeps its topic, while an arm that hurts stays another subject.
- Limburg "noa" / "nao" (naar) before "de spoed" asks whether to go to the emergency department (EMERGENCY_ASKED).
- Limburg "kier" (keer) and "wiejer" (verder), and "vanbinnen" (van binnen) are known words (DIALECT_FORMS).
- A free slot asked ("anything free tomorrow?", "nog iets vrij", "il reste une place") makes the appointment the first
  topic whatever the classifier read (FREE_SLOT_ASKED); the gate still reads its words."""
import pytest

from bot.reading.faq import GENERAL, _unknown_words, about_something_else, choose_topics, stems

EVIDENCE = {
    "faq_reimbursement": stems("terugbetaald ziekenfonds verzekering conventionne rembourse mutuelle insurance refund"),
    "faq_when_doctor": stems("doctor dokter huisarts medecin emergency urgences urgentie overdreven"),
    "faq_recurrence": stems("terugkomen opnieuw herval recidive again"),
    "faq_serious": stems("ernstig kapot grave serious"),
    "faq_appointment_time": stems("morgen tomorrow demain vroeg early matin morning ochtend"),
    "faq_driving": stems("auto rijden drive car conduire voiture"),
    "faq_rest_or_move": stems("bewegen rusten move rest bouger"),
}
GENERAL_WORDS = stems(
    "is het dat de een wat of moet ik mijn naar kan da 'k recht staan rug is er daar iets kine komt mot amper "
    "vous etes ou pas parce que sinon ca un le dos does it is the a i my do you that much"
)
TOPIC_WORDS = {GENERAL: GENERAL_WORDS, **{topic: set(found) for topic, found in EVIDENCE.items()}}


@pytest.mark.parametrize("text", [
    "vous êtes conventionnés ? sinon ça me coûte un bras",
    "est-ce remboursé par la mutuelle ? sinon ça coûte un bras et une jambe",
    "is it covered by insurance or does it cost an arm and a leg?",
    "wordt da terugbetaald door het ziekenfonds of kost da nen arm en ne been?",
])
def test_a_price_said_as_a_body_part_is_no_other_subject(text):
    assert not about_something_else(text)
    assert choose_topics([("faq_reimbursement", 0.9)], text, EVIDENCE) == ["faq_reimbursement"]


@pytest.mark.parametrize("text", [
    "j'ai mal au bras depuis hier, c'est remboursé ?",
    "my arm hurts too, is that covered by insurance?",
    "mijn arm doet ook pijn, wordt da terugbetaald?",
])
def test_an_arm_that_hurts_stays_another_subject(text):
    assert about_something_else(text)
    assert choose_topics([("faq_reimbursement", 0.9)], text, EVIDENCE) == []


@pytest.mark.parametrize("text", [
    "moe'k noa de spoed of is da overdreven?",
    "mot ik nao de spoed? ik kan amper recht staan",
])
def test_limburg_na_to_the_emergency_department_is_when_to_see_a_doctor(text):
    ranking = [("faq_recurrence", 0.9), ("faq_when_doctor", 0.05)]
    assert choose_topics(ranking, text, EVIDENCE, topic_words=TOPIC_WORDS) == ["faq_when_doctor"]


def test_limburg_na_to_another_place_is_no_emergency():
    ranking = [("faq_recurrence", 0.9), ("faq_when_doctor", 0.05)]
    text = "moe'k noa de kine of komt da opnieuw?"
    assert choose_topics(ranking, text, EVIDENCE, topic_words=TOPIC_WORDS) == ["faq_recurrence"]


@pytest.mark.parametrize("text", [
    "ik loop drie kier in de week, mag ik wiejer doen?",
    "is er vanbinnen iets kapot?",
])
def test_limburg_and_one_word_forms_are_known_words(text):
    known = stems("ik loop drie keer in de week mag ik verder doen is er van binnen iets kapot")
    assert _unknown_words(text, known) == []


def test_a_word_no_form_stands_for_stays_unknown():
    known = stems("ik loop drie keer in de week mag ik verder doen")
    assert _unknown_words("mag ik verder op de trampoline?", known) == ["trampoline"]


@pytest.mark.parametrize("text", [
    "is er morgen vroeg nog iets vrij? ik zit al drie dagen krom",
    "hebben jullie morgen nog een plekje vrij?",
    "anything free tomorrow morning? been stuck on the sofa 3 days",
    "il vous reste une place demain matin ?",
])
def test_a_free_slot_asked_is_the_appointment(text):
    ranking = [("faq_driving", 0.8), ("faq_appointment_time", 0.17)]
    words = {**TOPIC_WORDS, GENERAL: GENERAL_WORDS | stems(
        "is er nog iets vrij zit al drie dagen krom hebben jullie een been stuck on sofa days il vous reste une place "
        "anything free plekje")}
    assert choose_topics(ranking, text, EVIDENCE, topic_words=words) == ["faq_appointment_time"]


@pytest.mark.parametrize("topic, text", [
    ("faq_driving", "kan ik morgen met de auto naar jullie rijden?"),
    ("faq_driving", "can i drive to my appointment tomorrow?"),
    ("faq_rest_or_move", "mag ik nog vrij bewegen of moet ik rusten?"),
])
def test_a_slot_not_asked_keeps_its_topic(topic, text):
    ranking = [(topic, 0.8), ("faq_appointment_time", 0.17)]
    assert choose_topics(ranking, text, EVIDENCE) == [topic]
