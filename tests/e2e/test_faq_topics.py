"""The FAQ topics of issue 16 (work, sport, recurrence, when to see a doctor, is it
serious, surgery, sleep, driving, pregnancy, a specific appointment day), asked in the
middle of the check in every offered language: the person sees the right answer and then
the pending question again. A question that carries a red flag is escalated by the
red-flag detector, never answered as an FAQ; a question that fits no topic gets the
honest "I can't answer that here" with the practice's phone. A message with two
questions gets both answers.

`make nlu-report` gives the on-topic rate of the blind set tests/data/faq_blind.yml per
language (counts only).
"""
from __future__ import annotations

import pytest

from bot.clinical.summary import catalogue
from bot.practice import current_practice
from bot.reading.faq import topics_in
from tests.support.assistant import buttons, joined, triage_of
from tests.support.conversation import FIRST, GUESSED_SPORT, LANGUAGES, Patient

pytestmark = pytest.mark.e2e
PRACTICE = current_practice()
ASK = {"en": "How long have you had this pain?", "nl": "Hoe lang heb je deze pijn al?",
       "fr": "Depuis combien de temps avez-vous cette douleur ?"}

# (language, what the person asks, a phrase only the right answer has)
TOPICS = [
    ("en", "can i go to work tomorrow? i'm a scaffolder", "adapted tasks"),
    ("nl", "mag ik morgen gaan werken? ik ben stellingbouwer", "aangepast werk"),
    ("en", "can i still play tennis with my back?", "build up step by step"),
    ("nl", "mag ik nog tennissen met mijn rug?", "stap voor stap"),
    ("en", "will it come back once it's better?", "often comes back"),
    ("nl", "gaat da terugkomen als 't genezen is?", "komt vaak terug"),
    ("en", "should I go to the GP or just wait?", "after hours: 1733"),
    ("nl", "moet ik naar de huisarts of kan ik afwachten?", "buiten de uren: 1733"),
    ("en", "is it serious?", "Most low back pain is not serious"),
    ("nl", "is het erg?", "De meeste lage rugpijn is niet ernstig"),
    ("en", "will I need surgery?", "Surgery is rarely needed"),
    ("nl", "ga ik een operatie nodig hebben?", "Een operatie is zelden nodig"),
    ("en", "how should i sleep with this back?", "pillow between the knees"),
    ("nl", "hoe moet ik slapen met deze rugpijn?", "kussen tussen de knieën"),
    ("en", "can i drive with this pain?", "brake hard"),
    ("nl", "mag ik autorijden met deze pijn?", "hard kunt remmen"),
    ("en", "i'm pregnant, can i still do this check?", "midwife"),
    ("nl", "ik ben zwanger, mag ik deze check wel doen?", "vroedvrouw"),
    ("en", "can i have an appointment next wednesday afternoon?", "can't see the calendar"),
    ("nl", "kan ik volgende woensdagnamiddag een afspraak krijgen?", "agenda niet zien"),
    ("fr", "je peux aller travailler demain ? je suis echafaudeur", "un travail adapté"),
    ("fr", "je peux encore jouer au tennis avec mon dos ?", "augmentez pas à pas"),
    ("fr", "ca va revenir une fois gueri ?", "revient souvent"),
    ("fr", "je dois aller chez le medecin ou attendre ?", "médecin de garde au 1733"),
    ("fr", "c grave ?", "ne sont pas graves"),
    ("fr", "je vais devoir me faire operer ?", "Une opération est rarement nécessaire"),
    ("fr", "comment dormir avec ce mal de dos ?", "coussin entre les genoux"),
    ("fr", "je peux conduire avec cette douleur ?", "freiner fort"),
    ("fr", "je suis enceinte, je peux faire ce test ?", "sage-femme"),
    ("fr", "je peux avoir un rdv mercredi prochain aprem ?", "Je ne vois pas l'agenda"),
]


def start(assistant, sender, language) -> Patient:
    patient = Patient(assistant, sender, language, {"onset": "gradual"})
    patient.say(FIRST[language])
    patient.answer("consent")
    patient.answer("onset")
    assert patient.requested_slot() == "duration_days", patient.show()
    return patient


def asked_again(text: str, language: str) -> bool:
    return text.rstrip().endswith(ASK[language]) or ASK[language] in text


