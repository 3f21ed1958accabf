"""Session 42, round F (issue 12): a leg sign named as the thing to watch for, not as a sign the person has.

A doctor, a physio or a leaflet tells the person what to keep an eye on ("the gp said to be on the lookout for foot drop, how
would i spot it?", "de kinesist zei dat ik moet opletten voor een doof gevoel in beide benen", "le kine m'a dit de faire attention
a des fourmillements dans les deux jambes"): the check asked for, no sign had. The saddle, the bladder and the fever have been
read so since session 22G (the packs' WATCH_FOR); the legs were read as leg_weakness: worsening or both legs numb.
Changed: bot/reading/redflags.py _leg_watched_for wraps the skip of every WORSENING_RULES and BOTH_LEG_RULES rule: a match
right after a WATCH_FOR cue (one free word between) is dropped, only when neither that word nor the match names the person's
own (_OWN_SUBJECT_TOLD: "watch for weakness in my legs" stays read, the safe side). The packs' WATCH_FOR grow: en "keep an eye
on", "be / keep on the lookout for", "keep a lookout for"; nl "in de gaten / in het oog houden" followed by the sign.

Kept: the sign told as one's own ("watch out, my foot has started dragging and it is getting worse"), a finding about the
person ("the doctor said my foot is dropping"), the sign to watch told as one's own after it ("... my right foot has started
slapping the ground"), a watch on the person's own legs ("je dois surveiller mon pied qui tombe, ca s'aggrave"), the sign
watched for in the person's own legs ("the nurse said to watch for weakness in my legs", the safe side).
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

W = {"leg_weakness": "worsening"}
BW = {"both_legs": True, "leg_weakness": "worsening"}
BN = {"both_legs": True, "leg_numbness": True}
CHANGED = [
    ("the gp said to be on the lookout for foot drop, how would i spot it?", {}),
    ("my physio told me to keep an eye on any weakness in both legs", {}),
    ("the leaflet says keep an eye on any numbness in both legs, what does that feel like", {}),
    ("my osteo said to keep a lookout for foot drop. i can walk on my heels and toes fine", {}),
    ("the surgeon said keep an eye on any tingling in both legs after the op", {}),
    ("the doctor told me to keep an eye out for numbness in both legs, how would i know?", {}),
    ("the physio said i should be on the lookout for weakness in both legs", {}),
    ("de kinesist zei dat ik moet opletten voor een doof gevoel in beide benen", {}),
    ("mijn huisarts zei dat ik moet uitkijken voor slappe benen, hoe merk je dat?", {}),
    ("de fysio zei dat ik moet letten op een klapvoet, hoe zie je dat eigenlijk?", {}),
    ("de kiné zei da'k moet opletten voor ne klapvoet, hoe zie je da?", {}),
    ("de dokter zei dat ik moet letten op een voet die gaat slepen. ik kan gewoon op mijn hielen lopen", {}),
    ("le kiné m'a dit de faire attention à des fourmillements dans les deux jambes", {}),
    ("le médecin m'a dit de surveiller une faiblesse dans les jambes, ça se voit comment ?", {}),
    ("la généraliste m'a dit de guetter une perte de force dans les deux jambes", {}),
    ("on m'a dit de faire attention aux jambes qui lâchent, c'est quoi exactement ?", {}),
    ("mon osteo m'a dit de surveiller un pied tombant, comment on le remarque ?", {}),
]
KEPT = [
    ("le kiné m'a dit de faire attention à un pied qui traîne, je marche sur les talons sans problème", {}),
    ("watch out, my foot has started dragging and it is getting worse", W),
    ("the doctor said my foot is dropping", W),
    ("the gp said to be on the lookout for foot drop. my right foot has started slapping the ground", W),
    ("the nurse said to watch for weakness in my legs", BW),
    ("my foot drags more every week", W),
    ("ik moet letten op mijn voet want mijn voet sleept steeds meer", W),
    ("de dokter zei dat mijn voet begint te slepen", W),
    ("mijn beide benen worden steeds slapper", BW),
    ("de fysio zei dat ik moet letten op een klapvoet. mijn rechtervoet sleept nu steeds meer", W),
    ("je dois surveiller mon pied qui tombe, ça s'aggrave", W),
    ("mon médecin m'a dit de surveiller si mon pied traîne, et il traîne de plus en plus", W),
    ("j'ai des fourmillements dans les deux jambes", BN),
    ("le médecin dit que mon pied tombe", W),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
