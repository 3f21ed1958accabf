"""Belgian French words and patterns for the answer reader (bot/reading/answers.py):
lower case, accents dropped (the street words in any case), apostrophes gone
where the reader drops them ("j'ai" is read as "jai" or "j ai", so the patterns
say "j ?ai").

Every pack provides the same names (an empty tuple where the language has
none).  Regex entries are alternatives: the reader joins every pack's
alternatives into one pattern.  A "{NAME}" slot in an entry is the merged
alternation of every pack's table NAME.

French is read by the same merged tables as English and Dutch, so a French
word is put in a shared slot table only when it cannot meet an English or
Dutch word there and mean something else: the Dutch "pas" ("pas sinds
gisteren": only since yesterday) never goes in a slot table of negations, and
the French negations live in whole French patterns instead.  The normaliser
rewrites a lone "ne" as the Flemish article "een" (the Dutch street words), so
the French "ne" of a negation is never required: "(?:ne |een )?".
"""

import re

from bot.lang.fr.numbers import TEENS as _TEENS
from bot.lang.fr.numbers import TENS as _TENS
from bot.lang.fr.numbers import UNITS as _UNITS

#: an age told in words, as digits: "septante-deux ans" -> "72 ans", "j'ai soixante et onze" -> "j'ai 71", so
#: the age told wins over a later number that is not the age ("septante-deux ans depuis octobre, mais dans ma tete
#: j'en ai toujours 50"): the age reader reads "NN ans" and "j'ai NN" before a bare number. A ten (20 to 90) and
#: its unit or teen ("soixante-douze"), accents as typed; followed by "ans", or after "j'ai", "âgé(e) de"
_AGE_PARTS = {word: value for word, value in {**_UNITS, **_TEENS}.items() if word not in ("un", "une")}
_AGE_TENS_RE = "|".join(re.escape(word).replace("\\-", "[- ]").replace("\\ ", "[- ]") for word in _TENS)
_AGE_PARTS_RE = "|".join(re.escape(word).replace("\\-", "[- ]").replace("\\ ", "[- ]")
                         for word in sorted(_AGE_PARTS, key=len, reverse=True))
_AGE_IN_WORDS = (rf"(?P<tens>{_AGE_TENS_RE})(?:[- ](?P<unit>{_AGE_PARTS_RE}|un|une))?")


def _age_in_digits(m: "re.Match[str]") -> str:
    """The digits of a ten and its unit written in words ("septante-deux" -> "72", "vingt et un" -> "21")."""
    tens = _SPACED_TENS[m.group("tens").lower().replace("-", " ")]
    unit = (m.group("unit") or "").lower().replace("-", " ")
    return m.group("before") + str(tens + (1 if unit in ("un", "une") else _SPACED_PARTS.get(unit, 0)))


_SPACED_TENS = {word.replace("-", " "): value for word, value in _TENS.items()}
_SPACED_PARTS = {word.replace("-", " "): value for word, value in _AGE_PARTS.items()}


#: the negation particle "ne", as the reader may see it (the Flemish "ne" -> "een" rewrite)
_NE = r"(?:(?:ne|een|n) )?"

#: cortisone as a patient names it (as typed: accents and all), and the forms that are not months of tablets
_CORTISONE = r"cortisone|cortico[ïi]des?|corticost[ée]ro[ïi]des?|cortico|corticoth[ée]rapie"
_FORMS = (r"cr[èe]mes?|pommades?|inhalateurs?|inhalations?|a[ée]rosols?|pompes?|sprays?|spray nasal|gouttes"
          r"|collyres?|gels?|lotions?|pulv[ée]risations?|infiltrations?|piq[ûu]res?|injections?")
#: the forms that are no English word ("cortisone gel", "cortisone injection" are read by the English pack)
_FORMS_FR = (r"cr[èe]mes?|pommades?|inhalateurs?|inhal[ée]e?s?|a[ée]rosols?(?<!aerosol)(?<!aerosols)|pompes?"
             r"|gouttes|collyres?|pulv[ée]risations?|piq[ûu]res?|nasales?")

#: the buttons of a yes/no question: (payload, value); "je ne sais pas" counts as yes
YES_NO_BUTTONS = (("oui", True), ("non", False), ("je ne sais pas", True))
#: the buttons of the other questions (payload, value); both_legs below
BUTTONS = {
    "onset": (("soudain", "sudden_movement"), ("chute ou accident", "trauma"), ("progressivement", "gradual")),
    "leg_pain": (("pas de douleur dans la jambe", "none"), ("au-dessus du genou", "above_knee"),
                 ("en dessous du genou", "below_knee")),
    "leg_weakness": (("pas de faiblesse", "none"), ("faible, pas pire", "stable"),
                     ("faible, de plus en plus", "worsening")),
    "age_band": (("moins de 20", "under_20"), ("20-44", "20_44"), ("45-69", "45_69"), ("70+", "70_plus")),
}  # fmt: skip
BOTH_LEGS_BUTTONS = (("les deux jambes", True), ("une seule jambe", False), ("je ne sais pas", True))

#: "not sure" in words (regex alternatives, whole words)
UNSURE_PHRASES = (
    rf"(?:je |j )?{_NE}sais (?:pas|plus|rien)", r"(?:je )?sais pas",
    # an adverb between "sais" and its "pas" (session 37U): "je sais franchement pas", "j'en sais strictement rien"
    r"sais (?:(?:vraiment|franchement|honnetement|absolument|strictement|sincerement|carrement|trop|meme) ){1,2}(?:pas|plus|rien)",
    r"pas (?:la |une )?(?:moindre|seule) (?:petite )?idee", r"aucune (?:espece (?:d|de) |foutue |petite )?idee", r"j ?en sais rien", r"jsais pas",
    r"aucune idee", r"pas (?:trop |vraiment |tres )?sure?s?(?! (?:le|la|les|mon|ma|mes|un|une|son|sa)\b)",
    r"pas (?:trop |vraiment )?certaine?s?",
    r"peut etre", r"peutetre", r"p etre", r"c(?:e )?est possible", r"ca se peut", r"ca se pourrait", r"possiblement",
    r"difficile a dire", r"dur a dire", r"je (?:ne )?(?:peux|saurais) pas (?:vous )?dire", r"bof",
    rf"(?:je )?{_NE}(?:crois|pense) pas", r"probablement pas", r"sans doute pas", r"pas que je sache",
    rf"il {_NE}me semble pas", r"je doute", r"j ?en doute", r"mouais", r"je (?:ne )?me souviens (?:plus|pas)",
    r"je (?:ne )?(?:me )?rappelle (?:plus|pas)", r"qui sait",
    # someone else's or everyone's not knowing (session 38U): "on ne sait pas", "il sait pas lui-même", "on n'en sait
    # rien", "personne ne le sait", "personne peut vous le dire", "ni lui ni moi on le sait" (the "ni" read "niet")
    r"(?:sait|savons|savent|savez) (?:(?:vraiment|franchement|honnetement|absolument|strictement|sincerement|carrement"
    r"|trop|meme) ){0,2}(?:pas|plus|rien)",
    r"(?:een|ne) (?:(?:le|l|en|y) )?(?:sait|savons|savent|savez)", r"en (?:sait|savons|savent) (?:\w+ )?rien",
    r"personne (?:(?:ne|een|n) )?(?:(?:le|l|en|vous le|vous|te le) )?(?:(?:vraiment|exactement) )?(?:sait|saurait|peut|pourrait)",
    r"(?:ni|niet) (?:\w+ ){1,3}(?:ni|niet) (?:\w+ ){1,2}(?:on |nous )?(?:(?:een|ne|n) )?(?:(?:le|l|en) )?(?:sait|savons|savent|sais)",
)  # fmt: skip
#: "no" in words
#: "no" in words, at the start of the answer only: French says its red flags with negations ("je peux
#: absolument pas retenir", "rien ne soulage", "pas vraiment de répit la nuit" are a yes)
_NO_START = r"^(?:(?:non|oh|ah|euh|ben|bah) ,? )?"
NO_PHRASES = (
    rf"{_NO_START}(?:pas du tout|pas vraiment|absolument pas|certainement pas|surement pas|evidemment pas"
    r"|pas (?:specialement|particulierement)|pas de souci|moi non plus)(?! (?:de|d|mal|envie|retenir|bouger)\b)",
    r"bien sur que non", r"non merci", r"non non", r"jamais de la vie",
    # a refusal as the whole answer: "pas d'accord", "non, pas d'accord"
    r"^(?:non (?:, )?)?pas (?:de |d )?accord(?=(?: \.)?$)", r"rien de (?:tout )?(?:ca|cela)", r"rien de tel",
    r"aucun des deux", r"aucune des deux", r"ni (?:le |la |l ?)une? ni (?:le |la |l ?)autre",
    # a bare "rien", "jamais", "aucun": the whole answer ("rien ne soulage" is a yes)
    r"^(?:(?:non|bah|ben) ,? )?(?:rien|jamais|aucun|aucune|nada)(?: (?:du tout|eu|jamais|de (?:tout )?ca))?$",
    r"^(?:non ,? )?jamais eu (?:ca|de \w+|d \w+|un \w+|une \w+)$", r"^(?:non ,? )?aucune? (?:souci|probleme)s?$",
)  # fmt: skip
_AGREE = r"(?:de ?accord|d ?accord|dac+|dak|ca marche|vas y|allez y|allons y|on y va|ce est parti|c est parti)"
_AGREE_FILL = r"(?:ok|oke|okay|oki|okey|ben|bah|oui|ouais|alors|euh|parfait|super|tres bien|merci)"
#: "yes" in words (also "un peu", "parfois": yes on the safe side)
YES_PHRASES = (
    r"bien sur", r"bien entendu", r"tout a fait", r"en effet", r"c(?:e )?est (?:ca|exact|vrai|juste|le cas)",
    r"(?:je )?(?:crois|pense) (?:que )?oui", r"il me semble", r"un peu", r"un petit peu", r"un tout petit peu",
    r"legerement", r"parfois", r"des fois", r"de temps en temps", r"de temps a autre", r"quelquefois",
    r"par moments?", r"plus ou moins", r"oui oui", r"ben oui", r"bah oui", r"beh oui", r"eh oui", r"ah oui",
    r"malheureusement oui", r"helas oui", r"evidemment", r"ca (?:me |(?:me |m ?))arrive", r"exactement",
    # an agreement as the whole answer (to "on commence ?"): "d'accord", "ok dac", "ça marche", "vas-y",
    # "c'est bon" (STREET_PHRASES: "d'accord"); not inside a sentence ("pas d'accord", "ça marche pas")
    rf"^(?:{_AGREE_FILL} (?:, )?)*{_AGREE}(?: (?:, )?(?:{_AGREE_FILL}|{_AGREE}|go))*(?=(?: \.)?$)",
)  # fmt: skip
#: one token that is a yes (regex alternatives, the whole token)
YES_TOKENS = (
    r"oui+", r"ouii+", r"ouais+", r"ouai", r"ouep", r"ouip", r"ouaip", r"oue", r"wep", r"exact", r"exactement",
    r"effectivement", r"absolument", r"evidemment", r"certainement", r"carrement", r"affirmatif", r"si", r"ui",
)  # fmt: skip
#: a whole answer that is a yes
YES_EXACT = frozenset((
    "moi oui", "oui moi", "jen ai", "j en ai", "moi si", "ca oui", "jai ca", "j ai ca", "jai eu", "j ai eu",
    "cest le cas", "c est le cas",
))  # fmt: skip
#: one token that is a clear no
NO_TOKENS_STRONG = (r"non+", r"nn", r"nope")
#: one token that is a no in a short answer
#: (none: "rien ne soulage", "aucune position", "jamais de répit" are a yes; the bare words are NO_PHRASES)
NO_TOKENS_WEAK: tuple = ()

#: phone French and Belgian spoken forms -> standard words (whole words, any case; "" drops the word)
STREET_WORDS = {
    "jsp": "je sais pas", "jsais": "je sais", "chais": "je sais", "chaispas": "je sais pas", "chépa": "je sais pas",
    "chepa": "je sais pas", "chaipas": "je sais pas", "jspa": "je sais pas", "jsé": "je sais", "jsuis": "je suis",
    "jsui": "je suis", "chui": "je suis", "chuis": "je suis", "jpeux": "je peux", "jpeu": "je peux", "jpx": "je peux",
    "jpense": "je pense", "jcrois": "je crois", "jveux": "je veux", "jdois": "je dois", "jme": "je me",
    "jsens": "je sens", "jsent": "je sens", "jfais": "je fais", "jvais": "je vais", "jmarche": "je marche",
    "jarrive": "j'arrive", "jpourrais": "je pourrais", "jtrouve": "je trouve",
    "pcq": "parce que", "pck": "parce que", "psk": "parce que", "pcque": "parce que", "paske": "parce que",
    "parske": "parce que", "bcp": "beaucoup", "bcps": "beaucoup", "tjrs": "toujours", "tjs": "toujours",
    "vrmt": "vraiment", "vrm": "vraiment", "mtn": "maintenant", "mnt": "maintenant", "dc": "donc", "ds": "dans",
    "qd": "quand", "qnd": "quand", "qqch": "quelque chose", "qqchose": "quelque chose", "qqn": "quelqu'un",
    "qq": "quelques", "pr": "pour", "pk": "pourquoi", "pq": "pourquoi", "pkoi": "pourquoi", "koi": "quoi",
    "ptet": "peut-être", "ptetre": "peut-être", "ptêt": "peut-être", "ptêtre": "peut-être", "pitete": "peut-être",
    "oué": "oui", "ouè": "oui", "wé": "oui", "wè": "oui", "ouai": "ouais", "ouaip": "ouais", "ouep": "ouais",
    "ouip": "oui", "moa": "moi", "mwa": "moi", "jamé": "jamais", "jamai": "jamais", "tro": "trop",
    "mdr": "", "ptdr": "", "stp": "", "svp": "", "bjr": "", "bsr": "", "slt": "", "tkt": "", "wesh": "",
    "bah": "", "beh": "", "bref": "",
}  # fmt: skip
#: the spoken forms above that are also another language's words (none; see the nl pack)
STREET_SHARED: dict = {}
#: what tells French text, where the other packs' spoken forms that are also French words (their STREET_SHARED: the Flemish
#: "bon", "ne", "allez") stay French (session 47A10; on the lowercased text, before any rewrite): a negation "ne ... pas / plus /
#: jamais / rien", "n'" before a verb, a subject pronoun before its verb, "bon" in a French frame ("en bon état", "bon ben")
STREET_TEXT_CUES = (
    r"\bne (?:\w+ ){0,3}?(?:pas|plus|jamais|rien|personne|guère|guere|que)\b",
    r"\bn[’'](?:ai|a|est|y|en|avais|était|etait)\b",
    r"\b(?:rien|personne|ça|cela|qui) ne\b",
    r"(?<!\w)(?:je|j[’']|tu|il|elle|on|nous|vous|ils|elles) ?(?:ne|n[’']|suis|sais|ai|sens|peux|vais|crois|pense|fais|dois"
    r"|avais|étais|etais)\b",
    r"\b(?:en|un|très|tres|si|assez|pas|plus) bon\b|\bbon (?:état|etat|ben|bah|beh|courage|sens|moment|point)\b",
)
#: ... or two of these French words (none a Dutch or English word: not "je", "en", "me", "pas", "plus", "ma", "dans")
STREET_TEXT_WORDS = frozenset((
    "suis", "sont", "est", "une", "avec", "mais", "très", "tres", "rien", "jamais", "aussi", "juste", "depuis", "quand",
    "les", "des", "mes", "mon", "état", "etat", "sais", "peux", "moi", "ça", "cette", "leur", "beaucoup", "toujours",
    "encore", "parce", "quelque", "chose", "ils", "elle", "nous", "vous", "avoir", "été", "crème", "creme",
))
#: phrases rewritten before the words: (regex, replacement), applied in order, any case
#: le nom d'un mois (une année de naissance après son mois)
_MOIS = (r"(?:janvier|janv|f[ée]vrier|f[ée]v|mars|avril|avr|mai|juin|juillet|juil|ao[uû]t|septembre|sept"
         r"|octobre|oct|novembre|nov|d[ée]cembre|d[ée]c)\.?")
