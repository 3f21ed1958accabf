"""bot.reading.faq: which topics a question gets answers for (at most two), or none."""
import pytest

from bot.reading.faq import (
    GENERAL,
    about_something_else,
    choose_topics,
    guess_in,
    guess_topic,
    is_question_shaped,
    learn_evidence,
    learn_topic_words,
    learn_vocabulary,
    stems,
    told_part,
    words_of,
)

EXAMPLES = {
    "faq_driving": ["can i drive", "mag ik autorijden", "is driving ok", "can i drive my car", "autorijden met rugpijn"],
    "faq_sessions": ["how many sessions", "hoeveel sessies", "how many sessions will i need", "hoeveel sessies nodig"],
    "faq_serious": ["is it serious", "is het ernstig", "is this serious", "is het erg ernstig"],
    "greet": ["hi can i say hello", "hallo", "can i come in", "can you hear me"],
}
EVIDENCE = learn_evidence(EXAMPLES)


def test_learns_the_words_that_tell_a_topic_apart():
    assert "driv" in EVIDENCE["faq_driving"] and "autor" in EVIDENCE["faq_driving"]
    assert "sessi" in EVIDENCE["faq_sessions"]
    assert "can" not in EVIDENCE["faq_driving"]  # also in greet: not distinctive enough
    assert "greet" not in EVIDENCE  # only topics


def test_words_compare_by_their_first_letters_without_accents():
    assert stems("Opération, operatie, driving, DRIVES") == {"opera", "driv"}
    assert stems("a, to, é") == set()


@pytest.mark.parametrize("ranking, text, expected", [
    ([("faq_driving", 0.9)], "is it ok to go by car", ["faq_driving"]),  # sure: no word needed
    ([("faq_driving", 0.4)], "is driving fine", ["faq_driving"]),  # unsure, but its word is there
    ([("faq_serious", 0.54)], "mag ik in bad?", []),  # unsure and none of its words: the honest answer
    ([("greet", 0.9)], "hello", []),
    ([], "anything", []),
])
def test_one_topic_or_none(ranking, text, expected):
    assert choose_topics(ranking, text, EVIDENCE, sure=0.7) == expected


@pytest.mark.parametrize("text, expected", [
    ("mag ik nog autorijden en hoeveel sessies heb ik nodig?", ["faq_driving", "faq_sessions"]),
    ("can i drive? how many sessions will it take", ["faq_driving", "faq_sessions"]),
    ("can i drive, and is it serious", ["faq_driving", "faq_serious"]),
    ("can i drive to my sessions", ["faq_driving"]),  # one question with another topic's word
    ("can i drive, is driving far ok", ["faq_driving"]),  # two parts, one topic
])
def test_a_second_topic_only_from_another_part_of_the_message(text, expected):
    assert choose_topics([("faq_driving", 0.95), ("faq_sessions", 0.03)], text, EVIDENCE) == expected


# A second topic is asked, not told: the story around a question has other topics' words (session 21: "my lower back
# went 2 days ago, how long does this take to heal?" got the pregnancy answer too, for "ago"; on the dev set 70
# questions lost a second answer nobody asked, "ik ben metser, moet ik thuisblijven" heat or cold among them)
@pytest.mark.parametrize("text, expected", [
    ("i work on a site, my lower back went 2 days ago, how long does this usually take to heal?", ["faq_healing"]),
    ("ik werk op een werf, mijn onderrug schoot 2 dagen geleden, hoe lang duurt het voor dit geneest?", ["faq_healing"]),
    ("je bosse sur un chantier, combien de temps pour guérir ?", ["faq_healing"]),
    # asked, with or without its own question word
    ("how long does this take to heal, and can i work?", ["faq_healing", "faq_work"]),
    ("hoe lang duurt het voor dit geneest? en mag ik gaan werken", ["faq_healing", "faq_work"]),
    # a state told that changes the answer is answered too: pregnancy
    ("im 20 weeks pregnant, how long does this take to heal?", ["faq_pregnancy", "faq_healing"]),
    ("ik ben 20 weken zwanger, hoe lang duurt het voor dit geneest?", ["faq_pregnancy", "faq_healing"]),
    ("je suis enceinte, combien de temps pour guérir ?", ["faq_pregnancy", "faq_healing"]),
    # ... named, not only a word of its examples ("verlof": zwangerschapsverlof)
    ("mijn huisdokter is in verlof, hoe lang duurt het voor dit geneest?", ["faq_healing"]),
])
def test_a_second_topic_is_asked_not_told(text, expected):
    evidence = {"faq_healing": stems("heal geneest guérir"), "faq_work": stems("work site werk werf werken bosse chantier"),
                "faq_pregnancy": stems("pregnant zwanger enceinte verlof")}
    ranking = [("faq_healing", 0.9), ("faq_work", 0.05), ("faq_pregnancy", 0.05)]
    assert choose_topics(ranking, text, evidence) == expected


