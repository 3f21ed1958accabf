"""Session 39, round E (issue 12): a fever that is over told in dialect forms with a normal reading, and a general question
what counts as a fever told with the writer's own normal reading, read as a fever.

1. A fever over in the words of a dialect or everyday speech: the Limburgish "vort" (weg), "waeke" (weken), "daag" (dag), "roond"
   (rond) and the Brabant "gedoan" (gedaan) were no words of the readers ("roond" was even read as the English "round"), the
   Flemish "fini" and "passe", a stretch told loosely ("al een tijdje weg", "al een week of twee weg", "al weken gedaan") were no
   over phrase; the English "the fever's away", "long away", "has long cleared", "been and gone", "done with" and the French
   "elle s'en est allee", "la fievre est loin", "a fini par s'en aller" neither. Changed: the nl pack's STREET (the dialect
   words), RESOLVED (fini, passe, a loose stretch) and FEVER_OVER (the fever over after a loose stretch); the en and fr packs'
   FEVER_OVER and FEVER_GONE_NOW. A normal reading now, "rond de", "around", "autour de", "staat op", "sits at", "affiche" (36.x,
   37.0-37.4), is a FEVER_GONE_NOW of each pack, read only after a fever told in the past (PAST_CUES in its clause).
2. A general question what counts as a fever ("vanaf hoeveel graden is het koorts?", "from how many degrees is it a fever?", "a
   partir de combien c'est de la fievre ?") was the person's fever. Changed: each pack's GENERAL_SUBJECT (the question is told in
   general: bot/reading/redflags.py _told_in_general), dropped only when the person's own is told fine: a new _TOLD_FINE_BY
   "fever" in bot/reading/redflags.py (_fever_told_normal: a clause of the person's own words holding a normal temperature and no
   fever rule's match, as 38E's _normal_clauses) or the own fever denied (the packs' SIGNS_DENIED: "i have none", "ik heb er
   geen", "je n'en ai pas").

Kept (the safe side): a fever now ("... ik heb 37,9 en ik voel me rillerig", "38 this morning"), a fever that came back, the
question told bare ("is koorts erg bij rugpijn?", "what counts as a fever?"), a normal reading with chills and sweats every night,
"de koorts is nog niet vort", a question of one's own ("vanaf hoeveel graden heb ik koorts? ik zit op 38,2").
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

F = {"fever": True}
CHANGED = [
    # en: a fever over in dialect or everyday forms, a normal reading now
    ("had a fever with a chest infection before christmas. the fever's away two weeks now, i check it daily and it's round about 36.7", {}),
    ("had a high temperature with the flu in october. that fever's long away, i'm at 36.6 most days", {}),
    ("i had a fever with a kidney infection in the autumn. the fever has long cleared, i'm around 36.8", {}),
    ("had a temp with covid back in september. fever's been and gone, thermometer says around 36.9", {}),
    ("i had a fever in november with tonsillitis. the fever's done with weeks ago, it's about 36.5", {}),
    # en: what counts as a fever, asked with the own normal reading or none
    ("at what temperature do you call it a fever? mine is 36.8 today", {}),
    ("from how many degrees is it classed as a fever? i'm at 36.7, only wondering", {}),
    ("what counts as a fever exactly? i don't have one, the thermometer reads 36.6", {}),
    ("what temperature is a fever for an adult? i have none", {}),
    # nl (incl. Flemish and Limburgish): a fever over in dialect forms, a normal reading now
    ("in december had ik bronchitis met hoge koorts. de koorts is al drie waeke vort, t zit roond de 36,6", {}),
    ("vorige maand koorts van de griep. koorts is al een tijdje vort", {}),
    ("na de operatie had ik koorts. de koorts is al een poosje gedoan, thermometer staat op 36,8", {}),
    ("vorige maand griep met koorts. de koorts is fini, ik zit op 36,8", {}),
    ("ik had koorts met de covid in september. de koorts is al lang passe", {}),
    ("ik had koorts in januari. de koorts is al een week of twee weg", {}),
    ("had koorts van een blaasontsteking. de koorts is nu al een hele tijd weg en ik zit rond de 36,7", {}),
    # nl: what counts as a fever, asked with the own normal reading or none
    ("vanaf hoeveel graden spreek je van koorts? de mijne staat op 36,9", {}),
    ("bij welke temperatuur is het koorts? ik heb er geen hoor", {}),
    ("wat telt eigenlijk als koorts? bij mij zegt de thermometer 36,5", {}),
    # fr: a fever over told otherwise, a normal reading now
    ("j'ai eu une bronchite avec de la fievre en decembre, elle s'en est allee depuis deux semaines", {}),
    ("j'ai fait une grosse fievre avec la grippe le mois dernier. la fievre est loin, le thermometre affiche 36,8", {}),
    ("j'avais de la fievre avec une angine en octobre. la fievre a fini par s'en aller, je suis a 36,6 tous les jours", {}),
    ("j'ai eu de la fievre apres le vaccin, elle s'en est allee, autour de 36,7 depuis", {}),
    # fr: what counts as a fever, asked with the own normal reading or none
    ("a partir de combien de degres c'est de la fievre ? moi je suis a 36,8", {}),
    ("a partir de quelle temperature on parle de fievre ? je n'en ai pas", {}),
    ("c'est quoi une fievre au juste ? chez moi le thermometre affiche 36,7", {}),
    ("a partir de combien c'est de la fievre chez un adulte ? j'en ai pas, 36,6 ce matin", {}),
]
KEPT = [
    # a fever now or back, the question with a fever of one's own
    ("at what point is it a fever? i'm 37.9 and shivery", F),
    ("what counts as a fever? 38 this morning", F),
    ("had a fever in november, the fever's away but tonight it came back, 38.4", F),
    ("what counts as a fever?", F),
    ("at what temperature do i have a fever? i'm at 38.2", F),
    ("what counts as a fever? 36.8 in the day but chills and sweats every night", F),
    # nl
    ("vanaf hoeveel graden is het koorts? ik heb 37,9 en ik voel me rillerig", F),
    ("is koorts erg bij rugpijn?", F),
    ("de koorts is nog niet vort, 38,2", F),
    ("de koorts was vort maar sinds gisteren is ze terug, 38,6", F),
    ("vanaf hoeveel graden is het koorts? bij mij 36,8 maar ik heb elke nacht koude rillingen en nachtzweet", F),
    ("is het fini? 38,5", F),
    # fr
    ("a partir de combien c'est de la fievre ? j'ai 38 et des frissons", F),
    ("a partir de combien c'est de la fievre ?", F),
    ("la fievre s'en est allee mais elle est revenue ce soir, 38,5", F),
    ("la fievre n'est pas loin, 37,9 et des frissons", F),
    # already read so
    ("had a fever in october, it went away weeks ago, i check daily, around 36.7", {}),
    ("in oktober had ik griep met hoge koorts. de koorts is al drie weken weg, ik meet elke dag 36,6", {}),
    ("j'ai eu de la fievre en novembre. elle est partie, ca stagne a 36,6", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
