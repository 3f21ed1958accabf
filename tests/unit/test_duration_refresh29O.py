"""Session 29, helper O: Flemish and Brabant day and number words, and yesterday typed short, in other words than the
blind messages.

Missed before: "gistere" (gisteren) was no day ("sinds gistere" None) and the number words with a trailing e ("tiene",
"vijve", "zesse", "achte", "negene", "elleve", "twaalleve") were no number, so "e dag of tiene" was read one day (the "e
dag") and "achte dagen" nothing; English "yestiddy", "yday", Scots "yestreen" and French "ier", "dpuis", "depui",
"avanthier" typed short were no day either.
Changed: the packs' DIALECT_FORMS (nl: viere, vijve, vuve, zesse, zevene, zevne, achte, negene, negne, tiene, elleve, elve,
twaalleve, twaalve, twalef, twaleve, gistere, gistre, gistern, eergistere, eergistern; en: yestiddy, yisterday, yistiday,
yestaday, yday, yestreen; fr: ier, avanthier, dpuis, dpui, depui), read as the words they stand for by
bot/reading/duration.py.
Kept: the dialect words read before ("e week of drei", "ne maand of twie", "eergistere"), the standard words, "hier" alone
(Dutch "here").
"""
from datetime import date

from bot.reading.duration import parse_duration
from tests.support.reading_round import reading_round

TODAY = date(2026, 12, 1)

CHANGED = [
    # 1. gistere: yesterday
    ("van gistere af, bij het bukken", 1),
    ("gistere begonnen toen ik opstond", 1),
    ("sinds gistere middag", 1),
    # 2. number words with a trailing e
    ("al e dag of vijve", 5),
    ("achte dagen al", 8),
    ("negene dagen geleden", 9),
    ("elleve dagen nu", 11),
    ("twaalleve dagen", 12),
    ("al zesse weken", 42),
    ("zo e dag of zesse", 6),
    ("e week of vijve", 35),
    ("tiene dagen ongeveer", 10),
    ("e maand of achte", 240),
    ("zevene dagen", 7),
    ("ne week of viere denkik", 28),
    ("een dag of tiene denk ik", 10),
    ("achte weken geleden", 56),
    ("'t is al e maand of vijve", 150),
    # 3. yesterday typed short or said in dialect, English and French
    ("since yestiddy when i got up", 1),
    ("since yday", 1),
    ("started yday morning bending over", 1),
    ("been like this since yestreen", 1),
    ("depuis ier en me levant", 1),
    ("ça a commencé ier soir", 1),
    ("depui avanthier", 2),
]

KEPT = [
    # already read
    ("e week of drei", 21),
    ("al e week of drij", 21),
    ("ne maand of twie", 60),
    ("eergistere begonnen", 2),
    ("een dag of tien", 10),
    ("sinds gisteren", 1),
    ("e dag of vijf", 5),
    ("een week of zeve", 49),
    ("since yesterday morning", 1),
    ("a day or ten i reckon", 10),
    ("a week or three", 21),
    ("depuis hier en me levant", 1),
    ("une dizaine de jours je pense", 10),
    ("depuis avant-hier", 2),
    ("dpuis hier", 1),
    ("t is pas sinds gistre", 1),
    ("sinds eergistern", 2),
    ("since yisterday, gettin oot o bed", 1),
    # Dutch "hier" (here) is no day
    ("hier zit het, al e week of drij", 21),
]

test_changed, test_kept = reading_round(lambda text: parse_duration(text, TODAY), CHANGED, KEPT)
