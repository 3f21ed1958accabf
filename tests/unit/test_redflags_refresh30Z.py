"""Session 30Z: accidents told as a scene, weight lost without trying, "ill" that is not fever.

Blind messages (refresh 47, scored on main) were read wrong:
1. a cyclist struck by a car door opened in front of them ("dooring") and the fall told only by where the body ended up
   ("ik lig op de stoeprand", "I ended up on the kerb", "je me suis retrouve sur le trottoir") gave no trauma;
2. someone pinned or crushed by an animal or a load ("a cow crushed me against the gate", "een koe drukte me tegen het
   hek", "une vache m'a coince contre la barriere", "the full weight of the horse") gave no trauma;
3. weight lost while eating as usual told as "en train de maigrir", "j'ai laisse 6 kilos" (African French), "ik
   vermager", "shed 5 kilos", "gone down two sizes" gave no weight loss; and others asking whether the patient is ill
   ("les voisins demandent si je suis malade", "ze vragen of ik echt ziek ben", "friends ask if i am really sick") read
   as fever, which needs a temperature, chills or feeling very unwell told of oneself.

Changed (session 30Z):
- TRAUMA_PATTERNS (en, nl, fr): the street surface the body ended up or lay on (_STREET in nl and fr: kerb, pavement,
  road, gutter, tarmac; stoep, stoeprand, straat, asfalt, fietspad; trottoir, chaussee, bitume, caniveau; not the floor
  or the ground alone, not "a la rue", "the road to recovery"); a car door opened into a cyclist ("got doored", "reed
  tegen een portier", "je me suis pris une portiere"); pinned, crushed, jammed against, between or under a hard thing or
  a big animal (_HARD_SURFACE, _BEAST) and the full weight of a big animal (not a nerve "trapped between the discs", a
  hug "serre contre lui", "je me suis bloque le dos sous la voiture", a carer taking a relative's weight).
- WEIGHT_PATTERNS (en, nl, fr): "shed N kilos", "getting lighter / really thin", "my weight keeps falling", "the scales
  going down", "gone down two sizes", "lighter than"; "ik vermager", "aan het vermageren", "ik teer weg", "ik word
  steeds lichter", "een maat kleiner"; "en train de maigrir", "commence a perdre du poids", "je mincis", "je
  m'amaigris", "laisse N kilos" (not "5 kilos de riz"), "je deviens maigre", "de plus en plus maigre", "la balance
  descend", "une taille en moins", "je flotte dans mes habits" (a diet or a wish stays intent).
- SICK_ASKED (en, nl, fr; engine _SICK_ASKED in _fever_skip): someone else asking or thinking whether the patient is ill,
  just before the sick word, is no fever (the patient's own "i think im ill", "je me demande si je suis malade" stay).
New literal words are bracketed so the typo reader's vocabulary is unchanged.

Read: (find_red_flags onset, read_story onset, weight_loss, fever)."""

from datetime import date

from bot.reading.answers import read_story
from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round


def read(text):
    flags = find_red_flags(text)
    return (flags.get("onset"), read_story(text, date(2026, 12, 1)).get("onset"), flags.get("weight_loss"), flags.get("fever"))


