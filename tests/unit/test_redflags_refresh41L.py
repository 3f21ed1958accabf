"""Session 41, round L (issue 12): a fever over read as a fever now, two kinds left after round 41C: a fever named only in a
question whether to mention or count it ("does that fever even count?", "moet ik die verhoging ook doorgeven?", "est-ce que
cette temperature compte ?"), and a fever told ended in the next sentence by a later day ("saturday night i had 38.2 . by
sunday it was over", "samedi le soir j'avais 38,2 . dimanche c'etait fini").

Changed: the engine's _fever_skip drops a fever match lying inside a question of the packs' FEVER_MENTION_ASKED (the fever's
whole clause: should I mention / report / tell, does it count; moet ik ... melden / noemen / zeggen, telt ...; dois-je / faut-il
... mentionner / signaler / parler, est-ce que ... compte) with no fever told now nor the person's own in it ("my fever", "ik heb",
"j'ai", "now", "nu", "maintenant") and none of the last day (FEVER_RECENT). The packs' RESOLVED_OPENS take a day named first
(en "by sunday", nl "zondag", fr "dimanche midi", "le lendemain"), so a sentence opening on a later day and the fever over is
read with the sentence before (_sentences), as it was after a comma; fr FEVER_EVERY_EVENING "le soir" not right after a day's
name ("samedi le soir" is one evening); fr FEVER_GONE_NOW a day's name then "plus rien".

Kept (safe side): a fever told now beside the question ("i have 38.5 now, should i ask about it?"), the person's own fever or
one told now inside the question ("should i mention my fever", "moet ik zeggen dat ik koorts heb"), one of last night, a fever
still there or come back after the day ("dimanche c'etait fini mais lundi elle est revenue"), every evening, "not over".
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

F = {"fever": True}
CHANGED = [
    # en: a question whether to mention or count it
    ("should i still bring up that fever?", {}),
    ("do i have to report the fever from last month?", {}),
    ("is it worth mentioning that i had a temperature in october?", {}),
    ("does that fever even count?", {}),
    ("would the fever from the flu count?", {}),
    ("i had a fever two weeks ago after my jab, it was gone the day after. do i need to tell you about that fever?", {}),
    # en: ended the next sentence by a later day
    ("friday evening i had 38.4. by saturday it was over, nothing since.", {}),
    ("on tuesday night i was at 38.6. wednesday it was gone.", {}),
    # nl (Vlaams too)
    ("moet ik die verhoging van vorige week ook doorgeven?", {}),
    ("moet ik da van die koorts ook zeggen?", {}),
    ("telt die koorts van vorige maand nog?", {}),
    ("moet ik die koorts van de griep ook vermelden?", {}),
    ("zou ik die koorts van de griep nog melden?", {}),
    ("vrijdagavond had ik 38,4. zaterdag was het weg.", {}),
    ("dinsdagavond had ik 38,6. woensdag was het voorbij, sindsdien niks meer.", {}),
    ("zaterdagavond had ik 38,3. zondag was het al weg.", {}),
    # fr
    ("faut-il que je signale la fièvre de la semaine dernière ?", {}),
    ("est-ce que cette fièvre compte encore ?", {}),
    ("dois-je préciser la fièvre du mois passé ?", {}),
    ("est-ce que je dois vous parler de la fièvre que j'ai eue ?", {}),
    ("est-ce que la fièvre d'il y a trois semaines compte ?", {}),
    ("vendredi le soir j'avais 38,4. samedi c'était terminé.", {}),
    ("mardi le soir j'étais à 38,6 avec des frissons. mercredi midi c'était passé, plus rien depuis.", {}),
    ("jeudi soir j'ai eu 38,5. vendredi c'est fini.", {}),
    ("samedi soir j'avais 38,2, dimanche plus rien.", {}),
]
KEPT = [
    # en
    ("i have 38.5 now, should i ask about it?", F),
    ("should i mention my fever?", F),
    ("should i mention that i have a fever?", F),
    ("should i mention the fever i had last night?", F),
    ("should i go to the hospital with a fever of 39?", F),
    ("saturday i had a fever. sunday it was gone, monday it came back.", F),
    ("i have a fever since saturday. sunday it was better.", F),
    ("i had a fever last week. it was gone the next day.", {}),
    # nl
    ("ik heb nu 38,5, moet ik dat melden?", F),
    ("moet ik zeggen dat ik koorts heb?", F),
    ("moet ik mijn koorts melden?", F),
    ("moet ik die koorts van toen vermelden? ik heb nu weer 38,4", F),
    ("zaterdagavond 38,2, zondag was het voorbij, sindsdien niks meer.", {}),
    ("ik heb koorts sinds zaterdag. zondag was het beter.", F),
    # fr
    ("j'ai encore 38, est-ce que je dois le mentionner ?", F),
    ("dois-je dire que j'ai de la fièvre ?", F),
    ("dois-je mentionner ma fièvre ?", F),
    ("c'est pas fini, j'ai toujours de la fièvre", F),
    ("la fièvre revient chaque soir", F),
    ("samedi j'avais 38,2. dimanche c'était fini mais lundi elle est revenue.", F),
    ("j'ai de la fièvre depuis samedi. dimanche c'était fini mais elle est revenue.", F),
    ("le soir j'ai de la fièvre, le matin c'est passé", F),
    ("samedi soir j'avais 38,2, c'était passé le lendemain.", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
