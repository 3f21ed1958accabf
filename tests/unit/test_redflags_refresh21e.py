"""Session 21, helper E, after the blind refresh scored once: the Nigerian Pidgin saddle and bladder ("my yansh and in
between my laps just dey numb", "urine no gree come out, only small small drops"); both legs "feeble", tiptoes failing
"either side", told "exactly the same ... not gone any worse" (stable); wiping told as cleaning with the paper, unsure
whether it is felt ("clean with the paper I am not sure if I feel it normal"); one leg weak with its course denied in
other words ("same only for past 8 months, not increasing"); stool named by its old-fashioned words ("la grosse
commission", "de grote boodschap", "big jobs") found in the underwear; a dropped foot that slaps like a flip-flop
("il claque comme une tong", "klapt als een slipper"), the kerb caught with the foot again and again, the heels still
walked on "un peu" on Monday and no more now; both legs like cotton with a trip told ("je me suis encoublee") fail; a
weight now told against the one before ("71 kilos alors que j'etais a 78"); the loss on purpose asked about as what weakens
the back ("c'est la perte de poids qui fragilise le dos ?"), and the flu told over, then asked about as coming back
("could it be the flu coming back through my back?"), are no new sign."""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

SADDLE = {"saddle_numbness": True}
BLADDER = {"bladder_bowel": True}
WORSE = {"leg_weakness": "worsening"}
BOTH_STABLE = {"leg_weakness": "stable", "both_legs": True}
BOTH_WORSE = {"leg_weakness": "worsening", "both_legs": True}
SOFT_WORSE = {"leg_weakness": "worsening", "both_legs": True, "leg_numbness": True}
WEIGHT = {"weight_loss": True}

CHANGED = [
    # 1. Nigerian Pidgin saddle and bladder
    ("now my yansh and in between my laps just dey numb like when they inject you for dentist", SADDLE),
    ("between my laps dey tingle since yesterday", SADDLE),
    ("i sit for toilet since 30 minutes urine no gree come out", BLADDER),
    ("only dribbles come out when i try to pee", BLADDER),
    ("just a few drops come out when i go to the toilet", BLADDER),
    ("mon pipi veut pas sortir, que des petites gouttes", BLADDER),
    # 2. both legs feeble, tiptoes either side, stable told
    ("both my legs have gone a bit feeble like and i cant get up on my tiptoes either side. to be fair its been exactly the "
     "same for the last fortnight, not gone any worse", BOTH_STABLE),
    ("my legs are feeble, exactly the same as a month ago, not getting worse", BOTH_STABLE),
    ("both legs feel feeble and i cant stand on my tiptoes either side", BOTH_WORSE),
    ("i cant get up on my tiptoes either side", BOTH_WORSE),
    ("cant walk on my heels on both sides, been the same for weeks, no worse", {"both_legs": True, "leg_weakness": "stable"}),
    ("both legs weak, cant walk on heels, same for past 3 months, not increasing", {"both_legs": True, "leg_weakness": "stable"}),
    # 3. wiping told as cleaning with the paper, unsure
    ("now when i make the toilet and clean with the paper i am not sure if i feel it normal or not, maybe is little less", SADDLE),
    ("cleaning myself with the paper, not sure i feel it like before", SADDLE),
    ("als ik me kuis met het papier, ik weet nie of ik da normaal voel", SADDLE),
    ("je me nettoie avec le papier, je sais pas si je sens bien", SADDLE),
    # 4. one leg weak, its course denied in other words
    ("left foot is little weak, cannot walk on heel that side, but it is same only for past 8-9 months, not increasing. now "
     "both legs are paining from back of thighs down when i walk, right leg has no weakness at all", {}),
    ("my left foot is weak and i cant walk on my heel, not progressing though", {}),
    ("mijn linkervoet is zwak, ik kan niet op mijn hiel lopen, maar het is al 8 maanden hetzelfde, het neemt niet toe", {}),
    ("mijn linkervoet is zwak, kan niet op mijn hielen lopen, het gaat niet achteruit", {}),
    ("mon pied gauche est faible, je peux pas marcher sur le talon, mais c'est pareil depuis 8 mois, ca augmente pas", {}),
    # 5. stool by its old-fashioned words, found afterwards
    ("je trouve des traces de la grosse commission dans ma culotte et je ne me suis rendu compte de rien", BLADDER),
    ("ik vind sporen van de grote boodschap in mijn onderbroek en ik heb niks gemerkt", BLADDER),
    ("found bits of big jobs in my pants and never felt it", BLADDER),
    # 6. a dropped foot that slaps like a flip-flop, the kerb caught, the heels no more
    ("mon pied gauche, au debut il frottait un peu par terre, la depuis 2 jours il claque comme une tong", WORSE),
    ("je me suis pris le bord du trottoir 3 fois cette semaine", WORSE),
    ("lundi j'arrivais encore un peu a marcher sur les talons, la plus du tout", WORSE),
    ("caught my foot on the kerb twice today", WORSE),
    ("mijn rechtervoet klapt als een slipper bij elke stap", WORSE),
    ("mijne voet flapt gelijk ne sloef", WORSE),
    ("clipped my toes on the curb a few times", WORSE),
    # 7. both legs like cotton, with a trip told
    ("mes deux jambes sont comme du coton, avec des fourmis des deux cotes. hier je me suis encoublee dans le tapis du corridor",
     SOFT_WORSE),
    ("both my legs feel like cotton wool with pins and needles both sides. tripped on the hall rug yesterday", SOFT_WORSE),
    ("mijn beide benen voelen als watten, tintelingen aan beide kanten. gisteren gestruikeld over de mat in de gang", SOFT_WORSE),
    # 8. a weight now told against the one before; a loss on purpose; the flu told over, asked about
    ("je me suis pesee: 71 kilos alors que j'etais a 78 en septembre, sans regime", WEIGHT),
    ("je fais 64 kg maintenant alors que je pesais 70 cet ete", WEIGHT),
    ("im 71 kilos now when i was 78 in september, not dieting", WEIGHT),
    ("weighed myself, 11 stone while i used to be 12", WEIGHT),
    ("ik woog me: 71 kilo terwijl ik in september nog 78 woog", WEIGHT),
    ("je fais une seche pour une compet de bodybuilding, -9 kg en 3 mois c'est voulu avec mon coach. depuis jeudi j'ai une "
     "barre dans les lombaires. c'est la perte de poids qui fragilise le dos ou c'est juste ma technique ?", {}),
    ("im cutting for a bodybuilding show, down 9 kg in 3 months on purpose with my coach. is it the weight loss weakening my "
     "back or just my form?", {}),
    ("ik zit in een cut voor een wedstrijd, 9 kilo eraf in 3 maanden, bewust met mijn coach. verzwakt het afvallen mijn rug of "
     "is het mijn techniek?", {}),
    ("j'ai eu la grippe la semaine passee avec 39,5 et des frissons, mais c'est fini depuis jeudi, plus de temperature depuis. "
     "depuis hier j'ai le dos en compote. est-ce que ca peut etre la grippe qui revient par le dos?", {}),
    ("had the flu last week with 39.5 and the shivers, but its over since thursday, no temperature since. now my back is killing "
     "me. could it be the flu coming back through my back?", {}),
    ("vorige week griep gehad met 39,5 en rillingen, maar sinds donderdag voorbij, geen koorts meer sindsdien. nu rugpijn. kan "
     "het de griep zijn die terugkomt via de rug?", {}),
]

