"""Session 44, the lead at landing (issue 12): a relative's "her" / "haar" after "under" / "onder" is an object.

A message typed for a relative reads the relative's pronouns as the patient's (the packs' PROXY_PRONOUNS), but "her" and
Dutch "haar" are both the owner and the object: "her legs go from under her" became "my legs go from under my", "zakken haar
twee benen onder haar weg" became "... onder mijn weg", and the giving way (read in "from under me", "onder mij weg") was
missed: a Flemish carer's both legs giving way, worse every day, missed on the fresh blind set of this session. Changed: the
packs' PROXY_OBJECT_AFTER gives the object form after the words that take one (bot/reading/redflags.py _patient_pronoun).
Kept: "her" owning a thing after "under" ("under her umbrella"), a slip whose feet went from under her (trauma, no
weakness), the patient's own legs, French (the object comes before the verb: no table).
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

WB = {"leg_weakness": "worsening", "both_legs": True}
CHANGED = [
    # English: "her" after under, the relative typed for
    ("typing for my nan. her legs go from under her when she stands, worse each day", WB),
    ("her legs keep going from under her, worse every day", WB),
    ("writing for my mother, her legs went from underneath her twice, getting worse", WB),
    ("for my wife: her legs sink under her when she gets up, worse than last week", WB),
    ("her legs give under her on the stairs, its getting worse", WB),
    # Dutch (Flemish and Netherlands): "onder haar weg" / "vandaan"
    ("ik schrijf voor mijn moeder. sinds dinsdag zakken haar benen onder haar weg, het wordt elke dag erger", WB),
    ("ik typ dit voor ons moeder, 's avonds zakken haar twee benen onder haar weg, 't gaat achteruit", WB),
    ("ik typ voor mijn vrouw, haar benen vallen onder haar weg, het wordt erger", WB),
    ("sinds het weekend zakken haar twee benen onder haar weg als ze opstaat, elke dag slechter", WB),
]
KEPT = [
    ("asking for my gran, both her legs crumple beneath her now, every day worse", WB),
    ("haar benen zakken onder haar weg als ze rechtstaat, steeds erger", WB),
    ("ik schrijf voor mijn oma, haar beide benen zakken onder haar vandaan, elke dag erger", WB),
    ("typing for my mum. her legs are fine, she walks under her umbrella", {}),
    ("typing for my mum. she slipped and her feet went from under her, her back hurts", {"onset": "trauma"}),
    ("my legs go from under me when i stand, worse each day", WB),
    ("his legs go from under him, worse every day", WB),
    ("my mum sits under her blanket, her back hurts", {}),
    ("mijn moeder zit onder haar deken, haar benen zijn in orde", {}),
    ("ik schrijf voor mijn moeder, ze ligt onder haar dekbed met rugpijn", {}),
    ("mijn benen zakken onder mij weg, steeds erger", WB),
    ("zijn benen zakken onder hem weg, het wordt erger", WB),
    ("j'écris pour ma mère, ses deux jambes se dérobent sous elle, c'est pire chaque jour", WB),
    ("ma mère est sous sa couette, elle a mal au dos", {}),
    ("mes jambes se dérobent sous moi, de pire en pire", WB),
    ("ses jambes vont bien, c'est le dos", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
