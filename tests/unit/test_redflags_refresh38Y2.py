"""Session 38, round Y2 (issue 12): the fever told back, and a past fever or flu told over, at the fever question.

1. A temperature told as back, up again, climbing again ("my temperature is up again since last night", "mijn temperatuur is
   weer gestegen", "ma temperature est remontee hier soir") was no fever: only "a temperature", never "the temperature" back,
   counted. Changed: the packs' FEVER_PATTERNS (en, nl, fr: the temperature word, then back, up again, "weer gestegen",
   "remonte", "revenue"; not "back to normal", "terug normaal", "revenue a la normale", "ne remonte pas"). At the fever
   question, the fever told by its pronoun only ("its up again", "ze is terug sinds gisteren", "elle remonte depuis hier") is
   a yes: the answer packs' CONTEXT_FEVER (bot/reading/answers.py _CONTEXT_TRUE; the red-flag reader does not know the "it").
2. A no, then a flu or a fever told in the past with its time ago and well now or closed ("fine now", "all good now", "lasted
   a week", "nu niks meer", "nu is alles goed", "duurde vier dagen", "ca va maintenant", "plus rien maintenant", "ca a dure
   quatre jours") was read as a fever, by the red-flag reader and so by the answer.
3. A past fever over after the time it took ("cleared after a week", "gone in four days", "all over in four days", "na vier
   dagen weg", "binnen de week weg", "was na drie dagen verdwenen", "finie au bout de cinq jours", "fini depuis", "partie en
   quatre jours") was read as a fever.
Changed for 2 and 3: the packs' FEVER_GONE_NOW (en, nl, fr), read by bot/reading/redflags.py _resolved_after as before: only
with a past cue in the fever's clause (PAST_CUES), not a fever of the last day (FEVER_RECENT), not when it came back after.

Kept: a fever now ("still 38.5", "the flu last week and i still have 38.5"), "no fever until yesterday", "fever gone but
chills now", a fever over that came back, over "not yet" or told negated ("not gone after a week", "na een week nog niet
weg", "pas finie au bout d'une semaine"), a fever still lasting ("has lasted 5 days so far", "duurt nu al vier dagen"), a
temperature back to normal ("came back normal", "terug normaal", "revenue a la normale", "la temperature ne remonte pas").
"""
from datetime import date

from bot.reading.answers import extract_answers
from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

TODAY = date(2026, 12, 1)


def fever_answer(text: str):
    result = extract_answers(text, "fever", TODAY)
    return result.get("fever"), find_red_flags(text).get("fever")


NO = (False, None)
YES = (True, True)
ASKED_YES = (True, None)  # a yes to the fever question; the red-flag reader alone cannot tell whose "it"
CHANGED = [
    # en: the temperature back
    ("my temperature is up again since last night", YES),
    ("my temp has gone up again", YES),
    ("my temperature had settled but it's climbing again", YES),
    ("the temperature went away but it came back this morning", YES),
    ("its up again since last night", ASKED_YES),
    ("it's been creeping up again", ASKED_YES),
    # en: a no, a past flu, well now or closed
    ("no, had the flu last month, fine now", NO),
    ("no, caught the flu about five weeks ago, all good now", NO),
    ("no, flu two months ago, lasted a week", NO),
    ("no, i had flu a month back, it lasted four days", NO),
    ("nope, the flu three weeks ago, i'm okay now", NO),
    # en: over after a while
    ("i had a fever last month, it cleared after a week", NO),
    ("had a fever three weeks ago, gone in four days", NO),
    ("had a temperature a month ago, it was all over in four days", NO),
    ("had a fever last month, it went after five days", NO),
    # nl: de temperatuur terug
    ("mijn temperatuur is weer gestegen", YES),
    ("de temperatuur loopt terug op sinds vanmorgen", YES),
    ("ze is terug sinds gisteren", ASKED_YES),
    ("ze stijgt weer sinds vanmorgen", ASKED_YES),
    ("het loopt terug op sinds gisteren", ASKED_YES),
    # nl: nee, vroeger griep, nu goed of afgesloten
    ("nee, vorige maand griep gehad, nu niks meer", NO),
    ("nee, vijf weken geleden de griep gehad, nu gaat het weer", NO),
    ("nee, een maand geleden griep, duurde vier dagen", NO),
    ("nee, griep gehad twee maand geleden, nu is alles goed", NO),
    ("nee, vorige maand de griep, nu ben ik weer in orde", NO),
    # nl: na een tijd weg
    ("ik had koorts vorige maand, na vier dagen weg", NO),
    ("koorts gehad drie weken geleden, binnen de week weg", NO),
    ("koorts gehad vorige maand, was na drie dagen verdwenen", NO),
    # fr: la temperature revenue
    ("la température remonte depuis hier", YES),
    ("ma température est remontée hier soir", YES),
    ("elle remonte depuis hier", ASKED_YES),
    ("elle est revenue ce matin", ASKED_YES),
    ("ça remonte depuis cette nuit", ASKED_YES),
    # fr: non, une grippe passee, bien maintenant ou finie
    ("non, la grippe le mois dernier, ça va maintenant", NO),
    ("non, j'ai eu la grippe il y a cinq semaines, ça a duré quatre jours", NO),
    ("non, grippe il y a deux mois, plus rien maintenant", NO),
    ("non, j'ai eu la grippe il y a un mois, maintenant ça va bien", NO),
    ("non, une grippe il y a trois semaines, tout va bien maintenant", NO),
    # fr: finie au bout d'un temps
    ("j'ai eu de la fièvre il y a un mois, finie au bout de cinq jours", NO),
    ("j'ai eu de la fièvre le mois dernier, fini depuis", NO),
    ("la fièvre le mois dernier, partie au bout de trois jours", NO),
]
KEPT = [
    # a fever now, or back
    ("the flu last week and i still have 38.5", YES),
    ("had the flu last week, fine now but still 38.5", YES),
    ("fever gone but chills now", YES),
    ("no fever until yesterday", YES),
    ("i had a fever last month, it cleared after a week, but it came back yesterday", YES),
    ("had the flu last week, fine now but the fever came back this morning", YES),
    ("had the flu yesterday, fine now", YES),
    ("had a fever last night, all good now", YES),
    ("de koorts is terug sinds gisteren", YES),
    ("ik heb opnieuw koorts sinds gisteren", YES),
    ("la fièvre est revenue hier", YES),
    ("non, j'ai eu la grippe le mois dernier, ça va maintenant mais la fièvre est revenue hier", YES),
    # over not yet, or still lasting
    ("i had a fever last week, not gone after a week", YES),
    ("had a fever for a week, it has lasted 5 days so far", YES),
    ("nee, koorts gehad vorige maand, na een week nog niet weg", YES),
    ("ik had vorige week koorts, duurt nu al vier dagen", YES),
    ("j'ai eu de la fièvre il y a un mois, pas finie au bout d'une semaine", YES),
    # a temperature back to normal, or not up
    ("my temperature came back normal", NO),
    ("my temperature is back to normal", NO),
    ("the temperature is back down to 36.8", NO),
    ("de temperatuur is terug normaal", NO),
    ("ze is terug normaal", NO),
    ("ma température est revenue à la normale", NO),
    ("non, elle remonte pas", NO),
    ("non, elle est revenue à la normale", NO),
    ("la température ne remonte pas", (None, None)),
    ("de temperatuur is weer gezakt", (None, None)),
]
test_changed, test_kept = reading_round(fever_answer, CHANGED, KEPT)
