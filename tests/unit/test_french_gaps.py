"""French reading gaps found by the e2e test writer and the tune split (issue 13), each with its English or
Dutch twin read the same way, and the hard negatives of the same shape.

Before bot/lang/fr was changed for these, most French positives below read less than their twins: both legs
with "de plus en plus faibles" were read as one failing leg (the engine takes "plus" and "en", English and
Dutch joining words, for a new clause between the legs and the weakness); a fall with its place before
"hier" gave no duration; "ca empire pas" (the "ne" dropped) was no stable answer; "une couche de carton
entre les cuisses, jsens rien" and "jsens presque pas le siege" were no numb saddle.
"""
from datetime import date

import pytest

from bot.reading.answers import parse_answer, parse_yes_no, read_story
from bot.reading.duration import parse_duration
from bot.reading.language import detect_language
from bot.reading.redflags import find_red_flags

BOTH_WORSE = {"both_legs": True, "leg_weakness": "worsening"}
SADDLE = {"saddle_numbness": True}


@pytest.mark.parametrize("text", [
    "c'est normal que mes deux jambes deviennent de plus en plus faibles ?",
    "mes 2 jambes sont de plus en plus faibles",
    "mes deux jambes deviennent faibles",
    "les deux jambes s'affaiblissent",
    "mes deux jambes perdent de la force",
    "mes 2 jambes perdent leur force depuis hier",
    "j'ai de plus en plus de faiblesse dans les 2 jambes",
    "je perds de la force dans les deux jambes",
    "dans les 2 jambes c'est de plus en plus faible",
    "je suis de plus en plus faible des deux côtés",
    "a droite et a gauche mes jambes perdent de la force",
    "dans les 2 jambes je perds de la force",
    "mes jambes sont faibles à droite et à gauche, ça empire",
    "mes deux jambes sont faibles et ça empire",
    "mes deux jambes sont faibles et ça empire pas mal",  # "pas mal": quite a lot worse
    "mes jambes deviennent de plus en plus faibles",  # plural legs count, as "my legs" in en/nl
    "j'ai les jambes de plus en plus molles",
])  # fmt: skip
def test_both_legs_getting_weaker_escalates(text):
    assert find_red_flags(text) == BOTH_WORSE


@pytest.mark.parametrize("text", [
    "both my legs are getting weaker and weaker",
    "my legs are getting weaker and weaker",
    "mijn twee benen worden steeds zwakker",
])
def test_the_english_and_dutch_twins_read_the_same(text):
    assert find_red_flags(text) == BOTH_WORSE


@pytest.mark.parametrize("text, expected", [
    # one leg: worse, but not both
    ("une seule jambe est de plus en plus faible", {"leg_weakness": "worsening"}),
    # both legs denied, well, or not weaker
    ("pas les deux jambes, juste la gauche qui est faible", {}),
    ("ma jambe gauche est faible mais pas les deux", {}),
    ("une seule jambe, pas les deux, s'affaiblit", {}),
    ("mes deux jambes vont bien", {}),
    ("mes deux jambes vont bien, c'est le dos", {}),
    ("mes deux jambes ne sont pas de plus en plus faibles", {}),
    ("mes deux jambes ne perdent pas de force", {}),
    ("aucune perte de force dans les deux jambes", {}),
    ("je n'ai pas de faiblesse dans les deux jambes", {}),
    ("dans les 2 jambes je perds pas de force", {}),
    # both sides, but pain, not weakness
    ("j'ai mal des deux côtés du dos et ça empire", {}),
    ("mal aux deux jambes, de plus en plus", {}),
    ("les douleurs dans les deux jambes empirent", {}),
    # one leg, "pas mal" worse (quite a lot): worse, not stable
    ("ma jambe est faible et ça empire pas mal", {"leg_weakness": "worsening"}),
    # weak, not worse
    ("mes deux jambes sont un peu faibles mais ça empire pas", {"both_legs": True, "leg_weakness": "stable"}),
])  # fmt: skip
def test_both_legs_hard_negatives(text, expected):
    assert find_red_flags(text) == expected


