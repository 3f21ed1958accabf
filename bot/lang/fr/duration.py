"""French (Belgian) words for the duration reader (bot/reading/duration.py): lower case, no accents.

Every pack provides the same names; a table may be empty.

Belgian usage: "huit jours" is a week (7) and "quinze jours" two weeks (14), as in France; they are
read so after "depuis", "ça fait", "il y a", "voilà" and before "que", "déjà" (RELATIVE: a phrase
that starts before the number wins over the plain count), and "une quinzaine (de jours)" is 14,
"une huitaine (de jours)" 7. A bare "quinze jours" is 14 too: a fixed phrase wins a tie of the
same span over the count its words spell (bot/reading/duration.py); "15 jours" stays 15.
"""

from fractions import Fraction

#: unit words and their length in days, allowed after digits and after number words
#: (not "jr": Dutch "jaar"; "an" is a unit only after a number or an article: "un an", "2 an")
UNIT_WORDS = {
    Fraction(1): (
        "jour", "jours", "jrs", "journee", "journees",
    ),
    Fraction(7): (
        "semaine", "semaines", "sem", "sems", "smn", "smns",
    ),
    Fraction(14): (
        "quinzaine", "quinzaines",
    ),
    Fraction(30): (
        "mois",
    ),
    Fraction(90): (
        "trimestre", "trimestres",
    ),
    Fraction(365): (
        "an", "ans", "annee", "annees", "anee", "anees",
    ),
    Fraction(3650): (
        "decennie", "decennies",
    ),
    Fraction(1, 24): (
        "heure", "heures", "hrs", "heur",
    ),
    Fraction(1, 1440): (
        "minute", "minutes",
    ),
}

#: short abbreviations, only right after digits ("3j", "48h"); not "a" ("2 a 3 semaines"), "m"
#: (minutes or months) nor "s"
DIGIT_ONLY_UNITS = {
    Fraction(1): (
        "j",
    ),
    Fraction(1, 24): (
        "h",
    ),
    Fraction(1, 1440): (
        "min", "mn",
    ),
}

#: an article before a unit is one of it: "une semaine", "un mois"
ARTICLES = {
    "un": 1, "une": 1,
    # picard, ch'ti: "eune semaine ou trois, quatre"
    "eune": 1,
}

#: vague counts and the number they stand for ("quelques jours", Belgian "une couple de semaines")
VAGUE = {
    "une couple de": 2, "un couple de": 2, "quelques": 3, "quelque": 3, "qlq": 3, "qlqs": 3, "qq": 3,
    "qques": 3, "qqs": 3, "plusieurs": 3, "pas mal de": 3,
}

#: "une demi-année", "un demi mois"
FRACTIONS = {
    "un demi": Fraction(1, 2), "une demi": Fraction(1, 2), "une demie": Fraction(1, 2),
    "demi": Fraction(1, 2),
}

#: between a number and its unit: "deux bonnes semaines", "une grosse semaine", "un petit mois" (not "grand":
#: Irish English "a grand day out")
ADJECTIVES = (
    "bon", "bons", "bonne", "bonnes", "gros", "grosse", "grosses", "petit", "petits", "petite",
    "petites", "longue", "longues", "longs", "pleine", "pleines", "bonne grosse", "bonnes grosses",
)

#: skipped when looking at the words before a number
APPROXIMATE = (
    "environ", "presque", "quasi", "quasiment", "bientot", "pratiquement", "facile", "genre",
    "deja", "juste", "seulement", "env", "pres", "peu",
)

_FORTNIGHT_WORDS = ("quinze jours", "15aine", "quinze jrs")
_WEEK_WORDS = ("huit jours", "huit jrs")
#: the idiom with what may stand before it ("depuis quinze jours") or after it ("quinze jours
#: que j'ai mal"); a phrase that starts before the count or ends after it wins over "15 days"
_IDIOM_BEFORE = (
    "depuis", "depuis deja", "deja", "ca fait", "ca fait deja", "ca fera", "cela fait", "cela fait deja",
    "ca fait bien", "ca fait au moins", "il y a", "il y a deja", "y a", "ya", "y a deja", "voila",
    "voila deja", "voici", "il y a environ", "ca fait environ", "depuis environ", "depuis presque",
    "ca fait presque", "ca fait plus de", "depuis plus de", "pendant", "durant", "des",
    "plus de", "presque", "environ", "bientot", "facile", "au moins", "pres de", "depuis pres de",
)  # fmt: skip
_IDIOM_AFTER = ("que", "qu'", "deja", "maintenant", "passes", "environ", "a peu pres", "plus ou moins", "je pense",
                "je crois", "ou plus", "au moins", "bien tasses", "facile")  # fmt: skip


def _idioms() -> dict:
    out: dict = {}
    for words, days in ((_FORTNIGHT_WORDS, 14), (_WEEK_WORDS, 7)):
        for idiom in words:
            for before in _IDIOM_BEFORE:
                out[f"{before} {idiom}"] = days
            for after in _IDIOM_AFTER:
                out[f"{idiom} {after}"] = days
            out[f"les {idiom}"] = days  # "les quinze jours passés"
            out[idiom] = days  # a bare "quinze jours": the engine lets a fixed phrase win the tie over 15
    return out


