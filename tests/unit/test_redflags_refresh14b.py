"""Misses of the second session-14 blind refresh (issues 12 and 13), fixed in general form: each sign is
tested in other words than the blind texts, in every language where it is told the same way, with hard
negatives that must stay as they are. Every positive here read something else before these readings."""
import pytest

from bot.reading.redflags import find_red_flags

POSITIVES = [
    # ---- legs that go (out) from under the patient: plural legs failing are both legs ----
    ("my legs keep going from under me", {"both_legs": True, "leg_weakness": "worsening"}),
    ("both my legs went out from under me on the stairs", {"both_legs": True, "leg_weakness": "worsening"}),
    ("me legs keep going from under me", {"both_legs": True, "leg_weakness": "worsening"}),
    ("both legs went from underneath me twice today", {"both_legs": True, "leg_weakness": "worsening"}),
    # ---- legs that feel woolly, like cotton wool: Flemish "voos", French "cotonneux", English "woolly" ----
    ("mijn benen zijn voos sinds gisteren", {"both_legs": True, "leg_numbness": True}),
    ("allebei mijn voeten voelen voos aan", {"both_legs": True, "leg_numbness": True}),
    ("mijn twee benen zijn zo voos", {"both_legs": True, "leg_numbness": True}),
    ("rond mijn poep is het voos", {"saddle_numbness": True}),
    ("both my legs have gone woolly", {"both_legs": True, "leg_numbness": True}),
    ("my legs feel all woolly from the knees down", {"both_legs": True, "leg_numbness": True}),
    ("my feet have gone wooly since this morning", {"both_legs": True, "leg_numbness": True}),
    ("mes deux jambes sont cotonneuses", {"both_legs": True, "leg_numbness": True}),
    ("mes pieds sont cotonneux depuis ce matin", {"both_legs": True, "leg_numbness": True}),
    # ---- "voel ik <part> en <part> haast niks": the verb first, two parts in a list, then the absence ----
    ("voel ik mijn vagina en mijn billen nauwelijks", {"saddle_numbness": True}),
    ("als ik me was voel ik mijn kruis en mijn poep bijna niet meer", {"saddle_numbness": True}),
    ("je sens mes fesses presque plus", {"saddle_numbness": True}),
    ("sous la douche je sens mon sexe et mes fesses quasi plus", {"saddle_numbness": True}),
    ("je sens mes fesses et ma vulve presque plus", {"saddle_numbness": True}),
    # the genitals in words of speech
    ("je sens mon zizi presque plus", {"saddle_numbness": True}),
    ("j ai la foufoune engourdie depuis hier", {"saddle_numbness": True}),
    # ---- a past fever "allang over", "long over": not a fever now ----
    ("twee weken geleden koorts gehad, is allang weg", {}),
    ("had koorts in januari maar dat is al lang en breed over", {}),
    ("koorts gehad vorige week, dat is allang over", {}),
    ("had a fever last month but thats long over", {}),
    ("fever with the flu at christmas, long since passed", {}),
    # ---- the toilet seat sat on, its cold or its touch not felt: the saddle, not the bladder ----
    ("assise sur la lunette des toilettes je sens pas le froid", {"saddle_numbness": True}),
    ("sur le siege des wc je sens plus le froid sur mes fesses", {"saddle_numbness": True}),
    ("aux toilettes je sens pas le contact de la lunette", {"saddle_numbness": True}),
    ("quand je m assois aux wc je sens plus la fraicheur sur la peau", {"saddle_numbness": True}),
    # ---- night pain: "c l enfer" without "est", a shooting pain all night, the positions named then "peu importe" ----
    ("la nuit c l enfer", {"night_pain": True}),
    ("les nuits ct l enfer", {"night_pain": True}),
    ("la nuit ça lance tout le temps", {"night_pain": True}),
    ("allongée sur le dos ou sur le ventre peu importe j ai mal", {"night_pain": True}),
]

NEGATIVES = [
    # one leg going from under the patient is one leg; someone else's legs are not the patient's
    ("my left leg keeps going from under me", {"leg_weakness": "worsening"}),
    ("my dads legs keep going from under him", {}),
    ("my legs feel fine, no weakness at all", {}),
    # a spongy apple or floor, a woolly head or woolly socks, legs that are not woolly: no sign
    ("die appel is voos", {}),
    ("de vloer is voos en mijn rug doet pijn", {}),
    ("mijn benen zijn niet voos", {}),
    ("my head feels woolly", {}),
    ("i put woolly socks on my feet cos theyre cold", {}),
    ("my thick woolly jumper rubs and my legs ache", {}),
    ("ma tete est cotonneuse", {}),
    # a pain that is felt no more, a comparison, pain in the part: no numbness
    ("onder de douche voel ik mijn bil en mijn lies niks meer van de pijn", {}),
    ("ik voel mijn bil en mijn heup niet meer pijn doen", {}),
    ("jsens mes fesses plus que mes jambes", {}),
    ("je sens une douleur aux fesses , plus rien aux jambes", {}),
    ("mon zizi me fait mal quand je fais pipi", {}),
    # the illness over, but not the fever: a fever now
    ("ik heb koorts, de griep is allang over maar de koorts niet", {"fever": True}),
    ("i have a fever, the flu is long over but the fever isnt", {"fever": True}),
    ("ik heb koorts sinds gisteren", {"fever": True}),
    # not feeling the bladder at the toilet stays the bladder; the cold on the legs is the legs
    ("aux toilettes je sens pas quand j ai fini", {"bladder_bowel": True}),
    ("quand je vais aux toilettes je sens plus rien", {"bladder_bowel": True}),
    ("aux wc je sens pas si la vessie est vide", {"bladder_bowel": True}),
    ("je sens pas le froid sur mes jambes", {"both_legs": True, "leg_numbness": True}),
    ("je sens plus le froid, j ai de la fievre", {"fever": True}),
    # a pain in one position only, waking to pee, a calm night: no night pain
    ("couchée sur le coté ça va, sur le dos j ai mal", {}),
    ("la nuit je me réveille tout le temps pour faire pipi", {}),
    ("la nuit c calme", {}),
]


@pytest.mark.parametrize("text, expected", POSITIVES + NEGATIVES)
def test_reading(text, expected):
    assert find_red_flags(text) == expected
