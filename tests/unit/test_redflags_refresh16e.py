"""Night pain told as every position tried and none makes a difference (session 16): a position
named ("on my side") is no longer read as pain that comes only with turning over when the person
says the position makes no difference. Each CHANGED case failed on the code before."""
import pytest

from bot.reading.redflags import find_red_flags

NIGHT = {"night_pain": True}

CHANGED = [
    ("nights are the worst, up at 3, flat, on my side, in the chair, makes no odds it just aches", NIGHT),
    ("at night i lie on my side, on my back, on my front, it makes no difference, the ache stays", NIGHT),
    ("s nachts het ergst, ik lig op me zij, op me rug, op me buik, maakt geen bal uit", NIGHT),
    ("s nachts is het het ergst, op mijn zij of op mijn rug, het maakt niets uit", NIGHT),
    ("la nuit le dos me reveille vers 3h, sur le cote, sur le dos, a genoux, rien a faire ca lance", NIGHT),
    ("la nuit c'est le pire, sur le cote, sur le dos, j'ai essaye toutes les positions", NIGHT),
    ("mon dos me reveille la nuit", NIGHT),
]
KEPT = [
    ("it only hurts at night when i roll over on my side", {}),
    ("s nachts alleen pijn als ik me omdraai op mijn zij", {}),
    ("la nuit j'ai mal seulement quand je me tourne sur le cote", {}),
    ("the pain when i turn over at night, the pillow makes no difference", {}),
    ("le dos me reveille seulement quand je me retourne", {}),
    ("night is fine, on my side or back makes no difference, i sleep well", {}),
]


@pytest.mark.parametrize("text,expected", CHANGED + KEPT)
def test_night_pain_whatever_the_position(text, expected):
    assert find_red_flags(text) == expected
