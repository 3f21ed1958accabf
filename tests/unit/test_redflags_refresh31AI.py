"""Session 31, round AI: saddle numbness told by a comparison that comes first ("as if my bum came out of the freezer"), the
inner thighs "right up at the top" before their cardboard feel, a carer's relative asking whether their own cancer causes the
back pain, and the pain told day and night with the sleep lost.

Fresh blind messages (outside writers) were read wrong:
1. The saddle area told "as if / comme si / on dirait que / alsof" it came out of the fridge or freezer, the comparison word first
   and the area after it, read nothing (round 31AE read only the area first: "mes fesses sont comme sorties du frigo"); "the inner
   thighs all the way up, it's cardboard" read nothing ("tout en haut": its "en" is the Dutch "and", two clauses), nor the top
   of both thighs "cartonne" (fr).
2. "my mum (80) has had back pain for weeks, could her cancer be causing it?" read no cancer history: the message typed for her
   read "could my cancer be causing it", and the doubt "could" undid the cancer the patient owns (as did "est-ce que" in French).
3. "my back hurts day and night and i havent slept" read no night pain: the Dutch dialect rewrite of "slept" (dragged) turned
   every English "slept" into "sleept"; "geen oog dichtgedaan", "pas ferme l'oeil" were no sleep lost, and the sentence opening
   on "day and night" with the sleep lost right after it (the pain told before) was not read.

Changed (en, nl, fr packs, session 31AI entries):
- SADDLE_PATTERNS: the comparison first, the area after, out of the fridge/freezer/koelkast/diepvries/congelateur (en, nl, fr);
  the top of the thighs ("le haut des cuisses", "cuisses tout en haut") numb or cartonne (fr).
- CROTCH_PHRASES: the inner thighs "right up at the top", "helemaal bovenaan", "tout en haut" stay the saddle area.
- CANCER_OWNED, CANCER_OWNED_NOT_AFTER (new; engine _cancer_owned): "my (prostate) cancer", "mijn kanker", "mon cancer" in a
  question of its doing is the patient's own, whatever doubt frames it (not "my cancer risk"; not "is my backache cancer").
- PROXY_PRONOUNS_BEFORE (nl): "zijn kanker" in a message typed for him is the patient's.
- NIGHT_PATTERNS (_P30AC_NO_SLEEP, _P30AC_GEEN_SLAAP, _P30AC_SANS_SOMMEIL): not a wink, up all night, "geen oog (meer)
  dichtgedaan", "wakker gelegen", "pas ferme l'oeil", "j'ai pas dormi"; the sentence opening on day and night, the sleep lost
  right after; the nl SPOKEN rewrite "slept" -> "sleept" only after a Dutch foot or leg word.

Kept: food out of the fridge, cold hands, cardboard hands, a cold bum from a cold step, a relative's cancer asked about for the
writer's own back, "could this give me cancer" style questions, shift work day and night, the signs read before."""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

SADDLE = {"saddle_numbness": True}
CANCER = {"cancer_history": True}
NIGHT = {"night_pain": True}

