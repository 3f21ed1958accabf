"""Session 22: a sign read about, then owned in the same sentence ("I read that weight loss is a warning sign, that is
me", "ik heb gelezen dat afvallen een alarmsignaal is, dat heb ik ook"): helper J's round made a sign read about no
weight loss, which is right until the person says it is theirs. Hearsay alone, denied or about someone else stays none.
(French: "maigrir" named as a sign is not read as weight lost at all, so there is nothing to own; left.)"""
from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

WEIGHT = {"weight_loss": True}

CHANGED = [
    ("I read that weight loss is a warning sign, that is me", WEIGHT),
    ("saw a video saying weight loss is a warning sign, sounds like me", WEIGHT),
    ("read online that losing weight is a red flag, ive got that too", WEIGHT),
    ("ik heb gelezen dat afvallen een alarmsignaal is, dat heb ik ook", WEIGHT),
    ("ik las dat gewichtsverlies een alarmsignaal is, dat ben ik", WEIGHT),
    ("in een filmpje zeiden ze dat gewichtsverlies een alarmsignaal is, dat heb ik ook", WEIGHT),
]
KEPT = [
    ("i read that weight loss is a red flag", {}),
    ("i read that weight loss is a red flag, thats not me", {}),
    ("my mum read that weight loss is a warning sign, thats her", {}),
    ("ik heb gelezen dat afvallen een alarmsignaal is, maar dat is bij mij expres", {}),
    ("ik las dat afvallen een alarmsignaal is, dat heb ik niet", {}),
    ("j'ai lu que maigrir c'est un signe d'alerte mais moi c'est voulu", {}),
    ("i read that losing weight is a red flag. i have lost 6 kg without trying", WEIGHT),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
