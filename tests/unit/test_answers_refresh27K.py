"""Onset answers, refresh 28b (session 27, helper K): a small thing that fell is no fall of the patient's.

"bent down for the pen that had fallen", "la tasse est tombee", "mijn sleutels waren gevallen", "j'ai fait tomber mes cles",
"ik liet mijn sleutels vallen", "picking up a fallen glove": the bend is the onset (sudden_movement), not a trauma
(bot/reading/redflags.py fallen_thing, used by the loose trauma words of bot/reading/answers.py). "I fell", "ik ben gevallen",
"je suis tombe", "a tin fell on my back", "on m'a fait tomber" stay a trauma.
"""

from datetime import date
from functools import partial

from bot.reading.answers import parse_answer
from tests.support.reading_round import reading_round

TODAY = date(2026, 12, 1)
SM = "sudden_movement"

CHANGED = [
    ("bent down for the biro that had fallen behind the desk and it locked", SM),
    ("picking up a fallen glove in the garden, felt it go", SM),
    ("bent to grab my phone which fell behind the sofa and felt a snap", SM),
    ("mijn sleutels waren gevallen, ik bukte en toen schoot het erin", SM),
    ("ik liet mijn sleutels vallen en bij het oprapen schoot het erin", SM),
    ("ik raapte een pen op die gevallen was en krak", SM),
    ("la tasse est tombée, je me suis penché et bloqué", SM),
    ("j'ai fait tomber mes clés, en me baissant crac", SM),
    ("je me suis penché pour ramasser mon stylo qui était tombé par terre et crac", SM),
]

KEPT = [
    ("picking up the keys i'd dropped, it just went", SM),
    ("i dropped my keys, bent down and my back went", SM),
    ("I fell on the ice", "trauma"),
    ("a tin fell on my back", "trauma"),
    ("ik ben gevallen", "trauma"),
    ("ik viel van de trap", "trauma"),
    ("je suis tombé", "trauma"),
    ("on m'a fait tomber au foot", "trauma"),
    ("tripped over my keys and fell", "trauma"),
    ("mijn telefoon in de hand viel ik van de trap", "trauma"),
    ("une étagère m'est tombée dessus", "trauma"),
    ("ik ben over mijn sleutels gevallen", "trauma"),
]

test_changed, test_kept = reading_round(partial(parse_answer, "onset", today=TODAY), CHANGED, KEPT)
