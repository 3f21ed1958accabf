"""Red flags (session 17, helper E): what a blind refresh missed, fixed in general form with en/nl/fr twins.

A relative's back pain opening the message (typed for them), a cancer told by its operation, the night tries listed
then "nothing", both legs lacking strength, the stretch "from the hips to the toes" between the legs and the numbness,
"de trap" (the stairs) read as a kick, and French false alarms: a cut and fasting, a back pain that "finit en cancer".
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

CHANGED = [
    # a relative's back pain going on now opens the message: her signs are the patient's
    ("my mum (82) has had a bad back since sunday, both her legs are numb and weak and no worse than tuesday",
     {"both_legs": True, "leg_numbness": True, "leg_weakness": "stable"}),
    ("my mam has had a sore back all week, now both her legs have gone numb and weak and she says its getting worse",
     {"both_legs": True, "leg_numbness": True, "leg_weakness": "worsening"}),
    ("mijn moeder (79) heeft al de hele week last van haar rug, nu zijn haar beide benen doof en slap, ze zegt dat het "
     "niet erger is dan dinsdag", {"both_legs": True, "leg_numbness": True, "leg_weakness": "stable"}),
    ("ma mère (79 ans) a mal au dos depuis une semaine, maintenant ses deux jambes sont engourdies et faibles, elle dit "
     "que c'est pas pire que mardi", {"both_legs": True, "leg_numbness": True, "leg_weakness": "stable"}),
    # a cancer told by its operation
    ("had my prostate done 5 years ago, all clear they said", {"cancer_history": True}),
    ("had my prostate out 6 years ago, all clear since", {"cancer_history": True}),
    ("prostate removed in 2015, all clear", {"cancer_history": True}),
    ("had the prostate done 4 yr ago and now i have a fever", {"cancer_history": True, "fever": True}),
    ("had a lump out of my breast 3 years ago, all clear", {"cancer_history": True}),
    ("ik heb mijn prostaat eruit laten halen 4 jaar geleden, alles schoon zeiden ze", {"cancer_history": True}),
    ("prostaat weggehaald in 2018, alles schoon", {"cancer_history": True}),
    ("borst geopereerd in 2019, alles schoon", {"cancer_history": True}),
    ("sein droit opéré en 2020 + rayons, on m'a dit que tout était propre", {"cancer_history": True}),
    ("on m'a enlevé la prostate il y a 4 ans, tout est propre", {"cancer_history": True}),
    ("opérée du sein en 2019, tout était propre", {"cancer_history": True}),
    # woken every night, the tries listed, then nothing
    ("ça me réveille chaque nuit vers 4h, je change de côté, je me lève, je mets un coussin, rien", {"night_pain": True}),
    ("ça me réveille toutes les nuits, je me retourne, je me lève, je marche, rien n'y fait", {"night_pain": True}),
    ("it wakes me every night around 3, i turn over, pillow between my knees, get up, nothing", {"night_pain": True}),
    ("het maakt me elke nacht wakker rond 3 uur, ik draai me om, kussen tussen de knieën, ik sta op, niks",
     {"night_pain": True}),
    # both legs lacking strength
    ("depuis l'opération j'ai les deux jambes qui manquent de force, c'est pas pire ni mieux depuis un an, c'est stable",
     {"both_legs": True, "leg_weakness": "stable"}),
    ("mes deux jambes manquent de force depuis ce matin", {"both_legs": True, "leg_weakness": "worsening"}),
    ("les deux guibolles en coton, aujourd'hui je dois tirer sur la rampe, ca empire d'heure en heure",
     {"both_legs": True, "leg_weakness": "worsening"}),
    # the stretch told between the legs and the numbness
    ("beide benen van de heup tot de tenen zo prikkelig doof, allebei de benen hebben geen kracht, gister ging dat nog",
     {"both_legs": True, "leg_numbness": True, "leg_weakness": "worsening"}),
    ("mijn benen van de knie tot aan de tenen helemaal zo raar doof", {"both_legs": True, "leg_numbness": True}),
    ("both legs from the hips to my toes all prickly and numb", {"both_legs": True, "leg_numbness": True}),
    # "de trap" is the stairs, no kick
    ("beide benen doof, ik krijg mezelf de trap naar zolder bijna niet meer op",
     {"both_legs": True, "leg_numbness": True}),
    ("ik krijg mezelf de trap bijna niet meer op", {}),
    # weight lost on purpose; a back pain asked about as ending in cancer
    ("j'ai fondu de 8 kilos en 2 mois avec la sèche et le jeûne 16/8, la salle 5x semaine", {}),
    ("j'ai perdu 6 kilos avec le jeûne intermittent", {}),
    ("est-ce qu'un mal de dos qui dure ça peut finir en cancer à force?", {}),
    ("un mal de dos ça peut finir en tumeur?", {}),
]
KEPT = [
    ("had my knee done 4 yr ago", {}),
    ("prostate checked, all clear", {}),
    ("had my prostate checked last year, all clear", {}),
    ("had my boobs done in turkey", {}),
    ("opéré du genou", {}),
    ("knie geopereerd in 2019, alles goed", {}),
    ("prostaat laten controleren, alles in orde", {}),
    ("ze hebben mijn borst geopereerd in 2019 en toen bestraling gehad", {"cancer_history": True}),
    ("had a lump out of my breast + radiotherapy", {"cancer_history": True}),
    ("ça me réveille quand je me retourne", {}),
    ("ça me réveille quand je me retourne, rien d'autre", {}),
    ("it wakes me when i turn over", {}),
    ("it wakes me when i turn over, nothing else", {}),
    ("ik word wakker als ik me omdraai", {}),
    ("mon bras manque de force", {}),
    ("je manque de force le matin", {}),
    ("mon genou lâche, pareil qu'au début, pas pire", {}),
    ("my legs from the hips to my toes ache like mad", {}),
    ("mijn benen van de heup tot de tenen doen pijn", {}),
    ("ik kreeg een trap tegen mijn rug", {"onset": "trauma"}),
    ("j'ai perdu 6 kilos sans rien faire, je suis jeune pourtant", {"weight_loss": True}),
    ("lost 9 kilos in 2 months on a cut and intermittent fasting, gym 5x a week", {}),
    ("j'ai eu un cancer du sein, est-ce que ça peut finir en métastases?", {"cancer_history": True}),
    ("my dad had back pain years ago, he had cancer", {}),
    ("mijn vader had vroeger rugpijn, zijn benen zijn doof", {}),
    ("mon père avait mal au dos, ses jambes étaient engourdies", {}),
    ("my mum has had a bad back all week, my legs are fine", {}),
]


test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