STREET_PHRASES = (
    # an age told in words, as digits (see _AGE_IN_WORDS): "septante-deux ans", "j'ai soixante-dix-huit", "âgée de nonante"
    (rf"(?P<before>(?<![\w'-])){_AGE_IN_WORDS}(?![\w'-])(?=\s?ans\b)", _age_in_digits),
    (rf"(?P<before>(?<![\w'])(?:j'ai|j ai|jai|âgée? de|agee? de) ){_AGE_IN_WORDS}(?![\w'-])"
     r"(?=\s*(?:$|[,.;!?]|mais\b|et\b|depuis\b|bient[oô]t\b|cette\b))", _age_in_digits),
    # a year of birth in words (session 18f): "je suis de quarante-neuf" -> "je suis de 49" (then "'49" below)
    (rf"(?P<before>(?<![\w'])(?:je suis de|chui de|j'suis de|n[ée]e? en) ){_AGE_IN_WORDS}(?![\w'-])", _age_in_digits),
    # "ça va et ça vient": par moments, un oui du cote prudent (pas le "ça va" qui dit que tout va bien)
    (r"(?<!\w)(?:ça|ca) va et (?:ça|ca) vient(?!\w)", "par moments"),
    # "nan" (no) only where it opens a short answer: the English "nan" is a grandmother
    (r"^\s*nan+(?=\s*(?:$|[,.!]|merci\b|pas\b|jamais\b|rien\b|non\b|du tout\b|je\b|j'|c'|ça\b|ca\b))", "non"),
    # "p-ê", "p.e" for "peut-être"
    (r"(?<![\w'])p[-.]?[êe](?:t|tre)?(?![\w'])(?=\s*(?:$|[,.!?]|que\b|oui\b|non\b|bien\b))", "peut-etre"),
    # Belgian "savoir" for "pouvoir": "je sais pas marcher" is "I can't walk" (not "I don't know")
    (r"(?<![\w'])(je |j'|j |chui |tu |on |il |elle )?(?:sais|sait|sai|jsais|chais)"
     r"(?= (?:pas|plus|presque pas|quasi pas|quasiment pas|à peine|a peine|toujours pas|même pas|meme pas"
     r"|pas bien|plus bien|plus très|plus tres|presque plus|plus du tout|pas du tout) (?:marcher|bouger|lever|soulever|monter|descendre"
     r"|tenir|rester|dormir|m'asseoir|me lever|me baisser|me pencher|me tourner|me retourner|me relever"
     r"|me redresser|plier|porter|conduire|travailler|courir|sauter|m'habiller|mettre|retenir|uriner|faire|aller"
     r"|sentir|poser|appuyer|prendre|rouler|tourner|pousser|tirer)\b)", r"\1peux"),
    (r"(?<![\w'])(je |j'|j )?(?:savais|savait)(?= (?:pas|plus|presque pas|à peine|a peine|même pas|meme pas)"
     r" (?:marcher|bouger|lever|soulever|monter|tenir|rester|dormir|me lever|me relever|me redresser"
     r"|plier|porter|conduire|travailler|retenir|uriner|faire|aller|sentir|poser|appuyer)\b)", r"\1pouvais"),
    # SMS "g" for "j'ai": "g mal au dos", "g eu une chute"
    (r"(?<![\w'])g(?= (?:mal|eu|pas|jamais|plus|aucun|aucune|toujours|des|une|un|du|de|été|ete|fait|porté|porte"
     r"|soulevé|souleve|glissé|glisse|l'impression|perdu|pris|senti|chuté|chute)\b)", "j'ai"),
    # cortisone that is not tablets: "une crème à la cortisone", "cortisone en spray", "corticoïdes inhalés",
    # "une pompe de cortisone", "une infiltration de cortisone" -> the form alone ("une crème"), so no pack's
    # steroid word reads a yes in it (the English pack's "cortisone" would read "cortisone en crème"),
    # as "cortisone cream" and "cortisonezalf" are no tablets in English and Dutch
    (rf"(?<![\w'])({_FORMS})(?: (?:nasale?s?|dermique|cutanee?|cutanée?|locale?|inhal[ée]e?s?))?"
     rf" (?:de la |de |d'|à la |a la |à |a |aux? |avec (?:de la |du )?)(?:{_CORTISONE})(?![\w'])", r"\1"),
    (rf"(?<![\w'])(?:{_CORTISONE}) (?:en|par|sous forme d[e']|en forme d[e'])(?: |(?<='))({_FORMS})(?![\w'])", r"\1"),
    # (the drug, then a form that is only French: "cortisone pommade"; "cortisone gel" stays the English pack's)
    (rf"(?<![\w'])(?:{_CORTISONE}) ({_FORMS_FR})(?![\w'])", r"\1"),
    # "c'est bon" as the whole answer is an agreement ("ok, c'est bon !"), before the Dutch pack's street
    # words drop the filler "bon" ("c'est bon" inside a sentence stays as it is)
    (r"^\s*((?:(?:ok|oké|oke|okay|oui|ouais|bon|ben)\s*,?\s*)*)c'?\s?est\s+bon\s*([.!]*)\s*$", r"\1d'accord\2"),
    # a bare "NN ans" (16 or more) as a sentence of its own inside a longer message is the age, the way a French
    # story ends ("rien dans les jambes. 29 ans. mon kiné est en vacances", "58 ans. mal au dos depuis hier"):
    # read as "j'ai NN ans"; not after "depuis", "longtemps", "déjà", "années" ("mal depuis longtemps. 20 ans."),
    # not the whole message ("29 ans" answering "depuis quand ?"; bot/lang/fr/duration.py OLD is the same shape)
    (r"(?<=[.!?])" + "".join(rf"(?<!{word}[.!?])(?<!{word} [.!?])" for word in (
        "depuis", "longtemps", "deja", "déjà", "annees", "années", "ans", "temps", "combien"))
     + r"(\s+)(1[6-9]|[2-9]\d)\s?ans\b(?=\s*(?:[.!?]|$))", r"\1j'ai \2 ans"),
    (r"^(\s*)(1[6-9]|[2-9]\d)\s?ans\b(?=\s*[.!?]+\s*\w)", r"\1j'ai \2 ans"),
    # "y'a", "ya pas" for "il y a"
    (r"(?<![\w'])y'a(?![\w'])", "il y a"),
    (r"(?<![\w'])ya(?= (?:pas|plus|rien|aucun|aucune|eu|des|une|un)\b)", "il y a"),
    # a year of birth in two digits: "né en 79", "je suis de 79" -> "né en '79" (the age reader reads "'79")
    (r"(?<![\w'])(n[ée]e?s?(?: en)?|ann[ée]e de naissance:?|date de naissance:?|je suis de|chui de|j'suis de)"
     r" +(\d{2})(?![\w'/\-]|\.\d)(?! *(?:ans|an|kg|kilos?)\b)", r"\1 '\2"),
    # une année de naissance après son mois (et son jour): "née en février 54", "né le 3 février 1954" -> "née '54",
    # "né en 1954" (l'année donne l'âge; le jour lu seul serait un âge de 3 ans)
    (r"(?<![\w'])(n[ée]e?s?)(?: en| le)? +(?:\d{1,2}(?:er)? )?" + _MOIS +
     r" +'?(\d{2})(?![\w'/.\-])(?! *(?:ans|an|kg|kilos?)\b)", r"\1 '\2"),
    (r"(?<![\w'])(n[ée]e?s?)(?: en| le)? +(?:\d{1,2}(?:er)? )?" + _MOIS +
     r",? +((?:19|20)\d{2})(?![\w'/.\-])", r"\1 en \2"),
    # a decade of life: "la cinquantaine", "début de la quarantaine" -> "early 40s" (not "une trentaine de jours")
    (r"(?<![\w'])(?:au )?d[ée]but (?:de (?:la )?)?(vingt|trent|quarant|cinquant|soixant|septant|huitant|nonant)aine"
     r"(?! d)", r"early \1aine"),
    (r"(?<![\w'])(?:en |à la |a la )?fin (?:de (?:la )?)?(vingt|trent|quarant|cinquant|soixant|septant|huitant"
     r"|nonant)aine(?! d)", r"late \1aine"),
    (r"(?<![\w'])(?:au )?milieu (?:de (?:la )?)?(vingt|trent|quarant|cinquant|soixant|septant|huitant|nonant)aine"
     r"(?! d)", r"mid \1aine"),
    (r"(?<![\w'])(?:(?:la|une|ma|petite|bonne) )*vingtaine(?! d)", "20s"),
    (r"(?<![\w'])(?:(?:la|une|ma|petite|bonne) )*trentaine(?! d)", "30s"),
    (r"(?<![\w'])(?:(?:la|une|ma|petite|bonne) )*quarantaine(?! d)", "40s"),
    (r"(?<![\w'])(?:(?:la|une|ma|petite|bonne) )*cinquantaine(?! d)", "50s"),
    (r"(?<![\w'])(?:(?:la|une|ma|petite|bonne) )*soixantaine(?! d)", "60s"),
    (r"(?<![\w'])(?:(?:la|une|ma|petite|bonne) )*(?:septantaine|soixante-dixaine)(?! d)", "70s"),
    (r"(?<![\w'])(?:(?:la|une|ma|petite|bonne) )*(?:quatre-vingtaine|huitantaine)(?! d)", "80s"),
    (r"(?<![\w'])(?:(?:la|une|ma|petite|bonne) )*nonantaine(?! d)", "90s"),
)

#: possessives: "ma mère a eu un cancer" is not the patient's
POSSESSIVES = frozenset("mon ma mes son sa ses notre nos leur leurs ton ta tes votre vos".split())
#: the left and the right side (regex alternatives, whole words)
LEFT = (r"gauches?",)
RIGHT = (r"droites?", r"droits?")


# --------------------------------------------------------------------------
# The answer patterns: regex alternatives per answer.  A "{NAME}" slot in a
# pattern is the merged alternation of every pack's table NAME.
# --------------------------------------------------------------------------

#: "si": a yes only first in the reply and not before its negation ("si" is also "if")
YES_TOKENS_WEAK = {"si": "non"}
#: one-letter yes tokens
YES_LETTERS: tuple = ()
#: yes tokens that are a yes only as the first word ("ui", the SMS "oui", is also "UI")
YES_TOKENS_FIRST_ONLY = ("si", "ui")
#: the word after a yes that makes it unsure ("ouais pas trop"): none of its own (the Dutch "ja pas ...")
NOT_WORDS: tuple = ()
#: a short answer opening with these is a no: none in French ("rien ne soulage", "jamais de répit" are a yes)
NO_SHORT_FIRST: tuple = ()
#: a one-letter no: not a clear no when it opens a longer message
NO_LETTERS: tuple = ()
#: "je ne peux pas dire" on its own: (subject) peux pas (fillers) dire (tail)
CANT_SAY_SUBJECT = ("je", "j")
CANT_SAY_CANT = (
    "peux pas", "ne peux pas", "een peux pas", "sais pas", "ne sais pas", "een sais pas", "saurais pas", "saurais",
    "ne saurais", "een saurais", "pourrais pas", "ne pourrais pas", "een pourrais pas",
)  # fmt: skip
CANT_SAY_SUBJECT_AFTER: tuple = ()
CANT_SAY_FILLER = ("vraiment", "trop", "vous", "le")
CANT_SAY_SAY = ("dire", "repondre")
CANT_SAY_TAIL = ("vraiment", "exactement", "honnetement", "franchement", "desole", "desolee", "désolé", "désolée", "avec certitude")
#: a "peux pas dire" closing its clause anywhere in the answer (session 38U, regex on the lightly folded text), words
#: inside it: "je peux vraiment pas vous le dire", "je saurais franchement pas vous dire"; not "je ne peux pas dire que
#: j'ai de la fièvre" nor "je peux pas dire depuis quand" (the clause goes on)
CANT_SAY_CLAUSE = (
    r"(?:peux|peut|pourrais|pourrait|pouvons|saurais|saurait|saurions|sais) (?:(?:vraiment|franchement|honnetement|trop"
    r"|absolument|sincerement|meme) ){0,2}pas (?:(?:vraiment|trop|franchement|exactement) )?(?:(?:vous|te|le|l|lui|leur"
    r"|en) ){0,2}(?:dire|repondre)",
    r"(?:ne|n) (?:saurais|saurait) (?:(?:vous|te|le|l|lui) ){0,2}dire",
)  # fmt: skip
#: what may follow such a "peux pas dire" (the clause closed): a comma or the end, the tail, or these
CANT_SAY_THEN = ("et", "mais", "ni", "non plus", "car", "hein")
#: "un peu plus faible": a hedge before a comparative of weak, which says weak, not worse
WEAKER_HEDGES = ("un peu", "un petit peu", "un tout petit peu", "legerement", "un poil", "un chouia", "plutot")
#: comparative of weak -> weak
WEAKER = {"plus faible": "faible", "plus faibles": "faibles"}
#: a word that denies a "tout d'un coup" a few words after it
SUDDEN_NEGATIONS = ("jamais", "sans", "aucun", "aucune")

# ---- the leg: where the pain goes, numbness, one or both legs ----------------
#: words of the leg (a level or numbness word counts in a message about the leg)
LEG_WORDS = (
    "jambe", "jambes", "pied", "pieds", "orteil", "orteils", "mollet", "mollets", "cuisse", "cuisses", "genou",
    "genoux", "tibia", "tibias", "cheville", "chevilles", "talon", "talons",
)  # fmt: skip
#: numbness in a leg (one rule each; the red-flag numbness words are added by the engine)
NUMB = (
    r"\b(?:engourdi\w*|fourmill\w*|fourmis|picote\w*|picotement\w*|insensible\w*|endormie?s?|cartonne\w*)\b",
    r"\bperte de (?:la )?sensibilite\b|\bcomme (?:du carton|mort|morte|anesthesie\w*)\b",
    r"\b(?:je |j )?(?:ne |een )?sens (?:plus|pas|presque plus|presque pas|moins|mal|a peine|plus bien)"
    r" (?:du tout |bien |tres bien )?(?:ma|mes|la|les|mon|le|mon gros) (?:jambe|jambes|pied|pieds|orteils?|mollet|cuisse|talon"
    r"|plante du pied)\b",
)
#: the noun, one rule for every pack
NUMBNESS = ("engourdissements?", "fourmillements?", "picotements?", "insensibilite")
#: determiners before a body part: all / without "m" / the short list
DET = ("le", "la", "les", "du", "des", "au", "aux", "mon", "ma", "mes")
DET_NO_M = ("le", "la", "les", "du", "des", "au", "aux", "mon", "ma", "mes")
DET_SHORT = ("le", "la", "les", "mon", "ma", "mes")
KNEE = ("genou", "genoux")
KNEE_WORD = ("genou", "genoux")
#: "en dessous du genou"
BELOW_PREP = ("sous", "en dessous", "en dessous de", "plus bas que", "au dela", "au dela de", "passe", "depasse")
#: parts of the leg below the knee
BELOW_KNEE_PARTS = (
    r"mollets?", r"tibias?", r"chevilles?", r"pieds?", r"orteils?", r"talons?", r"plantes? des? pieds?",
    r"doigts de pieds?", r"bas de (?:la|ma|mon) jambe", r"bas des jambes", r"tendon (?:de |d ?)achille", r"malleoles?",
)  # fmt: skip
#: more below-the-knee patterns (one rule each)
BELOW = (
    r"\b(?:toute|tout) (?:la |ma |mon )?jambe\b|\btout le long de (?:la |ma |mon )?jambe\b|\bjambe entiere\b",
    r"\bjusqu ?(?:e )?(?:en bas|au bout|tout en bas)\b",
)
#: "au-dessus du genou", "jusqu'au genou"
ABOVE_PREP = ("au dessus", "au dessus de", "jusque? ?au", "jusque au", "jusque? ?a", "autour", "autour du", "au niveau",
              "au niveau du", "vers", "pres", "pres du", "derriere")
#: parts above the knee
ABOVE_KNEE_PARTS = (
    r"cuisses?", r"fesses?", r"hanches?", r"(?:le |la |l ?)aine", r"pli de (?:le |la |l ?)aine", r"haut de (?:la|ma|mon) jambe",
    r"haut des jambes", r"ischios?", r"ischio jambiers?", r"fessiers?", r"arriere de (?:la|ma|mon) cuisse", r"bassin",
)  # fmt: skip
#: no leg pain: "juste le bas du dos", "ça reste dans le dos", "pas dans la jambe", "les jambes ça va"
ONLY_BACK = ("juste", "seulement", "uniquement")
INTO = ("dans",)
IN = ("dans",)
LOWER = ("bas du ",)
BACK = ("dos", "reins", "lombaires")
BACK_SHORT = ("dos",)
#: the message names the back pain itself ("mal au dos", "lombalgie"): a story, not a question
BACK_PAIN = (
    r"mal (?:\w+ ){0,2}?(?:au|du|dans le|en bas du|le) (?:bas du )?dos", r"mal (?:aux|des) reins",
    r"mal (?:aux|des) lombaires", r"(?:douleurs?|maux|mal) (?:\w+ ){0,2}?(?:dos|lombaires?|reins)",
    r"(?:dos|reins|lombaires) (?:\w+ ){0,2}?(?:fait|font) (?:\w+ )?mal", r"lombalgie\w*", "lumbago",
    r"sciatique\w*", r"tour de reins?", r"lombosciatique\w*", r"dos bloque",
)  # fmt: skip
STAYS = ("reste",)
STAYS_LOWER: tuple = ()
NOT_LEG: tuple = ()
INTO_LEG: tuple = ()
LEG = (r"jambes?",)
LEG_ARE: tuple = ()
LEG_FINE = ("vont bien", "va bien", "nickel", "impeccables?")
NOTHING_IN = ("rien dans", "rien aux")
LEG_PAIN_NONE = (
    r"\bpas (?:de |d )?(?:douleur|mal) (?:dans|aux|a) (?:la |les |mes |ma |mon )?jambes?\b",
    r"\b(?:ca |elle |la douleur )?(?:ne |een |n )?(?:descend|irradie|va|part|file|passe|tire|rayonne)"
    r" (?:\w+ )?pas (?:\w+ )?(?:dans|vers|jusque? ?(?:aux?|dans)|jusque dans|aux?) (?:la |les |mes |ma |mon )?jambes?\b",
    r"\b(?:ca |elle |la douleur )?(?:ne |een |n )?(?:descend|irradie|rayonne) (?:pas|jamais)\b",
    r"\bpas (?:de |d )?(?:irradiation|sciatique)\b|\baucune (?:irradiation|douleur dans les jambes)\b",
    r"\b(?:juste|que|seulement|uniquement|qu) (?:dans |au |a )?(?:le |la |mon |ma |mon )?(?:bas du |bas des )?"
    r"(?:dos|reins|lombaires)\b",
    r"\breste (?:\w+ ){0,3}?(?:dos|reins|lombaires)\b",
    r"\b(?:les |mes )?jambes? (?:\w+ ){0,2}?(?:ca va(?! (?:de|pas|plus|mal|moins))|vont bien|va bien|rien)\b",
    r"^(?:non ,? )?aucune?(?: douleur)?$", r"\bpas dans (?:la |les |mes |ma |mon )?jambes?\b",
)  # fmt: skip
#: the legs denied with the buttocks or alone, and the belt (session 28D): the leg pain is none, also when the
#: buttocks are denied in the same answer (the engine's _LEGS_DENIED)
LEGS_DENIED = (
    # ni ... ni les jambes, la ceinture (session 28D): "ca ne descend ni dans les fesses ni dans les jambes", "ca reste en
    # ceinture", "ni aux jambes" (pas "ni marcher ni plier les jambes")
    r"\b(?:ni|niet) (?:dans |aux |a |vers |jusqu ?aux |jusque dans )?(?:la |les |mes |ma |mon )?jambes?\b(?! (?:ne|een|n|mais) )",
    r"\breste (?:\w+ ){0,2}?en ceinture\b",
)  # fmt: skip
#: la douleur gardee dans le (bas du) dos, qui reste ou n'en bouge pas (session 29O; le _BACK_KEPT du moteur): "ca reste dans le
#: bas du dos", "c'est localise au niveau des reins", "ca quitte pas le bas du dos", "ca sort pas des lombaires"
BACK_KEPT = (
    r"\b(?:reste|restent|demeure|localise\w*|cantonne\w*|limite\w*|bloque\w*) (?:\w+ ){0,2}?(?:dans|au|aux|en|sur|a) (?:le |la |les |mon |ma |mes )?"
    r"(?:bas (?:du |de mon |des )|niveau (?:du |des |de mon |de mes )|creux (?:du |des |de mon ))?(?:dos|reins|lombaires)\b"
    r"(?! (?:mais|plus|avec|jusque?|vers|dans)\b| et (?!(?:pas|jamais|ne|n|meme pas|rien)\b))",
    r"\b(?:bouge|bougent|sort|sortent|part|quitte|quittent|decolle|decollent) (?:\w+ )?(?:pas|jamais|plus) (?:\w+ )?(?:du|de|des|le|la|les|mon|ma|mes)"
    r" (?:(?:bas|creux) (?:du|de mon|des) )?(?:dos|reins|lombaires)\b",
)  # fmt: skip
#: ... sauf si un "mais" ou un "parfois" suit (ca descend peut-etre par moments: on redemande)
BACK_KEPT = tuple(rf"{kept}(?!.*\b(?:mais|parfois|des fois|sauf|quelquefois|de temps en temps|de temps a autre|par moments)\b)"
                  for kept in BACK_KEPT)
