"""Session 31, round AE: saddle numbness told by a comparison of what sitting feels like, and retention told as a long wait at
the toilet with only a dribble.

Fresh blind messages (outside writers) were read wrong:
1. Sitting on a bathroom stool felt as if it were not one's own buttocks touching, as through thick jeans: the bladder was read,
   the saddle was not.
2. Buttocks on a stool felt as if just out of the fridge, nothing felt at the contact, the top of the inner thighs "cardboard":
   nothing was read.
3. A wife writing that her husband "was stood there ages" with only a dribble coming out: the saddle was read, the bladder was
   not (no toilet or pee word named, the long wait and the dribble alone).

Changed (en, nl, fr packs, session 31AE entries):
- SADDLE_PATTERNS: the seat felt as through a layer when sitting ("like sitting through a thick towel", "alsof ik door een dikke
  handdoek zit", "assis ... comme a travers une couverture"; a towel, blanket, jeans, cushion, glove between the area and the
  seat); the area as out of the fridge or freezer, or as if frozen or anaesthetised; nothing felt where one touches the seat or
  at the contact ("je sens rien au contact"); "not my buttocks that touch" (fr). New tables _LAYER/_SEAT (en),
  _LAAG/_ZIT (nl), _COUCHE/_SIEGE (fr).
- NUMB_SADDLE (fr): "cartonne(e)(s)" near the area.
- BLADDER_PATTERNS: standing, sitting or waiting there a long time (ages, forever, minutes, "een eeuwigheid", "une eternite",
  "des plombes") and only a dribble, a trickle, a few drops ("maar een straaltje", "que un filet") or nothing coming out (not a
  shower, tap, hose in between; not drops of water, coffee, rain).

Kept: numbness of one leg through jeans; a cold bum from a cold step told as cold only (en, nl); a cushion or a towel used, no
likening; a shower or tap trickle; waiting at the toilet for constipation after codeine; the signs read before as well (a
slow stream for years from the prostate, told as not new, stays read: the safe reading)."""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

SADDLE = {"saddle_numbness": True}
BLADDER = {"bladder_bowel": True}

CHANGED = [
    # 1-2. sitting felt as through a layer, the area out of the fridge, nothing felt at the contact (en)
    ("when i sit on the kitchen chair it feels like sitting through a thick towel", SADDLE),
    ("sitting on the sofa its like theres a thick blanket between my bum and the seat", SADDLE),
    ("on the toilet seat it feels like im sat there in thick jeans", SADDLE),
    ("my bum feels like its just come out of the freezer", SADDLE),
    ("sitting down its as if my bottom is frozen", SADDLE),
    ("when i sit down i feel nothing where i touch the seat", SADDLE),
    ("i feel the chair like through a thick towel, its been two days", SADDLE),
    ("my backside is like its straight out of the fridge when i sit on the loo", SADDLE),
    ("sat on my office chair and i feel nothing at the contact", SADDLE),
    ("its like im sitting with a pair of gloves under me, i barely know im on the chair", SADDLE),
    # (nl)
    ("als ik op de keukenstoel zit is het alsof ik door een dikke handdoek zit", SADDLE),
    ("op de wc-bril voelt het alsof er een dik kussen tussen mijn billen en de bril zit", SADDLE),
    ("mijn billen voelen alsof ze net uit de vriezer komen", SADDLE),
    ("mijn achterwerk voelt alsof het uit de koelkast komt", SADDLE),
    ("als ik zit voel ik niets waar ik de stoel raak", SADDLE),
    ("het is alsof ik met een handschoen op mijn billen zit", SADDLE),
    ("op de kruk is het net of ik door een deken heen voel", SADDLE),
    ("alsof mijn kont bevroren is, sinds gisteren", SADDLE),
    # (fr)
    ("assis sur la chaise c'est comme si je m'asseyais à travers une serviette épaisse", SADDLE),
    ("sur la cuvette j'ai l'impression d'avoir un coussin épais entre mes fesses et le siège", SADDLE),
    ("mes fesses sont comme sorties du congélateur", SADDLE),
    ("quand je m'assois je ne sens rien au contact de la chaise", SADDLE),
    ("on dirait que ce ne sont pas mes fesses qui touchent la chaise", SADDLE),
    ("l'intérieur des cuisses est tout cartonné", SADDLE),
    ("mes fesses sont cartonnées depuis hier", SADDLE),
    ("assise sur la chaise de la cuisine, c'est comme à travers une couverture", SADDLE),
    ("sur le tabouret je sens rien au contact", SADDLE),
    ("mon derrière on dirait qu'il sort du frigo", SADDLE),
    ("sur la cuvette c'est comme si c'était pas mon derrière qui était posé", SADDLE),
    ("mijn kont voelt of hij net uit de vriezer komt", SADDLE),
    # 3. a long wait there and only a dribble (en)
    ("he was standing there for an age and just a trickle came out", BLADDER),
    ("i stand there for ages waiting and then only a dribble", BLADDER),
    ("she was sat there forever this morning and only a couple of drops", BLADDER),
    ("he was stood over the bowl ten minutes with nothing but a dribble", BLADDER),
    ("i was sitting there ages and nothing came out", BLADDER),
    # (nl)
    ("hij stond daar een eeuwigheid vanochtend en er kwam maar een straaltje uit", BLADDER),
    ("hij stond er eeuwen en er kwamen maar een paar druppels", BLADDER),
    ("ik sta minutenlang te wachten en dan komt er alleen een druppeltje", BLADDER),
    ("hij stond daar minutenlang, er kwamen maar wat druppeltjes", BLADDER),
    ("ik stond er tien minuten en dan slechts een paar druppeltjes", BLADDER),
    # (fr)
    ("il est resté planté là une éternité ce matin et il n'est sorti qu'un filet", BLADDER),
    ("elle est restée assise une éternité et presque rien n'est sorti", BLADDER),
    ("je reste debout des plombes et juste quelques gouttes", BLADDER),
    ("il attend dix minutes et seulement un petit filet", BLADDER),
]

