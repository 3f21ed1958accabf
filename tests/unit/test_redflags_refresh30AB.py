"""Session 30, round AB: a carer's emergency told about a partner or parent whose back condition is named as a diagnosis;
the bladder and the bowel told by what is noticed (a soiled pad found by carers, the wee passing unfelt).

Fresh blind messages (outside writers) were read wrong:
1. A partner writing "my boyfriend (34) has had a hernia for weeks ... he sank through both knees twice ... has to strain to
   pee ... do I call 112?" read nothing: the 29K carer's opening needed "his back" told later, and the older PROXY_SELF
   needed no "I" anywhere ("do I call ..." broke it). And the Dutch "zakte (ik) twee keer door allebei (mijn) knieen", "ben
   door mijn benen gezakt" (knees giving way, words between the verb and "door") was no weakness.
2. A soiled incontinence brief, pad or nappy found by carers, the person with no idea they had gone, read nothing.
3. Urine passing unfelt, known only by the sound or by looking ("urine passes but i dont feel a thing", Nigerian Pidgin "no
   feel am", "ik merk alleen aan het geluid dat ik plas", "je sais que j'urine seulement au bruit"), read nothing.

Changed (en, nl, fr packs, session 30AB sections):
- PROXY_SUBJECT: the message opens on a partner, parent or child (also boyfriend, girlfriend, vriend, copain, fiance) whose back
  condition is named as a diagnosis (_DIAG, _DIAGNOSE, _DIAG_FR: sciatica, slipped or herniated disc,
  stenosis, hernia (nl), ischias, hernie discale, sciatique ...), not long past ("years ago", "vroeger", "il y a dix ans"),
  the writer naming no back, back pain or diagnosis of their own anywhere: the relative is the patient.
- BOTH_LEGS_WEAK_PATTERNS (nl): "zakte/knikte ... door (allebei mijn) knieen/benen", "ben ... door mijn benen gezakt" (not
  lifting: "ik zak door mijn knieen als ik iets optil").
- BLADDER_PATTERNS (en, nl, fr): a pad, brief, nappy, luier, pamper, protection, couche found soiled and the person unaware
  of having gone (_WORN/_SOILED/_UNAWARE/_GONE; _LUIER/_VUIL/_ONWETEND/_GEGAAN;
  _LINGE_FR/_SOUILLE_FR/_SANS_LE_SAVOIR), not a baby's; urine passing but not felt, known only by the sound.

Kept: a relative's diagnosis told while the writer tells their own back; a relative's diagnosis of long ago; an inguinal hernia;
pads worn for years; a baby's nappy; "i can hear my stomach"; pee felt normally, pain on peeing denied."""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

LEGS_BLADDER = {"leg_weakness": "worsening", "both_legs": True, "bladder_bowel": True}
LEGS = {"leg_weakness": "worsening", "both_legs": True}
BLADDER = {"bladder_bowel": True}

CHANGED = [
    # 1. the relative's back named as a diagnosis, the writer asking what to do
    ("my husband has had sciatica for three weeks. today his knees gave way twice getting off the sofa. he has to strain to pee "
     "now. do i call 999?", LEGS_BLADDER),
    ("my boyfriend (29) has a slipped disc, this morning both his legs buckled under him and he can barely pee. should I ring "
     "an ambulance?", LEGS_BLADDER),
    ("my wife was diagnosed with a prolapsed disc last month. tonight she wet herself and didnt notice. what do i do", BLADDER),
    ("my dad, 70, has spinal stenosis and since yesterday both his legs keep giving way. can i wait till monday?", LEGS),
    ("my girlfriend has a herniated disc. she cant pee at all since this morning, shall i take her to a&e?", BLADDER),
    ("mijn man heeft al een maand ischias, vanochtend begaven zijn benen het twee keer en hij kan bijna niet plassen. moet ik "
     "112 bellen?", LEGS_BLADDER),
    ("mijn vader heeft een hernia, hij is vannacht in zijn broek geplast zonder het te merken, moet ik de huisartsenpost bellen",
     BLADDER),
    ("mijn vrouw (45) heeft sinds de zomer een hernia. haar benen zijn allebei slap en het wordt erger, wat moet ik doen", LEGS),
    ("mijn zoon heeft een hernia en sinds gisteren voelt hij niet meer wanneer hij moet plassen. bellen wij de dokter?", BLADDER),
    ("mon copain a une sciatique depuis un mois, ce matin ses jambes se sont dérobées deux fois, je l'emmène aux urgences ?",
     LEGS),
    ("mon mari (52 ans) a une hernie discale, depuis ce matin il ne peut plus uriner du tout. j'appelle le 15 ?", BLADDER),
    ("ma copine a une sciatique et depuis hier ses deux jambes lâchent, j'appelle qui ?", LEGS),
    ("my mum (88) has sciatica, the carers found her pad soiled and she had no idea she had gone. should i call the gp?", BLADDER),
    ("the carer changed my pull up, it was dirty and i had no clue i had been", BLADDER),
    # the Dutch knees giving way, words between the verb and "door"
    ("vandaag zakte ik twee keer door mijn knieën toen ik opstond", LEGS),
    ("ik ben vanmorgen zomaar door mijn benen gezakt in de keuken", LEGS),
    ("gisteren zakte ik bij het opstaan plots door allebei mijn knieën", LEGS),
    ("k zakte vannacht in de gang twee keer door mijn benen", LEGS),
    # 2. a soiled pad found by carers, the person unaware of having gone
    ("the carers found my pad soiled this morning and i had no idea i had gone", BLADDER),
    ("the nurse found my nappy dirty and I hadnt noticed going", BLADDER),
    ("the night staff found his pad soiled and he had no clue hed been", BLADDER),
    ("de verzorging vond mijn luier vol poep en ik had geen idee dat ik was gegaan", BLADDER),
    ("de thuiszorg zag dat zijn pamper vuil was, hij had niks gemerkt dat hij moest", BLADDER),
    ("de verzorgsters vonden haar luier vol poep en ze had geen idee dat ze was gegaan", BLADDER),
    ("mijn inlegger was bevuild en ik had geen benul dat ik gepoept had", BLADDER),
    ("les aides-soignantes ont trouvé ma protection souillée et je ne me suis pas rendu compte que j'avais fait", BLADDER),
    ("ma couche était pleine et je ne l'ai pas senti", BLADDER),
    ("les infirmières ont trouvé sa protection souillée, elle ne s'en était pas rendu compte", BLADDER),
    ("l'aide-soignante a changé ma protection, elle était sale et je ne m'en étais pas rendu compte", BLADDER),
    # 3. urine passing unfelt, known by the sound or by looking
    ("urine passes but i dont feel a thing", BLADDER),
    ("the wee flows but i cant feel it", BLADDER),
    ("the only way i know im weeing is the noise in the bowl", BLADDER),
    ("pee dey comot but i no feel am", BLADDER),
    ("when i wee, only the noise in the pan tells me its happening", BLADDER),
    ("de urine loopt wel maar ik voel er niks van", BLADDER),
    ("ik merk alleen aan het geluid dat ik plas", BLADDER),
    ("alleen aan het geluid weet ik dat ik aan het plassen ben", BLADDER),
    ("ik weet pas dat ik plas als ik het hoor", BLADDER),
    ("l'urine coule mais je ne la sens pas", BLADDER),
    ("l'urine passe mais je ne sens rien du tout", BLADDER),
    ("je sais que j'urine seulement au bruit", BLADDER),
    ("c'est le bruit dans la cuvette qui me dit que j'urine", BLADDER),
    ("je n'ai plus la sensation d'uriner", BLADDER),
]

