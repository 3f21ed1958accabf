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
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