#: the pain told as going somewhere ("ca va dans la fesse", "ca part dans la cuisse", "en fait ca arrive jusqu'au
#: mollet"; "ca va, ..." has its comma)
GOES_TO = r"(?:ca|elle) (?:va|part|passe|file|arrive|descend) (?:\w+ )?(?:dans|jusqu\w*|vers|derriere)"
#: words that make a level word ("mollet", "genou") about pain
PAIN_CONTEXT = (
    r"douleurs?", r"douloureu\w*", "mal", r"descend\w*", r"irradi\w*", r"elance\w*", r"lance\w*", "ca tire",
    r"tiraille\w*", r"sciatique\w*", r"cruralgie\w*", r"brule\w*", r"brulure\w*", r"decharges?", r"rayonne\w*",
    GOES_TO,
)  # fmt: skip
#: parts below the knee named as free of pain ("rien dans le mollet ni le pied", "le mollet et le pied rien"):
#: how far the pain does NOT go, so no below-the-knee cue; FREE_PART_JOIN links the parts of a list
#: ("ni" as the normaliser writes it: "niet")
FREE_AT_ALL = ("du tout", "de rien", "a signaler", "la", "la dedans", "la dessous")
FREE_PART_JOIN = ("et", "ou", "ni", "niet")
FREE_BEFORE = (
    "rien", "rien dans", "rien au niveau", "pas dans", "pas jusque dans", "pas jusque? ?au", "pas jusque? ?aux",
    "pas de douleur dans", "pas de mal dans", "aucune douleur dans",
    # ce que la douleur n'atteint jamais est nie (session 21e): "ca descend jamais dans le mollet ni le pied"
    "jamais dans", "jamais jusque dans", "jamais jusque? ?au", "jamais jusque? ?aux",
)  # fmt: skip
#: told right after the parts ("le mollet et le pied rien"), or after FREE_ARE
FREE_AFTER = (
    r"rien(?! de plus| de autre| dautre)", r"ca va(?! (?:de|pas|plus|mal|moins))", "va bien", "vont bien",
    "nickel", "pas de douleur", "aucune douleur", "(?:een |ne |n )?(?:me )?(?:fait|font) pas mal",
    # "le mollet n'a rien" (le "n'" tombe a la normalisation)
    r"(?:n )?a rien(?! de plus| de autre| dautre)",
    # sans verbe (session 23Q): "mollet et pied impec", "le mollet, le pied, normal", la phrase s'arrete la
    # (pas "ok": "jusqu'au pied ok" est une reponse et un ok)
    r"(?:normal|normaux|impec|impeccable|indemnes?)(?= ,| \.| et\b| mais\b|$)",
)  # fmt: skip
#: "j'ai", "je n'ai", "il y a": the parts then what the person has there ("le mollet et le pied j'ai rien")
FREE_ARE = ("sont", "est", "ils sont", "ce est", "je sens", "je een sens", "j ai", "je ai", "il y a", "y a",
            # dit d'un proche (session 28D): "sous le genou il ne sent rien", "elle n'a rien sous le genou"
            "il sent", "elle sent", "il een sent", "elle een sent", "il ressent", "elle ressent", "il", "elle")
#: a state only after FREE_ARE ("les pieds sont ok")
FREE_STATE = ("ok", "bien", r"norma(?:l|ux)", r"indemnes?", r"epargnes?")
FREE_PRONOUN = ("lui", "eux")
#: "au-dessus du bassin"; Quebec "au-dessus des foufounes")
SEAT_ABOVE = ("au dessus", "au dessus de", "en dessus", "en dessus de", "plus haut que", "audessus", "audessus de")
SEAT_PARTS = (r"fesses?", r"fessiers?", r"hanches?", "bassin", "derriere", "cul", r"foufounes?", "popotin", "coccyx",
              r"sillon (?:des |interfessier)\w*")
#: debout avec les pieds nommes ("sur mes pieds toute la journee"): pas de douleur aux pieds (session 27V)
ON_FEET = (
    r"(?:journees?|heures?|debout|reste|rester|suis|etre|etais) (?:\w+ ){0,3}?sur (?:mes |les |mes deux |les deux )pieds",
    r"sur (?:mes |les )pieds (?=(?:toute|tout|des heures|la journee|du matin|de|\d))",
)  # fmt: skip
#: le sport, pas le pied: "le foot", "au foot", "match de foot", "foot en salle" (session 34W); son "foot" y est lu
FOOT_SPORT = (
    r"(?:au|du|le|un|mon|son|ton|notre|ce|apres|avant|pendant|depuis|jouer|joue|jouant|faire|fais|fait|petit) foot",
    # "de foot" only after a French noun (Caribbean English "down to de foot" is the foot)
    r"(?:match|matchs|entrainements?|club|terrain|partie|equipe|tournoi|seance|cours|stage) de foot",
    r"foot (?:en salle|a (?:5|7|11|cinq|sept|onze)|en club|loisirs?)",
)  # fmt: skip
#: both legs
BOTH_WORDS = (r"\bles deux\b", r"\b(?:toutes|tous) (?:les )?deux\b", r"\bdes deux cotes\b", r"\bdeux cotes\b",
              r"\bbilateral\w*")
TWO = ("deux",)
LEGS_FEET = ("jambes", "pieds")
LEFTRIGHT = (r"gauche (?:et|,) (?:la )?droite", r"droite (?:et|,) (?:la )?gauche")
BOTH_PLURALS = (r"(?<!une des )(?<!un des )(?<!l une des )(?<!lune des )jambes",)
BOTH_EXPLICIT = (r"\b(?:les |mes )?deux (?:jambes|pieds|cotes|mollets|cuisses|genoux|chevilles)\b",)
#: one leg: "juste la gauche", "une seule", "à droite"
ONLY_ONE = ("juste", "seulement", "uniquement")
ONE = ("une", "un")
ONE_SINGLE = ("une", "un")
LEG_SIDE = ("jambe", "cote", "pied")
SIDE_WORDS = ("gauche", "droite")
ONE_LEG = (r"\bune? seule?\b", r"^(?:juste |seulement )?une?$", r"\bd ?un (?:seul )?cote\b", r"\bqu ?(?:une|un|a) (?:seule? )?(?:jambe|cote|pied|gauche|droite)\b",
           r"\bque (?:la |a )?(?:gauche|droite)\b",
           # "que le pied droit", "juste la jambe droite", "seulement le mollet gauche": one side named after "only"
           r"\b(?:que|juste|seulement|uniquement) (?:a |au |dans )?(?:le |la |l |mon |ma )?(?:pied|jambe|mollet|cuisse"
           r"|genou|cote|fesse|talon|orteil) (?:gauche|droite?)\b")

# ---- weakness -----------------------------------------------------------------
WEAKNESS = ("faiblesse", "perte de force", "manque de force", "moins de force")
#: weakness getting worse
WORSE = (
    "de plus en plus", "pire", r"empire\w*", r"(?:se |s ?)aggrave\w*", r"aggrave\w*", "plus faible", "plus faibles",
    r"(?:se |s ?)affaibli\w*", r"se degrade\w*", "va en empirant",
)  # fmt: skip
#: weakness that stays the same
STABLE = (
    "pas pire", r"pas plus faibles?", r"pas (?:\w+ )?(?:empire|aggrave)\w*", "stable", r"pareile?", "la meme chose",
    r"(?:reste|est) (?:le |la )?meme", r"(?:ne |een )?change pas", "toujours pareil", r"(?:n ?|een )?evolue pas",
    "constante?", "identique",
    # as at first (session 27N): "c'est comme au debut", "comme au depart"
    r"(?<!pas )(?<!plus )comme (?:au debut|au depart|au commencement)",
    # the course told as unchanged: "ni mieux ni pire" (the "ni" may be read as the Dutch "niet"), "ca bouge pas", "ca reste
    # comme ca"
    r"(?:ni|niet) (?:mieux|pire) (?:ni|niet) (?:mieux|pire)", r"(?:ca|ce|c|cela) (?:ne |een )?bouge (?:pas|plus)(?! (?:quand|si)\b)",
    r"(?:ca|ce|c|cela) (?:ne |een )?reste (?:comme ca|pareil\w*|stable)",
)  # fmt: skip
#: no weakness
WEAKNESS_NONE = (
    r"pas (?:de |d )?faiblesse", "aucune faiblesse", "pas faibles?", r"pas de perte de force", r"force (?:est )?normale",
    r"toute (?:ma|mon) force", r"j ?ai (?:encore |toujours )?(?:toute )?(?:ma |mon |la )?force",
)  # fmt: skip
#: la marche sur les talons et les pointes faite et bonne, les jambes obeissent, la force dite (session 27V)
WEAKNESS_DONE = (
    r"(?<!pas a )(?<!plus a )(?<!pas )(?:tiens|tient|tenir|marche|marcher|monte|monter) (?:debout |bien |encore )?sur (?:les |mes |la |ma )?(?:talons?|pointes?|orteils|bouts? des pieds)",
    r"(?:jambes?|elles?) (?:font|fait|obeissent|obeit|repondent|repond)(?: bien| encore)?(?: ce que (?:je veux|je leur demande)|$| \W)",
    r"(?:de la |la )?force (?:j ?'?en ai|y en a|il y en a|j ?'?ai)", r"toujours aussi fort\w*",
)  # fmt: skip
#: la jambe qui lache niee comme cause ("je marche lentement mais pas parce que la jambe lache")
WEAKNESS_NOT_CAUSE = (
    r"(?:pas|non) (?:parce (?:que? |qu ?'?)?|a cause (?:que? |qu ?'?)?|que )(?:la |ma |mon |les |mes |une )?(?:jambes?|genoux?) (?:me )?(?:lache\w*|flanche\w*|cede\w*|se derobe\w*|derobe\w*)",
)  # fmt: skip
#: a stable cue masked before reading worse: "pas pire", "pareil" (French in whole patterns: the Dutch "pas erger"
#: is "only worse")
MASK_NOT: tuple = ()
MASK_WORSE: tuple = ()
MASK_SAME_NOT: tuple = ()
MASK_SAME = (
    r"pas (?:\w+ ){0,2}?(?:pire|empire\w*|aggrave\w*|plus faibles?)", r"pareile?", "la meme chose",
    r"toujours (?:la )?meme", "pas de changement", r"(?:ne |een )?change pas", r"(?:n ?|een )?evolue pas",
    r"rien (?:n ?a |een a |a )?change", r"comme (?:avant|la semaine (?:passee|derniere))", "identique",
    r"(?<!pas )(?<!plus )comme (?:au debut|au depart|au commencement)",
    r"(?:ni|niet) (?:mieux|pire) (?:ni|niet) (?:mieux|pire)",
    # the "ne" dropped, the "pas" after the verb: "ca empire pas", "ca n'empire pas", "elle s'aggrave pas" (en "not
    # getting worse"); not "ca empire pas mal" (quite a lot worse), nor "ca empire plus" (no more worse, or
    # worse than before: the buttons ask)
    r"(?:(?:ca|cela|elle|elles|ce|c) )?(?:n |ne |n ?)?(?:empire|empirent|(?:se |s )?aggrave|(?:se |s )?aggravent) pas\b(?! mal\b| qu| que\b| du tout mal)",
)  # fmt: skip
#: signs of worsening weakness: a foot that drops, tripping, a leg that gives way
FOOT: tuple = ()
FOOT_DROPS: tuple = ()
WORSE_SIGN = (
    r"\bpied (?:qui )?(?:tombe|tombant|traine|accroche)\b|\bsteppage\b",
    r"\b(?:je |j )(?:me )?(?:prends|prend) les pieds\b|\b(?:trebuche|trebuchent) (?:tout le temps|souvent|sans arret"
    r"|de plus en plus)\b|\barrete pas de trebucher\b",
    r"\btrain\w* (?:la |ma |mon )?(?:jambe|pied)\b",
    # not denied (session 27N): "pas de jambe qui lache", "aucun genou qui se derobe", "ma jambe lache pas"
    r"(?<!pas de )(?<!pas d )(?<!aucune )(?<!aucun )(?<!sans )(?<!jamais de )(?<!ni )"
    r"\b(?:jambes?|genoux?) (?:\w+ ){0,2}?(?:lache|lachen|lachent|se derobe\w*|derobe\w*)\b(?! (?:pas|jamais|plus)\b)",
)

# ---- onset --------------------------------------------------------------------
#: a sudden movement (one rule each)
SUDDEN = (
    r"\b(?<!rien )(?<!sans )(?:soulev\w*|souleve\w*|faux mouvement|mauvais mouvement|mouvement brusque|geste brusque|tour de reins?"
    r"|coup de reins?|soudain\w*|subitement|brusquement|brutalement|(?:de |d ?)un (?:seul )?coup|tout (?:de |d ?)un coup"
    r"|du jour au lendemain|(?:de |d ?)une? (?:seconde|instant|minute|moment) a (?:le |l ?)autre|en une fraction de seconde|eternu\w*|torsion|tordu|demenag\w*|ramass\w*|pench\w*|(?:(?:se |s ?)est|me suis) (?:bloque|coince)\w*"
    r"|suis (?:tout )?(?:bloquee?|coincee?) (?:du|au niveau du) dos"
    r"|crac|clac|craquement|claquement|declic)\b",
    r"\b(?:en )?(?:me |m )?(?:baissant|penchant|relevant|tournant|retournant|levant|redressant|courbant|pliant"
    r"|portant|soulevant|tirant|poussant|ramassant|toussant|eternuant|jardinant|bechant|pelletant|sortant"
    r"|lacant|enfilant|mettant|forcant|sautant|tondant)\b",
    r"\b(?:me |m )?(?:baisser|pencher|relever|retourner|redresser)\b|\bme suis (?:baisse|penche|releve|retourne"
    r"|tourne|tordu|bloque|coince|fait mal)\w*\b",
    r"\bme suis force\w*(?: (?:le|mon) dos)?\b|\b(?:en )?arrachant\b|\b(?:en )?deracinant\b|"
    r"\bj ?ai (?:trop )?force\b|\b(?:en )?forcant\b|\b(?:un |gros |grand )effort\b|\b(?:en )?faisant un effort\b",
    r"\b(?:ca |ca (?:me |m ?)|il |elle )?a (?:lache|lachen|craque|claque|pete|coince|bloque|tire)\b",
    r"\bj ?ai senti (?:un |une |comme un |comme une )?(?:craquement|claquement|crac|clac|declic|pop|dechirure"
    r"|coup de poignard|coup de couteau)\b",
    # (session 27U) something felt going: "j'ai senti un truc partir", "senti quelque chose lâcher / craquer"
    r"\b(?:j ?ai )?senti (?:un truc|quelque chose|qqch|qqc|un machin|comme un truc) (?:\w+ )?(?:partir|lacher|craquer"
    r"|peter|claquer|se dechirer|sauter|bouger)\b",
    r"\b(?:apres avoir|a force de) (?:\w+ ){0,3}?(?:souleve|soulever|porte|porter|deplace|deplacer|demenage|bouge"
    r"|ramasse|tire|pousse|jardine|beche|pellete)\b",
    r"\bj ?ai porte (?:un|une|des|le|la|les|mon|ma|mon|mes|du|de)\b|\b(?:en )?portant\b",
    r"\b(?:voulu|voulant|essaye de|essayant de|en voulant) (?:\w+ )?(?:soulever|porter|deplacer|bouger|pousser|tirer"
    r"|ramasser|prendre)\b|\b(?:porte\w*|porter|portant|soulev\w*|pris|prendre|deplace\w*) (?:\w+ ){0,3}?(?:trop |tres |super )?"
    r"lourde?s?\b|\bcharges? lourdes?\b",
    r"\b(?:deplace|bouge|porte|soulev\w*|tire|pousse) (?:\w+ ){0,2}?(?:meubles?|armoire|frigo|canape|caisses?"
    r"|cartons?|machine a laver|lave linge|lave vaisselle|divan|sac de ciment|bac|bebe|enfant)\b",
    r"\b(?:mes |les |ses )?(?:chaussettes|chaussures|lacets|pantalon|bottes) (?:\w+ ){0,2}?(?:mettre|enfiler|lacer)\b"
    r"|\b(?:mettre|enfiler|lacer|mettant|enfilant|lacant) (?:\w+ ){0,2}?(?:chaussettes|chaussures|lacets"
    r"|pantalon|bottes)\b",
    r"\b(?:coffre|lave vaisselle|machine a laver|par terre) (?:\w+ ){0,3}?(?:pris|prendre|sorti|sortir|ramasse"
    r"|souleve)\b|\b(?:pris|prendre|sorti|sortir|ramasse|ramasser|souleve|soulever) (?:\w+ ){0,3}?(?:du coffre"
    r"|dans le coffre|par terre|du lave vaisselle|de la machine)\b",
    r"\b(?:en )?(?:sortant|sortie) (?:de la |du |de ma |de mon )?(?:voiture|lit|bain|fauteuil|chaise)\b",
    # an activity in French words only ("foot", "salle", "jardin", "ski" are English or Dutch words too)
    r"\b(?:au|du|le|(?:en )?jouant au) (?:foot|basket|ski)\b|\ba la salle\b|\b(?:au|dans le) jardin\b|\ben ski\b",
)
#: an activity told as the moment: "au foot", "en jouant au tennis"
ACTIVITY_WHEN = ("en jouant au", "en jouant", "jouant au", "au", "a la", "pendant le", "pendant la", "en faisant du",
                 "faisant du", "en passant", "passant", "en faisant", "faisant", "en tondant", "tondant", "en coupant",
                 "en faisant de la", "faisant de la", "apres le", "apres la")
