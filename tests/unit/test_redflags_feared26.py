"""Red flags (session 26, lead): questions of FAQ set 27 read as signs.

- Paralysis asked about or feared as a possibility ("can i end up paralysed if i move the wrong way?", "kan ik verlamd
  raken", "j'ai peur de rester paralysée") is a worry, not a leg getting weaker: it was escalated at once. The check
  asks the leg questions anyway; a leg that IS paralysed stays a flag.
- "a slipped disc and ..." read "slipped ... and" as a fall.
"""
from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

WORSE = {"leg_weakness": "worsening"}

CHANGED = [
    ("could i get paralysed from a slipped disc if i keep working?", {}),
    ("will i end up paralysed if i lift wrong?", {}),
    ("im terrified of ending up paralysed, is that a thing with back pain", {}),
    ("kan ik verlamd raken als ik te veel hef?", {}),
    ("zou ik verlamd kunnen worden van een hernia?", {}),
    ("ik ben bang dat ik verlamd raak", {}),
    ("est-ce que je peux rester paralysé si je porte des charges ?", {}),
    ("j'ai peur de devenir paralysée avec ma hernie", {}),
    ("how do i know if its a slipped disc and not a pulled muscle", {}),
    ("my gp thinks its a slipped disc and wants me to see a physio", {}),
]

KEPT = [
    ("my left leg is paralysed since this morning", WORSE),
    ("mijn been is verlamd sinds vanmorgen", WORSE),
    ("ma jambe est paralysée depuis ce matin", WORSE),
    ("can i still walk? my legs feel paralysed and worse every hour", {"leg_weakness": "worsening", "both_legs": True}),
    ("kan ik nog lopen? mijn benen zijn verlamd", {"leg_weakness": "worsening", "both_legs": True}),
    ("i slipped on the ice and landed on my back", {"onset": "trauma"}),
    ("slipped on the wet floor and fell", {"onset": "trauma"}),
    ("is it a slipped disc?", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
