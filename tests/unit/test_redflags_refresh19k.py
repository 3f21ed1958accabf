"""Session 19, helper K (English misses): Nigerian Pidgin, Jamaican patois, Irish, Indian English and UK chat wordings,
with Dutch and French twins. Changed cases failed on the code before; kept cases are hard negatives or already read."""
from datetime import date

import pytest

from bot.reading.duration import find_duration
from bot.reading.redflags import find_red_flags

SADDLE = {"saddle_numbness": True}
BLADDER = {"bladder_bowel": True}
WORSENING = {"leg_weakness": "worsening"}

CHANGED_SADDLE = [
    # Nigerian Pidgin: the bum ("yansh"), "no fit feel", wiping like another person's
    "when i wipe e be like say i dey clean another person yansh, i no fit feel am",
    "my yansh don numb since yesterday",
    "i no fit feel my yansh at all",
    "when i wipe its like im wiping another persons bum",
    # little felt during sex
    "the last couple of times with the missus I could barely feel a thing below, like it had all gone dead on me",
    "in bed with my husband i cant feel anything anymore, its scary",
    "during sex i could barely feel anything lately",
    "i could barely feel a thing below",
    "bij het vrijen voel ik bijna niets meer",
    "tijdens de seks voel ik niks meer",
    "pendant les rapports je sens quasiment plus rien",
    # a sentence cut off after a hedge: "feels sort of... not there?"
    "when i sit on a hard chair my bum feels sort of... not there? not sure if its numb exactly, just different",
    "on the toilet seat my backside feels kind of... not there. weird",
    "when i sit my bum feels sort of... numb?",
    "als ik zit voelt mijn poep soort van... doof?",
    "als ik op een harde stoel zit voelt mijn poep soort van... niet daar? niet zeker of het doof is",
    "quand je m'assois mes fesses sont genre... engourdies ?",
    "quand je m'assois j'ai les fesses genre... endormies",
]

CHANGED_BLADDER = [
    "this morning I'd a bit of a leak in the jocks before I made it to the jacks",
    "had a little leak in my undies before i got to the loo",
    "vanmorgen een beetje gelekt in mijn onderbroek voor ik op het toilet was",
    "een beetje gelekt voor ik bij het toilet was",
    "ce matin j'ai eu une petite fuite dans ma culotte avant d'arriver aux toilettes",
    "j'ai fui un peu avant d'atteindre les wc",
]

CHANGED_WORSENING = [
    # the limb taken up by a pronoun after a comma; Jamaican patois
    "mi right foot, it just a flop down, mi toe keep ketch pon di step, it getting worse every day",
    "my left foot, its flopping more and more, getting worse",
    "mijn rechtervoet, hij klapt neer, elke dag erger",
    "mon pied droit, il est faible, ça empire chaque jour",
    # the front of the foot that will not come up
    "i cant lift up the front of my foot at all now, getting worse every day",
    "i can barely raise the toes of my right foot, worse every day",
]

# a message typed for a father after a greeting, his age told "age 68"
CHANGED_PROXY = [
    ("Sir my father age 68 is having lower back pain since long. From last 4-5 days both his legs are becoming weak like "
     "jelly, he is not able to get up from chair without support, and in both feet there is tingling and numbness. "
     "Kindly advise what to do", {"leg_weakness": "worsening", "both_legs": True, "leg_numbness": True}),
    ("Respected doctor, my mother aged 72 has back pain for weeks, both her legs are weak and getting worse, tingling in "
     "both her feet", {"leg_weakness": "worsening", "both_legs": True, "leg_numbness": True}),
    ("Dear sir, my husband, 61, is having back pain since 3 weeks, now both his legs are going weak like jelly",
     {"leg_weakness": "worsening", "both_legs": True}),
]

