"""Session 37, round E (issue 12; finishes round 36E): a false alarm: a red-flag question quoted from a form, a leaflet, a
website or the bot ("the form asks if i lost weight"), or a warning sign's name read on a paper ("saddle anaesthesia",
"zadelanesthesie", "anesthesie en selle", "cauda equina"), and the person's own sign denied or the weight lost on purpose.
The quote is no sign: the message's own telling decides.

Changed: bot/reading/redflags.py _TOLD_FINE_BY (weight_loss: the weight told lost on purpose in the person's own words, a
strong intent cue not negated and nothing unintended there, _weight_told_on_purpose); the packs (a session 36E block at each
end, after the session 35E block of an earlier helper, both brought in by cherry-pick): HEARSAY (they/you/ze/ge/ils/vous ask
if ..., a quoted "have you ..." question: en, nl, fr), SIGNS_DENIED (the short answer as a clause by itself: "no", "i
havent", "i dont have that", "nee hoor", "heb ik niet", "non", "moi non", "pas du tout"), NAMED_BY_CARER (en: "in the
paper from my physio it says"), TERM_ASKED_AFTER (en: "... is on the list of warning signs"). Round 37E fixed a doubled
backslash in the en quoted-question lookahead ("you\\b" matched a literal backslash, never a word end).

Kept (safety first): the sign told plainly besides the quote ("... yes, 6 kilos without trying"), "i think i have it",
"not sure" (counts as yes), the leaflet's sign owned ("... and i have that"), the quoted question with no answer at all, a
denial of one sign with another told after it, the weight lost on purpose denied ("not on purpose", "niet bewust", "pas
expres") or told beside weight lost without trying.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

S = {"saddle_numbness": True}
W = {"weight_loss": True}
F = {"fever": True}
B = {"bladder_bowel": True}
CHANGED = [
    # en
    ("the form asks if i lost weight, what do i put? i lost 5 kilos but i was dieting on purpose", {}),
    ("the form asks if i lost weight, what do i put? i lost 4 kilos but i wanted to, i was on a diet", {}),
    ("the questionnaire asks have you lost weight without trying. i did lose weight but on purpose", {}),
    ("you asked if i have lost weight. i have, but i was dieting on purpose", {}),
    ("the website asks if i have a fever, i don't", {}),
    ("the chatbot asked if i had lost weight. no i haven't", {}),
    ("the bot asked if i had a fever. no i don't", {}),
    ("in the paper from my physio it says saddle anaesthesia is a warning sign, what does that mean? i don't have that", {}),
    ("saddle anaesthesia is on the list of warning signs in the leaflet. what is it? i don't have anything like it", {}),
    ("the form asks if i lost weight. no i havent. but i cant feel my bum", S),
    # nl (and Flemish)
    ("het formulier vraagt of ik afgevallen ben, wat moet ik invullen? ik ben 6 kilo afgevallen maar dat was bewust", {}),
    ("het formulier vraagt of ik afgevallen ben, wat vul ik in? ik ben 5 kilo kwijt maar dat was de bedoeling", {}),
    ("ze vragen of ik gewicht verloren heb. ja, maar bewust, ik ben op dieet", {}),
    ("ze vragen of ik koorts heb, wat moet ik zeggen? ik heb geen koorts", {}),
    ("ze vroegen of ik koorts had, wat moet ik zeggen? ik heb geen koorts", {}),
    ("je vroeg of ik afgevallen ben. heb ik niet", {}),
    ("ze vragen of ik een doof gevoel heb tussen mijn benen. wat bedoelen ze? dat heb ik niet", {}),
    ("ge vraagt of ik koorts heb, da heb ik nie", {}),
    # fr
    ("ils demandent si j'ai de la fièvre, je réponds quoi ? j'ai pas de fièvre", {}),
    ("vous demandez si j'ai de la fièvre, je réponds quoi ? j'ai pas de fièvre", {}),
    ("le formulaire demande si j'ai de la fièvre. non pas du tout", {}),
    ("le formulaire demande si j'ai perdu du poids, je mets quoi ? j'ai perdu 5 kilos mais exprès", {}),
    ("ils demandent si j'ai perdu du poids. oui mais volontairement", {}),
    ("sur la feuille du kiné il y a anesthésie en selle comme signe d'alarme. c'est quoi ? j'ai pas ça", {}),
]
KEPT = [
    # en: the sign told plainly, owned, not sure, no answer
    ("on the sheet from the hospital it says saddle anesthesia.", S),
    ("in the paper from my physio it says saddle anaesthesia", S),
    ("saddle anaesthesia is on the list of warning signs in the leaflet. i think i have it", S),
    ("the leaflet says saddle anaesthesia, what does that mean? i have that i think", S),
    ("the leaflet says numb bum is an emergency and i have that", S),
    ("i think i have saddle anaesthesia", S),
    ("the leaflet mentions saddle anaesthesia. not sure if i have it", S),
    ("the form asks if i have numbness in the saddle area. yes a bit", S),
    ("the form asks if i lost weight: yes, 6 kilos without trying", W),
    ("the form asks if i lost weight, i lost 6 kilos without trying", W),
    ("the form asks if i lost weight. i have, about 7 kilos, no idea why", W),
    ("the form asks if i lost weight", W),
    ("the form asks if i lost weight. i lost 5 kilos, not on purpose", W),
    ("they asked if i lost weight. i did, 5 kilos and i wasn't trying", W),
    ("they ask if i have a fever. what do i answer", F),
    ("the form asks if i have a fever, what do i answer?", F),
    ("they asked if i had a fever. yes 38.5 since yesterday", F),
    ("the website asks if i have a fever, i'm not sure", F),
    ("the chatbot asked if i had lost weight. not sure, maybe", W),
    ("you asked if i lost weight. yes about 7 kilos in two months and i don't know why", W),
    # en: a denial, the sign told after it; the short "no" elsewhere; on purpose denied
    ("i don't have that, but my bum is numb since yesterday", S),
    ("no. i can't feel my bum when i wipe", S),
    ("i wet myself last night. no. i don't know why", B),
    ("numb between my legs since yesterday. no, i don't have a fever", S),
    ("i have a fever of 39. no i dont have other symptoms", F),
    ("i have lost 8 kilos without trying. is it serious? no idea", W),
    ("i lost 10 kilos on purpose, but then another 5 kilos and i don't know why", W),
    ("i lost weight on purpose last year but now 5 kilos more without trying", W),
    ("i lost 8 kilos and not on purpose", W),
    ("i'm not dieting on purpose but lost 8 kilos", W),
    ("lost 7 kilos, wasn't on purpose", W),
    ("i lost 6 kilos, i didn't do it on purpose", W),
    # nl
    ("ze vragen of ik afgevallen ben. ja, 6 kilo zonder reden", W),
    ("ze vragen of ik afgevallen ben. ja, 5 kilo en ik weet niet waarom", W),
    ("ze vragen of ik koorts heb, wat moet ik invullen?", F),
    ("ze vragen of ik koorts heb. ja, 39 graden", F),
    ("je vroeg of ik afgevallen was. ik weet het niet zeker", W),
    ("het formulier vraagt of ik afgevallen ben. weet ik niet zeker", W),
    ("de folder noemt zadelanesthesie, dat heb ik denk ik", S),
    ("ik denk dat ik zadelanesthesie heb", S),
    ("ik ben 6 kilo afgevallen, niet bewust", W),
    ("ik ben 6 kilo afgevallen en niet met opzet", W),
    # fr
    ("ils demandent si j'ai de la fièvre. oui, 39 depuis hier", F),
    ("ils demandent si j'ai de la fièvre. je sais pas trop", F),
    ("tu m'as demandé si j'avais maigri. oui, 7 kilos sans raison", W),
    ("le formulaire demande si j'ai perdu du poids. oui, 6 kilos sans faire exprès", W),
    ("le formulaire demande si j'ai perdu du poids, je mets quoi ?", W),
    ("je crois que j'ai une anesthésie en selle", S),
    ("la brochure parle d'anesthésie en selle et j'ai ça", S),
    ("non. mais j'ai les fesses engourdies", S),
    ("non. j'ai perdu 7 kilos sans raison", W),
    ("j'ai perdu 6 kilos, pas exprès", W),
    ("j'ai perdu 6 kilos sans le vouloir", W),
    ("j'ai perdu 6 kilos mais ce n'était pas voulu", W),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