@pytest.mark.parametrize("language, question, expected", TOPICS, ids=[t[1] for t in TOPICS])
def test_topic_answered_then_the_check_resumes(assistant, sender, language, question, expected):
    patient = start(assistant, sender, language)
    text = joined(patient.say(question))
    assert expected.lower() in text.lower(), patient.show()
    assert asked_again(text, language), patient.show()
    assert triage_of(patient.last) is None, patient.show()
    slots = assistant.slots(sender)
    assert slots["requested_slot"] == "duration_days" and slots["onset"] == "gradual"
    assert slots["language"] == language


def test_the_appointment_answer_gives_the_booking_link_and_phone(assistant, sender):
    patient = start(assistant, sender, "en")
    text = joined(patient.say("can i have an appointment next wednesday afternoon?"))
    assert PRACTICE.booking_url in text and PRACTICE.phone in text, patient.show()


# A question asked inside the pain told: the answer, and the story read by the check (asked without "?" at the end,
# question set 12, session 20: "im 52 and it's this deep ache for 3 weeks now, should i be worried or is this normal
# at my age" went unanswered; the story told before a question with its "?", session 21: the answer came, and the
# check did not start, so the story was lost).
AGE_AND_WEEKS = {"duration_days": 21, "age_band": "45_69"}
DAYS_AND_LIFTING = {"duration_days": 2, "onset": "sudden_movement"}
WEEKS_AND_LIFTING = {"duration_days": 21, "onset": "sudden_movement"}
STORY_QUESTIONS = [
    ("en", "im 52 and its a deep ache in my lower back for 3 weeks now, should i be worried or is this normal at my age",
     "Most low back pain is not serious", AGE_AND_WEEKS),
    ("nl", "ik ben 52 en heb al 3 weken een zeurende pijn onderin mijn rug, moet ik me zorgen maken of is dat normaal",
     "De meeste lage rugpijn is niet ernstig", AGE_AND_WEEKS),
    ("fr", "j'ai 52 ans et mal en bas du dos depuis 3 semaines, est-ce que je dois m'inquiéter ou c'est normal a mon age",
     "La plupart des maux au bas du dos", AGE_AND_WEEKS),
    ("en", "hi, my lower back went 2 days ago lifting a box, how long does this usually take to heal?",
     "much better within a few weeks", DAYS_AND_LIFTING),
    ("nl", "mijn rugpijn begon 2 dagen geleden bij het tillen van een doos, hoe lang duurt het voor dat geneest?",
     "binnen enkele weken veel beter", DAYS_AND_LIFTING),
    ("fr", "j'ai mal au dos depuis 2 jours, en soulevant un carton, combien de temps pour que ça guérisse ?",
     "beaucoup mieux en quelques semaines", DAYS_AND_LIFTING),
    # the pain told around a question no topic fits as a whole (session 24: "I can't answer that question here" and
    # the story went unread): another trade named in the story, the booking asked; a trade asked about, the honest
    # answer; either way the check reads the story
    ("en", "my lower back has hurt for 3 weeks since i lifted the buggy into the boot, my chiro said a bulging disc. "
           "can i book in with you?", "You can book online", WEEKS_AND_LIFTING),
    ("nl", "al 3 weken rugpijn sinds ik de kinderwagen in de koffer tilde, de osteopaat zei een hernia. hoe kan ik een "
           "afspraak maken?", "Je kunt online een afspraak maken", WEEKS_AND_LIFTING),
    ("fr", "mal au bas du dos depuis 3 semaines, depuis que j'ai soulevé la poussette dans le coffre, l'ostéo a dit une "
           "hernie. comment je peux prendre un rdv chez vous ?", "Vous pouvez prendre rendez-vous en ligne", WEEKS_AND_LIFTING),
    ("en", "my lower back has hurt for 3 weeks since i lifted a heavy box at work. do you do dry needling?",
     "I can't answer that question here", WEEKS_AND_LIFTING),
    ("nl", "al 3 weken rugpijn sinds ik op het werk een zware doos tilde. doen jullie ook dry needling?",
     "kan ik hier geen antwoord geven", WEEKS_AND_LIFTING),
    ("fr", "mal au bas du dos depuis 3 semaines, depuis que j'ai soulevé une lourde caisse au travail. vous faites du "
           "dry needling ?", "je ne peux pas répondre à cette question ici", WEEKS_AND_LIFTING),
]


