"""Session 36, round C (issue 12): a fall or a collision denied, avoided, only watched, or a breakdown, read as trauma.

1. A collision or fall denied with a negative pronoun or adverb ("nowhere", "nothing", "no one"): the Dutch "nergens" right
   before the fall or collision word ("ik ben nergens tegen gebotst", "nergens op gevallen", Flemish "nievers"), nothing or no
   one as what was struck after a collision word ("collided with nothing", "gebotst tegen niks", "j'ai percute personne"), the
   French "nulle part" right after ("je suis tombe nulle part").
2. A collision avoided: the near word inside the trauma words ("a bus almost hit me", "was nearly run over", "m'a presque
   renverse") or, in Dutch, right after the one struck ("een auto raakte mij bijna").
3. A collision only watched on a screen ("a film about a plane crash", "een ongeluk op het nieuws", "un film avec un accident")
   or, in French, witnessed ("assiste a une collision").
4. French "tomber en panne" (a car or machine breaking down).

Changed: the packs' NOT_A_FALL (bot/lang/en, nl, fr redflags.py, session 36C block at the end), read by
bot/reading/redflags.py _trauma_skip (unchanged engine).

Kept (safety first): a fall or blow told with a denial of something else ("fell ..., didn't hit my head on anything", "gevallen
en nergens anders pijn", "tombe, cogne nulle part ailleurs"), nothing else hurt, a fall told beside the denied collision
("gevallen maar nergens tegen gebotst"), a near miss with a fall told after it, "nobody hit me but I fell", a fall after the
breakdown ("... en panne et je suis tombe en la poussant"), a real crash with "no" words elsewhere, "tripped over nothing" (a
fall), a fall "niks gebroken".
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

T = {"onset": "trauma"}
CHANGED = [
    # en: a near miss inside the trauma words
    ("a lorry very nearly hit me on the zebra crossing, i jumped back", {}),
    ("a van almost knocked me over in the car park but it stopped", {}),
    ("i was almost run over by a bus this morning, the driver braked", {}),
    ("i was nearly knocked down by a motorbike but it missed me", {}),
    ("a taxi practically hit me at the lights, it stopped an inch away", {}),
    ("a moped nearly knocked me flying but i stepped aside", {}),
    # en: nothing or no one struck, a crash only watched
    ("i collided with nothing, the pain just came on bending", {}),
    ("crashed into nobody, it started when i sneezed", {}),
    ("we saw a documentary about a train crash and my back was sore after sitting", {}),
    ("my back aches since i watched a film about a car crash on the sofa", {}),
    # nl: "nergens" before the word, niks after it, Flemish
    ("ik ben echt nergens tegen gebotst, het kwam uit het niets", {}),
    ("nergens tegen gebotst en niet gevallen, gewoon wakker geworden met pijn", {}),
    ("k zen nievers tegen gebotst", {}),
    ("ik ben nergens van gevallen, het begon bij het bukken", {}),
    ("'k zen nergens gevalle, t is vanzelf gekomen", {}),
    ("nie gevallen, nergens tegen gebotst, gewoon pijn", {}),
    ("mijn rug doet zeer maar ik ben nergens tegen aangereden", {}),
    # nl: avoided, only watched
    ("een scooter raakte ons bijna op het zebrapad maar kon nog stoppen", {}),
    ("we zagen een ongeluk op het journaal en ik kreeg rugpijn van het zitten", {}),
    ("ik keek een serie met een zware botsing erin, mijn rug is stijf", {}),
    # fr: "nulle part", "personne", a near miss, watched, "en panne"
    ("je suis tombee nulle part, ca m'a pris en me levant", {}),
    ("chuis tombé nul part, c'est venu comme ça", {}),
    ("un scooter m'a presque percutée au passage piéton mais il a freiné", {}),
    ("un bus a quasiment heurté ma voiture ce matin, il s'est arrêté à temps", {}),
    ("on a regardé un reportage sur un carambolage et j'ai mal au dos depuis le canapé", {}),
    ("j'ai été témoin d'une collision au rond-point, moi j'ai rien eu", {}),
    ("notre voiture est tombée en panne en vacances, j'ai mal au dos", {}),
    ("le congélateur est tombé en panne dimanche", {}),
    ("ma bagnole est tombée en panne et depuis j'ai mal au dos à force de prendre le bus", {}),
]
KEPT = [
    # a fall or blow told, a denial of something else
    ("i fell off the ladder but i didnt bang my head on anything", T),
    ("i fell and nothing else hurts", T),
    ("tripped over nothing and went flat on my face", T),
    ("nobody pushed me, i just fell down the steps", T),
    ("i was nearly hit by a car and fell over jumping out of the way", T),
    ("a car hit me on my bike yesterday", T),
    ("i bumped into the door frame with my back", {}),
    ("i saw a crash on the news", {}),
    ("ik ben gevallen maar heb nergens anders pijn", T),
    ("ik ben van de trap gevallen, niks gebroken", T),
    ("ik ben gevallen maar nergens tegen gebotst", T),
    ("ik ben tegen een paal gebotst met de fiets", T),
    ("een auto raakte mij op het fietspad", T),
    ("ik ben bijna gevallen en lag toch op de grond", T),
    ("niemand duwde mij maar ik ben gevallen", T),
    ("ik ben nergens tegen gebotst maar wel gevallen op het ijs", T),
    ("je suis tombé, je ne me suis cogné nulle part ailleurs", T),
    ("je suis tombée et je n'ai rien cassé", T),
    ("la voiture est tombée en panne et je suis tombé en la poussant", T),
    ("personne ne m'a bousculé mais je suis tombée dans l'escalier", T),
    ("une voiture m'a renversé au passage piéton", T),
    ("je suis tombé de l'échelle", T),
    ("j'ai vu un accident à la télé", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