KEPT = [
    # the writer's own back told: the relative's diagnosis stays theirs
    ("my wife has sciatica and i have had back pain for weeks, no other problems", {}),
    ("my dad had a slipped disc years ago, he couldnt pee back then. i have back pain now", {}),
    ("mijn vrouw heeft een hernia en ik heb zelf al weken rugpijn", {}),
    ("mijn vader had jaren geleden een hernia, hij kon toen niet plassen. ik heb nu rugpijn", {}),
    ("ma femme a une hernie discale et moi j'ai mal au dos depuis des semaines", {}),
    ("mon père avait une hernie discale il y a dix ans, il a été opéré", {}),
    ("mon mari a une hernie inguinale, il doit se faire opérer. moi j'ai mal au dos", {}),
    # signs read before as well
    ("my husband has had sciatica for weeks, now his knees gave way twice and he has to strain to pee", LEGS_BLADDER),
    ("mon mari a une hernie discale depuis des semaines. ses deux genoux ont lâché deux fois. il doit pousser pour uriner",
     LEGS_BLADDER),
    ("ik zakte vanmorgen ineens door allebei mijn knieen", LEGS),
    ("i cant feel the urine come out anymore, just hear it", BLADDER),
    ("ik hoor het alleen maar, ik voel niet dat ik plas", BLADDER),
    ("je ne sens pas l'urine passer, je l'entends seulement", BLADDER),
    ("i didnt realise id gone, the carer found my incontinence pad dirty", BLADDER),
    # read before as well (another pattern, or the older proxy opening)
    ("ma femme souffre d'une hernie discale depuis trois semaines, cette nuit elle s'est fait pipi dessus sans s'en rendre "
     "compte. je fais quoi ?", BLADDER),
    ("mon père a une sciatique, ses deux jambes sont devenues toutes faibles depuis hier, je dois l'emmener ?", LEGS),
    ("my pad was full of poo and i never knew id been", BLADDER),
    ("the nurse changed my brief, it was messy and i didnt even realise id gone", BLADDER),
    ("mon fils a une hernie discale, il a fait dans son pantalon sans s'en rendre compte, on va aux urgences ?", BLADDER),
    # pads worn for years, a baby's nappy, lifting with bent knees
    ("my mum has worn pads for years", {}),
    ("my baby's nappy was dirty and he didnt even notice", {}),
    ("mijn moeder draagt al jaren luiers", {}),
    ("de luier van de baby was vuil en ik had het niet gemerkt", {}),
    ("ma mère porte des protections depuis des années", {}),
    ("la couche du bébé était sale et je ne l'avais pas vu", {}),
    ("je suis couché, plein de douleurs, je sais pas quoi faire", {}),
    ("i went to bed full of dread and didnt know what was going on", {}),
    ("zak door je knieën bij het tillen", {}),
    ("ik ga door mijn knieën om iets op te rapen en dan schiet het in mijn rug", {}),
    # sounds, the wee felt, pain on peeing denied
    ("i can hear my stomach rumbling", {}),
    ("ik hoor mijn buik rommelen", {}),
    ("j'entends mon ventre gargouiller", {}),
    ("the water runs down my legs in the shower, i can feel it fine", {}),
    ("de plas loopt goed en ik voel geen branderig gevoel", {}),
    ("l'urine coule bien et je ne sens pas de brûlure", {}),
    ("my pants were wet from the rain and i didnt notice", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
