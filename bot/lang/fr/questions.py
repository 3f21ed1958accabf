"""French (Belgian) words for reading questions (bot/reading/faq.py).

The text is folded before these are read (lower case, no accents: "ou" for "où", "kine" for
"kiné"); the entries are regex fragments read as whole words.
"""

#: Words that join two questions in one message ("je peux conduire ? et combien de séances ?").
#: Not "puis" ("puis-je").
QUESTION_JOINERS = ("et", "aussi", "ensuite", "egalement")

#: "quand" qui demande ("quand est-ce que", "quand puis-je"), pas "quand" qui ouvre ce qu'on raconte ("quand je suis
#: couché ça va")
WHEN_ASKED = r"quand (?:est[ -]?ce|(?:puis|pourrai|dois|vais|va|est)[ -](?:je|on|il|t))"
#: Words a question opens with when it has no "?" ("est-ce que je peux conduire avec une sciatique").
#: Not "je peux", "je dois", "je sais": a French statement opens so ("je peux plus marcher", Belgian
#: "je sais pas marcher"); the question inverts them ("puis-je", "dois-je") or says "est-ce que". Not "quand"
#: or "il y a" alone: "quand je me penche ça tire", "il y a 3 jours je me suis bloqué" tell, they do not ask.
QUESTION_OPENERS = (
    r"est[ -]?ce", r"qu'?[ -]?est[ -]?ce", r"puis[ -]je", r"peut[ -]on", r"on peut", r"peux[ -]tu", r"peut[ -]il",
    r"peut[ -]elle", r"dois[ -]je", r"doit[ -]on", r"faut[ -]il", r"est[ -]il", r"est[ -]elle", r"y a[ -]t[ -]il",
    r"ya[ -]t[ -]il", "combien", "comment", WHEN_ASKED,
    "pourquoi", r"ou (?:est|se|sont|puis|peut|dois|faut)",
    r"quel(?:le)?s?", "qui", "quoi", r"que (?:dois|faire|puis|faut|peut)", r"c'?est (?:grave|normal|dangereux|possible|rembourse)",
    r"pouvez[ -]vous", r"vous pouvez", r"tu peux", r"savez[ -]vous", r"vous savez", r"avez[ -]vous", r"vous avez",
    r"faites[ -]vous", r"vous faites", r"prenez[ -]vous", r"vous prenez", r"acceptez[ -]vous", r"je voudrais savoir",
    r"je me demande", r"dites[ -]moi", r"expliquez", "question", "svp", "stp", r"s'?il vous plait",
)  # fmt: skip
#: A question after a story, in a later clause ("mal au dos depuis 4 jours, quand est-ce que ça passe").
QUESTION_CLAUSE_OPENERS = (
    "combien", "comment", r"quand est[ -]?ce", "pourquoi", r"quel(?:le)?s?", r"est[ -]?ce", r"qu'?[ -]?est[ -]?ce",
    r"(?:puis|peux|dois|doit|peut|faut|est|sera|vais|va)[ -](?:je|il|on|elle|t[ -]il|t[ -]elle)", r"on peut",
    r"y a[ -]t[ -]il", r"c'?est (?:grave|normal|dangereux|possible|rembourse)",
)  # fmt: skip

#: Salutations, interjections et qui elles saluent avant une question (session 19): "salut petite question je peux
#: ...", "coucou, pourriez-vous me dire ...": la question commence après. Un constat reste un constat ("bonjour, j'ai
#: mal au dos depuis lundi").
GREETINGS = (
    "salut", "slt", "bonjour", "bjr", "bonsoir", "bsr", "coucou", "cc", "hello", "yo", "hey", "allo", "re", "wesh",
    "bon", "ben", "bah", "euh", "alors", "dites", "pardon", "excusez[ -]moi", "desole", "ok", "okay", "donc",
)  # fmt: skip
#: Qui est salué ("bonjour docteur", "salut tout le monde").
GREETED = (
    "docteur", "monsieur", "madame", "messieurs", "mesdames", "tout le monde", "a tous", "a toutes", "l'equipe",
    "kine", "les gars",
)  # fmt: skip
#: Formules polies qui ouvrent une question, en tête ou après une salutation ou un récit ("pourriez-vous me dire
#: si ...", "je voudrais savoir si ...", "petite question", "tu crois que ..."): autant qu'un mot interrogatif.
QUESTION_FORMULAS = (
    r"pourriez[ -]vous", r"pourrais[ -]tu", r"pouvez[ -]vous (?:me|m'?)", r"je (?:voudrais|veux|voulais) savoir",
    r"j'?aimerais (?:savoir|bien savoir)", r"je me demand\w*", r"(?:une |juste une |ptite |petite )+question",
    r"(?:tu|vous) (?:crois|croyez|penses|pensez|trouves|trouvez)", r"dis[ -]moi", r"dites[ -]moi", r"merci de me dire",
    r"savez[ -]vous", r"sais[ -]tu", r"une idee",
)  # fmt: skip
#: Une question posée comme un choix, n'importe où dans une proposition ("... ou c'est pas malin", "... ou pas ?").
#: Pas "ou je": "j'ai mal quand je marche ou je cours" raconte.
QUESTION_ALTERNATIVES = (
    r"ou (?:est[ -]ce|faut[ -]il|dois[ -]je|il faut|il vaut mieux|vaut mieux|je dois|je risque)",
    r"ou c'?est (?:pas )?(?:mieux|grave|normal|malin|bon|dangereux|risque|une mauvaise)", r"ou (?:pas|non)\W*$",
)  # fmt: skip
#: Mots dont la racine grossière (cinq lettres) est un mot appris d'un sujet sans rien en dire (session 19): "grosse"
#: a la racine de "grossesse", "sage" celle de "sage-femme", "tu vois" celle d'un exemple de grossesse: jamais la
#: preuve d'un sujet ("je peux prendre de l'ibuprofène ? grosse douleur" n'est pas une question de grossesse).
NO_EVIDENCE_WORDS = (r"gros(?:se|ses)?", r"grossi\w*", r"sages?(?![ -]?femmes?)", r"(?:je|tu|on) vois", r"vois[ -]tu",
                     # "vous avez" asks nothing of a slot (session 30V: "... vous avez un truc contre ça ?" got the
                     # appointment's answer too, "avez" being a word it learned); the slot's own words stay
                     "avez")
#: Des mots d'un sujet qui n'en demandent rien (session 25): l'enfant mis dans le siège auto (voir le pack anglais).
DECOY_PHRASES = (r"sieges? (?:auto|enfants?|bebe)", r"rehausseurs?")
#: Ce qu'il faut amener au premier rendez-vous (session 25, voir le pack anglais): faq_physio_role.
FIRST_VISIT_ASKED = (
    # la tenue (session 28: "je viens habillé comment pour la première séance ?")
    r"(?:tenue|vetements?|habits?|porter|habille\w*|mettre) (?:\w+\W+){0,5}?(?:pour|a|au) (?:le |la |ma |mon |une |un )?(?:premier |premiere )?(?:rendez.?vous|rdv|seance|consultation|visite|kine)",
    r"(?:comment|quoi) (?:\w+ ){0,2}?(?:m'habiller|s'habiller|m'?habille|me mettre (?:comme|sur le dos))",
    r"(?:amen|apport|emmen|ramen)\w* (?:\w+\W+){0,5}?(?:au|a mon|a ma|a la|pour le|pour mon|pour la|pour ma) (?:tout )?premi(?:er|ere) (?:rendez.?vous|rdv|seance|consultation|visite)",
    r"premi(?:er|ere) (?:rendez.?vous|rdv|seance|consultation|visite)\W+(?:\w+\W+){0,4}?(?:amen|apport|emmen)\w*",
    # la première fois chez le kiné (session 29: "je prends quoi avec moi chez le kiné la première fois ?")
    r"(?:amen|apport|emmen|prend|prendre|pren)\w* (?:\w+\W+){0,7}?(?:la|ma) (?:toute )?premiere fois\b",
    r"premiere fois (?:\w+\W+){0,5}?(?:amen|apport|emmen)\w*",
    # la tenue demandée, sans séance nommée (session 29U: "je m'habille en quoi, je viens direct du bureau ?")
    # (session 33I) la tenue de sport face aux habits de travail ("je viens en jogging ou en bleu de travail ?")
    r"(?:venir|viens|vient|venez|passer|je passe) (?:\w+ )?(?:en|avec) (?:une |un |mon |ma |mes )?(?:tenue de sport|jogging|training|survetement|short|legging|bleu de travail|bleus de travail|tenue de travail|habits de travail|vetements de travail|vetements de sport|habits de sport|tenue de ville|costume|uniforme)\b",
    r"(?:mettre|porter|enfiler) (?:une |un |des |mon |ma |mes )?(?:tenue de sport|jogging|training|survetement|legging|vetements de sport|habits de sport|tenue sportive)\b(?! pour (?:courir|le sport|la salle|le foot))",
    r"(?:je|j) m'?habille (?:comment|en quoi|quoi)\b", r"(?:quelle|quoi comme|laquelle) (?:tenue|vetements?|habits?)\b(?! (?:pour|de) (?:le |la |faire du |faire de la |du )?(?:sport|courir|course|nager|natation|velo|travail|boulot|nuit|dormir))",
    r"(?:je|on) (?:mets|met|porte|enfile) quoi (?:comme (?:tenue|vetements?|habits?|fringues)|sur (?:moi|le dos))",
    r"(?:comment|quoi) (?:dois-je|je dois|faut-il|il faut) (?:m'?habiller|porter comme (?:tenue|vetements?|habits?))",
    # quoi apporter, sans séance nommée (session 33H: "faut-il que j'apporte des papiers ou mes anciennes radios ?")
    r"(?:quoi|que|qu'est-ce que|qu'est ce que|qu ?'? ?est-ce qu'?) (?:je |j'|j |on |il |dois-je |faut-il |est-ce que je |est-ce qu'on )(?:\w+ ){0,2}?(?:amener|apporter|emmener|amene|apporte|emmene|ramener|prendre avec moi)\b",
    r"(?:j'|je |j |on )(?:\w+ ){0,2}?(?:amene|apporte|emmene|ramene|prends avec moi|prend avec moi)(?: avec moi)? quoi\b", r"(?:quoi|que) (?:amener|apporter|emmener)\b",
    r"(?:dois|doit|devons|faut|faudrait|devrais|devrait)(?:-je|-il|-on| je| il| on)? (?:\w+ ){0,2}?(?:amener|apporter|emmener|ramener|que j'apporte|que j'amene) (?:quelque chose|qqch|qqc|des papiers|des documents|mes|ma|mon|un dossier|ma carte)\b",
    r"(?:amen|apport|emmen)\w* (?:ma |la |une )?(?:carte d'identite|carte d identite|piece d'identite|carte vitale|carte sis|carte de mutuelle|vignettes? de mutuelle)\b",
)  # fmt: skip
#: Combien de temps dure une séance (session 30AA, set frais 35): la question des séances, quoi qu'on raconte autour
#: ("une consultation dure combien de temps ? je dois la caser à midi"), tranchée comme la première visite (faq.py _ASKED_AS)
SESSION_LENGTH_ASKED = (
    r"(?:combien de temps|quelle (?:est la )?duree|combien de minutes) (?:dure|durent|prend|prennent|fait|font|pour|d'|de)? ?(?:une|la|chaque|les|vos|votre|un|1) (?:premiere |seule )?(?:seance|seances|consultation|consultations|consult|rendez-vous|rdv|sceance)\b(?! (?:avant|apres|pour que|pour guerir|pour aller))",
    r"(?:dure|durent|prend|prennent) (?:combien de temps|combien de minutes|combien|longtemps)\W+(?:une|la|chaque|les|vos|votre) (?:seance|seances|consultation|consult|rendez-vous|rdv)s?\b",
    r"(?:une|la|chaque|vos|les) (?:seance|seances|consultation|consult|rdv)s? (?:\w+ ){0,3}?(?:dure|durent|prend|prennent) (?:combien|longtemps|\d+ ?(?:min|minutes|h|heure))",
    r"duree (?:d'une|de la|des|de chaque|d'un) (?:seance|seances|consultation|rendez-vous|rdv)\b",
)  # fmt: skip
#: (session 34V) Ce que coûte une séance demandé ("une séance revient à combien chez vous ?"): la réponse du
#: remboursement, qui donne le tarif, d'abord (faq.py's _ASKED_FIRST); combien de séances et la durée restent les séances
COST_ASKED = (
    r"(?<!dure )(?<!durent )(?<!prend )combien (?:coute |coutent |ca coute |ca fait |ca revient |revient |fait |faut payer |je paie |je paye |on paie |on paye |vous prenez |prenez-vous )?(?:pour )?(?:une|la|chaque|1|par|les|vos|votre) (?:\w+ )?(?:seance|seances|consultation|consultations|consult|rendez-vous|rdv|sceance)\b",
    r"(?:seance|seances|consultation|consultations|consult|rendez-vous|rdv)s? (?:\w+ ){0,3}?(?:coute|coutent|revient|reviennent|est a|sont a|fait|font|se paie|se paye|c'est) (?:a )?combien\b",
    r"(?:prix|tarif|tarifs|cout|couts) (?:d'une|de la|des|de vos|par|de chaque|d'un|du) (?:\w+ )?(?:seance|seances|consultation|consultations|rendez-vous|rdv|sceance)\b",
    r"(?:vous prenez|vous demandez|vous facturez|ca coute|ca me coute|ca va me couter) combien\b(?:\W+\w+){0,3}?\W+(?:seance|consultation|rendez-vous|rdv)\b",
)  # fmt: skip
#: (session 34X) Combien de séances ou de rendez-vous il faut demandé ("il faut prévoir combien de rendez-vous pour une
#: lombalgie ?"): la réponse des séances d'abord (faq.py's _ASKED_FIRST); "rendez-vous" lu comme "séances" (PHRASE_FORMS)
SESSION_COUNT_ASKED = (
    r"combien de (?:seances|rendez-vous|rdv|consultations|visites|sceances)\b(?:\W+(?!rembours|mutuelle|pris|prise|secu|paye|paie|couvert)\w+){0,5}?\W+(?:faut|faudra|faudrait|compter|prevoir|necessaire\w*|en moyenne|environ|en gros|au total|en tout|generalement|normalement|besoin)\b(?!(?:\W+\w+){0,4}?\W+(?:rembours|mutuelle|pris en charge|prise en charge|secu|couvert))",
    r"(?:faut|faudra|faudrait|compter|prevoir) (?:\w+ ){0,2}?combien de (?:seances|rendez-vous|rdv|consultations|visites)\b",
    # (session 35L) un nombre deviné ("combien de séances, 4 ou 5 ?"), assez demandé, combien de fois venir, ça prend
    r"combien de (?:seances|rendez-vous|rdv|consultations|visites|sceances)\b(?:\W+(?!rembours|mutuelle|secu|paye|paie)\w+){0,5}?\W+(?:\d+ ?(?:-|ou|a|/) ?\d+|suffi\w*|assez|prend|prendra|prennent)\b(?!(?:\W+\w+){0,4}?\W+(?:rembours|mutuelle|pris en charge|prise en charge|secu))",
    r"(?:\d+|deux|trois|quatre|cinq|six|sept|huit|dix) (?:ou \d+ |a \d+ |- ?\d+ )?(?:seances|rendez-vous|rdv|consultations|sceances) (?:\w+ ){0,2}?(?:suffi\w*|assez|c'est assez|ca suffit)\b",
    r"combien de fois (?:je dois|dois-je|faut-il|il faut|faudra-t-il|je vais devoir|on doit) (?:\w+ ){0,2}?(?:venir|passer|revenir|consulter|aller)\b",
)  # fmt: skip

#: Word endings taken off before topic words are compared ("conduisez", "conduire" -> "condu"). The
#: first five letters already join most French forms ("douleur", "douleurs"; "marcher", "marchez");
#: only "ez" is new to the merged table: a longer ending would change English and Dutch stems ("ent":
#: "patient" -> "pati").
STEM_ENDINGS = ("ez", "er", "es", "s", "e")

#: Separable verb particles written as one word with their verb (Dutch "wegblijft"): none in French.
SEPARABLE_PARTICLES: tuple = ()

