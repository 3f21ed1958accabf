"""Session 40, round F (issue 12): a touch at the bum not felt, told by what a partner or carer does there.

Missed: a partner or carer puts ointment on the piles, a suppository in, or washes the bum, and the patient tells that the
finger, the cream, the cloth or "it" was not felt ("as if it wasn't there"), often in dialect ("'k voelde eur vinger nie",
"van achter" for the bum). Nothing was read: no numbness word, and the place is told by what is treated there.

Changed: bot/reading/redflags.py _SHARED_SADDLE (four patterns: the area or a spot treated there, then in the same sentence
the touch not felt with the thing named, or the thing named and "it" not felt; and a thing put in the back passage, its own
place, then "it" not felt), and _care_felt_by_other in _saddle_skip (a relative who did not feel the touch). The words in the
packs (en, nl, fr): CARE_SPOT (piles, aambeien, hemorroides, a suppository, Flemish "van achter", French "derriere" without a
body part after), CARE_PUT_IN, CARE_THING, NOT_FELT_CARE, NOT_FELT_IT, CARE_ELSEWHERE, CARE_OWNER.

Kept: the cream felt (it stung, it burnt), no relief or no difference from it, not feeling like putting it on, a suppository
that did not work, a finger not felt on a hand, the back or behind the knee, a relative who did not feel the patient's finger,
the area-and-touch readings that were read already.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

S = {"saddle_numbness": True}
CHANGED = [
    # en
    ("my wife was putting cream on my piles and i didn't feel her finger at all", S),
    ("my husband put a suppository in for me and i didnt feel it go in", {"saddle_numbness": True, "bladder_bowel": True}),
    ("my partner rubbed the haemorrhoid ointment on my back passage and i never felt her finger", S),
    ("the carer washed my bum this morning and i couldn't feel the cloth, as if it wasn't there", S),
    ("i didn't feel her finger when she put the pile cream on my bottom", S),
    ("the nurse gave me an enema and honestly i didn't feel it at all", S),
    ("hubby applied the hemorrhoid gel round my anus, i didnt feel his finger one bit", S),
    ("she put the cream on my bum for me and i couldnt feel it", S),
    ("my wife helped with the suppository last night, never felt her gloved finger", S),
    # nl, Flemish
    ("mijn vrouw smeerde zalf op mijn aambeien en ik voelde haar vinger niet", S),
    ("mien vent stak een zetpil in en 'k voelde da nie", S),
    ("de verpleegster waste mij van achter en ik voelde het washandje niet", S),
    ("mijn man deed zalf aan mijn gat, ik voelde zijn vinger helemaal niet", S),
    ("ik heb haar vinger niet gevoeld toen ze de aambeienzalf aan mijn poep smeerde", S),
    ("de thuisverpleging gaf mij een lavement en ik voelde er niks van", S),
    ("mijn vriendin smeerde de creme van achter en ik voelde het niet, alsof het er niet was", S),
    ("ons moeder deed de zalf op mijn aars, ik had haar vinger nie gevoeld", S),
    # fr
    ("ma femme m'a mis de la pommade sur mes hémorroïdes et je n'ai pas senti son doigt", S),
    ("mon mari m'a mis un suppositoire, j'ai rien senti du tout", S),
    ("j'ai pas senti son doigt quand elle m'a mis la crème sur l'anus", S),
    ("ma copine m'a passé la pommade autour de l'anus, je sentais pas son doigt", S),
    ("l'aide-soignante m'a fait un lavement et je l'ai pas senti", S),
    ("elle m'a mis le suppositoire, comme si c'était pas là", S),
    ("mon compagnon m'a appliqué l'onguent sur les hémorroïdes, j'ai même pas senti son doigt", S),
    ("ma mère m'a nettoyé les fesses avec une lingette et je l'ai pas sentie", S),
    ("mon mari m'a mis la pommade derrière et j'ai pas senti sa main, comme si elle était pas là", S),
]
KEPT = [
    # read already
    ("l'infirmière m'a lavé le derrière et j'ai pas senti le gant", S),
    ("mon mari m'étale la crème pour les hémorroïdes sur les fesses et je ne la sens pas", S),
    # the cream felt, no relief, no wish, a suppository that did not work
    ("I felt the cream, it stung", {}),
    ("she put the cream on my piles and i felt it sting", {}),
    ("my wife put cream on my piles and i felt her finger fine", {}),
    ("I didn't feel any relief from the ointment", {}),
    ("I didn't feel any relief from the ointment on my piles", {}),
    ("I didn't feel like putting the cream on", {}),
    ("I didn't feel like putting the cream on my piles today", {}),
    ("i didnt feel the cream work on my piles", {}),
    ("the suppository didn't work", {}),
    ("the suppository didn't work, i didnt feel any different", {}),
    ("my piles are playing up and i didn't feel like going out", {}),
    ("ik voelde de zalf branden op mijn aambeien", {}),
    ("ik voelde geen verschil van de zalf op mijn aambeien", {}),
    ("mijn vrouw smeerde zalf op mijn aambeien en ik voelde haar vinger goed", {}),
    ("ik heb zalf op mijn aambeien gesmeerd maar ik voelde er geen verschil van", {}),
    ("de zetpil, ik voelde het niet helpen", {}),
    ("de zetpil werkte niet", {}),
    ("ik had geen zin om de zalf op mijn aambeien te smeren", {}),
    ("j'ai senti la pommade, ça piquait", {}),
    ("ma femme m'a mis de la pommade sur les hémorroïdes et j'ai bien senti son doigt", {}),
    ("le suppositoire n'a pas marché", {}),
    ("j'ai pas senti la pommade agir sur mes hémorroïdes", {}),
    ("j'ai mis un suppositoire mais j'ai rien senti de mieux", {}),
    # a finger not felt elsewhere: a hand, the back, behind the knee
    ("my wife touched my hand and i didn't feel her finger", {}),
    ("my wife put cream on my back and i didn't feel her fingers", {}),
    ("my wife rubbed cream on my lower back and i couldnt feel her hand", {}),
    ("mijn vrouw smeerde zalf op mijn rug en ik voelde haar vinger niet", {}),
    ("ik voelde haar vinger niet op mijn hand", {}),
    ("de kine duwde van achter op mijn rug en ik voelde zijn vinger niet", {}),
    ("mijn vrouw smeerde zalf van achter op mijn onderrug en ik voelde haar hand niet", {}),
    ("ma femme m'a mis de la crème sur le dos et j'ai pas senti son doigt", {}),
    ("j'ai pas senti son doigt sur ma main", {}),
    ("ma femme m'a mis de la crème derrière le genou et j'ai pas senti son doigt", {}),
    ("ma femme m'a massé le bas du dos avec de la crème, je sentais pas sa main", {}),
    # a relative who did not feel the patient's finger
    ("my wife didn't feel my finger when i put cream on her piles", {}),
    ("mijn vrouw voelde mijn vinger niet toen ik zalf op haar aambeien deed", {}),
    ("elle a pas senti mon doigt quand je lui ai mis la pommade sur les fesses", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