CHANGED = [
    # trauma: dooring and a fall told by where the body ended up
    ('a driver flung his door open as I cycled past and I ended up on the kerb', ('trauma', 'trauma', None, None)),
    ('someone opened a car door into my bike, next thing I was lying on the road', ('trauma', 'trauma', None, None)),
    ('cycling to work a taxi door swung open and I ended up in the gutter', ('trauma', 'trauma', None, None)),
    ('a van door flew open and I went straight into it on my bike, back sore since', ('trauma', 'trauma', None, None)),
    ('the driver opened his door right into me and my lower back has hurt since', ('trauma', 'trauma', None, None)),
    ('iemand deed zijn portier open toen ik langs fietste en ik lag op straat', ('trauma', 'trauma', None, None)),
    ('een automobilist zwaaide zijn deur open en ik belandde op de stoep', ('trauma', 'trauma', None, None)),
    ('ik reed tegen een openzwaaiend portier en sindsdien rugpijn', ('trauma', 'trauma', None, None)),
    ('ineens ging er een autodeur open, ik lag op het asfalt', ('trauma', 'trauma', None, None)),
    ('er ging een portier open en ik lag plat op de weg, nu pijn onderin mijn rug', ('trauma', 'trauma', None, None)),
    ("une portière s'est ouverte devant mon vélo et j'ai atterri sur le trottoir", ('trauma', 'trauma', None, None)),
    ('je me suis pris une portière en scooter, depuis mal aux reins', ('trauma', 'trauma', None, None)),
    ("quelqu'un a ouvert sa portière sans regarder et je me suis retrouvé sur la chaussée", ('trauma', 'trauma', None, None)),
    ('je me suis retrouvée allongée sur le bord du trottoir, mon dos me fait mal depuis', ('trauma', 'trauma', None, None)),
    # trauma: pinned or crushed by an animal or a load
    ('my horse pinned me against the stable wall, back sore since', ('trauma', 'trauma', None, None)),
    ('a cow crushed me against the gate on sunday', ('trauma', 'trauma', None, None)),
    ('got squashed between a bullock and the fence and my back hurts', ('trauma', 'trauma', None, None)),
    ('I took the full weight of the cow on my back', ('trauma', 'trauma', None, None)),
    ('got trapped under the quad bike when it tipped over', ('trauma', 'trauma', None, None)),
    ('een koe drukte me tegen het hek en nu heb ik rugpijn', ('trauma', 'trauma', None, None)),
    ('mijn paard heeft me klemgezet tegen de stalmuur', ('trauma', 'trauma', None, None)),
    ('ik zat klem tussen de stier en het hek', ('trauma', 'trauma', None, None)),
    ('ik kreeg het volle gewicht van de koe op mijn rug', ('trauma', 'trauma', None, None)),
    ('het paard heeft me tegen de muur geplet, sindsdien rugpijn', ('trauma', 'trauma', None, None)),
    ("mon cheval m'a écrasé contre le mur du box", ('trauma', 'trauma', None, None)),
    ("une vache m'a plaqué contre la clôture hier", ('trauma', 'trauma', None, None)),
    ('je me suis fait coincer entre le taureau et le portail', ('trauma', 'trauma', None, None)),
    ("j'ai pris tout le poids de la bête sur le dos", ('trauma', 'trauma', None, None)),
    ("la jument m'a coincée contre la porte de l'écurie", ('trauma', 'trauma', None, None)),
    # weight lost while eating as usual
    ("I've shed 5 kilos though my appetite is the same", (None, None, True, None)),
    ("I've gone down two sizes while eating the same food", (None, None, True, None)),
    ("I've been getting lighter though I eat normally", (None, None, True, None)),
    ('my weight keeps falling though my appetite is good', (None, None, True, None)),
    ('the scales keep showing less and I eat the same', (None, None, True, None)),
    ('ik vermager zonder dat ik minder eet', (None, None, True, None)),
    ('ik ben aan het vermageren, eet wel gewoon', (None, None, True, None)),
    ('ik teer weg terwijl ik normaal eet', (None, None, True, None)),
    ('ik word steeds lichter terwijl ik gewoon eet', (None, None, True, None)),
    ('ik ben een maat kleiner geworden en ik eet gewoon', (None, None, True, None)),
    ('je suis en train de maigrir alors que je mange normalement', (None, None, True, None)),
    ("j'ai laissé 5 kilos depuis l'été", (None, None, True, None)),
    ("j'ai laissé plusieurs kilos sans faire de régime", (None, None, True, None)),
    ("je mincis alors que je mange autant qu'avant", (None, None, True, None)),
    ("je deviens maigre alors que je mange comme d'habitude", (None, None, True, None)),
    ('je commence à perdre du poids et je mange comme avant', (None, None, True, None)),
    ('la balance descend alors que je mange bien', (None, None, True, None)),
    ("je flotte dans mes habits alors que j'ai de l'appétit", (None, None, True, None)),
    # others asking whether one is ill: no fever
    ('everyone at work asks am I unwell', (None, None, None, None)),
    ('my friends ask if i am really sick', (None, None, None, None)),
    ("my wife keeps asking whether I'm really ill, my back is bad", (None, None, None, None)),
    ("my colleagues think I'm seriously ill", (None, None, None, None)),
    ('ze vragen of ik echt ziek ben', (None, None, None, None)),
    ('mijn vrouw denkt dat ik heel erg ziek ben', (None, None, None, None)),
    ('de buren dachten dat ik echt ziek was', (None, None, None, None)),
    ('les voisins demandent si je suis malade', (None, None, None, None)),
    ('tout le monde me demande si je suis malade', (None, None, None, None)),
    ('mes collègues pensent que je suis malade', (None, None, None, None)),
    ('ma mère me demande si je suis vraiment malade', (None, None, None, None)),
]

