"""Session 46, round SB (issue 12): saddle numbness told by the places, a weak stream told as people do, and a rider's numb
seat area with the inside of the legs.

Changed:
- the saddle places listed across "and"/"en"/"et" or a comma and then one numbness word for them all ("tussen mijn billen
  en vooraan, het voelt allemaal verdoofd", "entre mes fesses et devant, tout est engourdi", "in between my bum cheeks and
  at the front everything feels asleep"): the shared rule of bot/reading/redflags.py (_SHARED_SADDLE) with the packs'
  ALL_PLACES ("everything", "alles", "tout"); no pain, leg, negation or contrast word in the gap, no leg right after.
  The places themselves: "between my cheeks" (en AREA) and the Flemish "zak" after "aan/rond mijn" (nl AREA);
- the inside of the legs named with the bottom, the seat or the groin ("my seat area and the insides of my legs are numb",
  "mijn kont en de binnenkant van mijn benen", "mes fesses et l'interieur des jambes") is the inner thighs: read as the
  saddle area (the packs' CROTCH_PHRASES), no more both legs; "the inside of my upper legs" always;
- a weak stream told by its force or its dribs, English (the en BLADDER_PATTERNS): "no force behind it" with the wee, the
  loo or a long wait there, "in dribs" after a long wait, "weak as anything", "it only dribbles out when I go".
Kept: the signs told plainly, a dentist's injection with the mouth numb, pain (not numbness) between the buttocks, "I can
feel everything between my legs", both legs numb to the feet, one foot numb, "a wee bit stiff", peeing normal, an old
known prostate, a shower or a tap with no force, a pocket ("zak") with nothing numb, all told fine after the places.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

S = {"saddle_numbness": True}
B = {"bladder_bowel": True}
BOTH = {"both_legs": True, "leg_numbness": True}
CHANGED = [
    # English
    ("in between my bum cheeks and at the front everything feels asleep", S),
    ("the bit between my cheeks and round the front, it's all gone dead", S),
    ("after my spin class my seat area and the insides of my legs are numb", S),
    ("my bum and the inside of both legs have gone dead after the sportive", S),
    ("when I wee there's no force behind it", B),
    ("stood at the bowl for ages, it comes out in dribs", B),
    ("my wee has no force to it anymore", B),
    ("when I pee it's weak as anything and dribbles", B),
    ("it only dribbles out when I go to the loo", B),
    ("waited at the urinal forever and then only dribs came, nae power behind it", B),
    # Dutch (Flemish and Netherlands)
    ("rond mijn gat en vanvoor aan mijn zak, alles slaapt", S),
    ("tussen de billen en vooraan, het voelt allemaal verdoofd gelijk na de tandarts", S),
    ("van achter tussen mijn billen en vanvoor, het is allemaal een dood gevoel", S),
    ("vanvoor aan mijn zak is het helemaal verdoofd", S),
    ("tussen mijn billen en vooraan is alles nu verdoofd", S),
    ("na het mountainbiken zijn mijn kont en de binnenkant van mijn benen verdoofd", S),
    ("mijn zitvlak en de binnenkant van mijn benen voelen dood aan na de rit", S),
    # French
    ("entre mes fesses et devant, tout est engourdi", S),
    ("autour de l'anus et devant, tout est comme anesthésié", S),
    ("entre les fesses et devant tout me semble insensible", S),
    ("après le vélo, mes fesses et l'intérieur des jambes sont engourdis", S),
    ("mon entrejambe et l'intérieur de mes jambes sont endormis après l'équitation", S),
    ("mes fesses et le dedans des jambes sont insensibles après la sortie à vélo", S),
]
KEPT = [
    # English
    ("my bum is numb", S),
    ("between my cheeks and round my balls it's all numb", S),
    ("i have to strain to pee", B),
    ("my dentist gave me an injection and my lip went numb", {}),
    ("pain between my buttocks when I sit", {}),
    ("I can feel everything between my legs", {}),
    ("between my cheeks and round the front everything is fine", {}),
    ("between my cheeks it's fine, but everything else is numb", {}),
    ("both my legs are numb down to the feet", BOTH),
    ("numb in my right foot", {}),
    ("my back is a wee bit stiff", {}),
    ("peeing is normal", {}),
    ("I pee a lot at night for years, my prostate, the doctor knows", {}),
    ("my shower has no force behind it", {}),
    ("the tap only dribbles out", {}),
    # Dutch
    ("mijn poep is gevoelloos", S),
    ("tussen mijn billen en in mijn kruis voelt alles gevoelloos", S),
    ("bij het plassen komt het druppelsgewijs, geen kracht", B),
    ("mijn beide benen zijn gevoelloos tot in mijn voeten", BOTH),
    ("mijn sleutels zitten in mijn zak", {}),
    ("tussen mijn billen en vooraan is alles normaal", {}),
    ("ik voel alles tussen mijn benen", {}),
    ("mijn rechtervoet is verdoofd", {}),
    # French
    ("entre les fesses et les bourses, tout est insensible", S),
    ("ça sort au compte-gouttes, sans force", B),
    ("mes deux jambes sont engourdies jusqu'aux pieds", BOTH),
    ("j'ai mal entre les fesses quand je m'assois", {}),
    ("entre les fesses et devant, tout va bien", {}),
    ("piqûre chez le dentiste hier, rien d'engourdi", {}),
    ("je sens tout entre les jambes", {}),
    ("mon pied droit est engourdi", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
