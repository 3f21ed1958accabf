"""Session 40, round D (issue 12): a fall told as landing on an edge, a rim or a frame with the lower back was not read.

The kind: the fall named by what the back came down on, an edge or a rim (the bath's rim getting out of it, a trampoline's
metal frame, a kerb, a step), not by "fell" with the floor or the back: "slipped climbing out of the tub and landed on the
rim with my lower back", "dropped back onto the rim of the bath", "vol op de rand van de trampoline geland", "achterover op
de boord van de badkuip geklapt", "retombee de tout son poids sur le rebord", "j'ai atterri sur le bord de la baignoire".
Changed (the packs' TRAUMA_PATTERNS, a session 40D block at each end, words in the packs' new FALL_EDGE): en a landing
verb ("landed", "came/went down", "fell", "dropped", "crashed", "slammed down", with "back", "hard", "full weight" ...)
on or onto an edge, rim, frame, kerb, ledge, step or the side of a bath, told by the person (not "the ball landed on the
rim", "my phone fell on the edge"), or with the back named after; nl "op/tegen de rand, boord, badrand, stang, frame ...
geland, gevallen, geklapt, gesmakt, terechtgekomen, neergekomen", the verb before too ("viel, klapte, smakte op de rand",
"kwam ... op de rand terecht"); fr "retombe(e), atterri(e), je me suis ecrase(e)/affale(e) ... sur/contre le rebord, le
bord, l'arete, le cadre, l'armature, la bordure, la marche".
Kept: sitting on or leaning over the bath's edge, cleaning the rim, landing softly on the trampoline's mat, a thing that
landed on a rim, the figurative edge ("on the edge of tears", "op de rand van een burn-out"), "fell asleep on the edge of
the bed", a fever that came down; and the old readings of falls on an edge.

Round 40D2 (finishing round D): two rules threw the landing away. A place at someone's before the fall was read as the one
who fell ("bij mijn nicht thuis op de badrand gevallen", "at my nan's house missed the bottom step and fell"): the packs'
new AT_PLACE_OF ("at", "round at", "over at", "bij", "chez") with a relative after it is read out before the trauma
words' subject is looked for (bot/reading/redflags.py _someone_else(places=True), only from _trauma_or_other: "my son fell
at my mum's" keeps the son). And the English "son" of FAMILY matched the French possessive "son" ("elle a glisse pour
sortir de son bain et elle est tombee" was a son's fall): en FAMILY's "son" now only after a possessive, an age or a
describing word ("my son", "our eldest son", "my 15 year old son"). Kept: a relative who fell at someone's place ("my son
fell off the trampoline at my mum's", "mijn zus is bij mijn moeder van de trap gevallen", "ma mere est tombee chez sa
voisine"), "my 15 year old son fell off his bike", a sitting or a bag on the rim at someone's.
Left: a relative named as the subject by a carer ("my dad came down hard on the edge of the bath") stays someone else's,
as "my mum fell down the stairs" does today.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

T = {"onset": "trauma"}
CHANGED = [
    # en: landed, came down, dropped on an edge, a rim, a frame
    ("slipped climbing out of the tub and landed on the rim with my lower back", T),
    ("came down on the bath edge with my full weight", T),
    ("dropped back onto the rim of the bath when my foot went", T),
    ("on my mate's trampoline i landed on the steel frame with my back", T),
    ("landed full weight on the frame of the trampoline", T),
    ("i landed on the edge with my back and now it's agony", T),
    ("came down hard on the edge of the hot tub, lower back first", T),
    ("i landed square on the step with my lower back", T),
    ("slammed down on the edge of the shower tray", T),
    ("lost my balance and came down backwards onto the ledge of the patio", T),
    ("i slipped on the wet tiles and dropped onto the side of the bath", T),
    # nl (Flemish too): op de rand, de boord, het frame geland, geklapt, terechtgekomen
    ("vol op de rand van de trampoline geland", T),
    ("ik kwam met volle gewicht op de rand van het bad terecht", T),
    ("achterover op de boord van de badkuip geklapt", T),
    ("op de stang van de trampoline terechtgekomen", T),
    ("ik ben bij het uitstappen op de badrand neergekomen", T),
    ("ze klapte met volle gewicht op de ijzeren rand", T),
    ("vanmorgen op het metalen frame van de trampoline geland", T),
    ("bij het uitstappen met volle gewicht op de rand van het bad neergeploft", T),
    ("op de trampoline op het ijzeren frame geland, onderrug eerst", T),
    ("ik smakte vol op de badrand", T),
    ("gisteren op de rand van de douchebak gedonderd", T),
    ("ze is op de boord van de badkuip terechtgekomen", T),
    # fr: retombe(e), atterri(e), ecrase(e) sur le rebord, le bord, l'arete, le cadre
    ("je suis retombée sur le rebord de la baignoire", T),
    ("j'ai atterri sur le bord de la baignoire", T),
    ("j'ai atterri sur le cadre du trampoline avec le bas du dos", T),
    ("je suis retombé de tout mon poids sur l'arête de la marche", T),
    ("retombé sur le rebord avec les reins", T),
    ("il a atterri sur l'armature en métal du trampoline", T),
    ("je me suis écrasé sur le rebord de la baignoire", T),
    ("en sortant de la douche j'ai glissé et je me suis affalée contre le rebord du bac", T),
    ("je suis retombé lourdement sur la bordure de la piscine", T),
    # 40D2 en: a place at someone's is no other person falling
    ("over at my mate's i came down hard on the steel frame of his trampoline", T),
    ("at my nan's house missed the bottom step and fell backwards onto it", T),
    ("at my uncle's bbq fell off the decking onto the edge of the patio", T),
    ("at my girlfriend's flat slipped in the shower and fell against the edge of the tray", T),
    ("round at my friend's yesterday fell down the stairs", T),
    ("over at my sister's landed on the edge of the bath when my foot slipped", T),
    ("round at my grandad's fell off the garden wall", T),
    ("at my mate's house tripped over the dog and fell down the stairs", T),
    # 40D2 nl: bij mijn neef, bij m'n tante (a place, not who fell)
    ("bij mijn nicht thuis op de badrand gevallen met mijn onderrug", T),
    ("bij m'n tante op de trampoline een salto gedaan en op de stang terechtgekomen", T),
    ("bij mijn broer van de ladder gevallen", T),
    ("bij ons oma in de badkamer uitgegleden en op de rand van het bad geklapt", T),
    ("vorige week bij mijn schoonouders van de trap gevallen", T),
    ("bij de buurman op het frame van de trampoline geland met mijn rug", T),
    ("bij mijn vriend thuis uitgegleden en achterover op de boord van de douchebak gevallen", T),
    ("bij mn zus van de trampoline gevallen op het ijzeren frame", T),
    # 40D2 fr (a carer): the French "son" (her, his) before the fall is no son
    ("elle a glissé pour sortir de son bain et elle est tombée sur le rebord", T),
    ("elle a perdu son équilibre en sortant de son bain et elle est tombée", T),
    ("elle a raté son pas dans l'escalier et elle est tombée sur les fesses", T),
    ("elle a lâché son déambulateur et elle est tombée en arrière", T),
    ("elle a accroché son pied au tapis et elle est tombée dans le couloir", T),
    ("elle a glissé en enlevant son pantalon et elle est tombée sur le bord de la baignoire", T),
    ("elle voulait attraper son peignoir et elle est tombée sur le rebord du bac", T),
]
KEPT = [
    # already read: falls on an edge told otherwise
    ("i fell back onto the edge of the bathtub", T),
    ("fell straight back onto the kerb with my lower back", T),
    ("crashed down onto the edge of the pool", T),
    ("ik ben achterover op de badrand gevallen", T),
    ("uitgegleden en op de rand van de douchebak geklapt", T),
    ("ik gleed uit en viel met mijn onderrug op de rand van het bad", T),
    ("uitgeschoven in de douche en keihard tegen de rand van de douchebak gesmakt", T),
    ("'k ben me rug op den boord van de bak gevallen", T),
    ("ik viel achterover op de rand van het zwembad", T),
    ("je suis tombé sur le rebord de la douche", T),
    ("j'ai glissé et je suis retombée sur le bas du dos contre le bord du bac", T),
    # no fall: sitting, leaning, cleaning, a soft landing, a thing, the figurative edge
    ("I sit on the edge of the bath to wash my feet", {}),
    ("i lean on the edge of the bath to wash", {}),
    ("bending over the rim to clean it hurts", {}),
    ("my back is on the edge", {}),
    ("landed softly on the trampoline mat, it's the bouncing that hurts", {}),
    ("the ball landed on the rim and bounced out", {}),
    ("my phone fell on the edge of the bath", {}),
    ("i fell asleep on the edge of the bed and woke up stiff", {}),
    ("i'm on the edge of tears with this back", {}),
    ("ik zit op de rand van het bad om mijn voeten te wassen", {}),
    ("ik leun op de rand van de badkuip", {}),
    ("ik ben op de rand van een burn-out beland door die rug", {}),
    ("op de mat van de trampoline geland, zacht, maar het springen doet pijn", {}),
    ("je m'assieds sur le rebord de la baignoire", {}),
    ("je me penche sur le rebord pour nettoyer la baignoire", {}),
    ("la fièvre est retombée hier", {}),
    ("le verre est tombé sur le rebord de l'évier", {}),
    # 40D2: a relative who fell at someone's, a son named, sitting or a bag on the rim at someone's
    ("my son fell off the trampoline at my mum's", {}),
    ("mijn zus is bij mijn moeder van de trap gevallen", {}),
    ("ma mère est tombée chez sa voisine", {}),
    ("my 15 year old son fell off his bike", {}),
    ("mon père a glissé pour sortir de son bain et il est tombé", {}),
    ("je m'assieds sur le rebord de la baignoire chez ma tante", {}),
    ("elle a posé son sac sur le rebord de la baignoire", {}),
    ("at my mate's we watched him land on the frame", {}),
    ("chez ma tante je me suis écrasée sur le rebord de la baignoire", T),
    ("chez mon cousin j'ai atterri sur le cadre du trampoline avec le bas du dos", T),
    ("il a glissé pour sortir de son lit et il est tombé par terre", T),
    ("en voulant sortir de son bain il a glissé et il est tombé sur le carrelage", T),
    ("il a posé son pied sur le rebord et il est retombé sur le dos", T),
    ("il est monté sur son escabeau et il est tombé", T),
    ("il a glissé en enjambant le bord de son bain et il est tombé sur le rebord", T),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
