"""Session 24, helper R: red-flag misses and false alarms noticed on the helpers' own probes last session.

1. Legs that gave way, told in the past (one event) and the forms the present missed: "mijn benen vielen onder me weg",
   "gingen mijn benen onder mij vandaan", "mijn benen gaven het op", "lieten me in de steek", "mes jambes sont parties
   sous moi", "se sont effondrees", "ma jambe s'est derobee", "my legs gave up on me", "let me down": weakness getting
   worse, both legs when the legs are plural. A slip told first ("ik gleed uit op het ijs en ...", "slipped on the ice and
   my legs went from under me") stays the slip, as _swept_by_slip reads it; a denial stays none.
2. Dutch urine words beyond "plas*": "geplast", "uitgeplast", "gepist", "wateren", "urineren" read as the bladder
   ("gepast", "piste" do not); and the bladder still full after going ("my bladder still feels full", "mijn blaas is nog
   altijd vol", "ma vessie est encore pleine"; not "ma vessie n'est pas encore pleine").
3. The saddle area as "derriere" after "au"/"du" ("je sens plus rien au niveau du derriere") and English "my behind"
   (not "j'ai mal au derriere", "derriere la cuisse", "left my phone behind").
4. A pain denied with peeing is no bladder sign: "i dont have any pain when i pee", "it didnt hurt when the wee came out",
   "het brandt niet bij het plassen", "je ne sens pas de douleur quand j'urine"; not feeling the act itself, a leak with
   the pain, "cant pee without pain" and "j'ai pas mal de fuites" (many leaks) stay.
5. The need to go told of a doctor, not the toilet: "never felt the need to go to the gp" (the Dutch and French twins were
   read right already); "never felt the need to go, it just came out" stays.
6. The pain's place named as a position is no night pain: "the pain is on my left side and on my back, nothing helps", "de
   pijn zit op mijn zij", "j'ai mal sur le cote et dans le dos, rien n'y fait"; the positions tried, or the lying told,
   stay night pain.
7. A fever gone only while a fever-lowering pill works is a fever (the safe side; docs/clinical-rules.md names no such
   case): "de koorts is weg als ik paracetamol neem", "the fever goes away when i take paracetamol", "la fievre est partie
   quand je prends du doliprane"; a fever over with no pill keeping it down stays none.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

BOTH_WORSE = {"leg_weakness": "worsening", "both_legs": True}
WORSE = {"leg_weakness": "worsening"}
SADDLE = {"saddle_numbness": True}
BLADDER = {"bladder_bowel": True}
FEVER = {"fever": True}
NIGHT = {"night_pain": True}
TRAUMA = {"onset": "trauma"}
NONE: dict = {}

CHANGED = [
    # 1. legs that gave way, told in the past (and the present forms that were missing)
    ("gisteren in de keuken vielen mijn benen ineens onder me weg", BOTH_WORSE),
    ("op de trap gingen allebei mijn benen onder mij vandaan", BOTH_WORSE),
    ("vanmorgen gingen mijn benen zomaar onder mij weg", BOTH_WORSE),
    ("mijn beide benen begaven het gisteravond", BOTH_WORSE),
    ("mijn benen gaven het op halfweg de wandeling", BOTH_WORSE),
    ("mn benen lieten me gisteren in de steek", BOTH_WORSE),
    ("mijn linkerbeen ging onder mij weg bij het opstaan", WORSE),
    ("mijn rechterknie ging onder me weg toen ik wou opstaan", WORSE),
    ("ik viel van de trap want mijn benen gingen onder mij weg", {**TRAUMA, **BOTH_WORSE}),
    ("mes jambes sont parties sous moi en sortant du lit", BOTH_WORSE),
    ("hier soir mes deux jambes se sont effondrées sous moi", BOTH_WORSE),
    ("mes jambes m'ont abandonné dans l'escalier", BOTH_WORSE),
    ("ma jambe gauche s'est dérobée ce matin", WORSE),
    ("ma jambe gauche est partie sous moi", WORSE),
    ("my legs gave up on me halfway up the stairs", BOTH_WORSE),
    ("my legs let me down on the way to the shop", BOTH_WORSE),
    ("my left leg let me down on the stairs yesterday", WORSE),
    # 2. urine words beyond "plas", and the bladder still full after going
    ("ik ben net uitgeplast maar het voelt alsof er nog wat overblijft", BLADDER),
    ("ik heb uitgeplast maar het voelt alsof er nog wat in zit", BLADDER),
    ("na het wateren voel ik dat er nog wat achterblijft", BLADDER),
    ("ik heb net gepist en het voelt alsof er nog wat zit", BLADDER),
    ("als ik klaar ben met plassen is mijn blaas nog altijd vol", BLADDER),
    ("after a wee my bladder still feels full", BLADDER),
    ("even after going my bladder is always full", BLADDER),
    ("après avoir fait pipi ma vessie est encore pleine", BLADDER),
    ("j'ai uriné mais la vessie reste toujours pleine", BLADDER),
    # 3. the saddle area as "derriere" after au/du, "my behind"
    ("je sens presque plus rien au niveau du derrière depuis hier", SADDLE),
    ("depuis ce matin je sens plus rien au derrière", SADDLE),
    ("c'est tout engourdi au niveau du derrière", SADDLE),
    ("je ne sens plus rien au niveau du postérieur", SADDLE),
    ("i cant feel a thing round my behind since this morning", SADDLE),
    ("my behind has gone numb", SADDLE),
    # 4. a pain denied with peeing is no bladder sign
    ("it didnt hurt at all when the wee came out", NONE),
    ("I don't have any pain when I pee", NONE),
    ("i barely feel any pain when i wee", NONE),
    ("no burning or anything, it doesnt hurt when i pee", NONE),
    ("je ne sens pas de douleur quand j'urine", NONE),
    ("het brandt niet bij het plassen", NONE),
    ("i dont feel any pain when i pee", NONE),
    # 5. an urge to go elsewhere than the toilet
    ("i never felt the need to go to the gp about it", NONE),
    ("havent had the urge to go see a doctor yet", NONE),
    ("never had the need to go to hospital before", NONE),
    ("not felt the need to go to a physio either", NONE),
    ("never had the urge to go to the doctors until now", NONE),
    ("i never felt the need to go see a specialist", NONE),
    # 6. the pain's place named with a position is no night pain
    ("the pain is in my lower back and on my side, nothing helps", NONE),
    ("it hurts on my back and my hip, nothing works", NONE),
    ("it aches on my back and my side, nothing works", NONE),
    ("ik heb pijn op mijn rug en op mijn zij, niks helpt", NONE),
    ("la douleur se situe sur le côté droit, rien ne marche", NONE),
    ("de pijn zit op mijn zij en op mijn rug, niks helpt", NONE),
    ("het doet pijn op mijn rug, niets helpt", NONE),
    ("la douleur est sur le côté gauche et dans le dos, rien ne soulage", NONE),
    ("j'ai mal sur le côté et dans le dos, rien n'y fait", NONE),
    # 7. a fever kept down by pills is a fever still there
    ("de koorts is weg als ik paracetamol neem", FEVER),
    ("de koorts gaat weg als ik dafalgan neem", FEVER),
    ("i had a fever, its gone as long as i take ibuprofen", FEVER),
    ("my fever is over when im on paracetamol", FEVER),
    ("de koorts is over zolang ik dafalgan neem", FEVER),
    ("ik had koorts, die is weg als ik paracetamol neem", FEVER),
    ("la fièvre est partie quand je prends du doliprane", FEVER),
    ("j'avais de la fièvre, elle est partie tant que je prends du paracétamol", FEVER),
    ("avec le paracétamol la fièvre est partie", FEVER),
    ("de koorts is weg met dafalgan", FEVER),
]

KEPT = [
    # 1. neighbours: the present, the slip, denials, a thing that goes
    ("mijn benen zakken onder mij weg", BOTH_WORSE),
    ("my legs went from under me", BOTH_WORSE),
    ("mes jambes se sont dérobées", BOTH_WORSE),
    ("ik gleed uit op het ijs en mijn benen gingen onder mij weg", NONE),
    ("ik ben van de trap gevallen, mijn voeten gingen onder mij weg", TRAUMA),
    ("i slipped on the ice and my legs went from under me", TRAUMA),
    ("fell down the stairs, my feet went out from under me", TRAUMA),
    ("mijn benen gingen niet onder mij weg, ik ben gewoon gestruikeld", TRAUMA),
    ("mes jambes ne se sont jamais dérobées", NONE),
    ("my legs never gave up on me", NONE),
    ("mijn rug gaf het op na het verhuizen", NONE),
    ("la douleur a cédé avec le repos", NONE),
    ("the dog let me down by running off", NONE),
    # 2. urine words: all well, and real neighbours
    ("ik heb geplast en het voelt prima", NONE),
    ("dat is niet gepast", NONE),
    ("ik ben gevallen op de piste", TRAUMA),
    ("ma vessie n'est pas encore pleine", NONE),
    ("ik moet plassen maar verder alles goed", NONE),
    ("i need a wee, my bladder is full", NONE),
    # 3. saddle: the pain, another derriere
    ("j'ai mal au derrière", NONE),
    ("je sens bien mon derrière", NONE),
    ("je sens plus rien derrière la cuisse", NONE),
    ("la porte du derrière est coincée", NONE),
    ("i left my phone behind", NONE),
    ("my behind hurts when i sit", NONE),
    # 4. the sign itself stays: not feeling the act, a leak with pain
    ("I can't feel when I pee", BLADDER),
    ("ik voel niet meer wanneer ik moet plassen", BLADDER),
    ("je ne sens pas l'envie d'uriner", BLADDER),
    ("it hurts when i pee and it just leaks out", BLADDER),
    ("i cant pee without pain", BLADDER),
    ("i didnt feel when the wee came out", BLADDER),
    ("ik voelde geen pijn bij het plassen", NONE),
    ("ça ne fait pas mal quand je fais pipi", NONE),
    ("j'ai pas mal de fuites quand je fais pipi", BLADDER),
    # 5. the urge to go: the toilet stays
    ("never felt the need to go, it just came out", BLADDER),
    ("nooit de nood gevoeld om naar de dokter te gaan", NONE),
    ("jamais eu besoin d'aller chez le médecin", NONE),
    ("i dont get the urge to go anymore", BLADDER),
    ("ik voel de aandrang niet meer om te plassen", BLADDER),
    ("je sens plus l'envie d'aller aux toilettes", BLADDER),
    # 6. night pain with the lying told stays
    ("nothing helps at night, whatever position", NIGHT),
    ("it hurts on my back lying down, nothing helps", NIGHT),
    ("on my side, on my back, nothing helps", NIGHT),
    ("op mijn rug, op mijn zij, niets helpt", NIGHT),
    ("sur le dos, sur le côté, rien ne soulage", NIGHT),
    ("couché sur le dos ou sur le côté, rien ne soulage", NIGHT),
    # 7. a fever over, with no pill keeping it down
    ("had a fever last week but its gone now", NONE),
    ("de koorts is al drie dagen weg", NONE),
    ("la fièvre est partie depuis lundi", NONE),
    ("took paracetamol for my headache, no fever", NONE),
    ("met paracetamol is de koorts weg maar daarna", FEVER),
    ("the fever goes away when i take paracetamol", FEVER),
    ("la fièvre part quand je prends du doliprane", FEVER),
    ("mon genou droit a cédé d'un coup", WORSE),
    ("both my legs just folded under me this morning", BOTH_WORSE),
    ("als ik geplast heb voelt het alsof mijn blaas niet leeg is", BLADDER),
    ("je sens presque pas de douleur quand je fais pipi", NONE),
    ("it aches on my left side, nothing helps", NONE),
    ("het deed geen pijn toen ik gewaterd had", NONE),
    ("i wet the bed last night and didnt notice", BLADDER),
    ("j'ai fait pipi au lit sans m'en rendre compte", BLADDER),
    ("ik neem paracetamol voor de pijn, geen koorts", NONE),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
