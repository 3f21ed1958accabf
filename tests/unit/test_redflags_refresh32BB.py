"""Session 32, round BB: night pain missed when the person tells turning over and it does not help (a missed red flag).

Fresh blind messages told waking from the back every night and turning over, then lying awake for hours or not getting back
to sleep: the turning words (the packs' MECHANICAL) made the sentence count as pain that comes only with a change of
position, and the night pain was dropped. Turning over that does not help, the sleep lost for hours, is night pain.

Changed:
- NIGHT_STRONG (en, nl, fr packs, session 32BB entries): cannot get back to sleep / takes hours to drop off again / lie awake for
  hours / turning over does not help or changes nothing (en); "slaap/val/kom ik niet meer in (slaap)", "kan ik niet meer
  inslapen", "uren wakker", "duurt uren voor", "omdraaien helpt niet" (nl); "j'arrive plus a me rendormir", "impossible de me
  rendormir", "des heures a me rendormir", "je me rendors au bout de/apres N heures", "reste eveille des heures", "ca (ne)
  change/aide/soulage rien/pas" (fr).
- bot/reading/redflags.py _night_turned_no_help: a night sentence read as positional, then a next sentence that turns over to
  no avail (MECHANICAL and NIGHT_STRONG): the two read as one clause with every guard of the night rules.

Kept: pain only when turning, back asleep at once (rounds 31AO, 32AY); a relative's sleepless nights; sleep lost for another
reason; the night denied."""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

NIGHT = {"night_pain": True}

CHANGED = [
    ('my back wakes me up at night, i turn over but it takes me hours to get back to sleep', NIGHT),
    ('the pain wakes me in the night when i lie on my right side. i roll over and lie awake for hours', NIGHT),
    ('every night the pain wakes me, rolling onto my other side doesnt help at all', NIGHT),
    ('it wakes me up at night, turning over doesnt make any difference, i lie awake till morning', NIGHT),
    ('my back wakes me at 3am every night, i turn onto my other side and still cant fall back asleep', NIGHT),
    ('the pain wakes me up at night, i roll over and then i lie awake for the rest of the night', NIGHT),
    ('ik word s nachts wakker van de pijn, ik draai me om maar slaap dan niet meer in', NIGHT),
    ('s nachts word ik wakker van de pijn, omdraaien helpt niet, het duurt uren voor ik weer slaap', NIGHT),
    ('elke nacht word ik wakker van mijn rug, ik draai naar de andere kant maar kom niet meer in slaap', NIGHT),
    ("la douleur me réveille chaque nuit et même en me retournant je n'arrive plus à me rendormir", NIGHT),
    ("mon dos me réveille la nuit, je me tourne de l'autre côté mais impossible de me rendormir", NIGHT),
    ('la douleur me réveille la nuit quand je suis sur le côté gauche. je me retourne et je reste éveillé des heures', NIGHT),
    ('la nuit la douleur me réveille, je change de position et je mets des heures à me rendormir', NIGHT),
    ("la douleur me réveille toutes les nuits, me retourner ne change rien, je ne me rendors qu'après trois heures", NIGHT),
    ("je suis réveillé par mon dos chaque nuit, je me tourne sur l'autre côté mais ça ne soulage pas", NIGHT),
    ('my back wakes me at night when i lie on my left side. i roll over and it takes hours to get back to sleep', NIGHT),
]

KEPT = [
    ('the pain wakes me every night and even on my other side i cant get back to sleep', NIGHT),
    ('ik word elke nacht wakker van de pijn en ook op mijn andere zij kan ik niet meer inslapen', NIGHT),
    ('ik word s nachts wakker van mijn rug als ik op mijn linkerzij lig. ik draai me om en lig dan uren wakker', NIGHT),
    ('it only hurts at night when i turn over, then i fall straight back to sleep', {}),
    ('it twinges when i roll over in bed but i go straight back to sleep', {}),
    ('my wife wakes every night with back pain, turning over doesnt help her', {}),
    ('i cant get back to sleep because the baby cries, no back pain at night', {}),
    ('alleen als ik me omdraai in bed voel ik het even, daarna slaap ik meteen weer', {}),
    ('als ik me omdraai doet het even pijn, ik slaap zo weer verder', {}),
    ('mijn man ligt uren wakker van zijn rug, ik heb s nachts nergens last van', {}),
    ('ça fait mal seulement quand je me retourne dans le lit, je me rendors tout de suite', {}),
    ("quand je me tourne la nuit j'ai un petit pincement mais je me rendors aussitôt", {}),
    ('mon mari se réveille la nuit, il se retourne et reste éveillé des heures', {}),
    ('the pain wakes me at night when i roll onto my left side. on my right i drift off again', {}),
    ("la douleur me réveille si je dors sur le mauvais côté. une fois sur l'autre côté je me rendors tout de suite", {}),
    ('i dont have pain at night, i roll over and sleep fine', {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
