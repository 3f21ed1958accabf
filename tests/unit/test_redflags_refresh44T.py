"""Session 44, round T (issue 12): a warning sign read on a page, its meaning or urgency asked, and nothing of it owned.

False alarm: a sign read on a page, a leaflet or a website as a danger sign or a reason to go to A&E / de spoed / les
urgences, then asked about ("what does that mean?", "is that really urgent?", "wat betekent da?", "is dat echt dringend?",
"ca veut dire quoi ?", "c'est vraiment urgent ?"), with the person's own denied after or before it, or with nothing said of
oneself at all, was read as the sign. Changed: bot/reading/redflags.py _hearsay_meaning_asked (read in _find_red_flags on the
message before _what_if_out takes the meaning questions out): a sign read (the packs' HEARSAY before the question in its
sentence or the one before, nobody's own told between) whose meaning or urgency is asked (the packs' MEANING_ASKED and new
SIGN_URGENCY_ASKED) is dropped like a sign asked "is that true?" (session 41M), unless it is owned after the question (the
packs' HEARSAY_MINE, now with "thats exactly what i have", "c'est exactement ca") or it is left in the person's own reading
or hinted there. The packs: HEARSAY "read on your website about", "your page talks about", "votre page parle de"; SIGNS_DENIED
"no problems like that for me", "i can feel everything there fine", "bij mij is da nie zo", "ik voel daar alles", "chez moi tout
est normal de ce cote", "aucun fourmillement ni engourdissement", "moi rien de tout ca, mais ...".
Kept: the sign read and then owned ("... because thats exactly what i have", "want dat heb ik precies", "parce que moi c'est
exactement ca"), the sign told plainly, the hedged sign, a denial of one sign beside another claimed, a sign read and then
told in the person's own words after the question, the 23K and 42G cases (their own files).
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

S = {"saddle_numbness": True}
B = {"bladder_bowel": True}
CHANGED = [
    ("I read on your website about a numb saddle area as a danger sign, what does that mean? all fine with me on that, I can feel everything down there", {}),
    ("the leaflet lists bladder problems as a reason to go to A&E. is that really urgent? no problems like that for me", {}),
    ("Your page talks about numbness between the legs as a red flag. I can feel everything there fine, but what does it mean?", {}),
    ("the nhs page mentions numb bum and bowel stuff as danger signs. is that really urgent?", {}),
    ("read on your page about tingling round the groin as a warning sign, all normal for me down there, what does it mean?", {}),
    ("read on their site about a numb backside as a reason for a and e, what does that mean exactly?", {}),
    ("ik las op jullie site dat een doof gevoel rond de anus een alarmsignaal is, wat betekent da? bij mij is da nie zo, ik voel daar alles", {}),
    ("ik las in de folder dat tintelingen in het zitvlak een waarschuwingsteken zijn, wat betekent dat? bij mij is dat niet zo", {}),
    ("ik las dat een doof gevoel tussen de benen een alarmsignaal is. ik voel daar alles, maar wat betekent dat?", {}),
    ("op de website staat dat niks voelen rond uw poep een reden is voor de spoed. is da echt dringend?", {}),
    ("ik heb gelezen dat tintelingen in het kruis een alarmsignaal zijn, wat betekent dat precies? bij mij is het niet zo hoor", {}),
    ("in de folder stond dat een verdoofd gevoel aan de billen een waarschuwing is, is dat echt zo dringend?", {}),
    ("sur votre site on dit que des troubles urinaires sont une raison d'aller aux urgences, c'est vraiment urgent? chez moi tout est normal de ce côté", {}),
    ("j'ai lu que des fourmillements entre les jambes sont un signe de danger, c'est quoi exactement? aucun fourmillement ni engourdissement chez moi", {}),
    ("sur une fiche je lis qu'un engourdissement des fesses est un signe d'alerte, moi rien de tout ça, mais ça veut dire quoi?", {}),
    ("votre page parle d'engourdissement au niveau des fesses comme signe d'alarme, c'est vraiment grave?", {}),
    ("la brochure dit que des picotements autour de l'anus sont un signe d'alerte, ça veut dire quoi exactement?", {}),
    ("sur le site ils disent que des fourmillements entre les fesses sont un signe d'alerte. c'est vraiment urgent?", {}),
]
KEPT = [
    ("i read about numb bum and thats exactly what i have", S),
    ("I read numbness in the saddle area is a danger sign, what does it mean? because that is exactly what I have", S),
    ("I read numb bum is a warning sign, what does that mean? my bum has been numb since monday", S),
    ("I can feel everything down there but I can't pee", B),
    ("my bum is numb", S),
    ("i think i might have numbness round my bum", S),
    ("ik las dat een doof gevoel in het kruis een alarmsignaal is, wat betekent dat? want dat heb ik precies", S),
    ("ik las dat een doof gevoel aan de anus een alarmsignaal is. wat betekent dat? mijn poep voelt doof sinds gisteren", S),
    ("mijn kruis voelt doof aan", S),
    ("ik voel daar alles maar ik kan niet plassen", B),
    ("j'ai lu qu'un engourdissement du périnée est un signe d'alerte, ça veut dire quoi? parce que moi c'est exactement ça", S),
    ("j'ai les fesses engourdies", S),
    ("je sens tout là en bas mais je n'arrive pas à uriner", B),
    ("je pense que j'ai peut-être un engourdissement entre les jambes", S),
]
test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
