"""Red flags and answers (session 19, helper G): kinds left from the last session, in general form with en/nl/fr twins.

A near fall caught in Dutch or French ("heb me kunnen opvangen", "j'ai pu me retenir"); a fall all the same after the catch
("greep de leuning maar ging toch onderuit"); a relative typing, "zijn benen" their legs ("ik schrijf voor mijn vader,
sinds maart zijn allebei zijn benen doof en slap"); a trouble denied by the word before it ("k heb nergens last van bij het
plassen", "zero issues with peeing"); chills told by the covers, then the sweat ("shaking under two doonas then
drenched"); nothing odd felt told to the saddle question ("didnt feel anything wrong": a no); a bare question about back
pain and cancer ("rugpijn kanker?").
"""
import pytest

from bot.reading.answers import extract_answers, parse_answer
from bot.reading.redflags import find_red_flags

TRAUMA = {"onset": "trauma"}
BOTH_WORSE = {"both_legs": True, "leg_numbness": True, "leg_weakness": "worsening"}
FEVER = {"fever": True}
BLADDER = {"bladder_bowel": True}
CANCER = {"cancer_history": True}

CHANGED = [
    # 1. a near fall caught (no fall)
    ("uitgegleden op het ijs, heb me kunnen opvangen", {}),
    ("uitgegleden op het ijs maar ik heb me kunnen opvangen aan de paal", {}),
    ("ik ben gestruikeld, kon me nog net aan de kast vastgrijpen", {}),
    ("ik ben uitgeschoven op de natte tegels maar heb me aan de deur kunnen vasthouden", {}),
    ("uitgegleden maar ben blijven staan", {}),
    ("gestruikeld, nie gevallen", {}),
    ("uitgeschoven in de douche, me nog kunnen vastgrijpen aan de kraan", {}),
    ("j'ai glissé sur le verglas, j'ai pu me retenir", {}),
    ("j'ai glissé dans la douche, je me suis tenue au robinet", {}),
    ("j'ai glissé sur la glace mais je suis resté debout", {}),
    # 2. a fall all the same after the catch
    ("slipped on the ice, grabbed the railing but went down anyway", TRAUMA),
    ("slipped in the shower, grabbed the towel rail and went down regardless", TRAUMA),
    ("greep de leuning maar ging toch onderuit", TRAUMA),
    ("ik gleed uit op de tegels, kon me nog vastpakken maar lag alsnog op de grond", TRAUMA),
    ("j'ai attrapé la rampe mais je suis quand même tombé", TRAUMA),
    ("j'ai glissé, je me suis agrippée au caddie mais j'ai fini par terre", TRAUMA),
    # 3. a relative typing: "zijn benen" are the patient's legs
    ("ik schrijf voor mijn vader, sinds maart zijn allebei zijn benen doof en slap", BOTH_WORSE),
    ("ik typ dit voor mijn man: zijn twee benen zijn sinds gisteren doof en zwak", BOTH_WORSE),
    ("namens mijn opa: sinds vorige week zijn zijn beide benen doof en slap", BOTH_WORSE),
    # 4. a trouble denied by the word before it
    ("k heb nergens last van bij het plassen", {}),
    ("'k hem nergens last van bij 't plassen", {}),
    ("nooit problemen met plassen", {}),
    ("nul problemen met plassen", {}),
    ("zero issues with peeing", {}),
    ("zero problems with my bladder or bowels", {}),
    ("jamais de problème pour uriner", {}),
    ("pas le moindre souci pour uriner", {}),
    # 5. chills told by the covers, then the sweat
    ("shaking under two doonas then drenched", FEVER),
    ("back pain and last night i was freezing under three blankets, an hour later soaked", FEVER),
    ("lag te trillen onder twee dekens en daarna kletsnat", FEVER),
    ("ik lag te beven onder het dekbed, daarna doorweekt", FEVER),
    ("je tremblais sous deux couvertures puis trempé", FEVER),
    ("je claquais des dents sous la couette et après trempée", FEVER),
    # 6. nothing odd felt is no saddle numbness (the red flags of the free text)
    ("didn't feel anything wrong down there", {}),
    ("i didnt feel anything unusual down there", {}),
    # 7. a bare question about back pain and cancer
    ("mal de dos c un cancer ?", {}),
    ("c'est un cancer ce mal de dos ?", {}),
    ("mal au dos cancer ?", {}),
    ("rugpijn kanker?", {}),
    ("lage rugpijn kanker??", {}),
    ("rugpijn = kanker?", {}),
    ("back pain = cancer?", {}),
    ("my back pain cancer?", {}),
]

