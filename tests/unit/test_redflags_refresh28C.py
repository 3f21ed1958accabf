"""Session 28, helper C, after the blind refresh scored once: four kinds read wrong, each read by kind in en, nl and fr.

1. A sign named by someone who looks after the back ("my osteo mentioned saddle numbness as a warning sign", "mijn fysio had
   het over een doof gevoel rond de anus", "mon kine m'a parle de fesses engourdies"), asked about, then denied ("i dont have
   anything like that", "ik heb dat niet", "je n'ai rien de tout ca") was read as the sign. New pack table NAMED_BY_CARER (en,
   nl, fr redflags), read by the engine's _told_in_general next to HEARSAY only: the named sign is told in general, so it is
   dropped only when the person's own is told fine after it. Told bare, owned ("dat heb ik ook", "c'est mon cas") or told as
   one's own ("my bum is numb") it stays read.
2. Pain at rest in French ("ca lance meme sans bouger", "meme au repos", "meme quand je suis immobile") was read as night pain
   by the fr LYING_STILL: it now needs the lying or the night told ("meme allonge sans bouger", "meme au lit", "meme la nuit
   au repos"). The night or the bed told before lying still now reads night pain in en and nl too (LYING_STILL: "even at night
   lying still it never eases", "zelfs s nachts als ik stil lig").
3. A fall told as "went down" or by the floor the patient was found on, by one writing for them ("she went down in her
   flat", "i found her sat against the wall", "ze is neergegaan", "ik vond hem op de grond", "je l'ai retrouvee assise par
   terre", "il a chute dans la salle de bain", "elle est restee par terre"): new TRAUMA_PATTERNS in the three packs, read after
   the proxy ("her" is "my" then); the subject kept out of the match, so a relative's "she went down" with no one typed for
   stays the relative's, as "she fell" does. "went down to the shop", "the swelling went down", "ik ging neer zitten", "j'ai
   retrouve mes cles par terre" stay nothing.
4. Kin by a godparent, a step-parent, the in-laws ("c'est mon parrain qui a eu une tumeur a la vessie, pas moi", "my
   godfather had prostate cancer, not me", "mijn peetoom had darmkanker, niet ik") was read as the patient's own cancer: the
   answers packs' RELATIVE (en, nl, fr) and the redflags packs' FAMILY (en, nl; fr had them) name them now.
"""

from datetime import date

from bot.reading.answers import parse_answer
from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

SADDLE = {"saddle_numbness": True}
BLADDER = {"bladder_bowel": True}
NIGHT = {"night_pain": True}
TRAUMA = {"onset": "trauma"}
CANCER = {"cancer_history": True}


def _cancer_answer(text: str) -> object:
    return parse_answer("cancer_history", text, date(2026, 12, 1))


