"""Session 45, the lead (issue 12): Dutch leg pain sent down the leg by "uitstraalt" or "doortrekt" after a compound
("rugpijn die uitstraalt tot in mijn kuit", "lage rugpijn die doortrekt tot in mijn voet") was not read by the story reader,
and the leg question was asked again. The pack knew "uitstral\\w*" (one a) and "straalt" as a word of its own, so the verb
with its double a, "uitstraalt", was no pain word, and a compound ("rugpijn") is none either.
Changed: nl PAIN_WORD and PAIN_CONTEXT take "uitstraal\\w*" and "doortrek\\w*".
Also (found by hand over REST): a Flemish opening "dag, 47 jaar, ..." was no greeting (nl GREET_OPEN gains "dag" with its
comma), so the age was not read; and an age after a greeting was taken as the duration when the pain was named after it
("dag, 47 jaar, lage rugpijn ..., al 3 weken": 17155 days; "hey, 47 years, lower back pain ..., for 3 weeks now" too):
_story_duration skips the opening age.
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


def _age_and_days(text: str):
    story = read_story(text)
    return story.get("age_band"), story.get("duration_days")


OPENING_CHANGED = [
    ("dag, 47 jaar, lage rugpijn die uitstraalt tot in mijn kuit, al 3 weken", ("45_69", 21)),
    ("dag, 33, rug geblokkeerd sinds gisteren bij het tillen", ("20_44", 1)),
    ("dag, 71 jaar, al twee maanden pijn in de onderrug", ("70_plus", 60)),
    ("hey, 47 years, lower back pain going down into my calf, for 3 weeks now", ("45_69", 21)),
]
OPENING_KEPT = [
    ("hallo, 52 jaar, lage rugpijn die uitstraalt tot in mijn kuit, sinds 2 maanden", ("45_69", 60)),
    ("hi, 38 years, lower back pain since 10 days", ("20_44", 10)),
    ("dag 12, nog altijd pijn in mijn rug", (None, 12)),
    ("hallo, 2 jaar rugpijn al", (None, 730)),
    ("hi, 3 weeks of back pain now", (None, 21)),
    ("hi, 47, back pain going into my thigh for 3 weeks", ("45_69", 21)),
    ("bonjour, 47 ans, mal au dos qui descend dans le mollet, depuis 3 semaines", ("45_69", 21)),
    ("Dag, ik ben 47 jaar en heb al 3 weken rugpijn", ("45_69", 21)),
]

test_opening_changed, test_opening_kept = reading_round(_age_and_days, OPENING_CHANGED, OPENING_KEPT)
