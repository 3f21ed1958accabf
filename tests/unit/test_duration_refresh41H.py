"""Session 41, helper H (issue 12): "a month or two, three" (about that many, then the next count up) read as its low end
when a word that ends no tail followed it.

Missed before: after "a <unit> or N" / "een <unit> of N" / "un <unit> ou N", a second number told after a comma ("een maand
of twee, drie") was a range only when one of the packs' TAIL_END_WORDS came next (a list grown word by word: sessions
18f, 21d); any other word ("mee", "hoor", "eigenlijk", "honestly", "really", "facile", "hein", "bien") dropped the
second number, so the phrase read as its low end (60 days for "a month or two, three" instead of 75). The words before
it ("al", "nu al", "already", "déjà", "ça fait déjà", "depuis environ", "for about") never mattered.
Changed (engine, bot/reading/duration.py): _SECOND takes "N, M" before any word that does not make M a count of
something else (_NOT_A_RANGE_END, built from the packs' tables: a unit, COUNT_NOUNS, MEASURES_AFTER_DAY,
FREQUENCY_AFTER + a unit, RATIO_AFTER + a number, "/", "%", "x", another number) and, when no TAIL_END word
comes next, no plural noun (the packs' new PLURAL_ENDINGS: "drie kinderen", "three kids"); such a loose M counts
(_loose_second_kept) only after "a/een/un <unit> or N" and when it is the next count up, told the same way (digits or
words) and at most twice N; otherwise the second quantity ends at N as before. The same check now runs before a
TAIL_END word too, so "une semaine ou deux, trois sur dix" (a pain score) is no longer a range.
Kept: the ranges that already read right ("een week of 3, 4 aan het zeuren", "a month or two, three with it"), a count
or a weight or a score or a plural noun after the second number ("drie keer per week", "three kilos", "3/10", "3 op 10"), a number told
another way ("a year or two, 3 kids"), a second number after a number ("6 weeks or 7, 12 kids"), "2 weeks", "a month",
"een week of 2", an age before the length; dates (today 2026-12-01, a Tuesday): since saturday 3, the start of
october 61, mid november 16.
"""
from datetime import date

from bot.reading.duration import parse_duration
from tests.support.reading_round import reading_round

TODAY = date(2026, 12, 1)  # a Tuesday

CHANGED = [
    # en
    ("i've been stuck with it a week or two, three honestly", 18),
    ("already a month or two, three really", 75),
    ("it's been a year or two, three easily", 913),
    ("for about a week or two, three straight", 18),
    ("now already a month or two, three if not more", 75),
    ("a month or 2, 3 solid", 75),
    ("had it a week or three, four basically", 25),
    ("a month or two, three in the lower back", 75),
    ("a year or two, three mate", 913),
    # nl, Flemish included
    ("ik sukkel er al een week of twee, drie mee", 18),
    ("al een jaar of twee, drie hoor", 913),
    ("sinds een maand of twee, drie eigenlijk", 75),
    ("nu al een week of 3, 4 zeker", 25),
    ("'k zit er al e maand of twee, drie mee", 75),
    ("al ne maand of twee, drie gedoe", 75),
    ("nu al een jaar of twee, drie rond te lopen", 913),
    ("een week of vier, vijf echt", 32),
    ("da's al e week of twee, drie sebiet", 18),
    # fr
    ("un mois ou deux, trois facile", 75),
    ("ça fait déjà un mois ou deux, trois bien", 75),
    ("depuis environ un mois ou deux, trois hein", 75),
    ("déjà une semaine ou deux, trois là", 18),
    ("un an ou deux, trois voilà", 913),
    ("ça fait un mois ou 2, 3 franchement", 75),
    ("une semaine ou trois, quatre bon", 25),
    ("déjà un mois ou deux, trois au moins", 75),
    # a score after the second number is no range, a TAIL_END word before it or not
    ("une semaine ou deux, trois sur dix", 14),
]

KEPT = [
    # the ranges that already read right, whatever comes before them
    ("een maand of twee, drie", 75),
    ("al een maand of twee, drie", 75),
    ("nu al een maand of twee, drie", 75),
    ("een week of 3, 4 aan het zeuren", 25),
    ("a month or two, three with it", 75),
    ("now already a month or two, three", 75),
    ("it's been a month or two, three", 75),
    ("un mois ou deux, trois qu'elle me lance", 75),
    ("ça fait déjà deux, trois mois", 75),
    ("déjà deux ou trois mois", 75),
    ("depuis environ deux à trois mois", 75),
    ("for about two or three weeks", 18),
    ("sinds een week of twee, drie", 18),
    ("nu al 2 of 3 maanden", 75),
    ("al twee à drie weken", 18),
    ("now already two, three months", 75),
    # a count, a weight, a score or another number after the second number: no range
    ("a month or two, three times a week", 60),
    ("a year or two, three kilos lost", 730),
    ("a month or two, 3/10 pain", 60),
    ("a month or two, seven out of ten", 60),
    ("a year or two, 3 kids", 730),
    ("a month or two, three kids", 60),
    ("een jaar of twee, drie kinderen", 730),
    ("een week of 3, 4 operaties gehad", 21),
    ("un an ou deux, trois enfants", 730),
    ("een maand of twee, drie keer per week", 60),
    ("een jaar of twee, drie kilo aangekomen", 730),
    ("een maand of twee, 3 op 10", 60),
    ("een maand of twee, drie op tien", 60),
    ("een week of twee, drie per dag", 14),
    ("un mois ou deux, trois fois par semaine", 60),
    ("un an ou deux, trois kilos en plus", 730),
    ("a week or two, three x a day", 14),
    # after a number the second must end the tail, as before
    ("6 weeks or 7, 12 kids", 46),
    ("6 weeks, maybe 7", 46),
    ("6 weken, misschien 7", 46),
    ("a few weeks, 3 I think", 21),
    ("een paar weekjes, 2 denk ik", 14),
    # the plain ones
    ("2 weeks", 14),
    ("a month", 30),
    ("een week of 2", 14),
    ("a year or two", 730),
    ("I'm 52, pain for 3 weeks", 21),
    ("ik ben 61, al een maand of twee last", 60),
    # dates
    ("my back's been acting up since saturday", 3),
    ("since the start of october", 61),
    ("sinds begin oktober", 61),
    ("depuis début octobre", 61),
    ("since mid november", 16),
    ("half november", 16),
]

test_changed, test_kept = reading_round(lambda text: parse_duration(text, TODAY), CHANGED, KEPT)
