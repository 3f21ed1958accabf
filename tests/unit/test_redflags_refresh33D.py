"""Session 33, round D: false alarms of three kinds, a sign asked about or warned of and the person's own denied.

1. saddle_numbness: a sign's name asked as a term, the asking word put before the verb or a filler the packs lacked, read as
   the sign ("what exactly is saddle anaesthesia? i have nothing like that", "wat houdt zadelanesthesie eigenlijk in?",
   "c'est quoi concretement l'anesthesie en selle ?"). Changed: TERM_ASKED_BEFORE (en: "what exactly/actually is", "what are
   they on about with"; nl: "wat houdt", "wat omvat") and TERM_FILLERS (nl "concreet", "exact"; fr "concretement",
   "precisement"). Kept: the term asked and the sign told as one's own after it ("... because my bum has gone numb"), or owned.
2. night_pain: night pain told by someone else, without a "that" ("my friend said night pain is a warning sign"), or by an
   in-law the packs lacked, and the person's own sleep told sound ("i sleep like a log", "ik slaap als een roos", "je dors
   comme une souche"). Changed: HEARSAY (en, nl, fr: the night named right after a relative's or friend's "said"; nl and fr
   in-laws and grandparents), the new SLEEP_SOUND table read by bot/reading/redflags.py _sleep_told_sound (_TOLD_FINE_BY:
   the person's own night told fine when no negation is in it and no waking nor strong night word is left). Kept: the
   person's own night pain after the warning ("... and mine wakes me every night and nothing helps"), sleep told poorly.
3. cancer_history: a relative who died of a cancer that spread, then the question whether ordinary back pain can be cancer,
   the person never ill themself. Changed: CANCER_ASKED (en, nl, fr: back pain of the ordinary kind, "normal", "gewone",
   "un simple mal de dos", asked as being cancer). Kept: the person's own cancer told ("... en ik ook", "i had bowel cancer").
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

SADDLE = {"saddle_numbness": True}
NIGHT = {"night_pain": True}
CANCER = {"cancer_history": True}
CHANGED = [
    # 1. saddle: the term asked, the person's own denied
    ("what exactly is saddle anesthesia? i dont have anything like that myself", {}),
    ("what actually is saddle numbness? my back is just stiff, nothing like that here", {}),
    ("silly question but what really is saddle anaesthesia, where is it? i have nothing of the sort", {}),
    ("so what exactly are they on about with saddle numbness? i dont have that", {}),
    ("what precisely is saddle anaesthesia? none of that for me", {}),
    ("wat houdt rijbroekanesthesie eigenlijk in? zelf heb ik zoiets niet", {}),
    ("wat omvat zadelanesthesie precies? ik heb niks van dat", {}),
    ("wat is exact zadelgevoelloosheid? ik heb dat zelf niet", {}),
    ("wat houdt zadelanesthesie concreet in? bij mij is er niks van dat", {}),
    ("c'est quoi concrètement une anesthésie en selle ? j'ai pas ce genre de truc", {}),
    ("qu'est-ce que c'est concrètement l'anesthésie en selle ? je n'ai rien de tel", {}),
    ("c'est quoi précisément l'anesthésie en selle ? moi j'ai rien de ça", {}),
    ("c est quoi concretement la retention urinaire ? moi aucun souci pour uriner", {}),
    # 2. night pain: someone else's warning, the person's own sleep sound
    ("my friend said night pain in the lower back is a bad sign. i sleep like a log though, it only hurts after a long shift", {}),
    ("a colleague warned me that pain at night can be serious. i sleep right through, no trouble at night", {}),
    ("my uncle reckons night pain means something nasty. i sleep like a baby, only sore after gardening", {}),
    ("my neighbour told me that pain at night is a bad sign. i sleep well, it only aches at work", {}),
    ("my aunt said back pain at night can mean cancer. my nights are fine, it hurts when i bend", {}),
    ("mijn buurvrouw zei dat pijn s nachts een slecht teken is. ik slaap als een blok, alleen pijn na het werk", {}),
    ("mijn tante zegt nachtpijn is een alarmsignaal. ik slaap als een roos, enkel pijn na het werk", {}),
    ("mijn schoonmoeder vertelde dat nachtelijke pijn ernstig is. zelf slaap ik prima, alleen last bij tillen", {}),
    ("mijn schoonbroer zegt dat nachtpijn gevaarlijk kan zijn. ik slaap als een blok, geen last", {}),
    # 3. cancer: a relative's cancer that spread, the ordinary back pain asked as cancer, the person never ill
    ("my mum died of breast cancer that had spread to her bones. can ordinary back pain be cancer? i have never been ill myself", {}),
    ("my granddad passed from lung cancer that went to his spine. can normal back pain also be cancer? never been ill myself", {}),
    ("could simple lower back pain turn out to be cancer?", {}),
    ("can a regular sore back be cancer?", {}),
    ("can plain old back pain be cancer", {}),
    ("mijn vader is overleden aan darmkanker die uitgezaaid was. kan doodgewone rugpijn ook kanker zijn? ik ben zelf nooit ziek geweest", {}),
    ("kan normale rugpijn ook kanker zijn", {}),
    ("kan een gewone pijnlijke rug ook kanker zijn?", {}),
    ("is gewone rugpijn soms ook kanker?", {}),
    ("une simple douleur au dos peut-elle être un cancer ?", {}),
    ("mon oncle est mort d'un cancer. une sciatique normale peut aussi être un cancer ? moi j'ai jamais été malade", {}),
    ("une petite douleur de dos peut-elle signifier un cancer ?", {}),
    ("une douleur de dos banale peut elle être un cancer ? je n'ai jamais été malade", {}),
]
KEPT = [
    # 1. saddle: the sign the person's own, after the question
    ("what exactly is saddle anaesthesia? because my bum has gone numb", SADDLE),
    ("what exactly is saddle anaesthesia? i think i have it", SADDLE),
    ("what exactly is saddle anaesthesia? my bum is numb", SADDLE),
    ("what does saddle anaesthesia actually mean? ive got nothing like it", {}),
    ("wat houdt zadelanesthesie precies in? want mijn billen voelen doof aan", SADDLE),
    ("wat houdt zadelanesthesie in? ik denk dat ik dat heb", SADDLE),
    ("wat is zadelanesthesie nu concreet? ik heb niks van dat, alleen een stijve rug", {}),
    ("c'est quoi concrètement l'anesthésie en selle ? parce que j'ai les fesses engourdies", SADDLE),
    ("c'est quoi concrètement l'anesthésie en selle ? je pense que je l'ai", SADDLE),
    ("c'est quoi exactement l'anesthésie en selle ? moi j'ai rien de ça", {}),
    # 2. night: the person's own night pain after the warning, the sleep told poorly
    ("my friend said night pain is bad, and mine wakes me every night and nothing helps", NIGHT),
    ("my mate said night pain is serious. it wakes me up every night and nothing helps", NIGHT),
    ("my mate said night pain is serious. i sleep like a log but the pain wakes me at 4", NIGHT),
    ("my mate said night pain is serious. i dont sleep well, the pain is there all night", NIGHT),
    ("i read that night pain is a warning sign. i sleep soundly every night", {}),
    ("mijn vriend zei dat nachtpijn slecht is, en ik word zelf elke nacht wakker van de pijn", NIGHT),
    ("mijn tante zegt nachtpijn is gevaarlijk. ik word elke nacht wakker van de pijn en niks helpt", NIGHT),
    ("mijn buurman zei dat nachtpijn slecht is. ik slaap niet goed, de pijn houdt me de hele nacht wakker", NIGHT),
    ("een vriendin vertelde dat rugpijn die je wakker houdt s nachts een alarmsignaal is. ik slaap zelf prima door", {}),
    ("mon pote dit que la douleur la nuit c'est grave. moi j'ai mal toutes les nuits, ça me réveille et rien ne soulage", NIGHT),
    ("mon voisin dit douleur la nuit c'est mauvais. je ne dors pas bien, la douleur me réveille", NIGHT),
    ("une amie m'a dit que la douleur la nuit c'est mauvais signe. moi je dors comme un bébé", {}),
    ("ma tante m'a dit les douleurs nocturnes c'est un signal d'alarme. je dors très bien, j'ai mal seulement au boulot", {}),
    ("mon beau-frère dit que les douleurs nocturnes c'est grave. je dors comme une souche", {}),
    ("ma belle-soeur dit que la douleur la nuit c'est inquiétant. moi je dors comme un loir, j'ai mal qu'en portant des charges", {}),
    ("mon grand-père m'a dit avoir mal la nuit c'est mauvais signe. je dors d'une traite, mal seulement le soir au travail", {}),
    # 3. cancer: the person's own cancer told
    ("me moeder had kanker en ik ook", CANCER),
    ("my mum had cancer and so did i", CANCER),
    ("ma mère a eu un cancer et moi aussi", CANCER),
    ("i had breast cancer, can normal back pain be cancer coming back?", CANCER),
    ("can normal back pain be cancer? i had bowel cancer 3 years ago", CANCER),
    ("ik heb borstkanker gehad, kan gewone rugpijn dan kanker zijn?", CANCER),
    ("j'ai eu un cancer du sein, un simple mal de dos peut être un cancer ?", CANCER),
    ("my dad died of cancer that spread to his spine. i had breast cancer myself two years ago", CANCER),
    ("kan gewone rugpijn kanker zijn?", {}),
    ("est-ce qu'un mal de dos ordinaire peut aussi être un cancer ?", {}),
    ("can back pain be cancer?", {}),
]
test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
