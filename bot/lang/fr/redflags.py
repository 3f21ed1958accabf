"""Belgian French cue words for the red-flag reader (bot/reading/redflags.py): lower case,
no accents (the reader folds "fièvre" to "fievre"), apostrophes already gone
("j'ai" is read as "je ai", "l'escalier" as "le escalier": CLITICS below).

Every pack provides the same names (an empty table where French has none: the
English and Dutch packs fill those slots).  The patterns of the red flags live
here too, as regex templates whose "{NAME}" slots the engine fills with every
pack's words.  Every table of every pack reads every message, so a French word
that is also English or Dutch ("pas", "ma", "mes", "car", "plus") is written so
that it cannot fire on an English or Dutch message: "car" and "plus" are no
cue words here, "ma" before a body part or a thing is read as "mon" (Dutch "ma"
is the mother), "pas" is a negation only in French shapes (see NEGATIONS).

Belgian French as patients type it: "savoir" for "pouvoir" ("je sais plus
marcher", "je sais pas retenir mon pipi"), no accents, SMS spelling ("jsp",
"chui", "jpeux", "pcq", "bcp", "tkt"), dropped "ne" ("je sens pas mes fesses").
"""

# --------------------------------------------------------------------------
# Private building blocks (regex fragments)
# --------------------------------------------------------------------------

#: "il", "ils" just before a verb: the subject is someone else ("mon frere ..., il sentait plus rien en bas",
#: "mon pere, il pouvait plus uriner"); a message typed for someone else reads "il" as "j" first (PROXY_PRONOUNS),
#: and a part named as the subject stays the patient's ("mon cul il sent plus rien")
_PARTS_AS_SUBJECT = ("cul", "derriere", "anus", "sexe", "zizi", "penis", "coccyx", "perinee", "pied", "genou", "mollet",
                     "orteil", "bas", "dos", "bide", "ventre")
_NOT_HE = "(?:(?<!\\bil )(?<!\\bils )|" + "|".join(rf"(?<=\b{part} il )|(?<=\b{part} , il )" for part in _PARTS_AS_SUBJECT) + ")"
#: a verb of ability, Belgian "savoir" = pouvoir: "je sais plus", "j'arrive pas a", "je peux pas"
_CANT = (_NOT_HE + r"(?:sais|sait|savais|savait|peux|peut|pouvais|pouvait|arrive|arrivais|arrivait|parviens|parvient|reussis"
         r"|reussit)(?: vraiment| presque| quasi| quasiment| meme)? (?:pas|plus|jamais|presque plus|presque pas"
         r"|quasi plus|quasiment plus|pratiquement plus|plus du tout|pas du tout|difficilement|mal)(?: bien| trop| vraiment| du tout)?")
#: "j'ai du mal a", "j'ai des difficultes a"
#: ... au Quebec "de la misere", en Suisse et en Belgique "de la peine" (session 26I): "j'ai de la misere a pisser"
_STRUGGLE = (r"(?:ai|a|avais|avait) (?:du mal|beaucoup de mal|bcp de mal|des difficultes|de la difficulte|difficile|de la miser[e]"
             r"|ben de la miser[e]|bien de la miser[e]|beaucoup de miser[e]|de la peine|bien de la peine|beaucoup de peine) (?:a|pour)")
#: what the bladder and bowel hold
_EXCRETA = (r"(?:pipi|pipis|urine|urines|vessie|pisse|selles|selle|caca|cacas|matieres|matieres fecales|intestins?|gaz|pets?"
            r"|besoins|envies?)")
#: holding it: "retenir", "me retenir", "controler"
_HOLD = r"(?:me |le |la |les )?(?:retenir|tenir|controler|garder|contenir)"
#: going: "uriner", "faire pipi", "aller a selle"
_GO = (r"(?:uriner|pisser|faire pipi|faire caca|faire mes besoins|vider (?:mon|la|ma) vessie|vider ma vessie"
       r"|aller a (?:la )?selle)")
#: the leg and foot, singular and plural
_LEG = (r"(?:jambe|jambes|pied|pieds|genou|genoux|cheville|chevilles|cuisse|cuisses|mollet|mollets|orteils?|gros orteil"
        r"|jambe droite|jambe gauche|pied droit|pied gauche)")
#: "ne perdent pas de force" is no "pas de force" (no strength), nor "pas de force perdue" (session 47R10)
_NOT_LOSING = r"(?<!\bperd )(?<!\bperds )(?<!\bperdent )(?<!\bperdu )(?<!\bperdre )(?<!\bperdait )"
#: wiping at the toilet: "je m'essuie a la toilette" (fixed-width look-behinds, one per form)
_NOT_WIPING = "".join(
    rf"(?<!\b{verb} {where} )"
    for verb in ("essuie", "essuies", "essuye", "essuyer", "essuyant")
    for where in ("a la", "aux", "au", "sur la", "sur les", "dans les", "dans la", "a les",
                  # after the toilet: "je m'essuie apres les toilettes", "apres etre allee aux toilettes" (issue 13)
                  "apres les", "apres la", "apres le", "apres etre alle aux", "apres etre alle a la", "apres avoir fait",
                  # the Flemish filler "allee" is dropped: "apres etre allee aux" reads "apres etre aux"
                  "apres etre aux", "apres etre a la", "en sortant des", "en sortant de la")
)
#: the toilet named as the seat sat on: "assise sur la lunette des wc" (fixed-width look-behinds)
_NOT_THE_SEAT = "".join(
    rf"(?<!\b{seat} {of} )" for seat in ("lunette", "siege", "cuvette", "planche", "abattant") for of in ("des", "du", "de la")
)
#: "selle" as the bowel ("aller a la selle"), not the saddle of a bike or a horse sat on: "sur la selle", "en selle", "ma
#: selle", "la selle du velo" (session 22)
_BOWEL_SELLE = (r"(?<!\bsur la )(?<!\bsur ma )(?<!\bsur sa )(?<!\bsur une )(?<!\bsur le )(?<!\bsur mon )(?<!\ben )(?<!\bma )(?<!\bmon )(?<!\bune )"
                r"selle(?! (?:de |du |d )(?:mon |ma |son |sa |la |le )?(?:velo|vtt|bicyclette|bike|moto|scooter|cheval|selle)\b)")
#: clothes that get soiled
# ... and the slang (session 24S): "j'ai fait dans mon calbut"
_PANTS = (r"(?:culotte|culottes|slip|slips|calecon|boxer|pantalon|froc|shor[t]|short[s]|bobette[s]|bobett[e]|couche culotte|strin[g]|joggin[g]|surve[t]|sous vetements?|lit|draps|couche|couches|lange|jeans?"
          r"|calbu[t]\w*|calbar\w*|calcif\w*|slibar[d]|boxers)")
#: who owns the pants, in dialect too (session 27K): "dans min slip", "dans me culotte" (Picard, ch'ti), "dans mo froc"
_PANTS_OWNER = r"(?:mon|ma|le|la|mes|les|min|me|men|mo|em|un|une|des|son|sa|ses|ton|ta)"
#: the bed of a river or a truck is no bed: "un accident dans le lit de la riviere en kayak" is a trauma
#: (the words spelt out of the typo reader's vocabulary, "rivier[e]": a guard word must not become a word others are
#: read as)
_NOT_A_BED = (r"(?! (?:de |du |d )(?:la |le |l |un |une )?(?:\w+ )?(?:rivier[e]|fleuv[e]|ruissea[u]|torren[t]|oued"
              r"|cana[l]|camio[n]|camionnett[e]|remorqu[e]|pick ?up|cour[s] d eau)\b)")

# --------------------------------------------------------------------------
# Token sets
# --------------------------------------------------------------------------

#: a negation's scope goes on over a list: "pas de régime ou de salle de sport"
NEGATION_LIST_WORDS = ("ou", "ni")
#: negation words: a finding after one of these (within a few words) is denied.  Dutch "pas" (= only
#: just: "ik ben pas gevallen") is read as "pasnl" first (SPOKEN_PHRASES); "non" is no cue ("non stop").  "ne" is not
#: one (dropped in speech, and Flemish "ne" = een); "plus" is not one ("je sens plus mes fesses"
#: is the sign; "j'ai plus de fievre" is rewritten to "pas de", SPOKEN_PHRASES); "rien" is read by
#: the patterns ("je sens rien").
NEGATIONS = frozenset("pas jamais aucun aucune aucunement sans nullement".split())
#: contrast and clause words: they end a negation's scope and split segments
#: ("par contre", "sauf que", "en revanche", "parce que" are joined first, CONTRACTIONS)
CONTRAST = frozenset("mais sauf parcontre pourtant cependant toutefois parce puisque alors lorsque maintenant".split())
#: "mes fesses sont maintenant engourdies": after a verb, "maintenant" is an adverb of the same clause
ADVERBS_AFTER_VERB = frozenset({"maintenant"})
VERBS_BEFORE_ADVERB = frozenset(
    "est sont etait etaient suis sens sent sentent devient deviennent reste restent".split()
    # avoir (session 31AG): "ma mere a maintenant un cancer", "mes parents ont maintenant ..."
    + "a ont avait avaient".split()
)
#: words that only end a negation's scope (no split)
SCOPE_STOPS = frozenset({"pourquoi"})
#: joining words: split segments, but a negation may reach across a list
JOINS = frozenset({"et"})
#: les mots avant un signe joint par "et" a un signe passe (session 33E, engine _past_by_join): "de la fievre et des frissons"
SIGN_JOINED_FILLERS = frozenset("une des de du la les gros grands forts".split())
#: les seuls mots d'une fievre dite en liste nue apres une virgule (session 34R, engine _bare_sign_clause): "la grippe le mois dernier,
#: trois jours a 39", "notre jument a la gourme, 40 de fievre" (la proposition d'avant est celle qui est dite)
SIGN_LIST_WORDS = frozenset("une un de la des du forte grosse haute avec pendant environ presque deux trois quatre cinq jours jour nuits degres a"
                            # "quelques jours de fievre", "fievre plusieurs jours" (session 37D)
                            " quelques plusieurs".split())
#: "je peux pas dormir", "je sais plus marcher": the negation belongs to the verb, not to a flag
NEGATED_VERBS = frozenset(
    "dormir dors dormi marcher bouger travailler conduire lever asseoir rester debout allonger coucher loin".split()
)
#: words between a negation and such a verb ("pas bien dormir")
VERB_FILLERS = frozenset("bien vraiment trop tres si".split())
#: words that may surround a finding in a bare list item ("ou de frissons")
LIST_FILLERS = frozenset("ou des du".split())
#: words that may follow a bare "non" that answers the question before ("non, je ..."): its own sentence
INTERJECTION_NEXT = ("j", "je", "mon", "ma", "mes", "mais", "juste", "seulement", "depuis", "maintenant", "par", "sauf")
#: common phone typos, whole words
TYPOS = {"fiebre": "fievre", "fievrre": "fievre"}
#: a typo of another pack that is a French word, kept after a French subject or clitic (engine _typo_or_own, session 42S): the
#: Flemish "pisse" is "pissen" (nl TYPOS), "je pisse", "je me suis pisse dessus", "ca pisse le sang" stay French ("te" and "t" are
#: Dutch too: "om te pisse")
OWN_WORD_AFTER = {"pisse": ("je", "j", "tu", "il", "elle", "on", "me", "m", "se", "s", "suis", "es", "est", "etais", "etait", "la", "ma",
                            "sa", "ca", "qui")}
#: Belgian and SMS French, one token at a time ("" drops the token)
STREET = {
    # tombe mal tape, le b perdu (session 27S): "elle a toume dans l'escalier" (sinon lu "toute")
    "toume": "tombe", "toumee": "tombee",
    "chui": "j suis", "chuis": "j suis", "jsuis": "j suis", "jsui": "j suis", "jss": "j suis",
    "jsp": "je sais pas", "jsais": "j sais", "jpeux": "j peux", "jpx": "j peux", "jsens": "j sens",
    "jressens": "j ressens", "jai": "j ai", "jarrive": "j arrive", "jarrives": "j arrive", "jme": "j me",
    "jfais": "j fais", "jfai": "j fais", "jpense": "j pense", "jcrois": "j crois", "jamai": "jamais",
    "pcq": "parce", "pck": "parce", "psk": "parce", "bcp": "beaucoup", "tkt": "", "mdr": "",
    "ptdr": "", "stp": "", "svp": "", "tt": "tout", "ds": "dans", "avc": "avec", "pu": "plus", "plu": "plus", "koi": "quoi",
    "ke": "que", "ki": "qui", "qd": "quand", "qq": "quelque", "qqch": "quelque chose", "dla": "de la",
    "ptet": "peut etre", "ptetre": "peut etre", "slt": "", "bjr": "", "rin": "rien",
    # le pronom colle au verbe en SMS (session 42E): "jpeu pa pisser", "jsai pu faire pipi", "jariv pa a uriner"
    "jpe": "j peux", "jpeu": "j peux", "jsai": "j sais", "jariv": "j arrive", "jarive": "j arrive",
}  # fmt: skip
#: SMS forms read only in their context, after STREET (session 42E): "g" for "j'ai" before what "j'ai" is followed by ("g pa su
#: faire pipi"; "500 g", "le point g" stay), "pa" for "pas" after a verb ("je peux pa pisser"; the Dutch "mijn pa" stays)
_AI_NEXT = (r"pas|pa|plus|pu|plu|jamais|rien|aucun|aucune|eu|ete|fait|fe|su|senti|perdu|remarque|de|du|des|d|la|le|les|l|un|une"
            r"|mes|mon|ma|mal|besoin|envie|peur|toujours|encore|deja|vraiment|trop")
_PAS_AFTER = (r"ai|peux|peut|pouvais|pouvait|sais|sait|savais|savait|sens|sent|sentais|ressens|arrive|arrivais|suis|est|c|ca|sont"
              r"|vais|va|fais|fait|a|as|avais|avait|vois|veux|retiens|retient|controle|tiens|tient|sort|vient|coule|bouge|ose|etait")
STREET_PHRASES = (
    (r"(?<![\d] )(?<!\ble )(?<!\bla )(?<!\bun )(?<!\bpoint )(?<!\blettre )(?<!\bvitamine )\bg (?=(?:" + _AI_NEXT + r")\b)", "j ai "),
    (r"\b(" + _PAS_AFTER + r"|j ai) pa\b", r"\1 pas"),
)

#: Typo reading of content words: the vocabulary is every literal word of 5+ letters of the
#: patterns plus these (words the patterns only spell in parts, "fourmi\\w*").
FUZZY_TARGETS = frozenset(
    """
    engourdi engourdie engourdis engourdies engourdissement engourdissements fourmillement fourmillements
    picotement picotements insensible insensibles anesthesie fesses perinee testicules parties intimes
    uriner urine urinaire urinaires incontinence incontinent incontinente vessie retenir fievre frissons
    temperature cancer tumeur chimio chimiotherapie metastases maigri amaigri kilos tombe tombee escalier
    accident faiblesse faible traine trebuche paralyse paralysee
    """.split()
)
#: Real English and Dutch words one edit from a French vocabulary word: never changed
#: (tests/unit/test_redflags_street.py::test_real_neighbours_are_complete).
REAL_NEIGHBOURS = frozenset(
    """
    revient
    frappe
    devant eternite
    voulait roulait
    camionette chauffeer chauffeurs conducteurs conductrices mostard motards
    betas fetas letas matas meats mesas metal metals metis
    abaisse abcedent abler ables abloquee abonne absences absente accedant accidenta accidentas accidente accidentes
    accrocha accrochant accrochee accrocher accroches accrochez achat acheter acompte acres acrete acter adler adres
    adret adroit adroite aeons aerait aeres aerobe affaibli affaiblie affaiblir affaiblis affaiblissant afire
    aggrava aggravee aggraver aggraves aggravez agneau agres agrippe ahuis aident aider aient aieux aigri aigrir
    aigris aigrit ailes aille aillent ailler ailles aires ajournee akant alant alcool aligne allant allas allees
    allene allert alleu allez allier allongea allongee allonger allonges allongez alons alpes alpin alter
    alterations altercation alternation alver amaigries amaigrir amaigris amaigrit amant ambre amincir amine amman
    amons amoureus amoureuses amoureuze anais anales anche anches ancre anesthesiai anesthesiat anesthesiee
    anesthesier anesthesies anesthesiez anier aniere annal annale anneal anneaux annonca annoncee annoncer annonces
    annoncez annone announce anons anormal anormalement ansis anted anterieur antimite antre aorte aortes aoute
    aoutes aperte aphone apique aplomb appairent apparence apparenta apparentee apparenter apparentes apparentez
    apparents apparient appatent aprete apses apsis aptes apures arbore arbres arche archer arends arents arete
    argent arler armet arons arpete arren arrente arrest arreta arrete arretee arreter arretes arretez arretje
    arrets arrimais arrimait arrime arrisais arrisait arrise arriva arrivai arrivals arrivant arrivas arrivat
    arrived arrivee arriver arrives arrivez arrogante arrogants arrogeant arrogent arrosant articles articule arties
    asante askes askew aslis assenez asser asses assese asseye asseyes asseyiez assia assias assied assies assisen
    assises assisi assisse assist assiste assit assize associe assoie assoies assoir assoit assole assone assort
    assoyez assumee assumer assumez astre atres atteindre attende attender attendra attendrez attendri attendrie
    attendue attentions augment augmenta augmented augmentee augmenter augmentes augmentez augments aupres auteur
    automobilisme automobilist automobilisten automobilistes autres avail avails avale avals avance avancee avanceer
    avancera avances avancez avants avariant avast avenir avent avions avior avoid avoirs avoisine avond avonds
    avows await axais axait axant axons ayant ayons baare babille babillent bachaient bachait bache bachent bacille
    baclant bacle baclent bacon badent baelde bafre baignoires bailla baillant baillee bailler bailles baillez
    bailli baisais baisait baise baisee baises baissa baissee baisser baisses baissez balade balde ballait ballante
    ballants ballast ballat balle ballee ballent baller balles ballez balzan banche bander banna banne banque barbe
    barde barder bareme barents barer barge barmen barra barred barree barrel barren barrer barres barrez barri
    barrie barrs barse barye basees baset basies basjes basken baskets baskiet basles basse bassen basset bassets
    bassos basss bastes batent bater batisse bauge bauger bavais bavait bavant bavoir bavons beasses beauf beaus
    bebos becane becasse becot becote bedaux bedes bedon beebes beerst beginnen beigne belden belder belee beles
    belge belie beliere belled bellem bellement beller belles belon benef benign benignes benir benis bents bercent
    berle bernie berst besse bessie beste bester betes betonnen bette beuger beulde bezonnen bicarre bicyclettes
    bielle biens bievre bifferent bigarre bilent billant bille billee billent biller billes billez billon biloquee
    bindt bines bique bisse bisser bisses bitent bitte bizarres blamas blanche blaps blasa blasas blees bleues bleus
    bleuter blies blips bloes bloque bloquees bloquer bloques bloquez blotte blued bluer bluest bluesy bluet blurs
    blutent blutes bluts bocht bocks boete boette bofte bogue boille boite boitte bokte bolde bolle bolte bomba
    bombe bombee bombees bombent bombes bomer bonde bondes bonje bonke bonner bonnet bonnie bonny bonte bonter
    bontes bonzes bootte borgen borger borne bornes borre bosse bosses boste boter botes botje botste botta bottee
    bottel botter bottes bottez bottle bottse boucher boude bouder bouee boues bouge bougea bougee bougera bouges
    bougez bough bougie bougre bouille bouillotta bouillottee bouillotter bouillottes bouillottez bouke boule bouler
    bouloir boume boumer bourbes bourde bourdes bourrait bourres bourse bouse bouses bousin boute boutent bouter
    boutes bouwe bouwer bovin boxed boxee boxees boxem boxera boxeras boxeur boxeurs boxez boyer bozer brade braie
    braillant braille braillent braiment brain brancha branchu brand brasses brefs brellant brelle briefa briefas
    briefe briefes brifes briljant brillait brillanta brillante brillants brillat brille brillent brilliant brima
    brines brocher broder broie brome brosse broute broye broyer bruit brutal brutalen brutaler brutales bubale
    bulent bullant bulle bunne burent burine buriner burines busent busses butant butas butene butes butta buttas
    buttee buttent buttez cabas cabines cabinet cacao cacaos cachaient cachait cachas cache cachent cahute caille
    caillent caisse caisses calame calant calas calecons calee calees cales calicule calle caller calma calmed
    calmee calmer calmes calmez calmi calmie calms calon calotte calottes calque calte caltes calvas camai camas
    cambe cambes cambre camer cames camions campagne camuse camuses canapes canas canche canches cancres caner canna
    cannat canner canope canot canted canton cantre canuse caoutchoucs capas capres caque carambolages carbon
    carcinome carde carder cardon caremes carene cariant carlton carmant carme carmee caron carra carrelages carson
    cartons cartoon casas casket cassage casse cassee casser casses cassis catcha catchas catche catchee catchees
    catchez cation causas causee causees causer causez causse causses cavais cavait cavant cavas cavons caxton ceans
    cease cedant ceins ceintura ceinturee ceinturen ceinturer ceintures ceinturez celent celle celles cement cendre
    cense centaine centre cents certaines certains cessa cesse cessee cessen cessent cesser cesses cessez cessie
    ceste cette chaine chaire chais chaises chaleurs chamber chambra chambree chambrer chambres chambrez chanci
    chancie chancier chancre chand changea changees changera changeur changez changoer chante chantee chanteer
    chanter chantiers chanties chantiez chargee charger charmait charmante charmants charmat charment charte chase
    chasse chaste chatie chatier chatre chatted chattel chatten chatter chattes chattier chatty chaude chauds
    chaumant chaussettes chaussures chaut chaux cheiks chenal chenille chenilles cheque chere cheres chevala chevale
    chevau chevaux cheveu chevilla chevillas chevillee chevillees cheviller chevillez chienna chiennee chienner
    chiennes chiennez chimie chinks chique chocolat chocolatee chocolats choie chois choke chome chomes choose chope
    chopine choque chore chosen choses choute choye chreme chris chues chugs chums chuns chuta chutee chuter chutes
    chutez cicle cider cieux cille cimes cingle cingles cintre circulations cisse cisses cites clame clappe claqua
    claquee claquer claques claquet claquez classer clastique clever client clins clips clique clisse clissee
    clisses clives cloaque clopine cloque cloquee closent closez cloua cloue clues cluse cluses coache coacher
    coaches coarse coatte cobain cocas coche cocher coches cocon cocteau codat codent codon coeur coeval coffre
    coffree coiffee coing coins coites colen colin collasse colle collegues coller collera collet colleta collets
    cologne colonie colonnes colons colony color colson combe combee combes comete comite commenca commenced
    commencee commencer commences commencez commend commende commenta commente comments commerce commet commue
    commuent compagner compagnes compagnie compagnons compete completements completerent complote compone comporte
    compose composte compota compotee compoter compotes compotez compta comptee compter comptes comptez compute
    comte conches conde confient confortable congre conjoint conjointes conjoints conne constat conte contee contenu
    conter contes contient contins contint continuons continus contra contree contrer contres contrez controla
    controlee controleer controlera controleur controlez controller convalescences convalescente convenir convent
    conviant conviens convint convoient coole cooler coops coopte copains copie copiee copina copinee copiner
    copines copinez copte coptes copule copuler coras cords corine corle corms corns coron corpse corpss corpus
    corse corte cortes corus corys cosine cosse cosses costeau cotas coteau cotee cotees coter cotez coties cotis
    cotonne cotons cotte cottes couch coucha couchas couched couchee couchees coucher couchera couchers coucheur
    couchez couchs coude couder couds couille couilles couine coula coulage coulee coulent coulera coules couleur couleurs
    coulez couloir coulter coupa coupas coupe couper coupes couple coupler coupt coupte courbe coure coures courge
    courier courrait courre coursa coursed coursee courser courses coursez courte courue couse couses cousina
    cousinee cousiner cousines cousinez cousis cousit coussins cousteau coute couteaux couter coutes couts couvais
    couvait couve couvent couver couvrir craie crame crampa crampe craps craque crase craton creme crispa crispas
    crispe crispes crisse crisses crissons crocs croes croie croies croisa croise croissance croissant croissantes
    croissantje croissants croit croix croon crosse crouches croule crouler croups croute crown crows cruche cruches
    cuise cuises cuisina cuisinee cuisiner cuisines cuisinez cuite cuits cuivre culer culotta culottas culottee
    culottees culotter culottez cunette curse cusses cycas cyclise cyclisee cyclisme cyclist cyclistes cyclists
    dallant dalle daller damai daman damant damer damion darce darder dater datte debts decales decause decent deces
    decors dedains deduite deere deeres defais degrea degreas degreee degreees degreer degreez degreve degreves
    degringola degringolees degringoler degringoles degringolez deins deite dejans delegant demarque demarquer
    demission demonter denas dengs denier denree denrees dente dentes dentisten dentistes depressions dernieres
    derniers deroba derobai derobais derobant derobat derobee derober derobes derobez derodait derode derodent
    deroge derogent derrieres dessens detenir detiennent detiens detors detourne dette deule devet deviees devient
    devies devines devins devions diamanta diamante diamants dicte diede dieke diekte diene diens diepe diepte diere
    diese dietes dietse dietz dieux dieze differant difference differend differentes differentie differents
    difficiles dikte dille diminue diminuees diminuer diminues diminuez diminutions dints dipte dissous diste
    distende distendes distendez ditte dives dogme dolle dompte donne dooit dorine dorme dormer dormi dormie dormira
    dormis dormit dosse dotes doubleur doubleurs douce douceur douceurs doucha douchee doucher douchez douci doucie
    douille dourine doute doutes douteur doves drabs drageon drags draie drain drainait draine drainent drams drapa
    drapai drapait drapas drape drapes draws drayai drayait drays drents dressa dresse dressent dribbla dribblas
    dribblee dribblees dribblez drillant drivat drivates drivees drogt droid droites droits droles droll dromt drone
    dronte dropa dropas drope droper dropes droppe droppee droppes droppez dropte drosse drost droste drove duche
    duine duite duits dunette duper duveta duvete duvets ebben ebbes ecales echafaudages echange echangee echanger
    echelles echet echue ecore ecote ecoule ecouler ecuelle ecuisse ecuisses edile eelde eerste egaient egalant
    egoutte egouttes eider eindt elastique elave elbot electricites electricity elegante elegants elegast elephante
    elephants elevant elever elfes elier elonger elues embouai embout embouties emboutir emboutis emboutit embouts
    emeche emette emettre emirent emotif empare emparent empecha empechee empecher empeches empechez emperche empile
    empilent empira empirant empiree empirer empires empirez empirie emplirent empoche emportant emporte enceint
    enceintes enceints encire enclore encode encorde encored encores encorne encoure encre enfanta enfantas enfante
    enfantes enflant engourdimes engourdir engourdit engourdites enigme enlie enlies entaient entais entait entant
    entee entent enter entier entieres entiers entite entra entree entrer entres entrez entry entte enture enure
    envia envias envide envides envied enviee enviees envier enviez envine envoie envoies epais epart epele eperdu
    epige epince epine epique episser epointe epointes epousa epousee epouser epouses epousez eprends equite eraie
    eraient ergot erige eriger erine erins ernie erras errer erudit escabeaux escaliers eschat esens espalier
    espouse essaie essaies essayant essaye essayed essayee essayera essayes essayeur essayez essens essent esses
    essie essies essuya essuyait essuyat essuyee essuyes essuyeur essuyez ester etable etagent etaie etaies etain
    etains etalent etals etament etant etats etayent etendre ethere etheres etire etranger etranges etrangle etres
    etuis evader evases eveille eveillee eveillent events evider evies exige expies expire expirent explications
    faase faasse fable fables fachaient fachait fache fachee fachent facher facons fader fagin faiblesses faibli
    faiblie faiblies faiblir faiblis faiblissant faiblisse failla faillai faille faillent failles faillie faillir
    faillis faillissent faillit faine fairer faires fairs fairy faisals faisans faisant faites faith faits falcon
    false faluche familier famille famine fanal fange fanon farce farder farte fasce fasses fassi faste fatigua
    fatigued fatiguee fatiguer fatigues fatiguez faucha fauchees faucher fauches fauchet fauchez faucon faucre
    fausse faute fauteur faxte feales feaux febriles fecale fecules federe feins feite feler feles felin felle
    females femke femmes femmie femmy fendre fendu ferait ferme feront ferras fessa fessas fessee fessees fessen
    fessent fesser fessez fessu fessue fessues fester fetaient fetais fetait feter feues feule feulent feves fevier
    fiable fiables fianca fiancees fiancer fiances fiancez fiant fiasse fibre fiees fiege fient fiere fieux fievres
    filee filent filler filles fillet filleul filleules filleuls fills filme fimes finance financee fiole fisse
    fisser fisses fites fives flache flacon flaire flancha flanchant flanchee flancher flanches flanchet flanchez
    flange flapi flapie flaque flater flatte flattent flemme flette flier flips flitte floste flotta flottant
    flottee flotter flottes flottez flues fluet focales foible foibles foins foire fokte foliee folle follet follets
    fonce fonctionna fonctionnee fonctionnel fonctionner fonctionnes fonctionnez fonda fonde fondue fondus fonte
    fopte forca forced forcee forcer forces forcez forci forcie foree foret forge formait formata formatat forme
    forten fortes forth forti forto forty fosse fosses foton fouee fouets fouge fouger fouie fouille fouit foulage
    foule fouler fouleur fouloir fourmillerent fournee fourrait foute fouteau foutes fraie fraisais fraisait fraise
    france franche freer freins freke frele frene freres fresque frete friand frima frire frisais frisait frisions
    frisons frisson frite frohn froide froidi froids froissons frole frotte frottent frottoir frous fruite fuisse
    fuisses fuites fumer fumeur fusse fusses gaand gaarder gachaient gachait gache gachent gadin gager gainee gainer
    gainez gaite galante galants galbant galder gallant galle galles gambe gambes gamen gamina gaminee gaminer
    gamines gaminez gaming gamins gante gants garant garce gardee gardera gardes gardeur gardez gardner gareer garer
    garmin garner garret garter gasket gassed gasser gastriques gatant gater gatine gatte gaucher gauches gauchi
    gauchie gaucho gaulant gavais gavait gavant gavin gavons gazant geant gebben gedans geins gejou gelai gelant
    gelasses gelatina gelatinee gelatiner gelatinez gelde gelent geles gelez gemine gemit gemme genant gendre genent
    genera generaal generai generale generas generat genez geniale geniales geniaux genoa genot gents gerait gercent
    gerst gesse geste gesticules gians giants gigant gille girant girder girond gisant gisse gitant giter glaca
    glacee glacer glaces glacez glaises glance glane glare glaze glissa glissees glisser glisses glissez gloses
    glosse glotte glues gober gobes godat goeland gojse gomine gomme gomment gommes gonde gonder gooses gorps gorses
    gossa gossas gossee gossees gossen gosser gossez gossie goton gouet gouffre gouge gouger gouille goule goulu
    gourde gousse gousses goutates goute goutee goutees goutes goutta gouttas gouttee gouttees goutter gouttez graad
    graben gradee gradin gradue grainait graine grainent gramen grandi grands grant grappe grapte grasse gratie
    gratta grattee gratter grattes grattez grillant grima grimpe gripe grippa grippai grippale grippas grippat
    grippee grippen gripper grippes grippez groie grole gronda gross grossed grossen grosser grosses grossesses
    grossie grossir grossis grossisse grossit grosso grosss grotte grouse grutte gueas guees guets guivre gutte
    guttes habets habibs habit habita habitas habite habites habitudes habitue habituee habitus hachaient hachait
    hache hachent haire haisse halant haleur halle haller halles halte haman hamits hancha hanchee hancher hanches
    hanchez hante happa happe hapte harda hardee hardes hardez hardi hardie harle hases hasse hasses haste haule
    hautes hauteurs hauts havais havait havant havons hebbend hebber hebbes hebes heerst heins helas helat helde
    heles helle hemme hennie henrie herben herds herne hernia herniae herniee hernies herre herres herrie herse
    herst herzie hesse hesses hester hetres hette heule heure heurne heurt heurta heurtees heurter heurtes heurtez
    heurts hiles hille hisser hivers hives holle homme hommes honte hoont hormoontherapie hotes hotte houas houat
    houdan houes houille houle hourd hourde houri houris housse housser huile huilee huilent huiles huilez hulotte
    hulottes humer humeur humour hygieniques hyped hypen hypes hypet iambe iambes immobiel immobiele immobiles
    impassible imper import importa importait importante importants importat imported importee importen importent
    importer importes importez imports impossibles impossibly imposte impressions incapabel incapabele incapables
    incertain incontinentes incontinentie incontinents infant infants inferieur infime infimes influenca inimite
    innee innes insensibilise insensibility insensibly inspant instaat instante instants instapt interessait
    interessante interessants interessat interessent interieure interieurs intestine intestines intima intimas
    intimat intimee intimees intimer intimez intimi intimide intimiste intimites intimus inuits iodat ioule iouler
    iront irrigable irritables irritably isais isoles issus itens ivens ivraie jailli jamais jamal jamar jamba
    jambai jambas jambee jambees jamben jamber jambez jambs jamde james jamie jamies jamin jante jarde jarre jarret
    jarrete jasai jasais jases jasse jassee jasser jasses jelles jerre jesse jesses jessie jester jetaient jetais
    jetait jeter jette jives joins jointe jointes jolle jonde jonne jookt josse josses jouas joues jouet jougs jouis
    joule joure journees journey joute joutes joves juive jutent kache kalle kalme kaman kasse kemme kents kerst
    kester kient kifferent kille kindt kisser klater kleeft klever klier klokt knicker knobs knoks knols knops knots
    known knoxs kobes kocht koekt kolkt kolle kollet konter kooit kooke kookte kooky kosse kotes kotte koutte krijst
    krookt krosse labie labre lacaient lacait lacas lacee lacent lacer lacha lachai lachais lachant lachat lachee
    laches lachez lachje lachte lacie lacte ladin laiche laissa laisse laissee laisser laisses laissez laite laiusse
    lamai laman lamie lamine lance landes langea langee langera langes langez langue lanier laniere laper lapie
    lapina lapine lapins lapis lapon laptot laque larde large lasse lassee lassis laster latei laten latere laters
    latex lathe latin laurine lause lavais lavait lavant laver laves lavoir lavons layee layera layes layez lebben
    lechaient lechait leche lechent leegt leekt leent leert leest leever legde leins lelde lemme lents leser leses
    lessens lessie lestant lester lettes letton lettre leurde levee level levera levers levert leves levez levier
    levre liant liasse liber libere libie libra libres lices lichaient lichait liche lichent liciter lieder lieds
    liees liege liens lient lieux liever lieves lievre lifes ligoter likes lille limbaire linette linge linier linon
    lires lises lisse lissee lisser liter lites litre liure lived livens liver livers livest livet livre livres
    livys lizes loaves lobaire lober lobes lochaient lochait loche lochent lodes loeft loerde loever lofer lofes
    loger loges loins lombago lombes lommes lompe longe longea longee longera longes longez lopin loquee lorde lores
    lorsqu loses losses lotes lotte loucher louches loues loups lourd lourda lourdee lourder lourdes lourdez lourds
    loure louree louvais louvait louvent louves lovas loved lovee lovees lovez loxes loyer lucette luette luisse
    luisses luits lumbagos lunetten lunettes lunge lupin lupine lurette lutent luter lutine lynette machaient
    machait mache machent macher macle maclent macon macque madison madman magie maigre maigres maigret maigrie
    maigries maigriot maigrir maigrira maille maillent maiman mains maint maire maisons maite maitrisa maitrisee
    maitriser maitrises maitrisez malades maladie malady malaxe malde malie malignes malle maller malles mallet
    mallets malter mamans mamas mamies mammite mammy manade managea managee managez manche mandale mange mangue
    manie maniee manier maniera manieree manieren manieres manierez manique manoque manqua manquee manquer manques
    manquez manson mante maque marbre march marcha marched marchee marcheer marchen marchera marchers marches
    marcheur marchez marchs marcie marcje mariant marie markante marnant marniere marque marraines marrant marre
    martes marthe masked mason masque masse massee masser masses masson massues matche matcher mateo matie matiere
    matraque mauvais mauvaises mayan meaux medans mefais melanomen melanose melde meler meles melle melles menant
    mener meniere mense mentais mentait mente mentent menti mentir mepte merdais merdait merdent merder meres merts
    messe messer messie messied mestre mestte metje metjes metras metre metree metrees metrer metrez metro metros
    metste mette mettes mettez mettle mettra mettrez meule meulent meures meute mienne miens mient miette mieux
    mievre mille millet millets minates minci mincie mincira mincis mincit mindel minier miniere minutas minutee
    minutees minutent minutez minuties mirtes mises misser mitres mitte moans moats mocha moche moelle moens mogen
    moies moine moines moisie moison moite moitee moiter moites moiti moities moitiez moitir moitis moitit mokte
    molde mollee mollem mollen mollers molles molli mollie mollit mollo molly molse molts momes momie monde monder
    monet monster monta montee monteer montera montere montes monteur montez montre montrer moons moots mordes mords
    moreen mores morgan morgens morille morins mornes morns moros morren morsen morses morte mortel mortels mortens
    mortis morues mosses mosts motes motie motief motifs motocycle motte motter mottes motts mouche moucher mouches
    mouilla mouillee mouiller mouilles mouillez moulage moule mouler mouleur mouleurs moulu mourir mourner mourrait
    mousse mousser mouter moutte mouvais mouvait mouvent moves muette mulle mullet mullets munte munter murines
    muros mutent nager naisse nanan napel nappe narre nasse nasser nasses natice natta nattee nattes nattez navet
    nebben negge negre negres neigde neigea neigee neigem neiger neiges neigez neigh neigt nelle nelles nesse neves
    neveux niant nicha nichat nichet nieces niehe nieke nieme niens nient nille nimber nique nolle nollet nomma
    nomme nomment nommes nones nonne nopal notes nouage nouille noves nuages nudge nuijts obeid obeie obeira obeis
    obeissant obeit obier oblie obvions octobre oester oient oille ointe ointes olifants olives omette omettre
    oncles ondee ondes ongle oosse ootes oracle oraison orang orate orbes oreille oreillers oreilles orobes ortie
    osais oserait ossis otaient otais otait ouata ouatee ouater ouates ouatez oubli oublia oubliee oubliees oublier
    oublies oubliez oublis ouche ouille ouisse ouisses ourse ourses ouste outes outre ovate paiement paient paille
    paillent paire paisse palanche palier palle palme palper pamai pamer panard panas paner panicule paniere panneau
    panoufle pansage panse pansee panser pantalons pantaloon pante panted panties pantoufla pantouflee pantoufler
    pantoufles pantouflez papes papiers paque paraient paralysa paralysees paralyser paralysez paralysie parcel
    parch paree pareils parel parent parente parentes parer parfais parfis pariant parie parient parier paries
    parites parle parme parois paros parraina parraine parrains parries parse parsed parser parsies parte partent
    partes parti particle particulier particulieren particulieres particuliers partie partied partiel partiels
    partiez partimes partis partites partjes parue parus parvins parvint passa passade passager passe passeer
    passees passel passend passera passers passes passeur passez passie passs passt passte paste pasted pasties
    pataient patard patents patienta paties patinent patirent patit patites patraques patries patser patte pattent
    patties pausee pauser pavais pavait pavant paver paverent pavons payement paysage payse pease peaux pebrine
    pegre pegres peine peinee peint peinte peintes peinture pekine pelde peler pelle pelles pelte penant pence
    pendais pendait pende pendent pendis pendouilla pendouillee pendouiller pendouilles pendouillez pendre pendu
    penil penne pensa pensee penser penses pensez pension pente pepier pepite pepites pepte percais percait percant
    perce percept percevoir perchent percu percue percut percuta percuteer percutees percuter percutes percutez
    perdant perde perdes perdis perdit perdra perdrais perdrait perdrez perdue perdure perdus peres perie perigee
    perima perime perimee perineales peris perit perites perks perlais perlait perle perlent perls perms permute
    permutee perone perore persan persel perses personae personen personnel personnes perst perste pertes perth
    perus peser pesse pestant peste petaient petais petait petat petates petee petera peteur petez petiet petiot
    petiote petitie petities petits peton petre petrit petrites petste phonie phono piais picoterent piece piege
    piels piens piers piete pietre pieuter pieux pifant pifferent pikante pikants pilant pilent piler pilier pille
    pinca pincee pincer pinces pincet pincez pinde pinne pinte pintes pionce pipais pipant pipas pipes pipier pipit
    pipits pippis pipser piqua piqued piquee piquer piques piquet piquez piqure pisse pissee pissent pissera pissers
    pisseur pissez pister pives pivotement pivotements placa placat placee placez plage plaie plaine plainte plakte
    plana planat plancha planchee planchent plancher planches planchet planchez plande planee planet planete planta
    plantee planten planter plantes plantez plantje plantte plaque plastie plastiqua plastiquee plastiquer
    plastiques plastiquez platte pleier plein pleiner pleines pleins pleite pleune pliant pliante pliat plied pliee
    pliera pliers plies plieur pliez plique plisse plissee plisser ploie ploient plomba plombe plombs plomp plompe
    plonger ploquee plues pluies pluim pluis plumb plume plusse pluto pluton plutos pocht poemes poignarda poignarde
    poignards poils poing poins pointa pointas pointee pointees pointers pointez pointu pointue pointues pointus
    poisse poisser poitrines polie polier polle pomma pommas pommee pommees pommel pommels pomment pommer pommers
    pommez pompa pompee pomper pompes pompey pompez pompje pomps pompt pompte ponce ponctionne ponde pondu ponse
    ponte pontent ponter pontes ponton ponts pookt poppe poque portant porte porten portend portents portes portie
    porties positif positionna positionnee positionner positionnes positionnez positon positrons posse posses
    postent posterieure posterieurs postions potent potes potte pouding poudrait pouille poule poupe pourprait
    pourrai pourrais pourrit poussa pousse poussee pousser poussera pousses pousseur poussez poussier poussin poutse
    poutser pouvant pratiquerent pratte preches precites pregnants prelevant prelever prenant prend prendre pressa
    presse pressens pressent pressenti pressentir pressions prestant preste prete pretention preter pretre prets
    priat priates priees prient prier primai primat primees prince prisa prisat prisates prisees priva privai
    privait privames privant privas privaute privautes privee priveles prives privets privies probes problemes
    problems programmai programmat progress progressa progressed progressee progresser progresses progressez
    progressie progressieve progressives progresss projection pronent proner propre prostaten prostates prostrate
    prote protections prouvais prouvait prouve proyer puais puante puants puasse pubic publie publiee puddla puddlee
    puddler puddlez puisse puisses puits punis purgent purines pusse quais quang quant quash quasis quast quell
    quelled quelles quells quelque quelquune quete quiete quille quinte rable rablent raccroche raccrochent racee
    racla raclant raclee racler racles raclez racole racolent radia radie radii radin radios radis radix rafle
    raflent rager raide raies raille raillent raiment rainait raine rainent rains raire raisin raisons raite ralant
    ralent rallant ralle rallent raller ralles rallonge ramada ramadans ramadas ramai raman ramazan ramer ramie
    ramin ramper ranche range rangs ranted raper rapin rarete rases rasseoir rasser rasseyez rassied rassieds rassis
    rassise rassoie rassois rassoit raster rater ratier ratieres ratio raugmente ravise ravoir rayer reais realese
    realisa realisee realiser realises realisez realiste realite reassent reaux rebben recales recant recause
    recente recents recept recevant reches rechuter reciter recits recuite redent redevant redime redite redondent
    redster reduire reduise reduit reduites reduits reelise reent refait refaits refis reflua reflue refondent refos
    refter refuis regde regie regiem regimbe regimen regimes regine regnant regne regree regrees regres regter reids
    reigns reims reina reinas reinds reine reines reinst reint reints reions reitre rekent relais relavant relaver
    relde relent relevait relevante relevants relevat releve relevee releveer relevent relevera releves releveur
    relevez reliees relise remarqua remarquee remarquera remarques remarquez rembarque rembarquer remme remonte
    remontee remontera remontes remonteur remontez remontre remontrer remorque remorquer remos remoter renais rende
    render rendra rendrez rends rendue renos renster rentais rentait rentant rente rentee rentent renter rentiere
    rentra rentre rentree rentrer rentres rentrez rents rentte renverge renvergee renversa renversees renverser
    renverses renversez renvie renvies reons repais repandent repas rependent repent repentie repond repondant
    repons reposa repose repression repros repte repus requite resais resent reset resins respondent ressayer ressen
    ressente ressentie ressentira ressentis ressentit ressers ressert ressuent ressuie ressuies ressuyant ressuye
    ressuyer resta restait restante restants restart restat restaurait restaurants restaurat restaurent restee
    resteer restent restera restes restez restje rests restte reteins retente retentee retenti retentiez retentir
    retentis retentit retient retines retins retondent retouren retourna retournee retourner retournes retournez
    reussi reussie reussies reussir reussite revais revancha revanchee revancher revanches revanchez reveilla
    reveillant reveillees reveiller reveilles reveillez revenir revent rever reverse reversee reviennent reviens
    revins riant ribes rider riens rient rijgt rince rison rissent riste rivat rivates rivees rives robas robbes
    robed robee robees robers robez robles robts rodat rodes rokte rommes rompe ronde ronger rookt ropes ropte roses
    rosse rossent rosses roste roster rotes rotte rouble rouee roues rouet rouge rouie rouille roulage roule rouler
    rouleur rouleurs rouloir rouse rousse roussin roussis roussit routa routed routee routen router routes routez
    routs rouwe roves rowes rubes rubis ruelle ruiner ruines ruins rumeur ruste saais sache sachent sacome saille
    saillent sailli saine sains sainte saison saite sakais salade salais salait salant salat salee salent salie
    salles sallie sally saloir salopette salpe salse salue salve saman sammes sanae sandal sandalen sandales sandals
    sangle sanie sanne santa santen santes santje santo sanve sapais sapait saper sapin sapine sarais sarcomen
    sarcomes sasse sassed sassee sasser sasses saste saule saute sauteur sauvais sauvait sauvent savage savane
    savant savante savart savates savior savoirs savons savor scalier scandale scelle scelles schah schatte schelle
    sciat seante seaux sechat sedans seduite segre segres seide seille seing seins selie sella sellas sellee sellees
    sellen seller sellers sellez sells selve selves semait sembla semblee sembler sembles semblez semestre semple
    sendais sensee sensibilise sensibilites sensibility senta sentant sentas sente senten sentie sentient sentier
    sentira sentis sentit serai serail serais seriait seriant seriat serieuse serine serinee serions seront serrait
    serrant serre serte serti sertie sertir sertit servait servante servants servent servit sessie seules seulet
    seuls sevrait sevrant sevre seyait sibon sidon siebe sieent siegea siegee siegel sieger sieges siegez sieme
    siene sienne siens sierait sieur sieve sifon sigle signai signais signala signalas signale signales signas
    signat signifiant significante significants simon sinan singee sinti sions sistre skips slater sleur slipt slits
    slops slotte slues smala smasha smashe smashee smasher smashez smette snelle sniffe sniffee sniffer sniffes
    sniffez snips snober snode snows sobre socles soede soerte soete soeurs softe softie soies soifs soils soins
    soirs solde soldes solea soleils solon solvent somde sommas sommee sommees sommen somment sommer sommet sommets
    sommez sonda sondee sondel sondes sondez songe songer sonke sonne soons sopte sorbe sorta sorte sorted sortent
    sorter sortes sortez sorti sortied sorties sortiez sortira sortirs sortis sortit sotch sotie sotte sottie soucia
    soucie soucis soudage soudain soudaines soudains soude soudent soues souffle souffres souffrez soufi soufre
    souilla souillee souiller souilles souillez souks soulagea soulagee soulager soulages soulagez soulane soule
    soulent souler soules souleve soulevee soulevera souleves soulevez soupent soups sourde souri soute soutes
    souvenu souvient souvint soyer spart sparts speciales spelles spert speur sponde spoort spore spork sporty
    spouse spout sprot squille stege sterait sterre steur stiens stonde stoppage stoppe stoppee stoppes stoppez
    stoute strass streks streps stres stressa stresse stresss strest strews striat strous suage suber subie subiet
    subiete subis subit subites subito subits sucer suerait sueur suifent suifer suisse suisses suits suivant suive
    suivie suivra suivrez supere supporta supporte suppot surine suriner surines suros symptome symptomes syndromen
    syndromes tachaient tachait tache tachent tacle taclent tacon tailla taillee taillent tailler tailles taillez
    taire taisais taisait taise talant tallant talle taller talles tamponna tamponneer tamponnees tamponner
    tamponnes tamponnez tance tancer tanche taniere tanna tanne tapin taponne taponnee tarder tarin tarte tarties
    tasked tassage tasse tassee tasser tasses teens teerst teille teindre teins teinture tekel telde telle telles
    temme tempes tenait tenante tenants tendant tende tender tendra tendre tendres tendrez tendue tenez tenia tenor
    tensions tenson tentais tentait tentant tente tentent tents tenure tercas terce tercent terme terne ternie
    ternir terrai terrais terrat terree terrer terres terrez terri terrie terriere terry tersas terse tertre tessie
    testant teste testee testent testez testicule teston tetaient tetais tetait tetant teter teton tette teute
    thaise thanks theier thens thermes thermometre thons thous thrips thuis thunks tians tiede tiels tielt tiend
    tienne tiento tiers tiert tiges tijns tillee tillent tillez tinmes tintent tipis tique tiree tirent tirer tiret
    tirez tisent tises tisse tissee tisser tissu tissure tissus tmese tobbe tobbes tobes tocht toebes toilat toile
    toilee toilent toiles toiletta toilettas toilettee toilettees toiletten toiletter toilettez toilez toiture tokte
    tolerait tolerante tolerants tolerat tolerent toles tolet tolle tomba tombant tombas tombed tomben tomber tombez
    tombs tomee tomees toment tomer tomme tonde tondre tondu tonne tonneaus tonnerres tonte tontes tonto tontos
    toont topte torche torcher torre torse torte tortes torus tosses toste totes toton touates touch toucha touchas
    touchee toucheer touchees touchera touchers toucheur touchez touchier touchy touee touees toues tougher touille
    tourbe tourber tourie tourier tourna tournee tournera tournes tourneur tourney tournez tournier tourte tourtes
    tousse tousser touted touts traan trafic traie traient trail traille traina trainai trainais trainant trainat
    trainde trained trainee trainement trainen trainer traines trainez trains trairait traire trais trait traitait
    traite traitements traitent traiterent traktement trama tramail tranquiller tranquilles tranquilly transat
    transi transie transir transis transita transite transito transits transmit travails trebucha trebuchees
    trebucher trebuches trebuchet trebuchez trends trens trent tressent treve triee trient trier triez trillant
    trille trima trimes trines tringle tringles trissons trocs trois trombe trombes trons trots trottinettes
    trottoirs troua trouas troubla troublee troubler troublez troue trouee troues troupe trouts trouva trouvee
    trouver trouves trouvez troys truble truie truies truus tuable tuage tuante tuent tueur tuilette tumes tumeurs
    tuons turcs turne turnep turnes tusse tussent tusses tutes tuteur twain twens twent twinks twista twiste twistee
    twistes twistez typer umpire units untel uranate urane urgeant urgeat urgents urger urina urinas urinat urinee
    urineer urinees urinera urinerent urinerez urinez urnes usais usante userait usine usiner usines usure vaagt
    vaccina vaccinee vacciner vaccinez vachaient vachait vache vachent vagie vagins vagir vagira vagis vagit vaille
    vaillent vaire valant valiant vallee vallon valve vamper vandale vanna vanneau vante variait variante variants
    variat varie varient vaser vasse vastes vautre veaux veces veens vehements veins velements velent velies venant
    venas vendre vends vener venes venig venin venns venta ventais ventait ventas vente ventent ventes ventis ventre
    venus verdet verdeur verdier verdies verdir vergas verger verglaas verine verlas vernie vernier vernies vernir
    verolas verre verriere versie verst verte verties verts vesse vessee vessent vesses vessies vessiez veste vester
    vests vetaient vetais vetait vetement vetir vetit vetites vette veule veulen veulens vibre victima victime videe
    vident videos videra vides videur videz vienna viennent viennes viert viest views vilain vilaines vilains vilder
    vileine viler viles ville vimes vinat vinent viner vines vineux vingt vinkt viper virent vireo virer vireux
    visent viser visser vitens vivent vives vixens vlotte vocht voeux voids voient voilette voilettes voilure
    voisina voisinee voisiner voisines voisinez voisins voitura voituree voiturer voitures voiturez voler volet
    volgend volgenden volige volle volve vonne vosse votes votif voucher vouge vouloirs voulue voulus voulut vousse
    vousser voute voutes vraag vraat vraies vrais vrillant vulde vulves vyent wafted wafts waite waited waller walts
    wands waned wange wanked wanks warder warre wasser wasted wattmen watts webben weckt weerst welles wenkt werft
    werpt wester wette wider wiens windt wisser wives wonde wonted wonts woonst woort wraps yaman yasse yassee
    yasser yasses yelde yonne youps ypres yvons zaire zaman zarts zeerst zegje zeles zengde zesde zestant zeste
    zester zette ziens zocht zonat zonde zonne zorgen zotte zoute zoutte
    abnormal curette especial spacial speciaal
    blockage
    deviant ellas ellens ellies ellis ellys
    arches larches manches marchas marcies marshes marthes merchant mouse mouses moussa moussed mousses muusse parches
    arriveer breit bruid bruil bruin bruint bruist brult brunt brust bruut chief chiel debut debuut degout devis devout doyen essentie falls fallus foment forceer forger former forrer forser gebout heine humde humid kentie meine mennes mentie minnes molen moments morilles parfait peene peigne peize piscinen piscines royen sectie sentiments transpirations urinals veere veine venter ventje ventte venture verge verne verra verrek verrel verse verve
    """.split()
)
#: misspellings read as typos although a word list has them
READ_AS_TYPO: frozenset = frozenset()
#: compounds end in these words (Dutch); none in French
COMPOUND_HEADS: tuple = ()

#: a pronoun that takes the area up after a comma: French has its own pattern ("mon derriere, il est tout engourdi")
AREA_PRONOUN: tuple = ()
#: The saddle area (regex alternatives, whole words): fesses, entrejambe, perinee, parties intimes,
#: wiping ("quand je m'essuie"), "en selle" (never bare "selle": "aller a selle" is the bowel)
AREA = (
    # se nettoyer avec le papier, c'est s'essuyer (session 21e): "quand je me nettoie avec le papier"
    r"(?:nettoi[e]|nettoye[r]|nettoyan[t]) (?:\w+ )?avec (?:le |du )?(?:papier|pq)",
    r"fesses?|fessiers?|raie des fesses|raie|entre fesses|anus|anal|anale|rectum|rectal|perinee|perineal|perineale|perine",
    r"parties (?:intimes|genitales|privees|basses)|(?<=mes )parties(?! (?:du|de|des|d|de la)\b)|zone (?:intime|genitale|anale|perineale|de la selle|du siege)",
    r"organes? genitaux|region (?:genitale|anale|perineale|intime|du siege)|sexe|vulve|vagin|penis|testicules?|bourses",
    # the testicles in slang (session 33L): "entre les fesses et les couilles", "les burnes"; "boules" only beside the buttocks
    # ("j'ai les boules" is being upset)
    r"couill[e]s?|burne[s]|roupette[s]|(?<=fesses et les )boul[e]s|(?<=fesses et mes )boul[e]s|boul[e]s(?= et (?:les |mes )?fesses)",
    # the words of speech for the genitals: "mon zizi", "ma foufoune"
    r"zizi|foufoune|quequette",
    r"scrotum|pubis|coccyx|cul|en selle|selle de (?:velo|vtt|bicyclette)|intimite|entrejambes?|crotchzone",
    # "entre les cuisses": the saddle between the inner thighs
    r"entre (?:les |mes )?cuisses",
    # "au niveau du derriere", "je sens rien au derriere" (session 24)
    r"(?:(?<=mon )|(?<=le )|(?<=au )|(?<=du ))(?:derriere|posterieur)(?! (?:la|le|les|du|de|des|mon|ma|mes|ton|son|sa|ses|genou|cuisse)\b)",
    r"essuie|essuies|essuyer|essuyant|essuye|papier (?:toilette|wc|cul|hygienique)|(?:siege|lunette|planche) des (?:toilettes|wc)",
    r"en bas(?! (?:du|de|des|dans|a|au|aux|le|la|les|dos|gauche|droite)\b)|la en bas|la dessous",
    r"(?:la )?ou (?:on|j|je|tu|vous) (?:se |me |te |vous )?(?:assoit|assois|assied|assieds|assoie|asseyez)",
    # l'anus en langage parle (session 20a): "autour du trou de balle je sens plus rien"
    r"trou de bal[l]e|trou du cu[l]|troufigno[n]|troufio[n]",
)
#: le derriere en mots familiers (session 25Y): "mon popotin est mort d'un cote", "l'arriere-train tout engourdi"
AREA += (r"popoti[n]|arrier[e] trai[n]",)
#: Numbness, tingling, pins and needles, for any body part (regex alternatives)
NUMB_COMMON = (
    r"engourdi\w*|engourdissements?|insensibles?|insensibilite|anesthesi\w*|hypoesthesi\w*|paresthesi\w*",
    # like cotton: "mes deux jambes sont cotonneuses" (twin of the Flemish "voos")
    r"cotonneu(?:x|se|ses)",
    r"fourmi\w*|picot\w*|(?:perte|manque|diminution|absence|baisse) (?:de |du |des )?(?:la )?(?:sensation|sensibilite|toucher)s?",
    r"endormie?s?|(?:plus|pas|aucune|peu de|moins de) (?:de )?(?:sensation|sensibilite)s?",
    # "comme dormi" pour endormi, d'un francais appris (session 27S): "les fesses c'est comme dormi" (jamais "j'ai mal dormi")
    r"(?<=\bcomme )dormie?s?\b",
    # "je sens plus mes fesses", "je sens rien", "je ressens presque plus"
    r"(?<!\bme )(?<!\bse )(?<!\bte )" + _NOT_HE + r"(?:sens|sent|sentent|ressens|ressent|sentais|sentait|sentir|ressentir) "
    # the longer forms first: "je sens plus rien" is no "sens plus" denied by a trailing "rien" (SUFFIX_NO)
    # ... "presque plus rien" before "presque plus" (session 38A): "je sens quasi plus rien autour de l'anus" (not denied by its "rien")
    r"(?:plus rien|plus grand chose|plus du tout|pas du tout|pas grand chose|(?:presque|quasi|quasiment|pratiquement) plus rien|plus|pas|rien|presque (?:pas|plus|rien)"
    r"|quasi (?:pas|plus|rien)|quasiment (?:pas|plus|rien)|pratiquement (?:pas|plus|rien)|meme pas|mal|peu|moins bien|moins"
    # ... "pour ainsi dire", "a peu pres", "limite" (session 32AZ): "je sens pour ainsi dire plus le derriere", "limite plus rien"
    r"|(?:pour ainsi dir[e]|a peu pre[s]|limit[e]|carremen[t]|virtuellemen[t]|en gro[s]) (?:pas|plus|rien)(?! (?:la |les |de |ma |mes )?(?:douleu\w*|mal)\b)"
    # "je sens un peu moins entre les jambes", "beaucoup moins", "de moins en moins" (issue 13)
    r"|(?:un (?:petit |tout petit )?peu moins(?: bien)?|beaucoup moins|bien moins|nettement moins|de moins en moins"
    # ... or barely (session 31AM): "je sens a peine mes fesses", "on sent tout juste l'entrejambe" (not the pain barely felt)
    r"|a peine|tout just[e]|a moitie|qu a moitie)"
    r"(?! (?:la |le |les |ma |mon |mes )?(?:douleur|mal|gene|brulure|tension|pression|raid\w*)s?\b))\b"
    # not "je sens rien de special / d'anormal / d'autre": nothing unusual is felt
    r"(?!(?: rien)? de (?:special|particulier|anormal|bizarre|different|inhabituel|spe|autre|mal)\b)",
    # "mes fesses je les sens plus", "je le sens pas quand je m'essuie"
    _NOT_HE + r"(?:les|le|la) (?:sens|sent|ressens|ressent|sentais) (?:plus|pas|rien|presque pas|presque plus|quasi plus|mal|a peine|tout just[e])\b",
    # felt, told in the past: "j'ai rien senti la en bas", "j'ai plus rien senti aux fesses", "pas senti mon sexe du tout"
    # (not "rien senti de special", not a pain not felt: "pas senti de douleur", "rien senti de mal")
    r"(?<!\bil a )(?<!\bils ont )(?<!\belle a )(?:rien|plus rien|presque rien|quasi rien|pas|plus|meme pas|pas grand chose|jamais) "
    r"(?:du tout |vraiment )?(?:senti|sentie|ressenti|ressentie)\b"
    r"(?! (?:de |d |la |le |les |une |un |aucune? )?(?:douleur|mal|gene|choc|coup|special|particulier|anormal|bizarre|different|autre"
    r"|que|qu|quand|si|venir|arriver|passer)\b)",
    # "comme du coton", "en carton", "du caoutchouc": "mes pieds comme sur du coton"
    # (bare "en coton" is weak legs, WEAK: "mes jambes sont en coton, de plus en plus molles", session 16b)
    r"comme (?:du |de la |un |une )?(?:coton|ouate|carton|caoutchouc|anesthesie)",
    r"en (?:du |de la |un |une )?(?:ouate|carton|caoutchouc|anesthesie)",
    # walking on it: "je marche sur du caoutchouc", "comme marcher sur du coton" (twin of "walking on cotton wool")
    r"(?:marche|marches|marcher|marchais|marchait|marchant) sur (?:du |de la |des )?(?:coton|ouate|caoutchouc|mousse|eponges?)\b",
    # "une couche de carton", "une epaisseur de coton": something between the skin and the world
    r"(?:une |des |1 )?(?:couches?|epaisseurs?|plaques?|feuilles?) (?:de |d )(?:carton|coton|ouate|caoutchouc)",
    # wrapped in it (session 18a): "comme enveloppees dans du coton" (twin of "wrapped in cotton wool", "in watten gewikkeld")
    r"(?:envelopp\w*|emball\w*) (?:dans|de) (?:du |de la |la |le )?(?:coton|ouate|film plastiqu[e]|plastiqu[e]|papier bull[e])",
    r"comme (?:morte?s?|mortes|morts|chez le dentiste)",
    # after the dentist: "comme quand on sort de chez le dentiste", "comme apres une piqure chez le dentiste"
    r"comme (?:quand |qd |apres |au sortir de |en sortant de |si )?(?:\w+ ){0,4}?(?:chez le |du |le )dentiste",
)
#: Numbness words said of the saddle area only ("bizarre", "mort")
NUMB_SADDLE = (
    r"(?:sensation|impression) (?:\w+ )?(?:bizarre|etrange|drole|differente|de froid|de vide|de mort)",
    r"(?<!\bme )(?<!\bse )" + _NOT_HE + r"(?:sens|sent|ressens|ressent) (?:\w+ )?(?:bizarre|etrange|drole|froid|different\w*)",
    r"(?:est|sont|etait|etaient) (?:\w+ ){0,2}?(?:morte?s?|froide?s?|glacee?s?)\b",
    # ... semble morte, ou "j'ai les fesses mortes" (session 32AZ): "mes fesses paraissent mortes", "j'avais le derriere mort et tout
    # l'entrejambe aussi" (la zone nommee)
    r"(?:sembl[e]|semblen[t]|semblai[t]|semblaien[t]|parai[t]|paraissen[t]|paraissai[t]) (?:(?!(?:pas|plus|jamais|point)\b)\w+ ){0,2}?"
    r"morte?s?\b",
    r"(?:(?<=\bfesses )|(?<=\bfesse )|(?<=\bcul )|(?<=\bderriere )|(?<=\bentrejambe )|(?<=\bperinee )|(?<=\bpopotin ))(?:tout |toute |toutes )?morte?s?\b",
    # tout bizarre (session 22I): "l'interieur des cuisses tout bizarre", "mes fesses sont toutes etranges" (pas "c'est bizarre")
    r"(?:tout|toute|toutes|tous|est tout|sont toutes|est toute|sont tout) (?:\w+ )?(?:bizarres?|etranges?|droles?)\b",
    r"unsure (?:\w+ ){0,4}?(?:sens|sentir|ressens|ressentir|sensation)",
)
#: mort comme une chose, ou plus la (session 25Y): "ma fesse gauche est comme du bois", "comme si elle etait plus la" (pres de la zone)
#: cartonne, la peau de la zone comme du carton (session 31AE): "l'interieur des cuisses, c'est tout cartonne" (pres de la zone)
NUMB_SADDLE += (r"cartonn[e]|cartonne[e]|cartonne[s]|cartonnee[s]",)
NUMB_SADDLE += (r"comm[e] (?:du |un (?:morcea[u]|bout|bloc) de )bois", r"comm[e] si (?:elle|il|elle[s]|ils|ca|c|ce) (?:etai[t]|etaien[t]|est|sont) (?:plus|pas) la\b")
#: ... gele ou glace par comparaison (session 30Y): "l'interieur de mes cuisses est comme un bloc de glace", "on dirait de la viande
#: congelee", "comme un morceau de viande morte", "comme congelees" (pres de la zone)
NUMB_SADDLE += (r"(?:comm[e]|on dirai[t]) (?:un |une |du |de la |des )?(?:(?:bloc|morcea[u]|bout|piec[e]) de )?glac[e]\b", r"comm[e] (?:un |des )?glaco[n]s?\b",
                r"(?:comm[e]|on dirai[t]) (?:un |une |du |de la |des )?(?:(?:morcea[u]|bout|bloc|piec[e]|tranch[e]|quartie[r]) de )?viand[e]"
                r" (?:\w+ )?(?:congele\w*|surgele\w*|mort[e]|froid[e]|cru[e])\b", r"comm[e] (?:congele\w*|surgele\w*)")
#: un autre sujet a la fin des mots entre les jambes et le mot de faiblesse: le verbe de la douleur (session 24T;
#: bot/reading/redflags.py _weak_of_other_subject): "les genoux plies, la douleur se derobe"
WEAK_OTHER_SUBJECT = ("la douleur", "cette douleur", "le mal", "la crampe", "les crampes", "la contracture", "la decharge")
#: ... pas apres ceux-ci (une conjonction ou une preposition: "mes jambes et la douleur", "ma jambe avec la douleur lache")
WEAK_SUBJECT_NOT_AFTER = ("et", "ou", "avec", "de", "du", "par", "a", "en", "sous")
#: Weakness of a leg or the legs (regex alternatives). Not "lourd": "les jambes lourdes" is the
#: circulation in French.
WEAK = (
    # "faiblard(e)": a little weak, in speech
    r"faibles?|faiblesses?|faiblit|faiblissent|faiblards?|faiblardes?|affaibli\w*|sans force|" + _NOT_LOSING + r"(?:pas de force(?! perd[u]e?s?\b)|(?:plus|peu|moins) de force)|perte de force",
    r"molles?|en coton|en guimauve|en compote|flageol\w*|lachent|lache|se derobent|se derobe|flanchent|flanche",
    # veulent plier, plient sous moi (session 22I): "les jambes veulent plier", "mes jambes flechissent" (pas "veut pas plier": raide)
    r"(?:veulen[t]|veu[t]|voulaien[t]|voulai[t]) (?:(?:toujours|souvent|parfois|des fois|tout le temps) )?(?:plie[r]|flechi[r]|cede[r]"
    r"|lache[r])|plien[t]|pliaien[t]|flechissen[t]|flechissaien[t]",
    # pliés d'un coup, au passé (session 23Q): "ses deux genoux ont plie d'un coup", "mes jambes se sont derobees" (pas "j'ai plie
    # les genoux": le sujet, ce sont les jambes)
    r"(?:ont|avaient|ont encore|ont souvent|ont deja) (?:plie|flechi)|se sont derobe(?:e)?s|se derobaien[t]",
    # parties sous soi, effondrees, qui ont cede, qui ne portent plus (session 24): "mes jambes sont parties sous moi", "mes jambes se
    # sont effondrees", "mes jambes ont cede d'un coup", "mes jambes m'ont abandonne", "mes jambes m'ont plus porte"
    r"(?:sont|est|etaient|etait) partie?s? sous (?:moi|mon poids)|(?:se sont|s est|se est) (?:effondree?s?|affaissee?s?)",
    r"(?:ont|a|avaient|avait) (?:\w+ )?cede|(?:m|me) (?:ont|a|avaient|avait) (?:\w+ )?(?:abandonne\w*|lache\w*)",
    r"(?:m|me) (?:ont|avaient) (?:plus|pas) (?:\w+ )?(?:porte\w*|tenu\w*)",
    # qui m'abandonnent, au present; s'effondrer sur ses jambes, le verbe d'abord (session 35G): "mes jambes m'abandonnent", "je
    # m'effondre sur mes jambes en me levant"
    r"(?:m|me) (?:abandonnen[t]|abandonn[e])\b",
    # s'affaisser, s'ecrouler au present, les jambes juste avant (session 35G): "mes jambes s'affaissent sous moi" (pas "le matelas
    # s'affaisse, mal aux jambes": les jambes sont le sujet)
    r"(?:(?<=jambes )|(?<=genoux )|(?<=jambe ))(?:s|se) (?:affaissen[t]|affaiss[e]|ecroulen[t]|ecroul[e]|effondren[t]|effondr[e])\b",
    # qui ploient, plongent, partent, fondent, se ramollissent sous soi (session 35G): "mes jambes ploient sous moi"
    r"(?:ploien[t]|plongen[t]|parten[t]|fonden[t]|se defilen[t]|se ramolliss\w*) sous (?:moi|mon poids)\b",
    r"(?:m|me|s|se) (?:effondr\w*|affaiss\w*)(?= (?:\w+ ){0,3}?sur (?:mes|les) (?:deux )?jambes\b)",
    # ne veulent plus porter, ne portent plus (session 25Z): "mes deux jambes veulent plus me porter", "mes jambes ne me portent
    # plus", "mes jambes me tiennent plus" (pas "je veux plus porter de talons": le sujet, ce sont les jambes)
    r"(?:veulen[t]|voulaien[t]) (?:plus|pas|presque plus|quasi plus) (?:me |m )?porte[r]|(?:me|m) (?:porten[t]|tiennen[t]|portaien[t]"
    r"|tenaien[t]) (?:presque |quasi |quasiment )?plus",
    # ... ou de moins en moins (session 30AD): "mes jambes me portent de moins en moins", "ses deux jambes le tiennent de plus en plus mal"
    r"(?:me|m|le|la|les|nous) (?:porten[t]|tiennen[t]|portaien[t]|tenaien[t]|soutiennen[t]) (?:de moins en moins|de plus en plus mal|a peine|presque plus|mal)",
    # comme de l'elastique (session 21f): "mes jambes sont comme de l'elastique" (en guimauve)
    r"comme (?:de le |de l |du |un )?elastiqu[e]",
    r"paralys\w*|(?:obeissent|repondent|portent|tiennent) (?:plus|pas)",
    # "les deux jambes qui manquent de force" (session 17e)
    r"manqu(?:e|ent|ait|aien[t]) (?:\w+ )?de forc[e]",
    # the comparative in one piece: "plus" is also a list word ("pins plus needles"), so "les deux jambes plus faibles"
    # read as two parts would cross it; not "ne sont plus faibles" (no longer weak: the "ne" is read as "een")
    r"(?<!\been sont )(?<!\been est )(?<!\bne sont )(?<!\bne est )(?:de plus en plus |bien |un peu |encor[e] |beaucou[p] )?plus "
    r"(?:faibles?|molles?)",
)
#: Both legs; plural legs or feet count ("mes jambes sont engourdies")
BOTH_LEGS = (
    r"(?:les |mes )?deux (?:jambes|pieds|cuisses|mollets|genoux|chevilles|cotes|guibolle[s]|guibole[s]|gambette[s]|quille[s]|gambe[s])",  # Picard "gambes" (23N)
    r"jambes|pieds|mollets|genoux|chevilles|jambes et (?:les |mes )?pieds",
)
#: les deux jambes endormies apres une longue position assise, passe en une minute ou deux (bot/reading/redflags.py
#: _legs_asleep_from_sitting, session 33F): la position (LEGS_ASLEEP_SAT), le passage rapide (LEGS_ASLEEP_PASSED), et rien qui dise que
#: ca reste ou revient a la marche (LEGS_ASLEEP_STAYS): "une heure a genoux au jardin, les jambes mortes en me relevant, revenu a la
#: normale en une minute" n'est pas un signe; "toujours engourdies", "ca revient quand je marche" le reste
LEGS_ASLEEP_SAT = (r"assise?s?|en tailleur|a genoux|agenouillee?s?|accroupie?s?|jambes croisees|aux toilettes|sur les toilettes|sur le wc|aux wc"
                   r"|sur la cuvette|sur le trone|par terre|en voiture|trajet|long vol|en avion|en train",)
_QUICK_FR = (r"(?:(?:une|1|deux|2|trois|3|quelques|une petite|une demi|30|20|10) (?:\w+ )?(?:minutes?|secondes?|instants?|min)|un instant"
             r"|un petit moment|un moment)")
_PASSING_FR = (r"(?:passee?s?|partie?s?|disparue?s?|fini|finie|revenue?s?|normale?s?|ok|bien|retrouve|reparti|envolee?)")
LEGS_ASLEEP_PASSED = (r"(?:au bout de|apres|en|dans|en moins de) " + _QUICK_FR + r"(?: ou (?:deux|2|trois))?(?: ,)?(?: \S+){0,5}? " + _PASSING_FR,
                      _PASSING_FR + r" (?:\w+ ){0,3}?(?:au bout de|apres|en|en moins de) " + _QUICK_FR,)
LEGS_ASLEEP_STAYS = (r"toujours|encore|persiste|persistent|restent|reste|revient|reviennent|sans arret|se repete|se reproduit|en marchant|quand je marche|a la marche|apres avoir marche|chaque fois"
                     r"|a chaque fois|(?:ne|n) (?:\w+ )?(?:pas|plus)|pas (?:passe|parti|disparu|revenu|fini)|jours|semaines|mois|depuis",)
#: ... mais un "toujours" ou "depuis" dit de la douleur d'une autre partie, dans sa propre proposition sans jambe ni engourdissement,
#: n'est pas un reste (bot/reading/redflags.py _asleep_stays, session 34U): "les deux jambes mortes aux toilettes, revenu en une
#: minute. j'ai encore mal au dos", "... , la nuque toujours raide depuis lundi"
LEGS_ASLEEP_OTHER_ACHE = (r"(?:mal|douleurs?) (?:\w+ ){0,2}?(?:au|a la|aux|dans le|dans la|dans les) (?:\w+ ){0,2}?(?:dos|lombaires|reins|nuque|cou|epaules?|hanches?|coccyx|tete)",
                          r"(?:dos|lombaires|reins|nuque|cou|epaules?|hanches?|coccyx)(?: \w+){0,3}? (?:douloureu\w*|raide|coince|bloque|(?:fait|font) (?:\w+ )?mal|me lance\w*)",
                          r"lumbago",)
#: la sensation des jambes dite dans cette proposition la garde lue: "le dos douloureux et toujours mortes"
LEGS_ASLEEP_FELT = (r"morte?s?|fourmis|endormi\w*",)
#: ... et une jambe nommee dedans: "mal au dos et les jambes toujours engourdies"
#: la marche dite avant l'engourdissement des jambes, sans position assise avant, l'amene (bot/reading/redflags.py
#: _came_with_walking, session 37F): "au bout de dix minutes de marche les deux jambes s'engourdissent, assise sur un muret
#: c'est parti" est la position assise comme soulagement
LEGS_ASLEEP_WALKING = (r"marche|marcher|marchant|marches|promen\w*|balade\w*|a pied|le chien",)
LEGS_ASLEEP_LEG = (r"jambes?|pieds?|genoux|cuisses?|mollets?|orteils|chevilles?",)
#: jambes dites mortes apres le sport, des muscles fatigues, pas un engourdissement (session 33M; bot/reading/redflags.py
#: _legs_asleep_from_sitting): "mes deux jambes sont mortes apres le marathon", "les deux jambes mortes apres mon footing"
LEGS_DEAD_SPORT = (r"morte?s? (?:\w+ )?(?:apres|a cause) (?:\w+ ){0,3}?(?:sport|footing|jogging|cours[e]|marathon|velo|rando\w*"
                   r"|entrainemen[t]|muscu\w*|matc[h]|gym|salle)",)
#: les deux jambes engourdies sans cause dite (bot/reading/redflags.py _resolved_after, session 33J): "sans raison", "de nulle
#: part": un engourdissement des deux jambes passe en minutes reste lu
LEGS_NUMB_NO_CAUSE = (r"sans (?:aucune |la moindre |vraie |une )?(?:raison|cause)", r"de nulle part", r"sans prevenir",
                      r"pour (?:aucune|rien|pas de) raison", "noreason")
#: les deux jambes comme du coton (bot/reading/redflags.py _soft_legs_tripping), avec un trebuchement dit: les jambes
#: lachent (session 21e; "encoubler" en Suisse)
SOFT_LEGS = (r"(?:jambes|pieds|guibo[l]{1,2}es)\b(?: \w+){0,3}? (?:comme|en) (?:du |de la |des )?(?:coton|ouate)",)
TRIPPED = (r"trebuch\w*|encoubl\w*|me suis pris les pieds",)
#: ce qui fait d'un trebuchement une chute ou un coup, dit apres lui dans sa phrase (bot/reading/redflags.py
#: _trips_of_the_weak_foot, session 27R)
TRIP_LANDED = (r"tombe|tombee|tomber|tombant|chute|chuter|atterri|atterrie|par terre|au sol|sur le dos|sur les fesses|sur le cote"
               r"|blesse|blessee|cogne|cognee|fait mal|etale|etalee|ramasse|ramassee|casse|cassee|foule|foulee|tordu|plante",)
#: the other leg going the same way, anywhere in a message with a failing leg
OTHER_LEG_TOO = (
    r"(?:l autre|le autre|la autre) (?:jambe |pied )?(?:commence|fait|suit) (?:\w+ )?(?:pareil|la meme chose|aussi|de meme)",
    r"(?:maintenant |aussi )?(?:l autre|le autre) (?:jambe|pied) (?:aussi|egalement|pareil)",
    # d'un cote d'abord, puis de l'autre (session 30AD): "d'abord la gauche puis la droite", "ca a commence par la jambe droite, maintenant
    # la gauche lache aussi"
    r"(?:d abord|de abord|au debut|commence par|commence avec) (?:\w+ ){0,3}?gauch[e]\b(?: \S+){0,6}? (?:puis|maintenant|ensuite|apres|depuis) (?:\w+ ){0,3}?(?:droit[e]|autre)\b",
    r"(?:d abord|de abord|au debut|commence par|commence avec) (?:\w+ ){0,3}?droit[e]\b(?: \S+){0,6}? (?:puis|maintenant|ensuite|apres|depuis) (?:\w+ ){0,3}?(?:gauch[e]|autre)\b",
)
#: fear words: "j'ai peur que ce soit un cancer" is not having it
FEAR = (r"peur|crain\w*|inquiet\w*|angoiss\w*|trouille|flipp\w*|parano\w*|anxieu\w*|stresse\w*|nerveu\w*|panique\w*|terrifie\w*",)
#: relatives and others: "ma mere a eu un cancer" is not the patient (regex alternatives).  Not "petit"
#: ("un petit peu"), "il", "elle" ("ma fesse, elle est engourdie").
FAMILY = (
    r"mere|pere|maman|papa|soeur|frere|fille|fils|femme|mari|copain|copine|compagnon|compagne|epoux|epouse|conjoint\w*"
    r"|grand mere|grand pere|mamy|mamie|papy|papi|pepe|bonne maman|bon papa|bobonn[e]|oncle|tante|tonton|tata|cousin|cousine"
    r"|neveu|niece|voisin|voisine|enfant|enfants|bebe|bebes|gamin|gamine|gosse|gosses|collegue|belle mere|beau pere"
    # la famille (session 26G): "le cancer est dans la famille" (pas le medecin de famille)
    r"|(?<!medecin de )(?<!docteu[r] de )(?<!medecin de la )famille"
    r"|belle soeur|beau frere|beaux parents|parents|grand[s] parents|parrain|marraine|fiance|fiancee|filleul\w*",
    # le ou la partenaire en Quebec, en argot, en Afrique de l'Ouest (session 24T): "ma blonde", "mon chum", "ma go", "mon mec", "ma meuf"
    # ("ma" est lu "mon" devant ces mots: SPOKEN_PHRASES); les parents en argot: "la daronne", "mon reuf"
    r"(?:(?<=\bmon )|(?<=\bma ))(?:blond[e]|chum|go|mec|jule[s]|homm[e]|gars)|meuf|daro[n]|daronn[e]|frangi[n]|frangin[e]|reuf|reum|reup",
    # un ami, en mots simples ou de la rue (session 27K): "j'ecris pour mon pote", "pour mon ami", "mon poto", "ma pote"
    r"(?:(?<=\bmon )|(?<=\bma )|(?<=\bnotre ))(?:am[i]|ami[e]|pot[e]|pot[o]|copai[n]|meilleu[r] ami|meilleur[e] amie|meilleu[r] pote|chum|bro|frer[o]|sist[a])",
)
#: un lieu chez quelqu'un, avant une chute (session 40D2): "chez ma tante", "chez mon cousin sur le trampoline" dit ou le
#: patient est tombe, pas qui est tombe (bot/reading/redflags.py _someone_else, pour les mots de trauma)
AT_PLACE_OF = ("chez",)
#: typed for someone else: "j'ecris pour mon pere, ... il sent plus ses fesses": his pronouns are the patient's
PROXY = (r"(?:je )?(?:vous |te )?(?:ecris|ecrit|demande|tape|envoie) (?:ceci |ca |ce message )?(?:pour|de la part de) (?:mon |ma |mes |notre )?",
         # le message s'ouvre sur le proche pour qui il est (session 19j): "c pour mon mari, 68 ans. il a ...", "bonjour, c'est pour
         # ma mere : elle ..." (au debut, ou apres la salutation)
         r"(?:(?<=^)|(?<=\. )|(?<=, )|(?<=bonjour )|(?<=salut )|(?<=bonsoir )|(?<=hello ))(?:(?:c est|c|cest|ce est|ce message est"
         r"|ceci est|question|je viens|je me renseigne) pour|(?:ca|ceci|ce message) concerne) (?:mon |ma |mes |notre )",
         # ... ou dit par "pour" ou "au sujet de" seul, le proche suivi d une virgule, d un tiret ou de son pronom (session
         # 33M): "pour ma mere : ses deux jambes sont faibles", "concernant mon mari, ..." (pas "pour ma mere j ai ...": ni virgule ni pronom; le deux-points tombe a la normalisation)
         r"(?:(?<=^)|(?<=bonjour )|(?<=salut )|(?<=bonsoir )|(?<=hello ))(?:pour|au sujet de|concernant|a propos de)"
         r" (?:mon |ma |notre )(?=(?:grand |belle )?\w+(?: \d+(?: ans)?)?(?: ?[,.(-]| (?:il|elle|ses|sa|son)\b))",
         # le proche qui ecrit, nomme comme celui du patient (session 18a): "c'est son mari qui ecrit, elle peut pas s'asseoir"
         r"(?:(?:ce est|c est|cest|ici) )?(?:son|sa) (?=(?:mari|femme|epoux|epouse|fils|fille|copain|copine|compagnon|compagne)"
         r" (?:qui )?(?:ecrit|tape|ecris|redige)\b)",
         # le message s'ouvre sur le mal de dos d'un proche, en cours (session 17e): "ma mere (79 ans) a mal au dos depuis
         # une semaine, maintenant ses deux jambes ..." (pas "mon pere avait mal au dos")
         r"^(?:mon |ma |notre )(?=(?:mere|maman|mamie|mamy|pere|papa|papy|papi|femme|mari|epouse|epoux|grand mere|grand pere)"
         r"(?: \d+ ans| \d+)? (?:a|souffre) (?:\w+ ){0,3}?(?:mal au dos|mal de dos|mal aux reins|un lumbago|une lombalgie"
         r"|une sciatique|des douleurs (?:au|de|du) dos)\b)")
#: a greeting the message opens on before the relative it is typed for (session 22, engine _as_patient)
PROXY_GREETING = ("bonjour", "bonsoir", "salut", "coucou", "hello", "allo", "bjr", "slt", "cc",
                  # ... or the address alone (session 26D): "madame, monsieur, mon mari ...", "cher docteur, ..."
                  "madame ou monsieur", "monsieur ou madame", "madame", "monsieur", "mesdames", "cher", "chere", "docteur")
#: les mots qui peuvent suivre la salutation ("bonjour a tous", "bonjour docteur", "bonjour madame")
PROXY_GREETED = (# ... "madame ou monsieur", "mesdames et messieurs" (session 26D; before "madame": the longer first)
                 "madame ou monsieur", "monsieur ou madame", "madame et monsieur", "monsieur et madame", "mesdames et messieurs",
                 "mesdames messieurs", "madame monsieur", "monsieur madame", "a qui de droit", "cher docteur", "chere doctoresse",
                 "a tous", "a toutes", "docteur", "doctoresse", "madame", "monsieur", "tout le monde")
#: le message s'ouvre sur le proche pour qui il est ecrit, son dos dit ensuite (session 18c; bot/reading/redflags.py
#: _as_patient): ce proche, le sujet, est le patient
PROXY_SUBJECT = (
    # ce qui lui est arrive dit d'abord: "ma bobonne (91 ans) a loupe la derniere marche
    # ..., depuis elle se tient les reins" (pas "ma mere est tombee dans l'escalier": rien de son dos)
    r"^(?:mon |ma |notre )(?=(?:mere|maman|mamie|mamy|bobonn[e]|bonne maman|pere|papa|papy|papi|pepe|bon papa|femme|mari|epouse"
    r"|epoux|grand mere|grand pere)\b.* (?:elle|il) (?:se tient|a mal|souffre|se plaint|a des douleurs)"
    r" (?:\w+ ){0,3}?(?:dos|reins|coccyx|lombaires|bas du dos)\b)",
)
#: un mot qui ajoute a ce qui est deja dit, en tete devant "il" (session 32AP; engine _opens_on_him): "en plus il a maigri",
#: "et puis il a de la fievre"
THIRD_OPENERS = (r"et aussi|aussi|en plus|et en plus|et puis|de plus|par ailleurs|en outre|egalement"
                 # ... ou un moment dit d'abord (session 33L): "aujourd'hui elle a fait dans sa jupe", "ce matin il a mouille son lit"
                 r"|aujourdhui|aujourd hui|hier|hier soir|ce matin|cet apres midi|ce soir|cette nuit|tout a lheure|tout a l heure",)
#: the writer named: a message with none of these, told of "il", is typed for the patient (session 17)
WRITER = ("je", "j", "moi", "mon", "ma", "mes", "nous", "notre", "nos")
PROXY_PRONOUNS = {"il": "j", "ses": "mes", "sa": "mon",
                  # "je vous ecris de la part de mon frere ... il a sali son pantalon" (session 22)
                  "son": "mon"}
#: words after "il" that make it "it", no person (session 36, the lead): "il y a", "il faut", "s'il s'agissait d'un
#: cancer", "il semble" (the engine's _subject_word: a message typed for him is not told by these)
#: (the normaliser spells "s'agit" as "se agit"; one phrase of up to two words each)
IMPERSONAL_NEXT = ("y", "faut", "fallait", "faudrait", "semble", "semblait", "semblerait", "parait", "paraissait", "pleut",
                   "vaut", "suffit", "suffirait", "se agit", "se agissait", "se agirait", "se peut", "se pourrait")
#: the verb before an inverted "il", a question about a thing: "ce mal de dos serait-il une tumeur ?", "est-il grave ?"
IMPERSONAL_BEFORE = ("serait", "est", "etait", "sera", "pourrait", "peut", "faudrait", "faut")
#: a pronoun only before what it owns (the Dutch pack's "zijn"): none here
#: the relative typed for, named again by another word of the same kin: that relative is the patient (session 23P; the
#: engine's _same_kin_as_patient): the words of one kin, who owns them, and the patient's subject put for them
PROXY_SAME_KIN = ("pere papa vati daron", "mere maman mam daronne", "mari epoux", "femme epouse", "grand pere papy papi pepe", "grand mere mamie mamy meme")
PROXY_KIN_OWNERS = ("mon", "ma", "notre")
PROXY_KIN_SELF = "j"
PROXY_PRONOUNS_BEFORE: dict = {}
#: le message s'ouvre sur un proche qui a les signes et un mal de dos en cours, et l'auteur ne dit rien de lui-meme
#: (session 18a): "mon mari (58 ans) dit que ses deux jambes ... le dos lui fait mal depuis des semaines"
#: (bot/reading/redflags.py _as_patient); pas "mon pere avait mal au dos", pas si l'auteur se nomme ("je", "mon", "moi")
PROXY_SELF = (r"(?:mon|ma|notre) (?:mere|maman|mamie|mamy|pere|papa|papy|papi|femme|mari|epouse|epoux|grand mere|grand pere"
              r"|compagnon|compagne)(?: ,)?(?: \d+ ans| \d+)?(?: ,)? (?=(?:dit|a|peut|sent|est|souffre"
              # ... le dos dit sans verbe (session 26F): "mon pere, 75 ans, mal de dos depuis longtemps"
              r"|(?=(?:un |du |des )?(?:mal (?:au|de) dos|lombalgies?|douleurs? (?:au|de|du) dos)\b))\b"
              r"(?!.*\b(?:je|j|moi|mon|ma|mes|me|m)\b)(?!.*\b(?:avait|autrefois|il y a \w+ ans|jadis)\b)"
              r".*\b(?:dos (?:lui )?fait mal|mal au dos|mal de dos|mal aux reins|lumbago|lombalgi[e]|sciatiqu[e]|douleurs? (?:au|de|du) dos"
              # ... ou le mal de dos nomme par son diagnostic (session 23Q): "mon mari (79 ans) a un canal lombaire etroit"
              r"|canal (?:lombaire |rachidien )?(?:etroi[t]|retreci)|stenose (?:\w+ )?(?:lombaire|du canal|canalaire|rachidienne)"
              r"|hernie discale|lombarthros[e])\b)",)
#: fine right before "whatever position": "au lit ca va, peu importe la position"
NIGHT_FINE = (r"(?:tres |tout a fait |vraiment )?(?:bien|aucune douleur|sans douleur)",)
#: sleep told good, after a night cue: "peu importe comment je me couche, je dors bien" (session 17)
SLEEP_FINE = (r"(?:je|j|et) (?:\w+ )?(?:dors|dormais) (?:\w+ )?(?:bien|tres bien|comme un bebe|comme une souche|d une traite)",
              r"(?:aucune douleur|pas de douleur|pas mal du tout)")
#: son propre sommeil dit bon (bot/reading/redflags.py _sleep_told_sound, session 33D): apres une douleur nocturne d'un autre ou en
#: general, "je dors comme un bebe", "je dors d'une traite", "mes nuits sont calmes"
SLEEP_SOUND = (r"(?:je|j|moi je) (?:dors|dormais) (?:comme (?:un bebe|une souche|un loir|un ange|un caillou|une marmotte|un bienheureux)"
               r"|tres bien|bien|super bien|d une traite|toute la nuit|sans probleme|sans souci|a poings fermes)",
               r"(?:mes )?nuits sont (?:calmes|bonnes|tranquilles|paisibles|normales)")
#: the patient's own past, not a relative: "quand j'etais enfant j'ai eu une leucemie"
OWN_CHILDHOOD = (r"(?:quand (?:j )?etais|etant) (?:\w+ )?(?:enfant|petit|petite|ado|adolescent\w*|bebe|gamin\w*)|(?:dans|pendant) mon enfance",)
#: the patient themself
FIRST_PERSON = ("j", "moi")
#: the object forms among FIRST_PERSON: no subject of a clause (session 36, the lead)
FIRST_PERSON_OBJECT = ("moi",)
#: someone else's ("ses jambes", "sa fesse", "leurs pieds"): not the patient's legs
OTHERS_POSSESSIVE = ("ses", "sa", "son", "leurs", "leur")
#: a possessive that is also a verb (the Dutch pack's "zijn", session 26F): none here
POSSESSIVE_OR_VERB: tuple = ()
OWNER_OPENERS: tuple = ()
OWNED_VERBS: tuple = ()
#: who else has a limb: a relative or an animal ("la patte du chien", "mon chien boite")
OTHER_BEINGS = (FAMILY[0], r"chien|chienne|chiot|chat|chatte|chaton|cheval|jument|poney|lapin|animal|animaux|toutou|minou")
#: un animal avec son maitre ou son article, sujet de la fievre (session 33E, bot/reading/redflags.py _animal_fever): "mon chien a de
#: la fievre", "la vache a de la temperature" (pas un animal mange)
FEVER_ANIMALS = (r"(?:mon|ma|notre|le|la|les|son|sa|leur|nos|mes) (?:\w+ )?(?:chien|chienne|chiot|chat|chaton|cheval|chevaux|jument|poulain"
                 r"|poney|vache|vaches|genisse|brebis|chevre|anesse)",)
#: ... but these are the patient's own: "mon petit orteil"
NOT_BEINGS = (r"petit|petite|gros|grosse",)
#: ... ni un membre dit apres un animal avec un article, pas un possessif (session 27S): "quand je promene le chien les jambes
#: s'engourdissent" (bot/reading/redflags.py _OTHERS_LIMB)
OWN_LIMB_AFTER_BEING = ("les", "des")
#: an animal's limbs ("la patte de mon chien")
ANIMAL_LIMBS = ("patte", "pattes", "patte arriere", "pattes arriere", "pattes arrieres")
#: "la jambe de mon pere"
OF_WHOM = ("de", "du", "de la")
#: footwear: "ma pantoufle tombe tout le temps" is no fall and no weight lost
FOOTWEAR = (r"pantoufles?|savates?|tongs?|claquettes?|sandales?|chaussures?|chaussons?|mules?|sabots?|bottes?|baskets?"
            r"|chaussettes?|crocs|espadrilles?",)
#: un pied qui tombe dit par la chaussure seule, sans membre nomme (session 28A; bot/reading/redflags.py _foot_sign_alone, lu
#: par le filet de l'aggravation): "ma tong reste par terre quand j'avance", "je perds ma sandale en marchant", "mon chausson
#: sort tout seul quand je marche"
_MARCHE = (r"(?:(?:quand|lorsque|si|des que|chaque fois que|a chaque fois que) (?:j |je )?(?:marche|avanc[e]|monte|fais un pas|me deplace|me promene)\b"
           r"|marchant|avancan[t]|en montant|a chaque pas)")
FOOT_SIGN_ALONE = (
    r"{FOOTWEAR}(?: \w+){0,3}? (?:reste|restent|restait|restaient|est restee?|sont restee?s) (?:\w+ )?(?:derriere|par terre|au sol"
    r"|sur le sol|en arriere|sur place|sur la marche)(?: \w+){0,3}? " + _MARCHE,
    r"(?:perds|perd|perdu|perdais|perdait) (?:\w+ )?(?:mon |ma |mes |le |la |les )?{FOOTWEAR}(?: \w+){0,3}? " + _MARCHE,
    # laissee derriere soi (session 30AD): "je laisse mes tongs derriere moi en marchant"
    r"(?:laisse|laisses|laissais|laissait|laisse[r]) (?:\w+ )?(?:mon |ma |mes |le |la |les )?{FOOTWEAR} (?:derriere|par terre|en arriere|sur place)"
    r"(?: \w+){0,3}? " + _MARCHE,
    r"{FOOTWEAR}(?: \w+){0,3}? (?:sort|sortent|sortait|glisse|glissent|glissait|part|partent|partait|saute|sautent|s en va|se en va"
    r"|tombe|tombent|quitte|quittent)(?: \w+){0,3}? " + _MARCHE,
    # ... ou du pied nomme, sans la marche (session 32AT): "ma claquette glisse tout le temps de mon pied gauche", "mon sabot
    # saute du pied droit", "je perds sans cesse ma savate du pied droit" (avec l'aggravation dite: le filet de l'aggravation)
    r"{FOOTWEAR}(?: \w+){0,4}? (?:sort|sortent|sortait|glisse|glissent|glissait|part|partent|partait|saute|sautent|sautait|s en va|se en va"
    r"|tombe|tombent|tombait|quitte|quittent|file|filent|echappe|echappent|s echappe|se echappe)(?: \w+){0,3}? (?:de mon|du|de mes|des|de le) (?:\w+ )?pieds?\b",
    r"(?:perds|perd|perdu|perdais|perdait) (?:\w+ ){0,3}?(?:mon |ma |mes |le |la |les )?{FOOTWEAR} (?:\w+ ){0,2}?(?:de mon|du|de mes|des|de le) (?:\w+ )?pieds?\b",
)
#: la chaussure perdue pour une autre raison (session 28A): "perdu ma botte dans la boue", "mes pantoufles sont trop grandes"
FOOTWEAR_OTHER_CAUSE = (r"boue|neige|flaque|sable|coincee?s?|trop (?:grande?s?|large?s?|lache?s?)|une taille au dessus"
                        r"|lacets? (?:defaits?|detaches?)",)
#: the patient's own ("mes jambes"); "ma" is read as "mon" before the patient's own things (SPOKEN_PHRASES)
OWN_POSSESSIVE = ("mon", "mes", "mes deux", "les deux")
#: un article lu comme le possessif du patient ("j'ai les deux jambes engourdies"), pas apres un oui-dire ou la question d'un
#: autre: "mon collegue dit que quand t'as des fourmis dans les deux jambes ..." (bot/reading/redflags.py _own_unless_if, session 41M)
ARTICLE_OWN = ("les deux",)
#: le possessif d'un tiers dans un signe ("tombee sur ses fesses"): il renvoie au proche nomme avant, virgules comprises
#: (bot/reading/redflags.py _someone_else, session 33)
THEIR_POSSESSIVE = ("son", "sa", "ses", "leur", "leurs")
#: the patient's own all told fine after a relative's sign ("ma soeur ..., elle sentait plus rien en bas. moi ca va")
#: a relative who had a condition or an operation: what follows without a subject is theirs (_without_relatives)
RELATIVE_HAD = (r"a eu", r"a(?= (?:un|une|des|du|de la)\b)", r"avait", r"a ete (?:opere|operee|hospitalise|hospitalisee)", r"a subi", r"a fait")
SELF_FINE = (r"(?:moi|moi meme|chez moi)(?: ,)? (?:ca va|tout va bien|je vais bien|rien|pas|non|c est ok|ok|nickel|normal)",
             r"(?:j|je) (?:n )?ai (?:pas|rien de) (?:ca|cela|tout ca)")
#: mes jambes a moi vont bien, apres une jambe faible demandee en general ou d'un autre (session 34S): "mes jambes vont tres bien"
LEGS_FINE = (r"(?:mes|ma) (?:deux )?jambes? (?:march\w*|vont|va|fonctionn\w*|tiennent|tient|sont|est|se portent) (?:\w+ )?(?:bien|normalement"
             r"|parfaitement|nickel|ok|impeccable\w*|correctement|solides?)\b",)
#: la faiblesse elle-meme niee comme sienne (session 34, the lead) : "je n'ai aucune faiblesse", "pas de faiblesse chez moi"
WEAKNESS_DENIED = (r"\b(?:j|je) (?:n )?ai (?:aucune|pas de|pas la moindre|zero) (?:\w+ )?faiblesse\b",
                   r"\b(?:aucune|pas de) faiblesse (?:chez moi|pour moi|de mon cote|dans mes jambes|dans ma jambe)\b")
#: les signes demandes ou lus, puis nies comme siens (session 23K): "j'ai pas ca", "aucun des deux", "moi ca va de ce cote"
SIGNS_DENIED = (r"(?:j|je) (?:n )?ai (?:pas|rien|aucun|aucune|jamais) (?:\w+ )?(?:ca|cela|tout ca|ces \w+|les deux|des deux)\b",
                r"aucun des deux", r"aucune des deux", r"(?:ni|niet) le un (?:ni|niet) le autre", r"(?:moi )?ca va de ce cote",
                r"de ce cote (?:la )?(?:ca va|tout va bien|rien|pas de souci|aucun souci|nickel)")
#: ... et seulement une douleur a soi (session 23P): "moi j'ai juste mal au dos", "mon probleme c'est seulement le lumbago"
SIGNS_DENIED += (r"(?:j|je) ai (?:juste|seulement|que|uniquement) (?:\w+ ){0,3}?(?:mal|douleur|douleurs|lumbago)\b",
                 r"(?:j|je) ai dit non\b", r"mon (?:seul )?(?:probleme|souci) (?:ce est|cest|est) (?:juste |seulement |uniquement )?(?:le |la |un |une |mon |ma )?"
                 r"(?:\w+ ){0,2}?(?:lumbago|mal de dos|douleur|dos)\b")
#: ... le signe d'un formulaire ou d'un avertissement nie simplement (session 25Y): "je sens tout normalement", "rien de tout ca
#: chez moi", "j'ai rien de ce genre"
SIGNS_DENIED += (r"(?:j|je) (?:sens|ressens) (?:bien |encore )?tout(?: (?:normalement|normal|bien|comme avant|comme d habitude))?"
                 r"(?: (?:la en bas|en bas|la))?(?= ,| \.|$)", r"rien de (?:tout )?(?:ca|cela|ce genre)(?: (?:chez moi|pour moi|de mon cote))?(?= ,| \.|$)",
                 r"(?:j|je) (?:n )?ai (?:pas|rien) (?:de )?(?:ce genre|de ce genre|de pareil|de tel)\b")
#: ... ses propres jambes dites en ordre (session 27R), apres le pied tombant d'une voisine ou d'un proche: "je trebuche pas", "mes
#: pieds se levent bien", "je marche normal" (pas "je trebuche pas mal": souvent; ni "je marche bien mais ...")
SIGNS_DENIED += (r"(?:j|je) (?:ne |n )?(?:trebuche|traine (?:la jambe|le pied|les pieds)|bute) (?:pas|jamais)(?! mal\b)(?= ,| \.|$)",
                 r"mes (?:pieds|jambes) (?:se )?(?:levent|levent|tiennent|marchent|fonctionnent) (?:tres |tout a fait )?(?:bien|normal|normalement)"
                 r"(?= ,| \.|$)", r"(?:j|je) marche (?:tout a fait |tres )?(?:normal|normalement|bien)(?= ,| \.|$)")
#: one's own body parts: with OWN_POSSESSIVE inside a sign's words the sign is the patient's
#: and one's own car hit from behind ("un gars m'est rentre dans ma voiture par l'arriere", session 16b)
OWN_PARTS = (r"dos", r"bas du dos", r"colonne", r"coccyx", r"fesses?", r"hanches?", r"reins", r"lombaires", "voiture", "bagnole")
#: le patient comme ce qui a ete heurte, dans les mots du trauma (bot/reading/redflags.py _STRUCK_OWN, session 25Z): "un gamin
#: m'a embouti", "un jeune nous est rentre dedans"
STRUCK_OWN = ("m", "me", "nous")
#: une voiture heurtee sans personne dedans (bot/reading/redflags.py _not_aboard, session 28I): "ma voiture a ete emboutie pendant
#: qu'elle etait garee, je n'etais pas dedans" est a la voiture, pas un trauma
OWN_VEHICLE = (r"(?:mon|ma|notre|nos) (?:\w+ )?(?:voiture|auto|vehicule|camionnette|bagnole|caisse|taxi)",)
NOT_ABOARD = (r"(?:je|j|on|nous) (?:\w+ ){0,2}?(?:etais|etait|etions|etaient) (?:\w+ )?(?:pas|plus) (?:dedans|dans la voiture|a bord)",
              r"(?:il y avait |y avait )?personne (?:\w+ )?(?:dedans|a bord|dans la voiture)")
#: hedges that do not deny ("je pense", "je crois"): dropped before reading who is meant
HEDGES = ("j pense", "j crois", "il me semble", "me semble t il")
#: qui prend la temperature: "ma femme a sorti le thermometre et il affichait 38,7" est au patient (session 18f)
#: un proche qui a vu ce qui est au patient (session 24V): "ma femme a vu que mon pantalon etait mouille"
RELATIVE_SAW = (r"(?:vu|voit|remarque|remarquee|apercu|apercue|constate|constatee|trouve|trouvee)",)
TEMP_TAKEN = (r"(?:mis|sorti|pris|prend|mesure|a mis|a pris) (?:\w+ ){0,3}?(?:thermometre|ma temperature)",)
#: "stable", "pas pire": weakness that is not worsening
#: "ca empire pas mal" is "quite a lot worse": no stable cue
#: neither better nor worse ("ni mieux ni pire", the "ni" read as "niet" by the Dutch street words), "ca bouge pas",
#: "ca reste comme ca": the course told as unchanged
_NEITHER = r"(?:ni|niet) (?:mieux|pire|meilleur) (?:ni|niet) (?:mieux|pire|meilleur)"
STABLE = (r"stables?", r"pareil", r"kif ?kif", _NEITHER, r"(?:ca|ce|c|cela) (?:ne )?bouge (?:pas|plus)(?! (?:quand|si|lorsque)\b)",
          r"(?:ca|ce|c|cela|elles?) (?:ne )?reste (?:comme ca|pareil\w*|stable|le meme|la meme)", r"(?:empire|empirent|saggrave|change) pas(?! mal\b)", r"toujours (?:la meme|le meme|pareil)", r"pas (?:\w+ )?(?:pire|empire|aggrave)",
          r"(?:ne )?(?:se )?aggrave pas", r"ne change pas", r"pas change")
#: The whole-message worsening net: a limb, what it does when it fails, a worsening told anywhere
LIMBS = ("jambe", "jambes", "pied", "pieds", "genou", "genoux", "cheville", "chevilles", "orteil", "orteils", "mollet",
         "mollets", "cuisse", "cuisses")  # fmt: skip
#: a pronoun that takes the limb up after a comma (session 19k; bot/reading/redflags.py _FAILING_LEG): "mi right foot, it just
#: a flop down", "mijn rechtervoet, die wordt zwakker", "mon pied droit, il est tout faible"
LIMB_PRONOUN = ("il", "elle", "ils", "elles", "ca", "ce")
#: pronouns of an impersonal clause, never read as a limb named before a comma (session 42T)
LIMB_PRONOUN_IMPERSONAL = ("ca", "ce", "c")
FAILING_LIMB = (
    r"faibles?|faiblit|faiblissent|faiblarde?s?|sans force|" + _NOT_LOSING + r"(?:pas de force(?! perd[u]e?s?\b)|(?:plus|peu|moins) de force)|molle?s?",
    r"lache|lachent|se derobe|se derobent|flanche|flanchent|cede|cedent",
    r"traine|trainent|accroche|accrochent|racle|raclent|bute|butent|tombant",
    # le pied qui pend (session 21c): "mon pied gauche, il pend, il claque par terre"
    r"pend|pendent|ballant|ballants|pendouill[e]|pendouillen[t]",
    # un pied tombant qui claque au sol (session 18e): "mon pied fait flap flap sur le trottoir"
    r"(?:fait|font|faisait) (?:\w+ )?(?:flap|flop|clac|plaf)|claquen?t? (?:\w+ )?(?:sur le|au|par) (?:sol|trottoir|carrelage|pave|terre)",
    r"claquen?t? (?:\w+ )?comme (?:une |des |un )?(?:tong|tong[s]|claquette[s]?|savate[s]?|sandale[s]?|palme[s]?)",  # session 21e
    # ... a chaque pas (session 26F): "mon pied claque a chaque pas", "il claque a chaque foulee"
    r"claquen?t? (?:\w+ )?(?:a|en|pendant) (?:chaque|tous les|chacun de mes) (?:pas|foulees?|enjambee[s]?)",
    # le pied qui obeit de moins en moins, la pointe du pied levee avec peine (session 28A): "le pied m'obeit de moins en moins",
    # "j'ai du mal a lever la pointe du pied" (avec une aggravation dite ailleurs)
    r"(?:me |m )?(?:obeit|obeissent|repond|repondent) (?:de moins en moins|de plus en plus mal|mal|moins bien)",
    r"(?:du mal|de la peine|des difficultes|difficile\w*) (?:a |pour )(?:lever|relever|monter|remonter|soulever)(?= (?:la |le |mon |ma )?"
    r"(?:pointe|bout|avant) (?:du|de mon|de ma) pied)",
    # le pied qu'on n'arrive presque plus a lever, le lever dit d'abord (session 30W): "soulever mon pied gauche, j'y arrive
    # presque plus", "lever le pied droit, c'est presque impossible"; le pied passe de l'accelerateur au frein avec peine
    r"(?:soulever|lever|relever)(?= (?:le |la |mon |ma )?(?:pied|jambe|orteils)\b(?: \w+){0,2}?(?: ,)? (?:c est |cest |ce est |j y |y |je )?"
    r"(?:arrive |devenu |deven[u] )?(?:presque |quasi |quasiment |pratiquement |a peine |vraiment )?(?:plus|impossible|difficile|dur)\b)",
    r"(?:de le|de l|du|de la) (?:accelerateu[r]|gaz|embrayage|pedale de gaz) (?:au|a le|vers le|sur le) frei[n]\b(?: \w+){0,4}?"
    r" (?:difficile\w*|dur|penible|complique\w*|laborieu\w*|galere|un combat|lent)\b",
    r"(?:du mal|de la peine|des difficultes|difficile|dur) (?:a |de )?(?:passer|aller|bouger|deplacer) (?:\w+ ){0,3}?(?:de le|de l|du)"
    r" (?:accelerateu[r]|gaz) (?:au|a le|vers le|sur le) frei[n]\b",
)
WORSE_NOW = (
    # "un peu plus chaque jour" opening a clause (session 17), not "je marche un peu plus chaque jour"
    r"(?:(?<=, )|(?<=faible )|(?<=faibles )|(?<=et ))(?:un peu |encore )?plus chaque (?:jour|semaine|matin)|"
    r"de plus en plus|(?:chaque|tous les) jours? (?:un peu |encore )?(?:plus|pire)|"
    # ... its subject between (session 32BA): "chaque jour c'est un peu plus faible", "chaque semaine elle est encore plus molle"
    r"(?:chaque|tous les) (?:jours?|semaines?|matins?) (?:c est|ce est|cest|elle est|il est|elles sont|ils sont|ca devient|elle devient"
    r"|il devient) (?:un peu |encore |un petit peu |un peu encore )?(?:plus|pire)\b|(?:empire|empirent|saggrave|se aggrave|s aggrave)\b",
    # "c'est de pire en pire", "plus mou que la veille" (session 18e)
    r"de pire en pire|(?:plus faibles?|plus molles?|plus mous?|pire) (?:que|qu) (?:la veille|le jour (?:avant|davant|d avant))",
    # ... the day after the worse (session 26F): "c'est pire chaque jour", "plus faible tous les jours"
    r"(?:pire|plus faibles?|plus molles?|plus mous?) (?:\w+ )?(?:chaque|tous les) (?:jours?|matins?|semaines?)\b|"
    r"de jour en jour|jour apres jour|de moins en moins|(?:pire|plus faible) (?:que|qu) (?:hier|avant|la semaine)|(?:va|vont) (?:de mal )?en pis",
    # "ca gate" (Cote d'Ivoire, Afrique de l'Ouest), "ca se gate": ca empire (session 24U; pas "ca gate pas", ni "une dent gatee")
    r"(?:ca|cela|c|ce|ils|elles?) (?:se |s |a |est |sest )?(?:gate|gatent|gater)\b(?! pas\b| plus\b| jamais\b)",
    # d'abord de temps en temps, maintenant toujours (session 21f): "d'abord seulement le soir, maintenant a chaque pas"
    r"(?:d abord|au debut) (?:\w+ ){0,3}?(?:seulement|que|juste|parfois|de temps en temps)\b(?: \S+){0,10}? , (?:mais |et )?"
    r"(?:maintenant|mtn|desormais|a present)\b",
    # ca devient pire, c'est pire maintenant (session 38D, apres "plus pire" -> "pire"; pas "c'est pire le matin": un moment, pas une
    # evolution)
    r"(?:ca|cela|c|ce|elle|il|elles|ils) (?:devient|deviennent|est devenu[e]?|sont devenu[e]?s?) (?:encore |un peu |bien )?pire\b",
    r"(?:c est|ce est|cest|ca est) (?:encore |un peu |bien )?pire (?:maintenant|mtn|a present|desormais|aujourd hui|cette semaine"
    r"|qu avant|que avant)\b",
)
#: a comparison with before that tells no course (bot/reading/redflags.py _course_told_stable): "plus faibles qu'avant"
#: with "c pareil depuis 3 semaines" is stable
COMPARED_BEFORE = (r"(?:plus faibles?|moins fortes?|plus molles?) (?:\w+ )?(?:que|qu) (?:avant|autrefois|dhabitude|de habitude|la normale)",)
#: une aggravation niee en toutes lettres (session 16d, _gives_way_unchanged): "ca s'aggrave pas", "ni mieux ni pire"
#: "pas" the step, not the negation (session 26F): "il claque a chaque pas et ca empire", "quelques pas et c'est pire"
_STEP = r"(?<!chaque )(?<!\bun )(?<!\bdes )(?<!\bles )(?<!\bmes )(?<!quelques )(?<!petits )(?<!premiers )(?<!cent )(?<!mille )"
NOT_WORSENING = (_STEP + r"(?:pas|jamais) (?:\w+ ){0,2}?(?:pire|empire|aggrave)", _NEITHER, r"(?:empire|empirent|aggrave) pas(?! mal\b)",
                 # inchange dit comme un cours (session 18c): "le kine dit que c'est exactement pareil que cet ete, ca a pas change"
                 r"(?:pas|rien|jamais) (?:\w+ ){0,2}?chang[e]|exactement pareil|pareil (?:que|qu|qu en)",
                 # le cours nie autrement (session 21e): "c'est pareil depuis 8 mois, ca augmente pas", "ca progresse pas"
                 r"(?:augmente|augmentent|progresse|progressent|avance) (?:\w+ )?pas|(?:pas|jamais) (?:\w+ ){0,2}?(?:augmente|progresse)"
                 r"|(?:le meme|la meme|pareil) (?:\w+ ){0,2}?depuis ")
NOT_WORSE = (_STEP + r"(?:pas|jamais) (?:\w+ ){0,2}?(?:pire|empire|aggrave|gate)", _NEITHER, r"stables?|pareil|ne change pas|(?:empire|empirent|aggrave) pas(?! mal\b)",
             r"(?:augmente|augmentent|progresse|progressent) (?:\w+ )?pas|(?:pas|jamais) (?:\w+ ){0,2}?(?:augmente|progresse)")  # session 21e

# --------------------------------------------------------------------------
# Answer words, the normaliser's marks
# --------------------------------------------------------------------------

#: bare answer words: "fievre ? non", "fievre : aucune"
NO_AFTER_MARK = ("non", "aucune", "aucun", "jamais", "pas")
#: "fievre, non": a bare answer word after a comma belongs to what precedes it
NO_AFTER_COMMA = ("non", "jamais", "aucune", "aucun")
#: a bare "non" that opens a sentence ("non, je ...")
NO_INTERJECTION = ("non",)
#: a softener after that "non" ("non merci")
NO_SOFTENER = ("merci",)
#: "'s" kept as it is (English and Dutch only)
APOS_S_KEEP: tuple = ()
#: double negations (English "can't feel nothing"); French "je sens plus rien" is read as it is
#: "plus de frissons" opening a clause is none any more (session 17), not "de plus en plus de frissons", "un peu plus de"
#: ... or after "et", "puis", "donc" (session 35H): "la fievre a disparu en deux jours et plus de fievre depuis" (not "plus de fievre
#: qu'hier": more)
DOUBLE_NEGATION = ((r"(?:(?<![a-z] )|(?<=\bet )|(?<=\bpuis )|(?<=\bpis )|(?<=\bdonc ))\bplus de (?=(?:frissons?|fievre|temperature|sueurs?)\b"
                    r"(?! (?:\w+ )?(?:que|qu)\b))", "pas de "),
                   # ... "plus du tout de" anywhere, "plus de" after a day (session 37D): "je n'ai plus du tout de fievre", "depuis lundi
                   # plus de fievre" (not "depuis lundi plus de fievre qu'avant")
                   (r"\bplus du tout de (?=(?:frissons?|fievre|temperature|sueurs?)\b)", "pas de "),
                   (r"(?<=\bdepuis )(\w+ (?:\w+ )?)plus de (?=(?:frissons?|fievre|temperature|sueurs?)\b(?! (?:\w+ )?(?:que|qu)\b))", r"\1pas de "))

# ---- saddle numbness ----
#: a leg in the gap of a saddle match: past 6 words through a leg, the numbness is the leg's
LEG_IN_GAP = ("jambe", "jambes", "pied", "pieds", "genou", "genoux", "cuisse", "mollet", "mollets", "orteils")

# ---- bladder and bowel ----
URINE = ("pipi", "urine", "urines", "vessie", "pisse")
STOOL = ("selles", "caca", "intestins", "intestin", "transit",
         "grosse commissio[n]")  # le mot d'antan (session 21e): "des traces de la grosse commission dans ma culotte"
PEE_EVENT: tuple = ()
#: the toilet: "trop tard pour les toilettes"
TOILET = ("toilettes", "toilette", "wc", "cabinets")
PEE_VERB: tuple = ()
HOLD_WHAT = ("gaz", "pets", "vents")
STREAM = ("jet",)
ACCIDENT_PLACES = ("culotte", "slip", "pantalon", "calecon", "lit")
LEAKED = ("fait pipi", "urine", "uriner", "fuite", "fuit", "coule", "mouille", "fait dans mon culotte",
          # un peu de pipi echappe ou perdu (session 24V, Quebec "echapper"): "j'ai echappe un peu de pipi sans m'en rendre compte"
          r"(?:echappe\w*|perdu|laisse (?:\w+ )?(?:echapper|couler|parti[r])) (?:\w+ ){0,3}?(?:pipi|urine|pisse)",
          r"(?:pipi|urine|pisse) (?:\w+ )?(?:echappe\w*|sort[i]\w*|part[i]\w*)")
WITHOUT = ("sans",)
#: "sans" devant ces mots ne nie rien (session 39, le lead) : "sans prévenir je suis tombé" ne lisait pas de chute
WITHOUT_FRAMES = frozenset("prevenir avertissement raison crier".split())
WITHOUT_FRAME_FILLERS = frozenset("aucun aucune la une".split())
NOTICING = (r"(?:le |me en |en |men |sen |se en )?(?:sentir|rendre compte|remarquer|apercevoir|savoir)",)
TOO_LATE = ("trop tard",)
BLADDER = ("vessie",)
FULL = ("pleine",)
CANT_GO = ("sais pas", "peux pas", "arrive pas", "sais plus", "peux plus", "arrive plus")
GO_EMPTY = ("uriner", "vider", "faire")
WEAK_STREAM_BEFORE = ("faible",)
STREAM_WORD = ("jet", "jet de urine", "jet durine")
WEAK_STREAM_AFTER = ("faible", "plus faible", "tout faible", "goutte a goutte")
#: une douche, un robinet, un tuyau ou une bouilloire qui donne le filet, pas la personne (session 32AT; bot/reading/redflags.py
#: _a_fixtures_stream): "notre douche ne sort plus qu'un petit jet", "le robinet de la cuisine coule en filet" (pas "sous la
#: douche": la personne; pas avec son urine dite, NET_BLADDER ou FIXTURE_OWN: "je fais pipi en petit filet")
FIXTURE_STREAM = (r"(?:le|la|l|mon|ma|notre|du|de la|de l) (?:\w+ )?(?:douch[e]|pommea[u]|robine[t]|tuya[u]|bouilloir[e]|arrosoi[r]|fontain[e])",)
FIXTURE_INSIDE = ("sous", "dans", "apres", "pendant")
FIXTURE_OWN = (r"toilette\w*", "wc", r"(?:laiss\w*|fai\w*) coule[r] (?:l eau|le robine[t]|l robine[t])", r"robine[t] (?:\w+ )?ouver[t]", r"les toilette[s]", r"(?:mon|mes) (?:\w+ )?(?:je[t]|file[t])", r"(?:j ai|jai|je fais|j avais) (?:\w+ ){0,2}?(?:je[t]|file[t])")
SUDDEN = ("soudaine", "brutale", "subite")
URGE = ("envie", "besoin")
URGE_TARGET = ("uriner", "pipi", "toilettes")
PASS_WATER = ("uriner", "pipi", "pisser", "toilettes")  # "toilettes" (session 26B): "je vais aux toilettes et rien ne sort"
NOTHING_COMES = ("rien sort", "rien vient", "rien coule", "ca sort pas", "ca vient pas", "que des gouttes", "quelques gouttes")
#: a known bowel disease explains "problemes intestinaux" (not a new red flag)
KNOWN_BOWEL = (r"colon irritable", r"intestin irritable", r"crohn", r"rectocolite")

#: bladder and bowel trouble
#: a mark from a period is no leak (session 17a)
_NOT_A_PERIOD = (r"(?!(?: \S+){0,12}? (?:regle[s]|menstru\w*|rag[n]agnas|ana[n]as|mes truc[s]"
                 r"|peintur[e]|bou[e]|caf[e]|vi[n]|encr[e]|graiss[e]|huil[e]|sauc[e]|chocola[t])\b)")  # nor paint, mud...
#: pas de pluie, de sueur ni de verre renverse dans les mots qui suivent (session 32AZ)
_PAS_PLUIE = (r"(?!(?: \S+){0,14}? (?:plui\w*|pleu\w*|sueu[r]|transpi\w*|flaqu\w*|renvers\w*|piscin[e]|douch\w*|bain|mer|neig\w*"
              r"|caf[e]|th[e]|bier[e]|sang|saign\w*|peintur[e])\b)")
#: rien ne vient, dit sans nommer la vessie (session 33B; dans les deux motifs apres "l'envie" et "une vessie pleine"): "rien
#: ne sort", "rien ne se passe", "ca veut pas sortir", "j'y arrive pas" (pas "rien ne me vient a l'esprit", "ca ne vient
#: pas du dos", "rien ne sort du nez")
_RIEN_VIENT = (r"(?:(?:mais|et|pourtant|puis) )?(?:presque |quasi |quasiment |pratiquement |absolument |toujours )?(?:rien|pas une goutt[e]"
               r"|que dall[e]|nada) (?:qui |ne |n )?(?:sort|sortait|vient|venait|coule|coulait|se passe|se passai[t]|veut sortir|veut venir"
               r"|voulait sortir|veut couler)\b(?! (?:\w+ ){0,2}?(?:soulag\w*|calm\w*|apais\w*|aid\w*|a l espri[t]|en tete|a l idee|a bout"
               r"|y faire|du nez|de mon nez|des yeux|de la bouch[e])\b)"
               r"|(?:ca|ce|c|le pipi|l urine|le urine) (?:ne |n )?(?:veut|voulait|vient|venait|sort|sortait|coule|coulait|part|partait)"
               r" (?:pas|plus|jamais|toujours pas)(?: (?:sortir|venir|couler|parti[r]))?\b(?! (?:du nez|de mon nez|des yeux|a l espri[t]"
               r"|en tete|a l idee|avec|chez|ici|me voir|du dos|de la bouch[e])\b)"
               r"|(?:j|je) (?:n )?(?:y )?(?:arrive|parviens|reussis) (?:pas|plus)(?: (?:a )?(?:le |la )?(?:faire|sortir|vider|uriner|evacue[r]))?(?= ,| \.|$)")
BLADDER_PATTERNS = (
    # la vessie encore pleine apres avoir urine (session 24): "j'ai l'impression que ma vessie est encore pleine"
    r"\bvessie\b(?: \w+){0,4}? (?:encore|toujours) (?:\w+ )?pleine\b",
    # le linge ou le lit trouve sali, rien senti (session 22H): "mon calecon sali et j avais rien senti venir", "il est mouille
    # dans son fauteuil et ne s en rend pas compte" (pas la sueur)
    r"\b(?:calbut\w*|calecon\w*|slip|slips|culotte\w*|pantalon|lit|fauteui[l]|chais[e]|pyjama|couche|draps?|sous vetements?|slibar[d])"
    r" (?:\w+ ){0,2}?(?:sali\w*|souill\w*|mouill\w*|tremp\w*|sale|sale[s]|humid\w*)\b(?: (?!transpi\w*|sueu\w*|plui\w*|peintu\w*|boue|caf[e]|vin|bier[e]|eau|jus|sauc[e]|grais\w*|huil[e]|terr[e]|cambouis|encr[e]|chocola[t]|soup[e])\S+){0,12}?"
    r" (?:rien|pas|jamais|sans) (?:\w+ ){0,3}?(?:senti\w*|sentir|remarqu\w*|compte|aperc\w*|su|vu venir)\b",
    r"\b(?:sali\w*|souill\w*|mouill\w*|tremp\w*) (?:\w+ ){0,2}?(?:dans|sur) (?:mon|ma|son|sa|le|la) (?:\w+ )?(?:calbut\w*|calecon\w*|slip"
    r"|culotte\w*|pantalon|lit|fauteui[l]|chais[e]|pyjama|draps?)\b(?: (?!transpi\w*|sueu\w*|plui\w*|peintu\w*|boue|caf[e]|vin|bier[e]|eau|jus|sauc[e]|grais\w*|huil[e]|terr[e]|cambouis|encr[e]|chocola[t]|soup[e])\S+){0,12}?"
    r" (?:rien|pas|jamais|sans) (?:\w+ ){0,3}?(?:senti\w*|sentir|remarqu\w*|compte|aperc\w*|su|vu venir)\b",
    # le slip sale ou mouillé sans rien avoir senti, ou une fuite crue (session 20, refresh 15): "mon slip etait sale et
    # j'ai rien senti venir", "culotte mouillee, je crois que j'ai fui un peu"
    r"\b(?:sli[p]|culott[e]|caleco[n]|boxe[r]|pantalo[n]|joggin[g])\b (?:\w+ ){0,2}?(?:(?:etait|est|etaient|sont) )?(?:\w+ )?"
    r"(?:sal[e]|souil[l]\w*|mouil[l]\w*|humid[e]|tach[e]\w*)\b(?! (?:\w+ ){0,3}?(?:plui[e]|peintur[e]|jus|the|caf[e]|eau|flaqu[e]|sueu[r]"
    r"|douch[e]|bai[n]|bou[e]|bier[e]|vin)\b)(?: \S+){0,10}? (?:rie[n]|pas|san[s]) (?:\w+ ){0,2}?(?:sent[i]\w*|remarq[u]\w*"
    r"|vu veni[r]|rend[u] compt[e])\b",
    r"\b(?:croi[s]|pens[e]|dirai[t]|impressio[n]) (?:que |qu |d )?(?:j ai|jai|j) (?:\w+ )?(?:fui|coul[e]|urin[e]|fait pip[i])\b(?! (?:la|le|les|de|du|des|a|au|en|l)\b)",
    # le pipi nommé, puis pousser (session 20, refresh 15): "pour faire pipi faut que je pousse comme une malade sinon rien
    # sort", "pour uriner je suis obligé de pousser"; et pousser, puis rien ne sort: "je pousse et rien sort"
    r"\b(?:pip[i]|urine[r]|pisse[r]|vessi[e])\b(?: \S+){0,6}? (?:faut que je|faut qu je|il faut que je|je doi[s]|doi[s]|doi[s]|obli[g]\w* de"
    r"|je suis obli[g]\w* de) (?:\w+ )?pous[s]\w*\b(?! (?:la|le|les|un|une|ma|mon|mes|sa|son|l|ce|cette)\b)",
    r"\bpouss\w*\b(?: \S+){0,5}? (?:sino[n]|ou|mais|et) (?:rie[n]|presque rie[n]|pas une goutt[e]) (?:ne )?(?:sor[t]|vien[t]|coul[e])\b",
    # une fuite avant d'arriver aux toilettes (session 19k, twin de "a bit of a leak in the jocks before i made it to the
    # jacks"): "une petite fuite dans ma culotte avant d'arriver aux toilettes", "j'ai fui un peu avant d'atteindre les wc"
    r"\b(?:fuit\w*|fui|fuite|uriné|urine|fait pipi|fait un peu)\b(?: \S+){0,6}? avant (?:de |d )?(?:arriver|atteindr[e]|etre|aller|arrive)"
    r" (?:aux |au |a |les |la |l )?(?:toilettes?|wc|cabinets?|chiottes)\b",
    # attendre aux toilettes que le jet demarre (session 19): "je reste plante devant la cuvette 2 minutes avant que ca
    # demarre", "je reste 2 minutes aux toilettes avant que ca vienne"
    # ... sur le bol (Quebec), au passe aussi (session 24V): "je suis reste assis sur le bol une eternite avant que ca sorte"
    r"\b(?:cuvette|toilettes?|wc|chiottes|lunette|pissoi[r]|urinoi[r]|su[r]? (?:le|la) bol|(?:le|du) tron[e]|petit coin)\b(?: \S+){0,8}? avant que (?:ca|le jet|le pipi|lurine"
    r"|l urine|quelque chose|qqch|qqc) (?:\w+ )?(?:demarre|vienne|sorte|coule|commence|part[e]|arrive|venait|sortait|coulait|demarrait"
    r"|soit sort[i]|soit venu)\b(?! a (?:faire|me|lui|pleuvoir))",
    # un accident des selles ou de la vessie dit "ca a derape" (session 18a): "cette nuit ca a derape au lit avec les selles"
    r"\b(?:derap[e]|rate|foir[e]|mal tourne|loup[e])\b(?: \w+){0,4}? (?:avec|pour) (?:les |mes |la |ma |le |mon )?(?:selles|caca|pipi"
    r"|intestins|vessie|transit)\b",
    # un proche adulte qui fait dans sa culotte, maintenant (session 18a): "ma mere a fait dans sa culotte sans s'en rendre
    # compte" (pas un enfant: "mon petit fait pipi au lit"; pas autrefois)
    r"\b(?:ma|mon|notre) (?:mere|maman|mamie|mamy|pere|papa|papy|papi|femme|mari|epouse|epoux|grand mere|grand pere|compagnon"
    r"|compagne)\b(?: \w+){0,3}? (?:fait|fais|faisait|pisse|pissait|mouille|mouillait|fait pipi|fait caca|fait ses besoins|du caca"
    r"|de la pisse|urine|urinai[t])\b(?: \w+){0,2}? (?:(?:dans|sur|en) (?:sa|son|ses|le|la) (?:culott[e]|slip|pantalon|lit|calecon|couche|pyjama)"
    r"|au lit)\b"
    r"(?!(?: \w+){0,4} (?:autrefois|il y a|petite?|enfant)\b)",
    # une fuite retrouvee apres coup, pas sentie (session 17a): "je retrouve des traces dans mon slip, je crois que ca sort sans
    # que je sente venir" (pas les regles)
    # (du mouille aussi, session 18: "je trouve un endroit mouille dans mon slip sans avoir rien senti"; pas "une tache de cafe")
    r"\b(?:traces?|taches?|marques?|aureol[e]s?|caca|pipi|urine|selles?|mouill[e]\w*|humid[e]s?)"
    r"(?! (?:de|d) (?:cafe|the|vi[n]|peintur[e]|bou[e]|graiss[e]|huil[e]|sauc[e]|chocola[t]|encr[e]|ketchu[p])\b)"
    r" (?:\w+ ){0,2}?(?:dans|sur) (?:mon|ma|mes|le|la|les|son|sa|ses)"
    r" (?:\w+ )?(?:slips?|culottes?|calecons?|boxers?|sous vetements?|pantalon|froc|strin[g])\b(?: \S+){0,14}? (?:pas|rien|jamais|sans"
    r"|unsure|plus) (?:\w+ ){0,3}?(?:senti\w*|sent[e]|sentir|sens|remarque\w*|rend[u] compte|rend[e] compte|ressenti\w*)\b" + _NOT_A_PERIOD,
    # ... le sentir d'abord, la negation apres (session 31AO): "des taches marron dans mon calecon, je les sens pas arriver", "des
    # salissures dans ma culotte, je m'en rends pas compte" (pas la douleur pas sentie: la tache dans le slip d'abord)
    r"\b(?:traces?|taches?|marques?|salissures?|caca|selles?)"
    r"(?! (?:de|d) (?:cafe|the|vi[n]|peintur[e]|bou[e]|graiss[e]|huil[e]|sauc[e]|chocola[t]|encr[e]|ketchu[p])\b)"
    r" (?:\w+ ){0,2}?(?:dans|sur) (?:mon|ma|mes|le|la|les|son|sa|ses)"
    r" (?:\w+ )?(?:slips?|culottes?|calecons?|boxers?|sous vetements?|pantalon|froc|strin[g]|pyjama)\b(?: \S+){0,14}? (?:je |j |il |elle )?(?:le |la |les |l |m en |s en |en )?"
    r"(?:sens|sent|sentais|sentait|remarque|remarquais|ren[d]s|rend|aper[c]ois|aper[c]oit) (?:\w+ )?(?:pas|rien|jamais|plus)\b"
    r"(?: (?:venir|arriver|parti[r]|sortir|passer|quand|compte)\b|(?= ,| \.|$))" + _NOT_A_PERIOD,
    # une tache mouillee sur le jogging, le lit mouille au reveil, pas senti (session 20b, jumeaux de "me bed was nat ... ik had
    # echt niks gevoeld"): "une tache mouillee sur mon jogging sans rien sentir", "mon lit etait mouille et j'ai rien senti"
    r"\b(?:taches?|endroits?|aureol[e]s?) (?:mouillee?s?|humides?) (?:\w+ ){0,2}?(?:dans|sur) (?:mon|ma|mes|le|la|les) (?:\w+ )?"
    r"(?:joggin[g]|jogging[s]|survet\w*|short|shorts|legging\w*|trainin[g]|trainings|pyjama|lit|draps|matela[s])\b"
    r"(?! (?:\w+ ){0,4}?(?:pluie|douche|sueur|transpiration|bain|piscine|cafe|the|eau|bouillotte|verre|tass[e])\b)"
    r"(?: \S+){0,14}? (?:pas|rien|jamais|sans|unsure|plus) (?:\w+ ){0,3}?(?:senti\w*|sent[e]|sentir|sens|remarque\w*|rend[u] compte"
    r"|rend[e] compte|ressenti\w*)\b" + _NOT_A_PERIOD,
    r"\b(?:mon|le|mes|les) (?:lit|draps|matela[s]|pyjama) (?:\w+ ){0,2}?(?:mouille|mouilles|mouillee|humide|humides|trempe|trempes)\b"
    r"(?! (?:\w+ ){0,4}?(?:pluie|douche|sueur|transpiration|bain|cafe|the|eau|bouillotte|verre|tass[e])\b)"
    r"(?: \S+){0,14}? (?:pas|rien|jamais|sans|unsure|plus) (?:\w+ ){0,3}?(?:senti\w*|sent[e]|sentir|sens|remarque\w*|rend[u] compte"
    r"|rend[e] compte|ressenti\w*)\b",
    r"\b(?:ca|ce|c|il|elle|pipi|caca|urine|selles?) (?:me )?(?:sort|sortait|sorte|part|partait|coule|coulait|echapp[e]|echappait|fuit"
    r"|fuyait|vient|venait) (?:\w+ ){0,3}?sans (?:que )?(?:je |j )?(?:le |la |les |en |m en |men )?(?:sent[e]|sentir|sentais|remarque"
    r"|remarquer|rend[e] compte|rendre compte|ressente)\b",
    # attendre devant la cuvette et pousser: "je reste une eternite devant la cuvette a attendre, faut que je pousse"
    r"\b(?:cuvett[e]|toilettes?|wc|urinoi[r]|pipi|uriner|pisser)\b(?: \S+){0,4}? (?:a |en )?attend(?:re|s|ais|ant)\b(?: \S+){0,8}?"
    r" pouss\w*\b",
    # l'attente dite d'abord (session 18): "j'attends une eternite aux toilettes puis je dois pousser"
    r"\battend(?:re|s|ais|ant)\b(?: \S+){0,5}? (?:cuvett[e]|toilettes?|wc|urinoi[r])\b(?: \S+){0,8}? pouss\w*\b",
    r"\b(?:ca|ce|il|elle|pipi|urine|pisse) (?:ne )?(?:me )?(?:vient|sort|coule|arrive|venait|sortait|coulait|arrivait) (?:que )?"
    r"(?:\w+ )?au compte goutt[e]\b",
    # wetting the bed, wetting or soiling oneself with the word named: "j'ai fait pipi au lit", "je me suis fait pipi
    # dessus", "je me suis fait caca dessus cette nuit"
    r"\b(?:fait|fais|faisais|faisait|refai[t]|refais) (?:\w+ )?(?:pipi|caca) (?:au lit|dans (?:mon|le) lit|dessus|sur moi)\b",
    r"\bme suis (?:\w+ )?(?:fait|refai[t]) (?:pipi |caca )(?:dessus|sur moi)\b",
    # ... told with "se faire dessus" now (session 32AV): "je me fais dessus sans le sentir", "il se fait dessus la nuit" (pas de
    # rire ni de peur: "j'ai failli me faire dessus de rire")
    r"\b(?:me|m|se|s|te|t) (?:\w+ )?(?:fais|fait|faisais|faisait|faire|refais|refai[t]) (?:pipi |caca )?(?:dessus|sur moi)\b"
    r"(?!(?: \w+){0,3} (?:de rire|en rian[t]|de peur|de trouill[e]|tellement j ai ri)\b)",
    # not feeling whether it comes out, told at the toilet: "quand je pousse je sens meme pas si ca sort" (issue 13)
    r"\b(?:pousse\w*|toilettes?|wc|selles?|caca|pipi|uriner|constip\w*|chi[e]r)\b(?: \w+){0,8}? (?:sens|sent|ressens|ressent|sentais|remarque|rend[s] compte) (?:plus|pas|rien|meme pas|presque pas|jamais|pas vraiment|meme plus) (?:\w+ )?(?:si|quand|lorsque|le mom[e]nt ou) (?:ca|ce|c|j|je|elles?|les selles|le caca|le pipi|le urine|quelque chose|qqch) (?:\w+ ){0,2}?(?:sort\w*|vien\w*|pass\w*|coul\w*|fini|termin[e])\b",
    r"\b(?:sens|sent|ressens|ressent|sentais|remarque|rend[s] compte) (?:plus|pas|rien|meme pas|presque pas|jamais|pas vraiment|meme plus) (?:\w+ )?(?:si|quand|lorsque|le mom[e]nt ou) (?:ca|ce|c|j|je|elles?|les selles|le caca|le pipi|le urine|quelque chose|qqch) (?:\w+ ){0,2}?(?:sort\w*|vien\w*|pass\w*|coul\w*|fini|termin[e])\b(?: \w+){0,6}? (?:pousse\w*|toilettes?|wc|selles?|caca|pipi|uriner|constip\w*|chi[e]r)\b",
    # "je sais plus retenir mon pipi", "j'arrive pas a me retenir", "du mal a controler ma vessie"
    rf"\b(?:{_CANT}|{_STRUGGLE}) (?:a )?{_HOLD}(?: \w+){{0,3}}? {_EXCRETA}\b",
    rf"\b(?:{_CANT}|{_STRUGGLE}) (?:a )?me (?:retenir|controler)\b",
    # les toilettes pas atteintes a temps, des protections a acheter, aucun signe avant (session 32AW): "j'arrive jamais aux wc
    # a temps", "pas le temps d'atteindre les toilettes", "j'ai du acheter des couches", "aucun signal que je devais y aller"
    r"\b(?:pas|plus|jamais) (?:\w+ )?(?:a temps|le temps (?:d|de) (?:arrive[r]|atteindr[e]|rejoindr[e]))\b(?: \w+){0,3}?"
    r" (?:aux|au|les|a la|jusqu aux) (?:toilettes?|wc|cabinets?|chiottes)\b",
    r"\b(?:arrive|arrivais|arrivait|attein[s]|attein[t]|atteignais|vais|allai[s]) (?:pas|plus|jamais) (?:\w+ )?(?:aux|au|a la|jusqu aux)"
    r" (?:toilettes?|wc|cabinets?|chiottes) (?:\w+ )?a temps\b",
    r"\b(?:du|dois|doit|devoi[r]|devais|oblige\w* (?:de|d)) (?:\w+ )?(?:acheter|porte[r]|mettre|prendre) (?:des |une |de )?(?:protections?"
    r"|couches?|serviettes? (?:pour|contre) (?:les )?fuite[s])\b(?! (?:\w+ ){0,2}?(?:beb[e]|fill[e]|fil[s]|petit[e]?s?|enfant[s]?|geno[u]x|coude[s]?))",
    r"\b(?:aucun|aucune|pas de|pas d|sans) (?:\w+ )?(?:sign[e]|signa[l]|alert[e]|avertissemen[t]|envi[e])\b(?: \w+){0,5}? (?:y aller"
    r"|aller aux toilettes|aller au wc|aller aux wc|faire pipi|uriner|pisser)\b(?: \S+){0,8}? (?:trop tar[d]|apres coup|apre[s]|dej[a])\b",
    # "mon pipi je sais plus le retenir"
    rf"\b{_EXCRETA}\b(?: \w+){{0,4}}? {_CANT} (?:a )?{_HOLD}\b",
    # "j'arrive pas a uriner", "je sais plus faire pipi", "du mal a uriner"
    rf"\b(?:{_CANT}|{_STRUGGLE}) (?:a )?(?:bien )?{_GO}\b",
    r"\b(?:impossible|incapable) (?:de |d )?(?:uriner|pisser|faire pipi|vider (?:mon|ma|la) vessie|aller a (?:la )?selle)\b",
    # le pipi qu'on ne sait pas lancer, la vessie pleine (session 34Q): "pas moyen d'amorcer la miction", "je n'arrive pas a
    # demarrer mon jet", "du mal a declencher le pipi", "la miction ne veut pas se lancer" (pas "lancer le ballon")
    r"\b(?:impossible|incapable|pas moyen|pas reussi|pas pu|plus reussi|plus pu|jamais reussi) (?:de |d |a )?(?:lance[r]|relance[r]|amorce[r]"
    r"|demarre[r]|declenche[r]|enclenche[r]|commence[r]|faire venir|faire parti[r]|faire sortir|faire couler) (?:le |la |l |mon |ma )?(?:pipi|mictio[n]"
    r"|jet|urine|pisse)\b",
    rf"\b(?:{_CANT}|{_STRUGGLE}) (?:a )?(?:lance[r]|relance[r]|amorce[r]|demarre[r]|declenche[r]|enclenche[r]|commence[r]) (?:le |la |l |mon |ma )?"
    r"(?:pipi|mictio[n]|jet|urine|pisse)\b",
    r"\b(?:le pipi|la mictio[n]|le jet|l urine|le urine|la pisse) (?:\w+ )?(?:veut|voulait) (?:pas|plus|jamais) (?:se lance[r]|s amorce[r]|se amorce[r]"
    r"|se declenche[r]|demarre[r]|parti[r]|venir|sortir|couler)\b",
    # ... rien ne vient, puis l'envie ou la vessie pleine dite apres (session 34Q): "ca veut pas sortir alors que j'ai envie",
    # "rien ne part, pourtant ma vessie est pleine" (pas "la douleur ne veut pas partir alors que j'ai envie de dormir")
    r"(?:^|(?<=, )|(?<=\bmais )|(?<=\bet ))(?:ca|ce|c|rien) (?:ne |n )?(?:veut|voulait|vient|venait|sort|sortait|part|partait|coule|coulait)"
    r"(?: (?:pas|plus|jamais|toujours pas))?(?: (?:sortir|venir|couler|parti[r]))? (?:,? )?(?:alor[s] que|pourtant|meme si|bien que|malgr[e] que"
    r"|et pourtant|tandi[s] que) (?:j ai|j avais|je ai|ma|la|j ai la|j avais la|je sens|je sentais) (?:\w+ )?(?:envie|besoin|vessie (?:est |etait )?"
    r"(?:pleine|tendu[e]|gonflee)|que je dois y aller)\b(?! (?:de|d) (?!(?:uriner|pipi|pisser|faire pipi|y aller|aller aux toilettes)\b)\w)",
    # "fuites urinaires", "des fuites", "incontinence", "retention urinaire"
    r"\bfuites? (?:urinaires?|de urine|durine|de pipi|de selles|de matieres|anales?|fecales?)\b",
    r"\b(?:ai|a|avoir|avais|des|quelques|petites) (?:des |de |quelques |petites |des petites )*fuites?\b"
    r"(?! (?:de|d|du|des|dans|au|a|sur|sous) (?!urine|pipi|selles|matieres|mon culotte|mon slip|mon pantalon)\w+)",
    r"\bincontinen\w*|\bretention (?:urinaire|de urine|durine)\b|\btroubles? (?:urinaires?|sphinct\w*|de la vessie)\b",
    # "je fais dans ma culotte sans le sentir", "j'ai fait pipi sur moi", "je me suis urine dessus"
    rf"\b(?:fais|fait|faisais|faisait|refais) (?:pipi |caca |un peu |des fois |parfois )?(?:dans|sur) {_PANTS_OWNER} {_PANTS}\b",
    # ... dans les habits, la jupe ou la robe, ou des selles dedans (session 33L, un aidant aussi): "il a fait caca dans ses habits",
    # "elle a fait dans sa robe sans le sentir", "des selles dans mes fringues", "il a souille ses vetements"
    r"\b(?:fais|fait|faisais|faisait|refais) (?:pipi |caca |ses besoins |mes besoins |un peu |des fois |parfois )?(?:dans|sur) "
    r"(?:mes|ses|mon|ma|sa|son|les|ces) (?:\w+ )?(?:vetement[s]?|habit[s]|fringue[s]|jup[e]|rob[e]|chemis[e] de nui[t]|nuisett[e])\b",
    r"\b(?:selles|caca|matieres) (?:\w+ ){0,2}?(?:dans|sur) (?:mes|ses|mon|ma|sa|son|les) (?:\w+ )?(?:vetement[s]?|habit[s]|fringue[s]"
    r"|jup[e]|rob[e])\b",
    r"\bsouill\w* (?:mes|ses|les|mon|ma|sa|son) (?:\w+ )?(?:vetement[s]?|habit[s]|fringue[s]|jup[e]|rob[e])\b",
    # "la selle" comme les matieres (session 33L; pas la selle du velo, _BOWEL_SELLE): "plus aucun controle de la selle", "la maitrise
    # des selles", "la selle, je la sens plus venir", et pas le temps de serrer les fesses
    r"\b(?:controle|controler|maitrise|maitriser)\b (?:\w+ ){0,2}?(?:de|pour|sur|des|d) (?:la |les |mes |mon |ma )?" + _BOWEL_SELLE + r"s?\b",
    r"\b" + _BOWEL_SELLE + r"s?\b(?: \S+){0,14}? (?:j |je )?(?:la |les |l )?(?:sens|sentais|sent|ressens|sentir) (?:meme |vraiment |presque "
    r"|jamais |des fois )?(?:pas|plus|jamais|rien|meme pas) (?:meme )?(?:venir|arriver|parti[r]|sortir|passer)\b",
    r"\bpas (?:\w+ ){0,2}?(?:le )?temps de (?:serre[r]|contracte[r]|me retenir|retenir|la retenir|les retenir|me pince[r]|pince[r])\b"
    r"(?! (?:la |le |les |un |une |des |mon |ma |mes |sa |son |ses |l )(?!fesses|sphincte[r])\w+| (?:de |d )(?:rire|pleure[r])\b)",
    r"\b(?:fais|fait|faisais|faisait) (?:pipi |caca )?(?:sur moi|dessous|dans mon froc)\b",
    rf"\b(?:suis|est) (?:\w+ )?(?:urine|fait|oublie|oubliee|souille) (?:dessus|sur moi|dans (?:mon|ma|le|la|mes) {_PANTS})\b|\b(?:mouille|souille|sali) (?:mon|ma|le|la|mes) (?:culotte|slip|pantalon|calecon|lit|draps"
    # ... the underwear in slang, and not with paint or mud (session 24S): "j'ai souille mon calcif", "sali mon boxer" (not "sali mon
    # pantalon avec de la peinture")
    r"|calbu[t]\w*|calbar\w*|calcif\w*|slibar[d]|boxers?|fro[c]|sous vetements?)\b"
    r"(?!(?: \S+){0,6}? (?:avec|de|d|du|des|par|plei[n] de|plei[n]s de) (?:la |le |l |du |de |d |des |mon |ma )?(?:peintu\w*|bou[e]|caf[e]|vi[n]"
    r"|encr[e]|grais\w*|huil[e]|sauc[e]|chocola[t]|cambouis|terr[e]|ju[s]|ketchu[p]|sueu[r]|transpi\w*|plui[e]|eau|bier[e]|soup[e]|gazo[n]"
    r"|herb[e]|cire|platr[e]|cimen[t])\b)",
    # no urge, no feeling: "je sens pas l'envie", "plus envie d'uriner", "je sens pas quand ma vessie est pleine"
    r"\b(?:sens|sent|ressens|ressent|sentais|sentait) (?:plus|pas|jamais|presque plus|presque pas|meme pas|plus du tout|pas du tout)"
    r" (?:le |la |de |d |les )?(?:envie|envies|besoin|besoins)\b"
    r"(?! (?:de|d) (?!(?:uriner|pipi|pisser|faire (?:pipi|caca|mes besoins)|aller (?:a|aux|au) (?:la )?(?:selle|toilettes?|wc))\b)\w)",
    r"\b(?:pas|plus|aucune|jamais) (?:du tout |meme |vraiment |\w+ )?(?:envie|besoin) (?:de |d )?(?:uriner|faire pipi|faire caca|pisser"
    r"|aller (?:a|au|aux) (?:la )?(?:selle|toilettes?|wc))\b",
    # pas de selles depuis des jours et pas d'envie non plus: "ca fait 3 jours que j ai pas ete a selle et j ai meme pas
    # envie" (not "pas envie de manger"; constipation alone is no flag)
    r"\b(?:pas|plus|jamais) (?:\w+ )?(?:ete|allee?|pu aller|fait) (?:a la |a |aux |au )?(?:selles?|toilettes?|wc|caca)\b"
    r"(?: \S+){0,12}? (?:pas|plus|aucune|aucun|sans|jamais) (?:\w+ ){0,2}?(?:envie|besoin)\b"
    r"(?! (?:de|d) (?!(?:y aller|aller|faire|pousser|selle|caca)\b))(?: non plus\b)?",  # "non plus" (either) is no denial
    r"\b(?:sens|sent|remarque|sais) (?:plus|pas) (?:quand|si) (?:\w+ ){0,3}?(?:vessie|pipi|uriner|toilettes?|selle|selles|besoin|envie)\b",
    r"\b(?:sens|sent|ressens|sentais) (?:plus|pas|rien|meme pas) (?:\w+ ){0,2}?(?:urine|pipi|selles|caca|jet)(?: \w+){0,2}? (?:passer|couler|sortir|venir)\b",
    # "perte de controle de la vessie", "je controle plus ma vessie"
    r"\b(?:perte|perdu|perds|perd) (?:\w+ ){0,2}?controle (?:\w+ ){0,3}?(?:vessie|intestins?|sphincters?|selles|urine)\b",
    r"\b(?:controle|controlais|maitrise|maitrisais|tiens|retiens|retenais|retenait) (?:plus|pas|presque plus|plus du tout)"
    r" (?:\w+ ){0,2}?(?:vessie|intestins?|sphincters?|selles|urines?|pipi|caca|matieres)\b",
    r"\bvessie (?:\w+ ){0,2}?(?:se vide (?:plus|pas|mal)|ne se vide|(?:pleine|bloquee) (?:\w+ ){0,4}?(?:rien|pas|plus))\b",
    r"\bsonde urinaire\b|\bvessie (?:\w+ )?(?:bloquee|coincee)\b|\bblocage (?:urinaire|de la vessie)\b",
    # "on m'a mis une sonde", "ils ont du me sonder" (a catheter; not a stomach tube nor an ultrasound probe)
    r"\b(?:mis|mise|place|placee|mettre) (?:une |la )?sonde\b(?! (?:gastrique|naso\w*|de echo\w*|echo\w*|dans le nez)\b)",
    r"\b(?:me|m) (?:\w+ )?sonder?\b|\bsondee?\b(?= (?:pour|aux|a le|cette|hier|la nuit))",
    # no feeling on the toilet: "je sens plus rien quand je vais aux toilettes", "a la toilette je sens pas si j'ai fini"
    r"\b(?<!\bme )(?:sens|sent|ressens) (?:plus|pas|rien|plus rien|presque rien|meme pas)\b(?! (?:de|d|des|du|mal|douleur|aucune?)\b)"
    r"(?: \w+){0,2}? (?:quand|lorsque) (?:j |je )?"
    r"(?:vais|suis|fais|pousse) (?:\w+ ){0,2}?(?:toilettes?|wc|pipi|caca|selle|besoins)\b",
    # not wiping there ("quand je m'essuie aux toilettes je sens rien") nor the seat, the paper or the skin not felt
    # ("sur la toilette je sens pas le siege"): that is the saddle (SADDLE_PATTERNS, AREA), not the bladder
    # the seat of the toilet sat on ("assise sur la lunette des wc") names the seat, not the act; the cold or the touch
    # of the seat not felt on the skin ("jsens pas le froid sur les fesses") is the saddle too
    # "selle" the bowel ("aller a la selle"), not the bike's saddle sat on ("sur la selle je sens plus rien", "en selle", "la
    # selle du velo": the saddle, SADDLE_PATTERNS; session 22)
    _NOT_WIPING + _NOT_THE_SEAT + r"\b(?:toilettes?|wc|pipi|uriner|" + _BOWEL_SELLE + r")\b(?: \w+){0,3}? (?:j |je )?(?:sens|sent|ressens) (?:plus rien"
    r"|presque rien|meme pas|plus|pas|rien"
    r")\b(?! (?:de|d|des|du|mal|douleur|aucune?|fourmi\w*|picot\w*|grand chose|la douleur)\b)"
    r"(?! (?:\w+ )?(?:le |la |les |mes |mon |ma )?(?:lunette|siege|cuvette|planche|papier|fesses?|peau|derriere|cul|anus)\b)"
    r"(?! (?:le |la |l )?(?:froid|fraicheur|chaud|contacts?|toucher)\b)"
    r"(?! (?:\w+ ){0,4}?sur (?:les |mes |la |le |mon |ma )?(?:fesses?|peau|derriere|cul|cuisses)\b)",
    # waiting ages for the stream: "je dois attendre longtemps avant que ca vienne quand je fais pipi"
    r"\battendre (?:\w+ ){0,3}?(?:avant que|pour que|que) (?:ca|le jet|le urine|lurine|le pipi) (?:vienne|sorte|coule|commence)\b"
    r"(?: \w+){0,4}? (?:pipi|uriner|pisser|toilettes?|wc)\b",
    # "un petit accident dans ma culotte"
    rf"\baccidents? (?:\w+ ){{0,2}}?(?:dans|sur) {_PANTS_OWNER} {_PANTS}\b{_NOT_A_BED}",
    # "je perds mes urines" (incontinence in lay words)
    r"\b(?:perds|perd|perdu|perdais|perdait) (?:\w+ )?(?:urines?|pipi|selles|matieres)\b",
    # "je pousse et rien sort pour uriner"
    r"\brien (?:sort|vient|coule)\b(?: \w+){0,3}? (?:uriner|pipi|pisser|vessie)\b",
    # straining to pass water: "je dois pousser fort pour uriner"
    r"\b(?:dois|doit|faut) (?:\w+ )?pousser (?:\w+ ){0,2}?pour (?:uriner|faire pipi|pisser|que ca (?:sorte|vienne|coule))\b",
    r"\b(?:uriner|pipi|pisser)\b(?: \w+){0,3}? rien (?:sort|vient|coule)\b",
    # straining told in the past or after the act: "pour faire pipi j'ai du pousser une eternite", "pour uriner j'ai du
    # forcer"; not "sans pousser" (a negation inside)
    r"\b(?:uriner|faire pipi|pisser|vider (?:mon|ma|la) vessie)\b(?: \w+){0,4}? (?:dois|doit|faut|fallait|fallu|du|devais|devait)"
    r" (?:\w+ )?(?:pousser|forcer)\b",
    r"\b(?:ai|a|avais|avait) du (?:\w+ )?(?:pousser|forcer) (?:\w+ ){0,3}?pour (?:uriner|faire pipi|pisser|que ca (?:sorte|vienne|coule))\b",
    # the stream that does not come: "le jet venait pas", "mon jet d'urine sort plus"
    r"\bjet (?:de urine |durine |de pipi )?(?:\w+ )?(?:vient|venait|sort|sortait|coule|coulait|part|partait|arrive|arrivait"
    r"|demarre|demarrait|commence|commencait) (?:pas|plus|jamais|presque pas)\b",
    # underwear found wet or soiled: "mon slip etait mouille", "ma culotte est humide" (not the rain, the shower or sweat)
    r"\b(?:mon|ma|le|la|mes|les) (?:culotte|culottes|slip|slips|calecon|boxer|pantalon|froc|sous vetements?|jeans?) "
    r"(?:\w+ ){0,2}?(?:mouille|mouilles|mouillee|mouillees|humide|humides|trempe|trempes|trempee|souille|souilles|souillee)\b"
    r"(?! (?:\w+ ){0,4}?(?:pluie|douche|sueur|transpiration|transp[i]|bain|piscine|flaque|verre|cafe|the|eau)\b)",
    # les habits trouves mouilles, jupe ou robe aussi, sans rien avoir senti ni eu envie (session 33L): "en me relevant du canape ma
    # robe etait humide, j'avais rien senti", "mon collant etait trempe et aucune envie avant" (pas la pluie, la sueur, un verre)
    r"\b(?:mon|ma|mes|sa|son|ses) (?:\w+ )?(?:jup[e]|rob[e]|pantalon|jeans?|collant[s]?|leggin[g]s?|short[s]?|vetements|habit[s]|unifor[m]e?"
    r"|culotte|slip|calecon|boxer|froc|survet\w*)\b (?:\w+ ){0,2}?(?:mouill\w*|humide[s]?|tremp\w*)\b" + _PAS_PLUIE
    + r"(?: \S+){0,14}? (?:rien (?:\w+ )?senti\w*|pas (?:\w+ )?senti\w*|rien (?:\w+ )?remarqu\w*|sans (?:rien )?senti[r]|aucune envie"
    r"|pas (?:eu )?envie|aucun besoin|rien vu venir|sans (?:me |m |s |se )?en rendre compte|sans (?:me |m |s |se )?en apercevoir)\b"
    r"(?! (?:de )?(?:douleu\w*|mal|froid|chaud)\b)",
    # le slip humide, sans savoir si c'etait de l'urine (session 21d, jumeau de "slip precies wat vochtig, ik weet nie of da urine
    # was of zweet"): "mon boxer etait un peu mouille ce matin, je sais pas si c'etait du pipi ou de la sueur" (la sueur en
    # second choix reste un doute, donc la vessie)
    # ... les shorts aussi, le doute plus long (session 24V): "mes shorts etaient humides, sais pas si c'est la sueur ou si c'est du pipi"
    r"\b(?:culotte|culottes|slip|slips|calecon|boxer|pantalon|froc|sous vetements?|jeans?|joggin[g]|shorts?|bermudas?|leggin[g]s?"
    r"|caleco[n]s) (?:\w+ ){0,4}?"
    r"(?:mouille|mouilles|mouillee|mouillees|humide|humides|trempe|trempee|trempes)\b(?: \S+){0,8}? unsure (?:si|s|quoi) (?:\w+ ){0,12}?"
    r"(?:pipi|urine|pisse|fuit\w*|fuite\w*)\b",
    # the leak not felt: "j'avais meme pas senti que ca coulait", "j'ai rien senti couler"
    r"\b(?:pas|rien|plus|jamais|meme pas) (?:meme |du tout )?(?:senti|sentie|ressenti|remarque|vu) (?:que |quand |le moment ou )?"
    r"(?:ca |ce |c |je |j |le pipi |le urine )?(?:\w+ )?(?:coulait|coule|couler|sortait|sort|sortir|fuyait|fuit|fuir|partait|mouillait"
    r"|urinais|faisais pipi|fait pipi)\b(?! (?:\w+ ){0,3}?(?:sang|nez|douche)\b)",
    # la retention racontee aux toilettes (session 16b): "je pousse pousse et ca vient goutte a goutte", "ca vient au
    # compte-gouttes", "je reste des plombes aux toilettes et il sort presque rien"
    r"\b(?:ca|ce|il|elle|pipi|urine|pisse) (?:ne )?(?:me )?(?:vient|sort|coule|arrive|venait|sortait|coulait|arrivait) (?:que )?"
    r"(?:\w+ )?(?:goutte a goutte|au compte gouttes|par gouttes|par petites gouttes|goutte par goutte)\b",
    # ... dite par une longue attente et un filet (session 31AE): "il est reste une plombe debout et il est sorti que trois
    # gouttes", "je reste dix minutes assise et juste un petit filet" (pas de douche, robinet ou tuyau entre les deux)
    r"\b(?:rest\w*|attend\w*|plante|plantee|debout|assise?|assis)\b(?: (?!(?:douch[e]|robine[t]|tuya[u]|cafetier[e]|machin[e]|pomp[e])\b)\w+){0,4}?"
    r" (?:une eternit[e]|des plombes|une plombe|des heures|des siecles|un temps fou|longtemps|un bon moment|un quar[t] de heur[e]|un quar[t] d heur[e]"
    r"|(?:\w+ )?minutes|des minutes|une demi heur[e])\b(?: (?!(?:douch[e]|robine[t]|tuya[u]|cafetier[e]|machin[e]|pomp[e]|nez)\b)\S+){0,8}?"
    r" (?:que|seulement|just[e]|a peine|uniquement|rien que) (?:un |une |quelques |des |deux trois |2 3 |trois |deux )?(?:petit |petite[s]? |minuscule[s]? )?"
    r"(?:file[t]|goutte|gouttes|gouttelette[s]|gouttelett[e]|goutte a goutte|compte gouttes)\b(?! (?:\w+ ){0,2}?(?:de |d )(?:eau|cafe|the|pluie|sang|lait)\b)",
    r"\b(?:rest\w*|plante|plantee|debout|assise?|assis)\b(?: \w+){0,3}? (?:une eternit[e]|des plombes|une plombe|des heures|un temps fou|longtemps"
    r"|un bon moment|(?:\w+ )?minutes)\b(?: \S+){0,5}? (?:rien|presque rien|quasi rien|pas grand chose|pas une goutte|pratiquement rien)"
    r" (?:ne |n )?(?:est |a )?(?:sort[i]|sortie|sort|sortait|venu|vient|venait|coule|coulait)\b",
    # ... or barely (session 24S): "quand je pisse ca coule a peine", "pour uriner le jet sort difficilement" (the pee named
    # first; not "le cafe coule a peine", "le nez coule a peine")
    r"\b(?:pip[i]|urine[r]?|pisse[rn]?|vessi[e]|toilettes?|wc)\b(?: \S+){0,8}? (?<!nez )(?:ca|ce|c|le pipi|l urine|lurine|le jet|la pisse|il|elle)"
    r" (?:ne )?(?:me )?(?:vient|sort|coule|venait|sortait|coulait|part) (?:que )?(?:a peine|difficilemen[t]|tres lentemen[t]|par a coup[s]"
    r"|en (?:petit )?file[t])\b(?! (?:\w+ ){0,3}?(?:nez|sang|robine[t]|douch[e]|cafe)\b)",
    r"\b(?:toilettes?|wc|pipi|uriner|urine|pisser|pousse\w*)\b(?: \S+){0,12}? (?:ne )?(?:sort|vient|coule|sortait|venait|coulait)"
    r" (?:presque |quasi |quasiment |pratiquement )?(?:rien|que (?:quelques |des )?gouttes|que un file[t])\b",
    # souille, le proche ou soi-meme (session 23M): "il a souille son pyjama" (ecrit pour lui: "j a souille mon pyjama"),
    # "mon pere a souille ses draps", "mon mari s est souille" (pas "j ai souille mes mains au jardin"; pas un enfant)
    r"\b(?:souill\w*|mouill[e]|mouille[s]) (?:mon|ma|mes|le|la|les) (?:\w+ )?(?:pyjam[a]\w*|drap[s]?|couch[e]s?|culott[e]s?|sli[p]s?"
    r"|calecon\w*|pantalo[n]|li[t]|sous vetements?|joggin[g]|boxe[r]|alais[e]|alez[e])\b"
    r"(?! (?:\w+ ){0,4}?(?:jardi[n]|terr[e]|bou[e]|peintur[e]|caf[e]|the|vi[n]|sauc[e]|huil[e]|graiss[e]|camboui[s]|encr[e]|chocola[t]"
    r"|sang|plui[e]|sueu[r]|transpi\w*|douch[e]|ea[u])\b)",
    r"\b(?:ma|mon|notre) (?:mere|maman|mamie|mamy|pere|papa|papy|papi|femme|mari|epouse|epoux|grand mere|grand pere|compagnon"
    r"|compagne|bobonn[e]|pepe)\b(?: \w+){0,4}? (?:a |avait |a encore |a de nouvea[u] )?(?:souill\w*|sali|sali[e]|mouill[e]) (?:son|sa|ses|le"
    r"|la|les) (?:\w+ )?(?:pyjam[a]\w*|drap[s]?|couch[e]s?|culott[e]s?|sli[p]s?|calecon\w*|pantalo[n]|li[t]|sous vetements?|alais[e])\b"
    r"(?! (?:\w+ ){0,4}?(?:jardi[n]|terr[e]|bou[e]|peintur[e]|caf[e]|vi[n]|sauc[e]|huil[e]|graiss[e]|sang|plui[e]|sueu[r]|ea[u])\b)"
    r"(?!(?: \w+){0,4} (?:autrefois|il y a|petite?|enfant)\b)",
    r"\b(?:ma|mon|notre) (?:mere|maman|mamie|mamy|pere|papa|papy|papi|femme|mari|epouse|epoux|grand mere|grand pere|compagnon"
    r"|compagne|bobonn[e]|pepe)\b(?: \w+){0,4}? (?:se est|s est|est) (?:encore |de nouvea[u] )?(?:souill\w*|oublie\w*|fait dessus)\b",
    r"\b(?:il|elle) (?:a|avait|se est|s est) (?:encore |de nouvea[u] |\w+ )?souill\w* (?:son|sa|ses|le|la|les) (?:\w+ )?(?:pyjam[a]\w*|drap[s]?"
    r"|couch[e]s?|culott[e]s?|sli[p]s?|calecon\w*|pantalo[n]|li[t]|sous vetements?|alais[e])\b",
    r"\b(?:j|je|il|elle) (?:me |se )?(?:suis|est|etais|etait) (?:encore |de nouvea[u] )?souill\w*\b"
    r"(?! (?:\w+ ){0,2}?(?:les |mes |ses )?(?:main[s]|doigt[s]|chaussure[s]|botte[s])\b)",
    # pousser pour que ca sorte, pipi ou selles (session 23M; les selles nouvelles avec le mal de dos, le cote sur): "faut que
    # je pousse pour que ca sorte", "je pousse fort pour aller a la selle" (pas "pousser sur les jambes", "pour que ca passe")
    r"\b(?:pouss\w*|forc[e]|force[r]) (?:\w+ ){0,3}?pour (?:que |qu )?(?:ca |ce |il |elle |le pipi |lurine |le urine |les selles |le caca )?"
    r"(?:sort\w*|vienn\w*|coul\w*|uriner|faire pipi|pisser|vider (?:ma|la) vessie)\b",
    # (les selles seulement dites nouvelles ou avec le dos: la constipation seule n'est pas un signe, "je dois pousser pour faire caca")
    r"\b(?:pouss\w*|forc[e]|force[r]) (?:\w+ ){0,3}?pour (?:faire caca|aller a la selle|faire mes besoins|que les selles sorte\w*)\b"
    r"(?=(?: \S+){0,10}? (?:depui[s]|maintenant|dernieremen[t]|soudai\w*|dos|hernie|sciatique|lombaire[s]?)\b)",
    r"\b(?:depui[s]|maintenant|dernieremen[t])\b(?: \S+){0,10}? (?:pouss\w*|forc[e]|force[r]) (?:\w+ ){0,3}?pour (?:faire caca|aller a la selle"
    r"|faire mes besoins|que les selles sorte\w*)\b",
    # un jet lent, dit par la facon dont ca coule, en Afrique de l'Ouest aussi (session 23M): "le pipi coule doucement doucement",
    # "aux toilettes ca sort lentement" (pas "le nez coule doucement", "le cafe coule")
    r"\b(?:pipi|urine|urines|pisse|jet|toilettes?|wc|uriner|pisser|vessie)\b(?: \S+){0,12}? (?:ca |ce |il |le pipi |lurine |le urine "
    r"|le jet )?(?:me )?(?:coule|sort|vient|coulait|sortait|venait|part|partait) (?:que )?(?:tres |tout |trop )?(?:doucemen[t]|lentemen[t]"
    r"|faiblement|mollement|petit a petit|au ralent[i]|goutte par goutte)\b",
    # apres coup, vu que j'avais fait pipi (session 23M): "je me suis apercu apres coup que j avais urine", "c est apres que j ai vu
    # que j avais fait pipi", "j ai pas remarque que j avais fait dans mon pantalon" (pas "apres coup que j avais oublie mes cles")
    r"\b(?:(?:rend[u]e?|rend[s]|rend) compte|aper[c]\w*|remarque\w*|vu|constat[e]\w*|decouver[t]|su|compri[s]|senti)\b (?:\w+ ){0,2}?(?:que )?"
    r"(?:apres coup|apres|plus tard|seulement apres|apres seulement|au revei[l]|en me levan[t]|en regardan[t]|trop tard)\b(?: \S+){0,3}? (?:que |qu )?"
    r"(?:j|je) (?:avais |ai |me etais |me suis |etais )?(?:\w+ )?(?:fait pipi|fait caca|urine|pisse|fui|fait dans|fait sur moi|fait dessus"
    r"|mouille (?:mon|ma|mes|le|la)|souill\w*)\b",
    r"\b(?:apres coup|apres|plus tard|seulement apres|apres seulement)\b (?:que |qu )?(?:j|je) (?:ai |avais )?(?:\w+ )?(?:vu|remarque|constat[e]"
    r"|compri[s]|su|senti|rend[u]e? compte|aper[c]\w*)\b (?:que |qu )?(?:j|je) (?:avais |ai |me etais |me suis )?(?:\w+ )?(?:fait pipi|fait caca"
    r"|urine|pisse|fui|fait dans|fait sur moi|fait dessus|mouille (?:mon|ma|mes|le|la)|souill\w*)\b",
    r"\b(?:pas|jamais|meme pas|rien) (?:\w+ ){0,2}?(?:rend[u]e? compte|aper[c]\w*|remarque|senti) (?:que |qu )(?:j|je) (?:avais |ai )?"
    r"(?:\w+ )?(?:fait pipi|fait caca|urine|pisse|fui|fait dans|fait sur moi|fait dessus|souill\w*)\b",
    # le pipi qui ne vient pas, dit avec le pipi (session 22I): "le pipi vient pas, je dois pousser", "mon urine sort plus bien"
    # (pas "le pipi vient pas de la", "sort pas rouge")
    r"\b(?:pip[i]|urin[e]|piss[e])\b (?:ne )?(?:me |lui )?(?:vient|sort|coule|part|venait|sortait|coulait) (?:pas|plus|presque pas|quasi pas"
    r"|pas bien|plus bien|mal|difficilement|pas facilement|pas comme il faut)\b(?! (?:de |d |du |des |roug[e]|fonc[e]|troubl[e]|clai[r]))",
    # l'urine qui ne veut pas venir, que des petites gouttes (session 21e): "ma pisse veut pas sortir, que des petites gouttes"
    r"\b(?:pipi|urine|pisse|vessie)\b (?:ne )?(?:veut|voulai[t]|veulent) (?:pas|plus|rien) (?:\w+ )?(?:sortir|venir|couler|parti[r])\b",
    r"\b(?:toilettes?|wc|pipi|uriner|urine|pisser|pisse)\b(?: \S+){0,12}? (?:que|just[e]|seulemen[t]) (?:des |quelques )?(?:toutes )?"
    r"(?:petites |minuscule[s] )?gouttes\b",
    # la retention aux toilettes (session 16d): "je reste 5 min sur la toilette, faut que je pousse et ca sort en petit filet"
    r"\b(?:toilettes?|wc|pipi|uriner|urine|pisser|urinoi[r]|pissotier[e]|pousse\w*)\b(?: \S+){0,12}? (?:ne )?(?:sort|vient|coule"
    r"|sortait|venait|coulait) (?:que )?(?:en|par) (?:un )?(?:tout )?(?:petit |pti[t] |minc[e] |maig[r]e |minuscul[e] )?file[t]\b",
    # pousser, puis un petit filet (session 22I): "je dois pousser et ca fait un ptit filet", "faut forcer, ca fait qu'un filet"
    r"\b(?:pouss\w*|forc\w*)\b(?: \S+){0,5}? (?:et|puis|mais) (?:ca |ce |il |le pipi |lurine |le urine )?(?:fait|sort|vient|coule|donn[e])"
    r" (?:que |just[e] |seulement )?(?:un |une )?(?:tout )?(?:petit |pti[t] |minc[e] |maig[r]e |minuscul[e] )?file[t]\b",
    r"\b(?:toilettes?|wc|urinoi[r]|pissotier[e])\b(?: \S+){0,12}? (?:rien|presque rien) (?:ne )?(?:sort|vient|venait|sortait)\b"
    r"(?: \S+){0,6}? (?:puis|et|apres) (?:ca |ce |il )?(?:goutte|goutta[i]t|coule|coulait)\b",
    # su seulement a la vue du pantalon mouille (session 32AZ): "j'ai compris que j'avais fait pipi quand mon survet etait humide", "je
    # l'ai vu qu'en voyant mon bas de jogging trempe" (pas la pluie, la sueur, un verre renverse)
    r"\b(?:rend[u] compte|rendu[e] compte|aperc[u]|apercu[e]|compri[s]|s[u]|v[u]|remarqu[e]|realis[e])\b" + _PAS_PLUIE
    + r"(?: \S+){0,8}? (?:quand|lorsque|en voyan[t]|parce que|a cause de|que quand|qu en voyan[t]) " + _PANTS_OWNER + r" (?:bas de )?" + _PANTS
    + r"\b (?:\w+ ){0,2}?(?:mouill\w*|tremp\w*|humid\w*)\b" + _PAS_PLUIE,
    # une fuite dans le slip, pas sentie (session 17e): "je crois qu'il y a un peu coule dans mon boxer ce matin, c'etait
    # mouille et j'ai rien senti", "du pipi est parti dans ma culotte sans que je le remarque"
    r"\b(?:coule|coulee|fui|fuite|sort[i]|sortie|goutte|part[i]|parti[e]|passe) (?:\w+ ){0,2}?dans (?:mon|ma|mes|le|la) (?:\w+ )?(?:boxer\w*|slip\w*"
    r"|culotte\w*|calecon\w*|sous vetements?|strin[g]|short[y])\b(?: \S+){0,14}? (?:rien|pas|sans|meme pas|jamais) (?:\w+ ){0,2}?(?:senti"
    r"|sentie|sentir|remarque|remarquer|rend[u] compte|rendu[e] compte|aperc[u]|apercu[e]|vu)\b" + _NOT_A_PERIOD,
    # pousser et pousser, et (presque) rien ne sort (session 17e): "je pousse je pousse et ya presque rien qui sort"
    r"\bpousse\w*\b(?: \S+){0,3}? pousse\w*\b(?: \S+){0,8}? (?:presque |quasi |quasiment |pratiquement )?rien (?:qui |ne )?(?:sort|sortait"
    r"|vient|venait|coule|coulait|passe)\b",
    # devant la cuvette et rien ne vient (session 18d): "je reste plante devant la cuvette et rien vient"
    r"\b(?:cuvette|urinoir|urinoirs|pissotiere|pissotieres)\b(?: \S+){0,4}? (?:et )?(?:rien (?:ne |qui )?(?:vient|sort|coule|passe)"
    r"|ca (?:ne )?(?:vient|sort|coule|passe) pas)\b",
    # pousser pour un filet (session 18d): "faut pousser comme un boeuf pour avoir un ptit filet"
    r"\b(?:pouss\w*|forc\w*)\b(?: \S+){0,6}? pour (?:avoir|faire|sortir|obtenir) (?:un |une |des |quelques )?(?:\w+ )?(?:file[t]"
    r"|gouttes?|jet)\b(?! de (?!(?:pipi|urine)\b))",
    # assis sur du mouille, pas senti (session 18d): "le coussin du fauteuil etait trempe sous moi, je m'en suis pas rendu compte"
    r"\b(?:coussin|fauteuil|canape|diva[n]|chaise|siege|matela[s]|draps?|lit)\b(?: \w+){0,4}? (?:etait|est|sont|etaient|a ete)"
    r" (?:tout |toute |completement )?(?:trempe\w*|mouille\w*|humide) sous (?:moi|lui|elle|mes fesses|ses fesses)\b(?: \S+){0,14}?"
    r" (?:pas|rien|jamais) (?:\w+ )?(?:rend[u] compte|rendu[e] compte|senti|sentie|remarque|aperc[u])\b",
    # reveille dans une flaque, pas senti (session 18d): "je me suis reveille dans une flaque et j'ai rien senti" (pas de sueur)
    r"\breveille\w* (?:\w+ ){0,2}?(?:dans|sur) (?:une |un |la |le |mon )?(?:flaque|lit (?:mouille|trempe)|draps (?:mouilles|trempes))\b"
    r"(?! de (?:sueur|transpiration|bave|eau))(?: \S+){0,14}? (?:pas|rien|jamais) (?:\w+ )?(?:senti|sentie|rend[u] compte|rendu[e] compte"
    r"|remarque|sueur|transpiration)\b",
    # un accident, puis la trace dans le slip (session 19j): "j'ai eu un accident hier soir, y avait une tache dans mon calecon"
    # (pas "un accident de voiture", "une tache de sang sur mon pantalon"; trauma: NOT_A_FALL)
    rf"\baccident\w*(?! (?:de|d|en|a|avec|sur|au|du)\b)(?: \S+){{0,8}}? (?:trace[s]?|tache[s]?|marque[s]?|aureol[e]|aureole[s]|salet[e]"
    rf"|salete[s]) (?!(?:de|d) (?:sang|huil[e]|bou[e]|camboui[s]|graiss[e]|peintur[e])\b)(?:\w+ ){{0,3}}?(?:dans|sur) (?:{_PANTS_OWNER} )?"
    rf"{_PANTS}{_NOT_A_BED}",
    # ne pas savoir si ca coule ou si c'est fini, aux toilettes (session 23O): "aux wc je peux pas dire si j'ai termine", "je sais
    # pas si j'ai fini de faire pipi", "je sens plus quand ca coule" (pas "je sais pas si j'ai fini mes exercices", la douleur)
    r"\b(?:toilettes?|toilette|wc|pipi|uriner|urine|urines|pisser|vessie|jet)\b(?: \w+){0,8}? (?:unsure|(?:j |je )?(?:peux|pouvais"
    r"|arrive|arrivais|parviens|sais|savais) (?:pas|plus|pas trop|plus trop|pas vraiment|plus vraiment|jamais|plus bien|pas bien)"
    r" (?:a )?(?:dire|savoir|sentir|voir|reconnaitre)) (?:si|quand|lorsque|le moment ou) (?:ca|ce|c|j|je|le pipi|le jet|le urine"
    r"|la vessie|tout) (?:\w+ ){0,2}?(?:sort\w*|coul\w*|fini|fini[e]|termin[e]|terminee|vide|vide[e]|arrete|commence)\b"
    r"(?! (?:du|de|des|d)\b)",
    r"\b(?:unsure|(?:peux|pouvais|arrive|arrivais|parviens|sais|savais) (?:pas|plus|pas trop|plus trop|pas vraiment|jamais)"
    r" (?:a )?(?:dire|savoir|sentir)) (?:si|quand) (?:j ai|jai|je suis|j suis|c est|ce est) (?:\w+ )?(?:fini|fini[e]|termin[e]|terminee)"
    r" (?:de |d )?(?:uriner|faire pipi|pisser|vider (?:ma|la) vessie)\b",
    # ... "que", the past told (session 26B): "j'sentais pas que ca coulait", "j'ai pas senti que ca sortait"
    r"\b(?:sens|sent|ressens|ressent|sentais|sentait|senti|sentie|ressenti) (?:plus|pas|meme pas|meme plus|presque plus|presque pas|jamais|plus vraiment"
    r"|pas vraiment) (?:quand|si|lorsque|le moment ou|que) (?:ca|le pipi|le urine|le jet) (?:\w+ )?(?:coule|coulait|sort|sortait"
    r"|s ecoule|se ecoule)\b(?! (?:\w+ ){0,2}?(?:nez|sang|yeux|oeil|plai[e]|front|dos)\b)",
    # pas sur que la vessie se vide, l'impression qu'il en reste (session 23O): "j'ai l'impression que ma vessie est jamais vide",
    # "apres le pipi j'ai l'impression qu'il en reste" (pas "la salle est jamais vide", "l'impression que mon dos est bloque")
    r"\bvessie (?:\w+ ){0,3}?(?:jamais|pas|plus) (?:\w+ )?(?:vide|vide[e])\b",
    r"\bunsure (?:que |si )?(?:ma |la |mon )?vessie (?:\w+ ){0,3}?(?:vide|vide[e])\b",
    r"\b(?:toilettes?|wc|pipi|uriner|urine|vessie|pisser|mictio[n])\b(?: \S+){0,12}? (?:impression|sensation|sentiment|on dirait"
    r"|comme si) (?:\w+ ){0,4}?(?:(?:en |y en |il en |encore )(?:\w+ ){0,2}?(?:reste|restait|a encore)|(?:jamais|pas|plus) (?:\w+ )?"
    r"(?:vide|vide[e]|fini|fini[e]|termin[e]|terminee))\b",
    r"\b(?:impression|sensation|sentiment|on dirait|comme si) (?:\w+ ){0,4}?(?:(?:en |y en |il en |encore )(?:\w+ ){0,2}?(?:reste"
    r"|restait)|(?:jamais|pas|plus) (?:\w+ )?(?:vide|vide[e]|fini|fini[e]|termin[e]|terminee))\b(?: \S+){0,8}? (?:pipi|uriner|urine|vessie"
    r"|pisser|toilettes?|wc|mictio[n])\b",
    # a peine capable d'uriner (session 23O): "j'arrive a peine a faire pipi", "je peux a peine pisser" (pas "j'arrive a peine
    # a marcher", "je dors a peine")
    r"\b(?:arrive|arrivais|arrivait|peux|pouvais|pouvait|parviens|parvenais|reussis|reussissais) (?:a peine|tout just[e]|presque pas"
    r"|quasiment pas|quasi pas|difficilement) (?:a )?(?:uriner|pisser|faire pipi|faire caca|vider (?:ma|la|mon) vessie|aller a (?:la )?selle)\b",
    r"\b(?:presque|quasi|quasiment|pratiquement) rien (?:ne )?(?:sort|sortait|vient|venait|coule|coulait)\b(?! (?:de|du|des|d)\b)",
    # session 25X: ne plus savoir si on est alle aux toilettes, souvent dit par un proche: "elle sait plus si elle est allee aux
    # toilettes ou pas", "je me souviens plus si j'y suis alle" ("allee" est lu comme le mot de remplissage flamand et tombe)
    # (pas "si je suis alle aux urgences", "si j'ai ete malade")
    r"\b(?:(?:sais|sait|savais|savait|souvien[s]|souvien[t]|souvenai[s]|souvenai[t]|rappell[e]|rappelai[s]|rappelai[t]) (?:meme |vraiment )?(?:plus|pas"
    r"|jamais|pas trop|plus trop|pas bien|plus bien|pas toujours|plus toujours)|unsure) (?:si|s|se) (?:j|je|elle|il|on) (?:y )?(?:suis|est|etais"
    r"|etait|ai|a|avais|avait) (?:deja |bien |vraiment |encore )?(?:(?:alle|alle[e]|alles|allee[s]|ete|passe|passee) )?(?:(?:aux|au|a la"
    r"|a les) (?:toilettes?|wc|cabinets?|chiottes|petit coin|pot|selle)\b|ou (?:pas|non)\b)",
    # des culottes mouillees dans le linge sale (session 25X), trouvees par un proche: "je retrouve des slips humides dans le panier
    # a linge" (pas la pluie, la piscine, la sueur; pas sortis de la machine)
    r"\b(?:culottes?|slips?|calecons?|boxers?|sous vetements?|pyjamas?|chemises? de nuit|draps|protections?|culott[e]s?)"
    r" (?:\w+ )?(?:mouillee?s?|humides?|trempee?s?|souillee?s?|qui sentent (?:le )?pipi|qui sentent le urine)"
    r"(?: \w+){0,4}? (?:dans|au milie[u] du|au milie[u] de la|parm[i]) (?:le|la|les|mon|ma|son|sa|leur|notre) (?:ling[e] sale|ling[e]|panie[r] a ling[e]"
    r"|panie[r] de ling[e]|panie[r]|corbeill[e] a ling[e]|corbeill[e]|bac a ling[e]|lessiv[e]|sac a ling[e]|mann[e] a ling[e]|mann[e]|sale|linge[s] sale[s])\b"
    r"(?!(?: \S+){0,6}? (?:pluie|piscine|sueur|transpiration|bain|douche|mer|boue|cafe|the|peintur[e]|sport|machin[e]|sechoi[r])\b)",
    # les toilettes a heure fixe, l'envie plus sentie (session 33J): "je vais aux toilettes a heures fixes", "je fais pipi avec un
    # reveil" (pas la reeducation de la vessie, pas "toutes les deux heures car je bois beaucoup")
    r"\b(?:toilette[s]?|wc|cabinet[s]|pip[i]|urine[r]|pisse[r]|peti[t] coi[n])\b(?: \w+){0,3}? (?:a heure[s]? fixe[s]?|a (?:des )?heure[s] (?:fixe[s]|precise[s]|reguliere[s])|selo[n] (?:l |la |une |mon )?(?:horlog[e]|montr[e]|heur[e]|minuteu[r])|(?:ave[c]|par) (?:un |une |le |mon |ma )?(?:revei[l]|alarm[e]|minuteu[r]|minuteri[e])|(?:a|au) (?:la |le )?(?:montr[e]|minuteu[r]|chron[o]))\b(?!(?: \S+){0,8}? (?:reeducatio[n]|entrainemen[t]|kin[e]\w*|physi[o]\w*|boi[s]|bu|boir[e]))",
    r"\b(?:a heure[s]? fixe[s]?|a (?:des )?heure[s] (?:fixe[s]|precise[s]|reguliere[s])|selo[n] (?:l |la |une |mon )?(?:horlog[e]|montr[e]|heur[e]|minuteu[r])|(?:a|au) (?:la |le )?(?:montr[e]|minuteu[r]|chron[o])) (?:\w+ ){0,3}?(?:aux |au |a la )?(?:toilette[s]?|wc|cabinet[s]|pip[i]|urine[r]|pisse[r]|peti[t] coi[n])\b(?!(?: \S+){0,8}? (?:reeducatio[n]|entrainemen[t]|kin[e]\w*|physi[o]\w*|boi[s]|bu|boir[e]))",
    # l'envie manquee, la culotte mouillee (session 25X): "sans que je sente que je devais aller aux toilettes", "sans m'etre
    # rendu compte que j'avais besoin" (pas "sans savoir que je devais aller au travail")
    r"\bsans (?:que )?(?:je |j )?(?:avoir |etre )?(?:le |l |m en |me en |men |en |me |m )?(?:sent[e]|sentir|senti|sentais|rend[e] compte"
    r"|rendre compte|rend[u] compte|remarque|remarquer|ressentir|ressenti|savoir|sach[e]|capte[r]|capt[e]) (?:que|qu) (?:je|j) (?:\w+ )?"
    r"(?:devais|dois|devait|avais besoin|avais envie|ai envie|ai besoin|fallait|faut)\b(?= ,| \.|$| (?:y aller|aller (?:aux|au|a la)"
    r" (?:toilettes?|wc|petit coin|selle)|faire (?:pipi|caca|mes besoins)|uriner|pisser|et|mais|ou|donc)\b)",
    # l'envie pas ressentie, les toilettes nommees (session 25X): "je n'ai pas ressenti le besoin d'aller aux toilettes de la
    # journee", "j'ai pas senti l'envie d'uriner depuis hier" (pas "d'aller chez le medecin")
    r"\b(?:pas|plus|jamais|point|meme pas) (?:\w+ )?(?:senti|ressenti|eu|eprouv[e]|sentie|ressentie) (?:le |la |l |un |une |de |d |aucun "
    r"|aucune |meme )?(?:besoin|envie|envies|besoins|sensation|signal) (?:de |d )(?:uriner|faire pipi|faire caca|pisser|faire mes besoins"
    r"|aller (?:a|au|aux|a la) (?:la )?(?:selle|toilettes?|wc|petit coin|cabinets?))\b",
    # un demarrage lent en mots de tous les jours (session 25X): "j'ai mis une eternite a uriner", "il m'a fallu des plombes
    # pour faire pipi", "pipi ce matin, ca voulait pas venir" (la vessie ou les toilettes nommees d'abord)
    r"\b(?:mis|met|mets|mettai[s]|mettai[t]|pren[d]|prends|pris|prenai[t]|prenai[s]|faut|fallait|fallu|attend[u]|attend[s]|attendre|attendai[s])"
    r" (?:\w+ )?(?:un temps fou|une eternit[e]|des plombe[s]|trois plombe[s]|des heures|longtemp[s]|super longtemp[s]|tres longtemp[s]|trop longtemp[s]"
    r"|un temps pas possibl[e]|un siecl[e]|des siecle[s]|un bon moment|des minutes|des annee[s]) (?:\w+ )?(?:a |pour |avant de |avant d )"
    r"(?:pouvoi[r] |reussi[r] a |arriver a )?(?:faire pipi|uriner|pisser|vider (?:ma|la) vessie|faire mon pipi|lache[r] (?:un|mon) pipi)\b",
    r"\b(?:pipi|uriner|pisser|urine|toilettes?|wc|jet|vessie|cuvette)\b(?: \S+){0,10}? (?:ca|ce|c|le pipi|le jet|l urine|le urine"
    r"|rien|il) (?:ne )?(?:voulai[t]|veut|voulai[s]|voulaien[t]|veulent|voulu|voudrai[t]) (?:pas|plus|jamais|rien) (?:\w+ )?(?:parti[r]|venir"
    r"|sortir|couler|demarre[r]|commence[r]|arriver)\b",
    r"\b(?:ca|ce|c|le pipi|le jet|l urine|le urine) (?:me |ne )?(?:met|mettai[t]|a mis|pren[d]|prenai[t]|a pris) (?:\w+ )?(?:un temps fou"
    r"|une eternit[e]|des plombe[s]|trois plombe[s]|des heures|longtemp[s]|super longtemp[s]|tres longtemp[s]|un temps pas possibl[e]|un siecl[e]"
    r"|des siecle[s]) (?:a |pour |avant de |avant d )(?:venir|sortir|couler|parti[r]|demarre[r]|commence[r]|arriver)\b(?: \S+){0,8}? (?:pipi"
    r"|uriner|pisser|urine|toilettes?|wc|vessie|jet)\b",
    r"\b(?:pipi|uriner|pisser|urine|toilettes?|wc|vessie|jet|cuvette)\b(?: \S+){0,10}? (?:ca|ce|c|le pipi|le jet|l urine|le urine|il)"
    r" (?:me |ne )?(?:met|mettai[t]|a mis|pren[d]|prenai[t]|a pris) (?:\w+ )?(?:un temps fou|une eternit[e]|des plombe[s]|trois plombe[s]|des heures"
    r"|longtemp[s]|super longtemp[s]|tres longtemp[s]|un temps pas possibl[e]|un siecl[e]|des siecle[s]) (?:a |pour |avant de |avant d )(?:venir"
    r"|sortir|couler|parti[r]|demarre[r]|commence[r]|arriver)\b",
    # appuyer sur le (bas du) ventre pour que ca sorte, sans mot du pipi (session 38B): "je dois appuyer sur mon bas ventre pour que ca
    # sorte", "je pousse sur la vessie sinon rien ne vient" (pas au passe: "je devais appuyer", "j ai du appuyer"; pas les gaz, pas
    # la douleur qui vient)
    r"(?<!\bdevais )(?<!\bdevait )(?<!\bfallait )(?<!\bdu )\b(?:appui\w*|appuy\w*|pouss\w*|press[e]|presse[r]|pressan[t]|press[e]s|comprim\w*)\b"
    r" (?:\w+ ){0,2}?(?:sur|contre) (?:\w+ ){0,3}?(?:ventr[e]|vessi[e]|abdome[n]|bide|pubi[s])\b(?: \S+){0,4}? (?:pour|sinon|avant|jusqu"
    r"|arrive|parviens|reussis)\b(?! (?:\w+ )?(?:soulage\w*|calme\w*|gaz|vents?|air|douleur|mal)\b)(?: \S+){0,5}? (?:sort\w*|vienn\w*|veni[r]"
    r"|vient|coul\w*|vide[r]|evacue[r]|pipi|urine[r]|pisse[r]|gouttes?)\b(?! (?:\w+ )?(?:gaz|vents?|douleur|mal)\b)",
    # attendre des plombes avant que ca vienne (session 38B): "je reste assise des heures avant que ca sorte" (pas le kine qui vient)
    r"\b(?:attend\w*|rest[e]|reste[s]|rester|assis\w*|pouss\w*|patient\w*)\b(?: \S+){0,5}? (?:des plombe[s]|une plomb[e]|trois plombe[s]"
    r"|des heure[s]|une eternit[e]|un temps fou|longtemp[s]|des siecle[s]|des lustre[s]|des minute[s]) (?:\S+ ){0,2}?(?:avant que|avant qu"
    r"|pour que|jusqu a ce que) (?:ca|quelque chose|le pipi|le jet|l urine|ce) (?:\w+ )?(?:vienn[e]|sort[e]|coul[e]|demarr[e]|part[e])\b",
    # quelques gouttes seulement, goutte par goutte (session 38B): "il y a que quelques gouttes qui sortent", "ca vient goutte par
    # goutte" (pas le robinet: WET_BY; pas le sang, la sueur, le nez)
    r"\b(?:que|seulement|just[e]|a peine|rien que) (?:quelques|deux trois|deux ou trois|trois|des|une|2 3) (?:petite[s] )?gouttes? (?:qui )?"
    r"(?:sort\w*|vien\w*|coul\w*|tomb\w*)\b(?! (?:\w+ ){0,2}?(?:sang|nez|yeux|oeil|robine[t]|front|sueur)\b)",
    r"\b(?:ca|ce|c|il|tout|le pipi|l urine|le jet) (?:me |ne )?(?:sort|vient|coule|tombe|part|arrive|sortait|venait|coulait)(?: que)?"
    r" (?:\w+ )?gouttes? (?:par|apres) gouttes?\b",
)

# ---- saddle numbness: shared slots and own patterns ----
SADDLE_FEELING = ("sensation", "impression")
TOUCHED = ("pince", "touche", "gratte", "pique")
#: wiping, its clause then a comma and the numbness: "qd je m'essuie apres la toilette c bizarre, je sens quasi rien"
#: (engine _WIPED_THEN)
WIPING = ("essui[e]", "essuie[s]", "essuy[e]", "essuye[r]", "essuyan[t]",
          r"(?:nettoi[e]|nettoye[r]|nettoyan[t]) (?:\w+ )?avec (?:le |du )?(?:papier|pq)")  # as AREA (session 21e)
FELT_NOTHING = ("rien senti", "senti rien", "pas senti", "rien ressenti")
SADDLE_COMPOUND: tuple = ()
ON_A = ("sur une", "sur un")
SADDLE_WORD = ("selle", "velo")
FEELS = ("sens", "sent")
LIKE = ("comme",)
CYCLING = ("velo", "faire du velo", "selle")
SIT = ("assis", "assise", "asseoir", "assieds", "assois")
ON = ("sur",)
ON_NOTHING = ("coton", "ouate", "rien", "vide", "nuage", "du vide", "de la ouate")
CUSHION = ("coussin", "chaise", "canape", "fauteuil")
PILLOW = ("coussin", "oreiller")
NOTHING = ("rien",)
UNDER = ("sous",)
UNDER_ME = ("moi",)
SOMEONE = ("quelquun",)
ELSE = ("de autre", "autre")
#: la chose de quelqu'un d'autre, pas une partie du corps (engine _others_thing): "le papier toilette de qqn d'autre est
#: plus doux"
OTHERS_THING = (r"papier (?:toilette|wc|cul|hygienique)", r"(?:siege|lunette|planche) des (?:toilettes|wc)")
#: une jambe engourdie de la fesse au pied, c'est la sciatique, pas la selle (engine _one_leg_down): "j'ai la jambe droite
#: endormie de la fesse au petit orteil"
ONE_LEG_DOWN = (
    r"\b(?:jambe|cuisse|cote) (?:gauche|droite|droit)\b(?: \w+){0,4}? (?:de|depuis) (?:la |ma |le |mon )?(?:fesse|hanche|cul|derriere"
    r"|fessier)\b (?:\w+ ){0,3}?(?:au|aux|a la|jusquau|jusquaux|jusque au|jusque aux|jusqua la|jusque a la|dans le|dans les) (?:\w+ ){0,2}?"
    r"(?:orteils?|pieds?|cheville|genou|talon|mollet|plante)\b",
    # les deux jambes, les fesses ou le trajet commence (session 19h): "mes deux jambes s'engourdissent des fesses jusqu'aux
    # orteils"; le siege lui-meme dit engourdi reste la selle
    r"\bjambes\b(?: \S+){0,5}? (?:des|depuis les|de mes|depuis mes) (?:fesses|hanches|fessiers)\b (?:\w+ ){0,3}?(?:aux|jusquaux"
    r"|jusquau|jusque aux|jusque au|jusqua) (?:\w+ ){0,2}?(?:orteils|pieds|chevilles|genoux|talons|mollets)\b",
    # ... le trajet dit "depuis les fesses" vers le bas, les jambes nommees avant ou apres (session 37F): "mes jambes deviennent
    # engourdies depuis les fesses, des deux cotes", "des fesses vers le bas, les deux jambes fourmillent"
    r"\bjambes\b(?: \S+){0,7}? (?:depuis les|depuis mes|a partir des|a partir de mes) (?:fesses|hanches|fessiers)\b(?! (?:\w+ ){0,2}?(?:aux|jusqu\w*) )",
    r"(?:\b{NUMB}\b (?:\w+ ){0,3}?)?\b(?:des|depuis les|depuis mes|a partir des|a partir de mes) (?:fesses|hanches|fessiers)\b"
    r" (?:vers le bas|en descendant|et en dessous) (?:\S+ ){0,4}?jambes\b(?:(?: \w+){0,3}? {NUMB}\b)?",
)
IN_LIMB = ("dans", "a")
MY_LEG = ("mon ", "ma ", "la ", "le ")
LEG_WORD = ("jambe", "pied", "cuisse", "mollet")
LIST_AND = ("et",)
#: numbness that spreads up or down a leg and on into the saddle area (engine _SPREAD_TO_AREA): "des fourmis qui
#: montent dans les deux jambes et autour des fesses"
SPREADS = (r"(?:qui )?(?:monten[t]|mont[e]|montaien[t]|montai[t]|remonten[t]|remont[e]|descenden[t]|descen[d]|descendaien[t]|descendai[t]|sont montee[s]"
           r"|est monte[e]|se etenden[t]|se eten[d]|se sont etendue[s]|parten[t]|part)(?: dans| le long de| jusqu[e] dans| jusq[u] a)?",)
AROUND_AREA = ("autou[r] des", "autou[r] du", "autou[r] de la", "dans les", "dans le", "dans la", "aux", "au", "jusq[u] aux", "jusqu[e] dans les",
               "sur les", "entr[e] les")
MY_AREA = ("mes ", "mon ", "les ", "le ", "la ")
HURTS = ("fait mal", "font mal", "douleur", "mal")
FEELING_NOUN = ("sensation", "sensibilite")
CHANGED = ("changee", "differente", "bizarre", "diminuee", "reduite")
SADDLE_PATTERNS = (
    # nothing felt sitting on the bike's saddle (session 22; the bowel's "aller a la selle" is _BOWEL_SELLE): "sur la selle je
    # sens plus rien", "en selle je sens presque plus rien" (not the hands, the feet or a pain: "je sens plus rien aux mains")
    r"\b(?:sur|en) (?:la |mon |ma |une |le )?selle\b(?: \w+){0,4}? (?:j |je )?(?:sens|sent|ressens) (?:plus rien|presque rien"
    r"|presque plus rien|rien|plus)\b(?! (?:\w+ ){0,2}?(?:mal|douleur\w*|pedales?|guido[n]|mains?|doigts?|bras|pieds?|orteils?"
    r"|jambes?|genoux?|cuisses?|mollets?)\b)",
    # la zone et une autre partie en un seul sujet (session 19m, jumeau de "my bum and legs are numb"): "mes fesses et mes jambes
    # sont engourdies" (pas de contraste, negation, douleur ou "bien" entre les deux)
    r"\b{AREA} (?:et|plus) (?:(?!(?:pas|plus|jamais|aucun|aucune|sans|ne|n|et|mais|car|parce|maintenant|depui[s]|puis|ou|mal|douleur\w*"
    r"|font|fait|bien|normal\w*|ok)\b)\w+ ){0,3}?{NUMB}\b",
    # peu senti pendant les rapports (session 19k, twin de "the last couple of times with the missus i could barely feel a
    # thing below"): "pendant les rapports je sens quasiment plus rien", "pendant l'amour je sens presque rien" (pas des jambes)
    r"\b(?:rapports?|l amou[r]|faire l amou[r]|relations? (?:sexuelles?|intimes?)|calins?)\b(?: (?!(?:jambes?|pieds?|orteils?|genoux"
    r"|mains?|bras)\b)\S+){0,6}? (?:sens|sentais|senti|ressens|ressentai[s]) (?:\w+ )?(?:presque |quasi |quasiment |pratiquement )?"
    r"(?:plus |pas )?(?:rien|grand chose)\b(?! (?:\w+ )?(?:dans|aux|au|a|de) (?:les |mes |la |ma |mon |le )?(?:jambes?|pieds?"
    r"|orteils?|genoux|mains?|bras|douloureu[x]|mal|douleur)\b)(?! (?:\w+ )?pour (?:elle|lui|eux|ma|mon|l autre)\b)",
    # s'essuyer, le papier senti a moitie (session 19h, jumeau du flamand "da papier ... tis percies mo 'alf"): "quand je
    # m'essuie je ne sens le papier qu'a moitie"
    r"\b{WIPING}\b(?: \S+){0,12}? (?:sens|sentais|sent|ressens|sentir)\b(?: \S+){0,4}? (?:qua|a|que a) moitie\b",
    # sa zone et celle d'un proche, engourdies toutes les deux (session 17a): "mes fesses et celles de ma femme sont engourdies"
    r"\b(?:mes|mon|ma) {AREA} et (?:celles?|celu[i]|ceux) de (?:ma |mon |mes |notre )?\w+(?: (?!(?:pas|plus|jamais|ne|n|aucune?|rien)\b)\w+){0,5}? {NUMB}\b",
    # wiping, and the skin is not felt as one's own: "qd je m'essuie ..., comme si c'etait pas ma peau"
    r"\b(?:essui[e]|essuie[s]|essuy[e]|essuye[r]|essuyan[t])\b(?:(?: ,)? \w+){0,10}?(?: ,)? (?:comm[e] si|on dirai[t] que|on dirai[t]) "
    r"(?:ce |c |ca )?(?:est |etai[t] )?(?:pas|plus) (?:mon|ma) (?:propr[e] )?peau\b",
    # the area as if someone else's (session 17e): "comme si ma foufoune et le derriere c'etait pas a moi", "comme si mes
    # fesses etaient a quelqu'un d'autre" (a comparison cue first: "mes fesses, c'est pas a moi de decider" is nothing)
    r"\b(?:comm[e] si|comm[e] s|impressio[n] que|on dirai[t] que|on dirai[t])\b(?: \w+){0,6}? {AREA}\b(?: \w+){0,4}? (?:pas|plus) (?:a moi"
    r"|les mienne[s]|les mien[s]|le mie[n]|la mienn[e])\b(?! de\b)",
    r"\b(?:comm[e] si|comm[e] s|impressio[n] que|on dirai[t] que|on dirai[t])\b(?: \w+){0,6}? {AREA}\b(?: \w+){0,4}? (?:a|de) (?:qq[n]"
    r"|quelquu[n]|quelqu un|une autr[e]|un autr[e]) (?:de )?(?:autr[e]\b)?",
    # the area named first, then its numbness with a pronoun, the way French is spoken: "mon derriere, il est tout engourdi",
    # "ma fesse gauche, elle est endormie", "en bas, c'est insensible" (no negation between: "elles sont pas engourdies")
    r"\b{AREA}(?: (?:gauch[e]|droit[e]|droi[t]|du bas))? (?:, )?(?:il|elle|ils|elle[s]|ca|ce|c|cela|tout ca|tout|tout[e]|toute[s]|tous|completemen[t]) (?:est |sont |etai[t] |etaien[t] "
    r"|devient |deviennent |reste |restent )?(?:(?!(?:pas|plus|jamais|aucune?|ne|n)\b)\w+ ){0,2}?{NUMB}",
    # the seat that does not feel one's own: "on dirait que c'est pas mes fesses", "comme si c'etait plus mon derriere",
    # "j'ai l'impression que mes fesses sont pas a moi" (twin of "feels like its not my bum")
    r"\b(?:on dirait|dirait|comme si|comme|impression|sensation|sentiment) (?:que |de |d |qu )?(?:ce |c |ca |cest )?(?:est |etait |sont |etaient )?"
    r"(?:pas|plus) (?:mes|mon|les|le|la) (?:propres? )?{AREA}\b(?! (?:qui|que|qu)\b)",
    r"\b(?:on dirait|dirait|comme si|impression|sensation|sentiment) (?:que |de |d |qu )?(?:mes |mon |les |le |la )?{AREA}\b"
    r" (?:\w+ )?(?:est|sont|etait|etaient) (?:pas|plus) (?:a moi|les miennes|le mien|la mienne)\b",
    # numb as after the dentist, then the area, across "mais": "comme qd on sort de chez le dentiste mais en bas",
    # "anesthesie comme chez le dentiste, mais aux fesses"
    r"\b(?:dentiste|anesthesie|anesthesiee?s?|piqure)\b(?: \w+){0,2}?(?: ,)? (?:mais |sauf |sauf que )(?:\w+ ){0,2}?{AREA}\b"
    r"(?! (?:\w+ )?(?:ca va|va bien|vont bien|ok|normal\w*|pas de souci|aucun souci)\b)",
    # le papier pas senti: "qd je m essuie c est comme si le papier me touchait pas" (issue 13)
    r"\b(?:essuie|essuies|essuye|essuyer|essuyant)\b(?: \w+){0,6}? (?:le |du )?papier (?:\w+ ){0,2}?(?:touch\w*|effleur\w*) "
    r"(?:pas|plus|meme pas|jamais|presque pas)\b",
    r"\b(?:essuie|essuies|essuye|essuyer|essuyant)\b(?: \w+){0,6}? comme (?:si |s )?(?:il y avait|y avait) (?:pas|rien) (?:de )?papier\b",
    # wiping after the toilet, and nothing felt, across "et": "je m'essuie apres le caca et je sens presque pas" (issue 13)
    r"\b(?:essuie|essuies|essuye|essuyer|essuyant)\b(?: \w+){0,6}? (?:toilettes?|wc|pipi|caca|selles?|besoins)\b(?: \w+){0,3}? "
    r"(?:j |je )?(?:sens|sent|ressens|ressent) (?:plus rien|presque rien|presque pas|presque plus|quasi rien|meme pas|plus|pas|rien)"
    r"\b(?! (?:de|d|des|du|mal|douleur|aucune?|la douleur)\b)",
    # "je sens pas le papier quand je m'essuie" (NUMB near AREA reads it; these read the toilet paper told alone)
    r"\b(?:sens|sent|ressens) (?:plus|pas|rien|presque pas|meme pas|plus rien) (?:\w+ ){0,3}?(?:papier|essuie|essuyer)\b",
    # "quand je m'essuie c'est comme si c'etait pas moi"
    r"\b(?:essuie|essuyer|essuye) (?:\w+ ){0,4}?(?:pas (?:moi|mes fesses|mon corps)|quelqu un de autre|autre personne)\b",
    # "j'ai l'impression d'etre assis sur du coton"
    r"\b(?:assis|assise) (?:sur )?(?:du |un |de la )?(?:coton|ouate|nuage|vide|rien)\b",
    # "je sens pas quand je m'assois", "je sens pas la chaise sous moi"
    r"\b(?:sens|sent) (?:plus|pas|rien) (?:\w+ ){0,2}?(?:la chaise|le siege|la selle|le sol) (?:sous (?:moi|mes fesses))\b",
    # "jsens presque pas le siege" (the toilet's or the car's: what the bum sits on), "je sens plus la lunette"
    r"\b(?:sens|sent|ressens) (?:presque |quasi |quasiment |pratiquement |meme |vraiment )?(?:plus|pas|rien) (?:du tout )?"
    r"(?:le siege|la lunette|la cuvette|la planche (?:des toilettes|du wc|des wc))\b",
    # the cold or the touch of the seat not felt: "aux wc je sens pas le froid", "je sens plus le contact de la lunette"
    r"\b(?:sens|sent|ressens) (?:presque |quasi |quasiment |pratiquement |meme |vraiment )?(?:plus|pas|rien) (?:le |la |l )?"
    r"(?:froid|fraicheur|contacts?|toucher)\b(?: \w+){0,4}? (?:{AREA}|lunette|siege|cuvette|planche|abattant)\b",
    r"\b(?:toilettes?|wc)\b(?: \w+){0,3}? (?:j |je )?(?:sens|sent|ressens) (?:presque |quasi |quasiment |pratiquement |meme "
    r"|vraiment )?(?:plus|pas|rien) (?:le |la |l )?(?:froid|fraicheur|contacts?|toucher)\b",
    # the area, then "jsens rien" after a comma ("entre les cuisses, jsens rien"); not "rien de special", "rien d'autre"
    r"\b{AREA} ,? (?:j |je )?(?:sens|ressens) (?:plus |presque |quasi |quasiment |pratiquement )?rien\b"
    r"(?! de (?:special|particulier|anormal|bizarre|different|inhabituel|spe|autre|mal)\b)",
    # the verb, the part (or two), then the absence, in speech without "ne": "je sens mon zizi et autour de l anus
    # presque plus rien", "jsens mes fesses quasi plus"; not "plus que", not a pain that is gone
    r"\b(?:sens|sent|ressens|ressent|sentais|sentait) (?:(?!douleur|mal)\w+ ){0,3}?{AREA}\b(?: (?:et|ou|,) (?:\w+ ){0,4}?{AREA}\b)?"
    r" (?:(?:presque|quasi|quasiment|pratiquement|vraiment|carrement) )?(?:plus rien|plus|pas|rien)\b"
    r"(?! (?:que|qu|de (?:douleur|mal)|mal|la douleur)\b)",
    # un mot nie, puis un autre de la meme zone (session 16b): "mes fesses sont pas engourdies, elles sont mortes"
    r"\b{AREA} (?:\w+ ){0,2}?(?:pas|plus) (?:\w+ )?(?:engourdi\w*|endormi\w*|insensible\w*|fourmill\w*)\b"
    r"(?: ,| mais| elles?| ils?| c est| je| j)+ (?:(?!(?:pas|plus|jamais|rien|ne)\b)\w+ ){0,3}?{NUMB}\b",
    # s'essuyer et le papier semble loin (session 16b): "le papier semble loin quand je m'essuie"
    r"\b(?:papier|pq|mouchoir)\b(?: \w+){0,4}? (?:loin|lointai[n]|lointain[e]|eloign\w*|a des kilometre[s])\b(?: \S+){0,6}? {WIPING}\b",
    r"\b{WIPING}\b(?: \S+){0,8}? (?:ca|c est|ce est|tout|le papier|la peau|on dirait|comme si)(?: \w+){0,3}? (?:loin|lointai[n]|lointain[e]|eloign\w*)\b",
    # l'assise en image (session 16d): "comme si j'etais assise sur du carton", "comme si mes fesses etaient en carton"
    r"\bcomme si (?:j |je )?(?:etais|suis|serai[s]|etait) (?:assise?|assis|posee?) sur (?:du |un |une |de le |des )?(?:\w+ )?"
    r"(?:carton|polystyren[e])\b",
    # ... told as a feeling (session 21f): "sur la selle j'ai l'impression d'etre assis sur du carton", "on dirait que je
    # suis assise sur un bout de carton"
    r"\b(?:impression d etre|impression de etre|on dirait que (?:je|j) suis|comme) (?:assise?|assis) sur (?:du |un |une |de le |des )?"
    r"(?:(?:morcea[u]|bout|plaqu[e]|feuill[e]) (?:de |d )?)?(?:carton|polystyren[e])\b",
    r"\bcomme si (?:mes |mon |ma |les |le |la )?{AREA} (?:etaient|etait|est|sont) (?:en|faite?s? de|faite?s? en) (?:du |de le )?"
    r"(?:carton|bois|caoutchouc|plastiqu[e]|polystyren[e])\b",
    # s'essuyer sans savoir si on sent le papier (session 16d): "je sais pas si je sens le papier"
    r"\b(?:sais pas|sais plus|suis pas (?:sure?|certaine?)|unsure) (?:\w+ ){0,4}?(?:sens|sentais|ressens) (?:\w+ ){0,2}?(?:le |du )?"
    r"(?:papier|pq|papier toilette)\b",
    # la zone du siege en images (session 18a): s'essuyer comme a traver[s] un coussin, "comme si je m'essuyais a traver[s] un
    # coussin", "en m'essuyant on dirait une eponge" (pas "j'essuie le coussin": la comparaison est dite)
    r"\b(?:comm[e] si|comm[e] s|on dirai[t] que|on dirai[t]) (?:\w+ ){0,4}?essu(?:i|y)\w* (?:\w+ ){0,3}?(?:a traver[s]|avec|par|dans)"
    r" (?:un |une |des |du |mon |ma )?(?:\w+ )?(?:coussi[n]|oreille[r]|epong[e]|matela[s]|couett[e]|mouss[e])s?\b",
    r"\bessu(?:i|y)\w*\b(?: \w+){0,8}? (?:comm[e] si|comm[e] s|on dirai[t] que|on dirai[t]) (?:\w+ ){0,4}?(?:a traver[s]|avec|par|dans)"
    r" (?:un |une |des |du |mon |ma )?(?:\w+ )?(?:coussi[n]|oreille[r]|epong[e]|matela[s]|couett[e]|mouss[e])s?\b",
    # s'essuyer comme avec des gants (session 18d): "quand je m'essuie c'est comme essuyer a travers un gant"
    r"\bessu(?:i|y)\w*\b(?: \w+){0,8}? (?:comm[e] si|comm[e] s|on dirai[t] que|on dirai[t]|comm[e]) (?:\w+ ){0,4}?(?:a traver[s]|avec|par"
    r"|dans) (?:un |une |des |mon |mes |ma )?(?:\w+ )?(?:gan[t]|gant[s]|moufl[e]|moufle[s])\b",
    # pas sur que le papier touche: "je sais pas si le papier me touche", "impossible de dire si le pq me touche"
    r"\b(?:sais pas|sais plus|suis pas (?:sure?|certaine?)|unsure|impossibl[e] de dire|peux pas dire) (?:si|que) (?:le |du )?"
    r"(?:papier|pq|papier toilette) (?:\w+ ){0,2}?(?:touch\w*|effleur\w*|est la)\b",
    # l'assise pas sentie sous soi: "comme si la chaise etait pas la sous mes fesses", "le siege, comme s'il etait pas la"
    r"\b(?:comm[e] si|comm[e] s|on dirai[t] que|on dirai[t]) (?:la |le |ma |mon )?(?:chais[e]|siege|cuvette|lunette|sell[e]|banc"
    r"|tabour[e]t|canape|fauteui[l]) (?:n )?(?:etait|est|existait|exist[e]) (?:pas|plus) (?:la|la dessous)\b",
    r"\b(?:chais[e]|siege|cuvette|lunette|sell[e]|banc|tabour[e]t|canape|fauteui[l])\b(?: \S+){0,6}? (?:comm[e] si|comm[e] se?|on dirai[t]"
    r" que|on dirai[t]) (?:il|elle|ca|ce|c) (?:n )?(?:etait|est|existait|exist[e]) (?:pas|plus) (?:la|la dessous)\b",
    # engourdi comme par une piqure du dentiste, la zone dans l'image: "comme si tout en bas avait eu une piqure du
    # dentiste", "comme ta levre toute morte apres le dentiste, pareil mais en bas"
    r"\b(?:comm[e] si|comm[e] s|on dirai[t] que|on dirai[t]|comme) (?:\w+ ){0,3}?{AREA}\b(?: \w+){0,5}? (?:piqur[e]|anesthesi[e]"
    r"|injectio[n]) (?:\w+ ){0,2}?(?:du|chez le|de le) dentiste\b",
    r"\bdentiste\b(?: \S+){0,3}? (?:pareil|la meme chose|meme chose|idem) (?:mais |sauf )(?:\w+ ){0,2}?{AREA}\b"
    r"(?! (?:\w+ )?(?:ca va|va bien|vont bien|ok|normal\w*|pas de souci|aucun souci)\b)",
    # en s'essuyant, comme la main de quelqu'un d'autre: "en m'essuyant c'etait comme si c'etait la main de qqn d'autre"
    r"\bessu(?:i|y)\w*\b(?: \w+){0,8}? (?:comm[e] si|comm[e] s|on dirai[t] que|on dirai[t]|comme) (?:\w+ ){0,4}?(?:main|main[s]"
    r"|doig[t]|doig[t]s|peau|fesse|fesses|derriere) (?:de|d) (?:qq[n]|quelquu[n]|quelqu un|une autr[e] personn[e]|un autr[e])"
    r"(?: de autr[e]| autr[e])?\b",
)
#: l'assise sentie comme a travers une couche, les fesses comme sorties du frigo (session 31AE): "assis sur la chaise c'est comme
#: a travers une serviette epaisse", "comme s'il y avait un coussin entre mes fesses et le siege", "mon derriere on dirait qu'il
#: sort du congelateur", "je sens rien au contact du siege" (des fesses froides d'une marche froide, dites froides seulement, non)
_COUCHE_ENTRE = (r"(?:jean[s]|serviett[e]|serviette[s]|couverture[s]?|coussin[s]?|gant[s]|moufle[s]|couch[e]|couche[s]|epaisseu[r]|epaisseur[s]"
                r"|pantalo[n]|plai[d]|mouss[e]|matela[s]|cartons?|caoutchou[c]|doudoun[e]|combinaiso[n]|torchon[s]?|serviett[e] de bain)")
_SIEGE = (r"(?:chais[e]|chaise[s]|tabouret[s]?|sieg[e]|cuvett[e]|lunett[e]|banc|canap[e]|sell[e]|fauteui[l]|velo|toilettes?|wc|tron[e]|bol"
               r"|assise)")
SADDLE_PATTERNS += (
    rf"\b(?:assis|assise|assise[s]|assoi\w*|assied\w*|asseoir|asseyai\w*|assoye\w*|{_SIEGE})\b(?: \S+){{0,12}}? (?:comme|on dirai[t]|impressio[n])"
    rf" (?:\w+ ){{0,5}}?(?:a traver[s]|au traver[s]|au traver[s] de|par dessus|avec|sous) (?:un |une |des |du |de la |le |la |mon |ma |mes |deux |trois )?"
    rf"(?:\w+ ){{0,2}}?{_COUCHE_ENTRE}\b",
    rf"\b{{AREA}}\b(?: \S+){{0,10}}? (?:comme|on dirai[t]|impressio[n]) (?:\w+ ){{0,4}}?(?:a traver[s]|au traver[s]|au traver[s] de) (?:un |une |des |du |de la "
    rf"|le |la |mon |ma |mes |deux )?(?:\w+ ){{0,2}}?{_COUCHE_ENTRE}\b",
    rf"\b(?:comme si|comme s|on dirai[t] que|on dirai[t]|impressio[n] que|impressio[n] de) (?:\w+ ){{0,4}}?{_COUCHE_ENTRE} (?:\w+ ){{0,3}}?entre (?:mes |les |la |le |ma |mon )?"
    rf"(?:{{AREA}}|peau|{_SIEGE})\b",
    r"\b(?:ce |c )?(?:est |etait )?(?:pas|plus) (?:\w+ )?(?:mes|mon|ma|les|le|la) {AREA} (?:qui|que) (?:\w+ )?(?:touch\w*|repos\w*|appui\w*"
    r"|posee?s?|est assis\w*|sont assis\w*)\b",
    r"\b{AREA}\b(?: \w+){0,3}? (?:comme si|comme s|on dirai[t] que|on dirai[t]|comme|impressio[n] que|impressio[n] de) (?:\w+ ){0,4}?(?:sort\w*|sort[i]\w*"
    r"|tire\w*|venai\w*|vien\w*|revenai\w*|reste\w*|passe\w*) (?:\w+ )?(?:du|de le|de la|de un|dans le|au) (?:frig[o]|frigidair[e]|refrigerateu[r]"
    r"|congelateu[r]|conge[l]|freeze[r]|glacier[e])\b",
    rf"\b(?:sens|sent|ressens|ressent|sentais|sentait|senti) (?:\w+ )?(?:rien|plus rien|presque rien|quasi rien|pas grand chose|plus|pas) (?:du tout )?"
    rf"(?:au|le|du|de le|en) contac[t] (?:de |du |avec |de le |avec le |avec la )(?:la |le |ma |mon )?{_SIEGE}\b",
    rf"\b(?:assis|assise|assoi\w*|assied\w*|asseoir|{_SIEGE})\b(?: \S+){{0,14}}? (?:ne |n )?(?:sens|sent|ressens|ressent|sentais|sentait) (?:\w+ )?"
    rf"(?:rien|plus rien|presque rien|quasi rien|pas grand chose|plus|pas) (?:\w+ )?(?:au|le|du|de le) contac[t]\b",
)
#: ... la comparaison d'abord, la zone apres (session 31AI): "on dirait que mon derriere a passe la nuit au congelateur", "comme si
#: mes fesses venaient de sortir du frigo" (pas la nourriture sortie du frigo, pas "mes mains sont comme de la glace")
SADDLE_PATTERNS += (
    r"\b(?:comme si|comme s|on dirai[t] que|on dirai[t] qu|on dirai[t]|impressio[n] que|impressio[n] qu|comme) (?:\w+ ){0,2}?{AREA}\b(?: \w+){0,4}?"
    r" (?:sort\w*|tire\w*|venai\w*|vien\w*|revien\w*|revenai\w*|reste\w*|passe\w*|etai\w*|ete|avai\w*|dormi\w*) (?:\w+ ){0,3}?(?:du|de le|de la"
    r"|de un|dans le|dans un|dans la|au) (?:frig[o]|frigidair[e]|refrigerateu[r]|congelateu[r]|conge[l]|freeze[r]|glacier[e])\b",
)
#: le haut des cuisses engourdi ou cartonne (session 31AI): "le haut de mes cuisses est cartonne", "en haut des cuisses c'est tout
#: engourdi" (les deux cuisses, la ou elles rejoignent l'assise; pas "j'ai mal en haut des cuisses")
SADDLE_PATTERNS += (
    r"\b(?:le |en |au |dans le )haut (?:de |des |du )(?:mes |les |ses |mon |deux )?(?:cuisses|crotchzone)\b(?: ,)?(?: (?!(?:mal|douleur\w*|pas|plus|jamais)\b)\w+){0,5}?"
    r" {NUMB}\b",
    r"\bcuisses (?:tout |bien |tres )?(?:en haut|la haut|vers le haut)\b(?: ,)?(?: (?!(?:mal|douleur\w*|pas|plus|jamais)\b)\w+){0,5}? {NUMB}\b",
    r"\b{NUMB}\b(?: \w+){0,3}? (?:dans le |en |au )haut (?:de |des )(?:mes |les |ses |deux )?cuisses\b",
)
#: la zone nommee, puis une virgule et une comparaison qui la reprend (session 25Y): "ma fesse droite, on dirait qu'elle dort",
#: "ma fesse gauche, j'ai l'impression qu'elle est morte", "mon derriere, comme s'il dormait" (pas de negation entre)
SADDLE_PATTERNS += (r"\b{AREA}(?: (?:gauch[e]|droit[e]|droi[t]|du bas))? , (?:on dirai[t]|comm[e]|j ai le impressio[n]|j ai impressio[n]|impressio[n])"
                    r" (?:que |qu |si |s )?(?:il|elle|ils|elle[s]|ca|ce|c) (?:est |sont |etai[t] |etaien[t] )?(?:(?!(?:pas|plus|jamai[s]|aucune?|ne|n)\b)\w+ ){0,2}?"
                    r"(?:{NUMB}|mort[e]?s?|dor[t]|dormen[t]|dormai[t]|dormaien[t]|endorm[i]\w*)\b",)
#: la zone nommee, puis apres une virgule une image de pas a moi, ou appuyee dessus et rien sentie (session 34P): "mes fesses sont
#: bizarres, comme si c'etait pas a moi", "mon derriere est etrange, qd je le pince je sens quasi rien" (pas de jambe entre)
_P34_NOLEG = r"(?:jambes?|pieds?|mollets?|genou[x]?|orteil[s]?)"
SADDLE_PATTERNS += (
    r"\b{AREA}\b(?: (?!" + _P34_NOLEG + r"\b)(?:\w+|,)){0,12}? , (?:(?!" + _P34_NOLEG + r"\b)\w+ ){0,3}?(?:comm[e] si|comm[e]|genr[e]"
    r"|on dirai[t] que|on dirai[t]) (?:\w+ ){0,3}?(?:pas|plus|pu) (?:vraimen[t] |tout a fait |du tout )?(?:a moi|les mienne[s]|les mien[s]"
    r"|le mie[n]|la mienn[e])\b(?! de\b)",
    r"\b{AREA}\b(?: (?!" + _P34_NOLEG + r"\b)(?:\w+|,)){0,12}? (?:\w+ ){0,2}?(?:(?:appui\w*|appuy\w*|touch\w*"
    r"|pinc\w*|tapot\w*|press\w*) (?:\w+ )?(?:dessus|dedans)|(?:les|la|le|l) (?:appui\w*|appuy\w*|touch\w*|pinc\w*|tapot\w*|press\w*))\b"
    r"(?: (?!" + _P34_NOLEG + r"\b)\w+){0,6}? {NUMB}",
)
#: a sentence that opens on "the same but" goes on the one before it (session 18a): "comme ta levre toute morte apres le
#: dentiste ? pareil mais en bas" (bot/reading/redflags.py _reading)
SAME_BUT = ("pareil mais", "pareil sauf", "la meme chose mais", "meme chose mais", "idem mais")
#: ... et une qui s'ouvre sur une restriction a un moment (session 26H): "mon dos me reveille la nuit. seulement quand je me retourne"
ONLY_WHEN = (r"(?:mais |et )?(?:ce est |c est |cest |c )?(?:seulement|uniquement|que) (?:quand|lorsque|lorsqu|si|au moment ou) (?:j|je|ca|il)",)
#: a sentence cut off after a hedge goes on in the next one (session 19k): "mes fesses c'est genre... pas la ?"
#: (bot/reading/redflags.py _reading)
TRAILING_HEDGE = ("genre", "comme qui dirait", "un peu comme")
#: une question nue sur un mal de dos et un cancer, le "?" pour tout verbe (session 19g): "mal de dos c un cancer ?", "c'est un
#: cancer ce mal de dos ?" (bot/reading/redflags.py normalise; un cancer a soi dit reste: "j'ai eu un cancer du sein")
BARE_QUESTIONS = (
    (r"\b(?:le |un |une |du |la |ma |mon )?(mal (?:de|au) dos|lombalgie|sciatique|douleurs? (?:de|du|au) dos) *(?:=|c'est|c est|cest|c|ce serait|serait|est"
     # ... ou cause par lui (session 27M): "mal de dos a cause d'un cancer ?", "douleur au dos due a une tumeur ?"
     r"|->)? *(?:(?:a cause d'|a cause d |a cause de |a cause du |due? a |dus a |cause par |causee par |venant d'|venant d |d'|d )"
     r"*(?:un |une )?)?(?:un |une |du )?(cancer|tumeur)\s*", r"le mal de dos est un \2 "),  # (one wording: "le douleur" read no question)
    (r"\b(?:c'est|c est|cest|c|ce serait|serait ce|est ce) *(?:un |une |du )?(cancer|tumeur) *(?:ce |mon |le |ces |mes |cette )"
     r"(mal (?:de|au) dos|lombalgie|sciatique|douleurs? (?:de|du|au) dos)\s*", r"le \2 est un \1 "),
)

# ---- fever ----
HIGH = ("forte", "haute", "grosse")
TEMPERATURE_WORD = ("temperature", "fievre")
A_TEMPERATURE = ("de la temperature", "de la fievre")
FEVER_WORD = ("fievre", "temperature", "temp")
DEGREES = ("degres", "degre")
HAVE_NUMBER = ("ai", "fais", "fait", "suis a", "monte a")
FEEL_HOT_COLD = ("ai", "sens", "suis")
#: "toujours" avant un degré entier: "je tremble plus mais toujours 38" (pas "toujours 38 semaines")
STILL_AT = ("toujours", "toujours a", "encore", "encore a", "toujours vers", "encore vers")
#: à quoi sert un médicament, avant le mot fièvre: "le nurofen c'est juste pour la fièvre ?"
FEVER_PURPOSE = (r"(?:juste|seulement|que|surtout|uniquement) (?:pour|contre)(?: la| une| de la)?",)
NOT_TEMPERATURE = ("kilos", "kilo", "kg", "ans", "euros", "semaines", "minutes", "heures", "cm",
                   "jour[s]", "fois", "comprime[s]", "mg", "seance[s]", "patient[s]", "personne[s]", "point[s]", "km")
#: le Fahrenheit n'est pas francais (le TEMP_AT anglais le lit)
TEMP_AT: tuple = ()
#: un degre entier dit comme sa propre temperature (session 35A): "j'ai 39 ce matin", "je suis a 39", "je tourne autour de 39"
#: (pas "j'ai 39 ans": NOT_TEMPERATURE; pas "je fais du 38": une pointure)
HAVE_WHOLE = ("ai", "avai[s]", "suis a", "etai[s] a", r"(?:suis |etai[s] )?monte[e]? a", r"(?:tourn[e]|tournai[s]) (?:autou[r] de|a)")
#: ce qui peut suivre ce degre entier (sinon il compte des choses: "j'ai 40 cartons a porter")
AFTER_WHOLE = ("et", "avec", "mais", "depui[s]", "hier", "ce mati[n]", "cette nuit", "ce soir", "aujourd hui", "maintenant", "degre[s]", "de fievre", "de temperature")
NOT_AFTER_WHOLE: tuple = ()  # "j'ai (41)" would be followed by "ans"
#: un demi degre: "38 et demi"
AND_A_HALF = ("et demi", "et demi[e]")
#: un age, juste avant le nombre (l'age se dit avec "ans": NOT_TEMPERATURE)
AGE_BE: tuple = ()
HOT_AND_COLD = ("chaud et froid",)
HOT_THEN_COLD = ("chaud puis froid",)
ALL_DAY = ("toute la journee", "toute la nuit", "tout le temps")
#: wet by something else than the bladder or sweat
WET_BY = ("bouillotte", "pluie", "douche", "bain", "piscine", "verre", "tasse", "bouteille",
          # wiping after the toilet: the toilet word is where one wipes, not the bladder (issue 13)
          r"(?:essuie|essuies|essuye|essuyer|essuyant) (?:apres|aux|a la|au) (?:avoir fait |etre )?(?:le |la |les |mon |ma |un )?"
          r"(?:pipi|caca|toilettes?|wc|selles?)")
SWEAT = ("sueur", "sueurs", "transpir\\w*")
WET_BED_PATTERNS: tuple = ()
#: la fievre elle-meme absente maintenant, apres un signe au passe ("j'ai eu la grippe il y a un mois mais plus de fievre
#: maintenant", lu "mais pas de fievre maintenant"; bot/reading/redflags.py _GONE_NOW): seulement avec un PAST_CUES avant
FEVER_GONE_NOW = (  # le thermometre muet maintenant (session 19j): "plus rien au thermometre", "le thermometre affiche plus rien"
                  # redescendue, a une mesure normale (session 19m): "maintenant c'est redescendu, 36,8 hier soir et ce matin",
                  # "c'est retombe a 37 depuis hier" (pas "redescendu a 38,5")
                  r"(?:(?:ce|c|ca|elle|la fievre|la temperature) )?(?:est|a|etait) (?:\w+ )?(?:redescendue?|retombee?|baissee?)"
                  r"(?! (?:\w+ )?(?:a|vers|jusqu a) (?:3[89]|4\d))",
                  r"(?:redescendue?|retombee?|baissee?) (?:a|vers) (?:3[56](?:point\d+)?|37(?:point[0-4]\d*)?)\b",
                  r"(?:3[56]point\d+|37point[0-4]\d*)(?: degres)? (?:hier soir|depuis hier|hier)\b",
                  r"plus rien (?:au|sur le) thermometre", r"(?:le )?thermometre (?:affiche |indique |dit |montre |marque )?(?:plus rien|rien"
                  r"|normal|3[67](?:point\d+)?)",
                  r"(?:pas|plus) de (?:fievre|temperature) (?:maintenant|actuellement|en ce moment|aujourd hui|depuis)",
                  # ... aucune, du tout (session 37D): "plus du tout de fievre depuis lundi", "plus aucune fievre depuis", "pas de fievre
                  # du tout depuis dimanche", "depuis lundi plus de fievre du tout" (une fievre au passe avant: PAST_CUES)
                  r"(?:(?:pas|plus) (?:du tout de |de |aucune )|aucune )(?:fievre|temperature) (?:du tout )?(?:maintenant|actuellement"
                  r"|en ce moment|aujourd hui|depuis)",
                  r"depuis \w+(?: \w+)? (?:je n ai |j ai |je ai )?(?:(?:pas|plus) (?:du tout de |de |aucune )|aucune )(?:fievre|temperature)\b",
                  # une lecture normale au thermometre (session 19h; la fievre seule): "le thermometre est revenu a 36,8"
                  r"thermometr\w*(?: \w+){0,4}? 3[5-7](?:point\d+)?(?! ?(?:kilos?|kg|ans|heures?|euros?|cm|minutes|semaines)\b)",
                  # une mesure normale maintenant (session 16b): "j'avais de la fievre, 36,7 ce matin"
                  r"(?:plus que |seulement )?(?:3[56]point\d+|37point[0-4]\d*)(?: degres)? (?:ce matin|aujourd hui|maintenant|ce soir)",
                  # ... le temps d'abord (session 27M): "j'avais un peu de fievre mais la 36,9", "maintenant j suis a 36,6"
                  r"(?:la|maintenant|aujourd hui|ce matin|ce soir|desormais)(?: c est| j suis| je suis| j ai| ca fait| elle est| on est)?"
                  r" (?:a |plus que |seulement |juste |de nouveau |a nouveau |redescendue? a )*(?:3[56]point\d+|37point[0-4]\d*|3[67](?= degres\b| ?[,.]|$))",
                  r"(?:maintenant|actuellement|en ce moment|aujourd hui) (?:j ai |je ai )?(?:pas|plus) de (?:fievre|temperature)",
                  r"(?:fievre|temperature) (?:est )?(?:\w+ )?(?:partie|passee|tombee|disparue|retombee)",
                  # "j'avais 39 de fievre la semaine passee, maintenant plus rien"
                  r"(?:maintenant|actuellement|en ce moment|aujourd hui|depuis) (?:c est |ce est |c |ca est )?(?:plus rien|fini|finie"
                  r"|termine|terminee|passe|passee|parti|partie)(?= ,| \.|$)",
                  # remis apres la fievre (session 25F1): "je me sens de nouveau d'attaque", "je suis enfin sur pied", "me revoila
                  # en forme" (la fievre elle-meme au passe dans sa proposition: PAST_CUES)
                  r"(?:je me sens|me sens|je suis|suis|me revoila|me voila|je me suis) (?:de nouveau |a nouveau |enfin |completement |tout a fait "
                  r"|bien |deja )*(?:de attaque|d attaque|sur pied|sur mes pieds|retapee?|requinquee?|remise? sur pied|guerie?|en pleine forme"
                  r"|d aplomb|de aplomb)\b",
                  r"(?:je me sens|me sens|je suis|suis|me revoila|me voila) (?:de nouveau|a nouveau|enfin) (?:bien|en forme|moi meme|comme avant)\b")
#: un signe au passe: "j'ai eu", "il y a un mois", "la semaine passee"
PAST_CUES = ("ai eu", "avais", "avait", "il y a", "passee", "passe", "dernier", "derniere", "etait", "etais",  # "j etais a plat avec de la fievre" (session 16d)
             # a stretch told closed (session 19m): "39 de fievre pendant 3 jours. maintenant c'est redescendu"
             r"pendant (?:\d+|deux|trois|quatre|cinq|quelques) (?:jours|nuits)")
#: a sign over and done with: "j'ai eu de la fievre mais c'est passe"
RESOLVED = (r"(?<!comme si )(?<!on dirait que )(?<!dirait que )(?:ce|c|ca|elle|il) (?:est|etait|a ete) (?:(?!pas|plus|jamais|presque|pas encore)\w+ )?(?:passee?|partie?|fini|finie|termine|terminee|disparue?)"
            r"(?! (?:quand|bientot|un jour|ou pas))",  # "c'est fini quand ?" asks
            r"(?:passee?|partie?|disparue?|(?:re)?tombee?) depuis",
            # fini il y a longtemps (session 30AC): "c'est de l'histoire ancienne", "c'est de l'histoire ancienne maintenant"
            r"(?:ce|c|ca|cela) (?:est|etait) (?:bien |deja )?(?:de le|de l|d l|de la) histoire ancienne",
            # des fourmis passees en minutes (session 27N): "parti apres une minute", "passe au bout de deux minutes"
            # (the street reading makes "bout" the English "about": "au about de")
            r"(?<!pas )(?:passee?s?|partie?s?|disparue?s?) (?:en|apres|dans|au a?bout de?) (?:\w+ ){0,2}?(?:secondes?|minutes?|mins?)\b",
            r"revenue? a la normale|redevenue? normale?|gueri\w*",
            # chat drops the "est": "c fini depuis longtemps", "c termine", "ca fini" (issue 13)
            r"(?:c|ca) (?:(?!pas|plus|jamais|presque)\w+ )?(?:fini|finie|termine|terminee)(?! (?:quand|bientot|un jour|ou pas))",
            r"(?:fini|finie|termine|terminee) depuis (?:longtemps|\w+ (?:jours?|semaines?|mois))",
            # derriere moi, une temperature normale (session 18): "c'est derriere moi depuis vendredi, temperature normale"
            r"(?:ce|c|ca|tout ca|elle|il) (?:est|etait) (?:\w+ )?derriere moi",
            r"(?:temperature|temp) (?:est |etait )?(?:redevenue |revenue |de nouveau |bien |tout a fait )?normale?\b")
#: a sentence that takes the sign up again ("... 39 et des frissons. C'est derriere moi depuis vendredi";
#: bot/reading/redflags.py _RESOLVED_OPENING): read with the sentence before it
RESOLVED_OPENS = (r"(?:mais |et |maintenant |la |aujourd hui )?(?:ce|c|ca|cela|elle|il|tout ca|tout)",
                  r"(?:mais |et )?(?:la |ma |cette )?(?:fievre|temperature|grippe)", r"(?:mais |et )?(?:les |mes |ces )?frissons",
                  # un jour nomme d'abord (session 41L): "samedi soir j'avais 38,2. dimanche c'etait fini", "... dimanche midi plus rien"
                  r"(?:mais |et |puis |des |le )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lendemain)"
                  r"(?: matin| midi| soir| apres midi)?")
#: une maladie dite finie, nommee ensuite dans une question (session 19j; bot/reading/redflags.py _asked_again): "c'est passe
#: depuis vendredi. c'est la grippe qui traine vous pensez ?"
ILLNESS_WORDS = ("grippe", "etat grippal", "syndrome grippal")
#: le signe nomme de nouveau comme celui d'avant, deja fini (session 24T; bot/reading/redflags.py _asked_again): "la fievre de la
#: semaine passee", "la fievre que j'ai eue"
REFERRED_PAST = (r"(?:de|d) (?:la semaine|le mois|le week end|le weekend|l autre semaine) (?:passee|passe|derniere|dernier)",
                 r"(?:de|d) (?:l autre jour|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|avant hier|avant|ce moment la)"
                 r"(?! (?:soir|matin) (?:encore|toujours)\b)", r"(?:de|d) (?:il y a|y a) (?:\w+ ){0,2}?(?:jours|semaines?)",
                 r"(?:que|qu) (?:j|je) (?:ai|avais) (?:eu|eue)\b", r"(?:de|d) (?:la|cette) (?:grippe|gastro)")
ASKED_AGAIN = (r"vous pensez", r"tu penses", r"vous croyez", r"tu crois", r"possible que", r"se peut il", r"ca peut etre",
               r"pourrait etre", r"qui train\w*", r"encore la grippe",
               # les courbatures qui restent, ou autre chose (session 22I): "c'est les courbatures de la grippe ou autre chose ?"
               r"ou (?:bien |c est |ce est |alors )?(?:autre chose|quelque chose d autre|quelque chose de (?:grave|plus grave|serieux))",
               r"(?:courbature[s]|reste[s]|sequelle[s]) de",
               # "c'est normal apres la grippe ?" (session 20b)
               r"(?:normal|courant|habituel|frequent) apres", r"(?:les )?suites? de",
               # "est-ce que ca peut etre la grippe qui revient par le dos ?" ("peut-etre" est lu "unsure"; session 21e)
               r"(?:ca|ce|cela|c) unsure", r"est ce que (?:ca|ce|cela|c)",
               # la grippe demandee comme cause (session 25F1): "ca peut venir de la grippe ?", "c'est a cause de la grippe ?", "la
               # grippe peut faire ca ?"
               r"(?:a cause de|du a|due a|causee? par|venir de|vient de|viendrait de|provient de|lie a|liee a|suite a) (?:la |cette |ma |une )?grippe\b",
               r"(?:la |cette |ma )?grippe (?:peut|pourrait|a pu|ca peut|donne|donnerait|fait|ferait)\b",
               # la grippe demandee comme jouant un role (session 34R): "la grippe joue encore un role ?", "la grippe y est pour quelque
               # chose ?", "ca a quelque chose a voir avec la grippe ?"
               r"jou\w* (?:encore |toujours |aussi |peut etre )?(?:un )?role", r"(?:y est|y serait|y soit) pour quelque chose",
               r"(?:quelque chose|rien) a voir")
#: la fievre elle-meme dite finie, sans passe (session 20b; bot/reading/redflags.py _OVER_NOW): "je suis sans fievre depuis
#: vendredi", "plus de fievre depuis vendredi" (pas "pas sans fievre")
FEVER_OVER = (r"(?:(?:depuis|des) \w+ (?:\w+ )?)?(?:je suis |j suis |suis |je reste |je suis reste |je suis restee )?(?:de nouveau |a nouveau "
              r"|enfin |completement )?(?<!pas )(?<!plus )(?<!jamais )sans (?:\w+ )?(?:fievre|temperature)"
              r" (?:depuis|maintenant|desormais|a nouveau|de nouveau)\b",
              r"(?:depuis|des) \w+ (?:\w+ )?(?:je suis |j suis |suis )?(?:de nouveau |a nouveau |enfin |completement )?(?<!pas )(?<!plus )"
              r"sans (?:\w+ )?(?:fievre|temperature)\b",
              # la fievre nommee partie, un jour dit ou non (session 22I): "depuis lundi la fievre est partie", "ma fievre a
              # completement disparu" (pas "la fievre est pas partie", "est tombee a 38")
              r"(?:(?:depuis|des) \w+ (?:\w+ )?)?(?:la |ma |cette )?(?:fievre|temperature) (?:est|a|s est|se est) (?:(?:completement|bien|enfin"
              r"|totalement|deja|maintenant) )?(?:partie|passee|disparue|disparu|finie|terminee|envolee)\b",
              # cassee (Quebec) ou tombee, un jour dit ou la phrase finie (session 23L): "la fievre a casse dimanche", "ma fievre est
              # tombee depuis jeudi" (pas "la fievre ne tombe pas", "tombee a 38", "un peu tombee", une fievre revenue)
              r"(?:(?:depuis|des) \w+ (?:\w+ )?)?(?:la |ma |cette )?(?:fievre|temperature) (?:est|a|s est|se est) (?:(?:completement|bien|enfin"
              r"|totalement|deja|maintenant) )?(?:cassee?|retombee?|tombee?)(?= (?:depuis|des|hier|avant hier|lundi|mardi|mercredi|jeudi"
              r"|vendredi|samedi|dimanche|il y a|ce matin|cette nuit|la semaine)\b| ?[,.]|$)(?!(?: \S+){0,15}? {RECURRED}\b)")
RECURRED = (r"(?<!thermometre est )(?<!thermometre )(?<!temperature est )revenue?(?! (?:au|a la|a l|a mon|a ma|en) (?:travail|boulot|bureau|taf|ecole|sport|gym|forme|normale?)\b)",  # the reading back is no sign back (19h)
            # ... pas la vie reprise (session 31AF): "je suis revenu au travail", "j'ai recommence le sport"
            r"recommence(?! (?:le |la |les |l |a |mon |ma )?(?:travail|boulot|taf|sport|cours|ecole|travailler|bosser|courir|marcher|nager|gym|velo)\b)",
            # pas le mieux retrouve (session 24W): "je me sens de nouveau bien", "je suis a nouveau en forme"
            r"(?:de|a) nouveau(?! (?:bien|mieux|en forme|normal|normale|d attaque|de attaque|ok|oke|sur pied|sur mes pieds|au top|en pleine forme"
            r"|en bonne sante|d aplomb|de aplomb|retapee?|requinquee?|gaillarde?|guerie?|capable|moi meme|comme avant|la peche|operationnel\w*)\b)",
            # il en reste du signe lui-meme: "mais encore un peu", "c'est encore la", "ca va et ca vient"
            r"(?:encore|toujours) un peu(?= ,| \.|$)",
            # "c'est encore la" (la = la), not the article: "c'est encore la grippe ?" (session 19m)
            r"(?:est|sont) (?:encore|toujours) la\b(?! (?:grippe|fievre|meme|suite|faute|cause|crise|douleur|temperature|covid)\b)",
            r"(?:encore|toujours) (?:un peu )?(?:des )?(?:fourmi\w*|engourdi\w*|picote\w*)", r"(?:ca|ce) va et (?:ca|ce) vient",
            # ... encore et encore (session 33J): "passe en une minute mais ca revient sans arret", "ca se repete tous les jours"
            r"(?<!thermometre )(?<!temperature )revien(?:t|nent)(?! (?:au|a la|a l|a mon|a ma|en) (?:travail|boulot|bureau|taf|ecole|sport|gym|forme|normale?)\b)",
            r"(?:ca|cela|ce|c) (?:se )?(?:repete|reproduit)", r"encore et encore", "sans arret")
#: la sensation elle-meme partie est une perte de sensibilite, pas une guerison: "la sensibilite est partie"
RESOLVED_NOT_AFTER = ("sensibilite", "sensation", "sensations")
#: "38 degres dehors" is the weather
WEATHER = ("dehors", "canicule", "chaleur", "soleil", "meteo", "il fait", "bain", "eau")
HOT_COLD_THINGS = ("poche", "poches", "bouillotte", "compresse", "compresses", "glace", "coussin")
SICK = ("malade",)
SICK_OF = ("de ce", "de cette", "de ces", "de tout")
#: "malade" comme "tres" avant la douleur (session 30AC, comme "my back is sick sore", "het doet ziek pijn"): le francais ne le dit pas
#: ainsi ("un mal de malade", "un mal de chien" ne sont pas des mots de fievre)
SICK_AS_ADVERB: tuple = ()
SICK_SELF = (r"(?:suis|sens|sentais|senti|etais)",)
#: les autres qui demandent ou pensent qu'on est malade, juste avant le mot: pas de fievre dite (session 30Z; bot/reading/redflags.py
#: _SICK_ASKED): "les voisins demandent si je suis malade", "on me demande si je suis malade", "mes collegues pensent que je
#: suis malade" (pas "je me demande si je suis malade", "je pense que je suis malade": les siens)
SICK_ASKED = (r"(?<!\bj )(?<!\bje )(?<!\bj me )(?<!\bje me )(?<!\bj m )(?<!\bj ai )(?:demande|demandes|demandent|demandait|demandaient|demander"
              r"|pense|pensent|pensait|pensaient|croit|croient|croyait|croyaient)(?: \w+){0,2}? (?:si|s|que|qu) (?:j|je)",)
HOT_COLD = ("chaud et froid",)
_NOT_A_UNIT = (r"(?! (?:kilo[s]?|kg|ans|minute[s]?|min|heure[s]?|h|jour[s]?|semaine[s]?|foi[s]|pou[r] ?cent|euro[s]?|metre[s]?|km|pas|personne[s]|comprime[s]|mg)\b)")
FEVER_PATTERNS = (
    # une temperature nue qui revient (session 24W): "encore 39 cette nuit", "de nouveau 38,5" (pas "encore 40 minutes")
    r"\b(?:encor[e]|de nouvea[u]|a nouvea[u]|remonte[e]? a|repasse[e]? a) (?:a )?(?:3[89]|4[0-2])(?:point\d+)?\b" + _NOT_A_UNIT,
    r"\bfiev\w*|\bfebri\w*|\bsyndrome febrile\b|\bhyperthermi\w*",
    r"\bfrisson\w*|\bgrelott\w*|\bclaque des dents\b",
    # des frissons dits par les couvertures (session 19g): "je tremblais sous deux couettes puis trempee", "je claquais des
    # dents sous la couette"
    r"\b(?:trembl\w*|claqu\w* des dents) (?:\w+ ){0,2}?sous (?:(?:la|le|les|ma|mon|mes|deux|trois|quatre|\d+) )?(?:\w+ )?"
    r"(?:couettes?|couverture[s]?|plaid[s]?|edredon[s]?)\b",
    # ce que le thermometre affichait, avec une decimale (session 18f): "elle m'a mis le thermometre et il affichait 38,7"
    r"\b(?:il|ca|elle|thermometr[e]) (?:affich\w*|indiqu\w*|disai[t]|dit|marqu\w*) (?:\w+ )?(?:3[89]|4[0-2])point[0-9]\b",
    r"\bsueurs? (?:nocturnes?|froides?|la nuit|toute la nuit)\b|\btranspir\w* (?:\w+ ){0,3}?(?:la nuit|nuit|toute la nuit)\b",
    # Belgian "j'ai de la temperature" is fever
    r"\b(?:ai|a|avais|avait|fais|fait|faisais|avoir) (?:de la |un peu de |une |un peu |encore de la )(?:temperature|temp)\b",
    r"\b(?:3[89]|4[0-2])(?:point\d+)? (?:de |degres de |degres )?(?:temperature|fievre|temp)\b",
    r"\betat grippal\b|\bsyndrome grippal\b|\bgrippe\b|\balteration de le etat general\b",
    # le corps chaud, la fievre en Afrique de l'Ouest (session 23Q): "le soir le corps chauffe", "j'ai le corps chaud", "mon corps
    # est tout chaud" (pas "pas de corps chaud": la negation; pas l'echauffement du sport)
    r"\b(?:le|mon|son|du) corps (?:me |lui )?(?:chauffe|chauffait|chauffent|brul[e]|brulai[t]|est (?:\w+ )?chaud|etait (?:\w+ )?chaud)\b"
    r"(?! (?:a le |a l |avec le |pendan[t] le |pour le |au |du |de le )?(?:echauff\w*|effort|sport|exercic[e])\b)",
    r"\b(?:ai|a|avais|avait|avoir|j ai) (?:le|du) corps (?:\w+ )?chaud\b",
    r"\b(?:me sens|me sentais|suis|suis vraiment|suis tres) (?:tres |vraiment |super |hyper |completement )?(?:malade|fievreu\w*|mal fichue?)\b(?! de\b)",
)

# ---- progressive weakness ----
LEGWORD = ("jambe", "pied", "genou", "cheville")
WORSE = ("pire",)
SO_THAT = ("pour que", "sinon")
SIDE = ("droit ", "gauche ")
FOOT_WORD = ("pied", "pieds")
FOOT_NOT = ("ne ",)
CATCHES = ("accroche", "traine", "racle", "bute")
WEAKER = ("plus faible", "plus faibles")
WEAKER_MORE = ("faible", "faibles", "mou", "molle")
EVERY_PER = ("chaque", "tous les")
DAYS = ("jour", "jours", "semaine")
EACH = ("chaque",)
DAY_OR_WEEK = ("jour", "semaine")
THAN = ("que", "qu")
#: not "avant" alone: "plus faibles qu'avant" compares with before, it tells no course (COMPARED_BEFORE; as "weaker
#: than before", "zwakker dan vroeger")
BEFORE_TIME = ("hier", "la semaine passee", "la semaine derniere", "avant hier")
GRADUALLY = ("de plus en plus", "progressivement", "petit a petit", "peu a peu")
PARALYSED = (r"paralys\w*",)
#: la paralysie demandee ou crainte comme possibilite (session 26, lead: "est-ce que je peux rester paralyse si ...?") :
#: les mots de sa proposition avant le mot. Le check pose de toute facon les questions des jambes.
PARALYSIS_FEARED = (r"\b(?:je|j|on|tu) (?:peux|peut|pourrais|pourrait|risque|risques) (?:de |d )?(?:\w+ ){0,2}?"
                    r"(?:rester|devenir|etre|finir|me retrouver|se retrouver)$",
                    r"\b(?:peur|crainte|angoisse) (?:de|d|que) (?:je |j )?(?:\w+ ){0,2}?(?:rester|devenir|etre|finir|reste|devienne|sois)$")
DAY_BY_DAY = ("de jour en jour", "jour apres jour")
WEAK_START = (r"faible|faiblarde?|molle?|sans force",)
#: a leg that gives way now and then: with a stable course told ("mais c'est exactement pareil, pas pire") no worsening
#: (session 16b; bot/reading/redflags.py _gives_way_unchanged)
#: une glissade, puis le pied parti sous soi: la glissade, pas une jambe qui lache (session 21c)
SLIPPED = (r"glisse", r"glissee", r"derape", r"derapee",
           # une chute dans l'escalier ou sur le verglas dite d'abord (session 24): "je suis tombe dans l'escalier, mes jambes sont
           # parties sous moi"
           r"tombee? (?:\w+ ){0,3}?(?:escalier[s]?|echell[e]|marche[s]?|vergla[s]|glac[e]|trottoi[r])")
SLIP_CAUSE = ("parce", "car", "comme")  # "parce que" as the normaliser writes it
#: a cause told between the slip and the feet that went: the legs gave way first, the sign stays (session 23)
SLIP_CAUSE = ("parce", "car", "comme")  # "parce que" as the normaliser writes it
#: (session 23: the determiner may fall outside the match of the both-legs rules, "pieds se sont derobes", and nothing
#: need follow the verb)
SWEPT_FROM_UNDER = (r"(?:(?:(?:mon|le|mes|les|deux) )?pieds? (?:\w+ )?(?:est|sont) (?:parti|partis)|(?:(?:mon|le|mes|les|deux) )?pieds? (?:se sont |s est )?derobe?e?s?)(?: sous moi)?",)
#: a thing that went from under the patient, named just before: the thing, not the legs (session 44X; bot/reading/redflags.py
#: _swept_by_slip): "l'echelle s'est derobee sous moi"
SWEPT_THING = (r"echell[e]", r"chais[e]", r"tabour[e]t", r"escabea[u]", r"vel[o]", r"scoote[r]")
SWEPT_LEG = (r"jambes?", r"genoux", r"genou", r"pieds?")
#: les pieds partis, puis une prise dite apres: presque tombe (session 24W)
SWEPT_FEET = (r"pieds", r"pied")
CAUGHT_AFTER = (r"rattrapee?s?", r"rattraper", r"retenue?s?", r"retenir", r"raccrochee?s?", r"accrochee?s?", r"agrippee?s?",
                r"cramponnee?s?", r"tenue? (?:a|au|aux) ")
GIVES_WAY = (r"lache|lachent|se derobe|se derobent|flanche|flanchent|cede|cedent",
             # ... qui plie tout seul (session 38D; WORSENING_PATTERNS)
             r"plie|plient|pliait|flechit|flechissent",)
#: feet slid along the steps, no fall (session 17a): "je glisse des pieds sur les marches"
_FEET_SHUFFLE = r"(?! (?:des|les|mes|avec les|avec mes) pieds\b)"
#: la chaussee ou le corps s'est retrouve apres une chute (session 30Z; TRAUMA_PATTERNS "je me suis retrouve sur le trottoir")
_STREET = (r"(?:trottoi[r]|trottoir[s]|chausse[e]|bitum[e]|goudro[n]|canivea[u]|caniveau[x]|pave[s]|asphalt[e]|bordur[e]|bord[u]re de trottoi[r]"
               r"|pist[e] cyclabl[e]|rout[e](?! (?:de|des|du|d|pour|vers|national[e])\b))")
#: les grosses betes et les charges qui coincent ou ecrasent, et ce contre quoi (session 30Z)
_BEAST = r"(?:vach[e]|vache[s]|cheva[l]|chevau[x]|jumen[t]|taurea[u]|taureau[x]|boeu[f]|boeuf[s]|bete|bete[s]|genisse[s]?|etalo[n]|ane|mule|pone[y]|bovin[s]?|bestia[u]x)"
_HARD_SURFACE = (r"(?:(?:le|la|les|l|un|une|sa|son|ses|mon|ma|mes|cette|ce|des|deux) )?(?:\w+ )?(?:barrier[e]|barriere[s]|mur|mure[t]|murs|portai[l]|port[e]|clotur[e]"
             r"|grill[e]|barreau[x]|box|stall[e]|cornadi[s]|potea[u]|paro[i]|camio[n]|remorqu[e]|tracteu[r]|voitur[e]|so[l]|rambard[e]|ramp[e]"
             r"|palissad[e]|encl[o]s|etabl[e]|ecuri[e]|aug[e]|mangeoir[e]|palett[e]|palette[s]|charg[e]|poutr[e]|armoir[e]|quad|enclo[s]"
             # (session 40C : les barres, un tube, un piquet, le grillage : "serree contre les barres du couloir")
             r"|barr[e]|barre[s]|tub[e]|tube[s]|tuya[u]|piquet[s]?|grillag[e]|cornadi[s]|"
             + _BEAST[3:-1] + r")")
#: ce qui a heurte le patient sur la route ou la piste (session 31AJ): un vehicule ou son conducteur (pas "car", la conjonction)
_VEHICULE = (r"(?:voiture|auto|camion|camionnette|moto|scooter|velo|cycliste|motard|bus|autoca[r]|tram|taxi|fourgo[n]|fourgonnett[e]"
                 r"|vehicul[e]|trottinett[e]|skieu[r]|tracteu[r]|chauffar[d]|conducteu[r]|automobilist[e]|bagnol[e]|mobylett[e])")
TRAUMA_PATTERNS = (
    # une chute en mots de la rue (session 24T): "j'ai fait un vol plane", "je me suis pris le trottoir", "je me suis mange une marche"
    r"\b(?:fait|fais|faire) un (?:beau |gros |sacr[e] |joli |vrai )?vol plan[e]\b",
    r"\b(?:me|m) suis (?:\w+ )?(?:pris|pris[e]|mang[e]|mange[e]|tape|tape[e]|paye|paye[e]) (?:le|la|un|une|l) (?:\w+ )?(?:trottoir|bordur[e]|sol|bitum[e]"
    r"|goudro[n]|potea[u]|marche|carrelage|asphalt[e])\b",
    # une chute dite par la chaussee ou le corps s'est retrouve (session 30Z): "je me suis retrouve sur le trottoir", "et je me
    # retrouve le dos sur la bordure", "j'ai atterri dans le caniveau", "etalee de tout mon long sur le bitume" (pas le sol ou le
    # lit seuls: "je me suis retrouve au lit", "allonge par terre pour mes exercices"; pas "a la rue")
    r"\b(?:me|m|se|s|nous) (?:suis |est |sommes |etais |etait )?(?:\w+ )?retrouv(?:e|ee|es|ees|ai|ait) (?:\w+ ){0,4}?(?:sur|dans|contre|au bord du|au bord de la)"
    r" (?:le |la |les |l )?(?:bord du |bord de la |milie[u] de la |milie[u] du )?" + _STREET + r"\b",
    r"\b(?:suis|etais|sommes|me suis|me retrouve|me retrouvai[s]|me suis retrouvee?) (?:\w+ )?(?:etal[e]|etale[e]|allonge|allongee|affal[e]|affale[e]|vautr[e]|vautre[e]"
    r"|couche|couchee|a plat ventre|a plat dos|a plat) (?:\w+ ){0,4}?(?:sur|dans|contre) (?:le |la |les |l )?(?:bord du |bord de la |milie[u] de la |milie[u] du )?"
    + _STREET + r"\b",
    r"\b(?:atterr[i]|atterri[e]|atterri[s]|atterrie[s]|ater[i]|aterr[i]) (?:\w+ ){0,3}?(?:sur|dans|contre) (?:le |la |les |l )?(?:bord du |bord de la |milie[u] de la )?"
    + _STREET + r"\b",
    # une portiere ouverte devant le cycliste (session 30Z): "je me suis pris une portiere a velo", "j'ai percute une portiere qui
    # s'ouvrait", "il a ouvert sa portiere sur moi" (pas une portiere ouverte sans choc)
    r"\b(?:pris|pris[e]|mang[e]|mange[e]|percute|percutee|heurte|heurtee|tamponne|tamponnee|embouti|emboutie|rentre dans|rentre[e] dans|fonc[e] dans"
    r"|fonce[e] dans|tape dans|tape[e] dans|cogn[e] dans|cogne[e] dans|pris en plei[n]|pris[e] en plei[n]) (?:\w+ )?(?:une|la|sa|cette|leur|sa grosse) (?:\w+ )?portier[e]\b",
    r"\bportier[e]\b(?: \w+){0,5}? (?:m|me|nous) (?:a|est|ont) (?:\w+ )?(?:percute|percutee|heurte|heurtee|tape|tape[e]|fauche|fauchee|cogn[e]|cogne[e]|rentre dedans"
    r"|arrive dessus|tombe dessus|frapp[e]|frappe[e])\b",
    r"\bouver[t] (?:sa|la|une|leur|sa grosse) (?:\w+ )?portier[e] (?:\w+ )?(?:sur moi|contre moi|dans mon (?:\w+ )?(?:velo|guido[n]|scooter|vel[o])|dans ma (?:roue|trottinette)"
    r"|sur mon (?:velo|scooter))\b",
    # coince ou ecrase par une bete ou une charge (session 30Z): "la vache m'a coince contre la cloture", "le cheval m'a plaquee
    # contre le mur du box", "je me suis fait coincer entre le taureau et le portail", "pris tout le poids de la bete" (pas un
    # calin, "serre contre lui"; pas le dos bloque: "je me suis bloque le dos sous l'evier")
    r"(?<!douleur )(?<!douleurs )(?<!\bca )(?<!\bcela )\b(?:m|me|nous) (?:a|ont|avait|avaient) (?:\w+ )?(?:coinc[e]|coincee|ecras[e]|ecrase[e]|plaqu[e]|plaque[e]"
    r"|bloqu[e]|bloquee|serr[e]|serre[e]|press[e]|presse[e]|ecrabouill\w*|compress[e]|compresse[e]|pousse|pousse[e]|clou[e]|cloue[e]|ecras[e] de tout son poids)"
    r" (?:\w+ ){0,2}?(?:contre|entre|sous) " + _HARD_SURFACE + r"\b",
    r"\b(?:suis|etais|me suis|ai ete|avons ete|me suis fait|me suis fais|me suis fai[t]e|me retrouve|me suis retrouvee?|sommes|reste|reste[e])"
    r" (?:\w+ )?(?:coinc[e]\w*|ecras[e]\w*|plaqu[e]\w*|bloqu[e]\w*|ecrabouill\w*|pris\w* en sandwic[h]|pris\w* en etau|coince[r])"
    r"(?! (?:le|les|la|mon|ma|mes|un|une) (?:bas du |haut du )?(?:dos|reins|nerf|lombaires|cou|epaul[e]|hanche|vertebre\w*|disqu[e])\b)"
    r" (?:\w+ ){0,2}?(?:contre|entre|sous) (?:\w+ ){0,4}?" + _HARD_SURFACE + r"\b",
    r"\b(?:tout|toute) le poids (?:de|du|d) (?:la |le |l |cette |ce |mon |ma |une |un )?(?:\w+ )?" + _BEAST + r"\b",
    r"\b" + _BEAST + r"\b(?: \w+){0,10}? (?:pris|pris[e]|recu|recu[e]|encaiss[e]|encaisse[e]) (?:tout|toute) (?:son|sa) poids\b",
    # quelqu'un qui a percute le patient (session 22G): "un skieur m'a percute de plein fouet", "un cycliste m'a fauchee", "le gars
    # m'a tamponne sur la piste" (pas "sa remarque m'a heurtee": heurter n'y est pas)
    # (not the pain's: "la douleur m'a percute d'un coup")
    r"(?<!\bca )(?<!\bcela )(?<!douleur )(?<!douleurs )(?<!\bcris[e] )(?<!sciatique )(?<!lumbago )(?<!decharg[e] )(?<!\bmal )"
    r"\b(?:me|m|nous) (?:a|ont|avait|avaien[t]) (?:\w+ )?(?:percute|percutee|percute[s]|fauche|fauchee|fauche[s]|tamponne"
    r"|tamponnee|tamponne[s]|embouti|emboutie|renverse|renversee|rentre dedans|rentre en plei[n] dedans|fonc[e] dessus)\b",
    r"\b(?:me|m|nous) (?:est|sont|etait) (?:\w+ )?(?:rentre|rentre[e]|rentre[s]|tombe|tombee|arrive|arrive[e]) dessus (?:de plei[n] fouet|a toute vitess[e]|a fond|en plei[n])\b",
    r"\b(?:percute|percutee|heurte|heurtee|fauche|fauchee|fait prendr[e]|fait percute[r]|fait fauche[r]|fait tamponne[r]) de plei[n] fouet\b",
    r"\bde plei[n] fouet par (?:un|une|le|la|l|des) (?!(?:douleur|cris[e]|lumbago|fatigue|grippe)\b)",
    # le vehicule ou l'on etait qui a heurte quelque chose, puis projete (session 22G): "le bus a tamponne un camion, j'ai ete
    # projete contre le siege", "la voiture a percute un arbre" (pas "projete de partir en vacances": contre, sur, au sol)
    r"\b(?:voiture|auto|camion|camionnette|moto|bus|autoca[r]|tram|taxi|minibu[s]|fourgo[n]|vehicul[e]|bagnol[e]|gbak[a]|matat[u]|cland[o]|woro woro)"
    r"\b(?: \w+){0,6}? (?:a|ont|avait) (?:\w+ )?(?:percute|tamponne|heurte|embouti|accroche|fonc[e] dans|tape|cogn[e]) (?:un|une|le|la|l|les|contre)"
    r" (?:\w+ )?(?:camion|camionnette|voiture|bus|car|arbre|mur|potea[u]|glissier[e]|rail|taxi|moto|vehicul[e]|semi|remorqu[e]|trottoir|barrier[e]|pile|mure[t])\b",
    r"\b(?:ete|suis|etais|me suis|se est|nous sommes|avons ete|fait) (?:\w+ )?(?:projet[e]|projete[e]|projete[s]|projetee[s]|eject[e]|ejecte[e]|catapult[e]|catapulte[e]"
    r"|valdingu[e]|valdingue[e]|envoy[e] valse[r]|envoye[e] valse[r]) (?:\w+ ){0,2}?(?:contre|sur|dans|par terre|au sol"
    r"|en avant|a terre|hors)\b",
    # retombe sur quelque chose avec le dos ou les fesses (session 21c): "je suis retombe le bas du dos direct sur le genou d'un gars",
    # "retombee sur les fesses" (pas "la fievre est retombee": NOT_A_FALL)
    r"\bretombee?s?\b(?: \w+){0,6}? sur (?:\w+ ){0,3}?(?:fesses|coccyx|dos|reins|derriere|cul|genou|coud[e]|sol|carrelage|trottoir|glace"
    r"|marche|marches|bord)\b",
    # tombe quand meme apres s'etre rattrape (session 19g): "j'ai attrape la rampe mais je suis quand meme tombe", "agrippee au
    # caddie mais j'ai fini par terre" (se rattraper seul n'est pas une chute: NOT_A_FALL)
    # (the patient as the subject: "mon poids a quand meme chute", "j'ai fini sur le dos pour dormir" are no fall)
    r"\b(?:suis|sommes|etais|me suis|me retrouve) (?:quan[d] meme|malgr[e] tout|tout de meme|finalemen[t]|quan[d] meme finalemen[t])"
    r" (?:\w+ )?(?:tombe|tombee|tombes|tombees|retrouv\w* (?:par terr[e]|au sol|sur le dos|sur les fesse[s])|parterr[e])\b",
    r"\bmais (?:j |je )?(?:ai |me suis |suis )?(?:quan[d] meme |malgr[e] tout )?(?:fini|fini[e]|termin[e]|terminee) (?:quan[d] meme "
    r"|malgr[e] tout )?(?:par terr[e]|au sol)\b",
    # "je suis tombe dans l'escalier", "je suis tombee de l'echelle" (not "tombee enceinte", "tombe malade", "presque")
    r"\b(?:suis|sommes|etais|est|etre|ete) (?!presque\b|quasi\w*\b|failli\b)(?:\w+ )?(?:tombe|tombee|tombes|tombees)\b"
    r"(?! (?:enceinte|malade|amoureux|amoureuse|sur (?:un|une|le|la) (?:article|video|site|post|page|pub|annonce|lien)|dans les pommes)\b)",
    r"\b(?:tombe|tombee|tombes|tombees|chute|glisse|glissee)" + _FEET_SHUFFLE + r" (?:\w+ ){0,2}?(?:dans|de|du|sur|par|en bas de|au bas de) (?:le |la |les |un |une |mon |des |ma )?"
    r"(?:escaliers?|marches?|echelle|escabeau|echafaudage|toit|velo|moto|scooter|trottinette|cheval|chaise|glace|verglas"
    r"|trottoir|sol|par terre|terre|arbre|hauteur|douche|baignoire|neige|ski|skis|patins?)\b",
    r"\b(?:tombe|tombee|tombes|tombees|chute) (?:\w+ ){0,2}?(?:sur|du|de) (?:le |la |les |mon |mes |un |une )?(?:dos|fesses|coccyx|lit|cul)\b",
    # a plat dos, a la renverse (session 33K): "tombee a plat dos sur le carrelage", "parti a la renverse sur la glace", "etale a plat
    # ventre" (pas "a plat" seul: "ca tombe a plat")
    r"\b(?:tomb[e]|tombe[e]|tombe[s]|tombee[s]|retomb[e]|retombe[e]|etal[e]|etale[e]|part[i]|parti[e]|bascul[e]|bascule[e]|chut[e]|chute[e]|vautr[e]|vautre[e])"
    r" (?:\w+ )?(?:a plat dos|a plat ventre|a la renvers[e]|en arrier[e] sur)\b",
    # etale sans "me", en tete de phrase ou apres un jour (session 33K): "etalee sur la glace devant chez moi", "hier etale de tout mon
    # long sur le trottoir gele" (pas "pommade etalee sur le dos")
    r"(?:^|(?<=, )|(?<=\bhie[r] )|(?<=\bmati[n] )|(?<=\bsoi[r] )|(?<=\bdi )|(?<=\bsamed[i] )|(?<=\bdimanch[e] )|(?<=\bpui[s] ))(?:etal[e]|etale[e]|etale[s]|etalee[s]"
    r"|vautr[e]|vautre[e]|ramass[e]|ramasse[e]) (?:de tout (?:mon|son) lon[g] |par terr[e] |a plat )?(?:sur|dans) (?:le|la|les|l) (?:\w+ )?(?:vergla[s]|glac[e]"
    r"|neig[e]|trottoi[r]|bitum[e]|chausse[e]|rout[e]|pave[s]|carrelag[e]|escalie[r]|escalier[s]|marche[s]|pist[e]|parkin[g]|quai)\b",
    # par-dessus le guidon (session 33K): "passe par dessus le guidon a cause d'un nid de poule", "ejectee par dessus le guidon de ma
    # trottinette", "fait un soleil en vtt"
    r"\b(?:pass[e]|passe[e]|vol[e]|vole[e]|part[i]|parti[e]|catapult[e]|catapulte[e]|eject[e]|ejecte[e]|projet[e]|projete[e]|bascul[e]|bascule[e]|fai[t]|fai[s])"
    r" (?:\w+ )?par dessus (?:le|mon|son|ce) guido[n]\b",
    # une chute ou une glissade dite par le nom seul (session 33K): "chute a ski", "chute en vtt", "glissade sur le verglas" (pas la
    # glissade d'un pas de danse)
    r"\b(?:chut[e]|chute[s]) (?:a|en|de) (?:ski|skis|velo|vtt|mot[o]|scoote[r]|trottinett[e]|chev[a]l|patin[s]|roller[s]|skat[e]|snowboar[d]|luge)\b",
    r"\bglissad[e] (?:\w+ )?(?:sur|dans) (?:le|la|les|l|une|un) (?:\w+ )?(?:vergla[s]|glac[e]|neig[e]|escalie[r]|escalier[s]|marche[s]|carrelag[e]|trottoi[r]|sol mouill[e])\b",
    r"\bfai[t] (?:un |une )?(?:bea[u] |jol[i] |sacr[e] |vra[i] )?solei[l] (?:a|en|avec) (?:le |la |mon |ma |un |une )?(?:vel[o]|vt[t]|trottinett[e]|mot[o]|scoote[r]|bm[x]|vel[o] electriqu[e])\b",
    # une chute d'une monture ou d'un siege dite avec "son/sa", et l'arrivee assise (session 32AX): "il a chute de son cheval",
    # "elle est retombee assise", "il s'est retrouve sur les fesses" (pas "a chute de 5 kilos", "retrouve sur le dos pour dormir")
    r"\b(?:chut[e]|chute[e]|tomb[e]|tombe[e]|tombe[s]|tombee[s]|gliss[e]|glisse[e]) (?:de|du|de[s]) (?:so[n] |sa |se[s] |leu[r] |l )?(?:\w+ )?"
    r"(?:pone[y]|poney[s]|cheva[l]|chevau[x]|jumen[t]|an[e]|vel[o]|mot[o]|chais[e]|taboure[t]|ban[c]|canap[e]|fauteui[l]|escabea[u]|echell[e]|li[t])\b",
    r"\b(?:retomb[e]|retombe[e]|retombe[s]|retombee[s]|tomb[e]|tombe[e]|tombe[s]|tombee[s]) (?:\w+ )?(?:assi[s]|assis[e]|assise[s])\b",
    r"\b(?:me sui[s]|m sui[s]|s es[t]|se es[t]|se son[t]|nou[s] somme[s]) (?:\w+ )?(?:retrouv[e]|retrouve[e]|retrouve[s]|retrouvee[s]) (?:\w+ )?su[r] (?:le[s] |le |me[s] |se[s] |mo[n] |so[n] )?"
    r"(?:fesse[s]|derrier[e]|coccy[x]|cu[l]|posterieu[r]|popoti[n])\b",
    # "j'ai fait une chute", "une mauvaise chute"
    r"\b(?:fait|faite|fais|une|mon|la|grosse|mauvaise|lourde|vilaine) (?:grosse |mauvaise |lourde |vilaine |petite )?chute\b"
    r"(?! (?:de (?:tension|cheveux|poids|pression|neige|pluie)|libre)\b)",
    # a slip or a tumble down; a trip alone ("j'ai trebuche sur une marche", "presque trebuche sur le trottoir") is a foot that
    # catches, no fall: "j'ai trebuche et je suis tombe" is read by "suis tombe"
    r"\b(?:glisse|glissee|degringole|degringolee|degringolade)" + _FEET_SHUFFLE + r" (?:\w+ ){0,3}?(?:escaliers?|marches?|glace|verglas|echelle|sol|carrelage|neige|par terre|tombe)\b",
    # "accident de voiture", "un accident de la route"
    r"\baccident (?:de |d )?(?:la )?(?:voiture|auto|route|circulation|velo|moto|scooter|trottinette|travail|ski|sport|cheval|chantier|camion|bus|tram|train)\b",
    r"\b(?:percute|percutee|renverse|renversee|fauche|fauchee|heurte|heurtee|embouti|emboutie|tamponne|tamponnee) par\b",
    # un vehicule ou son conducteur qui a touche, accroche ou happe le patient (session 31AJ): "une camionnette m'a touchee au
    # passage pieton", "un motard m'a accroche", "j'ai ete happe par un tram", "je me suis fait toucher par un bus" (pas ce qui
    # emeut: "ca m'a touche", "ses mots m'ont touchee"; un vehicule nomme; pas "car", aussi la conjonction)
    r"\b" + _VEHICULE + r"\b(?: \w+){0,3}? (?:m|me|nous) (?:a|ont|avait|avaient) (?:\w+ )?(?:touche|touche[e]|touche[s]|accroche|accroche[e]|accroche[s]"
    r"|heurte|heurte[e]|happ[e]|happe[e]|cogn[e]|cogne[e]|tap[e]|tape[e]|bouscul[e]|bouscule[e]|frapp[e]|frappe[e]|percute|percutee|fauche|fauchee|renverse|renversee)\b",
    r"\b(?:ete|suis|etais|etait|fait) (?:\w+ )?(?:touche|touche[e]|touche[r]|accroche|accroche[e]|accroche[r]|heurte|heurte[e]|heurte[r]|happ[e]|happe[e]|happe[r]"
    r"|cogn[e]|cogne[e]|cogne[r]|tap[e]|tape[e]|tape[r]|bouscul[e]|bouscule[e]|bouscule[r]) (?:\w+ )?par (?:un|une|le|la|l|des|ce|cette|cet) (?:\w+ )?" + _VEHICULE + r"\b",
    r"\b(?:ete|suis|etait) (?:\w+ )?(?:percute|percutee|renverse|renversee|fauche|fauchee|tamponne|tamponnee|embouti|emboutie)\b",
    # down the stairs told as a rush or a tumble onto the back: "j'ai devale la moitie de l'escalier sur le dos et les
    # fesses", "degringole trois marches sur le coccyx" (not running down them: "devale les escaliers pour le bus")
    r"\b(?:deval[e]|devale[e]|devale[r]|degringol[e]|degringole[e]|degringole[r]|gliss[e]|glisse[e]|roul[e]|roule[e]|rebond[i])\b(?: \w+){0,6}? sur "
    r"(?:le|les|mon|ma|mes) (?:dos|fesses?|cul|derrier[e]|coccy[x]|cote|bas du dos|lombaire[s])\b",
    # a step missed, then down or on the floor: "j'ai loupe une marche et je me suis retrouve en bas", "rate une marche et
    # devale"
    # ... the landing told after a comma, where one ended up (session 42T): "j'ai rate la derniere marche, je me suis retrouve sur
    # le dos", "loupe une marche, retrouvee sur le cote" (a word or a comma between; "retrouve sur le dos pour dormir" alone stays)
    r"\b(?:rate|loup[e]|manqu[e]|rate[r]|loupe[r]) (?:une|la|deux|troi[s]|la dernier[e]|une des) (?:\w+ )?marches?\b(?: \S+){0,6}? "
    r"(?:deval[e]|devale[e]|degringol[e]|degringole[e]|gliss[e]|glisse[e]|atterr[i]|atterri[e]|retrouv(?:e|ee|es|ees)? (?:\w+ )?(?:en bas|par terr[e]|au sol"
    r"|a plat ventre|sur (?:le|les|mon|ma|mes) (?:dos|fesse[s]|cul|derrier[e]|coccy[x]|cote|flan[c]|ventre|bas du dos))|roul[e]|roule[e]|tomb[e]|tombe[e]"
    r"|etal[e]|etale[e]|vautr[e]|vautre[e])\b",
    # ... then sat down hard (session 34T): "j'ai rate la derniere marche et je me suis assise lourdement", "loupe une marche,
    # assis brutalement par terre" (not "je me suis assise lourdement sur le canape": no step missed)
    r"(?<!\bpresqu[e] )(?<!\bfaill[i] )\b(?:rate|loup[e]|manqu[e]|rate[r]|loupe[r]) (?:une|la|deux|troi[s]|la dernier[e]|une des|les) (?:\w+ )?marches?\b"
    r"(?: \S+){0,6}? assi[s](?:e|es)? (?:\w+ )?(?:lourdemen[t]|brutalemen[t]|duremen[t]|violemmen[t]|d un cou[p]|d un cou[p] se[c]|par terr[e]|au sol"
    r"|sur (?:le|les|mon|ma|mes) (?:fesse[s]|derrier[e]|coccy[x]|cul|popoti[n]|poste[r]ieur))\b",
    # ... told past the place and the load, then found sitting on the floor (session 18e): "elle a loupe la derniere marche de
    # l'escalier de la cave avec son panier a linge et elle s'est retrouvee assise sur le carrelage"
    r"\b(?:rate|loup[e]|manqu[e]|rate[r]|loupe[r]) (?:une|la|deux|troi[s]|la dernier[e]|une des) (?:\w+ )?marches?\b(?: \S+){0,18}? "
    r"retrouv(?:e|ee|es|ees) (?:assise?s? |affalee?s? |etalee?s? |couchee?s? )?(?:en bas|par terr[e]|au sol|sur (?:le|les|la) (?:dos|fesse[s]"
    r"|carrelag[e]|sol|trottoi[r]|beto[n]|pave|dalle[s]|carreau[x]|marche[s]|paillasso[n]))\b",
    # the last steps missed, then the landing on the back (session 17a): "j'ai rate les 3 dernieres marches et boum sur le
    # dos", "loupe les deux dernieres marches, atterri sur les fesses" (a step missed alone stays nothing)
    r"\b(?:rate|loup[e]|manqu[e]|rate[r]|loupe[r]) (?:les |des |mes )?(?:\d+ |deu[x] |troi[s] |quatr[e] |quelques )?(?:dernier[e]s? |premier[e]s? )?"
    r"marches?\b(?: \S+){0,4}? (?:(?:et )?(?:boum|bam|pa[f]|badabou[m]|patatra[s]|vla[n]|plaf) )?(?:\w+ )?(?:sur|a plat sur) (?:le|les|mon|ma|mes)"
    r" (?:dos|fesses?|cul|derrier[e]|coccy[x]|bas du dos|lombaire[s])\b",
    # le reste de l'escalier descendu sur le siege (session 17e): "g descendu tout le reste sur le coccyx, boum boum boum",
    # "j'ai descendu tout l'escalier sur les fesses" (pas "sur la pointe des pieds")
    r"\bdescendu[e]? (?:tout |toute )?(?:le reste|les marches|toutes les marches|le escalier|les escaliers|la vole[e]|le reste des marches"
    r"|le reste de le escalier)\b(?: \w+){0,3}? sur (?:le|les|mon|ma|mes) (?:dos|fesses?|cul|derrier[e]|coccy[x]|bas du dos|lombaire[s]"
    r"|poste[r]ieur)\b",
    # rear-ended: "on m'est rentre dedans au feu rouge", "qqn nous est rentre dans le cul", "je me suis fait emboutir"
    r"\b(?:me|nous) (?:est|sont) (?:\w+ )?(?:rentr[e]|rentre[e]|rentre[s]|rentree[s]) (?:dedan[s]|dans le arrier[e]|dans le cul"
    r"|dans la voitur[e]|dans ma voitur[e]|dans notr[e] voitur[e]|dans mon auto|par derrier[e])\b",
    r"\b(?:fait|fait[e]|fait[s]) (?:\w+ )?(?:embouti[r]|percute[r]|tamponne[r]|rentre[r] dedan[s]|renverse[r]|fauche[r]|accroche[r] par)\b",
    # heurte a l'arriere, dit autrement (session 21d, jumeau de "got shunted from behind"): "une camionnette m'a tape a l'arriere",
    # "on a ete percutes a l'arriere par un camion", "un mec m'a embouti l'arriere de la voiture", "un bus nous est arrive dessus
    # par derriere", "je me suis pris un camion dans l'arriere" (pas "je roulais derriere un camion")
    r"\b(?:(?:me|nous|m) a|(?:ete|etait|etion[s]|suis|sommes|etes)) (?:\w+ )?(?:tape|tape[e]|tape[s]|embouti|emboutie|embouti[s]|percute|percutee"
    r"|percute[s]|percutee[s]|tamponne|tamponnee|tamponne[s]|cogn[e]|cogne[e]|heurte|heurtee|heurte[s]) (?:a|par|dans) (?:le |l )?(?:arrier[e]"
    r"|derrier[e])\b",
    r"\b(?:me|nous|m) a (?:\w+ )?(?:embouti|emboutie|percute|percutee|tamponne|tamponnee|tape|defonc[e]|enfonc[e]|pli[e]|accroch[e]) (?:le|l) arrier[e]"
    r" (?:de )?(?:la |ma |notre |le |mon )?(?:voitur[e]|auto|bagnol[e]|caiss[e]|vehicul[e]|camionnett[e])\b",
    r"\b(?:me|nous|m) (?:est|sont) (?:\w+ )?(?:arrive[e]?|arrive[s]|tombe[e]?|venu[e]?) dessu[s] (?:\w+ )?par (?:derrier[e]|le arrier[e]"
    r"|l arrier[e])\b",
    r"\b(?:pris|pris[e]|ramass[e]|ramasse[e]) (?:un|une) (?:\w+ )?(?:camion|camionnett[e]|voitur[e]|bus|van|fourgo[n]|bagnol[e]|tax[i]"
    r"|moto|vehicul[e]) (?:\w+ )?(?:dans|a) (?:le|l) arrier[e]\b",
    # accroche a l'arriere (session 25Z): "ma voiture a ete accrochee a l'arriere au rond point", "on s'est fait accrocher a
    # l'arriere au feu" (pas "ma veste etait accrochee a l'arriere de la porte": l'arriere d'une chose qui n'est pas un vehicule)
    r"\b(?:ete|etait|etion[s]|suis|sommes|est|sont|fait|fait[e]|fait[s]) (?:\w+ )?(?:accroch[e]|accroche[e]|accroche[s]|accrochee[s]|accroche[r])"
    r" (?:a|par|dans) (?:le |l )?(?:arrier[e]|derrier[e])(?! (?:de|du|des) (?!(?:ma|mon|notre|nos|la|le|l) (?:\w+ )?(?:voitur[e]|auto"
    r"|bagnol[e]|caiss[e]|vehicul[e]|camionnett[e]|moto|scoote[r]|fourgo[n])\b))",
    r"\b(?:carambolage|sortie de route|coup du lapin|tonneau|tonneaux)\b",
    # un vehicule dans le cote ou l'arriere de sa voiture (session 20a, jumeau de "slam into the back of my car"): "un bus est
    # rentre dans le cote de ma voiture", "une camionnette a fonce dans l'arriere de notre auto"
    r"\b(?:rentr[e]|rentre[e]|fonc[e]|fonce[e]|percut[e]|percutee|embouti|emboutie|tamponn[e]|tamponnee|cogn[e]|cogne[e]|tap[e]|tape[e])"
    r" (?:en plei[n] |pile |direc[t] )?(?:dans|contre) (?:le|la|les) (?:cot[e]|arrier[e]|flan[c]|portier[e]|coffr[e]|pare choc\w*|pare choc[s])"
    r" de (?:mon|ma|notre|nos|la|le) (?:\w+ )?(?:voitur[e]|auto|bagnol[e]|camionnett[e]|camion|bus|taxi|moto|scooter|caiss[e]|vehicul[e]"
    r"|fourgonnett[e])\b",
    # un vehicule dans la voiture du patient, dit avec un verbe simple (session 28I, jumeau rouge des reponses 28D): "un bus a
    # accroche ma voiture", "un 4x4 a tape dans ma voiture", "un fourgon a enfonce l'arriere de ma voiture", "une moto s'est
    # encastree dans notre voiture", "une voiture est rentree dans la mienne" (pas "il est rentre dans ma voiture": un vehicule
    # ou un conducteur avant "est rentre"; pas "j'ai accroche ma veste"; une voiture heurtee sans personne dedans: NOT_ABOARD)
    r"(?<!\bj )(?<!\bje )\b(?:a|ont|avait|avaien[t]) (?:\w+ )?(?:accroch[e]|cogn[e]|tap[e]|defonc[e]|enfonc[e]|froiss[e]|percut[e]|heurt[e]"
    r"|embouti|tamponn[e]|fonc[e]) (?:en plei[n] |pile )?(?:dans |contre )?(?:le |l )?(?:arrier[e] de |cul de |cot[e] de |flan[c] de )?(?:(?:mon|ma|notre|nos) (?:\w+ )?(?:voitur[e]|auto|vehicul[e]|camionnett[e]|moto|scoote[r]|taxi|bagnol[e]|caiss[e]|fourgo[n]|fourgonnett[e]|4x4|brea[k]|citadin[e])|la mienn[e]|la notr[e]|le mien|le notr[e])\b",
    r"\bvenue?s? (?:\w+ )?(?:tape[r]|percute[r]|emboutir|cogne[r]|heurte[r]|tamponne[r]|accroche[r]|defonce[r]|enfonce[r]"
    r"|(?:s |se )?encastre[r]|fonce[r]) (?:en plei[n] |pile )?(?:dans |contre )?(?:le |l )?(?:arrier[e] de |cul de |cot[e] de |flan[c] de )?(?:(?:mon|ma|notre|nos) (?:\w+ )?(?:voitur[e]|auto|vehicul[e]|camionnett[e]|moto|scoote[r]|taxi|bagnol[e]|caiss[e]|fourgo[n]|fourgonnett[e]|4x4|brea[k]|citadin[e])|la mienn[e]|la notr[e]|le mien|le notr[e])\b",
    r"\bencastr[e]\w* (?:en plei[n] |pile )?(?:dans|contre) (?:le |l )?(?:arrier[e] de |cul de |cot[e] de |flan[c] de )?(?:(?:mon|ma|notre|nos) (?:\w+ )?(?:voitur[e]|auto|vehicul[e]|camionnett[e]|moto|scoote[r]|taxi|bagnol[e]|caiss[e]|fourgo[n]|fourgonnett[e]|4x4|brea[k]|citadin[e])|la mienn[e]|la notr[e]|le mien|le notr[e])\b",
    r"\b(?:voitur[e]|auto|vehicul[e]|camio[n]|camionnett[e]|bus|car|moto|taxi|fourgo[n]|semi|4x4|poids lour[d]|conducteu[r]|conductric[e]"
    r"|chauffeu[r]|chauffar[d]) (?:\w+ ){0,3}?(?:est|etait) (?:\w+ )?(?:rentr[e]|rentre[e]|fonc[e]|fonce[e]) (?:en plei[n] |a fon[d] |droi[t] )?"
    r"dans (?:le |l )?(?:arrier[e] de |cul de |cot[e] de )?(?:(?:mon|ma|notre|nos) (?:\w+ )?(?:voitur[e]|auto|vehicul[e]|camionnett[e]|moto|scoote[r]|taxi|bagnol[e]|caiss[e]|fourgo[n]|fourgonnett[e]|4x4|brea[k]|citadin[e])|la mienn[e]|la notr[e]|le mien|le notr[e])\b",
    # le genou ou le coude d'un autre (session 20a, jumeau de "de knie van zon gast vol in mn onderrug"): "j'ai pris le genou d'un
    # gars en plein dans le bas du dos" (pas "la douleur va du genou de ma jambe dans le dos")
    r"\b(?:le|un) (?:genou|coud[e]|pied|crampon[s]|casqu[e]|epaul[e]) (?:de un|de une|du|de le|de l) (?!(?:mon|ma|mes)\b)(?:\w+ ){0,2}?"
    r"(?:en plei[n] |pile |direc[t] |bien )?(?:dans|sur|contre) (?:le|mon|les|mes) (?:\w+ ){0,2}?(?:dos|reins|coccy[x]|colonn[e]|cote[s]"
    r"|lombaire[s])\b",
    # "une voiture m'a percute"
    r"\b(?:voiture|auto|camion|camionnette|moto|velo|bus|tram|scooter|trottinette|cycliste|automobiliste|chauffard|chauffeur"
    r"|conducteur|conductrice|motard|taxi)\b(?: \w+){0,3}? (?:percute|percutee"
    r"|renverse|renversee|fauche|fauchee|heurte|heurtee|tamponne|tamponnee|embouti|emboutie|rentre dedans)\b",
    # a blow: "recu un coup dans le dos", "un choc sur le coccyx"
    r"(?<!\bfait un )(?<!\bfaisait un )(?<!\bpiqu[e] un )(?<!\bpiquai[t] un )(?<!\bfait comme un )\b(?:coup|choc|coups)(?! de (?:froid|fouet|poignard|couteau|barre|chaud|vent|reins?|blues|stress|mou|jus|soleil|tonnerre"
    r"|lumbago|aiguilles?|electricite|massue|pompe|vieux|fatigue)\b) (?:\w+ ){0,2}?(?:dans|sur|au|a) (?:le |la |les |mon |ma |mes )?"
    r"(?:dos|bas du dos|colonne|reins|coccyx|lombaires|fesses)\b",
    # le genou d'un autre dans le dos (session 18c): "pris un genou dans le dos au foot", "il m'a plante son genou dans le bas
    # du dos" (pas "la douleur du genou remonte dans le dos": un mot entre les deux, le genou du patient)
    r"\b(?:un|son|sa|leur|le) (?:gros )?(?:genou|crampon|crampons|casqu[e]|pied|epaul[e]|coud[e])(?: en plei[n]| pile| direc[t]| droi[t])? (?:dans|sur|contre)"
    r" (?:le|les|mon|mes) (?:bas du |milie[u] du |creux du )?(?:dos|reins|coccyx|colonne|lombaires)\b",
    # l'atterrissage sur le dos ou les fesses (session 18c): "elle a atterri sur les fesses sur le carrelage", "j'ai
    # atterri sur le coccyx" (pas l'avion: "on a atterri a Nice")
    # ... ou arrive dessus (session 27S): "je suis arrive sur les fesses en bas des marches", "elle est arrivee sur le coccyx" (une
    # personne, pas la douleur: "la douleur est arrivee sur le bas du dos")
    r"(?<!douleur )(?<!douleurs )(?<!\bmal )(?<!\bca )(?<!\bcela )(?<!\bce )(?<!\bc )(?<!sciatique )(?<!lumbago )(?<!\bm )(?<!\bme )(?<!\bt )(?<!\bte )(?<!\blui )"
    r"(?<!\bleur )(?<!\bnous )(?<!\bvous )(?<!\bs )(?<!\bse )(?<!\by )\b(?:suis|sommes|etais|etait|est|sont|es)"
    r" (?:\w+ )?(?:arrive|arrivee|arrive[s]|arrivee[s]) (?:\w+ ){0,2}?(?:sur|a plat sur) (?:le|les|mon|ma|mes|son|sa|ses)"
    r" (?:fesses?|cul|derrier[e]|coccy[x]|poste[r]ieur|arrier[e] trai[n]|popoti[n]|dos)\b",
    r"\b(?:atterr[i]|atterri[e]|atterri[s]|atterrie[s]|ater[i]|aterr[i]) (?:\w+ ){0,2}?(?:sur|a plat sur) (?:le|les|mon|ma|mes|son|sa|ses)"
    r" (?:dos|fesses?|cul|derrier[e]|coccy[x]|bas du dos|lombaire[s]|poste[r]ieur|arrier[e] trai[n]|popoti[n])\b",
    r"\b(?:chute|tombe|tombee) (?:de |d )?(?:\w+ )?(?:hauteur|\d+ ?m|\d+ metres?|plusieurs metres)\b",
    # choir, le mot ancien (session 27S): "elle a chu dans l'escalier", "il est chu de l'echelle" (apres son auxiliaire: le "chu"
    # quebecois est "je suis")
    r"\b(?:a|ont|avait|avaient|est|sont|etait|suis|es|ai) (?:\w+ )?(?:chu|chue|chus|chues) (?:\w+ ){0,2}?(?:dans|de|du|des|sur|par|en bas de|au bas de)"
    r" (?:le |la |les |l |un |une |mon |ma |mes |son |sa |ses )?(?:\w+ )?(?:escaliers?|marches?|echelle|escabea[u]|chaise|tabour[e]t|lit|dos"
    r"|fesses|coccyx|cul|derrier[e]|sol|carrelage|glace|verglas|trottoir|toit|arbre|cheval|velo|moto)\b",
    # les marches degringolees (session 16b): "j'ai degringole les marches sur les fesses", "glisse dans les escaliers"
    # (not running down them: "j'ai devale les escaliers pour attraper le bus"; a step missed alone is no fall)
    r"\b(?:degringol\w*|rebondi\w*) (?:\w+ ){0,2}?(?:les|des|quelques|toutes les|\d+) (?:\w+ )?(?:marches|escaliers?)\b",
    r"\b(?:glisse\w*|tombe\w*) (?:dans|en bas de|au bas de) (?:les|des|quelques|toutes les|\d+) (?:\w+ )?(?:marches|escaliers?)\b",
    # un nombre de marches, puis l'atterrissage (session 16c): "j'ai descendu 5 marches sur le coccyx"
    r"\b(?:descend[u]|descendue[s]?|pass[e]|fai[t]) (?:\d+|deux|troi[s]|quatr[e]|cin[q]|si[x]|quelques|les|des|toutes les|la moitie des)"
    r" (?:ou \d+ )?(?:\w+ )?(?:marches|escaliers?)\b(?: \w+){0,2}? sur (?:le|les|mon|ma|mes) (?:dos|fesses?|cul|derrier[e]|coccy[x]"
    r"|bas du dos)\b",
    # plaque au rugby (session 16d): "plaque au rugby", "je me suis fait plaquer", "deux gars me sont tombes dessus"
    r"\bplaque[e]?s? (?:\w+ ){0,2}?(?:au|en|pendan[t] le|pendan[t] un|duran[t] le|lors du|lors d un|a) (?:\w+ )?(?:rugby|matc[h]"
    r"|foot|football|entrainemen[t])\b",
    r"\b(?:fait|fais|faite|fis|suis fait|suis faite) (?:\w+ )?plaque[r]\b|\bplaquag[e] (?:\w+ ){0,3}?(?:violen[t]|dur|bruta[l]|par)\b",
    r"(?<!chat )(?<!chien )(?<!chio[t] )(?<!chato[n] )\b(?:me|m) (?:sont|est|etaient|etait|ont) (?:\w+ )?(?:tombes?|tombee|retombes?|atterr[i]|atterri[s]|ecras[e]|ecrase[s]) (?:dessus"
    r"|sur le dos)\b",
    # les chutes dites en argot (session 19j): "j'ai ramasse une de ces gamelles dans l'escalier", "g pris un gadin sur le
    # verglas", "me suis pris une bonne buche" (pas la gamelle du chien, ni une gamelle a l'examen)
    r"\b(?:ramass\w*|pri[s]|pris[e]|pren\w*|mang[e]\w*|tap[e]\w*|fai[t]|fai[s]) (?:une |un |des |deux |de ces |belle |bonne |sacree[s]? "
    r"|grosse[s]? |jolie[s]? |vraie |sacr[e] |beau |bon |gros |vrai |petite |petit |sale |superb[e] |mechant[e] |de ses )*"
    r"(?:gamell[e]|gamelle[s]|gadi[n]|gadin[s])\b(?! (?:du|de la|des|de mon|de ma|de mes|d|pour (?:le|la|les|mon|ma)) (?:\w+ )?"
    r"(?:chien\w*|chat\w*|chiot\w*|animau[x]|lapi[n]|bebe|gamin\w*|gosse\w*|midi|cantin[e]|boulo[t])\b)(?!(?: \w+){0,4} (?:exam\w*|permi[s]|bac"
    r"|election[s]?|concour[s]|partiel[s]?|entretie[n]|ora[l])\b)",
    r"\b(?:ramass\w*|(?:me|m|se|s|te|t) (?:suis |est |es |sommes |etais |etait )?(?:\w+ )?(?:pri[s]|pris[e]|mang[e]\w*|tap[e]\w*)) (?:une |un "
    r"|de ces |belle |bonne |sacre[e] |grosse |joli[e] |vraie |sacr[e] |beau |bon |gros |vrai )*(?:buch[e]|buche[s]|pell[e]|pelle[s])\b"
    r"(?! (?:de|du|des|a|pour|en) )",
    # ... au Quebec, une debarque, une plonge, une fouille (session 23N): "j'ai pris une debarque dans l'escalier", "mangé une
    # maudite plonge sur la glace" (pas "faire la plonge": la vaisselle)
    r"\b(?:pri[s]|pris[e]|pren\w*|mang[e]\w*|ramass\w*|pogn[e]\w*|(?:me|m|se|s|te|t) (?:suis |est |es |sommes |etais |etait )?(?:\w+ )?"
    r"(?:pri[s]|pris[e]|mang[e]\w*|pogn[e]\w*)) (?:une |des |belle |bonne |sacree[s]? |grosse[s]? |maudit[e] |mechant[e] |vraie |criss[e] de "
    r"|esti de |osti[e] de |tabarna[k] de |tabarna[c] de |sale |de ces )*(?:debarqu[e]|debarque[s]|plong[e]|plonge[s]|fouill[e]|fouille[s]"
    # ... une plantee (session 26I): "j'ai pris une maudite plantee sur la glace" (pas "une plante": la plante verte)
    r"|plantee|plantee[s])\b",
    # chute, dit au passe compose du patient (session 23N): "j'ai chute", "j'ai chute hier dans le garage" (pas "mon poids a chute",
    # "j'ai chute de 5 kilos")
    r"\bj (?:ai|avais) (?:\w+ )?chute\b(?! (?:de|a) (?:\d+|\w+ kilo\w*|moitie)\b)",
    # se planter a velo, manger le trottoir (session 23N): "je me suis plante en trottinette", "j'ai mange le trottoir" (pas
    # "je me suis plante a l'exam")
    r"\b(?:me|m|se|s|te|t) (?:suis |est |es |sommes |etais |etait )?(?:\w+ )?plant[e]\w* (?:\w+ )?(?:en|a|au|avec|de) (?:le |la |mon |ma |son )?"
    r"(?:velo|moto|ski|skis|trottinett[e]|scoote[r]|rolle[r]s?|patin\w*|snowboar[d]|skat[e]|vtt|cheva[l]|mobylett[e]|bicyclett[e])\b",
    r"\bmang[e]\w* (?:le |un |du |la )?(?:trottoi[r]|bitum[e]|goudro[n]|asphalt[e]|bordur[e]|macada[m])\b",
    # un vol plane (session 24U): "j'ai fait un vol plane sur le verglas", "fait un sacre vol plane dans l'escalier"
    r"\b(?:fai[t]|fais|fai[s]|fair[e]|faisai[s]|faisai[t]) (?:un |une )?(?:beau |sacr[e] |joli |vrai |superb[e] |magnifiqu[e] |de ces |bon )*vol[s]? plane[s]?\b",
    # se casser la figure, se vautrer, se viander (session 19j): "je me suis casse la figure dans l'escalier", "j'me suis pete
    # la gueule en velo", "je me suis viande en trottinette" (pas vautre sur le canape, ni se casser la tete a comprendre)
    r"\b(?:me|m|se|s|te|t|nous) (?:suis |est |es |sommes |etais |etait |suis encore |suis bien |vais |va )?(?:\w+ )?(?:cass[e]|casse[e]|casse[r]"
    r"|casse[s]|pet[e]|pete[e]|pete[r]|pete[s]|fout[u]|foutu[e]|fich[u]|fichu[e]|eclat[e]|eclate[r]) (?:la|le) (?:figur[e]|gueul[e]|binett[e]"
    r"|margoulett[e]|tronch[e]|fiol[e]|gueul[e] par terr[e])\b",
    r"\b(?:me|m|se|s|te|t|nous) (?:suis |est |es |sommes |etais |etait |suis encore |suis bien )?(?:\w+ )?(?:viand[e]|viande[e]|viande[r]"
    r"|viande[s]|ramass[e]|ramasse[e]|ramasse[r]|ramasse[s]|fout[u] par terr[e]|foutu[e] par terr[e]|fich[u] par terr[e]|fichu[e] par terr[e]"
    r"|retrouv[e] par terr[e]|retrouve[e] par terr[e])\b(?! (?:les |mes |des |le |la |un |une |du )(?:\w+ )?(?:feuille[s]|jouet[s]|affaire[s]"
    r"|course[s]|morceau[x]|miette[s]|papier[s]|dechet[s]|ling[e]|crottes?|ball[e]|ballo[n]|boules?)\b)",
    r"\b(?:me|m|se|s|te|t|nous) (?:suis |est |es |sommes |etais |etait )?(?:\w+ )?(?:vautr[e]|vautre[e]|vautre[r]|vautre[s])\b"
    r"(?!(?: \w+){0,3} (?:canap[e]|lit|fauteui[l]|sof[a]|tel[e]|diva[n]|hama[c]|transa[t]|plag[e]|sabl[e]|herb[e]|pelous[e]|coussins?)\b)",
    r"\b(?:me|m|se|s|te|t|nous) (?:suis |est |es |sommes |etais |etait )?(?:\w+ )?(?:etal[e]|etale[e]|etale[r]|etale[s]) "
    # ... une ou plusieurs fois (session 25M2): "je me suis etale deux fois sur le trottoir", "etalee a deux reprises sur la glace"
    r"(?:(?:deux|trois|quatre|cinq|plusieurs|\d+) fois |a (?:deux|trois|plusieurs) reprise[s] |encore |deja |carrement )?(?:de tout (?:mon|son"
    r"|leur|ton) lon[g]|par terr[e]|au sol|sur (?:le|la|les) (?:sol|carrelag[e]|trottoi[r]|verglas|glac[e]|neig[e]|chausse[e]|rout[e]|bitum[e]"
    r"|pave[s]|dos|fesses|cul|derrier[e]|marches)|dans (?:le|les)"
    r" (?:escalie[r]|escaliers))\b",
    # descendu sur le siege (session 19j): "jsuis descendu sur le cul jusqu'en bas", "il est descendu sur les fesses jusqu'en
    # bas" (pas la douleur: "la douleur est descendue sur les fesses", "... jusqu'en bas de la jambe")
    r"\b(?:suis|sommes|me suis retrouv[e]|me suis retrouve[e]) descendu[e]?s? (?:\w+ ){0,3}?sur (?:le|les|mon|ma|mes) (?:cul|fesse[s]"
    r"|derrier[e]|coccy[x]|poste[r]ieur|popoti[n]|arrier[e] trai[n])\b",
    r"\bdescendu[e]?s? (?:\w+ ){0,3}?sur (?:le|les|mon|mes|son|ses) (?:dos|cul|fesse[s]|derrier[e]|coccy[x]|poste[r]ieur|popoti[n])"
    r" (?:\w+ ){0,2}?jusq[u] ?(?:en bas|au bas|a la derniere|au sol|a la cave|au rez de chausse[e])\b(?! (?:de|des|du) (?:la |ma |mes |les )?"
    r"(?:jambe\w*|cuisse\w*|mollet\w*|pied\w*|geno[u]\w*|chevill\w*))",
    # le dos cogne contre une chose (session 26, lead): "je me suis cogne le dos contre la baignoire", "tape le bas du dos
    # contre le coin du lit" (un coup: trauma)
    r"\b(?:cogn[e]|cogne[e]|tap[e]|tape[e]|heurt[e]|heurte[e]|pet[e]|pete[e]) (?:\w+ )?(?:le|mon|ma) (?:bas du |bas de mon |bas de la )?"
    r"(?:dos|colonne|coccy[x]|rein[s]) (?:\w+ ){0,3}?contre\b",
)
WORSENING_PATTERNS = (
    # "ma jambe lache de plus en plus", "mon genou se derobe", "mes jambes flanchent"
    rf"\b{_LEG}\b(?: \w+){{0,3}}? (?:lache|lachent|lachait|lachaient|se derobe|se derobent|se derobait|flanche|flanchent|cede|cedent)\b",
    # ... au passe, parties sous soi (session 24): "ma jambe s'est derobee", "ma jambe gauche est partie sous moi", "mon genou a cede"
    rf"\b{_LEG}\b(?: \w+){{0,3}}? (?:(?:s est|se est|se sont) (?:derobee?s?|effondree?s?)|(?:est|sont) partie?s? sous (?:moi|mon poids)"
    r"|(?:a|ont) (?:\w+ )?cede)\b",
    # ... au present, qui s'affaisse, plie ou part sous soi, qui abandonne (session 35G): "ma jambe droite s'affaisse sous moi", "ma jambe
    # gauche plie sous moi", "ma jambe m'abandonne"
    rf"\b{_LEG}\b(?: \w+){{0,3}}? (?:(?:s|se) (?:affaiss[e]|affaissen[t]|ecroul[e]|ecroulen[t]|effondr[e]|effondren[t])|(?:m|me) abandonn[e]"
    r"|(?:pli[e]|plien[t]|ploi[e]|ploien[t]|plong[e]|plongen[t]|par[t]|parten[t]|fon[d]|fonden[t]|flechi[t]|flechissen[t]|ced[e]|ceden[t])"
    r" sous (?:moi|mon poids))\b",
    # "mon pied traine", "mon pied accroche", "le pied tombant", "mon pied tombe"
    r"\bpieds?\b(?: \w+){0,2}? (?:traine|trainent|trainait|accroche|accrochent|racle|raclent|bute|butent|tape|claque|tombe|tombent|pend|pendouille|ballant)\b",
    # ... qui commence a le faire (session 21f): "mon pied droit commence a claquer", "se met a trainer"
    r"\bpieds?\b(?: \w+){0,2}? (?:commence|commencent|a commence|se met|se metten[t]|s est mis) a (?:traine[r]|accroche[r]|racle[r]"
    r"|claque[r]|tombe[r]|pendr[e]|pendouille[r]|tape[r])\b",
    r"\bpieds? (?:tombants?|ballants?)\b|\bsteppage\b",
    # "je sais plus marcher sur la pointe des pieds / sur les talons"
    rf"\b{_CANT} (?:\w+ ){{0,2}}?(?:marcher|me mettre|mettre|tenir|monter|me tenir|rester|aller|dresse[r]|hisse[r]) (?:\w+ ){{0,2}}?(?:sur )?(?:la |les |mes |ses )?(?:pointe|pointes|talons?|orteils)\b",
    # ... au passe compose (session 31AO): "cette semaine je n'ai plus reussi a me mettre sur les talons", "il n'a pas pu se
    # hisser sur la pointe des pieds"
    r"\b(?:ai|a|avons|avez|ont|avais|avait) (?:\w+ )?(?:plus|pas|plus jamais|presque plus) (?:\w+ )?(?:reussi|pu|su|arrive|arrivee|parven[u]"
    r"|parven[u]e) (?:a |de )?(?:\w+ ){0,2}?(?:marcher|mettre|tenir|monter|rester|aller|dresse[r]|hisse[r]) (?:\w+ ){0,2}?(?:sur )?(?:la |les |mes |ses )?"
    r"(?:pointe|pointes|talons?|orteils)\b",
    # "impossible de me mettre sur la pointe du pied droit", "incapable de monter sur mes pointes" (issue 13)
    r"\b(?:impossible|incapable) (?:de |d )(?:\w+ ){0,2}?(?:marcher|mettre|tenir|monter|rester|aller)"
    r" (?:\w+ ){0,2}?(?:sur )?(?:la |les |mes )?(?:pointe|pointes|talons?|orteils)\b",
    # "je sais plus lever le pied", "j'arrive plus a relever mon pied"
    rf"\b{_CANT} (?:a )?(?:lever|relever|soulever|remonter) (?:\w+ ){{0,3}}?(?:pied|pieds|orteils|gros orteil|pointe du pied|bout du pied)\b",
    # ... le pied qui ne veut plus se lever (session 32BA): "mon pied gauche ne veut plus se relever", "le pied droit refuse de
    # remonter" (pas "je ne veux plus me lever": le pied y est le sujet)
    r"\bpieds?\b(?: (?:gauche|droit|droite|gauch[e]|\w+)){0,2}? (?:ne |n )?(?:veut|veulent|voulait|voulaient) (?:plus|pas|presque plus"
    r"|plus du tout|plus tellement) (?:se |me )?(?:lever|relever|soulever|remonter|monter|decoller)\b",
    r"\bpieds?\b(?: \w+){0,2}? (?:refus[e]|refusent|refusait) (?:de |d )(?:se |me )?(?:lever|relever|soulever|remonter|monter|decoller)\b",
    # "ma jambe est de plus en plus faible", "ma jambe faiblit", "perd de la force"; a bare "plus
    # faible" is "weaker" (than the other leg, "un peu plus faible mais ça reste pareil"), as English
    # "weaker" alone: no worsening by itself
    rf"\b{_LEG}\b(?: \w+){{0,5}}? (?:de plus en plus|chaque jour plus|toujours plus|encore plus) (?:faibles?|molles?)\b",
    rf"\b{_LEG}\b(?: \w+){{0,3}}? (?:faiblit|faiblissent|se affaiblit|se affaiblissent|perd (?:de la |sa |toute sa )?force|perdent (?:de la |leur )?force)\b",
    # ... qui devient plus faible, plus molle (session 38D): "ma jambe devient plus faible", "mon genou devient plus mou" (un
    # devenir: une evolution; pas "ne ... plus": pas de "ne" ni de "pas" entre)
    rf"\b{_LEG}\b(?: (?!(?:et|mais|je|j|pas|ne|n|jamais)\b)\w+){{0,3}}? (?:devient|deviennent|devenait|devenaient|est devenue?"
    r"|sont devenue?s|commence a etre|commencent a etre) (?:un peu |encore |bien |beaucoup |de plus en )?plus (?:faibles?|molles?|mous)\b",
    # un genou ou une jambe qui plie tout seul, d'un coup (session 38D; GIVES_WAY): "mon genou plie tout seul", "ma jambe plie toute
    # seule plusieurs fois par jour", "mon genou droit flechit d'un coup"
    rf"\b{_LEG}\b(?: (?!(?:et|mais|je|j|pas|ne|n|jamais)\b)\w+){{0,3}}? (?:plie|plient|pliait|pliaient|ploie|ploient|flechit|flechissent"
    r"|flechissait) (?:tout seul|toute seule|tous seul[s]|toutes seules|sans preveni[r]|de un coup|d un coup|dun coup|brusquement"
    r"|soudainement|sans raison)\b",
    # une jambe ou un pied qui devient sans force, ou qui n'en a plus (session 34Y): "ma jambe gauche devient toute molle",
    # "mon pied est devenu sans force", "je n'ai plus aucune force dans la jambe droite", "ma jambe a perdu sa force" (un
    # etat seul, "ma jambe est sans force", ne dit pas l'evolution; "plus de force ... que" est une comparaison)
    r"\b(?:jambe|pied|jambe droite|jambe gauche|pied droit|pied gauche)\b(?: (?!(?:et|mais|je|j|pas|ne|n|jamais)\b)\w+){0,3}?"
    r" (?:devient|devenait|est devenue?|deviens|commence a etre|se met a etre) (?:(?!(?:pas|plus)\b)\w+ ){0,2}?"
    r"(?:sans (?:aucune )?force|faible|molle|mou|inert[e])\b",
    r"\b(?:jambe|pied|jambe droite|jambe gauche|pied droit|pied gauche)\b(?: (?!(?:et|mais|je|j)\b)\w+){0,3}? (?:a|avait) perdu (?:de la |sa |toute sa "
    r"|toute la |la )?force\b",
    r"\b(?:jambe|pied|jambe droite|jambe gauche|pied droit|pied gauche)\b(?: (?!(?:et|mais|je|j)\b)\w+){0,2}? (?:n |ne )?(?:a|avait) plus"
    r" (?:du tout |aucune |de )(?:de )?force\b(?! (?:\w+ ){0,4}?(?:que|qu|grac[e])\b)",
    r"\b(?:n |ne )?(?:ai|a|as|avais) plus (?:du tout |aucune |de )(?:de )?force (?:dans|a|au) (?:la |le |ma |mon |l )?"
    r"(?:jambe|pied|jambe droite|jambe gauche|pied droit|pied gauche)\b(?! (?:\w+ ){0,4}?(?:que|qu|grac[e])\b)",
    r"\b(?:plus|pu) (?:aucune |du tout de )force (?:dans|a|au) (?:la |le |ma |mon |l )?(?:jambe|pied|jambe droite|jambe gauche|pied droit"
    r"|pied gauche)\b",
    r"\b(?:faiblesse|perte de force)\b(?: \w+){0,4}? (?:empire|se aggrave|augmente|progresse|progressive|croissante|de plus en plus)\b",
    # the strength of the leg going down: "la force de ma jambe diminue", "je perds de la force dans le pied"
    rf"\bforces?\b(?: \w+){{0,2}}? {_LEG}\b(?: \w+){{0,2}}? (?:diminue|diminuent|baisse|baissent|part|s en va|se en va|fout le camp)\b",
    rf"\b(?:perds|perd|perdu|perdais|perdait) (?:de la |ma |sa |toute ma |un peu de |beaucoup de |bcp de |de plus en plus de )?force"
    rf" (?:dans |a )(?:la |le |ma |mon |mes |les |du |de la )?{_LEG}\b",
    # it still worked before, no more now: "avant-hier je savais encore me mettre sur la pointe du pied, hier a peine et ajd je
    # sais plus du tout", "la semaine passee j'arrivais encore a relever le pied, maintenant je peux plus"
    # (session 30W: "je marchais encore sur les talons, maintenant plus du tout", "aujourd'hui plus a gauche")
    r"\b(?:savais|pouvais|arrivais|reussissais|parvenais|savait|pouvait|arrivait|reussissait|parvenait|tenai[s]|tenai[t]|marchai[s]|marchai[t])"
    r" encore (?:un peu |un petit peu )?"
    r"(?:a |bien )?(?:\w+ ){0,4}?(?:pointe|pointes|talons?|orteils|pied|pieds)\b(?: \S+){0,14}? (?:(?:sais|peux|arrive|reussis|parviens|sait|peut)"
    r" (?:\w+ )?(?:plus|pas)|plus du tout|plus moyen|presque plus|impossible|a peine"
    r"|(?:maintenan[t]|mtn|aujourdhu[i]|ajd|auj|ce mati[n]|a presen[t]) (?:\w+ )?plus(?= (?:a |du cote |de le cote )?(?:gauche|droite)\b| ,| \.|$))\b",
    # the ability named first, then no more: "sur la pointe des pieds a gauche je sais plus", "sur les talons, j'y arrive
    # plus", "me mettre sur la pointe des pieds, je peux plus" (only "plus": "... je sais pas si c'est normal" is a doubt)
    r"\b(?:sur )?(?:la |les |mes |ma )?(?:point[e]|pointe[s]|talons?)\b(?: (?:des|du|de mes|de mon) (?:pieds?|orteil[s]))?(?: \w+){0,3}?"
    r"(?: ,)? (?:j |je |j y |y |ca |on )?(?:(?:sais|peux|arriv[e]|reussi[s]|parvien[s]|sait|peut|va)(?: vraimen[t]| meme)? (?:plus|presqu[e] plus"
    r"|quas[i] plus|quasimen[t] plus|pratiquemen[t] plus)|(?:ce est|c est|est) (?:deven[u] |devenu[e] )?impossibl[e])\b",
    # no more now, then still a bit before: "... je sais plus, lundi je savais encore un peu"
    r"\b(?:point[e]|pointe[s]|talons?|orteil[s]|pied|pied[s])\b(?: \S+){0,6}? (?:sais|peux|arriv[e]|reussi[s]|parvien[s]|sait|peut) (?:\w+ )?plus\b"
    r"(?: \S+){0,8}? (?:savai[s]|pouvai[s]|arrivai[s]|reussissai[s]|parvenai[s]|savai[t]|pouvai[t]|arrivai[t]) encor[e]\b",
    # tripping again and again: "je trebuche tout le temps", "je me prends les pieds partout"
    r"\btrebuch\w* (?:\w+ ){0,3}?(?:tout le temps|souvent|sans arret|constamment|plusieurs fois|\d+ fois|deux fois|trois fois)\b",
    # le bord du trottoir pris du pied encore et encore (session 21e): "je me suis pris le bord du trottoir 2 fois aujourd'hui"
    r"\b(?:me suis pris|me prends|ai (?:accroche|tape|cogn[e]|bute)|pieds? (?:\w+ )?(?:accroche\w*|tape\w*|bute\w*|prend\w*)) (?:\w+ ){0,4}?"
    r"(?:trottoir|bordur[e]|bord du trottoir)\b(?: \w+){0,6}? {REPEATED}\b",
    # le pied qui claque comme une tong: "il claque comme une tong"
    r"\bpieds?\b(?: \S+){0,16}? (?:il |ils )?claquen?t? (?:\w+ )?comme (?:une |des |un )?(?:tong|tong[s]|claquette[s]?|savate[s]?"
    r"|sandale[s]?|palme[s]?)\b",
    r"\b(?:me prends|prends) (?:\w+ )?pieds? (?:\w+ ){0,2}?(?:partout|tout le temps|dans tout)\b",
    r"\b(?:j tombe|tombe) (?:\w+ )?(?:tout le temps|souvent|sans arret)\b",
    # the foot that slaps, told by its sound (session 16b): "mon pied fait clac clac"; then "je sais plus le relever"
    r"\bpieds?\b(?: \w+){0,2}? (?:fait|font|faisait) (?:clac|clap|flac|flop|plac|paf|splas[h])\b",
    rf"\bpieds?\b(?: \S+){{0,10}}? {_CANT} (?:a )?(?:le|les) (?:lever|relever|soulever|remonter)\b",
)
# les jambes levees de moins en moins, la marche perdue en quelques heures (session 27R): "j'arrive de moins en moins a lever
# la jambe", "j'ai de plus en plus de mal a lever les jambes", "ce matin je marchais encore, maintenant je ne peux plus me
# lever" (un moment recent avant: pas "l'an dernier je marchais encore 10 km")
_RECENT = (r"(?:une heur[e]|heur[e]|heure[s]|demi heur[e]|minute[s]|ce mati[n]|cet apre[s] midi|ce midi|hier|hier soir|cett[e] nuit|tanto[t]|tout a"
           r" l heur[e]|tanto[t]|plus tot|au dejeune[r]|au soupe[r]|au dine[r])")
WORSENING_PATTERNS += (
    r"\bde moin[s] en moin[s] (?:bien )?(?:a |a les |a la |a le |a l |a ses |a mes |a sa |a ma |a son |a mon )?(?:\w+ )?(?:leve[r]"
    r"|souleve[r]|releve[r]|decolle[r])\b",
    r"\b(?:leve[r]|souleve[r]|releve[r]|decolle[r]) (?:\w+ ){0,3}?de moin[s] en moin[s]\b",
    r"\bde plus en plus (?:de mal|de difficult[e]|de difficulte[s]|dur|difficil[e]) (?:a |pour )(?:\w+ ){0,2}?(?:leve[r]|souleve[r]|releve[r]"
    r"|decolle[r]|teni[r] debou[t])\b",
    _RECENT + r"(?: \S+){0,4}? (?:pouvai[t]|pouvai[s]|arrivai[t]|arrivai[s]|marchai[t]|marchai[s]|se levai[t]|me levai[s]|tenai[t]|tenai[s])\b(?: \S+){0,8}?"
    r" (?:maintenan[t]|mtn|astheur[e]|asteur[e]|a presen[t]|desormai[s]) (?:\w+ ){0,4}?(?:plus|pu)\b(?: \w+){0,2}? (?:leve[r]|marche[r]|debou[t]"
    r"|teni[r]|bouge[r]|avance[r])\b",
    # le pied qui flappe (Quebec, sur le plancher): "mon pied gauche flappe quand je marche" (comme "my foot flaps", "mijn voet flapt")
    r"\bpieds?(?P<gap>(?: \w+){0,2}?) (?:flappe|flap[p]\w+)\b",
    # un pied qui tombe, dit comme on le remarque (session 28A): le pied ou la jambe qui obeit de moins en moins ("mon pied gauche
    # repond de moins en moins"), la pointe du pied relevee de plus en plus dur, plus tenir sur ce talon, le genou leve tres haut
    # pour marcher ("je dois lever le genou tres haut en marchant"; pas les montees de genoux d'un entrainement)
    r"\b(?:pieds?|jambes?|orteils?|chevilles?)\b(?: \w+){0,2}? (?:me |m )?(?:obei[t]|obeissen[t]|repon[d]|reponden[t]|reagi[t]|reagissen[t])"
    r" (?:\w+ )?(?:de moins en moins|de plus en plus mal|chaque jour moins|moins bien chaque jour)\b",
    r"\b(?:leve[r]|releve[r]|monte[r]|remonte[r]|souleve[r]) (?:la |le |mon |ma )?(?:point[e]|bou[t]|avan[t]) (?:du |de mon |de ma )?pied\b"
    r"(?: \w+){0,2}? (?:de plus en plus|chaque jour plus) (?:du[r]|difficil[e]|penibl[e]|compliqu[e])\b",
    r"\b(?:j |je )?(?:tiens|tient|tenai[s]) (?:plus|pas|presque plus|meme plus|meme pas) (?:debou[t] )?sur (?:le |la |les |mes |mon |ma |ce |cet"
    r" |cette )?(?:pointe|pointes|talons?|orteils)\b",
    r"\b(?:dois|devais|doi[t]|obligee? de|forcee? de|faut que je) (?:\w+ ){0,2}?(?:lever|relever|monter|soulever) (?:tres haut |bien haut )?"
    r"(?:le |la |mon |ma )?(?:genou|jambe|pied)(?: gauche| droit| droite)? (?:tres |bien |tout |plus )?hau[t]\b(?: \w+){0,7}?"
    r" (?:marchant|marche|avanc[e]|avancan[t]|escalier|marches|solda[t]|cheva[l]|pas de le oie|pas de l oie"
    # ... a stair climbed in the mind, the foot that would catch (session 32BA): "comme si je montais un escalier", "sinon le pied accroche"
    r"|montai[s]|monte[r]|grimpe[r]|grimpai[s]|accroch\w+|trai[n]e|trainerai[t]|butte[r]|bute[r]|trebuch\w+|racl\w+)\b",
    r"\b(?:escalier|marches|marcher|marchant)\b(?: \w+){0,6}? (?:dois|devais|doi[t]|obligee? de|forcee? de|faut que je) (?:\w+ ){0,2}?"
    r"(?:lever|relever|monter|soulever) (?:tres haut |bien haut )?(?:le |la |mon |ma )?(?:genou|jambe|pied)(?: gauche| droit| droite)?"
    r" (?:tres |bien |tout |plus )?hau[t]\b",
)

# ---- both legs ----
LEGS_PLURAL = ("jambes", "pieds")
LEGS_FEEL = ("sont", "deviennent")
HEAVY = ("en plomb",)
HEAVY_ADJ: tuple = ()
#: les jambes lourdes fatiguees apres une journee debout (session 31AG; bot/reading/redflags.py _heavy_tired_after): "les
#: jambes lourdes apres une journee debout", "en fin de journee" (pas "apres avoir marche")
HEAVY_TIRED_AFTER = (
    r"apres (?:\w+ ){0,3}?(?:debout|travail|boulot|service|garde|journee|journees|semaine)",
    r"(?:en|a la) fin de (?:la |ma )?(?:journee|semaine|service)",
    r"le soir apres (?:le|mon) (?:travail|boulot|service)",
)
LEGS_WONT = ("veulent plus", "veulent pas")
OBEY = ("obeir", "suivre", "avancer")
MINE = ("les miennes", "mes jambes")
TOO = ("aussi",)
MINE_TOO = (r"(?:les )?miennes aussi", r"moi aussi")
#: both legs, or both sides: "mes 2 jambes", "dans les deux jambes", "des deux cotes", "a droite et a gauche"; plural
#: legs count as in en/nl ("mes jambes"), but not "une de mes jambes"
_BOTH_SIDES = (r"(?:(?:les |mes |nos |des )?(?:deux|2) (?:jambes|pieds|cuisses|mollets|genoux|chevilles|cotes)"
               r"|de chaque cote|a droite (?:et|comme) a gauche|a gauche (?:et|comme) a droite"
               r"|(?<!\bune de )(?<!\bun de )(?<!\bune des )(?<!\bun des )(?:les |mes )?(?:jambes|pieds))")
#: getting weaker, said of the legs: "de plus en plus faibles", "s'affaiblissent", "perdent de la force"
_WEAKER = (r"(?:(?:de plus en plus|toujours plus|chaque jour plus|encore plus|de jour en jour plus) (?:faibles?|molles?|sans force)"
           r"|(?:se |s )?affaibliss\w*|faiblissent|(?:ont )?de moins en moins de forces?"
           r"|perdent (?:de la |de |leur |toute leur |un peu de |beaucoup de |bcp de |de plus en plus de )?forces?"
           r"|(?:perds|perd|perdu) (?:de la |de |toute ma |ma |toute la |beaucoup de |bcp de |un peu de |de plus en plus de )?forces?)")
#: weakness said before the legs: "de plus en plus de faiblesse dans", "je perds de la force dans", "je m'affaiblis des"
_WEAKER_FIRST = (r"(?:(?:de plus en plus|toujours plus|encore plus) (?:de )?(?:faibles?|faiblesse|molles?)"
                 r"|(?:perds|perd|perdu|perdre|perte) (?:de la |de |toute ma |ma |toute la )?forces?"
                 r"|(?:me |m )?affaiblis\w*|de moins en moins de forces?)")
#: weak, and "ca empire" told after it
_WEAK_NOW = r"(?:faibles?|faiblarde?s?|faiblesse|sans force|molles?|(?:pas|peu|moins) de force)"
_GETS_WORSE = (r"(?: (?:,|et|mais|puis))* (?:ca|cela|elles?|ce|c) (?:\w+ )?(?:empire|empirent|se aggrave|se aggravent|saggrave"
               r"|est de pire en pire|va de pire en pire)\b(?! pas\b(?! mal\b)| plus\b| jamais\b)")
#: the words between: no negation or contrast ("mes deux jambes ne sont pas de plus en plus faibles"), no comma
_NO_NEG_GAP = r"(?: (?!(?:pas|jamais|rien|aucune?|ne|n|mais|sauf|pourtant|seule?)\b)\w+){0,5}?"
BOTH_LEGS_WEAK_PATTERNS = (
    # engourdies et faibles, des mots de temps entre (session 19m): "mes deux jambes sont depuis une semaine engourdies et faibles"
    r"\b(?:jambes|pieds) (?:sont|deviennent|sont devenue[s]|etaient) (?:(?!(?:pas|plus|jamais|mais|ou|een|ne)\b)\w+ ){2,6}?et (?:auss[i] |un peu |tres )?"
    r"(?:faibles?|molles?|sans force|en coton)\b",
    # moins de force "dans les deux" apres les jambes (session 19m): "des fourmis dans les deux jambes, aussi moins de
    # force dans les deux"; les jambes qui deviennent comme du coton (Suisse): "mes deux jambes deviennent comme du coton"
    # (les jambes peuvent etre dites dans la phrase d'avant; "dans les deux bras" n'est pas une jambe)
    r"\b(?:moins de|pas de|plus de|peu de|aucune) (?:force|puissanc[e]) (?:\w+ )?(?:dans|a|aux) (?:les deux|les 2|toutes les deux"
    r"|tous les deux)\b(?! (?:\w+ )?(?:bras|main[s]|epaule[s]|poignet[s]|doigt[s]|coude[s])\b)",
    # (devenir: le changement est la faiblesse, comme "deviennent du coton"; "sont comme du coton" reste l'engourdissement)
    r"\b(?:jambes|pieds|guibo[l]{1,2}es)\b (?:\w+ ){0,2}?(?:deviennent|devenaient|sont devenue[s]|commencent a devenir)(?! (?:\w+ )?(?:pas|jamais)\b)"
    r" (?:\w+ ){0,2}?comme (?:du |de la |des )?(?:coton|ouate|guimauve|chiffon|chiffons|compote)\b",
    # a pack pattern has no gap group: the engine reads "plus", "en" (en/nl joins) in a gap as a new clause, so
    # "mes 2 jambes sont de plus en plus faibles" is read here (en/nl: "both my legs are getting weaker and weaker")
    rf"\b{_BOTH_SIDES}{_NO_NEG_GAP} {_WEAKER}\b",
    rf"\b{_WEAKER_FIRST}(?: \w+){{0,2}}? (?:dans|a|aux|sur|des|de) (?:les |mes )?(?:(?:deux|2) (?:jambes|pieds|cotes|cuisses|mollets)"
    r"|jambes|pieds|droite et a gauche|gauche et a droite)\b",
    rf"\b{_BOTH_SIDES}{_NO_NEG_GAP} {_WEAK_NOW}(?: \w+){{0,2}}?{_GETS_WORSE}",
    rf"\b{_WEAK_NOW}(?: \w+){{0,2}}? (?:dans|a|aux|sur|des|de) (?:les |mes )?(?:(?:deux|2) (?:jambes|pieds|cotes)|jambes|pieds"
    rf"|droite et a gauche|gauche et a droite){_GETS_WORSE}",
    r"\bjambes (?:\w+ ){0,2}?(?:obeissent|repondent|suivent|portent|tiennent) (?:plus|pas)\b",
    # la faiblesse dite plus loin avec "elles" (session 17): "mes deux jambes fourmillent et elles sont un peu plus faibles"
    r"\b(?:deux|2) (?:jambes|pieds)\b(?: \S+){0,16}? (?:elles|ils) (?:sont|deviennent|se sentent)(?! (?:\w+ )?(?:pas|jamais)\b)"
    r" (?:\w+ ){0,3}?(?:faibles?|sans force|en coton)\b",
    # ... molles comme de la gelee (session 18c): "fourmis dans les 2 jambes, elles deviennent molles comme de la gelee apres
    # 200 m"
    r"\b(?:deux|2) (?:jambes|pieds)\b(?: \S+){0,10}? (?:elles|ils) (?:sont|deviennent|se sentent|se font)(?! (?:\w+ )?(?:pas|jamais)\b)"
    r" (?:\w+ ){0,2}?(?:molle[s]|comme de la gele[e]|en gele[e]|en compot[e]|flagad[a]|en guimauv[e]|en cotto[n])\b",
    # ... dit dans une autre phrase que les jambes: "elles deviennent molles comme de la gelee"
    r"\b(?:elles|ils) (?:sont|deviennent|se font) (?:toutes? |tous )?(?:molle[s]|mous) comme (?:de la gele[e]|du coto[n]|de la guimauv[e]"
    r"|des nouille[s]|du chewin[g] gu[m])\b",
    r"\bjambes (?:\w+ ){0,3}?(?:lachent|se derobent|flanchent|cedent)\b",
    r"\bjambes (?:en coton|en guimauve|en compote|comme du coton|comme de la guimauve|en plomb)\b",
    r"\b(?:deux jambes|jambes) (?:\w+ ){0,3}?(?:paralys\w*|sans force)\b",
    # engourdies et faibles d'un trait (session 16b): "mes deux jambes deviennent engourdies et faibles quand je marche"
    r"\b(?:jambes|pieds) (?:sont|deviennent|sont devenue[s]|etaient) (?!(?:pas|plus)\b)(?:\w+ ){1,3}?et (?:auss[i] )?(?:faibles|molle[s]"
    r"|sans force)\b",
    # du coton, puis de plus en plus molles apres une virgule (session 16c): "les 2 jambes deviennent du coton, de plus en
    # plus molles, et ca fourmille" ("comme du coton" stays numbness)
    r"\b(?:jambes|pieds) (?:deviennent|sont devenue[s]|devenue[s]|sont|font) (?:du |de |en )(?:coton|guimauve|compote)\b",
    r"\b(?:jambes|pieds)\b(?: (?!(?:pas|jamais|ne|n|mais|sauf)\b)\S+){0,8}? (?:de plus en plus|toujours plus) (?:molle[s]|faibles)\b",
    # les jambes qui font l'elastique, l'escalier monte a la force des bras (session 18e): "mes deux jambes ont fait les
    # elastiques, j'ai du me cramponner a la rampe" ("je tiens la rampe" n'est pas un signe)
    r"\b(?:jambes|pieds)\b (?:\w+ ){0,2}?(?:ont fait|font|faisaien[t]|fait|faisai[t]) (?:les |des |l |le )?elastiques?\b",
    r"\b(?:jambes|pieds)\b(?: \S+){0,32}? (?:me |m )(?:cramponne[r]|cramponn[e]|cramponnai[s]|hisse[r]|hiss[e]|hissai[s]|tire[r]|tire|tirai[s]|agrippe[r]"
    r"|agripp[e]|agrippai[s]) (?:\w+ ){0,2}?(?:a|sur|par) la (?:ramp[e]|main courant[e]|balustrad[e])\b",
    # se tenir aux meubles pour rester debout, les jambes qui veulent plus (session 21d, jumeau de "ik moet me vasthouden aan het
    # aanrecht", "ze willen niet goed meer"): "mes deux jambes veulent plus, je dois me tenir au meuble" ("je me tiens a la
    # rampe par habitude" n'est pas un signe)
    r"\b(?:jambes|pieds|guibo[l]{1,2}es)\b(?: \S+){0,32}? (?:dois|doit|devais|faut que je|faut que j|fallait que je|oblig[e] de|oblige[e] de"
    r"|oblige[r] de) (?:\w+ )?(?:me |m )(?:tenir|tienn[e]|tiens|accroche[r]?|agrippe[r]?|cramponne[r]?|retenir|retienn[e]|appuye[r]|appui[e]"
    r"|rattrape[r]?) (?:\w+ ){0,2}?(?:a|au|aux|contre|sur) (?:le |la |les |l |un |une |des |mon |ma |mes )?(?:meubl[e]s?|tabl[e]s?"
    r"|chais[e]s?|murs?|evie[r]|plan de travai[l]|comptoi[r]|lavab[o]|port[e]|cadr[e]|buffe[t]|commod[e]|tout|n importe quoi"
    r"|quelque chose|ce que je trouve|trucs?)\b",
    r"\b(?:jambes|pieds|guibo[l]{1,2}es)\b (?:\w+ )?(?:veulent|voulaien[t]|veule[n]t) (?:plus|pas|plus trop|plus bien|pas bien|plus vraiment)"
    r"(?= ,| \.| et\b| mais\b|$| je\b| j\b| ca\b| depui[s]\b| du tout\b)",
    r"\b(?:jambes|pieds)\b(?: \S+){0,20}? (?:elles|ils) (?:veulent|voulaien[t]) (?:plus|pas) (?:bien |trop |vraiment )?(?:rien savoir|suivre"
    r"|avancer|obeir|marcher|me porte[r]|tenir)\b",
    r"\b(?:jambes|pieds)\b(?: \S+){0,20}? (?:elles|ils) (?:veulent|voulaien[t]) (?:plus|pas) (?:bien |trop |vraiment )?(?=$| ,| \.| et\b"
    r"| mais\b| je\b| j\b)",
    # les deux jambes devenues lourdes, et ca empire ou ca ne va plus, plus loin dans la phrase (session 25M1): "mes deux jambes
    # sont devenues lourdes, je monte plus l'escalier", "ses jambes deviennent lourdes, ca s'aggrave de jour en jour" ("les
    # jambes lourdes" seules, c'est la circulation)
    r"\b(?:jambes|guiboles|gambettes|canne[s]|pieds)\b (?:\w+ ){0,2}?(?:sont devenue[s]|deviennent|devenue[s]|devenaient|sont de plus en plus"
    r"|sont maintenant|sont) (?:\w+ ){0,2}?(?:lourde[s]|lourd[s]|lourdingues|en plomb|de plomb|comme du plomb|plus lourde[s])\b"
    r"(?=(?: \S+){0,40}? (?<!pas )(?:empire|empirent|(?:s|se) aggrave|(?:s|se) aggravent|de pire en pire|pire (?:chaque|tous les|de jour)"
    # ... ou se degrade, de plus en plus (session 34Q): "mes jambes deviennent lourdes a la marche, de plus en plus"
    r"|(?:s|se) degrad\w*|de plus en plus(?! souvent| raremen[t])"
    r"|plus faibles?|(?:ne|n|peut|peux|arrive|sait|sais|monte|marche|tient) (?:\w+ ){0,2}?plus (?:\w+ )?(?:monter|marcher|lever|descendr[e]"
    r"|tenir|avancer|escaliers?|marches|debout))\b)"
    r"(?!(?: \S+){0,40}? (?:(?:n|ne) (?:\w+ )?(?:empire|empirent|(?:s|se) aggrave|(?:s|se) aggravent)"
    r"|(?:empire|empirent|(?:s|se) aggrave|(?:s|se) aggravent) (?:pas|plus)"
    r"|pas (?:\w+ )?pire)\b)",
    # ... l'aggravation dite d'abord (session 31AN): "depuis dix jours c'est pire : mes deux jambes deviennent lourdes", "ca
    # empire, ses jambes sont devenues lourdes comme du beton" (pas le "c'est pas pire" quebecois: pas mal)
    r"\b(?<!pas )(?<!plus )(?<!jamais )(?:pire|empire|empirent|(?:s|se) aggrave|(?:s|se) aggravent|saggrave|de pire en pire"
    r"|(?:s|se) degrad[e])\b(?! pas\b| plus\b| jamais\b)(?: \S+){0,8}? (?:(?:ses|mes|les|leur[s]|nos|vos|ces|deux|2) )+(?:jambes|guiboles"
    r"|gambettes|pieds)\b (?:\w+ ){0,2}?(?:sont devenue[s]|deviennent|devenue[s]|devenaient|sont de plus en plus|sont maintenant|sont) "
    r"(?:\w+ ){0,2}?(?:lourde[s]|lourd[s]|lourdingues|en plomb|de plomb|comme du plomb|en beton|comme du beton|plus lourde[s])\b"
    r"(?! (?:\w+ ){0,4}?(?:journee|soire[e]|soir|apres|quand je reste|debout)\b)",
    # ... ou de plus en plus lourdes, de semaine en semaine (pas au fil de la journee: la fatigue du soir)
    r"\b(?:jambes|guiboles|gambettes|pieds)\b (?:\w+ ){0,2}?(?:deviennent|devenaient|sont|sont devenue[s]) (?:de plus en plus|toujours plus"
    r"|chaque (?:jour|semaine) plus) (?:lourde[s]|lourd[s]|en plomb)\b(?! (?:\w+ ){0,4}?(?:journee|soire[e]|soir|fin de (?:la )?journee"
    r"|apres|quand je reste|debout)\b)",
)
BOTH_LEGS_NUMB_PATTERNS = (
    # le signe d'abord, puis la gauche et la droite (session 30W): "des fourmillements a gauche et a droite a partir des genoux",
    # "des picotements dans la jambe gauche et la jambe droite" (pas "mal a la jambe gauche et la droite est engourdie")
    r"\b{LEG_NUMB}(?: \w+){0,6}? (?:a |de )?(?:gauche et (?:a |de )?droite|droite et (?:a |de )?gauche)\b",
    r"\b{LEG_NUMB}(?: \w+){0,3}? (?:dans|a|sur|de) (?:la |ma |le |mon )?(?P<part>jambe|pied|mollet|cuisse) (?:gauche|droite?) et (?:dans |a |sur |de )?"
    r"(?:la |ma |le |mon )?(?:(?P=part) )?(?:droite?|gauche)\b",
    # les jambes qui s'endorment (session 19m, jumeau de "my legs fall asleep", "mijn benen slapen"): "mes jambes s'endorment",
    # "mes deux jambes s'endorment quand je marche" (pas "ne s'endorment pas")
    # ... ou qui dorment (session 26F): "mes deux pieds dorment", "j'ai les pieds qui dorment"
    r"\b(?:jambes|pieds|guibo[l]{1,2}es)\b (?:(?!(?:een|ne|n)\b)\w+ ){0,2}?(?:(?:se |s )?(?:endormaien[t]|endormen[t])|dormen[t]|dormaien[t])\b"
    r"(?! (?:\w+ )?(?:pas|jamais|plus)\b)",
    # les deux jambes dites mortes, avec etre, sembler ou avoir (session 33M): "j'ai les deux jambes mortes", "mes deux pieds sont
    # comme morts", "mes jambes sont toutes les deux mortes" (pas "mortes de fatigue", pas apres le sport: des muscles fatigues)
    r"\b(?:(?:deux|2) (?:jambes|pieds|guibo[l]{1,2}es)|(?:jambes|pieds) (?:\w+ )?(?:toutes|tous) les deux)(?: (?:sont|etaient|semblent"
    r"|paraissent|restent|comme|toutes|tous|completement|totalement|vraiment|encore|maintenant|les deux)){0,3} morte?s?\b"
    r"(?! (?:de (?:fatigu[e]|crevaison)|apres (?:\w+ ){0,3}?(?:sport|footin[g]|cours[e]|maratho[n]|velo|rando\w*|entrainemen[t]|muscu\w*"
    r"|matc[h]|gym))\b)",
    # la gauche et la droite nommees, le signe apres un verbe au pluriel (session 26F): "mon pied gauche et mon pied droit
    # dorment", "ma jambe gauche et ma jambe droite sont engourdies" (pas "mal a la jambe gauche et la droite est engourdie")
    r"\b(?P<part>pied|jambe|mollet|cuisse) (?:gauche|droite?) et (?:mon |ma |le |la )?(?:(?P=part) )?(?:droite?|gauche) "
    r"(?:(?:sont|me|se|s|tous les deux|toutes les deux|les deux|deviennent|etaient|ont) ){0,3}?(?:{LEG_NUMB}|dormen[t]|endormen[t])",
    r"\b(?:sens|sent|ressens) (?:plus|pas|presque plus|presque pas|plus rien|rien) (?:\w+ )?(?:le bas de )?(?:mes |les )?(?:deux )?(?:jambes|pieds)\b",
    r"\b(?:jambes|pieds) (?:\w+ ){0,3}?(?:engourdie?s|endormie?s|insensibles|en fourmis?|comme du coton)\b",
    # faibles et engourdies d'un trait (session 16b): "mes jambes sont en coton et engourdies"
    r"\b(?:jambes|pieds) (?:sont|deviennent|sont devenue[s]|etaient) (?:\w+ ){1,3}?et (?:auss[i] )?(?:engourdie?s|endormie?s|insensibles"
    r"|pleine?s? de fourmi[s]|plei[n] de fourmi[s])\b",
    # les fourmis dites plus loin dans la phrase (session 16c): "les 2 jambes deviennent du coton, ..., et ca fourmille"
    r"\b(?:jambes|pieds)\b(?: (?!(?:pas|jamais|ne|n|mais|sauf)\b)\S+){0,12}? (?:ca|elle[s]|ils) (?:me )?(?:fourmill\w*|picot\w*)\b",
    # les deux jambes nommees d'abord, le signe dit "dans les deux" ensuite (session 23N): "mal au dos et aux deux jambes depuis
    # lundi, avec des picotements dans les deux", "elles sont engourdies toutes les deux", "les deux fourmillent" (pas "des
    # fourmis dans la jambe gauche et mal aux deux", pas "dans les deux mains")
    r"\b(?:deux|2) (?:jambes|pieds|mollets|cuisses)\b(?: (?!(?:pas|jamais|ne|n|mais|sauf|sans|ni)\b)\S+){0,12}?"
    r" (?:(?:les deux|toutes les deux|tous les deux|elles|ils) (?:me |sont |se |ont )?(?:\w+ )?{LEG_NUMB}"
    r"|{LEG_NUMB} (?:\w+ )?(?:dans|aux|sur|des|a) (?:les )?deux\b(?! (?:main[s]|bras|doigt[s]|fesses|hanche[s]|epaule[s]|poignet[s]|coude[s]|cotes du visag[e])\b)"
    r"|{LEG_NUMB} (?:\w+ ){0,2}?(?:toutes les deux|tous les deux|les deux)\b(?! (?:main[s]|bras|doigt[s]|fesses|hanche[s]|epaule[s])\b))",
)

# ---- cancer ----
CANCER_WORD: tuple = ()
CANCER_QUESTION = (r"est ce", r"serait ce", r"peut il",
                   r"pourrait etre", r"(?:ca|cela) peut etre", r"faut il")
#: a French verb after "j", "je me", "on se": "je me mets" is no "mets" (metastases); "je mets", "tu mets" are
#: rewritten to "mettre" (SPOKEN_PHRASES): a bare "je" here would hide the Dutch "heb je kanker gehad? ja"
CANCER_BENIGN = (r"j", r"(?:j|tu|on|il|elle|ca) (?:me|te|se|le|la|les|y|en)")
CANCER_DOUBT = (# ce sur quoi on est tombe en cherchant (session 35J): "je suis tombee sur cancer, infection...", "tombe sur des trucs
                # comme cancer" (pas "ils sont tombes sur une tumeur", "le chirurgien est tombe sur": trouve chez le patient)
                r"(?<!\bsont )(?<!\best )(?<!\bon a )tombee? sur(?: \w+){0,3}$",
                r"depistage", r"exclu\w*", r"ecart\w*", r"elimin\w*", r"ce soit", r"soit un",
                # une conviction sur la cause, pas un cancer eu (session 19): "je suis persuade que c'est un cancer"
                r"(?:persuad\w*|convaincu\w*|sur|sure|surs|certain|certaine|parie) (?:que |qu )(?:ce est|c est|cest|ce soit|ca|c)\b")
#: a clause that asks or worries whether it is cancer, the cue anywhere before the cancer word: "j'ai peur que ce soit
#: quelque chose de grave genre un cancer", "ca peut venir d'un cancer ?"
CANCER_ASKED = (
    # l'heredite demandee (session 19m): "c'est hereditaire ce cancer ?" (le cancer d'un proche)
    r"\b(?:hereditaire|genetique|se transmet)",
    r"\b(?:{FEAR}) (?:\w+ ){0,2}?(?:que|qu|de)",
    # ... or reveal, announce it (session 38T): "une douleur au dos peut reveler un cancer ?", "un mal de dos peut annoncer une tumeur ?"
    r"^(?:\w+ ){0,2}?(?:ca|cela|ce|le mal de dos|la douleur|mon mal de dos|(?:une|la) douleur (?:au|de|du) dos|un mal de dos"
    r"|(?:des|les) douleurs (?:au|de|du) dos|(?:une|la) lombalgie) (?:peut|pourrait|pourraient|peuvent) (?:\w+ )?"
    r"(?:venir|etre|provenir|signifier|vouloir dire|indiquer|cache[r]|revele[r]|annonce[r]|signale[r]|trahi[r])",
    # ... un mal de dos ordinaire demande comme un cancer (session 33D): "un simple mal de dos peut-il etre un cancer", "est-ce qu'une
    # douleur de dos normale peut aussi etre un cancer", "une banale lombalgie peut cacher un cancer ?"
    r"\b(?:(?:un|une|le|la) (?:simple|banal|banale|petit|petite) (?:mal de dos|mal au dos|douleur|lombalgie|lumbago|sciatique)"
    r"|(?:mal de dos|mal au dos|douleur (?:de|du|au) dos|douleur|lombalgie|lumbago|sciatique) (?:ordinaire|normal|normale|banal|banale|classique"
    r"|simple|courant|courante|habituel|habituelle|commun|commune))(?: \w+){0,4}? (?:peut|pourrait|peuvent|pourraient)(?: \w+){0,2}?"
    r" (?:etre|venir|cacher|signifier|indiquer|annoncer|devenir)\b",
    # a back pain that could turn into it (session 16b): "est-ce qu'un mal de dos ca peut se transformer en cancer"
    r"\b(?:mal de dos|mal au dos|douleurs? (?:de|du|au) dos|lombalgie|sciatique|ca|cela) (?:\w+ ){0,2}?(?:peut|peuvent|pourrait"
    r"|pourraient|risqu[e] de) (?:\w+ )?(?:se transforme[r]|tourner|devenir|degenere[r]|evolue[r]|donner|provoquer|causer|cache[r]"
    r"|fini[r] (?:en|par))\b",  # "ca peut finir en cancer a force ?" (session 17e)
    # ... whatever else asked as giving it (session 32AP): "rester assis toute la journee peut donner un cancer ?", "les
    # anti-inflammatoires peuvent-ils provoquer un cancer", "est-ce que le telephone donne le cancer"
    r"\b(?:peut|peuvent|pourrait|pourraient|risque|risquent|va|vont)(?: (?:il|ils|elle|elles|me|te|nous|vous|leur|lui|de|d)){0,2}"
    r" (?:donner|provoquer|causer|declencher|entrainer|favoriser)\b",
    r"^(?:est ce que|est ce qu|estce que|est ce) (?:\w+ ){1,5}?(?:donne|donnent|provoque|provoquent|cause|causent|declenche"
    r"|declenchent|favorise|favorisent)\b",
    # ... one's pain asked as being it, the subject after its verb (session 32AP): "ma douleur est-elle un cancer ?", "ce mal de
    # dos serait-il une tumeur ?"
    r"\b(?:est|serait|pourrait etre|peut etre) (?:il|elle|ce|ca)(?: (?:vraiment|peut etre|forcement))? (?:un|une|le|la|du)$",
    # lu ou entendu (session 17: "j'ai lu sur internet que ca peut etre une tumeur", "ma belle-mere dit qu'un mal de dos
    # ca peut cacher un cancer")
    r"\b(?:lu|lis|lire|entendu|vu|google|googlise)\b (?:\w+ ){0,4}?(?:sur|que|qu|des|de)\b",
    r"\b(?:internet|google|tiktok)\b",
    r"\b(?:je me demande|vous pensez|tu penses|se pourrait il) (?:si |que |qu )?",
    # comment le savoir, et si c'etait (session 35J): "comment savoir si c'est un cancer ?", "et si c'etait une tumeur ?"
    r"\bcomment (?:savoir|etre su[r]|etre sure|on sait|je sais|je peux savoir|reconnaitre|differencier|distinguer|faire la difference)\b",
    r"^si (?:c|ce|ca|cela) (?:etait|est|serait)\b",
    # le mal de dos en general demande comme un cancer (session 18): "le mal de dos c'est un cancer ??"
    r"^(?:\w+ ){0,2}?(?:le|un) (?:mal de dos|mal au dos|lombalgie|sciatique) (?:ce |c |ca )?(?:est|serait|cest)"
    r"(?: (?:forcement|toujours|souvent|parfois))? (?:un|une|du|le|la)$",
    # avoir mal au dos a cause d'un cancer, s'il s'agissait de, quand y penser (session 36F): "peut-on avoir mal au dos a cause d'une
    # tumeur ?" (lu "peut on avoir le mal de dos est un"), "et s'il s'agissait d'un cancer ?", "a partir de quand doit-on penser
    # a une tumeur ?", "quels signes doivent faire penser a un cancer ?"
    r"^(?:est ce que |est ce qu )?(?:peut on|on peut|on pourrait|peut il|est ce que on peut|est ce qu on peut) (?:avoir|souffrir)\b",
    r"^(?:si|se) il se agi\w*",
    r"\b(?:quand|a partir de quand|a quel moment|des quand)\b (?:\w+ ){0,4}?(?:penser|pense|inquieter|soupconner|suspecter|evoquer"
    r"|craindre)\b",
    r"\b(?:doivent|doit|devrait|devraient|peuvent|peut) faire penser a\b",
)
#: the patient's own cancer told in the same sentence: had, treated, coming back ("j'ai eu un cancer du sein, est-ce
#: que ca peut revenir ?")
#: un mot d'exemple qui ouvre la proposition du mot cancer apres une virgule (session 35J; bot/reading/redflags.py _asking_clause):
#: "ca peut venir de quelque chose de grave, genre une tumeur ?" -- la question est la proposition avant la virgule
CANCER_EXAMPLE = (r"comme", r"genre", r"du genre", r"tel que", r"telle que", r"tels que", r"par exemple", r"style", r"type", r"notamment")
#: le mot cancer seul apres une virgule, comme exemple de la question d'avant sans mot d'exemple (session 38T;
#: bot/reading/redflags.py _apposition): "ca peut cacher quelque chose de grave, une tumeur ou quoi ?" -- CANCER_APPOSITION_BEFORE
#: est tout ce qui peut preceder le mot dans sa proposition (un article), CANCER_VAGUE tout ce qui peut le suivre (un flou)
CANCER_APPOSITION_BEFORE = (r"un", r"une", r"des", r"un genre de", r"une sorte de", r"une espece de")
CANCER_VAGUE = (r"ou quoi", r"ou autre", r"ou autre chose", r"ou un truc", r"ou un truc comme ca", r"ou un truc du genre", r"ou quelque chose",
                r"ou quelque chose comme ca", r"ou quelque chose du genre", r"ou je sais pas quoi", r"ou je ne sais quoi", r"ou pas",
                r"peut etre", r"par exemple", r"meme", r"a dieu ne plaise")
#: un cancer ou une tumeur demande en general comme cause, le sujet d'un verbe qui cause (session 36F; bot/reading/redflags.py
#: _cancer_as_cause): "le cancer peut-il provoquer des douleurs au dos ?", "les tumeurs donnent-elles mal au dos ?" --
#: CANCER_CAUSE_BEFORE est toute la proposition avant le mot, CANCER_CAUSE_AFTER ouvre celle d'apres, CANCER_NAMED le mot
CANCER_CAUSE_BEFORE = (r"(?:est ce que |est ce qu )?(?:le|la|les|un|une|des)(?: \w+)?",)
CANCER_CAUSE_AFTER = (r"(?:(?:du|des|de la|de) \w+ )?(?:peut|peuvent|pourrait|pourraient)(?: (?:il|ils|elle|elles))?(?: \w+)? (?:causer|donner|provoquer|faire"
                      r"|entrainer|declencher)",
                      r"(?:donne|donnent|cause|causent|provoque|provoquent|fait|font|entraine|entrainent)(?: t)? (?:il|ils|elle|elles)")
CANCER_NAMED = (r"\w*cancers?", r"tumeurs?")
#: a cut word said as a particle after the subject of an asking clause (session 36F; none in French yet)
CANCER_PARTICLE_SUBJECT: tuple = ()
CANCER_PARTICLE: tuple = ()
CANCER_OWN = (
    # (not a care asked as a condition: "ca peut tourner en cancer si on le soigne pas", session 19m)
    r"eu", r"avais", r"il y a \d+", r"traite\w*", r"(?<!\bsi on le )(?<!\bsi on ne le )(?<!\bsi on la )soigne\w*", r"chimio\w*", r"radiotherapie", r"rayons",
    r"reven\w*", r"revien\w*", r"recidiv\w*", r"rechute", r"encore", r"de nouveau", r"trouve\w*", r"enleve\w*", r"opere\w*", r"an dernier", r"annee derniere", r"(?<!\b1[89] )(?<!\b[2-9]\d )ans",  # not an adult's age ("78 ans", session 17)
    r"metasta\w*", r"remission",
    r"(?:mon|ma) (?:\w+ )?(?:cancer|tumeur)",
)
#: the patient's own cancer asked about as coming back ("est-ce que mon cancer est revenu", "j'ai peur que mon cancer du
#: sein se soit propage"): a history (bot/reading/redflags.py _cancer_returning); CANCER_MINE ends the words before the
#: cancer word, CANCER_BACK opens the words after it (a "du sein" and auxiliaries between)
CANCER_MINE = (r"(?:mon|ma)(?: \w+)?",)
#: son propre cancer nomme dans une question sur ce qu'il fait (session 31AI; bot/reading/redflags.py _cancer_owned): "est-ce que ca
#: peut venir de mon cancer", "c'est mon cancer qui fait ca ?" (le possessif juste avant; pas de peur ni de test apres)
CANCER_OWNED = (r"(?:mon|ma)(?: (?:ancien|vieux|premier|precedent))?",)
CANCER_OWNED_NOT_AFTER = ("risque", "risques", "peur", "angoisse", "phobie", "depistage", "test", "tests", "gene", "genes")
#: le cancer d'un proche demande pour le sien (session 30AC; bot/reading/redflags.py _cancer_theirs_for_mine): "est-ce que son cancer
#: veut dire que le mien ...", "son cancer peut-il expliquer mon mal de dos" (pas "son cancer peut-il en etre la cause")
CANCER_THEIRS = ("son", "sa", "leur")
CANCER_FOR_MINE = (r"le mien", r"la mienne", r"(?:mon|ma|mes) (?:propre |propres )?(?:mal de dos|mal au dos|dos|douleur|douleurs|lombalgie)",)
#: l'histoire d'un autre, lue ou entendue (session 19j; bot/reading/redflags.py _cancer_story_sentence): "j'ai lu l'histoire d'un
#: mec de 33 ans qui ...", "vu une video d'une femme qui ..."; sauf le cancer du patient dit dans la phrase (CANCER_MY)
CANCER_STORY = (r"(?:lu|vu|entendu|regarde|ecoute|tombe sur|trouve|lis|vois) (?:\w+ ){0,3}?(?:histoire|article|temoignage|video|post"
                r"|reportage|forum|interne[t]|tiktok|facebook|youtube|journal|emission|documentaire)",
                r"(?:histoire|cas|temoignage) (?:de|d) (?:un|une) (?:mec|gars|type|femme|homme|fille|garcon|dame|monsieur|personne|jeune"
                r"|patiente?|ado)",
                r"(?:un|une) (?:mec|gars|type|femme|homme|fille|garcon|dame|monsieur|personne|jeune|patiente?|ado)(?: de \d+ ans)? qui")
#: quelqu'un d'autre qui "avait la meme chose" (session 22, engine _cancer_same_story): "ma voisine avait eu la meme chose et au
#: final c'etait un cancer"
CANCER_SAME = (r"(?:avait|a eu|avait eu|a|a fait|avait fait|a connu|avait connu) (?:\w+ )?(?:la meme chose|exactement la meme chose"
               r"|pareil|la meme|les memes symptomes|les memes douleurs|la meme douleur|quelque chose de similaire|un truc pareil"
               r"|le meme truc|la meme histoire)",)
CANCER_MY = (r"(?:j ai eu|j avais|j ai|moi (?:aussi )?j ai eu|mon|ma) (?:\w+ ){0,3}?(?:{CANCER_WORD}|tumeur\w*|leuc[ea]mi\w*|lymphom\w*|melanom\w*|\w*carcinom\w*)",)
#: l'histoire d'un autre, puis ce que c'etait (session 37N; bot/reading/redflags.py _cancer_told_of_other): "ma tante avait
#: mal au dos et c'etait un cancer", "un ami avait des douleurs lombaires, ca s'est revele etre un cancer" -- la personne
#: (FAMILY ou CANCER_SOMEONE), son verbe d'avoir (CANCER_TOLD_HAD) et ce que c'etait (CANCER_REVEALED), sans je, mon ou
#: "le mien" entre: le cancer est le sien (pas "ma tante l'a eu et moi j'ai eu un cancer du sein")
CANCER_SOMEONE = (r"(?:un|une) (?:ami|amie|pote|copain|copine|collegue|voisin|voisine|homme|femme|mec|gars|dame|connaissance)",
                  r"quelqu un")
CANCER_TOLD_HAD = (r"avait|a eu|avait eu|a|souffrait|a souffert|se plaignait|trainait|a traine|est alle chez le medecin avec",)
CANCER_REVEALED = (r"(?:c etait|c est|etait|revele|revelee|avere|averee|s agissait d|s agit d|a ete) (?:\w+ ){0,4}?"
                   r"(?:{CANCER_WORD}|tumeur\w*|leuc[ea]mi\w*|lymphom\w*|myelom\w*|melanom\w*|\w*carcinom\w*|metasta\w*)",)
CANCER_BACK = (r"(?:(?:du|de|des|de la) \w+ )?(?:(?:est|soit|serait|sera|a|ait|aurait|t|il|pu|se|qui|peut|pourrait|etre|deja"
               r"|encore|bien|de) ){0,5}?(?:reven\w*|revien\w*|reviendr\w*|retour\w*|recidiv\w*|rechut\w*|propag\w*|metasta\w*)",)
CANCER_NOT_AFTER = (r"benigne?s?", r"non cancereuse?s?", r"non maligne?s?",
                    # l'heredite demandee (session 19m): "est-ce que le cancer est hereditaire ?"
                    r"(?:(?:est|c est|ce est|serait|il est|ca est) )?(?:hereditaire|genetique)s?", r"(?:ca |il )?se transmet\w*")
CANCER_DIED_BEFORE = (r"(?:mort|morte|morts|mortes|decede|decedee|emporte|emportee) (?:\w+ )?(?:de|par)(?: un| une| son| sa| ses)?",
                      # ... partis d'un cancer, morts d'un cancer (session 26G): "mon pere et deux de mes freres, partis d'un cancer"
                      # (pas "tout est parti d'un cancer du sein": le debut d'une histoire)
                      r"(?<!tout est )(?<!ce est )(?<!c est )(?<!cest )(?<!ca est )(?<!tout )(?:partis|parties|parti|partie|morts?|mortes?|decede\w*"
                      r"|emporte\w*) (?:\w+ )?(?:d|du|de|avec)(?: un| une| le| la| son| sa| ses)?",
                      # la mort d'abord, la maladie apres la virgule (session 18f): "ma mere est decedee l'an dernier, cancer du sein"
                      r"(?<!j )(?<!je suis )(?<!presque )(?:decede|decedee|decedes|decedees|(?:est|sont|etait) (?:\w+ )?(?:mort|morte|morts|mortes))"
                      r"(?: \w+){0,3}? ,")
CANCER_DIED_AFTER: tuple = ()
CANCER_PATTERNS = (
    r"\btumeurs?\b(?! benigne)|\bchimio\w*|\bradiotherap\w*|\bleucemie\b|\blymphome\w*|\bmyelome\b|\bmelanome\b|\bsarcome\b",
    r"\bcarcinome\w*|\boncolog\w*|\bmetastas\w*|\bmaligne\b|\bhormonotherapie\b|\bcancereu\w*",
    # told by its treatment (session 17): des piqures d'hormones pour la prostate ou un sein, des rayons pour un sein
    r"\b(?:piqures?|injections?|traitement|comprime[s]|cache[t]s|implan[t]) (?:\w+ ){0,2}?hormon\w*(?: \S+){0,4}? (?:prostate|sein[s]?)\b",
    r"\b(?:eu|fait|subi|fais|faire) (?:des |les )?rayo[n]s (?:\w+ ){0,3}?(?:pour|sur|au|a la|au nivea[u]) (?:\w+ ){0,2}?"
    r"(?:sein[s]?|prostate|poumon|colon|rectum|vessie|gorg[e]|uteru[s]|col|ganglion\w*)\b",
    # "des metas", "mes metas", "une meta osseuse": the short word for metastases
    r"\bmetas\b|\b(?:une|des|mes|les|ses|de|la|sa) meta\b",
    # dit par l'operation (session 17e): "sein gauche opere en 2019 + rayons", "on m'a enleve la prostate" (pas
    # "opere du genou", "au sein de")
    r"(?<!\bau )\b(?:sein[s]?|prostate) (?:\w+ ){0,2}?(?:opere\w*|enleve\w*|retire\w*|ampute\w*)\b",
    r"\b(?:opere\w*|enleve\w*|retire\w*|ampute\w*|ablatio[n]) (?:\w+ ){0,2}?(?:du|de la|d un|le|la|un|une|mon|ma) (?:\w+ )?"
    r"(?:sein[s]?|prostate)\b",
    r"\b(?:en|dans) remission\b(?! de (?:mon |ma |la |le |une |un )?(?:sciatique|hernie|lombalgie|depression|burn out|lumbago))",
)

# ---- weight loss ----
WEIGHT: tuple = ()
WASTING_PART = ("mollet", "cuisse", "muscle", "muscles", "jambe", "bras")
#: une partie du corps qui s'amincit, pas le corps (session 31AJ; bot/reading/redflags.py _part_grown_thin): "ma peau
#: s'est amincie avec la cortisone", "mes levres se sont amincies" (la partie sujet du mot de minceur, THIN_WORD, sans "je"
#: entre les deux)
THIN_PART = ("peau", "cheveux", "ongles", "levres", "sourcils", "cils", "os", "sang", "cartilage", "gencives", "cuir chevelu")
THIN_WORD = (r"minc\w*", r"aminci\w*", r"fin|fins|fine|fines")
#: ... le pantalon en argot ou de sport (session 29O): "mon froc tombe", "mon futal", "mon short", "mon bas de jogging"
CLOTHES = (r"pantalons?|jeans?|vetements|habits|jupes?|ceinture|robe|robes|fro[c]|futa[l]|falza[r]|shorts?|joggin[g]|survet\w*"
           # ... les fringues, les chemises, les pulls (session 35D): "mes fringues sont trop larges"
           r"|fringue[s]|chemise[s]|pull[s]?|t shirt[s]?",)  # not "affaires": one's things
#: une perte de poids reprise comme celle deja dite (bot/reading/redflags.py _told_again, session 26C): "cette perte de poids",
#: "ces kilos en moins", "d'avoir perdu tout ce poids"
WEIGHT_TOLD_AGAIN = (r"(?:cette|ce|ces|cet|tout ce|tous ces|toute cette|la|le|les) (?:\w+ )?(?:perte de poids|perte|amaigrissement|poids|kilos?|kgs?)",)
#: ... ou qui glisse des hanches (session 29O): "mon jean glisse des hanches", "mon pantalon descend tout seul"
TOO_LOOSE = (r"trop grande?s?|trop larges?|flotte|flottent|tombe|tombent|baille|baillent|gliss[e]|glissen[t] (?:des|de mes|sur mes) hanche[s]"
             r"|descen[d] tout seu[l]|descenden[t] tout seul[s]"
             # trop amples, trop laches, qui pendent (session 35D): "mes habits sont devenus trop amples", "mes habits pendent sur moi"
             r"|trop ampl[e]s?|trop lach[e]s?|pen[d] sur moi|penden[t] sur moi|penden[t] de partout|pendouill\w*"
             r"|tourn[e] autour de (?:ma|mes) (?:taill[e]|hanche[s])",)
NEW: tuple = ()
HOLES = ("trou", "trous")
LAST_HOLE = ("dernier trou", "dernier cran")
BELT = ("ceinture",)
INTENT = (r"regime\w*", r"diete", r"fais attention", r"fait attention", r"faire attention", r"expres", r"volontaire\w*",
          r"voulu", r"mincir", r"sport", r"salle de sport", r"fitness", r"courir", r"course a pied", r"weight watchers",
          r"keto", r"nutritionniste", r"dieteticien\w*", r"ramadan", r"careme", r"pour perdre du poids",
          # une seche, le jeune, la salle (session 17e): "fondu de 9 kilos avec la seche et le jeune 16/8, la salle 5x"
          r"(?:la|une|en|ma|sa) sech[e]", r"jeun[e] intermittent",
          r"(?:le|du|en|au|mon) jeun[e](?! (?:homm[e]|femme|fille|garco[n]|age|medecin|enfant|fils|chien|chat)\b)",
          r"la salle (?:\d+ ?x|\d+ fois|tous les|chaque)", r"muscu\w*")
#: weight loss as a remedy asked about ("la perte de poids, ca aide pour le dos ?"): the act, not going on, a helping
#: word in its clause (bot/reading/redflags.py _weight_as_remedy)
WEIGHT_AS_ACT = (r"perte de poids", r"amaigrissement", r"maigrir", r"perdre (?:du |de le )?poids")
WEIGHT_ONGOING = (r"(?:ai|a|avais|avait|eu|avec|note|constate|remarque) (?:une|la|de la|d une|des)(?: \w+)?",)
#: a pronoun that takes the act up again after a comma: "la perte de poids, ca aide ?"
WEIGHT_RESUMED = (r"(?:ca|cela|ce|est ce que ca|est ce que cela)",)
WEIGHT_REMEDY = (r"aide\w*", r"aider\w*", r"soulag\w*", r"(?:bon|bonne|mieux|meilleur) pour", r"ameliore\w*", r"conseill\w*",
                 r"recommand\w*", r"utile",
                 # ou demandee comme cause (session 16d): "est-ce que maigrir peut donner mal au dos"
                 r"caus\w*", r"provoqu\w*", r"donne\w* (?:\w+ )?(?:mal|douleur\w*)",
                 # "est-ce que ca vient de la perte de poids ?", "c'est a cause de la perte de poids ?" (session 19h)
                 r"(?:vient|viendrait|vienne) (?:\w+ )?(?:de|du|d)", r"a cause (?:de|du|d)",
                 # ... avec un auxiliaire (session 23P): "ca peut venir de la perte de poids ?", "ca pourrait etre du a l'amaigrissement"
                 r"(?:peut|peuvent|pourrait|pourraient|peux) (?:\w+ )?(?:venir|etre (?:du|due|dus|lie|liee|lies)) (?:de|du|d|a|au|avec)",
                 # the loss named as one of two causes: "c'est la perte de poids ou ma technique ?"
                 r"(?:ce|c) est (?:la|a cause de la) (?=perte de poids (?:\w+ ){0,2}?ou\b)",
                 # ... ou qui fragilise le dos (session 21e): "c'est la perte de poids qui fragilise le dos ?"
                 r"fragilis\w*", r"affaibli[t]",
                 # ... ou qui aggrave le dos (session 34S): "maigrir, ca peut aggraver le mal de dos ?", "la perte de poids empire mon dos ?"
                 r"aggrav\w*", r"empir\w*", r"mauvais\w* pour", r"(?:rend|rendre|rendu|rendrait) (?:\w+ ){0,3}?pire")
UNINTENDED = (r"rien (?:comme|en|de) regime",  # le regime nie (session 37W): "je fais rien comme regime"
              r"sans le vouloir", r"sans (?:faire de |aucun )?regime", r"noreason", r"pas fait (?:de |expres)",
              r"pas (?:de |un |au )?regime", r"involontaire\w*", r"inexplique\w*", r"sans (?:raison|explication)",
              r"sais pas pourquoi", r"pas expres", r"pas volontaire\w*",
              # nothing changed (session 18): "alors que je mange comme toujours et je fais zero sport"
              r"zero (?:sport|effort|regime|exercice)", r"mange\w* (?:\w+ ){0,5}?comme (?:toujours|d habitude|avant)",
              # "je mange comme d'hab", "j'ai rien change" (session 20b)
              r"mange\w* (?:\w+ ){0,5}?comme (?:d ha[b]|dha[b]|dhabitud[e])", r"(?:ai|a) (?:rien|pas) chang[e]",
              # le meme appetit, la meme assiette (session 35D): "je mange pareil", "mon appetit est le meme", "je mange normal"
              r"mange\w* (?:\w+ ){0,3}?(?:pareil|normal|normalemen[t]|autant|la meme chose)", r"appeti[t] (?:\w+ ){0,2}?(?:le meme|pareil|normal|inchang\w*)")
INTENT_STRONG = (# du poids pris n'est pas du poids perdu (session 18): "un cran de moins a ma ceinture, j'ai pris 4 kilos"
                 r"pris (?:du |des |\d+ ?)?(?:poids|kilos?|kg)", r"grossi",
                 # la salle remerciee, les frites quittees (session 18f): "-11 kg merci la salle et adieu les frites du soir"
                 r"merc[i] (?:a )?(?:la salle|le sport|le vel[o]|la cours[e]|la musc[u]\w*|le clu[b]|mon coac[h])",
                 r"(?:adie[u]|bye bye|salu[t]|fini) (?:les|la|le|aux) (?:frite[s]|chip[s]|biere[s]|sucrerie[s]|bonbon[s]|pizza[s]"
                 r"|soda[s]|gateau[x]|apero[s])",
                 # perdu avec de l'aide et avec joie (session 18): "avec mon coach et le reequilibrage alimentaire, super
                 # fiere" (les mots hors du vocabulaire du lecteur de fautes)
                 r"(?:avec|grac[e] a|chez) (?:mon|ma|le|la|un|une|mes|notre) (?:\w+ )?(?:coac[h]\w*|dieteticie[n]\w*"
                 r"|nutritionnist[e]|entraineu[r]|entraineus[e])\b", r"(?:re)?equilibrag[e] alimentair[e]",
                 r"mange\w* (?:\w+ )?(?:mieu[x]|plus sai[n]\w*|equilibr[e]\w*|sainemen[t])", r"fiere?s?", r"content[e]? de moi",
                 # un programme ou un objectif (session 20b): "je fais du crossfit et j'ai perdu 9 kg (enfin!! objectif
                 # atteint)", "comme prevu"
                 r"crossfi[t]\w*", r"objecti[f] (?:attein[t]|rempli|realise|touche)", r"comme prev[u]", r"poids (?:idea[l]|cibl[e]|de form[e])",
                 r"regime\w*", r"diete", r"expres", r"volontaire\w*", r"voulu", r"salle de sport", r"fitness",
                 r"weight watchers", r"keto", r"nutritionniste", r"dieteticien\w*", r"pour perdre du poids", r"bypass",
                 r"sleeve", r"anneau gastrique", r"accouche\w*", r"grossesse", r"ramadan", r"careme",
                 r"(?:la|une|en|ma|sa) sech[e]", r"jeun[e] intermittent",
                 r"(?:le|du|en|au|mon) jeun[e](?! (?:homm[e]|femme|fille|garco[n]|age|medecin|enfant|fils|chien|chat)\b)",
                 r"la salle (?:\d+ ?x|\d+ fois|tous les|chaque)", r"muscu\w*")
MORE_RATHER = ("plutot",)
#: une perte de poids voulue (session 33E): avec un medicament pour maigrir ("j'ai perdu 7 kg avec les injections pour
#: maigrir", "le stylo amaigrissant"; pas une "piqure" seule: un vaccin)
_MEANT_33E = (r"(?:piqure[s]?|injection[s]?|stylo[s]?|traitemen[t]|medicamen[t]s?) (?:pour maigri[r]|amaigrissan[t]\w*|minceu[r]|anti ?obesit[e])",)
INTENT += _MEANT_33E
INTENT_STRONG += _MEANT_33E + (r"voulue?s?",)
#: un indice d'intention suivi d'une comparaison niee avec avant (session 42D, bot/reading/redflags.py _intent_in): le sport
#: pas plus qu'avant n'explique pas la perte: "j'ai perdu 6 kilos, le velo pas plus que d'habitude", "le sport comme
#: d'hab" (pas "pas plus de 1200 calories": la comparaison est avec avant)
INTENT_DENIED_AFTER = (
    r"(?:pas|jamais) plus(?: \w+){0,2}? (?:que|qu) (?:avant|de habitude|de hab|dhab|d habitude|normal|normalement|de ordinaire"
    r"|d ordinaire|la normale|toujours|le annee derniere|l annee derniere|auparavant|de avant|d avant)\b",
    r"ni plus ni moins(?: (?:que|qu) (?:avant|de habitude|de hab|dhab|d habitude|de ordinaire|d ordinaire|toujours))?\b",
    r"(?:pareil|autant|comme) (?:que |qu )?(?:avant|de habitude|de hab|dhab|d habitude|toujours|de ordinaire|d ordinaire"
    r"|auparavant)\b",
)
#: une perte de poids reprise dans la phrase suivante comme voulue (session 33E, bot/reading/redflags.py _PURPOSE_OPENING): "... .
#: cette perte de poids est voulue", "... . c'est volontaire", "... . c'etait fait expres"
WEIGHT_PURPOSE = (r"voulue?s?", r"volontair[e]\w*", r"(?:fait )?expre[s]", r"recherch[e]e?s?")
GAINED = ("pris", "grossi")
#: a back-support belt is no trouser belt: "un cran de plus a ma ceinture lombaire" (spelt out of the typo reader's words)
_NOT_A_SUPPORT_BELT = r"(?! (?:lombair[e]|dorsal[e]|abdominal[e]|de (?:maintie[n]|soutie[n]|securit[e]|grossess[e])))"
#: les deux nombres d'un poids passe de l'un a l'autre (le moteur les compare; session 21c)
#: ... et "maintenant X alors que j'etais a Y" (session 21e): "71 kilos alors que j'etais a 78 en septembre"
#: ... et "j'etais a X, maintenant Y", dit simplement ou en francais casse (session 40B): "j'etais a 84 maintenant 76", "avant je pesais
#: 90 kilos, maintenant 81", "moi avant 84 kilo, aujourd'hui 76" (un nombre nu seulement comme le poids d'un corps, 40 a 399: pas la
#: douleur "avant 8 maintenant 6"; pas d'autre unite apres: "avant 20 minutes maintenant 10"; en hausse n'est pas une perte)
_BODY_NUMBER = r"(?:[4-9]\d|[1-3]\d\d)(?:poin[t]\d+)?"
_WEIGHT_UNIT = r"(?:kilo[s]?|kg|kgs|kilogramme[s]?)"
_WAS_NOW = (r"\b(?:(?:j|je|moi|mon poid[s]) (?:etai[s]|etai[t]|pesai[s]|pesai[t]|faisai[s]|pese|suis)(?: (?:avan[t]|avan[t] ca|au debu[t]|l anne[e] dernier[e]))?"
            r"|(?:mon )?poid[s] (?:avan[t]|au debu[t]|de avan[t])|(?:moi )?(?:avan[t]|au debu[t]|l anne[e] dernier[e]|l an dernie[r])(?: ,)? (?:j|je) (?:etai[s]|pesai[s]|faisai[s])"
            # un "avant" nu avec l'unite du poids apres son nombre (pas "la douleur avant 80 maintenant 60", une note sur 100)
            r"|(?:moi )?(?:avan[t]|au debu[t]|l anne[e] dernier[e]|l an dernie[r])(?= (?:\w+ ){1,2}" + _WEIGHT_UNIT + r"\b))"
            r" (?:a |de |enviro[n] |presqu[e] |plus de )?(?P<was>" + _BODY_NUMBER + r"|{WEIGHT_NUMBER}(?= " + _WEIGHT_UNIT + r"\b))"
            r"(?: " + _WEIGHT_UNIT + r")?(?: ,)?(?: (?:et|mais))?(?: ,)? (?:maintenan[t]|mtn|aujourdhu[i]|aujour[d] hui|actuellemen[t]|now|desormai[s])(?: ,)?"
            r"(?: (?:je suis|j suis|chui|je pese|je fais|je|j|plus que|que|seulemen[t]|a|just[e]|enviro[n]|a pein[e]|moin[s] de|encor[e]|deja|ca fait|c est)){0,3}"
            r" (?P<now>" + _BODY_NUMBER + r"|{WEIGHT_NUMBER}(?= " + _WEIGHT_UNIT + r"\b))(?: " + _WEIGHT_UNIT + r")?\b"
            r"(?! (?:min\w*|heure[s]?|h|seconde[s]?|metre[s]?|m|km|pas|degre[s]?|pourcen[t]|pour cent|cm|mm|ans?|annee[s]?|fois|mg|ml)\b)")
_NOT_LOSING_KILOS = r"(?!(?:pas|plus|jamai[s]|aucu[n]|rien)\b)"
WEIGHT_FROM_TO = (r"\b(?:de|d) (?P<was>{WEIGHT_NUMBER})(?: \w+)? a (?P<now>{WEIGHT_NUMBER})\b",
                  r"\b(?P<now>{WEIGHT_NUMBER}) (?:kilo[s]?|kg|kgs)(?: maintenan[t])?(?: ,)? (?:alor[s] que|alor[s] qu|tand[i][s] que|mais|et|quan[d]) (?:j |je )?(?:etai[s]|pesa[i][s]|faisai[s]) (?:encor[e] )?(?:a )?(?:\w+ ){0,2}?(?P<was>{WEIGHT_NUMBER})\b",
                  _WAS_NOW)
#: les kilos d'une force ou d'une charge, pas du corps (session 21c): "la force de ma jambe est passee de 30 a 18 kg"
NOT_BODY_WEIGHT = (r"forc[e]", r"porte\w*", r"soulev\w*", r"charg[e]\w*", r"halter[e]\w*", r"poigne")
#: un signe lu dans une video ou sur une page (session 21c): "une video qui dit que si on perd du poids c'est un cancer"
HEARSAY = (r"(?:tiktok|video|youtube|youtubeu[r]|reel|insta|instagram|facebook|articl[e]|internet|forum|doctissim[o])(?: \w+){0,3}? (?:qui dit"
           r"|qui disait|disait|qui disent|affirme|pretend|explique|expliquait)",
           # lu ou entendu (session 22): "j'ai lu que maigrir c'est un signe d'alerte", "j'ai entendu dire que ..."
           r"(?:lu|entendu|entendu dire|lis|lisais)(?: (?:quelque part|sur \w+|dans \w+|en ligne|sur internet))? (?:que|qu)",)
#: vu sur une liste ou une brochure (session 23K): "vu sur une liste que maigrir c'est un signe d'alerte", "la brochure dit que ..."
HEARSAY += (r"(?:vu|lu|lis|vois|trouve)(?: \w+){0,4}? (?:liste|brochure|site|page|affiche|depliant|fiche|notice|article)(?: \w+){0,2}? (?:que|qu)",
            r"(?:liste|brochure|site|page|affiche|depliant|fiche|notice)(?: \w+){0,3}? (?:dit|disait|mentionne|mentionnait|indique|indiquait|marque)"
            r"(?: que| qu)?")
#: ... ou la chose lue nommee sans "que" (session 27S): "sur une liste il y avait fesses engourdies", "dans la brochure c'est ecrit ..."
HEARSAY += (r"(?:sur|dans) (?:une |un |la |le |l |cette |ce |leur |votre |vos |les )?(?:\w+ )?(?:liste|brochure|depliant|fiche|notice|affiche"
            r"|prospectus|site|page)(?: \w+){0,2}? (?:il y avait|il y a|y avait|y a|on lit|on voit|on parle de|ca parlait de|ca parle de"
            r"|c est ecrit|ce est ecrit|c etait ecrit|ce etait ecrit|etait ecrit|est ecrit|j ai lu|j ai vu|je lis|je vois|figure|figurait"
            r"|etait marque|est marque|c est marque|ce est marque|ils disent|ils ecrivent|on dit|ca dit|ils conseillent)\b",
            # ... ou lu la d'abord, la liste des signes nommee puis la chose citee (session 38E): "j'ai lu sur une liste de signaux
            # d'alarme 'mal de dos et fievre'", "vu dans une brochure des signes d'alerte ..."
            r"(?:vu|lu|trouve) (?:sur|dans) (?:une |un |la |le |l |cette |ce )?(?:liste|brochure|depliant|fiche|notice|affiche|prospectus|site"
            r"|page)(?: (?:de|des|d) (?:\w+ ){0,2}?(?:alarm[e]|alert[e]|dange[r]|drapeaux rouge[s]|symptome[s]|signe[s]|signau[x]))?\b"
            r"(?! (?:que|qu)\b)",)
#: la question ou le papier du medecin, une page lue (session 23P): "mon medecin m'a demande si j'avais ...", "le papier dit
#: d'aller aux urgences si j'ai ..." (un "si j" apres n'est pas le sien)
HEARSAY += (r"(?:medecin|docteur|doc|toubib|generaliste|kine|kinesitherapeute|osteo|infirmier|infirmiere|specialiste|urgentiste|pharmacien|il|elle)"
            r"(?: \w+){0,4}? (?:demande|demandait|voulait savoir|a verifie)(?= (?:si|s)\b)",
            # ... ou dit d'appeler si (session 31AM): "le medecin m'a dit que je dois appeler si ..." (apres SPOKEN_PHRASES "dit de appeler si")
            r"(?:medecin|docteur|doc|toubib|generaliste|kine|kinesitherapeute|osteo|infirmier|infirmiere|specialiste|urgentiste|pharmacien|chirurgien|il|elle|ils)"
            r"(?: \w+){0,4}? (?:dit|disait|a dit|ont dit|conseille|recommande|previent|a prevenu)(?= de (?:\w+ ){1,5}?(?:si|en cas de|des que)\b)",
            r"(?:papier|feuille|fiche|lettre|ordonnance|prospectus|flyer)(?: \w+){0,3}? (?:dit|disait|mentionne|indique|marque|explique)(?: que| qu| de)?",
            r"(?:lu|lis|lisais|entendu parler)(?: \w+){0,2}? (?:sur|de|du|des)(?= (?:le |la |les |l )?(?:anesthesie|insensibilite|engourdissement|selle|incontinence|retention|perte))")
#: raconte par quelqu'un, le signe un "si" ou un "que" general (session 24T): "un collegue m'a dit que quand on a les fesses
#: engourdies ...", "ma soeur dit que ne plus pouvoir uriner c'est grave" (le signe ensuite a soi ou non, comme apres tout oui-dire)
HEARSAY += (r"(?:pote|potes|ami|amie|amis|copain|copine|collegue|voisin|voisine|quelquun|gens|frere|soeur|mere|pere|cousin|cousine|oncle"
            r"|tante|belle soeur|beau frere|belle mere|beau pere|grand mere|grand pere|mamie|papi|connaissance|coach|entraineur|prof|gars|mec|reuf|frero)(?: \w+){0,3}? (?:me a dit|ma dit|m a dit|me dit|nous a dit|a dit|dit|disait"
            r"|me a raconte|raconte|me a explique|me a prevenu)(?= (?:que|qu|si|quand|lorsque)\b)",)
#: ... ou la nuit nommee juste apres, sans "que" (session 33D): "mon pote dit douleur la nuit = danger", "ma tante m'a dit les douleurs
#: nocturnes c'est grave" (la nuit ensuite a soi ou non, comme apres tout oui-dire)
HEARSAY += (r"(?:pote|potes|ami|amie|amis|copain|copine|collegue|voisin|voisine|quelquun|gens|frere|soeur|mere|pere|cousin|cousine|oncle"
            r"|tante|belle soeur|beau frere|belle mere|beau pere|grand mere|grand pere|mamie|papi|connaissance|coach|entraineur|prof|gars|mec)"
            r"(?: \w+){0,3}? (?:me a dit|ma dit|m a dit|me dit|nous a dit|a dit|dit|disait|me a raconte|me a explique|me a prevenu)"
            r"(?= (?:\w+ ){0,4}?(?:nuit|nuits|nocturnes?)\b)",)
#: la question d'un formulaire ou d'une carte, l'avertissement d'un medecin (session 25Y): "le formulaire demande si ...", "le
#: questionnaire parle d'engourdissement ...", "mon ancien medecin a dit si tu as ... tu vas direct a l'hopital"; une page lue,
#: dite sans "que" ni "sur" (une personne d'une autre langue): "lu sur internet infection de la colonne avec fievre"
HEARSAY += (r"(?:formulaire|questionnaire|fiche|appli|application|carte|carton|site|feuille|depliant|notice|question|questions)"
            r"(?: \w+){0,2}? (?:demande|demandent|demandait|pose la question|parle|parlait|mentionne|mentionnait|evoque)(?= (?:si|s|de|d|des|du)\b)",
            r"(?:medecin|docteur|doc|toubib|generaliste|kine|kinesitherapeute|osteo|infirmier|infirmiere|specialiste|urgentiste|pharmacien"
            r"|chirurgien|neurologue)(?: \w+){0,4}? (?:a dit|me a dit|ma dit|m a dit|me avait dit|avait dit|disait|dit|a prevenu|me a prevenu"
            r"|ma prevenu|me avait prevenu|a explique|me a explique|a averti|me a averti)(?: \w+){0,2}?(?= (?:si|s|quand|lorsque)\b)",
            r"(?:lu|lis|lisais|vu|trouve|cherche)(?: ca| cela)? (?:sur (?:internet|le net|google|un site|un forum|doctissimo|youtube)|dans un article)"
            r"(?! (?:que|qu|sur|de|des)\b)(?= \w)",
            r"(?:cherche|tape|regarde|vu|trouve) sur (?:internet|le net|google|un site|un forum|doctissimo|youtube)(?! (?:que|qu)\b)(?= \w)")
WEIGHT_PATTERNS = (
    # le pantalon qui ne tient plus (session 23L): "mon pantalon ne tient plus", Picard "min pantalon i tient pu", "mes jeans
    # tiennent plus sur les hanches" (pas "tient plus chaud"; la ceinture qui ne tient plus est peut-etre cassee)
    r"\b(?:pantalons?|jeans?|froc|futa[l]|falza[r]|jupes?|shorts?)\b (?:\w+ ){0,3}?(?:tien[t]|tiennen[t]) (?:plus|pus)"
    r"(?: (?:en place|sur (?:moi|mes hanche[s]|les hanche[s])))?\b(?! (?:chaud|longtemp[s]|que|bien|mieux|au chaud)\b)",
    # a weight now told against the one before (session 21e; the packs' WEIGHT_FROM_TO compare them)
    r"\b{WEIGHT_NUMBER} (?:kilos?|kg|kgs)(?: maintenant)?(?: ,)? (?:alor[s] que|alor[s] qu|tandi[s] que|mais|et|quand) (?:j |je )?(?:etais|pesai[s]|faisais) (?:encore )?(?:a )?(?:\w+ ){0,2}?{WEIGHT_NUMBER}\b",
    # la ceinture serree de quelques crans (session 21f): "ma ceinture deux crans plus serree", "j'ai du resserrer ma ceinture
    # de deux crans" (pas desserree)
    r"\bceinture\b(?: \S+){0,4}? (?:de )?(?:un|deux|trois|quatre|cinq|\d) (?:crans?|trous?) (?:de )?(?:plus )?(?:serre\w*|loin)\b",
    r"\b(?:resserr\w*|serr\w*) (?:\w+ ){0,2}?ceinture (?:de |d )?(?:un|deux|trois|quatre|cinq|\d|encore un) (?:crans?|trous?)\b",
    # les chiffres de la balance en baisse (session 21c; en hausse n'est pas une perte, le moteur compare "was" et "now"): "la balance
    # est passee de nonante a huitante-trois", "passe de septante-deux a soixante-six kilos"
    r"\b(?:poids|balanc[e]|pes[e]\w*)\b(?: \w+){0,4}? (?:de|d) {WEIGHT_NUMBER}(?: (?:kilos?|kg|kgs))? a {WEIGHT_NUMBER}\b",
    r"\bde {WEIGHT_NUMBER} (?:kilos?|kg|kgs) a {WEIGHT_NUMBER}\b",
    r"\bde {WEIGHT_NUMBER} a {WEIGHT_NUMBER} (?:kilos?|kg|kgs)\b",
    # a hole more in the belt (session 18): "j'ai du faire un trou en plus a ma ceinture, puis encore un", "un nouveau trou
    # dans ma ceinture", "ma ceinture, deux crans de plus" (the belt let out for a belly is "desserrer", no hole more)
    r"\b(?:trous?|crans?) (?:en plus|de plus|supplementair[e]s?)\b(?: \S+){0,4}? ceinture\b" + _NOT_A_SUPPORT_BELT,
    r"\bceinture\b" + _NOT_A_SUPPORT_BELT + r"(?: \S+){0,8}? (?:trous?|crans?) (?:en plus|de plus|supplementair[e]s?)\b",
    r"\b(?:nouveaux?|nouve[l]|autres?) (?:petits? )?(?:trous?|crans?)\b(?: \S+){0,4}? ceinture\b" + _NOT_A_SUPPORT_BELT,
    # ... the gap crossing no negation (session 41F): "je ne perds pas de kilos" (the "ne" dropped, the "pas" after the verb), not
    # "j'ai perdu pas mal de kilos"
    r"\b(?:perdu|perds|perd|perte de|fondu) (?:(?!(?:pas|poin[t]|aucun[e]?)\b(?! mal\b))\w+ ){0,3}?(?:\d+(?:point\d+)? |quelques |plusieurs |pas mal de |beaucoup de |bcp de |des )?(?:kilos?|kg|kgs)\b",
    # des kilos perdus dits en francais casse (session 40B): "moi perdre kilos", "je perdre beaucoup kilo" (l'infinitif pour le present,
    # le sujet juste avant: pas "je veux perdre des kilos", "pour moi perdre du poids c'est dur"); et le poids de maintenant contre
    # celui d'avant, "j'etais a 84, maintenant 76" (_WAS_NOW: le moteur compare les deux)
    r"(?<!\bpour )(?<!\bsi )\b(?:moi|je|j) (?:auss[i] |toujour[s] |beaucou[p] )?perd[r][e] (?:" + _NOT_LOSING_KILOS + r"\w+ ){0,2}?(?:kilo[s]?|kg|kgs|poid[s])\b",
    _WAS_NOW.replace("?P<was>", "?:").replace("?P<now>", "?:"),
    # maigrir nomme comme un signe (session 23K), lu ou entendu (HEARSAY, pas le sien) sauf s'il est fait sien apres (HEARSAY_MINE):
    # "j'ai lu que maigrir sans raison c'est un signe d'alerte, c'est mon cas", comme "weight loss is a warning sign" en anglais
    r"\b(?:maigri[r]|perdr[e] (?:du |de le )?poids)(?= (?:noreason )?(?:ce est|est|c est|cest) (?:un |une |le |la |tres |vraimen[t] )?(?:\w+ )?"
    r"(?:sign[e]|symptom[e]|alert[e]|alarm[e]|drapea[u])\b)",
    # vu a la mine (session 25M2): "ma femme trouve que j'ai la mine creusee", "j'ai les joues toutes creusees", "j'ai l'air
    # squelettique", "il me reste que la peau sur les os" (pas les yeux creuses de fatigue)
    r"\b(?:mine|joue[s]|visag[e]|figur[e]|pommettes) (?:\w+ ){0,2}?(?:creuse\w*|emacie\w*|decharne\w*|amaigri\w*)\b",
    r"\b(?:l air|lair|air) (?:\w+ ){0,2}?(?:maigr[e]|maigrichon\w*|squelettiqu[e]|decharne\w*|emacie\w*|d un squelett[e])\b",
    r"\b(?:squelettiqu[e]|decharne\w*|emacie\w*)\b|\bla peau sur les os\b",
    r"\bperte de poids\b|\b(?:perdu|perds|perd) (?:du|beaucoup de|bcp de|pas mal de|un peu de|enormement de|tellement de) poids\b",
    r"\b(?:maigri|amaigri|amaigrie|amaigrissement|maigris|maigrit)\b",
    # maigrir en cours, ou sans le dire en "perdu" (session 30Z): "je suis en train de maigrir", "je commence a perdre du poids",
    # "je mincis", "je m'amaigris", "j'ai laisse 6 kilos" (le francais d'Afrique: laisser = perdre; pas "laisse 5 kilos de
    # riz"), "je deviens maigre", "de plus en plus maigre", "la balance descend", "une taille en moins", "je flotte dans mes
    # habits" (vouloir maigrir est une intention: INTENT)
    r"\b(?:en train de|en trai[n] d|commence a|commence de|commence[e] a|continu[e] a|continu[e] de|n arrete pas de|arrete pas de|ne fais que|fais que"
    r"|ne fait que) (?:\w+ )?(?:maigri[r]|minci[r]|fondr[e]|perdr[e] (?:du |de le )?poids|perdr[e] (?:des |mes )?kilos)\b",
    r"\b(?:minc[i]|minci[e]|minci[s]|minci[t]|mincissen[t]|amaigri[s]|amaigri[t]|amaigrissen[t]|amincie?s?)\b",
    # devenu plus mince, de plus en plus mince, s'affiner (session 31AJ): "je deviens de plus en plus mince sans regime", "je suis
    # devenue bien plus mince et je mange comme avant", "je m'affine sans rien faire" (pas "je suis mince" : un etat)
    r"\b(?:devien[s]|devien[t]|deven[u]|devenu[e]|devenu[s]|devenue[s]|deveni[r]|deviendr\w*) (?:\w+ ){0,2}?(?:plus|de plus en plus) minc[e]s?\b",
    r"\bde plus en plus minc[e]s?\b",
    r"\b(?:j me|je me|me suis|je m|m) (?:\w+ )?affin(?:e|ee|es|ees|ai|ais)\b",
    r"\b(?:laisse|laisse[e]|laisse[s]|laissee[s]|laisse[r]) (?:presque |pres de |enviro[n] |au moins |plus de |deja |encore )?(?:\d+(?:point\d+)? ?|{WEIGHT_NUMBER} |quelques |plusieurs "
    r"|pas mal de |beaucoup de |bcp de |une dizain[e] de |des )(?:kilos?|kg|kgs)\b(?! (?:de|d) (?!poids\b)\w)",
    r"\b(?:deviens|devient|deviennent|devenai[s]) (?:\w+ )?(?:maigr[e]|maigre[s]|tout maigr[e]|toute maigr[e]|squelettiqu[e]|tout sec|toute sech[e]|maigrichon\w*)\b",
    # ... mince, fin, osseux, un squelette, ou maigre en train de venir (session 32AT): "je deviens toute fine sans raison", "elle
    # devient osseuse", "je suis en train de devenir maigre", "je commence a devenir tout maigre" (pas "je veux devenir mince" :
    # INTENT; pas le jet ou le filet qui devient fin: le sujet est une personne)
    r"\b(?:je|j|tu|il|elle) (?:\w+ )?(?:devien[s]|devien[t]|devenai[st]) (?:\w+ ){0,2}?(?:minc[e]|fi[n]|fin[e]|filifor[m]e|maigrele[t]\w*"
    r"|osseu[x]|osseus[e]|un squelett[e]|un sac d o[s]|sque[l]ettiqu[e])\b",
    r"\b(?:en train de|en trai[n] d|commence a|commence de|commence[e] a|continu[e] a|continu[e] de) (?:\w+ )?(?:deveni[r]|etr[e]) (?:\w+ ){0,2}?"
    r"(?:maigr[e]|maigre[s]|minc[e]|fi[n]|fin[e]|osseu[x]|osseus[e]|squelettiqu[e]|maigrichon\w*|maigrele[t]\w*)\b",
    r"\b(?:de plus en plus|toujours plus|bien plus|plus) maigr[e]s?\b(?! (?:de natur[e]|que (?:toi|lui|elle|mon|ma|ton|ta|son|sa))\b)",
    r"\bbalanc[e] (?:\w+ ){0,2}?(?:descen[d]|descendai[t]|descend[u]|baisse|baissai[t]|diminue|diminuai[t]|affich[e] (?:de )?moins|indiqu[e] (?:de )?moins|montr[e] (?:de )?moins)\b",
    r"\b(?:perdu|perds|perd|descend[u]|descend[s]|descen[d]) (?:d )?(?:une|deux|trois|quatre|\d|plusieurs) tailles?\b|\b(?:une|deux|trois|\d) tailles? (?:en moins|de moins)\b",
    r"\b(?:flotte|flottent|flottai[s]|flottai[t]) (?:\w+ )?dans (?:mes|mon|ma|les|ses|son|sa) (?:\w+ )?(?:habits|vetements|fringue[s]|pantalons?|jeans?|robes?|chemises?|affaire[s])\b",
    r"\bkilos? en moins\b",
    # nager dans ses habits, les faire reprendre, fondre sans rien faire, les kilos qui partent (session 35D): "je nage dans mes
    # vetements", "j'ai du faire reprendre mes pantalons", "je fonds sans rien faire", "les kilos s'envolent" (pas "je fonds en
    # larmes", "je fonds le beurre", "je nage a la piscine")
    r"\b(?:ache[t]|rache[t])\w* (?:des |de |d )?(?:nouveau[x] |nouvelle[s] )?(?:{CLOTHES}) (?:\w+ )?(?:plus petit\w*|plus serre\w*|une taille en dessous"
    r"|une taille en moins)\b",
    r"\b(?:nage|nagen[t]|nageai[s]|nageai[t]) (?:\w+ )?dans (?:mes|mon|ma|les|ses|son|sa) (?:\w+ )?(?:{CLOTHES})\b",
    r"\b(?:faire|fait|fais|fai[t] faire) (?:reprendr[e]|retouche[r]|resserre[r]|retreci[r]) (?:\w+ ){0,2}?(?:{CLOTHES})\b",
    r"\b(?:je|j) (?:\w+ )?(?:fond[s]|fondai[s])\b(?! (?:en|le|la|les|du|de|des|d|un|une|pour|devan[t]|sur|mon|ma|mes|ce|cet|cette)\b)",
    r"\b(?:les |mes |des )?kilos (?:\w+ )?(?:parten[t]|s envolen[t]|envolen[t]|fonden[t]|filen[t]|disparaissen[t]|degringolen[t])\b",
    # ... tombes, partis (session 37K): "les kilos sont tombes sans rien faire", "mes kilos tombent", "les kilos sont partis
    # tout seuls" (not a thing fallen on or from somewhere: "les kilos de fonte sont tombes sur mon pied")
    r"\b(?:les |mes |des )?kilos (?:(?:sont|etaient|me sont|m ont) )?(?:\w+ )?(?:tomben[t]|tombe[e]?s|parti[s]|envole[e]?s|descendu[s])\b"
    r"(?! (?:\w+ )?(?:sur|dessus|du|des|dans|par terre|a terre|au sol|de (?:la|le|l|mon|ma|mes|son|sa|ses))\b)",
    r"\bpoids (?:(?:est|etait|a) )?(?:\w+ )?tombe\b(?! (?:\w+ )?(?:sur|dessus|du|des|dans|par terre|a terre|au sol|de (?:la|le|l|mon|ma|mes|son|sa|ses))\b)",
    # the weight that drops: "mon poids a chute", "j'ai chute de 5 kilos"
    r"\bpoids (?:\w+ ){0,2}?(?:chut\w*|baiss\w*|diminu\w*|degringol\w*|fond\w*|redui\w*)",
    r"\b(?:chute|baiss\w*|descend\w*) (?:de )?\d+(?:point\d+)? ?(?:kilos?|kg|kgs)\b",
    # diminue ou reduit (session 26G, Afrique de l'Ouest, Maghreb, Inde): "j'ai diminue de 6 kg", "j'ai reduit de pres de 5 kilos",
    # "j'ai diminue en poids", "je suis devenue toute maigre"; fondu sans plus (pas "fondu en larmes", "fondu le beurre")
    r"\b(?:diminu\w*|redui\w*) (?:de )?(?:pres de |enviro[n] |presque |plus de |a peu pres |quelque )?(?:\d+(?:point\d+)? ?|quelques |plusieurs )"
    r"(?:kilos?|kg|kgs)\b",
    r"\b(?:diminu\w*|redui\w*|baiss\w*|descendu\w*|perdu) (?:\w+ )?en poids\b",
    r"\b(?:devenue?|deven[u]) (?:\w+ )?(?:maigr[e]|tout maigr[e]|toute maigr[e]|tres maigr[e]|squelettiqu[e]|tout sec|toute sech[e])\b",
    r"\b(?:j ai|jai|j) (?:\w+ ){0,2}?fondu\b(?! (?:le|la|les|du|des|un|une|mon|ma|mes|son|sa|ses|en larme[s]|en pleur[s]|pour|devan[t]|sur|dans|au|a|que|qu)\b)",
    # "5 kg de moins", "-8kg en 2 mois" (the minus read as "moins", CLITICS)
    r"\b\d+(?:point\d+)? (?:kilos?|kg|kgs) (?:de moins|en moins)\b|\bmoins \d+(?:point\d+)? (?:kilos?|kg|kgs)\b",
    # ... le nombre en lettres (session 27P): "six kilos de moins qu'au printemps", "quelques kilos de moins"
    r"\b(?:{WEIGHT_NUMBER}|quelques|plusieurs|pas mal de|bien) (?:kilos?|kg|kgs|livre[s]) (?:de moins|en moins)\b",
    # the kilos told first, lost after (session 29O): "5 kilos de perdus depuis l'ete", "trois kg de perdu", "une dizaine de
    # kilos perdus" (not "les kilos perdus", "des kilos perdus": a weight regained or hoped for)
    r"\b(?:\d+(?:point\d+)?|{WEIGHT_NUMBER}|quelques|plusieurs|pas mal de|bien|(?:une )?(?:dizain[e]|quinzain[e]|vingtain[e]) de)"
    r" ?(?:kilos?|kg|kgs) (?:de |d )?perdu[s]?\b",
    # ... gone, melted, flown, told with a pronoun and the kilos after (session 37K): "les kilos s'en vont tout seuls", "mes kilos
    # ont fondu", "ils sont tombes tout seuls, six kilos", "c'est parti tout seul, 5 kg" (not "je suis tombe": the patient)
    r"\b(?:kilos?|kg|kgs)\b (?:\w+ )?(?:se en vont|se en sont alle[s]|ont fondu|se sont envole[e]?s|sont envole[e]?s)\b",
    r"\b(?:ce est|ca est|ca a|ils sont|elles sont|ils|elles) (?:\w+ )?(?:tombe[e]?s?|tomben[t]|parti[e]?s?|parten[t]|fondu|fonden[t]|envole[e]?s?)"
    r"(?: \S+){0,4}? (?:\d+(?:point\d+)?|{WEIGHT_NUMBER}|quelques) ?(?:kilos?|kg|kgs)\b",
    # the kilos gone (session 18f): "7 kilos partis sans rien faire", "5 kg envoles", "des kilos qui fondent"
    r"\b(?:\d+(?:point\d+)?|quelques|plusieurs|des) (?:kilos?|kg|kgs) (?:qui )?(?:sont )?(?:partis?|envolee?s?|disparue?s?"
    r"|fondue?s?|fonden[t]|parten[t]|s envolen[t])\b",
    r"\b(?:\d+(?:point\d+)?|quelques|plusieurs|des) (?:kilos?|kg|kgs) (?:qui )?(?:sont |me sont )?(?:tombee?s|tomben[t])\b"
    r"(?! (?:\w+ )?(?:sur|dessus|du|des|dans|par terre|a terre|au sol|de (?:la|le|l|mon|ma|mes|son|sa|ses))\b)",
    # fondre comme neige au soleil (session 20b): "je fonds comme neige au soleil", "j'ai fondu a vue d'oeil" (pas le beurre)
    r"\b(?:je|j ai|jai|j) (?:\w+ )?(?:fond[s]|fond|fondu|fondai[s]|fondr[e]) (?:\w+ ){0,2}?(?:comme (?:\w+ ){0,2}?(?:neig[e]|glaco[n]"
    r"|beurr[e]|bougi[e])|a vue (?:d|de) oei[l])\b",
)

# ---- night pain ----
NIGHT_PAIN_WORD = ("douleur", "douleurs", "mal")
#: pain even lying still, the lying told (session 28C: "meme sans bouger", "meme au repos" alone are pain at rest, no night pain)
LYING_STILL = (r"meme (?:la nuit )?(?:quand (?:je suis |j suis |je reste |j reste )|en restant )?(?:allonge|couche|au lit|dans (?:mon|le) lit)"
               r"(?:e|s|es)? (?:\w+ )?(?:immobile|sans bouger|au repos)",
               r"meme (?:la nuit|de nuit|dans la nuit) (?:\w+ )?(?:immobile|sans bouger|au repos)",)
AT_NIGHT = ("la nuit", "nuit", "nuits", "nocturne", "nocturnes")
PERSISTENT = ("constante?s?", "continue?s?", "permanente?s?", "en continu", "non stop")
#: ... les mots qui ne disent que la persistance, pas la douleur: une temperature peut les suivre (session 47R10,
#: bot/reading/redflags.py NOT_PERSISTING_READING)
PERSISTENT_ONLY = ("constant", "constant[e]", "constant[s]", "constante[s]", "continu", "continu[e]", "continu[s]", "continue[s]",
                   "permanen[t]", "permanent[e]", "permanent[s]", "permanente[s]", "non stop")
MECHANICAL = (r"me tourne", r"me retourne", r"retourn\w*", r"tourne", r"tourner", r"change\w* de position", r"bouge\w*",
              r"mouvement\w*", r"sur le cote", r"me lever", r"me leve")
NIGHT_STRONG = (r"sans bouger",
                # the positions tried, then nothing drives it away (session 22H): "je me tourne, je me leve, rien ne la chasse"
                r"rien (?:ne |n )?(?:la |le |l )?(?:chass\w*|calm\w*|soulag\w*|enlev\w*|fait parti[r]|chang[e])", r"immobile", r"au repos", r"quelle que soit (?:la )?position", r"peu importe (?:la )?position",
                r"dans toutes les positions", r"aucune position", r"(?:impossible|pas moyen|aucun moyen) (?:de |d )trouve[r] (?:une|la|un|une seule|aucune) (?:\w+ )?(?:position|postur[e])",  # session 31AO
                r"toute la nuit",
                # ... "pas une position qui" (session 31AN): "sur le cote, assis, y a pas une position qui me soulage"
                r"(?:pas une|pas de|pas la moindre) (?:seule )?(?:position|postur[e]) (?:qui|ou|ne|een)\b", r"constante?s?", r"permanente?s?",
                r"en continu", r"quoi que j fasse", r"rien (?:soulage|calme|aide)", r"peu importe", r"arrete (?:jamais|pas|plus)",
                r"laisse (?:pas|jamais|plus) tranquille", r"rien (?:n )?y fait", r"dans tous les sens",
                # ... se retourner n'aide pas, le sommeil perdu (session 32BB): "meme sur l'autre cote j'arrive plus a me rendormir",
                # "je mets des heures a me rendormir", "je reste eveille des heures", "ca ne change rien"
                r"(?:arrive|arrivais|parviens|parvenais) (?:pas|plus|jamais) a (?:me |m )?(?:rendormir|endormi[r]|redormi[r])",
                r"(?:impossible|pas moyen) de (?:me |m )?(?:rendormir|endormi[r]|redormi[r])",
                r"(?:des heures|une heur[e]|deux heures|trois heures|longtemps) (?:a |pour )(?:me |m )?(?:rendormir|endormi[r]|redormi[r])",
                r"(?:rendor[s]|rendormai[s]|endor[s]) (?:qu )?(?:au bout d|apres) (?:une|deux|trois|quatre|des|plusieurs|\d+) h\w+",
                r"(?:reste|restais|suis|etais) (?:\w+ )?(?:eveille|eveillee|reveille|reveillee) (?:pendan[t] )?(?:des heures|une heur[e]|deux heures|longtemps|jusqu)",
                r"(?:ne |n )?(?:change|aide|soulage) (?:rien|en rien|pas)\b",
                # "je peux me coucher comme je veux": however one lies
                r"comme (?:j|je) (?:veux|voudrais|veut)",
                # debout la nuit pour marcher (session 28E): "me lever ... pour marcher" is no turning over
                r"(?:me lever|me leve|me relever|me relev[e]|sortir du lit|sors du lit)\b(?: \S+){0,7}? (?:marcher|faire les cent pas|fais les cent pas"
                r"|tourner en rond|arpente[r]|deambuler)",
                # "sur le dos, sur le cote, y a rien qui calme" (session 16b)
                r"rien qui (?:calme|soulage|aide|apaise|marche)",
                # la position ne change rien (session 16): "sur le cote, sur le dos, a genoux, rien a faire ça lance"
                r"rien a faire", r"toutes les positions", r"ca (?:change|fait) rien", r"(?:change|fait) aucune difference",
                r"rien (?:n )?(?:y )?change (?:rien|quoi que ce soit)",  # session 18f
                r"rien (?:ne |n )?(?:marche|fonctionne)\b", r"rien (?:n )?y change\b",  # session 20a
                r"(?:reste|restai[t]) (?:\w+ ){0,2}?(?:pareil|pareill[e]|la meme|le meme|auss[i] forte?) (?:\w+ ){0,2}?(?:jusquau|jusqu[a] le)"
                r" (?:petit )?(?:revei[l]|mati[n])",
                # up and about till the morning (session 17): "il tourne dans la cuisine jusqu'au matin"
                r"(?:tourne|tournait|marche|marchait|erre|errai[t]|cent pas) (?:\w+ ){0,4}?jusquau (?:petit )?(?:mati[n]|jour)",
                # up because lying down hurts: "je me leve la nuit parce que couchee j'ai trop mal"
                r"parce (?:que )?(?:couchee?s?|allongee?s?|au lit)",
                # the tries listed, then nothing (session 17e): "je change de cote, un coussin, je me leve, rien"
                r"(?<=, )rien(?= ,| \.|$)",
                # les positions essayees, rien ne change (session 21c): "sur le dos, sur le cote, assise dans le fauteuil, rien ne change"
                r"(?<=, )rien (?:ne |n )?(?:y )?change(?= ,| \.|$)",
                # ... ou "que dalle", et la douleur qui tient jusqu'au matin (session 19j)
                r"(?<=, )(?:que dall[e]|nada|walo[u]|nib|que tchi|queu[e] de chie[n]|rien du tout|rien de rien|zero)(?= ,| \.|$)",
                r"(?:lache|part|passe|calme|arrete|diminue|cede|decroch[e]) (?:pas|jamais|plus) (?:\w+ ){0,2}?(?:jusquau|avant le) (?:petit )?mati[n]")
#: toutes les positions essayees, aucune ne soulage (session 23L; bot/reading/redflags.py _SHARED_NIGHT): "que je sois couche
#: a plat ou sur le cote, aucun soulagement", "j'ai essaye sur le dos, sur le ventre, un coussin entre les genoux, rien n'y fait"
#: (deux positions nommees; pas "couche sur le cote ca va mieux", "un coussin entre les genoux et ca passe")
#: ... le coucher ou la nuit avant les positions
NIGHT_SCENE = (r"couche\w*", r"allonge\w*", r"dors", r"dormir", r"dorm[i]", r"la nuit", r"les nuits", r"nuit", r"au lit", r"dans le lit",
               r"dans mon lit",
               # ... ou se mettre dans une position (session 26D): "je me mets sur le dos, sur le cote, ..., rien a faire",
               # "je m'installe sur le dos, dans le fauteuil"
               r"me mets", r"me met", r"me mettre", r"me remet[s]", r"me install[e]", r"m install[e]", r"me pose", r"me place",
               r"me positionne")
#: se reveiller, une nuit dite aussi (session 26G): "ca me reveille seulement quand je me retourne"
NIGHT_WAKING = (r"reveill\w*", r"revei[l]")
#: ... ou les essais, juste avant la premiere position
POSITION_TRIED = (r"essaye\w*", r"tent[e]", r"essai[e]", r"essaie[n]t", r"que (?:je|j) (?:sois|soit|me mette|me couche|dorm[e]|suis)(?: couche\w*| allonge\w*)?",
                  r"peu importe si (?:je|j)(?: suis| me mets)?", r"(?:soit|ou bien)")
#: une position au lit ou au repos
NIGHT_POSITION = (r"a plat", r"(?:a |tout )?droit", r"(?:sur|de) (?:le|mon|un) (?:dos|ventre|flan[c])", r"(?:sur|de) (?:le |mon )?cote(?: gauche| droit)?",
                  r"de cote", r"en (?:chien de fusi[l]|boul[e]|position foeta[l]e|foeta[l]|rond)", r"recroquevill\w*", r"(?:demi )?assise?",
                  r"(?:dans|sur) (?:le|un|mon) (?:fauteui[l]|canap[e]|sofa|rela[x]|diva[n]|sol)", r"par terre",
                  # ... les essais nommes sans preposition, le lit, une bouillotte (session 31AF): "le canape, le lit, le fauteuil, rien n'y
                  # fait", "sur son cote", "avec une bouillotte"
                  r"(?:dans |sur )?(?:le|un|mon|son) (?:fauteui[l]|canap[e]|sofa|rela[x]|diva[n]|li[t])", r"(?:sur|de) (?:son|sa) (?:dos|ventre|cote)",
                  r"(?:avec )?(?:une|la|ma|sa) (?:bouillott[e]|bouillotte electriqu[e]|couvertur[e] chauffant[e])",
                  r"(?:avec )?(?:un|le|mon|son) (?:coussin chauffan[t]|coussin chauffan[t] electriqu[e]|patc[h] chauffan[t])",
                  r"(?:avec )?(?:un |des |mon |deux )?(?:coussins?|oreillers?|traversi[n]) (?:sous|entre|derriere) (?:les |mes |le )?(?:genoux|jambes|dos)")
#: ... puis rien ne soulage
NO_RELIEF = (r"rien (?:qui |ne |n )?(?:y )?(?:fait|aide|soulage|marche|fonctionne|change|calme|apaise|passe)",
             # ... rien ne la diminue, ne la rend moins forte, un "rien" seul entre virgules (session 31AF)
             r"rien (?:qui |ne |n )?(?:la |le |l |me |m )?(?:diminu[e]|attenu[e]|amelior[e]|arrang[e]|rend (?:\w+ )?(?:moins|plus supportabl[e]))\b",
             r"(?<=, )(?:rien|rien du tout|rien de rien)(?= ,| \.|$)",
             # ... a pronoun before, or the relief named (session 24S): "rien ne me soulage", "rien ne me donne de soulagement"
             r"rien (?:qui |ne |n )?(?:me |m |la |le |l )(?:aide|soulage|calme|apaise)",
             r"rien (?:qui |ne |n )?(?:me |m )?(?:donn[e]|apport[e]) (?:aucun |de |du |le moindre )?soulagemen[t]",
             r"(?:aucun|pas de|pas un|zero) (?:\w+ )?(?:soulagemen[t]|changemen[t]|effe[t]|mieux)", r"aucune (?:\w+ )?(?:difference|amelioratio[n])",
             r"(?:ca|c|ce|cela) (?:ne )?(?:change|fait) (?:rien|aucune difference|pas de difference)", r"(?:c est|c|ce est|tout) pareil",
             r"(?:ca|la douleur|elle|le mal) (?:(?:me |m )(?=lache|quitt[e]))?(?:reste|part pas|passe pas|lache pas|quitt[e] pas|ne part pas|ne passe pas)", r"rien a faire",
             r"(?:que dall[e]|walo[u]|nib)",
             # ... never eased (session 26D): "ca ne se calme jamais", "elle ne me lache jamais", "ca ne passe jamais", "pas moyen"
             r"(?:ca|elle|la douleur|le mal|cette douleur) (?:ne )?(?:se |s |me |m )?(?:calm[e]|apais[e]|pass[e]|par[t]|lach[e]|arret[e]"
             r"|ced[e]|diminu[e]|attenu[e]|estomp[e]|soulag[e]|quitt[e]) (?:jamais|plus jamais|toujours pas)",
             r"(?:y a |il y a )?pas moye[n]", r"(?:ca|cela) (?:ne )?ser[t] a rien", r"peine perdu[e]",
             # ... the ne dropped, a "rien du tout" before, the night the same all through (session 27M): "rien du tout ca calme
             # pas", "ca se calme pas", "ca me soulage pas", "ca aide pas", "toute la nuit pareil", "pareil toute la nuit"
             r"(?:rien du tout |rien de rien )?(?:ca|cela|elle|la douleur|le mal) (?:ne |n )?(?:se |s |me |m |la |le |l )?(?:calm[e]|apais[e]"
             r"|soulag[e]|aid[e]|march[e]|lach[e]|ced[e]|diminu[e]) pas\b(?! (?:mal|trop|si|quand|lorsque|apres|au bout)\b)",
             r"(?:toute la nuit|toutes les nuits|toute la saint[e] nuit) (?:c est |c |cest )?(?:pareil|pareille|la meme chose|idem)",
             r"(?:pareil|pareille|la meme chose|idem) (?:toute la nuit|toutes les nuits|toute la saint[e] nuit)")
NIGHT_PATTERNS = (
    # les positions essayees, la douleur reste (session 22H): "je me tourne, je me leve, je marche, rien ne la chasse",
    # "peu importe la position, elle reste" (pas "ca passe quand je me tourne")
    r"\b(?:je|j) (?:me )?(?:tourne|retourne|couche|leve|change de position)\b(?: \S+){0,20}? rien (?:ne )?(?:la |le )?(?:chass\w*|calm\w*"
    r"|soulag\w*|enlev\w*|fait parti[r]|y fait|chang[e])\b",
    r"\b(?:peu importe|quelle que soit|quelque soit|n importe quelle) (?:la )?positio[n]\b(?: \S+){0,8}? (?:elle|la douleur|ca|douleur)"
    r" (?:\w+ )?(?:reste|est toujours la|part pas|passe pas)\b",
    # les positions de la nuit essayees, rien ne change (session 21c): "la nuit: sur le dos, sur le cote, dans le fauteuil, rien ne change"
    r"\b(?:la nuit|les nuits|au lit|nuit)\b(?: \S+){0,20}? (?:sur le (?:dos|cote|ventre)|a plat|(?:assise?s? )?dans (?:le|un|mon) (?:fauteuil"
    r"|canape|rela[x]|sofa)),? (?:\S+ ){0,12}?rien (?:ne |n )?(?:y )?change\b",
    # reveille chaque nuit a une heure par le dos, rien n'aide jusqu'au reveil (session 19h, jumeaux du neerlandais "elke
    # nacht rond 3u wakker vd rug", "niks helpt ... tot de wekker")
    r"\b(?:chaque nuit|toutes les nuits) (?:\w+ ){0,2}?(?:a|vers|sur les) \d+ ?(?:h|heures?)? (?:\w+ ){0,2}?(?:reveillee?s?|reveil\w*)"
    r" (?:par|a cause de|avec) (?:la |le |mon |ma )?(?:douleur|dos)\b",
    r"\brien (?:ne |n )?(?:aide|soulage|marche|y fait)\b(?: \S+){0,10}? (?:jusqu[a]|jusqua[u]|jusqu[e]) ?(?:le |au |a le )?(?:mati[n]|revei[l]|aube)\b",
    # reveille chaque nuit, les essais dits, puis rien (session 17e): "ca me reveille chaque nuit vers 3h, je change de
    # cote, je mets un coussin entre les genoux, je me leve, rien" (pas "ca me reveille quand je me retourne")
    r"\b(?:ca|elle|la douleur|le mal|mon dos|le dos) me (?:reveille|reveillent) (?:\w+ ){0,2}?(?:chaque nuit|toutes les nuits"
    r"|la nuit)\b(?: \S+){0,30}? , rien(?: (?:ne |n )?(?:y fait|aide|soulage|marche|change|calme))?(?= ,| \.|$)",
    # les nuits nommees le pire: "les nuits sont le pire", "la nuit c est l enfer" (issue 13)
    r"\b(?:les nuits|la nuit) (?:sont|est|c est|ce sont|cest|c|ct|c etait) (?:\w+ )?(?:le pire|la pire|les pire[s]|pire|l enf[e]r|le enf[e]r|un enf[e]r"
    r"|atroces?|horribles?)\b",
    # reveille a 3h chaque nuit a cause de ca
    r"\b(?:reveille|reveillee|de[b]out|eveille|eveillee) (?:\w+ )?a \d+ ?h(?: \w+){0,3}? (?:chaque nuit|toutes les nuits)"
    r"(?: \w+){0,2}? (?:a cause de (?:ca|la douleur|mon dos)|avec (?:ca|la douleur)|de douleur|par la douleur)\b",
    r"\b(?:chaque nuit|toutes les nuits) (?:\w+ ){0,3}?(?:reveille|reveillee|de[b]out|eveille|eveillee) (?:\w+ )?a \d+ ?h"
    r"(?: \w+){0,3}? (?:a cause de (?:ca|la douleur|mon dos)|avec (?:ca|la douleur)|de douleur|par la douleur)\b",
    # "la douleur me reveille la nuit, meme sans bouger"
    r"\b(?:douleur|douleurs|mal)\b(?: \w+){0,3}? (?:me reveille|me reveillent|me empeche de dormir|me tient eveille\w*)\b",
    # ... tenu eveille au passe compose, ou eveille toute la nuit avec la douleur (session 34Z): "la douleur m'a tenue eveillee
    # toute la nuit", "mon dos m'a garde eveille", "je suis reste eveille toute la nuit avec cette douleur"
    r"\b(?:douleur|douleurs|mal|dos)\b(?: \w+){0,3}? (?:m a|me a|m avait|me avait|me|m) (?:tenu|tenu[e]|gard[e]|gardee|tenait|gardait) (?:\w+ )?(?:eveille\w*|reveille\w*)\b",
    r"\b(?:eveille|eveillee|reveille|reveillee|debout)s? (?:toute la nuit|la nuit entiere|toute la saint[e] nuit) (?:avec|a cause de|par) (?:la |ma |cette |mes |les |le |mon )?(?:douleur\w*|mal de dos|dos)\b",
    # "la nuit le dos me reveille vers 3h" (session 16): the back named as what wakes
    r"\b(?:le|mon) (?:dos|bas du dos|lumbago) (?:me reveille|me reveillent|m empeche de dormir)\b",
    # la douleur nommee loin, puis "qui me reveille" (session 20a): "une douleur dans le bas du dos qui me reveille chaque nuit"
    r"\b(?:douleur|douleurs|mal)\b(?: \w+){0,6}? qui me (?:reveille|reveillent|tient eveille\w*)\b",
    # reveille par une douleur (session 20a, jumeau de "wakker van een zeurende pijn"): "je suis reveillee par une douleur sourde"
    r"\b(?:reveille|reveillee|reveille[s]|reveillee[s]) (?:\w+ ){0,3}?par (?:une|la|cette|ma|mon|le|des|mes) (?:\w+ )?(?:douleur\w*|mal|dos)\b",
    # la nuit, les essais dits, puis rien n'y fait (session 20a): "ca me reveille toutes les nuits, je me mets sur le cote, un
    # coussin sous les genoux, rien ne marche" (pas "la nuit ca va bien, le jour la glace, le chaud, rien ne marche")
    r"\b(?:la nuit|chaque nuit|toutes les nuits|en pleine nuit|dans la nuit|toute la nuit)\b(?! (?:ca va|c est|ce est|je dors|j dors"
    r"|ca) (?:\w+ )?(?:bien|mieux|ok|calme|tranquille)\b)(?: \S+){0,30}? , (?:rien a faire|(?:rien|y a rien|il y a rien) (?:ne |n |qui )?"
    r"(?:y )?(?:fait|aide|soulage|marche|fonctionne|change|calme))\b",
    # la douleur qui reste pareille jusqu'au reveil (session 20a): "ca reste pareil jusqu'au reveil"
    r"\b(?:ca|elle|la douleur|le mal|mon dos|le dos) (?:reste|restai[t]|est restee?) (?:\w+ ){0,2}?(?:pareil|pareill[e]|la meme|le meme"
    r"|auss[i] forte?|intens[e]|auss[i] intens[e]) (?:\w+ ){0,2}?(?:jusquau|jusqu[a] le|jusq[u] au) (?:petit )?(?:revei[l]|mati[n]|jour)\b",
    r"\b(?:reveille|reveillee) (?:\w+ ){0,3}?(?:par la douleur|de douleur|a cause de la douleur)\b",
    # ... "rien ne" as the reader leaves it, "rien" (session 24: "douleur nocturne que rien ne calme" was never read)
    r"\b(?:douleur|douleurs|mal)\b(?: \w+){0,4}? (?:la nuit|nocturnes?|toute la nuit)\b(?: \w+){0,5}? (?:sans bouger|immobile|au repos|quelle que soit|peu importe|aucune position|rien (?:(?:me|la|le|l) )?(?:cal[m]|soula[g]|ai[d]|marc[h]|fonctio[n]n|chan[g]|apai[s])\w*|rien y fait)\b",
    # (pas une temperature qui persiste, session 47R10: "la nuit en continu 39")
    r"\b{AT_NIGHT}(?P<gap>(?: \w+){0,3}?) {PERSISTENT}\b{NOT_PERSISTING_READING}",
    r"\b(?:constante?s?|continue?s?|permanente?s?|pire|non stop|sans arret|en continu)(?P<gap>(?: {NOT_A_READING}\w+){0,3}?) (?:la nuit|toute la nuit)\b",
    # "c'est la nuit le pire", "le pire c'est la nuit" (session 17)
    r"\b(?:c|ce|ca) (?:est )?(?:la nuit|les nuits) (?:que )?(?:ce est |c est |c )?(?:le pire|la pire|pire|le enf[e]r|un enf[e]r"
    r"|atroces?|horribles?)\b",
    r"\b(?:le|la) pire (?:ce est|c est|c|ca est|est|ce sont) (?:la nuit|les nuits)\b",
    # a pronoun before the relief: "y a aucune position qui le soulage" (session 17); the "ne" as the reading leaves it, "een"
    # (session 30AC): "aucune position ne me soulage"
    r"\b(?:aucune|pas une|pas de) (?:seule )?position (?:qui |ou )?(?:ne |een )?(?:me|le|la|lui|les|l|m) (?:\w+ )?(?:soulage\w*|calme\w*"
    r"|aide\w*|va|convient)\b",
    # up at night because lying down hurts: "il se leve la nuit parce que couche ca lui fait trop mal"
    r"\b(?:se|me|nous|j) (?:leve|leven[t]|relev[e]|relevent|lever) (?:\w+ ){0,2}?(?:la nuit|chaque nuit|toutes les nuits)\b(?: \S+){0,6}?"
    r" (?:couchee?s?|allongee?s?|au lit) (?:\w+ ){0,4}?(?:mal|douleur|douleurs)\b",
    # pacing till morning: "il tourne dans la cuisine jusqu'au matin", "je marche dans le salon jusqu'au petit matin"
    r"\b(?:tourne|tournait|marche|marchait|erre|errai[t]|cent pas)\b (?:\w+ ){0,4}?jusquau (?:petit )?(?:mati[n]|jour|lever du jour)\b",
    r"\b(?:aucune|pas une|pas de) (?:seule )?position (?:\w+ )?(?:soulage|calme|aide|va|convient|marche|passe"
    r"|qui (?:soulage|calme|aide|va|marche|convient))\b",
    # pain all the time at night: "la nuit j'ai mal tout le temps" (not "je me reveille tout le temps pour faire pipi")
    r"\b(?:la nuit|nuit|nuits)\b(?: \w+){0,4}? (?:mal|douleur|douleurs|ca e?lancee?|ca tire|ca cognee?|ca pique)"
    r" (?:\w+ ){0,2}?(?:tout le temps|sans arret|en continu|non stop)\b",
    # the positions named, then "peu importe", then the pain: "couchee sur le cote sur le dos assise peu importe ca lance"
    r"\b(?:couchee?|allongee?|assise?|sur le (?:cote|dos|ventres?))\b(?: \w+){1,6}? (?:peu importe|c est pareil|tout pareil)\b"
    r"(?: \w+){0,2}? (?:mal|douleur|douleurs|ca e?lancee?|ca tire|ca cognee?|ca pique)\b",
    r"\b(?:quelle que soit|peu importe) (?:la |ma )?position\b",
    # de quel cote que ce soit, ca ne diminue pas (session 28E): "de quel cote je me couche ca ne diminue pas", "peu importe le cote ou
    # je dors, elle ne passe pas" (le lecteur laisse "ca diminue pas"; pas "de quel cote que je me couche, ca va")
    r"\b(?:de quel|quel que soit le|quelque soit le|peu importe (?:de quel|le|sur quel)|importe quel|importe quelle|quelle que soit la"
    r"|peu importe la) (?:cote|bord|position)\b(?: \S+){0,10}? (?:ca|elle|la douleur|le mal|douleur)"
    r" (?:me |se |s |en )?(?:\w+ )?(?:diminue|passe|part|calme|soulage|va|arrete|lache|baisse|attenu[e]|change|cesse)\w* (?:pas|jamais|plus|point|rien)\b",
    r"\b(?:importe quelle|quelle que soit la|peu importe la|quelque soit la) position\b(?: \S+){0,4}? (?:ca|elle|la douleur|le mal|douleur)"
    r" (?:\w+ )?(?:reste|persist[e]|continu[e])\b",
    # debout la nuit a marcher (session 28E): "la nuit je dois me lever et marcher", "je me leve a 2h du matin pour marcher", "vers 3h
    # je sors du lit et je fais les cent pas" (pas "je me leve a 3h pour aller aux toilettes", "a 7h je me leve et je marche")
    r"\b(?:la nuit|en pleine nuit|milie[u] de la nuit|chaque nuit|toutes les nuits|dans la nuit|(?:a|vers) [1-5] ?h\w*)\b(?: \S+){0,6}?"
    r" (?:me lever|me leve|me relever|me relev[e]|sortir du lit|sors du lit|suis debout|debout)\b(?: \S+){0,5}?"
    r" (?:marcher|marche|faire les cent pas|fais les cent pas|tourner en rond|tourne en rond|arpente[r]|arpente|deambuler|deambule)\b",
    r"\b(?:me lever|me leve|me relever|me relev[e]|sortir du lit|sors du lit)\b(?: \S+){0,2}? (?:a|vers) [1-5] ?h\w*\b(?: \S+){0,4}?"
    r" (?:marcher|marche|faire les cent pas|fais les cent pas|tourner en rond|tourne en rond|arpente[r]|arpente|deambuler|deambule)\b",
    # lying however one wants, and the pain stays or wakes: "je peux me coucher comme je veux, sur le cote, sur le dos, ca part
    # pas", "je me mets comme je veux ca me reveille quand meme"
    r"\b(?:couche\w*|allonge\w*|mettre|mets|tourne\w*|dormir|dors|installe\w*)\b (?:\w+ )?(?:comme|ou|de la facon que) (?:je|j)"
    r" (?:veux|voudrais|peux)\b(?: \S+){0,10}? (?:(?:ca|elle|la douleur|le mal) (?:\w+ )?(?:part|passe|lache|arrete|cesse|diminue)"
    r" (?:pas|jamais|plus)|(?:ca|elle|la douleur|le mal) (?:me )?reveille|(?:j ai|ai) (?:\w+ )?mal)\b",
    # the positions named, then nothing helps: "couchee sur le dos, sur le cote, assise dans le fauteuil, rien soulage"
    r"\b(?:couchee?|allongee?|assise?|debout|sur (?:le|mon) (?:cote|dos|ventres?|flan[c]))\b(?: \S+){1,10}? (?:rien|aucune|aucune position) (?:ne |n )?"
    r"(?:(?:me |m |la |le |l )?(?:soulage|calme|aide)|marche|y fait|passe|(?:me |m )?(?:donn[e]|apport[e]) (?:aucun |de |du )?soulagemen[t])\b",
    # no position found that eases it (session 24S): "j'arrive pas a trouver une position qui me soulage", "je trouve pas une
    # position qui aide" (not "j'ai trouve une position qui me soulage")
    r"\b(?:arrive|arrivai[s]|reussi[s]|parviens) (?:pas|plus|jamais) (?:a )?trouve[r] (?:une|la|un|une seule) (?:\w+ )?(?:position|facon de me coucher)"
    r" (?:qui |ou )?(?:me |m |le |la |l )?(?:soulage|calme|aide|va|convient|marche|passe)\b",
    # ... "impossible de" / "pas moyen de" trouver (session 31AO): "la nuit, impossible de trouver une position qui soulage"
    r"\b(?:impossible|pas moyen|aucun moyen|jamais moyen) (?:de |d )trouve[r] (?:une|la|un|une seule|aucune) (?:\w+ )?(?:position|postur[e]"
    r"|facon de me coucher) (?:qui |ou )?(?:me |m |le |la |l )?(?:soulage|calme|aide|va|convient|marche|passe)\b",
    # the night, and it wakes me: "la nuit ca me reveille", "la nuit elle me reveille" (the pain; not to pee)
    r"\b(?:la nuit|nuit|nuits|chaque nuit|toutes les nuits)\b(?: \w+){0,2}? (?:ca|elle|la douleur|le mal|ce mal) (?:me )?"
    r"(?:reveille|reveillent)\b(?! (?:\w+ ){0,3}?(?:pour (?:faire pipi|uriner|aller)|pipi|uriner|bebe|enfant|chien|bruit)\b)",
    r"\bmal (?:\w+ ){0,2}?(?:toute la nuit|la nuit entiere)\b",
    # "peu importe comment je me mets", "quelle que soit la facon dont je me couche"
    r"\b(?:peu importe|quelle que soit|nimporte) (?:comment|la facon dont|la maniere dont|ou|quelle position) (?:j |je )?(?:me )?"
    r"(?:mets|mette|couche|tourne|positionne|allonge|place|dors|suis|mettre|coucher)\b",
    # at night it never stops: "la nuit ca arrete jamais", "au lit ca me laisse pas tranquille"
    r"\b(?:nuit|nuits|au lit|couche|allonge)\b(?: \S+){0,8}? (?:ca |ce |elle |la douleur |ca me |me )?(?:arrete|cesse|lache)"
    r" (?:jamais|pas|plus)\b",
    r"\b(?:nuit|nuits|au lit|couche|allonge)\b(?: \S+){0,4}? (?:me )?laisse (?:pas|jamais|plus) (?:en paix|tranquille|dormir)\b",
    # la nuit, c'est l'enfer, rien ne calme (session 16b): "la nuit c'est l'enfer, sur le dos, sur le cote, y a rien qui calme"
    r"\b(?:la nuit|les nuits)\b (?:c est|ce est|est|sont|c|ca) (?:\w+ )?(?:le enfe[r]|un enfe[r]|horrible\w*|atroce\w*|le pire|insupportable\w*)\b",
    r"\b(?:la nuit|les nuits|au lit|couche|couchee|allonge|allongee|sur le dos|sur le cote)\b(?: \S+){0,20}? (?:rien|y a rien|il y a rien)"
    r" (?:qui |ne )?(?:la |le |l |me |m )?(?:calme|soulage|aide|marche|fait effe[t]|apaise)\b",  # "rien ne la calme" (session 26)
    # the tries listed, then nothing changes (session 18f): "le dos cogne toute la nuit, le coussin, dormir assis, le sol,
    # rien ne change rien", "la nuit ... rien n'y change rien"
    r"\b(?:la nuit|les nuits|toute la nuit|au lit|couche|couchee|allonge|allongee|sur le dos|sur le cote)\b(?: \S+){0,24}?"
    r" (?:rien|y a rien|il y a rien) (?:qui |ne |n )?(?:y )?change (?:rien|quoi que ce soit)\b",
    # les essais dits, puis "que dalle"; la douleur qui ne lache pas jusqu'au matin (session 19j): "ca me reveille toutes les nuits
    # ..., je me leve pour marcher, que dalle", "ca lache pas jusqu'au matin" (pas "ca lache pas, je bosse jusqu'au matin")
    r"\b(?:ca|elle|la douleur|le mal|mon dos|le dos) me (?:reveille|reveillent) (?:\w+ ){0,2}?(?:chaque nuit|toutes les nuits"
    r"|la nuit)\b(?: \S+){0,30}? , (?:que dall[e]|nada|walo[u]|nib|que tchi|queu[e] de chie[n]|rien du tout|rien de rien|zero)(?= ,| \.|$)",
    r"(?:\brien , )?\b(?:ca|la douleur|le mal|elle|mon dos|le dos) (?:ne )?(?:me )?(?:lache|lachait|part|partait|passe|passai[t]|se calme|calme"
    r"|arrete|se arrete|s arrete|diminue|cede|decroch[e]) (?:pas|jamais|plus) (?:\w+ ){0,2}?(?:jusquau|avant le) (?:petit )?(?:mati[n]|jour|lever du jour)\b",
)

# ---- who ----
DENY = ("pas",)
ME = ("moi",)
I_ME = ("moi", "j")
DENY_AFTER = ("pas", "non", "jamais")
ME_TOO_SUBJECT = ("moi",)
ALSO = ("aussi", "egalement")
#: a sign read about, then owned: "j'ai lu que maigrir c'est un signe d'alerte, c'est mon cas" (session 22)
#: ... pas le terme lu ou vu quelque part (session 26C): "je l'ai lu sur doctissimo", "je l'ai vu sur internet"
_READ_PARTICIPLE = r"(?:lue?s?|vue?s?|entendue?s?|trouvee?s?|cherchee?s?|googlee?s?|apprise?s?|croisee?s?|rencontree?s?|recherchee?s?|notee?s?)\b"
HEARSAY_MINE = (r"(?:c est|cest|c) (?:exactement |justement )?(?:mon cas|moi|ce que j ai)", r"(?:ca|c est) me ressemble", r"je l ai (?:aussi|bien)")
#: ... ecrit "ce est" une fois normalise, et fait sien comme un doute (session 23K): "c'est mon cas", "je pense que je l'ai"
HEARSAY_MINE += (r"ce est (?:exactement |justement |bien |tout a fait )?(?:mon cas|moi|ce que j ai|ca que j ai)", r"ce est ce que j ai",
                 r"(?:j|je) (?:pense|crois|crains|suppose) (?:que )?(?:j |je )?(?:le ai|le avoir|ai ca|avoir ca)\b",
                 r"(?:j|je) (?:pourrais|pourrai) (?:bien )?(?:le |l )?avoir", r"(?:j|je) ai ca(?: aussi)?\b(?! (?:\w+ )?(?:pas|plus|jamais)\b)",
                 r"(?:j|je) le ai\b(?! (?:\w+ )?(?:pas|plus|jamais)\b)(?! " + _READ_PARTICIPLE + r")",
                 # tape sans apostrophe (session 24T): "je crois que je l ai", "je l ai aussi"
                 r"(?:j|je) (?:pense|crois|crains|suppose) (?:que )?(?:j |je )?(?:l ai|l avoir)\b", r"(?:j|je) l ai\b(?! (?:\w+ )?(?:pas|plus|jamais)\b)(?! " + _READ_PARTICIPLE + r")")

ME_TOO = (r"moi aussi", r"et moi de meme", r"pareil pour moi")
NOT_FEEL_START = ("sens pas", "sens plus", "ressens pas", "ressens plus", "sent pas", "sent plus", "sens rien", "sens plus rien",
                  "sens moins", "sent moins", "ressens moins", "sens presque plus", "sens presque pas")
#: rien senti d'anormal, a la question du siege ou de la vessie, est un non (session 19g): "rien senti d'anormal", "j'ai rien
#: remarque de bizarre", "je sens rien de special" (pas "j'ai rien senti": c'est l'engourdissement)
NOTHING_ODD_FELT = (
    r"(?:rien|pas rien|jamais rien) (?:\w+ )?(?:senti|sentie|ressenti|ressentie|remarque|remarquee|note|constate) (?:de |d )?(?:\w+ )?"
    r"(?:anormal|bizarre|special|different|etrange|inhabituel|particulier|louche)",
    r"(?:sens|sent|sentais|sentait|ressens) (?:\w+ )?rien (?:de |d )?(?:\w+ )?(?:anormal|bizarre|special|different|etrange|inhabituel"
    r"|particulier|louche)",
)
PAIN = (r"douleurs?", r"mal", r"souffr\w*")

#: "soudain" ou "a la fois" dit avec un mot de coup, pas de coup (session 40H; bot/reading/redflags.py blow_idiom): "ca a lache
#: d'un coup dans le bas du dos", "d'un seul coup une douleur dans les reins", "tout a coup", "du coup" (donc), "sur le coup" (a ce
#: moment-la), "un coup de main", "un coup d'oeil" (pas "pris un coup dans le dos", "un coup de pied dans le dos", "frappe d'un coup
#: de poing", "il m'a frappe d'un coup dans le dos": un verbe de coup juste avant; "assis d'un coup sur le coccyx": l'atterrissage; "coup du lapin"; "je suis tombe d'un coup": la chute)
BLOW_IDIOMS = (
    r"\b(?<!\bfrappe )(?<!\bfrappee )(?<!\btape )(?<!\btapee )(?<!\bcogne )(?<!\bdonne )(?<!\brecu )(?<!\brecue )"
    r"(?<!\bflanque )(?<!\bmis )(?<!\bassene )(?:de|d) un (?:seul |petit |grand )?coup\b(?! (?:de|d)\b| sur (?:le|les|la|mon|ma|mes) (?:bas du )?(?:coccy[x]|dos|fesses?|cul|derrier[e]|reins|poste[r]ieur)\b)",
    r"\btout (?:a|de un|d un) coup\b(?! (?:de|d)\b| sur (?:le|les|la|mon|ma|mes) (?:bas du )?(?:coccy[x]|dos|fesses?|cul|derrier[e]|reins|poste[r]ieur)\b)",
    r"(?:^|(?<=, )|(?<=\bet )|(?<=\bmais )|(?<=\bdonc )|(?<=\balors )|(?<=\bpuis )|(?<=\bbref )|(?<=\bben )|(?<=\bbon )|(?<=\bbah ))du coup\b",
    r"\bsur le coup\b",
    r"\bapres coup\b",
    r"\ba coup sur\b",
    r"\bpar a coups?\b",
    r"\b(?:tenir|tiens|tient|tenu|tenais|tenait) le coup\b",
    r"\bcoup (?:de|d) (?:main|oeil|fil|pouce|telephone)\b",
)

# ---- session 24: la douleur en urinant, le besoin d'aller ailleurs, l'endroit de la douleur, une fievre masquee ----
#: une douleur niee ou minimisee (bot/reading/redflags.py _PAIN_DENIED): "ca ne fait pas mal quand je fais pipi", "je sens pas de
#: douleur quand j'urine" (la douleur, pas la vessie; pas "j'ai pas mal de fuites": "pas mal de" est beaucoup)
PAIN_DENIED = (
    r"(?:pas|plus|jamais|presque pas|aucune?|sans) (?:(?:de|d|la|le|du|vraiment|trop|grand|une|un|vraie) ){0,3}(?:douleurs?|brulure\w*"
    r"|brulant\w*)",
    r"(?:fait|faisait|fais|font|a fait|ai|avais|a|as) (?:pas|plus|jamais|presque pas|meme pas) (?:\w+ )?mal\b(?! de\b| d\b)",
    r"sans (?:\w+ )?mal\b(?! de\b| d\b)",
)
#: le besoin d'aller ailleurs qu'aux toilettes: "jamais eu besoin d'aller chez le medecin"
NOT_TOILET_AFTER = (
    r"(?:chez|voir) (?:le |la |un |une |mon |ma )?(?:medecin|docteur|doc|toubib|generaliste|kine\w*|osteo\w*|dentiste|specialiste"
    r"|pharmacien)",
    r"(?:a l|aux|a la) (?:hopital|urgences|pharmacie|clinique)",
)
#: l'endroit de la douleur, juste avant une position: "la douleur est sur le cote gauche et dans le dos", "j'ai mal sur le cote"
#: (pas "c'est pire sur le dos", "j'ai mal quand je suis sur le dos")
_PLACE_GAP = r"(?: (?!(?:quand|si|lorsque|pire|mieux|des|surtout|seulement)\b)\w+){0,6}?"
PAIN_PLACED = (r"(?:douleur|mal|ca|elle) (?:est|se situe|se trouve|se place|reste|etait)" + _PLACE_GAP,
               r"(?:douleurs?|mal)" + _PLACE_GAP)
#: une fievre partie seulement sous un medicament: "la fievre tombe quand je prends du doliprane", "avec le paracetamol j'ai
#: plus de fievre"
_FEVER_MEDS = (r"(?:paracetamol|doliprane|dafalgan|efferalgan|ibuprofene|advil|nurofen|spifen|aspirine|aspegic|antidouleur\w*"
               r"|antipyretique\w*|medocs?|medicaments?|cachets?|comprimes?)")
FEVER_MASKED = (r"(?:quand|si|tant que|des que|lorsque|avec|sous|grace au|grace a)(?: \w+){0,4}? " + _FEVER_MEDS,)
#: une fièvre du dernier jour dite passée (session 25): encore une fièvre, le côté sûr (voir le pack anglais)
# "hier" only in French words around it: Dutch "hier" is "here" ("van hier tot ginder"), and the packs' tables are merged
FEVER_RECENT = ("cette nuit", "hier soir", "hier matin", r"hier (?:apres midi|j|je|jai|javais|on|ca|c|il|elle|encore|toute|la)",
                r"(?:depuis|avant|encore|jusqu a|de) hier", "ce matin", "aujourd hui", "aujourdhui", r"la nuit derniere", "ce soir")
GUARD_START: tuple = ()
GUARD_WHEN: tuple = ()
GUARD_NEG: tuple = ()
FALL_DOUBT = (r"failli", r"presque", r"manque de", r"risque", r"evite\w*")
FALL_STEMS = ("tomb", "chut")
FALLING_OFF: tuple = ()
#: (the trauma word, what just precedes it, what follows it): not a fall
#: une maladie ou un medicament qui met a terre (session 24T): "la grippe m'a mis par terre", "renverse par une gastro"
_LAID_LOW_BY = (
    r"(?:(?:la|le|l|une|un|cette|ce|sa|ma|mon|grosse|gros|sale|bonne|belle|vilaine|petite|sacree) )*"
    r"(?:grippe|gastro|gastroenterite|covid|corona|virus|rhume|fievre|bronchite|pneumonie|angine|infection|otite|sinusite|crise de foie"
    r"|migraine|maladie|intoxication alimentaire|mononucleose|palu|paludisme|dengue|medicaments?|cachets?|somniferes?|tramadol"
    r"|codeine|morphine|anesthesie|antibiotiques?|vaccin|piqure)"
)
NOT_A_FALL = (
    # "tomber sur" = trouver, croiser (session 35J): "je suis tombee sur un article", "tombe sur des videos qui parlent de cancer",
    # "on est tombes sur un bon kine", "tombee sur cancer, infection..." en cherchant (pas "tombe sur le dos", "sur la glace", "sur
    # les fesses", "sur mon coude": ce qu'on trouve, pas ce sur quoi on atterrit)
    (r"\b(?:re)?tombe(?:e|s|es)?$", None,
     (r"^ sur (?:(?:un|une|le|la|les|l|des|de|d|du|ce|cet|cette|ces|ton|ta|tes|votre|vos|son|sa|ses|leur|leurs|plein de|pas mal de|beaucoup de"
      r"|plusieurs|quelques|tout un|toute une|tout plein de|que|qu) )*(?:\w+ )?(?:articl[e]|article[s]|vide[o]|video[s]|sit[e]|site[s]|pos[t]|post[s]"
      r"|pag[e]|page[s]|foru[m]|forum[s]|blog[s]?|lie[n]|lien[s]|annonc[e]|annonce[s]|pu[b]|pub[s]|publicatio[n]|publication[s]|temoignag[e]|temoignage[s]"
      r"|reportag[e]|reportage[s]|emissio[n]|documentair[e]|podcas[t]|commentair[e]|commentaire[s]|messag[e]|message[s]|discussio[n]"
      r"|tikto[k]|youtub[e]|googl[e]|internet|wikipedi[a]|doctissim[o]|recherch[e]|recherche[s]|resulta[t]|resultat[s]|informatio[n]"
      r"|information[s]|inf[o]|info[s]|histoir[e]|histoire[s]|ca[s]|mo[t]|mots|phras[e]|list[e]"
      r"|kin[e]|kine[s]|medeci[n]|medecin[s]|docteu[r]|toubi[b]|oste[o]|osteopath[e]|specialist[e]|chirurgie[n]|rhumat[o]|rhumatologu[e]"
      r"|generalist[e]|praticie[n]|therapeut[e]"
      r"|cance[r]|cancer[s]|tumeu[r]|tumeur[s]|metastas[e]|metastase[s]|herni[e]|hernie[s]|infectio[n]|sciatiqu[e]|maladi[e]|maladie[s]"
      r"|diagnosti[c]|symptom[e]|symptome[s])\b",)),
    # heurte, touche ou frappe par des mots, une histoire, une nouvelle: emu ou blesse, pas de choc (session 32AP): "j'ai ete heurtee
    # par ses remarques", "touche par sa lettre" (pas "heurte par un velo", "touchee par une voiture")
    (r"\b(?:heurt\w*|touch\w*|frapp\w*|bless\w*|secou\w*|ebranl\w*)(?: par)?$", None,
     (r"^(?: (?:tres|vraiment|profondement|beaucoup|tellement|si))?(?: par)? (?:(?:ses|sa|son|leur|leurs|les|la|le|l|cette|ce|ces|un|une|des)"
      r" )?(?:\w+ )?(?:parole[s]|mot[s]|histoir[e]|remarqu[e]|remarque[s]|propo[s]|lettr[e]|nouvell[e]|gentilless[e]|geste"
      r"|messag[e]|discour[s]|chanso[n]|fil[m]|livr[e]|recit|temoignag[e]|reactio[n]|attitud[e]|critiqu[e]|critique[s]|deces|mort"
      r"|perte|tristess[e]|emotio[n]|ce qu|ce que|sa facon|la facon)\b",)),
    # mis a terre par une maladie ou un medicament, pas de chute (session 24T): "la grippe m'a foutu par terre", "renverse par la
    # grippe", "je me suis fait ramasser par une gastro" (pas "renverse par une voiture", "ramasse dans l'escalier")
    (r"\b(?:fout[ue]|foutue|ramass\w*|renvers\w*|terrass\w*|fauch\w*|assomm\w*|mis[e]? (?:par terre|a terre|ko|au tapis)|ko)\b", None,
     (r"^(?: (?:completement|carrement|vraiment|bien|direct|pendant (?:\w+ ){0,2}?(?:jours|semaines?)|par terre|a terre|ko)){0,3}"
      r"(?: (?:par|avec))? " + _LAID_LOW_BY + r"\b",)),
    (r"\b(?:fout[ue]|foutue|ramass\w*|renvers\w*|terrass\w*|fauch\w*|assomm\w*|mis[e]? (?:par terre|a terre|ko|au tapis))\b",
     r"\b" + _LAID_LOW_BY + r"$", ()),
    # un coup ressenti, pas un coup venu du dehors (session 22G): "j'ai senti un coup dans les reins en me raidissant", "comme un
    # choc dans le dos" (un coup recu reste une chute: "j'ai pris un coup dans le dos")
    (r"^(?:coup|coups|choc)\b", r"\b(?:senti|sentie|sens|sent|sentais|sentait|ressenti|ressentie|ressens|ressent|ressentais|comme|genre)(?: un| une| des| comme un| un gros| un petit| un violent| une sorte de| une espece de)?$", ()),
    # une comparaison (session 21c): "mal au dos comme si j'etais tombe de l'echelle", "comme si on m'avait roue de coups" (pas
    # "comme quand je suis tombe")
    (r".", r"\b(?:comme si|comme s|on dirait que|on dirait|on aurait dit que|on aurait dit)(?: \w+){0,4}$", ()),
    (r"^accident", r"\b(?:vu|assiste a|temoin de|temoin d)(?: \w+)?$", ()),
    (r"accident\w*$", None, (rf"^s?(?: \w+){{0,2}}? (?:dans|sur) (?:{_PANTS_OWNER} )?{_PANTS}\b{_NOT_A_BED}",
                            r"^s?(?: \w+){0,3}? (?:pipi|caca|urin[e]|selle[s]|fuit[e]|fuite[s])\b",
                            # in apposition: "j'ai eu un accident, du caca, j'ai rien senti", "petit accident ce matin, pipi"
                            r"^s?(?: \w+){0,3}? , (?:un peu de |du |de la |des |un |une |un peti[t] |une petit[e] |peti[t] |petit[e] )?"
                            r"(?:pipi|caca|urin[e]|selle[s]|fuit[e]|fuite[s])\b")),
    # la salissure dite plus loin dans la phrase (session 19j): "j'ai eu un accident ce matin, y avait une trace dans mon slip"
    # (pas "un accident de voiture ..., du sang sur mon pantalon", "un accident en velo")
    (r"accident\w*$", None, (rf"^s?(?! (?:de|d|en|a|avec|sur|au|du)\b)(?: \S+){{0,8}}? (?:trace[s]?|tache[s]?|marque[s]?|aureol[e]|aureole[s]"
                            rf"|salet[e]|salete[s]|caca|pipi|fuit[e]|fuite[s]) (?!(?:de|d) (?:sang|huil[e]|bou[e]|camboui[s]|graiss[e]|peintur[e])\b)"
                            rf"(?:\w+ ){{0,3}}?(?:dans|sur) (?:{_PANTS_OWNER} )?{_PANTS}{_NOT_A_BED}",)),
    (r".", r"\b(?:failli|presque|quasi|manque de)(?: \w+)?$", ()),
    # tombe sur quelqu'un ou quelque chose de trouve (session 23Q): "je suis tombe sur un bon kine", "tombee sur un article", "tombe
    # sur votre site" (pas "tombe sur le dos", "sur les fesses", "sur la glace", "sur le trottoir": la ou on atterrit)
    (r"\btombee?s?$", None, (r"^ sur (?:un|une|le|la|l|des|mon|ma|mes|ce|cette|cet|votre|notre|vos|nos|ton|ta|son|sa) (?:(?:vrai|vraie|bon|bonne|super|tres"
                            r"|excellent|excellente|nouveau|nouvelle|autre|petit|petite|vieux|vieil|ancien|ancienne|jeune) ){0,2}(?:kine\w*"
                            r"|medecin\w*|docteur\w*|doc|toubib|osteo\w*|chiro\w*|generaliste|specialiste|rhumato\w*|neuro\w*|chirurgien\w*"
                            r"|praticien\w*|therapeute|physio\w*|infirmi\w*|pharmacien\w*|article|video|site|forum|post|reportage|emission|livre"
                            r"|page|annonce|temoignage|personne|gars|type|mec|dame|monsieur|voisin\w*|collegue|ami|amie|copain|copine|cousin\w*"
                            r"|numero|message|groupe|lien|blog|chatbot|appli\w*|programme|exercice\w*|etirement\w*|methode)\b",)),
    # une glissade rattrapee (session 16d): "j'ai glisse mais je me suis rattrape a la rampe", "glisse, pas tombe"
    (r"^(?:glisse\w*|trebuch\w*|derap\w*)", None,
     (r"^(?:(?: ,)? (?!(?:tombe\w*|atterr[i]\w*|chute\w*)\b)\w+){0,10}?(?: ,| mais| et)+ (?:heureusement |je |j |me |m |suis |elle |il |on |se |s |est |ne |n |a |nous |sommes |ils |elles |sont |ont |tu |te |t |es |vous |etes |ai "
      r"|pu |reussi a |juste |de justesse )*(?:rattrape\w*|retenu\w*|agrippe\w*|accroche\w*|pas tombe\w*|tombe pas)\b",
      # la rampe pognee, attrapee ou saisie, plus loin dans la phrase (session 21c, Quebec): "j'ai glisse sur la glace devant le
      # depanneur a matin, j'ai pogne la rampe juste a temps, j'suis pas tombe"
      r"^(?:(?: ,)? (?!(?:tombe\w*|atterr[i]\w*|chute\w*)\b)\w+){0,14}?(?: ,| mais| et)+ (?:heureusement |je |j |me |m |suis |elle |il |on |se |s |est |ne |n |a |nous |sommes |ils |elles |sont |ont |tu |te |t |es |vous |etes |ai "
      r"|pu |reussi a |juste |de justesse )*(?:pogn[e]\w*|attrap[e]\w*|empoign[e]\w*|saisi\w*|agripp[e]\w*|accroch[e]\w*) (?:a |au |a la )?"
      r"(?:la |le |les |une |un |a |au )?(?:rampe|main courante|rambarde|balustrade|poignee|mur|table|comptoir|porte|poteau|barriere"
      r"|lampadaire|caddie|chariot|voiture|evier|lavabo|branche|bras)\b",
      r"^(?:(?: ,)? (?!(?:tombe\w*|atterr[i]\w*|chute\w*)\b)\w+){0,14}?(?: ,| mais| et)+ (?:heureusement |non |je |j |me |m |suis |elle |il |on |se |s |est |ne |n |a |nous |sommes |ils |elles |sont |ont |tu |te |t |es |vous |etes )*"
      r"(?:pas tombe\w*|tombe pas|suis pas tombe\w*)\b",
      # ... retenu, tenu ou reste debout (session 19g): "j'ai glisse sur le verglas, j'ai pu me retenir", "je me suis tenue au
      # robinet" (tenu a quelque chose: "je me suis tenu le dos" est une chute), "je suis restee debout" (pas "j'ai pas pu me retenir": un "pas" entre les deux laisse la chute); "pu" y est
      # lu "plus" (STREET): "j ai plus me retenir" est "j'ai pu", "j'ai plus pu" donne "plus plus" et reste une chute
      r"^(?:(?: ,)? (?!(?:tombe\w*|atterr[i]\w*|chute\w*)\b)\w+){0,8}?(?: ,| mais| et)+ (?:heureusement |je |j |me |m |suis |elle |il |on |se |s |est |ne |n |a |nous |sommes |ils |elles |sont |ont |tu |te |t |es |vous |etes |ai "
      r"|pu |reussi a |juste |de justesse |ai plus )*(?:reten[i]r|(?:tenue?s?|tenir) (?:a|au|aux)|rattrape\w*|agrippe\w*|accroche\w*|rest\w* debou[t]"
      r"|rest\w* sur (?:mes|les) pieds)\b")),
    # le trottoir, la bordure ou une marche pris du pied encore et encore (session 25Z): "je me suis pris la bordure deux fois
    # aujourd'hui", "je me suis tape le trottoir a deux reprises" (le pied qui accroche: la faiblesse, pas le debut; une fois
    # seule reste une chute: "je me suis pris le trottoir en sortant du bar"), ou pris du pied: "... le trottoir avec la
    # pointe du pied"
    (r"^(?:me|m) suis (?:\w+ )?(?:pris|prise|tape|tapee) (?:le|la|un|une|l) (?:\w+ )?(?:trottoir|bordure|marche|bord du trottoir)$",
     r"\b{REPEATED}(?: (?!(?:et|mais|puis)\b)\w+){0,6}$",
     (r"^(?: \w+){0,5}? {REPEATED}\b",
      r"^(?: \w+){0,3}? avec (?:le|la|les|mon|ma|mes) (?:\w+ ){0,3}?(?:pied|pieds|orteil|orteils|chaussure|chaussures)\b")),
    # ... une chute niee en mots de la rue (session 25Z): "j'ai glisse sur le verglas, j'ai pas chute", "glisse dans la douche,
    # wallah je suis pas tombe", "j'ai glisse mais j'ai pas fini par terre" (pas "j'ai glisse et je suis tombe")
    (r"^(?:glisse\w*|trebuch\w*|derap\w*)", None,
     (r"^(?:(?: ,)? (?!(?:tombe\w*|atterr[i]\w*|chute\w*|etale\w*|vautre\w*)\b)\w+){0,10}?(?: ,| mais| et)+"
      r" (?:(?:wallah|wesh|frere|heureusement|bon|non|je|j|me|m|suis|ai|pas du tout|elle|il|on|se|s|est|ne|n|a|nous|sommes|ils|elles|sont|ont|tu|t|es|vous|etes) )*(?:pas|jamais|point) (?:du tout |vraiment |meme )?"
      r"(?:chute\w*|tombe\w*|fini\w* (?:par terre|au sol|a terre)|atterri\w*|retrouve\w* (?:par terre|au sol|a terre)"
      r"|etale\w*|vautre\w*|alle\w* au sol)\b",)),
    # la chaussure qui tombe du pied, pas le patient (session 27O, le signe du pied tombant): "ma tong est tombee en marchant",
    # "la savate droite m'est tombee du pied" (pas "avec mes bottes sur la glace je suis tombe")
    (r"^(?:(?:est|sont|etait|etaient|a ete|ont ete) (?:\w+ )?)?(?:re)?tomb\w*", r"\b{FOOTWEAR}(?: (?:gauche|gauches|droite|droites|droit|droits"
     r"|qui|me|m|lui|est|sont|etait|etaient|ete|toujours|souvent|encore|tout le temps|sans arret|sans cesse|meme|aussi|deja|parfois|chaque fois|a chaque fois)){0,3}$", ()),
    # a temperature that drops: "la fievre est tombee", "ma temperature est retombee" (no fall)
    (r"tomb|retomb", r"\b(?:fievre|temperature|temp|tension)(?: (?:est|a|etait|avait|elle est))?(?: \w+)?$", ()),
)
LONG_AGO = (r"il y a \d+ ans", r"y a \d+ ans", r"ans", r"annees", r"autrefois", r"longtemps", r"jeunesse",
            # un an ou plus (session 33K): "l'an dernier", "l'annee passee", "il y a un an"
            r"(?:le|la|l) (?:an|annee) (?:dernier|derniere|passe|passee)", r"(?:il )?y a (?:un|plus (?:de|d) un) an")
UNRELATED = (r"rien a voir", r"aucun rapport", r"pas de lien", r"sans lien", r"sans rapport", r"rien a faire avec",
             # ... ou guerie, sans douleur apres (session 33K): "plus aucune douleur apres", "plus jamais eu mal ensuite", "bien remis",
             # "ca c'est nouveau"
             r"plus aucune (?:douleur|gene)", r"plus (?:jamais )?eu (?:mal|de douleur|de douleurs|aucune douleur)",
             r"pas eu mal (?:apres|ensuite|par la suite|depuis)", r"(?:bien|completement|totalement|vite|tres bien) (?:gueri|guerie|remis|remise|retabli|retablie)",
             r"(?:ce|c) est (?:tout |completement |quelque chose de )?nouveau")
SPILLED: tuple = ()
SOILED: tuple = ()
REPEATED = (r"souvent", r"plusieurs fois", r"tout le temps", r"sans arret", r"\d+ fois", r"deux fois", r"trois fois",
            # a deux reprises, deux trois fois, quelques fois (session 25Z)
            r"(?:a )?(?:deux|trois|quatre|\d+|plusieurs|quelques) reprise[s]", r"(?:deux|2) (?:ou )?(?:trois|3) fois",
            r"quelques fois", r"(?:quatre|cinq) fois", r"encore et encore")
SUFFIX_VERB = ("ai", "avais", "eu", "suis", "est", "sens", "ressens", "remarque")
SUFFIX_SUBJECT = ("j", "on", "il")
SUFFIX_ADVERB = ("vraiment", "absolument", "heureusement", "franchement", "non plus")
SUFFIX_NO = ("non", "pas", "jamais", "aucune", "aucun", "rien", "pas du tout", r"(?:j )?(?:crois|pense) pas")
SUFFIX_TAIL = ("du tout", "vraiment", "heureusement", "j crois", "j pense", "merci", "plus")

# ---- the bladder and bowel net ----
# ... pas un mot qui commence seulement par "pipi" ou "pisse" (session 34Z): "pipistrelle", "pipit", "pissenlit" (l'urinoir,
# l'urinal restent lus: le lieu ou l'on urine)
NET_BLADDER = (r"pipi(?!st|t)\w*", r"urin\w*", r"vessie", r"pisse(?!nli)\w*", r"miction\w*")
NET_BOWEL = (r"selles", r"caca", r"intestin\w*", r"transit", r"aller a (?:la )?selle", r"grosses? commissions?")  # session 21e
NET_BLADDER_TROUBLE = (r"sais (?:pas|plus)", r"peux (?:pas|plus)", r"arrive (?:pas|plus)", r"parviens (?:pas|plus)",
                       r"fuite\w*", r"retenir", r"controle\w*", r"culotte", r"difficult\w*", r"du mal", r"envie",
                       r"bizarre", r"sens (?:pas|plus|rien)", r"plus rien", r"probleme\w*", r"souci\w*",
                       # le jet lent a venir, faible (session 19): "pour uriner ca coule tout mollement, un petit filet"
                       r"avant que (?:ca|le jet|le pipi) (?:\w+ )?(?:demarre|vienne|sorte|coule)", "mollement", "faiblement",
                       r"petit file[t]", r"pti[t] file[t]", r"goutte a goutte",
                       # plus rien qui passe (session 32AV; the "ne" is dropped by normalise): "je ne fais plus pipi", "j'urine plus
                       # du tout", "rien ne sort", "j'ai plus fait pipi depuis hier" (not "je ne fais pas plus pipi que
                       # d'habitude", "plus souvent", "ca fait plus mal")
                       r"(?:fais|fait|urine|urines|pisse|pisse[s]|vais|va) plus(?! (?:souvent|que|qu|autan[t]|trop|beaucoup|asse[z]|vite|fort|longtemps|la nuit|le jour"
                       r"|ou|loin|mal|de|d|attention|facilement|frequemment|regulierement)\b)",
                       r"(?:fais|fait|urine|pisse) plus(?: pipi)? (?:du tout|rien|depui[s]|de la journee|de toute la)",
                       r"(?:ai|a|as) plus (?:\w+ )?(?:fait pipi|urine|pisse|pu (?:uriner|faire pipi|pisser))",
                       r"rien (?:ne |een )?(?:sort|vient|coule|passe)", r"(?:ca|ce|il|elle) (?:ne |een )?(?:sort|vient|coule|passe) plus",
                       r"(?:sort|vient|coule|passe) plus rien", r"pas une goutte")
NET_BOWEL_TROUBLE = (r"retenir", r"controle\w*", r"fuite\w*", r"culotte", r"envie", r"sens (?:pas|plus|rien)", r"sans le sentir")
#: un controle de l'organe, pas une perte de controle (session 36D ; bot/reading/redflags.py _bladder_bowel_net) : dans une proposition
#: qui dit une maladie de la vessie, de l'intestin ou de la prostate ou son suivi (CHECKUP_TOLD : "j'ai eu un cancer de la vessie,
#: controle tous les 6 mois", "suivi chez l'urologue"), le mot controle (CONTROL_AS_CHECK) est l'examen, pas le trouble ; jamais avec
#: une perte dite dans la proposition (CONTROL_LOST : "je ne controle plus ma vessie", "aucun controle sur mes selles")
CHECKUP_TOLD = (# une infection des urines passee et son controle (session 45U): "infection urinaire traitee, l'analyse de controle
                # etait propre"
                r"infectio[n]s?", r"cystit[e]s?", r"pyelonephrit[e]s?", r"analys[e]s?", r"ecb[u]",
                r"cance[r]\w*", r"tumeu[r]\w*", r"polype\w*", r"cystoscop\w*", r"coloscop\w*", r"oncolo\w*", r"urolo\w*", r"suivi\w*",
                r"depistag[e]", r"remissio[n]", r"(?:tous les|chaque) (?:\d+ |deux |trois |quatre |six |douze )?(?:mois|an|ans|annee|annees|semaines)",
                r"annue[l]\w*")
CONTROL_AS_CHECK = (r"controles?", r"controlee?s?", r"controle[r]")
CONTROL_LOST = (r"plus", r"pas", r"jamais", r"perte", r"perdu\w*", r"perds", r"perd", r"aucun\w*", r"sans", r"moins", r"mal", r"difficil\w*",
                r"peine", r"proble\w*", r"souci\w*", r"faibl\w*", r"parti\w*", r"fuit\w*", r"fuite\w*", r"accident\w*", r"incontinen\w*",
                r"controle sur", r"maitris\w*")
ALL_WELL = (r"\bnormalement\b", r"\b(?:pas|jamais) (?:\w+ )?plus (?:souvent )?que (?:d habitude|dhabitude|de habitude|la normal[e]|avant|normalement)\b",  # session 32AV
            r"\b(?:controle|retiens|tiens|urine|vais|va|vont|marche|fonctionne) (?:\w+ )?bien\b", r"\bcomme (?:avant|dhabitude|de habitude)\b", r"\bconstip\w*", r"\bsans (?:souci|probleme)s?\b",
            # an accident denied: "j'ai pas fait pipi dans ma culotte", "jamais mouille mon lit"
            r"\b(?:pas|jamais) (?:\w+ )?(?:fait |mouille\w* |souille\w* )(?:pipi |caca )?(?:(?:(?:dans|sur|au) )?(?:mon |ma |mes |le |la |les )?"
            r"(?:culottes?|lit|pantalon|slip|draps?|couche)|dessus)\b")
NO_ANY = ("pas de", "aucun", "aucune", "sans")
#: un signe demande en general, avec "on" (session 21f): "peut-on devenir incontinent a cause d'une hernie ?", "une hernie
#: peut-elle rendre incontinent ?" (une question, pas une plainte; "je peux devenir ..." reste lu)
SIGN_ASKED = (r"^(?:\w+ ){0,3}?(?:peut on|on peut|peut il on|est ce qu on peut|est ce que on peut|pourrait on|on pourrait)"
              r" (?:\w+ ){0,2}?(?:devenir|etre|rester)\b",
              r"^(?!je |j )(?:\w+ ){0,6}?(?:peut|peuvent|pourrait|pourraient) (?:elle |il |elles |ils )?"
              r"(?:rendre|provoquer|causer|donner|entrainer)\b",
              # un signe demande en general, avec "est-ce que ca donne" (session 22G): "est-ce que ca donne aussi la fievre?", "une hernie,
              # ca donne de la fievre?" (pas "est-ce que ca me donne ...", "ca peut etre ma fievre")
              r"^(?:\w+ ){0,4}?(?:est ce que|est ce qu|es ce que|esque|ce que) (?:ca|cela|ce|une? \w+|le \w+|la \w+|les \w+|l \w+|on)"
              r" (?:(?!(?:me|m|nous|lui|te|t)\b)\w+ )?(?:donne|donnent|provoque|provoquent|cause|causent|entraine|entrainent|amene|amenent|fait|font"
              r"|peut donner|peut provoquer"
              r"|peut causer|peut faire|peut entrainer|a|ont)\b(?:(?! (?:me|m|je|j|ma|mon|mes|nous)\b) \w+)*$",
              r"^(?:une |un |la |le |les |l )?(?:hernie|hernies|hernie discale|sciatique|sciatiques|lumbago|mal de dos|tour de rein[s]|arthrose)"
              r"(?: ca| cela)? (?:donne|donnent|provoque|provoquent|cause|causent|entraine|entrainent|amene|amenent|peut donner|peut provoquer)"
              r"(?: aussi| meme| egalement| parfois| souvent)?(?: \w+){0,2}$")
#: un signe nomme comme celui a surveiller, le controle que demande la brochure (session 22G): "on m'a dit de faire attention a un
#: engourdissement entre les jambes" (les mots juste avant le signe; le signe eu reste lu dans sa proposition)
WATCH_FOR = (r"(?:faire|fais|fait|faites) attention (?:a|au|aux)(?: un| une| des| tout| toute| une eventuelle| un eventuel)?",
             r"surveiller (?:(?:l|le) apparition (?:d|de)(?: un| une)?|un|une|tout|toute|(?:d|de) eventuel\w*|si (?:on|j) a)",
             r"guetter(?: un| une| des| tout| toute)?", r"signes? (?:d alerte|d alarme) (?:comme|tels? que|telles? que)(?: un| une| des)?")
#: le nom d'un signe, le terme lui-meme (session 23K): demande ou lu comme terme ("c'est quoi l'anesthesie en selle ?", "lu un
#: truc sur l'anesthesie en selle"), il n'est pas un signe de la personne
SIGN_TERMS = (r"(?:anesthesie|hypoesthesie|insensibilite|engourdissement|perte de sensibilite) (?:en|de la|de) selle", r"retention (?:urinaire|de urine|des urines)",
              # ... et la douleur nocturne (session 24V): "c'est ca la douleur nocturne dont on parle ?"
              r"douleurs? nocturnes?")
TERM_QUESTION_BEFORE = (r"(?:ce est|cest|c est|c)(?: ca| cela)?", r"est ce que ce est(?: ca)?", r"(?:ca|cela) (?:serait|pourrait etre|est)",
                        # ... comme un genre de (session 26C): "c'est ca le mauvais genre de douleur nocturne dont on parle"
                        r"(?:(?:est ce que )?(?:ce est|cest|c est|c)(?: ca| cela)?|(?:ca|cela) (?:serait|pourrait etre|est)) (?:le|la|les|un|une|ce|cette)"
                        r"(?: (?:mauvaise?|vraie?|grave|dangereuse?|fameuse?|terrible|sale))?(?: (?:genre|type|sorte|forme) de)?")
TERM_TALKED_AFTER = (r"(?:dont|que) (?:on|ils|elles|vous|tu|les \w+|tout le monde|le monde|internet)\b(?: \w+){0,2}? (?:parle|parlent|parlait"
                     r"|parlaient|ecrit|ecrivent|dit|disent|mentionne\w*|evoque\w*|previen\w*)\b",)
TERM_ASKED_BEFORE = (r"(?:ce est|cest|c) quoi", r"(?:ce est|c est|cest|c) quoi(?: (?:ca|cela|ce truc|cette histoire de|ce machin))?", r"que est ce que(?: ce est)?(?: que)?", r"(?:ca|cela) veut dire quoi", r"que (?:veut dire|signifie)",
                     r"(?:parle|parlait|parlent|parler|entendu parler) (?:de|du|des)", r"(?:lu|lis|vu) (?:\w+ ){0,3}?sur",
                     r"(?:quelque chose|truc|article|info|infos|renseignements?) sur",
                     # ce que recouvre le nom d'un signe (session 31AM): "qu'est-ce qui compte comme anesthesie en selle", "ca compte comme quoi"
                     r"que est ce qui (?:compte|entre|passe) (?:exactement |vraiment )?(?:comme|dans|pour)", r"(?:ce qui|qu est ce qui) (?:compte|est considere) comme",
                     r"(?:un|une) des (?:\w+ )?(?:ce est|est)", r"explique\w*")
TERM_ASKED_AFTER = (r"comment (?:on|je|tu) (?:le |la |les |l )?(?:sait|remarque|reconnait|sent|voit|repere)",
                    r"comment (?:le |la )?(?:savoir|remarquer|reconnaitre)", r"(?:ca|cela) se (?:sent|remarque|manifeste|reconnait) comment",
                    r"(?:ce est|cest|c) quoi", r"(?:ca|cela) veut dire quoi", r"que est ce que ce est", r"ca ressemble a quoi",
                    r"jamais entendu parler", r"(?:j|je) sais (?:pas|meme pas) ce que ce est", r"ca fait quoi")
TERM_FILLERS = ("exactement", "donc", "au juste", "vraiment", "le", "la", "les", "l", "un", "une", "ce que", "que", "de", "cette fameuse",
                "ce fameux", "fameuse", "concretement", "precisement")  # (session 33D: "c'est quoi concretement ...")
OWN_IF = ("si",)
#: un si d'un jour a venir (session 24W): "si un jour ...", "si jamais un jour ...", "le jour ou ..."
ONE_DAY_IF = (r"si (?:jamais )?un jour", r"le jour ou (?:j|je|on|ca)", r"si (?:j|je|on) (?:\w+ )?(?:un jour|jamais un jour)", r"au cas ou un jour")
#: le sens demande d'un signe decrit (session 24W): "que veut dire exactement ...", "ca veut dire quoi ..."
MEANING_ASKED = (r"que (?:veut dire|signifie|veulent dire|signifient)(?: exactement| au juste)?", r"(?:ca|cela) (?:veut dire|signifie) quoi(?: exactement)?")
MEANING_NOT_BEFORE = ("quand", "si", "que", "j", "je", "mon", "ma", "mes", "moi", "ca", "cela")
#: the person named after the term only as an object ("explain it to me"): no owning
ME_OBJECT = ("moi",)
#: une question de tout un chacun, le segment s'ouvre dessus (session 23K): "si on n'arrive plus a uriner", "est-ce qu'on ..."
GENERAL_SUBJECT = (r"(?:\w+ ){0,4}?(?:(?:si|quand|lorsque) (?:on|quelquun|les gens)|lorsquon)\b", r"(?:on|quelquun|les gens) ",
                   r"(?:est ce que|est ce qu|esque|es ce que) (?!(?:j|je|moi|mon|ma|mes)\b)",
                   # un signe nomme, puis "c'est grave ?" (session 26G): "la douleur la nuit c'est grave", "etre reveille par la douleur
                   # la nuit, c'est mauvais signe ?"
                   r"(?!(?:j|je|moi|mon|ma|mes)\b)(?:\w+ ){1,14}?(?:ce est|c est|cest|ca est|c) (?:\w+ )?(?:grave|inquietant|dangereux|alarmant"
                   r"|preoccupant|serieux|mauvais signe|un mauvais signe|un signe|un signal)\b",
                   r"(?:est ce|est il|est elle) (?:\w+ )?(?:grave|inquietant|dangereux|mauvais signe|un mauvais signe)\b")
#: une question qui reprend le signe nomme avant la virgule, entiere (session 26G): "etre reveille la nuit par la douleur, c'est
#: grave ?", "..., mauvais signe ?"
TAKEN_UP_ASKED = (r"(?:ce est|c est|cest|ca est|est ce|c|ca serait|ce serait|est ce que ce est|est ce que ca est)(?: (?:vraiment|tres|si))?"
                  r" (?:grave|inquietant|dangereux|alarmant|preoccupant|serieux|mauvais signe|un mauvais signe|un signe (?:grave|inquietant|d alerte))",
                  # ... ou une urgence (session 34S): "..., c'est une urgence ?", "..., il faut aller aux urgences ?"
                  r"(?:ce est|c est|cest|ca est|est ce|c|ca serait|ce serait|est ce que ce est|est ce que ca est) (?:vraiment |tout de suite )?(?:une urgence|urgent)",
                  r"(?:il faut|faut il|faut|faudrait il|il faudrait|est ce qu il faut|dois je|je dois) (?:\w+ ){0,2}?(?:consulter|aller|filer|partir|foncer)"
                  r" (?:\w+ )?(?:en urgence|aux urgences|a l hopital|a les urgences)",
                  # ... "en urgence" cut off at "en" (a join word of the Dutch pack): "il faut consulter en urgence ?"
                  r"(?:il faut|faut il|faut|faudrait il|il faudrait|est ce qu il faut|dois je|je dois) (?:\w+ )?consulter(?: vite| rapidement| d urgence| tout de suite)?",
                  r"(?:grave|mauvais signe|un mauvais signe|inquietant|dangereux)")
#: une question s'il faut s'inquieter d'un signe en general (session 26G): "dois-je m'inquieter des douleurs la nuit"
GENERAL_WORRY = (r"(?:dois (?:je|j)|(?:je|j) dois|est ce que (?:je|j) dois|faut il|il faut) (?:\w+ )?(?:m inquieter|me inquieter|s inquieter|se inquieter"
                 r"|me en faire|men faire|avoir peur) (?:de|d|des|du|pour)",)
A_PROBLEM = (r"problemes?", r"soucis?", r"difficultes?", r"fuites?")
#: un souci nie par les mots juste avant (session 19g): "jamais de probleme pour uriner", "pas le moindre souci"
TROUBLE_DENIED = ("jamais de", "jamais eu de", "jamais aucun", "jamais aucune", "pas le moindre", "pas la moindre", "pas un seul", "pas une seule", "zero")
#: ... dit d'un autre temps ou d'un autre organe, ce qui ne nie rien du souci d'aujourd'hui (session 19): "ca vient
#: pas bien, jamais eu de soucis avant", "jamais eu de soucis de prostate"
DENIED_ELSEWHERE = ("avant", "jusqu ici", "jusque la", "de ma vie", "auparavant", "prostate")
NOT_WELL_NEG = ("pas", "plus")
NOT_WELL_MORE: tuple = ()
WELL = ("bien", "normalement", "comme avant")
#: un animal dit en forme (session 34R) : "le cheval va bien, 39 de fievre" est la fievre du patient
ANIMAL_WELL = ("va bien",)
CLAUSE_BUT = ("mais",)

# ---- questions: "est-ce normal que ..." ----
IS = ("est",)
IT = ("ce", "il", "ca")
NORMAL = ("normal", "grave")
CAN_IT = ("se peut il", "est ce possible", "ce est normal", "ce est grave", "est ce que ce est normal")
THAT = ("que",)
#: un infinitif apres le cadre de la question (session 41J, _QUESTION_FRAME) : aucun ici, "est-ce normal de ne plus pouvoir" se lit tel quel
INFINITIVE_TO: tuple = ()

# --------------------------------------------------------------------------
# The normaliser's phrases
# --------------------------------------------------------------------------

#: "-ing" words (English only)
ING_WORDS: tuple = ()
#: two-word words joined, before segments are split: "par contre" is one contrast word
CONTRACTIONS = (
    (r"\bpar contre\b", "parcontre"),
    (r"\ben revanche\b", "parcontre"),
    (r"\bsauf que\b", "sauf"),
    (r"\bparce que\b", "parce"),
    (r"\bparce qu\b", "parce"),
)
#: "se transformer en cancer": its "en" (the Dutch "and") must not cut the cancer from the question (session 16b)
JOINED_PHRASES = ((r"\b(se transforme[r]|se transform[e]|tourner|tourne|degenere[r]|degener[e]|evolue[r]|evolu[e]) en\b", r"\1"),
                  # la pertinence mise en doute, pas le signe (session 24U): "c'est peut-etre important : j'ai eu un cancer du sein"
                  (r"\b(?:peut etre|ptet|possiblement) (?:(?:que |qu )?(?:c est|ce est|cest|c|ca|est|auss[i]|bon) )*(?:important|important[e]|util[e]"
                   r"|pertinen[t]|a savoir|bon a savoir)(?: (?:de|a) (?:le |vous |l )?(?:savoir|dire|precise[r]|signale[r]|mentionner))?\b", "relevant ,"))
PINS_AND: tuple = ()
#: the saddle area, before "jambes" can be read as both legs
CROTCH_PHRASES = (
    (r"\bentre (?:(?:les|mes|ses|tes|vos|deux) ){0,2}(?:jambes|cuisses)\b", "crotchzone"),  # ... "entre mes deux cuisses" (session 33J)
    (r"\b(?:le |la )?interieur (?:de |des |du )?(?:mes |les |la |mon |ma |ses )?cuisses?\b", "crotchzone"),
    # le dedans des cuisses, d'un francais appris (session 27S): "dedans les cuisses c'est engourdi", "au dedans de mes cuisses"
    (r"\b(?:le |au |en )?dedans (?:de |des |du )?(?:mes |les |la |mon |ma |ses )?cuisses?\b", "crotchzone"),
    (r"\bentre(?: les)? jambes\b", "crotchzone"),
    # ... tout en haut (session 31AI): "l'interieur des cuisses tout en haut, c'est cartonne" ("en" y est le "en" neerlandais: la
    # zone et son engourdissement seraient deux propositions)
    (r"\bcrotchzone (?:tout |bien |tres |vraiment )?(?:en haut|la haut|vers le haut|du haut|pres de le aine|pres des aine[s])\b", "crotchzone"),
    # "l'interieur des cuisses, contre l'entrejambe, c'est endormi": l'incise nomme la meme zone (session 18d)
    (r"\bcrotchzone , (?:contre|pres de|vers|au nivea[u] de|a cote de) (?:mon |ma |mes |le |la |les )?(?:entrejambe|aines?|sexe"
     r"|fesses|crotchzone) ,", "crotchzone"),
)
#: uncertainty is never a negation: "je sais pas si" counts as yes (not "je sais pas marcher": savoir = pouvoir)
UNSURE = (
    r"(?:je )?(?:ne )?sais (?:pas|rien)(?= si\b| trop\b| vraiment\b| exactement\b| bien\b(?! \w+er\b)| [.,]|$)",
    # "jsp c bizarre", "je sais pas ce que c'est", "je sais pas comment dire": not knowing what it is (never "je sais pas
    # marcher": savoir = pouvoir)
    r"(?:je )?(?:ne )?sais pas(?= (?:c|ce|cest|ca|comment|quoi|pourquoi|trop|expliquer|dire|decrire)\b)",
    r"(?:je )?(?:suis )?pas (?:tres |vraiment |trop |bien |tout a fait )?(?:sur|sure|certain|certaine)\b",
    r"aucune idee|peut etre|ptet|pas certaine?",
)
REASON_FOR: tuple = ()
REASON_NO = ("sans",)
REASON_ANY = ("aucune ", "vraie ", "de ", "particuliere ", "apparente ")
REASON = ("raison", "cause", "explication", "motif")
#: weight lost without trying: "sans rien faire", "sans regime"
NO_EFFORT = (
    (r"\bsans (?:rien )?(?:faire (?:de |un |aucun )?regime|faire attention|faire|essayer|le vouloir|vouloir|changer rien|rien changer|regime)\b", "noreason"),
    # ... sans aucun regime, sans diete (session 32BA): "sans aucun regime, 7 kilos en moins", "sans suivre le moindre regime", "sans diete"
    (r"\bsans (?:(?:faire|suivre|avoir fait|avoir suivi|etre a|etre au|etre sous) )?(?:aucun |aucune |le moindre |la moindre |de |un |une |au |a )?"
     r"(?:regime|regime[s]|diete|diete[s])\b", "noreason"),
)
#: "plus de" that says more, not no more (session 46R3): "plus de mal a" a verb ("j'ai plus de mal a lever mon pied"), or a
#: comparison with "que" in the clause ("j'ai plus de douleur dans la jambe qu'avant"; not "depuis que", "parce que")
_MORE_46 = (r"(?!(?:de|du|des) (?:mal|difficult[e]s?|pein[e]) (?:a|pour) )"
            r"(?!(?:de|du|des) (?:\w+ ){0,4}?(?<!depui[s] )(?<!parce )(?<!alor[s] )(?<!pendan[t] )(?<!pense )(?<!crois )(?<!dit )(?<!sais )"
            r"(?<!bien )(?<!avant )(?<!apres )(?:que|qu|quavant|quhie[r])\b)")
#: "ma jambe" is the patient's own leg ("mon"): Dutch "ma" is the mother; "j'ai plus de fievre" is "pas de"
SPOKEN_PHRASES = (
    # la consigne d'appeler avant son "si" (session 31AM): "la brochure dit que je dois appeler si j'ai les fesses engourdies" est
    # "... dit d'appeler si ..." (le "je" qui doit appeler n'a aucun signe; ce qui suit le "si" est de la brochure)
    (r"\b(?:que )?(?:je|j|on|il faut que je|il faut que j) (?:dois|devrais|devais|doit|devrait|faut|dois tout de suit[e]|dois vite|aill[e]|appell[e])? ?"
     r"(appele[r]|rappeler|telephone[r]|venir|revenir|consulte[r]|aller aux urgence[s]|file[r] aux urgence[s]|me presente[r] aux urgence[s]) (?:tout de suit[e] |vite "
     r"|immediatement |aussitot )?(?:si|en cas de|en cas d|des que|quand|lorsque)\b", r"de \1 si"),
    # the old and regional negation "point de" = "pas de" (session 26E), only before what is felt or not: "point de
    # fourmillements", "point d'engourdissement" ("point de cote", "point de suture", "point de depart" stay)
    (r"\bpoint d(?:e |')(?=(?:fourmi\w*|engourdi\w*|picotemen[t]s?|fievr[e]|frisso[n]s?|douleu[r]s?|sensatio[n]s?"
     r"|fourmillemen[t]s?|faiblesse|forc[e]|tremblement\w*)\b)", "pas de "),
    # fondre en larmes, c'est pleurer (session 26G): "j'ai fondu en larmes" n'est pas "j'ai fondu" (maigri; "en" coupe la phrase)
    (r"\b(?:fondu|fondu[e]|fond|fond[s]|fondr[e]|fondai[t]|fondai[s]) en (?:larme[s]|pleur[s]|sanglot[s])\b", "pleure"),
    # the West-African topic "la" and its pronoun after the limb (session 24U): "mon pied gauche la il tape le sol" is "mon
    # pied gauche tape le sol", "ma jambe la , elle lache"
    (r"\b((?:pied|pieds|jambe|jambes|genou|genoux|orteil|orteils|cuisse|cuisses|mollet|mollets|cheville|chevilles)(?: gauche| droit"
     r"| droite| gauche[s]| droit[s]| droites)?) la (?:, )?(?:il|elle|ils|elles|ca)\b", r"\1"),
    # Picard (ch'ti) forms where the weight patterns read them (session 23L): "min pantalon" = mon, "un trou in plus" = en
    # plus, "j'minge" = je mange ("min" only before such a noun: "10 min" stays minutes; "rin" = rien is in STREET)
    (r"\bmin (?=(?:pantalons?|jeans?|froc|futa[l]|ceinture|dos|ventre|corps|poids|lit|fauteuil|mari|homm[e]|garco[n]|fils|pere|frere"
     r"|cul|derriere)\b)", "mon "),
    (r"\bin (?=(?:plus|moins) (?:a|au|dans|sur|de|pour|que)\b)", "en "),
    # the limb told first, its pronoun after a comma (session 25M1, ch'ti "min pied" = mon pied): "mon pied gauche, il tape par
    # terre", "min pied, i claque" is "mon pied gauche tape par terre"
    (r"\bmin (?=(?:pied|pieds|jamb[e]|jambes|guibole[s]?|genou|genoux)\b)", "mon "),
    (r"\b((?:pied|pieds)(?: gauche| droit)?) , (?:il|ils|i|y) (?=(?:me |m )?(?:tape|tapen[t]|claque|claquent|traine|trainent|accroche"
     r"|accrochent|tombe|tombent|racle|raclent|bute|butent|pend)\b)", r"\1 "),
    # Picard "j'sins pus rien" = je sens plus rien, "au nivieau" = au niveau (session 23P; "pus" only after the verb:
    # English "pus" stays)
    (r"\b(j|je|i|on) (sins|sint|sinton[s])\b", r"\1 sens"), (r"\b(sens|sent|ressens|ressent) pus\b", r"\1 plus"),
    (r"\b(au|du|de|le) niviea[u]\b", r"\1 niveau"),
    (r"\b(j|je|on|i|il|elle) minge(?:s|nt|os|ot)?\b", r"\1 mange"),
    # "je mets de la glace", "tu mets de la chaleur", "qu'est-ce que je mets": the verb "mettre", never the English
    # pack's "mets" (metastases); only after the French subject ("des mets", "mes metas" stay)
    (r"\b(je|tu) mets\b", r"\1 mettre"),
    # the imperative before what is put (session 20, refresh 15): "le coach dit mets de la glace et basta"
    (r"\bmets (?=(?:de|du|des|un|une|la|le|les|ca|ton|ta|tes|moi|toi)\b)", "mettre "),
    # "ca peut finir en cancer ?" (session 17e): the French "en" is no Dutch "and" here, read as "devenir un"
    (r"\b(peut|peuvent|pourrait|pourraient|risqu[e] de|va) (\w+ )?fini[r] en (?=(?:cancer|cancer[s]|tumeur|tumeurs)\b)", r"\1 \2devenir un "),
    (r"(?<!\bmijn )(?<!\bmn )(?<!\bm )(?<!\bmy )(?<!\bme )(?<!\bons )(?<!\bonze )(?<!\bde )(?<!\bje )(?<!\buw )"
     r"(?<!\byour )(?<!\bhis )(?<!\bher )(?<!\bour )\bma (?!(?:mere|maman|fille|femme|soeur|tante|cousine|copine|voisine"
     r"|grand|belle|amie|collegue|compagne|chienne|chatte|fiancee|epouse|niece|marraine|mamy|mamie|meme|bonne|petite"
     r"|gamine|tata|filleule|conjointe|moitie|is|has|had|heeft|hebben|zegt|zei|says|said|was|were|en|and|or|of|kan|kon"
     r"|can|could|haar|her|die|dat|died|passed|got|gets|moet|wil|vindt|thinks|told|zal|zou|will|would|ook|also|too|nog"
     r"|still|gaat|ging|went|goes|wordt|werd|doet|did|does|komt|kwam|came|zit|zat|heb|ligt|lag|kreeg|krijgt|belt|belde"
     r"|weet|knows|vraagt|asks|asked|leeft|lives|woont|werkt|works|always|never|nooit|altijd|en|van|voor|met|in|op"
     r"|s|zegde|zij|ze|she|loves|used|want|wanted|wants|mag|mocht|gaf|gave|kookt|pa|papa|dad)\b)(?=[a-z])", "mon "),
    (r"\bma (?=(?:jambe|jambes|cuisse|cuisses|fesse|fesses|hanche|cheville|vessie|culotte|tete|temperature|colonne|peau"
     r"|selle|zone|region|raie|vulve|main|voiture|moto|chute|douleur|sensibilite|force|marche|poitrine|sante|taille"
     r"|ceinture|vie|prostate|sciatique|hernie|plante|pointe|jupe|chaise|chambre|trottinette|maison|cave|cuisine|salle"
     r"|robe|perte|fievre|urine|toilette|couche|protection|jambe|gauche|droite|nuit|journee|semaine|colonne|lombaire"
     r"|bouillotte|chaussure|pantoufle|savate|sandale|tong|botte|basket|chaussette)\b)", "mon "),
    # Dutch "pas" (= net: "ik ben pas gevallen", "pas koorts gehad") is no negation: read as "pasnl" after a Dutch
    # word or before one; "pas als", "pas een keer" stay (the Dutch pack's patterns read them)
    (r"\b(ik|k|ben|heb|is|het|er|dan|nog|maar|nu|toen|zijn|was|had|hebben|wordt|werd|kan|ga|gaat|moet|mag|mijn|mn|die|dat"
     r"|mij|we|ze|hij|zij|ook|al|zo|sinds|eerst|geleden|gisteren|vandaag|dagen|weken|week|jaar|heeft|zijn|wij|jij|ge|gij"
     r") pas\b(?! (?:als|wanneer|toen|zodra|een|ene|1|eenmaal|keer)\b)", r"\1 pasnl"),
    (r"\bpas (?=(?:ge\w+|sinds|vanaf|nu|toen|om|op|net|echt|begonnen|later|morgen|volgende|vorige|gisteren|vandaag|\d+|weer"
     r"|kort|onlangs|recent|nog|koorts|gevallen|uitgegleden|kanker)\b)", "pasnl "),
    # French "en" is no Dutch "en" (and), which would cut the clause ("mon mari est en chimio": the husband's): "en"
    # before a treatment is "dans", before a gerund it is dropped ("en faisant un regime" -> "faisant un regime")
    (r"\ben (?=(?:chimio\w*|remission|radiotherapie|radio|traitement|soins|convalescence|revalidation)\b)", "dans "),
    (r"\ben (?=(?!(?:constant|interessant|restaurant|elegant|tolerant|brillant|diamant|olifant|markant|arrogant|charmant"
     r"|galant|pikant|relevant|significant|important|giant|instant|elephant|pregnant|servant|tenant|variant)\b)[a-z]{4,}ant\b)", ""),
    # French "je" before a verb or a pronoun is "j" (Dutch "je" is "you": not the patient)
    (r"\bje (?=(?:me|ne|le|la|les|lui|y|sens|ressens|sentais|suis|sais|savais|peux|pouvais|ai|avais|fais|faisais|vais|dois"
     r"|crois|pense|arrive|arrivais|perds|tombe|trebuche|urine|marche|controle|retiens|etais|parviens|reussis|remarque"
     r"|mouille|souffre|dors|reveille|tiens|commence|deviens|reste|trouve|viens|vois|veux)\b)", "j "),
    # ... but the strength no more kept as "plus" (session 34Y): "ma jambe n'a plus de force" is a strength lost, no "pas de
    # force" (a state): WORSENING_PATTERNS read it ("plus de force que ..." is a comparison)
    # ... not "more" (session 46R3): "j'ai plus de mal a lever mon pied" is more trouble lifting it, "j'ai plus de douleur dans la
    # jambe qu'avant" is more pain than before (_MORE_46; "je n'ai plus de mal a marcher", its "ne" told, is read in CLITICS)
    (r"\b(ai|a|as|avons|avez|ont|avais|avait) plus (?=(?:de|du|des|aucun|aucune) )(?!(?:de |aucune |du tout de )force\b)" + _MORE_46,
     r"\1 pas "),
    # "la grippe il y a un mois mais plus de fievre maintenant": no more; not "mais plus de fourmis qu'avant" (more)
    (r"\bmais plus (?=(?:de|du|des) (?!(?:\w+ ){0,4}?(?:que|qu|quavant)\b))", "mais pas "),
    # a clause that opens on "plus de fievre depuis 4 jours": no more since (session 16d); not "plus de fievre qu'hier"
    (r"(?:^|(?<=, )|(?<=\. ))plus (?=de (?:fievre|temperature|temp|frissons?) (?:depui[s]|maintenan[t]|aujour[d] hui|ce mati[n])\b)",
     "pas "),
    # "plus pire" d'un ecrivain allophone (session 38D): "ca devient plus pire", "c'est plus pire maintenant" est "pire"
    (r"\bplus pir[e]\b", "pire"),
)
#: hedged denials: "je crois pas que j'aie de la fievre" is a "pas"
LATE_PHRASES = (
    # un proche nomme, une virgule, puis le cancer seul (session 27M): "pas moi mais ma soeur, cancer du colon" est celui de la soeur
    (r"\b((?:ma|mon|mes|notr[e]|nos) (?:(?:grand[e]|petit[e]|gran[d]|peti[t]|vieill[e]|vieu[x]|jumell[e]|jumea[u]|defunte?|feue?|pauvr[e]) )?(?:{FAMILY})s?) , "
     r"(?=(?:\w+ ){0,3}?(?:\w{0,20}cancers?|tumeurs?|leucemie|lymphome|melanome)\b(?: \w+){0,3}?(?: ,| \.|$))", r"\1 a eu "),
    (r"\b(?:pense|crois) pas (?:que|avoir)\b", "pas"),
    # "rien d'endormi en bas" denies it (session 18d): read as "pas endormi"
    (r"\brien de (?=(?:endormi\w*|engourdi\w*|insensible\w*|anesthesie\w*|paralyse\w*)\b)", "pas "),
    # un accident, une pause, puis ou (session 18): "j'ai eu un accident... dans le pantalon" est une phrase, une fuite
    (rf"\b(accidents?) \. (?=(?:\w+ ){{0,2}}?(?:dans|sur) {_PANTS_OWNER} {_PANTS}\b{_NOT_A_BED})", r"\1 "),
)
#: "j'ai" -> "je ai", "l'escalier" -> "le escalier", "n'" dropped (the negation is "pas", "plus", "jamais")
CLITICS = (
    (r"(?<![\w.,])[-\u2212\u2013] ?(?=\d+(?:[.,]\d+)? ?(?:kilos?|kgs?)\b)", "moins "),
    (r"\bj'(?=[a-z])", "j "),
    (r"\b(?:m'(?!n\b)|t'(?!s\b)|s'|l'|c')(?=[a-z])", lambda m: m.group(0)[0] + "e "),
    (r"\bqu'(?=[a-z]{2})", "que "),
    (r"\bd'(?!r\b)(?=[a-z])", "de "),
    # the "ne" told with "plus de" (session 46R3): "je n'ai plus de mal a marcher" is no more, read before the "n'" is dropped
    # (SPOKEN_PHRASES reads "j'ai plus de mal a ..." without it as more)
    (r"\bn'((?:ai|a|as|avons|avez|ont|avais|avait) )plus (?=(?:de|du|des) )(?!(?:de |du tout de )force\b)", r"\1pas "),
    (r"\bn'(?=[a-z])", ""),
    # "je ne sens plus", "rien ne sort": the "ne" is dropped as "n'" is (Flemish "ne" = een)
    (r"\b(je|tu|il|elle|on|nous|vous|ils|elles|ca|cela|rien|qui) ne\b", r"\1"),
    # after a noun too, before a verb and its "pas" (session 23M): "le pipi ne sort pas bien", "mes jambes ne me portent plus"
    # ("plus" only where it cannot be the comparative: "mes jambes ne sont plus faibles" keeps its "ne", no longer weak)
    (r"(?<=[a-z] )ne (?=(?:(?:me|te|se|lui|le|la|les|l'|m'|s'|y|en|nous|vous) ?)?[a-z]+ (?:(?:pas|jamais|rien|guere)\b|plus(?:$|[\s,.;!?]"
     r"(?:$|[\s,.;!?]|(?:bien|du tout|depui[s]|comme|correctement|normalement|rien|jamais|trop|que|quand|le|la|les|a|au|aux|de|du|des"
     r"|sur|dans|en|et|mais|ni|ce|ca|tout|vraiment|assez)\b))))", ""),
)
UNITS = ("kilos?",)

# --------------------------------------------------------------------------
# Ask first (bot/reading/redflags.py hinted_red_flags): a touch of an emergency topic brings its question forward
# --------------------------------------------------------------------------

HINT_TOPICS = {
    # a nappy is "une couche", "des couches"; "rester couche" (couché) is lying down
    "bladder_bowel": (r"pipi\w*", r"urin\w*", r"vessie", r"pisse\w*", r"caca", r"selles", r"transit", r"intestin\w*",
                      r"culotte", r"miction\w*", r"(?:une|des|ma|mes|la|les|en) couches?", r"fuites?", r"(?:slip|pantalon|lit|draps) (?:\w+ ){0,2}?mouille\w*"),
    "both_legs": (r"(?:les |mes )?deux (?:jambes|pieds|cotes|genoux|mollets)", r"des deux cotes", r"jambes et (?:les |mes )?pieds"),
    "leg_weakness": (r"faible\w*", r"faiblard\w*", r"faiblesse\w*", r"lache\w*", r"se derob\w*", r"flanch\w*", r"trainen?t?|trainai\w*", r"trebuch\w*",
                     r"tombant", r"accroche\w*", r"pointe des pieds", r"talons", r"flageol\w*", r"tremble\w*", r"molles?",
                     r"{CATCHES}"),
}
HINT_PLACES = {
    "saddle_numbness": ("{AREA}",),
    "bladder_bowel": ("toilettes?", "wc", "cabinets"),
    "both_legs": ("jambes", "pieds", "cuisses", "mollets", "genoux"),
}
HINT_FEELING = ("{NUMB_COMMON}", r"sens\w*", r"sensation\w*", r"bizarre\w*", r"etrange\w*", r"drole\w*", r"different\w*", r"froid\w*",
                r"rien", r"mort\w*", r"coton", r"electri\w*", r"pique\w*")
HINT_DENIAL = ("pas", "aucun", "aucune", "sans", "jamais")
#: a likeness after a comma tells the first sign again, no second one (bot/reading/redflags.py _LIST_NEXT, session 22H)
LIST_LIKE = ("comme",)
#: un medecin qui demandait il y a un temps, puis le non dit (session 25F2): "mon kine m'a demande la derniere fois si ..."
HEARSAY += (r"(?:medecin|docteur|doc|toubib|generaliste|kine|kinesitherapeute|osteo|infirmier|infirmiere|specialiste|urgentiste|pharmacien|il|elle)"
            r"(?: \w+){0,4}? (?:demande|demandait|voulait savoir|a verifie) (?:la derniere fois|la fois passee|l autre jour|une fois|avant|hier"
            r"|ce matin|tout a l heure|encore)(?= (?:si|s)\b)",)
#: les verbes apres lesquels "plus" est une negation, pas un "et" (bot/reading/redflags.py _JOIN_NOT_AFTER, session 25F2): "si je
#: sens plus mes fesses", "si je controle plus ma vessie"
JOIN_NOT_AFTER = ("sens", "sent", "sentais", "ressens", "controle", "controlais", "retiens", "retient", "arrive", "arrivais", "peux",
                  "pouvais", "tiens", "tient", "sais", "vois", "fais", "bouge", "marche")
#: une inquietude nommee comme ce qui empeche de dormir (bot/reading/redflags.py _WORRY_AFTER, session 25F2): "ca m'empeche de
#: dormir tellement je m'inquiete", "ca me tient eveille, l'inquietude", "le stress m'empeche de dormir"
WORRY_AWAKE = (r"tellement (?:je |j |ca )?(?:me |m )?(?:inquiete|inquiet\w*|stresse|angoisse|fais du souci|fait du souci|fais des soucis)",
               r"(?:a |de )?(?:me |m )?(?:inquieter|stresser|angoisser|ruminer|cogiter)", r"(?:le |l |les |mon |mes |ce |cette )?(?:inquietude|stress"
               r"|angoisse|soucis|peur)")
#: debout ou eveille toute la nuit pour une autre raison nommee juste apres (bot/reading/redflags.py _AWAKE_FOR_OTHER, session
#: 34Z): "j'ai veille toute la nuit avec ma fille malade", "debout toute la nuit a cause des voisins", "a reviser" (pas "avec la
#: douleur", "avec mon dos"; la douleur qui tient eveille reste lue: NIGHT_KEPT)
_P34Z_QUI = (r"(?:bebe|bebes|petit|petite|petits|enfant|enfants|gamin|gamins|gosse|gosses|fils|fille|filles|jumeaux|petit fils|petite fille"
             r"|chien|chiot|chat|chaton|mere|maman|pere|papa|mari|femme|compagnon|compagne|ami|amie|amis|patient\w*)")
AWAKE_FOR_OTHER = (
    r"(?:avec|a (?:soigner|bercer|nourrir|surveiller|garder)|pour (?:soigner|bercer|nourrir|surveiller|garder)) (?:le |la |les |l |mon |ma |mes |notre |nos |un |une |son |sa )?(?:\w+ )?"
    + _P34Z_QUI + r"\b",
    r"(?:a cause|a cause de|a cause du|a cause des|par|pour) (?:le |la |les |l |mon |ma |mes |notre |nos |un |une |du |des )?(?:\w+ )?(?:"
    + _P34Z_QUI[3:-1] + r"|voisins|bruit|orage|fete|feux d artifice|aboiements|ronflements|travail|boulot|examens?|decalage horaire)\b",
    r"(?:a|en train de) (?:travailler|bosser|reviser|etudier|faire la fete|jouer|conduire|voyager|allaiter)\b",
    r"(?:au|en) (?:travail|boulot|poste de nuit|garde|soiree|fete|avion|train)\b",
)
#: la douleur ou le dos qui tient eveille, le match lui-meme le dit (session 34Z)
NIGHT_KEPT = (r"tien[ts]", r"tenai\w*", r"tenu\w*", r"gard[e]\w*")
#: la douleur nommee comme compagne de la nuit apres une autre raison (session 34Z): "avec le bebe et avec la douleur"
NIGHT_PAIN_WITH = (r"(?:avec|a cause de|par) (?:la |ma |cette |mon |le |mes |les )?(?:douleur\w*|dos|mal)",)

# ---- session 26B ----
#: la vessie pas videe, dit au passe, et les toilettes pour rien (retention): "j'ai pas reussi a vider ma vessie", "j'ai
#: pas pu uriner" (the normaliser reads "pu" as Quebec "plus"), "3 fois aux toilettes pour rien", "je suis allee aux wc en vain" (pas "3 fois aux toilettes cette nuit")
BLADDER_PATTERNS += (
    rf"\b(?:ai|a|avais|avait) (?:pas|plus|jamais|pas vraiment|pas du tout|meme pas) (?:reussi|pu|plus|su|arrive|reussie|arrivee) (?:a )?(?:bien )?{_GO}\b",
    r"\b(?:toilettes?|wc|cabinets|chiottes|pipi|uriner|pisser|vessie)\b(?: \S+){0,6}? (?:pour rien|en vain|sans resulta[t]|sans succe[s]"
    r"|pour que dall[e]|pour des prune[s]|pour peau de ball[e])\b",
    r"\b(?:pour rien|en vain)\b(?: \S+){0,3}? (?:aux toilettes|au wc|aux wc|aux cabinets)\b",
)
#: le siege comme sur des aiguilles (selle): "comme assise sur des aiguilles", "l'impression d'etre assis sur des punaises",
#: "comme si j'etais assise sur un coussin d'epingles" (pas "etre sur des charbons ardents")
SADDLE_PATTERNS += (
    r"\b(?:comme|impressio[n]|dirai[t]|dirai[s])\b(?: \w+){0,5}? (?:assis|assise|assoie|assois|asseoir|assieds|assied) sur (?:des |un |une |plei[n] de "
    r"|le |les |du )?(?:\w+ )?(?:aiguille[s]|epingle[s]|punaise[s]|clou[s]|pelot[e] de (?:epingle[s]|aiguille[s])|coussin de (?:epingle[s]"
    r"|aiguille[s]|clou[s])|faki[r])\b",
)

# ---- session 26H: le nom d'un signe ou un avertissement entendu, demande, pas eu ----
#: le terme demande comme une de ces choses (session 26H): "est-ce que c'est une de ces douleurs nocturnes dont on parle"
TERM_QUESTION_BEFORE += (r"(?:(?:est ce que )?(?:ce est|cest|c est|c)(?: ca| cela)?|(?:ca|cela) (?:serait|pourrait etre|est)) (?:un|une) de ces",)
#: un avertissement de personne en particulier (session 26H): "on m'a dit que si ...", "on dit que quand ...", "il parait que si ..."
HEARSAY += (r"(?:on (?:me |m |nous )?(?:a|avait) (?:dit|raconte|explique|prevenu|averti)|on (?:me |m |nous )?dit|il parait|parait il"
            r"|(?:j|je) ai entendu dire)(?: \w+){0,2}?(?= (?:que|qu|si|quand|lorsque)\b)",)
#: la fievre dite absente depuis des jours apres une fievre passee (session 26H): "ca fait 4 jours que j'ai plus de fievre" (lu "pas de")
FEVER_OVER += (r"(?:ca fait|cela fait|voila|depuis|des) (?:\w+ ){1,3}?(?:que |qu )?(?:j |je )?(?:n )?(?:ai|fais) (?:pas|plus|aucune) (?:de |d )?"
               r"(?:\w+ )?(?:fievre|temperature)\b",
               r"(?:j|je) (?:n )?ai (?:pas|plus) (?:eu|fait) (?:de |d )?(?:fievre|temperature) depuis\b")
#: un reste de la grippe demande, au singulier (session 26H): "c'est un reste de la grippe ou ...", "une sequelle de la grippe"
ASKED_AGAIN += (r"(?:rest[e]|sequell[e]|courbatur[e]) (?:de|d)",)

# ---- un objet qui est tombe, pas le patient (session 27K; bot/reading/redflags.py _fallen_thing) -------------------------
#: les petits objets qui tombent: "ramasser mon stylo qui etait tombe", "la tasse est tombee" (pas une etagere)
FALLEN_THINGS = (
    "bic", "bics", "stylo", "stylos", "crayon", "cle", "cles", "clef", "clefs", "trousseau", "telephone", "portable", "tel", "gsm",
    "cellulaire", "cell", "tasse", "verre", "piece", "pieces", "monnaie", "telecommande", "chaussette", "chaussettes", "lunettes",
    "livre", "cuillere", "cuiller", "fourchette", "couteau", "couverts", "porte monnaie", "portefeuille", "jouet", "jouets",
    "doudou", "tetine", "serviette", "couvercle", "bouteille", "balle", "bague", "cachet", "cachets", "comprime", "comprimes",
    "pilule", "papier", "papiers", "feuille", "lettre", "pantoufle", "pantoufles", "chausson", "chaussons", "gant", "gants",
    "assiette", "bol", "canette", "brosse", "peigne", "savon", "eponge", "torchon", "chargeur", "briquet", "cigarette", "clope",
    "vis", "bille", "truc", "objet", "quelque chose", "bouchon", "carte", "billet", "boucle d oreille", "pince a linge", "bonnet",
)
THING_FALL_WORDS = (r"tombee?s?", r"tomber", r"chutee?s?")
#: "mon bic qui etait tombe", "la tasse m'est tombee des mains", "mes cles etaient tombees"
THING_GAP = (r"qui", r"qu", r"que", r"etait", r"etaient", r"est", r"sont", r"avait", r"avaient", r"a", r"ont", r"m", r"me", r"lui",
             r"deja", r"juste", r"encore", r"ete", r"s", r"se", r"malencontreusement", r"par megarde", r"aussi")
THING_PLACE_BEFORE = (r"sur", r"avec", r"dans", r"portant", r"tenant", r"contre", r"par dessus", r"de", r"du", r"des")
FELL_ONTO_ME = (r"(?: \w+){0,2}? (?:dessus|sur moi|sur mon|sur ma|sur mes|sur le dos|sur la tete|sur nous)\b",)
THING_SUBJECT_AFTER: tuple = ()
#: "j'ai fait tomber mes cles", "laisse tomber mon telephone"
THING_FALL_BEFORE = (r"(?:fait|fais|faire|faisait|fit|laisse|laisser|laissait|laissee) tomber",)

# ---- session 27L: des bestioles qui marchent, les jambes lourdes "et un peu faibles", pas urine depuis des heures, mon grand frere ----
#: des insectes qui marchent sur la peau (fourmillement, comme "fourmis"): "comme des insectes qui marchent sur mes deux jambes",
#: "on dirait des bestioles qui courent sur mes pieds", "ca grouille dans mes jambes" (une comparaison avant: pas "des insectes
#: dans la cuisine")
NUMB_COMMON += (r"(?:comme|impression|sensation|dirait|dirai[s]) (?:si |que |de |d )?(?:des |de |d )?(?:\w+ )?(?:insecte[s]|bestiole[s]|bete[s]"
                r"|bebete[s]|araignee[s]|puce[s]|petites bete[s]) (?:qui )?(?:me |se )?(?:march\w*|cour\w*|grimp\w*|ramp\w*|grouill\w*|promen\w*"
                r"|circul\w*|balad\w*)",
                r"(?:ca|sa|cela) (?:me )?grouill\w* (?:dans|sur|partout dans)",
                r"formicatio[n]")
#: les deux jambes lourdes "et un peu faibles", une nuance avant le mot faible (session 27L): "mes deux jambes deviennent lourdes et
#: plutot faibles quand je marche", "mes pieds sont raides et genre sans force" (pas de negation entre)
BOTH_LEGS_WEAK_PATTERNS += (
    r"\b(?:jambes|pieds|guibo[l]{1,2}es|gambettes) (?:sont|deviennent|sont devenue[s]|etaient|devenaient|se font|me semblen[t]|se sentent)"
    r" (?!(?:pas|plus)\b)(?:\w+ ){1,3}?et (?:un peu |un brin |asse[z] |plutot |genr[e] |legeremen[t] |tres |vraiment |un tantine[t] |quelque peu "
    r"|un poil |bien |comme |un ptit peu |un petit peu |trop |carrement |franchemen[t] )(?:faibles|molle[s]|sans force|faiblarde[s])\b",
)
#: pas urine depuis des heures (retention): "je n'ai pas fait pipi depuis ce matin", "il n'a rien urine de la journee", "pas de
#: pipi depuis hier soir", "depuis ce matin elle a pas fait pipi" (pas "pas urine de sang", pas "pas fait pipi au lit": une duree
#: dite)
_SPAN_27L = (r"(?:depui[s]|de (?:toute )?la (?:journee|nuit|matine[e]|soire[e])|de tout le apres midi|en \d+ ?h\w*|pendan[t] \d+ ?h\w*|\d+ ?h(?:eures?)?"
             r"|(?:ce|cet) (?:mati[n]|apres midi)|aujourdhu[i]|de aujourdhu[i])\b")
_NO_PEE_27L = (r"(?:pas|plus|toujours pas|pas encore|rien|jamais|pas du tout) (?:encore |du tout |rien |une seule fois |meme |une goutte )?"
               r"(?:urine|pisse|pissen|fait (?:de |du )?pipi|fait (?:mes|ses|son|mon|sa) (?:petit |petite )?(?:besoins?|pipi|commissio[n])"
               r"|vide (?:ma|sa|la) vessie)\b")
#: (ni le sang, ni le lit, ni la culotte: "pas fait pipi au lit depuis des annees", "plus de pipi dans la culotte depuis")
_NOT_AN_ACCIDENT_27L = (r"(?!(?: \w+)? (?:de |du )?sang\b|(?: \w+){0,2} (?:au lit|dans|sur|par terre|en dorman[t]|la nuit|sans (?:le )?faire expres"
                        r"|fuite[s]?)\b)")
BLADDER_PATTERNS += (
    rf"\b(?:ai|a|as|avais|avait|avons|ont) {_NO_PEE_27L}{_NOT_AN_ACCIDENT_27L}(?= (?:\w+ ){{0,3}}?{_SPAN_27L})",
    rf"\b(?:depui[s]|de toute la journee|de la journee)\b(?: \w+){{1,4}}? (?:j |je |il |elle |on )?(?:ai|a|as|avais|avait) {_NO_PEE_27L}"
    rf"{_NOT_AN_ACCIDENT_27L}",
    rf"\b(?:pas de|pas une goutte de|pas une seule goutte de|aucune|plus de|pas un seul) (?:pipi|urine|urines|goutte de urine)\b"
    rf"{_NOT_AN_ACCIDENT_27L}(?= (?:\w+ ){{0,3}}?{_SPAN_27L})",
)
#: ecrit pour un proche nomme avec un adjectif (session 27L): "c'est pour mon grand frere", "je vous ecris pour ma petite soeur", "de la
#: part de mon vieux pere": ce proche est le patient
PROXY += (r"(?:je )?(?:vous |te )?(?:ecris|ecrit|demande|tape|envoie) (?:ceci |ca |ce message )?(?:pour|de la part de) (?:mon |ma |mes |notre )"
          r"(?:grand|grande|petit|petite|ptit|ptite|jeune|vieux|vieil|vieille|pauvre|cher|chere|vieux|ainee?|cadet|cadette) ",
          r"(?:(?<=^)|(?<=\. )|(?<=, )|(?<=bonjour )|(?<=salut )|(?<=bonsoir )|(?<=hello ))(?:(?:c est|c|cest|ce est|ce message est"
          r"|ceci est|question|je viens|je me renseigne) pour|(?:ca|ceci|ce message) concerne) (?:mon |ma |mes |notre )"
          r"(?:grand|grande|petit|petite|ptit|ptite|jeune|vieux|vieil|vieille|pauvre|cher|chere|ainee?|cadet|cadette) ")
#: le cours dit inchange (session 27L): "exactement la meme chose depuis deux ans", "pile la meme chose"
STABLE += (r"(?:exactement|pile|tout a fait) (?:la meme chose|pareil|le meme|la meme)",)
# ---- session 27J: la zone de la selle dite par ce qu'on remarque ----
#: engourdi comme apres une anesthesie, le dentiste loin apres "comme" (session 27J): "autour de l'anus comme quand on sort de chez
#: le dentiste", "comme de la xylocaine" (pres de la zone seulement)
NUMB_SADDLE += (r"(?:comm[e]|on dirai[t]|pareil que|pareil qu) (?:\w+ ){0,8}?(?:dentist[e]|dentiste[s]|xylocain[e]|lidocain[e]|novocain[e]"
                r"|anesthesie local[e]|anesthesiant|anesthesian[t]|insensibilisatio[n])\b",
                # pas ma peau (session 27J): "comme si c'etait pas ma peau" ("ma" lu "mon")
                r"comm[e] si (?:\w+ ){0,3}?(?:pas|plus|pu) (?:mon |mes )?(?:propr[e] )?(?:peau|peau[x])\b",
                # pas a moi, comme image (session 27J): "entre les jambes c'est comme si c'etait pas a moi", "comme si c'etait plus
                # les miennes" (la zone avant)
                r"(?:comm[e] si|on dirai[t](?: que)?) (?:\w+ ){0,3}?(?:pas|plus|pu) (?:a moi|le mie[n]|la mienn[e]|les mien[s]|les mienne[s])\b",
                # ... a quelqu'un d'autre, comme image (session 33C): "comme si elles appartenaient a qqn d'autre", "comme si c'etait
                # a un autre" (la zone avant; une jambe seule n'est pas la selle)
                r"(?:comm[e] si|on dirai[t](?: que)?) (?:\w+ ){0,3}?(?:appartenai\w*|appartien\w*|etai\w*|est|sont) (?:a|de) (?:quelquun de autre"
                r"|un autre|une autre|qqn de autre|qqn autre)\b",
                # ... comme s'il n'y avait rien (session 33C): "comme si y avait rien", "comme s'il y avait plus rien" (la zone avant)
                r"comm[e] (?:si|se) (?:il )?(?:ne |n )?y (?:avai[t]|a) (?:plus )?rien\b")
#: ... comme pas a moi, sans "si" (session 34P): "genre pas a moi", "plutot comme pas vraiment a moi", "comme plus les miennes" (la zone
#: avant; pas "c'est pas a moi de decider")
NUMB_SADDLE += (r"(?:comm[e]|genr[e]) (?:\w+ ){0,2}?(?:pas|plus|pu) (?:vraimen[t] |tout a fait |du tout |completemen[t] )?(?:a moi|le mie[n]"
                r"|la mienn[e]|les mien[s]|les mienne[s])\b(?! de\b)",)
#: ... et la zone entre les deux (session 27J): "l'interieur des cuisses et la zone entre les deux sont engourdis", "mes fesses et
#: tout ce qui est entre sont comme morts" (pas de negation, de douleur ou de "bien" entre)
SADDLE_PATTERNS += (
    r"\b(?:{AREA}|cuisses|jambes|fesses) (?:et|plus) (?:genr[e] |comme )?(?:tout |toute )?(?:la zone|le coin|la parti[e]|le endroit|la region"
    r"|ce qui est|ce qu il y a|ce que il y a|le bout|la peau)? ?(?:au milie[u]|entre(?: (?:les deux|elles|eux|les))?)\b"
    # (session 33C: "tout ce qu'il y a entre", puis une virgule: "..., c'est comme endormi")
    r"(?: ,)?(?: (?!(?:pas|plus|jamais|rien|mais|mal|douleur|bien|normal)\b)\w+){0,4}? {NUMB}\b",
)

# ---- session 27J: pas de soulagement le jour (bot/reading/redflags.py _no_relief_of_the_day) ----
#: le jour nomme apres la nuit et une virgule: "la nuit ca va, c'est la journee que rien ne soulage"
DAY_TIME = (r"la journee", r"en journee", r"dans la journee", r"pendant la journee", r"toute la journee", r"le jour", r"de jour",
            r"pendant le jour", r"le matin", r"les matins", r"le midi", r"l apres midi", r"le apres midi", r"la matinee")
#: ... la nuit aussi: "le jour non plus rien ne soulage", "le jour aussi"
DAY_TOO = ("aussi", r"non plus", "egalement", "pareil", r"jour et nuit", r"nuit et jour", r"pas mieux")
#: ... et la nuit dite facile dans sa propre proposition (pas "la nuit c'est horrible, le jour rien ne soulage")
NIGHT_EASY = (r"ca va", r"ca passe", r"ca se passe bien", "bien", "mieux", "supportable", "tranquille", "calme", r"pas de douleur",
              r"pas mal", r"je dors", r"j dors", r"je arrive a dormir", "vivable")
# ---- session 27P: la vessie et l'intestin dits par ce que la personne remarque ----
BLADDER_PATTERNS += (
    # quelque chose trouve dans la culotte, pas senti venir (dit avec pudeur): "il y avait quelque chose dans mon slip et j'ai
    # rien senti", "un petit quelque chose dans mon calecon sans m'en rendre compte" (pas une poche, pas les regles)
    r"\b(?:quelque chose|qqch|qqchose|un truc|des trac[e]s|des trac[e]|une trac[e])\b (?:\w+ ){0,3}?dans (?:ma|mon|mes) (?:\w+ )?(?:culottes?|slips?"
    r"|calecons?|sous vetements?|boxers?|strings?|pantalons?|slibards?)\b(?! (?:\w+ )?poches?\b)" + _NOT_A_PERIOD
    + r"(?: \S+){0,8}? (?:sans|pas|rien|jamais|meme pas) (?:\w+ ){0,3}?(?:senti\w*|sentir|sens|sent|rend[u] compte|rendre compte"
    r"|remarque\w*|apercu\w*|aperc[u]e)\b",
    # un file[t] faible a la toilette (session 27P): "un file[t] tout faible quand j'urine", "pour faire pipi, un maigr[e] file[t]" (pas un
    # file[t] de sang, de voix)
    r"\b(?:pipi|uriner|urine|urines|pisser|pisse|toilettes?|wc|vessie|mictio[n])\b(?: \S+){0,10}? (?:un |qu un |just[e] un |seulement un )?"
    r"(?:(?:petit|ptit|maigr[e]|minc[e]|faible|minuscul[e]|pauvre) )+file[t]\b(?! (?:de |d )(?!(?:urine|pipi)\b))",
    r"\bfile[t] (?:tout |trop |tres |si |bien )?(?:faible|maigr[e]|minc[e]|riquiqui|minuscul[e])\b(?: \S+){0,6}? (?:pipi|uriner|urine|urines"
    r"|pisser|pisse|toilettes?|wc|vessie)\b",
    # la selle elle-meme pas sentie: "je n'ai pas senti que je faisais caca", "je ne me suis pas senti faire caca", "sans me
    # rendre compte que j'allai[s] a la selle" (pas "pas remarque de sang dans les selles", "pas senti l'envie" est lu ailleurs)
    r"\b(?:pas|plus|jamais|sans|point|meme pas) (?:\w+ ){0,2}?(?:senti\w*|sentir|rend[u] compte|rendre compte)\b (?:venir |arriver )?"
    r"(?:que |quand |qu |le moment ou |si )?(?:je |j |me |m )?(?:suis |etais |ai )?(?:en train de |en train d )?(?:fais|faisais|faire"
    r"|fait|allai[s]|aller|vais|alle|alle[e]|passais) (?:a la |aux |mes |la |du |de |dans ma |dans mon )?(?:caca|selle|selles|besoins"
    r"|grosse commissio[n]|popo|pipi|culotte|slip|calecon|pantalon)\b",
)

# ---- session 28C : un signe nomme par un soignant du dos, puis nie (bot/reading/redflags.py _told_in_general) ----
#: un medecin, un kine, un osteo qui a nomme le signe : "mon osteo m'a parle de fesses engourdies comme signe d'alerte", "le
#: medecin a mentionne ...", "ma generaliste a evoque ..." (enleve seulement si le sien est dit bien apres : "je n'ai rien de
#: tout ca")
NAMED_BY_CARER = (r"(?:medecin|docteur|doc|toubib|generaliste|kine|kinesitherapeute|osteo|osteopathe|infirmier|infirmiere|specialiste"
                  r"|urgentiste|pharmacien|pharmacienne|chiropracteu[r]|chiro|therapeute)(?: \w+){0,3}? (?:(?:m |nous |me )?(?:a|avait) )?"
                  r"(?:parle[r]? (?:de|d|du|des)|mentionne[r]?|evoque[r]?|cite[r]?|explique[r]?|averti (?:de|d|du|des)|prevenu (?:de|d|du|des)"
                  r"|mis en garde contre|dit de (?:surveiller|faire attention a))",)
#: une chute dite par le sol ou l'on a retrouve la personne, ou au passe compose d'un tiers (session 28C; qui ecrit pour le
#: patient : "je l'ai retrouvee assise par terre", "elle est restee par terre toute la nuit", "il a chute dans la cuisine") (pas
#: "j'ai retrouve mes cles par terre", "la fievre a chute", "mon poids a chute de 5 kilos")
TRAUMA_PATTERNS += (
    r"\b(?:le|la|les|l|m|me|t|te) (?:ai|a|avons|avait|avion[s]|ont|avaient) (?:re)?trouvee?s? (?:\w+ )?(?:(?:assise?s?|allongee?s?|couchee?s?"
    r"|etendue?s?|effondree?s?|tombee?s?|coincee?s?|affalee?s?|recroquevillee?s?) )?(?:par terre|au sol|sur le sol|sur le carrelage"
    r"|au pied de (?:le|l) escalier|en bas de (?:le|l) escalier|contre le mur|le (?:nez|visag[e]) par terre)\b",
    r"\b(?:est|suis|etait|etais) restee?s? (?:\w+ ){0,3}?(?:par terre|au sol|sur le sol|sur le carrelage)\b"
    # ... pas rester allonge pour attendre ou se reposer (session 31AG): "je suis reste allonge au sol a attendre que ca passe"
    r"(?! (?:\w+ ){0,3}?(?:a attendre|en attendan[t]|pour attendre|pour me repose[r]|pour se repose[r]|a me repose[r]|a se repose[r]|pour soulager)\b(?!(?: \w+){0,4}? (?:ambulanc[e]|secour[s]|samu|pompier[s]|15|112)\b))",
    r"(?:(?<=\bil )|(?<=\belle )|(?<=\bon )|(?<=\bj ))(?:a|ai|avait|avais) (?:\w+ )?chute (?:\w+ ){0,3}?(?:dans|sur|par terre|au sol|en bas|au pied|de (?:le|l|la|sa|son"
    r"|mon|ma) (?:\w+ )?(?:chaise|echelle|lit|escabeau|escalier|marche))\b",
)

# ---- session 28B: la vessie et l'intestin dits par ce que la personne remarque ----
#: ou la fuite se voit apres coup: la culotte, la protection, le drap (pas une poche)
_P28_LINGE = (r"(?:sur|dans) (?:mon|ma|mes|le|la|les|l|un|une|son|sa|ses) (?:\w+ )?(?:slips?|culottes?|calecons?|protections?|couches?|serviettes?"
              r"|draps?|pyjamas?|sous vetements?|pantalons?|boxers?|alese[s]?|lit)\b(?! (?:\w+ )?poches?\b)")
BLADDER_PATTERNS += (
    # aux toilettes, rien ne sort, dit avec un detour: "je vais aux toilettes, je reste debout et rien ne sort", "il va aux wc, il
    # attend, rien ne vient" (le "ne" tombe: "rien sort"); et l'ordre inverse: "rien ne sort quand je vais aux toilettes"
    # (pas "je vais aux toilettes normalement, rien qui coule": les toilettes dites normales)
    r"\b(?:toilettes?|toilette|wc|cuvette|pipi|uriner)\b(?: (?!(?:normal\w*|bien|sans|comme)\b)\S+){0,10}? (?:et |mais )?(?:presque |quasi |quasiment |pratiquement )?(?:rien|pas une goutt[e])"
    r" (?:qui |ne )?(?:sort|sortait|vient|venait|coule|coulait)\b(?! (?:\w+ ){0,2}?(?:soulag\w*|calm\w*|apais\w*|aid\w*|a l espri[t]|en tete|a l idee|a bout|y faire)\b)",
    # l'envie la, rien ne vient, sans mot de vessie (session 33B): "j'ai besoin d'y aller mais rien ne se passe", "je sens que
    # je dois y aller, et puis ca vient pas", "l'envie est la tout le temps mais j'y arrive pas" (pas "envie de pleurer mais
    # rien ne vient", "je dois y aller mais le bus ne vient pas", "rien ne me vient a l'esprit")
    r"\b(?:(?:le |l )?(?:envie|besoin)(?: (?:de |d )(?:y aller|aller aux toilettes|aller aux wc|aller au petit coin|aller faire pipi))?"
    r"(?: (?:est|est bien|reste) la)?|(?:je |j )(?:dois|devrais|devais) y aller|(?:il )?faut que (?:j|je) y aill[e]|(?:je |j )(?:sens|sentais"
    r"|ai le impression|avais le impression) (?:que (?:je|j) (?:dois|devais|devrais) y aller|(?:de|d) (?:devoi[r] )?y aller))(?: (?:tout le temps"
    r"|sans arret|souvent|vraiment|tres fort|fort|urgemment|constamment|toutes les heures))?(?: ,)? (?:mais|et|pourtant|,)(?: \S+){0,6}? (?:"
    + _RIEN_VIENT + ")",
    # une vessie pleine ou tendue qui ne se vide pas, dit apres une virgule (session 33B): "ma vessie est gonflee, je la sens
    # dure, mais rien ne sort", "vessie pleine a craquer et ca veut pas couler" (pas "vessie pas pleine")
    r"\bvessie\b(?: (?!(?:pas|jamais|plus)\b)\S+){0,4}? (?:pleine|tendu[e]|gonflee|gonfle|dure|distendue|ballonne[e]|pret[e] a eclater"
    r"|a eclater|a craquer|comme un ballo[n])\b(?: \S+){0,12}? (?:" + _RIEN_VIENT + ")",
    # le pipi qui ne coule plus, la personne ou les toilettes dites avant (session 33B): "quand j'urine ca ne coule presque plus",
    # "aux toilettes, ca coule plus bien" (pas "mon nez ne coule plus", "le robinet ne coule plus")
    r"\b(?:pip[i]|urine[r]?|pisse[rn]?|vessi[e]|toilettes?|wc)\b(?: (?!(?:nez|robine[t]|douch[e]|tuya[u]|sang|plai[e]|yeux)\b)\S+){0,8}?"
    r" (?:ca|ce|c|le pipi|l urine|le urine|le jet|la pisse) (?:ne |n )?(?:coule|coulait) (?:plus|pas|presque plus|quasi plus|plus bien"
    r"|pas bien|plus du tout|mal|plus normalemen[t])\b(?! (?:\w+ ){0,3}?(?:nez|sang|robine[t]|douch[e]|cafe)\b)",
    r"\benvie (?:mais|et|pourtant) (?:presque |quasi )?rien (?:qui |ne )?(?:sort|sortait|vient|venait|coule|coulait)\b(?! (?:\w+ ){0,2}?(?:soulag\w*|calm\w*|apais\w*|aid\w*|a l espri[t]|en tete|a l idee|a bout|y faire)\b)",
    r"\b(?:presque |quasi |quasiment |pratiquement )?rien (?:qui |ne )?(?:sort|sortait|vient|venait|coule|coulait)\b (?:\w+ ){0,4}?(?:aux toilettes|a la"
    r" toilette|aux wc|au wc|pour (?:uriner|faire pipi|pisser))\b",
    # presque plus d'urine: "je n'ai presque pas urine depuis hier", "il urine presque plus" (pas la couleur de l'urine)
    r"\b(?:presque|quasi|quasiment|pratiquement) (?:pas|plus|rien|jamais) (?:\w+ )?(?:urine|uriner|pisse|fait pipi)\b(?! (?:\w+ )?(?:couleu[r]|fonce\w*"
    r"|troubl[e]|odeu[r]|sang|mousse\w*)\b)",
    r"\b(?:urine|pisse|fais pipi|fait pipi) (?:presque|quasi|quasiment|pratiquement) (?:plus|pas|rien)\b(?! (?:\w+ )?(?:couleu[r]|fonce\w*|troubl[e]"
    r"|odeu[r]|sang|mousse\w*)\b)",
    # le bas du ventre tendu, dur ou gonfle, et rien ne sort (retention): "le bas ventre tendu, ca ne vient pas", "j'ai le ventre dur
    # et gonfle en bas, ca ne veut pas sortir"
    r"\b(?:bas ventre|bas du ventre|bas de (?:mon |son |l |ton )?ventre|ventre (?:\w+ ){0,3}?(?:tend[u]|dur|gonfle|gonflee|ballonn[e]|plei[n]|distend[u])\w*"
    r" (?:\w+ ){0,3}?en bas|ventre (?:\w+ ){0,2}?en bas)\b(?: (?:\w+ ){0,4}?(?:tend[u]|tendu[e]|dur|dure|gonfle|gonflee|ballonn[e]|plei[n]|pleine|distend[u]"
    r"|bomb[e]|gros)\b)?(?: \S+){0,12}? (?:(?:presque |quasi )?rien (?:qui |ne )?(?:sort|vient|coule)\b(?! (?:\w+ ){0,2}?(?:soulag\w*|calm\w*|apais\w*|aid\w*|a l espri[t]|en tete|a l idee|a bout|y faire)\b)|ca (?:\w+ )?(?:veut|vient|sort|coule) pas(?: sortir| venir)?"
    r"|(?:arrive|arrivais|peux|pouvais|parviens) (?:\w+ )?(?:pas|plus) (?:a |d )?(?:uriner|faire pipi|pisser|vider|faire)\b|se vide pas|vide pas)\b",
    # vu seulement apres coup sur la culotte ou le drap: "je m'en rends compte seulement en voyant les draps mouilles", "je vois la
    # tache apres sur mon slip" (pas une tache de sang, de cafe, pas les regles)
    r"\b(?:seulement|que|qu|uniquement|just[e]) (?:apres coup |apres |plus tard |le mati[n] |au revei[l] |en me levan[t] )?(?:en voyan[t]|quand je vois|en trouvant"
    r"|en regardan[t]|a la vue (?:de|du|des)) (?:\w+ ){0,2}?(?:draps?|culottes?|slips?|calecons?|protections?|couches?|serviettes?|lit|pyjamas?"
    r"|sous vetements?|pantalons?|alese[s]?)\b (?:\w+ ){0,2}?(?:mouill\w*|tremp\w*|humid\w*|tach\w*|sale\w*|souill\w*)" + _NOT_A_PERIOD,
    r"\b(?:vois|voit|trouve|decouvre|remarque|apercois)\b (?:\w+ ){0,2}?(?:la |une |des |les |le )?(?:tache[s]?|aureole[s]?|mouille|trace[s]?|pipi"
    r"|urine|selles|caca)\b(?! (?:de|d) (?!(?:pipi|urine|selles|caca)\b)) (?:seulement |que |qu |just[e] )?(?:apres|apres coup|plus tard|ensuite"
    r"|au revei[l]|le mati[n]) " + _P28_LINGE + _NOT_A_PERIOD,
    r"\b(?:vois|voit|trouve|decouvre|remarque|apercois)\b (?:\w+ ){0,2}?(?:la |une |des |les |le )?(?:tache[s]?|aureole[s]?|mouille|trace[s]?|pipi"
    r"|urine|selles|caca)\b(?! (?:de|d) (?!(?:pipi|urine|selles|caca)\b)) " + _P28_LINGE + r" (?:seulement |que |qu |just[e] )?(?:apres|apres coup"
    r"|plus tard|ensuite|au revei[l]|le mati[n])\b" + _NOT_A_PERIOD,
    # la protection ou la culotte mouillee, rien senti: "ma protection etait mouillee et j'ai rien senti" (pas la pluie, la sueur)
    r"\b(?:protections?|couches?|serviettes? hygieniques?|serviettes?|culottes?|slips?|calecons?|draps?|sous vetements?)\b(?: hygieniques?)? (?:est|etait"
    r"|sont|etaient) (?:toute |tout |completement |un peu |deja )?(?:mouill\w*|tremp\w*|humid\w*|souill\w*)\b(?! (?:\w+ ){0,3}?(?:plui[e]|sueu[r]"
    r"|transpiratio[n]|douch[e]|bai[n]|piscin[e]|caf[e]|eau)\b)(?: \S+){0,3}? (?:et|mais) (?:\w+ ){0,3}?(?:rien|pas|jamais) (?:\w+ )?(?:senti\w*"
    r"|remarque\w*|rend[u] compte|vu venir)\b" + _NOT_A_PERIOD,
)

# ---- session 30AB : la vessie et l'intestin dits par ce que l'on remarque : une protection souillee trouvee, l'urine pas sentie ----
#: une protection, une couche, une culotte trouvee souillee par un autre, la personne ne s'etant pas rendu compte d'y etre allee :
#: "l'infirmiere a trouve ma protection souillee et je ne m'etais rendu compte de rien", "ma couche etait pleine et je ne savais pas
#: que j'avais fait" (pas "porte des protections depuis des annees" : rien de nouveau ; pas la couche d'un bebe)
_LINGE_FR = (r"(?:protectio[n]|protection[s]|couch[e]|couche[s]|pant[s]? d incontinenc[e]|culott[e]|culotte[s]|sli[p]|slip[s])"
                  r"\b(?! (?:du|de|de mon|de la|d) (?:\w+ )?(?:bebe|nourrisso[n]|peti[t]|petit[e]|enfan[t]|fil[s]|fill[e]|petit fil[s]|petite fill[e])\b)")
_SOUILLE_FR = r"(?:souill\w*|sal[e]|sale[s]|plein[e]|pleine[s]|mouill\w*|tremp\w*|plei[n]e? de (?:selle[s]|caca|pipi|urine)|tach\w*|degueulass\w*)"
_SANS_LE_SAVOIR = (r"(?:(?:se|me|m|s) (?:en )?(?:suis|est|etai[s]|etai[t]) (?:\w+ )?(?:pas|jamais|meme pas) (?:\w+ )?rend[u]e? compt[e]"
                        r"|(?:se|me|m|s) (?:suis|est|etai[s]|etai[t]) rend[u]e? compt[e] de rien|(?:a|ai|avai[s]|avait) (?:\w+ )?(?:rien|pas) (?:\w+ )?(?:senti|remarque|vu)"
                        r"|(?:savai[s]|savait|sai[s]|sait) (?:\w+ )?(?:pas|meme pas|rien) (?:que|qu|si)|unsure (?:que|qu|si)|sans (?:s en|m en|se|me) rendre compte|sans (?:le |l )?(?:sentir|savoir|remarquer))")
BLADDER_PATTERNS += (
    r"\b" + _LINGE_FR + r" (?:\S+ ){0,3}?" + _SOUILLE_FR + r"\b(?: \S+){0,10}? (?:\w+ )?" + _SANS_LE_SAVOIR + r"\b"
    r"(?! (?:\w+ ){0,3}?(?:plui[e]|sueu[r]|transpiratio[n]|douch[e]|bai[n]|piscin[e]|caf[e]|eau)\b)" + _NOT_A_PERIOD,
)
#: l'urine qui passe sans etre sentie, seulement entendue ou vue : "l'urine coule mais je ne la sens pas", "je sais que j'urine
#: seulement au bruit", "c'est le bruit dans la cuvette qui me dit que je fais pipi" (pas "j'entends mon ventre gargouiller",
#: pas "je ne sens pas de brulure")
BLADDER_PATTERNS += (
    r"\b(?:urine|pipi|pisse|jet)\b (?:\w+ )?(?:coul[e]|coulai[t]|pass[e]|passai[t]|sor[t]|sortai[t]|vien[t]|venai[t]|part)\b(?: (?:bien|normalemen[t]|quand meme"
    r"|tout seul|toute seule))*(?: ,)? (?:mais |et |pourtant |sans que )?(?:j |je )?(?:le |la |l |les )?(?:sens|sentai[s]|sent[e]|ressen[s]|remarque) "
    r"(?:(?:pas|plus|rien|meme pas|presque pas|presque rien|jamais)\b(?! (?:\w+ ){0,2}?(?:douleu[r]|brulu[r]e|brul\w*|pique\w*|mal|gene|bizarre|anormal\w*)\b))",
    r"\b(?:seulement|uniquement|que|qu|just[e]) (?:\w+ ){0,2}?(?:au|par le|grac[e] au|a cause du|en entendan[t] le) (?:\w+ )?(?:brui[t]|bruit[s]|clapoti[s]|ecoulemen[t])\b",
    r"\b(?:brui[t]|clapoti[s])\b (?:\w+ ){0,4}?(?:qui me (?:dit|le dit|fait savoir|previen[t])|m (?:indiqu[e]|appren[d]|averti[t]))\b(?: \S+){0,3}? (?:que )?(?:j |je )?"
    r"(?:urine|fais pipi|pisse|suis en train)\b",
    r"\b(?:plus|pas|aucune) (?:la |de )?sensatio[n] (?:de |d )?(?:urine[r]|faire pipi|pisse[r])\b",
)

# ---- session 29N: a no-position phrase whose pain is denied right after it ----
#: la nuit dite bonne juste apres "peu importe comment je me couche" (bot/reading/redflags.py _night_fine_after): "peu importe
#: comment je me couche, ca va", "n'importe quelle position, aucune douleur" (pas "... j'ai mal", ni "... ca va mais apres ...")
NIGHT_FINE_AFTER = (r"(?:ca va|ca passe|c est bon|c est ok|c est bien|c est confortable|tout va bien|(?:je|j) suis bien|(?:je|j) suis a l aise|c est correct)"
                    r"(?: (?:tres bien|bien|tout a fait))?",
                    r"(?:j ai |je n ai |j n ai |il n y a |y a )?(?:aucune douleur|aucun probleme|pas de douleur|pas mal|pas de probleme)(?: du tout)?",
                    r"(?:ca |cela )?(?:ne )?(?:me )?fait pas mal(?: du tout)?")
#: un terme demande comme un signe d'alerte (session 29N, apres TERM_QUESTION_BEFORE): "c'est une de ces douleurs nocturnes qui
#: doivent alerter ?", "c'est la douleur nocturne signe d'alarme ?" (un signe decrit reste lu)
TERM_TALKED_AFTER += (r"(?:qui (?:doit|doivent|devrai[t]|devraien[t]|fait|font) (?:\w+ )?(?:alerte[r]|inquiete[r]|peur|s inquiete[r]))\b",
                      r"(?:signe[s]? |signa[l] |symptome[s]? )?(?:d alert[e]|d alarm[e]|de dange[r]|drapeau rouge|inquietant\w*|alarmant\w*)\b")

# ---- session 29K : sa propre voiture, son velo, ses skis ou soi-meme dans un obstacle ----
#: une chose fixe au bord de la route ou un vehicule (pas le trottoir : le pied qui tombe ; pas un lieu)
_K29_CHOSE = (r"(?:potea[u]|poteau[x]|arbr[e]|arbre[s]|mur|mure[t]|mur[s]|barrier[e]|glissier[e]|glissier[e] de securit[e]|rai[l]|lampadair[e]|born[e]|pilie[r]|foss[e]"
              r"|pannea[u]|portai[l]|hai[e]|roche[r]|pon[t]|poubell[e]|plo[t]|plot[s]|blo[c] de beto[n]|parape[t]|rambard[e])")
_K29_VEHICULE = (r"(?:voitur[e]|camio[n]|camionnett[e]|bus|autobu[s]|tra[m]|tramwa[y]|cyclist[e]|vehicul[e]|mot[o]|scoote[r]|tracteu[r]|voitur[e] gare[e]"
                 r"|voitur[e] stationne[e]|voitur[e] de devan[t]|voitur[e] devan[t])")
_K29_DET = r"(?:un|une|le|la|l|les|des|ce|cett[e]|un gro[s]|une gross[e])"
TRAUMA_PATTERNS += (
    # "je suis rentre dans un poteau", "on est rentres dans un arbre", "je suis alle dans le fosse", "je suis parti dans le decor"
    rf"\b(?:sui[s]|somme[s]|est|etai[s]|etai[t]|etion[s]) (?:\w+ )?(?:rentr[e]|rentre[e]|rentre[s]|rentree[s]|entr[e]|entre[e]|fonc[e]|fonce[e]|fonce[s]|all[e]|alle[e]"
    rf"|alle[s]|part[i]|parti[e]|parti[s]|tomb[e]|tombe[e]|atterr[i]|atterri[e]|fin[i]|fini[e]|fini[s]|gliss[e]|glisse[e]|derap[e]|derape[e]|encastr[e]|encastre[e])"
    rf" (?:\w+ )?(?:tou[t] droi[t] |droi[t] |en plei[n] |de plei[n] foue[t] )?(?:dan[s]|contr[e]) {_K29_DET} (?:\w+ )?(?:{_K29_CHOSE}|{_K29_VEHICULE})\b",
    r"\b(?:sui[s]|somme[s]|est|etai[s]|etai[t]) (?:\w+ )?(?:part[i]|parti[e]|parti[s]|all[e]|alle[e]|fin[i]|fini[e]|sort[i]|sorti[e]|sorti[s]) (?:\w+ )?dan[s] le deco[r]\b",
    # "j'ai percute un arbre a velo", "j'ai heurte un poteau", "on a tape la glissiere", "j'ai embouti la voiture de devant"
    rf"\b(?:j ai|nou[s] avon[s]|on a|j avai[s]|on avai[t]) (?:\w+ )?(?:percut[e]|heurt[e]|tap[e]|embout[i]|accroch[e]|cogn[e]|touch[e]|fonc[e] dan[s]|fonc[e] sur"
    rf"|defonc[e]|rentr[e] dan[s]) {_K29_DET} (?:\w+ )?(?:{_K29_CHOSE}|{_K29_VEHICULE})\b",
    # la route quittee, le vehicule retourne : "je suis sorti de la route", "j'ai fait un tonneau", "la voiture a fait des tonneaux",
    # "on a capote"
    r"\b(?:sui[s]|somme[s]|est|etai[s]|etai[t]) (?:\w+ )?(?:sort[i]|sorti[e]|sorti[s]|sortie[s]) de (?:la )?(?:rout[e]|chausse[e]|pist[e])\b",
    r"\b(?:fai[t]|faisai[t]|fair[e]) (?:un|des|deu[x]|troi[s]|plusieur[s]) tonneau[x]?\b",
    r"\b(?:j ai|on a|nou[s] avon[s]|voitur[e] a|aut[o] a) (?:\w+ )?capot[e]\b",
)
#: le message d'un proche qui s'ouvre sur la personne (session 29K) : ce qui lui est arrive d'abord, puis son dos ("mon mari
#: (58 ans) est tombe de l'echelle, a plat sur le dos ... il a mal en bas du dos", "mon pere est rentre dans un poteau, son dos
#: le fait souffrir depuis"), l'auteur ne disant nulle part son propre dos : le proche est le patient (pas "ma mere est tombee
#: l'an dernier . j'ai mal au dos a force de la porter")
PROXY_SUBJECT += (
    r"^(?:mon |ma |notr[e] )(?!.*\b(?:moi|le mie[n]|decede[e]?|mor[t]|mort[e])\b)(?!.*\b(?:mon|mes) (?:propr[e] )?(?:dos|bas du dos|rein[s]|lombaire[s])\b)(?!.*\bj (?:ai|avai[s]) (?:\w+ ){0,2}?mal (?:au|du|dan[s] le) (?:bas du )?dos\b)"
    r"(?=(?:mar[i]|femm[e]|epou[x]|epous[e]|compagno[n]|compagn[e]|conjoin[t]|conjoint[e]|mer[e]|mama[n]|per[e]|pap[a]|mami[e]|mam[y]|pap[y]|pap[i]|fil[s]|fill[e]|gran[d] mer[e]"
    r"|gran[d] per[e])\b(?: \d+(?: ans)?)?(?: ,)? (?:\w+ )?\w+\b.* (?:son (?:\w+ )?dos|ses rein[s]|ses lombaire[s]|(?:il|ell[e]|lui) (?:\w+ ){0,4}?(?:dos|rein[s]|lombaire[s]))\b)",
)

#: ... ou l'affection du dos du proche nommee par son diagnostic dans l'ouverture (session 30AB) : "mon copain (34 ans) a une hernie
#: discale depuis des semaines ... j'appelle le 15 ?", "ma femme souffre d'une sciatique depuis un mois" -- l'auteur ne disant nulle
#: part son propre dos ni un diagnostic a lui, l'affection pas d'autrefois ("il y a dix ans", "autrefois") : le proche est le
#: patient (pas "ma femme a une hernie discale et moi j'ai mal au dos depuis des semaines")
_DIAG_FR = (r"(?:hernie[s]? discal[e]s?|hernie[s]?(?! (?:\w+ )?(?:inguinal\w*|ombilical\w*|hiatal\w*|crural\w*|abdominal\w*|de l aine))|sciatiqu[e]|cruralgi[e]"
                 r"|lumbag[o]|lombalgi[e]|lombosciatiqu[e]|discopathi[e]|protrusio[n] discal[e]|canal (?:lombaire |rachidien )?(?:etroi[t]|retreci)"
                 r"|stenos[e] (?:\w+ )?(?:lombaire|du canal|canalaire|rachidienne)|spondylolisthesi[s])")
PROXY_SUBJECT += (
    r"^(?:mon |ma |notr[e] )(?!.*\b(?:moi|le mie[n]|la mienn[e]|decede[e]?|mor[t]|mort[e])\b)(?!.*\b(?:mon|mes) (?:propr[e] )?(?:dos|bas du dos|rein[s]|lombaire[s])\b)(?!.*\bj (?:ai|avai[s]) (?:\w+ ){0,2}?mal (?:au|du|dan[s] le) (?:bas du )?dos\b)"
    r"(?!.*\b(?:j|je|mon|ma) (?:\w+ ){0,3}?" + _DIAG_FR + r"\b)"
    r"(?=(?:mar[i]|femm[e]|epou[x]|epous[e]|compagno[n]|compagn[e]|conjoin[t]|conjoint[e]|copai[n]|copin[e]|mer[e]|mama[n]|per[e]|pap[a]|mami[e]|mam[y]|pap[y]|pap[i]"
    r"|fil[s]|fill[e]|gran[d] mer[e]|gran[d] per[e]|fianc[e]|fiance[e])\b(?: ,)?(?: \d+(?: ans)?)?(?: ,)?(?: (?!(?:j|je|moi|mon|ma|mes|autrefois|jadis|y)\b)\w+){0,6}? "
    + _DIAG_FR + r"\b(?! (?:\w+ ){0,4}?(?:il y a \w+ ans|autrefois|jadis|dans sa jeunesse|etant jeune)\b))",
)
#: ... ou les signes urgents du proche dits d'abord, le diagnostic nomme plus loin (session 30AD) : "mon mari (61 ans) est aux toilettes
#: depuis une heure et n'arrive pas a uriner ... il a une hernie connue" -- les memes gardes
PROXY_SUBJECT += (
    r"^(?:mon |ma |notr[e] )(?!.*\b(?:moi|le mie[n]|la mienn[e]|decede[e]?|mor[t]|mort[e])\b)(?!.*\b(?:mon|mes) (?:propr[e] )?(?:dos|bas du dos|rein[s]|lombaire[s])\b)(?!.*\bj (?:ai|avai[s]) (?:\w+ ){0,2}?mal (?:au|du|dan[s] le) (?:bas du )?dos\b)"
    r"(?!.*\b(?:j|je|mon|ma) (?:\w+ ){0,3}?" + _DIAG_FR + r"\b)"
    r"(?=(?:mar[i]|femm[e]|epou[x]|epous[e]|compagno[n]|compagn[e]|conjoin[t]|conjoint[e]|copai[n]|copin[e]|mer[e]|mama[n]|per[e]|pap[a]|mami[e]|mam[y]|pap[y]|pap[i]"
    r"|fil[s]|fill[e]|gran[d] mer[e]|gran[d] per[e]|fianc[e]|fiance[e])\b.* (?:il|elle) (?:a|avait|souffre d|souffre de|souffrait d|souffrait de) "
    r"(?:(?!(?:j|je|moi|mon|ma|mes|autrefois|jadis|y)\b)\w+ ){0,3}?" + _DIAG_FR
    + r"\b(?! (?:\w+ ){0,4}?(?:il y a \w+ ans|autrefois|jadis|dans sa jeunesse|etant jeune)\b))",
)

#: ... ou le proche nomme avec son age a l'ouverture, son dos dit ensuite (session 33G): "mon fils (16 ans) a mal en bas du dos depuis
#: le foot et maintenant 39 de fievre", "ma fille agee de 15 ans a une lombalgie et des frissons", "mon mari, 58 ans, douleur au dos
#: et fievre" -- un age donne est celui du patient; les memes gardes: l'auteur ne dit nulle part son propre dos ni un diagnostic a
#: lui (pas "ma fille (14 ans) a de la fievre, moi j'ai mal au dos")
_AGE_33G = r"(?: ,)?(?: (?:de|agee? de|qui a|a))? \d{1,2}(?: an[s])?(?: ,)?"
_KIN_33G = (r"(?:mar[i]|femm[e]|epou[x]|epous[e]|compagno[n]|compagn[e]|conjoin[t]|conjoint[e]|copai[n]|copin[e]|mer[e]|mama[n]|per[e]|pap[a]"
            r"|mami[e]|mam[y]|pap[y]|pap[i]|fil[s]|fill[e]|gran[d] mer[e]|gran[d] per[e]|frer[e]|soeu[r]|enfan[t]|gami[n]|gamin[e]|fianc[e]|fiance[e])")
_DOS_33G = (r"(?:mal (?:au|du|de|dans le|en bas du) (?:bas du )?do[s]|mal aux rein[s]|(?:son|le) (?:bas du )?do[s] (?:lui )?(?:fai[t] mal|fai[t] souffri[r])"
            r"|douleur[s]? (?:au|du|de|dans le) (?:bas du )?do[s]|lumbag[o]|lombalgi[e]|sciatiqu[e]|son (?:bas du )?do[s])")
PROXY_SUBJECT += (
    r"^(?:mon |ma |notr[e] )(?!.*\b(?:moi|le mie[n]|la mienn[e]|decede[e]?|mor[t]|mort[e])\b)(?!.*\b(?:mon|mes) (?:propr[e] )?(?:dos|bas du dos|rein[s]|lombaire[s])\b)(?!.*\bj (?:ai|avai[s]) (?:\w+ ){0,2}?mal (?:au|du|dan[s] le) (?:bas du )?dos\b)"
    r"(?!.*\b(?:j|je|mon|ma) (?:\w+ ){0,3}?" + _DIAG_FR + r"\b)"
    r"(?=" + _KIN_33G + r"\b" + _AGE_33G + r" .*\b" + _DOS_33G + r"\b)",
)

# ---- session 29L ----
#: le proche trop gene pour l'ecrire lui-meme (session 29L): "mon mari est trop gene pour vous ecrire lui meme ..., hier il a
#: fait dans son pantalon sans s'en rendre compte" -- ce proche est le patient
PROXY_SUBJECT += (
    r"^(?:mon |ma |notr[e] )(?=(?:mere|mama[n]|mami[e]|mamy|pere|papa|papy|papi|pepe|femm[e]|mari|epous[e]|epou[x]|compagno[n]|compagn[e]|fils"
    r"|fill[e]|frer[e]|soeu[r])\b(?: \S+){0,4}? (?:est |etai[t] )?(?:trop|tres|bien trop) (?:gene|gene[e]|geen|honteu[x]|honteus[e]|timid[e]|pudiqu[e]"
    r"|embarrass[e]|embarrasse[e]|fier|fier[e]) pour (?:\w+ ){0,2}?(?:ecrir[e]|decrir[e]|demande[r]|envoye[r]|dire|tape[r]|pose[r]|parle[r]|appele[r])\b)",
)
#: la chaise, le siege pas sentis en etant assis (session 29L): "quand je m'assois sur une chaise je ne la sens pas", "je ne
#: sens pas le siege de la voiture" (pas "la douleur, je ne la sens pas quand je suis assis")
_P29_SIEGE = r"(?:chais[e]|sieg[e]|sell[e]|taboure[t]|canap[e]|fauteui[l]|banc|lunett[e]|cuvett[e])s?"
SADDLE_PATTERNS += (
    r"\b(?:assi[s]|assis[e]|assoi[s]|assied[s]|asseoi[r]|assoi[e]|assoi[t])\b (?:sur|dans) (?:une|un|la|le|ma|mon|des|les|l) (?:\w+ )?" + _P29_SIEGE
    + r"\b(?: (?!douleu[r]|mal\b)\w+){0,4}? (?:je |j )?(?:ne |n )?(?:la|le|les|l) (?:sens|sentai[s]|sent|senti[r]|ressen[s]) (?:pas|plus|presqu[e] pas"
    r"|meme pas|quasimen[t] pas)\b",
    r"\b(?:je |j )?ne (?:sens|sentai[s]|ressen[s]) (?:pas|plus|presqu[e] pas|meme pas|quasimen[t] pas) (?:la|le|les|ma|mon|l) (?:\w+ )?"
    + _P29_SIEGE + r"\b(?! (?:\w+ )?(?:confortabl[e]|agreabl[e]|bien|mal|dur)\b)",
    # comme assis sur un coussin, un nuage (pas un vrai coussin: "je suis assis sur un coussin parce que ca fait mal")
    r"\b(?:comm[e]|comm[e] si|impressio[n] de|impressio[n] d|on dirai[t]|on dirai[t] que|l impressio[n] que) (?:\w+ ){0,4}?(?:assi[s]|assis[e]|assoi[r]"
    r"|asseoi[r]) sur (?:un|une|des|du|de la) (?:\w+ )?(?:coussi[n]|oreille[r]|nuag[e]|epong[e]|coussin[s]|oreiller[s])\b",
    # la zone qui n'est plus a soi: "mes fesses ne m'appartiennent plus", "mon entrejambe ne semble plus etre a moi"
    r"\b{AREA}\b (?:\w+ ){0,3}?(?:me|m|ne me|ne m) ?(?:appartie[n]\w+|appartena[i]\w+) (?:plus|pas)\b",
    r"\b{AREA}\b (?:\w+ ){0,3}?(?:sembl[e]\w*|para[i]\w*|est|sont) (?:plus|pas) (?:etre )?a moi\b",
)

# ---- session 29M: les deux jambes moins fortes qu'avant, lourdes et pleines de fourmis de semaine en semaine, la pointe du
# pied qui ne se releve plus ----
#: les deux jambes moins fortes qu'avant, dit sans mot de faiblesse (session 29M): "mes deux jambes n'ont plus la force
#: d'avant", "les deux jambes ont perdu leur force", "mes jambes ne sont plus aussi fortes" (un cours stable dit les lit
#: stables, sinon aggravees)
WEAK += (r"(?:ont|a|avaient|avait) (?:plus|pas) (?:la|leur|sa|toute leur|toute la) force|(?:ont|a|avaient|avait) perdu (?:\w+ ){0,2}?force"
         r"|moins fortes?|(?:plus|pas) (?:auss[i]|si) fortes?",)
#: "rien n'a change": le cours inchange (session 29M)
STABLE += (r"rien (?:\w+ )?change",)
NOT_WORSE += (r"rien (?:\w+ )?change", r"(?:pas|jamais) (?:\w+ ){0,2}?degrad\w*")
#: ca se degrade, de semaine en semaine (session 29M; pas "ca se degrade pas")
WORSE_NOW += (r"(?<!pas )(?<!jamais )(?<!plus )(?:se |s )?degrad(?:e|ent|ait|aient)\b(?! pas\b| plus\b| jamais\b)",
              r"de semaine en semaine|semaine apres semaine|de mois en mois")
#: les deux jambes lourdes comme du plomb et pleines de fourmis (session 29M): "mes deux jambes deviennent lourdes comme du plomb
#: et pleines de fourmis", "les jambes en plomb avec des fourmillements jusqu'aux orteils" (le "et" coupait l'engourdissement de
#: ses jambes; pas de negation ni de "mais" entre)
BOTH_LEGS_NUMB_PATTERNS += (
    r"\b(?:jambes|pieds)\b (?:(?!(?:pas|plus|jamais|mais|ou|een|ne)\b)\w+ ){0,4}?(?:lourde[s]|lourd[s]|en plomb|de plomb|comme du plomb"
    r"|pesen[t] une tonn[e]|pesen[t] des tonn[e][s]|en beton)(?: comme du (?:plomb|beton))?(?: toutes les deux| tous les deux)? (?:(?!(?:pas|plus|jamais|mais|ou|sans)\b)\w+ ){0,2}?(?:et|avec) "
    r"(?:(?:pleines? de|plei[n] de|remplies? de|des|de|d) )?(?:{LEG_NUMB}|fourmis|fourmillement[s]?|fourmillen[t]|picotement[s]|picoten[t])\b",
)
#: les deux jambes lourdes, sans verbe ou pesant une tonne, et ca empire ou se degrade plus loin (session 29M, comme 25M1):
#: "les deux jambes lourdes et pleines de picotements, ca empire", "mes deux jambes pesent une tonne, de pire en pire" ("les
#: jambes lourdes" seules, c'est la circulation)
BOTH_LEGS_WEAK_PATTERNS += (
    r"\b(?:deux|2) (?:jambes|pieds)\b (?:(?!(?:pas|plus|jamais|mais)\b)\w+ ){0,3}?(?:lourde[s]|lourd[s]|en plomb|de plomb|comme du plomb"
    r"|pesen[t] une tonn[e]|pesen[t] des tonn[e][s])\b"
    r"(?=(?: \S+){0,40}? (?<!pas )(?:empire|empirent|(?:s|se) aggrave|(?:s|se) aggravent|de pire en pire|pire (?:chaque|tous les|de jour)"
    r"|(?:s|se) degrad\w*|de semaine en semaine|semaine apres semaine|de jour en jour)\b)"
    r"(?!(?: \S+){0,40}? (?:(?:n|ne) (?:\w+ )?(?:empire|empirent|(?:s|se) aggrave|(?:s|se) aggravent|(?:s|se) degrad\w*)"
    r"|(?:empire|empirent|(?:s|se) aggrave|(?:s|se) aggravent|(?:s|se) degrad\w*) (?:pas|plus)"
    r"|pas (?:\w+ )?pire)\b)",
)
#: la pointe du pied ou les orteils qui ne se relevent plus (session 29M): "la pointe de mon pied ne se releve plus", "mes
#: orteils ne remontent plus du tout" (avec une aggravation dite ailleurs)
FAILING_LIMB += (r"(?:(?:se|s) (?:releve|relevent|leve|levent|redresse|redressent)|remonte|remontent|releve|relevent) (?:plus|pas)\b",)

#: une proposition du moment ou la zone est sentie, apres la zone et une virgule (session 29Q, bot/reading/redflags.py
#: _AREA_WHEN_RESUMED) : "mes fesses, quand je m'assois je les sens plus"
AREA_WHEN = ("quand", "qd", "lorsque", "lorsqu", "des que", "si", "chaque fois que")

# ---- session 29R: douleur nocturne dite comme toutes les positions essayees, rien ne la calme, debout la nuit ----
#: ... ca ne se calme pas, ca ne diminue pas (session 29R): "ca ne se calme pas, que je sois sur le dos ou ..."
NO_RELIEF += (r"(?:ca|la douleur|elle|le mal|c) (?:ne |n )?(?:se |me |m )?(?:calme|apaise|diminue|attenu[e]|soulage|arrete|estomp[e])"
              r" (?:pas|jamais|plus|point)\b",
              r"(?:ca|la douleur|elle|le mal|c) (?:reste|est) (?:toujours |tout )?(?:auss[i] (?:fort|forte|intens[e]|mal|douloureu\w*)|pareil|la meme)\b")
NIGHT_PATTERNS += (
    # le soulagement nie dans toutes les positions, la negation a elle (session 29R): "la douleur ne se calme dans aucune
    # position", "ca ne diminue dans aucune position" (the reading turns a "ne" without "pas" into "een", as fr answers know;
    # pas "ca ne fait mal dans aucune position": pas de verbe de soulagement)
    r"\b(?:ca|la douleur|elle|le mal|ma douleur|mon dos|c)(?: ne| n| een)? (?:se |me |m )?(?:calm\w*|apais\w*|diminu\w*|attenu\w*|soulag\w*"
    r"|pass\w*|part|arret\w*|estomp\w*)(?: pas| jamais| plus)? (?:\w+ ){0,2}?(?:dans|en) (?:aucune|nul[l]e) (?:position|postur[e])\b",
    # debout ou assis en bas vers une heure de la nuit, a cause de la douleur (session 29R): "a 3h du matin je suis en bas dans le
    # fauteuil a cause de la douleur", "je finis par marcher dans le salon a 3h a cause du mal de dos" (pas "avec le bebe", pas
    # "de l apres midi")
    r"\b(?:a|vers|des|depui[s]) [1-5] ?h\w*(?: du mati[n])?\b(?! (?:de (?:l |le |la )?|du )?(?:apres midi|aprem|soir)\b)(?: \S+){0,4}?"
    r" (?:j|je|il|elle) (?:suis|marche|me promene|tourne|fais|fini[s]|me retrouve|reste|etais|erre|me leve)\b(?: \S+){0,8}?"
    r" (?:a cause d(?:e|u|es)|par) (?:la |ma |cette |mon |le |sa |son )?(?:douleur|mal|dos|ca)\b",
    r"\b(?:marche\w*|me promene\w*|tourne\w* en rond|fais les cent pas|erre\w*|suis en bas|suis assise?|me retrouve\w*)\b(?: \S+){0,6}?"
    r" (?:a|vers|des) [1-5] ?h\w*(?: du mati[n])?\b(?! (?:de (?:l |le |la )?|du )?(?:apres midi|aprem|soir)\b)(?: \S+){0,4}?"
    r" (?:a cause d(?:e|u|es)|par) (?:la |ma |cette |mon |le |sa |son )?(?:douleur|mal|dos|ca)\b",
)
#: les postures dites nues la nuit, c'est pareil (session 30Y): "la nuit couche, assis, debout c'est pareil", "au lit allongee ou assise,
#: ca change rien" (la nuit nommee d'abord: pas "le jour assis ou debout c'est pareil"; pas de bien entre: pas "la nuit je dors bien,
#: couche ou assis c'est pareil")
_POSTURE = r"(?:couchee?s?|allongee?s?|assise?s?|debout)"
_POSTURES = _POSTURE + r"(?: ,| ou| et| , ou| , et)* " + _POSTURE + r"\b"
_PAS_BIEN = r"(?!(?:bien|ok|tranquille|nicke[l])\b)"
NIGHT_PATTERNS += (
    r"\b(?:la nuit|les nuits|au lit|dans le lit|nuit)\b(?: " + _PAS_BIEN + r"\S+){0,8}? " + _POSTURES + r"(?: " + _PAS_BIEN
    + r"\S+){0,12}? {NO_RELIEF}\b",
)
NO_RELIEF += (r"(?:c est|ce est|cest|c|tout) (?:toujours )?(?:la meme chose|idem|kif kif|du pareil au meme)",)
#: aucune position qui soulage, le "ne" tel que la lecture le laisse ("een", session 30AC): "aucune position ne me soulage", "aucune
#: posture ne la calme"
NO_RELIEF += (r"aucune (?:seule )?(?:position|postur[e]) (?:qui |ne |n |een )?(?:me |m |le |la |l )?(?:soulag[e]|calm[e]|aid[e]|apais[e]|soulagent)",)
#: la douleur jour et nuit, rien ne soulage ou le sommeil perdu (session 30AC): "une douleur dans le bas du dos jour et nuit, rien ne
#: la calme", "j'ai mal nuit et jour, je dors plus" (la douleur pres; pas de bien entre)
_P30AC_DN = r"(?:jour et nui[t]|nuit et jou[r]|jour comme nui[t]|nuit comme jou[r]|de jour comme de nui[t])"
_P30AC_MAL = r"(?:douleur|douleurs|mal|souffre|souffert|douille)"
_P30AC_SANS_SOMMEIL = (r"(?:(?:j|je) (?:n |ne |een )?(?:dors|dormais) (?:plus|pas|presque plus|presque pas|quasiment plus|quasi plus|jamais)"
                       r"|(?:j|je) (?:n |ne |een )?(?:arrive|arrivais|parviens|peux|pouvais) (?:plus|pas) (?:a )?dormi[r]|impossible de dormi[r]"
                       r"|(?:pas|plus) moyen de dormi[r]|nuits? blanches?"
                       # l'oeil pas ferme, pas dormi (session 31AI): "j'ai pas ferme l'oeil", "j'ai pas dormi de la nuit"
                       r"|(?:pas|plus|jamais|rien) (?:pu |reussi a |arrive a )?ferme[r]? (?:le )?oei[l]|sans ferme[r] (?:le )?oei[l]"
                       r"|(?:j|je) (?:n )?(?:ai|avais) (?:pas|plus|presque pas|quasiment pas|quasi pas|jamais) (?:pu |reussi a )?dorm[i]\w*)")
NIGHT_PATTERNS += (
    r"\b" + _P30AC_MAL + r"\b(?: " + _PAS_BIEN + r"\S+){0,8}? " + _P30AC_DN + r"\b(?: " + _PAS_BIEN + r"\S+){0,12}? (?:{NO_RELIEF}|"
    + _P30AC_SANS_SOMMEIL + r")\b",
    r"\b" + _P30AC_DN + r"\b(?: " + _PAS_BIEN + r"\S+){0,4}? " + _P30AC_MAL + r"\b(?: " + _PAS_BIEN + r"\S+){0,12}? (?:{NO_RELIEF}|"
    + _P30AC_SANS_SOMMEIL + r")\b",
    # ... la phrase ouverte sur jour et nuit, le sommeil perdu juste apres (session 31AI): "jour et nuit, je dors plus" (pas "je
    # travaille jour et nuit et je dors mal")
    r"^" + _P30AC_DN + r"(?: ,)? (?:et |donc )?(?:\w+ ){0,2}?" + _P30AC_SANS_SOMMEIL + r"\b",
)
#: aucune position trouvee la nuit (session 30Y): "la nuit il ne trouve aucune position", "au lit je trouve pas de position" (la nuit
#: nommee a six mots au plus; pas "je trouve pas de position confortable au bureau")
NIGHT_PATTERNS += (
    r"\b(?:la nuit|les nuits|au lit|dans le lit|nuit)\b(?: \S+){0,6}? (?:trouve|trouvait|trouvent|trouve[r]|trouv[e]) (?:\w+ )?(?:aucune|pas de|pas une|plus de"
    r"|jamais de) (?:seule |bonne )?(?:position|postur[e])\b",
    r"\b(?:trouve|trouvait|trouvent|trouve[r]|trouv[e]) (?:\w+ )?(?:aucune|pas de|pas une|plus de|jamais de) (?:seule |bonne )?(?:position|postur[e])\b"
    r"(?: \S+){0,3}? (?:la nuit|au lit|de la nuit|pour dormir)\b",
)
#: la nuit bien tant qu'on reste immobile (session 30Y; bot/reading/redflags.py _night_told_positional): "la nuit ca va tant que je
#: bouge pas", "immobile je sens rien": seulement bouger ou se lever fait mal
NIGHT_STILL_FINE = (
    r"(?:ca va|je suis bien|j suis bien|aucune douleur|pas de douleur|pas mal|j ai rien|je sens rien|j sens rien|rien) (?:\w+ ){0,2}?(?:tant que|si"
    r"|quand|lorsque) (?:je|j) (?:ne |n )?(?:bouge pas|bouge plus|reste immobile|reste sans bouger|suis immobile|reste tranquille)",
    r"(?:immobile|sans bouger)(?: \w+){0,3}? (?:je sens rien|j sens rien|ca va|pas de douleur|aucune douleur|j ai pas mal|j ai rien)",
)
#: le reveil la nuit dit dans une phrase, la suivante le calme en quelques minutes en changeant de position (session 31AO; bot/
#: reading/redflags.py _night_eased_next): "... si je reste sur le dos. sur le cote ca passe en quelques minutes"
NIGHT_TURNED = (r"(?:tourne|retourne|me tourne|me retourne|change de position|change de cote)",
                r"sur (?:le|mon|l autre) (?:cote|ventre|flan[c])",
                # ... sur l'autre cote ou hanche (session 32AY) : "sur le gauche", "sur ma bonne hanche"
                r"sur (?:le|l autre|mon|ma) (?:gauche|droit|bon cote|autre cote|bonne hanche|autre hanche|hanche (?:gauche|droite))")
NIGHT_EASED_SOON = (r"(?<!pas )(?<!ne )(?:passe|passee|part|parti|partie|disparait|s en va|se calme|calme|diminue)"
                    r" (?:\w+ ){0,2}?(?:en|apres|au bout de) (?:quelques|deux|trois|cinq|dix|\d+|une|un) (?:\w+ )?minute[s]?\b",
                    # ... ou se rendormir aussitot (session 32AY) : "sur l'autre cote je me rendors direct" (pas "je ne me rendors pas", "je me
                    # rendors au bout de deux heures")
                    r"(?<!ne )(?<!n )(?:me|se|te) rendor(?:s|t|mais|mait)\b(?! (?:pas|plus|jamais|mal|difficilement|qu)\b)(?!(?: \S+){0,4}? heures?\b)",
                    r"(?<!ne )(?<!n )(?:me|se) rendor(?:s|t) (?:tout de suite|aussitot|direct|directement|immediatement|sans (?:souci|probleme))",)

# ---- session 29S : la vessie et l'intestin, le signe demande puis nie pour soi ----
#: "il parait" n'est pas "partait" (session 29S)
REAL_NEIGHBOURS = REAL_NEIGHBOURS | {"parait"}
# "demarrer" (le jet) is a word of its own, not a typo of "demarre" (session 34Q)
REAL_NEIGHBOURS = REAL_NEIGHBOURS | {"demarrer"}
#: le signe demande ou lu, puis nie comme sien (session 29S) : "j'ai aucun souci de ce cote-la", "perso aucun probleme de ce
#: cote", "j'ai pas de souci de ce genre", "moi aucun souci"
SIGNS_DENIED += (r"(?:j|je) (?:n )?ai (?:aucun|aucune|pas de|pas du tout de|jamais eu de|jamais de) (?:souci|soucis|probleme|problemes|trouble|troubles"
                 r"|difficulte|difficultes)(?: de ce (?:cote|genre|type)(?: la)?| a ce niveau(?: la)?| la dessus| comme ca| de ce cote la)(?= ,| \.| moi\b|$)",
                 r"(?:moi|perso|personnellement|pour moi|chez moi)(?: ,)? (?:aucun|aucune|pas de|zero|jamais de) (?:souci|soucis|probleme|problemes)"
                 r"(?: de ce cote(?: la)?| a ce niveau| la dessus)?(?= ,| \.|$)",
                 r"(?:moi|perso|personnellement)(?: ,)? (?:j|je) (?:n )?ai (?:aucun|aucune|pas de) (?:souci|soucis|probleme|problemes)(?= ,| \.|$)",
                 # tout marche de ce cote (session 30AC): "tout fonctionne bien de ce cote", "tout marche normalement la dessus"
                 r"(?:chez moi |moi )?tout (?:fonctionne|marche|va) (?:tres |parfaitement |tout a fait )?(?:bien|normalement|nickel)(?: (?:de ce cote(?: la)?"
                 r"|a ce niveau(?: la)?|la dessus|en bas|la bas))?(?= ,| \.|$)")
#: une question de ce qu'il faut faire si on a le signe (session 29S) : "faut aller aux urgences si on a du mal a uriner", "est ce
#: vrai que on doit ...", "c est vrai que si on ..."
#: une jambe ou un pied en general apres un "si" (session 34, the lead) : "si la jambe devient faible, c'est une urgence ?" (pas "si ma jambe")
GENERAL_SUBJECT += (r"(?:\w+ ){0,4}?(?:si|quand|lorsque) (?:la|une|les|votre|ta) (?:jambe|jambes|pied|pieds)\b",)
GENERAL_SUBJECT += (r"(?:il )?(?:faut|faudrait|doit on|on doit) (?:\w+ ){0,6}?(?:si|quand|lorsque) (?:on|quelquun|les gens)\b",
                    r"(?:est ce vrai|c est vrai|est il vrai|ce est vrai) (?:que|qu) (?:on|il faut|quand on|si on)\b",
                    # quand un signe devient une urgence, demande (session 30AC): "a partir de quand des fuites urinaires sont une urgence",
                    # "quand est-ce que perdre ses selles devient grave" (pas "quand est-ce que je ...", "mes": le sien)
                    r"(?:a partir de |des |ce est |c est )?quand (?:est ce que |est ce qu |que |qu )?(?!(?:j|je|moi|mon|ma|mes)\b)(?:\w+ ){0,14}?"
                    r"(?:une urgence|une urgence medicale|urgent|urgente|urgents|grave|graves|dangereux|dangereuse|inquietant|inquietante|alarmant)\b")
#: une question si ce qui est dit compte comme le signe (session 30Y): "est-ce que ca compte comme douleur nocturne ?", "ca rentre dans
#: les douleurs de nuit ?", "c'est ce que vous appelez ..." (retire seulement si le sien est dit bien: _own_told_fine)
GENERAL_SUBJECT += (r"(?:est ce que )?(?:ca|cela) (?:\w+ )?(?:compte|compterait|rentre|rentrerait) (?:comme|dans|pour)\b",
                    r"(?:est ce que )?(?:ce est|c est|cest|c) (?:ca |cela )?(?:que|qu) (?:vous|on|ils|les \w+) (?:\w+ )?(?:appel\w*|entend\w*|veu\w* dire)\b")
#: ... l'engourdissement lui-meme nie, entier (session 30Y): "je n'ai aucun engourdissement", "j'ai pas d'engourdissement nulle part",
#: "je n'ai ni engourdissement ni fourmillements" (apres un signe demande ou lu; un signe dit apres reste lu)
SIGNS_DENIED += (r"(?:j|je) (?:n )?ai (?:aucun|aucune|pas de|pas du tout de|pas le moindre|jamais eu de|jamais de|ni|niet) (?:\w+ )?(?:engourdissement\w*"
                 r"|fourmillement\w*|picotement\w*|perte de sensibilite|insensibilite|perte de sensation)(?: (?:ou|ni|niet|et) (?:\w+ ){0,2}?"
                 r"(?:engourdissement\w*|fourmillement\w*|picotement\w*))?(?: (?:nulle part|du tout|la en bas|en bas|a ce niveau))?(?= ,| \.|$)",
                 r"(?:je|j) (?:ne |n )?(?:suis|me sens) (?:pas|nulle part|aucunement) (?:\w+ )?engourdie?s?(?= ,| \.|$)")
#: pisse, chie ou "alle" dans sa culotte, dit en familier ou au Quebec (session 29S) : "j'ai pisse dans mes culottes", "chu alle dans
#: mes bobettes pis j'ai rien senti" ("pisse" est lu "pissen" par les fautes de frappe du neerlandais)
BLADDER_PATTERNS += (
    rf"\b(?:pisse|pissen|pisse[e]|pisser|chie|chie[e]|chie[r]) (?:\w+ )?(?:dans|sur) {_PANTS_OWNER} (?:culottes?|slips?|bobettes?|calecons?|froc"
    rf"|pantalons?|boxers?|couches?|sous vetements?|calbu[t]\w*|jeans?)\b",
    rf"\b(?:alle|alle[e]|echapp[e]|echappe[e]) (?:\w+ )?dans {_PANTS_OWNER} (?:culottes?|slips?|bobettes?|calecons?|froc|pantalons?|boxers?|couches?"
    rf"|sous vetements?|calbu[t]\w*|jeans?)\b(?: \S+){{0,8}}? (?:pas|rien|sans|jamais) (?:\w+ ){{0,3}}?(?:senti|sentir|sens|remarque|remarquer"
    rf"|aperc[u]|apercevoir|rend[u] compte|rendre compte|vu)\b",
)

# ---- session 29T ---------------------------------------------------------------------------------------------------------
#: l'eau chaude ou la chaleur sentie MOINS sur la zone de la selle qu'ailleurs (session 29T) : "la douche me parait froide sur les
#: fesses", "je sens a peine la bouillotte contre mes fesses", "mes fesses ne sentent presque pas la chaleur du bain" (pas "l'eau
#: est tiede, le ballon est en panne" : aucune zone nommee)
_HEAT_29T = (r"(?:eau|douch[e]|bai[n]|bouillott[e]|chaleu[r]|coussin chauffan[t]|radiateu[r]|jacuzz[i])(?: (?:bien |tres )?(?:chaud[e]|brulant[e]"
             r"|bouillant[e]))?")
_DULLED_29T = (r"(?<!pas )(?:tied[e]|tiedass[e]|a peine (?:tied[e]|chaud[e])|pas (?:vraiment |tres |si |du tout )?chaud[e]|froid[e]|fraich[e]"
               r"|comme (?:rien|de rien|si de rien n etait))")
_BARELY_29T = r"(?:ne |n )?(?:sens|sent|sentent|ressens|ressent|ressentent|sentais|sentait) (?:a peine|presque pas|quasiment pas|pas|plus|guer[e]|peu|presque plus)"
_ON_29T = r"(?:sur|contre|au nivea[u] de|au nivea[u] des|au nivea[u] du|a|aux|entre) (?:les |mes |le |la |l |du |des |de |ma |mon )?(?:\w+ )?"
SADDLE_PATTERNS += (
    rf"\b{_HEAT_29T}\b(?: \S+){{0,4}}? (?:me |m )?(?:semble|semblait|parai[t]|paraissait|est comme|etait comme|fait l effe[t] d etre) (?:\w+ ){{0,2}}?"
    rf"{_DULLED_29T}\b(?: \S+){{0,3}}? {_ON_29T}{{AREA}}\b",
    rf"\b{_HEAT_29T}\b(?: \S+){{0,12}}? {{AREA}}\b(?: \S+){{0,3}}? (?:elle |il )?(?:me |m )?(?:semble|semblait|parai[t]|paraissait|est|etait|reste) "
    rf"(?:\w+ ){{0,2}}?{_DULLED_29T}\b(?: \S+){{0,8}}? (?:ailleur[s]|partout ailleur[s]|le reste|reste du corps)\b",
    rf"\b(?:je |j )?{_BARELY_29T} (?:l |la |le |les )?{_HEAT_29T}\b(?: \S+){{0,3}}? {_ON_29T}{{AREA}}\b",
    rf"\b{_HEAT_29T}\b(?: \S+){{0,4}}? (?:je |j )?(?:ne |n )?(?:la |le |l )(?:sens|ressens|sentais) (?:a peine|presque pas|quasiment pas|pas|plus|guer[e]"
    rf"|presque plus)\b(?: \S+){{0,2}}? {_ON_29T}{{AREA}}\b",
    rf"\b{{AREA}}\b(?: \S+){{0,3}}? {_BARELY_29T} (?:l |la |le |les )?{_HEAT_29T}\b",
)
#: la temperature normale depuis un temps, apres une fievre (session 29T) : "temperature normale depuis une semaine", "ma temperature
#: est redevenue normale depuis lundi", "ca fait dix jours que ma temperature est normale" (pas une fievre revenue apres)
FEVER_OVER += (r"(?:la |ma |sa )?temperature (?:(?:est|reste|etait|redevenue|revenue|retombee|de nouveau|a nouveau|bien|tout a fait|parfaitement"
               r"|completement|s est|se est|normalisee) ){0,4}?(?:a la )?(?:normale?s?|normalisee) (?:depuis|ca fait|cela fait|voila|il y a)\b"
               r"(?!(?: \S+){0,15}? {RECURRED}\b)",
               r"(?:ca|cela) fait (?:\w+ ){1,3}?(?:que |qu )(?:ma |la |sa )?temperature (?:est|reste|etait|est redevenue|est revenue a la) (?:\w+ )?normale?\b"
               r"(?!(?: \S+){0,15}? {RECURRED}\b)")
#: les deux jambes faibles, dit apres les jambes (session 29T) : "ses jambes sont lourdes et pleines de fourmis, faibles toutes les
#: deux", "mes jambes, les deux tres faibles" (pas "pas faibles toutes les deux")
BOTH_LEGS_WEAK_PATTERNS += (
    r"\b(?:jambes|pieds|guibolles|canne[s])\b(?: \S+){0,20}? (?<!pas )(?<!plus )(?:faibles|sans force|affaiblies|faiblardes) (?:toutes |tous )?les deux\b",
    r"\b(?:jambes|pieds|guibolles|canne[s])\b(?: \S+){0,20}? (?<!pas )(?:toutes |tous )?les deux (?:sont |deviennent |devenue[s] |tres |bien |si |asse[z] |hyper "
    r"|vraiment )*(?:faibles|sans force|affaiblies|faiblardes)\b",
)

#: une fievre qui revient chaque jour a la meme heure (session 29, bot/reading/redflags.py _FEVER_EVERY_EVENING) : "de la
#: fievre tous les soirs, le matin temperature normale"
#: ... pas un seul soir suivi du lendemain (session 41C): "samedi le vaccin, le soir 38,2, le lendemain c'etait fini"
FEVER_EVERY_EVENING = (r"(?:tous les|chaque) (?:soir[s]?|nuit[s]?|apres midi)",
                       r"(?<!lundi )(?<!mardi )(?<!mercredi )(?<!jeudi )(?<!vendredi )(?<!samedi )(?<!dimanche )"
                       r"le soi[r](?!(?: \S+){0,12}? (?:le lendemain|le jour (?:d )?apres|le jour suivant)\b)", r"en soire[e]")
#: ... pas le soir d'un jour nomme (session 41L): "samedi le soir j'avais 38,2" est un seul soir

# ---- session 35B : la douleur de nuit dite par aucune facon de se coucher qui soulage, tout essaye, rien n'y fait ----
#: toutes les facons de se coucher essayees (bot/reading/redflags.py _SHARED_NIGHT) : "toutes les facons de me coucher, rien n'y
#: fait", "j'ai essaye toutes les positions pour dormir, ca ne me soulage pas"
WAYS_TRIED_LYING = (r"(?:toutes les|toutes sorte[s] de) (?:facon[s]|manieres|positions) (?:de |d )(?:me |m )?(?:couche[r]|allonge[r]|dormi[r])",)
#: tout essaye en general, lu avec la nuit ou le lit dans la phrase : "j'essaie toutes sortes de positions pis rien marche la nuit",
#: "je me mets de toutes les facons dans le lit, la douleur ne part pas" (pas "de toutes les facons, kine, cachets, rien n'y fait")
WAYS_TRIED = (r"toutes (?:sorte[s] de |les )?(?:positions|posture[s])", r"de toutes les (?:facon[s]|maniere[s])", r"dans tous les sen[s]")
#: ... la douleur qui ne part pas, le "ne" garde : "la douleur ne part pas", "ca ne passe pas"
NO_RELIEF += (r"(?:ca|la douleur|elle|le mal|cette douleur) (?:ne |n )(?:me |m )?(?:part|pass[e]|lach[e]|quitt[e]) pas\b",)
NIGHT_PATTERNS += (
    # aucune facon de se coucher qui soulage, aucune position qui enleve la douleur (session 35B) : "aucune facon de me coucher ne
    # me soulage", "il n'y a pas de facon de me coucher qui me soulage", "aucune position ne m'enleve la douleur", "ne m'apporte
    # de soulagement"
    r"\b(?:aucune|pas de|pas une|pas une seule) (?:facon|maniere|position) (?:de |d )(?:me |m |se |s )?(?:couche[r]|allonge[r]|dormi[r]|mettr[e])\b"
    r"(?: \w+){0,2}? (?:qui |ne |n |een )?(?:me |m |le |la |l )?(?:soulag\w*|calm\w*|apais\w*|aid[e]|enlev[e]|retir[e])\b",
    r"\b(?:aucune|pas une|pas de) (?:seule )?position (?:qui |ne |n |een )?(?:me |m |le |la |l |lui )?(?:enlev[e]|retir[e]|apport[e]|donn[e])"
    r" (?:\w+ ){0,2}?(?:douleu[r]|soulagemen[t]|mal)\b",
)

#: un vehicule dans la voiture du patient, dit autrement (session 35C, issue 12): l'accrochage sur la route ("petit accrochage
#: sur le parking", "un accrochage en voiture au rond point", "je me suis fait accrocher au feu rouge"), le corps "secoue d'avant
#: en arriere", "la tete partie en avant puis en arriere", "un type m'est rentre dans le derriere", "un choc arriere" (pas une
#: dispute: "un accrochage avec mon chef", "avec ma femme en voiture"; pas une voiture heurtee vide: NOT_ABOARD; pas se
#: balancer d'avant en arriere pour soulager: un verbe de projection)
_ROAD_35C = (r"(?:voitur[e]|auto|bagnol[e]|caiss[e]|feu|feux|rond point|parkin[g]|stop|autorout[e]|camio[n]|camionnett[e]|bus|rout[e]|volan[t]"
             r"|circulatio[n]|vehicul[e]|moto|scoote[r]|carrefou[r]|peag[e]|bouchon[s]|nationa[l]e|periph\w*|fourgo[n]|taxi|tracteu[r]|poids lour[d]"
             r"|conducteu[r]|chauffar[d])")
_FORE_AFT_35C = (r"(?:de avant en arrier[e]|de arrier[e] en avant|en avant (?:et|puis|,) (?:\w+ )?en arrier[e]|vers le avant (?:et|puis|,)"
                 r" (?:\w+ )?vers le arrier[e])")
TRAUMA_PATTERNS += (
    r"\baccrochage[s]?\b(?! (?:\w+ )?avec (?:mon|ma|mes|son|sa|ses|notre|nos|le|la|les|un|une) (?:\w+ )?(?:chef|patro[n]|patronn[e]|collegu[e]"
    r"|voisi[n]|voisin[e]|femm[e]|mari|copin[e]|copai[n]|frer[e]|soeu[r]|mere|pere|fil[s]|fill[e]|beau \w+|belle \w+|ex|compagno[n]|compagn[e]"
    r"|conjoin[t]|epou[x]|epous[e]|client\w*|prof\w*|medeci[n]|docteu[r]|famill[e]|parent[s]|gamin[s]?|enfant[s]?)\b)(?: \w+){0,5}? " + _ROAD_35C + r"\b",
    r"\b(?:en voitur[e]|au volan[t]|sur la rout[e]|sur le autorout[e]|au feu|au rond point|au stop) (?:\w+ ){0,4}?accrochage[s]?\b",
    r"\b(?:fait|fait[e]|fait[s]) (?:\w+ )?accroche[r] (?:\w+ ){0,3}?(?:au feu|aux feux|au rond point|au stop|sur le autorout[e]|sur la rout[e]"
    r"|sur le parkin[g]|dans les bouchon[s]|au carrefou[r]|au peag[e]|par (?:un|une|le|la) (?:\w+ )?" + _ROAD_35C + r")\b",
    r"\b(?:projet[e]\w*|secou[e]\w*|ballott[e]\w*|propuls[e]\w*|catapult[e]\w*|ejecte\w*|jete|jete[e]|jete[s]|envoy[e]|envoy[e]e|envoy[e]s) (?:\w+ ){0,2}?"
    + _FORE_AFT_35C + r"\b",
    r"\b(?:tete|nuque|cou) (?:\w+ ){0,3}?(?:part[i]|part[i]e|partie[s]|projete[e]?|alle[e]?|part[i]e d un coup) (?:\w+ )?" + _FORE_AFT_35C + r"\b",
    r"\b(?:me|nous) (?:est|sont) (?:\w+ )?(?:rentr[e]|rentre[e]|rentre[s]|rentree[s]) (?:en plei[n] |pile )?dans le derrier[e]\b",
    r"\b(?:un|le|ce|du|gros|petit|lege[r]|violen[t]|bon) (?:choc|collisio[n]|impac[t]|tamponnag[e]) arrier[e]\b",
)

# ---- session 35F : la zone de la selle dite par ce qu'on n'y sent pas, par une comparaison (SADDLE_RULES) ----
#: comme sous quelque chose d'epais porte la (pres de la zone seulement) : "comme si je portais un pantalon de ski", "on
#: dirait que j'ai une couche"
NUMB_SADDLE += (
    r"(?:comm[e]|on dirai[t]) (?:si )?(?:(?!besoi[n]|fau[t])\w+ ){0,5}?(?:pantalo[n] de ski|combinaiso[n] de ski|comb[i] de ski|couch[e]|couche[s])\b",
)
#: la comparaison d'abord, puis une virgule et la zone : "comme une piqure du dentiste, entre les jambes" (pas la douleur
#: ni le "normal" apres)
SADDLE_PATTERNS += (
    r"\b(?:comm[e]|on dirai[t]|pareil que) (?:\w+ ){0,6}?(?:dentist[e]|anesthesi[e]|anesthesiee?s?|piqur[e]|piqures|injectio[n]"
    r"|xylocain[e]) , (?:\w+ ){0,3}?{AREA}\b(?! (?:\w+ ){0,2}?(?:{HURTS}|normal|bien)\b)",
)
# ---- session 35H : une fievre partie au bout de quelques jours ----
#: la fievre tombee, partie ou passee au bout de quelques jours (session 35H ; bot/reading/redflags.py _OVER_NOW) : "la fievre est
#: tombee au bout de deux jours", "ma fievre a cede apres trois jours", "la temperature est retombee en 48 heures" (pas "la fievre
#: est pas tombee au bout de deux jours", "remontee", une fievre revenue)
FEVER_OVER += (r"(?:la |ma |cette )?(?:fievre|temperature) (?:est|a|s est|se est|etait) (?:(?:completement|bien|enfin|vite|rapidement|deja"
               r"|finalement) )?(?:tombee?|retombee?|cassee?|partie?|passee?|disparue?|finie?|terminee?|envolee?|cede) (?:au bout de|apres|en"
               r"|des|dans les) (?:\w+ ){0,2}?(?:jours?|heures?|nuits?|semaines?)\b(?!(?: \S+){0,15}? {RECURRED}\b)",)
#: la temperature prise a heure fixe, pas une fievre qui revient (session 35H ; bot/reading/redflags.py _fever_every_evening) : "je
#: prends ma temperature chaque soir", "je la mesure tous les soirs" (pas "je prends du doliprane le soir")
FEVER_MEASURED = (r"(?:prends|pris|prenais|prendre|mesure|mesurais|mesurer|controle|controlais|controler|verifie|verifiais|verifier|surveille)"
                  r"(?: (?:ma|mon|la|sa) (?:temperature|temp))? (?:tous les|chaque|le) soirs?",
                  r"(?:tous les|chaque|le) soirs? (?:je |j )?(?:la |l )?(?:prends|mesure|controle|verifie) (?:ma |mon |la )?(?:temperature|temp)\b")

# ---- session 36C : un choc ou une chute niee par "nulle part", "rien", "personne", un accident evite, vu a l'ecran, la panne (NOT_A_FALL) ----
#: "nulle part" juste apres : "je suis tombe nulle part", "je me suis cogne nulle part" (pas "nulle part ailleurs")
#: rien ou personne comme ce qui fut heurte : "j'ai percute personne", "heurte contre rien" (pas "rien de casse", pas une chute)
#: presque ou failli dans les mots du choc : "une voiture m'a presque renverse", "un camion a presque heurte ma voiture"
#: un accident vu a l'ecran : "un film avec un gros accident", "une chute de cheval a la television", "assiste a une collision"
#: tomber en panne (une voiture, une machine) : "ma voiture est tombee en panne" (une chute dite apres reste : "... et je suis
#: tombee en la poussant")
NOT_A_FALL += (
    (r".", None, (r"^ (?:nulle part|nul part|nulpart|nul par)\b(?! (?:ailleurs|d autre|sauf)\b)",)),
    (r"\b(?:heurt\w*|percut\w*|cogn\w*|rentr\w*|tamponn\w*|accroch\w*|emboutie?s?|renvers\w*)$", None,
     (r"^ (?:a |contre |dans |sur )?(?:rien|personne)\b(?! (?:d|de|du tout de|d autre|ailleurs)\b)",)),
    (r"\b(?:presque|failli|quasi\w*|manque de|a deux doigts de|a un cheveu de)\b (?:\w+ )?(?:me |m |nous |l )?(?:renvers|percut|heurt|cogn|tamponn"
     r"|accroch|emboutir|emboutie|faucher|fauche|rentr|ecras|touch)", None, (r"",)),
    (r"(?:accident|collision|carambolage|accrochage|crash|chute)$",
     r"\b(?:film|serie|documentaire|reportage|video|emission|episode|feuilleton|images) (?:avec|sur|d|de|ou|qui montre|montrant)"
     r" (?:un|une|le|la|l|des|ce|cette)(?: \w+)?$",
     (r"^(?: \w+){0,3}? (?:a|sur|dans|en|au) (?:la |le |l |un |une )?(?:tele|television|tv|tele|info|infos|journal|jt|film|serie|video|youtube"
      r"|documentaire|reportage|emission|ecran)\b(?! (?:du salon)\b)",)),
    (r"(?:collision|carambolage|accrochage|crash)$", r"\b(?:vu|assiste a|temoin de|temoin d)(?: \w+)?$", ()),
    (r"\b(?:re)?tomb\w*$", None, (r"^ en panne\b",)),
)  # fmt: skip
# ---- session 35E ---------------------------------------------------------------------------------------------------------
#: le nom d'un signe d'alerte lu sur un papier, son sens demande, le signe nie (session 35E): "sur la feuille du kine est
#: ecrit anesthesie en selle. ca veut dire quoi ? moi j'ai pas ce truc"
#: ... le sens demande: "qu'est-ce que ca veut dire", "ca signifie quoi", "ce que ca veut dire"
TERM_ASKED_AFTER += (r"que est ce que (?:ca|cela|ce) (?:veut dire|signifie)", r"(?:ca|cela) signifie quoi", r"ce que (?:ca|cela) (?:veut dire|signifie)",)
#: ... lu sur une feuille ou un papier: "sur la feuille du kine est ecrit", "sur le papier du medecin il est ecrit"
HEARSAY += (r"(?:sur|dans) (?:une |un |la |le |l |cette |ce )?(?:\w+ )?(?:feuill[e]|papie[r]|fich[e]|documen[t]|feuille[t]|brochur[e]|depliant"
            r"|notic[e]|list[e])(?: (?:de|du|des|de la) \w+)?(?: \w+)? (?:(?:il |c |ce |ca )?(?:est|etait|a ete) (?:ecri[t]|marqu[e]|not[e]|indiqu[e])"
            r"|il y a|il y avait|y a|on lit|figure)\b",)
#: ... celui qui l'a ecrit: "le kine a ecrit anesthesie en selle sur la feuille"
NAMED_BY_CARER += (r"(?:medecin|docteur|doc|toubib|generaliste|kine|kinesitherapeute|osteo|osteopathe|specialiste|therapeute)(?: \w+){0,2}?"
                   r" (?:(?:m |me |nous )?(?:a|avait) )?(?:ecri[t]|not[e]|marqu[e])\b",)
#: ... le signe nie avec "ce truc": "moi j'ai pas ce truc", "j'ai pas ce machin", "j'ai pas ce genre de chose"
SIGNS_DENIED += (r"(?:j|je) (?:n )?ai (?:pas|rien|jamais|pas du tout) (?:de )?(?:ce truc|ce machin|cette chose|ce genre de \w+|ces trucs)\b",)
#: ... l'incontinence est aussi le nom d'un signe: "c'est quoi l'incontinence ?" (pas "j'ai de l'incontinence")
SIGN_TERMS += (r"incontinence(?: urinaire| fecale)?",)

# ---- session 36E ---------------------------------------------------------------------------------------------------------
#: la question d'un formulaire, d'un site ou du bot citee (session 36E): "ils demandent si j'ai de la fievre", "tu m'as demande si
#: j'avais maigri", "vous demandez si ..." (ce qui suit est leur question; le signe tombe alors seulement si celui de la personne
#: est dit bien : nie, ou le poids perdu expres)
HEARSAY += (r"(?:ils|elles|tu|vous)(?: (?:me|m|nous))? (?:demandent|demandaient|ont demande|avaient demande|demandes|demandais|as demande"
            r"|demandez|demandiez|avez demande|veulent savoir|voulaient savoir)(?= (?:si|s)\b)",)
#: ... et la reponse de la personne, un bout de phrase a lui seul : "non", "non, j'en ai pas", "moi non", "pas du tout"
SIGNS_DENIED += (r"(?:^|(?<=\. )|(?<=, ))(?:non(?: ,)? )?(?:j en ai (?:pas|jamais eu)|je n en ai pas|je ai pas maigri|moi non|moi pas"
                 r"|pas du tout)(?= ,| \.|$)",)


# ---- session 37B: une chute dite par l'arrivee au sol ou par terre, apres un "failli tomber" aussi (TRAUMA_PATTERNS) ----
#: "je me suis retrouve au sol", "j'ai atterri par terre", "j'ai fini par terre", "j'ai failli tomber, j'etais par terre": se
#: retrouver par terre est une chute, quoi qu'il y ait eu avant (failli tomber sans y arriver reste rien: "j'ai failli tomber mais je
#: me suis rattrape"; pas "je m'allonge par terre pour les exercices", pas "ramasser une chaussette par terre")
TRAUMA_PATTERNS += (
    r"\b(?:me|m|nous|on) (?:suis |sommes |est )?(?:\w+ )?retrouv(?:e|ee|es|ees|ai|ais) (?:\w+ ){0,2}?(?:au so[l]|par terr[e]|parterr[e]|a terr[e])\b"
    r"(?! pour\b)",
    # (the patient's landing: "j'ai atterri", "je suis atterrie", not "le verre a atterri par terre")
    r"\b(?:j ai|ai|avons|on a|suis|sommes|me suis|je) (?:\w+ )?(?:atterr[i]|atterri[e]|atterri[s]|ater[i]|fini|fini[e]|termin[e]|termine[e])"
    r" (?:\w+ ){0,2}?(?:au so[l]|par terr[e]|parterr[e])\b(?! pour\b)",
    # ... le "failli tomber", puis l'etat: "j'ai failli tomber, j'etais par terre", "presque tombe et j'etais au sol"
    r"\b(?:failli|presque|manque de) (?:\w+ )?(?:tomb[e]|tombe[r]|tombe[e]|chut[e]|chute[r]|gliss[e]|glisse[r]|trebuch[e]|trebuche[r])\b(?: \S+){0,6}? (?:j etais|etais|j etai[s] deja"
    r"|je suis reste[e]?|suis reste[e]?) (?:\w+ )?(?:au so[l]|par terr[e]|parterr[e]|a terr[e])\b",
)

# ---- session 37G: la zone du siege nommee comme une region, sentie epaisse, rembourree, sourde (SADDLE_RULES) ----
#: epais, rembourre, feutre, sourd la (pres de la zone seulement; pas la douleur sourde, pas le coussin epais)
NUMB_SADDLE += (
    r"(?<!\bdouleu[r] )(?<!\bmal )(?<!\bcoussi[n] )(?<!\bmatela[s] )(?<!\bsieg[e] )"
    r"(?:est|sont|etai[t]|etaien[t]|c est|c|sembl[e]|semblen[t]|parai[t]|paraissen[t]|devenu\w*|devien\w*) (?:(?!(?:pas|plus|jamais|point)\b)\w+ ){0,2}?"
    r"(?:epai[s]|epaiss[e]|epaisse[s]|rembourr\w*|feutr\w*|ouat\w*|sour[d]|sourd[e]|sourd[s]|sourde[s])\b",
    r"comm[e] (?:une |un |de l |d |du |de la )?(?:epaisseu[r]|rembourrag[e]|rembourr\w*|feutr\w*|ouat\w*|coto[n])\b",
)
#: epais dit d'une chose, pas de la zone (bot/reading/redflags.py _thick_of_object): "le coussin sous mes fesses est epais"
THICK_WORD = (r"epai[s]", r"epaiss[e]", r"epaisse[s]", r"rembourr\w*", r"feutr\w*", r"ouat\w*")
THICK_OBJECT = (r"coussi[n]", r"coussin[s]", r"oreille[r]", r"matela[s]", r"sieg[e]", r"serviett[e]", r"couverture")
#: ... sauf comme image de l'engourdissement (session 37G) : "j'ai l'impression d'avoir un coussin epais entre mes fesses"
THICK_SIMILE = ("comme", "impression", "a travers", "on dirait")

#: la force qui s'en va peu a peu, sans "pire" (session 37H, issue 12): "chaque semaine un peu moins de force", "moins de force
#: de jour en jour", "je perds de la force petit a petit", "de moins en moins de force"; une aggravation (WORSE_NOW) et, avec
#: une jambe ou un pied dans la phrase, une jambe qui s'aggrave (bot/reading/redflags.py _SHARED_WORSENING). Seule la force
#: qui s'en va: "la douleur est un peu moins forte chaque semaine", "chaque semaine un peu plus de force" ne s'aggravent pas.
_STEADY_TIME = (r"(?:petit a petit|peu a peu|de (?:jour|semaine) en (?:jour|semaine)|(?:jour|semaine) apres (?:jour|semaine)"
                r"|(?:chaque|tous les) (?:jour|jours|semaine|semaines)|progressivement|lentement|doucement)")
STEADY_LOSS = (
    r"(?:chaque|tous les) (?:jour|jours|semaine|semaines|mois) (?:\w+ ){0,5}?moins de (?:force|force[s])",
    r"(?:de (?:jour|semaine|mois) en (?:jour|semaine|mois)|(?:jour|semaine|mois) apres (?:jour|semaine|mois)) (?:\w+ ){0,3}?"
    r"moins de (?:force|force[s])",
    r"(?<!pas )moins de (?:force|force[s]) (?:\w+ ){0,3}?" + _STEADY_TIME,
    r"de moins en moins de (?:force|force[s])",
    r"(?:perds|perd|perdent|perdre|perdu) (?!pas\b|plus\b|jamais\b|rien\b)(?:\w+ ){0,3}?(?:force|force[s])(?: \w+){0,4}? " + _STEADY_TIME,
    r"(?:perds|perd|perdent|perdre) " + _STEADY_TIME + r" (?:\w+ ){0,2}?(?:force|force[s])",
    _STEADY_TIME + r" (?:\w+ ){0,3}?(?:perds|perd|perdent|perdu) (?!pas\b|plus\b|jamais\b|rien\b)(?:\w+ ){0,2}?(?:force|force[s])",
    r"(?:chaque|tous les) (?:jour|jours|semaine|semaines) (?:(?!douleur|douleurs|mal)\w+ ){0,6}?plus faibles?",
)
WORSE_NOW += STEADY_LOSS
#: ... the limb told between the time and the weaker word (session 37H): "chaque jour ma jambe est un peu plus faible" (the
#: limb inside the match, so the limb-and-loss patterns do not take it)
WORSENING_PATTERNS += (
    r"\b(?:chaque|tous les) (?:jour|jours|semaine|semaines) (?:mon |ma |mes |le |la |les )?(?:\w+ )?(?:jambe|jambes|pied|pieds|genou"
    r"|genoux|cheville|chevilles)\b(?: (?!douleur|douleurs|mal\b)\w+){0,4}? plus faibles?\b",
)

#: un signe demande en general, comment on le remarque ou s'il peut venir du dos (session 37C): "comment on remarque que ...",
#: "comment sait-on ...", "des fuites peuvent-elles venir du dos" (retire seulement si le sien est dit bien apres: _own_told_fine)
GENERAL_SUBJECT += (r"(?:comment|a quoi) (?:est ce que |est ce qu )?(?:on|quelquun|les gens|vous) (?:\w+ )?(?:remarque|sait|voit"
                    r"|reconnait|sent|rend compte|apercoit|peut|devine|constate|remarquez|savez|voyez)\b",
                    r"(?:comment|a quoi) (?:sait|remarque|voit|reconnait|sent|devine|constate|peut)(?: t)? (?:on|il|elle)\b",
                    r"comment (?:savoir|remarquer|reconnaitre|voir|se rendre compte|le savoir|le remarquer|le voir)\b",
                    r"(?!(?:j|je|moi|mon|ma|mes)\b)(?:\w+ ){0,10}?(?:peut|peuvent|pourrait|pourraient)(?: (?:il|elle|ils|elles))?"
                    r" (?:venir|provenir|etre causee?s?|etre due?s?|etre liee?s?|etre provoquee?s?) (?:du|de la|de une|de un|de|par le|par la"
                    r"|par une|par un|a la|au|a une|a un)? ?(?:\w+ )?(?:dos|colonne|hernie|disque|lombaires?|sciatique|nerfs?)\b")
#: une entree en matiere qui dit la question generale, sautee avant un GENERAL_SUBJECT (session 37C; les deux-points tombent):
#: "question generale : ...", "par curiosite : ...", "petite question : ..."
GENERAL_LEAD = (r"(?:une )?(?:petite |simple )?question (?:generale|comme ca|en passant|rapide|de curiosite)", r"(?:une )?petite question",
                r"(?:juste |simplement |purement )?(?:par|de|simple|pure) curiosite",)

# ---- session 37I: la fievre niee seulement jusqu'a un moment passe: elle a commence alors ----
#: "pas de fievre jusqu'a hier", "jusqu'a ce matin je n'avais pas de fievre" (pas "jusqu'a maintenant", "jusqu'a present")
FEVER_DENIED_UNTIL = (r"jusq[u](?:e|a|au)?(?: a| au)? ?(?:hier(?: soir| mati[n]| apre[s] midi)?|avan[t] hier|ce mati[n]|cett[e] nuit|cet apre[s] midi"
                      r"|la semain[e] dernier[e]|le weeken[d] dernie[r]|(?:lund[i]|mard[i]|mercred[i]|jeud[i]|vendred[i]|samed[i]|dimanch[e])"
                      r"(?: dernie[r])?|il y a (?:un|une|deux|troi[s]|quatr[e]|cinq|quelque[s]|\d+) (?:jour[s]?|semaine[s]?))",)

#: un signe demande pour quelqu'un en general puis fait sien (session 37M; l'engine _generic_owned): "comment une personne
#: sait qu'elle ne sent plus ses fesses ? je crois que j'ai ca" (pas "personne" seul: nul)
GENERIC_PERSON = {"quelquun": "je", "une personne": "je", "les gens": "je"}
GENERIC_PRONOUNS = {"elle": "je", "ils": "je", "elles": "je", "leur": "mon", "leurs": "mes"}
#: "j'ai la meme chose", "j'ai exactement ca", "c'est pareil pour moi"
GENERIC_MINE = (r"j ai (?:exactement |justement |aussi )?(?:la meme chose|le meme probleme|pareil|ca aussi|exactement ca|ca egalement)",
                r"(?:ce est|cest|c est) (?:exactement |tout a fait )?pareil (?:pour|chez) moi")

# ---- session 38A: la zone dite par le peu de sensation qui reste (bot/reading/redflags.py SADDLE_RULES) ----
#: plus aucune sensation (le "plus" sans "ne" est lu "pas" et nierait "aucune sensation"), a peine de sensation, eteint,
#: ou assis comme si on flottait au-dessus du siege (pres de la zone): "j'ai plus aucune sensation au perinee",
#: "a peine de sensation entre les jambes", "autour de l'anus je sens quasi plus rien", "les fesses comme eteintes", "je flotte
#: au-dessus de la chaise" (pas la douleur: "a peine mal entre les jambes")
NUMB_SADDLE += (
    r"(?:pas|plus) aucun[e] (?:sensatio[n]|sensibilit[e])s?\b",
    r"(?:a peine|presque plus|presque pas|quasi plus|quasi pas|quasiment plus|pratiquement plus|plus guer[e]|guer[e]|tres peu) (?:de |d )"
    r"(?:sensatio[n]|sensibilit[e])s?\b",
    r"(?:comm[e]|tout|toute|toutes|tous|completemen[t]|est|sont|semble|semblent) (?:\w+ )?(?:etein[t]|eteinte[s]?|eteint[s]|debranche[e]?s?)\b",
    r"(?:flott\w*|plan[e]|planen[t]|plane[r]) (?:\w+ ){0,2}?(?:au dessus|par dessus) (?:de la |du |de |des |d )?(?:\w+ )?(?:chais[e]|sieg[e]|canap[e]"
    r"|sell[e]|fauteui[l]|toilette[s]|cuvett[e]|lunett[e])\b",
)
#: ... un test au toucher, a peine senti (engine: TOUCHED ... FELT_NOTHING): "j'ai touche le perinee avec l'ongle et je sens a peine"
FELT_NOTHING += ("sens a peine", "senti a peine", "a peine senti", "sens presque rien", "sens tres peu", "sens quasi rien")
#: (session 38C; the English "foot slip", a foot asleep spelt as a slip, bot/reading/redflags.py _slipped_then_fell: none here)
SLIP_ASLEEP: tuple = ()
FALL_AFTER_SLIP: tuple = ()

# ---- session 38C (issue 12): une chute ou un choc dit sans "tombe" (TRAUMA_PATTERNS) ----
#: s'ecraser sur le dos, le sol ("je me suis ecrase sur le dos", "je m'ecrase par terre"; pas "ecrase sur le canape", "ecrase le
#: doigt"), un choc qui rentre ou fonce dedans ("un chien m'a fonce dedans", "il me rentre dedans avec sa voiture"; pas "la
#: douleur"), alle ou parti au tapis, au sol, par terre ("je suis alle au tapis"; pas "au tapis de course", "au sol pour mes
#: etirements"), projete, envoye, jete au sol ou valser, fait tomber ("le chien m'a fait tomber"; pas "tomber dans les pommes", "de
#: haut"), valdinguer, les quatre fers en l'air, embrasser le bitume
TRAUMA_PATTERNS += (
    r"\bme (?:suis )?(?:\w+ )?ecras[e]e?s? (?:\w+ )?(?:sur|par|contre|au|a) (?:(?:le|la|les|mon|ma|mes|l) )?(?:\w+ )?(?:do[s]|fesse[s]|coccy[x]|so[l]"
    r"|trottoi[r]|carrelag[e]|bitum[e]|goudro[n]|glac[e]|terr[e]|marche[s]?|escalie[r]s?|pave[s]|route)\b",
    r"(?<!douleur )(?<!doule[u]r )\b(?:me|nous) (?:a |ont |est |sont |as )?(?:\w+ )?(?:fonc[e]|fonce[s]|foncen[t]|rentr[e]|rentre[s]|rentren[t]|rentre[e]"
    r"|fonce[e]) dedan[s]\b",
    r"\b(?:suis|est|sommes|j|je) (?:\w+ )?(?:all[e]e?|parti[e]?) (?:\w+ )?(?:au tapi[s]|au so[l]|par terr[e]|a terr[e])\b"
    r"(?! (?:de|roulan[t]|pour|faire|me|m)\b)",
    r"\b(?:me|nous) (?:a|ont|as)? ?(?:\w+ )?(?:projet[e]|projett[e]|envoy[e]|envoi[e]|jet[e]|jett[e]|balanc[e]|propuls[e]|plaqu[e]|catapult[e])"
    r" (?:\w+ )?(?:au so[l]|par terr[e]|a terr[e]|au tapi[s]|valse[r]|dingue[r]|boule[r]|en le air|en lair)\b",
    r"\b(?:me|nous) (?:a|ont) fai[t] (?:\w+ )?tombe[r]\b(?! (?:dans les pomme[s]|de hau[t]|des nue[s])\b)",
    r"\bvaldingu[e]\w*\b",
    r"\b(?:quatre|4) fer[s] en (?:le |l )?air\b",
    r"\bembrass[e]\w* (?:le|la|les) (?:bitum[e]|trottoi[r]|so[l]|goudro[n]|pave[s]|asphalt[e])\b",
)
# ---- session 38G : une quasi-chute racontee, puis la question si elle compte comme une chute ----
#: sa propre chute niee (session 38G, lue par _fall_told_denied quand une question generale sur une chute suit) : "pas tombe",
#: "jamais vraiment tombee", "pas de chute", "sans tomber" (pas "pour ne pas tomber" : une peur)
FALL_DENIED = (r"(?:pas|jamais|point) (?:vraiment |du tout |meme |completement |carrement |de |eu de )?(?:tombe|tombee|tombes|tombees|chute)\b",
               r"sans (?:vraiment |meme )?(?:tomber|chuter|chute)\b")
#: une question si ce qui est dit est une chute ou un accident pour qui est demande (session 38G) : "c'est considere comme un accident ?",
#: "ca passe pour une chute ?", "vous considerez ca comme une chute ?" (retire seulement si le sien est dit bien : _own_told_fine)
GENERAL_SUBJECT += (r"(?:est ce que )?(?:ce est|c est|cest|ca est|cela est) (?:\w+ )?(?:considere|consideree|vu|vue|compte|comptee|classe|classee"
                    r"|pris|prise) (?:comme|pour)\b",
                    r"(?:est ce que )?(?:ca|cela) (?:\w+ )?(?:passe|passerait|serait considere|est considere) (?:comme|pour)\b",
                    r"(?:est ce que )?vous (?:\w+ )?(?:considerez|consideriez|comptez|compteriez|appelez|appelleriez|classez|voyez) (?:ca|cela) (?:comme|pour)\b",
                    r"(?:est ce que )?(?:ce est|c est|cest) (?:\w+ )?(?:une chute|un accident|un traumatisme) (?:pour vous|selon vous|a vos yeux|chez vous)\b")
#: ... une chose qui a cogne le dos, un coup (session 38G, a cote du dos cogne contre une chose) : "l'echelle m'a cogne le dos",
#: "la porte m'a frappe dans le bas du dos" (un coup : trauma)
TRAUMA_PATTERNS += (r"\b(?:me|m|nous) (?:a|ont) (?:\w+ )?(?:cogn[e]|frapp[e]|heurt[e]|percut[e]) (?:\w+ )?(?:le|dans le|au|en plei[n]|sur le|derriere le)"
                    r" (?:bas du |bas de mon |milie[u] du )?(?:dos|colonne|coccy[x]|rein[s])\b",)
# ---- session 38F : le nom d'un signe de faiblesse demande, la marche a soi dite normale ----
#: le nom d'un signe de faiblesse (session 38F) : demande comme terme ("c'est quoi exactement un pied tombant ?"), il sort de la
#: lecture de la personne, et la faiblesse tombe seulement avec sa marche dite normale (bot/reading/redflags.py
#: _weak_terms_asked) ; demande seul il reste lu
WEAKNESS_TERMS = (r"(?:pieds? tombant[s]?|steppag[e]|pied en steppag[e]|pied equi[n])",)
#: sa marche a soi dite normale, sur les talons et la pointe, sans trebucher, les semelles (session 38F ; la faiblesse seulement,
#: la fin d'une proposition apres) : "je marche sur les talons et sur la pointe sans souci", "mes semelles s'usent normalement"
_TALON_POINTE = r"(?:(?:les |mes )?talons|(?:la |les |mes )?pointes?(?: des pieds| de pieds)?|(?:les |mes )?orteils)"
WEAKNESS_DENIED += (rf"\b(?:j|je) (?:peux |arrive a |sais )?(?:marche|marcher|tiens|tenir|me tiens|me tenir|monte|monter) (?:sur|en) {_TALON_POINTE}"
                    rf"(?: et (?:sur |en )?{_TALON_POINTE})?(?: (?:sans (?:aucun |le moindre )?(?:probleme|souci|soucis|difficulte|mal)|tres bien|bien|normalement|facilement))?(?= ,| \.|$)",
                    rf"\b(?:marcher )?sur {_TALON_POINTE} et (?:sur )?{_TALON_POINTE} (?:ca |cela )?(?:va|passe|marche|est ok|se fait) (?:\w+ )?(?:bien|sans souci|sans probleme|nickel|normalement)(?= ,| \.|$)",
                    r"\b(?:j|je|et) (?:ne |n )?(?:trebuche|bute|accroche) (?:jamais|pas)(?! mal\b)(?= ,| \.| et|$)",
                    r"\b(?:mes )?(?:semelles|chaussures) (?:se )?(?:usent|use) (?:\w+ )?(?:normalement|normal|de facon egale|regulierement|pareil|bien)\b",
                    r"\b(?:ma )?marche (?:est|reste) (?:\w+ )?(?:normale|bien|parfaite|ok)(?= ,| \.|$)")
# ---- session 38H : un message ecrit pour un proche, le signe de la queue de cheval ou des nerfs du proche lu comme le sien ----
#: d'autres facons de dire qu'on ecrit pour un proche (session 38H) : "je pose la question pour mon pere", "je me renseigne pour
#: ma mere", "je vous ecris au sujet de mon mari", "je demande a propos de ma femme"
PROXY += (r"(?:(?:je|j) )?(?:vous |te )?(?:pose (?:la|cette|une|ma) question|me renseigne|ecris|ecrit|demande|tape|envoie)"
          r" (?:ceci |ca |ce message )?(?:pour|de la part de|au sujet de|a propos de|concernant) (?:mon |ma |notre )",)

# ---- session 38F2 : un pied qui tombe dit en pire, une partie de la marche talons-pointe perdue ----
#: un pied ou les orteils qui tombent, pendent, ne se relevent plus, avec une aggravation apres dans la meme phrase (session
#: 38F2) : "mes orteils tombent, c'est de pire en pire", "mon pied droit retombe chaque semaine un peu plus" ; pas un endroit d'ou
#: il tombe ("du lit", "hors du lit", "sur le cote"), pas sans aggravation dite
_TOMBE = (r"(?:tomb[e]|tomben[t]|retomb[e]|retomben[t]|pend|penden[t]|se relev[e] plus|se releven[t] plus|se affaiss[e]|se affaissen[t])"
          r"(?! (?:\w+ )?(?:du|hors|dans|sur|par dessu[s]|de le|de la|de mon|de ma)\b)")
_TOMBE_PIRE = (r"(?:de plus en plus|de pire en pire|empir[e]\w*|se aggrav[e]\w*|(?:chaqu[e]|toute[s] les|tous les) (?:jour[s]?|semaine[s]?) (?:un peu |encor[e] )?plus"
               r"|un peu plus (?:chaqu[e]|tous les|toute[s] les) (?:jour[s]?|semaine[s]?)|de semain[e] en semain[e]|de jour en jour)")
WORSENING_PATTERNS += (
    rf"\b(?:pied[s]?|orteil[s]?|point[e] de (?:mon |du )?pied)\b(?: (?!(?:et|mais|je|j)\b)\w+){{0,2}}? {_TOMBE}(?: (?!(?:mais|pas|jamais)\b)\S+){{0,6}}? {_TOMBE_PIRE}(?! pas\b| plus\b| jamais\b)",
)
#: une partie de la marche talons-pointe dite bien, l'autre perdue (session 38F2) : "sur les talons ca va mais plus sur la pointe",
#: "je tiens sur les talons mais plus sur les orteils", "sur les talons ca va encore, sur la pointe plus du tout"
_TP_PART = r"(?:(?:les |mes |la |ma )?(?:talon[s]?|pointe[s]?(?: des pied[s]| de pied[s]| du pied)?|orteil[s]))"
_TP_BIEN = (r"(?:ca va|ca pass[e]|ca march[e]|ca roul[e]|ce est bon|ce est ok|pas de souc[i]|pas de problem[e]|sans souc[i]|sans problem[e]|sans difficult[e]"
            r"|ok|bien|facilemen[t]|normalemen[t])")
WORSENING_PATTERNS += (
    rf"\b(?:march[e]|marche[r]|tien[s]|teni[r]|mont[e]|monte[r]|debou[t]) (?:\w+ )?sur {_TP_PART}(?: \w+){{0,4}}? (?:, )?(?:mais )?plus (?:du tout )?sur {_TP_PART}",
    rf"\bsur {_TP_PART} (?:\w+ ){{0,2}}?{_TP_BIEN}(?: \w+){{0,2}}? (?:, )?(?:mais )?(?:plus (?:du tout )?sur {_TP_PART}|sur {_TP_PART} (?:ce est |ca )?plus\b)",
)
# ---- session 38Y : bien depuis, apres une fievre passee ----
#: bien depuis, apres une fievre dite au passe (session 38Y ; bot/reading/redflags.py _GONE_NOW, un PAST_CUES dans la proposition de
#: la fievre) : "depuis je vais bien", "depuis ca va", "je me sens bien depuis" (pas "depuis je vais pas bien")
FEVER_GONE_NOW += (r"depuis (?:ce temps la |lors )?(?:(?:je|j) vais|ca va|ca a ete|(?:je|j) me sens|(?:je|j) suis) (?:tres |tout a fait |super "
                   r"|de nouveau |a nouveau )?(?:bien|mieux|en forme|nickel|impeccable)\b",
                   r"depuis (?:ce temps la |lors )?(?:ca va|tout va)(?= ,| \.| et\b|$)",
                   r"(?:(?:je|j) vais|ca va|(?:je|j) me sens|(?:je|j) suis) (?:tres |tout a fait |super )?(?:bien|mieux|en forme) depuis\b")
# ---- session 38L: une fievre comptee comme nulle ----
#: un zero juste avant le mot de la fievre ou comme sa mesure apres lui (engine _zero_fever): "zero fievre", "fievre : zero",
#: "0 fievre" n'est pas une fievre ("zero fievre jusqu'a hier" a commence alors: _denied_until)
FEVER_ZERO = ("zero", "0", r"0point0+", r"zero virgul[e] zero", "nada")

# ---- session 38Y2 : une temperature revenue ; une fievre passee finie au bout d'un temps, ou bien maintenant ----
#: la temperature qui remonte, revenue, de retour (session 38Y2 ; une fievre maintenant, meme apres un "fini" avant) : "ma
#: temperature est remontee hier soir", "la temperature remonte depuis hier", "la temperature etait partie mais elle est revenue"
#: (pas "revenue a la normale", "redescendue", "remonte pas")
FEVER_PATTERNS += (r"\btemperatur[e](?: \w+){0,5}? (?:(?:mais|et|puis|maintenant) )?(?:(?:elle|ca|c) )?(?:(?:est|etait|a|s est) )?"
                   r"(?:\w+ )?(?:remont\w*|revenue?|revien\w*|de reto[u]r)\b"
                   r"(?! (?:\w+ )?(?:pas|plus|jamais|a la norma[l]e|norma[l]e?|a 3[5-7]|3[5-7])\b)",)
#: une fievre au passe, finie au bout d'un temps, ou bien maintenant (session 38Y2 ; bot/reading/redflags.py _GONE_NOW, un PAST_CUES
#: dans la proposition de la fievre) : "finie au bout de cinq jours", "partie en quatre jours", "fini depuis", "ca a dure quatre
#: jours", "ca va maintenant", "plus rien maintenant", "tout va bien maintenant" (pas "pas finie au bout d'une semaine")
_Y2_AU_BOUT = (r"(?:au a?bout de?|en|apres|dans|sous) (?:une |un |deux |trois |quatre |cinq |six |sept |huit |dix |quelques |\d+ )?"
               r"(?:jours?|semaines?|nuits?)")
FEVER_GONE_NOW += (r"(?<!pas )(?<!plus )(?:fini|finie|terminee?|passee?|partie?|disparue?|tombee?) " + _Y2_AU_BOUT,
                   r"(?<!pas )(?:fini|finie|terminee?|passee?) depuis(?= ,| \.|$)",
                   r"(?:ca|cela|elle|ce|c) (?:a|avait) dure (?:une |un |deux |trois |quatre |cinq |six |sept |quelques |\d+ )?(?:jours?|semaines?"
                   r"|nuits?)\b",
                   r"(?:maintenant|actuellement|aujourd hui|desormais) (?:ca va|tout va|je vais|je me sens)(?: (?:tres |tout a fait )?(?:bien|mieux))?"
                   r"(?= ,| \.| et\b|$| bien\b| mieux\b)",
                   r"(?:ca va|tout va|je vais|je me sens) (?:tres |tout a fait |super )?(?:bien |mieux )?(?:maintenant|actuellement|desormais)\b",
                   r"plus rien (?:du tout )?(?:maintenant|actuellement|en ce moment|aujourd hui|depuis)\b")

# ---- session 39A : un froid, une chaleur ou un toucher du dehors pas senti, puis une virgule et les endroits (SADDLE_RULES) ----
#: le pas-senti, le verbe d'abord (engine _SHARED_SADDLE, a cote de FELT_NOTHING) : "je sens pas le froid", "je sentais rien"
NOT_FELT_OUTSIDE = (r"(?:sens|sentai[s]|sentai[t]|ressen[s]|ressentai[s]) (?:pas|plus|rien)(?: (?:le|la|l|du|de la))?(?: (?:froi[d]|chau[d]|chaleu[r]|contac[t]"
                    r"|touche[r]|cire|serviett[e]))?",)
#: ce qui peut clore la proposition avant la virgule : "du tout"
NOT_FELT_TAIL = ("du tout", "de tout", "la", "meme", r"(?:le|la|l) (?:froi[d]|chau[d]|chaleu[r]|contac[t]|touche[r]|cire|serviett[e])(?: (?:du|de la|de l|des) \w+)?")
#: la liste des endroits apres la virgule ("ni devant ni vers l'anus", "pas sur les fesses et pas entre les jambes") ; un mot de
#: lieu est requis (le "ni" normalise en "niet")
PLACES_FILL = ("ni", "niet", "pas", "et", "ou", "le", "la", "les", "l", "mes", "ma", "mon", "devan[t]", "derrier[e]", "meme", "non plus", "plus",
               "de", "des", "du")
PLACES_PREP = ("sur", "a", "au", "aux", "vers", "autou[r]", "entr[e]", "sous", "pres", "contr[e]")
PLACED_AREA: tuple = ()
PLACE_FINE = ("bien", "norma[l]", "normal[e]")
# ---- session 39G : l'ouverture d'un proche aidant ecrite en deux langues ----
#: les pieces de l'ouverture pour un proche, lues a travers les packs pour qu'une ouverture melangee en soit une (session 39G ;
#: bot/reading/redflags.py _PROXY_MIXED) : "j ecris voor mijn man", "ik schrijf pour mon mari", "c est voor mijn vader"
PROXY_VERB = (r"(?:(?:je|j) )?(?:vous |te )?(?:ecris|ecrit|tape|demande|envoie)(?: ceci| ca| ce message)?",)
PROXY_FOR = ("pour", "de la part de")
PROXY_OWNER = ("mon", "ma", "mes", "notre")
PROXY_IS = ("c est", "ce est", "cest", "c")
# ---- session 39D: le cancer d'un proche dit a la demande de quelqu'un ----
#: le cadre d'un message transmis a la demande de quelqu'un (session 39D; bot/reading/redflags.py _third_party l'enleve, avec qui
#: l'a demande, de la proposition qu'il lit): "ma soeur m'a dit de signaler que notre pere a eu un cancer", "on m'a demande de
#: preciser que ...", "mon mari veut que je vous dise que ..." -- le "me" a qui on l'a dit n'est pas qui a eu le cancer (le sien dit
#: apres le garde: "... de signaler que j'ai eu un melanome"; pas devant un "il", "elle" nu: "ma mere m'a demande de dire qu'elle a eu
#: un cancer" peut etre ecrit pour elle, le drapeau reste)
TOLD_TO_SAY = (r"(?:me|m|nous) (?:a |ont |avait |avaient )?(?:bien )?(?:dit|demande|conseille|rappel\w*|recommande|suggere|prie|charge|fait promettre)"
               r" (?:de |d )(?:bien )?(?:vous |te )?(?:signaler|mentionner|dire|preciser|indiquer|ecrire|noter|ajouter|prevenir|faire savoir)"
               r"(?: que| qu)?(?!(?: \w+){0,3}? (?:il|elle|ils|elles)\b)",
               r"(?:veut|voulait|tient a ce|insiste pour) (?:que |qu )(?:je|j) (?:vous |te )?(?:signale|mentionne|dise|precise|indique|ecrive|note"
               r"|ajoute|previenne)(?: que| qu)?(?!(?: \w+){0,3}? (?:il|elle|ils|elles)\b)")
# ---- session 39E : une fievre finie dite autrement, avec une mesure normale ; une question sur ce qui compte comme fievre ----
#: la fievre elle-meme dite partie (session 39E ; bot/reading/redflags.py _OVER_NOW) : "elle s'en est allee", "la fievre est loin",
#: "la fievre a fini par s'en aller", "c'est fini depuis belle lurette" (pas "la fievre n'est pas loin", une fievre revenue)
#: ("allee" is dropped by the Flemish street table: "elle s'en est allee" reads "elle se en est")
FEVER_OVER += (r"(?:la |ma |cette )?(?:fievre|temperature|elle) (?:s en est|se en est)(?: (?:alle|allees|alles|enfuie|envolee|evanouie"
               r"|dissipee))?(?= ,| \.|$| depuis\b| deja\b| maintenant\b)(?!(?: \S+){0,15}? {RECURRED}\b)",
               r"(?:la |ma |cette )?(?:fievre|temperature) (?:est|etait) (?:deja |bien |maintenant |desormais )*(?:loin|loin derriere"
               r"|derriere moi|oubliee)(?= ,| \.|$| depuis\b| maintenant\b)(?!(?: \S+){0,15}? {RECURRED}\b)",
               r"(?:la |ma |cette )?(?:fievre|temperature|elle) a fini par (?:s en aller|se en aller|partir|passer|tomber|disparaitre)\b"
               r"(?!(?: \S+){0,15}? {RECURRED}\b)")
#: "depuis belle lurette" ou "depuis un bail" apres un "c'est fini" (session 39E) : "c'est fini depuis belle lurette"
RESOLVED += (r"(?:ce est|c est|cest|ca est) (?:fini|termine|passe|parti) depuis (?:belle lurette|un bail|un moment|un bon moment|longtemps)\b",)
#: une mesure normale maintenant, autour, a (session 39E ; _GONE_NOW, une fievre passee dans sa proposition) : "ca tourne autour de
#: 36,7", "le thermometre affiche 36,8", "je suis a 36,6" (pas 37,5 et plus)
FEVER_GONE_NOW += (r"(?:autour de|aux alentours de|environ|a peu pres|a|affiche|indique|marque|sous|en dessous de) (?:3[56]point\d+"
                   r"|37point[0-4]\d*)\b(?! ?(?:kg|kilos?|ans|heures|euros?|cm|minutes|semaines)\b)",)
#: une question generale sur ce qui compte comme fievre (session 39E ; bot/reading/redflags.py _told_in_general, retiree seulement avec la
#: mesure normale de la personne ou sa fievre niee : _fever_told_normal) : "a partir de combien c'est de la fievre ?", "a partir de quelle
#: temperature on parle de fievre ?", "c'est quoi une fievre au juste ?" (pas "a partir de combien j'ai de la fievre" : un sujet a soi)
GENERAL_SUBJECT += (r"(?:a partir de|des|au dessus de|au dela de) (?:combien|quelle temperature|quel degre|quelle valeur|combien de degres)\b",
                    r"(?:ce est|c est|cest) quoi (?:au juste |exactement |vraiment )?(?:une |la |de la )?(?:fievre|temperature)\b",
                    r"(?:qu est ce qu on appelle|qu est ce qui compte comme|quand est ce qu on parle de|quand parle t on de|on parle de fievre)"
                    r"\b",
                    r"(?:quelle|a quelle) temperature (?:est ce que |est ce qu )?(?:on|c est|ce est|ca)\b")
#: la fievre niee apres une telle question (session 39E) : "je n'en ai pas", "moi j'en ai pas", "je n'en ai aucune" (retiree seulement
#: apres une question dite en general : _own_told_fine)
SIGNS_DENIED += (r"(?:^|(?<=\. )|(?<=, ))(?:non(?: ,)? )?(?:moi )?(?:je|j) (?:ne |n )?en ai (?:pas|aucune|point|jamais)(?: du tout| moi)?"
                 r"(?= ,| \.|$)",)
# ---- session 39B : les selles qui viennent sans que l'envie soit remarquee ----
#: l'envie pas remarquee, la selle ou les toilettes nommees ("j se rend pas compte que j doit faire caca" : le "il" d'un
#: proche lu comme le patient, bot/reading/redflags.py _as_patient ; "elle sent plus quand elle doit aller a la selle"), et
#: ce qui part tout seul dans la culotte : "ca part tout seul dans ma culotte" (pas une couche ni un pot : un enfant ; pas
#: "occupe" ni une question ni le passe a l'imparfait : lus comme avant)
BLADDER_PATTERNS += (
    r"\b(?:(?:rend|[r]ends) (?:pas|plus|jamais|meme pas) compte|(?:sent|sens|remarque|remarques"
    r"|sait|sais|apercoit|apercois) (?:pas|plus|jamais|meme pas|pas du tout|plus du tout))"
    r" (?:\w+ )?(?:quand|que|qu|si|lorsque|lorsqu) (?:j|je|il|elle) (?:\w+ ){0,2}?(?:doit|dois|a besoin|ai besoin|faut)"
    r" (?:\w+ ){0,3}?(?:selle|selles|caca|grosse [c]ommission|toilettes?|wc|besoins?)\b",
    r"\b(?:ca|cela|tout|les selles|la selle|le caca) (?:\w+ ){0,2}?(?:part|[p]artent|vient|viennent|sort|sortent|coule|arrive|file"
    r"|passe|tombe) (?:\w+ ){0,3}?(?:dans|en) (?:ma|mon|mes|sa|son|ses|la|le|les) (?:culotte|slip|calecon|sous vetements?)\b",
)
#: session 39I: "en me tournant" is no typo of "tournait" (a word of the night-pain pattern above)
REAL_NEIGHBOURS = REAL_NEIGHBOURS | {"tournant"}
#: session 39, the lead: "sans prévenir" is no typo of "revenir" (a fall told "sans prévenir" read no fall)
REAL_NEIGHBOURS = REAL_NEIGHBOURS | {"prevenir"}
# ---- session 39C (issue 12) : un coup d'une chose tombee, dit sans "heurte" ; une chute dans "sans ... ou ..." ----
#: une chose lourde effondree, ecroulee, basculee sur le dos ou sur soi (TRAUMA_PATTERNS) : "une pile de cartons s'est effondree
#: sur moi", "l'etagere s'est ecroulee sur mon dos", "un carton tombe de l'etagere, pile sur mon dos" (pas la douleur : "la
#: douleur s'est effondree" ; pas "je tombe sur un article")
_B39_CORPS = (r"(?:(?:mon|ma|mes|le|la|les|l) (?:\w+ )?(?:do[s]|epaul[e]s?|colonn[e]|nuqu[e]|tet[e]|rein[s]|hanch[e]s?|cote[s]|cocc[y]x|omoplat[e]s?"
              r"|bas du do[s]))")
TRAUMA_PATTERNS += (
    r"(?<!douleur )(?<!doule[u]r )\b(?:effondr[e]e?s?|ecroul[e]e?s?|bascul[e]e?s?|degringol[e]e?s?|affaiss[e]e?s?|effondre[n]t|ecroule[n]t)"
    r"(?: (?!(?:mais|pas|plus|failli|presque|a cote|je|j)\b)[^\s.]+){0,6}? (?:sur|dessus) (?:moi|nous|" + _B39_CORPS + r")\b",
    r"(?<!douleur )\b(?:tomb[e]|tomben[t]|chut[e]|chuten[t]|degringol[e]|degringolen[t]) (?:de|du|des|d) (?:(?!(?:mais|pas|plus|je|j|failli)\b)[^\s.]+ ){0,6}?"
    r"(?:pile |droit |en plei[n] |just[e] )?sur " + _B39_CORPS + r"\b",
    # une chose lourde recue sur le dos : "j'ai recu une poutre sur le dos", "pris un sac de ciment sur le dos" (pas "un sac" : porter)
    r"\b(?:rec[u]e?|pris|pren[d]s?|recoi[s]|recoi[t]|ramass[e]) (?:un|une|le|la|des|cette|ce) (?:(?:grosse|gros|lourde|lour[d]) )?(?:poutr[e]|caiss[e]|carto[n]"
    r"|planch[e]|etager[e]|palett[e]|sac de (?:cimen[t]|platr[e]|sabl[e])|parpain[g]|pierr[e]|tuil[e]|branch[e]|echell[e]|port[e]|armoir[e]|meubl[e]"
    r"|coli[s]|rayonnag[e]|poutrell[e]|madri[e]r)s? (?:\w+ ){0,3}?(?:sur|dans) " + _B39_CORPS + r"\b",
    # le coup lui-meme dit violent : "le choc etait violent", "le coup a ete tres violent" (pas "le choc emotionnel")
    r"\b(?:le|ce|un) (?:choc|coup|impac[t]) (?:a ete|etait|fut|est|ete) (?:(?:tres|vraiment|super|hyper|asse[z]|tellement|si) )?(?:violen[t]|bruta[l]|rude"
    r"|terribl[e]|enorm[e]|fort|dur)\b",
)
#: les mots qui peuvent se trouver entre "sans" (ou le dernier "ou" de sa liste) et une chute qu'il nie (bot/reading/redflags.py
#: _without_denied, session 39C) : "sans etre tombe", "ou que je sois tombee", "ou avoir chute"
WITHOUT_GLUE = ("que", "qu", "je", "j", "avoir", "etre", "meme", "vraiment", "jamais", "sois", "suis", "aie", "ai", "me", "m", "fait", "une",
                "eu")
# ---- session 39, the lead: "là" pour "maintenant" apres une fievre passee ----
#: "j'ai eu le covid avec de la fievre l'annee passee, mais la rien du tout, pas de fievre" (un patient de rue aveugle de la
#: session 35, lu fievre: "la" familier pour "maintenant" n'etait pas lu)
FEVER_GONE_NOW += (r"mais (?:la|maintenant) (?:(?:rien|plus rien)(?: du tout)? ,? )?(?:rien|plus rien|pas de fievre|plus de fievre|aucune fievre)\b",)


# ---- session 40E (issue 12): un signe questionne (pourquoi demande, ce que ca veut dire, pourquoi grave), le sien nie ----
#: une question sur un signe d'une liste ou d'un formulaire, en tete de son bout (bot/reading/redflags.py _told_in_general, session
#: 40E): pourquoi on le demande ("pourquoi vous demandez les sueurs nocturnes", "pourquoi le formulaire parle de fievre"), ce qu'il
#: veut dire ou a voir avec le dos ("qu'est-ce que la fievre a a voir avec le dos"), pourquoi il serait grave ("pourquoi la fievre
#: serait grave"); le signe tombe alors seulement si celui de la personne est dit bien ensuite
SIGN_QUESTIONED = (r"pourquoi (?:est ce que |est ce qu )?(?:\w+ ){0,3}?(?:demande|demandez|demandent|demandait|demandes|pose|posez|posent"
                   r"|parle|parlez|parlent|mentionne|mentionnez|mentionnent|veut savoir|voulez savoir|veulent savoir)(?: (?:la question|une question))?"
                   r"(?: (?:de|des|du|d|sur|si|s|la|le|les|l))?\b",
                   r"pourquoi (?:\w+ ){1,5}?(?:serait|seraient|est|sont|c est|ce est|ce serait|ca serait|ca serait|pourrait etre|pourraient etre)"
                   r"(?: (?:si|tres|plus|aussi|vraiment|donc))? (?:grave|graves|dangereu[x]|dangereuse|dangereuses|important|importante|inquietant"
                   r"|inquietante|urgent|urgente|un signe|un danger|un probleme|un drapeau rouge|un signal)\b",
                   r"(?:qu est ce que|que est ce que|qu est ce qu|que est ce qu|que) (?:\w+ ){1,5}?a (?:a )?voir avec\b",)
#: "ni l'un ni l'autre", "aucun des deux" des signes nommes juste avant nie comme le sien, un bout a lui seul : "ni l'un ni l'autre
#: pour moi", "je n'ai ni l'un ni l'autre", "ce n'est pas mon cas"
SIGNS_DENIED += (r"(?:^|(?<=\. )|(?<=, ))(?:(?:non|moi)(?: ,)? )?(?:(?:je|j) (?:n )?(?:ai|a) )?(?:ni l un ni l autre|ni lun ni lautre|ni l une ni l autre"
                 r"|aucun des deux|aucune des deux|aucun des trois|aucune des trois)\b",
                 r"(?:^|(?<=\. )|(?<=, ))(?:(?:mais|et|non|moi)(?: ,)? )?(?:ce |c |ca |cela )?(?:n )?(?:est |es )?(?:pas|point) (?:du tout )?mon cas\b")
#: le signe nomme sur une liste de signes d'alerte, la liste nommee longuement (session 40E): "dans une liste de signes d'alerte du
#: mal de dos il y a la fievre", "parmi les drapeaux rouges de votre formulaire on trouve ..." (ce qui suit est la liste, pas le sien)
HEARSAY += (r"(?:sur|dans|parmi) (?:une |un |la |le |l |les |cette |ce |votre |vos |leur |leurs )?(?:(?:liste|brochure|fiche|feuille|questionnaire"
            r"|formulaire|depliant|page) (?:de|des|d) )?(?:\w+ ){0,2}?(?:alert[e]|alarm[e]|dange[r]|drapeaux rouge[s]|signaux d alert[e])"
            r"(?: \w+){0,5}? (?:il y a|y a|il y avait|on lit|on trouve|figure|figurent|vous demandez|ils demandent|on demande)\b",)
# ---- session 40A, issue 12: la douleur de nuit dite par chaque endroit essaye pour se coucher, nomme seul, ou que je me couche ca continue ----
#: les endroits pour se coucher nommes seuls, un element d'une liste (apres une virgule, "ou", "et", ou en tete; bot/reading/redflags.py
#: _SHARED_NIGHT): "lit, canape, fauteuil, ca continue quand meme"
NIGHT_POSITION += (r"(?:^|(?<=, )|(?<=\bou )|(?<=\bet ))(?:li[t]|canap[e]|fauteui[l]|rela[x]|sofa|diva[n]|sol|matela[s])\b",
                   r"a genou[x]",)
#: ... et la douleur continue quand meme: "ca continue quand meme", "la douleur reste malgre tout", "ca tape toujours pareil", "ca
#: continue de lancer", "la douleur est toujours la"
NO_RELIEF += (r"(?:ca|la douleur|elle|le mal|cette douleur) (?:\w+ )?(?:continu[e]|lanc[e]|tap[e]|cogn[e]|puls[e]|rest[e]|elanc[e]|tir[e]|brul[e])"
              r" (?:\w+ )?(?:quand meme|malgre tout|parei[l]|de la meme facon)\b",
              r"(?:ca|la douleur|elle|le mal|cette douleur) continu[e] (?:de |d |a )(?:me )?(?:lance[r]|tape[r]|cogne[r]|faire mal|pulse[r]|elance[r])\b",
              r"(?:ca|la douleur|elle|le mal|cette douleur) (?:est|rest[e]) toujours la\b")
#: ... ou que je me couche, ca continue: "la nuit, ou que je me couche, ca continue quand meme", "n'importe ou je m'allonge" (se coucher
#: nomme: pas "peu importe ou je m'assois au bureau")
_OU_QUE_40A = (r"(?:ou que|(?:peu |n )?importe ou) (?:je |j )?(?:me |m )?(?:couch[e]|mett[e]|mets|allong[e]|install[e]|pos[e]|plac[e]"
               r"|dorm[e]|dors)\b")
NIGHT_PATTERNS += (r"\b" + _OU_QUE_40A + r"(?: \S+){0,12}? {NO_RELIEF}\b",)
NIGHT_STRONG += (_OU_QUE_40A,)
# ---- session 40F (issue 12) : un toucher aux fesses pas senti, dit par ce qu'un conjoint ou un soignant y fait ----
#: les endroits qu'un soignant traite la (moteur _SHARED_SADDLE, a cote de AREA) : hemorroides, un suppositoire ou un lavement
CARE_SPOT = (r"hemorroid[e]|hemorroide[s]", r"suppositoir[e]|suppositoire[s]", "lavemen[t]",
             # "derriere" sans nom apres, les fesses ("m'a mis la pommade derriere"; pas "derriere le genou, l'epaule, le dos")
             r"(?<!\bpar )derrier[e](?! (?:\w+ ){0,2}?(?:le|la|les|l|mon|ma|mes|son|sa|ses) (?:\w+ )?(?:genou|genou[x]|dos|epaul[e]|epaule[s]|cou|nuqu[e]"
             r"|tet[e]|jamb[e]|jambe[s]|cuiss[e]|cuisse[s]|mollet|mollet[s]|orteil|oreill[e]|rein[s])\b)")
#: une chose introduite la, son propre endroit ("il m'a mis un suppositoire, j'ai rien senti")
CARE_PUT_IN = (r"suppositoir[e]|suppositoire[s]", "lavemen[t]")
#: ce qui touche la : "son doigt", "la pommade", "le gant"
CARE_THING = (r"doig[t]|doig[t][s]", r"pommad[e]|crem[e]|gel|onguen[t]|baum[e]", r"suppositoir[e]|suppositoire[s]",
              r"gant|gant[s]|lingett[e]|lingette[s]|epong[e]|canul[e]|lavemen[t]")
#: ce toucher pas senti, la chose nommee : "j'ai pas senti son doigt", "je sentais pas la pommade" (pas "elle a pas senti", pas
#: "senti la pommade agir")
_F40_CHOSE = (r"(?:(?:son|sa|ses|le|la|l|les|un|une|du|de la|mon|ma|leur) )?(?:\w+ )?(?:doig[t]|doig[t][s]|main|main[s]|touc[h]e[r]|contac[t]|pommad[e]"
              r"|crem[e]|gel|onguen[t]|baum[e]|suppositoir[e]|suppositoire[s]|gant|gant[s]|lingett[e]|lingette[s]|epong[e]|canul[e]|lavemen[t])\b"
              r"(?! (?:\w+ )?(?:agi[r]|marche[r]|fonctionne[r]|fair[e] effe[t])\b)")
NOT_FELT_CARE = (r"(?<!\ba )(?<!\bil )(?<!\belle )(?:j ai |je ai |ai )?(?:pas|rien|jamais|meme pas|presque pas|a peine) (?:du tout )?(?:senti|sentie|senti[s]|ressenti|ressentie)"
                 r"(?: du tout)? " + _F40_CHOSE,
                 r"(?<!\bil )(?<!\belle )(?:je |j )?(?:ne |n )?(?:sens|sentai[s]|ressen[s]|ressentai[s]) (?:pas|plus|rien|jamais|meme pas|presque pas)"
                 r"(?: du tout)? " + _F40_CHOSE)
#: ... ou "le", "rien", ou "comme si c'etait pas la" (une chose mise la nommee dans la phrase)
NOT_FELT_IT = (r"(?<!\bil )(?<!\belle )(?:je |j )?(?:ne |n )?(?:le |la |les |l )?(?:ai )?(?:pas|rien|jamais) (?:du tout )?(?:senti|sentie|senti[s]|ressenti|ressentie)"
               r"(?= ,| \.|$| (?:du tout|et|mais|comme|quand|alor[s])\b)",
               r"(?<!\bil )(?<!\belle )(?:je |j )?(?:ne |n )?(?:le |la |les |l )?(?:sens|sentai[s]) (?:pas|plus|rien)(?= ,| \.|$| (?:du tout|et|mais|comme|quand)\b)",
               r"comme si (?:il|elle|c|ce|ca|son doig[t]|sa main|la \w+|le \w+) (?:etai[t]|etaien[t]|est|n etait|n est) (?:pas|plus) la\b")
#: le toucher pas aux fesses mais sur un membre ou le dos : "j'ai pas senti son doigt sur ma main"
CARE_ELSEWHERE = (r"(?:\w+ ){0,2}?(?:sur|a|au|dans|contre) (?:ma |mon |mes |la |le |les |sa |son |l )?(?:\w+ )?(?:main|main[s]|bras|pied|pied[s]|orteil"
                  r"|orteil[s]|jamb[e]|jambe[s]|genou|genou[x]|dos|cou|epaul[e]|visag[e]|doig[t]|doig[t][s]|chevill[e])\b",)
#: le possessif devant un proche qui n'a pas senti le toucher (moteur _care_felt_by_other) : "ma femme a pas senti mon doigt"
CARE_OWNER = ("mon", "ma", "notre", "le", "la")
# ---- session 40C (issue 12): un choc dit comme plaque, ecrase, bouscule ou pousse par un joueur ou une bete (TRAUMA_PATTERNS) ----
#: qui a frappe : un joueur ou une grosse bete ("plaque par leur numero 8", "un pilier m'a ecrase") ; pas l'equipe ("on s'est fait
#: ecraser par leur equipe" : le score), pas "ma copine m'a plaque" (une rupture), pas la douleur ni la grippe
_C40_AGENT = (r"(?:joueu[r]|joueur[s]|adversair[e]|adversaire[s]|pilie[r]|talonneu[r]|numer[o] \d+|n \d+|troisiem[e] lign[e]|deuxiem[e] lign[e]|ailie[r]"
              r"|defenseu[r]|attaquan[t]|avan[t]|arrier[e]|gardie[n]|gars|mec|mecs|typ[e]|costau[d]|coloss[e]|armoir[e] a glac[e]|quelqu un|" + _BEAST[3:-1] + r")")
_C40_HIT = (r"(?:plaqu[e]|plaque[e]|plaque[s]|ecras[e]|ecrase[e]|ecrase[s]|percut[e]|percute[e]|bouscul[e]|bouscule[e]|renvers[e]|renverse[e]|fauch[e]"
            r"|fauche[e]|charg[e]|charge[e]|defonc[e]|defonce[e]|tamponn[e]|tamponne[e]|pietin[e]|pietine[e]|encorn[e]|encorne[e]|projet[e]|projete[e]"
            r"|catapult[e]|catapulte[e]|pulveris[e]|pulverise[e]|atomis[e]|atomise[e]|decoll[e]|decolle[e]|allum[e]|allume[e]|cogn[e]|cogne[e]"
            r"|plaque[r]|ecrase[r]|percute[r]|bouscule[r]|renverse[r]|fauche[r]|charge[r]|defonce[r]|tamponne[r]|pietine[r]|encorne[r]|allume[r]"
            r"|decolle[r]|rentre[r] dedans|rentre dedans|pris de plei[n] foue[t]|pris[e] de plei[n] foue[t])")
TRAUMA_PATTERNS += (
    # au passif avec "par" et qui : "j'ai ete plaque par leur numero 8", "je me suis fait ecraser par un joueur adverse", "j'ai ete
    # bouscule violemment par un joueur" (pas "plaquee par mon copain" ; pas "ecrase par la fatigue")
    r"(?<!\bequip[e] )(?<!\bon )\b(?:ete|suis|etais|etait|sommes|fait|faite|fais|me suis fait|me suis faite|m suis fait|me suis fais) (?:\w+ )?" + _C40_HIT
    + r"(?: (?!(?:mais|et)\b)\w+){0,3}? par (?:\w+ ){0,3}?" + _C40_AGENT + r"\b",
    # le joueur ou la bete qui "m'a" frappe : "leur pilier m'a ecrase", "le taureau m'a charge", "un avant m'a plaque de cote"
    r"\b(?:le|la|l|un|une|leur|son|sa|mon|ma|ce|cette|deux|un des|une des) (?:\w+ ){0,2}?" + _C40_AGENT + r"(?: \w+){0,3}? (?:m|me|nous) (?:a|ont|est|sont|avait)"
    r" (?:\w+ )?(?:plaqu[e]|plaque[e]|ecras[e]|ecrase[e]|percut[e]|percute[e]|bouscul[e]|bouscule[e]|renvers[e]|renverse[e]|charg[e]|charge[e]"
    r"|defonc[e]|defonce[e]|pietin[e]|pietine[e]|encorn[e]|encorne[e]|pulveris[e]|pulverise[e]|atomis[e]|atomise[e]|rentr[e] dedans|tomb[e] dessus"
    r"|pris de plei[n] foue[t]|projet[e]|projete[e])\b(?! (?:au|a la|aux) (?:course|carte[s]|echec[s]|tenni[s]|ping pong|petanqu[e]|jeu)\b)",
    # pousse, bouscule ou projete contre du dur : "un cheval m'a bouscule contre la porte du box", "la genisse m'a serree contre les
    # barres"
    r"\b(?:m|me|nous) (?:a|ont|avait) (?:\w+ )?(?:bouscul[e]|bouscule[e]|projet[e]|projete[e]|envoy[e]|envoye[e]|balanc[e]|balance[e]|cogn[e]|cogne[e]"
    r"|jet[e]|jete[e]|catapult[e]|catapulte[e]) (?:\w+ ){0,2}?(?:contre|dans|sur) " + _HARD_SURFACE + r"\b",
    # un plaquage ou une charge encaissee : "j'ai pris un gros plaquage de cote", "pris une charge a l'epaule" (pas "un coup de
    # vieux", "un coup de froid", "sur un coup de tete")
    r"\b(?:pris|pris[e]|recu|recu[e]|encaiss[e]|encaisse[e]|mang[e]|mange[e]|pri[s]) (?:un|une|le|la) (?:\w+ ){0,2}?(?:plaquag[e]|placag[e]|charg[e] (?:a l |d )epaul[e]"
    r"|coup d epaul[e]|coup de corn[e]|coup de bou[l]e|coup de genou|coup de casqu[e]|coup de sabo[t]|coup de pied|coup de tete)\b",
)
# ---- session 40G : l'auteur se nomme parent ou aidant du patient (bot/reading/redflags.py _as_patient) ----
#: a l'ouverture du message (apres une salutation) : "je suis sa belle-fille", "je suis le fils de monsieur lambert", "je suis
#: l'aidante de madame renard" -- apres, "il", "ses", "sa", "son" sont ceux du patient, comme apres "j'ecris pour mon pere"
_ROLE_40G = (r"(?:(?:belle|beau|petite|petit|arriere petite|arriere petit) )?(?:fill[e]|fil[s]|niec[e]|neve[u]|femm[e]|mar[i]|epou[x]"
             r"|epous[e]|compagn[e]|compagno[n]|conjoin[t]e?|fiance[e]?)|bru|gendr[e]|aidan[t]e?|soignan[t]e?|infirmie[r]e?"
             r"|auxiliair[e] de vie")
_TITLE_40G = r"(?:monsieu[r]|madam[e]|mademoisell[e]|mr|mme|mlle|m)(?: \.)?"
PROXY_ROLE = (rf"(?:je suis|j suis) (?:sa|son) (?:{_ROLE_40G})\b",
              rf"(?:je suis|j suis) (?:la|le|l|une|un) (?:{_ROLE_40G}) (?:de|d) {_TITLE_40G} ")
# ---- session 40L : le parent presente avec son age a l'ouverture, ses signes dits de "il", "elle" ensuite ----
#: le message s'ouvre (apres une salutation) sur un parent et son age, "mon pere a 79 ans .", "ma mere , 81 ans ,", "mon
#: beau pere (79)", et dit "il", "elle", "ses", "sa", "son" dans les mots suivants (bot/reading/redflags.py _as_patient) : ce
#: parent est le patient, comme apres "j'ecris pour mon pere" -- pas quand l'auteur dit ensuite une plainte a lui ("ma mere a 80
#: ans et ses jambes sont faibles, j'ai mal au dos a force de la porter" : l'auteur est le patient)
_KIN_40L = (r"(?:(?:beau|belle|grand) )?(?:pere|mere)|papa|maman|papy|papi|mamy|mamie|pepe|meme|mari|femme|epou[x]|epous[e]"
            r"|compagno[n]|compagn[e]|conjoin[t]e?|frere|soeur|oncle|tante|fils|fille|(?:beau|belle) (?:frere|soeur|fils|fille)")
_MINE_40L = r"(?:je|j|moi|mon|ma|mes|me|m)"
_SIGN_40L = (r"(?:propre |dos|jambe[s]?|pieds?|fesse[s]|mal|douleu[r]s?|fievr[e]|cance[r]|pipi|urine[r]|vessi[e]|engourd\w*"
             r"|faibl\w*|fourmi\w*)\b")
PROXY_INTRO = (rf"(?:mon|ma|notre) (?:{_KIN_40L})(?: ,)?(?: a)? \d{{1,3}}(?: ans)?(?: [,.]| et)? "
               rf"(?=(?:\S+ ){{0,6}}?(?:il|elle|ses|sa|son)\b|(?:(?!\. )\S+ ){{7,12}}?(?:il|elle|ses|sa|son)\b)"
               rf"(?!.*\b{_MINE_40L} (?:(?!(?:il|elle|ses|sa|son|lui)\b)\w+ ){{0,4}}?{_SIGN_40L})",)
#: le menage de l'auteur ("nous avons du le changer") : un mot de l'aidant, pas un auteur qui dit ses propres
#: signes (session 40L ; bot/reading/redflags.py _typed_for_him)
WRITER_HOUSEHOLD = ("nous",)  # pas "notre" : "notre chien ..."
# ---- session 40D (issue 12): une chute dite par l'atterrissage sur un rebord, un bord ou un cadre (TRAUMA_PATTERNS) ----
#: ce sur quoi le dos est retombe: "retombee de tout son poids sur le rebord de la baignoire", "j'ai atterri sur le bord de
#: la baignoire", "atterri sur le cadre du trampoline", "je me suis ecrase sur le rebord" (pas s'asseoir ou se pencher sur
#: le rebord, pas "la fievre est retombee", pas un verre tombe sur le rebord)
FALL_EDGE = (r"(?:rebor[d]|rebord[s]|bord|bord[s]|aret[e]|arete[s]|cadr[e]|armatur[e]|bordur[e]|montan[t]|barr[e]|structur[e]|marche|marches"
             r"|rambard[e]|coin|angl[e]|margell[e])\b")
_FR_EDGE_WHO = ("(?:^|" + "|".join(rf"(?<=\b{w} )" for w in ("ai", "avons", "a", "est", "suis", "somme[s]", "sont", "ont", "je", "et", "puis",
                                                                "alor[s]", "mais", "vite", "aussito[t]", "lourdemen[t]", "violemmen[t]", "direc[t]"))
                + r"|(?<=, ))")
TRAUMA_PATTERNS += (
    # the person who fell back or landed (not "le chat a atterri sur le rebord de la fenetre", "le ballon a atterri sur la barre")
    _FR_EDGE_WHO + r"(?<!\bchat a )(?<!\bchien a )(?<!\bballo[n] a )(?<!\bball[e] a )(?:retomb[e]|retombe[e]|retombe[s]|retombee[s]|atterr[i]|atterri[e]|atterri[s]"
    r"|atterrie[s]|ater[i]|aterr[i])(?: \w+){0,6}? (?:sur|contre) (?:le |la |les |l |un |une |son |sa |mon |ma |ce |cette )?(?:\w+ )?" + FALL_EDGE,
    # crashed down on it (not sprawled on the bed's edge to watch TV: "je me suis affale sur le bord du lit pour regarder la tele")
    r"\b(?:me|m|se|s|nous) (?:suis |est |sommes |etais |etait )?(?:\w+ )?(?:ecras[e]|ecrase[e]|ecrase[s]|affal[e]|affale[e]|vautr[e]|vautre[e]"
    r"|eclat[e]|eclate[e])(?: \w+){0,6}? (?:sur|contre) (?:le |la |les |l |un |une |son |sa |mon |ma |ce |cette )?(?:\w+ )?" + FALL_EDGE
    + r"(?! (?:du|de la|de mon|de ma|de son|de sa) (?:\w+ )?(?:li[t]|canap[e]|sofa|fauteui[l]|matela[s]))(?!(?: \w+){0,6}? pour\b)",
)
# ---- session 41A (issue 12): un choc dans un sport de contact ou une bagarre, dit autrement (TRAUMA_PATTERNS) ----
#: la melee, le match ou la bagarre ou le choc a eu lieu ("dans une melee", "pendant le match")
_SPORT_41A = (r"(?:mele[e]|mele[e][s]|ruck|maul|regroupemen[t]|plaquag[e]|placag[e]|duel|matc[h]|matc[h]s|entrainemen[t]|comba[t]|bagarr[e]|basto[n]|rix[e]"
              r"|sparrin[g]|rugb[y]|foot|footbal[l]|hocke[y]|hand|handbal[l]|judo|karat[e]|box[e]|mele[e])")
TRAUMA_PATTERNS += (
    # un choc, un impact dans une melee ou pendant le match : "un choc dans une melee", "j'ai pris un choc dans la melee", "un
    # impact violent pendant le match" (pas "un coup de fatigue", "un coup dur" : pas de choc)
    r"\b(?:un|une|le|l|gros|grosse) (?:\w+ )?(?:choc|impac[t]|collisio[n]|telescopag[e])(?: (?:violen[t]|enorm[e]|terribl[e]|sec|bruta[l]|dur|fort))?"
    r" (?:dans|pendan[t]|lors d|lors du|lors de|en|au cour[s] d|au cour[s] du|au|a) (?:une |un |la |le |l |d |du |de |des )?(?:\w+ )?" + _SPORT_41A + r"\b",
    # un tacle pris ou encaisse : "j'ai pris un tacle par derriere", "recu un tacle a la gorge"
    r"\b(?:pris|pri[s]e|recu|recu[e]|encaiss[e]|encaisse[e]|mang[e]|mange[e]|subi) (?:un|une|le) (?:\w+ ){0,2}?(?:tacl[e]|tacle[s])\b",
    # tacle par un joueur ou par derriere, violemment, au foot : "un adversaire m'a tacle par derriere", "je me suis fait tacler
    # violemment au foot", "j'ai ete tacle par un joueur adverse" (pas "mon chef m'a tacle en reunion" : une critique)
    r"\b(?:m|me|nous) (?:a|ont|avait) (?:\w+ )?tacl[e]e?s?\b(?= (?:\w+ ){0,2}?(?:par derrier[e]|par le cot[e]|de cot[e]|violemmen[t]|durement|salemen[t]"
    r"|les deux pieds|dans le dos|au (?:foot|footbal[l]|rugb[y]|hand|hocke[y]|basket|matc[h])|pendan[t] (?:le|un) (?:matc[h]|entrainemen[t])|a l entrainemen[t]))",
    r"\b(?:le|la|l|un|une|leur|son|ce|cet|deux|un des) (?:\w+ ){0,2}?" + _C40_AGENT + r"(?: \w+){0,3}? (?:m|me|nous) (?:a|ont|avait) (?:\w+ )?tacl[e]e?s?\b",
    r"\b(?:ete|suis|etais|etait|fait|faite|me suis fait|me suis faite|m suis fait) (?:\w+ )?(?:tacl[e]|tacle[e]|tacle[r])\b(?= (?:\w+ ){0,2}?(?:par "
    r"(?:\w+ ){0,3}?" + _C40_AGENT + r"|par derrier[e]|par le cot[e]|de cot[e]|violemmen[t]|durement|salemen[t]|les deux pieds|au (?:foot|footbal[l]|rugb[y]"
    r"|hand|hocke[y]|basket|matc[h])|pendan[t] (?:le|un) (?:matc[h]|entrainemen[t])|a l entrainemen[t])\b)",
    # frappe, tabasse, roue de coups : "je me suis fait frapper dans une bagarre", "je me suis fait tabasser en sortant du bar"
    r"\b(?:me suis fait|me suis faite|m suis fait|me suis fais|je me fais|me fait) (?:\w+ )?(?:frappe[r]|tabasse[r]|cogne[r]|passe[r] a taba[c]"
    r"|casse[r] la gueul[e]|defonce[r]|agresse[r]|lynche[r]|rosse[r]|tape[r] dessus)\b",
    r"\b(?:ete|etais|etait) (?:\w+ )?(?:tabass[e]|tabasse[e]|passe a taba[c]|passee a taba[c]|roue de coup[s]|rouee de coup[s]|agress[e]|agresse[e])\b",
)
# ---- session 41D (issue 12): selles non retenues racontees; anesthesie en selle trouvee avec une aiguille ----
#: ce qui est sorti, dit de "ca" (engine _SHARED_BLADDER, avec NOT_FELT_COMING ou COULDNT_HOLD dans la phrase) : "c'est sorti tout
#: seul", "ca m'a echappe" (pas "c'est sorti de nulle part", "dans le journal")
CAME_OUT = (r"(?:ce|ca|c|tout|cela) (?:est |etait |a |me a |m a |me est |ma )?(?:\w+ )?(?:sort[i]|sort[i]e|echapp[e]|echapp[e]r|coule)\b"
            r"(?! (?:de null[e] part|dans le journa[l]|dans la press[e]|a la tele|a la radio)\b)",)
#: ne pas l'avoir senti venir : "j'ai meme pas senti venir", "pas senti que ca arrivait", "je l'ai pas senti arriver"
NOT_FELT_COMING = (r"(?:meme )?(?:pas|rien|jamais) (?:\w+ )?(?:senti|sentie|sentir|ressenti) (?:le |la |l |que (?:ca|ce|c) |ca )?(?:venir|arriver|arrivai[t]"
                   r"|venai[t]|sort[i][r]|sortai[t])",)
#: ne pas avoir pu le retenir : "j'ai pas pu le retenir", "j'ai rien pu retenir", "je peux pas le retenir" (le normaliseur lit "pu"
#: "plus" : "pas plus le retenir"; "meme" devant, l'adverbe, pas la grand-mere)
COULDNT_HOLD = (r"(?:meme )?(?:pas|plus|rien) (?:\w+ )?(?:pu|plus|peux|pouvais|pouvait|su) (?:le |la |les |l |me |m )?(?:retenir|garder|controler)",
                r"(?:pu|peux|pouvais|peut) (?:pas|plus) (?:le |la |l |me |m )?(?:retenir|controler)")
#: les selles qui ne tiennent plus : "les selles ne tiennent plus", "le pipi ne tient plus" (normalise : "tiennent plus")
BLADDER_PATTERNS += (
    r"\b(?:{STOOL}|{URINE})\b (?:\w+ )?(?:tiennent|tient|tenaient|tenait|retiennen[t]|retien[t]) (?:plus|pas|jamais|mal)\b"
    r"(?! (?:\w+ )?(?:compte|debout|route|place|parol[e]|coup))",
)
#: un test de l'assise avec une aiguille, une epingle, un ongle, une cuillere (engine _SHARED_SADDLE: TOUCHED ... AREA ... FELT_NOTHING)
TOUCHED += (r"aiguill[e]", r"aiguille[s]", r"epingl[e]", r"ongl[e]", r"cuiller[e]", r"cuillr[e]", r"touchee[s]?", "test[e]")
#: ... et comment il est senti : "je sens presque pas", "je sens quasiment pas", "je sens pas l'aiguille"
FELT_NOTHING += (r"sens (?:presque|quasi|quasimen[t]) (?:pas|plus|rien)",
                 r"sens (?:pas|plus) (?:le |la |l |les )?(?:aiguill[e]|epingl[e]|ongl[e]|cuiller[e]|froi[d]|doig[t])")

# ---- session 41E (issue 12): les deux jambes qui faiblissent, racontees comme un deroulement ----
#: le "pareil" des deux cotes, aucun deroulement (bot/reading/redflags.py _stable_cue_told, session 41E): "des deux cotes pareil",
#: "pareil a gauche et a droite"
SIDES_SAME = (r"(?:des|les|de|aux) deux (?:cotes|jambes) (?:\w+ )?(?:pareil|pareilles?|la meme chose|identiques?|egal)",
              r"(?:pareil|pareilles?|la meme chose|identiques?) (?:des|de|aux|les|sur les) deux (?:cotes|jambes)",
              r"(?:a |la )?gauche (?:et|comme) (?:a |la )?droite (?:\w+ )?(?:pareil|pareilles?|la meme chose)",
              r"(?:pareil|pareilles?|la meme chose) (?:a |la )?gauche (?:et|qu|que|comme) (?:a |la )?droite")
#: chaque jour un peu moins, dit seul en tete d'une proposition (session 41E): "chaque jour un peu moins bien", "de jour en jour
#: un peu moins", "un peu moins chaque jour" (pas "la douleur est un peu moins forte chaque jour")
WORSE_NOW += (r"(?:(?<=, )|(?<=\. )|(?<=^)|(?<=et )|(?<=mais ))(?:chaque (?:jour|semaine)|de (?:jour|semaine) en (?:jour|semaine)|jour apres jour"
              r"|semaine apres semaine|tous les jours) (?:(?:ce est|c est|ca va|je peux|j en fais|je fais) )?(?:un (?:peu|petit peu) )?moins"
              r"(?: bien| bon)?(?= ,| \.|$)",
              r"(?:(?<=, )|(?<=\. )|(?<=^))(?:un (?:peu|petit peu) )?moins (?:bien )?(?:chaque (?:jour|semaine)|de jour en jour)(?= ,| \.|$)")
#: les cotes compares, l'un encore pire que l'autre (session 41E): "la gauche plus que la droite", "la droite encore pire que la gauche"
#: (pas "ma jambe gauche est plus faible que la droite": une jambe faible a cote de la bonne)
OTHER_LEG_TOO += (r"(?:(?<=, )|(?<=\. )|(?<=^))(?:la |a )?(?:gauche|droite) (?:est )?(?:encore |bien |un peu )?(?:plus faible|pire|plus)"
                  r" (?:que|qu) (?:la |a )?(?:droite|gauche)\b",
                  r"(?:gauche|droite) (?:est )?encore (?:plus faible|pire) (?:que|qu) (?:la |a )?(?:droite|gauche)\b",
                  r"plus a (?:gauche|droite) (?:que|qu) a (?:droite|gauche)\b")
# ---- session 41F, issue 12: un signe demande, puis nie comme le sien simplement ----
#: ses propres jambes dites sans le signe demande (un bout a lui seul) : "mes jambes sont pas faibles", "mes jambes ne sont pas
#: engourdies non plus", "j'ai rien aux jambes" (pas "mes jambes sont pas faibles mais ..." : un signe dit apres reste lu)
SIGNS_DENIED += (r"mes (?:jambes|pieds) (?:ne )?(?:sont|sont meme) (?:pas|jamais|point) (?:du tout )?(?:faibles|engourdies|engourdis|molles|lourdes"
                 r"|endormies|insensibles)(?: (?:non plus|du tout))?(?= ,| \.|$)",
                 r"(?:moi )?(?:j|je) (?:n )?ai (?:rien|rien du tout) (?:aux|dans les|dans mes) (?:jambes|pieds)(?= ,| \.|$)")
#: ... ou les jambes nommees sans verbe, rien dit d'elles (session 41M): "moi les jambes rien du tout", "moi aux jambes rien", "chez moi les
#: deux jambes nickel"
SIGNS_DENIED += (r"(?:moi|chez moi)(?: ,)? (?:aux |les |mes )?(?:deux )?(?:jambes|pieds) (?:rien(?: du tout| de rien)?|nickel|impeccable|ca va)(?= ,| \.|$)",)
#: dit par on ou les gens, un "que" general (comme session 24T) : "on dit que les fourmis dans les deux jambes c'est grave", "les gens
#: disent que ..." (le signe ensuite a soi ou non, comme apres tout oui-dire)
HEARSAY += (r"(?:on|les gens|tout le monde|ils|certains) (?:me |m |nous )?(?:dit|dis|disent|disait|disaient|raconte|racontent|a dit|ont dit)(?= (?:que|qu)\b)",)
#: le changement nie aux toilettes, pour l'urine ou les selles (bot/reading/redflags.py _bladder_bowel_net) : "rien n'a change ni pour
#: uriner ni pour la selle", "pas de changement cote vessie" (le "ni" lu "niet" n'y est pas un trouble ; un trouble dit ailleurs reste lu)
ALL_WELL += (r"\b(?:rien (?:n )?(?:a |de )?(?:chang[e]|boug[e])|(?:pas de|aucun|sans) changemen[t]s?)(?: ,)?(?: \w+){0,3}?(?: ,)? (?:ni |niet )?(?:pour|cot[e]|au nivea[u]"
             r"|avec|dans)\b",)
#: une glissade ou un faux pas sans rien heurte apres (bot/reading/redflags.py _slip_unstruck) : les mots ou commence un tel trauma,
#: et le rien heurte : "glisse sur le verglas mais rien cogne", "trebuche, je me suis rien cogne", "meme pas les genoux par terre"
SLIP_ONLY = (r"glisse", r"glissee", r"derape", r"derapee", r"trebuche", r"trebuchee")
NOTHING_STRUCK = (r"rien (?:cogn[e]|touch[e]|heurt[e]|tap[e])", r"(?:pas|jamais) (?:cogn[e]|heurt[e]|tap[e])",
                  r"(?:me|m) (?:suis|est) (?:rien|pas) (?:cogn[e]|fait mal en tomban[t])",
                  r"meme pas (?:les |mes |le |la |un |une )?(?:genou[x]?|main[s]?|fesse[s]?) (?:par terre|au sol|a terre)")
#: une fievre passee dite finie le lendemain ou au bout d'un temps (session 41C; bot/reading/redflags.py _GONE_NOW, avec PAST_CUES
#: dans la proposition de la fievre): "le lendemain plus rien", "le jour d'apres elle avait disparu", "ca s'est arrete au bout de
#: trois jours", "elle s'est calmee en deux jours" (pas "le lendemain elle etait encore la"; une fievre revenue: RECURRED)
FEVER_GONE_NOW += (
    r"(?:le lendemain|le jour (?:d )?apres|le jour suivant|(?:deux|trois|\d+) jours (?:apres|plus tard)"
    # ... ou un jour nomme (session 41L): "mardi soir 38,3 . mercredi plus rien"
    r"|(?:le )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))(?: matin| midi| soir)?(?: ,)? (?:mais )?"
    r"(?:(?:il y avait |y avait |il y a |y a )?plus rien|(?:elle|la fievre|la temperature|ca|c|ce|tout) (?:etait|avait|est|a) (?:deja |bien "
    r"|completement |totalement )?(?:disparue?|partie?|passee?|finie?|terminee?|retombee?))\b",
    r"(?:ca|elle|la fievre|la temperature|c|ce|tout) (?:se est|s est|se etait|s etait) (?:arrete[e]?|termine[e]?|fini[e]?|calme[e]?"
    r"|estompe[e]?) (?:au bout de|apres|en) (?:\w+ )?(?:jours?|semaines?|nuits?)\b")
# ---- session 41G (issue 12, 16): un signe dit au subjonctif ou a l'infinitif dans une question, "toujours pas", une poussee ----
#: le "ne" d'un infinitif nie, tout contre son "pas" ou son "plus": il tombe comme celui d'un verbe conjugue (sinon lu "een",
#: le "ne" flamand): "est-ce normal de ne plus sentir mes fesses", "c'est grave de ne pas pouvoir retenir"
CLITICS += ((r"\bne (?=(?:pas|plus|jamais|rien|guere)\b)", ""),)
#: le subjonctif d'un verbe de signe apres "normal que", "grave que", "faut-il s'inquieter que", lu comme l'indicatif: "c'est
#: normal que je ne sente plus mes fesses" est "je sens plus", "que je ne ressente rien", "que je ne sache plus marcher"
_G41_SUBJ = {"sente": "sens", "ressente": "ressens", "sache": "sais", "puisse": "peux", "tienne": "tiens", "retienne": "retiens",
             "aie": "ai", "parvienne": "parviens", "reussisse": "reussis"}
#: "toujours pas" (et le belge "encore pas") est la negation de ce qui reste: "rien n'a change, je sens toujours pas quand je
#: dois uriner" est "je sens pas quand ..." (pas "toujours plus", "pas toujours", "encore plus")
SPOKEN_PHRASES += (
    (r"(?<!\bsans que )(?<!\bsans qu )\b(je|j) (sent[e]|ressent[e]|sach[e](?= (?:plus|pas|jamais)\b)|puiss[e]|tienn[e]|retienn[e]|aie|parvienn[e]|reussiss[e])\b",
     lambda m: m.group(1) + " " + _G41_SUBJ[m.group(2)]),
    (r"\b(?:toujours|tjs|tjrs|toujour) (?=(?:pas|rien)\b)|\bencore (?=pas\b)", ""),
)
#: l'infinitif nie, le verbe de sentir ou de pouvoir apres sa negation (le "ne" tombe, CLITICS): "de ne plus sentir mes fesses",
#: "de ne plus pouvoir sentir le papier", "je ne peux plus sentir mes fesses" (pas une douleur: "ne plus sentir la douleur")
NUMB_COMMON += (
    r"(?<!\bme )(?<!\bse )(?<!\bte )(?:plus|pas|jamais|presque plus|presque pas|quasi plus|quasiment plus|pratiquement plus|plus du tout|pas du tout)"
    r" (?:(?:pouvoir|savoir|arriver a|parvenir a|reussir a) )?(?:sentir|ressentir)\b"
    r"(?! (?:la |le |les |ma |mon |mes |de |d |une |un )?(?:douleur|mal|gene|brulure|tension|pression|raid\w*|special|particulier|anormal|autre)s?\b)",
)
#: l'infinitif de ne plus pouvoir, comme "je peux plus" (_CANT): "est-ce normal de ne plus pouvoir retenir les selles", "de ne pas
#: arriver a uriner", "de ne plus savoir me retenir"
BLADDER_PATTERNS += (
    r"\b(?:plus|pas|jamais|presque plus|presque pas|plus du tout|pas du tout) (?:pouvoir|savoir|arriver a|parvenir a|reussir a) (?:me |bien |vraiment )?"
    r"(?:retenir|controler|tenir|uriner|faire pipi|pisser|vider (?:ma |la )?vessie)\b(?: (?:\w+ ){0,2}?(?:urines?|pipi|selles?|caca|vessie|gaz|pet[s]))?",
    # ... ne plus sentir le besoin: "de ne plus sentir quand je dois uriner", "de ne pas sentir l'envie"
    r"\b(?:plus|pas|jamais|presque plus|presque pas|plus du tout|pas du tout) (?:(?:pouvoir|savoir) )?(?:sentir|ressentir|remarquer) (?:\w+ )?"
    r"(?:quand|si|lorsque|le besoin|la envie|le envie|l envie) (?:\w+ ){0,4}?(?:vessie|pipi|uriner|toilettes?|selle|selles|besoin|envie|caca|faire)\b",
)
#: pousse, bouscule ou jete par quelqu'un dans l'escalier, contre le mur ou par terre: "on m'a pousse dans l'escalier", "il m'a
#: poussee du haut de l'escalier", "j'ai ete pousse contre le radiateur", "mon frere m'a pousse de l'echelle" (pas "j'ai pousse le
#: chariot", "le kine me pousse a faire plus", "il m'a pousse dans la voiture")
_G41_POUSSE = r"(?:pouss[e]|poussee|pousse[s]|poussee[s]|bouscul[e]|bousculee|bouscule[s]|jet[e]|jete[e]|projet[e]|projetee|renvers[e]|renversee|balanc[e]|balance[e])"
_G41_LIEU = (r"(?:escalier[s]?|marche[s]?|echell[e]|escabea[u]|estrad[e]|scen[e]|quai|trottoi[r]|bordur[e]|mure[t]|mur|mur[s]|port[e]|sol|terr[e]"
             r"|radiateu[r]|meubl[e]|armoir[e]|tabl[e]|burea[u]|lavab[o]|baignoir[e]|rambard[e]|balustrad[e]|poteau|grill[e]|barrier[e]|velo|cheva[l]"
             r"|tobogga[n]|rebor[d]|comptoi[r]|evie[r]|placar[d]|casier[s]?|vitr[e]|carrelag[e]|bitum[e]|goudro[n])")
_G41_ART = r"(?:(?:le|la|les|l|un|une|des|mon|ma|mes|son|sa|ses|ce|cette|notre) )?(?:\w+ )?"
_G41_PREP = r"(?:dans|contre|sur|par|de|du haut de|du haut du|du haut des|en bas de|en bas du|depui[s]|du)"
TRAUMA_PATTERNS += (
    r"\b(?:me|m|nous) (?:a |ont |avait |avaient |as )?(?:\w+ )?" + _G41_POUSSE + r" (?:\w+ )?" + _G41_PREP + r" " + _G41_ART + _G41_LIEU + r"\b",
    r"\b(?:ete|suis|sommes|etais|etait|ai ete|a ete) (?:\w+ )?" + _G41_POUSSE + r" (?:\w+ )?" + _G41_PREP + r" " + _G41_ART + _G41_LIEU + r"\b",
)
# ---- session 41J (issue 12): les jambes d'un parent dans une tournure impersonnelle; l'autre jambe ajoutee apres une virgule ----
#: (PROXY_INTRO plus haut cherche le pronom du parent jusqu'a 12 mots plus loin dans la phrase suivante, session 41J : "ma mere a 84 ans . ca se degrade de semaine
#: en semaine avec ses jambes") les jambes qui se degradent dans une tournure impersonnelle, comme le nl "het gaat achteruit met mijn
#: benen" : "ca se degrade de jour en jour avec mes jambes", "ca va de mal en pis avec mes jambes"
BOTH_LEGS_WEAK_PATTERNS += (r"\b(?:ca|cela|c|tout) (?:\w+ ){0,2}?(?:se degrad[e]|se deterior[e]|declin[e]|va de mal en pis|va de pire en pire|degringol[e])"
                            r" (?:\w+ ){0,5}?avec (?:mes |les |mes deux |les deux )?jambes\b",)
#: l'autre jambe ajoutee apres une virgule, avec "aussi" (la faiblesse d'une jambe lue d'abord, find_red_flags) : "ma jambe gauche
#: faiblit, la droite aussi", "..., l'autre aussi maintenant" (pas "la droite me fait mal aussi", "la droite va bien")
OTHER_LEG_TOO += (r"(?:(?<=, )|(?<=\. )|(?<=et ))(?:et )?(?:maintenant |puis )?(?:la |le |l |ma |mon )?(?:jambe |pied )?(?:droite?|gauche|autre)"
                  r"(?: jambe| pied)?(?: (?:est|fait|suit|maintenant))?(?: pareil)? (?:aussi|egalement|de meme|pareil)(?: maintenant| deja)?(?= ,| \.|$)",)

# ---- session 41K (issue 12): une fievre passee dite par son mois ou sa saison; autre chose que les selles sorti ----
#: un passe dit par le mois ou la saison (bot/reading/redflags.py _PAST; session 41K): "en mars", "au printemps", "en hiver",
#: "debut fevrier", "au mois de mai" (pas "depuis mars", "depuis debut fevrier", "jusqu en mai", "des mars")
_K41_MOIS = (r"(?:janvie[r]|fevrie[r]|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)")
PAST_CUES += (r"(?<!depuis )(?<!jusqu )(?<!des )(?<!a partir de )(?:en|au mois de|au mois d|debut|fin|mi) " + _K41_MOIS,
              r"(?<!depuis )(?:au printemps|en ete|en automne|en hiver|cet ete la|cet hiver la)",
              # ... le mois ou la saison en tete de la proposition: le "en" francais est le "en" (et) neerlandais qui coupe les
              # propositions (bot/reading/redflags.py _local_clause), "en janvier une bronchite avec de la fievre" y est lu "janvier
              # une bronchite avec de la fievre"
              r"^(?:" + _K41_MOIS + r"|hiver|automne)\b(?! prochain\b)")
#: une semaine de fievre en simple liste (bot/reading/redflags.py _bare_sign_list; session 41K): "..., une semaine de fievre, ..."
SIGN_LIST_WORDS = SIGN_LIST_WORDS | frozenset("semaine semaines".split())
#: ce qui est sorti, nomme, ni selles ni urine (engine _came_out_other, session 41K): dit seul juste apres ou juste avant le "c'est
#: sorti": "c'est sorti d'un coup, la douleur, ...", "les larmes, c'est sorti d'un coup, ..."
CAME_OUT_OTHER = (r"(?:le |la |l |les |ce |cette |ces |mon |ma |mes |un |une |des )?(?:douleu[r]|elancemen[t]|cri|cris|hurlemen[t]|mot|mots|gros mot"
                  r"|gros mots|juron|jurons|rire|fou rire|eternuemen[t]|toux|rot|hoquet|larme|larmes|pensee|idee|nouvelle|verite|secre[t]"
                  r"|histoire|bouton|dent|echarde)",)

# ---- session 41L : une fievre nommee seulement dans une question, faut-il la mentionner, compte-t-elle ----
#: toute la proposition de la fievre une question s'il faut la dire ou si elle compte (bot/reading/redflags.py _mention_asked) :
#: "faut-il que je signale la temperature du mois passe ?", "est-ce que cette temperature compte encore ?" ; pas avec une fievre
#: dite maintenant ou la sienne ("dois-je dire que j'ai de la fievre", "... ma fievre") : lue
FEVER_MENTION_ASKED = (
    r"^(?!.*\b(?:ma|mon|j ai(?! eu)|je suis|je fais|encore|toujours|maintenant|actuellement|aujourd hui|ce soir)\b)(?:et |donc )?"
    r"(?:est ce que )?(?:je dois|j dois|dois je|faut il(?: que je| que j)?|il faut(?: que je| que j)?|devrais je|je devrais|j devrais|est ce utile de"
    r"|ca vaut la peine de)(?: \w+){0,3}? (?:mentionne[r]?|signale[r]?|parle[r]?|dire|precise[r]?|indique[r]?|note[r]?|declare[r]?)\b"
    r"(?: \w+){0,9}$",
    r"^(?!.*\b(?:ma|mon|j ai(?! eu)|je suis|je fais|maintenant|actuellement|aujourd hui|ce soir)\b)(?:et |donc )?est ce que "
    r"(?:\w+ ){1,9}?(?:compt[e]|comptent)(?: \w+){0,3}$",
)
#: un signe entendu dire, demande s'il est vrai (session 41M; bot/reading/redflags.py _hearsay_asked_true): "..., c'est vrai ca ?",
#: "vrai ?", "il a raison ?", "est-ce que c'est vrai ?"
TRUTH_ASKED = (r"(?:est ce que )?(?:ce|c|ca|cela) est (?:vrai|juste|exact|correct)(?: ca| ou pas| ou non)?", r"est ce (?:vrai|juste|exact)(?: ou pas)?",
               r"(?:il|elle|ils|elles) (?:a|ont|avait|avaient) raison(?: ou pas)?", r"(?:vrai|vraiment|juste|exact)(?: ou pas| ou faux)?",
               r"ca (?:tient|se tient) (?:la route|debout)", r"(?:ce|c|ca) est (?:une )?legende(?: urbaine)?")

# ---- session 42A (issue 12): une chute d'une hauteur dite par l'endroit ou l'on est retombe, des mots entre (TRAUMA_PATTERNS) ----
#: ce qui peut se trouver entre le verbe de l'atterrissage et l'endroit du corps: une distance ("trois metres plus bas", "deux
#: bons metres", "d'un etage"), une maniere ("a plat", "lourdement", "de tout mon poids"), d'ou ("de l'echelle", "du toit");
#: une classe fermee de mots, un par jeton (pas "j'ai atterri a Bruxelles et j'ai mal au dos": pas de dos sur lequel on atterrit)
_A42_ENTRE = (r"(?:\d+(?:point\d+)?m?|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|demi|bon|bons|bonne|bien|au|moins|environ|facile"
              r"|facilement|genre|metre|metres|m|etage|etages|marche|marches|barreau|barreaux|plus|bas|loin|en|contrebas|a|plat|lourdement"
              r"|violemment|direct|directement|brutalement|durement|pile|net|tout|toute|mon|son|ma|sa|poids|de|d|du|des|la|le|l|haut|hauteur"
              r"|echelle|escabeau|toit|echafaudage|mur|arbre|grenier|chaise|table|cheval|velo|trampoline|balcon|mezzanine|muret|camion"
              r"|remorque|,)")
TRAUMA_PATTERNS += (
    # "j'ai atterri trois metres plus bas sur les fesses", "je me suis receptionne deux metres plus bas sur le dos", "je me
    # suis ecrase trois metres plus bas sur le dos", "je me suis receptionne sur le dos" (pas l'avion: "on a atterri a Nice")
    r"\b(?:atterr[i]|atterri[e]|atterri[s]|atterrie[s]|ater[i]|aterr[i]|receptionn[e]|receptionne[e]|receptionne[s]|receptionnee[s]"
    r"|ecras[e]|ecrase[e]|ecrase[s]|ecrasee[s])(?: " + _A42_ENTRE + r"){0,9}? (?:sur|a plat sur) (?:le|les|mon|ma|mes|son|sa|ses) (?:\w+ )?"
    r"(?:dos|fesses?|cul|derrier[e]|coccy[x]|bas du dos|lombaire[s]|poste[r]ieur|arrier[e] trai[n]|popoti[n]|reins|colonne)\b",
    # se retrouver plus bas, une distance dite: "je me suis retrouve deux metres plus bas sur le dos" (pas "retrouve sur le dos
    # pour dormir": sans distance)
    r"\b(?:me|m|se|s) (?:suis |est |etais |etait )?(?:retrouv[e]|retrouve[e]|retrouve[s]|retrouvee[s])(?: " + _A42_ENTRE + r"){0,6}?"
    r" (?:plus bas|en contrebas|en bas)(?: " + _A42_ENTRE + r"){0,5}? (?:sur|a plat sur) (?:le|les|mon|ma|mes|son|sa|ses) (?:\w+ )?"
    r"(?:dos|fesses?|cul|derrier[e]|coccy[x]|bas du dos|lombaire[s]|poste[r]ieur|arrier[e] trai[n]|popoti[n]|reins|colonne)\b",
)
# ---- session 42C (issue 12) : l'auteur nomme a la troisieme personne parent ou aidant du patient (PROXY_ROLE) ----
#: a l'ouverture (apres une salutation) : "c'est la petite-fille de mme claes qui ecrit", "ici le fils de monsieur dubois", "la
#: fille de monsieur martin ici", "je vous ecris en tant que fille de madame renard" (bot/reading/redflags.py _as_patient) :
#: apres, "il", "elle", "ses", "sa", "son" sont ceux du patient -- pas un parent cite en passant ("le fils de m. dubois est tombe")
_WHO_42C = rf"(?:la|le|l|sa|son) (?:{_ROLE_40G}) (?:de|d) {_TITLE_40G} \w+(?: \w+)?"
_TAIL_42C = r"(?:qui (?:vous )?(?:ecrit|tape|ecris|envoie ce message)|ici|a l appareil)(?= [,.!:;]| (?:et|il|elle)\b|$)"
PROXY_ROLE += (rf"(?:ce est|ici|(?:je vous ecris|j ecris|je ecris) en tant que) {_WHO_42C}(?: {_TAIL_42C})?(?= [,.!:;]| (?:et|il|elle)\b|$)",
               rf"{_WHO_42C} {_TAIL_42C}",
               rf"(?:ce est|ici) (?:sa|son) (?:{_ROLE_40G})(?: {_TAIL_42C})?(?= [,.!:;]| (?:et|il|elle)\b|$)")
#: les mots d'une question cites, d'un formulaire ou de l'assistant, la reponse apres (session 42G; bot/reading/redflags.py
#: _quoted_questions_out): "dans votre formulaire vous demandez 'antecedent de cancer'. moi j en ai jamais eu"
QUOTE_ASKED_BEFORE = (r"(?:vous|tu|on|il|ils|elle) (?:demandez|demandes|demande|demandiez|demandait|me demandez|me demande|nous demandez)(?: si)?",
                      r"(?:la )?question(?: est| etait| dit)?", r"(?:il y a|ya|y a) (?:ecrit|marque|la question)",
                      r"(?:formulaire|questionnaire|appli|application|site|liste|fiche) (?:demande|dit|disait|demandait)",
                      r"(?:c est|cest) (?:ecrit|marque)", r"(?:ecrit|marque)", r"coche[r]?", r"case")
QUOTE_ASKED_AFTER = (r"question", r"case")
QUOTE_ANSWER_YES = ("oui", "ouais", "ouai", "exact")
QUOTE_ANSWER_NO = ("non", "jamais", "rien", "nan")
#: (session 42Q) Comment se coucher ou dormir demandé avec une position nommée ("la nuit j'ai trop mal, comment dormir, sur
#: le ventre ?") : quelle position soulage, une douleur de nuit qui dépend de la position (mécanique) ; dit que rien ne
#: soulage (NIGHT_STRONG) elle reste une douleur de nuit
MECHANICAL += (
    r"comment (?:dois-je |je dois |faut-il |il faut |puis-je |je peux |je vais |je )?(?:me |se |m'|s')?(?:coucher|couche|dormir|dors|allonger|allonge|mettre)\b(?:\W+[\w']+){0,3}?\W+sur (?:le|mon|ma|la) (?:cote|ventre|dos)\b",
)  # fmt: skip
# ---- session 42S (issue 12): la vessie dite en francais parle : se pisser dessus, l'envie pas sentie, "pas capable de", "pas pu me retenir" ----
#: "pas capable de" est "ne peux pas" (Belgique, Quebec), "pas ete capable de" est "pas pu" : "je suis pas capable de faire pipi", "j'etais
#: plus capable d'uriner", "j'ai pas ete capable de faire pipi" ("il est pas capable de" devient "il peut pas", lu comme lui ; "je suis
#: capable de marcher" reste)
_S42_CAPABLE = {"suis": "peux", "es": "peux", "est": "peut", "etais": "pouvais", "etait": "pouvait"}
SPOKEN_PHRASES += (
    (r"\b(suis|es|est|etais|etait) (pas|plus|jamais|meme pas|pas du tout|plus du tout|pas vraiment|plus vraiment) capables? (?:de|d)\b",
     lambda m: _S42_CAPABLE[m.group(1)] + " " + m.group(2)),
    (r"\b(ai|a|avais|avait) (pas|plus|jamais|meme pas) ete capables? (?:de|d)\b", r"\1 \2 pu"),
)
BLADDER_PATTERNS += (
    # se pisser dessus, dit de soi (le "pisse" garde en francais, OWN_WORD_AFTER) : "je me suis pisse dessus", "jme suis pissee dessus",
    # "je me pisse dessus sans le sentir" (pas de rire ni de peur : "je me suis pisse dessus de rire" ; pas l'enfant : "il s'est pisse
    # dessus")
    r"\b(?:me|m) (?:\w+ )?(?:pisse|pissee|pisses|pissees|pissais|pissait|pisser|pissant) (?:dessus|sur moi)\b"
    r"(?!(?: \w+){0,3} (?:de rire|en rian[t]|de peur|de trouill[e]|tellement j ai ri)\b)",
    # l'envie pas sentie, racontee au passe : "j'ai pas senti quand je devais faire pipi", "j'ai meme pas senti que j'avais besoin
    # d'aller aux toilettes", "je sentais plus quand je devais aller aux toilettes" (pas "j'ai pas senti de douleur quand je faisais pipi")
    # (the urge not noticed while busy, "pas remarque que je devais aller aux toilettes", is no sign; nor an imperfect "pas" of long
    # ago, "je ne sentais pas quand je devais aller a la selle, tout va bien depuis": the imperfect only with "plus", a change)
    r"\b(?:(?:pas|plus|jamais|meme pas|pas du tout) (?:\w+ )?(?:senti|sentie|ressenti|ressentie)"
    r"|(?:sentais|sentait|ressentais|ressentait) (?:plus|plus du tout|plus toujours))"
    r" (?:quand|que|qu|si|lorsque|le moment ou) (?:\w+ ){0,2}?(?:devais|dois|doit|devait|fallait|faut|avais besoin|ai besoin|avait besoin"
    r"|a besoin|avais envie|ai envie|avait envie|a envie)\b(?: \w+){0,4}? (?:pipi|uriner|pisser|toilettes?|wc|cabinets|selle|selles|caca)\b",
    # pas pu me retenir, au passe (le "pu" lu "plus", STREET ; "g pa" en SMS) : "j'ai pas pu me retenir", "g pa pu me retenir",
    # "j'avais plus pu me retenir" (pas "j'ai pu me retenir", pas de rire ni de pleurer : "j'ai pas pu me retenir de rire" ; pas la
    # chute qui suit, se retenir de tomber : "j'ai pas pu me retenir et je suis tombe")
    # (only with the toilet, the urine or the stool named in the sentence, before or after: "se retenir" alone is also not being able
    # to stop one's fall, "j'ai glisse sur le verglas, j'ai pas pu me retenir")
    r"\b(?:pipi|uriner|urine|pisser|toilettes?|wc|selles?|caca|culotte|slip|pantalon|fuite)\b(?: [^.!?]*?)? (?:ai|a|avais|avait|g) (?:pas|pa|plus|jamais|meme pas|pas du tout) (?:vraiment |meme )?(?:pu|plus|su|reussi a|arrive a) (?:me |m )"
    r"(?:retenir|controler)\b(?! (?:\w+ )?(?:rire|pleurer|crier|rigoler|pleure)\b)(?!(?: \S+){0,12}? (?:tombe\w*|chute\w*|etale\w*|vautre\w*|par terre)\b)",
    # ... and with nothing named, when no slip or fall comes before it in the sentence ("au boulot j'ai pas pu me retenir"; a
    # bracketed letter keeps these stems out of the typo vocabulary)
    r"(?:^|[.!?] )(?:(?!\b(?:glis[s]|trebuc[h]|tom[b]|chu[t]|dera[p]|eta[l]|vaut[r]|equilibr[e])\w*)[^.!?])*?"
    r"\b(?:ai|a|avais|avait|g) (?:pas|pa|plus|jamais|meme pas|pas du tout) (?:vraiment |meme )?(?:pu|plus|su|reussi a|arrive a) (?:me |m )"
    r"(?:retenir|controler)\b(?! (?:\w+ )?(?:rire|pleurer|crier|rigoler|pleure)\b)(?!(?: \S+){0,12}? (?:tombe\w*|chute\w*|etale\w*|vautre\w*|par terre)\b)",
)
# real French words one edit from a word session 42A added ("etage": "trois etages plus bas"): never corrected
REAL_NEIGHBOURS = REAL_NEIGHBOURS | frozenset("etale etalee etales etalees etaler etalait etalant".split())
# ---- session 42 (issue 12): l'envie pas remarquee dite "aucune idee" (reecrit "unsure" par les reserves avant les regles) ----
#: "j'avais aucune idee que je devais faire pipi", "j'avais pas idee que j'avais besoin d'aller aux toilettes" (pas "aucune idee
#: si je dois faire de la kine") : l'envie pas sentie
BLADDER_PATTERNS += (
    r"\b(?:avais|avait|ai|a) unsure (?:que|qu) (?:je|j|il|elle) (?:devais|devait|dois|doit|avais besoin|avait besoin|avais envie|avait envie)"
    r" (?:de |d )?(?:faire pipi|faire caca|uriner|aller aux toilettes|aller a la selle|aller aux wc)\b",
)
# ---- session 43 (issue 12) : apres le role de l'auteur, le patient nomme par le mot de parente auquel ce role repond ----
#: l'auteur s'est nomme parent du patient a l'ouverture (PROXY_ROLE), le patient nomme ensuite par son mot de parente comme
#: sujet : "c'est la petite-fille de mme claes qui ecrit . bobonne a glisse" (bot/reading/redflags.py _role_kin_as_patient) :
#: les mots du role, les mots de parente du patient qui y repondent -- et les mots qui font de ce mot le possesseur d'un autre
#: parent (aucun en francais : "la soeur de mamie" ne commence pas par mamie)
#: (un titre dans les mots du role garde la parente du patient d'un cote : "je suis la fille de m. dubois . maman a eu un
#: cancer" est un autre parent)
_HE_43 = r"^(?!.*\b(?:madame|mademoiselle|mme|mlle)\b)"
_SHE_43 = r"^(?!.*\b(?:monsieur|mr|m)\b)"
_GRANDCHILD_43 = r".*\b(?:arriere )?petite? fil(?:le|s)\b"
_CHILD_43 = r".*\b(?<!petite )(?<!petit )(?:(?:belle|beau) )?(?:fille|fils)\b|.*\b(?:bru|gendre)\b"
ROLE_KIN = ((_HE_43 + _GRANDCHILD_43, r"grand pere|bon papa|papy|papi|pepe|bompa"),
            (_SHE_43 + _GRANDCHILD_43, r"grand mere|bobonne|bonne maman|mamie|mamy|meme|bomma"),
            (_HE_43 + "(?:" + _CHILD_43 + ")", r"pere|papa|daron"),
            (_SHE_43 + "(?:" + _CHILD_43 + ")", r"mere|maman|daronne"),
            (r"femme|epouse|compagne", r"mari|epoux"),
            (r"mari|epoux|compagnon", r"femme|epouse"))
KIN_OWNED_AFTER: tuple = ()

#: un pied qui tombe dit par ses effets seuls (session 43W, issue 12 ; avec une aggravation dite : le filet) : buter ou trebucher
#: sur rien, le bout de la chaussure qui accroche ou racle les marches : "je trebuche sur rien depuis lundi et ca empire", "la
#: pointe de ma basket racle chaque marche, pire chaque jour" (pas buter sur une vraie marche)
FOOT_SIGN_ALONE += (
    r"(?:bute|butes|butais|butait|bute[r]|trebuche|trebuches|trebuchais|trebuchait|trebuche[r]|encouble|encoubl[e]s) (?:\w+ )?(?:sur"
    r"|contre|pour) (?:un )?(?:rien|du vide)\b",
    r"(?:bout|pointe|avant|nez) de (?:mon |ma |mes |la |le |les )?{FOOTWEAR}(?: \w+){0,2}? (?:accroche\w*|racle\w*|frotte\w*|traine\w*"
    r"|bute\w*|tape\w*)",
)
#: le pied tout mou (session 43W): "mon pied est tout mou, bien pire qu'hier" ("flasque": voir session 44W2 plus bas)
FAILING_LIMB += (r"(?:tout |toute |tres |completement )?mou\b",)
# ---- session 43P (issue 12): la nuit dite apres une negation de la douleur qui continue ----
#: une negation qui dit la douleur qui continue, pas la nuit niee (bot/reading/redflags.py _night_keeps_neg): "une douleur qui me
#: lache pas la nuit: couche, assis, sur le cote, rien ne soulage", "ca me laisse pas tranquille la nuit, ..."
NIGHT_KEEPS_NEG = (r"(?:me |m |te |le |la )?(?:lache|lachait|lach[e]nt|quitte|quittait|laisse|laissait) (?:\w+ )?(?:pas|jamais|plus|point)"
                   r"(?: (?:tranquill[e]|en pai[x]|une minut[e]|un instan[t]))?",
                   r"(?:se |s )?(?:arrete|calme|cesse|arretait|calmait|cessait) (?:pas|jamais|plus|point)")
# ---- session 43P (issue 12): une fievre passee, dite par plus rien depuis un jour ----
#: plus rien depuis un moment nomme, apres une fievre dite au passe (bot/reading/redflags.py _resolved_after, PAST_CUES dans sa
#: proposition): "39 de fievre pendant deux jours, mais depuis jeudi passe plus rien", "j'ai eu 38,8, plus rien depuis samedi"
#: (la fin de la proposition ensuite: pas "depuis lundi rien n'y fait")
FEVER_GONE_NOW += (r"depuis (?:\w+ ){1,3}?(?:c est |ce est |ca est |j ai |je ai )?(?:plus rien|rien)(?: du tout)?(?= ,| \.|$)",
                   r"(?:plus rien|rien)(?: du tout)? depuis (?:\w+ ){0,2}?\w+(?= ,| \.|$)")
# ---- session 43NT : une glissade rattrapee avant toute chute, puis la question si elle compte comme une chute ----
#: reste debout apres une glissade, et d'autres facons de rien heurte (session 43NT, bot/reading/redflags.py _slip_unstruck et
#: _fall_told_denied) : "je suis reste debout", "je suis restee sur mes pieds", "cogne nulle part", "j'ai pas touche le sol",
#: "aucun choc" (pas "debout toute la journee" : pas de glissade avant)
NOTHING_STRUCK += (r"(?:suis|est|sommes) (?:quand meme |toujours |bien )?(?:reste|restee|restes|restees) (?:debou[t]|sur (?:mes|ses|nos) (?:pieds|jambes))\b",
                   r"(?:cogn[e]|touch[e]|heurt[e]|tap[e]) nulle par[t]",
                   r"(?:pas|jamais) (?:touch[e]|toucher) (?:le sol|terre|par terre)",
                   r"aucun (?:cho[c]|impac[t])\b")
#: la glissade ou le rattrapage d'une quasi-chute (session 43NT, bot/reading/redflags.py _fall_told_denied, avec SLIP_ONLY, SLIPPED et
#: CAUGHT_AFTER) : "rattrape", "rattraper"
NEAR_FALL = (r"rattrap\w*", r"glissa[i]t")
#: la question si la quasi-chute compte comme une chute (session 43NT ; retiree seulement si le sien est dit bien : _own_told_fine) :
#: "ca compte comme une chute ?", "cela compte pour une chute ?"
GENERAL_SUBJECT += (r"(?:est ce que )?(?:ca|cela) (?:\w+ )?(?:compte|compterait|vaut|vaudrait) (?:comme|pour)\b",)
# ---- session 43S2 (issue 12) : la zone de la selle pas sentie sous la douche ou dans le bain, dite par l'eau, la serviette ou les habits ----
#: ce qui touche la zone en se lavant, s'essuyant ou s'habillant (moteur _SHARED_SADDLE) : "l'eau", "la serviette", "le papier
#: toilette", "ma culotte"
BATH_THING = (r"eau|douch[e]|bain|serviett[e]|gant de toilett[e]|papie[r] toilett[e]|papie[r] cu[l]|pq",
              r"culott[e]|sli[p]|calecon|boxe[r]|pantalo[n]|vetement[s]|habit[s]")
#: ce toucher pas senti, dit par "ca" (a cote de NOT_FELT_IT) : "je sens pas ca du tout"
BATH_NOT_FELT = (r"(?<!\bil )(?<!\belle )(?:je |j )?(?:ne |n )?(?:sens|sentai[s]|ressen[s]) (?:pas|plus|rien) (?:ca|cela)(?= ,| \.|$| (?:du tout|et|mais|comme|quand)\b)",)
#: ... ou "le", "la" pas senti, puis ou : "le papier je le sens pas sur les fesses" (le "je le sens pas" normalise en "unsure")
BATH_NOT_FELT_AT = (r"(?<!\bil )(?<!\belle )(?:je |j )?(?:ne |n )?(?:le |la |les |l )(?:sens|sentai[s]|ressen[s]) (?:pas|plus|rien|unsure)(?: du tout)?",
                    r"(?<!\bil )(?<!\belle )(?:je |j )?(?:ne |n )?(?:le |la |les |l )(?:ai )?(?:pas|rien) senti[e]?(?: du tout)?")
#: ... "je le sens pas sur les fesses" : le "pas sur" normalise en "unsure" a mange le "sur" de lieu
SADDLE_PATTERNS += (r"\b{BATH_THING}\b(?: \S+){0,4}? (?:le |la |les |l )(?:sens|sentai[s]|ressen[s]) unsure (?:(?:les|mes|ma|mon|la|le|l|des) )?(?:\w+ )?{AREA}\b",)
# ---- session 43NX (issue 12): la douleur de la nuit, "rien ne soulage" dans la phrase d'apres ----
#: rien ne me soulage, ne m'aide, ne me calme: la nuit sans soulagement, comme "rien ne la soulage" (bot/reading/redflags.py
#: _night_no_relief_next lit la phrase d'apres avec la nuit): "la nuit j'ai super mal au dos. rien ne me soulage"
NIGHT_STRONG += (r"rien (?:qui |ne |n )?(?:me |m )(?:calm\w*|soulag\w*|aid\w*|apais\w*)",)
# ---- session 44W2 (issue 12): le pied flasque ----
#: le pied flasque dit par l'adjectif (session 44W2, issue 12 ; avec une aggravation dite : le filet) : "mon pied est flasque, ca
#: empire", "le pied gauche est devenu flasque, de pire en pire" (le mot entre au vocabulaire du lecteur de fautes, qui en faisait
#: "flaque" ; "une flaque" reste une flaque)
FAILING_LIMB += (r"(?:tout |toute |tres |completement )?(?:flasque|flasques)\b",)
FUZZY_TARGETS = FUZZY_TARGETS | frozenset(("flasque", "flasques"))

# ---- session 44T (issue 12): un signe lu, son sens ou son urgence demande, rien d'en dit a soi ----
#: la page qui en parle: "votre page parle de perte de sensibilite ..."
HEARSAY += (r"(?:liste|brochure|site|page|affiche|depliant|fiche|notice|article)(?: \w+){0,3}? (?:parle|parlait|parlent) (?:de|du|des|d)\b",)
#: l'urgence d'un signe lu demandee (avec MEANING_ASKED): "c'est vraiment urgent", "c'est quoi exactement"
SIGN_URGENCY_ASKED = (r"(?:ce|c|ca|cela) est (?:vraiment |si |tellement )?(?:urgent|grave|dangereux|une urgence)",
                      r"(?:ce est|c est|cest|c) quoi (?:exactement|au juste)")
#: le signe lu dit "exactement ca": "parce que moi c'est exactement ca"
HEARSAY_MINE += (r"(?:c est|cest|c|ce est) (?:exactement|justement|tout a fait|pile) (?:ca|cela)\b",)
#: "moi rien de tout ca, mais ..." (the question after the contrast asks, it claims nothing)
SIGNS_DENIED += (r"(?:moi|chez moi|pour moi)(?: ,)? rien de (?:tout )?(?:ca|cela|ce genre)(?= ,| \.|$| mais\b)",)
#: "chez moi tout est normal de ce cote", "aucun fourmillement ni engourdissement chez moi"
SIGNS_DENIED += (r"(?:chez moi|moi|pour moi) (?:tout )?(?:est|c est|ce est) (?:tout a fait |parfaitement )?normal (?:de ce cote|a ce niveau|la dessus)"
                 r"(?: la)?(?= ,| \.|$)",
                 r"(?:^|(?<=\. )|(?<=, ))(?:aucun|aucune|zero) (?:engourdissement\w*|fourmillement\w*|picotement\w*"
                 r"|perte de sensibilite|insensibilite)(?: (?:ou|ni|niet|et) (?:\w+ ){0,2}?(?:engourdissement\w*|fourmillement\w*|picotement\w*))?"
                 r"(?: (?:chez moi|pour moi|nulle part|du tout|la en bas|en bas|a ce niveau))?(?= ,| \.|$)")

#: les jambes d'un proche qui lachent, dites en aggravation, a cote de GIVES_WAY (session 44W3 ; bot/reading/redflags.py
#: _others_failing_worse) : "les jambes de mon pere se derobent, c'est pire chaque jour"
OTHERS_LEGS_FAIL = (r"derobe|derobent|lachaient|lachait|lache|plie", )
# ---- session 44 (le lead, issue 12) ----
#: le pronom du proche devenu complement apres ces mots (bot/reading/redflags.py _patient_pronoun): aucun en francais, ou le
#: complement vient avant le verbe ("ses jambes la lachent")
PROXY_OBJECT_AFTER: dict = {}
# ---- session 44NT2, issue 12: night pain told as nights bad with nothing easing it, the tries at night, or in bed unchanged ----
#: the nights named as the bad time, then nothing eases it (not the nights told fine, nor kept up by another: "les nuits sont dures
#: avec le bebe"): "les nuits sont un enfer avec ce dos, rien n'y fait"
_NIGHTS_OTHER_44 = (r"(?!(?: \S+){0,6}? (?:avec|a cause de|par|du|de la) (?:le |la |les |mon |ma |mes |notre |nos )?(?:bebe|bebes|nourrisso[n]"
                    r"|enfants?|petits?|petite|jumeau[x]|chien|chio[t]|voisin[s]?|ronfl\w*|mari|femme|conjoin[t]|fils|fille|boulo[t]|travail)\b)")
NIGHT_PATTERNS += (
    r"(?:^|(?<=, )|(?<=\. )|(?<=\bet )|(?<=\bmais ))(?:les |mes |ces )?nuits (?:sont|etaient|restent|deviennent|c est|ce est)\b(?! (?:\w+ )?(?:bien|calmes?|tranquilles?|ok|correcte[s]?"
    r"|mieux|supportable[s]?|bonnes?|pas (?:\w+ )?mal)\b)" + _NIGHTS_OTHER_44 + r"(?: \S+){0,12}? {NO_RELIEF}\b",
    # ... quoi que je fasse la nuit, ca continue: "quoi que j'essaie au lit, la douleur reste"
    r"\bquoi que (?:je|j) (?:fasse|fais|essai[e]|essay[e]|tent[e]|prenn[e])\b(?: \w+){0,2}? (?:la nuit|au lit|dans (?:mon|le) lit|en pleine nuit)\b"
    r"(?: \S+){0,12}? (?:{NO_RELIEF}|(?:ca|la douleur|elle|le mal) (?:ne |n )?(?:passe|part|s en va|se calme|diminue) pas"
    r"|(?:la douleur|elle|le mal|ca) rest[e])\b",
    # ... au lit ou couche, rien n'y change: "au lit j'ai mal que je bouge ou pas", "allonge j'ai tout essaye"
    r"\b(?:au lit|dans (?:mon|le) lit|couche|couchee|allonge|allongee|la nuit|en pleine nuit|vers minui[t]|a minui[t])\b(?: \S+){0,16}?"
    r" (?:que (?:je|j) (?:bouge|me tourne|reste immobile|me bouge) ou (?:pas|non)|(?:j ai|jai) (?:deja )?tout essay[e]|rien (?:ne |n )?(?:la |le |l )?change)\b",
    r"\bque (?:je|j) (?:bouge|me bouge) ou (?:pas|non)\b(?: \S+){0,4}? (?:au lit|dans (?:mon|le) lit|couche|couchee|allonge|allongee|la nuit)\b",
)
#: ... moving or not is no pain that comes only with moving
NIGHT_STRONG += (r"que (?:je|j) (?:bouge|me tourne|reste immobile|me bouge) ou (?:pas|non)",)
#: une question posee a la personne, pas une page lue (bot/reading/redflags.py _hearsay_meaning_asked; session 44, le lead):
#: "mon medecin m'a demande si j'avais les fesses engourdies, ca veut dire quoi ?" garde le signe
HEARSAY_PUT = (r"demande|demandait|demandee",)
# ---- session 45W4, issue 12 : les deux jambes dites pareilles, les jambes d'un proche qui s'affaissent ----
#: les deux jambes dites pareilles apres une faiblesse (bot/reading/redflags.py _BOTH_ALIKE) : "je perds de la force chaque jour,
#: les deux pareil", "gauche et droite pareil" (une faiblesse deja lue ; "l'autre va bien" n'en est pas)
BOTH_ALIKE = (r"(?:les deux|tous les deux|toutes les deux|des deux cotes|gauche et droite|a gauche comme a droite)"
              r" (?:jambes )?(?:ce est |c est |cest |sont |est )?(?:tout )?(?:pareil|pareils|pareilles|identiques|la meme chose)",)
#: ... les jambes d'un proche qui s'affaissent sous lui, dites en aggravation : "ses jambes s'affaissent sous lui, c'est pire"
OTHERS_LEGS_FAIL += (r"affaissent|affaisse|ecroulent|ecroule",)

# ---- session 45TR (issue 12): un joueur rentre dans le dos; le linge tombe, pas la personne (TRAUMA_PATTERNS) ----
TRAUMA_PATTERNS += (
    # "un joueur adverse m'est rentre dans le dos", "il m'est rentre dans les lombaires" (pas "ca m'est rentre dans le dos")
    r"(?<!\bca )(?<!\bc )\b(?:me|m) (?:est|etait) (?:\w+ )?(?:rentr[e]|rentre[e]) (?:\w+ )?dans (?:le|les|mon|mes) (?:bas du |bas de le )?"
    r"(?:dos|lombaire[s]|rein[s]|colonn[e])\b",
)
#: ce qu'on porte et qui tombe dans l'escalier quand la personne reste debout: "le linge est tombe mais pas moi"
FALLEN_THINGS += ("ling[e]", "panie[r]", "panier a ling[e]", "corbeill[e]")
# ---- session 45N3, issue 12: night pain told as nothing one does at night changing it ----
#: anything done, the pain unchanged: "la nuit peu importe ce que je fais la douleur reste la meme", "allonge rien de ce que je
#: fais ne change quoi que ce soit" (not the day's or work's: no day word between; not the night told fine)
_ANYTHING_DONE_45 = (r"(?:peu importe ce que (?:je|j) (?:fais|fasse|essai[e]|tent[e])|quoi que (?:je|j) (?:fasse|fais|essai[e]|tent[e])"
                     r"|(?:j ai|jai) beau (?:faire|essayer|tente[r]|bouger|me tourner|me retourne[r])|rien de ce que (?:je|j) (?:fais|essai[e]|tent[e]))")
_NIGHT_HERE_45 = (r"(?:la nuit|en pleine nuit|dans la nuit|au lit|dans (?:mon|le) lit|couche|couchee|allonge|allongee"
                  r"|quand (?:je|j) (?:suis|me) (?:couche|couchee|allonge|allongee))")
_UNCHANGED_45 = (r"(?:{NO_RELIEF}|rest[e] (?:\w+ ){0,2}?(?:la meme|le meme|pareil|pareille|identiqu[e])"
                 r"|(?:ne |n )?(?:la |le |l )?change (?:rien|pas|quoi que ce soit)|(?:ne |n )(?:la |le |l )?(?:calme|soulage|apaise)\b)")
_GAP_NO_DAY_45 = r"(?: (?!(?:jour|journee|journee[s]|travail|boulo[t]|bien|ok)\b)\S+){0,16}?"
NIGHT_PATTERNS += (
    r"\b" + _NIGHT_HERE_45 + r"\b" + _NIGHTS_OTHER_44 + _GAP_NO_DAY_45 + r" " + _ANYTHING_DONE_45 + r"\b" + _GAP_NO_DAY_45 + r" "
    + _UNCHANGED_45 + r"\b",
    r"\b" + _ANYTHING_DONE_45 + r"(?: \w+){0,2}? " + _NIGHT_HERE_45 + r"\b" + _GAP_NO_DAY_45 + r" " + _UNCHANGED_45 + r"\b",
)
#: ... anything done, the pain unchanged, is no pain that comes only with turning over
NIGHT_STRONG += (_ANYTHING_DONE_45 + r"\b(?: \S+){0,12}? (?:rest[e] (?:\w+ ){0,2}?(?:la meme|pareil|pareille|identiqu[e])"
                 r"|(?:ne |n )?(?:la |le |l )?change (?:rien|pas|quoi que ce soit))",)
# ---- session 46PD, issue 12: une maladie passee avec fievre dite finie par son traitement, le cancer d'un jumeau ----
#: une fievre placee dans le passe (sa propre proposition: "j ai eu", "il y a un mois", "en octobre") dite finie par son traitement:
#: "soignee aux antibiotiques", "traitee", "les antibiotiques sont termines", "j ai fini les antibiotiques", "l analyse de controle
#: est revenue propre" (pas "encore sous antibiotiques", "en cours de traitement", "traitee au doliprane", ni une fievre du dernier jour)
FEVER_GONE_NOW += (
    r"(?<!pas )(?<!pas encore )(?<!en cours de )(?<!toujours )(?<!encore )(?:bien )?(?:soign[e]|soigne[e]|trait[e]|traite[e])"
    r"(?: (?:aux|par|avec des|sous) antibiotique[s])?(?= ,| \.| et\b|$)",
    r"(?<!pas )(?<!pas encore )(?:fini|termine|acheve) (?:les |mes |le traitement d |le traitement |la boite d )?antibiotique[s]\b",
    r"(?:les |mes )?antibiotique[s] (?:sont |etaient )?(?:termine[e]?[s]?|fini[e]?[s]?|acheve[e]?[s]?)\b",
    r"(?:l |une |la |le )?(?:analyse|examen|test|bilan|prise de sang|ecbu|urine[s]) (?:\w+ ){0,2}?de control[e] (?:\w+ )?(?:etait|est|etaient"
    r"|a ete|est revenu|est revenue|sont revenus|sont revenues) (?:bien |tout a fait |parfaitement )?(?:propr[e]|normal[e]?|negati[f]|negativ[e]"
    r"|bon|bonn[e]|ok|nicke[l])\b",
    r"(?:le |mon )?control[e] (?:\w+ ){0,2}?(?:etait|est|a ete|est revenu) (?:bien |tout a fait |parfaitement )?(?:propr[e]|normal|negati[f]"
    r"|bon|ok|nicke[l])\b",
)
#: un jumeau est un proche: "mon jumeau a eu un cancer, moi rien du tout"
FAMILY += (r"jumea[u]|jumeau[x]|jumell[e]|jumelle[s]",)

# ---- session 46R2 (issue 12): une jambe pire dite "de + en +", par le relever du pied, les pedales; "rien de pire" ----
#: "de + en +" ecrit en signes (le "+" est lu "and"): "ma jambe devient de + en + faible" = "de plus en plus faible"
STREET_PHRASES += ((r"\bde and en and\b", "de plus en plus"),)
#: le pied de plus en plus dur a lever (un cours): "chaque jour c'est plus dur de lever mon pied", "c'est de + en + dur de lever le
#: pied"
WORSENING_PATTERNS += (
    r"\b(?:chaque jour|tous les jours|de jour en jour|jour apres jour|de plus en plus)\b(?: \w+){0,3}? (?:plus )?(?:dur|difficil[e]"
    r"|penibl[e]|de mal|du mal) (?:a|de|pour) (?:le |la |les |l )?(?:lever|soulever|relever|decolle[r]) (?:mon |ma |mes |le |la |les )?"
    r"(?:pied|pieds|jambe|jambes|orteils?)\b",
    # le pied qui ne va plus sur la pedale d'une voiture ou qui ne s'en retire plus: "je n'arrive plus a mettre mon pied sur le frein",
    # "j'arrive pas a enlever mon pied de l'accelerateur" (pas quand la douleur est la raison)
    r"\b(?:arrive|arrivais|peux|pouvais|parviens|reussis|sais|savais) (?:pas|plus|presque plus|mal) (?:bien )?a (?:\w+ )?(?:mettre|pose[r]"
    r"|enleve[r]|retire[r]|lever|decolle[r]|passer|amener|ramener) (?:mon |le |ma )?(?:pied|jambe)(?: droit| gauche| droite)? (?:sur|de|du|vers"
    r"|au|jusqu a) (?:la |le |l |de le |de la )?(?:frei[n]|accelerateu[r]|embrayag[e]|pedal[e]|gaz)\b"
    r"(?! (?:\w+ ){0,3}?(?:a cause|parce|car|vel[o])\b)",
)
#: une aggravation niee par "rien de pire": "mes jambes sont faibles depuis longtemps, rien de pire" (pas "rien de pire que cette
#: douleur")
_RIEN_DE_PIRE_46 = r"rien de (?:plus )?pire(?! que (?:\w+ ){0,2}?(?:douleur|mal|ca|cela)\b)"
STABLE += (_RIEN_DE_PIRE_46,)
NOT_WORSE += (_RIEN_DE_PIRE_46,)
NOT_WORSENING += (_RIEN_DE_PIRE_46,)
# ---- session 46SB, issue 12: saddle places listed, one numbness word for all; the inside of the legs with the seat ----
#: the whole of the places listed before, taken up by one numbness word (bot/reading/redflags.py _PLACES_THEN_ALL): "entre mes
#: fesses et devant, tout est engourdi", "autour de l'anus et devant, tout est comme anesthesie"
ALL_PLACES = ("tou[t]", "tout c[a]", "le tou[t]", "toute la zon[e]")
#: l'interieur des jambes nomme avec les fesses, le siege ou l'entrejambe est l'interieur des cuisses (un cycliste, pas les deux
#: jambes): "mes fesses et l'interieur des jambes sont engourdis" (pas "l'interieur des deux jambes jusqu'aux chevilles" seul)
CROTCH_PHRASES += (
    (r"\b(?P<area46>{AREA}) (?P<and46>et|plus) (?:le |l )?(?:interieu[r]|dedan[s]) (?:de |des |du )?(?:mes |les |ses |deux )?jambes\b",
     r"\g<area46> \g<and46> crotchzone"),
    (r"\b(?:le |l )?(?:interieu[r]|dedan[s]) (?:de |des |du )?(?:mes |les |ses |deux )?jambes\b(?= et (?:mes |les |le |la |l )?{AREA}\b)",
     "crotchzone"),
)
# ---- session 46R1 (issue 12): une collision racontee par ce qui a heurte quoi, l'airbag declenche (TRAUMA_PATTERNS) ----
#: ce qui a ete heurte: la portiere, le flanc, la voiture ou le velo ("dans la portiere cote chauffeur", "ma bagnole", "mon velo")
_HEURTE_46R1 = (r"(?:la|ma|notre|le|mon|l) (?:\w+ )?(?:portier[e]|portiere[s]|voiture|auto|bagnol[e]|caiss[e]|velo|moto|scooter|flan[c]|aile"
                r"|carrosseri[e]|arrier[e]|avant)\b(?! (?:de (?:mon|ma|notre) (?:garag[e]|maiso[n]|li[t])|est lourd\w*)\b)")
TRAUMA_PATTERNS += (
    # rentre dans ... (le patient heurte: "m'est rentre", "nous est rentre"): "il m'est rentre en plein dans la portiere cote
    # chauffeur", "un camion nous est rentre dans l'arriere" (pas "je suis rentre dans ma voiture": monter dedans)
    r"\b(?:m|me|nous) (?:est|sont|a|ont) (?:rentre|rentre[e]|rentre[s]|entre|fonc[e]|fonce[s]) (?:\w+ ){0,2}?dans " + _HEURTE_46R1,
    # un vehicule a embouti, percute, accroche ma portiere, ma voiture, mon velo: "une camionnette a accroche ma voiture",
    # "un gars en 4x4 a percute mon velo" (pas "j'ai accroche mon velo au mur")
    r"\b(?:" + _VEHICULE[3:-1] + r"|4x4|suv|jee[p])\b(?: (?!(?:presque|failli|failli[t]|manque|aurai[t]|pourrait|si)\b)\S+){0,6}? (?:m |nous )?(?:a|ont) (?:\w+ )?"
    r"(?:embouti|emboutie|percute|percutee|accroche|accroche[e]|tamponne|tamponnee|heurte|heurtee|defonc[e]|defonce[e]|pulveris[e]|pulverise[e])"
    r" " + _HEURTE_46R1,
    # l'airbag declenche: "l'airbag s'est declenche", "les airbags se sont ouverts" (pas "le voyant de l'airbag s'est allume")
    r"\bairba[g]s? (?:(?!(?:voyan[t]|temoi[n])\b)\w+ ){0,2}?(?:declenche\w*|ouvert\w*|gonfle\w*|sorti\w*|explose\w*|parti\w*|pete\w*)\b",
)
# ---- session 46R1 (issue 12): la nuit, rien de ce que je fais ne la calme ("ne" lu "een" par la lecture) (NIGHT_PATTERNS) ----
_RIEN_FAIT_46R1 = (r"(?:rien de ce que|rien de ce qu|rien que) (?:je |j )(?:\w+ )?(?:fais|fai[s]|essai[e]|essay[e]|tent[e]|pren[d]s|met[s])"
                   r" (?:ne |n |een )?(?:me |m )?(?:la |le |l |y )?(?:calm[e]|soulag[e]|aid[e]|apais[e]|chang[e]|fait|march[e]|passe)\b")
NIGHT_PATTERNS += (
    r"\b" + _NIGHT_HERE_45 + r"\b" + _NIGHTS_OTHER_44 + _GAP_NO_DAY_45 + r" " + _RIEN_FAIT_46R1,
    r"\b" + _RIEN_FAIT_46R1 + r"(?: \S+){0,6}? " + _NIGHT_HERE_45 + r"\b",
)
# ---- session 46R3, issue 12: the patient first in a pair with cancer ----
#: the patient named first in a pair whose clause tells the cancer (bot/reading/redflags.py _third_party): "moi et mon frere avons eu
#: un cancer", "moi et ma mere on a eu un cancer du sein" (not "moi et ma soeur on est alles voir mon pere, il a un cancer")
PAIR_WITH_ME = (r"moi(?: meme)? et",)
#: une sensibilite dite normale (bot/reading/redflags.py _sense_told_normal): la sensibilite ou le fonctionnement normal dans la
#: phrase, lu avec un simple "je sens rien" ("je sens rien dans les jambes, tout fonctionne normalement"); un toucher ou le froid
#: bien senti ("j'ai bien senti le froid partout"); une perte garde le signe ("je ne sens plus rien"); le siege des wc dit froid
SENSE_NORMAL = (
    r"(?:la |ma )?(?:sensibilit[e]|sensation) (?:\w+ ){0,3}?(?:est|reste|semble|parait) (?:tout a fait |bien |completement |parfaitement )?"
    r"(?:normal[e]|bonne|ok)\b(?! (?:\w+ )?(?:mais|sauf)\b)",
    r"(?:tout|elles|ca|les deux) (?:\w+ )?(?:fonctionn[e]|fonctionnent|marche|marchent|bouge|bougent) (?:tout a fait |bien |parfaitement )?"
    r"(?:normalemen[t]|normal|bien|comme d habitude)\b(?! (?:\w+ )?(?:mais|sauf)\b)",
)
FELT_WELL = (r"(?:bien )?(?:senti|sentie|sens|sent) (?:bien |tres bien |normalemen[t] )?(?:le |la |l |les )?(?:\w+ ){0,2}?"
             r"(?:partout|normalemen[t]|bien)\b",
             r"(?:ai|a) bien (?:senti|sentie)\b")
NOTHING_FELT_PLAIN = (r"(?:sens|sent|ressens|senti) (?:\w+ )?rien",)
SENSE_LOST = (r"plus|perdu|perdue|fonctionne pas|fonctionnent pas|marche pas|marchent pas|fonctionne plus|marchent plus",)
SEAT_TOLD_COLD = (r"(?:siege|lunette|abattant)s? (?:des |du |de la |de )?(?:wc|toilettes?|cabinets?|chiottes)(?: \w+){0,3}? "
                  r"(?:glace|glacee|gele|gelee|froid|froide|glacial|glaciale)s?",)
# ---- session 46R3, issue 12: "plus de mal a" is more trouble ----
#: more trouble lifting the foot or the leg (the "plus" kept as more by SPOKEN_PHRASES, _MORE_46): "j'ai plus de mal a lever mon
#: pied", "j'ai bien plus de difficulte a soulever la jambe" (not "je n'ai plus de mal a lever le pied": no more)
WORSENING_PATTERNS += (
    r"\b(?:ai|a|avons|ont|avais|avait) (?:beaucou[p] |bien |encor[e] |un peu |nettemen[t] )?plus (?:de mal|de difficult[e]|de difficulte[s]"
    r"|de pein[e]) (?:a |pour )(?:\w+ ){0,2}?(?:leve[r]|souleve[r]|releve[r]|decolle[r]|teni[r] debou[t])\b",
)
#: ... un bien senti nie ou a peine, dans la correspondance ou les trois mots avant: "j'ai pas bien senti le froid partout"
FELT_WELL_DENIED = ("pas", "plus", "jamais", "rien", "a peine", "moins", "guere")
#: ... ou avec un endroit excepte apres: "je sens tout partout sauf sur les fesses"
FELT_WELL_EXCEPT = ("sauf", "a part", "excepte", "hormis", "mais pas")

# ---- session 46R4 (issue 12): une chose tombee, pas la personne; les jambes d'un proche qui lachent, chaque fois pire; "je faiblis" ----
#: ce qui tombe, lu comme le sujet de la chute seulement si la personne est dite pas tombee apres (NOT_ME_FELL ;
#: bot/reading/redflags.py fallen_thing) : "la caisse est tombee mais je suis restee debout" (pas "une caisse m'est tombee dessus")
FALLEN_OBJECTS = ("carto[n]", "carton[s]", "boit[e]", "caiss[e]", "cageo[t]", "echell[e]", "escabea[u]", "pot de fleur[s]", "po[t]",
                  "sa[c]", "valis[e]", "chais[e]", "poubell[e]", "sea[u]")
#: la personne pas tombee : "mais pas moi", "moi non", "je suis restee debout", "je ne suis pas tombe", "j'ai pu me rattraper"
NOT_ME_FELL = (r"(?:mais|et) pas moi\b", r"(?:mais )?moi (?:non|pas)(?= ,| \.|$)",
               r"(?:je|j) (?:suis|sui[s]) (?:restee?|reste[e]) (?:debout|sur mes (?:pieds|jambes)|droite?)\b",
               r"(?:je|j) (?:ne |n )?(?:suis|sui[s]) (?:pas|jamais) tombee?\b",
               r"(?:je|j) (?:ai|a) (?:pu|plus|reussi a) me (?:rattrape[r]|reteni[r])\b", r"(?:je|j) me suis (?:rattrapee?|retenue?)\b")
#: chaque fois pire : "les jambes de ma mere ont encore lache, chaque fois pire", "pire a chaque fois"
WORSE_NOW += (r"(?:a )?chaque fois (?:un peu |encore |bien )?(?:pire|plus faibles?)\b", r"pire (?:a )?chaque fois\b")
#: "je faiblis" dit des jambes : "mes jambes, je faiblis de jour en jour", "je faiblis des jambes" (pas "je faiblis" sans jambe)
BOTH_LEGS_WEAK_PATTERNS += (
    r"\b(?:mes |les |mes deux |les deux )?jambes (?:\S+ ){0,3}?(?:je|j) (?:me |m )?(?:faibli[s]|affaibli[s])\b",
    r"\b(?:je|j) (?:me |m )?(?:faibli[s]|affaibli[s]) (?:\w+ ){0,4}?(?:des|dans les|dans mes|au nivea[u] des) (?:deux )?jambes\b",
)
WORSENING_PATTERNS += (
    r"\b(?:ma |la )?jambe (?:\S+ ){0,3}?(?:je|j) (?:me |m )?(?:faibli[s]|affaibli[s])\b",
    r"\b(?:je|j) (?:me |m )?(?:faibli[s]|affaibli[s]) (?:\w+ ){0,4}?(?:de la|dans la|dans ma|au nivea[u] de la) jambe\b",
)
# ---- session 47R8 (issue 12) : une chute "je me suis etale(e)" sans lieu, "ca tire un coup", l'entourage avant la chute ----
#: je me suis etale(e), la proposition finie ou un lieu, un moment apres (bot/reading/redflags.py TRAUMA_RULES) : "je me suis etale
#: dans la cuisine", "je me suis etalee hier devant la boulangerie" (pas "etale de la pommade", "etalee sur le canape", "dans le lit")
TRAUMA_PATTERNS += (
    r"\b(?:me|m) suis (?:\w+ )?(?:etal[e]|etale[e])(?= ,| \.|$| (?:hier|ce mati[n]|ce soir|dans|en|devan[t]|comme|a cause|et|mais|quand|lors|pendan[t]"
    r"|au milie[u]|sur le cote|sur le ventre)\b)(?!(?: \w+){0,4}? (?:canap[e]|lit|fauteui[l]|sof[a]|transa[t]|hama[c]|plag[e]|sabl[e]|herb[e]"
    r"|pelous[e]|coussins?|crem[e]|pommad[e]|baum[e]|gel)\b)",
)
#: la douleur qui "tire un coup", "lance un coup" (une fois, un elancement, pas un coup recu ; bot/reading/redflags.py blow_idiom) :
#: "ca tire un coup dans le bas du dos", "ca me lance un coup dans les reins" (pas "il m'a donne un coup dans le dos")
BLOW_IDIOMS += (r"\b(?:ca|cela|ce|c|la douleur|le dos|mon dos) (?:me |m )?(?:tire|tirai[t]|tiraill[e]|lance|lancai[t]|elanc[e]|piqu[e]|piquai[t]|pren[d]"
                r"|prenai[t]|serr[e]|coinc[e]) (?:comme )?un (?:petit |grand |bon |sale |gros )?coup\b",)
#: l'entourage de la patiente, pas le sujet de la chute (bot/reading/redflags.py _someone_else) : "avec les enfants", "avec ma mere"
COMPANY_OF = ("avec",)
#: un il, elle, ils parmi les mots du sujet : l'entourage peut etre celui qui est tombe ("j'etais avec mon mari et il est tombe")
OTHER_SUBJECTS = ("il", "elle", "ils", "elles", "lui")
# ---- session 47R5 (issue 12): a leg task done less and less, step by step ----
#: "je me levais" is no typo of "je me devais" (the typo reader read it so)
REAL_NEIGHBOURS = REAL_NEIGHBOURS | frozenset("levais levait levaient".split())
#: the leg's tasks and tests a decline is told by (bot/reading/redflags.py _declining_task_net): tiptoes, heels, the big toe, the
#: stairs and their rail, getting up out of a seat
DECLINE_TASK = (r"pointe[s]? des pied[s]", r"talon[s]?", r"gros orteil", r"orteil[s]?", r"escalie[r]s?", r"rampe", r"quatre patte[s]",
                # a seat only with getting up out of it: "me lever du canape", "je me levais de la chaise"
                r"(?:me|se|m|s) (?:re)?lev\w* (?:\w+ ){0,2}?(?:du|de la|de ma|de mon|d un|d une|de) (?:fauteui[l]|canap[e]|chais[e]|sieg[e]|toilette[s]"
                r"|wc|divan)", r"relever")
#: a lessened step told before the lost one: "a peine", "presque plus", "d'abord"
DECLINE_LESS = (r"a peine", r"presque plus", r"encore un peu", r"difficilemen[t]", r"avec peine", r"de moins en moins")
#: ... or a first step of a series told with the task in its own clause: "d'abord je devais tenir la rampe"
DECLINE_FIRST = (r"de? abord", r"au debu[t]", r"ensuit[e]", r"puis", r"apres ca")
#: the step lost: "plus du tout", "je sais plus", "plus moyen"
DECLINE_NONE = (r"plus du tout", r"pas du tout", r"plus moye[n]", r"impossibl[e]",
                r"(?:sais|sait|savais|peux|peut|pouvais|arrive|arrivais|parviens|parvenais) (?:\w+ )?plus")
#: another cause told for it: the pain, a cramp ("je montais a peine l'escalier a cause de la douleur")
DECLINE_OTHER_CAUSE = (r"(?:a cause|en raison) (?:de la|de ma|du|des|de) (?:douleu[r]|crampe[s]?|mal)", r"de douleu[r]", r"(?:trop|tellement) mal",
                       r"trop douloureu[x]", r"cramp[e]s?")
#: a worsening told of these is no course of the legs: "mon dos empire, je marche a peine ..."
DECLINE_WORSE_NOT_OF = ("dos", "colonn[e]", "sommei[l]")
#: a lessened step told of feeling is no weakness: "je sens a peine mes orteils et maintenant plus du tout"
DECLINE_FELT = (r"sens", r"sent\w*", r"senti\w*", r"sensatio[n]\w*", r"engourd\w*", r"fourmi\w*")
# ---- session 47R6 (issue 12) : la force jamais retrouvee apres une operation ; la fievre plus revenue ----
#: la force des jambes jamais retrouvee ou recuperee (session 47R6 ; avec les deux jambes, stables quand la phrase dit un cours
#: stable, sinon aggravees) : "mes deux jambes n'ont jamais retrouve leur force", "ont pas recupere toute leur force", "la force
#: est jamais revenue" (pas "ont retrouve leur force", "ma jambe ne bouge plus")
WEAK += (r"(?:jamais|pas|plus) (?:\w+ )?(?:retrouve|recupere) (?:(?:toute|tout|de|la|leur|leur[s]|sa|ma|mes|pleine|vraiment|completement"
         r"|entierement) ){0,3}?forces?\b",
         r"(?:la |leur |sa |ma )?forces? (?:\w+ ){0,3}?(?:est|sont|etait) (?:jamais|pas|plus) (?:\w+ )?revenues?\b",)
#: la fievre plus revenue (session 47R6 ; bot/reading/redflags.py _OVER_NOW) : "la fievre n'est plus revenue", "la fievre est tombee
#: completement et n'est jamais revenue" (pas "pas revenue a la normale" : encore de la fievre ; une fievre revenue apres)
FEVER_OVER += (r"(?:la |ma |cette )?(?:fievre|temperature) (?:(?:est|a|s est|se est|etait|completement|bien|enfin|tombee|retombee|baisse"
               r"|baissee|partie|passee|et|depuis) )*(?:(?:n )?est|etait) (?:jamais|pas|plus) (?:\w+ )?revenue\b"
               r"(?! (?:a la|au|a|en) (?:normale?|la normale)\b)(?!(?: \S+){0,15}? {RECURRED}\b)",)

# ---- session 47, round R7 (issue 12): "aller a la cour" (belge: aller aux toilettes) et rien ne vient; un jet sans pression ----
#: "aller a la cour" dit de la toilette, le verbe d'aller nomme (pas "la cour d'appel", "la cour de l'ecole")
_COUR_47R7 = (r"(?:aller|vais|va|vas|all[e]|alle[e]|alle[s]|allee[s]|allai[s]|allai[t]|aill[e]|aille[s]) a la cou[r]\b"
              r"(?! (?:de|d|du|des|supreme)\b)")
PASS_WATER += (_COUR_47R7,)
URGE_TARGET += (_COUR_47R7,)
#: ... et rien ne vient, apres une virgule aussi: "je suis allee a la cour trois fois, rien ne vient" (lu "je suis a la cour"),
#: "envie d'aller a la cour toute la nuit et rien ne vient" (pas "j'attends le kine, rien ne vient": pas de cour)
#: le pipi ou son jet sans pression ni force: "mon pipi coule sans force", "l'urine sort sans aucune pression", "mon pipi n'a plus de
#: pression" (pas "le jet de la douche est sans pression")
BLADDER_PATTERNS += (
    r"\b(?:" + _COUR_47R7 + r"|(?:suis|est|etais|etait) a la cou[r]\b(?! (?:de|d|du|des|supreme)\b))(?: (?:\w+|,)){0,6}? (?:rien (?:ne |n )?"
    r"(?:sort|vient|coule|part)|ca (?:ne |n )?(?:sort|vient|coule) pas)\b",
    r"\b(?:(?:mon|le|du) (?:pipi|urine|pisse)|mon (?:jet|file[t]))\b (?:\w+ ){0,3}?(?:sans|pas de|plus de|peu de|aucune|presque pas de"
    r"|presque plus de) (?:aucune |la moindre |vraiment |trop |beaucoup )?(?:de )?(?:pression|force|puissanc[e])\b",
)

# ---- session 47R9 (issue 12): une fievre dite comme une mesure de chaque soir, ou comme pas revenue a la normale ----
#: les moments ou la temperature est lue encore et encore (bot/reading/redflags.py _SHARED_FEVER, READING_TIME): "tous les soirs
#: 38 et des poussieres", "le soir j'ai toujours 38", "38 chaque matin" (les decimales etaient deja lues)
READING_TIME = (r"(?:tous les|chaque) (?:soir[s]?|nuit[s]?|apres mid[i])", r"le soi[r]", r"en soire[e]", r"(?:tous les|chaque) mati[n]s?",
                r"le mati[n]",
                # la nuit, comme "at night", "s nachts" (session 47R10): "la nuit en continu 39" n'est plus lu douleur nocturne
                r"la nui[t]")
#: ce qui peut suivre ce degre entier: "38 et des poussieres tous les soirs"
READING_AFTER = ("encor[e]", "de nouvea[u]", "et de[s] poussiere[s]", "et quelqu[e]", "et quelque[s]", "ou plu[s]", "passe[s]", "et plu[s]")
#: la temperature d'autre chose ("le bain a 38 tous les soirs", "38 dehors", "38 au soleil")
READING_NOT_BODY = ("bai[n]", "ea[u]", "dehor[s]", "fou[r]", "chambr[e]", "piec[e]", "solei[l]", "douch[e]", "piscin[e]", "saun[a]",
                    "thermosta[t]", "chauffag[e]", "maiso[n]", "voitur[e]", "cuisin[e]", "jardi[n]", "canicul[e]", "mete[o]",
                    # "le bai[n]" reaches the rules as "le bee[n]" (the street reader's Flemish "bai[n]" = been)
                    r"(?:le|du|mon|un|au|son|ce) been")
#: ... ni un nombre qui nomme quelque chose ("le bus 38 chaque matin")
READING_NOT_BEFORE = ("bu[s]", "lign[e]", "chambr[e]", "pag[e]", "numer[o]", "taill[e]", "qua[i]", "tra[m]")
#: ... ni un nombre apres un article ("le 38": une ligne, "au 38": un numero) ou un depart (session 47R10): "on prend le 38 tous
#: les soirs", "je pars a 40 chaque matin" (pas "je suis a 38 tous les soirs")
READING_NOT_BEFORE += ("l[e]", "a[u]", "par[s] a", "par[t] a", "parton[s] a", "parten[t] a", "parti[r] a")
#: une fievre pas revenue a la normale, ou qui ne descend pas: "la fievre n'est pas revenue a la normale", "la temperature ne
#: redescend pas", "ma temperature veut pas baisser" (pas "normale depuis une semaine", "la fievre n'est pas revenue")
FEVER_PATTERNS += (
    r"\b(?:fievre|temperature|temp)(?: \w+){0,3}? (?:pas|jamais|toujours pas|pas encore|plus) (?:\w+ )?(?:revenue?|retournee?|"
    r"redescendue?|rentree?) (?:a la |a )?normale?\b",
    r"\b(?:fievre|temperature|temp)(?: \w+){0,2}? (?:redescen[d]|redescenden[t]|descen[d]|baisse|diminue|tombe|passe|part|veut|voulait)"
    r" (?:toujours |vraiment |meme )?(?:pas|jamais|plus)(?: (?:baisse[r]|descendr[e]|redescendr[e]|tombe[r]|parti[r]|passer))?\b"
    r"(?! (?:\w+ )?(?:sous|en dessous)\b)",
)

#: un animal qui dort sur la zone (session 47R10, bot/reading/redflags.py _being_asleep_on_area): "le chat dort sur mes fesses"
SLEEPS_ON = ("dor[t]", "dormen[t]", "dormi[r]", "endor[t]", "endormen[t]", r"endorm[i]\w*", "couch[e]e?s?", r"allong[e]\w*")
#: ... the area after one of these
AREA_SLEPT_ON = ("su[r]", "contr[e]", "entr[e]")
