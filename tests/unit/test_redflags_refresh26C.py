"""Session 26, helper C, after refresh 39 (false alarms): a sign's name read only in a question, then the sign denied or on purpose.

1. A sign's meaning asked ("what does saddle anaesthesia even mean?") then denied: the English asking before the term
   ("what does ... mean"), and the French "je l'ai lu / vu / trouve" is reading the term, not owning it ("je l'ai" alone is).
2. Weight lost on purpose (a diet programme, "on purpose", "expres", "exprès"), then taken up again in another sentence as the
   one told ("losing the weight", "het afvallen", "cette perte de poids"; the packs' WEIGHT_TOLD_AGAIN). A loss without a
   cause, or a new loss told after it, stays a flag.
3. Night pain only on turning over, then the term asked as a kind of it ("is that the serious type of night pain doctors warn
   about", "is dat die ernstige soort nachtpijn", "c'est ca le mauvais genre de douleur nocturne dont on parle").
4. A missed step caught on the rail, the fall denied right before the fall word after a comma ("..., never fell over"); a
   negation further back ("no fever, fell down the stairs") denies no fall.
5. A relative's cancer in dialect ("mien mojer", "ons moder", "mien vadder", "ons pap", "gestorve aan kanker"), the person's
   own denied: the relative's; the person's own cancer told stays a history.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

CHANGED = [
    ('quick question, what does saddle anaesthesia even mean? saw it on a forum. i dont have any numbness down there, all normal', {}),
    ('what does saddle anesthesia mean exactly? my physio mentioned it. no numbness at all round my bum, feels normal', {}),
    ('what does saddle anaesthesia really mean?? came up on google. to be honest i have no numbness in my groin', {}),
    ("ça veut dire quoi anesthésie en selle ? je l'ai lu sur doctissimo. j'ai aucun engourdissement là, tout est normal", {}),
    ("c'est quoi l'anesthésie en selle ? je l'ai vu sur un forum. moi j'ai pas d'engourdissement en bas, tout est normal", {}),
    ("que veut dire anesthésie en selle ? je l'ai trouvé sur internet. je n'ai aucune perte de sensation aux fesses", {}),
    ('lost 2 stone since the summer with weight watchers, on purpose. wondering if losing the weight has made my back worse', {}),
    ("I've dropped 10 kilos on purpose with a diet. could all that weight loss have changed my posture?", {}),
    ('down 4 stone on slimming world this year, chuffed with it. could losing the weight be why my back aches?', {}),
    ('ik ben 12 kilo afgevallen met weight watchers, expres. kan het afvallen mijn houding veranderd hebben?', {}),
    ('sinds maart 9 kilo afgevallen met sonja bakker, bewust. kan dat afvallen mijn rug beïnvloeden?', {}),
    ("j'ai perdu 10 kilos exprès avec un régime. est-ce que cette perte de poids peut jouer sur mon dos ?", {}),
    ("perdu 8 kg en rééquilibrage alimentaire, c'est voulu. est-ce que d'avoir perdu ces kilos change ma posture ?", {}),
    ('it only wakes me at night when i roll over, once i settle its fine. is that the serious type of night pain doctors warn about?', {}),
    ('only hurts at night turning over, fine once im comfy. could this be the bad sort of night pain people talk about?', {}),
    ('alleen snachts bij het omdraaien, daarna lig ik goed. is dat die ernstige soort nachtpijn waar ze het over hebben?', {}),
    ('alleen als ik me omdraai in bed, daarna gaat het. is dat het soort nachtpijn waar de dokters over praten?', {}),
    ('missed the last step but grabbed the rail in time, never fell over, just twisted my back', {}),
    ('missed the bottom stair coming down but caught the banister, never fell, just jarred my back', {}),
    ('mien mojer is gestorve aan kanker in heur botte. ikzelf heb nooit iets gehad', {}),
    ('ons moder is gestorve aan kanker, iech zelf heb nooit get gehad', {}),
    ('mien vadder is vorig jaor gestorve aan kanker. zelf heb ik nooit wat gehad', {}),
    ('ons pap had kanker mit uitzaaiinge. ikzelf heb nooit iets gehad', {}),
]

KEPT = [
    ('wat betekent zadelanesthesie eigenlijk? kwam het tegen op thuisarts. ik heb daar geen gevoelloosheid, alles voelt normaal', {}),
    ('what does saddle anaesthesia mean? i cant feel my bum when i wipe', {'saddle_numbness': True}),
    ('what does saddle anesthesia mean, because my bum has gone numb', {'saddle_numbness': True}),
    ('what does saddle anaesthesia mean? no fever but i cant feel my bum', {'saddle_numbness': True}),
    ('wat betekent zadelanesthesie? mijn billen voelen doof aan sinds gisteren', {'saddle_numbness': True}),
    ('wat betekent zadelanesthesie? geen koorts maar ik voel mijn billen niet meer', {'saddle_numbness': True}),
    ("ça veut dire quoi anesthésie en selle ? j'ai les fesses engourdies depuis hier", {'saddle_numbness': True}),
    ("c'est quoi l'anesthésie en selle ? je l'ai lu, et je l'ai aussi je crois, j'ai les fesses engourdies", {'saddle_numbness': True}),
    ("c'est quoi l'anesthésie en selle ? pas de fièvre mais je sens plus mes fesses", {'saddle_numbness': True}),
    ("lost 2 stone on purpose last year. now I'm losing weight again and I'm not even trying", {'weight_loss': True}),
    ("lost weight on purpose last year. but this month i've lost 4 kilos for no reason", {'weight_loss': True}),
    ("I've lost a stone without trying. could the weight loss be related to my back?", {'weight_loss': True}),
    ('ik ben vorig jaar bewust afgevallen. nu val ik weer af zonder dat ik iets doe', {'weight_loss': True}),
    ('ik ben 6 kilo afgevallen zonder reden. kan het afvallen met mijn rug te maken hebben?', {'weight_loss': True}),
    ("j'ai perdu 10 kilos exprès l'an dernier. là je maigris encore sans le vouloir", {'weight_loss': True}),
    ("j'ai perdu 6 kilos sans raison. est-ce que cette perte de poids est liée au dos ?", {'weight_loss': True}),
    ("seulement quand je me retourne la nuit, après ça va. c'est ça le mauvais genre de douleur nocturne dont on parle ?", {}),
    ("juste quand je me tourne dans le lit, après ça passe. c'est le type de douleur nocturne dont les médecins parlent ?", {}),
    ('my back wakes me every night, is that the bad kind of night pain they talk about? nothing eases it', {'night_pain': True}),
    ('the pain wakes me every night and no position helps, lying still it still throbs', {'night_pain': True}),
    ('s nachts word ik wakker van de pijn, geen enkele houding helpt', {'night_pain': True}),
    ('snachts als ik me omdraai word ik wakker en ook als ik stil lig blijft het pijn doen', {'night_pain': True}),
    ('la douleur me réveille la nuit, aucune position ne soulage', {'night_pain': True}),
    ('quand je me retourne la nuit ça me réveille et même une fois installé ça fait mal toute la nuit', {'night_pain': True}),
    ('gisteren de onderste trede gemist maar de leuning vastgegrepen, nooit gevallen, wel mijn rug verdraaid', {}),
    ('trede gemist op de trap maar kon de leuning grijpen, niet gevallen, alleen mijn rug verrekt', {}),
    ('raté la dernière marche mais rattrapé à la rampe, jamais tombé, juste le dos tordu', {}),
    ("j'ai raté une marche mais j'ai attrapé la rampe, pas tombé, juste tordu le dos", {}),
    ('missed the bottom step and fell down the stairs onto my back', {'onset': 'trauma'}),
    ('missed a step, grabbed the handrail but still fell and landed on my back', {'onset': 'trauma'}),
    ('no fever, fell down the stairs on sunday', {'onset': 'trauma'}),
    ('ik miste de onderste tree en ben van de trap gevallen', {'onset': 'trauma'}),
    ('trede gemist, leuning gegrepen maar toch gevallen op mijn rug', {'onset': 'trauma'}),
    ('geen koorts, wel van de trap gevallen zondag', {'onset': 'trauma'}),
    ("j'ai raté la dernière marche et je suis tombé dans l'escalier", {'onset': 'trauma'}),
    ('raté une marche, rattrapé à la rampe mais je suis quand même tombé sur le dos', {'onset': 'trauma'}),
    ("pas de fièvre, je suis tombé dans l'escalier dimanche", {'onset': 'trauma'}),
    ('me mam died of cancer last year. never had owt meself', {}),
    ("ma mère est morte d'un cancer l'an dernier. moi j'ai jamais rien eu", {}),
    ('mien moder had kanker en ich had vurrig jaor ouk kanker', {'cancer_history': True}),
    ('ons pap is gestorve aan kanker en ik heb zelf ook borstkanker gehad', {'cancer_history': True}),
    ('mijn moeder is gestorven aan kanker. ikzelf had 3 jaar geleden darmkanker', {'cancer_history': True}),
    ('me mam died of cancer and i had breast cancer myself in 2019', {'cancer_history': True}),
    ("ma mère est morte d'un cancer, et moi j'ai eu un cancer du sein il y a 5 ans", {'cancer_history': True}),
    ("ça va, j'ai eu un cancer de la prostate il y a 3 ans", {'cancer_history': True}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
