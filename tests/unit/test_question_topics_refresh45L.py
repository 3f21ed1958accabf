"""Session 45, the lead (issue 16): the tummy muscles parted after a birth (diastasis) asked as "is that something you
treat?" got the pregnancy answer on the model retrained for round Q5 (fresh set 53: "my sister had her baby 3 months ago and
still has a gap in her tummy muscles"). Another complaint: no topic. Changed: the packs' OTHER_SUBJECTS (diastasis, a gap
in or between the tummy muscles, "buikspieren uit elkaar", "écart des abdos"). Kept: back pain after the birth or in
pregnancy asked (the back named keeps pregnancy). The gate is called without a model: the ranking stands for the
classifier's, the evidence for what training learns (as in round Q5's file).
"""

from bot.reading.faq import choose_topics, stems
from tests.support.reading_round import reading_round

EVIDENCE = {"faq_pregnancy": stems("pregnant pregnancy baby birth zwanger zwangerschap bevalling enceinte grossesse accouchement")}


def pregnancy_first(text):
    return choose_topics([("faq_pregnancy", 0.95)], text, EVIDENCE)


CHANGED = [
    ("my wife had our baby 4 months ago and still has a gap in her tummy muscles, is that something you treat?", []),
    ("since the birth my stomach muscles have come apart, diastasis they called it, do you do that?", []),
    ("can you help with diastasis after pregnancy?", []),
    ("sinds de bevalling staan mijn buikspieren uit elkaar, doen jullie daar iets aan?", []),
    ("mijn schoonzus heeft een diastase na haar zwangerschap, behandelen jullie dat?", []),
    ("na de geboorte van ons kindje is er een spleet tussen haar buikspieren, kunnen jullie helpen?", []),
    ("depuis l'accouchement j'ai un écart des abdos, vous traitez ça ?", []),
    ("ma sœur a une diastase après sa grossesse, un kiné peut aider ?", []),
    ("mes abdos sont encore écartés depuis la naissance du bébé, c'est pour vous ?", []),
]
KEPT = [
    ("i had my baby 3 months ago and my lower back still hurts, can you help?", ["faq_pregnancy"]),
    ("is it safe to do physio for back pain when pregnant?", ["faq_pregnancy"]),
    ("sinds de bevalling heb ik last van mijn onderrug, kunnen jullie helpen?", ["faq_pregnancy"]),
    ("ik ben zwanger en heb rugpijn, mag ik bij jullie komen?", ["faq_pregnancy"]),
    ("j'ai mal au bas du dos depuis l'accouchement, vous pouvez m'aider ?", ["faq_pregnancy"]),
    ("je suis enceinte et j'ai mal au dos, je peux venir ?", ["faq_pregnancy"]),
]

test_changed, test_kept = reading_round(pregnancy_first, CHANGED, KEPT)
