"""Session 40, round A (issue 12): night pain told as every place tried to lie at night, no relief, was missed.

The kind: the places tried listed bare, like furniture ("bed, couch, the floor, ..."), and "wherever I lie" / "doesn't matter
where I lie", then the pain going on all the same ("it throbs on regardless", "het klopt gewoon door", "ca continue quand
meme"). The tries' rules (bot/reading/redflags.py _SHARED_NIGHT) knew the places only with an article ("on the sofa") and no
"going on regardless" as a no relief.

Changed (the packs only, bot/lang/{en,nl,fr}/redflags.py, session 40A block): NIGHT_POSITION takes the places to lie named bare as
a list's item (after a comma, "or"/"of"/"ou", "and"/"en"/"et", or opening the clause: bed, sofa, couch, settee, recliner, armchair,
floor; bed, zetel, sofa, relax, fauteuil, grond, vloer; lit, canape, fauteuil, relax, sofa, divan, sol), kneeling (over pillows),
"op mijn knieen", "a genoux", a heap of pillows; NO_RELIEF takes the pain going on all the same ("it throbs on", "it keeps
throbbing", "... regardless/anyway"; "het klopt/gaat/zeurt (gewoon) door/voort"; "ca continue/lance/tape ... quand meme/malgre
tout/pareil", "ca continue de lancer", "la douleur est toujours la"); a new NIGHT_PATTERN reads wherever one lies (the lying named:
lie, lay, sleep, put myself; lig, leg, slaap; me couche, m'allonge, me mets, m'installe) followed by a no relief, and the same
phrase is a NIGHT_STRONG word (not positional).

Kept: the day's places (desk, car, office: "doesn't matter where I sit at work"), the night eased in one place ("only the recliner
helps", "it settles after a few minutes"), pain only when turning over, the night told fine or sleep good after "wherever I lie",
someone else's "wherever she lies", the past told over.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

N = {"night_pain": True}
CHANGED = [
    # en
    ("every night it's the same, bed, couch, armchair, it keeps throbbing", N),
    ("at night i go from the bed to the sofa to the floor, it aches on regardless", N),
    ("at night it doesn't matter where i lie, it hurts regardless", N),
    ("in the night, wherever i lie, it keeps on aching", N),
    ("i can't settle at night, bed, sofa, kneeling on the floor, the pain carries on regardless", N),
    ("no matter where i put myself at night, bed or couch, the ache goes on regardless", N),
    ("at night wherever i lie down the pain just keeps going", N),
    ("my lower back is at its worst after dark. bed, couch, floor, it pounds on regardless", N),
    ("bed, settee, the floor, wherever i lie it throbs on regardless, i barely sleep", N),
    ("it's worse in the night. wherever i lay myself down it keeps pounding", N),
    # nl (incl. Flemish)
    ("s nachts maakt het niet uit waar ik ga liggen, het blijft maar kloppen", N),
    ("bed, zetel, relax, grond, het klopt gewoon door", N),
    ("in bed, in de zetel, op de grond met kussens, waar ik ook ga liggen, de pijn gaat gewoon door", N),
    ("snachts is het erg, waar ik me ook leg, het blijft zeuren", N),
    ("waar da ge ook ligt 's nachts, bed of zetel, het blijft kloppen", N),
    ("snachts waar ik ook ga liggen, de pijn klopt door", N),
    ("s nachts, zetel of bed, het zeurt gewoon voort", N),
    ("waar ik ook ga liggen, bed of zetel, de pijn bonkt maar door", N),
    ("bed, fauteuil, op mijn knieen tegen de zetel, het gaat maar door", N),
    # fr
    ("la nuit, où que je me couche, ça continue quand même", N),
    ("la nuit c'est pire, lit, canapé, par terre, ça continue quand même", N),
    ("n'importe où je me couche la nuit, ça tape toujours pareil", N),
    ("la nuit, lit, relax, sol avec des coussins, la douleur reste quand même", N),
    ("la nuit où que je m'installe ça continue de lancer", N),
    ("le soir au lit, sur le canapé, par terre, ça cogne quand même toute la nuit", N),
    ("où que je me mette la nuit, lit ou canapé, la douleur est toujours là", N),
    ("la nuit, au lit, sur le sofa, à genoux contre le canapé, ça continue quand même", N),
    ("où que je me pose la nuit, la douleur cogne malgré tout", N),
    ("la nuit, canapé ou lit, la douleur reste toujours là", N),
]
KEPT = [
    # already read: night pain with the places or "wherever"
    ("no matter where i lie at night it keeps hurting", N),
    ("hoe ik ook lig in de nacht, het blijft kloppen", N),
    ("in de nacht, bed, bank, vloer, het maakt niet uit waar ik lig, het blijft pijn doen", N),
    ("peu importe où je m'allonge la nuit, la douleur continue malgré tout", N),
    # the day's places, sitting at work
    ("at my desk, in the car, on the train, doesn't matter where i sit at work, it aches regardless", {}),
    ("doesn't matter where i sit at work, it throbs on regardless", {}),
    ("in the office, wherever i sit, it keeps throbbing", {}),
    ("at work, desk, car, it keeps throbbing", {}),
    ("during the day at my desk nothing helps", {}),
    ("op het werk maakt het niet uit waar ik zit, het blijft kloppen", {}),
    ("op het werk, waar ik ook zit, het klopt door", {}),
    ("op kantoor, bureau of auto, het klopt gewoon door", {}),
    ("overdag aan mijn bureau helpt niks", {}),
    ("au bureau, peu importe où je m'assois, ça fait mal", {}),
    ("au travail, où que je m'assoie, ça lance quand même", {}),
    ("au bureau, dans la voiture, ça continue quand même", {}),
    # the night eased in one place or after a while; only turning over
    ("at night only the recliner helps", {}),
    ("at night, bed or sofa, the recliner is the only thing that helps", {}),
    ("at night, bed or sofa, it settles after a few minutes", {}),
    ("at night it only hurts when i turn over", {}),
    ("s nachts helpt alleen de relax", {}),
    ("s nachts, bed of zetel, na vijf minuten is het weg", {}),
    ("s nachts doet het enkel pijn als ik me omdraai", {}),
    ("la nuit seul le fauteuil me soulage", {}),
    ("la nuit, lit ou canapé, ça passe au bout de cinq minutes", {}),
    ("la nuit j'ai mal seulement quand je me retourne", {}),
    # the night told fine, sleep good
    ("bed, sofa, recliner, i sleep fine wherever i lie", {}),
    ("wherever i lie at night it's fine", {}),
    ("at night it doesn't matter where i lie, i sleep well", {}),
    ("in bed, on the sofa, wherever i lie it's fine, only sitting at work hurts", {}),
    ("waar ik ook lig s nachts, ik slaap goed", {}),
    ("la nuit où que je me couche, je dors bien", {}),
    # someone else's nights; the past told over
    ("my mum's nights are awful, wherever she lies it hurts regardless", {}),
    ("my husband says at night wherever he lies it keeps throbbing", {}),
    ("ma femme, où qu'elle se couche la nuit, ça continue quand même", {}),
    ("last year at night bed, sofa, floor, it throbbed on regardless, now i sleep fine", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
