"""Session 36, round E (issue 12): a false alarm: a red-flag question quoted from a form, a website or the bot, or a warning
sign's name read on a paper, and the sign denied or told as on purpose.

Changed: bot/reading/redflags.py _TOLD_FINE_BY (weight_loss: the weight told lost on purpose in the person's own words,
_weight_told_on_purpose); the packs (a session 36E block at each end, plus the session 35E block of the earlier helper,
re-appended): HEARSAY (they/you/ze/ils ask if ..., a quoted "have you ..." question), SIGNS_DENIED (the short answer: "no",
"i havent", "i dont have that", "nee hoor", "heb ik niet", "non", "moi non"), NAMED_BY_CARER (en: "in the paper from my
physio it says"), TERM_ASKED_AFTER (en: "... is on the list of warning signs").

Kept (safety first): the quoted question with a yes or the sign told plainly, with no answer, with "not sure"; a paper's
sign told bare with no denial; a denial followed by the sign told.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

S = {"saddle_numbness": True}
W = {"weight_loss": True}
F = {"fever": True}
CHANGED = [
    # en
    ("the form asks if i lost weight, what do i put? i lost 5 kilos but i was dieting on purpose", {}),
    ("the website asks if i have a fever, i don't", {}),
    ("the chatbot asked if i had lost weight. no i haven't", {}),
    ("in the paper from my physio it says saddle anaesthesia is a warning sign, what does that mean? i don't have that", {}),
    ("saddle anaesthesia is on the list of warning signs in the leaflet. what is it? i don't have anything like it", {}),
    # nl
    ("het formulier vraagt of ik afgevallen ben, wat moet ik invullen? ik ben 6 kilo afgevallen maar dat was bewust", {}),
    ("ze vragen of ik koorts heb, wat moet ik zeggen? ik heb geen koorts", {}),
    # fr
    ("ils demandent si j'ai de la fièvre, je réponds quoi ? j'ai pas de fièvre", {}),
    ("sur la feuille du kiné il y a anesthésie en selle comme signe d'alarme. c'est quoi ? j'ai pas ça", {}),
]
KEPT = [
    ("on the sheet from the hospital it says saddle anesthesia.", S),
    ("in the paper from my physio it says saddle anaesthesia", S),
    ("saddle anaesthesia is on the list of warning signs in the leaflet. i think i have it", S),
    ("the leaflet says saddle anaesthesia, what does that mean? i have that i think", S),
    ("the form asks if i lost weight: yes, 6 kilos without trying", W),
    ("the form asks if i lost weight", W),
    ("they ask if i have a fever. what do i answer", F),
    ("they asked if i had a fever. yes 38.5 since yesterday", F),
    ("the website asks if i have a fever, i'm not sure", F),
    ("the chatbot asked if i had lost weight. not sure, maybe", W),
    ("you asked if i lost weight. yes about 7 kilos in two months and i don't know why", W),
    ("i don't have that, but my bum is numb since yesterday", S),
    ("no. i can't feel my bum when i wipe", S),
    ("ze vragen of ik afgevallen ben. ja, 6 kilo zonder reden", W),
    ("ze vragen of ik koorts heb, wat moet ik invullen?", F),
    ("je vroeg of ik afgevallen was. ik weet het niet zeker", W),
    ("ils demandent si j'ai de la fièvre. oui, 39 depuis hier", F),
    ("tu m'as demandé si j'avais maigri. oui, 7 kilos sans raison", W),
    ("non. mais j'ai les fesses engourdies", S),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
