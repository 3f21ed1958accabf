"""Red flags (session 26, lead): the back struck against a thing is a blow, so a trauma onset (R4: urgent).

Left from session 25: an impact told with no fall word ("cogné le dos contre la baignoire", "rug tegen de deur
geknald", "banged my back on the door frame") read no onset in the first message, and the Dutch and English answers
to "how did it start?" read nothing either. docs/clinical-rules.md counts a blow as trauma.
"""
from bot.reading.answers import parse_answer
from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

TRAUMA = {"onset": "trauma"}

CHANGED = [
    ("banged my back on the door frame getting out of the shower", TRAUMA),
    ("i bashed my lower back off the bannister on sunday and its been sore since", TRAUMA),
    ("bumped my back against the table edge really hard", TRAUMA),
    ("ik heb mijn rug tegen de tafel gestoten, sindsdien pijn", TRAUMA),
    ("knalde met mn rug tegen de kast bij het verhuizen", TRAUMA),
    ("rug tegen de deurklink geknald gisteren", TRAUMA),
    ("je me suis tapé le bas du dos contre le coin du lit", TRAUMA),
    ("je me suis heurté le dos contre l'étagère au boulot", TRAUMA),
    ("je me suis cogné le dos contre la baignoire", TRAUMA),
]

KEPT = [
    ("hit my back hard on the edge of the bath", TRAUMA),
    ("my son banged his back on the door frame, mine just aches from carrying him", {}),
    # (session 29K changed this: a message opening on the relative whose back is told, the writer naming none of their
    # own, is typed for that relative, the patient: the blow is theirs; with the writer's own back told it stays {})
    ("mijn zoon heeft zijn rug tegen de tafel gestoten", TRAUMA),
    ("mijn zoon stootte zijn rug tegen de deur, de mijne doet gewoon pijn van het dragen", {}),
    ("mon fils s'est cogné le dos contre la porte, le mien me fait mal à force de le porter", {}),
    ("i lean my back against the wall when it hurts", {}),
    ("my back is killing me, i bumped into my neighbour at the shop", {}),
    ("mijn rug doet pijn tegen de avond", {}),
    ("mon dos me fait mal contre le dossier de la chaise", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)

ANSWERS_CHANGED = [
    ("banged my back on the corner of the worktop", "trauma"),
    ("mijn rug tegen de deur geknald", "trauma"),
    ("tapé le dos contre le coin de la table", "trauma"),
]

test_answer_changed, _ = reading_round(lambda text: parse_answer("onset", text, None), ANSWERS_CHANGED, [])
