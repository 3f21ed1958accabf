"""English words for choosing the language (bot/reading/language.py): lower case.

Every pack provides the same names; the engine (bot/reading/language.py) merges or
compares them for however many packs are registered, and knows no word itself.
Words that exist in another pack's language too (English and Dutch: in, is,
was, had, week, hand, arm, rest, been, me, we, of, over, die, door, want,
links, heel, toe, bed, sport, stress, hernia, spit...) are deliberately in no
lexicon (tests/unit/test_language.py checks that no two lexicons overlap).
"""

#: the title of this language's button (its payload is "lang:<code>")
BUTTON_TITLE = "English"
#: lingua's name of the language (lingua.Language.<name>)
LINGUA = "ENGLISH"
#: what a channel or a setting may call the language ("nl-BE" is cut to "nl")
ALIASES = ('en', 'eng', 'english')

#: words typical of the language: each distinct one is a vote for it
LEXICON = frozenset(
    """
    i i'm im i've ive i'd i'll my mine myself you your you're ur he she it
    its it's they them their this that these those there here the a an and
    but or with without for from to on at about after before since ago
    into onto through down up off out
    not don't dont doesn't doesnt didn't didnt can't cant cannot won't wont
    isn't isnt wasn't wasnt can could should would will do does did have has
    having been't what how where when why which who whats what's hows
    yesterday today tomorrow next weeks days months years year day
    hours night nights morning mornings evening
    one two three four five six seven eight nine ten couple few several
    back lower pain pains painful hurts hurt hurting ache aches aching achy
    sore leg legs knee knees foot feet toes calf calves thigh thighs butt
    bum buttock buttocks groin hips spine spinal disc discs herniated slipped
    sciatica sciatic nerve neck shoulder
    numb numbness tingling tingly pins needles weak weakness worse worst
    better same getting gets got feel feels feeling felt
    doctor doctors gp physio physios physiotherapist physiotherapy
    chiropractor osteopath surgery fever cancer weight lost losing
    stiff stiffness fell fall fallen falling lifting lifted lift bend
    bending twisted twisting twist suddenly sudden gradually slowly slow
    accident crash slipped tripped stairs
    yes just like really very much bit little some any all only both
    left right side walk walking sit sitting stand standing sleep sleeping
    work working gym running run appointment book booking practice
    prescription scan xray mri think know idea sure said says sent went
    came come started take taking took need needs want wants talk
    person thanks thank please pls plz bye goodbye delete data again
    should shoot shooting sharp dull burning stabbing constant
    hello morning afternoon evening good
    january february march june july august october

    """.split()
)

#: fillers that carry no language evidence of their own (yes/no, ok, noise)
FILLERS = frozenset(
    """
    ok okay k kk yes yeah yea yep yup ya ye no nope nah noo hmm hm hmmm mm mmm uh
    uhm um umm eh ah oh oops lol haha hahaha xd xx x hi hey heey hii yo sorry sry
    thx ty
    """.split()
)

#: the language's name, as people type it ("in English please", "Nederlands")
NAMES = frozenset(
    """
    english engels engelse inglish englisch engish enlish englis englsh eng
    anglais
    """.split()
)

#: words allowed around a language name in a request ("can we speak english
#: please", "kan het in het nederlands aub"); anything else is not a choice
REQUEST_WORDS = frozenset(
    """
    in the a an please pls plz plse pleas can could would we you u i me us let lets
    let's do does is there speak speaking talk talking write chat continue go switch
    change to into over version option language prefer rather want would like
    like ok okay yes sorry hi hello hey only just
    """.split()
)

#: a negation makes a language name not a choice ("geen engels")
NEGATIONS = frozenset("no not don't dont doesn't doesnt never can't cant cannot".split())

#: a bare greeting (a first message) in this language; "hi" and "hey" are in no pack
GREETINGS = frozenset(
    """
    hello helo hellow hellooo hiya howdy goodmorning

    """.split()
) | frozenset(
    {
        "hi there",
        "hey there",
        "hello there",
        "good morning",
        "good afternoon",
        "good evening",
        "good day",
        "morning",
        "hello hello",
        "hi hello",
        "hello hi",
        "hi everyone",
        "hello everyone",
    }
)
