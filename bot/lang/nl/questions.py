"""Dutch (Netherlands and Flemish) words for reading questions (bot/reading/faq.py)."""

#: Words that join two questions in one message ("mag ik autorijden, en hoeveel sessies?").
QUESTION_JOINERS = ("en", "ook", "enne")

#: "wanneer" die vraagt, niet "wanneer" die een verteld bijzinnetje opent met het onderwerp erna ("wanneer ik stil lig gaat
#: het, ik kan slapen", sessie 40: een antwoord op de nachtpijnvraag als vraag gelezen)
WHEN_ASKED = r"wanneer(?! (?:ik|k|je|ge|gij|hij|ze|zij|we|wij|het|t|mijn|mn|m'n|de)\b)"
#: Words a question opens with when it has no "?" ("mag ik sporten met rugpijn").
QUESTION_OPENERS = (
    "mag", "mogen", "kan", "kun", "kunt", "kunnen", "moet", "moeten", "is", "zijn", "ben", "heb", "hebt", "heeft",
    "zal", "zou", "wordt", "helpt", "hoe", "hoelang", "hoeveel", "wat", WHEN_ASKED, "waarom", "waar", "welke", "wie",
    "wa", "vraag", "vraagje", "graag", "weet", "zeg", "hebde", "zijde", "kunde", "moogde", "moete",
    # Gronings en Limburgs (sessie 19): "mot ich ierst nao d'n dokter", "kin ich ...", "mót ich ..."
    "mot", "motten", r"kin (?:ich|ik|k|ge|gij|je|iech)", "kinne", "kins",
)  # fmt: skip
#: A question after a story, in a later clause ("4 dagen geleden verheven, wanneer gaat het over"); not a
#: verb alone: "sinds 3 weken rugpijn, wordt elke dag erger" tells, it does not ask.
QUESTION_CLAUSE_OPENERS = (
    "hoe", "hoelang", "hoeveel", "wat", WHEN_ASKED, "waarom", "waar", "welke", "wie",
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
#: Woorden van een onderwerp die er niets van vragen (sessie 25): het kind in het autostoeltje (zie het Engelse pack).
DECOY_PHRASES = (r"auto ?stoeltje\w*", r"kinder ?autostoel\w*", r"kinderzit\w*", r"maxi.?cosi\w*", r"zitverhoger\w*")
#: Wat mee te brengen naar de eerste afspraak (sessie 25, zie het Engelse pack): faq_physio_role.
FIRST_VISIT_ASKED = (
    # de kleren (sessie 28: "wat trek ik best aan naar mijn eerste afspraak?")
    r"(?:kleren|kledij|kleding|sportkleren|sportkledij|aandoen|aantrekken|aan doen|aan trekken|trek\w* (?:\w+ ){0,2}?aan|doe\w* (?:\w+ ){0,2}?aan) (?:\w+\W+){0,5}?(?:naar|voor|op|bij) (?:de|den|mijn|mn|m'n|het|t|'t|ne|nen|een)? ?(?:eerste )?(?:afspraak|sessie|consult\w*|behandeling|kine|kinesist|fysio\w*)",
    r"(?:welke|wat voor|wat voor soort) (?:kleren|kledij|kleding) (?:\w+ ){0,6}?(?:kine|fysio\w*|afspraak|sessie|behandeling)",
    r"(?:mee ?breng\w*|mee ?nem\w*|mee ?neem\w*|mee te (?:brengen|nemen)|bij hebben|bijhebben) (?:\w+\W+){0,4}?(?:naar|voor|op|bij) (?:de|den|mijn|mn|m'n|het|t|'t|ne|nen|een) ?eerste (?:afspraak|sessie|consult\w*|behandeling|keer|bezoek)",
    r"eerste (?:afspraak|sessie|consult\w*|behandeling|keer|bezoek)\W+(?:\w+\W+){0,5}?mee ?(?:breng\w*|nem\w*|neem\w*)",
    # "neem ik best mijn foto's mee naar de eerste afspraak?"
    r"(?:neem|breng)\w* (?:\w+\W+){0,5}?mee (?:naar|voor|op|bij) (?:de|den|mijn|mn|m'n|het|t|'t) ?eerste (?:afspraak|sessie|consult\w*|behandeling|keer|bezoek)",
    # de eerste keer bij de kine (sessie 29: "wat breng ik mee naar de kine de eerste keer?")
    r"(?:mee ?breng\w*|mee ?nem\w*|mee ?neem\w*|mee te (?:brengen|nemen)|bij hebben|bijhebben|(?:neem|breng)\w* (?:\w+\W+){0,4}?mee) (?:\w+\W+){0,6}?(?:de|den|het|t|'t|mijn) (?:allereerste|eerste) (?:keer|maal)\b",
    r"(?:allereerste|eerste) (?:keer|maal) (?:\w+\W+){0,8}?(?:mee ?breng\w*|mee ?nem\w*|mee ?neem\w*|mee te (?:brengen|nemen)|bij hebben|mee)\b",
    # de kleren gevraagd, geen afspraak genoemd (sessie 29U: "wat trek ik het best aan, ik kom van mijn werk?"); niet
    # "wat doe ik aan de pijn" (geen kleren)
    r"wat (?:moet|zal|kan|mag) (?:ik|k|we) (?:best |het best |beter |dan )?(?:aandoen|aantrekken|aan doen|aan trekken|dragen)\b",
    # (sessie 33I) sportkleren tegenover de werk- of gewone kleren ("sportkleren aandoen of mag ik in mijn jeans komen?")
    r"(?:sportkleren|sportkledij|sportkleding|sportbroek|trainingspak|training|joggingbroek|jogging|short) (?:\w+ ){0,2}?(?:aan|aandoen|aantrekken|dragen|meebrengen|meenemen)\b",
    r"(?:in|met) (?:mijn|m'n|mn|me|mijne|gewone|gewoon) (?:\w+ )?(?:werkkleren|werkkledij|werkbroek|werkpak|overall|jeans|kostuum|uniform|gewone kleren|dagelijkse kleren|bureaukleren) (?:\w+ )?(?:komen|afkomen|langskomen|binnenkomen|aankomen)\b",
    r"wat (?:trek|trekt|doe|draag) (?:ik|k|je|we) (?:best |het best |beter |dan )?(?:aan|best)(?=\s*(?:[?.,!]|$|naar (?:de|den|mijn|jullie|uw|het|t) (?:kine|fysio\w*|afspraak|sessie|praktijk)|als (?:ik|k) (?:kom|langskom)))",
    r"wat (?:best |het best )?(?:aan te doen|aan te trekken|te dragen)\b(?! (?:tegen|aan|voor) (?:de |mijn |die )?pijn)", r"welke (?:kleren|kledij|kleding) (?:moet|zal|doe|trek|draag)",
    # wat mee te brengen, geen afspraak genoemd (sessie 33H: "breng ik best iets mee, papieren of oude foto's?")
    r"(?:moet|mag|zal|kan|moeten|mogen|breng|neem|brengen|nemen|hoef|hoeft) (?:ik|k|'k|we|wij|ge|gij|je) (?:\w+ ){0,2}?(?:iets|wat|nog iets|papieren|papierwerk|documenten|mijn (?:identiteitskaart|id|eid|id-kaart|foto'?s|scans?|resultaten|verslag\w*)) (?:\w+ ){0,2}?mee(?: ?(?:brengen|nemen|te brengen|te nemen))?\b(?! (?:doen|maken|rekening))",
    r"wat (?:moet|zal|mag|neem|breng|nemen|brengen|moeten) (?:ik|k|'k|we|wij|ge|gij|je) (?:\w+ ){0,3}?mee(?: ?(?:brengen|nemen|te brengen|te nemen))?\b(?! (?:doen|maken|rekening))",
    r"(?:iets|wat|papieren|documenten) (?:speciaals |bijzonders |bepaalds )?(?:mee te (?:brengen|nemen)|meebrengen|meenemen)\b",
    r"(?:identiteitskaart|id-kaart|eid|papieren|papierwerk|documenten) (?:\w+ ){0,3}?(?:mee te (?:brengen|nemen)|meebrengen|meenemen|mee (?:brengen|nemen))\b",
)  # fmt: skip
#: Hoe lang één sessie duurt (sessie 30AA, verse set 35): de vraag van de sessies, wat er ook rond verteld wordt ("hoe lang
#: duurt een afspraak bij jullie? moet het over de middag plannen"), vast zoals het eerste bezoek (faq.py _ASKED_AS)
SESSION_LENGTH_ASKED = (
    r"hoe ?lang (?:duurt|duren|is|zijn|neemt|dure|duurde) (?:een|ne|nen|zo'?n|zon|de|die|elke|iedere|uw|jullie|1|ene|'n) (?:\w+ )?(?:sessie|sessies|behandeling|behandelingen|beurt|beurten|consultatie|consult|afspraak|zitting)\b(?! (?:nodig|voor het|voor de|voordat|voor ik))",
    r"hoeveel (?:minuten|tijd) (?:duurt|duren|is|zijn|neemt|nemen) (?:\w+ ){0,2}?(?:sessie|sessies|behandeling|beurt|consultatie|consult|afspraak|zitting)\b",
    r"(?:duur|lengte|tijdsduur) van (?:een|ne|nen|de|zo'?n|elke) (?:\w+ )?(?:sessie|behandeling|beurt|consultatie|consult|afspraak|zitting)\b",
)  # fmt: skip
#: (sessie 34V) Wat één sessie kost gevraagd ("hoeveel betaal ik voor een beurt bij jullie?"): het antwoord over de
#: terugbetaling, dat het tarief geeft, eerst (faq.py's _ASKED_FIRST); hoeveel sessies en hoe lang er één duurt blijven die
#: van de sessies
COST_ASKED = (
    r"(?:hoeveel (?:kost|kosten|kostte|betaal|betaalt|betalen|vraagt|vragen|rekenen|rekent)|wat (?:kost|kosten|kostte|betaal|betaalt|betalen)) (?:\w+ ){0,3}?(?:een|ne|nen|1|elke|iedere|de|die|zo'?n|per|uw|jullie) (?:\w+ )?(?:sessie|sessies|behandeling|behandelingen|beurt|beurten|consultatie|consult|afspraak|zitting)\b",
    r"(?:sessie|behandeling|beurt|consultatie|consult|afspraak|zitting)s? (?:\w+ ){0,2}?(?:kost|kosten|kostte)\b(?! (?:veel |me )?(?:tijd|moeite|energie))",
    r"(?:prijs|prijzen|tarief|tarieven|kostprijs|kosten) (?:van|per|voor) (?:een |ne |nen |1 |elke |de |zo'?n )?(?:\w+ )?(?:sessie|behandeling|beurt|consultatie|consult|afspraak|zitting)\b",
    r"(?:sessie|behandeling|beurt|consultatie|consult)(?:prijs|prijzen|tarief|tarieven)\b",
)  # fmt: skip
#: (sessie 34X) Hoeveel sessies of afspraken het vraagt ("hoeveel afspraken moet ik ongeveer rekenen voor lage rugpijn?"):
#: het antwoord van de sessies eerst (faq.py's _ASKED_FIRST); "afspraken" gelezen als "sessies" (PHRASE_FORMS)
SESSION_COUNT_ASKED = (
    r"hoeveel (?:sessies|afspraken|consultaties|bezoeken|behandelingen|beurten|zittingen)\b(?:\W+(?!vergoe|terugbeta|terug betaal|betaal|betaald|verzeker|ziekenfonds|mutualiteit|zorgverzeker|dekt|dekken)\w+){0,5}?\W+(?:nodig|duren|ongeveer|gemiddeld|doorgaans|meestal|normaal|in totaal|reken|rekenen|verwachten|zal|zullen|genoeg|voldoende|volstaan|volstaat)\b(?!(?:\W+\w+){0,4}?\W+(?:vergoe|terugbeta|terug betaal|betaald|verzeker|ziekenfonds|mutualiteit|gedekt))",
    # (sessie 35L) een aantal geraden ("hoeveel beurten, 4 of 5?"), genoeg gevraagd, hoeveel keer komen
    r"hoeveel (?:sessies|afspraken|consultaties|bezoeken|behandelingen|beurten|zittingen)\b(?:\W+(?!vergoe|terugbeta|betaal|verzeker|ziekenfonds|mutualiteit)\w+){0,5}?\W+\d+ ?(?:-|of|a|à|tot|/) ?\d+\b",
    r"(?:\d+|twee|drie|vier|vijf|zes|zeven|acht|tien) (?:of \d+ |a \d+ |à \d+ |- ?\d+ )?(?:sessies|afspraken|bezoeken|behandelingen|beurten|zittingen) (?:\w+ ){0,2}?(?:genoeg|voldoende|volstaan|volstaat)\b",
    r"(?:genoeg|voldoende|volstaan|volstaat) (?:\w+ ){0,2}?(?:\d+|twee|drie|vier|vijf|zes|zeven|acht|tien) (?:sessies|afspraken|bezoeken|behandelingen|beurten|zittingen)\b",
    r"hoeveel (?:keer|keren|maal) (?:moet|zal|moeten|mot|moe) (?:ik|k|'k|we|ge|gij|je) (?:\w+ ){0,3}?(?:komen|langskomen|afkomen|gaan|op consultatie)\b",
)  # fmt: skip

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
    # snurken en de slaap van iemand anders (sessie 30V: "mijn man snurkt zo luid dat ik niet kan slapen")
    r"snurk\w*", r"(?:mijn|mn|m'n|me|mijne|onze|ons) (?:baby|babytje|kind\w*|zoon\w*|dochter\w*|kleine|man|vrouw|partner|vent|lief)\b(?:\W+\w+){0,4}?\W+(?:slaapt (?:niet|slecht|nooit|nie)|wordt (?:\w+ ){0,2}?wakker|houdt (?:me|mij) wakker|slaapt (?:\w+ )?niet door|niet doorslaapt)",
    # het weer (sessie 20; "weer" alleen is ook "opnieuw"): "komt dat door t weer?"
    r"(?:door|van|aan|bij) (?:het|t|dit|dat) (?:koude |natte |slechte )?weer",
)  # fmt: skip
#: (sessie 31AH) Elk ander lichaamsdeel en gewricht waar een patiënt naar vraagt, als één lijst (gelezen met
#: OTHER_SUBJECTS: geen onderwerp tenzij de onderrug genoemd wordt, OWN_COMPLAINT); zie de Engelse pack. De delen waar de
#: rugpijn nooit naartoe trekt kaal (meniscus, kruisband, achillespees, tennisarm, whiplash); die van het been waar
#: ischias naartoe trekt (knie, enkel, voet, hiel, kuit, scheen, dij, lies) enkel als onderwerp zelf: hun blessure,
#: operatie of prothese ("een verstuikte enkel", "knieoperatie", "mijn knie laten opereren"). De heup blijft zoals de
#: tabellen ervoor hem lezen. Niet "enkel" alleen (ook "alleen"), "teen" alleen (Engels), "lies" alleen (Engels).
_LEG_PARTS = r"(?:knie|knieen|knietje|knieschijf|enkel|enkels|voet|voeten|hiel|hielen|kuit|kuiten|scheen|schenen|dij|dijen|dijbeen|bovenbeen|lies|liezen|teen|tenen|grote teen)"
OTHER_BODY_PARTS = (
    r"menisk\w*", r"\w*kruisband\w*", "vkb", r"knieschijf\w*", r"achilles\w*", r"hielspoor\w*", r"fasciitis",
    r"scheenbeenvlies\w*", r"rotator ?cuff\w*", r"rotatorenmanchet\w*", r"tennisarm\w*", r"golfarm\w*", r"muisarm\w*",
    r"\w+elleboog\w*", r"carpa(?:al|le)\w*", r"sleutelbeen\w*", r"onderarm\w*", r"voorarm\w*", r"knokkel\w*",
    r"hersenschudding\w*", r"peesontsteking\w*", r"(?:achilles|patella|knie|hiel|bicep|biceps|schouder|elleboog|hamstring)pe(?:es|zen)", r"ribben", r"gebroken rib", r"gekneusde rib\w*",
    r"kaakgewricht\w*", r"hallux\w*", r"nekhernia\w*",
    # een deel van het been als onderwerp: zijn blessure, operatie of prothese
    rf"(?:verstuikte|verstuikt|verzwikte|verzwikt|gebroken|gebrokene|gescheurde|gekneusde|geblesseerde|ontwrichte|omgeslagen) (?:linker|rechter|linkse|rechtse)? ?{_LEG_PARTS}\b",
    rf"(?:mijn|m'n|mn|me|mijne|zijn|zn|z'n|haar|de|den) (?:linker|rechter|linkse|rechtse)? ?{_LEG_PARTS} (?:\w+ ){{0,2}}?(?:verstuikt|verzwikt|omgeslagen|omgeplooid|gebroken|gescheurd|gekneusd|geopereerd|ontwricht)\b",
    r"(?:knie|enkel|voet|hiel|kuit|scheen|dij|lies|teen)(?:operatie|ingreep|prothese|blessure|letsel|kijkoperatie|artroscopie|chirurg|band|banden|fractuur|verstuiking|breuk)\w*",
    rf"(?:operatie|ingreep|kijkoperatie|artroscopie|opereren|geopereerd|prothese) (?:\w+ ){{0,2}}?(?:aan|van|in) (?:mijn|m'n|mn|me|mijne|de|den|het|zijn|haar|ne|nen|e|een) (?:linker|rechter|linkse|rechtse)? ?{_LEG_PARTS}\b",
    rf"(?:mijn|m'n|mn|me|mijne|zijn|haar) {_LEG_PARTS} (?:\w+ ){{0,2}}?(?:laten |moeten |gaan )?opereren",
    # (sessie 33I) een enkel verstuikt zonder bezittelijk woord ervoor ("enkel omgeslagen bij het lopen, ijs of warmte?")
    r"(?:enkel|enkels|voet) (?:verstuikt|verzwikt|omgeslagen|omgeplooid|omgezwikt|gekneusd)\b", r"(?:verstuikt|verzwikt|omgeslagen|omgeplooid|omgezwikt) (?:\w+ ){0,2}?(?:enkel|enkels)\b",
    r"nieuwe knie\w*",
)  # fmt: skip
#: Een ander onderwerp dat alleen deel is van wat de persoon zelf doet ("mag ik met de hond blijven
#: wandelen of beter rust houden"): niet waar de vraag over gaat.
OTHER_SUBJECT_ACTIVITIES = (
    r"(?:met|mee) (?:de|den|mijn|mn|me|mijne|onze|ons) hond (?:\w+ ){0,2}?(?:wandelen|lopen|gaan|buiten)",
    r"(?:wandelen|gaan|lopen) (?:\w+ ){0,2}?(?:met|mee) (?:de|den|mijn|mn|me|mijne|onze|ons) hond",
    r"(?:de|den|mijn|mn|me|mijne|onze|ons) hond (?:\w+ ){0,1}?uit(?:laten|gaan)", r"hond uitlaten",
)  # fmt: skip
# de hond een toertje of een ommetje (sessie 30AA): wat de persoon doet, geen vraag over de hond
OTHER_SUBJECT_ACTIVITIES += (
    r"(?:met )?(?:de|den|mijn|mn|m'n|me|mijne|onze|ons) hond(?:je)? (?:\w+ ){0,2}?(?:een |nen |ne )?(?:toertje|toer|ommetje|rondje|wandeling|blokje om|rond)\b",
    r"(?:toertje|ommetje|rondje|wandeling|blokje om) (?:\w+ ){0,2}?(?:met|mee) (?:de|den|mijn|mn|m'n|me|mijne|onze|ons) hond(?:je)?",
)  # fmt: skip
#: Set phrases in which a word of SUBJECT_WORDS names no subject ("zal ik terug slapen als een baby")
SUBJECT_FREE_PHRASES = (
    r"(?:als|gelijk|lijk) (?:een|ne|nen) baby",
    # Vlaamse opvullers (sessie 26, issue 16): "wanneer is dat normaal gezien over" vraagt niets over "zien"
    r"(?:normaal|normaliter|algemeen|eigenlijk|strikt|puur|medisch|technisch|gemiddeld|achteraf) (?:gezien|bekeken)",
    # "een mooie naam voor" (sessie 27): "is da ne schone naam voor we weten 't nie" vraagt niets over een naam
    r"(?:een|ne|nen|'n|n) (?:schone|schoon|mooie|dure|deftige|chique|fancy|chique) (?:naam|woord|term)",
    # "kost da ne arm en nen been?" (sessie 27b): een prijs, geen arm
    r"(?:kost|kosten|kostte|koste) (?:\w+ ){0,2}?(?:een|ne|nen|'n) arm en (?:een|ne|nen|'n) been",
)  # fmt: skip
# in een rolstoel belanden gevreesd (sessie 30AA: "kan ik hierdoor ooit in een rolstoel terechtkomen?"): hoe ernstig het is,
# geen toegang tot de praktijk gevraagd
WHEELCHAIR_FEARED = (
    r"(?:in|op) (?:een|ne|nen|de|'n) rolstoel (?:\w+ ){0,2}?(?:belanden|belandt|beland|terechtkomen|terechtkomt|terecht komen|eindigen|eindig|eindigt|geraken|geraakt|komen te zitten|zitten|vallen)",
    r"(?:belanden|belandt|terechtkomen|terecht komen|eindigen|eindig|eindigt|geraken|geraakt) (?:\w+ ){0,2}?in (?:een|ne|nen|de|'n) rolstoel",
    r"(?:in|op) (?:een|ne|nen|de|'n) rolstoel (?:voor de rest van|voor altijd|voor heel|later|ooit)",
)  # fmt: skip
SUBJECT_FREE_PHRASES += WHEELCHAIR_FEARED
#: Words naming the complaint the topics are about (a question with one of them is about it).
OWN_COMPLAINT = (
    r"rug(?!by)\w*", r"onderrug\w*", "ruggengraat", r"wervel\w*", r"hernia\w*", "ischias", r"lende\w*", "lumbago",
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
#: De activiteiten onder SUBJECT_WORDS: gevraagd met een toestand die het antwoord verandert ("mag ik nog fietsen nu
#: ik zwanger ben"), zijn ze de vraag over die toestand, geen onderwerp op zich (sessie 25).
STATE_ACTIVITIES = ("fiets", "fietsen", "vliegen", "vliegtuig")
OTHER_TRADES = (
    r"chiropract\w*", r"chiropraxie", "chiro", r"osteop\w*", "osteo", r"acupunctu\w*", r"masseu(?:r|se)s?(?![- ]kine)", r"(?:dry )?needling", r"podolo\w*",
    # andere behandelingen waarvan de terugbetaling gevraagd wordt (sessie 28: "wordt hypnose terugbetaald?")
    r"sofrolog\w*", r"sophrolog\w*", r"hypno\w*", r"naturopa\w*", r"reflexolog\w*", r"voetreflex\w*", r"homeopa\w*", r"reiki",
    r"massages? (?:\w+ ){0,3}?(?:terugbetaald|vergoed|terugbetaling)", r"(?:terugbetaald|vergoed|terugbetaling|terugbetalen|vergoeden)\w* (?:\w+ ){0,3}?massages?",
    # behandelingen en lessen die geen antwoord beschrijft ("hebben jullie shockwave", "doen jullie sportmassage")
    r"shock ?wave\w*", r"schokgolf\w*", r"sportmassage\w*", r"ontspannings?massage\w*", r"(?:ontspannende|relaxerende|sport) massages?", r"relax\w*massage\w*",
    # een massage enkel om te ontspannen (sessie 26: "doen jullie ook ontspanning massage? niet voor rug")
    r"ontspannings? massage\w*", r"wellness ?massage\w*", r"massage ?salon\w*", r"(?:pilates|yoga) ?les\w*", r"tens ?toestel\w*", "tens",
    # cannabisproducten (sessie 20: "helpt cbd olie tegen rugpijn?", geen antwoord gaat erover)
    "cbd", r"cannabis\w*", "wiet", "hennepolie",
    # (sessie 31AH) de andere therapieën die de praktijk niet geeft, als één lijst (niet kinesiotape, geen manuele
    # therapie: dat is kine)
    r"kinesiolog(?:ie|en|e)\b(?! ?tap)", "cupping", r"craniosacra\w*", r"cranio-? ?sacra\w*", "shiatsu", r"ayurved\w*",
    r"chinese geneeskunde", r"acupressu\w*", r"botten ?(?:kraker|zetter)\w*", r"magnetiseu\w*", r"aromatherap\w*",
    r"fytotherap\w*", r"kruidengenee\w*", r"natuurgenee\w*", r"iridolog\w*", r"podotherap\w*", r"ergotherap\w*",
    r"logoped\w*", r"gebedsgenez\w*", r"energetisch\w* (?:therap\w*|behandel\w*|genez\w*)",
)  # fmt: skip
#: Het eigen vak van de praktijk.
OWN_SERVICE = (r"kine(?!siolog)\w*", r"fysio\w*", r"kinesi(?!olog)\w*", r"oefenthera\w*")  # kinesiologie is geen kine (31AH)
#: Woorden die de kine tegenover een ander vak zetten ("is een osteopaat beter dan een kiné",
#: "verschil tussen ne kine en nen osteopaat"): geen antwoord vergelijkt ze (zie de Engelse pack).
TRADE_COMPARISONS = (
    "beter", "slechter", "best", r"(?:het|t|'t|de|wat is) beste", "vs", "versus", "liever", "in plaats van", r"verschil\w*", "vergeleken",
    "hetzelfde als", "welke van de twee", "sneller", "anders dan",
    # Limburgs en Vlaams "in plekke van", "in de plaatse van"; "wat is t verschil" als "diff" (sessie 26)
    r"in (?:de )?(?:plekke|plek|plaatse|stee|steed) van", r"diff",
)  # fmt: skip
#: Vragen of de praktijk iets aanbiedt (sessie 19): met een ander vak gaat de vraag over dat vak, ook als de kine
#: genoemd wordt ("doen jullie ook dry needling? heb da gehad bij ne andere kine")
OFFER_ASKED = (
    r"(?:doen|hebben|geven|bieden|doe|heb|geef|biedt|doet|heeft) (?:jullie|julder|julle|gulle|gullie|ulle|ge|gij|u|je|jij)"
    r"(?: ook| eigenlijk| nog)?",
)
#: Onderwerpen die geen antwoord dekt, waar ook genoemd, met of zonder de rug: het weer en voeding. "Weer"
#: alleen na een woord over het weer ("koud weer", "rotweer"): alleen is het "opnieuw". Niet "diëten" (gewicht
#: verliezen zonder te diëten is een alarmsignaal, geen vraag over voeding) en niet "supplementen" (een meerprijs).
UNCOVERED_SUBJECTS = (
    "dieet", r"voeding\w*", r"vitamine\w*", "kurkuma", "collageen", "magnesium",
    r"ontstekingsremmende? (?:eten|voeding|dieet)",
    # eten voor het ontstekingsremmende (sessie 25: "welk eten is ontstekingsremmend"), geen pil bij het eten
    r"(?:eten|voedsel|maaltijd\w*)\W+(?:(?!met\b|voor\b|na\b|bij\b|nemen\b|neem\b|pakken\b)\w+\W+){0,3}?ontstekingsremm\w*",
    r"(?:rot|regen|honden|vries|winter|sneeuw|kou|guur|klote)weer", r"weersverander\w*", r"weerbericht\w*",
    r"weersomstandighed\w*", "luchtvochtigheid", r"winterkou\w*", r"(?:de )?kou (?:in|van) de winter", r"(?:erger|meer (?:pijn|last)|slechter) in de winter",
    r"(?:koud|kaajd|kaud|slecht|nat|guur|vochtig|druilerig)(?:\s+en\s+\w+)?\s+weer",
    # nieren of rug; het weer in West-Vlaams ("van 't weere", "nat weere"; "weere" alleen is ook "terug")
    # wat eten, en de rug bij koud en nat weer (sessie 27): eten en het weer zijn geen onderwerp; een pil bij het eten
    # ("moet ik de pijnstillers met eten innemen") en "warmte of ijs" blijven vragen
    r"welk(?:e)? (?:eten|voedsel|voedingsmiddelen)", r"wat (?:moet|kan|mag|zou|best) (?:ik |we )?(?:\w+ )?(?:eten|gaan eten)\b",
    r"(?:anders|gezonder|gezond|minder|meer) (?:gaan )?eten\b", r"eten (?:\w+ ){0,2}?tegen (?:de |mijn )?ontsteking\w*",
    r"koud en (?:nat|vochtig|guur|regenachtig)", r"(?:nat|vochtig|guur|regenachtig) en koud",
    r"als het (?:\w+ )?(?:koud|nat|vochtig|guur) (?:en (?:nat|vochtig|koud) )?(?:is|wordt|weer)\b", r"als het regent",
    r"nieren of (?:\w+ )?rug", r"rug of (?:\w+ )?nieren", r"(?:van|door) (?:het|\'t|t) weere?\b", r"(?:koud|kaajd|kaud|slecht|nat|guur|vochtig|druilerig) weere\b",
)  # fmt: skip
#: Het gebouw en de administratie van de praktijk, die geen antwoord dekt: nooit een onderwerp.
PRACTICE_MATTERS = (
    # een lift en de toegang (sessie 26): "is er n lift in t gebouw?"
    r"(?:is|zijn|heb|hebben|hebt|hedde|zit) (?:er|jullie|julder|julle|gullie|u|ge|gij) (?:\w+ ){0,2}?(?:een |n |'n |ne |nen )?lift\b",
    r"\blift (?:in|naar|op) (?:het|t|'t|de|den|uw|jullie|julder) ", r"met de lift\b", r"traplift\w*",
    r"(?:rolstoel|drempel)\w*(?:toegankelijk|vrij)\w*",
    r"parkeer\w*", "parkeren", "parking", r"parkee?re\w*", r"parkeerplo\w*", r"(?:auto|wagen|oto) (?:\w+ ){0,2}?(?:kwijt|parkeren)",
    "rolstoel", "wifi", r"annule\w*", "afzeggen", "afbellen",
    # (sessie 31AK) de andere zaken van de praktijk waar geen antwoord over gaat: iets laten liggen ("ik heb dinsdag
    # mijn sjaal laten liggen", de dag vraagt geen afspraak), een kopie van een factuur of attest, een klacht
    r"(?:iets|iet|get|wat|ietske) (?:\w+ ){0,3}?(?:laten liggen|laten staan|liggen gelaten|vergeten liggen)",
    r"(?:mijn|mn|m'n|me|mijne|mijnen|ne|nen|een|n|'n|ons|onze) (?:\w+ )?(?:sjaal\w*|paraplu\w*|bril|brillen|zonnebril|sleutel\w*|gsm|telefoon|jas|jasje|vest|muts|handschoen\w*|handtas|tas|portefeuille|portemonnee|portemonnaie|oplader|oorbel\w*|ring|horloge|trui|pet|drinkfles\w*|oortjes)\b(?:\W+\w+){0,5}?\W+(?:laten liggen|laten staan|liggen gelaten|blijven liggen|vergeten|achtergelaten|kwijt|verloren)\b",
    r"(?:laten liggen|vergeten|achtergelaten|verloren|kwijt) (?:\w+ ){0,3}?(?:mijn|mn|m'n|me|mijne|ne|nen|een) (?:\w+ )?(?:sjaal\w*|paraplu\w*|bril|zonnebril|sleutel\w*|gsm|jas|vest|muts|handschoen\w*|handtas|tas|portefeuille|portemonnee|oplader|horloge|trui)\b",
    r"gevonden voorwerpen", r"(?:iemand|gij|ge|jullie|u) (?:\w+ )?(?:een|ne|nen|mijn|mijne) (?:\w+ )?(?:sjaal\w*|paraplu\w*|bril|zonnebril|sleutel\w*|gsm|jas|vest|muts|handschoen\w*|tas|portefeuille|horloge) (?:\w+ )?gevonden",
    r"(?:kopie|kopij|duplicaat|dubbel) (?:van )?(?:mijn |mijne |de |het |een |t |'t )?(?:factuur|facturen|rekening|attest\w*|getuigschrift\w*|betalingsbewijs)",
    r"(?:factuur|rekening|attest\w*|getuigschrift\w*) (?:\w+ ){0,3}?opnieuw (?:sturen|opsturen|mailen|doorsturen|geven|krijgen|maken)",
    r"klacht (?:\w+ ){0,3}?(?:indienen|neerleggen|doorgeven|melden)", r"(?:klagen|klacht\w*) over (?:de|den|mijn|mijne|uw|jullie|een|ne|nen) (?:\w+ )?(?:kine\w*|therapeut\w*|fysio\w*|onthaal|secretariaat|praktijk|ontvangst|factuur)",
    "hoe heet", r"cadeaubon\w*",
    # de winkel van de praktijk: "verkopen jullie die kussens", "verkoopt ge gordels"
    "wc", "toilet", r"toiletten", r"verkopen (?:jullie|julle|gulle|gullie|u)", r"verkoopt (?:u|ge|gij|jullie)", r"(?:kopen|kan ik \w+ kopen) bij (?:jullie|u)",
    # iemand meebrengen naar de sessie (sessie 30V: "kan ik mijn zoontje meenemen naar de afspraak?")
    r"(?:mijn|mn|m'n|me|mijne|ons|onze|de|den|het|t|'t) (?:\w+ )?(?:kind\w*|zoon\w*|dochter\w*|baby\w*|kleine|kleintje\w*|kleuter\w*|man|vrouw|vent|partner|vriend|vriendin|lief|moeder|mama|moeke|vader|papa|hond\w*)\b(?:\W+\w+){0,4}?\W+(?:mee(?:brengen|brengt|breng|nemen|neemt|neem|komen|komt|kom|gaan|gaat|genomen|gebracht|gekomen)|mee (?:binnen|naar|in|komen|gaan|brengen|nemen))\b",
    # een rit (sessie 19): "kunnen jullie mij naar huis brengen na de afspraak"
    r"naar huis (?:brengen|voeren)", r"(?:mij|me) (?:komen )?(?:oppikken|ophalen)",
    # groepslessen van de praktijk (sessie 24: "geven jullie ook pilates in groep?"): geen sportvraag
    r"(?:geven|hebben|organiseren|doen|geeft|hedde|heb|doe) (?:jullie|julle|gullie|gulle|julder|jiender|gij|ge|u)(?: ook| nog| eigenlijk)? (?:\w+ ){0,3}(?:in groep|groepsles\w*)", r"groepsles\w*",
    # behandeling op afstand (sessie 25), niet online een afspraak maken
    r"(?:online|video|op afstand) ?(?:sessie\w*|consult\w*|behandel\w*|therapie|gesprek\w*)", r"video ?(?:bellen|call\w*)", r"beeldbell\w*", r"teleconsult\w*", r"via (?:de )?(?:video|webcam|zoom|teams)",
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
    # Vlaamse opvullers (sessie 26): "awel", "bon", "tiens", "precies" (blijkbaar), "zowiezo", "bijlange"
    "awel", "bon", "tiens", "precies", "zowiezo", "bijlange", "ewel",
)  # fmt: skip
#: Dialect forms -> the standard words (on top of the red-flag pack's STREET): Gronings, Limburgs, Brabants,
#: Flemish. A word whose standard form is known is no word never seen ("mot ik nou noar de dokter?").
DIALECT_FORMS = {
    # Vlaams en chat (sessie 29): "in mijn bedde", "ivm mijn werk", "were rechtkomen"
    "bedde": "bed", "beddeke": "bed", "ivm": "door",
    # Gronings, Twents, Drents
    "nait": "niet", "mot": "moet", "motten": "moeten", "mout": "moet", "noar": "naar", "wait": "weet", "joest": "juist",
    "blieven": "blijven", "goan": "gaan", "kinnen": "kunnen", "mie": "mij", "dou": "jij", "ain": "een", "twij": "twee",
    "rugge": "rug", "pien": "pijn", "hoes": "huis", "waark": "werk", "waarken": "werken",
    # Limburgs
    "kin": "kan", "kins": "kan", "gaon": "gaan", "blieve": "blijven", "wirk": "werk", "wirke": "werken",
    "werke": "werken", "gewoen": "gewoon", "ierst": "eerst", "nao": "naar", "zoe": "zo", "uuch": "jullie",
    "uch": "jou", "mich": "mij", "dich": "jou", "neet": "niet", "hieel": "heel", "daag": "dag", "komme": "komen",
    "rogk": "rug", "rogge": "rug", "zeen": "zijn",
    # sessie 27b: "drie kier in de week" (keer), "mag ich wiejer doon" (verder); "vanbinnen" is "van binnen"
    "kier": "keer", "kiere": "keer", "wiejer": "verder", "wieer": "verder", "vanbinnen": "van binnen",
    # sessie 28: Limburgs "zoedat" (zodat), "terugkumt" (terugkomt), "kwaam" (kwam), "jaor" (jaar)
    "zoedat": "zodat", "terugkumt": "terugkomt", "kwaam": "kwam", "jaor": "jaar",
    "bedoele": "bedoelen", "camionchauffeur": "vrachtwagenchauffeur", "camionneur": "vrachtwagenchauffeur",
    "vanbuiten": "van buiten",
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
    # West-Vlaams (sessie 23, issue 16): "wuk" (wat, welk), "voe" (voor), werkwoord + "-k" (ik) zonder apostrof
    # ("moek", "kanek"), "gie"/"gunder" (jij, jullie), "olles" (alles), "geerne" (graag), "peinzen" (denken).
    # "ip" (op) en "me" (met) zijn te kort om te tellen; "zie" (zij) en "den" (de) zijn gekende woorden.
    "wuk": "wat", "wukke": "welke", "wukken": "welke", "voe": "voor", "oeveel": "hoeveel", "oelange": "hoelang",
    "oelang": "hoelang", "moek": "moet ik", "moetek": "moet ik", "moej": "moet je", "moen": "moeten",
    "kank": "kan ik", "kanek": "kan ik", "kannek": "kan ik", "magk": "mag ik", "magek": "mag ik", "benk": "ben ik",
    "benek": "ben ik", "hebk": "heb ik", "hebek": "heb ik", "ebek": "heb ik", "ekik": "heb ik", "wilk": "wil ik",
    "wilek": "wil ik", "zalek": "zal ik", "zoudek": "zou ik", "gak": "ga ik", "gaak": "ga ik", "kunnek": "kun ik",
    "wordek": "word ik", "denkek": "denk ik", "gie": "jij", "gunder": "jullie", "julder": "jullie", "gulder": "jullie", "gieder": "jullie", "wieder": "wij",
    "zieder": "zij", "olles": "alles", "olle": "alle", "ollemoale": "allemaal", "moa": "maar", "geerne": "graag",
    "geern": "graag", "geirn": "graag", "geire": "graag", "keunen": "kunnen", "meugen": "mogen", "meug": "mag",
    "entwa": "iets", "eentwa": "iets", "iet": "iets", "nieverans": "nergens", "lest": "laatst", "leste": "laatste",
    "sebiet": "straks", "subiet": "straks", "seffens": "meteen", "direkt": "direct", "datte": "dat", "asse": "als",
    "diejen": "die", "diene": "die", "pyne": "pijn", "zeere": "zeer", "peis": "denk", "peist": "denkt",
    "peizen": "denken", "peinzen": "denken", "kweetnie": "ik weet niet",
    # Antwerps en Brabants: "dees" (deze), "zukke" (zulke), "gullie" (jullie), "menne" (mijn), "unne" (een),
    # "mekaar" (elkaar), "aans"/"angers" (anders), "nimeer" (niet meer), "goesting" (zin), "miserie" (problemen)
    "dees": "deze", "dizze": "deze", "zukke": "zulke", "zukken": "zulke", "gullie": "jullie", "gulle": "jullie",
    "ullie": "jullie", "zulle": "zij", "zullie": "zij", "wullie": "wij", "menne": "mijn", "mennen": "mijn",
    "oew": "uw", "ouw": "uw", "unne": "een", "unnen": "een", "mar": "maar", "mekaar": "elkaar", "malkaar": "elkaar",
    "malkander": "elkaar", "aans": "anders", "hil": "heel", "hillemaal": "helemaal", "eigelijk": "eigenlijk",
    "nimeer": "niet meer", "nimmeer": "niet meer", "goesting": "zin", "miserie": "problemen", "mizerie": "problemen",
    "ambetant": "vervelend", "dokteur": "dokter", "doktoor": "dokter", "vree": "heel", "eeste": "eerste",
    "ierste": "eerste", "ieste": "eerste", "zever": "onzin", "zeveren": "praten",
    # Gronings, Drents, Twents: "hoevulle" (hoeveel), "voak" (vaak), "kommen" (komen), "veurdat" (voordat), "nich"
    # (niet), "gien"/"gain" (geen), "hai"/"zai"/"wai" (hij, zij, wij), "hebbie" (heb je), "laank" (lang), "oet" (uit)
    "hoevulle": "hoeveel", "hoevul": "hoeveel", "hoeveul": "hoeveel", "houveul": "hoeveel", "hovul": "hoeveel",
    "vulle": "veel", "veul": "veel", "veule": "veel", "voak": "vaak", "kommen": "komen", "komp": "komt",
    "kuj": "kun je", "mut": "moet", "mutt": "moet", "mutten": "moeten", "mouten": "moeten",
    "dut": "doet", "geet": "gaat", "gaait": "gaat", "hef": "heeft", "hebbie": "heb je", "bennie": "ben je",
    "kennie": "kan je", "kunnie": "kun je", "moetie": "moet je", "wordie": "word je", "nich": "niet", "nig": "niet",
    "gien": "geen", "gain": "geen", "iej": "jij", "joe": "jou", "hai": "hij", "zai": "zij", "wai": "wij",
    "veurdat": "voordat", "veural": "vooral", "veurbie": "voorbij", "veurig": "vorig", "veuraf": "vooraf",
    "aal": "al", "aaltied": "altijd", "laank": "lang", "zolf": "zelf", "zulf": "zelf",
    "oet": "uit", "noa": "na", "tou": "toe", "morn": "morgen", "morrege": "morgen", "mergen": "morgen", "ais": "eens",
    "aine": "een", "wichter": "kinderen", "bin": "ben", "bis": "ben",
    # Gronings "dij" (die) en "ien" (in): "dij" is ook het standaardwoord (een dij), dat het vocabulaire niet kent
    "dij": "die", "ien": "in",
    # West-Vlaams "zoen" (zo'n), Limburgs "mieë"/"hieë" (meer, hier) (sessie 26)
    "zoen": "zo een", "miee": "meer", "mieer": "meer", "hiee": "hier",
    # Limburgs: "angesj" (anders), "zwumme" (zwemmen), "rije" (rijden), "weurt" (wordt), "deks"/"dikkes" (vaak),
    # "mesjien" (misschien), "mer" (maar), "vor" (voor), "kaad" (koud), "werm" (warm), "hobbe" (hebben);
    # "good" (goed) is een Engels woord en gekend
    "angesj": "anders", "anges": "anders", "angers": "anders", "zwumme": "zwemmen", "zwumt": "zwemt",
    "speule": "spelen", "rije": "rijden", "riej": "rijd", "weure": "worden", "weurt": "wordt", "wurt": "wordt",
    "wirt": "wordt", "gewore": "geworden", "geweure": "geworden", "deks": "vaak", "dikkes": "vaak",
    "mesjien": "misschien", "misjien": "misschien", "mer": "maar", "vor": "voor", "vaol": "veel", "kaad": "koud",
    "kaud": "koud", "werm": "warm", "waarm": "warm", "waarme": "warm", "hobbe": "hebben", "hubbe": "hebben",
    "hobs": "hebt", "kinste": "kun je", "hielemaol": "helemaal", "hielemaal": "helemaal", "heelemaol": "helemaal",
    "zier": "zeer", "vanoet": "vanuit", "oetkleje": "uitkleden", "rogke": "rug",
    # straattaal (Marokkaans- en Surinaams-Nederlands): tussenwerpsels zonder onderwerp ("wollah", "sahbi", "ewa"),
    # en "fissa" (snel), "waggie" (auto), "osso" (huis), "doekoe" (geld), "datra" (dokter), "dresi" (medicijn),
    # "wroko" (werk), "sribi" (slapen), "waka" (lopen), "soema" (iemand)
    "wollah": "", "wallah": "", "walla": "", "wella": "", "ewa": "", "mattie": "", "mattje": "", "sahbi": "",
    "khoya": "", "khouya": "", "habibi": "", "hbibi": "", "zahma": "", "tfoe": "", "faka": "", "fakka": "",
    "bradda": "", "inshallah": "", "inchallah": "", "hamdullah": "", "hamdoulillah": "", "mashallah": "",
    "fissa": "snel", "waggie": "auto", "waggi": "auto", "osso": "huis", "doekoe": "geld", "doeko": "geld",
    "patta": "schoenen", "pattas": "schoenen", "tori": "verhaal", "datra": "dokter", "dresi": "medicijn",
    "dresie": "medicijn", "wroko": "werken", "sribi": "slapen", "sribie": "slapen", "waka": "lopen", "wakka": "lopen",
    "soema": "iemand", "hosselen": "werken", "hossel": "werk",
    # chat: "wnr" (wanneer), "hvl" (hoeveel), "wrm" (waarom), "kwil" (ik wil)
    "wnr": "wanneer", "hvl": "hoeveel", "wrm": "waarom", "iem": "iemand", "tog": "toch", "tzt": "te zijner tijd",
    "kwil": "ik wil", "kwou": "ik wou", "kwas": "ik was", "kword": "ik word",
}  # fmt: skip
#: Spellingfamilies van dialect en chat (sessie 19), elk een (regex op een heel woord, standaardvorm): een woord dat
#: niet gekend is zoals geschreven, is gekend als een van zijn standaardvormen het is. Limburgs en Gronings "ie" voor
#: "ij" ("blieve", "mien", "tied", "verwiezing"), "i" voor "e" ("wirk", "wirke"), "ao"/"oa" voor "aa" ("gaon", "nao",
#: "goan", "noar"), "oe" voor "oo" ("gewoen"), "ai" voor "ee" of "ie" ("wait", "nait"); de infinitief op "-e" voor
#: "-en" ("blieve", "wirke", "sporte", "bewege", "zitte"), ook na een van de vorige.
#: Vormen van gewone woorden (spaCy's stopwoorden) die spaCy's lemmatabel mist, als (patroon, vervanging) op elk
#: stopwoord: de stam van een werkwoord met dubbele medeklinker ("kunnen" -> "kun", "zullen" -> "zul") en de
#: verbogen vorm van een woord met dubbele klinker ("veel" -> "vele", "heel" -> "hele"). Bij het trainen in de
#: woordenschat (bot/nlu/question_topics.py common_words, sessie 25): "hoe vele keren", "kun je" zijn geen nieuwe woorden.
COMMON_INFLECTIONS = ((r"^(\w*?)([bln])\2en$", r"\1\2"), (r"^(\w*[^aeiou])([aeo])\2([ln])$", r"\1\2\3e"))

DIALECT_SPELLINGS = (
    (r"ie", "ij"), (r"ir", "er"), (r"ao", "aa"), (r"oa", "aa"), (r"oe(?=[nmrlk])", "oo"), (r"ai", "ee"), (r"ai", "ie"),
    # sessie 23 (issue 16): Limburgs "sj" voor "s" of "sch" ("sjlech", "sjouder", "sjpier"); West-Vlaams en Twents "uu"
    # voor "ui" ("buuk", "uut"); "eu" voor "oe", "oo" of "ee" ("zeuke", "veur", "speul"); "ei" voor "ee" of "ij"
    # ("gein", "weite", "mein"); "ae" voor "aa" ("jaer", "naer"); Limburgs "ao" voor "eu" ("gebaord"); West-Vlaams
    # "y" voor "ij" ("tyd"); Twents "-n" voor "-en" ("loopn", "dagn"); de "h" weggelaten ("elpt", "oudinge", "ier");
    # chat "k" voor "ik " ("kmoet", "kzit"); dan de infinitief op "-e"
    (r"sj", "sch"), (r"sj", "s"), (r"uu", "ui"), (r"eu", "oe"), (r"eu", "oo"), (r"eu", "ee"), (r"ei", "ee"),
    (r"ei", "ij"), (r"ae", "aa"), (r"ao", "eu"), (r"y", "ij"), (r"^(\w{2,}[^aeioun])n$", r"\1en"),
    (r"^(?=[aeiou]\w{2,}$)", "h"), (r"^k(?=[bdfghjmpstvz]\w{2,})", "ik "),
    # Limburgs "ae" voor "e" ("gaeve", "laeve", "baeter") en "mit-" voor "mee-" voor een voltooid deelwoord
    # ("mitgegaeve" = meegegeven); Gronings "ulf" voor "elf" ("zulf", "zulfde") (sessie 26)
    (r"ae", "e"), (r"^mit(?=ge\w{3,})", "mee"), (r"ulf", "elf"),
    (r"^(\w{3,}[^aeiou])e$", r"\1en"),
    # Limburgs "ieë" voor "ee" ("mieë", "hieël", "gieë") (sessie 26)
    (r"iee", "ee"),
    # het Vlaamse verkleinwoord op "-ke" ("briefke", "papierke" = briefje, papiertje) (sessie 27)
    (r"^(\w{4,})ke$", r"\1je"), (r"^(\w{4,})ke$", r"\1"),
)  # fmt: skip

#: pregnancy told around another question ("im pregnant, can i take ibuprofen?"): its answer is added, though not asked
PREGNANCY_TOLD = (r"zwanger\w*", r"in verwachting")
# pas bevallen (sessie 30AA: "twee maanden geleden bevallen van ons zoontje, rug nog steeds niet goed, normaal?")
PREGNANCY_TOLD += (r"bevallen", r"(?:de|mijn|mn|m'n|me|mijne|een|ne) bevalling", r"post-?partum", r"kraam(?:tijd|bed|periode|week|weken)", r"keizersnede")

#: Negating prefixes: the word behind one in a training example is known too, when it is a word of the language's
#: lemma table ("onschuldig" in de voorbeelden maakt "schuld" gekend; session 26). Read at training (bot/nlu/question_topics.py).
NEGATION_PREFIXES = ("on",)

#: Of de praktijk open is (op een dag, een uur): de openingsuren, ook als de classifier een afspraak leest ("zyn julder
#: ook open ip den vrydag namiddag?"); een plaats vrij op een dag vragen blijft een afspraak (sessie 26).
OPEN_ASKED = (
    r"(?:zijn|zyn|zijt|zijde|zedde|zen|is|bent) (?:jullie|julder|julle|gullie|gulle|gulder|ulle|ulder|gij|ge|u|de praktijk|het kabinet|de kine|de praktyk)(?: (?:ook|nog|eigenlijk|wel|soms|dan|al|normaal))* open\b",
    r"\bopen (?:zijn|zyn|zijt|zijde|is) (?:jullie|julder|julle|gullie|gulle|ulle|gij|ge|u|de praktijk)\b",
    # het werkwoord met "ge" eraan (sessie 30V: "zijde ook open op zaterdag?"), of "het" voor de praktijk met een dag
    r"\b(?:zijde|zedde|zidde|zyde|zijdegij|zijde gij|zedde gij)(?: (?:ook|nog|eigenlijk|wel|soms|dan|al|normaal))* open\b",
    r"\b(?:is|zijn) (?:het|t|'t|ze|de kine) (?:ook |nog |wel )?open (?:op |in |tijdens |s |'s )?(?:het |t |'t |de )?(?:weekend|zaterdag\w*|zondag\w*|avond\w*|maandag\w*|dinsdag\w*|woensdag\w*|donderdag\w*|vrijdag\w*)",
)  # fmt: skip
#: Een vrije plaats gevraagd ("is er morgen nog iets vrij?"): de afspraak is het eerste onderwerp, wat de classifier
#: ook leest (sessie 27b).
FREE_SLOT_ASKED = (
    r"(?:nog|no) (?:iets|iet|get|gett|wat|plaats|plek\w*|een plek\w*|ne plek\w*|een gaatje|e gaatje) (?:vrij|open)\b",
    r"(?:een|ne|nen) (?:plek\w*|plaats\w*|gaatje|afspraak|moment) vrij\b",
    # een weekdag en een uur, of iets vrij op een weekdag (sessie 28: "kan da dinsdag rond 6 uur?")
    r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|maondig|dinsdig|woensdig|donderdig|vriedig|zaoterdig)\w* (?:\w+ ){0,2}?(?:om|rond|tegen|vanaf|na|voor) (?:\d{1,2}(?:[:.u]\d\d)? ?(?:u|uur|h)?|half \w+|de middag|de noen)(?!\w)(?!(?: ?(?:u|uur|uren|h))? (?:lang|aan een stuk|aaneen|onafgebroken|non-stop|rijden|gereden|autorijden|zitten|gezeten|wandelen|gewandeld|fietsen|gefietst|in de auto|met de auto|op de fiets|in de file|onderweg)\b)",
    r"(?:om|rond|tegen) \d{1,2}(?:[:.u]\d\d)? ?(?:u|uur|h)? (?:op |den |deze |volgende )?(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)",
    r"(?:iets|plaats|plek|get|een gaatje) vrij (?:op |den |deze |volgende )?(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)",
    # een weekdag met zijn dagdeel en een uur, zonder voorzetsel (sessie 29: "kan ik dinsdagavond half 7 komen?")
    r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag) ?(?:voormiddag|namiddag|middag|avond|morgen|ochtend|noen) (?:\w+ ){0,1}?(?:half \d{1,2}|\d{1,2}(?:[:.u]\d\d)? ?(?:u|uur|h))(?!\w)",
    # (sessie 31AK) het uur in woorden na een weekdag, ook in dialect ("ist meugelijk vrijdagnamiddag rond vier uur?",
    # "kan da dinsdag tegen drieën?"), geen duur ("vrijdag drie uur rijden")
    r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|maondig|dinsdig|woensdig|donderdig|vriedig|vrijdig|zaoterdig|zaterdig|zoondig)\w* (?:\w+ ){0,2}?(?:om|rond|tegen|omstreeks|rond de klok van) (?:half |kwart (?:na|voor|over) )?(?:(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)(?: (?:uur|u|oer|ure|uren))?|een (?:uur|oer|ure)|(?:tweeen|drieen|vieren|vijven|zessen|zevenen|achten|negenen|tienen|elven|twaalven))(?!\w)(?! (?:minuten|min|dagen|weken|maanden|km|kilometer|keer|sessies|rijden)\b)",
)  # fmt: skip
#: (sessie 34X) een weekdag en een uur zonder voorzetsel ("past vrijdag 15u?", "dinsdag 9.30 kan dat?"), geen duur
#: ("zaterdag 3 uur gewandeld")
FREE_SLOT_ASKED += (
    r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag) (?:volgende week )?(?:\d{1,2}(?:[:.u]\d\d)? ?(?:u|uur|h)|\d{1,2}[:.]\d\d)(?!\w)(?!(?: ?(?:u|uur|uren|h))? (?:lang|aan een stuk|aaneen|onafgebroken|non-stop|rijden|gereden|autorijden|zitten|gezeten|wandelen|gewandeld|fietsen|gefietst|gewerkt|werken|gelopen|lopen|gestaan|staan|gesport|sporten|gespeeld|getuinierd|tuinieren|in de tuin|in de auto|met de auto|op de fiets|in de file|onderweg)\b)",
)  # fmt: skip
#: Een wachtlijst, hoe lang op voorhand boeken: hoe een afspraak maken is het eerste onderwerp (sessie 28).
WAITING_LIST_ASKED = (
    r"wachtlijst\w*", r"wachttijd\w*", r"(?:hoe lang|hoelang|hoeveel (?:weken|dagen)) (?:\w+ ){0,2}?(?:op voorhand|vooraf|van tevoren|op voorhan|vooruit)",
    r"(?:boeken|reserveren|bellen|afspraak maken) (?:\w+ ){0,3}?(?:weken|dagen|maanden|lang) (?:op voorhand|vooraf|van tevoren|vooruit)",
)  # fmt: skip
#: Hoe boeken gevraagd (sessie 34, the lead): de afspraak is het eerste onderwerp, wat de classifier ook leest in het verhaal errond
#: ("... de osteopaat zei een hernia. hoe kan ik een afspraak maken?")
BOOKING_ASKED = (
    r"hoe (?:kan|moet|kunnen|moeten) (?:ik|k|we|wij) (?:\w+ ){0,2}?(?:een |nen |ne )?afspraak (?:\w+ )?(?:maken|vastleggen|boeken|inplannen|krijgen)",
    r"hoe (?:kan|moet) (?:ik|k) (?:\w+ )?(?:boeken|reserveren|inschrijven)\b",
)  # fmt: skip
#: Zonder voorschrift of verwijzing komen: het voorschrift is het eerste onderwerp (sessie 28).
WITHOUT_REFERRAL_ASKED = (
    r"(?:kine\w*|fysio\w*|komen|langskomen|terecht|afspraak|naartoe|gaan) (?:\w+ ){0,4}?zonder (?:een |nen |ne |e )?(?:voorschrift\w*|verwijzing\w*|verwijsbrief\w*|briefje)",
    r"zonder (?:een |nen |ne )?(?:voorschrift\w*|verwijzing\w*|verwijsbrief\w*) (?:\w+ ){0,3}?(?:kine\w*|fysio\w*|komen|langskomen|terecht)",
    r"direct ?toegankelijk\w*", r"directe toegang",
)  # fmt: skip
#: (sessie 34V) Welke arts het voorschrift mag schrijven gevraagd ("mag de reumatoloog het voorschrift voor de kine
#: maken of moet dat de huisarts zijn?"): het voorschrift eerst (faq.py's _ASKED_FIRST)
PRESCRIBER_ASKED = (
    r"(?:mag|kan|kunnen|mogen|moet|zal|wil) (?:\w+ )?(?:mijn|m'n|mn|me|de|den|een|ne|nen|uw|die) (?:\w+ )?(?:reumatoloog|reumatologe|specialist|specialiste|orthopedist|orthopeed|neuroloog|chirurg|huisarts|huisdokter|dokter|arts|sportarts|pijnarts|geneesheer|fysiater) (?:\w+ ){0,3}?(?:voorschrift\w*|verwijzing\w*|verwijsbrief\w*|briefje)\b",
    r"(?:voorschrift\w*|verwijzing\w*|verwijsbrief\w*) (?:\w+ ){0,2}?(?:van|door) (?:mijn |m'n |mn |de |den |een |ne |nen )?(?:reumatoloog|reumatologe|specialist|specialiste|orthopedist|orthopeed|neuroloog|chirurg|huisarts|huisdokter|sportarts|pijnarts|fysiater|ziekenhuis)\b(?:\W+\w+){0,4}?\W+(?:goed|geldig|ok|oke|aanvaard|genoeg|voldoende|telt|tellen|mag|kan|gaan)\b",
    r"(?:voorschrift|verwijzing|verwijsbrief)\w*\b(?:\W+\w+){0,8}?\W+(?:moet|moeten) (?:dat|het|die|dit) (?:\w+ ){0,2}?(?:van|door) (?:mijn |m'n |mn |de |den |een )?(?:huisarts|huisdokter|specialist|reumatoloog)\b",
    r"wie (?:mag|kan|moet) (?:mij )?(?:het|dat|een|mijn|m'n|de) (?:voorschrift|verwijzing|verwijsbrief|briefje) (?:\w+ )?(?:schrijven|geven|maken|opmaken|uitschrijven|ondertekenen)\b(?:[\s,]+(?:\w+ ){0,3}?(?:huisarts|huisdokter|dokter|arts|specialist|reumatoloog|orthopedist|chirurg)\b){0,2}",
)  # fmt: skip
#: De zetel van een auto of vrachtwagen afstellen: autorijden is het eerste onderwerp (sessie 28).
SEAT_SETUP_ASKED = (
    r"(?:stel|stelt|stellen|zet|zetten|regel|regelen|instellen|afstellen)\w* (?:\w+ ){0,4}?(?:zetel|stoel|zit|zitje|autostoel|autozetel|bestuurderszetel|chauffeurszetel)\b(?: \w+){0,3}? (?:af|in|juist|goed)\b",
    r"(?:auto|wagen|camion|vrachtwagen|bestuurders|chauffeurs)(?:zetel|stoel)\w* (?:\w+ ){0,3}?(?:afstellen|instellen|af|in)\b",
)  # fmt: skip
#: (sessie 33I) Met de eigen vrachtwagen, bus of taxi rijden gevraagd ("ik ben chauffeur, mag ik nog met mijn camion
#: rijden?"): autorijden eerst, welk beroep er ook verteld wordt
DRIVING_ASKED = (
    r"(?:rijden|rij|rijdt|rijde|besturen|bestuur) (?:\w+ ){0,2}?(?:met )?(?:mijn|m'n|mn|me|mijne|de|den|ne|nen|een|onze) (?:vrachtwagen|vrachtauto|camion|camionette|bestelwagen|bestelbus|bus|autobus|taxi|heftruck|vorklift|tractor|trekker|truck)\b",
    r"(?:met )?(?:mijn|m'n|mn|me|mijne|de|den|ne|nen|onze) (?:vrachtwagen|vrachtauto|camion|camionette|bestelwagen|bestelbus|autobus|taxi|heftruck|vorklift|tractor|truck) (?:\w+ ){0,3}?(?:rijden|besturen|op de baan)\b",
)  # fmt: skip
#: Een scan van een ander lichaamsdeel ("moet ik een mri van mijn knie?"): geen onderwerp, het antwoord over de scan is
#: dat van de lage rug (sessie 28).
OTHER_PART_SCANS = (
    r"(?:mri|scan|foto|fotos|foto's|echo|rontgen\w*|radio|ct)s? (?:\w+ ){0,2}?van (?:mijn|m'n|mn|me|mijne|de|het|zijn|haar|ne|nen|e) (?:linker|rechter|andere)?(?:knie|schouder|nek|enkel|pols|elleboog|voet|hand|hoofd)\w*",
    r"(?:knie|schouder|nek|enkel|pols|elleboog|voet|hoofd)(?:scan|echo|foto|mri|rontgen)\w*",
)  # fmt: skip
#: Of men naar de spoed moet: wanneer naar de dokter is het eerste onderwerp, wat de classifier ook leest ("moet ik
#: nie naar de spoed? ik kan amper rechtstaan"; sessie 27); EMERGENCY_WORDS zijn woorden van dat onderwerp.
EMERGENCY_ASKED = (
    r"(?:moet|moe|mot|mag|zou|zal|kan) ?(?:ik|k|'k|we|wij|ek) (?:\w+ ){0,3}?(?:naar|na|noar|nor|noa|nao) (?:de |den |t |'t |het )?(?:spoed\w*|eerste hulp|huisartsenpost|wachtpost)",
    r"(?:iets|geval) voor de (?:spoed\w*|eerste hulp|huisartsenpost)",
)  # fmt: skip
EMERGENCY_WORDS = {"spoed": "urgentie", "spoedafdeling": "urgentie", "spoedgevallen": "urgentie", "huisartsenpost": "urgentie"}
#: Iemand anders met een ander lichaamsdeel dan de rug ("mijn dochter van 14 heeft kniepijn van voetbal, kan zij ook
#: bij jullie terecht?"): geen onderwerp, zoals OTHER_SUBJECTS, tenzij de rug genoemd wordt (sessie 26).
OTHER_PERSON_PARTS = (
    r"(?:mijn|mn|m'n|me|mijne|onze|ons) (?:dochter|dochtertje|zoon|zoontje|kind|kindje|kinderen|man|vrouw|partner|vriend|vriendin|moeder|mama|vader|papa|zus|zuster|broer|schoonmoeder|schoonvader|collega|buurvrouw|buurman|oma|opa)\b(?:\W+\w+){0,8}?\W+"
    r"(?:\w*(?:knie|heup|enkel|voet|kuit|hiel|scheen)(?:pijn|blessure|klacht)\w*|(?:haar|zijn|z'n|zn|hare|zijne|der) (?:knie\w*|heup\w*|voet\w*|enkel\w*|been|benen|kuit\w*|hiel\w*))",
)  # fmt: skip
#: Een plaats vragen op een dag ("kan ik zaterdag langskomen of zijn jullie dan dicht?"): een afspraak, ook als de
#: classifier de openingsuren leest; de openingsuren komen dan tweede (sessie 26).
SLOT_ASKED = (
    r"(?:komen|langskomen|langs komen|binnenspringen|passeren|terecht)\W+(?:\w+\W+){0,2}?(?:op |den |de )?(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\w*",
    r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\w* (?:\w+ ){0,3}?(?:komen|langskomen|langs komen|binnenspringen|terecht)\b",
)  # fmt: skip
#: Verzekeraars en ziekenfondsen bij naam: woorden van de terugbetaling ("dekt DKV dat?"), geen woorden nooit gezien
#: (sessie 26). Eén woord elk, met hun standaardwoord (zoals DIALECT_FORMS).
INSURERS = {
    name: "verzekering" for name in (
        "dkv", "ethias", "axa", "allianz", "zilveren", "vgz", "menzis", "achmea", "ohra", "interpolis",
    )
} | {name: "ziekenfonds" for name in ("solidaris", "partenamut", "helan", "securex")}

