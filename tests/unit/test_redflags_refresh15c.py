"""Session-15 red-flag fixes, round 3 (issue 12): other wordings of the signs the third blind refresh (ac6f6b6) missed
or over-read, in English, Dutch and French; none is a blind message or a near copy. Every case here read otherwise
before these readings, except the kept ones, which must stay as they are."""
import pytest

from bot.reading.redflags import find_red_flags

SADDLE = {"saddle_numbness": True}
TRAUMA = {"onset": "trauma"}

# ---- 1. the saddle area (a list of it) named, then a comma and "all" and the numbness: the comma split them ----
AREA_THEN_ALL = [
    ("round my bum and privates, all numb", SADDLE),
    ("my backside and down below, all pins and needles", SADDLE),
    ("my bum, all of it numb", SADDLE),
    ("mijn poep en mijn kruis, helemaal verdoofd", SADDLE),
    ("mijn billen, allemaal doof", SADDLE),
    ("mijn zitvlak en mijn kruis, alle twee verdoofd", SADDLE),
    ("mon derriere et l'entrejambe, tout engourdi", SADDLE),
    ("les fesses, toutes engourdies", SADDLE),
    ("le perinee et les fesses, tout endormi", SADDLE),
]
AREA_THEN_ALL_KEPT = [
    ("my bum hurts, all numb legs", {"both_legs": True, "leg_numbness": True}),
    ("my bum, all fine, no numbness", {}),
    ("mijn billen, helemaal niet verdoofd", {}),
    ("mijn poep doet pijn, helemaal dove benen", {"both_legs": True, "leg_numbness": True}),
    ("les fesses, tout va bien", {}),
]


@pytest.mark.parametrize("text,expected", AREA_THEN_ALL + AREA_THEN_ALL_KEPT)
def test_area_then_all_numb(text, expected):
    assert find_red_flags(text) == expected


# ---- 2. wiping told in its own clause, then a comma and (almost) nothing felt ----
WIPED_THEN = [
    ("when i wipe its weird, i feel almost nothing", SADDLE),
    ("when i wipe, i feel nothing", SADDLE),
    ("after wiping this morning, couldnt feel a thing", SADDLE),
    ("als ik me afveeg is het raar, ik voel bijna niks", SADDLE),
    ("als ik me afveeg, voel ik bijna niks", SADDLE),
    ("bij het afvegen op het toilet, ik voel er niets van", SADDLE),
    ("qd je m'essuie apres les wc, je sens presque rien", SADDLE),
    ("quand je m'essuie le matin c'est etrange, je sens rien", SADDLE),
    ("en m'essuyant apres la selle, je ne sens quasi rien", SADDLE),
]
WIPED_THEN_KEPT = [
    ("wiping is fine, no numbness", {}),
    ("when i wipe, i dont feel any pain", {}),
    ("bij het afvegen, geen pijn meer", {}),
    ("quand je m'essuie, je sens pas de douleur", {}),
]


@pytest.mark.parametrize("text,expected", WIPED_THEN + WIPED_THEN_KEPT)
def test_wiped_then_nothing_felt(text, expected):
    assert find_red_flags(text) == expected


# ---- 3. rear-ended, told with a verb ----
REAR_ENDED = [
    ("someone went into the back of me on the roundabout", TRAUMA),
    ("a van drove into the back of my car", TRAUMA),
    ("a lorry hit us from behind on the motorway", TRAUMA),
    ("iemand reed achterop mijn auto", TRAUMA),
    ("er reed iemand op mij in aan de lichten", TRAUMA),
    ("iemand is achteraan in mijn wagen gereden", TRAUMA),
    ("een bestelwagen botste achterop", TRAUMA),
    ("on m'est rentre dedans au rond-point", TRAUMA),
    ("je me suis fait emboutir sur le parking", TRAUMA),
    ("un type nous est rentre dans le cul sur l'autoroute", TRAUMA),
]
REAR_ENDED_KEPT = [
    ("i went into the back of the shop", {}),
    ("mijn dochter reed achterop bij mij op de fiets", {}),
    ("ca m'est rentre dans la tete", {}),
]


