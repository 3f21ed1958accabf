"""Session 31, round AI: the answer to the night-pain question telling the night fine and another time of day stiff or sore
("a bit stiff in the morning, fine at night") was read as a yes: its "a bit", "un peu" is a hedged yes; and "at night it never
stops" was read as a no (its "never"), "s nachts niet goed" too.

Changed (the answers packs' NIGHT_TOLD_FINE, NIGHT_NOT_FINE and NIGHT_NEVER_STOPS, new in en, nl, fr; bot/reading/answers.py
_parse_bool, _night_told_fine): the night told fine is a no unless a night pain is told (NIGHT_PERSIST, CONTEXT_NIGHT) or the
fine is denied ("its not fine at night", asked again); the night told not fine is asked again, never a no; the night pain that
never stops is a yes. Kept: "worse at night", a plain no, the answers read before."""

from datetime import date

from bot.reading.answers import parse_answer
from tests.support.reading_round import reading_round

TODAY = date(2026, 12, 1)


def read(text: str):
    return parse_answer("night_pain", text, TODAY)


CHANGED = [
    # the night told fine, another time stiff or sore
    ("a bit stiff in the morning, fine at night", False),
    ("a little sore when i get up but at night im ok", False),
    ("kind of stiff first thing, fine in bed", False),
    ("sort of stiff after work, at night its fine", False),
    ("'s ochtends wat stijf, 's nachts geen last", False),
    ("een beetje stijf bij het opstaan, s nachts is het prima", False),
    ("soms wat stijf, in bed heb ik geen last", False),
    ("een beetje stijf s morgens, s nachts gaat het goed", False),
    ("wat stijf na het werk, in bed geen pijn", False),
    ("un peu raide le matin, la nuit ça va", False),
    ("un peu mal en fin de journée, mais la nuit je dors bien", False),
    ("un peu coincé au réveil, la nuit c'est tranquille", False),
    ("parfois un peu raide, au lit aucun problème", False),
    ("un peu raide le soir, mais je dors comme un bébé", False),
    # the night pain that never stops: a yes, its "never" no "no"
    ("at night it never stops", True),
    ("at night it just wont stop", True),
    ("at night the pain never eases", True),
    ("it never stops at night", True),
    ("s nachts houdt het nooit op", True),
    ("in bed gaat het niet weg", True),
    ("s nachts gaat het nooit over", True),
    ("au lit ça passe pas du tout", True),
    ("la nuit la douleur ne se calme jamais", True),
    # the night told not fine: asked again, never a no
    ("at night not great", None),
    ("its not fine at night", None),
    ("s nachts niet goed", None),
    ("s nachts gaat het niet zo goed", None),
]

KEPT = [
    ("worse at night", True),
    ("yes, at night nothing helps", True),
    ("yes it keeps me awake", True),
    ("no, fine at night", False),
    ("fine at night", False),
    ("nee, s nachts geen last", False),
    ("'s nachts geen last", False),
    ("la nuit ça va", False),
    ("no, only when i turn over", False),
    ("no, it doesnt stop me sleeping at night", False),
    ("ja, de hele nacht", True),
    ("oui, toute la nuit", True),
    ("la nuit c'est pas bien", None),
    ("la nuit rien ne soulage", True),
    ("oui un peu la nuit", True),
    ("bit achy in the evenings, i sleep fine though", False),
    ("overdag wat pijn, maar ik slaap goed", False),
    ("in bed it doesnt let up at all", True),
    ("la nuit ça s'arrête jamais", True),
    ("in bed gaat het niet zo best", None),
    ("yes a bit at night", True),
]

test_changed, test_kept = reading_round(read, CHANGED, KEPT)
