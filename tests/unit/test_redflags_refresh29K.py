"""Session 29, lead K: the patient's own vehicle, bike, skis or body run into an obstacle is a trauma; a carer's message
opening on the relative whose back is told is the relative's, the patient's.

Round 28I read a vehicle run into the patient's car; the other way round was missed: "I drove into a post", "hit a tree
with my bike", "ik ben met de auto tegen een paal gereden", "je suis rentre dans un poteau" gave no trauma flag, no onset
answer and no story onset (the lead's own probes). And a carer's story "my husband came off the ladder, landed flat on
his back ... the pain is low down across his back" (refresh 45, first scoring) read nothing: the husband was someone else.

1. TRAUMA_PATTERNS (en, nl, fr, session 29K): a riding or driving verb into a fixed thing or a vehicle (_K29_THING,
   _K29_VEHICLE; "drove/reversed/cycled/skied into a post", "crashed my bike into a parked car"), on foot only into a
   post, a tree, a ditch; "i hit a tree / a parked car"; the own ride as subject ("my car hit a lamppost", "my car
   flipped", "rolled the car", "went off the road"); Dutch "tegen een paal gereden / gebotst", "reed met de fiets tegen
   een boom", "in de gracht beland", "uit de bocht gevlogen", "over de kop gegaan"; French "suis rentre dans un poteau",
   "j'ai percute un arbre", "parti dans le decor", "sorti de la route", "fait un tonneau". Not "drove into town", "ran
   into a friend", "hit the wall" (tired), "hit the brakes", "tegen de lamp lopen", "rentre dans le salon", a relative's.
2. PROXY_SUBJECT (en, nl, fr): the message opens on a partner, parent, grandparent or child, their back told with a
   possessive later, and the writer names no back of their own anywhere: the relative is the patient.

Read: (find_red_flags onset, read_story onset)."""

from datetime import date

from bot.reading.answers import read_story
from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round


def read(text):
    return (find_red_flags(text).get("onset"), read_story(text, date(2026, 12, 1)).get("onset"))


CHANGED = [
    # en
    ("I drove into a post in the car park last week and since then my back hurts", ("trauma", "trauma")),
    ("reversed into a wall on friday and jolted my back, sore since", ("trauma", "trauma")),
    ("I hit a tree with my bike on sunday, lower back bad since", ("trauma", "trauma")),
    ("rode my bike into a parked car, back pain ever since", ("trauma", "trauma")),
    ("i cycled into a bollard on the way to work and my back has hurt since", ("trauma", "trauma")),
    ("skied into a tree on holiday, back pain since", ("trauma", "trauma")),
    ("my car hit a lamppost on the ice and my back is sore", ("trauma", "trauma")),
    ("drove my car into a ditch in the fog, back hurts", ("trauma", "trauma")),
    ("ran into a lamppost looking at my phone, my lower back hurts since", ("trauma", "trauma")),
    ("I rolled my car last month and my back hasnt been right", ("trauma", "trauma")),
    ("my car flipped on the motorway in october, back pain since", ("trauma", "trauma")),
    ("skidded off the road in the snow, my back hurts since", ("trauma", "trauma")),
    ("my dad drove into a post last week, his back has been bad since", ("trauma", "trauma")),
    (
        "hi, my wife (61) came off the ladder picking apples, landed on her back. she can walk but the pain is low across "
        "her back and i had to help her up",
        ("trauma", "trauma"),
    ),
    # nl
    ("ik ben met de auto tegen een paal gereden en sindsdien rugpijn", ("trauma", "trauma")),
    ("ik reed met de fiets tegen een boom, mijn rug doet sindsdien pijn", ("trauma", "trauma")),
    ("k fietste tegen een paaltje en nu heb ik rugpijn", ("trauma", "trauma")),
    ("ik ben met de auto in de gracht beland, rugpijn sindsdien", ("trauma", "trauma")),
    ("k ben me mn brommer uit de bocht gevlogen, mijn rug doet zeer", ("trauma", "trauma")),
    ("we zijn over de kop gegaan met de auto en sindsdien heb ik rugpijn", ("trauma", "trauma")),
    ("ik liep tegen een lantaarnpaal en sindsdien pijn in mijn rug", ("trauma", "trauma")),
    ("ik ben tegen de vangrail geknald met mijn moto, mijn rug doet pijn", ("trauma", "trauma")),
    ("mijn man is van de ladder gevallen, plat op zijn rug. de pijn zit laag in zijn rug", ("trauma", "trauma")),
    ("mijn vader reed tegen een paal, zijn rug doet sindsdien pijn", ("trauma", "trauma")),
    # fr
    ("je suis rentré dans un poteau en voiture la semaine passée, depuis mal au dos", ("trauma", "trauma")),
    ("j'ai percuté un arbre à vélo, depuis j'ai mal au dos", ("trauma", "trauma")),
    ("j'ai foncé dans un mur en scooter et mon dos me fait mal", ("trauma", "trauma")),
    ("j'ai embouti la voiture de devant, depuis douleur au dos", ("trauma", "trauma")),
    ("je suis parti dans le décor avec la moto, j'ai mal au dos", ("trauma", "trauma")),
    ("je suis sortie de la route sur le verglas, mal au dos depuis", ("trauma", "trauma")),
    ("mon père est rentré dans un poteau en voiture, son dos le fait souffrir depuis", ("trauma", "trauma")),
]

