"""Dutch and Flemish words and patterns for the answer reader (bot/answers.py):
lower case (the street words in any case), apostrophes gone where the reader
drops them.

Every pack provides the same names.  Regex entries are alternatives: the
reader joins every pack's alternatives into one pattern.  Most patterns of the
answers themselves (onset, leg pain, weakness, the stories, clarifications)
are still in bot/answers.py (see docs/architecture.md).
"""

#: the buttons of a yes/no question: (payload, value); "weet ik niet" counts as yes
YES_NO_BUTTONS = (("ja", True), ("nee", False), ("weet ik niet", True))
#: the buttons of the other questions (payload, value); both_legs below
BUTTONS = {
    "onset": (("plots", "sudden_movement"), ("val of ongeval", "trauma"), ("geleidelijk", "gradual")),
    "leg_pain": (("geen beenpijn", "none"), ("boven de knie", "above_knee"), ("onder de knie", "below_knee")),
    "leg_weakness": (("geen zwakte", "none"), ("zwak, niet erger", "stable"), ("zwak, wordt erger", "worsening")),
    "age_band": (("jonger dan 20", "under_20"), ("20-44", "20_44"), ("45-69", "45_69"), ("70+", "70_plus")),
}  # fmt: skip
BOTH_LEGS_BUTTONS = (("beide benen", True), ("\u00e9\u00e9n been", False), ("weet ik niet", True))

#: "not sure" in words (regex alternatives, whole words)
UNSURE_PHRASES = (
    r"(?:ik )?denk (?:het|ik|van) niet", r"denk het niet", r"geloof (?:het|ik) niet", r"waarschijnlijk niet",
    r"eerder niet", r"moeilijk te zeggen", r"kan (?:ik )?niet zeggen", r"kan zijn", r"zou kunnen",
    r"niet dat ik weet", r"geen flauw", r"wie weet",
)  # fmt: skip
#: "no" in words
NO_PHRASES = (
    r"helemaal niet", r"zeker niet", r"absoluut niet", r"totaal niet", r"niet echt", r"natuurlijk niet",
    r"nee hoor", r"neen hoor", r"nooit", r"nee nee", r"niets van dat", r"niks van dat",
    r"geen van (?:beide|beiden|de twee|allebei|die)", r"allebei niet", r"beide niet", r"geen enkele",
    r"geen van de",
)  # fmt: skip
#: "yes" in words (also "een beetje", "soms": yes on the safe side)
YES_PHRASES = (
    r"ja hoor", r"ja zeker", r"ja wel", r"denk het wel", r"denk van wel", r"ik denk van wel", r"geloof het wel",
    r"een beetje", r"beetje", r"soms", r"af en toe", r"lichtjes", r"een klein beetje", r"dat klopt", r"klopt",
    r"inderdaad", r"jawel", r"jazeker", r"uiteraard", r"natuurlijk", r"tuurlijk", r"zeker wel",
)  # fmt: skip
#: one token that is a yes (regex alternatives, the whole token); Belgians also say "oui"
YES_TOKENS = (
    r"ja+", r"jaja", r"jah", r"jep", r"jup", r"j", r"jawel", r"jazeker", r"zeker", r"klopt", r"inderdaad",
    r"natuurlijk", r"tuurlijk", r"uiteraard", r"idd", r"wel", r"oui",
)  # fmt: skip
#: a whole answer that is a yes
YES_EXACT = frozenset(("ik wel", "dat wel", "heb ik", "ik heb dat", "ja ik wel"))
#: one token that is a clear no (also "nein", "non" as Belgians type them)
NO_TOKENS_STRONG = (r"nee+", r"neen", r"neej", r"nein", r"nooit", r"non")
#: one token that is a no in a short answer
NO_TOKENS_WEAK = (r"niet", r"niks", r"niets", r"geen")