def test_when_it_began_is_no_topics_word():
    evidence = {"faq_healing": stems("heal"), "faq_pregnancy": stems("pregnant ago")}
    assert choose_topics([("faq_healing", 0.9)], "i did it 2 days ago, how long to heal?", evidence) == ["faq_healing"]


@pytest.mark.parametrize("text, expected", [
    ("hi, my lower back went 2 days ago, how long does this take to heal?", "hi, my lower back went 2 days ago"),
    ("can i drive? and how many sessions", ""),  # all of it asks
    ("mag ik sporten? ik heb al 3 weken rugpijn", "ik heb al 3 weken rugpijn"),
    ("est-ce que je peux conduire, j'ai mal depuis lundi", "j'ai mal depuis lundi"),
    ("autorijden met rugpijn sinds 3 weken", ""),  # no clause asks: the question itself
    (None, ""),
])
def test_the_part_told_around_a_question(text, expected):
    assert told_part(text) == expected


def test_never_more_than_two_topics():
    text = "can i drive, how many sessions, and is it serious?"
    assert len(choose_topics([("faq_driving", 0.95)], text, EVIDENCE)) == 2


def test_two_answers_in_the_order_they_were_asked():
    text = "hoeveel sessies heb ik nodig, en mag ik autorijden?"
    assert choose_topics([("faq_driving", 0.8), ("faq_sessions", 0.2)], text, EVIDENCE) == ["faq_sessions", "faq_driving"]


COMMON = ["it", "is", "ok", "to", "go", "by", "do", "does", "help", "with", "my", "me", "the", "a", "for", "and",
          "im", "het", "mijn", "met", "een", "helpt", "ik", "mag", "nog"]
KNOWN = learn_vocabulary({**EXAMPLES, "faq_heat_or_cold": ["warmte of kruik", "een kruik op de rug"],
                          "faq_work": ["kan ik werken", "mag ik gaan werken", "can i work", "back to work"]}, COMMON)
EVIDENCE_WITH_HEAT = learn_evidence({**EXAMPLES, "faq_heat_or_cold": ["warmte of kruik", "een kruik op de rug"],
                                     "faq_work": ["kan ik werken", "mag ik gaan werken", "can i work", "back to work"]})


@pytest.mark.parametrize("ranking, text, expected", [
    # a word no training example has: the classifier's sure topic is not enough ...
    ([("faq_driving", 0.93)], "do vitamins help with my back", []),
    ([("faq_work", 0.6)], "do inversion tables work", []),  # ... nor a topic word ("work") when unsure
    ([("faq_work", 0.6)], "can i work, im a scaffolder", []),  # unsure: the unknown word decides
    # sure AND the topic's words: answered, even with a word never seen
    ([("faq_work", 0.9)], "can i work, im a scaffolder", ["faq_work"]),
    # a Dutch compound holds the topic's word ("kruik") or is two known words ("doorwerken")
    ([("faq_heat_or_cold", 0.9)], "helpt een warmwaterkruik", ["faq_heat_or_cold"]),
    ([("faq_work", 0.9)], "mag ik doorwerken", ["faq_work"]),
    # every word known: as before, sure is enough
    ([("faq_driving", 0.9)], "is it ok to go by car", ["faq_driving"]),
])
def test_a_question_about_something_never_seen_gets_no_topic(ranking, text, expected):
    assert choose_topics(ranking, text, EVIDENCE_WITH_HEAT, sure=0.7, known=KNOWN) == expected


