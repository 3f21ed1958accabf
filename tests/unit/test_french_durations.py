"""French (Belgian) durations and ages (issue 13): the days bot.reading.duration.parse_duration returns
for what a French-speaking patient types, and the age band bot.reading.answers.age_band_of reads from
French number words and decades. The pack is bot/lang/fr/ (numbers.py, duration.py).

Every phrase is read with today = 2026-11-25 (a Wednesday), as in tests/data/duration_phrases.yml:
Mon 23/11 = 2, Sun 22/11 = 3, Sat 21/11 = 4, Fri 20/11 = 5, Toussaint 1/11/2026 = 24,
Christmas 25/12/2025 = 335, 1 January = 328, Easter 5/4/2026 = 234.
"""

from __future__ import annotations

from datetime import date

import pytest

TODAY = date(2026, 11, 25)


def days(text: str):
    from bot.reading.duration import parse_duration

    return parse_duration(text, TODAY)


@pytest.mark.parametrize("text, expected", [
    # number words, Belgian septante / nonante (huitante), France's forms, compounds
    ("trois semaines", 21), ("douze jours", 12), ("dix-huit mois", 540), ("vingt jours", 20),
    ("vingt-et-un jours", 21), ("vingt et un jours", 21), ("trente-cinq jours", 35), ("trente cinq jours", 35),
    ("septante jours", 70), ("septante-deux jours", 72), ("nonante jours", 90), ("nonante-cinq jours", 95),
    ("huitante jours", 80), ("quatre-vingts jours", 80), ("quatre-vingt-sept jours", 87), ("soixante-dix jours", 70),
    ("quatre-vingt-dix jours", 90), ("quatre vingt dix jours", 90), ("onze semaines", 77), ("un an", 365),
    ("une semaine", 7), ("un mois", 30), ("deux ans", 730), ("six mois", 180),
])  # fmt: skip
def test_number_words(text, expected):
    assert days(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Belgian "quinze jours" is two weeks and "huit jours" one, said after "depuis", "ça fait",
    # "il y a", or before "que", "déjà"
    ("depuis quinze jours", 14), ("ça fait quinze jours", 14), ("ca fait quinze jours", 14), ("il y a quinze jours", 14),
    ("quinze jours que j'ai mal", 14), ("quinze jours que jai mal", 14), ("quinze jours déjà", 14),
    ("ça fait huit jours", 7), ("depuis huit jours", 7), ("il y a huit jours", 7), ("ya huit jours", 7),
    ("une quinzaine de jours", 14), ("une quinzaine", 14), ("une huitaine de jours", 7), ("une dizaine de jours", 10),
    ("une vingtaine de jours", 20),
    # the count itself, written in digits or said otherwise, stays a count
    ("15 jours", 15), ("huit semaines", 56), ("quinze ans", 5475), ("huit mois déjà", 240),
])  # fmt: skip
def test_huit_jours_and_quinze_jours(text, expected):
    assert days(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("quinze jours", 14), ("huit jours", 7), ("Quinze jours", 14), ("quinze jrs", 14), ("huit jours.", 7),
    # not a duration of the pain: the future, or how often
    ("dans quinze jours", None), ("dans huit jours", None),
    # the count itself, and the numbers that end in "huit"
    ("15 jours", 15), ("8 jours", 8), ("dix-huit jours", 18), ("vingt-huit jours", 28), ("quinze semaines", 105),
])  # fmt: skip
def test_bare_huit_jours_and_quinze_jours(text, expected):
    assert days(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("une semaine et demie", 11), ("un an et demi", 548), ("deux ans et demi", 913), ("1 mois et demi", 45),
    ("un mois et demi", 45), ("depuis un mois et demi", 45), ("un an et 3 mois", 455), ("2 semaines et 3 jours", 17),
    ("un semestre", 183), ("un demi-an", 183),
])  # fmt: skip
def test_halves_and_chains(text, expected):
    assert days(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a range is its midpoint, as in every pack ("2-3 weeks" 18)
    ("deux-trois semaines", 18), ("deux trois semaines", 18), ("2-3 sem", 18), ("2-3 semaines", 18),
    ("2 à 3 semaines", 18), ("2 a 3 semaines", 18), ("deux ou trois jours", 3), ("entre 2 et 3 semaines", 18),
    # vague counts
    ("quelques jours", 3), ("quelques semaines", 21), ("plusieurs mois", 90), ("une couple de semaines", 14),
    ("qq jours", 3),
])  # fmt: skip
def test_ranges_and_vague_counts(text, expected):
    assert days(text) == expected