_HOUR_WORDS = {"une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "dix": 10, "douze": 12,
               "vingt-quatre": 24, "quarante-huit": 48}  # fmt: skip


def _hours_ago() -> dict:
    """"il y a 3 heures", "y a 48h": the count before the hours is "a" ("il y a"), which says
    nothing alone ("a 2 hour drive"), so these are whole phrases: days ago, rounded half up."""
    out: dict = {}
    counts = {**{str(n): n for n in range(1, 73)}, **_HOUR_WORDS}
    for prefix in ("il y a", "y a", "il y a deja", "il y a environ", "il y a a peine", "il y a juste"):
        for word, n in counts.items():
            days = (2 * n + 24) // 48  # n / 24 rounded half up
            for unit in ("heure", "heures", "h"):
                out[f"{prefix} {word} {unit}"] = days
                if word.isdigit():
                    out[f"{prefix} {word}{unit}"] = days
    return out


def _future() -> dict:
    """"lundi prochain", "la semaine prochaine": the future, never a duration (a name that is no
    function of today: the reader rejects the phrase, and the weekday inside it with it)."""
    out = {f"{day} {after}": "future" for day in ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
                                                   "week-end", "weekend", "week end")
           for after in ("prochain", "qui vient", "d'apres")}  # fmt: skip
    for phrase in ("la semaine prochaine", "semaine prochaine", "le mois prochain", "mois prochain",
                   "l'annee prochaine", "annee prochaine", "l'an prochain", "dans la semaine", "d'ici la fin"):
        out[phrase] = "future"
    return out


#: fixed phrases -> days ago; a name ("since_monday", "since_first_of_month", "since_new_year") counts from today;
#: "future" is the future: no duration ("lundi prochain")
RELATIVE = {
    "aujourd'hui": 0, "aujourdhui": 0, "auj": 0, "ajd": 0, "ajrd": 0, "aujourd hui": 0, "ce matin": 0,
    "ce mat": 0, "cet apres-midi": 0, "cet apres midi": 0, "cet aprem": 0, "cet aprem'": 0, "ce midi": 0,
    "ce soir": 0, "cette nuit": 0, "a l'instant": 0,
    # not "hier" alone (Dutch "here": "da zeurt hier al een week"), nor "tantôt" ("à tantôt": see you)
    **{f"{before} hier": 1 for before in (
        "depuis", "d'hier", "c'etait", "cetait", "c etait", "commence", "commencee", "a commence", "seulement",
        "juste", "des", "debut", "arrive", "arrivee", "fait", "bloque", "bloquee", "coince", "coincee", "tombe",
        "tombee", "eu", "apparu", "apparue", "depuis seulement", "depuis juste", "c'est arrive", "c'est venu",
    )},
    # a fall, then where, then "hier" ("je suis tombe dans les escaliers hier", as en "i fell down the stairs
    # yesterday"): the place or the way of the fall before "hier"; no word that is also Dutch ("velo", "douche",
    # "trottoir", "ski": "mijn velo staat hier"; "lumbago": "ik heb lumbago hier onderaan")
    **{f"{fall} hier": 1 for fall in (
        "escalier", "escaliers", "marche", "marches", "echelle", "escabeau", "verglas", "glace", "neige", "chaise",
        "tabouret", "toit", "arbre", "cheval", "moto", "trottinette", "baignoire", "carrelage", "par terre",
        "mon velo", "du velo", "a velo", "en velo", "sur le dos", "sur les fesses", "sur le coccyx", "sur le derriere",
        "sur les reins", "sur le cul", "en arriere", "tombant", "chute", "glisse", "glissee", "blesse",
        "de la cave", "du grenier", "du jardin", "tour de reins", "tours de reins", "au boulot", "au travail",
        "blessee", "fait mal", "me suis fait mal",
    )},
    "hier je suis": 1, "hier je me suis": 1, "hier jme suis": 1, "hier jsuis": 1, "hier chui": 1,
    "depuis hier": 1, "d'hier": 1, "hier j'ai": 1, "hier jai": 1, "hier matin": 1, "hier soir": 1, "hier apres-midi": 1, "hier apres midi": 1, "hier aprem": 1,
    "hier midi": 1, "hier dans la nuit": 1, "la nuit passee": 1, "la nuit derniere": 1, "avant-hier": 2,
    "avant hier": 2, "avant-hier soir": 2, "avant hier soir": 2, "avant-hier matin": 2, "avant hier matin": 2,
    "avant hiers": 2, "la semaine passee": 7, "la semaine derniere": 7, "semaine passee": 7,
    "semaine derniere": 7, "le mois passe": 30, "le mois dernier": 30, "mois passe": 30, "mois dernier": 30,
    "l'annee passee": 365, "l'annee derniere": 365, "annee passee": 365, "annee derniere": 365,
    "l'an passe": 365, "l'an dernier": 365, "an passe": 365, "an dernier": 365,
    "cette semaine": "since_monday", "debut de semaine": "since_monday", "en debut de semaine": "since_monday",
    "debut de la semaine": "since_monday", "debut de cette semaine": "since_monday",
    "ce mois-ci": "since_first_of_month", "ce mois ci": "since_first_of_month", "ce mois": "since_first_of_month",
    "debut du mois": "since_first_of_month", "en debut de mois": "since_first_of_month",
    "debut de ce mois": "since_first_of_month", "cette annee": "since_new_year",
    "debut d'annee": "since_new_year", "debut de l'annee": "since_new_year",
    "en debut d'annee": "since_new_year", "debut de cette annee": "since_new_year",
    **_idioms(), **_hours_ago(), **_future(),
    # "mon dos me tue" (is killing me), "une douleur qui tue": the verb "tuer", not the English "tue" (Tuesday);
    # a phrase of no duration that holds the "tue", so the weekday inside it is not read ("since tue" stays)
    **{f"{before} {verb}": "future" for before in ("me", "m'", "te", "t'", "le", "la", "les", "nous", "vous", "se",
                                                    "ca", "qui", "ca me", "ca te")
       for verb in ("tue", "tues")},
}  # fmt: skip

