"""Session 27, helper L, after the blind refresh 42/28 scored once: both legs told by carers and by walking limits.

1. A message typed for a relative named in Patois ("mi" = my, "fi" = for) or with an adjective before the kin: "writing for mi
   nana", "asking for my big brother", "ik schrijf voor mijn grote broer", "c'est pour mon grand frere": that relative is the
   patient, their pronouns (and what they say: "now she saying ...") the patient's.
2. Ants or bugs walking on the skin (formication, the twin of "fourmis" and "mieren"): "both my feet feel like ants are
   crawling on them", "alsof er beestjes over mijn beide benen kruipen", "comme des insectes qui marchent sur mes deux jambes".
3. Both legs heavy "and kinda weak", a hedge before the weak word (neurogenic claudication wording): "both my legs get tired and
   kind of wobbly", "mijn twee benen worden zwaar en wat slap", "mes deux jambes deviennent lourdes et plutot faibles".
4. No urine passed for hours (retention): "i have not passed urine since this morning", "ik heb sinds vanmorgen geen plas meer
   gedaan", "je n'ai pas fait pipi depuis ce matin" (not blood, not the bed, not a leak).
5. The course told unchanged by a tiny measure: "not even a tiny bit worse", "geen haar slechter", "exactement la meme chose"."""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

BOTH_NUMB = {"both_legs": True, "leg_numbness": True}
BOTH_WEAK = {"both_legs": True, "leg_weakness": "worsening"}
BOTH_STABLE = {"both_legs": True, "leg_weakness": "stable"}
SADDLE = {"saddle_numbness": True}
BLADDER = {"bladder_bowel": True}

CHANGED = [
    # 1. typed for a relative in Patois or named with an adjective
    ("writing for mi nana, her back bad and both her legs weak now", BOTH_WEAK),
    ("typing fi mi bredda, him back hurt and he cant feel his bum", SADDLE),
    ("asking for my big brother. his back is bad and he cant feel his bum", SADDLE),
    ("this is about my elderly mum, her back hurts and she has wet herself twice", BLADDER),
    ("writing for my little sister: she has no feeling round her bottom since yesterday", SADDLE),
    ("messaging for my older brother, he hasnt peed since this morning", BLADDER),
    ("ik schrijf voor mijn grote broer, hij voelt zijn poep niet meer", SADDLE),
    ("het is voor mijn oudere zus. haar beide benen zijn doof", BOTH_NUMB),
    ("c'est pour mon grand frère, il sent plus ses fesses", SADDLE),
    ("bonjour, c'est pour ma vieille mère. ses deux jambes sont engourdies", BOTH_NUMB),
    # 2. formication
    ("both my feet feel like ants are crawling on them", BOTH_NUMB),
    ("it feels like ants walking up both my legs", BOTH_NUMB),
    ("both my shins feel like little bugs running on them", BOTH_NUMB),
    ("as if insects were crawling up both my calves", BOTH_NUMB),
    ("alsof er beestjes over mijn beide benen kruipen", BOTH_NUMB),
    ("het voelt of er insecten over mijn twee voeten lopen", BOTH_NUMB),
    ("het is net alsof er miertjes in mijn beide kuiten zitten", BOTH_NUMB),
    ("comme des insectes qui marchent sur mes deux jambes", BOTH_NUMB),
    ("on dirait des bestioles qui courent sur mes deux pieds", BOTH_NUMB),
    ("j'ai l'impression que des petites bêtes se promènent sur mes deux mollets", BOTH_NUMB),
    # 3. both legs heavy and a hedge before weak
    ("my feet go stiff and pretty weak after ten minutes walking", BOTH_WEAK),
    ("both my legs get tired and kind of wobbly on the stairs", BOTH_WEAK),
    ("both legs go achy and a tad weaker by the evening", BOTH_WEAK),
    ("mijn twee benen worden zwaar en wat slap als ik wandel", BOTH_WEAK),
    ("mijn beide benen voelen stijf en nogal krachteloos", BOTH_WEAK),
    ("worden mijn benen moe en een beetje slap na een kwartier", BOTH_WEAK),
    ("mes deux jambes deviennent lourdes et plutôt faibles quand je marche", BOTH_WEAK),
    ("mes pieds sont raides et un peu faibles le matin", BOTH_WEAK),
    ("mes jambes sont lourdes et assez faiblardes", BOTH_WEAK),
    # 4. no urine passed for hours
    ("i have not passed urine since this morning even though i drank a lot", BLADDER),
    ("he hasnt passed water all day", BLADDER),
    ("no pee since last night despite drinking loads", BLADDER),
    ("i havent passed any urine in 10 hours", BLADDER),
    ("ik heb sinds vanmorgen geen plas meer gedaan", BLADDER),
    ("ik heb nog niks geplast vandaag terwijl ik veel drink", BLADDER),
    ("ik heb de hele dag nog geen plasje gedaan", BLADDER),
    ("sinds gisteravond geen urine meer", BLADDER),
    ("je n'ai pas fait pipi depuis ce matin", BLADDER),
    ("j'ai rien uriné de la journée", BLADDER),
    ("pas de pipi depuis hier soir alors que je bois beaucoup", BLADDER),
    ("je n'ai pas pissé depuis 12 heures", BLADDER),
    # 5. unchanged by a tiny measure
    ("both my legs are weak, not even a tiny bit worse", BOTH_STABLE),
    ("mijn beide benen zijn slap maar geen haar slechter dan vorig jaar", BOTH_STABLE),
    ("mijn beide benen zijn slap, geen tikkeltje erger", BOTH_STABLE),
    ("mes deux jambes sont faibles depuis des années, exactement la même chose", BOTH_STABLE),
]

