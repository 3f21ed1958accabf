"""bot/reading/duration.py on durations as people outside the team write them.

The phrase table (tests/data/duration_phrases.yml) holds the short phrases;
this file tests the grammar behind them: unit typos (and the real words that
must stay words), ranges written after the unit, vague counts settled by a
number, Flemish "e"/"ne", and durations inside a longer story, with the span
the NLU entity will carry. Every phrase is evaluated with TODAY.
"""

from __future__ import annotations

from datetime import date

import pytest

import bot.reading.duration as duration
from bot.reading.duration import find_duration, parse_duration

TODAY = date(2026, 11, 25)  # a Wednesday, as in test_duration.py


# ------------------------------------------------------------------ typos on unit words
@pytest.mark.parametrize(
    "text,days,phrase",
    [
        ("it's been 3 weaks now", 21, "3 weaks"),
        ("5 dyas ago i slipped", 5, "5 dyas"),
        ("pain for 2 monhts", 60, "2 monhts"),
        ("a yeear or so", 365, "a yeear"),
        ("al 3 wekne last", 21, "3 wekne"),
        ("sinds 2 maande", 60, "2 maande"),
        ("2 weeeks", 14, "2 weeeks"),
        ("4 wekes ago", 28, "4 wekes"),
        ("een maan d", None, None),  # split words are not fixed
        ("drie wken", 21, "drie wken"),
        ("about 6 mnoths", 180, "6 mnoths"),
        ("2-3 weaks", 18, "2-3 weaks"),
        ("een wekne of drie", 21, "een wekne of drie"),
        ("a few dyas, maybe 4", 4, "a few dyas, maybe 4"),
        ("tussen 2 en 3 maandne", 75, "tussen 2 en 3 maandne"),
        ("since last weeek", 7, "last weeek"),
        ("3 weak ago", 21, "3 weak"),  # a real word, but right after a number
        ("het is 2 maar.", 730, "2 maar"),
    ],
)
def test_typos_keep_the_span_the_user_typed(text, days, phrase):
    m = find_duration(text, TODAY)
    if days is None:
        assert m is None
        return
    assert m is not None and m.days == days
    assert m.text == phrase == text[m.start:m.end]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("my leg is weak", None),
        ("my left leg feels weak", None),
        ("a weak leg", None),
        ("I have 2 weak legs", None),
        ("2 weak legs since yesterday", 1),
        ("weak leg for 3 weeks", 21),
        ("my legs have been weak for a week", 7),
        ("I feel weak and tired", None),
        ("it hurts when I wear shoes", None),
        ("a near miss", None),
        ("mijn been is zwak", None),
        ("een paar maar ik weet het niet", None),
        ("3 jaar maar het is erger", 1095),
        ("ik heb haar 2 weken niet gezien", 14),
        ("een haar", None),
        ("ik was een paar waken", None),
    ],
)
def test_real_words_near_a_unit_stay_words(text, expected):
    assert parse_duration(text, TODAY) == expected


@pytest.mark.parametrize(
    "text",
    ["tow weeks", "fiv days", "dire weken", "tein dagen", "no weeks", "geen weken", "not days"],
)
def test_numbers_and_negations_are_never_corrected(text):
    assert parse_duration(text, TODAY) is None


@pytest.mark.parametrize("text, expected", [("thre weeks", 21), ("sevn days", 7), ("eigth weeks and a day", 57)])
def test_a_number_misspelt_as_the_number_table_lists_it_is_read(text, expected):
    """Slips with no other meaning are written in the number table (not guessed by the typo reader)."""
    assert parse_duration(text, TODAY) == expected


def test_typo_table_never_holds_numbers_negations_or_known_words():
    known = duration._known_words()
    for word, meant in duration._TYPOS.items():
        assert word not in known
        assert word not in duration.NUMBER_WORDS and word not in duration.NEGATIONS
        assert len(word) >= 4 and meant in duration.TYPO_UNITS + duration.TYPO_WORDS
        if meant in duration.TYPO_WORDS:  # a real word or a name is never another word
            assert word not in duration.NEAR_WORDS and word not in duration.REAL_NEAR_MISSES


