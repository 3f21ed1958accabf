"""Session 36, the lead: in a message typed for him or her, "ook", "echt", "gewoon", "helemaal" between the verb of
feeling and "niks" hid the saddle numbness ("tussen zijn benen en rond zijn achterste voelt hij ook niks meer": a blind
Limburg carer's message, read once the dialect (round 36B) and the fronted subject (round 36A) were read).

Changed: the Dutch pack's numbness pattern "{~voelen} ik ... niks (meer)" takes one of those words before the negation.
Kept: the same words with no numbness ("ik voel ook geen verschil", "ik voel me ook niet goed"), and the first person,
read already.
"""
from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

SADDLE = {"saddle_numbness": True}

CHANGED = [
    ("ik typ voor mijn man. Tussen zijn benen en rond zijn achterste voelt hij ook niks meer", SADDLE),
    ("ik schrijf voor mijn vrouw. Tussen haar benen voelt zij ook niks meer", SADDLE),
]
KEPT = [
    ("ik typ voor mijn zoon. Tussen zijn benen voelt hij helemaal niks meer", SADDLE),
    ("ik typ dit voor mijn man. Rond zijn gat voelt hij gewoon niks meer sinds gisteren", SADDLE),
    ("ik schrijf voor mijn vader. Rond zijn poep voelt hij echt niks meer", SADDLE),
    ("tussen mijn benen voel ik ook niks meer", SADDLE),
    ("rond mijn poep voel ik echt niks meer", SADDLE),
    ("ik voel ook geen verschil met vorige week", {}),
    ("in mijn rug voel ik echt niet veel verschil", {}),
    ("ik voel me ook niet goed", {}),
    ("I am typing for my husband. Between his legs he feels nothing anymore.", SADDLE),
    ("j'écris pour mon mari. Entre ses jambes il ne sent plus rien", SADDLE),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
