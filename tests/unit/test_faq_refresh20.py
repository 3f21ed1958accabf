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
]

NOT_PARKING = [
    "can i walk in the park or should i rest",
    "is a walk round the park ok with my back",
    "mag ik een toertje in het park wandelen",
    "je peux me promener au parc ?",
    "where are you, whats the address",
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


@pytest.mark.parametrize("text", CANNABIS)
def test_cannabis_products_get_no_topic(text):
    assert about_something_else(text)
