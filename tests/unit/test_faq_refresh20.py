"""Session 20, lead: no-topic questions of the fresh question set 12 that got another topic's answer. Where to park
asked with the verb ("is there anywhere to park near ye", "où je peux me garer") is the practice's building, and a
cannabis product ("helpt cbd olie tegen rugpijn?") is a treatment no answer describes: the honest can't-answer text.
A walk in the park and the address keep their topics."""
import pytest

from bot.reading.faq import about_something_else

PARKING = [
    "is there anywhere to park near ye or is it all pay n display round there?",
    "where can i park when i come for my appointment",
    "can u park outside the practice",
    "kan ik ergens parkeren bij jullie?",
    "waar kunnen we de auto parkeren",
    "où je peux me garer quand je viens au cabinet ?",
    "on peut se garer devant ?",
    "is there parkin near ye or will i have to pay on the street",
]

NOT_PARKING = [
    "can i walk in the park or should i rest",
    "is a walk round the park ok with my back",
    "mag ik een toertje in het park wandelen",
    "je peux me promener au parc ?",
    "where are you, whats the address",
    "hoelang duurt het voor het weer beter gaat met mijn rug",
]


@pytest.mark.parametrize("text", PARKING)
def test_parking_asked_with_the_verb_gets_no_topic(text):
    assert about_something_else(text)


@pytest.mark.parametrize("text", NOT_PARKING)
def test_a_park_walk_or_the_address_keeps_its_topic(text):
    assert not about_something_else(text)


CANNABIS = [
    "helpt cbd olie tegen rugpijn? iemand op't werk gebruikt da",
    "zijn cbd druppels iets voor mijn rug",
    "does cbd oil actually help back pain or is it a scam",
    "would cannabis gummies help me sleep with this back",
    "le cbd ca aide pour le mal de dos ?",
    "l'huile de chanvre c'est efficace pour le dos ?",
]


WEATHER = [
    "as t regent en koud is heb ik meer pien, komt dat door t weer?",
    "is het door dit natte weer dat ik meer pijn heb",
]


@pytest.mark.parametrize("text", WEATHER)
def test_the_weather_gets_no_topic(text):
    assert about_something_else(text)


@pytest.mark.parametrize("text", CANNABIS)
def test_cannabis_products_get_no_topic(text):
    assert about_something_else(text)


# ---- a question asked inside the pain told (question set 12: "im 52 and it's this deep ache for 3 weeks now, should
# i be worried or is this normal at my age" was read as the pain told, and the question went unanswered)

pytest.importorskip("rasa")

from tests.support.question_topics import classified, trained_question_topics  # noqa: E402
from tests.support.question_topics import read as read_message  # noqa: E402

STORY_EXAMPLES = {
    "faq_serious": ["is it serious", "should i be worried", "is het ernstig", "moet ik me zorgen maken",
                    "c'est grave", "est-ce que je dois m'inquieter", "am i right to be worried", "is this normal at my age",
                    "moet ik me zorgen maken of niet", "faut-il s'inquieter"],
    "faq_healing_time": ["how long does it take to heal", "hoelang duurt het voor het geneest", "how long to heal",
                         "combien de temps pour guerir", "hoe lang duurt het genezen", "ca met combien de temps a guerir"],
    "faq_work": ["can i go to work", "mag ik gaan werken", "je peux aller travailler", "can i work"],
    "faq_heat_or_cold": ["heat or ice", "warmte of ijs", "chaud ou froid", "a deep heat rub or an ice pack"],
    "describe_pain": ["my back hurts", "ik heb rugpijn", "j'ai mal au dos", "pain in my lower back",
                      # the words of the stories below are known words (in the real model, from the training data)
                      "im 52, a deep ache for 3 weeks now, normal at my age", "sinds 3 weken rugpijn na het tillen",
                      "mal au dos depuis 3 semaines", "my back went since sunday lifting a box",
                      "rugpijn sinds zondag na het tillen", "mal au dos depuis dimanche"],
}


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    return trained_question_topics(tmp_path_factory.mktemp("model"), STORY_EXAMPLES)


def read(trained, text, *ranking):
    intent, topics = read_message(trained, classified(text, *ranking[0], *ranking[1:]))
    return (intent, topics)


@pytest.mark.parametrize("text, topic", [
    ("im 52 and it's a deep ache for 3 weeks now, should i be worried or is this normal at my age", "faq_serious"),
    ("sinds 3 weken rugpijn na het tillen, moet ik me zorgen maken?", "faq_serious"),
    ("mal au dos depuis 3 semaines, est-ce que je dois m'inquieter ?", "faq_serious"),
    ("back went since sunday lifting a box, how long does it take to heal", "faq_healing_time"),
    ("rugpijn sinds zondag na het tillen. hoelang duurt het voor het geneest?", "faq_healing_time"),
    ("mal au dos depuis dimanche, combien de temps pour guerir ?", "faq_healing_time"),
])
def test_a_question_asked_inside_the_pain_told_is_answered_and_the_story_kept(trained, text, topic):
    ranking = [("describe_pain", 0.84), ("faq_heat_or_cold", 0.1), (topic, 0.09), ("faq_work", 0.03)]
    assert read(trained, text, *ranking) == ("describe_pain", [topic])


@pytest.mark.parametrize("text", [
    # the pain told with nothing asked, or a question no topic's words are in: the story alone, as before
    "sinds 3 weken rugpijn, wordt elke dag erger",
    "my back hurts since monday, worse in the morning",
    "my back hurts since monday, what should i do?",
    "j'ai mal au dos depuis lundi, je fais quoi ?",
    # a "?" that hedges an answer, no question's words: "it goes down to the knee?" (a topic's word in it or not)
    "pain since 3 weeks, i put a deep heat rub on it?",
    "sinds 3 weken pijn, het straalt uit tot in de knie?",
    # a topic's words only in what is told around the question: no answer of that topic
    "i put a deep heat rub on it for 3 weeks, what do i do now?",
])
def test_the_pain_told_without_a_topics_question_gets_no_answer(trained, text):
    ranking = [("describe_pain", 0.84), ("faq_heat_or_cold", 0.1), ("faq_serious", 0.09), ("faq_work", 0.03)]
    assert read(trained, text, *ranking) == ("describe_pain", [])