KEPT = [
    # near falls that already read so, and falls that stay falls
    ("greep het fietsenrek vast en ben niet gevallen", {}),
    ("me suis rattrapée à l'abri des caddies", {}),
    ("slipped on the ice but caught myself on the railing", {}),
    ("uitgegleden op het ijs, heb me niet kunnen opvangen", TRAUMA),
    ("gestruikeld, kon me nie opvangen", TRAUMA),
    ("uitgegleden op het ijs en gevallen, kon me niet vastgrijpen", TRAUMA),
    ("j'ai glissé sur le verglas, j'ai pas pu me retenir", TRAUMA),
    ("j'ai glissé sur le verglas, j'ai plus pu me retenir", TRAUMA),
    ("j'ai glissé sur le verglas et je suis tombé, je me suis tenu le dos", TRAUMA),
    ("j'ai glissé sur le verglas et je me suis tenu le dos toute la journée", TRAUMA),
    ("tripped, tried to grab the door but still fell", TRAUMA),
    ("gestruikeld, greep de kast vast maar ging toch nog tegen de vlakte", TRAUMA),
    ("ik probeerde me vast te grijpen maar viel toch", TRAUMA),
    ("je me suis accrochée à la rampe mais je suis tombée quand même", TRAUMA),
    ("the pain went down anyway after a week", {}),
    ("my temperature went down anyway", {}),
    ("de pijn ging toch weer weg", {}),
    ("la douleur est quand même partie", {}),
    # a relative typing, already read
    ("writing for my dad, both his legs are numb and weak since march", BOTH_WORSE),
    ("j'écris pour mon père, depuis mars ses deux jambes sont engourdies et faibles", BOTH_WORSE),
    # trouble told stays a flag; a plain denial stays none
    ("ik heb last bij het plassen", BLADDER),
    ("moeite met plassen", BLADDER),
    ("ik heb problemen met plassen", BLADDER),
    ("i have issues with peeing", BLADDER),
    ("zero control over my bladder", BLADDER),
    ("geen enkel probleem met plassen", {}),
    ("no bother at all with peeing", {}),
    ("aucun souci pour uriner", {}),
    # fever: chills told already read; a fever over stays none; no chills, no fever
    ("je grelottais sous deux couettes puis trempé de sueur", FEVER),
    ("lag te klappertanden onder twee dekens en daarna kletsnat gezweet", FEVER),
    ("last week i was shaking under two doonas then drenched, but thats all gone now", {}),
    ("je grelottais sous deux couettes puis trempé de sueur, c'est passé depuis une semaine", {}),
    ("teeth chattering in bed then soaked through", FEVER),
    ("was freezing at the bus stop then soaked by the rain", {}),
    ("i was shaking then soaked in the shower", {}),
    ("my hands are shaking", {}),
    ("mijn handen trillen", {}),
    # not feeling there is the sign
    ("i cant feel anything down there", {"saddle_numbness": True}),
    ("ik voel niks meer aan mijn poep", {"saddle_numbness": True}),
    ("je sens plus rien aux fesses", {"saddle_numbness": True}),
    # a question stays none, an own cancer stays a flag
    ("is back pain cancer", {}),
    ("un mal de dos c'est un cancer?", {}),
    ("j'ai un cancer", CANCER),
    ("j'ai eu un cancer du sein", CANCER),
    ("ik heb kanker", CANCER),
    ("mal de dos, j'ai un cancer du sein", CANCER),
    ("back pain, had bowel cancer", CANCER),
    ("rugpijn, borstkanker in 2019?", CANCER),
    ("borstkanker gehad, rugpijn kanker?", CANCER),
    ("had bowel cancer in 2019, my back pain cancer again?", CANCER),
    ("j'ai eu un cancer du sein, mal de dos = cancer ?", CANCER),
    ("rugpijn. kanker in 2019.", CANCER),
]


@pytest.mark.parametrize("text, expected", CHANGED + KEPT)
def test_red_flags(text, expected):
    assert find_red_flags(text) == expected


# the answer to the saddle question, as the check reads it
SADDLE_CHANGED = [
    ("didnt feel anything wrong", False),
    ("didn't feel anything wrong down there", False),
    ("i didnt feel anything unusual", False),
    ("felt nothing out of the ordinary", False),
    ("niks verkeerd gevoeld", False),
    ("nee, niks verkeerd gevoeld", False),
    ("ik heb niks raars gevoeld", False),
    ("ik voel daar niks raars", False),
    ("rien senti d'anormal", False),
    ("j'ai rien senti de bizarre", False),
    ("je n'ai rien senti d'anormal", False),
    ("je sens rien de spécial", False),
    # ... a sign told after it is the sign (read unclear before)
    ("niks verkeerd gevoeld maar nu is het doof", True),
]
SADDLE_KEPT = [
    ("never felt anything odd down there", False),
    ("never noticed anything unusual when wiping", False),
    ("no, didnt feel anything wrong", False),
    ("niets abnormaals gevoeld daar", False),
    # not feeling is the sign, or unclear: never a no
    ("i cant feel a thing down there", True),
    ("didnt feel anything wrong but its gone numb since yesterday", True),
    ("i cant feel anything wrong, not sure", True),
]
SADDLE_NEVER_NO = [
    "didnt feel anything", "I can't feel anything there", "ik voel niks", "ik voel daar niks meer", "ik heb niks gevoeld",
    "je sens rien", "je sens plus rien là", "j'ai rien senti",
]


@pytest.mark.parametrize("text, expected", SADDLE_CHANGED + SADDLE_KEPT)
def test_saddle_answer(text, expected):
    assert parse_answer("saddle_numbness", text) is expected
    assert extract_answers(text, "saddle_numbness").get("saddle_numbness") is expected


@pytest.mark.parametrize("text", SADDLE_NEVER_NO)
def test_saddle_not_feeling_never_no(text):
    assert parse_answer("saddle_numbness", text) is not False
    assert extract_answers(text, "saddle_numbness").get("saddle_numbness") is not False


@pytest.mark.parametrize("text", ["didnt feel anything wrong", "niks verkeerd gevoeld", "rien senti d'anormal"])
def test_bladder_answer_nothing_odd(text):
    assert parse_answer("bladder_bowel", text) is False
