"""Session 29N: false alarms and noes of the night, the near fall, the fever over, the kilos on purpose, the legs that hold.

Red flags. Night pain only on turning, then the night pain asked about as a kind of warning ("... is that one of those night
pain warning things?", "is dat zo'n nachtpijn alarmsignaal?", "... douleurs nocturnes qui doivent alerter ?") read the term as
the sign: the term is now asked (packs' TERM_TALKED_AFTER, en/nl/fr). A no-position phrase whose pain is denied right after it
("whichever way i lie it doesnt hurt", "maakt niet uit hoe ik lig, het is oke", "peu importe comment je me tourne, je suis
bien") flagged night pain: now skipped (new packs' NIGHT_FINE_AFTER, en/nl/fr; bot/reading/redflags.py _night_fine_after, as a
skip_after of the plain night rules only; a "but" after the fine keeps the sign). Every position tried in Gronings and without
an article ("of ik nou op zie lig, op rug ..., gain haauding helpt") was missed: nl STREET (haauding, stoul, zulfde),
SPOKEN_PHRASES ("gain" before a position), POSITION_TRIED ("of ik nou"), NIGHT_POSITION ("op zij/zie/rug/buik"), NO_RELIEF
("geen houding helpt").
A near fall with its subject, the adverb inside the trauma words ("i nearly went flying on the stairs", "she almost went flying")
was a trauma: en NOT_A_FALL (a fall told after it stays: "... and landed on my back"). Dutch and French near falls were read
right already (kept).
The fever told gone down with a time or at the clause's end ("the fever went down last week", "mijn koorts is gezakt", "de
koorts is al gezakt sinds zondag") was a fever: en/nl FEVER_OVER (not "a bit", "to 38", "yesterday", one that came back). The
over window of bot/reading/redflags.py _resolved_after cut "ik voel mij terug goed" after "terug" and read a coming back: the
coming back is now read with the words past the window.
Dutch verb-last negation of giving way ("mijn benen begeven het niet", "begaven het niet") flagged both legs worsening: nl
SUFFIX_ADVERB gets "het", "t" ("begeeft het soms" stays).

Answers. night_pain: only when trying or going to turn, settled and fine after it ("only if i try to roll over. once i'm settled
it's gone") was None: en/fr NIGHT_MECH_FALSE, NIGHT_EASED. fever: see the window above. cancer_history: "me myself i never get
cancer" after a relative's, "moi meme j'ai jamais eu de cancer" read True: en/fr SELF_SELF (the subject again before the
negation), en NOT_ME ("i have never"). weight_loss: "not losing anything i'm not trying to", "je perds rien sans le vouloir"
after kilos on purpose read True: new packs' NOTHING_UNTRIED_BEFORE (en/nl/fr; bot/reading/answers.py _weight_no_reason).
Kept: real night pain asked about, pain told after "whatever way i lie", a fall after a near fall, a fever gone down a bit or
to 38 or come back, a leg that gives way sometimes, weight lost without trying, a relative's cancer with the person's own.
"""

from datetime import date

from bot.reading.answers import parse_answer
from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

TODAY = date(2026, 12, 1)
NONE: dict = {}
NP = {"night_pain": True}
T = {"onset": "trauma"}
F = {"fever": True}
W = {"leg_weakness": "worsening"}
W2 = {"both_legs": True, "leg_weakness": "worsening"}

CHANGED = [
    ('i only feel it in the night when i turn over onto my other side, then it calms right down and i get back to sleep. could this be a night pain red flag?', NONE),
    ('it gets me at night only when i roll over, once im on my side it settles. is that one of those night pain warning signs?', NONE),
    ('turning over in bed gives me a jab, then it goes once im settled. is that one of those night pain warning things?', NONE),
    ('s nachts doet het pijn als ik me omdraai, zodra ik lig is het weg. is dat die nachtpijn waar je van moet schrikken?', NONE),
    ("enkel bij het omdraaien in bed een steek, dan zakt het weer. is dat dan zo'n nachtpijn waarschuwingsteken?", NONE),
    ("als ik me s nachts omdraai schiet het erin, daarna slaap ik door. is dat zo'n nachtpijn die een waarschuwing is?", NONE),
    ('whichever way i lie it doesnt hurt', NONE),
    ('any way i lie its comfortable', NONE),
    ('hoe ik ook ga liggen, het gaat prima', NONE),
    ('maakt niet uit hoe ik lig, het is oke', NONE),
    ('peu importe comment je me tourne, je suis bien', NONE),
    ('peu importe comment je me couche, ca ne fait pas mal', NONE),
    ('of ik nou op mn buik of op mn rug lig, gain haauding helpt', NP),
    ('of ik nu op zij of op rug lig, t blijft hetzelfde', NP),
    ('of ik nou op rug lig of in de stoul zit, t blift t zulfde', NP),
    ('i almost went flying on the ice outside the shop but grabbed the trolley', NONE),
    ('i nearly went flying on the stairs and my back has been sore since', NONE),
    ('she almost went flying on the kerb', NONE),
    ('the fever went down last week', NONE),
    ('mijn koorts is gezakt', NONE),
    ('de koorts is al gezakt sinds zondag', NONE),
    ('de verhoging is vorige week gezakt', NONE),
    ('mijn benen begeven het niet, gelukkig', NONE),
    ('mijn benen begeven het niet meer', NONE),
    ('mijn knieen begeven het gelukkig niet', NONE),
    ('mijn benen begaven het niet', NONE),
]

