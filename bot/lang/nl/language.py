"""Dutch (and Flemish) words for choosing the language (bot/reading/language.py): lower case.

Every pack provides the same names; the engine (bot/reading/language.py) merges or
compares them for however many packs are registered, and knows no word itself.
Words that exist in another pack's language too (English and Dutch: in, is,
was, had, week, hand, arm, rest, been, me, we, of, over, die, door, want,
links, heel, toe, bed, sport, stress, hernia, spit...) are deliberately in no
lexicon (tests/unit/test_language.py checks that no two lexicons overlap).
"""

#: the title of this language's button (its payload is "lang:<code>")
BUTTON_TITLE = "Nederlands"
#: lingua's name of the language (lingua.Language.<name>)
LINGUA = "DUTCH"
#: what a channel or a setting may call the language ("nl-BE" is cut to "nl")
ALIASES = ('nl', 'nld', 'dut', 'dutch', 'nederlands', 'vlaams', 'flemish')

#: words typical of the language: each distinct one is a vote for it
LEXICON = frozenset(
    """
    ik mijn mn m'n mij mijne mijnen je jij jou jouw uw ge gij zijt hij zij ze
    haar ons onze jullie het de een den nen ne da dat dit deze daar hier
    niet nie ni geen niks niets iets alles wat wa hoe waar wanneer waarom
    heb hebt heeft hebben ben zijn word wordt worden kan kunnen kun
    kunt moet moeten mag mogen wil wilt zou zal gaat gaan ga kom komt gekomen
    al ook nog maar toen sinds sedert nu wel zo zoiets graag aub ajb
    alsjeblieft alstublieft asjeblieft bedankt dankjewel dankuwel
    en voor bij aan uit naar van tot onder boven na tegen zonder omdat als
    sinds eergisteren gisteren vandaag morgen vorige volgende ongeveer paar
    dagen weken maanden jaar jaren ochtend avond middag nacht nachts smorgens
    savonds snachts twee drie vier vijf zes zeven acht negen tien twaalf
    anderhalf halve beide allebei alleen enkel soms altijd nooit steeds
    erger beter hetzelfde zelfde erg veel beetje echt zeer goed slecht dag
    pijn pijnen pijnlijk rug rugpijn onderrug rugklachten lage lenden
    lendenpijn benen knie knieën voet voeten tenen teen kuit dij dijbeen bil
    billen heup heupen nek schouder zitvlak liesstreek lies
    dokter dokters huisarts huisdokter arts spoed kine kinesist kinesisten
    kinesitherapeut kinesitherapie fysio fysiotherapeut fysiotherapie
    fysiopraktijk osteopaat ischias rughernia zenuw zenuwpijn
    tintelingen tinteling tintelt doof dove gevoelloos verdoofd slap zwak
    zwakker krachteloos koorts kanker gewicht afgevallen vermagerd
    stijf stijfheid geblokkeerd vast gevallen val ongeval ongeluk tillen
    opheffen optillen opgetild gebukt bukken draaien gedraaid plots
    plotseling ineens geleidelijk langzaam uitstralend straalt uitstraling
    trekt scheut schoot stekende zeurende branderig hoesten niezen plas
    blaas stoelgang ophouden voelen voel voelt gevoel zitten zit staan
    sta stappen lopen loop wandelen fietsen sporten slapen slaap liggen
    rechtstaan zetel werk werken afspraak praktijk voorschrift terugbetaald
    rusten bewegen oefeningen weet weten denk idee snap bedoel spreken
    bellen iemand gegevens wissen verwijder verwijderen opnieuw beginnen
    begonnen gebeurd zwanger apotheek neem nemen genomen
    allee amai goesting efkes effe seffens kzen kheb kga kben kzit kweet
    goeiemorgen goedemorgen goeiemiddag goedemiddag goeienavond
    goedenavond goeiedag goedendag hallo doei daag ziens
    ja nee neen

    """.split()
)

#: fillers that carry no language evidence of their own (yes/no, ok, noise)
FILLERS = frozenset(
    """
    ok oke oké okee okey okido oki k kk ja jaa jaaa jep jup jawel nee neen nein
    nee-nee hmm hm hmmm mm mmm uh uhm um eh ehm euh euhm ah oh oeh oei oeps lol haha
    hahaha hihi xd xx x hi hey hee hej hoi heey hii sorry sry merci dank
    """.split()
)

#: the language's name, as people type it ("in English please", "Nederlands")
NAMES = frozenset(
    """
    nederlands nederlandse nederlans nedelands nl dutch vlaams vlaamse flemish
    hollands ned
    néerlandais neerlandais flamand
    """.split()
)

#: words allowed around a language name in a request ("can we speak english
#: please", "kan het in het nederlands aub"); anything else is not a choice
REQUEST_WORDS = frozenset(
    """
    in het de aub ajb svp graag alsjeblieft alstublieft asjeblieft alsublieft naar
    op over versie taal kan kun kunt kunnen je jij ge gij u mag mogen ik we wij dat
    dit ook liever wil wilt spreek spreekt spreken praten schrijven verder doen gaan
    overschakelen veranderen wisselen zetten ok oke oké yes ja sorry hi hallo hoi
    hey enkel alleen
    """.split()
)

#: a negation makes a language name not a choice ("geen engels")
NEGATIONS = frozenset("niet nie ni geen nooit".split())

#: a bare greeting (a first message) in this language; "hi" and "hey" are in no pack
GREETINGS = frozenset(
    """
    hallo hoi hoihoi goeiemorgen goedemorgen goeiemoarn goeiemiddag
    goedemiddag goeienavond goedenavond goeieavond goeiedag goedendag
    goededag dag daag dagdag hallootjes hallo's

    """.split()
) | frozenset(
    {
        "goede morgen",
        "goeie morgen",
        "goede middag",
        "goeie middag",
        "goede avond",
        "goeie avond",
        "goeden avond",
        "hallo daar",
        "hallo allemaal",
        "hoi hoi",
        "dag dag",
        "hallo hallo",
        "goeiedag allemaal",
        "dag allemaal",
    }
)
