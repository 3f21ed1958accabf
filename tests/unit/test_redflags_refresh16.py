"""Session-16 red-flag fixes (round 1): the patient's own cancer asked about as coming back, an accident or a
numbness denied, a relative's saddle area, the Dutch word read both as a fall and as weight lost, the British
"poorly", and the French comparative "plus faibles" with a stable course. Every CHANGED case read otherwise
before; the KEPT ones read the same before and after."""
import pytest

from bot.reading.redflags import find_red_flags

CANCER = {"cancer_history": True}
BLADDER = {"bladder_bowel": True}
SADDLE = {"saddle_numbness": True}
TRAUMA = {"onset": "trauma"}
WEIGHT = {"weight_loss": True}
FEVER = {"fever": True}

CHANGED = [
    # 1. the patient's own cancer asked about as coming back: they had it (a history), whatever doubt frames it
    ("could my cancer be back?", CANCER),
    ("what if my cancer is back?", CANCER),
    ("could my breast cancer have spread to my spine?", CANCER),
    ("zou mijn kanker terug zijn?", CANCER),
    ("ik ben bang dat mijn kanker terug is", CANCER),
    ("zou mijn borstkanker uitgezaaid zijn?", CANCER),
    ("est-ce que mon cancer est revenu ?", CANCER),
    ("j'ai peur que mon cancer soit revenu", CANCER),
    ("est-ce que ça pourrait être mon cancer qui revient ?", CANCER),
    # 2. an accident denied is no bladder sign
    ("i have not peed in my sleep", {}),
    ("i didnt pee in my sleep", {}),
    ("i havent peed myself", {}),
    ("j'ai pas fait pipi dans ma culotte", {}),
    # 3. a numbness word after "doesnt feel" is what is not felt
    ("my bum doesnt feel numb", {}),
    ("i dont feel any tingling in my bum", {}),
    ("my bottom doesnt feel any different", {}),
    ("mijn poep voelt niet verdoofd", {}),
    ("mijn poep voelt niet raar", {}),
    ("my legs dont feel numb", {}),
    ("i dont feel any numbness in my legs", {}),
    # 4. a relative's saddle area, the possessive with or without the apostrophe
    ("my wife's bum is numb", {}),
    ("my wifes bum is numb", {}),
    ("my husbands bum is numb", {}),
    ("mijn vrouw haar poep is gevoelloos", {}),
    ("de poep van mijn vrouw is verdoofd", {}),
    ("les fesses de ma femme sont engourdies", {}),
    # ... and the patient's own too: "de mijne" (read "de mijn") is the patient's
    ("mijn vrouw haar benen zijn verdoofd en de mijne ook", {"both_legs": True, "leg_numbness": True}),
    # 5. Dutch "afgevallen" / "viel ... af": the longer reading wins (what was fallen off, or the kilos)
    ("ben van mijn fiets afgevallen", TRAUMA),
    ("ik ben van de ladder afgevallen", TRAUMA),
    ("ik viel 5 kilo af", WEIGHT),
    ("ik viel een paar kilo af", WEIGHT),
    ("mon poids a chuté de 5 kilos", WEIGHT),
    # 6. the British "poorly" (and the French "patraque") is feeling a bit unwell, no fever told
    ("feeling poorly", {}),
    ("been poorly all week", {}),
    ("je suis patraque", {}),
    # 7. "plus faibles" is one comparative (its "plus" is no list word); a stable course told anywhere wins over
    # "weaker than before", as in English and Dutch
    ("les deux jambes plus faibles qu'avant. mais ça reste stable", {"both_legs": True, "leg_weakness": "stable"}),
    ("les deux jambes plus faibles qu'avant", {"both_legs": True, "leg_weakness": "worsening"}),
    ("mes jambes sont plus faibles", {"both_legs": True, "leg_weakness": "worsening"}),
    ("mes deux jambes sont faibles mais stables", {"both_legs": True, "leg_weakness": "stable"}),
]

KEPT = [
    # 1. a worry or a question about cancer is no history; a relative's cancer is not the patient's; a test result
    ("could this be cancer?", {}),
    ("could my back pain be cancer?", {}),
    ("could my mums cancer be back?", {}),
    ("my cancer test came back clear", {}),
    ("zou dit kanker kunnen zijn?", {}),
    ("zou de kanker van mijn moeder terug zijn?", {}),
    ("est-ce que c'est un cancer ?", {}),
    ("est-ce que le cancer de ma mère est revenu ?", {}),
    ("is my cancer back?", CANCER),
    ("is mijn kanker teruggekomen?", CANCER),
    ("mon cancer est-il de retour ?", CANCER),
    # 2. wetting told, and not peeing at all (retention), stay flagged
    ("i peed in my sleep", BLADDER),
    ("i haven't peed all day", BLADDER),
    ("ik heb niet in mijn slaap geplast", {}),
    ("ik heb in mijn slaap geplast", BLADDER),
    ("j'ai pas fait pipi au lit", {}),
    ("j'ai fait pipi au lit", BLADDER),
    # 3. not feeling, or a changed feeling, stays numbness
    ("my bum doesnt feel anything", SADDLE),
    ("my bum doesnt feel right", SADDLE),
    ("i cant feel my bum", SADDLE),
    ("mijn poep voelt niks", SADDLE),
    ("mijn poep voelt raar", SADDLE),
    ("mes fesses ne sont pas engourdies", {}),
    ("mes fesses sont engourdies", SADDLE),
    # 4. the patient's own area named after the relative is the patient's
    ("my wife says my bum is numb", SADDLE),
    ("my wifes bum is numb and mine too", SADDLE),
    ("mijn vrouw zegt dat mijn poep gevoelloos is", SADDLE),
    ("ma femme dit que mes fesses sont engourdies", SADDLE),
    ("my wife's bum is numb and so is mine", SADDLE),
    ("my wifes bum is numb and i cant feel mine either", SADDLE),
    ("mijn vrouw haar poep is gevoelloos en de mijne ook", SADDLE),
    ("les fesses de ma femme sont engourdies, et les miennes aussi", SADDLE),
    ("my feet dont feel anything", {"both_legs": True, "leg_numbness": True}),
    # 5. plain falls and plain weight lost
    ("fell off my bike", TRAUMA),
    ("ik ben 5 kilo afgevallen", WEIGHT),
    ("ik viel van de trap", TRAUMA),
    ("je suis tombé de mon vélo", TRAUMA),
    ("j'ai perdu 5 kilos", WEIGHT),
    ("i lost 5 kilos", WEIGHT),
    # 6. a fever told stays a fever
    ("feeling feverish", FEVER),
    ("feeling hot and cold", FEVER),
    ("shivery", FEVER),
    ("ik voel me wat pips", {}),
    ("je me sens fiévreux", FEVER),
    # 7. English and Dutch already read the stable course; a French "no longer weak" is no weakness
    ("both legs weaker than before. but it stays stable", {"both_legs": True, "leg_weakness": "stable"}),
    ("beide benen zwakker dan vroeger. maar het blijft stabiel", {"both_legs": True, "leg_weakness": "stable"}),
    ("mes jambes ne sont plus faibles", {}),
    ("ma jambe gauche est plus faible qu'avant", {"leg_weakness": "worsening"}),
]


@pytest.mark.parametrize("text,expected", CHANGED + KEPT)
def test_reads(text, expected):
    assert find_red_flags(text) == expected