#: weekday names -> Monday 0
WEEKDAYS = {
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
    # SMS and misspelt forms that are no other word ("lun", "mer", "jeu", "ven", "sam", "dim" are)
    "mercr": 2, "merc": 2, "vendr": 4, "dimanch": 6, "dimache": 6, "mecredi": 2, "vendedi": 4,
}

#: after a weekday: "vendredi soir", "lundi matin"
DAY_PARTS = (
    "soir", "matin", "apres-midi", "apres midi", "aprem", "midi", "nuit", "soiree", "matinee",
)

_MONTH_NAMES = {
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "aout": 8,
    "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
}
#: month names and abbreviations, and "(le) mois de mars", "(le) mois d'août"
MONTHS = {
    **_MONTH_NAMES, "janv": 1, "fevr": 2, "fev": 2, "avr": 4, "juil": 7,
    **{f"{the}mois {'d' + chr(39) if name[0] in 'aeiou' else 'de '}{name}": number
       for name, number in _MONTH_NAMES.items() for the in ("", "le ")},
}

#: the middle of each season (month, day)
SEASONS = {
    "printemps": (4, 15), "ete": (7, 15), "l'ete": (7, 15), "grandes vacances": (7, 15),
    "vacances d'ete": (7, 15), "automne": (10, 15), "l'automne": (10, 15), "hiver": (1, 15),
    "l'hiver": (1, 15),
}

#: (month, day), or ("easter", days after Easter Sunday), or (month, (weekday, n)): the n-th such
#: weekday of the month (Monday 0; n -1 the last). Belgian days: the Fête nationale 21 July, the
#: Fête de la Fédération Wallonie-Bruxelles 27 September; Mother's Day is the second Sunday of May
#: in Belgium (and Antwerp's 15 August, not read); the French-speaking schools' "rentrée" is the
#: last Monday of August since 2022.
HOLIDAYS = {
    "noel": (12, 25), "la noel": (12, 25), "jour de noel": (12, 25), "reveillon de noel": (12, 24),
    "reveillon": (12, 24), "veille de noel": (12, 24), "nouvel an": (1, 1), "nouvel-an": (1, 1),
    "le nouvel an": (1, 1), "jour de l'an": (1, 1), "reveillon du nouvel an": (12, 31),
    "saint-sylvestre": (12, 31), "saint sylvestre": (12, 31), "st sylvestre": (12, 31),
    "la saint-sylvestre": (12, 31), "toussaint": (11, 1), "la toussaint": (11, 1),
    "jour des morts": (11, 2), "fete des morts": (11, 2), "armistice": (11, 11), "l'armistice": (11, 11),
    "saint-nicolas": (12, 6), "saint nicolas": (12, 6), "st nicolas": (12, 6), "st-nicolas": (12, 6),
    "la saint-nicolas": (12, 6), "saint-valentin": (2, 14), "saint valentin": (2, 14),
    "st valentin": (2, 14), "la saint-valentin": (2, 14), "la saint valentin": (2, 14),
    "paques": ("easter", 0), "lundi de paques": ("easter", 1), "vendredi saint": ("easter", -2),
    "l'ascension": ("easter", 39), "pentecote": ("easter", 49), "la pentecote": ("easter", 49),
    "lundi de pentecote": ("easter", 50), "carnaval": ("easter", -49), "mardi gras": ("easter", -47),
    "fete nationale": (7, 21), "la fete nationale": (7, 21), "fete nationale belge": (7, 21),
    "fete nationale francaise": (7, 14), "fete nationale suisse": (8, 1), "le 14 juillet": (7, 14),
    "saint-martin": (11, 11), "la saint-martin": (11, 11), "saint martin": (11, 11), "la saint martin": (11, 11),
    "st martin": (11, 11), "st-martin": (11, 11), "la st-martin": (11, 11), "jour du souvenir": (11, 11),
    "le jour du souvenir": (11, 11), "jour de l'armistice": (11, 11), "la saint-patrick": (3, 17),
    "saint-patrick": (3, 17), "la saint-jean": (6, 24), "saint-jean": (6, 24), "saint-jean-baptiste": (6, 24),
    "fete du travail": (5, 1), "premier mai": (5, 1), "fete de la federation": (9, 27),
    "fete de la communaute francaise": (9, 27), "fete des meres": (5, (6, 2)),
    "fete des peres": (6, (6, 2)), "la rentree": (8, (0, -1)), "rentree": (8, (0, -1)),
    "rentree scolaire": (8, (0, -1)), "l'epiphanie": (1, 6), "epiphanie": (1, 6),
}  # fmt: skip

