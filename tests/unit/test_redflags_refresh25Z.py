"""Session 25, helper Z, after the blind refresh 37/23 and the blind street patients scored once: falls and collisions,
legs getting weaker.

1. A rear-end collision told in street words, the driver a stranger named by a family word ("a young lad drove into the
   back of me", "some lass in a van ran into the back of us") or a relative who struck the patient ("my son reversed into
   me ... knocked me over"): the patient is what was struck (the packs' STRUCK_OWN), whoever drove; "iemand reed achterop
   mij", "een gast knalde achterop ons", "kopstaartje", "achter in mijn auto gereden"; "ma voiture a ete accrochee a
   l'arriere", "on s'est fait accrocher a l'arriere". Kept: "went into the back of the shop", "my lad went into the back of
   a car", "ma veste etait accrochee a l'arriere de la porte".
2. The kerb caught by the foot again and again while the foot drops is the weakness, not the onset: "je me suis pris la
   bordure deux fois", "... une marche a deux reprises", "tegen de stoeprand geklapt met mijn voet", "meerdere keren
   gestruikeld", "crashed into the kerb with my toe twice". Kept: a real fall on the kerb ("fell on the kerb", "op de
   stoeprand geklapt", "je me suis pris le trottoir en sortant du bar", "... et je suis tombe").
3. A slip with the fall denied in Pidgin or street words: "i slipped for market, i no land for ground", "e no fall", "i no
   reach ground"; "uitgegleden op de trap, niet neergevallen", "ben nie onderuit gegaan hoor"; "j'ai glisse sur le
   verglas, j'ai pas chute", "wallah j'suis pas tombe". Kept: "i slipped and fell", "i fall for bathroom", "uitgegleden en
   neergevallen", "j'ai glisse et je suis tombe".
4. Both legs giving way, worse every week, in dialect and slang: Limburgs "begaeve" (begeven), "vashawwe" (vasthouden),
   "eeder" (ieder), "sjlechter"; Scots "baith ma legs are giein way", "gien oot", "ilka week"; Pidgin "my two leg dey
   give way"; "mes deux guiboles me lachent", "mes deux jambes veulent plus me porter". Kept: the legs told fine, a table
   held for the back's sake.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

TRAUMA = {"onset": "trauma"}
WORSE = {"leg_weakness": "worsening"}
BOTH_WORSE = {"both_legs": True, "leg_weakness": "worsening"}

CHANGED = [
    # 1. a rear-end collision, the patient struck
    ("a young lad drove into the back of me at the junction on monday, back sore since", TRAUMA),
    ("a lass in a little van ran into the back of us on the ring road, my neck and back have been stiff since", TRAUMA),
    ("the lad behind went into the back of my car on the slip road and i've had low back pain since", TRAUMA),
    ("a girl on a bike went into the back of me at the crossing last week, my lower back has ached since", TRAUMA),
    ("a boy on a scooter went straight into the back of me in the park", TRAUMA),
    ("my son reversed into me on the drive and knocked me over, back hurts since", TRAUMA),
    ("some lad backed into me in the car park, knocked me over", TRAUMA),
    ("iemand reed achterop mij bij de rotonde, sindsdien pijn in mijn onderrug", TRAUMA),
    ("een gast knalde achterop ons aan de lichten, niks ergs maar ik ben flink door elkaar geschud", TRAUMA),
    ("mijn zoon reed achterop mij met zijn brommer, nu rugpijn", TRAUMA),
    ("ik heb een kopstaartje gehad vorige week, sindsdien pijn in mijn rug", TRAUMA),
    ("ze zijn achter in mijn auto gereden bij het verkeerslicht", TRAUMA),
    ("er kwam een bestelbus achterop ons op de snelweg, sindsdien pijn laag in de rug", TRAUMA),
    ("een jongen vloog achter op mij met zijn fiets", TRAUMA),
    ("ma voiture a été accrochée à l'arrière au rond point, depuis j'ai mal au dos", TRAUMA),
    ("on s'est fait accrocher à l'arrière au péage, j'ai été secoué", TRAUMA),
    ("un gamin m'a accroché l'arrière de la voiture au stop, depuis mal au dos", TRAUMA),
    ("ma bagnole s'est fait accrocher à l'arrière sur le parking du supermarché et depuis le bas du dos tire", TRAUMA),
    ("nous avons été accrochés par l'arrière sur l'autoroute, depuis lombalgie", TRAUMA),
    ("j'ai été accrochée à l'arrière par un camion au feu, depuis j'ai mal au dos", TRAUMA),
    # 2. the kerb caught by the foot again and again: the weakness, not the onset
    ("my foot slaps down, ive crashed into the kerb with my toe twice, getting worse", WORSE),
    ("my foot slaps down, i crashed my toes into the kerb twice, getting worse", WORSE),
    ("my foot flops, crashed into the kerb with my foot again today, third time this week, getting worse", WORSE),
    ("my foot drags, ive crashed into kerbs with my toes a few times, worse every day", WORSE),
    ("my foot drops, crashed into the bottom step with my toes this morning, weaker each day", WORSE),
    ("my foot slaps, i smacked into the kerb with my toe twice, getting worse", WORSE),
    ("my foot slaps, i thumped into the kerb with my toe, weaker every day", WORSE),
    ("mijn voet klapt neer, ik ben twee keer tegen de stoeprand geklapt met mijn voet, het wordt erger", WORSE),
    ("mijn voet klapt neer, ik ben meerdere keren gestruikeld over de stoeprand, het wordt erger", WORSE),
    ("mijn voet klapt neer, ik ben twee maal over de stoeprand gestruikeld, het wordt erger", WORSE),
    ("mijn voet klapt, ik ben enkele keren over de stoep gestruikeld deze week, het wordt erger", WORSE),
    ("mon pied claque, je me suis pris la bordure deux fois aujourd'hui, c'est de pire en pire", WORSE),
    ("mon pied tombe, je me suis pris une marche deux fois ce matin, ça s'aggrave", WORSE),
    ("mon pied claque et je me suis tapé le trottoir deux trois fois, de pire en pire", WORSE),
    ("mon pied traîne, je me suis pris une bordure 2 fois en allant au marché, ca empire", WORSE),
    ("mon pied traîne depuis ma hernie et je me suis pris la marche du bus à deux reprises, c'est pire", WORSE),
    # (a catch again and again, then a fall: both)
    ("je me suis pris la bordure à deux reprises et la deuxième fois je suis tombé sur les fesses", {**TRAUMA, **WORSE}),
    # 3. a slip, the fall denied in Pidgin or street words
    ("i slipped for the stairs, e no fall, na the rail save me, since then my back dey pain", {}),
    ("i slipped for market, i no land for ground, i catch myself but my waist twist", {}),
    ("i slipped for toilet, i no reach ground, i grab the sink", {}),
    ("i slipped for the gutter side, i no drop, but my waist twist", {}),
    ("i slip for the market, i no fall but i twist", {}),
    ("i slipped for my compound, i no go down, i just twist my waist", {}),
    ("i slipped for inside the shower, i no fall at all, but my back dey pain", {}),
    ("ben uitgegleden op de trap, niet neergevallen, wel mijn rug verdraaid", {}),
    ("ik ben uitgegleden op de badkamervloer, ben nie onderuit gegaan hoor, maar mijn rug", {}),
    ("ik ben uitgegleden op het ijs, niet echt neergevallen, maar de rug doet zeer", {}),
    ("uitgegleden in de keuken, gelukkig niet neergegaan, maar mijn rug draaide raar", {}),
    ("gestruikeld over de hond, ik ben niet omgevallen maar mijn rug schoot erin", {}),
    ("ik ben uitgegleden op de natte tegels, ben niet op de grond beland hoor, maar sindsdien rugpijn", {}),
    ("j'ai glissé sur le verglas, j'ai pas chuté mais mon dos a tourné", {}),
    ("j'ai glissé dans les escaliers, wallah j'suis pas tombé, mais depuis mal au dos", {}),
    ("j'ai glissé sur le carrelage, frère je suis pas tombé, juste le dos qui a tourné", {}),
    ("j'ai glissé sur le sol mouillé, je me suis pas retrouvé par terre mais mon dos a vrillé", {}),
    ("j'ai glissé dans la douche, j'ai pas chuté hein, mais le bas du dos a pris", {}),
    ("j'ai glissé sur le trottoir mouillé, je suis pas allé au sol mais ça a tiré dans le dos", {}),
    ("j'ai glissé sur le carrelage, pas fini par terre hein, mais le dos bloque", {}),
    # 4. both legs giving way, worse every week, in dialect and slang
    ("baith ma legs are giein way, gettin worse every week", BOTH_WORSE),
    ("ma legs baith keep gien oot, worse every week", BOTH_WORSE),
    ("baith ma legs keep giein oot on me, ah huv tae haud ontae the worktop, it's worse every week", BOTH_WORSE),
    ("baith legs are gien way, worse ilka week", BOTH_WORSE),
    ("my two leg dey give way, worse every week", BOTH_WORSE),
    ("my two leg dey weak, e dey worse every week", BOTH_WORSE),
    ("mien twee bein begaeve 't mich, 't weurt eeder week sjlechter", BOTH_WORSE),
    ("beide bein begaeve 't bie de trap, eeder week slechter", BOTH_WORSE),
    ("'s mörges mót ich de trapleuning vashawwe, mien beide bein begaeve 't, 't weurt sjlechter", BOTH_WORSE),
    ("mien beide bein begaeve 't", BOTH_WORSE),
    ("allebei mien bein begaeve 't, 't weurt eeder daag slechter", BOTH_WORSE),
    ("mien beide bein begaeve 't, ich vashawwe mich aan de stoel, 't weurt sjlechter", BOTH_WORSE),
    ("mes deux guiboles me lâchent, je m'agrippe au comptoir, de pire en pire", BOTH_WORSE),
    ("mes deux jambes veulent plus me porter, je me tiens à la table, c'est pire chaque semaine", BOTH_WORSE),
    ("les deux jambes veulent plus me porter, de pire en pire", BOTH_WORSE),
    ("mes deux guiboles sont en coton et ça empire", BOTH_WORSE),
    ("mes deux jambes veulent pas me porter, je dois m'asseoir, c'est pire de semaine en semaine", BOTH_WORSE),
    ("mes deux guiboles flanchent, je m'accroche aux meubles, pire chaque semaine", BOTH_WORSE),
]

KEPT = [
    # 1. no collision of the patient's, or one read before
    ("me lad went into the back of the shop to get boxes and i hurt my back lifting", {}),
    ("my lad went into the back of a car last week and now he has back pain", {}),
    ("my daughter drove into the back of a bus last month, she is fine, my back pain started lifting the shopping", {}),
    ("i went into the back of the garage to find the ladder and my back went", {}),
    ("got rear ended at the lights last week and my back has been bad since", TRAUMA),
    ("some bloke bumped into the back of us at a red light, not a big crash but my back hurts", TRAUMA),
    ("mijn zoon is achterop een auto gereden maar ik heb rugpijn van het tillen", {}),
    ("mijn dochter reed achterop bij mij op de fiets naar school, sindsdien heb ik last van mijn rug van het trappen", {}),
    ("ik reed achter een vrachtwagen op de snelweg en na de rit had ik rugpijn", {}),
    ("een jongen knalde achterop mijn auto bij de lichten, sindsdien rugpijn", TRAUMA),
    ("ik ben van achteren aangereden bij het stoplicht", TRAUMA),
    ("je suis allé à l'arrière du magasin chercher des cartons et j'ai eu mal au dos", {}),
    ("ma veste était accrochée à l'arrière de la porte et en la prenant j'ai eu mal au dos", {}),
    ("j'ai accroché le linge à l'arrière de la maison et depuis j'ai mal au dos", {}),
    ("ma fille s'est fait accrocher à l'arrière de sa voiture, elle va bien, moi j'ai mal au dos depuis le déménagement", {}),
    ("on m'a embouti par l'arrière au stop, depuis j'ai mal au bas du dos", TRAUMA),
    ("un mec m'a tamponné à l'arrière au feu, rien de grave mais mal au dos", TRAUMA),
    # 2. a real fall on the kerb stays a fall; a catch read before stays
    ("i fell on the kerb yesterday and hurt my back", TRAUMA),
    ("tripped on the kerb and fell flat on my face, now my back hurts", TRAUMA),
    ("i crashed into the kerb with my bike and came off, back hurts since", TRAUMA),
    ("i smacked into the kerb with my foot and went flying, landed on my back", TRAUMA),
    ("caught my toe on the kerb twice yesterday, my foot is getting weaker", WORSE),
    ("i crashed my car into the kerb and jolted my back", TRAUMA),
    ("ik ben op de stoeprand geklapt en nu heb ik rugpijn", TRAUMA),
    ("ik ben over de stoeprand gestruikeld en gevallen, nu pijn in mijn rug", TRAUMA),
    ("ik ben tegen de stoeprand geklapt met mijn fiets, sindsdien rugpijn", TRAUMA),
    ("ik ben tegen de stoeprand geklapt met mijn voet en toen gevallen op mijn rug", TRAUMA),
    ("mijn voet blijft twee keer haken achter de stoep, wordt steeds slechter", WORSE),
    ("ik ben twee keer gevallen deze week, op mijn rug", TRAUMA),
    ("je suis tombé sur le trottoir hier et depuis mal au dos", TRAUMA),
    ("je me suis pris le trottoir et je suis tombé sur le dos", TRAUMA),
    ("je me suis pris le trottoir hier soir en sortant du bar, depuis mal au dos", TRAUMA),
    ("je me suis pris le sol deux fois cette semaine, j'ai mal au coccyx", TRAUMA),
    ("je me suis pris le trottoir avec le vélo et je me suis étalé, depuis mal au dos", TRAUMA),
    ("mon pied traîne, je me prends le trottoir tout le temps, de pire en pire", WORSE),
    # 3. a slip that ended in a fall stays a fall; a denial read before stays
    ("i slipped and fell in the bathroom", TRAUMA),
    ("i fall for bathroom last week and my back dey pain", TRAUMA),
    ("i slip for bathroom and fall on my back", TRAUMA),
    ("i slipped for the stairs, i fall down hard on my back", TRAUMA),
    ("i slipped in the shower but didnt fall, just twisted, back hurts since", {}),
    ("ik gleed uit en viel op mijn rug", TRAUMA),
    ("ik ben uitgegleden in de douche en gevallen", TRAUMA),
    ("ik ben uitgegleden, niet neergevallen maar wel op mijn knieën en toen op mijn rug gevallen", TRAUMA),
    ("ik gleed uit in de douche maar niet gevallen hoor, wel raar gedraaid", {}),
    ("ik ben uitgegleden en neergevallen op de trap", TRAUMA),
    ("ben uitgegleden op de trap en onderuit gegaan", TRAUMA),
    ("j'ai glissé et je suis tombé sur les fesses", TRAUMA),
    ("j'ai glissé dans la douche et je suis tombée", TRAUMA),
    ("j'ai glissé sur le verglas, je suis pas tombé tout de suite mais après je suis tombé sur le dos", TRAUMA),
    ("j'ai glissé mais je suis pas tombé wesh, juste le dos qui a tourné", {}),
    ("j'ai glissé dans l'escalier et j'ai chuté sur le coccyx", TRAUMA),
    ("j'ai trébuché et je me suis étalé sur le carrelage", TRAUMA),
    # 4. legs told fine, a table held for the back
    ("both my legs are fine, it is just my back", {}),
    ("both my legs keep giving way and it is worse every week", BOTH_WORSE),
    ("my two legs are fine, only my back is sore", {}),
    ("i do two leg raises every morning for my back", {}),
    ("baith ma legs are fine, just ma back", {}),
    ("ma legs are no giein way, just sore", {}),
    ("mien beide bein zien good, allein mien rök deit pien", {}),
    ("mijn beide benen begeven het, ik moet me aan de tafel vasthouden, het wordt elke week erger", BOTH_WORSE),
    ("mijn beide benen zijn goed, alleen mijn rug", {}),
    ("mien bein begaeve 't neet, allein de rök", {}),
    ("ik hou me vast aan de tafel bij het opstaan door de rugpijn, mijn benen zijn goed", {}),
    ("ik moet mij vasthouden aan de trapleuning door de pijn in mijn rug", {}),
    ("mes deux jambes vont bien, c'est juste le dos", {}),
    ("je veux plus porter de talons, mes jambes vont bien", {}),
    ("mes deux jambes me lâchent, je dois me tenir à la table, c'est pire chaque semaine", BOTH_WORSE),
    ("mes jambes me portent encore bien, c'est le dos qui coince", {}),
    ("mes deux guiboles vont bien, c'est le dos", {}),
    ("je me tiens à la table pour me lever à cause du dos, les jambes ça va", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
