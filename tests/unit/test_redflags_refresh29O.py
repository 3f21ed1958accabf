"""Session 29, helper O: weight lost told with the kilos first, trousers that slip, in other words than the blind message.

Missed before: the kilos told before a past participle ("5 kilos de perdus depuis l'ete", "une dizaine de kilos perdus",
"6 kg lost in two months", "already five kilos lost, no idea why"); trousers in slang or of a kind ("mon futal", "mon
froc", "mon bas de jogging", "mijn werkbroek", "mijn spijkerbroek") that fall or slip down; trousers sliding off the hips
("mon jean glisse des hanches", "my trousers are sliding off my hips", "mijn broek glijdt van mijn heupen", "mijn jeans
valt van mijn kont"), dropping down ("my work pants keep dropping down").
Changed: fr WEIGHT_PATTERNS (the kilos told first, "de perdus" / "perdus"), en WEIGHT_PATTERNS (the kilos told first,
"lost" after, not "lost me my ..."); CLOTHES (fr: froc, futal, falzar, short, jogging, survet; nl: a compound "...broek",
jeans); TOO_LOOSE (fr: glisse des hanches, descend tout seul; en: sliding off the hips, dropping down; nl: glijdt / valt
van de heupen, de kont).
Kept: kilos lost on purpose (a diet, a wedding), a relative's kilos, "les kilos perdus" hoped to be regained, "lost me
my place" (no body weight); what was already read ("7 kilo kwijt zonder iets te veranderen", "down 5 kilos without
trying", "j'ai 6 kilo de moins", trousers falling down with no weight told: the safe side, a sign read).
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

WL = {"weight_loss": True}

CHANGED = [
    # 1. the kilos told first, lost after
    ("trois kilos de perdus en un mois, je mange pareil", WL),
    ("une dizaine de kilos de perdus depuis la rentree", WL),
    ("deja 6 kg de perdu et j'ai rien change", WL),
    ("j'ai 4 kilos de perdus sans le vouloir", WL),
    ("quelques kilos de perdus ces dernieres semaines", WL),
    ("8 kilos perdus depuis noel, je sais pas pourquoi", WL),
    ("6 kg lost in two months and i eat the same", WL),
    ("already five kilos lost, no idea why", WL),
    ("a few pounds lost every week without trying", WL),
    ("10 lbs lost since the summer, not dieting", WL),
    ("about 4 kilos lost since june", WL),
    # 2. trousers in slang or of a kind that fall or slip down
    ("mon futal tombe sans ceinture maintenant", WL),
    ("mon froc tombe et je mange normalement", WL),
    ("mon bas de jogging tombe tout seul", WL),
    ("mon short flotte, pourtant je fais rien de special", WL),
    ("mijn werkbroek zakt af de laatste weken", WL),
    ("mijn spijkerbroek zakt steeds af", WL),
    ("mijn joggingbroek hangt los rond mijn middel", WL),
    # 3. trousers sliding off the hips, dropping down
    ("mon pantalon glisse des hanches depuis un mois", WL),
    ("mes jeans glissent de mes hanches", WL),
    ("my trousers are sliding off my hips lately", WL),
    ("my work pants keep dropping down", WL),
    ("my jeans slip off my hips now", WL),
    ("mijn broek glijdt van mijn heupen", WL),
    ("mijn jeans valt van mijn kont", WL),
    ("mijn broek schuift van mijn heupen af", WL),
]

KEPT = [
    # already read
    ("7 kilo kwijt zonder dat ik iets anders doe", WL),
    ("ik ben 5 kilo lichter zonder het te willen", WL),
    ("6 kilo eraf zonder dieet", WL),
    ("mijn broek zakt af, ik ben vermagerd zonder dieet", WL),
    ("down 5 kilos without trying, my jeans fall down", WL),
    ("i've dropped 4 kilos without dieting", WL),
    ("lost 6 kg without changing a thing", WL),
    ("j'ai 6 kilo de moins sans rien changer", WL),
    ("3 kg en moins sans le vouloir", WL),
    ("ma ceinture a un trou de plus et je mange comme avant", WL),
    ("5 kilos envoles sans rien changer", WL),
    # trousers falling down, no weight told: the safe side, the sign read
    ("my trousers fall down when i bend", WL),
    ("mon pantalon tombe quand je me penche", WL),
    # on purpose, someone else's, a weight hoped back, a load
    ("6 kilos de perdus pour mon mariage, regime strict", {}),
    ("mon pere a 5 kilos de perdus sans raison", {}),
    ("j'espere reprendre les kilos perdus", {}),
    ("i lost 6 kg on a diet", {}),
    ("10 kg lost on my diet, so proud", {}),
    ("my dad lost 5 kilos without trying", {}),
    ("7 kilo kwijt door mijn dieet", {}),
    ("mijn vader is 7 kilo kwijt", {}),
    ("ik viel van mijn fiets", {"onset": "trauma"}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
