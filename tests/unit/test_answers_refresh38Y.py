"""Session 38, round Y (issue 12): the answer to the fever question told as a past illness with a fever, over after a while
and well since.

1. A fever over, told in Dutch with the time it took and then "over" ("dat was na een paar dagen over", "na vier dagen was het
   over", Flemish "da was na ne week gedaan", "al lang achter de rug") or with "sindsdien voel ik me prima", was read as a fever
   by the red-flag reader, and so by the answer (a false alarm). English and French read the "over" forms already; "fine
   since" ("ive been fine since", "depuis je vais bien") was missed in them too. Changed: the nl pack's RESOLVED (the stretch
   then over, in either order; "al lang achter de rug") and FEVER_GONE_NOW (well "sindsdien"), en and fr FEVER_GONE_NOW (well
   since), read by bot/reading/redflags.py _resolved_after as before (FEVER_GONE_NOW only after a fever told in the past).
2. The past time of another illness, a fever, an infection, a cold, an operation ("had the flu six weeks ago", "zes weken
   geleden griep", "il y a six semaines", "last month") was read as the back's duration, and so was the span of that illness
   told after it in the same sentence ("over after a week"). Changed: bot/reading/answers.py _pain_duration (with 37W's weight
   span, one loop: _told_of, _illness_ago, _started_with) reading the packs' new DURATION_ILLNESS, DURATION_AGO_AFTER,
   DURATION_AGO_BEFORE, DURATION_AGO_IN and DURATION_SAME_START.

Kept: a fever now or come back, a fever "since 3 days" (no past point: its duration read as before), the pain's own duration
told in the same answer, the pain told starting with the illness ("the back pain started with it", "my back has hurt since i
had the flu six weeks ago": that time is the pain's), a fever over "not yet", "not fine since".
"""
from datetime import date

from bot.reading.answers import extract_answers
from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

TODAY = date(2026, 12, 1)


def fever_answer(text: str):
    result = extract_answers(text, "fever", TODAY)
    return result.get("fever"), result.get("duration_days"), find_red_flags(text).get("fever")


NO = (False, None, None)
CHANGED = [
    # en: the past time of another illness, well since
    ("no, had the flu with a fever a month ago but it was over within a few days", NO),
    ("no, had a chest infection with a temperature about five weeks ago, but that was over after a week", NO),
    ("not now, had covid with a fever two months ago, it was all over in a few days", NO),
    ("no, had a bad cold with a temperature three weeks back, that was over after a few days", NO),
    ("no, had the flu with a fever a month ago and i've been fine since", NO),
    ("no, caught the flu with a high temp last month, felt fine ever since", NO),
    ("no, had a fever with a virus seven weeks ago, been absolutely fine since", NO),
    ("nope, had tonsillitis with a fever about two months ago, it was over in a week", NO),
    ("no, had the flu with a fever 6 weeks ago but that was over after a week, my back has hurt for 2 weeks", (False, 14, None)),
    # nl: over na een tijd, sindsdien goed, Vlaams
    ("nee, een maand geleden griep gehad met koorts, dat was na een paar dagen over", NO),
    ("nee, vorige maand koorts gehad maar na vier dagen was het over", NO),
    ("nee, koorts gehad drie weken terug, da was na ne week gedaan", NO),
    ("nee, had griep met koorts een maand geleden, al lang achter de rug", NO),
    ("nee, had griep met koorts een maand geleden, sindsdien voel ik me prima", NO),
    ("nee, had vijf weken geleden een griepje met koorts, sindsdien gaat het goed", NO),
    ("nee, koorts gehad met corona twee maanden geleden, sedertdien ben ik in orde", NO),
    ("nee hoor, ik had koorts vijf weken geleden, maar die was binnen een week over", NO),
    ("nu nie, had vorige maand een griepje met koorts, da was op een week over", NO),
    ("nee, zeven weken geleden koorts met de griep, na drie dagen was t voorbij", NO),
    ("nee, ik had een longontsteking met koorts een maand geleden, ik voel me sindsdien goed", NO),
    ("nee, zes weken geleden griep gehad maar dat was na een week over, de rug doet al twee weken pijn", (False, 14, None)),
    # fr: le temps passe d'une autre maladie, bien depuis
    ("non, j'ai eu la grippe avec de la fièvre il y a un mois, c'était fini en quelques jours", NO),
    ("non, j'ai eu de la fièvre il y a un mois, depuis je vais bien", NO),
    ("non, j'avais de la fièvre avec une angine il y a cinq semaines, depuis je suis en forme", NO),
    ("non, j'ai eu la grippe avec fièvre le mois dernier, je me sens très bien depuis", NO),
    ("non, j'ai eu le covid avec de la fièvre il y a deux mois, c'est passé en une semaine", NO),
    ("pas maintenant, une bronchite avec fièvre il y a trois semaines, c'était fini au bout de cinq jours", NO),
    ("non, j'ai eu une infection avec de la fièvre il y a sept semaines, ça va bien depuis", NO),
    ("non, j'ai eu un rhume avec de la fièvre il y a un mois, depuis ça va", NO),
    ("non, la grippe il y a six semaines, c'était fini en une semaine, et j'ai mal au dos depuis dix jours", (False, 10, None)),
    # a fever now or come back: the flag kept, the past point no duration of the pain
    ("had the flu a month ago, the fever went but it came back yesterday", (True, None, True)),
    ("nee, koorts gehad vorige maand, was na een week nog niet over en nu nog steeds", (True, None, True)),
    ("had koorts een maand geleden, na een week was het over maar gisteren kwam het terug", (True, None, True)),
    ("i had a fever a month ago and i haven't been fine since", (True, None, True)),
]
KEPT = [
    # a fever now or come back
    ("yes, fever since 3 days", (True, 3, True)),
    ("the fever had gone but it came back yesterday", (True, 1, True)),
    ("de koorts was weg maar ze is gisteren teruggekomen", (True, 1, True)),
    ("koorts sinds 3 dagen", (True, 3, True)),
    ("ja, koorts sinds gisteren", (True, 1, True)),
    ("oui, de la fièvre depuis 2 jours", (True, 2, True)),
    ("non, j'ai de la fièvre, depuis je vais pas bien", (True, None, True)),
    # the pain's own time
    ("my back has hurt for six weeks, no fever", (False, 42, None)),
    ("nee, geen koorts, de rug doet al zes weken pijn", (False, 42, None)),
    ("non, pas de fièvre, j'ai mal au dos depuis six semaines", (False, 42, None)),
    # the pain told starting with the illness
    ("had the flu six weeks ago and the back pain started with it", (True, 42, True)),
    ("my back has hurt since i had the flu six weeks ago", (True, 42, True)),
    ("zes weken geleden griep en de rugpijn begon toen ook", (True, 42, True)),
    ("j'ai eu la grippe il y a six semaines et le mal de dos a commencé avec", (True, 42, True)),
    # a plain no
    ("no", (False, None, None)),
    ("nee, geen koorts", (False, None, None)),
]
test_changed, test_kept = reading_round(fever_answer, CHANGED, KEPT)
