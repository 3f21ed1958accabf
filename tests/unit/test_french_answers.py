"""Answers in Belgian French, as people type them on a phone (bot/reading/answers.py with the
French pack bot/lang/fr/answers.py, no Rasa).

What parse_answer returns for a slot and a message: the check's questions
(docs/clinical-rules.md, domain/responses_check.yml), answered in standard,
Belgian and street French ("jsp", "chui", "ouais", no accents, "savoir" for
"pouvoir"), with "not sure" counted as yes on a yes/no question. Then the
follow-up questions, corrections, whole stories told in the first message,
and the English and Dutch messages the French words must leave alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.reading.answers import (
    BUTTONS,
    clarification_for,
    correction_cue,
    extract_answers,
    parse_answer,
    parse_clarification,
    parse_yes_no,
    read_story,
)

TODAY = date(2026, 12, 1)


# ---------------------------------------------------------------- how the pain started


@pytest.mark.parametrize(
    "text,value",
    [
        # a lift, a bend, the moment the back went, an everyday movement
        ("en soulevant une caisse", "sudden_movement"),
        ("un faux mouvement", "sudden_movement"),
        ("tour de reins", "sudden_movement"),
        ("en me penchant pour ramasser un truc", "sudden_movement"),
        ("ça a lâché en me relevant", "sudden_movement"),
        ("jai porté des meubles et crac", "sudden_movement"),
        ("tout d'un coup en éternuant", "sudden_movement"),
        ("en sortant de la voiture", "sudden_movement"),
        ("en mettant mes chaussettes", "sudden_movement"),
        ("j'ai trop forcé à la salle", "sudden_movement"),
        ("en jouant au foot", "sudden_movement"),
        ("au padel", "sudden_movement"),
        ("j'ai senti un craquement en me baissant", "sudden_movement"),
        ("en sortant les poubelles", "sudden_movement"),
        # a fall, an accident, a blow (over a movement: the safe side)
        ("je suis tombé", "trauma"),
        ("chui tombé dans l'escalier", "trauma"),
        ("accident de voiture", "trauma"),
        ("j'ai glissé sur le verglas", "trauma"),
        ("j'ai raté une marche", "trauma"),
        ("on m'est rentré dedans en voiture", "trauma"),
        ("j'ai pris un coup au rugby", "trauma"),
        # little by little, no cause, no idea
        ("petit à petit", "gradual"),
        ("progressivement", "gradual"),
        ("aucune idée, c'est venu tout seul", "gradual"),
        ("jsp, c'est venu comme ça", "gradual"),
        ("je me suis réveillé avec", "gradual"),
        ("ça s'est installé petit à petit", "gradual"),
        ("rien de spécial", "gradual"),
        # a lift denied is no lift
        ("pas de chute, rien soulevé, c'est venu doucement", "gradual"),
        # not an answer
        ("bonjour", None),
    ],
)
def test_onset(text, value):
    assert parse_answer("onset", text, TODAY) == value


# ---------------------------------------------------------------- how far the pain goes into the leg


@pytest.mark.parametrize(
    "text,value",
    [
        ("non", "none"),
        ("nan", "none"),
        ("non juste le bas du dos", "none"),
        ("ça reste dans le dos", "none"),
        ("pas dans la jambe", "none"),
        ("ça descend pas dans les jambes", "none"),
        ("non les jambes ça va", "none"),
        ("dans la cuisse", "above_knee"),
        ("jusqu'à la fesse", "above_knee"),
        ("jusqu'au genou", "above_knee"),
        ("au-dessus du genou", "above_knee"),
        ("à l'arrière de la cuisse", "above_knee"),
        ("dans l'aine", "above_knee"),
        ("jusque dans le pied", "below_knee"),
        ("dans le mollet", "below_knee"),
        ("jusqu'aux orteils", "below_knee"),
        ("en dessous du genou", "below_knee"),
        ("ça descend tout le long de la jambe", "below_knee"),
        ("oui jusqu'à la cheville", "below_knee"),
        ("ça descend jusqu'en bas", "below_knee"),
        ("jusqu'au talon", "below_knee"),
        # a bare yes, or not sure: how far is unknown, asked again with the buttons
        ("oui", None),
        ("je sais pas", None),
    ],
)
def test_leg_pain(text, value):
    assert parse_answer("leg_pain", text, TODAY) == value


# ---------------------------------------------------------------- weakness: none, the same, getting worse


@pytest.mark.parametrize(
    "text,value",
    [
        ("non", "none"),
        ("pas de faiblesse", "none"),
        ("un peu faible mais pas pire", "stable"),
        ("faible, pas pire", "stable"),
        ("ouais mais pas pire", "stable"),
        ("elle est faible mais c'est toujours pareil", "stable"),
        ("un peu plus faible mais toujours pareil", "stable"),
        ("de plus en plus faible", "worsening"),
        ("faible, de plus en plus", "worsening"),
        ("ça s'aggrave, ma jambe lâche", "worsening"),
        ("elle lâche de plus en plus", "worsening"),
        ("mon pied traîne", "worsening"),
        # weak, whether it gets worse unsaid: asked (never guessed)
        ("un peu plus faible", None),
        ("oui", None),
    ],
)
def test_leg_weakness(text, value):
    assert parse_answer("leg_weakness", text, TODAY) == value


# ---------------------------------------------------------------- one leg or both


@pytest.mark.parametrize(
    "text,value",
    [
        ("les deux", True),
        ("les deux jambes", True),
        ("gauche et droite", True),
        ("les deux mais surtout la gauche", True),
        ("oui", True),
        ("jsp", True),  # not sure: the safe side
        ("une seule", False),
        ("une seule jambe", False),
        ("juste la droite", False),
        ("non seulement la gauche", False),
        ("non juste à droite", False),
        ("qu'une jambe", False),
    ],
)
def test_both_legs(text, value):
    assert parse_answer("both_legs", text, TODAY) is value


# ---------------------------------------------------------------- numbness in a leg


@pytest.mark.parametrize(
    "text,value",
    [
        ("oui des fourmis dans le pied", True),
        ("j'ai des fourmillements dans les orteils", True),
        ("un peu engourdi", True),
        ("je sens plus bien mon pied", True),
        ("ma jambe est comme endormie", True),
        ("ça picote dans les orteils", True),
        ("peut-être", True),
        ("non", False),
        ("pas du tout", False),
        ("non aucun fourmillement", False),
    ],
)
def test_leg_numbness(text, value):
    assert parse_answer("leg_numbness", text, TODAY) is value


# ---------------------------------------------------------------- yes, no, not sure (not sure counts as yes)


@pytest.mark.parametrize(
    "text,value",
    [
        ("oui", True),
        ("ouais", True),
        ("ouep", True),
        ("ouai", True),
        ("ben oui", True),
        ("si", True),
        ("ouais un peu", True),
        ("des frissons", True),
        ("38.5", True),
        ("non", False),
        ("nan", False),
        ("pas du tout", False),
        ("non pas du tout", False),
        ("non merci", False),
        # not sure, maybe, a hedge: yes on a red flag
        ("jsp", True),
        ("je sais pas", True),
        ("peut-être", True),
        ("ptet", True),
        ("jsp trop, peut-être un peu", True),
        ("je crois pas", True),
    ],
)
def test_fever(text, value):
    assert parse_answer("fever", text, TODAY) is value


@pytest.mark.parametrize(
    "text,value",
    [
        ("ouais", True),
        ("ouiii", True),
        ("OUI", True),
        ("si si", True),
        ("parfois", True),
        ("un peu", True),
        ("ça m'arrive", True),
        ("nan merci", False),
        ("Non.", False),
        ("ben non", False),
        ("bah non", False),
        ("nn", False),
        ("pas vraiment", False),
        ("jamais", False),
        ("rien", False),
        ("jsp trop", "unsure"),
        ("pas sûr", "unsure"),
        ("je ne sais pas", "unsure"),
        ("bof", "unsure"),
        ("oui non", "unsure"),
    ],
)
def test_yes_no(text, value):
    assert parse_yes_no(text) == value


@pytest.mark.parametrize(
    "slot,text,value",
    [
        ("bladder_bowel", "un peu de fuites", True),
        ("bladder_bowel", "non tout est normal", False),
        # Belgian "savoir" for "pouvoir": "je sais pas faire pipi" is "I can't pee"
        ("bladder_bowel", "je sais pas faire pipi", True),
        ("bladder_bowel", "je sais plus retenir mon pipi", True),
        ("saddle_numbness", "non rien de tout ça", False),
        ("cancer_history", "non jamais", False),
        ("cancer_history", "nan jamais eu de cancer", False),
        ("cancer_history", "oui un cancer du sein il y a 5 ans", True),
        ("cancer_history", "ma tante oui, pas moi", False),
        ("cancer_history", "ma mère oui mais pas moi", False),
        ("cancer_history", "ma mère a eu un cancer", None),  # a relative's: the follow-up asks
        ("night_pain", "oui toute la nuit", True),
        ("night_pain", "oui ça me réveille toutes les nuits", True),
        ("night_pain", "non je dors bien", False),
        ("night_pain", "seulement quand je me retourne", None),  # the follow-up asks
        ("weight_loss", "oui sans raison", True),
        ("weight_loss", "oui 5 kilos sans faire de régime", True),
        ("weight_loss", "oui mais je suis au régime", False),
        ("morning_stiffness", "oui une bonne heure", True),
        ("morning_stiffness", "oui une demi heure", True),
        ("morning_stiffness", "oui je suis raide le matin pendant une heure", True),
        ("morning_stiffness", "5 minutes", False),
        ("morning_stiffness", "non ça se dérouille en 5 minutes", False),
        ("osteoporosis_or_steroids", "j'ai de l'ostéoporose", True),
        ("osteoporosis_or_steroids", "je prends de la cortisone depuis des mois", True),
        ("osteoporosis_or_steroids", "juste un spray de cortisone pour le nez", None),
        ("osteoporosis_or_steroids", "non", False),
    ],
)
def test_other_questions(slot, text, value):
    assert parse_answer(slot, text, TODAY) == value


# ---------------------------------------------------------------- age


@pytest.mark.parametrize(
    "slot,text,value",
    [
        # French tells a red flag with negations: they are no "no"
        ("night_pain", "rien ne soulage", True),
        ("night_pain", "aucune position ne me soulage", True),
        ("night_pain", "jamais de répit", True),
        ("night_pain", "pas vraiment de répit la nuit", True),
        ("bladder_bowel", "je peux absolument pas retenir", True),
        # the bare words are a no
        ("fever", "rien", False),
        ("fever", "jamais", False),
        ("fever", "aucun", False),
        ("fever", "non rien", False),
        ("fever", "jamais eu ça", False),
        ("fever", "non, pas vraiment", False),
        ("cancer_history", "jamais eu de cancer", False),
    ],
)
def test_negations_that_say_yes(slot, text, value):
    assert parse_answer(slot, text, TODAY) is value

@pytest.mark.parametrize(
    "slot,text,value",
    [
        ("both_legs", "pas les deux", False),
        ("both_legs", "les deux pieds", True),
        ("leg_weakness", "non, mais mon pied accroche", "worsening"),  # a catching foot under a no
        ("leg_weakness", "je sais plus lever le pied et c'est de pire en pire", "worsening"),  # "savoir": can't
        ("leg_weakness", "de pire en pire", "worsening"),
        ("leg_numbness", "non mais j'ai des fourmis dans les orteils", True),
        ("saddle_numbness", "ouais un peu", True),
        ("bladder_bowel", "nan", False),
        ("fever", "Non merci ça va", False),
        ("fever", "Ouais 38 hier soir", True),
        ("weight_loss", "jsp, 4 kilos peut-être", True),
    ],
)
def test_answers_under_a_yes_or_a_no(slot, text, value):
    assert parse_answer(slot, text, TODAY) == value


@pytest.mark.parametrize("text,value", [("oui, un peu", True), ("nop", False), ("ui", True)])
def test_sms_yes_and_no(text, value):
    assert parse_yes_no(text) is value



@pytest.mark.parametrize(
    "text,value",
    [
        ("j'ai 45 ans", "45_69"),
        ("45", "45_69"),
        ("45 ans", "45_69"),
        ("la cinquantaine", "45_69"),
        ("né en 79", "45_69"),
        ("je suis de 79", "45_69"),
        ("début de la quarantaine", "20_44"),
        ("fin de la soixantaine", "45_69"),
        ("plus de 70 ans", "70_plus"),
        ("bientôt 70", "45_69"),
        ("septante-deux ans", "70_plus"),
        ("j'ai 33 ans", "20_44"),
        ("16 ans", "under_20"),
        ("moins de 20", "under_20"),
        ("1990", "20_44"),
    ],
)
def test_age_band(text, value):
    assert parse_answer("age_band", text, TODAY) == value


# ---------------------------------------------------------------- the buttons are French words the reader reads


def test_french_buttons_read_as_their_values():
    for slot, buttons in BUTTONS["fr"].items():
        for payload, value in buttons:
            assert parse_answer(slot, payload, TODAY) == value, (slot, payload)


# ---------------------------------------------------------------- follow-up questions


@pytest.mark.parametrize(
    "slot,text,key",
    [
        ("fever", "je crois pas", "hedged_fever"),
        ("fever", "je ne pense pas", "hedged_fever"),
        ("cancer_history", "ma mère a eu un cancer", "cancer_relative"),
        ("night_pain", "seulement quand je me retourne", "night_pain_position"),
        ("leg_weakness", "un peu faible", "weakness_change"),
    ],
)
def test_clarification_for(slot, text, key):
    assert clarification_for(slot, text, TODAY) == key


@pytest.mark.parametrize(
    "key,text,value",
    [
        ("weakness_change", "ça empire", "worsening"),
        ("weakness_change", "toujours pareil", "stable"),
        ("weakness_change", "je sais pas", "worsening"),
        ("cancer_relative", "non pas moi", False),
        ("night_pain_position", "oui toute la nuit", True),
        ("weight_reason", "non c'était un régime", False),
        ("hedged_fever", "non vraiment pas", False),
        ("hedged_fever", "je sais pas trop", True),
    ],
)
def test_parse_clarification(key, text, value):
    assert parse_clarification(key, text, TODAY) == value


# ---------------------------------------------------------------- everything a message says


def test_a_fall_told_while_asked_about_fever():
    assert extract_answers("non mais je suis tombé hier", "fever", TODAY) == {
        "fever": False,
        "duration_days": 1,
        "onset": "trauma",
    }


def test_a_dragging_foot_under_a_no_is_worsening():
    assert extract_answers("non, mais mon pied traîne", "leg_weakness", TODAY)["leg_weakness"] == "worsening"


def test_numbness_and_age_told_beside_the_answer():
    assert extract_answers("ça descend dans le mollet et j'ai des fourmis dans le pied", "leg_pain", TODAY) == {
        "leg_pain": "below_knee",
        "leg_numbness": True,
    }
    assert extract_answers("les deux, et j'ai 72 ans", "both_legs", TODAY) == {
        "both_legs": True,
        "age_band": "70_plus",
    }


# ---------------------------------------------------------------- corrections


@pytest.mark.parametrize(
    "text,value",
    [
        ("non attends, c'était la jambe gauche", True),
        ("en fait c'était une chute", True),
        ("pardon, 3 semaines", True),
        ("pas 3 jours mais 3 semaines", True),
        ("oups je voulais dire 3 semaines", True),
        ("attends non c'est sous le genou", True),
        ("non", False),
        ("oui", False),
        ("en fait non", False),
        ("non, juste le dos", False),
    ],
)
def test_correction_cue(text, value):
    assert correction_cue(text) is value


# ---------------------------------------------------------------- the whole story in the first message


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "j'ai mal au dos depuis 3 semaines après avoir porté des meubles, ça descend dans la jambe droite",
            {"onset": "sudden_movement", "duration_days": 21},
        ),
        ("J'ai un lumbago depuis 2 semaines, en soulevant un sac de ciment", {"onset": "sudden_movement", "duration_days": 14}),
        ("je suis tombée de vélo il y a 10 jours, mal au bas du dos", {"onset": "trauma"}),
        ("chui tombé de l'échelle hier, j'ai super mal au dos", {"onset": "trauma"}),
        ("mal au dos qui est venu petit à petit depuis 3 mois", {"onset": "gradual"}),
        ("mal au dos sans raison depuis 2 mois", {"onset": "gradual"}),
        ("mal au dos depuis une semaine et ça descend jusque dans le mollet gauche", {"leg_pain": "below_knee"}),
        ("mal au dos depuis une semaine, ça tire dans la cuisse", {"leg_pain": "above_knee"}),
        ("mal au dos depuis 5 jours, ça descend pas dans les jambes", {"leg_pain": "none"}),
        (
            "mal au dos depuis 10 jours, ça descend que dans la jambe droite jusqu'au pied",
            {"leg_pain": "below_knee", "both_legs": False},
        ),
        ("mal au dos et des fourmis dans les deux jambes", {"both_legs": True}),
        ("mal au dos, et j'ai des fourmillements dans le pied droit", {"leg_numbness": True}),
        (
            "mal au dos depuis 1 semaine, ma jambe droite est de plus en plus faible",
            {"leg_weakness": "worsening"},
        ),
        ("j'ai 52 ans et mal au dos depuis 2 semaines", {"age_band": "45_69"}),
        ("né en 79, mal au dos depuis lundi", {"age_band": "45_69"}),
        ("née en 1970, lombalgie depuis 3 semaines", {"age_band": "45_69"}),
        (
            "Homme de 45 ans, mal au dos depuis quinze jours en portant des caisses",
            {"onset": "sudden_movement", "age_band": "45_69"},
        ),
    ],
)
def test_read_story(text, expected):
    found = read_story(text, TODAY)
    assert {slot: found.get(slot) for slot in expected} == expected


def test_a_story_of_two_children_gives_no_age():
    assert "age_band" not in read_story("j'ai 2 enfants et mal au dos depuis 3 ans", TODAY)


# ---------------------------------------------------------------- English and Dutch read as before


@pytest.mark.parametrize(
    "slot,text,value",
    [
        # the English "nan" is a grandmother, not a no: her cancer is asked about
        ("cancer_history", "my nan had breast cancer", None),
        # the Dutch "pas" is "only": "pas sinds gisteren erger" is worse, not "pas pire"
        ("leg_weakness", "mijn been is pas sinds gisteren erger", "worsening"),
        ("fever", "nee", False),
        ("fever", "yes", True),
        ("onset", "bij het tillen van een zware doos", "sudden_movement"),
        ("leg_pain", "below the knee", "below_knee"),
        # "foot" is a French sport and an English body part: only "au foot" is the sport
        ("onset", "when my foot hurts", None),
        # a diagnosis tells no onset; a range of days is no age ("à" is French, the days Dutch)
        ("onset", "the huisarts said its just lumbago", None),
        ("age_band", "2 à 3 maanden", None),
        ("age_band", "entre 45 et 50 ans", "45_69"),
        ("onset", "it came on slowly, now my foot tingles when i walk", "gradual"),
    ],
)
def test_english_and_dutch_unchanged(slot, text, value):
    assert parse_answer(slot, text, TODAY) == value


# ---------------------------------------------------------------- more ways of saying it (forums, SMS)


@pytest.mark.parametrize(
    "slot,text,value",
    [
        ("onset", "ça m'a pris d'un coup", "sudden_movement"),  # "d'un coup" is no blow
        ("onset", "en bêchant le jardin", "sudden_movement"),
        ("onset", "en voulant soulever mon fils", "sudden_movement"),
        ("onset", "en tondant la pelouse", "sudden_movement"),
        ("onset", "lors d'un déménagement", "sudden_movement"),
        ("onset", "je me suis bloqué le dos en me levant", "sudden_movement"),
        ("onset", "je me suis coincé le dos", "sudden_movement"),
        ("onset", "en passant l'aspirateur", "sudden_movement"),
        ("onset", "jai voulu porter un truc lourd", "sudden_movement"),
        ("onset", "je me suis cassé la figure à vélo", "trauma"),
        ("onset", "chute de vélo", "trauma"),
        ("onset", "tombé sur les fesses", "trauma"),
        ("onset", "sais pas trop, c'est venu au fil des semaines", "gradual"),
        ("onset", "aucune raison", "gradual"),
        ("leg_pain", "ça part de la fesse et descend à l'arrière de la cuisse", "above_knee"),
        ("leg_pain", "derrière le genou", "above_knee"),
        ("leg_pain", "dans la hanche", "above_knee"),
        ("leg_pain", "sciatique jusqu'au pied", "below_knee"),
        ("leg_pain", "la jambe entière", "below_knee"),
        ("leg_pain", "jusqu'au mollet", "below_knee"),
        ("leg_pain", "ca descen jusquau pied", "below_knee"),
        ("leg_pain", "ça irradie dans la jambe", None),  # how far: asked again
        ("leg_weakness", "ma jambe se dérobe", "worsening"),
        ("leg_weakness", "je trébuche tout le temps", "worsening"),
        ("leg_weakness", "ça empire", "worsening"),
        ("leg_weakness", "non j'ai toute ma force", "none"),
        ("leg_weakness", "j'ai moins de force dans la jambe", None),  # weak; worse or not is asked
        ("fever", "un petit peu oui", True),
        ("fever", "pas que je sache", True),  # a hedge: not sure, the safe side
        ("fever", "oui 39", True),
        ("fever", "pas spécialement", False),
        ("fever", "non pas vraiment", False),
        ("fever", "ça va", False),
        ("fever", "aucun souci", False),
        ("fever", "nope", False),
        ("age_band", "72", "70_plus"),
        ("age_band", "jsuis né en 1975", "45_69"),
        ("age_band", "65 ans", "45_69"),
        ("age_band", "j'aurai 70 ans en mars", "45_69"),
        ("both_legs", "la gauche", False),
        ("both_legs", "une", False),
        ("both_legs", "des deux côtés", True),
        ("both_legs", "d'un seul côté", False),
    ],
)
def test_more_ways_of_saying_it(slot, text, value):
    assert parse_answer(slot, text, TODAY) == value


@pytest.mark.parametrize(
    "text,expected",
    [
        ("slt, chui bloqué du dos, jpeux meme plus mettre mes chaussettes", {"onset": "sudden_movement"}),
        ("bjr, tour de reins ce matin en sortant les poubelles", {"onset": "sudden_movement"}),
        (
            "J'ai une sciatique depuis 2 mois qui descend jusqu'au pied gauche avec des fourmillements dans les orteils",
            {"duration_days": 60, "leg_pain": "below_knee", "leg_numbness": True},
        ),
        (
            "mal aux reins depuis quinze jours, pas de douleur dans les jambes, j'ai 38 ans",
            {"leg_pain": "none", "age_band": "20_44"},
        ),
        ("je me suis réveillée avec un mal de dos terrible, aucune idée pourquoi", {"onset": "gradual"}),
        ("ma mère a eu un cancer du sein, moi jamais. mal au dos depuis 1 mois", {"cancer_history": False}),
        (
            "j'ai 67 ans et depuis une chute dans l'escalier il y a 5 jours j'ai mal au dos",
            {"onset": "trauma", "age_band": "45_69"},
        ),
        ("mal au dos, les deux jambes sont faibles et ça empire", {"both_legs": True, "leg_weakness": "worsening"}),
        ("j'ai mal au dos depuis 3 jours, je dors bien, pas de fièvre", {"fever": False}),
        ("mal au dos depuis 2 semaines, pas de douleur la nuit", {"night_pain": False}),
        ("mal au dos depuis 2 mois, même la nuit au repos", {"night_pain": True}),
        ("mal au dos depuis 2 semaines, pas de fourmillements", {"leg_numbness": False}),
        ("mal au dos depuis samedi, c'est arrivé en jouant au foot", {"onset": "sudden_movement"}),
        ("lombalgie depuis 6 mois, très raide le matin", {"morning_stiffness": True}),
        ("mal au dos, pas de problème pour uriner", {"bladder_bowel": False}),
    ],
)
def test_more_stories(text, expected):
    found = read_story(text, TODAY)
    assert {slot: found.get(slot) for slot in expected} == expected


# ---------------------------------------------------------------- cortisone that is not tablets


@pytest.mark.parametrize(
    "text,value",
    [
        # a cream, a spray, an inhaler ("une pompe"), drops or an injection is not months of tablets:
        # not a yes (asked again with the buttons), or a no when the patient says no
        ("juste une crème à la cortisone", None),
        ("de la cortisone en crème seulement", None),
        ("cortisone pommade", None),
        ("une pompe de cortisone pour l'asthme", None),
        ("non, juste un inhalateur de corticoïdes pour l'asthme", False),
        ("non juste de la cortisone en spray pour le nez", False),
        ("corticoïdes inhalés", None),
        ("des gouttes de cortisone dans les yeux", None),
        ("une infiltration de cortisone dans le dos l'an passé", None),
        ("une piqure de cortisone", None),
        # tablets are
        ("oui je prends de la cortisone depuis 2 ans", True),
        ("cortisone en comprimés depuis des années", True),
        ("corticoïdes", True),
        ("une crème pour la peau et de la cortisone en comprimés", True),
        # the same in English and Dutch, with the French pack registered
        ("cortisone cream only", None),
        ("cortisone inhaler", None),
        ("no, only a steroid inhaler for my asthma", False),
        ("cortisone tablets for years", True),
        ("nee, alleen een cortisonepuffer voor astma", False),
        ("cortisonetabletten sinds een jaar", True),
    ],
)
def test_cortisone_that_is_not_tablets_is_no_yes(text, value):
    assert parse_answer("osteoporosis_or_steroids", text, TODAY) is value
