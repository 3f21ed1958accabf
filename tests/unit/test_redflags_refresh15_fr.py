"""French misses of the session-15 blind refresh (issue 12), fixed in general form in the French pack: each
sign is tested in other words than the blind texts (and the French twins of the English and Dutch misses),
with hard negatives that must stay as they are. Every positive here read something else before these readings."""
import pytest

from bot.reading.redflags import find_red_flags

POSITIVES = [
    # ---- the seat that feels like someone else's: "on dirait que c'est pas mes fesses" ----
    ("quand je m'essuie on dirait que c'est pas mes fesses", {"saddle_numbness": True}),
    ("j'ai l'impression que c'est plus mon derrière, bizarre", {"saddle_numbness": True}),
    ("comme si c'était pas mes fesses quand je m'assieds", {"saddle_numbness": True}),
    # ---- numb as after the dentist, then the area across "mais" ----
    ("c'est comme chez le dentiste mais aux fesses", {"saddle_numbness": True}),
    ("engourdi comme quand on sort du dentiste, mais entre les jambes", {"saddle_numbness": True}),
    ("anesthésié comme après une piqûre chez le dentiste mais en bas", {"saddle_numbness": True}),
    # ---- nothing felt, told in the past: "j'ai rien senti la en bas" ----
    ("j'ai rien senti du tout aux fesses quand je me suis essuyée", {"saddle_numbness": True}),
    ("j'ai plus rien senti là en bas depuis hier", {"saddle_numbness": True}),
    ("pendant le rapport j'ai pas senti mon sexe du tout", {"saddle_numbness": True}),
    # ---- straining told after the act, a stream that does not come ----
    ("pour uriner j'ai dû pousser super longtemps", {"bladder_bowel": True}),
    ("ce matin pour faire pipi j'ai dû forcer, rien venait", {"bladder_bowel": True}),
    ("le jet venait pas ce matin aux toilettes", {"bladder_bowel": True}),
    ("mon jet d'urine sort plus", {"bladder_bowel": True}),
    # ---- underwear found wet, the leak not felt ----
    ("mon slip était tout mouillé et je l'avais pas senti", {"bladder_bowel": True}),
    ("j'ai vu que ma culotte était humide, j'avais rien senti couler", {"bladder_bowel": True}),
    ("j'ai pas senti que ça coulait, mon pantalon était trempé", {"bladder_bowel": True}),
    # ---- it still worked before, no more now (the tiptoes, the heels, lifting the foot) ----
    ("hier je pouvais encore monter sur la pointe des pieds, aujourd'hui je sais plus du tout", {"leg_weakness": "worsening"}),
    ("la semaine passée j'arrivais encore à me mettre sur mes talons, maintenant je peux plus", {"leg_weakness": "worsening"}),
    ("lundi je savais encore relever le pied droit, ce matin presque plus", {"leg_weakness": "worsening"}),
    # ---- night pain: it wakes me at night; every position named, nothing helps; lying however one wants ----
    ("la nuit ça me réveille tout le temps", {"night_pain": True}),
    ("sur le dos, sur le ventre, assise, rien soulage la nuit", {"night_pain": True}),
    ("allongée sur le dos sur le côté rien ne calme", {"night_pain": True}),
    ("je peux me coucher comme je veux, sur le côté, sur le dos, ça part pas et ça me réveille", {"night_pain": True}),
    ("je dors comme je veux, sur le côté ou le dos, j'ai mal quand même", {"night_pain": True}),
    # ---- a relative told as "il": his signs are not the patient's (twin of the Dutch "hij") ----
    ("mon frère a eu une hernie l'an passé, il sentait plus rien en bas. moi ça va", {}),
    ("mon père a été opéré en urgence, il pouvait plus uriner. moi ça va", {}),
    ("mon mari a eu un syndrome de la queue de cheval, il pouvait plus faire pipi. moi le pipi ça va", {}),
    # ---- the area named first, then its numbness with a pronoun ("mon derriere, il est engourdi"): the patient's,
    # not a third person (a twin found beside f9) ----
    ("mon derrière, il est tout engourdi", {"saddle_numbness": True}),
    ("mon cul, il sent plus rien", {"saddle_numbness": True}),
    ("ma fesse gauche, elle est engourdie", {"saddle_numbness": True}),
    ("mes fesses, elles sont engourdies depuis hier", {"saddle_numbness": True}),
    ("en bas, c'est tout insensible", {"saddle_numbness": True}),
    # ---- weakness told as "faiblard(e)", its course as "ca bouge pas", "ni mieux ni pire", "ca reste comme ca" (the
    # both-legs twins of f8: one leg stable needs the engine, see the report) ----
    ("mes deux jambes sont un peu faiblardes depuis l'hiver, mais ça bouge pas", {"both_legs": True, "leg_weakness": "stable"}),
    ("mes deux jambes sont faibles, ni mieux ni pire", {"both_legs": True, "leg_weakness": "stable"}),
    ("mes deux jambes sont faibles, ça reste comme ça", {"both_legs": True, "leg_weakness": "stable"}),
    ("les deux jambes faiblardes", {"both_legs": True, "leg_weakness": "worsening"}),
    ("ma jambe gauche est faiblarde et ça empire", {"leg_weakness": "worsening"}),
    # ---- walking on rubber or cotton is numbness (the wording of f7; one leg alone needs the engine, see the report) ----
    ("avec les deux pieds j'ai l'impression de marcher sur du caoutchouc", {"both_legs": True, "leg_numbness": True}),
    ("je marche sur du coton avec mes deux pieds", {"both_legs": True, "leg_numbness": True}),
    ("mes deux jambes c'est comme si je marchais sur de la mousse", {"both_legs": True, "leg_numbness": True}),
    # ---- a trip alone is no fall (twin of the Dutch "bijna gestruikeld"), with a foot that slaps ----
    ("mon pied droit tape le sol à chaque pas et c'est de pire en pire, hier j'ai trébuché sur une marche",
     {"leg_weakness": "worsening"}),
    ("j'ai trébuché sur une marche", {}),
    # ---- a fever over: "maintenant plus rien" (twin of the Dutch "koorts ... helemaal weg") ----
    ("j'avais 39 de fièvre la semaine passée, maintenant plus rien", {}),
]