@pytest.mark.parametrize("language, story, expected, told", STORY_QUESTIONS,
                         ids=[f"{t[0]}-{'?' if '?' in t[1] else 'no ?'}-{t[2][:12]}" for t in STORY_QUESTIONS])
def test_a_question_inside_the_pain_told_is_answered_and_the_story_read(
        assistant, sender, language, story, expected, told):
    patient = Patient(assistant, sender, language, {})
    text = joined(patient.say(story))
    assert expected.lower() in text.lower(), patient.show()
    patient.answer("consent")
    slots = assistant.slots(sender)
    assert {slot: slots[slot] for slot in told} == told, patient.show()
    assert slots["requested_slot"] not in told and slots["language"] == language, patient.show()


# A red flag inside a question: the detector forces report_red_flag, the check ends
# with the triage payload; the FAQ answer ("not serious", "normal") is never shown.
RED_FLAG_QUESTIONS = [
    ("en", "is it normal that i can't feel my bum?", "emergency"),
    ("en", "should i worry that both my legs are getting weaker?", "emergency"),
    ("nl", "is het normaal dat mijn beide benen slap worden?", "emergency"),
    ("nl", "is het normaal dat ik mijn plas niet kan ophouden?", "emergency"),
    ("en", "is it bad that i have a fever with this back pain?", "urgent"),
    ("nl", "is het erg dat ik koorts heb met die rugpijn?", "urgent"),
    ("fr", "cest normal que je sens plus mes fesses ?", "emergency"),
    ("fr", "je dois minquieter si mes deux jambes deviennent faibles ?", "emergency"),
    # both legs weakening, said the common way: the French reader of 2 Dec 2026 finds the
    # worsening weakness but not "both legs" here (urgent, not the emergency it is)
    ("fr", "cest normal que mes deux jambes deviennent de plus en plus faibles ?", "emergency"),
    ("fr", "cest normal que jarrive plus a retenir mon pipi ?", "emergency"),
    ("fr", "cest grave si jai de la fievre avec ce mal de dos ?", "urgent"),
]
FAQ_PHRASES = ["not serious", "niet ernstig", "often comes back", "komt vaak terug", "Call 112 at once",
               "Bel meteen 112", "ne sont pas graves", "revient souvent", "Appelez tout de suite le 112"]


@pytest.mark.parametrize("language, question, level", RED_FLAG_QUESTIONS)
def test_a_red_flag_question_escalates_and_is_not_answered_as_a_faq(assistant, sender, language, question, level):
    patient = start(assistant, sender, language)
    reply = patient.say(question)
    triage = triage_of(reply)
    assert triage and triage["level"] == level, patient.show()
    text = joined(reply)
    assert not any(phrase.lower() in text.lower() for phrase in FAQ_PHRASES), patient.show()


# A question no topic fits: the honest answer with the practice's phone, no other
# topic's answer, then the pending question again.
NO_TOPIC = [
    ("en", "can you help with my shoulder as well?"),
    ("nl", "wat is de hoofdstad van frankrijk?"),
    ("en", "can i pay by credit card at the practice?"),
    ("en", "can i take a bath?"),
    ("nl", "mag ik in bad?"),
    ("nl", "is koffie slecht voor mijn rug?"),
    # sharing a word with a topic, asking about something else, without "?" (session 8)
    ("en", "which painkillers are safe for my dog"),
    ("nl", "welke pijnstillers mag mijn hond"),
    ("en", "can you drive me home after the appointment"),
    ("nl", "is het ok om met het raam open te slapen"),
    ("fr", "vous pouvez maider pour mon epaule aussi ?"),
    ("fr", "cest quoi la capitale de litalie ?"),
    ("fr", "je peux payer par carte au cabinet ?"),
    ("fr", "le cafe cest mauvais pour le dos ?"),
    ("fr", "quels antidouleurs pour mon chien"),
]
TOPIC_PHRASES = [phrase for _, _, phrase in TOPICS] + ["Keep moving, gently", "Blijf bewegen",
                                                     "pharmacist", "apotheker", "examines you", "onderzoekt",
                                                     "Most low back pain", "De meeste lage rugpijn",
                                                     "Continuez à bouger", "Votre pharmacien", "vous examine",
                                                     "La plupart des maux au bas du dos"]


