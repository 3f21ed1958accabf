"""Red-flag fixes of session 18 (helper D): bladder, bowel and saddle told as scenes, typed for a partner, and denials.

Each CHANGED case failed on the code before; each KEPT case passed before and after.
"""
import pytest

from bot.reading.redflags import find_red_flags

BB = {"bladder_bowel": True}
SADDLE = {"saddle_numbness": True}
BOTH = {"saddle_numbness": True, "bladder_bowel": True}


def _read(message: str) -> dict:
    found = find_red_flags(message)
    return {slot: value for slot, value in found.items() if slot in ("bladder_bowel", "saddle_numbness")}


# A problem denied ("I don't have any problem with urine") and "nothing numb down there" are no flags.
DENIED_CHANGED = [
    ("Please doctor I don't have any problem with urine or passing stool, I can feel everything well down there. Can this "
     "turn to cancer?", {}),
    ("I do not have any trouble with my bladder or bowels, my question is about the pain", {}),
    ("la vessie, les intestins, tout fonctionne comme avant, je sens bien le papier quand je m'essuie, rien d'endormi en bas",
     {}),
    ("je sens le papier quand je m'essuie, rien d'engourdi en bas", {}),
]
DENIED_KEPT = [
    ("never had any issues with peeing or poo, just the back", {}),
    ("ik heb geen enkel probleem met plassen of met de stoelgang, ik voel alles goed", {}),
    ("je n'ai aucun problème pour uriner ni pour aller à selle, je sens tout", {}),
    ("bladder and bowels all as before, i feel the paper when i wipe, nothing numb down there", {}),
    ("plassen en stoelgang zoals altijd, ik voel het papier als ik me afveeg, niks verdoofd daar beneden", {}),
    ("i have a problem with my bladder since the pain started", BB),
    ("quand je m'essuie c'est tout endormi en bas", SADDLE),
]

# Soiled or wet, told as a scene, and not felt.
SCENE_CHANGED = [
    ("proper shameful but i messed my trackies at the bus stop today n honestly didnt feel it coming at all", BB),
    ("er zat vuil in mijn onderbroek en ik had daar niks van gemerkt", BB),
    ("le coussin du fauteuil était trempé sous moi, je m'en suis même pas rendu compte", BB),
    ("the sofa cushion was soaked under me and i didnt even notice", BB),
    ("twice this week i woke up lying in a puddle and it was not sweat, never felt a thing", BB),
    ("woke up in a wet bed twice this week and i never felt a thing", BB),
    ("ik werd wakker in een plas en ik had niks gevoeld", BB),
    ("je me suis réveillé dans une flaque et j'ai rien senti", BB),
]
SCENE_KEPT = [
    ("soiled my pants in the shop and never felt it happen", BB),
    ("ik heb in mijn broek gedaan aan de bushalte en ik heb het niet voelen komen", BB),
    # what is in the underpants not felt is read as the saddle too since session 43S2 (the underwear not felt on the skin):
    # the same emergency, the safe side
    ("er zat poep in mijn onderbroek en ik heb er niks van gevoeld", BOTH),
    ("j'ai sali mon pantalon à l'arrêt de bus et j'ai rien senti venir", BB),
    ("de zetel was nat onder mij en ik had het niet gemerkt", BB),
    ("er zat verf op mijn broek en ik had daar niks van gemerkt", {}),
    ("the sofa cushion was soaked from the rain and i didnt notice", {}),
    ("woke up in a puddle of sweat again with the pain", {}),
    ("je me suis réveillé trempé de sueur", {}),
]

