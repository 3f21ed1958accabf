"""Session 31, round AM: Scots saddle and bladder spellings, Flemish diminutives of the stream, the seat barely felt (fr), a bowel
leak found afterwards and not felt, and a sign quoted from a leaflet, a form or a carer's instruction and then denied.

Fresh blind messages (outside writers) were read wrong:
1. Scots: the bum "aw cauld n numb" was not read ("cauld" was typo-read as "could"); "the pee's no comin right, a stand there
   ages n it just dribbles oot" was not read (the Scots "no" = not was a denial of what came next).
2. Flemish: "er komt maar een dun straalke" (the diminutive in -ke) was not read.
3. French: "je sens a peine mes fesses et l'entrejambe" (barely felt) was not read.
4. Soiled pyjamas found afterwards, "hadn't felt a thing" (en), and brown stains in the underwear, "ik voel dat niet komen"
   (nl, the feeling verb before its negation), were not read.
5. False alarms: "what exactly counts as saddle numbness? ... I don't have anything like that" and "in de folder staat dat ik
   moet bellen bij een doof gevoel ... ik heb er zelf niks van" were read as the signs.

Changed (en, nl, fr packs, session 31AM entries):
- STREET (en): "cauld" = cold. SPOKEN_PHRASES (en): Scots "is no comin(g)" = "is not coming" (a verb in -ing after it).
- STREET (nl): Flemish diminutives "straalke(n)", "straaltjen", "druppelke(n)", "druppelkes", "scheutjen" to "straaltje",
  "druppeltje", "scheutje".
- NUMB_SADDLE (fr): "sens a peine", "tout juste", "a moitie" (not the pain barely felt), and "les sens a peine".
- BLADDER_PATTERNS (en): soiled night clothes or underwear, poo stains or skid marks in them, then not felt or noticed (not
  mud, paint, a pain not felt). (nl): the stain in the underwear, then "voel/merk ... niet ... komen/van" (the verb first).
- SIGN_TERMS: "saddle numbness" (en), "zadeldoofheid/-verdoving" (nl), "engourdissement en selle" (fr); TERM_ASKED_BEFORE:
  "what (exactly) counts as", "wat valt/telt onder", "qu'est-ce qui compte comme".
- SPOKEN_PHRASES: a call instruction before its "if" loses its "i": "says i should ring if" -> "says to ring if", "dat ik moet
  bellen bij/als" -> "te bellen als", "que je dois appeler si" -> "de appeler si"; HEARSAY: a carer's "said to ... if" (en),
  "zei te ... als" (nl), "dit de ... si" (fr), "sur la brochure ils disent" (fr); SIGNS_DENIED (nl): "daar heb ik geen last van".

Kept: the leaflet quoted and the sign had ("... and I am"); the sign named as had ("i have saddle numbness"); cold hands in
Scots; paint or mud on the trousers not noticed; a pain not felt; the toes barely felt (no saddle)."""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

SADDLE = {"saddle_numbness": True}
BLADDER = {"bladder_bowel": True}
BOTH = {"saddle_numbness": True, "bladder_bowel": True}

