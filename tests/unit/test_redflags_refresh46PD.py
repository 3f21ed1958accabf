"""Session 46PD (issue 12): a past illness or a relative's illness read as the patient's flag -- a urinary or kidney infection
with a fever placed in the past and told over by its treatment ("back in october I had a UTI with fever, finished the
antibiotics and the recheck was fine"), and a twin's cancer followed by the patient's own denial ("my twin had leukaemia,
never me", "mijn tweelingzus heeft borstkanker, bij mij niks", "ma jumelle a eu une leucemie, moi jamais").

A past fever was read over only by a fever-over phrase ("no fever since"), not by its treatment done; the Dutch "sindsdien
geen koorts" (one word) was not read as "sinds dan geen koorts" was; and a twin was no relative (the Dutch compounds
"tweelingbroer", "tweelingzus", the French "jumeau", "jumelle"; the English "twin" was even read as "twing", a dropped g of
the Dutch car "twing[o]"). Changed: FEVER_GONE_NOW entries (treated, the antibiotics finished, the control clean) in the
three packs, read only with a past in the fever's own clause as before; FAMILY in the three packs; STREET "twin" in en.
The trouble peeing told with the past fever stays ("... koorts gehad vorige week, behandeld": bladder_bowel only).
Kept: a fever now, a fever still there, a fever kept down by paracetamol or still on antibiotics, an infection now with
trouble peeing, the patient's own cancer told with the twin's, a relative's cancer told plainly.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

F = {"fever": True}
C = {"cancer_history": True}
B = {"bladder_bowel": True}
CHANGED = [
    # English
    ("last month I had a bladder infection with a temperature, treated, the follow up urine sample came back clear", {}),
    ("back in october I had a UTI with fever, finished the antibiotics and the recheck was fine", {}),
    ("five weeks ago i had a kidney infection with fever, treated, the control test was clean", {}),
    ("I had a UTI with fever last month, treated, but now I can't pee at all since yesterday", B),
    ("six weeks ago i had a water infection and a fever, completed the course of antibiotics", {}),
    ("my twin had bowel cancer, me nothing like that", {}),
    ("my twin had leukaemia, never me", {}),
    # Dutch (Flemish and Netherlands)
    ("vorige maand blaasontsteking met koorts, kuur afgemaakt, controle was proper", {}),
    ("in oktober een nierbekkenontsteking met koorts, behandeld met antibiotica, sindsdien geen koorts", {}),
    ("drie weken geleden had ik een blaasontsteking en koorts, de antibiotica zijn op en de urine is terug in orde", {}),
    ("k had vorige maand een blaasontsteking met koorts, sindsdien geen koorts", {}),
    ("mijn tweelingbroer heeft darmkanker gehad, ikzelf nooit iets gehad", {}),
    ("mijn tweelingzus heeft borstkanker, bij mij niks", {}),
    ("mijn tweeling heeft kanker, ik geen kanker niks", {}),
    ("ik heb een blaasontsteking, ik moet constant plassen en het lukt niet goed, koorts gehad vorige week, behandeld", B),
    # French (Belgian)
    ("le mois passé infection urinaire et fièvre, traitée, l'analyse de contrôle est revenue propre", {}),
    ("j'avais une infection rénale avec de la fièvre il y a 5 semaines, j'ai fini les antibiotiques", {}),
    ("il y a trois semaines j'ai eu une cystite avec fièvre, les antibiotiques sont terminés", {}),
    ("j'ai eu une pyélonéphrite avec de la fièvre en octobre, soignée aux antibiotiques", {}),
    ("mon jumeau a eu un cancer de la prostate, moi rien du tout", {}),
    ("ma jumelle a eu une leucémie, moi jamais", {}),
]
KEPT = [
    # English
    ("I'm feverish tonight, had a UTI last month that was treated", F),
    ("I had a fever 2 days ago, still on antibiotics", F),
    ("I have a kidney infection and fever, on antibiotics now", F),
    ("had a fever last week, treated with paracetamol", F),
    ("my twin and I both had cancer", C),
    ("I had a melanoma removed", C),
    ("my sister had breast cancer, me nothing like that", {}),
    # Dutch
    ("ik heb nu koorts, vorige maand had ik ook een blaasontsteking", F),
    ("ik heb een blaasontsteking met koorts, behandeld met antibiotica sinds gisteren", F),
    ("vorige week koorts, behandeld, nu weer 38,5", F),
    ("mijn tweelingbroer en ik hebben allebei kanker gehad", C),
    ("ik heb zelf borstkanker gehad", C),
    ("mijn moeder had kanker", {}),
    # French
    ("j'ai 38,5 depuis hier", F),
    ("j'ai eu de la fièvre il y a 3 jours et encore 38 ce matin", F),
    ("j'ai eu de la fièvre la semaine dernière, traitée au doliprane", F),
    ("j'ai une infection urinaire en ce moment, j'ai de la fièvre", F),
    ("mon jumeau et moi avons eu un cancer", C),
    ("moi aussi j'ai eu un cancer comme ma jumelle", C),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