CHANGED = [
    # 1. a sign named by a carer of the back (a doctor, a physio, an osteo), asked about, then denied
    ("my physio talked about numbness in the saddle area as a red flag, what does that mean? i dont have anything like that", {}),
    ("the gp brought up a numb bum as one of the warning signs. what is that exactly? i dont have that", {}),
    ("my chiropractor mentioned numbness between the legs as something to look out for, what does it mean? nothing like that going on", {}),
    ("the osteopath told me about losing control of your bladder as a warning sign, what is that about? i dont have that myself", {}),
    ("mijn kine had het over een doof gevoel rond de anus als alarmsignaal, wat betekent dat? ik heb dat niet", {}),
    ("de huisarts sprak over zadelanesthesie als waarschuwing, wat is dat juist? ik heb daar niks van", {}),
    ("de fysiotherapeut vertelde over een doof zitvlak als rode vlag, wat houdt dat in? ik heb dat zelf niet", {}),
    ("mon ostéo a parlé de fesses engourdies comme signe d'alerte, ça veut dire quoi ? je n'ai rien de tout ça", {}),
    ("le médecin a mentionné l'engourdissement entre les jambes comme signal d'alarme, c'est quoi ? je n'ai rien de ça", {}),
    ("ma généraliste a évoqué une anesthésie en selle comme drapeau rouge, c'est quoi exactement? je n'ai pas ça", {}),
    ("le kiné m'a parlé d'une perte de contrôle de la vessie, c'est quoi au juste ? je n'ai pas ça", {}),
    # 2. pain at rest is no night pain; the night or the bed told before lying still is
    ("en chimio depuis mars, et le dos me lance même sans bouger", CANCER),
    ("ça fait mal même au repos", {}),
    ("ça fait mal même quand je suis immobile", {}),
    ("la douleur est là même sans bouger, surtout en fin de journée", {}),
    ("j'ai mal au dos, ça lance même au repos, depuis trois semaines", {}),
    ("mal au dos depuis 2 mois, même la nuit au repos", NIGHT),
    ("even at night lying still it never eases", NIGHT),
    ("even in bed when i lie still it aches", NIGHT),
    ("zelfs s nachts als ik stil lig blijft het pijn doen", NIGHT),
    ("ook in bed als ik roerloos lig doet het pijn", NIGHT),
    # 3. a fall told as "went down", or by the floor the patient was found on, by one writing for them
    ("writing for my gran (88). she went down in the kitchen on friday night, her lower back is sore now", TRAUMA),
    ("typing this for my dad, he went down on the ice outside the house and now his back hurts", TRAUMA),
    ("asking for my grandad, he went down and couldnt get up, his back is killing him", TRAUMA),
    ("writing for my mum, she ended up on the floor in the hallway and couldnt get up", TRAUMA),
    ("typing for my nan, I found her this morning on the kitchen floor, her back hurts", TRAUMA),
    ("writing for my husband, i found him lying on the floor in the bathroom, his back is painful", TRAUMA),
    ("I went down in the kitchen on Sunday and my back hurts", TRAUMA),
    ("my wife found me on the floor at the bottom of the stairs", TRAUMA),
    ("ik schrijf voor mijn oma, ze is zaterdag neergegaan in de keuken, nu doet haar onderrug pijn", TRAUMA),
    ("ik schrijf voor mijn opa, hij is gisteren neergegaan in de gang", TRAUMA),
    ("ik schrijf voor mijn vader, ik vond hem vanochtend op de grond, zijn rug doet pijn", TRAUMA),
    ("ik schrijf voor mijn moeder, ze lag op de grond toen ik binnenkwam, ze klaagt over haar rug", TRAUMA),
    ("ik ben neergegaan in de badkamer en nu doet mijn rug pijn", TRAUMA),
    ("ik schrijf voor mijn oma, ik heb haar op de vloer aangetroffen", TRAUMA),
    ("je vous écris pour ma mère, je l'ai retrouvée assise par terre ce matin, elle a mal au dos", TRAUMA),
    ("je vous écris pour mon père, il a chuté dans la salle de bain", TRAUMA),
    ("je vous écris pour ma grand-mère, elle est restée par terre toute la nuit", TRAUMA),
    ("on l'a trouvé allongé au sol dans la cuisine, depuis il a mal au dos", TRAUMA),
    ("je vous écris pour ma mère, elle a chuté dans la cuisine et se plaint du bas du dos", TRAUMA),
    # 4. a relative's cancer told by a godparent, a step-parent, the in-laws
    ("my godfather had prostate cancer, my back hurts for 2 weeks", {}),
    ("my stepdad had bowel cancer, my back hurts", {}),
    ("my in-laws both had cancer, my back hurts", {}),
    ("mijn peetoom had darmkanker, mijn rug doet pijn", {}),
    ("mijn plusvader had kanker, mijn rug doet pijn", {}),
]

