"""Session 43, lead (issue 12): after the writer names themself the patient's relative ("c'est la petite-fille de Mme
Claes qui écrit", "hier schrijft de kleindochter van mevrouw Claes", "this is Mrs Claes's granddaughter writing"), the
patient named by the kin word that role answers to ("Bobonne a glissé", "oma is gevallen", "gran slipped").

The role opening made "she" and "her" the patient's, but a kin word as the subject ("bobonne", "oma", "gran") is one of the
family words, so the sign was read as another relative's: a missed fall. Changed: the packs' ROLE_KIN (the role's words,
the patient's kin words, a title or "his"/"her" keeping to one side) and KIN_OWNED_AFTER, read by the engine's
_role_kin_as_patient. Kept: another relative in the same message ("I'm Mr Evans' daughter. Mum's sister had cancer",
"je suis la fille de M. Dubois. Maman a eu un cancer": the patient is the father), the kin word owning someone else
("oma haar zus had kanker"), and openings that name no role.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

T = {"onset": "trauma"}
C = {"cancer_history": True}
CHANGED = [
    ("bonsoir, c'est la petite-fille de madame Peeters qui écrit. Bobonne a raté une marche à la cave et elle est tombée", T),
    ("ici le petit-fils de M. Lambert. Papy est tombé de son vélo dimanche, depuis il a mal aux reins", T),
    ("je suis la fille de monsieur Renard. Papa est tombé dans l'escalier hier soir", T),
    ("je suis la fille de monsieur Renard . papa a eu un cancer de la prostate il y a 6 ans", C),
    ("hier schrijft de kleindochter van mevrouw Wouters. Bomma is vannacht uit haar bed gevallen", T),
    ("dag, de kleinzoon van meneer Jacobs hier. Opa is van de ladder gevallen bij het snoeien", T),
    ("ik ben de zoon van meneer Jacobs. Pa heeft vroeger darmkanker gehad en nu die rugpijn", C),
    ("hi, this is mrs Walsh's grandson writing. Nan slipped getting out of the shower and landed on her bottom", T),
    ("hello im mr Okafor's daughter. Dad fell off a chair changing a bulb on friday", T),
    ("im her husband. wife fell down the last few stairs this morning", T),
]
KEPT = [
    ("hi, im mr Okafor's daughter. Mum's sister had breast cancer, dad just has back ache", {}),
    ("je suis la fille de monsieur Renard. Maman a eu un cancer du sein, papa a mal au dos depuis lundi", {}),
    ("ik ben de dochter van meneer Maes. Mama heeft borstkanker gehad, papa heeft rugpijn van het tuinieren", {}),
    ("ik ben de kleindochter van mevrouw Claes. Oma haar zus had kanker, oma zelf heeft rugpijn", {}),
    ("hi, im mr Okafor's grandson. my dad had cancer, grandad has back pain after gardening", {}),
    ("writing for my nan, she slipped in the bath and fell on her back", T),
    ("my gran fell last week but my own back is just stiff from lifting her", {}),
    ("ma mamie est tombée l'an passé, moi j'ai mal au dos depuis le déménagement", {}),
    ("mijn oma is vorig jaar gevallen, ik heb zelf rugpijn van het verhuizen", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
