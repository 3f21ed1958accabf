"""Session 23, helper Q, after the blind refresh scored once: weight, fever and night pain in Pidgin, West-African and
Québec French; both legs told giving way or numb in dialect; both legs weak and unchanged in Jamaican; "tombé sur" a person.

1. Nigerian Pidgin weight loss ("don" = have, "dey" = is): "i don lose weight", "my trousers dey fall" (not "i dey try lose
   weight": the intent is told).
2. The body hot as fever (West-African French and English, Surinamese and Flemish Dutch): "le soir le corps chauffe", "j'ai
   le corps chaud", "my body dey hot", "mijn lijf is heet" (not "pas de corps chaud", "le corps chauffe a l'echauffement",
   "mijn lijf is niet heet").
3. Every position tried at night, told "y a rien qui fait", "ca me lache pas", "it wont let me go", "het laat me niet los"
   (the packs' NO_RELIEF knew "rien ne fait", "ca lache pas", "laat niet los").
4. Both legs giving way, told of a relative whose back is named by its diagnosis ("mon mari a un canal lombaire etroit",
   "my husband has spinal stenosis", "mijn man heeft een wervelkanaalstenose": the proxy patient was read only from a
   back pain named as such), and both knees that buckled once, in the past ("mes deux genoux ont plie d'un coup", "se sont
   derobes", "mijn beide knieen zakten door") (not "j'ai plie les deux genoux", "zakten niet door").
5. Drents and Twents both feet tingling: "kribbelt in beide vuute", "de onderbeene veult doof an" (vuute = voeten, veult =
   voelt, kribbelen = kriebelen).
6. Jamaican "nuh worse" (= not worse) is a stable course: "both legs feel weak but it nuh worse than last year" (it read
   "worse than" as a worsening).
7. "tombe sur un bon kine", "tombee sur un article": a person or thing found is no fall (kept "tombe sur le dos", "sur la
   glace")."""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

WL = {"weight_loss": True}
FEVER = {"fever": True}
NIGHT = {"night_pain": True}
BOTH_W = {"both_legs": True, "leg_weakness": "worsening"}
BOTH_S = {"both_legs": True, "leg_weakness": "stable"}
BOTH_N = {"both_legs": True, "leg_numbness": True}
TRAUMA = {"onset": "trauma"}
NONE: dict = {}

CHANGED = [
    # 1. Pidgin weight loss
    ("doctor, i don lose weight since january and i no know why", WL),
    ("my brother say i don lose plenty kilo", WL),
    ("my trousers dey fall now, i no dey eat less", WL),
    ("since three months my jeans dey fall from my waist", WL),
    ("e be like say i don dey lose weight small small", WL),
    ("back dey pain me and i done lose weight o", WL),
    ("i don lose weight since january, no diet", WL),
    # 2. the body hot
    ("depuis trois jours le corps chauffe le soir et j'ai mal au dos", FEVER),
    ("j'ai le corps chaud la nuit, je ne sais pas pourquoi", FEVER),
    ("mon corps est tout chaud depuis hier soir", FEVER),
    ("mal au dos et le corps me brûle chaque soir", FEVER),
    ("my body dey hot since yesterday and my back dey pain me", FEVER),
    ("every evening my body is burning and my back hurts", FEVER),
    ("mijn lijf is heet sinds gisteravond en mijn rug doet zeer", FEVER),
    ("mijn lichaam voelt heet aan sinds gisteren", FEVER),
    ("mijn lijf was kokend heet vannacht", FEVER),
    # 3. night: nothing works, it will not let go
    ("la nuit sur le dos, sur le côté, y a rien qui fait", NIGHT),
    ("la nuit sur le dos, sur le côté, ça me quitte pas", NIGHT),
    ("la nuit, sur le dos, sur le côté, ça me lâche pas", NIGHT),
    ("at night i tried flat on my back, on my side, it wont let me go", NIGHT),
    ("in bed i lie on my side, on my back, it just doesnt let me go", NIGHT),
    ("s nachts op mijn rug, op mijn zij, het laat me niet los", NIGHT),
    ("in bed lig ik op mijn rug of op mijn zij maar de pijn laat me niet los", NIGHT),
    # 4. both legs giving way: the proxy named by diagnosis, both knees buckled
    ("Bonjour docteur. Ma femme (81 ans) a une sténose lombaire depuis des années. Depuis un mois ses deux jambes la lâchent "
     "de plus en plus.", BOTH_W),
    ("My husband, 79, has spinal stenosis. Lately both his legs keep giving way, more and more every week.", BOTH_W),
    ("Mijn man (80) heeft een wervelkanaalstenose. Sinds kort begeven zijn beide benen het steeds vaker.", BOTH_W),
    ("My dad has spinal stenosis and both his legs are weak, it's been the same for years.", BOTH_S),
    ("hier mes deux genoux ont plié d'un coup dans la cuisine", BOTH_W),
    ("mes deux genoux se sont dérobés sous moi en sortant du bain", BOTH_W),
    ("mijn beide knieën zakten gisteren ineens door", BOTH_W),
    ("mijn twee knieën knikten weg in de keuken", BOTH_W),
    # 5. Drents / Twents both feet
    ("sinds gister kribbelt het in mien beide vuute", BOTH_N),
    ("mien beide vuute veult doof an", BOTH_N),
    ("beide onderbeene veult doof", BOTH_N),
    ("t kribbelt in mien beide beene as ik loop", BOTH_N),
    ("mien vuute kribbelt allebei", BOTH_N),
    ("de onderbeene kribbelt links en rechts", BOTH_N),
    # 6. Jamaican "nuh worse"
    ("both mi foot dem weak but dem nah get worse", BOTH_S),
    ("both legs feel weak but it nuh worse than before", BOTH_S),
    ("both legs a likkle weak, it nuh get worse since summer", BOTH_S),
    ("both my legs weak but it nuh worse than last month", BOTH_S),
    ("both legs weak, dem naa get any worse", BOTH_S),
    ("both me legs go weak but it nah worse than when it start", BOTH_S),
    # 7. "tombe sur" a person or thing found
    ("je suis tombé sur un bon kiné", NONE),
    ("je suis tombé sur un super ostéo", NONE),
    ("je suis tombé sur votre site en cherchant", NONE),
    ("je suis tombée sur une dame très gentille à la pharmacie", NONE),
    ("heureusement je suis tombée sur une très bonne ostéo", NONE),
    ("je suis tombé sur un médecin qui m'a écouté", NONE),
]