#: before a number, the number is an age ("j'ai 45 ans", "âgé de 60 ans")
AGE_BEFORE = (
    "j'ai", "jai", "age", "agee", "feter", "fete", "fetes", "atteint",
    "g",  # "g 19 ans": j'ai in SMS (session 39I)
)

#: "mon fils a 3 ans" is an age, "ça fait 2 ans" is not: none in French (the "a" is English's article: see AGE_HAS)
AGE_BEFORE_UNLESS_IT: tuple = ()

#: before a number, an age when the unit is one of the language's own year words, unless an IT_WORDS word stands
#: before it: "elle a 74 ans", "mon mari qui a 66 ans", "il va avoir 60 ans", "elle aura 80 ans", "qui va sur ses
#: 80 ans" (not "il y a 3 ans", "y a 2 ans", "ça a 2 ans"; ch'ti "a l'a 74 ans" is "elle a"; English "a 2 year history" is no "ans")
AGE_HAS = {word: ("ans",) for word in ("a", "n'a", "l'a", "avoir", "aura", "ses")}

#: a person and "de" before the years: their age ("ma mère de 74 ans", "mon fils de 12 ans"; not "plus de 20 ans")
AGE_PERSON_OF = tuple(f"{person} de" for person in (
    "mere", "maman", "pere", "papa", "mari", "femme", "epouse", "epoux", "compagne", "compagnon", "fils", "fille",
    "grand-mere", "grand-pere", "grand mere", "grand pere", "mamie", "papy", "belle-mere", "beau-pere", "tante",
    "oncle", "soeur", "frere", "voisin", "voisine", "dame", "monsieur", "homme", "patient", "patiente", "enfant", "ado",
))

#: between the age word and an adult's years: "elle a bientôt 80 ans", "j'ai presque 60 ans", "il n'a que 45 ans"
AGE_NEARLY = ("presque", "bientot", "deja", "quasi", "quasiment", "pratiquement", "environ", "juste", "que")

#: the words for it/that ("y": "il y a 3 ans", "y a 2 ans", "il n'y a que 2 ans")
IT_WORDS = (
    "ca", "cela", "ce", "y", "n'y",
)

#: before a number: a frequency ("3 fois par semaine", "chaque 2 semaines"), or the future ("dans 2 semaines":
#: in two weeks' time)
FREQUENCY_BEFORE = (
    "fois", "par", "chaque", "tous", "toutes", "dans",
)

#: after a number, the number counts these, not time
COUNT_NOUNS = (
    "comprimes", "cachets", "pilules", "antidouleurs", "dafalgan", "fois", "km", "kilometres",
    "etages", "marches", "seances",
)

#: before a number: "depuis", "ça fait" (fewer than 24 hours count only after one of these, as in every
#: pack: a bare "8h" is a clock time, "depuis 8h" today; "48h" is 2 days with or without them)
SINCE_WORDS = (
    "depuis", "deja", "fait", "voila", "ya",
)

#: before a number: a negative number; none in French ("moins de 2 semaines" is less than two weeks)
NEGATIVE_BEFORE: tuple = ()

#: before a phrase: the future, not a duration ("lundi prochain" is said after: see WEEKDAY_FUTURE_FILL)
FUTURE_BEFORE = (
    "prochain", "prochaine", "demain", "jusqu'a", "jusqu'au", "jusque", "chaque", "tous", "toutes",
)

#: words written as they are said, an apostrophe for the dropped letter (ch'ti, Picard, Wallon, Québec, spoken
#: French): read as the word they stand for ("ch'est d'puis sam'di", "eune s'maine", "un p'tit mois")
SPOKEN_FORMS = {
    "d'puis": "depuis", "d'pis": "depuis",
    "lund'": "lundi", "mard'": "mardi", "merc'di": "mercredi", "mercr'di": "mercredi", "mer'di": "mercredi",
    "jeud'": "jeudi", "vendr'di": "vendredi", "vend'di": "vendredi", "vendr'": "vendredi", "sam'di": "samedi",
    "sam'": "samedi", "d'manche": "dimanche", "dimanch'": "dimanche", "dim'": "dimanche",
    "s'maine": "semaine", "s'maines": "semaines", "s'main'": "semaine",
    "p'tit": "petit", "p'tite": "petite", "p'tits": "petits", "p'tites": "petites",
    "ch'est": "c'est", "ch'etait": "c'etait", "ch'a": "ca", "d'main": "demain", "qu'ques": "quelques",
    "d'rnier": "dernier", "d'rniere": "derniere",
}  # fmt: skip

