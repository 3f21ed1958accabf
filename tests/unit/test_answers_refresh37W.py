"""Session 37W (issue 12): the answer to "are you losing weight without trying?" told as a yes with the amount, the time it
took and "not dieting". A diet denied a few words before ("i havent been on any diet", "ik doe echt niks aan lijnen", "je fais
rien comme regime") or right after ("ik lijn niet") was read as weight lost on purpose, so the yes became a no; and the time
the weight took ("lost 6 kg over the past 3 months", "5 kilo kwijt de laatste 2 maanden", "perdu 6 kilos en 3 mois") became
the pain's duration.

Changed: bot/reading/answers.py _weight_on_purpose (the packs' INTENT_NEG_BEFORE, up to three words before the intent word,
and INTENT_NEG_AFTER, right after it; a bare "no" stays out) and _mentioned's duration (_pain_duration: a duration whose
nearest weight word, the packs' DURATION_WEIGHT and, answering the weight question, WEIGHT_MENTION, comes with no pain word
between is the weight's span); the red-flag packs' UNINTENDED (nl "ik lijn niet", "niks aan lijnen"; fr "rien comme regime")
so that a story with these tells the flag too.
Kept: weight lost on purpose ("yes but I'm dieting", "ja, maar ik doe aan lijnen", "oui mais je fais un regime"), a plain no,
"not sure" (a yes), a "no" with a diet denied (asked again in English, a no in Dutch and French as before), the pain's own
duration in the same answer ("and the pain started 3 weeks ago").
"""
from datetime import date

from bot.reading.answers import extract_answers, read_story
from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

TODAY = date(2026, 12, 1)


def weight_answer(text: str):
    result = extract_answers(text, "weight_loss", TODAY)
    return result.get("weight_loss"), result.get("duration_days")


def story_weight(text: str):
    story = read_story(text, TODAY)
    return story.get("weight_loss"), story.get("duration_days"), find_red_flags(text).get("weight_loss")


CHANGED = [
    ('yes, dropped about 6 kg over the past 3 months and im not dieting', (True, None)),
    ('yeah, 5 kilos gone in the last 6 weeks, not on any diet', (True, None)),
    ('yes i have, lost 4 kg in 2 months without dieting, eating the same as ever', (True, None)),
    ("yes, about a stone in the last 3 months, I haven't been on a diet", (True, None)),
    ('yes, i havent been on any diet', (True, None)),
    ("yes, i've lost 8 pounds these past 5 weeks, no diet or anything", (True, None)),
    ("yes weirdly, 6 kilos in 4 months, and I'm not trying", (True, None)),
    ('yes, lost 10 kg in the last 3 months', (True, None)),
    ("yes, 6 kg in 3 months, I've been on a diet", (False, None)),
    ('yes, lost 6 kg since the summer and my back has hurt for 3 weeks', (True, 21)),
    ('ja, een kilo of 6 afgevallen in de afgelopen 3 maanden, ik doe echt niks aan lijnen', (True, None)),
    ('ja, ik doe niets aan de lijn en toch ben ik 4 kilo lichter', (True, None)),
    ('ja, ik lijn niet en toch gaat het eraf', (True, None)),
    ('ja best wel, 5 kilo kwijt de laatste 2 maanden', (True, None)),
    ('ja, al 8 kilo eraf in 3 maanden zonder dieet', (True, None)),
    ('jaja, 6 kilo minder op 2 maand tijd, ik eet gewoon zoals altijd', (True, None)),
    ('ja, ben ik 7 kilo afgevallen sinds 3 maanden, nie aan het lijnen', (True, None)),
    ('ja, in 6 weken 5 kilo verloren, geen dieet gevolgd', (True, None)),
    ('ja, ongeveer 4 kilo kwijt in 2 maanden, en de rug doet al 3 weken pijn', (True, 21)),
    ("oui, j'ai perdu 6 kilos en 3 mois sans régime", (True, None)),
    ("oui, 4 kilos de moins depuis 2 mois et je mange comme d'habitude", (True, None)),
    ("oui j'ai maigri de 7 kilos en 6 semaines, pas de régime", (True, None)),
    ("oui, j'ai perdu 5 kilos en 2 mois, pas de régime ni rien", (True, None)),
    ("oui, j'ai perdu 8 kg en 2 mois sans rien faire", (True, None)),
    ('ouais, 6 kilos partis en 4 mois, je suis pas au régime', (True, None)),
    ("oui, je fais rien comme régime et j'ai perdu 5 kilos", (True, None)),
    ("oui, perdu 5 kilos en 2 mois, et j'ai mal au dos depuis 3 semaines", (True, 21)),
]
KEPT = [
    ("yes but I'm dieting", (False, None)),
    ('lost 5 kg on purpose', (False, None)),
    ('no', (False, None)),
    ('no, not really', (False, None)),
    ('not sure', (True, None)),
    ('oui, perdu 5 kg ces 2 derniers mois, je fais aucun régime', (True, None)),
    ('oui, environ 5 kilos en moins sur les 3 derniers mois', (True, None)),
    ('yes, lost 6 kg, and the pain started 3 weeks ago', (True, 21)),
    ("no, and I'm not dieting", (None, None)),
    ('nee, en ik doe niks aan lijnen', (False, None)),
    ('non, et je fais pas de régime', (False, None)),
    ('yes, lost 6 kg, no idea why', (True, None)),
    ('ja, maar ik doe aan lijnen', (False, None)),
    ('ja, 5 kilo kwijt, maar ik ben aan het lijnen', (False, None)),
    ('nee', (False, None)),
    ('ja, zomaar 5 kilo kwijt', (True, None)),
    ('oui mais je fais un régime', (False, None)),
    ('oui, 5 kilos perdus, je suis au régime', (False, None)),
    ('non', (False, None)),
    ('oui, perdu 5 kilos sans raison', (True, None)),
]

test_changed, test_kept = reading_round(weight_answer, CHANGED, KEPT)

STORY_CHANGED = [
    ("rugpijn sinds 3 weken, 6 kilo afgevallen, ik lijn niet", (True, 21, True)),
    ("mal au dos depuis 3 semaines, perdu 6 kilos et je fais rien comme régime", (True, 21, True)),
]
STORY_KEPT = [
    ("back pain for 3 weeks, lost a stone in 3 months and I haven't been on a diet", (True, 21, True)),
    ("rugpijn sinds 3 weken, 6 kilo kwijt en ik doe niets aan de lijn", (True, 21, True)),
    ("rugpijn sinds 3 weken, 5 kilo afgevallen door te lijnen", (False, 21, None)),
    ("rugpijn sinds 3 weken, 5 kilo afgevallen, ik lijn nu al 2 maanden", (False, 21, None)),
    ("back pain for 3 weeks, lost 6 kg on my diet", (False, 21, None)),
    ("mal au dos depuis 3 semaines, perdu 6 kilos, je suis au régime", (False, 21, None)),
]

test_story_changed, test_story_kept = reading_round(story_weight, STORY_CHANGED, STORY_KEPT)
