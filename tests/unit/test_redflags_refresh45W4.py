"""Session 45, round W4 (issue 12): a knee that goes "away" under one in a learner's English ("my left knee fold away under
me ... each day it is little bit more bad"), both legs told alike after a weakness ("couldnt get out of the armchair. both
legs the same, getting weaker every day", "allebei hetzelfde", "les deux pareil"), and a relative's legs that sag or fold
under them, worse ("my husband's legs sag under him, worse every day", "de benen van mijn vader plooien weg").

Three gaps. (1) "bend/fold/go away under me" (the Dutch "plooit weg") was no giving way, and a relative's legs that "sag
under him" or "went from under her" matched no rule. Changed: the en pack's SPOKEN_PHRASES read both as "gives way", so the
giving way's guards (a course told unchanged, someone else's legs without a worsening) still hold. (2) One weakness, then
"both the same" / "allebei hetzelfde" / "les deux pareil" was read without both legs. Changed: the packs' new BOTH_ALIKE,
read by the engine beside OTHER_LEG_TOO (_BOTH_ALIKE). (3) A relative's legs that "plooien weg/onder haar" or
"s'affaissent sous lui" stayed someone else's. Changed: the nl and fr packs' OTHERS_LEGS_FAIL.
Kept: a knee that gives way since a match, told unchanged; one leg weak and the other fine; a relative's bad knees; a
relative's legs that sagged once or told unchanged; a chair that went from under someone; the plain giving way, worse.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

W = {"leg_weakness": "worsening"}
WB = {"leg_weakness": "worsening", "both_legs": True}
CHANGED = [
    # English: the learner's "away", both alike, a relative's legs
    ("Two weeks ago my left knee fold away under me only when I go down the stairs. Now already on the flat it goes. "
     "Each day it is little bit more bad", W),
    ("my knee is bending away under me, every day little more worse", W),
    ("my right knee goes away under me, each day a bit worse", W),
    ("struggling to get up off my knees, needed the railing, couldn't get out of the armchair. Both legs the same, "
     "getting weaker every day", WB),
    ("hard to get out of the car now, weaker every day, both the same", WB),
    ("my husband's legs sag under him, worse every day", WB),
    ("my mum's legs went from under her, worse each time", WB),
    # Dutch (Flemish and Netherlands)
    ("ik kan moeilijk rechtstaan uit de zetel, elke dag slapper, allebei hetzelfde", WB),
    ("ik geraak niet meer recht van de grond, elke dag zwakker, beide hetzelfde", WB),
    ("opstaan uit de stoel gaat steeds moeilijker, ik word elke dag zwakker, allebei even erg", WB),
    ("mijn moeder haar benen plooien onder haar, het wordt erger", W),
    ("de benen van mijn vader plooien weg, elke dag erger", W),
    ("de benen van mijn moeder plooien weg, het wordt erger", W),
    # French
    ("j'ai de plus en plus de mal à me relever, je perds de la force chaque jour, les deux pareil", WB),
    ("je monte plus les escaliers, je suis chaque jour plus faible, des deux côtés pareil", WB),
    ("je perds de la force de jour en jour, les deux jambes pareil", WB),
    ("mon mari, ses jambes s'affaissent sous lui, c'est pire chaque jour", WB),
    ("je me relève de plus en plus difficilement, chaque jour plus faible, les deux c'est pareil", WB),
    ("ma mère, ses jambes s'écroulent sous elle, de pire en pire", WB),
]
KEPT = [
    ("my knee buckles sometimes since the match, no change", {}),
    ("my knee gives way and it is getting worse", W),
    ("my right leg is getting weaker every day, the other is fine", W),
    ("my husband's knees are bad from football", {}),
    ("my husband's legs sagged under him once", {}),
    ("the chair went from under her, worse every day", {}),
    ("mijn knie plooit weg onder mij, elke dag een beetje erger", W),
    ("mijn knie begeeft het soms sinds de match, niet erger", {}),
    ("mijn rechterbeen wordt zwakker, het andere is goed", W),
    ("mijn man zijn knieën zijn slecht van het voetballen", {}),
    ("mijn benen worden elke dag zwakker, allebei hetzelfde", WB),
    ("mon genou lâche sous moi, chaque jour un peu plus", W),
    ("mon genou lâche parfois depuis le match, pas pire", {}),
    ("ma jambe droite faiblit, l'autre va bien", W),
    ("les genoux de mon mari sont abîmés par le foot", {}),
    ("mes jambes faiblissent de jour en jour, les deux pareil", WB),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