#: formes dialectales et parlées sans apostrophe: lues comme le mot qu'elles remplacent ("une semaine ou deusse",
#: "un mois ou quate", "d'pis samdi")
DIALECT_FORMS = {
    "deusse": "deux", "deuss": "deux", "quate": "quatre", "quat": "quatre", "troas": "trois", "trouas": "trois",
    "samdi": "samedi", "mercrdi": "mercredi", "vendrdi": "vendredi", "dimanch": "dimanche",
    "smaine": "semaine", "smaines": "semaines",
    # hier et depuis tapes court (session 29O): "dpuis ier", "depui avanthier"
    "ier": "hier", "avanthier": "avant-hier", "dpuis": "depuis", "dpui": "depuis", "depui": "depuis",
}  # fmt: skip

#: a singular unit on its own is one of it ("quinzaine"), only among BARE_COMPANIONS
BARE_UNITS = (
    "semaine", "mois", "annee", "quinzaine", "decennie",
)

#: the only words that may stand around a bare unit
BARE_COMPANIONS = (
    "depuis", "deja", "environ", "presque", "ca", "fait", "cela", "il", "y", "ya", "une", "un", "maintenant",
    "bientot", "voila", "juste", "quasi", "genre", "facile", "bien", "plus", "ou", "moins", "que", "au",
)  # fmt: skip

#: negation words
NEGATIONS = (
    "pas", "jamais", "non", "aucun", "aucune",
)

#: unit words read through one typo ("3 semainnes", "5 jous"); not "mois" ("fois", "mais", "moist" are
#: one edit from it) nor "jour" ("tour", "pour", "your"), nor the hours (like every pack)
TYPO_UNITS = (
    "jours", "journee", "journees", "semaine", "semaines", "annee", "annees", "quinzaine", "decennie",
    "decennies", "trimestre",
)

#: real words one edit from a unit word ("tours", "cours"; and French words one edit from another pack's
#: unit: "décédé" from "decade", "dague" from "dagje"): a unit only right after a number, at the end of the phrase
REAL_NEAR_MISSES = frozenset("""
    ainee ainees ajournee ajournees ajours anne annele anneles annex annexe annexes annie ansee
    ansees bours cannee cannees cours decencies decennien fournee fournees fours gours heres
    hetres heuren heurs heurtes heurts hures innee innees jouas joues jougs jouis journey
    journeys lours meures pours sours tannee tannees tournee tournees tours trimester vannee
    vannees yours
    dague dagues decadi decadis decadre decadres decale decales decape decapes decave decaves
    decede decedes derade derades monta montas montes
""".split())

#: other words read through one typo ("depuis lundu", "depuit mardi")
TYPO_WORDS = (
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier", "fevrier",
    "avril", "juillet", "septembre", "octobre", "novembre", "decembre", "aujourdhui", "depuis",
    "environ", "presque", "toussaint", "paques", "pentecote",
)

#: real words and names one edit from a TYPO_WORDS word (and French words one edit from another pack's:
#: "pince" from "since", "jaune" from "june"): never read as a typo
NEAR_WORDS = frozenset("""
    afril april aprils avail avrils caques decembres decombre decuis deduis demanche demembre
    depris dimanches environs fevriers fresque fundi hardi janviers jaques jeudis juillets laques
    levrier lundis mahdi maques mardis mari marri mercredis novembres octobres opaques paquet
    paquets parques parues piques plaques raques samedis saques septembres taques toussaient
    toussait toussant vaques vendredis
    abouti abouts absout ajout atout aune baster beguin carnavals hune jaune jauni joli jube
    juge jupe muni pince pister puni rince
""".split())
#: articles before "une dizaine", "une quinzaine" (TAL_SUFFIX)
COUNT_ARTICLES = ("une", "un", "eune")
#: "une dizaine de jours", "une vingtaine de jours": the number before "-aine"; "une quinzaine"
#: is two weeks and "une huitaine" one, as "quinze jours" and "huit jours" are
TAL_NUMBERS = {
    "diz": 10, "douz": 12, "quinz": 14, "huit": 7, "vingt": 20, "trent": 30, "quarant": 40,
    "cinquant": 50, "soixant": 60, "cent": 100,
}
#: after a holiday word, a thing named by it: none in French (the thing comes before)
HOLIDAY_THINGS_AFTER: tuple = ()
#: before a holiday word, a thing named by it: "le sapin de Noel", "les oeufs de Paques" is no date
HOLIDAY_THINGS_BEFORE = (
    "sapin de", "sapins de", "arbre de", "decorations de", "deco de", "guirlandes de", "guirlande de",
    "boules de", "lumieres de", "illuminations de", "cadeaux de", "cadeau de", "creche de",
    "couronne de", "colis de", "pull de", "cartes de", "carton de", "cartons de", "boite de",
    "oeufs de", "oeuf de", "lapin de", "cloches de", "dinde de",
)