#: Flemish and Dutch spoken forms -> standard words (whole words, any case; "" drops the word)
STREET_WORDS = {
    "gene": "geen", "genen": "geen", "gn": "geen", "mijne": "mijn", "mijnen": "mijn", "mijn'": "mijn",
    "da": "dat", "dad'": "dat", "wa": "wat", "nii": "niet", "nieje": "niet", "nieke": "niet", "niej": "niet",
    "neeje": "nee", "neeneeje": "nee", "nenee": "nee", "neenee": "nee", "nene": "nee", "neeë": "nee",
    "joa": "ja", "jaa": "ja", "jaat": "ja", "jaak": "ja", "jaaa": "ja", "jaja": "ja", "jawadde": "",
    "allez": "", "amai": "", "zenne": "", "zunne": "", "ewa": "", "awel": "", "bon": "", "pff": "",
    "pfff": "", "tja": "", "goe": "goed", "goed'": "goed", "nen": "een", "egt": "echt",
    "tog": "toch", "nix": "niks", "nx": "niks", "ff": "even", "efkes": "even", "ws": "waarschijnlijk",
    "wss": "waarschijnlijk", "kheb": "ik heb", "khad": "ik had", "kben": "ik ben", "kwas": "ik was",
    "kweet": "ik weet", "kvoel": "ik voel", "kdenk": "ik denk", "kzit": "ik zit", "kmoet": "ik moet",
    "kkan": "ik kan", "kga": "ik ga", "kzou": "ik zou", "kvind": "ik vind", "aant": "aan het",
    "opt": "op het", "int": "in het", "tis": "het is", "twas": "het was", "moeke": "moeder", "vake": "vader",
    "mene": "mijn", "zijt": "bent", "seffens": "meteen", "subiet": "meteen",
    "stillekesaan": "stilaan", "stillekensaan": "stilaan", "stilletjesaan": "stilaan",
    "stilletjes-aan": "stilaan", "langzaamaan": "langzaam aan", "kousen": "sokken",
    "kweetnie": "ik weet niet", "kweeni": "ik weet niet", "kweetni": "ik weet niet", "kweetniet": "ik weet niet",
    "weetnie": "weet niet", "weetni": "weet niet", "kwenie": "ik weet niet", "kweetet": "ik weet het",
}  # fmt: skip
#: phrases rewritten before the words: (regex, replacement), applied in order, any case
STREET_PHRASES = (
    (r"(?<!\w)['\u2019`]k(?!\w)", "ik"),
    (r"(?<!\w)['\u2019`]t(?!\w)", "het"),
    (r"(?<!\w)(aan|op|in)['\u2019`]t(?!\w)", r"\1 het"),
    (r"(?<![\w'])k(?= (?:heb|had|ben|was|weet|voel|denk|zit|kan|ga|moet|zou|vind|kreeg|sta|lig|loop)\b)", "ik"),
    (r"(?<!\w)stil+e?k(?:e|en)?s ?aan(?!\w)", "stilaan"),
    (r"(?<!\w)stilletjes aan(?!\w)", "stilaan"),
    (r"(?<!\w)in ene keer(?!\w)", "in een keer"),
    # Flemish "van in de zomer": since the summer
    (r"(?<!\w)van in (?=(?:de|het|den) )", "sinds "),
    (r"(?<!\w)zeker en vast(?!\w)", "zeker"),
    (r"(?<!\w)weet ik veel(?!\w)", "weet ik niet"),
    # Flemish/Dutch "me" before a body part is "mijn" ("me been", "me rug")
    (r"(?<!\w)me(?= (?:been|benen|rug|onderrug|voet|voeten|knie|knieen|kuit|kuiten|dij|dijen|tenen|teen"
     r"|hiel|heup|heupen|billen|bil|poep|kont|gat|blaas|plas|gewicht)\b)", "mijn"),
    # Flemish "ne": a bare "ne" is no, before a noun it is the article "een"
    (r"^\s*ne(?=\s*(?:$|[,.!]|niet\b|nie\b|da\b|dat\b|ik\b|k\b|hoor\b))", "nee"),
    (r"(?<!\w)ne(?= \w)", "een"),
)

#: possessives: "mijn vader had kanker" is not the patient's
POSSESSIVES = frozenset("mijn zijn haar onze hun je jouw me".split())
#: the left and the right side (regex alternatives, whole words)
LEFT = (r"links", r"linker\w*", r"linkse", r"linksen")
RIGHT = (r"rechts", r"rechter\w*", r"rechtse", r"rechtsen")
