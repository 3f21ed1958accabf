"""Session 37, round N (issue 12): a relative's or another person's illness told as "it turned out to be cancer" read as
the writer's own cancer history (a false alarm).

Someone else named (a relative, a neighbour, a friend, a colleague; "un ami", "een collega"), their back pain or illness
told, then what it turned out to be in a clause of its own ("and it turned out to be cancer", "en het bleek kanker", "et
c'etait un cancer"): _third_party reads only the cancer word's clause, which names nobody, so the cancer read as the
writer's. Changed: bot/reading/redflags.py _cancer_told_of_other, a new sentence skip beside the read or heard story and
"had the same" (_cancer_story_sentence), reading the packs' new CANCER_SOMEONE, CANCER_TOLD_HAD and CANCER_REVEALED (en, nl,
fr): the person, their having verb right after them, then the reveal of a cancer or tumour, with no first person, own
possessive or "mine" from that verb to the cancer word, and no "me too" in the sentence.

Kept: the writer's own cancer ("in my case it turned out to be cancer", "bij mij bleek het kanker", "chez moi c'etait un
cancer"), a relative's plus the writer's own told (CANCER_MY), the writer named between (taken to the GP, "like mine", "comme
moi"), "me too" and "bij mij ook" questions (the safe side), worry about one's own (read as today: none), a relative's
cancer had.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

C = {"cancer_history": True}
CHANGED = [
    ('my auntie had back pain and it turned out to be cancer', {}),
    ('my neighbour had low back pain for months and it was cancer', {}),
    ('a friend of mine had back pain, it turned out to be cancer', {}),
    ('my friend had backache and in the end it was a tumour', {}),
    ('my dad had back pain for a year and then it turned out to be bone cancer', {}),
    ('my uncle had a sore back all winter and it was cancer', {}),
    ('my colleague had lower back pain for weeks and it turned out to be a tumour', {}),
    ('my neighbor had a bad back, turns out it was kidney cancer', {}),
    ('my cousin had pain in her back and it was cancer in the end', {}),
    ('mijn tante had ook rugpijn en het bleek kanker', {}),
    ('mijn nonkel had rugpijn en het bleek kanker te zijn', {}),
    ('mijn buurvrouw had pijn in de rug en het was kanker', {}),
    ('een collega had rugpijn, het bleek uiteindelijk kanker', {}),
    ('mijn vriend had lage rugpijn en achteraf bleek het kanker', {}),
    ('mijn broer had last van zijn rug en het bleek een tumor', {}),
    ('mijn nonkel zat maanden met pijn in zijn rug en het bleek kanker', {}),
    ('onze buurman had rugklachten en het bleek longkanker te zijn', {}),
    ('mijn schoonmoeder kreeg rugpijn en het bleek uitgezaaide kanker', {}),
    ("ma tante avait mal au dos et c'était un cancer", {}),
    ("mon oncle avait mal au dos, ça s'est révélé être un cancer", {}),
    ("un ami avait des douleurs lombaires et c'était un cancer", {}),
    ("une collègue avait mal au dos et finalement c'était un cancer", {}),
    ("ma voisine avait mal aux reins et il s'est avéré que c'était un cancer", {}),
    ("mon frère avait mal au dos et c'était une tumeur", {}),
    ("ma cousine a eu mal au dos pendant des mois, c'était un cancer", {}),
    ("mon grand-père se plaignait du dos et c'était un cancer des os", {}),
]
KEPT = [
    ('in my case it turned out to be cancer', C),
    ('i had back pain and it turned out to be cancer', C),
    ('my aunt had it and i had breast cancer in 2019', C),
    ("i'm scared mine is cancer too", {}),
    ('my husband took me to the gp and it turned out to be cancer', C),
    ('my aunt had back pain like mine and it was cancer', C),
    ('my mum had back pain and it was cancer, and i had cancer too', C),
    ('my sister had bowel cancer and i had lymphoma at 30', C),
    ('my friend had back pain and it was nothing, but mine turned out to be cancer', C),
    ('bij mij bleek het kanker te zijn', C),
    ('ik had rugpijn en het bleek kanker te zijn', C),
    ('mijn tante had rugpijn en bij mij bleek het kanker te zijn', C),
    ('mijn tante had rugpijn en het was kanker, kan dat bij mij ook?', C),
    ('mijn moeder had kanker en ik heb zelf borstkanker gehad', C),
    ('mijn vriendin had hetzelfde en ik ben bang dat het bij mij ook kanker is', {}),
    ('mijn zus had rugpijn net als mijn rugpijn en het bleek kanker', C),
    ("chez moi c'était un cancer", C),
    ("j'avais mal au dos et c'était un cancer", C),
    ("ma tante l'a eu et moi j'ai eu un cancer du sein en 2019", C),
    ("ma tante avait mal au dos et chez moi c'était un cancer", C),
    ("ma soeur avait mal au dos comme moi et c'était un cancer", C),
    ("ma mère avait un cancer et j'ai eu un lymphome il y a deux ans", C),
    ("j'ai peur que le mien soit aussi un cancer", {}),
    ('my mum had cancer', {}),
    ('mijn vader had darmkanker', {}),
    ('mon père a eu un cancer', {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
