"""Session 23, helper N, after the blind refresh scored once:

1. a fall told in dialect or creole: Gronings and Twents participles with "e-" for "ge-" and "of" for "af" ("van t dak of
   e-vallen", "ik bin e-vallen"), Caribbean and West African English ("mi slip pon di step an drop down hard pon mi back",
   "i fall for bathroom"), Québec and French slang ("j'ai pris une débarque", "j'ai chuté", "je me suis planté à vélo");
   "fell asleep", "viel mee", "ça tombe bien", "faire la plonge" stay no fall;
2. stumbles and near falls with no impact: a trip counted "2x", "tweemaal", "a couple of times" is a foot that catches
   (worsening, no fall), a trip over nothing or one's own feet is no fall, a slip caught on a rail told as the rail taken
   ("kon nog net de leuning grijpen") is none; "gestruikeld en op mijn rug gevallen", "tripped over the dog" stay falls;
3. both legs in dialect: Gronings "gevuil" = gevoel, "dood gevoel in beide benen", Brabants and Limburgs "bene" = benen,
   Limburgs "bein" = been, both legs heavy and numb with the verb first ("als ik loop wordt mijn beide benen zwaar en
   doof"), Jamaican "foot dem" = feet, Picard "gambes"; one leg ("mien bein is zwak") stays no flag;
4. both legs named first, the sign told of "both" in the next clause: "pain in both legs, with pins and needles in both",
   "pijn in beide benen en ze tintelen allebei", "mal aux deux jambes, avec des picotements dans les deux"; "pain in both
   legs" alone, "tingling in my left leg and pain in both", "numb in both hands" stay no both-legs numbness.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

TRAUMA = {"onset": "trauma"}
WORSE = {"leg_weakness": "worsening"}
BOTH_NUMB = {"both_legs": True, "leg_numbness": True}
BOTH_STABLE = {"both_legs": True, "leg_weakness": "stable"}

CHANGED = [
    # 1. a fall in dialect or creole
    ("gistern van t dak of e-vallen, zo op mien rug", TRAUMA),
    ("ik bin van de trap òf-vallen", TRAUMA),
    ("ik bin zaoterdag e-valln op t ies", TRAUMA),
    ("mi slip pon di wet floor an drop down hard pon mi back", TRAUMA),
    ("mi trip an fall dung", TRAUMA),
    ("i slip and fall in the bathroom", TRAUMA),
    ("i fall for bathroom last week", TRAUMA),
    ("she fall inside gutter on her way home", TRAUMA),
    ("Mi a write fi mi nana. Monday she slip pon di kitchen floor an drop down hard pon her bottom.", TRAUMA),
    ("j'ai pris une débarque dans l'escalier", TRAUMA),
    ("j'ai mangé une maudite plonge sur la glace", TRAUMA),
    ("je me suis pogné une fouille en ski", TRAUMA),
    ("j'ai chuté hier dans le garage", TRAUMA),
    ("je me suis planté à vélo", TRAUMA),
    ("j'ai mangé le trottoir en sortant du bus", TRAUMA),
    # 2. stumbles and near falls: no fall
    ("uitgegleden op de tegels, maar ik kon nog net de leuning grijpen", {}),
    ("uitgegleden met mijn pantoffels, maar ik kon de trapleuning nog pakken", {}),
    ("uitgegleden op het ijs, greep nog net het hek", {}),
    ("gestruikeld over niks in de gang", {}),
    ("ik ben gestruikeld over mijn eigen voeten", {}),
    ("gisteren 3x gestruikeld over de stoep", WORSE),
    ("deze week tweemaal gestruikeld", WORSE),
    ("I tripped over nothing today", {}),
    ("stumbled over my own feet in the kitchen", {}),
    ("tripped 2x on the kerb yesterday", WORSE),
    ("stumbled twice over the step this week", WORSE),
    # 3. both legs in dialect
    ("zo'n dood gevuil in baide bainen", BOTH_NUMB),
    ("ik heb n dood gevoel in mijn beide voeten", BOTH_NUMB),
    ("mien beide bene zwoar en doof", BOTH_NUMB),
    ("als ik een stukje loop wordt mijn beide benen zwaar en doof", BOTH_NUMB),
    ("mien beide bein zwak, mer neet erger", BOTH_STABLE),
    ("both mi foot dem numb", BOTH_NUMB),
    ("mi foot dem a tingle whole day", BOTH_NUMB),
    ("mes deux gambes sont engourdies", BOTH_NUMB),
    # 4. both legs named first, the sign told of "both" after
    ("pain in both legs, with pins and needles in both", BOTH_NUMB),
    ("both legs ache and they both tingle", BOTH_NUMB),
    ("sore in both legs and both are numb", BOTH_NUMB),
    ("both feet ache after work, with tingling in both", BOTH_NUMB),
    ("pijn in beide benen en ze tintelen allebei", BOTH_NUMB),
    ("pijn in beide benen, ze zijn allebei doof", BOTH_NUMB),
    ("ik heb pijn in beide benen en tintelingen in allebei", BOTH_NUMB),
    ("j'ai mal aux deux jambes, avec des fourmis dans les deux", BOTH_NUMB),
    ("les deux jambes me font mal depuis lundi, et des fourmillements dans les deux", BOTH_NUMB),
    ("mal aux deux pieds, avec des picotements dans les deux", BOTH_NUMB),
    ("douleur dans les deux jambes et les deux fourmillent", BOTH_NUMB),
]

KEPT = [
    # 1. falls told plainly stay falls; no fall stays none
    ("ik ben van de trap gevallen", TRAUMA),
    ("van de ladder afgevallen", TRAUMA),
    ("ik ben 5 kilo afgevallen", {"weight_loss": True}),
    ("ik weet niet of vallen erger is dan struikelen", {}),
    ("het viel mee", {}),
    ("i fell asleep on the sofa", {}),
    ("i am scared i slip and fall on the ice", {}),
    ("if i slip and fall again i will be in trouble", {}),
    ("i drop down to the floor to stretch", {}),
    ("my mum slipped and fell last week, my back hurts from lifting her", {}),
    ("I fell down from bike", TRAUMA),
    ("ça tombe bien", {}),
    ("j'ai fait la plonge au resto toute la soirée", {}),
    ("mon poids a chuté", {"weight_loss": True}),
    ("je me suis planté à l'exam", {}),
    ("j'ai failli prendre une débarque", {}),
    ("je me suis viandé en trottinette", TRAUMA),
    # 2. a trip that ends on the floor stays a fall; a near fall stays none
    ("gestruikeld en op mijn rug gevallen", TRAUMA),
    ("gestruikeld over niks en op mijn gezicht gevallen", TRAUMA),
    ("uitgegleden op het ijs en op mijn rug gevallen", TRAUMA),
    ("gestruikeld over de stoep", TRAUMA),
    ("ik ben 2x van de trap gevallen", TRAUMA),
    ("tripped and fell on my back", TRAUMA),
    ("I tripped over nothing and fell flat on my back", TRAUMA),
    ("tripped over the dog", TRAUMA),
    ("I tripped twice but didn't go down", WORSE),
    ("j'ai trébuché et je suis tombé", TRAUMA),
    ("j'ai failli m'étaler", {}),
    ("j'ai glissé mais j'ai pu me rattraper à la rampe", {}),
    # 3. one leg in dialect stays none; plain both legs read as before
    ("mien bein is zwak", {}),
    ("mijn beide benen zijn doof", BOTH_NUMB),
    ("een dood gevoel tussen mijn billen", {"saddle_numbness": True}),
    ("mi left foot numb", {}),
    ("she can move her foot dem fine", {}),
    ("baith ma legs are numb", BOTH_NUMB),
    ("j'ai les deux guibolles engourdies", BOTH_NUMB),
    # 4. both legs named, the sign elsewhere or denied; told with "them" or "toutes les deux" read before
    ("my back and both legs hurt since monday, and now tingling in both of them", BOTH_NUMB),
    ("mal aux deux jambes et elles sont engourdies toutes les deux", BOTH_NUMB),
    ("pain in both legs", {}),
    ("tingling in my left leg and pain in both", {}),
    ("pain in both legs and numbness in both hands", {}),
    ("pain in both legs but no tingling in both", {}),
    ("ik heb pijn in beide benen", {}),
    ("tintelingen in mijn linkerbeen en pijn in allebei", {}),
    ("pijn in beide benen en tintelingen in allebei mijn handen", {}),
    ("pijn in beide benen maar ze tintelen niet", {}),
    ("mal aux deux jambes", {}),
    ("des fourmis dans la jambe gauche et mal aux deux", {}),
    ("mal aux deux jambes et des picotements dans les deux mains", {}),
    ("mal aux deux jambes mais pas de picotements dans les deux", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
