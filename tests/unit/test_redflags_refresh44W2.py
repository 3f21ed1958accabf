"""Session 44, W2 (issue 12): a foot gone limp told with the French adjective "flasque", with a worsening told plainly
("mon pied est flasque, ça empire", "le pied gauche est devenu flasque, de pire en pire").

The typo reader read "flasque" as "flaque" (a puddle, a word of its vocabulary), and no failing-limb cue named it, so the
limp foot was missed (session 43W read only "tout mou"). Changed: FAILING_LIMB in the fr pack ("flasque"), and the word put
in the fr pack's FUZZY_TARGETS so that the typo reader keeps it as it is.
Kept: the limp foot told in English and Dutch (read before), a puddle ("une flaque"), one foot a bit weak and told stable,
a knee that gives way from knee pain after sport, legs heavy like lead from tiredness, both legs giving way told plainly.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

W = {"leg_weakness": "worsening"}
WB = {"leg_weakness": "worsening", "both_legs": True}
CHANGED = [
    ("mon pied est flasque, ça empire", W),
    ("j'ai le pied flasque et c'est de pire en pire", W),
    ("son pied est flasque depuis hier et ça s'aggrave", W),
    ("le pied gauche est devenu flasque, de pire en pire", W),
    ("mon pied droit est tout flasque, chaque jour pire", W),
    ("depuis jeudi mon pied reste flasque quand je marche, ça empire", W),
]
KEPT = [
    # the sign told with another word, read before
    ("mon pied est tout mou, bien pire qu'hier", W),
    ("my foot's gone floppy and limp, getting worse", W),
    ("mijn voet hangt er slap bij, steeds erger", W),
    ("mes deux jambes se dérobent sous moi, ça empire", WB),
    ("my legs fold under me when i get up, worse every day", WB),
    ("'s morgens plooien mijn beide benen dubbel, erger en erger", WB),
    # near misses
    ("il y a une flaque sous l'évier", {}),
    ("j'ai marché dans une flaque et mon dos me fait mal", {}),
    ("mon pied droit est un peu faible mais stable", {}),
    ("mon genou plie après le foot, j'ai mal au genou", {}),
    ("j'ai les jambes lourdes comme du plomb après le boulot", {}),
    ("my left leg is a bit weak but not worse", {}),
    ("mijn linkerbeen is wat zwak maar niet erger", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
