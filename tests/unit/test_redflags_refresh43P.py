"""Session 43, round P (issue 12): two kinds found by fresh blind French messages, fixed in every language.

1. Night pain told by the positions tried, none easing it, after a negation that tells the pain going on: "a pain that wont
   leave me alone at night: lying, sitting, on my side, nothing helps", "pijn die me niet loslaat s nachts: ...", "une douleur
   qui me lache pas la nuit: couche, assis, ..." was read as the night denied (the negation's window reached the night's words;
   French and Dutch put the negation after the verb, where NEGATED_VERBS cannot see it). Changed: the packs' NIGHT_KEEPS_NEG,
   masked before a night rule's negation is looked for (bot/reading/redflags.py _night_keeps_neg).
2. A fever over, told by "nothing since" a day named after a fever told past: "i had 38.6 for two days but nothing since
   tuesday", "vorige week 38,5 met de griep, niks meer sinds vrijdag", "38,9 pendant deux jours, mais depuis samedi passe plus
   rien" read fever. Changed: FEVER_GONE_NOW entries in the three packs (the over phrase ends its clause).
Kept: the night pain told plainly, pain only when turning over, a position that eases it, the sleep question, night pain
denied; a fever now, a fever every evening, a fever going down, chills or sweats with no temperature told, a fever with no
past told ("drie dagen koorts tot 39, sinds maandag niks meer": it may be now, the safe side).
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

N = {"night_pain": True}
F = {"fever": True}
CHANGED = [
    # night: the pain going on, told with a negation, then the positions tried
    ("a pain that won't leave me alone at night: lying down, sitting, on my side, nothing helps", N),
    ("the pain doesnt stop at night: flat, on my side, sitting up, nothing helps", N),
    ("pijn die me niet loslaat 's nachts: liggend, zittend, op mijn zij, niks helpt", N),
    ("de pijn houdt niet op 's nachts, plat, op mijn buik, rechtop in de stoel, niets helpt", N),
    ("de pijn laat me niet los s nachts, liggend, zittend, op mijn rug, niks helpt", N),
    ("une douleur qui me lâche pas la nuit: couché, assis, sur le côté, rien ne soulage", N),
    ("ça me laisse pas tranquille la nuit, allongée, assise, sur le ventre, rien n'y fait", N),
    ("mal au dos qui ne me quitte pas la nuit, allongé, assis, sur le ventre, rien n'y fait", N),
    ("ça me lâche jamais la nuit: couchée, assise, sur le dos, rien ne soulage", N),
    ("la douleur s'arrête pas la nuit, allongé, sur le côté, assis, rien n'y fait", N),
    # fever over: nothing since a day named
    ("had 38.5 with a chest infection, nothing since friday", {}),
    ("had a temperature of 39 for three days but since sunday nothing at all", {}),
    ("i had 38.9 with the flu, nothing since the weekend", {}),
    ("i had 38.6 for two days but nothing since tuesday", {}),
    ("had a fever for two days but nothing since tuesday", {}),
    ("i had 38.6 for two days last week but nothing since tuesday, 36.9 on the thermometer this morning", {}),
    ("ik had 38,6 met de griep, niks meer sinds zaterdag", {}),
    ("ik had drie dagen koorts, maar sinds maandag niks meer", {}),
    ("vorige week 38,5 met de griep, niks meer sinds vrijdag", {}),
    ("ik had 39 graden met de griep, sinds zondag helemaal niks meer", {}),
    ("38,9 pendant deux jours, mais depuis samedi passé plus rien", {}),
    ("j'avais 39 avec la grippe, mais depuis dimanche rien du tout", {}),
]
KEPT = [
    # night, English
    ("at night: on my back, on my side, sitting up in the chair, nothing helps", N),
    ("it only hurts at night when i roll over", {}),
    ("on my side with a pillow it's ok", {}),
    ("which position should i sleep in for my back?", {}),
    ("no pain at night", {}),
    ("it won't let go at night: on my back, on my side, in the armchair, nothing eases it", N),
    ("the ache never lets me be at night, flat, curled up, propped up, nothing helps", N),
    # night, Dutch
    ("'s nachts: op mijn rug, op mijn zij, rechtop in de zetel, niks helpt, ik lig de hele nacht wakker", N),
    ("alleen als ik me omdraai 's nachts", {}),
    ("op mijn zij met een kussen gaat het wel", {}),
    ("in welke houding moet ik slapen met rugpijn?", {}),
    ("s nachts geen pijn", {}),
    ("het laat me niet met rust s nachts: op mijn rug, op mijn zij, in de zetel, niks helpt", N),
    # night, French
    ("allongé, assis, sur le ventre, aucune position ne soulage", N),
    ("seulement quand je me retourne la nuit", {}),
    ("sur le côté avec un coussin ça va", {}),
    ("dans quelle position dormir avec un mal de dos ?", {}),
    ("pas de douleur la nuit", {}),
    # fever, English
    ("had a temperature of 39 with the flu two weeks ago, nothing since, 36.8 this morning", {}),
    ("38.4 tonight", F),
    ("still 38 this morning", F),
    ("the fever is going down, 38.1 this morning", F),
    ("i get chills and sweats at night", F),
    # fever, Dutch
    ("vorige week 38,5 met de griep, sinds vrijdag niks meer, vanochtend 36,9", {}),
    ("vanochtend nog steeds 38", F),
    ("de koorts zakt, nog 38,2 vanochtend", F),
    ("koude rillingen en zweten s nachts", F),
    ("drie dagen koorts tot 39, sinds maandag niks meer", F),
    # fever, French
    ("j'ai eu 38,8 il y a dix jours, depuis plus rien, 36,6 ce matin", {}),
    ("encore 38 ce matin", F),
    ("la fièvre baisse, 38,1 ce matin", F),
    ("des frissons et des sueurs la nuit", F),
    ("38,4 ce soir", F),
    ("j'ai eu 38,6 la semaine dernière, plus rien depuis mardi", {}),
    ("j'avais 38,7 pendant trois jours, plus rien depuis lundi", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
