"""Session 26, helper G, after the blind refresh 40/26 scored once: weight, cancer, night and the bed, told by strangers.

1. Weight lost told as "reduced" (Indian and South-Asian English), "become thin", and in Dutch and French twins ("i have
   reduced 8 kilos", "my weight has reduced", "i have become very thin", "afgezakt in gewicht", "mijn gewicht is
   verminderd", "j'ai diminue de 7 kg", "j'ai fondu"). "thin" was read as "thing" (a dropped g put back). Kept: a loss
   told with a diet, "reduced my weights", "my hair has become thin", "j'ai fondu en larmes".
2. Relatives listed with the cancer they died of ("went wi cancer", "gone with cancer", "eraan gestorven", "partis d'un
   cancer"): the Northern "me" before kin in the plural ("two of me brothers", "me twee zussen") was read as the patient;
   "nephew", "niece" and the French "famille" were no relatives. Kept: the patient's own cancer, "tout est parti d'un
   cancer du sein", "mon medecin de famille a trouve un cancer".
3. Night pain only on turning over, eased once settled, then a general question ("is night pain a bad sign?", "is pain at
   night serious?", "is nachtpijn erg?", "etre reveille par la douleur la nuit c'est grave ?"): the question is told in
   general and the person's own night, read positional by the night rules, counts as told fine. Kept: a night pain
   nothing eases, the question alone, the question with another own complaint.
4. Wetting the bed told by a carer, in the third person ("hij heeft in zijn bed geplast zonder dat hij het doorhad", "he
   peed in his bed"), or in bed without a possessive ("i peed in bed", "mon pere a fait pipi au lit"). Kept: a child's
   bedwetting ("my son peed in his bed", "mijn zoontje plast in bed", "mon fils fait encore pipi au lit"), as a kid."""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

WEIGHT = {"weight_loss": True}
CANCER = {"cancer_history": True}
NIGHT = {"night_pain": True}
BLADDER = {"bladder_bowel": True}

CHANGED = [
    # 1. weight reduced, become thin
    ("in last 3 months i have reduced 8 kilos without trying", WEIGHT),
    ("my weight has reduced a lot since january, no diet", WEIGHT),
    ("weight is reducing month by month, dont know why", WEIGHT),
    ("i have become very thin these past weeks", WEIGHT),
    ("im getting thin and my appetite is gone", WEIGHT),
    ("ik ben de laatste maanden flink afgezakt in gewicht", WEIGHT),
    ("mijn gewicht is verminderd zonder dat ik iets doe", WEIGHT),
    ("in gewicht achteruitgegaan sinds de zomer", WEIGHT),
    ("ik ben dun geworden, mijn vrouw ziet het ook", WEIGHT),
    ("j'ai diminué de 7 kg en deux mois", WEIGHT),
    ("j'ai réduit de près de 5 kilos sans régime", WEIGHT),
    ("j'ai beaucoup diminué en poids", WEIGHT),
    ("je suis devenu tout maigre", WEIGHT),
    ("j'ai fondu ces derniers mois", WEIGHT),
    # 2. relatives' cancer
    ("two of me sisters had breast cancer", {}),
    ("me three brothers all had cancer so the missus worries", {}),
    ("my dad and both me uncles went with cancer", {}),
    ("my nephew had leukaemia last year", {}),
    ("twee van me broers hadden kanker", {}),
    ("me twee zussen hebben borstkanker gehad", {}),
    ("mijn pa en twee broers zijn er aan gestorven, aan kanker", {}),
    ("le cancer est dans la famille", {}),
    ("y a du cancer dans la famille, du côté de mon père", {}),
    ("mon père et deux de mes frères, partis d'un cancer", {}),
    # 3. night pain positional, then a general question
    ("it only wakes me when i turn over in bed, fine once settled. is night pain a bad sign?", {}),
    ("at night it only catches when i roll over, once im comfy on my back its fine. is pain at night serious?", {}),
    ("only hurts in bed when i turn onto my other side, then it settles. should i worry about night pain?", {}),
    ("it wakes me when i roll over, then its fine. is night pain serious?", {}),
    ("it only hurts turning over in bed, fine after. waking with pain at night, is that a bad sign?", {}),
    ("ik word enkel wakker als ik me omdraai, daarna is het goed. is nachtpijn erg?", {}),
    ("als ik me omdraai in bed schiet het erin, daarna slaap ik verder. pijn s nachts, is dat erg?", {}),
    ("in bed doet het enkel pijn als ik me omdraai, daarna is het weg. moet ik me zorgen maken over nachtpijn?", {}),
    ("s nachts alleen bij het omdraaien, daarna gaat het. betekent nachtpijn iets ergs?", {}),
    ("ça me réveille seulement quand je me retourne, après ça va. être réveillé par la douleur la nuit c'est grave ?", {}),
    ("la nuit j'ai mal seulement quand je me retourne, ensuite ça passe. être réveillé par la douleur la nuit, mauvais signe ?",
     {}),
    ("au lit ça tire juste quand je me tourne, après c'est bon. dois-je m'inquiéter d'être réveillé par la douleur la nuit ?",
     {}),
    # 4. the bed wet, told by a carer or without a possessive
    ("typing for my husband. he peed in his bed last night and it never happened before", BLADDER),
    ("i peed in bed last night, first time ever", BLADDER),
    ("my dad peed in bed last night", BLADDER),
    ("ik schrijf voor mijn vader. hij heeft in zijn bed geplast zonder dat hij het doorhad", BLADDER),
    ("mijn moeder heeft vannacht in bed geplast", BLADDER),
    ("ik heb geplast zonder dat ik het gemerkt heb", BLADDER),
    ("mon père a fait pipi au lit cette nuit", BLADDER),
    ("ma mère a uriné au lit sans s'en rendre compte", BLADDER),
    ("mon mari a fait pipi au lit cette nuit, c'est la première fois", BLADDER),
]

