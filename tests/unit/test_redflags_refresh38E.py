"""Session 38, round E (issue 12): a fever that is over or never was, told with a normal temperature, read as a fever.

1. A fever told over in the words of a newcomer: the Dutch "nu is klaar", "is klaar nu", "dat is (nu helemaal) klaar" and the
   English "now is finished", "is over now" were no over phrase, so "had koorts in oktober. nu is klaar, al weken geen koorts"
   stayed a fever. Changed: the nl pack's RESOLVED ("klaar" in a clause of its own after "nu is", "dat is", or "is klaar nu";
   not "is het klaar?", "is nog niet klaar") and the en pack's RESOLVED ("now is finished/over", "is finished/over now" opening
   a clause). Such a sentence opening on it is joined to the fever's sentence as before (_RESOLVED_OPENING).
2. A normal temperature read every evening after a fever told over ("c'est fini, 36,7 chaque soir", "every evening 36.8") was
   read as a fever that comes back every evening (session 29) as the number was not a measuring verb (FEVER_MEASURED).
   Changed: bot/reading/redflags.py _fever_every_evening also passes over a time of every day in a comma clause holding a normal
   temperature (36.x, 37.0-37.4) and no fever word (_normal_clauses).
3. A list of signs read, then the sign quoted ("i read on a list of red flags 'back pain and feverish'", "j'ai lu sur une liste
   de signaux d'alarme 'mal de dos et fievre'") was the person's own: the en and fr packs' HEARSAY took the list only with "that",
   "says" or "il y avait" after it. Changed: en and fr HEARSAY (read or seen on a list, leaflet or page, "of red flags",
   "de signaux d'alarme" or the like, not followed by "that" / "que"). The quoted sign is then dropped only when the person's
   own is told fine ("i never had a real fever", "je n'ai jamais eu de vraie fievre").

Kept: a fever now or back ("... but tonight it came back, 38.4", "nu is klaar maar sinds gisteren weer 38,5"), a fever every
evening with a normal temperature at another time ("fever every evening, 36.8 in the mornings", "de la fievre chaque soir,
36,8 le matin"), a fever denied only until yesterday, "37.9 and i'm shivering", a quoted sign owned after ("i have that,
38.5 tonight", "c'est mon cas"), a question "is het klaar nu?" with 38,6, "de koorts is nog niet klaar".
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

F = {"fever": True}
CHANGED = [
    # en: a fever told over, then a normal temperature every evening; the English of a newcomer ("now is finished")
    ("had a fever with covid in march. now is finished, always 36.6 on the thermometer", {}),
    ("in september i had a high fever from a chest infection. is over now, 36.9 every evening", {}),
    ("two months ago flu with fever for a week. now is over, no fever since", {}),
    ("i had malaria in ghana last year with high fever. now is finished, temperature normal", {}),
    ("had a fever after my holiday in august, that's all over now, 36.7 every evening", {}),
    ("fever with the flu in january, that's all finished, 36.5 every night on the thermometer", {}),
    ("had a temperature of 39 with pneumonia in the autumn. now is finished, every evening 36.8", {}),
    # en: a list of signs read and quoted, the person's own temperature normal
    ("i read in a leaflet of danger signs 'back pain and a fever'. my temperature is always normal, 36.5, i never had a fever", {}),
    ("found on a page of red flags 'fever with low back pain'. is a hot flush the same? i never had a real fever, always 36.8", {}),
    ("i read on a list of red flags 'fever and back pain'. i do have back pain but my temperature is always 36.9, no fever", {}),
    # nl (incl. Flemish): "nu is klaar", "is klaar nu", "dat is klaar"
    ("vorige maand had ik griep met koorts. nu is klaar, thermometer altijd 36,8", {}),
    ("ik had koorts met de griep in december. is klaar nu, al twee weken geen verhoging", {}),
    ("had hoge koorts na mijn reis naar afrika, twee weken geleden. nu is klaar", {}),
    ("in januari koorts van de covid. dat is klaar, ik meet elke avond 36,9", {}),
    ("ik had malaria in kameroen met hoge koorts in november. nu is klaar, elke avond 36,6", {}),
    ("na de operatie had ik een week koorts. dat is nu helemaal klaar, temperatuur normaal", {}),
    ("begin oktober zat ik met 39 graden koorts in mijn bed. nu is klaar, al drie weken niks meer", {}),
    ("de vorige maand had ik koorts van de longontsteking. is klaar nu, thermometer zegt altijd 36,7", {}),
    # fr: a normal temperature read every evening after a fever told over
    ("j'avais 39 de fievre le mois dernier. c'est fini, plus jamais eu de temperature, 36,7 chaque soir", {}),
    ("j'ai eu de la fievre apres mon voyage. c'est fini maintenant, 36,5 tous les soirs", {}),
    ("en septembre j'ai eu la dengue avec forte fievre. c'est termine, 36,8 chaque soir au thermometre", {}),
    ("j'ai eu de la fievre avec le covid en mars, c'est passe, 36,6 tous les soirs", {}),
    ("fievre pendant une semaine apres l'operation en octobre. c'est fini depuis, chaque soir 36,9", {}),
    ("la grippe en janvier m'a donne de la fievre. c'est fini, 36,7 tous les soirs, pas plus", {}),
    # fr: a list of signs read and quoted, the person's own temperature normal
    ("j'ai lu sur une liste de signaux d'alarme 'mal de dos et fievre'. je n'ai jamais eu de vraie fievre, toujours 36,7", {}),
    ("lu dans une brochure des signes d'alerte 'fievre avec mal de dos'. moi je n'ai pas de fievre, 36,6", {}),
    ("j'ai vu sur une fiche de symptomes 'lombalgie et fievre'. une bouffee de chaleur ca compte ? jamais eu de fievre, 36,8", {}),
]
KEPT = [
    # a fever now or back
    ("had a fever with covid in march. now is finished but tonight it came back, 38.4", F),
    ("the fever's gone but came back tonight, 38.4", F),
    ("no fever until yesterday, now 38.2", F),
    ("the thermometer says 37.9 and i'm shivering", F),
    ("i feel feverish tonight", F),
    ("night sweats and chills right now", F),
    ("fever every evening, 36.8 in the mornings", F),
    ("i have a fever every evening, in the morning 36.7", F),
    ("i read on a list of red flags 'back pain and fever'. well i have had a fever since yesterday, 38.6", F),
    ("i read on a list of warning signs fever with back pain. i have that, 38.5 tonight", F),
    ("had a fever last week. is over now but since this morning 38.5 again", F),
    # nl
    ("koorts elke avond, 's ochtends 36,8", F),
    ("vorige week koorts. nu is klaar maar sinds gisteren weer 38,5", F),
    ("ik heb koorts, 38,6, is het klaar nu?", F),
    ("de koorts is nog niet klaar, vanavond 38,4", F),
    ("ik lees op een lijst met alarmsignalen rugpijn en koorts. dat heb ik ook, 38,9", F),
    ("tot gisteren geen koorts, nu 38,3", F),
    # fr
    ("de la fievre chaque soir, 36,8 le matin", F),
    ("j'ai de la fievre tous les soirs, 38,2", F),
    ("j'ai eu de la fievre la semaine passee, c'est fini mais ce soir 38,5 de nouveau", F),
    ("j'ai lu sur une liste de signaux d'alarme 'mal de dos et fievre'. c'est mon cas, 38,7 ce soir", F),
    ("jusqu'a hier pas de fievre, maintenant 38,4", F),
    # the over and the quoted already read so
    ("read on a website list of symptoms 'feverish with back pain'. my thermometer always says 36.7, i have no fever", {}),
    ("i saw in a leaflet of warning signs 'back pain with a fever'. do night sweats from the menopause count? never had a fever, thermometer 36.6", {}),
    ("hot flushes every day from the menopause, thermometer always 36.8, never had a real fever", {}),
    ("ik las op een lijst met alarmsignalen 'rugpijn en koorts'. mijn thermometer zegt altijd 36,8, ik heb nooit echt koorts gehad", {}),
    ("j'ai eu de la fievre avec la grippe en decembre. c'est fini, je n'ai plus eu chaud une seule fois", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
