"""Session 25 (issue 12): a fever of the last day told over ("had a fever last night, fine again this morning", "gisteren
koorts gehad, nu is het weg", "hier j'avais de la fièvre, c'est passé") read as no fever. A fever comes and goes, and
docs/clinical-rules.md gives no time after which it is over: the safe side is a fever. A fever of last week told over
stays over; Dutch "van hier tot ginder" is no French "hier"."""
from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

FEVER = {"fever": True}
CHANGED = [
    ("had a fever yesterday, its gone now", FEVER),
    ("had a fever last night, 36.8 this morning", FEVER),
    ("I had a temperature last night but feel fine again this morning", FEVER),
    ("gisteren koorts gehad, nu is het weg", FEVER),
    ("vannacht had ik koorts, nu voel ik me weer goed", FEVER),
    ("hier j'avais de la fièvre, c'est passé", FEVER),
]
KEPT = [
    ("cette nuit j'ai eu de la fièvre mais ce matin ça va", FEVER),
    ("had the flu with a fever two weeks ago, feeling fine again now", {}),
    ("la semaine passée j'ai eu de la fièvre, c'est fini depuis jeudi", {}),
    ("koorts van hier tot ginder vorige week, maar de temperatuur is al dagen terug normaal", {}),
    ("no fever", {}),
    ("fever since last night", FEVER),
    ("ik heb koorts sinds gisteren", FEVER),
    ("j'ai de la fièvre depuis hier", FEVER),
]
test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
