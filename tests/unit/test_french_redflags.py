"""Red flags in Belgian French (issue 13): what find_red_flags returns for a message typed in French, as
patients type it (no accents, SMS spelling, Belgian "savoir" for "pouvoir", the "ne" dropped), every red flag
of docs/clinical-rules.md; and the hard negatives of the same kind: negation ("pas", "jamais", "aucun", "ni",
"sans"), a relative's or an animal's sign, weight lost on purpose, night pain only when turning, fear and
questions about cancer, a fall that nearly happened. The French tables are merged into every language's
reading, so the last tests check that French words leave English and Dutch as they were ("pas" is Dutch
"only just", "ma" is the Dutch mother, "non stop" is English).

Each positive read nothing (or something else) before bot/lang/fr/redflags.py was written in French.
"""
import pytest

from bot.reading.redflags import find_red_flags

SADDLE = {"saddle_numbness": True}
BLADDER = {"bladder_bowel": True}
WORSE = {"leg_weakness": "worsening"}
BOTH_NUMB = {"both_legs": True, "leg_numbness": True}
BOTH_WEAK = {"both_legs": True, "leg_weakness": "worsening"}
FEVER = {"fever": True}
CANCER = {"cancer_history": True}
WEIGHT = {"weight_loss": True}
NIGHT = {"night_pain": True}
TRAUMA = {"onset": "trauma"}


