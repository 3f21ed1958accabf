"""Dutch (and Flemish) words for the duration reader (bot/reading/duration.py): lower case, no accents.

Every pack provides the same names; a table may be empty.
"""

from fractions import Fraction

from bot.lang.nl.numbers import NUMBERS as _NUMBERS

#: unit words and their length in days, allowed after digits and after number words
UNIT_WORDS = {
    Fraction(1): (
        "dag", "dagen", "dage", "dgn", "dagje", "dagjes", "daagje", "daagjes", "dagske",
        "dagskes", "daagske", "daagskes",
    ),
    Fraction(7): (
        "week", "weken", "weekn", "wekn", "weke", "wkn", "weekje", "weekjes", "weekske",
        "weekskes",
    ),
    Fraction(30): (
        "maand", "maanden", "maande", "mnd", "mnden", "mndn", "maandje", "maandjes",
        "maandske", "maandskes",
    ),
    Fraction(365): (
        "jaar", "jaren", "jr", "jaartje", "jaartjes", "jaarke", "jaarkes",
    ),
    Fraction(3650): (
        "decennium", "decennia",
    ),
    Fraction(1, 24): (
        "uur", "uren", "uurtje", "uurtjes",
    ),
    Fraction(1, 1440): (
        "minuut", "minuten",
    ),
}

#: short abbreviations, only right after digits ("2d", "3 w", "4 mo")
DIGIT_ONLY_UNITS = {
    Fraction(1): (
        "d", "dg",
    ),
    Fraction(7): (
        "w",
    ),
    Fraction(30): (
        "mo", "mos",
    ),
    Fraction(365): (
        "y",
    ),
    Fraction(1, 24): (
        "h", "u",
    ),
    Fraction(1, 1440): (
        "min",
    ),
}

#: an article before a unit is one of it: "a week", "een week", Flemish "ne week", "e jaar"
ARTICLES = {
    "een": 1, "e": 1, "ne": 1, "nen": 1, "'n": 1, "zo'n": 1,
    # Brabantse en Limburgse vormen: "unne week of drie", "enen dag of tien"
    "unne": 1, "enen": 1, "'ne": 1,
    # Gronings, Drents, Twents: "n joar of twee", "un moand of drie" (een zonder apostrof)
    "n": 1, "un": 1, "'un": 1,
}

#: vague counts and the number they stand for ("a couple of", "een paar")
VAGUE = {
    "een koppel": 2, "e koppel": 2, "koppel": 2, "een paar": 3, "e paar": 3, "paar": 3,
    "enkele": 3, "een aantal": 3, "e aantal": 3, "meerdere": 3,
}

#: "half a year", "anderhalf jaar"
FRACTIONS = {
    "anderhalf": Fraction(3, 2), "anderhalve": Fraction(3, 2), "een half": Fraction(1, 2),
    "een halve": Fraction(1, 2), "e half": Fraction(1, 2), "e halve": Fraction(1, 2),
    "'n half": Fraction(1, 2), "'n halve": Fraction(1, 2), "half": Fraction(1, 2),
    "halve": Fraction(1, 2),
}

#: between a number and its unit: "a good week", "een dikke maand"
ADJECTIVES = (
    "goed", "goede", "goeie", "goei", "dikke", "kleine", "hele", "volle", "ruime", "krappe",
    "lange",
)

#: skipped when looking at the words before a number
APPROXIMATE = (
    "ongeveer", "bijna", "ruim", "circa", "ca", "zowat", "pakweg", "plusminus", "misschien",
)

#: fixed phrases -> days ago; a name ("since_monday", "since_first_of_month", "since_new_year") counts from today
RELATIVE = {
    "vandaag": 0, "vanmorgen": 0, "vanochtend": 0, "vanmiddag": 0, "vannamiddag": 0,
    "vanvoormiddag": 0, "vanavond": 0, "vannacht": 0, "deze morgen": 0, "deze ochtend": 0,
    "deze voormiddag": 0, "deze middag": 0, "deze namiddag": 0, "gisteren": 1, "gister": 1,
    "gisteravond": 1, "gisterenavond": 1, "gisterochtend": 1, "gisterenochtend": 1,
    "gistermorgen": 1, "gisterenmorgen": 1, "gistermiddag": 1, "gisterenmiddag": 1,
    "gisternamiddag": 1, "gisterennamiddag": 1, "gistervoormiddag": 1, "gisternacht": 1,
    "gisterennacht": 1, "eergisteren": 2, "eergister": 2, "vorige week": 7, "vorige month": 30,
    "vorige year": 365, "verleden week": 7, "verleden month": 30, "verleden year": 365,
    "afgelopen week": 7, "afgelopen month": 30, "afgelopen year": 365, "voorbije week": 7,
    "voorbije month": 30, "voorbije year": 365, "vorige maand": 30, "verleden maand": 30,
    "afgelopen maand": 30, "voorbije maand": 30, "vorig jaar": 365, "vorige jaar": 365,
    "verleden jaar": 365, "afgelopen jaar": 365, "voorbije jaar": 365,
    "deze week": "since_monday", "begin deze week": "since_monday",
    "begin van de week": "since_monday", "begin van deze week": "since_monday",
    "deze maand": "since_first_of_month", "begin deze maand": "since_first_of_month",
    "begin van de maand": "since_first_of_month",
    "begin van deze maand": "since_first_of_month", "dit jaar": "since_new_year",
    "begin dit jaar": "since_new_year", "begin van het jaar": "since_new_year",
    "begin van dit jaar": "since_new_year",
}

