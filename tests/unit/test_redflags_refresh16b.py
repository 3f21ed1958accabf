"""Session-16 red-flag fixes (round 2), from the kinds a blind refresh missed (told here in other words): retention
told as a scene at the toilet, Scots words for the seat and its numbness, a denial then another numbness word, wiping
that feels far away, falls down the stairs and a car hit from behind, a foot drop told day by day, numb and weak legs
in one breath (a stable course kept), nights where nothing helps, a fever over with a normal reading now, back pain
asked about as turning into cancer, and a knee that gives way unchanged. Every CHANGED case read otherwise before;
the KEPT ones read the same before and after."""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

BLADDER = {"bladder_bowel": True}
SADDLE = {"saddle_numbness": True}
TRAUMA = {"onset": "trauma"}
WORSE = {"leg_weakness": "worsening"}
NIGHT = {"night_pain": True}
FEVER = {"fever": True}
CANCER = {"cancer_history": True}
BOTH_WEAK = {"both_legs": True, "leg_weakness": "worsening"}
BOTH_NUMB_WEAK = {"both_legs": True, "leg_numbness": True, "leg_weakness": "worsening"}
BOTH_NUMB_STABLE = {"both_legs": True, "leg_numbness": True, "leg_weakness": "stable"}

CHANGED = [
    # 1. retention told as a scene at the toilet
    ("stood at the toilet for ages, barely a trickle", BLADDER),
    ("stood over the toilet for 10 minutes and hardly anything came", BLADDER),
    ("i have to push and push and it only comes drop by drop", BLADDER),
    ("ik moet persen en persen en het komt druppel per druppel", BLADDER),
    ("faut que je pousse pousse et ça vient goutte à goutte", BLADDER),
    ("ça vient au compte-gouttes", BLADDER),
    ("je reste des plombes aux toilettes et il sort presque rien", BLADDER),
    # 2. Scots words for the seat and its numbness; a denial, then another numbness word of the same area
    ("ma bahookie's gone aw deid on the lavvy seat", SADDLE),
    ("ma bum's gone deid", SADDLE),
    ("my erse is deid, cannae feel it on the bog", SADDLE),
    ("my bum doesnt feel numb, it feels dead", SADDLE),
    ("my bum isnt numb, it feels dead", SADDLE),
    ("mijn poep voelt niet verdoofd, hij voelt dood", SADDLE),
    ("mijn poep is niet verdoofd maar ik voel er niks", SADDLE),
    ("mes fesses sont pas engourdies, elles sont mortes", SADDLE),
    ("mes fesses sont pas engourdies, je les sens plus", SADDLE),
    # 3. wiping that feels far away, unsure
    ("the paper feels kind of far away when i wipe, might be nothing", SADDLE),
    ("when i wipe it feels far away", SADDLE),
    ("het wc-papier voelt ver weg als ik me afveeg", SADDLE),
    ("als ik me afveeg voelt het als mijn lip na de tandarts", SADDLE),
    ("als ik me afveeg voelt het ver weg", SADDLE),
    ("le papier semble loin quand je m'essuie, c'est peut-être rien", SADDLE),
    ("quand je m'essuie c'est comme loin", SADDLE),
    # 4. down the stairs, the edge of a step, a car hit from behind
    ("landed smack on the edge of a step", TRAUMA),
    ("ben de trap af gestuiterd op mijn stuit", TRAUMA),
    ("miste een tree en gleed zo 5 treden naar beneden", TRAUMA),
    ("ne gast is vol achteraan in mijn auto geknald", TRAUMA),
    ("er is een gast achterop mijn auto geknald", TRAUMA),
    # 5. a foot drop told day by day
    ("monday caught my toe, yesterday nearly fell on the kerb, today i cant lift it high enough", WORSE),
    ("maandag bleef mijn teen haken, gisteren bijna gevallen, vandaag krijg ik hem niet meer omhoog", WORSE),
    ("mon pied fait clac clac, je sais plus le relever, de pire en pire chaque jour", WORSE),
    # 6. legs like jelly / en coton, with numbness told too
    ("both legs gone like jelly and numb", BOTH_NUMB_WEAK),
    ("mijn benen zijn als pudding en doof", BOTH_NUMB_WEAK),
    ("mes jambes sont en coton, de plus en plus molles", BOTH_WEAK),
    ("mes jambes sont en coton", BOTH_WEAK),
    # 7. nights where nothing helps
    ("lying, sitting, hot water bottle, nothing takes the edge off at night", NIGHT),
    ("'s nachts bonkt het aan één stuk door, alles geprobeerd, niks maakt het minder", NIGHT),
    ("la nuit c'est l'enfer, sur le dos, sur le côté, y a rien qui calme", NIGHT),
    # 8. numb and weak in one breath, a stable course told (Flemish "nie slechter")
    ("mijn twee benen worden doof en slap als ik stap, maar 't is nie slechter geworden, nog 't zelfde", BOTH_NUMB_STABLE),
    ("both my legs go numb and weak when i walk, but its not got worse, still the same", BOTH_NUMB_STABLE),
    ("both my legs go numb and weak when i walk", BOTH_NUMB_WEAK),
    ("mes deux jambes deviennent engourdies et faibles quand je marche, mais c'est pas pire, toujours pareil",
     BOTH_NUMB_STABLE),
    # 9. a fever over, a normal reading now
    ("had a temp and the shivers last week with covid but that's all cleared now, 36.8 this morning", {}),
    ("had a temp last week, 36.8 this morning", {}),
    ("had koorts vorige week, 36,9 vanmorgen", {}),
    ("j'avais de la fièvre la semaine passée, 36,7 ce matin", {}),
    # 10. back pain asked about as turning into cancer
    ("can a bad back give u cancer??", {}),
    ("my mum died of cancer, can a bad back give you cancer?", {}),
    ("est-ce qu'un mal de dos ça peut se transformer en cancer ??", {}),
    ("un mal de dos peut devenir un cancer ?", {}),
    # 11. a knee that gives way now and then, unchanged; pain alone in both legs
    ("my right knee gives way now and then but its exactly the same, not worse, and both legs ache", {}),
    ("my knee gives way but its not getting worse", {}),
    ("mijn knie begeeft het soms maar het is precies hetzelfde, niet erger, en pijn in beide benen", {}),
    ("mon genou lâche de temps en temps mais c'est exactement pareil, pas pire, et mal aux deux jambes", {}),
]