def test_every_typo_after_a_number_is_that_unit():
    # exhaustive over the unit typos: "3 <typo>", "since 3 <typo>", "3 <typo> ago"
    for word, unit in duration._TYPOS.items():
        if unit not in duration.TYPO_UNITS:
            continue
        expected = duration._round_days(3 * duration._UNIT_VALUE[unit])
        for text in (f"3 {word}", f"since 3 {word}", f"3 {word} ago"):
            assert parse_duration(text, TODAY) == expected, text


def test_real_near_misses_are_never_a_unit_after_an_article_or_before_a_noun():
    for word in sorted(duration.REAL_NEAR_MISSES):
        for text in (f"a {word} leg", f"2 {word} legs", f"my leg is {word}", f"een paar {word}", f"een {word} en zo"):
            assert parse_duration(text, TODAY) is None, text


# ------------------------------------------------------------------ ranges (midpoint, round half up)
@pytest.mark.parametrize(
    "text,days,phrase",
    [
        ("6 weeks maybe 7", 46, "6 weeks maybe 7"),  # 45.5
        ("6 weeks or maybe 7, hard to say", 46, "6 weeks or maybe 7"),
        ("3 or 4 days", 4, "3 or 4 days"),  # 3.5 rounds half up
        ("2-3 weeks", 18, "2-3 weeks"),  # 17.5
        ("1 or 2 days", 2, "1 or 2 days"),  # 1.5
        ("between 1 and 2 years", 548, "between 1 and 2 years"),  # 547.5
        ("tussen de 2 en 3 maanden", 75, "tussen de 2 en 3 maanden"),
        ("somewhere between two and three months", 75, "between two and three months"),
        ("2 weeks to a month", 22, "2 weeks to a month"),
        ("een week tot tien dagen", 9, "een week tot tien dagen"),
        ("5 dagen misschien 6", 6, "5 dagen misschien 6"),  # 5.5
        ("4 maanden, misschien 5 denk ik", 135, "4 maanden, misschien 5"),
        ("a year or two", 730, "a year or two"),  # after "a": about two years
        ("een jaar of twee, drie", 913, "een jaar of twee, drie"),  # 912.5
        ("3 weeks or 4 times a day", 21, "3 weeks"),  # 4 times: not a length
        ("2 weken of 3 keer per dag", 14, "2 weken"),
    ],
)
def test_ranges_take_the_midpoint(text, days, phrase):
    m = find_duration(text, TODAY)
    assert m is not None and (m.days, m.text) == (days, phrase)


# ------------------------------------------------------------------ vague counts settled by a number
@pytest.mark.parametrize(
    "text,days,phrase",
    [
        ("een paar weekjes, 2 denk ik", 14, "een paar weekjes, 2"),
        ("a few weeks, 3 I think", 21, "a few weeks, 3"),
        ("a few weeks, 5 I think", 35, "a few weeks, 5"),
        ("a couple of months (3?)", 90, "a couple of months (3"),
        ("enkele weken... 5 misschien", 35, "enkele weken... 5"),
        ("a few days, like 4", 4, "a few days, like 4"),
        ("several weeks, 10 days maybe", 10, "several weeks, 10 days"),
        ("een paar maanden, 4 à 5", 135, "een paar maanden, 4 à 5"),
        ("a few weeks, 2 kids at home", 21, "a few weeks"),  # 2 kids: no length
        ("een paar dagen, 3 keer per dag", 3, "een paar dagen"),
        ("a while, about 4 months", 120, "4 months"),
        ("een tijdje, 2 maanden denk ik", 60, "2 maanden"),
    ],
)
def test_vague_count_settled_by_a_number(text, days, phrase):
    m = find_duration(text, TODAY)
    assert m is not None and (m.days, m.text) == (days, phrase)


