"""Session 14 reading gaps, in English, Dutch and French, in the user's own words.

1. Days without a bowel movement and no urge either is a bladder/bowel red flag;
   constipation alone, or "no need/urge" for something else, is not.
2. Numbness or tingling that was there and is clearly gone is no current numbness;
   "comes and goes" or "mostly gone but still a bit" stays numbness (the safe side).
3. Durations told in hours are whole days (48h = 2 days); a clock time is no duration.
4. A fever that is over ("no fever now") is no fever; a current fever still is.
"""

import pytest

from bot.reading.answers import parse_answer
from bot.reading.duration import parse_duration
from bot.reading.redflags import find_red_flags

BOWEL = {"bladder_bowel": True}


# --- 1. no bowel movement for days and no urge ------------------------------------------------

@pytest.mark.parametrize("text", [
    "haven't been for a poo in 3 days and I don't even feel the need",
    "I haven't been to the toilet for 4 days and I don't feel the need",
    "ca fait 3 jours que j ai pas ete a selle et j ai meme pas envie",
    "ça fait 3 jours que je ne suis pas allé aux toilettes et je n'ai même pas envie",
    "je ne suis plus allé à selle depuis lundi et je n'ai pas besoin non plus",
    "pas été aux toilettes depuis 3 jours, même pas envie d'y aller",
    "al 3 dagen niet naar de wc geweest en ik heb er zelfs geen behoefte aan",
    "ik ben sinds zaterdag niet meer naar de wc geweest en heb geen behoefte om te gaan",
    "sinds zondag geen stoelgang gehad en ik heb geen nood",
])
def test_days_without_a_bowel_movement_and_no_urge_is_a_red_flag(text):
    assert find_red_flags(text) == BOWEL


@pytest.mark.parametrize("text", [
    # already read, kept
    "ik ben al 3 dagen niet naar het toilet geweest en ik voel zelfs geen aandrang",
    "no urge to go",
    "je n'ai plus envie d'aller aux toilettes",
    "geen aandrang meer",
])
def test_no_urge_stays_a_red_flag(text):
    assert find_red_flags(text) == BOWEL


@pytest.mark.parametrize("text", [
    "pas envie de bouger",
    "I don't feel the need to take painkillers",
    "geen zin om te sporten",
    "constipated from the codeine but I can feel when I need to go",
    "j ai pas envie de manger",
    # constipation alone, or the "no need" is for something else
    "haven't been for a poo in 3 days",
    "ca fait 3 jours que j ai pas ete a selle",
    "ik ben al 3 dagen niet naar het toilet geweest",
    "haven't been for a poo in 3 days and I don't feel the need to take painkillers",
    "haven't been for a poo in 3 days, codeine, but I do feel the need",
    "ca fait 3 jours que j ai pas ete a selle et j ai pas envie de manger",
    "al 3 dagen niet naar het toilet geweest en geen zin om te sporten",
    "al 3 dagen niet naar het toilet geweest en geen behoefte aan eten",
])
def test_constipation_or_another_need_is_no_red_flag(text):
    assert find_red_flags(text) == {}


# --- 4. a fever that is over ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "j'ai eu la grippe il y a un mois mais plus de fievre maintenant",
    "j avais la grippe la semaine passee, pas de fievre maintenant",
    "had the flu a month ago but no fever now",
    "had a fever last week but I don't have a fever anymore",
    "had een maand geleden griep maar nu geen koorts meer",
    "vorige week griep gehad, nu geen koorts meer",
])
def test_a_fever_that_is_over_is_no_fever(text):
    assert find_red_flags(text) == {}


@pytest.mark.parametrize("text", [
    "j'ai de la fièvre depuis hier",
    "I've had a fever since yesterday",
    "koorts sinds gisteren",
    # a current sign with the fever denied now is still a sign
    "I have chills at night but no fever now",
    "ik heb rillingen maar nu geen koorts meer",
    "j'ai des frissons mais pas de fièvre maintenant",
    "I've had the flu since monday but no fever now",
    # past, but it came back, or a current sign after it
    "had the flu a month ago but no fever now, it came back today",
    "had the flu last week and now I'm shivering again, no fever now",
    "vorige week griep gehad, nu geen koorts meer maar wel rillingen",
    "j'ai eu la grippe il y a un mois, plus de fièvre maintenant mais des frissons",
    # a past flu alone is still read as fever (the safe side)
    "had the flu a month ago",
])
def test_a_current_fever_stays_a_fever(text):
    assert find_red_flags(text) == {"fever": True}


def test_no_fever_now_says_nothing_of_other_signs():
    assert find_red_flags("had the flu a month ago but no fever now and my bum is numb") == {"saddle_numbness": True}
    assert find_red_flags("ik had vorige maand griep, nu geen koorts meer maar mijn poep is gevoelloos") == {
        "saddle_numbness": True
    }
    assert find_red_flags("j'ai eu la grippe le mois passé, pas de fièvre maintenant mais je sens plus mes fesses") == {
        "saddle_numbness": True
    }


# --- 3. durations in hours ----------------------------------------------------------------------