@pytest.mark.parametrize("text, days", [
    ("je suis tombé dans les escaliers hier", 1),
    ("je suis tombe dans l'escalier hier", 1),
    ("hier je suis tombé dans les escaliers", 1),
    ("j'ai glissé sur le verglas hier", 1),
    ("je suis tombée sur les fesses hier", 1),
    ("je suis tombé de mon vélo hier", 1),
    ("j'ai fait une chute hier", 1),
    ("je me suis fait mal en tombant hier", 1),
    ("je suis tombé dans les escaliers avant-hier", 2),
    ("je suis tombé dans les escaliers il y a 3 jours", 3),
    # the twins
    ("i fell down the stairs yesterday", 1),
    ("ik ben gisteren van de trap gevallen", 1),
])  # fmt: skip
def test_a_fall_with_its_place_then_yesterday(text, days):
    assert parse_duration(text) == days


@pytest.mark.parametrize("text", [
    # Dutch "hier" is "here": a Flemish bike or stairs here is no day
    "ik heb mijn velo hier staan",
    "de trap hier is steil",
])
def test_dutch_here_is_no_yesterday(text):
    assert parse_duration(text) is None


@pytest.mark.parametrize("text, expected", [
    ("ma jambe est un peu faible mais ca empire pas", "stable"),
    ("ma jambe est un peu faible mais ça n'empire pas", "stable"),
    ("un peu faible, ça empire pas je crois", "stable"),
    ("ma jambe est faible mais elle s'aggrave pas", "stable"),
    # the twins
    ("my leg is a bit weak but not getting worse", "stable"),
    ("mijn been is een beetje zwak maar het wordt niet erger", "stable"),
    # worse stays worse: "pas mal" is quite a lot
    ("un peu faible mais ça empire", "worsening"),
    ("faible, et ça empire pas mal", "worsening"),
    ("ça empire pas mal ces jours-ci", "worsening"),
])  # fmt: skip
def test_weak_but_not_worse_without_ne(text, expected):
    assert parse_answer("leg_weakness", text) == expected


@pytest.mark.parametrize("text, expected", [
    ("depuis ce matin c'est comme si j'avais une couche de carton entre les cuisses, jsens rien", SADDLE),
    ("quand je m'assois sur la toilette jsens presque pas le siege, c'est bizarre", SADDLE),
    ("entre les cuisses, jsens rien", SADDLE),
    ("une couche de carton entre les cuisses", SADDLE),
    ("je sens plus la lunette des toilettes", SADDLE),
    ("les fesses, je sens plus rien", SADDLE),
    # nothing unusual felt, or no numbness at all
    ("entre les cuisses, je sens rien de spécial", {}),
    ("je sens rien d'anormal entre les cuisses", {}),
    ("mes fesses, je sens rien de bizarre", {}),
    ("pas de douleur entre les cuisses, je sens rien", {}),
    ("je sens bien le siège", {}),
    ("une couche de carton dans ma valise", {}),
])  # fmt: skip
def test_saddle_numbness_of_the_tune_split(text, expected):
    assert find_red_flags(text) == expected


@pytest.mark.parametrize("text, expected", [
    # ointment and gel are no tablets, as "cortisone cream"
    ("cortisone cream", None),
    ("cortisone zalf", None),
    ("cortisone gel", None),
    ("ik gebruik cortisone gel", None),
    ("cortisone ointment", None),
    # tablets and the bare drug stay a yes
    ("cortisone tablets", True),
    ("cortisone", True),
    ("yes cortisone for months", True),
])  # fmt: skip
def test_cortisone_ointment_and_gel_are_not_tablets(text, expected):
    assert parse_answer("osteoporosis_or_steroids", text) is expected


@pytest.mark.parametrize("text, expected", [
    # "mais plus de": no more (as "j'ai plus de fièvre")
    ("mal au dos, mais plus de fièvre", {}),
    ("je sens plus mes fesses mais plus de fièvre", SADDLE),
    # ... but "plus de ... qu'avant" is more
    ("j'ai mal mais plus de fourmis dans les fesses qu'avant", SADDLE),
])  # fmt: skip
def test_but_no_more_fever(text, expected):
    assert find_red_flags(text) == expected


