"""Session-16 red-flag fixes (round 4), from the kinds a blind refresh missed (told here in other words): retention at
the urinal and a leak not known at the time, a tackle in sport and a fall down the last steps in a message typed for
a mother, a slip caught on a rail, a fever over after antibiotics, weight lost on a diet club asked about as a cause,
the seat told as cardboard, wiping unsure whether the paper is felt, and one leg weaker with a worsening denied.
Every CHANGED case read otherwise before; the KEPT ones read the same before and after."""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

BLADDER = {"bladder_bowel": True}
SADDLE = {"saddle_numbness": True}
TRAUMA = {"onset": "trauma"}
WORSE = {"leg_weakness": "worsening"}
FEVER = {"fever": True}
WEIGHT = {"weight_loss": True}

CHANGED = [
    # 1. retention at the urinal or the toilet; a leak not known at the time
    ("stood at the urinal for ages, nothing would come out, then it just dribbled", BLADDER),
    ("stood at the urinal for ages, nothing would come out", BLADDER),
    ("went to the toilet then it just dribbled", BLADDER),
    ("wet me strides sitting in the recliner and didnt know it was happening", BLADDER),
    ("je reste 5 min sur la toilette, faut que je pousse et ça sort en petit filet", BLADDER),
    ("je suis aux toilettes et ça sort en petit filet", BLADDER),
    ("sta eeuwen bij het urinoir en er komt niks, dan druppelt het", BLADDER),
    ("stood at the urinal forever and nothing would come, then it trickled", BLADDER),
    ("je reste longtemps aux toilettes et ça sort en filet", BLADDER),
    ("je pousse et ça vient en un mince filet", BLADDER),
    # 2. a tackle in sport; the last steps down in a message typed for a mother
    ("got smashed in a tackle, two lads landed on top of me, back has been killing since", TRAUMA),
    ("got smashed in a tackle", TRAUMA),
    ("geplaqueerd bij rugby, sindsdien rugpijn", TRAUMA),
    ("plaqué au rugby, deux gars me sont tombés dessus, depuis j'ai mal au dos", TRAUMA),
    ("je me suis fait plaquer au rugby", TRAUMA),
    ("deux gars me sont tombés dessus", TRAUMA),
    ("ik schrijf voor mijn moeder, ze is van de laatste 3 treden naar beneden geklapt, op haar billen geland", TRAUMA),
    ("ik ben van de laatste 3 treden naar beneden geklapt", TRAUMA),
    ("got clattered in a tackle at footy on saturday", TRAUMA),
    ("injured in a tackle", TRAUMA),
    ("ik werd geplaqueerd tijdens de match", TRAUMA),
    ("plaqué pendant le match", TRAUMA),
    # 3. a slip caught on a rail, no fall
    ("slipped on the wet decking, grabbed the railing so didnt go down but wrenched my back", {}),
    ("bijna van de ladder gedonderd, kon mij nog aan de dakgoot vastgrijpen, ben nie gevallen, rug verrekt", {}),
    ("j'ai glissé dans l'escalier mais je me suis rattrapé à la rampe, depuis j'ai mal au dos", {}),
    ("slipped on the ice but caught hold of the fence", {}),
    ("uitgegleden op de natte tegels maar kon me nog aan de leuning vastgrijpen", {}),
    # 4. a fever over after antibiotics, a normal reading now
    ("lag plat met koorts, antibiotica gehad en da is nu gedaan, al 4 dagen gene koorts meer, 36,8 vanmorgen", {}),
    ("j'étais à plat avec de la fièvre, j'ai eu des antibiotiques et c'est fini, plus de fièvre depuis 4 jours, "
     "36,8 ce matin", {}),
    ("plus de fièvre depuis hier", {}),
    ("had a fever with the flu, on antibiotics and thats finished, no fever for 3 days now", {}),
    # 5. weight lost on a diet club, asked about as a cause
    ("lost 3 stone on slimming world (finally!!), does losing weight fast do that??", {}),
    ("lost 2 stone with weight watchers finally!! can losing weight cause back pain?", {}),
    ("15 kilo kwijt met mijn dieet (eindelijk!!), kan afvallen rugpijn geven??", {}),
    ("j'ai perdu 12 kilos avec mon régime (enfin!!), est-ce que la perte de poids peut donner mal au dos ??", {}),
    # 6. the seat told as cardboard
    ("sitting down feels wrong, like my backside is made of cardboard, not numb exactly just off", SADDLE),
    ("feels like im sitting on cardboard", SADDLE),
    ("zitten voelt raar, alsof ik op karton zit, niet echt verdoofd maar anders", SADDLE),
    ("alsof mijn poep van karton is", SADDLE),
    ("my bum feels like its made of cardboard", SADDLE),
    ("like im sat on a sheet of polystyrene", SADDLE),
    ("assise c'est bizarre, comme si j'étais assise sur du carton, pas vraiment engourdi", SADDLE),
    # 7. wiping, unsure whether the paper is felt
    ("ik weet eerlijk gezegd niet zeker of ik dat papier nou wel of niet voel, beetje dof daar", SADDLE),
    ("ik weet niet zeker of ik het papier voel", SADDLE),
    ("not sure if i feel the paper", SADDLE),
    # 8. one leg weaker, a worsening denied outright
    ("ma jambe gauche a moins de force depuis ma hernie, je sais pas me mettre sur la pointe du pied, mais ça fait un "
     "mois que c'est pareil, ça s'aggrave pas, l'autre jambe est nickel", {}),
    ("my left leg has less strength since my disc, cant stand on tiptoe, but its been the same for a month, not getting "
     "worse, other leg is fine", {}),
    ("mijn linkerbeen heeft minder kracht sinds mijn hernia, ik kan niet op mijn tenen staan, maar het is al een maand "
     "hetzelfde, het wordt niet erger, het andere been is prima", {}),
]

