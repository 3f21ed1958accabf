"""Session 41, round E (issue 12): weakness in both legs getting worse, told as a timeline, was read as stable or as one leg.

1. The "same" of the two sides read as a stable course: "both legs weak, every day a bit less, the same on both sides" compares
   the sides, it tells no course, yet its "same" / "hetzelfde" / "pareil" made the reading "stable" (bot/reading/redflags.py
   _stable_cue_told and _worsening_leg_net now drop the packs' new SIDES_SAME before reading the stable cues: en "the same on both
   sides", "left and right the same"; nl "aan beide kanten hetzelfde", "links en rechts hetzelfde"; fr "des deux cotes pareil",
   "pareil a gauche et a droite").
2. A decline told bare, "every day a bit less" at a clause's start, was no worsening: the packs' WORSE_NOW (en "every day a bit
   less", "a little less each week"; nl "elke dag wat minder", "van dag tot dag minder"; fr "chaque jour un peu moins bien", "de
   jour en jour un peu moins"), so it wins over a stable word nearby.
3. The legs going downhill ("het gaat rap achteruit met mijn benen", "mijn benen gaan achteruit", "my legs are going downhill"):
   no weakness read at all (nl and en BOTH_LEGS_WEAK_PATTERNS; nl WORSENING_PATTERNS for one leg).
4. The sides compared, one no better than the other ("left even worse than right", "links nog slechter dan rechts", "la gauche
   plus que la droite") after one leg's weakness: both legs (the packs' OTHER_LEG_TOO).

Kept: weakness told "not worse", "same as last week", "stable depuis"; one leg ("only the left", "links maar niet rechts", "my
left leg is weaker than my right"); both knees creaking; pain (not weakness) in both legs; "the pain is a bit less every day";
"the pain gets worse every day" with no weakness; a relative's legs when the writer is the patient.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

W = {"both_legs": True, "leg_weakness": "worsening"}
S = {"both_legs": True, "leg_weakness": "stable"}
ONE = {"leg_weakness": "worsening"}
CHANGED = [
    # en: the sides' "same" is no course; a bare "every day a bit less"
    ("both legs have gone weak, same on both sides", W),
    ("my two legs have no power left, left and right the same", W),
    ("both legs feel weak. three weeks ago i was still jogging, then i had to stop halfway, now even the stairs are a battle. "
     "the same on both sides", W),
    ("both of my legs are weak, each week a bit less, both sides the same", W),
    ("both legs weak and heavy, day by day a little less, exactly the same on both sides", W),
    ("both legs weak and heavy, it's been the same for a month. every day a bit less", W),
    ("my legs are going downhill fast, both of them", W),
    ("my legs have been going downhill since march", W),
    ("my right leg is weak and getting worse, the left even weaker than the right", W),
    # nl (Flemish too)
    ("mijn twee benen zijn slap, aan beide kanten hetzelfde", W),
    ("allebei mijn benen zijn krachteloos, links en rechts hetzelfde", W),
    ("mijn beide benen zijn zwak, t is al weken hetzelfde. maar elke week een beetje minder", W),
    ("het gaat achteruit met mijn benen, alle twee", W),
    ("t gaat rap achteruit met mijn benen, allebei", W),
    ("mijn benen gaan achteruit sinds de zomer", W),
    ("het gaat snel achteruit met mijn linkerbeen", ONE),
    ("mijn rechterbeen wordt zwakker, links nog slechter dan rechts", W),
    ("mijn twee benen hebben geen kracht meer: een maand geleden fietste ik nog naar de markt, toen moest ik afstappen aan de brug, "
     "nu raak ik amper de trap op. aan beide kanten hetzelfde", W),
    ("beide benen krachteloos, ze zijn links en rechts hetzelfde", W),
    # fr
    ("mes deux jambes sont faibles, pareil des deux côtés", W),
    ("les deux jambes sans force, à gauche et à droite pareil", W),
    ("mes deux jambes sont faibles, chaque jour un peu moins bien, pareil des deux côtés", W),
    ("les deux jambes faiblardes, c'est pareil depuis un moment. mais chaque semaine un peu moins", W),
    ("mes deux jambes ont perdu leur force, un peu moins bien chaque jour, des deux jambes pareil", W),
    ("j'ai plus de force dans les deux jambes, c'est pareil à gauche et à droite", W),
    ("les deux jambes faibles, toujours pareil depuis un mois. mais chaque jour un peu moins", W),
    ("mes deux jambes sont faibles, c'est pareil des deux jambes", W),
    ("mes deux jambes ont perdu leur force, la gauche et la droite pareil", W),
    ("ma jambe droite faiblit de plus en plus, la gauche encore pire que la droite", W),
    ("ma jambe gauche lâche de plus en plus, la droite plus que la gauche", W),
]
KEPT = [
    # the course told stable, of the weakness
    ("both legs a bit weak but not worse", S),
    ("both legs weak, same as last week", S),
    ("both my legs are weaker than before, it hasnt got any worse since the summer", S),
    ("mijn beide benen zijn wat slap maar niet erger", S),
    ("mijn twee benen zijn zwakker, al een maand hetzelfde", S),
    ("mes deux jambes sont faibles, stable depuis deux mois", S),
    ("les deux jambes faibles, c'est pareil depuis trois semaines", S),
    # the worsening already read (a course told, a limb's strength lost)
    ("beide benen slap, elke dag wat minder, links en rechts gelijk", W),
    ("j'ai les deux jambes faibles et lourdes, de jour en jour un peu moins, des deux côtés la même chose", W),
    ("mes deux jambes faiblissent : il y a deux semaines je faisais encore mes courses à pied, après il m'a fallu une canne, "
     "maintenant je tiens à peine debout. les deux côtés pareils", W),
    ("both legs weak, every day a bit worse, same on both sides", W),
    ("geen kracht meer in mijn benen, elke dag wat minder", W),
    ("plus de force dans les jambes, chaque jour un peu moins", W),
    ("mijn benen worden slapper, alle twee", W),
    ("mes jambes faiblissent, toutes les deux", W),
    ("mes deux jambes sont sans force, les deux côtés pareils", W),
    ("les deux jambes sont faibles depuis un mois, et chaque jour un peu moins bien", W),
    # one leg
    ("only my left leg is weak and getting weaker", ONE),
    ("my left leg is getting weaker, my left leg is weaker than my right", ONE),
    ("mijn linkerbeen wordt zwakker, links maar niet rechts", ONE),
    ("ma jambe gauche faiblit de plus en plus, seulement la gauche", ONE),
    # no weakness: knees creaking, pain in both legs, the pain less or worse each day
    ("both my knees creak when i get up", {}),
    ("pain in both legs, same on both sides", {}),
    ("pijn in mijn twee benen, aan beide kanten hetzelfde", {}),
    ("douleur dans les deux jambes, pareil des deux côtés", {}),
    ("my back pain is a bit less every day", {}),
    ("the pain gets worse every day", {}),
    ("de pijn wordt elke dag erger", {}),
    ("la douleur empire chaque jour", {}),
    ("het gaat achteruit met mijn rug", {}),
    # a relative's legs, the writer the patient
    ("my mum's legs are going downhill, my back hurts", {}),
    ("het gaat achteruit met de benen van mijn moeder, ik heb rugpijn", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
