"""Session 45, the lead (issue 12): Dutch leg pain sent down the leg by "uitstraalt" or "doortrekt" after a compound
("rugpijn die uitstraalt tot in mijn kuit", "lage rugpijn die doortrekt tot in mijn voet") was not read by the story reader,
and the leg question was asked again. The pack knew "uitstral\\w*" (one a) and "straalt" as a word of its own, so the verb
with its double a, "uitstraalt", was no pain word, and a compound ("rugpijn") is none either.
Changed: nl PAIN_WORD and PAIN_CONTEXT take "uitstraal\\w*" and "doortrek\\w*".
Kept: the knee naming the level ("tot onder mijn knie", read already), the level unknown ("tot in mijn been": asked), the pain denied ("die niet uitstraalt"), the English and French forms
(read already: "back pain that goes down to my calf", "mal au dos qui descend jusqu'au mollet").
"""

from bot.reading.answers import read_story
from tests.support.reading_round import reading_round


def _leg(text: str):
    return read_story(text).get("leg_pain")


CHANGED = [
    ("rugpijn die uitstraalt tot in mijn kuit", "below_knee"),
    ("lage rugpijn die uitstraalt naar mijn voet sinds een week", "below_knee"),
    ("rugpijn die doortrekt tot in mijne kuit", "below_knee"),
    ("ik heb al 3 weken rugpijn die uitstraalt tot in mijn bovenbeen", "above_knee"),
    ("onderrugpijn die doortrekt naar mijn dij", "above_knee"),
]
KEPT = [
    ("lendenpijn die uitstraalde tot onder mijn knie", "below_knee"),
    ("lage rugpijn die uitstraalt tot in mijn been", None),
    ("rugpijn die niet uitstraalt naar mijn benen", "none"),
    ("pijn in mijn rug die uitstraalt tot in mijn kuit", "below_knee"),
    ("rugpijn, niks in mijn benen", "none"),
    ("back pain that goes down to my calf", "below_knee"),
    ("lower back pain, nothing in my legs", "none"),
    ("mal au dos qui descend jusqu'au mollet", "below_knee"),
    ("mal au dos, rien dans les jambes", "none"),
]

test_changed, test_kept = reading_round(_leg, CHANGED, KEPT)
