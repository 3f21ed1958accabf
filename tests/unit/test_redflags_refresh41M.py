"""Session 41, round M (issue 12): two false alarms left after round 41F.

1. Trauma: a slip whose "not fallen" (or nothing struck) comes in the next sentence, a catch told between or not, was read as a
   trauma onset: "i slipped in the bathroom. i didnt fall", "ben uitgegleden op de tegels. niks gestoten", "j'ai glisse dans
   l'escalier. j'ai attrape la rampe et je suis pas tombe" (the same told in one sentence was already no fall, session 41F).
   Changed: bot/reading/redflags.py _slip_unfallen_next (in _find): the slip's sentence and the next read as one by the trauma
   rules, with every guard of _no_fall_in, only when every trauma match of the slip's sentence is a slip (the packs' SLIP_ONLY,
   no FALL_STEMS) and the next sentence tells no trauma of its own.
2. Hearsay: a sign told by someone in general ("my neighbour told me that if your legs both go numb ...", "de apotheker zei dat
   als je benen ...", "le pharmacien m'a dit que si t'as des fourmillements dans les deux jambes ..."), then asked whether it is
   true, was read as the person's sign. Changed: bot/reading/redflags.py _hearsay_asked_true reading the packs' new TRUTH_ASKED
   (en, nl, fr: "is that true?", "klopt dat?", "c'est vrai ?" ending its sentence, a HEARSAY cue before it): the sign left out
   of the person's own reading and hinted nowhere there is dropped like one whose own is told fine. The French article "les
   deux" (read as one's own in "j'ai les deux jambes engourdies", OWN_POSSESSIVE) is no owner after a hearsay cue (the fr pack's
   new ARTICLE_OWN, _own_unless_if), and the legs named bare and denied ("moi les jambes rien du tout") are a fr SIGNS_DENIED.

Kept: a slip with a fall or a landing told after it (in the sentence or the next), the fall itself; the person's own sign told
after the hearsay ("... is that true? because both my legs have gone numb"), the hearsay about the person ("my colleague says my
legs look weak"), a bare hearsay with no question (the safe side), "c'est vrai" that confirms ("et c'est vrai, ma jambe ...").
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

T = {"onset": "trauma"}
BN = {"both_legs": True, "leg_numbness": True}
BW = {"both_legs": True, "leg_weakness": "worsening"}
S = {"saddle_numbness": True}
CHANGED = [
    # 1. a slip, the fall denied in the next sentence
    ("i slipped in the bathroom. i didn't fall", {}),
    ("i tripped over the dog. didn't fall though", {}),
    ("i slipped on a wet step. managed to grab the handrail, didn't go down", {}),
    ("slipped on the ice this morning. caught hold of the fence and stayed on my feet", {}),
    ("i slipped on some leaves! grabbed my husband's arm and didn't fall", {}),
    ("i slipped on the kitchen floor. but i did not fall", {}),
    ("ik ben uitgegleden op de natte vloer. ik ben niet gevallen", {}),
    ("ik ben uitgegleden op het ijs! kon me nog vastgrijpen aan het hek, niet gevallen", {}),
    ("ik ben uitgegleden in de badkamer. maar ben niet gevallen hoor", {}),
    ("ik ben uitgeschoven op de trap. greep nog de leuning vast, niet gevallen", {}),
    ("ik ben uitgegleden op de stoep, amai! maar ik heb de brievenbus vastgepakt en ben niet gevallen", {}),
    ("ben uitgegleden op de tegels. niks gestoten, niet gevallen", {}),
    ("j'ai glissé dans l'escalier. heureusement j'ai attrapé la rampe et je suis pas tombé", {}),
    ("j'ai glissé sur le trottoir, oh là là ! mais je me suis rattrapé au poteau, pas tombé", {}),
    ("i tripped on the kerb. grabbed a lamppost and stayed upright", {}),
    ("ik ben gestruikeld over een kabel. kon me vastgrijpen aan het bureau en ben niet gevallen", {}),
    ("ik ben uitgegleden op de modder! greep de paal vast, niet gevallen", {}),
    ("ik ben uitgegleden in de douche. ben niet gevallen, niks gestoten", {}),
    ("j'ai glissé sur le carrelage mouillé. je me suis rattrapée au comptoir, pas tombée", {}),
    ("j'ai glissé sur la glace ce matin. je suis pas tombé, j'ai attrapé la barrière", {}),
    ("j'ai glissé dans la douche. pas tombée, rien cogné", {}),
    # 2. a sign heard from someone, asked whether it is true
    ("my colleague says when you have a numb bum you go to A&E, is that true?", {}),
    ("my neighbour told me that if your legs both go numb you need A&E, is that right?", {}),
    ("mijn moeder zei altijd dat als je een doof gevoel in je billen hebt je naar spoed moet, klopt dat?", {}),
    ("mon collègue dit que quand t'as les fesses engourdies faut aller aux urgences, c'est vrai ?", {}),
    ("le pharmacien m'a dit que si t'as des fourmillements dans les deux jambes faut filer aux urgences, vrai ?", {}),
    ("the pharmacist said when you get tingling in both legs you should go to A&E straight away, is that true?", {}),
    ("my mate reckons if your backside goes numb it's an emergency, is he right?", {}),
    ("my aunt told me that if you get numbness round your bottom you need hospital, is that true?", {}),
    ("de apotheker zei dat als je benen allebei slap worden je naar spoed moet, klopt dat?", {}),
    ("mijn schoonzus zei dat als je billen gevoelloos worden je meteen naar spoed moet, klopt dat?", {}),
    ("een vriendin vertelde dat als je je zitvlak niet meer voelt het een noodgeval is, klopt da?", {}),
    ("ma voisine m'a dit que si on a les deux jambes engourdies il faut aller aux urgences, c'est vrai ?", {}),
    ("mon collègue dit que quand t'as des fourmis dans les deux jambes faut aller aux urgences. moi les jambes rien du tout", {}),
]
KEPT = [
    ("i slipped on the ice. landed on my back", T),
    ("i slipped on the stairs. i fell down the last three steps", T),
    ("ik ben uitgegleden op het ijs. op mijn rug gevallen", T),
    ("j'ai glissé sur le verglas. je suis tombé sur les fesses", T),
    ("slipped, caught the door but still went down on my bum", T),
    ("i slipped on the ice, but i didn't fall", {}),
    ("my colleague says when you get numb legs you go to A&E, is that true? because both my legs have gone numb", BN),
    ("mon collègue dit que quand t'as les fesses engourdies faut aller aux urgences, c'est vrai ? parce que moi j'ai les fesses engourdies", S),
    ("mon collègue dit que j'ai les deux jambes engourdies, c'est vrai ?", BN),
    ("j'ai les deux jambes engourdies", BN),
    ("mijn collega zegt dat als je beide benen slap voelt, je direct naar de spoed moet. is dat zo?", {}),
    ("mijn buurman zegt dat als ge in uw twee benen tintelingen krijgt ge direct naar de spoed moet, is dat waar?", {}),
    ("ma copine dit que si t'as les fesses qui s'endorment c'est une urgence, c'est vrai ?", {}),
    ("j'ai dérapé dans la boue. mais j'ai attrapé la clôture et je suis pas tombé", {}),
    ("mon collègue dit que quand t'as des fourmis dans les deux jambes faut aller aux urgences, c'est vrai ? moi les jambes ça picote", BN),
    ("my colleague says my legs feel weak when i walk, is that true? they are getting weaker", BW),
    ("mijn collega zegt dat mijn benen allebei slap worden, klopt dat? het wordt erger", BW),
    ("ik ben uitgegleden op het ijs. maar toen op mijn stuit gevallen", T),
    ("my sister says if your bum goes numb it's serious. is that true? my bum has been numb for two days", S),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
