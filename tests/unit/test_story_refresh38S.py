"""Session 38, round S (issue 12): slots told in a first message (the whole story) that read_story missed, so the check
asked them again.

1. Age told after a job, or for a relative: "i'm a welder, 49, and ..." and "ik ben kapper, 61, ..." were not read (an age
   after what one is, its clause ended there); a message typed for a relative ("typing this for my gran, she's 86", "ik
   schrijf dit voor mijn vader, hij is 81", "j'envoie ca pour mon grand-pere qui a nonante-deux ans") did not give that
   relative's age, the patient's, Belgian "septante", "nonante" included. Changed: bot/reading/answers.py _story_age
   (_STORY_JOB_AGE, _STORY_OTHER_AGE, _story_other_age) reading the packs' new STORY_JOB_I_AM, STORY_FOR_OTHER,
   STORY_OTHER_IS, STORY_AGE_END (en, nl, fr). Kept: a relative's or a child's age in the writer's own story ("my boy is 11,
   i'm 39" is 20_44), a weight ("62 kilos"), a relative named between the job and the number, a pain score.

2. One leg told by the other one being fine: "pain into the left calf, right leg's fine", "tot in mijn linkerdij,
   rechts niks", "jusqu'au mollet droit, a gauche rien" did not give both_legs False. Changed: read_story's
   _OTHER_SIDE_FINE (the other side fine, as a clause of its own, after a leg pain with its level told) reading the packs'
   new OTHER_SIDE_LEAD, OTHER_SIDE, OTHER_SIDE_FINE. Kept: both legs, the other leg told too ("links ook", "la gauche
   aussi"), the other leg fine but numb (the clause goes on), a side fine with no leg pain told.

3. No leg pain in street forms: "no pain going down to my legs", "nothing shooting into the legs", Pidgin "the pain no
   reach my leg", "niks dat naar de benen trekt", "rien qui descend dans les jambes" read no leg pain; now "none" (the
   packs' LEG_NONE_STORY). Kept: leg pain told at times, a leg pain with its level told after it, a numbness told as
   before.
"""

from datetime import date

from bot.reading.answers import read_story
from tests.support.reading_round import reading_round

TODAY = date(2026, 12, 1)


def _slot(slot):
    return lambda text: read_story(text, TODAY).get(slot)


AGE_CHANGED = [
    # en: after a job
    ("hi, i'm a welder, 49, and my lower back locked this morning", "45_69"),
    ("I'm an electrician, 27, back has been sore since the weekend", "20_44"),
    ("i am a retired postman, 72, my back went when gardening", "70_plus"),
    # en: typed for a relative
    ("typing this for my gran, she's 86, her back has been bad all week", "70_plus"),
    ("I'm writing on behalf of my father, he is 79 and his lower back hurts", "70_plus"),
    ("asking for my uncle who is 58, back pain since tuesday", "45_69"),
    ("messaging for my mum, she's ninety and her back is sore", "70_plus"),
    ("hello there, i'm typing this for my nan, she's 88, her lower back is sore", "70_plus"),
    # nl
    ("ik ben kapper, 61, en sinds maandag zit mijn rug vast", "45_69"),
    ("ik ben een bouwvakker, 34, rugpijn na het heffen", "20_44"),
    ("ik schrijf dit voor mijn vader, hij is 84 en hij heeft veel last van zijn rug", "70_plus"),
    ("ik stuur dit voor mijn bomma, ze is 91, haar rug doet pijn", "70_plus"),
    ("ik typ dit voor mijn schoonmoeder, die is 73, ze kan amper stappen van de rugpijn", "70_plus"),
    ("ik vraag dit voor mijn opa, hij is zevenentachtig, pijn onderin de rug", "70_plus"),
    ("namens mijn oom, hij is 66, rugpijn sinds een week", "45_69"),
    ("ik ben verpleegster, 52, en mijn onderrug doet zeer", "45_69"),
    # fr (Belgian numbers too)
    ("je suis boulanger, 55 ans, mal au bas du dos depuis lundi", "45_69"),
    ("je suis infirmiere, 31 ans, et j ai un lumbago", "20_44"),
    ("j'envoie ça pour mon grand-père qui a nonante-deux ans, il a mal au dos", "70_plus"),
    ("j'écris pour ma grand-mère, elle a septante-six ans et elle a mal aux reins", "70_plus"),
    ("je demande pour mon oncle qui a 63 ans, douleur dans le dos depuis hier", "45_69"),
    ("j ecris pour ma tante, elle a 81 ans, elle est bloquee du dos", "70_plus"),
    ("je tape ce message pour mon père qui a quatre-vingt-trois ans, il a mal au dos", "70_plus"),
    ("je suis un chauffeur, 47, mal au dos depuis 3 jours", "45_69"),
    ("bonjour, je demande pour ma mere qui a 77 ans, elle a mal au dos", "70_plus"),
]
AGE_KEPT = [
    ("my boy is 11, i'm 39, and my back is killing me", "20_44"),
    ("my son is 14 and i hurt my back lifting him", None),
    ("i'm a farmer, 62 kilos, back pain for a week", None),
    ("i'm caring for my mum, 80, and my back is sore from lifting her", None),
    ("i'm in agony, 8, can't move", None),
    ("mijn dochter is 9, ik ben 41, rugpijn", "20_44"),
    ("mijn zoon is 12 en ik heb rugpijn van hem te dragen", None),
    ("ik ben bakker, 52 kilo, rugpijn", None),
    ("mon fils a 8 ans, j'ai mal au dos", None),
    ("j'ai 44 ans, mal au dos depuis hier", "20_44"),
    ("je suis maman de 3 enfants, mal au dos", None),
    # session 40J: the message is typed for the dad, so his age is the patient's (was the writer's 50)
    ("my dad is 80 and i'm writing for him, i'm 50", "70_plus"),
    ("writing for my dad, he is in bed with his back since monday", None),
]

