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
