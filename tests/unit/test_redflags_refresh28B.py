"""Session 28, helper B, after the blind refresh scored once: the bladder, the bowel and the saddle told by what the person
notices, not by the sign's name.

1. The wee or the poo not felt coming, only found afterwards: "i only see the wee afterwards on my underwear", "i just find
   it in my pads after", "by the time i notice, my underwear is already wet", "the pad is wet and i never felt it happen"
   (en BLADDER_PATTERNS, with _P28_FOUND_ON, _P28_WHAT, _P28_LATER, _P28_SEE); Dutch "ik voel de kak niet komen", "ik zie het
   pas achteraf in mijn onderbroek", "ik zie pas s morgens aan het laken dat ik geplast heb" (nl BLADDER_PATTERNS, with
   _P28_PLAATS); French "je m'en rends compte seulement en voyant les draps mouilles", "je vois la tache apres sur mon slip",
   "ma protection etait mouillee et je n'ai rien senti" (fr BLADDER_PATTERNS, with _P28_LINGE). The Caribbean "cyaan" is
   "cant" (en STREET), so "i cyaan feel mi bum" reads as "i cant feel".
2. Retention told as what happens at the toilet and in the lower belly: "lower tummy bloated and hard, i try to pass water
   but nothing", "my lower belly is tense and full and it wont empty"; "mijn onderbuik is bol en hard en ik krijg niks uit";
   "je vais aux toilettes, je reste debout et rien ne sort" (the detour between the toilet and the nothing), "rien ne sort
   quand je vais aux toilettes", "je n'ai presque pas urine depuis hier", "le bas ventre tendu, ca ne vient pas".
3. The saddle area no longer feeling the water, the towel or the paper: "no longer feel the water on my inner thighs", "the
   towel feels like nothing down below" (en SADDLE_PATTERNS); "ik voel het warme water niet meer op mijn billen", Flemish
   "ik voel de handdoek nie mi aan mijn poep" (nl SADDLE_PATTERNS; "nie mi", "ni mier" are "niet meer").
Kept: a child's or a pet's accident, a bruise seen later, a pocket, a period, wet from the rain, a belly bloated after a meal
with "cant go out", the water felt fine or too hot, a father's retention when the writer is fine, "envie de vomir".
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

BB = {"bladder_bowel": True}
SADDLE = {"saddle_numbness": True}

CHANGED = [
    # 1. not felt coming, only found afterwards
    ("I only see the wee afterwards on my underwear", BB),
    ("i only notice the pee later on my knickers", BB),
    ("i only see it after on my underwear", BB),
    ("I don't feel the urge anymore, I just find it in my pads after", BB),
    ("the pad is wet and I never felt it happen", BB),
    ("by the time I notice, my underwear is already wet", BB),
    ("I only find out when I see my pants are wet", BB),
    ("I don't know I've gone until I see the wet sheet", BB),
    ("i dont feel it coming, i just see it in the pad afterwards", BB),
    ("I cyaan feel the pee", BB),
    ("ik voel de kak niet komen", BB),
    ("ik zie het pas achteraf in mijn onderbroek", BB),
    ("ik voel het niet komen, ik zie het pas nadien in mijn broek", BB),
    ("ik zie pas 's morgens aan het laken dat ik geplast heb", BB),
    ("mijn inlegger was nat en ik had niks gemerkt", BB),
    ("je m'en rends compte seulement en voyant les draps mouillés le matin", BB),
    ("je ne le sens pas venir, je vois la tache après sur mon slip", BB),
    ("ma protection est mouillée et je n'ai rien senti", BB),
    ("ma serviette hygiénique était trempée mais je n'ai rien remarqué", BB),
    # 2. retention: at the toilet, in the lower belly
    ("lower tummy bloated and hard, I try to pass water but nothing", BB),
    ("the lower belly is tense and full and it won't empty", BB),
    ("my lower belly is hard as a rock and I can't go", BB),
    ("mijn onderbuik is bol en hard en ik krijg niks uit", BB),
    ("mijn buik is onderaan gespannen en vol en het wil er niet uit", BB),
    ("je vais aux toilettes, je reste debout et rien ne sort", BB),
    ("je vais aux wc, je reste planté et rien ne vient", BB),
    ("rien ne sort quand je vais aux toilettes", BB),
    ("je n'ai presque pas uriné depuis hier", BB),
    ("je n'urine presque plus depuis hier", BB),
    ("le bas ventre tendu, ça ne vient pas", BB),
    ("j'ai le ventre dur et gonflé en bas, ça ne veut pas sortir", BB),
    ("j'ai envie mais rien ne coule", BB),
    # 3. the saddle area no longer feeling the water, the towel
    ("no longer feel the water on my inner thighs", SADDLE),
    ("when i dry myself the towel feels like nothing down below", SADDLE),
    ("I cyaan feel mi bum", SADDLE),
    ("ik voel het warme water niet meer op mijn billen", SADDLE),
    ("ik voel het water van de douche niet meer op mijn billen", SADDLE),
    ("ik voel de handdoek nie mi aan mijn poep", SADDLE),
    ("ik voel de handdoek niet meer tussen mijn benen", SADDLE),
    ("ik merk de straal van de douche niet meer op mijn zitvlak", SADDLE),
]

KEPT = [
    # the toilet told normal before "rien qui coule" (lead, on landing: a blind French denial read as retention)
    ("je vais aux toilettes normalement, rien qui coule, pas de souci", {}),
    ("aux wc comme d'habitude, rien qui coule quand je tousse", {}),
    # 1. neighbours of the leak found afterwards
    ("my toddler had an accident, I only saw it later on his trousers", {}),
    ("the dog weed on the rug and I only found it later", {}),
    ("I only saw the bruise afterwards on my leg", {}),
    ("I only found it later in my pants pocket", {}),
    ("I only noticed the blood later on my knickers, my period came early", {}),
    ("I only see it after on my underwear, it's my period", {}),
    ("my pants were wet from the rain and I didn't notice", {}),
    ("by the time I noticed, my trousers were soaked from the rain", {}),
    ("I only see the physio next week after work", {}),
    ("I can't feel when the pee is coming, I only see it after on my underwear", BB),
    ("I no longer feel the urge to pee", BB),
    ("mijn zoontje had een ongelukje, ik zag het pas later aan zijn broek", {}),
    ("de hond heeft geplast, ik zag het pas later op het tapijt", {}),
    ("ik zie het pas later in mijn agenda", {}),
    ("ik zie pas later aan mijn slip dat ik ongesteld ben", {}),
    ("ik voel de pijn niet komen, ze is er ineens", {}),
    ("ik voel de plas niet meer komen, ik zie het pas later aan mijn slip", BB),
    ("mon fils a eu un accident, je l'ai vu seulement après sur son pantalon", {}),
    ("le chien a fait pipi, je l'ai vu après sur le tapis", {}),
    ("je vois la tache de sang après sur ma culotte, ce sont mes règles", {}),
    ("je vois une tache de café sur mon pantalon après le repas", {}),
    ("mon pantalon était mouillé par la pluie et je n'ai rien senti", {}),
    ("je ne sens plus venir le pipi, je m'en aperçois après dans mon slip", BB),
    # 2. neighbours of retention
    ("lower back hard as a rock and I can't go to work", {}),
    ("my lower belly is bloated after dinner, I can't go out tonight", {}),
    ("my lower tummy is swollen from my period", {}),
    ("my dad has trouble peeing, he stands at the toilet for ages", {}),
    ("I go to the toilet and everything comes out fine", {}),
    ("I stand at the toilet for ages and nothing comes out", BB),
    ("I can't pee and the bottom of my tummy is swollen and tight", BB),
    ("mijn onderbuik is opgezet na het eten, ik kan niet gaan sporten", {}),
    ("mijn vader staat lang aan de wc en er komt niks, maar ikzelf heb daar geen last van", {}),
    ("ik plas gewoon normaal, alles komt eruit", {}),
    ("ik sta aan het toilet en er komt niks", BB),
    ("onderbuik staat strak, er komt geen druppel", BB),
    ("j'ai le bas du ventre gonflé après les repas, je ne peux pas sortir ce soir", {}),
    ("j'ai envie de vomir mais rien ne sort", {}),
    ("je vais aux toilettes et tout sort normalement", {}),
    ("j'urine presque plus foncé qu'avant", {}),
    ("mon père va aux toilettes et rien ne sort, mais moi ça va", {}),
    ("je n'ai presque pas mal depuis hier", {}),
    ("je vais aux toilettes et rien ne sort", BB),
    ("my lower belly is hard and tight, nothing helps", {}),
    ("mijn onderbuik is hard en er komt niks van in huis", {}),
    ("le bas du ventre est gonflé, rien ne vient soulager la douleur", {}),
    # 3. neighbours of the saddle area and the water
    ("the shower was too hot on my bum", {}),
    ("I can feel the water fine on my bum and between my legs", {}),
    ("the water in the shower feels fine on my bottom", {}),
    ("I cant feel the water temperature with my hands, they are cold", {}),
    ("I can't wait to get in the shower, the water feels great on my back", {}),
    ("no problem feeling the towel on my bum", {}),
    ("I cyaan sleep at all with this back", {}),
    ("I cyaan walk far", {}),
    ("ik voel het water goed op mijn billen", {}),
    ("de douche is te heet op mijn rug", {}),
    ("ik voel het water niet meer, het is koud geworden", {}),
    ("ik voel de handdoek niet, want ik droog me niet af", {}),
    ("ik voel het water niet meer tussen mijn billen", SADDLE),
    ("i can't feel the shower on my backside any more", SADDLE),
    ("je sens bien l'eau sur mes fesses", {}),
    ("l'eau de la douche est trop chaude sur mes fesses", {}),
    ("je ne sens plus l'eau de la douche entre mes fesses", SADDLE),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
