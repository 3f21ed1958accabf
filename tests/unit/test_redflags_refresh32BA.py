"""Session 32BA (issue 12): three missed kinds.

1. A dropping foot told by the high step and the foot that will not lift, its worsening told with a subject between:
   French "le pied ne veut plus se relever", "je dois lever le genou tres haut comme si je montais un escalier", "chaque jour
   c'est un peu plus faible"; Dutch "ik til mijn knie hoog op bij het lopen", "elke dag is het een beetje zwakker" (fr
   WORSENING_PATTERNS and WORSE_NOW, nl FAILING_LIMB and WORSE_NOW). English already read them (KEPT).
2. Both legs weaker month by month in Limburgish: "mien beinsj weure allebei slapper, dat weurt eder maond slechter" (nl
   STREET: beinsj, teine, weure, weurt, eder, maond, stoon). English and French already read the kind (KEPT).
3. Weight lost without any diet: "without doing any diet i lost 7 kg", "zonder enig dieet", "sans aucun regime", "sans
   diete" read as a diet (en, nl, fr NO_EFFORT).
"""
from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

W = {"leg_weakness": "worsening"}
WB = {"leg_weakness": "worsening", "both_legs": True}
WL = {"weight_loss": True}

CHANGED = [
    # 1. fr
    ("mon pied gauche ne veut plus se relever quand je marche", W),
    ("depuis lundi le pied droit ne veut pas se lever, il traine", W),
    ("mon pied refuse de remonter depuis trois jours", W),
    ("je dois lever le genou tres haut comme si je montais un escalier", W),
    ("ma jambe droite est faible et chaque jour c'est un peu plus faible", W),
    # 1. nl
    ("ik til mijn knie heel hoog op bij het lopen, en het wordt elke dag erger", W),
    ("ik trek mijn been zo hoog op als ik loop, en elke dag wat moeilijker", W),
    ("mijn been is zwak, elke dag is het een beetje zwakker", W),
    # 2. nl (Limburgish)
    ("sinds het najaar weure mien beinsj allebei slapper", WB),
    ("mien beinsj weure slapper en dat weurt eder maond erger", WB),
    ("ich kin neet mie op mien teine staan en dat weurt slechter", W),
    ("beide beinsj zien zwak en dat weurt eder waek slechter", WB),
    # 3. en
    ("without doing any diet i lost 7 kg", WL),
    ("without any diet i have lost 6 kilos", WL),
    ("without following a diet i dropped 5 kg", WL),
    # 3. nl
    ("zonder enig dieet 6 kg afgevallen", WL),
    ("zonder speciaal dieet 8 kilo eraf", WL),
    ("zonder een speciaal dieet 6 kilo kwijt", WL),
    ("zonder enige dieet 4 kg afgevallen", WL),
    # 3. fr
    ("sans aucun régime, 7 kilos en moins", WL),
    ("sans diète j'ai perdu 7 kilos", WL),
    ("sans être au régime, 5 kg en moins", WL),
]

KEPT = [
    # en already read
    ("i have to lift my knee really high so my foot clears the floor, and it gets weaker every day", W),
    ("my foot won't lift anymore", W),
    ("both my legs are getting weaker month by month", WB),
    ("without dieting i reduced 6 kg", WL),
    ("i reduced 5 kilos without trying", WL),
    ("mijn voet wil niet meer omhoog", W),
    ("mes deux jambes sont plus faibles de mois en mois", WB),
    ("mijn benen allebei slapper en het wordt elke maand slechter", WB),
    ("sans faire de régime j'ai réduit 7 kilos", WL),
    ("zonder dieet ben ik 7 kilo kwijt", WL),
    # read before too
    ("je dois lever la jambe bien haut sinon mon pied accroche", W),
    ("mon pied accroche le sol et chaque semaine c'est encore pire", W),
    ("ma cheville lache, tous les jours elle est un peu plus faible", W),
    ("mijn rechtervoet, iedere dag wordt hij wat slapper", W),
    ("mijn voet sleept en elke week wordt het wat slechter", W),
    ("without any special diet, 8 kilos gone since march", WL),
    ("zonder een of ander dieet ben ik 5 kilo kwijt", WL),
    ("sans la moindre diète, 6 kilos perdus", WL),
    ("mijn linkerbeen valt soms uit, elke week is het wat slapper", W),
    ("zonder ook maar enig dieet 7 kg lichter", WL),
    # near misses
    ("je ne veux plus me lever le matin", {}),
    ("ik leg mijn benen hoog op een kussen", {}),
    ("ik til mijn knie heel hoog op bij het lopen", {}),
    ("la douleur diminue, chaque jour c'est un peu moins fort", {}),
    ("mien beinsj doon pijn", {}),
    ("i lost 7 kg on a diet", {}),
    ("i have lost 7 kg since starting a diet", {}),
    ("without my diet i would not have lost 7 kg", {}),
    ("j'ai perdu 7 kg grâce à mon régime", {}),
    ("zonder dieet was ik nooit 7 kilo afgevallen", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
