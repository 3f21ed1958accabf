"""Session 25 (helper A), after French refresh 23b was scored once: three kinds of duration misses, fixed as kinds in
en, nl and fr, in other words than the blind messages.

1. A person's age read as the duration. French tells an age with "avoir" ("elle a 52 ans", "mon mari qui a 66 ans",
   "il va avoir 60 ans", "elle n'a que 45 ans"), and in every language a word such as "almost"/"bijna"/"presque" may
   stand between the age word and an adult's years ("I'm almost 60 years", "ze is bijna 74 jaar", "j'ai presque 60
   ans"): an age, never how long the pain lasted; the date told after it is the duration. "il y a 3 ans", "y a 2 ans",
   "ça a 2 ans", "il n'y a que 2 ans" stay durations, and so do "ik ben bijna 2 jaar ziek", "i'm almost 2 years into
   this" (no adult's years) and "a 2 year history" (English "a" is an article).
2. Words written as they are said, an apostrophe for the dropped letter (ch'ti, Picard, Québec, spoken French; English
   and Dutch alike): "d'puis lund'", "eune s'maine", "un p'tit mois", "since sat'day", "a couple o' weeks",
   "sinds zat'dag", "sinds eerg'steren" read as the words they stand for.
3. A range told with a comma between two numbers a little apart ("huit, dix jours", "six, eight weeks", "tien, twaalf
   weken"): the midpoint, as "twee, drie maand" already was. A score before a length ("pain 7, 3 weeks", "7/10, 12
   weeks") and numbers far apart stay the length.

"une quinzaine de jours" stays 14 (bot/lang/fr/duration.py, tests/unit/test_french_durations.py; docs/clinical-rules.md
says nothing of it).
"""
from datetime import date

from bot.reading.duration import parse_duration
from tests.support.reading_round import reading_round

TODAY = date(2026, 12, 1)  # a Tuesday

CHANGED = [
    # 1. an age is no duration
    ("ma femme a 52 ans, elle souffre depuis 3 semaines", 21),
    ("mon fils a 9 ans, je le porte souvent, mal depuis 2 semaines", 14),
    ("mon mari qui a 66 ans a mal depuis lundi dernier", 1),
    ("il va avoir 60 ans, mal au dos depuis lundi", 1),
    ("ma grand-mère va sur ses 79 ans et a mal depuis jeudi", 5),
    ("j'ai presque 60 ans, mal depuis vendredi", 4),
    ("elle n'a que 45 ans et a mal depuis 3 jours", 3),
    ("elle a 45 ans", None),
    ("he's 66 years and has had pain since sunday", 2),
    ("my dad who's 70 years has had pain for 3 weeks", 21),
    ("I'm almost 60 years, back pain since friday", 4),
    ("im nearly 70 years n sore since sunday", 2),
    ("ze is bijna 74 jaar, pijn sinds woensdag", 6),
    ("ik ben ruim 60 jaar, pijn sinds zaterdag", 3),
    ("hij is net 70 jaar geworden, pijn sinds vrijdag", 4),
    ("mijn vader is pas 52 jaar, rugpijn sinds zaterdag", 3),
    # 2. spoken forms
    ("mal au dos d'puis lund' matin", 1),
    ("j'sus coincé d'puis d'manche", 2),
    ("ça fait deux s'maines", 14),
    ("ch'a fait eune s'maine", 7),
    ("ça fait un p'tit mois", 30),
    ("bloqué d'puis hier", 1),
    ("since sat'day", 3),
    ("a couple o' weeks now", 14),
    ("since yest'day", 1),
    ("sinds zat'dag", 3),
    ("sinds zat'rdag", 3),
    ("sinds eerg'steren", 2),
    ("sinds gist'ren", 1),
    # 3. a range told with a comma
    ("ça fait huit, dix jours", 9),
    ("quinze, vingt jours", 18),
    ("about 10, 12 days", 11),
    ("six, eight weeks", 49),
    ("tien, twaalf weken", 77),
    ("acht, tien dagen", 9),
]
KEPT = [
    # 1. durations that stay
    ("il y a 3 ans", 1095),
    ("y a 2 ans que ça dure", 730),
    ("ça a commencé il y a 2 ans", 730),
    ("il n'y a que 2 ans que j'ai mal", 730),
    ("j'ai mal depuis presque 20 ans", 7300),
    ("j'ai 45 ans, mal depuis mercredi", 6),
    ("it's been almost 20 years", 7300),
    ("i'm almost 2 years into this", 730),
    ("a 2 year history of back pain", 730),
    ("ik ben al 3 jaar aan het sukkelen", 1095),
    ("ik ben bijna 2 jaar ziek", 730),
    ("het is bijna 2 jaar", 730),
    ("ik ben 74, pijn sinds vorige woensdag", 6),
    # 2. the written forms, and apostrophes that are no spoken form
    ("depuis samedi", 3),
    ("aujourd'hui", 0),
    ("depuis l'an dernier", 365),
    ("ça fait une semaine", 7),
    ("since saturday", 3),
    ("sinds zaterdag", 3),
    ("'n week of drie", 21),
    ("it hurt at 3 o'clock", None),
    # 3. no range
    ("pain 7, 3 weeks", 21),
    ("pain 7/10, 12 weeks", 84),
    ("3, 4 weeks", 25),
    ("deux, trois mois", 75),
    ("two, five weeks", 35),
    ("douleur 8, 20 jours", 20),
]


test_changed, test_kept = reading_round(lambda text: parse_duration(text, today=TODAY), CHANGED, KEPT)