KEPT = [
    # en
    ("I drove into town and my back started hurting", (None, None)),
    ("ran into a friend at the shop, bent to hug her and my back went", (None, "sudden_movement")),
    ("I hit the wall at mile 20 of the marathon, back sore", (None, None)),
    ("hit the brakes hard and felt my back twinge", (None, "sudden_movement")),
    ("drove into work this morning, back sore since lunch", (None, None)),
    ("my son drove into a post last week, my back hurts from nothing", (None, None)),
    ("my car went to the garage and my back pain came on slowly", (None, "gradual")),
    ("a lorry smashed my car at the junction and my back is sore since", ("trauma", "trauma")),
    ("my mum fell down the stairs last year. my back hurts from lifting her", (None, "sudden_movement")),
    ("my husband had bowel cancer, he is fine now. i have back pain since monday", (None, None)),
    ("came off my bike last week, back hurts since", ("trauma", "trauma")),
    # nl
    ("ik liep tegen de lamp met mijn belastingaangifte en mijn rug doet pijn", (None, None)),
    ("ik stond tegen een boom te leunen en toen schoot het in mijn rug", (None, "sudden_movement")),
    ("mijn zoon is tegen een paal gereden, ikzelf heb rugpijn zonder reden", (None, "gradual")),
    ("ik reed naar mijn werk en had pijn in de rug", (None, None)),
    ("mijn moeder viel vorig jaar. mijn rug doet pijn van het tillen", (None, None)),
    ("ik ben met mijn fiets tegen een geparkeerde auto gebotst", ("trauma", "trauma")),
    # fr
    ("je suis rentré dans le salon et mon dos a lâché en me penchant", (None, "sudden_movement")),
    ("mon fils est rentré dans un poteau, moi j'ai mal au dos sans raison", (None, "gradual")),
    ("je suis rentrée chez moi et j'avais mal au dos", (None, None)),
    ("ma mère est tombée l'an dernier. j'ai mal au dos à force de la porter", (None, None)),
    ("je suis tombé de vélo hier, mal au dos", ("trauma", "trauma")),
    ("crashed my scooter into the barrier, back sore since", ("trauma", "trauma")),
    ("on a fait un tonneau avec la voiture, depuis mal au bas du dos", ("trauma", "trauma")),
]

test_changed, test_kept = reading_round(read, CHANGED, KEPT)


# the carer's opening (PROXY_SUBJECT): all the relative's signs become the patient's, but not when the writer tells their
# own back, names themselves apart ("myself", "zelf", "moi") or the relative has died
CARER_CHANGED = [
    ("my dad (80) fell off a chair on monday and now he messed himself without noticing, his back is agony",
     {"onset": "trauma", "bladder_bowel": True}),
]
CARER_KEPT = [
    ("my dad had it years ago, he had no feeling round his back passage, not me thankfully", {}),
    ("j'ai pris le tram et je me suis assis tout au fond", {}),
    ("mijn man is van de trap gevallen, hij voelt zijn billen niet meer en zijn rug doet vreselijk pijn",
     {"onset": "trauma", "saddle_numbness": True}),
    ("mijn vader is vorig jaar gestorven aan kanker die naar zijn rug was uitgezaaid, nu heb ik zelf al weken rugpijn", {}),
    ("mijn moeder heeft kanker gehad en dat zat ook in haar rug. zelf heb ik nooit iets gehad", {}),
    ("my mum had cancer that went to her back. myself i never had anything", {}),
    ("ma mère a eu un cancer qui touchait son dos. moi je n'ai jamais rien eu", {}),
    ("my dad passed away from cancer in his back last year, i have back pain since moving house", {}),
]

test_carer_changed, test_carer_kept = reading_round(find_red_flags, CARER_CHANGED, CARER_KEPT)
