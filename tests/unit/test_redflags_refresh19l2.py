"""Session 19, lead: a belief that the pain is cancer ("now im convinced its cancer", "ik ben ervan overtuigd dat het
kanker is", "je suis persuadé que c'est un cancer") is a worry, not a cancer had: no cancer_history. A cancer had, or
believed to be back, stays the patient's. Changed cases failed on the code before; kept cases pass before and after."""
import pytest

from bot.reading.redflags import find_red_flags

CHANGED = [
    "is back pain ever smth serious?? googled it at 2am and now im convinced its cancer lol",
    "im sure its cancer lol",
    "ik ben ervan overtuigd dat het kanker is",
    "ik ben zeker dat het kanker is",
    "je suis persuadé que c'est un cancer",
    "je suis sûr que c'est un cancer",
]

KEPT_NONE = ["im scared its cancer", "bang dat het kanker is", "j'ai peur que ce soit un cancer"]

KEPT_FLAGGED = [
    "i had cancer in 2019, im sure its back",
    "im convinced the cancer is back, had it in 2018",
    "ik ben overtuigd dat de kanker terug is, had het in 2018",
    "ik heb kanker gehad",
    "j'ai eu un cancer, je suis sûr qu'il est revenu",
    "je suis sûre que le cancer est revenu, j'en ai eu un en 2018",
]


@pytest.mark.parametrize("text", CHANGED + KEPT_NONE)
def test_a_belief_or_fear_that_it_is_cancer_is_no_cancer_history(text):
    assert find_red_flags(text) == {}


@pytest.mark.parametrize("text", KEPT_FLAGGED)
def test_a_cancer_had_stays_the_patients(text):
    assert find_red_flags(text) == {"cancer_history": True}
