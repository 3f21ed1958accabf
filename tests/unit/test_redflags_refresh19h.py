"""Red flags (session 19, helper H): Dutch misses of a blind refresh, in general form with en/nl/fr twins.

Wiping with the paper felt only half or not surely (West-Flemish "as 'k mi afvagen ... tis percies mo 'alf"); feeling
almost nothing down there during sex (Limburg "bie 't vrije veul ich dao beneje bekans niks mie"); both legs like pudding
and the knees that give way (West-Flemish "zakken m'n knien deur"); both legs numb "from the buttocks down to the toes" is
the legs, not the saddle (the seat itself told numb stays the saddle's), and weaker legs told "zijn ze ook slapper" with
"not worse" are stable; night pain where nothing helps in any position until the morning ("maakt geen ene moer uit",
"niks helpt ... tot de wekker", "elke nacht rond 3u wakker vd rug"); kilos lost in a "cut" with diet and gym, the loss
asked about as a cause ("komt dat door het afvallen of gewoon kut techniek?"); a fever over since a day named with a
normal reading ("sinds vrijdag helemaal over, thermometer staat weer op 36,8").
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

SADDLE = {"saddle_numbness": True}
BLADDER = {"bladder_bowel": True}
NIGHT = {"night_pain": True}
CANCER = {"cancer_history": True}
BOTH_WEAK = {"both_legs": True, "leg_weakness": "worsening"}
BOTH_NUMB = {"both_legs": True, "leg_numbness": True}

CHANGED = [
    # wiping: the paper not surely felt, or felt only half
    ("'k hèn nen ambetanten rug, en as 'k mi afvagen na 't kakken weet 'k nie zeker of da 'k da papier wel voele, tis "
     "percies mo 'alf", SADDLE),
    ("as 'k mi afvagen weet 'k nie zeker of da 'k da papier wel voele", SADDLE),
    ("as 'k mi afvage voel ik da papier mo half", SADDLE),
    ("bij het afvegen voel ik het papier maar half", SADDLE),
    ("when I wipe I only half feel the paper", SADDLE),
    ("when i wipe it only half feels like anything's there", SADDLE),
    ("quand je m'essuie je ne sens le papier qu'à moitié", SADDLE),
    ("quand je m'essuie je sens à moitié le papier", SADDLE),
    # Limburg: during sex almost nothing felt down there
    ("bie 't vrije veul ich dao beneje bekans niks mie", SADDLE),
    ("ich höb rogpien en noe merk ich neet mie wienie ich mót plasse. bie 't vrije veul ich dao beneje bekans niks mie",
     {**SADDLE, **BLADDER}),
    # both legs like pudding, the knees give way
    ("mien twi beenen zin lik pudding, bi 't opstoan van de zetel zakken m'n knien deur en 'k moe mi an de kasse "
     "vastouden", BOTH_WEAK),
    ("bij het opstaan zakken mijn knieen door", BOTH_WEAK),
    ("bij het opstaan zakken mijn knieën deur", BOTH_WEAK),
    ("mijn knien zakken deur as ik opsta", BOTH_WEAK),
    # both legs numb from the buttocks down: the legs, not the saddle; weaker told with the verb first, not worse
    ("als ik een stuk wandel worden mijn twee benen doof, van de billen tot in de tenen, alsof ze slapen, en dan zijn ze "
     "ook slapper. da's al maanden zo en echt nie erger geworden", {**BOTH_NUMB, "leg_weakness": "stable"}),
    ("mijn benen worden doof als ik wandel en dan zijn ze ook slapper. dat is al maanden zo, niet erger geworden",
     {**BOTH_NUMB, "leg_weakness": "stable"}),
    ("mijn beide benen worden doof en dan zijn ze slapper", {**BOTH_NUMB, "leg_weakness": "worsening"}),
    ("mijn benen zijn doof van mijn poep tot aan mijn voeten", BOTH_NUMB),
    ("both legs go numb from my bum down to my toes", BOTH_NUMB),
    ("my legs go dead from my buttocks to my feet when i walk", BOTH_NUMB),
    ("mes jambes s'engourdissent des fesses jusqu'aux pieds", BOTH_NUMB),
    # night pain: nothing helps in any position, until the morning
    ("had in 2019 borstkanker, toen alles schoon verklaard. snachts is t t ergst, ik lig, zit op de bank, loop rondjes "
     "door de keuken, maakt geen ene moer uit het blijft bonken", {**CANCER, **NIGHT}),
    ("snachts is t ergst, ik lig, zit, loop rond, maakt geen ene moer uit, het blijft bonken", NIGHT),
    ("s nachts is het het ergst, op mijn zij, op mijn rug, in de zetel, het maakt geen ene moer uit", NIGHT),
    ("elke nacht rond 3u wakker vd rug. draai op zij, op buik, warme kruik, niks helpt, blijft gwn doorbonken tot de "
     "wekker", NIGHT),
    ("iedere nacht tegen 4 uur wakker door mijn rug", NIGHT),
    ("ik draai me om, ik ga rechtop zitten, een kruik, niks helpt, het blijft kloppen tot de wekker gaat", NIGHT),
    ("every night around 3 awake from my back", NIGHT),
    ("every night at 3am woken by my back", NIGHT),
    ("nothing helps, it keeps pounding till the alarm goes", NIGHT),
    ("chaque nuit vers 3h réveillé par le dos", NIGHT),
    ("toutes les nuits à 3h réveillée par mon dos", NIGHT),
    ("rien n'aide, ça cogne jusqu'au réveil", NIGHT),
    # kilos lost in a cut, the loss asked about as a cause
    ("sinds ik aan het cutten ben (12 kg eraf in 4 maanden, strak dieet + 5x gym per week) heb ik last van me onderrug "
     "na deadliften. komt dat door het afvallen of gewoon kut techniek?", {}),
    ("ik ben aan het droogtrainen, 8 kilo eraf in 3 maanden", {}),
    ("im on a cut, 9 kg down in 3 months. could the weight loss cause my back pain?", {}),
    ("ik ben aan het cutten, 10 kilo eraf. komt mijn rugpijn door het afvallen?", {}),
    ("komt mijn rugpijn door het afvallen?", {}),
    ("since I started cutting (12 kg off in 4 months, strict diet + gym 5x a week) my lower back hurts after deadlifts. "
     "is that from the weight loss or just bad technique?", {}),
    ("depuis que je suis en sèche (12 kg en moins en 4 mois, régime strict et salle 5 fois par semaine) j'ai mal au bas "
     "du dos après le soulevé de terre. c'est la perte de poids ou ma technique ?", {}),
    # a fever over since a day named, a normal reading
    ("vorige week plat gelegen met griep, 39 koorts en al, maar da is sinds vrijdag helemaal over, thermometer staat weer "
     "op 36,8. alleen m'n rug blijft pijn doen", {}),
    ("had griep met 39, sinds zaterdag weer weg, de thermometer geeft weer 36,9", {}),
    ("vorige week 39 koorts gehad, de thermometer staat weer op 36,7", {}),
    ("plat gelegen met 39 koorts, da's sedert vrijdag over", {}),
    ("grippe la semaine dernière avec 39 de fièvre, mais c'est fini depuis vendredi, le thermomètre est revenu à 36,8", {}),
    ("j'ai eu 39 de fièvre lundi, le thermomètre affiche 36,9 depuis vendredi", {}),
    ("had 39 fever last week, the thermometer reads 36.9 again now", {}),
    ("had a fever of 39 monday, over since friday", {}),
]

KEPT = [
    # the seat itself told numb stays the saddle's
    ("mijn benen zijn doof van de billen tot de tenen en mijn poep zelf is ook doof", {**SADDLE, **BOTH_NUMB}),
    ("my legs go numb from my bum to my toes and my bum itself is numb too", {**SADDLE, **BOTH_NUMB}),
    ("mes jambes sont engourdies des fesses aux pieds et les fesses elles-mêmes sont engourdies aussi",
     {**SADDLE, **BOTH_NUMB}),
    ("ik ben doof van mijn billen tot mijn tenen", SADDLE),
    # wiping felt well, sex words that are no numbness
    ("als ik mij afveeg voel ik het papier goed", {}),
    ("bij het vrijen voel ik niks meer voor haar", {}),
    ("tijdens de seks voel ik me niet lekker in mijn rug", {}),
    ("bij 't vrijen voel ik daar beneden bijna niks meer", SADDLE),
    ("during sex I hardly feel anything down below", SADDLE),
    ("pendant l'amour je ne sens presque plus rien là en bas", SADDLE),
    # legs like pudding in Netherlands Dutch, en and fr twins
    ("mijn twee benen zijn als pudding, als ik opsta uit de zetel zakken mijn knieën door", BOTH_WEAK),
    ("both my legs are like jelly, my knees buckle when I get up from the sofa", BOTH_WEAK),
    ("mes jambes sont en coton, mes genoux se dérobent quand je me lève", BOTH_WEAK),
    ("mijn benen worden doof en dan zijn ze niet slapper", BOTH_NUMB),
    ("both my legs go numb when i walk and then they're weaker too. been like that for months, not getting worse",
     {**BOTH_NUMB, "leg_weakness": "stable"}),
    # night: mechanical, woken by something else, sleeping through
    ("s nachts is t ergst als ik me omdraai", {}),
    ("elke nacht rond 3u wakker van de kat", {}),
    ("ik slaap door tot de wekker, niks aan de hand", {}),
    ("niks helpt tegen de stijfheid s ochtends tot de middag", {}),
    ("every night at 3 woken by the dog", {}),
    ("chaque nuit vers 3h réveillé par le chat", {}),
    ("nothing helps the stiffness in the morning until noon", {}),
    ("rien n'aide pour la raideur jusqu'à midi", {}),
    # weight lost without trying stays a loss, also asked about as a cause
    ("ik ben 10 kilo afgevallen zonder reden. komt mijn rugpijn door het afvallen?", {"weight_loss": True}),
    ("8 kg kwijt, ik weet niet waarom. komt dat door het afvallen?", {"weight_loss": True}),
    ("lost 10 kg without trying. is my back pain from the weight loss?", {"weight_loss": True}),
    ("j'ai perdu 8 kilos sans raison. est-ce que ça vient de la perte de poids ?", {"weight_loss": True}),
    ("12 kg eraf in 4 maanden zonder dieet", {"weight_loss": True}),
    # a normal reading or "over since" said of another sign, or denied, resolves nothing
    ("mijn poep is doof en de thermometer staat op 36,8", SADDLE),
    ("my bum is numb and the thermometer reads 36.8", SADDLE),
    ("mes fesses sont engourdies et le thermomètre affiche 36,8", SADDLE),
    ("mijn poep is doof, sinds gisteren niet weg", SADDLE),
    ("mijn poep is doof en dat is sinds gisteren nog niet over", SADDLE),
    ("my bum is numb, it's not been over since friday", SADDLE),
    ("ik heb 39 koorts, sinds gisteren niet weg", {"fever": True}),
    # a fever now stays a flag
    ("ik heb nu 39 koorts sinds vrijdag", {"fever": True}),
    ("ik heb koorts sinds vrijdag, de thermometer staat op 38,6", {"fever": True}),
    ("sinds vrijdag 39 koorts, nog niet over", {"fever": True}),
    ("j'ai 39 de fièvre depuis vendredi, le thermomètre affiche 38,9", {"fever": True}),
    ("i've had a fever of 39 since friday, thermometer says 38.8", {"fever": True}),
    ("vorige week 39 koorts, sinds vrijdag weg maar vandaag terug 38,5", {"fever": True}),
    ("ik heb koorts, de thermometer staat op 36,8 maar ik gloei", {"fever": True}),
]


test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