# A few rows in the shape of spaCy's lookup tables (form -> lemma), as
# bot/nlu/question_topics.lemma_tables() reads them from spacy-lookups-data.
LEMMAS_EN = {"lost": "lose", "losing": "lose", "loses": "lose", "went": "go", "slept": "sleep"}
LEMMAS_NL = {"sliep": "slapen", "sliepen": "slapen", "geslapen": "slapen", "liep": "lopen"}


def test_every_form_of_a_known_lemma_is_a_known_word():
    examples = {"faq_sleep": ["how should i sleep", "hoe moet ik slapen"], "faq_weight": ["i lost weight"]}
    known = set(learn_vocabulary(examples, (), [LEMMAS_EN, LEMMAS_NL]))
    without_tables = set(learn_vocabulary(examples))
    ranking = [("faq_sleep", 0.9)]
    for question in ("how should i have slept", "hoe moet ik geslapen hebben", "hoe sliep ik"):
        assert choose_topics(ranking, question, {}, known=without_tables) == [], question
        assert choose_topics(ranking, question, {}, known=known | stems("have hebben")) == ["faq_sleep"], question
    # a lemma no training word has stays unknown: "went" and "liep" are forms of go and lopen
    assert choose_topics(ranking, "how should i went", {}, known=known) == []
    assert choose_topics(ranking, "hoe liep ik", {}, known=known) == []


@pytest.mark.parametrize("text, expected", [
    ("hoe zorg ik dat het wegblijft", ["faq_recurrence"]),  # weg + blijft
    ("komt het terug bij het opstaan", ["faq_recurrence"]),  # op + staan
    ("hoe zorg ik dat het wegvitamineert", []),  # weg + a word never seen
])
def test_a_known_verb_behind_a_dutch_particle_is_known(text, expected):
    known = set(learn_vocabulary({"faq_recurrence": ["hoe zorg ik dat het niet terugkomt", "blijft het weg",
                                                     "komt het terug bij het staan"]},
                                 ["hoe", "ik", "dat", "het", "bij"]))
    assert choose_topics([("faq_recurrence", 0.9)], text, {}, known=known) == expected


@pytest.mark.parametrize("text, expected", [
    ("can i work, im a scaffolder", ["faq_work"]),  # one unknown word: the person's own detail
    ("do inversion tables work", []),  # two: a subject of their own, though "work" is a topic word
])
def test_two_unknown_words_are_a_subject_of_their_own(text, expected):
    assert choose_topics([("faq_work", 0.9)], text, EVIDENCE_WITH_HEAT, sure=0.7, known=KNOWN) == expected


def test_a_common_word_tells_no_topic_apart():
    examples = {"faq_painkillers": ["can i take ibuprofen", "what should i take for the pain", "ibuprofen?"],
                "faq_heat_or_cold": ["is a warm bath good", "heat or ice"]}
    assert "take" in learn_evidence(examples)["faq_painkillers"]
    evidence = learn_evidence(examples, common_words=["take", "can", "i", "a"])
    assert "take" not in evidence["faq_painkillers"]
    # "can I take a bath?", the classifier unsure: a stop word is not the topic's word
    assert choose_topics([("faq_painkillers", 0.38)], "can i take a bath?", evidence) == []
    assert choose_topics([("faq_painkillers", 0.38)], "can i take ibuprofen?", evidence) == ["faq_painkillers"]


