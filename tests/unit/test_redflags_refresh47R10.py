"""Session 47, round R10 (issue 12): false alarms of this session's rounds, each on the safe side but a wrong answer a patient
would notice: a loss of strength denied ("no power lost in my legs", "mijn benen verliezen geen kracht", "pas de force perdue
dans mes jambes"), an animal that sleeps on the saddle ("my cat falls asleep on my bum", "soms slaapt de poes op mijn billen"),
a time of leaving or a bus read as a temperature ("we leave at 38 every morning", "ik vertrek om 38 elke ochtend", "on prend
le 38 tous les soirs") and a temperature at night read as night pain ("'s nachts altijd 39", "at night constantly 39").

The weakness cue "no strength" ("geen kracht", "pas de force") was read as the sign itself where a verb of losing governs it
and the "no" denies the loss; the saddle's sleeping was read with an animal as its subject and the area where it lies; R9's
whole degree at a time of every day was read after a verb of leaving ("leave at", "vertrek om", "pars a") and after a
French article ("le 38": a bus line); the night's persistence word ("altijd", "constantly", "en continu") was read as night
pain where what persists is a temperature. Changed: the weakness cue ("no strength", "geen kracht") not after a verb of
losing nor before "lost"/"verloren" in the en and nl packs' WEAK and FAILING_LIMB (as the fr pack's _NOT_LOSING; fr "pas de
force" not before "perdue"), the engine's _saddle_skip for an animal asleep on the area (_being_asleep_on_area: the packs'
OTHER_BEINGS, SLEEPS_ON, AREA_SLEPT_ON), the packs' READING_NOT_BEFORE (verbs of leaving, nl "om", fr "le", "au") now read
before the number in both of R9's patterns, the night persistence patterns of the en, nl and fr packs not before a
temperature nor with one in their gap (the engine's NOT_PERSISTING_READING after the packs' PERSISTENT_ONLY, NOT_A_READING),
and fr READING_TIME "la nuit" (as "at night", "s nachts": "la nuit en continu 39" is the fever it tells).
Kept: the loss of strength told plainly, "no strength left" (the safe side), the area asleep on its own or told with the
animal, a fever at a time of every day, a number named a thing, night pain told plainly.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

F = {"fever": True}
S = {"saddle_numbness": True}
N = {"night_pain": True}
W2 = {"both_legs": True, "leg_weakness": "worsening"}
CHANGED = [
    # English
    ("no power lost in my legs", {}),
    ("I've lost no strength in my legs", {}),
    ("my legs lose no strength when i walk", {}),
    ("no strength lost in either leg", {}),
    ("i am losing no power in my legs", {}),
    ("my cat falls asleep on my bum every night", {}),
    ("my dog falls asleep on my bum", {}),
    ("we leave at 38 every morning", {}),
    ("i leave at 38 every morning", {}),
    ("every morning we leave at 38", {}),
    ("at night constantly 39", F),
    # Dutch (Flemish and Netherlands)
    ("mijn benen verliezen geen kracht", {}),
    ("ik verlies geen kracht in mijn benen, enkel pijn", {}),
    ("mijn voeten verliezen geen kracht", {}),
    ("geen kracht verloren in mijn benen", {}),
    ("ik ben geen kracht verloren in mijn benen", {}),
    ("soms slaapt de poes op mijn billen", {}),
    ("de hond slaapt tussen mijn benen", {}),
    ("'s avonds slaapt de kat op mijn kont", {}),
    ("de hond ligt op mijn billen te slapen", {}),
    ("ik vertrek om 38 elke ochtend", {}),
    ("elke ochtend vertrekken we om 38", {}),
    ("'s nachts altijd 39", F),
    ("s nachts constant 38,5", F),
    ("'s nachts voortdurend 40 graden", F),
    ("'s nachts altijd koorts", F),
    # French (Belgian)
    ("pas de force perdue dans mes jambes", {}),
    ("pas de force perdue dans mes jambes, juste mal au dos", {}),
    ("le 38 tous les soirs", {}),
    ("on prend le 38 tous les soirs pour rentrer", {}),
    ("nous partons a 38 tous les matins", {}),
    ("je pars a 40 chaque matin", {}),
    ("je descends au 38 chaque soir", {}),
    ("la nuit en continu 39", F),
]
KEPT = [
    # English
    ("my legs are not losing strength", {}),
    ("my legs are losing strength", W2),
    ("no strength left in my legs", W2),
    ("my legs have lost power", W2),
    ("my bum is asleep", S),
    ("my cat sleeps on my bum", {}),
    ("my dog sleeps between my legs and my bum is numb", S),
    ("always 38 in the evening", F),
    ("i'm at 38 every evening", F),
    ("bus 38 every morning", {}),
    ("at night always 39", F),
    ("the pain is always worse at night", N),
    # Dutch
    ("mijn benen verliezen kracht", W2),
    ("ik verlies kracht in mijn been", {"leg_weakness": "worsening"}),
    ("geen kracht meer in mijn benen", W2),
    ("mijn billen slapen", S),
    ("soms slapen mijn billen", S),
    ("mijn kont slaapt als ik fiets", S),
    ("de kat slaapt op mijn billen en mijn billen slapen ook", S),
    ("elke avond 38,2", F),
    ("kamer 38 elke avond", {}),
    ("'s nachts altijd pijn", N),
    ("s nachts constant pijn", N),
    ("'s nachts altijd erger", N),
    # French
    ("mes jambes ne perdent pas de force", {}),
    ("mes jambes perdent de la force", W2),
    ("plus de force dans mes jambes", W2),
    ("le chat dort sur mes fesses", {}),
    ("mon chat dort sur mes fesses et mes fesses sont engourdies", S),
    ("tous les soirs 38 et des poussières", F),
    ("tous les soirs je suis a 38", F),
    ("la ligne 38 tous les jours", {}),
    ("la nuit toujours 39", F),
    ("je me reveille la nuit a cause de la douleur", N),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