#: In bed blijven gevraagd (sessie 29: "ik lig al drie dagen in mijn bed, is dat goed of moet ik opstaan?"): rusten of
#: bewegen is het eerste onderwerp, wat de classifier ook leest.
BED_REST_ASKED = (
    r"(?:in|op) (?:mijn|m'n|mn|me|mijne|ons|het|t|'t|den|de) (?:bed|bedde|beddeke|zetel|canape|sofa) (?:\w+ ){0,2}?(?:blijven|gebleven|blijf|blijft|liggen|gelegen|lig|ligt)\b",
    r"(?:blijven|blijf|blijft|gebleven) (?:\w+ ){0,2}?(?:in|op) (?:mijn|m'n|mn|me|mijne|het|t|'t|den|de) (?:bed|bedde|beddeke)\b",
    r"(?:lig|ligt|liggen|gelegen|blijf|blijft|blijven|gebleven) (?:\w+ ){0,4}?(?:in|op) (?:mijn |m'n |mn |me |mijne |het |t |'t |den |de )?(?:bed|bedde|beddeke)\b",
    r"(?:in|op) (?:mijn |m'n |mn |me |mijne |het |t |'t |den |de )?(?:bed|bedde|beddeke) (?:\w+ ){0,2}?(?:blijven|gebleven|blijf|blijft|liggen|gelegen|lig|ligt)\b",
    r"bedrust", r"plat (?:blijven )?liggen (?:\w+ ){0,2}?(?:dagen|dag|week|weken)",
    # (sessie 33H) bewegen tegenover rusten ("mag ik gewoon wandelen of beter rusten?"): rusten of bewegen
    r"(?:wandelen|wandel|stappen|bewegen|beweeg|rondlopen|rondstappen|in beweging blijven|actief blijven)\b (?:\w+ ){0,5}?of (?:\w+ ){0,3}?(?:rusten|rust houden|rust nemen|stilzitten|stil zitten|platliggen|plat liggen|gaan liggen|rustig aan doen)\b",
    r"(?:rusten|rust houden|rust nemen|stilzitten|stil zitten|platliggen|plat liggen|rustig aan doen)\b (?:\w+ ){0,4}?of (?:\w+ ){0,3}?(?:wandelen|stappen|bewegen|rondlopen|rondstappen|in beweging blijven|actief blijven)\b",
)  # fmt: skip
#: (sessie 34V) Hoe te liggen of te slapen gevraagd, een houding tegenover een andere ("hoe lig ik best 's nachts, op mijn
#: buik of op mijn zij?"): slapen eerst, vóór het in bed blijven van rusten of bewegen (faq.py's _ASKED_FIRST)
SLEEP_POSITION_ASKED = (
    r"hoe (?:moet|kan|mag|zal|lig|ligt) (?:ik|k|je|men) (?:\w+ ){0,2}?(?:liggen|slapen|gaan liggen)?\b ?(?:\w+ ){0,1}?(?:in (?:mijn |m'n |mn |het |t |'t |de |den )?(?:bed|bedde)|'s nachts|snachts|als ik slaap|om te slapen|tijdens het slapen)\b",
    r"hoe (?:lig|ligt|slaap|slaapt) (?:ik|k|je|men) (?:het )?(?:best|beter|het best)\b",
    r"(?:slaaphouding|slaappositie|lighouding|ligpositie)\w*", r"(?:beste|juiste|goede|welke) (?:\w+ )?houding (?:om te slapen|om te liggen|in (?:mijn |m'n |het |t )?bed|'s nachts|snachts|voor de nacht)\b",
    r"(?:op|met) (?:mijn|m'n|mn|me|mijne|de|den|ne) (?:zij|zijkant|buik|rug)\b (?:\w+ ){0,3}?of (?:\w+ ){0,1}?(?:op|met) (?:mijn|m'n|mn|me|mijne|de|den|ne) (?:zij|zijkant|buik|rug)\b",
    r"(?:kussen|kussentje) (?:tussen|onder) (?:mijn |m'n |mn |de )?(?:knieen|benen) (?:\w+ ){0,3}?(?:slapen|liggen|bed|nacht)\b",
)  # fmt: skip
#: (sessie 34X) de beste manier of de houding om te liggen of te slapen gevraagd ("wat is de comfortabelste manier om
#: te slapen met een pijnlijke rug?", "in welke houding moet ik liggen?"); gaan liggen of wandelen blijft rusten of bewegen
SLEEP_POSITION_ASKED += (
    r"(?:beste|juiste|goede|comfortabelste|minst pijnlijke|veiligste) (?:manier|houding|positie) om (?:\w+ ){0,3}?te (?:liggen|slapen)\b",
    r"(?:in |op )?welke (?:manier|houding|positie|kant|zij) (?:\w+ ){0,4}?(?:liggen|slapen|lig|slaap)\b",
)  # fmt: skip
#: (sessie 34X) Een middel met warmte of koude gevraagd, of het goed is of tegenover een ander ("is een warmtekussen goed
#: of wordt het erger?", "coldpack of kersenpitkussen?"): warmte of koude eerst, wat de classifier ook leest
_WARM_KOUD = (r"(?:\w*kruik(?:en)?|kruuk|warmtekussen\w*|warmtepleister\w*|warmtezak\w*|warmtegordel\w*|kersenpitkussen\w*|pittenzak\w*|"
              r"elektrische deken|ijszak\w*|ijskompres\w*|coldpack\w*|cold pack|hotpack\w*|hot pack|ijsblokjes|zak (?:met )?(?:diepvries)?(?:erwten|ijs|ijsblokjes)|"
              r"diepvrieserwten|(?:warm|warme|koud|koude) kompres|infraroodlamp\w*|tijgerbalsem|warmtezalf|"
              # (sessie 35L) warmte in andere woorden: een warme compres of handdoek, een verwarmingskussen
              r"(?:warm|warme|heet|hete|koud|koude|natte) (?:compres|compressen|kompressen|handdoek|handdoeken|washand|doek)|verwarmingskussen\w*|elektrisch kussen)")
