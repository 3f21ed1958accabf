"""Session 45, round N3 (issue 12): night pain told as nothing one does at night changing it ("at night no matter what i do the
ache doesnt change at all", "'s nachts maakt het niet uit wat ik doe, de pijn blijft precies hetzelfde", "la nuit peu importe ce
que je fais la douleur reste la meme").

The night rules read "whatever i do" only right before the night's words and with a few outcomes (round NT2); "no matter what
i do" after the night, "makes no difference what i do", "maakt niet uit wat ik doe", "ik kan draaien en keren zoveel ik wil",
"peu importe ce que je fais", "rien de ce que je fais" with the pain unchanged ("stays the same", "blijft hetzelfde", "wordt op
geen enkele manier minder", "reste la meme", "ne change rien") were missed. Changed: NIGHT_PATTERNS entries in the three packs
(bot/lang/*/redflags.py, session 45N3: the night, in bed or lying down told, then anything done, then the pain unchanged; or
anything done right before the night's words), and NIGHT_STRONG (anything done, the pain unchanged: no pain that comes only
with turning over).
Kept: night pain told plainly; pain at night only until turning over; "whatever i do" of the day or at work; nights bad with
a baby; the nights slept well.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

N = {"night_pain": True}
CHANGED = [
    # English
    ("at night i tried ice, a pillow, the couch, makes no difference what i do, it just sits there", N),
    ("at night no matter what i do the ache doesn't change at all", N),
    ("doesn't matter what i do at night, it just stays the same", N),
    ("in bed it doesnt matter what i try, the pain stays exactly the same till i get up", N),
    ("lying down, no matter what i do, it wont budge", N),
    ("at night it makes no difference what i do, the ache is still there", N),
    # Dutch (Netherlands and Flemish)
    ("'s nachts is het het ergste, ik kan draaien en keren zoveel ik wil, het wordt op geen enkele manier minder", N),
    ("'s nachts is 't erg, ge kunt draaien en keren, 't wordt nie minder", N),
    ("'s nachts maakt het niet uit wat ik doe, de pijn blijft precies hetzelfde", N),
    ("wat ik ook doe als ik lig, er verandert niks aan, ik word er om 4 uur wakker van", N),
    ("'s nachts, ik draai en keer maar het gaat op geen enkele manier weg", N),
    ("in mn bed maakt het nie uit wat ik doe, da blijft hetzelfde", N),
    # French
    ("la nuit peu importe ce que je fais la douleur reste la même", N),
    ("allongé rien de ce que je fais ne change quoi que ce soit, ça me réveille vers 4h", N),
    ("au lit, peu importe ce que j'essaie, ça reste pareil", N),
    ("la nuit j'ai beau faire n'importe quoi, ça ne change rien", N),
    ("quand je suis couchée, peu importe ce que je fais, la douleur reste identique", N),
    ("couchée, rien de ce que j'essaie ne change quoi que ce soit", N),
]
KEPT = [
    # English
    ("the ache keeps me awake at night", N),
    ("at night it hurts until i turn over", {}),
    ("during the day at work, doesn't matter what i do, the ache stays the same", {}),
    ("nights are rough with the baby, nothing works", {}),
    ("at night im fine, in the day no matter what i do it stays the same", {}),
    # Dutch
    ("'s nachts doet het zeer, niks helpt", N),
    ("'s nachts slaap ik goed", {}),
    ("overdag maakt het niet uit wat ik doe, de pijn blijft hetzelfde", {}),
    ("s nachts doet het pijn tot ik me omdraai", {}),
    # French
    ("la nuit la douleur me réveille", N),
    ("la nuit j'ai mal jusqu'à ce que je me retourne", {}),
    ("au travail peu importe ce que je fais, la douleur reste la même", {}),
    ("la nuit je dors bien", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
