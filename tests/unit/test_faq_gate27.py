"""Session 27 (issue 16): the kinds fresh set 28 missed at the FAQ gate, in code, in nl and en/fr where the kind exists
(our own phrasings, none a set text).

- What to eat against inflammation, a diet, and the back in cold damp weather are subjects no answer covers
  (UNCOVERED_SUBJECTS): no topic, while heat or ice, a painkiller, and a tablet taken with food stay questions.
- Whether to go to the emergency department (A&E, "de spoed", "les urgences") asks when to see a doctor
  (EMERGENCY_ASKED), whatever topic the classifier read; "spoed" is that topic's word (EMERGENCY_WORDS).
- A sentence told after the question (one's work, one's planning) is no part of what is asked: its words are not the
  topic's foreign words when no part has the topic's words and the classifier is sure (CONTEXT_SURE); a state's topic
  (pregnancy) whose state is not named gets no such leave.
- "a fancy name for" is a set phrase that asks nothing of a name (SUBJECT_FREE_PHRASES).
- A Flemish diminutive on "-ke" of a known word ("papierke") is that word (DIALECT_SPELLINGS)."""
import pytest

from bot.reading.faq import GENERAL, _unknown_words, about_something_else, choose_topics, stems

EVIDENCE = {
    "faq_heat_or_cold": stems("heat ice warmte ijs kruik chaud glace froid cold koud"),
    "faq_painkillers": stems("painkiller ibuprofen pijnstiller pijnstillers dafalgan anti-inflammatoire ontsteking"),
    "faq_rest_or_move": stems("rest bewegen rusten bouger repos move walk wandelen"),
    "faq_when_doctor": stems("doctor dokter huisarts medecin emergency urgences urgentie consulter"),
    "faq_prescription": stems("voorschrift briefje ordonnance prescription referral verwijsbrief dokter doctor"),
    "faq_sessions": stems("sessies sessions seances behandelingen"),
    "faq_nonspecific": stems("aspecifiek nonspecific aspecifique"),
}
GENERAL_WORDS = stems(
    "is het dat de een wat how does it the a i my is what should can for est-ce que je de la le mon dos rug back pijn "
    "pain mal moet ik mijn naar of kan van hoe vaak per week komen en lang duurt nie we weten gewoon da voor dat just "
    "that we know dont it's mean ce c'est que on sait pas un dire wachten "
    "hardly stand need room this with aller aux dois mag kine physio from get niet specifieke eigenlijk rugpijn"
)
TOPIC_WORDS = {GENERAL: GENERAL_WORDS, **{topic: set(found) for topic, found in EVIDENCE.items()}}


@pytest.mark.parametrize("text", [
    "wat voor eten helpt tegen ontstekingen in mijn rug?",
    "moet ik gezonder gaan eten voor mijn rugpijn?",
    "what should i eat so my back is less inflamed?",
    "is there food that works against the inflammation in my back?",
    "quoi manger pour calmer l'inflammation du dos ?",
    "un régime anti-inflammatoire, ça aide pour le dos ?",
    "mijn rug is slechter als het koud en nat is, is dat normaal?",
    "my back is always worse on cold and damp days, why?",
    "j'ai plus mal au dos quand il fait froid, c'est normal ?",
])
def test_food_and_the_weather_are_no_topic(text):
    assert about_something_else(text)
    assert choose_topics([("faq_painkillers", 0.9), ("faq_heat_or_cold", 0.1)], text, EVIDENCE) == []


@pytest.mark.parametrize("topic, text", [
    ("faq_heat_or_cold", "is warmte of ijs beter voor mijn rug?"),
    ("faq_heat_or_cold", "should i put heat or ice on my back?"),
    ("faq_heat_or_cold", "chaud ou froid sur le dos ?"),
    ("faq_painkillers", "welke pijnstiller is het beste voor mijn rug?"),
    ("faq_painkillers", "moet ik de pijnstillers met eten innemen?"),
    ("faq_painkillers", "can i eat before i take the ibuprofen?"),
])
def test_heat_or_ice_and_painkillers_stay_questions(topic, text):
    assert not about_something_else(text)
    assert choose_topics([(topic, 0.9)], text, EVIDENCE) == [topic]