@pytest.mark.parametrize("text, expected", [
    # another body part, an animal, another illness, without the low back: no topic's answer fits
    ("which painkillers are safe for my dog", True),
    ("welke pijnstillers mag mijn hond", True),
    ("my neck is stiff after sleeping, is that normal?", True),
    ("wordt een schouderoperatie terugbetaald door de mutualiteit", True),  # a compound counts
    ("how long does the flu last", True),
    ("hoe lang duurt een verkoudheid", True),
    # the back named too: a question about the complaint
    ("can i walk my dog with my back like this", False),
    ("mag ik met mijn rugpijn de hond uitlaten", False),
    # words that look like another subject and are not
    ("do i need a cat scan", False),
    ("should i use a cold pack", False),
    ("moet ik een kussen tussen mijn knieën leggen", False),  # where ischias goes
    ("mag ik lange afstanden rijden", False),  # "tand" inside a word is no tooth
    ("is het verstandig om te blijven werken", False),
    # the practice's building and admin, another therapist's trade: no answer covers them
    ("is there a car park at the practice", True),
    ("can i reschedule my physio appointment to next week", False),  # moving it is the appointment's (session 35M)
    ("does my insurance cover acupuncture for my back", True),
    ("is er een parkeerplaats aan de praktijk", True),
    ("mag ik mijn afspraak afzeggen als ik ziek ben", True),
    ("vergoedt de mutualiteit een chiropractor voor mijn rug", True),
    # ... or set against the physio: which to choose is for the practice to talk through (session 17's
    # product decision; outside writers labelled such comparisons as fitting no topic)
    ("physio or chiropractor, which is better for my back", True),
    ("wat doet een kine anders dan een osteopaat", True),
    ("is een osteopaat beter dan een kiné voor mijn rug?", True),
    ("un ostéo c'est mieux qu'un kiné pour le dos?", True),
    # ... but the physio named beside the other trade, nothing compared: a question about the physio
    ("my osteopath sent me to physio, do i need a prescription", False),
    ("mijn osteopaat stuurde me naar de kine, heb ik een voorschrift nodig", False),
    ("mon ostéo m'a envoyé chez le kiné, faut une prescription?", False),
])
def test_a_question_about_another_subject_than_the_back(text, expected):
    assert about_something_else(text) is expected
    if expected:
        assert choose_topics([("faq_painkillers", 0.99)], text, {"faq_painkillers": ["pain"]}) == []


TOPIC_EXAMPLES = {
    "faq_appointment_time": ["can i come on thursday", "do you have a slot tomorrow", "kan ik morgen langskomen",
                             "is er donderdag plaats", "can i come in the afternoon"],
    "faq_driving": ["can i drive", "is driving ok", "can i drive my car", "mag ik autorijden", "mag ik met de auto rijden"],
    "faq_work": ["can i go to work", "should i stay home from work", "mag ik gaan werken", "can i go back to my job",
                 "ik ben bouwvakker, mag ik werken", "can i work tomorrow"],
}
TOPIC_WORDS = {key: set(found) for key, found in learn_topic_words(
    TOPIC_EXAMPLES, ["can", "i", "you", "do", "a", "the", "on", "is", "my", "me", "to", "from", "after", "should", "go",
                     "kan", "ik", "mag", "met", "de", "er", "ben", "have", "in", "at", "it"], shared_by=3).items()}
TOPIC_EVIDENCE = learn_evidence(TOPIC_EXAMPLES)


def test_general_words_are_the_common_ones_and_those_of_many_topics():
    assert "can" in TOPIC_WORDS[GENERAL] and "can" not in TOPIC_WORDS["faq_driving"]
    assert "driv" in TOPIC_WORDS["faq_driving"] and "driv" not in TOPIC_WORDS["faq_work"]


@pytest.mark.parametrize("ranking, text, expected", [
    # two words no example of the topic has: it shares a word with the topic, asks something else
    ([("faq_appointment_time", 0.95)], "can you fix my laptop after the appointment", []),
    ([("faq_work", 0.95)], "can i get a sick note for my kids school", []),
    # one is the person's own detail
    ([("faq_driving", 0.95)], "can i drive to the shop", ["faq_driving"]),
    ([("faq_work", 0.95)], "can i work tomorrow, im a scaffolder", ["faq_work"]),
    # only the part that asks counts: the story before it has words of its own
    ([("faq_work", 0.95)], "hurt it lifting boxes at the warehouse yesterday, can i go to work tomorrow?", ["faq_work"]),
    # two topics asked: the words of both are the topics' own
    ([("faq_driving", 0.9), ("faq_work", 0.05)], "can i drive, and can i go to work tomorrow", ["faq_driving", "faq_work"]),
])
def test_two_words_no_example_of_the_topic_has_are_a_subject_of_their_own(ranking, text, expected):
    assert choose_topics(ranking, text, TOPIC_EVIDENCE, topic_words=TOPIC_WORDS) == expected
    assert choose_topics(ranking, text, TOPIC_EVIDENCE) == (expected or [ranking[0][0]])  # the check off: as before


