"""Red flags (session 17, lead): cancer read or heard about, and an adult's age beside the cancer word.

Found on a fresh question set (questions about a sign must get the answer, not the red-flag path):
"lees op internet allemaal dingen over tumoren enzo.. moet ik me zorgen maken" and "ma belle-mère (septante-huit
ans, ...) dit qu'un mal de dos ça peut cacher un cancer... faut s'inquiéter qd exactement?" read a cancer
history: the first had no question cue the reader knew, the second read "78 ans" as "years ago".
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

CHANGED = [
    ("lees op internet allemaal dingen over tumoren, moet ik me zorgen maken?", {}),
    ("heb gelezen dat rugpijn door kanker kan komen", {}),
    ("reading online about tumours, should i be worried", {}),
    ("googled my symptoms and now im reading about spinal tumours lol", {}),
    ("ma belle-mère (78 ans, toujours un avis sur tout) dit qu'un mal de dos ça peut cacher un cancer", {}),
    ("j'ai lu sur internet qu'un mal de dos ça peut cacher une tumeur", {}),
    ("my mum, 78 years, says back pain can be cancer?", {}),
    ("my mate says back pain can mean cancer", {}),
]
KEPT = [
    # the patient's own cancer, told with the same cues: still a history
    ("I read online my cancer could come back in the bones, had breast cancer 3 years ago", {"cancer_history": True}),
    ("ik heb borstkanker gehad en las op internet dat het kan uitzaaien naar de rug", {"cancer_history": True}),
    ("j'ai eu un cancer du sein, j'ai lu que ça peut revenir dans le dos", {"cancer_history": True}),
    ("j'ai eu un cancer il y a 20 ans", {"cancer_history": True}),
    ("breast cancer 20 years ago", {"cancer_history": True}),
    ("kanker 5 jaar geleden", {"cancer_history": True}),
    ("cancer du sein à 45 ans, en rémission", {"cancer_history": True}),
    ("i had cancer, back pain can be a sign its back?", {"cancer_history": True}),
    ("had a tumour removed from my bowel last year", {"cancer_history": True}),
    # questions already read as questions
    ("mijn schoonmoeder (78 jaar, weet alles beter) zegt dat rugpijn kanker kan zijn", {}),
    ("can back pain be a tumour?", {}),
    ("kan rugpijn een tumor zijn?", {}),
]


test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
