"""bot.faq: which topics a question gets answers for (at most two), or none."""
import pytest

from bot.faq import choose_topics, learn_evidence, stems

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


def test_never_more_than_two_topics():
    text = "can i drive, how many sessions, and is it serious?"
    assert len(choose_topics([("faq_driving", 0.95)], text, EVIDENCE)) == 2


def test_two_answers_in_the_order_they_were_asked():
    text = "hoeveel sessies heb ik nodig, en mag ik autorijden?"
    assert choose_topics([("faq_driving", 0.8), ("faq_sessions", 0.2)], text, EVIDENCE) == ["faq_sessions", "faq_driving"]
