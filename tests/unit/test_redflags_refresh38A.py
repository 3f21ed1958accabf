"""Session 38, round A (issue 12): saddle numbness told as a quantity of feeling left, missed.

The saddle area named in everyday words (between the legs, round the privates, the perineum, round the anus, the whole
backside with one of those) with a quantity of feeling that means (almost) none ("barely any feeling", "hardly any
sensation", "haast niks meer van gevoel", "amper nog gevoel", "plus aucune sensation", "a peine de sensation"), or with
what the person notices: the area switched off or gone cold, a touch felt only faintly, sitting as if floating above the
seat. Read no flag before.

Changed (the packs, near the area only: NUMB_SADDLE, the engine's near() of SADDLE_RULES in bot/reading/redflags.py):
- en NUMB_SADDLE: barely / hardly / scarcely / next to any feeling or sensation (not "of stiffness", "of pain"), "not much
  feeling", switched or shut off (not "switched off the light", not the head), "go (kind of) cold", felt faintly, floating
  or hovering above the seat; FELT_NOTHING (the touch test across "and"): "it was really faint", "barely felt".
- nl NUMB_SADDLE: haast / bijna / zo goed als / quasi niks meer (van) gevoel, nauwelijks / amper nog gevoel, heel weinig
  gevoel, het gevoel bijna / zo goed als weg, uitgeschakeld (precies afgezet), vaag gevoeld (not a vague pain), zweven
  boven de stoel / zetel; FELT_NOTHING: "is heel vaag", "voel ik amper iets".
- fr NUMB_SADDLE: "plus aucune sensation" (the normaliser reads a "plus" without "ne" as "pas", which denied "aucune
  sensation"), a peine / presque plus / tres peu de sensation, eteint(es) / debranche(es), flotter au-dessus de la chaise;
  NUMB_COMMON: "sens presque / quasi plus rien" tried before "sens presque plus" (its trailing "rien" denied it);
  FELT_NOTHING: "sens a peine" after a touch.

Kept: the area felt fine, a quantity of pain or stiffness ("barely any pain between my legs", "hardly any feeling of
stiffness"), the skin of a thigh or the back, a hand, the past that is over, someone else's, fainting ("i felt faint on
the toilet"), a thing switched off, one buttock numb (read as today: the flag).
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

S = {"saddle_numbness": True}
CHANGED = [
    # en
    ("the area around my privates has hardly any feeling", S),
    ("i've got barely any feeling between my legs", S),
    ("there's hardly any feeling around my genitals since yesterday", S),
    ("scarcely any feeling in my perineum since the weekend", S),
    ("my whole backside and around my privates have hardly any sensation", S),
    ("around my back passage feels switched off", S),
    ("it's like my groin area has switched off", S),
    ("not much feeling at all round my anus today", S),
    ("i prodded my perineum with a nail and it was really faint", S),
    ("when i lie down my bum and crotch go kind of cold", S),
    ("when i sit my bum feels like it's floating above the chair", S),
    # nl (Flemish too)
    ("mijn perineum heeft haast niks meer van gevoel", S),
    ("tussen mijn benen is het gevoel bijna weg", S),
    ("de streek rond mijn piemel heeft amper nog gevoel", S),
    ("rond mijn anus nauwelijks nog gevoel", S),
    ("ik heb nauwelijks nog gevoel in mijn kruis", S),
    ("daar beneden is het gevoel zo goed als weg", S),
    ("mijn poep en mijn kruis zijn precies uitgeschakeld", S),
    ("ik voel het heel vaag tussen mijn benen", S),
    ("ik prikte met mijn nagel in mijn bilnaad en het was heel vaag", S),
    ("rond ons gat is t precies afgezet, ik heb daar zo goed als geen gevoel meer van", S),
    # fr
    ("j'ai plus aucune sensation entre les jambes", S),
    ("depuis lundi j'ai plus aucune sensation au niveau du perinee", S),
    ("autour de l'anus je sens presque plus rien", S),
    ("au niveau du perinee j'ai a peine de sensation", S),
    ("mes fesses et le perinee sont comme eteints depuis ce matin", S),
    ("assise j'ai l'impression de flotter au dessus de la chaise avec les fesses et l'entrejambe", S),
    ("a peine de sensation aux fesses et entre les cuisses", S),
    ("le sexe et l'anus comme debranches depuis hier", S),
    ("autour du trou de balle j'ai plus aucune sensibilite", S),
]
KEPT = [
    # the signs already read
    ("next to no feeling between my legs", S),
    ("my bum and between my legs have gone cold and dead", S),
    ("my left buttock is a bit numb", S),
    ("ik heb bijna geen gevoel meer tussen mijn benen", S),
    ("rond mijn anus voel ik amper nog iets", S),
    ("presque plus de sensation entre les jambes depuis ce matin", S),
    ("plus aucune sensation autour des parties intimes", S),
    ("tres peu de sensation autour des parties intimes depuis hier", S),
    ("quasi plus de sensibilite a l'entrejambe", S),
    ("j'ai touche le perinee et je sens a peine", S),
    # feeling fine there, a quantity of pain or stiffness
    ("i can feel everything down there", {}),
    ("barely any pain between my legs", {}),
    ("hardly any pain round my bum now", {}),
    ("hardly any feeling of stiffness in my back", {}),
    ("barely any feeling of stiffness in my bum this morning", {}),
    ("ik heb nauwelijks pijn tussen mijn benen", {}),
    ("ik voel alles daar beneden", {}),
    ("amper nog pijn rond mijn poep", {}),
    ("de pijn in mijn bil is bijna weg", {}),
    ("j'ai a peine mal entre les jambes", {}),
    ("je sens tout la en bas", {}),
    ("presque plus de douleur aux fesses", {}),
    # another part: the skin of a thigh or the back, a hand
    ("the skin on my thigh has hardly any feeling", {}),
    ("barely any feeling in the skin of my lower back", {}),
    ("hardly any feeling in my right hand", {}),
    # the past, over
    ("had barely any feeling there after the epidural in 2019, all fine now", {}),
    # fainting, a thing switched off, a vague pain
    ("i felt faint on the toilet this morning", {}),
    ("i switched off the heating and sat down on my bum", {}),
    ("een vage pijn in mijn poep", {}),
    ("une vague douleur aux fesses", {}),
    ("j'ai eteint la lumiere et je me suis assis sur les fesses", {}),
    ("il a plus aucune sensation dans le dos", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