CHANGED = [
    # 1. Scots spellings: "cauld", "no comin" (en)
    ("ma bum's gone aw cauld n numb since yesterday", SADDLE),
    ("when a sit doon ma backside goes cauld n numb", SADDLE),
    ("the pee's no comin right, a stand there ages n it just dribbles oot", BLADDER),
    ("ma wee is no coming proper, sat there ages n only a dribble", BLADDER),
    ("the pee is no coming right, i wait there for ages and it just dribbles", BLADDER),
    # 2. Flemish diminutives of the stream (nl)
    ("ik sta daar een eeuwigheid en er komt maar een dun straalke", BLADDER),
    ("ik sta een eeuwigheid te wachten en er komt maar een druppelke", BLADDER),
    # 3. the seat barely felt (fr)
    ("je sens à peine mes fesses depuis hier", SADDLE),
    ("assise sur la chaise je sens à peine l'entrejambe", SADDLE),
    ("mes fesses je les sens à peine", SADDLE),
    ("entre les jambes je sens tout juste quelque chose", SADDLE),
    # 4. a bowel leak found afterwards, not felt (en)
    ("woke up and my pyjamas were dirty, I never felt anything", BLADDER),
    # (nl)
    ("remsporen in mijn slip, ik voel het niet aankomen", BLADDER),
    ("bruine vegen in mijn onderbroek en ik merk er niks van", BLADDER),
    ("ik vind poep in mijn pyjamabroek en ik voel het nooit gebeuren", BLADDER),
    ("bruine vlekken in zijn onderbroek, hij voelt het niet komen", BLADDER),
    # 5. a sign quoted from a form, a leaflet, a carer's instruction, and denied (en)
    ("what exactly counts as saddle numbness? the questionnaire asks. i dont have anything like that", {}),
    ("the leaflet says i should call if i get numbness down there. i dont have anything like that", {}),
    ("the nurse said i should ring if i cant hold my wee or go numb down there. i have none of those", {}),
    ("what counts as saddle numbness on the form? i havent got any of that", {}),
    # (nl)
    ("in de folder staat dat ik moet bellen bij een doof gevoel rond mijn anus. ik heb er zelf niks van", {}),
    ("de huisarts zei dat ik moet bellen als ik mijn plas niet kan ophouden. daar heb ik geen last van", {}),
    ("op het papier staat dat ik moet bellen als mijn billen doof worden. dat heb ik niet", {}),
    ("in de brochure staat dat ik direct moet bellen bij verlies van plas of een doof zitvlak. ik heb er niks van", {}),
    # (fr)
    ("sur la brochure ils disent d'appeler si on a les fesses engourdies. j'ai rien de tout ça", {}),
    ("le médecin m'a dit que je dois aller aux urgences si je sens plus mes fesses. j'ai rien de tout ça", {}),
    ("la brochure dit que je dois appeler si j'ai les fesses engourdies. j'ai rien de tout ça", {}),
    ("le kiné m'a dit que je dois revenir si je n'arrive plus à retenir l'urine. je n'ai rien de ce genre", {}),
]

KEPT = [
    # the signs had, quoted or not
    ("the leaflet says call if numb down there, and I am", SADDLE),
    ("the nurse said i should ring if i go numb down there, and i have", SADDLE),
    ("de huisarts zei dat ik moet bellen als mijn billen doof worden en dat is nu zo", SADDLE),
    ("le médecin m'a dit que je dois appeler si je sens plus mes fesses, et c'est le cas depuis hier", SADDLE),
    ("i have saddle numbness since yesterday", SADDLE),
    ("what is saddle numbness? i think i have it", SADDLE),
    ("what counts as saddle numbness? my bum is numb since monday", SADDLE),
    ("the leaflet says to call if you get numbness down there. i dont have anything like that", {}),
    ("la fiche dit d'appeler si on a une perte d'urine. moi j'ai rien de ça", {}),
    ("le kiné m'a dit de surveiller un engourdissement entre les jambes. je n'ai rien de ce genre", {}),
    ("op de brief staat dat je naar de spoed moet als je billen doof worden. ik heb er niks van", {}),
    # read before as well
    ("ik zit er minuten op en er komt amper een straaltjen", BLADDER),
    ("bij het plassen komt er maar een druppelken", BLADDER),
    ("op de wc komt er maar een scheutjen", BLADDER),
    ("there were brown stains in my boxers and I had no idea, didnt feel it coming", BLADDER),
    ("skid marks in my undies all week and i honestly dont feel it happen", BLADDER),
    ("my knickers were soiled when i got home and i hadnt noticed a thing", BLADDER),
    ("brown streaks in his underwear, he says he didnt feel it", BLADDER),
    ("ma bum goes numb when a sit", SADDLE),
    ("a stand there ages n it just dribbles oot", BLADDER),
    ("ik sta daar een eeuwigheid en er komt maar een dun straaltje", BLADDER),
    ("je ne sens presque plus mes fesses", SADDLE),
    ("I soiled my pyjamas without feeling it", BLADDER),
    ("des traces marron dans ma culotte sans que je le sente venir", BLADDER),
    # no sign
    ("my hands go cauld in the winter", {}),
    ("it's no coming back, the pain, thank god", {}),
    ("paint stains on my trousers and i didnt notice", {}),
    ("my jeans were muddy after the walk and i didnt notice", {}),
    ("my pyjamas were dirty so i washed them, no pain though", {}),
    ("brown marks in my boxers but I dont feel any pain", {}),
    ("een vlek op mijn broek van de koffie, ik voel niet veel", {}),
    ("bruine vlekken in mijn onderbroek, ik voel geen pijn", {}),
    ("verfvlekken op mijn broek en ik merk er niks van", {}),
    ("je sens à peine la douleur aux fesses depuis le cachet", {}),
    ("je sens à peine mes orteils", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
