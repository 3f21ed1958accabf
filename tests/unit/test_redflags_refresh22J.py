"""Session 22, helper J, after the blind refresh scored once: false alarms and a carer writing for a spouse.

1. The bike's saddle sat on is no bowel ("sur la selle je sens plus rien": the saddle; "aller a la selle" stays the bowel).
2. The knees named as a place, the pain easing ("met een kussen tussen mijn knieen zakt het weer weg"): no leg giving way
   ("mijn knie zakt door", "mijn benen begeven het" stay).
3. Weight lost on purpose, told after reading or hearing that weight loss is a warning sign ("ik las dat afvallen een
   alarmsignaal is ... maar bewust", "I read that losing weight is a red flag ... on purpose"): no weight loss; a loss
   "without trying" told after it stays.
4. Someone else who "had the same" and whose turned out to be a cancer ("my neighbour had the same thing and it turned out
   to be cancer", "mijn buurman had precies hetzelfde en het bleek kanker", "mon voisin a eu la meme chose et c'etait un
   cancer"): no cancer history; the patient's own cancer told in it stays.
5. Flemish "wee" for "weer" (again: "da t nie wee terugkomt") is no English "wee" (pee); "i cant wee" stays.
6. A greeting before the relative the message is typed for ("Bonjour, mon mari ... a ete traite pour un cancer ..., il se
   plaint du bas du dos", "Hi. My husband ...", "Goedemiddag. Mijn man ..."): the relative is the patient; "hi, my husband
   had cancer, I have back pain" stays none.

The French weight cases and the en/nl neighbours of kinds 1, 2 and 5 read right before too (KEPT).
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

SADDLE = {"saddle_numbness": True}
BLADDER = {"bladder_bowel": True}
WEIGHT = {"weight_loss": True}
CANCER = {"cancer_history": True}
WORSE = {"leg_weakness": "worsening"}
NONE: dict = {}

CHANGED = [
    # 1. the bike's saddle sat on, not the bowel ('aller a la selle')
    ('je bosse en livraison a velo, sur la selle je sens plus rien depuis ce matin', {'saddle_numbness': True}),
    ('sur ma selle je sens plus rien au niveau du perinee, meme descendu du velo', {'saddle_numbness': True}),
    ('jsuis cycliste, sur la selle jsens plus rien depuis 2 jours et ca reste endormi', {'saddle_numbness': True}),
    ('depuis la course sur la selle je sens plus rien entre les jambes et les fesses sont endormies', {'saddle_numbness': True}),
    ('sur la selle de mon velo je sens plus rien, meme a pied les fesses sont engourdies', {'saddle_numbness': True}),
    ('en selle je sens plus rien depuis hier, c est toujours engourdi', {'saddle_numbness': True}),
    ('sur la selle je sens plus rien, pas de douleur au dos', {'saddle_numbness': True}),
    ('sur la selle je sens plus rien aux mains ni aux pieds, c est le guidon', NONE),
    # 2. the knees a place, the pain easing ('tussen mijn knieen zakt het')
    ('als ik me omdraai schiet het erin, met een kussen tussen mijn knieen zakt het weer weg', NONE),
    ('met een kussen onder mijn knieen zakt de pijn weg', NONE),
    ('met een kussen tussen de knieen zakt het af en slaap ik weer in', NONE),
    ('op mijn zij met een kussen tussen mijn knieen zakt het in een paar minuten weg', NONE),
    ('met een kussen tussen mijn knieen zakt het dan toch door na een tijdje', NONE),
    ('als ik met een kussen tussen mn knieen lig zakt het weer weg', NONE),
    # 3. weight lost on purpose, told after reading of the sign
    ('I read that losing weight is a warning sign with back pain. I have lost 7 kg since spring but that is on purpose, I am doing weight watchers', NONE),
    ('ive read online that weight loss is a red flag. im down 6 kilos but thats deliberate, keto diet since june', NONE),
    ('i heard that losing weight is a bad sign with a sore back. ive lost 10 pounds but i meant to, slimming world', NONE),
    ('ik las dat afvallen een alarmsignaal is. ik ben 7 kilo kwijt maar dat is bewust, ik volg een dieet', NONE),
    ('ik heb ergens gelezen dat afvallen gevaarlijk is bij rugpijn. ben 5 kilo afgevallen maar met opzet', NONE),
    ('ik heb gehoord dat afvallen een slecht teken is. ik ben 8 kilo kwijt, maar bewust, ik sport elke dag', NONE),
    # 4. someone else who 'had the same' and whose was a cancer
    ('I am 68 with low back pain for 2 weeks. My neighbour had the same thing and it turned out to be cancer. Should I worry?', NONE),
    ('my colleague had exactly the same and in the end it was bone cancer, should i be scared', NONE),
    ('my neighbour had similar back pain and it turned out to be cancer, could it be that', NONE),
    ('mijn buurman had precies hetzelfde en uiteindelijk bleek het kanker te zijn. moet ik me zorgen maken?', NONE),
    ('een collega van mijn man had hetzelfde en het was kanker', NONE),
    ('mijn buurvrouw had net hetzelfde en achteraf bleek het botkanker, kan dat bij mij ook?', NONE),
    ('mon collegue a eu exactement la meme chose et c etait un cancer des os, je dois m inquieter ?', NONE),
    ('mon voisin a eu la meme chose et au bout du compte c etait un cancer du pancreas', NONE),
    # 5. Flemish 'wee' (weer, again), not the English pee
    ('k heb al voor de tweede keer spit, hoe kan k zorgen da t nie wee terugkomt', NONE),
    ('amai, kan k er iets aan doen da t ni wee gebeurt', NONE),
    ('als t nie wee overgaat moet k dan naar den dokter', NONE),
    ('k hoop da t nie wee komt', NONE),
    ('t is nog wee van da, hoe krijg k da nie wee terug', NONE),
    ('k wil ni da t nie wee gebeurt binnen een maand', NONE),
    # 6. a greeting before the relative the message is typed for
    ('Bonjour, mon mari (70 ans) a ete traite pour un cancer du rein il y a 4 ans. Depuis un mois il se plaint du bas du dos.', {'cancer_history': True}),
    ('Hi. My husband (74) was treated for bowel cancer 3 years ago. For a month hes been complaining about his lower back, so im writing here.', {'cancer_history': True}),
    ('Hello all, my dad (81) had prostate cancer 5 years ago and now hes been holding his back for weeks', {'cancer_history': True}),
    ('Goedemiddag. Mijn man (74) is 3 jaar geleden behandeld voor darmkanker. Sinds een maand heeft hij pijn aan zijn rug, dus schrijf ik hier.', {'cancer_history': True}),
    ('Hallo allemaal, mijn vader (79) had prostaatkanker 4 jaar geleden, sinds 2 weken houdt hij zijn rug vast', {'cancer_history': True}),
    ("Bonjour. Ma femme (70 ans) a ete soignee pour un cancer du sein il y a 5 ans. Depuis un mois elle se plaint du bas du dos.", CANCER),
    ("Hello. My mum (79) was treated for breast cancer 6 years ago. Shes been complaining of her back for 3 weeks and wont see the gp, so im asking here.", CANCER),
    ("Dag. Mijn moeder (80) is 5 jaar geleden behandeld voor borstkanker. Sinds drie weken heeft ze pijn in haar rug, ze wil niet naar de dokter.", CANCER),
]

KEPT = [
    # 1. the bike's saddle sat on, not the bowel ('aller a la selle')
    ('en selle je sens presque plus rien en bas depuis la sortie de dimanche', {'saddle_numbness': True}),
    ('quand je vais a la selle je sens plus rien passer', {'bladder_bowel': True}),
    ('a la selle je sens plus rien depuis hier', {'bladder_bowel': True}),
    ('aux toilettes je sens plus rien quand ca sort', {'bladder_bowel': True}),
    ('sur le velo je sens plus rien aux mains', NONE),
    ('on the saddle i cant feel anything down there since yesterday, even off the bike my bum is numb', {'saddle_numbness': True}),
    ('op het zadel voel ik niks meer van onder, ook van de fiets af blijft mijn poep doof', {'saddle_numbness': True}),
    ('mal au dos depuis le velo, la selle est trop dure', NONE),
    # 2. the knees a place, the pain easing ('tussen mijn knieen zakt het')
    ('met een rolletje onder mijn knieen zakt de pijn na een tijdje weg', NONE),
    ('mijn knie zakt steeds door sinds gisteren en het wordt erger', WORSE),
    ('mijn linkerknie knikt weg bij het lopen', WORSE),
    ('mijn benen begeven het soms', {'leg_weakness': 'worsening', 'both_legs': True}),
    ('mijn rechterknie klapt dubbel bij de trap', WORSE),
    ('mijn been zakt soms weg onder me', WORSE),
    ('with a pillow between my knees it eases off and i fall back asleep', NONE),
    ('avec un coussin entre les genoux ca se calme et je me rendors', NONE),
    # 3. weight lost on purpose, told after reading of the sign
    ('j ai lu que maigrir c est un signe d alerte. j ai perdu 8 kilos mais c est voulu, je fais un regime', NONE),
    ('j ai entendu dire que maigrir c est mauvais signe. j ai perdu 5 kg mais c est volontaire, je fais du sport', NONE),
    ('j ai lu sur internet que maigrir c est grave avec le mal de dos. j ai perdu 6 kilos mais expres, regime', NONE),
    ('i read that losing weight is a red flag and ive lost 6 kg without trying', {'weight_loss': True}),
    ('ik heb gelezen dat afvallen gevaarlijk is en ik ben 6 kilo afgevallen zonder reden', {'weight_loss': True}),
    ('j ai lu que maigrir c est grave et j ai perdu 7 kilos sans raison', {'weight_loss': True}),
    ('ive lost 6 kg in two months without trying', {'weight_loss': True}),
    ('ik ben 6 kilo afgevallen zonder iets te doen', {'weight_loss': True}),
    ('j ai perdu 6 kilos sans rien faire', {'weight_loss': True}),
    ('i read that losing weight helps back pain, should i diet', NONE),
    # 4. someone else who 'had the same' and whose was a cancer
    ('ma voisine avait pareil et finalement c etait un cancer, ca peut etre ca ?', NONE),
    ('My neighbour had the same and it turned out to be cancer. I had breast cancer 5 years ago myself.', {'cancer_history': True}),
    ('mijn buurvrouw had hetzelfde en het bleek kanker. ik heb zelf borstkanker gehad', {'cancer_history': True}),
    ('ma voisine avait pareil et finalement c etait un cancer, moi j ai eu un cancer du sein il y a 3 ans', {'cancer_history': True}),
    ('i had the same as my neighbour, prostate cancer 4 years ago', {'cancer_history': True}),
    ('my dad had cancer and i have back pain', NONE),
    ('ik had darmkanker 3 jaar geleden', {'cancer_history': True}),
    ('j ai eu un cancer du sein il y a 5 ans', {'cancer_history': True}),
    # 5. Flemish 'wee' (weer, again), not the English pee
    ('oe kan k voorkomen da t nooit wee terugkomt', NONE),
    ('ik kan nie plassen', {'bladder_bowel': True}),
    ('i cant wee since yesterday', {'bladder_bowel': True}),
    ('it is hard to wee since the weekend', {'bladder_bowel': True}),
    ('i dont feel when i wee', {'bladder_bowel': True}),
    ('my back is killing me and I cant have a wee', {'bladder_bowel': True}),
    ('k kan nie plassen sinds gisteren', {'bladder_bowel': True}),
    # 6. a greeting before the relative the message is typed for
    ('Bonsoir. Ma mere, 80 ans, a eu un cancer du sein il y a 6 ans. Depuis 3 semaines elle a mal au dos, alors j ecris pour elle.', {'cancer_history': True}),
    ('hi, my husband had cancer, I have back pain', NONE),
    ('bonjour, mon mari a eu un cancer, moi j ai mal au dos', NONE),
    ('hallo, mijn man heeft kanker gehad, ik heb rugpijn', NONE),
    ('hello, my mum died of cancer and i have back pain', NONE),
    ('bonjour, ma mere est morte d un cancer, j ai mal au dos', NONE),
    ('dag, mijn moeder is overleden aan kanker, ik heb last van mijn rug', NONE),
    ("Bonsoir. Mon pere, 82 ans, a ete traite pour un cancer de la vessie il y a 2 ans. Depuis peu il a mal au dos, je vous ecris pour lui.", CANCER),
]


test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