@pytest.mark.parametrize("confidence, text, expected", [
    # the classifier very sure AND the topic's words: two words of the person's context pass
    (0.99, "can i drive to the coast on holiday", ["faq_driving"]),
    (0.99, "can i work, im a scaffolder and a roofer", ["faq_work"]),
    # less sure: two such words are still a subject of their own
    (0.9, "can i drive to the coast on holiday", []),
    # the name of a day is no such word, it says when (session 18)
    (0.9, "can i drive to the coast on sunday", ["faq_driving"]),
    (0.9, "mag ik zondag met de auto rijden kust", ["faq_driving"]),
    (0.9, "can i work, im a scaffolder and a roofer", []),
    # very sure without the topic's words: nothing changes
    (0.99, "can you fetch me home after the visit", []),
    # three words the topic never had pass when very sure (session 24, measured on faq_dev); four are a subject of
    # their own however sure
    (0.99, "can i drive a forklift truck at the warehouse", ["faq_driving"]),
    (0.99, "can i drive a forklift truck or crane at the warehouse", []),
    # the same in Dutch: two words of the person's own pass only when very sure
    (0.99, "mag ik op vakantie met de auto rijden kust", ["faq_driving"]),
    (0.9, "mag ik op vakantie met de auto rijden kust", []),
])
def test_a_very_sure_topic_with_its_words_allows_more_of_the_persons_context(confidence, text, expected):
    known = set(learn_vocabulary(TOPIC_EXAMPLES, ["can", "i", "im", "and", "a", "to", "the", "on", "you", "me", "at",
                                                  "after", "home", "drive"]))
    top = "faq_work" if "work" in text else "faq_driving"  # "rijden" is driving
    ranking = [(top, confidence)]
    # "coast", "holiday", ... known words the topic's examples never have; "scaffolder", "roofer" unknown
    assert choose_topics(ranking, text, TOPIC_EVIDENCE, known=known | stems("coast sunday holiday fetch visit kust op zondag vakantie"),
                         topic_words=TOPIC_WORDS) == expected


@pytest.mark.parametrize("ranking, text, expected", [
    # sure of a topic the checks refused for its words: that topic's question is offered
    ([("faq_sport", 0.81), ("faq_work", 0.1)], "can i go kayaking this weekend?", "faq_sport"),
    ([("faq_sport", 0.89)], "mag ik gaan zeilen dit weekend?", "faq_sport"),
    ([("greet", 0.6), ("faq_driving", 0.3)], "can i drive a tractor?", None),  # its best topic is not sure
    ([("faq_driving", 0.69)], "can i drive a tractor?", None),  # below sure
    ([("faq_painkillers", 0.99)], "which painkillers are safe for my dog", None),  # another subject
    ([("faq_painkillers", 0.99)], "welke pijnstillers mag mijn hond", None),
    ([], "anything", None),
])
def test_an_unsure_question_is_guessed_only_when_the_classifier_was_sure(ranking, text, expected):
    assert guess_topic(ranking, text) == expected


def test_the_guess_is_read_back_from_the_parse():
    parse = {"entities": [{"entity": "question_topic_guess", "value": "faq_sport"}]}
    assert guess_in(parse) == "faq_sport"
    assert guess_in({"entities": [{"entity": "question_topic", "value": "faq_sport"}]}) is None
    assert guess_in({"entities": [{"entity": "question_topic_guess", "value": "greet"}]}) is None
    assert guess_in(None) is None


@pytest.mark.parametrize("text, expected", [
    # without "?": SMS openers and a question about someone in a later clause
    ("r u open between christmas and new year or closed", True),
    ("wife keeps nagging me to see a doctor, its only been 5 days, is she overreacting", True),
    ("hebde zaterdag nog plaats", True),
    ("mijn man zegt da ik naar de dokter moet, is hij nu overbezorgd", True),
    # telling, not asking
    ("sinds 3 weken rugpijn, wordt elke dag erger", False),
    ("she is worried about my back", False),
    ("my back hurts, it is worse in the morning", False),
])
def test_a_question_without_a_question_mark_is_still_a_question(text, expected):
    assert is_question_shaped(text) is expected