KEPT = [
    # 1. neighbours of weight lost
    ("i have lost 6 kg, i am not doing any dieting", WEIGHT),
    ("i have reduced 5 kilos by dieting", {}),
    ("i reduced my weights at the gym", {}),
    ("my hair has become thin", {}),
    ("i have reduced my painkillers", {}),
    ("ik ben 6 kilo afgezakt door mijn dieet", {}),
    ("mijn haar is dun geworden", {}),
    ("ik ben 6 kilo minder", WEIGHT),
    ("j'ai diminué de 6 kg avec mon régime", {}),
    ("j'ai fondu en larmes", {}),
    ("j'ai diminué les antidouleurs", {}),
    ("j'ai fondu pour ce petit chiot", {}),
    ("j'ai perdu 9 kg au sport, exprès. est-ce parce que j'ai fondu que j'ai mal au dos ?", {}),
    # 2. the patient's own cancer, relatives told plainly
    ("i had cancer myself", CANCER),
    ("me mam had cancer", {}),
    ("my dad and two of my brothers all died of cancer", {}),
    ("me and my dad both had cancer", CANCER),
    ("ik heb zelf kanker gehad", CANCER),
    ("mijn pa is aan kanker gestorven", {}),
    ("tout est parti d'un cancer du sein en 2015", CANCER),
    ("mon médecin de famille a trouvé un cancer", CANCER),
    ("j'ai eu un cancer", CANCER),
    ("mon père est mort d'un cancer", {}),
    # 3. night pain nothing eases, or the question alone
    ("my back wakes me every night and nothing eases it. is night pain a bad sign?", NIGHT),
    ("is night pain a bad sign?", NIGHT),
    ("it only wakes me when i turn over, fine once settled. but it also throbs all night even lying still. is night pain a bad sign?",
     NIGHT),
    ("my lower back wakes me up in the night but only when i roll over", {}),
    ("ik word elke nacht wakker van de pijn en geen enkele houding helpt. is nachtpijn erg?", NIGHT),
    ("is nachtpijn erg?", NIGHT),
    ("the nights are the worst, i try my side, on my back, a cushion between the knees, nothing helps at all", NIGHT),
    ("at night i lie on my side, on my back, nothing works, so is night pain a bad sign?", NIGHT),
    ("la douleur me réveille toutes les nuits, aucune position ne soulage. être réveillé par la douleur la nuit c'est grave ?",
     NIGHT),
    ("être réveillé par la douleur la nuit c'est grave ?", NIGHT),
    ("être réveillé par la douleur la nuit, c'est grave ?", NIGHT),
    ("numb bum, is that bad?", {"saddle_numbness": True}),
    # 4. a child's bedwetting, one's own as a kid
    ("my son peed in his bed", {}),
    ("my little boy still wets the bed", {}),
    ("i peed in bed as a kid", {}),
    ("i wet the bed last night without noticing", BLADDER),
    ("mijn zoontje plast in bed", {}),
    ("mijn zoontje heeft in zijn bed geplast", {}),
    ("ik heb in mijn bed geplast", BLADDER),
    ("mon fils fait encore pipi au lit", {}),
    ("il a fait pipi au lit", BLADDER),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
