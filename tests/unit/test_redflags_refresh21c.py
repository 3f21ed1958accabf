"""Session 21, helper C, after the blind refresh scored once: a simile is no trauma ("achy like ive been kicked by a
donkey", "alsof ik door een paard getrapt ben", "comme si j'etais tombe de l'echelle"); a near fall told caught ("grabbed
the counter n didnt actually go down", "j'ai pogne la rampe ... j'suis pas tombe") and a trip with no fall told ("tripped
over the rug", "gestruikeld over de mat") are no trauma, and a foot swept from under the patient by a slip is no leg
giving way; weight put on is no weight loss ("if anything ive put weight ON"), nor a sign read from a video ("saw a
tiktok saying if ur losing weight its cancer"); the night positions tried with nothing
changing are night pain ("sur le dos, sur le cote, assise dans le fauteuil, rien ne change"); weight told as the scale's
numbers gone down, in digits or Swiss and Belgian number words ("de nonante a huitante-trois", "van 82 naar 75 kilo"), is
weight loss, gone up is not; a foot taken up by a pronoun that hangs ("mon pied gauche, il pend, il claque ... chaque jour
un peu pire") is a worsening; the back landed on something ("retombe le bas du dos sur le genou d'un gars", "met mijn
onderrug op de knie van een tegenstander geland") is trauma."""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

TRAUMA = {"onset": "trauma"}
WEIGHT = {"weight_loss": True}
NIGHT = {"night_pain": True}
WORSE = {"leg_weakness": "worsening"}

CHANGED = [
    # a simile
    ("my lower back is still achy like ive been kicked by a donkey", {}),
    ("back feels like ive been hit by a bus", {}),
    ("feels like i fell down the stairs", {}),
    ("het voelt precies of ik van de trap gevallen ben", {}),
    ("mal au dos comme si j'etais tombe de l'echelle", {}),
    # a near fall, a trip with no fall told, a slip that swept the feet
    ("slipped on the wet floor monday, foot went from under me but i grabbed the counter n didnt actually go down", {}),
    ("j'ai glisse sur la glace, j'ai pogne la rampe juste a temps, j'suis pas tombe, mais je me suis tordu le dos", {}),
    ("tripped over the rug yesterday", {}),
    ("gestruikeld over de mat in de gang", {}),
    ("ben over de drempel gestruikeld, twee keer", {}),
    ("slipped on ice, my feet went from under me and i landed on my back", TRAUMA),
    # weight put on
    ("saw a tiktok saying if ur back hurts at night n ur losing weight its cancer, i sleep fine and if anything ive put weight ON",
     {}),
    # a sign read from a video
    ("saw a tiktok saying if ur back hurts at night n ur losing weight its cancer, is that true", {}),
    ("zag een filmpje dat zei dat als je afvalt zonder reden het kanker is, klopt dat", {}),
    ("vu sur tiktok une video qui dit que si on perd du poids c est un cancer, c est vrai", {}),
    # the night positions tried, nothing changes
    ("la nuit c'est l'enfer: sur le dos, sur le cote, assise dans le fauteuil, rien ne change", NIGHT),
    ("la nuit, sur le dos, sur le cote, dans le canape, rien ne change", NIGHT),
    ("s nachts, op mijn rug, op mijn zij, in de zetel, niks verandert", NIGHT),
    ("at night its awful, on my back, my side, in the recliner, makes no odds", NIGHT),
    # the scale's numbers gone down
    ("la balance est passee de nonante a huitante-trois sans que je fasse quoi que ce soit", WEIGHT),
    ("je suis passe de septante-deux a soixante-six kilos sans rien faire", WEIGHT),
    ("van 82 naar 75 kilo gegaan zonder iets te doen", WEIGHT),
    ("de weegschaal ging van 90 naar 84 en ik doe niks speciaals", WEIGHT),
    ("went from 12 stone to 11 without trying", WEIGHT),
    ("the scales went from 80 to 74 kg and im eating the same", WEIGHT),
    # a foot taken up by a pronoun, that hangs
    ("mon pied gauche, il pend, il claque par terre qd je marche, chaque jour un peu pire", WORSE),
    # the back landed on something
    ("je suis retombe le bas du dos direct sur le genou d'un gars", TRAUMA),
    ("au foot je suis retombee sur les fesses", TRAUMA),
    ("landed with my lower back on a guy's knee at rugby", TRAUMA),
    ("met mijn onderrug op de knie van een tegenstander geland", TRAUMA),
    ("ik ben door een paard getrapt", TRAUMA),
]