@pytest.mark.parametrize("text, expected", [
    # ---- numb saddle: the bum, between the legs, the toilet paper, the perineum, the genitals ----
    ("je sens plus mes fesses", SADDLE),
    ("Je ne sens plus mes fesses depuis hier", SADDLE),
    ("j'sens pas mes fesses", SADDLE),
    ("jsens plus mes fesses", SADDLE),
    ("mes fesses je les sens plus du tout", SADDLE),
    ("engourdi entre les jambes", SADDLE),
    ("je sens pas le papier quand je m'essuie", SADDLE),
    ("quand je m'essuie je sens rien", SADDLE),
    ("fourmillements au périnée", SADDLE),
    ("chui engourdi au niveau du périnée", SADDLE),
    ("les parties intimes insensibles", SADDLE),
    ("j'ai des fourmis dans les fesses", SADDLE),
    ("anesthésie en selle d'après le médecin", SADDLE),
    ("j'ai l'impression d'être assise sur du coton", SADDLE),
    ("insensible autour de l'anus", SADDLE),
    ("perte de sensibilité autour de l'anus", SADDLE),
    ("perte de sensation dans la zone génitale", SADDLE),
    ("sensation bizarre au niveau des parties intimes", SADDLE),
    ("jsens plu rien en bas", SADDLE),
    ("c'est tout insensible là ou on s'assoit", SADDLE),
    ("est-ce normal que je sens plus mes fesses ?", SADDLE),
    ("mes fesses sont endormies", SADDLE),
    ("j'ai les fesses qui picotent", SADDLE),
    # ---- bladder and bowel: cannot hold, leaks, cannot go, no urge, soiling unnoticed ----
    ("je sais plus retenir mon pipi", BLADDER),
    ("jpeux plus retenir mes urines", BLADDER),
    ("je sais plus tenir mes selles", BLADDER),
    ("je n'arrive plus à me retenir", BLADDER),
    ("fuites urinaires depuis ce matin", BLADDER),
    ("j'arrive pas à uriner", BLADDER),
    ("j'ai du mal à uriner depuis hier", BLADDER),
    ("je fais dans ma culotte sans le sentir", BLADDER),
    ("j'ai fait pipi sur moi sans m'en rendre compte", BLADDER),
    ("je me suis fait dessus sans m'en rendre compte", BLADDER),
    ("pas été à selle depuis 3 jours et je sens pas l'envie", BLADDER),
    ("je ne sens plus l'envie d'uriner", BLADDER),
    ("je sens plus quand j'ai envie de faire pipi", BLADDER),
    ("rétention urinaire", BLADDER),
    ("je perds mes urines depuis deux jours", BLADDER),
    ("je controle plus ma vessie", BLADDER),
    ("je dois pousser pour uriner et rien ne sort", BLADDER),
    ("je sens plus rien quand je vais aux toilettes", BLADDER),
    ("quand je vais à la toilette je sens pas si j'ai fini", BLADDER),
    ("je dois attendre longtemps avant que ça vienne quand je fais pipi", BLADDER),
    ("je me suis oublié dans mon pantalon", BLADDER),
    ("j'ai eu un petit accident dans ma culotte", BLADDER),
    ("c'est normal que je fais pipi sur moi sans le sentir ?", BLADDER),
    # ---- a leg that gets weaker: gives way, the foot drags or drops, tiptoes and heels ----
    ("ma jambe lâche de plus en plus", WORSE),
    ("mon genou se dérobe", WORSE),
    ("mon pied traîne", WORSE),
    ("mon pied accroche le sol", WORSE),
    ("le pied tombant depuis lundi", WORSE),
    ("je sais plus marcher sur la pointe des pieds", WORSE),
    ("je n'arrive plus à lever le pied droit", WORSE),
    ("jarrive plus a relever le bout du pied gauche", WORSE),
    ("ma jambe gauche est de plus en plus faible", WORSE),
    ("ma jambe droite faiblit de jour en jour", WORSE),
    ("je trébuche tout le temps", WORSE),
    ("pour que mon pied n'accroche pas je dois lever le genou très haut", WORSE),
    # ---- both legs ----
    ("mes jambes sont engourdies", BOTH_NUMB),
    ("je sens plus mes deux jambes", BOTH_NUMB),
    ("fourmillements dans les deux pieds", BOTH_NUMB),
    ("mes jambes me lâchent", BOTH_WEAK),
    ("mes jambes ne me portent plus", BOTH_WEAK),
    ("mes deux jambes sont faibles mais ça n'empire pas", {"both_legs": True, "leg_weakness": "stable"}),
    # ---- fever ----
    ("39 de température", FEVER),
    ("des frissons", FEVER),
    ("jsp si j'ai un peu de température", FEVER),  # unsure counts as yes
    ("38 de température hier soir", FEVER),
    ("j'ai de la température depuis hier", FEVER),
    ("je grelotte", FEVER),
    ("des sueurs nocturnes", FEVER),
    ("je me sens vraiment malade avec des frissons", FEVER),
    # ---- cancer, now or in the past ----
    ("chimio il y a deux ans", CANCER),
    ("je suis sous hormonothérapie depuis mon opération", CANCER),
    ("je suis en rémission", CANCER),
    ("je suis en chimio depuis mars", CANCER),
    ("on m'a retiré une tumeur maligne", CANCER),
    ("on m'a enlevé un melanome l'année passée", CANCER),
    # ---- weight lost without trying ----
    ("j'ai perdu 6 kilos sans rien faire", WEIGHT),
    ("perte de poids de 8 kg ces derniers mois", WEIGHT),
    ("j'ai beaucoup maigri sans raison", WEIGHT),
    ("j'ai maigri de 7 kilos en un mois sans faire de régime", WEIGHT),
    ("mon pantalon est devenu trop grand", WEIGHT),
    ("-8kg en 2 mois sans regime", WEIGHT),
    ("ma balance dit 5 kg de moins et j'ai rien changé", WEIGHT),
    # ---- night pain that no position eases ----
    ("la douleur me réveille la nuit, même sans bouger", NIGHT),
    ("douleur constante la nuit, peu importe la position", NIGHT),
    ("la nuit c'est permanent", NIGHT),
    ("aucune position ne soulage", NIGHT),
    ("la nuit j'ai mal tout le temps", NIGHT),
    ("la nuit c'est horrible, peu importe comment je me mets ça fait mal", NIGHT),
    ("au lit c'est pire, ca arrete pas, jsuis debout a 3h du mat", NIGHT),
    # ---- trauma ----
    ("je suis tombé dans l'escalier", TRAUMA),
    ("je suis tombé sur les fesses", TRAUMA),
    ("je suis tombé en descendant l'escalier", TRAUMA),
    ("jsuis tombé ds l'escalier", TRAUMA),
    ("chui tombé de l'échelle", TRAUMA),
    ("j'ai glissé sur le verglas", TRAUMA),
    ("j'ai fait une chute de vélo", TRAUMA),
    ("j'ai chuté de l'escabeau", TRAUMA),
    ("renversé par une voiture", TRAUMA),
    ("j'ai été fauché par une moto", TRAUMA),
    ("une voiture m'a percuté", TRAUMA),
    ("j'ai reçu un coup dans le dos", TRAUMA),
    # ---- typed for someone else: their signs are the patient's ----
    ("j'écris pour mon père, il sent plus ses fesses", SADDLE),
    # ---- a flag after a denied one, across a contrast word ----
    ("j'ai pas de fièvre mais je sens plus mes fesses", SADDLE),
    ("pas de fourmillements par contre je sais plus retenir mon pipi", BLADDER),
])
def test_french_red_flags(text, expected):
    assert find_red_flags(text) == expected


