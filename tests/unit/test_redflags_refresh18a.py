"""Red flags (session 18, helper A): the saddle area told by images, and signs told for a relative.

Kinds from a blind refresh, in general form with en/nl/fr twins: wiping as through a cushion, unsure whether the paper
touches, the seat not felt under one, numb as from a dental injection (also "... after the dentist ? same but down
there" across the question mark), wiping as with someone else's hand; a message typed by a relative in West-Flemish;
a relative's current signs read as the patient's when the message tells their back pain now, and a relative soiling
themself.
"""
import pytest

from bot.reading.redflags import find_red_flags

SADDLE = {"saddle_numbness": True}
BB = {"bladder_bowel": True}
BOTH = {"saddle_numbness": True, "bladder_bowel": True}

CHANGED = [
    # wiping as through something soft
    ("when i wipe its like wiping a cushion", SADDLE),
    ("its like wiping a pillow down there", SADDLE),
    ("when i wipe it feels like im wiping through a sponge", SADDLE),
    ("alsof ik met een kussen afveeg", SADDLE),
    ("als ik me afveeg is het precies of ik door een spons veeg", SADDLE),
    ("comme si je m'essuyais à travers un coussin", SADDLE),
    ("quand je m'essuie on dirait que je le fais avec une éponge", SADDLE),
    # unsure whether the paper touches
    ("cant tell if the tissue is touching me when i wipe", SADDLE),
    ("weet nie of het wc-papier me wel raakt", SADDLE),
    ("kan niet zeggen of het papier me raakt", SADDLE),
    ("je sais pas si le papier me touche", SADDLE),
    # the seat not felt under one
    ("the chair felt like it wasnt there under my bum", SADDLE),
    ("on the loo it was like the seat wasnt there", SADDLE),
    ("raar, de stoel voelde alsof hij er niet was onder mijn billen", SADDLE),
    ("op de wc was het alsof de bril er niet was", SADDLE),
    ("comme si la chaise n'était pas là sous mes fesses", SADDLE),
    ("le siège des toilettes, c'était comme s'il n'était pas là", SADDLE),
    # numb as from a dental injection
    ("with my wife last night it was as if everything down there had a dental injection", SADDLE),
    ("my bum feels like ive had a dental injection", SADDLE),
    ("het was alsof alles daar beneden een spuitje van de tandarts had gekregen", SADDLE),
    ("rond mijn achterste en tussen mijn beenen voelt gelijk as den tandarts u e spuitje gegeven eet", SADDLE),
    ("comme si tout en bas avait eu une piqûre du dentiste", SADDLE),
    # "... after the dentist ? same but down there"
    ("you know how your lip feels after the dentist? same but down there", SADDLE),
    ("weet je hoe je lip voelt na de tandarts? hetzelfde maar dan van onder", SADDLE),
    ("comme ta lèvre toute morte après le dentiste ? pareil mais en bas", SADDLE),
    # wiping as with someone else's hand (French shortened "qqn")
    ("en m'essuyant c'était comme si c'était la main de qqn d'autre", SADDLE),
    ("qd je m'essuie c'est comme la main de qqn d'autre", SADDLE),
    # the French message of the refresh, in other words
    ("tu vois ta lèvre morte après le dentiste? pareil mais en bas. et au taf j'ai vu que ma culotte était trempée, "
     "j'avais rien senti venir", BOTH),
]

KEPT = [
    ("wiping the cushions after the dog", {}),
    ("i wiped the sofa cushion", {}),
    ("ik veeg het kussen af", {}),
    ("ik heb de zetel afgeveegd met een doek", {}),
    ("j'essuie le coussin du canapé", {}),
    ("i cant tell if the paper is on the roll", {}),
    ("ik weet niet of het papier op is", {}),
    ("je sais pas si le papier est fini", {}),
    ("the seat wasnt there when i came back to my desk", {}),
    ("my seat on the train wasnt there, i had to stand", {}),
    ("de stoel was er niet meer toen ik terugkwam", {}),
    ("la chaise n'était pas là quand je suis revenu", {}),
    ("i had a dental injection yesterday and my back hurts", {}),
    ("ik had gisteren een prik bij de tandarts en mijn rug doet pijn", {}),
    ("j'ai eu une piqûre chez le dentiste hier et j'ai mal au dos", {}),
    ("i went to the dentist? same but nothing else. my bum hurts", {}),
    ("when i wipe its like its someone elses hand", SADDLE),
    ("my dad cant feel the toilet paper when he wipes", SADDLE),
    ("rond mijn achterste voelt gelijk as den tandarts e spuitje gegeven eet", SADDLE),
    ("quand je m'essuie on dirait les doigts de quelqu'un d'autre", SADDLE),
]


@pytest.mark.parametrize("text,expected", CHANGED)
def test_changed(text, expected):
    assert find_red_flags(text) == expected


@pytest.mark.parametrize("text,expected", KEPT)
def test_kept(text, expected):
    assert find_red_flags(text) == expected
