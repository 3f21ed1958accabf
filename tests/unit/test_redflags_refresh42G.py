"""Session 42, round G (issue 12): a question's words quoted, with the person's answer after.

False alarm: the words of a question quoted, from a form or from the assistant, then the person's answer: "the form says
'any history of cancer?' never had it", "in de lijst staat 'koorts gehad?' nee hoor", "vous demandez 'perte de poids' : non
jamais". The quoted words were read as the person's own sign. Changed: bot/reading/redflags.py _quoted_questions_out (in
_find_red_flags, on the raw text, since the normaliser drops the quotes) reading the packs' new QUOTE_ASKED_BEFORE ("asks",
"the question", "er staat", "vraagt ge", "vous demandez", "la question"...), QUOTE_ASKED_AFTER ("the 'cancer' question",
"de 'kanker' vraag"), QUOTE_ANSWER_YES and QUOTE_ANSWER_NO: a quote so named is read as a plain word when the first clause of
the answer after it denies or names a relative (godfather, cousin, peter, meter, neef, schoonvader, parrain, marraine,
cousine, beau-pere...), and nothing outside the quotes says yes or "me too".

Kept: the sign told plainly; a quoted sign then told as had ("yes, the 'cancer' question: i had breast cancer myself", "i
had it in 2015"); a quoted question with a "yes" or no answer at all (the safe side); a relative's sign told without quotes.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

C = {"cancer_history": True}
F = {"fever": True}
W = {"weight_loss": True}
CHANGED = [
    ("the form asks 'any history of cancer?' never had it, my cousin did", {}),
    ("your question 'have you ever had cancer'. no, that was my godmother", {}),
    ("you asked 'cancer in the past?' not me, it was my stepdad", {}),
    ("in de vragenlijst staat 'kanker gehad?' nooit, alleen mijn peter", {}),
    ("ge vraagt 'koorts gehad?' nee hoor", {}),
    ("er staat 'ooit kanker gehad' maar ik niet, mijn schoonvader wel", {}),
    ("je vraagt 'vermagerd zonder reden?' nee, helemaal niet", {}),
    ("op het formulier staat 'kanker in de voorgeschiedenis'. nee, dat was mijn neef", {}),
    ("de vraag 'heeft u kanker gehad' nooit gehad, mijn nicht wel", {}),
    ("vous demandez 'antécédent de cancer' : non jamais, c'était mon parrain", {}),
    ("dans le questionnaire la question 'cancer ?' non, c'est ma marraine qui en a eu un", {}),
    ("vous demandez 'fièvre ces derniers jours' : non pas du tout", {}),
    ("tu demandes 'perte de poids inexpliquée' : non rien", {}),
    ("le formulaire demande 'antécédents de cancer'. pas moi, mon beau-père", {}),
]
KEPT = [
    ("la question 'avez-vous eu un cancer' : jamais, ma cousine oui", {}),
    ("the question was 'history of cancer' - never, only my godfather", {}),
    ("the sheet says 'unexplained weight loss'. no, nothing like that", {}),
    ("the app asks 'have you had a fever'. no i haven't", {}),
    ("i had breast cancer five years ago", C),
    ("yes, the 'cancer' question: i had breast cancer myself", C),
    ("your form asks 'history of cancer'. i had it in 2015", C),
    ("the form asks 'history of cancer'. yes", C),
    ("my godfather had cancer", {}),
    ("ik heb kanker gehad in 2019", C),
    ("er staat 'kanker gehad?' ja, borstkanker", C),
    ("in de vragenlijst staat 'kanker gehad?' ik heb darmkanker gehad", C),
    ("mijn meter had kanker", {}),
    ("j'ai eu un cancer du sein", C),
    ("vous demandez 'antécédent de cancer' : oui, moi", C),
    ("vous demandez 'cancer' : j'ai eu un cancer du côlon", C),
    ("mon parrain a eu un cancer", {}),
    ("i have a fever of 38.5", F),
    ("ik ben 6 kilo vermagerd zonder reden", W),
]
test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
