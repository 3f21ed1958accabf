"""Session 39, round F (issue 12): night pain (pain at night that no position eases), read both ways.

1. Missed: every position tried, listed one by one in a sentence, the "nothing changes" opening the next one (an ellipsis or a full
   stop between them), the night or the waking told there or in the sentence before: "it wakes me around 4 . i try the side, the
   front, the back, the floor... no difference at all". Changed: bot/reading/redflags.py _tries_then_no_relief (in _find, beside
   _night_turned_no_help): the tries' sentence and the next one opening on the packs' NO_RELIEF read as one clause by the tries'
   rules (_SHARED_NIGHT, with their guards), not when the day is named in them (the packs' DAY_TIME).
2. False alarm: pain only on turning over at night, gone once still or on the other side, then night pain read about "everywhere"
   ("i read everywhere that night pain is a red flag", "ik lees overal dat nachtpijn niet goed is"): the hearsay went unread, so the
   term stayed the person's own. Changed: en and nl HEARSAY (read, heard, seen everywhere, all over the internet, "overal lees ik
   dat"); the positional night of the person's own then tells it fine as before.

Kept: night pain that wakes and stays whatever the position, pain on turning and then all night, the tries with no night told,
positions of the day with nothing helping, "ca change rien quand je bouge la journee", night pain read about and owned after it.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

N = {"night_pain": True}
CHANGED = [
    ('every night around 4 the ache wakes me. i try the side, the front, the back, the floor. no difference at all.', N),
    ('at night it wakes me and i try on my side, on my tummy, on my back, in the recliner... makes no difference', N),
    ("in bed i try my side, my front, my back, a pillow under my knees... it's all the same, nothing changes.", N),
    ('wakes me up about 3. tried my left side, my right side, flat on my back, the couch... nothing changes, same till morning.', N),
    ('woke at 2 again. i try on my front, on my side, on my back with a pillow behind my back... makes no difference whatsoever.', N),
    ("when i roll over at night it jabs my lower back and wakes me. once i've turned and lie still it's gone in a minute. i read everywhere that night pain is a red flag.", {}),
    ("turning over in bed it catches and wakes me, once i'm on the other side it settles within a minute. i keep reading everywhere that night pain is serious, is it?", {}),
    ("rolling from one side to the other at night gives a sharp jab that wakes me. lying still again it's gone within a few minutes. i've read all over the internet that night pain is bad.", {}),
    ("it only wakes me when i turn over in bed, gone in a couple of minutes once i'm still. everywhere i look it says night pain is dangerous.", {}),
    ('s nachts rond 3 uur word ik wakker. ik probeer op mijn zij, op mijn buik, op mijn rug, in de zetel... maakt niks uit.', N),
    ('snachts wakker van de pijn, ik probeer op mijn zij, op mijn buik, op mijn rug met een kussen onder mijn knieen... maakt niks uit, blijft hetzelfde.', N),
    ('in bed probeer ik op mijn zij, op mijn buik, op mijn rug, in de zetel... helpt niks.', N),
    ('als ik mij s nachts omdraai schiet het in mijn onderrug en word ik wakker. eens ik gedraaid ben en stil lig is het binnen de minuut weg. ik lees overal dat nachtpijn niet goed is.', {}),
    ('bij het omdraaien s nachts steekt het in mijn rug en word ik wakker, op mijn andere zij is het na een paar minuten weg. ik lees overal da nachtpijn slecht is, klopt dat?', {}),
    ('snachts als ik van zij wissel schiet het in mijn rug, daarna slaap ik zo weer in. overal lees ik dat nachtpijn gevaarlijk is.', {}),
    ('ik word wakker als ik me omdraai in bed, eens ik stil lig is het binnen een paar minuten over. ik hoor overal dat nachtpijn een alarmsignaal is.', {}),
    ('vers 3h ca me reveille. j essaie sur le cote, sur le ventre, sur le dos avec un oreiller sous les genoux... ca change rien.', N),
    ('la nuit j essaie sur le cote, sur le ventre, sur le dos, dans le canape... c est pareil quoi que je fasse.', N),
    ('chaque nuit ca me reveille, j essaie sur le cote, sur le ventre, sur le dos, j ai fini dans le fauteuil... ca change rien.', N),
    ('je me reveille vers 2h. j essaie sur le cote gauche, sur le cote droit, sur le dos... rien n y fait.', N),
    ('au lit j essaie sur le ventre, sur le cote, sur le dos avec un coussin sous les genoux... aucune difference.', N),
    ('la nuit je me mets sur le cote, sur le ventre, sur le dos, par terre... rien n y fait.', N),
    ('je me reveille chaque nuit. sur le cote, sur le ventre, sur le dos avec un coussin entre les jambes... ca ne change rien.', N),
    ('in bed probeer ik op mijn rug, op mijn zij, in de zetel... maakt niks uit.', N),
    ('j essaie la nuit sur le dos, sur le cote, dans le fauteuil... ca change rien.', N),
    ('je me reveille vers 3h, j essaie sur le dos, sur le ventre, sur le cote avec un coussin sous les genoux... ca change rien du tout.', N),
]
KEPT = [
    ('i lie on my side and my back during the day. nothing helps the pain when i walk.', {}),
    ('it wakes me every night and stays whatever position i try, on my side, on my back, it never lets up.', N),
    ('when i roll over at night it hurts, then it keeps throbbing the rest of the night whatever position.', N),
    ("when i roll over at night it wakes me. once i'm still it's gone in a minute.", {}),
    ('ik word elke nacht wakker van de pijn en ze blijft, hoe ik ook lig.', N),
    ('als ik me omdraai s nachts doet het pijn en daarna blijft het de hele nacht kloppen.', N),
    ('als ik mij s nachts omdraai word ik wakker, eens ik stil lig is het binnen de minuut weg.', {}),
    ('la nuit la douleur me reveille et reste quelle que soit la position.', N),
    ('quand je me retourne la nuit ca me reveille, puis ca reste toute la nuit peu importe la position.', N),
    ('ca change rien quand je bouge la journee.', {}),
    ('quand je me retourne la nuit ca me reveille, une fois tourne ca passe en une minute et je me rendors.', {}),
    ("i read everywhere that night pain is bad, and mine wakes me every night whatever position i'm in.", N),
    ('ik lees overal dat nachtpijn slecht is en ik heb dat elke nacht, hoe ik ook lig.', N),
    ('i tried my side, my back, the chair. nothing helps.', {}),
    ('the pain wakes me most nights. i tried on my side, on my belly, on my back, even the floor... nothing helps.', N),
    ("i hear everywhere that night pain is a warning sign. mine is only when i roll over, it goes in a few minutes once i'm on my other side.", {}),
    ('ik word elke nacht wakker. op mijn linkerzij, op mijn rechterzij, op mijn rug, op de grond... het blijft hetzelfde.', N),
    ('om 4 uur wakker van mijne rug. ik leg mij op mijn zij, op mijn buik, op mijn rug... maakt niks uit, t blijft hetzelfde.', N),
    ('draaien in bed doet pijn in mijn onderrug en ik word wakker, binnen de minuut is het weg als ik stil lig. je leest overal dat pijn s nachts niet goed is.', {}),
    ('reveillee a 4h par le dos. je tente sur le cote, sur le ventre, sur le dos... ca change rien, c est pareil jusqu au matin.', N),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
