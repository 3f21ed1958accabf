"""Session 46, the lead (issue 12), found in round R3's notes: an English fever kept down by a painkiller that comes back
("the temperature went down with paracetamol but it comes back at night") read {}: a missed fever. The Dutch and French
forms were read ("de koorts zakt met dafalgan maar komt 's nachts terug", "la fièvre baisse avec le doliprane mais elle
revient la nuit"). Changed: the fever or temperature named, then "it" that comes back or goes up again after a contrast
(en FEVER_PATTERNS). Kept: a temperature back to normal, a fever that does not come back, and the other languages."""
from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

FEVER = {"fever": True}
CHANGED = [
    ("the temperature went down with paracetamol but it comes back at night", FEVER),
    ("my temp drops with ibuprofen then it comes back every evening", FEVER),
    ("my temp went down with nurofen but then it went up again", FEVER),
    ("temperature settles with calpol but it keeps coming back", FEVER),
]
KEPT = [
    ("the temperature went down and then it went back to normal", {}),
    ("the fever went down, it doesnt come back", {}),
    ("de koorts zakt met dafalgan maar komt snachts terug", FEVER),
    ("la fièvre baisse avec le doliprane mais elle revient la nuit", FEVER),
]
test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
