"""Session 47, round R7 (issue 12): a bladder that will not empty told in Belgian French street words ("aller à la cour", to
go to the toilet: "depuis ce matin je dois aller à la cour mais rien ne sort"), a weak stream told as pee that dribbles or has
no pressure ("my pee kind of just dribbles these days", "mijn plas heeft geen druk meer", "mon pipi coule sans force"), and a
numb saddle told verb-first in Dutch, "slapen" / "sliep" before the saddle area ("na het fietsen slapen mijn billen en mijn
kruis", "toen sliep mijn kruis volledig").

Changed: the fr pack reads "aller à la cour" (the verb of going named, not a court: "la cour d'appel") as going to the toilet
(PASS_WATER, URGE_TARGET); the en, nl and fr packs' BLADDER_PATTERNS read the urine or the stream told with no pressure, force
or power ("has no pressure", "zonder druk", "sans force"), and the en pack the urine that dribbles or trickles behind hedge words
("just sort of"); the nl pack's SADDLE_PATTERNS read the sleeping verb ("slapen", "sliep") put first after a fronted time or
cause ("na het fietsen", "toen", "soms", "daarna"), with the saddle area as its subject.
Kept: the urge told plainly with nothing coming, peeing more often, "la cour" as a yard or a court, "rien ne vient" of
something else, a cyclist's numb bum that is fine straight after, the person who cannot sleep, the legs that sleep (both legs,
no saddle), the water pressure of a shower.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

B = {"bladder_bowel": True}
S = {"saddle_numbness": True}
CHANGED = [
    # English
    ("my pee just sort of dribbles out now", B),
    ("my pee kind of just dribbles these days", B),
    ("the wee sort of just trickles, theres no push behind it", B),
    ("my pee has no pressure anymore", B),
    ("my wee has hardly any force since the weekend", B),
    ("my pee has barely any pressure now", B),
    # Dutch (Flemish and Netherlands)
    ("na het fietsen slapen mijn billen en mijn kruis", S),
    ("gisteren na de rit sliepen mijn billen", S),
    ("na de velo slapen m'n billen en de binnenkant van m'n dijen", S),
    ("soms slapen mijn billen tot 's avonds", S),
    ("mijn plas heeft geen druk meer", B),
    ("mijne plas komt er zonder kracht uit", B),
    ("er zit geen druk meer achter mijn plas", B),
    # French
    ("depuis ce matin je dois aller à la cour mais rien ne sort", B),
    ("envie d'aller à la cour toute la nuit et rien ne vient", B),
    ("je suis allée à la cour trois fois, rien ne vient", B),
    ("mon pipi coule sans force", B),
    ("l'urine sort sans aucune pression", B),
    ("mon pipi n'a plus de pression", B),
]
KEPT = [
    # English
    ("I need to pee but nothing comes", B),
    ("I have to pee more often at night", {}),
    ("my pee dribbles out", B),
    ("since tuesday my wee has got no power behind it", B),
    ("my bum goes numb on the bike after 3 hours but is fine straight after", S),
    ("the water pressure in the shower has no force", {}),
    ("no pressure at work, just the back", {}),
    ("my pee has no pressure problems, only the back hurts", {}),
    # Dutch
    ("ik moet vaak plassen", {}),
    ("ik moet plassen maar er komt niks", B),
    ("mijn billen slapen", S),
    ("soms slapen mijn benen", {"both_legs": True, "leg_numbness": True}),
    ("ik kan niet slapen, mijn billen doen pijn", {}),
    ("na het fietsen slapen de kinderen", {}),
    ("na het slapen doen mijn billen pijn", {}),
    ("de douche heeft geen druk meer", {}),
    # French
    ("les enfants jouent à la cour", {}),
    ("j'attends le kiné, rien ne vient", {}),
    ("je suis allé à la cour d'appel, rien ne vient", {}),
    ("envie de faire pipi mais rien ne sort", B),
    ("je vais à la cour pour fumer", {}),
    ("je suis à la cour de l'école, rien ne vient", {}),
    ("la douche coule sans pression", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
