"""Dutch (Netherlands and Flemish) words for reading questions (bot/reading/faq.py)."""

#: Words that join two questions in one message ("mag ik autorijden, en hoeveel sessies?").
QUESTION_JOINERS = ("en", "ook", "enne")

#: Words a question opens with when it has no "?" ("mag ik sporten met rugpijn").
QUESTION_OPENERS = (
    "mag", "mogen", "kan", "kun", "kunt", "kunnen", "moet", "moeten", "is", "zijn", "ben", "heb", "hebt", "heeft",
    "zal", "zou", "wordt", "helpt", "hoe", "hoelang", "hoeveel", "wat", "wanneer", "waarom", "waar", "welke", "wie",
    "wa", "vraag", "vraagje", "graag", "weet", "zeg", "hebde", "zijde", "kunde", "moogde", "moete",
    # Gronings en Limburgs (sessie 19): "mot ich ierst nao d'n dokter", "kin ich ...", "mót ich ..."
    "mot", "motten", r"kin (?:ich|ik|k|ge|gij|je|iech)", "kinne", "kins",
)  # fmt: skip
#: A question after a story, in a later clause ("4 dagen geleden verheven, wanneer gaat het over"); not a
#: verb alone: "sinds 3 weken rugpijn, wordt elke dag erger" tells, it does not ask.
QUESTION_CLAUSE_OPENERS = (
    "hoe", "hoelang", "hoeveel", "wat", "wanneer", "waarom", "waar", "welke", "wie",
    r"(?:mag|kan|kun|moet|zal|zou|is|wordt|helpt|gaat) (?:ik|het|dat|da|dit|je|ge|u|ze|zij|hij|we|gij|jij)",
)  # fmt: skip

#: Groeten, tussenwerpsels en wie ze groeten voor een vraag (sessie 19): "yo hoe boek ik ff een afspraak", "moi, mag
#: ik ...", "allee zeg, hoelang ...": de vraag begint erna. Een mededeling blijft er een ("hoi, mijn rug doet pijn").
#: Niet "nou" ("nou is het weer raak").
GREETINGS = (
    "hoi", "hoii+", "hallo", "hallootjes", "hai", "hey", "hee", "heey+", "moi", "moin", "dag", "daag", "dagje", "goeiedag",
    "goedendag", "goeiemorgen", "goedemorgen", "goeiemiddag", "goedemiddag", "goeienavond", "goedenavond", "goeie",
    "allee", "allez", "zeg", "hela", "hola", "ewa", "sorry", "pardon", "euh", "ehm", "oke", "okee", "ok", "dus",
    "beste",
)  # fmt: skip
#: Wie gegroet wordt ("dag dokter", "hallo allemaal").
GREETED = ("dokter", "meneer", "mevrouw", "allemaal", "iedereen", "kine", "team", "mensen", "daar", "jongens")
#: Beleefde formules waarmee een vraag begint, eerst of na een groet of een verhaal ("graag weten of ...", "mag ik
#: vragen ...", "ik vroeg me af of ...", "denk je dat ..."): zoveel als een vraagwoord.
QUESTION_FORMULAS = (
    r"(?:ik )?(?:wil|zou|had) (?:graag |ff |even )?(?:weten|vragen)", r"graag (?:weten|vernemen)", r"mag ik (?:eens |ff |even )?vragen",
    r"(?:ik )?vroeg me af", r"(?:ik )?vraag me af", r"(?:ff |even |een )?(?:korte |kleine |snelle |klein )?vraag(?:je)?",
    r"weet (?:iemand|u|je|jij|ge|gij)", r"denk(?:t|te)? (?:je|u|ge|gij|jij)", r"laat (?:me|mij) (?:ff |even |eens )?weten",
    r"kunt u (?:me|mij) (?:zeggen|laten weten)", r"kun je (?:me|mij) (?:zeggen|laten weten)",
)  # fmt: skip
#: Een vraag als keuze, waar ook in een zin ("... of moet ik ff stoppen", "gaat da of nie").
QUESTION_ALTERNATIVES = (
    r"of (?:moet|mag|kan|kun|zal|zou|is|ben|wordt|mot|heb|moe|ga) (?:ik|het|t|da|dat|je|ge|u|we|k)",
    r"of (?:niet|nie|ni|wa|wat|nog|neet|nait)\W*$", "ofwa", "ofnie",
)  # fmt: skip