_WARM_KOUD_KAAL = r"(?:warmte|koude|kou|ijs|warm|koud)"
HEAT_COLD_ASKED = (
    r"(?:is|zijn|helpt|helpen|mag|kan|moet|zou|zal|werkt) (?:\w+ ){0,3}?" + _WARM_KOUD + r"\b(?:\W+\w+){0,4}?\W+(?:goed|ok|oke|beter|slecht|erger|slim|verstandig|helpen|helpt|aan te raden|aangeraden|nuttig|gebruiken|leggen|opleggen)\b",
    _WARM_KOUD + r" (?:\w+ ){0,2}?of (?:\w+ ){0,2}?(?:" + _WARM_KOUD + "|" + _WARM_KOUD_KAAL + r")\b",
    _WARM_KOUD_KAAL + r" (?:\w+ ){0,2}?of (?:\w+ ){0,2}?" + _WARM_KOUD + r"\b",
    # (sessie 35L) of een middel helpt, zonder oordeel erna ("helpt een verwarmingskussen tegen de pijn?")
    r"(?:helpt|helpen|werkt|werken|baat|baten) (?:\w+ ){0,2}?" + _WARM_KOUD + r"\b",
)  # fmt: skip
#: (sessie 35K) Oefeningen om thuis te doen gevraagd, eenvoudig of op de grond ("wat kan ik thuis op mijn matje aan
#: oefeningen doen?"): rust of bewegen eerst (zijn antwoord: blijven bewegen, zachte oefeningen; faq.py's _ASKED_FIRST
#: met BED_REST_ASKED); training in de fitness of sport blijft sport
_OEFENINGEN = r"(?:oefeningen|oefening|oefeningskes|oefeninkjes|oefeningetjes|oefeninge|rekoefeningen|stretchoefeningen|strekoefeningen|stretches|bewegingen)"
_GEEN_TRAINING = r"(?!.*\b(?:fitness|sportschool|gym|training|sport|sporten|wedstrijd|club|ploeg)\b)"
HOME_EXERCISE_ASKED = (
    _OEFENINGEN + r"\b(?:\W+\w+){0,7}?\W+(?:thuis|in huis|binnenshuis|in de living|in de woonkamer|op de (?:grond|vloer|mat)|op (?:een|mijn|mn|m'n|me|mijne) (?:mat|matje|tapijt|yogamat)|op handen en knieen|op (?:mijn |mn )?knieen|op vier poten|zonder (?:materiaal|toestellen|gewichten|apparaten|spullen|materieel))\b",
    r"thuis ?oefeningen|thuis (?:\w+ ){0,3}?(?:aan )?" + _OEFENINGEN + r"\b",
    r"(?:simpele|eenvoudige|makkelijke|gemakkelijke|lichte|zachte|rustige|kleine|zachtjes) (?:\w+ )?" + _OEFENINGEN + r"\b" + _GEEN_TRAINING,
)  # fmt: skip
#: (sessie 35K) Een sport genoemd en gevraagd of die slecht is of moet stoppen ("ik zwem twee keer per week baantjes,
#: moet ik daar nu mee ophouden?", "is schoolslag slecht?"): sport eerst (faq.py's _ASKED_FIRST); werk, autorijden,
#: slapen, wandelen (rust of bewegen), seks en vliegen zijn hier geen sport
_SPORTEN = (r"(?:hardlopen|hardloop\w*|joggen|jogging|gaan lopen|loopclub|looptraining|start to run|(?:ik|k|'k) loop (?=\d|elke|iedere|drie|twee|vier|vijf)|kloop|"
            r"zwemmen|zwemclub|zwemles|baantjes|schoolslag|borstcrawl|crawl|rugslag|vlinderslag|aquagym|wielrennen|mountainbiken|spinning|fietsen|"
            r"tennis|tennissen|padel|padellen|squash|badminton|badmintonnen|golf|golfen|voetbal|voetballen|voetballe|zaalvoetbal|volleybal|basketbal|"
            r"hockey|rugby|yoga|pilates|crossfit|fitness|fitnessen|sportschool|gym|krachttraining|gewichtheffen|squats|deadlifts|"
            r"klimmen(?! (?:op |van )?(?:de )?trap)|boulderen|roeien|boksen|kickboksen|judo|karate|skien|snowboarden|surfen|dansen|zumba|paardrijden|sporten|sport)")
_ANDERS_DAN_SPORT = r"(?! (?:\w+ )?(?:werken|werk|autorijden|rijden|slapen|heffen|tillen|dragen|zitten|staan|bukken|wandelen|bewegen|vrijen|vliegen|pillen|medicatie))"
_SPORT_STOPPEN = (r"(?:stoppen|stoppe|stop|ophouden|opgeven|opgeve|late[n] vallen|pauze nemen|pauzeren|minderen|afbouwen|kappen|"
                  r"(?:mee )?doorgaan|verder (?:doen|gaan)|blijven (?:doen|gaan|sporten|trainen)|niet meer doen|beter late[n])")
_SPORT_SLECHT = r"(?:slecht|schadelijk|gevaarlijk|riskant|kwaad|af te raden|afgeraden|een slecht idee|onverstandig)"
SPORT_STOP_ASKED = (
    _SPORTEN + r"\b(?:\W+\w+){0,10}?\W+" + _SPORT_STOPPEN + r"\b" + _ANDERS_DAN_SPORT,
    r"(?:moet|moete|mot|moe|mag|moetek|zou|kan|kunnen|moeten) (?:ik|k|'k|we|ge|gij|je)? ?(?:\w+ ){0,3}?(?:stoppen|ophouden|blijven|doorgaan|minderen) (?:met |mee )?(?:\w+ ){0,2}?" + _SPORTEN + r"\b",
    _SPORTEN + r"\b(?:\W+\w+){0,6}?\W+" + _SPORT_SLECHT + r"\b",
    r"(?:is|zijn|zou) (?:\w+ ){0,3}?(?:" + _SPORT_SLECHT + r"|verstandig|ok|oke|veilig) (?:\w+ ){0,2}?(?:om )?(?:te |nog )?(?:gaan )?" + _SPORTEN + r"\b",
)  # fmt: skip
#: (sessie 33H) Of men zich zorgen moet maken ("moet ik ongerust zijn? ik kan amper rechtop staan"): hoe ernstig het is
#: eerst; een zorg over een pil of een scan die erna genoemd wordt blijft van hen
WORRY_ASKED = (
    r"(?:moet|moeten|moe|mot|zou|zouden|hoef|hoeft|moete|moette|moetek) (?:ik|k|'k|we|wij|ge|gij|je)? ?(?:me |mij |ons |men )?(?:\w+ ){0,2}?(?:zorgen (?:maken|make|te maken)|ongerust (?:zijn|worden|wezen|maken|te zijn))\b(?! (?:over|om|voor) (?!het\b|dat\b|dit\b|de pijn\b|mijn rug\b))",
    r"(?:is|iss) (?:dit|dat|het) (?:\w+ )?(?:verontrustend|zorgwekkend|onrustwekkend|iets om (?:me |mij )?zorgen over te maken)\b", r"(?:iets|reden) om (?:me |mij |ons )?(?:zorgen (?:over )?te maken|ongerust te zijn)\b",
)  # fmt: skip
#: Lichter werk of bureauwerk een tijd gevraagd (sessie 29: "mijn baas wil dat ik een tijdje bureauwerk doe in plaats
#: van te heffen, is dat verstandig?"): werk is het eerste onderwerp.
LIGHTER_DUTIES_ASKED = (
    r"(?:aangepast|aangepaste|lichter|lichte|lichtere|licht) (?:werk|taken|job|functie|uren)", r"(?:bureau|administratief|administratieve|kantoor)(?:werk| werk| taken|taken|job| job)\b",
    r"(?:administratie|papierwerk) (?:\w+ ){0,3}?(?:in plaats van|ipv|i\.p\.v\.)",
)  # fmt: skip
#: Uitdrukkingen gelezen als hun standaardwoorden (sessie 29): "het mes erin zetten" is opereren, "in mijn bed blijven"
#: rusten, "een heet bad" warmte.
PHRASE_FORMS = {
    r"(?:het|t|'t) mes (?:\w+ ){0,2}?(?:erin|in|erop) (?:\w+ ){0,1}?(?:zetten|zet|steken|steekt|gaan|doen)": "opereren",
    r"onder (?:het|t|'t) mes": "opereren",
    r"(?:zetten|zet|steken|steekt) (?:\w+ ){0,3}?(?:het|t|'t) mes (?:erin|in|erop)": "opereren", r"(?:open ?snijden|opensnijden|open te snijden|opengesneden)": "opereren",
    r"(?:heet|hete|heten|warm|warme) (?:bad|baden|douche|douches|ligbad|bubbelbad)": "warmte",
    r"(?:in|op) (?:mijn|m'n|mn|me|mijne|ons|het|t|'t|den|de) (?:bed|bedde|beddeke) (?:\w+ ){0,2}?(?:blijven|gebleven|blijf|blijft|liggen|gelegen|lig|ligt)": "rust liggen",
    r"(?:blijven|blijf|blijft|gebleven) (?:\w+ ){0,2}?(?:in|op) (?:mijn|m'n|mn|me|mijne|het|t|'t|den|de) (?:bed|bedde|beddeke)": "rust liggen",
    r"bedrust": "rust liggen",
    r"(?:lig|ligt|liggen|gelegen|blijf|blijft|blijven|gebleven) (?:\w+ ){0,4}?(?:in|op) (?:mijn |m'n |mn |me |mijne |het |t |'t |den |de )?(?:bed|bedde|beddeke)": "rust liggen",
    r"(?:in|op) (?:mijn |m'n |mn |me |mijne |het |t |'t |den |de )?(?:bed|bedde|beddeke) (?:\w+ ){0,2}?(?:blijven|gebleven|blijf|blijft|liggen|gelegen|lig|ligt)": "rust liggen",
    r"(?:aangepast|aangepaste|lichter|lichte|lichtere) (?:werk|taken|job|functie|uren)": "aangepast werk",
    r"(?:bureauwerk|bureau werk|administratief werk|administratieve taken|kantoorwerk|papierwerk)": "aangepast werk",
    # "hoe gaat dat in z'n werk" vraagt hoe het verloopt, geen vraag over werk; "terug normaal" is genezen, geen
    # herval (sessie 30V)
    r"(?:gaat|gaan|ging|gingen|verloopt|loopt) (?:\S+ ){0,5}?in (?:z'n|zn|zijn|zijne|hun) werk": "gebeurt",
    r"(?:terug|weer|opnieuw) (?:helemaal |volledig )?normaal": "hersteld",
    # (sessie 34X) hoeveel afspraken of bezoeken het vraagt is hoeveel sessies
    r"hoeveel (?:afspraken|consultaties|bezoeken|behandelingen|beurten)": "hoeveel sessies",
}
PHRASE_FORMS.update({phrase: "ernstig" for phrase in WHEELCHAIR_FEARED})  # session 30AA
#: Hoe het begon, verteld voor de vraag ("mijn rug kraakte toen ik me bukte over de wasmand, moet ik me zorgen maken?"):
#: het verhaal van de persoon, geen onderwerp van de vraag (sessie 29).
ONSET_TOLD = (
    r"(?:toen|terwijl|wanneer|als) (?:ik|'k|k|ek) (?:\w+ ){0,6}?(?:bukte|bukken|gebukt|boog|voorover|tilde|optilde|opgetild|heffen|hefte|opheffen|draaide|gedraaid|niesde|genies|hoestte|rechtkwam|rechtstond|opstond|oppakte|opraapte|stofzuigde)\b[^,;.!?]*",
)  # fmt: skip
# (sessie 30AA) hoe het begon, verteld na de kwetsuur met "bij/tijdens het ..." ("rug verschoten bij het sleuren met de
# vuilbak, ...", "verrekt tijdens het verhuizen zaterdag, ..."): het verhaal van de persoon, geen onderwerp van de vraag
ONSET_TOLD += (
    r"(?:verrekt|verschoten|geblokkeerd|gekraakt|verdraaid|geforceerd|mistrokken|misgetrokken|opgelopen|gedaan|gekregen|geklemd|gekwetst|bezeerd|opgedaan|omgeslagen|schoot|schoten|sloeg|blokkeerde|kraakte) (?:\w+ ){0,2}?(?:bij|tijdens|met) (?:het|t|'t) (?:\w+ ){0,4}?\w+en\b[^,;.!?]*",
)  # fmt: skip
#: Een ander lichaamsdeel genoemd, dan een scan ervan gevraagd, de rug niet genoemd ("mijn knie slotet soms, moet ik
#: (sessie 31AH) Waar de rugpijn naartoe trekt, verteld ("gaat die pijn tot in mijn knie, moet ik een scan?", "het
#: trekt tot in mijn voet"): het deel van het been dat daar genoemd wordt is geen ander deel waarnaar gevraagd wordt;
#: zie de Engelse pack.
PAIN_GOES_TO = (
    r"(?:trekt|trekken|trok|straalt|stralen|straalde|schiet|schieten|schoot|gaat|gaan|ging|loopt|lopen|liep|zakt|zakken|komt|komen|uitstraalt|uitstralen|uitstraling|doortrekt|tintelt|tintelen)\s+(?:\w+\s+){0,3}?(?:tot in|tot aan|tot op|tot onder|tot achter|tot|naar|in)\s+(?:mijn|m'n|mn|me|mijne|de|den|het|t|'t|mijnen)\s+(?:linker|rechter|linkse|rechtse)?\s?(?:knie|knieen|knieholte|kuit|kuiten|kuite|voet|voeten|enkel|enkels|hiel|scheen|dij|dijen|bovenbeen|heup|heupen|lies|been|benen|tenen|bil|billen)\b",
)  # fmt: skip
#: daar een foto van laten nemen?"): geen onderwerp (sessie 29).
OTHER_PART_SCAN_TOLD = (
    r"(?:mijn|m'n|mn|me|mijne|de|den|zijn|haar) (?:linker|rechter|linkse|rechtse)? ?(?:knie|schouder|nek|enkel|pols|elleboog|heup|voet|hand)\w*\b(?:\W+\w+){0,12}?\W+(?:mri|scan|foto|fotos|foto's|echo|rontgen\w*|radio|ct|nmr)s?\b",
    # het lichaamsdeel kaal vooraan in een zin, dan een scan ervan gevraagd (sessie 30V: "knie staat al een week dik,
    # moet ik daar een echo van laten maken?")
    r"(?:^|[,.;!?]\s*|\b(?:een|ne|nen)\s+)(?:(?:dikke|gezwollen|verstuikte|verzwikte|pijnlijke|stijve|linker|rechter|linkse|rechtse)\s+)?(?:knie|knietje|knieen|schouder|schouders|nek|nekske|enkel|enkels|pols|polsen|elleboog|heup|heupen|voet|voeten)\b(?:\W+\w+){0,12}?\W+(?:mri|scan|foto|fotos|foto's|echo|rontgen\w*|radio|ct|nmr)s?\b",
)  # fmt: skip
#: Een dier als wie behandeld wordt of pijn heeft (kine voor een hond, de rug van een paard, "behandelen jullie
#: katten"): geen onderwerp, de rug genoemd of niet, want die rug is van het dier (sessie 29U); de eigen rug erbij
#: genoemd houdt zijn onderwerp.
OTHER_PATIENTS = (
    r"(?:kine|fysio\w*|kinesi\w*|behandel\w*|therapie|massage|masseren|osteo\w*|revalidatie)\s+(?:(?:ook|zelfs)\s+)?(?:(?:voor|van|bij|aan|op|met)\s+)?(?:(?:de|den|het|een|ne|nen|mijn|mn|m'n|me|mijne|onze|ons|uw|jullie|hun)\s+)?(?:honden?|hondjes?|teckels?|katten|kat|katjes?|poezen|poes|poesjes?|kater|paarden?|pony'?s?|dieren|huisdieren?|konijn\w*)\b",
    r"(?:honden|katten|poezen|paarden|pony's|dieren|huisdieren)\s+(?:ook\s+)?(?:behandel\w*|masseren|helpen|verzorgen)",
    r"(?:dieren|honden|paarden|katten|huisdier)(?:kine|fysio|osteo|massage|therap)\w*",
    r"(?:rug|ruggetje|ruggengraat|heup\w*|poot|poten|achterpoten|wervel\w*|hernia)\s+(?:van\s+)?(?:de|den|mijn|mn|m'n|me|mijne|onze|ons)\s+(?:hond|hondje|teckel|kat|poes|kater|paard|pony|konijn)\b",
    r"(?:hond|hondje|honden|teckel|kat|katten|poes|poesje|kater|paard|paarden|pony|konijn|huisdier)(?:'s|s)?\s+(?:(?!ik\b|k\b|me\b|mij\b|mijn\b|mn\b|m'n\b|mijne\b)\w+\s+){0,4}?(?:(?:zijn|zijne|z'n|zn|haar|hare|ze|der|de|het|t|een|ne|nen)\s+)?(?:rug|ruggetje|rugpijn|ruggengraat|poot|poten|achterpoten|heup\w*|wervel\w*|hernia)\b",
)  # fmt: skip
#: Een andere breuk of hernia dan die van de rug (in de lies, aan de navel, een hiatushernia): geen onderwerp, het
#: woord "hernia" noemt de rug niet (sessie 29U); de rug erbij genoemd houdt zijn onderwerp.
OTHER_HERNIAS = (
    r"(?:lies|liezen|navel|buik|buikwand|middenrif|littekens?|maag|dij)breuk\w*",
    r"(?:lies|navel|hiatus|hiatale|middenrif|buik|buikwand|maag|littekens?|inguinale|umbilicale)[ -]?hernia\w*",
    r"(?:hernia|breuk)\s+(?:in|aan|van|bij|ter hoogte van)\s+(?:de\s+|mijn\s+|mn\s+|m'n\s+|me\s+|mijne\s+|zijn\s+|haar\s+)?(?:lies|liezen|navel|buik|buikwand|middenrif|maag)\w*",
)  # fmt: skip
#: (sessie 30AA, verse set 35) kine voor een kind, kinderkine, het handschrift van een kind: een andere patiënt en andere
#: zorg, geen antwoord gaat erover ("behandelen jullie ook kinderen?", "pediatrische kine?"), de rug genoemd of niet
UNCOVERED_SUBJECTS += (
    r"kinder(?:kine\w*|fysio\w*|kinesi\w*|therap\w*|revalidatie)", r"(?:pediatrische|pediatrisch|kinder) (?:kine\w*|fysio\w*|kinesi\w*|therapie|revalidatie)",
    r"(?:kine|kinesi\w*|fysio\w*|behandel\w*|therapie|revalidatie)\s+(?:(?:ook|zelfs)\s+)?(?:voor|van|bij|aan|met)\s+(?:(?:de|den|het|een|ne|nen|mijn|mn|m'n|me|mijne|onze|ons|uw|jullie|hun)\s+)?(?:kind|kinderen|kindje|kindjes|kleine|kleintje|baby\w*|peuter\w*|kleuter\w*|zoon\w*|dochter\w*|tiener\w*|jongeren)\b",
    r"(?:behandel\w*|zien|helpen|nemen)\s+(?:jullie|julder|julle|gullie|gulle|ulle|ge|gij|u|de kines?)\s+(?:ook\s+|eigenlijk\s+|zelfs\s+)*(?:kinderen|kindjes|baby'?s|peuters|kleuters|tieners|jongeren)\b",
    r"handschrift\w*", r"schrijfmotoriek", r"fijne motoriek", r"(?:pen|potlood)greep",
)  # fmt: skip