ACTIVITY = (
    "football", "tennis", "padel", "squash", "badminton", "volley", "golf", "hockey", r"muscu\w*", r"crossfit",
    "fitness", "jardinage", "aspirateur", "bricolage", "danse", "judo",
)  # fmt: skip
#: "c'est arrivé en soulevant": an anchor, then the movement within a few words
ANCHOR = ("depuis", "apres", "quand", "lors", "pendant", "arrive", "commence")
ANCHORED_MOVE = (
    "souleve", "soulever", "soulevant", "soulevé", "porte", "porter", "portant", "me penchant", "me pencher",
    "penche", "me baissant", "me baisser", "me relevant", "me retournant", "tordu", "faux mouvement",
    "mauvais mouvement", r"eternu\w*", r"demenag\w*", "ramasse", "ramasser", "ramassant", "jardinage",
)  # fmt: skip
#: a fall, an accident, a blow
TRAUMA_WORDS = (
    # (session 23Q) pas "tombe sur un bon kine", "tombee sur un article": trouve, pas tombe (bot/lang/fr/redflags.py NOT_A_FALL)
    r"chutes?", "chute", r"tombee?s?(?! sur (?:un|une|mon|ma|votre|notre|ce|cette|cet|des) (?:(?:vrai|vraie|bon|bonne|super|tres|excellent"
    r"|excellente|autre|nouveau|nouvelle|petit|petite|jeune) ){0,2}(?:kine\w*|medecin\w*|docteur\w*|doc|toubib|osteo\w*|chiro\w*"
    r"|generaliste|specialiste|rhumato\w*|physio\w*|article|video|site|forum|post|reportage|emission|livre|page|temoignage|personne"
    r"|gars|type|dame|exercice\w*|etirement\w*|methode)\b)", "tomber", "tombant", r"glisse\w*", r"degringol\w*", "accidente", "collision",
    "carambolage", r"accrochage", "choc", r"percute\w*", r"heurte\w*", r"agress\w*", "tacle", "plaquage",
    "coup de pied", r"renverse par", "rentre dedans", "fauche", r"casse la (?:figure|gueule)",
    # la gamelle de la chute, pas celle du chien (session 23Q): "ramasser la gamelle du chien", "poser sa gamelle au chat"
    r"(?<!\bla )(?<!\bsa )(?<!\bma )(?<!\bta )(?<!\bleur )gamelle(?! (?:du|de la|de le|des|de mon|de ma|de mes|de son|de sa|d"
    r"|au|aux|a la|a le|pour)\b)", "gadin",
    r"(?:me suis |(?:je |j )me suis )?etalee?",
    # (session 27U) thrown off a horse, a bike; gone over backwards: "éjecté de mon cheval", "désarçonné",
    # "je suis parti à la renverse"
    r"eject\w*", r"desarconn\w*", r"projetee?s? (?:au sol|par terre|a terre|en arriere|de (?:mon|ma|son|sa|la|le) \w+)",
    r"(?:parti|partie|tombee?|bascule\w*) (?:a la renverse|en arriere)",
)  # fmt: skip
TRAUMA_PHRASES = (
    r"\b(?:pris|recu|ramasse) (?:un |une |des |le )(?:\w+ )?(?:coups?|chocs?|gnon|tacle|gamelle|gadin)\b"
    r"|\bon (?:me |(?:me |m ?))a (?:frappe|pousse|renverse|percute|tacle|agresse|fait tomber)\b"
    r"|\b(?:rate|loupe|manque) (?:une |la |deux |des )?marches?\b|\baccident (?:de |en )(?:voiture|velo|moto|travail"
    r"|ski|la route|trottinette)\b|\b(?:frappe|cogne) (?:\w+ ){0,2}?dos\b",
    # un vehicule qui a heurte la voiture du patient (session 28D): "un bus a tape ma voiture par l'arriere", "une voiture
    # est rentree dans ma voiture", "un camion a fonce dans notre voiture" (pas "il est rentre dans ma voiture": un vehicule
    # ou un conducteur avant "est rentre")
    r"\b(?:a|ont|avait|avaient) (?:\w+ )?(?:percute|tamponne|embouti|heurte|tape|cogne|rentre dans|fonce dans|fonce sur|defonce"
    r"|enfonce) (?:l arriere de |le cul de )?(?:mon|ma|notre|nos) (?:\w+ )?(?:voiture|auto|vehicule|camionnette|moto|scooter|taxi"
    r"|bagnole|caisse)\b",
    r"\b(?:voiture|auto|vehicule|camion|camionnette|bus|car|moto|taxi|fourgon|semi|conducteur|conductrice|chauffeur|chauffard)"
    r" (?:\w+ ){0,3}?(?:est|etait) (?:\w+ )?(?:rentree?|foncee?) (?:en plein |a fond |tout droit )?(?:dans|sur) (?:l arriere de "
    r"|le cul de )?(?:mon|ma|notre|nos|moi|nous)\b",
    r"\b(?:mon|ma|notre) (?:\w+ )?(?:voiture|auto|vehicule|camionnette|moto|scooter|taxi|bagnole|caisse) (?:\w+ )?(?:a ete|est"
    r"|s est fait|se est fait|sest fait) (?:\w+ )?(?:percutee?|tamponnee?|emboutie?|heurtee?|percuter|tamponner|emboutir|heurter"
    r"|defoncee?|enfoncee?)\b",
)
#: a gradual onset
GRADUAL = (
    "petit a petit", "peu a peu", r"progressi\w*", "lentement", "doucement", "tout seul", "toute seule",
    r"de lui meme", r"(?:de |d ?)elle meme", "sans raison", "sans cause", "sans rien faire", "aucune idee",
    rf"(?:je |j )?{_NE}sais (?:pas|plus)", r"j ?en sais rien", r"pas de (?:cause|raison)", "aucune raison",
    r"rien (?:de )?(?:special|particulier|precis)", r"(?:il )?(?:ne |een )?(?:se |s ?)est rien passe", "rien fait",
    "avec le temps", r"au fil (?:du temps|des (?:jours|semaines|mois|annees|ans))", r"insidieu\w*", r"sournois\w*",
    r"pas (?:de |d ?)un (?:seul )?coup", r"pas (?:du tout )?(?:soudain|brutal|brusque)\w*", r"(?:me suis )?reveille avec",
    "au reveil", r"en me reveillant", r"venue? comme ca", r"(?:se |s ?)est installee?", r"(?:pas|aucune?) (?:de |d )?"
    r"(?:chute|accident|faux mouvement|choc|effort)", "rien souleve", "sans effort", r"venue? (?:toute? )?seule?",
    r"usure", r"depuis (?:des annees|longtemps|toujours)",
    # un debut brusque nie (session 28D): "pas du jour au lendemain", "ce n'est pas venu tout d'un coup"
    r"pas (?:\w+ ){0,2}?du jour au lendemain", r"pas (?:\w+ ){0,2}?tout (?:de |d ?)un coup",
)  # fmt: skip
#: un debut lent dit fort, ou un debut brusque nie (session 28D): avec une activite longue ou repetee (ONSET_PROLONGED)
#: l'activite a use le dos, pas de moment ("pas d'un coup, je suis penchee sur la serpillere toute la journee", "petit a
#: petit, je jardine tous les jours"); "j'ai souleve un carton et petit a petit ca a empire" garde le soulevement
ONSET_SLOW_START = (
    "petit a petit", "peu a peu", r"progressi\w*", r"au fil (?:du temps|des (?:jours|semaines|mois|annees|ans))",
    r"pas (?:\w+ ){0,2}?(?:de |d ?)un (?:seul )?coup", r"pas (?:\w+ ){0,2}?tout (?:de |d ?)un coup", r"pas (?:du tout )?(?:soudain|brutal|brusque|subit)\w*",
    r"pas (?:\w+ )?du jour au lendemain", r"(?:rien|pas) (?:de )?(?:soudain|brutal|brusque)",
)  # fmt: skip
#: une activite longue ou repetee: "toute la journee", "tous les jours", "depuis des semaines", "a longueur de journee"
ONSET_PROLONGED = (
    r"(?:toute|toutes) (?:la |les )?(?:journee|journees|semaine|nuit|nuits)(?: entieres?)?", r"tout le (?:week end|weekend|temps)",
    r"(?:tous|toutes) les (?:jours|semaines|week ends|weekends|soirs|matins)", r"(?:chaque|chacun) (?:jour|semaine|week end|matin)",
    "jour apres jour", r"(?:des|plusieurs) (?:heures|journees) (?:entieres|durant|de suite|par jour)?", r"pendant des (?:heures|jours|semaines|mois|annees)",
    r"depuis (?:des|plusieurs|quelques) (?:jours|semaines|mois|annees)", r"a longueur de (?:journee|temps|semaine)",
    r"quotidien\w*", r"(?:\w+ )?heures par jour",
)  # fmt: skip
#: des mots qui ouvrent une autre proposition entre l'activite et sa duree ("je me suis penche et depuis des semaines ...")
ONSET_BREAK = ("et", "puis", "mais", "depuis", "alors", "donc", "ensuite")

# ---- other questions ------------------------------------------------------------
#: (a spray, cream, inhaler or one injection of cortisone is not months of tablets)
#: (the English and Dutch forms too: this pack's "cortisone" also reads "cortisone cream", "cortisone zalf")
_NOT_TABLETS = (r"(?! (?:en )?(?:sprays?|cremes?|pommades?|inhalateurs?|inhalations?|aerosols?|pompes?|infiltrations?"
                r"|piqures?|injections?|gouttes|nasale?s?|inhalee?s?|collyres?|gels?|lotions?"
                r"|inhalers?|puffers?|creams?|nose spray|nasal spray|ointments?|drops|jabs?|shots?"
                r"|zalf|zalfje|puffer|pufje|pufjes|inhalator|prik|prikken|injecties?|neusspray)\b)")
OSTEO = (
    r"osteopor\w*", r"osteopeni\w*", r"os fragiles?", r"decalcifi\w*", r"fragilite osseuse",
    # une densite osseuse normale n'est pas un signe (session 27O): "non, ma densite osseuse etait bonne" (pas "densite osseuse basse")
    (r"densite osseuse(?!(?: (?!(?:basse|bas|faible|diminuee|limite|pas|mais|trop)\b)(?:\w+|,)){0,6}? (?:normale?|bonne|bon|ok|correcte?"
     r"|rassurante?|nickel|impeccable|parfaite?)\b)"),
    rf"cortisone{_NOT_TABLETS}", rf"corticoides?{_NOT_TABLETS}", rf"corticosteroides?{_NOT_TABLETS}",
    r"prednisolone", r"prednisone", r"solumedrol", r"medrol",
)  # fmt: skip
STIFF = (r"raides?", r"raideurs?", r"rouille\w*", r"enraidi\w*", r"derouill\w*", r"ankylose\w*")
STIFF_WORD = (r"raides?", r"raideurs?", r"rouille\w*", r"ankylose\w*")
MORNING_AFTER = ("matin", "matins", "reveil", "au lever", "au reveil", "me lever", "me reveiller")
MORNING_BEFORE = ("le matin", "matin", "au reveil", "au lever", "en me levant")
MORNING_STIFFNESS = ("raideur matinale", "derouillage matinal", "derouillage", "raideurs matinales")
#: how long the stiffness lasts: "5 à 10 minutes", "une demi-heure"
RANGE_TO = ("ou",)
MINUTES = (r"minutes?", r"mn", r"mins?")
HOURS = (r"heures?", "demi heure", "une heure", r"\d+ ?h(?:\d\d)?")
#: (session 28G) a word between the number and the minutes: "5 petites minutes"
MINUTES_ADJ = ("petites", "petite", "bonnes", "courtes")
#: before the minutes: more than that is no short time ("plus de 10 minutes")
STIFF_MORE_THAN = ("plus de", "plus que", "au moins", "bien plus de", "au dela de")
#: a short stiffness told without digits (under 30 minutes): "quelques minutes", "un quart d'heure", "une dizaine de
#: minutes", "le temps de prendre ma douche", "apres le cafe"
STIFF_SHORT = (
    r"(?:quelques|qqs?|deux trois|2 3) (?:petites )?(?:minutes|min|mn)", r"(?:un |1 )?quart (?:de |d ?'?)?heure",
    r"(?:une )?(?:dizaine|quinzaine|vingtaine) (?:de )?(?:minutes|min|mn)",
    r"le temps (?:de |d ?)(?:prendre |boire |faire )?(?:ma |mon |un |une |le |la )?(?:douche|cafe|the|toilette)",
    r"le temps (?:du|de mon|d ?un|de un) (?:cafe|the|petit dej\w*)",
    r"le temps (?:de |d ?)(?:me laver|me doucher|m ?habiller|me habiller|sortir le chien|promener le chien)",
    r"(?:apres|des|sitot) (?:la |ma |le |mon |un )?(?:douche|cafe|toilette)",
    r"jusqu\w*(?: a)? ce que (?:je |j ?)(?:\w+ ){0,2}?(?:ma |mon |un |une |le )?(?:douche|cafe)",
)
#: a stiffness of half an hour or more told in words: "toute la matinee", "jusqu'en milieu de matinee", "trois quarts
#: d'heure"
STIFF_LONG = (
    r"(?:toute|une (?:bonne )?partie de|la moitie de) (?:la )?matinee", "tout le matin", r"(?:trois|3) quarts",
    r"jusqu ?(?:a|en|au) (?:la )?(?:fin de |milieu de )?(?:matinee|midi|l apres midi)", r"une (?:bonne )?trentaine",
    "des heures", r"toute la (?:journee|matinee)", r"tout le (?:temps|jour)",
)
#: a plain "fine": no
#: ne pas sentir ni remarquer, dit a la question du bassin ou de la vessie (session 18): "il a rien senti", "je m'en
#: suis pas rendu compte" est le signe lui-meme ou pas clair, jamais un "non" (pas "rien senti de bizarre": un non)
NOT_FELT = (
    r"(?:rien|pas|jamais|plus|presque pas|meme pas) (?:\w+ )?(?:senti|sentie|remarque|remarquee|rendu compte|rendue compte)\b"
    r"(?! (?:de |d )?(?:\w+ )?(?:bizarre|anormal|special|different|etrange)\b)",
    r"(?:sens|sent|sentais|sentait) (?:\w+ )?(?:rien|pas|plus)\b(?! (?:de |d )?(?:\w+ )?(?:bizarre|anormal|special|different|etrange)\b)",
)
FINE = (
    r"normale?", r"ca va(?! (?:de|pas|plus|mal|moins|et ca vient))", "rien a signaler", r"pas de probleme", r"aucun probleme",
    r"comme (?:de |d ?)habitude", "nickel", "impeccable", "tout va bien", "jamais eu",
)  # fmt: skip
#: positive words that are a yes only in answer to that slot's question
CONTEXT_BLADDER_BOWEL = (
    r"fuites?", r"fuit", r"gouttes?", r"(?:me )?retenir", r"du mal a", r"difficile\w*", r"difficulte\w*", "pousser",
    r"incontinen\w*", r"petits? accidents?", r"(?:ne |een )?sens (?:plus|pas) (?:(?:le |la |l ?)envie|quand)",
)  # fmt: skip
CONTEXT_FEVER = ("chaud et froid", r"frissons?", r"transpire\w*", r"sueurs?", r"grelotte\w*")
DEGREES = (r"degres?",)
CONTEXT_CANCER = (
    "sein", "prostate", "peau", "poumon", "colon", "intestin", "vessie", "rein", "sang", r"leucemie", "en remission",
    r"guerie?", "moi aussi", "moi egalement",
)  # fmt: skip
CONTEXT_WEIGHT_UNITS = (r"kilos?", "kg", r"kgs")
CONTEXT_WEIGHT = ("quelques kilos", r"maigri\w*", r"fondu", r"flotte dans mes vetements", r"perdu du poids")
CONTEXT_NIGHT = (
    "toute la nuit", "la nuit entiere", r"constant\w*", r"continu\w*", "me reveille", r"empeche de dormir",
    r"quelle que soit la position", r"(?:n ?)?importe quelle position", "aucune position",
    r"rien (?:ne |een )?(?:me )?(?:soulage|calme|aide|passe)", r"(?:jamais|pas(?: vraiment)?|aucun) (?:de |d )?repit",
    "toutes les nuits", "chaque nuit", "toujours",
)  # fmt: skip
#: night pain only when turning over: not the red flag
NIGHT_MECH_FALSE = (
    r"(?:seulement |juste |que )?quand (?:je |j )(?:me )?(?:tourne|retourne|bouge)", r"(?:en )?(?:me )?(?:tournant|retournant)",
    r"(?:seulement |juste )?si (?:je |j )(?:me )?(?:tourne|retourne|bouge)",
)  # fmt: skip
#: la douleur qui passe quand on change de position, et le sommeil qui revient (avec NIGHT_POSITION): pas de drapeau,
#: rien a demander (session 27V)
NIGHT_EASED = (
    # (not denied after its verb, session 47A10: "ça ne passe pas", which the normaliser reads "ca passe pas" once the Flemish
    # rewrite no longer makes its "ne" an "een")
    r"(?:ca|cela|la douleur|elle) (?:se )?(?:passe|calme|soulage|diminue|s ?'?apaise|s ?'?estompe|s ?'?en va|disparait)"
    r"(?! (?:pas|plus|jamais|guere|point)\b)",
    r"(?:ca|cela) va mieux", r"(?<!pas a )(?<!pas )(?:je |j )?me rendor\w*", r"(?<!pas a )(?<!pas )me rendormir",
    r"je retrouve (?:le )?sommeil", r"je dors a nouveau", r"je repars dans (?:le |mon )?sommeil",
    # ... puis bien installe et le sommeil d'une traite (session 28E): "juste un pincement quand je me retourne, apres je dors comme
    # un bebe" (le lecteur lit "j dors"; pas "j dors pas comme un bebe", "bien jusqu'a ce que ca me reveille")
    r"(?:dors|dormais|dormi|redors) (?:ensuite |apres |alors |de nouveau |a nouveau |tranquille )*(?:comme (?:un|une) (?:bebe|loir|ange|souche"
    r"|marmotte|enfant)|de une traite|d une traite|jusquau (?:matin|reveil)|jusqu au (?:matin|reveil))",
    r"(?:je suis|j suis|suis|je me sens|j me sens|me sens) (?:ensuite |apres |alors |de nouveau |a nouveau )*(?:bien|confortable|a l aise"
    r"|tranquille)(?! (?:\w+ ){0,2}?(?:pas|jusqu\w*|pendant)\b)",
)  # fmt: skip

