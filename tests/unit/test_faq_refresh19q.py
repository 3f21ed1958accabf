"""Session 19 (questions): what the person sees for a question opened with a greeting or a polite formula, a
question in dialect or chat, a false friend of a topic's word, and a question read as the pain told."""
import pytest

from bot.reading.faq import choose_topics, is_question_shaped, stems


@pytest.mark.parametrize("text", [
    # a greeting or an interjection first, the question after it, no "?"
    "Good evening. Kindly advise if I can resume duty at the warehouse on Monday",
    "hello sir. kindly let me know if i can go back to the office monday",
    "hey i was wondering if i can still go to the gym with this back",
    "good afternoon, quick q, heat or ice for a sore back",
    "yo hoe boek ik ff een afspraak, zie nergens een knop",
    "hoi hoe maak ik een afspraak bij jullie",
    "goedenavond. ik vroeg me af of ik maandag weer aan het werk kan",
    "dag dokter, graag weten of ik mag werken met mijn rug",
    "bonsoir. pourriez-vous me dire si je peux reprendre le boulot lundi",
    "coucou, petite question, je peux aller au sport avec un lumbago",
    "salut, je voudrais savoir si je peux conduire avec mon mal de dos",
    # a polite formula after the story
    "the back is still paining me small when i bend, kindly advise",
    "zit de hele dag achter de pc, graag weten of dat kwaad kan",
    "j'ai 3h de route demain, tu crois que mon dos va tenir",
    # a question told as a choice
    "got a long drive saturday, reckon my back will cope or am i kidding myself",
    "ik ren 3x per week en wil gwn doorlopen of moet ik ff stoppen",
    "je cours le dimanche au bord du canal, je continue ou c'est pas malin",
    # its first word in dialect: "mot ich" asks as "moet ik", "dae ye" as "do you"
    "mot ich ierst nao d'n dokter veur e briefke",
    "dae ye think a can drive hame wi this back",
])
def test_a_question_after_a_greeting_or_a_polite_formula_is_a_question(text):
    assert is_question_shaped(text)


@pytest.mark.parametrize("text", [
    # a greeting before a statement: still told, not asked
    "hi, my back hurts since monday",
    "good morning, pain is a bit better today",
    "morning is when its worst",
    "right is worse than left",
    "hoi, mijn rug doet pijn sinds maandag",
    "dag 3 en nog altijd pijn",
    "nou is het weer raak",
    "bonjour, j'ai mal au dos depuis lundi",
    "salut, je me suis bloqué le dos hier",
    "j'ai mal quand je marche ou je cours",
    "ik weet niet of het erger wordt",
])
def test_a_greeting_before_a_statement_keeps_it_a_statement(text):
    assert not is_question_shaped(text)


@pytest.mark.parametrize("text, standard", [
    # whole spelling families of dialect and chat read as their standard words (not one word of a table)
    ("kin ich nog sporte mit mien rogk", "kan ik nog sporten met mijn rug"),
    ("mag ik nog fietse of is da te zwoar", "mag ik nog fietsen of is dat te zwaar"),
    ("can a keep liftin at the gym or should a stop", "can a keep lifting at the gym or should a stop"),
    ("am i ok tae keep bendin doon at work", "am i ok to keep bending down at work"),
    ("jreprends le sport avec mon dos quand", "je reprends le sport avec mon dos quand"),
    ("jmarche avec mon dos bloqué, jcontinue le sport", "je marche avec mon dos bloqué, je continue le sport"),
])
def test_a_dialect_spelling_family_is_known_by_its_standard_words(text, standard):
    # sure, not very sure, none of the topic's words: two words never seen would give none
    assert choose_topics([("faq_sport", 0.9)], text, {}, known=stems(standard)) == ["faq_sport"]


@pytest.mark.parametrize("text, standard", [
    # forms the tables knew already (kept)
    ("mot ik in bed ligge of blieve bewege", "moet ik in bed liggen of blijven bewegen"),
    ("jpeux aller au sport avec mon dos", "je peux aller au sport avec mon dos"),
])
def test_a_dialect_form_of_the_tables_stays_known(text, standard):
    assert choose_topics([("faq_sport", 0.9)], text, {}, known=stems(standard)) == ["faq_sport"]