#: (sessie 29, verse set 33) pijnstillers tegen een kater en het merk van een product zijn geen onderwerp van een antwoord:
#: "wat neem ik best tegen een kater?", "welk merk lendenkussen voor in de auto?"
#: (sessie 33H) Een abonnement op de fitness en zijn prijs ("hoeveel kost een maandabonnement voor de medische fitness?"):
#: geen antwoord spreekt erover; wat een sessie kost blijft terugbetaling, naar de fitness gaan sport
UNCOVERED_SUBJECTS += (
    r"(?:fitness|fysiofitness|fysio-fitness|medische fitness|sportschool|gym|zwembad|sportclub|yoga|pilates)-? ?(?:abonnement\w*|lidmaatschap\w*|lidgeld\w*|beurtenkaart\w*)",
    r"(?:abonnement\w*|lidmaatschap\w*|lidgeld\w*) (?:\w+ ){0,2}?(?:voor|op|bij|van|in) (?:de |het |een |jullie |uw |ulder )?(?:fitness|fysiofitness|medische fitness|sportschool|gym|zwembad|sportclub)\w*",
    r"(?:maandabonnement|jaarabonnement|lidgeld|lidmaatschap)\w*", r"lid (?:worden|te worden|word|wordt) (?:van|bij) (?:de |het |jullie )?(?:fitness|sportschool|gym|club)\b",
)  # fmt: skip
UNCOVERED_SUBJECTS += (r"(?:een|ne|nen|mijn|de|die) kater", "katers", r"(?:welk|welke|wat voor|een bepaald|goed) merk(?:en)?", "merknaam")
#: (sessie 30V, verse set 34) de prijs van een product dat de praktijk niet verkoopt (een matras, een kussen, een
#: rugband): "hoeveel kost een goed orthopedisch matras?"; de prijs van een sessie blijft de terugbetaling
UNCOVERED_SUBJECTS += (
    r"(?:hoeveel (?:is|zijn|betaal|betaalt|betalen)|kost|kosten|kostte|prijs|prijzen|prijskaartje|neertellen|goedkoop|goedkope)\b(?:[^\w,.;!?]+\w+){0,6}?[^\w,.;!?]+\w*(?:matras|matrassen|kussen|kussens|kussentje|rugband|rugbanden|steunband|gordel|gordels|korset|brace|steunzolen|bureaustoel)\b",
    r"\w*(?:matras|matrassen|kussen|kussens|kussentje|rugband|rugbanden|steunband|gordel|gordels|korset|brace|steunzolen|bureaustoel)\b(?:[^\w,.;!?]+\w+){0,5}?[^\w,.;!?]+(?:kost|kosten|kostte|prijs|duur|goedkoop)\b",
)  # fmt: skip
#: (sessie 31AK, verse set 37) een schoonheids- of wellnessbehandeling (anti-cellulitis, afslanken, gezichtsverzorging,
#: harsen, hotstone) en de terugbetaling of prijs van een andere zorg (de tandarts, de opticien, een bril, de huisarts,
#: een ziekenhuisopname, een psycholoog): geen antwoord gaat erover; een massage voor de rug en de kine blijven vragen
_BEAUTY = (r"(?:anti-? ?)?cellulit\w*", r"afslank\w*", r"gezichts(?:verzorging|behandeling|massage)\w*", r"harsen", r"ontharing\w*",
           r"hot ?stone\w*", r"hete stenen", r"manicure\w*", r"pedicure\w*", r"(?:thaise|zweedse|balinese) massage\w*",
           r"schoonheids(?:behandeling|salon|instituut|specialist)\w*")
_OTHER_CARE = (r"(?:tandarts\w*|tandzorg|tandverzorging|orthodont\w*|opticien\w*|brillen|bril|contactlenzen|lenzen|hoorapparaat\w*|"
               r"(?:bezoek|consultatie|raadpleging)\w* (?:bij|van) (?:de|den|mijn) (?:huisarts|dokter|arts)|(?:huisarts|dokter)s?(?:bezoek|consultatie|raadpleging)\w*|"
               r"ziekenhuisopname\w*|opname in (?:het|t|'t) ziekenhuis|hospitalisatie\b(?! ?verzeker)|psycholoog|psychologen|psychiater\w*|dietist\w*|voedingsdeskundig\w*|"
               r"voetverzorg\w*)")
_GAP = r"(?:[^\w,.;!?]+(?!of\b|en\b|kine|fysio)\w+){0,5}?[^\w,.;!?]+"
UNCOVERED_SUBJECTS += (
    *_BEAUTY,
    r"(?:terugbeta\w*|terug betaald|vergoed\w*|betaalt|betalen|kost|kosten|prijs|hoeveel)\b" + _GAP + _OTHER_CARE + r"\b",
    _OTHER_CARE + r"\b" + _GAP + r"(?:terugbetaald|terug betaald|vergoed|terugbetaling|kost|kosten)\b",
)  # fmt: skip
#: (sessie 34X) De prijs van een ontspannings- of wellnessdienst die de praktijk niet aanbiedt (relaxatietherapie, een
#: ontspanningsmassage, de sauna, een stoombad, voetreflexologie): geen antwoord gaat erover; wat een sessie kine kost
#: blijft de terugbetaling (COST_ASKED)
_WELLNESS = (r"(?:relaxatie\w*|ontspannings(?:therapie|massage|sessie|les)\w*|wellness\w*|sauna\w*|stoombad\w*|hammam\w*|jacuzzi\w*|"
             r"bubbelbad\w*|floating\w*|reflexologie|voetreflex\w*|reiki|spa)")
UNCOVERED_SUBJECTS += (
    r"(?:kost|kosten|kostte|prijs|prijzen|tarief|tarieven|hoeveel (?:is|betaal|betaalt|betalen|vragen|vraagt|rekenen|rekent))\b" + _GAP + _WELLNESS + r"\b",
    _WELLNESS + r"\b" + _GAP + r"(?:kost|kosten|kostte|prijs|tarief)\b",
)  # fmt: skip

#: (sessie 32AQ, verse set 38) een voorschrift of verwijsbrief vergeten, verloren of teruggevonden, en daarnaar gevraagd
#: ("ik vond mijn oud voorschrift terug in de schuif, is dat nog geldig?"): de vraag van het voorschrift, geen verloren
#: voorwerp (PRACTICE_MATTERS); de paraplu in de wachtzaal blijft een verloren voorwerp
_VOORSCHRIFT = r"(?:voorschrift\w*|verwijsbrie\w*|verwijzing\w*|doorverwijzing\w*|briefje van de (?:dokter|huisarts|dokteur|specialist))"
PRESCRIPTION_MISLAID = (
    rf"{_VOORSCHRIFT}\b(?:\W+\w+){{0,6}}?\W+(?:vergeten|laten liggen|liggen gelaten|blijven liggen|laten zitten|kwijt|verloren|verlegd|teruggevonden|terug gevonden|gevonden|nog geldig|vervallen)\b",
    rf"(?:vergeten|verloren|kwijt|teruggevonden|gevonden|vond|vind)(?: \w+){{0,3}}? {_VOORSCHRIFT}\b",
)  # fmt: skip
#: (sessie 32AQ) de heup, de hand en de arm zelf, niet waar de pijn van de rug naartoe trekt (PAIN_GOES_TO)
OTHER_BODY_PARTS += (
    r"heup(?:prothese|operatie|vervanging|artrose|slijtage|fractuur|breuk|bursitis|slijmbeurs|dysplasie|ingreep|chirurg)\w*",
    r"(?:nieuwe|gebroken|versleten|artrotische|bevroren) heup\w*",
    r"(?:artrose|slijtage|slijmbeursontsteking|bursitis|prothese) (?:\w+ )?(?:in|aan|van) (?:mijn|m'n|mn|me|mijne|de|den|zijn|haar) (?:linker|rechter|linkse|rechtse)? ?heup\w*",
    r"(?:operatie|ingreep|opereren|geopereerd) (?:\w+ ){0,2}?(?:aan|van) (?:mijn|m'n|mn|me|mijne|de|den|zijn|haar|een) (?:linker|rechter|linkse|rechtse)? ?heup\w*",
    r"(?:pijn|artrose|tintelingen|tinteling) (?:\w+ )?(?:in|aan) (?:mijn|m'n|mn|mijne|zijn|haar) (?:linker|rechter|linkse|rechtse)? ?(?:hand|arm)\b",
    r"(?:mijn|m'n|mn|mijne) (?:linker|rechter|linkse|rechtse)? ?(?:hand|arm) (?:\w+ ){0,2}?(?:gebroken|verstuikt|tintelt|slaapt|doet pijn|gezwollen)\b",
    r"hand(?:operatie|blessure|letsel|artrose|therapie|therapeut)\w*", r"triggerfinger\w*", r"\w*armblessure\w*",
)  # fmt: skip
#: (sessie 32AU) Een lange reis met het vliegtuig, de trein of de bus ("ik moet 11 uur vliegen", "lange treinreis"): geen
#: antwoord gaat erover (dat over autorijden spreekt van een auto), de rug genoemd of niet; lang met de auto rijden blijft
#: autorijden; met de trein of de bus naar de praktijk komen blijft de ligging
TRIPS = (
    r"vliegen", r"vlieg\b", r"vliegt\b", r"vliegtuig\w*", r"vlucht(?:en)?\b", r"lange ?afstandsvlucht\w*", r"\w*vlucht\b",
    r"(?:trein|bus)(?:reis|reizen|rit|ritten)\b", r"(?:uur|uren) (?:\w+ )?(?:op|in|met) (?:de|den|ne|nen|een|dat|die) (?:trein|bus)\b",
    r"lange (?:trein|bus)(?:reis|rit)?\b",
)  # fmt: skip
#: (sessie 32AU) De reis verteld als de tijd die de rug heeft ("hoelang duurt spit? over 2 weken vlieg ik"): de vraag naar de
#: duur, de reis geen onderwerp
TRIP_AS_DEADLINE = (
    r"hoe ?lang", r"hoeveel (?:weken|dagen|maanden)", r"op tijd (?:voor|om)", r"tegen dan",
)  # fmt: skip
#: (sessie 32AU) Hoe betalen (bancontact, kaart, cash) en wat een afgezegde of gemiste afspraak kost: de zaken van de
#: praktijk; wat een sessie kost en wat het ziekenfonds terugbetaalt blijven de terugbetaling
PRACTICE_MATTERS += (
    r"bancontact", r"payconiq", r"betalen (?:\w+ )?(?:met|me|via|per) (?:de |een |mijn )?(?:kaart|bankkaart|betaalkaart|cash|gsm|app|qr)\b",
    r"(?:met|me|via|per) (?:de |een |mijn )?(?:kaart|bankkaart|betaalkaart) (?:\w+ )?betalen", r"cash (?:\w+ )?(?:betalen|meebrengen|meenemen|mee brengen)\b",
    r"enkel cash", r"alleen cash", r"afzeg\w*", r"afgezegd\w*", r"afbel\w*", r"afgebeld", r"niet (?:\w+ )?(?:kom|komt|kwam|komen|ben) opdagen",
    # huisbezoeken: geen afspraak of autorijden
    r"(?:komen|komt|kom|kunde|kunt|kunnen|gaan|gaat|werken|werkt|doen|doet|behandelen|behandelt)\b(?:\W+\w+){0,4}?\W+aan huis\b",
    r"aan huis (?:\w+ )?(?:komen|komt|langskomen|langs komen|behandel\w*|werken|werkt)\b", r"huisbezoek\w*", r"(?:bij|naar) (?:mij|me|ons) (?:naar )?(?:thuis|huis) (?:\w+ )?(?:komen|langskomen|langs komen|komt|behandelen)\b",
    r"thuisbehandeling\w*", r"(?:thuis|ten huize) (?:komen )?behandelen",
    # (sessie 33I) iets gestolen of beschadigd aan de praktijk en wie aansprakelijk is; het eigen dossier inkijken
    r"(?:fiets|fietsen|velo|brommer|scooter|auto|wagen|portefeuille|portemonnee|gsm|tas|handtas) (?:\w+ ){0,3}?(?:gestolen|gepikt|gejat|gerooid|ontvreemd|opengebroken)\b",
    r"(?:gestolen|gepikt|gejat|gerooid|ontvreemd) (?:\w+ ){0,3}?(?:fiets|velo|brommer|scooter|auto|wagen|portefeuille|portemonnee|gsm|tas)\b",
    r"aansprakelijk\w*", r"verantwoordelijk (?:\w+ )?voor (?:de |mijn |het |die )?(?:diefstal|schade|fiets\w*|auto|wagen|spullen)\b",
    r"(?:inkijken|inkijke|inzien|inzage|opvragen|raadplegen|bekijken|lezen|zien|kopie)\b(?:\W+\w+){0,5}?\W+(?:\w*dossier|medische gegevens|verslagen van de kine)\b",
    r"\w*dossier\b(?:\W+\w+){0,3}?\W+(?:inkijken|inkijke|inzien|opvragen|raadplegen|bekijken|lezen|zien|krijgen)\b",
    r"wat (?:de|mijn|ne|nen|uw|jullie) (?:kine|kinesist|kinesitherapeut|fysio|fysiotherapeut|therapeut) (?:\w+ ){0,3}?(?:genoteerd|opgeschreven|geschreven|noteert|schrijft|neerschrijft|schreef|noteerde)\b",
)  # fmt: skip
#: (sessie 33H) De douches, kleedkamers en lockers van de praktijk ("kan ik me bij jullie omkleden na de training?"):
#: geen antwoord spreekt erover; een warme douche voor de rug blijft warmte
PRACTICE_MATTERS += (
    r"kleedkamers?", r"kleedhokjes?", r"omkleedruimte\w*", r"lockers?\b", r"kluisjes?", r"vestiaire\w*",
    r"(?:douchen|douche|douches|een douche nemen|omkleden|verkleden|omkleed)\b(?:\W+\w+){0,3}?\W+(?:bij jullie|bij julder|bij ulder|bij u|in de praktijk|op de praktijk|in het kabinet|in t kabinet|ter plaatse)\b",
    r"(?:bij jullie|bij julder|bij ulder|bij u|in de praktijk|op de praktijk|in het kabinet|ter plaatse) (?:\w+ ){0,3}?(?:douchen|douche|douches|omkleden|verkleden)\b",
    r"(?:is|zijn|hebben|heeft|hebt|hedde|hebde) (?:er|jullie|julder|u|ge|gij) (?:ook |daar |een |nen |ne )*(?:douches?|kleedruimte|plaats om (?:te douchen|me om te kleden))\b",
    r"(?<!warme )(?<!hete )(?<!koude )(?:douchen|douche nemen|omkleden) na (?:de|het|mijn|ons) (?:oefeningen|sessie|training|behandeling|fitness|les)\b",
)  # fmt: skip
#: (sessie 32AU) Een ander lichaamsdeel gevraagd als aanbod van de praktijk ("doen jullie ook knieën?"): een ander
#: onderwerp; "een kussen tussen mijn knieën" blijft slapen
OTHER_BODY_PARTS += (
    rf"(?:doen|behandelen|bekijken|helpen|nemen|doet|behandelt|bekijkt|helpt|neemt)(?: \w+)? (?:jullie|julder|julle|gullie|gulle|ulle|ge|gij|u|de kine|de kinesist)(?: ook| eigenlijk| nog| zelfs| wel)* (?:\w+ )?{_LEG_PARTS}\b",
    r"(?:doen|behandelen|doet|behandelt) (?:jullie|julder|julle|gullie|gulle|ulle|ge|gij|u)(?: ook| eigenlijk| nog| zelfs| wel)* (?:schouders|nekken|ellebogen|polsen|handen|heupen)\b",
)  # fmt: skip
#: (sessie 34X) De openingsuren van een andere plaats gevraagd ("tot hoe laat is de apotheek open?", "wanneer gaat het
#: zwembad open?"): niet die van de praktijk, geen antwoord gaat erover; de eigen uren van de praktijk ("zijn jullie
#: zaterdag open? ik moet daarna naar de apotheek") blijven de openingsuren
_OTHER_PLACES = (r"(?:\w*winkels?|\w+zaak|\w+zaken|apothe\w*|supermarkt\w*|fitness\w*|sportschool|sportscholen|sportzaal|"
                 r"zwembad\w*|bibliothe\w*|bib|postkantoor|postpunt|bank|bakker\w*|beenhouwer\w*|slager\w*|brico\w*|tuincentrum\w*|"
                 r"ikea|warenhuis|drogist\w*|kapper\w*|cafe|frituur|restaurant|containerpark|recyclagepark|markt)")
_PLACE_DE = r"(?:de|die|dat|het|een|den|t|'t|mijn|m'n|onze|ons) (?:\w+ ){0,2}?"
PRACTICE_MATTERS += (
    r"(?:openingsu(?:ur|ren)|sluitingsu(?:ur|ren)|openingstijden|uren) (?:van|voor) " + _PLACE_DE + _OTHER_PLACES + r"\b",
    r"(?:is|zijn|gaat|gaan|was) " + _PLACE_DE + _OTHER_PLACES + r" (?:\w+ ){0,3}?(?:open|dicht|gesloten)\b",
    r"(?:wanneer|hoe laat|tot hoe laat|tot wanneer|om hoe laat) (?:is|gaat|sluit|opent|doet|zijn|gaan|sluiten|openen) " + _PLACE_DE + _OTHER_PLACES + r"\b",
)  # fmt: skip
#: (sessie 32AU) Het sluit- of openingsuur gevraagd ("wanneer sluiten jullie 's avonds?"): de openingsuren eerst
OPEN_ASKED += (
    r"(?:wanneer|hoe laat|tot hoe laat|tot wanneer|om hoe laat) (?:sluiten|sluit|openen|opent) (?:jullie|julder|julle|gullie|gulle|ulle|ge|gij|u|de praktijk|het kabinet|ze)\b",
    r"(?:wanneer|hoe laat|tot hoe laat|tot wanneer|om hoe laat) (?:gaan|gaat|zijn|zijt|zijde|zedde|is) (?:jullie|julder|julle|gullie|gulle|ulle|ge|gij|u|de praktijk|het kabinet|ze) (?:\w+ )?(?:dicht|toe|open)\b",
    r"sluitingsu(?:ur|ren)", r"openingsu(?:ur|ren)",
)  # fmt: skip

#: (sessie 35L) Wat een kinesist doet, of kine de moeite waard is of gewoon massage, waarom de kine zoveel vraagt ("is kine
#: echt de moeite waard?", "waarom stelt de kinesist zoveel vragen?"): de rol van de kine eerst (faq.py's _ASKED_FIRST, na
#: elke andere zin); de prijs van een massage blijft geen onderwerp (UNCOVERED_SUBJECTS)
_KINE = r"(?:kine|kines|kiné|kinesist\w*|kinesitherap\w*|fysio\w*|kinésist\w*)"
PHYSIO_ROLE_ASKED = (
    r"wat (?:doet|doen|kan|kunnen) (?:een |ne |nen |de |den |uw |jullie )?" + _KINE + r" (?:\w+ ){0,2}?(?:eigenlijk|juist|precies|nu|allemaal|zoal|dan)\b",
    r"wat (?:doet|doen) (?:een |ne |nen |de |den )?" + _KINE + r"\s*(?:[?.!]|$)",
    r"(?:is|heeft|zou|zal) (?:\w+ ){0,2}?" + _KINE + r"\b(?:\W+\w+){0,2}?\W+(?:de moeite (?:waard|wel waard)|zinvol|nuttig|zin|iets waard)\b",
    r"(?:is|heeft) (?:het|dat|t|'t) (?:\w+ ){0,2}?(?:de moeite waard|zin) (?:\w+ ){0,3}?(?:naar (?:de|een|den|ne) )?" + _KINE + r"\b",
    r"(?:kan|kunnen) (?:een |ne |nen |de |den )?" + _KINE + r" (?:\w+ ){0,2}?(?:veel|iets|echt iets|wat) (?:doen|betekenen|uitrichten)\b",
    _KINE + r" (?:\w+ ){0,2}?(?:gewoon|enkel|alleen|maar|puur) (?:\w+ )?(?:massage|massages|masseren)\b",
    r"(?:gewoon|enkel|alleen|maar|puur) (?:\w+ )?(?:massage|massages|masseren)\b(?:\W+\w+){0,3}?\W+of (?:doen|is|zijn|doe|gebeurt)\b",
    r"waarom (?:stelt|stellen|vraagt|vragen|stelde|vroeg) (?:de |den |een |ne |mijn |jullie |uw )?(?:" + _KINE + r"|jullie|ge|gij|u) (?:\w+ ){0,2}?(?:zoveel|zo veel|zovele|al die|zoveel) (?:vragen|dingen)\b",
)  # fmt: skip
#: (sessie 35L) Minder betalen met het voorkeurtarief van het ziekenfonds (verhoogde tegemoetkoming, BIM, OMNIO, de code op
#: de klever): het antwoord over de terugbetaling eerst (faq.py's _ASKED_FIRST, met COST_ASKED)
REDUCED_RATE_ASKED = (
    r"verhoogde (?:tegemoetkoming|terugbetaling|vergoeding)", r"voorkeur(?:s)?(?:tarief|regeling|regime)", r"omnio\w*", r"(?:statuut|tarief|ben|met|als|heb) bim\b",
    r"(?:code|nummer|cijfer) (?:\w+ ){0,3}?(?:klever|klevers|sticker|stickers|kleefbriefje|vignet|ziekenfonds|mutualiteit)",
    r"(?:klever|sticker|kleefbriefje|vignet)s? (?:\w+ ){0,4}?(?:eindigt|eindigen|gaat eindigen) (?:op|met)\b",
    r"(?:moet|moeten|zal|zou|betaal|betalen) (?:ik|k|'k|we|ge|gij|je) (?:\w+ ){0,2}?minder (?:\w+ ){0,2}?(?:betalen|betaal|te betalen|kwijt)\b", r"minder (?:betalen|te betalen)\b",
)
#: (sessie 35M) Een afspraak naar een andere dag of uur verzetten ("kan ik mijn afspraak verplaatsen?"): de vraag van de
#: afspraak, eerst wat de classifier ook zegt (gelezen met FREE_SLOT_ASKED); afzeggen blijft een zaak van de praktijk
_AFSPRAAK = r"(?:afspraak|afspraakje|sessie|consultatie|rendez-vous|rendez vous|rdv|behandeling)"
RESCHEDULE_ASKED = (
    _AFSPRAAK + r"(?: \w+){0,6}? (?:verzetten|verzet|verzette|verplaatsen|verplaats|verplaatst|verschuiven|verschuif|verschoven|verleggen|omzetten|omwisselen|vervroegen|vervroegd|uitstellen|uitgesteld)\b",
    r"(?:verzetten|verzet|verplaatsen|verplaats|verschuiven|verschuif|verleggen|vervroegen|uitstellen) (?:ik |we |wij |jullie |u |ge |gij )?(?:\w+ )?(?:mijn|m'n|mn|me|mijne|mijnen|de|onze|ons|die|deze|dien) (?:\w+ )?" + _AFSPRAAK + r"\b",
    _AFSPRAAK + r"(?: \w+){0,4}? (?:naar|tot|op) (?:\w+ ){0,2}?(?:zetten|schuiven|verzetten|verplaatsen)\b",
)  # fmt: skip
#: (sessie 35M) Voorkomen dat het terugkomt ("hoe zorg ik dat ik hier over een jaar niet opnieuw mee zit?"): herval
RECURRENCE_ASKED = (
    r"(?:zorg|zorgen|zorgt|zorgde|voorkom|voorkomen|vermijd|vermijden) (?:\w+ ){0,3}?dat (?:\w+ ){0,10}?(?:niet|nie|nooit|geen) (?:\w+ ){0,4}?(?:weer|opnieuw|terug\w*|nog eens)\b",
    r"(?:voorkom|voorkomen|vermijd|vermijden|verhinderen) (?:\w+ ){0,2}?dat (?:\w+ ){0,5}?(?:terugkomt|terugkeert|terug komt|weer|opnieuw)\b",
    r"(?:voorkom|voorkomen|vermijd|vermijden) (?:ik |je |we |ge )?(?:een |nog een |een nieuwe |nieuwe )?(?:herval|hervallen|terugval|recidief)\b",
    r"(?:herval|terugval|recidief) (?:\w+ )?(?:voorkomen|vermijden)\b",
)  # fmt: skip
#: (sessie 35M) Wanneer artsen beslissen te opereren, na hoeveel weken ("wanneer kiezen ze voor een operatie?"): de
#: operatie voor de hersteltijd; rijden of werken na een operatie blijft het hunne ("wanneer mag ik rijden na de operatie?")
SURGERY_ASKED = (
    r"(?:wanneer|op welk moment|na hoeveel (?:weken|maanden|tijd)|vanaf wanneer) (?:(?!na\b|sinds\b|vanaf\b|nadat\b)[\w'-]+ ){0,6}?(?:opereren|opereert|geopereerd|\w*operatie|\w*operaties|onder het mes|het mes erin)\b(?:\W+(?:[\w'-]+\W+){0,3}?na hoeveel (?:weken|maanden|dagen|tijd)\b)?",
    # de weken erna gevraagd horen bij de operatie ("wanneer opereren ze, na hoeveel weken?")
    r"(?:opereren|opereert|geopereerd|\w*operatie)\W+(?:[\w'-]+\W+){0,3}?na hoeveel (?:weken|maanden|dagen|tijd)\b",
)  # fmt: skip
#: (sessie 35M) Of het tegen een datum of gebeurtenis beter is ("zal het tegen dan over zijn?"): de hersteltijd
HEALING_BY_ASKED = (
    r"tegen (?:dan|die tijd|dat|de|het|mijn|m'n|onze|ons) (?:\w+ ){0,4}?(?:over|beter|genezen|weg|voorbij|ok|oke|okee|in orde|goed|hersteld|genezen)\b",
    r"(?:over|beter|genezen|weg|voorbij|hersteld|in orde) (?:\w+ ){0,2}?tegen (?:dan|die tijd)\b",
)  # fmt: skip
TRIP_AS_DEADLINE += (r"tegen die tijd",)
#: (sessie 35M) De maat of het model van een lendengordel of steunband ("welke maat lendengordel?"): geen antwoord gaat erover
_GORDEL = r"(?:(?:lenden?|rug|steun|bekken|zwangerschaps|lumbale ?)(?:gordels?|band|banden|korsets?|braces?)|korsets?|braces?|(?:lumbale|rug|lenden?) ?(?:steunen|steun)\b)"
_MAAT = r"(?:maat|maten|maatje|cm|centimeter|model|modellen|merk|merken|breedte|hoogte|breed|hoog|small|medium|large|xl|xxl)"
UNCOVERED_SUBJECTS += (
    _GORDEL + r"(?:\W+\w+){0,8}?\W+" + _MAAT + r"\b",
    _MAAT + r"(?:\W+\w+){0,4}?\W+" + _GORDEL,
    r"(?:welke|welk|wat voor) (?:soort )?" + _GORDEL,
)  # fmt: skip
#: (sessie 36G) Een pijnstiller genoemd (merk of stofnaam) die weinig doet, of wat dan wel te nemen ("dafalgan helpt
#: niks, wat moet ik dan nemen?"): de vraag van de pijnstillers, eerst wat de classifier ook leest
_PIJNSTILLER = (r"(?:pijnstill\w*|pillen|pilletjes|tabletten|medicatie|panadol|dafalgan|nurofen|ibuprofen|ibuprofene|paracetamol|"
                r"brufen|voltaren|naproxen|aleve|perdolan|advil|aspirine|diclofenac|dafalgan forte|tramadol|buscopan)")
