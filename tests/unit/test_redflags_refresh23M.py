"""Session 23, helper M, after the blind refresh scored once: the bladder and the bowel told as people notice them.

1. A wee or a bowel movement not felt, found only afterwards: "only clocked id peed when i stood up", "never felt the pee come
   out", "ik zag pas nadien dat ik in mijn broek had gedaan", "je me suis apercu apres coup que j'avais urine" (not "only
   noticed afterwards that the pain had gone", not a child's accident).
2. Cannot start or must strain, a slow stream: "on the loo i push and push", "my urine is coming slowly slowly", "op de pot
   moest ik persen en persen", "aan de wc, 't wil ni komen" (Flemish "nikske" = niks), "faut que je pousse pour que ca sorte",
   "le pipi ne sort pas bien" (French "ne" after a noun was read as Flemish "ne" = een), "ca coule doucement doucement"; new
   trouble emptying the bowel is the safe side (not "push and push at the gym", "duwen tegen de muur", "pousser sur les
   jambes", "pour que ca passe").
3. Flemish "wateren" (passing water): "'k kan nie meer wateren", "wateren lukt niet" (the Dutch patterns name their verbs
   literally, so "wateren" in a word list never reached them; not "mijn ogen wateren").
4. Soiled bed or night clothes, the patient's or a cared-for adult's: "il a souille son pyjama", "mon pere a souille ses
   draps", "mijn vader heeft zijn lakens vuilgemaakt", "my dad soiled his sheets" (not "j'ai souille mes mains au jardin",
   "the stain on my pyjamas was coffee", a child)."""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

BB = {"bladder_bowel": True}
NONE: dict = {}

CHANGED = [
    # 1. not felt, found afterwards
    ("i only clocked id peed when i stood up", BB),
    ("didnt realise id been until i looked down", BB),
    ("I never felt the pee come out, only saw it after", BB),
    ("only found out id pooed when i smelt it", BB),
    ("twice this week i only twigged afterwards id gone to the loo", BB),
    ("i just noticed id leaked when i got up from the chair", BB),
    ("ik had pas achteraf door dat ik geplast had", BB),
    ("ik had niet door dat ik geplast had", BB),
    ("achteraf pas gezien dat k in mijn bed had gedaan", BB),
    ("ik besefte pas later dat ik gepist had", BB),
    ("pas nadien zag ik dat ik in mijn onderbroek had gedaan", BB),
    ("ik heb niet gemerkt dat ik in mijn onderbroek had gedaan", BB),
    ("je me suis aperçu après coup que j'avais uriné", BB),
    ("c'est après que j'ai vu que j'avais fait pipi", BB),
    ("c'est plus tard que j'ai constaté que j'avais fait pipi", BB),
    ("je m'en suis aperçue seulement après que j'avais uriné", BB),
    ("j'ai remarqué en me levant que j'avais fait pipi", BB),
    ("après coup j'ai compris que j'avais fui", BB),
    ("j'ai même pas remarqué que j'avais fait caca", BB),
    # 2. cannot start, must strain, a slow stream
    ("on the loo i have to push and push", BB),
    ("at the toilet I strain and strain", BB),
    ("have to strain to open my bowels since the back went", BB),
    ("it just dribbles out slowly these days", BB),
    ("my urine is coming slowly slowly", BB),
    ("i need to bear down to wee now", BB),
    ("op de pot moest ik persen en persen", BB),
    ("aan de wc, t wil ni komen", BB),
    ("ik sta aan de wc en het komt niet", BB),
    ("vanmorgen op het toilet kwam er gewoon nikske", BB),
    ("ik moet duwen om te kunnen kakken sinds de rugpijn", BB),
    ("sinds vorige week moet ik persen om te kakken", BB),
    ("ik moet persen om te kunnen wateren", BB),
    ("since the disc went i have to push to poo", BB),
    ("depuis lundi je dois pousser pour aller à la selle", BB),
    ("faut que je pousse pour que ça sorte", BB),
    ("je dois forcer pour que le pipi vienne", BB),
    ("je pousse fort pour aller à la selle depuis que j'ai mal au dos", BB),
    ("le pipi ne sort pas bien", BB),
    ("aux toilettes ça coule doucement doucement", BB),
    ("mon pipi sort lentement lentement", BB),
    ("l'urine ne vient plus comme avant", BB),
    # 3. Flemish "wateren"
    ("ik kan ni wateren", BB),
    ("'k kan nie meer wateren sinds gisteren", BB),
    ("wateren lukt niet", BB),
    ("ik kan geen water laten", BB),
    ("ik heb moeite met wateren", BB),
    ("sinds eergisteren kan ik bijna niet wateren", BB),
    ("wateren gaat heel moeilijk", BB),
    # 4. soiled bed or night clothes
    ("il a souillé son pyjama cette nuit", BB),
    ("mon père a souillé ses draps cette nuit", BB),
    ("ma mère a souillé son lit", BB),
    ("Mon père a 82 ans et mal au dos depuis 2 semaines. Cette nuit il a souillé son pyjama.", BB),
    ("je m'occupe de mon père, il a souillé son lit cette nuit", BB),
    ("mon mari s'est souillé dans son sommeil", BB),
    ("j'ai souillé mon pyjama cette nuit", BB),
    ("he soiled his sheets again last night", BB),
    ("my dad soiled his sheets last night", BB),
    ("I soiled my sheets last night", BB),
    ("mijn vader heeft zijn pyjama bevuild", BB),
    ("hij heeft vannacht zijn bed bevuild", BB),
    ("mijn moeder heeft haar lakens vuilgemaakt vannacht", BB),
    ("ik heb mijn lakens bevuild vannacht", BB),
]

