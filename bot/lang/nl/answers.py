"""Dutch and Flemish words and patterns for the answer reader (bot/reading/answers.py):
lower case (the street words in any case), apostrophes gone where the reader
drops them.

Every pack provides the same names (an empty tuple where the language has
none).  Regex entries are alternatives: the reader joins every pack's
alternatives into one pattern.  A "{NAME}" slot in an entry is the merged
alternation of every pack's table NAME; the patterns shaped alike in both
languages are slot-only skeletons in bot/reading/answers.py, so a new language fills
the slots (and adds its own whole patterns) without touching the engine.
Tables named after one pattern's slots (DET, KNEE, LNS_*...) keep the exact
word sets the patterns had inline: a phrase that mixes the languages ("only
mijn rug") reads as before.
"""

import re

from bot.lang.nl.numbers import TENS as _TENS
from bot.lang.nl.numbers import UNITS as _UNITS

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
    # "weet niet" with words inside, or its Flemish "ni" (the normaliser reads "weet niet" before it makes "ni" a "niet")
    # (session 37U): "weet ik echt ni", "ik weet het eerlijk gezegd niet", "geen benul", "geen gedacht"
    r"weet (?:het |ik |t )?(?:(?:echt|eigenlijk|eerlijk gezegd|eerlijk|gewoon|precies|zo|ook|nu|dus|toch|werkelijk"
    r"|oprecht|totaal|helemaal|goed|heus|nog) ){0,3}(?:niet|nie|ni|nii)",
    r"(?:geen|gn) (?:flauw |enkel |het minste )?(?:benul|notie|gedacht)",
    # someone else's or everyone's not knowing (session 38U): "we weten het allebei niet", "hij weet het zelf ook niet",
    # "wete wij ook nie", "we weten het geen van beiden", "niemand weet het", "dat weet niemand"
    r"(?:weten|wete|weet) (?:(?:we|wij|ze|zij|hij|jij|het|t) ){0,2}(?:(?:echt|eigenlijk|eerlijk gezegd|ook|zelf|allebei"
    r"|alle ?twee|alle drie|gewoon|precies|helemaal|zo|nu|toch) ){0,3}(?:niet|nie|ni|nii)",
    r"(?:weten|wete|weet) (?:(?:we|wij|ze|zij|het|t) ){0,2}geen van (?:beiden|beide|allebei|allen|tweeen|de twee)",
    r"niemand (?:die )?(?:(?:het|t|dat) )?(?:(?:echt|eigenlijk|precies|zeker) )?(?:weet|kan (?:(?:het|t|dat) )?zeggen)",
    r"weet (?:(?:het|t|dat) )?niemand",
)  # fmt: skip
#: "no" in words
NO_PHRASES = (
    r"helemaal niet", r"zeker niet", r"absoluut niet", r"totaal niet", r"niet echt", r"natuurlijk niet",
    r"nee hoor", r"neen hoor", r"nooit", r"nee nee", r"niets van dat", r"niks van dat",
    r"geen van (?:beide|beiden|de twee|allebei|die)", r"allebei niet", r"beide niet", r"geen enkele",
    r"geen van de",
    # "van niet" made sure (session 38L): "ik weet zeker van niet", "ik ben zeker van niet", "echt van niet"
    r"(?:zeker|echt|helemaal|absoluut|zeer zeker|heel zeker) van niet",
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
#: a whole answer that is a yes (whole answers only: "mijn slaap is goed" is no yes)
YES_EXACT = frozenset((
    "ik wel", "dat wel", "heb ik", "ik heb dat", "ja ik wel", "ok dat is goed", "oke dat is goed", "dat is goed",
    "is goed", "ok is goed", "prima", "doe maar", "ok doe maar", "dat mag", "akkoord", "ok akkoord",
))
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
#: the spoken forms above that are also another language's words, by that language (session 47A10): not rewritten inside that
#: language's text (its pack's STREET_TEXT_CUES; bot/reading/answers.py _street): the French "bon" ("en bon état", "bon ben"),
#: "allez" ("vous allez"), "gene" (gêne typed bare: "ça me gene"), "mene" (mène); a phrase's third item says the same ("ne")
STREET_SHARED = {"fr": ("bon", "allez", "gene", "mene")}
#: phrases rewritten before the words: (regex, replacement), applied in order, any case
#: de naam van een maand of zijn korte vorm (een geboortejaar na zijn maand)
_MAAND = (r"(?:jan(?:uari)?|febr?(?:uari)?|maart|mrt|apr(?:il)?|mei|jun[i]?|jul[i]?|aug(?:ustus)?|sept?(?:ember)?"
          r"|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
STREET_PHRASES = (
    # how often, as one word ("nu en dan een scheut" is no moment, like the English "now and then")
    (r"(?<!\w)(?:zo )?(?:af en toe|nu en dan|van tijd tot tijd)(?!\w)", "soms"),
    # "het komt en gaat", "het is weg en terug" (aan het eind: niet "weg en terug gefietst"): soms, ja aan de veilige kant
    (r"(?<!\w)(?:het |t )?(?:komt en gaat|(?:is |gaat |was )?weg en (?:weer |dan )?terug(?=\s*(?:$|[,.!?;])))(?!\w)", "soms"),
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
    # een geboortejaar in twee cijfers: "geboren in 79", "ik ben van 79" -> "'79" (de leeftijdslezer leest een jaar)
    (r"(?<!\w)(geboren(?: in)?|geboortejaar:?|bouwjaar:?|ik ben van) +(\d{2})(?![\w'/\-]|\.\d)(?! *(?:jaar|jaren|j|jr)\b)", r"\1 '\2"),
    # een geboortejaar na zijn maand (en dag): "geboren in februari 54", "geboren op 3 februari 1954" -> "geboren '54",
    # "geboren 1954" (het jaar geeft de leeftijd; de dag alleen gelezen was een leeftijd van 3)
    (r"(?<!\w)(geboren)(?: in| op)? +(?:\d{1,2}(?:e|de|ste)? )?" + _MAAND +
     r" +'?(\d{2})(?![\w'/.\-])(?! *(?:jaar|jaren|j|jr)\b)", r"\1 '\2"),
    (r"(?<!\w)(geboren)(?: in| op)? +(?:\d{1,2}(?:e|de|ste)? )?" + _MAAND +
     r",? +((?:19|20)\d{2})(?![\w'/.\-])", r"\1 in \2"),
    (r"(?<!\w)weet ik veel(?!\w)", "weet ik niet"),
    # Flemish/Dutch "me" before a body part is "mijn" ("me been", "me rug")
    (r"(?<!\w)me(?= (?:been|benen|rug|onderrug|voet|voeten|knie|knieen|kuit|kuiten|dij|dijen|tenen|teen"
     r"|hiel|heup|heupen|billen|bil|poep|kont|gat|blaas|plas|gewicht)\b)", "mijn"),
    # Flemish "ne": a bare "ne" is no, before a noun it is the article "een"
    # (not inside French text, STREET_SHARED: "je ne sais pas", "ça ne descend pas")
    (r"^\s*ne(?=\s*(?:$|[,.!]|niet\b|nie\b|da\b|dat\b|ik\b|k\b|hoor\b))", "nee", "fr"),
    (r"(?<!\w)ne(?= \w)", "een", "fr"),
)


def _born_in_digits(m: "re.Match[str]") -> str:
    """A year of birth in words (session 18f): "'k zyn van negenenveertig" -> "ik zyn van '49" (the age reader reads
    "'49" as a year; the 'k is made "ik" by a rule before)."""
    year = _TENS[m.group("tens").lower()] + _UNITS.get((m.group("units") or "").lower(), 0)
    return f"{m.group('lead')} '{year:02d}"


_BORN_IN_WORDS = (
    r"(?<!\w)(?P<lead>(?:ik|k) (?:ben|zijn|zyn|zen) van|geboren in) +(?:(?P<units>" + "|".join(_UNITS) + r")[eë]?n)?"
    r"(?P<tens>" + "|".join(_TENS) + r")(?!\w)"
)
STREET_PHRASES += ((_BORN_IN_WORDS, _born_in_digits),)
#: what tells this language's text from another's, for the other packs' STREET_SHARED (none here)
STREET_TEXT_CUES: tuple = ()
STREET_TEXT_WORDS: frozenset = frozenset()

#: possessives: "mijn vader had kanker" is not the patient's
POSSESSIVES = frozenset("mijn zijn haar onze hun je jouw me".split())
#: the left and the right side (regex alternatives, whole words)
LEFT = (r"links", r"linker\w*", r"linkse", r"linksen")
RIGHT = (r"rechts", r"rechter\w*", r"rechtse", r"rechtsen")


# --------------------------------------------------------------------------
# The answer patterns (issue 12): regex alternatives per answer.  A "{NAME}"
# slot in a pattern is the merged alternation of every pack's table NAME
# (patterns shaped alike in both languages are skeletons in bot/reading/answers.py whose
# slots are these tables).
# --------------------------------------------------------------------------

#: "wel"/"zeker": a yes only first in the reply and not before their negation (token -> negation)
YES_TOKENS_WEAK = {"wel": "niet", "zeker": "niet"}
#: one-letter yes tokens ("j"): no yes after a no ("nee j" stays a no)
YES_LETTERS = ("j",)
#: yes tokens that are a yes only as the first word
YES_TOKENS_FIRST_ONLY: tuple = ()
#: "niet" as the word after a yes ("ja niet": unsure)
NOT_WORDS = ("niet",)
#: a short answer opening with these is a no ("niet echt", "geen")
NO_SHORT_FIRST = ("niet", "geen")
#: a one-letter no: not a clear no when it opens a longer message
NO_LETTERS: tuple = ()
#: "kan ik niet zeggen" on its own: (subject) kan (subject) (fillers) zeggen (tail)
CANT_SAY_SUBJECT = ("ik", "k")
CANT_SAY_CANT = ("kan", "kon")
CANT_SAY_SUBJECT_AFTER = ("ik",)
CANT_SAY_FILLER = ("echt", "niet", "nie", "het", "t")
CANT_SAY_SAY = ("zeggen", "goed zeggen", "zeggen eigenlijk")
CANT_SAY_TAIL = ("echt", "eigenlijk", "zo", "hoor", "sorry", "eerlijk gezegd", "zeker")
#: a "kan niet zeggen" closing its clause anywhere in the answer (session 38U, regex on the lightly folded text), words
#: inside it: "ik kan het je eigenlijk niet zeggen", "da kan 'k u nie zeggen" ("u" is "you" by then); not "ik kan niet
#: zeggen dat ik koorts heb" (the clause goes on)
CANT_SAY_CLAUSE = (
    r"(?:kan|kon|kunnen|konden) (?:(?:ik|k|we|wij|ze|zij|hij|het|t|dat|je|jou|u|you|echt|eigenlijk|eerlijk gezegd|eerlijk"
    r"|ook|zelf|zo) ){0,4}(?:niet|nie|ni|nii) (?:(?:goed|echt|precies|zo|met zekerheid) )?(?:zeggen|vertellen)",
)  # fmt: skip
#: what may follow such a "kan niet zeggen" (the clause closed): a comma or the end, the tail, or these
CANT_SAY_THEN = ("maar", "want", r"en (?:hij|zij|ze|mijn|mn|wij|we|ik|niemand)")
#: "een beetje zwakker": a hedge before a comparative of weak, which says weak, not worse
WEAKER_HEDGES = ("een beetje", "beetje", "iets", "wat", "lichtjes", "een klein beetje", "ietsje")
#: comparative of weak -> weak
WEAKER = {"zwakker": "zwak", "slapper": "zwak", "krachtelozer": "zwak"}
#: a word that denies an "ineens" a few words after it
SUDDEN_NEGATIONS = ("niet", "nooit", "geen")

# ---- the leg: where the pain goes, numbness, one or both legs ----------------
#: words of the leg (a level or numbness word counts in a message about the leg)
LEG_WORDS = (
    "been", "benen", "voet", "voeten", "teen", "tenen", "kuit", "kuiten", "dij", "dijen", "knie", "knieen",
    "scheen", "schenen", "enkel", "enkels", "hiel", "bovenbeen", "onderbeen", "bovenbenen", "onderbenen",
    "linkerbeen", "rechterbeen", "linkervoet", "rechtervoet",
)  # fmt: skip
#: numbness in a leg (one rule each; the red-flag numbness words are added by the engine)
NUMB = (
    r"\bvoel\w* (?:\w+ ){0,3}?(?:been|benen|voet|voeten|tenen|teen|kuit|dij|scheen|onderbeen|bovenbeen"
    r"|linkerbeen|rechterbeen|linkervoet|rechtervoet) (?:\w+ ){0,2}?(?:niet|nauwelijks|amper|minder|slecht)\b",
)
#: the noun, one rule for every pack
NUMBNESS = ("gevoelloosheid",)
#: determiners before a body part: all / without "m" / the short list
DET = ("de", "mijn", "mn", "m")
DET_NO_M = ("mijn", "mn", "de")
DET_SHORT = ("mijn", "de")
KNEE = ("knie", "knieen")
KNEE_WORD = ("knie",)
#: "onder de knie"
BELOW_PREP = ("onder", "voorbij", "lager dan", "tot onder", "verder dan")
#: parts of the leg below the knee
BELOW_KNEE_PARTS = (
    r"(?:linker|rechter)(?:kuit|voet|enkel|scheen|onderbeen|teen|tenen|hiel|wreef)", r"onderbe(?:en|nen)", "kuit",
    "kuiten", "scheen", "schenen", "voet", "voeten", "teen", "tenen", "hiel", "hielen", "voetzool", "zool", "wreef",
    "achillespees",
)  # fmt: skip
#: more below-the-knee patterns (one rule each)
BELOW = (
    r"\b(?:mijn|mn|m|de|aan|rond|naar|bij|tot|in) enkels?\b",
    r"\b(?:heel|hele|gans|gans mijn|helemaal) (?:mijn |mn |m |het |de )?been\b",
    r"\btot (?:helemaal )?beneden\b|\bhelemaal naar beneden\b|\btot in de grond\b",
)
#: "tot aan de knie", "rond de knie"
ABOVE_PREP = ("boven", "tot aan", "tot", "rond", "bij", "in de buurt van", "naar")
#: parts above the knee
ABOVE_KNEE_PARTS = (
    r"bovenbe(?:en|nen)", "dij", "dijen", "dijbeen", "bil", "billen", "heup", "heupen", "lies", "liesstreek",
    r"(?:linker|rechter)(?:bil|heup|dij|bovenbeen|lies)", r"bilspier\w*", "zitbeen",
)  # fmt: skip
#: no leg pain: "alleen mijn onderrug", "blijft in mijn rug", "niet naar mijn benen", "benen zijn goed"
ONLY_BACK = ("alleen", "enkel", "maar", "gewoon")
INTO: tuple = ()
IN = ("in",)
LOWER = ("lage ", "onder")
BACK = ("rug", "onderrug")
BACK_SHORT = ("rug",)
#: the message names the back pain itself ("rugpijn", "pijn in mijn onderrug"): a story, not a question
BACK_PAIN = (
    r"\w*rugpijn\w*", r"pijn (?:\w+ ){0,3}?(?:rug|onderrug|lende)", r"(?:rug|onderrug) (?:\w+ ){0,2}?(?:pijn|zeer)",
    "lumbago", "spit", "ischias", "hexenschuss",
)  # fmt: skip
STAYS = ("blijft", "zit")
STAYS_LOWER: tuple = ()
NOT_LEG = ("niet", "nie")
INTO_LEG = ("naar",)
LEG = ("been", "benen")
LEG_ARE = ("zijn", "voelen", "voelt", "is")
LEG_FINE = ("goed", "prima", "normaal", "in orde", "ok", "oke", "okee")
NOTHING_IN = ("niks in", "niets in")
LEG_PAIN_NONE = (
    r"\bgeen beenpijn\b", r"\bgeen pijn in (?:mijn |mn |m |de )?(?:been|benen)\b", r"\bstraalt (?:\w+ )?niet\b",
    r"\bgeen uitstraling\b", r"\bgeen\b",
)  # fmt: skip
#: the legs denied with the buttocks or alone, and the belt (session 28D): the leg pain is none, also when the
#: buttocks are denied in the same answer (the engine's _LEGS_DENIED)
LEGS_DENIED = (
    # ook niet in de benen, noch de benen, de gordel (sessie 28D): "niet in mijn billen en ook niet in de benen", "noch in
    # mijn bil noch in mijn been", "het blijft als een gordel rond mijn onderrug" (niet "ook niet in de benen maar wel ...")
    r"\b(?:ook niet|noch) (?:in |naar |tot in )?(?:mijn |mn |m |de )?(?:been|benen)\b(?! (?:maar|wel)\b)",
    r"\bblijft (?:\w+ ){0,2}?(?:als een gordel|gordelvormig|gordel)\b",
)  # fmt: skip
#: de pijn die in de (onder)rug blijft of er niet uit weggaat (sessie 29O; de _BACK_KEPT van de motor): "het blijft in mijn
#: onderrug", "het blijft beperkt tot mijn lage rug", "het komt niet uit mijn rug", "het gaat niet naar beneden"
BACK_KEPT = (
    r"\b(?:blijft|blijven|bleef|beperkt|beperkte) (?:\w+ ){0,3}?(?:in|op|tot|ter hoogte van|aan|rond) (?:mijn |mn |m |me |de |het )?"
    r"(?:lage |onderste deel van (?:mijn |mn |de )?)?(?:onderrug|rug|lende|lendenen|onderkant van (?:mijn |mn |de )?rug)\b"
    r"(?! (?:maar|plus|met|tot|naar)\b| en (?!(?:niet|nie|nooit|zelfs niet|niks|niets|geen)\b))",
    r"\b(?:gaat|komt|beweegt|trekt|verplaatst|verschuift) (?:\w+ )?(?:niet|nie|ni|nooit) (?:\w+ )?(?:weg )?(?:uit|van) (?:mijn |mn |m |me |de )?(?:onder)?rug\b",
    r"\b(?:gaat|trekt|straalt|schiet|zakt|loopt) (?:\w+ )?(?:niet|nie|ni|nooit) (?:verder )?(?:naar beneden|naar onder|omlaag)\b",
)  # fmt: skip
#: ... tenzij er een "maar" of "soms" na komt (het gaat misschien af en toe verder: opnieuw vragen)
BACK_KEPT = tuple(rf"{kept}(?!.*\b(?:maar|soms|behalve|af en toe|nu en dan|soms wel)\b)" for kept in BACK_KEPT)
#: the pain told as going somewhere, no pain word ("sorry, het gaat eigenlijk tot in mijn kuit", "t zit ook in
#: mijn dij", "het loopt door tot in mijn voet"): a correction mid-check often says no more than that
GOES_TO = (
    r"(?:(?:het|t|ze|die|dat|da|de pijn) (?:\w+ ){0,2}?(?:gaat|loopt|komt|zakt|trekt|zit)"
    r"|(?:gaat|loopt|komt|zakt|trekt|zit) (?:het|t|ze|die|de pijn)) (?:\w+ ){0,3}?(?:tot|in|naar|door)"
)  # fmt: skip
#: words that make a level word ("kuit", "knie") about pain
PAIN_CONTEXT = (
    r"pijn\w*", "doet pijn", "straalt", r"uitstral\w*", "trekt", r"schiet\w*", "zeurt", r"zeur\w*", "ischias",
    "zenuwpijn", GOES_TO,
)  # fmt: skip
#: parts below the knee named as free of pain ("niks in de kuit of voet", "kuit en voet zijn goed"):
#: how far the pain does NOT go, so no below-the-knee cue; FREE_PART_JOIN links the parts of a list
#: na wat over de vrije delen gezegd wordt, voor de zin eindigt: "de kuit , helemaal niks hoor"
FREE_AT_ALL = ("hoor", "daar", "ginder", "helemaal", "nie", "eigenlijk")
FREE_PART_JOIN = ("en", "of", "noch")
FREE_BEFORE = (
    "niks in", "niets in", "geen pijn in", "geen last in", "niet in", "niet tot in", "niet naar", "niet tot aan",
    # wat de pijn nooit bereikt is ontkend (sessie 21e): "stopt net boven de knie, komt nooit in de kuit of de voet"
    "nooit in", "nooit tot in", "nooit naar", "nooit tot aan", "nooit tot", "nie in", "nie tot in",
)  # fmt: skip
#: told right after the parts ("kuit en voet niks"), or after FREE_ARE
FREE_AFTER = (r"niks(?! anders)", r"niets(?! anders)", r"helemaal (?:niks|niets)(?! anders)", "geen pijn", "geen last", "pijnvrij",
              # zonder werkwoord (sessie 23Q): "kuit en voet goed", "onderbeen en voet prima", de zin eindigt daar (niet "ok":
              # "tot in mijn voet ok" is een antwoord en een ok)
              r"(?:goed|prima|in orde|normaal)(?= ,| \.| en\b| maar\b| hoor\b|$)")
#: "heb ik", "zit er": the parts then what the person has there ("kuit en voet heb ik niks")
FREE_ARE = (
    "zijn", "is", "doen", "doet", "voelen", "voelt", "voel ik", "heb ik", "zijn allebei", "is helemaal", "ik heb",
    "zit er", "is er", "heb ik er", "is het", "is t", "is alles", "is da", "is dat", "voel ik er",
    # van iemand anders verteld (sessie 28D): "onder de knie voelt hij niks", "heeft ze er niks"
    "voelt hij", "voelt ze", "voelt zij", "heeft hij", "heeft ze", "heeft zij", "voelt hij er", "voelt ze er", "voelt zij er",
    "heeft hij er", "heeft ze er", "heeft zij er", "voelt hij daar", "voelt ze daar",
)  # fmt: skip
#: a state only after FREE_ARE ("de voet is goed")
FREE_STATE = ("goed", "prima", "ok", "oke", "in orde", "normaal", "vrij", "gespaard")
#: een voornaamwoord dat de delen herneemt voor wat erover gezegd wordt ("de kuit die is goed", "mijn voet, dat is in orde")
FREE_PRONOUN = ("die", "dat", "het", "die zelf")
#: hoger dan de billen of de heupen: de onderrug, geen deel van het been ("net boven mijn billen", "boven de heupen")
SEAT_ABOVE = ("boven", "hoger dan", "juist boven", "net boven")
SEAT_PARTS = ("bil", "billen", "heup", "heupen", r"(?:linker|rechter)(?:bil|heup)", "bilnaad", "kont", "poep", "gat", "zitvlak")
#: staan met de voeten genoemd ("sta de hele dag op mijn voeten"): geen pijn in de voeten (session 27V)
ON_FEET = (
    r"(?:sta|staan|staat|stond|stonden|gestaan|dag|dagen|uur|uren|diensten?|shifts?) (?:\w+ ){0,6}?op (?:mijn |m ?'?n |mn |me |de |je |z ?'?n )?voeten",
    r"op (?:mijn |m ?'?n |mn |me |de |je |z ?'?n )?voeten (?:\w+ ){0,2}?(?:staan|sta|staat|stond|gestaan)",
)  # fmt: skip
#: French football, not the foot (the French pack's; session 34W)
FOOT_SPORT: tuple = ()
#: both legs
BOTH_WORDS = (r"\bbeide\w*", r"\ballebei\w*", r"\balle twee\b")
TWO = ("twee", "2")
LEGS_FEET = ("benen", "voeten")
LEFTRIGHT = ("linksrechts",)
BOTH_PLURALS = ("benen", "weerszijden", "beide kanten")
BOTH_EXPLICIT = (r"\b(?:beide|allebei|allebeide|alle twee|twee|2) (?:mijn |mn |m |de )?(?:benen|voeten|been|kanten)\b",)
#: one leg: "alleen links", "een kant", "rechts"
ONLY_ONE = ("alleen", "enkel", "maar", "slechts")
ONE = ("een", "1")
ONE_SINGLE = ("een", "1")
LEG_SIDE = ("been", "kant", "zijde", "voet")
SIDE_WORDS = (
    "links", "rechts", "linkerbeen", "rechterbeen", "linker", "rechter", "linkerkant", "rechterkant", "linkse",
    "rechtse",
)  # fmt: skip
ONE_LEG: tuple = ()

# ---- weakness -----------------------------------------------------------------
WEAKNESS = ("zwakte", "krachtverlies")
#: weakness getting worse
WORSE = (
    "erger", "verergert", "verergerd", "achteruit", "zwakker", "slapper", "toenemend", "toeneemt", "neemt toe",
    "meer en meer", "steeds erger", "steeds zwakker",
)  # fmt: skip
#: weakness that stays the same
STABLE = (
    "stabiel", "hetzelfde", "onveranderd", r"niet (?:\w+ )?(?:erger|slechter|zwakker)", r"gelijk(?: gebleven)?",
    "blijft gelijk", "verandert niet",
    # as it was at first (session 27N): "net zo als eerst", "net als voorheen", Gronings "net as eerst"
    # (not "slapper as eerst", Gronings for weaker than at first, nor "niet zoals eerst")
    r"(?<!niet )(?<!nie )(?:(?:net|precies|gewoon|gelijk) (?:zo )?(?:als|as)|zoals|zo as) (?:eerst|voorheen|vroeger|in het begin"
    r"|in t begin)(?! (?:gedacht|dacht|gezegd))",
)  # fmt: skip
#: no weakness
WEAKNESS_NONE = (
    "geen zwakte", "geen krachtverlies", "niet zwak", "sterk", "normale kracht", "volle kracht", "prima", "normaal",
)  # fmt: skip
#: de hiel- en teenloop gedaan en goed, de benen doen wat ze moeten, kracht genoeg (session 27V)
WEAKNESS_DONE = (
    r"op (?:mijn |m ?'?n |mn |me |de |mijn |mijne )?(?:tenen|tippen|hakken|hielen) (?:\w+ ){0,2}?(?:lopen|staan|gaan|stappen) (?:lukt|gaat|kan ik|is (?:geen probleem|ok|oke|goed))(?! niet| nie\b)",
    r"(?<!niet )kan (?:ik )?(?:gewoon |nog |perfect |goed )?op (?:mijn |m ?'?n |mn |me |de )?(?:tenen|tippen|hakken|hielen)(?! niet| nie\b)",
    r"(?:benen|been|ze) (?:doen|doet) (?:gewoon |nog |perfect )?(?:wat ik wil|wat ze moeten|hun werk|het goed|het prima)",
    r"kracht genoeg", r"genoeg kracht", r"(?:nog )?al mijn kracht",
)  # fmt: skip
#: het been dat het begeeft ontkend als de reden ("traag, maar niet omdat mijn been het begeeft")
WEAKNESS_NOT_CAUSE = (
    r"niet (?:omdat|doordat|want) (?:mijn |m ?'?n |mn |me |het |de |een )?(?:been|benen|knie|knieen) (?:het )?(?:begeeft|begeven|begaf|wegzakt|wegzakken|doorzakt|doorzakken|wegvalt|opgeeft|slap \w+)",
)  # fmt: skip
#: a stable cue masked before reading worse: (niet) ... erger, hetzelfde (not after "niet")
MASK_NOT = ("niet", "nooit", "geen")
MASK_WORSE = (
    "erger", "slechter", "verergerd", "verergert", "verergeren", r"achteruit\w*", "veranderd", "verandert",
    "veranderen",
)  # fmt: skip
MASK_SAME_NOT = ("niet",)
MASK_SAME = (
    "hetzelfde", "zelfde", "onveranderd", "stabiel", "gelijk gebleven", "blijft gelijk", "geen verandering",
    "niks veranderd", "niets veranderd", r"zoals (?:vorige|verleden) week",
    r"(?:(?:net|precies|gewoon|gelijk) (?:zo )?(?:als|as)|zoals|zo as) (?:eerst|voorheen|vroeger|in het begin|in t begin)"
    r"(?! (?:gedacht|dacht|gezegd))",
)  # fmt: skip
#: signs of worsening weakness: a foot that hangs, tripping, a dragging leg
FOOT = ("voet",)
FOOT_DROPS = ("{~hangen}", "{~klappen}")
WORSE_SIGN = (
    r"\bstruikel\w*\b",
    r"\b(?:sleept|slepen|sleep) (?:\w+ )?(?:been|voet)\b|\b(?:voet|been) sleept\b",
)

# ---- onset --------------------------------------------------------------------
#: a sudden movement (one rule each)
SUDDEN = (
    r"\b(?:til|tillen|tilde|tilden|getild|opgetild|optillen|optilde|optilden|ophief|opgeheven|bukken|bukte"
    r"|bukten|gebukt|draaien|draaide|gedraaid|verdraaid|verdraaide|omdraaien|verkeerde beweging"
    r"|verkeerd bewogen|verkeerd (?:getild|gebukt|gedraaid|gezet|opgetild)|schoot|geschoten|spit"
    r"|heksenschot|plots\w*|plotseling|ineens|opeens|in een keer|in een ruk|in een tel|in een seconde"
    r"|van het ene moment op het andere|van de ene seconde op de andere|in een fractie van een seconde|niezen|niesde|nies|hoesten"
    r"|hoestte|verhuizen|verhuisd|verhuis|sjouwen|sjouwde|gesjouwd|dragen|droeg|gedragen|trekken|trok"
    r"|getrokken|duwen|duwde|geduwd|verrekt|verrekking|zwaar (?:gewicht|werk)|schoppen|scheppen"
    r"|verrokken|verrokt|geforceerd|forceerde|lostrekken|lostrok|uitrukken|losrukken|rukken|rukte)\b",
    # Dutch and Flemish
    r"\b(?:opheffen|ophef|hief|heffen|hefte|geheven|reiken|reikte|gereikt|strekken|strekte|rekken|rekte"
    r"|rechtkomen|rechtkwam|rechtstaan|rechtstond|opstaan|opstond|opgestaan|omhoogkomen|omhoog komen"
    r"|spitten|spitte|gespit|springen|sprong|gesprongen|draai|draaitje|wending"
    r"|krak|krakje|kraak|kraakte|knak|knakte|klik|klikte|plop|plopte|(?<!soms een )(?<!soms )scheut(?! soms)|schoot vast|zat vast|vastgezet"
    r"|geblokkeerd|blokkeerde|blokkeren|klem|verkeerd (?:bewogen|gezeten|gelegen|gestaan))\b",
    r"\b(?:sokken|schoenen|laarzen|broek|veters) (?:\w+ ){0,2}?(?:aandoen|aandeed|aantrekken|aantrok|uittrekken"
    r"|strikken|strikte|aan te doen|aan te trekken)\b|\b(?:schoot|schiet|geschoten) (?:het |er |t |in )?(?:in|erin)\b",
    # the verb first: "bij het uitdoen van mijn kousen"
    r"\b(?:aandoen|uitdoen|aantrekken|uittrekken|strikken) van (?:mijn |mn |m |de |mijne )?(?:sokken|schoenen|laarzen|broek|veters)\b",
    r"\b(?:vertild\w*|vertillen|door (?:mijn |mn |m |de )?rug (?:gegaan|gezakt))\b",
    # something out of the boot, the dishwasher, off the floor ("uit de kofferbak pakte")
    r"\b(?:uit|in|van|op|onder) (?:de |het |mijn |mn |den )?(?:kofferbak|koffer|vaatwasser|afwasmachine"
    r"|wasmachine|droogkast|droogtrommel|onderste kast|kast|auto|wagen|grond|vloer|bad|bed|box|kinderwagen"
    r"|autostoel|maxicosi)(?: \w+){0,2}? (?:{~pakken}|gepakt|haalde|halen|gehaald|nam|nemen|genomen|zette"
    r"|zetten|gezet|legde|leggen|gelegd|tilde|tillen|getild|hief|heffen|raapte|rapen|opraapte|trok|trekken)\b",
    r"\b(?:{~pakken}|gepakt|haalde|halen|gehaald|nam|nemen|zette|zetten|legde|leggen|tilde|tillen|raapte"
    r"|trok) (?:\w+ ){0,4}?(?:uit|in|van|op|onder) (?:de |het |mijn |mn )?(?:kofferbak|koffer|vaatwasser"
    r"|afwasmachine|wasmachine|droogkast|kast|auto|wagen|grond|vloer|bad|bed|box|kinderwagen|autostoel)\b",
    r"\b(?:koffer|kofferbak) (?:\w+ ){0,3}?(?:auto|wagen)\b|\buit (?:de |mijn )?(?:auto|wagen|zetel|stoel|bed)"
    r" (?:stappen|stapte|gestapt|komen|kwam)\b",
)
#: an activity told as the moment: "aan het sporten", "tijdens het tennissen"
ACTIVITY_WHEN = ("bij", "tijdens", "na", "aan", "toen", "terwijl", "van")
ACTIVITY = (
    r"voetbal\w*", "tennissen", "padellen", "golfen", "dansen", "squashen", "badmintonnen", "hockeyen",
    r"volleybal\w*", r"basketbal\w*", r"stofzuig\w*", "tuinieren", "tuinwerk", "gewichtheffen", "hardlopen",
)  # fmt: skip
#: "begon bij het tillen": an anchor, then the movement within a few words
ANCHOR = ("begon", "begonnen", "begint", "kwam", "gebeurde", "gebeurd", "sinds", "na", "toen", "tijdens", "bij het")
ANCHORED_MOVE = (
    "til", "tillen", "tilde", "getild", "opgetild", "optillen", "optilde", "bukken", "bukte", "gebukt", "draaide",
    "gedraaid", "verdraaid", r"sjouw\w*", "gesjouwd", r"verhuiz\w*", "niesde", "niezen", "hoestte",
    "verkeerde beweging", "verkeerd bewogen",
)  # fmt: skip
#: a fall, an accident, a blow
TRAUMA_WORDS = (
    "val", "vallen", "viel", "gevallen", "ongeval", "ongeluk", "klap", "slag", "stoot", "botsing", "aanrijding",
    "uitgegleden", "uitgeschoven", "aangereden", "aangevallen", "geschopt", "geslagen", "in elkaar geslagen",
    "onderuit gegaan", "onderuitgegaan", "gestruikeld",
    # (session 27U) backwards, landed on the back, thrown off a horse or a bike: "achterover geklapt", "kwam op mijn
    # stuit terecht", "ik ben eraf gevlogen", "afgeworpen" (not "achterover zitten / leunen")
    r"achterover (?:gevallen|geklapt|gesmakt|gegaan|gekieperd|getuimeld|geslagen|gedonderd|gekletterd)",
    r"(?:ging|gingen|gaan|ga|sloeg|klapte|kieperde|tuimelde|donderde|smakte) (?:\w+ )?achterover(?! (?:zitten|liggen"
    r"|leunen|hangen|gezeten|gelegen|geleund|zat|lag|leunde))",
    r"(?:kwam|kwamen|gekomen|komen|kom|ben|was|viel) (?:\w+ ){0,3}?op (?:mijn |mn |m |mien |men |me |mijne |de |het |t "
    r"|zijn |z n |mn eigen )?(?:rug|onderrug|stuit|stuitje|staartbeen|achterste|kont|gat|billen|zitvlak|poep|heup"
    r"|zij|schouder|hoofd|rechterzij|linkerzij)(?: \w+){0,4}? terecht",
    r"(?:er|d r|dr|der|t) ?af (?:ge)?vlog\w*", r"eraf gevlog\w*", r"afgevlog\w*", "afgeworpen", "afgegooid",
    r"(?:eraf|van (?:mijn|mn|m|het|t|de|men|mien) \w+) (?:gegooid|geworpen|gelanceerd|gekatapulteerd|gekieperd)",
)  # fmt: skip
TRAUMA_PHRASES = (
    r"\b(?:kreeg|kregen|gekregen) (?:\w+ ){0,2}?(?:klap|slag|stoot|trap|schop|duw)\b"
    r"|\b(?:sloeg|schopte|duwde|raakte) (?:me|mij|mijn rug)\b",
    # een voertuig dat tegen de auto van de patient reed (sessie 28D): "een busje is tegen mijn auto gereden", "iemand knalde
    # tegen onze wagen", "een taxi is in mijn auto gebotst" (niet "in mijn auto naar huis gereden", "reed in mijn auto")
    r"\b(?:tegen|op|in) (?:de (?:achterkant|zijkant|voorkant) van )?(?:mijn|mn|m|onze|ons|zijn|haar) (?:\w+ )?(?:auto|wagen|busje|bestelwagen|camionette|taxi|jeep|suv|wagentje)"
    r" (?:(?:vol|keihard|hard|frontaal|achteraan|zo|gewoon|aan) )*(?:aan|in|op)?(?:gereden|geknald|gebotst|geramd|gebeukt|gevlamd"
    r"|gedonderd|geklapt)\b",
    r"\b(?:reed|reden|knalde|knalden|botste|botsten|ramde|ramden|beukte|beukten|klapte|klapten|vlamde|donderde) (?:\w+ ){0,3}?"
    r"tegen (?:de (?:achterkant|zijkant|voorkant) van )?(?:mijn|mn|m|onze|ons) (?:\w+ )?(?:auto|wagen|busje|bestelwagen|camionette|taxi|jeep|suv|wagentje)\b",
    r"\b(?:knalde|knalden|botste|botsten|ramde|ramden|beukte|beukten|vlamde|donderde) (?:\w+ ){0,3}?"
    r"(?:op|in) (?:de (?:achterkant|zijkant|voorkant) van )?(?:mijn|mn|m|onze|ons) (?:\w+ )?(?:auto|wagen|busje|bestelwagen|camionette|taxi|jeep|suv|wagentje)\b",
    r"\bachter ?op (?:mij|me|ons|(?:mijn|mn|m|onze) (?:\w+ )?(?:auto|wagen|busje|bestelwagen|camionette|taxi|jeep|suv|wagentje)) (?:(?:vol|keihard|hard|gewoon) )?(?:gereden|geknald|gebotst"
    r"|ingereden|geramd|gevlamd)\b",
    r"\b(?:mijn|mn|onze) (?:\w+ )?(?:auto|wagen|busje|bestelwagen|camionette|taxi|jeep|suv|wagentje) (?:\w+ ){0,3}?(?:werd|is|was) (?:\w+ ){0,3}?(?:aangereden|geramd|aangetikt)\b",
)
#: a gradual onset
GRADUAL = (
    r"geleidelijk\w*", r"langzaam\w*", "beetje bij beetje", "stilaan", "stilletjesaan", "gaandeweg", r"sluipend\w*",
    "vanzelf", "zomaar", "uit het niets", "geen aanleiding", "kwam gewoon", "gewoon gekomen", "uit zichzelf",
    "van lieverlede", "met de tijd", "over de jaren", "niets gebeurd", "niks gebeurd", "geen duidelijke oorzaak",
    "geleidelijk aan", "traag", "stukje bij beetje", r"niks (?:speciaals|bijzonders)", r"niets (?:speciaals|bijzonders)",
    r"geen (?:specifiek|bepaald|speciaal) (?:moment|iets)", r"werd (?:er )?wakker mee", r"wakker (?:\w+ )?mee",
    r"geen (?:bepaald |speciaal )?moment", "niet plots", "weet niet hoe", "geen idee hoe", "unsure hoe",
    "erin geslopen", "ingeslopen", "opgebouwd", "langzaam aan",
    # een plotse start ontkend (sessie 28D): "niet ineens", "niet van de ene dag op de andere"
    r"(?:niet|nie) (?:zo )?(?:ineens|opeens|in een keer|van de ene dag op de andere)",
    # (session 28G) softly: "is zachtjes begonnen"
    r"(?:zachtjes|zachtjesaan|stilletjes|stillekes) (?:aan )?(?:\w+ )?(?:gekomen|begonnen|opgekomen|ontstaan|opzetten)",
    r"(?:begon|begonnen|kwam|is) (?:het |t |dat )?(?:heel |zo |eerst )?(?:zachtjes|zachtjesaan|stilletjes|stillekes)\b",
    # worse week by week: "van week tot week wat erger geworden"
    r"van (?:dag|week|maand) tot (?:dag|week|maand)",
    # neither a fall nor a lift: "geen val, niks opgeheven"
    r"(?:geen|zonder) (?:val|ongeval|ongeluk)\w*(?: gehad)?(?: ,| en| of| ook)*(?: (?:ik|k) (?:heb|had))?"
    r" (?:niks|niets|niet|geen|nooit) (?:\w+ ){0,2}?"
    r"(?:opgeheven|getild|opgetild|geheven|gebukt|verkeerd bewogen|tillen|heffen)",
)  # fmt: skip
#: een trage start sterk gezegd, of een plotse ontkend (sessie 28D): met een lange of herhaalde bezigheid (ONSET_PROLONGED)
#: sleet de rug, geen moment ("geleidelijk, ben al weken aan het spitten", "niet ineens, ik sta de hele dag te dweilen");
#: "tilde een krat en het werd geleidelijk erger" houdt het tillen
ONSET_SLOW_START = (
    r"geleidelijk\w*", "beetje bij beetje", "stukje bij beetje", "stilaan", "stilletjesaan", "gaandeweg", "langzaamaan",
    "langzaam aan", r"sluipend\w*", r"(?:niet|nie|niks|geen) (?:zo )?(?:ineens|opeens|plots\w*|in een keer|in een klap"
    r"|van de ene dag op de andere|in een ruk)",
)  # fmt: skip
#: een bezigheid lang of herhaald verteld: "de hele dag", "elke dag", "al weken", "dag in dag uit"
ONSET_PROLONGED = (
    r"(?:de |een )?hele (?:dag|dagen|week|weekend|zomer|nacht)", r"hele dagen", r"(?:elke|iedere|alle) (?:dag|dagen|week|weekend|shift)",
    "dagelijks", "dag in dag uit", r"al (?:\w+ )?(?:dagen|weken|maanden|jaren)", r"(?:dagen|weken|maanden|jaren|uren)lang",
    r"(?:uren|dagen|weken) aan een stuk", r"sinds (?:\w+ )?(?:weken|maanden|jaren)", r"(?:\w+ )?uur per dag",
)  # fmt: skip
#: woorden die een andere zin openen tussen de bezigheid en haar duur ("bukte en al weken doet het pijn")
ONSET_BREAK = ("en", "toen", "maar", "sindsdien", "daarna", "dus", "nadien")

# ---- other questions ------------------------------------------------------------
#: (een puffer, zalf, gel, spray of één prik met cortisone is geen maanden cortisonetabletten; ook als één woord:
#: "cortisonegel"; het losse "cortisone" leest de Engelse pack)
#: (session 44A5) ook verkleind: "cortisonezalfje", "cortisonezalfke", "cortisonecremeke" (een "cortisonespuitje" leest
#: _steroid_local_told als één prik; telkens weer gekregen blijft het ja)
_NOT_TABLETS = (r"(?:zalf|zalfje|zalfjes|zalfke|zalfkes|creme|cremeke|cremetje|gel|gels|gelletje|puffer|pufje|pufjes|spray"
                r"|inhalator|injectie|injecties|prik|prikken)\b")
OSTEO = ("botontkalking", "broze botten", "zwakke botten",
         rf"(?!\w*{_NOT_TABLETS})(?:kortison\w*|cortison\w\w+|cortico\w*)(?! ?(?:neus)?{_NOT_TABLETS})",
         r"predniso\w*", "medrol",
         # een normale botdichtheid is geen teken (session 27O): "nee, botdichtheidsmeting was prima" (niet "botdichtheid te laag")
         r"(?<!normale )(?<!goede )botdichtheid\w*(?!(?: (?!(?:laag|lage|te|verlaagd|slecht|slechte|niet|maar|matig)\b)(?:\w+|,)){0,6}?"
         r" (?:normaal|goed|prima|in orde|ok|oke|okay|perfect|gezond)\b)")
STIFF = (r"stijf\w*", r"stram\w*", "ochtendstijfheid", "roestig", "verstijfd")
STIFF_WORD = (r"stijf\w*", r"stram\w*")
MORNING_AFTER = (r"ochtend\w*", "s morgens", "smorgens", "morgens", "opstaan", "wakker")
MORNING_BEFORE = (r"ochtend\w*", "s morgens", "smorgens", "morgens", "opstaan")
MORNING_STIFFNESS = ("ochtendstijfheid",)
#: how long the stiffness lasts: "5 tot 10 minuten", "5 à 10 min", "een half uur"
RANGE_TO = ("tot", "a", "\u00e0", "of")
MINUTES = ("minuten", r"minuutjes?", "minuut")
HOURS = ("halfuur", "half uur", "uur", "uurtje", "uren")
#: (session 28G) a word between the number and the minutes: "vijf kleine minuutjes"
MINUTES_ADJ = ("kleine", "korte", "goeie", "goede")
#: before the minutes: more than that is no short time ("meer dan 10 minuten")
STIFF_MORE_THAN = ("meer dan", "langer dan", "minstens", "ruim", "zeker")
#: a short stiffness told without digits (under 30 minutes): "een paar minuten", "een kwartiertje", "tot ik gedoucht
#: heb", "na de koffie"
STIFF_SHORT = (
    r"(?:een |e )?(?:paar|paar kleine|aantal|enkele|tiental) (?:minuten|minuutjes?|minuut)", r"(?:een |e |nen? )?kwartier(?:tje)?",
    r"(?:tot|totdat|tot dat|zodra|als|wanneer) (?:ik )?(?:\w+ ){0,3}?(?:gedoucht|gewassen|aangekleed|koffie|douche)",
    r"(?:tot na|na) (?:de |het |mijn |m |een |nen )?(?:douche|douchen|koffie|kop koffie|tas koffie|wassen|aankleden)",
    r"(?:tot|na|als) (?:ik )?(?:de|met de) hond (?:heb )?(?:uitgelaten|buiten gelaten|uitlaat|gewandeld)",
)
#: a stiffness of half an hour or more told in words: "de hele ochtend", "tot de middag", "drie kwartier"
STIFF_LONG = (
    r"(?:de hele|heel de|een groot deel van de|half de) (?:ochtend|voormiddag|morgen)", "drie kwartier",
    r"tot (?:in )?(?:de |het )?(?:middag|late voormiddag|midden van de voormiddag|middageten|lunch|noen)", "uren",
    r"(?:een )?(?:paar|goed|goeie) uur", r"(?:de hele|heel de|gans de) dag",
)
#: a plain "fine": no
#: niet voelen of merken, gezegd op de vraag naar het zadelgebied of de blaas (sessie 18): "hij heeft er niks van gemerkt"
#: is het teken zelf of onduidelijk, nooit een "nee" (niet "niks raars gevoeld": dat is een nee)
NOT_FELT = (
    r"(?:niks|niets|nie|niet|nooit|amper|nauwelijks) (?!(?:raars|vreemds|abnormaals|speciaals|ongewoons)\b)"
    r"(?:\w+ ){0,2}?(?:gevoeld|gemerkt)\b",
    r"(?:voel|voelt|merk|merkt|voelde|merkte) (?:\w+ ){0,2}?(?:niks|niets|nie|niet|amper|nauwelijks)\b"
    r"(?! (?:\w+ )?(?:raars|vreemds|abnormaals|speciaals|verkeerd)\b)",
)
FINE = (
    "normaal", "oke", "goed", "prima", "geen problemen", "geen probleem", "niks aan de hand", "niets aan de hand",
    "gewoon", "zoals altijd", "nooit gehad",
)  # fmt: skip
#: positive words that are a yes only in answer to that slot's question
CONTEXT_BLADDER_BOWEL = (
    r"lek\w*", r"druppel\w*", r"kan (?:het |mijn plas )?niet (?:meer )?ophouden", "ophouden lukt niet",
    r"ongelukje\w*", "persen", "moeite", "moeilijk", "lukt niet",
)  # fmt: skip
CONTEXT_FEVER = ("warm en koud", "bezweet", "zweterig")
DEGREES = ("graden",)
CONTEXT_CANCER = (
    "borst", "prostaat", "huid", "long", "darm", "blaas", "nier", "bloed", "in remissie", "genezen verklaard",
    "ik ook", "ikzelf ook", "ook bij mij",
)  # fmt: skip
CONTEXT_WEIGHT_UNITS = ("pond",)
CONTEXT_WEIGHT = ("een paar kilo", "paar kilo", "lichter", "dunner", "magerder", "mager")
CONTEXT_NIGHT = (
    "hele nacht", "de hele nacht", r"continu\w*", "wakker", r"geen (?:enkele )?houding", "niets helpt",
    "niks helpt", "gaat niet weg", "elke nacht", "iedere nacht", "altijd",
)  # fmt: skip
#: night pain only when turning over: not the red flag
NIGHT_MECH_FALSE = (
    r"alleen als ik (?:draai|beweeg|me omdraai)", r"als ik (?:me )?(?:om)?draai", r"bij het (?:om)?draaien",
    "als ik beweeg",
)  # fmt: skip
#: de pijn die zakt na een andere houding, weer slapen (met NIGHT_POSITION): geen alarm, niets te vragen (session 27V)
NIGHT_EASED = (
    r"zakt (?:het|de pijn|het weer|dat)(?: weer| wat| af)?(?! niet| nie\b)", r"(?:het|de pijn) zakt(?! niet| nie\b)",
    r"gaat (?:het|de pijn|dat) (?:weer )?(?:weg|over|beter)", r"(?:is|was) (?:het|de pijn) (?:weer )?(?:weg|over|beter)",
    r"trekt (?:het|de pijn) (?:weer )?weg", r"slaap (?:ik )?(?:\w+ )?(?:weer |gewoon |terug )?verder",
    r"(?:val|viel) (?:ik )?(?:\w+ )?(?:weer |terug )in slaap", r"(?<!niet )weer in slaap", r"mindert (?:het|de pijn)",
    # ... daarna lekker liggen en doorslapen (sessie 28E): "alleen een steekje bij het omdraaien, dan lig ik weer lekker en slaap ik
    # door" (niet "ik lig niet lekker", "lig lekker tot het me weer wekt", "slaap slecht door de pijn")
    r"(?:lig|lag) (?:ik )?(?:dan |daarna |weer |gewoon |meteen |direct )*(?:lekker|goed|prima|comfortabel)(?! (?:\w+ ){0,2}?(?:tot|totdat|tot dat)\b)",
    r"(?:slaap|sliep) (?:ik )?(?:dan |daarna |weer |gewoon |lekker |meteen )*door(?! (?:de|die|het|mijn|mn|m|een) )",
    r"(?:kan|kon) (?:ik )?(?:dan |daarna |weer |gewoon |lekker |meteen )*doorslapen",
    r"(?:slaap|sliep) (?:ik )?(?:dan |daarna |weer |gewoon |verder )*als een (?:roos|blok|baby|os|marmot)",
)  # fmt: skip

# ---- age ------------------------------------------------------------------------
AGE_RANGE_TO = ("tot", "t/m")
AGE_PLUS = ("of ouder", "en ouder", "jaar of ouder")
#: "bijna 70" (not "bijna 3 weken"); a birthday to come: "volgende maand word ik 70" is 69 now
NEARLY = ("bijna", "bjina", "nog net geen", "nog geen", "word ik", "ik word", "word", "wordt")
NEARLY_UNITS = ("dagen", "weken", "maanden", "kilo")
AGE_OVER = ("ouder dan", "boven de", "boven", "meer dan")
AGE_UNDER = ("jonger dan", "onder de", "onder", "minder dan")
#: "ik ben 45", "leeftijd is 45", "45 jaar"
AGE_IS = ("ik ben", "leeftijd", "ben", "geworden", "worden")
AGE_IS_IS = ("is",)
AGE_YEARS = ("jaar", "jr", "j", "jaren")
#: an age told in passing: "ik ben 45 (jaar oud)", "45 jaar oud", "leeftijd 45"
I_AM = ("ik ben",)
EXPLICIT_YEARS = ("jaar", "jr")
OLD = ("oud",)
AGE_END = ("en", "maar")
YEARS_OLD = ("jaar oud",)
AGED = ("leeftijd",)
#: counts of something else than years: "nog 3 weken 44", "80 kilo" (no age)
AGE_COUNTS = ("dagen", "dag", "weken", "week", "weekjes", "maanden", "maand", "maandjes", "kilo", "kg")
#: what comes then is a later age: "nog 3 weken 44, dan 45"
AGE_THEN = ("dan", "daarna", "en dan", "en daarna")
#: a time to come told with an age: "70 volgende week", "69, 70 in maart" (the age to come: one less now)
AGE_LATER = (
    r"volgende (?:week|maand)", "volgend jaar", r"(?:de )?(?:volgende|komende) (?:week|maand)",
    r"(?:over|binnen) (?:\d{1,2}|een|twee|drie|vier|vijf|zes|een paar|enkele) (?:dagen|dag|weken|week|weekjes|maanden|maand)",
    "in {MONTH_NAME}", "binnenkort",
    # een dag van de maand (sessie 21e): "44, op de 9de word ik 45"
    r"op (?:de )?\d{1,2}(?:de|ste|e)?(?: {MONTH_NAME})?",
)  # fmt: skip
#: words between the time to come and the age: "volgende maand al 47", "volgende maand word ik 47" (session 21d)
AGE_LATER_FILL = ("al", "alweer", "dan", "word", "wordt", "ik", "ben", "k", "is", "het", "t", "zelfs")
#: the birthday is past: "in maart 70 geworden" is 70
AGE_PAST = ("geworden", "werd", "was")
#: an age felt or looked, no age told: "dont feel a day over 50", "feel like 50" (the verb, then up to 5 of the fill words)
AGE_FELT = ("voel", "voelt", "voelde", "lijk", "lijkt", "leek", "zie", "ziet")
AGE_FELT_FILL = ("ik", "me", "mij", "mezelf", "zelf", "er", "eruit", "uit", "geen", "dag", "jaar", "ouder", "jonger", "dan", "als", "nog", "maar", "pas", "eerder", "wel", "zo", "hooguit", "amper")

# ---- the follow-up questions ----------------------------------------------------
CANCER_WORD = (
    r"\w*kanker\w*", r"lymfom\w*", r"bestraling\w*", "bestraald", r"uitzaaiing\w*", r"kwaadaardig\w*", r"gezwel\w*",
)  # fmt: skip
#: someone else (the cancer may be theirs)
RELATIVE = (
    "moeder", "vader", "zus", "zussen", "zuster", "broer", "broers", "tante", "oom", "nonkel", "oma", "opa",
    "grootmoeder", "grootvader", "vrouw", "man", "vriend", "vriendin", "zoon", "dochter", "buurman", "buurvrouw",
    "neef", "nicht", "familie", "familielid", "schoonmoeder", "schoonvader", "schoonzus", "schoonbroer", "meme",
    "pepe", "bomma", "bompa", "moemoe", "vava", "ouders", "collega", "mijn moe", "moeke", "vake", "vakes", "nonkels",
    "tantes", "hij", "zij", "hem",  # "hij is eraan overleden": iemand anders; gevraagd wie
)  # fmt: skip
#: het antwoord over wie de vraag gaat, door een naaste gegeven met een kaal voornaamwoord (sessie 32AR; bot/reading/answers.py
#: _as_own): zonder schrijver, naaste of ander genoemd is "ze heeft koorts", "hij heeft nooit kanker gehad" als "ik ..." gelezen
THIRD_PERSON = {"hij": "ik", "zij": "ik", "ze": "ik", "ie": "ik", "zie": "ik", "hem": "mij", "haar": "mijn", "zn": "mijn",
                "zichzelf": "mezelf"}
#: "die" is een voornaamwoord alleen als onderwerp voor een werkwoord ("die heeft koorts"; niet "de pijn die ...")
THIRD_PERSON_BEFORE = {"die": ("ik", r"(?:heeft|had|is|was|kan|kon|voelt|voelde|zegt|zei|wordt|werd|valt|viel|slikt|neemt|gebruikt"
                                     r"|plast|slaapt|sliep|ligt|lag|zit|zat|verliest|verloor|heb|ben)"),
                       # "zijn" is "his" only before what it owns ("zijn" is also "are"): "hij plast in zijn broek"
                       "zijn": ("mijn", r"(?:(?:beide|twee|linker|rechter) )?(?:benen|been|voeten|voet|billen|bil|kont|poep|rug|onderrug"
                                r"|blaas|darmen|stoelgang|plas|zitvlak|kruis|broek|onderbroek|luier|bed|gewicht)")}
THIRD_PERSON_SUBJECT = ("hij", "zij", "ze", "ie", "zie", "die")
#: na het onderwerp in de eerste persoon: het werkwoord van "hij" in de eerste persoon ("hij heeft" -> "ik heb")
THIRD_PERSON_CLITICS: dict = {}
THIRD_PERSON_VERB_ENDINGS: dict = {}
THIRD_PERSON_VERBS = {"heeft": "heb", "is": "ben", "wordt": "word", "plast": "plas", "voelt": "voel", "slaapt": "slaap"}
THIRD_PERSON_OTHERS = ("dokter", "huisarts", "arts", "dokteres", "verpleegster", "verpleger", "verpleegkundige", "kine", "kinesist",
                       "fysio", "fysiotherapeut", "specialist", "chirurg", "iemand", "iedereen", "mensen", "meneer", "mevrouw")
THIRD_PERSON_GONE = ("overleden", "gestorven", "stierf", "sterven", "overlijden", "begrafenis", "is dood")
#: "niet ik"
NOT_ME = (
    "niet ik", "niet bij mij", "niet mezelf", "niet mijzelf", "ik niet", "ikzelf niet", r"ik ?zelf (?:nooit|nie|geen)",
    r"ik (?:zelf )?(?:heb|had) (?:het |dat |da |t )?(?:zelf )?(?:niet|nooit|nie)", r"zelf (?:niet|nooit|nie|geen)",
    "in de familie",
)  # fmt: skip
NOT_ME_ONLY = ("alleen", "enkel", "maar")
NOT_ME_MY = ("mijn", "mn", "m", "mijne", "onze")
FAMILY_ONLY = ("alleen", "enkel")
FAMILY_WORD: tuple = ()
#: the person had it too
SELF_YES = ("ik ook", "en ik", "ikzelf ook", "ook bij mij", "ook gehad", "ik ook al")
SELF = ("ik heb", "ik had", "heb ik", "had ik", "mezelf", "ikzelf")
SELF_OBJECT = ("het", "dat", "da", "t")
SELF_SELF = ("zelf",)
SELF_NOT = ("niet", "nie", "nooit", "geen")
#: the weight: mentioned, why, hedged, without a reason, strictly a weight, on purpose
WEIGHT_MENTION = (
    "kwijt", "afgevallen", "afvallen", "val af", "viel af", "vermagerd", "lichter", "dunner", "magerder", "pond",
    "gewicht",
)  # fmt: skip
WEIGHT_CAUSE = (
    "zorgen", "piekeren", "eetlust", "geen honger", "minder honger", "eten less", r"minder (?:eten|gegeten|eet)",
    "eet minder", "at minder", "pijn", r"ziek\w*", r"misselijk\w*", "rouw", "druk", r"angst\w*", "kan niet eten",
    "dieet", "dieten", r"lijn\w*", "lopen", r"wandel\w*", "vasten", "gezonder", r"gezond(?:er)? eten", "bewust",
)  # fmt: skip
WEIGHT_UNCLEAR = (
    "deels", "gedeeltelijk", "half", "misschien", "mss", "wellicht", "denk ik", "ik denk", "vermoedelijk",
    "waarschijnlijk", "soort van", "allebei", "een beetje van beide",
)  # fmt: skip
NOT_HEDGES: tuple = ()
WEIGHT_NO_REASON = (
    r"weet (?:niet|nie|ik niet) waarom", "unsure waarom", "geen idee waarom", "zomaar", "vanzelf",
    r"niet (?:geprobeerd|bewust|expres|gewild)", r"nie (?:geprobeerd|bewust|expres)", "zonder reden",
    "onverklaarbaar", "onverklaard",
)  # fmt: skip
INTENT_CLEAR = (
    "dieet", "dieten", r"lijn\w*", "bewust", "expres", "opzettelijk", "met opzet", "wilde afvallen", "wou afvallen",
    r"probeer\w* af te vallen", r"afslank\w*", "vasten",
    # Flemish chat spells expres with two s; watching the food is the intent
    "express", r"(?:let|letten) (?:(?!niet |nie |geen )\w+ ){0,2}?op (?:mijn|mn|m'n|wat ik) (?:eten|eet)",
)  # fmt: skip
NEG_BEFORE = ("niet", "geen", "nooit", "zonder")
STRICT_UNITS = ("pond",)
WEIGHT_STRICT = (
    "gewicht", "afgevallen", "afvallen", "val af", "viel af", "vermagerd", "lichter", "dunner", "magerder",
    "slanker", r"(?:een paar|paar|wat|enkele) kilo\w*",
)  # fmt: skip
PURPOSE_NO = ("nee", "neen")
PURPOSE_WHY = ("dieet", r"lijn\w*", "bewust", "expres", r"probeer\w*", "wilde", "wou")
PURPOSE_I = ("ik was", "ik heb", "ik deed", "ik ben")
PURPOSE_HOW = ("dieet", r"lijn\w*", "bewust", "expres", "op dieet")
#: night pain when moving / whatever the position
NIGHT_POSITION = (
    r"draai\w*", r"omdraai\w*", "gedraaid", r"beweeg\w*", "bewegen", r"houding\w*", r"positie\w*", "lig op",
    "liggen op", r"op mijn (?:zij|rug|buik)", r"op mn (?:zij|rug|buik)", r"verleg\w*", "verliggen", "andere kant",
    r"bepaalde (?:manier|houding)",
)  # fmt: skip
NIGHT_PERSIST = (
    r"continu\w*", "hele nacht", "de ganse nacht", "ganse nacht", "welke houding", "elke houding",
    r"geen (?:enkele )?houding", "altijd", "voortdurend", "aanhoudend", "hoe ik ook", "de hele tijd",
    "heel de nacht", "heel de tijd",
)  # fmt: skip
#: de nacht verteld als nooit ophoudend (sessie 31AI): "s nachts stopt het nooit", "in bed houdt het niet op" -- een ja
NIGHT_NEVER_STOPS = (
    r"(?:s nachts|snachts|nachts|in bed)\b(?: \w+){0,3}? (?:nooit|niet|nie) (?:meer )?(?:op|weg|over|minder|stil)\b",
    r"(?:s nachts|snachts|nachts|in bed)\b(?: \w+){0,2}? (?:stopt|stopte|zakt|zakte|minder\w*) (?:\w+ )?(?:nooit|niet|nie)\b",
)
#: de nacht goed verteld, de rest van een ander moment (sessie 31AI): "s ochtends wat stijf, s nachts geen last", "in bed gaat het
#: prima", "ik slaap goed" -- een nee (niet "s nachts niet goed": NEG_BEFORE)
NIGHT_TOLD_FINE = (
    r"(?:s nachts|snachts|nachts|in bed|de nachten|s nachts in bed)(?: (?:is het|is t|heb ik|gaat het|gaat t|voel ik|zijn ze|gaan ze|ben ik|heb k"
    r"|is alles|gaat alles))? (?:(?!(?:niet|nie|ni|nooit|geen)\b)\w+ )?(?:geen last|geen pijn|geen klachten|niks|niets|prima|goed|ok|oke"
    r"|geen probleem|pijnvrij)\b(?! (?:\w+ )?(?:helpt|werkt|verlicht))",
    r"(?:geen last|geen pijn|geen klachten|prima|goed|oke|ok) (?:s nachts|snachts|nachts|in bed)\b",
    r"(?:ik |k )?slaap (?:goed|prima|door|als een roos|als een blok|uitstekend)\b",
)
#: ... of niet goed verteld: opnieuw gevraagd, nooit een nee ("s nachts niet goed", "in bed gaat het niet zo best")
NIGHT_NOT_FINE = (r"(?:s nachts|snachts|nachts|in bed|de nachten)(?: \w+){0,2}? (?:niet|nie|ni|nooit) (?:zo |echt |erg |al te )?(?:goed|prima|best"
                  r"|ok|oke|lekker)",)
#: weakness: getting worse / the same (the follow-up's answer)
WORSE_ANSWER = ("erger", "slechter", "zwakker", "achteruit", "verergert", "steeds meer", "steeds erger")
SAME_ANSWER = (
    "beter", "hetzelfde", "zelfde", r"gelijk\w*", "stabiel", "blijft", "onveranderd", "niet erger", "nie erger",
    "verandert niet", "niet slechter", "nie slechter",
)  # fmt: skip
#: a number not sure of: "3 of 4 weken", "euh"
UNSURE_WORD = (
    "weet niet", "weet nie", "geen idee", "moeilijk te zeggen", "weet het niet meer", "weet ik niet meer",
    "niet meer zeker", "ofwel", "eerder", "of was het", "euh+",
)  # fmt: skip
DURATION_OR = ("of", "of misschien", "ofwel", "misschien")
NUMBER_HINTS = (
    "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "twaalf", "paar",
)  # fmt: skip

# ---- the whole story in one message ---------------------------------------------
#: where a message splits into clauses: "maar", "nu", "en ik ..."
CLAUSE_WORDS = ("maar", "nu", "daarna", "terwijl", "wel", "toch", "sindsdien")
CLAUSE_AND = ("en",)
CLAUSE_SUBJECT = ("ik", "mijn", "het", "t", "k", "mn", "de pijn")
#: a clause about pain
PAIN_WORD = (
    r"pijn\w*", r"straal\w*", r"uitstral\w*", "trekt", "trekken", "trok", "trekkende", r"schiet\w*", r"zeur\w*",
    "ischias", r"steek\w*", r"stekend\w*", r"brand\w*", "doet", GOES_TO,
)  # fmt: skip
BLADDER_BOWEL_WORD = (r"plas\w*", "blaas", "ontlasting", "stoelgang", r"kak\w*", r"poep\w*")
OTHER_BODY = ("handen", r"vingers?", "armen", "gezicht", "lippen", "tong")
#: a sudden onset told in a story (whole patterns)
STORY_SUDDEN = (
    # the moment the back went
    r"\b(?:schoot (?:het |er |t )?(?:\w+ )?(?:in|erin)|erin geschoten"
    r"|ingeschoten|schoot vast|zat (?:\w+ )?(?:vast|geblokkeerd)|geblokkeerd|heksenschot|spit|verschot|verrekt"
    r"|verkeerde beweging|verkeerd bewogen|door (?:mijn|mn|de|m) rug (?:gegaan|gezakt)|vertild|vertilde"
    r"|krak|knak|pats)\b",
    # a movement told in the past
    r"\b(?:tilde|tilden|optilde|opgetild|getild|ophief|opgeheven|bukte|bukten|gebukt|draaide|omdraaide"
    r"|gedraaid|verdraaid|verdraaide|reikte|strekte|niesde|hoestte|sjouwde|gesjouwd|verhuisde|raapte|opraapte"
    r"|opgeraapt|omgespit|gespit|spitte|schepte|geschept|stofzuigde|gestofzuigd|aantrok|aandeed|rechtkwam"
    r"|opstond|sprong|gesprongen|uitstapte|instapte)\b",
    r"\b(?:bij|na|tijdens|sinds|toen|terwijl) (?:het |ik |een |ne |nen )?(?:\w+ ){0,5}?(?:tillen|optillen|opheffen"
    r"|heffen|bukken|draaien|omdraaien|draai|oprapen|rapen|reiken|strekken|niezen|hoesten|sjouwen|verhuizen"
    r"|verhuis|dragen|trekken|duwen|scheppen|spitten|stofzuigen|rechtkomen|opstaan|aantrekken|aandoen|springen"
    r"|tilde|bukte|draaide|omdraaide|optilde|uittrekken|lostrekken|uitrukken|losrukken|rukken|sleuren|slepen"
    r"|forceren|wrikken)\b",
    # (session 28G) the back forced or pulled wrong: "rug geforceerd", "verrokken", "verkeerd getrokken"
    r"\b(?:rug (?:\w+ )?(?:geforceerd|verrokken|verrekt)|verrokken|verrokt|geforceerd|forceerde"
    r"|verkeerd (?:getrokken|getild|geheven|gebukt|gedraaid|opgetild))\b",
)
#: (session 28G) a movement told as not done, masked before the story's sudden words are read: "geen verkeerde
#: beweging", "zonder dat ik iets tilde", "niks zwaars gedragen"
STORY_NOT_SUDDEN = (
    r"(?:geen|zonder|nooit een|niet door een|niet van een) (?:\w+ )?(?:verkeerde|rare|bruuske|plotse) (?:beweging|draai)",
    r"zonder (?:dat )?(?:ik |k )?(?:\w+ ){0,2}?(?:te )?(?:tillen|getild|tilde|heffen|hief|dragen|droeg|gedragen|forceren"
    r"|forceerde|geforceerd|trekken|trok|bukken|bukte|sjouwen|sjouwde)",
    r"(?:niks|niets|niet|nooit|geen) (?:\w+ ){0,2}?(?:getild|opgetild|tilde|gedragen|droeg|geheven|opgeheven|geforceerd"
    r"|forceerde|getrokken|trok|gesjouwd|sjouwde|gebukt|bukte|verkeerd gedaan|verkeerd bewogen|verkeerds gedaan)",
    r"(?:geen|zonder) (?:zware )?(?:inspanning|last|lasten|gewicht|gewichten)(?: (?:gedragen|getild|opgeheven))?",
    # een "niet" over een opsomming (sessie 36, de lead; een blinde straatpatiënt): "niet gevallen of iets getild", "nooit
    # uitgegleden of iets zwaars gedragen"
    r"(?:niet|nooit|niks|niets|geen) (?:\w+ ){0,2}?(?:of|noch) (?:\w+ ){0,2}?(?:getild|opgetild|tilde|gedragen|droeg|geheven"
    r"|opgeheven|geforceerd|forceerde|getrokken|trok|gesjouwd|sjouwde|gebukt|bukte)",
)
#: "ineens" (not "ineens erger")
SUDDEN_TIME = ("ineens", "opeens", r"plots\w*", "van de ene dag op de andere", "in een keer")
THEN_WORSE = ("erger", "slechter")
#: a gradual onset told in a story
STORY_GRADUAL = (
    r"werd (?:er |ermee )?wakker (?:\w+ )?mee", r"geleidelijk\w*", r"langzaam (?:aan|gekomen|opgekomen|begonnen|ontstaan)",
    "beetje bij beetje", r"stilaan(?: (?:gekomen|begonnen|opgekomen|ontstaan))?", "gaandeweg", r"sluipend\w*",
    "vanzelf", "zomaar", "uit het niets", "kwam gewoon", "gewoon gekomen", "uit zichzelf", "van lieverlede",
    "niets gebeurd", "niks gebeurd", "niks speciaals", "niets speciaals", "niks bijzonders", "niets bijzonders",
    r"geen idee (?:waarom|hoe|van waar|vanwaar|waardoor|van wat)",
    # (session 28G) softly: "is zachtjes begonnen", "kwam zachtjesaan opzetten"
    r"(?:zachtjes|zachtjesaan|stilletjes|stillekes) (?:aan )?(?:\w+ )?(?:gekomen|begonnen|opgekomen|ontstaan|opzetten|erin geslopen)",
    r"(?:begon|begonnen|kwam|komen|is) (?:het |t |dat )?(?:heel |zo |eerst )?(?:zachtjes|zachtjesaan|stilletjes|stillekes)\b",
    # (session 36, the lead) crept in: "gewoon langzaam erin geslopen", "het is er ingeslopen"
    r"(?:erin|er in) (?:geslopen|gekropen)", r"ingeslopen",
)  # fmt: skip
#: "unsure waarom": the normaliser's "unsure" (for "weet niet") before a question word
GRADUAL_UNSURE: tuple = ()
GRADUAL_UNSURE_OF = ("van",)
GRADUAL_WHY = ("waarom", "hoe", "wat", "waar", "vanwaar", "waardoor", "van waar")
#: a clause about the weight (its "geleidelijk" is not the onset)
WEIGHT_WORD = ("gewicht", "afgevallen", "afvallen", "kwijt", "vermagerd")
#: no leg pain, told in a story
#: the legs denied as a clause of a story that tells back pain (session 34W): "rugpijn sinds maandag, niet in mijn benen"
LEGS_NOT_STORY = (r"(?:niet|nie) (?:in|naar|tot in) (?:mijn |mn |m |de )?(?:been|benen)",)
#: what may come before it in its clause ("maar niet in mijn benen", "het is niet in de benen")
LNS_LEAD = ("maar", "en", "het is", "t is", "is")
LEG_NONE_STORY = (
    "geen beenpijn", r"geen pijn (?:in|naar) (?:mijn |mn |m |de )?(?:been|benen)", "nergens anders",
    "geen uitstraling", r"straalt (?:\w+ ){0,2}?niet uit", "zonder uitstraling", "geen ischias",
    r"geen (?:been)?klachten (?:in|aan) (?:mijn |de )?(?:been|benen)", "geen beenklachten",
    r"(?:trekt|gaat|straalt|schiet|zit|komt|loopt) (?:\w+ )?niet (?:\w+ )?(?:in|naar"
    r"|tot in|door naar|uit naar) (?:mijn |mn |m |de )?(?:been|benen)",
    r"niks in (?:mijn |mn |de )?(?:been|benen)",
)  # fmt: skip
LNS_NOT = ("niet", "nooit")
LNS_GO = (r"uitstra\w*", "trekken", "trekt", "gaan", "gaat", "straalt", "stralen")
LNS_INTO = ("naar", "in de", "tot in", "uit naar")
LNS_DET = ("mijn", "mn", "m", "de")
LNS_NOT_SHORT = ("niet",)
LNS_GO_SHORT = ("gaat", "straalt")
ANYWHERE = ("nergens",)
LNS_ONLY = ("alleen", "enkel", "puur")
LNS_STAYS = ("blijft", "blijven", "zit", "is")
LNS_STAYS_ONLY = ("alleen", "enkel")
LNS_AT = ("in",)
LNS_LOWER = ("lage",)
LNS_AND_INTO = ("en", "naar", "tot")
OR = ("of",)
ANYTHING = ("iets", "zo")
ELSE: tuple = ()
LNS_INTO_SHORT = ("naar", "in de")
#: no numbness, no weakness
NO_WITHOUT = ("geen", "zonder")
NUMB_NOUNS = (
    "tintelingen", "tinteling", "doof gevoel", "dove gevoel", "gevoelloosheid", "prikkelingen", "verdoofd gevoel",
)  # fmt: skip
NOT_IS = ("niet",)
NUMB_ADJ = ("doof", "gevoelloos", "verdoofd")
WEAK_NOUNS = ("zwakte", "krachtverlies", "krachtsverlies")
LEG_FEET = ("been", "benen", "voeten")
STRONG = ("sterk", "krachtig")
WEAK_ADJ = ("zwak", "zwakker")
FULL = ("volle", "normale")
STRENGTH = ("kracht",)
WEAK_NONE_STORY = (r"\b(?:kracht|spierkracht) (?:\w+ ){0,2}?(?:is |zit )?(?:goed|prima|normaal|ok)\b",)
#: both legs, told in a story
BOTH_STORY = (
    r"\b(?:beide|allebei|allebeide|alle twee|twee|2) (?:mijn |mn |m |de )?(?:benen|voeten|been|kanten"
    r"|bovenbenen|onderbenen|kuiten|dijen|knieen|enkels)\b",
)
BOTH_LIMBS = ("benen", "voeten", "bovenbenen", "kuiten")
BOTH_AFTER = ("allebei", "alle twee")
#: one leg, told in a story
ONLY = ("alleen", "enkel", "maar")
IN_DOWN: tuple = ()
ONE_STORY = ("een", "1", "linker", "rechter", "linkerbeen", "rechterbeen", "linkervoet", "rechtervoet")
LEG_SIDE_STORY = ("been", "kant", "voet")
ONE_W = ("een",)
LEG_W = ("been",)
ONLY_AFTER: tuple = ()
BOTH_ONE_STORY = (r"\bniet (?:in )?(?:beide|allebei)\b",)
#: the red flags denied in a story
NEG_WORDS = ("geen", "niet", "zonder")
SADDLE_NUMB = (r"gevoelloos\w*", "tintelingen", "doof")
AROUND = ("rond", "bij", "in de", "van", "aan")
NO = ("geen",)
SADDLE_NUMB_NOUNS = ("gevoelloosheid", "tintelingen")
DOWN_BELOW = ("daar beneden",)
CAN = ("kan", "ik kan")
STILL = ("nog",)
FEEL = ("voelen", "voel")
FEEL_FINE = ("normaal", "goed", "prima")
CAN_SHORT = ("kan",)
FEEL_SHORT: tuple = ()
EVERYTHING: tuple = ()
FINE_OK: tuple = ()
FEEL_ALL = ("voel",)
EVERYTHING_ALL = ("alles",)
DOWN_THERE = (r"van onder\w*", "daar beneden")
BB_NOUNS = ("plas", "blaas", "stoelgang", "incontinentie", "ontlasting", "darm", "darmen", "plassen")
BB_SUBJECT = ("plassen", "stoelgang", "plas", "ontlasting")
BB_IS = ("gaat", "gaan", "nog")
BB_FINE = ("normaal", "goed", "prima", "zoals altijd")
NEG_BLADDER_BOWEL: tuple = ()
SLEEP_NOT = ("niet",)
SLEEP = ("slaap", "slapen")
SLEEP_FINE = ("goed", "prima")
NIGHT_TROUBLE = ("pijn", "last")
AT_NIGHT = ("s nachts", "snachts")
NEG_NIGHT = (r"\bs ?nachts (?:\w+ ){0,2}?(?:geen (?:pijn|last)|goed|prima)\b",)
#: night pain told in a story: "ook s nachts", "s nachts in rust"
EVEN = ("ook", "zelfs")
AT_NIGHT_ALL = ("s nachts", "snachts")
AT_REST = ("in rust", r"stil (?:liggen|lig)")
#: "niet ik" told in a story
NOT_ME_STORY = (
    "niet ik", "ikzelf niet", "ik zelf niet", "zelf niet", "zelf nooit", "niet bij mij", "niet mezelf",
    r"ik (?:zelf )?(?:heb|had) (?:het|dat|da|t|zelf|kanker)? ?(?:niet|nooit|geen)",
)  # fmt: skip
#: the age in a story
#: een geboortejaar in een verhaal ("ik ben van '79"), gelezen als de leeftijd die het geeft
STORY_BORN = ("geboren", "geboren in", "geboortejaar", "ik ben van")
STORY_I_AM = ("ik ben", "ben", "leeftijd")
STORY_AGE_FILLER = ("een", "nu", "net")
NOT_AN_AGE = ("keer", "kilo", "dag", "dagen", "weken", "maand", "maanden", "uur", "procent")
STORY_YEARS_OLD = ("jaar oud", "jarige", "jarig")
PERSON = ("vrouw", "man", "dame", "heer", "meisje", "jongen", "mevrouw", "meneer")
PERSON_OF = ("van",)
SEX_LETTER = ("v",)
SEX_NOT_AFTER = ("geleden", "lang")
#: a duration about something else than the pain (the cancer, the weight, a pregnancy)
DURATION_OTHER = (
    r"kanker\w*", "gewicht", "afgevallen", "kwijt", r"zwanger\w*", "geboren", "geopereerd", r"koorts\w*", "griep",
    "gediagnosticeerd", "behandeld",
    # een vorige keer: "5 jaar geleden had ik ook eens ischias", "vorige keer", "een andere hernia"
    r"ook (?:al )?eens", r"vorige keer", r"de vorige", r"een andere? (?:keer|hernia|aanval|periode|ischias)", r"had ik ook", r"al eens gehad",
)  # fmt: skip
#: a change that a duration may be told of, not the pain (session 27O): "sinds 3 dagen erger", "de laatste 2 dagen slechter"
DURATION_CHANGE = (
    "erger", r"verergerd\w*", r"verergert", r"verslechter\w*", "slechter", r"(?:meer|heviger|zwaarder) geworden", r"toegenomen",
    r"neemt (?:\w+ )?toe", r"uitgebreid", r"breidt (?:\w+ )?uit", r"verspreid\w*", "heviger", "zwaarder",
)  # fmt: skip
ABOUT_THE_BACK = (r"rug\w*", "onderrug", "spit", "verschot", "begon", "begonnen", "sinds", "sinds dien")
#: morning stiffness in a story: "s morgens heel stijf"
STORY_MORNING = (r"ochtend\w*", "s morgens", "smorgens", "morgens", "s ochtends", "opstaan")
STIFF_NOT = ("niet", "nooit")
VERY = ("heel", "erg", "zo")
#: where the pain is: a clause without its own subject continues the one before
SUBJECT_START = (
    "ik", "k", "mijn", "mn", "het", "t", "de", "geen", "niet", "niks", "niets", "ze", "hij", "zij", "we", "wij",
    "kan", "soms",
)  # fmt: skip
CONNECTOR = ("nu", "en", "maar", "daarna", "ook", "sindsdien", "dus")
OTHER_SYMPTOM = (
    r"tintel\w*", "doof", "dove", r"gevoelloos\w*", r"zwak\w*", r"stijf\w*", r"kramp\w*", r"prikkel\w*", "slaapt",
    r"slapend\w*", "gezwollen", "koud",
)  # fmt: skip
SUB_CHUNK = ("en", "met")
#: "onder de knie" without a pain word
KNEE_BELOW = ("onder", "voorbij", "lager dan")
KNEE_ABOVE = ("boven", "tot aan")

# ---- corrections ----------------------------------------------------------------
#: "eigenlijk", "ik bedoelde", "niet 3 dagen maar 3 weken"
CORRECTION = (
    "eigenlijk", "ik bedoelde", "ik bedoel", "bedoelde", "bedoel", "wacht", "oeps", "oepsie", "correctie", "tikfout",
    "typfout", "verkeerd getypt", "vergist", "vergis", "ik vergiste", "liever gezegd", "of beter", "beter gezegd",
    "ik heb me vergist", r"verkeerde (?:knop|antwoord)", "antwoord wijzigen", "mis getypt",
    r"niet (?:\w+ ){0,3}?maar", r"nie (?:\w+ ){0,3}?maar",
)  # fmt: skip
#: a plain answer after "eigenlijk" is no correction
ACTUALLY = ("eigenlijk", "wacht")
PLAIN_ANSWER = ("nee", "ja", "niet", "nie", "wel", "geen")
CORRECTION_PLAIN = (r"^eigenlijk (?:niet|nie|wel|geen|nooit|nee|ja)\b",)
#: "nee, het is al 3 weken": a no, then a statement
NO_OPEN = ("nee+", "neen")
NO_THEN_SUBJECT = ("het", "t", "dat", "da", "de pijn", "ik", "k", "het is", "t is")
NO_THEN_VERB = ("ging", "gaat", "is al", "was", "begon", "kwam", "zit", "straalt", "al")
NO_THEN_NEGATIVE = ("niet", "nie", "geen", "nooit", "goed", "prima", "niks", "niets")
#: fillers at the start ("euh", "allez")
FILLER = ("euh+", "eh+", "ehm+", "nou", "allez", "oke", "oei", "o")
#: "3 weken niet 3 dagen", "boven de knie, niet onder"
SMALL_NUMBER = ("een", "twee", "drie")
VNV_NOT = ("niet",)
VNV_NOT_SHORT = ("niet",)
PLACE = ("boven", "onder", "links", "rechts", r"linker\w*", r"rechter\w*")
#: an apology before a new value
SORRY = ("sorry hoor",)

#: A "nee" told with a hedge ("ik denk het niet") to a red-flag question: neither a clear no
#: nor "weet ik niet", so the question is asked once more (bot/clinical/check_flow.py), never guessed.
HEDGED_NO = (
    r"(?:ik )?denk (?:het|van) (?:nog steeds |nog altijd |echt |eigenlijk )?niet", r"ik denk niet", r"denk ik niet",
    r"geloof (?:het|ik|van) niet",
    r"waarschijnlijk niet", r"eerder niet", r"niet dat ik weet", r"volgens mij niet", r"niet dat ik merk",
    r"ik vermoed van niet",
)  # fmt: skip

# ---- sessie 28C: peter en meter, stief- en schoonfamilie (bot/reading/answers.py _RELATIVE) ----
#: "nee, mijn peetoom had darmkanker, niet ik", "mijn stiefvader had kanker, ik niet" (peter en meter alleen na een bezitter: de
#: naam Peter, een meter lang)
RELATIVE += (
    "peetoom", "peettante", "peetvader", "peetmoeder", "petekind", "metekind", "peterke", "meterke",
    r"(?:mijn|mn|m|me|ons|onze|zijn|haar) (?:peter|meter)", r"stief(?:vader|moeder|pa|ma|broer|zus|zoon|dochter|ouders)",
    "schoonouders", "schoonzoon", "schoondochter", "schoonfamilie", r"klein(?:zoon|dochter|kind|kinderen)", "grootouders",
    "verloofde", r"plus(?:vader|moeder|papa|mama)",
)  # fmt: skip

# ---- session 29N: niets kwijt buiten wat bewust is ----
#: niets verloren buiten wat gewild is, voor zijn "zonder te proberen" (sessie 29N, bot/reading/answers.py _weight_no_reason):
#: "ik verlies niks zonder het te willen", "geen gram dat ik niet wil" (niet "8 kilo kwijt zonder te proberen")
NOTHING_UNTRIED_BEFORE = (r"(?:verlies|verloor|val|viel) (?:ik |k )?(?:\w+ )?(?:niks|niets|geen gram|geen kilo|geen grammetje)(?: af)?",)

# ---- sessie 29M: een teken uitdrukkelijk niet erger verteld, de hiel- en teenproef links en rechts gelijk ----
#: een verergering uitdrukkelijk ontkend (bot/reading/answers.py _told_unchanged, sessie 29M): "t is niet erger geworden"
NOT_WORSE_TOLD = (r"(?:niet|nie|ni|nooit|geen) (?:\w+ ){0,2}?(?:erger|slechter|verergerd|achteruit\w*)",)
#: de vergrotende trap als toestand van het been, geen verloop (sessie 29M): "mijn linkerbeen is slapper" naast "niet erger" is
#: een zwak been ("wordt slapper", "elke dag zwakker", "zwakker dan gisteren" blijven een verloop)
WEAKER_STATE = (r"(?:(?<=\bis )|(?<=\bzijn )|(?<=\bvoelt )|(?<=\bvoelen )|(?<=\blijkt ))(?:wat |een beetje |iets |een stuk |veel |duidelijk )?"
                r"(?:zwakker|slapper|krachtelozer)\b(?! (?:en zwakker|en slapper|elke|iedere|per|met|dan (?:gisteren|vorige|vanmorgen|deze|een week|enkele|eergisteren)))",)
WEAK_STATE_WORD = ("zwak",)
#: de hiel- en teenproef gedaan, links en rechts gelijk (sessie 29M): met een duidelijke nee is dat geen zwakte
SIDES_EQUAL = (r"(?:hielen|hiel|hakken|tenen|tippen|tenenstand|test|proef)\b(?: \S+){0,15}? (?:aan |op |langs )?(?:beide kanten|allebei de kanten|links en rechts|linksrechts"
               r"|rechts en links|beide benen|beide voeten|allebei) (?:\w+ )?(?:hetzelfde|gelijk|even goed|even sterk|geen verschil|identiek)\b",
               r"(?:hielen|hiel|hakken|tenen|tippen|test|proef)\b(?: \S+){0,15}? (?:hetzelfde|gelijk|even goed|even sterk|geen verschil)(?: \w+)? "
               r"(?:aan |op |tussen |langs )?(?:beide kanten|allebei de kanten|links en rechts|linksrechts|rechts en links|beide benen|beide voeten)\b")

#: een tegenstelling na de pijn in de rug die toch een been in gaat (sessie 29Q, bot/reading/answers.py _DOWN_AFTER_ALL): "het
#: blijft in mijn rug maar soms trekt het naar beneden", "meestal in mijn rug, behalve af en toe in mijn dij"
DOWN_AFTER_ALL = (r"(?:maar|mor|ma|soms|behalve|af en toe|wel eens|weleens|soms wel)(?: \w+){0,6}? (?:naar beneden|omlaag|been|benen|dij|dijen"
                  r"|bovenbeen|knie|knieen|kuit|kuiten|scheen|voet|voeten|enkel|straalt|uitstraalt|schiet|trekt (?:\w+ )?door)",)

#: een ja/nee-antwoord dat nee zegt, een vroegere keer van het teken vertelt en het nu ontkent (sessie 35I, issue 12;
#: bot/reading/answers.py _past_denied): "nee, vorige winter koorts gehad met de griep, nu niks"
PAST_EPISODE = (r"vorige? (?:week|maand|jaar|winter|zomer|herfst|lente)", r"(?:verleden|vorig) jaar", "geleden", r"jaren terug",
                r"in (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)",
                r"toen ik", "vroeger", r"als kind", "lang terug")
NOW_DENIED = (r"nu (?:(?!nog\b)\w+ ){0,2}?(?:niks|niets|niet|geen|nie|nix)\b(?! (?:meer )?(?:weg|over|beter|gedaan|gestopt|minder|voorbij|\w+en)\b)", r"(?:niks|niets|nie|niet|geen \w+|nix) meer\b(?! (?:weg|over|beter|gedaan|gestopt|minder|voorbij))",
              r"momenteel (?:\w+ )?(?:niks|niets|niet|geen)", r"(?:nu|sindsdien) (?:\w+ )?(?:weg|over|goed)",
              r"(?:sindsdien|sedertdien) (?:niks|niets|niet|geen)")
STILL_NOW = (r"(?:kwam|komt|is) (?:\w+ )?terug", "opnieuw", "weer", r"nog steeds", r"nog altijd", "vandaag", "gisteren",
             "vannacht", "vanmorgen", "vanochtend", r"nu wel", "terug gekomen", "teruggekomen")
PAST_DENIED_BUT = ("maar", "mor", "alleen")

# ---- sessie 37W: een dieet ontkend, de tijd waarin het gewicht eraf ging ----
#: een dieet of moeite ontkend tot drie woorden ervoor (bot/reading/answers.py _weight_on_purpose, sessie 37W): "ik doe echt
#: niks aan lijnen", "niets aan de lijn" (een kaal "nee" niet: "nee, aan het lijnen" is bewust afgevallen)
INTENT_NEG_BEFORE = ("niet", "nie", "ni", "niks", "niets", "geen", "nooit", "zonder")
#: ... of er meteen achter: "ik lijn niet"
INTENT_NEG_AFTER = ("niet", "nie", "ni")
#: een duur naast deze woorden is de tijd waarin het gewicht eraf ging, niet die van de pijn (_pain_duration): "5 kilo de
#: laatste 2 maanden"
DURATION_WEIGHT = (r"kilo\w*", "kg", "gewicht", "afgevallen", "vermagerd")

# ---- sessie 38Y: de vroegere tijd van een andere ziekte ----
#: een andere ziekte, een koorts of een operatie van iets anders; een duur als vroeger tijdstip ernaast is niet die van de pijn
#: (bot/reading/answers.py _pain_duration, sessie 38Y): "zes weken geleden griep", "een maand terug een longontsteking"
DURATION_ILLNESS = (r"griep\w*", "influenza", r"koorts\w*", "verhoging", r"infectie\w*", r"verkoudheid", "verkouden", "covid", "corona",
                    r"virus\w*", r"longontsteking\w*", "bronchitis", r"keelontsteking\w*", r"buikgriep\w*", r"operatie\w*", "geopereerd")
#: het vroegere tijdstip na de duur ("zes weken geleden", "een maand terug"), of ervoor (geen in het Nederlands)
DURATION_AGO_AFTER = ("geleden", "terug")
DURATION_AGO_BEFORE: tuple = ()
#: de pijn die ermee begon, in dezelfde zin (met een pijnwoord): "en de rugpijn begon toen", "sindsdien heb ik rugpijn"
DURATION_SAME_START = (r"begon\w*", "begonnen", r"gestart", r"start\w*", "sindsdien", "sedertdien", r"kwam (?:\w+ )?op", r"van toen af")
#: ... or named in the duration itself ("last month", "vorige maand", "le mois dernier")
DURATION_AGO_IN = ("vorige", "vorig", "verleden")

# ---- sessie 38Y2: de koorts terug, op de koortsvraag ----
#: op de koortsvraag is "ze" de koorts (sessie 38Y2): "ze is terug sinds gisteren", "ze stijgt weer", "het loopt terug op"
#: (niet "terug normaal", "weer gezakt")
CONTEXT_FEVER += (r"(?:ze|die|het|t) (?:is |was )?(?:weer |terug |opnieuw )(?:aan het stijgen|gestegen|omhoog|opgelopen)",
                  r"(?:ze|die|het|t) (?:stijgt|steeg|loopt|liep) (?:weer|terug|opnieuw)",
                  r"(?:ze|die) is (?:weer |opnieuw )?(?:terug|teruggekomen)\b(?! (?:\w+ )?(?:normaal|gezakt|gedaald|weg)\b)")

# ---- sessie 38S: het hele verhaal in een bericht (bot/reading/answers.py read_story) ----
#: de leeftijd van de schrijver na wat hij is (de motor zijn _STORY_JOB_AGE): "ik ben bakker, 52, en ..."
STORY_JOB_I_AM = (r"ik ben (?:een )?",)
#: het bericht getypt voor een familielid (de motor zijn _STORY_OTHER_AGE): "ik stuur dit voor mijn vader, hij is 81"
STORY_FOR_OTHER = (
    r"(?:ik )?(?:stuur|schrijf|typ|vraag|tik|stel) (?:dit|deze vraag|dit bericht) (?:\w+ )?voor", r"dit is voor",
    r"namens", r"in naam van",
)  # fmt: skip
STORY_OTHER_IS = (r"(?:hij|zij|ze) is", r"die is", r"is")
STORY_AGE_END = ("en", "maar", "met", "nu")
#: het andere been goed na een been met pijn (de motor zijn _OTHER_SIDE_FINE): "rechts niks", "de andere kant niks"
OTHER_SIDE_LEAD = ("de", "mijn", "mn", "maar", "maar de", "maar mijn", "en", "en de")
OTHER_SIDE = (
    r"andere (?:been|kant|zijde|voet)", r"links", r"rechts", r"(?:linker|rechter) ?(?:been|kant|zijde|voet|dij)?",
)  # fmt: skip
OTHER_SIDE_NOW = ("nu",)  # "right leg is fine now"
OTHER_SIDE_FINE = (
    r"(?:is |voelt )?(?:goed|prima|normaal|in orde|ok|oke|okee|pijnvrij)", r"(?:heeft |is |voel ik )?(?:niks|niets)",
    r"(?:heeft |is )?geen pijn", r"(?:is )?(?:helemaal )?vrij",
)  # fmt: skip
#: geen beenpijn in straattaal (de motor zijn _LEG_NONE_STORY): "niks dat naar de benen trekt"
LEG_NONE_STORY += (
    r"(?:niks|niets|geen pijn) (?:die |dat )?(?:gaat |trekt |straalt |schiet |loopt )?(?:\w+ )?(?:naar|in|tot in|door"
    r" naar) (?:mijn |mn |m |de |beide )?(?:been|benen)(?! (?:\w+ )?(?:maar|behalve))",
)  # fmt: skip

#: "it" with a place word after it, where a bare "it" is the illness's, not the pain's (session 38Y: "it was over in a
#: week"; the engine's _pain_named)
IT_PRONOUNS = ("het", "t")
IT_PLACE_WORDS = ("in", "na", "op", "binnen")

#: a plain yes word after an opening no takes the no back ("no wait, yes i do": not sure; session 38V)
YES_TAKES_BACK = (r"ja+", r"jawel", r"jep", r"jup")

# ---- sessie 39I (issue 12): de nacht goed zodra stil gelegen ----
#: de nachtpijn alleen bij het bewegen, goed zodra stil gelegen (bot/reading/answers.py _night_eased): "als ik stil lig is het
#: goed", "stil liggen gaat prima", "zolang ik stillig heb ik geen last" (niet "ook als ik stil lig doet het pijn", "niet goed")
NIGHT_EASED += (r"(?:(?:als|wanneer|zolang|zodra|eens) (?:ik |k )?(?:\w+ )?(?:stil (?:lig|blijf liggen|blijf)|stillig)|stil ?liggen)(?: ,)?"
                r" (?:(?:dan )?(?:is|gaat|heb|voel|doet) (?:het |t |ik |k )?(?:wel |gewoon |echt )?)?(?:goed|prima|ok|oke|in orde|geen last|geen pijn|niks|niets"
                r"|geen kwaad)\b(?! (?:meer|pijn)\b)",)

# ---- session 40J (issue 12): een begin in dialect, de leeftijd van wie het over gaat, "straalt nergens naartoe" ----
#: geheven, in het Vlaams (de motor zijn _story_onset): "nen bak water geheven", "iets uit de koffer geheven", "ik hefte een
#: kist op"
STORY_SUDDEN += (r"\b(?:geheven|hefte|hefde|ophefte|ophefde)\b",)
#: de leeftijd van wie het bericht over gaat, in de derde persoon (de motor zijn _story_carer_age): "ze is 84", "hij is 58",
#: "mijn pepe (88)"
CARER_IS = (r"(?:hij|zij|ze) is", r"(?:hij|zij|ze) is nu", "die is")
CARER_REL_IS = ("is", "van", ",")
#: de pijn van die persoon, niet van de schrijver
CARER_PAIN = (r"(?:ze|zij|hij) (?:\w+ ){0,4}?(?:pijn|rugpijn|last|zeer)", r"(?:haar|zijn) (?:onder)?rug",
              r"(?:{RELATIVE}) (?:\d+ )?(?:heeft|had) (?:\w+ ){0,4}?(?:pijn|rugpijn|last)")
#: het bericht getypt voor iemand: "ik schrijf voor mijn vader", "ik stuur voor mijn bomma", "namens mijn moeder"
CARER_FOR = (r"(?:stuur|schrijf|typ|vraag|tik|stel|sms|app) (?:\w+ ){0,3}?voor", r"namens", r"in naam van", r"dit is voor")
OWN_PAIN = (r"(?:mijn|mn|m) (?:onder)?rug", r"ik (?:heb|had) (?:\w+ ){0,3}?(?:pijn|rugpijn|last)")
#: de leeftijd van een ding: "mijn auto is 12 jaar oud"
AGE_THING_IS = ("is",)
#: geen beenpijn, "straalt nergens naartoe", "trekt nergens heen", "die nergens naartoe trekt"
LEG_NONE_STORY += (r"(?:straalt|trekt|gaat|schiet|loopt|stralen|trekken) (?:\w+ )?nergens (?:naar ?toe|naar ?uit|heen|in)",
                   r"nergens (?:naar ?toe|heen) (?:trekt|straalt|gaat|uitstraalt|schiet)")
CARER_AGE_END = ("heeft", "had", "zit")
# ---- session 40I: de leeftijd na de duur, "op mijn 27ste" ----
#: "al 5 maanden rugpijn op mijn 27ste", "op m'n 29" (bot/reading/answers.py _STORY_AGE): twee cijfers na "op mijn"
STORY_I_AM += (r"(?<![\w'])op (?:mijn|mn|m'n|m n)(?=\s*[1-9]\d(?:ste|de|e)?\b)",)
#: "op mijn 27ste": het rangtelwoord achter de leeftijd
STORY_AGE_ORDINAL = ("ste", "de", "e")

# ---- session 40I: nachtpijn alleen bij het draaien, rustig liggen gaat, in eenvoudige woorden ----
#: (bot/reading/answers.py _night_eased, met NIGHT_POSITION): "rustig liggen gaat", "als ik rustig lig is het goed", "als ik niet
#: beweeg is het goed", "zonder bewegen gaat het prima", "anders geen pijn", "voor de rest gaat het" (niet "gaat niet")
_STIL_GOED = (r"(?: ,)? (?:(?:dan )?(?:is|gaat|heb|voel) (?:het |t |ik |k )?(?:wel |gewoon |echt )?)?(?:goed|prima|ok|oke|in orde|geen last"
              r"|geen pijn|niks|niets)\b(?! (?:meer|pijn)\b)")
NIGHT_EASED += (r"(?:(?:als|wanneer|zolang|zodra|eens) (?:ik |k )?(?:rustig|stil) (?:lig|blijf liggen)|(?:rustig|stil) ?liggen"
                r"|(?:als|wanneer|zolang) (?:ik |k )?(?:niet|nie) (?:beweeg|beweeg ik)|zonder (?:te )?bewegen)" + _STIL_GOED,
                r"(?:(?:rustig|stil) ?liggen|zonder (?:te )?bewegen|voor de rest|verder|anders) (?:gaat|lukt)(?: het| t)?(?!\s*(?:niet|nie)\b)"
                r"(?: wel| prima| goed)?(?= ,| \.|$| (?:wel|prima|goed)\b)",
                r"(?:anders|voor de rest|verder)(?: ,)? (?:(?:is|gaat|heb|voel) (?:het |t |ik |k )?(?:wel |gewoon )?)?(?:goed|prima|ok|oke|in orde"
                r"|geen last|geen pijn)\b")
#: de rugpijn in straattaal of een zegswijze genoemd (sessie 40K; bot/reading/answers.py tells_back_pain): "mijn rug speelt
#: weer op", "last van mijn onderrug", "mijn rug zit vast", "'t is in mijne rug geschoten", "ik sukkel met mijn rug" (niet
#: "geen last van mijn rug", "mijn rug zit niet vast", "de rug van de stoel", "hij is in de rug geschoten", "terug")
_MIJN_RUG = r"(?:mijn|mn|m|me|mijnen|ne|den|de) (?:lage |onderste )?(?:onderrug|rug|lende|lenden|lendenen)"
BACK_PAIN += (
    r"(?:onderrug|rug|lende|lenden) (?:speelt|speelde|spelen|speelden) (?:\w+ ){0,5}?op",
    rf"(?:speelt|speelde) {_MIJN_RUG} (?:\w+ ){{0,5}}?op",
    r"(?:onderrug|rug|lende|lenden) (?:\w+ ){0,2}?(?:opspelen|opgespeeld|op te spelen)",
    rf"(?<!geen )(?:last|ambras|miserie|problemen|gesukkel|sukkel|sukkelen|gedoe) (?:\w+ ){{0,3}}?(?:van|met|aan) {_MIJN_RUG}",
    rf"{_MIJN_RUG} (?:(?!niet |nie |geen |nooit |meer )\w+ ){{0,2}}?(?:vast|geblokkeerd|op slot|kapot|verrekt|verdraaid|verrokken|geforceerd"
    r"|mispakt|gekwetst|bezeerd|naar de kloten|om zeep|in de knoop)\b(?! (?:aan|met|tegen)\b)",
    rf"(?:zit|zat|is|was) {_MIJN_RUG} (?:(?!niet |nie |geen |nooit |meer )\w+ ){{0,2}}?(?:vast|geblokkeerd|op slot|kapot)\b(?! (?:aan|met|tegen)\b)",
    r"(?:onderrug|rug) (?:helemaal |volledig |weer |terug )?(?:geblokkeerd|op slot)",
    r"(?:in|aan) (?:mijn|mn|m|me|mijnen|ne) (?:onderrug|rug|lende|lenden) (?:\w+ )?(?:geschoten|geschoote?n|schieten|verschoten)",
    r"(?:schoot|schiet|geschoten) (?:\w+ ){0,2}?in (?:mijn|mn|m|me|mijnen|ne) (?:onderrug|rug|lende|lenden)",
)  # fmt: skip

# ---- sessie 41I (issue 12): één been met zijn kant, een plots begin ontkend ----
#: een deel van het been na zijn kant (bot/reading/answers.py _one_side_told): "mijn linkerbeen", "tot in mijn rechterkuit",
#: "mijn linkse bil", "de rechterkant van mijn dij"
#: alleen één kant: "alleen links", "enkel aan de rechterkant" (niet "maar": "maar rechts ook")
SIDE_ONLY = ("alleen", "enkel", "uitsluitend", "allee")
SIDE_ONLY_GAP = ("aan", "in", "op", "de", "mijn", "het", "mn")
SIDE_ONLY_NOUN = ("been", "kant")
SIDE_ONLY_AFTER = ("alleen",)
SIDE_NOT: tuple = ()
#: de andere kant of beide ergens verteld: geen één kant gelezen
SIDE_BOTH = (r"beide", r"beiden", r"allebei", r"benen", r"dijen", r"kuiten", r"billen", r"andere", r"kanten", r"wissel\w*",
             r"afwisselend", r"linksrechts")
#: een plots begin of een oorzaak ontkend (bot/reading/answers.py _story_onset): geleidelijk tenzij er toch een oorzaak is:
#: "het kwam niet zomaar plots", "niet van de ene dag op de andere", "geen ongeluk gehad", "niks zwaars opgetild"
STORY_START_DENIED = (
    r"(?:niet|nooit) (?:(?:zo|echt|heel|zomaar|gewoon|in) ){0,2}(?:plots\w*|ineens|opeens|in een keer|in 1 keer|van de ene dag op de andere)\b",
    r"(?:geen|zonder|nooit een) (?:\w+ )?(?:ongeval|ongeluk|ongevallen|accident|trauma)\b",
    r"(?:niks|niets) (?:zwaars |speciaals |bijzonders )?(?:opgeheven|opgetild|getild|gedragen|geheven)\b",
)

# ---- sessie 42R (issue 12): de tijd van een trage verergering, een korte kuur na een nee, "geheft" ----
#: een verergering traag verteld (bot/reading/answers.py _story_duration): haar tijd is het verloop van de pijn als geen andere
#: tijd verteld is ("zijn rug wordt al een maand of 4 stilaan erger"; niet "sinds 3 dagen erger", een opstoot)
DURATION_SLOW_CHANGE = ("stilaan", r"stillekes\w*", r"langzaam\w*", r"geleidelijk\w*", "beetje bij beetje", "stukje bij beetje",
                        "gaandeweg", r"traag\w*", "sluipend", "geleidelijkaan", "met de tijd", "stap voor stap")
#: de pijn ouder verteld dan de verergering: haar trage tijd is dan niet die van de pijn ("al jaren rugpijn, sinds 2 weken
#: langzaam erger")
DURATION_SLOW_OLDER = (r"(?<!\d )jaren\w*", r"(?<!\d )jaar(?! oud)", "lang", "lange tijd", "tijdje", "altijd", r"chronisch\w*", "af en toe", r"(?<!\d )maanden",
                       "eeuwen", "van kindsbeen", "sinds ik")
#: cortisone één keer, kort genomen (bot/reading/answers.py _steroid_course_only): "een keer een kuurtje van 5 dagen"
STEROID_SHORT_COURSE = (r"\d+ ?dag(?:en)?", r"(?:een|1|paar|enkele|twee|drie|vier|vijf|zes|zeven|tien) dag(?:en)?",
                        "een keer", "1 keer", "eenmalig", r"kuur(?:tje)?", r"stootkuur(?:tje)?", r"(?:een|1) week")
#: cortisone lang, nu of telkens weer genomen: het teken zelf (het antwoord blijft ja)
STEROID_LONG_USE = (r"elke (?:\w+ )?(?:dag|ochtend|avond|week|maand|jaar|winter)", r"iedere (?:\w+ )?(?:dag|week|maand|jaar)",
                    "dagelijks", r"(?:maand(?:en)?|jaar|jaren)(?! geleden)", "weken", r"lang\w*", "nog steeds", "nog altijd",
                    "momenteel", "nu", "neem", "neemt", "nemen", "vaak", r"regelmatig\w*", "meerdere", "verschillende",
                    r"kuren", r"kuurtjes", "telkens", "keren", "opnieuw", "weer", "altijd", r"chronisch\w*")
#: de botten genoemd (dan maakt geen korte kuur het antwoord nee)
OSTEO_BONES = ("botontkalking", "broze botten", "zwakke botten", r"botdichtheid\w*", r"osteopor\w*", r"osteopeni\w*",
               r"breuk\w*", r"gebroken")
#: "geheft", het Vlaamse voltooid deelwoord van heffen (de motor zijn _story_onset, _parse_onset), en het moment zelf in de
#: voltooide tijd: "'t is in mijne rug geschoten", "het is geschoten in mijn onderrug"
STORY_SUDDEN += (r"\b(?:geheft|opgeheft|hefden)\b",
                 r"\bin (?:mijn |mn |m |de |ne |den )?(?:onder|lage )?rug (?:\w+ )?geschoten\b",
                 r"\bgeschoten in (?:mijn |mn |m |de |ne |den )?(?:onder|lage )?rug\b")
SUDDEN += (r"\b(?:geheft|opgeheft|hefden)\b",)
#: (elke oude ontkenning van "geheven" geldt ook voor "geheft": "niks geheft", "zonder iets te heffen", "niet gevallen of iets
#: geheft", "geen val, niks opgeheft")
STORY_NOT_SUDDEN += (
    r"(?:niks|niets|niet|nooit|geen) (?:\w+ ){0,2}?(?:geheft|opgeheft)",
    r"zonder (?:dat )?(?:ik |k )?(?:\w+ ){0,2}?(?:geheft|opgeheft|hefde|hefte)",
    r"(?:niet|nooit|niks|niets|geen) (?:\w+ ){0,2}?(?:of|noch) (?:\w+ ){0,2}?(?:geheft|opgeheft)",
)
STORY_START_DENIED += (r"(?:niks|niets) (?:zwaars |speciaals |bijzonders )?(?:geheft|opgeheft)\b",)
GRADUAL += (r"(?:geen|zonder) (?:val|ongeval|ongeluk)\w*(?: gehad)?(?: ,| en| of| ook)*(?: (?:ik|k) (?:heb|had))?"
            r" (?:niks|niets|niet|geen|nooit) (?:\w+ ){0,2}?(?:geheft|opgeheft)",)
#: (session 43A2) cortisone alleen als puffer, spray, zalf of één prik, geen tabletten (bot/reading/answers.py
#: _steroid_local_told): "nee, alleen een puffer met cortisone", "zalf met cortisone voor mijn huid"
STEROID_GENERIC = (r"kortison\w*", r"cortison\w*", r"cortico\w*")
STEROID_LOCAL_FORM = (r"puffers?", r"pufjes?", r"inhalator\w*", r"\w*sprays?", r"zalfj?e?s?", r"cremes?", r"gel(?:s|letje)?",
                      r"\w*druppels", r"\w*zalf", r"\w*puffer", r"neusspray\w*")
#: (session 44A5) het lokale middel verkleind of in één woord met cortisone: "cortisonezalfke", "cortisonecremeke", "cortisonespuitje"
STEROID_LOCAL_FORM += (r"\w*zalf(?:je|jes|ke|kes)", r"\w*cremes?", r"\w*creme(?:ke|kes|tje|tjes)")
STEROID_SHOT_FORM = (r"injecties?", r"\w*inspuiting\w*", r"prik(?:ken|je)?", r"infiltratie\w*", r"spuit(?:je)?")
STEROID_SHOT_FORM += (r"\w*spuit(?:je|jes|ke|kes)", r"\w*prik(?:je|ske)")
STEROID_TABLETS = (r"tablet(?:ten|je|jes)?", r"pil(?:len|letjes?)?", r"capsules?")
STEROID_TABLETS_DENIED = (r"(?:nooit|geen|niet|zonder|nie)(?: \w+){0,3}? (?:tablet(?:ten|je|jes)?|pil(?:len|letjes?)?|capsules?)",)
#: (session 44A5) de tabletten eerst genoemd, dan ontkend: "maar pillen neem ik niet", "tabletten slik ik nooit"
STEROID_TABLETS_DENIED += (r"(?:tablet(?:ten|je|jes)?|pil(?:len|letjes?)?|capsules?) (?:neem|neemt|slik|gebruik|pak|nam|slikte)"
                           r" (?:ik|k) (?:\w+ )?(?:niet|nooit|nie|ni)",)
# ---- session 43A3 (issue 12): told in the first message, asked again ----
#: de benen ontkend in losse woorden, als eigen zinsdeel (de motor zijn _LEGS_NOT_STORY), ook "zijn"/"haar" benen van een
#: mantelzorger: "rugpijn, niks in haar benen", "de benen zijn goed"
LEGS_NOT_STORY += (
    r"(?:niks|niets|geen pijn) in (?:mijn |mn |m |de |zijn |zn |haar |beide )?(?:been|benen)",
    r"(?:mijn |mn |de |zijn |zn |haar |beide )?benen (?:zijn )?(?:goed|ok|oke|okee|in orde)",
)  # fmt: skip
#: de pijn van een familielid met diens leeftijd ervoor: "mijn dochter is 15 en heeft last van haar rug", "mijn man, 58, heeft rugpijn"
CARER_PAIN += (r"(?:{RELATIVE}) (?:is |, )?\d{1,3}(?: jaar(?: oud)?)?(?: ,)? (?:en )?(?:heeft|had) (?:\w+ ){0,4}?(?:pijn|rugpijn|last)",)
#: een ruk gegeven als begin (de motor zijn _story_onset): "ik gaf een ruk aan de kast", "een ruk gegeven aan het touw",
#: "ik rukte aan de deur" (niet "in een ruk": dat is "ineens" en staat bij SUDDEN)
STORY_SUDDEN += (r"\b(?:(?:gaf|gaven|gegeven) (?:\w+ ){0,2}?(?:een|ne|nen) (?:\w+ )?ruk|(?<!in )(?:een|ne|nen) (?:\w+ )?ruk "
                 r"(?:\w+ ){0,4}?gegeven|(?<!in )(?:een|ne|nen) ruk aan|rukte)\b",)
# ---- session 44A4 (issue 12): dit in het eerste bericht, opnieuw gevraagd ----
#: een staartje na de ontkende benen (de motor zijn _LEGS_NOT_STORY): "niks in de benen gelukkig", "niets in mijn benen eigenlijk"
LNS_TAIL = ("hoor", "gelukkig", "eigenlijk")
#: de rug van een familielid als klacht (de motor zijn _legs_not_told): "mijn man heeft last van zijn rug"
CARER_BACK = (r"(?:last|pijn|zeer) (?:\w+ )?(?:van|aan|in) (?:zijn|zn|haar) (?:onder)?rug",
              r"(?:zijn|zn|haar) (?:onder)?rug (?:\w+ ){0,3}?(?:pijn|zeer|geblokkeerd|vast|op slot)")
#: de leeftijd van een familielid tussen haakjes voor het werkwoord: "mijn schoonvader (82) is door zijn rug gegaan"
CARER_AGE_END += ("is", "kreeg")
#: een groet aan het begin, dan een losse leeftijd (de motor zijn _STORY_OPEN_AGE): "hallo, 52, rug geblokkeerd"
GREET_OPEN = ("hall[o]", "ho[i]", "he[y]", "ha[i]", r"goe(?:ie|de|den)(?:morge[n]|middag|avond|dag)")
# ---- session 44A5 (issue 12): told in the first message, asked again ----
#: een vloer of terras leggen, een klus van tillen en bukken verteld als het moment, zoals verhuizen (de motor zijn
#: _story_onset): "na het tegels leggen", "sinds ik de oprit heb geplaveid", "toen ik klinkers legde"
_LEGGEN = (r"(?:tegels|tegeltjes|vloertegels|stoeptegels|klinkers|kasseien|plavuizen|betonblokken|laminaat|terrastegels)"
           r" (?:\w+ ){0,2}?(?:leggen|legde|legden|gelegd|zetten|zette|gezet)"
           r"|(?:legde|legden|gelegd) (?:\w+ ){0,2}?(?:tegels|klinkers|kasseien|plavuizen|laminaat)|betegel\w*|tegelen|plaveien|geplaveid")
STORY_SUDDEN += (rf"\b(?:{_LEGGEN})\b",)
SUDDEN += (rf"\b(?:{_LEGGEN})\b",)
#: de ochtendstijfheid als beeld (de motor zijn _STIFF_MORNING, _STORY_STIFF): "s morgens ben ik echt een plank", "smorgens
#: precies een houten plank"
STIFF_WORD += (r"(?:ben|is|voel|voelt) (?:ik |me |mijn rug |mn rug |het )?(?:\w+ )?(?:een|als een|ne|nen) (?:houten )?(?:plan[k]|sto[k])",
               r"(?:echt|precies|net|gelijk|als|zo stijf als) (?:een|ne|nen) (?:houten )?(?:plan[k]|sto[k])")
# ---- session 45A6 (issue 12): dit in het eerste bericht, opnieuw gevraagd ----
#: niks dat uitstraalt (de motor zijn _LEG_NONE_STORY): "daar straalt niks naar uit", "het straalt nergens naar uit"
LEG_NONE_STORY += (r"straalt (?:\w+ ){0,2}?(?:niks|niets|nergens) (?:\w+ )?uit",)
#: elk voorval ontkend (de motor zijn _story_onset, een trage start als geen oorzaak genoemd is): "zonder dat er iets gebeurd
#: is", "zonder dat er iets speciaals voorgevallen is"
STORY_START_DENIED += (r"zonder dat (?:er )?(?:\w+ )?(?:iets|wat) (?:speciaals |bijzonders |geks )?(?:gebeurd|voorgevallen)\b",)
# ---- session 45, the lead (issue 12): "rugpijn die uitstraalt tot in mijn kuit" ----
#: the verb with its double a ("uitstraalt", "uitstraalde": uitstral\w* has one) and "doortrekt" speak of the pain, so a
#: message that opens on a compound ("rugpijn", "lage rugpijn") and sends it down the leg is read (was asked again)
PAIN_WORD += (r"uitstraal\w*", r"doortrek\w*")
PAIN_CONTEXT += (r"uitstraal\w*", r"doortrek\w*")
# ---- session 45, the lead (issue 12): the Flemish greeting "dag," before a bare age ----
#: "dag, 47 jaar, rugpijn al 3 weken": the age was not read and, in a longer message, "47 jaar" was taken as the duration
#: (17155 days); only with its comma, so "dag 12 van de pijn" stays a day
GREET_OPEN += (r"da[g](?= ,)",)
# ---- session 46A7 (issue 12): tintelingen elders, de benen ontkend; de benen ontkend na het ding ----
#: de benen (of voeten) ontkend in een antwoord op de vraag naar een doof gevoel (de motor zijn _numb_elsewhere): "niet in mijn
#: benen", "in mijn benen niet", "niks in mijn benen of voeten", "mijn benen zijn oke"
NUMB_LEGS_FREE = (
    r"(?:niet|niks|niets|geen \w+) (?:in|naar|tot in) (?:mijn |mn |m |de |beide )?(?:been|benen)(?: (?:of|en|noch) (?:mijn |mn |de )?voete?n?)?",
    r"(?:in|naar) (?:mijn |mn |m |de |beide )?(?:been|benen) (?:niet|niks|niets|nee)",
    r"(?:mijn |mn |de |beide )?benen (?:zijn )?(?:goed|ok|oke|okee|in orde)",
)  # fmt: skip
#: delen die geen been zijn, met OTHER_BODY, waar de tinteling dan zit (alleen als bewaking)
NUMB_ELSEWHERE = (r"vingertoppe[n]", "han[d]", "ar[m]", r"pol[s]", r"polse[n]", "ne[k]", r"dui[m]", r"duime[n]", r"schoude[r]s?",
                  r"elleboo[g]", r"elleboge[n]", r"wange[n]")
#: de benen ontkend na het ding, tot het einde van de zin (de motor zijn _LEGS_NOT_STORY): "uitstraling naar de benen heb ik
#: niet", "pijn in mijn benen is er niet", "in mijn benen heb ik niks"; niet "heb ik niet altijd", "heb ik wel", "in mijn benen voel ik niks" (doof?)
LEGS_NOT_STORY += (
    r"(?:(?:uitstralende )?pijn|uitstraling|last|klachten) (?:naar|in|tot in) (?:mijn |mn |m |de |beide )?(?:been|benen)(?: ,)?"
    r" (?:heb ik|voel ik|is er|zit er|merk ik) (?:(?:eigenlijk|echt|ook|gelukkig) )?(?:niet|geen)",
    r"(?:naar|in) (?:mijn |mn |m |de |beide )?(?:been|benen)(?: ,)? (?:heb ik|is er|zit er)"
    r" (?:(?:eigenlijk|echt|ook|gelukkig) )?(?:niks|niets|geen pijn|geen last|geen uitstraling)",
)  # fmt: skip
# ---- session 46A8 (issue 12): een gebeurtenis van een familielid met een datum, rugpijn in meer vormen, een zalf ----
#: wat de pijn van de patiënt dateert met een gebeurtenis in haar deelzin (de motor zijn _relative_dated): "sinds de
#: begrafenis van mijn pa vorige maand"; zonder dat is een datum in de deelzin van een familielid van het familielid
DATE_OWN_SINCE = ("sinds", "sedert", "vanaf", "na")
#: de rug die pijn doet in vormen die BACK_PAIN niet neemt, alleen als bewaking van de ontkende benen (_legs_not_told):
#: "mijn onderrug doet al drie weken pijn", "last onderaan mijn rug" (niet "mijn rug doet geen pijn", "geen last")
BACK_TOLD_STORY = (
    r"(?:onderrug|rug|lende|lenden) doet (?:(?!niet |nie |geen |nooit )\w+ ){0,4}?(?:pijn|zeer)",
    r"(?<!geen )last (?:\w+ ){0,2}?(?:onderaa[n]|laag|beneden|onderi[n]) (?:in |aan |op )?(?:mijn|mn|m|me|de) (?:onderrug|rug)",
)  # fmt: skip
#: de botten genoemd (de motor zijn _bones_fine, met FINE): "botten zijn ok, ik smeer wel een cortisonezalf"
BONES_NAMED = (r"(?:mijn )?botte[n]", r"(?:mijn )?beendere[n]")
# ---- sessie 47A9 (issue 12): een nee na iets dat erop lijkt, gewild gewicht dan "zonder het te willen, nee", "sindsdien" ----
#: een afsluitend nee (bot/reading/answers.py _fever_lookalike_no): "... dus nee", "dus neen", "dus niet"
CLOSING_NO = (r"du[s] (?:het antwoord is )?nee[n]?", r"du[s] nee[e]", r"du[s] nie[t]")
#: de koorts genoemd, ontkend (_fever_lookalike_no): "geen koorts", "geen verhoging"
FEVER_NAMED = (r"koort[s]", r"temperatuu[r]", r"verhogin[g]")
#: de koorts gevoeld of hoog gemeten, een ja ook met een afsluitend nee: "koortsig", "rillingen"
FEVER_FELT = (
    r"koortsi[g]", r"rilling\w*", r"rillerig", r"bibbe[r]\w*", "warm en koud",
    r"(?:hoge|verhoogde) (?:koort[s]|temperatuu[r])",
)  # fmt: skip
#: wat de pijn dateert met de gebeurtenis van de zin ervoor (_relative_dated): "mijn pa is in maart gestorven , sindsdien ..."
DATE_SINCE_EVENT = (r"\bsindsdie[n]\b", r"\bsedertdie[n]\b", r"^(?:en )?sind[s] (?:da[n]|toe[n]|die tij[d])\b",
                    r"^(?:en )?vana[f] (?:da[n]|toe[n])\b")
#: meer woorden voor de botten in orde (_bones_fine, naast FINE): "botten zijn in orde", "gezond"
BONES_FINE = (r"in ord[e]", r"gezon[d]", r"ster[k]")
