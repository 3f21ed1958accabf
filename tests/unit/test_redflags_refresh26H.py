"""Session 26, helper H, after the blind refresh 41/27 scored once: a sign's name or a warning heard, asked about, not had.

1. Night pain told in one sentence, its only moment in the next ("the pain wakes me at night. its only when i turn over,
   ...", "alleen als ik me omdraai", "seulement quand je me retourne"): the sentence opening on a restriction to a moment
   (the packs' ONLY_WHEN) now goes on the one before, so the night rules read the night and its position as one telling.
   A night term asked as "such a one" ("is dat zon nachtpijn waar ze het over hebben"): the question is read on its
   sentence (a join word inside it, "nu", cut it). Kept: a night pain nothing eases, "only when i lie still", the
   question alone (the safe side).
2. A warning heard from nobody named ("i was told that if ...", "they say if ...", "ze zeggen dat als ...", "men zegt",
   "on m'a dit que si ...", "il parait que si ..."), a term seen on a site without "that" ("saw on a site ...", "ik las op
   een forum ..."), the meaning asked in a learner's order ("what actually means ...") and denied in the progressive ("i
   am not having any such problem"): no sign of the person's. Kept: the sign then told as one's own.
3. A fever over for days, told as absent ("havent had a temperature for 3 days", "not had a fever since monday", "ca fait
   3 jours que j'ai plus de fievre" read "pas de", "depuis jeudi j'ai plus de fievre"), and the flu's remains asked
   ("the remains of the flu", "un reste de la grippe", "een rest van de griep"). Kept: a fever of the last day told over
   (ca9e530's safe line), a fever still there."""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

NIGHT = {"night_pain": True}
SADDLE = {"saddle_numbness": True}
BLADDER = {"bladder_bowel": True}
FEVER = {"fever": True}

CHANGED = [
    # 1. the night told, its only moment in the next sentence; a term asked as such a one
    ("the pain wakes me at night. its only when i turn over, on my side with a pillow it settles and i sleep again", {}),
    ("pain wakes me in the night sometimes. but only when i turn over, once im settled it calms down", {}),
    ("it wakes me up at night. its only if i turn over, then its fine", {}),
    ("ik word s nachts wakker van de pijn. alleen als ik me omdraai, op mijn zij met een kussen is het weg", {}),
    ("als ik me omdraai in bed schiet het erin, daarna is het weg. is dat zon nachtpijn waar ze het over hebben?", {}),
    ("la douleur me réveille la nuit. seulement quand je me retourne, une fois sur le côté ça passe", {}),
    ("mon dos me réveille la nuit. uniquement quand je me tourne, après je me rendors", {}),
    # 2. a warning heard, a term seen, asked, not had
    ("i was told that if your groin goes numb you go to a&e. what does that mean? i dont have anything like that", {}),
    ("they say if you cant pee you should go to the hospital. i am not having any such problem, just curious", {}),
    ("what actually means numbness in saddle area? nothing like that for me", {}),
    ("saw on a site saddle anaesthesia in the red flags. what is that exactly?", {}),
    ("men zegt dat als je niet meer kunt plassen het ernstig is. zoiets heb ik niet hoor", {}),
    ("ik las op een forum zadelanesthesie bij de alarmsignalen, wat is dat eigenlijk?", {}),
    ("on m'a dit que si on sent plus rien entre les jambes faut aller aux urgences. ça veut dire quoi ? j'ai rien de ce genre", {}),
    # 3. a fever over for days, the flu's remains asked
    ("had the flu last week with 39 fever, but i havent had a temperature for 3 days now. back is stiff", {}),
    ("flu last week, fever of 38.8, not had a fever since monday. my back aches", {}),
    ("last week the flu with a high fever, gone now. is it the remains of the flu or did i pull something?", {}),
    ("la semaine dernière grippe avec 39 de fièvre, ça fait 3 jours que j'ai plus de fièvre. mon dos est raide", {}),
    ("j'ai eu 39 de fièvre lundi, depuis jeudi j'ai plus de fièvre, mais j'ai mal au dos", {}),
    ("la grippe la semaine dernière avec de la fièvre, c'est passé depuis vendredi. c'est un reste de la grippe ?", {}),
    ("il y a 10 jours j'avais 39 de fièvre, j'ai pas eu de fièvre depuis dimanche. le dos est bloqué", {}),
]

KEPT = [
    # 1. night pain nothing eases stays; the question alone stays (safe side)
    ("my back wakes me up at night, nothing helps", NIGHT),
    ("the pain wakes me at night. only when i lie still it gets worse, nothing helps", NIGHT),
    ("is night pain a bad sign?", NIGHT),
    ("i do wake up with it at night. only when i roll onto my left side though, then i change position and its gone", {}),
    ("ik word elke nacht wakker van de pijn, hoe ik ook lig", NIGHT),
    ("de pijn houdt me de hele nacht wakker. alleen als ik opsta wordt het iets beter", NIGHT),
    ("de pijn maakt me s nachts wakker. enkel als ik draai, daarna slaap ik verder", {}),
    ("la douleur me réveille toutes les nuits, peu importe la position", NIGHT),
    # 2. the sign then owned stays
    ("the leaflet says if numbness in groin go to a&e. my groin has been numb since yesterday", SADDLE),
    ("i was told if i cant pee to come in. i havent peed since this morning", BLADDER),
    ("i cant feel my bum on the toilet seat, what does it mean?", SADDLE),
    ("ze zeggen dat als je je billen niet meer voelt... ik voel mijn billen niet meer sinds gisteren", SADDLE),
    ("ze zeggen dat als je je billen niet meer voelt je naar spoed moet. wat betekent dat? ik heb dat niet", {}),
    ("ik kan sinds vanmorgen niet meer plassen", BLADDER),
    ("on m'a dit que si on sent plus les fesses il faut y aller. moi je sens plus mes fesses depuis ce matin", SADDLE),
    ("il paraît que si on n'arrive plus à uriner c'est grave. moi j'ai pas ça", {}),
    ("je n'arrive plus à uriner depuis hier soir", BLADDER),
    # 3. a fever of the last day, a fever still there
    ("had 39 fever last night, no temp since this morning", FEVER),
    ("i have a fever of 38.9 since monday", FEVER),
    ("gisteren 39 koorts gehad, sinds vanmorgen geen koorts meer", FEVER),
    ("ik heb al 3 dagen 39 koorts", FEVER),
    ("vorige week griep met 39 koorts, dat is nu voorbij. is dit een rest van de griep?", {}),
    ("hier soir j'avais 39 de fièvre, ce matin j'ai plus de fièvre", FEVER),
    ("ça fait 3 jours que j'ai de la fièvre, 38,9", FEVER),
    ("j'ai la grippe avec 39 de fièvre depuis hier", FEVER),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
