"""Red flags (session 26, lead): "keep up" with no one kept up is no night pain.

FAQ set 25 (outside writers) asked "what exercises should I keep up after the treatment ends" and got the red-flag
escalation: the English night pattern read "keep(s) (me) up" with "me" optional. Being kept up or awake by the pain
needs its object ("it keeps me up", "kept us awake"); "keep up the exercises", "keeping up with the kids" are
no night pain. The Dutch and French forms always named the person ("houdt me wakker", "me tient éveillé"): kept.
"""
from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

CHANGED = [
    ("which stretches should i keep up once the physio is done", {}),
    ("i try to keep up my walking every day", {}),
    ("can i keep up with my spin classes with this back", {}),
    ("finding it hard keeping up with the kids since my back went", {}),
    ("i kept up the exercises for a month then stopped", {}),
    ("should i keep up the core work or rest it", {}),
]

KEPT = [
    ("the pain keeps me up at night, nothing helps", {"night_pain": True}),
    ("it kept me awake all night whatever position", {"night_pain": True}),
    ("kept awake by it every night", {"night_pain": True}),
    ("up all night with it", {"night_pain": True}),
    ("de pijn houdt me 's nachts wakker, geen enkele houding helpt", {"night_pain": True}),
    ("la douleur me tient éveillé toute la nuit, aucune position ne soulage", {"night_pain": True}),
    ("welke oefeningen moet ik volhouden na de kine?", {}),
    ("quels exercices je dois continuer après la kiné ?", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
