"""Session 19, lead: a question whether the practice offers another trade ("do you guys do sports massage or is it
only physio?", "doen jullie ook dry needling? ... bij ne andere kiné", "vous faites du dry needling?") is about that
trade even when the physio is named, and "do youse sell them pillows" asks the practice's shop: no topic's answer
covers either (the honest can't-answer text). A question about the physio itself keeps its topic."""
import pytest

from bot.reading.faq import about_something_else

CHANGED = [
    # home visits: no answer speaks of them, so the honest can't-answer text (session 32AU; kept here until then)
    "do you do home visits for physio?",
    "doen jullie ook kine aan huis?",
    "do you guys do sports massage or is it only physio?",
    "do youse do dry needling? physio back in melbourne did it and it helped heaps",
    "do you do osteopathy as well or only normal kiné",
    "do youse sell them pillows for between your knees?",
    "doen jullie ook dry needling? heb da al eens gehad bij ne andere kiné en da hielp goe",
    "hebben jullie ook gewoon ontspannende massage? zonder voorschrift en zo",
    "vous faites aussi du dry needling? un autre kiné m'en a fait",
    "vous proposez de l'ostéopathie ou seulement de la kiné ?",
    # a ride home asked of the practice (e2e test_faq_topics: data round 9 took it for an appointment time)
    "can you drive me home after the appointment",
    "kunnen jullie mij naar huis brengen na de afspraak",
    "vous pouvez me ramener chez moi après le rdv",
]

KEPT = [
    "my osteopath sent me to physio, do i need a prescription",
    "do you offer physio on saturdays?",
    "what do you guys actually do for back pain? is it massage or exercises or what",
    "hebben jullie plaats deze week?",
    "vous faites des séances de kiné le samedi ?",
    "how many physio sessions will i need",
    "can i drive home after the appointment",
    "mag ik zelf naar huis rijden na de behandeling",
    "je peux conduire pour rentrer après la séance ?",
]


@pytest.mark.parametrize("text", CHANGED)
def test_another_trade_or_the_shop_asked_for_gets_no_topic(text):
    assert about_something_else(text)


@pytest.mark.parametrize("text", KEPT)
def test_a_question_about_the_physio_keeps_its_topic(text):
    assert not about_something_else(text)
