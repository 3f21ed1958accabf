"""Session 39, the lead (issue 16): a practice matter (PRACTICE_MATTERS) anywhere in a message made the whole message
"something else", so a second question that a topic answers got nothing: "Wat gebeurt er bij die eerste behandeling?
Moet ik me uitkleden?" (fresh FAQ set 47, after round 39P made undressing a practice matter). Changed: bot/reading/faq.py
_practice_matter_asked: with two or more questions ("?"), the message is another subject only when each question names
a practice matter. Kept: one question about a practice matter, two of them, a story told around one question.
Like the other topic rounds the gate is called without a model: EVIDENCE stands for what training learns."""
from bot.reading.faq import choose_topics, stems
from tests.support.reading_round import reading_round

EVIDENCE = {
    "faq_physio_role": stems("physio kine kinesist fysio physiotherapist session treatment happen happens first visit "
                             "behandeling sessie gebeurt eerste afspraak seance traitement premiere passe exercises "
                             "oefeningen exercices"),
    "faq_sessions": stems("how many sessions weeks hoeveel sessies beurten combien seances"),
}
ROLE = ["faq_physio_role"]


def topics(text):
    return choose_topics([("faq_physio_role", 0.9), ("faq_sessions", 0.05)], text, EVIDENCE)


CHANGED = [
    ("what happens at the first treatment? do i have to undress?", ROLE),
    ("what happens in a physio session? should i bring a towel?", ROLE),
    ("what does the physio do at the first visit? is there bike parking?", ROLE),
    ("wat gebeurt er bij de eerste behandeling? moet ik me uitkleden?", ROLE),
    ("wat doet de kine tijdens een sessie? moet ik een handdoek meebrengen?", ROLE),
    ("wat gebeurt er bij de eerste afspraak? is er een fietsenstalling?", ROLE),
    ("que se passe-t-il à la première séance ? faut-il se déshabiller ?", ROLE),
    ("que fait le kiné pendant le traitement ? je dois apporter une serviette ?", ROLE),
    ("comment se passe la première séance de kiné ? il y a un parking vélo ?", ROLE),
]
KEPT = [
    ("do i have to undress for the treatment?", []),
    ("should i bring a towel? and do i have to undress?", []),
    ("my back hurts since monday. should i bring a towel to the physio?", []),
    ("moet ik me uitkleden bij de behandeling van de kine?", []),
    ("moet ik een handdoek meebrengen? en moet ik me uitkleden?", []),
    ("faut-il se déshabiller pour le traitement ?", []),
    ("je dois apporter une serviette ? et me déshabiller ?", []),
    ("what happens at the first treatment?", ROLE),
]

test_changed, test_kept = reading_round(topics, CHANGED, KEPT)