#: What a question is about when it is not the low back: another body part, an animal, another
#: illness ("quels antidouleurs pour mon chien", "j'ai la nuque raide"); see the English pack. Not
#: "chat" (English "chat"), "genou" or "pied" (where sciatica goes), "tete" alone ("en tete").
OTHER_SUBJECTS = (
    r"chiens?", "chiot", "cheval", "chevaux", "animaux", "nuque", "cou", r"epaules?", r"coudes?", r"poignets?",
    r"doigts?", r"pouces?", "bras", r"maux? de tete", r"migraines?", "machoire", "dents", "grippe", "rhume", "angine",
    # le ronflement et le sommeil de quelqu'un d'autre (session 30V: "ma femme ronfle toute la nuit, je dors plus")
    r"ronfl\w*", r"(?:mon|ma|mes|notre|nos) (?:bebe|bebes|nourrisson|enfants?|fils|fille|petit|petite|mari|femme|conjoint\w*|compagn\w*|copain|copine|homme)\b(?:\W+\w+){0,4}?\W+(?:(?:ne )?dort (?:pas|plus|mal|jamais)|se reveille|me reveille|m'?empeche de dormir|m empeche de dormir)",
)  # fmt: skip
#: (session 31AH) Toute autre partie du corps et articulation dont un patient parle, en une liste (lue avec
#: OTHER_SUBJECTS: aucun sujet sauf si le bas du dos est nommé, OWN_COMPLAINT); voir la pack anglaise. Les parties où la
#: douleur du dos ne descend jamais nommées seules (ménisque, ligament croisé, tendon d'Achille, coiffe des rotateurs,
#: coup du lapin); celles de la jambe où descend la sciatique (genou, cheville, pied, talon, mollet, tibia, cuisse,
#: aine, orteil) seulement comme sujet: leur entorse, opération ou prothèse ("une entorse à la cheville", "m'opérer du
#: genou"). La hanche reste comme les tables d'avant la lisent. Pas "main" seul (anglais), ni "côtes" seul ("côtés").
_LEG_PARTS = r"(?:genou|genoux|rotule|cheville|chevilles|pied|pieds|talon|talons|mollet|mollets|tibia|tibias|cuisse|cuisses|ischio\w*|aine|orteil|orteils|gros orteil)"
OTHER_BODY_PARTS = (
    r"menisque\w*", r"ligaments? croise\w*", r"ligaments? (?:du|des) genou\w*", "lca", r"rotules?", r"achille\w*",
    r"fasciite\w*", r"aponevrosite\w*", r"epine calcaneenne", r"periostite\w*", r"coiffe des rotateurs",
    r"epicondylite\w*", r"epitrochleite\w*", r"canal carpien", r"coup du lapin", r"clavicules?", r"avant-?bras",
    r"commotion\w* cerebrale\w*", r"tendinite\w*", r"pubalgie\w*", r"intercost\w*", r"cervicalgie\w*", r"torticolis",
    r"cotes? (?:cassee|casse|felee|fele|fracturee|fracture|froissee|froisse)s?", r"mal aux cotes", r"hallux\w*",
    r"oignons? (?:au|du|aux|sur le) pied",
    # une partie de la jambe comme sujet: son entorse, son opération, sa prothèse
    rf"(?:entorse|fracture|operation|chirurgie|arthroscopie|prothese|rupture|dechirure|elongation|claquage|luxation|foulure)s? (?:\w+ ){{0,1}}?(?:au|a la|a l'|a l |aux|du|de la|de l'|de l |des|de mon|de ma|de mes|a mon|a ma|sur mon|sur ma) ?(?:gauche |droit |droite )?{_LEG_PARTS}\b",
    rf"(?:opere|operer|operee|operes|operees) (?:\w+ ){{0,2}}?(?:du|de la|de l'|de l |des|au|a la|aux|de mon|de ma|de mes) ?{_LEG_PARTS}\b",
    rf"(?:tordu|tordue|foule|foulee|casse|cassee|fracture|fracturee|claque|dechire|dechiree|luxe|luxee|tourne|pete) (?:\w+ ){{0,1}}?(?:la|le|les|ma|mon|mes) (?:\w+ )?{_LEG_PARTS}\b",
    rf"{_LEG_PARTS} (?:\w+ ){{0,1}}?(?:tordu|tordue|foule|foulee|casse|cassee|fracture|fracturee|dechire|dechiree|luxe|luxee|opere|operee|en vrac)s?\b",
    # (session 33I) une cheville retournée, qui a tourné ("je me suis retourné la cheville au foot, glace ou chaud ?")
    r"(?:retourne|retournee|vrille|vrillee|tourne|tournee) (?:\w+ ){0,1}?(?:la|le|ma|mon) (?:cheville|pied)\b", r"(?:cheville|pied) (?:\w+ ){0,1}?(?:a |m'a |ma )?(?:tourne|vrille|retourne)\b",
    r"(?:nouveau|nouvelle) (?:genou|rotule|cheville)",
)  # fmt: skip
#: Un autre sujet nommé seulement dans ce que la personne fait ("je peux continuer à promener le
#: chien ou je dois me reposer"): pas le sujet de la question.
OTHER_SUBJECT_ACTIVITIES = (
    r"(?:promener|promene|sortir|sors) (?:le|mon|notre) chien", r"(?:balade|promenade)\w* (?:avec )?(?:le|mon) chien",
    r"(?:le|mon|notre) chien (?:\w+ )?(?:promener|sortir|en balade|en promenade)",
)  # fmt: skip
# le tour du quartier avec le chien (session 30AA): ce que la personne fait, pas une question sur le chien
OTHER_SUBJECT_ACTIVITIES += (
    r"(?:le|mon|notre) (?:chien|toutou|chiot) (?:\w+ ){0,2}?(?:faire )?(?:le|un|son|mon) (?:petit )?(?:tour|pipi)\b",
    r"(?:faire|fais|fait) (?:le|un|mon|son) (?:petit )?tour (?:\w+ ){0,3}?(?:avec|du) (?:le |mon |notre )?(?:chien|toutou|chiot)",
)  # fmt: skip
#: Set phrases in which a word of SUBJECT_WORDS names no subject ("est-ce que je vais redormir comme un bebe")
SUBJECT_FREE_PHRASES = (
    r"comme un bebe",
    # les précautions autour d'une question (session 26): "en temps normal, ça dure combien de temps"
    r"en (?:temps normal|principe|general|gros|theorie|regle generale)", r"a priori",
    # "un joli nom pour" (session 27): "c'est juste un joli nom pour dire qu'on ne sait pas" ne demande rien d'un nom
    r"(?:un|juste un) (?:joli|beau|grand|nom savant|mot savant) (?:nom|mot|terme)", r"un (?:nom|mot|terme) savant",
    # "ça coûte un bras ?" (session 27b): un prix, pas un bras
    r"cout\w* (?:\w+ ){0,2}?(?:un|les|la peau des) (?:bras|yeux de la tete|fesses)(?: et (?:une|les) jambes?)?",
)  # fmt: skip
# finir en fauteuil roulant, la peur (session 30AA: "je risque de finir en fauteuil roulant ?"): la gravité, pas l'accès
# au cabinet
WHEELCHAIR_FEARED = (
    r"(?:finir|finis|finit|terminer|termine|retrouver|retrouve|atterrir|atterris|atterrit|clouer|cloue|clouee|rester|reste|passer (?:ma|sa) vie) (?:\w+ ){0,2}?(?:en|dans un) fauteuil roulant",
    r"fauteuil roulant (?:a vie|pour la vie|pour toujours|un jour|plus tard|definitivement)",
)  # fmt: skip
SUBJECT_FREE_PHRASES += WHEELCHAIR_FEARED
#: Words naming the complaint the topics are about (a question with one of them is about it).
OWN_COMPLAINT = (
    "dos", r"lombaires?", r"lombalgies?", r"vertebr\w*", r"sciatiques?", r"hernies?", "reins", r"mal de dos",
    r"colonne vertebrale",
)  # fmt: skip
#: Another therapist's trade, which the answers (about kiné) do not cover ("la mutuelle rembourse
#: l'ostéopathe ?"); not when the kiné is named too, unless the two are compared (TRADE_COMPARISONS).
#: Mots qui sont un sujet à part entière quand aucun exemple du sujet choisi ne les a, même avec
#: le dos nommé ("le froid et l'humidité ça joue sur le dos?", "combien coûte un vélo").
#: Pas "reins" (le mal aux reins est le mal de dos), ni "froid" (la poche de froid).
SUBJECT_WORDS = (
    "meteo", "pluie", "humidite", "humide", "craquer", "craque", "craquements", "bebe", "enfant", "enfants", "avion",
    "cash", "liquide", "velo", "cupping", "ventouses", "fenetre", "vetements", "habiller", "tenue",
)  # fmt: skip
#: Les activités parmi SUBJECT_WORDS : demandées avec un état qui change la réponse ("je peux encore faire du vélo
#: enceinte"), elles sont la question de cet état, pas un sujet à part (session 25).
STATE_ACTIVITIES = ("velo", "avion")
OTHER_TRADES = (
    r"chiropract\w*", r"chiropraxie", r"osteopa\w*", "osteo", r"ostheo\w*", r"acupunct\w*", r"podolog\w*",
    r"masseu(?:r|se)s?(?![- ]kine)",
    # d'autres soins dont on demande le remboursement (session 28: "l'hypnose, c'est pris en charge ?")
    r"sophrolog\w*", r"hypno\w*", r"naturopath\w*", r"reflexolog\w*", r"homeopath\w*", r"reiki", r"mesotherap\w*",
    r"(?:les |le |un |des )?massages? (?:\w+ ){0,3}?(?:rembours\w*|pris en charge|prise en charge)", r"rembours\w* (?:\w+ ){0,3}?(?:les |le |un |des )massages?",
    # soins et cours qu'aucune réponse ne décrit ("vous faites des ondes de choc", "des cours de pilates")
    r"ondes? de choc", r"shock ?wave\w*", r"massages? (?:sporti\w*|relaxan\w*|bien-etre)",
    # un massage pour se détendre (session 26): "massage détente", "massage pour me relaxer"
    r"massages? (?:de |pour (?:se |me |nous )?)?(?:detente|detendre|relaxation|relaxer|relax|bien[- ]etre|confort)",
    r"cours (?:de|du) (?:pilates|yoga|gym)", r"cours collecti\w*", "tens", r"electrostimulation\w*", r"electrotherapie\w*",
    # les produits au cannabis (session 20: "le cbd ça aide pour le dos ?", aucune réponse n'en parle)
    "cbd", r"cannabis\w*", r"huile de chanvre",
    # (session 31AH) les autres thérapies que le cabinet ne donne pas, en une liste (pas la kinésithérapie, la
    # thérapie manuelle ni le dry needling: c'est de la kiné)
    r"kinesiolog(?:ie|ue|ues|ique|iques)\b(?! ?tap)", r"ventouses", r"ventousotherap\w*", "cupping", r"hijama", r"chiroprat\w*",
    r"cranio-? ?sacre\w*", r"craniosacr\w*", "shiatsu", r"ayurved\w*", r"medecine (?:traditionnelle )?chinoise",
    r"acupress\w*", r"digitopuncture", r"rebouteu\w*", r"magnetiseu\w*", r"energeticien\w*", r"etiopath\w*",
    r"fasciatherap\w*", r"posturolog\w*", r"aromatherap\w*", r"phytotherap\w*", r"iridolog\w*", r"auriculo\w*",
    r"podotherap\w*", r"ergotherap\w*", r"logoped\w*", r"orthophon\w*", r"biokinergie",
)  # fmt: skip
#: The practice's own trade.
OWN_SERVICE = (r"kine(?!siolog)\w*", r"kinesi(?!olog)\w*", r"physio\w*")  # la kinésiologie n'est pas la kiné (31AH)
#: Mots qui opposent le kiné à un autre métier ("un ostéo c'est mieux qu'un kiné ?", "la différence
#: entre kiné et ostéo"): aucune réponse ne les compare (voir la pack anglaise).
TRADE_COMPARISONS = (
    "mieux", "meilleur", "meilleure", "pire", "vs", "versus", "plutot", "au lieu", r"difference\w*", "compare",
    "pareil que", "plus rapide", "autrement que", "differemment",
    # "c'est quoi la diff" (session 26)
    r"diff",
)  # fmt: skip
#: Demander si le cabinet propose quelque chose (session 19): avec un autre metier, la question porte sur ce metier,
#: meme si le kine est nomme ("vous faites aussi du dry needling? un autre kine m'en a fait")
OFFER_ASKED = (
    r"(?:vous|tu) (?:faites|fais|proposez|proposes|offrez|donnez|pratiquez|avez)",
    r"(?:faites|proposez|pratiquez|avez)[ -](?:vous|tu)",
)
#: Subjects no answer covers, named anywhere in the question, the back named or not: the weather and diet.
#: Not "régime" alone (the insurance's "régime préférentiel") nor "suppléments" (an extra fee).
UNCOVERED_SUBJECTS = (
    r"regimes? alimentaires?", "alimentation", r"nutrition\w*", r"vitamines?", "curcuma", "collagene", "magnesium",
    "meteo", r"temps (?:froid|humide|pluvieux)", "humidite", r"(?:pire|plus mal|empire) (?:en|l) hiver", r"froid de l'? ?hiver",
    # la nourriture avant l'anti-inflammatoire (session 25: "quels aliments anti-inflammatoires manger"), pas un
    # comprimé pris au repas ("je peux manger avant de prendre l'anti-inflammatoire")
    r"(?:aliments?|nourriture|manger|mange|repas)\W+(?:(?!avec\b|avant\b|apres\b|pendant\b|prendre\b|prends\b|pris\b)\w+\W+){0,3}?anti-?inflammatoire\w*",
    r"anti-?inflammatoires? (?:alimentaires?|naturels? dans (?:l'|mon |mes )?(?:alimentation|assiette))",
    # les reins ou le dos (le rein, pas le "tour de reins"); la pluie
    # quoi manger, et le dos par temps froid et humide (session 27): ni la nourriture ni le temps ne sont un sujet; un
    # comprimé pris au repas et "chaud ou froid" restent des questions
    r"regimes? anti-?inflammatoires?", r"(?:quoi|que (?:dois|peux|faut)-(?:je|il)|qu'est-ce que (?:je dois|il faut)) manger\b",
    r"manger (?:\w+ ){0,2}?contre (?:l'|les )?inflammation\w*", r"(?:changer|adapter) (?:mon |ma )?(?:alimentation|facon de manger)",
    r"froid et humide", r"humide et froid", r"(?:quand |lorsqu'|s'|qu')il fait (?:\w+ )?(?:froid|humide|frais)\b",
    r"reins ou (?:le |du )?dos", r"dos ou (?:les |des )?reins", r"(?:quand |qu\'|s\')il pleut", r"pluie", r"pluvieux",
)  # fmt: skip
#: The practice's building and admin, which no answer covers: never a topic's answer.
PRACTICE_MATTERS = (
    # un ascenseur et l'accès (session 26)
    r"ascenseurs?", r"acces (?:pmr|handicapes?|personnes? a mobilite reduite|en fauteuil)",
    r"(?:se|me|nous|vous|te) garer", r"stationn\w*", "parking", r"(?:se|me|nous|vous|te) gare",
    r"garer (?:la|ma|sa|votre|notre) (?:voiture|bagnole|auto)", r"fauteuils? roulants?", r"chaises? roulantes?", r"annul\w*",
    r"comment (?:il |elle )?s'?appelle", "le nom du", "le nom de la",
    # (session 31AK) les autres affaires du cabinet dont aucune réponse ne parle: un objet oublié ("j'ai oublié mon
    # écharpe chez vous mardi", le jour ne demande pas de créneau), une copie de facture ou d'attestation, une plainte
    r"(?:oublie|oubliee|laisse|laissee|perdu|perdue|egare|egaree|paume)s? (?:\w+ ){0,2}?(?:mon|ma|mes|un|une|des|le|la|les) (?:\w+ )?(?:echarpe\w*|foulard\w*|parapluie\w*|lunettes|cles|clefs|clef|gsm|telephone|portable|veste|manteau|bonnet|gants?|sac|sacoche|portefeuille|chargeur|boucles? d'oreilles?|bague|montre|pull|gilet|casquette|gourde|ecouteurs)\b",
    r"objets? trouves?", r"(?:quelqu'un|quelqu un|vous) (?:\w+ )?(?:trouve|retrouve|ramasse) (?:un|une|des|mon|ma|mes) (?:\w+ )?(?:echarpe|foulard|parapluie|lunettes|cles|clefs|gsm|telephone|veste|manteau|bonnet|gants?|sac|portefeuille|montre|bague)\b",
    r"(?:copie|copies|duplicata|double) (?:de |d'|d )?(?:ma |la |mon |l'|l |une |un |mes |les )?(?:factures?|attestations?|recus?|notes? d'honoraires)",
    r"(?:renvoyer|renvoyez|renvoyez-moi|re-envoyer|refaire|refaites) (?:\w+ )?(?:la |ma |mon |mes |les |l'|l |une )?(?:factures?|attestations?|recus?)",
    r"(?:porter|deposer|faire) (?:une )?(?:plainte|reclamation)", r"(?:me plaindre|plainte|reclamation) (?:de|du|contre|au sujet du?) (?:la |le |l'|mon |ma |votre |un |une )?(?:kine\w*|therapeute|secretaire|secretariat|accueil|cabinet|facture)",
    r"bons? cadeaux?", r"cheques? cadeaux?",
    # la boutique du cabinet: "vous vendez des ceintures lombaires ?"
    "wc", r"toilettes?", r"vous (?:en )?vendez", r"(?:acheter|achete) (?:chez vous|au cabinet)",
    # quelqu'un amené à la séance (session 30V: "je peux venir avec mon fils à la séance ?")
    r"(?:venir|viens|vient|passer|passe|entrer) (?:\w+ ){0,2}?avec (?:mon|ma|mes|notre|nos) (?:\w+ )?(?:fils|fille|filles|enfants?|bebe|petit|petite|mari|femme|conjoint\w*|compagn\w*|copain|copine|mere|maman|pere|papa|ami|amie|chien\w*)\b",
    r"(?:amener|emmener|ramener|amene|emmene|amenes|emmenes)\b (?:\w+ ){0,1}?(?:mon|ma|mes|notre|nos) (?:\w+ )?(?:fils|fille|filles|enfants?|bebe|petit|petite|mari|femme|conjoint\w*|compagn\w*|copain|copine|mere|maman|pere|papa|ami|amie|chien\w*)\b",
    r"(?:mon|ma|mes|notre|nos) (?:\w+ )?(?:fils|fille|filles|enfants?|bebe|petit|petite|mari|femme|conjoint\w*|compagn\w*|copain|copine|mere|maman|pere|papa|ami|amie|chien\w*)\b(?:\W+\w+){0,5}?\W+(?:m'?accompagner|m accompagner|venir avec moi|venir aussi|entrer avec moi|rester avec moi|assister a la seance)\b",
    # un trajet (session 19): "vous pouvez me ramener chez moi apres le rdv"
    r"(?:me|nous) (?:ramener|raccompagner|reconduire|reconduisez|ramenez|raccompagnez)", r"venir me chercher",
    # les cours en groupe du cabinet (session 24: "vous donnez des cours de pilates en groupe ?"): pas une question de sport
    r"cours (?:de (?:\w+ ){1,3})?(?:collectifs?|en groupe)", r"des cours en groupe",
    # des séances à distance (session 25: "des séances en visio"), pas prendre rdv en ligne
    r"(?:en )?visio\w*", r"teleconsult\w*", r"(?:seances?|consultations?|suivi|kine) (?:en ligne|a distance|par video)",
)  # fmt: skip
#: Chat words and fillers that name no subject ("mdr", "jsp", "tkt", "bref"): never a sign that a
#: question is about something the topics were not trained on.
CHAT_WORDS = (
    "mdr", "ptdr", "jsp", "pcq", "psk", "bcp", "tkt", "stp", "svp", "bref", "bah", "bof", "hein", "quoi",
    "franchement", "vraiment", "dsl", "slt", "bjr", "tjs", "mtn", "jpense", "jcrois", "dites", "euh", "ouais",
    # "j'ai" sans apostrophe, et le ras-le-bol et la galère, qui ne nomment aucun sujet
    "jai", "chui", "ras", "bol", "galere", "marre",
    # le parler de Bruxelles et d'ailleurs autour d'une question (session 18): "une fois", "sais-tu", "wesh", "frère"
    "wesh", "genre", "carrement", "serieux", "zinneke", "allez", "awe",
)  # fmt: skip
#: Les formes SMS et parlées -> les mots standard (en plus du STREET des drapeaux rouges): "cmb", "pk", "mm".
DIALECT_FORMS = {
    "cmb": "combien", "cbn": "combien", "pkoi": "pourquoi", "pourkoi": "pourquoi", "tjr": "toujours",
    "tjrs": "toujours", "rdv": "rendez vous", "yen": "il y en", "jvais": "je vais", "jveux": "je veux",
    "jdois": "je dois", "jpourrai": "je pourrai", "komment": "comment",
    # SMS et parlé (session 19): "qqch", "qqn", "vrmt", "chuis", "ptet", "auj", "tt le temps"
    "qqch": "quelque chose", "qqc": "quelque chose", "qqn": "quelqu un", "vrmt": "vraiment", "chuis": "je suis",
    "ptet": "peut etre", "ptetre": "peut etre", "auj": "aujourd hui", "ajd": "aujourd hui", "dmain": "demain",
    "pdt": "pendant", "koi": "quoi", "pcq": "parce que", "pck": "parce que", "prk": "pourquoi", "pq": "pourquoi",
    "bcp": "beaucoup", "tjs": "toujours", "mtn": "maintenant", "stv": "si tu veux", "jsp": "je sais pas",
    # québécois (session 29): "chu tanné", "qu'est-ce qui cloche", "rien de brisé", "ça m'écoeure"
    "tanne": "en ai assez", "tannee": "en ai assez", "tannes": "en ai assez", "cloche": "ne va pas", "clochait": "n allait pas",
    "brise": "casse", "brisee": "cassee", "brises": "casses", "bris": "casse",
}  # fmt: skip
#: Familles d'orthographe du SMS et du parlé (session 19), chacune (regex sur un mot entier, forme standard): un mot
#: inconnu tel qu'écrit est connu si une de ses formes standard l'est. "j" collé au verbe ("jsais", "jpeux",
#: "jdeviens", "jmets"), "k" pour "qu" ("koi", "kel", "kan").
#: Formes de mots courants que la table de lemmes de spaCy n'a pas, en (motif, remplacement) sur chaque mot vide (voir
#: la pack néerlandaise : "kunnen" -> "kun") ; aucune en français.
COMMON_INFLECTIONS: tuple = ()

DIALECT_SPELLINGS = ((r"^j(?=[bcdfghklmnpqrstvz]\w{2,})", "je "), (r"k(?=[aeiou])", "qu"))

#: pregnancy told around another question ("im pregnant, can i take ibuprofen?"): its answer is added, though not asked
PREGNANCY_TOLD = (r"enceinte", r"grossesse", r"j'attends un (?:bébé|bebe|enfant)")
# accouchée depuis peu (session 30AA: "j'ai accouché il y a 2 mois et le dos ne va toujours pas, normal ?")
PREGNANCY_TOLD += (r"accouch\w*", r"post-?partum", r"post-?natal\w*", r"cesarienne", r"depuis la naissance de (?:mon|ma|notre) (?:bebe|fils|fille|enfant)")

#: Negating prefixes: the word behind one in a training example is known too, when it is a word of the language's
#: lemma table ("impossible" dans les exemples rend "possible" connu; session 26). Read at training (bot/nlu/question_topics.py).
NEGATION_PREFIXES = ("in", "im")

