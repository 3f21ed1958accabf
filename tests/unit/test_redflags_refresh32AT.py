"""Session 32, round AT: getting thin told with become / worden / devenir; a weak stream or trickle of a shower, tap, hose or
kettle read as the bladder; a slipper or clog that keeps coming off the foot named, getting worse, not read.

Blind messages were read wrong:
1. Getting thin told with "worden" ("ik word zo mager", "hij wordt heel mager") was read {} (only "magerder" / "mager geworden"
   were read); in English "turning skinny", "becoming skeletal", in French "je deviens mince", "en train de devenir maigre"
   were missed too.
2. A thin stream of a shower or a tap ("de douche geeft maar een dun straaltje") was read as the patient's weak stream.
3. A flip-flop, slipper or clog that keeps coming off the foot named ("off my right foot", "van mijn voet", "de mon pied"),
   told as getting worse, was read {} in English and French (Dutch mostly read already: KEPT): only footwear left behind while
   walking was a sign alone.

Changed:
- WEIGHT_PATTERNS (nl): ik/hij/ze ... word/wordt/werd/raak(t) ... mager, broodmager, graatmager, iel, schriel, knokig, benig,
  dun (not "van het sporten/fietsen/dieet", not hair); "mager aan het worden", "begin mager te worden".
  WEIGHT_PATTERNS (en): I/he/she ... turning/becoming ... skinny, thin, skeletal, gaunt, bony, a skeleton, a bag of bones (no "to"
  between: "want to become thin" is a wish). WEIGHT_PATTERNS (fr): je/il/elle deviens/devient mince, fin, filiforme, maigrelet,
  osseux, un squelette; "en train de / commence a devenir maigre".
- new pack tables FIXTURE_STREAM, FIXTURE_INSIDE, FIXTURE_OWN (en, nl, fr, beside WEAK_STREAM_AFTER) and engine
  (bot/reading/redflags.py _only_fixtures_stream in _find): the bladder read only in sentences naming a shower, tap, hose or
  kettle as the giver (not "under the shower") and none of the person's own water (NET_BLADDER, NET_BOWEL, FIXTURE_OWN) is
  dropped.
- FOOT_SIGN_ALONE (en, nl, fr): footwear that falls/slips/flicks/pops off the foot named, or is lost off it; the worsening
  net then reads "getting worse" with it.

Kept: a wish to get thin, always thin, lean meat, thin on purpose by sport, thin hair, a thin stream of urine (the person's
own, also under the shower), footwear off one foot without a worsening.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

WEIGHT = {"weight_loss": True}
BLADDER = {"bladder_bowel": True}
WORSE = {"leg_weakness": "worsening"}
CHANGED = [
    # 1. getting thin told with worden / become / devenir (nl)
    ("ik word de laatste tijd erg mager", WEIGHT),
    ("ik word broodmager en ik eet gewoon", WEIGHT),
    ("hij wordt zo iel de laatste maanden", WEIGHT),
    ("ik ben mager aan het worden zonder reden", WEIGHT),
    ("ik begin echt mager te worden", WEIGHT),
    ("ik word zo knokig", WEIGHT),
    ("ze wordt graatmager", WEIGHT),
    # (en)
    ("im turning skinny and i dont know why", WEIGHT),
    ("she is becoming skeletal", WEIGHT),
    ("hes turning into a skeleton", WEIGHT),
    ("i am becoming gaunt", WEIGHT),
    ("im becoming a bag of bones", WEIGHT),
    # (fr)
    ("je deviens toute fine sans raison", WEIGHT),
    ("elle devient osseuse", WEIGHT),
    ("je suis en train de devenir maigre", WEIGHT),
    ("je commence a devenir tout maigre", WEIGHT),
    ("je deviens filiforme", WEIGHT),
    # 2. a weak stream of a shower, tap, hose, kettle (nl)
    ("onze douche geeft nog maar een miezerig straaltje", {}),
    ("uit de tuinslang komt maar een dun straaltje", {}),
    ("de waterkoker giet maar een dun straaltje", {}),
    ("de kraan heeft een zwakke straal", {}),
    ("de douchekop heeft een slappe straal sinds gisteren", {}),
    # (en)
    ("the shower has a really weak stream", {}),
    ("the hose has a weak stream since the frost", {}),
    ("weak stream from the kitchen tap", {}),
    ("the kettle only gives a thin stream", {}),
    # (fr)
    ("le robinet a un jet faible", {}),
    ("le jet du tuyau est faible", {}),
    ("le robinet de la cuisine a un jet tout faible", {}),
    ("notre robinet a un jet vraiment faible", {}),
    ("la bouilloire verse un jet faible", {}),
    # 3. footwear off the foot named, getting worse (en)
    ("i keep losing my slipper off my left foot, getting worse", WORSE),
    ("my flip flop shoots off my right foot more and more, its getting worse", WORSE),
    ("my croc keeps flipping off my foot and this is getting worse each day", WORSE),
    # (nl)
    # (nl: mostly read already, see KEPT)
    ("mijn crocs glippen steeds van mijn voet en het wordt erger", WORSE),
    # (fr)
    ("ma pantoufle glisse tout le temps de mon pied droit et ca empire", WORSE),
    ("ma claquette tombe sans cesse de mon pied gauche, c'est de pire en pire", WORSE),
    ("je perds sans arret ma savate du pied droit, et ca s'aggrave", WORSE),
    ("mon sabot saute de mon pied droit, et c'est de pire en pire", WORSE),
]
KEPT = [
    # 1. read already, a wish, a state, on purpose, hair, a stream
    ("ik word steeds magerder", WEIGHT),
    ("je deviens maigre", WEIGHT),
    ("he is becoming very thin", WEIGHT),
    ("ik wil mager worden", {}),
    ("ik ben altijd al mager geweest", {}),
    ("mager vlees eet ik graag", {}),
    ("mijn dochter wordt mager van het sporten", {}),
    ("ik word mager van het fietsen", {}),
    ("mijn haar wordt dun", {}),
    ("i want to become thin", {}),
    ("im turning thin on top", {}),
    ("my hair is becoming thin", {}),
    ("the stream is becoming thin", {}),
    ("je veux devenir mince", {}),
    ("mon jet devient tout fin", {}),
    ("le filet devient mince", {}),
    # 2. the person's own weak stream stays
    ("ik plas maar een dun straaltje", BLADDER),
    ("onder de douche plas ik maar een dun straaltje", BLADDER),
    ("in the shower my stream is weak", BLADDER),
    ("i have a weak stream, like the shower", BLADDER),
    ("my stream is weak. the shower is fine", BLADDER),
    ("je fais pipi en petit filet", BLADDER),
    ("the shower is only a trickle", {}),
    ("le robinet ne donne qu'un filet d'eau", {}),
    # 3. one foot, not worse; read already
    ("my slipper keeps sliding off my left foot", {}),
    ("my thong keeps flicking off my right foot", {}),
    ("mijn teenslipper glipt steeds van mijn voet", {}),
    ("ma pantoufle glisse tout le temps de mon pied droit", {}),
    ("ma tong tombe de mon pied gauche", {}),
    ("my clog keeps slipping off my right foot and it's getting worse", WORSE),
    ("mijn pantoffel glijdt steeds van mijn rechtervoet en het wordt erger", WORSE),
    ("le pommeau de la douche a un jet faible", {}),
    ("la douche a un jet faible depuis hier", {}),
    ("le jet de la douche est tout faible", {}),
    ("my slipper flicks off my weak foot, getting worse", WORSE),
    ("my sandal pops off my weak foot all the time and it is getting worse", WORSE),
    ("mijn klomp floept steeds van mn linkervoet en het wordt erger", WORSE),
    ("mijn sloef wipt telkens van mijn rechtervoet, het wordt steeds erger", WORSE),
    ("ik verlies steeds mijn slipper van mijn voet, het gaat achteruit", WORSE),
    ("mijn pantoffel glipt steeds van mijn voet en het wordt erger", WORSE),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