#: Woorden waarvan de grove stam (vijf letters) een geleerd woord van een onderwerp is zonder er iets over te zeggen
#: (sessie 19): "'k ben" en "erbij" staan toevallig in de voorbeelden over zwangerschap ("kben al 3 weken ziek, mag ik
#: ibuprofen nemen" is geen zwangerschapsvraag): nooit het bewijs van een onderwerp.
NO_EVIDENCE_WORDS = (r"'?k ?ben", "erbij")

#: Word endings taken off before topic words are compared ("operaties", "opereren" -> "opera").
STEM_ENDINGS = ("en", "er", "e", "s")

#: Separable verb particles: a known verb behind one is a known word
#: ("wegblijft" = weg + blijft, "opstaan" = op + staan, "terugkomt").
SEPARABLE_PARTICLES = (
    "aan", "achter", "af", "bij", "door", "in", "langs", "los", "mee", "na", "om", "op",
    "over", "terug", "thuis", "toe", "uit", "vast", "voor", "weg",
)

#: What a question is about when it is not de onderrug: another body part, an animal,
#: another illness ("welke pijnstillers mag mijn hond", "mijn nek is stijf na het slapen");
#: see the English pack. Compounds count ("schouderoperatie", "tandarts"). Not "knie" or "voet"
#: (where ischias goes), not "hand" alone ("aan de hand").
OTHER_SUBJECTS = (
    r"hond\w*", r"paard\w*", r"huisdier\w*", r"poes\w*", "nek", r"nekpijn", r"schouder\w*", r"elleboog\w*",
    r"ellebogen", r"pols(?:en)?", "handen", r"vinger\w*", r"duim\w*", "armen", "hoofdpijn", "migraine",
    r"kaak\w*", r"tand\w*", "verkoudheid", "griep", "corona",
    # het weer (sessie 20; "weer" alleen is ook "opnieuw"): "komt dat door t weer?"
    r"(?:door|van|aan|bij) (?:het|t|dit|dat) (?:koude |natte |slechte )?weer",
)  # fmt: skip
#: Een ander onderwerp dat alleen deel is van wat de persoon zelf doet ("mag ik met de hond blijven
#: wandelen of beter rust houden"): niet waar de vraag over gaat.
OTHER_SUBJECT_ACTIVITIES = (
    r"(?:met|mee) (?:de|den|mijn|mn|me|mijne|onze|ons) hond (?:\w+ ){0,2}?(?:wandelen|lopen|gaan|buiten)",
    r"(?:wandelen|gaan|lopen) (?:\w+ ){0,2}?(?:met|mee) (?:de|den|mijn|mn|me|mijne|onze|ons) hond",
    r"(?:de|den|mijn|mn|me|mijne|onze|ons) hond (?:\w+ ){0,1}?uit(?:laten|gaan)", r"hond uitlaten",
)  # fmt: skip
#: Set phrases in which a word of SUBJECT_WORDS names no subject ("zal ik terug slapen als een baby")
SUBJECT_FREE_PHRASES = (r"(?:als|gelijk|lijk) (?:een|ne|nen) baby",)
#: Words naming the complaint the topics are about (a question with one of them is about it).
OWN_COMPLAINT = (
    r"rug\w*", r"onderrug\w*", "ruggengraat", r"wervel\w*", r"hernia\w*", "ischias", r"lende\w*", "lumbago",
    r"\w*rugpijn",
)  # fmt: skip
#: Het vak van een andere therapeut, dat de antwoorden (over kine) niet dekken (zie de Engelse
#: pack); niet wanneer de kine of fysio ook genoemd wordt ("mijn osteopaat stuurde me naar de kine"),
#: tenzij de twee vergeleken worden (TRADE_COMPARISONS).
#: Woorden die een onderwerp op zich zijn als geen voorbeeld van het gekozen onderwerp ze heeft, ook
#: als de rug genoemd wordt ("als 't regent is 't altijd erger", "hoeveel kost een fiets").
#: Niet "weer" (ook "opnieuw").
SUBJECT_WORDS = (
    "regen", "regent", "regenen", "vochtig", "vocht", "kraken", "kraakt", "kraak", "baby", "kind", "kinderen",
    "vliegen", "vliegtuig", "cash", "fiets", "fietsen", "nieren", "nier", "cupping",
    "raam", "venster", "aandoen", "aantrekken", "kleren", "sportkleren",
)  # fmt: skip
OTHER_TRADES = (
    r"chiropract\w*", r"chiropraxie", r"osteopa\w*", r"acupunctu\w*", r"(?:dry )?needling", r"podolo\w*",
    # behandelingen en lessen die geen antwoord beschrijft ("hebben jullie shockwave", "doen jullie sportmassage")
    r"shock ?wave\w*", r"schokgolf\w*", r"sportmassage\w*", r"ontspannings?massage\w*", r"(?:ontspannende|relaxerende|sport) massages?", r"relax\w*massage\w*", r"(?:pilates|yoga) ?les\w*", r"tens ?toestel\w*",
    # cannabisproducten (sessie 20: "helpt cbd olie tegen rugpijn?", geen antwoord gaat erover)
    "cbd", r"cannabis\w*", "wiet", "hennepolie",
)  # fmt: skip
#: Het eigen vak van de praktijk.
OWN_SERVICE = (r"kine\w*", r"fysio\w*", r"kinesi\w*", r"oefenthera\w*")
#: Woorden die de kine tegenover een ander vak zetten ("is een osteopaat beter dan een kiné",
#: "verschil tussen ne kine en nen osteopaat"): geen antwoord vergelijkt ze (zie de Engelse pack).
TRADE_COMPARISONS = (
    "beter", "slechter", "best", "vs", "versus", "liever", "in plaats van", r"verschil\w*", "vergeleken",
    "hetzelfde als", "welke van de twee", "sneller", "anders dan",
)  # fmt: skip
#: Vragen of de praktijk iets aanbiedt (sessie 19): met een ander vak gaat de vraag over dat vak, ook als de kine
#: genoemd wordt ("doen jullie ook dry needling? heb da gehad bij ne andere kine")
OFFER_ASKED = (
    r"(?:doen|hebben|geven|bieden|doe|heb|geef|biedt|doet|heeft) (?:jullie|julder|julle|gulle|gullie|ulle|ge|gij|u|je|jij)"
    r"(?: ook| eigenlijk| nog)?",
)
#: Het gebouw en de administratie van de praktijk, die geen antwoord dekt: nooit een onderwerp.
PRACTICE_MATTERS = (
    r"parkeer\w*", "parkeren", "parking", "rolstoel", "wifi", r"annule\w*", "afzeggen", "afbellen", "verzetten",
    "hoe heet", r"cadeaubon\w*",
    # de winkel van de praktijk: "verkopen jullie die kussens", "verkoopt ge gordels"
    "wc", "toilet", r"verkopen (?:jullie|julle|gulle|gullie|u)", r"verkoopt (?:u|ge|gij|jullie)", r"(?:kopen|kan ik \w+ kopen) bij (?:jullie|u)",
    # een rit (sessie 19): "kunnen jullie mij naar huis brengen na de afspraak"
    r"naar huis (?:brengen|voeren)", r"(?:mij|me) (?:komen )?(?:oppikken|ophalen)",
)  # fmt: skip
#: Chat words and fillers that name no subject ("hoor", "allee", "efkes", "denkt ge"): never a
#: sign that a question is about something the topics were not trained on.
CHAT_WORDS = (
    "hoor", "nou", "zenne", "allee", "amai", "efkes", "effe", "toch", "gewoon", "eigenlijk", "echt", "haha", "lol", "pff",
    "oei", "ofzo", "enzo", "wkn", "mss", "nie", "gij", "kzen", "oke", "okee", "denk", "denkt", "denken", "zeg",
    # Vlaamse werkwoorden met "ge" eraan ("kunde gij mij helpen", "moette", "hedde", "zijde")
    "kunde", "moette", "moede", "hedde", "hebde", "zijde", "gade", "weette", "wette",
    # dialect en straattaal rond een vraag (sessie 18): Limburgs "ich", "veur", "get" (iets), Brabants "ge"; "zeker"
    "ich", "veur", "get", "wajo", "sowieso", "zeker", "serieus", "ofwa", "ofnie",
)  # fmt: skip
#: Dialect forms -> the standard words (on top of the red-flag pack's STREET): Gronings, Limburgs, Brabants,
#: Flemish. A word whose standard form is known is no word never seen ("mot ik nou noar de dokter?").
DIALECT_FORMS = {
    # Gronings, Twents, Drents
    "nait": "niet", "mot": "moet", "motten": "moeten", "mout": "moet", "noar": "naar", "wait": "weet", "joest": "juist",
    "blieven": "blijven", "goan": "gaan", "kinnen": "kunnen", "mie": "mij", "dou": "jij", "ain": "een", "twij": "twee",
    "rugge": "rug", "pien": "pijn", "hoes": "huis", "waark": "werk", "waarken": "werken",
    # Limburgs
    "kin": "kan", "kins": "kan", "gaon": "gaan", "blieve": "blijven", "wirk": "werk", "wirke": "werken",
    "werke": "werken", "gewoen": "gewoon", "ierst": "eerst", "nao": "naar", "zoe": "zo", "uuch": "jullie",
    "uch": "jou", "mich": "mij", "dich": "jou", "neet": "niet", "hieel": "heel", "daag": "dag", "komme": "komen",
    "rogk": "rug", "rogge": "rug", "zeen": "zijn",
    "loupe": "lopen", "deurt": "duurt", "joar": "jaar", "oorzoak": "oorzaak", "zwemme": "zwemmen",
    # Brabants, Antwerps, Flemish
    "ulle": "jullie", "ulder": "hun", "gin": "geen", "juust": "juist", "wadde": "wat", "hedde": "heb je",
    "zedde": "ben je", "kende": "ken je", "moogde": "mag je", "tis": "het is", "tes": "het is",
    # chat (sessie 19): "gwn", "wrs", "idd", "nmr", "ipv", "vnl", "zsm"
    "wrs": "waarschijnlijk", "waarsch": "waarschijnlijk", "idd": "inderdaad", "nmr": "nummer", "ipv": "in plaats van",
    "vnl": "vooral", "zsm": "zo snel mogelijk", "gewn": "gewoon", "gwoon": "gewoon", "evt": "eventueel",
    "mischien": "misschien", "misch": "misschien", "ofso": "ofzo", "bijv": "bijvoorbeeld", "egt": "echt",
    # Limburgs, Gronings, West-Vlaams (sessie 19): "mörge", "hieël", "mit", "vuur", "geit", "kump", "kinne"
    "morge": "morgen", "murge": "morgen", "mit": "met", "vuur": "voor", "iech": "ik", "hae": "hij",
    "euver": "over", "kriege": "krijgen", "gaot": "gaat", "geit": "gaat", "steit": "staat", "stoan": "staan",
    "stoat": "staat", "doot": "doet", "zitte": "zitten", "ligge": "liggen", "moete": "moeten", "motte": "moeten",
    "wiet": "weet", "nieks": "niks", "zjus": "juist", "kump": "komt", "kumt": "komt", "kome": "komen", "kint": "kan",
    "kinne": "kunnen",
}  # fmt: skip
#: Spellingfamilies van dialect en chat (sessie 19), elk een (regex op een heel woord, standaardvorm): een woord dat
#: niet gekend is zoals geschreven, is gekend als een van zijn standaardvormen het is. Limburgs en Gronings "ie" voor
#: "ij" ("blieve", "mien", "tied", "verwiezing"), "i" voor "e" ("wirk", "wirke"), "ao"/"oa" voor "aa" ("gaon", "nao",
#: "goan", "noar"), "oe" voor "oo" ("gewoen"), "ai" voor "ee" of "ie" ("wait", "nait"); de infinitief op "-e" voor
#: "-en" ("blieve", "wirke", "sporte", "bewege", "zitte"), ook na een van de vorige.
DIALECT_SPELLINGS = (
    (r"ie", "ij"), (r"ir", "er"), (r"ao", "aa"), (r"oa", "aa"), (r"oe(?=[nmrlk])", "oo"), (r"ai", "ee"), (r"ai", "ie"),
    (r"^(\w{3,}[^aeiou])e$", r"\1en"),
)  # fmt: skip

#: pregnancy told around another question ("im pregnant, can i take ibuprofen?"): its answer is added, though not asked
PREGNANCY_TOLD = (r"zwanger\w*", r"in verwachting")
