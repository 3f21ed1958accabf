"""Session 41, round A (issue 12): the trauma onset, a blow in a contact sport or a fight, and a push that is no blow.

A blow from another player or a person was missed when told with a sport phrase between the blow and the back ("took a
big hit in training on my lower back"), as a player who ran or went straight through the person ("the prop went straight
through me in the ruck"), a pile of players landing on the person, a late challenge that caught the person, being kneed,
booted or elbowed in the back; Dutch and Flemish "een tackle gekregen", "hij liep dwars door mij", "kreeg ik een schouder
tegen mijn rug", "ne stamp in mijn rug", "ze hebben mij geslagen", "gevloerd door een verdediger"; French "un choc dans une
melee", "pris un tacle par derriere", "je me suis fait frapper". A push that is no blow ("was pushed by my coach to run more
laps") was read as a blow.
Changed: new TRAUMA_PATTERNS in the en, nl and fr packs (session 41A blocks); the en "was/got pushed" pattern no longer takes
a push to do more (by a physio, a coach, a trainer, a boss, or "pushed to do", "pushed into doing"; a push into, over, down or
against something stays a blow).

Kept: a push or a pressure that is no blow (pushed oneself, pushed through the pain, hit the gym, hit a wall, hit 40, a
financial hit, the pain that hit, "the pain went straight through me", "he went through me for being late", "d'un coup",
"in een keer", "het sloeg toe", a knee operation, "geslaagd" (passed an exam), a team beaten, "gevloerd door de griep", a
boss who "m'a tacle en reunion", "un coup de fatigue"), someone else struck ("my son got tackled"), a blow denied, and a
real push (into a table, over in a fight) still read.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

T = {"onset": "trauma"}
CHANGED = [
    # en: a blow from a player or a person
    ("i took a hit in the game to my back and it's been stiff since", T),
    ("took a big hit in training on my lower back", T),
    ("took a heavy hit in the derby, back's been sore since", T),
    ("the prop went straight through me in the ruck", T),
    ("she ran straight through me in netball and my back twisted", T),
    ("he ran right through me at training, back has ached since", T),
    ("two of them landed on me in the pile up", T),
    ("a late challenge caught me in the back on saturday", T),
    ("got caught with a late tackle, lower back sore since", T),
    ("i got kneed in my back at five a side", T),
    ("kneed in the back at judo, now it hurts to bend", T),
    ("he booted me in the back during the scrap", T),
    ("i got elbowed in the back in basketball", T),
    # en: a push to do more is no blow
    ("i was pushed by my coach to run more laps and my back is sore", {}),
    ("got pushed by my trainer to lift more, back aches", {}),
    ("i was pushed to do extra sets by my physio, lower back stiff", {}),
    # nl (incl. Flemish)
    ("ik heb een tackle gekregen en sindsdien rugpijn", T),
    ("zaterdag een zware tackle gekregen op het veld, rug doet zeer", T),
    ("hij liep dwars door mij heen bij het rugby", T),
    ("die gast liep dwars door mij, sindsdien pijn onderaan de rug", T),
    ("bij een ruck kreeg ik een schouder tegen mijn rug", T),
    ("in de scrum kwam er iemand vol tegen mijn rug", T),
    ("ik kreeg ne stamp in mijn rug op de training", T),
    ("ze hebben mij geslagen op straat en mijn rug doet zeer", T),
    ("ik ben gevloerd door een verdediger, rug is stijf", T),
    # fr
    ("un choc dans une mêlée, depuis mal au dos", T),
    ("j'ai pris un choc dans la mêlée samedi", T),
    ("j'ai pris un tacle par derrière et j'ai mal au bas du dos", T),
    ("un adversaire m'a taclé par derrière", T),
    ("je me suis fait tacler violemment au foot", T),
    ("je me suis fait frapper dans une bagarre, mal au dos depuis", T),
    ("je me suis fait tabasser en sortant du bar", T),
    ("j'ai été tacle par un joueur adverse", T),
    ("un impact violent pendant le match, dos bloqué depuis", T),
]
KEPT = [
    # en: already read
    ("i took a knock during the match on my back", T),
    ("their winger ran through me", T),
    ("he landed on top of me in the maul", T),
    ("a guy kneed me in the lower back at jiu jitsu", T),
    ("i was pushed into the table by a player", T),
    ("i was pushed over in a fight", T),
    ("i got pushed in the back at a gig and fell", T),
    # en: no blow
    ("i pushed myself too hard at the gym", {}),
    ("i pushed through the pain", {}),
    ("my coach pushed me to train harder", {}),
    ("i hit the gym hard last week", {}),
    ("i hit a wall at work, exhausted", {}),
    ("i hit 40 this year and the back is going", {}),
    ("i took a hit financially when i stopped work", {}),
    ("the pain hit me when i bent over", {}),
    ("the pain went straight through me", {}),
    ("he went through me for being late", {}),
    ("he looked right through me", {}),
    ("got booted out of the club for being late", {}),
    ("my son got tackled at rugby and i lifted him", {}),
    ("no fall, no knock, no blow", {}),
    ("i didn't take a hit or fall, it just started", {}),
    ("pushed by my boss to work overtime", {}),
    # nl
    ("ik heb een knie in mijn rug gekregen bij het voetballen", T),
    ("ik kreeg ne slag in mijn rug op café", T),
    ("ik werd getackeld en mijn onderrug doet pijn", T),
    ("mijn kinesist heeft me gepusht om meer herhalingen te doen", {}),
    ("ik heb mezelf te hard gepusht in de fitness", {}),
    ("in één keer schoot het in mijn rug", {}),
    ("het sloeg toe toen ik me bukte", {}),
    ("ik heb een knie-operatie gehad vorig jaar", {}),
    ("mijn zoon werd getackeld bij rugby", {}),
    ("niet gevallen, geen klap, geen stoot", {}),
    ("ik ben geslaagd voor mijn examen", {}),
    ("we hebben ze geslagen met 3-0", {}),
    ("de pijn ging dwars door mij heen", {}),
    ("die pijn ging dwars door me", {}),
    # fr
    ("j'ai pris un coup de genou dans le dos au foot", T),
    ("il m'est rentré dedans pendant le match", T),
    ("mon kiné m'a poussé à faire plus de répétitions", {}),
    ("je me suis trop poussé à la salle", {}),
    ("ça m'a frappé d'un coup en me penchant", {}),
    ("ça a lâché d'un coup", {}),
    ("mon fils s'est fait plaquer au rugby", {}),
    ("pas de chute, pas de coup, pas de choc", {}),
    ("j'ai eu une opération du genou", {}),
    ("mon chef m'a taclé en réunion", {}),
    ("j'ai eu un coup de fatigue pendant le match", {}),
    ("un coup dur pendant le match", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
