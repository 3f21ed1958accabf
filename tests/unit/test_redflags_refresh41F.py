"""Session 41, round F (issue 12): false alarms, a sign denied as "nothing changed", asked about after hearsay, a slip with
nothing struck.

1. A sign's question with a join word inside it ("why would fever and back pain be serious?", "waarom zou koorts en rugpijn
   ernstig zijn?", "pourquoi fievre et lumbago seraient graves ?") was cut at its "and", the sign left bare before it and read as
   the person's, though the person denies it after. Changed: bot/reading/redflags.py _without_relatives reads the join words
   inside a sign questioned (the packs' SIGN_QUESTIONED, _asked_words) as the question's own, so the whole question is told in
   general and the sign dropped only with the person's own told fine.
2. The own legs told free of the sign asked about or heard of ("my legs arent weak", "mijn benen zijn niet zwak", "mes jambes ne
   sont pas engourdies", "i have nothing in my legs") were no denial: the packs' SIGNS_DENIED (en, nl, fr) name them (a clause by
   itself; a sign told after it stays read). French hearsay told by "on" or "les gens" ("les gens disent que ...") joins HEARSAY.
3. A slip or a trip told with nothing struck after it ("slipped on the wet tiles but didnt hit anything", "uitgegleden maar nergens
   tegen gestoten", "glisse mais rien cogne") was read as a fall: bot/reading/redflags.py _slip_unstruck (in _no_fall_in) reads the
   packs' new SLIP_ONLY (the words a slip's match opens on, no fall stem in it) and NOTHING_STRUCK.
4. French: the loss denied between the verb and the kilos ("je ne perds pas de kilos": the "ne" dropped, the "pas" after the verb)
   was read as weight loss: the fr weight pattern's gap crosses no "pas", "point", "aucun" (not "pas mal de kilos"); and the change
   denied at the toilet with "ni ... ni" ("rien n'a change ni pour uriner ni pour la selle", the "ni" read as the Dutch "niet") was
   caught by the bladder net: the fr ALL_WELL names the change denied for the bladder or bowel.

Kept: the change denied with the trouble still told ("nothing has changed, i still cant hold my pee"), the own sign confirmed after
hearsay, a question carrying the writer's own sign, the sign told had after the question, the own legs denied with a sign told after
("... but my feet drag more every day"), a slip then a fall or a blow, a near fall then a fall, a fall denied with a blow, the weight
truly lost ("pas mal de kilos"), "je n'arrive ni a uriner ni a aller a la selle".
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

T = {"onset": "trauma"}
F = {"fever": True}
B = {"bladder_bowel": True}
W = {"both_legs": True, "leg_weakness": "worsening"}
L = {"both_legs": True, "leg_numbness": True}
CHANGED = [
    # en: a question with its join word, the sign denied after
    ("why is fever and back pain an emergency? i dont have a temperature", {}),
    ("why would fever and night pain matter? i dont have a fever", {"night_pain": True}),
    # en: the own legs told free of the sign asked about or heard of
    ("is weakness in both legs serious? my legs aren't weak at all", {}),
    ("is it bad to have weak legs with back pain? my legs are not weak", {}),
    ("is numbness in both legs dangerous? my legs are not numb either", {}),
    ("is it serious to have numb legs? my legs are not numb", {}),
    ("people say that weakness in both legs is an emergency, is that true? ive got nothing wrong with my legs", {}),
    ("i read that pins and needles in both legs is a red flag, true? i have nothing in my legs", {}),
    # en: a slip with nothing struck
    ("slipped on the wet tiles but didn't hit anything", {}),
    ("i slid on the frosty step but didn't hit anything", {}),
    # nl
    ("waarom zou koorts en rugpijn ernstig zijn? ik heb geen koorts", {}),
    ("waarom is koorts en lage rugpijn een alarmsignaal? ik heb geen koorts", {}),
    ("waarom zijn koorts en nachtzweten gevaarlijk? ik heb geen koorts", {}),
    ("is zwakte in allebei de benen erg? mijn benen zijn niet zwak", {}),
    ("is dat gevaarlijk, slappe benen bij rugpijn? mijn benen zijn niet slap", {}),
    ("ik las dat tintelingen in beide benen een alarmsignaal zijn, klopt da? mijn benen zijn niet doof", {}),
    ("ik ben uitgegleden op de natte vloer maar nergens tegen gestoten", {}),
    ("'k zijn uitgegleden op de ijzel, niks geraakt", {}),
    ("ik ben gestruikeld over een tegel maar nergens tegen gestoten", {}),
    ("'k zijn uitgeschoven in de badkamer, niks gestoten", {}),
    # fr
    ("pourquoi fièvre et lumbago seraient dangereux ? je n'ai pas de fièvre", {}),
    ("est-ce grave les jambes faibles avec le mal de dos ? mes jambes sont pas faibles", {}),
    ("j'ai lu que l'engourdissement des deux jambes c'est grave, c'est vrai ? mes jambes ne sont pas engourdies", {}),
    ("je ne perds pas de kilos du tout", {}),
    ("je ne perds pas de kilos, je mange normalement", {}),
    ("je ne perds pas de kilos mais je ne sens plus mes fesses", {"saddle_numbness": True}),
    ("rien n'a changé ni pour faire pipi ni pour la selle", {}),
    ("aux toilettes rien n'a changé, ni pour la vessie ni pour les intestins", {}),
    ("rien n'a changé pour uriner ni pour aller à la selle", {}),
    ("pas de changement ni pour uriner ni pour la selle", {}),
]
KEPT = [
    # the change denied, the trouble still told
    ("nothing has changed, i still can't hold my pee", B),
    ("nothing has changed with my peeing, i still leak", B),
    ("niets veranderd, ik kan mijn plas nog steeds niet ophouden", B),
    ("rien n'a changé, je n'arrive toujours pas à retenir mon urine", B),
    ("je n'arrive ni à uriner ni à aller à la selle", B),
    # the own sign confirmed after hearsay, a question carrying the own sign, the sign had after the question
    ("my colleague says my legs look weak, and they are", W),
    ("my neighbour says both my legs are numb, and both are numb", L),
    ("mijn collega zegt dat mijn benen zwak lijken, en dat klopt", W),
    ("ma collègue dit que mes jambes ont l'air faibles, et c'est vrai", W),
    ("is it normal that i can't feel my bum?", {"saddle_numbness": True}),
    ("is het normaal dat ik mijn billen niet voel?", {"saddle_numbness": True}),
    ("why would fever and back pain be serious? i have a fever of 39", F),
    ("waarom zou koorts en rugpijn erg zijn? ik heb 39 koorts", F),
    ("pourquoi fièvre et mal de dos seraient graves ? j'ai 39 de fièvre", F),
    ("is weakness in both legs serious? both my legs are weak", W),
    ("my legs are not weak but my feet drag more every day", {"leg_weakness": "worsening"}),
    # a slip then a fall or a blow, a near fall then a fall, a fall denied with a blow
    ("i nearly fell and then i did fall on my back", T),
    ("slipped and landed on my bum", T),
    ("slipped on the ice and hit my back on the step", T),
    ("i didn't fall but i was hit by a car", T),
    ("ik ben uitgegleden en op mijn stuit gevallen", T),
    ("ik gleed uit en viel op mijn rug", T),
    ("je suis tombé", T),
    ("j'ai glissé et je suis tombé sur les fesses", T),
    ("j'ai glissé sur le verglas, rien cogné, mais ensuite je suis tombé dans l'escalier", T),
    ("j'ai failli tomber et finalement je suis tombé sur le dos", T),
    ("je ne suis pas tombé mais une voiture m'a percuté", T),
    # the weight truly lost
    ("j'ai perdu 5 kilos sans le vouloir", {"weight_loss": True}),
    ("j'ai perdu pas mal de kilos sans faire de régime", {"weight_loss": True}),
    ("je perds des kilos sans raison", {"weight_loss": True}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