# ---- second round (issue 13): the French street patients and the NLU data writer ----


@pytest.mark.parametrize("text, days", [
    # "me tue" (is killing me) is the verb "tuer", not the English "tue" (Tuesday): the "depuis" is read
    ("mon dos me tue depuis 4 jours", 4),
    ("ça me tue depuis 4 jours", 4),
    ("une douleur qui tue depuis 3 jours", 3),
    ("tu me tues depuis 2 semaines", 14),
])  # fmt: skip
def test_killing_me_is_no_tuesday(text, days):
    assert parse_duration(text, today=date(2026, 12, 3)) == days  # a Thursday: "tue" would be 2


@pytest.mark.parametrize("text", ["since tue", "on tue", "back pain since tue"])
def test_the_english_tuesday_stays(text):
    assert parse_duration(text, today=date(2026, 12, 3)) == 2


@pytest.mark.parametrize("text", [
    "chui tombe dans lescalier hier",
    "chui tombée dans l'escalier hier",
    "jpeux pas marcher",
])  # fmt: skip
def test_sms_french_is_french(text):
    assert detect_language(text) == "fr"


@pytest.mark.parametrize("text", ["ik zit hier met rugpijn", "ik ben gisteren gevallen op de trap"])
def test_dutch_here_stays_dutch(text):
    assert detect_language(text) == "nl"


@pytest.mark.parametrize("text", ["ik heb lumbago hier onderaan", "lumbago hier in mijn rug"])
def test_dutch_here_after_a_french_looking_word_is_no_yesterday(text):
    assert parse_duration(text) is None


@pytest.mark.parametrize("text, expected", [
    ("ca va dans la fesse et l arriere de la cuisse mais ca s arrete avant le genou", "above_knee"),
    ("ça va pas plus bas que le genou", "above_knee"),
    ("mal au dos, ça va dans le mollet", "below_knee"),
    ("ça s'arrête pas avant le genou, ça descend jusqu'au pied", "below_knee"),
])  # fmt: skip
def test_leg_pain_that_stops_before_the_knee(text, expected):
    assert parse_answer("leg_pain", text) == expected
    assert read_story(text)["leg_pain"] == expected


def test_leg_pain_stopping_before_the_knee_in_a_story():
    story = ("il y a 2 mois en me penchant pour lacer mes chaussures mon dos a lache, ca va dans la fesse et l arriere"
             " de la cuisse mais ca s arrete avant le genou. 39 ans")
    assert read_story(story)["leg_pain"] == "above_knee"


@pytest.mark.parametrize("text, expected", [
    ("que le pied droit", False),
    ("juste la jambe droite", False),
    ("seulement a gauche", False),
    ("uniquement le mollet gauche", False),
    # both named: both
    ("pas que le pied droit, les deux", True),
    ("que le pied droit et un peu le gauche", True),
    ("oui les deux", True),
])  # fmt: skip
def test_one_side_only_is_not_both_legs(text, expected):
    assert parse_answer("both_legs", text) is expected


@pytest.mark.parametrize("text", [
    "je mets de la glace", "je mets de la creme", "tu mets de la chaleur", "je mets quoi sur mon dos",
    "je me mets sur le côté",
])  # fmt: skip
def test_to_put_is_no_metastases(text):
    assert find_red_flags(text) == {}


@pytest.mark.parametrize("text", [
    "métastases", "des metas", "mes metas", "j'ai des métas osseuses", "une méta au foie",
    "had mets in my spine", "il a des mets",
    # the Dutch "je" (you) before a cancer word is no French subject
    "heb je kanker gehad? ja", "ik heb je chemo gehad",
])  # fmt: skip
def test_metastases_still_read(text):
    assert find_red_flags(text) == {"cancer_history": True}