@pytest.mark.parametrize("text, expected", [
    # words the English and Dutch readings already knew ("cancer", "incontinence", "accident", "fievre" one
    # edit from "fever"): still read with French around them
    ("j'ai de la fièvre", FEVER),
    ("38 de fièvre", FEVER),
    ("j'ai eu un cancer du sein", CANCER),
    ("incontinence depuis deux jours", BLADDER),
    ("accident de voiture la semaine passée", TRAUMA),
])
def test_french_messages_with_words_the_other_packs_know(text, expected):
    assert find_red_flags(text) == expected


@pytest.mark.parametrize("text", [
    # negation: "pas", "jamais", "aucun", "ni", a hedged no, a bare "non" after the question
    "pas de fièvre",
    "ni fièvre ni frissons",
    "j'ai pas de température",
    "je pense pas avoir de fièvre",
    "fièvre : non",
    "frissons ? jamais",
    "je ne me sens pas malade",
    "je n'ai jamais eu de cancer",
    "aucun problème pour uriner",
    "pas de fuites urinaires",
    "pas de problème pour aller à la selle",
    "je contrôle bien ma vessie",
    "pas de fourmillements dans les fesses",
    "je sens bien mes fesses",
    "je sens tout normalement en bas",
    "pas de perte de poids",
    "je n'ai pas maigri",
    "j'ai pas perdu de poids",
    "chui pas tombé, j'ai juste soulevé un carton",
    "je n'ai aucune faiblesse dans les jambes",
    "mes jambes vont bien, je marche normalement",
    "je marche sur la pointe des pieds sans problème",
    # someone else: a relative, an animal
    "ma mère a eu un cancer",
    "ma mère a eu un cancer du sein, moi jamais",
    "mon père est mort d'un cancer du poumon",
    "mon fils a de la fièvre",
    "ma fille est tombée dans l'escalier",
    "ma femme a beaucoup maigri",
    "mon mari a des fourmillements dans les jambes",
    "mon chien boite",
    "la patte de mon chien est de plus en plus faible",
    # weight lost on purpose
    "j'ai perdu 5 kg en faisant un régime",
    "j'ai perdu 3 kilos volontairement",
    "j'ai perdu 4 kilos en allant à la salle de sport",
    # night pain only when turning over
    "mal la nuit seulement quand je me retourne",
    "la douleur me réveille quand je me tourne dans le lit",
    "je me mets sur le côté pour dormir",
    "je peux pas dormir à cause du dos",
    # fear, questions, benign
    "j'ai peur que ce soit un cancer",
    "est-ce que ça peut être un cancer ?",
    "est-ce que c'est un cancer ?",
    "le papa de ma copine a un cancer",
    "ma soeur a des fuites urinaires",
    "mon frère s'est cassé la jambe en tombant",
    "est-ce normal que je sens tout normalement en bas",
    "j'ai plus de fièvre depuis hier",
    "on m'a enlevé une tumeur bénigne",
    # no fall: nearly, afraid of it, pregnant, seen
    "j'ai failli tomber dans l'escalier",
    "j'ai peur de tomber",
    "je suis tombée enceinte l'année passée",
    "j'ai vu un accident de voiture ce matin",
    # pain is not numbness; one leg's tingling is no red flag; numbers that are no temperature
    "mal aux fesses quand je reste assis",
    "douleur dans la fesse gauche",
    "j'ai mal en bas du dos",
    "j'ai des fourmillements dans le pied droit",
    "il fait 38 degrés dehors",
    "j'ai 39 ans",
    # "je me sens pas bien" is feeling unwell, not numbness; pain felt less is no numbness; water leaks
    "je me sens pas bien depuis que je me suis assis sur les fesses",
    "je sens moins la douleur dans les fesses",
    "je me sens mal à cause de mes fesses",
    "des fuites d'eau dans la cave",
    "pipi normal et je sens pas de picotements",
    "je sens pas de douleur quand je vais aux toilettes",
    # French sayings: "un coup de froid / de fouet" is no blow, electric shocks in one buttock are sciatic pain,
    # wanting to lose weight is no weight lost, pain that stops a movement is no weakness, going to the toilet is a walk
    "j'ai eu un coup de froid dans le dos",
    "un coup de fouet dans le bas du dos",
    "des décharges électriques dans la fesse gauche",
    "j'ai glissé un coussin dans le dos",
    "je voudrais maigrir",
    "je dois perdre 10 kilos",
    "je reste au lit tout le temps",
    "la nuit je me réveille tout le temps pour faire pipi",
    "je sens pas le besoin de consulter",
    "j'ai du mal à aller aux toilettes tellement j'ai mal",
    "je peux pas plier la jambe à cause de la douleur",
    # a relative in treatment, a doctor who ruled it out, a relative's fall on the way down
    "mon mari est en chimio",
    "mon père sent plus ses fesses",
    "mon médecin a exclu un cancer",
    "ma mère est tombée en descendant l'escalier",
    "ma belle-mère a de la fièvre",
    "ma fille a 39 de fièvre",
    "38 ans, maman de 2 enfants",
    "pas d'engourdissement entre les jambes",
    "je ne ressens aucun fourmillement",
    "aucun antécédent de cancer",
    "pas de douleur la nuit",
    # over and done with
    "j'ai eu de la fièvre la semaine passée mais c'est passé",
])
def test_french_hard_negatives(text):
    assert find_red_flags(text) == {}


