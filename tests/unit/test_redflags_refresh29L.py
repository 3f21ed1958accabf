"""Session 29, helper L, after the blind refresh 45 scored once: bowel or bladder accidents not noticed, told by a carer, and
saddle numbness told by how sitting feels.

1. A relative's soiling told by the one typing for them: the message opening on a relative too shy, ashamed or proud to write
   it themself is typed for them, so that relative is the patient ("my wife is too shy to write this herself ... she soiled
   herself in bed"; en, nl and fr PROXY_SUBJECT); Dutch "zijn" is "his" before the trousers, the bed, the nappy too, so "ik
   typ voor mijn vader ... heeft hij in zijn broek gepoept" is the patient's (nl PROXY_PRONOUNS_BEFORE); "in mijn broek
   gescheten" (nl BLADDER_PATTERNS).
2. The seat not felt when sitting: "sitting on the toilet i cant feel the seat", "like sitting on a pillow even on a hard
   chair", "when i sit on the sofa i cant feel it at all, like its not mine" (en SADDLE_PATTERNS, with _P29_SEAT); "als ik op
   een stoel zit voel ik die stoel niet", "alsof ik op een kussen zit", "mijn poep voelt niet als de mijne" (nl
   SADDLE_PATTERNS, with _P29_ZIT); "quand je m'assois sur une chaise je ne la sens pas", "comme assise sur un coussin d'air",
   "mes fesses ne m'appartiennent plus" (fr SADDLE_PATTERNS, with _P29_SIEGE).
Kept: a baby's nappy, a dog, a toddler's accident, a real cushion for comfort, "cant feel the pain when i sit", a numb leg
only, a chair that does not feel comfortable, a relative too shy to write who tells only of a back pain.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

BB = {"bladder_bowel": True}
SADDLE = {"saddle_numbness": True}

CHANGED = [
    ('My wife is too shy to write this herself. Her back went on Monday. Last night she soiled herself in bed and never noticed till morning.', BB),
    ("My mum's too embarrassed to type it herself, her lower back is agony and this morning she had an accident in bed", BB),
    ('my husband is far too proud to message you himself. back went at work, and twice now he has soiled himself without knowing', BB),
    ('my son is too mortified to write this, he hurt his back at rugby and he pooed himself on the bus without feeling it', BB),
    ('Mijn man schaamt zich te veel om dit zelf te schrijven. Zijn rug is al een week slecht en gisteren heeft hij in zijn broek gepoept zonder het te merken.', BB),
    ('ik schrijf voor mijn opa, hij heeft al weken rugpijn en sinds gisteren heeft hij in zijn broek gekakt zonder het te voelen', BB),
    ('ik typ dit voor mijn vader. sinds dinsdag heeft hij in zijn onderbroek gepoept en hij merkte het niet', BB),
    ('hij heeft in zijn broek gepoept zonder het door te hebben', BB),
    ('ik heb in mijn broek gescheten zonder het te voelen', BB),
    ('ik heb in mijn onderbroek gescheten en merkte het pas later', BB),
    ('Mon mari est trop gêné pour vous écrire lui-même. Son dos est bloqué et hier il a souillé son pantalon', BB),
    ("sitting on the toilet i can't feel the seat", SADDLE),
    ('i barely feel the chair under me anymore', SADDLE),
    ("I don't really feel the car seat at all since Tuesday", SADDLE),
    ('like sitting on a pillow even on a hard chair', SADDLE),
    ("it's as if I'm sat on a cushion of air all day", SADDLE),
    ("when I sit on the sofa I can't feel it at all, like it's not mine", SADDLE),
    ("on a hard wooden chair it's like i'm sitting on a sponge", SADDLE),
    ('als ik op een stoel zit voel ik die stoel niet', SADDLE),
    ('in de auto voel ik de autostoel amper nog', SADDLE),
    ('mijn kont voelt alsof ik op een kussen zit', SADDLE),
    ('mijn poep voelt niet als de mijne', SADDLE),
    ("quand je m'assois sur une chaise je ne la sens pas", SADDLE),
    ("j'ai l'impression d'être assise sur un coussin d'air", SADDLE),
    ("mes fesses ne m'appartiennent plus", SADDLE),
    ('mon entrejambe ne semble plus être à moi', SADDLE),
]

KEPT = [
    ('my dad is too ashamed to ask this himself. hes had a bad back for a week and yesterday he messed himself at the shops', BB),
    ('ik typ voor mijn moeder, ze heeft rugpijn. gisteren heeft ze 2 keer in haar broek gepoept zonder dat ze het doorhad', BB),
    ("mon père est trop fier pour écrire, il s'est fait dessus dans la voiture sans s'en rendre compte", BB),
    ('mon fils est bien trop timide pour poser la question, mal au dos depuis le rugby et il a fait dans son caleçon sans le sentir', BB),
    ('ik kan het zadel niet meer voelen als ik fiets', SADDLE),
    ('het is precies of ik op een wolk zit, ook op een harde stoel', SADDLE),
    ('mijn billen voelen niet meer van mij', SADDLE),
    ('je ne sens pas le siège de la voiture quand je conduis', SADDLE),
    ('on dirait que je suis assis sur un nuage, même sur une chaise dure', SADDLE),
    ('my baby pooed in her nappy and i didnt notice till we got home', {}),
    ('the dog pooed on the rug and nobody noticed', {}),
    ('my toddler had an accident in his pants at nursery', {}),
    ('i sit on a cushion because it hurts', {}),
    ('I sit on a pillow in the car to ease my back', {}),
    ('sitting on a cushion helps my back a lot', {}),
    ("i can't feel the pain when i sit", {}),
    ('i dont feel the chair is helping my back', {}),
    ('my left leg is numb when i sit on a chair', {}),
    ('my wife is too shy to write this herself, her back hurts since monday', {}),
    ('ik zit op een kussen omdat het pijn doet', {}),
    ('de stoel voelt niet goed voor mijn rug', {}),
    ('ik voel de stoel niet fijn zitten, te hard', {}),
    ('mijn baby heeft in zijn luier gepoept', {}),
    ('mijn hond heeft in de auto gepoept', {}),
    ('mijn been voelt doof als ik op een stoel zit', {}),
    ('je suis assis sur un coussin parce que ça fait mal', {}),
    ('quand je suis assis sur le canapé, la douleur je ne la sens pas', {}),
    ('je ne sens pas la chaise confortable', {}),
    ('mon bébé a fait dans sa couche', {}),
    ('ma jambe gauche est engourdie quand je suis assis', {}),
    ('le chien a fait dans la voiture', {}),
    ('my father has soiled himself twice on the way here and didnt notice till we got out', BB),
    ('he pooed himself without noticing', BB),
    ("i can't feel the toilet seat under me", SADDLE),
    ("it feels like i'm sitting on cotton wool", SADDLE),
    ('mijn vader heeft in zijn broek gepoept en had het niet door', BB),
    ('het is alsof ik op watten zit', SADDLE),
    ("il s'est souillé sans s'en rendre compte", BB),
    ('je ne sens plus la chaise sous mes fesses', SADDLE),
    ("comme si j'étais assis sur du coton", SADDLE),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