#: between a first length and a second number: "6 semaines ou 7", "un an ou deux"
OR_WORDS = ("ou", "peut-etre", "peut etre", "ptet", "ptetre", "a", "jusqu'a")
#: of those, the words of a real range (the midpoint): "3 jours a 2 semaines"
RANGE_WORDS = ("a", "jusqu'a")
#: a hedge before the second number: "un mois, plutot 5 semaines"
HEDGES = (
    "meme", "plutot", "presque", "environ", "genre", "peut-etre", "peut etre", "je pense", "je crois",
    "disons", "facile",
)  # fmt: skip
#: words between a rough length and the number that settles it: "quelques semaines, 3 je pense"
SETTLE_FILLERS = ("deja", "et des poussieres", "ou quoi", "je pense", "je crois", "maintenant", "environ")
#: "dernier week-end", "dernier lundi" (regex alternatives; "la semaine passée" is in RELATIVE)
LAST = ("dernier", "derniere")
#: after a length: it is in the past; French says "il y a" before it
AGO = ("passes", "passees", "derniers", "dernieres")
#: after a length: up to now ("3 semaines maintenant")
NOW = ("maintenant",)
#: after a number: an age ("3 ans et demi d'age")
OLD = (
    "d'age",
    # a bare "NN ans" (16 or more) as a sentence of its own inside a longer message is an age, the way a
    # French story ends ("rien dans les jambes. 29 ans. mon kiné est en vacances", "58 ans. mal au dos depuis
    # hier"): zero-width, after the "ans"; not after "depuis"/"longtemps"/"déjà"/"années" ("mal depuis
    # longtemps. 20 ans."), and not the whole message ("29 ans" answering "depuis quand ?" stays 29 years, as
    # "29 years" and "29 jaar" do); bot/lang/fr/answers.py STREET_PHRASES reads the same shape as "j'ai NN ans"
    r"(?<=[.!?]\s(?:1[6-9]|[2-9]\d)\sans)"
    + "".join(rf"(?<!{word}[.!?]\s\d\d\sans)(?<!{word}\s[.!?]\s\d\d\sans)"
              for word in ("depuis", "longtemps", "deja", "annees", "ans", "temps", "combien"))
    + r"(?=\s{0,3}(?:[.!?]|$))",
    r"(?<=^(?:1[6-9]|[2-9]\d)\sans)(?=\s{0,3}[.!?]+\s{0,3}\w)",
)

# ---------------------------------------------------------------- phrase words
# The engine's patterns (bot/reading/duration.py) are skeletons whose {NAME} slots are
# these tables, every pack's merged in pack order; an entry is a regex fragment
# whose plain space stands for one to three spaces. A table may be empty.

