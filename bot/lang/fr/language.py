"""French (Belgian) words for choosing the language (bot/reading/language.py): lower case.

Every pack provides the same names; the engine (bot/reading/language.py) merges or
compares them for however many packs are registered, and knows no word itself.
Words that exist in another pack's language too are deliberately in no
lexicon (tests/unit/test_language.py checks that no two lexicons overlap), and
this lexicon leaves out French words that are also English or Dutch words
(but "mal": "mal au dos" is the French first message, Dutch "mal" (silly) is
rare in a back-pain message, and no Dutch message of the tables moves; "tombe": "chui tombe dans
lescalier", the Dutch "tombe" (a grave) is rarer still; and "rein": "un tour de rein" is the lay word for
acute low back pain, English "rein" (of a horse) and archaic Dutch "rein" (pure) hardly come up in one): pas (Dutch "only just"), au (Dutch "ouch"), dans (Dutch
"dance"), hier (Dutch "here"), dit (Dutch "this"), bas, colonne, bassin (Dutch
too), la, ma, me, te, de, en, on, son, ton, ta, as, car, plus, pour, par, encore,
accident, normal, radio, sport, grave, aide, chute, lever, descend, reins, chose,
pendant, comment, gauche, séance, canapé, voilà, rendez-vous (English too), je, les,
mes, lui, vos, truc, nerf, velo, vélo, kiné (Flemish writes "de kiné", "ne
velo"; "les" is a Dutch lesson, "mes" a knife, "lui" lazy), kinesitherapie, lumbago, gsm, allez, dikke, merci (Flemish
say it: a filler). The language keeps its accents here (bot/reading/text.py
``keep_accents=True``), so a word is listed with and without them ("fièvre",
"fievre").
"""

#: the title of this language's button (its payload is "lang:<code>")
BUTTON_TITLE = "Français"
#: lingua's name of the language (lingua.Language.<name>)
LINGUA = "FRENCH"
#: what a channel or a setting may call the language ("fr-BE" is cut to "fr")
ALIASES = ('fr', 'fra', 'fre', 'french', 'francais', 'français', 'frans')