@pytest.mark.parametrize("text,expected", REAR_ENDED + REAR_ENDED_KEPT)
def test_rear_ended(text, expected):
    assert find_red_flags(text) == expected


# ---- 4. down the stairs told as a tumble or a rush onto the back ----
DOWN_THE_STAIRS = [
    ("went down the stairs on my back", TRAUMA),
    ("came down half the steps on my bum", TRAUMA),
    ("bounced down the staircase on my backside", TRAUMA),
    ("ik ben de trap afgedonderd", TRAUMA),
    ("ik miste een trede en gleed de hele trap af op mijn rug", TRAUMA),
    ("ik ben gisteren de keldertrap afgetuimeld", TRAUMA),
    ("j'ai devale l'escalier sur les fesses", TRAUMA),
    ("j'ai loupe une marche et je me suis retrouve en bas", TRAUMA),
    ("rate la derniere marche et j'ai glisse sur le coccyx", TRAUMA),
]
DOWN_THE_STAIRS_KEPT = [
    ("i went down the stairs to get the post", {}),
    ("i went down the stairs on my own", {}),
    ("ik liep de trap af op mijn gemak", {}),
    ("j'ai devale les escaliers pour attraper le bus", {}),
    ("j'ai rate une marche", {}),
]


@pytest.mark.parametrize("text,expected", DOWN_THE_STAIRS + DOWN_THE_STAIRS_KEPT)
def test_down_the_stairs(text, expected):
    assert find_red_flags(text) == expected


WORSE = {"leg_weakness": "worsening"}

# ---- 5. standing or walking on the toes or heels named first, then no more (and before still a bit, told after) ----
ABILITY_FIRST = [
    ("on tiptoe, i cant anymore", WORSE),
    ("standing on my toes on the right, cant manage it now", WORSE),
    ("on my heels, cant walk on them anymore", WORSE),
    ("op mijn tenen staan, kan ik niet meer", WORSE),
    ("op mijn hielen lopen, kan ik niet meer", WORSE),
    ("op de tippen van mijn tenen, kon ik vandaag niet meer", WORSE),
    ("op mijn tenen rechts, kan ik nie meer", WORSE),
    ("sur les talons, j'y arrive plus", WORSE),
    ("me mettre sur la pointe des pieds, je peux plus", WORSE),
    ("sur les pointes c'est devenu impossible", WORSE),
    ("sur la pointe du pied droit ca va plus du tout", WORSE),
]
ABILITY_FIRST_KEPT = [
    ("my toes, cant feel them anymore", {}),
    ("on my toes, cant stop thinking about it now", {}),
    ("op mijn tenen, kan ik niet meer voelen", {}),
    ("sur la pointe des pieds je sais pas si c'est normal", {}),
    ("sur la pointe des pieds ca va", {}),
    ("la douleur s'en va de jour en jour", {}),
]


@pytest.mark.parametrize("text,expected", ABILITY_FIRST + ABILITY_FIRST_KEPT)
def test_ability_named_first_then_no_more(text, expected):
    assert find_red_flags(text) == expected


STABLE = {"both_legs": True, "leg_weakness": "stable"}
BOTH_WORSE = {"both_legs": True, "leg_weakness": "worsening"}