KEPT = [
    # thin bones, skin or blood are no weight lost (the lead, landing 30Z: a carer's "she's got the thin bones" read
    # weight loss through the relative read as the patient)
    ("writing for my mum, she fell on her bottom last week and her back is sore since, she's got the thin bones",
     ("trauma", "trauma", None, None)),
    ("ive got thin bones according to the scan", (None, None, None, None)),
    ("ik heb dunne botten volgens de dokter", (None, None, None, None)),
    ("j'ai les os fragiles, je prends un comprimé par semaine", (None, None, None, None)),
    # trauma: a car door with no fall, an animal with no blow, the floor or bed, a nerve
    ('I opened the car door and my back twinged', (None, None, None, None)),
    ('a car door opened in front of me but I swerved and stayed on', (None, None, None, None)),
    ('I was on the road all day driving and my back is killing me', (None, None, None, None)),
    ('I ended up on the road to recovery after physio', (None, None, None, None)),
    ('I was feeding the cows when my back went', (None, 'sudden_movement', None, None)),
    ('my sciatic nerve is trapped between the discs', (None, None, None, None)),
    ('got squeezed between two people on the bus, back sore', (None, None, None, None)),
    ('the pain pinned me to the bed all weekend', (None, None, None, None)),
    ('I was stuck under the car fixing the exhaust for hours', (None, None, None, None)),
    ('a cow crushed my dog against the gate', (None, None, None, None)),
    ('got doored on my bike last week, landed on my back on the pavement', ('trauma', 'trauma', None, None)),
    ('a parked car door opened right in front of me and I ended up on the ground', ('trauma', 'trauma', None, None)),
    ('the horse kicked me in the lower back', ('trauma', 'trauma', None, None)),
    ('ik lig op de bank en mijn rug doet pijn', (None, None, None, None)),
    ('mijn fiets lag op straat en toen ik hem optilde schoot het in mijn rug', (None, 'sudden_movement', None, None)),
    ('ik lag op de grond voor mijn oefeningen en toen deed mijn rug pijn', (None, None, None, None)),
    ('mijn zenuw zit klem tussen de wervels', (None, None, None, None)),
    ('ik zat klem tussen twee afspraken en had geen tijd', (None, None, None, None)),
    ('er ging een portier open maar ik kon nog uitwijken', (None, None, None, None)),
    ('ik was de koeien aan het voeren toen mijn rug schoot', (None, None, None, None)),
    ('ik stapte uit de auto en deed het portier open, toen schoot het in mijn rug', (None, 'sudden_movement', None, None)),
    ('ik kwam met mijn rug op de stoeprand terecht', ('trauma', 'trauma', None, None)),
    ('het paard gaf me een trap in mijn onderrug', ('trauma', 'trauma', None, None)),
    ("je me suis retrouvé à la rue après mon licenciement et j'ai mal au dos", (None, None, None, None)),
    ('je me suis retrouvé sur la route des vacances pendant dix heures, mal au dos', (None, None, None, None)),
    ('je me suis retrouvé au lit pendant trois jours avec mon dos', (None, None, None, None)),
    ("j'ouvre la portière de la voiture et ça me lance dans le dos", (None, None, None, None)),
    ("une portière s'est ouverte devant moi mais j'ai pu freiner à temps", (None, None, None, None)),
    ("je nourrissais les vaches quand mon dos s'est bloqué", (None, 'sudden_movement', None, None)),
    ("mon mari m'a serré contre lui et j'ai eu mal", (None, None, None, None)),
    ('je me suis bloqué le dos sous la voiture en changeant une roue', (None, 'sudden_movement', None, None)),
    ('mon nerf est coincé entre deux vertèbres', (None, None, None, None)),
    ("en relevant ma mère j'ai pris tout son poids dans le dos", (None, 'sudden_movement', None, None)),
    ("j'étais allongé sur le sol pour mes exercices", (None, None, None, None)),
    ('un conducteur a ouvert sa portière devant moi à vélo, je me suis retrouvé par terre', ('trauma', 'trauma', None, None)),
    ("le cheval m'a donné un coup de pied dans les reins", ('trauma', 'trauma', None, None)),
    # weight: a diet, wanting to lose, not the body
    ('I lost 5 kilos on a diet', (None, None, None, None)),
    ("I've got thin hair", (None, None, None, None)),
    ("I'm getting thinner and I eat normally", (None, None, True, None)),
    ('I keep losing weight even though I eat the same as always', (None, None, True, None)),
    ('ik ben 5 kilo afgevallen met dieet', (None, None, None, None)),
    ('ik wil vermageren voor mijn rug', (None, None, None, None)),
    ('ik word lichter in mijn hoofd', (None, None, None, None)),
    ('ik val af terwijl ik gewoon eet', (None, None, True, None)),
    ("j'ai perdu 4 kilos avec mon régime", (None, None, None, None)),
    ('je veux maigrir pour soulager mon dos', (None, None, None, None)),
    ("j'ai laissé mes clés à la maison", (None, None, None, None)),
    ("j'ai laissé tomber le sport", (None, None, None, None)),
    ("j'ai laissé 5 kilos de riz chez ma soeur", (None, None, None, None)),
    ('je suis plus maigre que mon frère', (None, None, None, None)),
    ('je maigris alors que je mange normal', (None, None, True, None)),
    # fever: the patient's own illness stays
    ('I feel really ill with shivers', (None, None, None, True)),
    ("I think I'm really ill", (None, None, None, True)),
    ("je suis malade, j'ai de la fièvre", (None, None, None, True)),
    ('je me demande si je suis malade', (None, None, None, True)),
    ('je pense que je suis vraiment malade', (None, None, None, True)),
    ('je me sens vraiment malade', (None, None, None, True)),
    ('ik voel me echt ziek', (None, None, None, True)),
    ('ik denk dat ik echt ziek ben', (None, None, None, True)),
    ("my mum keeps asking if I'm ill and I have a fever of 39", (None, None, None, True)),
    ("on me demande si je suis malade, j'ai des frissons toute la nuit", (None, None, None, True)),
]

test_changed, test_kept = reading_round(read, CHANGED, KEPT)
