"""Session 25 (issue 16, fresh set 23): the FAQ gate and Dutch compounds, common forms and a state told (our own
phrasings, none a set text).

- A topic's word at the start of or inside a long word counts as the topic's words, the word known or not: Dutch
  writes "dinsdagnamiddag" as one word, two known words, so the classifier's sure topic is "very sure" with it.
- Forms of common words spaCy's lemma table misses (nl "kun", "vele": COMMON_INFLECTIONS) are in the vocabulary, and
  West-Vlaams "julder"/"gulder" (jullie) are dialect forms: no word never seen.
- With pregnancy told, an activity asked (a bike, flying: STATE_ACTIVITIES) is the pregnancy question, not another
  subject; without the state, or another subject (the rain), it still is."""
import pytest

from bot.reading.faq import GENERAL, choose_topics, stems

GENERAL_WORDS = stems(
    "kan ik je jij jullie de het een in op met voor mijn nog is er al en of want we wil zou graag ook dan hele week sta "
    "door van ben tweede weeks mois cinq when als stukje nu now that im quand on riding "
    "can i my the a in on is it still ok for me do you with and or be "
    "je peux est ce que le la les de mon ma encore pour avec et ou c'est faire du"
)
EVIDENCE = {
    "faq_appointment_time": stems("voormiddag namiddag avond morning afternoon evening matin soir"),
    "faq_pregnancy": stems("zwanger zwangerschap pregnant pregnancy enceinte grossesse"),
    "faq_sport": stems("sport sporten fietsen bike cycling velo zwemmen swim"),
}
TOPIC_WORDS = {
    GENERAL: GENERAL_WORDS,
    "faq_appointment_time": stems("voormiddag namiddag avond dinsdag zaterdag terecht langskomen komen uur"),
    "faq_pregnancy": stems("zwanger zwangerschap pregnant pregnancy enceinte grossesse rug back dos goed good bon"),
    "faq_sport": stems("sport sporten fietsen bike cycling velo zwemmen swim rug back dos"),
}


@pytest.mark.parametrize("text", [
    "kan ik dinsdagnamiddag terecht, de hele week sta ik op de markt met groenten",
    "wil graag zaterdagvoormiddag langskomen, door de week draai ik shiften in de haven",
])
def test_topic_word_inside_a_known_compound_counts(text):
    ranking = [("faq_appointment_time", 0.99)]
    assert choose_topics(ranking, text, EVIDENCE, topic_words=TOPIC_WORDS) == ["faq_appointment_time"]


@pytest.mark.parametrize("text, confidence", [
    # not very sure: two words of another subject still refuse it, compound or not
    ("kan ik dinsdagnamiddag terecht, de hele week sta ik op de markt met groenten", 0.9),
    # no topic word in the compound ("dinsdagmarkt"): the classifier alone is not enough
    ("kan ik dinsdagmarkt terecht, de hele week sta ik op de veiling met groenten", 0.99),
])
def test_compound_kept_neighbours(text, confidence):
    assert choose_topics([("faq_appointment_time", confidence)], text, EVIDENCE, topic_words=TOPIC_WORDS) == []


def test_common_inflections_of_dutch_stop_words():
    from bot.nlu.question_topics import common_inflections

    found = common_inflections("nl", ["kunnen", "zullen", "veel", "heel", "geen", "moeten", "ik"])
    assert {"kun", "zul", "vele", "hele", "gene"} <= set(found)
    assert "moet" not in found and "ik" not in found
    assert common_inflections("en", ["can", "many"]) == [] and common_inflections("fr", ["peux"]) == []


def test_common_forms_are_known_words():
    from bot.nlu.question_topics import common_inflections
    from bot.reading.faq import learn_vocabulary

    common = {"nl": ["kunnen", "veel", "hoe", "keer", "ik", "per", "week", "dat", "zelf", "kiezen"]}
    common["nl"] += common_inflections("nl", common["nl"])
    known = set(learn_vocabulary({"faq_sessions": ["hoeveel sessies heb ik nodig"]}, common))
    text = "hoe vele sessies per week, kun ik dat zelf kiezen"
    evidence = {"faq_sessions": stems("sessies")}
    assert choose_topics([("faq_sessions", 0.9)], text, evidence, known=known) == ["faq_sessions"]
    without = set(learn_vocabulary({"faq_sessions": ["hoeveel sessies heb ik nodig"]}, {"nl": common["nl"][:10]}))
    assert choose_topics([("faq_sessions", 0.9)], text, evidence, known=without) == []


@pytest.mark.parametrize("form", ["julder", "gulder"])
def test_west_flemish_jullie(form):
    known = stems("kunnen jullie mij een briefje geven voor het werk kun")  # "attest" is the one word never seen
    text = f"kun {form} mij een attest geven voor het werk?"
    assert choose_topics([("faq_work", 0.9)], text, {"faq_work": stems("werk briefje")}, known=known) == ["faq_work"]


@pytest.mark.parametrize("text", [
    "is een stukje fietsen nog goed voor mijn rug nu ik zwanger ben?",
    "is riding my bike still ok for my back now that im pregnant?",
    "le velo c'est encore bon pour mon dos quand on est enceinte ?",
])
def test_activity_asked_with_pregnancy_told_is_the_pregnancy_question(text):
    evidence = {name: found for name, found in EVIDENCE.items() if name != "faq_sport"}
    assert choose_topics([("faq_pregnancy", 0.96)], text, evidence, topic_words=TOPIC_WORDS) == ["faq_pregnancy"]


@pytest.mark.parametrize("topic, text", [
    # no state told: a bike is a subject of its own for a topic whose examples lack it
    ("faq_pregnancy", "is fietsen nog goed voor mijn rug?"),
    ("faq_pregnancy", "is riding my bike still ok for my back?"),
    # the state told, but another subject asked (the rain is no activity)
    ("faq_pregnancy", "is it still ok in the rain for my back when pregnant?"),
    ("faq_pregnancy", "is regen nog goed voor mijn rug als ik zwanger ben?"),
])
def test_subject_without_state_or_not_an_activity_still_refused(topic, text):
    evidence = {name: found for name, found in EVIDENCE.items() if name != "faq_sport"}
    assert choose_topics([(topic, 0.96)], text, evidence, topic_words=TOPIC_WORDS) == []