@pytest.mark.parametrize("ranking, text, expected", [
    # a subject of its own (SUBJECT_WORDS) that no example of the topic has: one is enough
    ([("faq_work", 0.95)], "can i go to work in this rainy weather", []),
    ([("faq_driving", 0.95)], "can i drive my kids to school", []),
    ([("faq_work", 0.95)], "mag ik gaan werken als het regent", []),
    ([("faq_appointment_time", 0.95)], "kan ik morgen met de fiets langskomen", []),
    ([("faq_work", 0.95)], "je peux aller travailler a velo", []),
    ([("faq_work", 0.95)], "can i go to work with the window open", []),
    ([("faq_work", 0.95)], "mag ik gaan werken met het raam open", []),
    # a word of the person's own that is no such subject still passes
    ([("faq_work", 0.95)], "can i work tomorrow, im a scaffolder", ["faq_work"]),
    ([("faq_work", 0.95)], "mag ik gaan werken, ik ben stukadoor", ["faq_work"]),
])
def test_a_subject_of_its_own_is_never_the_persons_context(ranking, text, expected):
    examples = {**TOPIC_EXAMPLES, "faq_work": TOPIC_EXAMPLES["faq_work"] + ["je peux aller travailler"]}
    words = {key: set(found) for key, found in learn_topic_words(
        examples, ["can", "i", "im", "go", "to", "in", "this", "my", "mag", "ik", "gaan", "als", "het", "kan", "met",
                   "de", "je", "peux", "aller", "a", "ben", "tomorrow"], shared_by=3).items()}
    assert choose_topics(ranking, text, learn_evidence(examples), topic_words=words) == expected


@pytest.mark.parametrize("ranking, text, expected", [
    # a set phrase with a word of SUBJECT_WORDS names no subject: "crack on" is carry on, "like a baby" well
    ([("faq_work", 0.95)], "can i go to work or just crack on", ["faq_work"]),
    ([("faq_work", 0.95)], "mag ik gaan werken als ik slaap als een baby", ["faq_work"]),
    ([("faq_work", 0.95)], "je peux aller travailler, je dors comme un bébé", ["faq_work"]),
    # the subject itself still gets none
    ([("faq_work", 0.95)], "can i go to work after cracking my back", []),
    ([("faq_work", 0.95)], "mag ik gaan werken met mijn baby", []),
    ([("faq_work", 0.95)], "je peux aller travailler avec mon bébé", []),
])
def test_a_set_phrase_names_no_subject_of_its_own(ranking, text, expected):
    test_a_subject_of_its_own_is_never_the_persons_context(ranking, text, expected)


@pytest.mark.parametrize("text", [
    # the practice's shop, and treatments or classes no answer describes: the honest answer
    "do u sell those knee pillows for sleeping?", "verkopen jullie die kussens voor tussen de knieën?",
    "vous vendez des ceintures lombaires ?", "do you do shockwave on the lower back?",
    "hebben jullie shockwave therapie?", "doen jullie ook sportmassage?", "do u run pilates classes in the evening?",
    "vous donnez des cours de pilates le soir ?", "vous faites des ondes de choc pour le dos ?",
    "is there a toilet at the practice?", "is er een wc in de praktijk?", "il y a des toilettes au cabinet ?",
])
def test_the_practices_shop_and_other_treatments_get_no_topic(text):
    assert about_something_else(text)


@pytest.mark.parametrize("text", [
    "is pilates good for my back?", "mag ik yoga doen met rugpijn?", "le pilates c'est bon pour le dos ?",
    "what does a physio do at the first visit?", "wat doet de kine bij een eerste sessie?",
])
def test_a_sport_or_the_physio_named_is_still_a_topic(text):
    assert not about_something_else(text)