KEPT = [
    ('i have night pain. is that one of those night pain warning things?', NP),
    ('it hurts all night whatever way i lie, is that one of those night pain warning signs?', NP),
    ("ik heb alleen pijn als ik me s nachts omdraai, daarna slaap ik gewoon verder. is dat zo'n nachtpijn alarmsignaal?", NONE),
    ("ik heb de hele nacht pijn, niks helpt. is dat zo'n nachtpijn alarmsignaal?", NP),
    ("j'ai mal la nuit seulement quand je me retourne, après je me rendors. c'est une de ces douleurs nocturnes qui doivent alerter ?", NONE),
    ("la nuit ca me lance juste quand je change de cote, puis ca passe. c'est ça la douleur nocturne inquiétante ?", NONE),
    ("quand je me retourne la nuit ca pique, apres je dors. c'est une de ces douleurs nocturnes alarmantes ?", NONE),
    ("seulement en me tournant dans le lit, puis ca se calme. c'est la douleur nocturne signe d'alerte ?", NONE),
    ("j'ai mal toute la nuit, rien ne soulage. c'est une de ces douleurs nocturnes qui doivent alerter ?", NP),
    ('no matter which way i lie in bed its ok', NONE),
    ('no matter how i lie, theres no pain', NONE),
    ('whatever way i lie it hurts', NP),
    ('whatever way i lie its fine for an hour but then it wakes me', NP),
    ('whatever way i lie its fine, but by 3am the pain is back', NP),
    ('hoe ik ook lig, ik heb geen pijn', NONE),
    ('hoe ik ook draai, het doet geen pijn', NONE),
    ('hoe ik ook lig, het doet pijn', NP),
    ('hoe ik ook lig, het is prima maar na een uur word ik wakker van de pijn', NP),
    ("n'importe quelle position, c'est bon", NONE),
    ('peu importe comment je dors, aucune douleur', NONE),
    ("peu importe comment je me couche, j'ai mal", NP),
    ('of ik nou op zij lig of op mijn rug, geen enkele houding helpt', NP),
    ('op rug, op buik, op zij, geen houding helpt', NP),
    ('of ik nou op zij lig of op rug, ik slaap goed', NONE),
    ('weight gain since the summer, no position helps my back', NP),
    ('i very nearly went flying off the ladder, managed to hold on', NONE),
    ('we nearly went flying on the wet floor at the pool', NONE),
    ('i nearly went flying on the ice and landed on my back', T),
    ('i nearly went flying on the ice, then fell on my bum anyway', T),
    ('i went flying on the ice', T),
    ('i nearly went flying. landed hard on my coccyx', T),
    ('i almost went down on the wet floor but caught myself', NONE),
    ('nearly took a tumble on the stairs, grabbed the bannister', NONE),
    ('ik ging bijna onderuit op het ijs, kon me nog vastgrijpen aan de leuning', NONE),
    ('ik ben bijna uitgegleden in de douche maar kon me net vasthouden', NONE),
    ('ik ben onderuit gegaan op het ijs', T),
    ("j'ai manqué de tomber sur le verglas, je me suis rattrapée à la rampe", NONE),
    ("j'ai failli me casser la figure dans l'escalier", NONE),
    ("je suis tombé dans l'escalier", T),
    ('my temperature went down days ago', NONE),
    ('the temp finally came down on sunday, back aches though', NONE),
    ('had a temperature with the flu, it went down on monday', NONE),
    ('my fever has gone down a bit', F),
    ('the fever came down to 38', F),
    ('the fever went down yesterday', F),
    ('the fever went down last week but it came back', F),
    ('mijn temperatuur is eindelijk gedaald, nu alleen nog rugpijn', NONE),
    ('mijn koorts is gezakt naar 38', F),
    ('mijn koorts is een beetje gezakt', F),
    ('de koorts is gezakt maar gisteren kwam ze terug', F),
    ('ma fièvre est retombée depuis lundi', NONE),
    ('la fievre est partie la semaine derniere', NONE),
    ('la fièvre est tombée', NONE),
    ('la fievre a baisse depuis mardi', F),
    ('mijn been begeeft het nog niet', NONE),
    ('mijn linkerbeen begeeft het niet hoor', NONE),
    ('mijn been begeeft het soms', W),
    ('mijn benen begeven het, steeds vaker', W2),
    ('mijn benen begeven het', W2),
]