#: Si le cabinet est ouvert (un jour, à une heure): les horaires, même quand le classifieur lit un rendez-vous ("vous
#: êtes ouverts le vendredi après-midi ?"); demander une place un jour reste un rendez-vous (session 26).
OPEN_ASKED = (
    r"etes[- ]vous (?:\w+ ){0,2}?ouverts?\b", r"vous etes (?:\w+ ){0,2}?ouverts?\b",
    r"(?:le|votre) (?:cabinet|centre) (?:est|sera)(?: \w+)? ouvert\b",
    # "c'est ouvert" ou "vous ouvrez" avec un jour (session 30V: "c'est ouvert le samedi ?")
    r"(?:c'est|c est|ces|c'est aussi|c est aussi) ouvert (?:le |les |en |ce |le week-end|en semaine )?(?:samedis?|dimanches?|week-?ends?|soirs?|lundis?|mardis?|mercredis?|jeudis?|vendredis?)?",
    r"vous (?:ouvrez|travaillez) (?:aussi |encore |meme )?(?:le |les |en |ce )?(?:samedis?|dimanches?|week-?ends?|soirs?|lundis?|mardis?|mercredis?|jeudis?|vendredis?)\b",
)  # fmt: skip
#: Une place libre demandée ("il vous reste une place demain ?"): le rendez-vous est le premier sujet, quoi que lise
#: le classifieur (session 27b).
FREE_SLOT_ASKED = (
    r"(?:une|de la|des) (?:place|places|creneau|creneaux|dispo|disponibilite) (?:de )?(?:libres?|dispo\w*)\b",
    r"(?:il (?:vous )?reste|vous reste|y a[- ]t[- ]il|y a) (?:encore )?(?:une|de la|des) (?:place|places|creneau|creneaux)\b",
    # un jour et une heure, ou du libre (session 28: "jeudi vers 18h c'est possible ?", "vous auriez du libre ?")
    r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) (?:\w+ ){0,2}?(?:a|vers|pour|des|apres|avant) \d{1,2} ?(?:h|heures?)(?:\d\d)?(?!\w)(?! (?:de (?:route|voiture|trajet|conduite|marche|velo|train|avion|vol|bus|voyage|volant)|d'affilee|d affilee|de suite|non-stop|sans (?:pause|arret))\b)",
    r"(?:a|vers) \d{1,2} ?(?:h|heures?)(?:\d\d)? (?:le |ce )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)",
    r"(?:avez|auriez|aurez|reste|restait)[- ]?(?:vous )?(?:encore )?(?:du|quelque chose de|qqch de|un truc de|un moment de) (?:libre|dispo\w*)",
    r"(?:quelque chose|qqch|un creneau|une place) (?:de )?(?:libre|dispo\w*) (?:le |ce )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)",
    # un jour, son moment et une heure, sans préposition (session 29: "mardi soir 19h30 c'est jouable ?")
    r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) (?:matin|midi|apres-midi|aprem|soir|en soiree|fin de journee) (?:\w+ ){0,1}?\d{1,2} ?(?:h|heures?)(?:\d\d)?(?!\w)",
    # (session 31AK) l'heure en lettres après un jour ("vendredi vers trois heures c'est possible ?", "mardi à midi")
    r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) (?:\w+ ){0,2}?(?:a|vers|des|aux alentours de|sur le coup de) (?:(?:une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf|vingt) ?(?:h|heures?)\b|midi\b)",
)  # fmt: skip
#: (session 34X) un jour et une heure sans préposition ("vendredi 16h ça vous va ?", "mardi 9h30 possible ?"), pas une
#: durée ("samedi 3h de route")
FREE_SLOT_ASKED += (
    r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) (?:prochain )?\d{1,2} ?h(?:\d\d)?(?!\w)(?! (?:de (?:route|voiture|trajet|conduite|marche|velo|train|avion|vol|bus|voyage|volant|travail|boulot)|d'affilee|d affilee|de suite|non-stop|sans (?:pause|arret))\b)",
    r"\d{1,2} ?h(?:\d\d)? (?:le |ce )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b(?! (?:de (?:route|voiture|trajet|conduite|marche|travail)))",
)  # fmt: skip
#: Une liste d'attente, combien de temps à l'avance réserver: comment prendre rendez-vous est le premier sujet (session 28).
WAITING_LIST_ASKED = (
    r"listes? d'?attente", r"delais? (?:d'?attente|pour (?:avoir|obtenir|un premier))", r"temps d'?attente",
    r"(?:combien de temps|longtemps|combien de semaines|combien de jours) (?:\w+ ){0,2}?(?:a l'avance|d'avance|en avance|a l'avance)",
    r"(?:reserver|prendre (?:rdv|rendez-vous)|appeler) (?:\w+ ){0,3}?(?:semaines?|jours?|mois|longtemps) (?:a l'avance|d'avance|en avance)",
)  # fmt: skip
#: Comment prendre rendez-vous, demande (session 34, the lead) : la prise de rendez-vous est le premier sujet, quoi que lise le
#: classifieur dans le recit autour ("... l'osteo a dit une hernie. comment je peux prendre un rdv chez vous ?")
BOOKING_ASKED = (
    r"comment (?:je peux|puis-je|puis je|peut-on|peut on|on peut|faire pour|je fais pour|je dois faire pour) (?:\w+ ){0,2}?"
    r"(?:prendre|avoir|fixer|reserver|obtenir|decrocher) (?:un |une )?(?:rdv|rendez-vous|rendez vous|seance|consultation)",
    r"comment (?:on |je )?(?:reserve|prend|prends) (?:un |une )?(?:rdv|rendez-vous|rendez vous|seance)",
)  # fmt: skip
#: Venir sans ordonnance: l'ordonnance est le premier sujet, quoi que lise le classifieur (session 28).
WITHOUT_REFERRAL_ASKED = (
    r"(?:kine\w*|physio\w*|venir|vous voir|consulter|rendez-vous|rdv|aller) (?:\w+ ){0,4}?sans (?:une |d'|aucune )?(?:ordonnance|prescription|ordo|lettre)",
    r"sans (?:ordonnance|prescription|ordo) (?:\w+ ){0,3}?(?:kine\w*|physio\w*|vous voir|venir)",
    r"acces direct",
)  # fmt: skip
#: (session 34V) Quel médecin peut faire l'ordonnance demandé ("le rhumatologue a le droit de me prescrire la kiné ou
#: il faut le généraliste ?"): l'ordonnance d'abord (faq.py's _ASKED_FIRST)
_PRESCRIBED = r"(?:l'|l |une |la |mon |ma |cette |son |un |des |les )?(?:ordonnances?|prescriptions?|ordo|bon|lettre|kine\w*|seances de kine)"
PRESCRIBER_ASKED = (
    r"(?:le|la|mon|ma|un|une|son|votre|leur) (?:\w+ )?(?:rhumato\w*|specialiste|orthopedist\w*|ortho|chirurgien\w*|neurologue|generaliste|medecin traitant|medecin du sport|algologue|medecin|docteur|doc|toubib|mg|physiatre|medecin physique) (?:\w+ ){0,2}?(?:peut|pourrait|a le droit de|doit|devrait|peut-il|peut-elle|est-ce qu'il peut)(?: me| m')? ?(?:faire|ecrire|rediger|donner|signer|prescrire|delivrer|sortir) (?:\w+ ){0,1}?" + _PRESCRIBED + r"\b",
    r"(?:ordonnances?|prescriptions?|ordo) (?:\w+ ){0,3}?(?:du|d'un|d'une|de mon|de ma|de la|de l'|par le|par un|par mon) ?(?:rhumato\w*|specialiste|orthopedist\w*|chirurgien\w*|neurologue|generaliste|medecin traitant|medecin du sport|physiatre|hopital)\b(?:\W+\w+){0,4}?\W+(?:valable|valide|ok|accepte\w*|suffit|suffisant\w*|compte|marche|va|bon|bonne)\b",
    r"(?:ordonnance|prescription|ordo)\w*\b(?:\W+\w+){0,8}?\W+(?:ca|ce|elle|il) (?:doit|devrait) (?:etre|venir de|etre fait\w* par) (?:mon |ma |le |la |un |une )?(?:generaliste|medecin traitant|specialiste|rhumato\w*)\b",
    r"qui (?:peut|doit|a le droit de|pourrait) (?:me )?(?:faire|ecrire|rediger|signer|donner|prescrire|delivrer) " + _PRESCRIBED
    + r"\b(?:[\s,]+(?:\w+ ){0,3}?(?:medecin traitant|medecin|generaliste|specialiste|rhumato\w*|docteur|chirurgien)\b){0,2}",
)  # fmt: skip
#: Régler le siège d'une voiture ou d'un camion: la conduite est le premier sujet (session 28).
SEAT_SETUP_ASKED = (
    r"regl\w* (?:\w+ ){0,3}?(?:le |mon |ma |son )?(?:siege|fauteuil|assise)\w*", r"(?:position|hauteur|inclinaison|reglage)s? (?:\w+ ){0,1}?(?:du|de mon|de son) siege",
)  # fmt: skip
#: (session 33I) Conduire son camion, son bus ou son taxi demandé, "chauffer" au Québec ("j'peux-tu chauffer mon char
#: avec mon dos?"): la conduite d'abord, quel que soit le métier raconté
DRIVING_ASKED = (
    r"(?:conduire|conduis|conduit|chauffer|chauffe|chauffes|rouler) (?:\w+ ){0,2}?(?:avec )?(?:mon|ma|le|la|un|une|notre|son|mes|les) (?:\w+ )?(?:camion|camions|truck|trucks|poids lourd|semi|semi-remorque|remorque|camionnette|bus|autobus|taxi|char|chars|tracteur|chariot elevateur|fenwick)\b",
    r"(?:au volant|derriere le volant) (?:de|du|d') ?(?:mon|ma|mon|un|une|le)? ?(?:camion|truck|poids lourd|semi|bus|autobus|taxi|char|tracteur)\b",
)  # fmt: skip
#: L'imagerie d'une autre partie du corps ("une IRM du genou ?"): aucun sujet, la réponse sur les examens est celle du
#: bas du dos (session 28).
OTHER_PART_SCANS = (
    r"(?:irm|scanner|scan|radio\w*|echo\w*) (?:\w+ ){0,2}?(?:du|de la|de l'|de mon|de ma|au|a la|a l'|a mon|a ma|pour mon|pour ma) ?(?:genou|epaule|cou|nuque|cheville|poignet|coude|pied|main|tete|cerveau)s?\b",
)  # fmt: skip
#: S'il faut aller aux urgences: quand consulter est le premier sujet, quoi que lise le classifieur ("je dois aller
#: aux urgences ? je tiens à peine debout"; session 27); EMERGENCY_WORDS sont des mots de ce sujet.
EMERGENCY_ASKED = (
    r"(?:dois|doit|faut|peux|devrais|vais|faudrait)[- ](?:je|il|on)? ?(?:\w+ ){0,2}?(?:aller|passer|filer|courir) (?:aux|a l'|au) ?(?:urgences?|poste de garde)",
    r"(?:un cas|c'est) (?:pour )?(?:les )?urgences",
)  # fmt: skip
EMERGENCY_WORDS = {"samu": "urgences"}
#: Une autre personne et une autre partie du corps que le dos ("mon fils a mal au genou, il peut venir aussi ?"):
#: aucun sujet, comme OTHER_SUBJECTS, sauf si le dos est nommé (session 26).
OTHER_PERSON_PARTS = (
    r"(?:ma|mon|notre|nos|mes) (?:fille|fils|enfant|enfants|femme|mari|conjoint\w*|compagne|compagnon|copine|copain|mere|maman|pere|papa|soeur|frere|ami|amie)\b(?:\W+\w+){0,8}?\W+"
    r"(?:(?:mal|douleurs?) (?:au|aux|a la|a l'?) ?(?:genou\w*|hanche\w*|pied\w*|cheville\w*|jambes?|mollets?|talons?)|(?:son|sa|ses) (?:genou\w*|hanche\w*|pied\w*|cheville\w*|jambes?|mollets?|talons?))",
)  # fmt: skip
#: Demander une place un jour ("y a moyen de passer samedi ou vous êtes fermés ?"): un rendez-vous, même quand le
#: classifieur lit les horaires; les horaires viennent en second (session 26).
SLOT_ASKED = (
    r"(?:moyen|possible|possibilite) de (?:passer|venir)\b",
    r"(?:je|on) (?:peux|peut|pourrais|pourrait|pourrai) (?:passer|venir)(?: vous voir| chez vous| au cabinet)? (?:le |ce |un )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)",
    r"(?:une )?(?:place|dispo\w*|creneau\w*) (?:libre |de libre )?(?:le |ce |un )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)",
)  # fmt: skip
#: Les assureurs et les mutualités par leur nom: des mots du remboursement ("DKV rembourse ?"), pas des mots jamais vus
#: (session 26). Un mot chacun, avec son mot standard (comme DIALECT_FORMS).
INSURERS = {
    name: "assurance" for name in ("dkv", "ethias", "axa", "allianz", "vgz", "menzis")
} | {name: "mutualite" for name in ("solidaris", "partenamut", "helan", "securex")}

#: Garder le lit demandé (session 29: "ma mère dit de rester au lit quelques jours, c'est vrai ?"): se reposer ou bouger
#: est le premier sujet, quoi que lise le classifieur.
BED_REST_ASKED = (
    r"(?:garde|garder|gardé|gardais|reste|rester|resté|restée|rester couche\w*|rester allonge\w*) (?:\w+ ){0,1}?(?:le|au|mon|dans mon|dans le) lit\b",
    r"(?:reste\w*|etre) alite\w*", r"alite\w* (?:\w+ ){0,2}?(?:jours?|semaines?)", r"repos (?:complet |total )?au lit",
    # (session 33H) bouger opposé au repos ("je peux aller marcher ou vaut mieux me reposer ?"): le repos ou le mouvement
    r"(?:marcher|bouger|me bouger|rester actif|rester active|continuer a bouger|me promener|aller marcher|faire un tour)\b (?:\w+ ){0,5}?ou (?:\w+ ){0,3}?(?:me reposer|se reposer|reposer|repos|rester tranquille|rester allonge\w*|m'allonger|me coucher|ne rien faire)\b",
    r"(?:me reposer|se reposer|repos|rester tranquille|rester allonge\w*|m'allonger|me coucher)\b (?:\w+ ){0,4}?ou (?:\w+ ){0,3}?(?:marcher|bouger|me bouger|rester actif|rester active|continuer a bouger|me promener)\b",
)  # fmt: skip
#: (session 34V) Comment se coucher ou dormir demandé, une position face à une autre ("je dors comment, sur le côté ou
#: sur le dos ?"): le sommeil d'abord, avant le repos au lit du repos ou mouvement (faq.py's _ASKED_FIRST)
SLEEP_POSITION_ASKED = (
    r"comment (?:dois-je |je dois |faut-il |il faut |puis-je |je peux |je )?(?:me |se )?(?:coucher|dormir|m'allonger|s'allonger|allonger|installer|positionner)\b(?: \w+){0,1}? ?(?:au lit|dans (?:mon|le) lit|la nuit|pour dormir|le soir)\b",
    r"(?:je |on )?(?:dors|dort|dormir|me couche|me coucher|m'allonge|m'allonger) comment\b",
    r"(?:quelle|meilleure|bonne) (?:\w+ )?(?:position|posture)s? (?:\w+ ){0,1}?(?:pour dormir|de sommeil|pour le sommeil|au lit|dans le lit|la nuit|pour la nuit|couche\w*|allonge\w*)\b",
    r"(?:sur|de) (?:le|mon|ma|la) (?:cote|ventre|dos)\b (?:\w+ ){0,3}?ou (?:\w+ ){0,1}?(?:sur|de) (?:le|mon|ma|la) (?:cote|ventre|dos)\b",
    r"(?:coussin|oreiller) (?:entre|sous) (?:les|mes) (?:genoux|jambes) (?:\w+ ){0,3}?(?:dormir|nuit|lit|couche\w*)\b",
)  # fmt: skip
#: (session 34X) la meilleure façon ou la position pour dormir ou se coucher demandée ("la façon la moins douloureuse de
#: dormir ?", "dans quelle position je dois m'allonger ?"); se coucher ou marcher reste le repos ou le mouvement
SLEEP_POSITION_ASKED += (
    r"(?:meilleure|bonne|bonne|moins douloureuse|plus confortable) (?:facon|maniere|position|posture) (?:de |pour )?(?:me |se |m'|s')?(?:dormir|coucher|allonger)\b",
    r"(?:facon|maniere) (?:la plus confortable|la moins douloureuse|ideale) (?:de |pour )?(?:me |se |m'|s')?(?:dormir|coucher|allonger)\b",
    r"(?:dans |sur )?quel(?:le)? (?:position|posture|cote|sens) (?:\w+ ){0,2}?(?:dormir|dors|me coucher|m'allonger|coucher|allonger)\b",
)  # fmt: skip
#: (session 34X) Un moyen de chaleur ou de froid demandé, s'il est bon ou face à un autre ("une bouillotte c'est bien ou ça
#: aggrave ?", "poche de glace ou coussin chauffant ?"): le chaud ou le froid d'abord, quoi que lise le classifieur
_CHAUD_FROID = (r"(?:bouillottes?|coussins? chauffants?|patchs? chauffants?|ceintures? chauffantes?|poches? (?:de glace|de froid|de gel|de glacons|chaudes?|froides?|de graines|de noyaux de cerises?)|"
                r"packs? de (?:glace|froid)|glacons|sacs? de (?:glace|petits pois)|petits pois (?:surgeles|congeles)|couvertures? chauffantes?|"
                r"compresses? (?:chaudes?|froides?)|lampes? (?:infrarouges?|a infrarouge)|baume du tigre|creme chauffante|"
                # (session 35L) la chaleur en d'autres mots: une compresse bien chaude, une serviette chaude, un cataplasme
                r"compresses? (?:bien |tres |tiedes?|humides? )?(?:chaudes?|froides?|tiedes?)?|(?:serviettes?|gants? de toilette|linges?) (?:humides? )?(?:bien )?(?:chaudes?|chauds?|tiedes?)|"
                r"cataplasmes?(?: chauds?)?|coussins? (?:electriques?|thermiques?)|tapis chauffants?|fomentations?)")
_CHAUD_FROID_SEUL = r"(?:glace|chaud|froid|chaleur)"
HEAT_COLD_ASKED = (
    _CHAUD_FROID + r"\b(?:\W+\w+){0,4}?\W+(?:bien|bon|bonne|mieux|ok|conseille\w*|recommande\w*|mauvais\w*|pire|aggrave\w*|aide\w*|utile|soulage\w*|efficace)\b",
    _CHAUD_FROID + r" (?:\w+ ){0,2}?ou (?:\w+ ){0,2}?(?:" + _CHAUD_FROID + "|" + _CHAUD_FROID_SEUL + r")\b",
    _CHAUD_FROID_SEUL + r" (?:\w+ ){0,2}?ou (?:\w+ ){0,2}?" + _CHAUD_FROID + r"\b",
)  # fmt: skip
#: (session 35K) Des exercices à faire à la maison demandés, simples ou au sol ("des étirements tout simples à faire
#: chez moi sur un tapis ?"): repos ou mouvement d'abord (sa réponse : bouger, des exercices doux ; _ASKED_FIRST de
#: faq.py, avec BED_REST_ASKED) ; l'entraînement en salle ou le sport reste le sport
_EXERCICES = r"(?:exercices?|exos?|etirements?|mouvements)"
_PAS_ENTRAINEMENT = r"(?!.*\b(?:salle|fitness|musculation|muscu|entrainement|sport|match|club|equipe)\b)"
HOME_EXERCISE_ASKED = (
    _EXERCICES + r"\b(?:\W+\w+){0,8}?\W+(?:a la maison|chez moi|chez soi|a domicile|au sol|par terre|sur (?:le|un|mon) (?:tapis|sol|lit)|a quatre pattes|sans (?:materiel|appareils?|equipement|poids|halteres))\b",
    r"(?:petits?|simples?|doux|douces|legers?|faciles?|tranquilles?) (?:\w+ )?(?:exercices|exos|etirements)\b" + _PAS_ENTRAINEMENT,
    r"(?:exercices|exos|etirements) (?:tout |tres |assez )?(?:simples|doux|douces|legers|faciles)\b" + _PAS_ENTRAINEMENT,
)  # fmt: skip
#: (session 35K) Un sport nommé demandé s'il est mauvais ou s'il faut l'arrêter ("je nage trois fois par semaine, je
#: dois laisser tomber ?", "le crawl c'est déconseillé ?") : le sport d'abord (_ASKED_FIRST de faq.py) ; le travail,
#: la conduite, le sommeil, la marche (repos ou mouvement), le sexe et l'avion ne sont pas un sport ici
_SPORTS_FR = (r"(?:course a pied|courir|(?:je|j'|on) cours\b|jcours|jogging|footing|running|trail|natation|nager|nage|je nage|piscine|brasse|crawl|dos crawle|papillon|longueurs|"
              r"aquagym|velo|cyclisme|vtt|spinning|tennis|padel|squash|badminton|golf|foot|football|futsal|rugby|hockey|basket|volley|handball|"
              r"yoga|pilates|crossfit|muscu|musculation|salle de sport|salle de muscu|fitness|squats?|souleve de terre|escalade|aviron|boxe|judo|karate|"
              r"ski|surf|danse|zumba|randonnee|rando|equitation|sport)")
_AUTRE_QUE_SPORT = r"(?! (?:\w+ )?(?:travailler|le travail|de travailler|conduire|la voiture|dormir|porter|soulever|marcher|bouger|l'avion|les medicaments|les cachets))"
_ARRETER = (r"(?:arreter|arrete|stopper|stoppe|laisser tomber|lacher|faire une pause|une pause|lever le pied|diminuer|reduire|"
            r"continuer|continue|poursuivre|eviter|mettre (?:\w+ )?entre parentheses)")
_MAUVAIS = r"(?:mauvais|mauvaise|deconseille|deconseillee|dangereux|dangereuse|risque|risquee|nocif|nocive|a eviter|contre-indique|contre indique)"
SPORT_STOP_ASKED = (
    _SPORTS_FR + r"\b(?:\W+\w+){0,10}?\W+" + _ARRETER + r"\b" + _AUTRE_QUE_SPORT,
    r"(?:dois|doit|faut|faudrait|devrais|peux|puis|vaut)(?:-je|-il|-on)? (?:\w+ ){0,3}?(?:arreter|stopper|continuer|eviter|laisser tomber|lever le pied) (?:\w+ ){0,2}?" + _SPORTS_FR + r"\b",
    _SPORTS_FR + r"\b(?:\W+\w+){0,6}?\W+" + _MAUVAIS + r"\b",
    r"(?:est|est-ce|est ce|c'est|ce serait|ce sera) (?:\w+ ){0,2}?" + _MAUVAIS + r" (?:\w+ ){0,3}?(?:de |d')?(?:faire |aller |jouer )?(?:du |de la |de l'|au |a la )?" + _SPORTS_FR + r"\b",
)  # fmt: skip
#: (session 33H) S'il faut s'inquiéter ("je dois m'en faire ? j'arrive à peine à me redresser"): la gravité d'abord; une
#: inquiétude pour un médicament ou un examen nommé après reste la leur
WORRY_ASKED = (
    r"(?:dois|doit|devrais|devrait|faut|faudrait|dois-je|faut-il)(?:-je|-il| je| il)? (?:\w+ ){0,2}?(?:m'|m |s'|s |nous )?(?:inquieter|en faire|affoler|alarmer|paniquer|stresser)\b(?! (?:pour|de|du|des) (?!ca\b|cela\b|la douleur\b|mon dos\b))",
    r"(?:c'est|est-ce|est ce|ca a l'air|ca semble|c'est-tu) (?:\w+ )?(?:inquietant|alarmant|preoccupant)\b", r"(?:raison|lieu|motif) de (?:m'|s'|nous )?(?:inquieter|en faire)\b",
)  # fmt: skip
#: Un travail plus léger ou de bureau quelque temps demandé (session 29): le travail est le premier sujet.
LIGHTER_DUTIES_ASKED = (
    r"(?:travail|poste|taches?|boulot|job) (?:\w+ ){0,1}?(?:adapte\w*|allege\w*|leger\w*|amenage\w*|de bureau|administrati\w*)",
    r"(?:de |l'|du )?administratif\b", r"(?:travail|boulot) de bureau", r"mi-temps therapeutique",
)  # fmt: skip
#: Expressions lues comme leurs mots standard (session 29): "garder le lit" est se reposer, "du travail de bureau" un
#: travail adapté.
PHRASE_FORMS = {
    r"(?:garde|garder|gardé|gardais|reste|rester|resté|restée|rester couche\w*|rester allonge\w*) (?:\w+ ){0,1}?(?:le|au|mon|dans mon|dans le) lit": "repos allonge",
    r"(?:reste\w*|etre) alite\w*": "repos allonge", r"repos (?:complet |total )?au lit": "repos allonge",
    r"(?:de |l'|du )?administratif|(?:travail|boulot) de bureau|paperasse": "travail adapte bureau",
    r"(?:taches?|poste|travail|boulot|job) (?:\w+ ){0,1}?(?:adapte\w*|allege\w*|leger\w*|amenage\w*)|mi-temps therapeutique": "travail adapte",
    # "comment ça marche" demande comment ça se passe, pas de marcher; "revenir à la normale" est guérir, pas une
    # récidive (session 30V)
    r"comment (?:ca|cela|c'est que ca|est-ce que ca) (?:se )?marche|(?:ca|cela) (?:se )?marche comment": "comment ca se passe",
    r"(?:revenir|revienne|reviennent|revient|reviendra|revenu\w*|retourner|retourne|redevenir|redevienne|redevient|redeviendra|redevenu\w*) (?:a la |a |comme )?(?:normale?|normaux|avant)": "gueri",
    # (session 34X) combien de rendez-vous ou de consultations il faut, c'est combien de séances
    r"combien de (?:rendez-vous|rdv|consultations|visites)": "combien de seances",
    # (session 35L) une fomentation est de la chaleur
    r"fomentations?": "chaleur",
}
PHRASE_FORMS.update({phrase: "grave" for phrase in WHEELCHAIR_FEARED})  # session 30AA
#: Comment c'est venu, raconté avant la question ("mon dos a craqué quand je me suis penché sur le panier, c'est
#: grave ?"): l'histoire de la personne, aucun sujet de la question (session 29).
ONSET_TOLD = (
    r"(?:quand|lorsque|pendant que|alors que) (?:je|j'|j) ?(?:me |m'|m)?(?:suis |ai |etais |)(?:\w+ ){0,1}?(?:penche|baisse|souleve|porte|tourne|releve|eternue|tousse|ramasse|leve|plie|tire|pousse|penchais|baissais|soulevais|portais|ramassais|passais)\w*\b[^,;.!?]*",
    r"en (?:me )?(?:penchant|baissant|soulevant|portant|tournant|relevant|eternuant|toussant|ramassant|levant|pliant|tirant|poussant)\b[^,;.!?]*",
)  # fmt: skip
# (session 30AA) comment ça a commencé, dit par "en ...ant" après la blessure ("bloqué le dos en sortant les poubelles,
# ...", "je me suis fait mal en déménageant samedi, ..."): l'histoire de la personne, pas le sujet de la question
ONSET_TOLD += (
    r"(?:bloque|bloquee|coince|coincee|tordu|froisse|fait mal|fait un tour de reins|pris un tour de reins|claque|pete|chope|fait un lumbago|casse|esquinte|abime) (?:\w+ ){0,3}?en (?:me |m'|m |se |s')?\w{3,}ant\b[^,;.!?]*",
)  # fmt: skip
#: Une autre partie du corps nommée, puis une imagerie demandée, le dos pas nommé ("mon genou se bloque au foot, je
#: (session 31AH) Où descend la douleur du dos, dit ("la douleur descend jusqu'au genou, il faut une IRM ?", "ça me
#: lance jusqu'au pied"): la partie de la jambe nommée là n'est pas une autre partie demandée; voir la pack anglaise.
PAIN_GOES_TO = (
    r"(?:descend\w*|va|vont|allait|irradi\w*|lance\w*|tire\w*|file\w*|part|passe|remonte\w*|diffuse\w*|fourmill\w*)\s*(?:\w+\s+){0,3}?(?:jusqu ?['’ ]?\s*(?:au|a la|a l'|a l|aux|dans (?:le|la|les|mon|ma|mes)|derriere (?:le|la|les|mon|ma|mes))|dans (?:le|la|les|mon|ma|mes)|vers (?:le|la|les|mon|ma|mes)|derriere (?:le|la|les|mon|ma|mes))\s*(?:gauche\s+|droit\s+|droite\s+)?(?:genou|genoux|mollet|mollets|pied|pieds|cheville|chevilles|talon|cuisse|cuisses|hanche|hanches|aine|orteils|jambe|jambes|fesse|fesses)\b",
)  # fmt: skip
#: dois faire une radio ?"): aucun sujet (session 29).
OTHER_PART_SCAN_TOLD = (
    r"(?:mon|ma|le|la|l'|son|sa) ?(?:genou|epaule|cou|nuque|cheville|poignet|coude|hanche|pied|main)s?\b(?:\W+\w+){0,12}?\W+(?:irm|scanner|scan|radio\w*|echo\w*)\b",
    # la partie nommée seule en tête de phrase, ou après "au", puis une imagerie demandée (session 30V: "cheville
    # tordue au foot, il faut faire une radio ?", "j'ai mal au genou depuis samedi, faut-il une radio ?")
    r"(?:^|[,.;!?]\s*|\b(?:au|aux|a la|a l'|a l|un|une)\s*)(?:genou|genoux|epaule|epaules|cou|nuque|cheville|chevilles|poignet|poignets|coude|coudes|hanche|hanches|pied|pieds)\b(?:\W+\w+){0,12}?\W+(?:irm|scanner|scan|radio\w*|echo\w*)\b",
)  # fmt: skip
#: An animal as the one treated or hurting (kiné pour un chien, le dos d'un cheval, "vous soignez les chats"): no
#: topic, the back named or not, for the back named is the animal's (session 29U); the person's own back named besides
#: keeps its topic.
OTHER_PATIENTS = (
    r"(?:kine\w*|physio\w*|osteo\w*|soign\w*|trait\w*|mass\w*|reeduqu\w*|reeducation|occup\w*\s+(?:de|des|du))\s+(?:(?:aussi|egalement|meme)\s+)?(?:(?:pour|a|aux|sur|avec)\s+)?(?:(?:les|des|le|la|l'|un|une|mon|ma|mes|notre|nos|votre|vos|son|sa|ses)\s*)?(?:chiens?|chiennes?|chiots?|chats?|chattes?|chatons?|cheval|chevaux|juments?|poneys?|teckels?|animaux|animal|lapins?)\b",
    r"(?:kine\w*|physio\w*|osteo\w*|massage\w*|reeducation)\s+(?:animali\w*|veterinaire\w*|equin\w*|canin\w*|pour animaux)",
    r"(?:dos|colonne|hanches?|pattes?|vertebres?|hernie)\s+(?:de\s+|du\s+|d')\s*(?:(?:mon|ma|notre|son|sa|leur|ce|cette|la|le)\s+)?(?:chien|chienne|chiot|chat|chatte|cheval|jument|poney|teckel|lapin)\b",
    r"(?:(?:chien|chienne|chiot|chat|chatte|cheval|jument|poney|teckel|lapin)s?|le mien|la mienne|le notre|la notre)\s+(?:a|as|avait|s'est|est|se)\s+(?:(?!je\b|j'|me\b|m'|moi\b|mon\b|ma\b|mes\b)\S+\s+){0,3}?(?:(?:son|sa|le|la|une|un|au|a la|aux|a l')\s*)?(?:dos|hernie|hanches?|pattes?|vertebres?|colonne|coince\w*|bloque\w*|boite\w*)\b",
)  # fmt: skip
#: Another hernia than the back's (the groin's, the navel's, a hiatal hernia): no topic, "hernie" being no back named
#: (session 29U); the back named besides keeps its topic.
OTHER_HERNIAS = (
    r"hernies?\s+(?:inguinales?|ombilicales?|hiatales?|crurales?|femorales?|abdominales?|incisionnelles?|du sportif|de la paroi|diaphragmatiques?|scrotales?)",
    r"hernies?\s+(?:a\s+l'|de\s+l'|au\s+|a\s+la\s+|du\s+|sur\s+le\s+|dans\s+l'|pres\s+du\s+)\s*(?:aine|nombril|estomac|ventre|diaphragme|abdomen|paroi)\b",
)  # fmt: skip
#: (session 30AA, set frais 35) la kiné d'un enfant, la kiné pédiatrique, l'écriture d'un enfant : un autre patient et
#: d'autres soins, aucune réponse n'en parle ("vous soignez les enfants aussi ?", "kiné pédiatrique ?"), le dos nommé ou non
UNCOVERED_SUBJECTS += (
    r"(?:kine\w*|kinesi\w*|physio\w*|reeducation) (?:pediatri\w*|infantile|pour (?:les |des |mon |ma |mes )?(?:enfants?|bebes?|petits|ados|adolescents?|fils|fille))",
    r"pediatri\w* (?:kine\w*|kinesi\w*|physio\w*)",
    r"(?:soign\w*|trait\w*|reeduqu\w*)\s+(?:(?:aussi|egalement|meme)\s+)?(?:(?:les|des|mon|ma|mes|nos|vos)\s+)(?:enfants|bebes|nourrissons|petits|ados|adolescents|gamins|gosses)\b",
    r"(?:vous|tu) (?:prenez|prends|voyez|vois|acceptez|recevez|suivez) (?:aussi |egalement |meme )?(?:les |des )(?:enfants|bebes|nourrissons|ados|adolescents|petits)\b",
    r"(?:soign\w*|trait\w*|reeduqu\w*)\s+(?:(?:aussi|egalement|meme)\s+)?(?:mon|ma|notre) (?:enfant|bebe|fils|fille|fillette|gamin|gamine|ado)\b",
    r"ecriture (?:de|du) (?:mon|ma|notre) (?:fils|fille|enfant|petit|petite|gamin|gamine)", r"ecriture manuscrite", r"graphomotricite", r"motricite fine", r"tenue du (?:crayon|stylo)",
)  # fmt: skip

#: (session 29, set frais 33) les antidouleurs contre la gueule de bois et la marque d'un produit ne sont le sujet
#: d'aucune reponse : "ibuprofene ou paracetamol pour une gueule de bois ?", "quel coussin lombaire, une marque precise ?"
#: (session 30V, set frais 34) le prix d'un produit que le cabinet ne vend pas (un matelas, un oreiller, une ceinture):
#: "combien coûte un bon matelas orthopédique ?"; le prix d'une séance reste le remboursement
UNCOVERED_SUBJECTS += (
    r"(?:combien (?:coute|coutent|ca coute|faut compter|faut-il compter|pour)|compter pour|prix|coute|coutent|couter|coutait|cher|chere|chers|tarifs?|budget)\b(?:[^\w,.;!?]+\w+){0,6}?[^\w,.;!?]+(?:matelas|oreillers?|coussins?|ceintures?|corsets?|semelles?|chaises? de bureau)\b",
    r"(?:matelas|oreillers?|coussins?|ceintures?|corsets?|semelles?|chaises? de bureau)\b(?:[^\w,.;!?]+\w+){0,5}?[^\w,.;!?]+(?:coute|coutent|prix|cher|chere|chers)\b",
)  # fmt: skip
#: (session 33H) Un abonnement à la salle ou au fitness et son prix ("c'est combien l'abonnement mensuel à votre salle ?"):
#: aucune réponse n'en parle; le prix d'une séance reste le remboursement, aller à la salle le sport
UNCOVERED_SUBJECTS += (
    r"abonnements? (?:\w+ ){0,2}?(?:a la |au |de |d'|en |pour la |pour le )?(?:salle|gym|fitness|musculation|muscu|piscine|club|yoga|pilates|kine-?fitness)\b",
    r"(?:salle|gym|fitness|muscu\w*|kine-?fitness) (?:\w+ ){0,3}?abonnements?\b", r"abonnements? (?:mensuel|annuel|au mois|a l'annee)s?\b",
    r"cartes? de membre", r"cotisations? (?:mensuelle|annuelle|au club|a la salle)s?", r"(?:m'inscrire|s'inscrire|inscription) (?:a la|au|en) (?:salle|gym|fitness)\b",
)  # fmt: skip
UNCOVERED_SUBJECTS += ("gueule de bois", r"(?:quelle|une|la) (?:bonne )?marques?(?: precise| particuliere| en particulier)?",
                       r"marques? (?:precise|particuliere|a conseiller|conseillee)")

#: (session 31AK, set frais 37) un soin de beauté ou de bien-être (anti-cellulite, amincissant, soin du visage,
#: épilation, pierres chaudes) et le remboursement ou le prix d'un autre soin (le dentiste, l'opticien, les lunettes, une
#: consultation chez le généraliste, une hospitalisation, un psychologue): aucune réponse n'en parle; un massage pour le
#: dos et la kiné restent des questions
_BEAUTY = (r"(?:anti-? ?)?cellulit\w*", r"amincissan\w*", r"minceur", r"soins? (?:du|de) visage", r"epilation\w*", r"(?:a la )?cire chaude",
           r"pierres chaudes", r"manucure\w*", r"pedicure\w*", r"massages? (?:thai\w*|californien\w*|suedois|balinais|tantrique\w*)",
           r"institut de beaute", r"esthetici\w*", r"soins? esthetiques?")
_OTHER_CARE = (r"(?:dentistes?|soins dentaires|detartrage|orthodont\w*|opticien\w*|lunettes|lentilles|appareils? auditifs?|"
               r"(?:consultations?|visites?) (?:chez (?:le |mon )?|du |de mon |au )?(?:medecin|generaliste|docteur|toubib)|"
               r"(?<!assurance )(?<!assurances )hospitalisation(?!s? (?:assurance|couverture))\w*|sejours? (?:a|en) l'? ?hopital|psychologues?|psychiatres?|dieteticien\w*|nutritionniste\w*)")
_GAP = r"(?:[^\w,.;!?]+(?!ou\b|et\b|kine|physio)\w+){0,5}?[^\w,.;!?]+"
UNCOVERED_SUBJECTS += (
    *_BEAUTY,
    r"(?:rembours\w*|pris en charge|prise en charge|coute|coutent|prix|tarifs?|combien)\b" + _GAP + _OTHER_CARE + r"\b",
    _OTHER_CARE + r"\b" + _GAP + r"(?:rembourses?|remboursees?|rembourse|pris en charge|prise en charge|coute|coutent)\b",
)  # fmt: skip
#: (session 34X) Le prix d'un service de détente ou de bien-être que le cabinet n'offre pas (la relaxation, la
#: sophrologie, un massage relaxant, le sauna, le hammam, la réflexologie): aucune réponse n'en parle; le prix d'une
#: séance de kiné reste le remboursement (COST_ASKED)
_WELLNESS = (r"(?:relaxation|sophrologie|massages? (?:relaxant\w*|bien-etre|bien etre|detente|de detente|aux pierres\w*|aux huiles)|"
             r"(?:soins?|massages?|journees?|cures?|seances?) (?:de )?bien-etre|saunas?|hammams?|jacuzzis?|spa|bains? a remous|reflexologie|reiki|flottaison)")
UNCOVERED_SUBJECTS += (
    r"(?:coute|coutent|couter|prix|tarifs?|combien(?! de (?:temps|fois|minutes|jours|semaines)))\b" + _GAP + _WELLNESS + r"\b",
    _WELLNESS + r"\b" + _GAP + r"(?:coute|coutent|prix|tarif|combien)\b",
)  # fmt: skip

#: (session 32AQ, set frais 38) une ordonnance ou une prescription oubliée, perdue ou retrouvée, et la question posée
#: ("mon prescription oublié dans un tiroir depuis 3 mois, encore valable?"): la question de la prescription, pas un
#: objet oublié (PRACTICE_MATTERS); le parapluie laissé dans la salle d'attente reste un objet oublié
_ORDONNANCE = r"(?:ordonnances?|prescriptions?|prescription medicale|lettre de (?:mon )?medecin|bon de (?:mon )?medecin)"
PRESCRIPTION_MISLAID = (
    rf"{_ORDONNANCE}\b(?:\W+\w+){{0,6}}?\W+(?:oublie\w*|perdu\w*|egare\w*|paume\w*|laisse\w*|retrouve\w*|trouve\w*|encore valable|toujours valable|perime\w*|expire\w*)\b",
    rf"(?:oublie|oubliee|perdu|perdue|egare|egaree|paume|paumee|retrouve|retrouvee|trouve|trouvee)s? (?:\w+ ){{0,2}}?(?:mon|ma|mes|une|la|l'|l |cette) ?(?:\w+ )?{_ORDONNANCE}\b",
)  # fmt: skip
#: (session 32AQ) la hanche et la main elles-mêmes, pas là où descend la douleur du dos (PAIN_GOES_TO)
OTHER_BODY_PARTS += (
    r"(?:prothese|arthrose|bursite|operation|chirurgie|fracture|luxation|dysplasie|conflit) (?:\w+ )?(?:de la|a la|de ma|a ma|des|aux|de mes|de l|de) ?(?:gauche |droite )?hanches?\b",
    r"(?:nouvelle|fausse) hanche", r"hanches? (?:operee|cassee|fracturee|luxee|bloquee|arthrosique|gelee)s?\b",
    r"opere\w* (?:\w+ ){0,2}?de la hanche", r"coxarthrose\w*",
    r"(?:mal|douleurs?|arthrose|fourmillements?|engourdissements?) (?:\w+ )?(?:a la|a ma|aux|a mes|dans la|dans ma|dans les|dans mes) mains?\b",
    r"doigts? (?:a|en) ressaut", r"mains? (?:cassee|foulee|enflee|gonflee|engourdie)s?\b",
)  # fmt: skip
#: (session 32AU) Un long trajet en avion, en train ou en bus ("je prends l'avion pour 12 heures", "un vol long-courrier"):
#: aucune réponse n'en parle (celle sur la conduite parle d'une voiture), le dos nommé ou non; un long trajet en voiture
#: reste la conduite; venir au cabinet en train ou en bus reste l'adresse
TRIPS = (
    r"avion\b", r"long-? ?courriers?", r"(?:\d+ ?h|heures?|h) (?:\w+ )?(?:de vol|d'avion|d avion|de train|de bus|de car|en train(?! de| d)|en bus|en car)\b",
    r"(?:voyage|trajet|voyages|trajets) (?:\w+ )?en (?:train|bus|car|tgv|avion)\b", r"(?:long|longs) (?:voyages?|trajets?) en (?:train|bus|car)\b", r"prendre l'?\s?avion",
)  # fmt: skip
#: (session 32AU) Le voyage dit comme le temps qu'a le dos ("combien de temps ça dure ? je prends l'avion dans 2 semaines"): la
#: question de la durée, le voyage pas un sujet
TRIP_AS_DEADLINE = (
    r"combien de (?:temps|semaines|jours|mois)", r"(?:a|au) temps pour", r"d'ici (?:la|le)",
)  # fmt: skip
#: (session 32AU) Comment payer (bancontact, carte, cash) et ce que coûte un rendez-vous annulé ou manqué: les affaires
#: du cabinet; ce que coûte une séance et ce que rembourse la mutuelle restent le remboursement
PRACTICE_MATTERS += (
    r"bancontact", r"payconiq", r"(?:payer|paye|payez|paiement|regler|reglement) (?:\w+ )?(?:par|en|avec|via) (?:la |ma |une )?(?:carte|cb|cash|liquide|especes|bancontact|virement|telephone|gsm)\b",
    r"cash (?:seulement|uniquement)", r"en (?:especes|liquide) (?:seulement|uniquement)", r"(?:acceptez|prenez)(?:-vous)? (?:\w+ )?(?:la carte|les cartes|le cash|les especes|le liquide)\b",
    r"(?:rendez-vous|rdv|seance) (?:\w+ )?(?:manque|rate|loupe|oublie)s?\b(?:\W+\w+){0,6}?\W+(?:payer|paye|facture\w*|frais)\b",
    # les visites à domicile: ni rendez-vous ni conduite
    r"a domicile", r"(?:venir|passer|venez|passez|vient|passe) (?:\w+ )?chez (?:moi|nous)\b", r"vous (?:vous )?deplacez", r"(?:vous )?vous deplacer\b",
    # (session 33I) un vol ou un dégât au cabinet et qui en répond; consulter son propre dossier
    r"(?:velo|bicyclette|scooter|trottinette|voiture|auto|portefeuille|sac|telephone|gsm)s? (?:\w+ ){0,3}?(?:vole|volee|voles|volees|fauche|fauchee|chourave|vandalise|vandalisee)\b", r"(?:velo|scooter|trottinette|voiture|auto)s? (?:a ete|ont ete|s'est fait|se sont fait|est) (?:\w+ )?(?:raye|rayee|abime|abimee|cabosse|cabossee)\b",
    r"(?:vole|pique|fauche|chourave|pris) (?:mon|ma|mes|notre) (?:velo|bicyclette|scooter|trottinette|voiture|auto|portefeuille|sac|telephone|gsm)\b",
    r"(?:responsables?|assurance|assures?) (?:\w+ ){0,2}?(?:du vol|en cas de vol|des vols|pour le vol|couvre le vol|couvre les vols|rembourse le vol|des degats|du degat|des dommages|pour les degats)\b", r"responsabilite civile",
    r"(?:consulter|voir|lire|acceder a|avoir acces a|obtenir|recuperer|demander|regarder) (?:une copie de |une copie du |le contenu de )?(?:mon|mes) (?:propre )?(?:dossier|dossiers|notes)\b",
    r"acces (?:a|au) (?:mon |mes )?(?:propre )?dossier", r"copie (?:de |du )?(?:mon |mes )?dossier",
    r"ce (?:que|qu) (?:le|la|mon|ma|votre|il|elle) (?:kine |kinesitherapeute |physio |therapeute )?(?:a |m'a )?(?:\w+ )?(?:note|ecrit|marque|mis) (?:sur|a propos de|de|a mon sujet) ?(?:moi)?\b",
)  # fmt: skip
#: (session 33H) Les douches, vestiaires et casiers du cabinet ("on peut se changer chez vous après la séance ?"): aucune
#: réponse n'en parle; une douche chaude pour le dos reste la chaleur
PRACTICE_MATTERS += (
    r"vestiaires?", r"casiers?", r"cabines? (?:pour|ou) (?:se|me|nous) changer", r"(?:se|me|nous) changer (?:sur place|chez vous|au cabinet|la-bas|avant|apres)\b",
    r"(?:douche|douches|doucher)\b(?:\W+\w+){0,3}?\W+(?:chez vous|au cabinet|sur place|la-bas)\b", r"(?:chez vous|au cabinet|sur place) (?:\w+ ){0,3}?(?:douche|douches|doucher)\b",
    r"(?:avez-vous|vous avez|il y a|y a-t-il|y a t il|y a-t'il) (?:\w+ )?(?:une |des )?douches?\b",
    r"(?:prendre une douche|me doucher|se doucher|nous doucher) apres (?:la|ma|les|mes|une) (?:seance|seances|exercices|entrainement|cours)\b",
)  # fmt: skip
#: (session 32AU) Une autre partie du corps demandée comme offre du cabinet ("vous soignez aussi les genoux ?"): un autre
#: sujet; "un coussin entre les genoux" reste le sommeil
OTHER_BODY_PARTS += (
    rf"(?:soignez|traitez|faites|prenez|reeduquez|regardez|soigne|traite|soignent|traitent)(?:-vous| vous)?(?: aussi| egalement| meme| encore)? (?:les |des |le |la |l'|mon |ma |mes )?{_LEG_PARTS}\b",
)  # fmt: skip
#: (session 34X) Les heures d'ouverture d'un autre lieu demandées ("la pharmacie est ouverte le dimanche ?", "les horaires
#: de la piscine ?"): pas celles du cabinet, aucune réponse n'en parle; les heures du cabinet ("vous êtes ouverts samedi ?
#: je passe à la pharmacie avant") restent les heures d'ouverture
_OTHER_PLACES = (r"(?:pharmacies?|magasins?|boutiques?|supermarches?|hypermarches?|salles? de (?:sport|gym|muscu\w*)|gym|piscines?|"
                 r"poste|bureau de poste|banques?|boulangeries?|bibliotheques?|mediatheques?|mairies?|boucheries?|centres? commerciaux|"
                 r"centre commercial|brico\w*|jardineries?|ikea|coiffeur\w*|cafes?|restaurants?|pressing|laverie)")
_PLACE_LA = r"(?:la |le |les |ce |cette |l'|mon |ma |notre |leur )?(?:\w+ ){0,2}?"
PRACTICE_MATTERS += (
    r"(?:horaires?|heures? d'ouverture|heures? de fermeture)(?: d'ouverture| de fermeture)? (?:de la|du|de l'|des|de ce|de cette|de mon|de ma|d'un|d'une|de) ?(?:\w+ ){0,2}?" + _OTHER_PLACES + r"\b",
    _PLACE_LA + _OTHER_PLACES + r" (?:\w+ ){0,2}?(?:est|sont|sera|seront|serait|etait)(?:-elle|-il|-ils|-elles)? (?:\w+ )?(?:ouverte?s?|fermee?s?)\b",
    r"(?:quand|a quelle heure|jusqu ?'? ?a quelle heure) (?:ouvre|ferme|ouvrent|ferment) " + _PLACE_LA + _OTHER_PLACES + r"\b",
    r"(?:la |le |les |l')" + _OTHER_PLACES + r" (?:\w+ ){0,2}?(?:ouvre|ferme|ouvrent|ferment) (?:a )?quelle heure\b",
)  # fmt: skip
#: (session 32AU) L'heure de fermeture ou d'ouverture demandée ("vous fermez à quelle heure le soir ?"): les heures
#: d'ouverture d'abord
OPEN_ASKED += (
    r"vous (?:fermez|ouvrez|finissez|terminez) (?:\w+ )?(?:a )?quelle heure", r"(?:a )?quelle heure (?:vous )?(?:fermez|ouvrez|fermez-vous|ouvrez-vous|ferme|ouvre|fermeture|ouverture)\b",
    r"jusqu ?'? ?a quelle heure (?:\w+ ){0,2}?(?:ouvert|ouverts|vous)\b", r"heures? de fermeture", r"heures? d'ouverture",
)  # fmt: skip

#: (session 35L) Ce que fait un kiné, si ça vaut le coup ou si c'est juste des massages, pourquoi le kiné pose tant de
#: questions ("à quoi sert vraiment un kiné ?", "pourquoi le kiné demande autant sur ma vie ?"): le rôle du kiné d'abord
#: (faq.py's _ASKED_FIRST, après toute autre phrase); le prix d'un massage reste sans sujet (UNCOVERED_SUBJECTS)
_KINE = r"(?:kine|kines|kinesitherap\w*|physio\w*)"
PHYSIO_ROLE_ASKED = (
    r"(?:que|qu'est-ce que|qu'est ce que|qu ?'? ?est-ce qu'?) (?:fait|font|peut faire) (?:un |le |une |la |votre |mon )?" + _KINE + r"\b",
    r"(?:un |le |la |les )?" + _KINE + r" (?:\w+ ){0,2}?(?:fait|font) quoi\b(?: (?:exactement|au juste|en fait|concretement|vraiment))?\s*(?:[?.!]|$)",
    r"(?:a )?quoi (?:ca )?sert (?:\w+ )?(?:un |le |la |une |les )?" + _KINE + r"\b", _KINE + r" (?:\w+ ){0,2}?(?:ca )?sert (?:vraiment )?a quoi\b",
    r"(?:vaut|valait|vaudrait|vaut-il|vaut-elle) (?:\w+ )?(?:le coup|la peine)\b(?:\W+\w+){0,4}?\W+" + _KINE + r"\b",
    _KINE + r"\b(?:\W+\w+){0,3}?\W+(?:vaut|valait|vaudrait) (?:\w+ )?(?:le coup|la peine)\b",
    r"(?:un |le |la )?" + _KINE + r" (?:\w+ ){0,2}?peut (?:\w+ )?(?:faire (?:grand-chose|grand chose|quelque chose|qqch)|changer quelque chose)\b",
    r"(?:juste|seulement|que|uniquement|simplement) (?:des |un |du )?(?:massages?|masser)\b(?:\W+\w+){0,3}?\W+ou (?:vous|on|il|elle|c'est|est-ce)\b",
    _KINE + r" (?:\w+ ){0,2}?(?:juste|seulement|que|uniquement|simplement) (?:des |un |du )?(?:massages?|masser)\b",
    r"pourquoi (?:le |la |un |une |mon |ma |votre |vous )?(?:" + _KINE + r" )?(?:il |elle )?(?:me )?(?:pose|posez|posent|demande|demandez|demandent|a pose|a demande) (?:\w+ )?(?:autant|tant|beaucoup|toutes ces|tellement) (?:de )?(?:questions|choses)\b",
)  # fmt: skip
#: (session 35L) Payer moins avec le statut préférentiel de la mutuelle (intervention majorée, BIM, OMNIO, le code de la
#: vignette): la réponse du remboursement d'abord (faq.py's _ASKED_FIRST, avec COST_ASKED)
REDUCED_RATE_ASKED = (
    r"interventions? majorees?", r"(?:tarif|statut|regime|remboursement) (?:\w+ )?(?:preferentiel|bim|omnio)\b", r"omnio", r"(?:statut|suis|avec le|le|en|j'ai le|j ai le) bim\b(?! (?:et|je))",
    r"(?:code|numero|chiffre) (?:\w+ ){0,3}?(?:vignettes?|autocollants?|collants?|stickers?)\b", r"vignettes? (?:\w+ ){0,3}?(?:finit|finissent|termine|terminent) (?:par|en)\b",
    r"(?:je |j'|on |vous )?(?:paie|paye|payerai|paierai|payer|payerais|paierais|dois payer) (?:\w+ ){0,1}?moins\b", r"(?:c'est|ca (?:me )?revient|ca fait) moins cher pour (?:moi|nous)\b",
)
#: (session 35M) Déplacer un rendez-vous vers un autre jour ou une autre heure ("je peux décaler mon rdv ?"): la question
#: du rendez-vous, d'abord quelle que soit celle du classifieur (lue avec FREE_SLOT_ASKED); annuler reste une affaire du cabinet
_RDV = r"(?:rendez-vous|rendez vous|rdv|seance|consultation)"
RESCHEDULE_ASKED = (
    r"(?:deplacer|decaler|reporter|repousser|avancer|changer|modifier|bouger) (?:mon|le|notre|ce|votre|un|la|ma|cette) (?:\w+ )?" + _RDV + r"\b",
    _RDV + r" (?:[\w'-]+ ){0,4}?(?:etre )?(?:deplace|decale|reporte|repousse|avance|change|bouge)e?s?\b",
)  # fmt: skip
#: (session 35M) Empêcher que ça revienne ("comment faire pour que ça ne revienne pas ?"): la récidive
RECURRENCE_ASKED = (
    r"(?:eviter|empecher) (?:que |qu'?)?(?:ca|cela|la douleur|le mal|mon dos|le lumbago|la crise|il|elle) (?:ne )?(?:\w+ )?(?:revienne|reviennent|recommence|se reproduise|reprenne)\b",
    r"(?:eviter|prevenir|empecher) (?:une |la |les |des |toute |d'autres |de nouvelles |une nouvelle |une autre )?(?:recidives?|rechutes?)\b",
    r"\bne (?:\w+ ){0,2}?(?:revienne|reviennent|recommence|se reproduise|reprenne) (?:pas|plus|jamais)\b",
)  # fmt: skip
#: (session 35M) Quand les médecins décident d'opérer, après combien de semaines ("au bout de combien de temps on opère ?"):
#: la chirurgie avant le temps de guérison; conduire ou travailler après l'opération reste le leur
SURGERY_ASKED = (
    r"(?:quand|a partir de quand|a quel moment|(?:au bout|apres) (?:de )?combien de (?:semaines|mois|temps)) (?:(?!apres\b|depuis\b|suite\b)[\w'-]+ ){0,6}?(?:d'|l'|qu'on |qu'ils )?(?:operer|opere|operent|\w*operation|chirurgie|intervention chirurgicale|billard)\b(?:\W+(?:[\w'-]+\W+){0,3}?(?:apres|au bout de) combien de (?:semaines|mois|jours|temps)\b)?",
    # les semaines demandées après font partie de l'opération ("quand est-ce qu'on opère, après combien de semaines ?")
    r"(?:operer|opere|operent|\w*operation|chirurgie)\W+(?:[\w'-]+\W+){0,3}?(?:apres|au bout de) combien de (?:semaines|mois|jours|temps)\b",
    r"(?:quand|a partir de quand|a quel moment) (?:[\w'-]+ ){0,2}?(?:on|ils|les medecins|les chirurgiens|le chirurgien|le medecin) (?:\w+ )?(?:passe|passent) (?:a |au )?(?:l'operation|la chirurgie|l'intervention|bloc)\b(?:\W+(?:[\w'-]+\W+){0,3}?(?:apres|au bout de) combien de (?:semaines|mois|jours|temps)\b)?",
)  # fmt: skip
#: (session 35M) Si ça ira mieux pour une date ou un événement ("ça ira mieux d'ici là ?"): le temps de guérison
HEALING_BY_ASKED = (
    r"(?:mieux|gueri|guerie|gueris|fini|finie|passe|passee|remis|remise|retabli|retablie|bon|bien|en forme|parti|partie) (?:\w+ ){0,2}?d'ici (?:la|le|a|mon|ma|mes|notre|nos)\b",
    r"d'ici (?:la|le|a|mon|ma|mes|notre|nos) (?:[\w'-]+ ){0,4}?(?:mieux|gueri\w*|fini\w*|passe\w*|remis\w*|retabli\w*|en forme)\b",
)  # fmt: skip
TRIP_AS_DEADLINE += (r"d'ici (?:mon|ma|mes|notre|nos)",)
#: (session 35M) La taille ou le modèle d'une ceinture lombaire ("quelle taille de ceinture lombaire ?"): aucune réponse
_CEINTURE = r"(?:ceintures? (?:lombaires?|de maintien|de soutien|dorsales?|abdominales?|sacro\w*|de grossesse)|corsets?|lombostats?|ortheses? (?:lombaires?|dorsales?))"
_TAILLE = r"(?:tailles?|cm|centimetres?|hauteurs?|largeurs?|modeles?|marques?|xl|xxl)"
UNCOVERED_SUBJECTS += (
    _CEINTURE + r"(?:\W+\w+){0,8}?\W+" + _TAILLE + r"\b",
    _TAILLE + r"(?:\W+\w+){0,4}?\W+" + _CEINTURE,
    r"(?:quelle|quel|quelles|quels) (?:sorte de |type de |genre de )?" + _CEINTURE,
)  # fmt: skip
#: (session 36G) Un antidouleur nommé (marque ou molécule) qui ne fait pas grand-chose, ou quoi prendre à la place
#: ("le dafalgan ça ne fait rien, je prends quoi à la place ?") : la question des antidouleurs, d'abord
_ANTIDOULEUR = (r"(?:anti-? ?douleurs?|antalgiques?|cachets?|comprimes?|medicaments?|medocs?|panadol|dafalgan|doliprane|efferalgan|"
                r"nurofen|ibuprofene|ibuprofen|paracetamol|brufen|voltaren|naproxene|naproxen|aleve|perdolan|advil|aspirine|"
                r"diclofenac|dafalgan codeine|tramadol|spasfon)")
# (session 39Q) one group: its "c'est inutile" alone made any question painkillers ("un scanner, ça sert à quelque chose
# ou c'est inutile ?")
_FAIT_PEU = (r"(?:(?:ne |n')?(?:fait|font|faisait|marche|marchent|marchait|agit|soulage|soulagent|aide) (?:\w+ ){0,2}?(?:rien|pas grand[- ]chose|pas|plus|presque rien|que dalle|peu)\b|"
             r"(?:est|sont|c'est) (?:\w+ )?(?:inutiles?|inefficaces?|nuls?|sans effet)\b)")
PAINKILLER_ASKED = (
    _ANTIDOULEUR + r"\W+(?:[\w'-]+\W+){0,6}?" + _FAIT_PEU,
    r"(?:je |j'|on |il faut |je dois |je peux |faut-il )?(?:prends|prendre|prend|prenne) (?:quoi|quel\w* \w+|autre chose|plutot quoi)\b(?:\W+[\w'-]+){0,2}?\W+(?:a la place|plutot|au lieu)\b(?! de)",
    r"(?:prends|prendre|prend|prenne) (?:quoi|quel\w* \w+|autre chose) (?:a la place|plutot|au lieu)\b",
    r"(?:quelque chose|un truc|autre chose) de plus (?:fort|efficace) que (?:le |la |les |mon |ma |mes |ce |du |de l')?" + _ANTIDOULEUR,
)  # fmt: skip
#: (session 36G) La grossesse dite en semaines ou en mois ("enceinte de 5 mois", "je suis à 20 semaines", "mon ventre de
#: femme enceinte") : la question de la grossesse, d'abord (aussi PREGNANCY_TOLD)
_ENCEINTE_DE = (r"enceinte de (?:\d+|deux|trois|quatre|cinq|six|sept|huit) (?:semaines|mois|sa)\b",
                r"(?:je suis|j'suis|chui|suis|jsuis) (?:a|rendue a|deja a|presque a|seulement a) (?:\d+|deux|trois|quatre|cinq|six|sept|huit) (?:semaines|mois|sa)(?: de grossesse)?\b(?! (?:de|d')\s*(?!grossesse))",
                r"(?:premier|deuxieme|second|troisieme|dernier) trimestre\b", r"(?:j'attends|on attend|nous attendons) (?:un|une|notre|mon) (?:heureux evenement|petit|petite|bebe|deuxieme|troisieme)\b")
PREGNANCY_TOLD += _ENCEINTE_DE
PREGNANCY_ASKED = _ENCEINTE_DE
#: (session 36G) Si ça s'appelle ou compte comme chronique ou aigu, demandé librement ("on appelle ça chronique ou pas ?",
#: "c'est considéré comme chronique ?") : aigu ou chronique, d'abord
ACUTE_CHRONIC_ASKED = (
    r"(?:on appelle|on dit|ca s'appelle|ca compte|ca devient|c'est|est-ce|est ce|c'est deja|c'est devenu|ca passe en|je suis|on parle de|vous appelez|vous diriez|tu dirais) (?:\w+ ){0,3}?(?:chronique|aigu|aigue|aigus)\b",
    r"\b(?:chronique|aigu|aigue) ou (?:pas|non|aigu|aigue|chronique|quoi|comment)\b",
    r"(?:comment|comme) (?:on appelle|ca s'appelle|vous appelez|on dit)\b(?:\W+[\w'-]+){0,4}?\W+(?:chronique|aigu|aigue)\b",
)  # fmt: skip
#: (session 36G) Combien de temps attendre avant de (re)voir le généraliste ou un médecin ("ça fait 3 semaines, j'attends
#: combien avant de retourner chez mon médecin ?") : quand voir un médecin, d'abord (combien de temps ça prend sans médecin
#: reste le temps de guérison)
_MEDECIN = r"(?:(?:mon|ma|le|la|un|une|au|du) )?(?:generaliste|medecin(?: traitant| de famille)?|docteur|doc|toubib|mg)\b"
DOCTOR_WAIT_ASKED = (
    r"(?:combien de temps|combien de jours|combien de semaines|jusqu'a quand|a partir de quand|quand (?:dois-je|faut-il|je dois|est-ce que je dois|il faut|devrais-je|je devrais)|au bout de combien)\b(?:\s+[\w'-]+){0,8}?\s+(?:voir|revoir|consulter|reconsulter|retourner (?:voir|chez)|aller (?:voir|chez)|passer (?:voir|chez)|appeler|rappeler|filer chez) " + _MEDECIN,
    r"(?:attend\w*|patiente\w*)\b(?:\s+[\w'-]+){0,5}?\s+(?:avant de|avant d'|pour) (?:\w+ ){0,2}?(?:voir|revoir|consulter|reconsulter|retourner (?:voir|chez)|aller (?:voir|chez)|passer (?:voir|chez)|appeler|rappeler) " + _MEDECIN,
)  # fmt: skip
#: (session 36H, sets frais 43 et 44) La météo demandée pour un jour ou une ville ("il va pleuvoir à Namur samedi ?",
#: "quel temps fera-t-il demain ?"): aucune réponse n'en parle (la ville donnait les horaires); "quand il pleut" y était
UNCOVERED_SUBJECTS += (
    r"pleuv\w*", r"neig(?:er|era|erait|eait|e-t-il)\b", r"(?:il|va|ca|ça) (?:va )?(?:fera|faire|fait-il|fera-t-il) (?:beau|mauvais|soleil|gris)\b",
    r"quel temps (?:\w+[ -]){0,2}?(?:fera|va faire|fait-il|fera-t-il|prevu|annonce)", r"fera-t-il (?:beau|mauvais|soleil)", r"previsions? (?:meteo|du temps)",
)  # fmt: skip
#: (session 36H) La salle d'attente du médecin, un médecin qui fait attendre ou ses manières ("mon médecin me fait
#: toujours attendre une heure"): aucune réponse n'en parle; quand aller chez le médecin reste cette question
_MEDECIN = r"(?:medecin|medecins|generaliste|docteur|toubib|doc)"
UNCOVERED_SUBJECTS += (
    r"salles? d'? ?attente",
    r"(?:me|nous|les patients|les gens|tout le monde) (?:fait|font|faisait|faisaient|a fait|laisse|laissent) (?:\w+ ){0,2}?(?:attendre|poireauter|patienter)\b",
    rf"(?:attend\w*|poireaut\w*|patient(?:e|er|ais|ait)) (?:\w+ ){{0,4}}?chez (?:le|mon|ma|un|une|notre) {_MEDECIN}\b",
    rf"{_MEDECIN} (?:\w+ ){{0,2}}?(?:impoli\w*|desagreable|arrogant\w*|pas aimable)\b", rf"{_MEDECIN} (?:\w+ ){{0,4}}?(?:en|de) retard\b",
)  # fmt: skip
#: (session 36H) La douleur propre du genou ou de la cheville, un sport ou l'escalier nommé ("j'ai mal au genou en
#: montant les escaliers depuis le vélo"): un autre sujet (lu avec OTHER_SUBJECTS: le dos nommé aussi garde le sujet, où
#: descend la douleur du dos, PAIN_GOES_TO, ne nomme aucune autre partie); la hanche reste comme avant, le coussin entre
#: les genoux aussi
_PARTIES_DOULOUREUSES = r"(?:genou|genoux|rotule|cheville|chevilles)"
OTHER_BODY_PARTS += (
    rf"(?:mal|douleurs?|gene|craquements?|gonflements?) (?:\w+ ){{0,2}}?(?:au|aux|a mon|a ma|a mes|a la|a l'|du|de la|des|dans le|dans la|dans mon|dans ma|dans mes|dans les|derriere le|derriere mon|sous le|sous la|sous ma) ?(?:gauche |droit |droite )?{_PARTIES_DOULOUREUSES}\b",
    rf"(?:mon|ma|mes|le|la|les|un|une) (?:\w+ )?{_PARTIES_DOULOUREUSES} (?:\w+ ){{0,2}}?(?:me |m'|m )?(?:(?:fait|font|faisait|faisaient) (?:\w+ )?mal|lance|lancent|elance|elancent)\b",
    rf"{_PARTIES_DOULOUREUSES} (?:\w+ )?(?:gonfle|gonflee|gonfles|gonflees|enfle|enflee|douloureux|douloureuse|douloureuses|raide|raides|bloque)\b",
    r"gonalgie\w*",
)  # fmt: skip
#: (session 40Q) La plainte propre d'une autre partie dite avant une courte question sur elle, le dos pas nommé ("j'ai mal
#: devant le genou en descendant, ça vient d'où ?", "mal retombé sur la cheville, c'est cassé ?"): une liste des parties
#: (_PARTIES_PLAINTE: le pied, le talon et la hanche à côté du genou et de la cheville), la douleur devant, derrière ou sur
#: le côté, mal retombé dessus, bleue ou gonflée; pas engourdie ni qui fourmille (où descend la sciatique: la gravité); où
#: descend la douleur du dos (PAIN_GOES_TO) est effacé avant, le dos nommé aussi garde le sujet (OWN_COMPLAINT)
_PARTIES_PLAINTE = r"(?:genou|genoux|rotule|cheville|chevilles|pied|pieds|talon|talons|hanche|hanches|poignet|poignets|coude|coudes|epaule|epaules|nuque)"
OTHER_BODY_PARTS += (
    rf"(?:mal|douleurs?|gene|craquements?|gonflements?) (?:[\w']+ ){{0,3}}?(?:au|aux|a mon|a ma|a mes|a la|a l'|du|de la|des|dans le|dans la|dans mon|dans ma|dans mes|dans les|derriere le|derriere la|derriere mon|derriere ma|devant le|devant la|devant mon|devant ma|sous le|sous la|sous mon|sous ma|autour du|autour de la|sur le|sur la) ?(?:gauche |droit |droite )?{_PARTIES_PLAINTE}\b",
    rf"(?:mon|ma|mes|le|la|les|un|une) (?:\w+ )?{_PARTIES_PLAINTE} (?:\w+ ){{0,2}}?(?:me |m'|m )?(?:(?:fait|font|faisait|faisaient) (?:\w+ )?(?:mal|souffrir)|lance|lancent|elance|elancent)\b",
    rf"{_PARTIES_PLAINTE} (?:\w+ ){{0,2}}?(?:gonfle|gonflee|gonfles|gonflees|enfle|enflee|enfles|enflees|douloureux|douloureuse|douloureuses|raide|raides|bleu|bleue|bleus|bleues)\b",
    r"(?:retombe|retombee|mal tombe|mal tombee|mal atterri|mal atterrie) (?:\w+ )?sur (?:le|la|les|mon|ma|mes) (?:\w+ )?(?:cheville|chevilles|pied|pieds|genou|genoux|talon)\b",
)  # fmt: skip
#: (session 37Q, set frais 45) Combien de temps avant d'être redevenu normal, ou pour que ça passe ("dans combien de jours
#: je redeviens normal ?", "combien de jours pour que ça passe ?"): le temps de guérison d'abord (_ASKED_FIRST de faq.py)
HEALING_BY_ASKED += (
    r"(?:combien de (?:jours|semaines|mois|temps)|dans combien|quand|jusqu'a quand|au bout de combien)\b(?:\W+[\w']+){0,8}?\W+(?:redevenir|redevenu\w*|redeviens|redevient|redeviendr\w*|revenir|revenu\w*|reviens|revient|reviendr\w*|retrouver|retrouve|etre de nouveau|etre a nouveau) (?:\w+ )?(?:a la )?(?:normal|normale|normalement|la normale)\b",
    r"combien de (?:jours|semaines|temps|mois) (?:\w+ ){0,2}?pour que (?:ca|cela|la douleur|le mal|mon dos|mon mal de dos) (?:\w+ )?(?:passe|parte|s'en aille|se calme|guerisse|disparaisse)\b",
)  # fmt: skip
#: (session 37Q) Ce qu'un kiné fait avec quelqu'un en séance, demandé par qui n'y est jamais allé ("vous faites quoi avec
#: les gens pendant une séance ?"): le rôle du kiné
PHYSIO_ROLE_ASKED += (
    r"(?:faites|fait|font)(?:-vous|-il|-elle|-ils)? (?:quoi |exactement |concretement |au juste |en fait )*(?:avec|aux?) (?:quelqu'un|les gens|les patients|un patient|une personne|nous|moi)\b",
)  # fmt: skip
#: (session 37Q) Rester à la maison au lieu d'aller travailler, ou se mettre en arrêt ("je travaille debout toute la
#: journée, je dois rester à la maison ?", "je devrais me mettre en arrêt ?"): le travail d'abord (avec
#: LIGHTER_DUTIES_ASKED) ; rester chez soi sans travail nommé reste le repos ou le mouvement
_TRAVAIL_NOMME = r"(?:travail|travaille|travailler|boulot|job|taf|magasin|patron|bureau|chantier|poste|usine|entrepot)"
STAY_HOME_ASKED = (
    r"(?:dois|doit|devrais|faut|faudrait|mieux|peux|puis)(?:-je|-il)? (?:\w+ ){0,4}?(?:rester|reste) (?:a la maison|chez moi)\b(?=.*\b" + _TRAVAIL_NOMME + r"\b)",
    r"\b" + _TRAVAIL_NOMME + r"\b.*\b(?:dois|doit|devrais|faut|faudrait|mieux|peux|puis)(?:-je|-il)? (?:\w+ ){0,4}?(?:rester|reste) (?:a la maison|chez moi)\b",
    r"(?:me|se|m'|nous) (?:\w+ )?(?:mettre|mets|met) en arret\b", r"(?:me|m') (?:\w+ )?faire arreter\b", r"arret (?:de travail|maladie)\b",
)  # fmt: skip
#: (session 37Q) Un sport nommé, demandé s'il faut continuer ou le mettre au repos ("la course à pied je continue ou je
#: mets au repos ?"): le sport, avant le repos ou le mouvement (faq.py)
_SPORT_REPOS = r"(?:mettre (?:\w+ )?au repos|mets (?:\w+ )?au repos|(?:une |faire une |je fais une )?pause|laisser reposer|(?:le |la )?laisser de cote)"
SPORT_STOP_ASKED += (r"(?:" + _SPORTS_FR + r"|(?:aller|vais|va) a la salle(?! d))" + r"\b(?:\W+\w+){0,10}?\W+" + _SPORT_REPOS + r"\b" + _AUTRE_QUE_SPORT,)
#: (session 37Q) Aller voir le médecin demandé "ou pas" ("je devrais aller voir le docteur ou pas ?"): quand voir un
#: médecin d'abord (avec EMERGENCY_ASKED et DOCTOR_WAIT_ASKED)
DOCTOR_WHEN_ASKED = (
    r"(?:dois|devrais|faut|faudrait|dois-je|devrais-je|faut-il)(?:-je|-il)? (?:\w+ ){0,2}?(?:aller |passer )?(?:voir|consulter|chez) (?:un |le |mon |une |la |mon )?" + _MEDECIN + r"\b(?:\W+\w+){0,3}?\W+ou (?:pas|non)\b",
    r"(?:a partir de quand|a quel moment|quand est-ce qu'il faut)\b(?:\s+[\w'-]+){0,6}?\s+(?:voir|consulter|aller (?:voir|chez)) (?:un |le |mon |une |la )?" + _MEDECIN,
)  # fmt: skip
#: (session 37Q) Si un mal de dos ordinaire peut être grave, demandé après la maladie d'un proche ("mon oncle avait mal
#: au dos et c'était un cancer, un mal de dos normal peut être grave ?"): la gravité d'abord (faq.py)
SERIOUS_ASKED = (
    r"(?:un |une |le )?(?:simple |banal |petit )?(?:mal de dos|lombalgie|douleur (?:au|du) dos)(?: (?:normal|normale|banal|banale|ordinaire|classique|simple))? (?:\w+ ){0,2}?(?:peut|pourrait|peut-il|peut-elle) (?:\w+ ){0,2}?(?:etre|cacher|devenir|signifier) (?:\w+ ){0,3}?(?:grave|dangereux|dangereuse|cancer)\b",
    r"(?:un |une |le )?(?:simple|banal|petit) (?:mal de dos|lombalgie) (?:\w+ ){0,3}?(?:grave|dangereux|cancer)\b",
)  # fmt: skip
#: (session 37Q) Des exercices pour la maison demandés ("des exos pour la maison ?"): le repos ou le mouvement
HOME_EXERCISE_ASKED += (_EXERCICES + r" (?:pour (?:la maison|chez moi|chez soi)|a faire (?:a la maison|chez moi|chez soi))\b",)
# (session 38Q) ce que "aigu" ou "chronique" veut dire, demandé avec une supposition ("aigu ça veut dire que ça fait très
# mal ?", "chronique c'est pareil que grave ?"): aigu ou chronique (faq.py's _ASKED_FIRST)
ACUTE_CHRONIC_ASKED += (
    r"\b(?:chronique|aigu|aigue|aigus)\b (?:\w+ ){0,2}?(?:ca veut dire|veut dire|ca signifie|signifie|c'est pareil que|c'est la meme chose que|pareil que|la meme chose que)\b",
    r"(?:que veut dire|qu'est-ce que veut dire|ca veut dire quoi|veut dire quoi|que signifie|c'est quoi) (?:le mot |le terme )?(?:chronique|aigu|aigue)\b",
)  # fmt: skip
# (session 38Q) passer d'abord par le médecin, juste pour un papier, avant le kiné ("faut passer chez le médecin avant
# d'aller chez le kiné ?", "sans passer par le généraliste"): l'ordonnance (WITHOUT_REFERRAL_ASKED)
_MED = r"(?:medecin|generaliste|docteur|doc|toubib|medecin traitant)"
WITHOUT_REFERRAL_ASKED += (
    r"sans (?:passer|aller|avoir vu|avoir consulte|voir|consulter|repasser) (?:d'abord )?(?:par |chez |voir )?(?:le |un |mon |la |une |son )?" + _MED + r"\b",
    r"(?:voir|passer (?:par|chez)|aller chez|consulter) (?:le |un |mon |une |la )?" + _MED + r"\b(?: \w+){0,2}? avant (?:de |d')?(?:\w+ ){0,3}?(?:kine\w*|physio\w*|venir|vous voir|prendre (?:un )?(?:rdv|rendez-vous))",
    _MED + r"\b(?:\W+\w+){0,4}?\W+(?:juste|seulement|uniquement|rien que) (?:pour|afin d'avoir) (?:un |une |le |la |ce |son )?(?:papier|bout de papier|ordonnance|ordo|lettre|signature|prescription)\b",
)  # fmt: skip
# (session 38Q) ce que la mutuelle rembourse, la complémentaire ou le ticket modérateur ("la kiné est remboursée par la
# complémentaire ?"): le remboursement, quel que soit le classifieur (faq.py's _ASKED_FIRST)
INSURANCE_ASKED = (
    r"ticket moderateur", r"(?:assurance|mutuelle) complementaire", r"quote-part",
    r"(?:est|sont|c'est|c est|ce sera|seront|sera) (?:\w+ ){0,2}?(?:rembourse|remboursee|rembourses|remboursees|pris en charge|prise en charge)\b",
)  # fmt: skip
# (session 38Q) une gêne dans la jambe racontée, puis s'il faut voir le médecin pour ça ("je dois aller chez le médecin
# pour ça ?"): quand voir un médecin (DOCTOR_WHEN_ASKED)
DOCTOR_WHEN_ASKED += (
    r"(?:dois|devrais|faut|faudrait|dois-je|devrais-je|faut-il)(?:-je|-il)? (?:\w+ ){0,2}?(?:aller |passer )?(?:voir|consulter|chez) (?:un |le |mon |une |la )?(?:medecin|medecins|generaliste|docteur|toubib|doc)\b (?:pour|a cause de) (?:ca|cela|ces|cette|ce|celle)\b",
)  # fmt: skip
# (session 38Q) si le mal de dos peut être dangereux, après des lectures qui font peur ("le mal de dos ça peut être
# dangereux ?"): la gravité (SERIOUS_ASKED); pas "c'est dangereux de conduire"
SERIOUS_ASKED += (
    r"(?:le |un |une |du )?(?:mal de dos|lombalgie|douleur (?:au|du) dos|mal au dos|sciatique|lumbago),? (?:\w+ ){0,2}?(?:peut|pourrait|peut-il|peut-elle|c'est|est-ce|est|ca peut) (?:\w+ ){0,2}?(?:grave|dangereux|dangereuse)\b(?! (?:de|pour|si|quand|d')\b)",
)  # fmt: skip
# (session 38Q) rester au lit sur une planche, la vieille croyance (BED_REST_ASKED); la croyance demandée et qui la répète
# ("ma mère insiste que ...", "c'est des vieilles histoires ?") ne nomment aucun sujet
BED_REST_ASKED += (
    r"(?:rester|reste|dormir|dors|dort|coucher|couche|allonge\w*|m'allonger|s'allonger|me coucher)\b(?:\W+[\w']+){0,4}?\W+sur (?:une |la |des |un )?(?:planche|planches|porte|plateau)\b",
)  # fmt: skip
SUBJECT_FREE_PHRASES += (
    r"(?:des |de |une |les )?(?:vieilles? histoires?|histoires? de grand-mere|histoires? de bonne femme|remedes? de grand-mere|idees? recues?|legendes?|mythes?|croyances?)\b",
    r"(?:ma|mon|mes) (?:mere|maman|pere|papa|grand-mere|grand-pere|mamie|papy|mami|tante|oncle|femme|mari|copain|copine|voisin|voisine|ami|amie|collegue|patron|belle-mere) (?:\w+ )?(?:insiste|dit|disait|m'a dit|me dit|pretend|affirme|croit|jure|repete|soutient)(?: que(?= (?:je|j'|on|il|tu|c'est|ca|le|la|les)\b)| qu'(?=il|on|elle))",
)  # fmt: skip
# (session 38Q) "des vieilles histoires" is the belief asked, no old prescription's evidence ("vieille ordonnance")
NO_EVIDENCE_WORDS += (r"vieilles? (?:histoires?|croyances?|legendes?|idees?)",)
#: (session 39Q, set frais 47) Comment être bien couché au lit ou la nuit, des astuces pour s'y coucher, ou une position
#: jamais trouvée puis des conseils demandés ("comment être bien couché la nuit ?", "je trouve jamais de position au lit,
#: une astuce ?"): le sommeil, avant le lit gardé du repos ou du mouvement
SLEEP_POSITION_ASKED += (
    r"comment (?:dois-je |je dois |faut-il |il faut |puis-je |je peux |on peut )?(?:etre|me mettre|se mettre) (?:bien )?(?:couche|couchee|allonge|allongee|installe|installee|positionne\w*)\b (?:\w+ ){0,1}?(?:au lit|dans (?:mon|le) lit|la nuit|pour dormir)\b",
    r"(?:astuces?|conseils?|trucs?|idees?)\b(?:\W+[\w']+){0,2}?\W+(?:pour )?(?:bien )?(?:me coucher|m'allonger|dormir|etre bien couche\w*|etre confortable|trouver une (?:bonne )?position)\b",
    r"(?:trouve|trouver|trouvais) (?:pas |plus |jamais |aucune )?(?:de |une |la |ma |une bonne |de bonne )?(?:position|posture)\b(?:\W+[\w']+){0,3}?\W+(?:au lit|dans (?:mon|le) lit|la nuit|pour dormir)\b(?:\W+[\w']+){0,5}?\W+(?:conseils?|astuces?|idees?|que faire|comment|trucs?)\b",
    r"(?:jamais|pas|plus) (?:\w+ )?(?:bien )?(?:installe|installee|a l'aise|confortable) (?:au lit|dans (?:mon|le) lit|la nuit)\b(?:\W+[\w']+){0,4}?\W+(?:conseils?|astuces?|idees?|que faire|comment)\b",
)  # fmt: skip
#: (session 39Q, set frais 47) Quand ça commence à aller mieux ou à diminuer ("ça commence à s'améliorer quand ?",
#: "quand est-ce que ça va commencer à aller mieux ?"): le temps de guérison d'abord
HEALING_BY_ASKED += (
    r"(?:ca|cela|la douleur|le mal|mon dos|mon lumbago) (?:\w+ ){0,1}?(?:commence\w*|va commencer|devrait commencer|doit commencer|devrait|va|doit) (?:a )?(?:aller mieux|s'ameliorer|diminuer|passer|se calmer|se tasser|s'estomper)\b(?:\W+[\w'-]+){0,3}?\W+quand\b",
    r"(?:quand|a partir de quand|au bout de combien de temps)\b(?:\W+[\w'-]+){0,4}?\W+(?:commence\w*|va commencer|devrait commencer|doit commencer|devrait|va|doit) (?:a )?(?:aller mieux|s'ameliorer|diminuer|se calmer|se tasser|s'estomper)\b",
)  # fmt: skip
#: (session 39Q, set frais 47) L'intervention de la mutualité, ou tout payer soi-même ("la mutualité intervient encore ou je
#: paie tout ?"): le remboursement
INSURANCE_ASKED += (
    r"(?:mutualite|mutuelle|mutualites|mutuelles|complementaire|assurance|secu|securite sociale)\b(?:\W+[\w']+){0,2}?\W+(?:intervient|interviendra|intervenait|intervenir|interviennent|rembourse|remboursera|remboursent|couvre|couvrira|prend en charge|prendra en charge)\b",
    r"intervention (?:de |d')?(?:la |ma |l')?(?:mutualite|mutuelle|assurance|complementaire)\b",
    r"(?:je dois|dois-je|je vais devoir|faut-il|il faut) (?:\w+ ){0,1}?(?:tout )?payer (?:\w+ ){0,1}?(?:moi-meme|moi meme|de ma poche|tout seul|plein pot|plein tarif|entierement|la totalite)\b",
    r"(?:je paie|je paye|je paierai|je payerai) (?:tout|la totalite|de ma poche|plein pot)\b",
)  # fmt: skip
# (session 39N) des séquelles ou des dégâts permanents craints ("ça peut laisser des séquelles ?"): la gravité
# (SERIOUS_ASKED); des séquelles craintes de ce qu'on fait ("si je continue") ou d'une opération restent cette question
_SANS_CAUSE = r"^(?!.*\b(?:si|quand|lorsque|operation\w*|opere\w*|operer|chirurg\w*|infiltration\w*|en continuant|en faisant)\b)"
SERIOUS_ASKED += (
    _SANS_CAUSE + r".*?\bsequelles?\b",
    _SANS_CAUSE + r".*?\b(?:degats|dommages|lesions|blessures?|atteintes?|dommage) (?:\w+ )?(?:permanente?s?|irreversibles?|definitive?s?|a vie)\b",
)  # fmt: skip
# (session 39N) ce qu'on paie soi-même, le reste à charge ("combien il me reste à charge ?", "de ma poche"): la réponse
# du remboursement (COST_ASKED)
COST_ASKED += (r"reste a (?:ma )?charge\b", r"(?:de|sur) ma (?:propre )?poche\b")
# (session 39N) continuer comme d'habitude opposé à ménager son dos ("je fais ma vie normalement ou je ménage mon dos ?"):
# le repos ou le mouvement (BED_REST_ASKED); avec le travail, un sport ou la voiture nommés, cette question-là
_NI_TRAVAIL_NI_SPORT = (r"^(?!.*\b(?:travail\w*|boulot|job|bureau|chantier|sport\w*|foot|football|courir|course|jogging|velo|natation|nager|"
                        r"gym|salle|conduire|voiture)\b)")
_MENAGER = r"(?:menager|menage|epargner|epargne|proteger|protege|preserver|preserve|laisser reposer|mettre au repos|soulager) (?:\w+ )?dos"
BED_REST_ASKED += (
    _NI_TRAVAIL_NI_SPORT + r".*?\b(?:normalement|comme d'habitude|comme d'hab|comme avant|comme si de rien|continuer|continue|ma vie|mes activites)\b(?:\W+[\w']+){0,6}?\W+ou (?:[\w']+ ){0,4}?" + _MENAGER + r"\b",
    _NI_TRAVAIL_NI_SPORT + r".*?\b" + _MENAGER + r"\b(?:\W+[\w']+){0,3}?\W+ou (?:\w+ ){0,3}?(?:continuer|vivre normalement|faire comme d'habitude|mes activites|mener ma vie|faire ma vie)\b",
)  # fmt: skip
# (session 39N) mieux pour une fête ("ça ira mieux pour noël ?", "remis avant le nouvel an ?"): le temps de guérison
# (HEALING_BY_ASKED); une fête dite comme le début reste la question posée
_FETE = r"(?:noel|la noel|le nouvel an|nouvel an|paques|la toussaint|toussaint|le reveillon|les fetes|les vacances|l'ete|cet ete|carnaval)"
HEALING_BY_ASKED += (
    r"(?:mieux|gueri\w*|fini\w*|passe\w*|remis\w*|retabli\w*|en forme|parti\w*|sur pied) (?:\w+ ){0,2}?(?:pour|avant|d'ici|a temps pour) " + _FETE + r"\b",
)  # fmt: skip

#: (session 39P) Ce que la FAQ du cabinet ne couvre pas, demandé avec le mot d'un sujet : une serviette à apporter ou se
#: déshabiller ("faut-il prendre une serviette ?"), une salle pour s'entraîner seul, une visite en entreprise, la gym
#: prénatale, où ou à quel délai passer un examen ailleurs, un compte rendu envoyé d'avance, une place pour le vélo, les
#: balades du coin : aucune réponse n'en parle. La tenue pour la première séance reste le rôle du kiné
#: (FIRST_VISIT_ASKED), une serviette chaude la chaleur, le besoin d'une IRM l'imagerie, le sport enceinte la grossesse
_SCAN_FR = r"(?:irm|scanner|scan|radio|radiographie|echographie|ct|imagerie)s?"
# (session 41Q) envoyer quelqu'un passer ou faire un examen, ou l'envoyer pour un examen, c'est le prescrire: "mon médecin
# veut pas m'envoyer passer une irm" demande l'imagerie, pas l'envoi d'un compte rendu
PRACTICE_MATTERS += (
    r"serviettes?\b(?! (?:\w+ )?(?:chaude|froide|mouillee|humide|chauffee|roulee|enroulee|glacee|sous|sur|autour|contre)s?\b)",
    r"(?:^|[,.;!?]\s*|\b(?:en|en se|se|me|vous|nous|te)\s)deshabill\w*", r"\b(?:enlever|retirer|oter|enleve|retire) (?:\w+ )?(?:mes|mon|ma|les|vos|ses|tes) (?:vetements|habits|fringues|pantalon)\b",
    r"en (?:sous-vetements|sous vetements|slip|culotte|calecon|soutien-gorge)\b",
    r"(?:vous avez|avez-vous|avez vous|vous disposez d'?\w*|il y a|y a-t-il|y a t il) (?:\w+ ){0,2}?salles? (?:de |d')(?:sport|musculation|muscu|fitness|gym|entrainement|exercices?|reeducation)\b(?:\W+\w+){0,3}?\W+(?:au cabinet|chez vous|sur place|dans (?:le|votre) cabinet|pour (?:m'|s')entrainer)",
    r"salles? (?:de |d')(?:sport|musculation|muscu|fitness|gym|entrainement|exercices?|reeducation) (?:au cabinet|chez vous|sur place|dans (?:le|votre) cabinet)",
    r"\b(?:venir|venez|vient|passer|passez|deplac\w*|intervenir|intervenez|visites?) (?:\w+ ){0,3}?(?:en|dans (?:notre|mon|nos|l'|votre|une|leur|la)) ?(?:entreprises?|bureaux?|societe|usine|atelier)\b",
    r"(?:analyse|etude|visite|evaluation)s? ergonomiques?\b", r"(?:analyse|etude|visite|evaluation|amenagement)s? (?:des |du |de (?:mon |notre |votre )?)postes? de travail\b",
    r"(?:(?:proposez|faites|donnez|organisez|avez|offrez)|il y a|y a-t-il|y a t il) (?:\w+\W+){0,3}?(?:gym|yoga|pilates|cours|aquagym|natation|seances?|sport)\w* (?:\w+ ){0,2}?(?:pre-?natal\w*|post-?natal\w*|pour (?:les )?femmes? enceintes?|de grossesse|pour (?:la )?grossesse)",
    r"preparation (?:a la naissance|a l'accouchement)",
    rf"(?:^|[.;!?]\s*)ou (?:\w+\W+){{0,4}}?(?:passer|faire|obtenir|avoir) (?:une |un |mon |ma |l')?{_SCAN_FR}\b",
    rf"quel(?:le)?s? (?:hopital|hopitaux|clinique|centre|radiolog\w*|endroit)\b(?:\W+\w+){{0,8}}?\W+{_SCAN_FR}\b",
    rf"{_SCAN_FR}\b(?:\W+\w+){{0,5}}?\W+(?:sans (?:\w+ ){{0,3}}?attente|sans attendre|delais? (?:d'attente|le plus court|plus courts?)|liste d'attente|le plus (?:rapide|vite))",
    rf"(?:delais?|liste) d'attente (?:pour|d'une|d'un|a) (?:une |un |l')?{_SCAN_FR}\b",
    rf"(?:envoyer|envoie|transmettre|mailer|faire parvenir|uploader)\w* (?:(?!passer\b|faire\b|pour\b|en\b)\w+ ){{0,4}}?(?:{_SCAN_FR}|compte[- ]rendus?|rapports?|resultats?|protocoles?|documents?|images?|cliches?)\b",
    r"(?:garer|ranger|attacher|laisser|mettre|stationner) (?:\w+ )?(?:mon|ma|le|la|un|une|nos|mes|son) (?:velo|trottinette|scooter|moto)s?\b",
    r"(?:range|parking|abri|garage|support|parc|arceau)s?[- ](?:a |pour (?:les )?)?velos?\b",
    r"(?:belles?|jolies?|chouettes?|sympas?|bonnes?) (?:balades?|promenades?|randos?|randonnees?|sentiers?)\b", r"(?:balades?|promenades?|randos?|randonnees?|sentiers?) (?:sympas?|jolies?|chouettes?|agreables?)\b",
)  # fmt: skip
#: (session 39P) Le dos d'un enfant ("ma fille de 12 ans a mal au dos, c'est grave ?") : un autre patient, le dos nommé
#: étant celui de l'enfant; son propre dos après avoir porté un enfant reste celui de la personne
_CHILD_FR = r"(?:ma|mon|notre|nos|mes) (?:fille|fils|enfant|enfants|gamin|gamine|ado|adolescente?|garcon|fillette|petit garcon|petite fille|petit dernier|petite derniere)\b(?:\W+(?!je\b|j\b|me\b|m\b|moi\b|mon\b|ma\b|mes\b)\w+){0,8}?\W+"
OTHER_PATIENTS += (
    _CHILD_FR + r"(?:a|avait|a eu|ont) (?:\w+ ){0,2}?(?:mal|douleurs?) (?:au|a son|dans le|du) dos\b",
    _CHILD_FR + r"(?:son|sa|leur) (?:\w+ )?dos\b",
)  # fmt: skip
#: (session 39P) Une prescription à apporter demandée ("je dois amener mon ordonnance au premier rendez-vous ?") : la
#: réponse de la prescription, avant ce qu'on apporte à la première séance (faq.py _ASKED_AS)
PRESCRIPTION_BROUGHT = (
    r"(?:dois|doit|faut(?:-il)?|faudra(?:-t-il)?|devrais|devrai|dois-je|dois je|besoin d') ?(?:\w+ ){0,3}?(?:apporter|amener|emmener|prendre|ramener) (?:une |mon |ma |l'|la |le |votre )?(?:prescriptions?|ordonnances?)\b",
)  # fmt: skip

#: (session 40P) Une dose d'antidouleurs demandée avec une marque ou un nombre ("je prends 2 nurofen matin et soir, je peux
#: en prendre un troisième ?", "déjà 4 paracétamol aujourd'hui, un de plus c'est trop ?") : d'abord les antidouleurs
#: (faq.py _ASKED_FIRST, avec PAINKILLER_ASKED) ; le médicament d'un enfant ou d'une autre partie du corps reste un autre sujet
_UN_DE_PLUS = (r"(?:un de plus|une de plus|un autre|une autre|encore un|encore une|un supplementaire|une supplementaire|un en plus|une en plus|"
               r"(?:un |une |le |la )?(?:troisieme|quatrieme|cinquieme|3e|4e|5e|3eme|4eme)\b|c'est trop|trop fort|de trop|la dose max\w*|"
               r"dose maximale|le maximum|(?:r)?ajouter un|(?:r)?ajouter une|en (?:r)?ajouter)")
_COMPTE = (r"(?:\d+|un|une|deux|trois|quatre|cinq|six) (?:x |fois )?(?:\w+ )?" + _ANTIDOULEUR
           + r"|" + _ANTIDOULEUR + r" (?:\d+ ?(?:mg|g|gr)? |forte )?(?:\d+|une|deux|trois|quatre|cinq|six) ?(?:x|fois)\b")
#: (session 40P) La dose d'un enfant ou d'un autre demandée ("mon fils peut prendre un autre nurofen ?", "elle peut reprendre
#: un doliprane ?") : un autre patient, pas la réponse des antidouleurs (sa propre dose est PAINKILLER_ASKED)
_QUELQU_UN = (r"(?:il|elle|ils|elles|(?:mon|ma|mes|notre|nos) (?:petit |petite |\w+ )?(?:fils|fille|enfant|enfants|bebe|gamin|gamine|petit|petite|"
              r"mari|femme|compagnon|compagne|mere|pere|maman|papa|grand-mere|grand-pere))")
OTHER_PATIENTS += (
    _QUELQU_UN + r" (?:\w+ ){0,1}?(?:peut|peuvent|pourrait|doit|peut-il|peut-elle)(?:-il|-elle)? (?:\w+ ){0,2}?(?:prendre|avoir|reprendre|recevoir) (?:\w+ ){0,2}?" + _ANTIDOULEUR + r"\b",
    r"(?:peut-il|peut-elle|peut il|peut elle) (?:\w+ ){0,2}?(?:prendre|avoir|reprendre) (?:\w+ ){0,2}?" + _ANTIDOULEUR + r"\b",
    r"(?:donner|redonner|donne|redonne) (?:\w+ ){0,2}?" + _ANTIDOULEUR + r"\b(?:\W+\w+){0,2}?\W+a (?:mon|ma|mes|notre|nos) ",
    r"(?:lui|leur) (?:donner|redonner|donne|redonne) (?:\w+ ){0,2}?" + _ANTIDOULEUR + r"\b",
)
PAINKILLER_ASKED += (
    r"(?:" + _COMPTE + r")(?:\W+[\w'-]+){0,14}?\W+" + _UN_DE_PLUS,
    r"(?:prendre|rajouter|ajouter|reprendre) (?:encore )?(?:un|une) (?:autre |de plus |supplementaire )?" + _ANTIDOULEUR + r"\b",
)  # fmt: skip
#: (session 40P) Ce qui se passe à la première séance ou au premier rendez-vous, demandé : le rôle du kiné, aussi avec se
#: déshabiller ou une serviette demandés après, ce qui se passe dans cette séance (faq.py _practice_matter_asked) ; se
#: déshabiller demandé seul reste une affaire du cabinet
_PREMIERE = (r"(?:la |le |ma |mon |une |un |cette |ce |votre )?(?:toute )?(?:premiere|premier|1ere|1er) (?:\w+ )?"
             r"(?:seance|rendez-vous|rdv|consultation|visite|fois|traitement|consult)\b")
PHYSIO_ROLE_ASKED += (
    r"(?:que|qu'est-ce qui|qu'est ce qui|quoi|ce qui) (?:se passe|va se passer|se passera|se deroule|va se derouler)(?:-t-il)? (?:\w+ ){0,1}?(?:a|au|pendant|lors de|durant|en|dans) " + _PREMIERE,
    r"comment (?:se passe|se deroule|ca se passe|ca se deroule|va se passer|se passera|est|c'est) (?:\w+ ){0,2}?" + _PREMIERE,
    _PREMIERE + r"(?:\W+\w+){0,4}?\W+(?:ca se passe|se passe|ca se deroule|se deroule) comment\b",
    r"(?:le )?deroulement (?:de |d')" + _PREMIERE,
    r"(?:que|qu'est-ce que) (?:fait|font|va faire) (?:le |un |mon |votre )?" + _KINE + r" (?:a|au|pendant|lors de|durant|en) " + _PREMIERE,
)  # fmt: skip

#: (session 41Q) Un titre auquel la question s'adresse d'abord, sans salutation ("docteur, je peux ...", "madame combien
#: de temps ..."): aucun mot de la question (le _GREETING de faq.py l'enlève comme une salutation).
ADDRESSED = ("docteur", "monsieur", "madame")
#: (session 41Q) S'il faut une imagerie, en n'importe quels mots ("c'est le moment de faire une irm ou pas", "faut-il une
#: radio"), ou un médecin qui n'en veut pas demandé ("mon généraliste refuse de me prescrire une radio, c'est normal ?") :
#: l'imagerie (_ASKED_FIRST de faq.py). Un examen déjà prévu ou fait, un compte rendu à lire : aucune question d'imagerie.
SCAN_ASKED = (
    rf"(?:faut-il|faut il|faudrait-il|faudrait il|dois-je|dois je|devrais-je|devrais je|est-ce qu'il faut|est ce qu'il faut|est-ce que je dois|est ce que je dois|ai-je besoin|j'ai besoin|jai besoin)\b(?:\W+\w+){{0,3}}?\W+{_SCAN_FR}\b",
    rf"{_SCAN_FR}\b(?:\W+\w+){{0,4}}?\W+ou (?:pas|non|attendre|on attend|j'attends|il faut attendre)\b",
    rf"(?:moment|temps|l'heure) (?:de|d'|pour) ?(?:\w+ ){{0,2}}?(?:une |un |l'|l |d'une |d'un )?{_SCAN_FR}\b",
    rf"(?:une |un |l'|l |cette |ce )?{_SCAN_FR} (?:\w+ ){{0,2}}?(?:est|serait|sera|c'est)(?:-(?:elle|il|ce))? (?:vraiment |bien |pas )?(?:necessaire|utile|inutile|indispensable|obligatoire)\b",
    rf"(?:medecin|generaliste|toubib|docteur|doc|specialiste|chirurgien|rhumato\w*|medecin traitant)s?\b(?:\W+\w+){{0,2}}?\W+(?:(?:ne |n')?(?:veut|voulait|voudra|a voulu) (?:pas|plus|point|rien)|refus\w*)\b(?:\W+\w+){{0,6}}?\W+{_SCAN_FR}\b",
)  # fmt: skip
#: (session 41P) Les heures, l'adresse ou la garde d'un autre lieu demandées, ou où se garer et comment venir en bus ou en
#: tram ("quelle pharmacie est ouverte dimanche dans le coin ?", "les heures de visite à la clinique ?", "je laisse ma
#: voiture où quand je viens ?", "il y a un tram qui passe près du cabinet ?") : le fichier du cabinet ne répond à aucune
#: (ni parking ni transports), donc aucun sujet, jamais les heures ou l'adresse du cabinet. Les heures et l'adresse du
#: cabinet restent les heures d'ouverture ; le médecin de garde reste quand voir un médecin (le filet de sécurité) ; le
#: pharmacien à qui on demande un antidouleur reste les antidouleurs
_LIEU_SOIN = (r"(?:(?:mon |ma |le |la |notre |du |de mon |de ma |de la |de notre )(?:medecin|generaliste|docteur|toubib|cabinet medical|maison medicale|"
              r"centre medical|dispensaire)(?: traitant| de famille| generaliste)?)\b(?! de garde)(?! de service)")
_VOITURE = r"(?:ma|la|notre|sa|votre|une|mon|le) (?:voiture|bagnole|auto|caisse|moto|camionnette|char)\b"
_CHEZ_VOUS = r"(?:chez vous|au cabinet|du cabinet|pres du cabinet|pres de chez vous|jusqu ?'? ?(?:au cabinet|chez vous)|a votre cabinet|devant (?:le|votre) cabinet)"
PRACTICE_MATTERS += (
    r"(?:quel|quelle|quels|quelles|y a-t-il|y a t il|il y a|y a) (?:une |un |des )?(?:\w+ ){0,1}?" + _OTHER_PLACES + r" (?:\w+ ){0,4}?(?:ouverte?s?|fermee?s?|de garde|de service|de nuit)\b",
    r"(?<!a la )(?<!a une )(?<!de la )(?:pharmacies?|pharmaciens?) (?:\w+ )?(?:de garde|de service|de nuit|ouverte?s? (?:la nuit|le dimanche|le week-end|le weekend|24))\b",
    r"(?:ou|comment) (?:\w+ ){0,3}?(?:trouver|est|se trouve|il y a) (?:la |une |le |un )?(?:\w+ )?" + _OTHER_PLACES + r" (?:la plus proche|le plus proche|ouverte?s?|de garde)\b",
    r"(?:heures?|horaires?) (?:de |des )visites?\b",
    r"(?:horaires?|heures? d'ouverture|heures? de consultation|heures? de fermeture) (?:de |d')?" + _LIEU_SOIN,
    _LIEU_SOIN + r" (?:\w+ ){0,2}?(?:ouvre|ferme|ouvrent|ferment|est ouverte?|est fermee?|consulte) (?:\w+ ){0,2}?(?:a )?(?:quelle heure|quand|le samedi|le dimanche|le soir|le matin|le week-end)\b",
    r"(?:quand|a quelle heure|jusqu ?'? ?a quelle heure) (?:ouvre|ferme|consulte) " + _LIEU_SOIN,
    # la voiture laissée ou mise quelque part en venant
    r"\bou (?:[\w'-]+ ){0,5}?(?:laisser|mettre|poser|deposer|garer|laisse|mets|pose|gare) " + _VOITURE,
    r"(?:laisser|mettre|poser|laisse|mets|pose) " + _VOITURE + r" (?:\w+ ){0,1}?ou\b",
    r"(?:laisser|mettre|poser|deposer) " + _VOITURE + r" (?:[\w'-]+ ){0,3}?(?:quand|pendant que|le temps de) (?:je viens|je suis|je passe|la seance)",
    # venir en bus, en tram, en train ou en métro
    r"transports? (?:en commun|publics?)\b", r"(?:arrets?|stations?|lignes?|gares?) (?:de |du |d')?(?:bus|tram|tramway|metro|train|autobus)\b",
    r"(?:quel|quelle) (?:bus|tram|tramway|metro|train|ligne)\b",
    r"(?:en|par le|avec le|prendre le) (?:bus|tram|tramway|metro|train)\b(?: [\w'-]+){0,3}? " + _CHEZ_VOUS,
    r"(?:bus|tram|tramway|metro) (?:\w+ ){0,2}?(?:passe|passent|s'arrete|s'arretent|va|vont|arrive|arrivent) (?:\w+ ){0,2}?" + _CHEZ_VOUS,
)  # fmt: skip
#: (session 42Q) Venir en transports en commun demandé en d'autres mots ("la gare la plus proche c'est laquelle ?", "je
#: descends à quel arrêt ?", "y a un arrêt de bus près du cabinet ?", un opérateur nommé : STIB, TEC, SNCB, De Lijn) :
#: aucun sujet, comme en 41P (la fiche du cabinet n'a pas de transports). Où est le cabinet reste l'adresse
PRACTICE_MATTERS += (
    r"(?:l'|l |la |le |quel |quelle )(?:arret|gare|station)\b (?:[\w'-]+ ){0,2}?(?:la plus proche|le plus proche)\b",
    r"(?:un |l'|l |le |quel |quelle |les |des )(?:arret|arrets|gare|station)\b(?! (?:de travail|maladie|d'activite|de sport|du sport))(?: [\w'-]+){0,3}? " + _CHEZ_VOUS,
    r"descend\w* (?:a |au )?(?:quel|quelle) (?:arret|station|gare)\b", r"(?:quel|quelle) (?:arret|station) (?:\w+ ){0,2}?(?:descendre|descends|descend)\b",
    r"\b(?:stib|mivb|sncb|nmbs)\b", r"(?:bus|tram|arret) (?:de )?de lijn\b", r"\b(?:bus|tram|car) (?:du |de la )?tec\b",
)  # fmt: skip
#: (session 42Q) Comment se coucher ou dormir demandé, une position nommée ou pas ("la nuit c'est l'enfer, je sais pas
#: comment me coucher, sur le côté ?"): le sommeil d'abord ; rester couché ou au lit reste le repos ou le mouvement
SLEEP_POSITION_ASKED += (
    r"comment (?:dois-je |je dois |faut-il |il faut |puis-je |je peux |je vais |je )?(?:me |se |m'|s')?(?:coucher|couche|dormir|dors|allonger|allonge|mettre|installer)\b(?:\W+[\w']+){0,3}?\W+sur (?:le|mon|ma|la) (?:cote|ventre|dos)\b",
    r"comment (?:je (?:dois |vais |peux )?)?(?:me |m')(?:coucher|couche|allonger|allonge)\b(?! (?:\w+ )?(?:plus|pas))",
)  # fmt: skip
#: (session 42Q) Devenir paralysé ou finir en fauteuil roulant craint et demandé ("est-ce que je risque d'être paralysé ?",
#: "j'ai peur de finir paralysée") : la gravité (une jambe qui ne répond plus, racontée, est aux drapeaux rouges, avant)
_PARALYSE = r"(?:paralyse|paralysee|paralyses|paralysees|paralysie|handicape|handicapee|invalide)"
SERIOUS_ASKED += WHEELCHAIR_FEARED + (
    r"(?:risque|risquer|risques|risquerais|peux|pourrais|vais|va|peut|pourrait)(?:-je|-t-il|-on)? (?:\w+ ){0,3}?(?:d'etre|d etre|etre|devenir|finir|rester|me retrouver|me rendre|rendre) (?:\w+ )?" + _PARALYSE + r"\b",
    r"(?:peur|crainte|angoisse|flippe|panique|inquiet|inquiete)\b(?:\W+[\w']+){0,6}?\W+" + _PARALYSE + r"\b",
    r"(?:risque|danger|chance)s? (?:de |d')(?:\w+ )?" + _PARALYSE + r"\b",
)  # fmt: skip
#: (session 42Q) Le dos mis de côté ("à part mon dos, j'ai mal au genou depuis que je cours") : pas le sujet de la question,
#: une autre partie du corps y est un autre sujet (faq.about_something_else)
BACK_SET_ASIDE = (
    r"(?:a part|en dehors|hormis|sauf|sans parler|pas) (?:de |du |d')?(?:mon |le |ma )?(?:bas du )?dos\b",
    r"(?:rien a voir avec|pas lie a|pas lie au|aucun rapport avec) (?:mon|le) (?:bas du )?dos\b",
)  # fmt: skip

# --- Session 43Q1 (issue 16, set frais 51) ---
#: (session 43Q1) Retourner au travail demandé, à mi-temps d'abord ("quand est-ce que je peux retourner au boulot ?"):
#: le travail, quels que soient les mots du temps de guérison (lu avec LIGHTER_DUTIES_ASKED et STAY_HOME_ASKED)
WORK_RETURN_ASKED = (
    r"(?:retourner|retourne|reprendre|reprends|reprise|retour|rentrer|revenir) (?:\w+ ){0,1}?(?:au |a |le |du )?(?:travail|boulot|taf|turbin|chantier)\b",
    r"(?:retourner|reprendre|recommencer a|retourne) (?:\w+ )?(?:travailler|bosser|bosse)\b",
    r"(?:reprendre|reprise|retourner|recommencer|commencer) (?:\w+ ){0,3}?(?:a )?(?:mi-temps|temps partiel)",
)  # fmt: skip
#: (session 43Q1) Le bureau au lieu du dépôt demandé: un travail adapté
LIGHTER_DUTIES_ASKED += (r"au bureau (?:\w+ ){0,4}?(?:au lieu d[ue]|plutot qu'?)",)
#: (session 43Q1) Un sport demandé comme ça va, ou quelles machines à la salle: le sport
SPORT_STOP_ASKED += (
    _SPORTS_FR + r" (?:\w+ ){0,1}?(?:ca va|c'est ok|c'est bon|sans risque)\b(?! (?:mieux|pas|bien|plus|moins)\b)",
    r"(?:quelles?|quels?) (?:\w+ )?(?:machines?|appareils?) (?:\w+ ){0,3}?(?:a la|en|de la|dans la) (?:salle|fitness|muscu)\b",
)  # fmt: skip
#: (session 43Q1) Se garer en marche arrière, dit avec conduire demandé: ce qu'est conduire, pas une affaire du cabinet
#: (où se garer en reste une); attendre pour rien dans la salle d'attente, après quand voir un médecin, le doute de la
#: personne (la salle d'attente du médecin dont on se plaint reste un autre sujet)
SUBJECT_FREE_PHRASES += (
    r"(?:me |se |te )?garer en marche arriere", r"(?:marche arriere|reculer) (?:\w+ ){0,2}?pour (?:me |se )?garer",
    r"(?:pour rien|pour des prunes) (?:\w+ ){0,2}?(?:dans|en) (?:la )?salle d'? ?attente",
    r"(?:dans|en) (?:la )?salle d'? ?attente (?:\w+ ){0,2}?pour rien",
)  # fmt: skip
#: (session 43Q1) Réserver en ligne ou appeler, et comment annuler (annuler passe par le même lien et le téléphone): la
#: réservation; cette phrase n'est pas une affaire du cabinet (ce que coûte une annulation tardive en reste une)
BOOKING_ASKED += (
    r"(?:reserver|prendre (?:un )?(?:rdv|rendez-vous)|booker)[^?.!]{0,30}?\b(?:en ligne|sur (?:le|votre) (?:site|app)|par internet|via (?:le|votre) site)\b",
    r"(?:en ligne|sur (?:le|votre) site|par internet)[^?.!]{0,30}?\bou (?:\w+ ){0,3}?(?:appeler|telephoner|passer un coup de fil)\b",
    r"comment (?:je peux |puis-je |on peut |faire pour |je fais pour |je dois )?(?:annuler|decommander)\b",
    r"(?:annuler|decommander)[^?.!]{0,40}?\bcomment\b",
)  # fmt: skip
#: (session 43Q1) Si une vieille ordonnance est encore valable, ou plus besoin d'ordonnance: la prescription
PRESCRIPTION_VALID_ASKED = (
    r"(?:ordonnance|prescription|ordo)s?[^?.!]{0,80}?\b(?:encore|toujours) (?:valable|valide|bonne|bon|utilisable|d'actualite)\b",
    r"(?:ordonnance|prescription|ordo)s?[^?.!]{0,80}?\b(?:compte|vaut|marche) (?:encore|toujours)\b",
    r"(?:ordonnance|prescription)s? (?:\w+ ){0,3}?(?:perimee|expiree|trop vieille)",
)  # fmt: skip
WITHOUT_REFERRAL_ASKED += (
    r"(?:plus|pas|pas encore|bientot plus) besoin (?:d'|de |d'une )(?:ordonnance|prescription|ordo)\b",
)  # fmt: skip
#: (session 43Q1) Récupérer de l'argent demandé: le remboursement
INSURANCE_ASKED += (
    r"(?:recuperer|recupere|recuperes|recupererai|recuperez|ravoir) (?:\w+ ){0,2}?(?:quelque chose|qqch|de l'argent|des sous|une partie|un peu)\b",
)  # fmt: skip
#: (session 43Q1) Moins de séances, ou un nombre prescrit demandé comme suffisant: les séances, avant les exercices à la maison
SESSION_COUNT_ASKED += (
    r"moins de (?:seances|rendez-vous|rdv|consultations)\b",
    r"(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze) (?:seances|rendez-vous|rdv|consultations|sceances)\b(?:(?!rembours|mutuel|secu|paye|paie)[^?.!]){0,60}?\b(?:suffira|suffiront|suffit|suffisent|suffisant\w*|assez)\b",
)  # fmt: skip
#: (session 43Q2) Ce que fait le kiné demandé par les exercices pour la maison ("vous allez me filer des exos pour la maison ou
#: ça se passe au cabinet ?", "c'est juste une feuille d'exercices ?", "un kiné pour le dos, ça sert à quoi ?", remettre les
#: vertèbres en place) : le rôle du kiné, avant le repos ou le mouvement des exercices (faq.py _ROLE_OVER_REST)
_EXOS = r"(?:exos|exercices|etirements)"
PHYSIO_ROLE_ASKED += (
    r"(?:juste|seulement|que|uniquement|simplement) (?:une |des |un )?(?:feuilles?|listes?|fiches?|papiers?|brochures?|liste) (?:d'|de |avec des )" + _EXOS + r"\b",
    _EXOS + r"\b(?:\W+[\w']+){0,8}?\W+ou (?:bien )?(?:tout |ca |c'est |on |vous )?(?:se fait|se passe|fait|faites|travaille|travaillez|soignez|traitez|est)? ?(?:\w+ ){0,2}?(?:au cabinet|chez vous|sur place|en seance|pendant les seances)\b",
    _EXOS + r"\b(?:\W+[\w']+){0,8}?\W+ou (?:vous|tu) (?:me |m')?(?:soignez|soignes|traitez|traites|manipulez|massez|faites quelque chose)\b",
    _KINE + r" (?:\w+ ){0,3}?(?:pour|pr) (?:le |mon |un |les )?(?:mal de )?dos\b(?:\W+\w+){0,2}?\W+(?:ca |cela )?sert (?:vraiment |au juste |en vrai )?a quoi\b",
    r"(?:remettez|remet|remettre|remettent|replacez|replacer|replace) (?:\w+ )?(?:les |mes |la |une |des )?vertebres? (?:\w+ )?(?:en place|a leur place|a sa place)\b",
)  # fmt: skip
#: (session 43Q2) Ce que montre une imagerie, ou si elle vaut le coup ("une irm montrerait si c'est abîmé ?", "on verrait des
#: dégâts sur une radio ?", "ça vaut le coup de faire une irm ?") : l'imagerie, avant la gravité
SCAN_ASKED += (
    rf"(?:une |un |la |le |l'|l |cette |ce )?{_SCAN_FR} (?:\w+ ){{0,1}}?(?:montre|montrerait|montrera|va montrer|peut montrer|pourrait montrer|verrait|voit|detecte\w*|dirait|dira|revele\w*)\b",
    rf"(?:on|vous|il|le medecin|ils) (?:\w+ )?(?:verrait|voit|verra|voyait|peut voir|pourrait voir|va voir) (?:\w+ ){{0,4}}?(?:sur|a|avec) (?:une |un |la |le |l'|l )?{_SCAN_FR}\b",
    rf"(?:vaut|vaudrait|valait) (?:\w+ )?(?:le coup|la peine) (?:de |d')?(?:\w+ ){{0,2}}?(?:une |un |l'|l )?{_SCAN_FR}\b",
    rf"{_SCAN_FR}\b(?:\W+[\w']+){{0,8}}?\W+(?:vaut|vaudrait|valait) (?:\w+ )?(?:le coup|la peine) (?:d'en|d en|de le|de la|d'y) (?:faire|passer)\b",
)  # fmt: skip
#: (session 43Q2) Un dommage durable craint et demandé ("j'ai bousillé mon dos pour de bon ?") : la gravité
_POUR_DE_BON = r"(?:pour de bon|a vie|pour toujours|a jamais|definitivement|pour la vie)"
SERIOUS_ASKED += (
    r"(?:abime|abimee|bousille|bousillee|casse|cassee|esquinte|esquintee|flingue|fichu|foutu|endommage|niquee?|ruine) (?:\w+ ){0,3}?" + _POUR_DE_BON + r"\b",
)  # fmt: skip
#: (session 43Q2) Un délai de guérison lu ou entendu, demandé ("on lit partout 6 semaines pour guérir, c'est vrai ?") : le
#: temps de guérison
_ENTENDU = r"(?:disent|dit|dise|lu|lis|lit|lisais|entendu|entends|internet|en ligne|partout|google)"
HEALING_BY_ASKED += (
    _ENTENDU + r"\b(?:\W+[\w']+){0,6}?\W+\d+ ?(?:(?:a|-|ou) ?\d+ )?(?:semaines?|mois|jours|sem) (?:\w+ ){0,2}?(?:pour (?:guerir|se remettre|s'en remettre|que (?:ca|cela|la douleur|le mal|mon dos) (?:passe|parte|guerisse|disparaisse))|pr guerir|de guerison|de recuperation)\b",
)  # fmt: skip
#: (session 43Q2) La douleur propre du talon ("j'ai mal au talon le matin", "mon talon me fait mal") : une autre partie du corps
#: (le mal de dos jusqu'au talon reste celui du dos, PAIN_GOES_TO) ; le stationnement payant dans le quartier
OTHER_BODY_PARTS += (
    r"(?:mal|douleurs?|douleur) (?:\w+ )?(?:au|aux|sous le|sous les|du|des) talons?\b",
    r"(?:mon|le|les|mes) talons? (?:\w+ )?(?:me fait|me font|fait|font|me lance|me lancent) (?:\w+ )?(?:mal|souffrir)\b",
)  # fmt: skip
PRACTICE_MATTERS += (
    r"(?:payant|payante|gratuit|gratuite) (?:\w+ )?(?:dans|en|sur) (?:le|la|votre) (?:quartier|rue|coin|zone|voirie)\b",
)  # fmt: skip
#: (session 43Q2) Ne pas savoir comment se coucher ou dormir, dit comme la question ("je sais pas comment me coucher . sur le
#: côté ?") : le sommeil d'abord
SLEEP_POSITION_ASKED += (
    r"(?:sais|sait|savais) (?:pas|plus|vraiment pas|meme pas) comment (?:je dois |je peux |il faut )?(?:me |m'|se |s')?(?:coucher|dormir|allonger|mettre au lit)\b",
)  # fmt: skip
#: (session 44Q3) Combien de séances, demandé comme quelques séances contre des mois ("c'est 3 ou 4 rendez-vous ou plutôt
#: des mois ?") : les séances (SESSION_COUNT_ASKED) ; des semaines ou des mois pour guérir, seul, reste la guérison
SESSION_COUNT_ASKED += (
    r"(?:\d+|quelques|deux|trois|quatre|cinq|six|dix) (?:(?:ou|a|-) ?\d+ )?(?:seances|rendez-vous|rdv|sessions|consultations|traitements)\b(?:\W+\w+){0,6}?\W+ou\b(?:\W+\w+){0,5}?\W+mois\b",
)  # fmt: skip
#: (session 44Q3) L'opération redoutée, demandée comme devoir y passer un jour ("je vais finir par me faire opérer ?",
#: "je devrai passer sur le billard ?") : la chirurgie ; une opération passée racontée n'en est pas une
SURGERY_ASKED += (
    r"(?:vais|va|devrai|devrais|faudra|faudrait|dois|doit|risque)\b(?:\W+\w+){0,4}?\W+(?:me faire operer|me faire opere|etre opere|etre operee|passer sur le billard|passer sous le bistouri|subir une operation|avoir une operation)\b",
)  # fmt: skip
#: (session 44Q3) Commencer avant l'ordonnance du médecin, apportée après ("je peux commencer et vous amener l'ordonnance
#: plus tard ?") : l'ordonnance (WITHOUT_REFERRAL_ASKED)
WITHOUT_REFERRAL_ASKED += (
    r"(?:commencer|demarrer|debuter|commence|demarre)\b(?:\W+\w+){0,7}?\W+(?:ordonnance|prescription)\b(?:\W+\w+){0,3}?\W+(?:plus tard|apres|ensuite|la prochaine fois)\b",
)  # fmt: skip
#: (session 44Q3) Marcher ou sortir le chien demandé contre empirer ("je peux encore sortir le chien ou ça va empirer ?") :
#: le repos ou le mouvement (BED_REST_ASKED) ; marcher qui empire, raconté, ne demande rien
BED_REST_ASKED += (
    r"(?:marcher|marche|balade|balades|promenade|promener|sortir le chien|promener le chien)\b(?:\W+\w+){0,6}?\W+ou\b(?:\W+\w+){0,4}?\W+(?:empirer|empire|aggraver|aggrave|pire)\b",
)  # fmt: skip
#: (session 44Q3) Où mettre le coussin, une place contre l'autre ("un coussin entre les genoux ou dessous ?") : le sommeil
SLEEP_POSITION_ASKED += (
    r"(?:coussins?|oreillers?)\b(?:\W+\w+){0,2}?\W+(?:entre|sous) (?:les |mes )?(?:genoux|jambes)\b(?:\W+\w+){0,3}?\W+ou (?:\w+ ){0,2}?(?:entre|sous|dessous|en dessous)\b",
)  # fmt: skip
#: (session 44Q3) Ce que fait le kiné, demandé comme un programme fixe ou sur mesure ("vous suivez un protocole standard ou
#: c'est adapté à chacun ?") : le rôle du kiné
_PLAN_FR = r"(?:programmes?|protocoles?|plans?|schemas?|routines?)"
_MESURE_FR = r"(?:sur mesure|personnalise|personnalises|personnalisee|adapte|adaptes|adaptee|individuel|individualise|a la carte)"
PHYSIO_ROLE_ASKED += (
    _PLAN_FR + r" (?:fixe|fixes|standard|standards|type|tout fait|identique|pareil)\b(?:\W+\w+){0,3}?\W+ou\b(?:\W+\w+){0,3}?\W+" + _MESURE_FR + r"\b",
    _MESURE_FR + r"\b(?:\W+\w+){0,3}?\W+ou\b(?:\W+\w+){0,3}?\W+" + _PLAN_FR + r" (?:fixe|fixes|standard|standards|type|tout fait|identique|pareil)\b",
)  # fmt: skip
#: (session 44Q3) Si un examen payé de sa poche vaut la peine ("une irm dans le privé, ça vaut le coup ?") : l'imagerie
#: (SCAN_WORTH_ASKED), pas une affaire du cabinet
SCAN_WORTH_ASKED = (
    rf"{_SCAN_FR}\b(?:\W+\w+){{0,4}}?\W+(?:prive|privee|de ma poche)\b(?:\W+\w+){{0,5}}?\W+(?:vaut (?:le coup|la peine)|sert a quelque chose|utile)\b",
    rf"(?:vaut (?:le coup|la peine)|utile)\b(?:\W+\w+){{0,4}}?\W+(?:payer|faire|passer) (?:une |un |l')?{_SCAN_FR}\b(?:\W+\w+){{0,2}}?\W+(?:prive|privee|de ma poche)\b",
)  # fmt: skip
#: (session 44Q3) S'il est normal que ça dure si longtemps, demandé dans le récit ("toujours raide au réveil après 10
#: jours, c'est normal que ça dure autant ?") : la durée de guérison (HEALING_BY_ASKED)
HEALING_BY_ASKED += (
    r"(?:normal|habituel)\b(?:\W+\w+){0,4}?\W+(?:dure|durer|traine|trainer|persiste|persister)\b(?:\W+\w+){0,1}?\W+(?:aussi longtemps|si longtemps|autant|tellement longtemps|aussi long)\b",
)  # fmt: skip
#: (session 44Q4) Les questions pratiques de la visite elle-même : arriver en retard ("si j'arrive en retard, j'ai quand
#: même toute la séance ?") et des papiers à remplir avant ("il y a des papiers à remplir avant ?"); des règles en retard
#: et un formulaire pour la mutuelle restent de leur sujet
_PAS_MUTUELLE = r"(?!(?:\W+\w+){0,5}?\W+(?:mutuelle\w*|mutualite\w*|rembours\w*|assuranc\w*)\b)"
PRACTICE_MATTERS += (
    r"(?:si|quand|et si) (?:j'|je |j |on |nous )(?:(?!semaines?\b|jours?\b|regles\b|mois\b)[\w']+ ){0,4}?(?:en retard|de retard)\b",
    r"(?:j'arrive|j'arriverai|j'arriverais|je serai|je serais|je vais arriver|on arrivera) (?:\w+ ){0,2}?en retard\b",
    r"\d+ ?(?:min|mins|minutes?) (?:de )?retard\b",
    r"en retard (?:a|au|pour) (?:la|le|mon|ma|votre|notre) (?:\w+ )?(?:seance|rendez-vous|rdv|consultation)\b",
    r"(?:papiers?|formulaires?|documents?|questionnaires?|paperasse) (?:\w+ ){0,2}?a (?:remplir|completer)\b" + _PAS_MUTUELLE,
    r"(?:dois|doit|faut|faudra|faudrait|devrai|dois-je|faut-il) (?:\w+ ){0,3}?remplir (?:\w+ ){0,2}?(?:papiers?|formulaires?|documents?|questionnaires?|quelque chose|qqch|qqchose|un truc)\b" + _PAS_MUTUELLE,
)  # fmt: skip
#: (session 44Q4) Une autre affection demandée comme "un kiné peut faire qqch pour ça ?" : mal à la tête, un AVC ou une
#: autre rééducation neurologique ("avc" seul est aussi "avec" en SMS : seulement après un article ou "après")
OTHER_SUBJECTS += (
    r"mal (?:a|a la|au) tete", r"cephalee\w*", r"(?:un|son|mon|d'un|apres|depuis|post|l')\W*avc",
    r"accidents? vasculaires?", r"parkinson\w*", r"sclerose en plaques",
)  # fmt: skip
#: (session 45Q5) Réserver par ce chat même ("je peux prendre rendez-vous directement via ce chat ?") : la réservation
BOOKING_ASKED += (
    r"(?:reserver|reserve|booker|prendre (?:un |une )?(?:rdv|rendez-vous|rendez vous|seance)|fixer (?:un )?(?:rdv|rendez-vous))\b(?:\W+[\w']+){0,4}?\W+(?:via|par|sur|dans) (?:ce|le|votre|le present) (?:chat|tchat|chatbot|robot)\b",
    r"(?:via|par|sur|dans) (?:ce|le|votre) (?:chat|tchat|chatbot)\b(?:\W+[\w']+){0,4}?\W+(?:reserver|booker|prendre (?:un |une )?(?:rdv|rendez-vous|seance))\b",
)  # fmt: skip
#: (session 45Q5) Rester tranquille jusqu'à ce que ça passe contre continuer à bouger, et une balade demandée, avec ou
#: sans le chien ("je peux encore faire une balade avec le chien ?") : le repos ou le mouvement
BED_REST_ASKED += (
    r"(?:rester tranquille|rester immobile|rester assis\w*|ne pas bouger|ne rien faire|me menager)\b(?:\W+[\w']+){0,8}?\W+ou (?:[\w']+ ){0,3}?(?:continuer a bouger|bouger|marcher|rester actif|rester active|continuer)\b",
    r"(?:je peux|puis-je|puis je|on peut|je peux encore|est-ce que je peux) (?:encore |toujours |quand meme )?(?:faire|aller faire) (?:une |un |ma |mon )?(?:petite |petit )?(?:balade|promenade|marche|tour)\b",
)  # fmt: skip
#: (session 45Q5) L'épaule par-dessus laquelle on regarde pour conduire ("regarder par-dessus mon épaule") : pas un
#: autre sujet
SUBJECT_FREE_PHRASES += (
    r"(?:regarder|regarde|jeter un (?:oeil|coup d'oeil)|voir|tourner) (?:\w+ )?par-? ?dessus (?:mon|l'|l|son|ton|votre) ?epaule",
)  # fmt: skip
#: (session 45Q5) Venir enceinte au cabinet, ou une kiné du périnée ("vous prenez les femmes enceintes ?") : la grossesse
PREGNANCY_ASKED += (
    r"enceinte\w*\b(?:\W+[\w']+){0,6}?\W+(?:venir chez vous|vous voir|venir au cabinet|perine\w*|pelvi\w*|kine\w* specialise\w*)",
    r"(?:venir chez vous|vous voir|vous prenez|vous traitez|vous soignez|vous acceptez)\b(?:\W+[\w']+){0,5}?\W+(?:enceinte\w*|grossesse)\b",
)  # fmt: skip
#: (session 45Q5) L'ordonnance ou la prescription abrégée ("sans prescri") : l'ordonnance
WITHOUT_REFERRAL_ASKED += (
    r"(?:kine\w*|physio\w*|venir|vous voir|consulter|rendez-vous|rdv|aller) (?:\w+ ){0,4}?sans (?:une |d'|aucune )?(?:prescri\w*|ordon\w*)",
)  # fmt: skip
#: (session 45Q5) Un entraînement par intervalles à réduire ("je fais du hiit 4 fois par semaine, je dois lever le
#: pied ?") : le sport ; "hii[t]" entre crochets, à une lettre de "hit"
_INTERVALLES = r"(?:hii[t]|bootcamp|circuit training|burpees)"
SPORT_STOP_ASKED += (
    _INTERVALLES + r"\b(?:\W+\w+){0,10}?\W+(?:" + _ARRETER + r"|calmer le jeu|trop|" + _MAUVAIS + r")\b",
)  # fmt: skip
#: (session 45Q5) Des vertiges ou la tête qui tourne en se retournant, en se couchant ou en se levant, chez soi ou un
#: proche ("ma mère a des vertiges quand elle se retourne dans le lit") : une autre plainte (pas de sujet ; le dos nommé
#: garde la question du dos)
OTHER_SUBJECTS += (
    r"(?:vertiges?|etourdi\w*|la tete qui tourne|tete qui tourne)\b(?:\W+[\w']+){0,6}?\W+(?:retourn\w*|tourn\w*|couch\w*|allong\w*|lev\w*|lit)\b",
    r"(?:retourn\w*|couch\w*|allong\w*|lev\w*|dans (?:le|mon|son) lit)\b(?:\W+[\w']+){0,6}?\W+(?:vertiges?|etourdi\w*|la tete qui tourne)\b",
)  # fmt: skip
#: (session 45, le lead) les abdominaux ecartes apres un accouchement (diastase), demande comme "vous traitez ca ?" : une autre
#: plainte, pas de sujet ; le mal de dos apres l'accouchement garde le sujet du dos
OTHER_SUBJECTS += (
    r"diastase", r"ecart (?:des|entre les) (?:abdos|abdominaux|grands droits)",
    r"(?:abdos|abdominaux) (?:\w+ ){0,2}?(?:ecartes|separes|ouverts)",
)  # fmt: skip
#: (session 46Q6) Combien de fois venir, demandé pour s'organiser ("je dois venir combien de fois par semaine ?"): les
#: séances; combien de fois faire les exercices (pas de venue) reste au classifieur
SESSION_COUNT_ASKED += (
    r"(?:venir|passer|revenir) combien de fois\b",
    r"(?:combien de fois|a quel rythme|a quelle frequence) (?:par semaine |par mois |dans la semaine )?(?:[\w'-]+ ){0,3}?(?:venir|passer chez vous|passer au cabinet|vous voir|revenir)\b",
)  # fmt: skip
#: (session 46Q6) Le rendez-vous pris pour quelqu'un d'autre ("je peux prendre rendez-vous pour ma mère ?", "à sa place") ou
#: la réservation en ligne qui ne marche pas: la prise de rendez-vous
_PROCHE = r"(?:mari|homme|femme|epouse|compagnon|compagne|mere|maman|pere|papa|fils|fille|grand-mere|grand-pere|mamie|papy|voisin|voisine|ami|amie|frere|soeur|belle-mere|beau-pere)"
BOOKING_ASKED += (
    r"(?:prendre|reserver|fixer|demander|caler) (?:un |le |son |leur |une )?(?:rdv|rendez-vous|rendez vous|seance|consultation) (?:\w+ ){0,1}?(?:pour (?:mon|ma|notre) (?:vieux |vieille )?" + _PROCHE + r"|a (?:sa|leur) place|de sa part)\b",
    r"(?:reservation|prise de (?:rdv|rendez-vous)|agenda|planning|rdv|rendez-vous) en ligne\b(?:\W+\w+){0,3}?\W+(?:marche pas|fonctionne pas|bug\w*|bloque|plante|beugue|ne marche|ne fonctionne|va pas|charge pas)\b",
)  # fmt: skip
#: (session 46Q6) Le repos raconté comme un doute: repos complet contre la vie normale, la douleur comme signal d'arrêter,
#: "j'aurais dû me bouger ?" après une journée allongé: le repos ou le mouvement
BED_REST_ASKED += (
    r"repos (?:complet|total|absolu|strict)\b(?:\W+\w+){0,4}?\W+ou (?:\w+ ){0,3}?(?:continue\w*|bouge\w*|normal\w*|comme d'habitude|ma vie|mes activites)\b",
    r"douleur (?:[\w'-]+ ){0,3}?(?:signe|signal) (?:pour|qu'il faut|de|d'|que je dois) (?:\w+ ){0,1}?(?:arret\w*|stopper|m'arreter)\b",
    r"(?:j'aurais|aurais-je|aurais je|j'aurai|aurai-je) (?:pas |plutot |mieux )?(?:du|fallu) (?:\w+ ){0,1}?(?:me lever|bouger|me bouger|marcher|sortir du lit|rester actif|rester active|me promener)\b",
)  # fmt: skip
#: (session 46Q6) Si c'est le moment de voir le médecin ("c'est le moment d'aller voir mon médecin ?"): quand voir un
#: médecin; le moment de prendre rendez-vous chez le kiné reste la prise de rendez-vous
DOCTOR_WHEN_ASKED += (
    r"(?:c'est (?:le moment|l'heure)|est-ce (?:le moment|l'heure)|il est (?:temps|l'heure)|il serait temps) (?:de |d'|que je |que j')(?:\w+ ){0,1}?(?:voir|consulter|consulte|aller (?:voir|chez)|appeler|passer chez|montrer a|aille (?:voir|chez)) (?:un |le |mon |ma |une |la )?" + _MEDECIN + r"\b",
)  # fmt: skip
#: (session 46Q6) L'accès: être déposé devant la porte, des escaliers pour monter au cabinet, le rez-de-chaussée demandé
#: ("c'est au rez-de-chaussée ? ma mère marche avec un déambulateur"): une affaire du cabinet, comme l'ascenseur; des
#: escaliers qui font mal restent le déclencheur de la douleur
PRACTICE_MATTERS += (
    r"depose-minut[e]", r"depose minut[e]", r"(?:deposer|me deposer|la deposer|le deposer) (?:\w+ ){0,1}?(?:devant|a) (?:la porte|l'entree|le cabinet|chez vous)\b",
    r"rez-de-chausse[e]", r"rez de chausse[e]",
    r"(?:il y a|y a|y a-t-il|est-ce qu'il y a) (?:des |beaucoup d'|un |une )?(?:escaliers?|marches) (?:\w+ ){0,2}?(?:au cabinet|chez vous|a l'entree|pour (?:monter|entrer|acceder))\b",
)  # fmt: skip
#: (session 46Q6) Où se trouve le cabinet, demandé par un repère ou "où exactement" ("vous êtes plutôt côté gare ou côté
#: centre ?"): le lieu et les heures (OPEN_ASKED, dont la réponse donne l'adresse)
OPEN_ASKED += (
    r"(?:vous etes|vous vous trouvez|vous situez|se trouve (?:le|votre) cabinet|est (?:le|votre) cabinet|c'est) ou exactement\b",
    r"ou exactement (?:\w+ ){0,2}?(?:vous etes|est le cabinet|se trouve le cabinet|votre cabinet)\b",
    r"vous etes (?:plutot |bien |situes? |)?(?:cote|du cote d\w*|pres d\w*|au centre|en centre|dans le centre|en centre-ville|au centre-ville|vers la gare|pres de la gare|a cote de la gare)\b",
)  # fmt: skip

# --- Session 46Q7 (issue 16, sets frais 53-54) ---
#: (session 46Q7) Ce que fait le kiné, face au chiro qui fait craquer ("vous faites craquer le dos ou c'est plutôt des
#: exercices ?") : le rôle du kiné
PHYSIO_ROLE_ASKED += (
    r"(?:craquer|craque|craquez|craques|manipuler|manipule|manipulez|manipules|remettre|remettez|remets)\b(?:\W+[\w']+){0,8}?\W+ou (?:[\w']+ ){0,3}?(?:des |les |du )?(?:exercices|exos|reeducation)\b",
)  # fmt: skip
#: (session 46Q7) Ce qui diminue le risque d'une nouvelle crise ("quelles habitudes pour limiter le risque de rechute ?") :
#: la récidive
RECURRENCE_ASKED += (
    r"(?:limiter|limite|reduire|reduit|diminuer|diminue|baisser|baisse|minimiser) (?:le |les |mes |ce )?(?:risques?|chances?) (?:de |d'|que )(?:\w+ ){0,2}?(?:recidives?|rechutes?|revienne|recommence|reprenne|nouvelle crise|nouvel episode)\b",
)  # fmt: skip
#: (session 46Q7) Se paralyser d'un faux mouvement craint ("je peux me paralyser avec un faux mouvement ?") : la gravité
SERIOUS_ASKED += (
    r"(?:me|se|te|vous|nous) paralyser\b",
    r"(?:faux|mauvais|seul) (?:mouvement|geste|pas)s?\b(?:\W+[\w']+){0,6}?\W+" + _PARALYSE + r"\b",
)  # fmt: skip
#: (session 46Q7) Avancer l'argent puis être remboursé, ou passer directement par la mutuelle ("ça passe directement par
#: la mutuelle ?") : le remboursement
INSURANCE_ASKED += (
    r"(?:payer|paye|avancer|avance) (?:\w+ ){0,3}?(?:d'abord|en premier|moi-meme|de ma poche)\b(?:\W+[\w']+){0,8}?\W+(?:recuperer|recupere|rembourse\w*|revoir|ravoir)\b",
    r"(?:directement|direct) (?:\w+ ){0,1}?(?:par|via|avec|a) (?:la |ma |votre )?(?:mutuelle|mutualite|mutu|mut)\b",
)  # fmt: skip
#: (session 46Q7) Un examen demandé comme mieux ou plus prudent ("un scanner ce serait pas mieux ?") : l'imagerie
SCAN_ASKED += (
    rf"{_SCAN_FR}\b(?:\W+[\w']+){{0,3}}?\W+(?:serait|vaudrait|serait-il|serait-ce)(?: pas)? (?:mieux|preferable|plus prudent|plus sur|plus sage)\b",
    rf"(?:serait|vaudrait|serait-il|serait-ce)(?: pas)? (?:mieux|preferable|plus prudent|plus sur|plus sage) (?:de |d')(?:\w+ ){{0,2}}?(?:une |un |l'|l )?{_SCAN_FR}\b",
)  # fmt: skip
#: (session 46Q7) Une ordonnance demandée avec un délai pour commencer, ou un papier pour le kiné encore bon
#: ("l'ordonnance, il y a un délai pour commencer ?") : la prescription
PRESCRIPTION_VALID_ASKED += (
    _ORDONNANCE + r"[^?.!]{0,100}?\b(?:delai|date limite)\b",
    r"papier (?:pour|du|de) (?:le |la |mon |ma )?" + _KINE + r"\b[^?.!]{0,80}?\b(?:encore|toujours) (?:bon|valable|valide)\b",
)  # fmt: skip
#: (session 46Q7) Mots qui nomment un autre métier comme comparaison dans une question sur ce que fait le kiné ("vous
#: faites craquer le dos comme un chiro ou c'est plutôt des exercices ?") : pas un sujet à part (faq.about_something_else)
TRADE_LIKENESS = ("comme", "a la maniere", "genre")
#: (session 46Q8) Une hernie nommée et la question si c'en est une ("mon collègue dit que c'est une hernie, c'est ça ?",
#: "ça pourrait être une hernie ?") : la hernie discale, avant la gravité. Dit sans question ("c'est une hernie, combien de
#: temps ...") il ne demande rien ; une autre hernie reste un autre sujet (OTHER_HERNIAS).
_HERNIE = r"(?:(?:une |la )?hernie(?: discale)?|(?:un |le )?disque (?:deplace|abime|sorti|qui (?:sort|depasse)))"
DISC_ASKED = (
    r"(?:c'?est|c est|ce serait|ca serait|ca pourrait etre|ca peut etre|cela pourrait etre|est-ce (?:que c'?est|que ca serait)|serait-ce|ce ne serait pas|c'?est pas) (?:(?:peut-etre|vraiment|bien|sans doute|surement|pas|plutot|donc|alors) )?" + _HERNIE + r"(?=\s*\?)",
    r"(?:ca pourrait etre|ce serait|serait-ce|est-ce que c'?est|est-ce que ca pourrait etre|ca peut etre) (?:(?:peut-etre|vraiment|bien|sans doute|surement|pas|plutot|donc|alors) )?" + _HERNIE + r"\b",
    _HERNIE + r"\b[^?.!]{0,40}?\b(?:(?:c'?est (?:ca|bien ca|vrai|possible)|ca se peut)(?=\s*(?:\?|$))|il a raison|elle a raison|vrai(?=\s*\?))",
)  # fmt: skip
#: (session 46Q8) Le mal de dos sans cause précise ou "non spécifique", demandé comment ou ce que ça veut dire ("sans cause
#: précise, comment c'est possible ?") : la lombalgie commune
_SANS_CAUSE = r"(?:(?:sans|pas de|aucune) (?:vraie )?(?:cause|raison|origine) (?:precise|claire|particuliere|identifiee|connue|evidente|nette)|non[- ]?specifique\w*|aspecifique\w*)"
NONSPECIFIC_ASKED = (
    _SANS_CAUSE + r"[^.!?]{0,60}?\b(?:comment (?:c'?est|ca|est-ce) possible|comment ca se fait|pourquoi|ca veut dire quoi|(?:ca|qu'?est-ce que ca) veut dire|c'?est quoi)\b",
    r"(?:pourquoi (?:\w+ ){0,3}?|qu'?est-ce (?:que|qu'?) (?:\w+ ){0,3}?|c'?est quoi (?:\w+ ){0,2}?|que veut dire (?:\w+ ){0,2}?)" + _SANS_CAUSE,
)  # fmt: skip
#: (session 46Q8) Son travail dit avec ses tâches et la question de le continuer ("je travaille comme aide-soignante, je
#: soulève des patients, je peux continuer ?") : le travail, avant repos ou mouvement. Exercices ou sport restent les leurs.
WORK_TASKS_ASKED = (
    r"\b(?:je travaille|je bosse|mon (?:travail|boulot|job|metier)|au (?:travail|boulot)|je suis (?:\w+ )?(?:aide|infirmi\w*|soignant\w*|aide-soignant\w*|auxiliaire))\b[^?]{0,120}?"
    r"\b(?:continuer(?! (?:a|de) (?:courir|nager|marcher|faire (?:du|de la|mes|les)|(?:mes|les) exercices))|poursuivre (?:mon|le) (?:travail|boulot))\b",
)  # fmt: skip
#: (session 46Q8) Un merci qui ne demande rien ("merci, vous êtes plus gentils que mon médecin") : aucun sujet
THANKS_TOLD = (r"merci", r"mercii+", r"merci beaucoup")
#: (session 46Q8) Une autre personne avec une autre plainte ("mon mari a eu une colique néphrétique, ça peut revenir ?")
OTHER_PERSON_PARTS += (
    r"(?:ma|mon|notre|nos|mes) (?:fille|fils|enfant|femme|mari|conjoint\w*|compagne|compagnon|copine|copain|mere|maman|pere|papa|soeur|frere|ami|amie|collegue)\b(?:\W+\w+){0,8}?\W+"
    r"(?:calculs? (?:renau[x]|rena[l]|biliaire[s]?)|coliques? nephretiqu[e]|pierres? aux rein[s]|cystit[e]|zon[a])\b",
)  # fmt: skip
#: (session 46, le lead) un rappel du rendez-vous par sms ou mail est une affaire du cabinet que la réponse sur la prise de
#: rendez-vous ne couvre pas ("vous envoyez un texto pour rappeler le rdv ?"): pas de sujet, le téléphone du cabinet
PRACTICE_MATTERS += (r"\brappe[l]s?\b(?:\W+\w+){0,4}?\W+(?:(?:du|de|mon|le|la|les|mes|d) )?(?:rendez[ -]vou[s]|rdv|seanc[e]s?|consultatio[n]s?)\b",
                     r"\brappele[r] (?:le |mon |la |ma )(?:rendez[ -]vou[s]|rdv|seanc[e]|consultatio[n])\b",
                     r"\b(?:sms|texto|mail|e ?mail|message)s? de rappe[l]\b")

# --- Session 47Q10 (issue 16, set frais 55) ---
#: (session 47Q10) S'il faut faire toutes les séances prescrites ou arrêter quand ça va mieux, si on a eu assez de séances,
#: une fin prévue ("je dois faire toutes les séances ou on arrête quand ça va mieux ?"): les séances; en avoir assez de la
#: douleur ne demande rien des séances
_SEANCES = r"(?:seances|rendez-vous|rdv|traitements|soins|sceances)"
SESSION_COUNT_ASKED += (
    r"(?:toutes|tous) (?:les |mes |ces |ses )?(?:\d+ )?" + _SEANCES + r"\b(?:\W+[\w']+){0,6}?\W+ou (?:[\w']+ ){0,4}?(?:arrete|arreter|arretons|arrete-t-on|stoppe|stopper|finir|termine|terminer)\b",
    r"(?:assez|suffisamment) (?:de )?(?:seances|traitements|kine|soins)\b(?! (?:\w+ )?rembours)",
    r"(?:une fin|fin prevue|date de fin|un terme|point final)\b(?:\W+[\w']+){0,3}?\W+(?:seances|traitements|kine|soins)\b",
    r"(?:seances|traitements|kine|soins)\b(?:\W+[\w']+){0,4}?\W+(?:fin prevue|date de fin|un terme|point final)\b",
)  # fmt: skip
#: (session 47Q10) Reprendre demandé après des semaines d'arrêt, ou temps plein direct contre progressivement ("en arrêt
#: depuis 3 semaines, je peux reprendre ?", "temps plein direct ou progressivement ?"): le travail; des semaines de douleur
#: racontées seules restent le temps de guérison, un sport arrêté n'est pas un arrêt de travail
WORK_RETURN_ASKED += (
    r"(?:en arret|arret maladie|arret de travail|en maladie|en conge maladie|mis en arret)\b(?: maladie| de travail)?(?:\W+[\w']+){0,2}?\W+(?:depuis|ca fait|pendant) (?:\w+ ){0,1}?(?:\d+|un|une|deux|trois|quatre|cinq|six|quinze) (?:jours|semaines|sem|mois)\b[^?]{0,60}?\b(?:reprendre|reprends|reprise|retourner|y retourner|retourne|rentrer|revenir|reviens)\b",
    r"(?:temps plein|plein temps)\b(?:\W+[\w']+){0,4}?\W+ou (?:[\w']+ ){0,3}?(?:progressi\w*|mi-temps|mi temps|temps partiel|petit a petit|en douceur|par etapes|doucement)\b",
    r"(?:progressi\w*|mi-temps|temps partiel|petit a petit|en douceur|par etapes)\b(?:\W+[\w']+){0,4}?\W+ou (?:[\w']+ ){0,3}?(?:temps plein|plein temps)\b",
)  # fmt: skip
#: (session 47Q10) Un message sur le répondeur, ou un rendez-vous demandé parce qu'on ne peut attendre des semaines ("je
#: suis tombé sur le répondeur, je laisse un message ?", "je sais pas attendre 3 semaines"): la prise de rendez-vous;
#: attendre un examen ou le médecin n'en est pas une
BOOKING_ASKED += (
    r"(?:repondeur|messagerie)\b[^?]{0,80}?\b(?:laisse\w*|dire|donner|enregistrer) (?:\w+ ){0,2}?(?:un |mon |mes |le )?(?:message|nom|numero|coordonnees)\b",
    r"(?:peux|peut|sais|pourrai|pourrais|vais) (?:\w+ )?(?:pas|plus) attendre (?:\w+ ){0,1}?(?:\d+|deux|trois|quatre|cinq|six|quelques|plusieurs|quinze) (?:semaines|sem|jours|mois)\b(?! (?:\w+ )?(?:pour|avant) (?:un |une |le |la |l'|l |mon |ma )?(?:irm|scanner|radio|operation|specialiste|medecin|generaliste|docteur))",
)  # fmt: skip
#: (session 47Q10) Des exercices contre un traitement avec les mains ("c'est que des exercices ou vous travaillez aussi avec
#: les mains ?"): le rôle du kiné, avant le repos ou bouger des exercices; les exercices demandés seuls restent
_AVEC_LES_MAINS = r"(?:therapie manuelle|techniques? manuelles?|travail manuel|avec (?:les|vos|tes|leurs|ses) mains)"
PHYSIO_ROLE_ASKED += (
    r"(?:exercices|exos|exercice)\b(?:\W+[\w']+){0,8}?\W+ou (?:[\w']+ ){0,6}?" + _AVEC_LES_MAINS,
    _AVEC_LES_MAINS + r"\b(?:\W+[\w']+){0,8}?\W+ou (?:[\w']+ ){0,5}?(?:exercices|exos|exercice)\b",
)  # fmt: skip
#: (session 47Q10) Chaque fois pire ou plus long, demandé comment en sortir, ou un cercle vicieux ("chaque fois que ça
#: revient c'est pire, comment je m'en sors ?"): la récidive; chaque fois pire demandé comme grave reste grave
_PIRE = r"(?:pire|plus longtemps|plus long|plus fort|plus forte|plus intense|plus violent|plus dur|plus douloureux)"
RECURRENCE_ASKED += (
    r"cercle vicieux\b", r"(?:casser|briser|sortir de|rompre) (?:ce|le|cette) (?:cycle|cercle|spirale)\b",
    r"(?:(?:a )?chaque fois que (?:ca|le mal|la douleur|mon dos|il|elle) (?:revient|reprend|recommence|se reveille|repart)|a chaque (?:rechute|recidive))\b[^?]{0,60}?\b" + _PIRE + r"\b[^?]{0,60}?\b(?:comment (?:je|j'|on|faire|sortir|casser|eviter|m'en)|je fais comment|que (?:faire|puis-je faire)|quoi faire)",
)  # fmt: skip
#: (session 47Q10) Enceinte du deuxième ou du troisième, ou une deuxième grossesse ("deuxième grossesse et me lever est un
#: calvaire, c'est normal ?"): la grossesse d'abord; un enfant plus âgé nommé n'en demande rien
PREGNANCY_ASKED += (
    r"enceinte (?:de |du |d')(?:mon |notre |ma )?(?:deuxieme|second|seconde|troisieme|quatrieme|2e|3e|4e|2eme|3eme)\b",
    r"(?:deuxieme|seconde|troisieme|quatrieme|2e|3e|2eme|3eme) grossesse\b",
)  # fmt: skip
#: (session 47Q10) Les chocs ou les sauts d'un sport demandés comme usant le dos ("je cours 3 fois par semaine, tous ces
#: impacts ça use pas le dos ?"): le sport; un choc ressenti dans le dos n'en est pas un
_CHOCS = r"(?:chocs?|impacts?|secousses?|sauts?|receptions?|rebonds?|vibrations?)"
_USER = r"(?:use|user|usent|abime|abimer|abiment|esquinte|esquinter|mauvais|casse|casser|deteriore|endommage\w*|nocif|nuire)"
SPORT_STOP_ASKED += (
    r"(?:" + _SPORTS_FR + r"|la course\b)\b(?:\W+[\w']+){0,10}?\W+" + _CHOCS + r"\b(?:\W+[\w']+){0,6}?\W+" + _USER + r"\b",
    _CHOCS + r" (?:de|du|des|d') ?(?:la |l')?(?:" + _SPORTS_FR + r"|course)\b(?:\W+[\w']+){0,6}?\W+" + _USER + r"\b",
)  # fmt: skip
#: (session 47Q9) Combien de temps demandé comme une question de jours, de semaines ou de mois ("c'est une question de
#: jours ou de mois ?", "on parle de jours ou de mois ?") : le temps de guérison, avant quand voir un médecin
_DUREES = r"(?:jours|semaines|mois|annees)"
HEALING_BY_ASKED += (
    rf"(?:question|affaire|histoire) de (?:quelques |plusieurs )?{_DUREES} ou (?:(?:de|plutot|plutot de|plutot des|des|quelques|plusieurs) )?{_DUREES}\b",
    rf"(?:on parle|parle-t-on|on compte|on est sur) (?:de |d'|en )?(?:quelques |plusieurs )?{_DUREES} (?:\w+ ){{0,2}}?ou (?:\w+ ){{0,3}}?{_DUREES}\b",
)  # fmt: skip
#: (session 47Q9) La glace contre le chaud en mots nus, ou passer au chaud ("je continue la glace ou je passe au chaud
#: ?") : chaud ou froid. "chaud ou froid" seul ne nomme aucun remède.
_GLACE = r"(?:glace|glacer|glacons)"
_CHAUD = r"(?:chaud|chaude|chaleur)"
HEAT_COLD_ASKED += (
    rf"{_GLACE} (?:[\w']+ ){{0,4}}?ou (?:[\w']+ ){{0,4}}?{_CHAUD}\b",
    rf"{_CHAUD}\b[^?.!]{{0,60}}?\bou (?:[\w']+ ){{0,4}}?{_GLACE}\b",
    r"(?:passer|passe|basculer|bascule) (?:\w+ ){0,2}?(?:au chaud|a la chaleur)\b",
)  # fmt: skip
#: (session 47Q9) Ce qu'une trouvaille de l'imagerie veut dire pour la douleur ("l'irm parle d'un disque qui bombe,
#: c'est ça qui me fait mal ?"), si une imagerie sert à quelque chose, ou "une photo" du dos (une radio en Belgique) :
#: l'imagerie, avant la hernie et la lombalgie commune
SCAN_ASKED += (
    rf"\b(?:{_SCAN_FR}|protocole)\b[^?.!]{{0,120}}?\b(?:c'?est (?:ca|cela|ce) qui (?:me fait mal|cause|provoque|explique)|(?:ca|cela) explique (?:ma|la) douleur|(?:ma|la) douleur vient de (?:la|ca|cela)|c'?est (?:ca |cela )?la (?:cause|raison))\b",
    rf"\b{_SCAN_FR}\b[^?.!]{{0,120}}?\b(?:ca sert (?:a quelque chose|a qqch|a quoi|a rien)|ca vaut (?:la peine|le coup)|interet|utile) (?:[\w']+ ){{0,5}}?(?:fasse|faire|passe|passer)\b",
    r"(?:faire|faut|prendre|passer|voulez|veut|besoin d'?)\b (?:[\w']+ ){0,3}?(?:une |des |la |les )photos? (?:de |du |des )(?:mon |ma |mes |le |la |l')?(?:dos|colonne|bas du dos|lombaires|reins|vertebres)\b",
)  # fmt: skip
#: (session 47Q9) Commencer sans le papier du médecin absent ("je peux commencer sans son papier ?") : l'ordonnance
WITHOUT_REFERRAL_ASKED += (
    r"(?:commencer|demarrer|debuter|commence|demarre)\b(?! (?:a |de )?(?:travailler|bosser|le travail|le boulot|mon travail|mon boulot)\b) (?:[\w']+ ){0,4}?sans (?:son |sa |le |la |l'|un |une |mon |ma |leur )?(?:papier|papiers|mot|lettre|ordo|bon|feuille)\b",
)  # fmt: skip
#: (session 47Q9) Allongé sur le canapé toute la journée demandé comme mauvais, ou continuer à bouger malgré la douleur
#: demandé comme dangereux : repos ou mouvement, avant la gravité. Un signal d'alarme dit avec reste au lecteur des
#: drapeaux rouges.
BED_REST_ASKED += (
    r"(?:allonge|allongee|couche|couchee|assis|assise|affale\w*|vautre\w*)\b (?:[\w']+ ){0,3}?(?:sur|dans) (?:le|mon|un) (?:canape|divan|sofa|fauteuil)\b[^?]{0,100}?\b(?:c'?est|est-ce) (?:\w+ ){0,2}?(?:mauvais|bon|grave|bien|dangereux|nocif)\b",
    r"(?:dangereux|mauvais|risque) (?:[\w']+ ){0,2}?(?:de |d')(?:continuer (?:a |de )?)?(?:bouger|marcher)\b",
    r"(?:abimer|casser|esquinter) (?:[\w']+ ){0,2}?en (?:bougeant|marchant)\b",
)  # fmt: skip
#: (session 47Q9) Personne ne sait dire d'où ça vient ("un muscle ? un nerf ? personne sait me dire d'où ça vient") : la
#: lombalgie commune
NONSPECIFIC_ASKED += (
    r"(?:personne|aucun (?:medecin|docteur|toubib|specialiste)|pas un (?:medecin|docteur))\b(?: [\w']+){0,4}? (?:dire|expliquer|trouver) (?:me |m')?(?:d'?ou (?:\w+ ){0,2}?(?:vient|viennent|provient)|ce qui (?:\w+ ){0,2}?(?:cause|provoque)|la cause|l'origine)\b",
)  # fmt: skip
#: (session 47Q9) Une autre personne avec une affection nommée ("ma tante a une SEP, elle peut venir ?") : autre sujet
OTHER_PERSON_PARTS += (
    r"(?:ma|mon|notre|nos|mes) (?:tante|oncle|grand-mere|grand mere|grand-pere|grand pere|mamie|papy|mere|maman|pere|papa|mari|femme|fils|fille|soeur|frere|cousin|cousine|voisin|voisine|ami|amie|collegue|belle-mere)\b(?:\W+\w+){0,3}?\W+(?:a|avait|souffre|atteint\w*|avec)\b(?:\W+\w+){0,3}?\W+"
    r"(?:se[p]|sclerose en plaque[s]|demenc[e]|alzheime[r]\w*|maladie de charco[t]|bpc[o])\b",
)  # fmt: skip
#: (session 47Q11) Un enfant sujet de la question, son dos ou "mauvais pour lui" demandé après une histoire plus longue
#: ("ma fille de 12 ans porte un cartable très lourd tous les jours, c'est mauvais pour son dos ?"), le dos d'un enfant
#: ("le dos de ma fille") ou celui des enfants en général : un autre patient, pas de sujet ; son propre dos ou sa propre
#: question avec un enfant nommé reste celle de la personne (ni "je", "mon", "me" entre les deux)
_ENFANT_NOMME = (r"(?:ma|mon|notre|nos|mes) (?:fille|fils|enfant|enfants|gamin|gamine|ado|adolescente?|garcon|fillette|petit garcon|petite fille|petit dernier|petite derniere)"
                 r"(?: (?:de|a|qui a) \d{1,2}(?: ans)?)?\b")
_PAS_LA_PERSONNE = r"(?:\W+(?!je\b|j\b|me\b|m\b|moi\b|mon\b|ma\b|mes\b)\w+){0,18}?\W+"
OTHER_PATIENTS += (
    _ENFANT_NOMME + _PAS_LA_PERSONNE + r"(?:son|sa|leur) (?:\w+ )?(?:dos|colonne|posture)\b",
    _ENFANT_NOMME + _PAS_LA_PERSONNE + r"(?:mauvais|bon|dangereux|grave|normal|nocif|nefaste|trop|ok|sans danger) (?:\w+ )?pour (?:lui|elle|eux)\b",
    r"(?:le|au|du) dos (?:de|d') ?(?:ma|mon|notre|nos|mes) (?:fille|fils|enfant|enfants|gamin|gamine|ado|adolescente?|garcon|fillette)\b",
    r"(?:le|au|du) dos (?:des|d'un|d'une|de nos|de mes) (?:enfants?|ados|adolescents?|ecoliers?|jeunes)\b",
)  # fmt: skip
#: (session 47Q11) Où faire un examen, "où" après une virgule ou une ville ("je suis à namur, où puis-je faire une radio
#: ?") : l'affaire d'un autre service (comme 39P) ; si un examen est nécessaire reste la question de l'imagerie
PRACTICE_MATTERS += (
    rf"\bou (?:est-ce (?:que|qu')|est ce (?:que|qu')|puis-je|puis je|peut-on|peut on|pourrais-je|pourrait-on|pourrions-nous|aller) ?(?:\w+\W+){{0,3}}?(?:passer|faire|obtenir|avoir) (?:une |un |mon |ma |l')?{_SCAN_FR}\b",
)  # fmt: skip
#: (session 47Q11) Passer ou venir chez vous un jour proche ("je peux passer chez vous demain ?") : une place demandée,
#: pas quand voir un médecin
FREE_SLOT_ASKED += (
    r"(?:je|on|nous) (?:peux|peut|pourrais|pourrait|pourrai|pourrions|pouvons) (?:passer|venir)(?: vous voir| chez vous| au cabinet)? (?:demain|apres-demain|aujourd'hui|ce matin|ce midi|ce soir|cet apres-midi|cette semaine|la semaine prochaine)\b",
)  # fmt: skip
#: (session 47Q11) "en général" n'est pas "généraliste" (le même radical ; "en" coupe la question en parties, d'où le mot
#: seul) : aucun mot de quand voir un médecin ("médecine générale" a son "médecin")
NO_EVIDENCE_WORDS += (r"general(?:e|es|aux|ement)?",)
#: (session 47Q11) Combien de temps pour guérir ou partir ("ça met combien de temps à guérir ?", "ça guérit en combien de
#: temps ?") : la durée de guérison d'abord (pas "avant de passer chez le médecin" : quand voir un médecin)
HEALING_BY_ASKED += (
    r"combien de temps (?:\w+ ){0,3}?(?:a |pour |avant de |qu'il faut pour )?(?:guerir|cicatriser|disparaitre|aller mieux|s'en remettre|se remettre|partir(?! (?:de|du|des|d'|en|au|a)\b))\b",
    r"(?:guerit|guerira|part|partira|disparait|disparaitra|ira mieux) en combien de (?:temps|jours|semaines)\b",
)  # fmt: skip