@pytest.mark.parametrize("text, word", [
    # SMS spellings and Flemish verb forms are chat, not a subject the topics never saw
    ("how often wud i need to come in, every week?", "wud"), ("cud u squeeze me in on saturday?", "cud"),
    ("kunde gij mij helpen met mijne rug?", "kunde"), ("un lumbago ça dure combien? j'en ai ras le bol", "bol"),
    # the world's Englishes, dialect and street words around a question (session 18)
    ("how many sessions will i need? kindly advise", "kindly"), ("how many sessions abeg", "abeg"),
    ("how many sessions yaar", "yaar"), ("how many sessions for this yoke", "yoke"),
    ("ballpark, how many sessions", "ballpark"), ("hoeveel sessies heb ich nodig", "ich"),
    ("hoeveel sessies veur mijn rug", "veur"), ("wesh combien de séances", "wesh"),
    # the name of a day, month or holiday: when, not what ("a paper from october", "can i come sat morning")
    ("how many sessions are left on my paper from october", "october"),
    ("hoeveel sessies nog tot kerstmis", "kerstmis"), ("combien de séances avant la toussaint", "toussaint"),
])
def test_chat_spellings_are_no_unknown_words(text, word):
    assert word in words_of(text)  # the word itself is in no example: known only as a chat word
    # sure but not very sure, no topic word: one unknown word would give none
    assert choose_topics([("faq_sessions", 0.9)], text, {}, known=stems(text) - stems(word)) == ["faq_sessions"]


@pytest.mark.parametrize("text, standard, expected", [
    # a dialect or street form is known when its standard words are (session 18): Gronings, Limburgs, Scots, SMS
    ("hoeveel sessies mot ik nog komen", "hoeveel sessies moet ik nog komen", ["faq_sessions"]),
    ("hoeveel sessies kin ich nog krijgen", "hoeveel sessies kan ik nog krijgen", ["faq_sessions"]),
    ("how many sessions dae i need tae get", "how many sessions do i need to get", ["faq_sessions"]),
    ("cmb de séances il me faut", "combien de séances il me faut", ["faq_sessions"]),
    ("how many sessions for meself", "how many sessions for myself", ["faq_sessions"]),
    # its standard words unknown: still a word never seen
    ("hoeveel sessies mot ik nog komen", "hoeveel sessies ik nog komen", []),
    ("how many sessions for meself", "how many sessions for", []),
])
def test_a_dialect_form_is_known_by_its_standard_words(text, standard, expected):
    assert choose_topics([("faq_sessions", 0.9)], text, {}, known=stems(standard)) == expected


@pytest.mark.parametrize("confidence, text, expected", [
    # very sure without the topic's own words: one unknown word is the person's ("finally")
    (0.99, "its finally easing off, how do i make sure it doesnt come back", ["faq_recurrence"]),
    (0.99, "het gaat eindelijk beter, hoe zorg ik dat het niet terugkomt", ["faq_recurrence"]),
    # less sure, or two unknown words: a subject of its own
    (0.9, "its finally easing off, how do i make sure it doesnt come back", []),
    (0.99, "its finally easing off, do inversion tables make sure it doesnt come back", []),
])
def test_a_very_sure_topic_allows_one_unknown_word_without_its_words(confidence, text, expected):
    known = stems("its easing off how do i make sure it doesnt come back het gaat beter hoe zorg ik dat niet "
                  "terugkomt tables make")
    assert choose_topics([("faq_recurrence", confidence)], text, {"faq_recurrence": ["recur"]}, known=known) == expected


# What is told around a question is the person's situation; the question's subject is in the sentence
# asked (found on a fresh set: "im a plumber n my back's in bits since monday. go in tmrw or ring in sick?"
# got no topic for the story's words, "... the painkillers are barely touching it" a second answer).
ASKED_EXAMPLES = {
    **TOPIC_EXAMPLES,
    "faq_work": [*TOPIC_EXAMPLES["faq_work"], "puis-je aller travailler", "je travaille demain, c'est ok"],
}
ASKED_WORDS = {key: set(found) for key, found in learn_topic_words(
    ASKED_EXAMPLES, ["can", "i", "you", "do", "a", "the", "on", "is", "my", "me", "to", "from", "after", "should",
                     "go", "kan", "ik", "mag", "met", "de", "er", "ben", "have", "in", "at", "it", "je", "demain"],
    shared_by=3).items()}