#: answers, as "slot|answer"
ANSWERS_CHANGED = [
    ('night_pain|only when i try to turn over, it wakes me. once im settled on my side its fine and i sleep away', False),
    ("night_pain|it only gets me when i go to turn, once i've settled its grand", False),
    ("night_pain|only if i try to roll over. once i'm settled it's gone and i sleep on", False),
    ("night_pain|juste quand j'essaie de me tourner, ça me pique. une fois bien calé je dors tranquille", False),
    ('night_pain|seulement quand je veux me retourner, et une fois installée ça va', False),
    ('fever|vorige week had ik griep met 39 graden en rillingen, maar dat is al een week over. nu geen koorts meer en ik voel mij terug goed', False),
    ('cancer_history|my sister had breast cancer but me myself i never get cancer', False),
    ("cancer_history|ma mere a eu un cancer du sein, moi meme j'ai jamais eu de cancer", False),
    ("cancer_history|mon oncle a eu un cancer du colon, moi meme j'ai jamais eu ça", False),
    ("weight_loss|j'ai perdu 8 kilos, c'est voulu, régime. je perds rien sans le vouloir", False),
    ('weight_loss|lost 7 kilos since spring on purpose with a diet, nothing i wasnt trying to lose', False),
    ("weight_loss|down 5 kilos, deliberate, on a diet. not losing anything i'm not trying to", False),
    ('weight_loss|dropped 6 kilos on purpose. nothing i wasnt trying for', False),
    ("weight_loss|6 kilos en moins, c'est voulu, je fais attention. je maigris pas un kilo sans le vouloir", False),
    ('weight_loss|8 kilo kwijt, bewust, ik let op mijn eten. ik verlies niks zonder het te willen', False),
]

ANSWERS_KEPT = [
    ("night_pain|just when i want to roll over it catches, once i'm comfy it's fine again", False),
    ('night_pain|just when i go to roll, it catches me for a second. once im comfy on my back i drift off again', False),
    ('night_pain|alleen als ik me wil omdraaien, dan schiet het erin. eens ik op mijn zij lig is het goed en slaap ik verder', False),
    ('night_pain|seulement quand je vais me retourner, ça me réveille. une fois installé sur le côté ça va et je me rendors', False),
    ('night_pain|only when i roll over, then it keeps me awake for hours', True),
    ('night_pain|once im settled it still hurts all night', True),
    ('night_pain|only when i go to roll over, and once im settled it hurts worse', None),
    ('night_pain|when i try to turn it wakes me and i cant get back to sleep', True),
    ('fever|vorige maand 39 graden en rillen, mor da is allang over. nu gene koorts meer en ik voel mij terug goe', False),
    ('fever|last week 39 and shivers, but thats long gone now. no fever now and i feel good again', False),
    ('fever|last week i had the flu with 39 and shivers but thats long over, no fever now and i feel great again', False),
    ('fever|la semaine derniere 39 et des frissons, mais c est fini depuis cinq jours. plus de fievre et je me sens bien', False),
    ('fever|vorige week had ik griep met 39 graden koorts, maar dat is al vijf dagen over', False),
    ('fever|had 39 last week, it was over but now it came back', True),
    ('cancer_history|my uncle had cancer of the prostate, but me myself i have never had any', False),
    ('cancer_history|my mum had cancer in the breast, me myself i never had it', False),
    ('cancer_history|my brother had leukaemia. myself i never get that one', False),
    ("cancer_history|ma soeur a eu un cancer mais moi meme je n'ai jamais eu ca", False),
    ('cancer_history|mijn moeder had borstkanker maar ikzelf heb nooit kanker gehad', False),
    ('cancer_history|mijn zus had kanker, ik heb het zelf nooit gehad', False),
    ('cancer_history|my dad had bowel cancer and myself i had it too', True),
    ('cancer_history|my dad had bowel cancer and myself as well', True),
    ('cancer_history|i had cancer myself', True),
    ('weight_loss|lost 8 kilos but not trying to', True),
    ("weight_loss|i'm not trying to lose weight but lost 8 kilos", True),
    ("weight_loss|j'ai perdu 8 kilos sans le vouloir", True),
    ('weight_loss|8 kilo kwijt zonder te proberen', True),
    ('weight_loss|8 kilo kwijt, niet bewust', True),
]


def _answer(case: str) -> object:
    slot, text = case.split("|", 1)
    return parse_answer(slot, text, TODAY)


test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
test_answers_changed, test_answers_kept = reading_round(_answer, ANSWERS_CHANGED, ANSWERS_KEPT)
