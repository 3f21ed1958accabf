"""Red flags, durations and ages (session 18, helper F): kinds from a blind refresh, in general form with en/nl/fr twins.

Fever read off a thermometer a relative held ("missus stuck the thermometer in and it said 38.7"); a fever told over
("da's nou over"); a relative's death told first and the cancer after the comma (her cancer, not the patient's); kilos
gone without trying ("7 kilos partis sans rien faire"); kilos lost on purpose, the gym thanked and the chips left
("merci la salle et adieu les frites"); night pain where nothing changes anything ("rien ne change rien"); a range after
"a week or three, four" with a word after it; a year of birth in words ("'k zyn van negenenveertig").
"""
from datetime import date

import pytest

from bot.reading.answers import age_band_of
from bot.reading.duration import parse_duration
from bot.reading.redflags import find_red_flags

FEVER = {"fever": True}
CANCER = {"cancer_history": True}
WEIGHT = {"weight_loss": True}
NIGHT = {"night_pain": True}
TODAY = date(2026, 12, 3)

CHANGED = [
    # a thermometer a relative held, and what it read
    ("back aches, last night the missus stuck the thermometer in and it said 38.7, hot n cold now", FEVER),
    ("my wife put the thermometer under my tongue and it showed 38.9", FEVER),
    ("mn vrouw stak de thermometer erin en hij gaf 38,7 aan", FEVER),
    ("m'n man nam de thermometer en die stond op 38,9", FEVER),
    ("ma femme a sorti le thermomètre et il affichait 38,7", FEVER),
    # a fever told over
    ("vorige week plat met griep, 39 en rillingen, da's nou over, al vijf dagen geen verhoging meer", {}),
    ("vorige week 39 koorts, dat is inmiddels wel over", {}),
    ("griep gehad met 39 en rillen, dat is nu over. m'n rug blijft hangen", {}),
    # a relative's death first, the cancer after the comma
    ("m'n moeder is vorig jaar overleden, borstkanker en op 't eind zat het in haar botten. ik heb al 2 weken rugpijn", {}),
    ("mijn vader is in 2019 gestorven, prostaatkanker, en nu heb ik zelf rugpijn", {}),
    ("my mum passed last year, breast cancer, at the end it was in her bones. my back hurts since moving a wardrobe", {}),
    ("my dad died in 2019, bowel cancer", {}),
    ("ma mère est décédée l'an dernier, cancer du sein, et à la fin c'était dans ses os", {}),
    ("mon père est mort en 2019, cancer de la prostate", {}),
    # kilos gone without trying
    ("7 kilos partis sans rien faire de spécial, je mange comme toujours", WEIGHT),
    ("5 kg envolés depuis l'été, je mange comme avant", WEIGHT),
    ("des kilos qui fondent sans raison", WEIGHT),
    # kilos lost on purpose
    ("depuis janvier -11 kg 💪 merci la salle et adieu les frites du soir", {}),
    ("depuis mars 8 kilos en moins, adieu les frites du soir", {}),
    ("sinds januari 11 kilo kwijt, vaarwel chips", {}),
    # night pain: the tries listed, nothing changes anything
    ("le dos cogne toute la nuit, j'ai essayé le coussin, dormir assis, le canapé, rien ne change rien", NIGHT),
    ("la nuit je me retourne sur le côté, sur le dos, dans le fauteuil, rien n'y change rien", NIGHT),
    ("the back pounds all night, tried a pillow, sleeping sitting up, the couch, the floor, nothing changes anything", NIGHT),
    ("at night my back aches, lying on my side, on my back, the recliner, nothing changes a thing", NIGHT),
    ("'s nachts bonkt mijn rug, kussen tussen de knieën, zittend slapen, de bank, de grond, niks verandert iets", NIGHT),
    ("'s nachts lig ik te draaien, op m'n zij, op m'n rug, in de zetel, niets verandert er iets aan", NIGHT),
    # both, and the cancer told by its treatment
    ("en 2021 on m'a enlevé la prostate, après 30 séances de rayons. le dos cogne toute la nuit, le coussin, le sol, "
     "rien ne change rien", {**CANCER, **NIGHT}),
]

KEPT = [
    ("my son has a fever of 38.7", {}),
    ("sinds januari -11 kg 💪 merci fitness en gedaan met de frieten", {}),
    ("mijn zoon heeft 38,7 koorts", {}),
    ("ik heb 39 koorts, de pijn is nu over", FEVER),
    ("ik heb nu 39 koorts, dat is nu over de limiet", FEVER),
    ("i nearly died last year, cancer", CANCER),
    ("my mum died, i had breast cancer myself", CANCER),
    ("ma mère est décédée, j'ai eu un cancer du sein moi aussi", CANCER),
    ("mijn moeder is overleden, ik heb zelf borstkanker gehad", CANCER),
    ("7 kilos partis grâce au régime, super", {}),
    ("depuis mars 8 kilos en moins sans raison", WEIGHT),
    ("sinds januari 11 kilo kwijt zonder iets te doen", WEIGHT),
    ("at night i sleep fine, nothing changes", {}),
    ("'s nachts slaap ik goed, niks verandert", {}),
]


@pytest.mark.parametrize("text, flags", CHANGED + KEPT)
def test_flags(text, flags):
    assert find_red_flags(text) == flags


@pytest.mark.parametrize("text, days", [
    ("effe kort: rug zit al een week of drie, vier zo vast onderin, gaat niet weg", 25),
    ("een week of drie, vier ongeveer", 25),
    ("a week or three, four like that", 25),
    ("une semaine ou trois, quatre comme ça", 25),
    ("une semaine ou trois, quatre environ", 25),
    # kept
    ("3 weken of 4 keer", 21),
    ("een week of drie, vier.", 25),
])
def test_duration(text, days):
    assert parse_duration(text, TODAY) == days


@pytest.mark.parametrize("text, band", [
    ("'k zyn van negenenveertig, reken 't zelve mo uut", "70_plus"),
    ("ik ben van negenenveertig", "70_plus"),
    ("ik ben van vijftig", "70_plus"),
    ("je suis de quarante-neuf, calculez vous-même", "70_plus"),
    ("chui de cinquante et un", "70_plus"),
    ("born in forty-nine, do the maths", "70_plus"),
    ("born in fifty one", "70_plus"),
    # kept
    ("ik ben negenenveertig", "45_69"),
    ("geboren in zevenenzestig", "45_69"),
    ("ik ben van 49", "70_plus"),
    ("j'ai quarante-neuf ans", "45_69"),
    ("I'm 49", "45_69"),
])
def test_age(text, band):
    assert age_band_of(text, TODAY) == band
