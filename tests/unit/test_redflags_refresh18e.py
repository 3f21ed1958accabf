"""Red flags (session 18, helper E): a dropped foot getting worse, a blind refresh missed, fixed in general form with
en/nl/fr twins.

Both legs: the stairs climbed on the arms ("pulling myself with the railing", "mij aan de leuning omhoog trekken",
"me cramponner a la rampe"), legs that let the patient down ("ze laten me in de steek", Twents "ze loat mie in de steek"),
"font les elastiques"; "pleines de fourmis" after "et"; a giving way told unchanged in the next sentence is stable; "zijn
allebei d'r benen doof en slap". A slip caught on a trolley shelter or a lamppost told past a longer place is no fall. A step missed, told past the place and the load
("avec son panier a linge"), then found sitting on the tiles ("s'est retrouvee assise sur le carrelage") is a fall.
A foot that flaps down and slaps the ground ("my foot's gone lazy, flaps down", "mijn voet klapt neer op de stoep",
"mon pied fait flap flap sur le trottoir") with a worsening told as a comparison with the day before ("floppier than
the day before", "slapper dan de dag ervoor", "plus mou que la veille") or "de pire en pire". Each CHANGED case failed
on the code before (d428af1); each KEPT case passes before and after."""
import pytest

from bot.reading.redflags import find_red_flags

WORSE = {"leg_weakness": "worsening"}
BOTH_NUMB_WORSE = {"both_legs": True, "leg_numbness": True, "leg_weakness": "worsening"}
BOTH_NUMB_STABLE = {"both_legs": True, "leg_numbness": True, "leg_weakness": "stable"}
BOTH_WORSE = {"both_legs": True, "leg_weakness": "worsening"}
BOTH_STABLE = {"both_legs": True, "leg_weakness": "stable"}
BOTH_NUMB = {"both_legs": True, "leg_numbness": True}

CHANGED = [
    ("my right foot has gone lazy, sort of flaps down and slaps the road. every day its a bit floppier than the day before",
     WORSE),
    ("my foot has gone lazy. every day its a bit worse than the day before", WORSE),
    ("my foot is gone lazy, it gets worse every day", WORSE),
    ("mijn rechtervoet flapt neer op de stoep, hij is slapper dan de dag ervoor", WORSE),
    ("mijne voet kletst op de kasseien en hij is slapper dan de dag ervoor", WORSE),
    ("mon pied droit fait flap sur le trottoir, je dois lever le genou super haut sinon j'accroche. c'est de pire en pire",
     WORSE),
    ("mon pied droit fait flap sur le trottoir, c'est de pire en pire", WORSE),
    # both legs, the stairs climbed on the arms or the legs letting the patient down (session 18e)
    ("for some days both my legs below the knee feel wooden and I can't feel the floor with either foot, going up to our flat I am pulling myself with the railing, today worse than yesterday", BOTH_NUMB_WORSE),
    ('both my legs have gone numb from the knees down and on the stairs I have to haul myself up by the banister', BOTH_NUMB_WORSE),
    ('both me feet are tingling and I drag myself up the stairs on the handrail', BOTH_NUMB_WORSE),
    ('mijn beide benen zijn doof en op de trap moet ik mij aan de leuning omhoog trekken', BOTH_NUMB_WORSE),
    ('mien beide bene voelt as watten en ze loat mie in de steek as ik de trap op goa', BOTH_NUMB_WORSE),
    ('allebei mijn benen tintelen en ze laten me in de steek op de trap', BOTH_NUMB_WORSE),
    ('mijn twee voeten zijn doof, ik moet me aan de trapleuning naar boven hijsen', BOTH_NUMB_WORSE),
    ('mes deux jambes fourmillent, je dois me hisser à la rampe pour monter', BOTH_NUMB_WORSE),
    ("dans l'escalier de la gare mes deux jambes ont fait les élastiques, j'ai dû me cramponner à la rampe", BOTH_WORSE),
    ("mes jambes font les élastiques dans l'escalier", BOTH_WORSE),
    ("mes 2 jambes sont en coton et pleines de fourmis, c'est exactement pareil depuis la rentrée, ça empire pas", BOTH_NUMB_STABLE),
    ('both my legs give way after about a street. been exactly like that since the summer, no worse no better', BOTH_STABLE),
    ("both my legs give way after a street. been like that since the summer, it hasn't got any worse", BOTH_STABLE),
    ('mijn beide benen begeven het na een straat. al sinds de zomer precies zo, niet erger en niet beter', BOTH_STABLE),
    ('mijn twee benen begeven het na een straat. het is hetzelfde sinds de zomer, nie slechter', BOTH_STABLE),
    ("mes deux jambes lâchent après une rue. c'est exactement pareil depuis l'été, ni mieux ni pire", BOTH_STABLE),
    ("ik schrijf voor mn moeder. sinds de zomer zijn allebei d'r benen doof en slap. het is niet erger geworden", BOTH_NUMB_STABLE),
    ("sinds de zomer zijn allebei d'r benen doof en slap", BOTH_NUMB_WORSE),
    ('my legs are numb, I hold the railing on the stairs', BOTH_NUMB),
    # a slip caught on something in the street, no fall, told past a longer place (session 18e)
    ("Slipped on the black ice outside the big Tesco, grabbed the trolley shelter and didn't actually go down, but something "
     "twanged in my low back", {}),
    ("slipped on the wet leaves outside the school gates this morning, grabbed a lamppost and didnt go down, back hurts since",
     {}),
    ("slipped on the ice outside the shop, grabbed the trolley shelter, my back twinged", {}),
    # a step missed, told past the place and the load, then found sitting on the floor; typed for her (session 18e)
    ("samedi j'ai loupé la dernière marche de l'escalier de la cave avec mon panier à linge et je me suis retrouvée assise sur "
     "le carrelage", {"onset": "trauma"}),
    ("Bonsoir, j'écris pour maman (79 ans). Samedi elle a loupé la dernière marche de l'escalier de la cave avec son panier à "
     "linge et elle s'est retrouvée assise sur le carrelage. Depuis elle se tient les reins", {"onset": "trauma"}),
    ("j'écris pour mon père. hier il a raté une marche de l'escalier du grenier avec un carton dans les bras et il s'est "
     "retrouvé assis sur les marches. depuis il a mal au dos", {"onset": "trauma"}),
]

