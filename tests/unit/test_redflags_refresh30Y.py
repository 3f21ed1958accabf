"""Session 30, helper Y: the seat not felt with a place between, the inner thighs frozen by comparison; night pain only on getting
up, asked whether it counts; no position at night told as a list of postures all the same; the saddle area asked about, then the
numbness denied as one's own.

1. Saddle numbness missed. The seat not felt with a place told between the verb and the seat ("voel ik op de fiets het zadel niet
   meer", "voel ik in de auto de stoel niet meer onder mijn billen"): nl SADDLE_PATTERNS (beside 29L's, with _P29_ZIT; English and
   French read it already, kept). The saddle area told frozen or ice by comparison ("like a block of ice", "like frozen meat", "als
   een blok ijs", "als bevroren vlees", "als een blok hout", "comme un bloc de glace", "comme de la viande congelee"): en/nl/fr
   NUMB_SADDLE (near the area only).
2. Night pain false alarm. The night told fine lying still, pain only on getting up, then "does that count as night pain?" / "telt
   dat als nachtpijn?": the question whether the thing told counts as the sign is now a general question (en/nl/fr
   GENERAL_SUBJECT), dropped only with the person's own night told fine; the night told fine lying still counts as told fine
   (new packs' NIGHT_STILL_FINE, en/nl/fr; bot/reading/redflags.py _night_told_positional, _night_still_fine). French read these
   right already (kept).
3. Night pain missed. No position helps told as a list of bare postures all the same at night ("at night lying, sitting,
   standing, makes no odds", "s nachts liggen, zitten, staan, het maakt niks uit", "la nuit couche, assis, debout c'est pareil"):
   en/nl/fr NIGHT_PATTERNS (_POSTURES; the night named first, no fine in the gaps), NO_RELIEF ("its all the same", "het is
   allemaal hetzelfde", "c'est la meme chose"); no position found at night ("la nuit il ne trouve aucune position", "i cant find a
   position at night"): en/fr NIGHT_PATTERNS.
4. Saddle numbness false alarm. The saddle area read about and asked about, then the numbness denied whole as one's own ("i am not
   having any numbness anywhere", "ik heb nergens gevoelloosheid", "je n'ai aucun engourdissement"): en/nl/fr SIGNS_DENIED.
Kept: the seat felt fine, an ice pack, real night pain asked about, pain at rest or waking told with the question, a day-time list,
a night told fine with its postures, the sign owned after "only asking", a question with no denial, legs denied but the bum told.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

SADDLE = {"saddle_numbness": True}
NP = {"night_pain": True}
NONE: dict = {}


def _read(text: str) -> dict:
    found = find_red_flags(text)
    return {slot: found[slot] for slot in ("saddle_numbness", "night_pain") if slot in found}


CHANGED = [
    # 1. the seat not felt with a place between (nl); the area frozen by comparison (en/nl/fr)
    ("sinds gisteren voel ik op de fiets het zadel niet meer onder mijn kont", SADDLE),
    ("vandaag voel ik in de auto de stoel niet meer onder mijn billen", SADDLE),
    ("ik voel in de auto de zetel niet meer onder m'n zitvlak", SADDLE),
    ("sinds vanmorgen voel ik op de tractor de stoel niet onder mij", SADDLE),
    ("de binnenkant van mijn dijen voelt als een blok ijs", SADDLE),
    ("de binnenkant van mijn dijen voelt als bevroren vlees", SADDLE),
    ("mijn binnendijen voelen aan als een stuk bevroren vlees", SADDLE),
    ("aan de binnenkant van mijn bovenbenen voelt het als ijs", SADDLE),
    ("mijn kont voelt als een blok hout", SADDLE),
    ("my inner thighs feel like a block of ice", SADDLE),
    ("the insides of my thighs feel like frozen meat", SADDLE),
    ("my inner thighs feel like a slab of frozen meat", SADDLE),
    ("my bum feels like a frozen chicken", SADDLE),
    ("inside of my thighs feel like ice since this morning", SADDLE),
    ("l'intérieur de mes cuisses est comme un bloc de glace", SADDLE),
    ("l'intérieur des cuisses on dirait de la viande congelée", SADDLE),
    ("l'intérieur de mes cuisses c'est comme un morceau de viande morte", SADDLE),
    ("mes fesses sont comme de la viande congelée", SADDLE),
    ("l'intérieur des cuisses comme de la glace depuis hier", SADDLE),
    # 2. still fine at night, pain only getting up, asked whether it counts (en/nl)
    ("in bed heb ik geen last zolang ik stil lig, alleen bij het opstaan 's nachts schiet het erin en als ik loop zakt het weer. telt dat als nachtpijn?", NONE),
    ("als ik 's nachts stil lig heb ik niks, alleen als ik rechtop ga zitten om de baby te voeden doet het pijn, daarna trekt het weg. is dat nachtpijn?", NONE),
    ("ik slaap prima zolang ik niet beweeg, alleen het opstaan midden in de nacht is pijnlijk en als ik rondloop gaat het over. is dat dan nachtpijn?", NONE),
    ("'s nachts gaat het goed zolang ik stil blijf liggen, pas bij het uit bed stappen schiet het erin. valt dat onder nachtpijn?", NONE),
    ("zolang ik 's nachts rustig lig is het prima, alleen rechtop komen doet zeer. is dat wat jullie bedoelen met nachtpijn?", NONE),
    ("at night i'm fine as long as i lie still, it only hurts when i have to get up to feed the baby and once i'm walking around it eases off. does that count as night pain?", NONE),
    ("lying still in bed i feel nothing, only getting up in the night for the toilet gives me a twinge, and after a few steps it goes. is that night pain?", NONE),
    ("in bed i'm ok if i stay still, it only catches when i sit up at night, once i'm up and moving it settles. would that be classed as night pain?", NONE),
    ("nights are fine when i'm not moving, its only getting out of bed at 3am for the baby that hurts, then it wears off as i walk. is that what you mean by night pain?", NONE),
    ("in bed i have no pain as long as i keep still, getting up to the loo at night is the only bit that hurts. is that night pain?", NONE),
    # 3. no position at night, the postures listed all the same (en/nl/fr); no position found (en/fr)
    ("at night he cant get comfy at all, lying, sitting, standing, makes no odds, he ends up in his armchair till 5am", NP),
    ("at night lying, sitting or standing its all the same, i end up on the sofa till morning", NP),
    ("nights are awful, lying down, sitting up, standing, no difference, she ends up sleeping in the recliner", NP),
    ("in bed, lying or sitting or standing, makes no difference, the pain is there all the same", NP),
    ("at night it makes no odds whether im lying, sitting or standing, i end up on the sofa", NP),
    ("i cant find a position at night, i end up in the chair downstairs", NP),
    ("at night she can't find a comfy position, she ends up on the sofa", NP),
    ("'s nachts liggen, zitten, staan, het is allemaal hetzelfde, ze slaapt uiteindelijk in de stoel", NP),
    ("in bed liggen, zitten of rechtstaan, het blijft hetzelfde, hij belandt op de bank", NP),
    ("'s nachts liggen of zitten, het is om het even, ik eindig in de zetel", NP),
    ("'s nachts maakt het niet uit of ik lig, zit of sta, ik beland in de zetel tot de ochtend", NP),
    ("la nuit couché, assis ou debout c'est pareil, il finit sur le canapé jusqu'au matin", NP),
    ("la nuit elle trouve pas de position, allongée, assise, debout, ça change rien, elle dort dans le fauteuil", NP),
    ("la nuit il trouve aucune position, il finit dans le fauteuil", NP),
    ("la nuit allongé assis debout c'est la même chose, je termine la nuit dans mon fauteuil", NP),
    ("au lit je ne trouve pas de position, je finis sur le canapé", NP),
    ("au lit allongée ou assise ça change rien, elle finit dans le fauteuil", NP),
    # 4. the saddle area asked about, the numbness denied whole (en/nl/fr)
    ("The physio sheet says numbness in the saddle area is a warning sign. What is the saddle area exactly? I don't have any numbness at all, just curious.", NONE),
    ("The NHS page mentions saddle numbness as a red flag. What counts as the saddle area? I have no numbness anywhere, I'm only asking out of interest.", NONE),
    ("Your leaflet lists numbness around the saddle area as an emergency. Where is the saddle area? I'm not numb anywhere, just asking so I know.", NONE),
    ("the website says numbness round the saddle area means go to a&e. what is the saddle area? i dont have any numbness or tingling, only asking", NONE),
    ("In de folder staat dat een doof gevoel in het rijbroekgebied een alarmsignaal is. Wat is het rijbroekgebied precies? Ik heb nergens gevoelloosheid, gewoon uit interesse.", NONE),
    ("Op jullie website staat gevoelloosheid in het zadelgebied als alarmsignaal. Wat is het zadelgebied eigenlijk? Ik heb zelf nergens een doof gevoel, ik vraag het gewoon uit nieuwsgierigheid.", NONE),
    ("De fysio had het over gevoelloosheid rond de anus als alarmsignaal. Wat bedoelen ze met rijbroekgebied? Ik heb geen gevoelloosheid, puur uit interesse.", NONE),
    ("In de brochure staat dat een doof gevoel in het zadelgebied gevaarlijk is. Waar zit dat precies? Ik heb geen gevoelloosheid of tintelingen, ik vraag het gewoon.", NONE),
    ("Votre brochure dit qu'un engourdissement dans la zone de la selle est un signe d'alerte. C'est quoi la zone de la selle ? Je n'ai aucun engourdissement, c'est juste pour savoir.", NONE),
    ("Le dépliant parle de perte de sensibilité au niveau des fesses et de l'entrejambe. Ça correspond à quoi la zone de la selle ? Je n'ai pas d'engourdissement, simple curiosité.", NONE),
    ("Mon kiné a parlé d'engourdissement autour de l'anus comme signe d'alerte. Ça veut dire quoi la zone en selle ? Je ne suis pas engourdie, c'est par curiosité.", NONE),
]

KEPT = [
    # 1. read already (en/fr seat with a place), and the near misses
    ("since this morning on the tractor i cant feel the seat under my backside", SADDLE),
    ("on my bike i can no longer feel the saddle under my bum", SADDLE),
    ("in the car i dont feel the seat under my bottom anymore", SADDLE),
    ("driving today i could barely feel the car seat beneath me", SADDLE),
    ("depuis ce matin sur le tracteur je sens plus le siège sous mes fesses", SADDLE),
    ("à vélo je ne sens plus la selle sous moi", SADDLE),
    ("en voiture je ne sens presque plus le siège sous mon derrière", SADDLE),
    ("au bureau je sens plus la chaise sous mes fesses", SADDLE),
    ("als ik in de auto zit voel ik de stoel niet meer onder mijn kont", SADDLE),
    ("mijn binnendijen voelen als dood vlees", SADDLE),
    ("the insides of my thighs feel like dead meat", SADDLE),
    ("l'intérieur de mes cuisses est comme du bois", SADDLE),
    ("voel ik in de auto de stoel wel goed", NONE),
    ("i put a block of ice on my lower back last night", NONE),
    ("ik heb een blok ijs op mijn rug gelegd", NONE),
    ("my back feels like a block of ice after the swim", NONE),
    ("j'ai mis un bloc de glace sur le bas du dos", NONE),
    ("my bum is fine, i just fancy ice cream", NONE),
    # 2. read right already (fr), and real night pain with the question
    ("la nuit ça va tant que je bouge pas, c'est seulement quand je dois me lever pour le biberon que ça tire dans le bas du dos, et une fois debout ça passe. est-ce que ça compte comme des douleurs la nuit ?", NONE),
    ("la nuit j'ai pas mal, seulement quand je me lève pour le bébé, après quelques pas ça passe. c'est ça la douleur nocturne ?", NONE),
    ("la nuit aucune douleur si je bouge pas, juste en me levant pour aller aux toilettes, ça passe en marchant. est-ce que ça compte comme douleur la nuit ?", NONE),
    ("la nuit je suis bien si je reste immobile, j'ai mal seulement en sortant du lit et ça disparaît quand je marche. est-ce que c'est une douleur nocturne ?", NONE),
    ("the pain wakes me every night even when i lie still. is that night pain?", NP),
    ("at night it aches constantly, is that night pain?", NP),
    ("is that night pain?", NP),
    ("does that count as night pain?", NP),
    ("lying still is fine but every night at 3am the pain wakes me up. does that count as night pain?", NP),
    ("at night i'm fine as long as i lie still, but it keeps me awake anyway. is that night pain?", NP),
    ("ik ben 's nachts oke zolang ik stil lig, maar rond 4 uur word ik elke nacht wakker van de pijn. is dat nachtpijn?", NP),
    ("telt dat als nachtpijn?", NP),
    ("'s nachts doet het pijn, hoe ik ook lig. telt dat als nachtpijn?", NP),
    ("la nuit la douleur me réveille même immobile, c'est ça la douleur nocturne ?", NP),
    # 3. read already, and the day, or the night told fine
    ("at night he can't find any position, lying, sitting, standing, it's all the same", NP),
    ("'s nachts vindt hij geen houding, liggen, zitten, staan, het maakt niks uit, hij eindigt in zijn fauteuil tot 5 uur", NP),
    ("'s nachts vindt ze geen enkele houding, liggen of zitten of rechtstaan, het blijft hetzelfde", NP),
    ("liggen gaat prima, zitten ook, staan ook", NONE),
    ("'s nachts liggen, zitten, staan, het is allemaal hetzelfde: geen pijn", NONE),
    ("'s nachts slaap ik goed, liggen of zitten maakt niet uit", NONE),
    ("at night lying or sitting its all the same, i sleep well", NONE),
    ("in bed lying, sitting, standing, its all the same to me, no pain at all", NONE),
    ("during the day sitting, standing, lying, it makes no difference", NONE),
    ("la nuit couché ou assis c'est pareil, je dors bien", NONE),
    ("le jour, assis, debout, couché c'est pareil", NONE),
    ("at work i cant find a position that is comfortable on this chair", NONE),
    # 4. the sign owned after the question, or no denial, or only the legs denied
    ("The leaflet says numbness in the saddle area is a red flag. What is the saddle area? I have no numbness, only asking. Actually my bum has gone numb since yesterday.", SADDLE),
    ("The leaflet says numbness in the saddle area is a red flag. What is the saddle area? only asking, but i cant feel my bum when i wipe", SADDLE),
    ("is it normal that I can't feel my bum?", SADDLE),
    ("what is the saddle area? my bum has been numb since yesterday", SADDLE),
    ("the leaflet says numbness in the saddle area is a red flag. is that what i have? my bum feels numb", SADDLE),
    ("In de folder staat dat gevoelloosheid in het zadelgebied een alarmsignaal is. Ik heb geen gevoelloosheid in mijn benen, maar mijn poep voelt raar.", SADDLE),
    ("La brochure dit qu'un engourdissement de la zone de la selle est grave. Je n'ai aucun engourdissement dans les jambes mais mes fesses sont engourdies.", SADDLE),
    ("the leaflet says numbness in the saddle area is a red flag. i dont have any numbness in my legs, but my bum feels weird", SADDLE),
    ("i dont have any numbness but i cant feel the toilet paper when i wipe", SADDLE),
    ("Mijn huisarts zei dat ik moet letten op een doof gevoel in het zadelgebied. Waar zit dat zadelgebied? Ik voel nergens iets dofs, vraag het alleen maar om het te weten.", NONE),
    ("What is the saddle area? I have no numbness anywhere, only asking.", NONE),
]

test_changed, test_kept = reading_round(_read, CHANGED, KEPT)