CHANGED = [
    # 1. the comparison first, the saddle area after it, out of the fridge or freezer
    ("it feels as if my bum came straight out of the fridge", SADDLE),
    ("like my buttocks have been sitting in the freezer all night", SADDLE),
    ("its as though my backside had just come out of the deep freeze", SADDLE),
    ("when i sit its like my bottom was taken out of the freezer, cant feel much", SADDLE),
    ("het voelt alsof mijn billen uit de diepvries komen", SADDLE),
    ("net alsof mijn zitvlak net uit de koelkast kwam", SADDLE),
    ("het lijkt wel alsof mijn poep een nacht in de vriezer heeft gelegen", SADDLE),
    ("precies of mijn kont uit de ijskast komt", SADDLE),
    ("comme si mes fesses sortaient du congélateur", SADDLE),
    ("on dirait que mon entrejambe sort tout juste du frigo", SADDLE),
    ("on dirait que mon derrière a passé la nuit au congélateur", SADDLE),
    ("j'ai l'impression que mes fesses viennent de sortir du réfrigérateur", SADDLE),
    # ... the inner thighs right up at the top, then their cardboard feel; the top of both thighs (fr)
    ("my inner thighs right up at the top, it feels like cardboard", SADDLE),
    ("my inner thighs up high, they feel like cardboard", SADDLE),
    ("de binnenkant van mijn dijen helemaal bovenaan, het voelt als karton", SADDLE),
    ("mijn dijen aan de binnenkant helemaal bovenaan, dat voelt als karton", SADDLE),
    ("l'intérieur de mes cuisses tout en haut, c'est tout cartonné", SADDLE),
    ("l'intérieur des cuisses bien en haut est engourdi", SADDLE),
    ("le haut des cuisses, c'est cartonné depuis hier", SADDLE),
    ("mes cuisses tout en haut c'est comme cartonné", SADDLE),
    ("en haut des cuisses c'est tout engourdi", SADDLE),
    # 2. a carer's relative asking whether their own cancer causes it (the message typed for them); the patient's own too
    ("my dad (77) has had a sore back for a month, could his prostate cancer be behind it?", CANCER),
    ("my wife, 62, has had terrible back pain since may. could it be her breast cancer?", CANCER),
    ("my back has been aching for weeks, could my cancer be causing it?", CANCER),
    ("sore lower back for ten days, is it my bowel cancer?", CANCER),
    ("mijn vader heeft al een maand rugpijn, zou het zijn kanker kunnen zijn?", CANCER),
    ("mijn man (70) heeft al weken pijn in zijn rug, kan het zijn prostaatkanker zijn?", CANCER),
    ("ik heb al weken rugpijn, zou het mijn borstkanker kunnen zijn?", CANCER),
    ("mon père a mal au dos depuis un mois, est-ce que ça peut être son cancer ?", CANCER),
    ("ma femme a mal au dos depuis des semaines, est-ce que ça vient de son cancer du sein ?", CANCER),
    ("j'ai mal au dos depuis trois semaines, est-ce que ça peut venir de mon cancer ?", CANCER),
    ("mal au bas du dos depuis dix jours, ça peut être mon cancer du sein ?", CANCER),
    # 3. the pain day and night, the sleep lost
    ("my back hurts day and night and i havent slept", NIGHT),
    ("the pain in my lower back is there night and day, havent slept properly in a week", NIGHT),
    ("my back is agony. day and night, i havent slept a wink", NIGHT),
    ("aching day and night, didnt get a wink last night", NIGHT),
    ("dag en nacht pijn, ik heb geen oog dichtgedaan", NIGHT),
    ("mijn rug doet dag en nacht zeer, heb vannacht geen oog meer dichtgedaan", NIGHT),
    ("pijn in mijn onderrug. dag en nacht, ik heb de hele nacht wakker gelegen", NIGHT),
    ("de pijn is er dag en nacht, ik heb weer wakker gelegen", NIGHT),
    ("j'ai mal au dos jour et nuit, j'ai pas fermé l'oeil", NIGHT),
    ("une douleur dans le bas du dos. jour et nuit, j'ai pas dormi", NIGHT),
    ("mal jour et nuit, pas pu fermer l'oeil de la nuit", NIGHT),
    ("ça fait mal nuit et jour et j'ai pas dormi de la nuit", NIGHT),
]

KEPT = [
    # 1. no saddle area, food from the fridge, cold hands, a cold bum told cold
    ("i took the butter out of the fridge and my back twinged", {}),
    ("my hands are like ice", {}),
    ("my bum is cold from sitting on a cold step", {}),
    ("j'ai sorti le beurre du frigo et j'ai eu mal au dos", {}),
    ("la peau des mains cartonnée", {}),
    ("ik pakte de melk uit de koelkast en toen schoot het in mijn rug", {}),
    ("mijn handen zijn ijskoud", {}),
    ("mes fesses sont comme sorties du frigo", SADDLE),
    ("my backside feels like its just come out of the freezer", SADDLE),
    ("l'intérieur des cuisses, c'est cartonné", SADDLE),
    ("my inner thighs are like cardboard", SADDLE),
    ("my inner thighs right up at the top feel like cardboard", SADDLE),
    ("binnenkant van mijn dijen bovenaan voelt als karton", SADDLE),
    ("j'ai mal en haut des cuisses", {}),
    # 2. a relative's cancer asked about for the writer's own back; cancer questions with no one's own
    ("my mum had cancer, could my back pain be cancer?", {}),
    ("is my backache cancer?", {}),
    ("mal au bas du dos depuis dix jours, c'est mon cancer qui fait ça ?", CANCER),
    ("could my back pain be a sign of cancer?", {}),
    ("my cancer risk worries me, my dad had it", {}),
    ("ma mère a eu un cancer, est-ce que mon mal de dos peut être un cancer ?", {}),
    ("mijn moeder (80) heeft al weken rugpijn, kan dat van haar kanker komen?", CANCER),
    # 3. day and night not the pain with no sleep; the pain without sleep lost
    ("day and night shifts at work make my back sore", {}),
    ("i work day and night and cant sleep", {}),
    ("a bit stiff in the morning, fine at night", {}),
    ("ik werk dag en nacht en slaap slecht", {}),
    ("je travaille jour et nuit et je dors mal", {}),
    ("mien voot slept over de grond en t wordt elke dag slimmer", {"leg_weakness": "worsening"}),
    ("the pain is there day and night, i can't sleep", NIGHT),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
