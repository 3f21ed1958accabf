"""Red-flag fixes of session 17 (helper B). Each CHANGED case failed on the code before; each KEPT case
passed before and after."""
import pytest

from bot.reading.redflags import find_red_flags

FEVER = {"fever": True}

# A fever that is over: the illness named as past, then cleared / over for days / no temperature since.
FEVER_OVER_CHANGED = [
    ("had a temp and the shivers with a chest infection the week before last, thats all cleared, not had a "
     "temperature since", {}),
    ("had a fever with the flu two weeks ago, it's cleared, haven't had a temp since", {}),
    ("Had vörrige week griep, 39 graden, mor dat is nou aal vief dagen over, gain koorts meer", {}),
    ("griep met 39 graden vorige week, dat is nu al vijf dagen over", {}),
    ("La fièvre est tombée depuis vendredi, plus de frissons", {}),
    ("j'ai eu de la fièvre la semaine dernière, elle est retombée depuis mardi, plus de frissons", {}),
]
FEVER_OVER_KEPT = [
    ("soaked the sheets sweating and got the chills again tonight", FEVER),
    ("had a fever last week, thats all cleared but the chills came back tonight", FEVER),
    ("i have a temperature, it hasnt cleared", FEVER),
    ("had koorts vorige week, is al een paar dagen over maar nu weer rillingen", FEVER),
    ("de plus en plus de frissons", FEVER),
    ("weight gain koorts", FEVER),
]


@pytest.mark.parametrize("text,expected", FEVER_OVER_CHANGED + FEVER_OVER_KEPT)
def test_fever_over(text, expected):
    assert find_red_flags(text) == expected
