"""bot/nlu/story_detector.py: a story told as a first message starts the check."""
import pytest

pytest.importorskip("rasa")

from rasa.shared.nlu.training_data.message import Message  # noqa: E402

from bot.nlu.story_detector import StoryDetector  # noqa: E402


@pytest.fixture(scope="module")
def detector():
    return StoryDetector.create({}, None, None, None)


def classified(text, intent, confidence=0.4):
    ranking = [{"name": intent, "confidence": confidence}, {"name": "greet", "confidence": 0.1}]
    return Message(data={"text": text, "intent": {"name": intent, "confidence": confidence},
                         "intent_ranking": ranking})


@pytest.mark.parametrize("text,intent", [
    ("did my back in at work yesterday lifting boxes, just my lower back, no leg pain. 29m", "out_of_scope"),
    ("sinds een week of 2 rugpijn na het verzetten van de zetel, en nu is mijne grote teen precies verdoofd",
     "faq_nonspecific"),
    ("al 2 weken pijn in mijn rug, 't is stillekesaan gekomen, van al da zitten op 't werk", "nlu_fallback"),
    # one answer is enough when the message names the back pain itself (not for a topic's intent)
    ("sinds 3 weken rugpijn, wordt elke dag erger", "nlu_fallback"),
    ("lower back pain for 3 weeks now and it isnt getting better", "out_of_scope"),
    # a request for a language is no question: the story after it starts the check in that language
    ("hallo, sorry ik spreek niet goed nederlands, je peux écrire en français? j'ai mal au dos depuis 2 semaines, "
     "c'est venu petit à petit", "nlu_fallback"),
    ("bonjour, désolé mon néerlandais est mauvais - can we speak english? hurt my back lifting 3 days ago, "
     "nothing in my legs", "out_of_scope"),
    ("hi, my dutch is bad, kan het in het nederlands? ik heb sinds 3 dagen rugpijn na het tillen", "nlu_fallback"),
])
def test_a_story_mistaken_for_something_else_starts_the_check(detector, text, intent):
    message = classified(text, intent)
    detector.process([message])
    assert message.get("intent") == {"name": "describe_pain", "confidence": 0.4}
    assert [r["name"] for r in message.get("intent_ranking")] == ["describe_pain", intent, "greet"]


@pytest.mark.parametrize("text,intent", [
    ("is it normal that the pain lasts 3 weeks after lifting?", "faq_healing_time"),  # a question stays one
    ("what is a hernia", "faq_disc_herniation"),  # no answers in it
    ("I have had back pain for 3 weeks", "describe_pain"),  # already right
    ("no", "deny"),  # too short to be a story
    ("how long does back pain last after 3 weeks", "faq_healing_time"),  # shaped as a question
    ("mag ik sporten met rugpijn sinds 2 weken", "faq_sport"),
    # a question after the request stays a question
    ("can we speak english? how long does back pain last after 3 weeks?", "faq_healing_time"),
])
def test_other_messages_are_left_alone(detector, text, intent):
    message = classified(text, intent)
    detector.process([message])
    assert message.get("intent")["name"] == intent