# ---- age ------------------------------------------------------------------------
AGE_RANGE_TO = (r"a(?= ?\d{1,3} ?ans\b)", r"et(?= ?\d{1,3} ?ans\b)")
AGE_PLUS = ("ans et plus", "et plus", "ou plus", "passes")
#: "presque 70" (not "presque 3 semaines"); a birthday to come: "je vais avoir 70 ans" is 69 now
NEARLY = ("presque", "bientot", "quasi", "pas encore", "(?:je |j )vais avoir", "vais avoir", "j ?aurai", "jaurai",
          "vais sur mes", "(?:je |j )vais sur mes")
NEARLY_UNITS = ("jours", "semaines", "mois", r"kilos?")
AGE_OVER = ("plus de", "au dessus de", "passe les", "depasse les")
AGE_UNDER = ("moins de", "en dessous de")
#: "j'ai 45 ans", "âge 45", "45 ans"
AGE_IS = ("j ?ai", "agee?", "agee? de")
AGE_IS_IS: tuple = ()
AGE_YEARS = ("ans", r"a(?=\s*(?:$|[.,;!?)]))")  # "45a", "45 a": the "a" of "ans" at the end only ("2 a 3" is a range)
#: an age told in passing: "j'ai 45 ans (et ...)", "âgé de 45 ans"
I_AM = ("j ?ai",)
EXPLICIT_YEARS = ("ans",)
OLD: tuple = ()
AGE_END = ("et", "mais")
YEARS_OLD: tuple = ()
AGED = (r"agee? de",)
#: counts of something else than years: "encore 3 semaines", "80 kilos" (no age)
AGE_COUNTS = (r"jours?", r"semaines?", "mois", r"kilos?", "kg")
#: what comes then is a later age: "44 ans encore 3 semaines, puis 45"
AGE_THEN = ("puis", "et puis", "ensuite", "et ensuite", "apres", "et apres")
#: a time to come told with an age: "70 la semaine prochaine", "69, 70 en mars" (the age to come: one less now)
AGE_LATER = (
    "la semaine prochaine", "le mois prochain", r"l ?an(?:nee)? prochaine?", r"(?:la|l) ?annee prochaine",
    r"dans (?:\d{1,2}|un|une|deux|trois|quatre|cinq|six|quelques) (?:jours?|semaines?|mois)", "en {MONTH_NAME}",
    "prochainement",
    # un jour du mois (session 21e): "44 ans, 45 le 9", "45 le 9 mars"
    r"le \d{1,2}(?:er|e|eme)?(?: {MONTH_NAME})?",
)  # fmt: skip
#: words between the time to come and the age: "le mois prochain deja 47", "le mois prochain j'aurai 47" (session 21d)
AGE_LATER_FILL = ("deja", "j aurai", "jaurai", "aurai", "je vais avoir", "ca fera", "ca fait", "ce sera", "meme", "alors")
#: the birthday is past: "j'ai eu 70 ans en mars" is 70
AGE_PAST = (r"j ?ai eu", "ai eu", "avais")
#: an age felt or looked, no age told: "dont feel a day over 50", "feel like 50" (the verb, then up to 5 of the fill words)
AGE_FELT = ("sens", "sent", "sentais", "parais", "parait", "paraissais", "donne", "donnent", "air", "fais", "fait")
AGE_FELT_FILL = ("me", "m", "pas", "plus", "de", "moins", "comme", "si", "j", "en", "avoir", "mes", "mon", "a", "peine", "jamais", "un", "jour", "an", "d", "l", "on", "je", "vraiment", "meme")

# ---- the follow-up questions ----------------------------------------------------
CANCER_WORD = (
    r"\w*cancer\w*", r"tumeurs?", r"leucemie\w*", r"lymphome\w*", r"melanome\w*", r"chimio\w*", r"radiotherap\w*",
    r"metastase\w*", "malin", "maligne", r"carcinome\w*", r"sarcome\w*", r"myelome\w*",
)  # fmt: skip
#: someone else (the cancer may be theirs)
RELATIVE = (
    "mere", "maman", "pere", "papa", "soeur", "frere", "tante", "oncle", r"grand mere", r"grand pere",
    "bonne maman", "bon papa", "mamy", "mamie", "papy", "papi", "mon mari", "ma femme", "compagnon", "compagne",
    "copain", "copine", "fils", "ma fille", "un ami", "une amie", "mon ami", "mon amie", r"voisine?", r"cousine?",
    "famille", "parents", "belle mere", "beau pere", r"collegue", "il a eu", "elle a eu", r"il (?:en )?est (?:mort|decede)",
    r"elle (?:en )?est (?:morte|decedee)", "lui",
)  # fmt: skip
#: la reponse sur la personne dont parle la question, donnee par un proche avec un pronom nu (session 32AR; bot/reading/answers.py
#: _as_own): sans auteur, proche ni autre personne nommes, "elle a de la fievre", "il n'a jamais eu de cancer" se lisent "j ..."
THIRD_PERSON = {"elle": "j", "sa": "ma", "ses": "mes", "lui": "moi", "elle meme": "moi meme", "lui meme": "moi meme"}
#: "il" impersonnel ("il y a deux semaines", "il faut") n'est personne
THIRD_PERSON_BEFORE = {"il": ("j", r"(?!(?:y|faut|fallait|faudrait|fait (?:froid|chaud|beau|bon|mauvais|nuit|jour)|semble|semblait|parait|paraissait|s agit|se peut|se passe"
                                   r"|reste|vaut|est (?:possible|vrai|probable|clair|normal))\b)")}
THIRD_PERSON_SUBJECT = ("il", "elle")
#: apres le sujet mis a la premiere personne, les pronoms et la negation avant le verbe ("il ne se sent", "elle s est")
THIRD_PERSON_CLITICS = {"ne": "ne", "n": "n", "se": "me", "s": "m", "le": "le", "la": "la", "l": "l", "lui": "me", "en": "en", "y": "y"}
#: le verbe du sujet a la premiere personne ("il dort" -> "j dors"); l'imparfait en -ait se lit en -ais ("il dormait" -> "j dormais")
THIRD_PERSON_VERBS = {"a": "ai", "est": "suis", "dort": "dors", "fait": "fais", "sent": "sens", "ressent": "ressens", "peut": "peux",
                      "sait": "sais", "va": "vais", "veut": "veux", "doit": "dois", "prend": "prends", "perd": "perds", "met": "mets",
                      "tient": "tiens", "vient": "viens", "dit": "dis", "voit": "vois", "sort": "sors", "part": "pars", "boit": "bois"}
THIRD_PERSON_VERB_ENDINGS = {"ait": "ais"}
THIRD_PERSON_OTHERS = ("medecin", "docteur", "toubib", "infirmiere", "infirmier", "kine", "kinesitherapeute", "specialiste",
                       "chirurgien", "quelqu un", "tout le monde", "les gens", "monsieur", "madame")
THIRD_PERSON_GONE = ("mort", "morte", "decede", "decedee", "deces", "mourir", "mourut", "enterrement", "obseques")
#: "pas moi"
NOT_ME = (
    "pas moi", "moi non", "moi pas", "moi jamais", "pas chez moi", r"moi meme (?:non|pas|jamais)",
    rf"(?:moi )?(?:je |j )?{_NE}(?:n ?)?(?:en )?ai (?:jamais|pas) eu", r"j ?en ai (?:jamais|pas) eu", "jamais eu",
    "moi non plus",
)  # fmt: skip
NOT_ME_ONLY = ("que", "juste", "seulement", "uniquement")
NOT_ME_MY = ("mon", "ma", "mes", "notre")
FAMILY_ONLY = ("que", "juste", "seulement")
FAMILY_WORD = ("famille",)
#: the person had it too
SELF_YES = ("moi aussi", "et moi", "moi egalement", r"j ?en ai eu (?:un )?aussi", r"j ?ai eu (?:\w+ )?aussi",
            "aussi chez moi", "moi meme aussi")
SELF = ("moi meme",)
SELF_OBJECT: tuple = ()
#: le sujet repris apres "moi meme", avant sa negation (session 29N): "moi meme j'ai jamais eu de cancer", "moi meme, je n'ai jamais eu ca"
SELF_SELF = (r"(?:je|j)'?(?: n'?)? ?(?:ai|avais)",)
SELF_NOT = ("non", "jamais")
#: the weight: mentioned, why, hedged, without a reason, strictly a weight, on purpose
WEIGHT_MENTION = ("perdu", r"maigri\w*", r"kilos?", "poids", r"minci\w*", r"amaigri\w*", "fondu")
WEIGHT_CAUSE = (
    r"stress\w*", "soucis", r"appetit", "faim", r"mange moins", r"manger moins", r"regime", r"diete", r"sport",
    r"malade", r"nausee\w*", r"deuil", r"angoiss\w*", r"anxi\w*", r"depression", r"expres", r"volontaire\w*",
)  # fmt: skip
WEIGHT_UNCLEAR = (
    r"peut etre", r"en partie", r"partiellement", r"(?:je |j )pense", r"(?:je |j )crois", r"(?:je |j )suppose", r"probablement",
    r"sans doute", r"un peu des deux", r"les deux", r"pas sure?", r"(?:je |j )sais pas trop",
)  # fmt: skip
NOT_HEDGES: tuple = ()
WEIGHT_NO_REASON = (
    r"sans raison", r"sans le vouloir", r"sans (?:faire de |faire )?regime", r"sans rien faire", r"sans essayer",
    r"pas (?:fait )?expres", r"pas volontaire\w*", r"pas voulu", r"involontaire\w*",
    rf"(?:je |j )?{_NE}sais pas pourquoi", r"aucune idee pourquoi", r"inexplique\w*", r"tout seul",
)  # fmt: skip
INTENT_CLEAR = (
    r"regime", r"diete", r"expres", r"volontaire\w*", "voulu", r"(?:je |j )voulais maigrir", r"pour maigrir",
    r"salle de sport", r"jeune intermittent", r"ozempic",
)  # fmt: skip
NEG_BEFORE = ("pas", "sans", "jamais", "aucun", "aucune")
STRICT_UNITS = (r"kilos?", "kg")
WEIGHT_STRICT = ("poids", r"maigri\w*", r"perdu (?:\d|des |quelques |du )", r"minci\w*", r"amaigri\w*")
PURPOSE_NO = ("non",)
PURPOSE_WHY = (r"regime", r"expres", r"voulu", r"volontaire\w*", r"sport")
PURPOSE_I = ("j ?ai", "(?:je |j )suis", "j ?etais", "(?:je |j )fais")
PURPOSE_HOW = (r"regime", "au regime", r"expres", r"volontairement")
#: night pain when moving / whatever the position
NIGHT_POSITION = (
    r"tourne\w*", r"retourne\w*", r"bouge\w*", r"couche sur", r"sur le (?:cote|dos|ventre)",
    r"sur mon (?:cote|dos|ventre)", r"change\w* de position", r"certaines positions", r"mauvaise position",
)  # fmt: skip
NIGHT_PERSIST = (
    "toute la nuit", "nuit entiere", r"quelle que soit", r"(?:n ?)?importe quelle", "aucune position",
    r"peu importe (?:la )?position", r"constant\w*", r"continu\w*", "tout le temps", "sans arret", "en permanence",
)  # fmt: skip
#: la nuit dite sans fin (session 31AI): "la nuit ca s'arrete jamais", "au lit ca passe pas" -- un oui, son "jamais" pas un non
NIGHT_NEVER_STOPS = (
    r"(?:la nuit|les nuits|au lit|de nuit)\b(?: \w+){0,3}? (?:s arrete|arrete|cesse|passe|se calme|calme|lache|diminue) (?:jamais|pas|plus)\b",
    r"(?:s arrete|arrete|cesse|lache) (?:jamais|pas) (?:\w+ )?(?:la nuit|de la nuit|au lit)\b",
)
#: la nuit dite bien, le reste d'un autre moment (session 31AI): "un peu raide le matin, la nuit ca va", "la nuit je dors bien", "je
#: dors bien" -- un non, son "un peu" du matin pas un oui (pas "la nuit ca va pas", ni "la nuit rien ne soulage")
NIGHT_TOLD_FINE = (
    r"(?:la nuit|les nuits|au lit|de nuit|pendant la nuit)(?: (?:ca|c est|ce est|cest|je|j|tout|elle|il|je suis|je me sens|c))? (?:(?!(?:pas|plus"
    r"|jamais|ne|n|rien)\b)\w+ )?(?:va|vont|va bien|bien|ok|nickel|tranquille|aucun probleme|pas de probleme|pas de douleur|aucune douleur"
    r"|dors bien|rien)\b(?! (?:pas|plus|mal|jamais|ne|n|de)\b)",
    r"(?:bien|ok|nickel|tranquille|pas de douleur|aucune douleur) (?:la nuit|au lit|pendant la nuit)\b",
    r"(?:je )?dors (?:bien|tres bien|comme un bebe|sans probleme|comme un loir|parfaitement)\b",
)
#: ... ou dite pas bien: redemande, jamais un non ("la nuit c'est pas top", "la nuit ca va pas")
NIGHT_NOT_FINE = (r"(?:la nuit|les nuits|au lit|de nuit)(?: \w+){0,2}? (?:pas|plus|jamais) (?:tres |trop |si |vraiment )?(?:bien|top|terrible|ok"
                  r"|genial|nickel)", r"(?:la nuit|les nuits|au lit)(?: (?:ca|c|ce|ca ne|ca n))? (?:va|vont) (?:pas|plus)\b",)
#: weakness: getting worse / the same (the follow-up's answer)
WORSE_ANSWER = ("pire", r"empire\w*", r"(?:se |s ?)aggrave\w*", r"aggrave\w*", "de plus en plus", "plus faible", r"se degrade\w*")
SAME_ANSWER = (
    r"pareile?", "meme chose", "stable", "reste", "pas pire", r"(?:ne |een )?change pas", "mieux",
    r"(?:se |s ?)ameliore\w*", "constante?", "identique",
)  # fmt: skip
#: a number not sure of: "3 ou 4 semaines", "euh"
UNSURE_WORD = (
    r"sais pas", r"sais plus", r"aucune idee", r"difficile a dire", r"(?:me )?souviens (?:plus|pas)",
    r"peut etre", r"ou bien", r"heu+", r"pas sure?", r"environ",
)  # fmt: skip
DURATION_OR = ("ou", "ou peut etre", "ou bien", "voire")
NUMBER_HINTS = (
    "une?", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "douze", "quinze", "quelques",
)  # fmt: skip

# ---- the whole story in one message ---------------------------------------------
#: where a message splits into clauses: "mais", "maintenant", "et j'ai ..."
CLAUSE_WORDS = ("mais", "maintenant", "ensuite", "puis", "par contre", "cependant", "pourtant", "alors que",
                "tandis que", "depuis lors")
