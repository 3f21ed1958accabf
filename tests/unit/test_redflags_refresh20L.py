"""Session 20, lead: a whole degree still read after the shivers stopped ("no longer shivering but still 38") is a
fever now (helper B found it missed); what a medicine is for ("le nurofen ... ou c juste pour la fievre?", question set
12) is no fever; and "als ge slaapt" is the person sleeping, not a leg asleep ("iemand zei kussen tussen de knieën
leggen als ge slaapt", question set 12, read as both legs numb)."""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

FEVER = {"fever": True}
BOTH_NUMB = {"both_legs": True, "leg_numbness": True}

CHANGED = [
    ("no longer shivering but still 38", FEVER),
    ("niet meer aan het rillen maar nog steeds 38", FEVER),
    ("je tremble plus mais toujours 38", FEVER),
    ("plus de frissons mais encore a 39", FEVER),
    ("le nurofen ca sert a qqch pr un tour de reins ou c juste pour la fievre? la pharmacienne m'a donne ca", {}),
    ("is nurofen only for a fever or does it help my back?", {}),
    ("is dafalgan enkel tegen koorts of ook tegen rugpijn?", {}),
    ("iemand zei kussen tussen de knieën leggen als ge slaapt, klopt da of is da zever", {}),
    ("moet ik een kussen tussen mijn benen leggen als je slaapt op je zij?", {}),
]

KEPT = [
    ("de rillingen zijn weg, thermometer nog altijd op 39", FEVER),
    ("the chills stopped but its still at 39", FEVER),
    ("still 38 weeks pregnant, is back pain normal", {}),
    ("ik ben nog 38, is dat niet jong voor rugpijn", {}),
    ("j'ai toujours 38 ans hein", {}),
    ("i took nurofen for the fever, still 38.5", FEVER),
    ("paracetamol is just for the fever, i have 38.6", FEVER),
    ("j'ai de la fievre", FEVER),
    ("ik heb koorts", FEVER),
    ("mijn benen slapen", BOTH_NUMB),
    ("mijn been slaapt", {}),
    ("i sleep with a pillow between my knees", {}),
]


test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
