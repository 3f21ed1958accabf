"""Session 27 (helper O): answers told mid-check that changed other slots, fixed as kinds in en, nl and fr, in other
words than the blind messages.

2. The duration of a CHANGE is not the pain's: read_story gave "worse over the last 2 days", "sinds 3 dagen erger",
   "depuis 2 jours ca empire" as duration_days (and the check overwrote the pain's days). A duration with a change word
   just before it, or just after it with no pain named before it in its clause, is left out (the packs'
   DURATION_CHANGE). Kept: "pain for 3 days, getting worse", the pain named before ("back pain for 3 days and it is
   getting worse"), plain "from 10 days".
3. osteoporosis_or_steroids: "bone density" is an osteo word, so a bone density told normal with a "no" read True. A
   bone density told normal, fine, ok ("botdichtheid was prima", "densite osseuse normale") is no sign now; "low bone
   density", "bone density not ok", "osteopenia" stay True.
4. fever: a fever told as over ("had a fever weeks ago but it's long gone") was resolved by the red-flag engine but
   parse_answer only looked at its own positive rules' resolved topics (fever has none): None (asked again). A fever
   told over is False now (docs/clinical-rules.md); a fever last night or this morning "gone now" stays True (it comes
   and goes: FEVER_RECENT), one that came back stays True.
"""
from datetime import date

from bot.reading.answers import parse_answer, read_story
from tests.support.reading_round import reading_round

TODAY = date(2026, 12, 1)

STORY_CHANGED = [
    ("yes, the weakness has got worse over the past 2 days", {"leg_weakness": "worsening"}),
    ("it's been spreading further down for 4 days", {}),
    ("a little, worse since 3 days", {}),
    ("ja, sinds 2 dagen is het erger", {}),
    ("de laatste 4 dagen slechter geworden", {}),
    ("het is sinds een week verergerd", {}),
    ("oui, depuis 3 jours ça s'aggrave", {}),
    ("ça empire depuis une semaine", {}),
    ("c'est devenu plus fort depuis 2 jours", {}),
]

STORY_KEPT = [
    ("pain for 3 days, getting worse", {"duration_days": 3}),
    ("back pain for 5 days and it is getting worse", {"duration_days": 5}),
    ("from 10 days", {"duration_days": 10}),
    ("lower back pain from 2 weeks", {"duration_days": 14}),
    ("pain for more than 3 days", {"duration_days": 3}),
    ("rugpijn sinds 10 dagen", {"duration_days": 10}),
    ("rugpijn 10 dagen, sinds 3 dagen erger", {"duration_days": 10}),
    ("mal au dos depuis 10 jours", {"duration_days": 10}),
    ("mal au dos depuis 10 jours, depuis 2 jours ça empire", {"duration_days": 10}),
]

CHANGED = [
    # 3. a bone density told normal
    (("osteoporosis_or_steroids", "no, the bone density test came back fine"), False),
    (("osteoporosis_or_steroids", "nope, bone density ok on the last scan"), False),
    (("osteoporosis_or_steroids", "no, bone density checked in 2024 was normal"), False),
    (("osteoporosis_or_steroids", "nee, botdichtheid was normaal bij de laatste meting"), False),
    (("osteoporosis_or_steroids", "nee hoor, botdichtheid vorig jaar gemeten: goed"), False),
    (("osteoporosis_or_steroids", "nee, mijn botdichtheid is in orde"), False),
    (("osteoporosis_or_steroids", "non, densité osseuse correcte à la dernière mesure"), False),
    (("osteoporosis_or_steroids", "non, ma densité osseuse mesurée l'an dernier était bonne"), False),
    # 4. a fever told over
    (("fever", "had a temperature with covid last month, long over now"), False),
    (("fever", "there was a fever a few weeks back but that's gone"), False),
    (("fever", "I had a fever with a chest infection in october but it's long gone"), False),
    (("fever", "ik had koorts met griep vorige maand, dat is al lang weg"), False),
    (("fever", "koorts gehad een paar weken terug maar dat is over"), False),
    (("fever", "ik had wat koorts in oktober, allang over"), False),
    (("fever", "j'ai eu de la fièvre avec la grippe le mois dernier, c'est passé depuis longtemps"), False),
    (("fever", "de la fièvre il y a trois semaines mais c'est fini"), False),
    (("fever", "j'avais de la fièvre en octobre mais c'est fini depuis"), False),
]

KEPT = [
    (("osteoporosis_or_steroids", "yes, low bone density"), True),
    (("osteoporosis_or_steroids", "osteopenia on my scan"), True),
    (("osteoporosis_or_steroids", "bone density not ok, they said osteopenia"), True),
    (("osteoporosis_or_steroids", "no, my bone scan was normal"), False),
    (("osteoporosis_or_steroids", "ja, lage botdichtheid"), True),
    (("osteoporosis_or_steroids", "botdichtheid te laag volgens de arts"), True),
    (("osteoporosis_or_steroids", "oui, ostéopénie"), True),
    (("osteoporosis_or_steroids", "densité osseuse basse"), True),
    (("osteoporosis_or_steroids", "non, l'ostéodensitométrie était bonne"), False),
    (("osteoporosis_or_steroids", "nee, de botdichtheidsmeting was prima"), False),
    (("fever", "yes I have a fever"), True),
    (("fever", "I had a fever last night but it's gone now"), True),
    (("fever", "I had a fever but it's gone and now it's back"), True),
    (("fever", "ik had vannacht koorts maar nu is het weg"), True),
    (("fever", "ja, koorts"), True),
    (("fever", "j'avais de la fièvre hier soir mais c'est passé"), True),
    (("fever", "oui, de la fièvre"), True),
]

test_story_changed, test_story_kept = reading_round(lambda text: read_story(text, today=TODAY), STORY_CHANGED, STORY_KEPT)
test_changed, test_kept = reading_round(lambda case: parse_answer(case[0], case[1], TODAY), CHANGED, KEPT)