# ------------------------------------------------------------------ Flemish and diminutives
@pytest.mark.parametrize(
    "text,days,phrase",
    [
        ("e jaar of drie", 1095, "e jaar of drie"),
        ("ne maand of twee", 60, "ne maand of twee"),
        ("e week of vier", 28, "e week of vier"),
        ("een dag of tien", 10, "een dag of tien"),
        ("'t is al e paar weken", 21, "e paar weken"),
        ("'t is al een paar weken", 21, "een paar weken"),  # same as "e paar"
        ("kheb da al e maandje", 30, "e maandje"),
        ("al e weekske of drie", 21, "e weekske of drie"),
        ("drie daagskes", 3, "drie daagskes"),
        ("e halfjaar", 183, "e halfjaar"),
        ("e stuk of vier weken", 28, "e stuk of vier weken"),
        ("een 3-tal weken", 21, "een 3-tal weken"),
        ("vitamine e en 3 weken pijn", 21, "3 weken"),
    ],
)
def test_flemish_and_diminutives(text, days, phrase):
    m = find_duration(text, TODAY)
    assert m is not None and (m.days, m.text) == (days, phrase)


def test_op_e_dag_is_a_story_opener():
    assert parse_duration("op e dag tilde ik een doos", TODAY) is None


# ------------------------------------------------------------------ inside a story
@pytest.mark.parametrize(
    "text,days,phrase",
    [
        ("hi so 10 days ago i bent over to tie my shoe and felt a sharp pain", 10, "10 days"),
        ("Hello doctor. I am 52. Around 3 wks ago I lifted my grandson and since then it hurts", 21, "3 wks"),
        ("ok so i play football twice a week and about a fortnight ago i got tackled", 14, "a fortnight"),
        ("started after moving house, must be 6 weeks maybe 7 by now", 46, "6 weeks maybe 7"),
        ("honestly it's been a few weeks, 4 I think, and it's not getting better", 28, "a few weeks, 4"),
        ("sorry for my english, the pain is since 2 monhts", 60, "2 monhts"),
        ("I had back pain a decade ago but this time it started yesterday", 3650, "a decade"),
        ("I'm 34 years old, I work 5 days a week, pain for 3 days now", 3, "3 days"),
        ("my leg is weak and the pain started 2 wks ago", 14, "2 wks"),
        ("it comes and goes, 3 or 4 days every month, for about 2 years", 730, "2 years"),
        ("dag dokter, ik ben 61 en sinds e week of drie heb ik pijn in mijn onderrug", 21, "e week of drie"),
        ("Goeiemorgen, het begon een dag of tien geleden bij het tuinieren", 10, "een dag of tien"),
        ("ik werk 4 dagen per week in de bouw en heb nu al een paar weekjes, 2 denk ik, last", 14,
         "een paar weekjes, 2"),
        ("mijn been is zwak en het is begonnen tussen de 2 en 3 maanden geleden", 75, "tussen de 2 en 3 maanden"),
        ("'t is begonnen bij het verhuizen, da's nu ne maand of twee", 60, "ne maand of twee"),
        ("Na de val van de trap, nu 3 wekne geleden, kan ik slecht zitten", 21, "3 wekne"),
        ("ik heb 2 kinderen en sinds eergisteren pijn", 2, "eergisteren"),
    ],
)
def test_duration_inside_a_story(text, days, phrase):
    m = find_duration(text, TODAY)
    assert m is not None and (m.days, m.text) == (days, phrase)
    assert text[m.start:m.end] == phrase


# ------------------------------------------------------------------ said again, anchored, corrected, alone
@pytest.mark.parametrize(
    "text,days,phrase",
    [
        # a rough length ("a", a vague count) said again more precisely after a comma
        ("a month and a bit, about 5 weeks", 35, "a month and a bit, about 5 weeks"),
        ("a couple of months ago i guess, 10 weeks", 70, "a couple of months ago i guess, 10 weeks"),
        ("een maand of zo, eerder 6 weken", 42, "een maand of zo, eerder 6 weken"),
        ("it started a month ago, 2 weeks after my operation", 30, "a month"),  # not a restatement
        # today / tomorrow against a length
        ("it's 3 weeks tomorrow", 20, "3 weeks tomorrow"),
        ("vandaag precies een week", 7, "vandaag precies een week"),
        ("morgen wordt het 2 maanden", 59, "morgen wordt het 2 maanden"),
        ("a week ago today", 7, "a week"),
        ("2 weken, morgen ga ik naar de dokter", 14, "2 weken"),
        # a correction right before a later phrase wins
        ("since the weekend, saturday night? no sunday", 3, "sunday"),
        ("sinds vrijdag, nee donderdag", 6, "donderdag"),
        ("3 weeks, sorry, 4 weeks", 28, "4 weeks"),
        ("pain since 3 weeks, no fever, since yesterday a numb leg", 21, "3 weeks"),
        ("I had pain 2 years ago, no problems since, now 3 days", 730, "2 years"),
        # a singular unit alone
        ("fortnight", 14, "fortnight"),
        ("about a week", 7, "a week"),
        ("maand", 30, "maand"),
        # consecutive numbers after a comma
        ("twee, drie maand", 75, "twee, drie maand"),
        ("4, 5 days", 5, "4, 5 days"),
    ],
)
def test_said_again_anchored_corrected_alone(text, days, phrase):
    m = find_duration(text, TODAY)
    assert m is not None and (m.days, m.text) == (days, phrase)