KEPT = [
    # 1.
    ("i dey try lose weight for my back", NONE),
    ("i no don lose weight at all", NONE),
    # (session 29K changed this: the relative whose back is told, the writer naming none of their own, is the patient)
    ("my mama don lose weight and her back dey pain her", {"weight_loss": True}),
    ("i lost weight on purpose with diet", NONE),
    ("my trousers are fine, no weight change", NONE),
    # 2.
    ("pas de corps chaud, pas de frissons", NONE),
    ("il n'a pas de corps chaud", NONE),
    ("le temps que le corps chauffe à l'échauffement, j'ai mal", NONE),
    ("my body no dey hot", NONE),
    ("i put a hot water bottle on my body", NONE),
    ("mijn lijf is niet heet", NONE),
    ("j'ai des frissons la nuit", FEVER),
    # 3.
    ("la nuit couché sur le côté ça passe", NONE),
    ("un coussin entre les genoux et ça passe", NONE),
    ("at night on my side it eases off", NONE),
    ("s nachts op mijn zij gaat het beter", NONE),
    ("la nuit, sur le dos, sur le côté, rien n'y fait", NIGHT),
    ("tried flat, tried my side, nothing helps", NIGHT),
    # 4.
    ("Mon mari a une sténose lombaire. Moi j'ai mal au dos et mes jambes vont bien.", NONE),
    ("j'ai plié les deux genoux pour ramasser le chat", NONE),
    ("mijn beide knieën zakten niet door", NONE),
    ("mes deux jambes me lâchent de plus en plus", BOTH_W),
    ("both my knees buckled in the kitchen yesterday", BOTH_W),
    ("mijn beide benen begeven het steeds vaker", BOTH_W),
    # 5.
    ("mien linker vuut kribbelt", NONE),
    ("de vuute van mien vrouw kribbelt", NONE),
    ("mijn beide voeten tintelen", BOTH_N),
    ("beide benen voelen doof", BOTH_N),
    ("mien vuute doet zeer", NONE),
    ("mijn onderbenen doen pijn na het fietsen", NONE),
    ("My dad has back pain and both his legs are weak, it's been the same for years.", BOTH_S),
    # 6.
    ("both legs weak and it worse than last year", BOTH_W),
    ("both legs weak, worse every week", BOTH_W),
    ("mi right leg weak but it nuh worse", NONE),
    ("both legs weak but not worse than before", BOTH_S),
    ("les deux jambes un peu faibles mais c'est pareil depuis un an", BOTH_S),
    ("beide benen zwak maar niet erger dan vorig jaar", BOTH_S),
    # 7.
    ("je suis tombé sur le dos dans la douche", TRAUMA),
    ("je suis tombée sur la glace", TRAUMA),
    ("je suis tombé sur les fesses", TRAUMA),
    ("je suis tombé sur le trottoir", TRAUMA),
    ("je suis tombé sur le coccyx", TRAUMA),
    ("je suis tombé sur un caillou en courant", TRAUMA),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