NEGATIVES = [
    # stays as it was: savoir = pouvoir, nothing special felt, a pain not felt
    ("je sais pas marcher longtemps", {}),
    ("j'ai rien senti de spécial aux fesses", {}),
    ("j'ai pas senti de douleur en bas", {}),
    ("je sais pas retenir mon pipi", {"bladder_bowel": True}),
    ("jsp si c normal, je sens plus mes fesses", {"saddle_numbness": True}),
    # no straining, the rain, the sweat, the nose
    ("je fais pipi sans pousser, tout va bien", {}),
    ("mon pantalon est mouillé à cause de la pluie", {}),
    ("j'ai pas senti que ça coulait du nez", {}),
    # it still works today
    ("hier je pouvais encore marcher sur la pointe des pieds et aujourd'hui aussi", {}),
    # woken to pee or by the baby; a position that is fine
    ("la nuit ça me réveille pour faire pipi", {}),
    ("la nuit le bébé me réveille", {}),
    ("couchée sur le dos ça va, rien de spécial", {}),
    ("je me couche comme je veux, ça va bien", {}),
    # the part itself as "il", a message typed for someone else: the patient's
    ("mon cul il sent plus rien", {"saddle_numbness": True}),
    ("j'écris pour mon père, il sent plus rien en bas", {"saddle_numbness": True}),
    ("il me semble que je sens plus mes fesses", {"saddle_numbness": True}),
    ("mes fesses, elles sont pas engourdies", {}),
    ("mon dos, il est engourdi", {}),
    ("mon frère, il est engourdi des fesses", {}),
    ("mes deux jambes sont faibles et ça empire", {"both_legs": True, "leg_weakness": "worsening"}),
    ("mes deux jambes sont faibles, ça bouge pas quand je marche mais ça empire", {"both_legs": True, "leg_weakness": "worsening"}),
    ("je marche sur du carrelage froid avec les deux pieds", {}),
    # not the seat itself, the dentist with the area fine
    ("on dirait que c'est pas mes fesses qui font mal mais le dos", {}),
    ("j'ai eu une piqure chez le dentiste mais les fesses ça va", {}),
    # a slip and a fall after the trip stay a fall; a fever now stays a fever
    ("j'ai glissé dans l'escalier hier", {"onset": "trauma"}),
    ("j'ai trébuché et je suis tombée dans l'escalier", {"onset": "trauma"}),
    ("j'ai de la fièvre maintenant", {"fever": True}),
    ("j'avais de la fièvre hier et maintenant encore", {"fever": True}),
    ("j'ai failli trébucher sur le trottoir", {}),
]


@pytest.mark.parametrize("text,expected", POSITIVES)
def test_refresh15_french_signs(text, expected):
    assert find_red_flags(text) == expected


@pytest.mark.parametrize("text,expected", NEGATIVES)
def test_refresh15_french_hard_negatives(text, expected):
    assert find_red_flags(text) == expected


# ---- the age told in words wins over a later number that is not the age (French answers reader) ----
AGES = [
    ("j'ai soixante-dix-huit, mais dans ma tête 40", "70_plus"),
    ("âgée de nonante et un ans mais j'en fais 60", "70_plus"),
    ("vingt et un ans mais mon dos en a 80", "20_44"),
    ("soixante-douze ans depuis mars, j'en parais 55", "70_plus"),
    ("vingt-et-un ans, et mon fils en a 3", "20_44"),
    ("septante-cinq ans et 2 prothèses de hanche", "70_plus"),
    ("j'ai quatre-vingts ans, mon mari 69", "70_plus"),
]
# ... and what stays: an age in words alone, a decade, a duration in words
AGES_KEPT = [
    ("septante-deux", "70_plus"),
    ("cinquante ans", "45_69"),
    ("dix-huit ans", "under_20"),
    ("dans la septantaine", "70_plus"),
]


@pytest.mark.parametrize("text,band", AGES + AGES_KEPT)
def test_refresh15_french_age_in_words(text, band):
    from bot.reading.answers import parse_answer

    assert parse_answer("age_band", text) == band


@pytest.mark.parametrize("text,days", [("depuis vingt ans", 7300), ("ça fait trente ans que j'ai mal au dos", 10950)])
def test_refresh15_french_duration_in_words_unchanged(text, days):
    from bot.reading.answers import parse_answer

    assert parse_answer("duration_days", text) == days


# ---- the answer to the weakness question: the course told as unchanged is stable (the answer twin of f8) ----
@pytest.mark.parametrize("text,value", [
    ("ma jambe gauche est un peu faible, ça bouge pas", "stable"),
    ("faible, ni mieux ni pire", "stable"),
    ("faible mais ça reste comme ça", "stable"),
    # ... and a worsening told after it stays a worsening
    ("faible, ça bouge pas quand je marche mais ça empire", "worsening"),
    ("faible et de plus en plus", "worsening"),
])  # fmt: skip
def test_refresh15_french_weakness_answer_course(text, value):
    from bot.reading.answers import parse_answer

    assert parse_answer("leg_weakness", text) == value
