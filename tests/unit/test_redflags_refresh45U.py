"""Session 45, round U (issue 12): a past infection of the water, treated, and its control test told clean ("had a kidney
infection with fever, got antibiotics, the control urine test was clean", "de controle van de urine was proper",
"l'analyse de controle etait propre").

The bladder net read the word of control ("control", "controle") in a clause naming the urine as a loss of control, so the
check after an infection over was read as bladder trouble. The check-up guard (CHECKUP_TOLD, session 36D) knew only
cancers, polyps and follow-ups; changed: the packs' CHECKUP_TOLD name the infections of the water and their tests (en
"infection", "uti", "cystitis", "urine test"; nl "infectie", "blaasontsteking", "nierbekkenontsteking", "urineonderzoek";
fr "infection", "cystite", "pyelonephrite", "analyse"), so their control word is the check. The guard keeps the loss:
a control told lost within four words stays a flag (en CONTROL_LOST gains "issues": "bladder control issues").
Kept: the loss of control told with an infection (the safe side), control lost told plainly, a fever now, old night
peeing, peeing normal.
Left (false alarms, the safe side; the lead at landing): the infection and its control split by "maar" ("ik heb een
blaasontsteking gehad maar de controle van de urine was negatief": the guard reads one clause), and a French "plus de fievre
depuis" within four words of "controle" ("plus" is a word of lost control in the French pack).
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

B = {"bladder_bowel": True}
CHANGED = [
    ("had a kidney infection with fever three weeks ago, got antibiotics, the control urine test was clean and no temperature since", {}),
    ("I had a UTI last month, the doctor did a control urine sample and it was all clear", {}),
    ("there was cystitis a while back but the control urine test was negative", {}),
    ("after the urine infection they did a control urine test, clean", {}),
    ("ik had een nierbekkenontsteking met koorts, antibiotica gekregen, de controle van de urine was proper, geen koorts meer sindsdien", {}),
    ("vorige maand een blaasontsteking gehad, bij de controle was mijn urine weer in orde", {}),
    ("na de nierontsteking een controle van de urine gedaan, alles proper", {}),
    ("après ma pyélonéphrite on a fait un contrôle des urines, tout était bon", {}),
    ("infection urinaire soignée, le contrôle de l'urine est revenu négatif", {}),
    ("j'ai fait une infection de la vessie, au contrôle mes urines étaient propres", {}),
    ("had a urinary infection, the control urine test after the antibiotics was negative", {}),
    ("nierbekkenontsteking gehad, de controle van de urine achteraf was proper", {}),
    ("de blaasontsteking is voorbij, bij de controle van mijn urine niets gevonden", {}),
    ("j'ai eu une pyélonéphrite en mai, le contrôle de l'urine était propre", {}),
    ("infection urinaire finie, contrôle des urines négatif", {}),
]
KEPT = [
    ("I can't control my bladder since yesterday", B),
    ("bladder infection in march, took the pills, control test of my urine came back fine", {}),
    ("I have a urine infection and I've lost control of my bladder", B),
    ("I wet myself this morning", B),
    ("38.5 since yesterday", {"fever": True}),
    ("I pee a lot at night since years", {}),
    ("peeing is normal", {}),
    ("ik kan mijn plas niet meer ophouden", B),
    ("de urineweginfectie is genezen, de controle van mijn urine was goed", {}),
    ("had een infectie aan mijn blaas, de huisarts deed een controle van de urine en die was goed", {}),
    ("ik heb een blaasontsteking en geen controle meer over mijn blaas", B),
    ("ik heb al jaren een grote prostaat en moet 's nachts plassen", {}),
    ("plassen gaat normaal", {}),
    ("je ne contrôle plus ma vessie", B),
    ("une cystite le mois passé, l'urine de contrôle était normale", {}),
    ("l'analyse d'urine de contrôle après l'infection était normale", {}),
    ("j'ai une infection urinaire et je ne contrôle plus ma vessie", B),
    ("j'ai de la fièvre depuis hier, 38,5", {"fever": True}),
    ("je fais pipi normalement", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
