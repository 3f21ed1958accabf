"""Session 37, round K (issue 12): a weight that fell, dropped or came off the body read as a fall (trauma), the weight
loss missed.

Told with the weight, the kilos, the pounds or a stone as the subject of "fall off", "drop off", "come off" (Dutch "vallen
eraf", "vliegen ervanaf", "gaan eraf", French "tomber", "partir", "s'en aller"), or with "it"/"they" and the weight named
around it, the body's weight went down; no one fell. Changed:

- bot/reading/redflags.py _inside_longer: with ``within`` (used by _trauma_or_other for the weight rules) a fall word
  anywhere inside a longer weight match is the weight's, not only at one of its ends ("the weight just fell off me").
- en WEIGHT_PATTERNS: the session 20b weight-falling-off pattern also takes what follows as a time or a manner ("without
  trying", "since christmas", "in a month", "so fast", "on their own": _WEIGHT_OFF_AFTER, never a thing falling onto one,
  "and hit"); "it"/"they" that fell off with the weight named before ("lost weight, it just fell off") or the kilos after
  ("it's dropping off me, like 4 kilos").
- nl WEIGHT_PATTERNS: "vielen ... af"; the kilos or the weight that fell, went or flew off ("eraf gevallen", "vanaf gegaan",
  "afgevlogen", "verdwenen"), not onto or against one ("op", "tegen").
- fr WEIGHT_PATTERNS: the kilos that fell, went, melted or flew away ("sont tombes", "tombent", "s'en vont", "ont fondu",
  "se sont envoles"), the weight that fell ("le poids est tombe"), a pronoun with the kilos after ("ils sont tombes, 6
  kilos"); never fallen on or from something ("sur", "du", "dans", "par terre").

Kept: real falls (off a ladder, a bike, a horse, down the stairs, "van de trap gevallen", "van mijn fiets afgevallen",
"tombe du velo"), a weight plate or a dumbbell fallen onto the back, a thing fallen off a table, another person's weight,
weight lost on purpose (a diet told: no flag), the Dutch "afgevallen" of the body (weight) and of a bike (a fall).
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

W = {"weight_loss": True}
T = {"onset": "trauma"}
CHANGED = [
    # en
    ("nah, it just fell off, maybe 5 kg", W),
    ("the pounds have fallen off me since christmas", W),
    ("a stone just fell off me in a month", W),
    ("the weight fell off me without trying", W),
    ("it's been dropping off me, like 4 kilos", W),
    ("lost weight, it just fell off me", W),
    ("the kilos came off on their own", W),
    ("the lbs just fell off, i'm not dieting", W),
    ("half a stone fell off me in weeks", W),
    ("the weight fell off me so fast", W),
    ("my weight just fell off me", W),
    ("they fell off, about 3 kilos, not trying at all", W),
    ("the weight fell off me once i started the diet", {}),
    # nl (Flemish: "precies", "'t")
    ("de kilo's vielen er gewoon af", W),
    ("mijn kilo's vielen er vanzelf af zonder dieet", W),
    ("de kilo's zijn eraf gevallen zonder dat ik er iets voor deed", W),
    ("de kilo's zijn er vanaf gevallen", W),
    ("er is zomaar 6 kilo vanaf gegaan", W),
    ("de kilootjes vliegen er vanaf", W),
    ("die kilo's zijn er vanzelf afgegaan, ik eet normaal", W),
    ("'t gewicht valt er precies vanaf", W),
    ("de kilo's zijn er allemaal afgevlogen zonder moeite", W),
    ("die kilo's zijn precies vanzelf verdwenen", W),
    ("de kilo's zijn er precies vanaf gevlogen", W),
    # fr
    ("les kilos sont tombés sans que je fasse rien", W),
    ("mes kilos tombent tout seuls depuis l'été", W),
    ("six kilos sont tombés en deux mois sans régime", W),
    ("les kilos sont descendus tout seuls", W),
    ("le poids est tombé tout seul", W),
    ("mon poids est tombé de 6 kilos sans raison", W),
    ("les kilos sont partis sans que je fasse quoi que ce soit", W),
    ("les kilos ont fondu tout seuls", W),
    ("c'est tombé tout seul, 5 kilos", W),
    ("ils sont tombés tout seuls, 6 kilos", W),
    ("5 kilos sont tombés sans rien changer", W),
    ("les kilos sont tombés d'un coup", W),
    ("j'ai des kilos qui tombent tout seuls", W),
    ("mes kilos se sont envolés", W),
]
KEPT = [
    # en: real falls, things fallen, someone else, on purpose
    ("i fell off my bike last week and my back hurts", T),
    ("fell off a chair and landed on my back", T),
    ("the weight fell off the rack onto my back", T),
    ("a dumbbell fell off the shelf onto my back", T),
    ("it fell off the shelf and hit me on the back", T),
    ("the wheel came off and i fell", T),
    ("i came off my horse", T),
    ("the remote fell off the sofa", {}),
    ("my wife's weight just fell off her", {}),
    ("the weight just dropped off me, no idea why", W),
    ("the weight's been falling off me lately", W),
    # nl
    ("ik ben van mijn fiets afgevallen", T),
    ("ik viel van de ladder af", T),
    ("het gewicht viel eraf op mijn voet", T),
    ("de halter viel op mijn rug", T),
    ("k zijn van de trap gevallen, nu rugpijn", T),
    ("ik ben 5 kilo afgevallen door mijn dieet", {}),
    ("ik ben niet afgevallen", {}),
    ("de pondjes vallen er gewoon af", W),
    ("het gewicht viel er in twee maanden af", W),
    ("de kilo's vlogen eraf zonder dat ik iets deed", W),
    # fr
    ("je suis tombé dans l'escalier", T),
    ("le poids est tombé sur mon dos", T),
    ("il est tombé du toit, 80 kilos", T),
    ("mon fils est tombé", {}),
    ("j'ai perdu 5 kilos avec mon régime, ils sont partis vite", {}),
    ("les kilos sont tombés depuis que je fais un régime", {}),
    ("j'ai pas perdu de poids", {}),
    ("j'ai maigri, les kilos tombent tout seuls", W),
    ("les kilos dégringolent", W),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
