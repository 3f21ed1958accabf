"""Session 23, helper O, after the blind refresh scored once: bladder signs told as doubt about feeling or emptying, and
"can hardly pee". A new bladder or bowel problem with back pain; "not sure" counts as yes (the safe side).

1. Not sure one can feel the wee, or tell when it starts or ends: "unsure i can still feel the pee", "cant tell if its
   started or if its over", "ik voel niet echt meer of ik aan het plassen ben", "op de wc weet ik niet wanneer ik klaar
   ben", "aux toilettes je peux pas dire si j'ai termine", "je sens plus quand le pipi passe" (not "not sure if I should
   see the GP", "cant tell if its a muscle or a disc", "ik weet niet wanneer het klaar is" of a meal, "je sais pas si
   j'ai fini mes exercices", "don't know if i'm coming or going"). A false alarm of the same family is gone: "not sure if I
   should go to the GP", "not sure if i can go back to work" were read as going to the toilet (a decision, or a place
   after "go", is no going; "cant tell if i need to go to the loo" stays read).
2. Not sure the bladder empties, a feeling something stays behind: "never feel fully empty after a wee", "im not sure my
   bladder empties", "mijn blaas gaat nooit helemaal leeg", "het voelt alsof er nog plas in zit", "j'ai l'impression que
   ma vessie n'est jamais vide", "ma vessie se vide pas bien" (not "my bladder empties fine", "de emmer raakt niet leeg",
   "la salle est jamais vide").
3. Hardly able to pee: "can hardly pee", "barely able to wee", "ik kan nauwelijks plassen", "er komt bijna niks uit als ik
   plas", "j'arrive a peine a faire pipi", "presque rien sort quand j'urine" (not "can hardly wait", "I hardly drink
   water", "barely slept", "ik kan amper slapen", "j'arrive a peine a marcher")."""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

BB = {"bladder_bowel": True}
NONE: dict = {}

CHANGED = [
    # 1. not sure one feels the wee, or when it starts or ends
    ("not sure if I should go to the GP", NONE),  # a false alarm before: "should go" was read as going
    ("dont know if i should go to a and e", NONE),
    ("not sure if i can go back to work", NONE),
    ("not sure if i should go for a walk", NONE),
    ("not sure if i can go on holiday", NONE),
    ("op het toilet weet ik niet goed wanneer ik gedaan heb", BB),
    ("op de pot ben ik niet zeker of het al begonnen is", BB),
    ("bij het plassen twijfel ik of het al gestopt is", BB),
    ("op de wc merk ik niet of het afgelopen is", BB),
    ("je sais pas si j'ai fini de faire pipi", BB),
    ("aux toilettes j'arrive plus à dire quand ça commence", BB),
    ("je sens plus quand ça sort", BB),
    ("im not sure i can still feel the pee anymore", BB),
    ("honestly not sure i can feel myself peeing", BB),
    ("sitting there i cant tell if its started or when its done", BB),
    ("on the loo im not sure if ive finished or not", BB),
    ("at the toilet i dont know when im done any more", BB),
    ("op de wc weet ik niet wanneer ik klaar ben", BB),
    ("aux toilettes je peux pas dire si j'ai terminé", BB),
    ("aux wc je sais pas si j'ai fini", BB),
    ("je sens plus quand ça coule", BB),
    # 2. not sure the bladder empties, something stays behind
    ("ik weet nie of ik mijn blaas goed leeg krijg", BB),
    ("na het plassen voel ik dat er nog wat achterblijft", BB),
    ("als ik plas voelt het of er nog plas in zit", BB),
    ("la vessie est jamais vraiment vide", BB),
    ("après avoir uriné on dirait qu'il en reste encore", BB),
    ("not sure ive emptied my bladder", BB),
    ("after a wee i never feel properly emptied", BB),
    ("i never feel fully empty after a wee", BB),
    ("when i pee it never feels empty", BB),
    ("im not sure my bladder empties properly", BB),
    ("after peeing it feels like theres always some left", BB),
    ("na het plassen voelt het alsof er nog wat in zit", BB),
    ("ik plas en het voelt alsof er steeds iets achterblijft", BB),
    ("j'ai l'impression que ma vessie est jamais vide", BB),
    ("après le pipi j'ai l'impression qu'il en reste", BB),
    ("je suis pas sûr que ma vessie se vide complètement", BB),
    ("quand j'urine j'ai toujours l'impression que c'est pas vide", BB),
    # 3. hardly able to pee
    ("ik krijg er amper iets uit op de wc", BB),
    ("ik krijg haast niks uit", BB),
    ("ik kreeg er zo goed als niks uit", BB),
    ("'k krijg er bijna nikske uit", BB),
    ("j'arrive tout juste à faire pipi", BB),
    ("je parviens à peine à uriner", BB),
    ("presque rien sort", BB),
    ("quasiment rien ne coule", BB),
    ("barely managing to pee", BB),
    ("i can barely pass water", BB),
    ("i can hardly pee", BB),
    ("since yesterday i can barely wee", BB),
    ("barely able to pee this morning", BB),
    ("i can only just about pee", BB),
    ("hardly able to pass water", BB),
    ("ik krijg bijna niks uit als ik moet plassen", BB),
    ("j'arrive à peine à faire pipi", BB),
    ("j'arrive à peine à uriner depuis hier", BB),
    ("je peux à peine pisser", BB),
]

