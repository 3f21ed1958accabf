"""Session 22, helper G, after the blind refresh scored once: trauma told as a collision or a blow, not a fall ("a skier
ploughed into me", "van achteren geramd door een fietser", "un cycliste m'a fauche", "the bus hit a lorry and i was thrown
against the seat", "ik werd tegen de stoel voor me gesmeten", "j'ai ete projete contre le pare-brise", "clattered me, knee
right into my back", "she slip on the tiles and land on her bottom"); a jolt felt while stiffening in a near fall, no blow
from outside ("felt a jolt in my back as i tensed up", "voelde een schok in mijn rug", "senti un choc dans le dos en me
crispant"); a sign asked about in general, not had ("does a slipped disc cause a fever?", "geeft een hernia ook koorts?",
"est-ce que ca provoque de la fievre ?"); a sign named as the one to watch for, the check the leaflet asks for ("the leaflet
says to watch out for numbness in the saddle area", "ik moet letten op een doof gevoel rond mijn anus", "faire attention a
un engourdissement entre les jambes"). The age told by the next birthday is in test_answers_refresh22G.py."""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

TRAUMA = {"onset": "trauma"}
FEVER = {"fever": True}
SADDLE = {"saddle_numbness": True}
BLADDER = {"bladder_bowel": True}

CHANGED = [
    # 1. a collision or a blow, not a fall
    ("a snowboarder ploughed straight into me on the blue run and now my lower back is killing me", TRAUMA),
    ("a cyclist slammed into me on the towpath", TRAUMA),
    ("a skier barrelled into me from behind at full speed", TRAUMA),
    ("the prop blindsided me at training, right in the small of the back", TRAUMA),
    ("their winger clattered me in the second half", TRAUMA),
    ("i got flung into the dashboard when we braked", TRAUMA),
    ("she slip on the wet tiles and land on her bottom", TRAUMA),
    ("he trip over the step, land on his backside", TRAUMA),
    ("van achteren geramd door een fietser op het fietspad", TRAUMA),
    ("een skiër knalde vol op mij op de piste", TRAUMA),
    ("een scooter heeft me van achteren geschept", TRAUMA),
    ("ik smakte met mijn stuitje op de rand van het trottoir", TRAUMA),
    ("ik kwam met mijn onderrug tegen de paal", TRAUMA),
    ("de bus remde en ik werd tegen de stoel voor me gesmeten", TRAUMA),
    ("un skieur m'a percute sur la piste bleue", TRAUMA),
    ("a car hit me on my bike last tuesday", TRAUMA),
    ("a cyclist knocked me flying on the pavement", TRAUMA),
    ("een fietser heeft me vol geramd bij het oversteken", TRAUMA),
    ("un snowboardeur m'a fauchee sur la piste", TRAUMA),
    ("un joueur m'a percute au basket", TRAUMA),
    ("je me suis fait prendre de plein fouet par un skieur", TRAUMA),
    ("l'autocar a percute un arbre et j'ai ete projete contre le siege", TRAUMA),
    ("j'ai ete projetee par terre quand le bus a freine", TRAUMA),
    ("le gbaka ou j'etais a tape un camion", TRAUMA),
    # 2. a jolt felt while stiffening, no blow
    ("j'ai failli tomber dans l'escalier, je me suis rattrapee a la rampe, mais j'ai senti un choc dans le dos en me crispant", {}),
    ("j'ai senti un coup dans le bas du dos en me raidissant", {}),
    ("en me relevant j'ai ressenti comme un coup dans les reins", {}),
    ("c'est comme un coup dans le dos quand je tousse", {}),
    ("nearly went over on the ice, grabbed the fence, felt a hit in my lower back as i tensed", {}),
    # 3. a sign asked about in general
    ("does a slipped disc cause a fever too", {}),
    ("can sciatica come with a temperature", {}),
    ("is a herniated disc linked to fevers", {}),
    ("can it give you the shivers", {}),
    ("geeft een hernia ook koorts", {}),
    ("kan dat koorts geven", {}),
    ("veroorzaakt ischias ook koorts", {}),
    ("est ce que ca provoque de la fievre", {}),
    ("est ce qu'une hernie donne de la fievre", {}),
    ("une sciatique ca donne aussi de la fievre", {}),
    ("une hernie discale, ca peut provoquer de la fievre", {}),
    # 4. a sign named as the one to watch for
    ("the leaflet says to watch out for numbness in the saddle area, all fine so far", {}),
    ("the physio told me to look out for any numbness between my legs", {}),
    ("i was told to check for numbness around my bum when i wipe, its fine", {}),
    ("ik moet letten op een doof gevoel rond mijn anus volgens de huisarts", {}),
    ("de fysio zei dat ik moet opletten voor gevoelloosheid in mijn kruis", {}),
    ("ik moet uitkijken voor een verdoofd gevoel tussen mijn benen", {}),
    ("le medecin m'a dit de faire attention a un engourdissement entre les jambes", {}),
    ("il faut surveiller l'apparition d'une insensibilite au niveau du perinee", {}),
    ("la brochure dit de faire attention aux fourmillements entre les cuisses", {}),
]

