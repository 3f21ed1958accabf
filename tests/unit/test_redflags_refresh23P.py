"""Session 23, helper P: saddle numbness in dialect; a sign's name asked about after a doctor's question or paper; a
relative's own cancer when writing for them; weight lost on purpose asked about as the cause.

1. Saddle numbness in Scots ("its like its no even ma bum, numb": "ma" = my, "no even" = not even) and Picard ("j'sins pus
   rien au nivieau des fesses": sins = sens, pus = plus, nivieau = niveau). Not "ma bum is sore", "j'ai mal au cul", the
   English "pus".
2. A doctor's question or paper ("the doctor asked if I had numbness down there", "de huisarts vroeg of ik ...", "mon
   medecin m'a demande si j'avais ...", "a leaflet saying go to A&E if i get ..."), a page read about ("ik lees overal over
   ..."), a sign's meaning asked ("is it when your bum goes numb?"), then denied as one's own ("I have no numbness anywhere
   there", "zelf heb ik alleen pijn", "j'ai dit non, j'ai rien de ca", "moi j'ai juste mal au dos"): no sign. Without the
   denial, the doctor's question stays the sign; a doctor who said the person has it, or a yes, stays.
3. Writing for a relative who is named again by another word of the same kin ("writing on behalf of my father ... Papa had
   prostate cancer", "ik schrijf voor mijn vader. Pa heeft darmkanker gehad", "je vous ecris pour mon pere. Papa a eu un
   cancer"): that relative is the patient, cancer history. Not another relative ("... my mum had cancer"), not the writer's
   own back with a parent's cancer ("my dad had cancer, my back hurts").
4. Weight lost on purpose (a dietitian, a diet), then asked whether the back pain comes from it ("kan dat door het afvallen
   komen?", "ca peut venir de la perte de poids ?"): no weight loss. A loss without trying stays.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

SADDLE = {"saddle_numbness": True}
BLADDER = {"bladder_bowel": True}
CANCER = {"cancer_history": True}
WEIGHT = {"weight_loss": True}
NONE: dict = {}

CHANGED = [
    # 1. saddle numbness in dialect (Scots, Picard) and as cardboard (6)
    ("sittin on the bus an it's like ma bum's no even there, numb", SADDLE),
    ('its like its no even ma backside, numb', SADDLE),
    ("j'sins pus rien à m'fesses quand j'm'assis", SADDLE),
    ('je sens pus rien au niveau des fesses depuis hier', SADDLE),
    ("quand j'sus assis j'sins pus mes fesses, comme du carton", SADDLE),
    ("j'sins pus rien au nivieau des fesses", SADDLE),
    # 2. a sign's name asked about after a doctor's question or paper, denied as one's own (13)
    ('The doctor asked me if I had numbness in the saddle area. I said no, I have no numbness anywhere down there', NONE),
    ('my gp gave me a leaflet saying go to A&E if i get saddle numbness, what does that mean? i have no numbness anywhere there', NONE),
    ('The physio asked whether I had numbness between my legs. Nope, I only have pain in my lower back', NONE),
    ('the leaflet says watch for saddle anaesthesia. is it when your bum goes numb? i have no numbness anywhere there', NONE),
    ('the nurse wanted to know if i had trouble peeing or numbness round my bum. i have no numbness anywhere there, just pain', NONE),
    ('I keep reading about saddle numbness and not being able to pee. All I have is back pain', NONE),
    ('De huisarts vroeg of ik een doof gevoel rond mijn anus had. Zelf heb ik alleen pijn in mijn onderrug', NONE),
    ('De dokter vroeg of ik nog goed kon plassen en of mijn poep doof aanvoelde. Ik heb alleen last van mijn rug', NONE),
    ('Ik lees overal over gevoelloosheid rond de anus. Wat wordt daarmee bedoeld? Zelf heb ik enkel rugpijn', NONE),
    ('de kine vroeg of ik problemen had met plassen. ik heb zelf alleen pijn, verder niks', NONE),
    ("Mon kiné m'a demandé si j'avais des fesses engourdies. J'ai dit non, j'ai rien de ça", NONE),
    ("le papier du médecin dit d'aller aux urgences si j'ai du mal à uriner. Moi j'ai juste mal au dos", NONE),
    ("j'ai lu des trucs sur l'engourdissement des fesses, ça veut dire quoi ? moi j'ai juste mal au dos", NONE),
    # 3. writing for a relative, the same relative named again by another word of kin (9)
    ("I'm writing on behalf of my dad, he is 68. Papa had bowel cancer 5 years ago. Now he has back pain at night", {**CANCER, "night_pain": True}),
    ('asking for my father, 75. Dad had prostate cancer in 2018, now his lower back hurts', CANCER),
    ('typing this for my mum. Mama had breast cancer in 2015 and she has back pain since March', CANCER),
    ('writing for my husband. My hubby had lung cancer, now his back hurts', CANCER),
    ('Ik schrijf voor mijn vader. Pa heeft darmkanker gehad, nu heeft hij last van zijn rug', CANCER),
    ('ik vraag dit voor mijn vader. Papa had prostaatkanker in 2019, nu rugpijn', CANCER),
    ('Ik typ dit voor mijn moeder. Mama had borstkanker, nu heeft ze pijn in haar rug', CANCER),
    ('Je vous écris pour mon père. Papa a eu un cancer de la prostate, maintenant il a mal au dos', CANCER),
    ('je demande pour mon père, 72 ans. Mon papa a eu un cancer du côlon, il a mal au bas du dos', CANCER),
    # 4. weight lost on purpose, then asked about as the back pain's cause (7)
    ('Ik ben 9 kilo afgevallen met een diëtist, bewust. Nu heb ik rugpijn. Kan dat door het afvallen komen?', NONE),
    ('10 kilo afgevallen door te lijnen, expres. Kan mijn rugpijn door het afvallen komen?', NONE),
    ("J'ai perdu 8 kilos avec une diététicienne, exprès. Est-ce que ça peut venir de la perte de poids ?", NONE),
    ("je fais un régime, j'ai perdu 6 kilos. mon mal de dos peut venir de la perte de poids ?", NONE),
    ('ik heb 5 kilo verloren met een dieet. kan dat door het afvallen komen?', NONE),
    ('ik doe aan de lijn, 4 kilo eraf. kan mijn rugpijn van het afvallen komen?', NONE),
    ("je suis au régime, j'ai perdu 6 kg. est-ce que ma douleur peut venir de la perte de poids ?", NONE),
]

KEPT = [
    # 1. saddle numbness in dialect (Scots, Picard) and as cardboard (19)
    ("ah cannae feel it when ah wipe, like it's no even ma bum", SADDLE),
    ("ma bum's gone numb since yesterday", SADDLE),
    ('wiping feels weird, its no even my bum, kinda dead', SADDLE),
    ("mon cul c'est comme du carton, je sens pus rien", SADDLE),
    ('ik voel niks meer aan mijn poep, precies karton', SADDLE),
    ('mn gat voelt aan als karton', SADDLE),
    ('ik voel mijn poep nie meer, lijk karton', SADDLE),
    ('mijn kont is precies karton', SADDLE),
    ('when i sit on the loo its like cardboard down there', SADDLE),
    ('ma bum is sore', NONE),
    ('ma bum hurts when i sit', NONE),
    ("j'ai mal au cul", NONE),
    ("j'ai mal au cul quand je suis assis", NONE),
    ('ma mam says its just a strain', NONE),
    ('there was pus on the plaster', NONE),
    ("when ah wipe there's a bit of blood", NONE),
    ("it's no even that sore today", NONE),
    ('je sens plus la douleur au niveau du dos', NONE),
    ('ik heb pijn aan mijn poep', NONE),
    # 2. a sign's name asked about after a doctor's question or paper, denied as one's own (12)
    ("le médecin m'a demandé si j'arrivais à uriner. j'ai dit non, j'ai rien de ça, mon problème c'est seulement le lumbago", NONE),
    ('my doctor said I have saddle numbness, what does that mean?', SADDLE),
    ('The doctor asked if I had numbness down there and yes, my bum is numb', SADDLE),
    ('the gp asked if i had trouble peeing. i cant pee since yesterday', BLADDER),
    ('De huisarts vroeg of ik kon plassen. Ik kan sinds gisteren niet meer plassen', BLADDER),
    ("mon médecin m'a demandé si j'avais les fesses engourdies, oui je sens plus rien au niveau des fesses", SADDLE),
    ("le médecin m'a demandé si j'arrivais à uriner, non je n'arrive plus à uriner depuis hier", BLADDER),
    ('I read about saddle numbness and my bum is numb now', SADDLE),
    ('ik lees overal over zadelanesthesie, en mijn poep voelt doof', SADDLE),
    # ... a doctor's question with no denial stays the sign (the safe side)
    ('The doctor asked me if I had numbness down there. What does that mean?', SADDLE),
    ('de huisarts vroeg of ik een doof gevoel rond mijn anus had, wat wordt daarmee bedoeld?', SADDLE),
    ("mon médecin m'a demandé si j'avais les fesses engourdies, ça veut dire quoi ?", SADDLE),
    # 3. writing for a relative, the same relative named again by another word of kin (8)
    ('writing on behalf of my father. papa had back surgery, now his back hurts again', NONE),
    ("j'écris pour ma mère. Maman a eu un cancer du sein il y a 4 ans, elle a mal au dos", CANCER),
    ('my dad had cancer, my back hurts', NONE),
    ('writing for my dad. my mum had breast cancer. he has back pain', NONE),
    ('mijn pa had kanker, ik heb rugpijn', NONE),
    ("mon papa a eu un cancer, moi j'ai mal au dos", NONE),
    ('ik schrijf voor mijn vader. Mama had borstkanker, hij heeft rugpijn', NONE),
    ('je vous écris pour mon père. Maman a eu un cancer du sein, il a mal au dos', NONE),
    # 4. weight lost on purpose, then asked about as the back pain's cause (11)
    ('ik ben op dieet en 6 kilo kwijt. zou de pijn van het afvallen kunnen komen?', NONE),
    ("j'ai perdu 5 kg volontairement, ça pourrait être dû à l'amaigrissement ?", NONE),
    ("j'ai maigri exprès de 7 kilos, ça peut venir de l'amaigrissement ?", NONE),
    ('I lost 8 kg without trying, could my back pain come from the weight loss?', WEIGHT),
    ('ik val af zonder reden. kan mijn rugpijn door het afvallen komen?', WEIGHT),
    ("j'ai perdu 8 kilos sans raison, ça peut venir de la perte de poids ?", WEIGHT),
    ('ik ben 7 kilo afgevallen zonder dat ik iets doe', WEIGHT),
    ("j'ai perdu 7 kilos sans faire de régime", WEIGHT),
    ('I lost 10 kg with a dietitian on purpose. Could the weight loss cause my back pain?', NONE),
    ('ik ben 8 kilo afgevallen met een diëtiste, bewust', NONE),
    ("j'ai perdu 10 kilos avec une diététicienne, volontairement", NONE),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
