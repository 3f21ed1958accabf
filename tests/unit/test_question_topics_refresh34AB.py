"""Session 34, round AB (the lead, issue 16): a booking question asked after a story, its learned words gone from the model.

The model retrained after rounds 34V/34X learned "rendez-vous"/"rdv" as words of several topics (the sessions counted,
the appointment time), so they no longer told booking apart: "mal au bas du dos depuis 3 semaines ... l'ostéo a dit une
hernie. comment je peux prendre un rdv chez vous ?" got no topic (the e2e test of the story with a question failed).
Changed: how to book asked (new BOOKING_ASKED tables, en/nl/fr) puts booking first (faq._ASKED_FIRST); the words of the
phrase that put a topic first count as that topic's own in choose_topics too (as in _with_second_topic, round 33N); the
sentences asked inside a story are looked at for the topics a phrase puts first (faq.topics_put_first).
Like test_question_topics_refresh34X.py, the gate is called without a model: EVIDENCE stands for what training learns
(booking's words here without "rdv", "book", "afspraak"), a ranking for the classifier's.
"""
from bot.reading.faq import choose_topics, stems, topics_put_first
from tests.support.reading_round import reading_round

EVIDENCE = {
    "faq_booking": stems("online website telefoon bellen reserver ligne internet"),
    "faq_sessions": stems("rendez-vous rdv afspraken appointments sessions seances combien hoeveel many"),
    "faq_disc_herniation": stems("hernia hernie disc discus"),
}


def booking_unsure(text):
    """The classifier unsure between a disc (named in the story) and booking, as the retrained model was."""
    return choose_topics([("faq_disc_herniation", 0.35), ("faq_booking", 0.32)], text, EVIDENCE)[:1]


def booking_only(text):
    return choose_topics([("faq_booking", 0.32)], text, EVIDENCE)[:1]


B = ["faq_booking"]

CHANGED = [
    ("how can i book in with you?", B),
    ("how do i make an appointment with you?", B),
    ("how can we get an appointment?", B),
    ("where do i book?", B),
    ("hoe kan ik een afspraak maken?", B),
    ("hoe moet ik bij jullie een afspraak vastleggen?", B),
    ("hoe kan ik boeken?", B),
    ("comment je peux prendre un rdv chez vous ?", B),
    ("comment puis-je prendre rendez-vous ?", B),
    ("comment faire pour avoir un rendez-vous ?", B),
]

KEPT = [
    # the sessions counted stay the sessions' (SESSION_COUNT_ASKED, round 34X), not the booking
    ("how many appointments will i need?", ["faq_sessions"]),
    ("combien de rendez-vous faut-il prévoir ?", ["faq_sessions"]),
    ("hoeveel afspraken heb ik nodig?", ["faq_sessions"]),
    ("can i book online?", B),
    ("comment on réserve une séance ?", B),
]

test_changed, test_kept = reading_round(booking_only, CHANGED, KEPT)


def test_a_booking_asked_after_a_disc_named_is_the_booking():
    assert booking_unsure("comment je peux prendre un rdv chez vous ?") == B
    assert booking_unsure("hoe kan ik een afspraak maken?") == B


def test_the_phrase_puts_booking_first_in_every_language():
    for text in ("how can i book in with you?", "hoe kan ik een afspraak maken?", "comment je peux prendre un rdv ?"):
        assert "faq_booking" in topics_put_first(text), text
    assert "faq_booking" not in topics_put_first("how many appointments will i need?")
