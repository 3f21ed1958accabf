"""Session 41, round K (issue 12): two false alarms left by this session's rounds.

1. Fever: a past fever told by the month or the season it was in ("in the spring i caught the flu, ...", "in januari", "au
   printemps", "begin maart", "last fall"), then told gone, was read as a fever: the packs' PAST_CUES named "last winter", "vorige"
   and "dernier" but no month and no season with in, back in, during, afgelopen, begin, en, debut; and "fever for a week", "een
   week koorts", "une semaine de fievre" was no bare list of fever words (no week in SIGN_LIST_WORDS; en had no numbers in words),
   so the past of the clause before it was not shared. Changed: en, nl, fr PAST_CUES (the month or season, not after since, sinds,
   depuis, vanaf, until, jusqu), SIGN_LIST_WORDS (week, weken, semaine; en two to five); fr also a month or season at the start of
   a clause, as the French "en" is the Dutch "and" that cuts clauses (bot/reading/redflags.py _local_clause).
2. Bladder and bowel: session 41D's story net ("it came out ..., i didnt feel it coming", "het kwam eruit", "c'est sorti") read a
   pain, a word, a sneeze, tears, a cry that came out. Changed: bot/reading/redflags.py _came_out_other (a skip of the bladder rules)
   reading the packs' new CAME_OUT_OTHER named as a clause of its own right after or right before the "it came out" (not in a
   sentence that names the stool, the urine, the toilet or the clothes).

Kept: a fever since a month or season, a fever come back after a past one, the past fever without an over phrase; "it came out"
with no other subject named (the safe side), with the stool named or in the trousers, with the pain told in a clause of its own
("the pain was awful"); the French stools that no longer hold.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

F = {"fever": True}
B = {"bladder_bowel": True}
CHANGED = [
    # 1. a past fever told by the month or the season it was in, then told gone
    ("in the spring i caught the flu, fever for a week, that's been over for ages", {}),
    ("back in october i picked up a chest infection, fever for a week, it has been over for months", {}),
    ("last fall i got covid, a fever for a week, no fever since then", {}),
    ("in january i picked up a bug with a fever, it finished weeks ago", {}),
    ("in the winter i caught a chest bug with a fever but no fever now", {}),
    ("during the summer the kids brought home a virus, fever for two weeks, no more fever since", {}),
    ("in januari griep opgelopen, een week koorts, nu geen koorts meer", {}),
    ("in de winter een longontsteking opgedaan met koorts, nu al lang geen koorts meer", {}),
    ("begin maart kreeg ik de griep, twee weken koorts, nu geen koorts meer", {}),
    ("afgelopen zomer covid opgelopen, een week koorts, nu geen koorts meer", {}),
    ("in het voorjaar ne zware griep opgedaan met koorts, nu geen koorts meer", {}),
    ("en mars j'ai attrape une grippe, une semaine de fievre, plus de fievre maintenant", {}),
    ("au printemps une pneumonie, fievre pendant une semaine, plus de fievre maintenant", {}),
    ("en janvier une bronchite avec de la fievre, mais plus de fievre maintenant", {}),
    ("debut fevrier j'ai chope le covid, deux semaines de fievre, plus de fievre maintenant", {}),
    ("en hiver j'ai attrape une grosse grippe avec de la fièvre mais plus de fièvre maintenant", {}),
    # 2. something else than stool or urine named as what came out
    ("it came out all at once, the pain, i never felt it coming", {}),
    ("it just slipped out, the swear word, didn't even feel it coming", {}),
    ("the sneeze, it shot out, i didn't feel it coming", {}),
    ("it all poured out of me, the tears, i didn't feel it coming", {}),
    ("didn't even feel it coming, the hiccup, it just came out", {}),
    ("het kwam er ineens uit, die steek, ik voelde het niet aankomen", {}),
    ("t schoot eruit, die vloek, ik had het niet voelen komen", {}),
    ("die tranen, het kwam er allemaal uit, ik heb het niet voelen komen", {}),
    ("da kwam er zomaar uit, die schreeuw, ik voelde het nie aankomen", {}),
    ("c'est sorti tout seul, le gros mot, j'ai meme pas senti venir", {}),
    ("ca m'a echappe, le cri, j'ai pas senti venir", {}),
    ("les larmes, c'est sorti d'un coup, je l'ai pas senti venir", {}),
    ("c'est sorti comme ca, l'eternuement, j'ai rien senti venir", {}),
]
KEPT = [
    ("since march i have had fevers on and off", F),
    ("fever since monday", F),
    ("every evening a fever since march", F),
    ("sinds maart koorts", F),
    ("depuis mars j'ai de la fièvre le soir", F),
    ("since the spring i get a fever every evening", F),
    ("in march i had the flu, now i have a fever again", F),
    ("in the winter i had a fever and it keeps coming back", F),
    ("back in march i had a fever", F),
    ("sinds begin maart elke avond koorts", F),
    ("in januari griep gehad en nu weer koorts", F),
    ("depuis debut fevrier de la fievre tous les soirs", F),
    ("en mars j'ai eu la grippe et maintenant j'ai encore de la fievre", F),
    ("it came out in my pants, i didn't feel it coming", B),
    ("'t kwam eruit, ik heb het niet voelen komen", B),
    ("c'est sorti tout seul, je n'ai pas senti venir", B),
    ("les selles ne tiennent plus", B),
    ("it came out, the pain was awful, i didn't feel it coming", B),
    ("it came out in my trousers, the poo, i didn't feel it coming", B),
    ("the pain is bad, it came out while lifting, i didn't feel it coming", B),
    ("het kwam eruit in mijn broek, die pijn erna, ik voelde het niet komen", B),
    ("c'est sorti dans mon pantalon, la douleur apres, j'ai pas senti venir", B),
    ("het kwam eruit, de kak, ik voelde het niet aankomen", B),
    ("c'est sorti, les selles, j'ai pas senti venir", B),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
