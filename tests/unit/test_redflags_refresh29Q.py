"""Session 29, lead Q: the saddle area named first, then a clause of when it is felt, then its numbness; the pain kept in the
back with a "but sometimes" that sends it down a leg.

1. (red flags) A topic first, a comma, a "when" clause, then the numbness told of it: "my bum, when i sit i cant feel it",
   "mijn poep, als ik zit voel ik hem niet meer", "mes fesses, quand je m'assois je les sens plus" were missed (the
   comma split the area from its numbness; _AREA_RESUMED takes up only a pronoun right after the comma). The engine's
   _AREA_WHEN_RESUMED and the packs' AREA_WHEN (refresh 45, first scoring: a Nigerian "my yansh area, when i sit ... i no
   fit feel am at all" was missed). Not with a negation, a pain word or a leg between, nor a leg or a pain right after.
2. (answers, leg_pain) "it stays in my back, sometimes it goes down my leg" was read none (the older STAYS rule, noticed
   by round 29O): a false no. A contrast that sends the pain down a leg after all (the packs' DOWN_AFTER_ALL, engine
   _DOWN_AFTER_ALL) asks again (None); "stays in my back, but it is very bad" stays none."""

from bot.reading.answers import parse_answer
from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round


def saddle(text):
    return find_red_flags(text).get("saddle_numbness")


def leg_pain(text):
    return parse_answer("leg_pain", text)


SADDLE_CHANGED = [
    # (a longer clause of when: up to 10 words)
    ("my bum area, when i sit on the bus or on a chair i cant feel it at all", True),
    ("mijn poep, als ik op de bus of op een stoel zit voel ik hem niet", True),
    ("my bum, when i sit i cant feel it", True),
    ("my backside, whenever i sit down on the sofa i cant really feel it", True),
    ("my bottom, when im on the toilet i cant feel it at all", True),
    ("the bum area, if i sit on a hard chair i dont feel it anymore", True),
    ("mijn poep, als ik zit voel ik hem niet meer", True),
    ("mijn billen, als ik op een stoel zit voel ik ze niet", True),
    ("mn kont, wanneer ik op de fiets zit voel ik hem amper", True),
    ("mijn zitvlak, zodra ik ga zitten voel ik het niet meer", True),
    ("mes fesses, quand je m'assois je les sens plus", True),
    ("mon derrière, quand je suis assis je le sens pas du tout", True),
    ("mon derrière, dès que je m'assois je le sens presque plus", True),
]
SADDLE_KEPT = [
    ("mes fesses, lorsque je m'assieds sur une chaise je ne les sens plus", True),
    ("my bum, when i sit i can feel it fine", None),
    ("my bum, when i sit it hurts a lot", None),
    ("my bum, when i sit i cant feel my foot", None),
    ("mijn poep, als ik zit doet hij pijn", None),
    ("mijn billen, als ik zit voel ik ze gewoon", None),
    ("mes fesses, quand je m'assois ça fait mal", None),
    ("my bum is numb when i sit", True),
    ("my bum, its numb", True),
]
LEG_CHANGED = [
    ("it stays in my lower back but sometimes goes down", None),
    ("it stays in my back, sometimes it goes down my leg", None),
    ("het blijft in mijn rug maar soms trekt het naar beneden", None),
    ("ça reste dans le dos mais parfois ça descend", None),
]
LEG_KEPT = [
    ("stays in the lower back, occasionally shoots into my thigh", "above_knee"),
    ("ça reste dans le bas du dos, parfois ça file dans la jambe", None),
    ("het blijft in mijn onderrug, soms straalt het uit naar mijn been", None),
    ("it stays in my lower back", "none"),
    ("it stays in my back, but it is very bad", "none"),
    ("only in my back, but sometimes it wakes me", "none"),
    ("mostly in my back but sometimes down to the knee", "above_knee"),
    ("het blijft in mijn rug", "none"),
    ("het blijft in mijn rug, maar het is erg", "none"),
    ("ça reste dans le bas du dos", "none"),
    ("no, it stays in my back, my legs are fine though", "none"),
]

test_saddle_changed, test_saddle_kept = reading_round(saddle, SADDLE_CHANGED, SADDLE_KEPT)
test_leg_changed, test_leg_kept = reading_round(leg_pain, LEG_CHANGED, LEG_KEPT)
