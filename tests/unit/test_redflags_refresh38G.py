"""Session 38, round G (issue 12): a near fall told with the fall denied, then asked whether it counts as a fall, read as a fall.

A ladder or a foot that slid, the person caught themselves, "didn't fall, nothing hit", and then "does that count as a fall?",
"telt dat als een val?", "ca compte comme une chute ?": the question's own "a fall" set the trauma onset. The question is already
read as told in general (the packs' GENERAL_SUBJECT, session 30Y), but a sign so asked is dropped only when the person's own is
told fine, and a fall denied counted as no telling. Changed:

1. bot/reading/redflags.py _fall_told_denied, read for "onset" by _TOLD_FINE_BY (_own_told_fine): the person's own fall denied
   (the packs' new FALL_DENIED, en, nl, fr: "didnt fall", "never actually fell", "no fall", "niet gevallen", "ik viel niet",
   "zonder te vallen", "pas tombe", "pas de chute", "sans tomber"; or a trauma word denied right before it or inside its match)
   counts as told fine, only when the person's own words read no trauma.
2. GENERAL_SUBJECT (en, nl, fr): the question whether it is a fall or an accident for the one asked: "would you call that a
   fall?", "does that count as an accident for you?", "is dat een val voor jullie?", "wordt dat als een ongeval beschouwd?",
   "zien jullie dat als een val?", "c'est considere comme une chute ?", "vous considerez ca comme une chute ?" ("u" is read
   "you" by the normaliser: "voor you").
3. Blows that the fall's question used to hide (the safe side, "a blow told" is kept): nl NOT_A_FALL's "viel tegen" (a
   disappointment) not before a body part ("de ladder viel tegen mijn rug" is a blow), and a fr TRAUMA_PATTERNS for a thing
   that struck the back ("l'echelle m'a cogne le dos", "la porte m'a frappe dans le bas du dos").

Kept: the question after a real fall ("i slipped and landed on my bum, does that count as a fall?"), a fall told bare ("i fell,
does that matter?"), the question alone ("what counts as a fall?"), a blow told beside the denial ("i didn't fall but the ladder
hit my back"), a near fall ("i nearly fell", "j'ai failli tomber": read as today), another fall told after the denial, other
signs told beside a denied fall, "het viel me tegen".
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

T = {"onset": "trauma"}
CHANGED = [
    # en: the fall denied, then asked whether it counts
    ("i didn't fall. does that count as a fall?", {}),
    ("the ladder slid on the patio, i grabbed the gutter and climbed down, didn't fall, didn't hit anything, does that count as a fall?", {}),
    ("my heel skidded on the wet bathroom floor, caught the sink, did not fall. is that considered a fall?", {}),
    ("missed the bottom stair in the dark, grabbed the newel post, didn't fall over. does that count as an accident for you?", {}),
    ("nearly went over on the ice but caught myself, no fall, nothing hit. is that classed as an accident?", {}),
    ("the stepladder wobbled while i was painting the ceiling, i grabbed the door frame and got down, didn't fall, nothing hit me. "
     "does that count as a fall?", {}),
    ("lost my footing on the icy drive yesterday, managed to stay upright, didn't fall at all, back is stiff since. is that classed as a fall?", {}),
    ("the chair tipped back while i was reaching up, i caught myself on the table, did not fall, didn't bang anything. "
     "does this count as an accident?", {}),
    ("i didn't fall, i just caught myself on the worktop when my knee buckled. do you count that as a fall?", {"leg_weakness": "worsening"}),
    # nl (incl. Flemish)
    ("ik zat op de ladder de haag te scheren, de ladder gleed weg, ik ben niet gevallen, telt dat als een val?", {}),
    ("ik ben van mijn fiets gestapt toen hij wegschoof, niet gevallen, wordt dat als een ongeval beschouwd?", {}),
    ("mijn schoen gleed weg op de stoep, niet gevallen en nergens tegen gebotst, is dat een val volgens de dokter?", {}),
    ("de ladder schoof weg toen ik de dakgoot aan het kuisen was, ik heb me aan de goot vastgehouden, niet gevallen, nergens tegen "
     "gebotst. telt dat als een val?", {}),
    ("ik gleed uit op de natte tegels maar kon me aan de leuning vasthouden, ik ben niet gevallen. is dat een val voor jullie?", {}),
    ("mijn voet schoof weg op het ijs, ik bleef recht staan, niet gevallen hoor, maar mijn rug is sindsdien stijf. telt dat als een ongeval?", {}),
    ("de stoel kiepte achterover, ik greep de tafel en ben nie gevallen. wordt dat als een val gezien?", {}),
    ("ik struikelde over de drempel maar ving mezelf op, geen val, niks geraakt. geldt dat als een val?", {}),
    ("ik verloor bijna mijn evenwicht op de ladder maar ik ben zonder te vallen naar beneden geraakt, rug doet nu zeer. telt dat als "
     "een val voor u?", {}),
    # nl: a blow the question used to hide
    ("de kast viel tegen mijn onderrug", T),
    # fr
    ("je suis pas tombee, ca compte comme une chute ?", {}),
    ("en descendant de l'escabeau il a glisse, je me suis tenu au mur, sans tomber. est-ce que ca compte comme une chute ?", {}),
    ("mon pied a glisse sur la marche, pas tombe du tout, rien cogne, c'est compte comme un accident ?", {}),
    ("j'ai glisse sur le carrelage mouille mais je me suis rattrape au lavabo, pas tombe du tout. ca compte comme une chute ?", {}),
    ("l'escabeau a bouge pendant que je peignais, je me suis tenue au mur, je suis pas tombee, rien cogne. c'est considere comme une chute ?", {}),
    ("mon pied a derape sur le verglas, je suis reste debout, pas de chute, mais le dos est raide depuis. est-ce que ca compte comme un accident ?", {}),
    ("j'ai trebuche sur la marche mais je me suis rattrape sans tomber. vous considerez ca comme une chute ?", {}),
    ("la chaise a bascule, je me suis accroche a la table, jamais tombe. c'est une chute pour vous ?", {}),
    ("le bus a freine fort, je me suis tenu a la barre, pas tombe, ca passe pour un accident ?", {}),
    ("j'ai rate une marche dans l'escalier mais la rampe m'a sauve, je suis pas tombe. ca compte comme une chute pour le medecin ?", {}),
    # fr: a blow the question used to hide
    ("l'echelle m'a frappe dans le dos", T),
]
KEPT = [
    # a real fall, then the question
    ("i slipped and landed on my bum, does that count as a fall?", T),
    ("ik gleed uit en kwam hard op mijn stuit terecht, telt dat als een val?", T),
    ("j'ai glisse et je suis tombe sur les fesses, ca compte comme une chute ?", T),
    ("i tripped and went flat on my face on the pavement, would you call that a fall?", T),
    ("ik ben van de trap gevallen, is dat een ongeval voor jullie?", T),
    ("je suis tombe dans l'escalier, c'est considere comme un accident ?", T),
    # a fall told bare
    ("i fell, does that matter?", T),
    ("ik ben gevallen, maakt dat uit?", T),
    ("je suis tombee, est-ce que ca compte ?", T),
    # the question alone, as today
    ("what counts as a fall?", T),
    ("wat telt als een val?", T),
    ("qu'est-ce qui compte comme une chute ?", T),
    # a blow told beside the denial
    ("i didn't fall but the ladder hit my back, does that count as a fall?", T),
    ("ik ben niet gevallen maar de ladder viel tegen mijn rug, telt dat als een val?", T),
    ("je suis pas tombe mais l'echelle m'a cogne le dos, ca compte comme une chute ?", T),
    ("i didn't fall, but i banged my back hard on the door frame, is that classed as an accident?", T),
    ("niet gevallen, wel met mijn rug tegen de kast geknald, telt dat als een ongeval?", T),
    ("pas tombe mais je me suis cogne le dos contre le mur, ca compte comme un accident ?", T),
    ("the door swung back and smacked me in the lower back, does that count as an accident?", T),
    ("la porte m'a cogne le bas du dos, ca compte comme un accident ?", T),
    ("was in a car crash last week, didn't fall though, does that count as an accident?", T),
    # a near fall, read as today
    ("i nearly fell, does that count as a fall?", T),
    ("ik ben bijna gevallen, telt dat als een val?", T),
    ("j'ai failli tomber, ca compte comme une chute ?", T),
    # another fall told after the denial
    ("i didn't fall off the ladder, i fell off the chair, does that count as a fall?", T),
    ("didn't fall the first time. then i slipped again and fell on my back. does that count as a fall?", T),
    # "fall asleep" is no fall denied
    ("i didn't fall asleep till 4, does that count as a fall?", T),
    # other signs beside a denied fall
    ("no fall, but i can't feel my bum on the toilet paper, does that count as saddle numbness?", {"saddle_numbness": True}),
    ("niet gevallen, maar ik kan niet meer plassen sinds gisteren, telt dat als een noodgeval?", {"bladder_bowel": True}),
    ("pas tombe, mais je sens plus mes fesses, ca compte comme une urgence ?", {"saddle_numbness": True}),
    # "viel tegen" a disappointment, a back not struck
    ("het viel me tegen, mijn rug doet nog pijn", {}),
    ("de fysio viel tegen", {}),
    ("le kine m'a masse le dos", {}),
    # a trauma word of the person's own beside the denial
    ("the bus braked hard and i was thrown forward but held the pole, i didn't fall, does that count as an accident?", T),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