#: after a number and a unit, the phrase ends: "3 semainnes deja"
PHRASE_END = ("deja", "maintenant", "passes", "passees")
#: "3 et demi semaines": the half after a number (regex, from the space before it)
AND_A_HALF = (r"[\s-]{1,3}(?:et|pis|&)[\s-]{1,3}(?:demie?|d'mie?)",)  # "pis": Québec "and"
#: "3 semaines et demie": the "et", the article and the half word, in any language's mix
AND = ("et", "pis", "&")  # "pis": Québec "and"
HALF_ARTICLES: tuple = ()
HALF = ("demi", "demie", "demis", "demies", "d'mi", "d'mie")  # "d'mi": the spoken elision (Liège, ch'ti, Québec)
#: a half after the unit said otherwise: "deux ans-et-demi", "un an et 1/2" (regex, from the space before it)
HALF_AFTER_UNIT = (r"[\s-]{1,3}(?:et|pis|&)[\s-]{1,3}(?:demie?s?|d'mie?|1/2)", r"\s{1,3}1/2")
#: "1 an et 3 mois": the glue between two lengths
CHAIN_AND = ("et", "plus", "pis")
#: "een stuk of 5" (about so many, after COUNT_ARTICLES); none in French
ABOUT_COUNT: tuple = ()
#: the suffix of "une dizaine de", "une quinzaine de" (after TAL_NUMBERS)
TAL_SUFFIX = ("aine de", "aine d'", "aines de")
#: fractions read as a number in a range ("un et demi à 2 ans"); none in French
RANGE_FRACTIONS: tuple = ()
#: after digits: "3aine de jours"; none in French
ABOUT_SUFFIXES: tuple = ()
#: "un semestre": half a year as one word, and the articles before it
HALF_YEAR = ("semestre",)
HALF_YEAR_ARTICLES = ("un",)
#: what may follow a second number without a unit ("6 semaines peut-être 7 ..."): not "3 semaines ou 4 fois"
TAIL_END_WORDS = (
    "mdr", "deja", "maintenant", "et", "mais", "je", "j'ai", "jai", "ca", "ou", "donc", "pense", "crois",
    "peut-etre", "max", "maximum", "douleur", "avec", "depuis", "que", "qu'", "c'est", "est", "etait", "aujourd'hui",
    # "une semaine ou trois, quatre comme ca" (session 18f)
    "comme", "environ", "genre", "a peu pres",
    # "une semaine ou 3, 4 a me faire mal", "un mois ou deux, trois qu'elle me lance" (session 21d, jumeau de "een week of 3, 4
    # aan het zeuren")
    "a", "qu", "qui", "sur",
)  # fmt: skip
#: the endings of a plural noun (regex): after "a month or two, three" a word ending so counts something else
#: ("trois enfants", "trois journaux"), no range; any other word leaves the range ("un mois ou deux, trois facile")
PLURAL_ENDINGS = ("s", "x")
#: après une deuxième durée, une marge sur la première (regex): "un mois, une semaine de plus ou de moins",
#: "à un jour près", "plus ou moins"; la première durée reste
TOLERANCE_AFTER = (
    r"(?:ou (?:\w+) )?(?:de plus ou de moins|de plus ou moins|en plus ou en moins|en plus ou moins|de moins ou de plus)",
    "plus ou moins", "pres", "a peu pres", "dans un sens ou dans l'autre",
)  # fmt: skip
#: a hedge after the second number: "quelques semaines, 3 je pense"
HEDGES_AFTER = ("je pense", "je crois", "peut-etre", "max", "environ", "je dirais")
#: the second number of a tail ("wat": a few, in Dutch); none in French
SOME: dict = {}
#: an article as the second number of a tail or the first of "entre une semaine et 10 jours"
TAIL_ARTICLES = ("une", "un")
BETWEEN_ARTICLES = ("une", "un")
#: between two numbers of a second length: "6 semaines ou 7 a 8"
SECOND_SEPARATORS = ("a", "ou")
#: after a comma before a second number: "6 semaines, peut-etre 7"
COMMA_HEDGES = ("ou", "peut-etre", "peut etre", "plutot")
#: "ou", before the words of OR_WORDS; "un an ou deux" is about that many
OR = ("ou",)
#: between the two numbers of a range: "2-3 semaines", "2 a 3 semaines", "deux ou trois jours"
RANGE_SEPARATORS = ("a", "ou")
#: between the two numbers of a range told as a hedge, the second a guess upward: "deux, peut-etre trois mois"
RANGE_HEDGES = (
    "peut-etre", "peut etre", "ptet", "ptetre", "p-e", "voire", "voire meme", "ou peut-etre", "ou peut etre",
    "ou meme", "sinon", "si ce n est", "si ce nest",
)  # fmt: skip
#: "entre 2 et 3 semaines"
BETWEEN = ("entre",)
BETWEEN_AND = ("et", "a", "pis")  # "entre deux pis quatre semaines": Québec "pis" (and)
#: the article of "entre les 2 et 3", "la toussaint"
THE_COMMON = ("le", "la", "les")
#: the articles before a season: "le printemps"
THE = ("le", "la", "les")
#: "cet été", "ce printemps", "ce mardi"
THIS = ("cet", "ce", "cette")
THIS_WEEKDAY = ("ce",)
#: other forms of LAST; none in French
LAST_FORMS: tuple = ()
#: weekdays hold one of these, the text must too before weekdays are looked for
WEEKDAY_CLUES = ("di", "merc", "vendr")  # in "lundi" ... "dimanche" and the short forms
#: "mardi prochain": a word between FUTURE_BEFORE and a weekday; French puts the word after
WEEKDAY_FUTURE_FILL = ("le", "ce")
#: the word week in "la semaine passée, mardi"
WEEK = ("semaine",)
#: "le 3 novembre"
ON = ("le",)
#: "fin de mars", "debut de la semaine"
OF = ("de",)
#: "3 de novembre"; none in French
DATE_OF: tuple = ()
#: "le week-end", "ce week-end": the most recent one (not the one before)
WEEKEND_THIS = ("le", "ce")
#: the weekend's words
WEEKEND = ("week-end", "week end", "weekend", "wk-end")
#: "depuis mars", "à partir de 2019": the start of a date
SINCE_CONTEXT = ("depuis", "a partir de", "a partir du")
#: "en mars", "au mois de mai", "pendant l'été"
DURING = ("en", "au", "pendant", "durant", "vers")
#: "commencé le 3/11": other words before a numeric date
STARTED = ("commence", "commencee", "debute")
#: the position in a month or year: "début mars", "mi-2024", "fin juin"
POSITION_START = ("debut", "debut de", "au debut de", "en debut de", "debut du")
POSITION_MIDDLE = (r"mi(?=-)", "milieu", "milieu de", r"a la mi(?=-)")  # "mi-mars", not SMS English "mi may be"
POSITION_END = ("fin", "fin de", "en fin de", "a la fin de", "fin du")
#: after a day's number: "1er", "2e", "3eme"
ORDINAL_SUFFIXES = ("er", "ere", "e", "eme")
#: a day of the month in words: "le premier novembre", "depuis le vingt octobre"
DAY_WORDS = {
    # not "six": English ("since the six of us")
    "premier": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
    "dix-sept": 17, "dix sept": 17, "dix-huit": 18, "dix huit": 18, "dix-neuf": 19, "dix neuf": 19,
    "vingt": 20, "vingt et un": 21, "vingt-et-un": 21, "vingt-deux": 22, "vingt deux": 22, "vingt-trois": 23,
    "vingt trois": 23, "vingt-quatre": 24, "vingt quatre": 24, "vingt-cinq": 25, "vingt cinq": 25,
    "vingt-six": 26, "vingt six": 26, "vingt-sept": 27, "vingt sept": 27, "vingt-huit": 28, "vingt huit": 28,
    "vingt-neuf": 29, "vingt neuf": 29, "trente": 30, "trente et un": 31, "trente-et-un": 31,
}  # fmt: skip
#: before a day in words: "le premier", "le quinze"
DAY_ARTICLES = ("le",)
#: a day of a month named by when it was: "depuis le 14 du mois passé"
MONTH_RELATIVE = {"du mois passe": -1, "du mois dernier": -1, "de ce mois": 0, "de ce mois-ci": 0}
MONTH_RELATIVE_OF: tuple = ()
#: after "depuis le 3": words that make the number no day of the month ("depuis le 3e jour")
ORDINAL_NOT_A_DATE = ("jour", "jours", "semaine", "semaines", "mois", "fois", "seance", "etage", "essai", "tour")
#: a measure after a weekday and a number ("friday 20 kg"): the number is no day of the month
MEASURES_AFTER_DAY = ("kg", "kilo", "kilos", "kilogrammes", "livres", "km", "euros", "balles", "pourcent")
#: month names that are also words ("mars" is the planet and a chocolate bar): a date only after a context
MONTH_WORDS = ("mars",)
#: a season word that is also an event; none in French
SEASON_WORDS: tuple = ()
#: "demain ça fera 3 semaines"
TOMORROW = ("demain",)
TOMORROW_FILL = ("ca fera", "cela fera", "ca fait", "il y aura")
#: "aujourd'hui ça fait exactement une semaine"
TODAY = ("aujourd'hui", "aujourdhui")
ANCHOR_FILL = (
    "exactement", "pile", "juste", "deja", "ca fait", "cela fait", "ca fait exactement", "ca fait pile", "il y a",
)  # fmt: skip
EXACTLY = ("exactement", "pile", "juste", "deja")
#: a correction before a later phrase ("3 semaines, non 4 semaines", "lundi, je veux dire mardi"), and
#: what may follow it ("non, depuis mardi"); the last word of each is the correction's cue
CORRECTIONS = ("non", "enfin", "je veux dire", "pardon", "attends", "attendez", "plutot", "euh", "ou plutot")
CORRECTION_AFTER = ("depuis", "c'etait", "ca fait")
#: after a length: the future ("dans 2 semaines" is said before: FUTURE_BEFORE has no "dans", a place word too)
FROM_NOW = ("a partir de maintenant", "a partir d'aujourd'hui", "plus tard")
#: after "un jour": a story ("un jour, en soulevant ...")
STORY_AFTER = ("j'ai", "jai", "je", "mon", "quand", "alors", "en soulevant", "en portant", "en me")
#: before a unit after a length: a frequency ("4 jours par semaine", "2 jours sur 7")
FREQUENCY_AFTER = ("par", "chaque", "sur")
#: after a length, before a number: a share of a whole, all the time ("24 heures sur 24", "7 jours sur 7"; "24h/24" is the engine's)
RATIO_AFTER = ("sur",)
#: the other words a frequency counts in ("2 jours par week-end")
FREQUENCY_NOUNS = ("week-end",)
#: before a length: every so many ("tous les 2 jours")
EVERY_BEFORE = ("tous les", "toutes les")
#: before "un jour": a story ("un beau jour"), not a duration
ONE_DAY_BEFORE = ("beau",)
#: une tournure qui dit que la douleur n'est PAS nouvelle : son « hier » n'est pas une date
#: (« ça date pas d'hier, ça fait deux ans »)
#: « pas » devant de/d'/depuis et un moment récent, ou devant un début à ce moment : « c'est pas d'aujourd'hui »,
#: « ça date pas de la semaine dernière », « pas commencé cette semaine »
_RECENT = (r"(?:hier|avant-hier|avant hier|aujourd'hui|aujourdhui|aujourd hui|ce matin|cette nuit|cette semaine"
           r"|la semaine (?:derniere|passee))")