CLAUSE_AND = ("et",)
CLAUSE_SUBJECT = ("j ?ai", "ca", "c(?:e )?est", "la douleur", "elle", "il", "mes", "mon")
#: a clause about pain
PAIN_WORD = (
    r"douleurs?", r"douloureu\w*", "mal", r"descend\w*", r"irradi\w*", r"elance\w*", r"lance\w*", r"ca tire",
    r"tiraille\w*", r"sciatique\w*", r"cruralgie\w*", r"brule\w*", r"brulure\w*", r"rayonne\w*",
    r"decharges?", r"souffr\w*",
    GOES_TO,
)  # fmt: skip
BLADDER_BOWEL_WORD = (
    r"urin\w*", "pipi", "vessie", r"selles?", "caca", r"toilettes?", "wc", r"pisse\w*", r"intestin\w*", r"constip\w*",
    r"incontinen\w*",
)  # fmt: skip
OTHER_BODY = (r"mains?", "bras", r"doigts?(?! de pied)", "visage", r"levres?", "langue")
#: a sudden onset told in a story (whole patterns)
STORY_SUDDEN = (
    # the moment the back went
    r"\b(?:faux mouvement|mauvais mouvement|mouvement brusque|geste brusque|tour de reins?"
    r"|(?:ca |ca (?:me |m ?)|il |elle )?a (?:lache|lachen|craque|claque|pete|coince)|crac|clac|craquement"
    r"|me suis (?:bloque|coince|tordu|fait un tour de reins?)|dos (?:(?:se |s ?)est )?bloque|suis (?:tout )?(?:bloquee?|coincee?) (?:du|au niveau du) dos|j ?ai (?:trop )?force"
    r"|j ?ai senti (?:un |une |comme un )?(?:craquement|claquement|crac|declic|dechirure|coup de poignard))\b",
    # a movement told in the past
    r"\b(?:j ?ai (?:\w+ )?(?:souleve|porte|deplace|ramasse|tire|pousse|demenage|eternue|tousse)"
    r"|me suis (?:penche|baisse|releve|retourne|tourne|redresse)\w*)\b",
    r"\b(?:(?:en )?(?:me |m )?(?:soulevant|portant|penchant|baissant|relevant|retournant|tournant|redressant|ramassant"
    r"|tirant|poussant|eternuant|toussant|jardinant|bechant|pelletant|demenageant|lacant|enfilant|levant"
    r"|sortant)|apres avoir (?:\w+ ){0,3}?(?:souleve|porte|deplace|demenage|bouge|ramasse|tire|pousse|jardine"
    r"|beche|pellete|fait du sport|joue))\b",
    # a sport or a chore told as the moment: "en jouant au foot", "en faisant du jardinage"
    r"\b(?:en )?(?:jouant au|faisant du|faisant de la) (?:foot|football|tennis|padel|squash|badminton|volley|basket|golf"
    r"|hockey|rugby|sport|muscu|musculation|fitness|crossfit|jardinage|bricolage|ski)\b",
    r"\b(?:en |pendant que (?:je |j )|quand (?:je |j )|lors (?:de |d ?)un |lors du )(?:\w+ ){0,3}?(?:soulev\w*|port\w* (?:une|un|des|le"
    r"|la|les|mon|ma|mon) (?:caisse|carton|meuble|charge|sac|enfant|bebe|poids)|demenag\w*)\b",
    # (session 28G) the back forced pulling something out: "je me suis force le dos en arrachant une souche"
    r"\b(?:me suis force\w*(?: (?:le|mon) dos)?|force (?:sur )?(?:le|mon) dos|(?:en )?arrachant|(?:en )?deracinant)\b",
)
#: (session 28G) a movement told as not done, masked before the story's sudden words are read: "sans faux mouvement",
#: "je n'ai pas porte de charge", "aucun effort"
STORY_NOT_SUDDEN = (
    r"(?:sans|pas(?: de| d)?|aucun|aucune|jamais(?: de| d)?|rien(?: de| d)?) (?:\w+ )?(?:faux mouvement|mauvais mouvement"
    r"|mouvement brusque|geste brusque|effort|efforts|torsion)",
    r"(?:j ?ai |je n ?ai |n ?ai )?(?:pas|rien|jamais) (?:\w+ )?(?:souleve|porte|deplace|ramasse|tire|pousse|force|demenage)"
    r"(?: (?:de |d ?)?(?:lourd|charges?|poids|rien|quoi que ce soit))?",
    r"sans (?:\w+ )?(?:soulever|porter|forcer|tirer|pousser|deplacer)(?: (?:de |d ?)?(?:lourd|charges?|poids|rien))?",
    r"(?:pas|aucune?) (?:de |d ?)?(?:port de )?charges? (?:lourdes? )?(?:portees?|soulevees?)?",
)
#: "tout d'un coup" (not "tout d'un coup pire")
SUDDEN_TIME = (r"soudain\w*", "subitement", "brusquement", "brutalement", r"(?:de |d ?)un (?:seul )?coup",
               r"tout (?:de |d ?)un coup", "du jour au lendemain")
THEN_WORSE = ("pire", r"empire\w*", r"aggrave\w*")
#: a gradual onset told in a story
STORY_GRADUAL = (
    r"(?:venue?|arrivee?|apparue?|commence|installee?) (?:\w+ )?(?:petit a petit|progressivement|peu a peu"
    r"|tout seul|toute seule|lentement|doucement|sans raison|comme ca)", "petit a petit", "peu a peu",
    r"venue? (?:toute? )?seule?", "sans raison", "sans cause", r"rien (?:de )?(?:special|particulier)",
    r"(?:il )?(?:ne |een )?(?:se |s ?)est rien passe", r"aucune idee (?:pourquoi|comment|(?:de |d ?)ou)",
    rf"(?:je |j )?{_NE}sais pas (?:pourquoi|comment|(?:de |d ?)ou)", r"(?:me suis |(?:je |j )me suis )?reveillee? avec",
    r"(?:se |s ?)est installee? (?:petit a petit|progressivement|doucement|lentement)", r"progressivement",
    r"sans (?:rien faire|effort|faux mouvement)", r"pas (?:de|d) (?:faux mouvement|chute|accident)",
    # (session 28G) "aucun faux mouvement", "commence tout doucement"
    r"aucun (?:faux|mauvais) mouvement", r"(?:commence|venue?|arrivee?|installee?) (?:tout )?(?:doucement|lentement)",
)  # fmt: skip
#: "sais pas pourquoi": an unsure word before a question word
GRADUAL_UNSURE = ("sais pas", "aucune idee", "sait pas")
GRADUAL_UNSURE_OF = ("trop",)
GRADUAL_WHY = ("pourquoi", "comment", r"(?:de |d ?)ou")
#: a clause about the weight (its "progressivement" is not the onset)
WEIGHT_WORD = ("poids", r"maigri\w*", r"kilos?", "kg")
#: no leg pain, told in a story
#: the legs denied as a clause of a story that tells back pain (session 34W): "mal au dos, pas dans les jambes"
LEGS_NOT_STORY = (r"pas (?:dans|aux|a|jusqu ?aux|jusque dans) (?:la |les |mes |ma )?jambes?",)
#: what may come before it in its clause ("mais pas dans les jambes", "c'est pas dans les jambes")
LNS_LEAD = ("mais", "et", "ce est", "c est", "cest", "ca")
LEG_NONE_STORY = (
    r"pas (?:de |d )?(?:douleur|mal) (?:dans|aux|a) (?:la |les |mes |ma |mon )?jambes?",
    r"(?:ne |een |n )?(?:descend|irradie|va|part|file|passe|rayonne) (?:\w+ )?pas (?:\w+ )?(?:dans|vers"
    r"|jusque? ?(?:aux?|dans)|jusque dans|aux?) (?:la |les |mes |ma |mon )?jambes?",
    r"(?:ne |een |n )?(?:descend|irradie|rayonne) (?:pas|jamais)",
    r"pas (?:de |d )?(?:irradiation|sciatique)", r"aucune (?:irradiation|douleur dans les jambes)",
    r"rien (?:dans|aux) (?:les |mes )?jambes", r"nulle part ailleurs",
    r"reste (?:\w+ ){0,2}?(?:dans|au niveau) (?:du |le |mon )?(?:bas du )?dos(?! et)",
    r"(?:juste|que|seulement|uniquement) (?:dans |au )?(?:le |mon )?bas du dos",
)  # fmt: skip
LNS_NOT: tuple = ()
LNS_GO: tuple = ()
LNS_INTO: tuple = ()
LNS_DET: tuple = ()
LNS_NOT_SHORT: tuple = ()
LNS_GO_SHORT: tuple = ()
ANYWHERE = ("nulle part",)
LNS_ONLY: tuple = ()
LNS_STAYS: tuple = ()
LNS_STAYS_ONLY: tuple = ()
LNS_AT: tuple = ()
LNS_LOWER: tuple = ()
LNS_AND_INTO: tuple = ()
OR: tuple = ()
ANYTHING: tuple = ()
ELSE: tuple = ()
LNS_INTO_SHORT: tuple = ()
#: no numbness, no weakness
NO_WITHOUT = ("sans", "aucun", "aucune")
NUMB_NOUNS = ("fourmillements?", "engourdissements?", "picotements?", "fourmis", "insensibilite")
NOT_IS: tuple = ()
NUMB_ADJ: tuple = ()
WEAK_NOUNS = ("faiblesse", "perte de force")
LEG_FEET = (r"jambes?", "pieds")
STRONG: tuple = ()
WEAK_ADJ: tuple = ()
FULL = ("toute",)
STRENGTH = ("ma force", "mon force")
WEAK_NONE_STORY = (
    r"\bpas (?:\w+ )?faibles?\b", r"\bforce (?:est |reste )?(?:normale|ok|bonne)\b",
    r"\b(?:jambes?|pieds) (?:\w+ ){0,2}?(?:ont |a )?(?:toute leur|toute sa) force\b",
)  # fmt: skip
#: both legs, told in a story
BOTH_STORY = (r"\b(?:les |mes )?deux (?:jambes|pieds|cotes|mollets|cuisses|genoux|chevilles|fesses)\b",
              r"\bdans les deux\b", r"\bdes deux cotes\b")
BOTH_LIMBS = ("jambes", "pieds")
BOTH_AFTER = ("les deux", "toutes les deux", "tous les deux")
#: one leg, told in a story
ONLY = ("juste", "seulement", "uniquement")
IN_DOWN = ("dans",)
ONE_STORY = ("une", "jambe droite", "jambe gauche")
LEG_SIDE_STORY = ("jambe", "cote", "pied")
ONE_W = ("une",)
LEG_W = ("jambe",)
ONLY_AFTER = ("seulement", "uniquement")
BOTH_ONE_STORY = (
    r"\bqu ?une? (?:seule? )?(?:jambe|cote|pied)\b", r"\bune seule jambe\b", r"\bpas (?:dans )?les deux\b",
    r"\b(?:que|juste|seulement|uniquement) (?:dans |a )?(?:la |ma |mon )?(?:jambe |cuisse |fesse |mollet |pied )?"
    r"(?:droite?|gauche)\b",
)  # fmt: skip
#: the red flags denied in a story (French in whole patterns; the engine's negation reads the rest)
NEG_WORDS = ("sans", "aucun", "aucune")
SADDLE_NUMB = (r"engourdi\w*", r"fourmillements?", r"picotements?")
AROUND = ("autour", "autour de", "entre", "au niveau", "au niveau de", "dans")
NO = ("aucun", "aucune")
SADDLE_NUMB_NOUNS = ("engourdissement", "fourmillements", "picotements")
DOWN_BELOW = ("en bas", "la en bas")
CAN: tuple = ()
STILL: tuple = ()
FEEL: tuple = ()
FEEL_FINE: tuple = ()
CAN_SHORT: tuple = ()
FEEL_SHORT: tuple = ()
EVERYTHING: tuple = ()
FINE_OK: tuple = ()
FEEL_ALL = ("(?:je |j )sens",)
EVERYTHING_ALL = ("tout",)
DOWN_THERE = ("la en bas", "en bas")
BB_NOUNS = ("vessie", "urine", "uriner", "pipi", "selles", "incontinence", "fuite", "toilettes", "transit")
BB_SUBJECT = ("pipi", "uriner", "urine", "selles", "vessie", "transit", "toilettes")
BB_IS = ("est", "sont", "va", "vont", "fonctionne", "reste", "toujours")
BB_FINE = (r"normal\w*", "comme (?:de |d ?)habitude", "sans probleme", "ok", "nickel")
NEG_BLADDER_BOWEL = (
    r"\bpas (?:de |d )?(?:probleme|souci|soucis|trouble)s? (?:\w+ )?(?:pour|a|avec|de|du cote) (?:uriner|la vessie"
    r"|les selles|faire pipi|aller aux toilettes|aller a selle|pipi|urine)\b",
    r"\b(?:je |j )?(?:peux|arrive a) (?:encore |toujours )?(?:uriner|faire pipi|aller aux toilettes)"
    r" (?:normalement|sans probleme|sans souci)\b",
)
SLEEP_NOT: tuple = ()
SLEEP: tuple = ()
SLEEP_FINE: tuple = ()
NIGHT_TROUBLE = ("douleur", "mal")
AT_NIGHT = ("la nuit", "de nuit")
NEG_NIGHT = (
    r"\b(?:la nuit|les nuits) (?:\w+ ){0,2}?(?:ca va(?! (?:de|pas|plus|mal|moins))|pas de (?:douleur|probleme)|calme"
    r"|tranquilles?)\b",
    r"\b(?:je |j )dors (?:tres |super )?bien\b", r"\bdors normalement\b",
    r"\bpas (?:de |d )?(?:douleur|mal) (?:\w+ ){0,2}?(?:la nuit|de nuit)\b",
)
#: night pain told in a story: "même la nuit", "la nuit au repos"
EVEN = ("meme",)
AT_NIGHT_ALL = ("la nuit", "pendant la nuit", "de nuit")
AT_REST = ("au repos", "sans bouger", r"allongee?", "couchee?")
#: "pas moi" told in a story
NOT_ME_STORY = ("pas moi", "moi non", "moi jamais", rf"(?:moi )?(?:je |j )?{_NE}(?:n ?)?(?:en )?ai (?:jamais|pas) eu")
#: a year of birth in a story ("né en '79"), read as the age it gives
STORY_BORN = ("ne en", "nee en", "ne", "nee", "(?:je |j )suis de", "annee de naissance", "date de naissance")
#: the age in a story: "j'ai 45 ans" (only with "ans": "j'ai 2 enfants" is no age), "âgée de 45 ans"
STORY_I_AM = (r"j ?ai(?=\s*\d{1,3}\s*ans\b)", r"agee? de")
STORY_AGE_FILLER: tuple = ()
NOT_AN_AGE = ("jours", "semaines", "mois", "fois", "heures", "kilos")
STORY_YEARS_OLD: tuple = ()
PERSON = ("homme", "dame", "monsieur", "madame", "mec", "gars")
PERSON_OF = ("de",)
SEX_LETTER: tuple = ()
SEX_NOT_AFTER: tuple = ()
#: a duration about something else than the pain (the cancer, the weight, a pregnancy)
DURATION_OTHER = (
    r"cancer\w*", r"tumeur\w*", r"chimio\w*", r"kilos?", "poids", "perdu", "enceinte", "grossesse", "bebe",
    r"opere\w*", "operation", "chirurgie", r"fi?evre", "grippe", r"diagnostique\w*", r"cortisone",
    # an earlier episode: "j'avais eu un lumbago y a 2 ans", "j'ai deja eu une sciatique", "un autre lumbago"
    r"(?:avais|avait) eu", r"deja eu", r"une? autre (?:fois|crise|lumbago|sciatique|episode|hernie|tour de reins?)", r"la derniere fois", r"la fois (?:passee|d avant)",
)  # fmt: skip
#: a change that a duration may be told of, not the pain (session 27O): "depuis 2 jours ca empire", "de 2-3 jours c'est
#: devenu plus", "ca s'est aggrave ces 2 derniers jours"
DURATION_CHANGE = (
    r"pire", r"empir\w*", r"aggrav\w*", r"devenue? (?:\w+ )?plus", r"plus (?:fort|forte|fort\w*|intense|mal)", r"augment\w*",
    r"etend\w*", r"propag\w*", r"de mal en pis",
)  # fmt: skip
ABOUT_THE_BACK = ("dos", r"reins?", r"lombaires?", "lumbago", "commence", "depuis", r"sciatique", r"bloquee?",
                  r"coincee?")
#: morning stiffness in a story: "le matin, très raide"
STORY_MORNING = ("le matin", "matin", "matins", "au reveil", "au lever", "en me levant")
STIFF_NOT = ("pas", "jamais")
VERY = ("tres", "super", "hyper", "vraiment", "trop")
#: where the pain is: a clause without its own subject continues the one before
SUBJECT_START = ("j", "jai", "mes", "ca", "cest", "c", "ce", "il", "elle", "rien", "aucun", "aucune",
                 "parfois")
CONNECTOR = ("maintenant", "et", "mais", "puis", "ensuite", "aussi", "donc")
OTHER_SYMPTOM = (
    r"fourmi\w*", r"engourdi\w*", r"picote\w*", r"insensible\w*", r"faible\w*", r"raide\w*", r"crampe\w*",
    r"endormi\w*", r"gonfle\w*", r"froide?s?",
)  # fmt: skip
SUB_CHUNK = ("et", "avec")
#: "en dessous du genou" without a pain word
KNEE_BELOW = ("sous", "en dessous", "plus bas que")
KNEE_ABOVE = ("au dessus", "jusque? ?au", "jusque au", r"(?:s ?)?arrete avant", r"(?:va|descend) pas plus bas que")

