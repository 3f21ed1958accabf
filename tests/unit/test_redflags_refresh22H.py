"""Session 22, helper H, after the blind refresh scored once: a leak told by what is found, not noticed ("been wet in
his chair and doesnt seem to notice", "nat in zijn stoel en hij merkt het niet", "mon calecon sali et j avais rien senti
venir"; the carer's relative is the patient; a child wetting the bed, sweat, "dry before and still dry" stay none); night
pain that no position eases, told by the positions tried ("doesnt matter if i lie flat or curl up, it stays", "liggen
lukt op geen enkele manier", "je me tourne, je me leve, rien ne la chasse"; eased by turning, better once up stay none);
weight told by the belt on its last hole, a few words between ("belt is now on the last hole", "au dernier trou de ma
ceinture"; a diet told stays none); both legs given two signs in a list with a comma ("les deux jambes sont en coton,
engourdies", "both legs like jelly, numb to the toes": the numbness after the comma was lost); a foot that slaps when
walking and toes that no longer lift, getting worse ("mijn voet klapt bij het stappen", "mijn tenen omhoog trekken lukt
niet meer", the old spelling "teenen" is the toes, not "benen")."""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

BLADDER = {"bladder_bowel": True}
NIGHT = {"night_pain": True}
WEIGHT = {"weight_loss": True}
WORSE = {"leg_weakness": "worsening"}
BOTH_NUMB_WEAK = {"both_legs": True, "leg_numbness": True, "leg_weakness": "worsening"}
BOTH_NUMB_STABLE = {"both_legs": True, "leg_numbness": True, "leg_weakness": "stable"}

CHANGED = [
    # 1. a leak found, not noticed
    ("i'm writing for my mum, she has been wet in her chair most afternoons and doesn't notice", BLADDER),
    ("woke up wet in bed and didn't even feel it happen", BLADDER),
    ("found myself soaked in my trousers at work and never noticed a thing", BLADDER),
    ("ik lag nat in mijn bed en ik had er niks van gevoeld", BLADDER),
    ("ik typ voor mijn vader: hij is vuil in zijn broek en heeft het niet gemerkt", BLADDER),
    ("mon calbute etait sali et j'ai rien vu venir", BLADDER),
    ("je suis trempe dans mon fauteuil apres la sieste et j'ai rien senti", BLADDER),
    # 2. night pain no position eases
    ("at night it doesn't matter how i lie, on my back or my side, the pain just stays", NIGHT),
    ("doesnt matter whether i sleep on my front or curl up, it just wont budge", NIGHT),
    ("s nachts lukt liggen op geen enkele manier", NIGHT),
    ("la nuit je me retourne, je me leve, rien ne la calme", NIGHT),
    ("le soir je me couche, je me tourne, rien ne la soulage jusqu'au matin", NIGHT),
    ("je tourne dans le lit, je me leve, je marche, rien ne la chasse", NIGHT),
    # 3. the belt on its last hole
    ("my belt is now right on the last hole and i'm not trying to lose weight", WEIGHT),
    ("the belt is already on the tightest notch", WEIGHT),
    ("i'm on the last hole of my belt now", WEIGHT),
    ("je suis au dernier trou de ma ceinture sans rien faire", WEIGHT),
    ("ma ceinture est deja au dernier cran", WEIGHT),
    ("au dernier cran de la ceinture et je mange normalement", WEIGHT),
    ("mijn riem zit nu al op het laatste gaatje", WEIGHT),
    ("ik zit op het laatste gaatje van mijn riem", WEIGHT),
    # 4. both legs, two signs in a list
    ("both legs have gone weak, numb all the way down", BOTH_NUMB_WEAK),
    ("both legs have gone weak, numb and heavy", BOTH_NUMB_WEAK),
    ("mijn twee benen zijn slap, gevoelloos, al weken hetzelfde", BOTH_NUMB_STABLE),
    ("les deux jambes sont faibles, fourmillent jusqu'aux orteils", BOTH_NUMB_WEAK),
    ("mes deux jambes sont molles, insensibles depuis lundi", BOTH_NUMB_WEAK),
    ("les deux jambes sont en coton, engourdies du genou au pied", BOTH_NUMB_WEAK),
    ("mes deux jambes sont en coton, engourdies, ni mieux ni pire depuis l'ete", BOTH_NUMB_STABLE),
    # 5. a foot that slaps when walking, toes that no longer lift, worse
    ("mijn linkervoet klapt tijdens het wandelen en het wordt elke dag erger", WORSE),
    ("mn voet klapt bij het stappen, t wordt slechter", WORSE),
    ("mijn tenen omhoog trekken lukt bijna niet meer en het wordt erger", WORSE),
    ("mijn teenen krijg ik niet meer omhoog, elke dag slechter", WORSE),
    ("mijn rechtervoet klapt als ik loop en het wordt steeds erger", WORSE),
    ("mijn voet kletst tijdens het lopen, steeds erger", WORSE),
]

