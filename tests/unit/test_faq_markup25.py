"""Session 25: '<script>alert("hi")</script><b>bold</b>' got the prescription answer: "script" (British for a
prescription) is that topic's word, and the tag's name was read as the question's. Tags are no words of a question
(the bad-input e2e test, tests/e2e/test_bad_input.py, wants "I didn't quite get that")."""
from bot.reading.faq import choose_topics
from bot.reading.text import without_markup

EVIDENCE = {"faq_prescription": {"scrip", "presc"}}
RANKING = [("faq_prescription", 0.97)]
KNOWN = {"do", "i", "need", "a", "scrip", "from", "my", "gp"}


def test_a_tag_name_is_no_topic_word():
    assert choose_topics(RANKING, '<script>alert("hi")</script><b>bold</b>', EVIDENCE, known=KNOWN) == []


def test_the_words_between_tags_still_ask():
    assert choose_topics(RANKING, "<b>do i need a script from my gp?</b>", EVIDENCE, known=KNOWN) == ["faq_prescription"]
    assert choose_topics(RANKING, "do i need a script from my gp?", EVIDENCE, known=KNOWN) == ["faq_prescription"]


def test_without_markup_keeps_text_without_tags():
    assert without_markup("back pain < 3 weeks") == "back pain < 3 weeks"
    assert without_markup("<i>ouch</i>") == " ouch "
