"""Session 40, round H (issue 12): "suddenly" said with a blow word, read as a blow (onset trauma), a false alarm.

French "d'un coup", "d'un seul coup", "tout d'un coup", "tout a coup", "du coup" (so) hold "coup" (a blow): told of the back
going while lifting or bending ("ca a cede d'un coup dans le bas du dos"), the blow pattern ("coup ... dans le dos") read
trauma, so a lifting strain gave possible_fracture. Dutch "in een klap", "op slag", "aan de slag", "een klap van de molen" hold
"klap" or "slag" (read by "kreeg ... klap" and by the answers' loose TRAUMA_WORDS), English "in one hit", "at one blow", "at a
stroke" hold "hit" or "blow" ("in one hit my back went": "hit my back").

Changed: the packs' new BLOW_IDIOMS (bot/lang/<code>/redflags.py, en, nl, fr) read by bot/reading/redflags.py blow_idiom, a
skip of every trauma rule (_trauma_skip) and of the answers' loose trauma (bot/reading/answers.py _TRAUMA_LOOSE): the match
overlaps such an idiom and its own pattern no longer matches the segment with the idiom taken out. The answer and story
readings of such a lifting story now give sudden_movement.

Kept: real blows ("pris un coup dans le dos", "un coup de pied / de genou / de poing", "il m'a frappe d'un coup dans le dos":
a striking verb right before, no idiom; "kreeg een klap op mijn rug", "a blow to the lower back", "took a hit to the back"),
the fall told with the idiom ("je suis tombee d'un coup sur le dos", "in een klap van de trap gevallen", "fell down in one go"),
"coup du lapin", "a cause du coup dans le dos", a blow only felt ("comme un coup", already no flag).
"""

from bot.reading.answers import parse_answer, read_story
from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

T = {"onset": "trauma"}
CHANGED = [
    # fr: "d'un coup", "d'un seul coup", "tout d'un coup", "tout a coup", "du coup"
    ("j'ai voulu lever le sac de terreau et ça a cédé d'un coup dans le bas du dos", {}),
    ("en sortant le pack d'eau du coffre, c'est parti d'un coup dans les reins", {}),
    ("je me suis baissée vers la machine à laver, d'un seul coup une douleur dans le dos", {}),
    ("en portant mon fils, ça s'est bloqué d'un seul coup au bas du dos", {}),
    ("je me suis tournée trop vite et la douleur est venue d'un coup dans les lombaires", {}),
    ("je déplaçais le canapé, tout d'un coup dans le bas du dos un craquement", {}),
    ("j'ai soulevé la caisse à outils, tout à coup dans les reins ça a tiré", {}),
    ("j'ai forcé sur une valise, du coup dans le bas du dos ça tire", {}),
    ("en ramassant le seau, ça m'a saisi d'un coup dans la colonne", {}),
    # nl: "op slag", "in een klap", "een klap van de molen"
    ("ik bukte me naar de vaatwasser en kreeg op slag een steek in mijn rug", {}),
    ("kreeg op slag rugpijn toen ik de zak aarde optilde", {}),
    ("ik draaide me om en kreeg in een klap een blokkage in mijn rug", {}),
    ("ik kreeg in ene klap pijn in mijn rug bij het heffen van de kist", {}),
    ("ze zeggen dat ik een klap van de molen gekregen heb, maar mijn rug deed pijn na het tillen", {}),
    ("kreeg op slag mijn rug vast bij het optillen van de wasmand", {}),
    # en: "in one hit", "at one hit"
    ("i went to lift the crate of beer and in one hit my lower back went", {}),
    ("picking up the toddler, in a single hit my back locked up", {}),
    ("i reached for the kettle and in one hit my spine seized", {}),
    ("hauled the suitcase off the belt and at one hit my back gave out", {}),
    ("bent to pull a weed and in one single hit my lower back went", {}),
    ("twisted to grab my bag and in one hit my back was gone", {}),
    ("in one hit my back went while lifting the shopping", {}),
    ("i bent over the sink and in just one hit my lower back seized up", {}),
]
KEPT = [
    ("j'ai pris un coup dans le bas du dos au rugby", T),
    ("il m'a donné un coup de genou dans les reins", T),
    ("j'ai reçu un coup de pied dans le dos", T),
    ("il m'a frappé d'un coup dans le dos", T),
    ("un coup de poing dans les reins, depuis j'ai mal", T),
    ("je suis tombée d'un coup sur le dos dans l'escalier", T),
    ("je suis tombé d'un coup en descendant l'échelle", T),
    ("ça a lâché et je suis tombé sur les fesses", T),
    ("coup du lapin quand on m'est rentré dedans en voiture", T),
    ("à cause du coup dans le dos que j'ai pris au foot", T),
    ("j'ai senti comme un coup dans le dos en soulevant", {}),
    ("sur le coup dans le dos rien, c'est venu après avoir déménagé le frigo", {}),
    ("ik kreeg een klap op mijn rug van een balk", T),
    ("een klap op mijn onderrug gekregen tijdens het voetballen", T),
    ("ik kreeg een slag tegen mijn rug met een plank", T),
    ("ik ben in één klap van de trap gevallen", T),
    ("op slag gevallen op mijn stuitje", T),
    ("een schop in mijn rug gekregen", T),
    ("i took a hit to the back playing rugby", T),
    ("a blow to the lower back from a forklift", T),
    ("i got hit in the back by a falling branch", T),
    ("i fell down in one go on my back", T),
    ("in one hit he knocked me down and i landed on my back", T),
    ("got a blow to my lower back at work", T),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)


def _onset(text: str):
    """The answer to "how did it start?" and the story's onset."""
    return parse_answer("onset", text), read_story(text).get("onset")


S = ("sudden_movement", "sudden_movement")
TT = ("trauma", "trauma")
ONSET_CHANGED = [
    ("j'ai voulu lever le sac de terreau et ça a cédé d'un coup dans le bas du dos", S),
    ("en portant mon fils, ça s'est bloqué d'un seul coup au bas du dos", S),
    ("j'ai soulevé la caisse à outils, tout à coup dans les reins ça a tiré", S),
    # nl: the answers' loose "klap" (the red flags read nothing here before either)
    ("bij het tillen van de bak stenen kreeg ik in één klap pijn in mijn onderrug", S),
    ("ik tilde de kleine op en kreeg in 1 klap een scheut in mijn onderrug", S),
    ("bij het bukken schoot het in een klap in mijn onderrug", S),
    ("ik ging weer aan de slag en bij het tillen schoot het in mijn rug", S),
    ("ik draaide me om en op slag zat mijn rug vast", S),
    ("i went to lift the crate of beer and in one hit my lower back went", S),
    ("i lifted the box and at one blow my lower back went", S),
]
ONSET_KEPT = [
    ("j'ai pris un coup dans le bas du dos au rugby", TT),
    ("je suis tombée d'un coup sur le dos dans l'escalier", TT),
    ("ça a lâché et je suis tombé sur les fesses", TT),
    ("ik kreeg een klap op mijn rug van een balk", TT),
    ("ik ben in één klap van de trap gevallen", TT),
    ("i took a hit to the back playing rugby", TT),
    ("ik hief de doos op en in één keer schoot het in mijn rug", S),
    ("i bent down to lift the laundry basket and it all went at one go in my lower back", S),
]

test_onset_changed, test_onset_kept = reading_round(_onset, ONSET_CHANGED, ONSET_KEPT)