KEPT = [
    # retention already read, and no toilet scene
    ("ik stond 10 minuten boven de wc en er kwam bijna niks", BLADDER),
    ("i stand at the loo for ages and only a few drops come out", BLADDER),
    ("the tap only gives a trickle", {}),
    ("the rain came drop by drop", {}),
    ("le robinet fuit goutte a goutte", {}),
    # a denial with no other numbness word, a second word denied too
    ("my bum isnt numb, it just aches", {}),
    ("my bum isnt numb, its not dead", {}),
    ("mijn poep is niet verdoofd, het doet gewoon pijn", {}),
    ("mes fesses sont pas engourdies, elles font juste mal", {}),
    ("my bum doesnt feel numb", {}),
    ("my arse feels dead", SADDLE),
    ("comme ma lèvre après le dentiste quand je m'essuie", SADDLE),
    ("when i wipe on the left its like my lip after the dentist", SADDLE),
    ("i wipe the table, the sea feels far away", {}),
    ("aw thats sad, my back hurts", {}),
    # stairs walked or run down, a relative's crash, a missed tram
    ("j'ai devale les escaliers pour attraper le bus", {}),
    ("ik liep de trap af naar beneden", {}),
    ("i walked down the steps", {}),
    ("ik miste de tram", {}),
    ("j'ai raté une marche", {}),
    ("miste een tree", {}),
    ("my wife crashed the car", {}),
    ("went down the last few stairs on my backside", TRAUMA),
    ("iemand reed achter op mij in", TRAUMA),
    ("j'ai dégringolé les marches sur les fesses", TRAUMA),
    ("ik werd van achteren aangereden", TRAUMA),
    # a foot drop already read; a foot lifted with pain
    ("foot's gone floppy, slaps the floor", WORSE),
    ("mijn voet klapt op de grond en het wordt elke dag erger", WORSE),
    ("my foot hurts, i cant lift it because of the pain", {}),
    ("my legs are like jelly, had to crawl up to bed", BOTH_WEAK),
    ("mes jambes sont comme du coton", {"both_legs": True, "leg_numbness": True}),
    ("mes jambes sont en coton et engourdies", BOTH_NUMB_WEAK),
    ("mijn benen zijn niet doof en slap", {}),
    # turning over only
    ("only hurts at night when i turn over", {}),
    ("'s nachts alleen pijn als ik me omdraai", {}),
    ("la nuit j'ai mal seulement quand je me retourne", {}),
    ("doesnt matter if i lie on my side or flat, same ache all night, no let up", NIGHT),
    # a fever now
    ("had a fever last week, 38.5 this morning", FEVER),
    ("had koorts vorige week, nog 38 graden", FEVER),
    ("j'avais de la fièvre la semaine passée, 38,5 ce matin", FEVER),
    ("i have a temp, 36.8 this morning", FEVER),
    ("had koorts vorige week maar is over, 36,9 vanmorgen", {}),
    ("j'avais de la fièvre la semaine passée mais c'est fini, 36,7 ce matin", {}),
    # one's own cancer; a relative's; questions already read
    ("i had cancer", CANCER),
    ("j'ai eu un cancer", CANCER),
    ("ik heb kanker gehad", CANCER),
    ("kan rugpijn kanker worden?", {}),
    ("ma maman est décédée d'un cancer, moi j'ai mal au dos", {}),
    ("i had cancer, can a bad back give you cancer back?", CANCER),
    # a knee giving way, no stable course; getting worse
    ("my knee gives way", WORSE),
    ("my knee gives way and its getting worse", WORSE),
    ("my knee gives way, not worse, but my foot drags more each day", WORSE),
    ("mijn knie begeeft het", WORSE),
    ("mon genou lache", WORSE),
]


test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