@pytest.mark.parametrize("text, expected", [
    ("i work on a building site, my backs in bits. can i go to work tomorrow?", ["faq_work"]),
    ("ik werk op een bouwwerf, mijn rug is kapot. mag ik morgen gaan werken?", ["faq_work"]),
    ("je travaille sur un chantier, mon dos est en vrac. je peux aller travailler demain?", ["faq_work"]),
    # the subject asked about is in the question: still none
    ("i work on a building site. can i get a sick note for my kids school?", []),
    ("ik werk op een bouwwerf. kan ik een briefje voor de school van mijn kinderen krijgen?", []),
])
def test_the_story_around_a_question_is_no_subject_of_its_own(text, expected):
    ranking = [("faq_work", 0.95)]
    assert choose_topics(ranking, text, learn_evidence(ASKED_EXAMPLES), topic_words=ASKED_WORDS) == expected


@pytest.mark.parametrize("text, expected", [
    ("can i drive? the sessions i had before helped a lot", ["faq_driving"]),
    ("mag ik autorijden? de sessies van vorig jaar hielpen goed", ["faq_driving"]),
    # a second question, even without its "?", is asked
    ("can i drive? and how many sessions will i need", ["faq_driving", "faq_sessions"]),
    ("mag ik autorijden? hoeveel sessies heb ik nodig", ["faq_driving", "faq_sessions"]),
    # one joined on with "and" goes on asking, its question word anywhere (found by the clean clone's e2e test)
    ("can i drive? and i will need how many sessions", ["faq_driving", "faq_sessions"]),
    ("mag ik autorijden? en ik ga hoeveel sessies nodig hebben", ["faq_driving", "faq_sessions"]),
])
def test_a_second_topic_only_from_a_sentence_that_asks(text, expected):
    assert choose_topics([("faq_driving", 0.95), ("faq_sessions", 0.03)], text, EVIDENCE) == expected


@pytest.mark.parametrize("text, expected", [
    # walking the dog is what the person does, not what the question is about
    ("can i keep walking the dog or should i rest", False),
    ("mag ik gewoon met de hond blijven wandelen of beter rust houden", False),
    ("je peux continuer à promener le chien ou je dois me reposer?", False),
    # in other word orders and forms (session 18: "taking the dog out", Flemish "den hond")
    ("is taking the dog out for a walk ok or should i be resting it", False),
    ("mag ik gewoon gaan wandelen met den hond of beter rusten", False),
    ("je peux faire une promenade avec le chien ou je reste couché?", False),
    # the dog itself asked about, or another body part beside the walk: still another subject
    ("is paracetamol safe for my dog", True),
    ("welke pijnstillers mag mijn hond", True),
    ("quels antidouleurs pour mon chien", True),
    ("can i walk the dog with a sore neck", True),
])
def test_another_subject_named_in_the_persons_own_activity(text, expected):
    assert about_something_else(text) is expected


@pytest.mark.parametrize("text", [
    "can i just book a relaxation massage with you?",
    "kan ik ook gewoon een ontspanningsmassage boeken bij jullie?",
    "je peux réserver un massage relaxant chez vous?",
])
def test_a_relaxation_massage_is_no_treatment_an_answer_describes(text):
    assert about_something_else(text)


@pytest.mark.parametrize("text, expected", [
    # words never seen, in what is told around the question: the question still gets its topic
    ("can i go to work tomorrow? walking crooked like an old geezer", ["faq_work"]),
    ("mag ik morgen gaan werken? loop al ne week krom gelijk nen ouwe vent", ["faq_work"]),
    ("je peux aller travailler demain? je marche tout tordu comme un vieux papy", ["faq_work"]),
    # the same words in the question itself: a subject the topics were not trained on
    ("can i go to work crooked like an old geezer?", []),
    ("mag ik krom gelijk nen ouwe vent gaan werken?", []),
])
def test_unknown_words_count_in_the_sentence_asked(text, expected):
    known = set(learn_vocabulary(ASKED_EXAMPLES, ["can", "i", "go", "to", "like", "an", "old", "walking", "mag", "ik",
                                                  "loop", "al", "ne", "week", "je", "peux", "marche", "tout",
                                                  "comme", "un", "vieux", "nen", "gelijk", "demain", "morgen"]))
    assert choose_topics([("faq_work", 0.95)], text, learn_evidence(ASKED_EXAMPLES), known=known) == expected
