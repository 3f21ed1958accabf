"""Twins of the fourteenth refresh: what one language reads, the other reads too ("every behaviour in English and
Dutch"). Each reading is tested with other words, typos and street forms in both languages (never the blind texts),
and with hard negatives of the same kind: rain, sweat and the washing, a roof, a pipe or a tap, the wind, a slipper
that falls off the foot, a machine at the gym, a relative's or an animal's leg, ice packs that feel cold."""
import pytest

from bot.reading.redflags import find_red_flags


@pytest.mark.parametrize("text, expected", [
    # ---- positives (each read nothing, or something else, before these readings) ----
    # the Dutch twins of the English damp pants and little leaks
    ("mijn onderbroek is steeds vochtig, kleine lekjes de hele dag", {"bladder_bowel": True}),
    ("mn onderbroek is telkens nat, af en toe een lekje", {"bladder_bowel": True}),
    ("ik vind mijn slipje steeds vochtig", {"bladder_bowel": True}),
    ("k vind men onderbroek elke dag klam", {"bladder_bowel": True}),
    ("ik heb altijd een natte onderbroek", {"bladder_bowel": True}),
    ("mijn onderbroek is vochtig de hele dag", {"bladder_bowel": True}),
    ("kleine lekjes de hele dag sinds mijn rug", {"bladder_bowel": True}),
    ("mijn onderbroek is steeds vochitg", {"bladder_bowel": True}),
    # ... and the English of the Dutch "steeds vochtig": damp again and again
    ("my knickers keep getting damp", {"bladder_bowel": True}),
    ("my boxers are constantly wet", {"bladder_bowel": True}),
    ("my undies are damp all the time", {"bladder_bowel": True}),
    # the Dutch twins of wind that escapes, not felt coming
    ("windjes ontsnappen gewoon, ik voel ze niet aankomen", {"bladder_bowel": True}),
    ("er ontsnapt zomaar een windje", {"bladder_bowel": True}),
    ("scheten glippen er gewoon uit", {"bladder_bowel": True}),
    ("ik voel mijn windjes niet meer aankomen", {"bladder_bowel": True}),
    ("ik laat windjes zonder het te merken", {"bladder_bowel": True}),
    ("'k voel de scheetjes nie aankomen", {"bladder_bowel": True}),
    # the Dutch twins of only a few drops out
    ("op de wc krijg ik er maar een paar druppels uit", {"bladder_bowel": True}),
    ("ik krijg er maar een paar druppeltjes uit", {"bladder_bowel": True}),
    ("ik krijg er niet meer dan een paar druppels uit", {"bladder_bowel": True}),
    ("op het toilet alleen een paar druppels", {"bladder_bowel": True}),
    # a decline told day by day of a failing leg, in Dutch; a leg that cannot be lifted, in English
    ("zaterdag ging het nog, maandag was het moeilijk, vandaag lukt het niet meer om mijn been op te tillen",
     {"leg_weakness": "worsening"}),
    ("vrijdag ging het nog prima, zondag met moeite, nu lukt het niet meer om mijn linkerbeen op te tillen",
     {"leg_weakness": "worsening"}),
    ("gisteren lukte het nog, vanmorgen kan ik mijn rechterbeen niet meer optillen", {"leg_weakness": "worsening"}),
    ("zondag nog goed, maandag lastig, vandaag lukt het niet meer om mijn voet op te tillen", {"leg_weakness": "worsening"}),
    ("sat i could lift my leg fine, mon it was a struggle, today i cant lift my leg at all", {"leg_weakness": "worsening"}),
    ("friday i could lift my foot onto the step fine, sunday it was hard, today i cant lift my leg",
     {"leg_weakness": "worsening"}),
    # the English twins of toes that will not curl and slippers falling off (no fall); the Dutch slipper is no weight
    ("my toes wont curl anymore n my flip flop keeps falling off, worse every day", {"leg_weakness": "worsening"}),
    ("my toes wont curl anymore", {"leg_weakness": "worsening"}),
    ("my big toe wont curl since yesterday", {"leg_weakness": "worsening"}),
    ("i cant curl my toes on the right", {"leg_weakness": "worsening"}),
    ("cant grip my sandals with my toes anymore, getting worse", {"leg_weakness": "worsening"}),
    ("my slippers keep falling off my left foot, worse than last week", {"leg_weakness": "worsening"}),
    ("my flipflop keeps slipping off my foot and its getting worse", {"leg_weakness": "worsening"}),
    ("ik krijg mijn tenen niet meer krom en mijn slipper valt steeds af, elke dag erger", {"leg_weakness": "worsening"}),
    # the English twins of a strength measurement going down; the Dutch of the strength "gevallen"
    ("the physio measured my leg strength, last week 12 kilo, today only 5", {"leg_weakness": "worsening"}),
    ("the physio says the strength in my right foot has dropped from 20 kilo to 8", {"leg_weakness": "worsening"}),
    ("my leg strength fell from 12 to 5 kilo", {"leg_weakness": "worsening"}),
    ("physio tested my left calf, 30kg last week, today just 18", {"leg_weakness": "worsening"}),
    ("mijn beenkracht is gevallen van 30 naar 18 kilo", {"leg_weakness": "worsening"}),
    ("de kracht in mijn kuit is teruggevallen van 20 naar 9 kilo", {"leg_weakness": "worsening"}),
    # the English twins of feet likened to things "die niet van mij zijn"
    ("both my feet feel like blocks of ice that arent mine", {"both_legs": True, "leg_numbness": True}),
    ("both feet feel like theyre not mine since this morning", {"both_legs": True, "leg_numbness": True}),
    ("my feet feel like they arent mine", {"both_legs": True, "leg_numbness": True}),
    ("my legs are like two logs that arent mine", {"both_legs": True, "leg_numbness": True}),
    # Dutch word order, verb last, as the English "my leg is getting weaker"
    ("ik merk dat mijn linkervoet zwakker wordt", {"leg_weakness": "worsening"}),
    ("mijn vrouw zegt dat mijn been zwakker wordt", {"leg_weakness": "worsening"}),
    ("mijn man zegt dat ik mijn voet sleep", {"leg_weakness": "worsening"}),
    # a length is no godmother ("meter"): the fall is the patient's
    ("ik ben van 2 meter hoog gevallen", {"onset": "trauma"}),
    # ---- hard negatives: the same words, no sign of the patient's ----
    # rain, sweat, swimming, the washing; a roof, a pipe, a tap; the wind outside; a tap or a bottle, not the bladder
    ("mijn broek is nat van de regen", {}),
    ("mijn onderbroek is steeds vochtig van het zweet", {}),
    ("mijn onderbroek is altijd nat na het zwemmen", {}),
    ("mijn broek wordt altijd nat als ik fiets in de regen", {}),
    ("mijn onderbroek is de hele dag nat van het zweet", {}),
    ("kleine lekjes in het dak", {}),
    ("het dak heeft kleine lekjes", {}),
    ("de leiding heeft kleine lekjes", {}),
    ("kleine lekjes aan de kraan", {}),
    ("my trousers are always damp from the rain", {}),
    ("my shorts are always damp from sweat", {}),
    ("my underwear is wet all day from the rain", {}),
    ("the pipe has little leaks", {}),
    ("de wind ontsnapt door de kieren", {}),
    ("ik voel de storm niet aankomen", {}),
    ("the wind escapes through the gaps", {}),
    ("uit de kraan komen maar een paar druppels", {}),
    ("ik krijg maar een paar druppels uit de fles", {}),
    ("ik kreeg maar een paar druppels uit de tube", {}),
    ("i only got a few drops out of the tap", {}),
    ("only a few drops out of the bottle", {}),
    # a day that went well and one that went badly, told of the pain or of no leg; a leg not lifted, no worsening
    ("maandag ging de wandeling nog goed, vandaag was het moeilijk door de pijn", {}),
    ("zaterdag ging het nog, vandaag kan ik niet meer sporten door de pijn", {}),
    ("het lukt niet meer om mijn been op te tillen", {}),
    ("monday i walked the dog fine, today it was a struggle with the pain", {}),
    # footwear that falls off is no fall (a real fall told with it stays one), and no weight lost
    ("my sandals fell off on the beach", {}),
    ("my sandal fell off", {}),
    ("my flip flop fell off on the stairs", {}),
    ("walking on the beach with my feet in flip flops", {}),
    ("mijn slipper valt steeds af", {}),
    ("mijn slipper viel van mijn voet", {}),
    ("mijn sloef is weer van mijn voet gevallen", {}),
    ("my flip flop fell off and i fell down the stairs", {"onset": "trauma"}),
    ("mijn slipper viel af en ik viel van de trap", {"onset": "trauma"}),
    # a machine at the gym, an animal's strength, a hand's; a fall from a height stays a fall
    ("the weight machine at the gym went from 12 to 5 kilo because the coach said so", {}),
    ("the coach dropped my leg press from 12 kilo last week to only 5 today", {}),
    ("the vet measured my dogs leg strength, last week 12 kilo, today only 5", {}),
    ("de coach zette het toestel in de fitness van 12 naar 5 kilo", {}),
    ("mijn handkracht is gedaald van 30 naar 20", {}),
    ("i fell from 2 metres off the ladder", {"onset": "trauma"}),
    # cold feet from ice, shoes that are not mine, hands that feel not mine
    ("i put ice packs on both feet after a run, they felt cold", {}),
    ("both my feet felt like blocks of ice after the ice bath", {}),
    ("i borrowed boots that arent mine, my feet are killing me", {}),
    ("my hands feel like they arent mine", {}),
    ("ik legde ijszakken op mijn voeten na het lopen, ze voelden koud", {}),
    ("die schoenen zijn niet van mij, mijn voeten doen pijn", {}),
    # a relative's or an animal's leg; a weakness hoped away
    ("my dog's leg is getting weaker", {}),
    ("my dogs back legs are getting weaker", {}),
    ("my mum's leg is getting weaker", {}),
    # her part alone is typed for her since session 37A (the safe side), read as "my left foot drags"
    ("her left foot drags", {"leg_weakness": "worsening"}),
    ("my dog's leg is weak and getting worse", {}),
    ("het been van mijn hond wordt zwakker", {}),
    ("de poot van mijn hond sleept, het wordt erger", {}),
    ("mijn moeder haar been wordt zwakker", {}),
    ("mijn hond zijn achterpoten worden zwakker", {}),
    ("ik hoop dat mijn been niet zwakker wordt", {}),
])
def test_twins_of_the_fourteenth_refresh(text, expected):
    assert find_red_flags(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the edges: the patient's own limb named beside a relative or an animal, "my baby toe" and "mijn kleine teen"
    # (the patient's little toe), and the readings these twins mirror, in the other language
    ("my wife says my leg is getting weaker", {"leg_weakness": "worsening"}),
    ("my baby toe keeps catching on the floor", {"leg_weakness": "worsening"}),
    ("mijn kleine teen blijft haken", {"leg_weakness": "worsening"}),
    ("walking the dog and my foot keeps catching", {"leg_weakness": "worsening"}),
    ("my leg is getting weaker and so is my dogs", {"leg_weakness": "worsening"}),
    ("my pants are always damp, little leaks all day", {"bladder_bowel": True}),
    ("wind just escapes, i dont feel it coming", {"bladder_bowel": True}),
    ("on the loo i only get a few drops out", {"bladder_bowel": True}),
    ("mijn voeten voelen als blokken ijs die niet van mij zijn", {"both_legs": True, "leg_numbness": True}),
    ("de kine mat de kracht van mijn been, vorige week 12 kilo, vandaag maar 5", {"leg_weakness": "worsening"}),
])
def test_twins_of_the_fourteenth_refresh_edges(text, expected):
    assert find_red_flags(text) == expected
