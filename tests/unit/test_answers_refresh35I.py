"""Session 35, round I (issue 12): a yes/no answer that says no, tells a past episode of the sign and denies it now.

Asked a red-flag question (fever, weight loss, night pain, bladder and bowel, saddle numbness), the patient says no, tells
when they did have the sign (last year, in March, years ago, when they had covid or the flu) and denies it now ("but nothing
now", "nu niet meer", "mais plus maintenant", "pas de fievre"): parse_answer read the past episode as the sign (True), and a
patient with no red flag was sent to a doctor today.

Changed: bot/reading/answers.py _past_denied, asked in _parse_bool before the sign's words: for those five slots, an answer
with a past time told (the packs' new PAST_EPISODE: en "last year", "ago", "in march", "when i had"; nl "vorig jaar",
"geleden", "in maart", "toen ik"; fr "le annee passee", "il y a deux ans", "en mars", "quand j ai eu"), the clauses that tell
that time set aside (split at a stop or comma and the packs' PAST_DENIED_BUT), and the rest denying the sign now (the packs'
NOW_DENIED: "not now", "nothing now", "nu niks", "niet meer", "plus maintenant", "la rien"; or the sign itself negated after
an opening no: "non ... pas de fievre") is read as no.

Kept (safety first): the sign told now in a clause of its own, or come back (the packs' STILL_NOW: "came back", "today",
"nog steeds", "encore", "hier"): True; "not sure" and a doubt: True; a past episode with no denial ("I had a fever with covid
last year"): today's reading; "yes" answers; a no with no past episode.
"""

from bot.reading.answers import parse_answer
from tests.support.reading_round import reading_round


def read(case):
    slot, text = case.split(" | ", 1)
    return parse_answer(slot, text)


CHANGED = [
    # en
    ("fever | no, I ran a temperature with the flu last winter but nothing now", False),
    ("fever | nope. had a fever when I had covid two years ago, not now though", False),
    ("fever | no, had a high temperature back in march with a chest infection, none now", False),
    ("fever | no, I got a fever in january with the flu, not at the moment", False),
    ("weight_loss | no, I dropped some weight last year when I was ill, but not now", False),
    ("weight_loss | nope, lost a few kilos years ago after the operation, nothing like that now", False),
    ("night_pain | no, the pain woke me at night in march, but not anymore", False),
    ("night_pain | no, years ago it used to wake me up at night, not these days", False),
    ("bladder_bowel | no, I had trouble peeing years ago after surgery, nothing now", False),
    ("saddle_numbness | no, I was numb down there after the birth years ago, but not now", False),
    # nl (Flemish too)
    ("fever | nee, ik had koorts toen ik vorig jaar de griep had, maar nu niks", False),
    ("fever | neen, ik heb koorts gehad in februari, nu nie meer", False),
    ("fever | nee, jaren geleden eens hoge koorts gehad, nu helemaal niks", False),
    ("fever | nee hoor, toen ik corona had was ik koortsig, nu niet", False),
    ("weight_loss | nee, vorig jaar ben ik wat afgevallen door de griep, nu niet meer", False),
    ("weight_loss | neen, ik ben twee jaar geleden vermagerd na de operatie, nu niks meer", False),
    ("night_pain | nee, vorige winter werd ik 's nachts wakker van de pijn, nu niet meer", False),
    ("bladder_bowel | nee, ik kon moeilijk plassen na de bevalling jaren geleden, nu niks meer", False),
    ("saddle_numbness | nee, vroeger eens een doof gevoel in mijn zitvlak gehad, maar nu niet meer", False),
    # fr
    ("fever | non, j'ai eu de la fièvre avec la grippe l'hiver dernier, mais rien maintenant", False),
    ("fever | non. de la fièvre quand j'ai eu le covid il y a deux ans, mais pas en ce moment", False),
    ("fever | non, j'ai fait une grosse fièvre en mars, là plus rien, pas de fièvre", False),
    ("weight_loss | non, j'ai perdu du poids l'an passé avec le covid, mais plus maintenant", False),
    ("weight_loss | non, il y a trois ans j'ai maigri après l'opération, plus rien depuis", False),
    ("bladder_bowel | non, j'ai eu du mal à uriner après l'accouchement il y a des années, plus rien maintenant", False),
    ("fever | non, j'avais de la température il y a six mois avec une bronchite, mais là rien du tout", False),
    ("fever | non merci, j'ai eu la grippe avec de la fièvre en novembre, plus rien depuis", False),
    ("bladder_bowel | non, j'ai eu une infection urinaire en mai, plus rien maintenant", False),
    ("saddle_numbness | non, quand j'ai eu ma sciatique il y a cinq ans j'étais engourdi aux fesses, plus maintenant", False),
]

KEPT = [
    # the sign now, come back, or in a clause of its own
    ("fever | unsure, I had a fever last week and it came back today", True),
    ("fever | no idea, had a temperature last year and I have one again now", True),
    ("fever | no, I had a fever last year but I still get a temperature every evening", True),
    ("fever | nee, vorig jaar koorts gehad en nu weer 38,5", True),
    ("fever | nee, vorige week koorts gehad, gisteren nog 39", True),
    ("fever | non, de la fièvre l'an dernier, et encore un peu de fièvre maintenant", True),
    ("fever | non, j'ai eu de la fièvre il y a deux ans mais depuis hier j'ai 38", True),
    ("weight_loss | no, I lost weight last year, and now I am losing weight again without trying", None),
    ("night_pain | nee, vorig jaar niet, maar nu word ik elke nacht wakker van de pijn", True),
    # doubt: the safe side
    ("fever | not sure", True),
    ("fever | je ne sais pas, j'ai eu de la fièvre l'an passé", True),
    ("fever | weet ik niet, vorig jaar koorts gehad", True),
    # a past episode with no denial: today's reading
    ("fever | I had a fever with covid last year", True),
    ("fever | ik had vorig jaar koorts met corona", True),
    ("fever | j'ai eu de la fièvre avec le covid l'année passée", True),
    # yes answers
    ("fever | yes, since last week, not gone now", True),
    ("fever | ja, sinds vorige week, nog steeds", True),
    ("fever | oui, depuis la semaine dernière", True),
    # plain no, and a no told before this round
    ("fever | no", False),
    ("fever | nee, geen koorts", False),
    ("fever | non, pas de fièvre", False),
    ("fever | no fever now, I had one last year with covid", False),
    ("fever | nee. vorige winter koorts gehad met de griep, nu geen koorts meer", False),
    ("night_pain | non, il y a deux ans la douleur me reveillait la nuit, mais plus maintenant, c'est fini", False),
    ("night_pain | non, il y a deux ans la douleur me réveillait la nuit, mais plus maintenant", False),
    ("fever | non, de la température l'année dernière avec une angine, plus maintenant", False),
    ("night_pain | non, l'hiver dernier la douleur me réveillait la nuit, mais plus rien maintenant", False),
    # close neighbours: the sign denied in words that tell it ("not able to", "nu niet slapen", "pas dormir", "plus fort")
    ("night_pain | no, I slept fine last year but I am not sleeping now, the pain wakes me", True),
    ("night_pain | nee, vorig jaar sliep ik goed, nu kan ik niet slapen van de pijn", True),
]

test_changed, test_kept = reading_round(read, CHANGED, KEPT)
