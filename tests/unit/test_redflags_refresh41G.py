"""Session 41, round G (issues 12 and 16, item 3): missed red flags, a sign asked in a question's infinitive or subjunctive,
"still not" told after "nothing changed", and a push that made the person fall.

1. The sign told in a question's own verb form: the French subjunctive ("c'est normal que je ne ressente plus rien") and
   infinitive ("est-ce grave de ne plus sentir", "de ne plus pouvoir retenir"), the English "can no longer" / "to not (be
   able to)" and the Dutch "om ... niet meer te voelen" were read as nothing. Changed: bot/lang/fr/redflags.py (session 41G
   section: CLITICS drops the infinitive's "ne" before its "pas"/"plus", which was read as the Flemish "ne" = een;
   SPOKEN_PHRASES reads a subjunctive after "je" as the indicative; NUMB_COMMON and BLADDER_PATTERNS read the negated
   infinitive "plus sentir", "plus pouvoir retenir"), bot/lang/en/redflags.py (SPOKEN_PHRASES: "can no longer" and "not be
   able to" before a feel or hold verb are "cant", "no longer" / "to not" are "dont"), bot/lang/nl/redflags.py
   (SPOKEN_PHRASES: "niet (meer) te voelen / te merken / te kunnen" read as "niet (meer) voel / merk / kan").
2. "still not" after the verb: the French "toujours pas" / "toujours rien" (and the Belgian "encore pas") and the Dutch
   "nog steeds niks" before the denial hid the sign ("je sens toujours pas quand ..."). Changed: fr and nl SPOKEN_PHRASES drop
   the "still" before the negation ("pas toujours", "toujours plus", "encore plus" and the bare Dutch "nog niks", not yet,
   stay).
3. A push, a shove or a knock by someone down, off or over a height, or into or against something hard (en, nl, fr
   TRAUMA_PATTERNS, session 41G sections), active, passive or perfect: "got shoved down the stairs", "ik werd van de ladder
   geduwd", "il m'a poussé du haut de l'escalier".

Kept: pain (not numbness) asked about, a pain no longer felt, a push to do more, a pram pushed, a push aside with no fall,
"pushed me over the edge", a push into a car, the signs told plainly and a relative's legs when the writer is the patient.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

S = {"saddle_numbness": True}
B = {"bladder_bowel": True}
T = {"onset": "trauma"}
CHANGED = [
    # en: the question's infinitive, "can no longer"
    ("is it normal that i can no longer feel my backside", S),
    ("is it normal to not be able to feel my bottom when i sit on the loo", S),
    ("is it normal not to feel my backside anymore", S),
    ("should i worry that i no longer feel the toilet paper when i wipe", S),
    ("is it normal to not be able to hold my pee", B),
    ("same as before, still not able to feel when i need to poo", B),
    # en: a push that made one fall
    ("got shoved down the stairs at school on friday", T),
    ("my brother knocked me off the ladder", T),
    ("he pushed me over in the playground and my back hurts", T),
    ("a man pushed me against the radiator in the corridor", T),
    ("my sister pushed me off the trampoline", T),
    # nl: "om ... niet meer te voelen", "nog steeds niks"
    ("is het normaal om mijn billen niet meer te voelen", S),
    ("is het normaal om niet te voelen wanneer ik moet plassen", B),
    ("is het erg om niet meer te voelen wanneer ik moet kakken", B),
    ("niks veranderd, ik voel nog altijd niks als ik me afveeg", S),
    # nl: a push
    ("hij duwde mij van de trap af", T),
    ("ik werd van de ladder geduwd", T),
    ("iemand heeft me tegen de radiator geduwd", T),
    ("mijn broer duwde me omver op de speelplaats", T),
    ("een kerel duwde me van het podium", T),
    # fr: the subjunctive, the infinitive, "toujours pas"
    ("est-ce grave de ne plus sentir le papier quand je m'essuie", S),
    ("c'est normal que je ne ressente plus rien entre les cuisses", S),
    ("faut-il s'inquiéter que je ne sente plus rien autour de l'anus", S),
    ("je ne peux plus sentir mes fesses", S),
    ("je sens toujours pas mes fesses", S),
    ("toujours pareil, je ne sens toujours rien entre les jambes", S),
    ("c'est normal de ne pas sentir quand je dois faire pipi", B),
    ("est-ce normal de ne plus pouvoir retenir les selles", B),
    # fr: a push
    ("il m'a poussé du haut de l'escalier", T),
    ("j'ai été poussé dans les escaliers au boulot", T),
    ("elle m'a poussée par terre", T),
    ("mon frère m'a poussé de l'échelle", T),
]
KEPT = [
    # en
    ("is it normal that my backside aches from sitting?", {}),
    ("is it normal not to feel any pain after the injection?", {}),
    ("i no longer feel the pain in my bum", {}),
    ("my physiotherapist pushed me to walk further", {}),
    ("i pushed the buggy down the road", {}),
    ("he pushed me into doing more sessions", {}),
    ("that pushed me over the edge", {}),
    ("she pushed me into the car", {}),
    ("someone pushed me and i fell", T),
    ("is it normal that i cant feel my bum", S),
    ("nothing has changed, still cant feel my bum", S),
    ("my mum can no longer walk far, my back is just sore", {}),
    # nl
    ("een man duwde me opzij, maar ik ben niet gevallen", {}),
    ("ik duwde de kinderwagen de straat af", {}),
    ("de kine duwt me om meer te oefenen", {}),
    ("ik probeer de pijn niet te voelen", {}),
    ("is het normaal dat mijn billen pijn doen van het zitten", {}),
    ("het is nog steeds niet beter maar ik kan goed plassen", {}),
    ("ik voel nog niks van de pijnstiller", {}),
    ("iemand duwde me tegen de muur", T),
    ("mijn vrouw heeft MS, het gaat achteruit met haar benen. ik heb rugpijn", {}),
    ("niks veranderd, ik voel mijn zitvlak nog altijd nie", S),
    # fr
    ("c'est normal que j'aie mal aux fesses à force d'être assis ?", {}),
    ("c'est normal que je sente une gêne dans le dos ?", {}),
    ("rien n'a changé, je vais aux toilettes normalement", {}),
    ("j'ai poussé le caddie jusqu'à la voiture", {}),
    ("le kiné me pousse à marcher plus", {}),
    ("je ne sens plus la douleur depuis le médicament", {}),
    ("ce n'est pas toujours facile de rester assis", {}),
    ("on m'a bousculé et je suis tombé", T),
    ("je ne sens plus mes fesses", S),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
