"""Session-15 red-flag fixes, round 2 (issue 12): every case read otherwise before these readings, in each
language where the item failed; the kept cases are the signs that must stay as they are."""
import pytest

from bot.reading.redflags import find_red_flags

# ---- 1. an accident place of one pack (French "slip", "lit"; English "sleep") is no place of soiling in another
# language, and a place that is part of another thing (a slip road, the bed of a truck or a river) is no place ----
ACCIDENT_PLACES = [
    ("had an accident on the slip road yesterday, back hurts since", {"onset": "trauma"}),
    ("had an accident on the slip", {"onset": "trauma"}),
    ("had an accident on the bed of the truck", {"onset": "trauma"}),
    ("had an accident in the flower bed", {"onset": "trauma"}),
    ("had an accident in the sleep clinic car park", {"onset": "trauma"}),
    ("had an accident in the jeans shop", {"onset": "trauma"}),
    ("een ongeluk in de sleep", {"onset": "trauma"}),
    ("een ongeluk in het lit", {"onset": "trauma"}),
    ("een ongeluk in het bed van de rivier met de kajak", {"onset": "trauma"}),
    ("een ongeluk in de lakens", {"bladder_bowel": True}),
    ("un accident dans le lit de la riviere en kayak", {"onset": "trauma"}),
    ("un accident dans le lit du torrent", {"onset": "trauma"}),
    ("un accident sur le lit du camion", {"onset": "trauma"}),
]
ACCIDENT_PLACES_KEPT = [
    ("had an accident in my bed last night", {"bladder_bowel": True}),
    ("had an accident in the bed of my son", {"bladder_bowel": True}),
    ("had an accident in me new trousers at work", {"bladder_bowel": True}),
    ("had an accident in the bedroom", {"onset": "trauma"}),
    ("ik had een ongeluk in mijn broek", {"bladder_bowel": True}),
    ("een ongeluk in mijn slip", {"bladder_bowel": True}),
    ("een ongeluk in de badkamer", {"onset": "trauma"}),
    ("un petit accident dans ma culotte", {"bladder_bowel": True}),
    ("un accident dans le lit de mon fils", {"bladder_bowel": True}),
]


@pytest.mark.parametrize("text,expected", ACCIDENT_PLACES + ACCIDENT_PLACES_KEPT)
def test_accident_places(text, expected):
    assert find_red_flags(text) == expected