KEPT = [
    # 1. afterwards, but no wee; a child; a neighbour read before already
    ("I only noticed afterwards that the pain had gone", NONE),
    ("didnt realise id been sitting so long until i looked at the clock", NONE),
    ("my son only realised afterwards he'd wet the bed", NONE),
    ("i only realised afterwards id left my keys at home", NONE),
    ("i only realised afterwards that i had wet myself", BB),
    ("i cant feel the wee coming out anymore", BB),
    ("ik merkte pas achteraf dat de pijn weg was", NONE),
    ("pas later zag ik dat ik mijn sleutels vergeten had", NONE),
    ("mijn zoontje merkte pas achteraf dat hij in bed geplast had", NONE),
    ("ik besefte pas achteraf dat ik te lang had gezeten", NONE),
    ("pas later merkte ik dat ik gelekt had", BB),
    ("ik zag pas later dat het geregend had", NONE),
    ("achteraf besefte ik dat ik naar de verkeerde wc was gegaan", NONE),
    ("je me suis rendu compte après coup que j'avais oublié mes clés", NONE),
    ("j'ai remarqué après que la douleur était partie", NONE),
    ("mon petit s'est rendu compte après coup qu'il avait fait pipi", NONE),
    ("j'ai pas senti le pipi sortir", BB),
    ("j'ai vu après coup que j'avais fait une erreur", NONE),
    ("je me suis rendu compte plus tard que j'avais fait le mauvais exercice", NONE),
    ("je me suis rendu compte plus tard que j'avais fait dans mon slip", BB),
    # 2. pushing elsewhere, water that is no urine
    ("at the gym I had to push and push to finish the set", NONE),
    ("I have to push myself to go to the gym", NONE),
    ("had to push through the pain to walk", NONE),
    ("my nose keeps dribbling slowly", NONE),
    ("the tap water is coming out slowly", NONE),
    ("the pain is coming back slowly", NONE),
    ("i had to push and push and nothing came", BB),
    ("ik moest duwen en duwen tegen de muur", NONE),
    ("ik moet plassen maar het komt niet goed uit", NONE),
    ("ik moet duwen om de deur open te krijgen", NONE),
    ("bij de kine moest ik persen en persen met mijn benen", NONE),
    ("ik moet persen om te plassen", BB),
    ("'k moet persen om te poepen", NONE),
    ("i have to push hard to poo", NONE),
    ("je dois pousser pour faire caca", NONE),
    ("je dois pousser sur les jambes pour me lever", NONE),
    ("je pousse pour que ça passe, la douleur", NONE),
    ("le nez coule doucement", NONE),
    ("le café coule doucement", NONE),
    ("mes jambes ne me portent plus", {"both_legs": True, "leg_weakness": "worsening"}),
    ("je ne sens pas mes fesses", {"saddle_numbness": True}),
    # 3. water that is not passed; the twins read before
    ("mijn ogen wateren", NONE),
    ("ik kan niet zwemmen in het water", NONE),
    ("ik drink niet genoeg water", NONE),
    ("ik kan niet plassen", BB),
    ("I can't pass water since yesterday", BB),
    ("je n'arrive pas à uriner", BB),
    # 4. dirt, coffee, a child
    ("j'ai souillé mes mains au jardin", NONE),
    ("la tache sur le pyjama c'était du café", NONE),
    ("mon fils de 3 ans a souillé son pyjama", NONE),
    ("il a souillé ses chaussures dans la boue", NONE),
    ("I soiled my hands in the garden", NONE),
    ("the stain on my pyjamas was coffee", NONE),
    ("my little boy soiled his pyjamas last night", NONE),
    ("he got his trousers dirty in the mud", NONE),
    ("mijn zoontje heeft zijn pyjama bevuild", NONE),
    ("ik heb mijn handen vuilgemaakt in de tuin", NONE),
    ("mijn broek is vuil van de modder", NONE),
    ("my dad has wet his bed", BB),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
