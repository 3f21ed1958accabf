"""Session 40, round C (issue 12): the trauma onset, a blow told as being hit, pushed or crushed by a person or an animal.

A blow told through a player or a big animal (a tackle, a charge, a cow or a horse pressing one against a gate or a wall) was
missed when told with another verb than the house's: "got clobbered by their winger", "one of their forwards steamrolled
me", "a horse pushed me against the stable door", "ik werd door een stier tegen de omheining geplet", "nadat de koe me tegen
het hek duwde", West-Flemish "de koe et mie tegen de ekke gedrukt" (mie = mij, ekke = hek), "j'ai ete plaque par leur numero
8", "un cheval m'a bouscule contre la porte du box", "j'ai pris un gros plaquage".
Changed: new TRAUMA_PATTERNS in the en, nl and fr packs (session 40C blocks: the blow word with "by"/"door"/"par" and a
player or an animal (_C40_AGENT), the player or animal striking "me", pushed or shoved against a hard thing, a tackle or a
charge taken); the packs' _HARD_SURFACE grew (nl "ekke", "poort", "omheining", "buis"; fr "barres", "tube", "piquet"); nl
STREET "mie" = mij.

Kept: tackling someone else (read as the house reads it today), a dog leaning softly against a leg, pushing the cow oneself,
watching a match, a referee who "pushed me to play on", a bruise with no blow named, "I feel crushed" (tired), a team beaten
("we got hammered by their side", "on s'est fait ecraser par leur equipe"), "got smashed" (drunk), "taken out for dinner",
"wiped out by the flu" (its fever word read as today), a partner who "m'a plaque", a push into the car, a relative's blow.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

T = {"onset": "trauma"}
CHANGED = [
    # en: a player or an animal striking the person
    ("their flanker clattered into me and my back bent the wrong way", T),
    ("got taken out by a big centre on sunday, felt something go in my lower back", T),
    ("smashed from the side by a lad twice my size, back crunched", T),
    ("a horse pushed me against the stable door and now my back is killing me", T),
    ("i was clobbered by their winger and folded over backwards", T),
    ("one of their forwards steamrolled me, heard a crack in my back", T),
    ("the heifer barged me into the metal bars of the crush", T),
    ("their number 6 drove me into the ground with his shoulder", T),
    ("i got sandwiched between two players and bent backwards", T),
    ("got body checked into the boards at hockey, lower back sore since", T),
    ("my horse barged me into the fence and my lower back hurts", T),
    ("got bulldozed by their hooker", T),
    # nl (ook West-Vlaams): een speler of een dier
    ("ik werd door een stier tegen de omheining geplet", T),
    ("een rund heeft mij tegen de boxwand geduwd met heel haar gewicht", T),
    ("de koe èt mie tegen de ekke gedrukt", T),
    ("ik heb een blauwe plek zo groot als mijn hand nadat de koe me tegen het hek duwde", T),
    ("ik kreeg een zware charge van opzij op het voetbal en mijn rug kraakte", T),
    ("ik ben door een paard tegen het hek geduwd", T),
    ("werd op de training omver gebeukt door een verdediger", T),
    ("de koe heeft mij geplet tegen de poort", T),
    ("hun spits walste over mij heen en mijn rug kraakte", T),
    ("ik werd op het veld weggemaaid en plooide achterover", T),
    ("ik werd door hun nummer 8 omvergekegeld, voelde iets kraken", T),
    ("ik kreeg een vuile tackle van opzij en ben achterover geplooid", T),
    ("de koe èt mie geplet tegen de ekke, ik èn ne zwarte plekke", T),
    ("'t peird èt mie tegen de muur van de stal geduwd", T),
    ("ik werd door de koe geplet tegen het hek, nu een zwarte plek zo groot als mijn hand", T),
    # fr: un joueur ou une bête
    ("j'ai pris un gros plaquage de côté au rugby, le dos a craqué", T),
    ("un cheval m'a bousculé contre la porte du box", T),
    ("j'ai été plaqué par leur numéro 8 et mon dos s'est plié en arrière", T),
    ("la génisse m'a serré contre les barres, j'ai un bleu énorme", T),
    ("je me suis fait écraser par un joueur adverse", T),
    ("j'ai été bousculé violemment par un joueur et je suis parti en arrière", T),
    ("leur pilier m'a écrasé dans le regroupement, j'ai entendu craquer", T),
    ("le taureau m'a chargé dans le pré et m'a envoyé contre la clôture", T),
    ("j'ai été encorné par une vache hier", T),
    ("un avant m'a pris de plein fouet, j'ai un gros bleu sur les reins", T),
    ("je me suis fait pietiner par un cheval", T),
    ("la vache m'a projetée contre le tube du cornadis", T),
    ("un des gars d'en face m'a atomisé à la réception", T),
]
KEPT = [
    # en: already read
    ("got flattened by their prop in the second half and landed on my back", T),
    ("a cow squeezed me against the gate", T),
    ("got hit hard by a defender and my spine bent backwards", T),
    ("the mare slammed me against the wall of the box", T),
    ("a bullock rammed me against the trailer", T),
    # en: no blow to the person
    ("my dog pushed against my leg and it was fine", {}),
    ("i pushed the cow back into the pen", {}),
    ("watching the match on tv my back seized", {}),
    ("the ref pushed me to play on", {}),
    ("i have a bruise on my back but no idea where from", {}),
    ("i feel crushed, so tired all the time", {}),
    ("we got hammered by their side 40 nil", {}),
    ("our team got crushed by their forwards", {}),
    ("i got smashed last night and woke up with back pain", {}),
    ("got taken out by a lad for dinner, sat for hours and my back is sore", {}),
    ("i was wiped out by the flu and my back aches", {"fever": True}),
    ("their winger beat me in the race", {}),
    ("i was crushed by the news and my back hurts", {}),
    ("the kids wiped me out today and my back is stiff", {}),
    ("my husband pushed me into the car to get to the doctor", {}),
    ("he hammered me at tennis, back sore after", {}),
    ("i tackled a guy on saturday and my back hurt after", T),  # as the house reads it today
    # nl
    ("de stier heeft me tegen de muur gedrukt, ik heb een zwarte plek op mijn rug", T),
    ("ik zat klem tussen de koe en het hek", T),
    ("een verdediger ramde me vol in de zij op het veld", T),
    ("mijn hond duwde tegen mijn been, niks ergs", {}),
    ("ik duwde de koe terug in de stal en toen schoot het in mijn rug", {}),
    ("ik keek naar de match op tv en mijn rug werd stijf", {}),
    ("de scheidsrechter duwde me om door te spelen", {}),
    ("ik heb een blauwe plek op mijn rug maar weet niet van waar", {}),
    ("ik voel me geplet, zo moe", {}),
    ("we werden ingemaakt door hun ploeg en mijn rug doet pijn", {}),
    ("mijn vrouw duwde me in de auto om naar de dokter te gaan", {}),
    ("ik kreeg een duwtje in de rug van mijn baas", {}),
    ("de pijn drukte tegen mijn onderrug", {}),
    ("ik heb de koe tegen het hek geduwd om ze te melken", {}),
    ("ik kreeg een zwarte plek op mijn rug zonder te weten hoe", {}),
    # fr
    ("une vache m'a écrasé contre la barrière avec tout son poids", T),
    ("je me suis fait percuter de côté par un costaud, plié en deux vers l'arrière", T),
    ("j'ai plaqué un adversaire samedi et depuis j'ai mal au dos", {}),
    ("mon chien s'est appuyé contre ma jambe", {}),
    ("j'ai poussé la vache dans l'enclos", {}),
    ("je regardais le match à la télé et mon dos s'est bloqué", {}),
    ("l'arbitre m'a poussé à continuer", {}),
    ("j'ai un bleu dans le dos mais je ne sais pas d'où", {}),
    ("je me sens écrasé, tellement fatigué", {}),
    ("on s'est fait écraser par leur équipe, et j'ai mal au dos", {}),
    ("ma copine m'a plaqué et depuis j'ai mal au dos", {}),
    ("j'ai été écrasé par la fatigue cette semaine", {}),
    ("j'ai pris un coup de vieux et mal au dos", {}),
    ("sur un coup de tête j'ai couru 10 km, mal au dos depuis", {}),
    ("mon mari m'a poussée dans la voiture pour aller chez le médecin", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