# read right before too (Dutch, French twins), and must stay so
KEPT_FLAGGED = [
    ("de laatste keren met mijn vrouw voelde ik bijna niks meer daar beneden", SADDLE),
    ("les dernières fois avec ma femme je sentais presque plus rien en bas", SADDLE),
    ("i wet myself a bit before i could get to the toilet", BLADDER),
    ("ik heb een beetje in mn broek geplast voor ik aan de wc was", BLADDER),
    ("mijn rechtervoet, die wordt zwakker, elke dag erger", WORSENING),
    ("my right foot, it just flops down, worse every day", WORSENING),
    ("in bed with my wife my feet go numb", {"both_legs": True, "leg_numbness": True}),
    ("in bed with my wife i cant feel anything in my legs", {"both_legs": True, "leg_numbness": True}),
    ("bij het vrijen voel ik niks meer in mijn benen", {"both_legs": True, "leg_numbness": True}),
    ("pendant les rapports je ne sens plus rien dans les jambes", {"both_legs": True, "leg_numbness": True}),
]

KEPT = [
    "with the missus i went for a walk and it was lovely",
    "i could barely feel a thing below the knee after the injection, its fine now",
    "there was a leak in the roof before i got to the bathroom",
    "had a small leak in the car tyre",
    "de kraan lekte voor ik op het toilet was",
    "le robinet fuyait avant d'arriver aux toilettes",
    "tijdens de seks voel ik geen pijn meer",
    "bij het vrijen voel ik niks meer voor haar",
    "in bed with my wife i dont feel anything for her anymore",
    "pendant les rapports je ne ressens plus rien pour elle",
    "pendant les rapports je sens plus rien de douloureux",
    "my right foot, it hurts, getting worse every day",
    "mijn rechtervoet, die doet pijn, elke dag erger",
    "mon pied droit, il me fait mal, ça empire",
    "i no fit feel better, this back pain dey worry me",
    "my back hurts sort of. i walked to the shop",
    "Sir my father age 68 had back pain years ago, now he is fine",
]


@pytest.mark.parametrize("text", CHANGED_SADDLE)
def test_the_saddle_told_in_other_words_is_a_red_flag(text):
    assert find_red_flags(text) == SADDLE


@pytest.mark.parametrize("text", CHANGED_BLADDER)
def test_a_leak_before_the_toilet_is_a_red_flag(text):
    assert find_red_flags(text) == BLADDER


@pytest.mark.parametrize("text", CHANGED_WORSENING)
def test_a_failing_foot_getting_worse_is_a_red_flag(text):
    assert find_red_flags(text) == WORSENING


@pytest.mark.parametrize("text,flags", CHANGED_PROXY + KEPT_FLAGGED)
def test_the_flags_read(text, flags):
    assert find_red_flags(text) == flags


@pytest.mark.parametrize("text", KEPT)
def test_other_things_stay_no_flag(text):
    assert find_red_flags(text) == {}


TODAY = date(2026, 12, 1)  # a Tuesday

# a holiday word naming a thing ("the Christmas tree", "le sapin de Noel") is no date
CHANGED_DURATION = [
    ("Did it lifting the box with the Christmas tree out of the loft on Saturday, been sore low down ever since", 3),
    ("put up the christmas lights on saturday and my back went", 3),
    ("hurt it carrying the xmas decorations down from the attic on sunday", 2),
    ("bending over the Easter eggs hunt last Saturday, sore since", 3),
    ("ik heb de doos met de kerst boom van zolder gehaald op zaterdag, sindsdien pijn", 3),
    ("j'ai descendu le carton du sapin de Noël du grenier samedi, mal au dos depuis", 3),
    ("en installant les décorations de noël samedi je me suis bloqué le dos", 3),
]
# a holiday told as a time stays a date
KEPT_DURATION = [
    ("sore since Christmas", 341),
    ("back pain since christmas eve", 342),
    ("pijn sinds kerst", 341),
    ("zaterdag de kerstboom gezet en sindsdien rugpijn", 3),
    ("mal au dos depuis noël", 341),
    ("hurt since easter", 240),
    ("mal depuis Pâques", 240),
]


@pytest.mark.parametrize("text,days", CHANGED_DURATION + KEPT_DURATION)
def test_the_duration_read(text, days):
    found = find_duration(text, TODAY)
    assert found is not None and found.days == days
