"""Red flags (session 17, helper A): kinds a blind refresh missed, fixed in general form with en/nl/fr twins.

A bowel or bladder leak found afterwards and not felt (a mark in the underwear, "it comes out without me feeling
it"); retention told as waiting and pushing; saddle numbness in West-Flemish spelling and with the verb last
("dood aanvoelen"); the last steps missed and the landing on the back; the patient's own area beside a relative's
("my bum and my wifes bum are both numb": engine, a later start is tried after a match whose gap crosses a clause).
Each CHANGED case failed on the code before (e1aa33b); each KEPT case passes before and after."""
import pytest

from bot.reading.redflags import find_red_flags

BLADDER = {"bladder_bowel": True}
SADDLE = {"saddle_numbness": True}
TRAUMA = {"onset": "trauma"}

CHANGED = [
    # 1. a leak found afterwards, not felt (unsure counts as yes; typed for a mother: her signs are the patient's)
    ("found a mark in my knickers last night and honestly didnt feel anything come out, maybe just wind? not sure", BLADDER),
    ("found a stain in my pants and I didnt feel anything come out", BLADDER),
    ("there was a brown mark in my boxers, i didnt even notice anything coming out", BLADDER),
    ("theres a mark in my knickers and i honestly didnt feel it happen", BLADDER),
    ("poep in d'r onderbroek en ze zegt dat ze er echt nie van gemerkt heeft", BLADDER),
    ("ik vond een vlek in mijn onderbroek en ik heb niks voelen komen", BLADDER),
    ("er zat een bruin spoor in mijn slip, ik had niet gevoeld dat er iets uitkwam", BLADDER),
    ("je retrouve des traces dans ma culotte, on dirait que ca sort sans que je le sente, je suis sur de rien", BLADDER),
    ("ca sort sans que je le sente", BLADDER),
    # 2. retention told as waiting and pushing
    ("ik moet persen als een gek voor te kunnen plassen", BLADDER),
    ("moet precies persen lik ne zot om te plassen", BLADDER),
    ("er komt een miezerig straaltje en dan stopt het", BLADDER),
    ("vanmorgen was mijn slip nat, ik denk dat ik iets heb laten lopen zonder het door te hebben", BLADDER),
    ("je reste des plombes devant la cuvette a attendre, faut que je pousse", BLADDER),
    ("je reste une eternite devant la cuvette et ca vient au compte-goutte", BLADDER),
    ("I stand at the toilet for ages waiting, have to push and it comes out in dribs and drabs", BLADDER),
    ("a measly little trickle then it stops", BLADDER),
    # 3. saddle numbness in West-Flemish and with the verb last
    ("as 'k mij afvagen weetek nie of 'k da papier voelen, 't is lik of mijn gat en de binnenkant van mijn dyen verdoofd zyn", SADDLE),
    ("de binnenkant van mijn dyen is doof", SADDLE),
    ("zn piemel en balzak 'dood' aanvoelen, alsof t niet van hem is", SADDLE),
    ("ze zegt dat haar poep en haar schaamlippen dood aanvoelen", SADDLE),
    ("son zizi et ses bourses sont comme morts, comme si c'etait pas a lui", SADDLE),
    # 4. the last steps missed, then the landing on the back
    ("j'ai raté les 3 dernières marches et boum sur le dos", TRAUMA),
    ("j'ai loupé les deux dernières marches, atterri sur les fesses", TRAUMA),
    ("rate 2 marches et paf sur le coccyx", TRAUMA),
    ("ik miste de laatste twee treden en kwam hard op mijn rug terecht", TRAUMA),
    ("de laatste 3 treden gemist en boem op mijn rug", TRAUMA),
    ("missed the last couple of steps and bam, flat on my back", TRAUMA),
    ("missed 2 stairs, right on my tailbone", TRAUMA),
    # 5. the patient's own area beside a relative's
    ("my bum and my wifes bum are both numb", SADDLE),
    ("my bum and my husbands bum have both gone numb", SADDLE),
    ("my bum and my wife's are both numb", SADDLE),
    ("mijn kont en de kont van mijn vrouw zijn allebei doof", SADDLE),
    ("mijn poep en die van mijn vrouw zijn allebei verdoofd", SADDLE),
    ("mes fesses et les fesses de ma femme sont toutes engourdies", SADDLE),
    ("mes fesses et celles de ma femme sont engourdies", SADDLE),
]
KEPT = [
    # a mark from a period, no accidents
    ("a mark in my knickers, my period started this morning", {}),
    ("found a mark in my knickers and didnt feel anything, its my period", {}),
    ("een vlek in mijn slip, ik ben ongesteld geworden", {}),
    ("des traces dans ma culotte, j'ai mes regles", {}),
    ("no accidents, no leaks", {}),
    ("geen ongelukjes", {}),
    ("pas d'accident, pas de fuite", {}),
    # already read before
    ("er zat poep in mijn onderbroek en ik heb het niet gemerkt", BLADDER),
    ("hij heeft sinds 10u niet gepist ... voelt gewoon geen aandrang", BLADDER),
    ("i have to strain to pee and it only comes out in dribs and drabs", BLADDER),
    # no bladder: a dog walked, a tap, a pram, wages, blood
    ("ik laat de hond lopen zonder het door te hebben", {}),
    ("een dun straaltje water uit de kraan", {}),
    ("I have to push the pram uphill, it's a pain", {}),
    ("my wages come in dribs and drabs", {}),
    ("a tiny trickle of blood then it stopped", {}),
    ("je pousse la porte et j'attends devant", {}),
    # one leg or foot dead is no saddle numbness
    ("my foot feels dead", {}),
    ("mijn voet voelt dood aan, alsof hij niet van mij is", {}),
    ("mon pied est comme mort", {}),
    ("ik zal me afvragen of het erg is", {}),
    ("my willy and balls feel dead", SADDLE),
    # steps: shuffling feet, a bus missed, a step missed and caught
    ("je glisse des pieds sur le carrelage", {}),
    ("I missed the bus", {}),
    ("j'ai raté le bus", {}),
    ("ik heb de bus gemist", {}),
    ("j'ai raté une marche", {}),
    ("I missed the bus, my back is killing me", {}),
    ("j'ai raté les dernières marches mais je me suis rattrapé", {}),
    ("ik heb de laatste treden gemist, maar niet gevallen", {}),
    ("missed the last 2 steps and landed on my back", TRAUMA),
    ("de laatste treden gemist en vol op mijn rug gevallen", TRAUMA),
    ("j'ai glissé sur les marches et je suis tombé", TRAUMA),
    # a relative's area alone, or both denied
    ("my wife's bum is numb, mine is fine", {}),
    ("de poep van mijn vrouw is verdoofd", {}),
    ("les fesses de ma femme sont engourdies", {}),
    ("my bum and my wife's are both fine, no numbness", {}),
    ("my wifes bum and my bum are both numb", SADDLE),
]
# a false alarm of the code before, fixed: shuffling the feet on the steps is no fall
FALSE_ALARMS = [
    ("je glisse des pieds sur les marches", {}),
    ("je glisse les pieds sur les marches pour pas tomber", {}),
]
# negated in their own slot (they read nothing before as well)
NEGATED = [
    ("my bum and my wife's are both not numb", {}),
    ("mijn poep en die van mijn vrouw zijn niet verdoofd", {}),
    ("mes fesses et celles de ma femme sont pas engourdies", {}),
]


@pytest.mark.parametrize("text,expected", CHANGED + KEPT + FALSE_ALARMS + NEGATED)
def test_refresh17a(text, expected):
    assert find_red_flags(text) == expected
