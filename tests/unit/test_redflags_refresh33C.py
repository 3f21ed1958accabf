"""Session 33, round C: the saddle told in Flemish dialect, or as an image, inside a long story with another sign after it.

Wrong: the saddle sign was missed (only the bladder read) when the area was told in dialect or as a list with another part:
the Flemish "dijn" (= dijen) was no thigh, so "de binnekant van men dijn" was no saddle area; "lak" (Flemish "like") was no
comparison word; "van een ander" (someone else's) was no image of a numb part; "voel ik mijn poep en mijn dijen niet meer"
needed two saddle words in the list; the part and "alles daartussen" allowed 3 words to the numbness, too few for "... voelt
aan als na een verdoving"; French "tout ce qu'il y a entre" needed "les deux" after "entre" and no comma before the numbness;
"comme si elles appartenaient a qqn d'autre", "comme si y avait rien", English "like they belong to another person", "like
theyre someone elses", "like they arent there", "like after a filling" were no numbness words beside the area.

Changed (pack tables): nl STREET ("dijn"), nl NUMB_SADDLE (the tandarts image and the not-mine image take "lak"; "van een
ander" as an image), nl SADDLE_PATTERNS (the list "voel ... AREA en ... dijen/benen niet", not past a pain word; the space
between up to 5 words), fr NUMB_SADDLE (someone else's, nothing there), fr SADDLE_PATTERNS (bare "entre", a comma after it),
en NUMB_SADDLE (someone else's, another person's, not there, a filling). All near the area only.

Kept: the dentist's injection in the mouth and a numb lip, one leg like someone else's, the area felt or denied, the toilet
seat felt cold, a relative's bum, "ik heb lak aan".
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

S = {"saddle_numbness": True}
SB = {"saddle_numbness": True, "bladder_bowel": True}
CHANGED = [
    # ---- en: the area (and another part) as someone else's, or not there, or as after a filling ----
    ("my bum and inner thighs feel like they arent there", S),
    ("on the loo my backside and the tops of my inner thighs feel like they belong to another person", S),
    ("my bum feels like it belongs to another person", S),
    ("my bum and my inner thighs, its like theyre someone elses", S),
    ("my inner thighs and the bit between feel like someone elses", S),
    ("my inner thighs and everything between are like after a filling", S),
    ("sitting on the toilet my bottom and inner thighs feel as if they werent there, and i cant tell when i need a wee", SB),
    ("when i sit on the loo seat my backside and inner thighs feel like they belong to a stranger", S),
    # ---- nl: Flemish "dijn", "lak" (= gelijk), "van een ander", the space between then "aan als na een verdoving" ----
    ("as ik op 't toilet zit voel ik men poep en men dijn bijna ni meer", S),
    ("de binnekant van men dijn voelt raar doof sinds vanmorgen", S),
    ("tussen men dijn is alles dood", S),
    ("men poep voelt lak of hij van een ander is", S),
    ("mijn billen voelen precies of ze van een ander zijn", S),
    ("de binnenkant van mijn dijen en alles daartussen voelt aan als na een verdoving", S),
    ("mijn billen en alles daartussen voelen aan alsof er een verdoving in zit", S),
    ("mijn kruis en het stuk ertussen voelt aan als na een verdoving, en ik kan mijn plas niet ophouden", SB),
    ("mijn gat voelt gelijk of het van nen ander is", S),
    ("als ik op de pot zit voel ik mijn billen en mijn dijen bijna niet meer", S),
    ("sinds zondag voel ik mijn zitvlak en mijn bovenbenen amper", S),
    ("ik voel de pijn in mijn billen en mijn poep niet meer zo erg", {}),
    # ---- fr: "tout ce qu'il y a entre" without "les deux", after a comma; someone else's; as if nothing there ----
    ("l interieur de mes cuisses et tout ce qu il y a entre c est tout engourdi", S),
    ("mes fesses et tout ce qu'il y a entre sont comme mortes", S),
    ("l'entrejambe et tout ce qu'il y a entre, c'est comme endormi depuis hier", S),
    ("sur la cuvette mes fesses c'est comme si elles appartenaient à quelqu'un d'autre", S),
    ("mes fesses et l'intérieur de mes cuisses c'est comme si elles étaient à quelqu'un d'autre", S),
    ("le bas des fesses et l'intérieur des cuisses comme si y avait rien", S),
    ("quand je suis assise mes fesses c'est comme s'il y avait plus rien", S),
    ("quand je m'assois sur les toilettes mes fesses on dirait qu'elles sont à un autre", S),
    ("l interieur des cuisses et tout ce qu il y a entre est insensible et j arrive plus a retenir mon pipi", SB),
]
KEPT = [
    ("mijn zitvlak voelt lak na de tandarts", S),
    ("my bum and the inside of my thighs feel like somebody elses since yesterday", S),
    # ---- already read: the short forms and the kind told in full words ----
    ("ik voel men gat nie mee", S),
    ("als ik op de wc-bril zit voel ik mijn billen niet", S),
    ("when I sit on the toilet seat I can't feel my bottom or the inside of my thighs, as if it belongs to someone else", S),
    ("the inside of my thighs and everything in between feels like after an injection at the dentist", S),
    ("quand je m'assois sur la cuvette je sens plus mes fesses ni l'intérieur des cuisses, comme si c'était pas à moi", S),
    ("mijn billen voelen alsof ze van iemand anders zijn", S),
    ("mes fesses on dirait qu'elles sont à quelqu'un d'autre", S),
    ("depuis hier l'intérieur des cuisses et entre les deux c'est comme après une piqûre chez le dentiste", S),
    # ---- the dentist's injection in the mouth, a numb lip ----
    ("de tandarts heeft me gisteren een verdoving gegeven en mijn lip is nog doof", {}),
    ("after the dentist my lip still feels like it belongs to someone else", {}),
    ("chez le dentiste hier, ma lèvre est encore comme si elle était à quelqu'un d'autre", {}),
    ("ik heb lak aan wat de tandarts zegt", {}),
    # ---- one leg like someone else's: not the saddle ----
    ("mijn been voelt alsof het van een ander is", {}),
    ("mijn linkerbeen voelt lak of 't van een ander is", {}),
    ("my leg feels like it belongs to someone else", {}),
    ("my leg feels like it isnt there", {}),
    ("ma jambe gauche c'est comme si elle était à quelqu'un d'autre", {}),
    # ---- felt, denied ----
    ("ik voel alles mee als ik op de wc zit", {}),
    ("ik voel men gat en men dijn nog goed", {}),
    ("i feel the toilet seat cold, thats normal", {}),
    ("ik voel de wc-bril koud aan", {}),
    ("my bum aches and my legs feel like they belong to someone else after the run", {}),
    ("mes fesses et tout ce qu'il y a entre, ça va bien", {}),
    ("mijn billen en alles daartussen voelen normaal aan", {}),
    ("ik voel mijn billen en mijn dijen nog goed", {}),
    ("ik voel mijn billen en mijn benen niet meer pijn doen", {}),
    ("my wifes bum feels like it belongs to another person", {}),
]
test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