@pytest.mark.parametrize("text, known", [
    # words no spelling family makes known: still words never seen (a subject of their own)
    ("kin ich mien fietske bie ulle kwiet", "kan ik mijn bij jullie"),
    ("can a bring ma wee dug tae the clinic", "can a bring to the clinic"),
    ("je peux venir avec mon chiot et mon furet", "je peux venir avec mon et"),
])
def test_words_no_spelling_family_knows_stay_unknown(text, known):
    assert choose_topics([("faq_sport", 0.9)], text, {}, known=stems(known)) == []


@pytest.mark.parametrize("ranking, text", [
    # the topic's word only in its dialect form: "sporte" is "sporten", "runnin" is "running"
    ([("faq_sport", 0.5)], "kin ich nog sporte mit mien rogk"),
    ([("faq_sport", 0.5)], "am i ok tae keep runnin wi this back"),
    ([("faq_sport", 0.5)], "jcours avec mon dos, ça va"),
])
def test_a_topic_word_in_its_dialect_form_is_the_topics_word(ranking, text):
    evidence = {"faq_sport": ["sport", "runn", "cour"]}
    known = stems("kan ik nog sporten met mijn rug am i ok to keep running this back je cours avec mon dos ça va")
    assert choose_topics(ranking, text, evidence, known=known) == ["faq_sport"]


# pregnancy's learned words as the model has them: a few of its examples' words are any pain's ("ache",
# "killing me", "'k ben") or share their crude stem with an everyday word (French "grosse" and "grossesse", "sage"
# and "sage-femme")
EVIDENCE = {
    "faq_pregnancy": ["pregn", "zwang", "encei", "gross", "ache", "kill", "kben", "sage", "vois", "bump"],
    "faq_painkillers": ["ibupr", "parac", "pijns", "dafal", "medic"],
    "faq_when_doctor": ["doc", "huisa", "medec"],
}


@pytest.mark.parametrize("text", [
    "grosse crise de lumbago, je peux prendre de l'ibuprofène ?",
    "je peux prendre de l'ibuprofène pour le dos, tu vois",
    "je prends de l'ibuprofène pour le dos, tu vois ? ou c'est pas sage",
    "big ache in my back, can i take ibuprofen?",
    "its killing me, can i take ibuprofen for my back?",
    "kben al 3 weken ziek, mag ik ibuprofen nemen?",
])
def test_a_false_friend_of_pregnancys_words_adds_no_pregnancy_answer(text):
    assert choose_topics([("faq_painkillers", 0.95), ("faq_pregnancy", 0.05)], text, EVIDENCE) == ["faq_painkillers"]


@pytest.mark.parametrize("ranking, text", [
    # sure of pregnancy without a word of it, painkillers with its word given a real chance: painkillers
    ([("faq_pregnancy", 0.7), ("faq_painkillers", 0.3)], "l'ibuprofène ça sert vraiment a qqch pr le bas du dos?"),
    ([("faq_pregnancy", 0.7), ("faq_painkillers", 0.3)], "je peux prendre de l'ibuprofène avec mon dos ? grosse douleur"),
    ([("faq_pregnancy", 0.7), ("faq_painkillers", 0.3)], "does ibuprofen actually do anything for a back?"),
    ([("faq_pregnancy", 0.7), ("faq_painkillers", 0.3)], "helpt ibuprofen echt iets voor de rug?"),
])
def test_a_sure_topic_without_its_words_gives_way_to_one_with_them(ranking, text):
    assert choose_topics(ranking, text, EVIDENCE) == ["faq_painkillers"]


