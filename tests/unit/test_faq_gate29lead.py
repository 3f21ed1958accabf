"""Session 29, lead (issue 16): painkillers for a hangover and a product's brand are no answer's subject.

Fresh set 33 gave two no-topic questions another topic's text: painkillers asked for a hangover got the painkillers
answer (nl), a lumbar cushion's brand for the car got the driving answer (fr). The packs' UNCOVERED_SUBJECTS now name a
hangover (hangover, kater, gueule de bois) and a brand asked (which brand, welk merk, quelle marque): the honest "I can't
answer that here" with the practice's phone. Our own phrasings; the back's painkillers and driving keep their topics."""
import pytest

from bot.reading.faq import about_something_else

CHANGED = [
    "ibuprofen or paracetamol for a hangover, what works best?",
    "which brand of lumbar support cushion is best for the car?",
    "is there a particular brand of mattress you recommend?",
    "wat neem ik best tegen een kater, ibuprofen of paracetamol?",
    "helpt een dafalgan tegen een kater na het feest?",
    "welk merk rugkussen raden jullie aan voor in de auto?",
    "is er een goed merk matras dat jullie aanraden?",
    "je prends quoi contre une gueule de bois, doliprane ou ibuprofène ?",
    "quelle marque de coussin lombaire pour la voiture vous conseillez ?",
    "vous avez une marque précise de matelas à conseiller ?",
]
KEPT = [
    "which painkiller is best for my lower back pain?",
    "can i drive to work with my back like this?",
    "mag ik ibuprofen nemen tegen de rugpijn?",
    "welke pijnstiller is best voor mijn rug?",
    "est-ce que je peux conduire avec mon mal de dos ?",
    "quel antidouleur prendre pour le bas du dos ?",
]


@pytest.mark.parametrize("text", CHANGED)
def test_another_subject(text):
    assert about_something_else(text)


@pytest.mark.parametrize("text", KEPT)
def test_the_backs_topics_stay(text):
    assert not about_something_else(text)
