"""Session 21, helper F, after the blind refresh scored once: a year of birth in two digits told after its month (and
day) is the year ("geboren in februari 54 in Schaerbeek", "born in february 54", "née en février 54"), not an age of 54;
a full date with the month's name gives its year, not the day as an age ("geboren 3 februari 1954" was under 20)."""
from datetime import date

from bot.reading.answers import parse_answer
from tests.support.reading_round import reading_round

TODAY = date(2026, 12, 1)

CHANGED = [
    ("geboren in februari 54 in Schaerbeek, dus reken zelf maar uit", "70_plus"),
    ("geboren in februari 54", "70_plus"),
    ("geboren op 3 februari 54", "70_plus"),
    ("geboren 3 februari 1954", "70_plus"),
    ("geboren in maart 81 in Gent", "45_69"),
    ("born in february 54", "70_plus"),
    ("born on 3 feb 54", "70_plus"),
    ("born in june 81, in leeds", "45_69"),
    ("née en février 54", "70_plus"),
    ("je suis née en fevrier 54 à Liège", "70_plus"),
    ("née le 3 février 1954", "70_plus"),
    ("née en mai 81 à Namur", "45_69"),
]

KEPT = [
    ("geboren in 54", "70_plus"),
    ("born in '54", "70_plus"),
    ("née en 54", "70_plus"),
    ("born 3rd of february 1954", "70_plus"),
    ("54", "45_69"),
    ("in februari 54 geworden", "45_69"),
    ("geboren in februari, 54 jaar geleden", "45_69"),
    ("geboren in mei, 54 jaar", "45_69"),
    ("born in may, 54 now", "45_69"),
    ("born in may 54 years ago", "45_69"),
    ("née en mai, 54 ans", "45_69"),
    ("geboren in mei 2001", "20_44"),
    ("mijn zoon is geboren in mei 2001, ik ben 54", "45_69"),
]


test_changed, test_kept = reading_round(lambda text: parse_answer("age_band", text, today=TODAY), CHANGED, KEPT)
