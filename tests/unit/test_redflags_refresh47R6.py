"""Session 47, round R6 (issue 12): a weakness of both legs never got back after an operation and told stable since ("both my
legs never got their full strength back, hasnt changed for months"), and a fever over told as not come back ("the fever came
down fully and has not come back since").

Both legs that "never got their strength back" (en), "nooit meer hun kracht teruggekregen" (nl), "n'ont jamais retrouve leur
force" (fr) named no weak word, so an old weakness after surgery told stable was missed: {}. Changed: a WEAK entry in each
pack (the strength never got back, regained or recovered, or never come back), so the legs are read weak, stable when the
sentence tells a stable course ("hasnt changed", "al maanden hetzelfde", "ca bouge plus"), else worsening (the safe side).
A fever told as not come back ("has not come back", "is niet meer teruggekomen", "n'est plus revenue"), or come down fully
before it, was read as the fever now. Changed: a FEVER_OVER entry in each pack (the over phrase holds the fever word).
Kept: a weakness told worse, the strength told back, a fever come back, back every evening, one not come back down or to
normal, and "has not come back" said of the pain with a fever now.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

STABLE = {"both_legs": True, "leg_weakness": "stable"}
WORSE = {"both_legs": True, "leg_weakness": "worsening"}
F = {"fever": True}
CHANGED = [
    ("had a laminectomy in 2019 and both my legs never got their full strength back, hasnt changed for months", STABLE),
    ("since the spinal op both legs never regained their strength, the surgeon says its stable", STABLE),
    ("both of my legs never got back their old strength after the operation, been the same for a year now", STABLE),
    ("after my back surgery the strength never came back fully in both my legs, but it has not changed in months", STABLE),
    ("had covid in january and the fever has not come back since, checked it daily", {}),
    ("both my legs never got their strength back after surgery and are getting worse every week", WORSE),
    ("my fever came down fully and hasnt come back for a month now", {}),
    ("got a chest infection in the autumn. the fever has not returned since, i check every morning", {}),
    ("na mijn rugoperatie hebben allebei mijn benen nooit meer hun volle kracht teruggekregen, het is al maanden hetzelfde", STABLE),
    ("sinds ze mij geopereerd hebben, hebben mijn twee benen nooit meer hun kracht teruggekregen, maar da is al een jaar stabiel", STABLE),
    ("mijn beide benen hebben hun kracht nooit helemaal teruggekregen na de operatie, onveranderd sinds de zomer", STABLE),
    ("ik heb in februari griep gehad, de koorts is niet meer teruggekomen sinds drie weken", {}),
    ("vorige maand longontsteking gehad. de koorts is nooit meer teruggekomen, ik meet elke dag", {}),
    ("'k had koorts van de griep, maar de koorts is nie meer teruggekomen sinds twee weken", {}),
    ("had vorige maand een blaasontsteking met koorts, de koorts kwam nooit meer terug", {}),
    ("opéré d'une hernie en 2020, depuis mes deux jambes n'ont jamais retrouvé leur force, mais ça bouge plus depuis des mois", STABLE),
    ("mes 2 jambes ont jamais récupéré toute leur force après l'opération, c'est stable d'après le chirurgien", STABLE),
    ("depuis l'intervention, mes jambes n'ont pas retrouvé leur pleine force, rien n'a changé depuis un an", STABLE),
    ("j'ai eu une grippe en janvier, la fièvre n'est plus revenue depuis trois semaines", {}),
    ("la fièvre est tombée complètement et n'est jamais revenue depuis un mois", {}),
    ("j'avais de la fièvre avec une infection urinaire, la fièvre n'est pas revenue depuis, je mesure tous les jours", {}),
]
KEPT = [
    ("both my legs are getting weaker since the operation", WORSE),
    ("my legs are strong again", {}),
    ("both my legs got their strength back after the operation", {}),
    ("the fever came back last night", F),
    ("fever came down but comes back every evening", F),
    ("the pain has not come back but I have 38.5", F),
    ("the fever has not come back down, still 39", F),
    ("allebei mijn benen worden zwakker sinds de operatie", WORSE),
    ("de koorts is vannacht teruggekomen", F),
    ("de pijn is niet meer teruggekomen maar ik heb 38,5", F),
    ("de koorts zakte maar komt elke avond terug", F),
    ("de koorts is niet teruggekomen naar normaal, nog altijd 38,4", F),
    ("ma jambe ne bouge plus", {}),
    ("mes deux jambes sont de plus en plus faibles depuis l'opération", WORSE),
    ("la fièvre est revenue cette nuit", F),
    ("la douleur n'est plus revenue mais j'ai 38,5", F),
    ("la température n'est pas revenue à la normale, toujours 38,6", F),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
