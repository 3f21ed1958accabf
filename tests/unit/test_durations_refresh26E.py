"""Session 26 (helper E), after the fresh sets 40b/26b were scored once: five kinds of duration misses, fixed as kinds
in en, nl and fr, in other words than the blind messages.

1. A tolerance after the duration is no duration: "a month or so, maybe a week either way", "een maand, een week meer
   of minder", "un mois, une semaine plus ou moins" keep the first length (the second, with "either side/way", "more or
   less", "meer of minder", "plus of min", "erbij of eraf", "de plus ou de moins", "plus ou moins" after it, is a margin:
   the packs' TOLERANCE_AFTER). "a month ago i think, 4 weeks" still says the length again, more precisely.
2. "and" said otherwise before a half: Scots and spoken "an", "'n", "an'", "&" ("a month an a half" 45), Limburgs and
   Brabants "in" ("een maand in een half"), Québec "pis" ("un mois pis demi").
3. Dialect "since" and weekdays: Gronings, Limburgs, West-Vlaams "sunt", "zunt", "zint", "sins" (sinds) and "moandeg",
   "zaoterdaag", "woonsdaag", "vraidag"...; Scots and London "Setterday", "Fursday", spoken "satdy"; spoken French
   "samdi" (the packs' DIALECT_FORMS, whole words read as the word they stand for, as SPOKEN_FORMS are).
4. "<a unit> of <number>" with dialect number and unit words is that many units: "e jaor of twie" 730, "ne weke of
   dreij" 21, "a week or fower" 28, "un mois ou quate" 120 (the pack rule: after "a"/"een"/"un" the second number).
5. Named days people date pain from: UK bank holidays (the early May one the first Monday of May, the spring one the
   last Monday of May, the August one the last Monday of August), Martinmas / Sint-Maarten / la Saint-Martin (11
   November, and West-Vlaams "Sint-Moarten"), St Nicholas / Sint-Nicolaas (6 December), "le jour du souvenir" (11
   November), "la fête nationale française" (14 July; "la fête nationale" alone stays the Belgian 21 July), la
   Saint-Jean (24 June).
"""
from datetime import date

from bot.reading.duration import parse_duration
from tests.support.reading_round import reading_round

TODAY = date(2026, 12, 1)  # a Tuesday

CHANGED = [
    # 1. a tolerance after the duration
    ("a month or so, maybe a week either way", 30),
    ("a few weeks now, maybe a day or two either way", 21),
    ("two months, perhaps a week more or less", 60),
    ("a month, a week either way", 30),
    ("een maand of zo, misschien een week meer of minder", 30),
    ("een maand, een week meer of minder", 30),
    ("twee maanden, misschien een week plus of min", 60),
    ("un mois environ, peut-être une semaine de plus ou de moins", 30),
    ("un mois, une semaine plus ou moins", 30),
    # 2. "an", "'n", "in", "pis" before a half
    ("a month an a half", 45),
    ("two months 'n a half", 75),
    ("a year an' a half", 548),
    ("three weeks an a half", 25),
    ("a week & a half", 11),
    ("een maand in een half", 45),
    ("twee jaar in een half", 913),
    ("een joar in e half", 548),
    ("drie weken in een halve", 25),
    ("un mois pis demi", 45),
    ("un an & demi", 548),
    ("deux mois pis demi", 75),
    # 3. dialect "since" and weekdays
    ("sins vriedaag", 4),
    ("zunt moandeg", 1),
    ("zint zaoterdaag", 3),
    ("sins woonsdaag", 6),
    ("sunt vraidag", 4),
    ("since setterday", 3),
    ("since fursday", 5),
    ("since satdy", 3),
    ("since toosday night", 7),
    # 4. a unit "or" a dialect number
    ("e jaor of twie", 730),
    ("ne weke of dreij", 21),
    ("e moand of veer", 120),
    ("een joar of vief", 1825),
    ("nen dag of veer", 4),
    ("e maond of twie", 60),
    ("a year or twa", 730),
    ("a week or fower", 28),
    ("une semaine ou deusse", 14),
    ("un mois ou quate", 120),
    ("un an ou deusse", 730),
    ("une semaine ou quat'", 28),
    # 5. named days
    ("since the early may bank holiday", 211),
    ("since the spring bank holiday", 190),
    ("august bank holiday weekend it started", 92),
    ("since martinmas", 20),
    ("since st martin's day", 20),
    ("since st nicholas day", 360),
    ("sinds sint-martinus", 20),
    ("al van sint-moarten", 20),
    ("het is al zo sinds sint-moartensdag", 20),
    ("sinds sint-nicolaas", 360),
    ("sinds kesmis", 341),
    ("depuis la saint-martin", 20),
    ("depuis la fête nationale française", 140),
    ("depuis le jour du souvenir", 20),
    ("depuis la saint-jean", 160),
]

KEPT = [
    # 1. a second length that says the first again, or a tolerance already read
    ("about three weeks now, maybe a day either side", 21),
    ("six weeks, maybe a couple of days either side", 42),
    ("about two weeks now, give or take a day", 14),
    ("a month ago i think, 4 weeks", 28),
    ("a few weeks, 3 i think", 21),
    ("drie weken ongeveer, een dag of twee meer of minder", 21),
    ("een week of vier, misschien een paar dagen erbij of eraf", 28),
    ("een paar weken, 3 denk ik", 21),
    ("ongeveer een maand, zowat 5 weken", 35),
    ("deux semaines à peu près, peut-être un jour de plus ou de moins", 14),
    ("trois semaines, une semaine de plus ou de moins", 21),
    ("un mois, peut-être 5 semaines", 33),
    ("quelques semaines, 3 je pense", 21),
    # 2. "and" as before; "an"/"in"/"et" not before a half
    ("a month and a half", 45),
    ("a month an then some", 30),
    ("een maand en een half", 45),
    ("een maand in de zomer", 30),
    ("un mois et demi", 45),
    ("un mois et 2 semaines", 44),
    # 3. standard forms, and "sins" as the English word
    ("sinds zaterdag", 3),
    ("sinds maandag", 1),
    ("zeker sins zondaag", 2),
    ("the sins of my youth, pain since monday", 1),
    ("since saturday", 3),
    ("since last mondy", 1),
    ("depuis samedi", 3),
    ("d'puis sam'di", 3),
    ("depuis mercrdi", 6),
    # 4. the standard forms
    ("een jaar of twee", 730),
    ("een week of drie", 21),
    ("a year or two", 730),
    ("a week or three", 21),
    ("un an ou deux", 730),
    ("une semaine ou trois", 21),
    ("une smaine ou trois", 21),
    # 5. holidays already read, and a bank holiday with no month
    ("since christmas", 341),
    ("since armistice day", 20),
    ("since the bank holiday", None),
    ("sinds sint-maarten", 20),
    ("sinds sinterkloas", 360),
    ("sinds kerstmis", 341),
    ("depuis la saint-nicolas", 360),
    ("depuis la fête nationale belge", 133),
    ("depuis la fête nationale", 133),
]

test_changed, test_kept = reading_round(lambda text: parse_duration(text, TODAY), CHANGED, KEPT)
