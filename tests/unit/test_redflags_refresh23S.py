"""Session 23, lead, after the blind street patients of session 23 were played once:

1. feet that went from under the person in a fall down a place told just before ("fell down the basement stairs,
   feet went out from under me"): the slip of the fall, no legs that give way (a person who fell down the stairs onto
   the tailbone was sent to 112 as both legs giving way); Dutch reads it so already, French feet that "se sont
   dérobés" after a slip do since this round;
2. a cause told between the slip and the legs that went ("slipped on the floor because my legs went from under me",
   "i slipped in the kitchen when my legs went out from under me"): the legs gave way first, the sign stays (before,
   any slip told earlier in the sentence took the sign away). The packs' SLIP_CAUSE hold the cause words of nl and fr
   too, but Dutch and French legs that "gingen onder mij weg" / "se sont dérobées sous moi" are not read as giving way
   at all yet (left for a later round).
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

TRAUMA = {"onset": "trauma"}
BOTH_GIVE_WAY = {"leg_weakness": "worsening", "both_legs": True}
FALL_AND_BOTH_GIVE_WAY = {"onset": "trauma", **BOTH_GIVE_WAY}

CHANGED = [
    # 1. a fall down a place, then the feet that went: the fall
    ("fell down the stairs yesterday, my feet went out from under me", TRAUMA),
    ("i fell down the basement stairs and my feet went out from under me", TRAUMA),
    ("fell off the ladder, feet went from under me, landed on my back", TRAUMA),
    ("i fell on the ice last night, both feet went out from under me", TRAUMA),
    ("fell down the steps at work, my feet went from underneath me", TRAUMA),
    ("fell on the icy kerb, feet went out from under me and i landed on my bum", TRAUMA),
    # French feet that "se sont dérobés" after a slip (read as both legs giving way since 9f2afdf: the pack's
    # SWEPT_FROM_UNDER needed a determiner and a space the both-legs match does not carry)
    ("j'ai glissé sur le verglas, mes pieds se sont dérobés sous moi", TRAUMA),
    ("j'ai dérapé sur le carrelage mouillé et mes deux pieds se sont dérobés", {}),
    ("j'ai glissé dans la douche, les pieds se sont dérobés", TRAUMA),
    # 2. a cause between the slip and the legs: the legs gave way first
    ("slipped on the floor because my legs went from under me", FALL_AND_BOTH_GIVE_WAY),
    ("i slipped in the kitchen when my legs went out from under me", FALL_AND_BOTH_GIVE_WAY),
    ("skidded on the mat as my legs went from under me", BOTH_GIVE_WAY),
    ("lost my footing since both legs went out from under me", BOTH_GIVE_WAY),
]

KEPT = [
    # legs that go from under the person with no fall down a place told first: the sign
    ("i keep falling, my legs go from under me", BOTH_GIVE_WAY),
    ("fell twice this week, both legs went from under me", FALL_AND_BOTH_GIVE_WAY),
    ("my legs went from under me and i fell, its getting worse", FALL_AND_BOTH_GIVE_WAY),
    ("fell down the stairs because my legs went from under me", FALL_AND_BOTH_GIVE_WAY),
    ("mes jambes se sont dérobées sous moi", BOTH_GIVE_WAY),
    ("j'ai glissé parce que mes pieds se sont dérobés sous moi", BOTH_GIVE_WAY),
    ("mes pieds se sont dérobés sous moi, ça empire", BOTH_GIVE_WAY),
    # a slip told first: the slip (session 21c), in every language
    ("slipped on the wet floor and my feet went from under me", TRAUMA),
    ("ik ben van de trap gevallen, mijn voeten gingen onder mij weg en ik kwam op mijn stuitje terecht", TRAUMA),
    ("uitgegleden op het ijs, mijn voeten schoten onder mij weg", TRAUMA),
    ("je suis tombé dans l'escalier, les pieds sont partis sous moi et je suis tombé sur le coccyx", TRAUMA),
    ("j'ai glissé sur le verglas, mes pieds sont partis sous moi", TRAUMA),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
