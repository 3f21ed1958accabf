"""Session 43NX (issue 12): night pain told in one sentence, "nothing eases it" told in the next ("at night it really
hurts. nothing helps at all", "'s nachts doet het echt zeer. niks helpt", "la nuit j'ai trop mal. rien ne soulage"), or
after a short question between them ("..., je sais pas comment dormir. sur le côté ? rien ne soulage de toute façon").

Told in one sentence the night rules read it; split by a full stop no rule saw the no relief with the night. Changed:
bot/reading/redflags.py _night_no_relief_next (in _find): a sentence telling the night (NIGHT_SCENE, NIGHT_WAKING), then a
strong no relief (the packs' NO_RELIEF, matched by NIGHT_STRONG) opening the next sentence or the one after a short sentence
naming no other subject (a position asked, the night or how to lie; no day), the sentences read as one clause by every
night rule with its guards. A medicine named with it still tells nothing eases it ("nothing helps, not even ibuprofen":
the safe side). The French pack's NIGHT_STRONG reads "rien ne me soulage" like "rien ne la soulage".
Kept: the night told in one sentence; the turning over only with no no relief ("... when i turn over. nothing else"); a
position that eases it; no night told; the position asked with no no relief after it (43Q2); night pain denied or the
night fine with the day's no relief; another subject between (a relative, the physio's exercises).
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

N = {"night_pain": True}
CHANGED = [
    # English
    ("at night my back is killing me. nothing helps, not even ibuprofen", N),
    ("every night it hurts like mad. on my back? nothing works", N),
    ("in bed at night it's so sore. nothing eases it", N),
    ("at night the pain is awful. nothing helps, not even the paracetamol", N),
    ("at night it really aches. no idea how to lie. nothing helps", N),
    ("at night it hurts when i roll over. nothing helps", N),
    # Dutch (Flemish and Netherlands)
    ("'s nachts doet het echt zeer. niks helpt", N),
    ("s nachts doet mijn rug zo'n pijn. niets helpt, zelfs geen ibuprofen", N),
    ("'snachts heb ik er last van, ik weet niet hoe ik moet liggen. op mijn zij? niks helpt", N),
    ("'s nachts doet het enorm zeer. niks helpt, ook geen dafalgan", N),
    ("in de nacht doet mijn rug echt pijn. niets helpt", N),
    ("'snachts doet da zo'n zeer. niks helpt hé", N),
    ("'s nachts is het echt erg met de pijn. niks helpt", N),
    # French
    ("la nuit j'ai super mal au dos. rien ne me soulage", N),
    ("la nuit ça fait vraiment mal. rien ne soulage, même pas le dafalgan", N),
    ("toutes les nuits j'ai mal. rien ne la calme", N),
    ("la nuit la douleur est horrible. rien ne soulage, même pas l'ibuprofène", N),
    ("chaque nuit ça me fait mal. rien n'y fait", N),
    ("la nuit j'ai trop mal, je sais pas comment me mettre. sur le ventre ? rien ne me soulage", N),
    ("la nuit mon dos me fait souffrir. rien ne le soulage, même pas le paracétamol", N),
]
KEPT = [
    # English
    ("at night it really hurts, nothing helps at all", N),
    ("at night it hurts when i turn over. nothing else", {}),
    ("at night its bad. on my side its ok", {}),
    ("my back hurts. nothing helps", {}),
    ("at night i have no pain. nothing helps during the day", {}),
    ("at night its fine. during the day nothing helps", {}),
    ("at night it hurts. my wife has the same. nothing helps her", {}),
    ("at night it hurts. i went to the physio last week and he gave me exercises. nothing helps", {}),
    # Dutch
    ("'s nachts heb ik veel pijn. niks helpt", N),
    ("'s nachts doet het pijn als ik me omdraai. niks anders", {}),
    ("mijn rug doet pijn. niks helpt", {}),
    ("'s nachts heb ik geen pijn. overdag helpt niks", {}),
    ("'s nachts is het oke. overdag helpt niks", {}),
    # French
    ("la nuit j'ai trop mal. sur le dos ? rien ne soulage", N),
    ("la nuit j'ai trop mal, je sais pas comment m'allonger. sur le dos ? rien ne soulage", N),
    ("la nuit ça va. la journée rien ne soulage", {}),
    ("j'ai mal au dos. rien ne soulage", {}),
    ("la nuit j'ai mal quand je me retourne. rien d'autre", {}),
    ("la nuit j'ai pas mal. rien ne soulage le jour", {}),
    ("la nuit c'est l'horreur, je sais pas comment m'allonger. sur le ventre ?", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