@pytest.mark.parametrize("text, expected", [
    ("een cortisonegel", None),
    ("kortisone gel", None),
    ("corticosteroid gel", None),
    ("ik smeer een cortisonegel", None),
    ("cortisone tabletten", True),
    ("ik neem al jaren cortisone", True),
])  # fmt: skip
def test_dutch_cortisone_gel_is_not_tablets(text, expected):
    assert parse_answer("osteoporosis_or_steroids", text) is expected


@pytest.mark.parametrize("text", [
    "d'accord", "ok d'accord", "dac", "dacc", "ok dak", "c'est bon", "ok, c'est bon !", "ca marche", "ça marche !",
    "vas-y", "allez-y", "Oké, d'accord!", "d'accord, merci", "on y va",
])  # fmt: skip
def test_french_agreement_is_a_yes(text):
    assert parse_yes_no(text) is True


@pytest.mark.parametrize("text, expected", [
    ("pas d'accord", False),
    ("non, pas d'accord", False),
    ("non c'est bon", False),
    ("ça marche pas", None),  # "it doesn't work": no agreement
    ("c'est bon pour moi", None),  # inside a sentence "c'est bon" is not read
    ("ok", None),  # as the English "ok": no yes on its own
])  # fmt: skip
def test_french_agreement_hard_negatives(text, expected):
    assert parse_yes_no(text) is expected


STORIES_WITH_AGE = [
    ("je me suis fait un tour de reins hier au boulot en portant des caisses, juste le bas du dos, rien dans les"
     " jambes. 29 ans. mon kine est en vacances", 1, "20_44"),
    ("jai souleve un bac de bieres il y a huit jours, depuis mon dos est bloque. ca descend pas dans les jambes."
     " 58 ans", 7, "45_69"),
    ("salut, il y a dix jours en vidant le lave vaisselle je me suis penche et ca a craque dans le bas du dos. la"
     " jambe est pas faible. 36 ans", 10, "20_44"),
    ("jai une hernie discale, mal au dos depuis 2 semaines. 48 ans", 14, "45_69"),
    ("58 ans. mal au dos depuis 3 semaines", 21, "45_69"),
]


@pytest.mark.parametrize("story, days, band", STORIES_WITH_AGE)
def test_a_bare_age_sentence_in_a_story_is_the_age(story, days, band):
    found = read_story(story)
    assert (found.get("duration_days"), found.get("age_band")) == (days, band)


@pytest.mark.parametrize("text, days", [
    ("mal au dos. 29 ans.", None),
    ("je me suis fait un tour de reins hier au boulot, rien dans les jambes. 29 ans. mon kine est en vacances", 1),
])  # fmt: skip
def test_a_bare_age_sentence_is_no_duration(text, days):
    assert parse_duration(text) == days
    assert parse_answer("duration_days", text) == days


@pytest.mark.parametrize("text, days", [
    # the whole answer stays a length, as "29 years" and "29 jaar" (the question decides)
    ("29 ans", 10585),
    ("58 ans", 21170),
    ("29 years.", 10585),
    ("29 jaar.", 10585),
    # with its duration words around it
    ("mal depuis longtemps. 20 ans.", 7300),
    ("mal au dos depuis 20 ans.", 7300),
    ("ca fait 29 ans", 10585),
    # under 16: a length
    ("mal au dos. 10 ans.", 3650),
    # a fall or a lumbago, then "hier"
    ("chui tombee dans l escalier de la cave hier, sur le dos", 1),
    ("un tour de reins hier", 1),
])  # fmt: skip
def test_bare_years_that_stay_a_length(text, days):
    assert parse_duration(text) == days


# --- "j" is a Dutch yes letter only on its own: French "je"/"j'" opens a no as well ----------

TODAY = date(2026, 12, 3)

@pytest.mark.parametrize("slot, text, expected", [
    ("fever", "j'ai pas de fièvre", False),
    ("cancer_history", "j'ai jamais eu de cancer", False),
    ("fever", "j", True),  # Dutch "j" (ja) alone is still a yes
    ("fever", "y", True),
])
def test_a_yes_letter_followed_by_words_is_no_yes(slot, text, expected):
    assert parse_answer(slot, text, TODAY) is expected