# ---- corrections ----------------------------------------------------------------
#: "en fait", "je voulais dire", "pas 3 jours mais 3 semaines"
CORRECTION = (
    "en fait", "(?:je |j )voulais dire", "(?:je |j )veux dire", "voulais dire", r"attends?", "attendez", "oups", "correction",
    r"(?:je |j )me suis trompee?", r"(?:je |j )me trompe", r"(?:c(?:e )?est )?une erreur", r"plutot", r"mauvais bouton",
    r"mauvaise reponse", r"(?:je |j )rectifie", r"rectification", r"pas(?:nl)? (?:\w+ ){1,3}mais", r"(?:non|nan) ,? c(?:e )?etait",
    r"(?:je |j )corrige", r"erreur de frappe", r"faute de frappe", r"(?:je |j )me suis mal exprimee?",
)  # fmt: skip
#: a plain answer after "en fait" is no correction
ACTUALLY = ("en fait", "attends")
PLAIN_ANSWER = ("oui", "non", "pas vraiment", "si")
CORRECTION_PLAIN = (r"^en fait (?:non|oui|pas|si|jamais|rien)\b(?! (?:\w+ ){0,3}?mais)",)
#: "non, ça descend sous le genou": a no, then a statement
NO_OPEN = ("non+",)
NO_THEN_SUBJECT = ("ca", "c(?:e )?est", "la douleur", "elle", "j ?ai")
NO_THEN_VERB = ("descend", "va", "a commence", "commence", "dure", "depuis", "fait", "deja", "est", "ai", "plutot")
NO_THEN_NEGATIVE = ("pas", "jamais", "rien", "aucun", "aucune", "bien", "ok", "normal")
#: fillers at the start ("euh", "bon")
FILLER = ("euh+", "heu+", "bon", "alors", "ah", "bah", "beh")
#: "3 semaines pas 3 jours", "au-dessus du genou, pas en dessous"
SMALL_NUMBER = ("une?", "deux", "trois")
VNV_NOT = ("pas", "et non", "et pas")
VNV_NOT_SHORT = ("pas",)
PLACE = ("dessus", "dessous", "gauche", "droite")
#: an apology before a new value
SORRY = ("pardon", r"desolee?", "dsl", "excusez moi", "excuse moi")

#: A "non" told with a hedge ("je ne crois pas") to a red-flag question: neither a clear no
#: nor "je ne sais pas", so the question is asked once more (bot/clinical/check_flow.py), never guessed.
HEDGED_NO = (
    rf"(?:je |j )?{_NE}(?:crois|pense) pas", r"(?:je |j )(?:crois|pense|dirais|suppose) que non", r"probablement pas",
    r"sans doute pas", r"pas que (?:je |j )sache", rf"il {_NE}me semble pas", r"a priori (?:non|pas)", r"(?:je |j )dirais (?:non|pas)",
    r"normalement (?:non|pas)", r"pas a ma connaissance", r"j ?en doute", r"(?:je |j )doute",
)  # fmt: skip

# ---- session 28C : parrain et marraine, belle-famille, famille recomposee (bot/reading/answers.py _RELATIVE) ----
#: "c'est mon parrain qui a eu une tumeur a la vessie, pas moi", "ma belle-soeur a eu un cancer, pas moi" (petite fille, belle
#: fille, petit fils seulement apres un possessif : "quand j'etais petite fille")
RELATIVE += (
    "parrain", "marraine", r"filleule?", "beau frere", "belle soeur", "beaux parents", "belle famille", r"demi (?:frere|soeur)",
    "grands parents", r"(?:mon|ma|mes|notre) (?:petite? fille|petit fils|petits enfants|belle fille|beau fils)", r"fiancee?",
    r"conjointe?", "tonton",
)  # fmt: skip

# ---- session 29N: la douleur de nuit seulement en se retournant, puis bien cale et le sommeil ----
#: "juste quand j'essaie de me tourner", "seulement quand je vais me retourner" (session 29N)
NIGHT_MECH_FALSE += (r"(?:seulement |juste |que |uniquement )?quand (?:je |j )(?:vais|essaie|veux|dois) (?:de )?(?:me )?(?:tourner|retourner|bouger)",)
#: ... puis bien cale, le sommeil tranquille (session 29N): "une fois bien cale je dors tranquille" (pas "je dors pas tranquille")
NIGHT_EASED += (r"(?<!pas )(?:une fois|des que|quand) (?:je suis |j suis |suis )?(?:bien )?(?:cale|calee|installe|installee)\b(?: \S+){0,4}? "
                r"(?:(?:je|j) dors (?:tranquille|bien|paisiblement)|ca va|c est bon)",)
#: rien perdu au-dela de ce qui est voulu, avant son "sans le vouloir" (session 29N, bot/reading/answers.py _weight_no_reason):
#: "je perds rien sans le vouloir", "je ne perds rien que je n'essaie pas de perdre" (pas "j'ai perdu 8 kilos sans le vouloir")
NOTHING_UNTRIED_BEFORE = (r"(?:je |j )?(?:ne |n )?(?:perds|perdu|maigris|maigri) (?:\w+ )?(?:rien|aucun kilo|pas un kilo|pas un gramme)",)

# ---- session 29M: un signe dit expressement pas pire, le test talons et pointes pareil des deux cotes ----
#: une aggravation niee en toutes lettres (bot/reading/answers.py _told_unchanged, session 29M): "c'est pas pire depuis"
NOT_WORSE_TOLD = (r"(?:pas|jamais|plus) (?:\w+ ){0,2}?(?:pire|empire\w*|aggrave\w*|degrade\w*)",)
#: le comparatif dit comme l'etat de la jambe, pas un cours (session 29M): "ma jambe gauche est plus faible" avec "ca s'aggrave
#: pas" est une jambe faible ("de plus en plus faible", "plus faible chaque jour", "plus faible qu'hier" restent un cours)
WEAKER_STATE = (r"(?:(?<=\best )|(?<=\bsont )|(?<=\bsemble )|(?<=\bsemblent ))(?:un peu |un brin |bien |nettement |beaucoup )?plus faibles?\b"
                r"(?! (?:chaque|tous|de jour|que (?:hier|la veille|la semaine|avant hier)|qu (?:hier|avant hier)))",)
WEAK_STATE_WORD = ("faible",)
#: le test des talons et des pointes fait, pareil des deux cotes (session 29M): avec un non net, pas de faiblesse
SIDES_EQUAL = (r"(?:talons?|pointes?|orteils|bouts? des pieds|test)\b(?: \S+){0,15}? (?:pareil|pareille|la meme chose|identique|egal|egale|aucune difference"
               r"|pas de difference|aussi bien)(?: \w+)? (?:des|de|entre|a|aux|sur|pour) (?:les )?(?:deux cotes|2 cotes|deux jambes|deux pieds|gauche et a droite"
               r"|droite et a gauche|gauche et droite|droite et gauche)\b",)

#: une opposition apres la douleur restee dans le dos qui descend quand meme dans une jambe (session 29Q, bot/reading/answers.py
#: _DOWN_AFTER_ALL) : "ca reste dans le dos mais parfois ca descend", "surtout le dos, sauf de temps en temps dans la cuisse"
DOWN_AFTER_ALL = (r"(?:mais|parfois|sauf|de temps en temps|des fois|quelquefois|par moments)(?: \w+){0,6}? (?:descend\w*|jambe|jambes|cuisse"
                  r"|cuisses|genou|genoux|mollet|mollets|tibia|pied|pieds|cheville|irradi\w*|fil\w*)",)

#: une reponse oui/non qui dit non, raconte une fois passee du signe et le nie maintenant (session 35I, issue 12;
#: bot/reading/answers.py _past_denied): "non, de la fievre avec la grippe l'hiver dernier, rien maintenant"
PAST_EPISODE = (r"le (?:annee|an|mois|hiver|ete|automne|printemps) (?:passee?|derniere?)", r"la semaine (?:passee|derniere)",
                r"il y a (?:\w+ ){0,2}?(?:ans?|annees?|mois|semaines)", r"en (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout"
                r"|septembre|octobre|novembre|decembre)", r"quand (?:j|je) (?:ai eu|avais|etais)", "autrefois", r"(?:dans le|par le) passe",
                r"(?:enfant|petit|petite) (?:j|je)")
NOW_DENIED = (r"(?:rien|pas)(?: (?!mieux|passee?|finie?|partie?|terminee?|guerie?|disparue?|encore|dormi\w*|urine\w*|senti\w*|retenir"
              r"|control\w*|bouger|aller|faire|fait|pu|peux|peut)\w+){0,2}? (?:maintenant|en ce moment|actuellement|aujourd hui)",
              r"(?:plus|plus rien|rien) (?:maintenant|en ce moment|actuellement|depuis)", r"la (?:plus )?rien", r"plus rien",
              r"(?:maintenant|en ce moment|actuellement) (?:\w+ )?(?:rien|plus rien|pas du tout)")
STILL_NOW = (r"(?:est|suis|sont) (?:\w+ )?revenue?s?", r"revien\w*", r"de nouveau", "encore", "toujours", "hier", "cette nuit",
             "ce matin", r"re ?commence", r"depuis hier")
PAST_DENIED_BUT = ("mais", "sauf que", "par contre", "cependant")

# ---- session 37W: un regime nie, le temps que le poids a mis ----
#: un regime ou un effort nie jusqu'a trois mots avant (bot/reading/answers.py _weight_on_purpose, session 37W): "je fais
#: rien comme regime", "je suis pas au regime" (un "non" seul reste dehors: "non, au regime" est voulu)
INTENT_NEG_BEFORE = ("pas", "sans", "jamais", "aucun", "aucune", "rien", "ni")
#: ... ou juste apres (aucun en francais)
INTENT_NEG_AFTER: tuple = ()
#: une duree a cote de ces mots est le temps que le poids a mis, pas celui de la douleur (_pain_duration): "perdu 5 kilos en
#: 3 mois"
DURATION_WEIGHT = (r"kilos?", "kg", "kgs", "poids", r"maigri\w*", r"amaigri\w*")

# ---- session 38Y : le temps passe d'une autre maladie ----
#: une autre maladie, une fievre ou une operation d'autre chose ; une duree dite comme un moment passe a cote n'est pas celle de
#: la douleur (bot/reading/answers.py _pain_duration, session 38Y) : "j'ai eu la grippe il y a six semaines"
DURATION_ILLNESS = ("grippe", r"fi?evre", r"infection\w*", "rhume", "covid", "corona", r"virus\w*", "pneumonie", "bronchite", "angine",
                    "gastro", r"gastro ?enterite", r"operation\w*", r"opere\w*")
#: le moment passe apres la duree (aucun) ou avant ("il y a six semaines", "y a un mois")
DURATION_AGO_AFTER = (r"passee?s?", r"auparavant", r"plus tot")
DURATION_AGO_BEFORE = (r"il y a", r"y a", r"ya", "voici")
#: la douleur qui a commence avec, dans la meme phrase (avec un mot de douleur) : "et le mal de dos a commence avec"
DURATION_SAME_START = (r"commenc\w*", r"debut\w*", r"depuis", r"parti\w* de la", r"demarr\w*")
#: ... or named in the duration itself ("last month", "vorige maand", "le mois dernier")
DURATION_AGO_IN = ("dernier", "derniere", r"passee?")

# ---- session 38Y2 : la fievre revenue, a la question de la fievre ----
#: a la question de la fievre, "elle" est la fievre (session 38Y2) : "elle remonte depuis hier", "elle est revenue ce matin",
#: "ca remonte" (pas "elle remonte pas", "revenue a la normale")
CONTEXT_FEVER += (r"(?:elle|ca) (?:est |a )?(?:de nouveau |encore )?(?:remont\w*|revenue|revient)\b(?! (?:\w+ )?(?:pas|plus|jamais|a la normale)\b)",)

# ---- session 38S : toute l'histoire en un message (bot/reading/answers.py read_story) ----
#: l'age de qui ecrit apres son metier (le moteur, _STORY_JOB_AGE) : "je suis macon, 47 ans, et ..."
STORY_JOB_I_AM = (r"(?:je|j) suis (?:une? )?",)
#: le message ecrit pour un proche (le moteur, _STORY_OTHER_AGE) : "j'ecris pour ma mere qui a 80 ans"
STORY_FOR_OTHER = (
    r"(?:je |j )?(?:ecris|envoie|demande|tape|pose) (?:\w+ ){0,2}?pour",
    r"c est pour", r"de la part de",
)  # fmt: skip
STORY_OTHER_IS = (r"qui a", r"(?:il|elle) a", r"age de", r"agee de", r"de")
STORY_AGE_END = ("et", "mais", "avec")
#: l'autre jambe va bien apres une jambe douloureuse (le moteur, _OTHER_SIDE_FINE) : "a gauche rien"
OTHER_SIDE_LEAD = ("la", "le", "ma", "mon", "mais", "mais la", "mais ma", "et", "et la", "a", "mais a", "et a")
OTHER_SIDE = (
    r"autre (?:jambe|cote|pied)", r"(?:jambe |cote |pied |cuisse )?(?:gauche|droite?)",
)  # fmt: skip
OTHER_SIDE_NOW = ("maintenant",)  # "right leg is fine now"
OTHER_SIDE_FINE = (
    r"(?:va |vont )?(?:bien|tres bien|nickel|impeccable)", r"(?:est |c est )?(?:normale?|ok)", r"(?:n a |a )?rien",
    r"(?:pas de douleur|aucune douleur|pas mal)", r"ca va",
)  # fmt: skip
#: pas de douleur aux jambes, en langue de la rue (le moteur, _LEG_NONE_STORY) : "rien qui descend dans les jambes"
LEG_NONE_STORY += (
    r"(?:rien|aucune douleur|pas de douleur) (?:qui |ne |een |n )?(?:descend|va|part|file|passe|irradie|tire|rayonne)\w* "
    r"(?:\w+ )?(?:dans|vers|jusque? ?(?:aux?|dans)|jusque dans|aux?) (?:la |les |mes |ma |mon )?jambes?",
)  # fmt: skip

#: "it" with a place word after it, where a bare "it" is the illness's, not the pain's (session 38Y: "it was over in a
#: week"; the engine's _pain_named)
IT_PRONOUNS = ("ca", "c")
IT_PLACE_WORDS = ("en",)

#: a plain yes word after an opening no takes the no back ("no wait, yes i do": not sure; session 38V)
YES_TAKES_BACK = (r"oui+", r"ouais+", r"ouai")

# ---- session 39I (issue 12): un tour pour attraper, l'age en SMS, la nuit bien une fois immobile ----
#: un tour du buste pour prendre quelque chose, un "pop" senti (bot/reading/answers.py _story_onset): "j'ai tourne le buste pour
#: attraper", "je me suis tourne pour saisir", "j'ai senti comme un pop"
STORY_SUDDEN += (r"\b(?:j ?ai |(?:je |j )?me suis )?(?:tourne|retourne|pivote)(?: (?:le|mon) (?:buste|dos|corps|tronc|torse))? pour (?:prendre"
                 r"|attraper|saisir|ramasser|recuperer|atteindre|chercher|sortir|porter)\b",
                 r"\b(?:senti|sentu|eu) (?:comme )?(?:un |une )?(?:pop|clac|crac|tilt|clic|declic)\b")
#: l'age en SMS (bot/reading/answers.py _story_age): "g 19 ans" (j'ai), "j'ai 52 balais"; pas "g mal" (pas de nombre)
STORY_I_AM += (r"(?<![\w'])g(?=\s*\d{1,3}\s*(?:ans|balais)\b)", r"j ?ai(?=\s*\d{1,3}\s*balais\b)")
#: la douleur de nuit seulement en bougeant, bien une fois immobile (session 39I; _night_eased): "quand je reste immobile ca va",
#: "allonge sans bouger ca va", "quand je ne bouge pas j'ai pas mal" (pas "meme immobile j'ai mal", "ca va pas")
NIGHT_EASED += (r"(?:(?:quand|si|tant que|une fois|des que|lorsque|lorsqu) (?:je |j )?(?:reste|suis|me tiens|ne bouge (?:pas|plus)|bouge (?:pas|plus)"
                r"|me mets|suis bien)(?: (?:bien|completement|tout a fait))?(?: immobile| tranquille| sans bouger)?|(?:allongee?|couchee?) sans bouger"
                r"|(?:allongee? |couchee? )?immobile)(?: ,)? (?:(?:ca|c|cela|tout|je|j) )?(?:(?:n |ne ))?(?:va|va bien|est bon|est ok|ok|bien|dors"
                r"|ai pas mal|ai rien|ai aucune douleur|fait pas mal|fait rien|passe)\b(?! (?:pas|plus|mal|jamais)\b)",)

# ---- session 40J (issue 12) : l'age de la personne dont on parle, "ne descend nulle part" ----
#: l'age de la personne dont parle le message, a la troisieme personne (le moteur, _story_carer_age) : "il a 58 ans",
#: "elle a 77 ans", "ma mere a 83 ans"
CARER_IS = (r"(?:il|elle) a", "qui a")
CARER_REL_IS = ("a", "de", "qui a", ",")
#: la douleur de cette personne, pas de celui qui ecrit
CARER_PAIN = (r"(?:il|elle) a (?:\w+ ){0,3}?mal", r"(?:il|elle) (?:\w+ ){0,2}?(?:souffre|douleurs?)", r"(?:son|ses) (?:dos|reins|lombaires)")
#: le message ecrit pour quelqu'un : "j'ecris pour mon mari", "c'est pour ma mere", "de la part de"
CARER_FOR = (r"(?:ecris|envoie|demande|tape|pose|c est) (?:\w+ ){0,2}?pour", r"de la part de")
OWN_PAIN = (r"(?:mon|mes) (?:dos|reins|lombaires)", r"j ?ai (?:\w+ )?mal", r"j ?ai (?:une |des )?douleurs?", r"je souffre")
AGE_THING_IS: tuple = ()
#: pas de douleur aux jambes : "ca ne descend nulle part", "ca n'irradie nulle part"
LEG_NONE_STORY += (r"(?:ne |n )?(?:descend|irradie|va|part|file|rayonne|diffuse|se propage) nulle part",)
CARER_AGE_END = ("souffre",)
# ---- session 40I : l'age dit apres la duree, « à 27 ans » ----
#: "mal au dos depuis 5 mois a 27 ans", "a 38 ans c'est normal ?" (bot/reading/answers.py _STORY_AGE) : le "a" preposition, en debut de
#: phrase, apres une virgule, une duree ou le dos (pas "il y a 27 ans", "ca a 27 ans", "mon pere a 60 ans")
STORY_I_AM += (r"(?:^|(?<=, )|(?<=jours )|(?<=semaines )|(?<=mois )|(?<=dos )|(?<=reins )|(?<=normal ))a(?=\s*[1-9]\d\s*ans\b)",)
#: "op mijn 27ste" : aucun en francais
STORY_AGE_ORDINAL: tuple = ()