KEPT = [
    # 1. neighbours of the collision: similes, near falls, lifting, the pain that ploughs
    ("my back feels like a truck ploughed into me", {}),
    ("like i've been hit by a bus", {}),
    ("the pain slammed into me out of nowhere", {}),
    ("i nearly slipped on the ice but grabbed the railing", {}),
    ("hurt it lifting the kids car seat and twisting", {}),
    ("the pain wiped me out yesterday", {}),
    ("het voelt alsof een vrachtwagen op mij is geknald", {}),
    ("sneeuw geschept en sindsdien pijn in mijn rug", {}),
    ("ik ben bijna uitgegleden maar kon me vastpakken", {}),
    ("ik ben aangereden door een auto", TRAUMA),
    ("je me suis bloque le dos en soulevant un carton", {}),
    ("comme si un camion m'avait percute", {}),
    ("sa remarque m'a heurtee", {}),
    ("la sciatique m'a fauche d'un coup dans l'escalier", {}),
    ("mon copain m'a plaquee le mois dernier et depuis j'ai mal au dos", {}),
    ("je suis en arret car ma femme a pris la voiture", {}),
    ("j'ai ete balance dans un autre service au travail", {}),
    ("ca m'a renverse quand le medecin a dit hernie", {}),
    ("ik ben vol in paniek geraakt door de pijn", {}),
    ("de pijn knalde in mij toen ik bukte", {}),
    ("the pans clattered onto the floor and i bent to pick them up", {}),
    ("j'ai ete projete de partir en vacances mais le dos a lache", {}),
    ("une voiture m'a renverse", TRAUMA),
    ("un motard nous a embouti au rond-point", TRAUMA),
    # 2. a blow told: still trauma; a fall denied stays no fall
    ("j'ai pris un coup dans le dos au foot", TRAUMA),
    ("j'ai recu un coup de genou dans le dos", TRAUMA),
    ("ik kreeg een klap op mijn rug met een hockeystick", TRAUMA),
    ("took a knock to the lower back at rugby", TRAUMA),
    ("j'ai glisse, je me suis rattrapee, je ne suis pas tombee", {}),
    ("ik ben uitgegleden maar niet gevallen", {}),
    # 3. a sign had, with a question: still the flag
    ("i've had a fever of 38.5 since yesterday, is that related", FEVER),
    ("ik heb sinds gisteren 39 koorts, hoort dat erbij", FEVER),
    ("j'ai 39 de fievre depuis hier, c'est normal", FEVER),
    ("does my back pain give me a fever", FEVER),
    ("est ce que ca me donne de la fievre", FEVER),
    ("ik heb koorts, kan dat van mijn rug komen", FEVER),
    ("can a slipped disc make you incontinent", {}),
    # (neighbours that read before this round too)
    ("got tackled late, then a boot hard into my lower back", TRAUMA),
    ("our minibus hit a wall and i was thrown against the seat in front", TRAUMA),
    ("ik ben omvergereden door een scooter", TRAUMA),
    ("un cycliste m'a fauchee sur le trottoir", TRAUMA),
    ("un gars m'a plaque au rugby samedi", TRAUMA),
    ("ik voelde een stoot in mijn onderrug toen ik me opving", {}),
    ("het voelt als een klap in mijn rug bij elke stap", {}),
    ("bijna gevallen, kon me vastgrijpen, maar voelde een schok in mijn rug toen ik me schrap zette", {}),
    ("it feels like a blow to my back every time i cough", {}),
    ("est-ce que le lumbago fait monter la temperature", {}),
    # 4. the sign had, told with or after the check: still the flag
    ("when i wipe i can't feel the paper", SADDLE),
    ("als ik me afveeg voel ik het papier nauwelijks", SADDLE),
    ("quand je m'essuie je sens pas le papier", SADDLE),
    ("i was told to watch for numbness and now i do have numbness in my saddle area", SADDLE),
    ("ik moet letten op een doof gevoel, en mijn kruis voelt ook echt doof", SADDLE),
    ("je dois faire attention a l'engourdissement, et j'ai les fesses engourdies depuis hier", SADDLE),
    ("when i wipe i can feel the paper fine", {}),
    ("als ik me afveeg voel ik het papier prima", {}),
    ("quand je m'essuie je sens bien le papier", {}),
]


test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
