"""Session 46, round R4 (issue 12): a thing that fell read as the patient's fall ("de doos viel naar beneden maar ik kon me
nog vastpakken", "the crate fell off the shelf but i managed to stay upright", "la caisse est tombee mais je suis restee
debout"), and leg weakness getting worse told without the usual words: a relative's legs failing "each time worse" ("my
dad's legs buckle when he stands, each time worse", "bij mijn moeder plooien haar benen weer, telkens wat erger", "les
jambes de mon pere lachent encore, chaque fois pire"), and French "je faiblis" said of the legs ("mes jambes, je faiblis un
peu plus de jour en jour", "je faiblis des jambes").

Changed: bot/reading/redflags.py fallen_thing reads the words that make a thing a place (THING_PLACE_BEFORE) from the pack
whose thing it is (the Dutch article "de" was read as the French "de": "de wasmand viel" was a fall), and reads a bigger
thing (the packs' FALLEN_OBJECTS: a box, crate, ladder, plant pot, bag) as the fall's subject only when the patient is told
as not falling after it (the packs' NOT_ME_FELL); the packs' BOTH_LEGS_WEAK_PATTERNS read a relative's legs that give way,
told getting worse (_others_failing_worse), as the worsening rules did. Packs: WORSE_NOW "each time worse" (en), "elke keer /
telkens erger" (nl), "chaque fois pire" (fr); nl "plooien zijn benen weer" (verb first, BOTH_LEGS_WEAK_PATTERNS,
WORSENING_PATTERNS, OTHERS_LEGS_FAIL) and "ik viel mee" (TRAUMA_PATTERNS: "viel mee" was read as "meevallen"); fr "je faiblis"
with the legs named (BOTH_LEGS_WEAK_PATTERNS, WORSENING_PATTERNS).
Kept: the patient falling with or over the thing, a thing that fell onto the back (a blow), a thing that fell with no word of
the patient staying up (the safe side), a relative's knee that gave way once, "je faiblis" with no leg, the pain that
"faiblit", the legs bent again ("ik kan mijn benen weer plooien"), and the plain forms read already.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

T = {"onset": "trauma"}
W = {"leg_weakness": "worsening"}
WB = {"leg_weakness": "worsening", "both_legs": True}
CHANGED = [
    # English
    ("the crate fell off the shelf but I managed to stay upright", {}),
    ("the plant pot fell over but I stayed on my feet", {}),
    ("the stepladder fell over, I stayed standing", {}),
    ("the box fell off the trolley but i didnt fall", {}),
    ("a suitcase fell from the rack on the train but not me", {}),
    ("the ladder fell but I didnt", {}),
    ("my dad's legs buckle when he stands, each time worse", WB),
    ("my wife's legs gave way twice this week, every time a bit worse", WB),
    # Dutch (Flemish and Netherlands)
    ("de wasmand viel van de trap maar ik bleef rechtstaan", {}),
    ("de doos viel naar beneden maar ik kon me nog vastpakken", {}),
    ("de ladder viel om, ik bleef staan", {}),
    ("de bloempot viel van de vensterbank maar zelf ben ik niet gevallen", {}),
    ("het krat viel van de kar maar ik bleef overeind", {}),
    ("bij mijn moeder plooien haar benen weer, telkens wat erger", WB),
    ("mijne pa zijn benen begeven het, elke keer erger", WB),
    ("mijn wasmand viel en ik viel mee van de trap", T),
    # French
    ("la caisse est tombée mais je suis restée debout", {}),
    ("l'échelle est tombée dans le jardin mais pas moi", {}),
    ("le carton est tombé de l'étagère, moi non", {}),
    ("mon sac est tombé dans l'escalier mais j'ai pu me rattraper", {}),
    ("les jambes de mon père lâchent encore, chaque fois pire", WB),
    ("les jambes de ma femme se dérobent, pire à chaque fois", WB),
    ("mes jambes, je faiblis un peu plus de jour en jour", WB),
    ("je faiblis des jambes depuis un mois", WB),
    ("ma jambe gauche, je faiblis chaque jour", W),
]
KEPT = [
    # English
    ("the ladder fell and I fell with it", T),
    ("I fell off the ladder onto the patio", T),
    ("a crate fell on my back in the warehouse", T),
    ("the box fell off the shelf", T),
    ("the ladder fell but I did not stay on my feet", T),
    ("the box fell but i didnt catch it", T),
    ("my husband's legs gave out again in the shower, each time it is worse", WB),
    ("my legs are weakening by the day", WB),
    ("my mum's knee gave way once on holiday last year", {}),
    ("i get more tired by the day", {}),
    # Dutch
    ("de kast viel om en toen viel ik mee", T),
    ("ik viel over de doos in de gang", T),
    ("er viel een doos op mijn rug uit de kast", T),
    ("de doos viel van de kast", T),
    ("de doos viel en ik ook", T),
    ("mijn boodschappentas viel op straat, maar ik niet", {}),
    ("mijn benen worden elke dag slapper", WB),
    ("de knie van mijn vrouw begaf het één keer bij het skiën", {}),
    ("ik kan mijn benen weer plooien", {}),
    ("de pijn viel mee", {}),
    # French
    ("je suis tombée de l'échelle", T),
    ("la caisse m'est tombée dessus", T),
    ("l'échelle est tombée et moi avec", T),
    ("le sac est tombé mais moi aussi", T),
    ("je faiblis de semaine en semaine", {}),
    ("la douleur faiblit petit à petit", {}),
    ("ma jambe faiblit de plus en plus", W),
    ("le genou de ma mère a lâché une fois l'an passé", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