KEPT = [
    # bladder: not the urine's
    ("stood at the urinal for ages", {}),
    ("at the urinal, nothing would make me look", {}),
    ("spilt my tea, wet me strides, didnt notice", {}),
    ("ik ging naar de wc en de kraan druppelt", {}),
    ("il pleut et ça coule en petit filet", {}),
    ("honestly not sure if i feel the paper when i wipe, a bit dull down there", SADDLE),
    # trauma: tackle gear, animals, a relative, a walk down the stairs; a real fall after a slip
    ("i bought new fishing tackle", {}),
    ("the cat landed on top of me at 5am", {}),
    ("mijn hond is op mij gesprongen", {}),
    ("il a une plaque de métal dans le dos", {}),
    ("my son plays rugby and got smashed in a tackle", {}),
    ("mijn moeder is van de laatste 3 treden naar beneden geklapt, op haar billen geland", {}),
    ("ma mère est tombée en descendant l'escalier", {}),
    ("ik ben de trap naar beneden gelopen", {}),
    ("slipped and landed on my back", TRAUMA),
    ("slipped on the ice and fell", TRAUMA),
    ("slipped on the stairs, grabbed the banister but still fell and landed on my back", TRAUMA),
    ("bijna 2 weken geleden van de ladder gedonderd", TRAUMA),
    ("ik ben van de ladder gedonderd", TRAUMA),
    ("j'ai glissé sur le verglas et je suis tombé sur le dos", TRAUMA),
    ("writing this for my mum, she fell down the last few stairs and landed on her bum", TRAUMA),
    # fever: a fever now
    ("lag plat met koorts, 38,9 vanmorgen", FEVER),
    ("j'étais à plat avec de la fièvre, 38,5 ce matin", FEVER),
    ("plus de fièvre qu'hier, 39 ce matin", FEVER),
    ("lag plat met koorts, antibiotica gehad maar nu is de koorts terug", FEVER),
    ("i have a fever, no fever for 3 days before that", FEVER),
    ("ik had koorts, antibiotica gekregen en da is nu gedaan, al 3 dagen gene koorts meer", {}),
    ("uitgegleden op de tegels en op mijn rug gevallen", TRAUMA),
    ("tripped on the kerb, grabbed the wall and didnt fall", {}),
    ("j'ai trébuché mais je me suis retenu au mur", {}),
    ("wet my trousers in the armchair and didnt realise", BLADDER),
    ("sta lang aan het urinoir, er komt niks uit en dan druppelt het wat", BLADDER),
    ("getackeld bij de voetbal", TRAUMA),
    ("was flat out with a fever, had antibiotics and thats finished now, no fever for 4 days, 36.8 this morning", {}),
    # weight: lost without trying, asked about as a cause
    ("im losing weight fast and dont know why, could that cause back pain", WEIGHT),
    ("losing weight without trying, can that cause back pain?", WEIGHT),
    ("ik ben aan het afvallen zonder dieet, kan dat rugpijn geven", WEIGHT),
    ("lost 4 stone on weight watchers, could losing weight cause this?", {}),
    ("10 kilo afgevallen met weight watchers, kan afvallen dat veroorzaken?", {}),
    ("lost 3 stone without trying, does losing weight do that?", WEIGHT),
    # saddle: sitting on cardboard for real, legs of wood, paper bought
    ("i sat on cardboard at the festival all day and my back hurts", {}),
    ("we zaten op karton bij het kampvuur", {}),
    ("j'étais assise sur du carton au festival", {}),
    ("not sure if i need more toilet paper", {}),
    ("ik weet niet zeker of ik nog papier heb", {}),
    ("ik voel het papier wel", {}),
    ("ik voel het papier niet", SADDLE),
    ("comme si mes fesses étaient en carton", SADDLE),
    ("my chair is made of wood", {}),
    ("dont know if i can feel the paper when i wipe", SADDLE),
    ("je suis pas sûre de sentir le papier quand je m'essuie", SADDLE),
    # one leg: no course told, a stable word of something else, the pain not worse, worse told
    ("je sais pas me mettre sur la pointe du pied", WORSE),
    ("cant stand on tiptoe and at the same time my back hurts", WORSE),
    ("my foot drags more every day, the pain is not getting worse though", WORSE),
    ("mijn voet sleept, de pijn wordt niet erger", WORSE),
    ("je sais pas me mettre sur la pointe du pied et ça s'aggrave de jour en jour", WORSE),
    # both legs stable (already read)
    ("mes jambes sont faiblardes toutes les deux depuis deux semaines, ni mieux ni pire",
     {"both_legs": True, "leg_weakness": "stable"}),
    ("mes jambes sont faiblardes et engourdies toutes les deux, ni mieux ni pire",
     {"both_legs": True, "leg_numbness": True, "leg_weakness": "stable"}),
]


test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