KEPT = [
    # 1. a leak found: the readings of before, and the neighbours
    ("there was poo in my underwear tonight and i didn't know it had come", BLADDER),
    ("j'ai retrouve mon slip souille ce matin et j'avais rien remarque", BLADDER),
    ("je me suis reveille mouille dans mon lit sans m'en rendre compte", BLADDER),
    ("my son is six and still wet in bed some nights, he doesn't notice", {}),
    ("woke up wet in bed with sweat and didnt notice the heating was on", {}),
    ("he was dry before and is still dry, no accidents", {}),
    ("my pants were wet from the rain, didn't notice the hole in my umbrella", {}),
    ("mijn zoontje is nat in zijn bed en merkt het niet, hij is vier", {}),
    ("nat in mijn bed van het zweet, ik had het niet gemerkt", {}),
    ("mouille dans mon lit de transpiration, j'ai rien senti", {}),
    ("mon pantalon etait mouille par la pluie, j'avais pas remarque", {}),
    # 2. night pain: the readings of before; eased by turning, better once up
    ("whatever way i lie it is still there all night", NIGHT),
    ("snachts kan ik in geen enkele houding liggen", NIGHT),
    ("hoe ik ook lig, de pijn blijft", NIGHT),
    ("peu importe la position, la douleur reste", NIGHT),
    ("at night it eases when i turn over", {}),
    ("it only hurts when i turn over in bed", {}),
    ("once i get up in the morning it's better", {}),
    ("liggen gaat beter op mijn zij", {}),
    ("snachts enkel pijn als ik me omdraai", {}),
    ("quand je me tourne la nuit ca passe", {}),
    ("je me tourne et ca va mieux", {}),
    # 3. the belt: a diet told, weight gained
    ("my belt is on the last hole because i have been dieting since january", {}),
    ("i'm on a diet and my belt is now on the last hole", {}),
    ("my belt needs a bigger size, i've put on weight", {}),
    ("mijn riem staat op het laatste gaatje want ik volg een dieet", {}),
    ("je fais un regime et ma ceinture est au dernier trou", {}),
    ("ma ceinture est trop petite, j'ai pris du poids", {}),
    # 4. both legs: the readings of before, a negation in the list
    ("both my legs are like jelly, numb from the knees down", BOTH_NUMB_WEAK),
    ("mijn twee benen zijn krachteloos, doof van de dijen tot de voeten", BOTH_NUMB_WEAK),
    ("beide benen voelen slap, verdoofd tot aan de knieen", BOTH_NUMB_WEAK),
    ("both legs are weak, not numb", {"both_legs": True, "leg_weakness": "worsening"}),
    ("beide benen zijn slap, niet gevoelloos", {"both_legs": True, "leg_weakness": "worsening"}),
    ("les deux jambes sont molles, pas engourdies", {"both_legs": True, "leg_weakness": "worsening"}),
    ("les deux jambes sont engourdies, ni mieux ni pire", {"both_legs": True, "leg_numbness": True}),
    ("both legs are numb", {"both_legs": True, "leg_numbness": True}),
    ("mes deux jambes sont faibles, comme du coton", {"both_legs": True, "leg_weakness": "worsening"}),
    ("both legs are weak, like jelly", {"both_legs": True, "leg_weakness": "worsening"}),
    ("beide benen zijn gevoelloos en slap, niet beter niet slechter", BOTH_NUMB_STABLE),
    # 5. the foot: the readings of before; no worsening told, a door, toes that lift
    ("de tenen van mijn rechtervoet krijg ik haast niet meer omhoog, het gaat achteruit", WORSE),
    ("i cant lift my toes up anymore, it is getting worse", WORSE),
    ("je n'arrive plus a relever les orteils, c'est pire de jour en jour", WORSE),
    ("mijn voet klapt bij het lopen, al maanden hetzelfde, niet erger", {}),
    ("de deur klapt bij het lopen door de gang", {}),
    ("my toes are fine, i can lift them", {}),
    ("je relève bien les orteils, pas de faiblesse", {}),
    ("mijn tenen omhoog trekken lukt prima", {}),
    ("ik trek mijn tenen omhoog en dat lukt", {}),
]


test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