KEPT = [
    # 1. a sign named by a carer of the back (a doctor, a physio, an osteo), asked about, then denied
    ("my nurse said to watch out for saddle numbness, what does that even mean? i dont have it, just asking", {}),
    ("mijn osteopaat waarschuwde voor gevoelloze billen, wat bedoelt hij daarmee? ik heb dat niet hoor", {}),
    ("my physio mentioned saddle numbness, is that what i have? my bum is numb", SADDLE),
    ("my physio mentioned saddle numbness as a warning sign", SADDLE),
    ("the physio talked about numbness around the back passage, i think i have it", SADDLE),
    ("the doctor explained my bum is numb because of the nerve, i dont have leg pain", SADDLE),
    ("mijn fysio had het over een doof gevoel rond de anus, dat heb ik ook", SADDLE),
    ("de huisarts sprak over een doof gevoel rond de anus als alarmsignaal", SADDLE),
    ("mon kiné m'a parlé de fesses engourdies, c'est mon cas", SADDLE),
    ("mon kiné m'a parlé de fesses engourdies comme signe d'alerte", SADDLE),
    ("my gp mentioned saddle numbness and i said no, but now my bum feels numb", SADDLE),
    ("what is saddle numbness? my bum has been numb since yesterday", SADDLE),
    # 2. pain at rest is no night pain; the night or the bed told before lying still is
    ("le bas du dos tire même assis sans bouger", {}),
    ("it hurts even at rest", {}),
    ("it aches even when im not moving", {}),
    ("the pain is there even sitting still", {}),
    ("het doet ook in rust pijn", {}),
    ("pijn zelfs zonder te bewegen", {}),
    ("mijn rug doet ook pijn als ik stilzit", {}),
    ("douleur constante la nuit meme sans bouger", NIGHT),
    ("la nuit c'est le pire, meme couché sans bouger ca lance, aucune position me soulage", NIGHT),
    ("j'ai mal même allongé sans bouger", NIGHT),
    ("même au lit sans bouger ça fait mal", NIGHT),
    ("la douleur me réveille la nuit, même sans bouger", NIGHT),
    ("it aches even when I lie still", NIGHT),
    ("ook als ik stil lig doet het pijn", NIGHT),
    # 3. a fall told as "went down", or by the floor the patient was found on, by one writing for them
    ("I went down to the shop and my back started hurting", {}),
    ("the pain went down my leg", {}),
    ("the swelling went down", {}),
    ("i went down the stairs slowly because of my back", {}),
    ("i found my keys on the floor", {}),
    # (session 29K changed this: a message opening on the relative whose back is told, the writer naming no back of their
    # own, is typed for that relative, the patient; their fall is the patient's: the safe side)
    ("My mum went down in the garden yesterday and now her back hurts", {"onset": "trauma"}),
    ("my back hurts. i found her on the floor", {}),
    ("my back hurts. she went down in the kitchen", {}),
    ("i went down on one knee to pick it up", {}),
    ("i went down on the floor to do my stretches", {}),
    ("i found them all on the floor", {}),
    ("ik ging even neer liggen", {}),
    ("ik ging neer zitten op de bank", {}),
    ("de zwelling is neergegaan", {}),
    ("ik vond mijn sleutels op de grond", {}),
    ("ik heb mijn sleutels op de grond gevonden", {}),
    ("ik lag op de grond voor mijn oefeningen", {}),
    ("mijn rug doet pijn. ik vond haar op de grond", {}),
    ("mijn rug doet pijn. hij is neergegaan in de keuken", {}),
    ("j'ai retrouvé mes clés par terre", {}),
    ("la tension a chuté dans la nuit", {}),
    ("elle est tombée par terre dans la salle de bain", TRAUMA),
    ("je me suis retrouvé par terre", TRAUMA),
    ("writing for my gran, she fell last night", TRAUMA),
    # 4. a relative's cancer told by a godparent, a step-parent, the in-laws
    ("mijn peter had kanker, mijn rug doet pijn", {}),
    ("ma marraine a eu un cancer du sein, j'ai mal au dos", {}),
    ("mon parrain a eu un cancer de la vessie, j'ai mal au dos", {}),
    ("i had cancer, my godfather too", CANCER),
    ("my uncle had cancer, my back hurts for 2 weeks", {}),
]

ANSWERS_CHANGED = [
    ("Jamais eu de cancer, moi. C'est mon parrain qui a eu une tumeur à la vessie, pas moi.", False),
    ("mon filleul a eu un cancer des os, pas moi", False),
    ("no, my godfather had prostate cancer, not me", False),
    ("no, my godmother had leukaemia", False),
    ("no, my stepdad had bowel cancer, not me", False),
    ("my stepmum had breast cancer, not me", False),
    ("the in-laws had it, not me", False),
    ("my fiance had a tumour removed last year, not me", False),
    ("nee, mijn peetoom had darmkanker, niet ik", False),
    ("mijn peettante had borstkanker, ik niet", False),
    ("mijn stiefvader had longkanker, niet ik", False),
    ("nee, mijn plusmoeder had kanker, ik zelf niet", False),
    ("my godfather had cancer", None),
]

ANSWERS_KEPT = [
    ("non, c'est ma marraine qui a eu un cancer du sein, pas moi", False),
    ("c'est mon beau-frère qui a eu un lymphome, pas moi", False),
    ("non, ma belle-soeur a eu une leucémie, moi jamais", False),
    ("nee, mijn meter heeft borstkanker gehad, ik niet", False),
    ("nee, mijn schoonmoeder had kanker, niet ik", False),
    ("non, ma belle-mère a eu un cancer, pas moi", False),
    ("no my mother-in-law had lung cancer, not me", False),
    ("yes, i had breast cancer, and my godmother too", True),
    ("oui, j'ai eu un cancer, mon parrain aussi", True),
    ("ja, ik had kanker, mijn peter ook", True),
    ("mijn peter had kanker", None),
    ("mon parrain a eu un cancer", None),
    ("my uncle had cancer", None),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
test_answers_changed, test_answers_kept = reading_round(_cancer_answer, ANSWERS_CHANGED, ANSWERS_KEPT)
