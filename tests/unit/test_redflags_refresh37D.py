"""Session 37, round D (issue 12): a false alarm: a fever that is over, told as "no fever at all since <a day>".

A past illness with a fever, told as a bare stretch ("fever for some days", "een paar dagen koorts", "quelques jours de fievre")
and then closed ("no fever at all since the weekend", "it all clear up", "geen enkele koorts meer sinds maandag", "plus du tout de
fievre depuis lundi"), was read as a fever now. Changed (packs only, read by bot/reading/redflags.py _resolved_after, _past_by_list
and the normaliser's _DOUBLE_NEG):
- en FEVER_GONE_NOW: "no fever at all / whatsoever now|since", "since friday no fever at all"; RESOLVED: the learner's unmarked
  "it all clear up", "e don clear" (not "to all clear up", "will all clear up").
- nl SIGN_LIST_WORDS: "paar", "enkele", "wat", "gedurende" (the stretch "een paar dagen koorts" shares the past of the clause
  before it); FEVER_GONE_NOW: "geen enkele koorts meer", Flemish "geen koorts nie meer", "sinds zaterdag helemaal geen koorts";
  PAST_CUES: the Flemish "kzat", "klag", "khad".
- fr SIGN_LIST_WORDS: "quelques", "plusieurs"; FEVER_GONE_NOW: "plus du tout de / plus aucune / pas de ... du tout / aucune
  fievre depuis", "depuis lundi plus de fievre"; DOUBLE_NEGATION: "plus du tout de fievre" and "depuis lundi plus de fievre"
  read as none (not "plus de fievre qu'avant").

Kept: a fever now with "since" ("fever since last monday", "koorts sinds maandag", "de la fievre depuis lundi"), the fever come
back, still there, chills now after the over fever, unsure ("not sure if i still have a temperature"), a fever of the last day,
another person's fever, the plain negations. Left as it was: "i had no fever until yesterday" (read as no fever, a miss of
another kind: the negation's "until").
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

F = {"fever": True}
CHANGED = [
    # en
    ("i had a chest infection last month, fever for some days, no fever at all since the weekend, back is stiff", {}),
    ("had tonsillitis, a fever for a few days, no temperature at all since friday", {}),
    ("had the flu over christmas with a high fever, no fever whatsoever since new year, now my lower back", {}),
    ("i had malaria two weeks back, fever for some days, they treated me, it all clear up, lower back pain now", {}),
    ("had a kidney infection with fever, antibiotics, everything all clear up, my back hurts", {}),
    ("had typhoid and fever last month, took the drugs, e don clear, back pain remain", {}),
    ("had a sore throat last week, fever for some days, no temp at all now, just my lower back", {}),
    ("last week i had flu with temperature, since friday no fever at all, back hurts", {}),
    # nl
    ("ik had vorige maand griep, een paar dagen koorts, geen koorts meer sinds vorige week, nu rugpijn", {}),
    ("had een blaasontsteking, enkele dagen koorts, nu al een week geen koorts meer", {}),
    ("ik had keelontsteking, een paar dagen koorts, sinds maandag geen koorts meer", {}),
    ("twee weken geleden angina, wat koorts, antibiotica, al sinds zondag helemaal geen koorts meer", {}),
    ("ik had griep, een paar dagen hoge koorts, ik heb geen koorts meer gehad sinds zondag", {}),
    ("ik had griep, een paar dagen koorts, sindsdien geen koorts meer, mijn onderrug doet zeer", {}),
    ("ik had een angina, enkele dagen koorts, geen enkele koorts meer sinds maandag", {}),
    ("kzat met griep, paar dagen koorts gehad, geen koorts nie meer sedert maandag", {}),
    ("vorige week griep, een paar dagen koorts, sinds zaterdag helemaal geen koorts, wel rugpijn", {}),
    # fr
    ("j'ai eu une angine, quelques jours de fièvre, plus de fièvre depuis lundi", {}),
    ("j'ai eu une angine avec de la fièvre, plus du tout de fièvre depuis lundi", {}),
    ("j'ai eu la grippe avec fièvre, plus aucune fièvre depuis la semaine dernière", {}),
    ("j'ai eu une bronchite avec fièvre, pas de fièvre du tout depuis dimanche", {}),
    ("j'ai eu la grippe, fièvre plusieurs jours, plus de fièvre depuis samedi, mal au bas du dos", {}),
    ("j'ai eu la grippe avec de la fièvre, depuis lundi plus de fièvre du tout", {}),
    ("il y a deux semaines j'ai eu une otite, quelques jours de fièvre, antibiotiques, plus de fièvre depuis lundi dernier", {}),
    ("j'ai eu la grippe, fièvre pendant quelques jours, plus aucune température depuis jeudi", {}),
    ("j'avais une otite avec de la fièvre, je n'ai plus du tout de fièvre depuis mardi", {}),
    ("la semaine passée une gastro avec fièvre, depuis dimanche aucune fièvre", {}),
]
KEPT = [
    ("was down with a bug and a temperature, havent had a fever at all since tuesday", {}),
    ("had covid last month, proper fever, not had any temperature at all since then", {}),
    ("ik had griep met koorts, sinds vorige week totaal geen koorts meer", {}),
    ("depuis lundi plus de fièvre qu'avant", F),
    ("plus du tout de frissons mais de la fièvre", F),
    ("j'ai eu la grippe, depuis lundi plus de fièvre mais des frissons ce soir", F),
    ("ik had griep, sinds maandag geen koorts meer maar vanavond rillingen", F),
    ("it will all clear up hopefully, i have a fever", F),
    ("fever since last monday", F),
    ("i have had a fever since monday and my back hurts", F),
    ("koorts sinds maandag", F),
    ("ik heb koorts sinds vorige week", F),
    ("de la fièvre depuis lundi", F),
    ("j'ai de la fièvre depuis lundi dernier", F),
    ("had the flu, no fever at all since monday but chills tonight", F),
    ("had the flu last week, no fever since monday but the fever came back today", F),
    ("not sure if i still have a temperature", F),
    ("the fever came back", F),
    ("had a fever last week, no fever at all since friday but it came back tonight", F),
    ("ik had griep, een paar dagen koorts, nu is de koorts terug", F),
    ("j'ai eu la grippe, quelques jours de fièvre, et la fièvre est revenue hier", F),
    ("ik had griep, een paar dagen koorts, en ik heb nog steeds koorts", F),
    ("j'ai eu une angine, quelques jours de fièvre, et j'ai encore de la fièvre", F),
    ("i had a chest infection, fever for some days, still feverish now", F),
    ("my son had a fever for some days, no fever at all since friday, my back hurts", {}),
    ("no fever at all", {}),
    ("geen koorts", {}),
    ("pas de fièvre du tout", {}),
    ("i have a fever, waiting for it to clear up", F),
    ("had the flu last week, no fever since friday", {}),
    ("ik had griep, geen koorts meer sinds maandag", {}),
    ("j'ai eu la grippe, plus de fièvre depuis lundi", {}),
    ("had a fever last night, no fever at all this morning", F),
]


test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
