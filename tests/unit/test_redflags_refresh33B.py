"""Session 33, round B (issue 12): bladder retention told without a bladder word, a full bladder that will not empty, and a
weak stream told at the shower or as "it does not flow any more".

Changed:
- The urge told as "need to go", "ik moet", "l'envie", "aandrang", then "but nothing comes / nothing happens / it wont come"
  (new BLADDER_PATTERNS entries in en, nl, fr, their "nothing comes" part the packs' _NOTHING_CAME, _NIKS_KOMT, _RIEN_VIENT):
  retention with no bladder word. Not after "need to go to work", "the urge to cough", "envie de pleurer"; not "nothing comes
  to mind", "er komt niks van", "rien ne me vient a l'esprit", "nothing comes up".
- A full, tight or bursting bladder, then past commas a "nothing comes" (same parts): "la vessie est pleine, je la sens
  tendue, mais ca veut pas sortir".
- A weak stream: the person's own stream ("mon jet", "mijn straal": OWN_POSSESSIVE + STREAM_WORD) told under the shower is no
  longer dropped by the shower's WET_BY word (bot/reading/redflags.py _own_stream_there; the shower's own jet stays dropped);
  en WEAK_STREAM_BEFORE / WEAK_STREAM_AFTER add "feeble", "pathetic", "pitiful", "puny"; new en, nl, fr BLADDER_PATTERNS for
  the pee that no longer flows after the toilet or the pee is named ("quand j'urine ca ne coule plus", "op de wc stroomt het
  niet meer", "at the toilet it doesnt flow any more").

Kept: a cough, a sneeze, tears, a nose, "no words come", a bus, a tap's or a shower's weak jet, a nose that "coule plus".
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

BB = {"bladder_bowel": True}
CHANGED = [
    # 1. the urge there, nothing comes (en)
    ("I need to go but nothing comes", BB),
    ("i need to go so badly but nothing happens", BB),
    ("i feel the urge and then nothing comes", BB),
    ("got to go all the time but it just wont come", BB),
    ("I have to go, but when I sit down nothing happens", BB),
    ("im desperate to go and yet nothing comes", BB),
    ("the urge is there but nothing happens", BB),
    # ... (nl)
    ("ik moet wel maar er komt niks", BB),
    ("ik moet echt nodig maar er gebeurt niets", BB),
    ("ik heb aandrang en dan komt er niks", BB),
    ("k moet de hele tijd, maar het wil niet komen", BB),
    ("ik moet steeds, en als ik op de pot zit gebeurt er niks", BB),
    ("de aandrang is er maar het lukt niet", BB),
    # ... (fr)
    ("j'ai besoin d'y aller mais rien ne se passe", BB),
    ("je sens que je dois y aller, et puis ça vient pas", BB),
    ("l'envie est là tout le temps mais j'y arrive pas", BB),
    ("il faut que j'y aille mais ça ne veut pas sortir", BB),
    ("j'ai envie d'y aller mais rien ne vient", BB),
    ("je dois y aller sans arret mais ca veut pas venir", BB),
    # 2. a full bladder that does not empty (en)
    ("my bladder is bursting, i sit for ages and nothing happens", BB),
    ("my bladder is so full, I sat there ten minutes, nothing came", BB),
    ("my bladder feels like a balloon but nothing comes", BB),
    ("bladder feels like its going to burst, sat on the loo for ages, nothing comes", BB),
    # ... (nl)
    ("mijn blaas voelt vol en strak, maar het wil er niet uit", BB),
    ("blaas staat op knappen, ik zit en zit en er komt niks", BB),
    ("mijn blaas zit propvol maar het lukt niet", BB),
    ("mijn blaas is gespannen, ik voel hem in mijn buik, maar ik krijg het er niet uit", BB),
    # ... (fr)
    ("ma vessie est gonflée, je la sens dure, mais rien ne sort", BB),
    ("j'ai la vessie tendue comme un ballon, mais ça ne vient pas", BB),
    ("la vessie est pleine, j'ai mal au ventre, mais rien ne se passe", BB),
    ("ma vessie est pleine, je suis assise depuis dix minutes, rien ne se passe", BB),
    # 3. a weak stream, at the shower or no longer flowing (en)
    ("my stream has gone feeble", BB),
    ("my stream is pathetic these days", BB),
    ("a feeble stream when i go", BB),
    ("at the toilet it doesnt flow any more", BB),
    # ... (nl)
    ("onder de douche is mijn straal zwak", BB),
    ("op de wc stroomt het niet meer", BB),
    ("bij het plassen loopt het amper nog", BB),
    ("onder de douche is mijn straal dun geworden", BB),
    ("op het toilet loopt de plas nauwelijks meer", BB),
    # ... (fr)
    ("sous la douche mon jet est faible", BB),
    ("quand j'urine ça ne coule presque plus", BB),
    ("aux toilettes, ça coule plus bien", BB),
    ("j'urine mais ça ne coule plus", BB),
]
KEPT = [
    # nothing comes, but not the bladder
    ("I need to go but nothing comes to mind", {}),
    ("I feel the urge to cough but nothing comes up", {}),
    ("I need to go to work but nothing happens", {}),
    ("I have to go but the bus never comes", {}),
    ("the urge is there but it wont come back", {}),
    ("I have to go now, nothing came of the scan", {}),
    ("i get the urge to sneeze but nothing comes", {}),
    ("i want to say something but no words come", {}),
    ("ik moet hoesten maar er komt niks", {}),
    ("ik moet naar mijn werk maar er komt niks van", {}),
    ("ik moet wel maar er komt niks in me op", {}),
    ("ik moet wel, maar er komt niks van", {}),
    ("ik moet niezen maar het wil niet komen", {}),
    ("de bus komt niet", {}),
    ("j'ai envie de pleurer mais rien ne vient", {}),
    ("je dois y aller mais le bus ne vient pas", {}),
    ("j'ai envie mais rien ne me vient à l'esprit", {}),
    ("j'ai envie d'éternuer mais ça vient pas", {}),
    ("j'ai besoin de roter mais rien ne sort", {}),
    # a fixture's weak jet, a nose
    ("le jet de la douche est faible", {}),
    ("mon jet de douche est faible", {}),
    ("ma douche a un jet faible", {}),
    ("the shower has a weak stream", {}),
    ("the shower has a feeble stream", {}),
    ("the tap has a pathetic stream", {}),
    ("de douche heeft een zwakke straal", {}),
    ("mijn douchestraal is zwak", {}),
    ("mon nez ne coule plus", {}),
    ("le robinet ne coule plus", {}),
    ("op de wc stroomt de kraan niet meer", {}),
    ("at the toilet the tap doesnt flow any more", {}),
    # already read (the sign)
    ("I have to pee but nothing comes out", BB),
    ("my bladder feels full but I cant go", BB),
    ("mijn blaas zit vol maar ik krijg het er niet uit", BB),
    ("la vessie est pleine mais rien ne sort", BB),
    ("j'ai envie mais rien ne vient", BB),
    ("my stream is weak now", BB),
    ("mijn straal is zwak geworden", BB),
    ("in the shower my stream is really weak", BB),
    ("bladder feels tight and swollen, and it just wont come", BB),
    ("vessie pleine à craquer et ça veut pas couler", BB),
    ("when i pee it isnt really running properly", BB),
    ("onder de douche merk ik dat mijn straal zwakker is", BB),
    ("ik plas en het stroomt niet meer door", BB),
    ("dans la douche je vois que mon jet est plus faible", BB),
    ("mon jet est faible", BB),
    # a relative's
    ("my husband needs to go but nothing comes", {}),
]
test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