# (sessie 39Q) een groep: zijn "is zinloos", "niks doet" alleen maakten elke vraag pijnstillers ("heeft een scan zin of is
# dat zinloos?")
_DOET_WEINIG = (r"(?:(?:helpt|helpen|hielp|hielpen|werkt|werken|werkte|doet|doen|deed) (?:\w+ ){0,2}?(?:niks|niet|nie|niets|weinig|geen zier|"
                r"amper iets|nauwelijks iets|bijna niks|precies niks)\b|"
                r"(?:niks|niets|weinig|nie veel|niet veel|geen zier) (?:doet|doen|deed|helpt|helpen|hielp|werkt|werken|werkte)\b|(?:is|zijn) (?:\w+ )?(?:nutteloos|waardeloos|zinloos)\b)")
PAINKILLER_ASKED = (
    _PIJNSTILLER + r"\W+(?:[\w'-]+\W+){0,6}?" + _DOET_WEINIG,
    r"wat (?:moet|mag|kan|zou|kunt|moet|moeten) (?:ik|k|'k|ek|we|ge|je) (?:\w+ ){0,2}?(?:dan |in de plaats |wel |anders )+(?:\w+ )?(?:nemen|pakken|innemen|slikken|proberen)\b",
    r"(?:iets|wat) (?:sterker|beter) dan (?:de |die |mijn |m'n )?" + _PIJNSTILLER,
)  # fmt: skip
#: (sessie 36G) De zwangerschap verteld in weken of maanden ("ik ben 20 weken zwanger", "ik ben 5 maand in verwachting",
#: "mijn buikje groeit"): de vraag van de zwangerschap, eerst wat de classifier ook leest (ook PREGNANCY_TOLD)
_ZWANGER_WEKEN = (r"\d+ ?(?:weken|weke|wk|maand|maanden) (?:\w+ )?(?:zwanger|in verwachting)\b",
                  r"(?:eerste|tweede|derde|laatste) trimester\b", r"(?:mijn|m'n|mn|mijne|de|ne|een) (?:zwangerschaps)?(?:buikje|bolle buik|dikke buik)\b(?! (?:van|na het eten))")
PREGNANCY_TOLD += _ZWANGER_WEKEN
PREGNANCY_ASKED = _ZWANGER_WEKEN
#: (sessie 36G) Of het chronisch of acuut heet, los gevraagd ("is da nu chronisch of hoe noemen ze da?", "telt dat als
#: chronisch?"): acuut of chronisch, eerst wat de classifier ook leest
ACUTE_CHRONIC_ASKED = (
    r"(?:is|noem|noemt|noemen|telt|heet|zijn) (?:da|dat|dit|het|t|'t|mijn|m'n|mijne|de|ze|ge|je|jij|gij|ik)(?: (?:dan|nu|al|nog|eigenlijk|echt|officieel|pijn|rug|rugpijn|klachten|ook|da|dat|het))* (?:als |nen |een )?(?:chronisch\w*|acuut|acute)\b",
    r"\b(?:chronisch|acuut) of (?:niet|nie|acuut|chronisch|wat|hoe)\b",
    r"hoe (?:noemen|noemt|noem) (?:ze|ge|je|jullie|gij|de dokters|dokters|ze da|de kine)\b(?:\W+[\w'-]+){0,4}?\W+(?:chronisch\w*|acuut|acute)\b",
    r"(?:chronisch\w*|acuut|acute)\W+(?:[\w'-]+\W+){0,3}?hoe (?:noemen|noemt|noem|heet)\b",
)  # fmt: skip
#: (sessie 36G) Hoelang nog wachten voor ik (terug) naar de huisarts of een dokter ga ("al 3 weken hetzelfde, hoelang
#: wacht ik nog voor ik naar de huisarts ga?"): wanneer naar de dokter, eerst wat de classifier ook leest (hoelang het
#: duurt zonder dokter blijft de genezingstijd)
_DOKTER = r"(?:(?:de|den|mijn|m'n|mn|mijne|ne|een|nen|me) )?(?:huisarts|huisdokter|dokter|dokteur|doktoor|arts|geneesheer|docteur)\b"
DOCTOR_WAIT_ASKED = (
    r"(?:hoelang|hoe lang|tot wanneer|wanneer (?:moet|mot|moe|zou|mag|ga|moeten) (?:ik|k|'k|ek|we|ge|je)|hoeveel (?:dagen|weken))\b(?:\s+[\w'-]+){0,6}?\s+(?:wachten|wacht|wachte)\b(?:\s+[\w'-]+){0,5}?\s+(?:naar|na|noar|bij|langs) " + _DOKTER,
    r"(?:hoelang|hoe lang|tot wanneer|wanneer (?:moet|mot|moe|zou|mag|ga|moeten) (?:ik|k|'k|ek|we|ge|je)|hoeveel (?:dagen|weken))\b(?:\s+[\w'-]+){0,6}?\s+(?:terug |opnieuw |nog eens )?(?:naar|na|noar|bij|langs) " + _DOKTER + r"(?!\s+(?:\w+\s+){0,2}?(?:geweest|was|waren)\b)",
    r"(?:wachten|wacht|wachte)\b(?:\s+[\w'-]+){0,5}?\s+(?:voor|voordat|vooraleer|alvorens|tot|eer) (?:\w+ ){0,4}?(?:naar|na|noar|bij|langs) " + _DOKTER,
)  # fmt: skip
#: (sessie 36H, verse sets 43 en 44) Het weer gevraagd voor een dag of een stad ("gaat het morgen regenen in Leuven?",
#: "wordt het mooi weer dit weekend?"): geen antwoord gaat erover (de stad gaf de openingsuren); "als het regent" stond
#: er al
UNCOVERED_SUBJECTS += (
    r"(?:regenen|sneeuwen|motregenen|onweren|plenzen|gieten van de regen)\b", r"weersvoorspelling\w*", r"weerbericht\w*",
    r"(?:mooi|goed|zonnig|droog|zomers|lekker)e? weer\b", r"(?:droog|zonnig|mooi) (?:blijven|zijn|worden)\b", r"zonnig\w*",
)  # fmt: skip
#: (sessie 36H) De wachtzaal van de huisarts, een dokter die laat wachten of de manieren van een dokter ("mijn huisarts
#: laat mij altijd een uur wachten"): geen antwoord gaat erover; wanneer naar de huisarts blijft die vraag
_DOKTER = r"(?:huisarts|huisdokter|dokter|dokteur|arts|doktoor|geneesheer)"
UNCOVERED_SUBJECTS += (
    r"wachtzaal\w*", r"wachtkamer\w*",
    r"(?:laat|laten|liet|lieten) (?:mij|me|ons|u|de patienten|de mensen|iedereen) (?:\w+ ){0,4}?wachten\b",
    # (not waiting before going: "tot wanneer kan ik wachten om bij de huisdokter langs te gaan?" is when to see a doctor)
    rf"wacht\w* (?:(?!(?:om|voor|tot|alvorens|eer|eerdat|voordat)\b)\w+ ){{0,4}}?bij (?:de|den|mijn|m'n|mn|me|mijne|mijnen|ne|nen|een|onze|ons|uw) {_DOKTER}\b",
    rf"{_DOKTER} (?:\w+ ){{0,3}}?(?:onvriendelijk|onbeleefd|ongeduldig|arrogant|kortaf|altijd te laat|loopt altijd uit)\b",
)  # fmt: skip
#: (sessie 36H) De eigen pijn van de knie of de enkel, een sport of de trap genoemd ("mijne knie doet zeer sinds ik terug
#: fiets"): een ander onderwerp (gelezen met OTHER_SUBJECTS: de rug erbij genoemd houdt het onderwerp, waar de rugpijn
#: naartoe trekt, PAIN_GOES_TO, noemt geen ander deel); de heup blijft zoals voorheen, een kussen tussen de knieën blijft
_PIJNLIJKE_DELEN = r"(?:linker|rechter|linkse|rechtse)? ?(?:knie|knieen|knieschijf|enkel|enkels)"
_BEZIT = r"(?:mijn|m'n|mn|me|mijne|mijnen|de|den|het|uw|je|zijn|haar|ne|nen)"
OTHER_BODY_PARTS += (
    rf"(?:pijn|last|zeer|steken|krakende|gezwollen|stijve?) (?:\w+ ){{0,2}}?(?<!tot )(?:in|aan|van|onder|achter|rond) {_BEZIT} {_PIJNLIJKE_DELEN}\b",
    rf"{_BEZIT} {_PIJNLIJKE_DELEN} (?:\w+ ){{0,3}}?(?:doet|doen|deed|deden) (?:\w+ ){{0,2}}?(?:pijn|zeer|au)\b",
    rf"{_BEZIT} {_PIJNLIJKE_DELEN} (?:is|zijn|blijft|wordt|was|staat|voelt) (?:\w+ ){{0,2}}?(?:dik|gezwollen|pijnlijk|stijf|opgezet)\b",
    r"(?:knie|enkel)pijn\w*", r"(?:pijnlijke|gezwollen|dikke|stijve) (?:knie|knieen|enkel|enkels)\b",
    rf"voel\w* (?:\w+ ){{0,4}}?(?<!tot )in {_BEZIT} (?:knie|knieen|enkel|enkels)\b",
)  # fmt: skip
#: (sessie 40Q) De eigen klacht van een ander deel verteld voor een korte vraag erover, de rug niet genoemd ("door mijn
#: enkel gegaan bij het dansen, hoe weet ik of het gebroken is?", "mijn hiel doet zeer 's morgens, waarom?"): één lijst van
#: de delen (_KLACHT_DELEN: de voet, de hiel en de heup naast de knie en de enkel), erdoor gegaan of verdraaid, blauw of
#: opgezwollen, Vlaams "sukkelen met"; niet slapend of tintelend (waar ischias naartoe trekt: hoe ernstig het is); waar de
#: rugpijn naartoe trekt (PAIN_GOES_TO) is ervoor weggelaten, de rug erbij genoemd houdt het onderwerp (OWN_COMPLAINT)
_KLACHT_DELEN = r"(?:linker|rechter|linkse|rechtse)? ?(?:knie|knieen|knieschijf|enkel|enkels|voet|voeten|hiel|hielen|heup|heupen|pols|polsen|elleboog|schouder|nek)"
OTHER_BODY_PARTS += (
    rf"(?:pijn|last|zeer|steken|krakende|gezwollen|stijve?) (?:\w+ ){{0,2}}?(?<!tot )(?:in|aan|van|onder|achter|rond) {_BEZIT} {_KLACHT_DELEN}\b",
    rf"{_BEZIT} {_KLACHT_DELEN} (?:\w+ ){{0,3}}?(?:doet|doen|deed|deden) (?:\w+ ){{0,2}}?(?:pijn|zeer|au)\b",
    rf"{_BEZIT} {_KLACHT_DELEN} (?:is|zijn|blijft|wordt|was|staat|staan|voelt|voelen) (?:\w+ ){{0,2}}?(?:dik|gezwollen|opgezwollen|pijnlijk|stijf|opgezet|blauw|verdraaid|verzwikt|verstuikt|omgeslagen|omgeklapt)\b",
    rf"door {_BEZIT} (?:linker |rechter |linkse |rechtse )?(?:knie|enkel|enkels|voet|voeten) (?:\w+ )?(?:gegaan|gaan|gaat|ging|gingen|geklapt|geplooid|gezakt|gezwikt)\b",
    rf"sukkel\w* (?:\w+ ){{0,3}}?met {_BEZIT} {_KLACHT_DELEN}\b",
    r"(?:hiel|heup|voet)pijn\w*", r"(?:pijnlijke|gezwollen|opgezwollen|dikke|stijve) (?:voet|voeten|hiel|hielen|heup|heupen)\b",
)  # fmt: skip
#: (sessie 37Q, verse set 45) Hoe lang tot het weer normaal is, gevraagd met een tijd ("hoeveel dagen voor mijn rug weer
#: normaal is?", "wanneer ben ik terug normaal?"): de hersteltijd eerst (faq.py's _ASKED_FIRST); "is dat normaal" vraagt
#: geen tijd
HEALING_BY_ASKED += (
    r"(?:hoeveel (?:dagen|weken|maanden|tijd)|hoe ?lang|wanneer|tegen wanneer)\b(?:\W+[\w']+){0,8}?\W+(?:weer|terug|opnieuw|nog eens) (?:\w+ )?normaal\b(?! (?:dat|om|als|of)\b)",
)  # fmt: skip
#: (sessie 37Q) Wat een kine met iemand doet in een sessie, gevraagd door wie nooit ging ("wat doet een kine eigenlijk met
#: iemand?"): de rol van de kine
PHYSIO_ROLE_ASKED += (
    r"wat (?:doet|doen|deed) (?:een |ne |nen |de |den |die |jullie |ge |gij |zo'?n )?(?:" + _KINE + r" )?(?:\w+ ){0,2}?(?:met|bij) (?:iemand|mensen|een patient|patienten|de patient|u|mij|ons)\b",
    r"wat gebeurt (?:er )?(?:\w+ )?(?:met|bij) (?:iemand|je|u|mij|een patient) (?:bij|tijdens|in|op) (?:een |de |den |ne |nen )?(?:" + _KINE + r"|sessie|behandeling|afspraak|consultatie)",
)  # fmt: skip
#: (sessie 37Q) Thuisblijven van het werk of zich ziek melden, gevraagd ("ik sta heel de dag in de winkel, moet ik
#: thuisblijven?", "moet ik mij ziek melden?"): werk eerst (met LIGHTER_DUTIES_ASKED); thuisblijven zonder werk genoemd
#: blijft rusten of bewegen
_WERK_GENOEMD = r"(?:werk|werken|job|shift|baas|winkel|zaak|toog|kantoor|magazijn|werf|fabriek)"
STAY_HOME_ASKED = (
    r"(?:moet|moete|mot|moetek|mag|zou|kan|best|beter) (?:ik |k |'k |ge |je )?(?:\w+ ){0,4}?thuis ?(?:blijven|blijf)\b(?=.*\b" + _WERK_GENOEMD + r"\b)",
    r"\b" + _WERK_GENOEMD + r"\b.*\b(?:moet|moete|mot|moetek|mag|zou|kan|best|beter) (?:ik |k |'k |ge |je )?(?:\w+ ){0,4}?thuis ?(?:blijven|blijf)\b",
    r"(?:mij|me|mezelf|mijn eigen) (?:\w+ )?ziek (?:melden|zetten|laten zetten|laten schrijven)\b", r"ziekmelden\b", r"thuis ?blijven van (?:mijn |het |den |de |m'n )?werk\b",
)  # fmt: skip
#: (sessie 37Q) Een sport genoemd, gevraagd of die door mag gaan of even rust moet krijgen ("mag ik blijven joggen of
#: beter even rust nemen?"): sport, vóór rusten of bewegen (faq.py); rusten zonder sport genoemd blijft rusten of bewegen
_SPORT_RUST = r"(?:(?:even |een tijdje |wat )?rust (?:nemen|houden|inlassen)|(?:laten|late) rusten|laat (?:ik |k )?(?:\w+ ){0,3}?rusten|even rusten|een pauze|pauze|(?:even |een tijdje )?laten liggen)"
SPORT_STOP_ASKED += (
    _SPORTEN + r"\b(?:\W+\w+){0,10}?\W+" + _SPORT_RUST + r"\b" + _ANDERS_DAN_SPORT,
    r"(?:blijven|nog|gaan) (?:joggen|lopen|hardlopen|fitnessen|sporten|trainen|voetballen|fietsen|zwemmen)\b(?:\W+\w+){0,6}?\W+of (?:\w+ ){0,3}?" + _SPORT_RUST + r"\b",
)  # fmt: skip
#: (sessie 37Q) Naar den dokter gevraagd in het Vlaams ("moet ik mij laten zien?", "wanneer ga ik best naar den dokteur?"):
#: wanneer naar de dokter eerst (met EMERGENCY_ASKED en DOCTOR_WAIT_ASKED); nakijken door een kine blijft van de kine
DOCTOR_WHEN_ASKED = (
    r"(?:moet|moete|mot|moetek|zou|best|beter) (?:ik |k |'k |ge |je )?(?:toch |eens |ne keer |nu |best )*(?:mij|me|mezelf|u) (?:\w+ ){0,2}?laten (?:zien|bekijken|onderzoeken|nakijken)\b(?! (?:\w+ ){0,2}?(?:door|bij) (?:een |de |den |ne |nen )?(?:kine\w*|fysio\w*|osteo\w*))",
    r"(?:wanneer|vanaf wanneer|op welk moment) (?:\w+ ){0,6}?(?:naar|bij|langs) (?:den |de |ne |nen |een |mijne |mijn )?" + _DOKTER + r"\b",
)  # fmt: skip
#: (sessie 37Q) Of gewone rugpijn iets ernstigs kan zijn, gevraagd na de ziekte van een familielid ("mijn nonkel had
#: rugpijn en het was een tumor, kan gewone rugpijn ernstig zijn?"): hoe ernstig het is eerst (faq.py); de ziekte van
#: een ander is geen rode vlag van de schrijver
SERIOUS_ASKED = (
    r"(?:kan|kunnen|zou) (?:\w+ ){0,2}?(?:gewone|normale|simpele|doodgewone|banale|alledaagse|gewoon) (?:lage )?(?:rugpijn|rugklachten|pijn in de rug|lage rugpijn) (?:\w+ ){0,3}?(?:iets )?(?:ernstigs|ernstig|gevaarlijks|gevaarlijk|kwaads|erg|ergs|kanker)\b",
    r"(?:kan|zou) (?:dat|dit|het|het mijne) (?:\w+ ){0,2}?(?:bij mij |bij mijn rug )?ook (?:\w+ ){0,2}?(?:iets )?(?:ernstigs|gevaarlijks|kwaads|ergs)\b",
)  # fmt: skip
#: (sessie 37Q) Oefeningen voor thuis gevraagd ("oefeningen voor thuis?"): rusten of bewegen (HOME_EXERCISE_ASKED)
HOME_EXERCISE_ASKED += (_OEFENINGEN + r" (?:voor (?:thuis|in huis)|om thuis te doen|die ik thuis kan doen)\b",)
# (sessie 38Q) wat "acuut" of "chronisch" betekent, gevraagd met een gok ("betekent acuut gewoon hevig?", "is chronisch
# hetzelfde als heel erg?"): acuut of chronisch (faq.py's _ASKED_FIRST)
ACUTE_CHRONIC_ASKED += (
    r"\b(?:chronisch|acuut|acute)\b (?:\w+ ){0,2}?(?:betekent|betekenen|betekend|wil zeggen|wil dat zeggen|wil da zeggen|hetzelfde als|zelfde als|t zelfde als)\b",
    r"(?:betekent|wil zeggen) (?:\w+ ){0,1}?(?:chronisch|acuut|acute)\b",
    r"(?:wat|wa) (?:betekent|wil) (?:\w+ ){0,2}?(?:chronisch|acuut|acute)\b",
)  # fmt: skip
# (sessie 38Q) eerst naar de huisarts, enkel voor een papiertje, voor de kine ("moet ik eerst langs de huisarts voor ik
# naar de kine mag?", "zonder eerst naar de dokter te gaan"): het voorschrift (WITHOUT_REFERRAL_ASKED)
_DOK = r"(?:huisarts|huisdokter|dokter|dokteur|doktoor|arts|geneesheer)"
WITHOUT_REFERRAL_ASKED += (
    r"zonder (?:eerst |vooraf )?(?:naar|na|noar|langs|bij|via|over) (?:de |den |mijn |m'n |mn |ne |een |mijne )?" + _DOK + r"\b",
    r"(?:naar|langs|bij|via) (?:de |den |mijn |m'n |mn |ne |een |mijne )?" + _DOK + r"\b(?: \w+){0,3}? (?:voor|voordat|vooraleer|alvorens|eer) (?:ik |k |ge |je )?(?:\w+ ){0,2}?(?:kine\w*|fysio\w*)",
    _DOK + r"\b(?:\W+\w+){0,4}?\W+(?:alleen|enkel|gewoon|puur|louter|maar) (?:maar )?(?:voor|om) (?:een |ne |nen |dat |het |de |da )?(?:papiertje|papier|briefje|brief|handtekening|formulier|voorschrift|verwijzing)\b",
)  # fmt: skip
# (sessie 38Q) wat de verzekering terugbetaalt, het eigen risico of de aanvullende verzekering ("gaat dat van mijn eigen
# risico af?", "wordt kine vergoed?"): de terugbetaling, wat de classifier ook zegt (faq.py's _ASKED_FIRST)
INSURANCE_ASKED = (
    r"eigen risico\w*", r"(?:aanvullende|basis|aanvullend) ?(?:zorg)?verzekering\w*", r"basispakket", r"aanvullend pakket",
    r"(?:wordt|word|worden|is|zijn|wordt het|wordt dat|wordt da|wordt dit) (?:\w+ ){0,3}?(?:vergoed|terugbetaald|terugbetaalt)\b",
)  # fmt: skip
# (sessie 38Q) een klacht in het been verteld, dan of ze daarvoor naar de dokter moeten, ja of nee ("moet ik daarmee naar
# de huisarts of niet?"): wanneer naar de dokter (DOCTOR_WHEN_ASKED)
DOCTOR_WHEN_ASKED += (
    r"(?:moet|moete|mot|moetek|zou|zal|moeten) (?:ik |k |'k |ek |we |ge |je )?(?:\w+ ){0,3}?(?:naar|na|noar|bij|langs) (?:de |den |ne |nen |een |mijne |mijn )?" + _DOK + r"\b(?:\W+\w+){0,2}?\W+(?:ja of nee|ja of neen|of niet|of nie|ja of nie)\b",
    r"(?:moet|moete|mot|moetek|zou|zal|moeten) (?:ik |k |'k |ek |we |ge |je )?(?:daarvoor|daarmee|hiervoor|hiermee|daar|hier) (?:\w+ ){0,2}?(?:naar|na|noar|bij|langs) (?:de |den |ne |nen |een |mijne |mijn )?" + _DOK + r"\b",
)  # fmt: skip
# (sessie 38Q) of rugpijn gevaarlijk kan zijn, na enge dingen gelezen ("kan rugpijn eigenlijk gevaarlijk zijn?"): hoe
# ernstig het is (SERIOUS_ASKED); niet "is het gevaarlijk om te rijden"
SERIOUS_ASKED += (
    r"(?:kan|kunnen|is|zijn|zou) (?:\w+ ){0,2}?(?:lage )?(?:rugpijn|rugklachten|pijn in de rug|lage rugpijn|rugproblemen|ischias) (?:\w+ ){0,3}?(?:iets )?(?:gevaarlijk|gevaarlijks|ernstig|ernstigs)\b(?! (?:om|voor|als|bij)\b)",
)  # fmt: skip
# (sessie 38Q) op een plank liggen of slapen, het oude geloof (BED_REST_ASKED); het geloof gevraagd en wie het blijft
# zeggen ("mijn oma zegt ...", "is dat een fabeltje?") noemen geen onderwerp
BED_REST_ASKED += (
    r"op (?:een |ne |nen |e |de )?(?:houten |harde )?(?:plank|planken|deur)\b(?:\W+\w+){0,2}?\W+(?:slapen|liggen|blijven liggen|lig|ligt|slaap|rusten)\b",
    r"(?:slapen|liggen|lig|ligt|slaap|rusten)\b(?:\W+\w+){0,3}?\W+op (?:een |ne |nen |e |de )?(?:houten |harde )?(?:plank|planken)\b",
)  # fmt: skip
SUBJECT_FREE_PHRASES += (
    r"(?:een |nen |ne )?(?:fabeltjes?|fabels?|bakerpraat(?:je|jes)?|oudewijvenpraat|oude wijvenpraat|oude verhalen|oude koeken?|broodjes? aap|volkswijsheid|mythes?)\b",
    r"(?:mijn|m'n|mn|me|ma|mijne) (?:moeder|mama|ma|vader|papa|pa|oma|opa|bomma|bompa|meme|tante|nonkel|oom|vrouw|man|partner|buurman|buurvrouw|vriend|vriendin|collega|baas|schoonmoeder) (?:\w+ )?(?:zegt|zei|blijft zeggen|beweert|vindt|zweert|houdt vol|staat erop)(?: dat)?(?= (?:ik|k|je|ge|gij|we|men|het|t|bedrust|rust)\b)",
)  # fmt: skip
#: (sessie 39Q, verse set 47) Hoe comfortabel te liggen in bed of 's nachts gevraagd, of tips gevraagd na het verteld
#: ("hoe geraak ik comfortabel in mijn bed?", "ik lig nooit lekker in bed, tips?"): slapen, voor in bed blijven
SLEEP_POSITION_ASKED += (
    r"hoe (?:geraak|raak|kom|lig|krijg) (?:ik|k|je|men) (?:\w+ ){0,2}?(?:comfortabel|gemakkelijk|makkelijk|lekker|goed)\b (?:\w+ ){0,1}?(?:in (?:mijn |m'n |mn |het |t |'t |de |den )?(?:bed|bedde)|'s nachts|snachts)\b",
    r"(?:tips|advies|raad|trucjes|trucs)\b(?:\W+[\w']+){0,4}?\W+(?:in (?:mijn |m'n |mn |het |t |'t |de |den )?(?:bed|bedde)|'s nachts|snachts)\b(?:\W+[\w']+){0,2}?\W+(?:te )?(?:liggen|slapen)\b",
    r"(?:tips|advies|raad|trucjes|trucs)\b(?:\W+[\w']+){0,2}?\W+(?:om )?(?:comfortabel|gemakkelijk|lekker|goed|beter) (?:\w+ ){0,2}?(?:te )?(?:liggen|slapen)\b",
    r"(?:geraak|raak|lig|kom|kan) (?:ik |k )?(?:\w+ ){0,1}?(?:niet|nie|nooit|moeilijk|amper) (?:\w+ ){0,1}?(?:comfortabel|gemakkelijk|makkelijk|lekker)\b(?:\W+[\w']+){0,4}?\W+(?:in (?:mijn |m'n |mn |het |t |'t |de |den )?(?:bed|bedde)|'s nachts|snachts)\b(?:\W+[\w']+){0,5}?\W+(?:tips|advies|raad|wat (?:kan|moet|doe) ik|hoe)\b",
)  # fmt: skip
#: (sessie 39Q, verse set 47) Wanneer het begint te minderen of af te nemen ("wanneer begint dat normaal wat te
#: minderen?"): de hersteltijd eerst
HEALING_BY_ASKED += (
    r"(?:wanneer|tegen wanneer|vanaf wanneer|hoe snel)\b(?:\W+[\w']+){0,1}?\W+(?:het|dat|da|de pijn|die pijn|mijn rug|m'n rug|mn rug|de rugpijn)\b(?:\W+[\w']+){0,4}?\W+(?:minderen|afnemen|af te nemen|af nemen|verbeteren|wegtrekken|weg te trekken|bijtrekken|bij te trekken|verminderen|beteren)\b",
)  # fmt: skip
#: (sessie 39Q, verse set 47) De tussenkomst van het ziekenfonds, of alles zelf betalen ("komt het ziekenfonds nog
#: tussen?", "betaal ik dan alles zelf?"): de terugbetaling
INSURANCE_ASKED += (
    r"(?:komt|komen|kwam|zal) (?:\w+ ){0,3}?(?:mutualiteit|mutualiteiten|ziekenfonds|ziekenkas|mutuelle|mutualiteit|verzekering|zorgverzekeraar|verzekeraar)\b(?:\W+[\w']+){0,3}?\W+tussen\b",
    r"tussenkomst (?:\w+ ){0,2}?(?:mutualiteit|ziekenfonds|ziekenkas|mutuelle|verzekering)\b",
    r"(?:betaal|betalen|betaalt) (?:ik|k|we|je) (?:\w+ ){0,2}?(?:alles|volledig|zelf|uit eigen zak)\b", r"uit eigen (?:zak|portemonnee|beurs) (?:\w+ ){0,1}?(?:betalen|betaal|betaald)\b",
)  # fmt: skip
# (sessie 39N) blijvende of onherstelbare schade gevreesd ("hou ik daar blijvende schade aan over?"): hoe ernstig het is
# (SERIOUS_ASKED); schade gevreesd van wat men doet ("als ik blijf voetballen") of van een operatie blijft die vraag
_GEEN_OORZAAK = r"^(?!.*\b(?:als|wanneer|terwijl|operatie\w*|opereren|geopereerd|chirurg\w*|inspuiting\w*|infiltratie\w*)\b)"
SERIOUS_ASKED += (
    _GEEN_OORZAAK + r".*?\b(?:blijvende|blijvend|permanente|permanent|onherstelbare|onherstelbaar|levenslange|levenslang) (?:schade|letsel|gevolgen|beschadiging\w*|beschadigd|kapot)\b",
)  # fmt: skip
# (sessie 39N) wat men zelf betaalt, wat na de mutualiteit overblijft ("hoeveel moet ik zelf opleggen per keer?", "het
# remgeld", "voor eigen rekening"): het antwoord van de terugbetaling (COST_ASKED)
COST_ASKED += (
    r"remgeld\w*", r"eigen bijdrage\w*", r"(?:eigen rekening|eigen zak|eigen portemonnee|eigen portefeuille)\b",
    r"hoeveel (?:\w+ ){0,4}?zelf (?:(?:op|bij)(?=\s*(?:[?.!,]|$|(?:als|per|na|voor|bij)\b))|(?:\w+ ){0,2}?(?:opleggen|bijleggen|betalen|bijbetalen|ophoesten|neerleggen)\b)",
    r"(?:opleggen|bijleggen|bijbetalen) (?:\w+ ){0,3}?(?:per|bij|voor) (?:\w+ )?(?:keer|beurt|sessie|behandeling|consultatie|kine)\b",
)  # fmt: skip
# (sessie 39N) gewoon doorgaan tegenover de rug sparen of ontzien ("mag ik gewoon mijn gang gaan of moet ik mijn rug
# sparen?"): rusten of bewegen (BED_REST_ASKED); met het werk, een sport of rijden genoemd blijft het die vraag
_GEEN_WERK_OF_SPORT = (r"^(?!.*\b(?:werk\w*|job|shift|baas|kantoor|winkel|sport\w*|fitness|voetbal\w*|joggen|lopen|fietsen|zwemmen|tennis|"
                       r"padel|training|trainen|rijden|auto)\b)")