@pytest.mark.parametrize("text, days", [
    ("48h", 2), ("48 h", 2), ("72 hrs", 3), ("36h", 2), ("24h", 1), ("for 48 hours", 2), ("about 48 hours", 2),
    ("48 uur", 2), ("72 uurtjes", 3), ("48u", 2), ("sinds 48u", 2), ("ongeveer 48 uur", 2),
    ("72 heures", 3), ("48 heures", 2), ("ça fait bien 36 heures", 2),
])  # fmt: skip
def test_hours_that_make_whole_days_are_days(text, days):
    assert parse_duration(text) == days


@pytest.mark.parametrize("text, days", [
    ("depuis 48h", 2), ("48 hours ago", 2), ("il y a 30 heures", 1),
    # fewer than 24 hours is today, as "since this morning"; a clock time with "since" too
    ("since this morning", 0), ("sinds vanmorgen", 0), ("depuis ce matin", 0), ("depuis 8h ce matin", 0),
    ("depuis 14h", 0), ("sinds 14u", 0), ("18 hours ago", 0), ("since 18 hours", 0), ("18 uur geleden", 0),
    ("an hour ago", 0),
])  # fmt: skip
def test_hours_with_since_or_ago(text, days):
    assert parse_duration(text) == days


@pytest.mark.parametrize("text", [
    # a clock time, a working day, hours of something else, a share of the day or week: no length
    "at 8h", "om 8u", "à 8h", "van 8u tot 20u", "de 8h à 20h", "12h", "8 hours at my desk and it hurts", "for 2 hours",
    "pain 24 hours a day", "I work 48 hours a week", "38 uur per week", "38h par semaine",
    "douleur 24h/24", "7j/7", "24 heures sur 24", "24 uur op 24", "24 hours out of 24",
])  # fmt: skip
def test_clock_times_and_shares_are_no_duration(text):
    assert parse_duration(text) is None


# --- 2. numbness that was there and is gone ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "had pins and needles in my foot last week but it's gone, nothing since thursday",
    "ik had vorige week tintelingen in mijn voet maar het is weg, niks meer sinds donderdag",
    "j avais des fourmis dans le pied la semaine passee mais c est parti, plus rien depuis jeudi",
    "j'avais des fourmis dans la jambe mais c'est parti",
    "my foot went numb on the bike last week but it's all gone now",
])
def test_a_numbness_that_is_gone_answers_no(text):
    assert parse_answer("leg_numbness", text) is False


@pytest.mark.parametrize("text", [
    # still there, some of it, or on and off: yes (the safe side)
    "it comes and goes", "pins and needles in my foot, it comes and goes",
    "it's mostly gone but still a bit", "pins and needles in my foot, its gone but still a bit",
    "weg en terug", "het komt en gaat", "tintelingen in mijn voet, het is weg en terug",
    "tintelingen in mijn voet, het is weg maar nog een beetje", "des fourmis dans le pied, c'est parti mais encore un peu",
    "ça va et ça vient", "des fourmis dans le pied, ça va et ça vient",
    "j'ai des fourmis dans le pied, c'est pas parti", "ik heb tintelingen in mijn voet, het is nog niet weg",
    "had pins and needles in my foot, it went away but it came back", "numb foot",
    # the feeling itself gone is numbness
    "my foot tingles and the feeling has gone", "tintelingen in mijn voet en het gevoel is weg",
    "mon pied est engourdi, la sensibilité est partie",
])
def test_a_numbness_still_there_answers_yes(text):
    assert parse_answer("leg_numbness", text) is True


@pytest.mark.parametrize("text", [
    "had pins and needles in both feet last week but it's gone",
    "ik had vorige week tintelingen in beide benen maar het is weg",
    "j'avais des fourmis dans les deux jambes mais c'est parti",
])
def test_a_numbness_of_both_legs_that_is_gone_is_no_red_flag(text):
    assert find_red_flags(text) == {}


BOTH_NUMB = {"both_legs": True, "leg_numbness": True}


@pytest.mark.parametrize("text, expected", [
    ("pins and needles in both feet", BOTH_NUMB),
    ("pins and needles in both feet, it comes and goes", BOTH_NUMB),
    ("tintelingen in beide benen en het gevoel is weg", BOTH_NUMB),
    ("pins and needles in both feet and the feeling has gone", BOTH_NUMB),
    ("des fourmis dans les deux pieds et la sensibilité est partie", BOTH_NUMB),
    ("fourmis dans les deux jambes et c'est pas parti", BOTH_NUMB),
    ("tintelingen in beide benen, het was weg maar nu is het terug", BOTH_NUMB),
    # a lost feeling in the saddle area is no recovery either
    ("mijn poep is doof en het gevoel is weg", {"saddle_numbness": True}),
])
def test_a_present_numbness_is_still_a_red_flag(text, expected):
    assert find_red_flags(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a temperature that drops is no fall; a fever told as fallen is over (session 23L, the packs' FEVER_OVER: "la fièvre
    # est tombée depuis jeudi"), as a fever that is gone
    ("ma température est retombée hier", {}),
    ("j'ai eu de la fièvre mais la fièvre est tombée", {}),
    ("la fievre est tombee mais je suis tombe hier", {"fever": True, "onset": "trauma"}),
    ("je suis tombé dans l'escalier", {"onset": "trauma"}),
])
def test_a_fever_that_drops_is_no_fall(text, expected):
    assert find_red_flags(text) == expected