# ---- 6. both legs weak, the course told stable in another sentence or clause: the "not worse" wins over a comparison
# with before ("weaker than before"), never over a worsening told or a stable word that is the pain's; a denied stable
# cue ("not stable") is no stable course ----
COURSE_STABLE = [
    ("both legs weaker than before. it hasnt got any worse since the summer", STABLE),
    ("both my legs are weak, but it hasnt got any worse", STABLE),
    ("my legs are both weak and heavy. havent gotten worse in months", STABLE),
    ("mijn beide benen zijn slapper dan vroeger. het is al een maand hetzelfde", STABLE),
    ("allebei mijn benen zwakker dan voorheen. al weken niet erger", STABLE),
    ("mijn twee benen zijn krachteloos. sinds de zomer onveranderd", STABLE),
    ("mes deux jambes sont faibles. c pareil depuis 3 semaines", STABLE),
    ("mes deux jambes sont faibles et lourdes. franchement ca reste stable depuis un mois", STABLE),
    ("mes jambes sont molles toutes les deux. pas pire depuis l'ete", STABLE),
]
COURSE_STABLE_KEPT = [
    ("both legs weak since monday. the back pain is the same", BOTH_WORSE),
    ("my legs are both weak. it's getting worse, the pain is stable", BOTH_WORSE),
    ("both legs getting weaker every day. the pain is the same", BOTH_WORSE),
    ("mijn beide benen zijn zwak. het wordt elke dag erger", BOTH_WORSE),
    ("mes deux jambes sont faibles. la douleur est pareille", BOTH_WORSE),
]
NOT_STABLE = [
    ("both legs weaker than before, and worse every day, not stable", BOTH_WORSE),
    ("both my legs are weak, not stable at all", BOTH_WORSE),
    ("both legs weak, worse than last week but the same today", BOTH_WORSE),
    ("mijn beide benen zijn zwak, niet stabiel", BOTH_WORSE),
    ("mijn beide benen zijn zwak, nooit hetzelfde", BOTH_WORSE),
    ("mes deux jambes sont faibles, pas stable du tout", BOTH_WORSE),
    ("mes deux jambes sont faibles, de plus en plus, jamais pareil", BOTH_WORSE),
]


@pytest.mark.parametrize("text,expected", COURSE_STABLE + COURSE_STABLE_KEPT + NOT_STABLE)
def test_both_legs_course(text, expected):
    assert find_red_flags(text) == expected


BLADDER = {"bladder_bowel": True}

# ---- 7. "an accident" with the stool or urine in apposition is soiling, no trauma (Dutch read so already) ----
ACCIDENT_APPOSED = [
    ("had an accident, some pee, in the kitchen", BLADDER),
    ("had a little accident, a poo, at work", BLADDER),
    ("had an accident - a wee one", BLADDER),
    ("j'ai eu un accident, du caca, j'ai rien senti", BLADDER),
    ("petit accident ce matin, pipi, sans rien sentir", BLADDER),
    ("encore un accident hier, un peu de pipi dans le lit", BLADDER),
]
ACCIDENT_APPOSED_KEPT = [
    ("had an accident, a wee one, on the bike", {"onset": "trauma", "bladder_bowel": True}),
    ("had an accident, a car hit me", TRAUMA),
    ("ik had een ongelukje, een drol, niks van gevoeld", BLADDER),
    ("vandaag een ongelukje gehad, plas, ik voelde het niet", BLADDER),
    ("ik had een ongeluk, een auto reed op mij in", TRAUMA),
    ("un accident, une voiture m'a percute", TRAUMA),
]


@pytest.mark.parametrize("text,expected", ACCIDENT_APPOSED + ACCIDENT_APPOSED_KEPT)
def test_accident_with_stool_or_urine_apposed(text, expected):
    assert find_red_flags(text) == expected


# ---- 8. a trip or a slip without a fall is no trauma (Dutch and French read so already) ----
TRIP_NO_FALL = [
    ("tripped over the cat, didnt go down", {}),
    ("tripped over the hose, didnt fall but twisted my back", {}),
    ("tripped on the kerb, caught myself on the railing", {}),
    ("stumbled on the stairs but managed to stay up", {}),
    ("slipped on the stairs, luckily caught myself", {}),
]
TRIP_NO_FALL_KEPT = [
    ("tripped and fell", TRAUMA),
    ("tripped over the cat and went flying", TRAUMA),
    ("tripped over the cat, fell, didnt break anything", TRAUMA),
    ("slipped on the ice and landed on my back, didnt go to a&e", TRAUMA),
    ("ik struikelde over de hond, ben niet gevallen", {}),
    ("ik struikelde over de hond en viel op mijn rug", TRAUMA),
    ("j'ai trebuche sur le tapis, je suis pas tombe", {}),
    ("j'ai trebuche et je suis tombe sur le dos", TRAUMA),
]