KEPT = [
    # numbness of one leg through jeans; a cold bum told as cold only
    ("my leg is numb through my jeans", {}),
    ("mijn been is gevoelloos door mijn spijkerbroek heen", {}),
    ("ma jambe est engourdie à travers mon jean", {}),
    ("my bum is cold from sitting on the cold step", {}),
    ("mijn billen zijn koud van het zitten op de koude trap", {}),
    # a cushion or a towel used, no likening
    ("i sat through the whole film with a cushion behind my back", {}),
    ("i sit on a cushion like the physio said", {}),
    ("i sat on the sofa with a blanket like always", {}),
    ("ik zit op de stoel met een kussen in mijn rug", {}),
    ("je m'assois sur la chaise avec un coussin dans le dos", {}),
    ("j'ai acheté une boîte cartonnée pour mes affaires", {}),
    ("c'est plus les fesses qui posent problème, c'est le dos", {}),
    ("i rested ten minutes and just a few drops", {}),
    # a shower, a tap, rain: a trickle of water
    ("i stood in the shower for ages and only a trickle came out", {}),
    ("i waited ages for the bus and only a few drops of rain", {}),
    ("ik stond een eeuwigheid onder de douche en er kwam maar een straaltje", {}),
    ("je suis resté une éternité sous la douche et juste un filet d'eau", {}),
    # constipation after codeine, told as such
    ("ive been sat on the toilet ages since the codeine and nothing, havent pooed for 3 days", {}),
    # read before as well
    ("he stood at the toilet for ages and only a dribble came out", BLADDER),
    ("she was sat on the loo forever and nothing came out", BLADDER),
    ("ze zat een eeuwigheid op de pot en er kwam bijna niks", BLADDER),
    ("il reste des plombes devant les toilettes et seulement quelques gouttes", BLADDER),
    ("my inner thighs feel like cardboard at the top", SADDLE),
    ("mijn billen voelen als karton", SADDLE),
    ("mes fesses sont comme du carton", SADDLE),
    ("on the chair its like its not my bum touching it", SADDLE),
    ("op de stoel is het alsof het niet mijn billen zijn die de zitting raken", SADDLE),
    ("i dont feel the seat under my bum anymore", SADDLE),
    ("ze zat er een kwartier en er kwam niks uit", BLADDER),
    # a slow stream for years from the prostate, told as not new: read before and after (the safe reading)
    ("my stream has been slow for years from my prostate, nothing new", BLADDER),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
