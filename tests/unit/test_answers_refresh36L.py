"""Session 36, the lead: the onset in a first message's story, one "not" told over a list ("niet gevallen of iets
getild", "never fell or lifted anything heavy") was read as a sudden movement, and "langzaam erin geslopen" (crept in)
was no gradual onset. Found by a blind street patient (blind36-nl-04: a gradual onset read as lifting, so the
inflammatory back pain of R8 became non-specific chronic pain).

Changed: the packs' STORY_NOT_SUDDEN (en, nl): a negation, up to two words, "or"/"of"/"noch", up to two words, a lifting
or carrying verb; nl STORY_GRADUAL: "erin geslopen/gekropen", "ingeslopen". French already read these ("pas tombé ni porté").
Kept: a lift told plainly, also beside a denied fall ("niet gevallen maar wel iets zwaars getild"); "erin" alone.
"""
from datetime import date

from bot.reading.answers import read_story
from tests.support.reading_round import reading_round

TODAY = date(2026, 12, 1)


def onset(text: str):
    return read_story(text, TODAY).get("onset")


CHANGED = [
    ("back pain for 5 months, never fell or lifted anything heavy", None),
    ("sore back since spring, never slipped or carried anything heavy", None),
    ("rugpijn sinds 5 maanden, niet gevallen of iets getild.", None),
    ("rugpijn sinds de zomer, nie gevallen of iets opgeheven", None),
    ("al 5 maanden last van mijn onderrug, gewoon langzaam erin geslopen", "gradual"),
    ("rugpijn sinds 5 maanden, het is er ingeslopen", "gradual"),
    ("al een half jaar last, het is erin gekropen, niet gevallen of iets getild", "gradual"),
]
KEPT = [
    ("pain for months now, i didnt trip or pick anything up", None),
    ("al maanden last, nooit uitgegleden of iets zwaars gedragen", None),
    ("hurt it 2 days ago lifting a sofa", "sudden_movement"),
    ("not sure, maybe when I lifted the boxes or the kids", "sudden_movement"),
    ("back pain for 5 months, just crept in slowly, didnt fall or lift anything.", "gradual"),
    ("rugpijn sinds 2 dagen, ik heb een zware kast getild", "sudden_movement"),
    ("rugpijn sinds 3 dagen, niet gevallen maar wel iets zwaars getild", "sudden_movement"),
    ("ik weet het niet, ik denk bij het tillen van een kist of zo", "sudden_movement"),
    ("rugpijn sinds 2 weken, ik liep erin", None),
    ("mal au dos depuis 5 mois, pas tombé ni porté quelque chose.", None),
    ("mal au dos depuis 2 jours, j'ai soulevé un meuble", "sudden_movement"),
    ("mal au dos depuis 5 mois, c'est venu petit à petit", "gradual"),
]

test_changed, test_kept = reading_round(onset, CHANGED, KEPT)
