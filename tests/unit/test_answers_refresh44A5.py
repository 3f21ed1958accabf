"""Session 44, A5 (issue 12): what the person told is asked again or read wrong: a floor laid as the moment the pain came
("after laying tiles in the kitchen", "na het tegels leggen", "apres avoir pose du carrelage"), the morning stiffness told as
an image ("mornings I'm like a board for an hour", "smorgens ben ik precies een houten plank", "le matin je suis une vraie
planche") and a Dutch local cortisone told as one word with a diminutive ("een cortisonezalfke", "een cortisonespuitje").

Laying tiles, paving or a floor is a lifting and bending chore like moving house, which was read as a sudden movement; now
it is too (STORY_SUDDEN and SUDDEN entries in the en, nl and fr packs). The stiffness image joins STIFF_WORD in the three
packs, with a copula or "like"/"comme" before it (no stiffness from a plank carried in the morning). The Dutch OSTEO word
read "cortisonezalfje" as cortisone tablets (its _NOT_TABLETS knew only "zalf"); the diminutives are kept out of it and
STEROID_LOCAL_FORM / STEROID_SHOT_FORM read the compounds, so session 43A2's decision applies: no with the bones denied or a
plain no first, else asked again. Tablets denied after the word ("maar pillen neem ik niet") join STEROID_TABLETS_DENIED.
Kept: an incident that did set it off, a fall in the person's own story, moving house, stiffness told plainly or only after
sitting, a plank carried in the morning, tiles named with no laying, cortisone tablets or pills for months (yes), a shot
repeated every few months (yes), leg pain told plainly.
"""

from bot.reading.answers import parse_answer, read_story
from tests.support.reading_round import reading_round

SUDDEN = {"onset": "sudden_movement"}
STIFF = {"morning_stiffness": True}
STORY_CHANGED = [
    ("after laying tiles in the kitchen my back hurts", SUDDEN),
    ("since tiling the bathroom floor my lower back is sore", SUDDEN),
    ("mornings I'm like a board for an hour before I loosen up", STIFF),
    ("first thing in the morning i'm rigid as a board, takes an hour to ease off", STIFF),
    ("every morning i'm like a plank for an hour or so", STIFF),
    ("na het tegels leggen had ik rugpijn", SUDDEN),
    ("sinds ik het terras betegeld heb doet mijn rug pijn", SUDDEN),
    ("smorgens ben ik precies een houten plank, anderhalf uur eer ik soepel ben", STIFF),
    ("s ochtends ben ik echt een plank, het duurt wel een uur voor ik loskom", STIFF),
    ("après avoir posé du carrelage j'ai mal au dos", SUDDEN),
    ("j'ai mal au bas du dos depuis que j'ai carrelé la cuisine", SUDDEN),
    ("en posant des dalles dans le jardin j'ai senti une douleur dans le dos", SUDDEN),
    ("le matin je suis une vraie planche pendant une heure", STIFF),
    ("le matin je suis comme un morceau de bois pendant une bonne heure", STIFF),
    ("au réveil je suis comme une planche, il me faut une heure pour me dérouiller", STIFF),
]
STORY_KEPT = [
    ("it started when i lifted a box of books", SUDDEN),
    ("i slipped on the stairs and fell on my back", {"onset": "trauma"}),
    ("been laying paving slabs for the patio and my back went", SUDDEN),
    ("every morning I'm stiff as a board for an hour", STIFF),
    ("my back is only stiff after sitting a long time", {}),
    ("the tiles in my bathroom are cold and my back hurts", {}),
    ("na het verhuizen heb ik pijn in mijn rug", SUDDEN),
    ("ik ben van de trap gevallen en heb nu rugpijn", {"onset": "trauma"}),
    ("toen ik klinkers legde op de oprit schoot het in mijn onderrug", SUDDEN),
    ("s morgens til ik een plank op en dan doet mijn rug pijn", {}),
    ("'s morgens ben ik zo stijf als een plank, een uur lang", STIFF),
    ("après le déménagement j'ai mal au dos", SUDDEN),
    ("je suis tombée dans la douche et j'ai mal au dos", {"onset": "trauma"}),
    ("le matin je suis raide comme un piquet pendant une heure", STIFF),
    ("je suis raide seulement après être resté assis longtemps", {}),
    ("ça descend jusqu'au mollet", {"leg_pain": "below_knee"}),
]

test_story_changed, test_story_kept = reading_round(read_story, STORY_CHANGED, STORY_KEPT)

OS = "osteoporosis_or_steroids"
ANSWER_CHANGED = [
    ((OS, "osteoporose heb ik niet. ik doe soms een cortisonezalfke op mijn handen, maar tabletten neem ik niet"), False),
    ((OS, "geen osteoporose. ik gebruik soms een cortisonezalfje voor mijn huid"), False),
    ((OS, "neen, ooit een cortisonespuitje in mijn elleboog gekregen"), False),
    ((OS, "nee hoor, af en toe een cortisonecremeke op mijn ellebogen"), False),
    ((OS, "cortisonezalfje"), None),
    (("onset", "na het tegels leggen in de badkamer"), "sudden_movement"),
    (("onset", "laying floor tiles in the hallway"), "sudden_movement"),
    (("onset", "en posant du carrelage dans la salle de bain"), "sudden_movement"),
]
ANSWER_KEPT = [
    ((OS, "ik neem al maanden cortisonetabletten"), True),
    ((OS, "ik krijg elke drie maanden een cortisonespuitje in mijn rug"), True),
    ((OS, "geen osteoporose, maar wel al een half jaar cortisonepillen"), True),
    ((OS, "i've been on prednisolone tablets for months"), True),
    ((OS, "no, only a cortisone jab in my shoulder last year"), False),
    ((OS, "je prends des comprimés de cortisone depuis des mois"), True),
    ((OS, "non, une infiltration de cortisone dans l'épaule l'an dernier"), False),
    (("onset", "it came on slowly, there was no specific incident that set it off"), "gradual"),
]


def _answer(case):
    slot, text = case
    return parse_answer(slot, text)


test_answer_changed, test_answer_kept = reading_round(_answer, ANSWER_CHANGED, ANSWER_KEPT)
