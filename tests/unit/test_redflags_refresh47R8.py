"""Session 47, round R8 (issue 12): the onset of the story, falls told in street verbs missed as trauma, and a pull or a
caught slip read as trauma.

Missed: the Flemish "gekieperd" ("ben achterover van de trapladder gekieperd"), the bare French "je me suis étalé(e)" (only
read with a place such as "de tout mon long", "sur le trottoir"), English slang falls ("hit the deck", "went sprawling",
"went a purler", "went smack onto my tailbone", "took a header down the steps", "bit the dust", "ate pavement"), and a fall
whose clause names the company the patient was with ("was met de kleinkinderen op de schaatsbaan en ben op mijn stuit
gesmakt": the relative after "met"/"with"/"avec" was read as the one who fell), and the French "quand même" read as the
Flemish grandmother "meme" ("je me suis rattrapée mais j'ai quand même cogné le dos"). Read as trauma: a pain that "tire /
lance un coup" ("once, a jolt", no blow), and a slip caught with the knees or hands told as never reaching the ground
("m'n knieën hebben de grond niet eens gehaald").
Changed: TRAUMA_PATTERNS in the en, nl and fr packs; BLOW_IDIOMS (fr); NOTHING_STRUCK (nl); the packs' COMPANY_OF and
OTHER_SUBJECTS with bot/reading/redflags.py _someone_else (the company is read out of the fall's subject words, unless
a he/she/they is named there); the nl FAMILY "meme" not after "quand", "tout de".
Kept: the falls told plainly, a blow received, a fall "d'un coup", a slip with a landing, a caught slip with an impact,
someone else's fall (a relative the subject, or "he" after the company), "étalé" of cream or on the sofa, things tipped.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

T = {"onset": "trauma"}
CHANGED = [
    # English
    ("hit the deck on the icy path this morning and my lower back is killing me", T),
    ("went sprawling over a loose paving slab yesterday", T),
    ("went a right purler on the wet kitchen tiles", T),
    ("went smack onto my tailbone on the frozen step", T),
    ("took a header down the cellar steps on friday", T),
    ("bit the dust on the wet floor at the supermarket", T),
    ("ate pavement when my toe caught the kerb", T),
    # Dutch (Flemish and Netherlands)
    ("ben gisteren achterover van de trapladder gekieperd, recht op mijn rug", T),
    ("k ben van mijne fiets gekieperd op weg naar 't werk", T),
    ("ik ben de keldertrap afgekieperd", T),
    ("ben achterover gekieperd met stoel en al", T),
    ("was zondag met de kleinkinderen op de schaatsbaan en ben keihard op mijn stuit gesmakt", T),
    ("ik was met mijn dochter aan het wandelen en ben op mijn stuitje gevallen", T),
    ("uitgegleden bij de bakker, maar ik hing aan de toonbank en mijn knieën hebben de vloer nie eens gehaald", {}),
    ("uitgegleden op de markt maar m'n handen hebben de grond nie gehaald, sindsdien trekt het in mijn rug", {}),
    # French
    ("je me suis étalé dans la cuisine en sortant de la douche", T),
    ("je me suis étalée hier devant la boulangerie", T),
    ("le matin quand je me penche, ça me lance un coup dans les reins", {}),
    ("dès que je tousse ça tire un coup dans le bas du dos", {}),
    ("je me suis rattrapée au lavabo mais j'ai quand même cogné le dos contre le meuble", T),
    ("j'ai glissé mais je me suis rattrapé, j'ai tout de même tapé le dos contre la table", T),
]
KEPT = [
    # English
    ("I slipped and fell on my back", T),
    ("slipped on the stairs but grabbed the handrail and never went down", {}),
    ("my husband fell off the ladder last week", {}),
    ("my old laptop finally bit the dust", {}),
    ("went flying down the stairs to get the door", {}),
    # Dutch
    ("uitgegleden en op mijn rug gevallen", T),
    ("ik heb de vuilbak omgekieperd", {}),
    ("mijn zoon is van de ladder gekieperd", {}),
    ("ik was met mijn man op de ijsbaan en hij is op zijn rug gevallen", {}),
    ("ik gleed uit maar kon me nog opvangen aan het hek", {}),
    # French
    ("j'ai reçu un coup dans le dos", T),
    ("je suis tombé d'un coup sur le dos", T),
    ("je me suis étalé de la pommade sur le dos", {}),
    ("je me suis étalée sur le canapé", {}),
    ("je me suis rattrapé mais j'ai tapé le dos contre la table", T),
    ("j'ai glissé, je me suis rattrapée au comptoir et je suis pas tombée", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
