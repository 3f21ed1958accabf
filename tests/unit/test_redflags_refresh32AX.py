"""Session 32, round AX: a slide or a fall off a seat or a mount, landing on the seat, missed as a trauma onset.

Blind messages were read {}: a slide off a chair told in the bare verb form, then "land on" the bottom (en); a fall off a pony
told with "chuter de son ..." and the child "retombee assise" (fr); the same kind in Dutch ("van de kruk gegleden", "op mijn
stuitje beland") was read {} too.

Changed (TRAUMA_PATTERNS of the packs):
- en: a slide, slip, fall or tumble off a chair, stool, bench, sofa, bed, horse or pony, then "land / lands / come down on" the
  back, bottom, tailbone, hip (any tense, also "her / his").
- nl: "op mijn/haar/zijn stuit(je), billen, zitvlak, achterwerk ... beland / geland / landde"; "van de kruk, bank, stoel, bed,
  pony, paard ... gegleden / gevallen / getuimeld" and "gleed / viel / tuimelde van de ...".
- fr: "chute / tombe / glisse de son/sa ... poney, cheval, chaise, tabouret, banc, canape, escabeau, lit"; "(re)tombe(e)
  assis(e)"; "se retrouver sur les fesses / le derriere / le coccyx".

Kept: falls read already; a weight that "chute" or is "afgevallen"; a fever that "est retombee"; lying on one's back to sleep;
a relative's fall told as a relative's (not typed for the patient).
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

TRAUMA = {"onset": "trauma"}
CHANGED = [
    # en
    ("she slide off the stool and land on her backside", TRAUMA),
    ("yesterday i slide off the chair and land on my bum", TRAUMA),
    ("this morning i tumble off the bench and land on my tailbone", TRAUMA),
    # nl
    ("ik ben op mijn stuitje beland", TRAUMA),
    ("ze gleed van de kruk af", TRAUMA),
    ("ik ben van de kruk gegleden", TRAUMA),
    ("ze is vorige week op haar zitvlak geland", TRAUMA),
    ("hij gleed van de bank en nu kan hij niet rechtop staan", TRAUMA),
    # fr
    ("elle a chute de son poney", TRAUMA),
    ("il a glisse de son tabouret hier soir", TRAUMA),
    ("elle est retombee assise dans l herbe", TRAUMA),
    ("je suis retombee assise", TRAUMA),
    ("elle s est retrouvee sur les fesses", TRAUMA),
    ("je me suis retrouve sur le derriere en descendant", TRAUMA),
]
KEPT = [
    ("ik viel van het krukje in de keuken", TRAUMA),
    ("i slip off the seat and come down on my bottom", TRAUMA),
    ("i fall off the sofa and land on my hip", TRAUMA),
    ("i slid off the chair yesterday", TRAUMA),
    ("i slipped off the stool and came down on my bottom", TRAUMA),
    ("she fell off her pony and landed on her bottom", TRAUMA),
    ("i came off my bike yesterday", TRAUMA),
    ("my sister slid off the bench and landed on her rear", {}),
    ("i land the plane on the runway every day", {}),
    ("ik ben van de bank 5 kilo afgevallen", {"weight_loss": True}),
    ("ik ben van mijn paard gevallen", TRAUMA),
    ("ze is van de stoel gegleden en op haar billen terechtgekomen", TRAUMA),
    ("ik zit de hele dag op mijn billen", {}),
    ("elle a chute de 5 kilos", {"weight_loss": True}),
    ("la fievre est retombee", {}),
    ("je me suis retrouve sur le dos pour dormir", {}),
    ("je suis retombe assis sur le carrelage", TRAUMA),
    ("j ai chute de mon poney samedi", TRAUMA),
    ("je reste assise toute la journee", {}),
]
test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