@pytest.mark.parametrize("text", [
    "moet ik nie naar de spoed? ik raak amper recht",
    "moe'k naar de spoed of kan da wachten",
    "should i go to A&E, i can hardly stand up?",
    "do i need to go to the emergency room with this?",
    "je dois aller aux urgences ? je tiens à peine debout",
])
def test_going_to_the_emergency_department_is_when_to_see_a_doctor(text):
    ranking = [("faq_prescription", 0.86), ("faq_when_doctor", 0.05)]
    assert choose_topics(ranking, text, EVIDENCE, topic_words=TOPIC_WORDS) == ["faq_when_doctor"]


@pytest.mark.parametrize("text", [
    "mag ik een voorschrift van de dokter voor de kine?",
    "can i get a prescription for physio from my doctor?",
])
def test_a_prescription_asked_stays_a_prescription(text):
    assert choose_topics([("faq_prescription", 0.86)], text, EVIDENCE, topic_words=TOPIC_WORDS) == ["faq_prescription"]


def test_a_sentence_told_after_the_question_is_no_foreign_word():
    # session 46Q7: what this guards is a sentence told after a question with none of the topic's words or phrase ("hoe
    # zit dat per week?"), read as context only when the classifier is sure. "hoe vaak per week moet ik komen" is the
    # sessions question by its phrase (SESSION_COUNT_ASKED, the session's fresh-set evidence: "how often a week must i
    # come, i work shifts" asks the sessions), its planning told after it or in it, whatever the classifier's sureness
    text = "hoe zit dat per week? ik doe ploegendienst dus wil het graag inroosteren"
    assert choose_topics([("faq_sessions", 1.0)], text, EVIDENCE, topic_words=TOPIC_WORDS) == ["faq_sessions"]
    # the classifier less sure (CONTEXT_SURE): what is told counts, as before
    assert choose_topics([("faq_sessions", 0.8)], text, EVIDENCE, topic_words=TOPIC_WORDS) == []
    # the words in the question itself still count
    asked = "hoe zit dat per week voor ploegendienst inroosteren?"
    assert choose_topics([("faq_sessions", 1.0)], asked, EVIDENCE, topic_words=TOPIC_WORDS) == []
    # the sessions asked by their phrase, the planning told after it
    phrased = "hoe vaak per week moet ik komen? ik doe ploegendienst dus wil het graag inroosteren"
    assert choose_topics([("faq_sessions", 0.8)], phrased, EVIDENCE, topic_words=TOPIC_WORDS) == ["faq_sessions"]


@pytest.mark.parametrize("text", [
    # the topic's own word is not there ("niet-specifieke" is no "aspecifiek"): the classifier's sureness carries it
    "wat is dat eigenlijk, niet-specifieke rugpijn? is da gewoon ne schone naam voor we weten 't nie?",
    "nonspecific back pain, is that just a fancy name for we dont know?",
    "lombalgie aspécifique, c'est juste un joli nom pour dire qu'on ne sait pas ?",
])
def test_a_fancy_name_for_asks_nothing_of_a_name(text):
    assert choose_topics([("faq_nonspecific", 1.0)], text, EVIDENCE, topic_words=TOPIC_WORDS) == ["faq_nonspecific"]


def test_a_state_topic_without_its_state_named_reads_what_is_told():
    evidence = {**EVIDENCE, "faq_pregnancy": stems("zwanger pregnant enceinte"), "faq_serious": stems("ernstig serious")}
    words = {**TOPIC_WORDS, GENERAL: GENERAL_WORDS | stems("mij zorgen maken"), "faq_pregnancy": evidence["faq_pregnancy"]}
    text = "mijn buurvrouw had hetzelfde en het bleek kanker. moet ik mij zorgen maken?"
    assert choose_topics([("faq_pregnancy", 1.0)], text, evidence, topic_words=words) == []
    # another topic that sure is asked in the question, what is told is context
    assert choose_topics([("faq_serious", 1.0)], text, evidence, topic_words=words) == ["faq_serious"]


def test_another_subject_named_stays_foreign():
    text = "hoe vaak per week moet ik komen met mijn hond en kat?"
    assert choose_topics([("faq_sessions", 1.0)], text, EVIDENCE, topic_words=TOPIC_WORDS) == []


def test_a_flemish_diminutive_is_the_known_word():
    known = stems("mag ik een papier of briefje van de dokter voor de kine")
    assert _unknown_words("mag ik een papierke van de dokter?", known) == []
    assert _unknown_words("of een briefke van de dokter?", known) == []
    # a word that is no known word behind "-ke" stays unknown
    assert _unknown_words("mag ik een snoepke?", known) == ["snoepke"]