_SPAREN = r"(?:sparen|spare|ontzien|ontzie|rustig aan doen|beschermen|in de watten leggen|voorzichtig zijn|voorzichtig mee zijn)"
BED_REST_ASKED += (
    _GEEN_WERK_OF_SPORT + r".*?\b(?:gewoon|normaal|zoals altijd|zoals gewoonlijk|zoals anders|mijn gang|mijne gang|m'n gang|alles blijven doen|alles doen|doorgaan|verder leven|verder doen|voortdoen|voort doen)\b(?:\W+\w+){0,6}?\W+of (?:\w+ ){0,4}?" + _SPAREN + r"\b",
    _GEEN_WERK_OF_SPORT + r".*?\b" + _SPAREN + r"\b(?:\W+\w+){0,4}?\W+of (?:\w+ ){0,3}?(?:gewoon|normaal|doorgaan|verder\w*|mijn gang|mijne gang|voortdoen)\b",
)  # fmt: skip
# (sessie 39N) beter tegen een feestdag ("is dat tegen nieuwjaar over?", "ben ik er voor kerstmis vanaf?"): de
# hersteltijd (HEALING_BY_ASKED); een feestdag verteld als het begin blijft de gestelde vraag
_FEESTDAG = (r"(?:kerstmis|kerst|kerstdag|kerstavond|kerstvakantie|nieuwjaar|oudjaar|oudejaar|pasen|paasvakantie|pinksteren|carnaval|"
             r"krokusvakantie|allerheiligen|sinterklaas|de zomer|de zomervakantie|de vakantie|het verlof|het bouwverlof)")
HEALING_BY_ASKED += (
    r"tegen " + _FEESTDAG + r"\b(?: \w+){0,5}? (?:over|beter|genezen|weg|voorbij|ok|oke|in orde|goed|hersteld|vanaf|van af|gedaan)\b",
    r"(?:ben|is|zijn|zal|zou|wordt|gaat) (?:\w+ ){0,3}?voor " + _FEESTDAG + r" (?:\w+ ){0,2}?(?:over|beter|genezen|voorbij|in orde|hersteld|vanaf|van af)\b",
    r"(?:over|beter|genezen|weg|voorbij|hersteld|in orde|vanaf) (?:\w+ ){0,2}?tegen " + _FEESTDAG + r"\b",
)  # fmt: skip

#: (sessie 39P) Wat de FAQ van de praktijk niet beantwoordt, gevraagd met het woord van een onderwerp: een handdoek
#: meebrengen of zich uitkleden ("moet ik een handdoek meebrengen?"), een oefenzaal om zelf te trainen, een bezoek op
#: het werk, zwangerschapsgym, waar of hoe snel een scan elders, een verslag vooraf doorsturen, een plaats voor de fiets,
#: wandelroutes in de buurt: geen antwoord gaat erover. Wat aan te trekken naar de eerste afspraak blijft de rol van de
#: kine (FIRST_VISIT_ASKED), een warme handdoek warmte, of een scan nodig is de scan, sporten als zwangere de zwangerschap
_SCAN_NL = r"(?:mri|nmr|scans?|scanner|ct|ct-scan|rontgen\w*|radio|echo(?:grafie)?)"
PRACTICE_MATTERS += (
    r"(?<!warme )(?<!natte )(?<!koude )(?<!vochtige )(?<!opgerolde )handdoek(?:en)?\b(?! (?:\w+ )?(?:op|onder|rond|tegen|om)\b)",
    r"uitkle(?:den|edt|ed|de)\b", r"(?:kleren|kleding|broek|trui|hemd|t-shirt) (?:\w+ )?uit ?(?:doen|trekken|te doen|te trekken|gedaan|getrokken)\b",
    r"in (?:mijn |mn |m'n |uw |je |ons )?(?:ondergoed|onderbroek|slip|bh)\b",
    r"(?:fitness|oefen|trainings|sport|revalidatie)[- ]?(?:ruimte|ruimtes|zaal|zalen|lokaal)\b",
    r"werkpost\w*", r"bedrijfsbezoek\w*", r"ergonomische (?:analyse|screening|doorlichting|bezoek)\w*",
    r"langs(?:komen|gaan)? (?:op|in|naar|bij) (?:het|ons|onze|mijn|m'n|mn|de|ne|nen) (?:werk|bedrijf|kantoor|firma|fabriek|werkplek|school)\b",
    r"(?:(?:doen|geven|hebben|organiseren|organiseert|bieden|biedt|hebt|doet|geeft)(?: \w+){0,2}? (?:jullie|julder|gij|ge|u|de praktijk)|(?:is|zijn) (?:er|d'r)) (?:\w+ ){0,4}?"
    r"(?:zwangerschaps(?:yoga|gym|turnen|zwemmen|pilates|cursus\w*|les|lessen|fitness|training\w*|groep\w*)|prenatale? (?:gym|yoga|pilates|les|lessen|cursus\w*|turnen|zwemmen|fitness|training\w*))\b",
    rf"waar (?:kan|kun|moet|ga|zou|kunnen) (?:ik|je|ge|men|we|k) (?:\w+ ){{0,3}}?(?:terecht|laten (?:maken|nemen|doen)|krijgen|heen|naartoe)\b(?:\W+\w+){{0,3}}?\W+{_SCAN_NL}\b",
    rf"welk(?:e)? (?:ziekenhuis|ziekenhuizen|centrum|kliniek|radiolog\w*)\b(?:\W+\w+){{0,6}}?\W+{_SCAN_NL}\b",
    rf"{_SCAN_NL}\b(?:\W+\w+){{0,5}}?\W+(?:zonder (?:\w+ )?wacht\w*|wachtlijst\w*|wachttijd\w*|snelst\w*)",
    rf"(?<!voor )(?<!voor een )(?<!voor ne )(?<!voor nen )(?:verslag\w*|{_SCAN_NL}|rontgenfoto\w*|resultat\w*|beelden|documenten|papieren)'?s?\b(?:\W+\w+){{0,6}}?\W+(?:door|op)?(?:sturen|mailen|e-?mailen|uploaden|bezorgen|doorgeven)\b",
    rf"(?:wachttijd|wachtlijst)\w* (?:\w+ ){{0,2}}?(?:voor|bij|op) (?:een |de |het |ne |nen )?{_SCAN_NL}\b",
    r"fiets(?:en)?(?:stalling|rek|rekken|parking|berging|beugel\w*|stal)\b", r"fiets(?:en)? (?:\w+ ){0,2}?(?:kwijt|zetten|stallen|parkeren|plaatsen|achterlaten|vastmaken|op slot)\b",
    r"(?:wandel|fiets|mountainbike|natuur)(?:routes?|paden|pad|wandelingen)\b",
)  # fmt: skip
#: (sessie 39P) De rug van een kind ("mijn dochter van 10 heeft pijn in haar rug, is dat erg?"): een andere patiënt, de
#: rug genoemd is die van het kind; de eigen rug bij het tillen van een kind blijft van de persoon
OTHER_PATIENTS += (
    r"(?:mijn|mn|m'n|me|onze|ons) (?:dochter|dochtertje|zoon|zoontje|kind|kindje|kleine|kleinzoon|kleindochter|tiener|puber|jongen|meisje|manneke|ventje)\b(?:\W+(?!ik\b|k\b|mijn\b|mn\b|m'n\b|mij\b|me\b)\w+){0,8}?\W+(?:haar|zijn|z'n|zn|hare|zijne|der|ze) (?:\w+ )?(?:rug|ruggetje|onderrug)\b",
    r"(?:rug|ruggetje|onderrug|rugpijn) van (?:mijn|mn|m'n|onze|ons) (?:dochter|dochtertje|zoon|zoontje|kind|kindje|kleine|tiener|puber)\b",
)  # fmt: skip
#: (sessie 39P) Een voorschrift of verwijsbrief meebrengen gevraagd ("moet ik een verwijsbrief meenemen naar de eerste
#: sessie?"): het antwoord van het voorschrift, vóór wat mee te brengen naar de eerste afspraak (faq.py _ASKED_AS)
PRESCRIPTION_BROUGHT = (
    r"(?:moet|moeten|mag|zal|zou|moe) (?:ik|ge|gij|je|we|k) (?:\w+ ){0,3}?(?:een |mijn |mn |m'n |het |de |nen |ne )?(?:voorschrift|verwijsbrief|doorverwijzing|verwijzing)\w* (?:\w+ ){0,2}?(?:meebrengen|meenemen|meepakken|mee hebben|bij hebben|bijhebben|afgeven)\b",
)  # fmt: skip

#: (sessie 40P) Een dosis pijnstillers gevraagd met een merk of een aantal ("ik neem 3 keer per dag een perdolan, mag er
#: nog een bij?", "al 4 paracetamol vandaag, is nog eentje te veel?"): eerst pijnstillers (faq.py's _ASKED_FIRST, met
#: PAINKILLER_ASKED); de medicatie van een kind of een ander lichaamsdeel blijft een ander onderwerp
_NOG_EEN = (r"(?:nog (?:een|ene|eentje|ene|1|een extra|een derde|een vierde|ne|nen|enen)|een extra|er (?:nog )?(?:een|eentje|ene) bij|"
            r"(?:een |ne |nen )?(?:derde|vierde|vijfde)\b|te veel|teveel|het maximum|de maximale dosis|maximale dosis|over de limiet)")
_GETELD = (r"(?:\d+|een|twee|drie|vier|vijf|zes) (?:x |keer |maal )?(?:\w+ )?" + _PIJNSTILLER
           + r"|" + _PIJNSTILLER + r" (?:\d+ ?(?:mg|g|gr)? |forte )?(?:\d+|een|twee|drie|vier|vijf|zes) ?(?:x|keer|maal)\b")
#: (sessie 40P) De dosis van een kind of iemand anders gevraagd ("mag mijn zoontje nog een dafalgan?", "mag hij er nog een
#: nurofen bij?"): een andere patiënt, geen antwoord van de pijnstillers (de eigen dosis is PAINKILLER_ASKED)
_IEMAND_ANDERS = (r"(?:hij|zij|ze|hem|haar|(?:mijn|m'n|mn|ons|onze|mijne) (?:\w+ )?(?:zoon|zoontje|dochter|dochtertje|kind|kindje|kleine|baby|"
                  r"ventje|meisje|jongen|man|vrouw|partner|moeder|vader|mama|papa|ma|pa|oma|opa|bomma|bompa))")
OTHER_PATIENTS += (
    r"(?:mag|kan|mogen|kunnen|moet|moeten|mag er|kan er) " + _IEMAND_ANDERS + r" (?:\w+ ){0,3}?(?:nog )?(?:een |ene |eentje |ne |nen |\d+ )?(?:extra |derde |vierde )?" + _PIJNSTILLER + r"\b",
    r"(?:geven|geef|gegeven) (?:\w+ ){0,2}?" + _PIJNSTILLER + r"\b(?:\W+\w+){0,3}?\W+aan " + _IEMAND_ANDERS + r"\b",
    r"(?:geef|geven) (?:ik )?" + _IEMAND_ANDERS + r" (?:\w+ ){0,2}?" + _PIJNSTILLER + r"\b",
)
PAINKILLER_ASKED += (
    r"(?:" + _GETELD + r")(?:\W+[\w'-]+){0,12}?\W+" + _NOG_EEN,
    _NOG_EEN + r" (?:\w+ ){0,2}?" + _PIJNSTILLER + r"\b(?:\W+\w+){0,3}?\W+(?:nemen|bijnemen|pakken|innemen|slikken|bij)\b",
    r"(?:mag|kan|mogen|kunt|moogt|meugt) (?:ik|k|'k|ek|ge|je) (?:er )?(?:nog )?(?:een|eentje|ene|ne|nen) " + _PIJNSTILLER + r" (?:\w+ )?(?:bij ?nemen|bij ?pakken|bij)\b",
)  # fmt: skip
#: (sessie 40P) Wat er gebeurt bij de eerste sessie of afspraak, gevraagd: de rol van de kine, ook met zich uitkleden of een
#: handdoek erna gevraagd, wat in die sessie gebeurt (faq.py _practice_matter_asked); zich uitkleden alleen gevraagd blijft
#: een zaak van de praktijk
PHYSIO_ROLE_ASKED += (
    r"wat (?:\w+ )?(?:gebeurt|gebeurd|gebeurde|gaat (?:er )?gebeuren|doet (?:de |een )?" + _KINE + r"|doen jullie|doet ge|doet u|doen ze) (?:er )?(?:\w+ )?(?:(?:bij|op|tijdens|in|aan) )?(?:de |een |mijn |m'n |mn |die |ne |nen |den |uw |onze )?(?:allereerste|eerste) (?:\w+ )?(?:sessie|afspraak|behandeling|consultatie|keer|beurt|bezoek|raadpleging)\b",
    r"(?:hoe|wa|wat) (?:verloopt|verlopen|gaat|is) (?:\w+ ){0,3}?(?:de |een |mijn |m'n |mn |die |ne |nen |den |uw )?(?:allereerste|eerste) (?:\w+ )?(?:sessie|afspraak|behandeling|consultatie|keer|beurt|bezoek|raadpleging)\b",
    r"(?:hoe|wat) (?:gaat|ziet) (?:da|dat|het|t|'t|dat allemaal) (?:\w+ ){0,4}?(?:in z'?n werk|eraan toe|eruit|er uit) (?:\w+ ){0,2}?(?:bij|op|tijdens) (?:de |een |mijn |m'n |mn |die |ne |nen |den |uw )?(?:allereerste|eerste)\b",
)  # fmt: skip

#: (session 41Q) Een titel waarmee de vraag begint, zonder groet ("dokter, mag ik ...", "mevrouw hoelang ..."): geen woord
#: van de vraag (faq.py's _GREETING neemt hem weg zoals een groet).
ADDRESSED = ("dokter", "meneer", "mevrouw")
#: (session 41Q) Of een scan nodig is, in eender welke woorden ("is het tijd voor een scan of niet", "moet ik een mri laten
#: maken"), of een huisarts die er geen wil laten maken ("mijn huisarts wil geen scan laten doen, is dat normaal?"): de
#: scan (faq.py's _ASKED_FIRST). Een scan die al gepland of gedaan is, een verslag om te lezen: geen scanvraag.
_SCAN_ASKED_NL = rf"(?:{_SCAN_NL}|foto|fotos|foto's)"  # "een foto laten maken" is een röntgenfoto
SCAN_ASKED = (
    rf"(?:moet|moeten|zou|zal|ga|mag) (?:ik|k|ge|je|men|we) (?:\w+ ){{0,3}}?(?:een |ne |nen |de |geen )?{_SCAN_ASKED_NL} (?:\w+ ){{0,2}}?(?:laten (?:maken|nemen|doen|trekken)|nemen|doen|maken|krijgen|hebben|aanvragen|vragen|trekken)\b",
    rf"(?:heb|hebt|heeft|hebben) (?:ik|k|ge|je|men|we) (?:\w+ ){{0,2}}?(?:een |ne |nen |de )?{_SCAN_ASKED_NL} (?:\w+ ){{0,2}}?nodig\b",
    rf"(?:is|zou|zal) (?:een |ne |nen |de )?{_SCAN_ASKED_NL} (?:\w+ ){{0,2}}?(?:nodig|nuttig|zinvol|aangewezen|noodzakelijk|zinloos|nutteloos)\b",
    rf"(?:tijd|moment) (?:voor|om) (?:(?!mijn\b|m'n\b|mn\b)\w+ ){{0,2}}?{_SCAN_ASKED_NL}\b",
    rf"{_SCAN_ASKED_NL}\b(?:\W+\w+){{0,4}}?\W+of (?:niet|nie|ni|nog niet|nog wachten|wachten|nog even wachten)\b",
    rf"(?:huisarts|dokter|arts|dok|specialist|chirurg|orthopedist|neuroloog)\w*\b(?:\W+\w+){{0,2}}?\W+(?:wil|wilt|wou|wilde)\b(?:\W+\w+){{0,4}}?\W+(?:geen|gene|niet|nie|ni)\b(?:\W+\w+){{0,4}}?\W+{_SCAN_ASKED_NL}\b",
    rf"(?:huisarts|dokter|arts|dok|specialist|chirurg|orthopedist|neuroloog)\w*\b(?:\W+\w+){{0,2}}?\W+weiger\w*\b(?:\W+\w+){{0,4}}?\W+{_SCAN_ASKED_NL}\b",
)  # fmt: skip
#: (sessie 41P) De uren, de ligging of de wachtdienst van een andere plaats gevraagd, of waar parkeren of hoe met de bus
#: of tram te komen ("welke apotheek is zondag open in de buurt?", "wanneer is het bezoekuur op de afdeling?", "waar kan
#: ik mijn wagen zetten als ik kom?", "stopt er een tram in de buurt van de praktijk?"): het bestand van de praktijk
#: beantwoordt geen ervan (geen parking, geen openbaar vervoer), dus geen onderwerp, nooit de uren of het adres van de
#: praktijk. De eigen uren en het adres blijven de openingsuren; de huisarts van wacht, de wachtpost en 1733 blijven
#: wanneer naar de dokter (het vangnet); de apotheker om een pijnstiller gevraagd blijft de pijnstillers
_ZORGPLAATS = r"(?:huisarts|huisdokter|dokter|doktoor|groepspraktijk|dokterspraktijk|wijkgezondheidscentrum)(?:en|s)?\b(?! van wacht)(?! van dienst)"
_AUTO = r"(?:auto|wagen|oto|otto|camionette|bestelwagen|moto|motor|brommer)\b"
_BIJ_ONS = r"(?:bij|naar|aan|tot aan|tot bij|in de buurt van|dichtbij|vlakbij|vlak bij|dicht bij) (?:jullie|julder|julle|gullie|u|ulder|de praktijk|het kabinet|uw praktijk|de kine|jullie praktijk)\b"
PRACTICE_MATTERS += (
    r"(?:welke|welk|wie|is er|zijn er|weet (?:\w+ )?(?:iemand|u|ge|gij|jij|je) (?:\w+ )?(?:welke|een)) (?:nog |ergens |hier |al )?(?:een |nen |ne )?(?:\w+ ){0,1}?" + _OTHER_PLACES + r" (?:\w+ ){0,6}?(?:open|dicht|gesloten|toe|van wacht|van dienst|met wachtdienst)\b",
    r"(?<!naar de )(?<!bij de )(?<!van de )(?<!naar den )(?<!bij den )(?:apothe\w*|drogist\w*) (?:\w+ ){0,2}?(?:van wacht|van dienst|met wachtdienst)\b",
    r"(?<!naar de )(?<!bij de )(?:wachtapothe\w*|dienstdoende apothe\w*|nachtapothe\w*|apotheekwacht\w*|wachtdienst van de apothe\w*)",
    r"(?:waar|hoe ver)(?: is| zijn| ligt| liggen)? (?:de |het |een )?(?:dichtstbijzijnde|dichtste|naaste) " + _OTHER_PLACES + r"\b",
    r"bezoek(?:uur|uren|tijden|tijd|regeling)\b",
    r"(?:openingsu(?:ur|ren)|sluitingsu(?:ur|ren)|openingstijden|spreeku(?:ur|ren)|consultatie-?u(?:ur|ren)|uren) (?:van|bij) (?:de|mijn|m'n|mn|onze|den|ne|nen) " + _ZORGPLAATS,
    r"(?:wanneer|hoe laat|tot hoe laat|tot wanneer|om hoe laat) (?:is|gaat|sluit|opent|doet|zijn|gaan|sluiten|openen) (?:de|mijn|m'n|mn|onze|den|ne|nen) " + _ZORGPLAATS + r" (?:\w+ ){0,2}?(?:open|dicht|toe|gesloten|opent|sluit)\b",
    r"(?:is|zijn|gaat|gaan) (?:de|mijn|m'n|mn|onze|den|ne|nen) " + _ZORGPLAATS + r" (?:\w+ ){0,3}?(?:open|dicht|gesloten)\b",
    # de auto gezet of gelaten bij het komen
    r"(?:waar|ergens|plaats|plek|plekje) (?:\w+ ){0,4}?" + _AUTO + r"(?:\W+\w+){0,3}?\W+(?:zetten|zette|plaatsen|laten staan|achterlaten|neerzetten|kwijt|stallen|laten)\b",
    r"(?:waar|ergens|plaats|plek) (?:\w+ ){0,2}?(?:zet|zetten|plaats|plaatsen|laat|laten|stal|stallen) (?:ik |we |wij |je |k |men |ge )?(?:mijn |m'n |mn |de |den |onze |ons |me |ne |nen |een )?" + _AUTO,
    _AUTO + r" (?:\w+ ){0,3}?voor de deur (?:zetten|laten staan|plaatsen|parkeren)\b",
    # met de bus, tram, trein of metro komen
    r"openbaar vervoer\b", r"(?:bus|tram|trein|metro)(?:halte|haltes|station|stations|lijn|lijnen)\b",
    r"(?:welke|welk) (?:bus|tram|trein|metro|lijn)\b",
    r"(?:met|per) (?:de |den )?(?:bus|tram|trein|metro)\b(?: \w+){0,3}? " + _BIJ_ONS,
    _BIJ_ONS + r"(?: \w+){0,3}? (?:met|per) (?:de |den )?(?:bus|tram|trein|metro)\b",
    r"(?:stopt|stoppen|rijdt|rijden|passeert|komt) (?:er )?(?:een |de |nen |ne )?(?:bus|tram|trein|metro)\b(?: \w+){0,2}? " + _BIJ_ONS,
)  # fmt: skip
#: (sessie 42Q) Met het openbaar vervoer komen in meer woorden gevraagd ("is er een halte van de lijn dichtbij?", "aan welke
#: halte moet ik afstappen?", "welk nummer heeft de tram naar jullie?", een vervoerder genoemd: De Lijn, NMBS, MIVB): geen
#: onderwerp, zoals in 41P (het bestand van de praktijk heeft geen openbaar vervoer). Waar de praktijk is blijft de ligging
PRACTICE_MATTERS += (
    r"(?:is er|zijn er|welke|welk|dichtste|dichtstbijzijnde|waar is de|waar zit de|waar ligt de) (?:\w+ )?(?:halte|haltes|stopplaats|opstapplaats)\b",
    r"(?:halte|haltes|stopplaats)\b(?: \w+){0,4}? " + _BIJ_ONS,
    r"(?:waar|welke halte|aan welke halte|bij welke halte) (?:moet|kan|mag|zal) (?:ik|k|je|ge|men|we) (?:\w+ ){0,2}?(?:afstappen|uitstappen|afstappe|uitstappe)\b",
    r"(?:bus|bussen|tram|trams|buslijn|tramlijn|halte|haltes|abonnement)\w* van de lijn\b", r"(?:met|per) de lijn\b(?! van\b)",
    r"\b(?:nmbs|sncb|mivb|stib)\b",
    r"(?:welk|wat is het|wat is t) (?:nummer|lijnnummer)\b(?: \w+){0,3}? (?:bus|tram|metro)\b", r"(?:bus|tram)(?:nummer|nr)\b",
)  # fmt: skip
#: (sessie 42Q) Hoe te liggen of te slapen gevraagd, een houding genoemd of kaal ("'s nachts is het de hel, hoe moet ik
#: liggen, op mijn zij?", "hoe moet ik nu liggen?"): de slaap eerst, wat de classifier ook leest; blijven liggen of plat
#: liggen blijft rusten of bewegen
SLEEP_POSITION_ASKED += (
    r"hoe (?:moet|kan|mag|zal|zou|lig|ligt|slaap|slaapt) (?:ik|k|je|ge|men) (?:\w+ ){0,2}?(?:liggen|slapen|lig|slaap)?\b(?:\W+\w+){0,3}?\W+op (?:mijn|m'n|mn|men|me|mijne|de|den|ne|nen) (?:zij|zijkant|buik|rug)\b",
    r"hoe (?:moet|kan|mag|zou) (?:ik|k|je|ge) (?:nu |dan |best |het best |eigenlijk |toch )?(?:liggen|slapen)\b(?! (?:\w+ )?(?:blijven|werken|zitten))",
)  # fmt: skip
#: (sessie 42Q) Verlamd raken of in een rolstoel belanden gevreesd en gevraagd ("kan ik hier verlamd van raken?", "ik ben
#: bang dat ik verlamd word"): hoe ernstig het is (een been dat niet meer werkt verteld is voor de rode vlaggen, ervoor)
_VERLAMD = r"(?:verlamd|verlamming|verlamde|invalide|gehandicapt)"
SERIOUS_ASKED += WHEELCHAIR_FEARED + (
    r"(?:kan|kun|kunt|zal|zou|ga|gaat|word|wordt|raak|raakt|geraak|geraakt) (?:ik|k|je|ge|gij|men|dat|het|dit) (?:\w+ ){0,3}?" + _VERLAMD + r" (?:\w+ ){0,2}?(?:raken|worden|geraken|blijven|van worden|van raken)\b",
    r"(?:bang|schrik|angst|ongerust|vrees|vreest|panikeer|in paniek)\b(?:\W+\w+){0,6}?\W+" + _VERLAMD + r"\b",
    r"(?:kans|risico|gevaar) (?:\w+ ){0,2}?(?:op )?(?:een )?" + _VERLAMD + r"\b",
)  # fmt: skip
#: (sessie 42Q) De rug opzij gezet ("los van mn rug doet mijn knie pijn"): niet het onderwerp van de vraag, dus een ander
#: lichaamsdeel daar is een ander onderwerp (faq.about_something_else); ook de knie voor het werkwoord ("sinds ik loop doet
#: mijn knie pijn")
BACK_SET_ASIDE = (
    r"(?:los van|buiten|behalve|naast|apart van|afgezien van|niet) (?:mijn|mn|m'n|me|men|mijne|de|den) (?:onder)?rug(?:pijn)?\b",
    r"(?:niks|niets) (?:te maken )?met (?:mijn|mn|m'n|me|men|mijne|de|den) (?:onder)?rug\b",
)  # fmt: skip
OTHER_BODY_PARTS += (
    rf"(?:doet|doen|deed|deden) {_BEZIT} {_KLACHT_DELEN} (?:\w+ ){{0,2}}?(?:pijn|zeer|au)\b",
)  # fmt: skip

