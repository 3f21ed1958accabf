"""Red flags (session 20, helper B): misses of a blind refresh, in general form with en/nl/fr twins.

A bed or clothes found wet and not felt ("vanochtend wakker en me bed was nat ... ik had echt niks gevoeld", "een natte
plek in me joggingbroek", "une tache mouillee sur mon jogging sans rien sentir", "woke up and the sheets were wet") is the
bladder (not sweat, tea, a hot water bottle); both legs doing one thing and then failing ("beide benen trillen en zakken
door", "both legs shake and give way") is both legs weak; weight lost on a programme or to a goal ("crossfit ... objectif
atteint", "doel bereikt", "hit my target weight") or a loss hoped to mend the back ("thought losing the weight would sort
it") is no flag, weight melting away while eating as usual ("je fonds comme neige au soleil", "the weight is just falling
off me", "ik smelt weg als sneeuw voor de zon") is; a fever named over ("koortsvrij", "fever free since friday", "sans
fievre depuis vendredi") or an illness over asked about ("is that normal after flu", "normaal na griep", "normal apres la
grippe") is no fever.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

BLADDER = {"bladder_bowel": True}
BOTH_WEAK = {"both_legs": True, "leg_weakness": "worsening"}
WEIGHT = {"weight_loss": True}
FEVER = {"fever": True}

CHANGED = [
    # a wet bed or a wet patch, not felt
    ("yo ff serieus vraagje. heb al weken rugpijn onderin, fysio zegt hernia. maar vanochtend wakker en me bed was nat, "
     "en vanmiddag weer een natte plek in me joggingbroek en ik had echt niks gevoeld, niet dat ik moest en niet dat het "
     "liep. ben 34 hoor geen bejaarde. wat moet ik hiermee", BLADDER),
    ("vanmorgen werd ik wakker en mijn bed was nat, ik had er niks van gemerkt", BLADDER),
    ("er zat een natte plek op mijn joggingbroek en ik had niets gevoeld", BLADDER),
    ("found a wet patch on my joggers and i hadn't felt anything", BLADDER),
    ("there's a wet stain on the front of my trackies and I didn't notice it happen", BLADDER),
    ("une tache mouillée sur mon jogging sans rien sentir", BLADDER),
    ("ce matin mon lit était mouillé et j'ai rien senti", BLADDER),
    ("au réveil les draps étaient mouillés, j'avais rien senti du tout", BLADDER),
    ("y avait une tache humide sur mon training et je m'en suis pas rendu compte", BLADDER),
    # both legs doing one thing, then failing
    ("beide benen trillen en zakken door als ik sta", BOTH_WEAK),
    ("allebei mijn benen trillen en knikken door", BOTH_WEAK),
    ("both legs shake and give way", BOTH_WEAK),
    ("both my legs tremble and buckle when i stand", BOTH_WEAK),
    ("my legs shake n give out on the stairs", BOTH_WEAK),
    # weight lost on a programme or to a goal
    ("been doing slimming world since january and lost 3 stone 😁 but my lower back is still giving me grief esp after "
     "standing on the tills all day. thought losing the weight would sort it?? anything else i can try", {}),
    ("thought losing the weight would sort it", {}),
    ("started crossfit in september and lost 9 kg, goal reached!", {}),
    ("lost 2 stone, finally hit my target weight", {}),
    ("Depuis septembre je fais du crossfit et j'ai perdu 9 kg (enfin!! objectif atteint) mais là j'ai un tour de reins "
     "depuis le soulevé de terre de samedi. Ca tire quand je me penche pour lacer mes baskets", {}),
    ("j'ai perdu 5 kilos comme prévu", {}),
    ("j'ai perdu 7 kg, objectif atteint", {}),
    ("sinds september doe ik crossfit en ik ben 9 kilo kwijt, doel bereikt!", {}),
    ("ik ben 8 kilo afgevallen, eindelijk op mijn streefgewicht", {}),
    # weight melting away without trying
    ("Bjr, mal de dos qui traine depuis octobre et je fonds comme neige au soleil, 7 kg en deux mois alors que je mange "
     "comme d'hab, les frites du vendredi et tout. Ma femme trouve que j'ai une tete de malade. Je fais pas de régime "
     "hein, j'ai rien changé", WEIGHT),
    ("je fonds comme neige au soleil", WEIGHT),
    ("j'ai fondu à vue d'oeil", WEIGHT),
    ("the weight is just falling off me and I eat like normal", WEIGHT),
    ("i'm wasting away", WEIGHT),
    ("ik smelt weg als sneeuw voor de zon", WEIGHT),
    # the fever named over, the illness asked about
    ("had the flu last week proper bad, temp n shivers the lot, thats all cleared since friday, no temp now. but my lower "
     "back still aches like mad. is that normal after flu", {}),
    ("had a fever last week, I'm fever free since friday", {}),
    ("flu with 39 last week. since friday i'm fever free", {}),
    ("had the flu, fever's gone since saturday. is that normal after the flu?", {}),
    ("vorige week plat gelegen met griep, 39 koorts, maar sinds vrijdag ben ik koortsvrij en voel ik me weer oké. alleen "
     "mijn onderrug is sindsdien stijf en pijnlijk, van al dat liggen denk ik. temp vanochtend 36,8.", {}),
    ("griep gehad vorige week, 39 koorts. sinds vrijdag ben ik koortsvrij.", {}),
    ("vorige week griep met 39 koorts, nu weer koortsvrij", {}),
    ("vorige week griep met koorts, dat is over. is dat normaal na griep?", {}),
    ("j'ai eu la grippe avec 39, je suis sans fièvre depuis vendredi", {}),
    ("j'ai eu 39 de fièvre. depuis vendredi je suis sans fièvre", {}),
    ("j'ai eu la grippe avec de la fièvre, c'est passé depuis vendredi. c'est normal après la grippe ?", {}),
]

KEPT = [
    # wet by something else, or not told unfelt
    ("woke up sweating and the sheets were wet", {}),
    ("woke up and the bed was wet from the hot water bottle", {}),
    ("woke up and the bed was wet, the dog had been on it", {}),
    ("spilled my tea on my trousers", {}),
    ("there was a wet patch on my trousers from the tea i spilled, didnt notice", {}),
    ("woke up and the sheets were soaked with sweat", FEVER),
    ("mijn bed was nat van het zweet en ik had niks gemerkt", {}),
    ("me bed was nat door de kruik, niks van gemerkt", {}),
    ("een natte plek op mijn broek van de koffie, niet gemerkt", {}),
    ("une tache mouillée sur mon jogging à cause de la pluie, rien senti", {}),
    ("j'ai renversé mon thé sur mon pantalon", {}),
    ("een natte plek in mijn broek en ik had niks gevoeld", BLADDER),
    ("une tache mouillée dans mon pantalon et j'ai rien senti", BLADDER),
    ("woke up this morning to find my bed was wet, never felt a thing", BLADDER),
    ("een vochtige vlek in m'n onderbroek, echt niks van gemerkt", BLADDER),
    # both legs: another limb fails, or nothing fails
    ("both legs shake and my arm gives way", {}),
    ("beide benen trillen en mijn arm is slap", {}),
    ("both legs shake but never give way", {}),
    ("les deux jambes tremblent mais ne lâchent pas", {}),
    ("les deux jambes tremblent et lâchent", BOTH_WEAK),
    ("mijn benen zakken door", BOTH_WEAK),
    # on purpose, or without trying
    ("lost 10 kilos on weight watchers", {}),
    ("ik ben op dieet en 5 kilo afgevallen", {}),
    ("je fais weight watchers et j'ai perdu 6 kilos", {}),
    ("je suis en sèche et j'ai perdu 4 kg", {}),
    ("I've lost 3 stone without trying", WEIGHT),
    ("lost 3 stone and I'm not even trying", WEIGHT),
    ("ik val zomaar af terwijl ik gewoon eet", WEIGHT),
    ("de kilo's vliegen eraf", WEIGHT),
    ("j'ai perdu 7 kg sans faire de régime", WEIGHT),
    ("je maigris à vue d'oeil alors que je mange comme d'habitude", WEIGHT),
    ("le beurre fond comme neige au soleil", {}),
    ("de sneeuw smelt weg", {}),
    ("the weight fell off the bar onto my foot", {"onset": "trauma"}),
    # a fever now
    ("had a fever, still 38.4", FEVER),
    ("ik heb koorts sinds vrijdag", FEVER),
    ("ik ben nog niet koortsvrij, 38,4", FEVER),
    ("j'ai de la fièvre depuis vendredi", FEVER),
    ("I have the flu since friday", FEVER),
    ("i have the flu. is back pain normal after flu?", FEVER),
    ("had a fever of 39, the fever is gone down a bit", FEVER),
    ("night sweats every night, fever free though", FEVER),
    ("nachtzweten elke nacht, wel koortsvrij", FEVER),
    ("sueurs nocturnes toutes les nuits, sans fièvre depuis lundi", FEVER),
    ("weight loss and night pain and the gp cant sort it", {"weight_loss": True, "night_pain": True}),
    ("la semaine passée j'ai eu la grippe avec 39 de fièvre, plus de fièvre depuis vendredi", {}),
]


test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
