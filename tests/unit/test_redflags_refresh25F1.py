"""Session 25, helper F1, after the blind refresh 38/24 scored once: two false alarms.

1. A fever told over, then well again in the person's words, or the flu asked as the cause: "feeling fine again", "back on
   my feet", "right as rain", "a fever two weeks back"; "ik voel me weer fit", "ben weer de oude", "kan dat van de griep
   komen?"; "je suis de nouveau sur pied", "me revoila d'attaque" (the normaliser writes "d'attaque" as "de attaque"), "ca
   peut venir de la grippe ?". Kept: a fever now with a well word, a fever come back, a fever tonight.
2. A slip caught, no fall: a step missed or the footing lost then a rail grabbed ("missed a step but grabbed the handrail"),
   "misgestapt ... maar kon me aan de muur vastgrijpen", "bijna van de trap gevallen" (words between "bijna" and the fall),
   "nergens op gevallen of tegen gebotst"; the French catch or the fall denied told of someone else or with "on" ("elle
   s'est rattrapee", "il ne est pas tombe", "on s'est rattrapes"). Kept: a slip with a fall or a landing.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

FEVER = {"fever": True}
TRAUMA = {"onset": "trauma"}

CHANGED = [
    # 1. a fever over, well again; the flu asked as the cause
    ("had a temperature on the weekend, feeling fine again now", {}),
    ("had a bit of a fever last week with a cold, im back on my feet since monday", {}),
    ("fever of 38.5 a few days back, totally gone, feeling myself again. would the flu cause back pain like this?", {}),
    ("had the flu with shivers ten days ago, thats all cleared up. could the flu do this to your back?", {}),
    ("had a temperature with a chest bug, right as rain now", {}),
    ("had flu and a fever two weeks back, im back on my feet now. is this from the flu?", {}),
    ("vorige week koorts gehad, ik voel me weer helemaal fit", {}),
    ("had koorts van een verkoudheid, ik ben weer de oude", {}),
    ("griep met koorts gehad, nu voel ik me weer kiplekker", {}),
    ("griep met koorts gehad, dat is over. kan die rugpijn van de griep komen?", {}),
    ("koorts gehad vorige week, ben terug helemaal gezond", {}),
    ("j'ai eu de la fièvre la semaine dernière, je suis de nouveau sur pied", {}),
    ("j'avais 38,5 il y a huit jours, c'est fini, je me sens à nouveau d'attaque", {}),
    ("j'ai eu de la fièvre avec un rhume, je suis enfin retapée", {}),
    ("j'ai eu la grippe avec de la fièvre, c'est passé. ça peut venir de la grippe, ce mal de dos ?", {}),
    ("j'ai eu 39 de fièvre lundi, me revoilà d'attaque", {}),
    # 2. a slip caught, no fall
    ("my dad nearly went flying down the stairs, missed the bottom step but grabbed the handrail, didnt fall or bang into "
     "anything", {}),
    ("ik ben misgestapt op de keldertrap maar kon me nog aan de muur vastgrijpen", {}),
    ("ik ben bijna van de trap gevallen", {}),
    ("uitgegleden in de douche, nergens op gevallen of tegen gebotst", {}),
    ("gestruikeld over de stoeprand maar ben nergens op gevallen", {}),
    ("ik ben nergens op gevallen of tegenaan gebotst", {}),
    ("on a glissé sur la glace mais on s'est rattrapés à la barrière", {}),
    ("elle a glissé sur le verglas mais elle s'est retenue au poteau", {}),
    ("il a glissé dans l'escalier mais il s'est retenu à la rampe", {}),
    ("il a glissé sur les marches mouillées, il ne est pas tombé", {}),
]

KEPT = [
    # 1. a fever now or back
    ("i have a fever but feel fine again", FEVER),
    ("had a fever, felt fine again for a day, but the fever came back tonight", FEVER),
    ("had the flu last week, now the flu is back and so is the fever", FEVER),
    ("im back on my feet but i have a fever tonight", FEVER),
    ("ik heb koorts maar voel me weer fit", FEVER),
    ("koorts gehad, voelde me weer goed, maar vannacht weer 39", FEVER),
    ("ik heb nu 38,9 koorts", FEVER),
    ("j'ai de la fièvre mais je me sens d'attaque", FEVER),
    ("j'avais de la fièvre, je me sentais de nouveau bien, mais elle est revenue hier soir", FEVER),
    ("j'ai 39 de fièvre depuis hier", FEVER),
    # 2. a slip with a fall or a landing; catches that read before too
    ("missed the bottom step and landed on my backside", TRAUMA),
    ("i lost my footing on the ladder and came down hard on my back", TRAUMA),
    ("slipped on the stairs and hit my back on the step", TRAUMA),
    ("missed a step on the way down but grabbed the handrail just in time", {}),
    ("uitgegleden op de trap en op mijn rug gevallen", TRAUMA),
    ("ik ben misgestapt op de trap en op mijn stuit gevallen", TRAUMA),
    ("bijna van de trap gevallen, en toen echt gevallen", TRAUMA),
    ("ik ben gevallen en tegen de kast gebotst", TRAUMA),
    ("elle a glissé, elle est tombée sur les fesses", TRAUMA),
    ("elle a glissé sur le carrelage", TRAUMA),
    ("mon père a glissé sur le verglas, il ne est pas tombé", {}),
    ("elle a glissé sur le parquet ciré mais elle s'est rattrapée", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