# --- Sessie 43Q1 (issue 16, verse set 51) ---
#: (sessie 43Q1) Terug gaan werken gevraagd, eerst halftijds ("wanneer kan ik best terug gaan werken, eerst halftijds?"):
#: werk, wat de woorden van de genezingstijd ook zeggen (gelezen met LIGHTER_DUTIES_ASKED en STAY_HOME_ASKED)
WORK_RETURN_ASKED = (
    r"terug (?:\w+ ){0,2}?(?:gaan |beginnen |starten )?werken\b",
    r"terug (?:\w+ ){0,3}?(?:beginnen|starten|gaan|aan de slag) (?:op|naar|in|met) (?:'t|t|het|mijn|m'n|mn|me|mijne|den|de) (?:werk|job|zaak|kantoor|werf)\b",
    r"weer (?:aan het|aan 't|naar mijn|naar het|naar m'n) werk\b", r"werk (?:\w+ ){0,2}?hervatten\b",
    r"(?:halftijds|deeltijds|halve dagen) (?:\w+ ){0,2}?(?:werken|beginnen|starten|hervatten|herbeginnen)\b",
)  # fmt: skip
#: (sessie 43Q1) Een sport gevraagd als oké, of welke toestellen in de fitness: sport
SPORT_STOP_ASKED += (
    r"(?:is|zijn) " + _SPORTEN + r" (?:\w+ ){0,1}?(?:oke|ok|goed|veilig|verantwoord)\b",
    r"(?:welke|wat voor|welk) (?:\w+ )?(?:toestellen|toestel|machines?) (?:\w+ ){0,3}?(?:in|op|van) (?:de|den|het|mijn|m'n|mn) (?:fitness|gym|sportschool|sportzaal)\b",
    r"(?:fitness|gym|sportschool)\b(?:\W+\w+){0,4}?\W+welke (?:toestellen|machines)\b",
)  # fmt: skip
#: (sessie 43Q1) Parkeermanoeuvres verteld bij autorijden ("achteruit parkeren lukt amper"): wat rijden is, geen zaak van
#: de praktijk (waar parkeren blijft er een); voor niks in de wachtzaal zitten, na wanneer naar de dokter gevraagd, is
#: de twijfel van de persoon (de wachtzaal van de huisarts beklaagd blijft een ander onderwerp)
SUBJECT_FREE_PHRASES += (
    r"achteruit (?:in ?)?parke\w*", r"(?:in|uit|file) ?parkeren\b", r"omdraaien (?:\w+ ){0,2}?(?:om )?(?:te )?(?:in)?parkeren\b",
    r"(?:voor niks|voor niets|voor niet|zomaar) (?:\w+ ){0,2}?in (?:de|den|die) (?:\w+ )?(?:wachtzaal|wachtkamer)\b",
    r"(?:wachtzaal|wachtkamer) (?:\w+ ){0,2}?(?:voor niks|voor niets)\b",
)  # fmt: skip
#: (sessie 43Q1) Online of via de site boeken of bellen, en hoe afzeggen (afzeggen gaat via dezelfde link en telefoon):
#: boeken; die zin is geen zaak van de praktijk (wat laat afzeggen kost blijft er een)
BOOKING_ASKED += (
    r"(?:kan|mag|kunnen) (?:ik|k|we|je|ge) (?:\w+ ){0,2}?(?:online|via (?:de |jullie |uw )?(?:site|website|app|internet))\b(?:\W+\w+){0,3}?\W+(?:boeken|vastleggen|reserveren|inplannen|maken|inschrijven)\b",
    r"(?:online|via (?:de |jullie |uw )?(?:site|website|app))[^?.!]{0,30}?\bof (?:\w+ ){0,3}?(?:bellen|telefoneren|opbellen)\b",
    r"hoe (?:kan|moet|moete|mot) (?:ik|k|'k|ge|je) (?:\w+ ){0,3}?(?:afzeggen|annuleren|afbellen)\b",
    r"(?:afzeggen|annuleren|afbellen)[^?.!]{0,40}?\bhoe\b",
)  # fmt: skip
#: (sessie 43Q1) Een weekdag en kwart over of voor een uur: een vrij moment gevraagd
FREE_SLOT_ASKED += (
    r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|maondig|dinsdig|woensdig|donderdig|vriedig|vrijdig|zaoterdig|zaterdig|zoondig)\w* (?:\w+ ){0,2}?(?:om|rond|tegen|vanaf|na|omstreeks) kwart (?:over|voor|na) (?:\d{1,2}|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)\b",
)  # fmt: skip
#: (sessie 43Q1) Of een oud voorschrift of een verwijsbrief nog geldig is: het voorschrift
PRESCRIPTION_VALID_ASKED = (
    r"(?:voorschrift|verwijsbrief|verwijzing)\w*[^?.!]{0,80}?\b(?:nog (?:geldig|goed|bruikbaar|te gebruiken|gebruiken)|vervallen|verlopen|te oud)\b",
    r"(?:hoe lang|tot wanneer) (?:is|blijft) (?:een |mijn |het |de )?(?:voorschrift|verwijsbrief|verwijzing)\w* (?:\w+ )?geldig\b",
)  # fmt: skip
WITHOUT_REFERRAL_ASKED += (
    r"geen (?:voorschrift|verwijsbrief|verwijzing)\w* meer nodig", r"(?:voorschrift|verwijsbrief|verwijzing)\w* (?:\w+ ){0,3}?niet meer nodig",
)  # fmt: skip
#: (sessie 43Q1) Geld terug gevraagd, of wat een (buitenlandse) verzekering vergoedt: de terugbetaling
INSURANCE_ASKED += (
    r"(?:krijg|krijgen|krijgt|trek|trekken) (?:\w+ ){0,4}?(?:geld|centen|een deel) (?:\w+ ){0,2}?terug\b",
    r"(?:zorgverzeker\w*|verzekering|verzekeraar)[^?.!]{0,60}?\b(?:vergoeden|vergoedt|terugbetalen|terugbetaalt|dekt|dekken)\b",
)  # fmt: skip
#: (sessie 43Q1) Minder sessies gevraagd, of een voorgeschreven aantal als genoeg: die van de sessies, voor de oefeningen thuis
SESSION_COUNT_ASKED += (
    r"minder (?:sessies|afspraken|beurten|behandelingen|zittingen|bezoeken)\b",
    r"(?:\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf) (?:sessies|afspraken|bezoeken|behandelingen|beurten|zittingen)\b(?:(?!vergoe|terugbeta|betaal|verzeker|ziekenfonds|mutualiteit)[^?.!]){0,60}?\b(?:genoeg|voldoende|volstaan|volstaat|toereikend)\b",
)  # fmt: skip
#: (sessie 43Q2) Wat de kine doet gevraagd via de oefeningen voor thuis ("krijg ik enkel een blad met oefeningen mee?", "gaan
#: jullie mij oefeningen geven voor thuis of gebeurt alles in de praktijk?", "wat voor behandeling doen jullie?"): de rol van
#: de kine, voor het rusten of bewegen van de oefeningen (faq.py _ROLE_OVER_REST); oefeningen voor thuis alleen blijven dat
_BLAD = r"(?:blad|bladje|blaadje|papier|papiertje|lijst|lijstje|fiche|boekje|folder)"
_IN_PRAKTIJK = r"(?:in|op|bij) (?:de|uw|jullie|julder) (?:praktijk|kabinet|sessies?|sessie|behandeling|consultatie)\b|bij jullie\b"
PHYSIO_ROLE_ASKED += (
    r"(?:enkel|alleen|gewoon|maar|slechts|puur) (?:een |nen |ne |wat )?" + _BLAD + r" (?:met|vol|van) (?:\w+ )?oefeningen\b",
    r"oefeningen\b(?:\W+\w+){0,8}?\W+of (?:\w+ ){0,4}?(?:" + _IN_PRAKTIJK + r")",
    r"wat voor (?:soort |een )?(?:behandeling|behandelingen|therapie) (?:doen|geven|gebruiken|bieden) (?:jullie|julder|gullie|jij|je|ge|u|de kines?)\b",
)  # fmt: skip
#: (sessie 43Q2) Wat een scan toont, of het de moeite is ("ziet men op een radio of er iets beschadigd is?", "heeft het zin om
#: een scan te laten maken?"): de beeldvorming, voor hoe ernstig het is
SCAN_ASKED += (
    rf"(?:ziet|zie|zien|zag) (?:men|je|ge|ze|de dokter|ik) (?:\w+ ){{0,1}}?(?:op|met|via) (?:een |ne |nen |de |die )?{_SCAN_ASKED_NL}\b",
    rf"(?:toont|tonen|laat|laten|zal|zou|kan) (?:een |ne |nen |de |die )?{_SCAN_ASKED_NL} (?:\w+ ){{0,1}}?(?:tonen|zien|toont|laten zien|aantonen)?\b(?:\W+\w+){{0,1}}?\W+(?:of|wat)\b",
    rf"(?:zin|moeite|de moeite waard|nut) (?:\w+ ){{0,2}}?om (?:\w+ ){{0,3}}?(?:een |ne |nen |de )?{_SCAN_ASKED_NL} (?:\w+ ){{0,1}}?(?:te laten|te doen|te nemen|te maken)\b",
)  # fmt: skip
#: (sessie 43Q2) Blijvende schade gevreesd en gevraagd ("heb ik mijn rug voorgoed kapot gemaakt?"): hoe ernstig het is
_VOORGOED = r"(?:voorgoed|voor altijd|voor het leven|definitief|permanent|onherstelbaar)"
SERIOUS_ASKED += (
    r"\b" + _VOORGOED + r" (?:\w+ ){0,2}?(?:kapot|stuk|beschadigd|naar de knoppen|om zeep|verknald|versleten|gemaakt)\b",
    r"(?:kapot|stuk|beschadigd|verknald) (?:\w+ ){0,2}?" + _VOORGOED + r"\b",
)  # fmt: skip
#: (sessie 43Q2) Een hersteltermijn gelezen of gehoord, gevraagd ("ze zeggen overal 4 tot 6 weken om te genezen, klopt dat?"):
#: de hersteltijd
_GEHOORD = r"(?:zeggen|zegt|zei|zeiden|gelezen|lees|las|gehoord|hoor|internet|online|overal|google)"
HEALING_BY_ASKED += (
    _GEHOORD + r"\b(?:\W+\w+){0,6}?\W+\d+ ?(?:(?:tot|-|of|a|à) ?\d+ )?(?:weken|week|maanden|maand|dagen) (?:\w+ ){0,2}?(?:om te (?:genezen|herstellen)|voor (?:het|dat|da|t) (?:over|genezen|weg|beter) (?:is|zou zijn)|voor herstel|tot herstel|hersteltijd|genezingstijd)\b",
)  # fmt: skip
#: (sessie 43Q2) De eigen pijn van de hiel ("mijn hiel doet 's ochtends pijn"): een ander lichaamsdeel (de rugpijn tot in de
#: hiel is PAIN_GOES_TO); de knie met een zijde ertussen ("doet mijn knie aan de binnenkant pijn"); betalend parkeren in de buurt
OTHER_BODY_PARTS += (
    rf"{_BEZIT} (?:hiel|hielen) (?:\S+ ){{0,3}}?(?:doet|doen|deed|deden) (?:\S+ ){{0,6}}?(?:pijn|zeer|au)\b",
    rf"(?:doet|doen|deed|deden) {_BEZIT} {_KLACHT_DELEN} (?:\w+ ){{0,1}}?aan de (?:binnenkant|buitenkant|voorkant|achterkant|zijkant|onderkant|bovenkant) (?:\w+ )?(?:pijn|zeer|au)\b",
)  # fmt: skip
PRACTICE_MATTERS += (
    r"(?:betalend|betaald|gratis|betaal) (?:parkeren )?(?:in|op) (?:de|die|deze|uw|jullie) (?:buurt|straat|wijk|omgeving)\b",
)  # fmt: skip
#: (sessie 43Q2) Niet weten hoe te liggen of te slapen, als de vraag ("ik weet niet hoe ik moet liggen . op mijn zij ?"): slaap
SLEEP_POSITION_ASKED += (
    r"(?:weet|wist) (?:ik |k )?(?:niet|nie|ni|echt niet|geen idee) (?:meer |goed )?hoe (?:ik|k) (?:best |het best |nu )?(?:moet|kan|mag|zou) (?:liggen|slapen)\b(?! (?:blijven|werken|zitten))",
)  # fmt: skip
#: (sessie 44Q3) Hoeveel sessies, gevraagd als een paar keer tegenover maanden ("is da 3 of 4 keer en gedaan of zijn we
#: maanden bezig?"): de sessies (SESSION_COUNT_ASKED); weken of maanden voor het genezen alleen blijft de genezingstijd
SESSION_COUNT_ASKED += (
    r"(?:\d+|een paar|paar|enkele|een stuk of \d+|twee|drie|vier|vijf|zes) (?:(?:of|tot|a|-) ?\d+ )?(?:keer|keren|sessies|beurten|behandelingen|afspraken|consultaties)\b(?:\W+\w+){0,6}?\W+of\b(?:\W+\w+){0,5}?\W+maanden\b",
)  # fmt: skip
#: (sessie 44Q3) Een operatie gevreesd, gevraagd als er ooit aan moeten ("moet ik ooit onder het mes?", "ga ik uiteindelijk
#: geopereerd moeten worden?"): chirurgie; een operatie verteld als voorbij blijft geen vraag
SURGERY_ASKED += (
    r"(?:moet|moeten|zal|zullen|ga|gaan|zou|kom) (?:ik|k|ge|je|men|we) (?:\w+ ){0,3}?(?:onder het mes|geopereerd|een operatie (?:nodig|krijgen|moeten))\b",
)  # fmt: skip
#: (sessie 44Q3) Beginnen voor het voorschrift van de dokter, later binnengebracht ("mag ik al beginnen en het voorschrift
#: later binnenbrengen?"): het voorschrift (WITHOUT_REFERRAL_ASKED)
WITHOUT_REFERRAL_ASKED += (
    r"(?:beginnen|starten|begin|start|al komen)\b(?:\W+\w+){0,7}?\W+(?:voorschrift|verwijsbrief|verwijzing)\b(?:\W+\w+){0,3}?\W+(?:later|achteraf|nadien|erna|de volgende keer)\b",
)  # fmt: skip
#: (sessie 44Q3) Wandelen of de hond uitlaten gevraagd tegenover het erger maken ("mag ik nog met de hond gaan wandelen of
#: maak ik het erger?"): rusten of bewegen (BED_REST_ASKED); verteld dat wandelen het erger maakt vraagt niets
BED_REST_ASKED += (
    r"(?:wandelen|wandeling|wandelingen|toerke|toertje|ommetje|ommeke|stappen|de hond uitlaten|met de hond)\b(?:\W+\w+){0,6}?\W+of\b(?:\W+\w+){0,4}?\W+(?:erger|slechter)\b",
)  # fmt: skip
#: (sessie 44Q3) Waar het kussen moet, de ene plaats tegenover de andere ("kussen tussen de knieën of eronder?"): slaap
SLEEP_POSITION_ASKED += (
    r"(?:kussen|kussens|kussentje|hoofdkussen)\b(?:\W+\w+){0,2}?\W+(?:tussen|onder) (?:mijn |mn |m'n |de |uw )?(?:knieen|benen)\b(?:\W+\w+){0,3}?\W+of (?:\w+ ){0,2}?(?:tussen|onder|eronder|ertussen)\b",
)  # fmt: skip
#: (sessie 44Q3) Wat de kine doet, gevraagd als een vast programma of op maat ("werken jullie met een vast schema of op
#: maat?"): de rol van de kine
PHYSIO_ROLE_ASKED += (
    r"(?:vast|vaste|standaard|zelfde)\w*\b(?:\W+\w+){0,2}?\W+(?:programma|programmas|schema|schemas|protocol|plan|pakket)\b(?:\W+\w+){0,3}?\W+of (?:\w+ ){0,3}?(?:op maat|aangepast|persoonlijk|individueel)\b",
    r"(?:op maat|aangepast|persoonlijk|individueel)\b(?:\W+\w+){0,3}?\W+of (?:\w+ ){0,3}?(?:vast|vaste|standaard|zelfde)\w*\b(?:\W+\w+){0,2}?\W+(?:programma|programmas|schema|schemas|protocol|plan|pakket)\b",
)  # fmt: skip
#: (sessie 44Q3) Of een zelf betaalde scan de moeite is ("loont het om een private mri te betalen?"): de scan
#: (SCAN_WORTH_ASKED), geen zaak van de praktijk
SCAN_WORTH_ASKED = (
    rf"(?:loont|moeite|zin|waard)\b(?:\W+\w+){{0,5}}?\W+(?:prive|private|zelf)\b(?:\W+\w+){{0,3}}?\W+{_SCAN_ASKED_NL}\b",
    rf"(?:prive|private|zelf betaalde)\w* {_SCAN_ASKED_NL}\b(?:\W+\w+){{0,5}}?\W+(?:de moeite|waard|zinvol|loont|zin)\b",
    rf"{_SCAN_ASKED_NL}\b(?:\W+\w+){{0,3}}?\W+zelf (?:betalen|te betalen)\b",
)  # fmt: skip
#: (sessie 44Q3) Of het normaal is dat het zo lang duurt, gevraagd in het verhaal ("al 10 dagen stijf, is dat normaal dat
#: dat zo lang duurt?"): de genezingstijd (HEALING_BY_ASKED)
HEALING_BY_ASKED += (
    r"(?:normaal|normal)\b(?:\W+\w+){0,4}?\W+(?:zo lang|zolang|zo'n lange tijd|zo lank)\b(?:\W+\w+){0,1}?\W+(?:duurt|dureert|blijft|aansleept|aanhoudt|duren|pijn doet)\b",
    r"(?:duurt|blijft|sleept) (?:het|da|dat|dit) (?:normaal|gewoonlijk) (?:zo lang|zolang)\b",
)  # fmt: skip
#: (sessie 44Q4) De praktische zaken van het bezoek zelf: te laat komen ("wat als ik een kwartier te laat kom?") en vooraf
#: formulieren invullen ("moet ik vooraf een vragenlijst invullen?"); te laat om met kine te beginnen, een formulier
#: voor de mutualiteit en een afspraak met "eerst iets invullen" blijven van hun onderwerp
_NIET_MUTUALITEIT = r"(?!(?:\W+\w+){0,5}?\W+(?:mutualiteit\w*|mutua\w*|ziekenfonds\w*|terugbetal\w*|verzeker\w*)\b)"
PRACTICE_MATTERS += (
    r"(?:als|wat als|indien|stel dat) (?:ik|k|we|wij) (?:(?!weken\b|week\b|dagen\b|dag\b|maandstonden\b|regels\b|menstruatie\b|ongesteld\w*)\w+ ){0,3}?te laat (?:kom|ben|zijn|komen|aankom|arriveer)\b",
    r"\d+ ?(?:min|minuten|minuutjes|minuut) te laat\b",
    r"te laat (?:op|voor|aan) (?:de|mijn|m'n|mn|onze|het|uw) (?:\w+ )?(?:afspraak|sessie|behandeling|consult\w*|beurt)\b",
    r"(?:formulier\w*|vragenlijst\w*|papieren|papierwerk|documenten) (?:\w+ ){0,3}?(?:invullen|in te vullen)\b" + _NIET_MUTUALITEIT,
    r"(?:vooraf|op voorhand|voordien) (?:\w+ ){0,3}?(?:invullen|in te vullen)\b" + _NIET_MUTUALITEIT,
)  # fmt: skip
#: (sessie 44Q4) Een andere aandoening gevraagd als "kan een kine daar iets aan doen?": koppijn, een beroerte of een andere
#: neurologische revalidatie
OTHER_SUBJECTS += (
    r"hoofdpijn\w*", r"koppijn\w*", r"beroerte\w*", r"herseninfarct\w*", r"hersenbloeding\w*", "cva",
    r"parkinson\w*", r"multiple sclerose",
)  # fmt: skip
#: (sessie 45Q5) Boeken via deze chat zelf gevraagd ("kan ik hier via de chat een afspraak maken?"): boeken
BOOKING_ASKED += (
    r"(?:via|in|op|over) (?:de|deze|jullie|uw|die) chat\b(?:\W+\w+){0,5}?\W+(?:afspraak|afspraken|boeken|inboeken|reserveren|inschrijven)\b",
    r"(?:afspraak (?:\w+ )?(?:maken|vastleggen|boeken|inplannen)|boeken|inboeken|reserveren)\b(?:\W+\w+){0,4}?\W+(?:via|in|op|over) (?:de|deze|jullie|uw|die) chat\b",
)  # fmt: skip
#: (sessie 45Q5) Stilzitten tot het overgaat tegenover blijven bewegen, en een wandeling of een ommeke gevraagd, met of
#: zonder de hond ("mag ik nog een ommeke doen met den hond?"): rusten of bewegen
BED_REST_ASKED += (
    r"(?:stilzitten|stil zitten|stilliggen|stil liggen|rustig blijven|niks doen|niets doen)\b(?:\W+\w+){0,6}?\W+of (?:\w+ ){0,3}?(?:bewegen|blijven bewegen|wandelen|doorgaan|actief blijven)\b",
    r"(?:mag|kan|moet) (?:ik|k|'k) (?:nog |nog wel |wel |gewoon )?(?:een |nen |ne |e )?(?:toerke|toertje|ommeke|ommetje|wandeling|wandelingske|rondje|blokje om)\b",
)  # fmt: skip
# de hond een toerke of een ommeke (sessie 45Q5): wat de persoon doet, geen vraag over de hond
OTHER_SUBJECT_ACTIVITIES += (
    r"(?:toerke|ommeke|wandelingske)\b(?:\W+\w+){0,3}?\W+(?:met|mee) (?:de|den|mijn|mn|m'n|me|mijne|onze|ons) hond(?:je|ske)?",
    r"(?:met|mee) (?:de|den|mijn|mn|m'n|me|mijne|onze|ons) hond(?:je|ske)?\b(?:\W+\w+){0,3}?\W+(?:toerke|ommeke|wandelingske)\b",
)  # fmt: skip
#: (sessie 45Q5) Voorkomen dat het terugkomt gevraagd als "zodat het niet terugkomt", "hoe doe ik dat het niet meer
#: terugkeert": herval
RECURRENCE_ASKED += (
    r"(?:zodat|zoda|zo dat|zo da|dat) (?:het|t|'t|da|dat|de pijn) (?:\w+ ){0,2}?(?:niet|nie|nooit) (?:meer |nog |weer )?(?:terugkomt|terugkeert|terug komt|weerkomt|opnieuw komt)\b",
)  # fmt: skip
#: (sessie 45Q5) Over de schouder kijken om te rijden ("als ik amper over mijn schouder kan kijken"): geen ander onderwerp
SUBJECT_FREE_PHRASES += (
    r"over (?:mijn|m'n|mn|men|me|mijne|uw|de|je|ne) schouder (?:\w+ ){0,2}?(?:kijken|kijk|kijkt|zien|zie|draaien|loeren)\b",
)  # fmt: skip
#: (sessie 45Q5) Zwanger bij de praktijk komen, of een bekkenkine gevraagd: zwangerschap eerst
PREGNANCY_ASKED += (
    r"zwanger\w*\b(?:\W+\w+){0,6}?\W+(?:bij (?:jullie|u|ulle|julder) (?:terecht|komen|langs\w*)|bekken\w*)",
    r"(?:bij (?:jullie|u|ulle|julder) (?:terecht|komen|langs\w*)|behandelen jullie|nemen jullie)\b(?:\W+\w+){0,5}?\W+zwanger\w*",
)  # fmt: skip
#: (sessie 45Q5) Het voorschrift afgekort ("zonder voorschr"): het voorschrift
WITHOUT_REFERRAL_ASKED += (
    r"(?:kine\w*|fysio\w*|komen|langskomen|terecht|afspraak|naartoe|gaan) (?:\w+ ){0,4}?zonder (?:een |nen |ne |e )?(?:voorschr\w*|verwijz\w*)",
    r"zonder (?:een |nen |ne )?(?:voorschr\w*|verwijz\w*) (?:\w+ ){0,3}?(?:kine\w*|fysio\w*|komen|langskomen|terecht)",
)  # fmt: skip
#: (sessie 45Q5) Een intervaltraining afbouwen ("ik doe 3 keer per week hiit, moet ik dat afbouwen?"): sport; "hii[t]"
#: tussen haken, één letter van "hit"
_INTERVALLEN = r"(?:hii[t]|bootcamp|circuittraining|burpees)"
SPORT_STOP_ASKED += (
    _INTERVALLEN + r"\b(?:\W+\w+){0,10}?\W+(?:" + _SPORT_STOPPEN + r"|te veel|teveel|slecht|gevaarlijk|erger)\b",
)  # fmt: skip
#: (sessie 45Q5) Duizelig of draaierig bij het omdraaien, opstaan of liggen, bij zichzelf of een ander ("mijn moeder wordt
#: duizelig als ze zich omdraait in bed"): een andere klacht (geen onderwerp; de rug genoemd houdt de vraag van de rug)
OTHER_SUBJECTS += (
    r"(?:duizel\w*|draaierig\w*|vertigo)\b(?:\W+\w+){0,6}?\W+(?:omdra\w*|draai\w*|opsta\w*|rechtsta\w*|lig\w*|in bed|in (?:mijn|haar|zijn) bed)\b",
    r"(?:omdra\w*|opsta\w*|rechtsta\w*|liggen|in bed)\b(?:\W+\w+){0,6}?\W+(?:duizel\w*|draaierig\w*|vertigo)\b",
)  # fmt: skip
#: (sessie 45, de lead) buikspieren die uit elkaar staan na een bevalling (diastase), gevraagd als "behandelen jullie dat?":
#: een andere klacht, geen onderwerp; rugpijn na de bevalling genoemd houdt het onderwerp van de rug
OTHER_SUBJECTS += (
    r"diastase", r"buikspieren (?:\w+ ){0,3}?(?:uit elkaar|uiteen|gescheiden)", r"(?:spleet|gat|opening) (?:in|tussen) (?:mijn|haar|de|je) buikspieren",
)  # fmt: skip
#: (sessie 46Q6) Hoe vaak men moet komen, gevraagd om te plannen ("hoe dikwijls moet ik ongeveer langskomen? ik werk in
#: ploegen"): de sessies; hoe vaak de oefeningen doen (geen komen) blijft bij de classifier. "hoe vaak per week moet ik
#: komen?" met wat verteld wordt erna blijft bij de poort van sessie 27 (test_faq_gate27: de classifier minder zeker, wat
#: verteld wordt telt; woorden in de vraag zelf tellen)
SESSION_COUNT_ASKED += (
    r"hoe (?:vaak|dikwijls|veel keer) (?:moet|zal|moeten|mot|moe|moete|zou|kom) (?:ik|k|'k|we|ge|gij|je|men) (?:(?!de oefeningen|die oefeningen|oefeningen)\w+ ){0,3}?(?:komen|langskomen|afkomen|langs komen|op consultatie|naar jullie|naar u|bij jullie)\b",
    r"hoeveel (?:keer|keren|maal) (?:per|in de|op een) week (?:\w+ ){0,3}?(?:komen|langskomen|afkomen|naar jullie|bij jullie)\b",
)  # fmt: skip
#: (sessie 46Q6) Een afspraak voor iemand anders ("kan ik een afspraak maken voor mijn vader?") of het online boeken dat niet
#: lukt ("het online boeken lukt niet, welk nummer?"): de afspraak
_FAMILIE = r"(?:man|vent|vrouw|partner|moeder|ma|mama|moeke|vader|pa|papa|vake|zoon|dochter|oma|opa|bomma|bompa|meme|pepe|buurman|buurvrouw|vriend|vriendin|broer|zus|zuster|schoonmoeder|schoonvader)"
BOOKING_ASKED += (
    r"(?:afspraak|afspraakje|consultatie) (?:\w+ ){0,2}?(?:maken|vastleggen|boeken|inplannen|regelen|aanvragen)? ?(?:voor|in de plaats van) (?:mijn|m'n|mn|me|mijne|onze|ons) " + _FAMILIE + r"\b",
    r"(?:voor|in de plaats van) (?:mijn|m'n|mn|me|mijne|onze|ons) " + _FAMILIE + r" (?:\w+ ){0,2}?(?:een |nen |ne )?(?:afspraak|consultatie) (?:\w+ )?(?:maken|vastleggen|boeken|inplannen|regelen)\b",
    r"(?:online (?:boeken|afspraak maken|agenda|reserveren|inschrijven)|boekingssysteem|boekingstool|afsprakenmodule|online kalender)\b(?:\W+\w+){0,3}?\W+(?:lukt niet|werkt niet|doet het niet|laadt niet|hapert|blokkeert|vastloopt|loopt vast|geeft een fout|kapot)\b",
)  # fmt: skip
#: (sessie 46Q6) Rusten als twijfel verteld: volledige rust tegenover gewoon verder doen, pijn als signaal om te stoppen,
#: had ik beter bewogen ("had ik toch beter moeten bewegen?"): rusten of bewegen
BED_REST_ASKED += (
    r"(?:volledige|volledig|helemaal|totale|complete|strikte) rust\b(?:\W+\w+){0,4}?\W+of (?:\w+ ){0,3}?(?:gewoon|verder|doorgaan|doorwerken|blijven|normaal|zoals altijd)\b",
    r"pijn (?:\w+ ){0,3}?(?:teken|signaal|seintje) (?:om (?:te )?|dat (?:ik|k) (?:\w+ )?)(?:stoppen|stop|moet stoppen|te stoppen)\b",
    r"had (?:ik|k) (?:\w+ ){0,2}?(?:beter|meer|toch) (?:\w+ ){0,1}?(?:moeten |gaan |willen )?(?:bewegen|opstaan|rechtstaan|wandelen|stappen|rondlopen)\b",
)  # fmt: skip
#: (sessie 46Q6) Of het nu tijd is om naar de huisarts te gaan ("is het nu tijd om naar de huisarts te gaan?"): wanneer naar
#: de dokter; het moment om bij de kine te boeken blijft de afspraak
DOCTOR_WHEN_ASKED += (
    r"(?:is (?:het|dit|da|dat) (?:nu |dan |stilaan |al )?(?:het moment|tijd|den tijd|de tijd)|wordt het (?:nu |stilaan |dan )?tijd|tijd) om (?:\w+ ){0,2}?(?:naar |bij |langs )?(?:de |den |mijn |mn |m'n |mijne |ne |nen |een )?" + _DOKTER + r"\b",
)  # fmt: skip
#: (sessie 46Q6) De toegang: aan de deur afgezet worden, een trap naar de praktijk, gelijkvloers gevraagd ("is het
#: gelijkvloers bij jullie? mijn moeder loopt met een rollator"): een praktijkzaak, zoals de lift; een trap die pijn doet
#: blijft wat de pijn uitlokt
PRACTICE_MATTERS += (
    r"(?:aan|voor|bij) de (?:deur|ingang|voordeur|praktijk) (?:\w+ ){0,1}?(?:afzetten|afgezet|droppen|gedropt|afzet)\b",
    r"(?:afzetten|afzet|droppen) (?:\w+ ){0,1}?(?:aan|voor|bij) de (?:deur|ingang|voordeur|praktijk)\b", r"kiss (?:and|&|en|n) ride",
    r"gelijkvloer[s]", r"(?:is|zijn) er (?:een |ne |nen |veel )?(?:trap|trappen|trapjes|treden|trede|opstapje) (?:\w+ ){0,1}?(?:naar|bij|aan|voor|in) (?:de|jullie|julder|uw|het) (?:praktijk|ingang|deur|kabinet|gebouw)\b",
)  # fmt: skip
#: (sessie 46Q6) Waar de praktijk ligt, gevraagd met een herkenningspunt of "waar precies" ("zitten jullie in het centrum of
#: aan de rand?"): plaats en uren (OPEN_ASKED, het antwoord geeft het adres)
OPEN_ASKED += (
    r"waar (?:zitten|zit|ligt|liggen|zijde|zijn) (?:jullie|julder|ulle|gulle|ge|u|de praktijk|uw praktijk|jullie praktijk) (?:\w+ ){0,1}?(?:precies|juist|exact|ergens)\b",
    r"(?:zitten|zit|zijn|zijde|ligt) (?:jullie|julder|ulle|gulle|ge|u|de praktijk|uw praktijk) (?:\w+ ){0,1}?(?:in het centrum|in t centrum|in 't centrum|in de stad|in het stadscentrum|aan de markt|op de markt|aan het station|bij het station|aan de ring|aan de rand)\b",
)  # fmt: skip