KEPT = [
    ("at night, flat, on my side, on the sofa, it makes no difference whatsoever", NIGHT),
    ("mijn onderrug voelt alsof ik door een paard getrapt ben", {}),
    ("mal au dos comme si on m'avait roue de coups", {}),
    ("it hurts like when i was hit by the car last year", TRAUMA),
    ("feels like i fell down the stairs, but really i fell off my bike last week", TRAUMA),
    ("i was kicked by a horse last week", TRAUMA),
    ("my ex kicked me in the back", TRAUMA),
    ("uitgegleden op de natte tegels, kon me nog net vastgrijpen aan de kast, ben niet gevallen", {}),
    ("ik ben bijna gevallen op de trap", {}),
    ("j'ai trebuche sur le tapis hier", {}),
    ("tripped and fell on the stairs", TRAUMA),
    ("tripped over the cat and went flying", TRAUMA),
    ("tripped over the rug and fell on my back", TRAUMA),
    ("gestruikeld over de hond, nu rugpijn", TRAUMA),
    ("gestruikeld over de mat en gevallen", TRAUMA),
    ("tripped over the dog and fell flat on my face", TRAUMA),
    ("stumbled on the stairs at work", TRAUMA),
    ("gestruikeld op de trap", TRAUMA),
    ("ik ben gestruikeld en gevallen", TRAUMA),
    ("j'ai trebuche et je suis tombe", TRAUMA),
    ("j'ai glisse, mes pieds sont partis sous moi et je suis tombe sur le dos", TRAUMA),
    ("my leg went from under me yesterday", WORSE),
    ("my legs keep going from under me", {"leg_weakness": "worsening", "both_legs": True}),
    ("zag een filmpje dat zei dat gewichtsverlies bij rugpijn kanker kan zijn, ik ben eerder bijgekomen", {}),
    ("j'ai vu une video qui dit que perdre du poids c'est un signe, moi j'aurais plutot pris du poids", {}),
    ("ive lost 6 kilos without trying", WEIGHT),
    ("saw a video saying weight loss is a red flag and ive lost 6 kilos without trying", WEIGHT),
    ("op tiktok zeggen ze dat afvallen zonder reden slecht is, ik ben 5 kilo afgevallen zonder iets te doen", WEIGHT),
    ("i went from 90 to 82 kg on a diet", {}),
    ("de weegschaal ging van 90 naar 84 want ik ben op dieet", {}),
    ("j'ai perdu du poids, de 80 a 72 kg, avec mon regime", {}),
    ("van 75 naar 82 kilo gegaan", {}),
    ("la balance est passee de septante a huitante sans rien faire", {}),
    ("i lift boxes from 20 to 30 kg at work", {}),
    ("my pain went from 8 down to 5", {}),
    ("mijn beenkracht is gezakt van 30 naar 18 kilo", WORSE),
    ("ive lost 6 kilos and i cant put on weight whatever i eat", WEIGHT),
    ("at night it only hurts when i turn over", {}),
    ("la nuit j'ai mal seulement quand je me retourne", {}),
    ("s nachts op mijn zij gaat het wel", {}),
    ("at night on my side its fine", {}),
    ("la nuit sur le cote ca va", {}),
    ("my left foot, it just hangs and slaps, worse every day", WORSE),
    ("mijn linkervoet, die hangt en klapt neer, elke dag erger", WORSE),
    ("mon pied, il va bien, mais la douleur est pire chaque jour", {}),
    ("bij het voetballen ben ik op mijn stuit terechtgekomen", TRAUMA),
    ("met mijn rug ben ik op de spoed terechtgekomen", {}),
    ("la fievre est retombee sur le week end", {"fever": True}),
]


test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