@pytest.mark.parametrize(
    "text",
    ["weeks", "maanden", "dag", "day", "per week", "my week was bad", "elke maand", "no", "pain 7, 3"],
)
def test_no_length_in_a_bare_unit_with_company_or_a_plural(text):
    assert parse_duration(text, TODAY) is None


# ------------------------------------------------------------------ typos on the other words of a duration
@pytest.mark.parametrize(
    "text,days,phrase",
    [
        ("since thirsday", 6, "thirsday"),
        ("sinds zlndag", 3, "zlndag"),
        ("sinds vrijag", 5, "vrijag"),
        ("otday", 0, "otday"),
        ("since yseterday afternoon", 1, "yseterday"),
        ("vanmoryen", 0, "vanmoryen"),
        ("since chrisfmas", 335, "chrisfmas"),
        ("since otcober", 55, "otcober"),
        ("sinds 11 noevmber", 14, "11 noevmber"),
        ("sinds begni oktober", 55, "begni oktober"),
        ("sjnce 3 weeks", 21, "3 weeks"),
        ("2 weeks tomorow", 13, "2 weeks tomorow"),
        ("een uur gelede gebeurd", 0, "een uur"),
    ],
)
def test_typos_in_the_other_words(text, days, phrase):
    m = find_duration(text, TODAY)
    assert m is not None and (m.days, m.text) == (days, phrase)


@pytest.mark.parametrize(
    "text",
    ["since julia was born", "since the match", "tune in", "a round of golf", "I mince my words",
     "we begon te tillen", "zijn haar", "on sundays"],
)
def test_words_and_names_near_a_duration_word_stay_themselves(text):
    assert parse_duration(text, TODAY) is None


# ------------------------------------------------------------------ without punctuation, with noise
@pytest.mark.parametrize(
    "text,days",
    [
        ("a month and a bit about 5 weeks", 35),
        ("a month ago i think 4 weeks", 28),
        ("a month ago i think, 4 weeks 😭😭", 28),
        ("6 weeks maybe 7 lol", 46),
        ("twee drie maand", 75),
        ("vijf zes weken", 39),
        ("een paar weekjes 2 denk ik", 14),
        ("2 3 weeks", 21),  # digits after a space are no range
        ("a few weeks 3 days", 24),  # nothing says it is said again: 3 weeks and 3 days
        ("a month ago 2 weeks after surgery", 30),
        ("a year or two, 7/10 pain", 730),
    ],
)
def test_without_punctuation_and_with_noise(text, days):
    assert parse_duration(text, TODAY) == days


@pytest.mark.parametrize("text,days", [
    # a day of the month in words (found by the blind split's fourth refresh), today Tuesday 1 December 2026
    ("sinds den elfde november", 20),
    ("sinds twee november", 29),
    ("since the eleventh of november", 20),
    ("since november twenty-first", 10),
    ("sinds de twintigste oktober", 42),
])
def test_day_of_the_month_in_words(text, days):
    assert parse_duration(text, date(2026, 12, 1)) == days


