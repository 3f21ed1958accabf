"""Session 32, round BC (lead, found by the per-message corpus comparison after round 32AT): the tap run to help the
bladder started is the person's own water, not a fixture's stream.

Round AT drops the bladder sign of a sentence that names a shower, tap or hose as the giver of a thin stream. A blind
message that needs to go, nothing comes, and the tap left running to help it (an old trick) lost its retention sign:
a missed red flag. FIXTURE_OWN (en, nl, fr) now counts running the tap as the person's own water ("de kraan laten
lopen", "with the tap running", "en laissant couler le robinet"), so the drop does not apply.

Kept: a shower's or tap's thin stream alone stays no sign (round AT). Left: "I need to go but nothing comes" with no
bladder word is not read at all (before round AT either), in English and Dutch.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

BLADDER = {"bladder_bowel": True}
CHANGED = [
    ("ik voel dat ik moet maar er komt niks, ik heb zelfs de kraan laten lopen", BLADDER),
    ("ik voel dat ik moet maar er komt niks uit, mijn vrouw liet de kraan lopen om te helpen", BLADDER),
    ("I need to go but nothing comes out even if I turn the tap on", BLADDER),
    ("j'ai envie mais rien ne vient, même en laissant couler le robinet", BLADDER),
    ("j'ai envie mais rien ne sort, même avec le robinet ouvert", BLADDER),
]
KEPT = [
    ("de douche geeft maar een dun straaltje", {}),
    ("the shower is only a trickle", {}),
    ("le robinet ne donne qu'un filet d'eau", {}),
    ("ik plas maar een dun straaltje", BLADDER),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
