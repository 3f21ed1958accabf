"""Answers, refresh 44b/30b (session 28, helper D): an onset worn in, a car run into, a level told of someone else, no leg.

Onset: a sudden start denied alone ("not all of a sudden", "niet ineens", "pas du jour au lendemain") was no answer: now
gradual (packs' GRADUAL). A slow start said strongly ("gradually", "beetje bij beetje", "petit a petit") or a sudden one denied ("not all of a
sudden", "niet ineens", "pas d'un coup") with the activity told as long or repeated right by it ("digging for weeks", "al
weken aan het spitten", "penchee toute la journee") was read a sudden movement: now gradual (packs' ONSET_SLOW_START,
ONSET_PROLONGED, ONSET_BREAK; bot/reading/answers.py _worn_in). "lifted a box and it gradually got worse" keeps the lift
(nothing long told of the lift), a fall stays a trauma.
A vehicle that ran into the patient's car ("a van jam my car", "tegen mijn auto gereden", "un bus a tape ma voiture") was
no answer: now a trauma (packs' TRAUMA_PHRASES).
Leg pain: below the knee denied of someone else ("below the knee he feels nothing", "onder de knie voelt hij niks", "sous le
genou il ne sent rien") was below_knee: the part is masked as free of pain (packs' FREE_ARE, en FREE_AFTER), the reach told
above it is read; alone it is asked again (None).
Leg pain "none": the legs denied with "nor", "ni", "ook niet", "noch", with the buttocks denied too ("ni dans les fesses ni
dans les jambes", "neither in my bum nor in my legs", "niet in mijn billen en ook niet in de benen"), or the pain kept to a
belt ("ca reste en ceinture", "stays like a belt", "blijft als een gordel") was None (the buttocks denied: ask again): now
none (packs' LEGS_DENIED; bot/reading/answers.py _LEGS_DENIED). The legs told after a "but" or "wel", a belt alone ("like
a belt") and "just my back and legs" are kept.
"""

from datetime import date
from functools import partial

from bot.reading.answers import parse_answer
from tests.support.reading_round import reading_round

TODAY = date(2026, 12, 1)
G, SM, T = "gradual", "sudden_movement", "trauma"
A, B = "above_knee", "below_knee"