KEPT = [
    # 1. proxies: the writer's own, a relative named alone
    ("writing for my big brother. i have had back pain for years, he is fine", {}),
    ("ik schrijf voor mijn kleine zus, ik zelf heb niks", {}),
    ("c'est pour mon grand frère qui a mal au dos, moi je vais bien", {}),
    ("namens mijn hoogbejaarde vader: hij heeft sinds gisteren niet geplast", BLADDER),
    ("je vous écris pour ma petite sœur, elle a fait pipi sur elle sans s'en rendre compte", BLADDER),
    ("writing for my granny, her back hurts and now both her feet have pins and needles", BOTH_NUMB),
    ("ce est pour mon frere , ses deux jambes sont faibles", BOTH_WEAK),
    # 2. insects that are insects, ants in a dialect already read
    ("there are ants walking across the kitchen floor and my back hurts", {}),
    ("i got bitten by ants on both my legs", {}),
    ("my kids have ants in their pants, my back is sore", {}),
    ("er lopen beestjes in de keuken en mijn rug doet pijn", {}),
    ("ik ben door insecten gestoken op mijn beide benen", {}),
    ("il y a des insectes dans la cuisine et j'ai mal au dos", {}),
    ("je me suis fait piquer par des insectes sur les deux jambes", {}),
    ("ca grouille de monde au marche et j'ai mal au dos", {}),
    ("het voelt alsof er mieren over mijn beide voeten lopen", BOTH_NUMB),
    ("comme des fourmis qui marchent sur mes deux pieds", BOTH_NUMB),
    ("both my feet tingle like ants crawling", BOTH_NUMB),
    # 3. heavy and sore, heavy but not weak, the plain form
    ("both my legs get heavy but not weak", {}),
    ("my legs get heavy and sore when i walk", {}),
    ("mijn benen zijn zwaar en een beetje pijnlijk", {}),
    ("mes deux jambes sont lourdes et un peu douloureuses", {}),
    ("both my legs get heavy and a bit weak", BOTH_WEAK),
    ("mes deux jambes sont devenues faibles", BOTH_WEAK),
    # 4. blood, the bed, a leak, someone else, peeing fine
    ("i have not passed any blood in my urine", {}),
    ("i havent passed water in bed for years", {}),
    ("no pee in the sample", {}),
    ("no blood in my pee since the antibiotics", {}),
    ("my wife has not passed urine since breakfast", {}),
    ("geen urine in het staal gevonden", {}),
    ("ik heb vandaag al drie keer geplast", {}),
    ("geen pijn bij het plassen sinds gisteren", {}),
    ("sinds de operatie geen urine meer verloren", {}),
    ("je n'ai pas uriné de sang depuis l'opération", {}),
    ("je n'ai pas fait pipi au lit depuis des années", {}),
    ("pas de douleur en urinant depuis hier", {}),
    ("pas de sang dans les urines depuis hier", {}),
    ("i havent peed since this morning even though ive drunk loads", BLADDER),
    ("ik heb sinds vanochtend niet geplast terwijl ik veel gedronken heb", BLADDER),
    # 5. worse by a tiny measure stays worse; the stable forms already read
    ("both my legs are weak and getting a tiny bit worse", BOTH_WEAK),
    ("mijn beide benen zijn slap en elke dag een ietsje erger", BOTH_WEAK),
    ("mes deux jambes sont faibles, c'est la même chose qu'hier mais en pire", BOTH_WEAK),
    ("both my legs are weak, its been the exact same for two years, not one bit worse", BOTH_STABLE),
    ("mijn beide benen zijn slap, al twee jaar precies hetzelfde, geen haar erger", BOTH_STABLE),
    ("mes deux jambes sont faibles, pile pareil depuis deux ans", BOTH_STABLE),
    ("mes deux jambes sont faibles, aujourd'hui c'est encore plus lourd qu'hier", BOTH_WEAK),
    ("mijn beide benen zijn slap, vandaag is het nog zwaarder dan gisteren", BOTH_WEAK),
]


test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
