"""Session 39, the lead (issue 12): a fall told after "without warning" was lost.

Round 39C noticed it: "without warning I fell off the ladder", "zonder waarschuwing viel ik van de ladder", "sans prévenir
je suis tombé" read no trauma, a missed red flag. "without", "zonder", "sans" are negation words, and the house's negation
checks (_is_negation_at, _denied_right_before) took them for a denial of the fall. Changed: the packs' WITHOUT_FRAMES
(warning, reason, notice ...; waarschuwing, aanleiding, reden ...; prévenir, avertissement, raison, crier (gare)) and
WITHOUT_FRAME_FILLERS ("any", "enige", "aucun" ...), read by bot/reading/redflags.py _without_frame; and the French
"prévenir" is a real word, no typo of "revenir" (REAL_NEIGHBOURS).

Kept: a fall denied by "without" ("without lifting anything or falling", "sans être tombé", "sans aucune chute"), both legs
numb "zonder reden" (session 33J), "no fall" after "without any reason".
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

T = {"onset": "trauma"}
CHANGED = [
    ("without warning I fell off the ladder onto my back", T),
    ("then without warning i went down the stairs on my backside", T),
    ("zonder waarschuwing viel ik van de ladder", T),
    ("zonder enige waarschuwing viel ik achterover op de trap", T),
    ("zonder verwittiging viel ik van mijn fiets", T),
    ("sans prévenir je suis tombé de l'échelle", T),
    ("sans crier gare je suis tombée dans l'escalier", T),
    ("sans avertissement je suis tombé sur le dos", T),
]
KEPT = [
    ("without any notice the chair collapsed and i fell on the floor", T),
    ("without any warning i slipped and fell on the ice", T),
    ("without lifting anything or falling", {}),
    ("it came on without a fall, just bending", {}),
    ("no fever, without any falls", {}),
    ("zonder te vallen of iets te heffen", {}),
    ("het kwam zonder val, gewoon bij het bukken", {}),
    ("sans être tombé", {}),
    ("sans aucune chute, juste en me penchant", {}),
    ("i fell without hitting my head", T),
]


test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)


# A fever over told "but now (nothing,) no fever" after a past one (a session 35 blind street patient, replayed this
# session, read fever: "J'ai eu le covid avec de la fièvre l'année passée, mais là rien du tout, pas de fièvre"; "no
# fever now" was read, "now ... no fever" was not). Changed: the packs' FEVER_GONE_NOW, "but now ... no fever", "maar nu
# ... geen koorts", "mais là / maintenant ... pas de fièvre" (French "là" for "now").
FEVER_CHANGED = [
    ("i had covid with a fever last year, but now nothing at all, no fever", {}),
    ("had the flu with a fever in october but now no fever", {}),
    ("ik had vorig jaar covid met koorts, maar nu niks, geen koorts", {}),
    ("j'ai eu la grippe avec de la fièvre le mois passé, mais là plus rien", {}),
    ("j'ai eu de la fièvre la semaine passée mais là pas de fièvre", {}),
    ("j'ai eu une angine avec fièvre en octobre, mais là rien du tout", {}),
    ("j'ai eu le covid avec 39 de fièvre l'an passé, mais là aucune fièvre", {}),
    ("fièvre il y a deux mois avec une bronchite, mais là rien", {}),
    ("mon fils m'a passé sa grippe avec fièvre en novembre, mais là plus rien du tout", {}),
    ("avais de la fièvre pendant mes vacances l'été passé mais là rien", {}),
]
FEVER_KEPT = [
    ("ik had vorige maand koorts van een longontsteking maar nu niks meer", {}),
    ("had in oktober griep met koorts, maar nu geen koorts", {}),
    ("i had a temperature with a chest infection last month, but now no more fever", {}),
    ("j'avais de la fièvre hier, mais là j'ai 38,5", {"fever": True}),
    ("mais là j'ai de la fièvre", {"fever": True}),
    ("j'ai eu de la fièvre l'an passé mais là ça recommence, 38,9", {"fever": True}),
    ("j'ai de la fièvre depuis hier", {"fever": True}),
    ("i had a fever last week but now its back, 38.4", {"fever": True}),
    ("had koorts vorige week maar nu weer 38,5", {"fever": True}),
    ("i had covid last year, no fever now", {}),
]
test_fever_changed, test_fever_kept = reading_round(find_red_flags, FEVER_CHANGED, FEVER_KEPT)
