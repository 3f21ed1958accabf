"""Session 46, round A7 (issue 12): tingling or numbness told in another part of the body read as leg numbness, and the
legs denied at the end of a first message, with the negation after the thing, not taken.

1. The answer to the leg-numbness question names the legs as free and places the tingling elsewhere ("not in the legs,
   my fingers go numb at night, that's my wrists", "in mijn benen niet, wel in mijn handen", "dans les jambes non, c'est
   dans les mains"): it was read True (the numbness word alone). Changed: the packs' NUMB_LEGS_FREE (the legs or feet
   denied) and NUMB_ELSEWHERE (parts that are no leg, with the packs' OTHER_BODY); the engine's _numb_elsewhere reads
   False when the legs are denied, another part is named and no leg part is left in the answer.
2. A first message that ends with the leg pain denied after the thing ("uitstraling naar de benen heb ik niet", "radiating
   to the legs I don't have", "dans les jambes j'ai rien"): read_story read no leg pain, and the patient was asked again.
   Changed: the packs' LEGS_NOT_STORY (the thing, the legs, then the negation, ended with its clause).
Kept: a leg or foot named as numb (with a hand too: "my hands and my left foot tingle"), a tingling elsewhere told without
the legs denied (today's safe True), a hedge, the plain answers; the legs told with "heb ik wel", a doubt about the legs
(nothing read), the plain denials read before.
"""

from bot.reading.answers import parse_answer, read_story
from tests.support.reading_round import reading_round


def _numb(text: str):
    return parse_answer("leg_numbness", text)


def _leg(text: str):
    return read_story(text).get("leg_pain")


NUMB_CHANGED = [
    ("nope not in the legs, just my hands go numb when i type", False),
    ("legs are fine. my fingertips get pins and needles in the morning, that's my wrists", False),
    ("not in my legs or feet, only my lips tingle sometimes", False),
    ("nothing in my legs. tingling in my left arm after the gym though", False),
    ("not down my legs no. my face goes a bit numb when i'm stressed", False),
    ("no not in my legs, i get numb fingers in the cold", False),
    ("in mijn benen niet, alleen mijn vingers slapen soms in 's nachts", False),
    ("nee, niet in de benen. wel tintelingen in mijn handen van het fietsen", False),
    ("in m'n benen nie, mijn armen slapen wel eens in", False),
    ("mijn benen zijn oké, ik heb wel een doof gevoel in mijn lippen", False),
    ("niks in mijn benen of voeten, wel tintelingen in mijn vingertoppen", False),
    ("niet in mijn benen, mijn hand voelt soms verdoofd", False),
    ("dans les jambes non, c'est les mains qui fourmillent la nuit", False),
    ("pas dans les jambes. j'ai des picotements dans les doigts quand je tricote", False),
    ("les jambes ça va, j'ai les lèvres engourdies parfois", False),
    ("rien dans les jambes, juste des fourmis dans le bras gauche", False),
    ("dans mes jambes rien, mais des engourdissements aux mains", False),
    ("non pas dans les jambes, mon visage picote un peu", False),
]
NUMB_KEPT = [
    ("yes, my right foot", True),
    ("pins and needles down my left shin", True),
    ("my fingers go numb", True),
    ("my hands and my right foot tingle", True),
    ("not in my legs i think, my hands tingle", True),
    ("no", False),
    ("ja, in mijn voetzool", True),
    ("tintelingen tot in mijn kuit", True),
    ("mijn vingers en mijn linkervoet tintelen", True),
    ("nee", False),
    ("des fourmis dans le pied droit", True),
    ("ça picote dans le mollet", True),
    ("mes mains et mes orteils fourmillent", True),
    ("non", False),
]
LEG_CHANGED = [
    ("Goeiemiddag. Sinds een maand of twee pijn laag in mijn rug, zomaar opgekomen. Pijn naar de benen heb ik niet.", "none"),
    ("ik heb al drie weken pijn in mijn onderrug. uitstraling in mijn benen heb ik eigenlijk niet", "none"),
    ("rugpijn sinds maandag, last in de benen heb ik niet", "none"),
    ("ik heb pijn in mijn onderrug sinds vorige week. pijn in de benen is er niet", "none"),
    ("al een week rugpijn, in mijn benen heb ik niks", "none"),
    ("pijn in mijn rug na het verhuizen. naar mijn benen heb ik geen pijn", "none"),
    ("Hello, my lower back has been aching for about 6 weeks, no reason. Pain down the legs I don't have.", "none"),
    ("back pain since tuesday. radiating into my legs i do not have", "none"),
    ("my lower back aches since the weekend, shooting pain in my legs i havent got", "none"),
    ("backache for a month now. in my legs i have nothing", "none"),
    ("sore lower back since friday, pain in the legs there is none", "none"),
    ("back pain for 2 weeks, leg pain i dont have", "none"),
    ("Bonjour, j'ai mal au bas du dos depuis un mois, c'est venu tout seul. Des douleurs dans les jambes, je n'en ai pas.", "none"),
    ("mal au dos depuis lundi. dans les jambes j'ai rien", "none"),
    ("mal aux reins depuis 3 semaines, de douleur dans les jambes j'en ai pas", "none"),
    ("j'ai mal au dos depuis samedi. dans mes jambes, j'ai rien du tout", "none"),
    ("mal au bas du dos depuis hier, aux jambes j'ai pas mal", "none"),
    ("douleur lombaire depuis 10 jours, dans les jambes il n'y a rien", "none"),
]
LEG_KEPT = [
    ("rugpijn sinds maandag, ik heb geen uitstraling", "none"),
    ("rugpijn sinds maandag, uitstraling naar mijn been heb ik wel", None),
    ("rugpijn, uitstraling naar de benen heb ik niet altijd", None),
    ("pijn in mijn rug die uitstraalt tot in mijn kuit", "below_knee"),
    ("back pain since monday, I don't know if it goes into my leg", None),
    ("back pain since monday, not in my legs", "none"),
    ("back pain, pain in my legs i dont have often", None),
    ("my back hurts and it goes down to my foot", "below_knee"),
    ("mal au dos depuis lundi, rien dans les jambes", "none"),
    ("mal au dos, dans les jambes j'ai mal parfois", None),
    ("mal au dos qui descend dans le mollet", "below_knee"),
    ("mal au dos depuis samedi. dans mes jambes je ne sens rien", None),
    ("backache for a month now. in my legs i feel nothing", None),
    ("mal au dos, je sais pas si ça va dans la jambe", None),
]

test_numb_changed, test_numb_kept = reading_round(_numb, NUMB_CHANGED, NUMB_KEPT)
test_leg_changed, test_leg_kept = reading_round(_leg, LEG_CHANGED, LEG_KEPT)