@pytest.mark.parametrize("text,expected", TRIP_NO_FALL + TRIP_NO_FALL_KEPT)
def test_trip_without_a_fall(text, expected):
    assert find_red_flags(text) == expected


# ---- found with item 8: dialect "meself" was read as the Dutch "mezelf" (a one-edit typo), so wetting or soiling
# "meself" read nothing; it is "myself" ----
MESELF = [
    ("i wet meself on the bus", BLADDER),
    ("pissed meself last night", BLADDER),
    ("i pooed meself", BLADDER),
    ("soiled meself and didnt notice", BLADDER),
    ("had an accident, wet meself", BLADDER),
]
MESELF_KEPT = [
    ("ik heb mezelf bevuild", BLADDER),
    ("ik heb meself bevuild", BLADDER),
    ("cant feel meself down there", SADDLE),
]


@pytest.mark.parametrize("text,expected", MESELF + MESELF_KEPT)
def test_meself_is_myself(text, expected):
    assert find_red_flags(text) == expected


LEGS_NUMB = {"both_legs": True, "leg_numbness": True}

# ---- 1 (its other half): numbness that spreads along a leg and on into the saddle area, across "and" ----
SPREAD_TO_AREA = [
    ("pins and needles came up my leg and round my bum", SADDLE),
    ("the numbness spread down both legs and into my groin", {**SADDLE, **LEGS_NUMB}),
    ("tingling crept up my thighs and into my privates", {**SADDLE, **LEGS_NUMB}),
    ("de tintelingen trokken door mijn benen en rond mijn poep", {**SADDLE, **LEGS_NUMB}),
    ("het doof gevoel kroop omhoog in mijn benen en tot in mijn kruis", {**SADDLE, **LEGS_NUMB}),
    ("de prikkeling liep langs mijn been en tot in mijn zitvlak", SADDLE),
    ("des fourmis qui montent dans les jambes et autour des fesses", {**SADDLE, **LEGS_NUMB}),
    ("un engourdissement qui descend dans la jambe et jusque dans les fesses", SADDLE),
    ("des picotements qui remontent le long de la cuisse et entre les fesses", SADDLE),
]
SPREAD_TO_AREA_KEPT = [
    ("tingling went down my legs and my back hurts", LEGS_NUMB),
    ("pins and needles came up my legs and round my bum hurts", LEGS_NUMB),
    ("tingling went up my legs and into my back", LEGS_NUMB),
    ("des fourmis dans les jambes et mal aux fesses", LEGS_NUMB),
]


@pytest.mark.parametrize("text,expected", SPREAD_TO_AREA + SPREAD_TO_AREA_KEPT)
def test_numbness_spreads_into_the_saddle(text, expected):
    assert find_red_flags(text) == expected


# ---- 2 (its other half): wiping, and the skin not felt as one's own ----
WIPED_NOT_MY_SKIN = [
    ("when i wipe, like its not my skin", SADDLE),
    ("after wiping, as though it wasnt my skin", SADDLE),
    ("when i wiped it was like it wasnt me own skin", SADDLE),
    ("bij het afvegen is het alsof het mijn vel niet is", SADDLE),
    ("als ik me afveeg, net of het niet mijn eigen huid is", SADDLE),
    ("quand je m'essuie, comme si c'etait pas ma peau", SADDLE),
    ("qd je m'essuie c bizarre, on dirait que c'est plus ma peau", SADDLE),
]
WIPED_NOT_MY_SKIN_KEPT = [
    ("my skin is dry, like its not my skin", {}),
    ("ik veeg mijn handen af, alsof het mijn vel is", {}),
    ("je m'essuie les mains, comme si c'etait ma peau", {}),
]


@pytest.mark.parametrize("text,expected", WIPED_NOT_MY_SKIN + WIPED_NOT_MY_SKIN_KEPT)
def test_wiped_skin_not_ones_own(text, expected):
    assert find_red_flags(text) == expected
