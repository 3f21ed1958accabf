"""Session 39, round B (issue 12): loss of bowel control told as the stool coming without being noticed, often typed by a
carer for a relative, was read as no bladder or bowel trouble.

The urge not noticed with the bowel named ("she doesnt notice when she needs a number two": the carer's "she" is put as the
patient's by bot/reading/redflags.py _as_patient, leaving "i doesnt notice when i need ..." that no rule read), and the stool
told as coming by itself into the underwear ("it just comes in his pants", "het komt zomaar in zijn onderbroek", "ca part tout
seul dans son slip"). Changed: the packs only, a "session 39B" block of BLADDER_PATTERNS in bot/lang/en, nl and fr redflags.py:
en the urge not noticed or felt before a poo, a number two, a big job (also "has no clue ... needs to go"), and "it" coming,
going, ending up or slipping into the underwear told as by itself ("just", "on its own"); nl "merk(t)/voel(t)/weet/heb niet
(door) dat ik ... moet" with the toilet, the "grote boodschap", poepen or kakken named (the verb before its subject too:
"merkt zij niet meer dat zij ..."), and "het komt/loopt/gaat gewoon/zomaar/vanzelf in mijn (onder)broek" (also "komt het
vanzelf in"); fr "ne se rend pas compte / ne sent / ne remarque / ne sait plus que (quand) je dois" with the "selle", "caca",
the "grosse commission" or the toilets named, and "ca part / vient / sort (tout seul) dans ma culotte, mon slip, mon calecon".

Kept: a toddler's nappy or potty training, a child of three, a dog; a spill or the rain in the trousers (the "by itself"
is asked for in en and nl, the trousers alone are not a place in fr); a pocket; a question for no one's own; too busy to
notice, then went normally; the past long over (the French imperfect is not read by the new rules); going to the doctor.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

B = {"bladder_bowel": True}
CHANGED = [
    ("typing this for my mum, she doesnt notice when she needs a number two anymore", B),
    ("typing for my nan, she has no clue she needs to go, it just ends up in her knickers", B),
    ("writing on behalf of my husband, it just comes out in his underwear, he feels nothing since yesterday", B),
    ("i dont feel it when i need a number two anymore, my back is killing me", B),
    ("since the weekend it just slips out into my pants by itself", B),
    ("typing for my grandad, now he not notice he must go for poo, it come on its own in his trousers", B),
    ("i dont realise when i have to do a number two any more", B),
    ("it just comes into my briefs on its own, lower back agony", B),
    ("typing for my wife, she doesnt sense she needs a big job, it just goes straight into her undies", B),
    ("ik typ voor mijn oma, sinds gisteren merkt zij niet meer dat zij een grote boodschap moet doen", B),
    ("ik schrijf dit voor mijn vader, het komt zomaar in zijn onderbroek en hij voelt niets", B),
    ("ik typ voor mijn moeder, zij voelt niet meer dat zij naar het toilet moet voor de grote boodschap", B),
    ("voor mijn opa: hij heeft niet door dat hij naar de wc moet, het gaat gewoon in zijn broek", B),
    ("ik merk niet meer dat ik een grote boodschap moet doen, mijn rug doet zeer", B),
    ("het komt gewoon in mijn onderbroek, ik heb niks door", B),
    ("sinds maandag komt het vanzelf in mijn slip en ik voel er niks van", B),
    ("ik typ voor ons moeke, ze merkt niet dat ze moet, het komt gewoon in heur onderbroek", B),
    ("j'écris pour mon père, il ne se rend plus compte qu'il doit aller à la selle", B),
    ("je tape pour mon grand-père, ça part tout seul dans son slip", B),
    ("ça vient tout seul dans ma culotte depuis hier, je sens rien", B),
    ("je ne remarque plus que je dois faire la grosse commission", B),
    ("je sais plus quand je dois aller aux toilettes pour la selle, mon dos me fait mal", B),
    ("j'écris pour mon mari, il ne sent pas qu'il doit faire caca, ça sort dans son caleçon", B),
    ("je me rends pas compte que je dois aller faire caca, ça coule dans mon slip", B),
    ("ça sort tout seul dans mes sous-vêtements, je ne sens plus rien", B),
    ("je ne m'aperçois plus que je dois aller aux toilettes pour faire caca", B),
]
KEPT = [
    # already read before: the stool named, the pants with a feeling not felt, a carer's "he" with the poo
    ("writing for my dad: since tuesday he doesnt realise he has to go for a poo, it just comes in his pants", B),
    ("my poo just comes in my underwear now, i dont feel a thing", B),
    ("it just ends up in my boxers, i never notice i need to go for a poo", B),
    ("ik weet niet meer wanneer ik een grote boodschap moet doen, het komt zomaar in mijn broek", B),
    ("k voel ni meer da k naar de wc moet voor de grote boodschap", B),
    ("depuis deux jours les selles partent toutes seules dans ma culotte", B),
    ("ça part dans ma culotte sans que je le sente, j'ai mal au dos", B),
    ("on behalf of my mother: she cant tell when she needs a poo now, it just comes out into her knickers", B),
    ("je tape pour ma grand-mère, elle ne se rend plus compte qu'elle doit aller à la selle, ça vient tout seul dans sa culotte", B),
    ("my toddler doesn't notice she needs to go, it just comes in her nappy, we're potty training", {}),
    ("my toddler doesnt notice when she needs a poo, it just comes in her pants, we are potty training", {}),
    ("our dog doesnt notice when he needs a poo, it just comes out on the carpet", {}),
    ("the coffee spilled, it went in my pants", {}),
    ("the rain came in my trousers on the walk", {}),
    ("it just goes into my trousers pocket", {}),
    ("can back pain make it so you dont notice when you need a poo? just wondering, i dont have that", {}),
    ("i can't control my bowels", B),
    ("i poo in my pants without feeling it", B),
    ("i dont notice anymore when i need to go for a poo", B),
    ("mijn peuter merkt niet dat ze moet, het komt gewoon in haar luier, we zijn aan het zindelijk worden", {}),
    ("mijn peuter merkt niet dat hij naar het potje moet, het komt gewoon in zijn broek", {}),
    ("onze hond poept in huis, hij merkt niet dat hij moet", {}),
    ("ik had zo druk dat ik niet merkte dat ik naar de wc moest, daarna gewoon gegaan", {}),
    ("kan je door een hernia niet meer merken dat je naar de wc moet? ik heb dat niet hoor", {}),
    ("na mijn operatie 5 jaar geleden merkte ik niet dat ik moest, sindsdien in orde", {}),
    ("ik merk niet dat ik moet poepen, het komt er gewoon uit", B),
    ("het loopt er zomaar uit, ik voel er niks van", B),
    ("ik weet niet wanneer ik naar de dokter moet", {}),
    ("ik merk niet dat ik naar de huisarts moet, mijn vrouw zegt het", {}),
    ("mon bébé ne sent pas quand il doit faire caca, ça vient dans sa couche", {}),
    ("mon fils de 3 ans ne sent pas quand il doit faire caca, ça vient dans sa culotte", {}),
    ("notre chien fait dans la maison, il ne se rend pas compte qu'il doit sortir", {}),
    ("j'étais tellement occupé que je n'ai pas remarqué que je devais aller aux toilettes, ensuite j'y suis allé normalement", {}),
    ("après mon opération il y a 5 ans je ne sentais pas quand je devais aller à la selle, tout va bien depuis", {}),
    ("je ne sais pas quand je dois aller chez le médecin", {}),
    ("j'ai renversé le café, ça a coulé sur mon pantalon", {}),
    ("la pluie est passée dans mon pantalon", {}),
    ("je fais dans ma culotte sans le sentir", B),
    ("je ne sens plus quand je dois faire la grosse commission", B),
    ("ça vient tout seul dans sa couche, c'est mon bébé", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
