"""Session 44, round W3 (issue 12): legs that give way and get worse, told of a relative or in a word order the readers
missed ("sinds vorige week zakken haar twee benen weg, 't gaat elke dag achteruit", "my dad's legs buckle under him when he
gets up, every day worse", "elle perd de la force dans ses deux jambes, c'est pire chaque jour").

Two gaps. (1) A message typed for her or him, the writer named nowhere, was read as theirs only when it opened on their part
("haar twee benen zakken weg"); a time or place phrase or a verb put first ("sinds zondag plooien zijn beide benen dubbel",
"op de trap zakten zijn twee benen door", French "elle perd ... ses deux jambes": "elle" is no proxy pronoun) left the legs
someone else's. Changed: the engine's _his_part_then_him reads his or her legs anywhere in the first clause
(_fronted_part). (2) A relative's legs that give way, told getting worse ("my husband's legs gave way under him again, worse
than last week", "de benen van mijn moeder zakken weg, het gaat achteruit", "les jambes de mon père se dérobent") were
skipped as someone else's legs (_others_limb, _others_legs); they are the relative's red flag whoever has the back pain, the
safe side. Changed: those guards stand down for a giving way (the packs' GIVES_WAY and the new OTHERS_LEGS_FAIL) with a
worsening told and no stable course, never for an animal's legs (_others_failing_worse).
Kept: a relative's legs that are fine, that gave way once, that only ache; an animal's legs; one leg a bit weak, told not
worse; leg pain alone; a puddle; the patient's own legs giving way; a relative's back alone.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

W = {"leg_weakness": "worsening"}
WB = {"leg_weakness": "worsening", "both_legs": True}
CHANGED = [
    # English: a relative's legs that give way, worse
    ("my dad's legs buckle under him when he gets up, every day worse", WB),
    ("my husband's legs gave way under him again, worse than last week", WB),
    ("grandad's legs fold under him now, getting worse by the day", WB),
    ("my mum's legs keep giving way, it gets worse every day", WB),
    ("my wife's legs buckled twice today, worse than yesterday", WB),
    ("my brother's legs give out when he stands, getting worse", WB),
    # Dutch (Flemish and Netherlands): the verb first after a time or place phrase, or a relative's legs
    ("sinds vorige week zakken haar twee benen weg als ze rechtstaat, 't gaat elke dag achteruit", WB),
    ("sinds zondag plooien zijn beide benen dubbel, het wordt erger en erger", WB),
    ("op de trap zakten zijn twee benen door, steeds erger", W),
    ("mijn vader zijn benen zakken door, elke dag erger", WB),
    ("de benen van mijn moeder zakken weg, het gaat achteruit", WB),
    ("'s morgens begeven zijn twee benen het, steeds erger", WB),
    # French: "elle" and her legs, a relative's legs
    ("elle perd de la force dans ses deux jambes d'heure en heure, ses genoux ont plié tous les deux dans l'escalier", WB),
    ("elle perd de la force dans ses deux jambes, c'est pire chaque jour", WB),
    ("depuis hier elle a ses deux jambes qui lâchent, ça empire", WB),
    ("dans l'escalier ses deux jambes ont lâché, c'est de pire en pire", WB),
    ("les jambes de mon père se dérobent, c'est pire chaque jour", WB),
    ("les jambes de ma mère lâchent quand elle se lève, de pire en pire", WB),
]
KEPT = [
    ("my legs buckle under me when i get up, every day worse", WB),
    ("his legs buckle under him when he gets up, every day worse", WB),
    ("my dad's legs are fine, it's his back", {}),
    ("my dog's legs buckle, worse every day", {}),
    ("my mum's legs gave way once last year", {}),
    ("my leg is a bit weak but not worse", {}),
    ("my wife's legs ache, worse every day", {}),
    ("sinds vorige week zakken mijn twee benen onder mij weg, het wordt erger", WB),
    ("gisteren begaven haar benen het, het wordt elke dag erger", WB),
    ("mijn moeder haar benen zijn in orde", {}),
    ("onze hond zijn poten zakken door, het wordt erger", {}),
    ("mijn been is wat zwak maar niet erger", {}),
    ("pijn in mijn been, het wordt erger", {}),
    ("sinds vorige week doet haar rug pijn", {}),
    ("je perds de la force dans les deux jambes, c'est pire chaque jour", WB),
    ("ce matin ses jambes ont cédé, ça s'aggrave", WB),
    ("une flaque dans la salle de bain, ça empire", {}),
    ("les jambes de mon père vont bien", {}),
    ("ma jambe est un peu faible mais pas pire", {}),
    ("mon chien a les pattes qui lâchent, c'est pire chaque jour", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
