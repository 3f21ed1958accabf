"""Session 38, round V (the lead, issue 12): a no taken back by a yes in the same answer was read as a no.

Found by the lead while reading the session's diff: "no wait, yes i do" typed to a red-flag question ("Is the skin numb
around your genitals ...?") was recorded as **no** and the check went on to the next question, in every language ("nee
wacht, ja toch", "non attends, oui"). Changed: bot/reading/answers.py parse_yes_no: an answer that opens on a no and has a
yes word later (the packs' YES_TOKENS, not the weak ones such as "ok", nor the ones read only first such as French "si",
also "if") is not sure, which a red-flag question counts as yes (the rule: not sure is yes).

Kept: a no with more words that hold no yes ("no, not yet", "nee, jaren geleden", "no, yesterday it was fine"), "no, ok",
a French "si" that is "if" ("non, si je me penche ça fait mal"), plain noes, the yes-first answers.
"""

from bot.reading.answers import UNSURE, parse_yes_no
from tests.support.reading_round import reading_round

CHANGED = [
    # en
    ("no wait, yes i do", UNSURE),
    ("no actually yes", UNSURE),
    ("no... actually yes", UNSURE),
    ("no sorry i mean yes", UNSURE),
    ("nope hang on, yes", UNSURE),
    ("no, oh wait yeah it is", UNSURE),
    ("no no sorry yes", UNSURE),
    ("no - scratch that, yes", UNSURE),
    # nl, Flemish too
    ("nee wacht, ja toch", UNSURE),
    ("nee sorry, ja", UNSURE),
    ("nee, of wacht, ja eigenlijk wel", UNSURE),
    ("nee oeps ik bedoel ja", UNSURE),
    ("nee nee, ja", UNSURE),
    ("nee, wacht even, ja", UNSURE),
    ("nee sorry ik bedoel ja", UNSURE),
    ("nee, ah ja toch", UNSURE),
    # fr
    ("non attends, oui", UNSURE),
    ("non pardon, oui", UNSURE),
    ("non, enfin oui", UNSURE),
    ("non... en fait oui", UNSURE),
    ("non je veux dire oui", UNSURE),
    ("non non, oui", UNSURE),
    ("non, ah si oui", UNSURE),
    ("non euh oui", UNSURE),
]
KEPT = [
    ("no", False),
    ("no, not yet", False),
    ("no, never", False),
    ("no, yesterday it was fine", False),
    ("no, ok", False),
    ("nope", False),
    ("nee", False),
    ("nee hoor", False),
    ("nee, jaren geleden", False),
    ("nee, ik heb geen koorts", False),
    ("neen", False),
    ("non", False),
    ("non pas du tout", False),
    ("non, si je me penche ça fait mal", False),
    ("yes", True),
    ("ja", True),
    ("oui", True),
    ("ja nee", UNSURE),
    # already not sure before
    ("neen, allee ja", UNSURE),
    ("nee... ja toch", UNSURE),
    ("nee, jawel", UNSURE),
]

test_changed, test_kept = reading_round(parse_yes_no, CHANGED, KEPT)
