"""Session 24, helper S, after blind refresh 35/21: three kinds of red flag that were told and not read.

1. Night pain no position eases, told as the positions tried and nothing giving relief: the progressive of Indian and West
   African English ("nothing is helping", "nothing is giving any relief"), "the full night", "on back" with no article, no
   position found that helps ("cant find a position that eases it", "j'arrive pas a trouver une position qui me soulage");
   Dutch positions with "m'n" ("op mn zij, op mn rug, ... niks helpt"), Limburgs "gein hawding" (geen houding); French "rien ne
   me soulage", "rien ne me donne de soulagement", "sur mon cote, sur mon dos, rien n'y fait".
2. The bladder told as a weak stream ("when i wee it hardly flows", "my pee just trickles out", "plassen gaat stroef",
   West-Vlaams "pissn gaot stroef", "drupke per drupke", "ca coule a peine", "le jet sort difficilement"), and the West-Vlaams saddle told by wiping ("bie t afvaegn voelen
   kik ... nie": kik = ik, voelen kik = voel ik); Limburgs "gein gevuul" (geen gevoel).
3. The bowel or bladder found afterwards in one's own underwear: the French slang ("souille mon calbar", "fait dans mon
   calcif"), the Dutch "vuile onderbroek ... niks gevoeld", "in mijn onderbroek gepoept". Not paint, mud, coffee or the laundry
   basket; and "sali mon pantalon avec de la peinture", read before as a leak, is none now.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

NIGHT = {"night_pain": True}
BLADDER = {"bladder_bowel": True}
SADDLE = {"saddle_numbness": True}

CHANGED = [
    # 1. night pain, every position tried, nothing eases it
    ("lying on my side, on my back, nothing is working", NIGHT),
    ("in bed i try on my side and on my back, nothing is helping at all", NIGHT),
    ("on my side, on my back, pillow between my knees, nothing is giving any relief", NIGHT),
    ("at night its bad. on me side, on me back, nothing is helping", NIGHT),
    ("at night i cant find a position that eases it", NIGHT),
    ("i cant find a position that helps", NIGHT),
    ("the ache is there the full night", NIGHT),
    ("it aches the full night through", NIGHT),
    ("at night i lie on back, then on side, nothing is helping", NIGHT),
    ("s nachts is het erg. op mn buik, op mn rug, niks helpt", NIGHT),
    ("op me buik, op me zij, niks helpt", NIGHT),
    ("s nachts gein hawding die hilpt", NIGHT),
    ("ich vin gein enkele hawding in bed", NIGHT),
    ("la nuit j'ai essaye sur le cote, sur le dos, un coussin sous les genoux, rien ne me soulage", NIGHT),
    ("la nuit c'est l'horreur. sur le flanc, sur le dos, coussin entre les jambes, rien ne me donne de soulagement", NIGHT),
    ("j'arrive pas a trouver une position qui me soulage la nuit", NIGHT),
    ("la nuit c'est terrible. sur mon cote, sur mon dos, rien n'y fait", NIGHT),
    ("sur mon ventre, sur mon cote, rien ne me calme", NIGHT),
    # 2. a weak stream; the West-Vlaams saddle told by wiping
    ("i keep trying to wee and it hardly flows", BLADDER),
    ("i strain on the loo and the wee barely gets out", BLADDER),
    ("my pee just trickles out", BLADDER),
    ("plassen gaat stroef", BLADDER),
    ("het plassen gaat heel stroef sinds gisteren", BLADDER),
    ("pissn gaot stroef", BLADDER),
    ("wateren gaat moeizaam", BLADDER),
    ("bij t plassen komt het er nog drupke per drupke uit", BLADDER),
    ("quand je pisse ca coule a peine", BLADDER),
    ("j'essaie d'uriner et ca sort a peine", BLADDER),
    ("pour uriner le jet sort difficilement", BLADDER),
    ("aux toilettes ca vient en petit filet", BLADDER),
    ("pour faire pipi ca sort par a coups", BLADDER),
    ("as kik mijn poep afvaeg voel kik niks", SADDLE),
    ("bie t afvaegn voelen kik van onder nie veel", SADDLE),
    ("ich heb gein gevuul in mien gat", SADDLE),
    # 3. own underwear found soiled, not felt
    ("hier soir j'ai souille mon calbar sans m'en apercevoir", BLADDER),
    ("j'ai fait dans mon calbute sans m'en rendre compte", BLADDER),
    ("je me suis rendu compte que j'avais souille mon calcif", BLADDER),
    ("cette nuit j'ai souille mon slibard", BLADDER),
    ("vuile onderbroek vanmorgen en ik heb niks gevoeld", BLADDER),
    ("bevuilde boxer vanochtend, niks van gevoeld", BLADDER),
    ("ik had in mijn onderbroek gepoept zonder het te voelen", BLADDER),
    ("ik heb in mn slip gekakt en niks gemerkt", BLADDER),
    # ... and a false alarm of the bare "sali mon pantalon": paint is no leak
    ("j'ai sali mon pantalon avec de la peinture", {}),
]

KEPT = [
    # 1. night: a position that helps, a good night, no position told
    ("lying on my side helps, nothing is wrong", {}),
    ("i found a position that helps at night", {}),
    ("i had a full night of sleep without pain", {}),
    ("i slept the full night, no pain", {}),
    ("on my side, on my back, pillow between my knees, nothing helps", NIGHT),
    ("at night curled up, flat, on me front, nothing helps", NIGHT),
    ("op mijn zij met een kussen tussen mijn knieen helpt het", {}),
    ("s nachts is het niet te harden. op mn zij, op me rug, in de zetel, niks helpt", NIGHT),
    ("ik heb voor de gein s nachts mijn benen gestrekt", {}),
    ("s nachts kan ik geen houding vinden die helpt", NIGHT),
    ("j'ai trouve une position qui me soulage, sur le cote", {}),
    ("sur le cote avec un coussin entre les genoux ca me soulage bien", {}),
    ("la nuit aucune position ne soulage", NIGHT),
    # 2. a stream told fine, things that barely come out that are no urine, stiff doors and knees
    ("i went to the toilet and the pain barely comes on", {}),
    ("i peed fine, the coffee barely came out of the machine", {}),
    ("after i pee the water only trickles out of the tap", {}),
    ("i go to the loo and it comes out just fine", {}),
    ("the toilet only just came free when i pulled", {}),
    ("when i try to wee it hardly comes out", BLADDER),
    ("de deur gaat stroef", {}),
    ("mijn knie gaat stroef bij het plassen", {}),
    ("plassen gaat goed", {}),
    ("plassen gaat moeilijk, het komt er druppel per druppel uit", BLADDER),
    ("hij gaf geen kik toen ik plaste, voor de gein", {}),
    ("als ik mijn gat afveeg voel ik niks", SADDLE),
    ("ca sort goutte a goutte quand je fais pipi", BLADDER),
    ("le robinet coule goutte a goutte", {}),
    ("le cafe coule a peine", {}),
    ("pipi ok, le nez ca coule a peine", {}),
    ("j'ai fait pipi et ca sort normalement", {}),
    # 3. underwear soiled by paint, mud, coffee; the laundry; others' soiled pyjamas
    ("j'ai sali mon calbut avec du cafe", {}),
    ("j'ai sali mon boxer de cambouis en reparant la moto", {}),
    ("il a souille son pyjama", BLADDER),
    ("vuile onderbroek van de modder, niks van gemerkt", {}),
    ("vieze boxer in de wasmand, ik heb niks gevoeld in mijn rug", {}),
    ("ik heb mijn broek vuilgemaakt met verf", {}),
    ("i spilled coffee on my pants", {}),
    ("i soiled my boxers and never felt it", BLADDER),
    ("my wee is only dribbling out", BLADDER),
    ("when i go to the toilet the wee only dribbles out slowly", BLADDER),
    ("als ik plas komt het er maar druppeltje per druppeltje uit", BLADDER),
    ("je m'apercois que j'ai souille mon boxer", BLADDER),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
