"""Session 24 (issue 12): French night pain named "douleur(s) nocturne(s)" with nothing easing it was never read. The
pack's pattern asked for "rien ne", which the reader never leaves: it drops the "ne" of a negation ("rien ne calme" is
read "rien calme"). The English and Dutch forms were read already (kept)."""
from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

NIGHT = {"night_pain": True}
CHANGED = [
    ("douleur nocturne que rien ne calme", NIGHT),
    ("j'ai des douleurs nocturnes que rien ne soulage", NIGHT),
    ("mal de dos depuis 3 semaines, douleurs nocturnes que rien n'apaise", NIGHT),
    ("des douleurs nocturnes et rien n'y fait", NIGHT),
    ("une douleur nocturne que rien ne me calme", NIGHT),
]
KEPT = [
    ("night pain that nothing eases", NIGHT),
    ("mal toute la nuit, rien ne marche", NIGHT),
    ("nachtelijke pijn die door niets verdwijnt", NIGHT),
    ("douleur nocturne qui passe quand je me tourne", {}),
    ("je n'ai pas de douleur nocturne", {}),
    ("c'est quoi une douleur nocturne ?", {}),
    ("douleur nocturne mais ça passe en changeant de position", {}),
]
test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
