"""Session 39, round A (issue 12): saddle numbness told as an outside cold, heat or touch not felt on the saddle area.

An outside thing not felt (the cold of a stone step, the heat of a seat, a wax strip, a towel, a touch), the not-feeling told
whole and the places it was not felt listed after it, mostly after a comma and with "not"/"niet"/"ni" before each place, was
no sign: the engine's nearness of a numbness and the area (bot/reading/redflags.py _near) crosses no comma, and the Dutch
perfect "niet gevoeld" (Flemish "'k è ... nie gevoeld") was no numbness word at all. Changed: one shared pattern in
bot/reading/redflags.py _SHARED_SADDLE (the not-feeling, FELT_NOTHING or the packs' new NOT_FELT_OUTSIDE, an optional
NOT_FELT_TAIL such as "at all"/"du tout", an optional comma, then a list of places of PLACES_FILL and PLACES_PREP words
ending on the area; a word of place needed, or PLACED_AREA, the normaliser's "crotchzone"; not the area told hurting or fine
after it, PLACE_FINE), the new tables in the en, nl, fr packs.

Kept: the cold not felt with no area named (a warm day, a thick coat), numb fingers or one foot in the cold, a waxing that hurt
less (felt), a sister's not-feeling with her own area, pain not felt ("geen pijn gevoeld", "pas senti de douleur"), the area told
fine after the comma, "ik voelde me niet goed".
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

S = {"saddle_numbness": True}
CHANGED = [
    # en: the places listed after a comma
    ("i didnt feel the cold of the bench at all, not on my backside and not between my legs", S),
    ("sat on the frozen wall, couldnt feel the chill, not on my bum nor round my back passage", S),
    ("the wax strip came off and i felt nothing, not at the front or round my back passage", S),
    ("the nurse touched me and i didnt feel her touch, not on my bottom or between my legs", S),
    ("i never felt the heat of the car seat, not on my buttocks nor in my groin", S),
    ("felt nothing at all, neither at the front nor round my anus", S),
    ("i didnt feel the towel at all, not round my privates or on my backside", S),
    ("i felt nothing whatsoever, not in my groin and not round my bum", S),
    # nl (Flemish too): the perfect "niet gevoeld", the places after
    ("ik heb de koude van de bank niet gevoeld aan mijn poep", S),
    ("'k è de kou van de stoep nie gevoeld ip min gat", S),
    ("ik heb de hitte van de zetel nie gevoeld tussen mijn beenen", S),
    ("de wax heb ik niet gevoeld, niet aan mijn zitvlak en niet vanvoor", S),
    ("ik voelde niks van de handdoek, niet rond mijn anus en niet tussen mijn benen", S),
    ("'k ee de koude van den trap ni gevoeld, ni ip min poep", S),
    ("ik heb de aanraking van de dokter amper gevoeld aan mijn billen", S),
    ("ik heb niks gevoeld, niet aan mijn achterwerk en niet aan mijn kruis", S),
    # fr: the places after a comma, "ni ... ni"
    ("j'ai rien senti, ni sur les fesses ni entre les jambes", S),
    ("je n'ai pas senti le froid du banc, ni aux fesses ni vers l'anus", S),
    ("elle a posé la cire et je n'ai rien senti du tout, ni devant ni autour de l'anus", S),
    ("j'ai pas senti la serviette, ni sur le périnée ni sur les fesses", S),
    ("je sentais rien, pas aux fesses et pas à l'entrejambe", S),
    ("j'ai rien ressenti, ni derrière ni vers l'anus", S),
    ("je n'ai rien senti du tout, sur le périnée", S),
    ("j'ai rien senti ni devant ni vers le périnée", S),
]
KEPT = [
    # en
    ("i didnt feel the cold at all, it was a warm day", {}),
    ("sat on the cold bench but i had my thick coat on so i didnt feel the cold", {}),
    ("my fingers go numb in the cold", {}),
    ("my left foot doesnt feel the cold anymore", {}),
    ("the bikini wax didnt hurt as much as i feared", {}),
    ("i felt nothing, my bum is fine", {}),
    ("i didnt feel any pain, not on my bum or anywhere", {}),
    ("my sister didnt feel the wax, not round her bum", {}),
    ("i didnt feel the cold, not with my thick coat on", {}),
    ("i didnt feel a thing at the dentist, not in my mouth", {}),
    ("the toilet seat was freezing and i didnt feel the cold on my bottom at all", S),
    # nl
    ("ik heb de koude niet gevoeld, het was warm", {}),
    ("ik had mijn dikke jas aan, ik heb de koude niet gevoeld", {}),
    ("mijn voet heeft de koude niet gevoeld", {}),
    ("ik heb mijn vingers niet gevoeld van de kou", {}),
    ("het waxen heb ik minder gevoeld dan gedacht", {}),
    ("mijn zus heeft niks gevoeld aan haar poep bij het waxen", {}),
    ("ik heb de koude bril wel gevoeld aan mijn poep", {}),
    ("ik voelde me niet goed, niet aan mijn poep maar algemeen", {}),
    ("ik heb geen pijn gevoeld aan mijn poep", {}),
    ("ik voelde niks, mijn poep doet geen pijn", {}),
    ("ik voelde de handdoek niet tussen mijn benen bij het afdrogen", S),
    # fr
    ("je n'ai pas senti le froid, il faisait bon", {}),
    ("je n'ai pas senti le froid aux doigts", {}),
    ("je sens pas le froid au pied gauche", {}),
    ("l'épilation du maillot m'a fait moins mal que prévu", {}),
    ("j'ai pas senti de douleur, ni aux fesses ni au dos", {}),
    ("ma soeur n'a rien senti, ni devant ni derrière", {}),
    ("j'ai bien senti le froid du siège sur les fesses", {}),
    ("j'ai pas senti le froid de la lunette des toilettes sur mes fesses", S),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
