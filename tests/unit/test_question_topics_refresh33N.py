"""Session 33N (issue 16): the words of the phrase that put a topic first are that topic's own.

Round 33I made "j'peux-tu chauffer mon truck" ask driving first (DRIVING_ASKED), but the person still got the heat or
cold answer as a second topic: "chauffer" (to drive in Quebec, to heat in France) is a heat word, and the question's part
had none of driving's words. Now the stems of the first topic's asked phrase count as its words when a second topic is
looked for (faq._with_second_topic). Two questions asked each get their answer as before.
Like the other topic rounds the gate is called without a model: EVIDENCE stands for what training learns, a ranking for
the classifier's."""
from bot.reading.faq import choose_topics, stems
from tests.support.reading_round import reading_round

EVIDENCE = {
    "faq_driving": stems("drive driving car rijden auto autorijden conduire voiture camion vrachtwagen"),
    "faq_heat_or_cold": stems("ice heat cold warm ijs warmte koude glace chaleur froid chaud chauffer bouillotte"),
}
RANKING = [("faq_driving", 0.8), ("faq_heat_or_cold", 0.2)]

CHANGED = [
    ("chu camionneur, j'peux-tu chauffer mon truck avec un mal de bas du dos de meme?", ["faq_driving"]),
    ("je suis chauffeur de camion, je peux-tu chauffer mon truck de meme?", ["faq_driving"]),
    ("je suis en voiture toute la journee, j'peux-tu chauffer mon truck demain?", ["faq_driving"]),
    ("camionneur depuis 20 ans, je peux-tu chauffer mon truck cette semaine?", ["faq_driving"]),
]
KEPT = [
    ("je suis camionneur. est-ce que je peux chauffer mon camion cette semaine?", ["faq_driving"]),
    ("chauffeur de taxi ici, j'peux-tu chauffer mon char toute la journee avec ca?", ["faq_driving"]),
    ("can i drive my van to work? and should i use ice or heat?", ["faq_driving", "faq_heat_or_cold"]),
    ("kan ik nog met de vrachtwagen rijden? en moet ik ijs of warmte gebruiken?", ["faq_driving", "faq_heat_or_cold"]),
    ("je peux conduire mon camion? et la bouillotte, chaud ou froid?", ["faq_driving", "faq_heat_or_cold"]),
    ("can i still drive my car with this back?", ["faq_driving"]),
]
test_changed, test_kept = reading_round(lambda text: choose_topics(RANKING, text, EVIDENCE), CHANGED, KEPT)