#: words typical of the language: each distinct one is a vote for it
LEXICON = frozenset(
    """
    j'ai jai j'suis jsuis chui chuis j'me jme j'en jen j'sais jsais jsp j'peux jpeux jveux
    jvais jvoudrais j'avais javais moi mon toi tes il elle ils elles nous vous votre
    leur leurs le du des aux une et est suis sommes êtes sont ai avons avez ont c'est
    cest c'était cétait cetait ça ce cette ces qui que qu' quoi quand pourquoi où
    avec sans sur sous depuis après apres avant très tres trop beaucoup bcp peu
    rien jamais toujours tjs déjà deja aussi vraiment bien mais donc comme chez entre
    parce pcq psk tout tous toute toutes quelques plusieurs quelque personne
    n'ai n'est n'arrive m'a m'ont qu'il qu'elle qu'est-ce est-ce s'il t'as
    mal dos douleur douleurs douloureux douloureuse jambe jambes genou genoux pieds orteil
    orteils mollet mollets cuisse cuisses fesse fesses hanche hanches lombaire
    lombaires lombalgie lombalgies sciatique hernie discale disque vertébrale
    vertebrale vertèbre vertebre vertèbres vertebres aine entrejambe vessie selles
    uriner pipi engourdi engourdie engourdis engourdissement fourmillements fourmillement
    fourmis picotements picote faiblesse faible fièvre fievre poids maigri perdu tombé
    tombée soulevé souleve soulever porté bloqué bloque bloquée coincé coince
    coincée tordu médecin medecin généraliste generaliste docteur toubib
    kinésithérapeute kinesitherapeute kinésithérapie kinésiste ostéopathe osteopathe
    ordonnance mutuelle mutualité mutualite rdv séance séances
    urgence urgences hôpital hopital pharmacie pharmacien anti-inflammatoire
    anti-inflammatoires antidouleur antidouleurs comprimés comprimes irm
    enceinte grossesse tumeur
    marcher marche assis assise debout dormir dors levé lève leve pencher penche
    descendre sais peux pouvoir veux voudrais voulais faut faire fais
    peut vais aller allé était etait avais avait mettre travaille travail boulot
    chantier voiture escaliers escalier chaussettes déménagement
    lescalier lescaliers l'escalier l'escaliers tombe tombee tombees jsui jpe jpeu jpx jsé jspa chais chaispas chepa
    chépa jpense jcrois jdois jsens jfais jmarche jpourrais jtrouve
    demenagement tousse tousser éternue arrivé
    aujourd'hui aujourdhui demain matin soir nuit semaine semaines jours jour mois ans
    année annee heures lundi mardi mercredi jeudi vendredi samedi dimanche deux trois
    quatre cinq huit neuf dix quinze vingt trente septante nonante huitante
    droite côté haut peur aidez aidez-moi besoin dites fois tantôt
    tantot endéans endeans savez peut-être ptet bref hein normalement
    problème probleme souci soucis maintenant mtn parler
    faisant fait faites ménage sens sentir senti mauvais mauvaise mieux pire boite boiter
    raide raideur irradie brûlure brulure élancement lancinant couché allongé allonger
    asseoir soulager soulagement aider m'aider pourriez pourrais pouvez voulez faudrait dois
    doit devrais quel quelle quels quelles combien ouvert prendre prends pris donné réveille
    réveillent mari fils fille enfant enfants jusqu'au
    jusqu'à jusque ici entorse parle parlez néerlandais neerlandais anglais flamand
    bonjour bonsoir salut coucou slt bjr mdr ptdr dsl désolé desole svp stp tkt
    un crois croit croyais pense pensais portant portais bière biere bières bieres écrire ecrire rein

    """.split()
)

#: fillers that carry no language evidence of their own (yes/no, ok, noise)
FILLERS = frozenset(
    """
    oui ouais ouai ouii ouiii non nan nn bah bof euh heu hmm hm ok okay oké d'accord dacc dac
    merci mercii ah oh oups ouille aïe aie lol haha xd
    """.split()
)

#: the language's name, as people type it ("en français svp", "in het Frans", "French please")
NAMES = frozenset(
    """
    français francais française francaise francias fancais francai fransais frençais
    french frensh frans franse
    """.split()
)

#: words allowed around a language name in a request ("en français svp", "parlez-vous
#: français", "on peut parler en francais?"); anything else is not a choice
REQUEST_WORDS = frozenset(
    """
    en le la s'il vous plaît plait svp stp parler parlez parlez-vous parles parles-tu parle
    pouvez-vous pouvez pouvons-nous pouvons nous on peut peut-on peux je j'aimerais
    jaimerais voudrais préfère prefere préférerais préfèrerais langue version oui merci
    bonjour salut est-ce que qu'on possible c'est continuer passer changer écrire ecrire
    discuter tu moi seulement uniquement plutôt plutot dites pardon
    """.split()
)

#: a negation makes a language name not a choice ("pas en français")
NEGATIONS = frozenset("pas jamais ne n' aucun".split())

#: a bare greeting (a first message) in this language; "hi" and "hey" are in no pack
GREETINGS = frozenset(
    """
    bonjour bonsoir salut coucou slt bjr allo allô bonjoir bonjours

    """.split()
) | frozenset(
    {
        "bonjour madame",
        "bonjour monsieur",
        "bonjour à tous",
        "bonjour a tous",
        "salut à tous",
        "salut a tous",
        "bonsoir madame",
        "bonsoir monsieur",
        "bonjour bonjour",
        "salut salut",
        "coucou coucou",
        "bien le bonjour",
        "bonjour docteur",
        "bonjour à vous",
        "bonjour a vous",
    }
)
