"""Red-flag fixes of session 18 (helper B): bladder and bowel found afterwards, weight, a fever that is over.

Each CHANGED case failed on the code before; each KEPT case passed before and after.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

BB = {"bladder_bowel": True}
TRAUMA = {"onset": "trauma"}
WEIGHT = {"weight_loss": True}
FEVER = {"fever": True}

# A wet spot found in the underwear, not felt coming.
WET_SPOT_CHANGED = [
    ("Sinds mijn rug zeer doet vind ik af en toe een nat plekje in mijn ondergoed, ik heb er niks van gemerkt. Zal de "
     "leeftijd zijn, ik ben 68", BB),
    ("soms een natte plek in mijn onderbroek en ik heb niks gevoeld", BB),
    ("ik zie soms een nat plekske in me onderbroek, ik heb er niks van gevoeld", BB),
    ("Since my back went I sometimes find a wet spot in my underwear and I didn't notice a thing. Probably my age, 68", BB),
    ("keep finding damp patches in my pants, never noticed a thing", BB),
    ("je trouve parfois un endroit mouillé dans mon slip sans avoir rien senti", BB),
    ("parfois c'est humide dans ma culotte et je l'ai pas senti venir", BB),
    # a coffee stain is no leak
    ("une tache de café sur mon pantalon, j'ai rien remarqué", {}),
]
WET_SPOT_KEPT = [
    ("ik vind soms een nat plekje in mijn ondergoed", {}),
    ("een natte plek op mijn broek van de regen, niks van gemerkt", {}),
    ("found a wet patch on my trousers from the rain, didnt notice", {}),
    ("a coffee stain on my pants, didnt notice it happen", {}),
    ("mon slip était humide à cause de la pluie", {}),
    ("found a little wet patch in my boxers, didnt feel it happen", BB),
    ("je trouve parfois une petite tache mouillée dans ma culotte et je n'ai rien remarqué", BB),
]

# "an accident", a pause, then the trousers: a leak, not a crash.
ACCIDENT_CHANGED = [
    ("ce matin j'ai eu un accident… dans le pantalon, et c'était pas du pipi, j'ai rien senti venir, c'est l'odeur qui "
     "m'a prévenue", BB),
    ("j'ai eu un petit accident... dans ma culotte", BB),
    ("I had an accident... in my pants at lunch, and not a wee, didn't feel it coming, the smell told me", BB),
    ("had a little accident… on the sheets last night", BB),
    ("ik had een ongeluk... in mijn broek, en geen plas", BB),
]
ACCIDENT_KEPT = [
    ("j'ai eu un accident de voiture il y a 3 jours", TRAUMA),
    ("accident de voiture... dans le fossé", TRAUMA),
    ("I had a car accident last week", TRAUMA),
    ("I had a car accident... in the road", TRAUMA),
    ("ik had een ongeluk met de fiets", TRAUMA),
    ("een ongeluk met de fiets... in de gracht", TRAUMA),
    ("ik had een ongelukje... in mijn broek vanmiddag", BB),
]

# Weight lost, told by the holes in the belt.
BELT_CHANGED = [
    ("j'ai dû faire un trou en plus à ma ceinture, et encore un autre, alors que je mange comme toujours et je fais "
     "zéro sport", WEIGHT),
    ("j'ai dû percer un nouveau trou dans ma ceinture", WEIGHT),
    ("ma ceinture, j'ai dû y faire deux trous de plus", WEIGHT),
    ("had to punch another hole in my belt, then another, even though i eat the same as always and do zero exercise",
     WEIGHT),
    ("my belt needs an extra hole now", WEIGHT),
    ("ik heb een extra gaatje in mijn riem moeten maken, en dan nog een, terwijl ik eet zoals altijd en nul sport doe",
     WEIGHT),
    ("ik heb er een gaatje bij moeten maken in mijn riem", WEIGHT),
    ("k moest een nieuw gat in mijne riem maken", WEIGHT),
    # a belt let out for weight put on is no loss
    ("had to let out another notch on my belt, put on weight", {}),
]
BELT_KEPT = [
    ("had to let my belt out a notch, put on weight", {}),
    ("j'ai dû desserrer ma ceinture d'un trou, j'ai pris du poids", {}),
    ("ik heb mijn riem een gaatje losser moeten zetten, ik ben aangekomen", {}),
    ("un cran de plus à ma ceinture lombaire, ça soulage", {}),
    ("j'ai dû faire deux trous de plus à ma ceinture et je fais du sport tous les jours pour maigrir", {}),
    ("i've had to put two new holes in my belt", WEIGHT),
    ("ive lost 6 kilos and i cant put on weight whatever i eat", WEIGHT),
    ("ive lost 6 kilos, im trying to put on weight but it wont come", WEIGHT),
    ("i lost 5 kg and cant put weight on my leg", WEIGHT),
]

# Weight lost on purpose: a coach, a dietitian, a new way of eating, proud of it.
INTENT_CHANGED = [
    ("depuis février j'ai perdu 9 kg avec ma coach et le rééquilibrage alimentaire (adieu les frites), super fière", {}),
    ("j'ai perdu 5 kilos en mangeant mieux, trop contente", {}),
    ("since february i've lost 9 kg with my coach and a new eating plan (bye bye chips), so proud", {}),
    ("lost 8 kilos with my personal trainer", {}),
    ("lost 7 kilos since new year, eating balanced now, proud of it", {}),
    ("k zijn 7 kilo afgevallen me mijne coach, ik ben fier", {}),
    ("ik ben 7 kilo afgevallen, heel trots", {}),
]
INTENT_KEPT = [
    ("j'ai perdu 6 kg avec la diététicienne, je suis fier de moi", {}),
    ("ik ben 8 kilo afgevallen met de diëtiste, ik ben er trots op", {}),
    ("ik ben op dieet en al 6 kilo kwijt", {}),
    ("i lost 11 kg, my coach is worried", WEIGHT),
    ("j'ai perdu 11 kg, mon coach est inquiet", WEIGHT),
    ("ik ben 11 kilo afgevallen en mijn coach snapt niet waarom", WEIGHT),
]

# A fever that is over, told in the sentence after it.
FEVER_OVER_CHANGED = [
    ("Vorige week lag ik plat met de griep, 39,2 en rillingen van hier tot ginder. Da is nu al vier dagen weg, "
     "temperatuur terug normaal.", {}),
    ("vorige week griep, 39 en rillingen. Temperatuur terug normaal.", {}),
    ("J'ai eu une bonne grippe la semaine dernière, 39,5 et des frissons, mais c'est derrière moi depuis jeudi, "
     "température normale tous les jours depuis.", {}),
    ("J'ai eu une grosse grippe la semaine passée, 39 et des frissons. C'est derrière moi depuis vendredi.", {}),
    ("Last week I was flat out with the flu, 39.4 and shivering like mad. That's been gone five days, temp back to "
     "normal.", {}),
    ("I had the flu last week with 39 and the shivers, but it's behind me since Friday, normal temperature every day "
     "since.", {}),
    # lower is not gone
    ("i have a fever of 39, its gone down a bit", FEVER),
]
FEVER_OVER_KEPT = [
    ("I have a fever of 39. It's gone down a bit.", FEVER),
    ("had the flu last week. thats gone now but still 38.5 today", FEVER),
    ("had a fever last week. it came back tonight", FEVER),
    ("had a fever last week. thats been gone five days but the shivers came back tonight", FEVER),
    ("i have a fever. it's been five days.", FEVER),
    ("not sure if i have a temperature, i feel shivery", FEVER),
    ("i have 38.5 now. it's been like that for five days", FEVER),
    ("had a fever last week. it's gone. now i have the shivers again tonight", FEVER),
    ("vorige week griep met 39. dat is weg maar vanavond weer rillingen", FEVER),
    ("la semaine passée 39 de fièvre. c'est passé, mais ce soir des frissons à nouveau", FEVER),
    ("J'ai eu une grosse grippe la semaine passée, 39 et des frissons, mais c'est passé depuis vendredi.", {}),
]

CHANGED = WET_SPOT_CHANGED + ACCIDENT_CHANGED + BELT_CHANGED + INTENT_CHANGED + FEVER_OVER_CHANGED
KEPT = WET_SPOT_KEPT + ACCIDENT_KEPT + BELT_KEPT + INTENT_KEPT + FEVER_OVER_KEPT


test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
