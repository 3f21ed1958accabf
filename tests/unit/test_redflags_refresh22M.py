"""Session 22, after refresh 18 was re-read: a carer writing for a relative, told with the object pronoun in French
("je vous écris de la part de mon frère") and with reflexive or possessive pronouns after it ("he wet himself", "she
wet herself", "il a sali son pantalon"): the relative is the patient, so the sign is read. Other phrasings than the
blind message; a relative told of with no carer's opening, a child, and a relative's relative stay someone else's."""
from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

BLADDER = {"bladder_bowel": True}

CHANGED = [
    ("je vous écris pour mon père : ce matin il a souillé son slip sans rien sentir", BLADDER),
    ("je t'écris pour mon mari, il a mouillé son caleçon et il a rien senti", BLADDER),
    ("I am writing on behalf of my brother. he wet himself and did not feel it", BLADDER),
    ("messaging on behalf of my dad, he messed himself on the sofa and had no idea", BLADDER),
    ("writing for my nan, she soiled herself and didnt even realise", BLADDER),
    ("je vous écris de la part de mon fils, il a mouillé son pantalon au boulot sans même s'en rendre compte", BLADDER),
]
KEPT = [
    # read already: the carer's opening without an object pronoun, a pronoun the packs knew, or in Dutch
    ("je vous écris pour mon grand-père, il a fait pipi dans son pantalon sans s'en apercevoir", BLADDER),
    ("je vous écris de la part de ma mère, elle a mouillé son lit sans s'en rendre compte", BLADDER),
    ("writing for my mum. she wet herself in the chair and didnt notice", BLADDER),
    ("je vous écris de la part de mon oncle, il a des fourmis dans les deux jambes", {"both_legs": True, "leg_numbness": True}),
    ("ik schrijf voor mijn broer. hij heeft in zijn broek geplast zonder het te merken", BLADDER),
    ("my dad wet himself and didnt notice", BLADDER),
    ("j'ai sali mon pantalon sans le sentir", BLADDER),
    # someone else's: a small child, a relative's relative, a relative with only back pain
    ("my son wet himself at school, he is 4", {}),
    ("je vous ecris pour mon mari. son frere a eu un cancer du poumon", {}),
    ("writing for my wife. her sister had breast cancer", {}),
    ("je vous écris de la part de mon frère, il a mal au dos depuis lundi", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