NOT_NEW = (r"(?:ne |n')?dat(?:e|ent|ait) (?:pas|plus) d'hier",
           r"(?:n'est|c'est|est|ce n'est) pas d'hier",
           r"pas (?:(?:seulement|juste|que|simplement) )?(?:(?:un truc|une histoire|un probleme|une affaire|"
           r"quelque chose) )?(?:d'|de |depuis )" + _RECENT,
           r"pas (?:commence|apparu|arrive|venu)e? (?:seulement |juste )?" + _RECENT,
           # « pas hier, il y a trois mois » : un moment recent nie, la duree dite apres compte (session 40I)
           r"(?<!\w)pas (?:seulement |juste )?" + _RECENT + r"(?=\s*(?:,|;|$|mais\b|plutot\b))")
#: « jour 30 que j'ai mal », « aujourd'hui c'est le jour 12 », « le 30e jour »
DAY_COUNT = ("jour",)
DAY_ORDINAL = ("e", "eme", "ieme", "em")
DAY_COUNT_NOT_BEFORE = ("depuis", "des", "jusqu'au", "apres", "avant", "du", "chaque", "par", "tous")
#: un accouchement avant l'âge d'un bébé (« depuis l'accouchement, il a 2 mois »)
BIRTH = (r"accouchement", r"accouche(?:e|r)?", r"naissance", r"peridurale", r"cesarienne", r"post-?partum", r"post partum")