#: weekday names -> Monday 0
WEEKDAYS = {
    "maandag": 0, "dinsdag": 1, "woensdag": 2, "donderdag": 3, "vrijdag": 4, "zaterdag": 5,
    "zondag": 6,
    # a short form that is no other word ("ma", "di", "wo", "do", "vr", "vrij", "za", "zat" are)
    "woe": 2,
}

#: after a weekday: "tuesday night", "dinsdagavond"
DAY_PARTS = (
    "avond", "ochtend", "morgen", "middag", "namiddag", "voormiddag", "nacht",
)

#: month names and abbreviations
MONTHS = {
    "jan": 1, "januari": 1, "feb": 2, "febr": 2, "februari": 2, "mar": 3, "maart": 3, "mrt": 3,
    "april": 4, "apr": 4, "may": 5, "mei": 5, "june": 6, "jun": 6, "juni": 6, "july": 7,
    "jul": 7, "juli": 7, "august": 8, "aug": 8, "augustus": 8, "september": 9, "sep": 9,
    "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

#: the middle of each season (month, day)
SEASONS = {
    "lente": (4, 15), "voorjaar": (4, 15), "zomer": (7, 15), "zomervakantie": (7, 15),
    "grote vakantie": (7, 15), "herfst": (10, 15), "najaar": (10, 15), "winter": (1, 15),
}

#: (month, day), or ("easter", days after Easter Sunday)
HOLIDAYS = {
    "kerstmis": (12, 25), "kerst": (12, 25), "kerstdag": (12, 25), "eerste kerstdag": (12, 25),
    "kerstfeest": (12, 25), "kerstavond": (12, 24), "tweede kerstdag": (12, 26),
    "nieuwjaar": (1, 1), "nieuwjaarsdag": (1, 1), "oud en nieuw": (1, 1), "oudjaar": (12, 31),
    "oudejaar": (12, 31), "oudejaarsavond": (12, 31), "silvester": (12, 31),
    "sylvester": (12, 31), "valentijn": (2, 14), "valentijnsdag": (2, 14),
    "koningsdag": (4, 27), "bevrijdingsdag": (5, 5), "nationale feestdag": (7, 21),
    "allerheiligen": (11, 1), "allerzielen": (11, 2), "wapenstilstand": (11, 11),
    "sinterklaas": (12, 6), "pasen": ("easter", 0), "paaszondag": ("easter", 0),
    "paasmaandag": ("easter", 1), "goede vrijdag": ("easter", -2), "carnaval": ("easter", -49),
    "hemelvaart": ("easter", 39), "hemelvaartsdag": ("easter", 39),
    "pinksteren": ("easter", 49), "pinkstermaandag": ("easter", 50),
    "sint-maarten": (11, 11), "sint maarten": (11, 11), "sintmaarten": (11, 11), "sinte-maarten": (11, 11),
    "sint-niklaas": (12, 6), "sinterklaasavond": (12, 5), "pakjesavond": (12, 5), "dag van de arbeid": (5, 1),
    "halloween": (10, 31), "driekoningen": (1, 6), "vlaamse feestdag": (7, 11),
    "sint-maartensdag": (11, 11), "sint maartensdag": (11, 11), "sint-martinus": (11, 11), "elfde november": (11, 11),
    "sint-nicolaas": (12, 6), "sint nicolaas": (12, 6), "sint niklaas": (12, 6), "sinterklaasdag": (12, 6),
    "sint-patrick": (3, 17), "sint-patricksdag": (3, 17), "sint-jan": (6, 24), "wapenstilstandsdag": (11, 11),
    "augustus bank holiday": (8, (0, -1)),
}
#: after a holiday word written apart, a thing named by it: "de kerst boom", "paas-eieren" is no date
HOLIDAY_THINGS_AFTER = (
    "boom", "bomen", "versiering", "versieringen", "lichtjes", "verlichting", "ballen", "pakket",
    "pakketten", "cadeaus", "cadeautjes", "trui", "kaarten", "kaartjes", "stal", "krans", "doos",
    "dozen", "eieren", "eitjes", "haas", "kalkoen",
)
#: before a holiday word, a thing named by it: none in Dutch (the thing comes after)
HOLIDAY_THINGS_BEFORE: tuple = ()

#: before a number, the number is an age ("I'm 3", "ik ben 40")
AGE_BEFORE = (
    "ben", "bent", "leeftijd", "word", "wordt", "werd",
)

#: "mijn zoon is 3 jaar" is an age, "it is 2 years" is not
AGE_BEFORE_UNLESS_IT: tuple = ()

#: before a number, an age only before one of these own year words (French "elle a 74 ans"); none here
AGE_HAS: dict = {}

#: een persoon en "van" voor de jaren: diens leeftijd ("mijn moeder van 74 jaar", "ons ma van 80"; niet "al van 20 jaar")
AGE_PERSON_OF = tuple(f"{person} van" for person in (
    "moeder", "mama", "moe", "ma", "vader", "papa", "pa", "man", "vrouw", "echtgenoot", "echtgenote", "partner",
    "zoon", "dochter", "oma", "opa", "grootmoeder", "grootvader", "bomma", "bompa", "schoonmoeder", "schoonvader",
    "tante", "nonkel", "oom", "zus", "zuster", "broer", "buurman", "buurvrouw", "meneer", "mevrouw", "patient",
    "patiente", "kind",
))

#: tussen het leeftijdswoord en de jaren van een volwassene: "ze is bijna 74 jaar", "ik ben net 70 jaar geworden"
AGE_NEARLY = ("bijna", "net", "pas", "ruim", "amper", "haast", "bijkans", "zowat", "ongeveer", "rond", "over")

#: the words for it/that
IT_WORDS = (
    "het", "dat", "dit", "'t",
)

#: before a number: a frequency ("twice a week", "3 keer per week")
FREQUENCY_BEFORE = (
    "x", "keer", "maal", "per", "elke", "iedere",
)

#: after a number, the number counts these, not time
COUNT_NOUNS = (
    "pillen", "tabletten", "pijnstillers", "km", "kilometer", "kilometers", "keer", "maal",
    "x",
)

#: before a number: "since", "al"
SINCE_WORDS = (
    "sinds", "sedert", "al", "afgelopen", "voorbije", "laatste", "nu",
)

#: before a number: a negative number
NEGATIVE_BEFORE = (
    "minus", "min",
)

#: before a phrase: the future, not a duration
FUTURE_BEFORE = (
    "volgende", "komende", "morgen", "tot", "tegen", "elke", "iedere",
)

#: woorden geschreven zoals ze gezegd worden, een apostrof voor de weggevallen letters: gelezen als het woord
#: ("sinds zat'dag", "sinds eerg'steren"; "twee maand'n" is read as it is)
SPOKEN_FORMS = {
    "zat'dag": "zaterdag", "zat'rdag": "zaterdag", "zoat'rdag": "zaterdag", "woe'sdag": "woensdag",
    "gist'ren": "gisteren", "gis'teren": "gisteren", "eerg'steren": "eergisteren",
}  # fmt: skip

#: dialectwoorden zonder apostrof (Gronings, Limburgs, West-Vlaams, Brabants): gelezen als het woord
#: ("sunt zotterdag", "e jaor of twie", "mè Sint-Moarten")
DIALECT_FORMS = {
    # sinds
    "sunt": "sinds", "zunt": "sinds", "zint": "sinds", "sins": "sinds", "sinsdien": "sindsdien",
    # weekdagen
    "moandag": "maandag", "maondag": "maandag", "maondaag": "maandag", "moandeg": "maandag", "maandeg": "maandag",
    "dinsdaag": "dinsdag", "dinsdeg": "dinsdag", "diensdag": "dinsdag", "dingsdag": "dinsdag",
    "woensdaag": "woensdag", "woensdeg": "woensdag", "goensdag": "woensdag", "goonsdaag": "woensdag",
    "woonsdaag": "woensdag", "woonsdag": "woensdag", "wonsdag": "woensdag", "gonsdag": "woensdag",
    "donderdaag": "donderdag", "donderdeg": "donderdag", "dunderdag": "donderdag", "dondersdag": "donderdag",
    "vriedaag": "vrijdag", "vriedag": "vrijdag", "vrijdaag": "vrijdag", "vrijdeg": "vrijdag", "vraidag": "vrijdag",
    "vrydag": "vrijdag",
    "zotterdag": "zaterdag", "zoaterdag": "zaterdag", "zoaterdoag": "zaterdag", "zaoterdag": "zaterdag",
    "zaoterdaag": "zaterdag", "zoaterdeg": "zaterdag", "zotterdeg": "zaterdag", "zaterdeg": "zaterdag",
    "zaterdaag": "zaterdag", "zodderdag": "zaterdag",
    "zundag": "zondag", "zondeg": "zondag", "zondaag": "zondag", "zunndag": "zondag", "zunnendag": "zondag",
    # eenheden
    "jaor": "jaar", "joar": "jaar", "jaore": "jaren", "jaoren": "jaren", "joaren": "jaren", "joare": "jaren",
    "moand": "maand", "moanden": "maanden", "moande": "maanden", "maond": "maand", "maonde": "maanden",
    "maonden": "maanden", "daag": "dag", "doag": "dag", "doagen": "dagen",
    "wekke": "weken", "waeke": "weken", "waek": "week", "waekske": "weekske", "waekskes": "weekskes",  # Gronings, Limburgs
    # getallen
    "twie": "twee", "twij": "twee", "dreij": "drie", "drei": "drie", "drij": "drie",
    "veer": "vier", "vaier": "vier", "vief": "vijf", "vuif": "vijf", "zeuven": "zeven", "zeve": "zeven",
    "nege": "negen",
    # ... met een sleep-e, Vlaams en Brabants (sessie 29O): "e dag of tiene", "al zesse weken", "elleve dagen"
    "viere": "vier", "vijve": "vijf", "vuve": "vijf", "zesse": "zes", "zevene": "zeven", "zevne": "zeven", "achte": "acht",
    "negene": "negen", "negne": "negen", "tiene": "tien", "elleve": "elf", "elve": "elf", "twaalleve": "twaalf",
    "twaalve": "twaalf", "twalef": "twaalf", "twaleve": "twaalf",
    # dagen (sessie 29O): "sinds gistere", "van eergistere"
    "gistere": "gisteren", "gistre": "gisteren", "gistern": "gisteren", "eergistere": "eergisteren", "eergistern": "eergisteren",
    # feestdagen
    "moarten": "maarten", "moartensdag": "maartensdag", "marten": "maarten", "martinus": "maarten", "sinterkloas": "sinterklaas",
    "kesmis": "kerstmis", "korsmis": "kerstmis", "kersmis": "kerstmis",
}  # fmt: skip

#: a singular unit on its own is one of it ("fortnight"), only among BARE_COMPANIONS
BARE_UNITS = (
    "week", "maand", "jaar", "decennium", "weekje", "maandje", "jaartje",
)

#: the only words that may stand around a bare unit
BARE_COMPANIONS = (
    "geleden", "nu", "voor", "al", "ruim", "bijna", "ongeveer", "sinds", "sedert", "misschien",
    "een", "ne", "e", "het", "'t", "al", "unne", "enen",
)

#: negation words
NEGATIONS = (
    "geen", "niet", "nooit", "nee", "neen",
)

#: unit words read through one typo ("3 weaks", "5 dyas", "3 wekne")
TYPO_UNITS = (
    "dagen", "dagje", "dagjes", "daagje", "daagjes", "week", "weken", "weekje", "weekjes",
    "maand", "maanden", "maandje", "maandjes", "jaar", "jaren", "jaartje", "jaartjes",
    "decennium", "decennia", "dagske", "dagskes", "weekske", "weekskes", "maandske",
    "maandskes", "jaarke", "jaarkes",
)

#: real words one edit from a unit word ("weak", "maar"): a unit only right after a number, at the end of the phrase
REAL_NEAR_MISSES = frozenset("""
    baar baren bears beek beken daar daden daken dakje dakjes dalen dams dans daten
    datje dear degen deken dragen gaand garen gays geeks haar hagen haren jaag jays keek
    keken kweek kweken lagen laren leek leeks leken maagd maagden maan maant maantje
    maar magen mand manden mandje mandjes maren mays meek mont monte naar paren peek
    raar rays reek reeks reken teek teken vaar varen waar wagen waken waren weck weed
    weef weeg weegs weekt weekte weel ween weeps weer weers wees weet weetje weetjes
    wegen weker wekken wekten welk welken welks wenen wenk wenken weren werk werken
    werkje werkjes weten weven wezen wiek wieken wreek wreken zagen zeek
""".split())

#: other words read through one typo ("since thirsday", "sinds zlndag")
TYPO_WORDS = (
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "april",
    "june", "july", "august", "september", "november", "december", "januari", "februari",
    "maart", "juni", "juli", "augustus", "oktober", "vandaag", "vanmorgen", "vanochtend",
    "vanmiddag", "vannamiddag", "vanvoormiddag", "vanavond", "vannacht", "gisteren", "gister",
    "gisteravond", "gisterenavond", "gistermiddag", "gisternamiddag", "gistermorgen",
    "gisterochtend", "gisternacht", "eergisteren", "kerstmis", "kerstdag", "pasen",
    "pinksteren", "nieuwjaar", "allerheiligen", "sinds", "sedert", "geleden", "ongeveer",
    "bijna", "weekend", "begin", "tussen", "oudejaarsavond", "oudejaar", "nieuwjaarsdag", "kerstavond", "carnaval",
    "hemelvaart", "valentijn", "sinterklaas", "wapenstilstand", "allerzielen", "koningsdag",
)

#: real words and names one edit from a TYPO_WORDS word: never read as a typo
NEAR_WORDS = frozenset("""
    aart abou abous aprils asen aster augusta auguste augustes augusts baart basen
    begijn beging begint begon beleden bemin benin berin bezin bijma bijnam bister bout
    bune culi dinsdags donderdags ekster elster ester fasen frida gaart gasteren gebeden
    geelden gegleden gekleden geladen gelden geleen gelegden gelegen geleiden geleien
    geleken gelelden gelezen gemeden gereden gieter gieteren ginds ginter giste gistel
    gisten gleden haart haster hinds ince jaakke jane jani jeune joni judy jula julia
    julie julio juls juna junes jung junge junk junne juno juns junte jure juri jury
    jute kaart kaster kerstdis kinds laster lister lune maait maakt maalt maandags maant
    maar maarit maarn maarte maarts maast maat mach marc marcha marche marck marco marcs
    marsh mart master match oasen opril paart pacen paden palen panen papen paren parsen
    paspen passen pasten patsen pausen pinkstieren posen pril raster redert rijdag
    rister rune seder seders sids sinas sine sinke sins sinus sister taart taster toddy
    tune vaart valavond vandaal vandaan vandaar vasen vaster vince vrijdags waart
    waterdag weekeind weekends weekendt wekkend wenkend werkend wiekend woensdags
    wrekend zaterdags zondags zondig
""".split())
#: articles before "paar", "stuk of", "drietal": "een", Flemish "e", "ne", "nen"
COUNT_ARTICLES = ("een", "e", "'n", "ne", "nen", "unne", "enen", "'ne", "n", "un", "'un")
#: number words that take "-tal": "een drietal", "een tiental" (from two up)
TAL_NUMBERS = {word: value for word, value in _NUMBERS.items() if value >= 2}

#: between a first length and a second number: "6 weken of 7", "een week of drie"
OR_WORDS = ("of", "misschien", "mss", "wellicht", "allicht", "eventueel", "tot")
#: of those, the words of a real range (the midpoint): "3 dagen tot 2 weken"
RANGE_WORDS = ("tot",)
#: a hedge before the second number: "een maand, eerder 5 weken"
HEDGES = (
    "zelfs", "eerder", "bijna", "ongeveer", "zo'n", "zowat", "pakweg", "rond de", "misschien", "denk ik",
    "ik denk", "zeg maar",
)  # fmt: skip
#: words between a rough length and the number that settles it: "een paar weekjes, 2 denk ik"
SETTLE_FILLERS = ("geleden", "terug", "en wat", "en een beetje", "of zo", "ofzo", "denk ik", "geloof ik", "nu", "al")
#: "vorige week", "afgelopen maand" (regex alternatives)
LAST = ("vorige", "verleden", "afgelopen", "voorbije")
#: after a length: it is in the past ("3 weken geleden")
AGO = ("geleden",)
#: after a length: up to now ("3 weken nu")
NOW = ("nu",)
#: after a number: an age ("3 jaar oud", "40 jaar jarig")
OLD = ("oud", "jarig")

# ---------------------------------------------------------------- phrase words
# The engine's patterns (bot/reading/duration.py) are skeletons whose {NAME} slots are
# these tables, every pack's merged in pack order; an entry is a regex fragment
# whose plain space stands for one to three spaces. A table may be empty.

#: after a number and a unit, the phrase ends: "3 weak ago" is "3 weeks ago"
PHRASE_END = ("geleden", "terug", "nu", "al")
#: "3 en een halve week", "3-en-half": the half after a number (regex, from the space before it)
AND_A_HALF = (r"[\s-]{0,3}(?:en|in|&)[\s-]{0,3}(?:(?:een|'n|e|ne)[\s-]{1,3})?hal(?:f|ve)",)  # "in": Limburgs, Brabants
#: "3 weken en een half": the "en", the article and the half word, in any language's mix
AND = ("en", "in", "&")  # "in": dialect "and" (Limburgs, Brabants)
HALF_ARTICLES = ("een", "'n", "e", "ne")
HALF = ("half", "halve")
#: a half after the unit said otherwise (French "deux ans et demi"; regex, from the space before it); none in Dutch
HALF_AFTER_UNIT: tuple = ()
#: "1 jaar en 3 maanden": the glue between two lengths
CHAIN_AND = ("en", "plus")
#: "een stuk of 5" (about so many, after COUNT_ARTICLES)
ABOUT_COUNT = ("stuk of",)
#: the suffix of "een drietal", "e 10-tal" (after TAL_NUMBERS or digits)
TAL_SUFFIX = ("tal",)
#: fractions read as a number in a range ("anderhalf tot 2 jaar")
RANGE_FRACTIONS = ("anderhalf", "anderhalve")
#: after digits: "3ish weeks"; none in Dutch
ABOUT_SUFFIXES: tuple = ()
#: "een halfjaar": half a year as one word, and the articles before it
HALF_YEAR = ("halfjaar", "halfjaartje")
HALF_YEAR_ARTICLES = ("een", "e", "'n", "ne", "nen", "unne", "enen", "'ne", "n", "un", "'un")
#: what may follow a second number without a unit ("6 weken misschien 7 ..."): not "3 weken of 4 keer"
TAIL_END_WORDS = (
    "geleden", "terug", "nu", "al", "en", "maar", "ik", "'k", "het", "'t", "of", "dus", "denk",
    "misschien", "pijn", "met", "sinds", "dat", "is", "was", "toen", "vandaag",
    # "een week of drie, vier zo vast onderin" (session 18f)
    "zo", "zowat", "ongeveer", "ofzo", "vast", "zit",
    # "een week of 3, 4 aan het zeuren", "2, 3 maand bezig" (session 21d, refresh 29)
    "aan", "bezig", "last", "heb", "had", "gaande",
)  # fmt: skip
#: the endings of a plural noun (regex): after "a month or two, three" a word ending so counts something else
#: ("drie kinderen", "drie operaties"), no range; any other word leaves the range ("een maand of twee, drie mee")
PLURAL_ENDINGS = ("en", "s")
#: na een tweede lengte, een marge op de eerste (regex): "een maand, een week meer of minder", "een dag
#: meer of minder", "plus of min", "erbij of eraf"; de eerste lengte blijft
TOLERANCE_AFTER = (
    r"(?:of (?:\w+|zo) )?(?:meer of minder|min of meer|minder of meer)", r"(?:of (?:\w+|zo) )?(?:erbij of eraf|ervoor of erna|eraf of erbij)",
    r"(?:of (?:\w+|zo) )?(?:langer of korter|korter of langer)", "plus of min", "plusminus", "op of af",
)  # fmt: skip
#: a hedge after the second number: "een paar weekjes, 2 denk ik"
HEDGES_AFTER = ("denk ik", "geloof ik", "schat ik", "misschien", "ofzo", "of zo")
#: the second number of a tail: "een week of wat" (a few) -> its count
SOME = {"wat": 3}
#: an article as the second number of a tail or the first of "between a week and 10 days"; COUNT_ARTICLES in Dutch
TAIL_ARTICLES: tuple = ()
BETWEEN_ARTICLES: tuple = ()
#: between two numbers of a second length: "6 weken of 7 a 8"
SECOND_SEPARATORS = ("a", "of", "tot")
#: after a comma before a second number: "6 weken, misschien 7"
COMMA_HEDGES = ("of", "misschien")
#: "of", before the words of OR_WORDS; "een jaar of twee" is about that many
OR = ("of",)
#: between the two numbers of a range: "2-3 weken", "2 a 3", "twee of drie dagen", "6 tot 8 weken"
RANGE_SEPARATORS = ("tot", "a", "of")
#: between the two numbers of a range told as a hedge, the second a guess upward: "twee, misschien drie weken"
RANGE_HEDGES = (
    "misschien", "mss", "wellicht", "allicht", "eventueel", "of misschien", "of mss", "misschien zelfs",
    "of zelfs", "zelfs", "zo niet",
)  # fmt: skip
#: "tussen (de) 2 en 3 weken"
BETWEEN = ("tussen",)
BETWEEN_AND = ("en", "tot", "a")
#: the article of "tussen de 2 en 3", "de kerst"
THE_COMMON = ("de",)
#: the articles before a season: "de zomer", "het voorjaar"
THE = ("de", "het")
#: "deze zomer", "dit voorjaar", "deze dinsdag"
THIS = ("deze", "dit")
THIS_WEEKDAY = ("deze", "den")
#: other forms of LAST: "vorig weekend", "vorig jaar"
LAST_FORMS = ("vorig",)
#: weekdays hold one of these, the text must too before weekdays are looked for
WEEKDAY_CLUES = ("dag", "woe")  # in "maandag" and the short form
#: "volgende week maandag": a word between FUTURE_BEFORE and a weekday
WEEKDAY_FUTURE_FILL = ("de", "den", "week")
#: the word week in "vorige week dinsdag"
WEEK = ("week",)
#: "vorige week op dinsdag", "op 3 november"
ON = ("op",)
#: "dinsdag van vorige week", "eind van maart"
OF = ("van",)
#: "3 van november"; none in Dutch
DATE_OF: tuple = ()
#: "het weekend", "dit weekend": the most recent one (not the one before)
WEEKEND_THIS = ("het", "dit")
#: the weekend's words
WEEKEND = ("weekend", "weekeinde")
#: "sinds maart", "vanaf 2019": the start of a date
SINCE_CONTEXT = ("sinds", "sedert", "vanaf", "van")
#: "in maart", "tijdens de zomer"
DURING = ("in", "tijdens", "rond")
#: "begonnen 3/11": other words before a numeric date
STARTED = ("begon", "begonnen")
#: the position in a month or year: "begin maart", "half 2024", "eind juni"
POSITION_START = ("begin",)
POSITION_MIDDLE = ("midden", "half")
POSITION_END = ("eind", "einde")
#: after a day's number: "3e", "3de", "1ste"
ORDINAL_SUFFIXES = ("e", "de", "ste")
#: a day of the month in words: "den elfde november", "sinds twintig oktober" (not "een": an article)
DAY_WORDS = {
    "eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "vijfde": 5, "zesde": 6, "zevende": 7, "achtste": 8,
    "negende": 9, "tiende": 10, "elfde": 11, "twaalfde": 12, "dertiende": 13, "veertiende": 14,
    "vijftiende": 15, "zestiende": 16, "zeventiende": 17, "achttiende": 18, "negentiende": 19,
    "twintigste": 20, "eenentwintigste": 21, "tweeentwintigste": 22, "drieentwintigste": 23,
    "vierentwintigste": 24, "vijfentwintigste": 25, "zesentwintigste": 26, "zevenentwintigste": 27,
    "achtentwintigste": 28, "negenentwintigste": 29, "dertigste": 30, "eenendertigste": 31,
    "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9, "tien": 10,
    "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15, "zestien": 16, "zeventien": 17,
    "achttien": 18, "negentien": 19, "twintig": 20, "eenentwintig": 21, "tweeentwintig": 22,
    "drieentwintig": 23, "vierentwintig": 24, "vijfentwintig": 25, "zesentwintig": 26, "zevenentwintig": 27,
    "achtentwintig": 28, "negenentwintig": 29, "dertig": 30, "eenendertig": 31,
}  # fmt: skip
#: before a day in words: "de elfde", Flemish "den elfde"
DAY_ARTICLES = ("de", "den")
#: a day of a month named by when it was: "sinds de 14e van vorige maand"
MONTH_RELATIVE = {"vorige maand": -1, "verleden maand": -1, "afgelopen maand": -1, "deze maand": 0}
MONTH_RELATIVE_OF = ("van",)
#: after "sinds de derde": words that make the ordinal no day of the month ("sinds de derde keer")
ORDINAL_NOT_A_DATE = ("van", "keer", "dag", "dagen", "week", "weken", "maand", "sessie", "poging", "verdieping", "trede",
                      "ronde")  # fmt: skip
#: a measure after a weekday and a number ("friday 20 kg"): the number is no day of the month
MEASURES_AFTER_DAY = ("kg", "kilo", "kilos", "kilogram", "pond", "km", "euro", "procent")
#: month names that are also words; none in Dutch
MONTH_WORDS: tuple = ()
#: a season word that is also an event; none in Dutch
SEASON_WORDS: tuple = ()
#: "morgen is het 3 weken"
TOMORROW = ("morgen",)
TOMORROW_FILL = ("is het", "is 't", "wordt het", "zijn het")
#: "vandaag precies een week", "vandaag is het 2 weken"
TODAY = ("vandaag",)
ANCHOR_FILL = (
    # Flemish "juist", "krek" and Dutch "net", "exact" = precies: "vandaag is 't juist ne week"
    "precies", "juist", "krek", "net", "exact", "al", "het is", "'t is", "is het", "is 't", "is", "het", "wordt het", "wordt", "zijn het",
)  # fmt: skip
EXACTLY = ("precies", "juist", "krek", "net", "exact", "al")
#: a correction before a later phrase ("3 weken, nee 4 weken", "maandag, ik bedoel dinsdag"), and
#: what may follow it ("nee, sinds dinsdag"); the last word of each is the correction's cue
CORRECTIONS = ("nee", "neen", "eigenlijk", "ik bedoel", "sorry", "wacht", "of eerder", "euh")
CORRECTION_AFTER = ("sinds", "sedert", "het was", "was", "eerder")
#: after a length: the future ("2 weken vanaf nu")
FROM_NOW = ("vanaf nu", "vanaf vandaag", "later")
#: after "een dag": a story ("op een dag tilde ik", "een dag, toen ik")
STORY_AFTER = ("toen", "terwijl", "ik", "mijn", "was")
#: before a unit after a length: a frequency ("4 dagen per week", "2 dagen in de week")
FREQUENCY_AFTER = ("per", "elke", "iedere", "in de", "in het")
#: after a length, before a number: a share of a whole, all the time ("24 uur op 24", "7 dagen op 7"; "24h/24" is the engine's)
RATIO_AFTER = ("op",)
#: the other words a frequency counts in ("2 dagen per weekend")
FREQUENCY_NOUNS = ("weekend",)
#: before a length: every so many ("om de 2 weken")
EVERY_BEFORE = ("om de",)
#: before "een dag": a story ("op een dag"), not a duration
ONE_DAY_BEFORE = ("op",)
#: a phrase that says the pain is NOT new: its "gisteren" is no date ("het is niet van gisteren, al 2 jaar")
#: een ontkenning ("niet", Vlaams "nie", "ni"; "geen kwestie van") voor van/sinds en een tijd van pas geleden, of voor
#: een begin op die tijd: "da's nie van gisteren", "'t is geen kwestie van vorige week", "niet vandaag begonnen"
_NOT = r"(?:niet|nie|ni)"
_RECENT = (r"(?:gisteren|gister|eergisteren|eergister|vandaag|vanmorgen|vanochtend|vannacht"
           r"|(?:deze|vorige|verleden|afgelopen) week)")
NOT_NEW = (_NOT + r" (?:(?:pas|zomaar|alleen|maar|iets|eentje) ){0,2}(?:van|vanaf) " + _RECENT
           + r"(?: of (?:gisteren|gister|vandaag|eergisteren))?",
           _NOT + r" (?:pas|alleen|maar) (?:sinds|sedert) " + _RECENT,
           # a bare "niet sinds gisteren" only at the start of a clause or after "is": "ik slaap niet sinds gisteren"
           # is the pain's own day
           r"(?:(?<![\w']\s)|(?<=is\s)|(?<=da's\s)|(?<=das\s)|(?<=dat\s))" + _NOT + r" (?:sinds|sedert) " + _RECENT,
           _NOT + r" (?:pas |zomaar )?" + _RECENT + r" (?:begonnen|gekomen|opgekomen|ontstaan)",
           r"geen (?:kwestie|zaak|ding|kwaal|probleem) (?:van|sinds) " + _RECENT,
           # "niet gisteren, drie maanden geleden": een recente tijd ontkend, de lengte erna telt (session 40I)
           r"(?<!\w)(?:niet|nie|ni) (?:pas |alleen )?" + _RECENT + r"(?=\s*(?:,|;|$|maar\b|eerder\b))")
#: "dag 40 dat ik pijn heb", "vandaag is het dag 12", "de 30ste dag"
DAY_COUNT = ("dag",)
DAY_ORDINAL = ("ste", "de", "e")
DAY_COUNT_NOT_BEFORE = ("op", "vanaf", "sinds", "tot", "na", "voor", "per", "elke", "iedere", "om")
#: een bevalling voor de leeftijd van een baby ("sinds de bevalling, ze is nu 6 weken oud")
BIRTH = (r"bevalling", r"bevallen", r"geboorte", r"geboren", r"ruggenprik", r"epidura(?:al|le)", r"keizersnede",
         r"kraambed", r"kraamtijd")