# Retention at the toilet: nothing, then a trickle; pushing for a trickle.
RETENTION_CHANGED = [
    ("stood at the urinal for like 2 mins n nothing, then a lil trickle, had to push", BB),
    ("at the toilet for ages and nothing, then a tiny dribble", BB),
    ("have to push like mad to get a little trickle out", BB),
    ("je reste planté devant la cuvette et rien vient. faut attendre 5 min et pousser comme un boeuf pour avoir un ptit "
     "filet", BB),
    ("faut pousser comme un boeuf pour avoir un petit filet de pipi", BB),
]
RETENTION_KEPT = [
    ("ik sta aan het urinoir en er komt niks, dan een klein straaltje", BB),
    ("ik moet persen als een gek om een klein straaltje te krijgen", BB),
    ("stood at the bar for ages and nothing, then a trickle of people came in", {}),
    ("je reste planté devant la télé et rien vient à l'esprit", {}),
]

# The saddle told by images: wiping through a glove, not one's own, sleepy; an aside naming the same area.
SADDLE_CHANGED = [
    ("when I wipe efter the toilet these last 2 days it's like my bum's no mine, kinda far away, like wiping through a "
     "glove??", SADDLE),
    ("on the loo its like my backside is no mine anymore", SADDLE),
    ("its like wiping through a glove since yesterday", SADDLE),
    ("als ik me afveeg is het alsof ik door een handschoen veeg", SADDLE),
    ("quand je m'essuie c'est comme essuyer à travers un gant", SADDLE),
    ("de binnenkant van mijn dijen, tegen mijn kruis, voelt ergens wat slaperig", SADDLE),
    ("de binnenkant van mijn dijen, tegen mijn kruis, voelt doof", SADDLE),
    ("the inside of my thighs, up against my crotch, feels kind of sleepy", SADDLE),
    ("the inside of my thighs, up against my crotch, feels kind of numb", SADDLE),
    ("mijn poep voelt precies slaperig aan", SADDLE),
    ("my bum feels sleepy and tingly", SADDLE),
]
SADDLE_KEPT = [
    ("l'intérieur de mes cuisses, contre l'entrejambe, c'est comme endormi", SADDLE),
    ("de binnenkant van mijn dijen tegen mijn kruis voelt doof", SADDLE),
    ("de binnenkant van mijn dijen doet pijn tegen mijn kruis", {}),
    ("ik ben slaperig en mijn rug doet pijn", {}),
    ("i feel sleepy from the tablets and my bum hurts from sitting", {}),
    ("quand je m'essuie les mains avec des gants", {}),
    ("je porte des gants pour essuyer la vaisselle, comme avec un gant de toilette", {}),
    ("its like my bum is no better", {}),
    ("i wear gloves when i wipe down the kitchen", {}),
]

# Typed for a partner: the partner's signs are the patient's.
PARTNER_CHANGED = [
    ("this is his wife typing. twice this week he woke up lying in a puddle and no it was NOT sweat, I checked, and he "
     "swears he never felt a thing. his back's been bad ever since he moved the boat trailer", BB),
    ("ik typ voor mijne vent want hij ligt plat. hij zegt dat zijn poepe aanvoelt lijk karton, hij voelt de wc-bril nie als "
     "hij erop zit. en vanmorgen zat er vuil in zijn onderbroek en hij had daar niks van gemerkt", BOTH),
    ("c pour mon homme. il dit qu'en s'essuyant c'etait comme s'il frottait les fesses de qqn d'autre, genre du carton. et "
     "tantôt le coussin du fauteuil était trempé sous lui, il s'en est meme pas rendu compte", BOTH),
    ("'k weet het nie zeker hoor. bij het plassen moet ik kijken of het loopt, ik voel het precies nie goed passeren. en de "
     "binnenkant van mijn dijen, tegen mijn kruis, voelt ergens wat slaperig? of verbeeld ik me da", BOTH),
]


@pytest.mark.parametrize(
    "message,expected",
    DENIED_CHANGED + DENIED_KEPT + SCENE_CHANGED + SCENE_KEPT + RETENTION_CHANGED + RETENTION_KEPT + SADDLE_CHANGED
    + SADDLE_KEPT + PARTNER_CHANGED,
)
def test_bladder_bowel_and_saddle_read(message: str, expected: dict) -> None:
    assert _read(message) == expected
