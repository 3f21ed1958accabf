"""Session 23, helper K: a sign asked about or read about is not the person's sign.

1. A red-flag term asked about as a term ("what is saddle anaesthesia?", "wat is zadelanesthesie precies?", "c'est quoi
   l'anesthesie en selle ?"), read about ("ik las iets over zadel anesthesie") or named in a list: no sign. Owned after it
   ("... i think i have it", "ik denk dat ik dat heb", "je pense que je l'ai"), told with the person ("i have saddle
   anaesthesia", "de huisarts zegt dat ik zadelanesthesie heb") or described ("my bum is numb, is that saddle
   anaesthesia?") it stays; a doubt ("not sure if i have it") stays too.
2. Signs described in general, in a question of anyone's or read on a page, then denied as the person's own ("I've not
   got that myself", "dat heb ik zelf niet", "moi j'ai pas ca"): no sign. A question about the person ("is it serious
   that I can't pee?", "is het gevaarlijk dat ik niet kan plassen?") and one of anyone's with no denial stay.
3. Weight lost on purpose, then the sign seen on a list or a leaflet ("saw on a leaflet that losing weight is a red flag",
   "zag op een site dat afvallen een alarmsignaal is", "la brochure dit que la perte de poids est un signe d'alarme"):
   no weight loss; a loss without trying stays.
4. A sign read about, owned in the next sentence ("I read that weight loss is a warning sign. That's me.", "... . Dat
   heb ik ook."), and French "maigrir" named as a sign, then owned ("j'ai lu que maigrir c'est un signe d'alerte, c'est
   mon cas"): weight loss. Denied ("That's not me", "c'est pas mon cas") it stays none.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

SADDLE = {"saddle_numbness": True}
BLADDER = {"bladder_bowel": True}
WEIGHT = {"weight_loss": True}
NONE: dict = {}

CHANGED = [
    # 1. a sign's term asked or read about
    ("What is saddle anaesthesia exactly? My physio mentioned it", NONE),
    ("whats saddle anesthesia? never heard of it till today", NONE),
    ("a leaflet from the gp lists saddle anaesthesia, what does that mean?", NONE),
    ("I've been reading about saddle anaesthesia online. Whatever that is, should I know about it?", NONE),
    ("saddle anaesthesia, what is that? my back is just stiff", NONE),
    ("can someone explain saddle anaesthesia to me? i dont have it, just wondering", NONE),
    ("wat is zadelanesthesie precies? de fysio had het erover", NONE),
    ("ik las iets over zadel anesthesie, wat betekent dat?", NONE),
    ("zadelanesthesie?? nooit van gehoord, wat is dat", NONE),
    ("wat bedoelen ze met rijbroekanesthesie? heb ik niet hoor, gewoon spit", NONE),
    ("c'est quoi l'anesthésie en selle au juste ? mon kiné en a parlé", NONE),
    ("qu'est-ce que c'est que l'anesthésie en selle ? j'ai juste mal aux lombaires", NONE),
    ("l'anesthésie en selle, ça veut dire quoi ? moi j'ai pas ça", NONE),
    ("j'ai lu un truc sur l'anesthésie en selle, c'est quoi ?", NONE),
    # 2. signs described in general, the person's own denied
    ("Can numbness between the legs with back ache be serious? I've not got that myself, just curious", NONE),
    ("my friend sent me a video saying not being able to pee with back pain is an emergency. none of that here, just a stiff back", NONE),
    ("if you suddenly can't hold your wee is that serious with sciatica? i dont have that, just asking for the future", NONE),
    ("does losing feeling round your bottom mean something bad? neither of those for me thankfully", NONE),
    ("is het erg als je niks meer voelt rond je poep? dat heb ik zelf niet, gewoon benieuwd", NONE),
    ("is het gevaarlijk als je met een hernia niet meer kan plassen? dat heb ik zelf niet", NONE),
    ("als je niks meer voelt tussen je benen, is dat dan ernstig? bij mij is dat gelukkig niet zo, dat heb ik niet", NONE),
    ("est-ce grave si on ne sent plus rien entre les jambes ? moi j'ai pas ça", NONE),
    ("une vidéo disait que si on sent plus rien entre les jambes c'est grave. j'ai pas ça", NONE),
    # 3. weight lost on purpose, the sign seen on a list after
    ("down 8 kg since june, but on purpose, keto and the gym. saw on a leaflet that losing weight is a red flag so mentioning it", NONE),
    ("lost about a stone, deliberately, slimming world. saw on the nhs page that weight loss is a warning sign, just so you know", NONE),
    ("ive dropped 10 pounds but on purpose, cycling to work. the checklist says weight loss is a red flag so thought id say", NONE),
    ("6 kilo kwijt sinds de zomer maar dat is bewust, ik let op mijn eten. zag op een site dat afvallen een alarmsignaal is, vandaar", NONE),
    ("ben 8 kilo afgevallen, wel met opzet want dieet. in de folder stond dat afvallen een alarmsignaal is dus ik zeg het even", NONE),
    ("zag op een site dat afvallen een alarmsignaal is", NONE),
    ("j'ai perdu 5 kg exprès avec le sport. la brochure dit que la perte de poids est un signe d'alarme, je préfère le signaler", NONE),
    # 4. owned in the next sentence; French "maigrir" named as a sign, then owned
    ("I read that weight loss is a warning sign. That's me.", WEIGHT),
    ("heard that losing weight is a red flag. sounds like me", WEIGHT),
    ("saw a video saying weight loss is a red flag. I have that too", WEIGHT),
    ("ik las dat afvallen een alarmsignaal is. Dat heb ik ook.", WEIGHT),
    ("ik heb gehoord dat gewichtsverlies een slecht teken is. dat ben ik", WEIGHT),
    ("j'ai lu que maigrir sans raison c'est un signe d'alerte. c'est mon cas", WEIGHT),
    ("j'ai lu que maigrir c'est un signe d'alerte, c'est exactement mon cas", WEIGHT),
    ("on m'a dit que perdre du poids est un signe d'alarme, c'est ce que j'ai", WEIGHT),
]

KEPT = [
    # 1. the term owned, told with the person, described, or doubted
    ("what is saddle anaesthesia? i think i have it, my bum is weird", SADDLE),
    ("what is saddle anaesthesia? i might have that", SADDLE),
    ("whats saddle anaesthesia? my bum has gone numb since sunday", SADDLE),
    ("the a&e doctor said i have saddle anaesthesia", SADDLE),
    ("i have saddle anaesthesia since yesterday", SADDLE),
    ("what is saddle anaesthesia? not sure if i have it", SADDLE),
    ("the doctor said its saddle anaesthesia, what is that?", SADDLE),
    ("my bum is numb, is that saddle anaesthesia?", SADDLE),
    ("wat is zadelanesthesie? ik denk dat ik dat heb", SADDLE),
    ("de huisarts zegt dat ik zadelanesthesie heb", SADDLE),
    ("de dokter zegt dat het zadelanesthesie is, wat is dat?", SADDLE),
    ("mijn poep voelt doof aan, is dat zadelanesthesie?", SADDLE),
    ("c'est quoi l'anesthésie en selle ? je pense que je l'ai", SADDLE),
    ("j'ai une anesthésie en selle depuis hier", SADDLE),
    ("le médecin dit que c'est une anesthésie en selle, c'est quoi ?", SADDLE),
    ("mes fesses sont engourdies, c'est ça l'anesthésie en selle ?", SADDLE),
    ("the leaflet says to watch out for saddle anaesthesia", NONE),
    ("il faut surveiller une anesthésie en selle d'après mon médecin", NONE),
    # 2. a question about the person, or of anyone's with no denial
    ("is it serious that I can't pee since yesterday?", BLADDER),
    ("can numbness between the legs be serious? because mine is numb", SADDLE),
    ("if you cant pee is it serious?", BLADDER),
    ("i read that not being able to pee is an emergency. i cant pee since this morning", BLADDER),
    ("is het gevaarlijk dat ik niet kan plassen?", BLADDER),
    ("is het erg als je niet kan plassen? ik kan sinds gisteren niet plassen", BLADDER),
    ("mijn collega zei dat als je je plas niet kan ophouden je meteen naar spoed moet. bij mij is alles prima daar", NONE),
    ("est-ce grave que je n'arrive plus à uriner ?", BLADDER),
    ("est-ce grave si on n'arrive plus à uriner ?", BLADDER),
    ("j'ai lu que ne plus sentir ses fesses c'est grave, et je sens plus mes fesses", SADDLE),
    ("quand on n'arrive plus à retenir ses urines c'est grave ? je n'ai pas ça, c'est pour savoir", NONE),
    # 3. a loss without trying, the list read alone
    ("lost 8 kg without trying. saw on a leaflet that weight loss is a red flag", WEIGHT),
    ("saw on a leaflet that weight loss is a red flag. i've lost 6 kg and i'm not dieting", WEIGHT),
    ("saw on a leaflet that losing weight helps the back, so im dieting", NONE),
    ("6 kilo kwijt zonder reden. zag op een site dat afvallen een alarmsignaal is", WEIGHT),
    ("j'ai perdu 7 kilos sans rien faire. vu sur une liste que maigrir est un signe d'alerte", WEIGHT),
    ("7 kilos en moins mais c'est voulu, je fais un régime. vu sur une liste que maigrir est un signe d'alerte, alors je le dis", NONE),
    # 4. denied, on purpose, or said of someone else
    ("I read that weight loss is a warning sign. That's not me.", NONE),
    ("I read that weight loss is a warning sign. My wife thinks that's me but I'm on a diet", NONE),
    ("ik las dat afvallen een alarmsignaal is. dat heb ik niet", NONE),
    ("j'ai lu que maigrir c'est un signe d'alerte. c'est pas mon cas", NONE),
    ("j'ai lu que maigrir c'est un signe d'alerte mais moi c'est voulu", NONE),
    ("j'ai lu que maigrir sans raison c'est un signe, et moi j'ai maigri de 6 kilos sans rien faire", WEIGHT),
]


test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