KEPT = [
    # a dropped foot told unchanged stays without a worsening
    ("my right foot flaps down on the pavement, the same as in summer, not getting worse", {}),
    ("mijn voet klapt op de stoep, al maanden hetzelfde, niet erger", {}),
    ("mon pied claque sur le trottoir depuis l'été, c'est pareil, ça empire pas", {}),
    # the back getting worse, no failing limb
    ("c'est de pire en pire mon mal de dos", {}),
    ("my back is worse than the day before", {}),
    ("mijn rug is erger dan de dag ervoor", {}),
    # feeling better is no worsening
    ("my foot is lazy, feels better than yesterday", {}),
    ("the dog is lazy, my back is worse than the day before", {}),
    # a slip and a fall stays a fall
    ("slipped on the black ice outside the big tesco on the ring road, fell flat on my back", {"onset": "trauma"}),
    ("slipped on the ice outside the shop, grabbed the trolley shelter but still fell on my back", {"onset": "trauma"}),
    # the en/nl twins of the missed step read before; a step missed and caught, or someone else's fall, is none
    ("I'm writing for my mum. Saturday she missed the last step of the cellar stairs and ended up sat on the tiles. Since then "
     "she holds her back", {"onset": "trauma"}),
    ("ik schrijf voor mijn moeder. zaterdag heeft ze de laatste trede van de keldertrap gemist en ze zat plots op de tegels",
     {"onset": "trauma"}),
    ("j'ai loupé la dernière marche de l'escalier mais je me suis rattrapée à la rampe, je me suis retrouvée debout", {}),
    ("ma voisine a loupé la dernière marche de l'escalier de la cave et elle s'est retrouvée assise sur le carrelage, moi j'ai "
     "juste mal au dos depuis des mois", {}),
    # holding the rail is no sign; a worsening or the pain told the same stays worsening
    ('mijn benen zijn doof, ik hou de leuning vast op de trap', BOTH_NUMB),
    ('mes jambes vont bien, je tiens la rampe par prudence', {}),
    ('both my legs give way after a street. been like that since the summer. but it is getting worse', BOTH_WORSE),
    ('both my legs give way after a street. the pain is the same', BOTH_WORSE),
    ("mes deux jambes lâchent après une rue. c'est pareil depuis l'été mais ça empire", BOTH_WORSE),
    ('both my legs give way after a street. been exactly like that since the summer', BOTH_WORSE),
]


@pytest.mark.parametrize("text,expected", CHANGED + KEPT)
def test_redflags_refresh18e(text: str, expected: dict) -> None:
    assert find_red_flags(text) == expected
