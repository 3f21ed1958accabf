"""Session 35, round G (issue 12): legs that fold, sag, cave or collapse under the patient, worse day by day, read as nothing.

The legs giving way under the patient told with a verb the packs did not know ("sag", "cave in", "slide out from under me",
"give under me"; "plooien door", "knakken door", "vouwen dubbel"; "s'affaissent", "ploient sous moi", "m'abandonnent"), or the
verb told first, before the legs (Dutch after an opening time word: "sinds zondag plooien mijn benen onder mij door"; French "je
m'effondre sur mes jambes"), were read as nothing, though a worsening told over the days makes it a failing leg.
Changed, all in the packs' word lists (bot/lang/<code>/redflags.py):
- en WEAK (both legs): sagging, sinking, giving, caving, slumping, wilting, dropping or sliding (out) from under the patient;
  en WORSENING_PATTERNS (one leg) the same after a leg word ("my left leg sags under me").
- nl WEAK: the verb first, the legs, then "onder mij" ("zakken/plooien ... onder mij"), and "plooien/knakken/vouwen/klappen door
  of dubbel" with a clause end or a time word after (not "plooien door de pijn", a preposition there); nl WORSENING_PATTERNS: the
  verb first with "onder mij" before "door/weg" ("plooit mijn linkerbeen onder mij door").
- fr WEAK: "m'abandonnent" in the present, "s'affaissent/s'ecroulent/s'effondrent" right after the legs, "ploient/plongent/partent/
  fondent/se defilent/se ramollissent sous moi", "je m'effondre sur mes jambes"; fr WORSENING_PATTERNS the same for one leg.
Kept: a chair, sofa, mattress, ladder or the ice giving under the patient (no legs failing), someone else's legs, "plooien door de
pijn" (bending), sinking into the sofa, one leg that sags now and then, unchanged for years (no worsening), both legs told stable
(read stable, as the house reads a stable course).
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

W = {"both_legs": True, "leg_weakness": "worsening"}
S = {"both_legs": True, "leg_weakness": "stable"}
ONE = {"leg_weakness": "worsening"}
CHANGED = [
    # en
    ("my legs keep sagging under me when i stand up, a bit worse every day", W),
    ("both legs caved in under me on the stairs today, yesterday i still got up them", W),
    ("my legs slide out from under me, it's worse daily", W),
    ("legs just drop out from under me now, worse by the day", W),
    ("my legs gave under me twice this morning, yesterday only once", W),
    ("my legs slump under me getting off the loo, worse each day", W),
    ("my legs wilt under me by the afternoon and each day it comes sooner", W),
    ("yesterday i managed the shop, today my legs are giving under me in the hallway", W),
    ("my right leg sags under me, it's getting worse every day", ONE),
    ("my left leg keeps giving under me and it's worse than last week", ONE),
    # nl (Vlaams en Nederlands)
    ("sinds zondag plooien mijn benen onder mij door, alle dagen erger", W),
    ("sinds vorige week zakken mijn twee benen onder mij weg, het wordt elke dag slechter", W),
    ("vanochtend plooiden mijn benen onder me, gisteren liep ik nog tot aan de bakker", W),
    ("mijn benen knakken door, het wordt steeds erger", W),
    ("mijn beide benen plooien door als ik opsta, elke dag slechter", W),
    ("mijn benen vouwen dubbel onder mij, het wordt erger", W),
    ("mijn benen klappen dubbel, steeds erger", W),
    ("sinds eergisteren plooit mijn rechterbeen onder mij door, het wordt alle dagen slechter", ONE),
    ("mijn benen plooien door bij het opstaan, al jaren hetzelfde, niet erger", S),
    # fr
    ("mes jambes s'affaissent sous moi quand je me lève, c'est pire chaque jour", W),
    ("mes deux jambes s'écroulent sous moi, ça empire de jour en jour", W),
    ("mes jambes ploient sous moi, ça s'aggrave", W),
    ("mes jambes m'abandonnent dans l'escalier, hier je montais encore", W),
    ("mes jambes partent sous moi, de jour en jour c'est pire", W),
    ("mes jambes fondent sous moi, c'est pire tous les jours", W),
    ("je m'affaisse sur mes jambes en me levant, chaque jour un peu plus", W),
    ("ma jambe gauche plie sous moi, pire chaque jour", ONE),
    ("ma jambe droite m'abandonne, ça empire", ONE),
    ("mes jambes ploient sous moi de temps en temps, pareil depuis des années, pas pire", S),
]
KEPT = [
    # en
    ("my legs fold under me, every day a bit worse", W),
    ("my knees buckle from the arthritis, same as for years", S),
    # a relative's legs sagging under him, worse (session 45W4 reads the sag as the giving way it tells; 44W3's safe side)
    ("my husband's legs sag under him, worse every day", W),
    # a relative's legs giving way, told getting worse: the relative's sign whoever has the back pain (session 44W3, the safe side)
    ("my wife's legs buckle under her, worse every day", W),
    ("the chair gave under me and i landed on my back", {"onset": "trauma"}),
    ("the ladder slid out from under me", {"onset": "trauma"}),
    ("the old sofa sags under me and my legs ache after", {}),
    ("my legs are fine, the mattress sags under me", {}),
    ("i sink into the sofa and my back hurts, legs are fine", {}),
    ("my left leg sags under me now and then, same as for years, no worse", {}),
    # nl
    ("mijn benen plooien onder mij door, elke dag slechter", W),
    ("mijn benen begeven het, gisteren haalde ik de brievenbus nog, vandaag niet meer", W),
    ("ik kan mijn benen niet plooien door de pijn", {}),
    # a relative's legs folding under her, worse (session 45W4's "plooien onder haar door"; 44W3's safe side)
    ("mijn vrouw haar benen plooien onder haar door, elke dag erger", W),
    ("ik zak weg in de zetel, mijn rug doet pijn", {}),
    ("de matras zakt onder mij weg, mijn benen doen pijn", {}),
    ("ik plooi mijn benen door de knieën om te tillen", {}),
    ("de stoel zakte onder mij in", {}),
    ("mijn knieën knikken door artrose, al jaren hetzelfde", S),
    # fr
    ("mes jambes se dérobent sous moi, c'est pire de jour en jour", W),
    ("le matelas s'affaisse, j'ai mal aux jambes", {}),
    ("je m'effondre de fatigue le soir, mal au dos", {}),
    ("mes jambes ne s'affaissent pas, c'est le dos", {}),
    ("le fauteuil plonge sous moi, mal aux jambes", {}),
    ("la chaise a cédé sous moi", {}),
    # (session 44W3: a relative's legs giving way, worse: the relative's sign, the safe side)
    ("les jambes de ma mère se dérobent, c'est pire chaque jour", W),
    ("mes genoux plient à cause de l'arthrose, c'est pareil depuis des années", S),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
