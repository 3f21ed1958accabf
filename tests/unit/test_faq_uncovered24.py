"""Session 24 (issue 16): the weather and diet, asked in every fresh question set, no answer covers. The classifier
often gives them a topic with that topic's words ("any diet? heard anti-inflammatory food helps" -> painkillers,
"koud weer" -> heat or cold), so the person got another topic's answer. The packs' UNCOVERED_SUBJECTS name them;
a question naming one gets the honest "I can't answer that here", the back named or not. Its neighbours that
share a word keep their topic: "take it with food", "weer" meaning "again", supplements as an extra fee, and
weight lost without dieting (a red flag, read before any question)."""
import pytest

from bot.reading.faq import about_something_else, choose_topics, stems

SURE_WITH_WORDS = {
    "faq_painkillers": stems("anti inflammatory inflammatoire ontstekingsremmer ibuprofen ontstekingsremmend"),
    "faq_heat_or_cold": stems("cold koud froid warmte chaud ijs ice"),
}


@pytest.mark.parametrize("topic, text", [
    ("faq_painkillers", "is there a diet that calms the inflammation, or anti inflammatory foods?"),
    ("faq_painkillers", "should i take vitamins or magnesium as well as the anti inflammatory tablets"),
    ("faq_heat_or_cold", "my back is always worse in cold weather, is that a thing?"),
    ("faq_painkillers", "helpt ontstekingsremmende voeding, of moet ik ibuprofen blijven nemen?"),
    ("faq_heat_or_cold", "wordt mijn rug slechter bij koud en nat weer?"),
    ("faq_heat_or_cold", "t is hier al een week rotweer, is da koud slecht voor mijne rug?"),
    ("faq_painkillers", "vitamines of kurkuma, helpt dat even goed als een ontstekingsremmer?"),
    ("faq_painkillers", "un régime alimentaire anti-inflammatoire, ça remplace l'ibuprofène?"),
    ("faq_heat_or_cold", "avec le temps humide j'ai plus mal au dos, le froid ça joue?"),
    ("faq_heat_or_cold", "la météo froide ça aggrave le dos?"),
])
def test_the_weather_or_diet_gets_no_topic(topic, text):
    assert about_something_else(text)
    assert choose_topics([(topic, 0.9)], text, SURE_WITH_WORDS) == []


@pytest.mark.parametrize("topic, text", [
    ("faq_painkillers", "can i take ibuprofen on an empty stomach or with food?"),
    ("faq_heat_or_cold", "ice or heat, which one is better for my back?"),
    ("faq_painkillers", "mag ik weer ibuprofen nemen als de pijn terugkomt?"),
    ("faq_heat_or_cold", "mag ik er weer koud op leggen na het sporten?"),
    ("faq_heat_or_cold", "heb ik het weer, moet ik nu warmte of ijs gebruiken?"),
    ("faq_painkillers", "je prends de l'ibuprofène pendant le repas ou à jeun?"),
    ("faq_heat_or_cold", "du chaud ou du froid sur le bas du dos?"),
])
def test_a_question_sharing_a_word_keeps_its_topic(topic, text):
    assert not about_something_else(text)
    assert choose_topics([(topic, 0.9)], text, SURE_WITH_WORDS) == [topic]


@pytest.mark.parametrize("text", [
    "rekenen jullie supplementen aan bovenop de terugbetaling?",
    "vous demandez un supplément ?",
    "do you charge supplements on top of the fee",
    "ik verlies gewicht zonder te diëten, moet ik naar de dokter?",
])
def test_fees_and_weight_lost_without_dieting_are_no_uncovered_subject(text):
    assert not about_something_else(text)


@pytest.mark.parametrize("text", [
    # group classes the practice may run (set 21): not a sport question
    "do you guys run any pilates or back classes? would be nice with my sister",
    "any group classes on saturday?",
    "organiseren jullie ook yoga in groep voor mensen met rugpijn?",
    "hebben jullie groepslessen rugschool?",
    "vous proposez des cours de yoga en groupe ?",
    "il y a des cours collectifs le mardi ?",
    # the kidneys or the back: which organ hurts is the doctor's question
    "is it my kidneys or my back? hurts on the side",
    "hoe weet ik of het mijn nieren of mijn rug is?",
    "c'est le dos ou les reins ? j'ai mal sur le côté",
    # rain, and the weather in West-Vlaams
    "pourquoi j'ai plus mal au dos s'il pleut ?",
    "la pluie ça joue sur le dos ?",
    "komt dat door 't weere? bij nat weere heb ik meer last",
])
def test_group_classes_the_kidneys_and_rain_get_no_topic(text):
    assert about_something_else(text)


@pytest.mark.parametrize("text", [
    "can i still play badminton with my group on saturday?",
    "le nurofen ça sert pour un tour de reins ou c'est juste pour la fièvre ?",
    "krijg ik minder weere van 't ziekenfonds als jullie niet geconventioneerd zijn?",
    "je peux faire du pilates avec mon mal de dos ?",
])
def test_their_neighbours_keep_their_topic(text):
    assert not about_something_else(text)