@pytest.mark.parametrize("language, question", NO_TOPIC)
def test_a_question_no_topic_fits_gets_the_honest_answer(assistant, sender, language, question):
    patient = start(assistant, sender, language)
    text = joined(patient.say(question))
    assert PRACTICE.phone in text, patient.show()
    assert not any(phrase.lower() in text.lower() for phrase in TOPIC_PHRASES), patient.show()
    assert asked_again(text, language), patient.show()


@pytest.mark.parametrize("language, question", [("en", "can i pay by credit card at the practice?"),
                                                ("nl", "kan ik bij jullie met de kaart betalen?"),
                                                ("fr", "on peut payer par bancontact chez vous ?")])
def test_outside_the_check_a_question_no_topic_fits_gets_the_phone(assistant, sender, language, question):
    reply = assistant.send(sender, question, metadata={"language": language})
    text = joined(reply)
    assert PRACTICE.phone in text, text
    assert not any(phrase.lower() in text.lower() for phrase in TOPIC_PHRASES), text


# Two questions in one message: both answers (in the order asked), then the pending question.
TWO_TOPICS = [
    ("en", "can i still drive? and how many sessions will i need", ["brake hard", "a few sessions"]),
    ("nl", "mag ik nog autorijden en hoeveel sessies heb ik nodig?", ["hard kunt remmen", "enkele sessies"]),
    ("nl", "moet ik rusten of bewegen, en mag ik ibuprofen nemen?", ["Blijf bewegen", "apotheker"]),
    ("fr", "je peux encore conduire ? et il faudra combien de seances", ["freiner fort", "quelques séances"]),
    ("fr", "je dois rester couche ou bouger, et je peux prendre de l'ibuprofene ?",
     ["Continuez à bouger", "Votre pharmacien"]),
]


@pytest.mark.parametrize("language, question, expected", TWO_TOPICS, ids=[t[1] for t in TWO_TOPICS])
def test_two_questions_in_one_message_get_both_answers(assistant, sender, language, question, expected):
    patient = start(assistant, sender, language)
    text = joined(patient.say(question))
    first, second = (text.lower().find(phrase.lower()) for phrase in expected)
    assert 0 <= first < second, patient.show()
    assert asked_again(text, language), patient.show()
    assert assistant.slots(sender)["requested_slot"] == "duration_days"


@pytest.mark.xfail(strict=True, reason="known gap: an elision typed without its apostrophe ('libuprofene' for "
                                       "l'ibuprofène) is not read as the word (bot/reading/faq.py stems)")
def test_an_elision_without_its_apostrophe_is_read(assistant, sender):
    test_two_questions_in_one_message_get_both_answers(
        assistant, sender, "fr", "je dois rester couche ou bouger, et je peux prendre de libuprofene ?",
        ["Continuez à bouger", "Votre pharmacien"])


# A question no topic was sure of, where the classifier still was (bot.reading.faq.guess_topic): the
# person is asked whether they meant that topic's question, a button that asks it, and is
# not given its answer unasked; tapping it answers, then the check resumes.
GUESSED = [
    (language, GUESSED_SPORT[language], "faq_sport", expected)
    for language, expected in (("en", "build up step by step"), ("nl", "stap voor stap"), ("fr", "augmentez pas à pas"))
]


@pytest.mark.parametrize("language, question, topic, expected", GUESSED, ids=[g[1] for g in GUESSED])
def test_an_unsure_question_is_asked_back_as_the_question_it_may_be(assistant, sender, language, question,
                                                                   topic, expected):
    patient = start(assistant, sender, language)
    reply = patient.say(question)
    text = joined(reply)
    offered = catalogue(language)["topic_questions"][topic]
    assert offered in [button["title"] for button in buttons(reply)], patient.show()
    assert expected.lower() not in text.lower(), patient.show()  # never answered unasked
    assert PRACTICE.phone in text and asked_again(text, language), patient.show()
    text = joined(patient.tap(offered))
    assert expected.lower() in text.lower(), patient.show()
    assert asked_again(text, language), patient.show()
    assert assistant.slots(sender)["requested_slot"] == "duration_days"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_offered_question_gets_its_own_answer(assistant, sender, language):
    """The button of "did you mean this one?" asks the topic's question: tapped, it must get
    that topic's answer, for every topic (a question the model reads otherwise is a defect)."""
    wrong = {}
    for topic, question in catalogue(language)["topic_questions"].items():
        found = topics_in(assistant.parse(question))
        if found != [topic]:
            wrong[question] = found
    assert not wrong, wrong
