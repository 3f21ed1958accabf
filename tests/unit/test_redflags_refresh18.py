"""Red flags (session 18, lead): kinds left by session 17, in general form with en/nl/fr twins.

Retention told with the waiting first and the pushing after ("waiting at the loo forever, then I have to push"):
the toilet-then-waiting order was read, this one was not. And back pain asked as cancer in general ("is back pain
cancer??", "le mal de dos c'est un cancer ??"): a question, no history ("is back" was read as a cancer come back).
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

BB = {"bladder_bowel": True}

CHANGED = [
    ("waiting at the loo forever, then I have to push", BB),
    ("i wait forever on the loo and then i have to strain", BB),
    ("waiting on the toilet for ages then pushing", BB),
    ("ik sta eeuwig te wachten op het toilet en dan moet ik persen", BB),
    ("ik moet lang wachten op de wc en dan duwen", BB),
    ("wachten wachten op de pot en dan moet ik persen", BB),
    ("op de wc is het wachten en dan duwen", BB),
    ("j'attends une éternité aux toilettes puis je dois pousser", BB),
    ("attendre longtemps sur le wc et après pousser", BB),
    # back pain asked as cancer in general: no cancer history
    ("is back pain cancer??", {}),
    ("is back pain always cancer", {}),
    ("le mal de dos c'est un cancer ??", {}),
    ("le mal de dos c'est toujours un cancer ?", {}),
]

KEPT = [
    ("waiting for the bus forever then I have to push through the crowd", {}),
    ("wachten op de bus en dan duwen om erin te geraken", {}),
    ("j'attends le bus et je dois pousser la poussette", {}),
    ("no waiting at the loo, no pushing, all normal", {}),
    # the patient's own cancer stays a history
    ("my cancer is back", {"cancer_history": True}),
    ("i had breast cancer and its back", {"cancer_history": True}),
    ("j'ai eu un cancer du sein, le mal de dos c'est un cancer ?", {"cancer_history": True}),
    ("is rugpijn kanker??", {}),
]


test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
