"""Session 32, round AR: a carer's answer about the person the check is about, told with a bare pronoun ("she has a fever",
"he never had cancer", "hij is erg vermagerd", "il ne sent rien autour de l'anus"), was asked again (None) or read as
someone else's; "she has no feeling down there" was even read as a no.

Changed (the answers packs' THIRD_PERSON, THIRD_PERSON_BEFORE, THIRD_PERSON_SUBJECT, THIRD_PERSON_OTHERS, THIRD_PERSON_GONE,
THIRD_PERSON_CLITICS, THIRD_PERSON_VERBS, THIRD_PERSON_VERB_ENDINGS, new in en, nl, fr; bot/reading/answers.py _as_own, _safer,
parse_answer): with a third-person pronoun as the subject (en he/she/they, nl hij/zij/ze/die, fr il/elle) and no writer,
relative (RELATIVE, the red-flag packs' FAMILY) or other person (THIRD_PERSON_OTHERS) named, and that person not told dead, the
answer is read a second time with the pronouns and their verbs put in the first person ("i have a fever"); of the two readings
the safe one is kept (a sign over a no; after a plain "no" the two disagreeing are asked again). Kept: a named relative's sign,
a "he" of a relative named ("my brother had cancer, he died of it"), weight lost on purpose, the pronoun's person dead, a
plain no, the readings already right. The red-flag reader is unchanged."""

from datetime import date

from bot.reading.answers import parse_answer
from tests.support.reading_round import reading_round

TODAY = date(2026, 12, 1)


def read(case):
    slot, text = case  # each case a (slot, answer) pair
    return parse_answer(slot, text, TODAY)


CHANGED = [
    # en
    (("fever", "he has been running a temperature"), True),
    (("fever", "he hasn't had a temperature at all"), False),
    (("fever", "she doesnt have a temperature"), False),
    (("fever", "he hasn't had any fever"), False),
    (("cancer_history", "she was treated for bowel cancer in 2015"), True),
    (("cancer_history", "she's had chemo for lymphoma"), True),
    (("cancer_history", "he had skin cancer removed years ago"), True),
    (("cancer_history", "he has never had any cancer"), False),
    (("weight_loss", "she hasn't lost any weight"), False),
    (("weight_loss", "she's not lost any weight"), False),
    (("saddle_numbness", "he can't feel anything around his bottom"), True),
    (("saddle_numbness", "she has no feeling down there"), True),
    (("bladder_bowel", "he hasn't been able to pee since yesterday"), True),
    # nl
    (("fever", "hij heeft geen verhoging gehad"), False),
    (("cancer_history", "hij is nooit behandeld voor kanker"), False),
    (("weight_loss", "hij is erg vermagerd de laatste tijd"), True),
    (("saddle_numbness", "ze voelt niks meer rond haar zitvlak"), True),
    (("saddle_numbness", "ze voelt haar billen niet meer"), True),
    (("bladder_bowel", "hij heeft al een dag niet geplast"), True),
    (("bladder_bowel", "hij plast in zijn broek"), True),
    (("bladder_bowel", "ze voelt niet meer wanneer ze moet plassen"), True),
    (("night_pain", "hij slaapt slecht door de pijn"), True),
    # fr
    (("saddle_numbness", "elle ne sent plus ses fesses"), True),
    (("saddle_numbness", "il ne sent rien autour de l'anus"), True),
    (("bladder_bowel", "il n'arrive plus à faire pipi"), True),
    (("bladder_bowel", "il fait pipi sur lui"), True),
    (("night_pain", "elle dort bien"), False),
    # a plain no, then the other's sign: asked again, no longer a no
    (("cancer_history", "no but she had cancer"), None),
]

KEPT = [
    # read right before: the pronoun's own sign or denial
    (("fever", "yes she's been burning up since last night"), True),
    (("fever", "no, she's not had any fever"), False),
    (("cancer_history", "no he has never been diagnosed with cancer"), False),
    (("weight_loss", "she's dropped a lot of weight without trying"), True),
    (("night_pain", "she wakes up every night from the pain"), True),
    (("night_pain", "no, he sleeps through the night"), False),
    (("osteoporosis_or_steroids", "he's been on prednisolone for years"), True),
    (("osteoporosis_or_steroids", "no she doesn't take steroids"), False),
    (("leg_numbness", "no numbness in his legs"), False),
    (("fever", "nee, ze heeft geen koorts"), False),
    (("cancer_history", "zij heeft chemo gehad voor lymfeklierkanker"), True),
    (("osteoporosis_or_steroids", "hij slikt al jaren prednison"), True),
    (("fever", "non elle n'a pas de fièvre"), False),
    (("cancer_history", "il n'a jamais eu de cancer"), False),
    (("weight_loss", "il a beaucoup maigri ces derniers mois"), True),
    # weight lost on purpose stays a no
    (("weight_loss", "she lost weight on her diet"), False),
    (("weight_loss", "she's been on a diet and lost 5 kg"), False),
    (("weight_loss", "ze is afgevallen door haar dieet"), False),
    (("weight_loss", "hij is expres afgevallen"), False),
    (("weight_loss", "elle a maigri grâce à son régime"), False),
    # a relative named, or the pronoun's person dead: not the patient's
    (("cancer_history", "my mum had breast cancer"), None),
    (("cancer_history", "my brother had cancer, he died of it"), None),
    (("cancer_history", "she died of breast cancer"), None),
    (("cancer_history", "she had breast cancer, i never had it"), False),
    (("cancer_history", "mijn vader heeft kanker gehad, ik niet"), False),
    (("cancer_history", "mijn broer had kanker, hij is eraan overleden"), None),
    (("cancer_history", "hij is aan kanker overleden"), None),
    (("cancer_history", "mon frère a eu un cancer, il en est mort"), None),
    (("cancer_history", "ma mère a eu un cancer du sein"), None),
    # another person the pronoun may stand for, "they" of the doctors
    (("cancer_history", "they said it wasn't cancer"), False),
    (("fever", "she said it's nothing serious"), None),
    # the impersonal "il" is nobody
    (("onset", "il y a deux semaines, petit à petit"), "gradual"),
    (("fever", "il fait froid et elle a pas de fièvre"), False),
    # onset and legs with a pronoun: read right before
    (("onset", "she slipped in the shower"), "trauma"),
    (("onset", "ze is uitgegleden op het ijs"), "trauma"),
    (("onset", "elle est tombée dans les escaliers"), "trauma"),
    (("onset", "he lifted a heavy box"), "sudden_movement"),
    (("leg_pain", "her pain goes all the way to her foot"), "below_knee"),
    (("leg_pain", "he has no pain in his legs"), "none"),
    (("leg_weakness", "his leg keeps giving way and it's getting worse"), "worsening"),
]

test_changed, test_kept = reading_round(read, CHANGED, KEPT)