LEGS_CHANGED = [
    # en
    ("back pain since monday, it shoots down into the left thigh, right leg is fine", False),
    ("pain down my right leg to the knee, the left one is normal", False),
    ("sore back and my left calf aches, other leg is grand", False),
    ("pain runs into the right hip and buttock, left side nothing", False),
    ("it goes all the way down to my left ankle. the other leg feels fine", False),
    # nl
    ("rugpijn, het trekt tot in mijn linker kuit, rechts niks", False),
    ("pijn tot in mijn rechterbil, de andere kant niks", False),
    ("uitstralende pijn tot onder mijn knie rechts, linkerbeen is prima", False),
    ("het trekt door tot in mijn rechter kuit, de andere kant heeft niks", False),
    # fr
    ("ça descend dans la jambe droite jusqu'au genou, à gauche rien", False),
    ("mal au dos qui descend dans la fesse gauche, l'autre jambe va bien", False),
    ("sciatique à droite jusqu'au mollet, la jambe gauche va bien", False),
    ("ça tire dans la cuisse gauche, à droite ça va", False),
]
LEGS_KEPT = [
    ("pain down both legs", True),
    ("pain down the right leg and left leg too", None),
    ("pijn in mijn rechterbeen, links ook", None),
    ("mal dans la jambe droite, la gauche aussi", True),
    ("pain down my right leg to the knee, left leg is fine but numb", None),
    ("my back hurts, my left leg is fine", None),
    ("rugpijn, rechts niks", None),
]

LEG_PAIN_CHANGED = [
    # en
    ("back pain, no pain going to legs", "none"),
    ("my back hurts bad, no pain going down to my legs", "none"),
    ("lower back, nothing going down the legs", "none"),
    ("stiff back, nothing goes into the legs", "none"),
    ("sore back, nothing shooting into my legs", "none"),
    ("the pain no reach my leg at all, only my waist", "none"),
    # nl
    ("rugpijn, niks dat naar de benen trekt", "none"),
    ("pijn in mijn onderrug, niets gaat door naar mijn benen", "none"),
    # fr
    ("lumbago, rien qui descend dans les jambes", "none"),
    ("mal aux reins, aucune douleur qui irradie dans les jambes", "none"),
    ("bloqué du dos, rien ne descend vers les jambes", "none"),
]
LEG_PAIN_KEPT = [
    ("back pain and pain going to legs sometimes", None),
    ("no pain in my legs but numbness in my foot", "none"),
    ("nothing going down the legs at first, now it shoots to below my knee", "below_knee"),
    ("rugpijn maar geen pijn naar de benen", "none"),
    ("mal au dos, rien dans les jambes", "none"),
    ("mal au dos qui descend jusqu'au mollet", "below_knee"),
]

test_age_changed, test_age_kept = reading_round(_slot("age_band"), AGE_CHANGED, AGE_KEPT)
test_legs_changed, test_legs_kept = reading_round(_slot("both_legs"), LEGS_CHANGED, LEGS_KEPT)
test_leg_pain_changed, test_leg_pain_kept = reading_round(_slot("leg_pain"), LEG_PAIN_CHANGED, LEG_PAIN_KEPT)
