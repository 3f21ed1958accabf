"""Red flags (session 18, helper A): the saddle area told by images, and signs told for a relative.

Kinds from a blind refresh, in general form with en/nl/fr twins: wiping as through a cushion, unsure whether the paper
touches, the seat not felt under one, numb as from a dental injection (also "... after the dentist ? same but down
there" across the question mark), wiping as with someone else's hand; a message typed by a relative in West-Flemish;
a relative's current signs read as the patient's when the message tells their back pain now, and a relative soiling
themself.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

SADDLE = {"saddle_numbness": True}
BB = {"bladder_bowel": True}
BOTH = {"saddle_numbness": True, "bladder_bowel": True}
LEGS = {"both_legs": True, "leg_numbness": True, "leg_weakness": "worsening"}

CHANGED = [
    # wiping as through something soft
    ("when i wipe its like wiping a cushion", SADDLE),
    ("its like wiping a pillow down there", SADDLE),
    ("when i wipe it feels like im wiping through a sponge", SADDLE),
    ("alsof ik met een kussen afveeg", SADDLE),
    ("als ik me afveeg is het precies of ik door een spons veeg", SADDLE),
    ("comme si je m'essuyais à travers un coussin", SADDLE),
    ("quand je m'essuie on dirait que je le fais avec une éponge", SADDLE),
    # unsure whether the paper touches
    ("cant tell if the tissue is touching me when i wipe", SADDLE),
    ("weet nie of het wc-papier me wel raakt", SADDLE),
    ("kan niet zeggen of het papier me raakt", SADDLE),
    ("je sais pas si le papier me touche", SADDLE),
    # the seat not felt under one
    ("the chair felt like it wasnt there under my bum", SADDLE),
    ("on the loo it was like the seat wasnt there", SADDLE),
    ("raar, de stoel voelde alsof hij er niet was onder mijn billen", SADDLE),
    ("op de wc was het alsof de bril er niet was", SADDLE),
    ("comme si la chaise n'était pas là sous mes fesses", SADDLE),
    ("le siège des toilettes, c'était comme s'il n'était pas là", SADDLE),
    # numb as from a dental injection
    ("with my wife last night it was as if everything down there had a dental injection", SADDLE),
    ("my bum feels like ive had a dental injection", SADDLE),
    ("het was alsof alles daar beneden een spuitje van de tandarts had gekregen", SADDLE),
    ("rond mijn achterste en tussen mijn beenen voelt gelijk as den tandarts u e spuitje gegeven eet", SADDLE),
    ("comme si tout en bas avait eu une piqûre du dentiste", SADDLE),
    # "... after the dentist ? same but down there"
    ("you know how your lip feels after the dentist? same but down there", SADDLE),
    ("weet je hoe je lip voelt na de tandarts? hetzelfde maar dan van onder", SADDLE),
    ("comme ta lèvre toute morte après le dentiste ? pareil mais en bas", SADDLE),
    # wiping as with someone else's hand (French shortened "qqn")
    ("en m'essuyant c'était comme si c'était la main de qqn d'autre", SADDLE),
    ("qd je m'essuie c'est comme la main de qqn d'autre", SADDLE),
    # the French message of the refresh, in other words
    ("tu vois ta lèvre morte après le dentiste? pareil mais en bas. et au taf j'ai vu que ma culotte était trempée, "
     "j'avais rien senti venir", BOTH),
    # a relative who types, named as the patient's ("'t is heur vent die hier typt" = it is her husband typing)
    ("'t is heur vent die hier typt, zie kan nie zitten. ze zeit da 't rond heur achterste en tussen heur beenen voelt "
     "gelijk as den tandarts e spuitje gegeven eet. en vannacht is 't in 't bedde misgegaan me de stoelgang. rugpijn ee ze "
     "al van vrijdag", BOTH),
    ("its her husband typing, she cant sit. she says round her bum feels like a dental injection. last night it went "
     "wrong in bed with her bowels. back pain since friday", BOTH),
    ("c'est son mari qui écrit, elle peut pas s'asseoir. ses fesses sont comme après une piqûre du dentiste. cette nuit "
     "ça a dérapé au lit avec les selles. mal au dos depuis vendredi", BOTH),
    # a bowel accident told as "went wrong"
    ("last night it went wrong in bed with my bowels and i didnt notice till morning", BB),
    ("vannacht ging het mis in bed met mijn ontlasting", BB),
    ("vannacht is t in bed misgegaan met de stoelgang en ik heb het niet gemerkt", BB),
    ("cette nuit ça a dérapé au lit avec les selles, j'ai rien remarqué avant le matin", BB),
    # a relative's current signs with their back pain now: read as the patient's
    ("Mijn man (58) zegt dat allebei z'n benen aanvoelen alsof ze in watten zijn gewikkeld, van de dijen tot de tenen, en "
     "ze zijn ook zo slap, hij moest zich aan de leuning optrekken. Rug doet al weken pijn.", LEGS),
    ("my husband (58) says both his legs feel like theyre wrapped in cotton wool, from his thighs to his toes, and theyre "
     "so weak, he had to haul himself up the banister this morning. his back has been hurting for weeks", LEGS),
    ("mon mari (58 ans) dit que ses deux jambes sont comme enveloppées dans du coton, des cuisses aux orteils, et elles "
     "sont si faibles, il a dû se hisser à la rampe ce matin. le dos lui fait mal depuis des semaines", LEGS),
    ("my mum says she cant feel her bum on the toilet seat, her back has been bad all week", SADDLE),
    # an adult relative soiling or wetting themself, now
    ("my mum has poo in her knickers", BB),
    ("my dad wet himself without noticing", BB),
    ("mijn moeder heeft poep in haar onderbroek", BB),
    ("mijn vader heeft in zijn broek geplast", BB),
    ("ma mère a fait dans sa culotte sans s'en rendre compte", BB),
    ("mon père a fait pipi dans son pantalon", BB),
    # wrapped in cotton (French twin of "wrapped in cotton wool")
    ("mes deux jambes sont comme enveloppées dans du coton", {"both_legs": True, "leg_numbness": True}),
]

KEPT = [
    ("wiping the cushions after the dog", {}),
    ("i wiped the sofa cushion", {}),
    ("ik veeg het kussen af", {}),
    ("ik heb de zetel afgeveegd met een doek", {}),
    ("j'essuie le coussin du canapé", {}),
    ("i cant tell if the paper is on the roll", {}),
    ("ik weet niet of het papier op is", {}),
    ("je sais pas si le papier est fini", {}),
    ("the seat wasnt there when i came back to my desk", {}),
    ("my seat on the train wasnt there, i had to stand", {}),
    ("de stoel was er niet meer toen ik terugkwam", {}),
    ("la chaise n'était pas là quand je suis revenu", {}),
    ("i had a dental injection yesterday and my back hurts", {}),
    ("ik had gisteren een prik bij de tandarts en mijn rug doet pijn", {}),
    ("j'ai eu une piqûre chez le dentiste hier et j'ai mal au dos", {}),
    ("i went to the dentist? same but nothing else. my bum hurts", {}),
    ("when i wipe its like its someone elses hand", SADDLE),
    ("my dad cant feel the toilet paper when he wipes", SADDLE),
    ("mijn moeder zegt dat ze haar billen niet meer voelt, ze heeft al een week rugpijn", SADDLE),
    ("mijn moeder zegt dat haar poep gevoelloos is, ze heeft al een week rugpijn", SADDLE),
    ("ma mère dit que ses fesses sont engourdies, elle a mal au dos depuis une semaine", SADDLE),
    # a relative's history, a child, a pet, the writer's own back: not the patient's
    ("my mum had breast cancer", {}),
    ("my toddler wets the bed", {}),
    ("my son wets the bed", {}),
    ("the dog is incontinent", {}),
    ("mijn vader heeft al jaren prostaatproblemen", {}),
    ("my mum wet herself years ago after having me", {}),
    ("mijn zoontje plast in zijn broek", {}),
    ("mon fils de 4 ans fait pipi au lit", {}),
    ("ma petite fille mouille son lit", {}),
    ("mijn vader had vroeger rugpijn, zijn benen zijn doof", {}),
    ("my dad had back pain years ago, his legs were numb", {}),
    ("mon père avait mal au dos, ses jambes étaient engourdies", {}),
    ("my husband says his legs are weak, my back hurts", {}),
    ("mijn man zegt dat zn benen slap zijn, mijn rug doet pijn", {}),
    ("mon mari dit que ses jambes sont faibles, moi j'ai mal au dos", {}),
    ("mijn man heeft rugpijn", {}),
    ("her husband is nice", {}),
    ("it went wrong with my bladder scan", {}),
    ("het ging mis met de blaasscan", {}),
    ("j'ai emballé le cadeau dans du papier bulle", {}),
    ("rond mijn achterste voelt gelijk as den tandarts e spuitje gegeven eet", SADDLE),
    ("quand je m'essuie on dirait les doigts de quelqu'un d'autre", SADDLE),
]


test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
