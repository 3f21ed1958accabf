"""Session 32, round AZ: a wetting found out only from wet trousers, the saddle told dead with the verb before a long subject or as
"seems dead", and a saddle not felt with a hedge ("so to speak", "practically") between the verb and the "not".

Blind messages were read {}: a wetting noticed only when joggers or tracksuit bottoms were wet (the clothes words and "only knew
... when" were not read), "voelt mijn kont en alles tussen mijn benen dood" (the verb first, a subject of many words), "j'ai les
fesses mortes", "semblent mortes", and "je sens pour ainsi dire plus mes fesses" were missed.

Changed:
- BLADDER_PATTERNS: en "only knew / noticed / realised ... when my joggers / trackies / trousers were wet", "didnt know ... until
  my ... were wet" (new _WET_CLOTHES, _NOT_RAIN_BEFORE); nl "merkte / wist / had ... pas (door) ... toen mijn joggingbroek nat
  was", "pas toen mijn ...broek nat was wist ik" (new _NOT_RAIN_BEFORE; "pas" also read as "pasnl"); fr "rendu compte / vu /
  compris ... quand / en voyant mon jogging / survet / pantalon mouille / trempe" (new _PAS_PLUIE). Not rain, sweat, a spill.
- NUMB_SADDLE: nl "... en alles / de rest / heel de streek ... dood / doof / koud" (the sign starts after the area), "lijkt /
  lijken dood, afgestorven"; fr "semble / parait ... morte(s)", "les fesses / le cul / le derriere mort(es)" right after the
  area; en "can practically / more or less / so to speak / as good as not feel" (not the pain).
- NUMB_COMMON (fr): "sens pour ainsi dire / a peu pres / limite / carrement plus" (not the pain).

Kept: what en and nl already read (bum and everything between the legs feels dead, "bijna / vrijwel niet meer"), rain, sweat,
a spilt coffee, the pool, a leg gone dead, "dood moe", the denial ("lijken niet dood", "semblent pas mortes"), the pain no
longer felt.
Not fixed (left for a later round): nl "zo goed als niet" and "om zo te zeggen niet" (the "als"/"om" split the sentence).
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

BLADDER = {"bladder_bowel": True}
SADDLE = {"saddle_numbness": True}
CHANGED = [
    # wetting found from wet trousers: en
    ("i only knew when my trackies were wet", BLADDER),
    ("i only twigged when my joggers were soaked", BLADDER),
    ("only clocked it when my trackies were wet", BLADDER),
    ("i didnt realise until my tracksuit bottoms were damp", BLADDER),
    ("i only figured it out once my jeans were wet", BLADDER),
    # nl
    ("ik merkte pas dat ik had geplast toen mijn trainingsbroek nat was", BLADDER),
    ("pas toen mijn joggingbroek nat was wist ik dat ik geplast had", BLADDER),
    ("ik had pas door dat ik geplast had toen mn trainingsbroek vochtig was", BLADDER),
    # fr
    ("j ai vu que j avais fait pipi quand mon survet etait trempe", BLADDER),
    ("je l ai su seulement quand mon survet etait humide", BLADDER),
    ("je m en suis aperçu quand mon jogging etait trempe", BLADDER),
    ("j ai remarque quand mon short etait mouille", BLADDER),
    ("je me suis rendu compte que ça avait coulé quand mon bas de jogging était mouillé", BLADDER),
    # the saddle dead, the verb first or "seems": nl
    ("vandaag voelen me billen en alles tussen mijn benen dood", SADDLE),
    ("voelt mijn kont en heel de streek tussen mijn benen dood aan", SADDLE),
    ("vandaag voelde mn zitvlak en de rest daaronder helemaal dood", SADDLE),
    ("voelen mijn billen en alles ertussen koud en dood", SADDLE),
    ("mijn billen lijken dood", SADDLE),
    ("mijn zitvlak lijkt wel afgestorven", SADDLE),
    # fr
    ("mes fesses semblent mortes", SADDLE),
    ("mes fesses et tout l entrejambe paraissent morts", SADDLE),
    ("j ai le cul mort et tout l entrejambe aussi", SADDLE),
    ("j ai les fesses mortes", SADDLE),
    ("j avais les fesses toutes mortes ce matin", SADDLE),
    # a hedge before the "not": en
    ("i can so to speak no longer feel my bum", SADDLE),
    ("i can as good as not feel my backside", SADDLE),
    ("i can more or less not feel my bum anymore", SADDLE),
    ("i can practically not feel my bum", SADDLE),
    # fr
    ("je sens pour ainsi dire plus mes fesses", SADDLE),
    ("je sens a peu pres plus mes fesses", SADDLE),
    ("je sens limite plus mes fesses", SADDLE),
    ("je ne sens pour ainsi dire plus l entrejambe", SADDLE),
]
KEPT = [
    ("ik merkte pas dat het regende toen mijn joggingbroek nat was", {}),
    ("pas toen mijn joggingbroek nat was van de regen wist ik het", {}),
    ("ik had pas door dat ik bloedde toen mijn joggingbroek nat was", {}),
    ("ik ben pas gaan lopen toen mijn joggingbroek nat was", {}),
    ("i only noticed it was raining when my jeans were wet", {}),
    ("i only realised when my trousers were soaked that the bottle had spilt", {}),
    ("i didnt notice until my shorts were wet from the pool", {}),
    ("j ai compris quand mon jean etait trempe de sueur", {}),
    ("mon jogging etait mouille, j ai rien senti", BLADDER),
    ("mijn joggingbroek was nat en ik had niks gevoeld", BLADDER),
    ("mijn rug en de rest is dood moe", {}),
    ("voelen mijn billen en alles ertussen niet dood", {}),
    ("mijn billen lijken niet dood", {}),
    ("mijn vader lijkt dood moe", {}),
    ("mes fesses semblent pas mortes", {}),
    ("j ai la jambe morte", {}),
    ("i can practically not feel the pain in my bum", {}),
    ("je sens pour ainsi dire plus la douleur aux fesses", {}),
    ("i can pretty much not feel my legs", {}),
    ("mijn kont en alles tussen mijn benen voelt dood", SADDLE),
    ("my bum and everything between my legs feels dead", SADDLE),
    ("my bum and everything between my legs seem dead", SADDLE),
    ("ik voel mijn billen vrijwel niet meer", SADDLE),
    ("je sens presque plus mes fesses", SADDLE),
    ("i virtually cant feel my bum", SADDLE),
    ("i only realised i had pissed when my joggers were wet", BLADDER),
    ("i only realised i had gone when my joggers were damp", BLADDER),
    ("only noticed i had wee d once my tracksuit bottoms were soaked", BLADDER),
    ("i didnt know i had peed until my sweatpants were wet", BLADDER),
    ("k zag het pas toen men joggingbroek kletsnat was", BLADDER),
    ("j ai compris que j avais uriné en voyant mon pantalon humide", BLADDER),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
