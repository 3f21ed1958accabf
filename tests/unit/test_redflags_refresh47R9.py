"""Session 47, round R9 (issue 12): a fever still there, told as a reading of every evening with no fever word before it
("always 38 in the evening", "s avonds altijd rond de 38", "tous les soirs 38 et des poussieres") or as a temperature not
back to normal, not coming down ("the temperature hasnt returned to normal", "de temperatuur zakt niet", "la temperature ne
redescend pas").

A whole degree (38-41) was read only after a fever word, "still", a reading verb or "degrees"; the decimals ("elke avond
38,2") were read already, the whole degree at a time of every day was missed. And no rule read a fever or temperature told
as not back to normal or not coming down. Changed: two shared patterns in the engine's _SHARED_FEVER (a whole degree next to
the packs' READING_TIME, where the clause ends or READING_AFTER follows: "again", "of meer", "et des poussieres"; not after
an age or READING_NOT_BEFORE: "the 38", "lijn 38"), a thing's temperature skipped by _fever_skip (the packs' WEATHER and
READING_NOT_BODY in the clause: "the bath at 38 every evening"), and FEVER_PATTERNS in the en, nl and fr packs for the
temperature not back to normal or not coming down.
Kept: a fever told plainly, the temperature back to normal, a weather, bath or room temperature, a count every evening
("40 minutes"), an age, a number that names a thing (bus, room), a past reading now normal, a temperature that does not
go up.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

F = {"fever": True}
CHANGED = [
    # English
    ("always 38 in the evening, then fine by morning", F),
    ("each night 38 or so, the thermometer never lies", F),
    ("i get 38 every night and the back pain is worse", F),
    ("my temperature hasn't gone back to normal since the weekend", F),
    ("the temp still won't come down, back aches all over", F),
    ("temperature isn't coming down even with the tablets", F),
    ("my temp is still not normal after four days", F),
    # Dutch (Flemish and Netherlands)
    ("s'avonds zit ik altijd rond de 39", F),
    ("'s morgens altijd 39, ik meet het elke keer", F),
    ("iedere nacht 38 of meer, ik slaap slecht", F),
    ("mijne koorts is nog altijd nie terug normaal", F),
    ("de temperatuur wil maar niet zakken", F),
    ("de koorts raakt maar niet terug normaal", F),
    ("de temperatuur is nog steeds niet normaal", F),
    # French
    ("tous les matins 39 encore, j'en peux plus", F),
    ("chaque soir 38 et quelques, et le dos qui tire", F),
    ("le soir 38 passés, tous les jours", F),
    ("ma température n'est toujours pas revenue à la normale", F),
    ("la température redescend jamais vraiment", F),
    ("ma temp veut pas baisser depuis lundi", F),
]
KEPT = [
    # English
    ("I have a fever and my back hurts", F),
    ("temp of 38.5 every night", F),
    ("temperature back to normal for a week now", {}),
    ("38 degrees outside and my back aches", {}),
    ("the bath at 38 every evening helps my back", {}),
    ("every night I walk 40 minutes for my back", {}),
    ("I'm 38 and every night my back aches", {}),
    ("room 38 every night, the hotel bed is awful", {}),
    ("I had 38 last month, now normal", {}),
    ("my temperature is not going up, just the back pain", {}),
    # Dutch
    ("ik heb koorts en rugpijn", F),
    ("de koorts is al een week terug normaal", {}),
    ("elke avond 38 buiten, die hittegolf", {}),
    ("38 in de zon en mijn rug doet pijn", {}),
    ("mijn temperatuur gaat niet omhoog, alleen de rugpijn", {}),
    # French
    ("j'ai de la fièvre et mal au dos", F),
    ("ma température est revenue à la normale depuis une semaine", {}),
    ("chaque soir 38 dehors, quelle canicule", {}),
    ("le bain à 38 tous les soirs me soulage le dos", {}),
    ("ma température ne monte pas, c'est juste le dos", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