@pytest.mark.parametrize("text, expected", [
    # SMS, short forms, no accents
    ("3 sem", 21), ("3sem", 21), ("2 sem", 14), ("ya 2 sem", 14), ("jai mal depuis 2 sem", 14), ("3j", 3), ("ca fait 3 j", 3),
    ("depuis 48h", 2), ("ca fait 48h", 2), ("depuis 72 heures", 3), ("il y a 2 heures", 0), ("y a 3h", 0), ("il y a 30 heures", 1),
    ("ça fait 2 mois", 60), ("ca fait 2 mois", 60), ("il y a 3 jours", 3), ("depuis 3 semaines", 21),
    ("trois semaines a peu pres", 21), ("environ 3 mois", 90), ("bientot deux mois", 60), ("plus ou moins six semaines", 42),
    ("deux bonnes semaines", 14), ("une grosse semaine", 7), ("un petit mois", 30),
    # one typo in a unit word
    ("3 semainnes", 21), ("5 jous", 5), ("depuis 2 semaiens", 14), ("2 annees", 730), ("deux anness", 730),
])  # fmt: skip
def test_street_forms_and_typos(text, expected):
    assert days(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("depuis hier", 1), ("hier soir", 1), ("depuis hier soir", 1), ("ça a commencé hier", 1), ("c'etait hier", 1),
    ("depuis avant-hier", 2), ("avant hier", 2), ("ce matin en me levant", 0), ("ça a commencé aujourd'hui", 0),
    ("depuis lundi", 2), ("depuis dimanche", 3), ("depuis samedi", 4), ("depuis vendredi soir", 5),
    ("depuis mercredi passé", 7), ("depuis le week-end", 4), ("la semaine passée", 7), ("le mois dernier", 30),
    ("l'année passée", 365), ("cette semaine", 2), ("depuis le début du mois", 24),
])  # fmt: skip
def test_relative_days(text, expected):
    assert days(text) == expected


@pytest.mark.parametrize("text, expected", [
    # holidays, as the other packs read theirs: the most recent one on or before today
    ("depuis la Toussaint", 24), ("depuis la toussaint", 24), ("depuis Noël", 335), ("depuis noel", 335),
    ("depuis le nouvel an", 328), ("depuis Pâques", 234), ("depuis paques", 234), ("depuis la Saint-Nicolas", 354),
    ("depuis l'armistice", 14), ("depuis la fête nationale", 127), ("depuis le carnaval", 283),
    # months, dates, seasons
    ("depuis mars", 269), ("depuis début mars", 269), ("depuis fin octobre", 25), ("depuis le 3 novembre", 22),
    ("depuis le 1er novembre", 24), ("depuis la mi-mars", 255), ("depuis mi-octobre", 41), ("depuis le 20/11", 5), ("depuis cet été", 133), ("depuis l'été", 133),
    ("depuis 2019", 2885), ("depuis le mois de mars", 269), ("depuis le mois d'août", 116), ("au mois de mai", 208),
    ("en mars", 269),
])  # fmt: skip
def test_holidays_months_and_dates(text, expected):
    assert days(text) == expected


@pytest.mark.parametrize("text", [
    # not a duration: forever, the future, a frequency, an age, a story, no number at all
    "ca fait une eternite", "ça fait une éternité", "depuis longtemps", "je sais pas", "jsp",
    "lundi prochain", "la semaine prochaine", "dans 2 semaines", "demain", "3 fois par semaine", "tous les 2 jours",
    "2 jours par semaine", "j'ai 45 ans", "jai 45 ans", "un jour, en soulevant un carton", "une fois",
    "dites une fois", "j'ai fait un tour de reins", "un disque décalé", "à tantôt",
])  # fmt: skip
def test_not_a_duration(text):
    assert days(text) is None


@pytest.mark.parametrize("text, expected", [
    # French words in English and Dutch messages change nothing: Dutch "hier" is "here", "onze" "our"
    ("da zeurt hier al een week of zes in mijn linkerbil", 42), ("mijn rug doet hier pijn", None),
    ("onze kine zei 3 weken rust", 21), ("a moist heat pack helps", None), ("sinds maandag", 2),
    ("dites une fois, depuis 2 semaines", 14), ("3 weeks", 21), ("een week of drie", 21),
    ("we had a grand week", None), ("mi may be wrong", None), ("an hour ago", 0), ("for an hour", None),
    ("8 hours at my desk and it hurts", None), ("al een dag en het wordt erger", 1),
])  # fmt: skip
def test_other_languages_are_left_alone(text, expected):
    assert days(text) == expected


@pytest.mark.parametrize("text, band", [
    ("la cinquantaine", "45_69"), ("début trentaine", "20_44"), ("debut de la trentaine", "20_44"),
    ("fin de la quarantaine", "45_69"), ("milieu de la cinquantaine", "45_69"), ("la petite soixantaine", "45_69"),
    ("j'ai 45 ans", "45_69"), ("jai 45 ans", "45_69"), ("45 ans", "45_69"), ("septante-deux ans", "70_plus"),
    ("cinquante-deux", "45_69"), ("dix-huit ans", "under_20"), ("seize ans", "under_20"),
    ("quatre-vingt-cinq ans", "70_plus"), ("vingt et un ans", "20_44"), ("vingt-et-un ans", "20_44"),
    ("j'ai nonante ans", "70_plus"), ("quinquagénaire", "45_69"),
    # the Dutch "onze" (our) is no age
    ("onze", None), ("in onze familie", None),
])  # fmt: skip
def test_ages_in_french(text, band):
    from bot.reading.answers import age_band_of

    assert age_band_of(text) == band


@pytest.mark.parametrize("text, band", [
    ("45a", "45_69"), ("45 a", "45_69"), ("j'ai 45a.", "45_69"), ("18a", "under_20"),
    # the "a" of a range or of "à la" is no age
    ("2 a 3 fois par nuit, 67 ans", "45_69"), ("5 a 6", None),
])  # fmt: skip
def test_age_with_the_a_of_ans(text, band):
    from bot.reading.answers import age_band_of

    assert age_band_of(text) == band
