"""Session 22, helper G, after the blind refresh scored once: an age answer told by the next birthday in words ("in maart
word ik zeventig", "I turn seventy in March", "en mars j'aurai septante") is one less now, like the same told in digits;
a birthday past ("ik ben zeventig geworden in maart", "I turned seventy in March") is the age told."""
from datetime import date

from bot.reading.answers import parse_answer
from tests.support.reading_round import reading_round

TODAY = date(2026, 12, 1)

CHANGED = [
    ("in maart word ik zeventig, als mijn rug het toelaat", "45_69"),
    ("volgend jaar word ik zeventig", "45_69"),
    ("binnenkort word ik twintig", "under_20"),
    ("in mei word ik vijfenveertig", "20_44"),
    ("over drie weken word ik zeventig", "45_69"),
    ("i turn seventy in march, if i make it", "45_69"),
    ("seventy next month", "45_69"),
    ("i'll be forty-five next week", "20_44"),
    ("in april i turn twenty", "under_20"),
    ("dans trois semaines j'aurai soixante-dix", "45_69"),
    ("le mois prochain j'aurai vingt", "under_20"),
    ("le mois prochain j'aurai septante", "45_69"),
]

KEPT = [
    ("ik ben zeventig geworden in maart", "70_plus"),
    # (French words read before this round already: "soixante-dix ans" is written in digits by the pack)
    ("en mars j'aurai septante ans", "45_69"),
    ("j'aurai vingt ans la semaine prochaine", "under_20"),
    ("in maart zeventig geworden", "70_plus"),
    ("I turned seventy in March", "70_plus"),
    ("j'ai eu soixante-dix ans en mars", "70_plus"),
    ("zeventig", "70_plus"),
    ("seventy", "70_plus"),
    ("septante", "70_plus"),
    ("ik word 70 in maart", "45_69"),
    ("I turn 70 in March", "45_69"),
    ("j'aurai 70 ans en mars", "45_69"),
    ("in maart word ik een jaar ouder, ik ben 55", "45_69"),
    ("ik ben negenenzestig", "45_69"),
]


test_changed, test_kept = reading_round(lambda text: parse_answer("age_band", text, TODAY), CHANGED, KEPT)