ONSET_CHANGED = [
    # a slow start, a long or repeated activity
    ("gradually, ive been shovelling gravel for weeks", G),
    ("it wasnt sudden, i was digging all weekend", G),
    ("not all of a sudden, i lift patients all day at the care home", G),
    ("little by little, carrying crates every day at the warehouse", G),
    ("bit by bit really, im bent over flower beds all day long", G),
    ("nothing sudden, been lifting heavy boxes at work for months", G),
    ("beetje bij beetje, ik til elke dag bakken in de winkel", G),
    ("niet ineens hoor, ik sta de hele dag gebukt over de strijkplank", G),
    ("geleidelijk aan, ik ben al weken aan het verhuizen en dozen aan het sjouwen", G),
    ("het kwam niet plots, ben dagenlang aan het spitten geweest", G),
    ("stilaan, ik til dag in dag uit zware zakken", G),
    ("ce n'est pas arrivé d'un coup, je soulève des cartons tous les jours au travail", G),
    ("petit à petit, à force de me pencher toute la journée sur les enfants", G),
    ("pas du jour au lendemain, je bêche le jardin tous les week-ends", G),
    # a sudden start denied, on its own
    ("not all of a sudden", G),
    ("it wasnt overnight", G),
    ("niet ineens", G),
    ("nee, niet van de ene dag op de andere", G),
    ("ce n'est pas venu tout d'un coup", G),
    # a vehicle that ran into the patient's car
    ("a taxi bashed my car from behind at the junction", T),
    ("a lorry hit our car at the lights", T),
    ("somebody rammed my car on the motorway", T),
    ("one bus jammed us from behind", T),
    ("my car got bashed by a danfo last month", T),
    ("a truck smashed into my car at the roundabout", T),
    ("een busje is tegen mijn auto gereden op de parking", T),
    ("iemand knalde tegen onze wagen aan het rood licht", T),
    ("een vrachtwagen ramde tegen mijn auto", T),
    ("un bus a tapé ma voiture par l'arrière", T),
    ("une voiture est rentrée dans ma voiture au rond-point", T),
    ("un camion a foncé dans notre voiture sur l'autoroute", T),
]
ONSET_KEPT = [
    # the gradual word is about the course after one event
    ("lifted a box and it slowly got worse", SM),
    ("bent down and it gradually stiffened up", SM),
    ("bent down and for weeks it gradually got worse", SM),
    ("i lifted a box, its been sore for weeks and gradually worse", SM),
    ("tilde een krat en het werd langzaam erger", SM),
    ("ik bukte en sindsdien wordt het al weken geleidelijk erger", SM),
    ("j'ai soulevé un carton et petit à petit ça a empiré", SM),
    ("je me suis penché et depuis des semaines ça empire petit à petit", SM),
    # a long activity but a moment told
    ("i lift boxes all day and one day i felt a twang", SM),
    ("digging the garden all day and it went", SM),
    # a fall stays a trauma
    ("gradually worse since I fell on the ice while gardening every day", T),
    ("ik ben gevallen, het werd beetje bij beetje erger", T),
    ("je suis tombée, et petit à petit ça a empiré", T),
    # already read
    ("gradually over time", G),
    ("progressivement, je porte des sacs de ciment depuis des semaines", G),
    ("een taxi is in mijn auto gebotst", T),
    ("ma voiture a été percutée à l'arrêt", T),
    ("pas d'un coup", G),
    ("someone crashed into my car", T),
    ("a van ran into the back of my car", T),
    ("my car was rear ended", T),
    ("une camionnette a embouti ma voiture par derrière", T),
    ("on m'a embouti au feu rouge", T),
    ("een busje reed achterop mijn auto", T),
    ("mijn auto werd van achteren aangereden", T),
    # no collision
    ("we got jammed in traffic for hours", None),
    ("ik ben met mijn auto naar huis gereden", None),
    ("il est rentré dans ma voiture", None),
]
LEG_CHANGED = [
    ("to halfway down his thigh, below the knee he feels nothing", A),
    ("from his bum to mid thigh, under the knee he doesnt feel anything", A),
    ("down to the back of her thigh, below the knee she has nothing", A),
    ("into my thigh, below the knee i dont feel any pain", A),
    ("tot halverwege haar dij, onder de knie voelt ze niks", A),
    ("tot in zijn bovenbeen, onder de knie heeft hij niks", A),
    ("van bil tot bovenbeen, onder de knie voelt zij niets", A),
    ("tot in zijn dij, onder de knie voelt hij helemaal niks", A),
    ("jusqu'au milieu de la cuisse, sous le genou il ne sent rien", A),
    ("de la fesse à la cuisse, en dessous du genou elle ne sent rien du tout", A),
    ("jusqu'à mi-cuisse, sous le genou il n'a rien", A),
    ("dans la cuisse, sous le genou elle n'a rien", A),
    # the part below the knee denied alone: how far is unclear, ask again
    ("below the knee he feels nothing", None),
    ("onder de knie voelt hij niks", None),
    ("sous le genou il ne sent rien", None),
]
NONE = "none"
LEG_CHANGED += [
    ("neither in my buttocks nor in my legs", NONE),
    ("it goes neither into the bum nor down the legs", NONE),
    ("not in my bum and not in my legs either", NONE),
    ("it doesnt go into my buttock, nor down my legs", NONE),
    ("it stays like a belt round my lower back", NONE),
    ("niet in mijn billen en ook niet in de benen", NONE),
    ("noch in mijn bil noch in mijn been", NONE),
    ("geen pijn in mijn bil en ook niet in mijn been", NONE),
    ("het blijft als een gordel rond mijn onderrug", NONE),
    ("ça ne va ni dans la fesse ni aux jambes", NONE),
    ("ni la fesse ni la jambe", NONE),
    ("ça ne descend pas dans la fesse ni dans la jambe", NONE),
    ("elle reste en ceinture autour des reins", NONE),
]
LEG_KEPT = [
    ("not in my buttocks, just my back and legs", None),
    ("not in my bum but in my legs", None),
    ("niet in de billen maar wel in de benen", None),
    ("pas dans la fesse mais dans les jambes", None),
    ("je ne peux ni marcher ni plier les jambes", None),
    ("ni dans la fesse ni dans la jambe mais dans le pied", B),
    ("niet in de billen, ook niet in de benen maar wel in de voeten", B),
    ("like a belt", None),
    ("als een gordel rond mijn onderrug", None),
    ("en ceinture", None),
    ("to the thigh and below the knee its numb", B),
    ("down to below the knee", B),
    ("it goes below the knee, he feels it in his calf", B),
    ("tot onder de knie", B),
    ("jusque sous le genou", B),
    ("into my thigh, nothing below the knee", A),
    ("to his thigh. below his knee he feels nothing at all", A),
    ("tot mijn dij, onder de knie voel ik niks", A),
    ("dans la cuisse, sous le genou je n'ai rien", A),
    ("jusqu'au milieu de la cuisse, rien sous le genou", A),
    ("like a belt across my lower back, not into the legs", "none"),
]

test_onset_changed, test_onset_kept = reading_round(
    partial(parse_answer, "onset", today=TODAY), ONSET_CHANGED, ONSET_KEPT
)
test_leg_changed, test_leg_kept = reading_round(partial(parse_answer, "leg_pain", today=TODAY), LEG_CHANGED, LEG_KEPT)
