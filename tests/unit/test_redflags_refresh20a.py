"""Red flags (session 20, helper A): misses of a blind refresh, in general form with en/nl/fr twins.

Night pain told as the things tried at night and "nothing works" (Jamaican "mi try lie pon mi side, pon mi back, pillow
under knee, nutten work"; "draaien, kussen tussen de knieen, opstaan: maakt allemaal geen verschil, het blijft even hard
tot de wekker gaat"; "une douleur dans le bas du dos qui me reveille chaque nuit, je me tourne ... rien n'y fait"), and
woken from a pain named with a word between ("wakker van een zeurende pijn"). Trauma told as a collision: a vehicle that
"slam into the back of my car", "in de zijkant van mijn auto", "dans le cote de ma voiture"; another player's knee ("de
knie van zon gast vol in mn onderrug", "le genou d'un gars en plein dans le dos"). The saddle told by the anus in speech
("my butthole area feels numb", "rond mijn poepgaatje voelt het doof", "autour du trou de balle je sens plus rien").
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

NIGHT = {"night_pain": True}
NIGHT_CANCER = {"cancer_history": True, "night_pain": True}
TRAUMA = {"onset": "trauma"}
SADDLE = {"saddle_numbness": True}

CHANGED = [
    # night: the tries listed, then nothing works
    ("Morning doc. Mi back a kill mi from last month, low down. Mi did have the breast cancer 2019, dem do operation and "
     "radiation. Now di pain nuh ease up at all at night, mi try lie pon mi side, pon mi back, pillow under knee, nutten "
     "work, mi just wake up and bawl", NIGHT_CANCER),
    ("the pain doesnt ease at night, i try my side, my back, pillow under the knees, nothing works", NIGHT),
    ("every night i get woken by a nagging ache, i try my side, my front, a pillow under my knees, none of it works", NIGHT),
    ("at night i tried lying on my side, on my back, a pillow under my knee, nutn work", NIGHT),
    ("every night i wake up from the ache in my lower back", NIGHT),
    ("it wakes me, i turn over, pillow between the knees, it stays just as bad till the alarm goes", NIGHT),
    ("Elke nacht rond een uur of drie word ik wakker van een zeurende pijn onder in mijn rug. Draaien, kussen tussen de "
     "knieën, opstaan en rondlopen, warme kruik: maakt allemaal geen verschil, het blijft even hard tot de wekker gaat. "
     "Overdag valt het eigenlijk mee.", NIGHT),
    ("'s nachts word ik wakker van mijn rug, ik draai me om, kussen tussen de knieën, opstaan, 't maakt niks uit", NIGHT),
    ("ik word elke nacht wakker van een zeurende pijn, op mijn zij, op mijn buik, een kussen, het helpt allemaal niet", NIGHT),
    ("draaien, een kussen onder de knieën, opstaan: het blijft even erg tot de wekker", NIGHT),
    ("J'ai été soignée pour un cancer du sein il y a 4 ans (chimio, rayons, tout le tralala) et là depuis un mois j'ai une "
     "douleur dans le bas du dos qui me réveille chaque nuit, je me tourne, je mets un coussin entre les genoux, je me lève, "
     "je fais le tour de la cuisine, rien n'y fait. L'oncologue c'est seulement en février", NIGHT_CANCER),
    ("j'ai mal au dos qui me réveille toutes les nuits, je me mets sur le côté, sur le dos, un coussin sous les genoux, "
     "rien ne marche", NIGHT),
    ("ça me réveille chaque nuit, je me tourne, je me lève, rien à faire", NIGHT),
    ("je suis réveillée chaque nuit par une douleur sourde", NIGHT),
    ("je me retourne, coussin entre les genoux, bouillotte, ça reste pareil jusqu'au réveil", NIGHT),
    # trauma: a vehicle into the back or side of one's car; another player's knee
    ("Yuh see this back pain? Since a maxi taxi slam into the back of my car on the highway wednesday gone it just get "
     "worse and worse, low down by my waist. I did feel ok the first day eh. Should I go get it check?", TRAUMA),
    ("a bus ran into the side of my car on monday, since then my back is sore", TRAUMA),
    ("a lorry ploughs into the rear of our van and now my lower back hurts", TRAUMA),
    ("got t-boned at a junction last week", TRAUMA),
    ("een busje is achter op mijn auto geknald, sindsdien pijn in de onderrug", TRAUMA),
    ("een taxi reed in de zijkant van onze auto", TRAUMA),
    ("un bus est rentré dans le côté de ma voiture, depuis j'ai mal au dos", TRAUMA),
    ("Hoi, zondag bij 't voetballen kreeg ik de knie van zo'n gast vol in m'n onderrug bij een duel, lag meteen op de "
     "grond. Kon nog wel naar huis fietsen maar nou kan ik amper bukken en as ik hoest is 't echt au.", TRAUMA),
    ("bij de training kreeg ik de elleboog van een tegenstander in mijn rug", TRAUMA),
    ("got the knee of some lad right in my lower back at football", TRAUMA),
    ("a defender elbowed me in the lower back during the game", TRAUMA),
    ("j'ai pris le genou d'un gars en plein dans le bas du dos au foot", TRAUMA),
    # saddle: the anus in speech, with a hedge
    ("ALSO and this is awkward, my butthole area feels numb?? like pressure but i cant really feel it", SADDLE),
    ("my bumhole feels kind of numb i think", SADDLE),
    ("my arsehole feels numb, i can barely feel it", SADDLE),
    ("rond mijn poepgaatje voelt het precies doof", SADDLE),
    ("rond mijn poepgat voel ik bijna niks", SADDLE),
    ("autour du trou de balle je sens plus rien", SADDLE),
    ("le trou de balle c'est comme insensible, je sens pas vraiment", SADDLE),
]

KEPT = [
    # night: only when turning over; awake from stress; a pillow that helps
    ("it only hurts when i turn over at night", {}),
    ("i lie awake at night from stress about work, the back is fine at night", {}),
    ("at night a pillow between my knees helps", {}),
    ("at night i put a pillow between my knees, turn on my side, and that helps", {}),
    ("ik heb alleen pijn als ik mij omdraai in bed", {}),
    ("ik lig 's nachts wakker van de stress, mijn rug is dan rustig", {}),
    ("'s nachts helpt een kussen tussen de knieën", {}),
    ("ik word wakker met een stijve rug", {}),
    ("ik word wakker van de wekker en mijn rug is stijf", {}),
    ("j'ai mal seulement quand je me retourne dans le lit", {}),
    ("je suis réveillée la nuit par le stress, pas par le dos", {}),
    ("la nuit un coussin entre les genoux ça aide", {}),
    ("je suis réveillée par le bruit des voisins, le dos va bien", {}),
    ("i wake up with a stiff back every morning", {}),
    ("at night its fine, during the day i tried heat, ice, pills, nothing helps", {}),
    ("at night the pain wakes me up, i try lying on my side, on my back, a pillow under my knee, nothing works", NIGHT),
    ("elke nacht word ik wakker van de pijn, op mijn zij, op mijn rug, een kussen onder de knie, niks helpt", NIGHT),
    # trauma: a door slammed; a knee of one's own
    ("i slammed the car door and it twinged", {}),
    ("i put the shopping into the back of my car and my back twinged", {}),
    ("my knee is sore from football", {}),
    ("the pain goes from my knee into my back", {}),
    ("de pijn trekt van de knie van mijn linkerbeen in mijn rug", {}),
    ("ik sloeg de autodeur dicht en voelde mijn rug", {}),
    ("ik heb pijn aan mijn knie van het voetballen", {}),
    ("j'ai claqué la portière et j'ai senti mon dos", {}),
    ("j'ai mal au genou depuis le foot", {}),
    ("a van slammed into the back of my car last week", TRAUMA),
    ("er reed een vrachtwagen achterop mijn auto", TRAUMA),
    ("une camionnette a embouti l'arrière de ma voiture", TRAUMA),
    ("ne camion is tegen de zijkant van mijne wagen gebotst", TRAUMA),
    # saddle: the anus with pain or an itch, feeling told normal; a belt hole
    ("my butthole hurts when i poop", {}),
    ("my anus is itchy", {}),
    ("mijn aars doet pijn bij het kakken", {}),
    ("rond mijn aars voel ik alles normaal", {}),
    ("j'ai mal à l'anus quand je vais à selle", {}),
    ("rond mijn anus voel ik niet veel meer", SADDLE),
    ("autour de l'anus je sens plus grand chose", SADDLE),
    ("my butt hole feels kind of numb i think", SADDLE),
    ("mon trou du cul est comme engourdi, je sens pas vraiment", SADDLE),
    ("some arsehole rear ended me and now my back hurts", TRAUMA),
    ("ik heb een gaatje in mijn tand en voel niks aan die kant", {}),
]


test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