@pytest.mark.parametrize("text, expected", [
    # Dutch "pas" is "only just", no negation: the sign stays
    ("ik ben pas gevallen van de trap", TRAUMA),
    ("k ben pas gevallen", TRAUMA),
    ("ik heb pas nog koorts gehad", FEVER),
    # Dutch and English "ma" is the mother, not the French "ma" (my)
    ("mijn ma heeft kanker", {}),
    ("my ma has cancer", {}),
    # English words one edit from a French one are not read as French ("drags", "couch", "trainer")
    ("my foot drags when i walk", WORSE),
    ("is it bad to sit on the couch with my laptop all day? my lower back is so sore", {}),
    ("is het oke om te blijven sporten met rugpijn? mijn personal trainer zegt van wel", {}),
    # English "non stop", "plus", "nan"
    ("i had a non stop fever", FEVER),
    ("plus i fell down the stairs", TRAUMA),
    ("my nan says i have a fever", FEVER),
    ("my nan had cancer", {}),
])
def test_french_words_leave_english_and_dutch_alone(text, expected):
    assert find_red_flags(text) == expected


@pytest.mark.parametrize("text, slot", [
    ("mes fesses sont bizarres depuis hier", "saddle_numbness"),
    ("ma vessie fait des choses bizarres", "bladder_bowel"),
    ("les deux jambes toutes flageolantes", "both_legs"),
    ("ma jambe est faible", "leg_weakness"),
])
def test_french_hints_ask_the_emergency_question_first(text, slot):
    from bot.reading.redflags import hinted_red_flags

    assert slot in hinted_red_flags(text)


@pytest.mark.parametrize("text", [
    "pipi normal, pas de souci",
    "je sens tout normalement en bas",
])
def test_french_all_is_well_asks_nothing_first(text):
    from bot.reading.redflags import hinted_red_flags

    assert hinted_red_flags(text) == []


@pytest.mark.parametrize("text, expected", [
    # found by the session-13 tune messages
    ("jsens plus rien entre les cuisses depuis ce matin", SADDLE),
    ("je dois pousser fort pour uriner et ca vient goutte a goutte", BLADDER),
    ("un chauffard m'a percuté a vélo vendredi, depuis j'ai mal au dos", {"onset": "trauma"}),
    ("j'ai de moins en moins de force dans la jambe droite", WORSE),
    # and what they must leave alone
    ("la douleur m'a percuté d'un coup en me levant", {}),
    ("pas de douleur entre les cuisses, je sens tout", {}),
    ("je dois pousser la porte pour entrer", {}),
    ("j'ai de moins en moins mal", {}),
])  # fmt: skip
def test_session_13_tune_findings(text, expected):
    assert find_red_flags(text) == expected
