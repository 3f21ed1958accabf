"""The one normaliser spells ligatures out (session 26, lead).

Blind street patient blind26-fr-04 answered the cancer question "moi non, mais ma sœur a eu un cancer du sein" and got
the urgent result: "œ" has no Unicode decomposition, so "sœur" never met the French pack's "soeur" and the sister's
cancer was read as the patient's. French writes œ in everyday words (sœur, cœur, œil, vœu); phones type it. The
language chooser keeps the accented form (an "œ" is French evidence) and is not changed.
"""
from datetime import date

from bot.reading.duration import parse_duration
from bot.reading.redflags import find_red_flags
from bot.reading.text import normalise, normalise_indexed
from tests.support.reading_round import reading_round

CHANGED = [
    ("moi non, mais ma sœur a eu un cancer du sein", {}),
    ("MA SŒUR A EU UN CANCER, PAS MOI", {}),
    ("ma demi-sœur a un cancer des os, moi je n'ai jamais rien eu", {}),
    ("ma sœur a un cancer", {}),
    ("non, c'est ma sœur qui a eu un cancer", {}),
    ("ma sœur jumelle a un cancer des os", {}),
    ("ma sœur a eu un cancer du sein", {}),
]

KEPT = [
    ("ma sœur est décédée d'un cancer, moi rien", {}),
    ("ma belle-sœur a eu une tumeur au dos l'an dernier", {}),
    ("les sœurs de ma mère ont eu un cancer", {}),
    ("moi non, mais ma soeur a eu un cancer du sein", {}),
    ("j'ai eu un cancer du sein il y a 5 ans", {"cancer_history": True}),
    ("ma sœur et moi avons eu un cancer", {"cancer_history": True}),
    ("j'ai mal au cœur et de la fièvre depuis hier", {"fever": True}),
    ("mijn zus had borstkanker, ik zelf nooit", {}),
    ("my sister had breast cancer, never me", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)


def test_ligatures_are_spelt_out_in_every_folded_form() -> None:
    assert normalise("Sœur, Œil, Cæcum, ÆGIS") == "soeur, oeil, caecum, aegis"
    folded, index = normalise_indexed("sœur 3 semaines")
    assert folded == "soeur 3 semaines" and index[:5] == [0, 1, 1, 2, 3]


def test_the_language_chooser_keeps_the_ligature() -> None:
    assert normalise("Sœur", keep_accents=True) == "sœur"


def test_a_duration_after_a_ligature_keeps_its_place() -> None:
    assert parse_duration("ma sœur dit que j'ai mal depuis 3 semaines", date(2026, 12, 1)) == 21
