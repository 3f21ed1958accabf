"""Session 27, the lead, noticed while reading round L's report: urine passed "without trouble" is all well.

English read "i passed urine this morning without trouble" as a bladder sign (the bladder net saw "urine" and "trouble"
and no all-well word); "zonder problemen" and "sans problème" already read as all well. "without (any) trouble /
problem / difficulty / issues" is now an all-well phrase; a sign told with "without" and a strain ("cant pee without
straining", "cant hold my wee without trouble") stays the bladder."""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

BLADDER = {"bladder_bowel": True}

CHANGED = [
    ("i passed urine this morning without trouble", {}),
    ("peed without any problem today", {}),
    ("had a wee without any difficulty just now", {}),
    ("urine comes without trouble, only the back hurts", {}),
]

KEPT = [
    ("passed water without issues, its just my back", {}),
    ("went to the toilet for a poo without problems this morning", {}),
    ("ik heb vanmorgen zonder problemen geplast", {}),
    ("j'ai uriné ce matin sans problème", {}),
    ("i cant pass urine without straining", BLADDER),
    ("cant pee without a struggle since yesterday", BLADDER),
    ("cant hold my wee without trouble", BLADDER),
    ("i cant get started peeing, takes ages", BLADDER),
    ("kan sinds gisteren niet meer plassen", BLADDER),
    ("je n'arrive plus à uriner depuis hier", BLADDER),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
