"""Session 37, the lead: "can't say" with a word after it, told to a red-flag question, was read as a NO ("I can't say
for certain", "can't say, sorry": the shared normaliser turns "can't say" into "not", so the answer read "not for
certain"); the Dutch "ik kan het niet zeggen, sorry" and French "je peux pas dire, désolée" were not read at all.
Found by the lead while landing round 37U (the same kind: not knowing read as a no).

Changed: the packs' CANT_SAY_TAIL (en "for certain", "sorry", "im afraid", "mate"; nl "sorry", "eerlijk gezegd",
"zeker"; fr "désolé(e)", "avec certitude"), nl CANT_SAY_FILLER "het"; bot/reading/answers.parse_yes_no folds the spaces
a dropped word leaves ("couldnt say tbh sorry"). Kept: "can't say I have" (a no), plain noes.
"""
from bot.reading.answers import parse_yes_no
from tests.support.reading_round import reading_round

CHANGED = [
    ("I can't say for certain", "unsure"),
    ("cant say sorry", "unsure"),
    ("I couldn't say, sorry", "unsure"),
    ("cannot say im afraid", "unsure"),
    ("couldnt say tbh sorry", "unsure"),
    ("can't say, sorry mate", "unsure"),
    ("i cant say for certain", "unsure"),
    ("ik kan het niet zeggen, sorry", "unsure"),
    ("ik kan het niet zeggen", "unsure"),
    ("k kan het nie zeggen sorry", "unsure"),
    ("ik kan het niet zeggen eerlijk gezegd", "unsure"),
    ("ik kan het echt niet zeggen", "unsure"),
    ("ik kan t niet zeggen sorry", "unsure"),
    ("ik kon het niet zeggen, sorry", "unsure"),
    ("je peux pas vous dire désolé", "unsure"),
    ("je peux pas dire, désolée", "unsure"),
    ("je ne peux pas dire avec certitude", "unsure"),
    ("je peux pas vraiment dire désolée", "unsure"),
    ("je ne pourrais pas dire, désolé", "unsure"),
    ("je peux pas le dire désolé", "unsure"),
]
KEPT = [
    ("can't say I have", False),
    ("cant say ive noticed", False),
    ("no", False),
    ("nope, sorry", False),
    ("can't say", "unsure"),
    ("nee", False),
    ("nee sorry", False),
    ("kan ik niet zeggen", "unsure"),
    ("non", False),
    ("non désolé", False),
    ("je ne peux pas dire", "unsure"),
    ("je sais pas dire, desole", "unsure"),
    ("je saurais pas vous dire, désolé", "unsure"),
    ("kan ik niet zeggen zeker", "unsure"),
    ("kan ik niet zeggen, sorry hoor", "unsure"),
    ("kan ik niet zeggen eerlijk gezegd", "unsure"),
    ("can't tell for certain", "unsure"),
]

test_changed, test_kept = reading_round(parse_yes_no, CHANGED, KEPT)