# --- Sessie 46Q7 (issue 16, verse sets 53-54) ---
#: (sessie 46Q7) Wat de kine doet, tegenover het kraken van een chiropractor ("gaat ge mijn rug kraken of is het vooral
#: oefeningen?"): de rol van de kine
PHYSIO_ROLE_ASKED += (
    r"(?:kraken|kraakt|kraak|manipuleren|manipuleert|rechtzetten|rechtzet|recht zetten|recht zet|zetten (?:\w+ ){0,2}?recht|zet (?:\w+ ){0,2}?recht)\b(?:\W+\w+){0,7}?\W+of (?:\w+ ){0,3}?(?:oefeningen|oefenen|oefentherapie)\b",
)  # fmt: skip
#: (sessie 46Q7) Wat de kans op een nieuwe periode kleiner maakt ("welke gewoontes verkleinen de kans dat het terugkomt?"):
#: herval
RECURRENCE_ASKED += (
    r"(?:kans|risico)\b(?:\W+\w+){0,6}?\W+(?:kleiner|verkleinen|verkleint|verlagen|verlaagt|lager|beperken|beperkt|minder)\b",
    r"(?:verkleinen|verkleint|verlagen|verlaagt|beperken|beperkt) (?:de |het |mijn )?(?:kans|risico) (?:op|dat)\b",
)  # fmt: skip
#: (sessie 46Q7) Zich verlammen met één verkeerde beweging gevreesd ("kan ik mezelf verlammen met één verkeerde beweging?"):
#: hoe ernstig het is
SERIOUS_ASKED += (
    r"(?:mezelf|mijzelf|me|mij|uzelf|jezelf|zichzelf|iemand) (?:\w+ ){0,5}?verlammen\b",
    r"(?:verkeerde|foute|slechte|domme|enkele|ene|een) (?:beweging|draai|bukbeweging|toer|zet)\w*\b(?:\W+\w+){0,6}?\W+" + _VERLAMD + r"\b",
)  # fmt: skip
#: (sessie 46Q7) Eerst zelf betalen en terugkrijgen, of rechtstreeks via het ziekenfonds ("moet ik eerst alles betalen en
#: krijg ik het dan terug?"): de terugbetaling
INSURANCE_ASKED += (
    r"(?:eerst|zelf|vooraf) (?:\w+ ){0,3}?(?:betalen|betaal|betaalt|voorschieten|voorschiet)\b(?:\W+\w+){0,8}?\W+(?:terugkrijgen|terugkrijg|terug krijgen|terug krijg|krijg (?:\w+ ){0,3}?terug|krijgt (?:\w+ ){0,3}?terug|terugbetaald|terugbetaling)\b",
    r"(?:rechtstreeks|direct|meteen) (?:\w+ ){0,1}?(?:via|met|naar|over|door) (?:het |de |mijn |m'n |mn |uw |ulder )?(?:ziekenfonds|mutualiteit|mutualiteit|ziekenkas|zorgverzekeraar|verzekering|mutuelle)\b",
)  # fmt: skip
#: (sessie 46Q7) Een scan gevraagd als beter of verstandiger ("zou een scan niet beter zijn?"): de scan
SCAN_ASKED += (
    rf"(?:zou|is|ware|was) (?:een |ne |nen |de )?{_SCAN_ASKED_NL} (?:\w+ ){{0,1}}?(?:niet )?(?:beter|verstandiger|veiliger|slimmer)\b",
    rf"(?:beter|verstandiger|veiliger) (?:om )?(?:een |ne |nen |de )?{_SCAN_ASKED_NL} (?:te )?(?:laten )?(?:maken|nemen|doen|trekken)\b",
)  # fmt: skip
#: (sessie 46Q7) Een voorschrift gevraagd met een termijn om te beginnen ("moet ik binnen een bepaalde termijn beginnen?"):
#: het voorschrift
PRESCRIPTION_VALID_ASKED += (
    r"(?:binnen (?:een )?(?:bepaalde |vaste |zekere )?(?:termijn|tijd|periode)|termijn)\b[^?.!]{0,80}?" + _VOORSCHRIFT,
    _VOORSCHRIFT + r"[^?.!]{0,100}?\b(?:binnen (?:een )?(?:bepaalde |vaste |zekere )?(?:termijn|tijd|periode)|termijn)\b",
)  # fmt: skip
#: (sessie 46Q7) Woorden die een ander beroep als vergelijking noemen in een vraag naar wat de kine doet ("zetten jullie
#: wervels recht zoals een chiropractor of eerder oefeningen?"): geen onderwerp op zich (faq.about_something_else)
TRADE_LIKENESS = ("zoals", "net als", "gelijk als")
#: (sessie 46Q7) Hoe vaak per week men moet komen, "per week" voor het werkwoord ("hoe dikwijls per week moet ik komen? ik
#: werk in ploegen"): de sessies, ook met wat erna verteld wordt (test_faq_gate27 houdt zijn wacht met een ander voorbeeld)
SESSION_COUNT_ASKED += (
    r"hoe (?:vaak|dikwijls|veel keer) (?:per|in de|op een) week (?:moet|zal|moeten|mot|moe|moete|zou|kom) (?:ik|k|'k|we|ge|gij|je|men) (?:(?!de oefeningen|die oefeningen|oefeningen)\w+ ){0,2}?(?:komen|langskomen|afkomen|langs komen|op consultatie|naar jullie|naar u|bij jullie)\b",
)  # fmt: skip
#: (sessie 46Q8) Een hernia genoemd en gevraagd of het er een is ("mijn collega zegt dat het een hernia is, klopt da?",
#: "zou het een hernia kunnen zijn?"): de hernia, voor hoe ernstig het is. Een andere breuk blijft een ander onderwerp.
_HERNIA = r"(?:(?:een |ne |nen )?(?:discus ?)?hernia|discushernia|(?:een |ne )?(?:uitgezakte|uitpuilende|verschoven) (?:tussenwervel)?schijf)"
DISC_ASKED = (
    r"(?:is (?:het|da|dat|dit)|is 't) (?:(?:nu|misschien|soms|echt|toch|dan|wel|geen|ni|nie|niet) )?" + _HERNIA + r"\b",
    r"(?:zou|kan) (?:het|da|dat|dit|'t) (?:(?:nu|misschien|soms|echt|toch|dan|ook|geen|ni|nie|niet) )?" + _HERNIA + r" (?:kunnen )?zijn\b",
    _HERNIA + r"\b[^?.!]{0,40}?\b(?:klopt (?:da|dat|het)(?=\s*(?:\?|$)| wel| echt)|is da(?:t)? zo|heeft (?:hij|zij|ze) gelijk|heeft die gelijk|kan da(?:t)? (?:kloppen|zijn)|kan da(?:t)?(?=\s*(?:\?|$)))",
    r"klopt (?:het|dat|da) (?:dat|da) (?:\w+ ){0,3}?" + _HERNIA + r"\b",
)  # fmt: skip
#: (sessie 46Q8) Rugpijn zonder duidelijke oorzaak of "aspecifiek", gevraagd hoe of wat het betekent ("geen duidelijke
#: oorzaak, hoe kan dat?"): aspecifieke rugpijn
_GEEN_OORZAAK = r"(?:geen (?:duidelijke|echte|aanwijsbare|specifieke|concrete|precieze) (?:oorzaak|reden)|zonder (?:duidelijke |aanwijsbare |echte )?oorzaak|a-? ?specifiek\w*|niet-? ?specifiek\w*)"
NONSPECIFIC_ASKED = (
    _GEEN_OORZAAK + r"[^.!?]{0,60}?\b(?:hoe (?:kan|komt) (?:dat|da|dit|het)|hoe zit (?:dat|da) (?:dan|nu|juist)?|wat (?:betekent|wil zeggen|is) (?:dat|da|dit|het)|wat (?:dat|da) (?:betekent|wil zeggen)|hoe is (?:dat|da) mogelijk|waarom)\b",
    r"(?:wat (?:is|betekent) (?:\w+ )?|waarom (?:is|heb|hebben) (?:\w+ ){0,3}?|hoe komt (?:\w+ ){0,3}?)" + _GEEN_OORZAAK,
)  # fmt: skip
#: (sessie 46Q8) Zijn werk verteld met wat men doet en gevraagd of men dat mag blijven doen ("ik werk in de thuiszorg,
#: mensen uit bed helpen, kan ik dat blijven doen?"): werk, voor rust of bewegen. Oefeningen of sport blijven van hen.
WORK_TASKS_ASKED = (
    r"\b(?:ik werk|ik ben (?:\w+ )?(?:verpleeg\w*|verzorg\w*|zorgkundige|poetshulp|thuishulp)|mijn (?:werk|job)|op (?:het|mijn|m'n|mn|me) werk|in de (?:thuiszorg|zorg))\b[^?]{0,120}?"
    r"\b(?:(?:dat|da|dit|het|die dingen) (?:\w+ )?blijven doen|verder (?:blijven )?doen|blijven werken|verder werken)\b",
)  # fmt: skip
#: (sessie 46Q8) Een bedanking die niets vraagt ("merci he, ge zijt vriendelijker dan mijn huisarts"): geen onderwerp
THANKS_TOLD = (r"merci", r"bedankt", r"dank (?:u|je|jullie)", r"dankjewel", r"dankuwel", r"thanks?", r"thx")
#: (sessie 46Q8) Een andere persoon met een andere klacht ("mijn man had een niersteen, kan dat terugkomen?"): ander onderwerp
OTHER_PERSON_PARTS += (
    r"(?:mijn|mn|m'n|me|mijne|onze|ons) (?:dochter|zoon|kind|man|vrouw|partner|vriend|vriendin|moeder|mama|vader|papa|zus|zuster|broer|collega)\b(?:\W+\w+){0,8}?\W+"
    r"(?:\w*nierstene[n]|\w*nierstee[n]|nierkolie[k]\w*|galstene[n]|galstee[n]|nierbekkenontstekin[g]|blaasontstekin[g]|jich[t]|gordelroo[s])\b",
)  # fmt: skip
#: (sessie 46, de lead) een herinnering aan de afspraak per sms of mail is een zaak van de praktijk waar het antwoord over
#: boeken niet over gaat ("krijg ik een berichtje om mij aan mijn afspraak te herinneren?"): geen onderwerp, de telefoon
PRACTICE_MATTERS += (r"\bherinner\w*\b(?:\W+\w+){0,6}?\W+(?:afspraa[k]\w*|consultati[e]|sessi[e])",
                     r"\b(?:afspraa[k]\w*|consultati[e]|sessi[e])\b(?:\W+\w+){0,6}?\W+herinner\w*")

# --- Sessie 47Q10 (issue 16, verse set 55) ---
#: (sessie 47Q10) Of alle voorgeschreven beurten moeten, of we stoppen als het beter gaat, of men genoeg behandelingen
#: gehad heeft, een eindpunt ("moet ik al die beurten opgebruiken of stoppen we als het beter gaat?"): de sessies; er
#: genoeg van hebben vraagt niets over de sessies
_BEURTEN = r"(?:beurten|sessies|behandelingen|zittingen|afspraken|kinebeurten)"
SESSION_COUNT_ASKED += (
    r"(?:al|alle) (?:die |de |mijn |deze |\d+ )?" + _BEURTEN + r"\b(?:\W+\w+){0,6}?\W+of (?:\w+ ){0,4}?(?:stoppen|stopt|stop|ophouden|afronden|afsluiten)\b",
    r"genoeg (?:" + _BEURTEN + r"|kine)\b",
    r"(?:eindpunt|einddatum|eindmeet)\b(?:\W+\w+){0,4}?\W+(?:" + _BEURTEN + r"|kine|therapie)\b",
    r"(?:" + _BEURTEN + r"|kine|therapie)\b(?:\W+\w+){0,4}?\W+(?:eindpunt|einddatum|eindmeet)\b",
)  # fmt: skip
#: (sessie 47Q10) Terug gaan gevraagd na weken thuis of ziek, of meteen voltijds tegen opbouwen ("ik zit al 3 weken thuis,
#: mag ik terug?", "meteen voltijds of beter opbouwen?"): het werk; weken pijn alleen verteld blijven de hersteltijd
WORK_RETURN_ASKED += (
    r"\b(?:(?:zit|zat|ben|was) )?(?:nu |al |nu al |reeds )*(?:\d+|een|twee|drie|vier|vijf|zes) (?:dagen|weken|weke|maanden|maand) (?:\w+ )?(?:thuis|ziek|ziekgemeld|ziekgeschreven|in de ziekte|arbeidsongeschikt)\b[^?]{0,60}?\b(?:mag|kan|moet|zal|ga) (?:ik|k) (?:\w+ ){0,3}?(?:terug\b(?! weg)|hervatten|herbeginnen|herstarten)",
    r"(?:voltijds|voltijd|fulltime|full-time|full time|volle dagen|al mijn uren)\b(?:\W+\w+){0,4}?\W+of (?:\w+ ){0,4}?(?:opbouwen|opbouw|geleidelijk\w*|progressief|halftijds|deeltijds|halve dagen|rustig aan)\b",
    r"(?:opbouwen|geleidelijk\w*|progressief|halftijds|deeltijds|halve dagen)\b(?:\W+\w+){0,4}?\W+of (?:\w+ ){0,3}?(?:voltijds|voltijd|fulltime|full-time|volle dagen)\b",
)  # fmt: skip
#: (sessie 47Q10) Een bericht op het antwoordapparaat, of een afspraak gevraagd omdat men geen weken kan wachten ("kreeg
#: het antwoordapparaat, laat ik een bericht achter?", "ik kan geen 3 weken wachten"): boeken; op een scan of de dokter
#: wachten is geen boeken, niet kunnen wachten om iets te doen vraagt niets
_ANTWOORDAPPARAAT = r"(?:antwoordapparaat|antwoordmachine|voicemail|voice mail)"
BOOKING_ASKED += (
    _ANTWOORDAPPARAAT + r"\b[^?]{0,80}?\b(?:inspreken|spreek (?:ik |k )?(?:\w+ ){0,2}?in\b|bericht(?:je)? (?:achterlaten|achter|nalaten|inspreken)|laat (?:ik |k )?(?:\w+ ){0,2}?(?:een )?(?:bericht|berichtje|naam|nummer)|(?:naam|nummer) (?:\w+ ){0,2}?(?:achterlaten|inspreken))",
    r"(?:kan|kun) (?:ik |k )?(?:echt |toch |nu |gewoon )*(?:geen|niet|nie) (?:\w+ ){0,1}?(?:\d+|twee|drie|vier|vijf|zes|een paar|enkele) (?:weken|weke|dagen|maanden) (?:\w+ )?wachten\b(?! (?:op|voor) (?:een |de |mijn )?(?:scan|mri|nmr|rx|foto|operatie|specialist|huisarts|dokter))",
)  # fmt: skip
#: (sessie 47Q10) Oefeningen tegen behandeling met de handen ("is het allemaal oefeningen of wordt er ook met de handen
#: gewerkt?"): de rol van de kine, voor rust of bewegen van de oefeningen; oefeningen alleen gevraagd blijven
_MET_DE_HANDEN = r"(?:manuele therapie|manuele technieken|manueel|met (?:de|jullie|uw|je|hun|zijn|haar) handen)"
PHYSIO_ROLE_ASKED += (
    r"(?:oefeningen|oefenschema\w*|huiswerk\w*|oefenen)\b(?:\W+\w+){0,8}?\W+of (?:[\w']+ ){0,6}?" + _MET_DE_HANDEN,
    _MET_DE_HANDEN + r"\b(?:\W+\w+){0,8}?\W+of (?:[\w']+ ){0,5}?(?:oefeningen|oefenschema\w*|oefenen)\b",
)  # fmt: skip
#: (sessie 47Q10) Elke keer erger of langer, gevraagd hoe eruit te geraken, of een vicieuze cirkel ("telkens als het
#: terugkomt is het erger, hoe doorbreek ik dat?"): terugkeer; elke keer erger gevraagd als ernstig blijft ernstig
_ERGER = r"(?:erger|langer|heviger|heftiger|zwaarder|sterker|pijnlijker)"
RECURRENCE_ASKED += (
    r"vicieuze cirkel\b", r"(?:die|de|deze|dat) cirkel (?:\w+ )?(?:doorbreken|doorbreek)\b", r"doorbreek (?:ik |k )?(?:die|de|deze) cirkel\b",
    r"(?:telkens|elke keer|iedere keer|keer op keer) (?:als|dat|da|wanneer) (?:het|t|'t|de pijn|mijn rug)\b (?:\w+ ){0,2}?(?:terugkomt|terug komt|opspeelt|opflakkert|terugkeert)\b[^?]{0,60}?\b" + _ERGER + r"\b[^?]{0,60}?\b(?:hoe (?:kan|doe|geraak|kom|doorbreek|raak|krijg|voorkom)|wat (?:kan|moet|doe) (?:ik|k))\b",
)  # fmt: skip
#: (sessie 47Q10) Zwanger van de tweede of derde, of een tweede zwangerschap ("tweede zwangerschap en rechtstaan lukt
#: amper, hoort dat erbij?"): zwangerschap eerst; een ouder kind genoemd vraagt er niets over
PREGNANCY_ASKED += (
    r"(?:zwanger|in verwachting) (?:van|vd|v) (?:de |ons |onze |mijn |m'n |mn |nummer |ne )?(?:tweede|derde|vierde|2de|3de|4de|2e|3e|4e)\b",
    r"(?:tweede|derde|vierde|2de|3de|2e|3e) zwangerschap\b",
)  # fmt: skip
#: (sessie 47Q10) Het gebonk of de sprongen van een sport gevraagd als slijtage van de rug ("ik loop 3 keer per week,
#: verslijt al dat gebonk mijn rug niet?"): sport; een schok in de rug gevoeld is dat niet
_SCHOKKEN = r"(?:gebonk|schokken|schok|klappen|impact|springen|sprongen|landen|landingen|gestamp)"
_SLIJTAGE = r"(?:verslijt|verslijten|slijt\w*|kapot|beschadig\w*|schade|slecht|nefast|kwaad|schadelijk)"
SPORT_STOP_ASKED += (
    _SPORTEN + r"(?:\W*\w+){0,10}?\W+(?:" + _SCHOKKEN + r"\b(?:\W+[\w']+){0,6}?\W+" + _SLIJTAGE + r"|" + _SLIJTAGE + r"\b(?:\W+\w+){0,4}?\W+" + _SCHOKKEN + r")\b",
    _SCHOKKEN + r" (?:van|bij) (?:het |de |al dat )?" + _SPORTEN + r"\b(?:\W+[\w']+){0,6}?\W+" + _SLIJTAGE + r"\b",
)  # fmt: skip
#: (sessie 47Q10) De kine die met de handen behandelt ("wordt er ook met de handen gewerkt?") noemt geen ander lichaamsdeel;
#: de eigen handen ("mijn handen tintelen") blijven er een
SUBJECT_FREE_PHRASES += (
    r"met (?:de|jullie|uw|hun|zijn|haar) handen (?:\w+ ){0,1}?(?:gewerkt|werken|werkt|behandeld|behandelen|behandelt|gedaan|doen|doet)\b",
    r"(?:werken|werkt|gewerkt|behandelen|behandelt|behandeld|doen|doet) (?:\w+ ){0,3}?met (?:de|jullie|uw|hun|zijn|haar) handen\b",
)  # fmt: skip
#: (sessie 47Q9) Hoe lang gevraagd als een kwestie van dagen, weken of maanden ("is dat een kwestie van dagen of
#: maanden?", "spreken we over dagen of eerder weken?"): de genezingstijd, voor wanneer naar de dokter
_DUUR = r"(?:dagen|weken|maanden|jaren)"
HEALING_BY_ASKED += (
    rf"(?:kwestie|zaak) van (?:een paar |enkele |wat )?{_DUUR} of (?:(?:van|eerder|veeleer|eerder van|een paar|enkele) )?{_DUUR}\b",
    rf"(?:spreken|praten|hebben) (?:we|wij|ge|je) (?:het )?over (?:een paar |enkele |wat )?{_DUUR} (?:\w+ ){{0,2}}?of (?:\w+ ){{0,3}}?{_DUUR}\b",
)  # fmt: skip
#: (sessie 47Q9) IJs tegenover warmte in kale woorden, of overschakelen op warmte ("onder een hete douche, of beter ijs?",
#: "nog koelen met ijs of mag ik warmte?"): warmte of koude. "warm of koud" alleen noemt geen middel.
_IJS = r"(?:ijs|ijzen|koelen|ijsblokjes)"
_WARMTE = r"(?:warmte|warm|warme|heet|hete)"
HEAT_COLD_ASKED += (
    rf"{_IJS} (?:\w+ ){{0,4}}?of (?:\w+ ){{0,4}}?{_WARMTE}\b",
    rf"{_WARMTE}\b[^?.!]{{0,60}}?\bof (?:\w+ ){{0,4}}?{_IJS}\b",
    r"(?:overschakelen|overgaan|overstappen|wisselen|switchen) (?:\w+ ){0,2}?(?:naar|op) (?:warmte|warm)\b",
)  # fmt: skip
#: (sessie 47Q9) Wat een bevinding op de scan betekent voor de pijn ("uitpuilende schijf in het verslag, komt mijn pijn
#: daarvan?"), of een scan zin heeft als scans ook iets tonen bij mensen zonder pijn: de scan, voor de hernia
_DE_PIJN = r"(?:mijn|de|me|mn|m'n|die) pijn"
SCAN_ASKED += (
    rf"\b{_SCAN_ASKED_NL}\w*\b[^?.!]{{0,120}}?\b(?:komt {_DE_PIJN} daar(?: \w+){{0,2}}? (?:van|vandaan)|is (?:dat|da|dit|het) (?:dan |nu |echt |wel )?(?:de oorzaak|waar {_DE_PIJN} (?:\w+ )?vandaan komt)|verklaart (?:dat|da|dit) {_DE_PIJN})\b",
    rf"\b{_SCAN_ASKED_NL}\w*\b[^?.!]{{0,120}}?\b(?:zin|nut)\b (?:\w+ ){{0,5}}?(?:laat|laten|te laten|te) (?:maken|nemen|doen|trekken)\b",
)  # fmt: skip
#: (sessie 47Q9) Beginnen zonder het briefje van de dokter die weg is ("kan ik al starten zonder zijn briefje?"): het
#: voorschrift
WITHOUT_REFERRAL_ASKED += (
    r"(?:starten|beginnen|begin|start|opstarten)\b(?!(?: \w+)? (?:werken|werk|te werken)\b) (?:\w+ ){0,4}?zonder (?:(?:zijn|haar|het|een|dat|de|mijn|me|m'n|mn|nen|ne) )?(?:\w+ )?(?:briefje|papiertje|papier|papieren|voorschrift\w*|verwijsbrief\w*)\b",
)  # fmt: skip
#: (sessie 47Q9) De hele dag in de zetel gevraagd als slecht, of blijven bewegen terwijl het pijn doet gevraagd als
#: gevaarlijk: rust of bewegen, voor hoe ernstig het is. Een alarmsignaal erbij is van de rode-vlaggenlezer.
BED_REST_ASKED += (
    r"(?:lig|ligt|liggen|zit|zitten|hang|hangen|gelegen|gezeten)\b (?:\w+ ){0,5}?(?:in|op) (?:de|den|mijn|me|m'n|mn|onze|ons) (?:zetel|sofa|bank|canape|fauteuil)\b[^?]{0,100}?\bis (?:da|dat|dit|het) (?:\w+ ){0,2}?(?:slecht|goed|erg|ok|oke|verstandig|gezond|schadelijk)\b",
    r"(?:gevaarlijk|schadelijk)\w* (?:\w+ ){0,3}?(?:om )?(?:te )?(?:blijven |verder )?(?:wandelen|bewegen|stappen)\b",
    r"(?:kapot|stuk|schade)\w* (?:\w+ ){0,3}?(?:door|met|bij) (?:te )?(?:bewegen|wandelen|stappen)\b",
)  # fmt: skip
#: (sessie 47Q9) Niemand die kan zeggen waar het vandaan komt ("spier of gewricht? niemand kan zeggen waar het vandaan
#: komt"): aspecifieke rugpijn
NONSPECIFIC_ASKED += (
    r"(?:niemand|geen (?:enkele )?(?:dokter|arts|dokters|artsen|specialist))\b(?: \w+){0,4}? (?:zeggen|vertellen|uitleggen|vinden|weet|weten|zegt) (?:mij |me |ons )?(?:waar|wat|waarom)\b(?: \w+){0,4}? (?:vandaan komt|van komt|veroorzaakt|de oorzaak)\b",
)  # fmt: skip
#: (sessie 47Q9) Een andere persoon met een genoemde aandoening ("mijn tante heeft MS, kan zij ook komen?"): ander onderwerp
OTHER_PERSON_PARTS += (
    r"(?:mijn|mn|m'n|me|mijne|onze|ons) (?:tante|nonkel|oom|oma|opa|bomma|bompa|moeder|mama|vader|papa|man|vrouw|partner|zoon|dochter|zus|broer|neef|nicht|buurman|buurvrouw|vriend|vriendin|collega|schoonmoeder|schoonvader)\b(?:\W+\w+){0,3}?\W+(?:heeft|had|met|lijdt aan)\b(?:\W+\w+){0,2}?\W+"
    r"(?:m[s]|multiple scleros[e]|dementi[e]|alzheime[r]\w*|cop[d]|hersenverlammin[g])\b",
)  # fmt: skip
#: (sessie 47Q11) Een kind als onderwerp van de vraag, zijn rug of "slecht voor hem" gevraagd na een langer verhaal
#: ("mijn zoon van 8 sleurt elke dag een zware boekentas mee, is dat slecht voor zijn rug?"): een andere patiënt, geen
#: onderwerp; de eigen rug of vraag met een kind genoemd blijft van de persoon (geen "ik", "mijn", "me" ertussen)
_KIND_GENOEMD = (r"(?:mijn|mn|m'n|me|onze|ons) (?:dochter|dochtertje|zoon|zoontje|kind|kindje|kleine|kleinzoon|kleindochter|tiener|puber|jongen|meisje|manneke|ventje)"
                 r"(?: (?:van|is) \d{1,2}(?: jaar)?)?\b")
_NIET_DE_PERSOON = r"(?:\W+(?!ik\b|k\b|mijn\b|mn\b|m'n\b|mij\b|me\b|mezelf\b)\w+){0,18}?\W+"
OTHER_PATIENTS += (
    _KIND_GENOEMD + _NIET_DE_PERSOON + r"(?:haar|zijn|z'n|zn|hare|zijne|hun) (?:\w+ )?(?:rug|ruggetje|onderrug|rugwervels|houding)\b",
    _KIND_GENOEMD + _NIET_DE_PERSOON + r"(?:slecht|goed|gevaarlijk|ongezond|gezond|erg|normaal|schadelijk|kwaad|te veel|teveel|ok) (?:\w+ )?voor (?:hem|haar|hen)\b",
)  # fmt: skip
#: (sessie 47Q11) Waar een scan laten maken, een plaats tussen "waar" en de vraag ("waar in gent kan ik snel een mri laten
#: maken?"): iets van een andere dienst (zoals 39P); of een scan nodig is blijft de scan
PRACTICE_MATTERS += (
    rf"waar (?:in|rond|bij|omtrent|in de (?:buurt|omgeving|streek) van|dicht bij) (?:\w+ ){{0,3}}?(?:kan|kun|moet|ga|zou|kunnen) (?:ik|je|ge|men|we|k) (?:(?:\w+ ){{0,3}}?(?:terecht|laten (?:maken|nemen|doen)|krijgen|heen|naartoe)\b(?:\W+\w+){{0,3}}?\W+{_SCAN_NL}\b|(?:\w+ ){{0,3}}?{_SCAN_NL} (?:\w+ ){{0,2}}?(?:laten (?:maken|nemen|doen)|krijgen)\b)",
)  # fmt: skip
#: (sessie 47Q11) Geen duidelijke oorzaak gelezen, gehoord of gezegd, als vraag ("ik las dat er vaak geen duidelijke oorzaak
#: is, klopt dat?"): aspecifieke rugpijn, voor hoe ernstig het is; een pijn zonder oorzaak verteld blijft zoals voorheen
NONSPECIFIC_ASKED += (
    r"\b(?:las|lees|gelezen|hoorde|hoor|gehoord|zei|zegt|zeggen|gezegd|zeiden|vertelde|vertellen|verteld|volgens)\b[^.!?]{0,60}?" + _GEEN_OORZAAK
    + r"[^.!?]{0,60}?\b(?:klopt (?:dat|da|dit|het)|is (?:dat|da|dit|het) (?:normaal|zo|waar)|hoe (?:kan|komt) (?:dat|da|dit|het))\b",
)  # fmt: skip