# ---- session 40I : douleur de nuit seulement en se tournant, sinon ca va, dit en mots simples ----
#: (bot/reading/answers.py _night_eased, avec NIGHT_POSITION) : "sinon ca va", "autrement ca va", "sinon pas de douleur",
#: "sinon je dors bien", "couche tranquille ca va" (pas "sinon ca va pas", "meme couche tranquille j'ai mal")
NIGHT_EASED += (r"(?:sinon|autrement|le reste du temps)(?: ,)? (?:ca va|ca va bien|c ?'?est (?:bon|ok|bien)|tout va bien|pas de (?:douleur|mal)"
                r"|j ?'?ai (?:pas|rien) (?:mal|de mal)?|(?:je |j )dors(?: bien)?|rien|ok)\b(?! (?:pas|plus|mal|jamais)\b)",
                r"(?<!meme )(?:allongee?|couchee?) (?:tranquille|calme|tranquillement)(?: ,)? (?:ca|c|cela) ?'?(?:va|est bon|est ok)\b"
                r"(?! (?:pas|plus|mal|jamais)\b)")
#: le mal de dos dit en mots de la rue ou en expression (session 40K; bot/reading/answers.py tells_back_pain): "mon dos me
#: fait des miseres", "le dos me lache", "j'ai le dos coince", "je suis coince du dos", "mes reins me tuent", "mon dos est en
#: compote", "je me suis bloque le dos" (pas "mon sac a dos est casse", "le dos de la chaise", "dors sur le dos", "mon dos
#: me fait pas de miseres", "mon dos est pas bloque", "de retour")
_MON_DOS = r"(?<!sur )(?<!a )(?:mon|le|ce|du|mes|les|ces) (?:bas du |bas de |bas des )?(?:dos|reins|lombaires)"
BACK_PAIN += (
    rf"{_MON_DOS} (?:me |m )(?:fait des miseres|fait la misere|fait de la misere|font des miseres|font la misere|fait souffrir|font souffrir"
    r"|fait des siennes|font des siennes|joue des tours|jouent des tours|joue un sale tour|lache|lachent|tue|tuent|martyrise|martyrisent"
    r"|torture|torturent|tracasse|tracassent|embete|embetent|emmerde|emmerdent|en fait voir|en font voir|a lache|ont lache|a fait des miseres)"
    r"(?! (?:pas|plus|jamais|rien)\b)",
    rf"{_MON_DOS} (?:(?:est|etait|sont|a|ont|ete|reste|encore|completement|totalement|tout|vraiment|bien|grave|carrement|de nouveau|a nouveau|re) )*"
    r"(?:bloquee?s?|coincee?s?|en compote|en vrac|en miettes|en capilotade|en bouillie|nazes?|nases?|foutus?|fichus?|lache|lachee?s?)\b",
    r"(?:bloquee?s?|coincee?s?|nazes?|nases?) (?:\w+ ){0,2}?(?:du|des|au niveau du|au niveau des) (?:bas du )?(?:dos|reins|lombaires)",
    r"(?:bloquee?|coincee?|flinguee?|bousillee?|esquintee?|ruinee?|niquee?|demolie?) (?:le|mon) (?:bas du )?dos",
)  # fmt: skip

# ---- session 41I (issue 12) : une jambe dite par son côté, un début brutal nié ----
#: "le mollet du côté droit"
#: un seul côté : "seulement à gauche", "qu'à droite", "à gauche uniquement"
SIDE_ONLY = ("seulement", "uniquement", "que", "qu", "qua")
SIDE_ONLY_GAP = ("a", "du", "cote", "de", "la", "le", "sur", "dans")
SIDE_ONLY_NOUN = ("jambe", "cote")
SIDE_ONLY_AFTER = ("seulement", "uniquement")
#: "tout droit", "le droit de" : pas un côté
SIDE_NOT = (r"tout droit", r"(?:le|au|ai|a|droit) droit (?:de|a)\b")
#: l'autre côté ou les deux dits quelque part : pas un seul côté lu
SIDE_BOTH = (r"les deux", r"des deux", r"aux deux", r"deux (?:jambes|cotes|cuisses|mollets|fesses|pieds)", r"autre", r"jambes",
             r"cuisses", r"mollets", r"fesses", r"altern\w*", r"change de cote")
#: un début brutal ou une cause niés (bot/reading/answers.py _story_onset) : progressif sauf si une cause est dite aussi :
#: "ce n'est pas arrivé brutalement", "pas d'un seul coup", "aucun accident", "je n'ai rien soulevé"
STORY_START_DENIED = (
    r"pas (?:(?:venue?|arrivee?|apparue?|commence|survenue?|comme ca|tout|vraiment|du tout) ){0,2}(?:de un (?:seul )?coup|d un (?:seul )?coup"
    r"|brutalement|brusquement|soudainement|subitement|du jour au lendemain)",
    r"(?:pas de|pas d|aucun|sans|jamais eu de|jamais eu d) (?:\w+ )?(?:accident|traumatisme|choc)\b",
    r"rien (?:de lourd )?(?:porte|souleve|ramasse|deplace)\b",
)

# ---- session 42R (issue 12) : le temps d'une aggravation lente, une cure courte de cortisone après un non ----
#: une aggravation dite lente (bot/reading/answers.py _story_duration) : son temps est celui de la douleur quand aucun autre
#: n'est dit ("son dos empire doucement depuis 4 mois" ; pas "depuis 2 jours ca empire", une poussee)
DURATION_SLOW_CHANGE = (r"doucement", r"progressiv\w*", "petit a petit", "peu a peu", r"lentement", r"graduel\w*",
                        r"insidieuse\w*", "au fil du temps", "avec le temps")
#: la douleur dite plus ancienne que l'aggravation : son temps lent n'est alors pas celui de la douleur ("mal au dos depuis
#: des annees, ca empire doucement depuis 2 mois")
DURATION_SLOW_OLDER = (r"annees?", "longtemps", "toujours", r"chronique\w*", "de temps en temps", r"des mois",
                       r"plusieurs mois", "une eternite", r"depuis (?:mon enfance|petit|petite|jeune)")
#: la cortisone prise une fois, peu de temps (bot/reading/answers.py _steroid_course_only) : "une fois une cure de 5 jours"
STEROID_SHORT_COURSE = (r"\d+ ?jours?", r"(?:quelques|deux|trois|quatre|cinq|six|sept|dix|un|une) jours?", "une fois",
                        "une seule fois", "1 fois", "cure", r"(?:une|1) semaine")
#: la cortisone prise longtemps, maintenant ou encore et encore : le signe lui-meme (la reponse reste oui)
STEROID_LONG_USE = (r"tous les (?:jours|matins|soirs|mois|ans|hivers)", r"chaque (?:jour|matin|soir|semaine|mois|annee|hiver)",
                    r"quotidien\w*", "mois", "ans", r"annees?", "semaines", "toujours", "encore", "actuellement",
                    "en ce moment", "prends", "prend", "prenais", r"reguli\w*", "souvent", "plusieurs", "cures",
                    "longtemps", r"long terme", "depuis", "maintenant", "fois par", r"chronique\w*", "a nouveau", "de nouveau")
#: les os nommes (aucune cure courte ne fait alors un non)
OSTEO_BONES = (r"osteopor\w*", r"osteopeni\w*", r"os fragiles?", r"decalcifi\w*", r"fragilite osseuse", r"densite osseuse",
               r"fractur\w*")
#: (session 43A2) la cortisone dite seulement en spray, en creme ou en une infiltration, pas en comprimes
#: (bot/reading/answers.py _steroid_local_told) : "cortisone, mais uniquement en spray pour l'asthme, jamais en comprimes"
STEROID_GENERIC = (r"cortisones?", r"cortico\w*", r"corticosteroides?", r"hydrocortis\w*")
STEROID_LOCAL_FORM = (r"sprays?", r"cremes?", r"pommades?", r"inhalateurs?", r"inhalations?", r"inhale\w*", r"aerosols?",
                      r"pompes?", r"bouffees?", r"gouttes", r"nasale?s?", r"collyres?", r"gels?", r"lotions?")
STEROID_SHOT_FORM = (r"infiltrations?", r"piqures?", r"injections?")
STEROID_TABLETS = (r"comprimes?", r"cachets?", r"pilules?", r"gelules?", r"par la bouche", r"voie orale", r"orale?s?")
STEROID_TABLETS_DENIED = (r"(?:jamais|pas|sans|aucun|aucune|ni)(?: \w+){0,3}? (?:comprimes?|cachets?|pilules?|gelules?|par la bouche"
                          r"|voie orale|orale?s?)",)
# ---- session 43A3 (issue 12) : dit dans le premier message, redemande ----
#: les jambes niees en mots libres, comme proposition a part (le moteur, _LEGS_NOT_STORY), celles d'un proche aussi :
#: "mal au dos, rien dans ses jambes", "les jambes ca va"
LEGS_NOT_STORY += (
    r"rien (?:dans|aux|a) (?:les |mes |ses |la |sa |ma )?jambes?",
    r"(?:les |mes |ses )?jambes (?:ca va|vont bien|ok|rien)",
)  # fmt: skip
#: la douleur d'un proche avec son age devant : "ma fille de 15 ans a mal au dos", "mon mari , 58 ans , souffre du dos"
CARER_PAIN += (r"(?:{RELATIVE}) (?:de |a |, )?\d{1,3} ans(?: ,)? (?:et )?(?:a (?:\w+ ){0,3}?mal|souffre|a (?:des |une |de )?douleurs?)",)
#: "ma fille de 15 ans a mal" : l'age suivi du verbe
CARER_AGE_END += ("a",)
# ---- session 44A4 (issue 12) : dit dans le premier message, redemande ----
#: une queue apres les jambes niees (le moteur, _LEGS_NOT_STORY) : "les jambes ca va heureusement", "rien dans les jambes du tout"
LNS_TAIL = ("du tout", "heureusement", "en fait")
#: le dos d'un proche comme plainte (le moteur, _legs_not_told) : "ma fille se plaint de son dos", "il s'est bloque le dos"
CARER_BACK = (r"se plaint (?:du|de son|des|de ses) (?:bas du )?(?:dos|reins|lombaires)",
              r"se est (?:\w+ )?(?:bloquee?|coincee?|fait mal|tordue?) (?:\w+ ){0,2}?(?:dos|reins)")
#: la douleur d'un proche, dite en verbe pronominal : "il se plaint du dos", "ma belle-mere (78 ans) s'est bloque le dos"
CARER_PAIN += CARER_BACK
#: l'age d'un proche entre parentheses avant le verbe pronominal : "mon beau-pere (80 ans) se est bloque"
CARER_AGE_END += ("se",)
#: un salut au debut, puis un age seul (le moteur, _STORY_OPEN_AGE) : "bonjour, 38 ans, mal au dos"
GREET_OPEN = ("bonjou[r]", "bonsoi[r]", "salu[t]", "couco[u]", "hell[o]")
# ---- session 44A5 (issue 12): told in the first message, asked again ----
#: poser un sol ou une terrasse, une corvee de port et de flexion dite comme le moment, comme un demenagement (le moteur
#: _story_onset) : "apres avoir pose du carrelage", "en carrelant la salle de bain", "j'ai pose des paves samedi"
_POSER = (r"(?:pose|poser|posant|posais|posait) (?:\w+ ){0,2}?(?:carrelage|carreaux|dalles|paves|parquet|terrasse)"
          r"|carrel(?:er|ant|e|ais|ait)|(?:pose|poser) (?:du|le|des|les) (?:sol|carrelage)")
STORY_SUDDEN += (rf"\b(?:{_POSER})\b",)
SUDDEN += (rf"\b(?:{_POSER})\b",)
#: la raideur du matin en image (le moteur _STIFF_MORNING, _STORY_STIFF) : "le matin je suis une vraie planche", "comme un
#: morceau de bois le matin"
STIFF_WORD += (r"(?:comme|une vraie|un vrai) (?:une |un )?(?:vraie |vrai )?(?:planch[e]|baton|piqu[e]t|morceau de bois|bout de bois)",)
# ---- session 45A6 (issue 12) : dit dans le premier message, redemande ----
#: les jambes niees apres une virgule (le moteur, _LEGS_NOT_STORY) : "ses jambes, rien", "les jambes, ca va"
LEGS_NOT_STORY += (r"(?:les |mes |ses )?jambes , (?:ca va|rien)",)
#: le foot joue sous un autre nom (le moteur, _no_foot_sport) : "apres le mini-foot", "au baby-foot", "du street foot"
FOOT_SPORT += (r"(?:mini|baby|street|beach) ?foot",)
# ---- session 46A7 (issue 12) : des fourmis ailleurs, les jambes niees ; les jambes niees apres la chose ----
#: les jambes (ou les pieds) niees dans la reponse a la question des fourmis (le moteur, _numb_elsewhere) : "dans les jambes
#: non", "pas dans les jambes", "les jambes ca va", "rien dans les jambes ni les pieds"
NUMB_LEGS_FREE = (
    r"(?:pas|rien) (?:dans|aux|a|jusque dans) (?:la |les |mes |ma )?jambes?(?: (?:ni|ou|et) (?:dans |aux )?(?:les |mes )?pieds?)?",
    r"(?:dans|aux) (?:la |les |mes |ma )?jambes?(?: ,)? (?:non|pas|rien|ca va)",
    r"(?:les |mes )?jambes (?:ca va|vont bien|ok|rien|non)",
)  # fmt: skip
#: des parties qui ne sont pas la jambe, avec OTHER_BODY, ou sont placees les fourmis (mots de garde seulement)
NUMB_ELSEWHERE = ("nuqu[e]", r"poigne[t]s?", r"pouc[e]s?", r"coud[e]s?", r"epaul[e]s?")
#: les jambes niees apres la chose, jusqu'a la fin de la phrase (le moteur, _LEGS_NOT_STORY) : "de douleur dans les jambes,
#: je n'en ai pas", "dans les jambes j'ai rien", "dans les jambes il n'y a rien" ; pas "dans les jambes j'ai mal parfois", ni "je ne sens rien" (engourdi ?)
LEGS_NOT_STORY += (
    r"(?:(?:de |des |d )?(?:douleurs?|mal) )?(?:dans|aux) (?:les |mes |la |ma )?jambes?(?: ,)? (?:je |j )(?:en |n )?"
    r"(?:ai (?:pas|rien|aucune douleur)(?: mal)?|(?:sens|ressens) aucune douleur)",
    r"(?:(?:de |des |d )?(?:douleurs?|mal) )?(?:dans|aux) (?:les |mes |la |ma )?jambes?(?: ,)? (?:il )?y a (?:rien|pas de douleur)",
)  # fmt: skip
# ---- session 46A8 (issue 12) : un événement daté d'un proche, le mal de dos sous plus de formes, une crème ----
#: ce qui date la douleur du patient par un événement de sa proposition (le moteur, _relative_dated) : "depuis
#: l'enterrement de mon père le mois passé" ; sans cela une date dans la proposition d'un proche est celle du proche
DATE_OWN_SINCE = ("depuis", "apres", "a partir de")
#: le dos qui fait mal sous des formes que BACK_PAIN ne prend pas, seulement comme garde des jambes niées (_legs_not_told) :
#: "le bas du dos me lance", "mes reins me font souffrir" (pas "mon dos ne me lance pas")
BACK_TOLD_STORY = (
    r"(?:dos|reins|lombaires) (?:me |m )(?:lanc[e]|lance[n]t|elanc[e]|elance[n]t|fait souffrir|font souffrir)(?! (?:pas|plus|jamais)\b)",
)  # fmt: skip
#: les os nommés (le moteur, _bones_fine, avec FINE) : "les os ça va, j'utilise juste une crème à la cortisone"
BONES_NAMED = (r"(?:les |mes )?o[s]",)
# ---- session 47A9 (issue 12) : un non après un faux air de fièvre, une perte voulue puis "sans le vouloir, non", "depuis" ----
#: un non qui clôt la réponse (bot/reading/answers.py _fever_lookalike_no) : "... donc non", "donc c'est non"
CLOSING_NO = (r"don[c] (?:ce est |c est |la reponse est )?no[n]", r"don[c] pa[s]")
#: la fièvre nommée, niée (_fever_lookalike_no) : "pas de fièvre", "pas de température"
FEVER_NAMED = (r"fievr[e]", r"temperatur[e]")
#: la fièvre ressentie ou mesurée haute, un oui même avec un non final : "fiévreux", "des frissons"
FEVER_FELT = (
    r"fievreu\w*", r"frisso[n]\w*", r"grelott?\w*", "chaud et froid", r"(?:forte |grosse )?fievr[e] (?:de|a) \d+",
    r"(?:de la|une) fievr[e]", r"temperatur[e] (?:elevee|haute)",
)  # fmt: skip
#: ce qui date la douleur par l'événement de la proposition d'avant (_relative_dated) : "mon père est décédé en mars ,
#: depuis j'ai mal au dos", "depuis lors"
DATE_SINCE_EVENT = (
    r"^(?:et )?depui[s](?: (?:lor[s]|ce momen[t](?: la)?|c[a]|cel[a]))?(?= (?:je|j|mon|ma|mes|il|elle)\b|$)",
    r"\bdepuis lor[s]\b", r"\bdepuis ce jour la\b",
)  # fmt: skip
#: plus de mots pour les os qui vont bien (_bones_fine, à côté de FINE) : "mes os vont bien", "en bonne santé"
BONES_FINE = (r"(?:von[t]|va|son[t]) bie[n]", r"en bonne sant[e]", r"solide[s]?")
#: (session 47A10) "mes os sont en bon état" (the "bon" no longer dropped as Flemish: bot/reading/answers.py _street)
BONES_FINE += (r"(?:en|dans un) (?:tres |tout a fait |parfait )?bo[n] eta[t]",)
