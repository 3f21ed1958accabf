"""Dutch and Flemish cue words for the red-flag reader (bot/reading/redflags.py): lower
case, no accents, apostrophes already gone.

Every pack provides the same names (an empty tuple where the language has
none).  The patterns of the red flags live here too, as regex templates whose
"{NAME}" slots the engine fills with every pack's words (see below).
"""

#: a negation's scope goes on over a list: "geen dieet of sportschool" (the gym is negated too)
NEGATION_LIST_WORDS = ("of", "noch")
#: negation words: a finding after one of these (within a few words) is denied
NEGATIONS = frozenset("geen niet nooit zonder noch niks niets nee neen".split())
#: contrast and clause words: they end a negation's scope and split segments
CONTRAST = frozenset(
    """maar behalve wel toch alleen nu omdat want dus terwijl sinds sedert toen
    daarna nadat totdat""".split()
)
#: contrastwoorden die vlak na een werkwoord een bijwoord zijn, binnen één zin ("mijn kont is nu
#: doof", "mijn benen zijn sinds zondag slap"): daar horen werkwoord en teken bij elkaar
ADVERBS_AFTER_VERB = frozenset("nu sinds sedert toch wel".split())
VERBS_BEFORE_ADVERB = frozenset(
    """is zijn ben bent was waren wordt worden werd werden voelt voelen voel voelde voelden heeft hebben
    heb had hadden gaat gaan ging gingen blijft blijven""".split()
)
#: words that only end a negation's scope (no split)
SCOPE_STOPS = frozenset("waarom hoe wat waar dat".split())
#: joining words: split segments, but a negation may reach across a list
JOINS = frozenset("en plus".split())
#: woorden voor een teken dat met "en" aan een teken van toen vastzit (sessie 33E, engine _past_by_join): "koorts en koude rillingen"
SIGN_JOINED_FILLERS = frozenset("een beetje koude erge hevige flinke de wat".split())
#: de enige woorden van een koortszin die als kale opsomming na een komma komt (sessie 34R, engine _bare_sign_clause): "vorige maand
#: griep, drie dagen 39 graden", "onze merrie is ziek, 40 graden koorts" (de zin ervoor is de vertelde)
SIGN_LIST_WORDS = frozenset("een de het hoge hoog flinke erge met ruim bijna zowat ongeveer twee drie vier vijf dagen dag nachten graden"
                            # "een paar dagen koorts", "enkele dagen koorts", "wat koorts" (session 37D)
                            " paar enkele wat gedurende".split())
#: "niet slapen", "kan niet lopen": the negation belongs to the verb, not to a flag
NEGATED_VERBS = frozenset(
    "slapen slaap sliep lopen zitten staan bewegen werken bukken liggen rusten opstaan ver".split()
)
#: words between a negation and such a verb ("niet goed slapen")
VERB_FILLERS = frozenset("meer goed echt zo te heel erg".split())
#: words that may surround a finding in a bare list item ("of zweten")
LIST_FILLERS = frozenset("of noch enige".split())
#: words that may follow a bare "nee" that answers the question before
#: ("nee, ik ..."): the "nee" is its own sentence
INTERJECTION_NEXT = ("ik", "k", "mijn", "mn", "m", "het", "t", "ze", "zij", "hij", "we", "wij", "maar", "wel",
                     "toch", "alleen", "enkel", "sinds", "nu", "toen", "er")  # fmt: skip
#: common phone typos and Flemish dropped endings, whole words
TYPOS = {
    "ni": "niet", "plasse": "plassen", "voele": "voelen", "ophoude": "ophouden", "tegenhoude": "tegenhouden",
    "optille": "optillen", "pisse": "pissen",
    "teenen": "tenen",  # the old spelling of the toes (session 22H): not "benen" by one edit
}  # fmt: skip
#: a typo of another pack that is a word of this language, kept after these words of it (engine _typo_or_own): none
OWN_WORD_AFTER: dict = {}
#: Flemish and colloquial Dutch, one token at a time ("" drops the token)
STREET = {
    "nie": "niet", "gene": "geen", "genen": "geen", "mijne": "mijn", "mijnen": "mijn", "uwe": "uw",
    "da": "dat", "das": "dat is", "wa": "wat", "ne": "een", "nen": "een", "ge": "je", "gij": "jij",
    "k": "ik", "kheb": "ik heb", "kben": "ik ben", "kzen": "ik ben", "kzijn": "ik ben", "zen": "ben",
    "kvoel": "ik voel", "goe": "goed", "elken": "elke", "iederen": "iedere", "kan't": "kan het", "allee": "", "amai": "", "zenne": "",
    # Flemish "mor" = maar, "kweet" = ik weet; chat "gwn" = gewoon, "ff" = even; "gister" = gisteren
    "mor": "maar", "kweet": "ik weet", "gwn": "gewoon", "ff": "even", "gister": "gisteren",
    # Limburg and West-Flemish "ich" = ik, "mien" = mijn
    "ich": "ik", "mien": "mijn",
    # Flemish "omda" = omdat (session 27M): "ik maak me zorgen omda ons moeder kanker had" (the clause word that keeps the
    # mother's cancer hers; "omdak" is no key: a street key is a typo target, and "omdat" one edit from it)
    "omda": "omdat",
    # Flemish "nikske" = niks (session 23M): "er kwam gewoon nikske"
    "nikske": "niks", "niksken": "niks", "nikskes": "niks",
    # Flemish diminutives in -ke(n) and -tjen (session 31AM): "er komt maar een dun straalke", "een druppelken", "een scheutjen"
    "straalke": "straaltje", "straalken": "straaltje", "straaltjen": "straaltje", "straalkes": "straaltjes",
    "druppelke": "druppeltje", "druppelken": "druppeltje", "druppelkes": "druppeltjes", "druppeltjen": "druppeltje",
    "scheutjen": "scheutje", "scheutsken": "scheutje",
    # Limburg "kwiet" = kwijt (not the typo of "kweet"), "aaf" = af (session 17): "7 kilo kwiet", "mien broek zakt aaf"
    "kwiet": "kwijt", "aaf": "af",
    # West-Flemish y for ij and "weetek" = weet ik, "lik" = gelijk (like) (session 17a; "afvagen" = afvegen is in AREA):
    # "mijn gat en de binnenkant van mijn dyen verdoofd zyn", "weetek nie of 'k da papier voelen", "'t is lik of"
    "zyn": "zijn", "myn": "mijn", "dyen": "dijen", "gelyk": "gelijk", "weetek": "weet ik",
    "lik": "gelijk",
    # Flemish "dijn" = dijen (session 33C): "de binnekant van men dijn"
    "dijn": "dijen",
    # Limburg "aaf-" = af-, "oet-" = uit-, "rögk" = rug, "beneje" = beneden (session 18c): "ich bin de trap aafgedonderd",
    # "op mien stuit en rögk", "bijna oetgegleje op de natte tegels"
    "aafgedonderd": "afgedonderd", "aafgevalle": "afgevallen", "aafgevallen": "afgevallen", "aafgegleje": "afgegleden",
    "aafgegleeje": "afgegleden", "aafgetuimeld": "afgetuimeld", "aafgerold": "afgerold", "aafgesodemieterd": "afgesodemieterd",
    "oetgegleje": "uitgegleden", "oetgegleeje": "uitgegleden", "oetgegleden": "uitgegleden", "oetgesjove": "uitgeschoven",
    "rogk": "rug", "beneje": "beneden", "neet": "niet", "mich": "mij",
    # Drents, Twents, Gronings: "e-" voor "ge-", "kukeld" = gekukeld (gevallen) (sessie 26I): "van
    # de trap af evallen", "achterover kukeld op de stoep", "ze kukelde van de stoel"
    "evallen": "gevallen", "evall'n": "gevallen", "evaln": "gevallen", "kukeld": "gevallen", "gekukeld": "gevallen",
    "ekukeld": "gevallen", "kukelde": "viel", "kukelden": "vielen", "deurkukeld": "gevallen",
    # West-Flemish "beenen" = benen, "twi"/"twie" = twee (session 19h): "mien twi beenen zin lik pudding"
    "beenen": "benen", "twi": "twee", "twie": "twee",
    # Gronings ai for ee/ij, "nait" = niet, "blift gelieks" = blijft gelijk (session 19m): "in baide bainen tintelingen",
    # "minder kracht in allebaide", "t is nait slechter worden"
    "baide": "beide", "bainen": "benen", "bain": "been", "allebaide": "allebei", "nait": "niet", "aaltied": "altijd", "uut": "uit", "blift": "blijft",
    "gelieks": "gelijk", "knijen": "knieen",
    # Drents, Twents, Gronings "nig"/"nich" = niet, "krek" = precies, "gliek" = gelijk (session 27N): "t wordt nig
    # slechter", "krek gliek as eerst"
    "nig": "niet", "nich": "niet", "krek": "precies", "gliek": "gelijk",
    # Gronings "gevuil" = gevoel; Brabants, Twents and Limburgs "bene" = benen, Limburgs "bein" = been (one leg or the legs:
    # read as one, "beide bein" is both) (session 23N): "zo'n dood gevuil in baide bainen", "mien beide
    # bene zwoar en doof", "beide bein zwak"
    "gevuil": "gevoel", "bene": "benen", "bein": "been",
    "gevuul": "gevoel", "gevuulloos": "gevoelloos",  # Limburgs (session 26E): "gein gevuul in de bene"
    # Limburgs "beinsj" = benen, "teine" = tenen, "weure"/"weurt" = worden/wordt, "eder" = elke, "maond" = maand (session 32BA):
    # "mien beinsj weure slapper", "op mien teine staan", "dat weurt eder week erger" (the real neighbours of "weure",
    # "weurt", "teine" in REAL_NEIGHBOURS below)
    "beinsj": "benen", "teine": "tenen", "weure": "worden", "weurt": "wordt", "eder": "elke",
    # Drents and Twents uu for oe, -e for -en (session 23Q): "kribbelt in beide vuute", "de onderbeene veult doof an",
    # "mien vuut slöp"
    "vuute": "voeten", "vuut": "voet", "veult": "voelt", "kribbelt": "kriebelt", "onderbeene": "onderbenen",
    "bovenbeene": "bovenbenen",
    # Limburgs "hob" = heb (session 21f; "bekans" = bijna and "vasgegrepe" in SPOKEN_PHRASES)
    "hob": "heb",
    # Limburgs "hawding" = houding; West-Vlaams "gaot" = gaat, "afvaegn" = afvegen (session 24S): "ich vin gein
    # goeie hawding", "t plassen gaot nie goed", "bie t afvaegn" ("gein" = geen is in SPOKEN_PHRASES: "voor de gein" stays)
    "hawding": "houding", "hawdinge": "houdingen", "gaot": "gaat", "afvaegn": "afvegen",
    "opheffe": "opheffen",  # (session 24U; Limburgs "weurt", "sjlapper", "linkerbein" in SPOKEN_PHRASES)
    # Drents "bijn" = been, Twents "voot" = voet (session 25M1; "baaide", "bijnen", "linkervoot", "drumpel" in SPOKEN_PHRASES)
    "bijn": "been", "voot": "voet", "drumpel": "drempel",
    # West-Vlaams "nietn" = niets, "voeln" = voelen (session 26B): "as ik mi afkuisn voel ik bijna nietn"
    "nietn": "niets", "voeln": "voelen",
    # Drents, Twents and Gronings "veuten" = voeten (not "veut": the French "veut"), Gronings and Limburgs "bie" = bij
    # (session 26F): "mien beide veuten slaapt", "mijn voet klapt bie elke stap"
    "veuten": "voeten", "veutn": "voeten", "bie": "bij",
}  # fmt: skip

#: Typo reading of content words: a token of 5+ letters one edit from a word of
#: the vocabulary is read as that word.  The vocabulary is every literal word of
#: 5+ letters in the red-flag patterns plus these (words the patterns only spell
#: in parts, "nu(?:mb|m)ness").
FUZZY_TARGETS = frozenset(
    """
    aanrijding afgevallen afkuis afkuisen billen bilnaad binnen binnenkant chemo fietszadel
    geslachtsdelen gevallen gevoelloos gevoelloosheid gevoelloze gewicht incontinent kanker koorts
    koortsig krachteloos metastases nachtzweten ongeluk ongelukje ongelukjes ongeval ontlasting
    ophouden perineum plassen rillingen schaamstreek stoelgang tintelen tinteling tintelingen
    tintelt toilet tumor uitgegleden urine verdoofd verdoofde verdoving verlamd zadel zitvlak
    zwakker
    """.split()
)
#: Real words of the language one edit from a vocabulary word ("ladder",
#: "never", "wakker"): never changed.  Generated from the system word lists
#: (tests/unit/test_redflags_street.py::test_real_neighbours_are_complete).
REAL_NEIGHBOURS = frozenset(
    """
    straalde straalden scheutjens
    aaide abide baidu baize bande barnen blaft blikt bluft knijpen
    deuten feuten geuten heuten meuten neuten reuten velten venten verten vleuten
    bevuil gehuil
    drempel drumspel
    beult heult zeult vault veilt dribbelt kibbelt knibbelt krabbelt kriebelt kribbel vutte vuutje
    aangerold afgedonderd afgerold afgetuimeld
    niksen niksje nikste
    beelen belenen leenen
    genaken gerakend geraket geroken
    kwiek
    bliek griek kliek vliek
    handing harding hawking
    afgeveegde afgeveend afgeveerd afgevergd afgevoegd
    afgekomen meter
    behoefde behoeft behoeften behoeftes boodschapt
    losjes verbiest verhindert veriest verkiest verkiezen verleest verlieft verliepen verlieten verlieven verliezend
    verliezer verriest
    bescheen beschenen beschieten beschoten coverall dodder doren fodder foren genoegd genoegt gescheten goren horen
    ingeduwde ingetrapte ivoren joren modded moddert moren nagemaakt natgemaakte noren overalls smodder soren toren
    vooren voorgaan voorman voortaan vorens vorken vormen vorsen vozen vroren vuilgemaakte vuren
    ankes ankies anklets bergens boers bogers bomers bouches bowling boxer check chucks couches
    douches eekels eikels engels ergens insider insiders manage managede managen managend manager
    managet onderbreek onkels oxers roosting settels shift shirts souches touche toucher vaccin
    vaccines vaccins
    format formant vandaal vandaan vandaar
    bavel blank buiging bulsing carton ceder droppeltje druppeltjes elastiek flank gezwellen
    gezwolgen javel kanton karnton karten kartons kavel klank kraton leader leber ledes leider lener
    leper lezer midde middel nagel natel navels naven naves neder nevel omgezet onderduik opgelet
    pavel plano plans plant plastics ravel sarton scheetje scheurtje scheutjes seder singel singlet
    slank slechtst snavel snollen sollen staaltje stollen straaltjes straatje swolgen teder theia
    theil wakst walst weder whist zwollen
    smarting staring stoppel stoppend stopper storting strating
    aangehaakt aangemaakt aangeraakte abdomens akens alken bakens barry baton begon beknepen bekrabd
    bella belle bello betond betont betoon bevoeld bezon bolken braakte branche branco breton brode
    broge brokje brokke broks brokt brokte brokx brunch bully carly carre carrys cederen clipping
    collapsen corry curry daartoe degels diederen dolken doorat doordat doormat doornam doorweeft
    doorweegt doorweek doorweekten doorwerkt doorwerkte doorzat draaft dragan dragee dragend drager
    dragon dragt draken dralen draven drieg driegen drijfnatter drijfnet droef droge drogen drongen
    droog eesten egels elden elfen elien elkeen ellen elpen elven elzen esten etappen etsten festen
    garry gedoeld geeest geest geetst gejoeld gekneden gekoeld gekrab gekrabde gekramd gekribd
    gekrikt gekwaakt gekwekt genepen genest geprakt geprijkt geprikte geprint gepruikt gerest gerikt
    getast geteste geteut getost geveeld geveld gevest gevoegd gevoelde gevoerd gevogeld gevold
    gewest gewoeld gewrikt glijd glijdend glijder graait harry hoofdkussens iedereen jeton kegels
    kelken keton kniep kolken kraait kraakte krabbe krabden kragen kramde kribde kroegen lakense
    lalkens lamens larens larry lederen liederen marry mesten molken nesten pegels pesten polken
    praait prees prefs preses prest pross raagt raait raalte raapte ranch rankte regels resten
    sahins sappen scheden scheeen scheen scheenbeen scheien schelen schenden schengen schenken
    schepen scheren scheten scheven schift schins schoenen schonen schrift schuif schuijt schuilt
    schuimt schuint schuit schurft sederen serras seton shans sjappen skins slidings slijping
    snappen snappend snoep sound spanning spinnig sponning staartbenen stampen stampte stapje
    stappend stapten state statte stegels steppen stepte stins stipte stoepa stoept stolp stomp
    stoppen stopte straft supports swager swappen takens tammy teksten tengels tepels terra terris
    terrys testbed tester testes testten tetras teugels teuten texels texten timmy tolken tosten
    trouwe trouwt vederen verras vlijden volken vraagt vragen vroeg vroegen waartoe walken wokken
    wolkend wolven wraakte wroegen wulken zager zegels zwagers zwanger
    aovers beter bevek bevel bevend bibberden bibberend bleven bobberen breven built chose coers
    convers cover covert drillen duvel duvelt fonkel govers grillen heter heven huilt keven konkel
    kuilt leter lovers meeter meier mester meters metier metser meyer mieter monkel neven nonkels
    nonkes overs petar peters pieter piter puilt quilts quint quist quizt rellen rilden rille
    rillend riolen rovers ruilt rullen seven suilt tempe tempo tempos tempus thees thermometers
    thesen theses trillen veter vonkel zeven
    baatje close closes closets dongen finaal finale gaaitje gaaltje gaasje gaatjes gastje graatje
    hoever iepen joegen joggen jonen jongden jonge jongend jongens jonges jonken jonnen jorgen
    jungen kaatje kaatste kiepen kleinsde kleinst kleinsten laagste laatje laatst laatsten lispen
    maatje meije meisjes mensje mesje muisje naatje noach paatje plaatste raatje reisje riepen
    rongen sheet shopping soppig stopping strafste strakst tongen topping vaatje wiepen zongen
    anneke arink bleinen bleintje bonze boode boone braad break breda breed breid brink broze
    budding caris carls caros chick chocolade coffees coffie crises crisis crisp dijkt dineer diner
    driek drinks drinkt galei gapten gassen gaste gastel gaston gaten gearing gelee geleid geler
    gelui gerei gevlei gewei gisten glans glasz hanneke hearing iphone issue janneke jezelf juich
    juicy keuter keyboards kijkt klauter kleene kleide kleiden kleijne kleijnen klein kleiner kleins
    kleinte kleintjes kleinzen klene kletter kleumer kleunen kleuters kleutert kleuver kloffie
    kneuter kruien laptops leasing leerkes leuter lijdt lijkte lijmt lijnt lijst lubber mannee
    manneken mannekes meike meise meisje meisken meiskes metske meuter miske munneke oleine padding
    peauter penter pester peter petter peute peuten peuters peutert plass pleinen pleintje plone
    preuter propere prosper puddings putting reuter rhone robber rooze rubbers ruien rutting sagar
    sanneke sheets sjaal sleets smeets snaaks snack staals stahl sumar sweens sweers sweerts tanneke
    telefoons teuter tissues toffee trick truijen truken tuien tweets udding vegend veger velgen
    vemen veren vergen veugen vezen werring wijkt
    afweer aimes alain aleer alweder alweter herhaaldelijke limes loods lords meerderde meerderen
    meerdert mimes nimes tames tiemes tiems tijmes timen timers timet timmes timos tines
    verschillend verschillenden verschillends
    aflappen aflapten akten bakende bakten begapen begeer begerend begerende begraven behangen
    bekeef beleef belevend dingen doelend doelende dorps droes droos dropt flapje flapperde fleppen
    flippen flippend flipte flipten flopte flopten frappen gakkende gakten geflipt geflipte geflopt
    geflopte geglooid geglooide gehangene geketst geketste geklets gekloft geklofte geklooid
    geklotst geklutst geklutste gekoetst gekwetst gekwetste gelapte gelofte gelooid gelooide
    gepletst geplof geplooiden geploot geplot gepoft gepofte gepooid gesleep gesleepten geslempt
    gesloft gesmaakte gevangen gevangenen gevlooid gevlooide gezangen gingen glooide glooiden
    glooiende haaften haakje haakpen haakse haasten haatte haatten hackte halend handde handden
    harkende harkte harkten hatend hatende havende hijgen hilgen hinden hingene hinken hinten hinzen
    joelend joelende kaakte kaakten kaapte kaapten kappend kappende kapte kapten ketsen ketste
    ketsten kikten klakte klakten klampte klampten klanten klapperde kleisen kleppend kleppende
    klepte klepten kletser klikkend klikkende klikten klooide klooiend klooiende kloppend kloppende
    klopte klopten klotsen klotsende klotste klotsten klutsen klutste klutsten knakkend knakkende
    knakten knappend knappende knapte knapten knikkerde knipten knokten koelend koelende koetsen
    koetste koetsten krapte krikten kwetsen kwetsend kwetsende kwetste kwetsten laakte laakten
    lakend lakende lakten langde langden lappend lapten looide looiden looiend looiende maakte
    maakten makend makende naakte naakten nakend nakende pakkend pakkende pakten pingen pletsen
    pletsend pletste pletsten ploffer plofferd ploten plotten poffen poffend poffende pofte poften
    pooide proffen raakte raakten rakend rakende ringen shakend slakken slempten sloffen sloffend
    sloffende slofte sloften smaakte smaakten smaken smakend smakende smakker smakkerd smalte
    smarten smekken smokken smokte smukken smukte smukten snakken snakkend snakkende snakte snakten
    snikkend snikkende snikten taakte taakten takten velend velende vingen vlooide vlooiden voedend
    voedende voegend voegende voerend voerende vogelend vogelende waakte waakten wakend wakende
    woelende zanten zaten zingen zwakten
    gekakeld kakelde kakelden kukelen kukelt
    berken biezen bliezen eerken erken gebekt geblekt gedekt gegekt geleekt gelek gelekte gelept gelest gelet gelikt gelokt gelukt gemekt genekt gepekt geplekt gerekt gevlekt gewekt giezen herken heten kerken keten kiezen leizen lieben lieden lieven lieze liezes linzen marken mekken melken menken mergen merkel merkem merkens merker merkten mesken meuken neten niezen peten verken vliezen weeen weien wekten welten westen wetend weven zerken
    bedronken brinken cycli doelden dranken drenken dringen drinkend dronk dronken druppen gedrongen ijskou ijskoude joelden koelden kramen krank kregen kwaden kwaken kwalen kwame kwames pointes regel sering velden voedden voegden voerden vogelden vrank wamen woelden
    aalden aandraag aandring aandrong aangebeden aangenomen aangeraden aangeregen aangetreden
    aangevallene aanhouden aanhoudende aarde abbys achten achterruit achterzit achting acuter adder
    adders adelen aders aelen afgedaan afhing afkruis afkruisen afkuist afkussen afluis afraad
    afrand afruisen afsleep afvagen afval afvallend afvaller afvegend afvellen afvergen afvillen
    afvoegen afvullen afweeg afweegt afwegen afzegen aijen aissen akker alders alkmaar allen almaar
    aloud alves amber amier amoer ampel ampere ampex anale andel anderen andes andre andree andres
    anjer anjers anker ankers ankie anklet aower aparte aparts apert appie armen asper astaat asten
    astraal atten auctie awater azijn baalde baalden baalt baalzak baard baast baaten babas babes
    babis badeend baden badende bader baeten baken bakken bakker bakte balak balden balen balend
    balgen balken ballend ballet ballin balling ballon balpen banen banend banger bankers bannen
    barel barend barning barth barts bases basten batch batches baten batte batten batter baving
    beamen beate beates beboerd bedaf bedde bedeling beden beding bedoening bedonderd beeks beenden
    beenen beeren beffen begaan begaven begeef begeert begeren begevend beging behaald behaalde
    beheren behing beidde beiden beider beidt beien beieren beige beije bejegen bekaf bekakt beken
    beker bekeren bekeven beklapt bekoeling bekomen bekte bekten beland belazerd belde beleden
    beleeft belegen belen beleren beleven believen bellen beloerd beloof belopen belten belust
    bemaalde bemand bemind bende benden benemen benepen benig benige benin benne bennen bense
    bepaald bepaalden bepaalds berde berden berecht bereden beregen beren bergaf berger bering
    berning beroemd beroer beroerde beroert berten berust beslagen besneden besodemieterd besten
    bestraal bestraalde bestraalt betaalde beten beteren betten betting beunen bevalen bevallig
    beven bever beveren bevind beving bevlogen bevoel bewalling bewaren bewast beweegt beween beweer
    bewees bewegend beweger bewenen bewerend bewerken bewezen bewind bewogen bewoon bewuste bezakt
    bezaten bezeren bezing bezond bezweek bezweer bezweert bezweren bezwete bieren bieten biets
    bietsen biggen bijen bijgenomen bijlen bijma bijnam bijnen bilde bilden billy bilzen binden
    binder binken binks binten bissen bister bitten blaag blaak blaam blaar blaast blaat bladdert
    blader blans blaten blauw blekken blekte bleren blieft bliep blieven blijden blijf blijken
    blijkt blijst blijvend blijver blinker bloed bloei bloeiend blond bloody bloom bloos bloot
    blower bnner boden bodes boeide boeing boeke boeken boelen boenen boeten boeven bogen boiten
    bokma bollen bolling bolnes bomen bommas bommer bompas bonder bonen bonis bonnen bonnes bonos
    bonus boontje borden boren borst bosma bosven botel boten boting botma botox botten bouma bouwel
    bovee bovenveen bovien bowen boxen boxma boyes braai braaien braas bracht braden bradend braeken
    brallen brammer brechts brede breden breek breide breken bremmer briek brillen brock brocken
    broec broeck broed broeden broei broeien broeke broen broere broeren broers broes broezen broker
    brokken brommen brommers bronk brood brouw brozer bruis brummer bruning bubbel bucht buenen
    buide buiden buien buigen buiken builen buinen buining buitel buitens buiter buizen bukte bukten
    bullen bulten bults bunder buning bunnen bunny burin buring bussen busten buster buten butst
    button buurma buurmans buuts buyten caches caching caddy cakes callen camper cancel canter
    carmen cases casten casting catchen catcher catchers catchy causa celen chaim chang charge
    chiels chili chill ching chole cissen claas clair clash classen claves clean cloches clouds
    clous clout cobes codes coelen cokes collegae collegas college collegia comas comfortabel
    comfortabele constante constants contant contigu continue continuo controles corts coulant crama
    crashen crashend crashes crasht cycline daagt daalde daalden daals daamen daast dadel daden
    dader daemen dagend dager daggen dahmen daken dalen dallen damen damme dammen damper dandy danen
    danker danny dante darde darren darten darts daten dating dauwen dazen dealen dealt deans death
    deben deden deelen deels degen degens deken dekte delden delend deler deleu delgen delien dellen
    delven demand demen denen denis derden deren detentie deuring dezen dicht dichter dieben dieden
    dieft dieken dielen diemel diemen dienen dient diepen dieping diept diepten dieren diest dieter
    diets dieven differente dijden dijken dijon dikten dillen dippen dipten dissen dobbel docht
    dochten dochters dochtertjes docter doding doeke doelde doelen doelt doest dofheid dogen dolen
    doling dommel dommen dommer donder donderen donner doodzieke doopt doorziek dopen doping dopping
    dorden dordt dormaal dorst dotten douwen doven draad draaf draag draaiden draaiend draaier
    draait draak draal draalt dracht draden dragen drank drees drens dribbel dribbels dring driss
    drong droppel droppelde droppelen droppelt droppen droppings drubbel druis drukke drukkend
    drukker drukten druppel druppelden druppelend druppels dubbeld dubbele dubbels dubbelt dubben
    ducht duidelijk duidelijker duiker duiten dummy dunne dunnen dunnere dunning duren dussen duster
    duwden duwel duwend duwer dwaalt dwang dwing echie echten echter echtgenoten echtgenotes echts
    echtte edelen edeler edels edese eeken eelke eender eerde eerden eerdere effen eggen eieren
    eigene eigens eigent eiger eikel eiken einder eindje eisen eises ekkel eland elger elies elises
    elkes ellendige elles elsas elsen elsens elses elsies elsjes elskes elsts elsys elting elzes
    enden engel enger engst enigen enkelen enkels enken enting ergere ergers ergert ergste erker
    ernst ernstig ernstiger ernstigs essed esther ether etten etuitje eussen evere evers evert
    expresse extras faalde faalden faalt faken falen faling fallon families fancy fannys farces
    farde fases fatten febes feeks fehling femels fenny ferre field fielden fiens fieps fiers fieten
    fietsend fietser fietst fietsten fietszadels fijen fijne fijnen filets finke finnen fissen
    fitnes fitnest fitsen fitten fitting fladder flappen flapper flapte flauwe fleren flets fletst
    flink flinker flinks flipt floer flohr floors floot floppen floppys flopt fluor flying fnver
    foeke follega forse forst fraai freling frets fried friens frons fronst fruit funky gaard gaast
    gabys gaden gaine gaines gakken gakte gallen gamer gander ganders gangen gaper garde garden
    gaslagen gasten gasteren gatten gaven gebaald gebakt gebeden gebietst gebist gebleken gebleten
    gebokst gebootst gebost gebotste gebraakt gebutst gedaagd gedaalde gedaas gedaasd gedauwd
    gedeald gedenderd gedicht gedist gedonder gedonderde gedoneerd gedonkerd gedouwd gedraald gedubd
    geduid geduld gedund geduw geduwde gedwaald geeist geeks geelden geels geenen geerden gefaald
    geffen gefiets gefietste geflapt gegaap gegakt gegeven gegist gegoeden gehaagd gehaaid gehaakt
    gehaal gehaalde gehaard gehak gehakt gehand gehard gehoon gehotst gehuwd geide geien geinen
    geinig gejoel gejoept gejond gekaakt gekaald gekaapt gekaft gekakte gekalkt gekant gekapt gekart
    gekast gekat gekikt gekist geklakt geklampt geklap geklapte gekleden geklept geklopt geknakt
    geknapt gekotst gekozen gekraakt gekrakt gekresen gekreten gekte gekwakt gelaakt geladen gelagen
    gelagerd gelakt gelald gelande gelang gelangd gelapt gelast gelazer gelden geldof gelede geleen
    gelegden gelegen geleidelijke geleidelijn geleiden geleien geleken gelelden gelen gelend gelezen
    gelicht gelieve gelijke gelijkt gelik gelink geloei gelogen geloken geloo gelood geloofd gelooft
    geloop geloot geloven geluwd gemaakte gemaald gemand gemankt gemarkt gemast gemeden gemest
    gemijt gemikt gemis gemist gemiste gemitst gemixt gemond gemotst genaakt genee gener genes genet
    geniaals genien genist genitale genomen genten geologen gepaald gepaalde gepakt gepand gepast
    gepen gepest gepiept gepiest gepikt gepiste gepit gepitst geplakt gepland geplant geplas geplat
    geplust gepoepte gepompt gepost gepust geraak geraakte geraapt geraden gerand gerankt gerecht
    geredden gerede gereden gereder geregen gereiden gereken geremden geren gereten gereven gerezen
    gericht gerist geroerd gerond geroot gersen geruineerd geruit geruwd geschept geschokt geschop
    geschopte geschort geshopt gesist gesjapt geslachte geslagene geslapen geslapt geslecht geslicht
    geslopen gesmaakt gesmacht gesmak gesmart gesmokt gesmukt gesnakt gesnapt gesodemieter gestampt
    gestapo gestapte gestart gestat gestept gestipt gestopt gestraald gestruikel gestruikelde
    gesukkel getaakt getaald getackelde getakeld getakt getallen getand getapt geten getoept getond
    getreden getuimelde gevallend gevallene gevel geven gever geviel gevist gevlast gevloden
    gevloten gevoed gevoeg gevoeld gevoellozer gevoelt gevolgen gewaakt gewaald gewacht gewand gewen
    gewerden geweren gewichtverlies gewist gewoel gewon gewond gewonden gewonderd gewoond gewoons
    gewordend geworgden geworpen geworven gewraakt gewricht gezakte gezand gezant gezapt gezicht
    gezichtsverlies gezind gezoend gezon gezonde gezonden gezondere gezonds gezopen gezweet gezwicht
    ghielen gielen gieren gieten gieteren gieting giggen gijnen gilde giling gillen gillingen ginder
    ginds gissen gissing gister gitten glace gladder gleden gloed gloeien gloeiende gloeit glooi
    glooiend glooit gloor glopen goeder goelijk gokten gomes gomma goors goorst gorden gordt gorig
    gorige goring gorten goten gottem gouden graai graaien grace gracht grada grady grafen grage
    grande grandia granen graten grave graven grazen grein grenen griend grienerig grieperige griot
    groei groeiend groen groet grofte grohe grolt grommer gromt grond groos groote grootmoeders
    groots grootvaders grotel groten groter grotje grotten grouw grove gruis grund gucht guiten
    gunnen gunning haagde haagden haagen haags haagt haaide haaiden haait haaks haakte haalt haard
    haarde haarden haart haase habing hacken hackt haelen haest haffen hagen hakan hakend haker
    haket hakkel hakkens hakker hakte hakten halen hallen halst hamen hamer hanas handen hands handt
    hanen hangel hangend hanger hanis hanna hannen hanny hansen hanzen haper happy hardde harden
    harder hards hardt hardy haren hargen haring harke harken harkt harmen harpe harre harst harte
    harting harts hassing haten hater haven havinga hazen heather hechte hechter heden heelden
    heerder heffe heffer heften hegen heggen heide heken hekken helden helen helft helis helms helpe
    helst henen hengen henis herder herpt heruit hever hielde hiele hielp hielpen hielt hierden
    hieven hiken hikken hilde hillen hilly hinder hinderen hinds hingen hinnen hippen hitten hobby
    hoeden hoeder hoedt hoeke hoepen hoest hokken holden holding homes homma honden hondt honger
    hongs hoofde hooff hoofs hooft hoopt hopen horde horden hordt horig horige horsen horst hotten
    houben houda houdend houder houdini house housen houten houting houwen houwing houwt hoven
    hoving hueting huisband huiting hukken hukte humor hungs hunnen hunner hunting hurks hurling
    hussen hutting huwen icloud iding ieder ieders iemands ieren ilses incontinente inden indies
    ineens ingen inger ingeregen ingetreden ingeval innen inren intiem intiemer intiems ireen jaans
    jacht jachtig jachtige jagen jakes jakken jakker jammie janna janny jasten jatte jatten jatter
    jeens jeeps jegens jeker jelke jelle jellys jense jetten jians jicht jijen jingle jingles jiven
    joans joeke joelde joelen joelt joepen joint jones jonger jopen jorts juans jukte jussen kaakt
    kaalde kaapt kaard kaast kader kagen kager kaken kaker kakers kakkend kakker kakkers kakte
    kakten kaler kalken kallen kalmer kamel kamen kamers kamfer kamper kanjer kanjers kankert
    kankervrije kannen kanoer kanoers kante kanter kanters kants kaper kappen karde karts kassen
    kassing kasten kater katte katten kazer keans keept keers keffen keggen keken keker kelen kelly
    kemps kenen kennen keren kerkt kersen ketst ketting kever khmer kicken kickend kielen kiemel
    kieren kikken kikte kilde killen kilts kindeken kindjes kinds kindse kinkje kinnen kippen kissen
    kiten kitten klaas klacht kladder kladt klakken klakt klamer klampen klampt klant klappe klappei
    klappend klapper klapte klapten klaren klasje klassen klauw kleden klefst kleien kleppen klept
    klerken klets kletste kleuren kleven klieren klijn klikken klikt klikte klinker klippen klock
    klooit kloppen klopping klopt klotst klucht kluis kluiten klussen klutst knack knakken knakt
    knakte knappen knapt kneed kneep kneus knielen knieren knies kniezen knijn knikje knikkend
    knikker knikkers knikten knipt knipte knokken knokt knokte knook knoors koelde koelen koelt
    koeren koers koerst koest koeten koets koetst kohler kokken kolos komma koobs kools koontje
    koops koopt koord koorde koorn koortsige koost kopen korden koros korps korse korst korte kortst
    kossen kotor kotten kovel koven kozijn kraai kraaien krach krachs krachteloze krachtloos
    krachtsverlies krakken kramer kramp kranker krappen kreek krees kreet kreng krijgend krijger
    krijgh krijgt krijn krijnen krijs krijsen krijt krijten krikken krikt krikte kring kringen krips
    krocht kroeg kroel krommer kroot krucht kruid kruif kruijs kruik kruim kruin kruip kruise kruist
    kruit krukken kucht kuenen kuijt kuijten kuiken kuilen kuipen kuipten kuisen kuisten kuiter
    kuiven kuizen kunne kunnend kuper kurts kussend kussens kussentjes kusten kuster kutten kwakken
    kweet kweten kwetst kwijl kwijlt kwijn kwijnt kwijtgemaakt kwijtgeraakte kwikken kwikte kwint
    kwist laakt lacht ladders laddert lader lagen lager laken lakken lakker lakte lallen lamia
    lammie lamper landde lande landen landend lander landerd landers lange langen langere langoer
    langs langt lanser lanter lanting lappen lapper lapte lassen lasser lassing lasten lastige later
    lating latte latten laving leahs leans ledder leden ledigden ledige lediger leeds leegraken
    leeks leekte leemt legden legend leger leges leget leggen leghen legoen leien leken leker lekje
    lekke lekken lekte lekten lelijk lelijker lelijks lemen lenen lengen lenige lenigen lenis lente
    lenten lepte leren leste lesten lether lette lettend letter leugen leuks leute leuten leven
    lever lezen lianen licher licht lichte lichten lichtere lichters liegen liepen lieren lieten
    liggend ligger lijden lijft lijken lijmen lijnden lijnend lijten lijven lijzen likker likte
    lilde lillen lilly lilos linas linger lings linke linken linkerd linkere linkse linkser linkst
    linkt linnen linns linos linter linus lippen lissen lister listig littel living locht lodder
    loden loding loeder loeiend loepen loeten logen loggen logger loipen loken loker lokte lomer
    lomme lompen lonen lones longen loodt looft loogt looit loonse loont loontje looping loops
    loopse loopst loosde loost looze lopend loper lopes lopez lorden loren loser losging losse
    lossing loten loting louer loven lover lozen lozer lozing luchter luiker luiten lukten lunch
    luncht lurkte lussen luster lustig lutke lutte lutten luwen luwer luwte maakt maalde maalden
    maalt maast macht machtig machtige macks maddy magen mahler maken makken makker mallen mammies
    mander maning manna marde markt marter marts massage massing masten master match matches
    matching mater matser matte matteer mattel matten matteo matters mattes mayke meden meeder
    meeding meelballen meerder meest megen meieren meijne meijnen mekte melen melkt menen menige
    mening menning meren merit merks merkte merkx messen messes metastase metastasen meten metten
    meukt mieke miepen mierden miesen mijden mijke mijlen mijnde mijnden mijnent mijner mijns mijnt
    mijnten mijten mijzen milde milder millen millingen milly milos minde minden mindere minderen
    mindert minks minne minnen missen missing modder modest moede moeders moedert moedt moeer moeide
    moeien moeilijke moeilijks moeit moeiten moeken moelen moenen moere moeren moert moeste moesten
    moetend mokten molest moors mooten morden morse morst morten moten motors motos motst motten
    mouten moven muite muiten mummie mussen mutter naaiden naakt naarden naast nacho nachte
    nachtelijk nader nadere naders naken nakken nanda nanne nanno nanny nappa narde nasleep naste
    natie natje natste natten natter neede neefs neeft neels negen negens neggen neigen nekte nelen
    nelly nerden nerds nette netten netter niche nielen niemand nieren nieten niets nijbroek nijdig
    nikken nikte nilos nippen nissen noemt noest nonna noopt noords noors nopen norden norse norst
    notie notten novice nuiten nummer nutte oases oeken oelen oenen oenige oever ogelijk oijen
    olijven omber ombuigen omdraag omdraaiden omdraait omgeduwde omgereden ommer omtrekken omvoer
    omzet onderbeen onderbeten ondereen onderin onderken onderlenen onderlijk onderlijn ondier
    ondieren ondraaglijke oneer ongeren ongevallen ongewijd ongewilde onkel onophoudelijke onteren
    ontrol ontzetten ontzettende onveranderde onverankerd onweren onzekere onzekers onzer oorden
    oordt opart opdoffen opdoffers opdraai opdraaien opduvels opeet opgeduwd opgereten opgerezen
    opgetreden opgevallen opheffend ophouder oplaag oplassen oplet opoffer oprekken optellen
    optilden optillend optrekkend optrokken optuigen opzat opzeg opzegt opzei opzettelijke opziet
    opzit opzuigen orden order otten otter ouden ouder ouderen outsider overdeden overgelopen
    overheden overleden overleg overliggen overrede overredend overrepen overtreden paalde paalden
    paalt paarde paars paart paasgevoel paassen paats pacht pachter pachtige pacino paddy padel
    pager pagina pakes pakken pakker pakte paling pallen palts pamper panamas pander panders pangs
    panis panna panty pantys papen papers paping pappies pappig pappige paralyse paras paring paris
    parsen partners partus party partys pasje passages passen passer pasten patch patches patent
    pater patiente patten pauper pedis peeling peels peggen peins peking pekken pekte pelden pelen
    pelsen penen penris pensen peper peren perigeum perken perkt pernis perse persend perser persten
    persyn perzen petsen petten piassen pielen piemels piemelt piepel piepen pieren piesen pieten
    piets piezel pijen pijne pijnen pilde pillen pilsen pinker pinnen pisser pissig pisten pitsen
    pitten plaat places placet plagen plakje plakken plane planje plasjes plassend plassers plaste
    plasten plate platje plecht plegend pleger plekke plekker plekte plekten plengen pleten pletst
    pletten plint ploegen plofte plokken plooi plooij ploot plukken plukte plusje plussen plusser
    poeder poefen poeke poelen poemen poenen poepend poeper poepje poepte poepten poeren poeten
    poezen poger poging pointe poker politie polling polls pomme pompen ponder pooit pooling poorts
    popen poppen popping porden positief posities positron possen poter potten pouwer pover praai
    praaien pracht prang preciest precieus pregnante premies pretentie primas prime primo print
    prisma privaat privaten probeerden probeert proberend programmas programs pront pruis puiker
    puite puiten puper purine pushen pushend pusher pussen putts pyjama quito quitte quote raaien
    raakt raard raast rabia radder raden radend rader rading rafel ragen raisa raken rakken rakker
    rallen rally rangen ranker ranse rapier rasse rating ratte ratten rauwelijks realisme realist
    reces recht rechte rechten rechters rechtse rechtser rechtst recital recta rectaal rectale redan
    redden redens reder redes reeds reeen reeks regden regen regens reggen regio regios reide reiden
    reiding reien reijbroek reinig reken rekenen reker rekte relatie relaties relatieve relativa
    relden relen remden renden renen rense repen reten retenties reuen reutum reven rezen rheden
    ribbroek richt richter rieden rieten riets rijen rijgen rijnen rilde rillen rilling rinks rippen
    risicos rissen rister ritten roden roding roeden roeken roelen roels roepen roest roeten rohling
    rolfs roling rollen rollend roller rollingen romme rommy rompa ronder roose rosing rotor rotten
    roven ruding rugbyt ruiker ruine ruineren ruiten rukken rukte rumble runnen runner russen ruwen
    saeeds sagen saint sakes sakken sakker sammie sander sanders sangen sanna sanny sante santing
    sappe sarde sasten satan sater satter scart schaaldeel schaaldelen schaamlappen schaapstreek
    schab schaf schaft schaking schal schalt schap schar schart schats schep schild schip schob
    schoe schoep schok schol scholp schoo schoonmoeders schoonvaders schoop schopt schor schort
    schot schup schut scoop scooters seans seine sekse sekte selen semesters senne sensei senseo
    seoel serieus serieuzer setting sgper shaken shirt shooter shopt shorts showt sieren signa
    signaal silene sillen silos sinas sinderen single singles sinke sinter sinus sippen sissen
    sisser sissing siste sisten sisters sjaan sjoel sjort skaat skateboards skateboardt skill slaaf
    slaaft slaag slaagt slaak slaakt slaan slaats slacht slachte slachter slacks slagen slagpen
    slagt slaken slaking slapend slapende slaper slapie slappen slappere slapste slapt slapten slash
    slats slatte slaven slechten slechtere slechtje slechts slechtte sleden sleed sleeen sleeend
    sleeende sleen sleepten sleet slemp slempen slempend slempende slempt slempte sleper sleten
    sletten sleven slicht sliepte sliepten slier slieren sliet slieten slijp slijpen slims slinks
    slippen slippend slipper slipte sloep sloepen sloft sloopt sloor sloot slopen slopend slopende
    slort sluiker sluit slums smaakt smaal smack smakte smale smalle smalt smart smasht smeken smoel
    smoest smokt smukt snacks snakt snapper snapte sneep snees snelden snepen snikken snikt snikte
    snoot snort snuit snuitje soepen soest soeten solied somma sonder sonderen sonse soort sounds
    souper spaan spaat spasme spast spastisch specht special specials speelden speken speldden
    spelde spelen spellen spelling sperden spike spilden spina spinde spinel spinet spins spint
    spoel spoelden spoelgang spoot sport spreek spuit spuitje staaf staaft staag staagt staak staakt
    staal staalt staand staar staart staas staats stabel stabiele staken staking stalle stalling
    stalt staman stams stamt stands stang stange stank stans stante stapper stapt stapte stark stars
    starst starten startend starter starts steam steden steedse steeen steefs steegs steek steel
    steels steen steens stegen steger steigers steigert steijger steiler steiner stekel stekend
    stekene steker stekken stekten stelden stelen stellig stellinga stelping stenen stenige steniger
    steren sterken sterling steven stevie stevig steviger stevigs stiel stijl stille stilling stilt
    stine stippen stoei stoelt stoep stoer stoet stoft stoken stokt stoll stolling stols stolt stond
    stoof stooft stook stookt stoom stoomt stoop stoor stoort stoots stopt stort stout straalt
    straat stram strand strang streak streed streef streel streep strek streken strem strenge
    strengt strick strips stroek stroot strot struik struin strunk struyk stuart stuft stuif stuift
    stuij stuijt stuik stuikt stuip stuitbenen stuitjes stuitte stuken stunt stuntje stuut stuwt
    stuwtje suijker suikers suikert suite sunny supers sussen swaan swart sweep sweet swets taakt
    taalde taalden taalt taant tabel tachtig tacke tackel tackle tackles taede tafels tafelt takel
    taken takes takken takte tallen tamer tanen tange tangen tanger tanke tanker tankers tankte
    tantes tappen tapte taptoes tarde tarnt tassen taste tasten tater teaen tedere teeken teeling
    teemt teerder tegel tegens teint tekenden tekenend tekenpen tekens tekent tekin telen telgen
    telling temen temer temperaturen tensen tenten terechte teren tergen terribles tetten teugen
    teunen teven teweeg tezen thebe thera these thielen thinners thole tieken tielen tienen tieren
    tieten tijdige tijding tijen tilde tillen tilly timer timor timpen tinder tinge tinkelen tinkelt
    tinnen tinte tintelden tintelend tippe tippel tippend tipten tiptoets tirns tissen titelen
    titelt toeken toelen toepen toeten togen token tommy tonder tonen tools toontje toorts toppen
    torns torst tossen tracht traden train training traint tramp trampolines tramps trash traumas
    trechter treden treed treek trein treken trias trien triep trijs trillingen trintelen trios
    trippel trippen trippend tript trits trouw trouwers truck truis tucht tuier tuint tuisen tuiten
    tuitje tukte tumbler tumblr tumors tunen tuner tuning turans turend turks turnde turnen turnend
    turner turnt tutor tweet twingo twint uijen uiten uitgekleden uitgekleed uitgeschoren
    uitgeschoten uitten uitvlak unger unies urinerend vaalt vacht vadem vaders vadert vagen vager
    vaginaal vaginale vaginas vaker vakken valer valken vallei vallend valley valling valtijd vander
    vangen vanger vangt vasen vaste vaster vastten vaten vatte vatten vechter vechtgenoot veder
    veelde veelt vegen veken velde velen vellen venen venige venis venkel verdeden verder verdoft
    verdoling verdoofden verdoold verdoolde verdoolt verdoopt vererger verergerde vergleden verheden
    verhinderd verhoogd verhoogden verhoorde verhoren verhoring verkies verkleden verkoren verlaad
    verladen verlag verlam verlamde verlamt verlee verleen verlees verlegd verlegden verlegen
    verleggen verlegh verlegt verleiden verleien verlenen verleng verlep verleren verlet verlezen
    verlief verliep verliest verliet verlig verloden verlonen verloofd verloofde verlooft verlopen
    verlorene verloten verloven verloving vermager vermagerde vermagert vermeden verminder
    verminderde vermindert verongeluk verongelukte verreden verschrikkelijke verschrikkelijks
    versies verstapt verstoft verstokt verstompt verstomt verstoot verstop verstopte verstout veruit
    verweg verwies verzeg vesten veten vetten vielen vieren viets vilde villen vince vinder vinker
    vinnen vissen vissing visten vitten vladder vlassen vlasser vlasten vlecht vlekken vlekte vleten
    vletten vloei vloeiend vlood vlooit vlouw vlucht voedde voeden voeder voedt voegde voegen voegt
    voelden voelend voeler voerde voeren voert voesten voeter vogelde vogelen vogelt volde volkje
    vollen volling vonder vonten voordoet voors voorst voortduren voortdurende voorts voorvoeg
    voorvoel voorvoelt vorden vorigen vorst vouten vracht vrede vreden vreemde vreemds vreten
    vrienden vriends vriens vrijend vrind vrouwe vucht vullen vulvas vurig vurige vuurman vvder
    waakt waalde waalden waard wacht wachter wadend wafel wagen wagens wagter wajer waken waker
    wakers wakke wakken wakkere wakkert walchers walde wales waling walker wallen wally walter
    wander wangen wangs waning wanner wanten wants waoer warde warden waring warmen warming warong
    warring warten warts wassing wasten waters watert wattel waver waves wedden weden wedren weegs
    weeig weekst weekt weeling weening weens weeps weerd weerden weergekomen weering weers wegels
    wegen wegend wegenis wegers weggen weging weide weiden weinige weken weker wekker wekte welde
    welden welen welken welker welks welkt welkte welle wellen welse welte wenden wenen wening
    wenker wenting weren werger wering werken werker werkt werpen werst werther werven weten wetens
    wetten wettig wever weyden wezens white wicht wiegt wieks wielde wielden wielen wiemel wierd
    wierden wieren wieten wiggen wijde wijen wijlde wijlen wijne wijnen wilden wilder wilds wilfen
    wilgen wilke wilken wille willem willend willens wills willys wilten winde winder windje winnen
    winner wippen wissen wissing witten witting woeden woedt woelde woelen woelt woerden woest
    wolden wolke wolkjes wollen wonden wonder wonderen wondt woold woorden wordend worgden worgen
    worgt wormen worms worpen wouden woudt wraking wrakker wrang wratten wrede wright wring wroeg
    wuite wuiten xander xanders yacht yangs yield zacht zachter zachts zadels zadelt zaden zagen
    zaken zakje zakker zakten zamel zander zanders zangen zanger zanting zapte zatte zatter zavel
    zeden zeels zeemt zeerder zegden zegen zegens zeger zegge zeggend zegger zeide zeiker zeken
    zekere zekers zekert zelen zenen zengen zenige zeper zetten zetting zeugen zever zicht zichter
    zieker zielen ziften zifting zijne zijnen zijvlak zinder zinderen zinker zinnen zippen zitte
    zittend zitter zmper zoeker zoelen zoentje zoeten zonder zonderen zones zooitje zooltje zoontjes
    zoorst zootje zopen zotten zouden zoudt zovele zowaar zowel zucht zuidelijke zuiker zuring
    zussen zusters zwade zwagerschap zwakke zwakken zwakte zwalker zwart zwarte zweden zweed zweedt
    zweef zweeft zweeg zweel zweem zweemt zweep zweept zweer zweert zwegen zweien zwelen zwelt
    zwemen zwemt zwepen zweren zwetend zwetsen zweven zwikker
    glooien gronde grondt gudden klooien kudden looien mudden omboog opgeteld opgetilde ophoog plooiden plots plotseling plotte pooien prooien slooien sulden urgente urgert vleer vlier vloed vloek vloert vloet vlooien vwoer zowat zwaag zwaai zwaal zwaan zwaard zwaars
    eeuwige flappend verdienen verdween
        aankomend aankopen achterblijf afgelakt afgepakt afgeplakte afgeplat afgeplukt afgevlakt
    afwisselen afwisselende aling badding bayer bears bedding beerten beukten beurden beuren
    beurtelingse beurzen bolding buurten clinge clint collaps cours coverde coveren domen duros
    eetmaal eling emiles falie files fobie foelie folden folder folies folio fonds fords gebikkeld
    gepikkeld getikkeld geurten gewikkelde gewinkeld gilden globes hardboard ingehakt ingekakt
    ingepakte ingepast ingepikt ingeplakt ingezakt jolie jours kilden kling kogen koken kolen koman
    komend komens kommen konen koomen koren koten kozen kweken laser lazer lilden loves luchtbad
    luchtbel mayer miels mikes milas milles mines minsten minten minute niches nomen nours oling
    omwikkel omwikkelde omwikkelt ondervoed oomen paddel padden panding plakrand plannen planner
    player redding rocks romen shocks snood soeks stocks stukke theras theresa therese tilden toddy
    tomen tours vilden walden wecken wekken wending wenken wetsuits wieden wieken wijden wijlden
    winches winden wondergoed woude woumen wouwen wrappen wreken zomen
    aileen allens allys verdes eigenlijke eigenlijks meetstal veestal meteren metsen aldaar alger alies allee aller allers alley alleys allies aloes altaar alwaar antal axles baker banaal
    banale baren beekje beentje beertje beestje beetjes beetle behalves behave bertje bespannen betje bezeten bietje
    bokken caren complet complete daagde daalder daasde dalles dealde dekan dekens dekken dekten denken deuken
    dingend doeken doken dokken draalde dringende dringends dwaalde dwingend einden faker fanaal feetje fokken garen
    gebeten gegeten geheten gemeten gesponnen geweten gezegen gezeken gezetten gieter ginter giste gistel gokken
    hager hakka hijsblokken ijsblokje ijsklontje jager jaren jeetje jokken kafka kalles kanaal karen keetje klager
    kotsen koulen kouten kouwen kweek kweekt kweel kweelt kween kwekt kwelt lagere lagers laren linden lokken luger
    mager maker maren mokken nodige nodigt nokken oeral okken olles oplaat overall overals overat overtal overval
    overwal paren peetje pinden plaag plaagt plaats plager plagt plait plakt plast pleat pokken praat raker raren
    reetje ringend rokken sager schepten schetsen scheuten schieten schoeien schoener schoepen schoonen schoten
    sikken sjokken slager sleeuw slokken sneeuwt snokken sokkel sprak steak stokken straf straks strap stras straw
    stray strik stroet strong stronk stropt strost taker terwijn tokken varen vedder vender verde verdek verdel
    verdere verderf verders verdor vereer verier verser verver verwer verwijl vinden voerder vorder waden walen
    wanden wanen wapen warend warez warken warren waven waxen wazen weetje winded windei windel windend windes
    windex wringend yaren zeetje
    altemaal bemerkt betel bochtig bouche couche douch douched douchen doucht douchte fauteuils gebraak gebraakte
    gehaakte gekaakte gekerkt gekraak gekraakte gelaakte gemerkte gemert gemeukt genaak genaakte geperkt geraakten
    geraakter geraamte geraapte geraas gerankte gewerkt gewraakte herpakt kerkte ketel kregel kreken krengen kresen
    kreten louche maait maant maart mankt melkte merite merkje meukte netel perkte retel selfs souche streaken
    strekkend strekten strikken terband tochtig trekken uitgekozen uitgenomen uitgomt uitkamt uitkom uitkomst verbakt
    verban verbande verbant verbind verbond verbrand verhakt verlakt vermagerden vermagerend vermand vermazeren
    verpaft verpak verpakte verpand verpapt verpast vertakt verzakt verzand vochtige wemmen werkte zegel zelis zemel
    zetels zetelt zetsel zwammen zwemmend zwemmer zwermen zwommen
    aachen beeft bekken bikken boesten buken bukkend buksen bulken cachen geeft goesten heelt heest heuft hoeft
    hoekten hoesen hoestend hoestten horsten hosten hotsten huiden huigen huiken huilden huilend huiler huinen
    huiven huizen hullen indenting inventing jukken lachend lacher lachten leeft lichen lukken muilen niesen noesten
    nukken pijnlijke pijnlijks pijnlijn puilen pukken reeft roesten ruilen seringen sparingen split sprangen
    sprengen springeb springend springer sprinten sprongen spruit spuij spurt spuwt stiff stijft stijg stijn stillen
    suilen tellen tille tilled tillend tiller tilles tollen tuilen tukken tullen uilen ukken vooraf vooras voorhal
    voorval voorwal weeft woesten zeeft zohra zuilen formal norma normale
    normals norman normas
    gelok geluk
    """.split()
)
#: misspellings read as typos although a word list has them ("tingeling", "fevers")
READ_AS_TYPO = frozenset(
    """
    gevoelloost goorts koerts tingel tingelen tingeling tingelt tintel tintelig verdoof zwakkere
    """.split()
)
#: compounds end in these words ("prostaatknaker" -> "prostaatkanker"); none in English
COMPOUND_HEADS = ('kanker', 'ongeval', 'ongeluk', 'tumor', 'gezwel', 'zadel', 'verlies')

#: a pronoun that takes the saddle area up after a comma: "mijn poep, hij is verdoofd", "mijn billen, die voelen doof"
AREA_PRONOUN = ("hij", "het", "t", "die", "dat", "da", "ze", "zij", "alle[s]", "helemaa[l]", "allemaa[l]", "alle twee")
#: The saddle area (regex alternatives, whole words): zitvlak, kruis, Flemish
#: "poep" (the bum), afvegen, de wc-bril
AREA = (
    r"zitvlak|zitvlakje|kruis|aars|anus|anaal|anale|poep|poepke|gat|kont|reet|billen|bil|bilnaad",
    # the groin ("lies"; with its preposition, as "lies" is also an English word)
    r"liesstreek|liezen|(?:in|aan|rond|bij) (?:mijn |mn |m |de |mijne |uw )?lies",
    r"bilspleet|bips|schaamstreek|schaamlippen|schaamdelen|schaamdeel|geslachtsdelen",
    r"geslachtsdeel|geslachtsorgaan|geslachtsorganen|genitalien|genitalieen",
    r"edele delen|intieme (?:zone|delen|plek|plekken|streek)|piemel|plasser|balzak",
    r"teelballen|zadel\w*|rijbroek\w*|bekkenbodem|onderlijf|daar beneden|achterwerk|achterwerkje",
    # "mien achterste" = the bum (not "het achterste deel", "de achterste rij")
    r"(?:(?<=mijn )|(?<=mn )|(?<=m )|(?<=mijne )|(?<=uw )|(?<=je )|(?<=het )|(?<=t )|(?<=zijn )|(?<=haar )|(?<=hun ))"
    r"achterste(?! (?:\w*deel|\w*stuk|kant|rij\w*|bank\w*|wiel\w*|tand\w*|kie\w*|poot|pote\w*|plank|trede|deur|kamer"
    r"|wervel\w*|spier\w*|rib\w*|been|benen|voet|voeten|auto|zetel|stoel|zit\w*|van)\b)",
    r"van onderen|afvegen|afveeg|afveegt|wc papier|wcpapier|toiletpapier|stuit|stuitje",
    # me schoonmaken met het papier is afvegen (sessie 21e): "als ik mij schoonmaak met het wc-papier"
    r"(?:schoonmaa[k]|schoonmaak[t]|schoonmake[n]|kuis|kuise[n]|kuis[t]) (?:\w+ )?met (?:het |de |wat )?(?:wc |toilet )?(?:papier|wcpapier"
    r"|toiletpapier|closetpapier)",
    r"stuitbeen|geslacht|onderkant(?! (?:van|rug|voet|been|benen)\b)|\w*zadel|afkuis\w*|kuis (?:mij|me) af|waar (?:ik|je|ge|men) op zit|(?:wc|toilet) ?bril",
    r"(?:wc|toilet) ?zitting|bril van de (?:wc|toilet)|ballen|als ik (?:me |mij )?veeg",
    # de anus in spreektaal (sessie 20a): "rond mijn poepgaatje voelt het precies doof", "mijn gatje voelt gevoelloos" (een
    # "gaatje" alleen na mijn: niet het gaatje in de riem)
    r"poepgaatj[e]|poepgatj[e]|poepga[t]|kontga[t]|kontgaatj[e]|aarsgebie[d]|(?:(?<=mijn )|(?<=mn )|(?<=m ))(?:gaatj[e]|gatj[e])",
    # West-Flemish "afvagen" = afvegen (session 17a; bracketed: not a word the typo reader reads others as)
    r"afvage[n]|afvaa[g]|afvaag[t]",
    # down there: "voelde ik er onderaan niks", Flemish "vanonder" (not "onderaan mijn rug", "vanonder in mijn voet")
    r"(?:daar|er|der) (?:beneden|onderaa[n]|vanonde[r])|(?:onderaa[n]|vanonde[r])(?! (?:aan |in |op |van |bij )?(?:mijn|mn|m|de"
    r"|het|t|je|uw|mijne|die|dat|een)\b)",
    # Flemish and Gronings "van onder" (session 21f): "bie t vrijen vuil ik van onder hast niks meer" (not "van onder de knie",
    # "van onder naar boven", "van onder in mijn rug")
    r"(?<=voel ik )van onde[r](?! (?:aan |in |op |van |bij |naar |tot )?(?:mijn|mn|m|de|het|t|je|uw|mijne|die|dat|een|boven)\b)",
)
#: een bil genoemd als samenstelling (sessie 25Y): "mijn linkerbil voelt dood aan", "mn rechterbilhelft is doof", "mijn kontje"
AREA += (r"linkerbi[l]|rechterbi[l]|linkerbill[e]|rechterbill[e]|linkerbilhelf[t]|rechterbilhelf[t]|bilhelf[t]|bilhelfte[n]|kontj[e]|linkerkon[t]|rechterkon[t]",)
#: Dutch puts "nu", "wel", "toch", "sinds gisteren" between the verb and the sign ("mijn kont is nu helemaal doof",
#: "mijn benen zijn sinds zondag krachteloos"): there these words are no clause boundary, so the verb, these words
#: and the sign are one finding (a negation or another clause word between them is not read so)
# ... Limburgish "zien", "zeen" for "zijn" (session 31AN): "miene beide bein zien al sinds de zomer slap"
_COPULA = r"(?:is|zijn|zien|zeen|was|waren|wordt|worden|werd|werden|voel\w*|blijf\w*|blijv\w*)"
_MID = (r"(?:(?:nu|wel|toch|al|ook|nog|sinds|vanaf|echt|helemaal|zo|precies|gewoon|wat|beetje|een|heel|erg"
        r"|vooral|(?:op|in)eens|plots\w*|gister\w*|eergister\w*|vanmorgen|vanochtend|vannacht|vorige|vorig|deze|week"
        r"|weken|dagen|dag|paar|twee|drie|\d+|weekend\w*|het|t|de|\w+dag"
        # a season or month as the start (session 31AN): "mijn beide benen zijn al sinds de zomer slap", "sinds maanden"
        r"|zome[r]|winte[r]|lent[e]|voorjaa[r]|najaa[r]|herfs[t]|kerst\w*|maan[d]|maande[n]|jaa[r]|vorig jaa[r]) ){1,5}")
#: Numbness, tingling, pins and needles, for any body part (regex alternatives)
NUMB_COMMON = (
    r"gevoel(?:s)?lo+s\w*|gevoellos\w*|gevoeloos\w*",
    r"verdoofd\w*|verdooft|verdoving|doof|dove|doofheid",
    # Flemish "voos": numb, woolly ("mijn twee benen zijn voos", "mijn voeten voelen voos aan")
    r"voos|voze",
    # ... or like cotton wool, "wattig" (session 21f): "mijn twee benen precies wattig, van de knieën tot in mijn tenen"
    r"watti[g]|wattig[e]",
    r"(?:geen|weinig|minder|verminderd|nauwelijks|amper|bijna geen) gevoel",
    # "ik voel een beetje minder tussen mijn benen" (niet minder pijn)
    r"(?:voel|voelt|voelde) (?:\w+ )?(?:een beetje |wat |veel |iets |een stuk )?minder\b(?! (?:pijn|last|stijf\w*|zeer)\b)",
    r"gevoel (?:kwijt|weg|verloren|verminderd)",
    r"gevoelsverlies|gevoelsstoornis\w*",
    r"tintel\w*|prikkel\w*|kriebel\w*|mierenkriebel\w*|mieren",
    # de voeten op iets zachts: "alsof ik op watten loop"
    r"op (?:een )?(?:watten|wolken|wolk|kussens?|spons\w*|luchtbed|luchtmatras) (?:\w+ )?(?:loop|lopen|liep|stap|stappen|stapte|sta|staan)",
    r"(?:voelt|voelen|voelde|voelden) (?:\w+ ){0,2}?(?:als|aan als|precies|as) (?:\w+ )?watten",
    # "mijn been slaapt", niet "als ge slaapt" (de persoon slaapt: sessie 20, "kussen tussen de knieën als ge slaapt")
    r"(?<!\bge )(?<!\bje )(?<!\bgij )(?<!\bjij )(?<!\bu )(?<!\bmen )(?<!\bhij )(?<!\bzij )(?<!\bik )slaapt|slapend\w*",
    # wrapped in padding: "voelen gelijk ingepakt in piepschuim", "alsof ze in watten gewikkeld zijn"
    r"(?:voel\w*|als|alsof|gelijk|precies|net) (?:\w+ ){0,3}?(?:ingepakt|gewikkeld|omwikkeld|verpakt) in (?:\w+ )?"
    r"(?:piepschuim|isomo|watten|folie|plastic|karton|verband)",
    r"(?:voel\w*|als|alsof|gelijk|precies|net) (?:\w+ ){0,3}?in (?:\w+ )?(?:piepschuim|isomo|watten|folie|plastic|karton"
    r"|verband) (?:\w+ )?(?:ingepakt|gewikkeld|omwikkeld|verpakt)",
    # not one's own: "mijn benen voelen precies niet van mij", "alsof dat stuk niet van mij is"
    r"(?:voel\w*|alsof|precies of|gelijk of|lijkt of) (?:\w+ ){0,3}?(?:niet|nooit) (?:meer )?van (?:mij|mezelf)\b",
    # likened to a thing that is not one's own: "als blokken ijs die niet van mij zijn"
    r"(?:als|alsof|gelijk|precies|net) (?:een |twee )?(?:\w+ ){0,3}?(?:die|dat|wat) (?:\w+ )?(?:niet|nooit) (?:meer )?"
    r"van (?:mij|mezelf)\b",
    # what touches the skin is not felt: "ik voel mijn broekspijpen niet meer", "voel mijn sokken nie"
    r"voel\w* (?:\w+ )?(?:broek\w*|kousen|sokken|schoenen|lakens?|deken|dekbed|badwater|water) (?:\w+ )?"
    r"(?:niet|nauwelijks|amper|bijna niet|haast niet)\b",
    # ... "ook" ervoor (sessie 37A): "mijn man voelt ook niks meer tussen zijn benen"
    r"{~voelen} (?:ik |je |ge )?(?:ook )?(?:precies |echt |gewoon |helemaal |zo goed als )?"
    r"(?:niks|niets|bijna niks|bijna niets|haast niks|weinig)(?: meer)?",
    # (session 36, the lead) "ook", "echt" between: "tussen zijn benen voelt hij ook niks meer" (typed for him)
    r"{~voelen} (?:ik |je |ge )(?:dat |het |t |er )?(?:ook |echt |gewoon |helemaal )?(?:niet|niks|niets|nauwelijks|amper|bijna niet|haast niet)(?: meer)?",
    r"voelt (?:precies |echt |heel |zo |helemaal |wat |nogal |gewoon )?(?:niks|niets|dood|raar|vreemd|doof|gek)",
    # Dutch subordinate clauses put the verb last: "dat ik mijn billen niet meer voel"
    r"(?:niet|nie|niks|niets|bijna niks|bijna niets|haast niks|weinig)(?: meer)? (?:kan |kon )?voel(?:t|de|den|en)?",
    # the verb, "nu"/"sinds gisteren", the sign: "zijn sinds zondag helemaal doof"
    _COPULA + " " + _MID + r"(?:doof|verdoofd\w*|gevoel(?:s)?lo+s\w*|gevoellos\w*|tintelig\w*)",
)
#: Numbness words said of the saddle area only ("dood gevoel", "raar gevoel")
NUMB_SADDLE = (
    r"dood gevoel|(?:raar|vreemd|gek|ander) gevoel",
    # prikken, raar of dof (sessie 22I): "de binnenkant van mijn dijen prikt zo vreemd", "prikkelt raar" (not "prikt" alone: a stab
    # of pain)
    r"(?:prik[t]|prikke[n]|prikt[e]|prikte[n]|prikkel[t]|prikkele[n]) (?:(?!(?:niet|nie|geen|nooit)\b)\w+ ){0,2}?(?:raar|vreemd|gek|dof|doof|anders)\b",
    # dull there: "rond mijn poep is t al van gisteren zo dof" (not "een doffe pijn", "dof pijnlijk")
    r"(?:is|zijn|was|waren|wordt|werd) (?:(?!(?:niet|nie|geen|nooit|niks|niets)\b)\w+ ){0,5}?dof\b(?! (?:\w+ )?pijn)",
    # "k voel nie goe as ik mij afkuis": not feeling properly when wiping
    r"voel(?:de)? (?:\w+ ){0,3}?(?:niet|nauwelijks|amper) (?:meer )?(?:goed|veel)",  # "voel ik het precies niet goed"
    # unsure whether it can be felt counts as numb (the safe side): "weet niet zeker of ik alles voel als ik veeg"
    r"unsure (?:\w+ ){0,4}?(?:voel\w*|gevoel)",
    # subject first: "ik voel niet (goed) als ik mijn gat afkuis" (not "ik voel me niet goed")
    r"(?:ik|k|je|ge) voel(?:t|de)? (?:(?!me\b|mij\b)\w+ )?(?:niet|niks|niets|nauwelijks|amper|weinig)(?: meer)?",
    # the area feels cold or strange: "mijn poep voelt koud en raar aan", "wordt koud"
    # (no negation in the slot: "mijn poep voelt niet raar" denies it)
    r"(?:voelt|voelen|voelde|voelden) (?:(?!(?:niet|nie|geen|nooit)\b)\w+ ){0,3}?(?:koud|kil|ijskoud|raar|vreemd|anders|dood|doof|dof)",
    # slapend verteld als slaperig (session 18d): "tegen mijn kruis voelt ergens wat slaperig" (niet "ik ben slaperig")
    r"(?:voelt|voelen|voelde|voelden|aanvoel[t]|is|wordt|werd) (?:(?!(?:niet|nie|geen|nooit)\b)\w+ ){0,3}?slaperi[g]",
    # "daar is t zo dood" (not "doodmoe")
    r"(?:is|zijn|was|waren) (?:het |t |dat |alles )?(?:zo |helemaal |precies |echt |gewoon |compleet |heel |ook |allemaal "
    r"|nog |nu )*dood\b",
    # "voelen als karton", "als een plank"
    r"(?:voelt|voelen|voelde|voelden) (?:\w+ ){0,2}?(?:als|aan als|precies) (?:\w+ )?(?:karton|hout|rubber|plastiek|plastic|leder|leer|plank)",
    # "alsof het met plakband is afgeplakt", "ingepakt in folie"
    r"(?:met |in )?(?:plakband|tape|folie|plastic|karton) (?:\w+ )?(?:is |zijn )?(?:afgeplakt|ingepakt|gewikkeld|omwikkeld)",
    # Flemish "gelijk" = like: "voelt alles tussen mijn billen gelijk een stuk hout"
    r"(?:als|gelijk|precies|alsof) (?:een |ne |nen )?(?:stuk |stukske )?(?:karton|hout|rubber|plastiek|plank)",
    # the verb first: "voel ik da mesje precies nie meer"
    r"voel(?:de)? (?:ik|k|je|ge) (?:(?!me\b|mij\b)\w+ ){0,3}?(?:niet|niks|niets|nauwelijks|amper)(?: meer)?",
    r"(?:wordt|worden|werd|werden) (?:\w+ )?(?:koud|kil|doof|dood|gevoelloos)",
    # het werkwoord eerst, de zone en al wat erbij hoort daarna (sessie 32AZ): "vandaag voelen mijn billen en alles tussen mijn benen
    # dood", "voelt mn poep en heel de streek daaronder doof aan"; of "lijkt dood": "mijn zitvlak lijkt wel dood"
    # (het teken begint na de zone: "en alles ... dood" leest de zone ervoor)
    r"\b(?:en|plus) (?:alles|al de rest|de rest|heel de streek|de hele streek|heel het gebie[d]|het hele gebie[d]) (?:(?!(?:niet|nie|geen|nooit)\b)\w+ ){0,4}?"
    r"(?:dood|doof|gevoelloos|verdoofd|koud)\b(?! (?:moe|op|vermoei[d]|ziek)\b)",
    r"(?:lijk[t]|lijke[n]|lee[k]|leke[n]) (?:(?!(?:niet|nie|geen|nooit)\b)\w+ ){0,2}?(?:dood|afgestorve[n])\b",
    # the verb last, "aanvoelen" (session 17a): "(zegt dat) zn piemel en balzak dood aanvoelen", "dood aanvoelt"
    r"(?:dood|doof|verdoofd|raar|vreemd|koud) aan ?voel(?:t|en|de|den)?\b",
    # numb as at the dentist's: "mijn poep voelt precies als bij de tandarts"
    r"(?:voelt|voelde) (?:(?!(?:niet|nie|geen|nooit)\b)\w+ ){0,4}?(?:tandarts|verdoofd)",  # not "voelt niet verdoofd"
)
#: bevroren of ijs bij vergelijking (sessie 30Y): "de binnenkant van mijn dijen voelt als een blok ijs", "als bevroren vlees", "als een
#: bevroren lap vlees", "mijn kont voelt als een blok hout", "voelt aan als ijs" (alleen bij de zone)
NUMB_SADDLE += (r"(?:als|gelijk|precies|alsof) (?:een |ne |nen )?(?:stuk |lap |lapj[e] |homp |brok |blok |bonk )?(?:bevrore[n]|diepgevrore[n]|dood|rauw)"
                r" (?:vlee[s]|kip|stuk vlee[s])\b",
                r"(?:als|gelijk|precies|alsof) (?:een |ne |nen )?(?:blok|bonk|klom[p]|brok|homp|stuk) (?:ijs|hout)\b", r"(?:als|gelijk|precies) (?:een |ne )?ijsblo[k]\b",
                r"(?:voelt|voelen|voelde|voelden) (?:\w+ ){0,2}?(?:als |aan als |precies )?(?:bevrore[n]|diepgevrore[n]|als ijs)\b")
#: een ander onderwerp aan het eind van de woorden tussen de benen en het zwakke woord: het werkwoord van de pijn (sessie 24T;
#: bot/reading/redflags.py _weak_of_other_subject): "met mijn benen omhoog, de pijn zakt weg"
WEAK_OTHER_SUBJECT = ("de pijn", "die pijn", "de kramp", "de krampen", "de scheut", "die scheut")
#: ... niet na deze (een voegwoord of voorzetsel: "mijn benen en de pijn", "mijn been met de pijn begeeft")
WEAK_SUBJECT_NOT_AFTER = ("en", "of", "met", "mee", "van", "door", "in", "bij", "plus")
#: Weakness of a leg or the legs (regex alternatives)
#: een werkwoord van verliezen vlak voor "geen kracht" ontkent het verlies (sessie 47R10): "mijn benen verliezen geen kracht"
_NOT_LOSING_NL = r"(?<!\bverlie[s] )(?<!\bverlies[t] )(?<!\bverlieze[n] )(?<!\bverloo[r] )(?<!\bverlore[n] )"
WEAK = (
    # een verlies ontkend is geen zwakte (sessie 47R10): "mijn benen verliezen geen kracht", "geen kracht verloren in mijn benen"
    r"zwak\w*|krachteloos\w*|krachtverlies|(?:weinig|minder) kracht|" + _NOT_LOSING_NL + r"geen kracht(?! verlore[n]\b)",
    r"minder krachti[g]\w*",  # "beide benen zijn minder krachtig" (sessie 30W; the bracket keeps it from the typo reader)
    # "ze plooien onder mij"
    r"(?:plooi\w*|knik\w*|zakk?\w*) (?:\w+ )?onder (?:mij|me)",
    # (not "zakt het weg": "het" is the subject, the pain that eases, never two legs; session 24T)
    r"slap|slappe|slapper|slapte|begeeft|begeven|begaf|begaven|zakt (?:(?!(?:het|t|dat|da|dit)\b)\w+ )?(?:door|weg)",
    # weggaan of wegvallen onder iemand, het opgeven, in de steek laten, ook verteld in de verleden tijd (sessie 24): "mijn benen
    # vielen onder me weg", "ineens gaan mijn benen onder mij vandaan", "mijn benen gaven het op", "mijn benen lieten me in de steek"
    r"(?:gaan|gaat|ging|ginge[n]|vallen|valt|viel|viele[n]) (?:(?!(?:niet|nie|nooit|geen)\b)\w+ ){0,2}?onder (?:mij|me|mijn lijf) (?:weg|vandaa[n])",
    r"(?:ging|ginge[n]|gaan|gaat|viel|viele[n]|vallen|valt)(?= (?:\w+ ){0,3}?(?:benen|been|knieen|knie|voeten)\b (?:\w+ )?onder (?:mij|me) (?:weg|vandaa[n])\b)",
    r"(?:gave[n]|gaf|geve[n]|geef[t]) (?:het|t) op|(?:liete[n]|liet|late[n]|laat) (?:mij|me) (?:\w+ )?in de stee[k]",
    r"zakken (?:\w+ )?(?:door|weg)|knikt (?:\w+ )?door|knikken (?:\w+ )?door|lam",
    # in de verleden tijd, of weggeknikt (sessie 23Q): "mijn beide knieen zakten gisteren ineens door", "knikten weg"
    r"(?:zakte|zakten|knikte|knikten) (?:(?!(?:niet|nie|nooit|geen|het|t|dat|da|dit)\b)\w+ ){0,2}?(?:door|weg)|(?:knikt|knikken) (?:(?!(?:niet|nie|nooit)\b)\w+ )?weg",
    # willen plooien, doorzakken (sessie 22I, twin van "les jambes veulent plier"): "mijn benen willen plooien als ik wandel"
    # (niet "mijn knie wil niet plooien": stijf)
    r"(?:wil|willen|wilde|wilden|wou|wouden) (?:(?!(?:niet|nie|geen)\b)\w+ )?(?:plooie[n]|doorknikke[n]|doorzakke[n]|dubbelklappe[n])\b",
    # plooien of wegzakken onder iemand, het werkwoord eerst (sessie 35G): "sinds zondag plooien mijn benen allebei onder mij door",
    # "vanmorgen zakte mijn linkerbeen onder me weg"
    r"(?:plooie[n]|plooit|plooide|plooide[n]|zakke[n]|zakt|zakte|zakte[n])(?= (?:\w+ ){0,3}?(?:benen|been|knieen|knie|voeten|linkerbee[n]"
    r"|rechterbee[n])\b (?:\w+ ){0,2}?onder (?:mij|me|mijn lijf)\b)",
    # doorplooien, doorknakken, dubbelvouwen (sessie 35G): "mijn beide benen plooien door", "mijn benen knakken door", "vouwen dubbel
    # onder mij" (niet "plooien door de pijn": "door" is daar een voorzetsel)
    r"(?:plooie[n]|plooit|plooide|plooide[n]|knakke[n]|knak[t]|knakt[e]|knakt[e]n|vouwe[n]|vouw[t]|vouwd[e]|vouwd[e]n|klappe[n]|klapt|klapte"
    r"|klapte[n]) (?:(?!(?:niet|nie|nooit|geen)\b)\w+ )?(?:door|dubbel)(?= ,| \.|$| onder\b| als\b| bij\b| wanneer\b| telkens\b| elke\b"
    r"| steeds\b| soms\b| en\b| ineen[s]\b| gewoon\b)",
    # legs that buckle, the verb first: "op de trap knikken mijn beide benen"
    r"(?:knikken|knikt|knikte|knikten)(?= (?:\w+ ){0,2}?(?:been|benen|knie|knieen|linkerknie|rechterknie)\b)",
    r"verlamd\w*|verlamming\w*|willen niet meer|wil niet meer|willen niet (?:meer )?mee|wil niet (?:meer )?mee",
    r"(?:wilden|wouden|wou|wilde) niet (?:meer|mee)|niet (?:meer )?(?:wilden|wouden|willen)\b",
    # "mijn benen dragen mij bijna niet meer"
    r"(?:dragen|draagt|droegen|droeg) (?:mij|me|m) (?:\w+ )?(?:niet|amper|nauwelijks|haast niet) meer",
    # ... of steeds minder (sessie 30AD): "mijn benen dragen me steeds minder", "zijn benen dragen hem hoe langer hoe slechter"
    r"(?:dragen|draagt|droegen|droeg) (?:mij|me|m|hem|haar) (?:\w+ )?(?:steeds|alsmaar|almaar|telkens|hoe langer hoe|nog maar) (?:minder|slechter|amper|nauwelijks)",
    # legs like jelly: "mijn benen zijn precies van pudding"
    r"pudding|puddingbenen|gelatine|gelei|spaghetti",
    # ... or like elastic (session 21f): "mijn benen voelen als elastiek"
    r"(?:als|van|precies|gelijk) (?:een |een stuk |stukke[n] )?elastie[k]",
    # the verb, "nu"/"sinds gisteren", the sign: "mijn benen zijn nu zo slap" (see _MID)
    _COPULA + " " + _MID + r"(?:zwak\w*|krachtelo\w*|slap|slappe|lam|verlamd\w*)",
)
#: Both legs; plural legs or feet count ("mijn benen zijn doof")
BOTH_LEGS = (
    r"(?:beide|allebei|allebeide|alle twee|allebij|twee|2) (?:mijn |mn |m |de )?"
    r"(?:benen|voeten|been|voet|bovenbenen|onderbenen|kuiten|dijen|bene)",
    # the leg named once, "both" told after it (session 34U; Limburgs "bein" is read as "been"): "zwakke bein, allebei",
    # "de bein zien allebei slap", "mijn voet, alle twee, doof"
    r"(?:been|voet)(?: ,)? (?:(?:zijn|zien|zeen|waren) )?(?:allebei|allebeide|alle twee|alle beide|allebij|allebaide)",
    r"benen|voeten|bovenbenen|onderbenen|kuiten|dijen|schenen|scheenbenen|enkels|knieen|linksrechts",
)

#: beide benen in slaap van lang in een houding zitten, binnen een minuut of twee weer weg (bot/reading/redflags.py
#: _legs_asleep_from_sitting, sessie 33F): de houding (LEGS_ASLEEP_SAT), het snel overgaan (LEGS_ASLEEP_PASSED), en niets dat zegt dat
#: het blijft of terugkomt bij het lopen (LEGS_ASLEEP_STAYS): "een uur geknield gewied, benen allebei dood bij het opstaan, binnen een
#: minuut weer normaal" is geen alarm; "nog steeds doof", "telkens als ik loop" blijft er een
LEGS_ASLEEP_SAT = (r"zat|zaten|zitten|gezeten|zittend|geknield|knielen|knielde|op mijn knieen|gehurkt|hurken|hurkte|kleermakerszit|benen gekruist"
                   r"|gekruiste benen|op (?:de|het) (?:wc|toilet|pot|vloer|grond)|autorit|lange (?:rit|vlucht|reis|busreis|treinreis)|in de auto",)
_QUICK_NL = (r"(?:(?:een|1|twee|2|drie|3|paar|enkele|een paar|een halve|halve|30|20|10) (?:\w+ )?(?:minuut|minuutje|minuten|minuutjes|min"
             r"|seconde|secondes|seconden|secondje|secondjes|tel|tellen|momentje)|een ogenblik|ogenblikje)")
_PASSING_NL = (r"(?:weg|over|voorbij|normaal|gewoon|goed|ok|oke|terug|hersteld|verdwenen|gezakt|uitgewerkt|weggetrokken|bijgetrokken"
               r"|weer alles|alles weer|weer gevoel|gevoel weer)")
LEGS_ASLEEP_PASSED = (r"(?:na|binnen|in|over) " + _QUICK_NL + r"(?: of (?:twee|2|zo|drie))?(?: \w+){0,6}? " + _PASSING_NL,
                      _PASSING_NL + r" (?:\w+ ){0,3}?(?:na|binnen|in) " + _QUICK_NL,
                      # "een minuutje schudden en het was weg"
                      _QUICK_NL + r" (?:\w+ )?(?:schudden|stappen|lopen|wrijven|bewegen|masseren|rondlopen) en (?:\w+ ){0,3}?" + _PASSING_NL,)
LEGS_ASLEEP_STAYS = (r"nog steeds|nog altijd|nog (?:wat |een beetje |altijd )?(?:doof|gevoelloos|verdoofd|slapend)|blijft|blijven|telkens|elke keer|iedere keer"
                     r"|steeds weer|keer op keer|terugkom\w*|gebeurt (?:steeds|vaak|elke dag)"  # ... keer op keer (sessie 33J)

                     r"|bij het (?:lopen|wandelen|stappen)|tijdens het (?:lopen|wandelen|stappen)|na het (?:lopen|wandelen|stappen)"
                     r"|als ik (?:loop|wandel|stap|ga wandelen)|(?:niet|nie|nog niet) (?:\w+ )?(?:weg|over|voorbij|terug|overgegaan)|dagen|weken|maanden|sinds",)
#: ... maar "nog steeds" of "sinds" van de pijn van een ander deel, in een eigen zinsdeel zonder been en zonder doofheid, blijft niet
#: (bot/reading/redflags.py _asleep_stays, sessie 34U): "beide benen sliepen op de wc, na een minuut weg. mijn rug doet nog
#: steeds pijn", "... , nek nog stijf sinds maandag"
LEGS_ASLEEP_OTHER_ACHE = (r"(?:rug|onderrug|nek|schouders?|heupe?n?|stuit|stuitje|hoofd)(?: \w+){0,4}? (?:pijn|zeer|stijf|gevoelig|beurs)",
                          r"(?:rug|onderrug|nek|hoofd|heup|schouder)pijn",)
#: het gevoel van de benen in dat zinsdeel houdt het gelezen: "rug nog pijnlijk en nog steeds dood"
LEGS_ASLEEP_FELT = (r"dood|dode|slapen|slaapt|sliep|sliepen|slaap|prikkel\w*|mieren\w*",)
#: ... en een been dat erin genoemd wordt ("been" alleen na een lidwoord of bezittelijk: het Engelse "has been" is geen been)
#: wandelen verteld voor de doofheid van de benen, zonder zitten ervoor, brengt ze (bot/reading/redflags.py _came_with_walking,
#: sessie 37F): "na vijf minuten wandelen worden mijn benen doof ... op een bank zitten en het is weg" is het zitten als verlichting
LEGS_ASLEEP_WALKING = (r"wandel\w*|stap|stapt|stappen|stapte|stapten|gestapt|loop|loopt|lopen|liep|liepen|gelopen|met de hond|rond de blok|te voet",)
LEGS_ASLEEP_LEG = (r"(?:mijn|mn|m|het|t|de|dat|dit|ene|andere|beide|allebei) been|\w*benen|\w*beenen|\w*voet|\w*voeten|knie|knieen|dijen|schenen|kuiten|tenen",)
#: benen dood genoemd na het sporten, vermoeide spieren, geen doofheid (sessie 33M; bot/reading/redflags.py
#: _legs_asleep_from_sitting): "mijn beide benen zijn dood na de marathon", "allebei mijn benen dood na het fietsen"
LEGS_DEAD_SPORT = (r"dood (?:\w+ )?(?:na|van) (?:\w+ ){0,2}?(?:sporte[n]|sport|fitness|trainin[g]|marathon|loopje|lope[n]|fietse[n]"
                   r"|fietstoch[t]|wandelin[g]|voetbal|wedstrij[d])",)
#: beide benen doof zonder oorzaak verteld (bot/reading/redflags.py _resolved_after, sessie 33J): "zomaar", "zonder reden", "uit het
#: niets": een doofheid van beide benen die in minuten weggaat blijft gelezen
LEGS_NUMB_NO_CAUSE = (r"zomaa[r]", r"zonder (?:enige |een |echte |duidelijke )?(?:reden|aanleiding|oorzaak)", r"uit het niets",
                      r"(?:om|voor) geen (?:enkele )?(?:reden|aanleiding)", "noreason")
#: fear words: "bang dat het kanker is" is not having it
#: beide benen als watten (bot/reading/redflags.py _soft_legs_tripping), met een struikeling verteld: de benen falen (sessie 21e)
SOFT_LEGS = (r"(?:benen|voeten)\b(?: \w+){0,3}? (?:als|van|gelijk) (?:\w+ )?(?:watten|wattenbolle[n]|wat[t]e|watte[n]bollekes)",)
TRIPPED = (r"gestruikeld|struikel\w*|gestruikelt|(?:ben|was) (?:\w+ )?blijven haken",)
#: wat van een struikeling een val of een klap maakt, erna in de zin (bot/reading/redflags.py _trips_of_the_weak_foot, sessie 27R)
TRIP_LANDED = (r"viel|vielen|gevallen|val|vallen|valt|geland|landde|plat|languit|grond|vloer|smakte|gesmakt|klapte|geklapt|bezeerd"
               r"|verstuikt|verzwikt|gestoten|op mijn rug|op mijn poep|op mijn kont|op mijn zij|gebroken|onderuit",)
#: the other leg going the same way, anywhere in a message with a failing leg (bot/reading/redflags.py
#: find_red_flags): "mijn linkerbeen wil niet mee ... nu doet het rechter hetzelfde"
OTHER_LEG_TOO = (r"(?:rechter|linker|andere) ?(?:been|voet|ene)? ?(?:doet|begint|gaat) (?:nu |ook |er )*(?:hetzelfde|mee|dat ook)",
                 # eerst de ene kant, nu de andere (sessie 30AD): "eerst knikte mijn linkerbeen, nu ook mijn rechter", "het begon links en
                 # nu zakt ook het rechterbeen weg"
                 r"(?:eerst|begon|begonnen) (?:\w+ ){0,3}?(?:links|linker\w*)\b(?: \S+){0,6}? (?:nu|toen|daarna|dan|sindsdien) (?:\w+ ){0,3}?(?:rechts|rechter\w*|andere)\b",
                 r"(?:eerst|begon|begonnen) (?:\w+ ){0,3}?(?:rechts|rechter\w*)\b(?: \S+){0,6}? (?:nu|toen|daarna|dan|sindsdien) (?:\w+ ){0,3}?(?:links|linker\w*|andere)\b",
                 r"(?:doet|begint|gaat) (?:nu |ook )*(?:het |de |mijn )?(?:rechter|linker|andere) ?(?:been|voet)? (?:ook |nu )*(?:hetzelfde|mee)",
                 r"nu (?:ook )?(?:het |de |mijn )?(?:andere|rechter|linker) ?(?:been|voet)(?: ook)? (?:zo|ook|even)")

FEAR = (r"bang|schrik|angst\w*|vrees|ongerust|bezorgd|zenuwachtig|nerveus|paranoide?|paniek\w*|panikeer\w*|gestrest|gestresst",)
#: relatives and others: "mijn moeder had kanker" is not the patient (regex alternatives)
FAMILY = (
    r"moeder|vader|zus|zuster|broer|tante|oom|oma|opa|grootmoeder|grootvader|vrouw|man|vriend"
    r"|vriendin|zoon|dochter|buurman|buurvrouw|neef|nicht|familie|schoonmoeder|schoonvader"
    r"|meme|pepe|bomma|bompa|moemoe|vava|ma(?!s\b)|pa(?!s\b)|mama|papa|mam|mams|mammie|pappie|partner|moeke"
    r"|vake|baby|babys|kinderen|kind|kindje|kleinkind\w*|zoontje|dochtertje|collega|lief|schat"
    # in dialect (sessie 26C, Limburgs, Brabants, Gronings): "mien moder", "mien mojer", "mien vadder", "ons pap", "ons mam"
    r"|mode[r]|moje[r]|moode[r]|modder|vadder|vatte[r]|pap|papp[a]|mamm[a]|mook[e]"
    r"|vent|ventj[e]|echtgenoot|echtgenote|kleine|kleintje|kleinen|kleuter|peuter|gast|gasten|manneke|meiske|jongen|meisje"
    # het meervoud op -en (sessie 26G): "mijn twee zussen hadden borstkanker", "mijn neven", "twee van mijn zonen"
    r"|zusse[n]|neve[n]|nichte[n]|zone[n]|vriende[n]|vriendinne[n]"
    # "meter" is the godmother, not a length: "van 2 meter hoog gevallen", "een meter" is the patient's fall
    r"|(?:groot)?oude[r]s|nonkel|nonk|tant|(?<!\d )(?<!een )meter|peter|schoon\w+|zwager|zwagerin|stief\w+",
    # de partner of een maat in straattaal (sessie 24T): "mijn maat", "mn mattie", "mijn meid" (niet "een maat kleiner": na "mijn")
    r"(?:(?<=\bmijn )|(?<=\bmn )|(?<=\bme )|(?<=\bm ))(?:maat|maatj[e]|matti[e]|matt[i]|meid|wijf|chic[k]|osso"
    # ... of een makker, kameraad, beste vriend (sessie 27K): "ik typ dit voor mijn makker", "voor mijn beste vriend"
    r"|makke[r]|kameraa[d]|kompaa[n]|best[e] vriend|best[e] vriendin|best[e] maat|bro|vriendj[e])",
    r"hij",  # "mijn broer is geopereerd, hij kon niet meer plassen": the subject told before
)
#: een plaats bij iemand, voor een val (sessie 40D2): "bij m'n neef op de trampoline", "bij mijn oma thuis" zegt waar de
#: patient viel, niet wie viel (bot/reading/redflags.py _someone_else, voor de traumawoorden)
AT_PLACE_OF = ("bij", "ten huize van")
#: voor iemand anders getypt: "ik typ dit voor mijn vader, ... hij voelt zijn poep niet" -- wie het
#: over gaat is de patiënt (bot/reading/redflags.py _as_patient); "zijn" en "ze" blijven staan (ook: zijn = are, ze = they)
#: (sessie 39D: het bezittelijk ook in dialect, "ik schrijf voor min vader, hij heeft kanker gehad", "mijnen", "onzen", "mien")
PROXY = (r"(?:ik )?(?:typ|tik|schrijf|vraag|stuur)\w* (?:dit |het )?(?:voor|namens) (?:mijn |mn |m |mijne |mijnen |onze |onzen |ons |min |mien )?",
         # ... in dialect geschreven (sessie 33G, West-Vlaams, Limburgs, Brabants): "k schryve voe mien man", "ik schrieve veur ozze
         # vent", "kik tik da vo m'n ventje", "ik schrijve vur onzen pa"
         r"(?:(?:ik|k|kik|ekik|ich) )?(?:schry[f]|schryv|schrijv|schriev|schrief|tik|typ)\w* (?:dit |het |da |dat |t |dees )?(?:voor|voe|vo|veur|vur|namens)"
         r" (?:mijn |mn |m |mijne |mijnen |onze |onzen |ons |ozze |oze |mien |min |me )?",
         # het bericht opent op de naaste voor wie het is (sessie 19j): "het is voor mijn man, 68 jaar. hij heeft ...", "'t is voor
         # ons moeder: ze ..." (bij het begin, of na een groet)
         r"(?:(?<=^)|(?<=\. )|(?<=, )|(?<=hallo )|(?<=hoi )|(?<=dag )|(?<=goeiedag )|(?<=goedemorgen )|(?<=goedemiddag ))(?:(?:het|t|dit"
         r"|da|dat) is (?:voor|over)|(?:het|t) gaat over|vraag over|bericht voor) (?:mijn |mn |m |mijne |onze |ons )",
         # ... de naaste genoemd voor het werkwoord (sessie 34T): "voor mijn moeder schrijf ik dit", "voor ons pa vraag ik het"
         r"(?:(?<=^)|(?<=\. )|(?<=, )|(?<=hallo )|(?<=hoi )|(?<=dag )|(?<=goeiedag )|(?<=goedemorgen ))(?:voor|vo|vo[e]|veu[r]|namens)"
         r" (?:mijn |mn |m |mijne |onze |ons |mie[n] )(?=(?:\w+ ){1,3}?(?:schrij[f]|schrijv\w*|typ\w*|tik\w*|vraa[g]|stuu[r]|ste[l]) (?:ik|k)\b)",
         # ... of met "voor" of "over" alleen, de naaste gevolgd door een komma, streep of haar voornaamwoord (sessie 33M): "voor mijn
         # moeder: haar beide benen zijn zwak", "over ons pa, ..." (niet "voor mijn moeder heb ik ...": geen komma of voornaamwoord; de dubbelpunt valt weg bij het normaliseren)
         r"(?:(?<=^)|(?<=hallo )|(?<=hoi )|(?<=dag )|(?<=goeiedag )|(?<=goedemorgen )|(?<=goedemiddag ))(?:voor|over|betreft)"
         r" (?:mijn |mn |m |mijne |onze |ons )(?=\w+(?: \d+)?(?: ?[,.(-]| (?:zij|hij|ze|haar|zijn|zn|heur|beide haar|beide zijn)\b))",
         # de naaste die typt, genoemd als die van de patiënt (sessie 18a): "t is heur vent die hier typt, zie kan nie zitten"
         r"(?:(?:t|het|dit|da|dat) is |hier is )?(?:heur|haar|d r|der|zijn|zn) (?=(?:vent|man|vrouw|echtgeno[t]e?|partner|zoon"
         r"|dochter|lief) (?:die |dat |da )?(?:hier |dit |da |dat |het |t |nu )?(?:typt|tikt|schrijft|aan het typen)\b)",
         r"namens (?:mijn |mn |m |mijne |onze |ons )?",
         # het bericht opent op de rugpijn van een naaste, nu (session 17e): "mijn moeder (79) heeft al de hele week last
         # van haar rug, nu zijn haar beide benen doof" (niet "mijn vader had vroeger rugpijn")
         r"^(?:mijn |mn |m |onze |ons )(?=(?:moeder|mama|mam|ma|moeke|oma|bomma|meme|vader|papa|pa|opa|bompa|pepe|vrouw|man"
         r"|partner)(?: \d+)?(?: jaar)? (?:heeft|zit|sukkelt) (?:\w+ ){0,4}?(?:last van (?:haar|zijn|z n|d r|de) rug|rugpijn"
         r"|pijn (?:in|aan) (?:haar|zijn|z n|d r|de) rug|(?:een )?slechte rug|met (?:haar|zijn|z n|d r|de) rug)\b)")
#: a greeting the message opens on before the relative it is typed for (session 22, engine _as_patient)
PROXY_GREETING = ("hallo", "hoi", "hey", "dag", "goeiedag", "goedendag", "goedemorgen", "goeiemorgen", "goedemiddag", "goeiemiddag",
                  "goedenavond", "goeienavond", "beste",
                  # ... of de aanspreking alleen (sessie 26D): "geachte mevrouw of meneer, mijn man ..."
                  "geachte", "mevrouw of meneer", "meneer of mevrouw", "mevrouw", "meneer", "mijnheer", "menheer")
#: de woorden die op de groet kunnen volgen ("hallo allemaal", "goedemiddag dokter")
PROXY_GREETED = (# ... "mevrouw of meneer", "dames en heren" (sessie 26D; voor "mevrouw": het langere eerst)
                 "mevrouw of meneer", "meneer of mevrouw", "mevrouw of mijnheer", "mijnheer of mevrouw", "heer of mevrouw", "mevrouw of heer",
                 "mevrouw meneer", "meneer mevrouw", "heer mevrouw", "mevrouw heer", "dames en heren", "mevrouw", "meneer", "mijnheer",
                 "menheer", "heer", "madam",
                 "allemaal", "iedereen", "dokter", "dokters", "daar", "samen")
#: het bericht opent op de naaste voor wie het getypt is, haar rug daarna verteld (sessie 18c; bot/reading/redflags.py
#: _as_patient): die naaste, het onderwerp, is de patient
PROXY_SUBJECT = (
    # wat haar overkwam eerst verteld: "mijn oma (91) miste de laatste trede ...,
    # sindsdien houdt ze haar rug vast" (niet "mijn moeder is van de trap gevallen": niets van haar rug)
    r"^(?:mijn |mn |m |onze |ons )(?=(?:moeder|mama|mam|ma|moeke|oma|bomma|meme|vader|papa|pa|opa|bompa|pepe|vrouw|man"
    r"|partner)\b.* (?:(?:ze|zij|hij) (?:\w+ ){0,2}?(?:haar|zijn|z n|d r) (?:\w+ )?(?:rug|onderrug|lende[n]|stui[t]) vast"
    r"|(?:heeft|had) (?:ze|zij|hij) (?:\w+ ){0,2}?(?:pijn|last) (?:in|aan|van) (?:haar|zijn|z n|d r) (?:\w+ )?(?:rug|onderrug"
    r"|lende[n]|stui[t]))\b)",
)
#: een woord dat iets toevoegt aan wat al verteld is, vooraan op "hij" of "zij" (sessie 32AP; engine _opens_on_him): "ook is hij
#: erg vermagerd", "bovendien heeft zij koorts" (het werkwoord voor het onderwerp)
THIRD_OPENERS = (r"en ook|ook nog|ook|en dan nog|daarbij|bovendien|daarnaast|verder|en verder|tevens|en daarbij|en bovendien"
                 # ... of eerst een tijd (sessie 33L): "vandaag heeft ze in haar kleren gepoept", "vanmorgen was zijn broek nat"
                 r"|vandaag|gisteren|vanmorgen|vanochtend|vanmiddag|vanavond|vannacht|gisteravond|daarnet|zonet",)
#: the writer named: a message with none of these, told of "hij" or "zij", is typed for the patient (session 17)
WRITER = ("ik", "k", "mij", "me", "mijn", "mn", "mijne", "mezelf", "we", "wij", "ons", "onze", "ekik", "kik", "ikke")
PROXY_PRONOUNS = {"hij": "ik", "ie": "ik", "hem": "mij", "zij": "ik", "haar": "mijn",  # "haar": session 16d
                  # West-Vlaams "zie" (zij), "heur" (haar); "zn" (zijn: het lange "zijn" is ook een werkwoord) (sessie 18a)
                  "zie": "ik", "heur": "mijn", "zn": "mijn"}
#: "zijn" is "his" only before what it owns ("zijn" is also "are"): "ik schrijf voor mijn vader, sinds maart zijn allebei
#: zijn benen doof en slap" (sessie 19g; the word, what it stands for, what follows it)
#: the relative typed for, named again by another word of the same kin: that relative is the patient (session 23P; the
#: engine's _same_kin_as_patient): the words of one kin, who owns them, and the patient's subject put for them
PROXY_SAME_KIN = ("vader pa papa pappa paps vati", "moeder ma mama mam moeke mams", "man echtgenoot ventje", "vrouw echtgenote", "opa bompa pepe grootvader", "oma bomma meme grootmoeder")
PROXY_KIN_OWNERS = ("mijn", "mn", "m", "onze", "ons")
PROXY_KIN_SELF = "ik"
#: woorden na "hij"/"zij" die er "het" van maken (het Franse "il y a"): geen in het Nederlands
IMPERSONAL_NEXT: tuple = ()
IMPERSONAL_BEFORE: tuple = ()
PROXY_PRONOUNS_BEFORE = {"zijn": ("mijn", r"(?:(?:beide|twee|allebei|linker|rechter|linkse|rechtse) )?(?:benen|been|voeten|voet|dijen"
                                  r"|kuiten|tenen|rug|onderrug|billen|bil|kont|poep|blaas|darmen|stoelgang|liezen|lies|zitvlak|kruis"
                                  # ... zijn achterste (sessie 36A): "hij voelt niks meer rond zijn achterste"
                                  r"|achterste|achterwerk|aars|anus|schaamstreek"
                                  # zijn kanker, van wie het bericht getypt is (sessie 31AI): "... zou het zijn kanker kunnen zijn?"
                                  r"|\w*kanke[r]\w*|tumo[r]\w*)")}
#: het bericht opent op een naaste met de tekens en een rugpijn van nu, en de schrijver noemt niets van zichzelf (sessie
#: 18a): "mijn man (58) zegt dat allebei zn benen ... rug doet al weken pijn" (bot/reading/redflags.py _as_patient);
#: niet "mijn vader had vroeger rugpijn", niet als de schrijver zich noemt ("ik", "mijn", "mij")
PROXY_SELF = (r"(?:mijn|mn|m|onze|ons) (?:moeder|mama|mam|ma|moeke|oma|bomma|meme|vader|papa|pa|opa|bompa|pepe|vrouw|man"
              r"|partner|vent|echtgeno[t]e?)(?: ,)?(?: \d+)?(?: jaar)?(?: oud)?(?: ,)? (?=(?:zegt|zei|heeft|kan|voelt|is|zit"
              # ... de rug zonder werkwoord verteld (sessie 26F): "mijn vader, 75 jaar, al jaren rugpijn"
              r"|(?=(?:al |reeds )?(?:\w+ )?(?:lage )?(?:rugpijn|lage rugpijn)\b))\b"
              r"(?!.*\b(?:ik|k|mij|me|mijn|mn|mezelf|mijne)\b)(?!.*\b(?:vroeger|gehad|geleden|destijds)\b)"
              r".*\b(?:rug (?:\w+ ){0,4}?(?:pijn|zeer|last)|rugpijn|last van (?:haar|zijn|zn|de) rug|slechte rug"
              # ... of de rug genoemd met zijn diagnose (sessie 23Q): "mijn man (79) heeft een wervelkanaalstenose"
              r"|(?:wervel)?kanaalstenose|(?:lumbale |spinale )?stenose|hernia|ischias)\b)",)
#: goed vlak voor "hoe ik ook lig" is geen nachtpijn: "in bed is het prima, hoe ik ook lig"
NIGHT_FINE = (r"(?:helemaal |echt |perfect )?(?:prima|goed|ok|oke|geen pijn|pijnvrij|geen last)",)
#: sleep told good, after a night cue: "maakt niet uit hoe ik lig, ik slaap goed" (session 17)
SLEEP_FINE = (r"(?:ik|k|en) (?:\w+ )?(?:slaap|sliep) (?:\w+ )?(?:goed|prima|als een roos|als een blok|door)",
              r"(?:helemaal )?geen pijn")
#: de eigen slaap goed genoemd (bot/reading/redflags.py _sleep_told_sound, sessie 33D): na nachtpijn van iemand anders of in het
#: algemeen, "ik slaap als een blok", "ik slaap de hele nacht door", "mijn nachten zijn rustig"
SLEEP_SOUND = (r"(?:(?:ik|k)(?: zelf)? (?:slaap|sliep)|(?:slaap|sliep) (?:ik|k))(?: zelf)?(?: gewoon| echt)? (?:als een (?:roos|blok|baby|os|marmot|steen)"
               r"|goed|prima|heel goed|zeer goed|super|vast|uitstekend|(?:de hele nacht |gewoon |prima |goed )?door)",
               r"(?:mijn )?nachten zijn (?:rustig|goed|prima|ok|oke)")
#: the patient's own past, not a relative: "als kind leukemie gehad"
OWN_CHILDHOOD = (r"(?:als|toen ik) (?:een )?(?:kind|kleine|tiener|baby|jongen|meisje)(?: was)?",)
#: the patient themself
FIRST_PERSON = ("ik", "k", "mij")
#: de voorwerpsvormen in FIRST_PERSON: "hem" staat voor "mij", geen onderwerp (sessie 36, de lead)
FIRST_PERSON_OBJECT = ("mij",)
#: someone else's ("haar benen", "zijn voeten"): not the patient's legs
OTHERS_POSSESSIVE = ("haar", "zijn", "zn", "hun")
#: "zijn" is "his" and "are": read as the verb after a word that opens no clause, when no verb follows the legs (session
#: 26F; bot/reading/redflags.py _verb_not_owner): "sinds een jaar zijn beide benen krachteloos" (not "zijn benen zijn zwak",
#: "omdat zijn benen slap worden", "en zijn benen slap")
POSSESSIVE_OR_VERB = ("zijn",)
OWNER_OPENERS = ("dat", "omdat", "want", "en", "maar", "of", "toen", "als", "wanneer", "doordat", "zodat", "terwijl", "hoe",
                 "waar", "nadat", "sinds", "van", "met", "in", "op", "aan", "bij", "voor", "door", "naar", "over", "zegt", "zei",
                 "vindt", "dacht", "denkt", "vond")
OWNED_VERBS = ("zijn", "is", "waren", "was", "worden", "wordt", "werden", "werd", "voelen", "voelt", "voelden", "raken", "raakten",
               "geraken", "blijven", "bleven", "gaan", "gingen", "begeven", "begaven", "hebben", "hadden", "heeft", "doen", "deden",
               "willen", "wilden", "lijken", "leken", "zakken", "zakten", "knikken", "knikten", "slapen", "sliepen", "tintelen")
#: who else has a limb (bot/reading/redflags.py _others_limb): a relative or an animal, "het been van mijn hond wordt
#: zwakker", "mijn moeder haar voet sleept" are not the patient's
OTHER_BEINGS = (FAMILY[0],
                r"hond|hondje|hondjes|honden|kat|katje|katten|poes|poesje|kater|paard|paardje|pony|puppy|pup|konijn"
                r"|konijntje|huisdier|beest|beestje")
#: een dier met zijn baas of lidwoord, het onderwerp van de koorts (sessie 33E, bot/reading/redflags.py _animal_fever): "onze hond
#: heeft koorts", "de koe heeft verhoging" (geen dier als eten)
FEVER_ANIMALS = (r"(?:mijn|mn|onze|ons|de|het|zijn|haar|hun|ne|nen) (?:\w+ )?(?:hond|hondje|honden|kat|katten|poes|paard|paarden|merrie|veulen"
                 r"|hengst|pony|koe|koeien|kalf|kalfje|kalveren|vaars|schaap|schapen|ooi|geit|ezel)",)
#: ... but these are the patient's own: "mijn kleine teen" is the little toe
NOT_BEINGS = (r"klein\w*",)
#: ... noch een lichaamsdeel na het dier met een woord dat het de patient zijne maakt (sessie 27S): "als ik de hond uitlaat beide
#: benen doof" (bot/reading/redflags.py _OTHERS_LIMB)
OWN_LIMB_AFTER_BEING = ("beide", "allebei", "allebeide", "allebij", "de")
#: an animal's limbs ("de poot van de hond")
ANIMAL_LIMBS = ("poot", "poten", "pootje", "pootjes", "achterpoot", "achterpoten", "voorpoot", "voorpoten")
#: "het been van mijn hond"
OF_WHOM = ("van",)
#: footwear: "mijn slipper valt steeds af" is no weight lost (bot/reading/redflags.py _footwear_falls_off), "mijn slipper
#: viel van mijn voet" no fall (NOT_A_FALL)
FOOTWEAR = (r"\w*slippers?|\w*sloefen|\w*sloef|\w*pantoffels?|\w*klompen|\w*klomp|\w*sandaal|\w*sandalen|\w*schoenen"
            r"|\w*schoen|muiltjes?|crocs|laarzen|laars|sokken|sok|kousen|kous|sneakers?|espadrilles?",)
#: een afhangende voet verteld aan het schoeisel alleen, geen lidmaat genoemd (sessie 28A; bot/reading/redflags.py
#: _foot_sign_alone, gelezen door het net van de verergering): "mijn slipper blijft achter als ik loop", "ik verlies mijn sloef
#: als ik stap", "ik stap telkens uit mijn schoen bij het wandelen"
_LOPEN = (r"(?:(?:als|wanneer|terwijl|bij|tijden[s]|onder) (?:ik |k )?(?:ga |het |t |een |de )?(?:loop|lope[n]|stap|stappe[n]|wande[l]|wandele[n]|trap)\b"
          r"|bij (?:elke|iedere) stap)")
FOOT_SIGN_ALONE = (
    r"{FOOTWEAR}(?: \w+){0,3}? (?:blijft|bleef|blijven|bleven) (?:\w+ ){0,3}?(?:achter|liggen|staan|hangen)(?: \w+){0,3}? " + _LOPEN,
    r"(?:verlies|verliest|verloor|verliez[e]|verliezen)(?: \w+){0,2}? (?:mijn |mn |m |me |de )?{FOOTWEAR}(?: \w+){0,3}? " + _LOPEN,
    r"(?:stap|stapt|stapte|loop|loopt|liep|schiet|schieten|glij|glijd|glijdt) (?:\w+ ){0,2}?uit (?:mijn |mn |m |me |de )?{FOOTWEAR}"
    r"(?: \w+){0,3}? " + _LOPEN,
    r"{FOOTWEAR}(?: \w+){0,3}? (?:valt|vallen|viel|vielen|schiet|schieten|glijdt|glijden|gleed|floept|vliegt) (?:\w+ ){0,3}?"
    r"(?:af|uit|van mijn voet)(?: \w+){0,3}? " + _LOPEN,
    # ... of van de voet zelf, niet bij het lopen (sessie 32AT): "mijn teenslipper glipt telkens van mijn rechtervoet", "mijn
    # klomp floept steeds van mn linkervoet", "ik verlies steeds mijn sloef van mijn voet" (met een verergering erbij: het net)
    r"{FOOTWEAR}(?: \w+){0,3}? (?:valt|vallen|viel|vielen|schiet|schieten|schoot|glijdt|glijden|gleed|glipt|glippen|glipte|floept|floepen|vliegt|vliegen"
    r"|wipt|wippen) (?:\w+ ){0,3}?(?:van|af) (?:mijn |mn |m |me |de )?(?:linker|rechter)?(?:voe[t]|voeten)\b",
    r"(?:verlies|verliest|verloor|verliez[e]|verliezen)(?: \w+){0,2}? (?:mijn |mn |m |me |de )?{FOOTWEAR} (?:\w+ ){0,2}?van (?:mijn |mn |m |me |de )?"
    r"(?:linker|rechter)?(?:voe[t]|voeten)\b",
)
#: het schoeisel kwijt door iets anders (sessie 28A): "mijn schoen bleef in de modder steken", "mijn pantoffels zijn te groot"
FOOTWEAR_OTHER_CAUSE = (r"modder|modderig|sneeuw|slijk|plas|zand|vast|steken|te (?:groot|groo[t]|los|wijd|ruim)|een maat te groot"
                        r"|veters? los",)
#: the patient's own ("mijn benen")
OWN_POSSESSIVE = ("mijn", "mn", "m", "mijne", "men", "beide mijn", "allebei mijn", "mijn beide")
#: an article read as the patient's own possessive (the French pack's "les deux", session 41M): none here
ARTICLE_OWN: tuple = ()
#: het bezittelijk van een derde in een teken ("op haar billen geland"): het wijst terug naar de naaste die ervoor genoemd
#: is, ook over komma's heen (bot/reading/redflags.py _someone_else, sessie 33)
THEIR_POSSESSIVE = ("haar", "zijn", "zn", "hun", "heur")
#: de patient zelf in orde na het teken van een familielid ("mijn man kon niet meer plassen ... bij mij is alles ok")
#: a relative who had a condition or an operation: what follows without a subject is theirs (_without_relatives)
RELATIVE_HAD = (r"had", r"heeft", r"heeft gehad", r"kreeg", r"werd geopereerd", r"is geopereerd", r"onderging",
                r"leed aan")
SELF_FINE = (r"(?:bij mij|ikzelf|ik zelf|zelf)(?: ,)? (?:is |gaat |voel ik me |ben ik )?(?:alles )?(?:ok|oke|goed|in orde|prima|normaal)",
             r"(?:ik|ikzelf|ik zelf) (?:heb|had) (?:dat|da|dit) (?:gelukkig )?(?:niet|nie)")
#: de eigen benen werken goed, na een zwak been in het algemeen gevraagd of van een ander (sessie 34S): "mijn benen doen het prima"
LEGS_FINE = (r"(?:mijn|mn) (?:eigen |twee )?(?:benen|been) (?:doen het|doet het|werken|werkt|zijn|is|voelen|voelt|functioneren|gaan|blijven)"
             r" (?:\w+ )?(?:prima|goed|normaal|in orde|perfect|uitstekend|sterk|ok|oke)\b",)
#: de zwakte zelf als eigen ontkend (sessie 34, the lead): "ik heb zelf geen zwakte", "geen zwakte bij mij"
WEAKNESS_DENIED = (r"\b(?:ik|k) heb (?:zelf |persoonlijk )?(?:geen|gene|nul) (?:enkele |echte )?(?:zwakte|krachtverlies)\b",
                   r"\bgeen (?:zwakte|krachtverlies) (?:bij mij|hier|in mijn benen|in mijn been)\b")
#: de tekens gevraagd of gelezen, dan als eigen ontkend (sessie 23K): "dat heb ik allebei niet", "geen van beide bij mij"
SIGNS_DENIED = (r"(?:ik|k) heb (?:dat|da|die|dit|het|er) (?:\w+ ){0,2}?(?:niet|nie|ni|geen|niks|niets)\b",
                r"(?:dat|da|die) heb (?:ik|k) (?:\w+ ){0,2}?(?:niet|nie|ni)\b", r"geen van (?:beide|beiden|allebei|die|de twee)",
                r"bij mij (?:is|gaat) (?:dat|da|het|alles) (?:\w+ ){0,2}?(?:prima|goed|normaal|in orde)")
#: ... en alleen pijn als eigen (sessie 23P): "zelf heb ik alleen pijn in mijn rug", "ik heb enkel last van mijn onderrug"
SIGNS_DENIED += (r"(?:zelf heb (?:ik|k)|(?:ik|k) heb zelf|(?:ik|k) heb) (?:alleen|enkel|maar|alleen maar|enkel maar|gewoon maar) (?:\w+ ){0,3}?(?:pijn|last|rugpijn)\b",
                 r"(?:ik|k) heb (?:daar|dar|der) (?:\w+ ){0,2}?(?:geen|gene|niks|niets)\b",
                 # kaal, de zin opent erop (sessie 24T): "... heb ik niet hoor", "heb ik gelukkig nie"
                 r"(?:^|(?<=\. ))heb (?:ik|k) (?:\w+ )?(?:niet|nie|ni)\b(?! (?:\w+ )?(?:meer|meer gehad)\b)")
#: ... het teken van een formulier of een waarschuwing gewoon ontkend (sessie 25Y): "zoiets heb ik niet", "ik heb niks van dat
#: allemaal", "ik voel daar alles gewoon"
SIGNS_DENIED += (r"(?:zoiets|zo iets|iets dergelijks|dat soort dingen|dat allemaal) heb (?:ik|k) (?:\w+ )?(?:niet|nie|ni)\b",
                 # (sessie 31AM) "daar heb ik geen last van", "daarvan heb ik gelukkig niks"
                 r"(?:daar|daarvan|hiervan|daarmee) heb (?:ik|k) (?:gelukkig |zelf |helemaal )?(?:geen last|geen enkel probleem|geen probleem|niks|niets)\b",
                 r"(?:ik|k) heb (?:niks|niets|geen) (?:van )?(?:zoiets|dat|dit|daarvan|die dingen)\b",
                 r"(?:ik|k) voel (?:daar |er |daar beneden |van onderen )?(?:alles|al) (?:\w+ )?(?:gewoon|normaal|goed|prima)(?= ,| \.|$)")
#: ... de eigen benen in orde (sessie 27R), na de klapvoet van een buurvrouw of een familielid: "ik struikel niet", "mijn voeten
#: komen goed omhoog", "ik loop normaal" (niet "ik struikel niet meer zo vaak", "ik loop normaal maar ...")
SIGNS_DENIED += (r"(?:ik|k) (?:struikel|sleep met mijn (?:voet|voeten|been)|blijf haken) (?:niet|nie|ni|nooit)(?= ,| \.|$)",
                 r"mijn (?:voeten|voet|benen|been) (?:komen|komt|gaan|gaat) (?:gewoon )?(?:goed|prima|normaal) (?:omhoog|op)(?= ,| \.|$)",
                 r"(?:ik|k) (?:loop|stap|wandel) (?:gewoon |heel )?(?:normaal|goed|prima)(?= ,| \.|$)")
#: de eigen lichaamsdelen: met OWN_POSSESSIVE in de woorden van een teken ("de vork knalde tegen
#: mijn onderrug") is het teken van de patiënt, wie er ook eerder genoemd wordt
#: en de eigen auto van achteren aangereden ("ne gast is vol achteraan in mijn auto geknald", sessie 16b)
OWN_PARTS = (r"rug\w*", r"onderrug\w*", "ruggengraat", "stuitje", "staartbeen", "kont", "poep", r"billen?", r"heupe?n?",
             "auto", "wagen",
             # de eigen wagen bij naam (sessie 18c): "knalt vol achterop me polo"
             "bumper", "achterkant", "koffer", "kar", "bak", "polo", "golf", "clio", "corsa", "fiesta", "twingo", "busje")
#: de patient als wat geraakt werd, binnen de woorden van het trauma (bot/reading/redflags.py _STRUCK_OWN, sessie 25Z): "een
#: gast reed achterop mij", "een jongen is op ons ingereden"
STRUCK_OWN = ("mij", "me", "mie", "ons")
#: een auto geraakt zonder iemand erin (bot/reading/redflags.py _not_aboard, sessie 28I): "mijn auto werd aangereden toen hij
#: geparkeerd stond, ik zat er niet in" is van de auto, geen trauma
OWN_VEHICLE = (r"(?:mijn|mn|onze|ons) (?:\w+ )?(?:auto|wagen|busje|bestelwagen|camionette|taxi|jeep|suv|wagentje)",)
NOT_ABOARD = (r"(?:ik|we|wij) (?:zat|zaten) (?:er |daar )?(?:zelf )?(?:niet|nie) (?:in|bij)", r"(?:er |daar )?zat (?:er )?niemand in",
              r"(?:ik|we|wij) (?:was|waren) (?:er )?(?:zelf )?(?:niet|nie) bij")
#: hedges that do not deny ("ik denk", "geloof ik"): dropped before reading who is meant
HEDGES = ("ik denk", "ik geloof", "ik weet", "denk ik", "geloof ik")
#: wie de temperatuur opneemt: "mn vrouw stak de thermometer erin en hij gaf 38,7" is van de patient (sessie 18f)
#: een familielid dat het eigen van de patient zag (sessie 24V): "mijn vrouw zag dat mijn broek nat was"
RELATIVE_SAW = (r"(?:zag|zagen|ziet|gezien|merkte|merkt|gemerkt|opgemerkt|ontdekte|ontdekt|vond|gevonden)",)
TEMP_TAKEN = (r"(?:stak|stopte|deed|legde|nam|mat|meette|heeft) (?:\w+ ){0,3}?(?:thermometer|mijn temperatuur|mn temperatuur)",)
#: "stabiel", "niet erger": weakness that is not worsening
STABLE = (r"stabiel", r"hetzelfde", r"onveranderd", r"niet (?:\w+ )?(?:erger|slechter)", r"gelijk gebleven",
          r"(?:niet|nie|niks|niets) (?:\w+ ){0,2}?verander[d]",  # "het is niet veranderd sinds maart" (sessie 18c)
          r"(?:niet|nie|nooit) (?:\w+ ){0,2}?verergerd")  # "het is sindsdien niet verergerd" (sessie 30W)
#: The whole-message worsening net (bot/reading/redflags.py _worsening_leg_net): a limb, what it
#: does when it fails, a worsening told anywhere, and what says it is not getting worse
LIMBS = ("voet", "voeten", "been", "benen", "enkel", "teen", "tenen", "linkerbeen", "rechterbeen", "linkervoet", "knie", "knieen",
         "linkerknie", "rechterknie", "linkertenen", "rechtertenen",
         "rechtervoet", "scheen", "schenen", "kuit", "kuiten", "linkerkuit", "rechterkuit")  # fmt: skip
#: a pronoun that takes the limb up after a comma (session 19k; bot/reading/redflags.py _FAILING_LEG): "mi right foot, it just
#: a flop down", "mijn rechtervoet, die wordt zwakker", "mon pied droit, il est tout faible"
LIMB_PRONOUN = ("die", "hij", "ze", "het", "t",
                "dij", "hai")  # Gronings "dij" (die), "hai" (hij) (session 26F: the limb taken up after a full stop too)
#: pronouns of an impersonal clause, never read as a limb named before a comma (session 42T)
LIMB_PRONOUN_IMPERSONAL = ("het", "t")
FAILING_LIMB = (r"zwak\w*|onhandig\w*|krachtelo\w*|(?:valt|vallen|viel) (?:\w+ )?uit",
                # the high step of a dropped foot: "die knie heel hoog optrekken"; "ze plooien onder mij"
                r"(?:heel |zo |extra |super )?hoog (?:\w+ )?(?:optrekken|optillen|opheffen|tillen|heffen)",
                # ... the verb split (session 32BA): "ik til mijn knie heel hoog op bij het lopen", "trek mijn been hoog op anders blijft
                # mijn voet haken" (not "mijn benen hoog op een kussen")
                r"(?:heel |zo |extra |super |erg |flink |wel )?hoog op(?= ,| \.|$| (?:bij|tijdens|als|wanneer|om|anders|zodat|want|en|of)\b)",
                r"plooi\w* (?:\w+ )?onder (?:mij|me)",
                # een klapvoet bij het stappen, tenen die niet meer omhoog gaan (sessie 22H): "mijn voet klapt tijdens het wandelen",
                # "mijn tenen omhoog trekken lukt bijna niet meer", "mn tenen krijg ik niet meer omhoog"
                r"(?:klapt|klappen|klapte|flapt|flappen|flapte|kletst|kletsen|kletste) (?:bij|tijdens|als|wanneer|onder) (?:het |t |ik |k )?"
                r"(?:\w+ )?(?:lopen|stappen|wandelen|loop|stap|wandel|marcheren)",
                r"(?:omhoog|op) (?:trekken|tillen|heffen|krijgen|brengen|doen|te trekken|te tillen|te krijgen) (?:lukt|lukte|gaat|ging|kan|kon)"
                r" (?:het |t |ik |k )?(?:niet|nie|amper|nauwelijks|bijna niet|haast niet)",
                r"(?:krijg|kreeg) (?:ik |k )?(?:niet|nie|amper|nauwelijks|bijna niet|haast niet) (?:meer )?(?:omhoog|op)\b",
                r"(?:weinig|minder) kracht\w*|" + _NOT_LOSING_NL + r"geen kracht\w*(?! verlore[n]\b)|(?:dragen|draagt) (?:mij|me) (?:\w+ )?(?:niet|amper|nauwelijks)",
                r"(?:\w+ )?(?:van|af) (?:de|het) (?:trapper|trappers|pedaal|pedalen|koppeling|rem)",
                # het optillen eerst, de voet van het gas naar de rem (sessie 30W): "mijn voet optillen lukt bijna niet meer",
                # "mijn voet van het gaspedaal naar de rem krijgen is lastig"
                r"(?:optillen|opheffen|optrekken|omhoog krijgen|omhoog tillen|omhoog brengen|omhoog doen) (?:lukt|lukte|gaat|ging) (?:het |t )?"
                r"(?:\w+ )?(?:niet|nie|amper|nauwelijks|bijna niet|haast niet)",
                r"van (?:het |de )?(?:gas|gaspedaal|koppeling) (?:naar|op) (?:de |het )?(?:rem|rempedaal)\b(?: \w+){0,4}? (?:lastig\w*|moeilijk\w*"
                r"|gedoe|moeite|zwaar|traag|een gevecht|een opgave|(?:lukt|gaat) (?:\w+ )?(?:niet|nie|amper|nauwelijks))",
                r"(?:willen|wil|wilt|wou|wilde) (?:\w+ )?(?:niet|nie) (?:meer )?(?:mee|omhoog|vooruit)",
                # the strength is gone: "da been heeft er de kracht gewoon nie meer voor"
                r"kracht (?:\w+ ){0,2}?(?:niet|nie) meer",
                # a limb helped by hand: "moest mijn knie mee mijn hand induwen", "mijn been met mijn handen optillen"
                r"(?:met|mee) (?:mijn |mn |m |me |mijne |de |twee |beide )?hand(?:en)? (?:\w+ )?(?:induwen|in duwen|duwen"
                r"|indrukken|aanduwen|neerduwen|naar beneden duwen|optillen|tillen|optrekken|heffen|opheffen|verzetten)",
                # a limb that does nothing any more: "die kuit doet niks meer"
                r"(?:doet|doen|deed|deden) (?:\w+ )?(?:niks|niets|het niet|t niet) meer(?! (?:pijn|zeer)\b)",
                r"(?:kan|kon) (?:\w+ )?niet (?:meer )?op",
                r"(?:zak|zakt) (?:\w+ ){0,2}?(?:weg|door)",
                r"hangt (?:\w+ )?slap|slap\w*",
                # een klapvoet (sessie 18e): "mijn voet klapt neer op de stoep", "mijne voet kletst op de kasseien"
                r"(?:klapt|klappen|klapte|flapt|flappen|flapte|kletst|kletsen|kletste) (?:\w+ ){0,2}?(?:neer|op|tegen)\b",
                # ... als een slipper (sessie 21e): "mijn voet klapt als een slipper"
                r"(?:klapt|klappen|klapte|flapt|flappen|flapte|kletst|kletsen|kletste|flodder\w*) (?:\w+ )?(?:als|gelijk|zoal[s]) (?:een |ne |nen )?"
                r"(?:teen)?(?:slippe[r]|slipper[s]|sloe[f]|sloefe[n]|pantoffe[l]|zwemvlies)\b",
                r"(?:duwt|duwen|draagt|dragen|tilt|heft) (?:mij|me) (?:\w+ )?(?:niet|nie) meer",
                r"(?:wil niet|wilt niet) (?:\w+ )?(?:luisteren|mee)|luistert (?:\w+ )?(?:niet|nie)",
                # een voet die niet meer als de eigen voelt (sessie 28A): "mijn linkervoet voelt niet meer als de mijne"
                r"voelt (?:\w+ )?(?:niet|nie) (?:meer )?(?:als|aan als) (?:de |het )?mij[n]|voelt (?:\w+ )?(?:als|aan als) (?:die )?van iemand ande[r]s",
                # de voet die achter elke stoeprand blijft hangen (sessie 26F): "mijn voet blijft achter elke stoep hangen", "ik
                # blijf met mijn rechtervoet achter elk stoepje haken"
                r"achter (?:elke |elk |iedere |ieder |de |het |een |alle )?(?:\w+ )?(?:blijven |blijft |bleef )?(?:hangen|haken|hange|hoake[n])\b",
                # a slipper or clog the toes cannot hold: "schiet mn rechterslipper steeds van mn voet"
                r"\w*(?:slipper|slippers|sloef|sloefen|pantoffel|pantoffels|klomp|klompen|sandaal|sandalen|muiltjes?)"
                r"(?: \w+){0,2}? (?:van|uit)",
                # a leg that cannot be lifted: "vandaag lukt het niet meer om mijn been op te tillen", "mijn been niet
                # meer optillen"
                r"(?:lukt|lukte|gaat|ging|kan|kon|krijg|kreeg) (?:het |t |ik |k )?(?:\w+ )?(?:niet|nie|amper|nauwelijks|bijna niet"
                r"|haast niet)(?: meer)?(?: om)?(?= (?:mijn |mn |m |me |de |het )?(?:linker|rechter)?(?:been|voet|knie)\w*"
                r" (?:\w+ )?(?:op te (?:tillen|heffen|trekken|krijgen)|omhoog te \w+|optillen|opheffen|optrekken|omhoog)\b)",
                r"(?:niet|nie|amper|nauwelijks|bijna niet|haast niet) (?:meer )?(?:goed )?(?:optillen|opheffen|optrekken"
                r"|omhoog (?:krijgen|tillen|heffen|brengen|doen)|op (?:krijgen|tillen))")
#: a decline told day by day (bot/reading/redflags.py _worsening_leg_net): a day or a moment, how it went then
_WANNEER = (r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|maandagmorgen|\w+dagavond|\w+dagmorgen|gisteren"
            r"|gisteravond|eergisteren|vandaag|vanavond|vanmorgen|vanochtend|deze morgen|vannacht|nu|eerst|toen|daarna"
            r"|vorige week|vorig weekend|in het weekend|begin van de week)")
_MAKKELIJK = (r"(?:ging (?:het |t )?(?:nog|prima|goed)|lukte (?:het |t )?(?:nog|prima|goed)|nog (?:goed|prima|ok|oke)|goed|prima"
              r"|ok|oke|makkelijk|gemakkelijk|vlot|zonder (?:probleem|problemen|moeite)|geen probleem|normaal)")
_MOEILIJK = (r"(?:moeilijk\w*|lastig\w*|zwaar|zwaarder|met moeite|met veel moeite|amper|nauwelijks|maar net|net aan"
             r"|een gevecht|een strijd|een opgave|moeizaam)")
_NIET_MEER = (r"(?:niks|niets|helemaal niet|niet meer|(?:lukt|lukte|gaat|ging|kan|kon) (?:het |t |ik )?(?:\w+ )?(?:niet|nie)"
              r"|onmogelijk|geen kans|geen schijn van kans)")
WORSE_NOW = (r"erger (?:aan het worden|dan|elke)|wordt (?:\w+ )?erger|verergert",
             # first only now and then, now always (session 21f): "eerst enkel s avonds als ik moe was, nu bij elke stap"
             r"eerst (?:\w+ ){0,3}?(?:enkel|alleen|maar|soms|af en toe)\b(?: \S+){0,10}? , (?:maar |en )?nu\b",
             r"(?:elke|iedere|per) dag (?:wat |een beetje |nog |een stap |een stuk |een stukje |een tikje |weer )*"
             r"(?:meer|erger|slechter|achteruit|moeizamer|moeilijker|lastiger|zwakker|slapper|krachtelozer)|steeds (?:meer|erger|slechter)",
             # ... the verb and subject between (session 32BA): "elke dag is het een beetje zwakker", "iedere dag wordt hij wat slapper"
             r"(?:elke|iedere|per) (?:dag|week) (?:is|wordt|worden|zijn) (?:het|t|ie|hij|ze|zij|die) (?:wat |een beetje |nog |een stuk "
             r"|een stukje |een tikje |weer )*(?:erger|slechter|zwakker|slapper|krachtelozer)",
             # "gaat elke dag achteruit"
             r"(?:gaat|ging|gaan|gingen) (?:\w+ ){0,3}?achteruit",
             r"(?:per|met de|van dag tot) dag (?:\w+ )?(?:erger|slechter)",
             # ... week na week (sessie 34Q): "het wordt elke week erger", "van week tot week slechter"
             r"(?:elke|iedere|per|van) week (?:tot week |op week )?(?:wat |een beetje |nog |weer )*(?:erger|slechter|zwakker|zwaarder)",
             # steeds vaker vallen (sessie 16c): "hetzelfde als vorige week maar ik val steeds vaker"
             r"(?:val|valt|vallen|viel|struikel|struikelt) (?:\w+ ){0,2}?(?:steeds|alsmaar|telkens|almaar) (?:vaker|meer)",
             r"(?:nog|alsmaar|telkens) (?:wat |een beetje )?(?:slechter|erger)|wordt (?:\w+ ){0,3}?slechter",
             # "elke dag wat slapper dan de dag ervoor" (sessie 18e)
             r"(?:zwakker|slechter|slapper|lammer|erger) dan (?:de dag|de week|de avond) (?:ervoor|daarvoor|voordien|tevoren)",
             r"(?:zwakker|slechter) dan (?:vorige|verleden|gisteren|eergisteren|voordien|vroeger|vanmorgen|deze morgen|een week|enkele dagen)",
             # it still worked before: "gisteren ging het nog", "begin van de week kon ik nog naar boven"
             r"(?:gisteren|eergisteren|vorige week|begin van de week|vanmorgen|deze morgen|vanochtend|vorig weekend"
             r"|(?:een paar|enkele|twee|drie) dagen geleden)(?: \w+){0,3}? (?:ging|lukte|kon|liep|gingen|lukten|konden)\b"
             r"(?: \w+){0,3}? nog\b",
             r"(?:ging|lukte|kon|liep) (?:het |ik |dat )?(?:gisteren|eergisteren|vorige week|vanmorgen) (?:\w+ )?nog\b",
             # a decline told day by day: "zaterdag ging het nog, maandag was het moeilijk, vandaag lukt het niet meer"
             rf"{_WANNEER}(?: \w+){{0,3}}? (?:ging|lukte|kon|liep|gingen|lukten|konden)\b(?: \w+){{0,3}}? nog\b",
             rf"{_WANNEER} (?:\w+ ){{0,5}}?{_MAKKELIJK} , (?:dan |toen |maar |en |daarna )?{_WANNEER} (?:\w+ ){{0,5}}?"
             rf"(?:{_MOEILIJK}|{_NIET_MEER})",
             rf"{_WANNEER} (?:\w+ ){{0,5}}?{_MOEILIJK} , (?:dan |toen |maar |en |daarna )?{_WANNEER} (?:\w+ ){{0,3}}?{_NIET_MEER}")
#: a comparison with before that tells no course (bot/reading/redflags.py _course_told_stable): "slapper dan vroeger"
#: with "t is al een maand hetzelfde" is stable
COMPARED_BEFORE = (r"(?:slapper|zwakker|krachtelozer|minder sterk) (?:\w+ )?dan (?:vroeger|voorheen|eerst|normaal|anders)",)
NOT_WORSE = (r"(?:niet|nie) (?:\w+ ){0,2}?(?:erger|slechter)", r"stabiel|hetzelfde|onveranderd",
             r"(?:niet|nie|nooit) (?:\w+ ){0,2}?verergerd",  # sessie 30W
             r"(?:neemt|nam|nemen) (?:\w+ )?(?:niet|nie) toe|(?:niet|nie) (?:\w+ ){0,2}?(?:toegenomen|achteruit\w*)")  # sessie 21e
#: een verergering uitdrukkelijk ontkend (sessie 16d, _gives_way_unchanged): "maar het wordt niet erger"
NOT_WORSENING = (r"(?:niet|nie) (?:\w+ ){0,2}?(?:erger|slechter)", r"(?:niet|nie|nooit) (?:\w+ ){0,2}?verergerd",  # sessie 30W
                 # onveranderd verteld als verloop (sessie 18c): "de kine zegt dat het precies hetzelfde is als in de zomer"
                 r"(?:niet|nie|niks|niets) (?:\w+ ){0,2}?verander[d]|precies hetzelfde|hetzelfde als (?:in|met|vorige|vroeger|toen|deze|die)",
                 # het verloop anders ontkend (sessie 21e): "al 8 maanden hetzelfde, neemt niet toe", "niet achteruitgegaan"
                 r"(?:neemt|nam|nemen) (?:\w+ )?(?:niet|nie) toe|(?:niet|nie) (?:\w+ ){0,2}?(?:toegenomen|achteruit\w*)"
                 r"|hetzelfde (?:\w+ ){0,2}?(?:sinds|al|de laatste|voor de laatste) ")

# --------------------------------------------------------------------------
# The patterns of each red flag (regexes on the reader's normalised tokens).
# "{NAME}" in a pattern is the alternation of table NAME merged over every
# pack (bot/reading/redflags.py _fill), so a Dutch pattern still reads an English word
# in its slot ("mijn pee"); a regex quantifier "{0,3}" is left alone.
# --------------------------------------------------------------------------

#: bare answer words: "? nee", "koorts: geen" (the mark is dropped before the word)
NO_AFTER_MARK = ("nee", "neen", "geen", "nooit")
#: "koorts, nee": a bare answer word after a comma belongs to what precedes it
NO_AFTER_COMMA = ("nee", "neen", "nooit", "niet")
#: a bare "nee" that opens a sentence ("nee, ik ..."): its own sentence
NO_INTERJECTION = ("nee", "neen")
#: a softener after that "nee" ("nee hoor")
NO_SOFTENER = ("hoor",)
#: "'s" kept as it is after these (Flemish "da's", "wat's")
APOS_S_KEEP = ("da", "wat", "dat")
#: "can't feel nothing" in English; a Dutch double negation ("ik voel niks niet") is read as it is
#: Gronings "gain" = geen, only before the fever's words (English "gain" stays): "gain koorts meer" (session 17)
DOUBLE_NEGATION = (
    (r"\bgain (?=(?:koorts|verhoging|temperatuur) meer\b)", "geen "),
    # West-Flemish "gin" = geen, only before a Dutch noun of the red flags (English "gin" the drink stays):
    # "gin koorts, gin gewicht verloren", "gin gevoel", "gin kracht" (session 19m)
    (r"\bgin (?=(?:koorts\w*|verhoging|temperatuur|gewicht|kilo\w*|gevoel|kracht|pijn|last|stijfheid|probleem|problemen"
     r"|moeite|controle|val|ongeval|kanker|tintelingen|nachtpijn|zweet|nachtzweet)\b)", "geen "),
)

# ---- saddle numbness ----
#: a leg in the gap of a saddle match: past 6 words through a leg, the numbness is the leg's
LEG_IN_GAP = ("benen", "been", "voet", "voeten", "knie", "knieen", "dijen", "schenen")

# ---- bladder and bowel ----
URINE = ("plas", "plassen", "plasje", "pipi", "urineren", "blaas", "pis", "pissen")
STOOL = ("ontlasting", "stoelgang", "kak", "kaka", "kakka", "caca", "stront", "darmen", "darm", "drol",
         "grote boodschap")  # the old-fashioned word (session 21e): "sporen van de grote boodschap in mijn onderbroek"
#: what goes unnoticed (English story form only; Dutch has its own patterns)
PEE_EVENT: tuple = ()
#: the toilet, or going: "te laat voor de wc"
TOILET = ("plassen", "plas", "kakken", "poepen")
#: passing water as a verb (English-shaped patterns only)
PEE_VERB: tuple = ()
#: what cannot be held besides urine and stool (Flemish "poep" is also the bum)
HOLD_WHAT = ("poep", r"windjes?", "winden", r"scheten", r"scheetjes?")
#: the stream
STREAM = ("straal",)
#: where an accident happens: "in mijn broek"
ACCIDENT_PLACES = ("broek", r"onderbroek\w*", "bed", r"pyjama\w*", r"luier\w*", r"slipje\w*", "ondergoed", r"boxer\w*",
                   "slip", "jeans", r"shorts?", r"legging\w*", "lakens", r"beddengoed")
#: Dutch places only: the slot {ACCIDENT_PLACES} is every pack's, and an English "sleep" or a French "lit" is another
#: thing in Dutch; a bed of a river or a truck is no bed ("een ongeluk in de bedding", "in het bed van de rivier")
_OWN_ACCIDENT_PLACES = (
    "(?:" + "|".join(ACCIDENT_PLACES) + r")\b(?! van (?:de |het |een )?(?:\w+ )?(?:"
    # spelt out of the typo reader's vocabulary ("rivie[r]"): guard words must not become words others are read as
    r"rivie[r]|beek|vrachtwage[n]|camio[n]|truc[k]|aanhangwage[n]|pick ?up|bestelwage[n]|kanaa[l]|zee|meer)\b)"
)
#: shared bladder patterns' slots (bot/reading/redflags.py _SHARED_BLADDER)
LEAKED = ("geplast", "gelekt",
          # wat plas verloren of laten lopen (sessie 24V): "ik heb wat plas verloren zonder het te merken"
          r"(?:plas|urine|plasje) (?:\w+ )?(?:verloren|late[n] lopen|ontsnap[t])", r"late[n] (?:\w+ )?lopen")
WITHOUT = ("zonder",)
#: "zonder" voor deze woorden ontkent niets (sessie 39, de lead): "zonder waarschuwing viel ik van de ladder" las geen val
WITHOUT_FRAMES = frozenset("waarschuwing aanleiding reden verwittiging nadenken erg".split())
WITHOUT_FRAME_FILLERS = frozenset("enige een veel echte de".split())
NOTICING = (r"het te (?:voelen|merken|weten)", r"te (?:voelen|merken)",
            # ... told with "dat" (sessie 26G): "zonder dat ik het gemerkt heb", "zonder da hij het doorhad" (getypt voor hem)
            r"(?:dat|da) (?:ik|k|hij|ie|ze|zij) (?:het |er )?(?:\w+ )?(?:gemerkt|gevoeld|merkte|voelde|doorha[d]|door had|doorgeha[d]|beseft[e]|wist)")
TOO_LATE = ("te laat",)
BLADDER = ("blaas",)
FULL = ("vol",)
CANT_GO = ("niet", "kan niet", "kan ik niet")
GO_EMPTY = ("plassen", "legen")
WEAK_STREAM_BEFORE = ("zwakke", "slappe")
STREAM_WORD = ("straal", "plasstraal")
WEAK_STREAM_AFTER = ("zwak", "zwakker", "slap", "slapper", "dun", "dunner")
#: een douche, kraan, slang of waterkoker die het straaltje geeft, niet de persoon (sessie 32AT; bot/reading/redflags.py
#: _a_fixtures_stream): "onze douche geeft nog maar een iel straaltje", "uit de keukenkraan komt een slappe straal" (niet "onder
#: de douche": de persoon; niet met de eigen plas erbij, NET_BLADDER of FIXTURE_OWN: "ik plas maar een dun straaltje")
FIXTURE_STREAM = (r"(?:de|mijn|mn|onze|ons|die|deze|uit de|uit mijn|uit onze|van de) (?:\w+ )?(?:douch[e]|douchekop|kraa[n]|keukenkraa[n]|tuinslan[g]|slan[g]"
                  r"|waterkoker|gieter|sproeie[r]|fontei[n])",)
FIXTURE_INSIDE = ("onder", "in", "na", "tijdens")
FIXTURE_OWN = (r"toile[t]", "wc", r"kraa[n] (?:\w+ ){0,3}?(?:lope[n]|ope[n]|opengezet)", r"pot", r"wateren", r"pies\w*", r"(?:mijn|mn) (?:\w+ )?(?:straa[l]|straaltj[e])", r"(?:ik|k) (?:\w+ )?(?:heb|krijg|had|kreeg) (?:\w+ ){0,2}?(?:straa[l]|straaltj[e])")
SUDDEN = ("plotse", "plotselinge")
URGE = ("aandrang", "plasdrang")
URGE_TARGET = ("plassen",)
PASS_WATER = ("plassen", "plas")
NOTHING_COMES = ("er komt niks", "er komt niets", "er komt nauwelijks iets", "komt er niks", "komt er niets")
#: a known bowel disease explains "darmproblemen" (not a new red flag)
KNOWN_BOWEL = (r"prikkelbare darm\w*", "spastische darm")

#: wet by something else than the bladder, after "nat"/"vochtig": the rain, sweat, the washing ...
_WET_NOT_PEE = (r"(?! (?:\w+ ){0,6}?(?:\w*regen\w*|bui|zweet|bezweet|zweten|transpir\w*|zee|zwembad\w*|zwemmen|douche\w*|bad"
                r"|sneeuw|gemorst\w*|sport\w*|gesport\w*|koffie|thee|verf|modder|olie|tuinslang)\b"
                r"| (?:\w+ )?(?:van|uit) de was\b)")
#: what leaks that is no person: the roof, a tap, a pipe ...
_LEAKY_THING = (r"(?:dak\w*|goot\w*|kraan\w*|leiding\w*|buis\w*|buiz\w*|band\w*|fiets\w*|boot|auto\w*|wasbak\w*|lavabo\w*"
                r"|douche\w*|boiler\w*|zwembad\w*|tent|vat|emmer\w*|slang\w*|tuinslang\w*|radiator\w*|plafond\w*|zolder\w*"
                r"|kelder\w*|raam\w*|fles\w*|wasmachine\w*)")
#: what drops come out of that is no bladder: a tap, a bottle, the nose ...
_DROPS_FROM = (r"(?:kraan\w*|fles\w*|tube|pak\w*|slang\w*|tuinslang\w*|pen|pipet\w*|spuit\w*|bus|blik\w*|pot\w*|doos"
               r"|citroen\w*|douche\w*|kan|ketel\w*|leiding\w*|vat|emmer\w*|neus|oog|ogen|oor|oren|wond\w*|vinger\w*|tepel\w*"
               r"|borst\w*|kolf\w*)")
#: a pee word, but not one naming an animal ("plaskater", "plashond": the animal's bladder)
# ook het voltooid deelwoord en de andere woorden ervoor (sessie 24): "geplast", "uitgeplast", "gepist", "pissen", "wateren", "urineren"
# ("piste", de skipiste, niet; de woorden tussen haken: geen woorden voor de typo-lezer, "gepast" blijft "gepast")
_PLAS = (r"(?:(?:uit)?(?:ge)?plas(?!\w*(?:kat|poes|hond|dier|bees)\w*\b)\w*|(?:uit)?gepis[t]|pisse[n]|pist|pis|(?:ge)?urinee[r]\w*"
         r"|urinere[n]|watere[n]|waterd[e]|gewater[d]|pipi)")
#: soiled or wet: "mijn broek vuilgemaakt", "van voren nat"
_SOILED = r"(?:vuilgemaakt|vuil gemaakt|bevuil\w*|bescheten|natgemaakt|nat gemaakt|nat|vochtig|doornat|kletsnat|zeiknat)"
#: right after noticing: "ik merk het pas als ...", "merk ik het pas als ..."
_NOTICED = "|".join(rf"(?<=\b{verb}{who} )" for verb in ("merk", "merkte", "voel", "voelde", "zie", "zag")
                    for who in ("", " ik", " k", " je", " ge"))
#: clothes that get wet
_TROUSERS = r"(?:\w*broek|onderbroek\w*|slip|slipje\w*|ondergoed|boxer\w*|jeans|overall|short)"
#: no rain, sweat or spill named in the words that follow (session 32AZ)
_NOT_RAIN_BEFORE = (r"(?!(?: \S+){0,14}? (?:\w*rege[n]\w*|bu[i]|zwee[t]|bezwee[t]|gezwee[t]|zwete[n]|transpir\w*|zwembad\w*|douch[e]\w*"
                    r"|zweett\w*|gemors[t]\w*|koffi[e]|the[e]|bloe[d]\w*|sneeu[w])\b)")
#: a mark from a period is no leak (session 17a)
_NOT_A_PERIOD = (r"(?!(?: \S+){0,12}? (?:ongesteld\w*|menstrua\w*|maandstonde[n]|regel[s]|period[e]|bloedin[g]|bloedverlie[s]"
                 r"|ver[f]|modde[r]|koffi[e]|thee|wij[n]|ink[t]|olie|sau[s]|chocolad[e])\b)")  # nor paint, mud...
#: er komt niks, gezegd zonder de blaas te noemen (sessie 33B; in de twee patronen na "de aandrang" en "een volle blaas"
#: hieronder): "er komt niks", "er gebeurt niets", "het wil niet komen", "ik krijg het er niet uit" (niet "er komt niks van",
#: "er komt niks in me op", "het komt niet terug")
_NIKS_KOMT = (r"(?:(?:maar|en|dan) )?(?:er )?(?:komt|kwam) (?:er )?(?:gewoon |echt |toch |helemaal |dan |bijna |vrijwe[l] )?(?:niks|niets|nix"
              r"|geen druppel|geen drup|nauwelijks iets|amper iets)\b(?! (?:van|in (?:me|mij) op|bij (?:me|mij) op|te binnen|op papier|door"
              r"|binnen|lang[s]|thui[s]|meer van|uit (?:mijn|mn|m) (?:neus|mond|keel|ogen))\b)"
              r"|(?:niks|niets|nix) (?:komt|kwam|wil komen|gebeur[t]|gebeurd[e]|loopt|liep)\b(?! (?:van|in (?:me|mij) op|bij (?:me|mij) op"
              r"|te binnen|door|binnen|lang[s])\b)"
              r"|(?:er (?:gebeur[t]|gebeurd[e])|(?:gebeur[t]|gebeurd[e]) er) (?:gewoon |echt |dan |helemaal )?(?:niks|niets|nix)\b"
              r"|het (?:wil|wilt|wou|wilde) (?:er )?(?:gewoon |echt |maar |toch |dan )?(?:niet|nie) (?:komen|lopen|strome[n]|uit|eruit|lukke[n]"
              r"|op gang komen|beginne[n]|starte[n])\b"
              r"|het (?:komt|kwam) (?:er )?(?:gewoon |echt |toch |dan )?(?:niet|nie)(?: uit)?\b(?! (?:op|bij|in|teru[g]|door|binnen)\b)"
              r"|(?:ik |k )?(?:krijg|kan|kreeg|kon) (?:het|hem|m|em|die|ze) (?:er )?(?:gewoon |echt |toch |maar )?(?:niet|nie) (?:uit|eruit"
              r"|leeg|kwijt)\b"
              r"|het lukt (?:me |mij )?(?:gewoon |echt |toch |dan )?(?:niet|nie)\b")
#: bladder and bowel trouble (Dutch-shaped patterns)
BLADDER_PATTERNS = (
    # de blaas nog vol na het plassen (sessie 24): "als ik uitgeplast ben voelt het alsof mijn blaas nog vol is"
    r"\bblaas\b(?: \w+){0,4}? (?:nog|altijd|steeds) (?:\w+ )?vol\b",
    # nat of vuil gevonden waar men zat of lag, niets gemerkt (sessie 22H): "nat in zijn stoel en hij lijkt het niet te merken",
    # "vuil in mijn broek en ik had er niks van gevoeld" (geen zweet)
    r"\b(?:nat|vui[l]|vies|bevuil[d]|doorweek[t]) (?:\w+ ){0,2}?(?:in|op) (?:mijn|mn|m|mijne|zijn|zn|haar|d r|de|het|t) (?:\w+ )?"
    r"(?:stoe[l]|zete[l]|bed|broe[k]|onderbroek\w*|slip\w*|ondergoed|luie[r]|pampe[r]|lakens|pyjama)\b(?: (?!zwe\w*|gezwe\w*|rege[n]|ver[f]\w*|modde[r]|koffi[e]|thee|sap|wate[r]|bie[r]|wij[n]|ink[t]|oli[e]|vet)\S+){0,12}?"
    r" (?:niet|nie|niks|niets|nooit|geen|zonder) (?:\w+ ){0,3}?(?:gemerkt|gevoeld|merken|voelen|merkt|merkte|voelt|voelde|doorgeha[d]|doorha[d]|door te hebben"
    r"|gewaa[r])\b",
    # de onderbroek vuil of nat gevonden, niets gemerkt of niet zeker (sessie 20, refresh 29): "mijn onderbroek was vuil
    # vanmiddag en ik heb niet eens gemerkt dat er iets kwam", "mijn slip was wat vochtig, ik weet nie of da urine was"
    r"\b(?:onderbroe[k]|sli[p]|boxe[r]|broe[k]|joggingbroe[k]|shor[t])\b (?:\w+ ){0,3}?(?:(?:was|is|waren|zijn|zat|zit) )?(?:\w+ ){0,3}?"
    r"(?:vui[l]|vie[s]|nat|vochti[g]|bevuil[d]|brui[n])\b(?! (?:\w+ ){0,3}?(?:rege[n]|ver[f]|sap|the[e]|koffi[e]|wate[r]|zwee[t]|douch[e]|bad|modde[r]|bie[r]"
    r"|wij[n])\b)(?: \S+){0,12}? (?:(?:nie[t]|nie|nik[s]|niet[s]|gee[n]) (?:\w+ ){0,3}?(?:gemerk[t]"
    r"|gevoel[d]|doorgeha[d]|door gehad)|(?:wee[t]|wis[t]) (?:\w+ ){0,2}?(?:nie[t]|nie) of (?:\w+ ){0,4}?(?:urin[e]|pla[s]|pip[i]|pis)"
    # ("ik weet nie of" is read "unsure of" (sessie 21d, refresh 29): "slip precies wat vochtig, ik weet nie of da een beetje urine
    # was of zweet", "niet zeker of het plas was"; zweet genoemd als tweede keuze blijft onzeker, dus de blaas)
    r"|unsure (?:of|wat|da[t]|wa[t]) (?:\w+ ){0,9}?(?:urin[e]|pla[s]|plasj[e]|pip[i]|pis|lekj[e]|gelek[t]))\b",
    # het plassen genoemd, dan duwen of persen in hetzelfde zinnetje verder (sessie 20, refresh 29): "en pissen, ik sta
    # daar en der komt niks, moet duwen gelijk ne zot"; "plassen gaat moeilijk, moet persen"
    r"\b(?:plasse[n]|pisse[n]|pla[s]|pis|plasse[n]|urinere[n]|watere[n])\b(?: \S+){0,10}? (?:moe[t]|moes[t]|moete[n]|moeten) (?:\w+ )?(?:\w+ )?"
    r"(?:duwe[n]|perse[n]|drukke[n]|forcere[n])\b",
    r"\b(?:er|der|d r|dr) kom[t] (?:nik[s]|niet[s]|nix|gee[n] druppe[l])\b(?: \S+){0,4}? (?:moe[t]|moes[t]) (?:\w+ )?(?:duwe[n]|perse[n]|drukke[n])\b",
    # kan niet wateren (sessie 23M; "wateren" = plassen, Vlaams): "'k kan nie wateren", "wateren lukt niet meer", "ik kan geen
    # water laten" (de patronen hierboven noemen hun werkwoorden letterlijk, niet {URINE})
    r"\b(?:kan|kon|kunnen|lukt|lukte|krijg|kreeg) (?:\w+ ){0,3}?(?:niet|nauwelijks|amper|moeilijk|bijna niet|geen) (?:meer |goed )?"
    r"(?:\w+ ){0,2}?(?:watere[n]|water (?:late[n]|make[n]))\b",
    r"\b(?:watere[n]|water (?:late[n]|make[n])) (?:\w+ ){0,2}?(?:lukt|gaat|wil|lukte|ging) (?:\w+ ){0,2}?(?:niet|moeilijk|slecht|nauwelijks"
    r"|amper|bijna niet|stroe[f]|moeizaa[m])\b",
    r"\b(?:moeite|problemen|probleem|last) (?:\w+ ){0,2}?(?:met|bij (?:het )?) ?(?:watere[n]|water (?:late[n]|make[n]))\b",
    # duwen en nog eens duwen op de wc, of het komt niet (sessie 23M): "op de pot moest ik persen en persen", "aan de wc, 't wil
    # ni komen" (niet "duwen tegen de muur", "het komt niet goed uit")
    r"\b(?:wc|toilet|pot|plee|urinoi[r]|pla[s]|plasse[n]|pisse[n]|watere[n]|kakke[n]|poepe[n])\b(?: \S+){0,12}? (?:pers|duw|douw)\w*"
    r" (?:en|&) (?:\w+ ){0,2}?(?:pers|duw|douw)\w*\b",
    r"\b(?:wc|toilet|pot|plee|urinoi[r]|pla[s]|plasse[n]|pisse[n]|watere[n])\b(?: \S+){0,10}? (?:het|t|de plas|ze) (?:\w+ )?(?:komt|kwam"
    r"|wil|wou|wilde) (?:er )?(?:gewoon |echt |maar |toch |precies )?niet(?: (?:komen|uit|door|op gang))?(?= ?$| [,.]| (?:en|maar|moet"
    r"|moest|ik|k)\b)",
    # persen om te kakken (sessie 23M): nieuw met de rugpijn, de veilige kant: "ik moet duwen om te kunnen kakken"
    # (de stoelgang alleen nieuw of met de rug: verstopping alleen is geen alarm)
    r"\b(?:persen|duwen|drukken|pers|duw) (?:\w+ ){0,4}?(?:om te|voor te|bij het) (?:kunnen )?watere[n]\b",
    r"\b(?:persen|duwen|drukken|pers|duw) (?:\w+ ){0,4}?(?:om te|voor te|bij het) (?:kunnen )?(?:kakke[n]|poepe[n]"
    r"|mijn behoefte (?:te )?doen|mijn darmen (?:te )?legen)\b(?=(?: \S+){0,10}? (?:sinds\w*|seder[t]|nu|tegenwoordi[g]|laats[t]|plot[s]"
    r"|opeen[s]|ineen[s]|rug\w*|herni[a])\b)",
    r"\b(?:sinds\w*|seder[t]|nu|tegenwoordi[g]|laats[t]|plot[s]|opeen[s]|ineen[s])\b(?: \S+){0,10}? (?:persen|duwen|drukken|pers|duw) (?:\w+ ){0,4}?"
    r"(?:om te|voor te|bij het) (?:kunnen )?(?:kakke[n]|poepe[n]|mijn behoefte (?:te )?doen|mijn darmen (?:te )?legen)\b",
    # het bed of de pyjama bevuild, van de patient of een naaste voor wie geschreven wordt (sessie 23M): "hij heeft zijn pyjama
    # bevuild", "mijn vader heeft vannacht zijn lakens vuilgemaakt" (niet "mijn handen vuilgemaakt in de tuin", geen kind)
    r"\b(?:mijn|mn|m|me|zijn|zn|haar|dr|d r|het|de|t) (?:\w+ )?(?:pyjam[a]\w*|lake[n]\w*|bed|beddengoe[d]|\w*broe[k]|onderbroe[k]\w*"
    r"|ondergoe[d]|sli[p]\w*|luie[r]\w*|matra[s]) (?:\w+ ){0,2}?(?:bevuil[d]|bevuild[e]|vuilgemaak[t]|vuil gemaak[t]|bescheten"
    r"|ondergeschete[n]|ondergekak[t])\b(?! (?:\w+ ){0,4}?(?:modde[r]|tui[n]|ver[f]|koffi[e]|olie|eten|sau[s]|aard[e])\b)",
    r"\b(?:mijn|mn|m|onze|ons) (?:moeder|mama|mam|ma|moeke|oma|bomma|meme|vader|papa|pa|opa|bompa|pepe|vrouw|man|partner|vent)"
    r"\b(?: \w+){0,4}? (?:zijn|zn|haar|dr|d r|heur|het|de|t) (?:\w+ )?(?:pyjam[a]\w*|lake[n]\w*|bed|beddengoe[d]|\w*broe[k]|onderbroe[k]\w*"
    r"|ondergoe[d]|sli[p]\w*|luie[r]\w*|matra[s]) (?:\w+ ){0,2}?(?:bevuil[d]|bevuild[e]|vuilgemaak[t]|vuil gemaak[t]|bescheten"
    r"|ondergeschete[n]|ondergekak[t])\b(?! (?:\w+ ){0,4}?(?:modde[r]|tui[n]|ver[f]|koffi[e]|olie|eten|sau[s]|aard[e])\b)"
    r"(?!(?: \w+){0,4} (?:geleden|vroege[r]|als kind)\b)",
    r"\b(?:bevuil[d]|bevuild[e]|vuilgemaak[t]|schee[t]|kakt[e]|poept[e]) (?:\w+ )?(?:in )?(?:mijn|mn|zijn|zn|haar|dr|het|de) (?:\w+ )?(?:pyjam[a]\w*"
    r"|lake[n]\w*|bed|beddengoe[d]|onderbroe[k]\w*|ondergoe[d]|luie[r]\w*|matra[s])\b",
    # pas achteraf gemerkt dat ik geplast had (sessie 23M): "ik zag pas nadien dat ik in mijn broek had gedaan", "had niet door
    # dat ik gelekt had" (niet "pas achteraf dat de pijn weg was", niet een kind: "hij")
    r"\b(?:(?:merk\w*|gemerkt|zag|zie|gezie[n]|besef\w*|ontdek\w*|door|doorgeha[d]|wist|gevoeld|voelde)\b(?: \S+){0,4}? (?:pas|eerst|achtera[f]"
    r"|nadie[n]|naderhan[d]|later)|(?:pas|eerst|achtera[f]|nadie[n]|naderhan[d]|later) (?:\w+ ){0,3}?(?:merk\w*|gemerkt|zag|zie|gezie[n]|besef\w*"
    r"|ontdek\w*|door|doorgeha[d]|wist|gevoeld|voelde))\b(?: \S+){0,3}? (?:dat|da|dak|datk) (?:ik |k )?(?:\w+ ){0,4}?(?:geplas[t]|gepis[t]|gepies[t]|gepoep[t]|gekak[t]|gelek[t]|bevuil[d]|in (?:mijn |mn |m |me |de )?(?:onder)?broe[k] (?:\w+ )?gedaan|in (?:mijn |mn |m |het |t )?bed (?:\w+ )?gedaan|naar (?:de|het|t) (?:wc|toilet) (?:\w+ )?gewees[t])\b",
    r"\b(?:niet|nie|niks|niets|nooit) (?:eens |echt )?(?:gemerkt|door|doorgeha[d]|gevoeld|gezie[n]|besef[t]) (?:\w+ )?(?:dat|da|dak) (?:ik |k )?(?:\w+ ){0,3}?(?:geplas[t]|gepis[t]|gepies[t]|gepoep[t]|gekak[t]|gelek[t]|bevuil[d]|in (?:mijn |mn |m |me |de )?(?:onder)?broe[k] (?:\w+ )?gedaan)\b",
    # gelekt voor het toilet bereikt was (sessie 19k, twin van "a bit of a leak in the jocks before i made it to the jacks"):
    # "een beetje gelekt in mijn onderbroek voor ik op het toilet was", "in mn broek geplast voor ik aan de wc was"
    r"\b(?:gelek[t]|geplas[t]|een (?:klei[n] |beetje )?lekj[e]|in (?:mijn |mn |m )?(?:onder)?broe[k] gedaan)\b"
    r"(?: \S+){0,5}? (?:voor|voorda[t]|voor dat) (?:ik|k) (?:op|aan|bij|in|naar) (?:het |de |t )?(?:toile[t]|wc|plee)\b",
    # wachten op de wc tot de straal op gang komt (sessie 19): "ik sta 2 minuten voor de wc voor het begint te lopen"
    r"\b(?:wc|toilet|pot|pispo[t]|urinoi[r])\b(?: \S+){0,8}? (?:voor|voorda[t]|eer|tot|totdat) (?:het|er iets|er wat|de straal|de plas)"
    r" (?:\w+ ){0,2}?(?:begin[t]|komt|loopt|start|kwam|liep|bego[n]|startt[e])\b(?! (?:te )?(?:rege[n]en|pijn|zeer))",
    # een ongeluk met de stoelgang of de plas verteld als "misgegaan" (sessie 18a): "vannacht is t in bed misgegaan met de
    # stoelgang", "ging het mis in bed met mijn ontlasting"
    r"\b(?:misgegaa[n]|misgeloope[n]|mis gegaa[n]|mis geloope[n]|fout gegaa[n]|fout geloope[n]|verkeer[d] gegaa[n]|verkeer[d] geloope[n]"
    r"|(?:ging|liep|gaat|loopt) (?:\w+ )?mis)\b(?: \w+){0,4}? (?:met|me) (?:de |mijn |mn |m |d )?(?:stoelgang|ontlasting|plas|kak"
    r"|darmen|blaas|grote boodschap)\b",
    # in de kleren gepoept of ontlasting erin, ook door een mantelzorger geschreven (sessie 33L): "hij heeft in zijn kleding
    # gepoept", "mijn kleren zaten vol stoelgang en ik had niks gemerkt", "ze had het in haar rok gedaan zonder het te voelen"
    r"\bin (?:mijn|mn|me|m|mijne|haar|dr|der|zijn|zn) (?:\w+ )?(?:kleren|kledin[g]|ro[k]|jur[k]|nachtjapo[n]|nachthem[d])\b (?:\w+ )?"
    r"(?:gepoep[t]|gekak[t]|geschete[n]|ontlas[t]|geplast|gepist|gedaan|late[n] lopen)\b",
    r"\b(?:ontlastin[g]|stoelgan[g]|poep|kak|drol\w*) (?:\w+ ){0,2}?in (?:mijn|mn|me|m|mijne|haar|dr|der|zijn|zn) (?:\w+ )?(?:kleren|kledin[g]"
    r"|ro[k]|jur[k]|nachtjapo[n]|\w*broek)\b",
    r"\b(?:kleren|kledin[g]|ro[k]|jur[k]|\w*broek) (?:\w+ ){0,2}?(?:vol|met) (?:\w+ )?(?:ontlastin[g]|stoelgan[g]|poep|kak)\b",
    # geen tijd om dicht te knijpen voor de stoelgang komt (sessie 33L): "als het komt heb ik geen tijd meer om mijn billen dicht te
    # knijpen", "nog geen tijd om te knijpen" (niet een hand, een tube of een citroen)
    r"\bgeen tijd (?:\w+ ){0,2}?om (?:mijn |me |mn |de |haar |zijn )?(?:billen |kont |poep |sluitspier )?(?:same[n] |dich[t] |toe |in |op |aan )?te "
    r"(?:knijpe[n]|spanne[n])\b",
    # een volwassen naaste die nu in de broek plast of poept (sessie 18a): "mijn moeder heeft poep in haar onderbroek"
    # (geen kind: "mijn zoontje plast in bed"; niet lang geleden)
    r"\b(?:mijn|mn|m|onze|ons) (?:moeder|mama|mam|ma|moeke|oma|bomma|meme|vader|papa|pa|opa|bompa|pepe|vrouw|man|partner|vent)"
    r"\b(?: \w+){0,3}? (?:poep|kak|plas|urine|pipi)\b(?: \w+){0,2}? (?:in|aan) (?:haar|zijn|zn|d r|heur|de) (?:onderbroe[k]|broek"
    r"|slip|ondergoed|pyjama)\b(?!(?: \w+){0,4} (?:geleden|vroege[r]|als kind)\b)",
    r"\b(?:mijn|mn|m|onze|ons) (?:moeder|mama|mam|ma|moeke|oma|bomma|meme|vader|papa|pa|opa|bompa|pepe|vrouw|man|partner|vent)"
    r"\b(?: \w+){0,3}? (?:(?:in|aan) (?:haar|zijn|zn|d r|heur) (?:onderbroe[k]|broek|slip|ondergoed|pyjama|bed)|in (?:het |t )?bed) (?:\w+ )?(?:gepoep[t]"
    r"|geplas[t]|gekak[t]|gedaan)\b(?!(?: \w+){0,4} (?:geleden|vroege[r]|als kind)\b)",
    # een lek achteraf gevonden, niet gevoeld (sessie 17a): "poep in d'r onderbroek en ze zegt dat ze het echt nie gemerkt
    # heeft" (getypt voor haar: haar tekens zijn de patiënt), "een vlek in mijn slip en ik heb niks voelen komen"
    # (niet de menstruatie)
    # (a wet spot too, session 18: "vind ik soms een nat plekje in mijn ondergoed en ik heb er niks van gemerkt")
    r"\b(?:vlek\w*|plek\w*|spoo[r]|spore[n]|stree[p]|strepe[n]|remspo\w*|veeg|bruin\w*|poep|plas|urine|kak|drol\w*) (?:\w+ ){0,2}?(?:in|op)"
    r" (?:mijn|mn|m|mijne|me|haar|dr|der|zijn|zn|de) (?:\w+ )?(?:onderbroek\w*|slip\w*|ondergoed|boxer\w*|broek)\b" + _WET_NOT_PEE
    + r"(?: \S+){0,14}? (?:niet|nie|niks|niets|nooit|geen|unsure) (?:\w+ ){0,3}?(?:gemerkt|gevoeld|voelen|merken|voelde|merkte|doorgeha[d]|doorha[d]"
    r"|door te hebben)\b" + _NOT_A_PERIOD,
    # ... het voelen eerst, de ontkenning erna (sessie 31AM): "remsporen in mijn slip, ik voel het niet aankomen", "bruine vegen in
    # mijn onderbroek en ik merk er niks van" (niet de pijn die niet gevoeld wordt)
    r"\b(?:vlek\w*|plek\w*|spoo[r]|spore[n]|stree[p]|strepe[n]|remspo\w*|veeg|vege[n]|bruin\w*|poep|kak|drol\w*) (?:\w+ ){0,2}?(?:in|op)"
    r" (?:mijn|mn|m|mijne|me|haar|dr|der|zijn|zn|de) (?:\w+ )?(?:onderbroek\w*|slip\w*|ondergoed|boxer\w*|broek|pyjama\w*)\b" + _WET_NOT_PEE
    + r"(?: \S+){0,14}? (?:voel|voelde|voelt|merk|merkte|merkt|voelen|merken) (?:ik |k |je |ge |hij |ze |zij )?(?:\w+ ){0,3}?(?:niet|nie|niks|niets"
    r"|nooit|amper|nauwelijks)\b(?: \w+){0,2}? (?:komen|aankomen|aan komen|opkome[n]|gebeure[n]|lopen|van)\b" + _NOT_A_PERIOD,
    r"\b(?:poep|plas|urine|kak|drol\w*) (?:\w+ ){0,2}?in (?:haar|dr|der|zijn|zn) (?:broek|onderbroek\w*|slip\w*|ondergoed)\b",
    # iets laten lopen zonder het te merken: "ik denk dat ik iets heb laten lopen zonder het door te hebben"
    r"\b(?:late[n]|liet|laat|liete[n]) (?:\w+ )?(?:lopen|gaan|ontsnappe[n])\b(?: \S+){0,2}? zonder (?:het |dat |da |t )?(?:ik |k )?(?:\w+ )?"
    r"(?:door te hebben|doorha[d]|doorgeha[d]|te merken|te voelen|merkte|voelde|gemerkt|gevoeld)\b",
    # persen om te kunnen plassen, los verteld: "moet ik precies persen lik ne zot voor te kunnen plassen"
    r"\b(?:persen|duwen|drukken|forcere[n]|pers|duw) (?:\w+ ){0,4}?(?:om te|om|voor te|voor|bij het) (?:kunnen )?(?:plassen|urineren"
    r"|pissen|pipi doen)\b",
    # een miezerig straaltje, dan stopt het: "er komt zo'n miezerig straaltje en dan stopt het" (niet water uit een kraan)
    r"\b(?:miezerig\w*|piepklein\w*|klein\w*|dun\w*|iel\w*|zwak\w*|slap\w*|pieterig\w*|mager\w*) (?:\w+ )?straaltje\w*\b"
    r"(?! (?:\w+ ){0,3}?(?:bloe[d]|water|zweet|olie|lich[t]|zon|kraa[n]|douche))",
    # wetting or soiling in one's sleep, soiling oneself: "ik heb in mijn slaap geplast", "in m'n slaap gepiest",
    # "ik heb mezelf bevuild", "ik heb mij ondergescheten" ("meself", a slip for "mezelf", reads "myself": also)
    # (spelt out of the typo reader's vocabulary, "plas[t]": "blast" and "miste" are no typos of these)
    r"\bin (?:mijn |mn |m |me )?slaap (?:\w+ ){0,2}?(?:geplast|gepies[t]|gekakt|gepoept|plas|plas[t]|plast[e]|plaste[n]|pis"
    r"|pist[e])\b",
    r"\b(?:geplast|gepies[t]|gekakt|gepoept|plas|plas[t]|plast[e]|pis|pist[e]) (?:\w+ ){0,2}?in (?:mijn |mn |m |me )?slaap\b",
    r"\b(?:mezelf|mijzel[f]|me|mij|myself) (?:\w+ ){0,2}?(?:bevuil[d]|ondergeschete[n]|ondergeplas[t]|ondergepies[t]|onder geschete[n]"
    r"|onder geplast|onder gepies[t])\b",
    # niet voelen of het eruit komt, bij het duwen: "als ik duw voel ik niet eens of er iets uitkomt" (issue 13)
    r"\b(?:voel|voelt|merk|merkt|voelde|merkte) (?:\w+ ){0,2}?(?:niet|nie|nooit|amper|nauwelijks) (?:eens |meer |goed |echt )?"
    r"(?:of|wanneer|als|dat) (?:de |mijn |mn )?(?:ontlasting|stoelgang|poep|plas|urine) (?:\w+ ){0,2}?(?:uitkomt|eruit komt|komt"
    r"|kwam|loopt)\b",
    r"\b(?:duw\w*|pers\w*|wc|toilet|poep\w*|kak\w*|stoelgang|ontlasting|verstopt|constipati[e]|plas\w*)\b(?: \w+){0,8}? (?:voel|voelt|merk|merkt|voelde|merkte) (?:\w+ ){0,2}?(?:niet|nie|nooit|amper|nauwelijks) (?:eens |meer |goed |echt )?(?:of|wanneer|als|dat) (?:er )?(?:iets |wat |het |t |de ontlasting |de stoelgang |mijn stoelgang |de plas )?(?:\w+ ){0,2}?(?:uitkomt|eruit komt|komt|kwam|gaat|loopt)\b",
    r"\b(?:voel|voelt|merk|merkt|voelde|merkte) (?:\w+ ){0,2}?(?:niet|nie|nooit|amper|nauwelijks) (?:eens |meer |goed |echt )?(?:of|wanneer|als|dat) (?:er )?(?:iets |wat |het |t |de ontlasting |de stoelgang |mijn stoelgang |de plas )?(?:\w+ ){0,2}?(?:uitkomt|eruit komt|komt|kwam|gaat|loopt)\b(?: \w+){0,6}? (?:duw\w*|pers\w*|wc|toilet|poep\w*|kak\w*|stoelgang|ontlasting|verstopt|constipati[e]|plas\w*)\b",
    # een ongeluk met de stoelgang of de plas benoemd: "een ongeluk met mijn stoelgang" (issue 13)
    r"\bongeluk\w* met (?:mijn |mn |m |de |het |een |me )?(?:kleine |grote )?(?:{URINE}|{STOOL}|boodschap|blaas|darmen"
    r"|plasje)\b",
    # een ongeluk in de broek of in bed: bevuild of nat, geen val: "ik had een ongeluk in mijn broek", "vannacht een
    # ongeluk in bed gehad" (not "een ongeluk in de badkamer")
    r"\bongeluk\w*(?: gehad)? in (?:mijn |mn |m |me |de |het |bed\b)?(?:\w+ )?" + _OWN_ACCIDENT_PLACES,
    # underwear damp again and again, found damp, little leaks: "mijn onderbroek is steeds vochtig, kleine lekjes de hele
    # dag", "ik vind mijn slip telkens nat" (not the rain, sweat, the washing; not a roof or a pipe)
    r"\b(?:onderbroek\w*|slip|slipje\w*|ondergoed|boxer\w*|broek)\b (?:\w+ ){0,2}?(?:steeds|telkens|altijd|constant"
    r"|voortdurend|de hele tijd|heel de tijd|elke dag|iedere dag|alweer|vaak) (?:\w+ ){0,2}?(?:nat|vochtig|klam)\b" + _WET_NOT_PEE,
    r"\b(?:onderbroek\w*|slip|slipje\w*|ondergoed|boxer\w*)\b (?:is |zijn |wordt |worden |was |blijft )?(?:\w+ )?(?:nat|vochtig"
    r"|klam) (?:\w+ )?(?:de hele (?:tijd|dag)|heel de (?:tijd|dag)|elke dag|iedere dag|telkens|steeds)\b" + _WET_NOT_PEE,
    r"\b(?:steeds|telkens|altijd|de hele tijd|heel de tijd|elke dag|vaak) (?:\w+ ){0,2}?(?:een )?(?:natte|vochtig\w*|klam\w*)"
    r" (?:onderbroek\w*|slip|slipje\w*|ondergoed|boxer\w*)\b" + _WET_NOT_PEE,
    r"\b(?:vind\w*|vond\w*|merk|merkte|zie|zag|ontdek\w*) (?:\w+ ){0,2}?(?:onderbroek\w*|slip|slipje\w*|ondergoed|boxer\w*)"
    r" (?:\w+ ){0,3}?(?:nat|vochtig|klam|doornat)\b" + _WET_NOT_PEE,
    r"\b(?:kleine?) (?:\w+ )?(?:lekjes?|lekkage\w*)\b(?! (?:\w+ )?(?:in|uit|aan|van|bij|onder|op) (?:het |de |een |mijn |mn |onze"
    r" |ons )?(?:\w+ )?" + _LEAKY_THING + r"\b)",
    r"\b(?:af en toe|telkens|steeds|de hele dag|heel de dag) (?:een |wat )?lekje\w*\b(?! (?:\w+ )?(?:in|uit|aan|van|bij"
    r"|onder|op) (?:het |de |een |mijn |mn |onze |ons )?(?:\w+ )?" + _LEAKY_THING + r"\b)",
    r"\bdruppel\w* (?:\w+ ){0,2}?in (?:mijn|mn|m|me|mijne) (?:onderbroek|slip|slipje\w*|ondergoed)\b",
    # wind that escapes or slips out, not felt coming: "windjes ontsnappen gewoon, ik voel ze niet aankomen"
    r"\b(?:windje\w*|winden|scheet\w*|scheten)\b(?: \w+){0,2}? (?:ontsnap\w*|ontglip\w*|glip\w* (?:er )?(?:\w+ )?uit"
    r"|floep\w* (?:er )?(?:\w+ )?uit|(?:komen|komt|kwamen|kwam) (?:er )?(?:zomaar |gewoon |vanzelf |ongewild )?uit)\b",
    r"\b(?:ontsnap\w*|ontglip\w*|glip\w*|floep\w*) (?:(?:er|me|mij|ook|soms|steeds|telkens|gewoon|zomaar|nu) )*(?:een |wat |nog )?"
    r"(?:windje\w*|winden|scheet\w*|scheten)\b",
    r"\b(?:windje\w*|winden|scheet\w*|scheten)\b(?: \S+){0,8}? (?:voel|merk|voelde|merkte) (?:ik |je |ge )?(?:ze|het|t"
    r"|die|hem|dat) (?:\w+ )?(?:niet|nie|nooit|amper|nauwelijks) (?:meer )?(?:aankomen|aan komen|komen)\b",
    r"\b(?:voel|merk|voelde|merkte) (?:ik |je |ge )?(?:\w+ )?(?:windje\w*|winden|scheet\w*|scheten) (?:\w+ )?(?:niet|nie"
    r"|nooit|amper|nauwelijks) (?:meer )?(?:aankomen|aan komen|komen)\b",
    r"\b(?:laat|liet) (?:ik |k )?(?:\w+ ){0,2}?(?:windje\w*|winden|wind|scheet\w*|scheten) (?:\w+ ){0,2}?(?:zonder"
    r" (?:het |dat (?:ik )?(?:het )?)?(?:te )?(?:merken|voelen|willen|merk|voel)|ongewild|zomaar|onbewust\w*|vanzelf)\b",
    # only a few drops when trying: "ik krijg er maar een paar druppels uit" (not from a tap, a bottle, the nose)
    r"\b(?:krijg|kreeg|krijgen|kregen|pers\w*|duw\w*|forceer\w*)\b (?:(?:er|ik|het|t|k) )*(?:\w+ )?(?:maar|slechts|amper"
    r"|nauwelijks|enkel|alleen|niet meer dan) (?:een )?(?:paar |enkele |twee |drie |kleine )?(?:druppel\w*|scheutje\w*"
    r"|straaltje\w*) (?:\w+ )?(?:uit|eruit)\b(?! (?:\w+ ){0,2}?(?:de|het|een|mijn|mn|die|dat|t) (?:\w+ )?"
    + _DROPS_FROM + r"\b)",
    # "'t zat al in mijne broek"
    r"\b(?:zat|zit|liep|ging|kwam) (?:het |t )?(?:al |er )?in (?:mijn|mn|m|mijne) (?:broek|onderbroek|slip)\b",
    # only a splash each time; a full bladder under the navel: "telkens maar een scheutje, onder mijn navel hard en opgezet"
    r"\b(?:wc|toilet|" + _PLAS + r"|pipi)\b(?: \S+){0,8}? (?:maar|slechts|amper|nauwelijks|enkel|alleen) (?:een )?"
    r"(?:(?:paar|enkele|twee|drie|kleine?|heel|piep|dun\w*|zwak\w*|iel\w*) )*"
    r"(?:scheutje|druppel\w*|straaltje)\b",
    # the passing barely felt: "naar de wc ... en ik voelde het amper lopen"
    r"\b(?:wc|toilet|pot|" + _PLAS + r"|pipi|straal\w*|urine)\b(?: \S+){0,15}? (?:voel|voelde|merk|merkte) (?:ik |je |ge )?"
    r"(?:het|t|dat|da|de plas|mijn plas) (?:\w+ )?(?:niet|nie|nooit|amper|nauwelijks|bijna niet|haast niet) (?:meer )?"
    r"(?:lopen|komen|aankomen|gaan)\b",
    # the splash named before the water, as what came out: "er kwam maar een scheutje plas uit", "ik kreeg er maar een
    # druppeltje urine uit" (not the sample: "voor het staal moest ik maar een bodempje plas in het potje doen")
    r"\b(?:komt|kwam|kwamen|krijg|kreeg|kregen)\b (?:er |ik |het |t )*(?:\w+ )?(?:maar|slechts|amper|nauwelijks|enkel"
    r"|alleen) (?:een )?(?:scheutje|druppel\w*|straaltje|bodempje\w*) (?:\w+ )?(?:plas|urine|pipi|pis)\b"
    r"(?!(?: \w+){0,4}? (?:voor|bij|in) (?:het|de|een|t|dat|da) (?:\w*staal|test|labo|pot\w*)\b)",
    # little or nothing came while the need was great: "kwam er bijna niks uit terwijl ik heel nodig moest"
    r"\b(?:komt|kwam|kwamen) (?:er )?(?:echt |gewoon |maar |dan |toch )?(?:niks|niets|bijna niks|bijna niets|haast niks"
    r"|nauwelijks iets|amper iets|geen druppel|maar een (?:scheutje|druppel\w*|straaltje|beetje|bodempje\w*))\b"
    r"(?: \S+){0,4}? (?:terwijl|en) (?:ik )?(?:\w+ ){0,3}?(?:nodig|dringend|hoog) (?:moest|moet)\b",
    # ... het wil er niet uit of komt niet op gang, terwijl de nood hoog is (sessie 34Q): "het wil niet beginnen terwijl ik
    # dringend moet", "het komt niet op gang terwijl ik zo nodig moet", "ik krijg het niet op gang terwijl ik hoge nood heb"
    r"\b(?:(?:het|t|de plas|mijn plas|de straal|het plassen) (?:wil|wou|wilde|komt|kwam)|(?:ik |k )?(?:krijg|kreeg) (?:het|t|hem|m))"
    r" (?:er )?(?:gewoon |echt |maar |toch )?(?:niet|nie)"
    r" (?:uit|eruit|komen|op gang|beginne[n]|starte[n]|lope[n])\b(?: \S+){0,4}? (?:terwijl|en|hoewe[l]|ofschoo[n]) (?:ik )?(?:\w+ ){0,3}?"
    r"(?:(?:nodig|dringend|hoog|zo|echt|heel erg) (?:moest|moet)|(?:hoge|grote) nood|aandrang|moet plassen|moest plassen|vol zit|vol is)\b",
    # de straal of het plassen niet op gang gekregen (sessie 34Q): "ik krijg de straal niet op gang", "ik kreeg mijn plas niet
    # aan de gang" (niet "ik krijg de auto niet op gang")
    r"\b(?:krijg|kreeg|krijgt|kon|kan) (?:\w+ )?(?:de straal|mijn straal|de plas|mijn plas|het plassen|het watere[n]|de urine) (?:\w+ )?"
    r"(?:niet|nie|moeilijk|amper|nauwelijks|bijna niet|slecht) (?:meer )?(?:op gang|aan de gang|gestar[t])\b",
    r"\b(?:wc|toilet|pot|" + _PLAS + r"|pipi)\b(?: \S+){0,25}? (?:onder (?:mijn|mn|de) navel|onderbuik|buik|blaas)\b"
    r"(?: \w+){0,3}? "
    r"(?:hard|opgezet|gezwollen|bol|uitgezet|gespannen|strak)\b",
    # leaked, found out later: "toen zag ik pas dat ik had gelekt"; only half emptied: "plassen lukt maar half"
    r"\b(?:ik|k) (?:\w+ ){0,3}?gelekt\b",
    r"\b(?:plassen|plas|pipi|urineren) (?:\w+ ){0,2}?(?:lukt|gaat|lukte|ging) (?:\w+ ){0,2}?(?:maar |slechts )?half\b",
    # ... an adverb before, "der" for "er" (session 24V): "voelt altijd of er nog wat zit"
    r"\b(?:" + _PLAS + r"|blaas|urine|wc|toilet)\b(?: \S+){0,10}? (?:gevoel|voelt|voelde|voel) (?:het |t |ik )?"
    r"(?:altijd |steeds |telkens |vaak |soms |nog |dan )?(?:dat|alsof|of)"
    r" (?:er |der )?(?:nog )?(?:\w+ ){0,2}?"
    r"(?:zit|in zit|achterblijft|blijft zitten|overblijf[t]|over blijft|overschie[t])\b",
    # niet zeker of alles eruit is na het plassen (sessie 24V): "na het plassen weet ik nooit of alles eruit is"
    r"\b(?:" + _PLAS + r"|pipi|urine|wc|toilet)\b(?: \S+){0,8}? (?:unsure|weet (?:ik |k )?nooit|nooit zeker) (?:of|dat) (?:alles|het|t|de plas"
    r"|mijn plas|alle plas|de urine|mijn blaas|mn blaas|de blaas) (?:\w+ ){0,2}?(?:eruit|er uit|der uit|leeg)\b",
    # "heb maar ene keer geplast sinds gisteren"
    r"\b(?:maar|slechts|pas|amper) (?:een|ene|1|eenmaal|een enkele) keer (?:\w+ ){0,2}?(?:geplast|gepist|kunnen plassen)\b",
    # "ontlasting in mijn onderbroek"; "ik voel het niet komen"
    r"\b(?:{STOOL}|poep|urine|plas)\b (?:\w+ ){0,2}?in (?:mijn|mn|m|mijne|de) (?:broek|onderbroek|slip|ondergoed)\b",
    r"\b(?:wc|toilet|ontlasting|stoelgang|poep|" + _PLAS + r")\b(?: \S+){0,15}? (?:voel|merk) (?:het|t|ik) (?:\w+ ){0,2}?"
    r"(?:niet|nooit) (?:meer )?(?:aankomen|komen)\b",
    # "ik voel dat ik moet maar er komt niks"; "plassen komt niet op gang"
    r"\b(?:voel|merk) (?:\w+ ){0,2}?(?:dat )?(?:ik )?(?:moet|moest)\b(?: \S+){0,6}? (?:komt|kwam) (?:er )?(?:niks|niets|geen druppel"
    r"|bijna niks)\b",
    # de aandrang er, er komt niks, zonder blaaswoord (sessie 33B): "ik moet echt nodig maar er gebeurt niets", "ik heb aandrang
    # en dan komt er niks", "k moet de hele tijd, maar het wil niet komen" (niet "ik moet hoesten maar er komt niks", "ik moet
    # naar mijn werk ...", "er komt niks van")
    r"\b(?:(?:ik|k) (?:moet|moest)|(?:ik |k )?(?:heb|had|krijg|kreeg|voel|voelde) (?:wel |de |die |echt |een |veel |zo )?(?:aandrang"
    r"|drang|plasdrang|nood)|de (?:aandrang|drang|plasdrang) is (?:er|daar))(?: (?:wel|echt|nodig|dringend|zo nodig|heel nodig"
    r"|hoognodi[g]|heel erg|steeds|telkens|constant|de hele tijd|vaak|toch|zo|erg)){0,3}(?: ,)? (?:maar|en|,)(?: \S+){0,6}? (?:"
    + _NIKS_KOMT + ")",
    # een volle of gespannen blaas die niet leeg gaat, ook na een komma (sessie 33B): "mijn blaas voelt vol en strak, maar het
    # wil er niet uit", "blaas staat op knappen, ik zit en zit en er komt niks" (niet "blaas niet vol")
    r"\bblaas\b(?: (?!(?:niet|nie|geen|nooit)\b)\S+){0,4}? (?:vol|volle[r]|gespannen|strak|opgezet|opgezwollen|gezwollen|bol|hard"
    r"|barstensvo[l]|propvol|tjokvol|op knappe[n]|op springen|te barste[n])\b(?: \S+){0,12}? (?:" + _NIKS_KOMT + ")",
    r"\b(?:" + _PLAS + r"|straal|urine) (?:\w+ ){0,2}?(?:komt|kwam) (?:\w+ ){0,2}?(?:niet|moeilijk|slecht|heel langzaam)"
    r" (?:\w+ )?op gang\b",
    # "ineens liep het in mijne broek"
    r"\b(?:liep|loopt|lopen|liepen|ging|gaat|kwam|komt) (?:het|er) (?:\w+ ){0,2}?in (?:mijn|mn|m|de|mijne) broek\b",
    # "er komt geen plas, terwijl ik echt moet"
    r"\b(?:komt|kwam|wil|wou) (?:er )?(?:geen|gene) (?:plas|urine|straal|pipi)\b(?! (?:\w+ )?(?:meer )?bij (?:de|het) (?:test|staal))",
    # a bladder that will not empty: "krijg er geen druppel uit", "er komt niks uit"
    r"\b(?:geen|nauwelijks een|amper een|niet een|geen enkele) druppel(?:tje)?\b"
    r"(?! (?:\w+ )?(?:alcohol|drank|bier|wijn|regen|gedronken|drinken|water gedronken))",
    r"\b(?:komt|kwam|kwamen) (?:er )?(?:niks|niets|bijna niks|bijna niets|nauwelijks iets|amper iets|geen druppel)"
    r" (?:meer )?uit\b",
    r"\b(?:loopt|liep|lopen) (?:het |t )?(?:er )?(?:\w+ )?(?:vanzelf|zomaar|ongewild|uit zichzelf) (?:uit|eruit)\b",
    r"\b(?:niet|nog niet|nie|geen) (?:meer )?(?:kunnen )?(?:geplast|gepist|geplast|geurineerd)\b",
    # wachten op het toilet en dan persen (session 18), in beide volgordes: "ik sta eeuwig te wachten op de wc en dan
    # moet ik persen", "op de pot wachten wachten en dan duwen"
    r"\bwacht\w*(?: \S+){0,5}? (?:toilet|wc|pot|plee|urinoi[r])\b(?: \S+){0,8}? (?:pers\w*|duw\w*)\b",
    r"\b(?:toilet|wc|pot|plee|urinoi[r])\b(?: \S+){0,5}? wacht\w*(?: \S+){0,8}? (?:pers\w*|duw\w*)\b",
    r"\b(?:lang|eeuwig|een eeuwigheid) (?:\w+ ){0,2}?(?:wacht\w*|duur\w*)(?: \w+){0,4}?"
    r" (?:plas|plassen|straal|urine)\b",
    r"\b(?:wacht\w*|duur\w*) (?:\w+ ){0,2}?(?:lang|eeuwig|een eeuwigheid)(?: \w+){0,4}?"
    r" (?:plas|plassen|straal|urine)\b",
    # "naar de wc en haal het bijna niet", "red het amper tot aan de wc"
    r"\b(?:wc|toilet)\b(?: \w+){0,5}? (?:haal|haalde|haalden) (?:het|t) (?:\w+ )?(?:niet|nie"
    r"|amper|nauwelijks|bijna niet)\b",
    r"\b(?:haal|haalde) (?:het|t) (?:\w+ )?(?:niet|nie|amper|nauwelijks|bijna niet) (?:\w+ ){0,2}?"
    r"(?:tot|naar) (?:aan )?(?:de|het|t) (?:wc|toilet)\b",
    r"\b(?:geen|minder|weinig) (?:\w+ )?controle (?:meer )?over (?:mijn |mn |m |de )?(?:blaas|darmen|plas"
    r"|stoelgang|ontlasting|sluitspier|urine)\b",
    r"\b(?:haal|haalde|haalden|gehaald) (?:\w+ ){0,2}?(?:toilet|wc) (?:\w+ )?(?:niet|amper|nauwelijks|bijna niet)\b"
    r"|\bniet (?:meer )?(?:op tijd|tijdig) (?:\w+ )?(?:op|naar|aan|tot (?:aan|op)) (?:het |de )?(?:toilet|wc)\b",
    r"\b(?:hou|houd|houdt|hield|hielden) (?:\w+ ){0,3}?(?:{URINE}|{STOOL}|{HOLD_WHAT}) (?:\w+ ){0,2}?(?:niet|nauwelijks"
    r"|amper|moeilijk|slecht) (?:meer )?(?:op|in|tegen)\b",
    r"\b(?:ik|k) (?:\w+ ){0,2}?(?:pamper(?:s)|luiers?|incontinentiemateriaal) (?:\w+ )?(?:dra(?:gen|ag)|aan)\b",
    # de wc niet op tijd gered, luiers moeten kopen, geen enkel seintje, pas achteraf gemerkt (sessie 32AW): "ik red het niet meer
    # tot het toilet", "moest inlegkruisjes gaan kopen", "geen enkel seintje dat ik moest plassen"
    r"\bred (?:het|t) (?:\w+ )?(?:niet|nie|ni|amper|nauwelijks|bijna niet) (?:meer )?(?:\w+ ){0,2}?(?:tot|naar) (?:aan )?(?:de|het|t)"
    r" (?:wc|toilet|plee)\b",
    r"\b(?:moest|moet|moeten|moeste[n]) (?:\w+ ){0,3}?(?:luiers?|pamper[s]?|inlegkruisje[s]?|inleggers?|incontinentie\w*|plasbroekje[s]?)"
    r" (?:\w+ )?(?:kope[n]|hale[n]|drage[n]|gebruike[n]|aandoe[n])\b(?! (?:\w+ ){0,2}?(?:bab[y]|kleinkin[d]\w*|zoo[n]|dochte[r]|kindj[e]\w*))",
    r"\bgeen (?:enkel |enkele |echt |echte |enig )?(?:waarschuwin[g]|signaa[l]|seintj[e]|voorgevoe[l]|teke[n])\b(?: \w+){0,5}?"
    r" (?:plassen|plas|poepen|kakken|naar de wc|naar het toilet|naar de plee)\b",
    r"\b(?:wc|toilet|plee|plassen|plas|geplast|gepist|broek)\b(?: \S+){0,8}? (?:merkte|merk|had|voelde|wist) (?:het |t |ik |k )?"
    r"(?:\w+ )?pas (?:achtera[f]|daarn[a]|ern[a]|late[r]|naderhan[d])\b",
    # Dutch
    r"\b(?:kan|kon|krijg|lukt) (?:\w+ ){0,3}?(?:{URINE}|{STOOL}|{HOLD_WHAT}) (?:\w+ ){0,2}?(?:niet|nauwelijks|amper|moeilijk"
    r"|slecht) (?:meer )?(?:op|in|tegen)?houden\b",
    r"\b(?:kan|kon) (?:\w+ ){0,2}?(?:niet|nauwelijks|amper|moeilijk) (?:meer )?(?:\w+ ){0,2}?"
    r"(?:{URINE}|{STOOL}|{HOLD_WHAT}) (?:op|in|tegen)?houden\b",
    # holding it in fails when the urge comes, the thing unnamed: "tegenhouden lukt niet als ik moet",
    # "ik kan het niet tegenhouden als ik moet" (not "als ik moet hoesten": a cough's leak)
    r"\b(?:op|in|tegen)houden (?:\w+ ){0,2}?(?:lukt|lukte|gaat|ging) (?:\w+ ){0,2}?(?:niet|nie|amper|nauwelijks|bijna niet)"
    r"(?: \w+){0,3}? (?:als|wanneer|toen|zodra) (?:ik|je|ge) (?:\w+ )?(?:moet|moest)\b"
    r"(?! (?:\w+ )?(?:hoesten|niezen|lachen|huilen|springen|tillen|bukken)\b)",
    r"\b(?:kan|kon|krijg|kreeg) (?:ik |het |t |dat )*(?:niet|nie|amper|nauwelijks) (?:meer |goed )*(?:op|in|tegen)houden\b"
    r"(?: \w+){0,3}? (?:als|wanneer|toen|zodra) (?:ik|je|ge) (?:\w+ )?(?:moet|moest)\b"
    r"(?! (?:\w+ )?(?:hoesten|niezen|lachen|huilen|springen|tillen|bukken)\b)",
    r"\b(?:{URINE}|{STOOL}|poep) (?:\w+ ){0,3}?(?:loopt|liep|lopen|gaat|ging|komt|kwam) (?:\w+ ){0,2}?"
    r"(?:vanzelf|zomaar|weg|eruit|uit zichzelf|ongewild|zonder dat)\b",
    r"\b(?:in|door) (?:mijn |mn |m |de )?(?:broek|onderbroe[k]|sli[p]|slipj[e]|ondergoe[d]|boxe[r]) (?:\w+ )?(?:geplast|gepist|gepoept|gekakt|gedaan|geplast)\b",
    # ... nu gezegd met "het in de broek doen" (sessie 32AV): "ik doe het in mijn broek zonder het te voelen", "ze doet het in haar
    # onderbroek" (niet bijna, van het lachen of van schrik)
    r"\b(?:doe|doet|deed|dede[n]|doen) (?:ik |k |ze |hij |zij |we )?(?:het|t) (?:(?!bijna\b)\w+ ){0,2}?in (?:mijn |mn |m |mijne |de |zijn |zn |haar |dr |d r )?"
    r"(?:broek|onderbroe[k]|sli[p]|slipj[e]|ondergoe[d]|boxe[r])\b(?!(?: \w+){0,3} (?:van (?:het |t )?lachen|van (?:de )?schri[k]|van angs[t])\b)",
    r"\b(?:broek (?:is |was )?nat|natte broek)\b" + _WET_NOT_PEE,
    r"\bin (?:mijn |mn |het )?bed (?:geplast|gepist|plassen)\b|\bbedplass\w*",
    # ... zijn of haar bed, getypt voor hem of haar (sessie 26G): "hij heeft vannacht in zijn bed geplast" (een kind of een naaste
    # ervoor genoemd is de zijne: "mijn zoontje heeft in zijn bed geplast")
    r"\bin (?:zijn |zn |z n |haar |dr |d r |m |me |t |de |ons )bed (?:\w+ )?(?:geplas[t]|gepis[t]|gepies[t]|plas[t]|plaste[n]?|geplast)\b",
    r"\bongelukje\w*|\bongelukken met\b",
    r"\b(?:urine|ontlastings?|plas|stoelgang)verlies\b",
    r"\bverlie\w* (?:\w+ ){0,2}?(?:urine|plas|ontlasting|stoelgang|poep)\b",
    r"\b(?:kan|kon|lukt|lukte) (?:\w+ ){0,3}?(?:niet|nauwelijks|amper|moeilijk|bijna niet) (?:meer )?"
    r"(?:\w+ ){0,2}?(?:plassen|pissen|urineren|plas doen|pipi doen|plasje doen|plasje plegen)\b",
    r"\b(?:plassen|plas|urineren|pissen|pipi|plasje) (?:\w+ ){0,2}?(?:lukt|gaat|wil|lukte|ging) "
    r"(?:\w+ ){0,2}?(?:niet|moeilijk|slecht|nauwelijks|amper|bijna niet|stroe[f]|stroeve[r]|moeizaa[m]|moeizame[r]|met moeite)\b",
    r"\b(?:moeite|problemen|probleem|last|moeilijkheden) (?:\w+ ){0,2}?(?:met|bij) (?:\w+ ){0,2}?"
    r"(?:plassen|urineren|{URINE}|{STOOL}|ophouden)\b",
    # dagen niet naar het toilet en geen behoefte: "al 3 dagen niet naar de wc geweest en ik heb er zelfs geen behoefte aan"
    # (niet "geen zin om te sporten"; verstopping alleen is geen alarm)
    r"\b(?:niet|nie|geen) (?:\w+ ){0,3}?(?:naar (?:het |de |t )?(?:toilet|wc|closet)|gepoept|gekakt|stoelgang|grote boodschap)\b"
    r"(?: \S+){0,12}? (?:geen|niet|nie|zonder) (?:\w+ ){0,2}?(?:aandrang|drang|behoefte|nood)\b"
    r"(?! (?:om|aan|in|voor|op|bij|te) (?!(?:te gaan|naar|te poepen|te kakken|er)\b))",
    r"\bgeen (?:\w+ )?(?:aandrang|plasdrang|plasgevoel|drang)\b",
    # no urge at all: "9 uur gereden zonder ene keer drang"
    r"\bzonder (?:een |ene |enige |1 )?(?:keer |enkele |enige )?(?:aandrang|plasdrang|drang|plasgevoel)\b"
    r"(?! om te (?:bewegen|lopen|stappen|strekken))",
    # pas gemerkt aan de natte broek (sessie 32AZ): "ik had pas door dat ik geplast had toen mijn trainingsbroek nat was", "pas toen
    # mn joggingbroek vochtig was wist ik het" (niet van de regen, het zweet, gemorste koffie)
    # (begins at "pas", the knowing verb read behind it: a match that starts with "merk" and holds "dat" would need a negation)
    r"(?:" + "|".join(rf"(?<=\b{verb} {obj})" for verb in ("merkte", "merk", "merkt", "wist", "weet", "zag", "besef[t]e", "bese[f]", "voelde",
                                                           "had", "heb") for obj in ("", "het ", "t ", "ik ", "k ", "dat "))
    + r")pas(?:nl)?\b(?: door)?" + _NOT_RAIN_BEFORE
    + r"(?: \w+){0,8}? (?:toen|als|wanneer|doorda[t]|omda[t]) (?:mijn|mn|me|m|de|ne|nen) (?:\w+ )?" + _TROUSERS
    + r"\b (?:\w+ ){0,2}?(?:nat|vochtig|doornat|kletsnat|zeiknat)\b" + _WET_NOT_PEE,
    r"\bpas(?:nl)? toen (?:mijn|mn|me|m|de|ne|nen) (?:\w+ )?" + _TROUSERS + r"\b (?:\w+ ){0,2}?(?:nat|vochtig|doornat|kletsnat|zeiknat)\b"
    + _WET_NOT_PEE + r" (?:\w+ ){0,2}?(?:wist|merkte|zag|besef[t]e|voelde|had) (?:ik|k)\b" + _NOT_RAIN_BEFORE,
    # a wet seat: "de bank was nat onder me"; wet and not noticed: "mijn broek was nat en ik had niks gemerkt"
    r"\bnat onder (?:me|mij)\b(?! (?:\w+ )?(?:van|door) (?:het |de |t )?(?:zweet|regen|water|douche|zwemmen|koffie|thee)\b)",
    r"\b(?:bank|zetel|sofa|stoel|autostoel|bureaustoel|zitting|fauteuil|broek|onderbroek|jeans|slip)\b (?:\w+ ){0,3}?"
    r"(?:nat|vochtig|doornat|kletsnat|zeiknat)\b(?: \S+){0,8}? (?:niks|niets|niet|nie) (?:\w+ )?(?:gemerkt|gevoeld)\b",
    # de kleren nat gevonden, een rok of jurk ook, niets gevoeld of geen aandrang vooraf (sessie 33L): "toen ik rechtstond was mijn
    # jurk vochtig, ik had niks gevoeld", "mijn legging bleek doornat en ik had geen aandrang gehad" (niet de regen, zweet, gemorst)
    r"\b(?:(?:mijn|mn|me|m|mijne|haar|dr|der|zijn|zn) (?:\w+ )?(?:ro[k]|jur[k]|\w*broek|leggin[g]|pant[y]|panty s|kleren|kledin[g]|unifor[m])\b"
    r" (?:\w+ )?(?:was|is|werd|blee[k]|waren|zijn|voelde)|(?:was|is|werd|blee[k]|waren|voelde) (?:mijn|mn|me|m|mijne|haar|dr|der|zijn|zn)"
    r" (?:\w+ )?(?:ro[k]|jur[k]|\w*broek|leggin[g]|pant[y]|kleren|kledin[g]|unifor[m])\b) (?:\w+ )?(?:nat|vochtig|doornat|kletsnat|zeiknat"
    r"|doorweek[t]|drijfnat)\b" + _WET_NOT_PEE + _NOT_RAIN_BEFORE + r"(?! (?:\w+ ){0,6}?(?:omgestoten\w*|kruik\w*)\b)(?: \S+){0,12}? (?:niks|niets"
    r"|nix|niet|nie|nooit|geen|zonder) (?:\w+ ){0,3}?(?:gemerkt|gevoeld|voelen|merken|voelde|merkte|aandran[g]|aankome[n]|voele[n] komen)\b"
    r"(?! (?:\w+ )?(?:pijn|koud|warm)\b)",
    # een nat bed of een natte plek, niet gevoeld (sessie 20b): "vanochtend wakker en me bed was nat ... ik had echt niks gevoeld",
    # "een natte plek in me joggingbroek en ik had niks gevoeld, niet dat ik moest" (niet van zweet, de kruik, gemorste thee)
    r"\b(?:bed|lakens?|matra[s]|hoeslake[n]|pyjama)\b (?:\w+ ){0,3}?(?:nat|vochtig|doornat|kletsnat|zeiknat)\b" + _WET_NOT_PEE
    + r"(?! (?:\w+ ){0,6}?(?:kruik\w*|warmwaterkruik\w*|gemorst\w*|omgestoten\w*|hond|kat|baby|kinderen)\b)"
    r"(?: \S+){0,12}? (?:niks|niets|nix|niet|nie|nooit|zonder) (?:\w+ ){0,3}?(?:gemerkt|gevoeld|voelen|merken|voelde|merkte|doorgeha[d])\b",
    r"\b(?:natte|vochtig[e]|doornatte|kletsnatte) (?:plek\w*|vlek\w*|plekje\w*|kring\w*) (?:\w+ ){0,2}?(?:in|op|aan) (?:mijn|mn|m|me|mijne"
    r"|de|het|t|ne|nen) (?:\w+ )?(?:" + _TROUSERS + r"|bed|lakens?|matra[s])\b" + _WET_NOT_PEE
    + r"(?: \S+){0,12}? (?:niks|niets|nix|niet|nie|nooit|zonder) (?:\w+ ){0,3}?(?:gemerkt|gevoeld|voelen|merken|voelde|merkte"
    r"|doorgeha[d])\b",
    # the soiled underwear named first, not felt (session 24S): "een vuile onderbroek vanochtend en ik had niks gemerkt", "bevuilde
    # slip, niks van gevoeld" (not "vuile onderbroek van de modder", "vieze boxer in de wasmand")
    r"\b(?:vuil[e]|viez[e]|bevuild[e]|bescheten|brui[n]e) (?:\w+ )?" + _TROUSERS + r"\b" + _WET_NOT_PEE + _NOT_A_PERIOD
    + r"(?! (?:\w+ ){0,3}?(?:wasmand\w*|wasmachin[e]|wasgoe[d]|wasse[n]|was)\b)"
    + r"(?: \S+){0,12}? (?:niks|niets|nix|niet|nie|nooit|zonder) (?:\w+ ){0,3}?(?:gemerkt|gevoeld|voelen|merken|voelde|merkte|doorgeha[d])\b",
    # soiled and not felt: "dat ik mijn broek had vuilgemaakt, en ik had daar niks van gevoeld" (not mud or paint)
    r"\b" + _TROUSERS + r"\b (?:\w+ ){0,3}?" + _SOILED + r"\b" + _WET_NOT_PEE
    + r"(?: \S+){0,8}? (?:niks|niets|niet|nie) (?:\w+ ){0,2}?(?:gemerkt|gevoeld)\b",
    # found wet all at once, or wet at the front: "zag ineens dat me witte overall van voren nat was"
    r"\b(?:zie|zag|merk|merkte|ontdek\w*|vond|vind|voel|voelde) (?:\w+ ){0,3}?(?:mijn|mn|m|me|mijne) (?:\w+ )?" + _TROUSERS
    + r" (?:\w+ ){0,3}?(?:nat|vochtig|doornat|kletsnat|zeiknat)\b" + _WET_NOT_PEE,
    r"\b" + _TROUSERS + r" (?:is |was |werd |wordt )?(?:\w+ )?(?:van voren|vooraan|aan de voorkant|in het kruis|crotchzone)"
    r" (?:\w+ )?(?:nat|vochtig|doornat|kletsnat|zeiknat)\b" + _WET_NOT_PEE,
    # noticed only when it runs: "ik merk het pas als het al loopt" (not the nose, a tap, a wound)
    # (read from the "het": a match that starts with "merk"/"voel" and holds "als" needs a negation, GUARD_START)
    r"(?:" + _NOTICED + r")(?:het|t|dat|da) (?:\w+ )?pas (?:als|wanneer|toen|zodra)"
    r" (?:het|t|dat|da|er) (?:al |er al )*(?:in (?:mijn |mn |m |de )?(?:\w*broek|slip|ondergoed) )?"
    r"(?:loopt|liep|gelopen|lekt|lekte|druppelt)\b"
    r"(?! (?:\w+ ){0,3}?(?:neus|oog|ogen|oor|oren|wond\w*|kraan\w*|dak\w*|leiding\w*)\b)",
    # passing not felt: "op de pot voel ik niet eens of er iets gekomen is"
    r"\b(?:wc|toilet|pot|" + _PLAS + r"|pipi|stoelgang|ontlasting|kak\w*|drol|urine|blaas)\b(?: \S+){0,15}? (?:(?:voel|merk|voelde"
    r"|merkte) (?:ik |je |ge )?(?:het |t |dat )?(?:niet|nie|nooit|amper|nauwelijks)|unsure) (?:eens |meer |goed |echt |zelfs |ik |k )*"
    r"(?:of|wanneer|als|dat) (?:(?:er )?(?:\w+ ){0,2}?(?:gekomen|komt|kwam|uitkomt|uitgekomen|gelopen|loopt|liep)"
    # of het begint of gedaan is (sessie 23O): "op de wc weet ik niet wanneer ik klaar ben" (niet "wanneer de pijn begint")
    r"|(?:ik|k|het|t|er|de plas|mijn plas|de straal|mijn blaas|de blaas) (?:al |nu |helemaal |echt )?(?:klaa[r]|gedaan|leeg"
    r"|gestop[t]|stop[t]|ophoud[t]|afgelope[n]|begin[t]|begonnen)(?!(?: \w+){0,2} met\b))\b",
    r"\b(?:voel|merk|weet|unsure) (?:\w+ ){0,2}?(?:niet|nooit|geen|unsure)? ?(?:meer )?(?:\w+ ){0,2}?"
    r"(?:wanneer|als|of|dat) (?:ik )?(?:\w+ ){0,2}?(?:plassen|pissen|poepen|kakken|plas|geplast|gepist|gepoept"
    r"|gekakt|plassen moet"
    r"|naar het toilet|naar t toilet|naar de wc|moet gaan|moest gaan)\b",
    r"\b(?:voel|merk) (?:\w+ ){0,2}?(?:plas|urine|stoelgang|ontlasting|blaas) (?:\w+ )?(?:niet|nauwelijks)\b",
    # twijfel of de aandrang nog gevoeld wordt, het onderwerp na de twijfel (sessie 26I): "sinds gisteren twijfel ik of ik nog
    # goed voel dat ik moet plassen", "ik weet niet zeker of ik aandrang had" ("niet zeker" telt als ja)
    r"\bunsure (?:ik |k )?(?:of|dat) (?:ik|k) (?:\w+ ){0,3}?(?:voel|voelde|merk|merkte|doorhe[b]|doorha[d]) (?:\w+ ){0,2}?(?:wanneer|als|of|dat)"
    r" (?:ik|k) (?:\w+ ){0,2}?(?:plassen|pissen|moet gaan|moest gaan|naar (?:de wc|het toilet|t toilet))\b",
    r"\bunsure (?:ik |k )?(?:of|dat) (?:ik|k) (?:\w+ ){0,2}?(?:aandrang|plasdrang|plasgevoel) (?:had|heb|voel|voelde|gehad|gevoeld)\b",
    # niet zeker of de blaas leeg raakt (sessie 23O): "ik twijfel of mijn blaas nog wel leeg gaat", "weet niet of ik mijn blaas
    # goed leeg krijg" (niet "de emmer raakt niet leeg")
    r"\bunsure (?:of |dat )?(?:ik )?(?:mijn |mn |m |me |de )?blaas (?:\w+ ){0,3}?(?:leeg|legen|ledigen|leegmaken|leegkrijg\w*)\b",
    # nauwelijks iets eruit (sessie 23O): "ik krijg er bijna niks uit als ik moet plassen" (niet "bijna niks uit mijn handen")
    r"\b(?:krijg|kreeg|krijgen|kregen)\b (?:(?:er|ik|het|t|k|me) )*(?:bijna|haast|amper|nauwelijks|zo goed als|praktisc[h])"
    r" (?:niks|niets|nix|nikske|geen druppel|iets) (?:\w+ )?(?:uit|eruit)\b"
    r"(?! (?:de|het|een|mijn|mn|die|dat|t|zijn|haar|hande[n]|hoofd|mond|keel|stro[t]|pen|vinger[s])\b)",
    # niet voelen of men aan het plassen is (sessie 23O): "ik voel niet echt meer of ik aan het plassen ben"
    r"\b(?:voel|voelt|merk|merkt|voelde|merkte|weet|wist|unsure) (?:ik |k |je |ge )?(?:\w+ ){0,2}?(?:niet|nie|ni|nooit|amper|nauwelijks"
    r"|unsure)? ?(?:eens |meer |goed |echt |zelfs )*(?:of|wanneer|als|dat) (?:ik|k|je|ge) (?:\w+ ){0,2}?aan (?:het|t) (?:plassen"
    r"|pissen|pissen|watere[n]|urineren)\b",
    r"\bblaas (?:\w+ ){0,2}?(?:niet|nauwelijks|nooit) (?:meer |helemaal |goed |echt )*(?:leeg|legen|ledigen"
    r"|leegmaken)\b",
    r"\b(?:weet|unsure) (?:\w+ ){0,2}?(?:niet|nie|unsure)? ?(?:meer )?(?:wanneer|of|als) (?:mijn |mn |m |de )?"
    r"(?:blaas|darm|darmen) (?:\w+ )?(?:vol|leeg)\b",
    # "het druppelt er gewoon uit", "t lekt er zomaar uit"
    r"\b(?:druppelt|druppelde|druppelen|lekt|lekte) (?:het |t )?(?:er )?(?:\w+ ){0,2}?(?:uit|eruit)\b",
    # verb last: "(dat ik) niet (meer) voel als ik moet plassen"
    r"\b(?:niet|nie|nooit|geen) (?:meer )?(?:voel|voelt|merk|merkt) (?:wanneer|als|of|dat) (?:ik|je|ge) (?:\w+ ){0,2}?"
    r"(?:plassen|pissen|poepen|kakken|plas|naar het toilet|naar t toilet|naar de wc)\b",
    # the urge left unnamed at the end: "ik voel (ook) niet (meer) als ik moet"
    r"\b(?:voel|voelt|merk|merkt) (?:\w+ ){0,2}?(?:niet|nie|nooit) (?:meer )?(?:wanneer|als|of) (?:ik|je|ge) "
    r"(?:\w+ )?(?:moet|moest)(?= [.,]|$)",
    r"\burine ?retentie\b|\bblaas (?:zit|staat) (?:\w+ )?vol\b",
    r"\blek\w* (?:\w+ ){0,2}?(?:urine|plas)\b|\bdruppel\w* (?:\w+ ){0,2}?(?:urine|plas)\b",
    r"\b(?:persen|duwen|drukken) (?:\w+ ){0,2}?(?:om te|bij het|voor het) (?:kunnen )?(?:plassen|urineren)\b",
    # dribbling into the underwear: "t druppelt heel de dag in mijn onderbroek"
    r"\b(?:druppel(?:t|de|den|en)|lek(?:t|te|ten|ken)|sijpel\w*)\b(?: \w+){0,4}? in (?:mijn|mn|m|me|mijne|de) "
    r"(?:broek|onderbroek|slip|ondergoed)\b",
    # on the toilet, or needing to go badly, and nothing comes: "op de pot ... komt er bijna niks"
    r"\b(?:wc|toilet|pot|" + _PLAS + r"|pipi)\b(?: \S+){0,10}? (?:komt|kwam) (?:er )?(?:echt |gewoon |maar |dan |toch )?"
    r"(?:niks|niets|bijna niks|bijna niets|haast niks|nauwelijks iets|amper iets|geen druppel|maar een beetje)\b",
    r"\b(?:moet|moest|moeten)\b (?:\w+ ){0,3}?(?:nodig|dringend)\b(?: \S+){0,6}? (?:komt|kwam) (?:er )?"
    r"(?:echt |gewoon |maar |dan |toch )?(?:niks|niets|bijna niks|bijna niets|nauwelijks iets|geen druppel)\b",
    # retentie als een scène op het toilet (sessie 16b): "ik moet persen en persen en het komt druppel per druppel"
    r"\b(?:{URINE}|wc|toilet|pot|pers(?:en|te|ten)?|duw(?:en|de|den)?|plas(?:sen)?)\b(?: \S+){0,10}? (?:komt|kwam|komen|kwamen|loopt"
    r"|liep|druppelt) (?:\w+ )?(?:er )?(?:uit )?(?:maar |mo |enkel |alleen |nog )?(?:druppel per druppel|druppelsgewijs|drupj[e] per drupj[e]|met druppel[s]"
    r"|met druppeltje[s]|in druppel[s]"
    # ... told in dialect or small (session 24S): "het loopt er druppeltje per druppeltje uit", West-Vlaams "drupke"
    r"|drup\w* per drup\w*)\b",
    # retentie aan het urinoir (session 16d): "sta eeuwen bij het urinoir en er komt niks, dan druppelt het"
    r"\b(?:wc|toilet|pot|urinoi[r]|pissij[n]|pisba[k]|" + _PLAS + r"|pipi)\b(?: \S+){0,15}? (?:komt|kwam) (?:er )?(?:\w+ )?(?:niks|niets"
    r"|nix)\b(?: \S+){0,6}? (?:dan|en dan|daarn[a]|toen|en) (?:\w+ )?(?:druppelt|druppelde|drup[t]|drupt[e]|sijpel[t]|sijpeld[e])\b",
    r"\b(?:wc|toilet|pot|urinoi[r]|pissij[n]|pisba[k]|" + _PLAS + r"|pipi)\b(?: \S+){0,15}? (?:(?:het|t) (?:\w+ )?(?:druppelt|drup[t]"
    r"|sijpel[t]|druppelde|drupt[e]|sijpeld[e])|(?:druppelt|drup[t]|sijpel[t]|druppelde|drupt[e]|sijpeld[e]) (?:het|t))\b"
    r"(?! (?:\w+ ){0,3}?(?:kraa[n]|dak|muur|neus|lavab[o]|douche))",
    # retentie als duwen en nog eens duwen (sessie 17e): "ik moet duwen en duwen en der komt bijkans niks", "persen en
    # persen en er komt haast niets uit"
    r"\b(?:pers|duw|douw|druk)\w* (?:en|&) (?:\w+ ){0,2}?(?:pers|duw|douw|druk)\w*\b(?: \S+){0,8}? (?:komt|kwam) (?:er |der |d r |d er )?(?:\w+ )?"
    r"(?:uit )?(?:(?:bijna |bijkan[s] |haast |zo goed als )?(?:niks|niets|nix)|(?:amper|nauwelijks) iets|een druppel\w*"
    r"|geen druppel|maar een beetje)\b(?! (?:van|vanaf|meer uit de (?:tube|fles))\b)",
    # een lek in de onderbroek, niet gemerkt (sessie 17e): "volgens mij is er wat in me boxer gelopen, was nat en ik had
    # niks gemerkt", "er is iets in mijn slip gelekt zonder dat ik het voelde"
    r"\b(?:iets|wat|een beetje|beetje|een drupj[e]|plas|pipi|urine|pis) (?:\w+ ){0,2}?in (?:mijn|mn|m|me|mijne|de|ne) (?:\w+ )?"
    r"(?:boxer\w*|onderbroek|slip|ondergoed|short|strin[g])\b (?:\w+ )?(?:gelopen|gelekt|gedruppel[d]|gesijpel[d]|gekomen|geplast|belan[d])\b"
    r"(?: \S+){0,14}? (?:niks|niets|nix|niet|nie|zonder) (?:\w+ ){0,2}?(?:gemerkt|gevoeld|door gehad|doorgeha[d]|merkte|voelde|te merken"
    r"|te voelen)\b",
    # vuil in de onderbroek, niet gemerkt (session 18d): "er zat vuil in mijn onderbroek en ik had daar niks van gemerkt"
    r"\bvuil (?:\w+ ){0,2}?in (?:mijn|mn|m|me|mijne|de|ne|zijn|zn|haar|dr|der) (?:\w+ )?(?:onderbroek\w*|slip\w*|ondergoed|boxer\w*)\b(?: \S+){0,14}?"
    r" (?:niet|nie|niks|niets|nooit|geen) (?:\w+ ){0,3}?(?:gemerkt|gevoeld|voelen|merken|voelde|merkte|doorgeha[d]|doorha[d])\b",
    # wakker in een plas, niet gevoeld (session 18d): "ik werd wakker in een plas en ik had niks gevoeld" (geen plas zweet)
    r"\bwakker (?:\w+ ){0,3}?(?:in|op) (?:een |ne |nen |de |het |mijn )?(?:plas|nat bed|natte (?:lakens|matra[s]|plek))\b"
    r"(?! (?:\w+ )?(?:zweet|water|bloe[d]|kwij[l]))(?: \S+){0,14}? (?:niet|nie|niks|niets|nooit|geen) (?:\w+ ){0,3}?(?:gemerkt|gevoeld"
    r"|voelen|merken|voelde|merkte|zweet)\b",
    # persen voor een straaltje (session 18d): "ik moet duwen als een beest voor een klein straaltje"
    r"\b(?:persen|duwen|drukken|pers|duw)\b(?: \S+){0,6}? (?:om|voor) (?:een |ne |nen )?(?:\w+ )?(?:straaltje|straal|druppeltje\w*"
    r"|druppel[s])\b",
    # een ongeluk, dan het spoor in de onderbroek (sessie 19j): "ik had vannacht een ongeluk, er zaten sporen in mijn slip"
    # (niet "een ongeluk met de fiets", "vlekken van bloed op mijn broek"; de val: NOT_A_FALL)
    r"\bongeluk(?:je)?(?! (?:met|op|in|bij|tijden[s]|van)\b)(?: \S+){0,8}? (?:veeg|vegen|veegj[e]|spoo[r]|spore[n]|spoortj[e]|remspoo[r]|remspore[n]"
    r"|vlek|vlekke[n]|vlekj[e]) (?!van (?:bloe[d]|olie|modder|verf)\b)(?:\w+ ){0,2}?(?:in|op) (?:mijn |mn |m |me |de |het )?(?:\w+ )?"
    + _OWN_ACCIDENT_PLACES,
    # sessie 25X: niet weten of men al naar de wc is geweest, vaak door een mantelzorger verteld: "ze weet niet meer of ze al
    # geweest is", "ik weet nooit zeker of ik al naar het toilet ben geweest" (niet "of ik al ziek geweest ben", "bij de dokter")
    r"\b(?:unsure|weet (?:\w+ )?(?:niet|nie|ni|nooit)|vergee[t]|vergete[n]|verga[t]|herinner\w* (?:\w+ )?(?:niet|nie|ni)) (?:meer |goed |zo goed "
    r"|echt |zeker |precies )*(?:of|ofda[t]|ofda) (?:ik|k|ek|ze|zij|hij|ie) (?:al |nu |wel |eigenlijk |echt |nog |ooit |reed[s] )*(?:naar (?:de |het"
    r" |t )?(?:wc|toilet|w c|pot|badkame[r]) )?(?:gewees[t]|gegaan|geplast|gepist|gepoept)\b(?! (?:\w+ )?(?:ziek|werke[n]|werk|dokte[r]|huisart[s]"
    r"|winke[l])\b)",
    # natte onderbroeken in de was (sessie 25X), door een mantelzorger gevonden: "ik vind natte slips in de wasmand" (niet van de
    # regen, het zwemmen, het zweet; niet uit de wasmachine)
    r"\b(?:natte|vochtig[e]|doornatte|kletsnatte|zeiknatte) (?:\w+ )?(?:onderbroek\w*|slip|slips|slipje\w*|ondergoed|boxer\w*|broek\w*"
    r"|pyjama\w*|nachtkleed\w*|nachthemd\w*)\b(?: \w+){0,4}? (?:in|bij|tussen|onder) (?:de|het|mijn|mn|haar|zijn|zn|ons|onze|dr|d|t)"
    r" (?:vuil[e] |vuil )?(?:was|wasgoe[d]|wasman[d]|wasba[k]|wasse[n]|linnenman[d]|vuil[e] was|strij[k]|wasmande[n])\b(?! ?machin[e])"
    r"(?!(?: \S+){0,6}? (?:\w*regen\w*|bui|zweet|bezweet|zweten|transpir\w*|zee|zwem\w*|douche\w*|bad|modder|koffie|thee|verf)\b)",
    # een natte onderbroek, slip of boxer (sessie 25X, naast "natte broek" hierboven): "al twee keer een natte slip gehad", "mijn
    # ondergoed was nat" (niet van de regen, het zweet, het zwemmen; niet uit de was; vochtig alleen is nog geen teken: "mijn
    # slip was wat vochtig, zeker zweet")
    r"\b(?:(?:onderbroek\w*|slip|slips|slipje\w*|ondergoed|boxer\w*) (?:is |was |waren |zijn |zat |zate[n] |werd )?(?:helemaal |wat "
    r"|een beetje |weer |gewoon |al )?(?:nat|doornat|kletsnat|zeiknat)|(?:natte|doornatte|kletsnatte|zeiknatte)"
    r" (?:onderbroek\w*|slip|slips|slipje\w*|ondergoed|boxer\w*))\b" + _WET_NOT_PEE
    + r"(?! (?:\w+ ){0,3}?(?:wasmachin[e]|droogkas[t]|droge[r]|wasdraa[d]|waslij[n]|droogre[k]|te droge[n]|gewasse[n])\b)",
    # de aandrang gemist (sessie 25X): "zonder dat ik doorhad dat ik moest", "ik voelde niet dat ik moest" (niet "dat ik moest
    # bellen", "ik wist niet dat ik moest")
    r"\b(?:zonder (?:dat|da) (?:ik|k|ek) (?:het |t |er |da |dat )?(?:\w+ )?(?:doorha[d]|door had|doorhadd[e]|merkte|voelde|gemerkt|gevoeld"
    r"|beseft[e]|wist)|zonder (?:het |t )?te (?:merken|voelen|beseffe[n]|weten)|(?:voelde|merkte|voel|merk|had|heb|beseft[e]|voelt|merkt"
    r"|gevoeld|gemerkt) (?:het |t |ik |k )?(?:zelfs |echt |eens |gewoon )?(?:niet|nie|ni|niks|niets|nooit) (?:door |eens |meer |op tijd )?)"
    r" (?:dat|da) (?:ik|k|ek) (?:al |nog |echt |eigenlijk |dringend |zo )?(?:moest|moet|moes)\b"
    r"(?! (?!(?:plassen|pissen|plasse[n]|naar|gaan|en|maar|of|dus|want|toen|al|nog)\b)\w)",
    # de behoefte niet gevoeld, het toilet genoemd (sessie 25X): "ik heb de hele dag niet de behoefte gehad om naar de wc te
    # gaan", "ik voel de aandrang niet meer om te plassen" (niet "naar de dokter", niet 's nachts)
    r"\b(?:niet|nie|ni|geen|nooit|amper|nauwelijks) (?:\w+ ){0,3}?(?:behoefte|aandrang|drang|nood|plasdrang|plasgevoel|gevoel)\b"
    r"(?: \w+){0,3}? (?:om |van |voor )?(?:naar (?:het |de |t |n )?(?:toilet|wc|w c|pot|badkame[r])|te plassen|te pissen|te poepen"
    r"|te kakken|een plas)\b(?! (?:\w+ ){0,3}?(?:vaker|meer dan|zo vaak|s nachts|snachts)\b)",
    r"\b(?:behoefte|aandrang|drang|nood|plasdrang|plasgevoel) (?:\w+ )?(?:niet|nie|ni|nooit) (?:meer |echt |zo )?(?:gehad |gevoeld )?"
    r"(?:om |van )?(?:naar (?:het |de |t )?(?:toilet|wc|w c|pot)|te plassen|te pissen|te poepen)\b",
    # het toilet op de klok, de aandrang niet meer gevoeld (sessie 33J): "ik ga op vaste tijden naar de wc", "ik plas gewoon op de
    # klok", "ik ga met de wekker plassen" (niet blaastraining, niet "elke twee uur omdat ik veel drink")
    r"\b(?:toile[t]|wc|w c|plasse[n]|pla[s]|plas[t]|pisse[n]|pis|plasj[e])\b(?: \w+){0,3}? (?:op de klo[k]|op (?:vast[e]|bepaald[e]|gezett[e]) (?:tijde[n]|ure[n]|tijdstippe[n])|(?:met|op) (?:een |de |mij[n] |mn )?(?:wekke[r]|time[r]|alar[m])|volgen[s] (?:de |een )?(?:klo[k]|schem[a]|wekke[r]))\b(?!(?: \S+){0,8}? (?:trainin[g]|blaastrainin[g]|bekkenbode[m]\w*|kinesis[t]\w*|fysi[o]\w*|drin[k]\w*|dron[k]))",
    r"\b(?:op de klo[k]|op (?:vast[e]|bepaald[e]|gezett[e]) (?:tijde[n]|ure[n]|tijdstippe[n])|volgen[s] (?:de |een )?(?:klo[k]|schem[a]|wekke[r])) (?:\w+ ){0,3}?(?:naa[r] (?:het |de |t )?)?(?:toile[t]|wc|w c|plasse[n]|pla[s]|plas[t]|pisse[n]|pis|plasj[e])\b(?!(?: \S+){0,8}? (?:trainin[g]|blaastrainin[g]|bekkenbode[m]\w*|kinesis[t]\w*|fysi[o]\w*|drin[k]\w*|dron[k]))",
    # het plassen dat lang op zich laat wachten, in gewone woorden (sessie 25X): "op de wc duurde het eeuwen voor er iets
    # kwam", "ik moest plassen maar het wou niet komen"
    r"\b(?:{URINE}|plassen|plas|plasje|wc|toilet|pot|pissen|pipi|urinoir|pispo[t])\b(?: \S+){0,12}? (?:duurd[e]|duur[t]|dure[n]|duurde[n])"
    r" (?:het |t )?(?:\w+ ){0,2}?(?:een eeuwigheid|eeuwe[n]|lang|een eeuw|uren|een hele tijd|een tijd|een half uur|een kwartie[r]|minuten)"
    r" (?:voor|voorda[t]|eer|tot|vooralee[r]|alvoren[s]|voor dat) (?:het|t|de plas|de straal|er|er iets|er wat|iets|wat|de urine|het plassen"
    r"|ie|m) (?:er |eruit |d r |op gang )?(?:kwam|komt|bego[n]|begin[t]|liep|loopt|startt[e]|start|lukte|lukt)\b",
    r"\b(?:duurd[e]|duur[t]) (?:het |t )?(?:\w+ ){0,2}?(?:een eeuwigheid|eeuwe[n]|lang|een eeuw|uren|een hele tijd|een tijd|een kwartie[r])"
    r" (?:voor|voorda[t]|eer|tot|vooralee[r]|voor dat) (?:de plas|de straal|het plassen|de urine|er plas|mijn plas)"
    r" (?:er |eruit |d r |op gang )?(?:kwam|komt|bego[n]|begin[t]|liep|loopt|startt[e]|start|lukte|lukt)\b",
    r"\b(?:{URINE}|plassen|plas|plasje|wc|toilet|pissen|pipi|urinoir)\b(?: \S+){0,12}? (?:het|t|de plas|de straal|er|niks|niets|ie"
    r"|hij|em|m) (?:\w+ )?(?:wou|wilde|wil|wilt|wouw|wol|wouw[e]) (?:maar )?(?:niet|nie|ni|gewoon niet|echt niet) (?:\w+ )?(?:komen"
    r"|beginne[n]|starte[n]|lopen|strome[n]|op gang komen|uitkome[n]|eruit|los)\b",
    r"\b(?:{URINE}|plassen|plas|plasje|wc|toilet|pissen|pipi|urinoir)\b(?: \S+){0,12}? (?:wou|wilde|wil|wilt|wouw|wol|wouw[e]) (?:het|t"
    r"|de plas|de straal|er|er niks|er niets|ie|hij|em|m) (?:maar |gewoon |echt |toch )*(?:niet|nie|ni) (?:\w+ )?(?:komen"
    r"|beginne[n]|starte[n]|lopen|strome[n]|op gang komen|uitkome[n]|eruit|los)\b",
    # de plas die niet meer stroomt, de wc of het plassen eerst genoemd (sessie 33B): "op de wc stroomt het niet meer", "bij het
    # plassen loopt het amper nog" (geen kraan, douche, slang of neus ertussen)
    r"\b(?:{URINE}|plassen|plas|plasje|wc|toilet|pot|pissen|pipi|urinoir)\b(?: (?!(?:kraa[n]|douch[e]|slan[g]|neu[s]|bloe[d])\b)\S+){0,8}?"
    r" (?:stroom[t]|loopt|stroomd[e]|liep) (?:het|t|de plas|de straal|mijn straal|mijn plas) (?:gewoon |echt |bijna |haast )?(?:niet|nie|amper"
    r"|nauwelijks) (?:meer|goed|lekke[r]|door|nog)\b(?! (?:\w+ ){0,3}?(?:kraa[n]|douch[e]|slan[g]|neu[s])\b)",
    # lang staan of zitten en er komt maar een straaltje (sessie 31AE): "hij stond er minutenlang en er kwamen maar een paar
    # druppels", "ik zit een kwartier op de pot en dan komt er alleen een druppeltje" (geen douche, kraan of slang ertussen)
    r"\b(?:ston[d]|stonde[n]|sta|staat|staan|gestaa[n]|zat|zate[n]|zit|zitten|gezeten|wacht|wachtt[e]|wachte[n]|gewach[t])\b"
    r"(?: (?!(?:douch[e]|kraa[n]|slan[g]|automaa[t]|pomp)\b)\w+){0,4}? (?:een eeuwigheid|eeuwe[n]|eeuwig|ure[n]|urenlan[g]|minutenlan[g]"
    r"|(?:\w+ )?minute[n]|een kwartie[r]|een half uur|een hele tijd|heel lang|zo lang|lang)\b(?: (?!(?:douch[e]|kraa[n]|slan[g]"
    r"|automaa[t]|pomp|neus)\b)\S+){0,8}? (?:maar|alleen|slechts|amper|nauwelijks|enkel|hoogui[t]) (?:een |enkele |een paar |paar |wat |n |ee[n] )?"
    r"(?:klei[n] |klei[n]e |miezeri[g] |miezeri[g]e )?(?:druppel|druppel[s]|druppeltje|druppeltje[s]|straaltj[e]|straaltje[s]|drupj[e]|drupje[s])\b"
    r"(?! (?:\w+ ){0,2}?(?:water|koffi[e]|thee|regen|bloe[d]|melk)\b)",
    r"\b(?:ston[d]|sta|staat|zat|zit|gestaa[n]|gezeten)\b (?:er|daar|erbi[j]|ervoo[r]|boven de pot)\b(?: \w+){0,2}? (?:een eeuwigheid|eeuwe[n]|ure[n]"
    r"|minutenlan[g]|(?:\w+ )?minute[n]|een kwartie[r]|een hele tijd|heel lang|zo lang)\b(?: \S+){0,5}? (?:er )?(?:kwam|komt|kwamen) (?:er )?"
    r"(?:niks|niets|bijna niks|bijna niets|geen druppel|haast niks|zo goed als niks) (?:\w+ )?(?:uit|eruit|d r uit)?\b",
    # op de (onder)buik duwen of drukken om het eruit te krijgen, geen plaswoord (sessie 38B): "ik moet op mijn onderbuik drukken
    # om er iets uit te krijgen", "ik duw op mijn buik anders komt er niks" (niet verteld als voorbij: "moest ik ... drukken";
    # niet de wind, niet de pijn die komt)
    r"(?:\b(?:duw|duwen|duwt|druk|drukken|druk[t]|pers|persen|pers[t])\b (?:\w+ ){0,2}?(?:op|tegen) (?:\w+ ){0,2}?(?:onderbui[k]|buik|blaa[s])"
    r"|(?<!\bmoest )(?<!\bmoest ik )(?<!\bmoeste[n] )(?<!\bmoest k )\b(?:op|tegen) (?:\w+ ){0,2}?(?:onderbui[k]|buik|blaa[s]) (?:\w+ ){0,2}?"
    r"(?:duwen|drukken|persen|duw|druk|pers))\b(?: \S+){0,3}? (?:om|voor|voorda[t]|tot|totdat|eer|anders|zodat)\b(?! (?:de |die )?(?:pijn|kramp\w*"
    r"|wind\w*|lucht|gasse[n])\b)(?: \S+){0,5}? (?:eruit|er (?:\w+ )?uit|komt|komen|loopt|lopen|begin[t])\b"
    r"(?! (?:de |die )?(?:pijn|kramp\w*|wind\w*|lucht|teru[g])\b)",
    # eeuwen wachten voor er iets komt (sessie 38B): "het duurt eeuwen voor er iets komt", "ik sta daar een eeuwigheid aan de wc
    # eer dat er iets komt" (niet iets van de dokter, per post)
    r"\b(?:duur[t]|dure[n]|sta|staan|zit|zitten|wacht|wachte[n])\b(?: \S+){0,6}? (?:eeuwe[n]|een eeuwigheid|een eeuw|ure[n]|urenlan[g]"
    r"|minutenlan[g]|een hele tijd|heel lang)\b(?: \S+){0,6}? (?:voor|voorda[t]|eer|tot|totdat)(?: dat)? (?:er )?(?:iets|het|t|wat"
    r"|de plas|een druppe[l]\w*)(?: \w+)?(?: uit| eruit)? (?:komt|komen|loopt|begin[t]|uitkomt|uitkome[n])\b(?! (?:van|vanuit|per|bij de (?:dokte[r]|huisart[s]))\b)",
    # druppel per druppel (sessie 38B): "het komt er druppeltje per druppeltje uit", "er komen maar een paar druppels" (niet de
    # kraan: WET_BY; niet bloed, water)
    r"\b(?:druppe[l]\w*|drupje\w*) (?:per|voor|na) (?:druppe[l]\w*|drupje\w*)\b(?! (?:\w+ ){0,2}?(?:water|bloe[d]|regen|kraa[n])\b)",
    r"\b(?:komen|komt|kwam|kwamen) (?:er )?(?:\w+ )?(?:maar|slechts|enkel|alleen|amper|nog maar|mar|ma) (?:een |enkele )?(?:paar |enkele |twee |drie |wat )?"
    r"(?:\w+ )?(?:druppe[l]\w*|drupje\w*)\b(?! (?:\w+ ){0,2}?(?:water|bloe[d]|regen|kraa[n]|olie|zwee[t]|neus|oog|ogen)\b)",
)

# ---- saddle numbness: slots of the shared patterns (bot/reading/redflags.py _SHARED_SADDLE) ----
#: a test of the seat told as a story: "kneep in mijn bil om te testen en voelde er niks van"
TOUCHED = ("kneep", r"knijp\w*", "geknepen", r"prik\w*", "geprikt", "raakte", "aangeraakt", r"aanraak\w*", "getest",
           "testen", "gekrabd", "krabde", r"tik\w*")
#: wiping, its clause then a comma and the numbness: "als ik me afveeg is het raar, ik voel bijna niks" (engine _WIPED_THEN)
WIPING = ("afvee[g]", "afvege[n]", "afveeg[t]", "afgeveeg[d]", "veeg", "veegd[e]", "veeg[t]",
          "afvage[n]", "afvag[e]", "afvaa[g]", "afvaag[t]",  # West-Flemish (session 19h)
          "afkui[s]", "afkuise[n]", "afkuis[t]", "afkuiz[e]", "afkuize[n]", "afgekuis[t]",  # Flemish "afkuisen" (session 26B)
          r"(?:schoonmaa[k]|schoonmaak[t]|schoonmake[n]|kuis|kuise[n]|kuis[t]) (?:\w+ )?met (?:het |de |wat )?(?:wc |toilet )?(?:papier|wcpapier"
          r"|toiletpapier|closetpapier)")  # as AREA (sessie 21e)
FELT_NOTHING = (r"voel\w* (?:\w+ ){0,3}?(?:niks|niets|nix)", r"(?:niks|niets) (?:\w+ )?(?:gevoeld|voelen|voelde)")
SADDLE_FEELING = ("gevoel", "voelt")
SADDLE_COMPOUND = (r"\w+zadel",)  # "fietszadel"
ON_A = ("op", "van", "een")
SADDLE_WORD = ("zadel",)
FEELS = ("voelt", "voelen")
LIKE = ("als",)
CYCLING = ("fietsen", "gefietst", "fietstocht", "op de fiets", "op een fiets")
SIT = ("zit", "zitten", "zat")
ON = ("op",)
ON_NOTHING = ("niks", "niets", "lucht", "watten", "een wolk")
CUSHION = ("kussen", "te")  # "op niks te zitten"
PILLOW = ("kussen", "kussentje")
NOTHING = ("niks", "niets")
UNDER = ("onder",)
UNDER_ME = ("mij",)
SOMEONE = ("iemand",)
ELSE = ("anders",)
#: iemand anders zijn ding, geen lichaamsdeel (engine _others_thing): "het wc papier van iemand anders is zachter"
OTHERS_THING = ("wc papier", "wcpapier", "toiletpapier", r"(?:wc|toilet) ?bril", r"(?:wc|toilet) ?zitting")
#: een been doof van de bil tot de voet is ischias, geen zadel (engine _one_leg_down): "mn linkerbeen is doof van de bil
#: tot de kleine teen, rechts is helemaal normaal"
ONE_LEG_DOWN = (
    r"\b(?:linker|rechter|ene|1)(?: ?been| ?bil| ?kant| ?dij)\b(?: \w+){0,4}? (?:van|vanaf) (?:de |mijn |mn |m |me )?(?:\w+ )?(?:bil|poep"
    r"|kont|gat|heup|bips)\b (?:\w+ ){0,3}?(?:tot|naar|tot aan|tot in) (?:\w+ ){0,3}?(?:teen|tenen|voet|voeten|enkel|knie|hiel|kuit|zool)\b",
    # beide benen doof, de billen als begin van het traject (sessie 19h): "mijn twee benen worden doof, van de billen tot in
    # de tenen" is de benen; het zitvlak zelf doof genoemd blijft het zadel
    r"\b(?:benen|beenen|bene|voeten)\b(?: \S+){0,5}? (?:van|vanaf|vanuit) (?:de |mijn |mn |m |me )?(?:\w+ )?(?:billen|bil|poep|kont"
    r"|gat|heupen|bips)\b (?:\w+ ){0,3}?(?:tot|naar|tot aan|tot in|tot op) (?:\w+ ){0,3}?(?:teen|tenen|voet|voeten|enkels?|knieen"
    r"|hielen|kuiten|zolen)\b",
    # ... het traject met "naar beneden" alleen, de benen ervoor of erna genoemd (sessie 37F): "mijn benen worden doof vanaf mijn
    # billen naar beneden", "van mijn poep naar onder tintelen mijn twee benen" (niet "daar beneden")
    r"\b(?:benen|beenen|bene|voeten)\b(?: \S+){0,7}? (?:van|vanaf|vanuit) (?:de |mijn |mn |m |me )?(?:\w+ )?(?:billen|bil|poep|kont"
    r"|gat|heupen|bips)\b (?:helemaal )?(?:naar beneden|naar onder|omlaag)\b",
    r"(?:\b{NUMB}\b (?:\w+ ){0,3}?)?\b(?:van|vanaf|vanuit) (?:de |mijn |mn |m |me )?(?:\w+ )?(?:billen|bil|poep|kont|gat|heupen|bips)\b"
    r" (?:helemaal )?(?:naar beneden|naar onder|omlaag) (?:\w+ ){0,4}?(?:benen|beenen|bene|voeten)\b(?:(?: \w+){0,3}? {NUMB}\b)?",
)
IN_LIMB = ("rond",)
MY_LEG = ("mijn ", "mn ", "m ", "de ")
LEG_WORD = ("been", "benen", "voet", "voeten", "schenen")
LIST_AND = ("en",)
#: numbness that spreads up or down a leg and on into the saddle area (engine _SPREAD_TO_AREA): "de tintelingen trokken
#: door mijn benen en rond mijn poep"
SPREADS = (r"(?:trok|trokke[n]|trek[t]|trekke[n]|kroo[p]|krope[n]|kruip[t]|kruipe[n]|ging|ginge[n]|gaat|gaan|liep|liepe[n]|loop[t]|lope[n]|schoo[t]|schote[n]"
           r"|schie[t]|schiete[n])(?: \w+)?(?: omhoo[g]| naar bove[n]| naar benede[n]| door| in| lang[s]| over)?",)
AROUND_AREA = ("rond", "rondo[m]", "in", "tot in", "naar", "tot aan", "over")
MY_AREA = ("mijn ", "mn ", "m ")
HURTS = ("doet pijn", "doen pijn", "doet het pijn", "doen ze pijn", "doet zeer", "doet het zeer")  # inverted (session 26B)
FEELING_NOUN = ("gevoel",)
CHANGED = ("weg", "kwijt", "verdwenen", "minder", "anders", "raar", "vreemd", "verminderd")

# ---- fever ----
#: slots of the shared fever patterns (bot/reading/redflags.py _SHARED_FEVER)
HIGH = ("hoge", "verhoogde")
TEMPERATURE_WORD = ("temperatuur", "koorts")
A_TEMPERATURE = ("temperatuur",)
FEVER_WORD = ("koorts", "temperatuur")
DEGREES = ("graden", "grade")
HAVE_NUMBER = ("heb", "ben", "of", "zit", "zat", "zitten")
FEEL_HOT_COLD = ("voel", "ben", "heb het", "het", "heb t", "t")
HOT_AND_COLD = ("warm en koud", "koud en warm", "heet en koud", "koud en heet")
#: what a decimal number near 38-41 measures when it is no temperature ("38,5 kilo", "38,5 uur")
#: "nog steeds" voor een hele graad: "niet meer rillen maar nog steeds 38" (niet "ik ben nog 38": een leeftijd)
STILL_AT = ("nog steeds", "nog altijd", "nog steeds op", "nog altijd op", "nog rond de", "nog op")
#: waarvoor een geneesmiddel dient, voor het koortswoord: "is nurofen enkel tegen koorts?"
FEVER_PURPOSE = (r"(?:enkel|vooral|uitsluitend) (?:tegen|voor)(?: de| een)?",)  # "alleen", "maar" cut the sentence
NOT_TEMPERATURE = ("kilo", "kilos", "kg", "week", "weken", "jaar", "km", "uur", "euro", "procent", "cm", "minuten",
                   "dage[n]", "keer", "pille[n]", "mg", "stappe[n]", "kilomete[r]", "mense[n]", "sessie[s]")
#: Fahrenheit is not Dutch (the English TEMP_AT reads it)
TEMP_AT: tuple = ()
#: een hele graad als de eigen temperatuur (sessie 35A): "ik zit aan 39", "k zit al twee dagen op 39", "ik heb 39" (niet
#: "ik ben 39": een leeftijd; niet "ik zit aan 40 uur": NOT_TEMPERATURE)
HAVE_WHOLE = (r"(?:k?zit|zat|zitte[n]|zate[n])(?: \w+){0,3}? (?:aan|op|rond)", r"heb(?: ik)?", "ik had", "had ik")
#: what may follow such a whole degree (else it counts things: "ik heb 40 dozen getild")
AFTER_WHOLE = ("en", "met", "maar", "sinds", "seder[t]", "al", "nu", "vandaag", "gisteren", r"gisteren\w+", r"van(?:nacht|morgen|ochten[d]|avond|midda[g])", "graden", "koorts", "gemete[n]")
#: ... but not an age put in brackets: "nu heb ik (41) sinds ik zaterdag ...", "heb ik (41) al twee weken last van"
NOT_AFTER_WHOLE = (r"sinds (?:ik|we|wij|hij|ze|zij)", r"(?:\w+ ){0,3}?last")
#: een halve graad: "38 en een half"
AND_A_HALF = ("en een half", "en een halv[e]", "en half")
#: een leeftijd, net voor het getal: "ik ben 38 en een half" is geen temperatuur
AGE_BE = ("ben", "werd", "word", "wordt", "is")
HOT_THEN_COLD = ("warm dan koud",)
ALL_DAY = (r"de hele (?:dag|nacht)", r"hele (?:dag|nacht)", r"heel de (?:dag|nacht)")
#: "38 graden buiten" is the weather
#: a bed wet by something else: "de kruik is gesprongen, alles nat" is no night sweat
WET_BY = ("kruik", r"warmwaterkruik\w*", r"gemorst\w*", r"omgestoten\w*", "gesprongen", "de hond", "de kat",
          "de baby", "de kinderen", "regen", "dak", r"leiding\w*", r"drank\w*", "thee", "koffie", "wijn")
#: ... unless the sweat is named too
SWEAT = (r"zwe\w+", r"transpir\w*", r"bezwe\w+")
#: a bed wet at night: a fever's sweat, unless a sentence names WET_BY and no SWEAT
WET_BED_PATTERNS = (
    # "wakker geworden in kletsnatte lakens", "mijn lakens waren doorweekt"
    r"\b(?:lakens|bed|pyjama|kussen|hoofdkussen)\b(?: \w+){0,2}? (?:kletsnat|doornat|doorweekt|zeiknat|drijfnat|kleddernat)\b",
    r"\b(?:kletsnatte|doorweekte|zeiknatte|drijfnatte|doornatte) (?:lakens|pyjama|bed)\b",
)
#: de koorts zelf nu weg, na een teken in de verleden tijd ("had een maand geleden griep maar nu geen koorts meer";
#: bot/reading/redflags.py _GONE_NOW): alleen met een PAST_CUES-woord ervoor
FEVER_GONE_NOW = (  # de thermometer stil nu (sessie 19j): "de thermometer geeft niks meer aan", "niks meer op de thermometer"
                  # gezakt, bij een normale meting (sessie 19m): "nu is het gezakt, 36,8 gisteravond en vanmorgen ook", "weer
                  # gezakt naar 36,8" (niet "gezakt naar 38,5")
                  r"(?:nu |intussen |inmiddels |ondertussen )?(?:(?:is|was) (?:het|t|ze|die|dat) |(?:het|t|ze|die|dat) (?:is|was) )(?:\w+ ){0,2}?(?:gezakt|gedaald|weggezakt)"
                  r"(?! (?:\w+ )?(?:naar|tot|op) (?:3[89]|4\d))",
                  r"(?:gezakt|gedaald) (?:naar|tot|op) (?:3[56](?:point\d+)?|37(?:point[0-4]\d*)?)\b",
                  r"(?:3[56]point\d+|37point[0-4]\d*)(?: graden)? (?:gisteravond|gisterenavond|sinds gisteren|gisteren)\b",
                  r"(?:niks|niets) meer op de thermometer", r"(?:de )?thermometer (?:geeft|toont|zegt|wijst) (?:\w+ ){0,2}?(?:niks|niets"
                  r"|normaal|3[67](?:point\d+)?)",
                  r"(?:nu |intussen |inmiddels |momenteel )?geen (?:koorts|verhoging|temperatuur) meer",
                  # ... geen enkele, Vlaams "nie meer", "nul" (session 37D): "geen enkele koorts meer sinds maandag", "geen koorts nie
                  # meer sedert zondag", "sinds zaterdag nul koorts" (een koorts in de verleden tijd ervoor: PAST_CUES)
                  r"geen (?:enkele )?(?:koorts|verhoging|temperatuur) (?:meer|niet meer|nie meer)",
                  r"(?:sinds|sedert|vanaf) \w+(?: \w+)? (?:al |helemaal |totaal )*(?:geen (?:enkele )?|nul )(?:koorts|verhoging|temperatuur)\b",
                  # een normale meting nu (sessie 16b): "had koorts vorige week, 36,9 vanmorgen"
                  r"(?:maar |nog maar )?(?:3[56]point\d+|37point[0-4]\d*)(?: graden)? (?:vanmorgen|vanochtend|vandaag|nu|vanavond)",
                  r"(?:nu|intussen|inmiddels|momenteel) geen (?:koorts|verhoging|temperatuur)",
                  # ... de tijd eerst (sessie 27M): "had wat koorts maar nu weer 36,6", "vandaag nog maar 37,1 graden"
                  r"(?:nu|vandaag|vanmorgen|vanochtend|vanavond|intussen|inmiddels|momenteel)(?: is het| is t| heb ik| meet ik| zit ik op)?"
                  r" (?:weer |terug |nog maar |maar |nog |op )*(?:3[56]point\d+|37point[0-4]\d*|3[67](?= graden\b| ?[,.]|$))",
                  r"geen (?:koorts|verhoging|temperatuur) (?:nu|intussen|inmiddels|momenteel)",
                  r"(?:koorts|verhoging|temperatuur) is (?:nu |intussen |inmiddels )?(?:weg|gezakt|normaal)",
                  # the past fever gone now, a few words between: "maar dat is nu helemaal weg", "die is intussen
                  # volledig over", "ze is al een tijdje weg" (only after a past fever: PAST_CUES in its clause)
                  r"(?:(?:dat|da|die|het|t|ze|de koorts|die koorts) )?(?:is|was|ging) (?:(?:nu|intussen|inmiddels|ondertussen"
                  r"|al|allang|weer|helemaal|volledig|compleet|totaal|gelukkig|gewoon|vanzelf|een tijdje|een tijd|lang)"
                  r" ){0,4}(?:weg|over|voorbij|gezakt|genezen)",
                  # een normale meting op de thermometer (sessie 19h; alleen de koorts): "thermometer staat weer op 36,8"
                  r"thermometer\w*(?: \w+){0,4}? 3[5-7](?:point\d+)?(?! ?(?:kilo|kilos|kg|jaar|uur|euro|cm|minuten|weken)\b)",
                  # weer beter na de koorts (sessie 25F1): "koorts gehad, ik voel me weer fit", "ben weer helemaal de oude",
                  # "terug op de been" (de koorts zelf in zijn zin voorbij: PAST_CUES)
                  r"(?:voel|voelde|voelt) (?:ik |k |ge )?(?:me|mij|mn eigen|mijn eigen|mezelf) (?:(?:nu|al|intussen|inmiddels|gelukkig|alweer"
                  r"|eindelijk) )*(?:weer|terug) (?:helemaal |volledig |compleet )?(?:fit|kiplekker|goed|gezond|de oude|beter|prima|top|ok"
                  r"|oke|kerngezond|als herboren|als een kievit|in vorm|mezelf)\b",
                  r"(?:ben|is|was) (?:ik |k )?(?:(?:nu|al|intussen|inmiddels|gelukkig|alweer|eindelijk) )*(?:weer|terug) (?:helemaal "
                  r"|volledig |compleet )?(?:fit|kiplekker|gezond|kerngezond|de oude|op de been|beter|genezen|hersteld|op krachten|in vorm)\b")
#: de koorts zelf over genoemd, geen verleden tijd nodig (sessie 20b; bot/reading/redflags.py _OVER_NOW): "sinds vrijdag ben ik
#: koortsvrij", "weer koortsvrij" (niet "nog niet koortsvrij")
FEVER_OVER = (r"(?:(?:sinds|sedert|vanaf) \w+ (?:\w+ )?)?(?:ben ik |ik ben |k ben |bennek |ben k )?(?:nu |al |weer |terug |eindelijk "
              r"|helemaal |volledig )*(?<!niet )(?<!nie )(?<!nooit )(?<!nog niet )koortsvrij\b",
              # the verb first, after a day or "nu" (session 22I): "sinds maandag is de koorts weg", "nu is mijn koorts helemaal
              # over", "sedert zondag is mijne koorts gedaan" (not "is de koorts nog niet weg", "is de koorts weg?")
              r"(?:(?:sinds|sedert|vanaf) \w+ (?:\w+ )?|(?:nu|intussen|inmiddels|ondertussen|gelukkig|eindelijk) )(?:is|was) (?:de |die "
              r"|mijn |mn |mijne |me )?(?:koorts|verhoging|temperatuur) (?:(?:al|weer|helemaal|volledig|compleet|nu|intussen|gelukkig"
              r"|eindelijk|toch) )*(?:weg|over|voorbij|gedaan)\b(?! (?:\w+ )?(?:of|als|wanneer|zodra)\b)",
              # de koorts eerst, dan weg met een tijd erna (sessie 23L): "de koorts is al weg sinds dinsdag", "mijn koorts is over
              # sedert zondag", "de koorts is nu drie dagen weg" (niet "koorts sinds dinsdag", "de koorts is nog niet weg", "de
              # koorts is weg als ik paracetamol neem", een koorts die terugkwam)
              r"(?:de |die |mijn |mn |mijne |me )?(?:koorts|verhoging|temperatuur) (?:is|was) (?:(?:al|weer|helemaal|volledig|compleet|nu"
              r"|intussen|inmiddels|ondertussen|gelukkig|eindelijk|toch|allang|sinds \w+|sedert \w+|\d+|twee|drie|vier|vijf|een paar|enkele"
              # ... a stretch told loosely, then "en" (session 27M): "de koorts is al ruim een week weg en ik voel me goed", "bijna
              # twee weken voorbij", "meer dan een week over"
              r"|dage[n]|dag|weke[n]|week|maan[d]|maande[n]|ruim|bijn[a]|meer dan|ongevee[r]|zowa[t]|een|goed) )*(?:weg|over|voorbi[j]|gedaa[n])"
              r"(?= (?:sinds|sedert|vanaf|al|nu|intussen|inmiddels|en|maar)\b| ?[,.]|$)"
              r"(?!(?: \S+){0,15}? {RECURRED}\b)")
#: een teken in de verleden tijd: "had", "gehad", "een maand geleden", "vorige week"
#: (the tables are merged: "had" is English too, where "ive had the flu since monday" is current)
PAST_CUES = (r"(?<!ive )(?<!have )(?<!has )(?<!weve )had", "hadden", "gehad", "geleden", "vorige", "vorig", "was", "waren", "toen",
             "lag", "lagen", "zat", "zaten",  # "lag plat met koorts" (session 16d)
             "kzat", "klag", "khad",  # Vlaams, "ik" ingekort (session 37D): "kzat met griep, een paar dagen koorts"
             # a stretch told closed (session 19m): "39 koorts, 3 dagen lang. nu is het gezakt"
             r"(?:\d+|twee|drie|vier|vijf|een paar) (?:dagen|nachten) lang")
#: a sign over and done with, after it in the sentence: "griep met koorts, mor da is al lang gepasseerd"
RESOLVED = (r"(?:al ?)?(?:lang )?gepasseerd", r"(?:weer|terug) normaal", r"(?:al ?)?lang (?:weg|over|voorbij)",
            # Vlaams "gedaan" na "al lang" (sessie 30AC): "da's al lang gedaan", "dat was al lang gedaan" (niet "ik heb er lang over gedaan")
            r"(?:is|was|s) (?:al ?|nu |toch |echt |ook )*lang gedaan",
            # ... al lang verleden tijd: "dat is al lang verleden tijd", "da's oude geschiedenis"
            r"(?:is|was|s) (?:al ?|nu |toch |echt |ook )*(?:lang )?(?:verleden tijd|oude geschiedenis)",
            # "dat is allang over", "is al lang en breed over" (issue 13)
            r"is (?:weer |helemaal |al |allang |al lang |al lang en breed |volledig |compleet )?over",
            # "da's nou over", "dat is nu wel over" (sessie 18f)
            r"(?:dat|da|het|t|die) is (?:nu|nou|intussen|inmiddels|ondertussen) (?:wel |al |weer |helemaal )?over(?= ,| \.|$)",
            # ... de volgorde omgekeerd na een dag of een tijd (sessie 28E): "maar sinds zaterdag is dat over", "intussen is het al weg"
            # (het werkwoord eerst zonder iets ervoor is een vraag: "is dat over?")
            r"(?:(?:sinds|sedert|vanaf) \w+(?: \w+)?|intussen|inmiddels|ondertussen|nu|nou|gelukkig|allang|al lang|alweer) (?:is|was) (?:dat|da|het|t|die|alles) (?:al |weer |helemaal |volledig |compleet |allang |al lang |nu |inmiddels |intussen |gewoon )*"
            r"(?:over|voorbij|weg|gedaan)(?= ,| \.| en\b| maar\b|$)",
            # over for some days (session 17): "dat is nu al vijf dagen over", Gronings "dat is nou aal vief dagen over"
            r"is (?:\w+ ){0,4}?(?:dagen|dag|weken|week|tijdje|tijd) over\b",
            r"allang (?:weg|over|voorbij|gedaan|genezen|hersteld)", r"(?:volledig |helemaal )?hersteld",
            r"(?:ging|gaat|is) (?:weer )?weg", "voorbij", "overgegaan",
            # gone at once: "na een minuutje lopen was het gewoon weer weg"
            r"(?:was|waren|ging|is) (?:het|t|dat|alles|ze) (?:gewoon |direct |meteen |snel |vanzelf |helemaal |al )?"
            r"(?:weer |terug )?weg",
            # een voorbijgaande tinteling, na minuten weg (sessie 27N): "na twee minuten weg", "binnen een minuutje weer weg"
            r"(?:na|binnen|in) (?:\w+ ){0,2}?(?:seconden|seconde|minuten|minuut|minuutje|minuutjes) (?:(?:was|is|ging) (?:het|t|dat|ze) )?(?:weer |al |gewoon |vanzelf )?weg",
            # Flemish "gedaan" = over: "na twee dagen was het gedaan" (not "de scan is gedaan")
            r"(?:was|is|waren|zijn) (?:het|t|dat|da|alles|ze) (?:al |weer |direct |snel |rap |helemaal |gewoon )*gedaan",
            r"(?:het|t|dat|da) (?:was|is) (?:al |weer |direct |snel |rap |helemaal |gewoon )*gedaan",
            # gone for days: "mor da is al vijf dagen weg" (not "het gevoel is al dagen weg")
            r"(?:het|t|dat|da|die|ze) (?:is|was|zijn|waren) (?:al |weer |helemaal |volledig |nu |intussen |inmiddels )*(?:sinds |sedert )?"
            r"(?:\d+|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|enkele|paar|een paar) (?:dagen|dag|weken|week) weg",
            # a normal temperature measured: "t blijft rond 36,6"
            # behind me, a normal temperature (session 18): "dat ligt achter de rug", "temperatuur elke dag normaal"
            r"(?:ligt|lag|is|zit) (?:\w+ ){0,2}?achter (?:de rug|mij|me)\b",
            r"temperatuur (?:is |blijft |bleef |was )?(?:\w+ ){0,3}?normaal",
            r"(?:blijft|bleef|is|was|zit|zat|meet|mat|gemeten) (?:\w+ ){0,2}?(?:rond |onder |op |tussen )?3[5-7](?:point\d+)?"
            r"(?! ?(?:kilo|kilos|kg|jaar|uur|euro|cm|minuten|weken)\b)",
            # over since a day named, a normal reading (session 19h): "maar da is sinds vrijdag helemaal over, thermometer
            # staat weer op 36,8", "sinds zaterdag weer weg"
            r"(?:is |was )?(?:sinds|sedert|vanaf) (?:(?!(?:niet|nie|nog|geen|nooit|nergens)\b)\w+ ){1,2}?"
            r"(?:al |weer |terug |helemaal |volledig |compleet )*(?:over|weg|voorbij)\b",
            # een zin van niks dan "nu helemaal weg" na het teken (sessie 24T): "vorige week koorts, nu helemaal weg" (niet "de kracht
            # is nu helemaal weg": een onderwerp ervoor)
            r"(?<=, )(?:nu|nou|inmiddels|intussen|ondertussen|alweer) (?:al |weer |wel )?(?:helemaal |volledig |compleet |totaal )?"
            r"(?:weg|verdwenen|voorbij)(?= ,| \.|$)",
            # "klaar" = over, in the Dutch of a newcomer (session 38E): "nu is klaar", "is klaar nu", "dat is nu helemaal klaar" (a
            # clause of its own; not "is het klaar?", "is nog niet klaar", "ik ben er klaar mee")
            r"(?:(?:^|(?<=, ))(?:nu|nou) (?:is|was) (?:het |t |dat |da |alles )?(?:al |helemaal |weer |volledig )*klaa[r]"
            r"|(?:het|t|dat|da|alles) is (?:nu |nou |al |helemaal |volledig |intussen |inmiddels )*klaa[r]"
            r"|(?:^|(?<=, ))is (?:al |helemaal )?klaa[r] (?:nu|nou))(?= ,| \.| en\b| maar\b|$)")  # fmt: skip
#: a sentence that takes the sign up again ("... 39,4 en rillingen. Da is nu al vijf dagen weg"; bot/reading/redflags.py
#: _RESOLVED_OPENING): read with the sentence before it
RESOLVED_OPENS = (r"(?:maar |en |nu )?(?:dat|da|het|t|die|ze|dit|alles)",
                  r"(?:maar |en )?(?:de |die |mijn |mn )?(?:koorts|temperatuur|verhoging|griep|rillingen)",
                  # een latere dag eerst genoemd (sessie 41L): "zaterdagavond 38,2 . zondag was het voorbij"
                  r"(?:maar |en |dan |tegen |op )?(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)"
                  r"(?:ochtend|morgen|middag|avond)?")
#: ... unless it came back: "was weg maar is terug" ("terug goed" = well again, Flemish)
#: een ziekte over verteld, dan in een vraag genoemd (sessie 19j; bot/reading/redflags.py _asked_again): "ik had koorts, nu
#: weg. is dat de griep die blijft hangen denkt u?"
ILLNESS_WORDS = ("griep", "griepje", "influenza")
#: het teken opnieuw genoemd als dat van toen (sessie 24T; bot/reading/redflags.py _asked_again): "de koorts van vorige week", "de
#: koorts die ik had"
REFERRED_PAST = (r"van (?:vorige|verleden|afgelopen) (?:week|maand|weekend)", r"van (?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag"
                 r"|zondag|gisteren|eergisteren|toen|daarnet|ervoor)", r"van (?:\w+ ){0,2}?(?:dagen|dag|weken|week) geleden",
                 r"(?:die|dat) (?:ik|k) (?:had|heb gehad|toen had)\b", r"van (?:de|die|dat) (?:griep|griepje|virus)")
ASKED_AGAIN = (r"denkt u", r"denk je", r"denkt ge", r"denkte", r"zou het", r"blijft hangen", r"nasleep", r"nog de griep",
               # "is dat normaal na griep" (sessie 20b)
               r"(?:normaal|gewoon|logisch) na", r"nawerkin[g]\w*",
               r"kan (?:het|t|dat|da) (?:\w+ ){0,2}?zijn",
               # of iets anders (sessie 22I): "is dat nog van de griep of iets anders?", "een restje van de griep"
               r"of (?:is het |is t |is dat |toch )?iets (?:anders|ergers|ernstigs)", r"restj[e]s? van", r"overblijfse[l]\w*",
               # de griep als oorzaak gevraagd (sessie 25F1): "kan dat van de griep komen?", "komt dat door die griep?"
               r"(?:van|door) (?:de |die |dat |mijn |mn |een |het )?(?:griep|griepje|influenza)\b(?! (?:terug|opnieuw)\b)",  # "kan het de griep zijn die terugkomt?" (sessie 21e)
               # de griep gevraagd als meespelend (sessie 34R): "speelt die griep nog mee?", "heeft de griep er iets mee te maken?",
               # "kan de griep nog een rol spelen?"
               r"speel\w* (?:\w+ ){0,4}?mee\b", r"speel\w* (?:\w+ ){0,4}?rol\b", r"mee ?spel\w*", r"(?:een )?rol (?:\w+ )?(?:spelen|speelt|gespeeld)", r"mee te maken")
RECURRED = (r"(?<!\bsport )(?<!\bwerk )(?<!\btrain )(?<!\bfiets )(?<!\bloop )terug(?! (?:goed|beter|normaal|gezond|fit|ok|oke|kiplekker|de oude|op de been|hersteld|in vorm|op krachten|helemaal (?:fit|gezond|de oude|hersteld|beter|prima|in orde)"
            # ... het gewone leven terug, geen teken terug (sessie 31AF): "ik voel me terug prima", "ik ben terug aan het werk", "ik sport terug"
            r"|prima|top|in orde|in mijn vel|mezelf|aan het werk|aan de slag|naar het werk|naar school|gaan werken|werken|aan het sporten|sporten|naar de fitness)\b)", "teruggekomen", "opnieuw", "weer begonnen",
            # ... keer op keer (sessie 33J): "binnen een minuut weg maar het gebeurt steeds weer", "het blijft terugkomen"
            r"terugkom\w*|terugkeer\w*", r"(?:steeds|telkens|altijd) weer(?! (?:weg|over|normaal|goed|voorbij)\b)", "keer op keer",
            # some of the sign itself left: "het is weg maar nog een beetje", "het is er nog", "nog wat tintelingen"
            r"nog (?:een (?:klein )?beetje|wat)(?= ,| \.|$)", r"(?:het|t|ze) (?:is|zijn) er nog\b",
            r"nog (?:steeds |altijd |een beetje |wat )?(?:tinteling\w*|tintel\w*|doof|verdoofd|gevoelloos)", "komt en gaat",
            # the illness over but not the sign: "de griep is allang over maar de koorts niet"
            r"maar (?:de |die |mijn )?(?:koorts|temperatuur|verhoging) (?:nog )?(?:niet|nie)\b(?! meer\b)")
#: het gevoel zelf weg is gevoelloosheid, geen herstel: "en het gevoel is weg"
RESOLVED_NOT_AFTER = ("gevoel", "gevoelens")
WEATHER = ("buiten", "weer", "kamer", "hittegolf", "zon")
#: "afwisselend warm en koud kompres" is a treatment
HOT_COLD_THINGS = ("ijs", "warmte", r"kompres\w*", r"afwissel\w*", "kruik", r"douche\w*", "bad", "eten", "weer")
#: "ziek van die pijn": not ill
SICK = ("ziek",)
SICK_OF = (r"van (?:de|die|deze) pijn",)
#: "ziek" als versterker voor de pijn (sessie 30AC; bot/reading/redflags.py _fever_skip): "mijn rug doet ziek pijn", "het doet ziek zeer",
#: "ziek veel last" (niet na "ik ben", "voel me", "word": SICK_SELF, "ik ben ziek, pijn overal" met een komma)
SICK_AS_ADVERB = (r"(?:veel |erg |hard )?(?:pijn|zeer|pijnlijk|stijf)", r"veel last")  # (not a bare "last": "sick last week" is English)
SICK_SELF = (r"(?:ben|voel|voelde|word|wordt|werd|bennek|benk)",)
#: anderen die vragen of denken dat men ziek is, vlak voor het woord: geen koorts verteld (sessie 30Z; bot/reading/redflags.py
#: _SICK_ASKED): "de buren vragen of ik ziek ben", "iedereen denkt dat ik echt ziek ben" (niet "ik vraag me af of ik ziek
#: ben", "ik denk dat ik ziek ben": de eigen)
SICK_ASKED = (r"(?<!\bik )(?<!\bk )(?:vraag|vraagt|vragen|vroeg|vroegen|gevraagd|denkt|denken|dacht|dachten|vindt|vinden|vond|vonden)(?: \w+){0,2}?"
              r" (?:of|dat) (?:ik|k)(?: (?:heel|erg|echt|zo|zeer|ontzettend|best))?",)
HOT_COLD = ("warm", "koud")

#: saddle numbness (Dutch-shaped patterns; NUMB near AREA is the engine's)
SADDLE_PATTERNS = (
    # de zone en een ander deel als een onderwerp (sessie 19m, tweeling van "my bum and legs are numb"): "mijn billen en benen zijn
    # doof", "mijn poep en mijn dijen voelen verdoofd" (geen tegenstelling, ontkenning, pijn of "goed" ertussen)
    r"\b{AREA} (?:en|plus) (?:(?!(?:geen|niet|nie|nooit|niks|niets|zonder|en|plus|maar|want|omda[t]|nu|sinds|dan|tot|of|pijn\w*|zeer"
    r"|doen|doet|dede[n]|goed|prima|ok|oke|normaal|kan|kon)\b)\w+ ){0,3}?{NUMB}\b",
    # weinig gevoeld bij het vrijen (sessie 19k, twin van "the last couple of times with the missus i could barely feel a thing
    # below"): "bij het vrijen voel ik bijna niets meer", "tijdens de seks voel ik niks meer" (niet van de benen)
    r"\b(?:vrije[n]|seks|gevree[n]|vrijpartij\w*|gemeenscha[p])\b(?: (?!(?:benen|been|voeten|voet|tenen|knie\w*|hande[n]|arme[n])\b)\S+){0,6}?"
    r" (?:voel|voelde|voelen) (?:ik |k )?(?:bijna |haast |zo goed als )?(?:niks|niets|nix|amper iets|nauwelijks iets)\b"
    r"(?! (?:\w+ )?(?:in|aan|van) (?:mijn |mn |m |de |beide )?(?:benen|been|voeten|voet|tenen|knie\w*|hande[n]|arme[n])\b)"
    r"(?! (?:\w+ )?voor (?:haar|hem|hen|elkaa[r]|mijn|mn|m|die|dat)\b)",  # "niks meer voor haar": no love, no numbness
    # de eigen zone en die van een ander, allebei verdoofd (sessie 17a): "mijn poep en die van mijn vrouw zijn allebei verdoofd"
    r"\b(?:mijn|mn|m|me) {AREA} en die van (?:mijn |mn |m |me |onze |ons )?\w+(?: (?!(?:niet|nie|geen|nooit|niks|niets)\b)\w+){0,4}? {NUMB}\b",
    # wiping, and the skin is not felt as one's own: "bij het afvegen is het alsof het mijn vel niet is"
    r"\b(?:afvee[g]\w*|afvege[n]|afgeveeg[d]|veeg|veegd[e])\b(?:(?: ,)? \w+){0,8}?(?: ,)? (?:also[f]|precie[s] of|gelij[k] of|net of) (?:\w+ ){0,2}?"
    r"(?:(?:niet|nie) (?:mijn|mn|m) (?:eige[n] )?(?:vel|huid)\b|(?:mijn|mn|m) (?:eige[n] )?(?:vel|huid) (?:niet|nie)\b)",
    # the seat that is not one's own: "alsof het niet mijn kont is", "alsof mijn poep de mijne niet is", "het voelt niet
    # als mijn eigen billen" (not "als het niet mijn kont is, wat dan": "als" alone is "if")
    r"\b(?:alsof|precies of|precies alsof|gelijk of|net of|lijkt of|lijkt alsof) (?:het |dat |da |t |die |ze )?(?:niet|nie"
    r"|nooit) (?:meer )?(?:mijn|mn|m|mijne|me) (?:eigen )?{AREA}\b",
    r"\b(?:alsof|precies of|precies alsof|gelijk of|net of|lijkt of|lijkt alsof) (?:het |dat |da |t |die |ze )?(?:mijn|mn|m"
    r"|mijne|me) (?:eigen )?{AREA} (?:(?:\w+ ){0,2}?(?:de mijne|van mij) )?(?:niet|nie|nooit) (?:meer )?(?:is|zijn|waren|was"
    r"|zou zijn|zoude[n] zijn)\b",
    r"\b(?:voelt|voelen|voelde|voelden) (?:\w+ ){0,2}?(?:niet|nie) (?:meer )?(?:aan )?als (?:mijn|mn|m|mijne) (?:eigen )?{AREA}\b"
    r"(?! (?:die|dat|da|wat)\b)",
    # het papier niet voelen raken: "als ik me afveeg is het alsof het papier me niet raakt" (issue 13)
    r"\b(?:afveeg\w*|afvegen|afgeveegd|veeg|vegen)\b(?: \w+){0,6}? (?:het |de )?(?:wc ?papier|papier|toiletpapier|wcpapier"
    r"|doek(?:je)?)\b (?:\w+ ){0,2}?(?:niet|nie|amper|nauwelijks|nooit) (?:eens |echt |meer )?(?:ra[a]kt|aanra[a]kt|voel\w*|daar is"
    r"|er is)\b",
    r"\b(?:afveeg\w*|afvegen|afgeveegd|veeg|vegen)\b(?: \w+){0,6}? (?:het |de )?(?:wc ?papier|papier|toiletpapier|wcpapier"
    r"|doek(?:je)?) (?:ra[a]kt|voel\w*) (?:me |mij |ik )?(?:niet|nie|amper|nauwelijks|nooit)\b",
    r"\b(?:afveeg\w*|afvegen|afgeveegd|veeg|vegen)\b(?: \w+){0,4}? (?:ra[a]kt|voel\w*) (?:het |de )?(?:wc ?papier|papier"
    r"|toiletpapier|wcpapier|doek(?:je)?) (?:me |mij |ik )?(?:niet|nie|amper|nauwelijks|nooit)\b",
    # afvegen na het toilet en niks voelen, over "en" heen: "na de wc afvegen en ik voel bijna niks" (issue 13)
    r"\b(?:afveeg\w*|afvegen|afgeveegd|veeg|vegen)\b(?: \w+){0,6}? (?:wc|toilet|plassen|plas|poepen|kakken|gepoept|geplast)\b"
    r"(?: \w+){0,4}? {NUMB}\b(?! (?:\w+ )?(?:pijn|zeer)\b)",
    r"\b(?:wc|toilet|plassen|poepen|kakken)\b (?:\w+ ){0,2}?(?:afvegen|afveeg\w*|afgeveegd)\b(?: \w+){0,4}? {NUMB}\b"
    r"(?! (?:\w+ )?(?:pijn|zeer)\b)",
    # not feeling the paper when wiping: "als ik mijn poep afkuis voel ik da papier precies nie"
    r"\bvoel\w* (?:ik |je |ge )?(?:\w+ )?(?:wc ?|closet ?|toilet ?)?papier (?:\w+ ){0,2}?(?:niet|nauwelijks|amper|bijna niet)\b",
    # wiping that feels like someone else's: "als ik mijn poep afveeg is da precies nie van mij"
    r"\b(?:afveeg\w*|afvegen|afkuis\w*|veeg|vegen|kuis)\b(?: \w+){0,6}? (?:niet|nooit) (?:meer )?(?:van mij|van mezelf"
    r"|de mijne|mijn eigen)\b",
    # wiping as if the seat is someone else's (sessie 17e): "alsof het iemand anders zijn gat was bij het afvegen"
    # (the match stops before "zijn gat": that "zijn" is the someone else's, not a third person's part)
    r"\b(?:alsof|precies of|lijkt of|lijkt wel|precies)\b(?: \w+){0,3}? (?:van )?iemand anders(?= (?:zijn |zn |z |haar |d r |der |zijn[e] )?"
    r"(?:gat|kont|poep|billen|bil|reet|achterst[e]|achterwerk|zitvlak|onderkan[t])\b)",
    # sitting on nothing: "alsof er niks onder mijn billen zit", "precies of ik op niks zit"
    r"\b(?:alsof|precies of|lijkt of|precies) (?:er |ik )?(?:niks|niets|lucht) (?:onder|tussen) (?:mijn |mn |m |de )?"
    r"(?:billen|poep|kont|gat|zitvlak|achterwerk)\b",
    r"\b(?:alsof|precies of|lijkt of|precies) (?:ik )?op (?:niks|niets|lucht|watten) zit\b",
    # "ik voel mijn zitvlak niet (meer)", "ik voel mijn poep niet goed"
    r"\bvoel\w* (?:\w+ ){0,4}?{AREA} (?:\w+ ){0,2}?(?:niet|nauwelijks|amper|minder|slecht|niks|niets)\b",
    # two parts in one list, then the absence: "voel ik mijn piemel en rond mijn anus haast niks meer"
    # (the second part may be the thighs or legs, session 33C: "voel ik mijn poep en mijn dijen niet meer"; not the pain felt:
    # "ik voel de pijn in mijn billen en benen niet meer zo erg")
    r"\bvoel\w* (?:(?!(?:pijn|zeer|last)\b)\w+ ){0,4}?{AREA} (?:en|of|,) (?:\w+ ){0,3}?(?:{AREA}|dijen|dij|bovenbenen|bovenbeen|benen|been) (?:\w+ ){0,2}?(?:niet|nauwelijks|amper|minder|slecht"
    r"|niks|niets)\b(?! (?:\w+ ){0,3}?(?:pijn|last|zeer)\b)",
    # "ik kan mijn kruis niet meer voelen"
    r"\b(?:kan|kon) (?:\w+ ){0,3}?{AREA} (?:\w+ ){0,2}?(?:niet|nauwelijks|amper) (?:meer |goed |echt |zo goed )*voelen\b",
    # "mijn billen slapen" (asleep = numb)
    r"\b{AREA} (?:\w+ ){0,2}?(?:slapen|slaapt|sliep|sliepen|in slaap gevallen)\b",
    # Flemish word order: "'k voel nie veel aan m'n poep", "ge voelt da nie meer aan uw poep"
    r"\bvoel\w* (?:\w+ ){0,2}?(?:niet|nauwelijks|amper|weinig|niks|niets|bijna niks|bijna niets)"
    r"(?: (?:veel|meer|goed|echt|zoveel|nog))* (?:aan|in|rond|van|op|bij) (?:\w+ ){0,2}?{AREA}\b",
    r"\bop (?:een |de )?(?:niks|niets|lucht|watten|wolk|wolkje) (?:\w+ ){0,2}?(?:zit|zitten|zat)\b",
    # felt elsewhere but not there: "voelde het wel aan mijn benen maar niet aan mijn poep",
    # "ik voel alles behalve mijn zitvlak"
    r"\bvoel\w* (?:\w+ ){0,8}?maar (?:niet|nie|niks|niets|nauwelijks|amper|weinig) (?:meer |zo )?(?:aan|in|rond|op|bij|van) "
    r"(?:\w+ ){0,2}?{AREA}\b",
    r"\bvoel\w* (?:\w+ ){0,2}?(?:alles|overal) (?:\w+ ){0,6}?behalve (?:aan |in |rond |op |bij )?(?:\w+ ){0,2}?{AREA}\b",
    # as if sitting on ice: "alsof ik op een zak ijsblokjes gezeten heb" (not "ik zit op een ijszak")
    r"\b(?:alsof|precies of|gelijk of|lijkt of|precies) (?:ik |je |ge )?op (?:een |ne )?(?:zak |blok |pak |plaat )?"
    r"(?:ijs|ijsblokjes|ijsblokken|ijsklontjes|sneeuw|koelelement\w*|diepvries\w*) (?:\w+ ){0,2}?(?:zit|zat|gezeten|zitten)\b",
    r"\b(?:kussen|kussentje) (?:\w+ ){0,3}?dat er (?:\w+ )?niet is\b",
    r"\b(?:zadel|rijbroek)(?:anesthesie|anaesthesie|gevoelloosheid)\b",
    # Flemish "gelijk" = like, right after the place: "rond mijn gat en tussen mijn benen gelijk dood" (not "doodmoe",
    # "dood op")
    r"\b{AREA}\b(?: \w+){0,2}? (?:gelijk|precies|net|als) (?:helemaal |compleet |echt |zo )?dood\b"
    r"(?! (?:moe|op|ziek|bang)\b)",
    # the place as an afterthought: "alles is gevoelloos, vooral rond mijn poep", "doof , tussen mijn billen"
    r"\b{NUMB}\b(?: \w+){0,2}? , (?:ook |en |vooral |zelfs |nu )?(?:rond|aan|in|bij|op|tussen|van) (?:\w+ ){0,2}?{AREA}\b"
    r"(?! (?:\w+ ){0,2}?(?:pijn|pijnlijk|zeer|stijf)\b)",
    # the place right before the verb, "nu"/"sinds gisteren" and the sign, after another place and "en": "mijn
    # balzak en rond mijn kont zijn sinds gisteren helemaal doof" (see _MID)
    r"\b{AREA} (?:het |t )?" + _COPULA + " " + _MID + r"(?:doof|dof|dood|verdoofd\w*|gevoel(?:s)?lo+s\w*|gevoellos\w*"
    r"|tintelig\w*)\b",
    # the verb first: "als ik lig voelt mijn poep koud en raar aan"
    r"\b(?:voelt|voelen|voelde|voelden) (?:\w+ ){0,2}?{AREA} (?:\w+ ){0,2}?(?:koud|kil|ijskoud|raar|vreemd|anders"
    r"|dood|doof)\b",
    # eerst één woord ontkend, dan een ander van dezelfde plek (sessie 16b): "mijn poep voelt niet verdoofd, hij voelt
    # dood", "mijn poep is niet verdoofd maar ik voel er niks" (geen ontkenning voor het tweede: "..., hij is niet dood")
    r"\b{AREA} (?:\w+ )?(?:is|voelt|zijn|voelen) (?:niet|nie) (?:\w+ )?(?:verdoofd|doof|gevoelloos|slapen[d]|tintel\w*)\b"
    r"(?: ,| maar| het| hij| die| ze| ik)+ (?:(?!(?:niet|nie|geen|nooit)\b)\w+ ){0,3}?{NUMB}\b",
    # afvegen dat ver weg voelt (sessie 16b): "het wc-papier voelt ver weg als ik me afveeg"
    r"\b(?:papier|wc papier|wcpapier|toiletpapier|closetpapier|doekj[e])\b(?: \w+){0,3}? (?:voelt|voelde|lijkt) (?:\w+ ){0,3}?"
    r"(?:ver weg|vera[f]|ver af|mijlenve[r]|van ver)\b(?: \S+){0,6}? {WIPING}\b",
    r"\b{WIPING}\b(?: \S+){0,8}? (?:voelt|voelde|lijkt|alsof) (?:het|t|dat|da|alles|mijn huid|mijn vel)(?: \w+){0,2}? (?:ver weg|vera[f]|mijlenve[r])\b",
    # als na de tandarts, bij het afvegen: "als ik me afveeg voelt het als mijn lip na de tandarts"
    r"\b{WIPING}\b(?: \S+){0,8}? (?:als|alsof|gelijk) (?:\w+ ){0,4}?(?:na|bij|van) (?:de |het )?(?:tandarts|verdoving)\b",
    # het zitvlak als beeld (sessie 16d): "alsof ik op karton zit", "alsof mijn poep van karton is"
    r"\b(?:alsof|als|precies|gelijk|net of|net als of|net alsof) (?:ik|k) (?:\w+ )?op (?:een |ne |n )?(?:stuk |stukske |plaat )?(?:karton|piepschuim|isomo)"
    r" (?:zit|zat|zitten)\b",
    r"\b(?:alsof|als|precies|gelijk) (?:mijn |mn |m |de )?{AREA} (?:van|uit) (?:\w+ )?(?:karton|hout|rubber|plastiek|plastic|piepschuim)"
    r" (?:is|was|gemaakt|zijn|waren)\b",
    # afvegen, onzeker of het papier gevoeld wordt (sessie 16d): "weet niet zeker of ik dat papier nou wel of niet voel"
    r"\bunsure (?:\w+ ){0,8}?(?:papier|wcpapier|wc papier|toiletpapier|closetpapier)\b(?: \w+){0,5}? (?:voel|voelde|voelen|voelt)\b",
    # afvegen en het papier maar half gevoeld (sessie 19h): "bij het afvegen voel ik het papier maar half", West-Vlaams "as
    # 'k mi afvagen ... da papier wel voele, tis percies mo 'alf"
    r"\b{WIPING}\b(?: \S+){0,16}? (?:voel\w*|papier|wcpapier|toiletpapier|gevoel)\b(?: \S+){0,6}? (?:maar|mo|mor|slechts|nog maar"
    r"|precies maar|precies mo|pas) (?:hal[f]|alf|halveling[s]|voor de helf[t]|de helf[t])\b",
    r"\bunsure (?:\w+ ){0,6}?(?:voel|voelde|voelen) (?:\w+ ){0,3}?(?:papier|wcpapier|wc papier|toiletpapier|closetpapier)\b",
    # het zitvlak in beelden (sessie 18a): afvegen als door iets zachts, "alsof ik met een kussen afveeg", "precies of ik
    # mijn gat afveeg door een spon[s]" (niet "ik veeg het kussen af": het beeld wordt verteld)
    r"\b(?:alsof|precies of|precies alsof|gelijk of|net of|lijkt of|lijkt wel of) (?:\w+ ){0,3}?(?:met|door|over) (?:een |nen |ne "
    r"|zo n )?(?:\w+ )?(?:kussen|kussentje|spon[s]|matra[s]|dekbed|schui[m]|handschoe[n]|handschoene[n])\b(?: \w+){0,2}? {WIPING}\b",
    r"\b(?:alsof|precies of|precies alsof|gelijk of|net of|lijkt of|lijkt wel of) (?:\w+ ){0,4}?{WIPING} (?:\w+ ){0,2}?(?:met|door)"
    r" (?:een |nen |ne |zo n )?(?:\w+ )?(?:kussen|kussentje|spon[s]|matra[s]|dekbed|schui[m]|handschoe[n]|handschoene[n])\b",
    r"\b{WIPING}\b(?: \w+){0,6}? (?:alsof|precies of|gelijk of|net of|lijkt of) (?:\w+ ){0,4}?(?:met|door) (?:een |nen |ne "
    r"|zo n )?(?:\w+ )?(?:kussen|kussentje|spon[s]|matra[s]|dekbed|schui[m]|handschoe[n]|handschoene[n])\b",
    # onzeker of het papier raakt: "weet nie of het papier me wel raakt", "kan niet zeggen of het wc-papier me raakt"
    r"\b(?:unsure|(?:kan|kon) (?:\w+ )?(?:niet|nie) (?:zeggen|uitmake[n])) (?:of|als) (?:het |de |dat |da |t )?(?:wc ?papier|papier"
    r"|toiletpapier|wcpapier|closetpapier|doek(?:je)?) (?:\w+ ){0,3}?(?:ra[a]kt|raakte|aanra[a]kt|daar is|er is)\b",
    # de zitting niet gevoeld onder zich: "alsof de stoel er niet was onder mijn billen", "de wc-bril voelde alsof hij er
    # niet was"
    r"\b(?:alsof|precies of|precies alsof|gelijk of|net of|lijkt of) (?:de |het |mijn |mn |t )?(?:stoe[l]|zete[l]|zitting"
    r"|wc ?bril|toiletbril|bril|zadel|fietszadel|bank|kruk) (?:\w+ )?(?:er |der |daar )?(?:niet|nie) (?:meer )?(?:was|is|zat|ston[d])\b",
    r"\b(?:stoe[l]|zete[l]|zitting|wc ?bril|toiletbril|bril|zadel|bank|kruk)\b(?: \w+){0,3}? (?:alsof|precies of|gelijk of|net of"
    r"|lijkt of) (?:hij|die|het|t|ie|ze|dat|da) (?:er |der |daar )?(?:niet|nie) (?:meer )?(?:was|is|zat|ston[d]|beston[d])\b",
    # verdoofd als met een prik van de tandarts, de plek in het beeld: "alsof alles daar beneden een spuitj[e] van de
    # tandarts heeft gekregen", "rond mijn gat voelt gelijk als den tandarts u e spuitj[e] gegeven heeft"
    r"\b(?:alsof|precies of|gelijk|gelijk as|gelijk als|net als|net of|als) (?:\w+ ){0,3}?{AREA}\b(?: \w+){0,6}? (?:spuitj[e]|prik"
    r"|prikj[e]|injecti[e]|verdoving)\b(?: \w+){0,3}? (?:van|bij) (?:de |den |het )?tandarts\b",
    r"\b(?:tandarts|tandartsspuitj[e]|tandartsprik)\b(?: \w+){0,4}? (?:spuitj[e]|prik|prikj[e]|injecti[e]|verdoving)\b(?: \w+){0,4}?"
    r" (?:daar beneden|van onder|vanonde[r]|{AREA})\b",
    r"\b{AREA}\b(?: \S+){0,6}? (?:alsof|als|gelijk|gelijk as|gelijk als|precies|precies als|net als) (?:\w+ ){0,3}?tandarts\b"
    r"(?: \w+){0,4}? (?:spuitj[e]|prik|prikj[e]|injecti[e]|verdoving|verdoofd)\b",
    # "weet je hoe je lip voelt na de tandarts ? hetzelfd[e] maar dan van onder" (de zinnen aaneen: SAME_BUT)
    r"\btandarts\b(?: \S+){0,3}? (?:hetzelfd[e]|zelfd[e]|t zelfd[e]|net zo|zo) (?:maar|alleen) (?:dan )?(?:\w+ ){0,2}?(?:daar beneden"
    r"|van onder|vanonde[r]|{AREA})\b(?! (?:\w+ )?(?:pijn|zeer|goed|ok|oke|normaal)\b)",
)
#: de zitting gevoeld als door een laag, het zitvlak als uit de vriezer (sessie 31AE): "alsof ik door een dikke handdoek zit",
#: "alsof er een deken tussen mijn billen en de stoel zit", "mijn kont voelt alsof hij net uit de diepvries komt", "ik voel
#: niets waar ik de stoel raak" (een koude kont van een koude trap, alleen koud verteld, is geen teken)
_LAAG_ERTUSSEN = (r"(?:handdoe[k]|handdoeke[n]|deke[n]|deken[s]|spijkerbroe[k]|jeansbroe[k]|jean[s]|kusse[n]|kussen[s]|laa[g]|lage[n]"
              r"|handschoe[n]|handschoene[n]|wante[n]|wan[t]|dekbe[d]|matra[s]|spon[s]|skibroe[k]|luie[r]|karto[n]|rubbe[r]|broe[k])")
_ZITVLAK = r"(?:stoe[l]|stoele[n]|zitting|wc bril|wc ?bril|toiletbril|bril|kru[k]|krukj[e]|bank|bankj[e]|zete[l]|zadel|fietszadel|pot|wc|toilet|bed)"
SADDLE_PATTERNS += (
    rf"\b(?:alsof|als of|net of|net alsof|precies of|gelijk of|lijkt of) (?:ik |je |ge |men )?(?:\w+ ){{0,3}}?door (?:een |mijn |twee |zo n |zon |zo een )?"
    rf"(?:\w+ ){{0,2}}?{_LAAG_ERTUSSEN}\w* (?:heen )?(?:zit|zat|zitten|voel|voelt|voelde|zou zitten)\b",
    rf"\b(?:zit|zitten|zat|zitten[d]|{_ZITVLAK})\b(?: \S+){{0,8}}? (?:als|alsof|net of|precies|gelijk) (?:\w+ ){{0,3}}?door (?:een |mijn |twee |zo n |zon )?"
    rf"(?:\w+ ){{0,2}}?{_LAAG_ERTUSSEN}\w*\b",
    rf"\b(?:alsof|als of|net of|net alsof|precies of|gelijk of|lijkt of) (?:er )?(?:\w+ ){{0,3}}?{_LAAG_ERTUSSEN} (?:\w+ ){{0,3}}?tussen (?:mijn |mn |m |de |het )?"
    rf"(?:{{AREA}}|huid|{_ZITVLAK})\b",
    r"\b(?:alsof|als of|net of|net alsof|precies of|gelijk of) (?:ik |je |ge )?(?:\w+ ){0,3}?(?:met )?(?:een |mijn |twee )?(?:dikke? )?"
    r"(?:handschoe[n]|handschoene[n]|wante[n]|wan[t]|ovenwan[t]|skibroe[k]|luie[r]) (?:\w+ ){0,3}?(?:op|over|om|aan|onder) (?:mijn |mn |m |de )?{AREA}\b",
    r"\b{AREA}\b(?: \w+){0,4}? (?:alsof|als of|net of|precies of|gelijk of|voel[t] of|voelen of|voelde of) (?:\w+ ){0,4}?(?:uit|in) (?:de |het |een |den )?(?:vrieze[r]"
    r"|diepvrie[s]|koelkas[t]|ijskas[t]|frig[o]|vriesva[k])\b",
    r"\b(?:alsof|als of|net of|precies of|gelijk of) (?:mijn |mn |m |de |het )?{AREA}\b (?:\w+ ){0,3}?(?:bevrore[n]|verdoofd|ingespote[n]|platgespoten"
    r"|verdoof[d]|bevrore[n])\b",
    rf"\b(?:voel|voelde|voelen|voelt) (?:ik |je |ge )?(?:helemaal |echt |precies |bijna )?(?:niets|niks|geen bal|niet) (?:\w+ ){{0,3}}?(?:waar|als|wanneer"
    rf"|op de plek waar) (?:\w+ ){{0,3}}?(?:{_ZITVLAK}) (?:\w+ )?(?:raak\w*|aanraak\w*|aanrak\w*|voel\w*|rust\w*|zit|zitten|contac[t])\b",
    rf"\b(?:niets|niks|geen gevoel|geen bal) (?:\w+ )?(?:bij|op|van) (?:het )?contac[t] (?:met )?(?:de |het |mijn )?{_ZITVLAK}\b",
)
#: ... de vergelijking eerst, het zitvlak erna (sessie 31AI): "net alsof mijn billen uit de vriezer kwamen", "het voelt of mijn kont
#: een nacht in de ijskast heeft gelegen" (niet eten uit de koelkast, niet "mijn handen zijn ijskoud")
SADDLE_PATTERNS += (
    r"\b(?:alsof|als of|net of|net alsof|precies of|precies alsof|gelijk of|lijkt of|lijkt het of|lijkt het alsof|voel[t] of|voelt het of"
    r"|voelde of|voelde het of) (?:\w+ ){0,2}?{AREA}\b(?: \w+){0,5}? (?:uit|in) (?:de |het |een |den |onze )?(?:vrieze[r]|diepvrie[s]|koelkas[t]"
    r"|ijskas[t]|frig[o]|vriesva[k])\b",
)
#: a sentence that opens on "the same but" goes on the one before it (session 18a): "weet je hoe je lip voelt na de
#: tandarts ? hetzelfd[e] maar dan van onder" (bot/reading/redflags.py _reading)
SAME_BUT = ("hetzelfde maar", "zelfde maar", "t zelfde maar", "net zo maar", "zo maar dan", "hetzelfde alleen")
#: ... en een die opent op een beperking tot een moment (sessie 26H): "ik word s nachts wakker. alleen als ik me omdraai"
ONLY_WHEN = (r"(?:maar |en )?(?:het is |t is |dat is |da is |is het |is t )?(?:alleen|enkel|allee[n] maar|enkel maar|pas|maar) (?:als|wanneer|bij het|terwijl) (?:ik|k|het|t)",)
#: a sentence cut off after a hedge goes on in the next one (session 19k): "mijn poep voelt soort van... niet daar?"
#: (bot/reading/redflags.py _reading)
TRAILING_HEDGE = ("soort van", "een soort van", "zoiets van")
#: een kale vraag over rugpijn en kanker, het "?" het enige werkwoord (sessie 19g): "rugpijn kanker?", "lage rugpijn = kanker ?"
#: (bot/reading/redflags.py normalise; een eigen kanker verteld blijft: "borstkanker gehad, rugpijn kanker?")
BARE_QUESTIONS = (
    (r"\b(?:is |mijn |mn |de )?(?:lage )?(rugpijn|rugklachten|pijn in (?:mijn|de) rug|ischias) *(?:=|is|betekent|->)? *(?:een )?"
     # ... or caused by it (session 27M): "rugpijn van kanker?", "rugpijn door een tumor?"
     r"(?:(?:van|door|door een|van een|vanwege|als gevolg van|ten gevolge van) *)?(kanker|tumor)\s*", r"is \1 \2 "),
)

#: fever, chills, feeling ill (Dutch-shaped patterns)
_NOT_A_UNIT = (r"(?! (?:kil[o]|kilo[s]|kg|jaa[r]|minute[n]|min|uur|ure[n]|dage[n]|weke[n]|kee[r]|procen[t]|eur[o]|mete[r]|km|stappe[n]|mense[n]|pille[n]|mg)\b)")
FEVER_PATTERNS = (
    # een kale temperatuur die terugkomt (sessie 24W): "vannacht weer 39", "opnieuw 38,5" (niet "weer 40 minuten")
    r"\b(?:weer|opnieu[w]|teru[g]) (?:tot |op |ron[d] |bijn[a] |rui[m] |bove[n] (?:de )?)?(?:3[89]|4[0-2])(?:point\d+)?\b" + _NOT_A_UNIT,
    # "beurtelings heet en koud"
    r"\b(?:beurtelings|afwisselend|om beurten) (?:\w+ )?(?:heet|warm|koud) en (?:heet|warm|koud)\b",
    r"\bkoorts(?:ig|ige|achtig|achtige|en|aanval\w*|gevoel|ig)?\b|\bkoors\b|\bkorts\b|\bkoorst\b|\bkoords\b",
    r"\brill?ing\w*|\brillerig\w*|\bril(?:t|de|den)?\b|\brill?en\b|\bbibber\w*|\bklappertand\w*",
    r"\b(?:ik )?gloei\b|\bgloeiend (?:heet|warm)\b",
    # het lijf heet, gezegd zoals in het Surinaams en West-Afrikaans (session 23Q): "mijn lijf is heet", "mijn lichaam gloeit 's avonds",
    # "mn skin is heet" (niet "een heet bad voor mijn lijf")
    r"\b(?:mijn|mn|me|m|zijn|haar|het) (?:lijf|lichaam|skin|sken) (?:is|was|voelt|voelde|werd|wordt) (?:\w+ )?(?:hee[t]|gloeien[d]|gloeiendhee[t]|koken[d]|koortsi[g])\b",
    r"\b(?:mijn|mn|me|m|zijn|haar|het) (?:lijf|lichaam) (?:gloei[t]|gloeid[e]|bran[d]t|brand[d]e) (?:\w+ ){0,2}?(?:en|,) (?:\w+ )?(?:ril\w*|beef\w*|tril\w*|zweet\w*|klappertand\w*)\b",
    r"\bnachtzwet\w*|\bzweetaanval\w*|\bzweet\w* (?:\w+ ){0,2}?s ?nachts\b|\bs ?nachts (?:\w+ ){0,2}?"
    r"(?:zweten|bezweet|nat van het zweet|badend in het zweet)\b",
    r"\bverhoging\b",
    # "zweten en beven", "thermometer zegt 38,7"
    r"\bzweten en (?:te )?(?:beven|rillen|bibberen)\b|\b(?:beven|rillen|bibberen) en (?:te )?zweten\b",
    # de rillingen verteld door de dekens (sessie 19g): "lag te trillen onder twee dekens en daarna kletsnat", "beven onder
    # het dekbed"
    r"\b(?:trill\w*|beve[n]|beefd[e]|beef) (?:\w+ ){0,2}?onder (?:(?:de|het|mijn|mn|m|twee|drie|vier|\d+) )?(?:\w+ )?"
    r"(?:dekens?|dekbed\w*|donsdeken\w*|dons|spre[i])\b",
    r"\bthermometer\b(?: \w+){0,5}? (?:3[89]|4[0-2])(?:point[0-9])?\b",  # "thermometer in and it said 38.7" (18f)
    # wat hij aangaf, met een cijfer na de komma (sessie 18f): "en hij gaf 38,7 aan", "die stond op 38,9"
    r"\b(?:hij|het|die|thermometer) (?:zei|zegt|gaf|gee[f]t|toond[e]|toon[t]|ston[d] op|sta[a]t op|wees) (?:3[89]|4[0-2])point[0-9]\b",
    r"\btemperatuur (?:van )?(?:boven )?(?:de )?(?:3[89]|4[0-2])\b",
    # not the flu jab ("griepprik", "griepvaccin")
    r"\bgriep(?!prik|vaccin|spuit|inenting|shot)\w*",
    r"\b(?:doodziek|hondsziek|kotsziek|ziek als een hond)\b",
    r"\b(?:voel|voelde|ben|word|werd) (?:me |mij |ik )?(?:\w+ )?(?:heel |erg |echt |zeer |zo |ontzettend "
    r"|verschrikkelijk |super )?(?:ziek|ellendig|beroerd|grieperig|koortsig)\b",
    r"\b(?:heel|erg|echt|zeer|ontzettend|zo|verschrikkelijk) (?:ziek|beroerd|ellendig)\b",
    r"\bvoel (?:me|mij) (?:\w+ )?(?:heel|erg|echt|zeer|ontzettend|zo) (?:slecht|rot)\b",
)

# ---- weakness getting worse: slots of the shared patterns (bot/reading/redflags.py _SHARED_WORSENING) ----
LEGWORD = ("been", "benen", "knie", "knieen")
WORSE = ("erger",)
SO_THAT = ("anders", "zodat")
SIDE = ("linker", "rechter")
FOOT_WORD = ("voet", "voorvoet", "tenen")
FOOT_NOT = ("niet ",)
CATCHES = ("haakt", "haken", "sleept", "slepen", r"struikel\w*")
WEAKER = ("zwakker", "slapper")
WEAKER_MORE = ("krachtelozer",)
EVERY_PER = ("elke", "iedere", "per", "met de", "van dag tot")
DAYS = ("dag", "dagen", "week")
EACH = ("elke", "iedere")
DAY_OR_WEEK = ("dag",)
THAN = ("dan", "als")
BEFORE_TIME = ("vorige", "gisteren", "eergisteren", "een week geleden", "enkele dagen geleden", "vorig")
GRADUALLY = ("geleidelijk", "langzaam", "stilaan", "stillekesaan", "stilletjesaan", "gaandeweg", "langzaamaan")
PARALYSED = (r"verlamd\w*", r"verlamming\w*")
#: verlamming gevraagd of gevreesd als mogelijkheid (sessie 26, lead: "kan ik verlamd geraken als ik verkeerd beweeg?"):
#: de woorden van de zin voor het woord. De check vraagt de beenvragen toch.
PARALYSIS_FEARED = (r"^(?:\w+ ){0,2}?(?:kan|kun|kunt|kunde|zal|zou|kunnen) (?:ik|je|ge|gij|men|iemand|een mens)(?: \w+){0,4}$",
                    r"\b(?:bang|schrik|angst|ongerust) (?:dat|om|voor)(?: \w+){0,4}$")
DAY_BY_DAY = ("met de dag", "van dag tot dag")
#: "zwak maar niet erger" (a negation inside the match) is stable when the match starts so
WEAK_START = ("zwak", "krachtverlies", "krachteloos", "slap")
#: een been dat af en toe begeeft: met een stabiel verloop ("maar het is precies hetzelfde, niet erger") geen verergering
#: (sessie 16b; bot/reading/redflags.py _gives_way_unchanged)
#: uitgegleden, dan de voet onder mij weg: de uitglijder, geen been dat het begeeft (sessie 21c)
SLIPPED = (r"uitgegleden", r"uitgegleed", r"uitgeschoven", r"gleed (?:\w+ ){0,3}?uit", r"schoof (?:\w+ ){0,3}?uit", r"weggegleden",
           # een val van een trap of op het ijs eerst verteld (sessie 24, tweeling van het Engelse "fell down the stairs"): "ik ben
           # van de trap gevallen, mijn voeten gingen onder mij weg"
           r"(?:van|op|langs) (?:de |het |een )?(?:\w+ )?(?:tra[p]|trappe[n]|ladde[r]|stoe[p]|stoepran[d]|ij[s]|trede[n]) (?:\w+ )?"
           r"(?:gevalle[n]|gevloge[n]|gedonder[d]|afgedonder[d])",
           r"(?:gevalle[n]|vie[l]|donderd[e]|vloo[g]) (?:\w+ ){0,2}?(?:van|op|langs) (?:de |het )?(?:tra[p]|ladde[r]|stoe[p]|ij[s])")
SLIP_CAUSE = ("omdat", "doordat", "want")
#: a cause told between the slip and the feet that went: the legs gave way first, the sign stays (session 23)
SLIP_CAUSE = ("omdat", "doordat", "want")
SWEPT_FROM_UNDER = (r"(?:ging|ginge[n]|schoot|schoten|gleed|gleden|schoof|schoven|viel|viele[n]) (?:\w+ ){0,2}?onder (?:mij|me|mijn lijf) (?:vandaa[n]|weg)",)
#: a thing that went from under the patient, named just before: the thing, not the legs (session 44X; bot/reading/redflags.py
#: _swept_by_slip): "de ladder schoof onder mij weg"
SWEPT_THING = (r"ladde[r]", r"stoe[l]", r"kruk[j]e", r"kru[k]", r"fiet[s]", r"trapj[e]", r"step[j]e")
SWEPT_LEG = (r"benen", r"been", r"knieen", r"knie", r"voeten", r"voet")
#: de voeten weg, dan een houvast verteld: bijna gevallen (sessie 24W)
SWEPT_FEET = (r"voeten", r"voet")
CAUGHT_AFTER = (r"vastgegrepen", r"vastgrijpen", r"vastgepakt", r"vastpakken", r"vasthouden", r"vastgehouden", r"opgevangen",
                r"opvangen", r"greep (?:\w+ ){0,3}?vast", r"hield (?:\w+ ){0,3}?vast", r"ving (?:\w+ ){0,3}?op",
                r"vastklampen", r"vastgeklampt")
GIVES_WAY = (r"begeeft|begeven|begaf|zakt (?:\w+ )?(?:door|weg)", r"{~knikken}|{~begeven}|{~zakken}")

#: a fall, an accident, a blow (Dutch-shaped patterns)
#: de straat waar het lichaam lag na een val (sessie 30Z; TRAUMA_PATTERNS "ik lag op de stoep")
_STREET = (r"(?:stoepran[d]|stoep|straa[t]|asfal[t]|rijbaa[n]|fietspa[d]|fietsstroo[k]|goo[t]|kasseie[n]|keie[n]|klinker[s]|trottoi[r]|wegde[k]"
               r"|weg|stoeptegel[s]|tegels)")
#: de grote dieren en de lasten waardoor iemand geplet of klemgezet wordt, en het harde waartegen (sessie 30Z)
_BEAST = r"(?:koe|koeie[n]|paar[d]|paarde[n]|stie[r]|merri[e]|hengs[t]|run[d]|vaar[s]|pin[k]|bees[t]|os|eze[l]|bul)"
_HARD_SURFACE = (r"(?:(?:de|het|een|die|dat|t|mijn|mn|zijn|haar|twee) )?(?:\w+ )?(?:\w*hek|hekwer[k]|hekke[n]|\w*muur|wan[d]|\w*deur|paa[l]|balk|afrasterin[g]"
             r"|voerhe[k]|traile[r]|aanhange[r]|wage[n]|trekke[r]|tracto[r]|vloe[r]|gron[d]|stan[g]|relin[g]|boxwan[d]|scho[t]|palle[t]|kar|auto|qua[d]"
             r"|heftruc[k]|stal|box|kooi|kast|stellin[g]|machin[e]"
             # (sessie 40C: het hek zonder h in het West-Vlaams, de poort, de omheining, een ijzeren buis of stang: "tegen de ekke")
             r"|ekk[e]|ekke[n]|poor[t]|omheinin[g]|afsluitin[g]|prikkeldraa[d]|bui[s]|buiz[e]|buize[n]|stange[n]|tralie[s]|spijle[n]|"
             + _BEAST[3:-1] + r")")
#: wat de patient raakte in het verkeer of op de piste (sessie 31AJ): een voertuig, een rijder, een bal
_VOERTUIG = (r"(?:auto|autoo[t]je|wage[n]|bus|busj[e]|bestelbu[s]|bestelbusj[e]|bestelwage[n]|vrachtwage[n]|vrachtaut[o]|truc[k]|camio[n]|taxi|tram"
                 r"|trei[n]|fietse[r]|wielrenne[r]|brommer|bromfiet[s]|scoote[r]|snorfiet[s]|moto[r]|motorrijde[r]|motorfiet[s]|tracto[r]"
                 r"|skie[r]|snowboarde[r]|automobilis[t]|chauffeu[r]|bestuurde[r]|voertui[g]|bal)")
TRAUMA_PATTERNS = (
    # languit gegaan (sessie 25M2): "ben twee keer languit gegaan op de stoep", "ging languit over een losse tegel" (niet "lag languit
    # in de zetel": liggen is geen val)
    r"\blangui[t] (?:\w+ ){0,4}?(?:gegaa[n]|gegleden|geschove[n])\b",
    r"\b(?:ging|ginge[n]|ga|gaat|gaan|gaa[t]) (?:ik |k |ze |zij |hij |we |wij |die )?(?:\w+ ){0,3}?langui[t]\b(?! (?:liggen|ligge[n]|in bed|in de zetel|op de bank|op de zetel|zitten|in bad)\b)",
    # neergeklapt in straattaal, "ben" ervoor (sessie 24T; klappen met "zijn" is vallen, met "hebben" in de handen klappen): "ben achterover
    # op de stoep geklapt", "ben van mijn brommer geklapt", "ben languit tegen de vlakte gesmakt" (niet "ben dubbel geklapt van de pijn",
    # "ben in elkaar geklapt", "het is geklapt")
    r"\bben (?:(?!(?:dubbel|elkaa[r]|ineen|pijn|schri[k]|lachen)\b)\w+ ){0,5}?(?:achterover|voorove[r]|langui[t]|plat|neer|onderuit|op|tegen|van|over|uit)"
    r" (?:(?!(?:dubbel|elkaa[r]|ineen|pijn|schri[k]|lachen)\b)\w+ ){0,3}?(?:geklap[t]|gesmak[t]|gekwak[t]|gekletst|gedonder[d]|gelazer[d]|gesodemieter[d])\b",
    # ... of in de verleden tijd, "ik" erbij (niet "mijn voet klapte neer op de stoep": een klapvoet): "ik klapte achterover op het ijs",
    # "klapte ik voorover tegen de grond"
    r"\b(?:(?:ik|k) (?:klapte|smakte|kwakt[e]|donderd[e]|lazerd[e])|(?:klapte|smakte|kwakt[e]|donderd[e]|lazerd[e]) (?:ik|k)) (?:\w+ ){0,2}?(?:achterover"
    r"|voorove[r]|langui[t]|tegen de (?:grond|vlakt[e]|vloer|stoep|muur)|op (?:de|het|mijn|mn|m) (?:\w+ )?(?:grond|vloer|stoep|stoepran[d]|straat|ijs"
    r"|tegels|trap|rug|kont|gat|billen|stuit|stuitje))\b",
    # door een voertuig geraakt, in andere woorden (sessie 22G): "van achter geschept door een scooter", "een fietser heeft me vol
    # geramd", "door een skiër omvergereden" (niet "geschept" van zand of sneeuw: "door" of "me" erbij)
    r"\b(?:geschep[t]|omvergerede[n]|omver gereden|onderstebove[n] gereden|omvergeknal[d]|omver geknal[d]|van de sokken gereden|geram[d]|gelanceer[d])"
    r" (?:\w+ ){0,2}?door\b",
    r"\b(?:van achter(?:en)?|van opzi[j]|van de zijkan[t]) (?:\w+ ){0,2}?(?:geschep[t]|geram[d]|aangereden|geraakt|aangetik[t]|omvergerede[n])\b",
    r"\bvol (?:\w+ )?(?:geschep[t]|geram[d]|aangereden|omvergerede[n])\b",
    # een voertuig, een rijder of een bal die de patient raakte (sessie 31AJ): "een bestelwagen raakte mij op het zebrapad", "de
    # wielrenner heeft me vol geschampt", "ik ben door een taxi gegrepen", "aangetikt door een bus" (niet wat ontroert: "dat
    # raakte me diep", "het nieuws heeft me geraakt"; niet "ik raakte in paniek")
    r"\b" + _VOERTUIG + r" (?:\w+ ){0,2}?(?:raakt[e]|raakte[n]|raak[t]|schampt[e]|schampte[n]|schamp[t]|tikt[e]|tikte[n]|botst[e]|botste[n]|bots[t]) (?:\w+ )?"
    r"(?:tegen |op )?(?:me|mij|ons)\b",
    r"\b" + _VOERTUIG + r" (?:\w+ ){0,2}?(?:heeft|hebben|had|hadde[n]) (?:me|mij|ons) (?:\w+ ){0,3}?(?:geraakt|geschamp[t]|aangetik[t]|gegrepe[n]"
    r"|aangereden|geschep[t]|geram[d])\b",
    r"\b(?:geraakt|geschamp[t]|aangetik[t]|gegrepe[n]|geschep[t]|geram[d]|aangereden) (?:\w+ ){0,2}?door (?:een|de|het|die|dat|zo n|zon|n|ne|nen) (?:\w+ )?"
    + _VOERTUIG + r"\b",
    r"\bdoor (?:een|de|die|zo n|zon|n|ne|nen) (?:\w+ )?" + _VOERTUIG + r" (?:\w+ ){0,3}?(?:geraakt|geschamp[t]|aangetik[t]|gegrepe[n]|geschep[t]"
    r"|geram[d]|aangereden|omvergerede[n]|omver gereden)\b",
    r"\b(?:heeft|hebben|had|is|was) (?:me|mij|ons|mn|mijn) (?:\w+ ){0,2}?(?:geschep[t]|geram[d]|omvergerede[n]|omver gereden|omvergeknal[d]|vol geraakt"
    r"|aangereden|onderstebove[n] gereden|van de sokken gereden)\b",
    r"(?<!pijn )(?<!kram[p] )\b(?:knald[e]|knalde[n]|ramd[e]|ramde[n]|reed|reden|skied[e]|board[e]|fietst[e]|beukt[e]|klapte|vloo[g]|vloge[n]) (?:\w+ ){0,2}?(?:vol |keihar[d] |zo |rech[t] )?"
    r"(?:op|tegen|in) (?:me|mij|ons)\b(?! (?:af|aan|over|in)\b)",
    # met de rug op iets gevlogen of gesmakt (sessie 22G): "vloog met mijn onderrug op de stoeprand", "met mijn stuit tegen de
    # stoep geknald"
    r"\b(?:vloo[g]|vloge[n]|gevlogen|knald[e]|geknal[d]|smakte|gesmakt|klapte|geklapt|kwam|gekomen|sloe[g]|geslagen|viel|dook|gedoke[n]|belandd[e]|belan[d])"
    r" (?:\w+ ){0,3}?met (?:mijn|mn|me|m|zijn|haar|de) (?:\w+ )?(?:rug|onderrug|stuit|stuitje|stuitbeen|billen|kont|achterst[e]|gat|heup|zij"
    r"|wervel[s]|ruggengraat) (?:\w+ ){0,2}?(?:op|tegen) (?:de|het|een|die|dat|t) (?:\w+ )?(?:stoepran[d]|stoep|rand|paal|tegels|stene[n]|straat"
    r"|grond|trap|traptred[e]|tree|vloer|beton|asfal[t]|muur|hek|stan[g]|kei|keie[n]|kasseie[n]|ijs|bank|tafel|stoel|rots|rotse[n]|paaltj[e])\b",
    # in de bus of auto die iets raakte, en tegen de stoel gesmakt (sessie 22G): "ik werd tegen de stoel voor me gesmeten"
    r"\b(?:werd|werden|ben|is|was) (?:\w+ ){0,2}?(?:tegen|op|door) (?:de|het|een) (?:\w+ )?(?:stoel|stoele[n]|voorrui[t]|dashboar[d]|stuu[r]|deur|paal"
    r"|stan[g]|leunin[g]|vloer|grond) (?:\w+ ){0,3}?(?:gesmete[n]|geslinger[d]|gegooi[d]|gekatapulteer[d]|gelanceer[d]|geknal[d]|gesmakt|geklapt|geworpe[n])\b",
    # met de rug op iets geland (sessie 21c): "met mijn onderrug op de knie van een tegenstander geland", "op mijn stuit neergekomen";
    # door een dier of iemand getrapt: "ik ben door een paard getrapt" (een vergelijking niet: NOT_A_FALL "alsof")
    r"\b(?:met|op) (?:mijn|mn|m|me|mijne|de) (?:\w+ )?(?:rug|onderrug|stuit|stuitje|kont|poep|gat|heup|ruggengraat"
    # (the seat, session 21f: "zo op mijn achterste geland")
    r"|achterst[e]|achterwer[k]|zitvla[k]|billen|staartbee[n]|stuitbee[n])\b(?: \w+){0,6}?"
    r" (?:geland|neergekomen|neergeklap[t]|neergeplof[t])\b",
    r"\bdoor (?:een|ne|nen|de|het|mijn|mn|zijn|zo een|zon) (?:\w+ )?(?:paard|pony|koe|ezel|stie[r]|geit|spele[r]|tegenstande[r]|gast|man|vent"
    r"|iemand|kere[l])\w* (?:\w+ )?(?:getrap[t]|geschopt|geslagen|omvergelopen|geram[d])\b",
    # "op het ijs geklapt, vol op mijn stuitje"
    r"\bvol op (?:mijn|mn|m|de|het) (?:\w+ )?(?:stuit\w*|rug|poep|kont|gat|billen|onderrug|staartbeen)\b",
    # een val verteld door de straat waar het lichaam lag (sessie 30Z): "ik lag ineens op de stoep", "en ik lig met mijn rug op
    # de stoeprand", "lag ik op het fietspad", "ik belandde in de goot", "ben op het asfalt beland" (niet de vloer of de grond
    # alleen: "ik lig op de grond voor mijn oefeningen"; niet "de fiets lag op straat")
    r"\b(?:(?:ik|k) (?:\w+ ){0,2}?(?:lig|lag|belandd[e]|belan[d]|eindigd[e]|landd[e])|(?:lig|lag|belandd[e]|eindigd[e]|landd[e]) (?:ik|k))\b (?:\w+ ){0,5}?"
    r"(?:op|in|tegen) (?:(?:de|het|t|een) (?:\w+ )?)?" + _STREET + r"\b(?! (?:af|op|in|over|lang[s])\b)"
    # ... niet liggen om te wachten of te rusten (sessie 31AG): "ik lag op de stoep te wachten tot de bus kwam"
    r"(?! (?:\w+ ){0,3}?(?:te wachte[n]|wachte[n]|wacht[t]e|te ruste[n]|uit te ruste[n]|te zonne[n]|te slapen|in de rij)\b(?!(?: \w+){0,4}? (?:ambulanc[e]|ziekenwage[n]|ambu|112)\b))",
    r"\b(?:op|in) (?:de|het|t|een) (?:\w+ )?" + _STREET + r" (?:\w+ ){0,2}?(?:belan[d]|beland[t]|terechtgekomen|terecht gekomen|gekwakt"
    r"|geslinger[d]|gelanceer[d])\b",
    r"\b(?:kwam|kwamen|kwam ik|kwam ze|kwam hij)\b(?: \w+){0,3}? (?:op|in) (?:de|het|t|een) (?:\w+ )?" + _STREET + r" (?:\w+ ){0,2}?terecht\b",
    # tegen een portier dat openging gereden (sessie 30Z): "ik reed tegen een openzwaaiend portier", "knalde op een autodeur die
    # openging", "iemand gooide zijn portier open tegen mij aan" (niet een portier dat openging zonder klap)
    r"\b(?:reed|reden|fietst[e]|fietste[n]|knald[e]|knalde[n]|botst[e]|botste[n]|klapte|vloo[g]|ramd[e]|smakte|gereden|gefietst|geknal[d]|gebotst|geklapt"
    r"|gevlogen|gesmakt) (?:\w+ ){0,3}?(?:tegen|in|op) (?:een|het|de|dat|die|zijn|haar|zo een|zon) (?:\w+ )?(?:portie[r]|autoportie[r]|autodeu[r]"
    r"|deu[r] van (?:een|de|die) auto|autodeu[r]en)\b",
    r"\b(?:gooid[e]|gooi[t]|zwaaid[e]|zwaai[t]|smee[t]|deed|trok|gooide[n]|zwaaide[n]) (?:\w+ ){0,3}?(?:portie[r]|autoportie[r]|autodeu[r]|deur) (?:\w+ )?open"
    r" (?:\w+ )?(?:tegen|op|in) (?:mij|me|ons|mijn fiets|mn fiets|mijn wiel|mn wiel|mijn stuu[r]|mn stuu[r])\b",
    # geplet of klemgezet door een dier of een last (sessie 30Z): "de koe drukte me tegen het hek", "het paard heeft me tegen
    # de stalmuur geplet", "ik zat klem tussen de stier en het hek", "ik kreeg het volle gewicht van de koe op mijn rug" (niet
    # een zenuw die klem zit, niet een knuffel)
    r"\b(?:drukt[e]|drukte[n]|duwd[e]|duwde[n]|klemd[e]|klemde[n]|plett[e]|plette[n]|perst[e]|perste[n]|ramd[e]|ramde[n]|mangeld[e]|kneld[e]|druk[t]|duwt|klem[t]|plet|pers[t])"
    r" (?:me|mij|ons) (?:\w+ ){0,3}?(?:klem |vast |plat )?(?:tegen|tussen|onder) " + _HARD_SURFACE + r"\b",
    r"\b(?:me|mij|ons) (?:\w+ ){0,2}?(?:klemgeze[t]|klem geze[t]|geple[t]|geklem[d]|ingeklem[d]|vastgeklem[d]|gedruk[t]|vastgedruk[t]|platgedruk[t]|gepers[t]"
    r"|gemangel[d]|geknel[d]) (?:tegen|tussen|onder) " + _HARD_SURFACE + r"\b",
    r"\b(?:me|mij|ons) (?:\w+ ){0,3}?(?:tegen|tussen|onder) " + _HARD_SURFACE + r"(?: \w+){0,4}? (?:geple[t]|klemgeze[t]|klem geze[t]|geklem[d]|ingeklem[d]"
    r"|vastgeklem[d]|gedruk[t]|vastgedruk[t]|platgedruk[t]|plat gedruk[t]|gepers[t]|gemangel[d]|geknel[d]|beknel[d]|geram[d]|gesmete[n])\b",
    r"\b(?:(?:ik|k) (?:zat|zit|kwam|raakte|werd|was|ston[d]|lag|ben|heb)|(?:zat|zit|kwam|raakte|werd|was|ston[d]|lag) (?:ik|k))\b (?:\w+ )?(?:klem|beknel[d]|geknel[d]"
    r"|geklem[d]|ingeklem[d]|vastgeklem[d]|geple[t]|klem gezeten|klem komen te zitten|beknel[d] geraakt) (?:\w+ ){0,2}?(?:tussen|tegen|onder) (?:\w+ ){0,4}?"
    + _HARD_SURFACE + r"\b",
    r"\b(?:voll[e]|hele|gehel[e]|complet[e]|volledig[e]) gewicht van (?:de|het|een|die|dat|mijn|mn|onze|zijn|haar) (?:\w+ )?" + _BEAST + r"\b",
    r"\b" + _BEAST + r"\b(?: \w+){0,8}? (?:met )?(?:zijn|haar|z n|zn|heel zijn|heel haar) (?:voll[e] |hele )?gewicht (?:\w+ ){0,2}?(?:op|tegen) (?:me|mij|mijn|mn)\b",
    r"\bop (?:het|de) (?:ijs|grond|vloer|tegels|trap|stoep|straat|beton|terras)\b (?:\w+ ){0,2}?(?:geklapt|gesmakt|gedonderd"
    r"|gevlogen|gekwakt|gekletst|neergesmakt|gevallen)\b",
    # ... gegleden of onderuit, zonder "gegaan" (sessie 33K): "op de gladde stoep gegleden", "op de ijzel weggegleden en plat op mijn rug",
    # "onderuit op het bevroren fietspad", "gevloerd op het ijs" (niet "de pijn is naar mijn been gegleden": een gladde plek genoemd)
    r"\bop (?:het|de|t|een) (?:\w+ )?(?:ijs|ijze[l]|sneeu[w]|ijsbaa[n]|tra[p]|tree[d]|trede[n]|stoe[p]|stoepran[d]|stoeptegel[s]|tegel[s]|fietspa[d]"
    r"|kasseie[n]|klinker[s]|plavuize[n]|natt[e] vloe[r]|gladd[e] vloe[r]) (?:\w+ ){0,2}?(?:geglede[n]|weggeglede[n]|onderui[t]|gevloer[d])\b",
    r"\b(?:onderui[t]|gevloer[d]|geglede[n]|weggeglede[n]) (?:\w+ )?op (?:het|de|t|een) (?:\w+ )?(?:ijs|ijze[l]|sneeu[w]|ijsbaa[n]|tra[p]|stoe[p]"
    r"|stoepran[d]|fietspa[d]|kasseie[n]|plavuize[n])\b",
    # op het zitvlak of de rug gegaan, geknald (sessie 24U): "ben op mijn gat gegaan op het ijs", "zo op mijn rug geknald" (niet
    # "op mijn rug gegaan liggen")
    r"\bop (?:mijn|mn|m|me|zn|zijn|haar|ons) (?:\w+ )?(?:gat|kont|poep|rug|onderrug|stuit|stuitje|achterst[e]|billen|bek|muil|snui[t]|smoe[l])"
    r" (?:gegaa[n]|geknal[d]|gesmak[t]|gedonder[d]|gekwak[t]|geflikker[d]|gevloge[n])\b(?! (?:liggen|zitten|slapen|ruste[n])\b)",
    # Dutch
    r"\bgevall?en\b|\bgevalle\b|\bgevalln\b",
    r"\bviel\b",
    # toch onderuit na een greep (sessie 19g): "greep de leuning maar ging toch onderuit", "kon me vastpakken maar lag alsnog op de
    # grond" (een greep alleen is geen val: NOT_A_FALL)
    r"\b(?:ging|ginge[n]|ga|gaat|ben|is|was|lag|beland[d]e) (?:ik |k )?(?:toch|alsno[g]|evengoe[d]|toch nog|dan toch|uiteindelij[k] toch"
    r"|uiteindelij[k]) (?:\w+ )?(?:onderuit|tegen de grond|tegen de vlakt[e]|op de grond|op de vloer|op mijn rug|op mijn kont)\b",
    r"\b(?:een|de|na|door|bij|sinds|zware|flinke|lelijke|harde|stevige|serieuze|ernstige|domme|rare"
    r"|slechte) (?:\w+ )?val\b(?! af\b)",
    r"\bval (?:van|uit) (?:de|het|mijn|mn|een)\b|\bval op (?:mijn|mn|de|het|m)\b",
    r"\bvalpartij\w*|\bvalincident\w*",
    r"\b\w{0,20}ongeval\w*",
    r"\b\w{0,20}ongeluk\b",
    r"\b(?:aanrijding|aangereden|botsing|gebotst|kop ?staart\w*|getackled|getackeld|neergesmakt"
    r"|gesmakt|onderuit gegaan|onderuitgegaan|onderuit gegleden|uitgegleden|uitgegleed|uitgeschoven"
    r"|gestruikeld|getuimeld|omgevallen|neergevallen|verongelukt|geklapt op)\b",
    r"\b(?:ben|werd|word|wordt|is|was) (?:\w+ ){0,2}?(?:geslagen|geschopt|omvergelopen|omver gelopen"
    r"|geraakt door|aangevallen|omgeduwd|geduwd)\b",
    # "de trap" is the stairs, no kick (session 17e): "ik krijg mezelf de trap bijna niet meer op"
    r"\b(?:kreeg|gekregen|krijgen|krijg) (?:\w+ ){0,2}?(?:klap|slag|stoot|schop|(?<!\bde )(?<!\bdie )trap|duw|smak|opdoffer"
    r"|opduvel|mep)\b",
    r"\b(?:klap|slag|stoot|schop|smak|opdoffer|mep) (?:\w+ ){0,4}?(?:gekregen|gehad|gemaakt)\b",
    r"\been (?:\w+ )?(?:knie|elleboog|schop|trap)(?: vol)? (?:in|op|tegen)"
    r" (?:mijn|mn|m|de|t|het) (?:\w+ )?(?:rug|onderrug|lende\w*|stuit\w*|zij|poep|kont)\b",
    # iemands knie in de rug (sessie 18c): "hij ramde zijn knie vol in mijn onderrug", "kreeg z'n knie pal in mijn rug" (niet
    # "de pijn trekt van mijn knie naar mijn rug": een knie van de patient zelf is geen klap)
    r"\b(?:zijn|zn|z n|haar|hun|ne|nen|iemand zijn|iemand[s]) (?:\w+ )?(?:knie|schoe[n]|voet|hel[m]|noppe[n]|schoude[r])(?: vol| pal| rech[t]| keihar[d]| hard)?"
    r" (?:in|op|tegen) (?:mijn|mn|m|me|mijne) (?:\w+ )?(?:rug|onderrug|lende\w*|stuit\w*|zij|niere[n]|ruggengraat)\b",
    # down the stairs: "ik ben de trap afgedonderd", "gleed de hele trap af op mijn rug" (not walking: "ik liep de trap af")
    r"\b(?:trap|trappe[n]|trede[n]|trapj[e]|trapk[e]|keldertra[p]|zoldertra[p]) (?:\w+ )?af(?:gedonder[d]|gevalle[n]|getuimel[d]|geglede[n]|gerol[d]"
    r"|gekletter[d]|geroetsj[t]|gesukkel[d]|gelazer[d]|gevloge[n]|gekwak[t]|gesodemieter[d])\b",
    r"\b(?:glee[d]|glede[n]|donderd[e]|donderde[n]|tuimeld[e]|rold[e]|kletterd[e]|viel|vloo[g]|sukkeld[e]|roetsjt[e]|lazerd[e]|kwakt[e])\b(?: \w+){0,4}? "
    r"(?:trap|trappe[n]|trede[n]|trapj[e]|trapk[e]|keldertra[p]|zoldertra[p])\b(?: \w+){0,3}? af\b",
    # fallen off something: "ben van mijn fiets afgevallen", "van de ladder afgetuimeld" (afgevallen is also weight lost)
    r"\bvan (?:mijn|mn|m|de|het|t|ne|nen|een|den|zo een|zon) (?:\w+ )?af(?:gevalle[n]|getuimel[d]|gedonder[d]|geglede[n]|gekukel[d])\b",
    # ... zonder "af" (sessie 27K): "hij is van de ladder gedonderd", "ben van mijn fiets gekukeld", "van het dak gekomen" (komen
    # alleen van een hoogte: "van de trein gekomen" is uitgestapt)
    r"\bvan (?:mijn|mn|m|de|het|t|ne|nen|een|den|zijn|zn|haar|zo een|zon) (?:\w+ )?(?:ladde[r]|trapladde[r]|keukentra[p]|trapj[e]|da[k]|steige[r]"
    r"|stellin[g]|paar[d]|pon[y]|boo[m]|muu[r]|hoogwerke[r]|fiet[s]|brommer|moto[r]|scoote[r]|stoe[l]|krukj[e]|tafe[l]) (?:\w+ ){0,2}?(?:gedonder[d]"
    r"|gekukel[d]|gelazer[d]|geflikker[d]|gesodemieter[d]|getuimel[d]|gevloge[n]|gekwak[t]|gesmak[t]|gedonderd)\b",
    r"\b(?:ben|is|zijn|was|waren|bent) (?:\w+ ){0,3}?van (?:mijn|mn|m|de|het|t|ne|nen|een|den|zijn|zn|haar|zo een|zon) (?:\w+ )?(?:ladde[r]"
    r"|trapladde[r]|da[k]|steige[r]|stellin[g]|paar[d]|pon[y]|boo[m]|hoogwerke[r]) (?:\w+ ){0,2}?gekome[n]\b(?! (?:om|omda[t]|en toen|toen)\b)",
    # rear-ended: "knalde er eentje vol achterop mn auto", "iemand reed achterop mijn wagen", "er reed iemand op mij in"
    # (not riding pillion: "mijn dochter reed achterop bij mij" names no car)
    r"\b(?:knald[e]|knalde[n]|geknal[d]|botst[e]|botste[n]|gebots[t]|klapt[e]|klapte[n]|geklap[t]|ramd[e]|ramde[n]|geram[d]|vloo[g]|vloge[n]|gevloge[n])"
    r"(?: \w+){0,3}? achtero[p]\b",
    # in de tegenwoordige tijd verteld (sessie 18c): "n of andere gast knalt vol achterop me polo", "er botst een busje
    # achterop ons"
    r"\b(?:knal[t]|bots[t]|klap[t]|ram[t]|vlieg[t]|beuk[t]|rij[d]t|knalle[n]|botse[n]|rame[n]|beukt[e])(?: \w+){0,3}? achtero[p]"
    r"(?: (?:mijn|mn|m|me|mijne|onze|ons|de|het|zijn|haar|die|een) (?:\w+ )?(?:auto|wage[n]|bumpe[r]|achterkan[t]|koffe[r]|polo|golf|cli[o]"
    r"|twing[o]|fiest[a]|cors[a]|kar|bak|busj[e]|camionett[e]|bestelwage[n])| in| mij| me| ons| op mij| op ons)\b",
    r"\b(?:reed|rede[n]|gerede[n]|kwam|kwame[n]|knald[e]|botst[e]|klapt[e])(?: \w+){0,3}? (?:achtero[p]|achteraa[n]|van achte[r]|van achtere[n])"
    r" (?:in |op |tege[n] )?(?:mijn|mn|m|onze|ons|de|het|zijn|haar|die|een) (?:\w+ )?(?:auto|wage[n]|bumpe[r]|achterkan[t]|koffe[r])\b",
    r"\b(?:achtero[p]|achteraa[n]|van achte[r]|van achtere[n]|achter(?= (?:in|op|tege[n]) )) (?:in |op |tege[n] )?(?:mijn|mn|onze|ons|de|het|zijn|haar) (?:\w+ )?"
    r"(?:auto|wage[n]|bumpe[r]|achterkan[t]) (?:\w+ )?(?:gerede[n]|geknal[d]|gebots[t]|gevloge[n]|geklap[t]|ingerede[n])\b",
    r"\b(?:reed|rede[n]|knald[e]|knalde[n]|botst[e]|botste[n]|klapt[e]|klapte[n]|vloo[g]|vloge[n]) (?:\w+ ){0,3}?(?:op|tege[n]) (?:mij|me|ons)"
    r" (?:\w+ )?in\b",
    # achterop de patient zelf, in de verleden tijd (sessie 25Z, jumeau van "knalt vol achterop ons"): "iemand reed achterop mij
    # bij de rotonde", "er kwam een bestelbus achterop ons" (niet "mijn dochter reed achterop bij mij": achterop de fiets)
    r"\b(?:reed|rede[n]|kwam|kwame[n]|knald[e]|knalde[n]|botst[e]|botste[n]|klapt[e]|klapte[n]|vloo[g]|vloge[n]|ramd[e]|ramde[n]"
    r"|beukt[e]|beukte[n]|schoo[f]|schove[n]) (?:\w+ ){0,3}?achter ?o[p] (?:mij|me|mie|ons)\b",
    r"\b(?:op|tegen) (?:\w+ ){0,3}?(?:ingereden|ingebotst)\b|\b(?:opgereden|omver ?gereden|overreden|aangefietst)\b",
    # achterop gereden of "ezeten" door een voertuig of iemand (sessie 21d, refresh 29): Achterhoeks "wi'j bunt vrijdag
    # achterop ezeten deur 'n busje", "vrijdag achterop gereden door een bestelwagen", "iemand is achterop mij gereden" (niet
    # achterop zitten bij iemand: "ik heb bij mijn broer achterop gezeten op de brommer", "achterop door de stad")
    r"\b(?:achtero[p]|van achte[r]|van achtere[n]) (?:\w+ ){0,2}?(?:gerede[n]|erede[n]|gezete[n]|ezete[n]|geknal[d]|gebots[t]"
    r"|geklap[t]|geram[d]|gebeuk[t]|geraak[t]|aangerede[n]) (?:door|deur|duur|van) (?:een |ne |nen |n |de |den |die |dat |zo een |zon "
    r"|een of andere |ne of andere )?(?:\w+ )?(?:\w*busj[e]|\w*bu[s]|\w*aut[o]|\w*wage[n]|camio[n]|camionett[e]|bestelwage[n]|bestelbu[s]"
    r"|vrachtwage[n]|vrachtaut[o]|truc[k]|tax[i]|tracto[r]|jee[p]|su[v]|bestuurde[r]|chauffeu[r]|iemand|gast|ven[t]|kere[l]|mens"
    r"|vrouw|man|idioo[t]|zatla[p]|dronkaar[d])\b",
    r"\b(?:is|zijn|was|waren|bunt|bint|bin) (?:\w+ ){0,2}?achtero[p] (?:mij|me|mie|ons|mijn|mn|m|mijne|onze) (?:\w+ )?(?:gerede[n]"
    r"|erede[n]|geknal[d]|gebots[t]|geklap[t]|gevloge[n]|ingerede[n]|geram[d]|gebeuk[t])\b",
    # achter op of in de zijkant van de eigen auto, in twee woorden (sessie 20a): "een busje is achter op mijn auto geknald", "ne
    # camion is in de zijkant van mijne wagen gereden"
    r"\b(?:achter o[p]|(?:in|tegen) de zijkan[t] van|(?:in|tegen) de flan[k] van) (?:mijn|mn|m|me|mijne|onze|ons|de|het|zijn|haar)"
    r" (?:\w+ )?(?:auto|wage[n]|bumpe[r]|achterkan[t]|koffe[r]|busj[e]|camionett[e]) (?:\w+ )?(?:gerede[n]|geknal[d]|gebots[t]"
    # (Limburgs "gereje", "ingereje": gereden, sessie 33K)
    r"|gevloge[n]|geklap[t]|ingerede[n]|geram[d]|gebeuk[t]|gebon[s]d|gerej[e]|gereeje|ingerej[e]|ingereeje)\b",
    # ... in de verleden tijd (sessie 33K): "een busje reed achter op mijn auto", "knalde er een vrachtwagen achter op onze wagen"
    r"\b(?:reed|rede[n]|knald[e]|knalde[n]|botst[e]|botste[n]|klapt[e]|ramd[e]|beukt[e]|vloo[g]) (?:\w+ ){0,3}?achter ?o[p] (?:mijn|mn|m|me|mijne|onze|ons)"
    r" (?:\w+ )?(?:auto|wage[n]|bumpe[r]|busj[e]|camionett[e])\b",
    r"\b(?:reed|rede[n]|knald[e]|knalde[n]|botst[e]|botste[n]|klapt[e]|ramd[e]|beukt[e]|vloo[g]|rijd[t]|knal[t]|bots[t]) (?:\w+ ){0,3}?"
    r"(?:in|tegen) de (?:zijkan[t]|flan[k]) van (?:mijn|mn|m|me|mijne|onze|ons|de|het|zijn|haar) (?:\w+ )?(?:auto|wage[n]|busj[e]"
    r"|camionett[e])\b",
    # een voertuig tegen de eigen auto, met een gewoon werkwoord (sessie 28I, de rode-vlag-tweeling van antwoorden 28D): "er reed
    # een bestelwagen in mijn koffer", "een vrachtwagen ramde mijn auto", "een taxi tikte mijn auto aan", "een bestelbus heeft
    # onze auto geraakt", "iemand botste achteraan op ons" (niet "ik reed in mijn auto naar huis", "reed mijn auto aan de kant";
    # een auto geraakt zonder iemand erin: NOT_ABOARD)
    r"\b(?:reed|rede[n]|knald[e]|knalde[n]|botst[e]|botste[n]|ramd[e]|ramde[n]|beukt[e]|beukte[n]|klapt[e]|vloo[g]|donderd[e]|vlamd[e]"
    r"|rij[d]t|knal[t]|bots[t]) (?:\w+ ){0,3}?(?:in|tegen|op) (?:mijn|mn|m|me|mijne|onze|ons) koffe[r]\b",
    r"\btegen (?:de (?:achterkan[t]|zijkan[t]|voorkan[t]) van )?(?:mijn|mn|m|me|mijne|onze|ons) (?:(?:eigen|nieuw[e]|oud[e]|klein[e]|leas[e]) )?(?:auto|wage[n]|busj[e]|camionett[e]|bestelwage[n]|bestelbu[s]|tax[i]|jee[p]|su[v]|wagentj[e]|koffe[r]|achterkan[t]) (?:(?:vol|keihar[d]|hard|frontaa[l]|gewoo[n]|zo) )*(?:aan)?(?:gerede[n]|geknal[d]|gebots[t]|geram[d]|gebeuk[t]|gevlam[d]|gedonder[d]|geklap[t])\b",
    r"\b(?:reed|rede[n]|knald[e]|knalde[n]|botst[e]|botste[n]|ramd[e]|ramde[n]|beukt[e]|beukte[n]|klapt[e]|vloo[g]|donderd[e]|vlamd[e]|rij[d]t|knal[t]|bots[t]) (?:\w+ ){0,3}?tegen (?:de (?:achterkan[t]|zijkan[t]|voorkan[t]) van )?(?:mijn|mn|m|me|mijne|onze|ons) (?:(?:eigen|nieuw[e]|oud[e]|klein[e]|leas[e]) )?(?:auto|wage[n]|busj[e]|camionett[e]|bestelwage[n]|bestelbu[s]|tax[i]|jee[p]|su[v]|wagentj[e]|koffe[r]|achterkan[t])\b",
    r"\b(?:in|tegen|op) (?:mijn|mn|m|me|mijne|onze|ons) koffe[r] (?:\w+ ){0,2}?(?:gerede[n]|geknal[d]|gebots[t]|geram[d]|gebeuk[t]|ingerede[n]"
    r"|gevlam[d]|gedonder[d]|geklap[t])\b",
    r"(?<!\bik )\b(?:ramd[e]|ramde[n]|ram[t]|beukt[e]|beukte[n]|beuk[t]|schept[e]|schepte[n]|schep[t]) (?:\w+ ){0,2}?"
    r"(?:(?:mijn|mn|m|me|mijne|onze|ons) (?:(?:eigen|nieuw[e]|oud[e]|klein[e]|leas[e]) )?(?:auto|wage[n]|busj[e]|camionett[e]|bestelwage[n]|bestelbu[s]|tax[i]|jee[p]|su[v]|wagentj[e]|bak|kar)|ons|mij|me)\b",
    r"(?<!\bik )\b(?:reed|rede[n]|rij[d]t|tikt[e]|tikte[n]|tik[t]) (?:\w+ ){0,2}?(?:(?:mijn|mn|m|me|mijne|onze|ons) (?:(?:eigen|nieuw[e]|oud[e]|klein[e]|leas[e]) )?(?:auto|wage[n]|busj[e]|camionett[e]|bestelwage[n]|bestelbu[s]|tax[i]|jee[p]|su[v]|wagentj[e]|bak|kar)|ons|mij|me)"
    r" (?:(?:in de (?:flan[k]|zijkan[t]|achterkan[t])|van achter(?:en)?|achteraa[n]|vol|keihar[d]|hard|frontaa[l]|zomaa[r]|gewoo[n]|lichtje[s]"
    r"|eve[n]) )*aan\b(?! (?:de|het|een|t|mijn|mn|onze) )",
    r"\b(?:heeft|hebben|had|hadde[n]|is|was|werd|werden|zijn) (?:\w+ ){0,2}?(?:mijn|mn|m|me|mijne|onze|ons) (?:(?:eigen|nieuw[e]|oud[e]|klein[e]|leas[e]) )?(?:auto|wage[n]|busj[e]|camionett[e]|bestelwage[n]|bestelbu[s]|tax[i]|jee[p]|su[v]|wagentj[e]|bak|kar) (?:\w+ ){0,3}?"
    r"(?:geraak[t]|geram[d]|gebeuk[t]|geschep[t]|aangetik[t]|aangerede[n]|in elkaa[r] gerede[n]|totaa[l] los[s] gerede[n])\b",
    r"\b(?:mijn|mn|onze) (?:(?:eigen|nieuw[e]|oud[e]|klein[e]|leas[e]) )?(?:auto|wage[n]|busj[e]|camionett[e]|bestelwage[n]|bestelbu[s]|tax[i]|jee[p]|su[v]|wagentj[e]|bak|kar) (?:\w+ ){0,3}?(?:werd|is|was|ben) (?:\w+ ){0,3}?(?:geraak[t]|geram[d]|gebeuk[t]|geschep[t]"
    r"|aangetik[t])\b",
    r"\b(?:botst[e]|botste[n]|knald[e]|knalde[n]|ramd[e]|ramde[n]|reed|rede[n]|klapt[e]|vloo[g]|beukt[e]|bots[t]|knal[t]) (?:\w+ ){0,2}?"
    r"(?:achteraa[n]|van achter(?:en)?|lang[s] achter|vol|keihar[d]) (?:op|in|tegen) (?:ons|mij|me)\b",
    # de knie of elleboog van een ander (sessie 20a): "kreeg ik de knie van zon gast vol in mn onderrug bij een duel" (niet
    # "de pijn trekt van de knie van mijn linkerbeen naar mijn rug": een knie van de patient zelf is geen klap)
    r"\b(?:de|een|ne|nen|die) (?:knie|elleboog|schoe[n]|voet|schoude[r]|kop|hel[m]) van (?!(?:mijn|mn|m|me|mijne)\b)(?:\w+ ){1,3}?"
    r"(?:vol |pal |rech[t] |keihar[d] |hard )?(?:in|op|tegen) (?:mijn|mn|m|me|mijne|de) (?:\w+ )?(?:rug|onderrug|lende\w*|stuit\w*|zij"
    r"|niere[n]|ruggengraat)\b",
    r"\b(?:mis ?gestapt|(?:trede|tree|stap) (?:\w+ )?gemist)\b",
    # a rung missed on a ladder or steps: "op da plooitrapke ne sport gemist"
    r"\b(?:ladder\w*|\w*trap\w*)\b(?: \w+){0,4}? (?:een |de )?(?:sport\w*|tred\w*|tree\w*) (?:\w+ )?gemist\b",
    r"\b(?:sport\w*|tred\w*|tree\w*) (?:van|op|aan) (?:de |het |dat |die |mijn |mn )?(?:\w+ )?(?:ladder\w*|\w*trap\w*)\b"
    r"(?: \w+){0,2}? gemist\b",
    # down the steps onto the back: "vier, vijf treden naar beneden op mijne rug gekletst"
    r"\b(?:naar beneden|naar onder|omlaag|achterover|tred\w*|trap\w*|sport\w*|meter)\b(?: \w+){0,3}? (?:op|met) "
    r"(?:mijn|mn|m|me|mijne|de|het) (?:\w+ )?(?:rug|onderrug|stuit\w*|poep|kont|gat|billen|zij|heup|hoofd|staartbeen) "
    r"(?:\w+ ){0,2}?(?:gekletst|gekwakt|gesmakt|geklapt|gedonderd|gevlogen|geland|terechtgekomen|gevallen"
    r"|getuimeld|gesukkeld|gelazerd|gesodemieterd)\b",
    r"\b(?:klap|slag|stoot|schop|smak|mep) (?:op|tegen) (?:mijn|mn|m|de|het) (?:\w+ )?(?:rug|hoofd|stuit"
    r"|stuitje|zij|heup|onderrug|ruggengraat|wervel\w*|poep|kont|gat)\b",
    r"\b(?:harde|flinke|stevige|zware|lelijke) (?:klap|smak|slag|stoot|dreun\w*|knal|opdoffer)\b",
    # "een klap van jewelste" (not "een pijn van jewelste")
    r"\b(?:klap|smak|slag|stoot|dreun\w*|knal|opdoffer|mep|lel|tik) van (?:jewelste|formaat)\b",
    # something struck the back: "een tak zwiepte terug en knalde vol tegen mijn onderrug" (not "de stress slaat op
    # mijn rug", "het schoot in mijn rug", "er knalde iets in mijn rug", "kwak wat zalf op mijn rug": no "slaan", no
    # "in", no verb that also puts a thing somewhere)
    r"\b(?:ge)?(?:knal|beuk|ram|bonk)(?:de|den|te|ten|t|d)? (?:\w+ ){0,2}?(?:vol |hard |kei ?hard |pal )?"
    r"(?:op|tegen) (?:mijn|mn|m|de|het) (?:\w+ )?(?:rug|onderrug|stuit\w*|lende\w*|ruggengraat|wervel\w*|heup|zij"
    r"|nier\w*)\b",
    r"\b(?:op|met) (?:mijn|mn|m|de|het) (?:rug|stuit|stuitje|stuitbeen|poep|kont|gat|billen|zij|heup"
    r"|onderrug|hoofd) (?:\w+ ){0,2}?(?:geland|terechtgekomen|terecht gekomen|neergekomen"
    r"|neer gekomen|gesmakt|gedonderd|geklapt)\b",
    # ... beland op het zitvlak, en van een zitting of een rijdier gegleden (sessie 32AX): "ik ben op mijn stuitje beland",
    # "ze gleed van de kruk af", "hij is van de bank gegleden"
    r"\b(?:op|me[t]) (?:mij[n]|mn|m|de|he[t]|haa[r]|zij[n]) (?:\w+ )?(?:stui[t]|stuitj[e]|stuitbee[n]|staartbee[n]|poe[p]|kon[t]|bille[n]|bip[s]|zitvla[k]|achterwer[k]"
    # (not "het vliegtuig is op het achterste deel geland", session 33)
    r"|achterst[e](?! (?:dee[l]|gedeelt[e]|stu[k])\b)) (?:\w+ ){0,2}?(?:belan[d]|belandd[e]|beland[t]|gelan[d]|landd[e]"
    # ... terechtgekomen, ook zonder "ik" (sessie 33K): "ben hard op mijn zitvlak en rug terechtgekomen"
    r"|terechtgekome[n]|terecht gekome[n]|neergekome[n]|neer gekome[n])\b",
    r"\bvan (?:de|he[t]|ee[n]|mij[n]|mn|zij[n]|haa[r]) "
    r"(?:kru[k]|krukj[e]|ban[k]|bankj[e]|stoe[l]|tuinstoe[l]|stoeltj[e]|zete[l]|fauteui[l]|be[d]|pon[y]|paar[d]) (?:\w+ ){0,2}?(?:geglede[n]|afgeglede[n]|af ?geglede[n]|gevalle[n]"
    r"|getuimel[d]|afgetuimel[d])\b|\b(?:glee[d]|glede[n]|vie[l]|tuimeld[e]) (?:\w+ )?va[n] (?:de|he[t]|ee[n]|mij[n]|mn|zij[n]|haa[r]) (?:kru[k]|krukj[e]|ban[k]|bankj[e]"
    r"|stoe[l]|tuinstoe[l]|zete[l]|fauteui[l]|be[d]|pon[y]|paar[d])\b",
    # het scheidbare werkwoord gesplitst, ook van een ander (sessie 27S): "ik kwam hard op mijn kont terecht", "ze kwam op haar
    # achterste neer", "hij landde op zijn stuit"
    r"(?<!pijn )(?<!pijne[n] )(?<!stee[k] )(?<!steke[n] )(?<!kram[p] )(?<!scheu[t] )(?<!\bzeer )"
    r"\b(?:kwam|kwamen|komt|kom|kwam ik|kwam ze|kwam hij)\b(?: \w+){0,3}? op (?:mijn|mn|m|me|mijne|haar|zijn|zn|z n|de|het|hare|ze|zen|zijn[e])"
    r" (?:\w+ )?(?:rug|onderrug|stuit\w*|poep|kont|gat|billen|achterwerk|achterst[e]|zitvlak|staartbee[n]|bips|reet|kren[t]|heup|zij)"
    r" (?:\w+ ){0,3}?(?:terecht|neer)\b",
    r"\b(?:landd[e]|landde[n])\b(?: \w+){0,3}? op (?:mijn|mn|m|me|mijne|haar|zijn|zn|z n|de|het|hare|ze|zen|zijn[e])"
    r" (?:\w+ )?(?:rug|onderrug|stuit\w*|poep|kont|gat|billen|achterwerk|achterst[e]|zitvlak|staartbee[n]|bips|reet|kren[t])\b",
    r"\bvan (?:de|het|een|mijn|mn) (?:trap|ladder|fiets|paard|brommer|moto|motor|dak|stoel|tafel"
    r"|stelling|steiger|trampoline"
    # (a stair or a ladder named by its place, session 21f: "van de zoldertrap gedonderd", "van de keukentrap gekukeld")
    r"|zoldertra[p]|keldertra[p]|keukentra[p]|buitentra[p]|houte[n] trap|stene[n] trap|huisladde[r]|keukenladde[r]|vouwladde[r]"
    r"|trapladde[r]|schilderslade[r]|zolderladde[r]|zoldertrapj[e]|trapj[e]) (?:\w+ ){0,2}?(?:gedonderd|gesodemieterd|getuimeld|gegleden"
    r"|gevlogen|afgegaan|gelazerd|gesukkeld|geflikker[d]|gekukel[d]|gesjees[d]|gedonder[d])\b",
    # de trap af, los geschreven (sessie 16b): "ben de trap af gestuiterd op mijn stuit"; "gleed zo 5 treden naar beneden"
    r"\b(?:trap|trappe[n]|trede[n]|trapj[e]|trapk[e]|keldertra[p]|zoldertra[p]) (?:\w+ )?af (?:gestuiter[d]|gedonder[d]|gevalle[n]"
    r"|getuimel[d]|geglede[n]|gerol[d]|gekletter[d]|gevloge[n]|gekwak[t]|gebots[t])\b",
    # een aantal treden, dan de landing (sessie 16c): "ben zo 5 of 6 treden op mijn stuit naar beneden gestuiterd"
    r"\b(?:tred\w*|tree[n]|trap\w*)\b(?: \w+){0,4}? (?:naar beneden|naar onder|omlaag|af) (?:gestuiter[d]|gedonder[d]|gevalle[n]"
    r"|getuimel[d]|geglede[n]|gerol[d]|gekletter[d]|gevloge[n]|gebots[t]|gekwak[t])\b",
    r"\b(?:glee[d]|glede[n]|donderd[e]|tuimeld[e]|rold[e]|kletterd[e]|viel|vloo[g]|stuiterd[e]|botst[e])\b(?: \w+){0,4}? "
    r"(?:trap|trappe[n]|trede[n]|tree[n]|trapj[e]|trapk[e]) (?:\w+ )?(?:naar beneden|naar onder|omlaag)\b",
    # getackeld bij het sporten (sessie 16d): "geplaqueerd bij rugby"; spelers die op mij vielen: "twee gasten bovenop mij"
    r"\b(?:geplaqueer[d]|geplakkeer[d]|getackel[d]|getackle[d]|neergehaal[d]|onderuitgehaal[d])\b",
    # met de fiets of de step onderuit, over een stoeprand, wortel of tegel (sessie 33K): "met mijn racefiets over een boomwortel
    # gevlogen", "met de scooter onderuit door een kuil", "met de e bike tegen de stoeprand geknald", "over het stuur gevlogen" (niet
    # "met de fiets naar het werk gegaan")
    r"\bme[t] (?:de|mijn|mn|m|me|mijne|ne|nen|een|haar|zijn|onze) (?:\w+ )?(?:fiets|\w+fiets|e bik[e]|ebik[e]|bik[e]|scoote[r]|bromme[r]|brommerk[e]"
    r"|bromfiet[s]|snorfiet[s]|ste[p]|e ste[p]|moto[r]|mountainbik[e]|spee[d] pedele[c]|fatbik[e]) (?:\w+ ){0,8}?(?:onderui[t]|geklap[t]|gevloge[n]|gekletst"
    r"|gesmak[t]|gedonder[d]|gelazer[d]|gesodemieter[d]|geknal[d]|over de ko[p])\b",
    r"\bover (?:het|mijn|mn|m|zijn|haar|t) (?:\w+ )?stuu[r] (?:\w+ ){0,3}?(?:gevloge[n]|geklap[t]|gegaa[n]|gelanceer[d]|gekatapulteer[d]|gesmak[t]"
    r"|gegooi[d]|geslinger[d])\b|\b(?:vloo[g]|vloge[n]|klapt[e]|gin[g]|ginge[n]|smakt[e]) (?:ik |k |ze |hij |we )?(?:\w+ )?over (?:het|mijn|mn|m|zijn|haar|t)"
    r" (?:\w+ )?stuu[r]\b",
    r"\b(?:zijn|waren|is|was|kwamen|kwam|viele[n]|viel|landde[n]|land[d]e) (?:\w+ ){0,2}?(?:boveno[p]|boven op|op) (?:mij|me)"
    r" (?:gevallen|geland|gedoke[n]|terechtgekomen|gevlogen)\b",
    # de laatste treden naar beneden (sessie 16d): "van de laatste 3 treden naar beneden geklapt", "de trap af gesmakt"
    # (de "leer" is de ladder in Vlaanderen en Drenthe, sessie 26I: "van de leer af gevallen"; "leder", "lere" ook)
    r"\b(?:trap|trappe[n]|trede[n]|tree[n]|trapj[e]|trapk[e]|ladder|stoep|(?<=\bde )lee[r]|(?<=\bde )led[e]r|(?<=\bde )lere)\b(?: \w+){0,3}? (?:naar beneden|naar onder|omlaag"
    r"|af|eraf) (?:geklap[t]|gedonder[d]|gesmak[t]|gekwak[t]|gekletst|gevalle[n]|getuimel[d]|geglede[n]|gerol[d]|gestuiter[d]"
    r"|gesodemieter[d]|gelazer[d]|gevloge[n])\b",
    # de laatste treden gemist, dan de landing op de rug (sessie 17a): "ik miste de laatste twee treden en kwam hard op mijn
    # rug terecht", "de laatste 3 treden gemist en boem op mijn rug" (a step missed alone stays nothing)
    r"\b(?:mist[e]|miste[n]|gemis[t]|mis) (?:\w+ ){0,3}?(?:tred\w*|tree[n]|trapp[e]n)\b(?: \S+){0,5}? op (?:mijn|mn|m|me|mijne)"
    r" (?:\w+ )?(?:rug|onderrug|stuit\w*|poep|kont|gat|billen|staartbee[n])\b",
    r"\b(?:tred\w*|tree[n]|trapp[e]n) (?:\w+ )?(?:gemis[t]|mist[e]|miste[n])\b(?: \S+){0,5}? op (?:mijn|mn|m|me|mijne)"
    r" (?:\w+ )?(?:rug|onderrug|stuit\w*|poep|kont|gat|billen|staartbee[n])\b",
    # ... dan waar men terechtkwam, na een komma of woorden (sessie 42T): "ik miste de laatste tree, lag op mijn rug", "trede gemist
    # en belandde op mijn zij" (niet "bijna gemist"; "ik slaap op mijn zij" noemt geen landing)
    r"(?<!\bbijn[a] )\b(?:mist[e]|miste[n]|gemis[t]|mis) (?:\w+ ){0,3}?(?:tred\w*|tre[e]|tree[n]|trapp[e]n)\b(?: \S+){0,6}?"
    r" (?:lag|lage[n]|beland\w*|kwam|viel|smakte) (?:\w+ ){0,2}?op (?:mijn|mn|m|me|mijne) (?:\w+ )?(?:rug|onderrug|zij|zijkan[t]|heup|buik"
    r"|stuit\w*|poep|kont|gat|billen|achterst[e]|staartbee[n])\b",
    r"\b(?:tred\w*|tre[e]|tree[n]) (?:\w+ )?(?:gemis[t]|mist[e]|miste[n])\b(?: \S+){0,6}?"
    r" (?:lag|lage[n]|beland\w*|kwam|viel|smakte) (?:\w+ ){0,2}?op (?:mijn|mn|m|me|mijne) (?:\w+ )?(?:rug|onderrug|zij|zijkan[t]|heup|buik"
    r"|stuit\w*|poep|kont|gat|billen|achterst[e]|staartbee[n])\b",
    # een tree gemist, dan hard gaan zitten of neergeploft (sessie 34T): "ik miste de onderste tree en ging hard op mijn achterste
    # zitten", "trede gemist en plofte op mijn kont" (niet "ik ging hard op de bank zitten": geen tree gemist; "bijna gemist" niet)
    r"(?<!\bbijn[a] )\b(?:mist[e]|miste[n]|gemis[t]|mis) (?:\w+ ){0,3}?(?:tred\w*|tre[e]|tree[n]|trapp[e]n|sta[p]|stoe[p]\w*)\b(?: \S+){0,6}?"
    r" (?:(?:gin[g]|ginge[n]|gaa[n]|gegaa[n]|zakt[e]) (?:\w+ ){0,5}?(?:zitte[n]|nee[r])|(?:plof[t]e|ploft[e]|geplof[t]|neergeplof[t]|plofte[n]))\b",
    r"\b(?:tred\w*|tre[e]|tree[n]|sta[p]) (?:\w+ )?(?:gemis[t]|mist[e]|miste[n])\b(?: \S+){0,6}?"
    r" (?:(?:gin[g]|ginge[n]|gaa[n]|gegaa[n]|zakt[e]) (?:\w+ ){0,5}?(?:zitte[n]|nee[r])|(?:plof[t]e|ploft[e]|geplof[t]|neergeplof[t]|plofte[n]))\b",
    # de rest van de trap op het zitvlak (sessie 17e): "de rest van de trap op mijn stuitje afgegleden", "heel de trap
    # op mijn gat naar beneden gebotst"
    r"\b(?:de rest|heel de trap|de hele trap|heel de rest|alle trede[n]|alle trappe[n])\b(?: van de (?:\w+ )?trap)?(?: \w+){0,2}? op (?:mijn|mn|m"
    r"|me|mijne|de) (?:\w+ )?(?:rug|onderrug|stuit\w*|poep|kont|gat|billen|staartbee[n]|achterwerk)\b(?: \w+){0,3}? (?:afgegleden|gegleden"
    r"|gevallen|afgevallen|gebotst|gebonk[t]|gestuiter[d]|gerol[d]|afgeroetsjt|afgeschove[n]|geschove[n]|naar beneden|af)\b",
    r"\b(?:glee[d]|glede[n]|viel|viele[n]|botst[e]|bonkt[e]|stuiterd[e]|schoo[f]|roetsjte|ben|is) (?:\w+ )?(?:de rest|heel de trap|de hele trap|alle trede[n])"
    r"\b(?: van de (?:\w+ )?trap)?(?: \w+){0,2}? op (?:mijn|mn|m|me|mijne) (?:\w+ )?(?:rug|onderrug|stuit\w*|poep|kont|gat|billen"
    r"|staartbee[n]|achterwerk)\b",
    # een val in de volkstaal (sessie 19j): "ik ben op mijn bek gegaan op de trap", "ging op mijn plaat in de badkamer",
    # "een schuiver gemaakt op de gladde vloer" (niet de schuiver bij het voetbal)
    r"\b(?:op|plat op) (?:mijn|mn|m|me|mijne|zijn|zn|haar|z n) (?:bek|muil|plaat|snuffer[d]|smoe[l]|snoe[t]|bakke[s]|gezich[t]|smikke[l])"
    r" (?:\w+ ){0,2}?(?:gegaa[n]|gevalle[n]|gegaan|gekwak[t]|geklap[t]|gesmak[t]|geknal[d]|gevloge[n])\b",
    r"\b(?:ging|ginge[n]|ga|gaat|gaan|gegaa[n]|gegaan|viel|viele[n]) (?:\w+ ){0,2}?(?:plat )?op (?:mijn|mn|m|me|mijne|zijn|zn|haar|z n) (?:bek|muil"
    r"|plaat|snuffer[d]|smoe[l]|snoe[t]|bakke[s]|smikke[l])\b",
    r"\b(?:schuive[r]|schuiverk[e]|schuive[r]tje) (?:\w+ ){0,3}?(?:op|in|van|over) (?:de|het|een|mijn|mn|onze|t) (?:\w+ )?(?:ijs|vloe[r]"
    r"|trap|tegel[s]|badkame[r]|stoe[p]|straat|modde[r]|douch[e]|keuke[n]|tred\w*|ladde[r]|ijze[l]|sneeuw|natte|gladd[e]|opri[t]|terras)\b",
    # het zitvlak eerst, dan de trap (sessie 19j): "ik ben op mijn kont de hele trap af gebonkt", "op mn poep de trap
    # afgeschoven" (niet "met mijn voeten de trap af")
    r"\bop (?:mijn|mn|m|me|mijne|zijn|zn|haar|z n) (?:\w+ )?(?:poep|kont|gat|bille[n]|stuit\w*|achterwer[k]|staartbee[n]|rug|reet|kren[t])"
    r" (?:\w+ ){0,3}?(?:trap|trappe[n]|tred\w*|tree[n])\b(?: \w+){0,2}? (?:af |naar beneden |naar onder |omlaag )?(?:gebonk[t]|geglede[n]"
    r"|gebots[t]|gestuiter[d]|geschove[n]|afgeschove[n]|afgeglede[n]|gerol[d]|gevalle[n]|afgebonk[t]|afgeroetsj[t]|geroetsj[t]|afgestuiter[d]"
    r"|gegleden|gekletter[d]|gedonder[d])\b",
    # de rug tegen iets geknald (sessie 26, lead): "rug tegen de deur geknald", "met mijn onderrug tegen de tafel gestoten",
    # "knalde met mn rug tegen de kast" (een slag: trauma)
    r"\b(?:mijn|mn|m|me|mijne|zijn|zn) (?:onder)?rug (?:\w+ ){0,3}?tegen (?:de|het|t|een|ne|nen|mijn|mn) (?:\w+ ){0,2}?"
    r"(?:geknal[d]|gebots[t]|gestote[n]|geslage[n]|gebonk[t]|gesmak[t]|gekwak[t]|gekletter[d])\b",
    r"\b(?:knald[e]|botst[e]|stoott[e]|smakt[e]|bonkt[e]|kwakt[e]) (?:\w+ ){0,2}?(?:mijn|mn|me|m) (?:onder)?rug (?:\w+ ){0,2}?tegen\b",
    r"^(?:\w+ ){0,2}?rug tegen (?:de|het|t|een|ne|nen) (?:\w+ ){0,2}?(?:geknal[d]|gebots[t]|gestote[n]|gebonk[t]|gesmak[t])\b",
)

#: what a dropped foot slaps on: the floor, the tiles, the pavement
_FLOOR = r"(?:grond|\w*vloer|\w*tegel\w*|stoep|straat|beton)"
#: a leg part whose strength is measured: "duwde mijn linkervoet nog 12 kilo omhoog"
_LEG_PART = r"(?:linker|rechter)?(?:voet|voeten|been|benen|tenen|teen|enkel|knie|kuit|dij)"
#: a leg or foot getting weaker, foot drop (Dutch-shaped patterns)
WORSENING_PATTERNS = (
    # de voet die klapt als een slipper (sessie 21e): "mijn linkervoet klapt als een slipper", "mijne voet, die flappe gelijk ne sloef"
    r"\b(?:voet|voeten|linkervoe[t]|rechtervoe[t]|voorvoet)\b(?: \S+){0,12}? (?:klapt|klappen|klapte|flapt|flappen|flapte|kletst|kletsen"
    r"|kletste|flodder\w*) (?:\w+ )?(?:als|gelijk|zoal[s]) (?:een |ne |nen )?(?:teen)?(?:slippe[r]|slipper[s]|sloe[f]|sloefe[n]|pantoffe[l])\b",
    # the ability named first, then no more: "op mijn tenen staan, kan ik niet meer", "op mijn hielen, lukt niet meer"
    r"\bop (?:mijn |mn |m n |de |me )?(?:\w+ )?(?:tene[n]|hiele[n]|tippe[n])\b(?: \w+){0,4}? , (?:\w+ ){0,2}?(?:kan|lukt|gaat|kon)"
    r"(?: \w+){0,2}? (?:niet meer|nie meer|ni meer|bijn[a] niet meer)\b(?! (?:\w+ )?(?:voele[n]|voe[l])\b)",
    # kracht verliezen: "ik verlies kracht in mijn rechterbeen", "mijn been verliest kracht"
    r"\b(?:verlies|verliest) (?:\w+ )?kracht in (?:mijn |m n |het |mn )?(?:linker|rechter)?(?:been|benen|voet|voeten)\b",
    r"\b(?:been|benen|voet|voeten) (?:\w+ )?(?:verliest|verliezen) (?:\w+ )?kracht\b",
    r"\bkracht in (?:mijn |m n |het |mn )?(?:linker|rechter)?(?:been|benen|voet|voeten) (?:gaat achteruit|neemt af|vermindert)\b",
    # een been of voet dat krachteloos wordt, of waar de kracht uit is (sessie 34Y): "mijn linkerbeen raakt krachteloos",
    # "mijn voet is slap geworden", "er zit geen kracht meer in mijn rechterbeen", "mijn been heeft zijn kracht verloren"
    # (een toestand alleen, "mijn been is krachteloos", zegt geen verloop)
    r"\b(?:linker|rechter)?(?:been|voet)\b(?: (?!(?:en|maar|ik|niet|nie|ni|geen|nooit)\b)\w+){0,3}? (?:wordt|werd|raak[t]|raakt[e]|geraak[t]|gaat|ging)"
    r" (?:(?!(?:niet|nie|ni|geen|nooit)\b)\w+ ){0,2}?(?:krachteloos|slap|zwak|lam)\b",
    r"\b(?:linker|rechter)?(?:been|voet)\b(?: (?!(?:en|maar|ik|niet|nie|ni|geen|nooit)\b)\w+){0,4}? (?:krachteloos|slap|zwak|lam) (?:is |zijn )?"
    r"(?:geworden|aan het worden|aant worden|geraak[t])\b",
    r"\b(?:wordt|werd|raak[t]|raakt[e]) (?:\w+ ){0,2}?(?:mijn |mn |m n |me |het |de )(?:linker|rechter)?(?:been|voet) (?:(?!(?:niet|nie|ni|geen|nooit)\b)\w+ ){0,2}?"
    r"(?:krachteloos|slap|zwak|lam)\b",
    r"\bgeen (?:kracht|fut) meer (?:in|op) (?:mijn |mn |m n |me |het |de )?(?:linker|rechter)?(?:been|voet)\b",
    r"\b(?:linker|rechter)?(?:been|voet)\b(?: (?!(?:en|maar|ik)\b)\w+){0,2}? (?:heeft|had) (?:\w+ )?geen (?:kracht|fut) meer\b",
    r"\b(?:linker|rechter)?(?:been|voet)\b(?: (?!(?:en|maar|ik)\b)\w+){0,2}? (?:heeft|had|is) (?:zijn |haar |z n |zn |de |al zijn |alle )?kracht"
    r" (?:\w+ )?(?:verloren|kwijt|kwijtgeraakt)\b",
    r"\bkracht (?:in|van|uit) (?:mijn |mn |m n |me |het |de )?(?:linker|rechter)?(?:been|voet) (?:is |was )?(?:\w+ )?(?:weg|verdwenen|kwijt)\b",
    # struikelen, steeds opnieuw: een voet die blijft haken (een keer struikelen is een val, TRAUMA_PATTERNS)
    # (the count up to six words before, session 18c: "twee keer over de mat in de gang gestruikeld")
    r"\b{REPEATED}(?: (?!(?:en|maar|toen|dan)\b)\w+){0,6}? gestruikeld\b|\bgestruikeld(?: \w+){0,5}? {REPEATED}\b",
    r"\bstruikel\w*(?: \w+){0,3}? {REPEATED}\b|\b{REPEATED}(?: \w+){0,2}? (?:aan het )?struikel\w*",
    r"\b(?:linker|rechter)?(?:voet|voorvoet|been|tenen)(?P<gap>(?: \w+){0,2}?) (?:{~slepen}|{~klappen}|{~ploffen}|slaat"
    r"|{~kletsen}|smakt|{~smakken}) (?:\w+ ){0,4}?(?:op|over|tegen) (?:de |het )?" + _FLOOR + r"\b",
    r"\b(?:linker|rechter)?(?:voet|voorvoet|tenen|teen|enkel)(?: \w+){0,3}? (?:niet|nauwelijks|amper) (?:meer |goed |echt )*(?:omhoog|opgetild"
    r"|optillen|opheffen|heffen|optrekken|opbuigen|bewegen)\b",
    r"\b(?:voet|voorvoet|been|tenen)(?P<gap>(?: \w+){0,2}?) (?:{~slepen}|hangt slap|{~hangen}|slaat|{~klappen}"
    r"|valt|{~plooien}|{~flappen}|{~ploffen}|{~kletsen}|smakt|{~smakken}|{~haken}) (?:\w+ ){0,2}?(?:neer|naar beneden|omlaag|achter|aan|dubbel)\b",
    r"\b(?:linker|rechter)?(?:voet|been)(?P<gap>(?: \w+){0,2}?) (?:sleept|slepen|sleepte|hangt slap)\b",
    # a foot that flaps, on its own (session 21f): "mijn rechtervoet begint te flappen" (a dropped foot)
    r"\b(?:linker|rechter)?(?:voet|voorvoet)(?P<gap>(?: \w+){0,2}?) (?:flapt|flapte|flappen|flapper[t]|flappere[n]|flapperd[e])\b",
    # on the toes, one side no more (session 21f): "op mijn tippen staan lukt links nog wel, rechts nie meer"
    r"\bop (?:mijn |mn |m |de |me )?(?:tene[n]|hiele[n]|tippe[n])\b(?: \w+){0,2}? (?:lukt|gaat|kan ik|kon ik|lukte|ging)\b"
    r"(?: [\w,]+){0,5}? (?:links|rechts|met links|met rechts) (?:\w+ )?(?:niet|nie|ni) meer\b",
    # a foot that will not go up: "ik kreeg mijn rechtervoet niet meer op de trede"
    r"\b(?:krijg|kreeg|krijgen|kregen|geraak|geraakte)\b (?:\w+ ){0,2}?(?:linker|rechter)?(?:voet|been|tenen|voorvoet) "
    r"(?:\w+ ){0,2}?(?:niet|nie|amper|nauwelijks|bijna niet) (?:meer |goed |diep |ver |hoog |genoeg |helemaal )*"
    r"(?:op|omhoog|over|opgetild|van de grond|naar beneden|neer|ingeduwd|ingetrapt"
    # toes that will not curl or grip: "ik krijg mn tenen niet meer gekruld"
    r"|gekrul\w*|gekrom\w*|krom)\b",
    r"\b(?:voet|tenen|teen|been) (?:\w+ )?(?:blijft|blijven) (?:\w+ )?(?:hangen|haken|slepen|steken|achter)\b",
    # blijven haken, dag na dag (sessie 21f): "maandag bleef ik haken aan de deurmat, gisteren aan de stoeprand"
    r"\b(?:blee[f]|bleve[n]) (?:ik |k )?(?:\w+ ){0,3}?haken (?:aan|achter|over) (?:\w+ ){0,3}?\w+ , (?:en )?(?:gisteren|vandaag"
    r"|eergisteren|\w+dag|daarn[a]|toen|nu) (?:weer |ook |nog )?(?:aan|achter|over)\b",
    # the verb first: "als ik stap klets mijn voet op de grond"
    r"\b(?:{~klappen}|klets\w*|slaat|{~ploffen}|smakt|{~smakken}|{~slepen}|sleep) (?:\w+ ){0,2}?(?:linker|rechter)?"
    r"(?:voet|voorvoet|voeten)"
    r" (?:\w+ ){0,4}?(?:op|tegen|over) (?:de |het )?" + _FLOOR + r"\b",
    r"\b(?:zwakker|slapper|krachtelozer) (?:aan (?:het|t) worden|aant worden)\b",
    # the verb last: "(ik merk dat) mijn been zwakker wordt"
    r"\b(?:zwakker|slapper|krachtelozer) (?:(?:is |zijn )?geworden|wordt|worden|werd|werden)\b",
    # Dutch
    # "hij heeft een klapvoet", "dat zij een klapvoet heeft": "heeft" is someone else (I have = "ik heb")
    r"(?<!\bheeft )(?<!\bheeft een )(?<!\bheeft ook een )(?<!\bheeft al een )"
    r"\b(?:klapvoet\w*|hangvoet\w*|dropvoet\w*|slepende voet|slepend been)\b(?! heeft\b)",
    r"\bsleep (?:met )?(?:mijn|mn|m) (?:linker|rechter)?(?:voet|been)\b",
    r"\b(?:sleept|sleepte|slepen|sleepten) (?:\w+ )?(?:mijn|mn|m|me|mijne|mijn beide|beide) (?:linker|rechter)?(?:voet|been"
    r"|voeten|benen)\b",
    # the verb last: "(mijn man zegt) dat ik mijn voet sleep"
    r"\b(?:ik|k) (?:\w+ )?(?:met )?(?:mijn|mn|m|me) (?:linker|rechter)?(?:voet|been) (?:\w+ )?(?:sleep|sleepte)\b",
    # the side in the word: "ik kan mijn linkervoet niet meer optillen"
    r"\b(?:kan|kon) (?:\w+ ){0,3}?(?:linker|rechter)?(?:voet|tenen|voorvoet|enkel|grote teen) (?:\w+ ){0,2}?niet (?:meer |goed |echt )*"
    r"(?:optillen|opheffen|heffen|omhoog\w*|bewegen|optrekken|opbuigen|krul\w*|krom\w*)\b",
    r"\b(?:kan|kon) (?:\w+ ){0,2}?niet (?:meer )?(?:\w+ ){0,2}?(?:linker|rechter)?(?:voet|tenen|voorvoet) (?:optillen|opheffen"
    r"|heffen|omhoog\w*|optrekken)\b",
    r"\bniet (?:meer )?op (?:mijn |mn |m |de )?(?:tenen|hielen|hakken|tippen) (?:\w+ )?(?:lopen|staan)\b",
    # het lukt niet meer om op de tenen of hielen te staan (session 31AN): "deze week lukte het niet meer om op mijn tenen te
    # staan", "ik krijg het niet meer voor elkaar om op mijn hakken te lopen", "het gaat amper nog om op zijn tenen te staan"
    r"\b(?:niet|nie|amper|nauwelijks|bijna niet|haast niet) (?:meer |nog |goed |echt )*(?:voor elkaa[r] |gedaan )?om op (?:mijn |mn |m "
    r"|me |de |zijn |zn |z n |haar |mijne )?(?:linker ?|rechter ?)?(?:tenen|hielen|hakken|tippen|hiel|hak) (?:te )?(?:lopen|staan)\b",
    # een hiel, een kant (sessie 18c, de tweeling van "cant walk on my heel"): "ik kan niet meer op mijn hiel lopen links",
    # "niet op mijn linkerhiel staan"
    r"\bniet (?:meer )?op (?:mijn |mn |m |de |me |die |deze |dien )?(?:linker|rechter)?(?:hiel|hak|tee[n]|tip) (?:\w+ )?(?:lopen|staan)\b",
    # standing on the toes or heels told day by day: "eergisteren kon ik nog op mijn linker tenen staan, gisteren amper
    # en vandaag lukt het niet meer", "maandag lukte het nog om op mijn hielen te lopen, nu met moeite"
    # (the day words are spelt so that they do not join the typo reader's vocabulary: "stone" must stay "stone")
    r"\b(?:\w*dag\w*|(?:eer)?gi[s]ter\w*|van(?:mor[g]en|och[t]end|avo[n]d|nac[h]t)|vorige? (?:week|weeken[d])|deze mor[g]en"
    r"|eerst|toen)\b(?: \w+){0,3}? (?:kon|ging|lukte|kwam|geraakte|liep|sto[n]d)\b(?: \w+){0,4}? op (?:mijn |mn |m |me |de "
    r"|mijne |die |deze )?(?:linker ?|rechter ?)?(?:tenen|tippen|hielen|hakken|teen|voorvoet|hie[l]|ha[k])\b(?: \S+){0,14}? (?:amper|nauwelijks"
    r"|met (?:veel )?moeite|maar net|net aan|moeilijk\w*|lastig\w*|(?:helemaal )?(?:niet|nie) meer|helemaal (?:niet|nie)"
    r"|(?:lukt|lukte|gaat|ging|kan|kon) (?:het |t |ik |k )?(?:\w+ )?(?:niet|nie)|onmogelij[k]"
    # ... nu of vandaag een kale "niet", een kant ertussen (sessie 30W): "nu links echt niet", "vandaag rechts niet"
    r"|(?:nu|vandaag|vanmorgen|vanochtend) (?:\w+ ){0,2}?(?:niet|nie)(?= ,| \.|$))\b",
    # "ik geraak niet meer op mijn tippen", "krijg mezelf niet op mijn tenen" (issue 13)
    r"\b(?:geraak|geraakte|geraken|kom|kwam|krijg|kreeg) (?:\w+ ){0,2}?(?:niet|nie|amper|nauwelijks|bijna niet|haast niet) "
    r"(?:meer |goed |nog )*(?:op|omhoog op) (?:mijn |mn |m |me |de |mijne )?(?:linker|rechter)?(?:tenen|hielen|hakken|tippen|tenen)\b",
    r"\b(?:niet|nie|amper|nauwelijks|bijna niet|haast niet) (?:eens |meer |nog |goed |echt |zelfs |om )*op (?:die |de |mijn |mn |m "
    r"|me |mijne )?(?:ene |andere )?(?:linker|rechter)?(?:voet|been|kant) op (?:mijn |mn |m |me |de |die |mijne )?"
    r"(?:tenen|hielen|hakken|tippen) (?:\w+ )?(?:lopen|staan|komen|gaan staan)\b",
    r"\b(?:linker|rechter)?(?:been|benen|knie|knieen) (?:\w+ ){0,3}?{~plooien} (?:\w+ ){0,2}?(?:onder|door"
    r"|weg|dubbel|in)\b",
    # the knee the subject, not a place ("met een kussen tussen mijn knieen zakt het weer": the pain eases), and "het" after
    # "begeven" only ("mijn benen begeven het"; "zakt het" has "het", the pain, as its subject; session 22)
    r"\b(?<!\btussen )(?<!\bonder )(?<!\bachter )(?<!\bboven )(?<!\bnaas[t] )(?<!\bop )(?<!\bmet )(?<!\bbij )"
    r"(?<!\btussen mijn )(?<!\btussen mn )(?<!\btussen m )(?<!\btussen me )(?<!\btussen de )(?<!\btussen beide )"
    r"(?<!\bonder mijn )(?<!\bonder mn )(?<!\bonder m )(?<!\bonder me )(?<!\bonder de )(?<!\bachter mijn )(?<!\bachter de )"
    r"(?<!\bop mijn )(?<!\bop mn )(?<!\bop de )(?<!\bbij mijn )(?<!\bbij de )"
    r"(?:linker|rechter)?(?:been|benen|knie|knieen) (?:\w+ ){0,3}?(?:{~begeven} (?:\w+ ){0,2}?(?:het|door|weg|in|ineen|dubbel)"
    r"|(?:{~zakken}|{~knikken}|{~klappen})(?! (?:het|t|de pijn|die pijn|dat)\b) (?:\w+ ){0,2}?(?:door|weg|in|ineen|dubbel))\b",
    # ... niet door de knieen zakken om te tillen, een techniek (sessie 31AG): "ik zak door mijn knieen als ik iets optil", "zak door
    # de knieen om de doos op te pakken", "ik zak door mijn knieen bij het bukken" ("ik zak door mijn benen" blijft)
    r"\bzak\w* (?:\w+ ){0,1}?(?:door|weg) (?:mijn|mn|m|de) (?:been|benen|knie\w*)\b(?! (?:\w+ ){0,6}?(?:til|tille[n]|optil\w*|op te tillen"
    r"|rape[n]|op te rape[n]|opraa[p]|bukke[n]|oppak\w*|op te pakke[n]|squa[t]\w*|hurke[n]|sjouw\w*|heffe[n])\b)",
    # weg onder iemand, het opgegeven, in de steek gelaten, ook in de verleden tijd (sessie 24): "mijn been ging onder mij weg",
    # "ineens viel mijn knie onder me weg", "mijn linkerbeen gaf het op", "mijn been liet me in de steek"
    r"\b(?:linker|rechter)?(?:been|benen|knie|knieen|voet|voeten) (?:(?!(?:niet|nie|nooit|geen)\b)\w+ ){0,3}?(?:gaan|gaat|ging|ginge[n]"
    r"|vallen|valt|viel|viele[n]) (?:(?!(?:niet|nie|nooit|geen)\b)\w+ ){0,2}?onder (?:mij|me|mijn lijf) (?:weg|vandaa[n])\b",
    r"\b(?:ging|ginge[n]|viel|viele[n]|gaat|gaan|valt|vallen) (?:\w+ )?(?:mijn |mn |m |de )?(?:linker|rechter)?(?:been|benen|knie|knieen)"
    r" (?:\w+ )?onder (?:mij|me) (?:weg|vandaa[n])\b",
    r"\b(?:linker|rechter)?(?:been|benen|knie|knieen) (?:\w+ ){0,2}?(?:gaf|gave[n]|geef[t]|geve[n]) (?:het|t) (?:\w+ )?op\b",
    r"\b(?:linker|rechter)?(?:been|benen|knie|knieen) (?:\w+ ){0,2}?(?:liet|liete[n]|laat|late[n]) (?:mij|me) (?:\w+ )?in de stee[k]\b",
    # the verb first, the knees, then "door" (session 19h): "bij t opstaan zakken mijn knieen door", West-Flemish "deur"
    r"\b(?:{~zakken}|{~knikken}|{~plooien}|{~begeven}) (?:mijn |mn |m |me |de |beide |allebei |twee )*(?:linker|rechter)?"
    r"(?:benen|knieen|been|knie) (?:\w+ )?(?:door|deur|weg|dubbel|in|het)\b",
    # ... "onder mij" ertussen (sessie 35G): "sinds gisteren plooit mijn linkerbeen onder mij door"
    r"\b(?:{~zakken}|{~knikken}|{~plooien}) (?:mijn |mn |m |me |de |beide |allebei |twee )*(?:linker|rechter)?"
    r"(?:benen|knieen|been|knie) (?:\w+ )?onder (?:mij|me|mijn lijf) (?:door|deur|weg|vandaa[n])\b",
    r"\b(?:linker|rechter)?(?:been|benen|knie|knieen) (?:\w+ ){0,3}?(?:{~begeven}|{~zakken}|{~knikken}|{~plooien}) (?:\w+ ){0,2}?deur\b",
    # the verb first: "sinds gisteren knikt mijn linkerknie", "begeeft mijn been het"
    r"\b(?:{~knikken}|{~begeven}) (?:\w+ )?(?:mijn |mn |m |de )?(?:linker|rechter)?(?:been|knie)\b",
    r"\bstruikel\w* (?:\w+ ){0,4}?over (?:mijn|mn|m|de) (?:eigen )?(?:linker|rechter)?(?:voet|voeten|tenen)\b",
    r"\bblijf\w* (?:\w+ ){0,6}?haken\b|\bhaak (?:\w+ )?(?:met|achter) (?:mijn|mn) (?:voet|tenen)\b",
    r"\b(?:steeds|alsmaar|telkens) (?:\w+ )?(?:zwakker|slapper|krachtelozer|minder kracht)\b",
    r"\bzwakker en zwakker\b|\bhoe langer hoe zwakker\b",
    r"\b(?:wordt|worden|werd|werden) (?:\w+ ){0,3}?(?:zwakker|slapper|krachtelozer)\b",
    r"\b(?:zwak\w*|krachtverlies|krachteloos|slap) (?:, )?(?:\w+ ){0,4}?(?:erger|verergert|verergerd|achteruit"
    r"|neemt toe|slechter)\b",
    r"\b(?:been|voet) (?:\w+ ){0,2}?(?:lam|verlamd)\b",
    # the heel and toe walk fails: "op mijn tenen en hielen lopen lukt niet meer"
    r"\bop (?:mijn |mn |m |me |de )?(?:tenen|hielen|hakken|tippen)\b(?: \S+){0,12}? (?:lukt|lukte|gaat|ging) "
    r"(?:\w+ ){0,2}?(?:niet|nie|amper|nauwelijks|bijna niet)\b",
    # strength measured going down: "vorige week duwde ik mijn linkervoet nog 12 kilo omhoog, vandaag nog maar 5"
    r"\b" + _LEG_PART + r"\b(?: \S+){0,6}? \d+ ?(?:kilo|kilos|kg)\b(?: \S+){0,4}? "
    r"(?:nu|vandaag|deze week|vanmorgen|vanochtend|gisteren|nog)\b(?: \w+){0,2}? maar (?:\d+|een paar|enkele)\b",
    r"\b(?:(?:been|kuit|dij|voet|knie|enkel|teen|heup)?kracht\w*|" + _LEG_PART + r")\b(?: \S+){0,6}? (?:gezakt|gedaald"
    r"|achteruit\w*|\w*gevallen|afgenomen) van "
    r"\d+ (?:kilo |kilos |kg )?(?:naar|tot(?: op)?) \d+\b",
    # giving way more and more: "ik zak steeds verder door"
    r"\b(?:zak|zakt|zakken|zakte|zakten) (?:\w+ )?(?:steeds|alsmaar|almaar|telkens) (?:verder |meer |vaker )?(?:door|weg)\b",
    # de voet genoemd, dan krijgt men hem niet meer omhoog (sessie 16b): "maandag bleef mijn teen haken, vandaag krijg ik
    # hem niet meer omhoog"
    r"\b(?:voet|voeten|teen|tenen)\b(?: \S+){0,16}? (?:krijg|kan|kon|kreeg) (?:ik |k )?(?:hem|m|die|ze|em) (?:\w+ )?(?:niet|nie|amper"
    r"|nauwelijks) (?:meer |goed |hoog genoeg )?(?:omhoog|opgetild|optillen|opheffen|heffen|opgeheve[n])\b",
)
# de benen steeds slechter opgetild, het lopen op enkele uren kwijt (sessie 27R): "ik krijg mijn benen steeds moeilijker
# omhoog", "mijn benen optillen gaat elke dag slechter", "vanochtend kon ik nog lopen, nu lukt rechtstaan niet meer" (een
# recente tijd ervoor: niet "vorig jaar kon ik nog 10 km lopen")
_RECENT = (r"(?:uur|uurtj[e]|uren|half uur|kwartie[r]|minute[n]|vanmorge[n]|vanochten[d]|vanmidda[g]|vanavon[d]|vannach[t]|gistere[n]|gisteravon[d]"
           r"|daarne[t]|daarjuis[t]|zone[t]|net nog|strak[s]|deze morge[n]|deze midda[g]|eergistere[n]|bij het ontbij[t]|s ochtend[s]|s morgen[s])")
WORSENING_PATTERNS += (
    r"\b(?:krij[g]|krijg[t]|krijge[n]|kree[g]|krege[n]|kan|kon|kunne[n])\b(?: \w+){0,3}? (?:steed[s]|alsmaa[r]|almaa[r]|elke dag|ieder[e] dag|telken[s])"
    r" (?:slechte[r]|moeilijke[r]|minde[r]|lastige[r]|zwaarde[r])(?: goed| hoog)? (?:opgetil[d]|omhoo[g]|opgeheve[n]|getil[d]|overein[d]|optille[n]"
    r"|opheffe[n]|opgetrokke[n]|optrekke[n])\b",
    r"\b(?:optille[n]|opheffe[n]|omhoo[g] krijge[n]|omhoo[g] tille[n]|opstaa[n]|rechtstaa[n]|rechtstaa[n])\b(?: \w+){0,2}? (?:gaat|lukt|word[t])"
    r" (?:\w+ )?(?:steed[s]|alsmaa[r]|almaa[r]|elke dag|ieder[e] dag) (?:slechte[r]|moeilijke[r]|minde[r]|lastige[r]|zwaarde[r])\b",
    _RECENT + r"(?: gelede[n])?(?: \S+){0,3}? (?:kon|konde[n]|kost|kostt[e]) (?:\w+ )?nog\b(?: \w+){0,5}? (?:lope[n]|schuifele[n]|staa[n]|stappe[n]"
    r"|wandele[n]|strompele[n]|opstaa[n]|rechtstaa[n]|sloffe[n]|sukkele[n])\b(?: \S+){0,6}? nu (?:\w+ ){0,3}?(?:niet meer|nie meer"
    r"|nimme[r]|geen \w+ meer)\b",
)

# een afhangende voet zoals de persoon hem merkt (sessie 28A): de hoge stap die hem vrijmaakt ("ik moet mijn knie heel hoog
# optillen als ik de trap op ga", "bij het lopen moet ik mijn been extra hoog optrekken"; een knie of been van de patient, niet
# de knieen van een oefening), een voet die steeds minder luistert
_HOGE_STAP = (r"(?:moet|moest|moete[n]) (?:ik |k )?(?:mijn |mn |m |me |de |die |dat )?(?:linker|rechter)?(?:knie|been|voet) (?:\w+ )?"
              r"(?:heel |zo |extra |super |erg |enor[m] |nogal )?hoog (?:\w+ )?(?:optille[n]|optrekke[n]|opheffe[n]|tille[n]|heffe[n]|trekke[n]"
              r"|zette[n]|doen)\b")
_STAP_CONTEXT = (r"(?:(?:als|bij|wanneer|tijden[s]|om) (?:ik |k )?(?:\w+ ){0,2}?(?:lope[n]|loop|stap|stappe[n]|wande[l]|wandele[n]|trap)\b"
                 r"|(?:als|gelijk) (?:een |ne )?(?:soldaa[t]|paar[d]|ooievaa[r]))")
WORSENING_PATTERNS += (
    r"\b" + _HOGE_STAP + r"(?: ,)?(?: \w+){0,3}? " + _STAP_CONTEXT,
    r"\b(?:lope[n]|stappe[n]|wandele[n]|trap)\b(?: \w+){0,4}? " + _HOGE_STAP,
    r"\b(?:\w*voet|\w*voeten|\w*been|\w*benen|\w*tenen|\w*enkel)\b(?: \w+){0,1}? (?:luister[t]|luistere[n]|gehoorzaam[t]|gehoorzame[n]"
    r"|reageer[t]|reagere[n]) (?:\w+ ){0,2}?(?:steeds minder|steeds slechte[r]|alsmaar minder|alsmaar slechte[r]|minder en minder"
    r"|elke dag minder|elke dag slechte[r]|met de dag minder|met de dag slechte[r])\b",
)

# ---- both legs: slots of the shared patterns (bot/reading/redflags.py BOTH_LEG_RULES) ----
#: plural legs or feet: "mijn benen zijn zwaar"
LEGS_PLURAL = ("benen", "voeten", "bovenbenen", "onderbenen", "kuiten", "dijen", "schenen", "enkels")
LEGS_FEEL = ("voelen", "zijn", "zo", "echt", "heel", "erg", "als")
HEAVY = (r"zware (?:benen|voeten)|(?:benen|voeten) (?:\w+ ){0,3}?(?:lood)?zwaar", "loodzwaar", "lood")
HEAVY_ADJ = ("zware", "loodzware")
#: zware benen moe na een dag op de been, vlak na het zware woord (sessie 31AG; bot/reading/redflags.py _heavy_tired_after):
#: "mijn benen zijn zwaar na een hele dag staan", "zware benen aan het eind van de werkdag" (niet "na het wandelen")
HEAVY_TIRED_AFTER = (
    r"na (?:\w+ ){0,3}?(?:staan|gestaan|werkdag|werkdagen|dienst|diensten|werken|het werk|mijn werk|op de been|op mijn voeten)",
    r"na (?:een |de |zo n |mijn )?(?:lange |hele |volle |drukke |zware )?(?:dag|dagen|week)\b(?! (?:\w+ )?(?:lopen|wandelen))",
    r"(?:aan|op|tegen) het eind[e]? van (?:de |mijn |een )?(?:dag|dienst|week|werkdag)",
    r"(?:s avonds|elke avond|na de avonddienst) na (?:het|mijn) werk",
)
LEGS_WONT = ("doen niet", "doen nie")
OBEY = ("wat ik wil", "meer mee", "mee")
#: "de mijne ook": the patient's legs as well
MINE = ("mijne", "de mijne", "de mijn")  # "de mijne" is read "de mijn" (street words: "mijne" -> "mijn")
TOO = ("ook",)
MINE_TOO: tuple = ()  # the shared "{MINE} ... {TOO}" is the English pack's
#: numbness of both legs, Dutch word order
#: both legs failing, said of neither: "geen van beide benen wil nog"
#: "ze plooien onder mij": what folds under a person is both legs
# "geen van beide benen is zwak" denies; "lukt met geen van beide benen" fails with both
_NEITHER_IS = r"(?! (?:is|zijn|was|waren|doet|doen|deed|voelt|voelen)\b)"
BOTH_LEGS_WEAK_PATTERNS = (
    # doof en slap, woorden van tijd ertussen (sessie 19m): "mijn beide benen zijn sinds een week gevoelloos en slap"
    r"\b(?:benen|voeten) (?:zijn|worden|werden|voelen|waren|gaan) (?:(?!(?:niet|nie|geen|nooit|maar|of|en)\b)\w+ ){2,6}?(?:en|plus) (?:ook )?"
    r"(?:slap|zwak|krachteloos|slapper|zwakker|lam)\b",
    # minder sterk met een lange tijd ertussen (sessie 30W): "mijn beide benen zijn al een jaar of drie wat zwakker", "mijn benen
    # zijn sinds een paar jaar wat minder krachtig" (geen ontkenning, "maar" of "en" ertussen)
    r"\b(?:benen|voeten) (?:zijn|worden|werden|waren|voelen|voelden|blijven) (?:(?!(?:niet|nie|ni|geen|nooit|maar|en)\b)\w+ ){0,8}?"
    r"(?:krachtelozer|zwakker|slapper|minder ster[k]|minder krachti[g])\b",
    # less strength "in allebei" after the legs named (session 19m): Gronings "in baide bainen tintelingen ... ook minder
    # kracht in allebaide", "minder kracht in beide"; legs turning to cotton wool: "mijn benen worden als watten"
    # (the legs may be named in the sentence before; "in allebei mijn armen" is no leg)
    r"\b(?:minder|geen|weinig|nauwelijks|amper) (?:kracht|fut|pit) (?:meer )?(?:in|op|aan) (?:ze )?(?:allebei|allebeide|alle twee|allebij"
    r"|beide(?= [,.!?]| en\b| ook\b|$))\b(?! (?:\w+ )?(?:arme[n]|hande[n]|schouder[s]|polse[n]|vinger[s]|elleboge[n])\b)",
    # (worden: de verandering is de zwakte; "voelen als watten" blijft de doofheid)
    r"\b(?:benen|voeten)\b (?:\w+ ){0,2}?(?:worden|werden|zijn geworden)(?! (?:\w+ )?(?:niet|nie|geen)\b) (?:\w+ ){0,2}?"
    r"(?:als|van|gelijk) (?:\w+ )?(?:watten|wattenbolle[n]|rubber)\b",
    # both knees or legs give way, the verb first (sessie 19h): "bij t opstaan zakken mijn knieen door", West-Flemish "deur"
    r"\b(?:zakken|knikken|plooien|begeven) (?:mijn |mn |m |me |de |beide |allebei |twee )*(?:knieen|benen) (?:\w+ )?"
    r"(?:door|deur|weg|dubbel|het)\b",
    r"\b(?:knieen|benen) (?:\w+ ){0,2}?(?:zakken|knikken|plooien) (?:\w+ ){0,2}?deur\b",
    r"\bze (?:\w+ )?(?:plooien|knikken|zakken|begeven) (?:\w+ )?(?:onder (?:mij|me)|door|weg)\b",
    # it fails with neither leg: "lukt niet meer, met geen van beide benen" ("geen van beide benen doet pijn" is no sign)
    r"\b(?:lukt|lukte|kan|kon) (?:\w+ ){0,2}?(?:niet|nie)\b(?: \S+){0,6}? (?:met |op |in )?geen van "
    r"(?:beide|de twee|allebei) (?:benen|voeten)\b" + _NEITHER_IS,
    r"\b(?:lukt|lukte|kan|kon) (?:\w+ )?(?:met|op) geen van (?:beide|de twee|allebei) (?:benen|voeten)\b" + _NEITHER_IS,
    # doof en slap in één adem (sessie 16b): "mijn twee benen worden doof en slap als ik stap"
    r"\b(?:benen|voeten) (?:zijn|worden|werden|voelen|waren|gaan) (?!(?:niet|nie|geen)\b)(?:\w+ ){1,3}?(?:en|plus) (?:ook )?"
    r"(?:slap|zwak|krachteloos|slapper|zwakker)\b",
    # het werkwoord voor de benen (sessie 16c): "na 200 meter worden mijn twee benen doof en slap"
    r"\b(?:worden|werden|zijn|waren|gaan|voelen) (?:mijn |mn |m |de |beide |allebei |twee |2 |dr |haar |zn |zijn ){1,3}(?:benen|voeten) "
    r"(?!(?:niet|nie|geen)\b)(?:\w+ ){1,3}?(?:en|plus) (?:ook )?(?:slap|zwak|krachteloos|slapper|zwakker)\b",
    # de zwakte later in de zin met "ze" gezegd (sessie 16c): "mijn benen tintelen tot in mijn tenen en ze zijn als pudding"
    r"\b(?:benen|voeten)\b(?: \S+){0,20}? ze (?:zijn|voelen|worden|werden|lijke[n]|gaan) (?:(?!(?:niet|nie|geen)\b)\w+ ){0,2}?"
    r"(?:als |van |aan )?(?:pudding|gelei|spaghetti|slap|slapper|zwak|zwakker|krachteloos|krachtelozer|minder ster[k])\b",
    # ... ook met het werkwoord eerst (sessie 19h): "mijn twee benen worden doof ... en dan zijn ze ook slapper"
    r"\b(?:benen|voeten|beenen|bene)\b(?: \S+){0,20}? (?:zijn|zin|voelen|worden|werden|waren|gaan) ze (?:(?!(?:niet|nie|geen)\b)\w+ ){0,2}?"
    r"(?:als |van |aan |gelijk )?(?:pudding|gelei|spaghetti|slap|slapper|zwak|zwakker|krachteloos|krachtelozer|minder ster[k])\b",
    # minder kracht erin (sessie 18c): "mijn twee benen worden doof en zwaar als ik naar de winkel wandel, en er zit minder
    # kracht in dan vroeger"
    r"\b(?:benen|voeten)\b(?: \S+){0,14}? (?:er zit|zit er|ze hebben|hebben ze) (?:\w+ )?(?:minder|geen|weinig|nauwelijks) (?:kracht|fut|pit)"
    r" (?:meer )?in\b",
    # de trap op met de armen (sessie 18e): "mijn beide benen ... moet mij aan de leuning omhoog trekken", Twents "mot mie an
    # de leuning omhoog trekn" ("ik hou de leuning vast" is geen teken)
    r"\b(?:benen|voeten|bene)\b(?: \S+){0,32}? (?:mij|me|mie|mezelf|mijzel[f]) (?:\w+ )?(?:aan|an|aon|lang[s]|met|bij) de (?:trap)?(?:leunin[g]|relin[g])"
    r" (?:\w+ )?(?:omhoog|naar boven|op|boven)? ?(?:trekke[n]|trek[n]|trek|trok|hijse[n]|hijs|sleure[n])\b",
    # ze laten mij in de steek (sessie 18e): "mien beide bene ... en ze loat mie in de steek as ik de trap op goa"
    r"\b(?:benen|voeten|bene)\b(?: \S+){0,20}? ze (?:late[n]|laat|loat|loate[n]|liete[n]|liet) (?:mij|me|mie) (?:\w+ )?in de stee[k]\b",
    # ze willen niet goed meer, of vasthouden om recht te blijven (sessie 21d, refresh 29): "allebei mijn benen doof ... en ze
    # willen niet goed meer, ik moet me vasthouden aan het aanrecht" ("ik hou me uit gewoonte vast aan de leuning" is geen teken)
    r"\b(?:benen|voeten|bene)\b(?: \S+){0,20}? (?:ze|die) (?:willen|wille[n]|wilden|wouden) (?:(?:niet|nie|nimme[r]) )(?:goed |goe |echt |zo goed "
    r"|zo goe |meer goed |nog goed |rech[t] )(?:meer|mee|meer mee)\b",
    r"\b(?:benen|voeten|bene)\b (?:willen|wille[n]|wilden|wouden) (?:(?:niet|nie|nimme[r]) )(?:goed |goe |echt |zo goed |zo goe |nog goed )"
    r"(?:meer|mee|meer mee)\b",
    r"\b(?:benen|voeten|bene)\b(?: \S+){0,32}? (?:moet|moest|mot|moe|moete[n]) (?:ik |k )?(?:mij|me|mie|mezelf|mijzel[f]) (?:\w+ ){0,4}?"
    r"(?:vasthoude[n]|vastpakke[n]|vastgrijpe[n]|vastklampe[n]|vasthouwe[n]|ondersteune[n]|rechthoude[n]|optrekke[n])\b",
    # beide benen zwaar geworden, en het lukt niet meer of het wordt erger, verder in de zin (sessie 25M1): "allebei mijn benen
    # zijn zwaar geworden, de trap op gaat niet meer", "mijn benen worden zwaarder, het wordt elke dag erger" ("mijn benen zijn
    # zwaar" alleen is geen teken)
    r"\b(?:(?:benen|voeten)\b (?:zijn|worden|werden|waren|voelen|voelden|rake[n]|raakte[n]|zijn nu|worden nu)"
    # ... het werkwoord eerst (sessie 34Q): "na 100 meter worden mijn beide benen zwaar, elke week erger"
    r"|(?:zijn|worden|werden|waren|voelen|voelden|rake[n]|raakte[n]) (?:(?:mijn|mn|m|zijn|zn|haar|beide|allebei|twee|de|me) )+(?:benen|voeten)\b)"
    r" (?:\w+ ){0,2}?(?:zwaar|zwaarde[r]"
    r"|loodzwaar)\b(?=(?: \S+){0,40}? (?<!niet )(?<!nie )(?<!geen )(?:erger|slechter|zwakker|achteruit|steeds mee[r]|(?:niet|nie) (?:meer|mee)"
    r"|nimme[r]|hulp nodig)\b)(?!(?: \S+){0,40}? (?:niet|nie|geen|nooit) (?:\w+ ){0,2}?(?:erger|slechter|zwakker)\b)",
    # ... het erger eerst gezegd (sessie 31AN): "het wordt erger, mijn benen zijn zwaar als lood", "sinds twee weken gaat het
    # achteruit: zijn beide benen voelen loodzwaar" (niet zwaar na een werkdag)
    r"\b(?<!niet )(?<!nie )(?<!geen )(?:erger|slechter|achteruit)\b(?: \S+){0,8}? (?:(?:mijn|mn|zijn|zn|haar|beide|allebei|twee|de|m) )+"
    r"(?:benen|voeten)\b (?:\w+ ){0,2}?(?:zijn|worden|werden|waren|voelen|voelden|rake[n]|raakte[n]) (?:\w+ ){0,2}?(?:zwaar|zwaarde[r]"
    r"|loodzwaar)\b(?! (?:\w+ ){0,4}?(?:na|werkda[g]|avond|diens[t]|staan)\b)",
)
BOTH_LEGS_NUMB_PATTERNS = (
    # de linker en de rechter genoemd, het teken na een meervoudig werkwoord of "allebei" (sessie 26F): "mijn linker- en
    # rechtervoet slapen", "mijn linkervoet en rechtervoet zijn allebei doof" (niet "pijn in mijn linkerbeen en mijn
    # rechterbeen is doof")
    r"\b(?:linker|rechter) ?(?P<part>voet|been|kuit|dij|schee[n]|onderbee[n]|bovenbee[n])? en (?:mijn |mn |m |de |het )?(?:rechter|linker) ?"
    r"(?(part)(?P=part)|(?:voet|been|kuit|dij|schee[n]|onderbee[n]|bovenbee[n]))\b (?:(?:zijn|waren|worden|werden|voelen|voelden"
    r"|allebei|alle twee|beide|allebeide|nu|al|ook|sinds \w+) ){0,3}?(?:{LEG_NUMB}|slapen|sliepen|tintelen|tintelde[n]|kriebele[n])",
    # ... het werkwoord eerst: "slapen mijn linker- en rechtervoet"
    r"\b(?:slapen|sliepen|tintelen|tintelde[n]|kriebele[n]|prikke[n]) (?:\w+ ){0,3}?(?:mijn |mn |m |de )?(?:linker|rechter) ?(?:voet|been)?"
    r" en (?:mijn |mn |m |de )?(?:rechter|linker) ?(?:voet|been)\b",
    # ... het teken eerst, dan de twee kanten genoemd (sessie 30W): "het tintelt in mijn linker en rechter been", "mieren in
    # mijn linkerbeen en in mijn rechterbeen" (niet "pijn in mijn linkerbeen en mijn rechterbeen is doof": het teken na hen)
    r"\b{LEG_NUMB}(?: \w+){0,3}? (?:in|aan|op) (?:mijn |mn |m |me |het |de )?(?:linker|rechter) ?(?P<part>been|voet|kuit|dij|onderbee[n]"
    r"|bovenbee[n])? en (?:in |aan |op )?(?:mijn |mn |m |me |het |de )?(?:rechter|linker) ?(?(part)(?P=part)|(?:been|voet|kuit|dij|onderbee[n]"
    r"|bovenbee[n]))\b",
    # the legs right before the verb, "nu"/"sinds gisteren" and the sign, after another part and "en": "mijn enkels
    # en mijn voeten zijn sinds zondag helemaal doof" (see _MID)
    r"\b(?:benen|voeten|kuiten|schenen|onderbenen|bovenbenen|enkels|knieen) " + _COPULA + " " + _MID
    + r"(?:doof|verdoofd\w*|gevoel(?:s)?lo+s\w*|gevoellos\w*|tintelig\w*)\b",
    # the verb first with a longer gap: "voel ik mn beide voeten haast niet"
    r"\bvoel\w* (?:\w+ ){0,3}?(?:benen|voeten) (?:\w+ ){0,3}?(?:niet|nauwelijks|amper|minder|slecht)\b",
    r"\b(?:benen|voeten) (?:\w+ )?(?:slapen|slapen in|sliepen|sliepen in)\b",  # ... verleden tijd (sessie 33J): "beide benen sliepen"
    # ... een bijzin met het werkwoord achteraan en een plaats ertussen (sessie 37A): "hij zegt dat zijn twee benen van de knie
    # tot in de tenen slapen" (geen ontkenning ertussen)
    r"\bdat (?:mijn |mn |m |zijn |zn |haar )?(?:beide |twee |allebei |alle twee )?(?:benen|voeten)"
    r" (?:(?!(?:niet|nie|niks|geen|nooit|meer)\b)\w+ ){1,8}?(?:slapen|sliepen)\b",
    # ... Vlaams met "staan te" (sessie 36A): "mijn twee benen staan te slapen", "zijn beide voeten stonden te slapen"
    r"\b(?:benen|voeten) (?:\w+ )?(?:staan|stonden|stoan) te (?:slapen|slape)\b",
    # the verb first (session 21f): "sinds een paar dagen slapen allebei mijn benen", "slapen mijn beide voeten"
    r"\b(?:slapen|sliepen) (?:nu |al |ook |soms |vaak |dan )?(?:allebei|beide|alle twee|mijn beide|mijn twee|mn beide|mijn)"
    r" (?:mijn |mn |m |de )?(?:benen|voeten|onderbenen)\b",
    # "ik voelde haar handen niet op mijn onderbenen"
    r"\bvoel\w* (?:\w+ ){0,3}?(?:niet|niks|niets) (?:\w+ ){0,2}?(?:op|aan|in) (?:mijn|mn|beide) "
    r"(?:onderbenen|benen|voeten|kuiten|scheenbenen|schenen)\b",
    # what touches both legs is not felt, the place before the "niet": "voelde het mesje op allebei mijn schenen
    # gewoon niet" (not the pain: "ik voel de pijn in mijn benen niet meer"; not what is felt there, the "niet" for
    # another place: "voelde ik wel aan mijn benen maar niet aan mijn poep")
    r"\bvoel\w* (?:(?!pijn\b|zeer\b|last\b|kramp\w*|wel\b)\w+ ){0,3}?(?:op|aan|in|over) "
    r"(?:(?:allebei|beide|twee|mijn|mn|m|de|mijne) ){1,3}"
    r"(?:benen|voeten|schenen|scheenbenen|kuiten|onderbenen|bovenbenen|enkels|knieen)\b"
    r"(?: (?!maar\b|behalve\b|wel\b|toch\b)\w+){0,2}? (?:niet|nauwelijks|amper|bijna niet|haast niet|niks|niets)\b",
    # "van de knieen tot aan mijn tenen , links en rechts , alles doof": both sides, a leg named just before
    r"\b(?:benen|voeten|knieen|tenen|kuiten|schenen|enkels|onderbenen|knie|voet|been|enkel|kuit|scheen\w*)\b"
    r"(?: \S+){0,3}? linksrechts(?: ,)?(?: \w+){0,2}? {LEG_NUMB}",
    # slap en doof in één adem (sessie 16b): "mijn benen zijn als pudding en doof"
    r"\b(?:benen|voeten) (?:zijn|voelen|worden|werden|waren|voelden) (?:\w+ ){1,3}?(?:en|plus) (?:ook )?(?:doof|verdoofd|gevoelloos"
    r"|tintelig\w*)\b",
    # the stretch told between the legs and the sign (session 17e): "beide benen van de heup tot de tenen zo prikkelig doof"
    r"\b(?:benen|voeten)\b (?:van|vanaf) (?:de |mijn |mn |m )?\w+ (?:tot|naar) (?:aan )?(?:de |mijn |mn |m )?\w+(?: \w+){0,3}? {LEG_NUMB}",
    # a dead feeling in both legs (session 23N; "dood gevoel" alone is a saddle word): "zon dood gevoel in beide benen"
    r"\bdood gevoel (?:\w+ ){0,2}?(?:in|aan) (?:(?:allebei|beide|alle twee|twee|mijn|mn|m|de) ){1,2}(?:benen|voeten|onderbenen|bovenbenen)\b",
    # beide benen dood genoemd, met zijn of voelen of zonder werkwoord (sessie 33M): "allebei mijn benen voelen dood aan", "mijn twee
    # voeten zijn als dood", "mn benen zijn alle twee dood" (niet "doodmoe", "dood op", "dood van het sporten": vermoeide spieren)
    r"\b(?:(?:beide|allebei|alle twee|twee) (?:mijn |mn |m |de )?(?:benen|voeten)|(?:mijn|mn|m|de) (?:benen|voeten) (?:zijn |voelen )?"
    r"(?:allebei|alle twee|beide))(?: (?:zijn|voelen|voelden|waren|lijke[n]|leke[n]|nog|nu|echt|gewoon|helemaal|compleet|precies|als|gelijk"
    r"|wel|zo|allebei|beide)){0,3} dood\b(?! (?:moe|op|vermoei[d]|ziek|van (?:het |de )?(?:sporte[n]|sport|fitness|lope[n]|wandele[n]"
    r"|fietse[n]|trainin[g]|maratho[n])|na (?:\w+ ){0,2}?(?:sporte[n]|sport|fitness|trainin[g]|maratho[n]|loop|wandelin[g]|fietstoch[t]))\b)",
    # slap en doof in één adem, het werkwoord vooraan of zonder werkwoord (sessie 23N): "als ik loop wordt mijn beide benen zwaar en
    # doof", "beide benen zwaar en doof" (the "en" would cut the numbness from its legs)
    r"\b(?:wordt|worden|werd|werden|zijn|waren|voelen|voelden|rake[n]|raakte[n]) (?:mijn |mn |m |de )?(?:beide |allebei |twee )?(?:mijn )?"
    r"(?:benen|voeten) (?:(?!(?:niet|nie|geen|nooit)\b)\w+ ){1,3}?(?:en|plus) (?:ook )?(?:doof|verdoofd|gevoelloos|tintelig\w*)\b",
    r"\b(?:beide|allebei|alle twee|twee) (?:mijn |mn |de )?(?:benen|voeten) (?!(?:niet|nie|geen|nooit)\b)\w+ (?:en|plus) (?:ook )?(?:doof"
    r"|verdoofd|gevoelloos|tintelig\w*)\b",
    # beide benen genoemd, het teken in de zin erna (sessie 23N): "pijn in beide benen en ze tintelen allebei", "ze zijn allebei doof",
    # "tintelingen in allebei" (niet "tintelingen in mijn linkerbeen en pijn in allebei": de benen eerst, het teken erna)
    r"\b(?:beide|allebei|alle twee|twee) (?:mijn |mn |de )?(?:benen|voeten)\b(?: (?!(?:niet|nie|geen|nooit|behalve)\b)\S+){0,12}?"
    r" (?:(?:ze|zij|die) (?:\w+ )?(?:allebei|alle twee|beide|allebeide) (?:\w+ )?{LEG_NUMB}"
    r"|{LEG_NUMB} (?:ze |zij |die )?(?:\w+ )?(?:allebei|alle twee|allebeide|in beide|in allebei|in alle twee)\b(?! (?:mijn |mn |m )?"
    r"(?:arme[n]|hande[n]|vinger[s]|billen|bil|heupe[n]|schouder[s]|polse[n]|elleboge[n]|zijde[n]|kante[n])\b))",
)

# ---- cancer ----
#: the cancer word's typos ("kanser"); "kanker" has its own patterns
CANCER_WORD = (r"kanser\w*",)
#: a question or a worry about cancer, not a history (anywhere in the sentence)
CANCER_QUESTION = ("oorzaak", "oorzaken", "risico", "kans", "symptomen van", "teken van", "tekenen van", "wat als", "bang")
#: just before the cancer word: "goedaardig"
CANCER_BENIGN = (r"goedaardig\w*",)
#: doubt or a test just before the cancer word: "zou het kanker zijn", "onderzoek naar kanker"
CANCER_DOUBT = ("zou", "kan het", "is het", r"onderzoek\w*", "uitsluiten",
                # een geloof over de oorzaak nu, geen kanker gehad (sessie 19): "ik ben ervan overtuigd dat het kanker is"
                r"(?:overtuig[d]|zeker|wedde[n]) (?:\w+ )?dat (?:het|dit|t)\b")
#: a clause that asks or worries whether it is cancer, the cue anywhere before the cancer word: a clause opening with
#: its verb (the Dutch yes/no question: "kan rugpijn een teken zijn van iets ergs zoals kanker", "wijst dit op
#: kanker") or a worry that it is ("ik maak me zorgen dat het iets ergs is zoals kanker")
CANCER_ASKED = (
    # de erfelijkheid gevraagd (sessie 19m): "is dat erfelijk, die kanker van mijn moeder?"
    r"\b(?:erfelijk\w*|genetisch\w*)",
    r"^(?:\w+ ){0,1}?(?:kan|kunnen|zou|zouden|kon|wijst|wijzen|duidt|duiden|is|zijn|betekent|kom|komt|moet|hoort)"
    r" (?:dit|dat|het|t|zoiets|zo een|zon|zulke|zo|mijn rugpijn|rugpijn|pijn|mijn pijn|de pijn|dees|deze|die"
    r"|(?:mijn |de )?lage rugpijn)\b",  # "kan lage rugpijn op iets kwaadaardigs wijzen, kanker of zo?" (session 38T)
    # ... rugpijn van de gewone soort gevraagd als kanker (sessie 33D): "kan normale rugpijn ook kanker zijn", "kan een doodgewone pijnlijke
    # rug kanker zijn", "is simpele lage rugpijn soms kanker"
    # (geen onderwerp voor het werkwoord: "het is normale pijn van de kanker" vertelt, het vraagt niets)
    r"^(?!(?:\w+ ){0,1}?(?:het|t|dat|dit|da|hij|zij|ze|wat|die) (?:kan|kunnen|zou|zouden|kon|is|zijn)\b)"
    r"(?:\w+ ){0,1}?(?:kan|kunnen|zou|zouden|kon|is|zijn) (?:een |de )?(?:gewone|normale|doodgewone|simpele|banale|alledaagse|klassieke"
    r"|typische)(?: \w+){0,2}? (?:rugpijn|pijn|rug|rugklachten|lendenpijn|lumbago)\b",
    # ... een vraag of iets kanker kan geven of veroorzaken, het werkwoord vooraan (sessie 32AP): "kan al dat zitten kanker geven?", "krijg
    # je kanker van pijnstillers?", "veroorzaakt roken kanker?"
    r"^(?:\w+ ){0,1}?(?:kan|kunnen|zou|zouden|krijg|krijgt|krijgen|geeft|geven|veroorzaakt|veroorzaken)(?: \w+){0,4}"
    r" (?!(?:met|na|tijdens|bij|ondanks|zonder|voor|tegen|door|van|mijn|mn|m|ook)$)\w+$",  # not "kan ik met kanker sporten?"
    r"\b(?:{FEAR}|zorgen|ongerust) (?:\w+ ){0,2}?(?:dat|of|om)",
    r"\b(?:ik vraag me af|vraag me af|ik twijfel|denk je|denkt u|zou het kunnen) (?:of |dat )?",
    # erover gelezen of gehoord (sessie 17: "lees op internet allemaal dingen over tumoren")
    r"\b(?:lees|las|gelezen|lezen|gegoogeld|googelen|opgezocht|hoor|hoorde|gehoord) (?:\w+ ){0,4}?(?:over|dat|van)\b",
    r"\b(?:internet|online|google|tiktok)\b",
    # hoe men het zou weten, en als het ... is, of het ermee te maken heeft (sessie 35J): "hoe weet je of rugpijn kanker is", "en als het
    # nu een tumor is?", "heeft het iets met kanker te maken?" (een eigen kanker gehad houdt het: CANCER_OWN)
    r"\bhoe (?:weet|kan|zie|merk|herken|ziet|merkt|herkent) (?:ik|je|men|u|jij|ge|de dokter)\b",
    r"^als (?:het|dat|dit|t|da) (?:\w+ )?(?:een |ne |nen )?$",
    r"^(?:\w+ )?(?:heeft|hebben|had) (?:dit|dat|het|t|da|mijn rugpijn|rugpijn|de pijn|pijn|mijn pijn) (?:\w+ ){0,2}?met$",
    # en als het, wat als het, wanneer eraan denken (sessie 36F): "en als het een gezwel is?", "as da kanker is", "wat gebeurt er
    # als het kanker is?", "vanaf wanneer moet je aan kanker denken?", "wanneer vermoedt een arts een tumor?"
    r"^(?:(?:wat|en|maar|gebeurt|er|dan) ){0,4}(?:als|as|stel dat|stel da|veronderstel dat) (?:het|dat|dit|t|da)(?: \w+)?"
    r"(?: (?:een|ne|nen))?$",
    r"\b(?:wanneer|vanaf wanneer|hoelang|hoe lang|op welk moment) (?:moet|moeten|moete|moeite|moette|zou|zouden|mag|denkt|denken"
    r"|vermoedt|vermoeden|is het tijd)\b",
)
#: the patient's own cancer told in the same sentence: had, treated, coming back ("ik heb borstkanker gehad, kan het
#: terug zijn?")
#: het verhaal van een ander, gelezen of gehoord (sessie 19j; bot/reading/redflags.py _cancer_story_sentence): "ik las het
#: verhaal van een man van 33 die ...", "een filmpje gezien van een vrouw die ..."; niet de eigen kanker erin (CANCER_MY)
CANCER_STORY = (r"(?:gelezen|gezien|gehoord|las|zag|hoorde|bekeken|lees|zie) (?:\w+ ){0,3}?(?:verhaal|artikel|bericht|filmpje|video"
                r"|post|forum|internet|tiktok|facebook|nieuws|docu\w*|reportage)",
                r"(?:verhaal|geval) (?:van|over) (?:een|ne|nen) (?:man|vrouw|gast|kerel|meisje|jongen|vent|mens|patient\w*)",
                r"(?:een|ne|nen) (?:man|vrouw|gast|kerel|meisje|jongen|vent|patient\w*)(?: van \d+(?: jaar)?)? die")
#: iemand anders "had hetzelfde" (sessie 22, engine _cancer_same_story): "mijn buurvrouw had hetzelfde en het bleek kanker"
CANCER_SAME = (r"(?:had|heeft|hadden|kreeg|heeft ook|had ook) (?:\w+ )?(?:hetzelfde|precies hetzelfde|net hetzelfde|exact hetzelfde"
               r"|dezelfde klachten|dezelfde pijn|iets gelijkaardigs|iets vergelijkbaars|zoiets|net zoiets|ook zoiets|datzelfde)",)
CANCER_MY = (r"(?:ik had|ik heb|heb ik|had ik|mijn|mn) (?:\w+ ){0,3}?(?:{CANCER_WORD}|\w*kanker\w*|tumor\w*|leuk[ae]mi\w*|lymfo[o]?m\w*|lymphom\w*|melano[o]?m\w*|\w*carcino[o]?m\w*)",)
#: het verhaal van een ander, en wat het bleek te zijn (sessie 37N; bot/reading/redflags.py _cancer_told_of_other): "mijn
#: tante had rugpijn en het bleek kanker", "mijn nonkel had last van zijn rug, het was kanker" -- de persoon (FAMILY of
#: CANCER_SOMEONE), het werkwoord van hebben (CANCER_TOLD_HAD) en wat het bleek (CANCER_REVEALED), zonder ik, mijn of
#: "de mijne" ertussen: de kanker is van die ander (niet "mijn tante had het en ik had borstkanker")
CANCER_SOMEONE = (r"(?:een|ne|nen) (?:kennis|vriend|vriendin|collega|man|vrouw|gast|kerel|mens)", r"iemand")
CANCER_TOLD_HAD = (r"had|heeft|hadden|kreeg|heeft gehad|had ook|(?:zat|sukkelde|liep) (?:\w+ ){0,3}?met|klaagde|ging naar de (?:dokter|huisarts) met",)
CANCER_REVEALED = (r"(?:bleek|blijkt|was|is|ging om|gaat om|bleek te zijn) (?:\w+ ){0,4}?"
                   r"(?:{CANCER_WORD}|\w*kanker\w*|tumor\w*|leuk[ae]mi\w*|lymfo[o]?m\w*|myelo[o]?m\w*|melano[o]?m\w*|\w*carcino[o]?m\w*|uitzaai\w*)",)
#: een voorbeeldwoord dat de zin van het kankerwoord opent na een komma (sessie 35J; bot/reading/redflags.py _asking_clause):
#: "kan rugpijn door iets ernstigs komen, zoals kanker?" -- de vraag is de zin voor de komma
CANCER_EXAMPLE = (r"zoals", r"bijvoorbeeld", r"bv", r"bijv", r"zo een", r"zon", r"zoiets als", r"gelijk")
#: het kankerwoord alleen na een komma, als voorbeeld van de vraag ervoor zonder voorbeeldwoord (sessie 38T;
#: bot/reading/redflags.py _apposition): "kan rugpijn op iets ergs duiden, een gezwel of zo?" -- CANCER_APPOSITION_BEFORE is
#: alles wat voor het woord in zijn zin mag staan (een lidwoord), CANCER_VAGUE alles wat erna mag volgen (een vaag staartje)
CANCER_APPOSITION_BEFORE = (r"een", r"ne", r"nen", r"een soort", r"ene")
CANCER_VAGUE = (r"of zo", r"ofzo", r"of iets", r"of zoiets", r"of iets dergelijks", r"of iets in die aard", r"of iets in die zin",
                r"of wat dan ook", r"misschien", r"wellicht", r"eventueel", r"mogelijk", r"bijvoorbeeld", r"bv", r"bijv", r"zelfs",
                r"god verhoede")
#: kanker of een tumor in het algemeen gevraagd als oorzaak, het onderwerp van een werkwoord dat iets geeft (sessie 36F;
#: bot/reading/redflags.py _cancer_as_cause): "kan kanker rugpijn geven?", "geeft kanker rugpijn?" -- CANCER_CAUSE_BEFORE is de
#: hele zin voor het woord, CANCER_CAUSE_AFTER opent de zin erna, CANCER_NAMED het woord zelf (geen behandeling)
CANCER_CAUSE_BEFORE = (r"(?:kan|kunnen|kon|zou|zouden|geeft|geven|veroorzaakt|veroorzaken)(?: (?:een|ne|nen))?",)
CANCER_CAUSE_AFTER = (r"(?:\w+ ){0,4}?(?:geven|geeft|veroorzaken|veroorzaakt|uitlokken|pijn doen)",
                      r"(?:lage |\w+ )?(?:rugpijn|rugklachten|lendenpijn)$")
CANCER_NAMED = (r"\w*kanker\w*", r"kankers", r"tumor\w*", r"gezwel\w*")
#: een knipwoord als partikel na het onderwerp van een vragende zin (sessie 36F; bot/reading/redflags.py
#: _cancer_asked_past_particle): "en als het nu een tumor is?", "as da nu kanker is?" -- de zin opnieuw gelezen zonder
CANCER_PARTICLE_SUBJECT = ("het", "dat", "dit", "t", "da")
CANCER_PARTICLE = ("nu", "toch")
CANCER_OWN = (
    r"gehad", r"had", r"geleden", r"behandeld", r"behandeling", r"bestraald", r"bestraling\w*", r"chemo\w*",
    r"terug\w*", r"opnieuw", r"vonden", r"gevonden", r"verwijderd", r"geopereerd", r"vorig jaar", r"(?<!\b1[89] )(?<!\b[2-9]\d )jaar",  # not an adult's age ("78 jaar", session 17)
    r"weer", r"hervall\w*", r"herval", r"uitgezaaid", r"uitzaaiing\w*", r"remissie",
    # ... niet de eigen rugpijn of klacht gevraagd als kanker (sessie 32AP): "kan mijn rugpijn kanker zijn?"
    r"(?:mijn|mn|m) (?!(?:rugpijn|pijn|rug|onderrug|klacht\w*|pijntjes|bult|knobbel|zwelling|vermoeidheid|moeheid|werk|job|baan) \w*(?:kanker|tumor)"
    r")(?:\w+ )?\w*(?:kanker|tumor|tumeur)\w*",
)
#: the patient's own cancer asked about as coming back ("zou mijn kanker terug zijn", "ik ben bang dat mijn borstkanker is
#: uitgezaaid"): a history (bot/reading/redflags.py _cancer_returning); CANCER_MINE ends the words before the cancer
#: word, CANCER_BACK opens the words after it (only auxiliaries between)
CANCER_MINE = (r"(?:mijn|mn|m)(?: \w+)?",)
#: de eigen kanker bij naam in een vraag naar wat hij doet (sessie 31AI; bot/reading/redflags.py _cancer_owned): "zou mijn kanker het
#: kunnen zijn", "komt het door mijn prostaatkanker" (het bezittelijk woord vlak ervoor; geen angst of test erna: "mijn kankerrisico")
CANCER_OWNED = (r"(?:mijn|mn)(?: (?:oude|vorige|eerste|eerdere))?",)
CANCER_OWNED_NOT_AFTER = ("risico", "angst", "vrees", "test", "testen", "screening", "gen", "genen")
#: de kanker van een ander gevraagd voor de eigen rug (sessie 30AC; bot/reading/redflags.py _cancer_theirs_for_mine): "betekent zijn
#: kanker dat de mijne iets ernstigs is", "kan haar kanker iets zeggen over mijn rugpijn" (niet "kan haar kanker de oorzaak zijn")
CANCER_THEIRS = ("zijn", "haar", "hun", r"z n", "zn")
CANCER_FOR_MINE = (r"de (?:mijne|mijn)", r"mijn eigen", r"(?:mijn|mn) (?:eigen )?(?:rug|rugpijn|pijn|onderrug|lage rug)",)
CANCER_BACK = (r"(?:(?:zou|zouden|kan|kon|is|zijn|al|nu|weer|toch|misschien|echt) ){0,3}?"
               r"(?:teru[g]\w*|opnieu[w]|uitgezaai[d]|uitzaai\w*|herval\w*|teruggekeer[d])",)
#: right after the cancer word: "kanker uitgesloten"
CANCER_NOT_AFTER = ("uitgesloten", r"kan (?:\w+ )?zijn", r"zou (?:\w+ )?kunnen zijn",
                    # de erfelijkheid gevraagd (sessie 19m): "is kanker erfelijk?", "zit botkanker in de familie?"
                    r"(?:(?:is|zijn) )?(?:erfelijk\w*|genetisch\w*)", r"zit (?:\w+ )?in de famili[e]")
#: wie eraan overleden is, typt niet zelf: "aan longkanker overleden", "gestorven aan kanker"
CANCER_DIED_BEFORE = (r"(?:overleden|gestorven|gestorven|gestorve|gestorrve|gesturve|gestórve|doedgegaon|doodgegaan|doodgegaon) aan",
                      # heengegaan of bezweken, of "eraan gestorven, aan kanker" (sessie 26G): "mijn pa en twee broers zijn aan
                      # kanker bezweken", "zijn er aan gestorven , aan kanker"
                      r"(?:heengegaa[n]|bezwek\w*|bezweke[n]|meegegaa[n]|weggegaa[n]|gegaan) (?:aan|met|door)",
                      r"(?:er ?aan|daaraan|daar aan) (?:\w+ )?(?:overleden|gestorven|gestorve|doodgegaan|bezweke[n]|heengegaa[n])(?: \w+)? ,(?: \w+)?",
                      # de dood eerst, de ziekte na de komma (sessie 18f): "mn moeder is vorig jaar overleden, borstkanker"
                      r"(?:is|zijn|was|waren) (?:\w+ ){0,3}?(?:overleden|gestorven|gestorvn|gestorve) ,")
CANCER_DIED_AFTER = (r"(?:\w+ ){0,2}?(?:overleden|gestorven|gestorvn|gestorve|overleed|stierf)",)

# ---- weight loss ----
WEIGHT: tuple = ()  # Dutch patterns name "gewicht" and "kilo" in their own words
#: clothes that hang loose ("mijn broek zakt af")
CLOTHES = ("broek", "broeken", "kleren", "kleding", "riem", "bokse[m]",  # Gronings "boksem" (session 21f; bracketed)
           # ... een broek met een voorvoegsel, een jeans (sessie 29O): "mijn werkbroek zakt af", "mijn spijkerbroek"
           r"\w+broe[k]", r"\w+broeke[n]", "jeans")
#: een gewichtsverlies opnieuw genoemd als het al vertelde (bot/reading/redflags.py _told_again, sessie 26C): "het afvallen",
#: "dat gewichtsverlies", "die kilos"
WEIGHT_TOLD_AGAIN = (r"(?:het|t|dat|da|dit|die|deze|al dat|al die|al het|al de) (?:\w+ )?(?:afvallen|afval|vermageren|gewichtsverlies|gewicht|kilos?|kgs?)",)
#: a limb that got thin is wasting, not weight lost: "mijn rechterkuit is veel dunner geworden"
WASTING_PART = (r"kuit\w*", r"\w*dij\w*", "benen",  # not "been": an English word too
                r"\w*beenspier\w*", "arm", "armen", r"spier\w*", "bil", "billen")
#: een lichaamsdeel dat dunner wordt, niet het lichaam (sessie 31AJ; bot/reading/redflags.py _part_grown_thin): "mijn huid
#: wordt steeds dunner", "mijn nagels worden dun" (het deel als onderwerp van het dunne woord, THIN_WORD, zonder "ik" ertussen;
#: niet "haar" alleen: ook het voornaamwoord)
THIN_PART = ("huid", r"(?:mijn|mn|m|het|t) haar", "haren", "nagels", "lippen", "wenkbrauwen", "wimpers", "botten", "bloed", "kraakbeen",
             "tandvlees", "hoofdhuid")
THIN_WORD = (r"dun\w*", r"mager\w*")
TOO_LOOSE = (r"(?:zakt|zakken) af", r"afzak\w*", r"(?:hangt|hangen) los", r"te (?:groot|ruim|wijd)",
             # a gap before "af" (session 21f): "mien boksem zakt aan alle kanten af"
             r"(?:zakt|zakken|zakte|zakten) (?:\w+ ){1,3}?af",
             # ... die van de heupen glijdt (sessie 29O): "mijn broek glijdt van mijn heupen", "mijn jeans valt van mijn kont"
             r"(?:glijdt|glijden|glee[d]|valt|vallen|schuift|schuive[n]|zakt|zakken) (?:\w+ ){0,2}?van (?:mijn|mn|m|me|de) (?:heupe[n]|kon[t]|gat|poe[p])",
             # ... van het lijf of naar beneden (sessie 35D): "mijn broek zakt van mijn lijf", "mijn broeken vallen van mij af", "mijn
             # broek zakt telkens naar beneden"
             r"(?:glijdt|glijden|valt|vallen|viel|viele[n]|zakt|zakken|zakte|zakten) (?:\w+ ){0,2}?van (?:mijn|mn|m|me) (?:lij[f]|lichaa[m])",
             r"(?:valt|vallen|viel|viele[n]) (?:\w+ ){0,2}?van (?:mij|me) af",
             r"(?:valt|vallen|viel|viele[n]|zakt|zakken|zakte|zakten|glijdt|glijden) (?:\w+ ){0,3}?naar beneden")
NEW = (r"nieuwe?",)
HOLES = (r"gaatjes?", "gat", r"gate[n]")
BELT = ("riem",)
#: weight lost on purpose, near the finding (regex alternatives; not when negated)
INTENT = ("dieet", "dieten", r"lijn\w*", "gezonder", "bewust", "expres", "express", "opzettelijk",
          r"(?:let|letten) (?:(?!niet |nie |geen )\w+ ){0,2}?op (?:mijn|mn|m'n|wat ik) (?:eten|eet)", "met opzet", "wil", "wilde",
          "willen", "wou", r"(?:moet|moeten|moest) (?:\w+ ){0,5}?(?:afvallen|vermageren|lijnen|kilo|kilos|gewicht|dieet|af)", "probeer", "proberen", "probeerde", "vasten", r"afslank\w*", "programma",
          "hoop", "zou")  # fmt: skip
#: ... unless the sentence says it is not on purpose: "zonder dat ik probeer af te vallen"
#: afvallen als middel, gevraagd of aangeraden ("helpt afvallen tegen rugpijn?", "is afvallen goed voor mijn rug"): de
#: daad (hoe de match begint), niet aan de gang (net ervoor: "ben aan het afvallen"), een helpend woord in de zin
WEIGHT_AS_ACT = (r"afvallen", r"gewicht (?:\w+ ){0,2}?verlies\w*", r"verliez\w* (?:\w+ ){0,2}?gewicht", r"gewichtsverlies",
                 r"gewichtsafname")
WEIGHT_ONGOING = (r"(?:aan het|aant|aan t|blijf|blijft|blijven|nog|steeds|begonnen|beginnen|zo snel|snel|plots|plotseling"
                  r"|opeens|ineens)",)
#: a pronoun that takes the act up again after a comma: "afvallen, helpt dat?"
WEIGHT_RESUMED = (r"(?:helpt|zou|kan|is) (?:dat|het|da|t)", r"(?:dat|da) (?:\w+ )?")
WEIGHT_REMEDY = (r"help\w*", r"geholpen", r"(?:goed|beter|best|gezond) (?:voor|tegen)", r"tegen (?:de |mijn |mn )?(?:\w+ )?"
                 r"(?:rugpijn|pijn|rug)", r"ontlast\w*", r"verlicht\w*", r"aangeraden", r"aanraden", r"raadt\w*", r"advies",
                 r"zin heeft", r"verschil", r"verbeter\w*", r"verzwak\w*",  # "verzwakt het afvallen mijn rug" (sessie 21e)
                 # ... of als verergering (sessie 34S): "maakt afvallen mijn rug erger?", "verergert gewichtsverlies rugpijn"
                 r"(?:maakt|maken|maak|gemaakt) (?:\w+ ){0,4}?(?:erger|slechter)", r"(?:erger|slechter) (?:\w+ )?(?:maken|maakt|gemaakt)",
                 r"vererger\w*", r"slecht (?:voor|tegen)",
                 # of gevraagd als oorzaak (sessie 16d): "kan afvallen rugpijn geven??", "komt dat van het afvallen"
                 r"veroorza\w*", r"(?:rugpijn|pijn|last|rugklachten) (?:\w+ )?(?:geven|doen|bezorgen|opleveren)", r"oorzaak",
                 # "komt dat door het afvallen of gewoon kut techniek?" (sessie 19h)
                 r"komt (?:dat|da|het|t|die|dit|de pijn|die pijn|mijn rugpijn|mn rugpijn|de rugpijn|mijn rug|mn rug) (?:\w+ )?"
                 r"(?:door|van|doordat)",
                 # ... met een hulpwerkwoord, het werkwoord achteraan (sessie 23P): "kan dat door het afvallen komen?", "zou de
                 # pijn van het afvallen kunnen komen"
                 r"(?:door|van) (?:het|t|dat|al dat|al het|mijn|mn) (?=(?:afvallen|gewichtsverlies)(?: \w+){0,2} (?:komen|kome|zijn|liggen)\b)")
UNINTENDED = (r"(?:niet|nie) bewust", r"zonder (?:dat|da) (?:ik|k) (?:er )?iets (?:voor )?doe", r"zonder (?:\w+ ){0,3}?(?:proberen|probeer|dieet|lijnen)", r"geen dieet", r"(?:niet|nie) aan (?:het|t) lijnen",
              r"weet (?:niet|nie) waarom", r"(?:niet|nie) de bedoeling",
              # nothing changed (session 18): "terwijl ik eet zoals altijd en nul sport doe"
              # het lijnen ontkend (sessie 37W): "ik lijn niet", "ik doe echt niks aan lijnen", "niets aan de lijn"
              r"lijn (?:\w+ )?(?:niet|nie|ni)", r"(?:niks|niets) (?:\w+ )?aan (?:de |het |t )?(?:lijn|lijnen)",
              r"nul (?:sport|beweging|moeite)", r"(?:eet|at|eten) (?:\w+ ){0,4}?(?:zoals altijd|als altijd|zoals vroeger|evenveel"
              r"|gewoon hetzelfde)")  # fmt: skip
#: weight lost on purpose or explained, anywhere in the sentence: only cues that name the intent
INTENT_STRONG = (
    # een droogtrainperiode (sessie 19h): "sinds ik aan het cutten ben", "ik ben aan het droogtrainen"
    r"(?:aan (?:het|t) |ben )cutt\w*", r"droogtrain\w*",
    # de frieten vaarwel gezegd (sessie 18f): "11 kilo kwijt, merci fitness en vaarwel frietjes 's avonds"
    r"(?:vaarwe[l]|daag|adie[u]|bye bye|gedaa[n] met) (?:de |die |aan de )?(?:friet\w*|frit[e]\w*|chip[s]|snoe[p]|bie[r]\w*|pizza\w*"
    r"|frisdran[k]\w*)", r"(?:merc[i]|dank ?u|dankzi[j]|dankuwe[l]) (?:de |het )?(?:fitnes[s]|sportschoo[l]|gy[m])",
    "dieet", "dieten", r"lijn\w*", "gezonder", "bewust", "expres", "opzettelijk", "met opzet", "vasten", r"afslank\w*",
    "bedoeling", "koolhydraatarm", r"minder (?:eten|eet|te eten|snoep\w*|drink\w*|suiker|alcohol)",
    r"gezond (?:eten|eet|te eten)", "expreselijk",
    # Flemish chat spells expres with two s ("da is express"); watching the food is the intent
    "express", r"(?:let|letten) (?:(?!niet |nie |geen )\w+ ){0,2}?op (?:mijn|mn|m'n|wat ik) (?:eten|eet)",
    # explained: after a baby
    "bevalling", "bevallen", "zwangerschap", "borstvoeding",
    # weight put on is no weight lost (session 18): "een gaatje losser, er zijn 4 kilo bijgekomen"
    r"(?:kilo|kilos|kg|kgs|gewicht) (?:\w+ )?(?:aangekomen|bijgekomen)", r"zwaarde[r] geworden",
    # eerder bijgekomen (sessie 21c): "ik ben eerder bijgekomen", "ben zelfs wat aangekomen"
    r"(?:ben|zijn|is) (?:\w+ ){0,2}?(?:eerder|zelfs|juis[t]|integendee[l]) (?:\w+ )?(?:aangekomen|bijgekomen)",
    # met hulp en graag afgevallen (session 18): "11 kilo kwijt met mijn coach, superfier", "met de dietiste, ik ben er
    # trots op" (de woorden buiten de woordenschat van de typolezer)
    r"(?:met|me|bij|via|dankzi[j]) (?:mijn|mn|m|mijne|me|de|een|ne|nen) (?:\w+ )?(?:coac[h]|voedingscoac[h]|traine[r]"
    r"|dietis[t]\w*|dieetis[t]\w*|dietis[t]e)\b", r"(?:super|zo )?(?:trot[s]|fie[r])",
    # een programma of een doel genoemd (sessie 20b): "sinds september crossfit en 9 kilo kwijt, doel bereikt!", "eindelijk
    # op mijn streefgewicht", "zoals gepland"
    # een programma bij naam (sessie 26C): "met weight watchers", "ww", "sonja bakker", "herbalife"
    r"weight watchers", r"ww", r"sonj[a] bakke[r]", r"herbalif[e]", r"slimmin[g] worl[d]",
    r"crossfi[t]", r"doe[l] (?:bereik[t]|gehaald)", r"streefgewich[t]", r"doelgewich[t]", r"zoal[s] gepla[n]d", r"volgen[s] pla[n]",
)  # fmt: skip
#: een gewichtsverlies dat gewild is (sessie 33E): met een afvalprik ("8 kilo afgevallen met de afvalprik", "10 kilo kwijt
#: met de vermageringsspuit"; niet een kale "prik": een vaccin)
_MEANT_33E = (r"(?:afva[l]|vermagering[s]|afslan[k]|dieet)(?:pri[k]|spui[t]|injecti[e]|pe[n])(?:je|ken|jes|en|s)?",)
INTENT += _MEANT_33E
INTENT_STRONG += _MEANT_33E + (r"gewil[d]",)
#: een opzet-cue met een ontkende vergelijking met vroeger net erna (sessie 42D, bot/reading/redflags.py _intent_in): de sport
#: niet meer dan anders is geen reden voor het verlies: "5 kilo lichter, sport niet meer dan anders", "sporten doe ik niet meer
#: dan vroeger", "fietsen zoals altijd" (niet "niet meer dan 1200 calorieen": de vergelijking is met vroeger)
INTENT_DENIED_AFTER = (
    r"(?:niet|nie|ni|geen|nooit) (?:meer|vaker|extra|harder|langer|verder)(?: \w+){0,2}? (?:dan|als) (?:anders|vroeger|normaal"
    r"|gewoonlijk|voorheen|daarvoor|ervoor|voordien|altijd|gewoon|vorig jaar|ik gewoon ben|ik gewend ben)\b",
    r"(?:even ?veel|net ?zoveel|zoveel|hetzelfde) (?:als|zoals) (?:anders|vroeger|altijd|normaal|gewoonlijk|voorheen)\b",
    r"zoals (?:altijd|anders|vroeger|gewoonlijk)\b",
)
#: een gewichtsverlies in de volgende zin opgenomen als gewild (sessie 33E, bot/reading/redflags.py _PURPOSE_OPENING): "... .
#: dat afvallen is helemaal bewust", "... . dat is de bedoeling", "... . dat was met opzet"
WEIGHT_PURPOSE = (r"bewust", r"expre[s]s?", r"opzettelij[k]", r"met opzet", r"(?:de|mijn|ook de) bedoelin[g]", r"gewil[d]")
MORE_RATHER = ("eerder", "meer")
GAINED = ("aangekomen", "bijgekomen")

# ---- night pain ----
NIGHT_PAIN_WORD = ("pijn",)
#: pain even lying still
LYING_STILL = ("ook als ik stil lig",
               # ... de nacht of het bed ervoor (sessie 28C): "zelfs s nachts als ik stil lig", "ook in bed als ik doodstil lig"
               r"(?:ook|zelfs) (?:s nachts|snachts|in bed|in mijn bed|in mn bed) (?:als|wanneer|terwijl) (?:ik|k) (?:heel |dood|helemaal )?(?:stil|roerloo[s]) lig",)
#: ... the words of it that tell only its persistence, no pain: a temperature may follow them (session 47R10, bot/reading/redflags.py
#: NOT_PERSISTING_READING): "s nachts altijd 39"
PERSISTENT_ONLY = ("constant", "continu", "voortdurend", "aanhoudend", "de hele tijd", "altijd", "onophoudelijk")
#: the night and what persists through it: "s nachts constant"
AT_NIGHT = ("s nachts", "snachts", "nachts", "de nacht", "de hele nacht", "hele nacht", "heel de nacht", "in bed",
            "in mijn bed")  # fmt: skip
PERSISTENT = ("constant", "continu", "voortdurend", "aanhoudend", "de hele tijd", "altijd", "onophoudelijk",
              "ondraaglijk", "erger", "het ergst", "heel erg", "veel pijn", "pijn", "niets helpt", "niks helpt",
              "helpt niks", "helpt niets",
              # "s nachts is t ergste", "het ergste is s nachts"
              r"(?:het |t )?erg[s]te", r"(?:het |t )erg[s]t")  # fmt: skip
# awake from something that is not the pain: "wakker van t gesnurk", not "wakker van de pijn"
_AWAKE = (r"wakker\b(?! (?:van|door) (?:(?:t|het|de|die|dat|mijn|mn|m|een|ne|zijn|haar|onze) )?"
          r"(?!(?:pijn\w*|rug\w*|t|het|de|die|dat|mijn|mn|m|een|ne|zijn|haar|onze|zo|zoveel|al)\b)\w+)")
#: pain that only comes with a change of position, or that goes away, is mechanical (regex alternatives)
MECHANICAL = (
    "draai", "omdraai", "omdraaien", "draaien", "andere houding", "van houding", "op mijn zij", "op mn zij", "lig op",
    "als ik beweeg", "bij het bewegen", "verleg", "verliggen",
    # relief: "s nachts is de pijn weg", "als ik plat lig is die pijn eigenlijk weg"
    r"pijn (?:is |was )?(?:dan |eigenlijk |gewoon |helemaal |meestal |bijna |snel |meteen )*(?:weg|over)",
    # the night trouble is not the back's: "niet van mijn rug hoor"
    r"(?:niet|nie) (?:van|door|aan) (?:mijn |mn |m |de |die )?rug\b(?! af\b)",
)  # fmt: skip
#: ... unless the pain is there at rest or all night
NIGHT_STRONG = ("ook als ik stil lig", "in rust", r"continu\w*", "voortdurend", "aanhoudend", r"geen (?:enkele )?houding",
                r"geen (?:enkele )?(?:positi[e]|lighoudin[g]) (?:die|waari[n]|waarbi[j]|helpt)\b",  # sessie 31AN: "geen enkele positie die helpt"
                "welke houding", "elke houding", "hoe ik ook", "hoe dat ik ook", r"houdt (?:me|mij)", "hele nacht",
                "heel de nacht", "gans de nacht", r"(?:niks|niets) helpt", "nergens",
                r"(?:niks|niets) (?:\w+ )?(?:verander[t]|veranderd[e]) (?:er |daar )?(?:iets|wat|niks|niets)",  # sessie 18f
                r"(?:niks|niets) maakt het (?:minder|bete[r])", r"aan (?:een|1) stuk door",
                # ... omdraaien helpt niet, de slaap weg (sessie 32BB): "ook op mijn andere zij kan ik niet meer inslapen", "ik lig dan
                # uren wakker", "het duurt uren voor ik weer slaap"
                r"(?:slaap|sliep) (?:ik |k )?(?:dan |daarn[a] |toch |gewoon )?(?:niet meer|nie meer|nooit meer|moeilijk) (?:in|verder)\b",
                r"(?:val|viel|kom|kwam|raak|geraak) (?:ik |k )?(?:dan |daarn[a] |toch |gewoon )?(?:niet meer|nie meer|nooit meer|moeilijk) (?:in slaap|in mijn slaap)",
                r"(?:kan|kon) (?:ik |k )?(?:dan |daarn[a] |toch |gewoon )?(?:niet meer|nie meer) (?:inslape[n]|slape[n]|in slaap (?:komen|vallen|geraken))",
                r"uren (?:lang )?wakker", r"duur[t] (?:\w+ ){0,2}?uren (?:voor|voorda[t]|eer)",
                r"(?:omdraaie[n]|draaien|andere kant|andere zij) (?:\w+ ){0,2}?(?:helpt|hielp) (?:niet|niks|niets|geen)",
                r"(?:liggen|lig|draaien|draai) (?:gelijk|hoe|zoal[s]) (?:dat |da )?(?:ik|k|je|ge) (?:\w+ )?(?:wil|wilt)",
                r"tot (?:de |het |s )?(?:och[t]end|morgen[s]?|lich[t])", r"(?:lig|lag) (?:\w+ ){0,4}?" + _AWAKE,
                # de pogingen opgesomd, dan niks (session 17e): "ik draai me om, kussen tussen de knieen, ik sta op, niks"
                r"(?<=, )(?:niks|niets)(?= ,| \.|$)",
                # de houdingen opgesomd, niks verandert (sessie 21c): "op mijn rug, op mijn zij, in de zetel, niks verandert"
                r"(?<=, )(?:niks|niets|nix) (?:\w+ )?verander[t](?= ,| \.|$)",
                # ... of "noppes" (sessie 19j)
                r"(?<=, )(?:noppe[s]|nada|nient[e]|nul komm[a] niks|helemaal niks|totaa[l] niks|geen zier|niks van)(?= ,| \.|$)",
                # de houding maakt niets uit (session 16): "op me zij, op me rug, op me buik, maakt geen bal uit"
                r"maakt (?:geen bal|geen bar[s]t|geen mo[e]r|niks|niets|geen verschi[l]|het niet|niet) (?:\w+ )?(?:uit|verschi[l])\b",
                # sessie 19h: "maakt geen ene moer uit", "blijft doorbonken tot de wekker"
                r"maakt (?:geen|gene) (?:ene |enkele )?(?:mo[e]r|bal|flui[t]|zak|klap) (?:\w+ )?uit\b", r"tot (?:de )?wekke[r]",
                # sessie 20a: "maakt allemaal geen verschil", "helpt allemaal niet"
                r"maakt (?:\w+ ){0,2}?geen (?:enkel |ene )?verschi[l]", r"(?:niks|niets|nix) (?:hiel[p]|werkt|werkt[e])\b",
                r"helpt allemaal (?:niet|nie|niks|niets)\b")  # fmt: skip
#: elke lighouding geprobeerd, geen enkele helpt (sessie 23L; bot/reading/redflags.py _SHARED_NIGHT): "of ik nu plat lig of op
#: mijn zij, het blijft", "geprobeerd: op mijn rug, op mijn buik, kussen tussen mijn knieen, niks helpt" (twee houdingen
#: genoemd; niet "op mijn zij liggen helpt", "een kussen tussen de knieen en het gaat")
#: ... het liggen of de nacht voor de houdingen
NIGHT_SCENE = (r"lig", r"liggen", r"lag", r"ligt", r"slaap", r"slapen", r"sliep", r"s nachts", r"snachts", r"nachts", r"nacht",
               r"nachte[n]", r"in bed", r"in mijn bed", r"in mn bed",
               # ... of zich in een houding leggen (sessie 26D): "ik leg me op mijn rug, op mijn zij, ..."
               r"leg (?:me|mij|mezelf)", r"(?:ik|k) ga(?: \w+)?(?= op (?:mijn|mn|me|m|de) )")
#: wakker worden, ook een nacht verteld (sessie 26G): "ik word enkel wakker als ik me omdraai"
NIGHT_WAKING = (r"wakke[r]", r"wakke[r] worde[n]", r"ontwaak\w*")
#: ... of de pogingen, vlak voor de eerste houding
POSITION_TRIED = (r"geprobeer[d]", r"geprobeer[t]", r"probeer", r"probeerde", r"probeer[t]", r"probeerde[n]", r"of (?:ik|k)(?: nu)?(?: lig)?",
                  r"maakt (?:niet|nie|niks|niets) uit of (?:ik|k)(?: nu)?")
#: een houding in bed of in rust
NIGHT_POSITION = (r"plat", r"opgekrul[d]", r"in (?:de )?foetushoudin[g]", r"(?:half )?rechto[p]", r"zitten[d]", r"op (?:mijn|mn|me|m|de) rug",
                  r"(?:op )?(?:mijn|mn|me|m|de) (?:(?:linker|rechter|links[e]|rechts[e]) )?(?:zij|zijkan[t]|buik)", r"op (?:mijn|mn|me|m|de) (?:linker|rechter)?kant",
                  # ... die van een ander, en het bed, een warmtebron als poging (sessie 31AF): "op zijn zij", "het bed, een kruik, niks helpt"
                  r"op (?:zijn|haar|z) (?:(?:linker|rechter) )?(?:zij|rug|buik|kant)", r"(?:in |op )?(?:het|zijn|haar|ons) bed",
                  r"(?:met )?(?:een|mijn|mn|zijn|haar|de) (?:warm(?:te)?kusse[n]|warmtekruik|krui[k]|bedkrui[k]|kersenpitkusse[n]|warmtepleiste[r]|elektrisch[e] deke[n])",
                  r"(?:(?<=, )|(?<=of )|(?<=en ))zij",
                  r"(?:op |in )?(?:de|een|mijn|mn|me|zijn|haar) (?:zetel|stoel|fauteuil|rela[x]|relaxstoe[l]|sofa|bank|canap[e]|grond|vloer)",
                  r"(?:met )?(?:een |mijn |mn |twee )?kussens? (?:tussen|onder|achter) (?:mijn |mn |me |de )?(?:knieen|benen|rug)")
#: ... en dan helpt niks
NO_RELIEF = (r"(?:niks|niets|nix) (?:\w+ )?(?:helpt|hiel[p]|werkt|werkt[e]|verlich[t]|verzach[t]|verander[t]|maakt (?:\w+ )?(?:verschi[l]|uit))",
             # ... niks maakt het minder, de pijn blijft na het werkwoord, een kaal "niks" tussen komma's (sessie 31AF)
             r"(?:niks|niets|nix) (?:\w+ )?(?:maakt|maakt[e]) (?:het|t|ze|de pijn|die pijn|dat|da) (?:\w+ )?(?:minder|bete[r]|draaglijke[r]|lichte[r]|zachte[r])\b",
             r"blijf[t] (?:het|t|de pijn|die pijn|ze) (?:maar |gewoon )?(?:doorzeure[n]|zeure[n]|klopp\w*|bonze[n]|steke[n]|brande[n]|pijn doen|zeer doen|trekke[n])\b",
             r"(?<=, )(?:niks|niets|nix|niks van|helemaal niks)(?= ,| \.|$)",
             r"helpt (?:allemaal |echt |ook |geen )?(?:niet|nie|niks|niets|geen zier)",
             r"geen (?:enkele |enkel )?(?:verlichtin[g]|verschi[l]|beterscha[p])",
             r"maakt (?:\w+ ){0,2}?(?:geen (?:enkel |ene )?verschi[l]|(?:niks|niets|niet|nie|geen bal|geen moer) uit)",
             r"(?:het|t|de pijn|die pijn|pijn|ze) blijf[t](?! (?:\w+ )?(?:bete[r]|goed|draaglij[k]|ok|oke|rusti[g]|weg|weg)\b)",
             r"(?:het|t|de pijn|die pijn|ze) (?:gaat|ging) (?:niet|nie) (?:meer )?weg", r"(?:het|t|de pijn|ze) laat (?:me |mij )?(?:niet|nie) los",
             # ... nooit minder (sessie 26D): "het gaat nooit liggen", "de pijn wordt nooit minder", "houdt het nooit op", "niks aan te doen"
             r"(?:het|t|de pijn|die pijn|pijn|ze|dat) (?:gaat|ging|wordt|werd|zakt|zakte|stop[t]|stopt[e]|houdt|hield|minder[t]|verdwijn[t]"
             r"|beter[t]|laat) (?:\w+ )?nooit\b",
             r"(?:gaat|wordt|zakt|stop[t]|houdt|minder[t]|verdwijn[t]|beter[t]) (?:het|t|de pijn|die pijn|ze) (?:\w+ )?nooit\b",
             r"(?:niks|niets|nix) (?:\w+ )?aan te doen",
             # ... het zakt niet, het wordt niet minder (sessie 28E)
             r"(?:het|t|de pijn|die pijn|pijn|ze|dat|da) (?:zakt|zakte|minder[t]|minderd[e]) (?:\w+ )?(?:niet|nie)\b",
             r"(?:het|t|de pijn|die pijn|pijn|ze|dat|da) (?:wordt|werd) (?:\w+ )?(?:niet|nie|geen|nooit) (?:\w+ )?(?:minder|bete[r])\b")

#: a cancer history (Dutch-shaped patterns; the cancer word itself is the engine's {CANCER_WORD})
CANCER_PATTERNS = (
    r"\b\w{0,20}kanker\b|\bkankers\b|\bkankervrij\b|\bkanker(?:patient|behandeling|verleden)\w*",
    r"\btumor\w*|\bgezwel\w*|\buitzaai\w*|\buitgezaaid\w*|\bbestraling\w*|\bbestraald\b",
    r"\bleukemie\b|\blymfo+m\w*|\bmyeloom\b|\bkahler\b|\bmelanoom\b|\bsarcoom\b|\bmaligne\b",
    r"\bkwaadaardig\w*",
    # told by its treatment (session 17): hormoonbehandeling voor de prostaat of de borst, "antihormonen"
    r"\bhormoo?n(?:therapi[e]|behandeling|prik\w*|spuit\w*|injectie\w*|pil\w*|tablet\w*|en)\b(?: \S+){0,4}? (?:voor |van |tegen )"
    r"(?:\w+ )?(?:prost[oa]+at\w*|borst\w*)",
    r"\b(?:prost[oa]+at\w*|borst\w*) (?:\w+ ){0,3}?hormoo?n(?:therapi[e]|behandeling|prik\w*|spuit\w*|injectie\w*|en)\b",
    r"\banti ?hormo\w*|\bbestraald\w*|\bchemokuur\w*",
    # verteld met de operatie (session 17e): "prostaat eruit laten halen", "borst geopereerd", "knobbel uit mijn borst"
    # (niet "prostaat laten controleren", "knie geopereerd")
    r"\bprost[oa]+at (?:\w+ ){0,2}?(?:eruit|weggehaal[d]|verwijder[d]|weggenome[n]|geopereer[d]|wegge[n]omen)\b",
    r"\b(?:verwijder[d]|weggehaal[d]|weggenome[n]|geopereer[d]) (?:\w+ ){0,2}?(?:aan )?(?:mijn |mn |de |zijn |haar |ze )?prost[oa]+at\b",
    r"\bbors[t] (?:\w+ ){0,2}?(?:geopereer[d]|geamputeer[d]|afgezet|weggehaal[d]|verwijder[d])\b",
    r"\b(?:knobbe[l]|knobbeltj[e]|bult|bultj[e]) (?:\w+ ){0,3}?uit (?:mijn |mn |de |haar |ze )?bors[t]\b|\bborstamputatie\w*",
)

#: weight loss (Dutch-shaped patterns)
#: de riem op het laatste gaatje
LAST_HOLE = (r"(?:laatste|kleinste|strakste) (?:gaatje|gat)",)
#: de twee getallen van een gewicht van het ene naar het andere (de motor vergelijkt ze; sessie 21c)
#: ... en "nu X terwijl ik Y woog" (sessie 21e): "71 kilo terwijl ik in september nog 78 woog"
#: ... en "ik was X, nu Y", gewoon of in gebroken Nederlands verteld (sessie 40B): "ik was 84 nu 76", "ik woog 84 kilo, nu nog 76",
#: "vroeger 84 kilo nu 76", "k zat op 90, nu op 82" (een kaal getal enkel als het gewicht van een lijf, 40 tot 399: geen pijnscore
#: "de pijn was 8 nu 6"; geen andere eenheid erna: "ik was 20 minuten nu 10"; omhoog is geen verlies)
_BODY_NUMBER = r"(?:[4-9]\d|[1-3]\d\d)(?:poin[t]\d+)?"
_WEIGHT_UNIT = r"(?:kilo[s]?|kg|kgs|kilogra[m])"
_WAS_NOW = (r"\b(?:(?:ik|k|mijn gewich[t]|mn gewich[t]|gewich[t]) (?:was|woog|weeg|wege[n]|zat op|zat aan|zat)(?: (?:eers[t]|vroege[r]|toen|voordie[n]|vroege[r] nog))?"
            r"|(?:mijn |mn )?gewich[t] (?:eers[t]|vroege[r]|voordie[n])|(?:vroege[r]|eers[t]|voordie[n]|voorhee[n]|vori[g] jaar)(?: ,)?(?: (?:was|woog|zat) (?:ik|k)(?: op)?"
            r"| (?:ik|k) (?:was|woog|zat op))"
            # een kaal "vroeger" met de eenheid van het gewicht na het getal (niet "de pijn eerst 80 nu 60", een score op 100)
            r"|(?:vroege[r]|eers[t]|voordie[n]|voorhee[n]|vori[g] jaar)(?= (?:\w+ ){1,2}" + _WEIGHT_UNIT + r"\b))"
            r" (?:op |rond |ongevee[r] |bijn[a] |aan |over )?(?P<was>" + _BODY_NUMBER + r"|{WEIGHT_NUMBER}(?= " + _WEIGHT_UNIT + r"\b))"
            r"(?: " + _WEIGHT_UNIT + r")?(?: ,)?(?: (?:en|maar))?(?: ,)? (?:nu|nou|vandaa[g]|tegenwoordi[g]|nu nog|momentee[l])(?: ,)?"
            r"(?: (?:ben ik|ben k|benk|weeg ik|weeg k|ik ben|k ben|ik weeg|ik|k|is het|nog|nog maar|maar|maar nog|maar meer|ampe[r]|ongevee[r]|rond|op|al|nog "
            r"ampe[r]|zit ik|zit ik op|zit k op)){0,3}"
            r" (?P<now>" + _BODY_NUMBER + r"|{WEIGHT_NUMBER}(?= " + _WEIGHT_UNIT + r"\b))(?: " + _WEIGHT_UNIT + r")?\b"
            r"(?! (?:min\w*|minuu[t]|minute[n]|uur|uren|second[e]\w*|mete[r]|meter[s]|m|km|stappe[n]|grade[n]|procen[t]|cm|mm|jaar|jare[n]|keer|mg|ml)\b)")
WEIGHT_FROM_TO = (r"\bvan (?P<was>{WEIGHT_NUMBER})(?: \w+)? (?:naar|tot|op) (?P<now>{WEIGHT_NUMBER})\b",
                  r"\b(?P<now>{WEIGHT_NUMBER}) (?:kilo[s]?|kg|kgs|kilogra[m])(?: nu)?(?: ,)? (?:terwij[l]|en|maar|toen) (?:ik )?(?:\w+ ){0,3}?(?:nog )?(?P<was>{WEIGHT_NUMBER})(?: kilo[s]?| kg| kilogra[m])? (?:woog|was|deed)\b",
                  _WAS_NOW)
#: de kilo's van een kracht of een last, niet van het lijf (sessie 21c): "de kracht in mijn been is gezakt van 30 naar 18 kilo"
NOT_BODY_WEIGHT = (r"\w*krach[t]", r"sterkt[e]", r"til\w*", r"hef\w*", r"draag\w*", r"gewichten", r"halte[r]\w*")
#: een teken gelezen in een filmpje of op een pagina (sessie 21c): "zag een filmpje dat zei dat gewichtsverlies kanker kan zijn"
HEARSAY = (r"(?:tiktok|filmpje|filmke|youtube|reel|insta|instagram|facebook|artikel|internet|forum)(?: \w+){0,3}? (?:zei|zegt|zeggen"
           r"|zeiden|beweert|beweerde|beweren)",
           # gelezen of gehoord (sessie 22): "ik heb gelezen dat afvallen een alarmsignaal is", "ergens gehoord dat ..."
           r"(?:gelezen|gehoord|las|lees|hoorde|opgezocht|gegoogeld)(?: (?:ergens|online|op \w+|in \w+|op internet))?(?: ,)? (?:dat|da)",)
#: ... overal gelezen of gehoord (sessie 39F): "ik lees overal dat nachtpijn niet goed is", "overal hoor ik dat ...", "ik lees op
#: veel plaatsen da ..."
HEARSAY += (r"(?:gelezen|gehoord|las|lees|leest|hoor|hoorde|zie|zag|gezien)(?: (?:ik|k|je|ge))? (?:overa[l]|op veel plaatse[n]|op alle site[s]|alom)"
            r"(?: online| op internet| op het internet)?(?: ,)? (?:dat|da)",
            r"overa[l] (?:lees|las|hoor|hoorde|zie|zag) (?:ik|k|je|ge)(?: \w+){0,2}? (?:dat|da)",)
#: gezien op een lijstje of in een folder (sessie 23K): "zag in een lijstje dat afvallen een alarmsignaal is", "in de folder stond dat ..."
HEARSAY += (r"(?:zag|zie|gezien|las|lees|gelezen|stond|staat|tegengekomen)(?: \w+){0,4}? (?:lijst|lijstje|folder|foldertje|site|website|pagina|artikel"
            r"|affiche|bijsluiter|checklist|brochure|poster)(?: \w+){0,2}? (?:dat|da)",
            r"(?:lijst|lijstje|folder|foldertje|site|website|pagina|bijsluiter|checklist|brochure|poster)(?: \w+){0,3}? (?:stond|staat|stonden"
            r"|zegt|zei|noemt|noemde)(?: \w+){0,2}? (?:dat|da)")
#: ... of het gelezene zelf genoemd, zonder "dat" (sessie 27S): "op een lijstje stond doof gevoel in de bilstreek", "in de folder
#: stonden tintelingen rond de anus", "er stond op dat blaadje ..."
HEARSAY += (r"(?:op|in) (?:een |de |het |zon |zo n |zo een |dat |die |dit |ne |nen |zon een )?(?:\w+ )?(?:lijst|lijstje|folder|foldertje|bijsluiter"
            r"|checklist|brochure|poster|affiche|blaadje|papiertje|formulier|website|site|pagina)(?: van (?:de |het )?\w+)? (?:stond|staat|stonden"
            r"|staan|las ik|zag ik|lees ik|zie ik|noemen ze|noemden ze)\b",
            r"(?:er )?(?:stond|staat|stonden|staan) (?:er )?(?:op|in) (?:een |de |het |zon |zo n |dat |die |dit )?(?:\w+ )?(?:lijst|lijstje|folder"
            r"|foldertje|bijsluiter|checklist|brochure|poster|affiche|blaadje|papiertje|formulier)\b")
#: de vraag of het papier van de dokter, overal gelezen (sessie 23P): "de huisarts vroeg of ik ... had", "op het papier staat
#: dat ik naar spoed moet als ik ...", "ik lees overal over het rijbroekgebied" (een "als ik" of "of ik" erna is niet het eigen)
HEARSAY += (r"(?:dokter|docter|huisarts|arts|dr|kine|kinesist|fysio|fysiotherapeut|verpleegster|verpleger|specialist|apotheker|hij|zij)(?: \w+){0,3}? "
            r"(?:vroeg|vraagt|vroeg me|vroeg mij|heeft gevraagd|wou weten|wilde weten|checkte)(?: \w+){0,2}?(?= (?:of|als)\b)",
            r"(?:papier|papiertje|briefje|brief|blad|blaadje|formulier)(?: \w+){0,3}? (?:stond|staat|zegt|zei)(?: \w+){0,2}? (?:dat|da)",
            # ... of zei te bellen als (sessie 31AM): "de huisarts zei dat ik moet bellen als ..." (na SPOKEN_PHRASES "zei te bellen als")
            r"(?:dokte[r]|docter|huisart[s]|arts|dr|kine|kinesist|fysio|fysiotherapeut|verpleegster|verpleger|specialist|apotheker|chirurg|hij|zij|ze)"
            r"(?: \w+){0,3}? (?:zei|zegt|heeft gezegd|vertelde|zeiden|waarschuwde)(?: me| mij)?(?: dat| da)?(?= te (?:\w+ ){1,4}?als\b)",
            r"(?:lees|las|lezen|gelezen|hoor|hoorde|gehoord)(?: \w+){0,2}? over")
#: verteld door iemand, het teken een algemeen "als" of "dat" (sessie 24T): "een maat van mij zei dat als je je kont niet meer voelt
#: ...", "mijn zus vertelde me dat niet kunnen plassen ernstig is" (het teken daarna eigen of niet, zoals na elk horen-zeggen)
HEARSAY += (r"(?:maat|maatj[e]|matties?|vriend|vriendin|collega|buurman|buurvrouw|iemand|mensen|broer|zus|zuster|moeder|vader|mama|papa"
            r"|neef|nicht|oom|tante|nonkel|schoonbroer|schoonzus|schoonzuster|schoonmoeder|schoonvader|opa|oma|kennis|trainer|coach|gast|kerel|vent)(?: \w+){0,3}? (?:zei|zegt|zeggen|zeiden|vertelde|vertelt|vertelden"
            r"|heeft verteld|heeft gezegd|waarschuwde|zegde|zee)(?: \w+){0,2}?(?= (?:dat|da|als|of|wanneer)\b)",)
#: ... of de nacht meteen erna genoemd, zonder "dat" (sessie 33D): "mijn maat zei nachtpijn is een slecht teken", "mijn tante zegt
#: rugpijn s nachts is gevaarlijk" (de nacht daarna eigen of niet, zoals na elk horen-zeggen)
HEARSAY += (r"(?:maat|maatj[e]|matties?|vriend|vriendin|collega|buurman|buurvrouw|iemand|mensen|broer|zus|zuster|moeder|vader|mama|papa"
            r"|neef|nicht|oom|tante|nonkel|schoonbroer|schoonzus|schoonzuster|schoonmoeder|schoonvader|opa|oma|kennis|trainer|coach)"
            r"(?: \w+){0,3}? (?:zei|zegt|zeggen|zeiden|vertelde|vertelt|heeft verteld|heeft gezegd|waarschuwde|zegde)"
            r"(?= (?:\w+ ){0,4}?(?:nachtpijn|nachtelijke|nacht|nachts)\b)",)
#: de vraag van een formulier of een kaart, de waarschuwing van een dokter (sessie 25Y): "het formulier vraagt naar gevoelloosheid
#: rond het zitvlak", "op de vragenlijst vragen ze of ...", "de dokter heeft gezegd als je ... krijgt dan meteen naar spoed";
#: een pagina gelezen, verteld zonder "dat" of "over" (een anderstalige schrijver): "las op internet infectie met koorts"
HEARSAY += (r"(?:formulier|formuliertje|vragenlijst|vragenlijstje|enquete|kaart|kaartje|app|folder|bijsluiter|website|site|vraag|vragen)"
            r"(?: \w+){0,2}? (?:vraagt|vragen|vroeg|vroegen|wordt gevraagd|word gevraagd|gaat|ging|noemt|noemde|spreekt|sprak|heeft het)"
            r"(?: \w+){0,2}?(?= (?:naar|of|over|als)\b)",
            r"(?:dokter|docter|dokteur|huisarts|arts|dr|kine|kinesist|fysio|fysiotherapeut|verpleegster|verpleger|specialist|apotheker"
            r"|chirurg|neuroloog)(?: \w+){0,3}? (?:zei|zegt|zegde|zee|(?:heeft|had) (?:\w+ )?(?:gezegd|verteld|gewaarschuwd)|vertelde|waarschuwde"
            r"|heeft gewaarschuwd|legde uit)(?: \w+){0,2}?(?= (?:als|wanneer|indien|mocht)\b)",
            r"(?:las|lees|gelezen|opgezocht|gegoogeld|gegoogled)(?: (?:het|dat|dit))? (?:op|in) (?:het |de |een )?(?:internet|net|google|forum|site"
            r"|website|artikel)(?! (?:dat|da|over)\b)(?= \w)",
            r"(?:op|in) (?:het |de |een )?(?:internet|net|google|forum|site|website)(?: \w+)? (?:gelezen|gevonden|gezien|opgezocht)(?! (?:dat|da|over)\b)(?= \w)",
            r"(?:gegoogeld|gegoogled|googelde|googlede)(?! (?:dat|da|over|het|mijn|mn)\b)(?= \w)")
WEIGHT_PATTERNS = (
    # de broek die niet meer blijft hangen (sessie 23L, tweeling van "mon pantalon ne tient plus"): "mijn broek blijft nie meer
    # omhoog", "mijn jeans blijft niet meer op mijn heupen hangen"
    r"\b(?:broek|broeken|jeans|rok|short)\b (?:\w+ ){0,2}?(?:blijft|blijven|blee[f]) (?:\w+ )?(?:niet|nie|ni) (?:meer )?(?:omhoog|ophange[n]"
    r"|op (?:mijn|mn|m|de) heupe[n](?: hange[n])?)\b",
    # a weight now told against the one before (session 21e; the packs' WEIGHT_FROM_TO compare them)
    r"\b{WEIGHT_NUMBER} (?:kilos?|kg|kgs|kilogram)(?: nu)?(?: ,)? (?:terwijl|en|maar|toen) (?:ik )?(?:\w+ ){0,3}?(?:nog )?{WEIGHT_NUMBER}(?: kilos?| kg| kilogram)? (?:woog|was|deed)\b",
    # de cijfers van de weegschaal omlaag (sessie 21c; omhoog is geen verlies, de motor vergelijkt "was" en "now"): "van 82 naar 75
    # kilo zonder iets te doen", "de weegschaal ging van 90 naar 84"
    r"\b(?:gewicht|weegschaa[l]|weeg\w*)\b(?: \w+){0,4}? van {WEIGHT_NUMBER}(?: (?:kilos?|kg|kgs|kilogram))? (?:naar|tot|op)"
    r" {WEIGHT_NUMBER}\b",
    r"\bvan {WEIGHT_NUMBER} (?:kilos?|kg|kgs|kilogram) (?:naar|tot|op) {WEIGHT_NUMBER}\b",
    r"\bvan {WEIGHT_NUMBER} (?:naar|tot|op) {WEIGHT_NUMBER} (?:kilos?|kg|kgs|kilogram)\b",
    r"\briem (?:\w+ ){0,3}?{LAST_HOLE}\b",
    # a hole more in the belt (session 18): "ik heb er een gaatje bij moeten maken in mijn riem", "mijn riem heeft een
    # extra gaatje nodig" (not a loosened belt: "mijn riem een gaatje losser")
    r"\b(?:gaatjes?|gate[n]|gat) (?:\w+ ){0,2}?(?:bij|erbi[j]|extra|meer)\b(?: \S+){0,5}? riem\b",
    r"\briem\b(?: \S+){0,6}? (?:nieuw\w*|extra) (?:gaatjes?|gat|gate[n])\b",
    # de riem gaatjes strakker (sessie 21f): "de riem al twee gaatjes strakker", "mijn riem moet een gaatje nauwer" (niet losser)
    r"\briem\b(?: \S+){0,4}? (?:een|twee|drie|vier|vijf|\d) (?:gaatjes?|gate[n]) (?:\w+ )?(?:strakke[r]|nauwe[r]|kleine[r]|dichte[r]"
    r"|verde[r])\b",
    r"\b(?:een|twee|drie|vier|vijf|\d) (?:gaatjes?|gate[n]) (?:strakke[r]|nauwe[r]|verde[r])\b(?: \S+){0,3}? riem\b",
    # clothes that hang: "mijn kleren hangen als een zak om me heen"
    r"\b(?:kleren|kleding|kleerkes|broek|broeken|jeans|hemd|hemde[n]|trui|truien|t shirts?|rok|kleedj[e]|kleedje[s]|jur[k]|jurke[n]) (?:\w+ ){0,3}?"
    r"(?:hangen|hangt|hing|hingen|slobber\w*|zwier\w*|fladder\w*|flapper\w*|slodder\w*|draai\w*)"
    r" (?:\w+ ){0,2}?(?:als een zak|als een ten[t]|los|slap|rond mij|om me heen|om mij heen|om mijn lijf|rond mijn lijf|rond mijn lichaam"
    r"|om mijn lichaam|te groot|te wijd|rond me|rond mn lijf)\b",
    # de kleren laten innemen (sessie 35D): "ik moest mijn broeken laten innemen", "mijn jeans moeten laten vernauwen", "mijn kleren
    # kleiner laten maken" (niet "laten wassen")
    r"\b{CLOTHES} (?:\w+ ){0,3}?(?:late[n] |moeten |doen )?(?:inneme[n]|ingenome[n]|vernauwe[n]|vernauw[d]|kleine[r] (?:late[n] )?make[n]|smalle[r] (?:late[n] )?make[n])\b",
    # kilo na kilo, de kilootjes (sessie 35D): "ik verlies kilo na kilo", "ik ben heel wat kilootjes kwijt"
    r"\b(?:verlie[s]|verliez\w*|verloo[r]|verlore[n]) kilo na kilo\b|\bkilo na kilo (?:\w+ )?(?:eraf|er af|kwijt|weg|verlore[n])\b",
    r"\bkiloo?tje[s] (?:\w+ ){0,2}?(?:kwijt|eraf|er af|af|weg|verlore[n]|minder)\b",
    r"\b(?:kleren|kleding|kleerkes|broek|broeken|jeans|hemd|truien) (?:\w+ )?slobber\w*",
    r"\bafvallen\b|\bafgevallen\b|\bafvalt\b",
    # weggesmolten als sneeuw voor de zon (sessie 20b, tweeling van "je fonds comme neige au soleil"): "ik smelt weg als sneeuw
    # voor de zon", "de kilo's smelten eraf", "ik vermager zienderogen"
    r"\b(?:ik|k|de kilos|de kilo|kilos|mijn gewicht|mn gewicht) (?:\w+ )?(?:smelt|smelte[n]|smol[t]|smolte[n]|gesmolten) (?:\w+ ){0,2}?"
    r"(?:weg|eraf|er af)\b",
    r"\b(?:vermager\w*|verma[g]erd|val (?:\w+ )?af|mage[r]) (?:\w+ )?zienderoge[n]\b|\bzienderoge[n] (?:\w+ )?(?:af|mage[r]\w*|vermager\w*)\b",
    # vermageren of wegteren aan de gang, lichter worden, een maat kleiner (sessie 30Z): "ik vermager", "ben aan het vermageren", "ik
    # teer weg", "ik word steeds lichter", "twee maten kleiner" (niet "ik wil vermageren": een voornemen; niet "lichter in mijn hoofd")
    r"\b(?:(?:ik|k) (?:\w+ ){0,2}?(?:vermage[r]|vermager[t]|vermagerd[e])|(?:vermage[r]|vermager[t]|vermagerd[e]) (?:ik|k)|aan (?:het|t) vermageren)\b",
    r"\b(?:(?:ik|k) (?:\w+ ){0,2}?(?:teer|teerd[e])|teer (?:ik|k)) (?:\w+ ){0,2}?weg\b|\bweggeteer[d]\b|\baan (?:het|t) wegtere[n]\b",
    r"\b(?:(?:ik|k) (?:\w+ ){0,2}?(?:word|werd|ben)|(?:word|werd|ben) (?:ik|k)) (?:\w+ ){0,2}?(?:lichter|dunner|magerder)\b"
    r"(?! (?:in|van) (?:mijn|mn|het|m|de) (?:hoofd|kop)\b| in (?:het|t) hoofd\b)",
    r"\b(?:een|twee|drie|vier|\d) (?:\w+ )?(?:maat|mate[n]|kledingmaa[t]|kledingmate[n]|broekmaa[t]|broekmate[n]|jurkmaa[t]|jurkmate[n]) (?:\w+ )?(?:kleine[r]|minder|omlaag"
    r"|naar beneden)\b",
    # the kilos or the weight as what fell or flew off (session 37K): "de kilo's zijn er vanzelf vanaf gegaan", "de kilootjes vliegen
    # er vanaf", "het gewicht is er zo afgevlogen", "de kilo's zijn eraf gevallen" (a weight that fell onto or against one stays a blow)
    r"\b(?:kilo|kilos|kilootje[s]|pondje[s]|ponde[n]|kg|kgs|gewicht)\b (?:\w+ ){0,4}?(?:eraf|er af|vanaf|er vanaf|af) (?:\w+ )?(?:gevallen|gegaan"
    r"|gevloge[n]|vallen|viele[n]|valt|viel|vliege[n]|vloge[n]|vlieg[t]|vloo[g]|gaan|gaat|ging|ginge[n])\b(?! (?:\w+ )?(?:op|tegen|boveno[p])\b)",
    r"\b(?:kilo|kilos|kilootje[s]|pondje[s]|ponde[n]|kg|kgs|gewicht)\b (?:\w+ ){0,4}?(?:afgevloge[n]|afgegaan|verdwenen|(?:vliege[n]|vloge[n]|vlieg[t]|vloo[g]"
    r"|vallen|viele[n]|valt|viel|gaan|gaat|ging|ginge[n]) (?:er )?(?:\w+ )?(?:vanaf|eraf|af))\b(?! (?:\w+ )?(?:op|tegen|boveno[p])\b)",
    # not falling off something: "ik viel van de trap af", "van de ladder af"
    r"\b(?:val|viel|viele[n]|vallen|valt) (?!(?:\w+ ){0,4}?van\b)(?:\w+ ){0,5}?af\b",
    r"\bgewicht\w* (?:\w+ ){0,2}?(?:verloren|kwijt|verlies|gedaald|daalt|neemt af|gezakt|achteruit)\b",
    # ... afgezakt of verminderd, in gewicht (sessie 26G): "mijn gewicht is verminderd", "ik ben wat afgezakt in gewicht", "in
    # gewicht achteruitgegaan", "ik ben dun geworden" (niet "mijn haar is dun geworden")
    r"\bgewicht\w* (?:\w+ ){0,2}?(?:afgezak[t]|verminder[dt]|afgenome[n]|teruggeloope[n]|achteruitgegaa[n]|achteruit gegaa[n])\b",
    r"\b(?:afgezak[t]|gezakt|gedaald|achteruitgegaa[n]|achteruit gegaa[n]|achteruit|verminder[d]|afgenome[n]|vermager[d]|minder geworden)"
    r" (?:\w+ )?in (?:mijn |mn |zijn |het )?gewicht\b",
    r"\bin (?:mijn |mn |zijn |het )?gewicht (?:\w+ )?(?:afgezak[t]|gezakt|gedaald|achteruitgegaa[n]|achteruit gegaa[n]|achteruit|verminder[d]"
    r"|afgenome[n]|verloren)\b",
    r"\b(?:ik ben|k ben|ben ik|ben k|ik zijn) (?:\w+ ){0,3}?(?:dun|dunne[r]|graatmage[r]|smalle[r]) geworde[n]\b",
    r"\bgewichtsverlies\b|\bgewichtsafname\b",
    # te zien aan het uiterlijk (sessie 25M2): "mijn vrouw vindt dat ik er ingevallen uitzie", "ik zie er de laatste tijd erg
    # mager uit", "mijn wangen zijn ingevallen", "ik ben vel over been" (niet "ik lig languit": dat is geen gewicht)
    r"\b(?:zie|ziet|zag|zage[n]|zien) (?:\w+ ){0,6}?(?:mage[r]|magerde[r]|vermager[d]|ingevalle[n]|uitgemerge[l]d|broodmage[r]|graatmage[r]"
    r"|als een skele[t]|vel over been) (?:\w+ )?uit\b",
    r"\ber (?:\w+ ){0,3}?(?:mage[r]|magerde[r]|vermager[d]|ingevalle[n]|uitgemerge[l]d|broodmage[r]|graatmage[r]|als een skele[t]"
    r"|vel over been) (?:\w+ )?uit(?:zie|ziet|zag|zien|zage[n])\b",
    r"\b(?:gezich[t]|wange[n]|kake[n]|gelaa[t]) (?:\w+ ){0,3}?(?:ingevalle[n]|uitgemerge[l]d)\b|\bingevalle[n] (?:gezich[t]|wange[n]|kake[n])\b",
    r"\b(?:ben|word|wordt|is|zijn) (?:\w+ ){0,2}?vel over been\b",
    r"\bverlie\w* (?:\w+ ){0,2}?gewicht\b",
    # kilo's verloren, in gebroken Nederlands of in dialect verteld (sessie 40B): "ik verlies kilo", "k verlies veel kilo's", "ik
    # verliezen kilo"; en het gewicht nu tegen dat van vroeger, "ik was 84 nu 76" (_WAS_NOW: de motor vergelijkt de twee). Niet ontkend
    # ("ik verlies geen kilo"), niet verondersteld ("als ik kilo's verlies" heeft de kilo's ervoor; "als ik verlies kilo")
    r"(?<!\bals ik )(?<!\bals k )(?<!\bwil )(?<!\bmoet )(?<!\bom )(?<!\bzou )\b(?:verlie[s]|verlies[t]|verlieze[n]|verloo[r]|verlor[e][n]|verli[s])"
    r" (?:(?!geen\b|niet\b|nie\b|ni\b|gee\b)\w+ ){0,3}?(?:kilo|kilo[s]|kg|kgs|kilogra[m]|kilo[o]?tje[s])\b",
    _WAS_NOW.replace("?P<was>", "?:").replace("?P<now>", "?:"),
    r"\b(?:kilo|kg|kilos|kilogram|kgs) (?:\w+ ){0,2}?(?:kwijt|kwijtgeraakt|afgevallen|verloren|lichter|minder|afgezak[t]|gezakt|gedaald"
    r"|verminder[d])\b",
    r"\bvermagerd\b|\bmager\w* geworden\b|\b(?:ben|word|wordt) (?:\w+ )?(?:magerder|dunner)\b",
    # mager aan het worden, verteld met worden of raken (sessie 32AT): "ik word echt broodmager", "hij wordt de laatste tijd zo
    # iel", "ik ben mager aan het worden", "ik begin mager te worden", "ik raak steeds magerder" (niet "ik wil mager worden": een
    # wens, INTENT; niet "altijd al mager geweest": een staat; niet "mager van het sporten": een opzet)
    r"\b(?:(?:ik|k|hij|ze|zij|je|jij) (?:\w+ ){0,2}?(?:word|wordt|werd|werden|raa[k]|raak[t]|raakt[e]|raakte[n])|(?:word|wordt|werd|raa[k]|raak[t]|raakt[e]) (?:ik|k|hij|ze|zij|je))"
    r" (?:\w+ ){0,4}?(?:mage[r]|magerde[r]|broodmage[r]|graatmage[r]|ie[l]|schrie[l]"
    r"|knoki[g]|beni[g]|dun|een scharminke[l]|een skele[t]|een geraamt[e])\b(?! (?:\w+ )?(?:van (?:het |t |al dat |al die |de )?(?:sport\w*|fiets\w*"
    r"|loop\w*|lope[n]|traine[n]|training\w*|dieet|lijnen)|op (?:mijn|mn|zijn|haar) (?:hoofd|krui[n])|haa[r])\b)",
    r"\b(?:mage[r]|magerde[r]|broodmage[r]|graatmage[r]|dun|dunne[r]|ie[l]) (?:aan (?:het|t) worde[n]|begi[n] (?:te )?worde[n])\b"
    r"|\b(?:begi[n]|begin[t]|bego[n]|beginne[n]) (?:\w+ ){0,2}?(?:mage[r]|magerde[r]|broodmage[r]|graatmage[r]|dun|dunne[r]|ie[l]) te worde[n]\b",
    # afgeslankt of slanker geworden (sessie 31AJ): "ik slank steeds meer af zonder te lijnen", "ben flink afgeslankt en weet niet
    # waarom", "ik word slanker terwijl ik gewoon eet" (een dieet erbij blijft een opzet, INTENT: "aan het afslanken met een dieet")
    r"\b(?:slan[k]|slank[t]|slankt[e]|slankte[n]) (?:\w+ ){0,3}?a[f]\b|\bafgeslank[t]\b",
    r"\b(?:ben|word|wordt|werd|worden|zijn|is) (?:\w+ ){0,2}?slanke[r]\b|\bslanke[r] (?:\w+ )?geworde[n]\b",
    r"\bkleren (?:\w+ ){0,2}?(?:te )?(?:ruim|los|wijd)\b",
    # "de kilo's vliegen er af"
    r"\b(?:kilo|kilos|kg|kgs)\b (?:\w+ ){0,3}?(?:af|eraf|er af)\b",
    # "waar die kilo's naartoe zijn", "5 kilo eraf", de ring die rond de vinger draait
    r"\bwaar (?:die |de |mijn |al die )?(?:kilo|kilos|kg|kgs)\b (?:\w+ ){0,2}?(?:naartoe|naar toe|gebleven|heen)\b",
    r"\b(?:\d+|een paar|enkele) ?(?:kilo|kilos|kg|kgs) (?:\w+ )?(?:eraf|er af|weg|lichter|kwijt)\b",
    r"\b(?:trouw)?ring\w* (?:\w+ ){0,3}?(?:draait|draaien|los|glijdt|glijden|valt af|schuift)\b",
    # the scale or the weight going down: "de weegschaal (app) gaat alleen maar omlaag", "mijn gewicht zakt"
    r"\bweegschaal\w*(?: (?:alleen maar|(?!maar\b|terwijl\b|en\b)\w+)){0,12}? (?:omlaag|naar beneden|daalt|daalde|gedaald|zakt|zakte"
    r"|gezakt|steeds minder|steeds lager|lager en lager)\b",
    r"\bgewicht (?:\w+ ){0,3}?(?:omlaag|naar beneden|zakt|zakte|steeds minder|steeds lager)\b",
)

#: night pain, pain at rest (Dutch-shaped patterns)
NIGHT_PATTERNS = (
    # liggen lukt in geen enkele houding (sessie 22H): "liggen lukt op geen enkele manier", "in geen enkele houding kan ik
    # liggen", "hoe ik ook lig, de pijn blijft" (niet "liggen gaat beter op mijn zij")
    r"\b(?:(?:liggen|slapen) (?:gaat|lukt|kan|ging|lukte)|(?:gaat|lukt|kan|ging|lukte) (?:het )?(?:liggen|slapen)) (?:\w+ )?(?:op |in )?(?:geen|gene|gen) (?:enkele|enkel) (?:manie[r]|houdin[g]|positi[e]|kant)\b",
    r"\b(?:op|in) (?:geen|gene|gen) (?:enkele|enkel) (?:manie[r]|houdin[g]|positi[e]|kant|zij)\b(?: \w+){0,3}? (?:liggen|lig|slapen|slaap)\b",
    r"\b(?:geen|gene|gen) (?:enkele|enkel) (?:houdin[g]|positi[e]|lighoudin[g]) (?:\w+ )?(?:helpt|werkt|lukt|gaat)\b",
    r"\bhoe (?:ik|k) (?:ook )?(?:lig|draai|ga liggen|me draai)\b(?: \S+){0,10}? (?:de pijn|het|t|pijn|die pijn) (?:\w+ )?(?:blijft|gaat niet weg"
    r"|gaat nie weg)\b",
    # de houdingen opgesomd 's nachts, niks verandert (sessie 21c): "s nachts, op mijn rug, op mijn zij, in de zetel, niks verandert"
    r"\b(?:s nachts|snachts|nachts|in bed|in mijn bed|in mn bed)\b(?: \S+){0,20}? (?:op (?:mijn|mn|me|m|de) (?:zij|rug|buik)|plat"
    r"|in de (?:zetel|stoel|fauteuil|rela[x]|sofa|bank)),? (?:\S+ ){0,12}?(?:niks|niets|nix) (?:\w+ )?verander[t]\b",
    # elke nacht wakker, de pogingen opgesomd, dan niks (session 17e): "het maakt me elke nacht wakker rond 3 uur, ik draai
    # me om, kussen tussen de knieen, ik sta op, niks" (niet "ik word wakker als ik me omdraai")
    r"\b(?:het|t|de pijn|mijn rug|mn rug|die rug) (?:maakt|houdt) (?:me|mij) (?:\w+ )?(?:elke|iedere|alle) (?:nacht|nachte[n]) "
    r"(?:\w+ ){0,2}?wakker\b(?: \S+){0,30}? , (?:niks|niets)(?: (?:helpt|werkt))?(?= ,| \.|$)",
    # elke nacht rond een uur wakker van de rug (sessie 19h): "elke nacht rond 3u wakker vd rug", "iedere nacht tegen 4 uur
    # wakker door mijn rug"; niks helpt tot de wekker: "niks helpt, blijft gewoon doorbonken tot de wekker"
    r"\b(?:elke|iedere|alle) nacht (?:\w+ ){0,3}?(?:om|rond|tegen|rond de|rond een uur of) \d+ ?(?:uur|u)? (?:\w+ ){0,2}?wakker"
    r" (?:van|vd|door|met) (?:de |mijn |mn |m |die )?(?:pijn|rug\w*)\b",
    r"\b(?:niks|niets|nix) (?:\w+ )?helpt\b(?: \S+){0,10}? tot (?:de |het |s )?(?:och[t]end|morgen[s]?|lich[t]|wekke[r])\b",
    # wakker van de pijn of de rug, met een woord ertussen (sessie 20a): "word ik wakker van een zeurende pijn onder in mijn
    # rug", "ik word wakker van mijn rug" (niet "wakker van de wekker", "wakker met een stijve rug": de ochtend)
    r"\b(?:word|werd|wordt|werden|worden) (?:\w+ ){0,2}?wakker (?:van|door) (?:de |een |mijn |mn |m |die |zon |zo een )?(?:\w+ )?"
    r"(?:pijn\w*|rug|rugpij[n]|onderrug)\b",
    # de nacht, de pogingen opgesomd, dan helpt niks (sessie 20a): "s nachts word ik wakker van mijn rug, ik draai me om,
    # kussen tussen de knieen, opstaan, t maakt niks uit" (niet "s nachts gaat het goed, overdag ijs, warmte, niks helpt")
    r"\b(?:s nachts|snachts|elke nacht|iedere nacht|alle nachte[n]|de hele nacht|heel de nacht|in de nacht)\b(?! (?:is|gaat|slaap)"
    r" (?:\w+ )?(?:\w+ )?(?:goed|prima|ok|oke|bete[r]|rusti[g]|wel)\b)(?: \S+){0,30}? , (?:\S+ ){0,4}?(?:(?:niks|niets|nix) (?:\w+ )?"
    r"(?:helpt|hiel[p]|werkt|werkt[e])|(?:maakt|maakt[e]) (?:\w+ ){0,2}?(?:geen (?:enkel |ene )?verschi[l]|(?:niks|niets|nie|niet) uit)"
    r"|helpt (?:allemaal |echt |ook )?(?:niet|nie|niks|niets))\b",
    # de pijn die blijft zoals ze is tot de wekker (sessie 20a): "het blijft even hard tot de wekker gaat"
    r"\b(?:het|t|de pijn|pijn|dat|da|die|mijn rug|de rug) (?:blijft|blee[f]) (?:\w+ ){0,2}?(?:even hard|even erg|even zeer|hetzelfde"
    r"|net zo erg|zeure[n]|bonke[n]|kloppe[n]|pijn doen|zeer doen) (?:\w+ ){0,2}?tot (?:de |het |s )?(?:wekke[r]|och[t]end|morgen[s]?"
    r"|lich[t])\b",
    # de nachten het ergst genoemd: "de nachten zijn het ergst", "de nachten zijn een hel" (issue 13)
    r"\b(?:de )?nacht(?:en)? (?:zijn|is|waren|was) (?:\w+ )?(?:het ergst(?:e)?|een hel|de hel|erger)\b",
    # elke nacht om drie uur wakker ervan: "elke nacht om 3 uur wakker ervan", "om 4u elke nacht wakker van de pijn"
    r"\b(?:elke|iedere|alle) nacht (?:\w+ ){0,3}?om \d+ ?(?:uur|u)? (?:\w+ ){0,2}?(?:wakker|op) (?:\w+ )?(?:er[v]an|van de pijn"
    r"|door de pijn|van mijn rug)\b",
    # "s nachts kan ik nergens liggen, bed, bank ..."
    r"\b(?:s nachts|snachts|nachts)\b(?: \S+){0,4}? nergens (?:\w+ )?(?:liggen|lig|slapen)\b",
    r"\b(?:pijn|het|t) (?:\w+ ){0,2}?(?:de hele|heel de|hele|gans de) nacht\b",
    # the ache goes on all night: "dat blijft heel de nacht even hard zeuren" (not "ze huilde de hele nacht van de
    # pijn": "ze" is someone else)
    r"\b(?:dat|da|die|rug|onderrug)\b (?:\w+ ){0,2}?(?:de hele|heel de|hele|gans de) nacht (?:\w+ ){0,3}?"
    r"(?:zeur\w*|pijn\w*|zeer|klop\w*|bonk\w*|ste+k\w*|stak|brand\w*|knaag\w*|knag\w*)\b",
    # nothing helps, and the night named after it: "niks helpt , dat blijft heel de nacht ..."
    r"\b(?:niks|niets|nix) (?:\w+ )?helpt\b(?: \S+){0,8}? (?:de hele|heel de|hele|gans de) nacht\b",
    # Dutch
    # (not a temperature that persists, session 47R10: "s nachts altijd 39", "altijd 39 s nachts"; pain told stays: "s nachts veel pijn")
    r"\b{AT_NIGHT}(?P<gap>(?: \w+){0,3}?) {PERSISTENT}\b{NOT_PERSISTING_READING}",
    r"\b(?:constant|continu|voortdurend|aanhoudend|altijd|erger|ergste?)(?P<gap>(?: {NOT_A_READING}\w+){0,3}?) {AT_NIGHT}\b",
    r"\bgeen (?:enkele )?(?:houding|positie|lighouding|slaaphouding)\b",
    # ... "geen een" / "niet een" position that eases it, no position to be found (session 31AO): "er is niet een houding waarin het
    # minder wordt", "het lukt me niet om een lighouding te vinden die helpt"
    r"\b(?:geen|niet) (?:een|1) (?:enkele )?(?:houding|positie|lighouding|slaaphouding) (?:die|waari[n]|waarbi[j]|dat)\b(?! (?:\w+ ){0,2}?(?:pijn|zeer)\b)",
    r"\b(?:lukt|lukte) (?:\w+ ){0,2}?(?:niet|nooit|nie) (?:meer )?(?:om )?(?:een|de|n|1) (?:\w+ )?(?:houding|positie|lighouding|slaaphouding)"
    r" (?:\w+ )?te vinde[n]\b",
    r"\b(?:elke|iedere|alle) (?:\w+ )?(?:houding|positie|lighouding|slaaphouding)\b",
    # "in welke houding ik ook lig" (whatever position); "welke houding is best?" is a question
    r"\bwelke (?:\w+ )?(?:houding|positie|lighouding|slaaphouding|kant|zij) (?:\w+ ){0,3}?ook\b",
    r"\bhoe (?:dat )?ik (?:\w+ ){0,1}?ook (?:lig|draai|zit|ga liggen)\b",  # Flemish "hoe da(t) ik ook lig"
    r"\b(?:houdt|houden|hield|hou|hielden) (?:\w+ ){0,1}?(?:me|mij) (?:\w+ ){0,3}?wakker\b",
    r"\bwakker (?:\w+ ){0,1}?van (?:de )?pijn\b",
    r"\b(?:lig|lag|liggen) (?:\w+ ){0,4}?" + _AWAKE,
    r"\bkan (?:\w+ ){0,2}?niet (?:meer )?slapen (?:\w+ ){0,2}?(?:van|door|vanwege|wegens) (?:de )?pijn\b",
    r"\b(?:slaap|sliep) (?:\w+ ){0,2}?(?:niet|slecht|nauwelijks|amper) (?:\w+ ){0,2}?(?:van|door|vanwege)"
    r" (?:de )?pijn\b",
    r"\b(?:van|door|vanwege) (?:de )?pijn (?:\w+ ){0,2}?(?:niet|nauwelijks|amper|slecht) (?:meer )?(?:slapen"
    r"|in slaap)\b",
    # (not across "of": "moet ik in bed blijven liggen of juist gewoon rondlopen?" asks which is better)
    r"\b{AT_NIGHT} (?:(?!of\b)\w+ ){0,5}?(?:ijsber\w*|rondlop\w*|rond te lopen|op en neer (?:te )?lopen)\b",
    # 's nachts of in de kleine uurtjes eruit om te lopen (sessie 28E): "om 3 uur sta ik op en loop ik wat rond", "midden in de nacht
    # moet ik uit bed om te lopen" (niet "om 3 uur op om naar de wc te lopen", "om 7 uur op en een rondje met de hond")
    r"\b(?:{AT_NIGHT}|elke nacht|iedere nacht|om (?:een uur of )?[1-5] ?(?:uur|u)?(?! ?(?:s middag[s]|smiddag[s]|s avond[s]|savond[s]|kilo|km)\b))\b"
    r"(?: \S+){0,6}? (?:op|opstaa[n]|opston[d]|eruit|uit (?:mijn |mn |m |het |de )?bed)\b"
    r"(?! (?:\S+ ){0,5}?(?:naar de wc|naar het toilet|naar de badkame[r]|plassen|plas|wc|toilet|de hond|met de hond)\b)"
    r"(?: \S+){0,4}? (?:rondlop\w*|rond te lopen|(?:loop|liep) (?:ik )?(?:\w+ )?rond|lopen|wandele[n]|ijsber\w*|heen en weer)\b",
    # op welke kant ook, het zakt niet (sessie 28E): "maakt niet uit op welke zij ik lig, het zakt niet", "ik kan liggen op welke
    # kant ik wil, het wordt niet minder" (niet "op welke zij ik lig, ik slaap goed")
    r"\b(?:(?:het |t )?maakt (?:\w+ )?(?:niet|nie|niks|niets|geen \w+) uit )?(?:op|in) welke (?:kant|zij|houding|positie) (?:(?:ik|k) )?(?:\w+ ){0,3}?(?:lig|slaap|liggen|ga liggen|wil|lag)\b(?: \S+){0,10}?"
    r" {NO_RELIEF}\b",
    r"\b(?:ijsber\w*|rondlop\w*|loop (?:\w+ ){0,2}?rond)(?: \w+){0,3}? {AT_NIGHT}\b",
    # up and about till the morning: "ik loop rond tot de ochtend", "s nachts loop ik rond", "ik draai rondjes tot het licht
    # wordt"
    r"\b(?:loop|liep|lopen|draai(?:de|en)?|ijsber\w*|wand[e]l(?:de)?) (?:\w+ ){0,3}?(?:rond|rondje[s]|in (?:het|t) rond"
    r"|heen en weer|op en neer) (?:\w+ ){0,3}?tot (?:de |het |s )?(?:och[t]end|morgen[s]?|lich[t])\b",
    r"\b{AT_NIGHT} (?:loop|liep|lopen|wand[e]l(?:de)?) (?:ik |k )?(?:\w+ ){0,2}?(?:rond|heen en weer|op en neer)\b",
    # every position hurts alike: "liggen, zitten, staan, alles doet even zeer"; "maakt niet uit hoe ik lig"
    r"\b(?:liggen|zitten|staan|lig|zit|sta)\b(?: ,| of| en)? (?:liggen|zitten|staan|lig|zit|sta|lopen)\b(?: \S+){0,6}? "
    r"(?:alles|allemaal|overal) (?:\w+ )?(?:doet|doen|is) (?:\w+ ){0,2}?(?:pijn|zeer)\b",
    r"\bmaakt (?:\w+ )?(?:niet|nie|niks|niets|geen) (?:\w+ )?uit hoe\b(?! (?:laat|lang|vaak|veel|ver|duur|snel)\b)",
    # not the pain gone at night: "de pijn is s nachts weg" (session 17)
    r"\bnachtelijke pijn\b|\bnachtpijn\b|\bpijn (?:\w+ ){0,1}?s ?nachts\b(?! (?:\w+ )?(?:weg|over|bete[r]|minder|verdwenen|gedaan)\b)",
    # no difference between night and day (session 17): "s nachts is het net zo erg als overdag"
    r"\b{AT_NIGHT} (?:\w+ ){0,3}?(?:net zo erg|even erg|even hard|net hetzelfde|hetzelfde|evenveel pijn|even veel pijn|zelfd[e])"
    r" (?:\w+ ){0,2}?(?:als|dan) (?:\w+ )?(?:overda[g]|de dag|s middag[s])\b",
    r"\b(?:overda[g]|s middag[s]) (?:\w+ ){0,3}?(?:net zo erg|even erg|even hard|net hetzelfde|hetzelfde|evenveel pijn|even veel pijn)"
    r" (?:\w+ ){0,2}?(?:als|dan) {AT_NIGHT}\b",
    r"\b(?:wordt|word|werd) (?:\w+ ){0,2}?wakker (?:\w+ ){0,2}?(?:van|door) (?:de )?pijn\b",
    # woken by it, the pain named before: "ik word der wakker van" (Flemish "der" = er), "ik werd er s nachts wakker
    # van", "ik word ervan wakker"
    r"\b(?:word|werd|ben) (?:(?:ik|k) )?(?:er|der|daar|daar weer|er weer|der weer) (?:\w+ ){0,2}?wakker (?:van|door)"
    r"(?= [.,]| en\b| maar\b|$)",
    r"\b(?:word|werd|ben) (?:\w+ ){0,2}?wakker (?:er|der|daar) ?(?:van|door)(?= [.,]| en\b| maar\b|$)",
    r"\b(?:word|werd|ben) (?:\w+ ){0,2}?(?:er[v]an|er[d]oor|daar[v]an|daar[d]oor) wakker\b",
    # lying however one wants and it does not go: "ik kan liggen gelijk da k wil ... t gaat nie weg", "ik mag liggen
    # hoe ik wil, niks helpt" (not "ik kan liggen hoe ik wil, geen pijn")
    r"\b(?:liggen|lig|draaien|draai|gaan liggen) (?:gelijk|hoe|zoal[s]) (?:dat |da )?(?:ik|k|je|ge) (?:\w+ )?(?:wil|wilt)\b"
    r"(?: \S+){0,12}? (?:(?:t|het|de pijn|die pijn|dat|da) (?:\w+ )?(?:gaat|ging) (?:niet|nie) (?:meer )?weg|(?:niks|niets|nix) helpt"
    r"|helpt (?:niet|nie|niks|niets)|(?:blijft|blijven) (?:\w+ )?(?:pijn|zeer|hetzelfde)|wakker)\b",
    # 's nachts zonder ophouden, alles geprobeerd (sessie 16b): "'s nachts bonkt het aan één stuk door, niks maakt het minder"
    r"\b(?:s nachts|snachts|nachts|de hele nacht|heel de nacht|hele nacht)\b(?: \S+){0,6}? (?:aan (?:een|1) stuk door|zonder ophouden"
    r"|onophoudelijk|non ?stop)\b",
    r"\b(?:s nachts|snachts|nachts|de hele nacht|heel de nacht|in bed|liggen|op (?:mijn|mn|me|m) (?:zij|rug|buik))\b(?: \S+){0,20}? (?:niks|niets)"
    r" (?:\w+ ){0,2}?(?:maakt het minder|maakt het bete[r]|helpt|werkt|verzach[t])\b",
    # de pogingen opgesomd, niks verandert iets (sessie 18f): "s nachts bonkt mijn rug, kussen, de zetel, de grond, niks
    # verandert er iets aan" (tweeling van het Franse "rien ne change rien")
    r"\b(?:s nachts|snachts|nachts|de hele nacht|heel de nacht|in bed|liggen|op (?:mijn|mn|me|m) (?:zij|rug|buik))\b(?: \S+){0,24}?"
    r" (?:niks|niets) (?:\w+ )?(?:verander[t]|veranderd[e]) (?:er |daar )?(?:iets|wat|niks|niets)\b",
    # de pogingen opgesomd, dan "noppes"; de pijn die niet loslaat tot de ochtend (sessie 19j): "het maakt me elke nacht wakker
    # ..., ik sta op, noppes", "het laat niet los tot de ochtend" (niet "ik werk tot de ochtend en mijn rug laat niet los")
    r"\b(?:het|t|de pijn|mijn rug|mn rug|die rug) (?:maakt|houdt) (?:me|mij) (?:\w+ )?(?:elke|iedere|alle) (?:nacht|nachte[n]) "
    r"(?:\w+ ){0,2}?wakker\b(?: \S+){0,30}? , (?:noppe[s]|nada|nient[e]|nul komm[a] niks|helemaal niks|totaa[l] niks|geen zier)(?= ,| \.|$)",
    r"(?:\b(?:niks|niets) , )?\b(?:het|t|de pijn|pijn|mijn rug|mn rug|de rug|die rug) (?:laat|liet|gaat|ging|zakt|zakte|stop[t]|stopt[e]|minder[t])"
    r" (?:me |mij )?"
    r"(?:niet|nooit|nie) (?:los |weg |af |over |uit )?(?:tot|voor) (?:de |het |s )?(?:och[t]end|morgen[s]|och[t]ends)\b",
    r"\b(?:laat|liet|gaat|ging|zakt|zakte|stop[t]|stopt[e]|minder[t]) (?:het|t|de pijn) (?:me |mij )?(?:niet|nooit|nie) (?:los |weg |af |over "
    r"|uit )?(?:tot|voor) (?:de |het |s )?(?:och[t]end|morgen[s]|och[t]ends)\b",
)

# ---- who is meant (bot/reading/redflags.py _DENIED_SELF, _ME_TOO) ----
#: "ik niet", "niet mij": the patient named only to be ruled out
DENY = ("niet", "nooit")
ME = ("mij", "ik", "mezelf")
I_ME = ("mij", "ik", "ikzelf", "mezelf")
DENY_AFTER = ("niet", "nooit", "ook niet")
#: "... en ik ook": the patient has it as well
ME_TOO_SUBJECT = ("ik", "mij", "ikzelf")
ALSO = ("ook", "eveneens", "evengoed")
#: the patient first in a pair: "ik en mijn moeder hebben allebei kanker gehad"
#: a sign read about, then owned: "ik las dat afvallen een alarmsignaal is, dat heb ik ook" (session 22)
HEARSAY_MINE = (r"(?:dat|da|dit) (?:heb|heeft|hebbe) (?:ik|k)(?: ook)?(?! (?:niet|ni|nie|geen|gene|nooit)\b)",
                r"(?:dat|da|dit) ben (?:ik|k)(?! (?:niet|ni|nie|nooit)\b)", r"(?:dat|da|dit) is (?:bij )?(?:mij|mijn geval)(?! (?:niet|ni|nie)\b)")
#: ... eigen gemaakt als vermoeden (sessie 23K): "wat is zadelanesthesie? ik denk dat ik dat heb", "dat zou ik wel eens kunnen hebben"
HEARSAY_MINE += (r"(?:denk|vrees|geloof|vermoed) (?:ik )?(?:dat )?(?:ik|k) (?:dat|da|het|dit) (?:ook |wel |misschien )?(?:heb|hebt|hebbe)",
                 r"(?:ik|k) heb (?:dat|da|dit|het)(?: ook| misschien| wel| denk ik| volgens mij)?\b(?! (?:\w+ )?(?:niet|ni|nie|geen|gene|nooit|niks|niets)\b)",
                 r"(?:zou|kan|kon) (?:ik|k) (?:dat|da|het|dit) (?:\w+ ){0,3}?hebben")
ME_TOO = (r"(?:ik|k|mij|mezelf) en (?:mijn |mn |m |mijne )?\w+(?: \w+)? (?:\w+ )?(?:allebei|alle twee|beiden|beide|elk)",)

# ---- read-outs of one rule (the skip functions) ----
#: a "don't feel" numbness that is about pain (English "dont feel"); the pain words
NOT_FEEL_START: tuple = ()
#: niets vreemds gevoeld, op de vraag naar het zitvlak of de blaas, is een nee (sessie 19g): "niks verkeerd gevoeld", "ik
#: heb niets raars gemerkt", "ik voel daar niks abnormaals" (niet "ik voel niks": dat is de doofheid)
NOTHING_ODD_FELT = (
    r"(?:niks|niets|nix) (?:\w+ )?(?:verkeerd\w*|raar|raars|vreemd\w*|abnormaal\w*|ongewoon\w*|geks|bijzonders|speciaals|aparts)"
    r" (?:\w+ )?(?:gevoeld|gemerkt|opgemerkt)",
    r"(?:voel|voelt|voelde|merk|merkt|merkte) (?:\w+ ){0,2}?(?:niks|niets|nix) (?:\w+ )?(?:verkeerd\w*|raar|raars|vreemd\w*|abnormaal\w*"
    r"|ongewoon\w*|geks|bijzonders|speciaals|aparts)",
)
PAIN = ("pijn",)

#: "ineens" of "meteen" gezegd met een klapwoord, geen klap (sessie 40H; bot/reading/redflags.py blow_idiom): "ik tilde de krat en in
#: een klap schoot het in mijn rug", "op slag zat mijn rug vast", "weer aan de slag", "een klap van de molen" (niet "een klap op
#: mijn rug gekregen", "kreeg een slag tegen mijn rug")
BLOW_IDIOMS = (
    r"\bin (?:een|1|ene|enen|ne|nen|n|eentje) (?:enkele |eenzelfde )?(?:klap|slag)\b",
    r"\bop slag\b",
    r"\baan de slag\b",
    r"\b(?:een |ne |nen |de )?klap van de molen\b",
    r"\bslag om de arm\b",
)

# ---- session 24: pijn bij het plassen, naar de dokter moeten, de plaats van de pijn, koorts onderdrukt door pillen ----
#: pijn ontkend of klein gemaakt (bot/reading/redflags.py _PAIN_DENIED): "ik voelde geen pijn bij het plassen", "het doet geen
#: pijn als ik plas" (pijn, geen blaasteken; niet "ik voel niet wanneer ik moet plassen")
PAIN_DENIED = (
    r"(?:geen|niet|nie|nooit|nauwelijks|amper|zonder|haast geen|bijna geen) (?:(?:echte|enige|erge|veel|last|van|het|de|gevoeld"
    r"|gehad|gemerkt|meer|echt) ){0,3}(?:pijn|pijnlijk|branderig|branden|brandt|prikt|prikken|steekt|steken|zeer)",
    r"(?:doet|deed|deden|doen) (?:het |t |dat )?(?:geen|niet|nie|nooit|nauwelijks|amper) (?:\w+ )?(?:pijn|zeer)",
    r"(?:brandt|brandde|prikt|prikte|steekt|stak) (?:het |t |dat )?(?:niet|nie|nooit|nauwelijks|amper)",
)
#: de nood om te gaan, naar een andere plaats dan het toilet: "nooit de nood gevoeld om naar de dokter te gaan"
NOT_TOILET_AFTER = (
    r"naar (?:de |een |het |mijn |mn )?(?:dokter|docter|huisarts|arts|ziekenhuis|spoed\w*|kine\w*|fysio\w*|osteopaat|specialist"
    r"|apotheek)",
    # de dokter na "en" (sessie 25X): "geen aandrang gehad om te gaan en de huisarts te bellen", "... en het te laten nakijken"
    r"(?:(?:gehad|gevoeld|gekregen) )?(?:om )?(?:te gaan )?(?:en|om) (?:de |een |mijn |mn )?(?:dokter|docter|huisarts|arts|specialist|kine\w*|fysio\w*|osteopaat)"
    r" (?:te |op te )(?:bellen|zien|raadplegen|consulteren|contacteren|bezoeken|roepen)",
    r"(?:(?:gehad|gevoeld|gekregen) )?(?:om )?(?:te gaan )?(?:en|om) (?:het |t |dat |mijn rug )?(?:te )?laten (?:nakijken|controleren|onderzoeken|checken|bekijken)",
)
#: waar de pijn zit, vlak voor een houding: "de pijn zit op mijn zij en op mijn rug" (niet "het is erger op mijn rug")
_PLACE_GAP = r"(?: (?!(?:als|wanneer|erger|beter|slechter|zodra|na|enkel|alleen)\b)\w+){0,6}?"
PAIN_PLACED = (r"(?:pijn|het|t|ze) (?:zit|zat|zitten|is|was)" + _PLACE_GAP,
               r"(?:doet|deed) (?:\w+ )?(?:pijn|zeer)" + _PLACE_GAP, r"pijn" + _PLACE_GAP)
#: koorts weg alleen zolang een koortswerend middel werkt: "de koorts zakt met dafalgan", "zolang ik paracetamol neem heb ik
#: geen koorts"
_FEVER_MEDS = (r"(?:paracetamol|dafalgan|panadol|perdolan|ibuprofen|ibuprofeen|brufen|nurofen|aspirine|aspro|pijnstiller\w*|pillen"
               r"|pilletjes|medicatie|medicijnen|koortswerend\w*)")
FEVER_MASKED = (r"(?:als|wanneer|zolang|zodra|met|dankzij|door (?:de|die))(?: \w+){0,3}? " + _FEVER_MEDS,
                _FEVER_MEDS + r" (?:\w+ ){0,2}?(?:houdt|houden|hield|krijgt|krijg|drukt|drukken) (?:de koorts|het|ze|die|mijn temperatuur)"
                r" (?:\w+ )?(?:onder|omlaag|naar beneden|laag)")
#: koorts van het laatste etmaal, over verteld (sessie 25): nog koorts, de veilige kant (zie het Engelse pack)
FEVER_RECENT = ("vannacht", "gisteren", "gisteravond", "gisternacht", "vanochtend", "vanmorgen", "vandaag", "deze nacht", "vanavond")
#: "ik weet dat ik moet plassen" is no flag: a Dutch pattern that starts so and names a when
#: needs a negation or uncertainty inside it
GUARD_START = ("voel", "merk", "weet", "unsure")
GUARD_WHEN = ("wanneer", "als", "of", "dat")
GUARD_NEG = ("niet", "nooit", "geen", "unsure", "niks", "niets")
#: "bang om te vallen": a fall that has not happened
FALL_DOUBT = ("niet willen", "om te")
FALL_STEMS = ("val",)
#: clothes falling off (English "falling"); Dutch "broek zakt af" is a weight pattern
FALLING_OFF: tuple = ()
#: a trauma word that is no trauma: (how the word starts, ends or is, what just precedes it, what follows it):
#: "in slaap gevallen", "sommige gevallen"; "viel mee", "viel in slaap"; "bij ongeluk"
#: een ziekte of een middel dat iemand velt (sessie 24T): "knock-out geslagen door de griep", "onderuitgehaald door een virus"
_LAID_LOW_BY = (
    r"(?:(?:de|het|een|die|dat|zo n|zon|zo een|mijn|mn|m|n|ne|nen|flinke|zware|stevige|serieuze|dikke|vervelende|rot) )*"
    r"(?:griep|griepje|buikgriep|maaggriep|darmgriep|covid|corona|virus|virusje|verkoudheid|koorts|longontsteking|bronchitis"
    r"|keelontsteking|angina|infectie|blaasontsteking|migraine|ziekte|voedselvergiftiging|pfeiffer|medicijnen|medicatie|pillen"
    r"|slaappillen|pijnstillers|tramadol|morfine|narcose|verdoving|antibiotica|vaccin|prik|boosterprik)"
)
NOT_A_FALL = (
    # geveld door een ziekte of een middel, geen klap (sessie 24T): "ik ben knock-out geslagen door de griep", "werd onderuitgehaald
    # door een buikgriep", "ben geraakt door corona" (niet "door een auto geraakt", "door een speler onderuitgehaald")
    (r"\b(?:geslagen|neergeslagen|onderuitgehaal[d]|neergehaal[d]|geveld|geraakt door)$", None,
     (r"^(?: (?:helemaal|compleet|volledig|echt|flink|knock out|knockout|ko|plat|neer|onderuit|weken|dagen|een week|twee weken)){0,3}"
      r"(?: (?:door|van|met))? " + _LAID_LOW_BY + r"\b",)),
    # geraakt door een verhaal, een woord of een gebaar: ontroerd, geen klap (sessie 32AP): "ik was echt geraakt door haar brief", "ben
    # diep geraakt door wat hij zei" (niet "geraakt door een auto", "door een bal geraakt")
    (r"\bgeraakt door$", None,
     (r"^ (?:(?:zijn|haar|hun|het|de|een|dat|die|dit|deze|mijn|jouw|uw|zo n|zon|al|hoe|wat) )*(?:\w+ )?(?:verha[a]l|verhale[n]|woorde[n]"
      r"|nieuw[s]|fil[m]|boe[k]|brie[f]|kaar[t]|kaartj[e]|gebaa[r]|lie[d]|liedj[e]|muzie[k]|toespraa[k]|speec[h]|reacti[e]|vriendelijkhei[d]"
      r"|zor[g]|steu[n]|berich[t]|berichtj[e]|getuigeni[s]|documentair[e]|verdrie[t]|emoti[e]|emotie[s]|overlijde[n]|afschei[d]"
      r"|begrafeni[s]|gedich[t]|woor[d]|zei|zegt|schree[f]|vertel[d]|vertelde)\b",)),
    # een klap gevoeld, geen klap van buitenaf (sessie 22G): "ik voelde een klap in mijn rug toen ik me schrap zette" (een klap
    # gekregen blijft een val)
    (r"^(?:klap|slag|stoot|schok|knal|opdoffer)", r"\b(?:voelde|voel|voelt|gevoeld|als|alsof)(?: een| zo n| zon| n| ne| nen| soort)?(?: \w+)?$", ()),
    # gestruikeld over de mat, de drempel, het tapijt, zonder val verteld (sessie 21c): het teken van een klapvoet, niet het begin
    # ("gestruikeld over de hond" blijft een val; "... en gevallen": "gevallen")
    # ... or over nothing, over one's own feet (session 23N): "gestruikeld over niks", "over mijn eigen voeten gestruikeld"
    (r"^gestruikeld$", r"\b(?:over|op) (?:de |het |een |mijn |mn |die |dat |t )?(?:\w+ )?(?:mat|deurma[t]|drempe[l]|tapij[t]|klee[d]|vloerklee[d]"
     r"|matje|tapijtje|rand van (?:de|het) (?:mat|tapij[t]|klee[d])|niks|niets|nix|eigen (?:voete[n]|beene[n]|tene[n]))(?: \w+){0,2}$",
     (r"^ (?:over|op) (?:de |het |een |mijn |mn |die |dat |t )?(?:\w+ )?(?:mat|deurma[t]|drempe[l]|tapij[t]|klee[d]|vloerklee[d]|matje|tapijtje"
      r"|rand van (?:de|het) (?:mat|tapij[t]|klee[d])|niks|niets|nix|eigen (?:voete[n]|beene[n]|tene[n]))\b"
      r"(?!(?: \S+){0,6}? (?:en|toen|maar) (?:ben |ik |k )?(?:gevallen|gevalle|viel|onderui[t]))",)),
    # een vergelijking (sessie 21c): "voelt alsof ik door een paard getrapt ben", "precies of ik van de trap gevallen ben" (niet "zoals
    # toen ik ... gevallen ben")
    (r".", r"\b(?:alsof|als of|precies of|precies alsof|gelijk of|gelijk alsof|net of|net alsof|lijkt of|lijkt wel of)(?: \w+){0,5}$", ()),
    # an accident someone saw: "een ongeluk gezien op de rotonde"
    (r"(?:ongeluk|ongeval|aanrijding|botsing)$", None, (r"^(?: \w+){0,3}? (?:gezien|zag|zien|gezien hebben)\b",)),
    (r"^geval", r"\b(?:slaap|flauw|tegen|mee|op|uit|af|weg|stil|terug|samen|uiteen|binnen|sommige|veel|vele|alle"
     r"|beide|enkele|bepaalde|zulke|meeste|zeldzame|ernstige|andere|deze|dergelijke|acute|uitzonderlijke"
     r"|twee|drie|die|welke|zo|dat|dit|hetzelfde)$", ()),
    # almost fell: "viel bijna", "was bijna gevallen" (not "viel bijna 2 meter")
    (r"^(?:viel|gevall?en|gevalle|gevalln)$", r"\b(?:bijna|haast|bijkans)$",
     (r"^ (?:bijna|haast|bijkans)\b(?! (?:\d+|een|twee|drie|vier|vijf|tien)\b)",)),
    (r"^viel$", None,
     (r"^(?: (?:me|mij|ons|hem|haar|het|dat|wel|niet|nog|ook))*"
      # ... "tegen" niet voor een lijf (sessie 38G: "de ladder viel tegen mijn rug" is een slag; "het viel me tegen" niet)
      r" (?:(?:mee|uit|af|weg|stil|terug|samen|in slaap)\b|tegen\b(?! (?:mijn|mn|me|mij) (?:rug|onderrug|hoofd|schouder|heup|lijf|zij"
      r"|ruggengraat|stuit)\b)|op(?! (?:mijn|mn|m|de|het|een|zijn|haar|mijne|men)\b))",
      r"^(?: \w+){0,3} slaap\b")),
    # "een ongeluk met mijn stoelgang": the bowel or bladder named after it (issue 13)
    (r"ongeluk$", r"\b(?:bij|per)$", (r"^ met (?:mijn |mn |m |de |het |een |me )?(?:kleine |grote )?(?:{URINE}|{STOOL}|boodschap"
                                     r"|blaas|darmen|plasje)\b",)),
    # het bevuilen verderop in de zin verteld (sessie 19j): "ik had vannacht een ongeluk, er zaten sporen in mijn slip" (niet
    # "een ongeluk met de fiets ..., modder op mijn broek", "bloedvlekken op mijn broek")
    (r"ongeluk$", None, (r"^(?! (?:met|op|in|bij|tijden[s]|van)\b)(?: \S+){0,8}? (?:veeg|vegen|veegj[e]|spoo[r]|spore[n]|spoortj[e]|remspoo[r]"
                         r"|remspore[n]|vlek|vlekke[n]|vlekj[e]|plasje|poep|kak|drol) (?!van (?:bloe[d]|olie|modder|verf)\b)(?:\w+ ){0,2}?(?:in|op)"
                         r" (?:mijn |mn |m |me |de |het )?(?:\w+ )?" + _OWN_ACCIDENT_PLACES,)),
    # "een ongeluk in mijn broek", "een ongeluk in bed": soiling or wetting (the bladder patterns), no fall
    # (sessie 27K: de plaats na een komma, "ik heb een ongeluk gehad , in mijn broek gepoept"; "mien", "min", "ons" in dialect)
    (r"ongeluk$", None, (r"^(?: gehad)?(?: ,)? in (?:mijn |mn |m |me |de |het |mien |min |ons |zijn |haar )?(?:\w+ )?" + _OWN_ACCIDENT_PLACES,)),
    # nearly tripped or slipped, a few words between: "bijna over de stoeprand gestruikeld", "haast uitgegleden op
    # de tegels" (not "bijna twee weken geleden gestruikeld": "bijna" of a time)
    (r"^(?:gestruikeld|uitgegleden|uitgegleed|uitgeschoven|onderuit ?gegaan|onderuit gegleden|getuimeld|omgevallen"
     r"|neergevallen|mis ?gestapt|verstapt|(?:trede|tree|stap) (?:\w+ )?gemist)$",
     r"\b(?:bijna|haast|bijkans|nipt|net niet)(?! (?:\d+|een|twee|drie|vier|vijf|zes|tien|paar|week|weken|dag|dagen"
     r"|maand|maanden|jaar)\b)(?: \w+){0,4}$",
     # stumbled but caught oneself, or did not fall: "gestruikeld maar kon me nog opvangen", "maar niet gevallen"
     (r"^(?: \w+){0,5}? (?:maar|en) (?:(?:ik|k) )?(?:ben |was |kon |heb )?(?:(?:me|mij|mezelf|nog|net|wel|gelukkig"
      r"|op tijd) )*(?:(?:aan|op|tegen) (?:de |het |een |mijn |mn )?\w+ )?(?:(?:niet|nie) gevallen|opgevangen|opvangen|vastgegrepen|vastgrijpen|vastpakken|vastgepakt"
      r"|rechtgehouden|rechthouden|herpakt|herpakken)\b",
      # ... na een komma, met "kunnen", of blijven staan (sessie 19g): "uitgegleden op het ijs, heb me kunnen opvangen",
      # "gestruikeld, kon me nog net aan de kast vastgrijpen", "uitgegleden maar ben blijven staan" (niet "heb me niet kunnen
      # opvangen": een "niet" ertussen laat de val staan)
      r"^(?:(?: ,)? (?!(?:gevall?en|gevalle|viel|onderuit|neer|gesmakt|geklapt|gedonderd)\b)\w+){0,8}?(?: ,| maar| en)+ (?:(?:ik|k) )?"
      r"(?:ben |was |kon |heb |had )?(?:(?:me|mij|mezelf|nog|net|wel|gelukkig|op tijd|kunnen|kon) )*(?:(?:aan|op|tegen|met) (?:de |het |een "
      r"|mijn |mn |die |dat |den |t )?(?:\w+ )?\w+ )?(?:(?:kunnen|nog|net) )*(?:(?:niet|nie) gevallen|opgevangen|opvangen|vastgegrepen"
      r"|vastgrijpen|vastpakken|vastgepakt|vasthoude[n]|vastgehoude[n]|rechtgehouden|rechthouden|herpakt|herpakken|blijve[n] staan"
      r"|overein[d] geblev[e]n|overein[d] blijve[n]|rech[t] geblev[e]n)\b",
      # ... the support grabbed, told as a thing taken (session 23N): "uitgegleden met mijn sokken, maar ik kon nog net de leuning
      # grijpen", "greep nog net de trapleuning", "kon de kast nog pakken" (not "mijn rug gepakt": a support named)
      r"^(?:(?: ,)? (?!(?:gevall?en|gevalle|viel|onderuit|neer|gesmakt|geklapt|gedonderd)\b)\w+){0,8}?(?: ,| maar| en)+ (?:(?:ik|k) )?"
      r"(?:(?:kon|heb|had|greep|pakte|ving|kreeg) )?(?:(?:me|mij|mezelf|nog|net|wel|gelukkig|op tijd|kunnen|nog net) )*(?:(?:aan|naar) )?"
      r"(?:de |het |een |mijn |mn |die |dat |t )?\w*(?:leuning|reling|balustrad[e]|hek|hekje|kast|tafel|deur|deurklink|paal|muur|aanrecht"
      r"|wastafel|lantaarnpaal|stoel|stang|handgre[e]p|winkelkar|rollato[r]|boom|tak)\b(?: (?:nog|net|op tijd|kunnen|vast))*"
      r" (?:grijpe[n]|gegrepe[n]|pakke[n]|gepak[t]|vastgrijpe[n]|vastpakke[n]|vastgepak[t]|vastgegrepe[n]|beetpakke[n]|beetgepak[t]"
      r"|vastnem[e]n|beetnem[e]n)\b",
      r"^(?:(?: ,)? (?!(?:gevall?en|gevalle|viel|onderuit|neer|gesmakt|geklapt|gedonderd)\b)\w+){0,8}?(?: ,| maar| en)+ (?:(?:ik|k) )?"
      r"(?:gree[p]|pakt[e]|gegrepe[n]|gepak[t]) (?:(?:nog|net|gelukkig|op tijd|nog net) )*(?:de |het |een |mijn |mn |die |dat |t )?"
      r"\w*(?:leuning|reling|balustrad[e]|hek|hekje|kast|tafel|deur|deurklink|paal|muur|aanrecht|wastafel|lantaarnpaal|stoel|stang|handgre[e]p"
      r"|winkelkar|rollato[r])\b")),
    # ... een val ontkend in straat- of spreektaal (sessie 25Z): "uitgegleden op de trap, niet neergevallen", "gleed uit, ben
    # nie onderuit gegaan hoor", "uitgegleden maar niet op de grond beland" (niet "uitgegleden en neergevallen")
    (r"^(?:gestruikeld|uitgegleden|uitgegleed|uitgeschoven|gleed|gleden|glij|glijd|struikelde|struikel)\b", None,
     (r"^(?:(?: ,)? (?!(?:gevall?en|gevalle|viel|onderuit|neer\w*|gesmakt|geklapt|gedonderd|beland)\b)\w+){0,10}?(?: ,| maar| en| zodat| dus| waardoor)+"
      r" (?:(?:ik|k|ben|was|gelukkig|wel|toch|dus|echt) )*(?:niet|nie|ni|nooit|nergens) (?:echt |helemaal |eens |op |tegen |tegenaan )?(?:viel|neergevallen|neergegaan"
      r"|neergeklapt|omgevallen|omgegaan|onderuit ?gegaan|onderuit|gevallen|op de grond (?:beland|gekomen|terechtgekomen)"
      r"|op de grond|tegen de grond)\b",)),
    # not fallen: "maar niet gevallen" (a stumble only)
    (r"^(?:gevall?en|gevalle|gevalln)$", r"\b(?:niet|nie|nooit)$", ()),
    # ... niet neergevallen, niet omgevallen, niet onderuit gegaan (sessie 25Z)
    (r"^(?:neergevallen|neergegaan|neergeklapt|omgevallen|onderuit ?gegaan)$", r"\b(?:niet|nie|ni|nooit)(?: echt| helemaal)?$", ()),
    # bijna gevallen, van wat ook (sessie 16d): "bijna van de ladder gedonderd, kon mij nog vastgrijpen" (not "bijna 2 weken")
    (r".", r"\b(?:bijna|haast|bijkans)(?! (?:\d+|een|twee|drie|vier|vijf|zes|tien|paar|week|weken|dag|dagen|maand|maanden"
     r"|jaar)\b)(?: \w+)?$", ()),
    # ... een paar woorden ertussen, de plek of wat (sessie 25F1): "bijna van de trap gevallen", "haast van de ladder gedonderd"
    # (niet "bijna geen pijn tot ik van de trap viel": een ontkenning of een nieuwe zin ertussen)
    (r".", r"\b(?:bijna|haast|bijkans)(?: (?:van|uit|over|door|langs|op|in|af|onder|de|het|t|den|die|dat|een|mijn|mn|onze|m|ne|nen|\w+trap"
     r"|trap|ladder|fiets|stoep|tree|trede|treden|treeën|stoel|bed|bank|stelling|steiger|paard|brommer|scooter|zolder|trapje|keldertrap))"
     r"{1,4}$", ()),
    # ... "bijna" binnen de val zelf (sessie 25F1): "ben gisteren bijna van de ladder gedonderd" (niet "bijna een week geleden")
    # ... not when the match itself tells the landing after it (session 37B: "bijna gevallen en lag ik plat" is a fall)
    (r"^(?!.* (?:lag|lage[n]|belandd[e]) (?:ik |k |we )?(?:\w+ )?(?:op (?:de|den|d|mijn|mn|m) (?:\w+ )?(?:gron[d]|vloe[r]|ga[t]|kon[t]|poe[p])|pla[t])$)"
     r"(?:\w+ )*?(?<!in )(?<!met )(?:bijna|haast|bijkans) (?!(?:\d+|een|twee|drie|vier|vijf|zes|tien|paar|week|weken|dag|dagen|maand"
     r"|maanden|jaar)\b)(?:\w+ ){0,4}?\w+$", r"^", ()),
    # een klap ontkend met de val ervoor (sessie 25F1): "nergens op gevallen of tegenaan gebotst", "niet gevallen en nergens
    # tegen gestoten" (niet "niet gevallen maar wel tegen de kast gebotst")
    (r".", r"\b(?:nergens|niet|nie|nooit|niks|niets)\b(?: (?!(?:maar|wel|toen|dan|want)\b)\w+){0,3} (?:of|en) (?:ook )?(?:nergens |niet |nie |niks |niets )?"
     r"(?:\w+ )?(?:tegenaan|tegen|op|aan)?$", ()),
    # "al 3 keer gestruikeld deze week": a foot that catches, not a fall that started the pain
    # (the count up to six words before, session 18c: "twee keer over de mat in de gang gestruikeld")
    (r"^gestruikeld\b", r"\b{REPEATED}(?: (?!(?:en|maar|toen|dan)\b)\w+){0,6}$", (r"^(?: \w+){0,5}? {REPEATED}\b",)),
    # de stoeprand of een trede met de voet geraakt, niet met het lijf (sessie 25Z, het teken van een klapvoet): "ik ben twee keer
    # tegen de stoeprand geklapt met mijn voet", "tegen de stoep geknald met mn tenen" (niet "... en gevallen")
    (r"\b(?:stoeprand|stoepranden|stoep|trottoir|boordsteen|drempel|trede|traptrede|opstapje)\b(?: \w+)?$", None,
     (r"^ met (?:mijn|mn|m|me|de|mijne) (?:\w+ )?(?:voet|voeten|teen|tenen|schoen|schoenen|punt van mijn voet)\b"
      r"(?!(?: \S+){0,6}? (?:en|toen|maar) (?:ik |k )?(?:gevallen|gevalle|viel|lag|ging|onderuit|languit)\b)",)),
    # footwear that fell, not the patient: "mijn slipper viel van mijn voet", "mijn sloef is weer van mijn voet gevallen"
    (r"^(?:viel|vielen|gevall?en|gevalle|gevalln)$", r"\b{FOOTWEAR}(?: (?!(?:ik|k|en|maar|toen|dan)\b)\w+){0,5}$", ()),
    # a number that fell: "mijn beenkracht is gevallen van 30 naar 18 kilo", "gevallen tot 5"
    (r"^(?:viel|vielen|gevall?en|gevalle|gevalln)$", None,
     (r"^(?: \w+){0,2}? van \d+(?:point\d+)? (?:\w+ )?(?:naar|tot(?: op)?) \d", r"^(?: \w+){0,2}? (?:naar|tot(?: op)?) \d")),
)  # fmt: skip
#: a fall long ago said to be unrelated ("5 jaar geleden van de trap gevallen maar dit is anders")
LONG_AGO = (r"(?:\d+|een paar|paar|enkele|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twintig) jaar geleden",
            # een jaar of langer terug (sessie 33K): "vorig jaar", "verleden jaar", "een jaar geleden", "in 2019"
            r"(?:vorig|vorige|verleden) jaar", r"(?:een|ruim een|meer dan een|anderhalf) jaar geleden",
            "jaren geleden", "lang geleden", r"als (?:kind|tiener|kleine)", r"toen ik (?:klein|jong|kind) was")
UNRELATED = (r"(?:niks|niets) (?:mee )?te maken", r"(?:dit|da|dat|het) is (?:\w+ )?anders", r"(?:staat|is) er los van",
             r"los daarvan", r"(?:dit|da|dat) is (?:iets )?nieuw", r"komt (?:daar )?niet van",
             # ... of genezen, zonder pijn erna (sessie 33K): "daarna geen pijn meer", "nooit meer last van gehad", "goed hersteld"
             r"(?:daarna|nadien|erna|sindsdien|achteraf) (?:ook )?(?:geen|nooit) (?:\w+ )?(?:pijn|last|klachten|problemen)",
             r"(?:geen|nooit) (?:\w+ )?(?:pijn|last|klachten|problemen) meer (?:\w+ )?(?:gehad|daarna|nadien|van gehad)",
             r"nooit meer (?:pijn|last|klachten|problemen)",
             r"(?:helemaal|volledig|goed|compleet|prima) (?:hersteld|genezen|over gegaan|overgegaan)")  # fmt: skip
#: soiling told after an accident (Dutch says "ongelukje", a bladder word itself)
SOILED: tuple = ()
#: "een ongelukje met koffie": a spill, not the bladder
SPILLED = ("koffie", "thee", "drinken", "tas", "kop", "glas", "pot", "wijn", "water", "sap", "melk", "verf", "laptop",
           "toetsenbord", "gsm", "telefoon", "eten", "soep", "fiets", "auto")  # fmt: skip
#: a thing that keeps happening: "twee keer", "al 3 keer deze week", "de hele tijd"
REPEATED = (r"(?:\d+|twee|drie|vier|vijf|een paar|paar|enkele|meerdere|verschillende|zoveel) (?:keer|kere[n])", "steeds",
            # "twee maal", "een paar maal", "meerdere keren" (session 25Z)
            r"(?:twee|drie|vier|vijf|een paar|paar|enkele|meerdere) maal",
            # a count told "2x", "tweemaal", "3 maal" (session 23N): "gisteren 2x gestruikeld"
            r"\d+ ?x", r"(?:\d+ |twee|drie|vier|vijf)maal", r"\d+ maal", r"meermaal[s]", r"meerdere male[n]",
            "de hele tijd", "telkens", "voortdurend", "elke dag", "alweer", "al weer", "herhaaldelijk")  # fmt: skip

# ---- a negation after the finding: "koorts heb ik niet" (bot/reading/redflags.py _SUFFIX_NEG) ----
SUFFIX_VERB = ("heb", "had", "hebben", "heeft", "hadden", "ben", "was", "is", "zijn", "waren", "voel", "voelde", "merk",
               "merkte", "krijg", "kreeg")  # fmt: skip
SUFFIX_SUBJECT = ("ik", "er", "het", "je", "we", "ze")
SUFFIX_ADVERB = ("eigenlijk", "echt", "nog", "helemaal", "totaal", "absoluut", "gelukkig", "zeker", "ook", "dus")
SUFFIX_NO = ("niet", "nooit", "geen", "nee", "neen", "niks", "niets", r"(?:ik )?denk (?:het|ik|van) niet",
             r"geloof (?:het|ik) niet")  # fmt: skip
SUFFIX_TAIL = ("gehad", "meer", "hoor", "eigenlijk", "echt", "gelukkig", "denk ik", "gevoeld", "gemerkt", "gezien")

# ---- the bladder and bowel safety net (bot/reading/redflags.py _bladder_bowel_net) ----
# (the net keeps the "plas" words only: "ik heb niet in mijn slaap geplast" denies, and the net reads any "niet" as trouble)
# ... niet een ding dat met "plas" begint (sessie 34T): "plastic", "plastiek", "plastique", "plasma", "plaster" (geen plas)
# ... noch de plasregen (stortbui) of het plastron (sessie 34Z): "kan niet naar buiten in de plasregen"
NET_BLADDER = (r"plas(?!\w*(?:kat|poes|hond|dier|bees|regen)\w*\b)(?!ti|ma|ters?\b|tron)\w*", "blaas")
NET_BOWEL = ("stoelgang", "ontlasting", r"poep\w*", "kak", "grote boodschap")  # sessie 21e
NET_BLADDER_TROUBLE = ("niet", "nie", r"lek\w*", r"verlies\w*", "ophouden", r"houd\w*", "broek", r"ongelukje\w*",
                       "aandrang", "moeite", "moeilijk", "lastig", "probleem", "problemen", "raar", "anders",
                       # traag op gang, in druppels (sessie 19): "het plassen komt heel traag op gang"
                       "op gang", r"druppel\w*", "straaltje")  # fmt: skip
NET_BOWEL_TROUBLE = ("ophouden", r"houd\w*", r"lek\w*", r"ongelukje\w*", "broek", "aandrang", r"verlies\w*", "vanzelf")
#: een controle van het orgaan, geen verloren controle (sessie 36D; bot/reading/redflags.py _bladder_bowel_net): in een zinsdeel over
#: een ziekte van blaas, darm of prostaat of de opvolging ervan (CHECKUP_TOLD: "darmkanker gehad, nu om de 6 maanden controle",
#: "blaaskanker, controle bij de uroloog") is het woord controle (CONTROL_AS_CHECK) het onderzoek, geen klacht; nooit met een verlies
#: in het zinsdeel (CONTROL_LOST: "ik heb geen controle meer over mijn blaas")
CHECKUP_TOLD = (# een ontsteking van het water voorbij en haar controle (sessie 45U): "nierbekkenontsteking gehad, de controle van de
                # urine was proper"
                r"\w*infecti[e]s?", r"blaasontstekin[g]", r"\w*nierbekkenontstekin[g]", r"nierontstekin[g]", r"urineonderzoe[k]",
                r"urinetes[t]", r"\w*kanke[r]\w*", r"tumo[r]\w*", r"poliep\w*", r"cystoscop\w*", r"coloscop\w*", r"darmonderzoe[k]\w*", r"oncolo\w*",
                r"urolo\w*", r"opvolgin[g]", r"nazor[g]", r"check ?ups?", r"bevolkingsonderzoe[k]",
                r"(?:om de|elke|iedere|alle) (?:\d+|twee|drie|vier|zes|twaalf) (?:maande[n]|maand|jaar|weken|week)", r"(?:elk|ieder) jaar",
                r"jaarlijk[s]", r"halfjaarlijk[s]")
CONTROL_AS_CHECK = (r"(?:op )?controles?", r"gecontroleer[d]", r"controlere[n]")
CONTROL_LOST = (r"geen", r"niet", r"nie", r"ni", r"nooit", r"kwij[t]", r"verlore[n]", r"verlies\w*", r"weg", r"minder", r"slech[t]",
                r"moeilij[k]", r"moeite", r"weinig", r"nauwelijk[s]", r"amper", r"proble\w*", r"zwak\w*", r"lek\w*", r"ongeluk\w*",
                r"incontinen\w*", r"controle over")
#: a sign that all is well (regexes with their own word edges); "geen (...) problemen" is {NO_ANY} ... {A_PROBLEM}
#: ("normaal moet ik ..." is usually, not well)
ALL_WELL = (r"\bnergens last\b",  # "nergens last van bij het plassen" (session 18d)
            # vaker dan gewoonlijk ontkend (sessie 32AV): "ik plas niet vaker dan anders" (geen retentie; "ik plas vaker dan anders" blijft)
            r"\b(?:niet|nie|ni|nooit) (?:\w+ )?(?:vaker|meer|frequente[r]) dan (?:normaal|anders|gewoonlij[k]|vroege[r]|voorhee[n]|gewoon)\b",
            r"\bgoed\b", r"\bprima\b", r"\bnormaal\b(?! (?:moet|moest|ga|ging|kan|kon|heb|had|ben|was|doe|deed|zou|zit|sta|rij|reed)\b)",
            r"\bgaat (?:nog )?(?:goed|prima)\b", r"\blukt (?:nog )?(?:goed|prima)\b",
            r"\bkan (?:nog )?(?:goed|prima|gewoon)\b", r"\bverstopt\b", r"\bobstipatie\b")  # fmt: skip
NO_ANY = ("geen", "zonder")
#: een teken genoemd als waar je op moet letten, de controle die de folder vraagt (sessie 22G): "in de folder staat dat ik moet letten op
#: een doof gevoel rond mijn anus" (de woorden vlak voor het teken; een teken dat men heeft blijft gelezen in zijn eigen zinsdeel)
WATCH_FOR = (r"(?:letten|let|lette|opletten|oplette|uitkijken|kijken|alert zijn|alert) (?:op|voor)(?: een| eventuele| eventueel| tekenen van)?",
             r"in de gaten (?:houden|hou|houdt) of(?: ik| je| k)?(?: een)?",
             # ... een teken in de gaten of in het oog gehouden (sessie 42F): "ik moet in de gaten houden: een klapvoet"
             r"in (?:de gaten|het oog) (?:houden|hou|houdt|te houden)(?: een| eventuele| eventueel| tekenen van)?", r"alarmsignalen? (?:zoals|als)(?: een)?")
#: de naam van een teken, de term zelf (sessie 23K): gevraagd of gelezen als term ("wat is zadelanesthesie eigenlijk", "las
#: iets over zadelanesthesie") is ze geen teken dat de persoon heeft
SIGN_TERMS = (r"(?:zadel|rijbroek) ?(?:anesthesie|anaesthesie|gevoelloosheid|doofheid|verdoving)", r"(?:urine|blaas) ?retentie",
              # ... en nachtpijn (sessie 24V): "is dat die nachtpijn waar ze het over hebben?"
              r"nachtpijn|nachtelijke pijn")
TERM_QUESTION_BEFORE = (r"(?:is|was|zou|kan) (?:dat|dit|het|da|t)(?: nu| dan| misschien| soms)?(?: die| dat| deze)?",
                        # ... als een soort ervan (sessie 26C): "is dat die foute soort nachtpijn waar ze het over hebben"
                        r"(?:is|was|zou|kan) (?:dat|dit|het|da|t)(?: nu| dan| misschien| soms)?(?: die| dat| deze| het| de| een)?"
                        r"(?: (?:foute|slechte|echte|ernstige|gevaarlijke|enge|verkeerde|erge|ergere))?(?: (?:soort|type|vorm|slag)(?: van)?)",
                        r"(?:is|was|zou|kan) (?:dat|dit|het|da|t)(?: nu| dan| misschien| soms)?(?: die| dat| deze| het| de| een)"
                        r" (?:foute|slechte|echte|ernstige|gevaarlijke|enge|verkeerde|erge|ergere)")
TERM_TALKED_AFTER = (r"(?:waar|waarover) (?:ze|men|mensen|iedereen|zij|dokters|je|ge|de \w+)\b(?: \w+){0,4}? (?:hebben|heeft|hadden"
                     r"|spreken|spreekt|praten|praat|schrijven|schrijft|lees|las|leest|gelezen|hoort|hoor|hoorde|gehoord|zeggen|zegt"
                     r"|waarschuwen|waarschuwt)\b",)
TERM_ASKED_BEFORE = (r"wat (?:is|zijn|betekent|betekend|wil zeggen)", r"wat (?:is|zijn) (?:dat|da|dit)", r"wat bedoelen ze met", r"wat bedoelt (?:men|de dokter|ze) met",
                     r"wat verstaat (?:men|je) onder", r"wat (?:houdt|houd|omvat)",  # (sessie 33D: "wat houdt ... eigenlijk in")
                     r"wat (?:valt|telt|hoort) (?:er |precies |juist |eigenlijk )*(?:onder|als)",  # (sessie 31AM)
                     r"(?:iets|wat|dingen|meer|info|informatie|artikel|stuk) over", r"(?:gelezen|gehoord|las|lees"
                     r"|hoorde|opgezocht|googlede) over", r"(?:nooit|ooit) (?:van )?gehoord van", r"uitleg over", r"(?:een|de) (?:ervan|daarvan) is")
TERM_ASKED_AFTER = (r"wat (?:is|betekent|betekend|wil|houdt) (?:dat|da|dit|het)", r"wat moet ik me (?:daar|daarbij|daaronder) voorstellen",
                    r"nooit van gehoord", r"hoe voelt (?:dat|da|dit|zoiets)", r"wat zijn de symptomen", r"wat is dat eigenlijk",
                    # hoe je het merkt (sessie 24T): "zadelanesthesie, hoe merk je dat?", "hoe weet je dat je dat hebt"
                    r"hoe (?:merk|merkt|weet|voel|herken) (?:je|ge|men|jij) (?:dat|da|het|dit|of)")
TERM_FILLERS = ("eigenlijk", "precies", "nu", "dan", "juist", "het", "de", "een", "zogenaamde", "zogeheten", "concreet", "exact")
OWN_IF = ("of", "als")
#: een wat-als van ooit (sessie 24W): "als ik ooit ...", "mocht ik ooit ...", "als het ooit ...", "stel dat ik ooit ..."
ONE_DAY_IF = (r"(?:als|mocht|mochten|indien|stel dat) (?:ik|je|het|t|dat) (?:\w+ )?ooit", r"(?:als|mocht) (?:ik |je |het )?(?:op een dag|ooit|later ooit)",
              r"als (?:ik|je) (?:\w+ )?op een dag")
#: de betekenis gevraagd van een beschreven teken (sessie 24W): "wat betekent precies ...", "wat wordt bedoeld met ..."
MEANING_ASKED = (r"wat (?:betekent|betekend|betekenen)(?: dat| dit| het)?(?: precies| eigenlijk| nu)?", r"wat (?:wordt|word|is) (?:er )?(?:precies )?bedoeld met",
                 r"wat (?:wil|willen) (?:dat|dit|het) (?:precies )?zeggen")
MEANING_NOT_BEFORE = ("als", "wanneer", "dat", "ik", "k", "mijn", "mn", "me", "mij", "voor")
#: the person named after the term only as an object ("explain it to me"): no owning
ME_OBJECT = ("mij", "me", "mezelf")
#: een vraag van iedereen, het segment opent erop (sessie 23K): "als je niet meer kan plassen", "kan men ..."
GENERAL_SUBJECT = (r"(?:\w+ ){0,4}?(?:als|wanneer|indien) (?:je|ge|men|iemand|mensen)\b", r"(?:je|ge|men|iemand|mensen) ",
                   # een teken gevraagd als erg of als slecht teken (sessie 26G): "is nachtpijn erg", "is pijn s nachts een slecht teken"
                   r"(?:is|zijn|betekent|betekenen|wijst|wijzen|kan|kunnen) (?!(?:ik|k|mijn|mn|me|mij|m)\b)(?:\w+ ){0,12}?(?:erg|ernstig|gevaarlijk"
                   r"|slecht|een (?:slecht|gevaarlijk|ernstig|kwaad) (?:teken|signaal)|(?:een )?alarmsignaal|een alarmbel|reden tot (?:zorg|ongerustheid)"
                   r"|zorgwekkend|verontrustend|iets ergs|iets ernstigs|op iets (?:ergs|ernstigs))\b")
#: een vraag die het teken voor de komma opneemt, heel alleen (sessie 26G): "nachtpijn, is dat erg?"
TAKEN_UP_ASKED = (r"(?:is|zou|kan|kon) (?:dat|dit|da|het|t)(?: (?:nu|dan|misschien|echt|heel|zo))? (?:erg|ernstig|gevaarlijk|zorgwekkend"
                  r"|verontrustend|een slecht teken|slecht teken|een alarmsignaal|een slecht signaal)(?: zijn)?",
                  r"(?:erg|ernstig|gevaarlijk|slecht teken|een slecht teken)")
#: een vraag of men zich zorgen moet maken om een teken in het algemeen (sessie 26G): "moet ik me zorgen maken over nachtpijn"
GENERAL_WORRY = (r"(?:moet|moeten) (?:ik|k|we) (?:me |mij |ons )?(?:\w+ )?(?:zorgen maken|ongerust zijn|ongerust maken|schrik hebben"
                 r"|bang zijn) (?:over|om|van|voor)",)
A_PROBLEM = ("probleem", "problemen", "moeite", "last")
#: een teken in het algemeen gevraagd, met "je", "ge", "men" (sessie 21f): "kunt ge van ne hernia incontinent worden?",
#: "krijg je daar incontinentie van?" (een vraag, geen klacht; "kan ik ..." blijft gelezen)
SIGN_ASKED = (r"^(?:\w+ ){0,2}?(?:kan|kun|kunt|kunde|kunnen|krijg|krijgt|word|wordt|raak|raakt|zou|zoudt) (?:je|ge|men|jij|gij"
              r"|een mens|mensen|iemand)\b",
              # een teken dat het geeft, in het algemeen gevraagd (sessie 22G): "geeft een hernia ook koorts?", "kan dat koorts geven?" (niet
              # "geeft dat mij ...", "kan het dat ik koorts heb")
              r"^(?:\w+ ){0,2}?(?:geeft|geven|gaf|veroorzaakt|veroorzaken|kan|kunnen|zou|zouden|hoort|horen) (?:dat|dit|zoiets|een \w+|de \w+|zo n \w+"
              r"|zon \w+|hernia|ischias|rugpijn|spit|lumbago|dat ook|dit ook)\b(?:(?! (?:ik|k|me|mij|mijn|mn|m|we|ons)\b) \w+)*$")
#: een last ontkend door de woorden er vlak voor (sessie 19g): "ik heb nergens last van bij het plassen", "nooit problemen met plassen"
TROUBLE_DENIED = ("nergens", "nooit", "nooit enige", "nooit geen", "nul", "niet de mins[t]e", "geen enkele", "geen enkel")
#: ... gezegd van een andere tijd of een ander orgaan, wat niets ontkent van de last van nu (sessie 19): "het komt
#: niet goed, nooit problemen gehad voordien"
DENIED_ELSEWHERE = ("voordien", "vroeger", "tot nu", "tot nu toe", "ooit", "in mijn leven", "voorheen", "prostaat", "gehad")
#: ... unless denied: "niet meer goed"
NOT_WELL_NEG = ("niet", "nie")
NOT_WELL_MORE = ("meer ",)
WELL = ("goed", "prima", "normaal")
#: een dier als gezond verteld (sessie 34R): "het paard is gezond, 39 koorts" is de koorts van de patient
ANIMAL_WELL = ("gezond",)
#: a clause ends at "maar"
CLAUSE_BUT = ("maar",)

# ---- "is het normaal dat ...": the frame of a question about oneself (bot/reading/redflags.py _QUESTION_FRAME) ----
IS = ("is",)
IT = ("het", "dat", "da")
NORMAL = ("normaal", "oke", "erg", "ernstig", "gevaarlijk", "een probleem")
CAN_IT = (r"kan (?:het|dat|da) (?:\w+ )?",)
THAT = ("dat", "als", "wanneer")
#: een infinitief na het kader van de vraag (sessie 41J, _QUESTION_FRAME): "is het normaal om de stoelgang niet meer te kunnen ophouden"
INFINITIVE_TO: tuple = ("om",)

#: "-ing" words whose dropped g is put back (English "givin"); none in Dutch
ING_WORDS: tuple = ()

# ---- the normaliser's phrases (bot/reading/redflags.py normalise): (regex, replacement) on the
# ---- folded text, applied kind by kind in the engine's order, pack by pack within a kind ----
#: contractions: none in Dutch (the apostrophes are gone)
CONTRACTIONS: tuple = ()
#: fixed phrases that must survive splitting on "en"
JOINED_PHRASES = ((r"\bspelden ?en ?naalden\b", "pinsneedles"), (r"\blinks en rechts\b", "linksrechts"),
                  # de relevantie betwijfeld, niet het teken (sessie 24U): "misschien belangrijk: ik heb borstkanker gehad"
                  (r"\b(?:misschien|wellicht|mogelijks?|mss) (?:(?:is het|is dit|is dat|nog|ook|wel|niet on) )*(?:belangrij[k]|relevan[t]|handi[g]"
                   r"|nutti[g]|goed)(?: om te (?:weten|melde[n]|zeggen|vermelde[n]))?\b", "relevant ,"))
PINS_AND = ("en ",)  # "pins en needles"
#: the saddle area, before "benen" can be read as both legs ("tussen uw benen": Flemish "ge/u" of oneself)
CROTCH_PHRASES = (
    (r"\btuss(?:en|e) (?:(?:mijn|mn|m|me|min|de|beide|mijne|men|uw|je|jouw|jou|twee|allebei|zijn|zn|haar|heur|hare) ){0,2}(?:benen|been|dijen|bovenbenen)\b",  # ... "mijn twee dijen" (33J); West-Vlaams "tusse min" (35F)
     "crotchzone"),
    (r"\b(?:dijen|dij|bovenbenen|bovenbeen) (?:aan de |van )?binnen(?:kant)?\b", "crotchzone"),
    # "aan de binnenkant van me dijen", "binnenkanten van allebei mijn bovenbenen" (Netherlands "me" = mijn)
    (r"\bbinnenkant(?:en)? (?:van )?(?:(?:mijn|mn|m|me|men|mijne|uw|je|de|beide|allebei|twee) ){0,2}"
     r"(?:dijen|dij|bovenbenen|bovenbeen)\b", "crotchzone"),
    # ... helemaal bovenaan (sessie 31AI): "de binnenkant van mijn dijen helemaal bovenaan, dat voelt als karton"
    (r"\bcrotchzone (?:helemaal |heel |echt |zo )?(?:bovenaa[n]|van boven|boven|boveni[n]|hoog|hoog op|tegen de lies|tegen de liezen)\b", "crotchzone"),
    # "de binnenkant van mijn dijen, tegen mijn kruis, voelt doof": de tussenzin noemt dezelfde plek (session 18d)
    (r"\bcrotchzone , (?:tegen|bij|aan|rond|naas[t]) (?:mijn |mn |m |me |de |het )?(?:kruis|liezen|lies|poep|gat|crotchzone) ,",
     "crotchzone"),
)  # fmt: skip
#: uncertainty is never a negation (niet zeker counts as yes): read as "unsure"
UNSURE = (
    r"(?:ik )?(?:ben )?(?:het |er )?niet (?:zo |helemaal |echt |100 )?zeker",
    r"(?:ik |k )?weet (?:het |ik |t |echt |het echt )?niet(?: (?:zo |helemaal |echt |100 )?zeker)?",
    r"(?:geen|gn) (?:flauw )?idee", r"twijfel\w*", "misschien", "mss", "wellicht", r"mogelijks?", "onzeker",
)  # fmt: skip
#: reasons are not a negation of a symptom: "zonder duidelijke aanleiding" -> "noreason"
REASON_FOR = ("met ", "om ")
REASON_NO = ("zonder", "geen")
REASON_ANY = ("enige ", "een ", "duidelijke ", "speciale ", "aanwijsbare ", "echte ", "bepaalde ")
REASON = ("aanleiding", "reden", "oorzaak", "verklaring")
#: "zonder te proberen" (weight lost) is no negation either
NO_EFFORT = (
    # ... "zonder enig dieet", "zonder een of ander dieet" (session 32BA)
    (r"\bzonder (?:enig|enige|ook maar enig|ook maar een|een of ander|specia[a]l|een specia[a]l) (?:dieet|lijnen|lijndieet)\b", "noreason"),
    (r"\bzonder (?:te )?(?:proberen|dieet|dieten|lijnen|moeite|het te willen|te willen"
     r"|iets (?:te |voor te |aan te )?doen|op te letten|dat ik (?:het |er )?(?:iets |voor |aan )*"
     r"(?:probeer|wil|wou|probeerde|wilde|doe|deed))\b", "noreason"),
    # ... uit het niets is geen ontkenning (sessie 33J): "uit het niets werden mijn beide benen doof"
    (r"\buit het niets\b", "noreason"),
)  # fmt: skip
#: spoken phrases: Flemish "nie" = "niet", "as ik" = "als ik"
SPOKEN_PHRASES = (
    (r"\bnie\b", "niet"),
    # een belinstructie voor haar "als" of "bij" (sessie 31AM): "in de folder staat dat ik moet bellen bij een doof gevoel ..." is
    # "... te bellen als ..." (de "ik" die moet bellen heeft geen teken; wat na de "als" komt is van de folder)
    (r"\b(dat |da )?(?:ik|je|we|k|ge) (?:direc[t] |meteen |onmiddellij[k] |dadelij[k] |altijd )?(?:moet|moeten|moest|moeste[n]|zou moeten|mag|dien) (?:direc[t] |meteen |onmiddellij[k] |dadelij[k] |altijd )?"
     r"(belle[n]|terugbellen|langskome[n]|terugkome[n]|komen|melde[n]|naar de spoe[d] gaan|naar spoe[d] gaan|naar de spoedgevallen gaan|naar de huisart[s] gaan"
     r"|naar de dokte[r] gaan|contac[t] opneme[n]) (?:direc[t] |meteen |onmiddellij[k] )?(?:bij|als|wanneer|indie[n]|zodra|ingeval van|in geva[l] van)\b",
     r"\1te \2 als"),
    # "of ik het wel of niet voel" asks, it denies nothing (session 16d): one token, no negation
    (r"\bwel of niet\b", "welofniet"),
    # Netherlands "me" = mijn before a body part or clothes: "in me onderbroek", "me beide knieen", "me kruis"
    # (the reflexive "ik voel me ziek", "hou me vast" is left alone)
    (r"\bme (?=(?:beide |twee |allebei )?(?:(?:linker|rechter|onder|boven)?(?:been|benen|voet|voeten|knie|knieen|dij"
     r"|dijen|kuit|kuiten|teen|tenen|hiel|hielen|enkel|enkels|scheen\w*|schenen|voetzol\w*|voetzool)"
     r"|broek|onderbroek|slip|ondergoed|rug|onderrug|kruis|anus"
     r"|gat|billen|bil|bilnaad|poep|kont|reet|zitvlak|blaas|plas|lies|liezen|stuit|stuitje|geslachtsdelen|ballen"
     r"|balzak)\b)", "mijn "),
    (r"\bas (ik|k|je|ge|gij)\b", r"als \1"),
    # West-Vlaams "kik" = ik, "voelen kik" = voel ik, Limburgs "gein" = geen (session 24S): "as kik zitte, voelen kik
    # mijn billen nie", "gein gevuul" (not "geen kik geven", "voor de gein")
    (r"\bas e?kik\b", "als ik"), (r"\b(voel|merk)en e?kik\b", r"\1 ik"), (r"(?<!geen )(?<!een )\be?kik\b", "ik"),
    (r"(?<!de )\bgein\b", "geen"),
    # Gronings "gain", Fries "gjin", Drents/Twents "gin", "gen" = geen (session 26E), only before what is felt or not
    # ("gain doof gevoel", "gien tintelingen"; English "weight gain" stays)
    (r"\b(?:gai[n]|gji[n]|gi[n]|ge[n])(?= (?:\w+ )?(?:gevoe[l]|gevoelloo\w*|kriebe[l]\w*|tintelin[g]\w*|pij[n]|pie[n]|las[t]|krach[t]"
     r"|verdovin[g]|doofhei[d]|prikke[l]\w*|mieren\w*|spelde\w*|naalde\w*)\b)", "geen"),
    # ... and before a relative (session 21f): "me moeder had botkanker" is the mother's, not a "me" of the patient's
    (r"\bme (?=(?:moeder|vader|zus|zuster|broer|tante|oom|oma|opa|grootmoeder|grootvader|vrouw|man|vriend|vriendin|zoon"
     r"|dochter|schoonmoeder|schoonvader|schoonzu[s]|schoonbroe[r]|nonkel|neef|nicht|ouder[s]|moeke|vake|pa|ma|papa|mama|mam"
     r"|pap|zwager|zwagerin|familie|stiefmoede[r]|stiefvade[r])\b)", "mijn "),
    # ... in het meervoud, een getal ertussen (sessie 26G): "twee van me broers", "me twee zussen", "me ooms"
    (r"\bme (?=(?:(?:twee|drie|vier|vijf|beide|andere|ouder[e]|jonger[e]|grote|kleine) )?(?:broer[s]|zusse[n]|zuster[s]|tante[s]|ooms|nonkel[s]|neve[n]"
     r"|nichte[n]|zone[n]|dochter[s]|kinderen|grootouder[s]|kleinkindere[n])\b)", "mijn "),
    # Limburgs "veul ich" = voel ik, "dao" = daar (sessie 19h): "bie 't vrije veul ich dao beneje bekans niks mie"
    (r"\bveul (ik|ich|k)\b", r"voel \1"),
    # Limburgs "neet mie" = niet meer (session 24U; "mie" alone may be "mij"): "ich kan 'm neet mie optille"; "weurt" = wordt,
    # "sj" for "s" before a consonant ("sjlapper" = slapper, "sjwak" = zwak), "linkerbein" = linkerbeen (bracketed: no typo
    # targets)
    (r"\b(niet|nie|nooit|niks|niets|geen|gein|gee) mie\b", r"\1 meer"),
    (r"\b(?:weur[t]|wur[t]|weurd[t])\b", "wordt"), (r"\bsj(?=la[p]\w*\b)", "s"), (r"\b(?:sj|zj)(?=wa[k]\w*\b)", "z"),
    (r"\b(linker|rechter)bei[n]\b", r"\1been"),
    # Gronings "vuil ik" = voel ik, "hast" = haast, "bie" = bij, "nao" = na (session 21f): "bie t vrijen vuil ik van onder hast
    # niks meer"
    # Limburgs and Brabants "bekans", "bekant" = bijna, "vasgegrepe" = vastgegrepen (session 21f; bracketed, no typo
    # targets): "ich bin bekans gevalle ... mer ich hob mich nog net aan de brievebus vasgegrepe" is a near fall
    (r"\b(?:bekan[s]|bekan[t])(?= (?:\w+ ){0,4}?(?:gevall?e[n]?|gevalle|gevall[e]n|viel|gestruikeld|uitgegleden|onderuit))", "bijna"),
    (r"\bvas(?:t)?gegrep[e]\b", "vastgegrepen"), (r"\bvas(?:t)?gehaww[e]\b", "vastgehouden"),
    # Limburgs "begaeve" = begeven, "vashawwe" = vasthouden, "eeder" = ieder, "sjlechter" = slechter (session 25Z; bracketed,
    # no typo targets): "mien beide bein begaeve 't", "ich mót mich aan de kas vashawwe", "'t weurt eeder daag sjlechter"
    (r"\bbegaev[e]\b", "begeven"), (r"\bbegae(?:f|ft)\b", "begeeft"), (r"\bvas(?:t)?haww[e]\b", "vasthouden"),
    (r"\bvas(?:t)?houw[e]\b", "vasthouden"), (r"\beede[r]\b", "ieder"), (r"\beeder[e]\b", "iedere"),
    (r"\bsj(?=lecht\w*\b)", "s"),
    # Twents and Achterhoeks "slimmer" = erger, "struukeln" = struikelen (session 25M1; bracketed, no typo targets): "t wordt elke
    # dag slimmer", "steeds slimmer", "over de drempel struukeld" (only "worse" after "wordt"/"steeds": "hij wordt slimmer" of a
    # child stays)
    (r"\b((?:t|het|dat|ut|et) (?:wordt|wort|wodt|werd|word) (?:\w+ ){0,3}?)slimme[r]\b", r"\1erger"),
    (r"\b((?:steeds|alsmaar|elke dag|iedere dag|alle dagen|van dag tot dag|zienderogen) )slimme[r]\b", r"\1erger"),
    (r"\bslimme[r] en slimme[r]\b", "erger en erger"),
    (r"\b(ge)?struuke(?:l[d]|l[t]|l[e]n|ln)\b", "gestruikeld"),
    (r"\bbaaid[e]\b", "beide"), (r"\bbijne[n]\b", "benen"), (r"\b(linker|rechter)voo[t]\b", r"\1voet"), (r"\b((?:voe[t]|voo[t]|bee[n]|bei[n]|benen|voeten|linkervoe[t]|rechtervoe[t]|linkerbee[n]|rechterbee[n])(?: \w+)? )slep[t]\b", r"\1sleept"),
    (r"\bdrumpe[l]\b", "drempel"),  # (also in STREET: read before the typo reader)
    # Gronings and Twents participles with "e-" for "ge-", "of" for "af" (session 23N): "van de ladder of e-valln", "van de trap
    # of-vallen", "ik bin e-vallen" (a fall; "afgevallen" is a fall or weight lost, as in standard Dutch)
    (r"\b(?:of|af) ?e ?vall?e?n\b", "afgevallen"),
    (r"\b(van (?:de|het|t|n|een|mijn|mn|m) \w+) of ?vall?e?n\b", r"\1 afgevallen"),
    (r"\be vall?e?n\b", "gevallen"),
    (r"\bvuil (ik|k)\b", r"voel \1"), (r"\b(ik|k) vuil\b", r"\1 voel"), (r"\bhast (?=niks|niets|niet|nie|geen)", "haast "),
    (r"\bbie (?=t |het |de |n |een |mij |mijn )", "bij "), (r"\bnao (?=de |t |het )", "na "), (r"\b(ik|ich|k) veul\b", r"\1 voel"), (r"\bdao (?=beneden|beneje|onder)", "daar "),
    # "een ongelukje met koffie", "ongelukje, een hele pot thee omver": spilled, not the bladder
    (r"\bongelukjes?(?=(?: ,)?(?: \w+){0,4}? {SPILLED}\b)", "gemorst"),
)
#: after the typos: a denial frame dropped to its negation ("ik kan niet zeggen dat ik koorts heb" -> "niet")
LATE_PHRASES = (
    # een naaste genoemd, een komma, dan de kanker alleen (sessie 27M): "niet ik maar mijn zus, darmkanker" is van de zus
    (r"\b((?:mijn|mn|m|ons|onze|me) (?:(?:grot[e]|klein[e]|ouder[e]|oudst[e]|jonger[e]|jongst[e]|tweelin[g]|overlede[n]|arme) )?(?:{FAMILY})) , (?=(?:\w+ ){0,3}?"
     r"(?:\w{0,20}kanker\w*|tumor\w*|leukemie\w*|lymfoom\w*|melanoom\w*)(?: \w+){0,3}?(?: ,| \.|$))", r"\1 had "),
    # een ongeluk, een pauze, dan waar (session 18): "een ongelukje... in mijn broek" is een zin, een lek, geen val
    (r"\b(ongeluk\w*) \. (?=in (?:mijn |mn |m |me |de |het )?(?:\w+ )?" + _OWN_ACCIDENT_PLACES + ")", r"\1 "),
    # an emphatic "niks" closing a "geen ..." ("geen aandrang niks"): the "geen" already says it
    (r"\b((?:geen) \w+(?: \w+)?) (?:niks|niets)(?= [.,]|$)", r"\1"),
    (r"\b(denk|geloof|dacht)( het| ik)? niet dat\b", r"\1 niet"),
    (r"\bnog nooit zo\b", "zo"),
    (r"\b(?:kan|kon|zou) (?:ik )?(?:niet|echt niet) (?:zeggen|beweren) (?:dat|da)\b", "niet"),
    # a sentence that only says "it" is not getting worse speaks of the sign just told: joined to it, so the
    # stability reaches that sign ("mijn twee benen zo krachteloos ... . dat is al zo van de zomer, t wordt nie
    # erger, t blijft hetzelfde"); said of a named thing ("de pijn wordt niet erger") it stays apart
    (r" \. (?=(?:[\w,]+ ){0,10}?(?:t|het|dat|da|dit|ze|die) (?:\w+ )?(?:wordt|worden|werd|werden|is|zijn|blijft|blijven"
     r"|gaat|gaan) (?:\w+ )?(?:niet|nooit) (?:meer )?(?:\w+ )?(?:erger|slechter|achteruit)\b"
     r"|(?:[\w,]+ ){0,10}?(?:t|het|dat|da|dit|ze|die) (?:blijf\w*|blijv\w*|bleef\w*|blev\w*) (?:\w+ ){0,2}?hetzelfde\b"
     r"|(?:[\w,]+ ){0,10}?(?:t|het|dat|da|dit|ze|die) (?:blijft|blijven|is|zijn) (?:\w+ ){0,2}?"
     r"(?:stabiel|onveranderd)\b)",
     " , "),
)
#: clitics: "'n" = "een" (not "m'n")
CLITICS = ((r"(?<!\w)'n\b", " een"),)
#: units glued to a number (the English table has kg, kilo...)
UNITS: tuple = ()

# ---- ask first (bot/reading/redflags.py hinted_red_flags): a message that touches a red-flag
# ---- emergency topic brings that question forward; it never sets an answer, so the net is wide ----
#: the words of each topic (regex templates; "{NAME}" is a table merged over every pack)
HINT_TOPICS = {
    # the words themselves, not the tables, which hold English words too ("water")
    "bladder_bowel": ("plas", "plassen", "plasje", "plast", "plaste", "geplast", r"pipi\w*", r"urin\w*", "blaas", "pis",
                      "pissen", "ontlasting", "stoelgang", r"poep\w*", "kak", "kakken", "drol", r"darm\w*", r"luiers?",
                      r"inlegkruisj\w*", r"pampers?", "geplast", "gepist", "gepoept", "gekakt", r"nat (?:geplast|gemaakt|in bed)", r"(?:plas|aan)?drang",
                      # a wet patch: "de bank was nat onder me"
                      r"nat onder (?:me|mij)",
                      r"(?:(?:onder)?broek|bed|lakens?|bank|zetel|stoel) (?:\w+ ){0,2}?nat"),
    "both_legs": (r"beide (?:benen|voeten|been|voet|kanten)", r"allebei (?:mijn |mn |de )?(?:benen|voeten|kanten)",
                  r"(?:benen|voeten|kanten) allebei", r"twee (?:benen|voeten|kanten)", "linksrechts"),
    "leg_weakness": (r"zwak\w*", r"krachtelo\w*", r"{CATCHES}", r"onhandig\w*", r"zware (?:benen|voeten)|(?:benen|voeten) (?:\w+ ){0,3}?(?:lood)?zwaar", "loodzwaar", r"door (?:mijn |mn |me |m )?(?:been|benen|knie\w*) (?:ge)?(?:zak\w*|gaan|ga|gaat|ging)",
                     r"zak\w* (?:\w+ )?(?:door|weg)", r"slap|slappe|slapper|slapjes", r"klapt?", r"klappen", "tenen", "hielen", "wankel", r"wiebel\w*",
                     r"trill\w*", r"beverig\w*", r"{~flappen}", r"{~knikken}",
                     # a foot that will not go up: "mijn linkervoet gaat niet meer omhoog"
                     r"(?:linker|rechter)?(?:voet|tenen|voorvoet) (?:\w+ ){0,4}?(?:optillen|omhoog\w*|opheffen)", r"klapte\w*|klapten", r"(?:knie|been|benen) (?:\w+ ){0,2}?dubbel"),
}
#: places that count with a feeling word ({HINT_FEELING}) in the same part: "pijn in mijn bil" alone
#: is ischias, "een wc in de praktijk" is no sign
HINT_PLACES = {
    "saddle_numbness": (r"{AREA}",),
    "bladder_bowel": ("wc", "toilet", "wc bezoek", "naar de wc"),
    # "mijn benen voelen raar", "mijn onderbenen tintelen": the legs together
    "both_legs": ("benen", "voeten", "onderbenen", "bovenbenen", "kuiten", "schenen", "dijen", "knieen"),
}
#: the places count with one of these in the same part of the message
HINT_FEELING = (r"{NUMB_COMMON}", r"voel\w*", r"gevoel\w*", "raar", "vreemd", "anders", "gek", "dood", "koud", "niks",
                "niets", r"tintel\w*", "slaapt", "doof", r"wattig\w*", "prikkel", r"elektri\w*")  # fmt: skip
#: a topic named by a noun is denied by one of these right before it ("geen koorts", "nooit kanker gehad")
HINT_DENIAL = ("geen", "niet", "nooit", "zonder", "noch")
#: a likeness after a comma tells the first sign again, no second one (bot/reading/redflags.py _LIST_NEXT, session 22H)
LIST_LIKE = ("als", "zoal[s]", "gelijk", "net als", "precies")
#: een teken gevraagd door een fysio of een dokter, beantwoord met nee (sessie 25F2): "ik zei nee", "ik heb nee gezegd", "ik zei
#: van niet"
#: (niet met een "maar" erna, tenzij het niet snappen: "ik zei nee, maar nu voel ik daar niks meer" blijft gelezen)
_NO_BUT = (r"(?=(?: ,)? (?:maar|alleen)(?: \w+){0,3}? (?:snapte|snap|begreep|begrijp|wist|weet|snapt|begrijpt|wat|hoe|waarom)\b"
           r"| [.,](?! (?:maar|alleen)\b)|$)")
SIGNS_DENIED += (r"(?:ik|k) (?:zei|zeg|zegde) (?:toen |gewoon |meteen )?(?:nee|neen|van niet)\b" + _NO_BUT,
                 r"(?:ik|k) (?:heb|had) (?:toen |gewoon |meteen )?(?:nee|neen) (?:gezegd|geantwoord)\b" + _NO_BUT)
#: een zorg genoemd als wat wakker houdt (bot/reading/redflags.py _WORRY_AFTER, sessie 25F2): "ik lig er wakker van, van het
#: piekeren", "het houdt me wakker, al dat gepieker", "de zorgen houden me wakker" (niet "ik lig er wakker van" alleen)
WORRY_AWAKE = (r"(?:van|door) (?:de |het |al die |al dat |al de |mijn |mn |t )?(?:zorgen|zorg|gepieker|piekeren|stress|angst|onrust|spanning)",
               r"(?:al dat|al die|dat|die|het) (?:gepieker|piekeren|zorgen|gestress)", r"zo ongerust", r"zo bezorgd", r"zo bang", r"(?:ik )?pieker\w*",
               r"(?:van|uit|door) (?:de |pure |puur )?(?:schrik|paniek|ongerusthei[d]|bezorgdhei[d])",
               r"(?:de|mijn|mn|die|het) (?:zorgen|gepieker|piekeren|stress|angst|onrust)")
#: de hele nacht op of wakker om een andere reden, vlak erna genoemd (bot/reading/redflags.py _AWAKE_FOR_OTHER, sessie 34Z): "ik
#: lag de hele nacht wakker met ons zoontje", "heel de nacht wakker door de buren", "aan het studeren" (niet "met de pijn", "met
#: mijn rug"; de pijn die wakker houdt blijft gelezen: NIGHT_KEPT)
_P34Z_WIE = (r"(?:baby|baby s|babytje|kleine|kleintje|kleinste|kind|kindje|kinderen|kids|zoon|zoontje|dochter|dochtertje|tweeling|kleinkind\w*"
             r"|hond|hondje|puppy|kat|poes|mama|moeder|papa|vader|man|vrouw|vriend|vriendin|partner|patient\w*)")
AWAKE_FOR_OTHER = (
    r"met (?:de |het |mijn |mn |m |ons |onze |een |die |haar |zijn |ne |nen )?(?:\w+ )?" + _P34Z_WIE + r"\b",
    r"met (?:haar|hem)\b(?! (?:rug|pijn)\b)",
    r"(?:door|vanwege|wegens|omwille van|voor) (?:de |het |mijn |ons |onze |een )?(?:\w+ )?(?:" + _P34Z_WIE[3:-1] + r"|buren|lawaai|herrie|storm|onweer"
    r"|vuurwerk|feest|geblaf|gesnurk|snurken|jetlag|nachtdienst|werk|examen\w*)\b",
    r"(?:aan het|om te) (?:werken|studeren|blokken|leren|feesten|gamen|rijden|inpakken|zorgen)\b",
    r"(?:op|in) (?:de |het |een )?(?:nachtdienst|feest|fuif|vliegtuig|trein|bus)\b",
    r"(?:nachtdienst|studeren|blokken|werken|feesten|gamen|borstvoeding \w+)\b",
)
#: de pijn of de rug die wakker houdt, de match zelf zegt het houden (sessie 34Z)
NIGHT_KEPT = (r"houd\w*", r"hield\w*", r"gehouden", r"houdt")
#: de pijn genoemd als gezelschap de hele nacht na een andere reden (sessie 34Z): "met de baby en met de pijn"
NIGHT_PAIN_WITH = (r"(?:met|van|door) (?:de |mijn |mn |die |deze |t |het )?(?:pijn\w*|rug\w*)",)
#: the words after which a join word is no join (bot/reading/redflags.py _JOIN_NOT_AFTER, session 25F2): none here
JOIN_NOT_AFTER: tuple = ()

# ---- session 26B ----
#: de plas niet voelen komen, de plas "het" genoemd (sessie 26B): "ik kon niet voelen of het eruit kwam", "ik voelde niet dat
#: het eruit liep", "k kan nie zeggen of t eruit komt" (niet "of het uit mijn rug komt", "of het eruit kan")
BLADDER_PATTERNS += (
    r"\b(?:kan|kon|kun|kunt|konde[n]|kunnen|kost)\b (?:\w+ ){0,2}?(?:niet|nie|amper|nauwelijks|nooit|bijna niet) (?:eens |meer |goed |echt "
    r"|precies |zo goed )?(?:voelen|merken|zeggen|weten|voele[n]) (?:of|wanneer|dat) (?:er )?(?:het |t |iets |wat |de plas |mijn plas "
    r"|mn plas |de urine )?(?:\w+ )?(?:eruit|uit) ?(?:komt|kwam|liep|loopt|komen)\b",
    r"\b(?:voel|voelt|voelde|merk|merkt|merkte|gevoeld|gemerkt)\b (?:\w+ ){0,2}?(?:niet|nie|amper|nauwelijks|nooit) (?:eens |meer |goed "
    r"|echt )?(?:of|wanneer|dat) (?:er )?(?:het |t |iets |wat )?(?:\w+ )?(?:eruit|uit) ?(?:komt|kwam|liep|loopt)\b",
    # de wc keer op keer voor niks (retentie): "drie keer voor niks naar de wc", "al 3x voor niets naar het toilet geweest",
    # "naar de wc en er kwam niks" (niet "vannacht drie keer naar de wc geweest")
    r"\b(?:voor|om) (?:niks|niets|nix|nikske|noppe[s])\b(?: \S+){0,4}? (?:wc|toilet|plassen|plask[e]|plasje|wcs|toiletten)\b",
    r"\b(?:wc|toilet|plassen|plask[e]|plasje)\b(?: \S+){0,6}? (?:voor|om) (?:niks|niets|nix|nikske|noppe[s])\b(?! (?:te|aan|om)\b)",
    r"\b(?:tevergeef[s]|zonder resultaa[t]|zonder succe[s])\b(?: \S+){0,4}? (?:wc|toilet|plassen)\b",
    r"\b(?:wc|toilet|plassen)\b(?: \S+){0,6}? (?:tevergeef[s]|zonder resultaa[t]|zonder succe[s])\b",
)
#: het zitvlak als op spelden (zadel): "alsof ik op een kussen met speldjes zit", "net of ik op naalden zit", "gelijk of ik op
#: een speldenkussen zit"; het afvegen, dan een vergelijking met doof (West-Vlaams): "as ik mij afkuis voel ik bijna niks,
#: lik of da t doof is daar"
SADDLE_PATTERNS += (
    r"\b(?:alsof|als of|net of|net als|gelijk of|gelijk|precies of|precies alsof|precies|of)\b (?:\w+ ){0,2}?(?:zit|zat|zitten) op (?:een "
    r"|nen |ne |n )?(?:\w+ )?(?:speldenkusse[n]|spelde[n]|speldje[s]|naalde[n]|naaldje[s]|punaise[s]|spijker[s]|fakirbe[d]|kussen (?:met|vol)"
    r" (?:\w+ )?(?:spelde[n]|speldje[s]|naalde[n]|naaldje[s]|punaise[s]|spijker[s]))\b",
    r"\b(?:alsof|als of|net of|net als|gelijk of|gelijk|precies of|precies alsof|precies|of)\b (?:\w+ ){0,2}?op (?:een |nen |ne |n )?(?:\w+ )?"
    r"(?:speldenkusse[n]|spelde[n]|speldje[s]|naalde[n]|naaldje[s]|punaise[s]|spijker[s]|fakirbe[d]|kussen (?:met|vol) (?:\w+ )?(?:spelde[n]"
    r"|speldje[s]|naalde[n]|naaldje[s]|punaise[s]|spijker[s]))\b(?: \w+)? (?:zit|zat|zitten|zou zitten)\b",
    r"\b{WIPING}\b(?: \S+){0,12}? (?:alsof|als of|net of|gelijk of|precies of|precies alsof) (?:\w+ ){0,3}?(?:doof|verdoofd|dood"
    r"|gevoelloos|ingeslape[n]|slaapt)\b",
)

# ---- sessie 26H: de naam van een teken of een waarschuwing gehoord, gevraagd, niet gehad ----
#: de term gevraagd als zo'n ding (sessie 26H): "is dat nu zo'n nachtpijn waar ze over schrijven", "is dit zo een ..."
TERM_QUESTION_BEFORE += (r"(?:is|was|zou|kan) (?:dat|dit|het|da|t)(?: nu| dan| misschien| soms)?(?: dan)? (?:zon|zo een|zo n|zoon|zulke|zulk een|een van die)",)
#: een waarschuwing van niemand bij naam, of een site gezien zonder "dat" (sessie 26H): "ze zeggen dat als ...", "men zegt als ...",
#: "er werd me gezegd dat ...", "ik zag op een site 'zadelanesthesie' staan"
HEARSAY += (r"(?:ze zeggen|zij zeggen|men zegt|ze hebben (?:me |mij )?(?:gezegd|verteld)|(?:er )?(?:werd|is) (?:me|mij) (?:gezegd|verteld)"
            r"|(?:heb|hoorde) (?:ik |k )?(?:\w+ )?(?:horen|hoor) zeggen|naar het schijnt|het schijnt|blijkbaar)(?= (?:dat|da|als|of|wanneer)\b)",
            r"(?:zag|zie|gezien|las|lees|gelezen|tegengekomen)(?: \w+){0,2}? (?:op|in) (?:een|de|die|het|nen|ne|t|n) (?:\w+ )?(?:site|website"
            r"|pagina|forum|lijst|lijstje|folder|foldertje|brochure|bijsluiter|affiche|poster|artikel|checklist)\b")
#: de rest van de griep gevraagd (sessie 26H): "is dat een rest van de griep of ...", "nog een rest van die griep"
ASKED_AGAIN += (r"(?:een |de |nog )?res[t] van (?:de |die |dat |mijn |mn |me |een )?(?:griep|griepje|influenza)\b",)

# ---- iets dat viel, niet de patient (sessie 27K; bot/reading/redflags.py _fallen_thing) ----------------------------------
#: kleine dingen die vallen: "mijn sleutels waren gevallen", "de pen die op de grond gevallen was" (geen kast of plank)
FALLEN_THINGS = (
    "sleutel", "sleutels", "sleutelbos", "pen", "balpen", "bic", "potlood", "telefoon", "gsm", "mobiel", "mobieltje", "kopje",
    "beker", "mok", "glas", "glaasje", "muntje", "munt", "munten", "kleingeld", "afstandsbediening", "sok", "sokken", "bril",
    "boek", "lepel", "lepeltje", "vork", "mes", "bestek", "portemonnee", "portefeuille", "speelgoed", "speentje", "fopspeen",
    "knuffel", "handdoek", "theedoek", "deksel", "dekseltje", "fles", "flesje", "bal", "oorbel", "ring", "pil", "pillen",
    "tabletje", "papier", "papiertje", "brief", "briefje", "pantoffel", "pantoffels", "slof", "sloffen", "handschoen",
    "handschoenen", "bordje", "kommetje", "blikje", "borstel", "kam", "zeep", "spons", "wasknijper", "oplader", "aansteker",
    "sigaret", "schroef", "schroefje", "zaklamp", "knikker", "iets", "ding", "dingetje", "boterham", "dop", "dopje", "pasje",
    "lego", "stift",
)
THING_FALL_WORDS = (r"gevall?en", r"viel", r"vielen", r"vallen", r"valt")
#: "de pen die gevallen was", "mijn gsm was van tafel gevallen", "die op de grond gevallen was"
THING_GAP = (r"die", r"dat", r"wat", r"was", r"waren", r"is", r"zijn", r"had", r"net", r"even", r"al", r"per ongeluk", r"me",
             r"mij", r"toevallig", r"weer", r"er", r"ook",
             r"(?:op|van|onder|achter|tussen|uit|naast|in|achter) (?:de |het |t |mijn |mn |m |een |die |dat )?\w+")
THING_PLACE_BEFORE = (r"over", r"op", r"met", r"tegen", r"in", r"van", r"struikel\w*", r"gestruikeld")
FELL_ONTO_ME = (r"(?: \w+){0,2}? (?:op mij|op me|op mijn|op mn|op ons|bovenop|boven op)\b",)
#: "mijn telefoon in de hand viel ik": the patient after the fall word
THING_SUBJECT_AFTER = (r"ik", r"k", r"hij", r"ze", r"zij", r"we", r"wij")
#: "een gevallen munt", "liet mijn sleutels vallen" (the thing before: THING_GAP has "liet"? no: the verb stands before it)
THING_FALL_BEFORE = (r"(?:een|de|het|mijn|mn|die|dat) gevallen",)

# ---- sessie 27L: mierenkriebels als beestjes, beide benen zwaar "en een beetje slap", uren niet geplast, voor mijn grote broer ----
#: beestjes die over de huid lopen (formicatie, zoals "mieren"): "alsof er beestjes over mijn beide benen kruipen", "het voelt of er
#: insecten over mijn voeten lopen" (een vergelijking ervoor: niet "er lopen beestjes in de keuken")
NUMB_COMMON += (r"(?:alsof|als of|net of|net alsof|precies of|precies alsof|gelijk of|gelijk alsof|lijkt of|lijkt wel of|voelt of|gevoel van"
                r"|gevoel alsof|gevoel of) (?:er )?(?:\w+ )?(?:beestje[s]|insecte[n]|insectje[s]|torretje[s]|kevertje[s]|spinnetje[s]|miertje[s]|vlooie[n]"
                r"|kriebelbeestje[s])\b",
                r"(?:kruipend[e]|lopend[e]|krioelend[e]|wandelend[e]) (?:\w+ )?(?:beestje[s]|insecte[n]|miertje[s]|torretje[s])\b",
                r"formicati[e]")
#: beide benen zwaar "en een beetje slap", een voorbehoud voor het zwakke woord (sessie 27L): "mijn twee benen worden zwaar en wat
#: slap als ik wandel", "worden mijn benen stijf en nogal krachteloos" (geen ontkenning ertussen)
_HEDGE_27L = (r"(?:een beetje |beetje |een klei[n] beetje |wat |nogal |best |redelij[k] |vrij |enigszin[s] |lichtje[s] |een tikkeltj[e] |precies "
              r"|zowa[t] |zo wat |soor[t] van |ietwa[t] |wa |e bitj[e] |e beetje |nen beetje |tamelij[k] |toch wat |toch een beetje |beetsj[e] |echt )")
BOTH_LEGS_WEAK_PATTERNS += (
    r"\b(?:benen|voeten|beenen|bene) (?:zijn|worden|werden|voelen|waren|gaan|rake[n]|geraken) (?!(?:niet|nie|geen)\b)(?:\w+ ){1,3}?"
    rf"(?:en|plus) {_HEDGE_27L}(?:slap|slappe|zwak|krachteloos|slapper|zwakker)\b",
    r"\b(?:worden|werden|zijn|waren|gaan|voelen|rake[n]) (?:mijn |mn |m |de |beide |allebei |twee |2 |dr |haar |zn |zijn ){1,3}(?:benen|voeten) "
    rf"(?!(?:niet|nie|geen)\b)(?:\w+ ){{1,3}}?(?:en|plus) {_HEDGE_27L}(?:slap|slappe|zwak|krachteloos|slapper|zwakker)\b",
)
#: door allebei de knieen gezakt, de persoon en een tijd of een aantal keer ertussen (sessie 30AB): "vandaag zakte ik twee keer door
#: allebei mijn knieen", "ik ben vanmorgen zomaar door mijn benen gezakt", "hij zakte gisteren ineens door zn knieen" (niet "ik zak
#: door mijn knieen als ik iets optil": door de knieen gaan om te tillen is een techniek)
_TILLEN = r"(?! (?:\w+ ){0,6}?(?:til|tille[n]|optil\w*|op te tillen|rape[n]|op te rape[n]|opraa[p]|bukke[n]|oppak\w*|op te pakke[n]|squa[t]\w*|hurke[n])\b)"
BOTH_LEGS_WEAK_PATTERNS += (
    r"\b(?:zakte|zakten|knikte|knikten)\b (?:(?!(?:niet|nie|ni|nooit|geen|bewust|expres)\b)\w+ ){1,7}?door (?:mijn |mn |m |me |de |beide |allebei "
    r"|allebeide |alle twee |twee |2 )*(?:knieen|benen)\b" + _TILLEN,
    r"\b(?:ben|is|was|zijn|waren)\b (?:(?!(?:niet|nie|ni|nooit|geen|bewust|expres)\b)\w+ ){0,7}?door (?:mijn |mn |m |me |de |beide |allebei |allebeide |alle twee "
    r"|twee |2 )*(?:knieen|benen) (?:\w+ )?(?:gezak[t]|gezakt|weggezak[t]|geknik[t]|weggeknik[t])\b" + _TILLEN,
)
#: uren geen plas gedaan (retentie): "ik heb sinds vanmorgen geen plas meer gedaan", "nog niks geplast vandaag", "sinds gisteravond
#: geen urine meer" (niet "geen urine in het staal")
_NOT_AN_ACCIDENT_27L = r"(?! (?:\w+ )?(?:in|op) (?:mijn |mn |de |het |t |zijn |haar )?(?:bed|broek|onderbroek|luie[r]|slaap)\b)"
BLADDER_PATTERNS += (
    r"\b(?:geen|nog geen|geen enkele) (?:plas|plasje|plassen) (?:meer |nog )?(?:gedaan|geze[t]|kunnen doen|kunnen make[n]|gemaakt)\b"
    + _NOT_AN_ACCIDENT_27L,
    r"\b(?:niks|niets|nog niks|nog niets|geen urine) (?:meer )?(?:kunnen )?(?:geplast|gepist|gepies[t]|geurineerd|geplas[d])\b"
    + _NOT_AN_ACCIDENT_27L,
    r"\b(?:geen|nog geen) (?:plas|urine|pipi|druppel urine) (?:meer )?(?:gehad )?(?:sinds|seder[t]|van heel de dag|de hele dag|heel de dag"
    r"|vandaag|al \w+ uur)\b",
    r"\b(?:sinds|seder[t]) (?:\w+ ){1,3}?(?:geen|nog geen) (?:plas|plasje|urine|pipi) meer\b(?! (?:\w+ )?(?:verloren|gelekt|lek\w*|kwijt"
    r"|in|op|bij|gedronken)\b)",
)
#: voor een naaste met een bijvoeglijk naamwoord getypt (sessie 27L): "ik schrijf voor mijn grote broer", "het is voor mijn oudere zus",
#: "namens mijn hoogbejaarde vader": die naaste is de patient
PROXY += (r"(?:(?:ik )?(?:typ|tik|schrijf|vraag|stuur)\w* (?:dit |het )?(?:voor|namens)|namens) (?:mijn |mn |m |mijne |onze |ons )"
          r"(?:grote|kleine|oudere|jongere|oudste|jongste|oude|bejaarde|hoogbejaarde|lieve|arme|eigen|stief) ",
          r"(?:(?<=^)|(?<=\. )|(?<=, )|(?<=hallo )|(?<=hoi )|(?<=dag )|(?<=goeiedag )|(?<=goedemorgen )|(?<=goedemiddag ))(?:(?:het|t|dit"
          r"|da|dat) is (?:voor|over)|(?:het|t) gaat over|vraag over|bericht voor) (?:mijn |mn |m |mijne |onze |ons )"
          r"(?:grote|kleine|oudere|jongere|oudste|jongste|oude|bejaarde|hoogbejaarde|lieve|arme|eigen|stief) ")
#: het verloop onveranderd met een kleine maat (sessie 27L): "geen haar slechter dan vorig jaar", "geen tikkeltje erger"
STABLE += (r"geen (?:greintj[e]|haar|haartj[e]|tikkeltj[e]|sikkepi[t]|zier|jota|ietsj[e]|klei[n] beetje|millimete[r]) (?:erger|slechter)",)
# ---- sessie 27J: de zadelstreek verteld door wat men merkt ----
#: verdoofd als na een verdoving, de tandarts ver na "als" (sessie 27J): "rond mijn anus is het zoals na een prik bij de tandarts",
#: "alsof ik een plaatselijke verdoving kreeg" (enkel bij de streek)
NUMB_SADDLE += (r"(?:als|alsof|zoal[s]|gelijk|precies|net als|lijkt|lak) (?:\w+ ){0,8}?(?:tandarts|tandartsprik|tandartsspuitj[e]|verdovingspri[k]"
                r"|verdovingsspui[t]|verdovingsspuitj[e]|plaatselijk[e] verdovin[g]|lokal[e] verdovin[g]|xylocain[e]|lidocain[e]|novocain[e])\b",
                # niet van mij, als beeld: "gelijk niet van mij", "alsof het niet meer de mijne is" (de streek ervoor)
                r"(?:als|alsof|gelijk|precies|lijkt|lak) (?:\w+ ){0,4}?(?:niet|geen) (?:meer )?(?:van mij|van mijn|de mijn|mijn eigen)\b",
                # ... van een ander, als beeld (sessie 33C; Vlaams "lak" = gelijk): "voelt precies of het van een ander is",
                # "lak of 't van iemand anders was" (de streek ervoor; een been alleen is geen zadel)
                r"(?:als|alsof|gelijk|precies|lijkt|lak) (?:\w+ ){0,3}?van (?:een|nen|ne|iemand) (?:ander|anders)\b")
#: niet helemaal van mij, als beeld (sessie 34P): "alsof ze niet echt van mij zijn", "precies of het niet helemaal de mijne is" (de streek ervoor)
NUMB_SADDLE += (r"(?:als|alsof|gelijk|precies|lijkt|lak|net) (?:\w+ ){0,4}?(?:niet|nie|geen) (?:echt |helemaa[l] |meer |goe[d] |hele[l] )?(?:van mij"
                r"|de mijn[e]|mijn eige[n])\b",)
#: de binnendijen, een woord (sessie 27J): "mijn binnendijen voelen dood"
CROTCH_PHRASES += ((r"\bbinnendij(?:e[n])?\b", "crotchzone"),)
#: ... en het stuk ertussen (sessie 27J): "mijn binnendijen en het stuk daartussen voelen dood", "mijn billen en alles daartussen
#: tintelen" (geen ontkenning, pijn of "goed" ertussen)
SADDLE_PATTERNS += (
    r"\b(?:{AREA}|dijen|benen|billen) (?:en|plus) (?:zo |precies )?(?:het |de |alles |heel )?(?:(?:stuk|stukj[e]|gebie[d]|deel|zone|plek|vel) )?"
    r"(?:daar|er|ertussen|daartusse[n]|tusseni[n]|ertussenin|daartussenin|tussen|in het midde[n])(?: in)?"
    # (sessie 33C: tot 5 woorden, "... voelt aan als na een verdoving")
    r"(?: (?!(?:niet|nie|ni|geen|nooit|maar|pijn|zeer|goed|normaal)\b)\w+){0,5}? {NUMB}\b",
)

# ---- sessie 27J: geen verlichting overdag (bot/reading/redflags.py _no_relief_of_the_day) ----
#: de dag genoemd na de nacht en een komma: "s nachts gaat het, overdag helpt niks"
DAY_TIME = ("overdag", r"s daags", r"tijdens de dag", r"de hele dag", r"heel de dag", r"gans de dag", r"s morgens", r"s middags",
            r"s ochtends", r"in de voormiddag", r"in de namiddag", r"de dag")
#: ... ook de nacht: "overdag helpt ook niks", "overdag evenmin"
DAY_TOO = ("ook", "evenmin", "eveneens", r"net zo", r"dag en nacht", r"nacht en dag", "allebei")
#: ... en de nacht in haar eigen zin als draaglijk verteld (niet "s nachts is het erg, overdag helpt niks")
NIGHT_EASY = (r"gaat (?:het|t|da|dat)", r"gaat wel", r"valt (?:het |t )?mee", "goed", "prima", "oke", "ok", "beter", r"te doen", "draaglijk",
              "doenbaar", "rustig", r"geen pijn", r"slaap ik", r"kan ik slapen", r"kan k slapen")
# ---- session 27P: de blaas en de darm verteld door wat iemand merkt ----
BLADDER_PATTERNS += (
    # iets in de onderbroek gevonden, niet voelen komen (verlegen "iets" gezegd): "er zat iets in mijn slip en ik had niks
    # gemerkt", "iets in mn onderbroek zonder het te voelen" (geen broekzak, geen menstruatie)
    r"\biets\b (?:\w+ ){0,3}?in (?:mijn|mn|m|mijne|me|ma) (?:\w+ )?(?:onderbroek\w*|slip\w*|ondergoed|boxer\w*|broek)\b" + _NOT_A_PERIOD
    + r"(?! (?:\w+ )?(?:gestoke[n]|gestop[t]|steken|stoppe[n]|gedaan|meegenome[n]|zakken|zak)\b)(?: \S+){0,8}?"
    r" (?:zonder|niet|nie|ni|niks|niets|nooit|geen) (?:\w+ ){0,4}?(?:voel\w*|gevoeld|merk\w*|gemerkt|doorgeha[d]|door)\b" + _WET_NOT_PEE,
    # het poepen zelf niet gevoeld: "ik voelde niet dat ik aan het poepen was", "ik had niet door dat ik gepoept had", "ik voel
    # mezelf niet poepen" (niet "ik voel me niet goed als ik poep")
    r"\b(?:(?:voel\w*|gevoeld|merk\w*|gemerkt|had|heb|hebt)\b (?:\w+ ){0,2}?(?:niet|nie|ni|amper|nauwelijks|nooit) (?:meer )?(?:door )?"
    r"|(?:niet|nie|ni|nooit|amper|nauwelijks) (?:\w+ )?(?:gevoeld|gemerkt|doorgeha[d]|door gehad) )(?:dat|wanneer|als|hoe) (?:ik|k) (?:\w+ ){0,2}?(?:aan het )?(?:poepen|poept[e]|gepoept|kakken|kakt[e]|gekakt|plassen|plast[e]|geplast|(?:mijn |mn |m )?(?:onder)?broek (?:\w+ )?(?:vuil|vies"
    r"|nat) (?:maakt[e]|maak|gemaakt|werd|was))\b",
    # pas achtera[f] gemerkt: "ik zag pas nadie[n] dat ik gekakt had", "pas later merkte ik dat ik geplast had"
    r"\bpas (?:achtera[f]|later|nadie[n]|daarn[a]|na afloo[p]|toen ik keek|bij het uitklede[n])\b (?:\w+ ){0,3}?dat (?:ik|k) (?:\w+ ){0,3}?(?:gepoept"
    r"|gekakt|geplast|poept[e]|plast[e]|kakt[e]|in mijn broek|in mn broek)\b",
    # de blaas nooit helemaal leeg, gezegd als niet uitgeplas[t]: "ik ben nooit helemaal uitgeplas[t]", "alsof ik nie uitgeplas[t] was"
    r"\b(?:niet|nooit|nie|ni|nimme[r]) (?:\w+ ){0,2}?uitgeplas[t]\b",
    r"\b(?:voel\w*|gevoeld|merk\w*) (?:mezelf|mijzel[f]|me|mij) (?:\w+ )?(?:niet|nie|ni|amper|nauwelijks|nooit) (?:meer )?(?:poepen|kakken"
    r"|plassen)\b",
)

# ---- sessie 28C: een teken genoemd door wie de rug verzorgt, dan ontkend (bot/reading/redflags.py _told_in_general) ----
#: een dokter, een fysio, een osteopaat die het teken noemde: "mijn fysio had het over een doof gevoel rond de anus", "de
#: huisarts sprak over zadelanesthesie", "de kine noemde ... als alarmsignaal" (alleen weg als het eigen daarna goed is: "ik
#: heb dat niet")
NAMED_BY_CARER = (r"(?:dokter|docter|huisarts|arts|dr|kine|kinesist|fysio|fysiotherapeut|osteo|osteopaat|verpleegster|verpleger"
                  r"|verpleegkundige|specialist|apotheker|chiropractor|therapeut|masseur)(?: \w+){0,3}? (?:had het over|heeft het gehad over"
                  r"|sprak over|spreekt over|heeft gesproken over|praatte over|vertelde over|vertelde me over|vertelde iets over|noemde"
                  r"|heeft genoemd|vermeldde|waarschuwde (?:me |mij )?voor|zei (?:me |mij )?(?:dat ik moest )?(?:op te letten|letten) op"
                  r"|legde uit)",)
#: peter en meter voluit, een plusouder, een verloofde (sessie 28C): "mijn peetoom had darmkanker", "mijn plusvader" (iemand anders)
FAMILY += (r"peetoo[m]|peettant[e]|peetvade[r]|peetmoede[r]|peetouder[s]|petekin[d]|metekin[d]|plusvade[r]|plusmoede[r]|pluspap[a]"
           r"|plusmam[a]|verloofd[e]",)
#: een val gezegd als "neergegaan", "ging neer", of door de grond waarop iemand gevonden werd (sessie 28C; wie schrijft voor de
#: patient: "ze is neergegaan in de badkamer", "ik vond haar op de grond" (na de proxy "ik vond mijn op de grond"), "ze lag op
#: de grond toen ik binnenkwam") (niet "ging neer zitten", "de zwelling is neergegaan", "ik vond mijn sleutels op de grond",
#: noch "ik vond haar op de grond" zonder dat voor haar getypt wordt: iemand anders)
TRAUMA_PATTERNS += (
    # (het onderwerp voor de match: "hij" van een naaste blijft van de naaste als niemand voor hem typt)
    r"(?:(?:(?<=\bik )|(?<=\bk )|(?<=\bhij )|(?<=\bzij )|(?<=\bze )|(?<=\bie ))(?:ben|is|was)|\bben (?:ik|k)|\bis (?:ze|zij|ie))(?: \w+){0,4}?"
    r" neergegaa[n]\b",
    r"(?:(?<=\bik )|(?<=\bk )|(?<=\bhij )|(?<=\bzij )|(?<=\bze )|(?<=\bie ))(?:\w+ ){0,3}?ging (?:\w+ ){0,3}?neer\b(?! (?:zitten|liggen|te|om)\b)(?= (?:in|op|op de|bij|aan|tegen|naas[t]"
    r"|in de|en (?:kon|kan|raakte|lag|blee[f])|,|\.)\b|$| [,.])",
    r"\b(?:vond|vonde[n]|trof|troffe[n]) (?:ik |we |wij |hij |zij |ze )?(?:(?:mij|me)(?: \w+){0,2}?|(?:mijn|mn)(?: (?:vanochtend|vanmorgen|gisteren|gisteravon[d]|vannacht|s morgen[s]|smorgen[s]"
    r"|vanavon[d]|daarne[t]|vandaag|zonda[g]|maanda[g]|dinsda[g]|woensda[g]|donderda[g]|vrijda[g]|zaterda[g]))?) (?:(?:zitten[d]|liggen[d]|zitten|liggen"
    r"|half|langui[t]) )?(?:op de|tegen de|onderaa[n] de|aan de voet van de|onder aan de) (?:\w+ )?(?:grond|vloer|muur|trap)\b",
    r"\b(?:mij|me|mijn|mn) (?:op de|tegen de) (?:\w+ )?(?:grond|vloer|muur) (?:\w+ ){0,2}?(?:gevonde[n]|aangetroffe[n]|teruggevonde[n])\b",
    r"(?:(?<=\bik )|(?<=\bk )|(?<=\bhij )|(?<=\bzij )|(?<=\bze )|(?<=\bie ))(?:lag|zat|lage[n]) (?:\w+ ){0,3}?op de (?:\w+ )?(?:grond|vloer)(?: \w+){0,3}? (?:toen (?:ik|we|wij|hij|zij|ze)"
    r" (?:\w+ )?(?:binnenkwa[m]|binnenkwame[n]|thuiskwa[m]|thuiskwame[n]|aankwa[m]|aankwame[n]|kwam|kwamen)|en (?:kon|kan|raakte|geraakte)"
    r" (?:\w+ )?(?:niet|nie) (?:meer )?(?:rech[t]|op|overein[d]|omhoog))\b",
)

# ---- sessie 28B: de blaas, de darm en het zadel verteld door wat iemand merkt ----
#: waar het achteraf gevonden wordt: het ondergoed, een inlegger, het laken (geen broekzak)
_P28_PLAATS = (r"(?:in|op|aan) (?:mijn|mn|m|me|ma|mijne|mijnen|de|het|t|nen|een) ?(?:\w+ )?(?:onderbroek\w*|slip|slipje[s]?|ondergoed|boxer\w*|broek"
               r"|inlegkruisje[s]?|inlegge[r]|inlegger[s]|luie[r]|luier[s]|pampe[r]|pamper[s]|lake[n]|lakens|pyjam[a]|pyjamabroe[k])\b")
BLADDER_PATTERNS += (
    # de plas of de kak niet voelen komen: "ik voel de kak niet komen", "k voel de plas nie mi komen" (niet "ik voel de pijn niet komen")
    r"\b(?:voel|voelt|voelde|voelden|merk|merkte)\b (?:ik |k |je |ge )?(?:de |het |t |mijn |mn )?(?:plas|plasje|pipi|pis|urine|kak|kaka|kakka|caca"
    r"|stront|drol|ontlasting|stoelgang|grote boodschap|kleine boodschap)\b (?:\w+ )?(?:niet|nie|ni|nooit|amper|nauwelijks|nimme[r]) "
    r"(?:meer |mi |mier |mee )?(?:aankomen|aan komen|komen|opkome[n])\b",
    # pas achteraf gezien in het ondergoed of op het laken: "ik zie het pas achteraf in mijn onderbroek", "k vind het pas later in
    # mijn inlegger" (niet "ik zie pas later dat mijn gsm in mijn broekzak zat", niet de regels)
    r"\b(?:zie|zag|zien|merk|merkte|vind|vond|ontdek\w*|voel|voelde)\b (?:ik |k |je |ge )?(?:het |t |da |dat |de plas |de kak |een natte plek |een vlek "
    r"|de vlek |iets )?(?:pas|pasnl|maar pas|eerst)\b (?:\w+ ){0,3}?" + _P28_PLAATS + _NOT_A_PERIOD + _WET_NOT_PEE,
    # pas gemerkt aan het ondergoed of het laken dat het gebeurd is: "ik merk pas dat ik geplast heb als ik mijn onderbroek zie",
    # "ik zie pas s morgens aan het laken dat ik geplast heb"
    r"\b(?:zie|zag|merk|merkte|weet|wist|ontdek\w*|besef\w*|vind|vond)\b (?:ik |k |je |ge )?(?:het |t )?(?:pas|pasnl|eerst)\b (?:\w+ ){0,5}?(?:dat|da)"
    r" (?:ik|k) (?:\w+ ){0,2}?(?:gepoept|gekakt|geplast|gepist|in mijn broek|in mn broek|in mijn bed|in bed)\b",
    # het ondergoed of de inlegger nat, niet gemerkt: "mijn inlegger was nat en ik had het niet gemerkt" (niet van de regen, de douche)
    r"\b(?:onderbroek\w*|slip|slipje[s]?|ondergoed|boxer\w*|inlegkruisje[s]?|inlegge[r]|inlegger[s]|luie[r]|luier[s]|pampe[r]|pamper[s]|lake[n]|lakens)\b"
    r" (?:is|was|zijn|waren|werd|wordt|ston[d]|staat) (?:helemaal |al |een beetje |gans |zo |heel )?(?:nat|vochtig|doorweekt|vuil|kletsnat|zeiknat)\b"
    + _WET_NOT_PEE + r"(?: \S+){0,3}? (?:en|maar) (?:ik |k )?(?:\w+ ){0,3}?(?:niet|nie|ni|niks|niets|nooit) (?:\w+ ){0,2}?(?:gemerkt|gevoeld|door"
    r"|doorgeha[d]|gewete[n]|gezie[n])\b" + _NOT_A_PERIOD,
    # de onderbuik gespannen of hard en er komt niets (retentie): "mijn onderbuik staat bol en ik krijg er niks uit", "mijn buik is
    # onderaan hard en vol en het wil er niet uit"
    r"\b(?:onderbui[k]|buik (?:\w+ )?(?:onderaa[n]|van onder|beneden|onderi[n]|vanonder)|(?:onderkan[t]|onderst[e] deel) van (?:mijn |mn |zijn |haar |de )?buik)\b"
    r" (?:\w+ ){0,4}?(?:gespannen|hard|bol|opgezet|vol|strak|opgezwollen|gezwollen|dik|keihar[d]|opgeblaze[n])\b(?: \S+){0,12}? (?:(?:er )?(?:komt|kwam) (?:er )?"
    r"(?:\w+ )?(?:niks|niets|geen druppel|niet)\b(?! van\b| (?:\w+ )?in huis\b)(?: \w+)?|(?:krijg|kreeg|kan|kon) (?:ik |k )?(?:er )?(?:\w+ )?(?:niks|niets|niet|geen druppel) (?:\w+ )?"
    r"(?:uit|plassen|pissen|kwijt|watere[n])|(?:het |t |da |dat )?(?:wil|wou|wilt) (?:er )?(?:maar )?(?:niet|nie|ni) (?:\w+ )?(?:uit|buiten|komen))\b",
)
# ---- sessie 30AB: de blaas en de darm verteld door wat iemand merkt: een vuile luier gevonden, de plas ongevoeld ----
#: een luier, pamper of inlegger door een ander vuil gevonden, de persoon had geen idee dat die was gegaan: "de thuiszorg vond
#: mijn luier vol poep en ik had geen idee dat ik was gegaan", "de verzorgster zag dat mijn pamper vuil was, ik had niks gemerkt
#: dat ik moest" (niet "draagt al jaren luiers": geen nieuw teken; niet de luier van een baby)
_LUIER = (r"(?:luie[r]|luier[s]|pampe[r]|pamper[s]|inlegge[r]|inlegger[s]|incontinentiemateriaa[l]|incontinentiebroekj[e]|broekj[e]"
               r"|onderbroe[k]|ondergoe[d])\b(?! van (?:de|het|mijn|mn|ons|onze|haar|zijn|zn) (?:baby|kindj[e]|kleine|zoontj[e]|dochtertj[e]|kleinkin[d]|peute[r])\b)")
_VUIL = (r"(?:vuil|vuil[e]|bevuil[d]|vol poep|vol kak|vol stront|vol plas|vol pis|nat|doorweek[t]|smeri[g]|vies|bescheten|bescheete[n]|besmeur[d])"
              r"(?! (?:\w+ ){0,3}?(?:regen|zweet|douche|bad|zwemme[n]|koffie|thee|water)\b)")
_ONWETEND = (r"(?:unsure|geen benu[l]|geen flauw idee|geen flauw benu[l]|niks gemerk[t]|niets gemerk[t]|niet gemerk[t]|nie gemerk[t]|niks van gemerk[t]"
                  r"|niets van gemerk[t]|niks gevoel[d]|niets gevoel[d]|niet gevoel[d]|nie gevoel[d]|niet doorgeha[d]|niks doorgeha[d]|niet gewete[n]"
                  r"|niet besef[t]|niks besef[t]|wist (?:ik |k |ze |hij |hem |zij )?(?:niet|nie|ni|niks|van niks|van niets)|weet (?:ik |k |ze |hij )?(?:niet|nie|van niks)"
                  r"|merkte (?:ik |k |ze |hij )?(?:niet|nie|niks|niets)|voelde (?:ik |k |ze |hij )?(?:niet|nie|niks|niets)|beseft[e] (?:ik |k |ze |hij )?(?:niet|nie|niks))")
_GEGAAN = (r"(?:gegaa[n]|gewees[t]|moest|moes[t]|gepoep[t]|gekak[t]|geschete[n]|gedaa[n]|geplas[t]|gepis[t]|gebeur[d]|gebeurd[e]|was gegaa[n]"
                r"|naar de wc moest|ontlasting had|in (?:mijn |mn |m |de )?(?:luie[r]|pampe[r]|broe[k]))")
BLADDER_PATTERNS += (
    r"\b" + _LUIER + r" (?:\S+ ){0,3}?" + _VUIL + r"\b(?: \S+){0,10}? " + _ONWETEND + r"\b (?:\w+ ){0,4}?(?:dat|da|of) (?:\w+ ){0,3}?"
    + _GEGAAN + r"\b",
    r"\b" + _ONWETEND + r"\b (?:\w+ ){0,4}?(?:dat|da|of) (?:\w+ ){0,3}?" + _GEGAAN + r"\b(?: \S+){0,10}? " + _LUIER + r" (?:\w+ ){0,3}?"
    + _VUIL + r"\b",
)
#: de plas die loopt zonder dat het gevoeld wordt, enkel gemerkt aan het geluid of door te kijken: "de urine loopt wel maar ik
#: voel er niks van", "ik merk alleen aan het geluid dat ik plas", "alleen aan het klateren hoor ik dat het loopt", "ik weet pas
#: dat ik plas als ik het hoor" (niet "ik hoor mijn buik rommelen", niet "ik voel geen branderig gevoel")
BLADDER_PATTERNS += (
    r"\b(?:urine|plas|pis|plasje|pipi|straal)\b (?:\w+ )?(?:loop[t]|liep|kom[t]|kwam|stroom[t]|stroomd[e]|gaa[t]|ging|druppel[t]|sijpel[t])\b(?: (?:wel|er|eruit|uit|gewoon|nog))*"
    r"(?: ,)? (?:maar |en |toch )?(?:ik |k )?(?:voel|voelde|merk|merkte) (?:ik |k )?(?:er |het |t |daar |da )?(?:niks|niets|niet|nie|ni|geen bal|amper|nauwelijks)"
    r"\b(?! (?:\w+ ){0,2}?(?:pij[n]|branderi[g]|brande[n]|brand[t]|prik\w*|steke[n]|vreemd\w*|raar|abnormaa[l]|anders)\b)",
    r"\b(?:alleen|enkel|pas|maar) (?:\w+ ){0,3}?(?:aan|door|bij|van) (?:het|t|dat|de) (?:gelui[d]|geklette[r]|klatere[n]|gekletter[d]|getinke[l]|gespette[r]|plons\w*|kijke[n])\b"
    r" (?:\w+ ){0,4}?(?:dat|da|of) (?:ik |k )?(?:\w+ ){0,3}?(?:plas|plassen|pis|pissen|plast[e]|urinee[r]|aan het plassen|aant plassen|het loopt|t loopt)\b",
    r"(?:(?<=\bweet )|(?<=\bwist )|(?<=\bmerk )|(?<=\bhoor )|(?<=\bweet ik )|(?<=\bwist ik )|(?<=\bmerk ik )|(?<=\bhoor ik )|(?<=\bzie ik ))(?:pas|alleen|enkel)"
    r" (?:\w+ ){0,2}?(?:dat|da|of) (?:ik |k )?(?:\w+ ){0,2}?(?:plas|pis|plast[e]|urinee[r]"
    r"|aan het plassen|aant plassen)\b (?:\w+ ){0,2}?(?:als|wanneer|door|aan) (?:ik |k )?(?:het |t |de )?(?:hoor|hoord[e]|gelui[d]|klatere[n]|kijk|keek|zie|zag)\b",
)
SADDLE_PATTERNS += (
    # het water, de handdoek of het papier niet meer voelen op het zadelgebied: "ik voel het warme water niet meer op mijn billen",
    # "k voel de handdoek nie mi tussen mijn benen" (niet "ik voel het water goed", niet de handen of de voeten)
    r"\b(?:voel|voelt|voelde|voelden|merk|merkte)\b (?:ik |k |je |ge )?(?:de |het |t |dat |die |da )?(?:\w+ ){0,3}?(?:water|douche|douchestraa[l]|straa[l]"
    r"|handdoe[k]|washandj[e]|washan[d]|zeep|spon[s]|wc papier|wcpapie[r]|papier|doekj[e]|doekje[s])\b (?:\w+ ){0,4}?(?:niet|nie|ni|amper|nauwelijks|bijna niet"
    r"|haast niet|niks|niets|nimme[r])\b (?:meer |mi |mier |mee )?(?:\w+ ){0,3}?(?:(?:op|aan|tussen|rond|lang[s]|over|bij|tegen|in) (?:mijn |mn |m |me "
    r"|ma |de |t |het |mijne |mijnen |beide |allebei )?)?(?:\w+ )?{AREA}\b",
    r"\b{AREA}\b (?:\w+ ){0,3}?(?:voel|voelt|voelde) (?:ik |k |je |ge )?(?:de |het |t |da |dat )?(?:\w+ )?(?:water|douche|straa[l]|handdoe[k]|washan[d]"
    r"|washandj[e]|zeep|spon[s]|papier|doekj[e])\b (?:\w+ ){0,2}?(?:niet|nie|ni|amper|nauwelijks|niks|niets|nimme[r])\b",
    # ... de ontkenning achteraan, na de plaats (lead, sessie 28): "ik voelde het water op mijn billen niet meer", "bij het
    # afdrogen voel ik de handdoek aan de binnenkant van mijn dijen niet meer" (niet "... op mijn billen niet zo warm")
    r"\b(?:voel|voelt|voelde|voelden|merk|merkte)\b (?:ik |k |je |ge )?(?:de |het |t |dat |die |da )?(?:\w+ ){0,3}?(?:water|douche|douchestraa[l]|straa[l]"
    r"|handdoe[k]|washandj[e]|washan[d]|zeep|spon[s]|wc papier|wcpapie[r]|papier|doekj[e]|doekje[s])\b (?:\w+ ){0,4}?(?:(?:op|aan|tussen|rond|lang[s]|over|bij"
    r"|tegen|in) (?:mijn |mn |m |me |ma |de |t |het |mijne |mijnen |beide |allebei )?)?(?:\w+ )?{AREA}\b(?: (?!(?:maar|mor|ma)\b)\w+){0,8}? (?:niet|nie|ni"
    r"|amper|nauwelijks|bijna niet|haast niet|nimme[r])\b(?: (?:meer|mi|mier|mee)\b|$| [,.])",
)

# ---- session 29N: night pain, every position tried in dialect; a no-position phrase whose pain is denied ----
#: Gronings "haauding" = houding, "stoul" = stoel, "zulfde" = zelfde (session 29N): "t blift t zulfde in de stoul"
STREET.update({"haauding": "houding", "stoul": "stoel", "zulfde": "zelfde"})
#: ... "gain" = geen before a position (session 29N; English "gain" stays): "gain haauding helpt"
SPOKEN_PHRASES += ((r"\b(?:gai[n]|gji[n]|gie[n])(?= (?:enkele |ene )?(?:houdin[g]|positi[e]|manie[r]|stan[d])\b)", "geen"),)
#: the tries opened with "nou" (session 29N): "of ik nou op mijn zij lig of op mijn rug"
POSITION_TRIED += (r"of (?:ik|k) (?:nou|nu) (?:\w+ )?(?=op\b)",)
#: a position without its article (session 29N, Gronings "zie" = zij): "op zij", "op zie", "op rug", "op buik"
NIGHT_POSITION += (r"op (?:zij|zie|rug|buik)",)
#: ... and no position helps (session 29N): "geen houding helpt", "geen enkele positie helpt"
NO_RELIEF += (r"geen (?:enkele |ene )?(?:houdin[g]|positi[e]|manie[r] van liggen) (?:\w+ )?(?:helpt|hiel[p]|werkt|werkt[e]|verlich[t])",)
#: de nacht goed verteld vlak na "hoe ik ook lig" (sessie 29N, bot/reading/redflags.py _night_fine_after): "hoe ik ook lig, het
#: is prima", "maakt niet uit hoe ik lig, geen pijn" (niet "... het doet pijn", niet "... eerst prima maar dan ...")
#: (... the lying told after "maakt niet uit hoe": "maakt niet uit hoe ik lig, het is oke")
_NIGHT_LIE_AFTER = r"(?:(?:ik|k) (?:\w+ ){0,2}?(?:lig|lag|liggen|slaap|sliep|draai|zit)(?: ,)? )?"
NIGHT_FINE_AFTER = (_NIGHT_LIE_AFTER + r"(?:het is|t is|tis|is het|is t|het gaat|t gaat|gaat het|gaat t|alles is|ik lig|ik voel me|ik ben)"
                    r"(?: (?:helemaal|echt|gewoon|perfect|best))? (?:prima|goed|ok|oke|in orde|comfortabel|pijnvrij|geen probleem)",
                    _NIGHT_LIE_AFTER + r"(?:ik heb |k heb |er is )?(?:helemaal )?geen (?:pijn|last|probleem)(?: van)?",
                    _NIGHT_LIE_AFTER + r"(?:het |t )?doet (?:helemaal )?geen pijn")
#: een term gevraagd als een soort alarm (sessie 29N, na TERM_QUESTION_BEFORE): "is dat zo'n nachtpijn alarmsignaal?", "is dat die
#: nachtpijn die een waarschuwing is", "is dat dan die gevaarlijke nachtpijn" (een beschreven teken blijft gelezen)
TERM_TALKED_AFTER += (r"(?:alarmsigna\w*|alarmsymptom\w*|alarmbel\w*|waarschuwingsteke\w*|waarschuwingssigna\w*|waarschuwingssymptom\w*"
                      r"|rode vla[g]|signaa[l]|teke[n])\b",
                      r"(?:die|dat|waar) (?:een |zon |een soort )?(?:waarschuwin[g]|alar[m]|rode vla[g]|alarmsignaa[l]) (?:is|zou zijn)\b",
                      r"(?:waar|waarvoor|waarvan) (?:je|ge|men) (?:van |voor )?(?:moet |zou moeten )?(?:schrikken|oppassen|ongerust\w*|bang zijn)\b")
#: de koorts gezakt, een tijd of het einde van de zin erna (sessie 29N): "mijn koorts is gezakt", "de koorts is al gezakt sinds
#: zondag", "de verhoging is vorige week gezakt" (niet "gezakt naar 38", "een beetje gezakt", een koorts die terugkwam)
FEVER_OVER += (r"(?:de |die |mijn |mn |mijne |me )?(?:koorts|verhoging|temperatuur) (?:is|was) (?:(?:al|weer|helemaal|volledig|nu|intussen"
               r"|inmiddels|gelukkig|eindelijk|allang|vorige week|sinds \w+|sedert \w+) )*(?:gezakt|gedaald|weggezakt)"
               r"(?= (?:sinds|sedert|vanaf|al)\b| ?[,.]|$)(?!(?: \S+){0,15}? {RECURRED}\b)",)
#: the object "het" of a verb-last sign before its negation (session 29N): "mijn benen begeven het niet", "mijn been begeeft het
#: nog niet" (the match ends on the verb or on "het"; "begeeft het soms" stays a sign)
SUFFIX_ADVERB += ("het", "t")
#: the real neighbours of the session's street keys (session 29N): "stoul", "zulfde"
REAL_NEIGHBOURS = REAL_NEIGHBOURS | {"seoul", "stouw", "zalfde", "zelfde"}

# ---- sessie 29K: de eigen auto, fiets, ski's of het lijf tegen iets aan gereden ----
#: iets vasts langs de weg of een voertuig (niet de stoeprand: de klapvoet; niet een plaats)
_K29_DING = (r"(?:paa[l]|paaltj[e]|pale[n]|lantaarnpaa[l]|lantarenpaa[l]|verlichtingspaa[l]|boo[m]|bome[n]|muu[r]|muurtj[e]|geve[l]|vangrai[l]|hek|hekke[n]|hekwer[k]"
             r"|poor[t]|pilaa[r]|zui[l]|verkeersbor[d]|bor[d]|haa[g]|bru[g]|brugleunin[g]|leunin[g]|containe[r]|vuilba[k]|rot[s]|kei|betonblo[k]|paaltje[s])")
_K29_VOERTUIG = (r"(?:aut[o]|wage[n]|vrachtwage[n]|vrachtaut[o]|camio[n]|camionett[e]|bestelwage[n]|busj[e]|bus|tra[m]|fietse[r]|tracto[r]|trakto[r]|truc[k]|mot[o]"
                 r"|geparkeerd[e] aut[o]|geparkeerd[e] wage[n]|stilstaand[e] aut[o])")
_K29_LIDW = r"(?:een|ne|nen|e|de|het|t|die|dat|zo n|zon|nen dikk[e]|een geparkeerd[e]|een stilstaand[e])"
_K29_DEELWOORD = (r"(?:gerede[n]|gefiets[t]|gebots[t]|geknal[d]|geklap[t]|gevloge[n]|gebonk[t]|geglede[n]|geslip[t]|geskie[d]|geschove[n]"
                  r"|geram[d]|gevlam[d]|gebeuk[t]|gescheur[d]|aangerede[n]|opgerede[n]|ingerede[n]|geskat[e])")
_K29_VERLEDEN = (r"(?:ree[d]|rede[n]|fietst[e]|fietste[n]|botst[e]|botste[n]|knald[e]|knalde[n]|klapt[e]|vloo[g]|vloge[n]|slipt[e]|glee[d]|schoo[f]"
                 r"|skied[e]|ramd[e]|beukt[e]|vlamd[e]|scheurd[e]|rij[d]|rijd[t]|fiet[s]|fiets[t]|bot[s]|bots[t]|kna[l]|knal[t])")
TRAUMA_PATTERNS += (
    # "ik ben met de auto tegen een paal gereden", "met mn fiets tegen ne boom gebotst", "tegen een geparkeerde auto geknald"
    rf"\btegen {_K29_LIDW} (?:\w+ )?(?:{_K29_DING}|{_K29_VOERTUIG})\b (?:\w+ ){{0,3}}?(?:aan)?{_K29_DEELWOORD}\b",
    # "ik reed met de fiets tegen een boom", "k fietste tegen een paaltje", "knalde met de auto tegen de vangrail"
    rf"\b{_K29_VERLEDEN} (?:\w+ ){{0,4}}?tege[n] {_K29_LIDW} (?:\w+ )?(?:{_K29_DING}|{_K29_VOERTUIG})\b(?! (?:aan te|op te)\b)",
    # te voet alleen tegen een paal of een boom: "ik liep tegen een lantaarnpaal" (niet "tegen de lamp lopen", "tegen een muur
    # aanlopen": beeldspraak)
    r"\b(?:lie[p]|gelope[n]|loo[p]) (?:\w+ ){0,3}?tege[n] (?:een|ne|nen|e|de|het|t) (?:\w+ )?(?:paa[l]|paaltj[e]|lantaarnpaa[l]|lantarenpaa[l]|boo[m])\b",
    # in de gracht, de sloot, uit de bocht, van de weg, over de kop: "met de auto in de gracht beland", "uit de bocht gevlogen",
    # "van de baan geraakt", "we zijn over de kop gegaan", "mijn auto sloeg over de kop"
    r"\bin (?:de|een|ne|nen|e|t) (?:grach[t]|sloo[t]|greppe[l]|ber[m]|vaar[t]|haa[g]|vangrai[l]) (?:\w+ ){0,2}?(?:belan[d]|belandd[e]|belande[n]|gerede[n]"
    r"|gevloge[n]|geschove[n]|geglede[n]|terechtgekome[n]|terech[t] gekome[n]|gegaa[n]|gedoke[n]|gesukkel[d])\b",
    r"\b(?:ree[d]|vloo[g]|glee[d]|schoo[f]|belandd[e]|raakt[e]|doo[k]|gin[g]|kwa[m]) (?:\w+ ){0,4}?in (?:de|een|t) (?:grach[t]|sloo[t]|greppe[l]|vaar[t])\b",
    r"\buit de boch[t] (?:\w+ )?(?:gevloge[n]|gegaa[n]|geglede[n]|geslip[t]|gerede[n]|vloo[g]|vloge[n]|gin[g]|glee[d]|slipt[e])\b",
    r"\b(?:van de (?:weg|baa[n]|rijbaa[n])|van de weg af) (?:\w+ )?(?:geraak[t]|afgeraak[t]|geglede[n]|geslip[t]|gevloge[n]|gerede[n]|raakt[e]|glee[d]"
    r"|slipt[e]|vloo[g]|ree[d])\b",
    r"\bover de kop (?:\w+ )?(?:gegaa[n]|geslage[n]|gevloge[n]|gin[g]|sloe[g]|vloo[g]|gegaa[n])\b",
)
#: een bericht van een mantelzorger dat opent op de naaste (sessie 29K): wat hem of haar overkwam eerst, dan zijn of haar rug
#: ("mijn man (58) is van de ladder gevallen, plat op zijn rug ... de pijn zit laag in zijn rug", "mijn vader reed tegen een
#: paal, zijn rug doet sindsdien pijn"), en de schrijver noemt nergens een eigen rug of rugpijn: de naaste is de patient (niet
#: "mijn moeder viel vorig jaar . mijn rug doet pijn van het tillen")
PROXY_SUBJECT += (
    r"^(?:mij[n] |mn |m |onz[e] |ons )(?!.*\b(?:zel[f]|ikzel[f]|mezel[f]|de mij[n]e?|gestorve[n]|overlede[n])\b)(?!.*\b(?:mij[n]|mn|m|me|mijn[e]|ma) (?:eige[n] |hel[e] )?(?:onde[r])?rug\b)"
    r"(?!.*\b(?:ik|k|kik|eki[k]) (?:\w+ ){0,6}?(?:rugpij[n]|pij[n] in (?:mij[n]|mn|de|me) (?:onde[r])?rug|las[t] van (?:mij[n]|mn|de|me) (?:onde[r])?rug)\b)"
    r"(?=(?:man|vrou[w]|partne[r]|vrien[d]|vriendi[n]|moede[r]|mam[a]|mam|ma|moek[e]|oma|bomm[a]|mem[e]|vade[r]|pap[a]|pa|opa|bomp[a]|pep[e]|zoo[n]|dochte[r]|ventj[e]"
    r"|echtgenoo[t]|echtgenot[e])\b(?: \d+)?(?: ,)? (?:\w+ )?\w+\b.* (?:zij[n]|haa[r]|zn|z n|d r|heu[r]) (?:hel[e] |onde[r])?(?:rug|onderru[g]|lende[n])\b)",
)

#: ... of de rugaandoening van de naaste als diagnose genoemd in de opening (sessie 30AB): "mijn vriend (34) heeft al weken een
#: hernia ... moet ik 112 bellen?", "mijn vrouw kampt al een maand met ischias" -- de schrijver noemt nergens een eigen rug,
#: rugpijn of diagnose, de aandoening niet van vroeger ("jaren geleden", "vroeger"): de naaste is de patient (niet "mijn vrouw
#: heeft een hernia en ik heb zelf al weken rugpijn")
_DIAGNOSE = (r"(?:\w*herni[a]|\w*hernia[s]|ischia[s]|ischia[s]klachte[n]|(?:wervel)?kanaalstenos[e]|(?:lumbal[e] |spinal[e] )?stenos[e]"
                  r"|spondylolisthesi[s]|uitstulpin[g] (?:van|in|aan) (?:een |de )?(?:tussenwerve[l]schij[f]|schij[f])|lumbag[o]|discopathi[e])")
PROXY_SUBJECT += (
    r"^(?:mij[n] |mn |m |onz[e] |ons )(?!.*\b(?:zel[f]|ikzel[f]|mezel[f]|de mij[n]e?|gestorve[n]|overlede[n]|ik ook|ikke ook|bij mij|bij me|voor mij|met mij)\b)(?!.*\b(?:mij[n]|mn|m|me|mijn[e]|ma) (?:eige[n] |hel[e] )?(?:onde[r])?rug\b)"
    r"(?!.*\b(?:ik|k|kik|eki[k]) (?:\w+ ){0,6}?(?:rugpij[n]|pij[n] in (?:mij[n]|mn|de|me) (?:onde[r])?rug|las[t] van (?:mij[n]|mn|de|me) (?:onde[r])?rug)\b)"
    r"(?!.*\b(?:ik|k|kik|eki[k]|mij[n]|mn|me) (?:\w+ ){0,4}?" + _DIAGNOSE + r"\b)"
    r"(?=(?:man|vrou[w]|partne[r]|vrien[d]|vriendi[n]|moede[r]|mam[a]|mam|ma|moek[e]|oma|bomm[a]|mem[e]|vade[r]|pap[a]|pa|opa|bomp[a]|pep[e]|zoo[n]|dochte[r]|ventj[e]"
    r"|echtgenoo[t]|echtgenot[e]|verloofd[e]|lie[f])\b(?: ,)?(?: \d+)?(?: jaar)?(?: ,)?(?: (?!(?:ik|k|mij|me|mijn|mn|vroeger|geleden|destijds|ooit|toen)\b)\w+){0,6}? "
    + _DIAGNOSE + r"\b(?! (?:\w+ ){0,4}?(?:geleden|vroeger|destijds|vorig jaar|als kind|in zijn jeugd|in haar jeugd)\b))",
)
#: ... of eerst de dringende tekens van de naaste, de diagnose pas later genoemd (sessie 30AD): "mijn man (61) zit al een uur op de wc
#: en kan niet plassen ... hij heeft een bekende hernia" -- dezelfde voorwaarden
PROXY_SUBJECT += (
    r"^(?:mij[n] |mn |m |onz[e] |ons )(?!.*\b(?:zel[f]|ikzel[f]|mezel[f]|de mij[n]e?|gestorve[n]|overlede[n]|ik ook|ikke ook|bij mij|bij me|voor mij|met mij)\b)(?!.*\b(?:mij[n]|mn|m|me|mijn[e]|ma) (?:eige[n] |hel[e] )?(?:onde[r])?rug\b)"
    r"(?!.*\b(?:ik|k|kik|eki[k]) (?:\w+ ){0,6}?(?:rugpij[n]|pij[n] in (?:mij[n]|mn|de|me) (?:onde[r])?rug|las[t] van (?:mij[n]|mn|de|me) (?:onde[r])?rug)\b)"
    r"(?!.*\b(?:ik|k|kik|eki[k]|mij[n]|mn|me) (?:\w+ ){0,4}?" + _DIAGNOSE + r"\b)"
    r"(?=(?:man|vrou[w]|partne[r]|vrien[d]|vriendi[n]|moede[r]|mam[a]|mam|ma|moek[e]|oma|bomm[a]|mem[e]|vade[r]|pap[a]|pa|opa|bomp[a]|pep[e]|zoo[n]|dochte[r]|ventj[e]"
    r"|echtgenoo[t]|echtgenot[e]|verloofd[e]|lie[f])\b.* (?:hij|zij|ze|hem|haar|die) (?:heeft|had|hee[t]|lijdt aan|leed aan|sukkelt met) "
    r"(?:(?!(?:ik|k|mij|me|mijn|mn|vroeger|geleden|destijds|ooit)\b)\w+ ){0,3}?" + _DIAGNOSE
    + r"\b(?! (?:\w+ ){0,4}?(?:geleden|vroeger|destijds|vorig jaar|als kind|in zijn jeugd|in haar jeugd)\b))",
)

#: ... of de naaste met een leeftijd genoemd in de opening, de rug ergens daarna (sessie 33G): "mijn zoon (16) heeft sinds het
#: voetbal last van zijn onderrug en nu 39 graden", "mijn 15 jarige dochter heeft rugpijn en is koortsig", "ons ma van 80 heeft
#: pijn in de rug en koude rillingen" -- een leeftijd is die van de patient; dezelfde wachters: de schrijver noemt nergens een eigen
#: rug, rugpijn of diagnose (niet "mijn dochter (14) heeft koorts, mijn eigen rug doet pijn")
_AGE_33G = r"(?: ,)?(?: (?:van|is))? \d{1,2}(?: (?:jaa[r]|j|jr))?(?: ou[d])?(?: ,)?"
_KIN_33G = (r"(?:man|vrou[w]|partne[r]|vrien[d]|vriendi[n]|moede[r]|mam[a]|mam|ma|moek[e]|oma|bomm[a]|mem[e]|vade[r]|pap[a]|pa|opa|bomp[a]|pep[e]"
            r"|zoo[n]|dochte[r]|zoontj[e]|dochtertj[e]|ven[t]|echtgenoo[t]|echtgenot[e]|broe[r]|zus|kin[d]|kindj[e]|jonge[n]|meisj[e]|lie[f])")
_RUG_33G = (r"(?:(?:lag[e] )?rugpij[n]|rugklachte[n]|lendenpij[n]|(?:pij[n]|las[t]) (?:in|aan|van) (?:zij[n]|haa[r]|zn|z n|d r|heu[r]|de) (?:onde[r])?ru[g]"
            r"|(?:onde[r])?ru[g] (?:\w+ ){0,3}?(?:pij[n]|zee[r])|(?:zij[n]|haa[r]|zn|z n|d r|heu[r]) (?:onde[r])?ru[g]|(?:het )?spi[t])")
PROXY_SUBJECT += (
    r"^(?:mij[n] |mn |m |onz[e] |ons |mie[n] )(?!.*\b(?:zel[f]|ikzel[f]|mezel[f]|de mij[n]e?|gestorve[n]|overlede[n]|ik ook|ikke ook|bij mij|bij me|voor mij|met mij)\b)(?!.*\b(?:mij[n]|mn|m|me|mijn[e]|ma) (?:eige[n] |hel[e] )?(?:onde[r])?rug\b)"
    r"(?!.*\b(?:ik|k|kik|eki[k]) (?:(?!(?:zij[n]|haa[r]|zn|heu[r])\b)\w+ ){0,6}?(?:rugpij[n]|pij[n] in (?:mij[n]|mn|de|me) (?:onde[r])?rug|las[t] van (?:mij[n]|mn|de|me) (?:onde[r])?rug)\b)"
    r"(?!.*\b(?:ik|k|kik|eki[k]|mij[n]|mn|me) (?:\w+ ){0,4}?" + _DIAGNOSE + r"\b)"
    r"(?:(?=\d{1,2} ?jarig[e] " + _KIN_33G + r"\b.* " + _RUG_33G + r"\b)\d{1,2} ?jarig[e] "
    r"|(?=" + _KIN_33G + r"\b" + _AGE_33G + r" .*\b" + _RUG_33G + r"\b))",
)

# ---- sessie 29L ----
#: "zijn" is ook "his" voor de broek, het bed of de luier (sessie 29L): "ik typ voor mijn vader, ... heeft hij in zijn broek
#: gepoept zonder het te merken"
PROXY_PRONOUNS_BEFORE["zijn"] = (PROXY_PRONOUNS_BEFORE["zijn"][0], PROXY_PRONOUNS_BEFORE["zijn"][1][:-1]
                                 + r"|broe[k]|onderbroe[k]|bed|luie[r]|pampe[r]|ondergoe[d]|slip|boxe[r]|zete[l]|stoe[l])")
#: de naaste schaamt zich om het zelf te schrijven (sessie 29L): "mijn man schaamt zich te veel om dit zelf te typen"
PROXY_SUBJECT += (
    r"^(?:mijn |mn |m |onze |ons )(?=(?:moede[r]|mama|mam|ma|moek[e]|oma|bomm[a]|meme|vade[r]|papa|pa|opa|bomp[a]|pepe|vrou[w]|man|partne[r]"
    r"|echtgeno[t]e?|zoon|dochte[r]|broe[r]|zus)\b(?: \S+){0,4}? (?:schaam[t]|geneer[t]|durf[t])\b(?: \S+){0,4}? (?:om )?(?:\w+ ){0,2}?"
    r"(?:zelf|zelv[e]) (?:\w+ ){0,2}?(?:te )?(?:schrijve[n]|type[n]|vrage[n]|sture[n]|zegge[n]|vertelle[n]|stelle[n])\b)",
)
#: in de broek gescheten of gedaan (sessie 29L): "ze heeft in haar broek gescheten", "in mijn broek gekakt"
BLADDER_PATTERNS += (
    r"\b(?:in|door) (?:mijn |mn |m |de )?(?:broe[k]|onderbroe[k]|sli[p]|slipj[e]|ondergoe[d]|boxe[r]|luie[r]|bed) (?:\w+ )?"
    r"(?:geschete[n]|gescheete[n]|gedaa[n] zonde[r]|bevuil[d])\b",
    r"\b(?:mijn |mn |m )?(?:broe[k]|onderbroe[k]|ondergoe[d]|bed) (?:\w+ ){0,2}?(?:bevuil[d]|beschete[n]|vol poep|vol kak|vuil gemaak[t])\b"
    r"(?: \S+){0,4}? (?:zonde[r]|niet|nie|ni|niks|pas)\b",
)
#: de stoel, de zetel of het zadel niet gevoeld onder zich (sessie 29L): "als ik op een stoel zit voel ik die stoel niet", "ik
#: voel de zetel nie mee", "ik kan het zadel niet meer voelen" (niet "de stoel voelt niet goed", "ik voel de stoel niet fijn")
_P29_ZIT = r"(?:stoe[l]|zete[l]|zade[l]|fietszade[l]|wc ?bril|toiletbri[l]|bril|zittin[g]|kruk|bank|autostoe[l]|sofa|canap[e])"
SADDLE_PATTERNS += (
    r"\b(?:voel|voeld[e]|voele[n]|voel[t]) (?:ik |k |kik |je |ge )?(?:de|die|den|het|t|dat|da|mijn|mn|m) (?:\w+ )?" + _P29_ZIT
    + r"\b (?:\w+ ){0,2}?(?:niet|nie|ni|ampe[r]|nauwelijk[s]|nimme[r])\b(?! (?:\w+ )?(?:fijn|goed|lekke[r]|pretti[g]|comfortabe[l]|zach[t]|hard"
    r"|hoog|laag)\b)",
    r"\b(?:kan|kon) (?:ik |k )?(?:de|die|den|het|t|dat|da|mijn|mn|m) (?:\w+ )?" + _P29_ZIT + r"\b (?:\w+ ){0,2}?(?:niet|nie|ni"
    r"|ampe[r]|nauwelijk[s]) (?:meer |mee |mi |mier )?voele[n]\b",
    # alsof men op een kussen, een wolk zit (geen echt kussen: niet "ik zit op een kussen omdat het pijn doet")
    r"\b(?:also[f]|als of|lijk of|lik of|lijk[t] of|gelij[k] of|precie[s] of|precie[s] also[f]) (?:ik |k |da k |dat ik |da ik |dat k |dak )?"
    r"(?:op|ip|up) (?:een |e |ne |n |nen )?(?:\w+ )?(?:kusse[n]|kussentj[e]|wolk|wolkj[e]|spon[s])\b",
    # het gebied voelt niet meer als van zichzelf: "mijn poep voelt niet als de mijne", "mijn kont voelt niet van mij"
    r"\b{AREA}\b (?:\w+ ){0,3}?(?:voel[t]|voele[n]|voeld[e]|voelde[n]|lijk[t]|lijke[n]) (?:\w+ ){0,2}?(?:niet|nie|ni) (?:meer |mee |mi )?"
    r"(?:als |van )?(?:de mijn[e]|de mijn|die van mij|mijn eige[n]|van mij|mij|van mezel[f])\b",
)
#: het werkwoord eerst, dan de zone, dan dof (sessie 34P): "voelen mijn billen zo dof aan", "voelt mn kont echt dof" (niet "doffe pijn");
#: of de zone, een komma, dan een beeld van niet van mij of erop gedrukt en niets gevoeld: "mijn billen zijn raar, alsof ze niet van mij
#: zijn", "mijn poep is vreemd, als ik erop duw voel ik haast niets" (geen been ertussen)
_P34_NOLEG = r"(?:benen|voet|voeten|kuite[n]|kni[e]|knie[n]|tene[n])"
SADDLE_PATTERNS += (
    r"\b(?:voel[t]|voele[n]|voeld[e]|voelde[n]) (?:\w+ )?{AREA}\b (?:(?!(?:niet|nie|geen|nooit)\b)\w+ ){0,3}?(?:dof|doo[f]|voo[s])\b"
    r"(?! (?:\w+ )?(?:pijn|pijnlij\w*|zeer)\b)",
    r"\b{AREA}\b(?: (?!" + _P34_NOLEG + r"\b)(?:\w+|,)){0,12}? , (?:(?!" + _P34_NOLEG + r"\b)\w+ ){0,3}?(?:alsof|als of|precies of"
    r"|precies alsof|gelijk of|net of|net alsof|lijkt of|lak of) (?:\w+ ){0,3}?(?:niet|nie|ni|geen) (?:echt |helemaa[l] |meer )?(?:van mij|van mezel[f]"
    r"|de mijn[e]|mijn eige[n])\b",
    r"\b{AREA}\b(?: (?!" + _P34_NOLEG + r"\b)(?:\w+|,)){0,12}? (?:\w+ )?(?:(?:duw\w*|druk\w*|knijp\w*|knee[p]"
    r"|prik\w*|raak\w*) (?:\w+ )?(?:erop|erin|eraa[n]|ertege[n]|ze|hem)|(?:erop|erin|ertege[n]|ze|hem) (?:\w+ )?(?:duw\w*|druk\w*|knijp\w*|knee[p]|prik\w*"
    r"|aanraa\w*))\b(?: (?!" + _P34_NOLEG + r"\b)\w+){0,6}? {NUMB}",
)
#: ... de zitting niet gevoeld met een plaats ertussen (sessie 30Y): "voel ik op de fiets het zadel niet meer", "voel ik in de auto de
#: stoel niet meer onder mijn billen", "ik voel op het werk mijn stoel amper" (niet "voel ik in de auto de stoel niet zo goed zitten")
SADDLE_PATTERNS += (
    r"\b(?:voel|voeld[e]|voele[n]|voel[t]) (?:ik |k |kik |je |ge |hij |ze )?(?:(?:op|in|aan|achter|bij) (?:(?:de|het|t|mijn|mn|m|een|ne|den|zijn"
    r"|haar|onze|ons) )?\w+ ){1,2}(?:de|die|den|het|t|dat|da|mijn|mn|m|zijn|haar) (?:\w+ )?" + _P29_ZIT
    + r"\b (?:\w+ ){0,2}?(?:niet|nie|ni|ampe[r]|nauwelijk[s]|nimme[r])\b(?! (?:\w+ )?(?:fijn|goed|lekke[r]|pretti[g]|comfortabe[l]|zach[t]|hard"
    r"|hoog|laag)\b)",
)

# ---- sessie 29M: beide benen minder sterk dan vroeger, zwaar en vol mieren week na week, een voet die niet meer opkomt ----
#: beide benen minder sterk dan vroeger, zonder zwak-woord verteld (sessie 29M): "mijn beide benen zijn minder sterk dan vroeger",
#: "mijn twee benen zijn niet meer zo sterk", "allebei mijn benen hebben hun kracht verloren", "niet meer de kracht van vroeger"
#: (een stabiel verloop verteld leest ze stabiel, anders erger)
WEAK += (r"minder ster[k]|(?:niet|nie|ni) (?:meer )?(?:zo|even|zo goed) ster[k]|krachtelozer|krachteloze"
         r"|(?:niet|nie|ni) meer (?:de |hun |mijn |zoveel |veel )?kracht|(?:de |hun |mijn |al hun |veel )?kracht (?:\w+ )?(?:verloren|kwijt)",)
#: "het blijft gelijk", "het blijft hetzelfde": het verloop onveranderd (sessie 29M)
STABLE += (r"blijft (?:\w+ )?(?:gelijk|hetzelfde)",)
#: elke week erger, elke week wat meer (sessie 29M; zoals "elke dag")
WORSE_NOW += (r"(?:elke|iedere|per) week (?:wat |een beetje |nog |een stuk |weer )*(?:meer(?! (?:kracht|sterkt[e])\b)|erger|slechter|achteruit|zwaarder|zwakker)",)
#: zware benen met "worden", "allebei" ertussen (sessie 29M): "mijn beide benen worden zwaar", "mijn benen zijn allebei loodzwaar"
LEGS_FEEL += ("worden", "werden", "allebei", "alle twee")
#: beide benen loodzwaar en vol mieren of tintelingen (sessie 29M): "mijn twee benen worden loodzwaar en vol mieren", "beide
#: benen zwaar als lood met tintelingen tot in de tenen" (het "en" sneed de doofheid van haar benen; geen ontkenning of "maar")
BOTH_LEGS_NUMB_PATTERNS += (
    r"\b(?:benen|voeten)\b (?:(?!(?:niet|nie|ni|geen|nooit|maar|mor|of)\b)\w+ ){0,4}?(?:loodzwaar|zwaar|zo zwaar|van lood|als lood|als beton)"
    r"(?: (?:als|van) (?:lood|beton|stee[n]))? (?:(?!(?:niet|nie|ni|geen|nooit|maar|mor|of|zonder)\b)\w+ ){0,2}?(?:en|met) "
    r"(?:(?:ik heb|ik krijg|heb|zitten|zijn|voelen) )?(?:(?:vol|vol met|allemaal|veel|overal) )?(?:{LEG_NUMB}|slapen|tintelen|prikke[n])\b",
)
#: de voorvoet die niet meer opkomt (sessie 29M): "de punt van mijn voet komt niet meer op", "mijn tenen gaan niet meer recht"
FAILING_LIMB += (r"(?:komt|komen|kwam|kwamen|gaat|gaan) (?:\w+ ){0,3}?(?:niet|nie|ni) meer (?:op|recht|naar boven)\b",)

#: een bijzin van wanneer het zitvlak gevoeld wordt, na de plaats en een komma (sessie 29Q, bot/reading/redflags.py
#: _AREA_WHEN_RESUMED): "mijn poep, als ik zit voel ik hem niet meer"
AREA_WHEN = ("als", "wanneer", "zodra", "as", "telkens als", "elke keer als")

# ---- sessie 29R: nachtpijn verteld als elke houding geprobeerd, niets laat het zakken, 's nachts op ----
#: de pogingen met "het" ertussen (sessie 29R): "s nachts maakt het niks uit of ik ..."
POSITION_TRIED += (r"maakt (?:het |t )(?:niet|nie|niks|niets|geen bal|geen moer) uit of (?:ik|k)(?: nu| nou)?",
                   r"maakt (?:het |t )?geen (?:enkel |ene )?verschi[l] of (?:ik|k)(?: nu| nou)?")
#: rug of buik zonder lidwoord na een eerste houding (sessie 29R): "op mijn zij of rug", "op mijn zij, rug of buik"
NIGHT_POSITION += (r"(?:(?<=, )|(?<=\bof )|(?<=\ben ))(?:rug|buik)",)
#: ... en het werkwoord voorop (sessie 29R): "gaat de pijn niet weg", "blijft het net zo erg", "zakt het niet", "wordt het niet minder"
NO_RELIEF += (r"(?:gaat|ging) (?:het|t|de pijn|die pijn) (?:\w+ )?(?:niet|nie|nooit) (?:meer )?(?:weg|liggen)",
              r"blijf[t] (?:het|t|de pijn|die pijn)(?! (?:\w+ )?(?:bete[r]|goed|draaglij[k]|ok|oke|rusti[g]|weg|weg)\b)",
              r"(?:zakt|zakte|minder[t]|minderd[e]) (?:het|t|de pijn|die pijn) (?:\w+ )?(?:niet|nie|nooit)",
              r"(?:het|t|de pijn|die pijn) (?:zakt|zakte|minder[t]|minderd[e]) (?:\w+ )?(?:niet|nie)\b",
              r"(?:wordt|werd) (?:het|t|de pijn|die pijn) (?:\w+ )?(?:niet|nie|nooit) (?:minder|bete[r])")
NIGHT_PATTERNS += (
    # om een uur in de kleine uurtjes op, zittend of lopend, van de pijn (sessie 29R): "om 3 uur zit ik beneden in de stoel van de
    # pijn", "ik loop s nachts om 4 uur door het huis van de pijn" (niet "om 3 uur zit ik met de baby", niet "s middags")
    r"\bom (?:een uur of )?[1-5](?! ?(?:uur |u )?(?:s middag[s]|smiddag[s]|s avond[s]|savond[s])\b) ?(?:uur|u)?\b(?: \S+){0,4}? (?:zit|zat|loop|liep|ijsber\w*"
    r"|dwaa[l]|dwaald[e]|sta|ston[d]|ben) (?:ik|k|hij|ze|zij)\b(?: \S+){0,8}? (?:van|door|vanwege|wegens) (?:de |die |mijn |mn |zijn |haar )?"
    r"(?:pijn|rug|rugpij[n])\b",
    r"\b(?:ik|k|hij|ze|zij) (?:zit|zat|loop|liep|ijsber\w*|dwaa[l]|dwaald[e]|sta|ston[d]|ben)\b(?: \S+){0,6}? om (?:een uur of )?[1-5]"
    r"(?! ?(?:uur |u )?(?:s middag[s]|smiddag[s]|s avond[s]|savond[s])\b) ?(?:uur|u)?\b(?: \S+){0,8}? (?:van|door|vanwege|wegens) (?:de |die |mijn |mn |zijn |haar )?"
    r"(?:pijn|rug|rugpij[n])\b",
)
#: de houdingen kaal opgesomd 's nachts, allemaal hetzelfde (sessie 30Y): "s nachts liggen, zitten, staan, het maakt niks uit", "s nachts
#: maakt het niet uit of ik lig, zit of sta", "in bed liggen of zitten, het is allemaal hetzelfde" (de nacht eerst genoemd: niet "overdag
#: zitten of staan maakt niet uit"; geen goed in de tussenruimte: niet "s nachts slaap ik goed, liggen of zitten maakt niet uit")
_HOUDING = r"(?:liggen[d]?|zitten[d]?|staan[d]?|rechtstaa[n]|rech[t] staa[n]|lig|zit|sta)"
_HOUDINGEN = _HOUDING + r"(?: ,| of| en| , of| , en)* " + _HOUDING + r"\b"
_NIET_GOED = r"(?!(?:goed|prima|ok|oke|lekke[r]|best)\b)"
NIGHT_PATTERNS += (
    r"\b(?:s nachts|snachts|nachts|in bed|in mijn bed|in mn bed|de hele nacht|heel de nacht)\b(?: " + _NIET_GOED + r"\S+){0,8}? " + _HOUDINGEN
    + r"(?: " + _NIET_GOED + r"\S+){0,12}? {NO_RELIEF}\b",
    r"\b(?:s nachts|snachts|nachts|in bed|in mijn bed|in mn bed)\b(?: " + _NIET_GOED + r"\S+){0,4}? {NO_RELIEF}\b(?: \S+){0,3}? " + _HOUDINGEN,
)
NO_RELIEF += (r"(?:het|t|dat|da|alles) (?:is|blijft) (?:\w+ )?(?:allemaal |overal |telkens |altijd )?(?:hetzelfde|om het even|eende[r]|gelijk)(?= ,| \.|$)",)
#: de pijn dag en nacht, niets helpt of de slaap kwijt (sessie 30AC): "pijn onderin mijn rug die er dag en nacht is, niks helpt", "het
#: doet nacht en dag zeer, ik kan niet meer slapen" (de pijn dichtbij; geen goed ertussen)
_P30AC_DN = r"(?:dag en nach[t]|nacht en da[g]|dag of nach[t]|dag en nacht door|de klok ron[d])"
_P30AC_PIJN = r"(?:pijn|pijne[n]|zeer|doet|last|steek[t]|klop[t])"
_P30AC_GEEN_SLAAP = (r"(?:(?:ik |k )?(?:slaap|sliep) (?:bijna |haast |amper |nauwelijks )?(?:niet|nie|ni)(?: meer)?|(?:kan|kon) (?:bijna |haast )?(?:niet|nie|ni)"
                     r" (?:meer )?slape[n]|geen oog (?:meer )?dich[t]\w*|(?:lig|lag|heb|had) (?:\w+ ){0,3}?wakker gelege[n]|slapen lukt (?:niet|nie|ni)(?: meer)?|(?:slaap|sliep) (?:amper|nauwelijks|bijna niet))")
NIGHT_PATTERNS += (
    r"\b" + _P30AC_PIJN + r"\b(?: " + _NIET_GOED + r"\S+){0,8}? " + _P30AC_DN + r"\b(?: " + _NIET_GOED + r"\S+){0,12}? (?:{NO_RELIEF}|"
    + _P30AC_GEEN_SLAAP + r")\b",
    r"\b" + _P30AC_DN + r"\b(?: " + _NIET_GOED + r"\S+){0,4}? " + _P30AC_PIJN + r"\b(?: " + _NIET_GOED + r"\S+){0,12}? (?:{NO_RELIEF}|"
    + _P30AC_GEEN_SLAAP + r")\b",
    # ... de zin opent op dag en nacht, de slaap kwijt vlak erna (sessie 31AI): "dag en nacht, ik heb geen oog meer dichtgedaan" (niet
    # "ik werk dag en nacht en slaap slecht")
    r"^" + _P30AC_DN + r"(?: ,)? (?:en |dus )?(?:\w+ ){0,3}?" + _P30AC_GEEN_SLAAP + r"\b",
)
#: de nacht goed zolang men stil ligt (sessie 30Y; bot/reading/redflags.py _night_told_positional): "zolang ik stil lig voel ik niks",
#: "in bed heb ik geen last zolang ik stil lig", "ik slaap prima zolang ik niet beweeg": alleen bewegen of opstaan doet pijn
NIGHT_STILL_FINE = (
    r"(?:zolang|als|wanneer) (?:ik|k) (?:\w+ ){0,2}?(?:stil|rustig|roerloos) (?:lig|blijf liggen|blijf)(?: \w+){0,2}? (?:voel ik|heb ik|is het|gaat het"
    r"|doet het) (?:\w+ )?(?:niks|niets|geen pijn|geen last|geen zeer|prima|goed|ok|oke)",
    r"(?:niks|niets|geen pijn|geen last|prima|goed|ok|oke) (?:\w+ ){0,3}?(?:zolang|als|wanneer) (?:ik|k) (?:\w+ ){0,2}?(?:stil (?:lig|blijf liggen|blijf)"
    r"|(?:me |mij )?niet (?:beweeg|verroer|draai))",
)
#: het wakker worden 's nachts in de ene zin, de volgende zin zakt het binnen minuten door van houding te veranderen (sessie
#: 31AO; bot/reading/redflags.py _night_eased_next): "... als ik lang op mijn buik lig. draai ik me om, dan is het na een paar
#: minuten over"
NIGHT_TURNED = (r"(?:draai|draaien|omdraai|omdraaien|gedraaid|andere houding|van houding|op (?:mijn|mn|me|m|de) (?:zij|buik|andere zij))",
                # ... weer op de andere zij (sessie 32AY): "zodra ik op mijn linkerkant lig", "op de goede zij"
                r"op (?:mijn|mn|me|m|de|die) (?:rechterzij|linkerzij|rechterkant|linkerkant|andere kant|goede kant|goeie kant|goede zij|goeie zij"
                r"|rechterheup|linkerheup|andere heup)",)
NIGHT_EASED_SOON = (r"(?:binnen|na|in) (?:een paar|enkele|een|twee|drie|vijf|tien|\d+|paar) (?:\w+ )?minu(?:ut|ten|utje|utjes)\b"
                    r"(?: \w+){0,2}? (?<!niet )(?<!nie )(?:weg|over|gezakt|verdwenen|minder)\b",
                    r"(?<!niet )(?<!nie )(?:zakt|verdwijnt|gaat (?:het |t )?weg|trekt (?:het |t )?weg) (?:\w+ ){0,2}?(?:binnen|na|in) (?:een paar|enkele"
                    r"|een|twee|drie|vijf|tien|\d+|paar) (?:\w+ )?minu(?:ut|ten|utje|utjes)\b",
                    # ... of meteen weer in slaap (sessie 32AY): "op mijn andere zij slaap ik zo weer in", "val ik direct weer in slaap" (niet
                    # "slaap ik niet meer in", "slaap ik pas na uren weer in")
                    r"(?:slaap|slaapt|sluimer) (?:ik |k |je |hij |ze )?(?:(?:zo|meteen|direct|gewoon|snel|weer|vlot|onmiddellijk|terug|rap|ook) ){1,3}"
                    r"(?:in|verder|door)\b",
                    r"(?:slaap|slaapt) (?:ik |k |je |hij |ze )?(?:zo|meteen|direct|snel|vlot|onmiddellijk|rap) (?:weer|terug)\b(?! (?:slecht|moeilijk|niet|nie)\b)",
                    r"(?:val|valt) (?:ik |k |je |hij |ze )?(?:(?:zo|meteen|direct|gewoon|snel|weer|vlot|onmiddellijk|terug|rap) ){1,3}in slaap\b")

# ---- sessie 29S: de blaas en de darm, in dialect niet gemerkt; het teken gevraagd en zelf ontkend; "zoals anders" ----
#: West-Vlaams en Gronings (sessie 29S): "gewoar" = gewaar, "wierd" = werd, "gewurden" = geworden,
#: "veur" = voor (Gronings, Limburgs); "gemirkt" = gemerkt
STREET.update({"gewoar": "gewaar", "veur": "voor", "gemirkt": "gemerkt", "gemirk": "gemerkt"})
#: ... en de Groningse schrijver voor een naaste (sessie 29S): "ik schrief veur mien man" ("wierd", "gewurden", "schrief" staan
#: tussen haken in de regels: geen woorden waar echte woorden naar verbeterd worden)
REAL_NEIGHBOURS = REAL_NEIGHBOURS | {"gewaar"}  # "gewoar" is a street word, "gewaar" no typo of it
# Limburgish "weure", "weurt", "teine" (session 32BA): real words one edit from them are no typos of them
REAL_NEIGHBOURS = REAL_NEIGHBOURS | {"beurt", "geurt", "keure", "keurt", "leurt", "meurt", "peurt", "weert", "zeurt", "teune", "theine",
                                     "toine"}
PROXY += (r"(?:ik )?schrie[f]\w* (?:dit |het )?(?:voor|namens) (?:mijn |mn |m |mijne |onze |ons )?",)
#: "men", "min", "mene" (mijn) en Gronings "zien" (zijn) voor de broek, het bed of de luier (sessie 29S): "in men broek gepist",
#: "in zien onderbroek" (elders blijft "men" het onbepaalde "men" en "zien" het werkwoord; na een Frans voorzetsel is
#: "min" het Picardische "mon": "un accident dans min slip" blijft Frans)
SPOKEN_PHRASES += ((r"(?<!\bdans )(?<!\bsur )(?<!\bde )(?<!\bavec )(?<!\bpour )(?<!\bpar )\b(?:men|min|mene|mene[n]|mijnen)(?= (?:\w+ )?(?:\w*broek\w*|slip\w*|ondergoed|boxer\w*|luier\w*|pamper\w*|pyjama\w*|lakens)\b)",
                    "mijn"),
                   (r"\bzien(?= (?:\w+ )?(?:\w*broek\w*|slip\w*|ondergoed|boxer\w*|luier\w*|pamper\w*|pyjama\w*|lakens)\b)", "zijn"))
#: ... gemerkt als "gewaar worden" (sessie 29S): "zonder dat ik het gewaar werd"; gepist of gepoept zonder het te merken
LEAKED += ("gepist", "gepies[t]", "gepoept", "gekakt", "geschete[n]")
NOTICING += (r"(?:dat|da) (?:ik|k|hij|ie|ze|zij) (?:het |t |et |er |der )?(?:\w+ )?gewaa[r] (?:werd|wier[d]|woer[d]|word|wordt|geworden|gewurde[n]|worden)",
             r"(?:het |t |et )?gewaa[r] te worden")
BLADDER_PATTERNS += (
    # iets ("wat") in de onderbroek gevonden, er niets van gemerkt (sessie 29S): "bleek dat ik wat in mijn onderbroek had zitten en
    # ik had er niks van gemerkt", "er zat wat in mijn slip, niks van gevoeld" (niet "wat in mijn broekzak", geen menstruatie)
    r"\bwat (?:\w+ ){0,2}?in (?:mijn|mn|m|mijne|me) (?:\w+ )?(?:onderbroek\w*|slip\w*|ondergoed|boxer\w*|broek)\b" + _NOT_A_PERIOD
    + r"(?! (?:\w+ )?(?:gestoke[n]|gestop[t]|steken|stoppe[n]|meegenome[n]|zakken|zak)\b)(?: \S+){0,8}?"
    r" (?:zonder|niet|nie|ni|niks|niets|nooit|geen) (?:\w+ ){0,4}?(?:voel\w*|gevoeld|merk\w*|gemerkt|doorgeha[d]|door|gewaa[r])\b" + _WET_NOT_PEE,
    # in dialect het plassen of kakken zelf niet gewaar (sessie 29S): "ik heb in mijn broek geplast en ik werd het niet gewaar"
    r"\b(?:geplast|gepist|gepies[t]|gepoept|gekakt|geschete[n]|gelekt|gedaan)\b(?: \w+){0,5}? (?:niet|nie|ni|niks|niets|nooit) (?:\w+ )?gewaa[r]\b",
)
#: zoals anders, zoals altijd, gelijk anders (sessie 29S): "plassen gaat zoals anders", "t plassen is gelijk anders", "geen verschil
#: met vroeger" (niet "niet zoals anders", "niet meer zoals vroeger": het teken)
ALL_WELL += (r"(?<!\bniet )(?<!\bnie )(?<!\bni )(?<!\bmeer )(?<!\bnooit )\b(?:zoal[s]|gelijk|net als|net zoal[s]|lijk|als) (?:altijd|anders|vanoud[s]|gewoonlij[k]"
             r"|voorhee[n]|voordie[n]|vroege[r]|gewoon|normaal)\b",
             r"(?<!\bniet )(?<!\bnie )\bhetzelfde als (?:altijd|anders|vroege[r]|voorhee[n]|voordie[n])\b",
             r"\b(?:geen|gin|gene) (?:enkel )?versch[i]l (?:met|als|van) (?:altijd|anders|vroege[r]|voorhee[n]|voordie[n]|gewoonlij[k]|normaal)\b")
#: het teken gevraagd of gelezen, dan zonder "ik" ontkend (sessie 29S): "heb dat zelf niet", "zelf heb ik daar geen last van",
#: "bij mij werkt alles normaal" (niet "heb dat niet meer onder controle")
SIGNS_DENIED += (r"(?:^|(?<=\. )|(?<=, ))(?:heb|hebbe|hem|e) (?:dat|da|dit|het|t) (?:zelf |gelukkig |zelf gelukkig |gelukkig zelf )?(?:niet|nie|ni)\b"
                 r"(?! (?:\w+ )?(?:meer|onder controle|in de hand)\b)",
                 r"(?:zelf|ikzelf|ik zelf|bij mij) (?:heb (?:ik|k) |hebbe (?:ik|k) )?(?:daar|dar|der|er) (?:\w+ )?(?:geen|gene|gin|niks|niets) (?:last|problemen"
                 r"|probleem|moeite|klachten)(?: van| mee)?(?= ,| \.|$)",
                 r"(?:bij mij |zelf )?(?:werkt|gaat|functioneert) (?:dat |da |het |alles |daar alles )(?:gewoon |nog )?(?:normaal|goed|prima)(?= ,| \.|$)",
                 # ... alles eerst (sessie 30AC): "alles werkt daar prima", "alles functioneert daar beneden normaal"
                 r"alles (?:werkt|functioneert|gaat) (?:daar |daarbeneden |daar beneden |bij mij |nog |gewoon )*(?:perfect |nog steeds )?(?:normaal|goed"
                 r"|prima|perfect)(?= ,| \.| hoor\b|$)")
#: een vraag of het klopt dat men dan moet gaan (sessie 29S): "klopt het dat je naar spoed moet als ...", "is het waar dat je ...",
#: "moet je met spoed naar ... als ..."
#: een been of voet in het algemeen na een "als" (sessie 34, the lead): "als het been zwakker wordt, is dat een noodgeval?" (niet "als mijn been")
GENERAL_SUBJECT += (r"(?:\w+ ){0,4}?(?:als|wanneer|indien) (?:het|een|de|je) (?:been|benen|voet|voeten)\b",)
GENERAL_SUBJECT += (r"(?:klopt (?:het|dat|t)|is (?:het|dat|t) (?:waar|zo|juist|correct)) (?:dat )?(?:je|ge|men|iemand|mensen)\b",
                    # wanneer een teken een spoedgeval wordt, gevraagd (sessie 30AC): "wanneer is je plas niet kunnen ophouden een spoedgeval",
                    # "vanaf wanneer wordt dat dringend" (niet "wanneer is mijn ...": het eigen)
                    r"(?:vanaf |tot )?wanneer (?:is|wordt|zijn|worden|moet|moeten|zou|telt) (?!(?:ik|k|mijn|mn|me|mij|m)\b)(?:\w+ ){0,12}?(?:een )?"
                    r"(?:spoedgeval|noodgeval|urgent|dringend|ernstig|gevaarlijk|alarmsignaal|alarmteken|zaak voor spoed)\b",
                    r"(?:moet|moete|mag|hoort) (?:je|ge|men)\b(?: \w+){0,8}? (?:als|wanneer|indien) (?:je|ge|men)\b")
#: een vraag of het vertelde als het teken telt (sessie 30Y): "telt dat als nachtpijn?", "valt dat onder nachtpijn?", "is dat wat
#: jullie bedoelen met nachtpijn?", "is dat nachtpijn?" (alleen weg als het eigen goed verteld is: _own_told_fine)
GENERAL_SUBJECT += (r"(?:telt|geldt|valt) (?:dat|dit|het|da|t) (?:nu |dan |ook |eigenlijk |echt |wel )?(?:als|onder)\b",
                    r"(?:zou|kan) (?:dat|dit|het|da|t) (?:nu |dan |ook |eigenlijk |echt |wel )?(?:tellen als|gelden als|doorgaan voor|vallen onder"
                    r"|gezien worden als|beschouwd worden als)\b",
                    r"(?:is|was) (?:dat|dit|het|da|t) (?:nu |dan |eigenlijk |echt |ook )?wat (?:jullie|ze|men|u|je|ge|de \w+|dokters) (?:\w+ )?"
                    r"(?:bedoel\w*|noem\w*)\b",
                    r"noem(?:en|t)? (?:jullie|je|ge|u|ze|men) (?:dat|dit|da|het) ",
                    r"(?:is|was|zou|kan) (?:dat|dit|het|da|t)(?: (?:nu|dan|eigenlijk|echt|ook|al|wel|misschien|een|de|die|echte|typische|zogenaamde))*"
                    r"(?= (?:nachtpijn|nachtelijke pijn|nachtelijke rugpijn|pijn s nachts)$)")
#: ... de gevoelloosheid zelf ontkend, heel (sessie 30Y): "ik heb nergens gevoelloosheid", "ik heb zelf nergens een doof gevoel", "ik heb
#: geen gevoelloosheid of tintelingen" (na een teken gevraagd of gelezen; een teken erna blijft gelezen)
SIGNS_DENIED += (r"(?:ik|k) (?:heb|voel) (?:zelf )?(?:nergens|geen|helemaal geen|totaal geen|nergens geen|echt geen) (?:\w+ )?(?:gevoelloosheid|doof gevoel"
                 r"|dove plek\w*|tinteling\w*|verdoving|doofheid)(?: (?:of|en|noch) (?:\w+ ){0,2}?(?:gevoelloosheid|tinteling\w*|doof gevoel))?"
                 r"(?: (?:nergens|ergens|daar|daar beneden|hoor|gelukkig))?(?= ,| \.|$)",
                 r"(?:ik|k) ben (?:zelf )?(?:nergens|niet) (?:\w+ )?(?:gevoelloos|verdoofd)(?= ,| \.|$)")
BLADDER_PATTERNS += (
    # in dialect de verleden tijd zonder voltooid deelwoord (sessie 29S): "ze het in heur broek pist", "hij is in zien broek kakt"
    r"\bin (?:mijn|mn|m|mijne) (?:\w+ )?(?:broek|onderbroe[k]|sli[p]|ondergoe[d]|boxe[r]|luie[r]) (?:pist|pies[t]|piest[e]|pist[e]|kakt|kakt[e]|poept[e]"
    r"|plast[e]|schee[t])\b",
)
#: ... wat de kine of de dokter zei over "je" (sessie 29S): "mijn kine zei dat je met spoed moet als ...", dan zelf ontkend
NAMED_BY_CARER += (r"(?:dokter|docter|huisarts|arts|dr|kine|kinesist|fysio|fysiotherapeut|osteo|osteopaat|verpleegster|verpleger"
                   r"|verpleegkundige|specialist|apotheker|chiropractor|therapeut|masseur)(?: \w+){0,3}? (?:zei|zegt|zeide|vertelde|heeft gezegd"
                   r"|heeft verteld)(?: me| mij| ons)? (?:dat|da)(?= (?:je|ge|men|als|wanneer|indien)\b)",)

# ---- sessie 29T ----------------------------------------------------------------------------------------------------------
#: warm water of warmte MINDER gevoeld aan het zitvlak dan elders (sessie 29T): "de douche voelt koel aan mijn poep", "ik voel
#: de kruik amper tegen mijn billen", "mijn billen voelen de warmte van het bad bijna niet" (niet "het water is lauw, de boiler
#: is kapot": geen zitvlak genoemd)
_HEAT_29T = (r"(?:(?:warm|warm[e]|heet|hete|koken[d]|kokend[e]|gloeiend|gloeiend[e]) )?(?:wate[r]|douch[e]|ba[d]|krui[k]|warmwaterkrui[k]|warmtekusse[n]"
             r"|warmt[e]|hitt[e]|radiato[r]|verwarmin[g])")
_DULLED_29T = (r"(?<!niet )(?<!nie )(?<!ni )(?:lau[w]|lauwar[m]|lauwwar[m]|nauwelijks war[m]|amper war[m]|niet (?:echt |eens |zo )?(?:war[m]|hee[t])"
               r"|koud|koel|als niks|als niets|alsof er niks is|alsof er niets is|van niks|van niets)")
_BARELY_29T = r"(?:nauwelijks|amper|bijna niet|haast niet|bijkans niet|nog maar half|niet|nie|ni)"
_ON_29T = r"(?:aan|op|tegen|rond|bij|over) (?:mijn |mn |me |m |men |mijne |de |het |t |ons )?(?:\w+ )?"
SADDLE_PATTERNS += (
    rf"\b{_HEAT_29T}\b(?: \S+){{0,6}}? (?:voelt|voelde|voelen|voelden|lijkt|leek|komt) (?:\w+ ){{0,3}}?{_DULLED_29T}\b(?: \S+){{0,3}}? {_ON_29T}{{AREA}}\b",
    rf"\b{_HEAT_29T}\b(?: \S+){{0,12}}? {{AREA}}\b(?: \S+){{0,3}}? (?:voelt|voelde|voelen|voelden|lijkt|leek) (?:\S+ ){{0,3}}?{_DULLED_29T}\b",
    rf"\b{{AREA}}\b(?: (?!maar\b)\w+){{0,2}}? (?:voelt|voelen|voelde|voelden) (?:\w+ ){{0,2}}?{_HEAT_29T}\b(?: (?!maar\b)\w+){{0,3}}? {_BARELY_29T}\b",
    rf"\b{_HEAT_29T}\b(?: (?!maar\b)\w+){{0,4}}? {_BARELY_29T}\b(?: (?!maar\b)\w+){{0,3}}? {_ON_29T}{{AREA}}\b",
    rf"\b(?:ik|k) (?:voel|voelde) (?:\w+ ){{0,2}}?{_HEAT_29T} {_ON_29T}{{AREA}}\b(?: (?:echt|eigenlijk|ook|nog|zo))? {_BARELY_29T}\b",    # het werkwoord eerst: "in bad voelt het water aan mijn billen koud"
    rf"\b(?:voelt|voelde|lijkt|leek) (?:het |de |die |dat )?{_HEAT_29T} {_ON_29T}{{AREA}}\b(?: \S+){{0,2}}? {_DULLED_29T}\b",
)
#: de temperatuur normaal voor een tijd, na koorts (sessie 29T): "mijn temperatuur is al een week normaal", "temperatuur normaal
#: sinds maandag", "de temperatuur is nu tien dagen normaal" (niet een die terugkwam)
FEVER_OVER += (r"(?:de |mijn |mn |me |mijne )?(?:temperatuur|temp) (?:is|was|blijft|bleef) (?:(?:al|nu|weer|terug|intussen|inmiddels|gelukkig) )*"
               r"(?:(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|paar|enkele|ruim|bijna|meer dan|\d+) )*(?:dag|dagen|week|weken|weekje|maand)"
               r" (?:lang )?(?:weer |terug |helemaal |mooi )?normaal\b(?!(?: \S+){0,15}? {RECURRED}\b)",
               r"(?:de |mijn |mn |me |mijne )?(?:temperatuur|temp) (?:(?:is|was|blijft|bleef|al|nu|weer|terug|intussen|inmiddels|gelukkig|helemaal) ){0,4}?"
               r"normaal (?:al |nu |weer |terug )*(?:sinds|sedert|vanaf|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|\d+|enkele|paar) (?:\w+ )?"
               r"(?:dag|dagen|week|weken|maand|\w+dag)\b(?!(?: \S+){0,15}? {RECURRED}\b)")
#: beide benen zwak, na de benen verteld (sessie 29T): "mijn benen worden zwaar en tintelen, alle twee zwak", "benen vol mieren,
#: allebei krachteloos" (niet "niet allebei zwak")
BOTH_LEGS_WEAK_PATTERNS += (
    r"\b(?:benen|voeten|beenen)\b(?: \S+){0,20}? (?<!niet )(?<!nie )(?:allebei|alle twee|alletwee|allebeide|allebeie|beide|alle 2) (?:zijn |worden "
    r"|voelen |erg |heel |zo |wat |echt |nogal )*(?:zwak|zwakker|krachteloos|krachtelozer|slap|slapper)\b",
    r"\b(?:benen|voeten|beenen)\b(?: \S+){0,20}? (?<!niet )(?<!nie )(?:zwak|zwakker|krachteloos|slap) (?:en )?(?:allebei|alle twee|alletwee|allebeide|beide)\b",
)
#: van achter in of achter op de eigen auto, met een dialectbezittelijk (sessie 29T, West-Vlaams): "ne bestelwagen is achter op men
#: auto gereden", "van achter in menne wagen geknald", "iemand is tegen men gat gereden" (dialect "men", "menne", "mene", "mijnen")
TRAUMA_PATTERNS += (
    r"\b(?:achter o[p]|achtero[p]|van achtere?n? (?:in|op|tegen)|achteraa[n] (?:in|op|tegen)|tegen) (?:men|menne|mene|mijnen|mn|m|me|mijne|mijn|ons|onze) "
    r"(?:\w+ )?(?:auto|oto|wage[n]|gat|achterkan[t]|koffe[r]|bumpe[r]|camionett[e]|busj[e]|kar|bak|achterste[n]) (?:\w+ ){0,2}?(?:gerede[n]|erede[n]"
    r"|geknal[d]|eknal[d]|gebots[t]|ebots[t]|gevloge[n]|geklap[t]|ingerede[n]|geram[d]|gebeuk[t]|gebon[s]d|gedonder[d]|gevlam[d]|gekomen)\b",
    r"\b(?:reed|rede[n]|kwam|kwame[n]|knald[e]|knalde[n]|botst[e]|botste[n]|klapt[e]|vloo[g]|ramd[e]|beukt[e]|donderd[e]|rijd[t]|knal[t]|bots[t])"
    r" (?:\w+ ){0,3}?(?:achter o[p]|achtero[p]|van achtere?n? (?:in|op|tegen)|achteraa[n] (?:in|op|tegen)|tegen|in) (?:men|menne|mene|mijnen) "
    r"(?:\w+ )?(?:auto|oto|wage[n]|gat|achterkan[t]|koffe[r]|bumpe[r]|camionett[e]|busj[e]|kar|bak|achterste[n])\b",
)
#: de echte buren van het dialectbezittelijk "menne" (sessie 29T)
REAL_NEIGHBOURS = REAL_NEIGHBOURS | {"fenne", "jenne", "lenne", "mende", "menge", "menie", "menke", "mennen", "menner", "menno", "munne", "zenne"}

#: koorts die elke dag op een vast uur terugkomt (sessie 29, bot/reading/redflags.py _FEVER_EVERY_EVENING): "koorts elke
#: avond, 's ochtends is mijn temperatuur normaal"
FEVER_EVERY_EVENING = (r"(?:elke|iedere|alle) (?:avon[d]|nach[t]|namidda[g])", r"s avond[s]", r"tegen de avon[d]")

# ---- sessie 35B: nachtpijn verteld als geen enkele manier van liggen die helpt, alles geprobeerd, niks helpt ----
#: alle manieren van liggen geprobeerd (bot/reading/redflags.py _SHARED_NIGHT): "ik probeer alle kanten maar niks helpt", "ik lig
#: op alle kanten en niks helpt", "alle lighoudingen geprobeerd, het blijft"
WAYS_TRIED_LYING = (r"(?:op )?alle (?:mogelijk[e] )?kante[n]", r"alle (?:mogelijk[e] )?(?:lighoudinge[n]|slaaphoudinge[n])",
                    r"alle (?:mogelijk[e] )?maniere[n] (?:van|om te) ligge[n]")
#: alles in het algemeen geprobeerd, met de nacht of het liggen in de zin: "ik heb alle houdingen geprobeerd maar niets helpt 's
#: nachts", "in bed alle posities geprobeerd" (niet "alles geprobeerd, kinesist, pijnstillers, niks helpt")
WAYS_TRIED = (r"alle (?:mogelijk[e] )?(?:houdinge[n]|positie[s]|maniere[n])", r"op alle mogelijk[e] maniere[n]")
#: geen enkele manier van liggen die helpt (sessie 35B; "geen enkele houding" al gelezen): "er is geen enkele manier van liggen
#: die de pijn wegneemt"
NO_RELIEF += (r"(?:die|dat) (?:de pijn |het |t |ze )?(?:wegneem[t]|verlich[t]|verzach[t])",)
NIGHT_PATTERNS += (r"\bgeen (?:enkele |ene )?manie[r] (?:van|om te) liggen\b",)
#: een ander voertuig in of op de eigen auto of de patient, met een gewoon werkwoord (sessie 35C, issue 12): "een bestelwagen
#: is in mijn auto gereden", "ne camion is vol in mijn gat gereden", "er is een auto achter op mij geknald", "een taxi knalde in
#: mijn wagen", "een busje reed in op mijn auto", het lichaam "naar voren en naar achteren geslingerd" (niet de patient zelf:
#: "ik ben in mijn auto naar huis gereden", "we zijn ..."; niet de hagel of een bal: "de hagel knalde op mijn auto"; niet wiegen om de pijn te verlichten: een werkwoord van slingeren)
_NOT_ME_35C = r"(?:(?!(?:ik|k|we|wij|je|jij)\b)\w+ ){0,3}?"
_OWN_CAR_35C = r"(?:auto|wage[n]|gat|kont|poep|achterkan[t]|koffe[r]|bumpe[r]|busj[e]|camionett[e]|achterste[n]|bestelwage[n]|wagentj[e])"
_HIT_35C = r"(?:gerede[n]|geknal[d]|gebots[t]|gevloge[n]|geklap[t]|geram[d]|gebeuk[t]|gevlam[d]|gedonder[d]|ingerede[n])"
_THROWN_35C = r"(?:geslinger[d]|gegooi[d]|gesmete[n]|geworpe[n]|gekatapulteer[d]|gekatapulteer[d])"
_FORE_AFT_35C = r"(?:naar )?(?:voor|voren) (?:en|,) (?:naar )?(?:achter|achtere[n]|achteruit)"
TRAUMA_PATTERNS += (
    r"(?<!\bwe )(?<!\bwij )(?<!\bik )(?<!\bk )\b(?:is|was|zijn|waren) " + _NOT_ME_35C + r"(?:(?:vol|keihar[d]|hard|pal|rech[t]|frontaa[l]) )?"
    r"(?:achter ?in|in|achter ?op|op) (?:de (?:achterkan[t]|zijkan[t]|flan[k]) van )?(?:mijn|mn|m|me|mijne|onze|ons) (?:\w+ )?" + _OWN_CAR_35C
    + r" (?:\w+ )?" + _HIT_35C + r"\b",
    r"(?<!\bwe )(?<!\bwij )(?<!\bik )(?<!\bk )\b(?:is|was|zijn|waren) " + _NOT_ME_35C + r"(?:(?:vol|keihar[d]|hard|pal|rech[t]) )?"
    r"(?:achter ?in|achter ?op|achteraa[n] in|achteraa[n] op) (?:mij|me|mie|ons) (?:\w+ )?" + _HIT_35C + r"\b",
    r"(?<!\bik )(?<!\bk )(?<!\bhage[l] )(?<!\bregen )(?<!\bhagelstene[n] )(?<!\bbal )\b(?:knald[e]|knalde[n]|botst[e]|botste[n]|ramd[e]|ramde[n]|beukt[e]|beukte[n]|donderd[e]|vlamd[e]|knal[t]|bots[t]) "
    + _NOT_ME_35C + r"(?:(?:vol|keihar[d]|hard) )?(?:in|op|achter ?in|achter ?op) (?:de (?:achterkan[t]|zijkan[t]) van )?(?:mijn|mn|m|me|mijne|onze|ons)"
    r" (?:\w+ )?" + _OWN_CAR_35C + r"\b",
    r"\b(?:reed|rede[n]|rijd[t]|rijde[n]|kwam|kwame[n]) " + _NOT_ME_35C + r"in op (?:mij|me|ons|(?:de achterkan[t] van )?(?:mijn|mn|m|mijne|onze|ons) (?:\w+ )?"
    + _OWN_CAR_35C + r")\b",
    r"\b" + _FORE_AFT_35C + r"\b(?: \w+){0,2}? " + _THROWN_35C + r"\b",
    r"\b" + _THROWN_35C + r" (?:\w+ ){0,2}?" + _FORE_AFT_35C + r"\b",
)

# ---- sessie 35F: de zitvlakstreek verteld door wat er niet gevoeld wordt, met een vergelijking (SADDLE_RULES) ----
#: iets dik aan daar (alleen bij de plek): "alsof ik een dikke skibroek aanheb", "precies of ik een pamper draag" (niet
#: "alsof ik een luier nodig heb")
NUMB_SADDLE += (
    r"(?:als|alsof|gelijk|precies|zoal[s]|net) (?:of |als )?(?:(?!nodi[g]|moet|moest)\w+ ){0,5}?(?:\w*skibroe[k]|skibroeke[n]|luie[r]"
    r"|luier[s]|pampe[r]|pamper[s])\b",
)
#: de vergelijking eerst, dan een komma en de plek: "zoals een spuitje bij de tandarts, tussen mijn benen" (niet de pijn of
#: het goed zijn van de plek erna)
SADDLE_PATTERNS += (
    r"\b(?:als|alsof|zoal[s]|gelijk|precies|net als) (?:\w+ ){0,6}?(?:tandarts|verdoving|spuitj[e]|injecti[e]|verdoofd)"
    r"(?: \w+){0,2}? , (?:\w+ ){0,2}?{AREA}\b(?! (?:\w+ ){0,2}?(?:{HURTS}|normaal|goed)\b)",
)
# ---- sessie 35H: een koorts na enkele dagen weg ----
#: Vlaams "wech" is "weg" (sessie 35H): "de koorts was wech"
STREET["wech"] = "weg"
#: de koorts verdwenen of weg na enkele dagen (sessie 35H; bot/reading/redflags.py _OVER_NOW): "de koorts verdween na twee dagen",
#: "de koorts was na drie dagen weg", "na een paar dagen was de koorts over", "mijn koorts is binnen twee dagen verdwenen" (niet "de
#: koorts was na twee dagen nog niet weg", "verdween niet", een koorts die terugkwam)
_H35_NA = (r"(?:na|binnen|in|op|tegen|al na|pas na) (?:ongeveer |zowat |een kleine |een goeie |ne |nen )?(?:een |twee |drie |vier |vijf "
           r"|een paar |enkele |\d+ )?(?:dag|dagen|dage|uur|uren|week|weken|nacht|nachten)")
_H35_WEG = r"(?:weg|over|voorbij|gedaan|verdwenen|weggegaan|weggetrokken|verdweenen)"
FEVER_OVER += (r"(?:de |die |mijn |mn |me |mijne )?(?:koorts|verhoging|temperatuur) (?:verdween|ging weg|trok weg|was weg|was over|was voorbij"
               r"|is weg|is over|is verdwenen|was verdwenen|is weggegaan|was weggegaan|is weggetrokken|was weggetrokken) (?:al |pas |dan |toen )?"
               + _H35_NA + r"\b(?!(?: \S+){0,15}? {RECURRED}\b)",
               r"(?:de |die |mijn |mn |me |mijne )?(?:koorts|verhoging|temperatuur) (?:is|was) (?:al |pas |dan |toen )?" + _H35_NA + " "
               r"(?:al |helemaal |volledig |gelukkig )?" + _H35_WEG + r"\b(?!(?: \S+){0,15}? {RECURRED}\b)",
               _H35_NA + r" (?:was|is|verdween|ging) (?:de |die |mijn |mn |me |mijne )?(?:koorts|verhoging|temperatuur) "
               r"(?:al |helemaal |volledig |gelukkig )?(?:" + _H35_WEG[3:-1] + r"|weg|verdwenen)\b(?!(?: \S+){0,15}? {RECURRED}\b)",)
#: de thermometer op een vast uur gelezen, geen koorts die terugkomt (sessie 35H; bot/reading/redflags.py _fever_every_evening):
#: "ik meet elke avond", "ik heb elke avond gemeten", "elke avond mijn temperatuur genomen" (niet "ik neem elke avond een dafalgan")
FEVER_MEASURED = (r"(?:meet|mat|maten|meten|gemete[n]|controleer|controleerde|gecontroleerd|check|checkte|gecheckt)(?: (?:ik|k|het|mijn temperatuur"
                  r"|de temperatuur|mijn koorts))? (?:elke|iedere|alle) (?:avon[d]|nach[t]|namidda[g])",
                  r"(?:elke|iedere|alle) (?:avon[d]|nach[t]|namidda[g]) (?:\w+ ){0,3}?(?:gemete[n]|gecontroleerd|gecheckt|temperatuur genomen"
                  r"|temperatuur gepakt)\b",
                  r"(?:elke|iedere|alle) (?:avon[d]|nach[t]|namidda[g]) (?:meet|controleer|check) (?:ik|k)\b")

# ---- sessie 36C: een botsing of val ontkend met "nergens", een bijna-aanrijding, een botsing alleen gezien (NOT_A_FALL) ----
#: "nergens" vlak voor het woord van de val of botsing: "ik ben nergens tegen gebotst", "nergens op gevallen", "k zen nievers
#: gevallen" (niet "nergens anders": "ik ben gevallen en heb nergens anders pijn")
#: niks of niemand als wat geraakt werd: "gebotst tegen niks" (niet "niks anders"; niet "gevallen, niks gebroken")
#: bijna geraakt, na de woorden van de botsing: "een auto raakte mij bijna maar remde" (een val erna blijft)
#: een botsing alleen gezien op een scherm: "ik zag een botsing in een film", "een film met een aanrijding", "een ongeluk op
#: het nieuws" (niet "een val in de tv kamer")
NOT_A_FALL += (
    (r".", r"\b(?:nergens|nievers|nerges|nergenst|nieveranst)(?: (?:echt|meer|ooit|eens|tegen|tegenaan|op|aan|van|mee|in))*$", ()),
    (r"\b(?:gebotst|botste\w*|botst|geknald|knalde\w*|knalt|aangereden|gebonkt|gebotsd|gestoten|geram[d]|ramde\w*)$", None,
     (r"^ (?:tegen|met|op|aan|in) (?:helemaal )?(?:niks|niets|nix|niemand|nergens)\b(?! (?:anders|ander|anderst)\b)",)),
    (r"\b(?:mij|me|mie|ons)$", None, (r"^ (?:bijna|haast|bijkans|bekan|bijna net)\b",)),
    (r"(?:ongeluk|ongeval|aanrijding|botsing|crash|kettingbotsing|valpartij|val)$",
     r"\b(?:film|serie|documentaire|reportage|filmpje|video|programma|aflevering|journaal|nieuws|beelden) (?:over|met|van)"
     r" (?:een|de|die|dat|het|zo n|zon|n)(?: \w+)?$",
     (r"^(?: \w+){0,3}? (?:op|in|via) (?:de |het |een |t )?(?:tv|televisie|tele|teevee|nieuws|journaal|film|serie|filmpje|video|youtube"
      r"|documentaire|reportage|programma|aflevering|beelden)\b(?! (?:kamer|meubel|kast|zetel|hoek)\b)",)),
)  # fmt: skip

# ---- sessie 36B: Limburgse woorden die een teken verbergen dat het Standaardnederlands wel toont ----
#: Limburgs "vaan" = van, "pien" = pijn ("hae" = hij staat bij de regels hieronder); "tösse" = tussen, "mienen"/"miene" = mijn en "slaope"/"slaopt" = slapen/slaapt
#: staan hier omdat de typo-lezer ze anders verbetert tot "gosse", "mienne", "slappe" (sessie 36B): "hae lig op zienen rogge",
#: "mien bein slaope vaan de knie aaf", "tösse mien bille" (geen van deze is een Engels of Frans woord)
STREET.update({"vaan": "van", "pien": "pijn", "tosse": "tussen", "tossen": "tussen", "mienen": "mijn", "miene": "mijn", "zienen": "zijn",
               "slaope": "slapen", "slaopt": "slaapt", "sjlaope": "slapen", "sjlaopt": "slaapt"})
#: ... en de woorden die elders een ander woord zijn, alleen waar ze het Limburgse woord moeten zijn (sessie 36B; tussen haken:
#: geen woorden voor de typo-lezer): "zien"/"zienen" = zijn voor een lichaamsdeel (elders het werkwoord "zien", "ik kan mijn
#: tenen niet zien"), "zie" = zij (de flank, gelezen als "zijkant": "zij" is ook "she") na "op mijn" (elders "ik zie"), "rogge" = rug na een bezittelijk woord (elders
#: de rogge), "ouch" = ook na een persoon of voor "niks" (het Engelse "ouch" blijft), "mer" = maar voor een Nederlands woord
#: (de Franse "mer" blijft), "good" = goed na "niet"/"neet" of "mie" (het Engelse "good" blijft), "teen" = tenen na "tot (in/aan)
#: de" (de ene teen elders blijft), "nieks" = niks, "noets" = nooit, "ummer" = steeds, "taenge" = tegen
_B36_PART = (r"(?:twee |beide |allebei )?(?:zi[e]|zi[j]|rogg[e]|ru[g]|rog[k]|bei[n]|bee[n]|bene[n]|ben[e]|beins[j]|kni[e]\w*|tee[n]|tene[n]"
             r"|tein[e]|achterst[e]|kon[t]|ga[t]|bil|bill[e]n?|voe[t]\w*|vuu[t]\w*|(?:linker|rechter)\w*|kruu[s]|krui[s]"
             r"|stuu[t]\w*|stui[t]\w*|lie[s]|onderru[g]|onderrogg[e]|darme[n]|dij\w*|dye[n])")
#: een knie of been dat "weggeeft" voor "het begeeft", van een anderstalige schrijver (sessie 38D): "mijn knie geeft weg op de
#: trap", "sinds maandag geeft mijn knie soms weg", "omdat mijn been weggaf" (geen eigen onderwerp ertussen, geen voorwerp ervoor:
#: "mijn knie doet pijn dus ik geef mijn fiets weg" blijft); "meer slecht" is "slechter" (niet "niet meer slecht")
_B38_NO_SUBJECT = r"(?: (?!(?:en|maar|ik|we|wij|je|jij|hij|zij|ze|u|dus|want|omda[t]|of)\b)\w+){0,3}?"
_B38_NO_OBJECT = (r"((?: (?!(?:mijn|mn|m|me|de|het|een|die|dat|deze|dit|zijn|haar|ons|onze|hun|alles|iets|niets|niks|dinge[n]|spulle[n])\b)"
                  r"\w+){0,3}?)")
SPOKEN_PHRASES += (
    (r"\b((?:linke[r]|rechte[r])?(?:been|benen|knie|knieen)" + _B38_NO_SUBJECT + r") (?:geef[t]|geve[n]|gaf|gave[n])" + _B38_NO_OBJECT + r" weg\b",
     r"\1 begeeft het\2"),
    (r"\b(?:geef[t]|geve[n]|gaf|gave[n]) ((?:mijn |mn |m |me |de |beide |allebei |twee )*(?:linke[r]|rechte[r])?(?:benen|knieen|been|knie)"
     r"(?: \w+){0,2}?) weg\b", r"begeeft \1 het"),
    (r"\b((?:linke[r]|rechte[r])?(?:been|benen|knie|knieen)" + _B38_NO_SUBJECT + r") (?:weggeef[t]|weggeve[n]|wegga[f]|weggave[n]|weggegeve[n])\b",
     r"\1 begeeft het"),
    (r"(?<!\bniet )(?<!\bnie )(?<!\bgeen )\bmeer (?:slecht|slechte[r])\b", "slechter"),
)
SPOKEN_PHRASES += (
    (r"\bziene[n]?(?= " + _B36_PART + r"\b)", "zijn"),
    (r"(?<!\bik )(?<!\bwe )(?<!\bwij )(?<!\bze )(?<!\bzij )\bzie[n](?= " + _B36_PART + r"\b)", "zijn"),
    (r"\b((?:op|aan|van|over) (?:mijn|zijn|haar|mn|zn|m|de|d|een|ne|n|ene|die|ander[e]|linke[r]|rechte[r]|link[e]|recht[e]) )zi[e]\b", r"\1zijkant"),
    (r"\b((?:mijn|zijn|haar|mn|zn|m|de|d|ons|onze|op|in|aan|onder|van) (?:\w+ )?)rogg[e]\b(?!\w)", r"\1rug"),
    (r"\b((?:ik|hij|zij|ze|we|wij|het|t|dat|die|mijn \w+|zijn \w+|voel \w+|voelt \w+) )ouc[h]\b", r"\1ook"),
    (r"\bouc[h](?= (?:niks|niets|niet|geen|nog|al|wel|mee[r]|nooi[t]|alti[j]d|pij[n])\b)", "ook"),
    (r"\bme[r](?= (?:niks|niets|niet|geen|ik|hij|zij|ze|het|t|dat|dan|nu|noe|wel|nog|ook|ouc[h]|ummer|steeds|nooit|noet[s]|de pij[n]|mijn|zijn)\b)",
     "maar"),
    (r"\b((?:niet|meer|zo|te) )goo[d]\b(?! (?:for|at|to|enough|morning|night|news|thing)\b)", r"\1goed"),
    (r"\b(tot (?:in |aan )?(?:de|mijn|zijn|haar|d) )tee[n](?= |$)(?! (?:van|is|was|doet|deed)\b)", r"\1tenen"),
    # "hae" = hij, niet voor een woord van de blaas of de darm: de regels van de blaas lezen "hij kan zijn plas niet ophouden" van
    # een naaste niet, ongelezen las het Limburgs het wel (een teken gaat nooit verloren)
    (r"\bha[e]\b(?!(?: \w+){0,6}? (?:plas\w*|blaa[s]|urine|pis\w*|pies\w*|stoelgan[g]|ontlastin[g]|kak\w*|poep\w*|\w*broe[k]|wc|toile[t])\b)", "hij"),
    (r"\bniek[s]\b", "niks"), (r"\bnoet[s]\b", "nooit"), (r"\bumme[r]\b", "steeds"), (r"\btaeng[e]\b", "tegen"),
    (r"\b(niks|nooit) mi[e]e?\b", r"\1 meer"),
    # Limburgs "sjrief"/"sjrieve" = schrijf/schrijven: de schrijver voor een naaste, zoals "ik schrijf voor mijn man" (dan is "zijn" de
    # patiënt): "ich sjrief veur mien vader, zien beide bein ..."
    (r"\bsjrie[f]\b", "schrijf"), (r"\bsjriev[e]n?\b", "schrijven"),
    # "bein" is read as one "been" (sessie 23N); na "beide", "twee" of voor een werkwoord in het meervoud zijn het de benen: "mien
    # beide bein slaope", "mien bein weure sjlap"
    (r"\b((?:beide|twee|allebei|allebeide|tussen mijn|tussen zijn|tussen haar|tussen de) )bee[n]\b", r"\1benen"),
    (r"\b((?:mijn|zijn|haar|de) )bee[n](?= (?:slapen|worden|zijn|tintelen|kriebelen|voelen)\b)", r"\1benen"),
    (r"\b((?:mijn|zijn|haar|tussen|beide|twee) )bill[e]\b", r"\1billen"),
)
#: echte woorden één letter naast de nieuwe straatwoorden en patroonwoorden van sessie 36 (Limburgs "tossen", "mienen",
#: "zienen", "ummer"; "kriebelen", "stonden"): geen typfouten om te verbeteren
REAL_NEIGHBOURS = REAL_NEIGHBOURS | frozenset("""
    kribbelen kriebelden fiene kiene miele miese wiene kienen maenen meinen wienen sponden standen stolden stonken tonden
    topse tosss bossen dossen hossen lossen mossen ossen rossen torsen trossen vossen emmer immer zieden zieken zienden
    ziener zoenen
""".split())
# ---- sessie 35E ----------------------------------------------------------------------------------------------------------
#: de naam van een alarmteken gelezen op een papier, de betekenis gevraagd en het teken ontkend (sessie 35E): "op het blad
#: van de kine staat zadelanesthesie. wat dat wil zeggen? ik heb dat niet"
#: ... de betekenis gevraagd in de volgorde van een bijzin: "wat dat betekent", "wat dat is", "wat dat wil zeggen"
TERM_ASKED_AFTER += (r"wat (?:dat|da|dit|het) (?:\w+ )?(?:betekent|betekend|is|wil zeggen|inhoudt)",)
#: ... gelezen op een papier of een blad: "op het papier van de fysio is geschreven", "op het blad van de kine staat"
HEARSAY += (r"(?:op|in) (?:een |de |het |dat |die |dit |ne |nen )?(?:\w+ )?(?:papie[r]|bla[d]|fich[e]|folde[r]|foldertj[e]|brochur[e]|blaadj[e]"
            r"|papiertj[e]|formulie[r]|oefenbla[d]|lijs[t]|lijstj[e])(?: (?:van|gekregen van) (?:de |het |mijn |mn |ne |nen )?\w+)?"
            r" (?:(?:is|was|werd|staat|stond) (?:er )?(?:geschreve[n]|opgeschreve[n]|vermel[d]|genoem[d])|staat|stond|stonden|staan)\b",)
#: ... wie het opschreef: "de fysio heeft zadelanesthesie opgeschreven"
NAMED_BY_CARER += (r"(?:dokter|docter|huisarts|arts|dr|kine|kinesist|fysio|fysiotherapeut|osteo|osteopaat|specialist|therapeut)"
                   r"(?: \w+){0,3}? (?:opgeschreve[n]|geschreve[n]|schreef|noteerde|genoteer[d])\b",)
#: ... incontinentie is ook de naam van een teken: "wat is incontinentie?" (niet "ik heb incontinentie")
SIGN_TERMS += (r"(?:urine|urine ?|fecale |darm)?incontinentie",)

# ---- sessie 36E ----------------------------------------------------------------------------------------------------------
#: de vraag van een formulier, een website of de bot geciteerd (sessie 36E): "ze vragen of ik afgevallen ben", "je vroeg of ik
#: koorts heb", "op de vragenlijst vragen ze of ..." (wat volgt is hun vraag; het teken valt dan alleen weg als het eigen teken
#: goed verteld wordt: ontkend, of het gewicht bewust verloren)
HEARSAY += (r"(?:ze|zij|jullie|je|ge)(?: \w+){0,1}? (?:vragen|vroegen|vraagt|vroeg|willen weten|wilden weten)(?: (?:me|mij|mn))?(?= of\b)",
            r"(?:vragen|vroegen|vraagt|vroeg) (?:ze|zij|jullie|je|ge)(?: (?:me|mij))?(?= of\b)")
#: ... en het eigen korte antwoord, een zinsdeel op zich: "nee hoor", "nee", "ik niet", "heb ik niet", "ben ik niet"
SIGNS_DENIED += (r"(?:^|(?<=\. )|(?<=, ))(?:(?:nee|neen)(?: hoor)?(?: ,)? )?(?:ik niet|bij mij niet|(?:heb|ben) ik (?:niet|nie|ni))(?= ,| \.|$)",)

# "zijn" voor plas en ontlasting (sessie 37A): "ik schrijf voor mijn man, hij kan zijn plas niet meer ophouden"
PROXY_PRONOUNS_BEFORE["zijn"] = ("mijn", PROXY_PRONOUNS_BEFORE["zijn"][1][:-1] + r"|plas|urin[e]|ontlastin[g]|sluitspie[r])")

# ---- sessie 37B: een val verteld als op de grond of de vloer beland, ook na een bijna-val (TRAUMA_PATTERNS) ----
#: "ik ben op de grond beland", "ik kwam op de vloer terecht", "ik belandde op de grond", "bijna gevallen, ik lag op de vloer",
#: "bijna gevallen en lag ik plat": daar terechtkomen is een val, wat er ook voor kwam (bijna gevallen zonder landen blijft niets:
#: "bijna gevallen maar kon me nog vastgrijpen"; niet "ik lig op de grond om te strekken", niet "niet op de grond terechtgekomen")
TRAUMA_PATTERNS += (
    r"\bop (?:(?:de|den|d) (?:\w+ )?(?:gron[d]|vloe[r]|kasseie[n]|tegel[s])|(?:mijn|mn|m|me) (?:ga[t]|kon[t]|poe[p]|ree[t])) (?:\w+ ){0,2}?(?:belan[d]|beland[t]|terechtgekome[n]|terech[t] gekome[n]"
    r"|neergekome[n]|neer gekome[n]|gelan[d]|gekwak[t]|gesmak[t]|geklets[t]|gedonder[d])\b",
    r"\b(?:belandd[e]|belande[n]|landd[e]|eindigd[e]) (?:ik |k |we )?(?:\w+ ){0,2}?op (?:de|den|d) (?:\w+ )?(?:gron[d]|vloe[r])\b",
    r"\b(?:kwam|kwame[n]) (?:ik |k |we )?(?:\w+ ){0,2}?op (?:de|den|d) (?:\w+ )?(?:gron[d]|vloe[r]) (?:\w+ ){0,2}?(?:terech[t]|nee[r])\b",
    # ... de bijna-val, dan daar liggen: "bijna gevallen, ik lag op de vloer", "bijna uitgegleden en lag ik plat"
    r"\b(?:bijna (?:\w+ )?(?:gevalle[n]|gestruikel[d]|uitgegled[e]n|onderuit ?gegaa[n]|vie[l]|struikeld[e]|glee[d] uit|ging onderuit)"
    r"|(?:vie[l]|struikeld[e]|glee[d]) (?:ik |k )?bijna)\b"
    r"(?: \S+){0,6}? (?:lag|lage[n]|belandd[e]) (?:ik |k |we )?(?:\w+ )?(?:op (?:de|den|d|mijn|mn|m) (?:\w+ )?(?:gron[d]|vloe[r]|ga[t]|kon[t]|poe[p])|pla[t])\b",
)

# ---- sessie 37G: de zitvlakstreek als streek genoemd, dik, gevoerd of als watten aangevoeld (SADDLE_RULES) ----
#: de streek, de zone, het gebied waar men op zit: "heel de streek waar ik op zit", "de zone waar ge op zit"
AREA += (r"(?:stree[k]|zone|gebie[d]|deel|plek|stuk) (?:waar|wa|waaro[p]) (?:ik|k|je|ge|men|gij|jij) (?:\w+ )?(?:op )?(?:zit|zitten|zat)",)
#: dik aangevoeld daar (alleen bij de plek; niet het kussen dat dik voelt): "mijn poep voelt dik aan", "het voelt zo dik",
#: een laag watten ertussen: "alsof er een dikke laag watten tussen zit", "precies watten" (niet "ik heb watten nodig")
NUMB_SADDLE += (
    r"(?<!\bkusse[n] )(?<!\bmatra[s] )(?<!\bzetel )(?<!\bstoel )(?<!\bluie[r] )(?<!\bbroek )"
    r"(?:voel[t]|voele[n]|voeld[e]|voelde[n]|aanvoel[t]|aanvoele[n]) (?:(?!(?:niet|nie|geen|nooit)\b)\w+ ){0,3}?(?:dik|dikk[e]|gevoer[d]|opgevul[d]"
    r"|gewatteer[d])\b(?! (?:\w+ )?(?:kusse\w*|matra\w*|zetel|stoel))",
    r"(?:laag|lage[n]|pak|prop|dot|kussen) (?:\w+ )?(?:watte[n]|katoe[n]|schui[m]|piepschui[m]|vilt)\b",
    r"(?:als|alsof|precies|gelijk|net) (?:of )?(?:\w+ ){0,3}?(?:laag|lage[n]) (?:\w+ ){0,2}?tusse[n]\b",
    r"(?:als|alsof|precies|gelijk|net) (?:(?!nodi[g]|moet|moest|gebruik\w*|koop\w*|koch[t])\w+ ){0,5}?watte[n]\b",
)
#: dik gezegd van een ding, niet van de plek (bot/reading/redflags.py _thick_of_object): "het kussen onder mijn poep voelt dik aan"
THICK_WORD = ("dik", r"dikk[e]", r"gevoer[d]", r"opgevul[d]", r"gewatteer[d]")
THICK_OBJECT = (r"kusse[n]", r"kussentj[e]", r"matra[s]", r"zete[l]", r"dekbe[d]", r"handdoe[k]")
#: ... tenzij als beeld van het dove gevoel (sessie 37G): "het is alsof ik door een dikke handdoek zit"
THICK_SIMILE = ("alsof", "als", "precies", "door", "gelijk")

#: kracht die beetje bij beetje weggaat, zonder "erger" (session 37H, issue 12): "elke week een beetje minder kracht", "minder
#: kracht met de dag", "kracht verliezen stukj[e] bij stukj[e]", "van week tot week slapper"; een verergering (WORSE_NOW) en, met
#: een been of voet in de zin, een verergerend been (bot/reading/redflags.py _SHARED_WORSENING). Alleen kracht die weggaat:
#: "de pijn is elke week wat minder", "elke week wat meer kracht" zijn geen verergering.
_STEADY_TIME = (r"(?:beetje bij beetje|stukj[e] bij stukj[e]|stilaan|stillekesaan|stilletjesaan|langzaam|langzaamaan|geleidelijk"
                r"|gaandeweg|met de dag|met de week|van (?:dag|week) tot (?:dag|week)|(?:dag|week) na (?:dag|week)"
                r"|(?:elke|iedere) (?:dag|week))")
STEADY_LOSS = (
    r"(?:elke|iedere|per) (?:dag|week|maan[d]) (?:\w+ ){0,4}?minder (?:kracht|sterkt[e])",
    r"(?<!geen )minder (?:kracht|sterkt[e]) (?:\w+ ){0,3}?(?:(?:elke|iedere|per) (?:dag|week|maan[d])|met de (?:dag|week)"
    r"|van (?:dag|week) tot (?:dag|week)|(?:dag|week) na (?:dag|week))",
    r"(?:van (?:dag|week|maan[d]) tot (?:dag|week|maan[d])|(?:dag|week|maan[d]) na (?:dag|week|maan[d])) (?:\w+ ){0,2}?"
    r"(?:zwakker|slapper|krachtelozer|minder (?:kracht|sterkt[e]))",
    r"minder en minder (?:kracht|sterkt[e])",
    r"(?:verlies|verliest|verliezen|verloo[r]|verloren) (?:\w+ ){0,3}?(?:kracht|sterkt[e])(?: \w+){0,3}? " + _STEADY_TIME,
    r"(?:verlies|verliest|verliezen) " + _STEADY_TIME + r" (?:\w+ ){0,2}?(?:kracht|sterkt[e])",
    _STEADY_TIME + r" (?:\w+ ){0,3}?(?:verlies|verliest|verliezen|verloo[r]) (?:\w+ ){0,2}?(?:kracht|sterkt[e])",
)
WORSE_NOW += STEADY_LOSS
#: real words one letter from the limbs of session 37H's new patterns (LIMBS in the worsening patterns): no typos to correct
REAL_NEIGHBOURS = REAL_NEIGHBOURS | frozenset("linkerbenen linkerteen rechterbenen schee scheef scheel scheep scheer scheet schoen screen sheen".split())

#: een teken in het algemeen gevraagd, hoe men het merkt of of het van de rug kan komen (sessie 37C): "hoe merk je dat", "waaraan
#: merkt men ...", "kan incontinentie door de rug komen" (alleen weg als het eigen daarna goed verteld is: _own_told_fine)
GENERAL_SUBJECT += (r"(?:hoe|waaraan|waar aan) (?:merk|merkt|weet|weten|zie|ziet|voel|voelt|herken|herkent|ontdek|ontdekt)"
                    r" (?:je|ge|men|iemand|u|mensen)\b",
                    r"hoe (?:kan|kun|kunt|zou|moet) (?:je|ge|men|iemand|u|mensen) (?:\w+ )?(?:merken|weten|zien|voelen|herkennen)\b",
                    r"(?:kan|kunnen|komt|komen) (?!(?:ik|k|mijn|mn|me|mij|m)\b)(?:\w+ ){0,10}?(?:van|door|uit) (?:de |je |een |het |ne |e )?"
                    r"(?:\w+ )?(?:rug|ruggengraat|wervelkolom|hernia|rughernia|discushernia|zenuw|zenuwen|ischias) (?:\w+ )?"
                    r"(?:komen|komt|ontstaan|veroorzaakt)\b")
#: een aanloop die de vraag algemeen noemt, overgeslagen voor een GENERAL_SUBJECT (sessie 37C; de dubbele punt valt weg):
#: "algemene vraag: ...", "vraagje tussendoor: ...", "uit nieuwsgierigheid: ..."
GENERAL_LEAD = (r"(?:een )?(?:algemene|kleine|korte|rare|domme) vraag(?:je)?(?: tussendoor)?", r"(?:een )?vraag(?:je)? tussendoor",
                r"(?:puur |gewoon |enkel )?uit (?:pure )?nieuwsgierigheid",)
#: gewoon, op het eind van zijn deel (sessie 37C): "plassen gaat (bij mij) gewoon", "bij mij gaat alles gewoon" (niet "gaat gewoon
#: niet", "gaat gewoon door")
ALL_WELL += (r"\bgaat (?:bij (?:mij|mn|mijn|ons) )?(?:hier )?(?:nog )?(?:alles |allemaal )?(?:nog )?gewoo[n](?: hoor)?(?= ,| \.|$)",)

# ---- session 37I: koorts ontkend alleen tot een moment in het verleden: ze begon toen ----
#: "geen koorts tot gisteren", "tot vanmorgen had ik geen koorts" (niet "tot nu toe", "tot ik de pillen nam")
FEVER_DENIED_UNTIL = (r"tot (?:aan )?(?:gistere[n](?:avon[d]|ochten[d]|morge[n]|midda[g]|nach[t])?|giste[r](?:avon[d]|nach[t]|morge[n])?|eergistere[n]|vannach[t]"
                      r"|vanmorge[n]|vanochten[d]|vanmidda[g]|deze (?:ochten[d]|morge[n]|nach[t]|midda[g]|voormidda[g]|namidda[g])"
                      r"|(?:vorig[e]|voorbij[e]|verlede[n]|afgelope[n]) (?:week|weeken[d])|(?:vorig[e] |afgelope[n] |voorbij[e] )?(?:maanda[g]|dinsda[g]"
                      r"|woensda[g]|donderda[g]|vrijda[g]|zaterda[g]|zonda[g])|(?:een|twee|drie|vier|vijf|enkel[e]|paar|een paar|\d+) (?:dage[n]|dag|weke[n]|week) gelede[n])",)

#: een teken gevraagd voor iemand in het algemeen en dan het zijne gemaakt (sessie 37M; de engine's _generic_owned): "hoe
#: merkt een mens dat ie zijn plas niet meer voelt? ik denk dat ik dat heb". "men" (de Engelse "men") is ook in het Engels
#: een mens in het algemeen.
GENERIC_PERSON = {"iemand": "ik", "mensen": "ik", "een mens": "ik", "men": "ik", "iemands": "mijn"}
GENERIC_PRONOUNS = {"ze": "ik", "hun": "mijn", "zich": "me", "zichzelf": "mezelf"}
#: "ik heb hetzelfde", "heb ik net hetzelfde", "dat is bij mij ook zo"
GENERIC_MINE = (r"(?:ik heb|heb ik|k heb|heb k) (?:net |precies |exact |juist )?(?:hetzelfde|het zelfde|dat ook|da ook)",
                r"(?:dat|da|dit) is (?:bij mij|bij mij ook|ook bij mij|mijn geval) (?:ook )?(?:zo|het geval)")

# ---- session 38A: de zone verteld met hoe weinig gevoel er nog is (bot/reading/redflags.py SADDLE_RULES) ----
#: haast geen gevoel meer, het gevoel zo goed als weg, uitgeschakeld, vaag gevoeld, of zitten alsof men boven de stoel zweeft (alleen
#: bij de zone): "mijn bilnaad heeft haast niks meer van gevoel", "rond mijn gat amper nog gevoel", "het gevoel tussen mijn benen is
#: bijna weg", "mijn kruis is precies uitgeschakeld", "voel het heel vaag", "alsof ik boven de zetel zweef" (niet weinig pijn: "amper
#: pijn tussen mijn benen"; "maar" en "nu" splitsen de zin, dus niet in deze woorden)
NUMB_SADDLE += (
    r"(?:haast|bijna|zo goed als|quasi|zowa[t]|nagenoe[g]) (?:niks|niets|geen) (?:meer )?(?:van |aan )?gevoe[l]\b",
    r"(?:nauwelijk[s]|amper|haast geen|bijna geen|weinig) (?:nog|meer) (?:\w+ )?gevoe[l]\b",
    r"(?:heel|zeer|erg|zo|super) weinig (?:nog |meer )?gevoe[l]\b",
    r"(?:het|t|mijn|mn|m|al het|alle) gevoe[l] (?:\w+ ){0,4}?(?:bijna|haast|zo goed als|quasi|zowa[t]|nagenoe[g]|grotendeel[s])"
    r" (?:helemaal |volledi[g] )?(?:weg|verdwene[n]|kwij[t]|foetsi[e])\b",
    r"uitgeschakel[d]|uitgeschakel[t]|(?:precies|gelijk|alsof|als|helemaal|zo goed als) (?:\w+ )?(?:uitgeze[t]|afgeze[t])\b",
    r"(?:voel|voelt|voelde|voelen) (?:\w+ ){0,3}?(?:heel |erg |zo |super |zeer |nog )?vaa[g]\b(?! (?:\w+ )?pijn)",
    r"(?:zwee[f]|zweef[t]|zweve[n]|zweefd[e]) (?:\w+ ){0,3}?boven (?:de |het |mijn |ne |nen )?(?:\w+ )?(?:zete[l]|stoe[l]|zittin[g]|bank|zade[l]|bril"
    r"|kusse[n]|autostoe[l]|wc)\b",
    r"boven (?:de |het |mijn |ne |nen )?(?:\w+ )?(?:zete[l]|stoe[l]|zittin[g]|bank|zade[l]|bril|kusse[n]|autostoe[l]|wc) (?:te )?(?:zwee[f]|zweef[t]"
    r"|zweve[n]|zweefd[e])\b",
)
#: ... een test met de nagel of de vinger, zwak gevoeld (engine: TOUCHED ... FELT_NOTHING): "met mijn nagel over mijn bilnaad en dat
#: is heel vaag", "in mijn perineum geprikt, voel ik amper iets"
FELT_NOTHING += (r"(?:is|was|voelt|voelde|voel) (?:\w+ ){0,2}?(?:heel |erg |super |zeer )?(?:vaa[g]|flau[w])",
                 r"(?:amper|nauwelijk[s]|haast|bijna) (?:\w+ )?(?:voel\w*|gevoel[d]|iets)")
#: (session 38C; the English "foot slip", a foot asleep spelt as a slip, bot/reading/redflags.py _slipped_then_fell: none here)
SLIP_ASLEEP: tuple = ()
FALL_AFTER_SLIP: tuple = ()

# ---- sessie 38C (issue 12): een val of een klap verteld zonder "gevallen" (TRAUMA_PATTERNS) ----
#: "ik val" in de tegenwoordige tijd voor een val van toen, met de plek of het lichaamsdeel ("vrijdag ik val van mijn velo",
#: "zaterdag val ik op het ijs op mijn stuit", "ik donder van de trap"; niet "ik val in slaap", "ik val af", "als ik val", "ik
#: val bijna", "ik val op mijn rug in slaap", "ik val van mijn stoel"), neergeknald, tegen de grond of de vlakte gegaan (niet
#: "ik ga tegen de grond liggen"), een voertuig dat de fiets raakt of ramt ("een auto raakte mijn fiets"; niet "ik raakte
#: mijn fiets kwijt")
_VAL_NU = r"(?:val|donde[r]|kna[l]|sma[k]|kuke[l]|tuime[l]|kwa[k]|laze[r]|flikke[r]|sodemiete[r]|dukke[l])"
_VAL_PLEK = (r" (?!(?:bijna|haast|bijkans|niet|nie|ni|nooit|af)\b)(?:\w+ ){0,2}?(?:van|op|in|uit|tegen|door|over|lang[s]) (?:(?:de|het|t|mijn|mn|m|me|den|d|een|ne|nen"
             r"|e|onze) )?(?:\w+ )?(?:fiet[s]|vel[o]|tra[p]|ladde[r]|lee[r]|straa[t]|gron[d]|vloe[r]|stoe[p]|ij[s]|da[k]|paar[d]|bromme[r]|scoote[r]"
             r"|steige[r]|ru[g]|stui[t]|bille[n]|kon[t]|ga[t]|poe[p]|trede[n]|tree[n]|kasseie[n]|tegel[s]|trottoi[r])\b"
             r"(?!(?: \w+){0,4} in (?:slaa[p]|zwij[m])\b)(?! op(?: \.|$))")
TRAUMA_PATTERNS += (
    r"(?<!\bals )(?<!\bdat )(?<!\bof )(?<!\bbang )(?<!\bzodat )\b(?:ik|k) (?:\w+ )?" + _VAL_NU + _VAL_PLEK,
    r"(?<!\banders )(?<!\bstrak[s] )(?<!\bals )\b" + _VAL_NU + r" (?:ik|k)" + _VAL_PLEK,
    r"\bneer ?gekna[l]d\b",
    r"\btegen (?:de|den|d) (?:gron[d]|vlakt[e]|vloe[r]|stoe[p]|kasseie[n]|straa[t]) (?:\w+ )?(?:gegaa[n]|gevloge[n]|geknal[d]|gesmak[t]|geklap[t]"
    r"|gekwak[t]|gegooi[d]|gewerk[t]|geduw[d]|geslage[n])\b",
    r"\b(?:ging|ginge[n]|gaan|ga|gaat|vloo[g]|vloge[n]|knald[e]|smakt[e]|sma[k]|kna[l]|klapt[e]|kwakt[e]|sloe[g]|donderd[e]|gooid[e]|duwd[e]|werkt[e])"
    r" (?:\w+ ){0,2}?tegen (?:de|den|d) (?:gron[d]|vlakt[e])\b(?! (?:\w+ )?(?:liggen|zitten|aan|om te|strekken)\b)",
    r"\b(?:raak[t]|raakt[e]|raakte[n]|ram[t]|ramd[e]|schep[t]|schept[e]) (?:\w+ )?(?:mijn|mn|m|onze) (?:\w+ )?(?:fiet[s]|fietsj[e]|vel[o]|bromme[r]"
    r"|scoote[r]|auto|wage[n]|achterwie[l]|voorwie[l])\b(?! (?:\w+ )?(?:kwijt|aan|niet)\b)",
)
# ---- sessie 38G: een bijna-val verteld, dan gevraagd of het als een val telt ----
#: de eigen val ontkend (sessie 38G, gelezen door _fall_told_denied als er een algemene vraag over een val volgt): "niet gevallen",
#: "nooit echt gevallen", "geen val", "zonder te vallen", "ik viel niet" (niet "in slaap gevallen")
FALL_DENIED = (r"(?:niet|nooit|geen|zonder) (?:echt |eens |helemaal |zelfs |effectief |eigenlijk )?(?:gevallen|gevalle|val|valpartij|neergevallen"
               r"|omgevallen|te vallen)\b",
               r"(?:viel|val) (?:ik |k |ik dus |ik toch )?(?:niet|nooit)\b")
#: een vraag of het vertelde een val of ongeval is voor wie gevraagd wordt (sessie 38G): "is dat een ongeval voor jullie?", "wordt
#: dat als een val gezien?", "zien jullie dat als een val?"; "u" leest de normaliser als "you") (alleen weg als het eigen goed verteld is: _own_told_fine)
GENERAL_SUBJECT += (r"(?:is|was) (?:dat|dit|het|da|t) (?:nu |dan |eigenlijk |echt |ook |al |wel )?(?:een )?(?:val|valpartij|ongeval|ongeluk|trauma)"
                    r" (?:voor|volgens) (?:jullie|u|you|jou|je|ge|de \w+|dokters)\b",
                    r"(?:wordt|werd) (?:dat|dit|het|da|t) (?:nu |dan |eigenlijk |echt |ook |wel )?(?:als|voor) (?:een )?(?:val|valpartij|ongeval"
                    r"|ongeluk|trauma) (?:gezien|beschouwd|gerekend|geteld|aanzien|bekeken)\b",
                    r"(?:zien|beschouwen|rekenen|tellen) (?:jullie|u|je|ge|ze|dokters) (?:dat|dit|da|het) (?:nu |dan |eigenlijk |echt |ook |wel )?als\b")
# ---- sessie 38F: de naam van een teken van zwakte gevraagd, het eigen stappen in orde ----
#: de naam van een teken van zwakte (sessie 38F): gevraagd als term ("wat is een klapvoet eigenlijk?", "wat is dat, zon
#: dropvoet?") valt hij uit de eigen lezing, en de zwakte valt weg alleen met het eigen stappen in orde verteld
#: (bot/reading/redflags.py _weak_terms_asked); kaal gevraagd blijft hij gelezen
WEAKNESS_TERMS = (r"(?:klapvoe[t]|klapvoete[n]|dropvoe[t]|drop voe[t]|hangvoe[t]|hangvoete[n]|spitsvoe[t])",)
#: "zon klapvoet": het woord voor de term (sessie 38F)
TERM_FILLERS += ("zon", "zo een", "zoiets als een")
#: het eigen stappen in orde, op hielen en tenen, nooit struikelen, de zolen (sessie 38F; alleen de zwakte, het eind van een
#: zinsdeel erna): "op mijn hielen en tenen lopen lukt prima", "ik kan op de hielen en de tenen staan", "mijn zolen slijten gewoon"
_HIEL_TEEN = r"(?:(?:mijn |mn |de |m )?(?:hielen|hiele[n]|tenen|tippen|hakken|tenenpunten))"
WEAKNESS_DENIED += (rf"\bop {_HIEL_TEEN}(?: en (?:op )?{_HIEL_TEEN})? (?:(?:lopen|staan|stappen|wandelen) )?(?:lukt|lukken|gaat|gaan|kan ik|ging)"
                    r" (?:\w+ ){0,2}?(?:prima|goed|perfect|normaal|zonder (?:enig )?(?:probleem|problemen|moeite))(?= ,| \.|$)",
                    rf"\b(?:ik|k) kan (?:gewoon |perfect |prima |nog |zonder moeite )?op {_HIEL_TEEN}(?: en (?:op )?{_HIEL_TEEN})? (?:lopen|staan|stappen|wandelen)"
                    r"(?: (?:zonder (?:enig )?(?:probleem|problemen|moeite)|geen probleem|prima|goed))?(?= ,| \.|$)",
                    r"\b(?:ik|k|en) (?:struikel|trip) (?:\w+ )?(?:nooit|nie|niet)(?= ,| \.| en|$)",
                    r"\b(?:mijn |mn )?(?:schoen)?zolen (?:slijten|verslijten) (?:\w+ )?(?:normaal|gewoon|gelijk|gelijkmatig|mooi gelijk)\b",
                    r"\b(?:het )?(?:stappen|wandelen|lopen) gaat (?:bij mij )?(?:\w+ )?(?:prima|goed|normaal|perfect)(?= ,| \.|$)")
# ---- sessie 38H: een bericht voor een naaste getypt, het teken van de cauda of de zenuwen van de naaste gelezen als het hunne ----
#: voor een naaste geschreven of gevraagd, in dialect (sessie 38H, Limburgs, Vlaams): "ich sjrief veur os mam", "ich vraog 't veur
#: mien vrouw", "k vroag het vo ozze pa", "ik stel de vraag voor mijn vader" ("os", "oos" = ons; "vraog", "vroag" = vraag)
PROXY += (r"(?:(?:ik|k|kik|ich) )?(?:schrij[f]|schrijv\w*|schrie[f]\w*|vra[a]g\w*|vrao[g]\w*|vroa[g]\w*|stel de vraag)"
          r" (?:dit |het |da |dat |t |dees |de vraag )?(?:voor|voe|vo|veur|vur|namens) (?:os |oos |ozze |oze |onzen |mijnen )",
          r"(?:(?:ik|k|kik|ich) )?(?:vrao[g]\w*|vroa[g]\w*|stel de vraag) (?:dit |het |da |dat |t |dees |de vraag )?(?:voor|voe|vo|veur|vur"
          r"|namens) (?:mijn |mn |m |mijne |onze |ons |mien |me )?")

# ---- sessie 38F2: een voet die wegvalt, erger verteld; een deel van het hiel- en teenlopen kwijt ----
#: een voet of de tenen die wegvallen, hangen, doorzakken, klappen, met een verergering erna in dezelfde zin (sessie 38F2):
#: "mijn rechtervoet valt weg en dat wordt elke week erger", "mijn linkervoet hangt steeds meer"; niet een plek waar hij over of
#: uit hangt ("uit bed", "over de rand"), niet zonder verergering
_ZAK_WERKW = (r"(?:valt weg|valle[n] weg|viel weg|hang[t]|hange[n]|blijf[t] hange[n]|zakt door|zakke[n] door|zakt weg|zakke[n] weg|klap[t]|klappe[n]|flop[t])"
              r"(?! (?:\w+ ){0,2}?(?:uit|over|buite[n]|naas[t]|aan|van)\b)")
_ZAK_ERGER = (r"(?:steed[s] (?:meer|erge[r]|verde[r])|(?:word[t]|worde[n]|werd) (?:(?!(?:niet|nie|nooit|geen)\b)\w+ ){0,2}?erge[r]|(?:elke|ieder[e]) (?:dag|week) (?:wat |een beetj[e] |nog )?(?:meer|erge[r])"
              r"|meer en meer|erge[r] en erge[r]|vererge[r]\w*|alsmaa[r] (?:meer|erge[r]))")
WORSENING_PATTERNS += (
    rf"\b(?:\w*voet|\w*voete[n]|tene[n]|teen)\b(?: (?!(?:en|maar|niet|nie|ik|k)\b)\w+){{0,2}}? {_ZAK_WERKW}(?: (?!(?:maar|mar|niet|nie|nooit|geen)\b)\S+){{0,6}}? {_ZAK_ERGER}\b",
)
#: een deel van het hiel- en teenlopen in orde, het andere niet meer (sessie 38F2): "op mijn tenen staan lukt nog, op mijn hielen
#: niet meer", "ik kan op mijn hielen lopen maar niet meer op mijn tenen"
_HT_DEEL = r"(?:(?:mijn |mn |de |m )?(?:hiele[n]|hakke[n]|tene[n]|tippe[n]|tenenpunte[n]))"
WORSENING_PATTERNS += (
    rf"\bop {_HT_DEEL} (?:\w+ ){{0,2}}?(?:lukt|lukke[n]|gaat|gaan|kan ik)(?: \w+){{0,3}}?(?: ,)? (?:maar |en )?op {_HT_DEEL} (?:\w+ )?(?:niet|nie) ?(?:meer|mee)?\b",
    rf"\bop {_HT_DEEL} (?:\w+ ){{0,3}}?(?:, )?maar (?:niet|nie) (?:meer |mee )?op {_HT_DEEL}\b",
)
# ---- sessie 38Y: een koorts of ziekte na een tijd over, sindsdien goed ----
#: de tijd die het duurde en dan over (sessie 38Y; bot/reading/redflags.py _resolved_after): "dat was na een week over", "die was
#: binnen een paar dagen voorbij", Vlaams "da was na ne week gedaan", "na vier dagen was het over", "na een week was 't voorbij",
#: "al lang achter de rug" (niet "was na een week nog niet over": een ontkenning hoort niet in de lijst ertussen; een teken dat
#: terugkwam: RECURRED na het einde)
_Y38_NA = (r"(?:na|binnen|in|op|tegen|al na|pas na) (?:ongeveer |zowat |een kleine |een goeie |een goede |een )?(?:een |twee |drie |vier "
           r"|vijf |zes |zeven |acht |tien |een paar |paar |enkele |\d+ )?(?:dag|dagen|dage|week|weken|weke|nacht|nachten|tijdje)")
_Y38_OVER = r"(?:al |weer |helemaal |volledig |compleet |gewoon |vanzelf |gelukkig )*(?:over|voorbij|gedaan|weg|verdwenen|genezen)\b"
RESOLVED += (r"(?:dat|da|het|t|die|ze|alles) (?:was|is|waren|ging) (?:al |pas |toen |dan )?" + _Y38_NA + " " + _Y38_OVER,
             _Y38_NA + r" (?:was|is|waren|ging) (?:het|t|dat|da|die|ze|alles) " + _Y38_OVER,
             r"(?:al ?lang|allang|al een tijd|al een hele tijd) achter de rug")
#: goed sindsdien, na een koorts in de verleden tijd (sessie 38Y; bot/reading/redflags.py _GONE_NOW, met PAST_CUES in de zin van de
#: koorts): "sindsdien voel ik me prima", "sedertdien ben ik in orde", "ik voel me sindsdien goed", "sindsdien gaat het goed"
#: (niet "sindsdien voel ik me niet goed")
FEVER_GONE_NOW += (r"(?:sindsdien|sedertdien|van toen af|daarna) (?:voel|voelde) (?:ik |k )?(?:me|mij|mezelf) (?:weer |terug |gewoon |helemaal "
                   r"|volledig |echt |heel |best )*(?:prima|goed|fit|kiplekker|gezond|in orde|ok|oke|top|beter|de oude)\b",
                   r"(?:sindsdien|sedertdien|van toen af|daarna) (?:ben|was) (?:ik |k )?(?:weer |terug |gewoon |helemaal |volledig |echt )*"
                   r"(?:prima|goed|fit|kiplekker|gezond|in orde|ok|oke|top|beter|de oude|hersteld|genezen)\b",
                   r"(?:sindsdien|sedertdien|van toen af|daarna) (?:gaat|ging) (?:het|t|alles) (?:weer |terug |gewoon |echt |heel )*"
                   r"(?:prima|goed|top|beter)\b",
                   r"(?:voel|voelde) (?:ik |k )?(?:me|mij|mezelf) (?:al )?(?:sindsdien|sedertdien) (?:weer |terug |gewoon |helemaal |volledig "
                   r"|echt |heel )*(?:prima|goed|fit|kiplekker|gezond|in orde|ok|oke|top|beter|de oude)\b")
# ---- sessie 38L: koorts geteld als geen ----
#: een nul vlak voor het koortswoord of als zijn meting erna (engine _zero_fever): "nul koorts", "0,0 koorts", "koorts: nul" is
#: geen koorts ("nul koorts tot gisteren" begon toen wel: _denied_until)
FEVER_ZERO = ("nul", "0", r"0point0+", r"nul kom[m]a nul", "nada")

# ---- sessie 38Y2: een temperatuur die terugkomt; een koorts na een tijd weg, of nu goed ----
#: de temperatuur weer gestegen, terug, opnieuw omhoog (sessie 38Y2; een koorts nu, ook na een "over" ervoor): "mijn temperatuur is
#: weer gestegen", "de temperatuur loopt terug op", "de temperatuur was weg maar ze is teruggekomen" (niet "terug normaal", "weer
#: gezakt", "terug op 36,8")
FEVER_PATTERNS += (r"\btemperatuu[r](?: \w+){0,5}? (?:(?:maar|en|nu) )?(?:(?:ze|die|het|t|is|was|ze is|die is|het is) )?(?:\w+ )?"
                   r"(?:(?:weer|teru[g]|opnieuw) (?:\w+ )?(?:gestege[n]|omhoog|opgelope[n]|gekome[n]|hoge[r]|aan het stijge[n])|(?:stijg[t]|stee[g]|loopt|liep)"
                   r" (?:weer|teru[g]|opnieuw)|teru[g]gekome[n]|(?:kwam|komt) (?:weer |opnieuw )?teru[g])\b"
                   r"(?! (?:\w+ )?(?:normaal|gezakt|gedaald|beneden|omlaag|op 3[5-7]|naar 3[5-7]|3[5-7])\b)",)
#: een koorts in de verleden tijd, na een tijd weg of nu goed (sessie 38Y2; bot/reading/redflags.py _GONE_NOW, met PAST_CUES in de
#: zin van de koorts): "na vier dagen weg", "binnen de week voorbij", "was na drie dagen verdwenen", "duurde vier dagen", "nu niks
#: meer", "nu is alles goed", "nu ben ik weer in orde" (niet "na een week nog niet weg", "duurt nu al vier dagen")
_Y2_NA = (r"(?:na|binnen|in|op) (?:ongeveer |zowat |een |ne |de |nen )?(?:een |twee |drie |vier |vijf |zes |zeven |acht |tien |een paar "
          r"|paar |enkele |\d+ )?(?:dag|dagen|dage|week|weken|weke|nacht|nachten|tijdje)")
FEVER_GONE_NOW += (r"(?:(?:was|is|ging|waren) )?" + _Y2_NA + r" (?:al |weer |helemaal |volledig |gewoon |vanzelf )*(?:weg|over|voorbij"
                   r"|gedaan|verdwenen|genezen)\b",
                   r"(?<!nu )(?<!al )duurde (?:maar |ongeveer |zowat |een )?(?:een |twee |drie |vier |vijf |zes |zeven |een paar |paar |enkele "
                   r"|\d+ )?(?:dag|dagen|week|weken|nachten)\b",
                   r"(?:nu|intussen|inmiddels|ondertussen|sindsdien) (?:is er |voel ik )?(?:niks|niets|nix|nikske) meer\b",
                   r"(?:nu|intussen|inmiddels|ondertussen) (?:is|gaat) (?:alles|het|t) (?:weer |terug |gewoon |helemaal )*(?:goed|prima|ok|oke"
                   r"|in orde)\b",
                   r"(?:nu|intussen|inmiddels|ondertussen) gaat (?:het|t) (?:weer|terug)(?= ,| \.|$)",
                   r"(?:nu|intussen|inmiddels|ondertussen) (?:ben|voel) (?:ik |k )?(?:me |mij )?(?:weer |terug |helemaal |gewoon )*(?:goed|prima"
                   r"|ok|oke|in orde|fit|beter)\b")

# ---- sessie 39A: een koude, warmte of aanraking van buiten niet gevoeld, dan een komma en waar niet (SADDLE_RULES) ----
#: het niet voelen, het voltooid deelwoord achteraan of het werkwoord vooraan (engine _SHARED_SADDLE, naast FELT_NOTHING): "ik heb
#: de koude niet gevoeld", "'k è de kou nie gevoeld", "ik voelde de handdoek niet" (niet "ik voelde me niet goed")
NOT_FELT_OUTSIDE = (r"(?:niet|nie|ni|nooit|amper|nauwelijk[s]|bijna niet) (?:meer |eens )?gevoel[d]",
                    r"(?:voeld[e]|voelde[n]) (?:ik |k |ge |je )?(?!me\b|mij\b)(?:\w+ ){0,4}?(?:niet|nie|ni)")
#: wat die zin nog mag afsluiten voor de komma: "erva[n]", "daar"
NOT_FELT_TAIL = ("meer", "erva[n]", "er va[n]", "daar", "eigenlij[k]", "hoor", "gewoo[n]", r"van (?:de |het |t |die |dat |den |mijn )?\w+")
#: de lijst van plaatsen na de komma: kleine woorden en plaatswoorden ("niet aan mijn gat en niet tussen mijn benen"); een
#: plaatswoord is nodig
PLACES_FILL = ("niet", "nie", "ni", "noch", "en", "of", "mijn", "min", "mn", "me", "m", "men", "de", "het", "t", "vanvoo[r]", "vanachte[r]",
               "ook", "zelf[s]")
PLACES_PREP = ("aan", "an", "ip", "op", "rond", "rondo[m]", "tusse[n]", "bij", "tege[n]", "onde[r]", "achte[r]")
PLACED_AREA: tuple = ()
PLACE_FINE = ("goed", "normaa[l]", "oke", "prim[a]")
# ---- sessie 39G: de opening van een mantelzorger in twee talen ----
#: de stukken van de opening voor een naaste, over de packs heen gelezen zodat een gemengde opening er een is (sessie 39G;
#: bot/reading/redflags.py _PROXY_MIXED): "ik schrijf pour mon mari", "j ecris voor mijn man", "het is pour mon pere"
PROXY_VERB = (r"(?:(?:ik|k|kik) )?(?:typ|tik|schrijf|schrijv|schrief|schriev|vraag|stuur)\w*(?: dit| het| da| dat| t)?",)
PROXY_FOR = ("voor", "namens", "vur", "veur")
PROXY_OWNER = ("mijn", "mn", "m", "mijne", "mijnen", "onze", "onzen", "ons")
PROXY_IS = ("het is", "t is", "dit is", "da is", "dat is")
# ---- session 39D: de kanker van een naaste verteld op vraag van iemand; dialectmeervouden ----
#: het kader van een bericht doorgegeven op vraag van iemand (sessie 39D; bot/reading/redflags.py _third_party laat het weg, met wie
#: het vroeg, uit de zin die het leest): "mijn vrouw zegt dat ik moet vermelden dat haar vader kanker had", "mn zus vroeg me te
#: melden dat onze moeder ...", "ik moet van mijn vrouw zeggen dat ..." -- de "ik" of "me" die het moet zeggen is niet wie de kanker
#: had (de eigen erna verteld houdt hem: "... dat ik een melanoom heb laten weghalen"; niet voor een kaal "zij", "hij": "mijn
#: moeder vroeg me te zeggen dat ze kanker had" kan voor haar getypt zijn, de vlag blijft)
TOLD_TO_SAY = (r"(?:zegt|zei|zeiden|zeggen|vroeg|vraagt|vroegen|gevraagd|gezegd|wil|wilde|wou|willen|raadt|raadde|aangeraden|moet van"
               r" (?:mijn|mn|m|onze|ons|mijne|min|mien) \w+)"
               r"(?: (?:dat|da|ik|k|me|mij|moet|moest|moesten|te|om|het|t|u|jullie|even|nog|zeker|best|wel|er|erbij|ook|echt|zou|zeggen))*"
               r" (?:melden|vermelden|zeggen|vertellen|doorgeven|laten weten|noteren|aangeven|erbij zetten|schrijven)(?: dat| da| dattem)?"
               r"(?!(?: \w+){0,3}? (?:ze|zij|hij|ie|zie)\b)",)
#: West-Vlaamse meervouden zonder -n (sessie 39D): "min broere", "mijn zusse", "twee nichte" (het gewone "zone", "neve" niet)
FAMILY += (r"broer[e]n?|zuss[e]|nicht[e]",)
# ---- sessie 39E: een koorts die over is in dialect, met een normale meting; een vraag wat koorts is ----
#: Limburgs "vort" = weg, "waeke"/"waek" = weken/week, "daag" = dag, "roond" = rond; Brabants en Limburgs "gedoan" = gedaan (sessie
#: 39E): "de koorts is al drie waeke vort", "t zit roond de 36,6" (geen Engels of Frans woord)
STREET.update({"vort": "weg", "waeke": "weken", "waek": "week", "daag": "dag", "roond": "rond", "gedoan": "gedaan"})
#: the real neighbours of "waeke" (session 39E)
REAL_NEIGHBOURS = REAL_NEIGHBOURS | {"taeke", "wabeke", "wieke"}
#: Vlaams "fini" en "passe" = over (sessie 39E): "de koorts is al lang fini", "da's passe" (niet "is het fini?": een vraag heeft het
#: werkwoord eerst zonder onderwerp ervoor)
RESOLVED += (r"(?:(?:koorts|verhoging|temperatuur|dat|da|het|t|die|ze|alles) )?(?:is|was) (?:al |nu |intussen |inmiddels |helemaal |allang "
             r"|al lang |lang |echt |gelukkig |volledig )*(?:fini|pass[e])(?= ,| \.| en\b| maar\b| sinds\b| sedert\b|$)",
             # ... en een tijd losjes verteld (sessie 39E): "dat is al weken gedaan", "die is al een tijdje weg", "da is al een hele tijd over"
             r"(?:dat|da|het|t|die|ze) (?:is|was) (?:al |nu |intussen |inmiddels |gelukkig )*(?:een |een paar |enkele |paar |een hele "
             r"|een goeie )?(?:dagen|weken|maanden|tijdje|tijd|poos|poosje) (?:al |helemaal )?(?:weg|over|voorbij|gedaan)(?= ,| \.| en\b| maar\b|$)")
#: de koorts zelf, een tijd losjes verteld, dan weg (sessie 39E): "de koorts is al een tijdje weg", "mijn koorts is nu een hele tijd
#: over", "de koorts is al een week of twee weg" (niet "de koorts is nog niet weg", een koorts die terugkwam)
FEVER_OVER += (r"(?:de |die |mijn |mn |me |mijne )?(?:koorts|verhoging|temperatuur) (?:is|was) (?:(?:al|nu|intussen|inmiddels|gelukkig|toch"
               r"|helemaal) )*(?:een |een paar |enkele |paar |een hele |een goeie |een \w+ of \w+ )?(?:dagen|weken|maanden|tijdje|tijd|poos"
               r"|poosje|week|maand)(?: of \w+)? (?:al |helemaal |volledig )?(?:weg|over|voorbi[j]|gedaa[n]|verdwene[n])"
               r"(?= (?:sinds|sedert|vanaf|al|nu|intussen|inmiddels|en|maar)\b| ?[,.]|$)(?!(?: \S+){0,15}? {RECURRED}\b)",)
#: een normale meting nu, "rond de", "op", "onder" (sessie 39E; bot/reading/redflags.py _GONE_NOW, met een koorts in de verleden tijd
#: in zijn zin): "ik meet elke dag en het zit rond de 36,7", "de thermometer staat op 36,8", "schommelt rond 36,6" (niet "38,4")
FEVER_GONE_NOW += (r"(?:zit|zat|zitten|staat|stond|blijft|bleef|ligt|lag|schommelt|schommelde|hangt|hing|is|was|meet|mat|geeft|toont)"
                   r"(?: \w+){0,3}? (?:rond de|rond|rondom|op|om|onder|net op|ongeveer|zowat|een beetje boven) (?:de )?"
                   r"(?:3[56]point\d+|37point[0-4]\d*|36)\b(?! ?(?:kilo|kilos|kg|jaar|uur|euro|cm|minuten|weken)\b)",)
#: een algemene vraag wat als koorts telt (sessie 39E; bot/reading/redflags.py _told_in_general, alleen weg met de eigen normale meting
#: of de eigen koorts ontkend: _fever_told_normal): "vanaf hoeveel graden is het koorts?", "bij welke temperatuur spreek je van
#: koorts?", "wat telt eigenlijk als koorts?", "hoe hoog moet je temperatuur zijn voor koorts?" (niet "vanaf hoeveel graden heb ik
#: koorts": een eigen onderwerp erin)
GENERAL_SUBJECT += (r"(?:vanaf|bij|boven|vanaf dat|tot) (?:hoeveel|welke|wat voor) (?:graden|graad|temperatuur|temperaturen)\b",
                    r"(?:wat|welke temperatuur) (?:is|telt|geldt|noemt men|noem je) (?:nu |dan |eigenlijk |precies |juist |echt |als )*"
                    r"(?:als )?(?:koorts|verhoging)\b",
                    r"wanneer (?:is|spreekt men|spreek je|spreekt ge|noem je|noemt men|heb je|heeft men) (?:\w+ ){0,2}?(?:koorts|verhoging)\b",
                    r"hoe hoog (?:moet|mag) (?:\w+ ){0,3}?(?:zijn|gaan|staan)\b")
#: de eigen koorts ontkend na zon vraag (sessie 39E): "ik heb er geen", "ik heb geen", "heb er geen" (alleen weg met een vraag in het
#: algemeen ervoor: _own_told_fine)
SIGNS_DENIED += (r"(?:^|(?<=\. )|(?<=, ))(?:(?:nee|neen)(?: hoor)?(?: ,)? )?(?:ik heb|heb ik|k heb|heb) (?:er |zelf |gelukkig )*(?:geen|nie|niet)"
                 r"(?: (?:hoor|hoor ik|gelukkig|zelf))?(?= ,| \.|$)",)
# ---- sessie 39B: de stoelgang die komt zonder dat de aandrang gemerkt wordt ----
#: de aandrang niet gemerkt, het toilet of de stoelgang genoemd ("ik merkt niet meer dat ik naar wc moet voor grote
#: boodschap": de "zij" van een mantelzorger als de patient gelezen, bot/reading/redflags.py _as_patient; "ik merk niet dat ik
#: een grote boodschap moet doen"), en het dat zomaar in de onderbroek komt: "het komt gewoon in mijn onderbroek" (niet een
#: luier of een potje: een kind; niet "druk" of een vraag: gelezen als voordien)
BLADDER_PATTERNS += (
    r"\b(?:merk|merkt|merkte|voel|voelt|voelde|weet|wist|[b]esef|[b]eseft|[b]esefte|heb|heeft|had) (?:ik |k )?(?:het |t |er )?(?:niet|nie|ni|nooit"
    r"|geen) (?:meer |eens |goed |echt |meer goed )?(?:door |idee |[b]esef )?(?:dat|da|wanneer|als|of) (?:ik|k|ek) "
    r"(?=(?:\S+ ){0,6}?(?:moet|moest|moe|mot)\b)(?:\S+ ){0,6}?(?:naar (?:de |het |t |het |den )?(?:wc|w c|toilet|wc pot|pot)"
    r"|(?:grote|kleine) boodschap|poepen|kakken|stoelgang|ontlasting|naar het kleinste [k]amertje)\b",
    # (verteld als vanzelf: "gewoon", "zomaar", "vanzelf"; niet "de koffie viel om, het liep in mijn broek")
    r"\b(?:(?:het|t|de stoelgang|de ontlasting|de poep|mijn stoelgang) (?:komt|kwam|loopt|liep|gaat|ging|glijdt|[g]leed|[s]chiet|[f]loept)"
    r"|(?:komt|kwam|loopt|liep|gaat|ging|glijdt|[g]leed|[s]chiet) (?:het|t))"
    r" (?:er )?(?:\w+ )?(?:gewoon|zomaar|vanzelf|[o]ngemerkt|zo) (?:\w+ )?in (?:mijn|mn|m|me|mijne|de) (?:\w+ )?(?:onderbroek\w*|broek|slip|slipje\w*|ondergoed|boxer\w*)\b",
)
# ---- sessie 39C (issue 12): een klap van iets dat viel, verteld zonder "geraakt"; een val binnen "zonder ... of ..." ----
#: iets zwaars dat valt, stort, kiepte of donderde op de rug of het lijf (TRAUMA_PATTERNS): "een kist valt van het rek zo op mijn
#: onderrug", "er stortte een stapel dozen op mij", "de dozen donderden op mijn rug" (niet de pijn: "de pijn zakt naar mijn been";
#: niet "valt op mij" alleen: verliefd; niet "dat valt op mijn rug wel mee")
_B39_LIJF = (r"(?:mijn|mn|m|me|zijn|haar|ons) (?:\w+ )?(?:ru[g]|onderru[g]|bovenru[g]|schoude[r]|schouder[s]|schouderbla[d]|nek|hoofd|ruggengraa[t]"
             r"|wervel[s]|lij[f]|lichaa[m]|heu[p]|zij|ribbe[n]|stui[t]|stuitj[e])")
TRAUMA_PATTERNS += (
    r"(?<!pijn )(?<!kram[p] )(?<!stee[k] )(?<!\bdat )(?<!\bda )(?<!\bwat )(?<!\bdit )\b(?:val[t]|valle[n]|stor[t]|storte[n]|stort[t]e|stortte[n]|kiep[t]|kiept[e]|kiepte[n]|kanteld[e]|kantel[t]"
    r"|tuimeld[e]|tuimelde[n]|tuimel[t]|donderd[e]|donderde[n]|donder[t]|kletterd[e]|kletterde[n]|kletter[t]|zakt[e] in|zak[t] in)"
    r"(?: (?!(?:maar|mar|bijna|haast|niet|nie|ni|naas[t]|mis|ik|k)\b)[^\s.]+){0,8}? (?:op|boveno[p]|boven op|over) " + _B39_LIJF + r"\b"
    r"(?! (?:\w+ )?mee\b)",
    r"(?<!pijn )\b(?:stor[t]|stortt[e]|stortte[n]|storte[n]|kiept[e]|kanteld[e]|donderd[e]|donderde[n]|kletterd[e]|tuimeld[e]|zakt[e]) (?:\w+ ){0,4}?"
    r"(?:in )?(?:op|boveno[p]|boven op) (?:mij|me|ons)\b(?! (?:\w+ )?mee\b)",
    # een zwaar ding op de rug gekregen: "ik kreeg een balk op mijn schouder", "kreeg een stapel dozen op mijn rug" (niet "kreeg
    # een massage, pijn, een zak ijs op mijn rug")
    r"\b(?:kree[g]|krege[n]|krij[g]|gekrege[n]) (?:(?:ik|k|ze|hij|we) )?(?:een|de|het|ne|nen|zo een|zon|die|dat) (?:\w+ )?(?:bal[k]|doo[s]|doze[n]"
    r"|kist|kra[t]|plan[k]|paal|tak|kas[t]|rek|palle[t]|tege[l]|tegel[s]|ladde[r]|deur|bui[s]|stellin[g]|stape[l]|ladin[g]|boomsta[m]|boo[m]|steige[r]"
    r"|baal|kase[n])(?: \w+){0,3}? (?:op|tegen|over) " + _B39_LIJF + r"\b",
    # de klap zelf hard verteld: "de klap was zo hard", "klap was heel hard", "de dreun was enorm" (niet "de knal": een geluid)
    r"\b(?:klap|dreu[n]|smak|opdoffe[r]|optate[r]) (?:was|is|kwam) (?:(?:zo|heel|echt|erg|zeer|ongelooflij[k]|ontzettend|super|wel|toch) ){0,2}"
    r"(?:hard|keihar[d]|zwaar|fel|enor[m]|gigantisc[h]|stevi[g]|ferm|serieu[s])\b",
)
#: woorden die tussen "zonder" (of de laatste "of" van zijn lijst) en een ontkende val mogen staan (bot/reading/redflags.py
#: _without_denied, sessie 39C): "zonder dat ik gevallen ben", Antwerps "zonder da'k ... of gevallen zen", "of van de trap gevallen"
WITHOUT_GLUE = ("dat", "da", "dak", "datk", "ik", "k", "ge", "gij", "je", "ben", "zijn", "zen", "zijt", "te", "er", "eens", "echt", "zelfs",
                "ooit", "mij", "me")
# ---- sessie 39, de lead: "maar nu geen koorts" na een vroegere ----
#: "ik had vorig jaar covid met koorts, maar nu niks, geen koorts" las koorts ("geen koorts meer" werd gelezen)
FEVER_GONE_NOW += (r"maar nu (?:(?:niks|niets|nikske)(?: meer)? ,? )?(?:geen|gene|nul) (?:koorts|temperatuur)\b",
                   r"maar nu (?:niks|niets|nikske)(?: meer)?(?= ,| \.|$)")


# ---- sessie 40E (issue 12): een teken in vraag gesteld (waarom gevraagd, wat het betekent, waarom erg), het eigen ontkend ----
#: een vraag over een teken op een lijst of een formulier, vooraan zijn stuk (bot/reading/redflags.py _told_in_general, sessie 40E):
#: waarom het gevraagd wordt ("waarom vragen jullie naar nachtzweten", "waarom willen ze weten of ..."), wat ze ermee bedoelen ("wat
#: bedoelen ze met trauma", "wat heeft koorts met rugpijn te maken"), waarom het erg zou zijn ("waarom zou koorts gevaarlijk zijn");
#: het teken valt dan alleen weg als het eigen daarna goed verteld wordt
SIGN_QUESTIONED = (r"waarom (?:\w+ ){0,3}?(?:vragen|vraagt|vroegen|vroeg|weten|polsen|peilen)(?: \w+){0,3}?"
                   r" (?:naar|over|achter|of)\b",
                   r"waarom (?:zou|zouden|is|zijn|kan|kunnen|moet) (?:\w+ ){1,5}?(?:gevaarlijk|erg|ernstig|belangrijk|zorgwekkend|dringend"
                   r"|een alarmsignaal|een alarmteken|een rode vlag|een waarschuwing|een waarschuwingsteken|een probleem|uitmaken|uitmaakt)\b",
                   r"wat (?:bedoelen|bedoelt|bedoeld) (?:ze|zij|jullie|u|men|ge|je|de \w+)(?: \w+){0,3}? (?:met|mee)\b",
                   r"wat (?:heeft|hebben|moet|zou) (?:\w+ ){1,5}?te maken\b")
#: op een formulier of lijst onder de rode vlaggen genoemd (sessie 40E): "bij de rode vlaggen staat 'trauma'", "onder alarmsignalen
#: vragen ze naar koorts", "in de vragenlijst staat bij de rode vlaggen ..." (wat volgt is de lijst, niet het eigen)
HEARSAY += (r"(?:bij|onder|in) (?:de |het |die |dat |jullie )?(?:rode vla[g]|rode vlagge[n]|alarmsignale[n]|alarmteke[n]|alarmtekens"
            r"|waarschuwingssignale[n]|waarschuwingsteke[n]|waarschuwingstekens|gevaarteke[n]|gevaartekens)(?: \w+){0,2}? (?:staat|stond|staan|stonden"
            r"|vragen ze|vroegen ze|noemen ze|vermelden ze)\b",
            r"(?:staat|stond|staan|stonden) (?:er )?(?:bij|onder) (?:de |het |die |dat )?(?:rode vla[g]|rode vlagge[n]|alarmsignale[n]|alarmteke[n]"
            r"|alarmtekens|waarschuwingssignale[n]|waarschuwingsteke[n]|waarschuwingstekens|gevaarteke[n]|gevaartekens)\b",)
#: "geen van beide", "allebei niet" van de zonet genoemde tekens ontkend als eigen, een stuk op zich: "geen van beide is bij mij het
#: geval", "ik heb geen van beide", "heb ik allebei niet", "bij mij niet van toepassing"
SIGNS_DENIED += (r"(?:^|(?<=\. )|(?<=, ))(?:(?:nee|neen)(?: hoor)?(?: ,)? )?(?:(?:ik heb|heb ik|k heb|heb) (?:er |zelf |gelukkig )*)?geen van"
                 r" (?:de )?(?:beide|beiden|allebei|twee|drie|alle|die|deze)\b",
                 r"(?:^|(?<=\. )|(?<=, ))(?:(?:ik heb|heb ik|k heb|heb) (?:dat |die |ze |er |zelf |gelukkig )*)?(?:allebei|alle twee|beide) (?:niet|nie|ni)\b",
                 r"(?:^|(?<=\. )|(?<=, ))(?:(?:dat|dit|het|t) )?(?:is )?(?:bij mij|voor mij|bij mij zelf) (?:niet|nie|ni) (?:het geval|van toepassing)\b",
                 r"(?:^|(?<=\. )|(?<=, ))(?:dat|dit|het|t) is (?:bij mij |voor mij )?(?:niet|nie|ni) (?:het geval|van toepassing)(?: (?:bij|voor) mij)?\b")
# ---- sessie 40A, issue 12: nachtpijn verteld als elke plek geprobeerd om te liggen, kaal opgesomd, waar ik ook lig het gaat door ----
#: de plekken om te liggen kaal opgesomd, een item van een lijst (na een komma, "of", "en", of aan het begin; bot/reading/redflags.py
#: _SHARED_NIGHT): "bed, zetel, relax, grond, het klopt door", "den bed, de zetel"
NIGHT_POSITION += (r"(?:^|(?<=, )|(?<=\bof )|(?<=\ben ))(?:den |het |t )?(?:bed|zetel|sofa|canap[e]|fauteui[l]|rela[x]|relaxzete[l]|grond|vloe[r]|matra[s])\b",
                   r"(?:op mijn |op mn |op de )?kniee[n]",)
#: ... en de pijn gaat gewoon door: "het klopt gewoon door", "de pijn gaat maar door", "het bonkt voort"
NO_RELIEF += (r"(?:het|t|de pijn|die pijn|pijn|ze|mijn rug) (?:\w+ )?(?:klop[t]|bonk[t]|zeur[t]|stee[k]t|trek[t]|gaat|bran[d]t|klopt[e]|bonkt[e]|zeurd[e]|ging)"
              r" (?:\w+ )?(?:door|voor[t])\b",)
#: ... of waar ik ook lig, het gaat door: "s nachts maakt het niet uit waar ik ga liggen, het blijft kloppen", "waar da ge ook ligt, ..."
#: (het liggen genoemd: niet "op het werk maakt het niet uit waar ik zit")
_WAAR_40A = (r"(?:waar (?:da |dat )?(?:ik|k|ge|je) (?:me |mij )?(?:\w+ )?ook|maakt (?:het |t )?(?:niet|nie|niks|niets) uit waar (?:ik|k|ge|je)"
             r"(?: me| mij)?)(?: ga| \w+)? (?:lig|ligt|liggen|leg|slaap|slapen)\b")
NIGHT_PATTERNS += (r"\b" + _WAAR_40A + r"(?: \S+){0,12}? {NO_RELIEF}\b",)
NIGHT_STRONG += (_WAAR_40A,)
# ---- sessie 40F (issue 12): een aanraking aan de poep niet gevoeld, verteld door wat een partner of verzorger daar doet ----
#: de plekken die een verzorger daar behandelt (engine _SHARED_SADDLE, naast AREA): aambeien, een zetpil of lavement
CARE_SPOT = (r"aambei|aambeie[n]|hemorroid[e]|hemorroide[n]", r"zetpi[l]|zetpille[n]", "lavemen[t]|klysm[a]",
             # Vlaams "van achter", "vanachter" = aan de poep (niet "van achter op mijn rug", "van achter aan mijn been")
             r"(?:van achte[r]|vanachte[r])(?! (?:\w+ ){0,3}?(?:op|aan|in|tegen|tot) (?:mijn |mn |me |m |de |uw |haar |zijn )?(?:\w+ )?(?:rug|onderru[g]|been"
             r"|bene[n]|nek|schoude[r]|schouder[s]|dij|dije[n]|kuit|kuite[n]|hoofd|knie)\b)")
#: iets dat daar ingebracht wordt, zijn eigen plek ("hij stak een zetpil in en ik voelde da niet")
CARE_PUT_IN = (r"zetpi[l]|zetpille[n]", "lavemen[t]|klysm[a]")
#: wat daar aanraakt: "haar vinger", "de zalf", "het washandje"
CARE_THING = (r"vinge[r]|vinge[r][s]", r"zal[f]|zalv[e]|zalfj[e]|crem[e]|crem[e]k[e]|gel", r"zetpi[l]|zetpille[n]",
              r"washan[d]|washandj[e]|washandje[s]|doekj[e]|spon[s]|sponsj[e]|hand[s]choe[n]|lavemen[t]|klysm[a]")
#: die aanraking niet gevoeld, het ding genoemd: "ik voelde haar vinger niet", "'k voelde eur vinger nie", "ik heb de zalf niet
#: gevoeld" (niet "ze voelde", niet "de zalf niet voelen werken")
_F40_DING = (r"(?:(?:haar|eur|zijn|zen|z n|de|het|t|die|dat|da|den|ne|een|mijn|hare|zijn[e]) )?(?:\w+ )?(?:vinge[r]|vinge[r][s]|hand|hande[n]|aanrakin[g]"
             r"|zal[f]|zalv[e]|zalfj[e]|crem[e]|crem[e]k[e]|gel|zetpi[l]|zetpille[n]|washan[d]|washandj[e]|washandje[s]|doekj[e]|spon[s]|sponsj[e]"
             r"|hand[s]choe[n]|lavemen[t]|klysm[a])")
NOT_FELT_CARE = (r"(?<!\bze )(?<!\bzij )(?<!\bhij )(?<!\bzie )(?:voel|voelde|voelde[n]|voel[t]) (?:ik |k |ek |kik )?" + _F40_DING
                 + r" (?:\w+ ){0,2}?(?:niet|nooit|amper|nauwelijk[s])\b(?! (?:\w+ )?(?:werke[n]|helpe[n])\b)",
                 r"(?<!\bze )(?<!\bzij )(?<!\bhij )(?:heb|had|hebbe[n]) (?:ik |k |ek )?" + _F40_DING
                 + r" (?:\w+ ){0,2}?(?:niet|nooit|amper|nauwelijk[s]) (?:\w+ )?gevoel[d]\b")
#: ... of "het", "die", "er niks van", of "alsof het er niet was" (een ding dat daar gezet werd genoemd in de zin)
NOT_FELT_IT = (r"(?<!\bze )(?<!\bzij )(?<!\bhij )(?:voel|voelde|voelde[n]|voel[t]) (?:ik |k |ek )?(?:het|t|da|dat|die|ze|hem|em|er|der) "
               r"(?:\w+ ){0,2}?(?:niet|niks|niets|nooit|amper)\b(?! (?:\w+ )?(?:werke[n]|helpe[n]|van (?:de |die )?(?:beterscha[p]|verlichtin[g]|verschi[l]))\b)",
               r"(?<!\bze )(?<!\bzij )(?<!\bhij )(?:heb|had) (?:ik |k |ek )?(?:het|t|da|dat|die|ze|hem|em|er|der)? ?(?:\w+ ){0,2}?(?:niet|niks|niets|nooit)"
               r" (?:van )?gevoel[d]\b",
               r"(?:alsof|als of|gelijk of|precies of) (?:het|t|ze|zij|die|haar vinge[r]|de \w+) (?:er )?(?:niet|nie) (?:was|ware[n]|is)\b")
#: de aanraking niet aan de poep maar op een ledemaat of de rug: "ik voelde haar vinger niet op mijn hand"
CARE_ELSEWHERE = (r"(?:\w+ ){0,2}?(?:op|aan|in|tegen) (?:mijn |mn |me |m |haar |zijn |de |uw )?(?:\w+ )?(?:hand|hande[n]|arm|arme[n]|voet|voete[n]|teen"
                  r"|tene[n]|been|bene[n]|knie|kniee[n]|rug|onderru[g]|nek|schoude[r]|gezich[t]|vinge[r]|vinge[r][s]|enke[l])\b",)
#: de eigenaar voor een naaste die de aanraking niet voelde (engine _care_felt_by_other): "mijn vrouw voelde mijn vinger niet"
CARE_OWNER = ("mijn", "mn", "m", "mijne", "onze", "ons", "de")
# ---- sessie 40C (issue 12): een klap verteld als geramd, geduwd of geplet door een speler of een dier (TRAUMA_PATTERNS) ----
#: wie er raakte: een speler of een groot dier ("door hun spits omvergelopen", "een verdediger ramde me"); niet de ploeg ("we
#: werden ingemaakt door hun ploeg": de score), niet de pijn of de griep
_C40_AGENT = (r"(?:spele[r]|speler[s]|tegenstande[r]|tegenstander[s]|verdedige[r]|aanvalle[r]|spit[s]|pijle[r]|pilaa[r]|pro[p]|flanke[r]|keepe[r]|doelma[n]"
              r"|numme[r] \d+|gast|gasten|man|vent|kere[l]|iemand|jongen|kleerkas[t]|bonk|" + _BEAST[3:-1] + r")")
#: de participia van een harde klap of een duw (na "door ...", of na "tegen het hek")
_C40_PART = (r"(?:geple[t]|platgedruk[t]|plat gedruk[t]|geklem[d]|geram[d]|gebeuk[t]|geduw[d]|gedruk[t]|geknal[d]|gesmete[n]|gekwak[t]"
             r"|omvergelope[n]|omver gelope[n]|omvergeduw[d]|omver geduw[d]|omvergebeuk[t]|omver gebeuk[t]|omvergekegel[d]|omver gekegel[d]"
             r"|omvergeram[d]|omver geram[d]|onderstebove[n] gelope[n]|weggemaai[d]|neergehaal[d]|onderuitgehaal[d]|onderuit gehaal[d]|vertrappel[d]"
             r"|platgewals[t]|plat gewals[t]|onder de voet gelope[n]|op de horen[s] genome[n]|op de hoorn[s] genome[n]|getackel[d]|getackle[d]|geplaqueer[d])")
TRAUMA_PATTERNS += (
    # geraakt door een speler of een dier, passief met "door": "ik werd door een stier tegen de omheining geplet", "ik ben door
    # een paard tegen het hek geduwd", "werd op de training omver gebeukt door een verdediger"
    r"\bdoor (?:een|ne|nen|de|het|die|dat|mijn|mn|zijn|haar|hun|hunn[e]|zo een|zon|zon een) (?:\w+ ){0,2}?" + _C40_AGENT + r"\w* (?:\w+ ){0,6}?" + _C40_PART
    + r"\b",
    r"\b" + _C40_PART + r" (?:\w+ ){0,2}?door (?:een|ne|nen|de|het|die|dat|mijn|mn|zijn|haar|hun|hunn[e]|zo een|zon) (?:\w+ ){0,2}?" + _C40_AGENT + r"\b",
    # omver of onderuit gebeukt, zonder wie: "ik werd van opzij omvergebeukt", "zaterdag weggemaaid op het veld"
    r"\b(?:(?:ik|k) (?:werd|ben|was|word)|(?:werd|ben|was|word) (?:ik|k))\b (?:\w+ ){0,4}?(?:omvergebeuk[t]|omver gebeuk[t]|omvergekegel[d]|omver gekegel[d]"
    r"|omvergeram[d]|omver geram[d]|weggemaai[d]|onderstebove[n] gelope[n]|vertrappel[d]|op de horen[s] genome[n]|op de hoorn[s] genome[n])\b",
    # tegen het hek gedrukt, geduwd of gebeukt, ook in een bijzin: "de koe heeft mij tegen de poort geduwd", "nadat de koe me tegen
    # het hek duwde", "een rund heeft mij tegen de boxwand geduwd met heel haar gewicht"
    r"\b(?:me|mij|mie|ons) (?:\w+ ){0,3}?(?:tegen|tussen|onder) " + _HARD_SURFACE + r"(?: \w+){0,4}? (?:geduw[d]|gebeuk[t]|geknal[d]|gekwak[t]|gedruk[t]|geple[t]|geklem[d]|duwd[e]"
    r"|drukt[e]|klemd[e]|plett[e]|ramd[e]|beukt[e]|perst[e]|knald[e]|duwde[n]|drukte[n])\b",
    r"\b(?:me|mij|mie|ons) (?:\w+ ){0,2}?(?:geduw[d]|gebeuk[t]|geknal[d]|geple[t]|gedruk[t]|geklem[d]) (?:\w+ ){0,2}?(?:tegen|tussen|onder) " + _HARD_SURFACE
    + r"\b",
    # een speler of een dier dat "mij" ramde, beukte of omverliep: "een verdediger ramde me vol in de zij", "hun spits walste over
    # mij heen", "de stier beukte mij omver" (niet "hij": "hij maakte me in met kaarten")
    r"\b(?:een|ne|nen|de|het|die|dat|hun|hunn[e]|mijn|mn|zo een|zon|twee) (?:\w+ ){0,2}?" + _C40_AGENT + r"\w* (?:\w+ )?(?:ramd[e]|beukt[e]|knald[e]|walst[e]"
    r"|kegeld[e]|maaid[e]|tackeld[e]|tackled[e]|plett[e]|stormd[e]|denderd[e]|liep|vloo[g]|spron[g]|dook) (?:me|mij|mie|ons) (?:\w+ ){0,2}?(?:omver|onderuit"
    r"|onderstebove[n]|plat|neer|tegen de (?:grond|vlakt[e]|vloer)|vol in (?:mijn|mn|de) (?:\w+ )?(?:zij|rug|onderrug|ribbe[n]|flan[k]))\b",
    r"\b(?:een|ne|nen|de|het|die|dat|hun|hunn[e]|mijn|mn|zo een|zon) (?:\w+ ){0,2}?" + _C40_AGENT + r"\w* (?:\w+ )?(?:walst[e]|liep|denderd[e]|stormd[e])"
    r" (?:\w+ )?(?:over|door) (?:me|mij|mie|ons) heen\b",
    # een harde tackle of charge gekregen: "ik kreeg een zware charge van opzij", "kreeg een vuile tackle van achteren" (niet een duwtje)
    r"\b(?:kreeg|kregen|gekregen|krijg|kreeg ik|had|pakt[e]|incasseerd[e]) (?:een|ne|nen|zo een|zon) (?:\w+ ){0,2}?(?:tackl[e]|tacke[l]|charg[e]|bodychec[k]"
    r"|body chec[k]|schoudercharg[e]|schouderdu[w]|plaquag[e]|hoornstoo[t]|kopstoo[t])\b",
)
# ---- sessie 40G: de schrijver noemt zich familie of mantelzorger van de patient (bot/reading/redflags.py _as_patient) ----
#: bij het begin van het bericht (na een groet): "ik ben zijn schoondochter", "ik ben de zoon van meneer maes", "ik ben de
#: mantelzorger van mevrouw peeters" -- daarna zijn "hij", "zijn", "ze", "haar" die van de patient, zoals na "ik schrijf voor
#: mijn vader"
_ROLE_40G = (r"(?:schoon|klein|achterklein|stief)?(?:dochte[r]|zoo[n])|(?:schoon)?(?:nich[t]|neef)|vrou[w]|man|echtgeno[t]e?"
             r"|echtgenoo[t]|partne[r]|verloofd[e]|mantelzorge[r]|verzorge[r]|verzorgste[r]|verplege[r]|verpleegste[r]")
_TITLE_40G = r"(?:menee[r]|mijnhee[r]|menhee[r]|mevrou[w]|juffrou[w]|dhr|mevr|mw)(?: \.)?"
PROXY_ROLE = (rf"(?:ik ben|k ben|kben|ikke ben) (?:zijn|haar|zn|z n|heur|d r) (?:{_ROLE_40G})\b",
              rf"(?:ik ben|k ben|kben|ikke ben) (?:de|een) (?:{_ROLE_40G}) (?:van|voor) {_TITLE_40G} ")
# ---- sessie 40L: de familie met een leeftijd bij het begin, de tekens daarna gezegd van "hij", "zij", "zijn", "haar" ----
#: het bericht begint (na een groet) met familie en een leeftijd, "mijn vader is 79 .", "mijn schoonmoeder , 81 ,", "mijn vader
#: (79)", en zegt binnen de volgende woorden "hij", "zij", "zijn", "haar" (bot/reading/redflags.py _as_patient): die persoon is
#: de patient, zoals na "ik schrijf voor mijn vader" -- niet als de schrijver daarna een eigen klacht zegt ("mijn moeder is 80
#: en haar benen zijn zwak, mijn rug doet pijn van het tillen": de schrijver is de patient)
_KIN_40L = (r"(?:schoon|groot|stief|plus)?(?:moede[r]|vade[r])|vent|pa|ma|(?:schoon)?(?:zoo[n]|dochte[r])|mama|papa|mam|moeke|vake|oma|opa|bomma"
            r"|bompa|meme|pepe|man|vrou[w]|echtgeno[t]e?|echtgenoo[t]|partne[r]|broe[r]|zus|zuste[r]|(?:schoon)?(?:broe[r]|zus)|oom|tante")
_MINE_40L = r"(?:ik|k|ikke|kik|mij|me|mijn|mn|mezel[f])"
_SIGN_40L = (r"(?:eigen |onderrug|rug|rugpij[n]|benen|been|voete[n]|voet|bille[n]|kont|poep|pijn|doet|zeer|koort[s]|kanke[r]|plas\w*"
             r"|doof|verdoof[d]|gevoelloo[s]|slap|zwak\w*|tintel\w*)\b")
PROXY_INTRO = (rf"(?:mijn|mn|onze|ons) (?:{_KIN_40L})(?: ,)?(?: (?:is|van|wordt))? \d{{1,3}}(?: ?(?:jaar|jr|j))?(?: oud)?(?: [,.]| en)? "
               rf"(?=(?:\S+ ){{0,6}}?(?:hij|zij|ze|ie|zijn|haar|zn|heur|zie)\b|(?:(?!\. )\S+ ){{7,12}}?(?:hij|zij|ze|ie|zijn|haar|zn|heur|zie)\b)"
               rf"(?!.*\b{_MINE_40L} (?:(?!(?:hij|zij|ze|ie|zijn|haar|zn|hem)\b)\w+ ){{0,4}}?{_SIGN_40L})",)
#: het huishouden van de schrijver ("we moesten hem verschonen"): een woord van de mantelzorger, geen schrijver die
#: eigen tekens zegt (sessie 40L; bot/reading/redflags.py _typed_for_him)
WRITER_HOUSEHOLD = ("we", "wij")  # niet "onze": "onze hond ..."
# ---- sessie 40D (issue 12): een val verteld als een landing op een rand, een boord of een frame (TRAUMA_PATTERNS) ----
#: waar de rug op neerkwam: "vol op de rand van de trampoline geland", "achterover op de boord van de badkuip geklapt",
#: "met volle gewicht op de badrand terechtgekomen", "ik smakte op de ijzeren rand" (niet zitten of leunen op de rand van
#: het bad, niet "op de rand van een burn-out", niet de mat van de trampoline)
FALL_EDGE = (r"(?:(?:\w*?(?<!b)ran[d])|randj[e]|boor[d]|boor[d]j[e]|boor[d]stee[n]|fram[e]|stan[g]|buis|riche[l]|richeltj[e]|tree|trede|opsta[p]"
             r"|kant van (?:het|de|t) (?:\w+ )?(?:bad|badkui[p]|bak|douchebak|zwemba[d]|trampolin[e]))\b"
             r"(?! van (?:een |de |het |t )?(?:burn\w*|afgron[d]|instortin[g]|ineenstortin[g]|wanhoo[p]|uitputtin[g]|depressi[e]|trane[n]))")
_EDGE_NL = r"(?:op|tegen) (?:de |het |t |een |die |dat |den |mijn |zijn |haar |ne |nen )?(?:\w+ )?" + FALL_EDGE
TRAUMA_PATTERNS += (
    # the participle after: "op de rand geland", "tegen de boord van het bad gesmakt", "op de badrand neergekomen"
    _EDGE_NL + r"(?: van (?:de|het|t|een|den|mijn|zijn|haar) (?:\w+ )?\w+)?(?: \w+){0,6}? "
    r"(?:geland|gevallen|geklapt|gesmakt|gekwakt|gedonderd|gekletst|gelazerd|gesodemieterd|terechtgekomen|terecht gekomen|neergekomen"
    r"|neer gekomen|neergeplof[t]|neergeplof[t]|gevlogen|getuimeld|gestuiter[d]|gedoke[n]|geknal[d]|neergekwakt)\b",
    # the verb before: "ik smakte vol op de badrand", "ze klapte met volle gewicht op de ijzeren rand", "kwam op de rand terecht"
    r"\b(?:viel|viele[n]|klapte|klapten|smakte|smakten|landd[e]|landd[e][n]|kwakt[e]|donderd[e]|knald[e]|tuimeld[e]|lazerd[e]|stuiterd[e]|plofte)"
    r"(?: \w+){0,4}? " + _EDGE_NL,
    r"\b(?:kwam|kwamen|komt|kom)\b(?: \w+){0,4}? " + _EDGE_NL + r"(?: \w+){0,5}? (?:terecht|neer)\b",
)
# ---- sessie 41A (issue 12): een klap in een contactsport of een gevecht, anders verteld (TRAUMA_PATTERNS) ----
#: de rug of het lijf waar de klap viel ("tegen mijn rug", "in men lenden")
_BACK_41A = (r"(?:mijn|mn|m n|men|ma|de|mijne|m) (?:\w+ )?(?:rug|onderrug|bovenru[g]|zij|zijkan[t]|lende[n]|lende[n]|niere[n]|ribbe[n]|flan[k]|stuit"
             r"|stuitje|bekke[n]|heup|kont|poep|wervel[s]?|ruggengraa[t])")
TRAUMA_PATTERNS += (
    # een tackle of een charge gekregen, het werkwoord achteraan: "ik heb een tackle gekregen", "zaterdag een zware tackle gekregen"
    r"\b(?:een|ne|nen|zo een|zon|zone) (?:\w+ ){0,2}?(?:tackl[e]|tacke[l]|charg[e]|bodychec[k]|body chec[k]|schoudercharg[e]|plaquag[e]|kopstoo[t])"
    r" (?:\w+ ){0,4}?(?:gekrege[n]|gehad|gepak[t]|geincasseer[d]|moeten incassere[n])\b",
    # een knie, een schouder, een stamp in of tegen de rug: "kreeg ik een schouder tegen mijn rug", "ne stamp in mijn rug" (niet
    # "een knie-operatie gehad": geen rug erachter)
    r"\b(?:kreeg|kregen|gekrege[n]|krijg|kreeg ik|had|pakt[e]|gepak[t]|incasseerd[e]) (?:een|ne|nen|zo een|zon|zone) (?:\w+ ){0,2}?(?:knie|elleboo[g]"
    r"|schoude[r]|voet|stam[p]|stam[p][e]|trap|schop|kopstoo[t]|vuis[t]|beuk|opdonde[r]|oplawa[a]i|lel|mep|dreu[n]|noppe[n]|hel[m]) (?:\w+ )?(?:in|tegen|op)"
    r" " + _BACK_41A + r"\b",
    # iemand die dwars door de persoon liep: "hij liep dwars door mij heen", "die gast liep dwars door mij" (niet "de pijn ging
    # dwars door mij heen", "die pijn ging ...")
    r"\b(?:hij|ie|zij|iemand|dien[e]|diej[e]|die (?:gast|vent|kere[l]|jongen|man|spele[r]|kleerkas[t]|bonk|beer)|(?:een|ne|nen|de|het|dat|hun|hunn[e]|zo een|zon|twee)"
    r" (?:\w+ ){0,2}?" + _C40_AGENT + r"\w*)(?: (?:is|was|ging|kwam))? (?:liep|loopt|gelope[n]|ging|gaat|kwam|komt|denderd[e]|stormd[e]|beukt[e]|walst[e]"
    r"|dook|vloo[g]|knald[e]|ramd[e]|geram[d]|gebeuk[t]) (?:\w+ )?dwar[s] door (?:mij|me|mie|ons)\b",
    # iemand die vol tegen of op de rug kwam, ook met "er" vooraan: "in de scrum kwam er iemand vol tegen mijn rug"
    r"\b(?:kwam|knald[e]|vloo[g]|dook|beukt[e]|spron[g]|denderd[e]|stormd[e]|ramd[e]) (?:er )?(?:iemand|hij|ie|een (?:\w+ )?" + _C40_AGENT + r"\w*)"
    r"(?: (?:vol|hard|keihar[d]|zwaar|pal|rech[t]|boven|boveno[p]))* (?:tegen|op|in) " + _BACK_41A + r"\b",
    r"\b(?:iemand|hij|ie|een (?:\w+ )?" + _C40_AGENT + r"\w*) (?:kwam|knald[e]|vloo[g]|dook|beukt[e]|spron[g]|denderd[e]|stormd[e]|ramd[e])"
    r"(?: (?:vol|hard|keihar[d]|zwaar|pal|rech[t]|boven|boveno[p]))* (?:tegen|op|in) " + _BACK_41A + r"\b",
    # geslagen, geschopt, in elkaar geslagen door iemand: "ze hebben mij geslagen op straat", Vlaams "geslaan" (niet "geslaagd"
    # voor een examen, niet "ons ... geslagen" met een score)
    r"\b(?:mij|me|mie) (?:\w+ ){0,3}?(?:geslage[n]|geslaa[n]|in elkaa[r] geslage[n]|in mekaa[r] geslage[n]|in elkaa[r] gestam[p]t|geschop[t]|getrap[t]"
    r"|gestom[p]t|gestamp[t]|gemep[t]|afgetuig[d]|afgeros[t])\b(?! (?:\w+ ){0,2}?(?:met|bij|in|op) (?:\d|\w*kaar[t]\w*|\w*schaa[k]\w*|damme[n]|tenni[s]|pingpon[g]|biljar[t]"
    r"|het spel|de quiz|monopol[y]|dart[s]|de scor[e]|punte[n]))",
    r"\b(?:werd|ben|was|word|zijn|werden) (?:\w+ ){0,3}?(?:geslaa[n]|in elkaa[r] geslage[n]|in mekaa[r] geslage[n]|afgetuig[d]|afgeros[t])\b",
    # gevloerd door een speler: "ik ben gevloerd door een verdediger" (niet door de griep)
    r"\bgevloer[d] (?:\w+ ){0,2}?door (?:een|ne|nen|de|het|die|dat|hun|hunn[e]|zo een|zon) (?:\w+ ){0,2}?" + _C40_AGENT + r"\b",
    r"\bdoor (?:een|ne|nen|de|het|die|dat|hun|hunn[e]|zo een|zon) (?:\w+ ){0,2}?" + _C40_AGENT + r"\w* (?:\w+ ){0,4}?gevloer[d]\b",
)
# ---- session 41D (issue 12): verlies van stoelgang verteld als een verhaal; een doof zitvlak gevonden met een speld ----
#: wat eruit kwam, gezegd van "het" (engine _SHARED_BLADDER, met NOT_FELT_COMING of COULDNT_HOLD in de zin): "t kwam eruit",
#: "het kwam er zomaar uit", "t is eruit gekomen", "t was er al uit" (niet "t kwam eruit bij de dokter dat ...")
CAME_OUT = (r"(?:het|t|et|alles|dat|da) (?:\w+ ){0,2}?(?:kwam|komt|kwamen|is|was|zat|schoo[t]|liep|lekte) (?:\w+ ){0,3}?(?:eruit|deruit|uit"
            r"|uitgekome[n]|uitgelope[n])(?: gekome[n]| gelope[n]| geschote[n])?\b(?! (?:bij|van|dat|da|op het nieuw[s])\b)",)
#: het niet voelen komen: "ik heb het niet voelen komen", "ik voelde het niet komen", "voor ik het voelde"
NOT_FELT_COMING = (r"(?:niet|niks|nooit) (?:\w+ )?(?:voelen|gevoeld|gemerkt|voelde|merkte) (?:\w+ )?(?:komen|aankome[n]|aankwa[m]|kwam)",
                   r"(?:voelde|merkte|voelen) (?:het |t |et |dat |da )?(?:niet|nooit) (?:\w+ )?(?:komen|aankomen)",
                   r"voor (?:ik|k) (?:het |t |et |er )?(?:\w+ )?(?:voelde|merkte|doorha[d]|besef[t]e)")
#: het niet kunnen ophouden: "ik kon het niet ophouden", "niet kunnen ophouden", "ik kon het echt niet meer tegenhouden"
COULDNT_HOLD = (r"(?:kon|kan|kond[e]|kost|kunnen) (?:\w+ ){0,3}?(?:niet|nooit) (?:meer )?(?:\w+ )?(?:ophouden|tegenhoude[n]|inhoude[n])\b",
                r"(?:niet|nooit) (?:meer )?(?:kunnen|kon|kan) (?:ophouden|tegenhoude[n]|inhoude[n])\b")
#: de stoelgang of de plas die er niet meer in blijft: "mijn ontlasting blijft er niet meer in"
BLADDER_PATTERNS += (
    r"\b(?:{STOOL}|{URINE})\b (?:\w+ ){0,2}?(?:blijft|blijven|blee[f]|bleve[n]) (?:er |der )?(?:\w+ )?(?:niet|nooit) (?:meer )?(?:in|binnen)\b",
)
#: een test van het zitvlak met een speld, een naald, een nagel, een lepel (engine _SHARED_SADDLE: TOUCHED ... AREA ... FELT_NOTHING)
TOUCHED += (r"naal[d]", r"naalde[n]", r"spel[d]", r"spelde[n]", r"spell[e]", r"nage[l]", r"lepe[l]")
#: ... en hoe het gevoeld werd: "ik voel het bijna niet", "da voel ik bijkans nie", "voel t bekans niet", "ik voel het amper"
FELT_NOTHING += (r"voel\w* (?:(?:het|t|et|er|da|dat|ik|k|hem|em|ze|hier|daar|dan) ){0,3}?(?:bijna|bijkan[s]|bekan[s]|haast|quasi) (?:niet|niks"
                 r"|niets|nix)\b",
                 r"voel\w* (?:(?:het|t|et|er|da|dat|ik|k|hem|em|ze|hier|daar|dan) ){0,3}?(?:amper|nauwelijk[s])\b(?! (?:\w+ )?(?:pijn|zeer))")

# ---- sessie 41E (issue 12): beide benen die zwakker worden, verteld als een verloop ----
#: het "hetzelfde" van de twee kanten, geen verloop (bot/reading/redflags.py _stable_cue_told, sessie 41E): "aan beide kanten
#: hetzelfde", "links en rechts hetzelfde" (de normalisatie maakt er "linksrechts" van)
SIDES_SAME = (r"(?:aan |langs |op )?(?:beide|allebei|de twee|twee) (?:kanten|zijden|benen) (?:\w+ )?(?:hetzelfde|gelijk)",
              r"(?:hetzelfde|gelijk) (?:aan|langs|op) (?:beide|allebei|de twee|twee) (?:kanten|zijden)",
              r"(?:linksrechts|links (?:en|als) rechts) (?:\w+ )?(?:hetzelfde|gelijk)",
              r"(?:hetzelfde|gelijk) (?:linksrechts|links (?:en|als) rechts)")
#: elke dag wat minder, kaal verteld aan het begin van een zinsdeel (sessie 41E): "elke dag wat minder", "van dag tot dag minder",
#: "elke week een beetje minder goed" (niet "de pijn is elke dag wat minder": dat "minder" is van de pijn, midden in de zin)
WORSE_NOW += (r"(?:(?<=, )|(?<=\. )|(?<=^)|(?<=en )|(?<=maar ))(?:(?:elke|iedere) (?:dag|week)|dag na dag|van dag tot dag|week na week"
              r"|van week tot week|met de dag) (?:(?:is het|gaat het|lukt het|kan ik|gaat) )?(?:(?:wat|een beetje|iets|nog) )?minder"
              r"(?: (?:goed|en minder))?(?= ,| \.|$)",
              r"(?:(?<=, )|(?<=\. )|(?<=^))(?:(?:wat|een beetje|iets) )?minder (?:en minder )?(?:(?:elke|iedere) (?:dag|week)|met de dag"
              r"|van dag tot dag)(?= ,| \.|$)")
#: het gaat achteruit met de benen (sessie 41E): "het gaat rap achteruit met mijn benen, allebei", "mijn benen gaan achteruit"
BOTH_LEGS_WEAK_PATTERNS += (r"\bachteruit (?:\w+ ){0,2}?met (?:mijn |m n |mn |me |de |beide |mijn twee |allebei mijn )?benen\b",
                            r"\bbenen (?:\w+ ){0,3}?(?:gaan|ginge[n]|gaat|zijn) (?:\w+ ){0,2}?achteruit(?:gegaan)?\b")
WORSENING_PATTERNS += (r"\bachteruit (?:\w+ ){0,2}?met (?:mijn |m n |mn |me |de )?(?:linker|rechter)?(?:been|voet)\b",)
#: de kanten vergeleken, de ene nog slechter dan de andere (sessie 41E): "links nog slechter dan rechts", "de rechter nog zwakker dan
#: de linker" (niet "mijn linkerbeen is zwakker dan mijn rechter": een zwak been naast het goede)
OTHER_LEG_TOO += (r"(?:(?<=, )|(?<=\. )|(?<=^)|(?<=, de )|(?<=\. de ))(?:links|rechts|linke[r]|rechte[r]) (?:is )?(?:nog |wat |een beetje |veel )*"
                  r"(?:slechter|erger|zwakker|slapper) dan (?:de )?(?:rechts|links|rechte[r]|linke[r])\b(?! ?(?:been|voet|knie)\b)",
                  r"(?:links|rechts|linker|rechter) ?(?:been|voet)? (?:is )?nog (?:slechter|erger|zwakker|slapper) dan (?:de |het |mijn )?"
                  r"(?:rechts|links|rechter|linker)")
# ---- sessie 41F, issue 12: een teken gevraagd, dan gewoon ontkend als het eigen ----
#: de eigen benen vrij van het gevraagde teken (een zin op zich): "mijn benen zijn niet zwak", "mijn benen zijn ook niet doof", "ik heb
#: niks in mijn benen" (niet "mijn benen zijn niet zwak maar ...": een teken erna blijft gelezen)
SIGNS_DENIED += (r"(?:mijn|mn|m|me) (?:benen|voeten|beenen)(?: (?:zijn|voelen))? (?:ook )?(?:niet|nooit|helemaal niet|zeker niet) (?:zo )?"
                 r"(?:zwak|slap|krachteloos|doof|gevoelloos|verdoofd|tintelend|dood|zwaar)(?: aan)?(?= ,| \.|$)",
                 r"(?:ik|k) (?:heb|voel) (?:niks|niets) (?:aan|in) (?:mijn|mn|me) (?:benen|voeten)(?= ,| \.|$)")
#: een uitglijder of struikeling met niets geraakt erna (bot/reading/redflags.py _slip_unstruck): de woorden waarop zo'n trauma-match
#: begint, en het niets geraakt: "uitgegleden op het ijs maar nergens tegen gestoten", "gestruikeld, niks geraakt"
#: ... en een gemiste trede (sessie 42B): "misgestapt op de trap. mijn man ving me op, niet gevallen"
SLIP_ONLY = (r"uitgegleden", r"uitgegleed", r"uitgeschoven", r"gleed", r"schoof", r"weggegleden", r"gestruikeld", r"struikelde",
             r"mis ?gestapt", r"(?:trede|tree) (?:\w+ )?gemist")
NOTHING_STRUCK = (r"(?:niks|niets|nergens) (?:tegen |op |aan )?(?:gestoten|geraakt|gebotst|gebonkt|opgevangen op)",
                  r"(?:zelfs )?(?:mijn|mn|geen) (?:knieen|knie|handen|hand|billen|poep) niet (?:op|tegen) de (?:grond|vloer)",
                  r"(?:niet|nergens) (?:tegen|op) (?:gestoten|geknald|gebotst)")
#: een koorts in de verleden tijd, als voorbij verteld (sessie 41C; bot/reading/redflags.py _GONE_NOW, met PAST_CUES in de zin van de
#: koorts): het werkwoord eerst na een tijd ("de dag erna was die al weg", "de volgende ochtend was het over"), een getal weken
#: ("da is al drie weken gedaan", "dat is nu al twee weken voorbij"), verdwenen of gezakt na een tijd ("die verdween na een week",
#: "ze zakte binnen twee dagen") (niet "was die al weg?": een vraag; een koorts die terugkwam: RECURRED)
_C41_NA = (r"(?:na|binnen|in|op|tegen) (?:een |twee |drie |vier |vijf |zes |een paar |paar |enkele |\d+ )?(?:dag|dagen|week|weken|nacht"
           r"|nachten|tijdje)")
FEVER_GONE_NOW += (
    r"(?:erna|daarna|nadien|achteraf|ochtend|morgen|dag|avond|middag|anderendaags) (?:was|is|waren) (?:die|dat|da|het|t|ze|hij|de koorts"
    r"|alles) (?:al |toen |snel |helemaal |weer |alweer |volledig |gewoon )*(?:weg|over|voorbi[j]|gezak[t]|verdwene[n])\b(?! \?)",
    r"(?:die|dat|da|het|t|ze|hij|de koorts|koorts) (?:is|was) (?:al |nu |intussen |inmiddels )*(?:\d+|twee|drie|vier|vijf|zes|een paar"
    r"|enkele) (?:dagen|weken|maanden) (?:al |helemaal )?(?:weg|over|voorbi[j]|gedaa[n])\b",
    r"(?:die|ze|het|dat|hij|de koorts|koorts) (?:verdwee[n]|zakt[e]|ging weg|ging over) (?:al |pas |weer |vanzelf )?" + _C41_NA)
#: een koorts die weer opflakkert is terug (sessie 41C): "het was weg maar nu is het weer opgeflakkerd", "flakkerde weer op"
RECURRED += (r"opgeflakker[d]|opflakker\w*|flakker\w* (?:\w+ )?op\b",)
# ---- sessie 41G (issue 12): een duw of een stoot van iemand waardoor de patient viel (TRAUMA_PATTERNS) ----
#: van de trap, de ladder of het podium geduwd, tegen de muur of de radiator geduwd, omver of onderuit geduwd: "iemand duwde me
#: van de trap", "hij heeft mij van de ladder geduwd", "ik werd tegen de radiator geduwd", "mijn broer duwde me omver" (niet
#: "iemand duwde me opzij maar ik viel niet", "ik duwde de kinderwagen de straat af", "de kine duwt me om meer te doen")
_G41_DUW = r"(?:duwd[e]|duwde[n]|duw[t]|stootte[n]?|stietse[n]?|gooid[e]|gooide[n]|smee[t]|smete[n]|trok|trokke[n]|sleurd[e]|sleurde[n]|bonkte[n]?)"
_G41_GEDUWD = r"(?:geduw[d]|gestoo[t]|gestote[n]|gegooi[d]|gesmete[n]|getrokke[n]|gesleur[d]|omvergeduw[d]|omver geduw[d]|afgeduw[d]|af geduw[d])"
_G41_PLEK = (r"(?:tra[p]|trappe[n]|tree|trede[n]|traptre[e]|trapj[e]|ladde[r]|trapladde[r]|podiu[m]|stoe[p]|trottoi[r]|boordstee[n]|perro[n]|muu[r]"
             r"|mure[n]|deu[r]|deurpos[t]|kas[t]|kaste[n]|tafe[l]|grond|vloe[r]|kasseie[n]|radiato[r]|verwarmin[g]|paa[l]|lantaarnpaa[l]|he[k]"
             r"|fiets|paar[d]|rand|aanrech[t]|wastafe[l]|ba[d]|leunin[g]|relin[g]|balko[n]|da[k]|zolde[r]|steige[r]|glijbaa[n])")
_G41_LIDW = r"(?:de |het |een |t |ne |nen |den |mijn |mn |zijn |zn |haar |onze |ons )?(?:\w+ )?"
TRAUMA_PATTERNS += (
    # "iemand duwde me van de trap (af)", "hij duwde mij tegen de radiator", "ze gooiden me van het podium"
    r"\b" + _G41_DUW + r" (?:me|mij|ons) (?:\w+ ){0,2}?(?:van|vanaf|tegen|op|in) " + _G41_LIDW + _G41_PLEK + r"\b",
    # ... in de voltooide tijd of de lijdende vorm: "heeft me van de trap geduwd", "ik werd tegen de muur geduwd", "ben van de
    # ladder geduwd"
    r"\b(?:me|mij|ons|werd|werden|word|wordt|ben|is|was|zijn) (?:\w+ ){0,3}?(?:van|vanaf|tegen|op|in) " + _G41_LIDW + _G41_PLEK
    + r" (?:af |op |aan )?" + _G41_GEDUWD + r"\b",
    # omver, onderuit of tegen de grond: "mijn broer duwde me omver", "iemand liep me omver", "ik werd onderuit geduwd"
    r"\b(?:" + _G41_DUW[3:-1] + r"|liep|liepen|reed|reden|kegelde[n]?|beukte[n]?) (?:me|mij|ons) (?:\w+ )?(?:omver|onderuit|onderstebove[n])\b",
    r"\b(?:me|mij|ons|werd|werden|word|wordt|ben|is|was) (?:\w+ ){0,2}?(?:omver|onderuit) (?:geduw[d]|gelope[n]|gerede[n]|gestoo[t]|gestote[n]"
    r"|gegooi[d]|gekegel[d]|gebeuk[t])\b",
    r"\b(?:omvergeduw[d]|omvergelope[n]|omvergerede[n]|omvergegooi[d])\b",
)
# ---- sessie 41G (issue 12, 16): een teken in een vraag met "om ... te", en "nog steeds niks" na "niks veranderd" ----
#: de infinitief met "om ... te" na de ontkenning gelezen als de persoonsvorm die de patronen lezen: "is het normaal om mijn billen
#: niet meer te voelen" is "... niet meer voel", "om niet te voelen wanneer ik moet plassen", "om mijn plas niet meer te kunnen
#: ophouden" is "... niet meer kan ophouden"
#: "nog steeds" of "nog altijd" voor de ontkenning blijft de ontkenning: "niks veranderd, ik voel nog steeds niks als ik me afveeg"
#: is "ik voel niks ..." (het blote "nog niks" niet: dat is "nog niet", nog niet gebeurd)
SPOKEN_PHRASES += (
    (r"\b(niet|nie|ni|niks|niets|nix|geen)((?: meer| meer goed| goed)?) te (voelen|merken|kunnen)\b",
     lambda m: m.group(1) + m.group(2) + " " + {"voelen": "voel", "merken": "merk", "kunnen": "kan"}[m.group(3)]),
    (r"(?<=[a-z] )(?:nog steeds|nog altijd|nog altyd|altijd nog|steeds nog|nog stee[s]) (?=(?:niks|niets|nix|niet|nie|ni|geen)\b)", ""),
)
# ---- sessie 41J (issue 12): het andere been erbij na een komma ----
#: (PROXY_INTRO hierboven kijkt tot 12 woorden ver binnen de volgende zin naar het voornaamwoord van het familielid, sessie 41J: "mijn moeder is 81 . het gaat
#: de laatste weken achteruit met haar benen")
#: het andere been erbij na een komma, met "ook" (de zwakte van een been eerst gelezen, find_red_flags): "mijn linkerbeen wordt
#: zwakker, het rechter ook", "..., de andere ook al", "..., nu ook het andere" (niet "het rechter doet ook pijn", "het rechter is
#: ok", "het rechter ook niet")
OTHER_LEG_TOO += (r"(?:(?<=, )|(?<=\. )|(?<=en ))(?:en )?(?:nu )?(?:het |de |mijn |mn |t )?(?:rechter|linker|andere|ander)(?: ?(?:been|voet|ene|kant))?"
                  r"(?: (?:is|wordt|gaat))?(?: nu)? (?:ook|evengoe[d]|eveneen[s])(?: al| nu| wel| al zo| zo)?(?= ,| \.|$)",
                  r"(?:(?<=, )|(?<=\. )|(?<=en ))(?:en )?(?:nu )?ook (?:het |de |mijn |mn )?(?:rechter|linker|andere)(?: ?(?:been|voet))?(?: al| nu)?"
                  r"(?= ,| \.|$)")

# ---- sessie 41K (issue 12): een voorbije koorts verteld met zijn maand of seizoen; iets anders dan stoelgang dat eruit kwam ----
#: een verleden verteld met de maand of het seizoen (bot/reading/redflags.py _PAST; sessie 41K): "in januari", "in de winter",
#: "begin maart", "afgelopen zomer", "in het voorjaar" (niet "sinds maart", "sinds begin maart", "vanaf mei", "tot juni")
_K41_WHEN = (r"(?:januar[i]|februar[i]|maart|april|mei|juni|juli|august[u]s|septembe[r]|oktobe[r]|novembe[r]|decembe[r]|lente|zomer|herfst"
             r"|winte[r]|voorjaa[r]|najaa[r])")
PAST_CUES += (r"(?<!sinds )(?<!sedert )(?<!vanaf )(?<!van )(?<!tot )(?:in|afgelopen|vorige|vorig|begin|eind|half|midden) (?:de |het |t )?"
              + _K41_WHEN,)
#: een week koorts als kale opsomming (bot/reading/redflags.py _bare_sign_list; sessie 41K): "..., een week koorts, ..."
SIGN_LIST_WORDS = SIGN_LIST_WORDS | frozenset("week weken".split())
#: wat eruit kwam, genoemd, geen stoelgang of plas (engine _came_out_other, sessie 41K): als eigen zinsdeel vlak na of vlak voor het
#: "het kwam eruit": "het kwam er ineens uit, die steek, ...", "die tranen, het kwam er allemaal uit, ..."
CAME_OUT_OTHER = (r"(?:de |het |t |die |dieje |dat |da |mijn |ne |een |al die )?(?:pijn|steek|steken|scheut|schreeuw|gil|kreet|woord|woorden|vloek"
                  r"|vloekwoord|lach|nies|niesbui|hoest|boer|boertje|traan|tranen|gedachte|idee|nieuws|waarheid|geheim|verhaal|puist"
                  r"|puistje|pukkel|tand|splinte[r])",)

# ---- sessie 41L: koorts alleen genoemd in een vraag of ze die moeten vermelden of of ze telt ----
#: de hele zin van de koorts een vraag of die gemeld moet worden of meetelt (bot/reading/redflags.py _mention_asked): "moet ik
#: die verhoging van vorige week ook doorgeven?", "telt die temperatuur van toen nog mee?"; niet met koorts van nu of de eigen
#: erin ("moet ik zeggen dat ik koorts heb", "... mijn koorts"): gelezen
FEVER_MENTION_ASKED = (
    r"^(?!.*\b(?:mijn|mn|heb|hebt|heeft|nu|momenteel|vandaag|nog steeds|nog altijd|nog altij|vanavond)\b)(?:en |dus )?"
    r"(?:moet|moeten|moe|mag|zal|zou|moest) ik (?:\w+ ){0,6}?(?:noeme[n]|melde[n]|vermelde[n]|zegge[n]|vertelle[n]|doorgeve[n]"
    r"|aangeve[n]|vernoeme[n])\b(?: \w+){0,5}$",
    r"^(?!.*\b(?:mijn|mn|heb|hebt|heeft|nu|momenteel|vandaag|nog steeds|nog altijd|vanavond)\b)(?:en |dus )?tel[t] (?:\w+ ){1,6}?"
    r"(?:mee|nog|ook|eigenlijk|wel)?$",
)
#: een teken van horen zeggen, gevraagd of het waar is (sessie 41M; bot/reading/redflags.py _hearsay_asked_true): "..., klopt dat?",
#: "is dat waar?", "heeft ze gelijk?", "echt waar?"
TRUTH_ASKED = (r"(?:klopt|klopte) (?:dat|da|dit|het)(?: echt| wel| nu)?", r"(?:is|was) (?:dat|da|dit|het) (?:echt |wel |nu )?(?:waar|zo|juist)",
               r"(?:heeft|had|hebben) (?:hij|zij|ze|die|hem) (?:gelijk|een punt)", r"(?:echt )?waar", r"(?:klopt|juist)",
               r"(?:is|zit) (?:daar|der|er) (?:iets|wat) (?:van )?(?:waar|van aan)")

# ---- sessie 42A (issue 12): een val van een hoogte verteld door waar iemand neerkwam, woorden ertussen (TRAUMA_PATTERNS) ----
#: wat tussen het werkwoord van het neerkomen en de plek van de rug mag staan: een afstand ("twee meter lager", "een meter of
#: drie", "anderhalve meter verder"), een manier ("plat", "keihard", "languit", "met een smak"), van waar ("van de ladder",
#: "van het dak"); een gesloten klasse woorden, elk een token (niet "ik kwam thuis op mijn rug te liggen", "geland op het
#: vliegveld en mijn rug doet pijn": geen rug waarop iemand neerkwam)
_A42_TUSSEN = (r"(?:\d+(?:point\d+)?m?|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|anderhalve|anderhalf|halve|half|meter|meters|metertje"
               r"|metertjes|m|voet|trede|treden|tree|treden|verdieping|verdiepingen|sport|sporten|lager|dieper|verder|naar|beneden|omlaag"
               r"|onder|plat|hard|keihard|vol|pal|recht|languit|pardoes|zwaar|achterover|achteruit|zo|zon|goed|goeie|ruim|minstens|zeker"
               r"|wel|ongeveer|of|stuk|met|smak|klap|dreun|bons|plof|boem|pats|van|hoog|hoogte|de|het|den|t|ladder|trap|trapje|keukentrap"
               r"|dak|stelling|steiger|muur|boom|zolder|stoel|tafel|paard|fiets|trampoline|stapelbed|schuur|balkon|aanhangwagen"
               r"|vrachtwagen|ladders|,)")
_A42_ROS = (r"(?:mijn|mn|m|me|men|mijne|haar|zijn|zn|hare|ze|zen|zijne|de|het) (?:\w+ )?(?:rug|onderrug|stuit\w*|poep|kont|gat|billen|achterwerk"
            r"|achterst[e]|zitvlak|staartbee[n]|bips|reet|kren[t]|heup|zij|ruggengraat)\b")
TRAUMA_PATTERNS += (
    # het scheidbare werkwoord gesplitst met een afstand of manier ertussen: "ik kwam twee meter lager plat op mijn rug terecht",
    # "ik kwam van de ladder keihard op mijn rug terecht", "kwam anderhalve meter verder neer op mijn stuitje"
    r"(?<!pijn )(?<!stee[k] )(?<!kram[p] )(?<!scheu[t] )\b(?:kwam|kwamen)\b(?: " + _A42_TUSSEN + r"){0,9}?"
    r"(?: (?:terecht|neer))? op " + _A42_ROS + r"(?: (?:\w+ ){0,3}?(?:terecht|neer)\b|(?= ,| \.|$))",
    # het voltooid deelwoord voor de plek: "ik ben neergekomen op mijn rug", "'k zijn van de ladder neergekomen op mijne rug",
    # "ik ben geland op mijn kont van twee meter hoog"
    r"\b(?:neergekome[n]|neer gekome[n]|terechtgekome[n]|terecht gekome[n]|gelan[d]|neergeplof[t]|neergesmak[t]|neergeklap[t]|gekwak[t]"
    r"|gedonder[d])(?: " + _A42_TUSSEN + r"){0,9}? op " + _A42_ROS,
)
# ---- sessie 42C (issue 12): de schrijver in de derde persoon genoemd als familie of mantelzorger van de patient (PROXY_ROLE) ----
#: bij het begin (na een groet): "hier schrijft de kleindochter van mevrouw janssens", "de zoon van meneer wouters hier", "dit is
#: de vent van mevrouw peeters die schrijft", "de dochter van ons moeder hier" (bot/reading/redflags.py _as_patient): daarna zijn
#: "hij", "ze", "zijn", "haar" die van de patient -- niet familie terloops genoemd ("de zoon van meneer wouters is gevallen")
_OF_42C = (r"(?:" + _TITLE_40G + r" \w+(?: \w+)?|(?:ons|onze|mijn|mn) (?:moede[r]|vade[r]|pa|ma|mama|papa|moeke|vake|oma|opa|bomma|bompa|meme"
           r"|pepe|vent))")
_WHO_42C = rf"(?:de|het|t) (?:{_ROLE_40G}|vent) van {_OF_42C}"
_TAIL_42C = r"(?:die |dat |da )?(?:hier |nu )?(?:schrijft|typt|tikt|aan het woord|hier|aan de lijn)(?= [,.!:;]| (?:en|hij|ze|zij)\b|$)"
PROXY_ROLE += (rf"(?:hier schrijft|hier typt|hier is|met|(?:dit|het|t) is|(?:ik|k) schrijf als) {_WHO_42C}(?: {_TAIL_42C})?(?= [,.!:;]| (?:en|hij|ze|zij)\b|$)",
               rf"{_WHO_42C} {_TAIL_42C}")
#: street spelling read only in its context, after STREET (session 42E; none in this pack yet)
STREET_PHRASES: tuple = ()
#: de woorden van een vraag geciteerd, uit een formulier of van de assistent, het antwoord erna (sessie 42G;
#: bot/reading/redflags.py _quoted_questions_out): "in de vragenlijst staat 'kanker gehad?' zelf nooit", "ge vraagt 'koorts?' nee"
QUOTE_ASKED_BEFORE = (r"(?:er )?staat(?: er)?(?: ook)?", r"(?:ge|je|jij|gij|u|jullie|ze|men) (?:vraagt|vragen|vroeg|vroegt|vroegen)(?: ook)?(?: naar| of)?",
                      r"vraagt (?:ge|je|jij|gij|u|jullie|ze|men)(?: ook)?(?: naar| of)?", r"(?:de )?vraag(?: is| was)?",
                      r"(?:formulier|vragenlijst|lijst|app|bot|chat|site) (?:vraagt|vroeg|zegt|zei)", r"aangevinkt", r"aanvinken")
QUOTE_ASKED_AFTER = (r"vraag", r"vakje", r"hokje")
QUOTE_ANSWER_YES = ("ja", "jawel", "jazeker", "jaja", "klopt")
QUOTE_ANSWER_NO = ("nee", "neen", "nooit", "nergens")
#: (session 42Q) Hoe te liggen of te slapen gevraagd met een houding genoemd ("'s nachts is het de hel, hoe moet ik
#: liggen, op mijn zij of rug?"): welke houding het verlicht, nachtpijn die van de houding afhangt (mechanisch); verteld dat
#: niets helpt (NIGHT_STRONG) blijft het nachtpijn
MECHANICAL += (
    r"hoe (?:moet|kan|mag|zal|zou|lig|ligt|slaap|slaapt) (?:ik|k|je|ge|men) (?:\w+ ){0,2}?(?:liggen|slapen|lig|slaap)?\b(?:\W+\w+){0,3}?\W+op (?:mijn|m'n|mn|men|me|mijne|de|den|ne|nen) (?:zij|zijkant|buik|rug)\b",
)  # fmt: skip
# ---- session 42S (issue 12): het niet kunnen ophouden, gezegd van "het" ----
#: "ik kon het niet meer ophouden", "k kon t nie langer houden", "toen kon ik het echt niet ophouden", "ik heb het niet kunnen
#: tegenhouden" (niet "ik kon niet ophouden met lachen": geen "het"; niet "ik kon het huis niet houden": een ding tussen "het" en
#: "niet"; niet "inhouden": het lachen, de tranen)
BLADDER_PATTERNS += (
    r"\b(?:kon|kan|kond[e]|kost|konden|kunt) (?:ik |k )?(?:het|t|et) (?:echt |gewoon |toch |bijna |helemaal |even |toen |dan )?(?:niet|nooit)"
    r" (?:meer |langer |lang genoeg )?(?:ophouden|houden|tegenhouden)\b(?! (?:\w+ ){0,2}?(?:met|van het lachen|van de lach)\b)"
    # (not the cough or the sneeze itself: "ik kan het niet ophouden als ik moet hoesten", session 13's reading)
    r"(?! (?:als|wanneer|toen) (?:ik |k )?(?:moet |moest )?(?:hoes[t]|hoeste[n]|nie[s]|nieze[n]|lac[h]|lache[n])\b)",
    r"\b(?:het|t|et) (?:echt |gewoon |toch |toen |dan )?(?:niet|nooit) (?:meer |langer )?(?:kunnen|gekund) (?:ophouden|houden|tegenhouden)\b",
)
# real words one edit from the words session 42's rounds added to the rules (tests/unit/test_redflags_street.py
# test_real_neighbours_are_complete, the system word list): never corrected
REAL_NEIGHBOURS = REAL_NEIGHBOURS | frozenset((
    "aanhangwagens arier baljon balkan balkons becht beters bolder bonden brecht buret capabel capabele "
    "contrabas coupje couplet deters dieker diemer diepere diepers diever directe dolder drecht drein "
    "dreunt dweper eenre eisses eters facie faciel faciele fairst fierst fikst firat fitst framen frames "
    "frase frist gegund gekend gekuld gelre genie genres gerund goede goele goetie grapje greiner hadders "
    "halbe hecht holder hoogde hooge hoogste hoogt hoogten hoogtes hoonte hoopte ieper jarig jarige jaris "
    "kardoes keiharde kenden kieper kladders kodden kolden kolder konten kreun laders leaset lekst lenst "
    "lisses lodders londen lorre malve maters meere meers meertje meertjes meiers mekers mesters metiers "
    "metra metsers mieters monden moret murat muren murwt nisses pardoel pardoen pardoens passant "
    "petertje petertjes pieper pistes pisvee platforms platvorm platworm pleur pleurde pleuren pleurt "
    "plisses polder ponden puissant renier rolder ronden scheur schuurs schuurt seters shorten smaak "
    "solide soorten sorry sporen sporken sportel sporter spoten spotten sproten spurten squares stage "
    "stages stores storten streden tabee tabla tablet taboe tegenhoudend teters track trailers trapjes "
    "trapte trawler tredend treeen treiler tremen treven tripje trucks trucs trump vecht veters vetertje "
    "vetertjes vladders volder vonden vrachtwagens wisses zelder zijde zijnd zijnde zijner zijnet zijns "
    "zijpe zolders zoldert zonden "
).split())
# ---- sessie 43 (issue 12): na de rol van de schrijver, de patient genoemd met het familiewoord waar die rol bij hoort ----
#: de schrijver noemde zich bij het begin familie van de patient (PROXY_ROLE), de patient daarna genoemd met het familiewoord
#: als onderwerp: "hier schrijft de kleindochter van mevrouw claes . oma is gisteren gevallen" (bot/reading/redflags.py
#: _role_kin_as_patient): de woorden van de rol, de familiewoorden van de patient die erbij horen -- en de woorden die van dat
#: familiewoord de eigenaar van nog iemand maken ("oma haar zus", "oma d'r zus", "oma's zus")
#: (een titel of "zijn"/"haar" in de woorden van de rol houdt de familie van de patient aan een kant: "ik ben de dochter van
#: meneer maes . mama had kanker" is van iemand anders)
_HE_43 = r"^(?!.*\b(?:mevrouw|juffrouw|mevr|mw|haar|heur|d r)\b)"
_SHE_43 = r"^(?!.*\b(?:meneer|mijnheer|menheer|dhr|zijn|zn|z n)\b)"
_GRANDCHILD_43 = r".*\b(?:achter)?klein(?:dochter|zoon)"
_CHILD_43 = r".*\b(?:schoon|stief)?(?:dochter|zoon)\b"
ROLE_KIN = ((_HE_43 + _GRANDCHILD_43, r"opa|bompa|pepe|grootvader|opi"),
            (_SHE_43 + _GRANDCHILD_43, r"oma|bomma|meme|grootmoeder|omi"),
            (_HE_43 + _CHILD_43, r"vader|pa|papa|pappa|paps|vake"),
            (_SHE_43 + _CHILD_43, r"moeder|ma|mama|mam|moeke|mams"),
            (r"vrouw|echtgenote", r"man|echtgenoot|ventje|vent"),
            (r"man|echtgenoot|vent", r"vrouw|echtgenote"))
KIN_OWNED_AFTER = ("s", "haar", "dr", "d r", "der", "zn", "z n", "zijn", "ze", "heur", "hare")

#: een afhangende voet verteld aan wat hij doet (sessie 43W, issue 12; met een verergering erbij: het net): struikelen over
#: niks, met de neus of punt van de schoen blijven haken of slepen: "ik struikel tegenwoordig over niets, het wordt erger",
#: "ik haak met de punt van mijn schoen achter elke trede, elke dag erger" (niet struikelen over een echte drempel)
FOOT_SIGN_ALONE += (
    r"(?:struikel|struikelt|struikelde|struikelden|struikelen|strompel\w*) (?:\w+ ){0,2}?over (?:niks|niets|nikske|nix|niemendal)\b",
    r"(?:haa[k]|haa[k]t|haa[k]te|haa[k]en|hang|hangt|blijf|blijft|bleef|sleep|sleept|tik|tikt) (?:\w+ ){0,3}?met (?:de |het )?(?:neus"
    r"|punt|tip|top|voorkant|tippen|puntje) van (?:mijn |mn |m |me |de )?{FOOTWEAR}",
    r"(?:neus|punt|tip|voorkant|puntje) van (?:mijn |mn |m |me |de )?{FOOTWEAR} (?:\w+ ){0,3}?(?:haa[k]t|haa[k]te|blijft|bleef|sleept"
    r"|sleepte|schuu[r]t|tikt)\b",
)
#: benen die onder iemand wegzakken, het voornaamwoord van de ander als "mijn" gelezen (sessie 43W): "haar benen zakken onder haar
#: weg als ze opstaat" (gelezen "mijn benen zakken onder mijn weg")
WEAK += (r"(?:plooi\w*|knik\w*|zakk?\w*) (?:\w+ )?onder (?:mijn|hem|haar) (?:weg|vandaa[n]|door)\b",)
# ---- session 43P (issue 12): de nacht verteld na een ontkenning van de pijn die doorgaat ----
#: een ontkenning die de pijn vertelt die doorgaat, geen nacht ontkend (bot/reading/redflags.py _night_keeps_neg): "pijn die me niet
#: loslaat s nachts: liggend, zittend, op mijn zij, niks helpt", "het laat me niet met rust s nachts, ..."
NIGHT_KEEPS_NEG = (r"(?:laat|liet|laten) (?:me |mij |mn |mijn )?(?:\w+ )?(?:niet|nie|ni|nooit) (?:meer )?(?:los|met rus[t]|gerus[t])",
                   r"(?:niet|nie|ni|nooit) (?:meer )?(?:losla\w*|met rus[t] laa[t]|met rus[t] laten)",
                   r"(?:houdt|hield|stopt|stopte) (?:het |t |ze |de pijn |die pijn )?(?:niet|nie|ni|nooit) (?:meer )?op")
# ---- session 43P (issue 12): een koorts voorbij, verteld als niks meer sinds een dag ----
#: niks meer sinds een genoemd moment, na een koorts in de verleden tijd (bot/reading/redflags.py _resolved_after, PAST_CUES in zijn
#: zin): "vorige week 38,5 met de griep, sinds vrijdag niks meer", "ik had 39, niks meer sinds maandag" (het einde van de zin of een
#: komma erna: niet "sinds maandag niks meer aan gedaan")
FEVER_GONE_NOW += (r"(?:sinds|sedert|vanaf) (?:\w+ ){1,2}?(?:al |helemaal |totaal )*(?:niks|niets|nikske|nix)(?: meer| nie meer| niet meer)?(?= ,| \.|$)",
                   r"(?:niks|niets|nikske|nix) meer (?:sinds|sedert|vanaf) (?:\w+ ){0,2}?\w+(?= ,| \.|$)")
#: (sessie 43Q2) Niet weten hoe te liggen of te slapen, de houding erna gevraagd ("'s nachts is het de hel, ik weet niet hoe ik moet
#: liggen . op mijn zij ?": bot/reading/redflags.py _night_position_asked_next leest de volgende zin erbij): mechanisch
MECHANICAL += (
    r"unsure hoe (?:ik|k|je|ge|men) (?:best |het best |nu )?(?:moet|kan|mag|zal|zou) (?:\w+ )?(?:liggen|slapen)\b(?:\W+\w+){0,3}?\W+op (?:mijn|m'n|mn|men|me|mijne|de|den|ne|nen) (?:zij|zijkant|buik|rug)\b",
)  # fmt: skip
# ---- sessie 43NT: een uitglijder opgevangen voor een val, dan gevraagd of het als een val telt ----
#: recht blijven na een uitglijder of struikeling (sessie 43NT, bot/reading/redflags.py _slip_unstruck en _fall_told_denied): "ik bleef
#: rechtstaan", "ik ben blijven staan", "bleef recht staan", "overeind gebleven", "bleef op mijn benen staan", "raakte de grond niet"
#: (niet "ik moest de hele dag blijven staan": geen uitglijder ervoor)
NOTHING_STRUCK += (r"(?:ik |k |en |maar |dus )(?:ben |bn )?(?:toch |nog |gewoon )?(?:bleef|blijven|bleven) (?:recht ?staan|rechtop staan|staan|overeind"
                   r"|op (?:mijn|mn|me) (?:benen|voeten) staan)\b",
                   r"(?:ben |bleef |bn )(?:toch |nog |gewoon )?(?:overeind|rechtop|recht|op (?:mijn|mn|me) (?:benen|voeten)) geblev[e]n\b",
                   r"(?:raakte|raak|heb|had) (?:de grond|de vloer) (?:niet|nie|nooit)(?: geraakt)?\b")
#: de uitglijder of het opvangen van een bijna-val (sessie 43NT, bot/reading/redflags.py _fall_told_denied, met SLIP_ONLY, SLIPPED
#: en CAUGHT_AFTER): "gleed uit", "greep ... vast", "ving me op"
NEAR_FALL = (r"glee[d]", r"glij[d]", r"schoo[f]", r"struikel[d]", r"gree[p]", r"vin[g]")
#: de vraag of de bijna-val als een val telt (sessie 43NT; alleen weg als het eigen goed verteld is: _own_told_fine): "is dat een val?",
#: "is dit een ongeval?" (een vraag: het werkwoord eerst)
GENERAL_SUBJECT += (r"(?:is|was) (?:dat|dit|da) (?:nu |dan |eigenlijk |echt |ook |al |wel )?(?:een )?(?:val|valpartij|ongeval|ongeluk|trauma)\b",)
# ---- sessie 43S2 (issue 12): de zadelstreek niet gevoeld onder de douche of in bad, verteld door het water, de handdoek of de kleren ----
#: wat de zadelstreek raakt bij wassen, afdrogen of aankleden (engine _SHARED_SADDLE): "het water", "de handdoek", "het wc-papier",
#: "mijn onderbroek" (niet "bad" alleen: Engels "bad")
BATH_THING = (r"wate[r]|badwate[r]|douchewate[r]|douch[e]|douchestraa[l]|straa[l]|(?:in (?:het |t |den |de |bad )?|het |t )ba[d]",
              r"handdoe[k]|washan[d]|washandj[e]|(?:wc |toilet ?|closet ?)papie[r]|wcpapie[r]",
              r"onderbroe[k]|slipj[e]|ondergoe[d]|kleren|kledin[g]")
#: die aanraking niet gemerkt (naast NOT_FELT_IT): "ik merk het niet", "'k merk da nie"
BATH_NOT_FELT = (r"(?<!\bze )(?<!\bzij )(?<!\bhij )(?:merk|merkte|merkte[n]) (?:ik |k |ek )?(?:het|t|da|dat|die|ze|hem|em|er|der) "
                 r"(?:\w+ ){0,2}?(?:niet|niks|niets|nooit|amper)\b",)
#: ... of "het" niet gevoeld, dan waar: "de handdoek voel ik niet meer aan mijn billen"
BATH_NOT_FELT_AT = (r"(?<!\bze )(?<!\bzij )(?<!\bhij )(?:voel|voelde|merk|merkte) (?:ik |k |ek )?(?:(?:het|t|da|dat|die|ze|hem|em|er|der) )?"
                    r"(?:\w+ )?(?:niet|niks|niets|amper)(?: meer)?",)
# ---- sessie 43 (issue 12, lead): een greep die ons allebei mee onderuit nam ----
#: de val verteld als "we vielen" (sessie 43L): "mijn vriend greep me nog vast maar we vielen allebei", "we vielen samen van de
#: trap" -- niet "we vielen in slaap", "we vielen stil", "de lessen vielen uit"
TRAUMA_PATTERNS += (r"\b(?:we|wij) (?:\w+ ){0,2}?viele[n]\b(?! (?:ui[t]|a[f]|mee|tegen|op)\b)(?! (?:\w+ )?(?:in slaa[p]|sti[l])\b)",
                    r"\bviele[n] (?:we|wij)\b(?! (?:ui[t]|a[f]|mee|tegen|op)\b)(?! (?:\w+ )?(?:in slaa[p]|sti[l])\b)")

# ---- sessie 44T (issue 12): een teken gelezen, gevraagd wat het betekent of hoe dringend, niets ervan als eigen verteld ----
#: hoe dringend een gelezen teken is (met MEANING_ASKED): "is dat echt dringend", "is da zo erg"
SIGN_URGENCY_ASKED = (r"(?:is|was) (?:dat|da|dit|het) (?:echt |nu |wel |dan )?(?:zo )?(?:dringend|ernstig|gevaarlijk|urgent)",)
#: "bij mij is da nie zo", "ik voel daar alles"
SIGNS_DENIED += (r"bij mij is (?:dat|da|dit|het) (?:gelukkig |helemaal )?(?:niet|nie|ni) (?:zo|het geval)\b",
                 r"(?:ik|k) voel (?:daar|der|daar beneden|van onderen) (?:nog )?alles(?= ,| \.|$| hoor\b| maar\b)")
#: de benen van een naaste die het begeven, erger verteld, naast GIVES_WAY (sessie 44W3; bot/reading/redflags.py
#: _others_failing_worse): "zakt mijn moeder door haar benen", "plooien de benen van mijn vader dubbel"
OTHERS_LEGS_FAIL = (r"(?:zakken|zakte|zakten) (?:\w+ ){0,4}?(?:door|weg)", r"zakt (?:\w+ ){0,4}?(?:door|weg)", r"doorgezakt|weggezakt",
                    r"(?:plooit|plooien|plooide|plooiden) (?:\w+ ){0,4}?dubbel")
# ---- sessie 44 (de lead, issue 12): "haar" van een naaste als voorwerp ----
#: het voornaamwoord van de naaste dat een voorwerp is tussen deze woorden (bot/reading/redflags.py _patient_pronoun): woord ->
#: (de vorm van de patient, de woorden ervoor, de woorden erna): "zakken haar benen onder haar weg" -> "... onder mij weg"
PROXY_OBJECT_AFTER = {"haar": ("mij", r"onder", r"weg|vandaa[n]|door")}
# ---- session 44NT2, issue 12: night pain told as nights bad with nothing easing it, the tries at night, or in bed unchanged ----
#: the nights named as the bad time, then nothing eases it (not the nights told fine, nor kept up by another: "de nachten zijn zwaar
#: met de baby"): "de nachten zijn erg, niks helpt"
_NIGHTS_OTHER_44 = (r"(?!(?: \S+){0,6}? (?:met|door|van|vanwege) (?:de |het |onze |mijn |mn |ons )?(?:baby|babys|kindje[s]?|kinderen|kleine"
                    r"|peute[r]|tweelin[g]|hond|pupp[y]|bure[n]|gesnur[k]|man|vrouw|partne[r]|zoon|dochter|nachtdienst\w*|werk)\b)")
NIGHT_PATTERNS += (
    r"(?:^|(?<=, )|(?<=\. )|(?<=\ben )|(?<=\bmaar ))(?:de |mijn |mn |me |die )?nachte[n] (?:zijn|waren|blijven|worden)\b(?! (?:\w+ )?(?:goed|prima|ok|oke|bete[r]|rusti[g]|te doen"
    r"|draaglij[k]|geen probleem|in orde|niet (?:\w+ )?erg)\b)" + _NIGHTS_OTHER_44 + r"(?: \S+){0,12}? {NO_RELIEF}\b",
    # ... wat ik ook probeer 's nachts, het blijft: "wat ik ook doe in bed, het gaat niet weg"
    r"\bwat (?:ik|k) ook (?:probeer|probeerde|doe|deed|neem)\b(?: \w+){0,2}? (?:s nachts|snachts|in bed|in mijn bed|in mn bed|in de nacht)\b"
    r"(?: \S+){0,12}? (?:{NO_RELIEF}|(?:het|t|de pijn|ze|mijn rug) (?:\w+ )?(?:blijft|zeur[t]|klop[t]|doet (?:\w+ )?(?:pijn|zeer)"
    r"|gaat (?:niet|nie) weg))\b",
    # ... in bed of liggend blijft het zoals het is: "in bed doet het zeer, of ik nu beweeg of niet", "liggend heb ik alles geprobeerd"
    r"\b(?:in bed|in mijn bed|in mn bed|als (?:ik|k) lig|liggen[d]|s nachts|snachts)\b"
    # (not the nights told good first: "'s nachts slaap ik goed, niks verandert"; the lead at landing)
    r"(?!(?: \S+){0,3}? (?:slaap|slaapt|sliep) (?:ik |k )?(?:\w+ )?(?:goed|prima|door|als een roos))(?: \S+){0,16}? (?:of (?:ik|k) (?:nu |nou )?(?:beweeg|stil lig"
    r"|draai|verli[g]) of (?:niet|nie|ni)|(?:niks|niets|nix) (?:\w+ ){0,3}?verander[t]|alles (?:al )?geprobeer[d])\b",
    r"\bof (?:ik|k) (?:nu |nou )?(?:beweeg|stil lig) of (?:niet|nie|ni)\b(?: \S+){0,4}? (?:in bed|als (?:ik|k) lig|liggen[d]|s nachts|snachts)\b",
)
#: ... moving or not is no pain that comes only with moving
NIGHT_STRONG += (r"of (?:ik|k) (?:nu |nou )?(?:beweeg|stil lig|draai|verli[g]) of (?:niet|nie|ni)",)
#: een vraag aan de persoon gesteld, geen pagina gelezen (bot/reading/redflags.py _hearsay_meaning_asked; sessie 44, de lead):
#: "de dokter vroeg of ik een doof gevoel had. wat betekent dat?" houdt het teken
HEARSAY_PUT = (r"vroeg|vroegen|vraagt|gevraagd",)
# ---- sessie 45W4, issue 12: beide benen gelijk verteld, de benen van een naaste die wegplooien ----
#: de twee benen gelijk verteld na een zwakte (bot/reading/redflags.py _BOTH_ALIKE): "elke dag slapper, allebei hetzelfde",
#: "links en rechts hetzelfde" (een zwakte moet al gelezen zijn; "het andere is goed" is er geen van)
BOTH_ALIKE = (r"(?:allebei|alle ?twee|beide|de twee|links en rechts) (?:benen |kanten )?(?:zijn |is )?(?:precies |juist |net )?"
              r"(?:hetzelfde|gelijk|even erg|evenveel|even zwak)",)
#: ... de benen van een naaste die wegplooien of onder haar/hem plooien, erger verteld: "de benen van mijn vader plooien weg"
OTHERS_LEGS_FAIL += (r"(?:plooit|plooien|plooide|plooiden) (?:\w+ ){0,4}?(?:weg|door|onder)",)

# ---- sessie 45TR (issue 12): achterop gereden, een tegenspeler in de rug, een val die onderaan eindigt (TRAUMA_PATTERNS) ----
TRAUMA_PATTERNS += (
    # "ze reden ons achterop", "er reed een camionette achterop" (niet "mijn dochter reed achterop bij mij": achterop de fiets)
    r"\b(?:reed|rede[n]) (?:ons|mij|me) (?:\w+ )?achtero[p]\b",
    r"\b(?:er (?:reed|rede[n]|kwam|kwame[n])|(?:reed|rede[n]|kwam|kwame[n]) er) (?:\w+ ){0,2}?(?:\w*busj[e]|\w*bu[s]|\w*aut[o]|\w*wage[n]"
    r"|camio[n]|camionett[e]|bestelwage[n]|vrachtwage[n]|truc[k]|tax[i]|iemand|eentj[e]|ene) (?:\w+ )?achtero[p]\b",
    # een tegenspeler vol in de rug: "bij de rugby kwam er eentje vol in mijn rug"
    r"\b(?:kwam|kwame[n]|vloo[g]|dook|knald[e]|spron[g]) (?:er )?(?:eentj[e]|iemand|ene|een tegenstande[r]|een tegenspele[r]|een spele[r]"
    r"|een verdedige[r]) (?:\w+ ){0,2}?(?:in|op|tegen) (?:mijn|mn|m|me) (?:onderrug|bovenru[g]|rug|lende[n]|ruggegraa[t]|wervelkolo[m])\b",
    # een uitglijder die onderaan eindigt: "ik gleed uit op de trap en lag onderaan"
    r"\b(?:glee[d]|glede[n]|uitgegleden|struikeld[e]|gestruikeld)(?: \w+){0,6}? (?:lag|lage[n]|belandd[e]) (?:\w+ )?(?:onderaa[n]|beneden)\b",
)
#: gedragen dingen die de trap af vallen terwijl de persoon blijft staan: "de wasmand viel naar beneden"
FALLEN_THINGS += ("wasman[d]", "man[d]", "wasgoe[d]", "linnenman[d]")
# ---- session 45N3, issue 12: night pain told as nothing one does at night changing it ----
#: anything done, the pain unchanged: "s nachts maakt het niet uit wat ik doe, de pijn blijft hetzelfde", "ge kunt draaien en keren
#: zoveel ge wilt, t wordt nie minder" (not the day's or work's: no day word between; not the night told good)
_ANYTHING_DONE_45 = (r"(?:maakt (?:het |t )?(?:niet|nie|ni|niks|niets) uit wat (?:ik|k|ge|je|we) (?:doe|doet|deed|probeer|probeerde)"
                     r"|wat (?:ik|k|ge|je) ook (?:doe|doet|deed|probeer|probeerde)|(?:ik|k|ge|je) (?:kan|kunt|kun) (?:draaien|woele[n]) en"
                     r" (?:kere[n]|draaien|woele[n])|(?:ik|k) (?:draai|woel) en (?:keer|draai|woel))")
_NIGHT_HERE_45 = r"(?:s nachts|snachts|in de nacht|in bed|in mijn bed|in mn bed|als (?:ik|k) lig|liggen[d]|als (?:ik|k) ga liggen)"
_UNCHANGED_45 = (r"(?:{NO_RELIEF}|blijf[t] (?:\w+ ){0,2}?(?:hetzelfde|even (?:erg|hard|zeer)|zoal[s] (?:het|t) is)"
                 r"|(?:wordt|gaat|werd|ging) (?:\w+ ){0,4}?(?:niet|nie|ni|nooit|geen enkele manie[r]) (?:\w+ )?(?:minder|bete[r]|weg)"
                 r"|geen enkele manie[r] (?:\w+ ){0,2}?(?:minder|bete[r]|weg)|verander[t] (?:er )?(?:\w+ )?(?:niks|niets|nix))")
_GAP_NO_DAY_45 = r"(?: (?!(?:overda[g]|dag|werk|mijn werk|prima|goed|ok|oke)\b)\S+){0,16}?"
NIGHT_PATTERNS += (
    r"\b" + _NIGHT_HERE_45 + r"\b" + _NIGHTS_OTHER_44 + r"(?!(?: \S+){0,3}? (?:slaap|slaapt|sliep) (?:ik |k )?(?:\w+ )?(?:goed|prima|door))"
    + _GAP_NO_DAY_45 + r" " + _ANYTHING_DONE_45 + r"\b" + _GAP_NO_DAY_45 + r" " + _UNCHANGED_45 + r"\b",
    r"\b" + _ANYTHING_DONE_45 + r"(?: \w+){0,2}? " + _NIGHT_HERE_45 + r"\b" + _GAP_NO_DAY_45 + r" " + _UNCHANGED_45 + r"\b",
)
#: ... anything done, the pain unchanged, is no pain that comes only with turning over
NIGHT_STRONG += (_ANYTHING_DONE_45 + r"\b(?: \S+){0,12}? (?:blijf[t] (?:\w+ ){0,2}?hetzelfde|(?:op )?geen enkele manie[r]"
                 r"|(?:wordt|gaat) (?:\w+ ){0,2}?(?:niet|nie|ni) (?:minder|weg)|verander[t] (?:er )?(?:\w+ )?(?:niks|niets))",)
# ---- sessie 46PD, issue 12: een voorbije ziekte met koorts die over is door de behandeling, de kanker van een tweeling ----
#: een koorts in het verleden (in haar eigen zin: "had", "vorige maand", "in oktober") die over is door de behandeling: "behandeld
#: met antibiotica", "kuur afgemaakt", "de antibiotica zijn op", "controle was proper", "de urine is terug in orde" (niet "nog aan
#: de antibiotica", "wordt behandeld", "behandeld met dafalgan", niet een koorts van de laatste dag)
FEVER_GONE_NOW += (
    r"(?<!niet )(?<!nog niet )(?<!wordt )(?<!word )(?<!nog )(?:goed )?behandel[d](?: met antibiotic[a])?(?= ,| \.| en\b|$)",
    r"(?:de |mijn |mn |me )?(?:kuu[r]|antibioticakuu[r]|antibiotic[a]) (?:is |was |zijn |waren )?(?:helemaal |volledig |al )?(?:afgemaak[t]"
    r"|uitgenome[n]|afgeron[d]|op|gedaa[n]|uit)(?= ,| \.| en\b|$)",
    r"(?:de |het |een )?(?:control[e]|nacontrol[e]|controlestaa[l]|urinecontrol[e]|urin[e]) (?:\w+ ){0,2}?(?:was|is|bleek|kwam) (?:\w+ )?"
    r"(?:proper|schoo[n]|normaa[l]|negatie[f]|in orde|terug in orde|weer in orde|goed|ok|oke)(?= ,| \.| en\b|$)",
    # "sindsdien geen koorts" (een woord, de vorm "sinds dan" was er al)
    r"(?:sindsdien|sedertdien|van toen af|daarna|nadien) (?:al |helemaal |totaal )*(?:geen (?:enkele )?|nul )(?:koorts|verhoging|temperatuur)\b",
)
#: een tweeling is familie: "mijn tweelingbroer heeft darmkanker gehad, ikzelf nooit iets gehad"
FAMILY += (r"tweelingbroe[r]|tweelingzu[s]|tweelingzuste[r]|tweelin[g]",)

# ---- sessie 46R2 (issue 12): een been erger verteld met het optillen, de pedalen, lastiger dan gisteren; "niks erger" ----
#: een voet die elke dag moeilijker op te tillen is (met een verloop verteld, _worsening_leg_net): "mijn voet is elke dag
#: moeilijker op te tillen", "mijn been wordt elke dag lastiger om op te heffen"
FAILING_LIMB += (r"(?:moeilijk\w*|lastig\w*|zwaarder|moeizam\w*) (?:om )?(?:op te (?:tillen|heffen|trekken)|omhoog te (?:krijgen|tillen|trekken"
                 r"|brengen))",
                 # ... een voet die met de hand of vanuit de knie opgetild moet worden: "moet m vanuit mijn knie optillen"
                 r"(?:moet|moest|moeten|moesten) (?:\w+ ){0,4}?(?:optillen|opheffen|omhoog tillen|omhoog trekken)",)
#: lastiger dan gisteren, met een zwak been (_worsening_leg_net): "mijn been is zwak, het is lastiger dan gisteren"
WORSE_NOW += (r"(?:lastiger|moeilijker|moeizamer|zwaarder|slapper|krachtelozer) dan (?:gisteren|gister|eergisteren|eergister|vorige week"
              r"|vanmorgen|vanochtend|deze morgen|de dag (?:ervoor|daarvoor))",)
#: de voet die niet van of op een pedaal van de auto raakt (zoals "ik krijg mijn voet niet op de rem"): "ik krijg mijn voet nie van t
#: gaspedaal", "mijn linkervoet krijg ik bijna niet meer op het rempedaal"
_PEDAAL_46 = r"(?:van|af|op|naar) (?:de|het|t|den) (?:gaspeda[a]l|rempeda[a]l|gas|rem|koppelin[g]|peda[a]l)\b"
_NIET_46 = r"(?:niet|nie|amper|nauwelijks|bijna niet|haast niet|moeilijk|slecht) (?:meer |goed |snel |vlot |rap )*"
WORSENING_PATTERNS += (
    r"\b(?:krijg|kreeg|krijgen|kregen)\b (?:ik |k )?(?:mijn |mn |me |m |de )?(?:linker|rechter)?(?:voet|been|voeten|benen)\b (?:\w+ ){0,2}?"
    + _NIET_46 + _PEDAAL_46,
    r"\b(?:mijn |mn |me |de )(?:linker|rechter)?(?:voet|been)\b (?:krijg|kreeg) (?:ik |k )?(?:\w+ ){0,2}?" + _NIET_46 + _PEDAAL_46,
    # ... in a subordinate clause, the verb last (the lead, session 46): "ik merk dat ik mn rechtervoet niet goed van t gaspedaal
    # omhoog krijg", "omdat ik mijn voet haast niet meer op de rem krijg"
    r"\b(?:dat|da|omda[t]|want|als|hoe) (?:ik|k) (?:mijn |mn |me |m |de )(?:linker|rechter)?(?:voet|been)\b (?:\w+ ){0,2}?" + _NIET_46
    + _PEDAAL_46 + r" (?:\w+ )?(?:krijg|kreeg|krijgen|kregen)\b",
)
#: een verergering ontkend met "niks"/"niets": "mijn benen zijn al jaren slap, niks erger" (niet "niks erger dan die pijn")
_NIKS_ERGER_46 = r"(?:niks|niets|nix) (?:\w+ ){0,2}?(?:erger|slechter)(?! dan (?:\w+ ){0,2}?(?:pijn|dit|dat|deze|die)\b)"
STABLE += (_NIKS_ERGER_46,)
NOT_WORSE += (_NIKS_ERGER_46,)
NOT_WORSENING += (_NIKS_ERGER_46,)
# ---- session 46SB, issue 12: saddle places listed, one numbness word for all; the inside of the legs with the seat ----
#: the whole of the places listed before, taken up by one numbness word (bot/reading/redflags.py _PLACES_THEN_ALL): "tussen de
#: billen en vooraan, het voelt allemaal verdoofd", "rond mijn gat en vanvoor, alles slaapt"
ALL_PLACES = ("alle[s]", "allemaa[l]", "het allemaa[l]", "t allemaa[l]", "heel de boe[l]", "de hele boe[l]")
#: the scrotum, Flemish "zak", after "aan/rond mijn" only (not "in mijn zak", the pocket): "vanvoor aan mijn zak is het verdoofd"
AREA += (r"(?:(?<=aan mijn )|(?<=aan mn )|(?<=aan m )|(?<=aan me )|(?<=aan mijne )|(?<=aan ne )|(?<=rond mijn )|(?<=rond mn )"
         r"|(?<=rond m ))za[k]\b",)
#: de binnenkant van de benen genoemd met het zitvlak, de poep of het kruis is de binnenkant van de dijen (een fietser, niet
#: beide benen): "mijn kont en de binnenkant van mijn benen zijn verdoofd" (niet "de binnenkant van beide benen tot aan de
#: enkels" alleen)
CROTCH_PHRASES += (
    (r"\b(?P<area46>{AREA}) (?P<and46>en|plus) (?:de |aan de )?binnenkant(?:en)? (?:van )?(?:(?:mijn|mn|m|me|men|mijne|uw|je|de|beide"
     r"|allebei|twee) ){0,2}(?:benen|been)\b", r"\g<area46> \g<and46> crotchzone"),
    (r"\b(?:de |aan de )?binnenkant(?:en)? (?:van )?(?:(?:mijn|mn|m|me|men|mijne|uw|je|de|beide|allebei|twee) ){0,2}(?:benen|been)\b"
     r"(?= (?:en|plus) (?:mijn |mn |m |me |de |het )?{AREA}\b)", "crotchzone"),
)
# ---- sessie 46R1 (issue 12): een aanrijding verteld als wat tegen wat reed, de airbag die afging (TRAUMA_PATTERNS) ----
#: wat geraakt werd: het eigen portier, de flank, de zijkant, de auto of de fiets ("in op mijn portier", "in mijne flank")
_GERAAKT_46R1 = (r"(?:de (?:zijkan[t]|flan[k]|achterkan[t]|voorkan[t]) van )?(?:mijn|mn|m|me|mijne|mijnen|onze|ons) (?:\w+ )?(?:portie[r]|portier[s]"
                 r"|flan[k]|zijkan[t]|auto|wage[n]|fiets|bromme[r]|scoote[r]|moto[r]|deu[r]|achterkan[t]|voorkan[t])\b")
#: de kloof na het voertuig: geen bijna-aanrijding ("een auto reed bijna in op mijn portier")
_GAP_46R1 = r"(?: (?!(?:bijna|haast|net niet|kon|zou|als|mocht)\b)\S+){0,6}?"
TRAUMA_PATTERNS += (
    # "een busje reed in op mijn portier", "ne camion knalde in mijne flank", "een auto botste tegen de zijkant van mijn wagen"
    # (niet "ik rij veel met de auto", "het portier van mijn auto is zwaar")
    r"\b" + _VOERTUIG + _GAP_46R1 + r" (?:reed|reden|knald[e]|knalde[n]|botst[e]|botste[n]|ramd[e]|ramde[n]|beukt[e]|beukte[n]|klapt[e]"
    r"|klapte[n]|vloo[g]|vloge[n]|kwam|kwame[n]) (?:\w+ ){0,2}?(?:in op|op|tegen|in) " + _GERAAKT_46R1,
    # ... met het deelwoord achteraan: "ne camion is in mijne flank gereden", "een auto is op mijn portier geknald"
    r"\b" + _VOERTUIG + _GAP_46R1 + r" (?:is|zijn|was|ware[n]) (?:\w+ ){0,2}?(?:in op|op|tegen|in) " + _GERAAKT_46R1
    + r" (?:\w+ )?(?:gereden|geknal[d]|gebots[t]|geram[d]|gebeuk[t]|gevloge[n]|gekome[n]|ingerede[n])\b",
    # de airbag ging af: "de airbag ging af", "beide airbags zijn opengegaan" (niet "het lampje van de airbag brandt")
    r"\bairba[g]s? (?:(?!(?:lampj[e]|lamp)\b)\w+ ){0,2}?(?:ging|ginge[n]|is|zijn|was|ware[n]) (?:\w+ )?(?:af|afgegaa[n]|open|opengegaa[n]"
    r"|ontploo[i]d|uitgeklap[t]|ontplof[t])\b",
    r"\bairba[g]s? (?:\w+ )?(?:ontplooid[e]|ontploft[e]|klapt[e] open|klapte[n] open|spron[g] open)\b",
    # de wagen total loss: "mijn auto is total loss", "onze wagen was total loss verklaard"
    r"\b(?:mijn|mn|mijne|mijnen|onze|ons|de|den) (?:\w+ )?(?:auto|wage[n]|fiets|bromme[r]|scoote[r]|moto[r]|busj[e]|camionett[e])"
    r" (?:\w+ ){0,2}?(?:is|was|werd|ware[n]) (?:\w+ ){0,2}?tota[l] los[s]\b",
)
# ---- sessie 46R1 (issue 12): 's nachts, hoe ik me ook draai of mijn lijf leg, het blijft; niks van wat ik doe helpt (NIGHT_PATTERNS) ----
#: hoe het lijf ook gelegd of gedraaid wordt ("hoe ik me ook draai", "hoe ik mijn lijf ook leg", "hoe ik mezelf ook keer")
_HOE_OOK_46R1 = (r"hoe (?:dat )?(?:ik|k) (?:(?:me|mij|mezelf|mijzel[f]|mijn lijf|mn lijf|mijn lichaam|mn lichaam|mijn rug|mn rug) )?ook"
                 r" (?:me |mij )?(?:draai|kee[r]|leg|zet|wend|lig|schui[f]|draai en kee[r])")
#: niks van wat ik doe helpt: "niks van wat ik doe verzacht het", "niets wat ik probeer helpt"
_NIKS_WAT_46R1 = (r"(?:niks|niets|nix) (?:van )?(?:wat|da|dat) (?:ik|k) (?:\w+ )?(?:doe|probeer|neem|pak) (?:\w+ )?(?:helpt|verzach[t]|verlich[t]"
                  r"|werkt|maakt (?:\w+ )?(?:verschi[l]|uit))")
_NACHT_46R1 = r"(?:s nachts|snachts|in de nacht|nachts|nacht|in bed|in mijn bed|in mn bed)"
NIGHT_PATTERNS += (
    r"\b" + _NACHT_46R1 + r"\b" + _NIGHTS_OTHER_44 + r"(?: \S+){0,12}? " + _HOE_OOK_46R1 + r"\b(?: \S+){0,8}? (?:de pijn|het|t|pijn|die pijn|ze)"
    r" (?:\w+ )?(?:blijf[t]|gaat (?:niet|nie) weg|wordt (?:niet|nie) minder)\b",
    r"\b" + _HOE_OOK_46R1 + r"\b(?: \S+){0,8}? (?:de pijn|het|t|pijn|die pijn|ze) (?:\w+ )?(?:blijf[t]|gaat (?:niet|nie) weg|wordt (?:niet|nie)"
    r" minder)\b(?: \S+){0,8}? " + _NACHT_46R1 + r"\b",
    r"\b" + _NACHT_46R1 + r"\b" + _NIGHTS_OTHER_44 + r"(?: \S+){0,12}? " + _NIKS_WAT_46R1 + r"\b",
    r"\b" + _NIKS_WAT_46R1 + r"\b(?: \S+){0,6}? " + _NACHT_46R1 + r"\b",
)
#: ... hoe het lijf ook gedraaid wordt is geen pijn die alleen bij het omdraaien komt
NIGHT_STRONG += (_HOE_OOK_46R1,)
# ---- session 46R3, issue 12: the patient first in a pair with cancer ----
#: the patient named first in a pair whose clause tells the cancer (bot/reading/redflags.py _third_party): "ik en mijn zus hebben
#: kanker gehad" (not "ik en mijn zus zijn bij mijn vader geweest, hij heeft kanker": another clause)
PAIR_WITH_ME = (r"(?:ik|k|ikzelf|mij|mezelf) en",)
#: een gevoel normaal verteld (bot/reading/redflags.py _sense_told_normal): het gevoel of de werking normaal in de zin, gelezen met
#: een gewoon "voel niks" ("ik voel niks in mijn benen en alles werkt normaal": niets aparts); een aanraking of koude goed gevoeld
#: ("ik voelde het koude water overal"); een verlies houdt het teken ("ik voel niks meer")
SENSE_NORMAL = (
    r"(?<!niet )(?<!nie )(?:het |mijn |mn )?gevoel (?:\w+ ){0,3}?(?:is|voelt|blijft|lijkt) (?:nog |gewoon |helemaal |volledig |perfect )?"
    r"(?:normaal|goed|in orde|ok|oke)\b(?! (?:\w+ )?(?:maar|behalve)\b)",
    r"(?<!niet )(?<!nie )(?:alles|ze|die|beide|allebei|(?:mijn |mn |beide )?(?:benen|voeten)) (?:\w+ )?(?:werk[t]|werken|functionee[r]t"
    r"|functioneren|beweegt|bewegen|doet het|doen het) (?:nog |gewoon |helemaal |perfect |volledig )?(?:normaal|goed|prima|zoals altijd"
    r"|zoals het hoort|ok|oke|gewoon)\b(?! (?:\w+ )?(?:maar|behalve|niet|nie|ni|slecht|slechter|minder)\b)",
)
#: (everything or everywhere felt by the patient, "ik voel daar alles": not "het voelt alles dik aan", everything feels odd)
FELT_WELL = (r"voel\w* (?:\w+ ){0,4}?(?:goed|normaal)\b(?! (?:\w+ )?(?:niet|nie|ni|minder|meer)\b)",
             r"(?:voel|voelde|voelden) (?:\w+ ){0,4}?(?:overal|alles)\b(?! (?:\w+ )?(?:niet|nie|ni|minder|meer)\b)",)
NOTHING_FELT_PLAIN = (r"voel\w* (?:ik |k )?(?:verder |daar |er )?(?:niks|niets)",)
SENSE_LOST = (r"meer|kwijt|verloren|werk[t] niet|werken niet|werken nie|werkt nie",)
SEAT_TOLD_COLD: tuple = ()
#: ... een goed voelen ontkend of amper, in de match of de drie woorden ervoor: "ik voelde de koude bril niet goed"
FELT_WELL_DENIED = ("niet", "nie", "ni", "nooit", "nauwelijks", "amper", "geen", "niks", "niets", "minder")
#: ... of met een plek uitgezonderd erna: "k voel alles aan mijn benen behalve aan mijn kruis"
FELT_WELL_EXCEPT = ("behalve", "buiten", "uitgezonderd", "maar niet", "mar niet", "maar nie")

# ---- sessie 46R4 (issue 12): iets dat viel en de patient niet; de benen van een naaste die plooien, elke keer erger ----
#: grotere dingen die vallen, het onderwerp van de val alleen als de patient erna niet gevallen is (NOT_ME_FELL;
#: bot/reading/redflags.py fallen_thing): "de doos viel maar ik bleef rechtstaan" (niet "er viel een doos op mijn rug")
FALLEN_OBJECTS = ("doo[s]", "doze[n]", "kartonnen doo[s]", "kra[t]", "ladde[r]", "trapladde[r]", "bloempo[t]", "plantenpo[t]", "po[t]",
                  "ta[s]", "boodschappenta[s]", "za[k]", "koffe[r]", "stoe[l]", "emme[r]", "vuilba[k]")
#: de patient niet gevallen: "maar ik niet", "ik bleef staan", "ik bleef rechtstaan", "ik kon me nog vastpakken", "zelf ben ik niet
#: gevallen"
NOT_ME_FELL = (r"(?:maar|en|,) (?:ik|k) (?:zelf )?(?:niet|nie|ni)(?= ,| \.|$)",
               r"(?:ik|k) bleef (?:gewoon |nog |zelf )?(?:staan|rechtstaan|recht staan|rechtop|overeind|op mijn (?:benen|voeten))\b",
               r"(?:ik|k) (?:kon|kan|kost) (?:me|mij) (?:nog |net |gelukkig |wel )*(?:vastpakke[n]|vastgrijpe[n]|vasthoude[n]|opvange[n])\b",
               r"(?:zelf )?ben (?:ik|k) (?:zelf )?(?:niet|nie|ni) gevallen\b", r"(?:ik|k) (?:zelf )?(?:viel|ben) (?:zelf )?(?:niet|nie|ni)"
               r"(?: gevallen)?(?= ,| \.|$)")
#: "en ik viel mee": de patient viel met het ding mee (NOT_A_FALL leest "viel mee" als meevallen)
TRAUMA_PATTERNS += (r"\b(?:ik|k) viel mee\b(?! (?:\w+ )?in slaa[p])", r"\bviel (?:ik|k) mee\b(?! (?:\w+ )?in slaa[p])")
#: elke keer erger: "bij mijn vader plooien zijn benen weer, elke keer erger", "telkens wat slapper"
WORSE_NOW += (r"(?:elke|iedere) keer (?:weer )?(?:wat |een beetje |nog |iets )*(?:erger|slechter|zwakker|slapper)\b",
              r"telkens (?:weer )?(?:wat |een beetje |nog |iets )*(?:erger|slechter|zwakker|slapper)\b")
#: de benen die weer plooien, het werkwoord eerst: "plooien zijn benen weer", "plooien mijn benen telkens" (niet "ik kan mijn benen
#: weer plooien": het werkwoord na de benen)
_PLOOI_AGAIN_46R4 = (r"\b(?:plooie[n]|plooit|plooide|plooide[n]) (?:mijn |mn |m |me |zijn |haar |z n |de |beide |allebei |twee )*{LEGS}"
                     r" (?:\w+ )?(?:weer|alweer|opnieuw|telkens|nog eens)\b(?! (?:\w+ )?(?:normaal|goed|gewoon|bete[r])\b)")
BOTH_LEGS_WEAK_PATTERNS += (_PLOOI_AGAIN_46R4.format(LEGS="(?:benen|knieen)"),)
WORSENING_PATTERNS += (_PLOOI_AGAIN_46R4.format(LEGS="(?:been|knie|linkerbee[n]|rechterbee[n])"),)
OTHERS_LEGS_FAIL += (r"(?:plooie[n]|plooit|plooide|plooide[n])",)
# ---- sessie 47R8 (issue 12): een val met "gekieperd", het gezelschap voor de val, een uitglijder opgevangen ----
#: gekieperd met "ben" of "ik" (vallen; met "heb" is het iets omkiepen: "ik heb de vuilbak omgekieperd"): "ben achterover van de
#: trapladder gekieperd", "k ben van mijne fiets gekieperd", "ik ben de keldertrap afgekieperd", "ik kieperde achterover" (niet
#: "mijn zoon is ... gekieperd": een ander; niet "ik kieperde de emmer leeg")
TRAUMA_PATTERNS += (
    r"\b(?:ben|bn) (?:(?!(?:bijna|haas[t]|bijkan[s]|bekan[s])\b)\w+ ){0,6}?(?:ge|af|om|neer|onderuit|omver)(?:ge)?kieper[dt]\b",
    r"\b(?:(?:ik|k) (?:\w+ )?kieperd[e]|kieperd[e] (?:ik|k)) (?:\w+ ){0,2}?(?:achterove[r]|voorove[r]|omve[r]|onderui[t]|van (?:de|het|t|mijn|mn|een|ne|nen|den)"
    r"|de (?:\w+)?tra[p] a[f]|op (?:mijn|mn|m|de|het|t) (?:\w+ )?(?:rug|onderrug|stui[t]|stuitj[e]|gat|kont|poep|billen|grond|vloe[r]))\b",
)
#: het gezelschap van de patient, geen onderwerp van de val (bot/reading/redflags.py _someone_else): "met de kinderen", "samen met
#: mijn vrouw"
COMPANY_OF = ("met", "samen met", "mee met")
#: een hij, zij of ze bij het onderwerp van de val: het gezelschap kan de gevallene zijn ("ik was met mijn man op de ijsbaan en hij
#: is gevallen")
OTHER_SUBJECTS = ("hij", "ie", "zij", "ze", "hem", "haar", "die")
#: de knieen of handen die de grond niet haalden na een uitglijder (bot/reading/redflags.py _slip_unstruck): "mijn knieen hebben de
#: grond niet eens gehaald", "m'n handen hebben de vloer nie geraakt"
NOTHING_STRUCK += (r"(?:knieen|knie|handen|hand|billen|poep|kont|gat) (?:hebben|heeft|hadden|had|raakten|raakte|haalden|haalde) (?:zelfs |nog |toen )?"
                   r"(?:de grond|de vloer) (?:niet|nie|nooit)(?: eens| zelfs)?(?: gehaal[d]| geraak[t]| aangeraak[t])?\b",
                   r"(?:de grond|de vloer) (?:niet|nie|nooit) (?:eens |zelfs )?(?:gehaal[d]|aangeraak[t])\b")
#: "quand meme", "tout de meme" (Frans: toch) is geen meme (grootmoeder)
FAMILY = tuple(alt.replace("|meme|", r"|(?<!quand )(?<!tout de )meme|") for alt in FAMILY)
# ---- session 47R5 (issue 12): a leg task done less and less, step by step; legs that lose strength ----
#: the leg's tasks and tests a decline is told by (bot/reading/redflags.py _declining_task_net): toes, heels, the big toe, the
#: stairs and their rail, getting up out of a seat
DECLINE_TASK = (r"tene[n]", r"teen", r"hiele[n]", r"hiel", r"hakke[n]", r"grote teen", r"trap", r"trapp[e]n", r"leunin[g]",
                r"uit (?:de |mijn |mn |me |m n |ne |nen )?(?:zete[l]|stoel|fauteui[l]|sofa|bank)", r"opstaa[n]", r"recht te kome[n]", r"rechtkome[n]", r"op te staa[n]",
                r"optrekke[n]", r"op te trekke[n]")
#: a lessened step told before the lost one: "nog net", "amper", "eerst"
DECLINE_LESS = (r"nog net", r"amper", r"nauwelijk[s]", r"met moeit[e]", r"moeizaa[m]", r"nog een beetje", r"steeds minder")
#: ... or a first step of a series told with the task in its own clause: "eerst moest ik de leuning vasthouden"
DECLINE_FIRST = (r"eerst", r"daarna", r"toen", r"nadien")
#: the step lost: "helemaal niet meer", "lukt het niet meer"
DECLINE_NONE = (r"helemaal (?:niet|nie|ni)(?: meer)?", r"(?:niet|nie|ni) meer", r"lukt (?:\w+ ){0,2}?(?:niet|nie|ni)", r"onmogelij[k]")
#: another cause told for it: the pain, a cramp ("ik kon amper de trap op door de pijn")
DECLINE_OTHER_CAUSE = (r"(?:door|van|wegens|vanwege) (?:de |die |mijn )?pijn", r"(?:te veel|zoveel|teveel) pijn", r"te pijnlij[k]",
                       r"kram[p]\w*")
#: ... "mijn benen" losing strength: both legs ("mijn benen verliezen kracht", "mijn benen zijn kracht aan het verliezen")
BOTH_LEGS_WEAK_PATTERNS += (r"\b(?:mijn |mijne |mn |m n |beide |allebei |twee )(?:\w+ )?benen\b (?:(?!(?:niet|nie|ni|geen|gene|nooit|maar)\b)\w+ )"
                            r"{0,2}?(?:(?:verliezen|verloren) (?:(?!(?:niet|nie|ni|geen|gene|nooit)\b)\w+ )?(?:kracht|sterkt[e])|(?:kracht|sterkt[e]) (?:aan het |aant )?"
                            r"(?:verliezen|kwijt))\b",)
#: a worsening told of these is no course of the legs: "mijn rug wordt erger, ik kan amper ..."
DECLINE_WORSE_NOT_OF = ("rug", "slapen", "nachtrus[t]")
#: a lessened step told of feeling is no weakness: "ik voel mijn tenen amper en nu helemaal niet meer"
DECLINE_FELT = (r"voe[l]\w*", r"gevoe[l]\w*", r"doof", r"dove", r"tintelin[g]\w*")
# ---- sessie 47R6 (issue 12): de kracht nooit meer teruggekregen na een operatie; de koorts niet meer teruggekome[n] ----
#: de kracht van de benen nooit (meer) teruggekregen of teruggekomen (sessie 47R6; met beide benen, stabiel als de zin een
#: stabiel verloop vertelt, anders erger): "allebei mijn benen hebben nooit meer hun volle kracht teruggekregen", "hun kracht
#: nooit helemaal teruggekregen", "de kracht is nooit meer teruggekomen" (niet "hun kracht teruggekregen", "terug sterk")
WEAK += (r"(?:nooit|niet|nie|ni) (?:meer )?(?:(?:helemaal|volledi[g]|echt|al|de|hun|mijn|zijn|voll[e]|oude|alle) ){0,3}?kracht (?:\w+ )?"
         r"(?:teruggekrege[n]|teru[g] gekrege[n]|teruggevonde[n]|teru[g] gevonde[n]|herstel[d])\b",
         r"(?:hun |de |mijn |al hun |alle )?(?:voll[e] |oude )?kracht (?:\w+ ){0,2}?(?:nooit|niet|nie|ni) (?:meer )?(?:(?:helemaal|volledi[g]"
         r"|echt) )?(?:teruggekrege[n]|teru[g] gekrege[n]|teruggevonde[n]|teruggekome[n]|teru[g] gekome[n]|terugkwam|herstel[d])\b",)
#: de koorts niet meer teruggekomen (sessie 47R6; bot/reading/redflags.py _OVER_NOW): "de koorts is niet meer teruggekomen", "de
#: koorts is gezakt en nooit meer teruggekomen", "de koorts kwam niet meer terug" (niet "niet terug naar normaal", "niet gezakt")
FEVER_OVER += (r"(?:de |die |mijn |mn |mijne |me )?(?:koorts|verhoging|temperatuur) (?:(?:is|was|al|helemaal|volledi[g]|gezakt|gedaald"
               r"|weggezakt|en|sindsdien|daarna|toen|gelukkig) )*(?:(?:nooit|niet|nie|ni) (?:meer |nog |ooit )*(?:teruggekome[n]"
               r"|teru[g] gekome[n]|teruggekeer[d]|weergekome[n])|(?:kwam|komt) (?:nooit|niet|nie|ni) (?:meer |nog |ooit )*teru[g])\b"
               r"(?! (?:\w+ )?(?:naar|omlaag|beneden|onder|normaal)\b)"
               r"(?!(?: \S+){0,15}? {RECURRED}\b)",)

# ---- sessie 47, ronde R7 (issue 12): een zwakke straal verteld als een plas zonder druk; het zitvlak dat slaapt, werkwoord eerst ----
#: de eigen plas of straal zonder druk of kracht: "mijn plas heeft geen druk meer", "mijne plas komt er zonder kracht uit", "er zit
#: geen druk meer achter mijn plas" (niet "de douche heeft geen druk meer")
_OWN_PEE_47R7 = r"(?:(?:mijn|mn|m|mijne|men) (?:plas|plasstraal|straal)|het plassen|de plasstraal)"
BLADDER_PATTERNS += (
    r"\b" + _OWN_PEE_47R7 + r"\b (?:\w+ ){0,4}?(?:geen|zonder) (?:enige |echte |veel |nog |meer )*(?:druk|kracht)\b",
    r"\b(?:geen|zonder) (?:enige |echte |veel )?(?:druk|kracht) (?:meer |nog )?(?:op|achter|in|bij) " + _OWN_PEE_47R7 + r"\b",
)
#: het werkwoord slapen eerst, na een tijd of oorzaak vooraan ("na het fietsen", "toen", "soms", "daarna"), met het zitvlak als
#: onderwerp: "na het fietsen slapen mijn billen", "toen sliep mijn kruis" (niet "na het slapen doen mijn billen pijn", niet "soms kan
#: ik niet slapen ...": een onderwerp of hulpwerkwoord voor het werkwoord, of het werkwoord als naamwoord; niet "soms slaapt de poes
#: op mijn billen": het zitvlak zelf is het onderwerp)
_FRONTED_47R7 = (r"(?:na|tijden[s]|van|bij|sinds|achtera[f]|nadie[n]|daarn[a]|toen|soms|dan|nu|vaak|plot[s]|ineen[s]|opeen[s]|af en toe|dikwijls"
                 r"|regelmati[g]|gisteren|vandaag|s nacht[s]|s avond[s]|s ochtend[s]|s morgen[s])"
                 r"(?: (?!(?:ik|k|je|ge|we|wij|ze|zij|hij|men|kan|kon|wil|ga|gaan|moet|niet|nie|ni|en|maar)\b)\w+){0,4}?")
SADDLE_PATTERNS += (
    r"(?:^|(?<=, )|(?<=\ben )|(?<=\bmaar ))" + _FRONTED_47R7 + r" (?<!\bhet )(?<!\bte )(?:slapen|sliepen|sliep|slaapt)"
    r" (?:mijn|mn|m|mijne|men|de|beide|allebei) (?:(?:beide|twee|hele|linker|rechter|binnenkant|onderkan[t]|achterkan[t]|huid) (?:van (?:mijn |mn |m "
    r"|de )?)?)?{AREA}\b(?! (?:\w+ )?{HURTS})",
)

# ---- sessie 47R9 (issue 12): koorts verteld als een meting van elke avond, of als niet terug normaal ----
#: de tijden waarop een temperatuur telkens weer gemeten wordt (bot/reading/redflags.py _SHARED_FEVER, READING_TIME): "s avonds
#: altijd rond de 38", "elke avond weer 38", "38 elke ochtend" (de decimalen werden al gelezen)
READING_TIME = FEVER_EVERY_EVENING + (r"se avond[s]", r"s nacht[s]", r"(?:elke|iedere) (?:ochten[d]|morge[n])", r"s ochtend[s]",
                                      r"s morgen[s]")
#: wat na zo'n hele graad mag komen: "38 en iets elke avond"
READING_AFTER = ("wee[r]", "alwee[r]", "of zo", "of mee[r]", "en iet[s]", "en wa[t]", "komm[a] zovee[l]")
#: de temperatuur van iets anders ("het bad op 38 elke avond", "38 in de zon", "38 buiten")
READING_NOT_BODY = ("ba[d]", "buite[n]", "wate[r]", "ove[n]", "kame[r]", "wee[r]", "zo[n]", "douch[e]", "zwemba[d]", "saun[a]",
                    "thermosta[t]", "verwarmin[g]", "hui[s]", "aut[o]", "keuke[n]", "tui[n]", "hittegol[f]")
#: ... noch een getal dat iets noemt ("lijn 38 elke ochtend")
READING_NOT_BEFORE = ("bu[s]", "lij[n]", "kame[r]", "pagin[a]", "numme[r]", "nr", "maa[t]", "perro[n]", "tra[m]")
#: ... noch een uur ("om 38": "ik vertrek om 38 elke ochtend", sessie 47R10; een temperatuur is "op" of "rond de" 38)
READING_NOT_BEFORE += ("o[m]",)
#: koorts die niet terug normaal is, of niet zakt: "de koorts is nog niet terug normaal", "de temperatuur zakt niet", "mijn
#: temperatuur wil niet dalen" (niet "al een week terug normaal", "de koorts is niet teruggekomen")
FEVER_PATTERNS += (
    r"\b(?:koorts|temperatuur|temp)(?: \w+){0,3}? (?:is|was|zit|raak[t]|geraak[t]|wordt|komt)(?: \w+){0,2}? (?:niet|nie|nooit|nog niet)"
    r"(?: meer)? (?:teru[g] |opnieuw |weer )?(?:normaal|naar normaal|op normaal)\b",
    r"\b(?:koorts|temperatuur|temp)(?: \w+){0,2}? (?:zakt|zakt[e]|daal[t]|daald[e]|gaat|ging|wil|wilt|zakke[n]|dale[n])(?: \w+){0,2}? "
    r"(?:niet|nie|nooit|maar niet)(?: meer)?(?: (?:naar beneden|omlaa[g]|zakke[n]|dale[n]|omlaa[g] gaan))?"
    r"(?= ?(?:[,.!?;:]|$)| (?:en|maar|ondank[s]|met|van|door|sinds|al)\b)",
)

#: een dier dat op het zitvlak slaapt (sessie 47R10, bot/reading/redflags.py _being_asleep_on_area): "soms slaapt de poes op mijn billen"
SLEEPS_ON = ("slaap[t]", "slape[n]", "slie[p]", "sliepe[n]", "slaa[p]", "dutj[e]", "lig[t]", "ligge[n]", "la[g]", "lage[n]")
#: ... the area after one of these
AREA_SLEPT_ON = ("op", "tege[n]", "tusse[n]", "ove[r]")