@pytest.mark.parametrize("ranking, text, expected", [
    # pregnancy named: pregnancy first, painkillers asked too
    ([("faq_pregnancy", 0.92), ("faq_painkillers", 0.08)], "je suis enceinte, je peux prendre de l'ibuprofène ?",
     ["faq_pregnancy", "faq_painkillers"]),
    ([("faq_pregnancy", 1.0), ("faq_when_doctor", 0.0)], "la sage-femme dit que c'est normal, je peux prendre quoi ?",
     ["faq_pregnancy"]),
    ([("faq_painkillers", 0.97), ("faq_pregnancy", 0.03)], "im pregnant, can i take ibuprofen?",
     ["faq_pregnancy", "faq_painkillers"]),
    # a runner-up the classifier hardly gives a chance, or a first it was unsure of: as before
    ([("faq_pregnancy", 0.95), ("faq_painkillers", 0.05)], "does ibuprofen actually do anything for a back?",
     ["faq_pregnancy"]),
    # a runner-up under RUNNER_UP (0.3) keeps the first: in the held-out set, "hoe vaak moet ik langskomen" (sessions
    # 0.70, booking 0.26) and "wat gebeurt er bij de eerste afspraak bij de kine" (physio 0.72, booking 0.19) went to
    # booking at 0.1, and nl intent macro-F1 fell 0.969 -> 0.964
    ([("faq_sessions", 0.7), ("faq_booking", 0.26)], "hoe vaak moet ik langskomen", ["faq_sessions"]),
    ([("faq_when_doctor", 0.6), ("faq_painkillers", 0.3)], "is it worth going or will they just say paracetamol", []),
])
def test_a_topic_named_or_a_weak_runner_up_keeps_the_answer(ranking, text, expected):
    assert choose_topics(ranking, text, EVIDENCE) == expected


rasa = pytest.importorskip("rasa")

from tests.support.question_topics import classified, trained_question_topics  # noqa: E402
from tests.support.question_topics import read as read_message  # noqa: E402

EXAMPLES = {
    "faq_serious": ["is it serious", "is het ernstig", "c'est grave", "is this something serious", "est-ce grave"],
    "faq_work": ["can i go to work", "mag ik werken", "je peux travailler", "can i work", "kan ik gaan werken"],
    "faq_booking": ["how do i book", "hoe boek ik een afspraak", "comment prendre rendez-vous", "can i book"],
    "describe_pain": ["my back hurts", "ik heb rugpijn", "j'ai mal au dos", "pain in my lower back"],
}


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    return trained_question_topics(tmp_path_factory.mktemp("model"), EXAMPLES)


def read(trained, text, *ranking):
    intent, topics = read_message(trained, classified(text, *ranking[0], *ranking[1:]))
    return intent


@pytest.mark.parametrize("text", [
    # a question with its "?" that tells nothing the check reads: a question (answered, or honestly not), never
    # "sorry, I didn't understand" mid-check
    "le mal de dos c'est un cancer ??",
    "is my back pain cancer ??",
    "die rugpijn, is dat kanker ??",
])
def test_a_question_read_as_the_pain_told_that_tells_nothing_is_a_question(trained, text):
    assert read(trained, text, ("describe_pain", 0.36), ("start_check", 0.16), ("faq_serious", 0.13)) == "ask_question"


@pytest.mark.parametrize("text", [
    # the pain told with a question after it: the story is read (how long, how it started)
    "my back hurts since monday, what should i do?",
    "mal au dos depuis 3 jours, c'est grave ?",
    "rugpijn sinds maandag, is dat erg?",
    "lower back?",  # an answer with a "?", too short for a question
    # a language asked for after a greeting, then the pain told: the introduction in that language (e2e
    # test_bad_input), not "I can't answer that here"
    "bjr vous parlez francais? jai mal au dos",
    "hoi, spreekt u nederlands? ik heb rugpijn",
    "hi do you speak english? my back hurts",
])
def test_the_pain_told_with_a_question_stays_the_pain_told(trained, text):
    assert read(trained, text, ("describe_pain", 0.6), ("faq_serious", 0.2)) == "describe_pain"


@pytest.mark.parametrize("text, topic", [
    # unsure, none of the topic's words: asked after a greeting, so the honest answer, not "didn't understand"
    ("Good evening. Kindly advise if I can resume duty on Monday", "faq_work"),
    ("yo hoe zit da hier, zie nergens een knop", "faq_booking"),
    ("bonsoir, pourriez-vous me dire si je peux reprendre lundi", "faq_work"),
])
def test_an_unplaced_question_after_a_greeting_gets_the_honest_answer(trained, text, topic):
    assert read(trained, text, (topic, 0.5), ("describe_pain", 0.1)) == "ask_question"


@pytest.mark.parametrize("text, topic", [
    ("hi, nothing much, just testing", "faq_work"),
    ("hoi, gewoon even testen", "faq_booking"),
])
def test_a_greeting_before_no_question_is_still_not_understood(trained, text, topic):
    assert read(trained, text, (topic, 0.5), ("describe_pain", 0.1)) == "nlu_fallback"
