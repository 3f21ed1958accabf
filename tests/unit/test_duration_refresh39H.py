"""Session 39, helper H (issue 12): a negated time idiom read as the duration, the real length next to it lost.

Missed before: "it's not from yesterday", "niet van gisteren", "ce n'est pas d'hier" say the pain is OLD, not one day;
only a few fixed forms were known (packs NOT_NEW), so "da's nie van gisteren" (Flemish "nie"), "'t is geen kwestie van
gisteren", "niet van vandaag", "not since yesterday", "isn't from last week", "pas d'aujourd'hui", "ça date pas de la
semaine dernière" were read as 1, 0 or 7 days and the length told next to them ("al een jaar of twee") was lost.
Changed: the packs' NOT_NEW (bot/lang/{en,nl,fr}/duration.py) now take a negation (en: not, never, isn't, wasn't,
didn't; nl: niet, nie, ni, geen kwestie/zaak van; fr: pas) before from/of/since (van, sinds; de, d', depuis) and a
recent time (yesterday, today, this morning, last night, this or last week; their nl and fr words), and a negated
start ("didn't start last week", "niet vandaag begonnen", "pas commencé la semaine dernière"); the engine
(bot/reading/duration.py, _RE_NOT_NEW) already rejects the phrase, so the next length wins, or nothing is read
(the question is asked again).
Kept: "since yesterday", "gisteren begonnen", "pas hier mais avant-hier", "not since yesterday but since monday"
(monday), "een jaar of twee" alone, the dialect forms, a negation elsewhere in the sentence ("couldn't sleep since
yesterday", "kan niet zitten sinds gisteren").
"""
from datetime import date

from bot.reading.duration import parse_duration
from tests.support.reading_round import reading_round

TODAY = date(2026, 12, 1)  # a Tuesday

CHANGED = [
    # en
    ("it isn't from yesterday, more like three years", 1095),
    ("this wasn't from yesterday, i've had it about 4 months", 120),
    ("not since yesterday, a good six weeks now", 42),
    ("it's not something from last week, it's been going on for 2 years", 730),
    ("not a thing of last week, closer to eight months", 240),
    ("it's not from this week, three months at least", 90),
    ("it's not just from today, over a year now", 365),
    ("it didn't start last week, it's been 5 months", 150),
    ("never from yesterday, a year or two", 730),
    ("not since yesterday, longer", None),
    ("it isn't from yesterday", None),
    # nl, Flemish included
    ("da's nie van gisteren, al een maand of drie", 90),
    ("dat is niet van vandaag, al drie maanden", 90),
    ("'t is geen kwestie van gisteren, al twee jaar", 730),
    ("'tis nie van gisteren hoor, ik heb dat al zes maanden", 180),
    ("nie sinds gisteren, al twee weken", 14),
    ("niet van vorige week, al twee jaar", 730),
    ("da's ni van deze week, een jaar of drie al", 1095),
    ("het is niet pas van vandaag, al zeker vier maanden", 120),
    ("geen zaak van gisteren, dat sleept al een jaar of vijf aan", 1825),
    ("het is niet pas sinds gisteren, al drie weken", 21),
    ("niet sinds gisteren, al langer", None),
    ("da's nie van gisteren", None),
    # fr
    ("c'est pas d'aujourd'hui, ça fait trois mois", 90),
    ("ça date pas de la semaine dernière, deux ans", 730),
    ("pas de la semaine passée, ça fait bien un an", 365),
    ("c'est pas un truc d'hier, ça fait six mois", 180),
    ("c'est pas juste d'hier, ça fait trois semaines", 21),
    ("ça date pas d'aujourd'hui, deux ans facile", 730),
    ("c'est pas de cette semaine, au moins quatre mois", 120),
    ("ça n'a pas commencé la semaine dernière, ça fait deux ans", 730),
    ("c'est pas depuis ce matin, ça fait cinq semaines", 35),
    ("c'est pas d'aujourd'hui", None),
]

KEPT = [
    ("since yesterday", 1),
    ("not since yesterday but since monday", 1),
    ("gisteren begonnen", 1),
    ("pas hier mais avant-hier", 2),
    ("een jaar of twee", 730),
    ("a year or two", 730),
    ("it's not from yesterday, 2 years now", 730),
    ("ce n'est pas d'hier, ça fait bien deux ans", 730),
    ("het is niet van gisteren, al drie maanden", 90),
    ("ça date pas d'hier, trois mois", 90),
    ("couldn't sleep since yesterday", 1),
    ("i can't sit since last week", 7),
    ("ik kan niet zitten sinds gisteren", 1),
    ("kan nie slapen sinds vorige week", 7),
    ("je ne peux pas m'asseoir depuis hier", 1),
    ("j'arrive pas à marcher depuis la semaine dernière", 7),
    ("sinds gistere", 1),
    ("depuis avant-hier", 2),
    ("this week it started", 1),
    ("vandaag begonnen", 0),
    ("depuis ce matin", 0),
    ("ce n'est pas seulement depuis hier, plutôt trois semaines", 21),
    # a negation before the pain's own day is no idiom: that day it is
    ("ik slaap niet sinds gisteren", 1),
    ("je ne dors plus depuis hier", 1),
    ("niet sinds gisteren maar sinds maandag", 1),
    ("pas depuis hier mais depuis lundi", 1),
    ("pas commencé hier mais avant-hier", 2),
    ("it's not from yesterday but from last week", 7),
]

test_changed, test_kept = reading_round(lambda text: parse_duration(text, TODAY), CHANGED, KEPT)