@pytest.mark.parametrize("slot, text", [
    ("night_pain", "je dors bien"), ("consent", "je veux pas"), ("bladder_bowel", "j'ai aucun souci pour uriner"),
])
def test_a_french_sentence_opening_with_je_is_never_a_yes(slot, text):
    assert parse_answer(slot, text, TODAY) is not True


@pytest.mark.parametrize("text, expected", [
    ("ok dat is goed", True), ("is goed", True), ("prima", True), ("doe maar", True), ("akkoord", True),
    ("mijn slaap is goed", None), ("d'accord", True), ("ok d'accord", True),
])
def test_agreeing_in_dutch_and_french_is_a_yes(text, expected):
    assert parse_yes_no(text) is expected


@pytest.mark.parametrize("text, flags", [
    ("ma jambe est un peu plus faible mais ca reste pareil", {}),  # weaker, not getting weaker
    ("ma jambe gauche est plus faible que la droite", {}),
    ("ma jambe est de plus en plus faible", {"leg_weakness": "worsening"}),
    ("ma jambe est plus faible que hier", {"leg_weakness": "worsening"}),
])
def test_weaker_alone_is_no_worsening(text, flags):
    assert find_red_flags(text) == flags


@pytest.mark.parametrize("text, hinted", [
    ("je dois rester couche ou bouger", []),  # couché: lying down
    ("je reste couche toute la journee", []),
    ("je porte des couches depuis hier", ["bladder_bowel"]),  # nappies: the bladder question comes first
])
def test_lying_down_is_no_nappy(text, hinted):
    from bot.reading.redflags import hinted_red_flags

    assert hinted_red_flags(text) == hinted


# --- fr blind split, first scoring (issue 13): the general forms behind its misses ---------------------------


@pytest.mark.parametrize("text, flags", [
    # wiping, or the seat, the paper, the skin not felt on the toilet: the saddle, no bladder trouble
    ("en m'essuyant aux toilettes je sens quasi rien", SADDLE),
    ("quand je m'essuie sur les wc je sens pratiquement rien", SADDLE),
    ("sur les wc je sens plus le siège", SADDLE),
    ("aux toilettes je sens pas le papier sur mes fesses", SADDLE),
    # the bladder reading stays where the toilet is what is not felt
    ("aux toilettes je sens pas si ma vessie est vide", {"bladder_bowel": True}),
    ("sur la toilette je sens pas quand ça coule", {"bladder_bowel": True}),
])  # fmt: skip
def test_wiping_or_the_seat_on_the_toilet_is_the_saddle_not_the_bladder(text, flags):
    assert find_red_flags(text) == flags


@pytest.mark.parametrize("text, flags", [
    # "je sens plus rien" at the end of its clause: the trailing "rien" is the sign, not a denial
    ("quand je m'essuie, je sens plus rien", SADDLE),
    ("les fesses, je sens plus rien", SADDLE),
    ("mes jambes je sens plus rien", {"both_legs": True, "leg_numbness": True}),
    # nothing unusual felt is still no numbness
    ("quand je m'essuie je sens plus rien de spécial", {}),
    ("je sens rien d'anormal au niveau des fesses", {}),
])  # fmt: skip
def test_feeling_nothing_any_more_at_the_end_of_a_clause(text, flags):
    assert find_red_flags(text) == flags


@pytest.mark.parametrize("text, flags", [
    ("mes parties sont comme endormies depuis ce matin", SADDLE),
    ("des picotements vers mes parties", SADDLE),
    ("je sens presque plus mes parties", SADDLE),
    # other "parties": of the back, of a whole
    ("mes parties du dos sont engourdies", {}),
    ("j'ai lu les deux parties de votre page", {}),
])  # fmt: skip
def test_mes_parties_are_the_genitals(text, flags):
    assert find_red_flags(text) == flags