@pytest.mark.parametrize("text,days", [
    # found by the blind split's sixth refresh, today Tuesday 1 December 2026: "n" for "and",
    # and a day of a month named by when it was
    ("2 n a half weeks", 18),
    ("a year n a half", 548),
    ("3 weeks n 2 days", 23),
    ("since the 20th of last month", 11),
    ("sinds de 20ste van vorige maand", 11),
    ("since the twentieth of last month", 11),
    ("since the 1st of this month", 0),
    ("since the 20th of this month", None),  # not yet: no duration
    ("year n a half of this crap", 548),  # a unit with its half, whatever is around it
    ("maand en een half al", 45),
    ("every year and a half", None),  # how often, not how long
])
def test_sms_and_and_a_day_of_last_month(text, days):
    assert parse_duration(text, date(2026, 12, 1)) == days


@pytest.mark.parametrize("text,days", [
    # found by the tune split's session-8 messages, today Tuesday 1 December 2026
    ("since the 3rd i think", 28),  # a day of the month without its month: the last one
    ("sinds den derde", 28),
    ("sinds de 15e", 16),
    ("since the 1st", 0),
    ("since the 3rd time", None),  # not a date
    ("sinds de derde keer", None),
    ("sinse wensday", 6),  # short and misspelt weekdays
    ("since fri night", 4),
    ("since thurs", 5),
    ("sinds woe", 6),
    ("my friend said so", None),
    ("twee maand en half", 75),  # the half without its article
    ("2 weeks and half", 18),
])
def test_a_day_of_this_month_short_weekdays_and_a_bare_half(text, days):
    assert parse_duration(text, date(2026, 12, 1)) == days


@pytest.mark.parametrize("text,days", [
    # found by the blind split's twelfth refresh, today Tuesday 1 December 2026: a weekday naming
    # a day of the month is that date, not the last such weekday
    ("sinds zondag den 22ste al", 9),
    ("pijn sinds maandag de zestiende", 15),
    ("al sinds woensdag de 4de van vorige maand", 27),
    ("sinds vrijdag", 4),  # a weekday alone stays the last one
    # the same in English (the engine reads the weekday before the article, for every pack)
    ("since friday the 13th", 18),
    ("had it since sunday the twenty second", 9),
    ("since friday", 4),
])
def test_a_weekday_with_its_date_is_that_date(text, days):
    assert parse_duration(text, date(2026, 12, 1)) == days


@pytest.mark.parametrize("text,days", [
    # found by the blind split's thirteenth refresh: Flemish "juist", "krek" and Dutch "net", "exact" are
    # "precies" between "vandaag" and a length; "net gebeurd" stays today
    ("vandaag is het juist drie weken", 21),
    ("vandaag is 't net 2 weken", 14),
    ("vandaag krek een maand", 30),
    ("vandaag exact tien dagen", 10),
    ("vandaag is het net gebeurd bij het tillen", 0),
])
def test_thirteenth_refresh_today_exactly_a_length_nl(text, days):
    assert parse_duration(text, date(2026, 12, 1)) == days


@pytest.mark.parametrize("text,days", [
    # found on a fresh question set: "ma belle-mère (septante-huit ans, ...)" was read as 78 years of pain,
    # and "mal au dos, 78 ans" gave the check a duration of 28470 days instead of asking
    ("ma belle-mère (septante-huit ans, toujours un avis sur tout) dit qu'un mal de dos ça peut cacher un cancer", None),
    ("mal au dos, 78 ans", None),
    ("mijn moeder (78 jaar) heeft rugpijn", None),
    ("mijn vader, 81 jaar, heeft rugpijn", None),
    ("my mum (78 years) has a bad back", None),
    # the age aside, the duration told: the duration
    ("my dad, 81 years, back pain since sunday", 2),
    ("mijn moeder (78 jaar) heeft sinds 2 weken rugpijn", 14),
    # years as the reply, or told with what makes them a duration: a duration
    ("20 jaar", 7300), ("uhm, 20 years", 7300), ("rugpijn, al 20 jaar", 7300), ("mal au dos depuis 20 ans", 7300),
    ("rugpijn, 2 jaar", 730),
])
def test_an_adults_age_told_aside_is_no_duration(text, days):
    assert parse_duration(text, date(2026, 12, 1)) == days
