"""Red flags (session 17, helper D): what a blind refresh missed or misread, in general form with en/nl/fr twins.

Retention told as pushing again and again ("ik moet duwen en duwen en der komt bijkans niks"); a leak into the
underwear, unsure and not felt ("volgens mij is er wat in me boxer gelopen, was nat en ik had niks gemerkt", unsure
counts as yes); the seat felt as someone else's ("comme si ma foufoune et le derriere c'etait pas a moi"); the rest of
the stairs gone down on the tailbone ("g descendu tout le reste sur le coccyx"); and the false alarm of one leg numb
from the buttock down (sciatica, not the saddle).
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

BB = {"bladder_bowel": True}
SADDLE = {"saddle_numbness": True}
TRAUMA = {"onset": "trauma"}

CHANGED = [
    # retention told as pushing and pushing, and (almost) nothing comes
    ("en pissen, ik moet duwen en nog eens duwen en der komt bijkans niks", BB),
    ("ik moet persen en persen en er komt haast niets uit", BB),
    ("i have to push and push and barely anything comes", BB),
    ("strain and strain and nothing comes out", BB),
    ("i push and push but hardly anything comes out", BB),
    ("ik moet douwen en douwen en er komt bijna niks", BB),
    ("ik duw en duw maar der komt haast niks uit", BB),
    ("je pousse je pousse et ya presque rien qui sort", BB),
    # a leak into the underwear, unsure and not felt
    ("weet het niet zeker maar volgens mij is er vanochtend wat in mijn boxer gelopen, was nat en ik had niks gemerkt. "
     "kan ook zweet zijn", BB),
    ("er is iets in me onderbroek gelekt en ik heb er niks van gemerkt", BB),
    ("something ran into my boxers, was wet, didn't notice", BB),
    ("je crois qu'il y a un peu coulé dans mon boxer ce matin, c'était mouillé et j'ai rien senti", BB),
    # the seat felt as someone else's
    ("qd je m'essuie g l'impression que c'est le papier de qqn d'autre, comme si ma foufoune et mon derriere c'etait "
     "pas à moi", SADDLE),
    ("alsof het iemand anders zijn gat was bij het afvegen", SADDLE),
    # the rest of the stairs gone down on the seat
    ("g loupé la 2e marche de l'escalier de la cave et g descendu tout le reste sur le coccyx, boum boum", TRAUMA),
    ("j'ai descendu tout l'escalier sur les fesses", TRAUMA),
    ("went down the rest on my tailbone", TRAUMA),
    ("de rest van de trap op mijn stuitje afgegleden", TRAUMA),
    ("ik ben de rest van de trap op mijn kont afgeschoven", TRAUMA),
    ("ik gleed de hele trap op mijn gat naar beneden", TRAUMA),
    # one leg numb from the buttock down is sciatica, not the saddle
    ("mijn rechterbeen is doof van de bil tot de kleine teen, links is helemaal normaal. plassen en poepen gaat gewoon", {}),
    ("j'ai la jambe gauche endormie de la fesse au petit orteil, des fourmis dedans. la droite elle est tip top", {}),
    ("left leg numb from my bum cheek to my little toe, right one fine", {}),
    ("left leg numb from my bum cheek to my little toe", {}),
    ("right leg has been numb from the buttock down to my foot all week", {}),
    # someone else's toilet paper is no part of the patient
    ("someone else's toilet paper is softer lol", {}),
    ("le papier toilette de quelqu'un d'autre est plus doux", {}),
    ("het wc papier van iemand anders is zachter", {}),
]
KEPT = [
    # already read
    ("i think a bit leaked into my pants this morning and i never felt it", BB),
    ("du pipi est parti dans ma culotte et j'ai même pas remarqué", BB),
    ("quand je m'essuie c'est comme si mon derrière était à quelqu'un d'autre", SADDLE),
    ("bij het afvegen precies of het iemand anders zijn kont is", SADDLE),
    ("slipped and bumped down the whole flight on my bum", TRAUMA),
    ("slid down the rest of the stairs on my backside", TRAUMA),
    ("j'ai glissé et descendu le reste des marches sur le cul", TRAUMA),
    ("i think i leaked a bit into my boxers, didnt feel it", BB),
    ("mijn boxer was nat vanochtend en ik had niks gemerkt", BB),
    ("alsof mijn poep van iemand anders is", SADDLE),
    ("bij het plassen moet ik duwen en duwen en er komt bijna niks", BB),
    ("je dois pousser et pousser et il sort presque rien", BB),
    ("un peu coulé dans mon boxer sans le sentir", BB),
    ("like it was someone else's bum when i wiped", SADDLE),
    ("missed a step and went down the rest of the stairs on my tailbone", TRAUMA),
    ("numb between the buttocks", SADDLE),
    ("numb around my anus", SADDLE),
    ("both bum cheeks numb", SADDLE),
    ("numb where I sit", SADDLE),
    ("mes deux fesses sont engourdies", SADDLE),
    ("mijn billen zijn allebei doof", SADDLE),
    # one leg down, and the saddle told as well: still the saddle
    ("left leg numb from my bum cheek to my little toe and numb between my buttocks", SADDLE),
    # the paper felt as someone else's, told with a gap: still the sign (safe side)
    ("the toilet paper feels like someone else's when i wipe", SADDLE),
    # hard negatives: pushing a thing, sweat, a comparison about a decision
    ("i push the pram and push", {}),
    ("je pousse la porte et pousse encore", {}),
    ("my boxers are wet from sweat after the gym", {}),
    ("mes fesses, c'est pas à moi de décider de quoi elles ont l'air", {}),
    ("ik moet duwen en duwen aan die kast maar hij komt niet van zijn plaats", {}),
    ("je pousse la poussette et je pousse, rien à signaler", {}),
]


test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