@pytest.mark.parametrize("text, flags", [
    ("jamais du tout envie d'aller aux wc depuis hier", {"bladder_bowel": True}),
    ("plus meme besoin d'aller a la toilette", {"bladder_bowel": True}),
    ("je retiens presque plus mon pipi", {"bladder_bowel": True}),
    ("je retenais pas mes urines cette nuit", {"bladder_bowel": True}),
    ("la vessie coincée depuis ce matin", {"bladder_bowel": True}),
    ("à l'hôpital on m'a placé une sonde pour vider", {"bladder_bowel": True}),
    # hard negatives: an urge that is there, holding something else, other probes
    ("j'ai envie d'aller à la toilette", {}),
    ("je retiens mes larmes", {}),
    ("je retiens ce que vous dites", {}),
    ("on m'a mis une sonde gastrique l'an dernier", {}),
])  # fmt: skip
def test_bladder_and_bowel_in_more_words(text, flags):
    assert find_red_flags(text) == flags


@pytest.mark.parametrize("text, flags", [
    ("la force de mon pied gauche baisse", {"leg_weakness": "worsening"}),
    ("la force de ma jambe s'en va petit à petit", {"leg_weakness": "worsening"}),
    ("je perds de la force dans le pied droit", {"leg_weakness": "worsening"}),
    # no loss: denied, come back, or pain that goes down
    ("je perds pas de force dans la jambe", {}),
    ("la force dans ma jambe est revenue", {}),
    ("la douleur dans ma jambe baisse", {}),
])  # fmt: skip
def test_the_strength_of_a_leg_going_down_is_a_worsening(text, flags):
    assert find_red_flags(text) == flags


@pytest.mark.parametrize("text, flags", [
    ("mal sans arrêt la nuit", {"night_pain": True}),
    ("la nuit je me tourne et me retourne, rien y fait, ça fait mal en continu toute la nuit", {"night_pain": True}),
    ("la nuit j'ai mal sans arrêt quand je bouge, rien y fait", {"night_pain": True}),  # nothing helps: not mechanical
    ("la nuit j'ai mal sans arrêt quand je bouge", {}),  # only with moving: mechanical
    # turning over is still mechanical
    ("la nuit j'ai mal seulement quand je me retourne", {}),
    ("ça tire quand je tourne dans le lit", {}),
])  # fmt: skip
def test_night_pain_without_stopping(text, flags):
    assert find_red_flags(text) == flags


@pytest.mark.parametrize("text", [
    "c'est un lumbago je pense",
    "je crois que c'est un lumbago",
    "encore un tour de rein ce matin",
    "tour de rein en portant le bac",
    "je pense que c'est le dos",
])
def test_everyday_french_first_messages_are_french(text):
    assert detect_language(text) == "fr"


@pytest.mark.parametrize("text, language", [
    ("ik denk dat het lumbago is", "nl"),
    ("ik heb een lumbago denk ik", "nl"),
    ("i think it's lumbago", "en"),
    ("pulled my back carrying a crate of beer yesterday", "en"),
    ("gisteren rugpijn gekregen bij het dragen van een bak bier", "nl"),
])
def test_the_same_in_english_and_dutch_is_not_french(text, language):
    assert detect_language(text) == language


# --- losing strength in a leg, English and Dutch twins of the French "perd de la force" ----------

@pytest.mark.parametrize("text, flags", [
    ("im losing strength in my right leg", {"leg_weakness": "worsening"}),
    ("my leg is losing strength", {"leg_weakness": "worsening"}),
    ("the strength in my right leg is going down day by day", {"leg_weakness": "worsening"}),
    ("ik verlies kracht in mijn rechterbeen", {"leg_weakness": "worsening"}),
    ("mijn been verliest kracht", {"leg_weakness": "worsening"}),
    ("im not losing strength in my leg", {}),
    ("ik verlies geen kracht in mijn been", {}),
    ("i lost strength in my leg last year but its fine now", {}),
    ("mijn moeder haar been verliest kracht", {}),
])
def test_losing_strength_in_a_leg_is_worsening_in_every_language(text, flags):
    assert find_red_flags(text) == flags