KEPT = [
    # read before and after: neighbours of the three kinds
    ("i cant really feel myself wee these days", BB),
    ("ik voel niet echt meer of ik aan het plassen ben", BB),
    ("ik merk nie goed meer of ik aan het plassen ben", BB),
    ("bij het plassen merk ik niet meer wanneer het gedaan is", BB),
    ("als ik plas voel ik niet goed meer wanneer het stopt", BB),
    ("quand je fais pipi j'arrive plus à savoir si c'est fini", BB),
    ("je sens plus quand le pipi passe", BB),
    ("j'arrive pas à sentir quand je fais pipi", BB),
    ("my bladder feels like theres still some wee in there", BB),
    ("mijn blaas gaat nooit helemaal leeg", BB),
    ("ik twijfel of mijn blaas wel leeg raakt", BB),
    ("mijn blaas voelt nooit echt leeg", BB),
    ("ma vessie se vide pas bien", BB),
    ("ik kan amper plassen", BB),
    ("sinds gisteren kan ik nauwelijks nog plassen", BB),
    ("plassen lukt amper", BB),
    ("quand je fais pipi presque rien ne sort", BB),
    # 1.
    ("can't tell if it's a muscle or a disc", NONE),
    ("i dont know if im coming or going with this pain", NONE),
    ("not sure i can feel the difference with the new mattress", NONE),
    ("cant tell when the pain starts or when its over", NONE),
    ("im not sure if ive finished the course of tablets", NONE),
    ("ik weet niet wanneer het klaar is met die pijn", NONE),
    ("ik weet niet of ik de oefeningen goed doe", NONE),
    ("ik voel niet goed meer of de pijn links of rechts zit", NONE),
    ("je sais pas si j'ai fini mes exercices", NONE),
    ("je sais pas si c'est un muscle", NONE),
    ("je sens plus quand la douleur arrive", NONE),
    # 2.
    ("my bladder empties fine", NONE),
    ("the bottle never feels empty", NONE),
    ("feels like theres always some left to do at work", NONE),
    ("de emmer raakt niet leeg", NONE),
    ("mijn blaas gaat gewoon leeg", NONE),
    ("het voelt alsof er iets vastzit in mijn rug", NONE),
    ("la salle d'attente est jamais vide", NONE),
    ("ma vessie se vide bien", NONE),
    ("j'ai l'impression que mon dos est bloqué", NONE),
    # 3.
    ("i can hardly wait for the appointment", NONE),
    ("I hardly drink water", NONE),
    ("barely slept last night", NONE),
    ("i can hardly walk", NONE),
    ("barely able to stand", NONE),
    ("ik kan amper slapen", NONE),
    ("ik kan nauwelijks lopen", NONE),
    ("ik krijg bijna niks gedaan", NONE),
    ("j'arrive à peine à marcher", NONE),
    ("je dors à peine", NONE),
    ("presque rien ne me soulage", NONE),
    ("i hardly pee at night", NONE),
    ("ik krijg bijna niks uit mijn handen", NONE),
    ("je sens plus quand ça coule du nez", NONE),
    ("presque rien ne sort de la consultation", NONE),
    ("quand je fais du vélo je sais pas si j'ai fini", NONE),
    ("ik weet niet wanneer ik klaar ben met de kine", NONE),
    ("im not sure if ive finished the physio exercises or not", NONE),
    ("cant tell if i need to go to the loo", BB),
    ("i cant tell if the wee has started or when its finished", BB),
    ("i dont know if its coming from my hip or my back", NONE),
    ("le frigo est jamais vide", NONE),
    ("de pijn voelt alsof er iets vastzit", NONE),
    ("i cant feel the flow of energy anymore", NONE),
    ("not sure i can feel the stream of cold air", NONE),
    ("im not sure if its starting or over, the flare up", NONE),
    ("op de wc weet ik niet wanneer de pijn begint", NONE),
    ("na het plassen weet ik niet wanneer de les begint", NONE),
    ("op het toilet ben ik niet zeker of het gestopt is met bloeden", NONE),
    ("aux toilettes je sais pas si ca vient du dos", NONE),
    ("quand je vais aux toilettes je sais pas si c'est normal", NONE),
    ("j'arrive à peine à faire mes courses", NONE),
    ("j'ai l'impression que ma vessie est pas en cause", NONE),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
