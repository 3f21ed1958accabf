"""Session 27 (helper N), after the fresh sets 42b/28b were scored once: three kinds of answer misses, fixed as kinds in
en, nl and fr, in other words than the blind messages.

2. leg_weakness: a leg that gives way, denied, is no sign: "aucune jambe qui se dérobe", "pas de genou qui lâche",
   "ma jambe lâche pas", "mes jambes lâchent jamais" (the French WORSE_SIGN read them as worsening; English "no leg
   giving way" and Dutch "geen been dat het begeeft" read right and are kept). A leg that gives way, told, still reads
   worsening.
3. leg_numbness: a passing tingle told as gone within minutes ("gone in a minute", "na een minuut weg", "parties au
   bout d'une minute": the red-flag packs' RESOLVED) is over and done with; a hedged no ("I don't think so", "denk het
   niet", "je crois pas") with the sign itself denied ("no numbness", "geen doof gevoel", "pas d'engourdissement") is a
   no. A hedged no alone, or with the sign told, stays a yes (safe); a tingle "not gone in ten minutes" stays a yes.
4. leg_weakness: the course told as unchanged in dialect: Drents, Twents "nig", "nich" (= niet) before "slechter";
   Gronings "krek" (= precies), "gliek" (= gelijk); "net (zo) als eerst", "gewoon zoals vroeger"; English "just like
   it was at the start"; French "c'est comme au départ". Not "slapper as eerst" (Gronings: weaker than at first),
   "niet zoals eerst", "plus comme au début", "not as at first".
"""
from datetime import date

from bot.reading.answers import parse_answer
from tests.support.reading_round import reading_round

TODAY = date(2026, 12, 1)

CHANGED = [
    # 2. a leg that gives way, denied
    (("leg_weakness", "non, je marche bien, aucune jambe qui se dérobe"), "none"),
    (("leg_weakness", "non ma jambe lâche pas"), "none"),
    (("leg_weakness", "pas de genou qui lâche, je marche normalement"), "none"),
    (("leg_weakness", "non, j'ai pas de jambe qui se dérobe"), "none"),
    (("leg_weakness", "non, mes jambes lâchent jamais"), "none"),
    (("leg_weakness", "nan, sur les talons et la pointe des pieds ça va, aucun genou qui lâche"), "none"),
    # 3. a tingle gone in minutes; a hedged no with the sign denied
    (("leg_numbness", "only once when I'd sat cross-legged too long, pins and needles gone in a minute"), False),
    (("leg_numbness", "I don't think so, no numbness"), False),
    (("leg_numbness", "een keer tintelingen toen ik op mijn voet had gezeten, na een minuut weg"), False),
    (("leg_numbness", "denk het niet, geen doof gevoel"), False),
    (("leg_numbness", "une fois des fourmis en étant resté accroupi, parties au bout d'une minute"), False),
    (("leg_numbness", "je crois pas, pas d'engourdissement"), False),
    (("leg_numbness", "une fois des fourmis, disparues au bout de deux minutes"), False),
    (("leg_numbness", "pins and needles once after kneeling, passed in a couple of minutes"), False),
    # 4. unchanged, in dialect
    (("leg_weakness", "mien been is wat slapper mor t wordt nig slechter"), "stable"),
    (("leg_weakness", "mijn been is zwakker, t is nich slechter worden"), "stable"),
    (("leg_weakness", "mijn voet is wat zwakker, net zo als eerst"), "stable"),
    (("leg_weakness", "mijn voet is slapper, gewoon zoals vroeger"), "stable"),
    (("leg_weakness", "my foot's a bit weaker, just like it was at the start"), "stable"),
    (("leg_weakness", "mon pied est un peu faible, c'est comme au départ"), "stable"),
]

KEPT = [
    # 2.
    (("leg_weakness", "ma jambe lâche de temps en temps"), "worsening"),
    (("leg_weakness", "mes genoux lâchent de plus en plus"), "worsening"),
    (("leg_weakness", "no, I walk on my toes and heels without trouble, no leg giving way"), "none"),
    (("leg_weakness", "nee, lopen op mijn hakken gaat prima, geen been dat het begeeft"), "none"),
    (("leg_weakness", "my leg gives way sometimes"), "worsening"),
    (("leg_weakness", "mijn been begeeft het soms"), "worsening"),
    # 3.
    (("leg_numbness", "I don't think so"), True),
    (("leg_numbness", "denk het niet, maar wel tintelingen"), True),
    (("leg_numbness", "pins and needles in my leg, not gone in ten minutes"), True),
    (("leg_numbness", "tintelingen in mijn been, na een minuut niet weg"), True),
    (("leg_numbness", "des fourmis dans la jambe, pas parties en dix minutes"), True),
    (("leg_numbness", "I had pins and needles once but it's gone"), False),
    (("leg_numbness", "je pense pas"), True),
    (("leg_numbness", "tintelingen in mijn voet, binnen een minuutje was het weer weg"), False),
    (("leg_numbness", "I don't think so, no numbness but my foot tingles"), True),
    # 4.
    (("leg_weakness", "mien been is slapper as eerst"), "worsening"),
    (("leg_weakness", "mijn voet wordt slapper, niet zoals eerst"), "worsening"),
    (("leg_weakness", "mijn been wordt slapper als eerst gedacht"), "worsening"),
    (("leg_weakness", "mon pied est plus faible, c'est plus comme au début"), "worsening"),
    (("leg_weakness", "my leg is getting weaker, not as at first"), "worsening"),
    (("leg_weakness", "mijn voet is wat zwakker, t wordt nie erger"), "stable"),
    (("leg_weakness", "my foot is a wee bit weaker but it's no getting worse"), "stable"),
]

test_changed, test_kept = reading_round(lambda case: parse_answer(case[0], case[1], TODAY), CHANGED, KEPT)
