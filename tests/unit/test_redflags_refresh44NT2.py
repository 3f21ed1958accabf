"""Session 44, round NT2 (issue 12): night pain told as the nights being bad with nothing easing it, without naming lying or
positions ("nights are dreadful, nothing eases it", "de nachten zijn zwaar, niks verlicht het", "mes nuits sont un enfer, rien
n'y fait"), as whatever is tried at night not easing it ("whatever i try at night it doesnt ease", "wat ik ook probeer 's nachts,
het blijft pijn doen", "quoi que j'essaie la nuit, la douleur reste"), or as in bed / lying down nothing changing it ("in bed it
throbs whether i move or not", "als ik lig doet het zeer, of ik nu beweeg of niet", "au lit j'ai mal que je bouge ou pas").

The night rules read "at night" / "s nachts" / "la nuit" with a no relief, not "the nights" as the subject, the tries at night
with the pain going on, nor the bed with the pain unchanged whether one moves or not ("que je bouge ou pas" was even read as
pain only with moving). Changed: NIGHT_PATTERNS entries in the three packs (bot/lang/*/redflags.py, session 44NT2: the nights
told as a bad time, not told fine nor kept up by another, then the packs' NO_RELIEF; whatever is tried at night or in bed, then
no relief or the pain going on; in bed or lying down with moving or not, nothing changing it, everything tried) and NIGHT_STRONG
("whether i move or not", "of ik nu beweeg of niet", "que je bouge ou pas": no pain that comes only with moving).
Kept: night pain told plainly; pain at night only when turning over; the nights fine with the day's no relief; nights bad because
of a baby or a night shift; nights not too bad.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

N = {"night_pain": True}
CHANGED = [
    # English
    ("nights are dreadful, nothing eases it", N),
    ("nights have been rough lately, nothing makes it any better", N),
    ("night time is horrible, nothing helps", N),
    ("whatever i try at night it doesnt ease", N),
    ("no matter what i do in bed, it just aches", N),
    ("in bed nothing i do changes it", N),
    ("lying down it aches whether i move or not", N),
    ("in bed i have tried everything, it still aches", N),
    # Dutch (Netherlands and Flemish)
    ("de nachten zijn verschrikkelijk met die pijn, niets helpt", N),
    ("nachten zijn zwaar, niks verlicht het", N),
    ("wat ik ook probeer 's nachts, het blijft pijn doen", N),
    ("wat ik ook doe in bed, het gaat niet weg", N),
    ("als ik lig doet het zeer, of ik nu beweeg of niet", N),
    ("in bed blijft het zeuren, niks verandert eraan", N),
    ("in mijn bed heb ik alles geprobeerd, niks helpt", N),
    ("in mijn bed doet da zeer of ik nu beweeg of nie", N),
    # French
    ("mes nuits sont un enfer avec ce dos, rien n'y fait", N),
    ("quoi que je fasse la nuit, ça ne passe pas", N),
    ("quoi que j'essaie la nuit, la douleur reste", N),
    ("au lit j'ai mal que je bouge ou pas", N),
    ("couché ça fait mal que je bouge ou pas", N),
    ("au lit j'ai tout essayé, rien à faire", N),
    ("allongée la douleur est là que je bouge ou pas", N),
]
KEPT = [
    # English
    ("the pain is there at night, nothing helps", N),
    ("at night it hurts when i roll over", {}),
    ("in bed it only hurts when i turn over", {}),
    ("during the day nothing helps, nights are ok", {}),
    ("nights are fine, nothing helps during the day", {}),
    ("the nights are awful with the baby, nothing helps her settle", {}),
    ("working nights is the worst, nothing helps my back", {}),
    ("nights are not too bad, nothing helps in the day though", {}),
    # Dutch
    ("'s nachts doet het zeer, niks helpt", N),
    ("s nachts doet het pijn als ik me omdraai", {}),
    ("de nachten zijn prima, overdag helpt niks", {}),
    ("overdag helpt niks, 's nachts gaat het wel", {}),
    ("de nachten zijn zwaar met de baby, niks helpt", {}),
    ("ik slaap slecht door de baby, niks helpt voor mijn rug", {}),
    # French
    ("la nuit j'ai mal, rien ne soulage", N),
    ("la nuit j'ai mal quand je me retourne", {}),
    ("les nuits ça va, c'est la journée que rien ne soulage", {}),
    ("pendant la journée rien ne soulage, les nuits sont calmes", {}),
    ("je dors mal à cause du bébé, rien ne soulage mon dos", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
