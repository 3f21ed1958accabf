"""Red flags the refreshed blind split found missing (issue 12, second round).

The blind split of the patients' corpus was refreshed on 2026-12-01 with messages from
patient stories and pages; these are the ways of saying a red flag it showed the reader
did not know yet, fixed by generalising the packs. The sentences here are new ones in the
same manner (never the blind ones: those stay as they are), with harmless neighbours
that must stay harmless.
"""
from __future__ import annotations

import pytest

from bot.reading.redflags import find_red_flags

W = "worsening"

FLAGGED = [
    # the saddle told as where you would sit, or a bike seat
    ("en", "numb where you would sit on a saddle since this morning", {"saddle_numbness": True}),
    ("en", "tingling where your bum touches a bike seat", {"saddle_numbness": True}),
    # the area goes cold, dead or tingly (patient.info: "a feeling of coldness would fill my bottom area")
    ("en", "my bum goes cold and numb when i lay on the sofa", {"saddle_numbness": True}),
    ("en", "my backside turned tingly last night", {"saddle_numbness": True}),
    ("nl", "mijn zitvlak voelt koud aan sinds gisteren", {"saddle_numbness": True}),
    ("nl", "mijn billen voelen raar en koud aan als ik lig", {"saddle_numbness": True}),
    ("nl", "sinds gisteren voelt mijn zitvlak raar aan", {"saddle_numbness": True}),
    # wiping, told before the feeling (Flemish "precies")
    ("nl", "bij het afvegen voel ik precies niks", {"saddle_numbness": True}),
    ("nl", "als ik mij afkuis voel ik het nie goed", {"saddle_numbness": True}),
    ("nl", "als ik mij afveeg voel ik dat echt niet goed meer", {"saddle_numbness": True}),
    ("nl", "ge voelt bijna niks tussen uw benen", {"saddle_numbness": True}),
    # between the legs is the saddle, not both legs
    ("nl", "ik voel bijna niks meer tussen mijn benen", {"saddle_numbness": True}),
    ("en", "cant feel much between my legs anymore", {"saddle_numbness": True}),
    # a leg list that ends in the saddle area
    ("en", "pins and needles all over my leg and down below", {"saddle_numbness": True}),
    # bowels or bladder known only by looking (oldcity.org.uk)
    ("en", "i only know ive had a wee by checking", {"bladder_bowel": True}),
    # a full bladder that will not empty
    ("nl", "geen druppel plas sinds vanmorgen", {"bladder_bowel": True}),
    ("nl", "mijn blaas zit vol en er komt niks uit", {"bladder_bowel": True}),
    # foot drop told by what the foot does, getting worse (patient.info, CESCI)
    ("en", "my foot points in odd directions now and its getting worse", {"leg_weakness": W}),
    ("en", "my foot cant push off when i walk, its worse than yesterday", {"leg_weakness": W}),
    # weight down without trying
    ("en", "down 5 kilos in a month and no idea why", {"weight_loss": True}),
    # third round (the second refresh): a failing foot and its worsening in different clauses
    ("en", "my left foot is weak, i keep tripping and its getting worse", {"leg_weakness": W}),
    ("en", "my leg wont listen anymore, worse than last week", {"leg_weakness": W}),
    ("nl", "mijn voet valt soms uit, elke dag een beetje erger", {"leg_weakness": W}),
    ("nl", "mijn been is onhandig en het wordt erger", {"leg_weakness": W}),
    # passing water or stool feels changed, or happens unnoticed
    ("en", "it feels strange when i pee now", {"bladder_bowel": True}),
    ("en", "leaked a bit without noticing", {"bladder_bowel": True}),
    ("nl", "ik heb geplast zonder het te merken", {"bladder_bowel": True}),
    ("nl", "ik moet duwen om te kunnen plassen", {"bladder_bowel": True}),
    # the groin in Dutch
    ("nl", "tintelingen in mijn lies en rond mijn poep", {"saddle_numbness": True}),
    # night pain that no position eases
    ("en", "at night nothing eases it, no position helps", {"night_pain": True}),
    ("en", "pain wont ease in any position at night, cant sleep", {"night_pain": True}),
    ("en", "it aches constantly at night whatever i do", {"night_pain": True}),
    ("nl", "snachts doet het pijn, hoe dat ik ook lig", {"night_pain": True}),
    ("nl", "snachts blijft het zeer doen, hoe da ik ook lig", {"night_pain": True}),
]

HARMLESS = [
    ("en", "been on a diet, down 5 kilos, on purpose", {}),
    ("en", "my feet point outwards, always have", {}),
    ("en", "i sit on a bike seat at work all day, the back hurts", {}),
    ("nl", "het water in de douche voelt koud aan", {}),
    ("nl", "geen druppel alcohol gedronken", {}),
    ("nl", "ik voel me precies niet goed, de rug doet zeer", {}),
    ("en", "my foot is weak but not getting worse", {}),
    ("nl", "mijn been is niet zwak, wel pijnlijk en het wordt erger", {}),
    ("en", "he lies on the sofa when his back is numb", {}),
    ("en", "it only hurts at night when i turn over", {}),
]


@pytest.mark.parametrize("language, text, expected", FLAGGED)
def test_flagged(language, text, expected):
    found = find_red_flags(text)
    assert {slot: found.get(slot) for slot in expected} == expected, found


@pytest.mark.parametrize("language, text, expected", HARMLESS)
def test_harmless(language, text, expected):
    found = find_red_flags(text)
    serious = {k: v for k, v in found.items() if k not in ("leg_numbness", "both_legs", "onset", "leg_pain")}
    assert serious == expected, found