KEPT = [
    ("mijn linkervoet klapt als een slipper op de stoep", WORSE),
    ("mon pied droit claque comme une tong quand je marche", WORSE),
    ("my yansh dey numb", SADDLE),
    ("my wee wont come, only dribbles", BLADDER),
    ("mijn plas wil niet komen, alleen wat druppeltjes", BLADDER),
    ("only a few drops of rain came out of the sky", {}),
    ("je bois que des petites gouttes de vin", {}),
    ("mijn beide benen zijn wat krachteloos, kan niet op mijn tenen staan, al twee weken precies hetzelfde, niet erger",
     {"both_legs": True, "leg_weakness": "stable"}),
    ("when i wipe i am not sure if i feel it normal or not", SADDLE),
    ("als ik me afveeg weet ik niet of ik het papier goed voel", SADDLE),
    ("quand je m'essuie je sais pas si je sens bien le papier", SADDLE),
    ("when i clean with the paper i am not sure if it is clean", {}),
    ("i clean the kitchen with paper towels, not sure i feel like cooking", {}),
    ("when i clean with the paper there is no blood", {}),
    ("left foot weak, cant walk on my heel, and it is getting worse", WORSE),
    ("left foot weak cant walk on heel, the pain is not increasing", WORSE),
    ("mon pied gauche est faible, je peux pas marcher sur le talon, la douleur augmente pas", WORSE),
    ("je trouve des traces de selles dans ma culotte et je ne me suis rendu compte de rien", BLADDER),
    ("found skid marks in my pants and never felt it", BLADDER),
    ("je fais ma grosse commission normalement, pas de souci", {}),
    ("de grote boodschap gaat normaal, geen probleem", {}),
    ("je vais faire les commissions a la Migros", {}),
    ("my left foot slaps like a flip-flop", WORSE),
    ("ik ben vandaag twee keer met mijn voet blijven haken aan de stoeprand", WORSE),
    ("il a pris le trottoir avec sa voiture 2 fois", {}),
    ("ma tong claque quand je marche", {}),
    ("mijn slipper klapt op de grond", {}),
    ("both my legs feel like cotton wool with pins and needles both sides", {"both_legs": True, "leg_numbness": True}),
    ("mes deux jambes sont comme du coton avec des fourmis, je n'ai jamais trebuche", {"both_legs": True, "leg_numbness": True}),
    ("je suis a 78 kilos alors que j'etais a 71 en septembre", {}),
    ("ik ben 80 kilo terwijl ik vroeger 75 woog", {}),
    ("j'ai perdu 9 kg en 3 mois sans raison. est-ce que la perte de poids fragilise le dos?", WEIGHT),
    ("lost 9 kg in 3 months without trying. is the weight loss weakening my back?", WEIGHT),
    ("had flu last week, over since thursday. the flu came back today, could it be the same?", {"fever": True}),
    ("j'ai eu la grippe la semaine passee avec 39,5, c'est fini depuis jeudi. depuis hier j'ai a nouveau des frissons et 38,8",
     {"fever": True}),
]


test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
