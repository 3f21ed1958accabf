"""Session 46R3 (issue 12): a sense told as normal read as a flag, a past fever told normal since read as now, the patient's own
cancer told before a relative's missed, and the French colloquial "plus" (more) read as a negation.

1. A plain "feel nothing" in the legs or the saddle told with the feeling or the working normal ("ik voel niks in mijn benen en
   alles werkt normaal": nothing unusual), a cold or a touch felt well ("i could feel the cold fine on my bum"), or the toilet
   seat itself told cold ("la lunette des wc etait gelee") were read as numbness. Changed: _sense_told_normal in the engine (the
   saddle and both-legs numbness rules), the packs' SENSE_NORMAL, FELT_WELL, NOTHING_FELT_PLAIN, SENSE_LOST, SEAT_TOLD_COLD.
2. A past fever told "after that the temperature was normal and it stays normal" was a fever now (the Dutch and French were
   read already). Changed: FEVER_GONE_NOW in en (only with a past in the fever's own clause, as before).
3. The patient named first in a pair ("me and my sister had cancer", "ik en mijn zus hebben kanker gehad", "moi et mon frere
   avons eu un cancer"): the clause cut at "and" opened on the relative. Changed: _pair_with_me in _third_party, the packs'
   PAIR_WITH_ME (the relative opens the clause, the cancer within a few words).
4. "j'ai plus de mal a lever mon pied" (more trouble) was rewritten "pas de mal" (no trouble), and "plus de ... qu'avant" too.
   Changed: _MORE_46 in the fr SPOKEN_PHRASES, the "ne" told read in CLITICS ("je n'ai plus de mal a ..." stays no more), a
   WORSENING_PATTERNS entry for "plus de mal a lever".
Kept: the numbness told plainly or as a loss ("ik voel niks meer in mijn benen", "je ne sens plus le froid sur les fesses"),
the working denied ("ze werken niet meer"), a fever still there or coming back, a relative's cancer told plainly or in
another clause, "j'ai plus mal", "j'ai plus de fievre", "je n'ai plus de mal a marcher" (no more).
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

S = {"saddle_numbness": True}
L = {"both_legs": True, "leg_numbness": True}
F = {"fever": True}
C = {"cancer_history": True}
W = {"leg_weakness": "worsening"}
CHANGED = [
    # English
    ("yesterday the loo seat was freezing and i could feel the cold fine on my bottom and between my legs, so feeling there is normal", {}),
    ("i can feel the cold toilet seat fine on my bum", {}),
    ("i feel nothing in my legs and everything works normally, its just the back", {}),
    ("sneezing kills my back but otherwise i feel nothing in my legs and they work fine", {}),
    ("had flu mid november, 39 for three days, after that my temp was normal and it has stayed normal, i check each morning", {}),
    ("i had a virus two weeks ago with a fever of 38.7, since then it has remained normal", {}),
    ("me and my brother had cancer as kids", C),
    ("me and my mum had breast cancer", C),
    # Dutch (Flemish and Netherlands)
    ("als ik hoest schiet het in mijn rug, mar verder voel ik niks in mijn benen en alles werkt gewoon", {}),
    ("ik voel niets in mijn benen, ze doen het gewoon goed", {}),
    ("k voel niks in mijn benen en alles werkt normaal hoor", {}),
    ("ik voel niks in mijn benen, mijn gevoel is normaal", {}),
    ("ik en mijn zus hebben kanker gehad", C),
    ("k en mijne vader hebben darmkanker gehad", C),
    # French (Belgian)
    ("ce matin la lunette des wc était glacée, je l'ai bien sentie partout sur les fesses", {}),
    ("hier soir le siège des wc était froid, la sensibilité est normale", {}),
    ("je sens rien dans les jambes et tout fonctionne normalement, c'est juste le dos", {}),
    ("je sens rien dans les jambes, elles bougent normalement", {}),
    ("moi et ma soeur avons eu un cancer", C),
    ("moi et mon père on a eu un cancer de la peau", C),
    ("j'ai plus de mal à lever mon pied gauche depuis hier", W),
    ("j'ai bien plus de difficulté à soulever la jambe qu'avant", W),
    ("j'ai plus de fièvre qu'hier soir", F),
]
KEPT = [
    # English
    ("I couldn't feel the cold toilet seat on my bum", S),
    ("I feel nothing in my legs", L),
    ("I feel nothing in my legs anymore, everything else works normally", L),
    ("my legs are numb and everything works normally", L),
    ("had a fever of 38.5 for two days and still 38 this morning", F),
    ("the fever went down with paracetamol but comes back at night", F),
    ("I couldnt feel the cold toilet seat fine on my bum", S),
    ("me and my sister went to visit my dad, he has cancer", {}),
    ("me and my sister went to see my dad who has cancer", {}),
    ("my brother had cancer, me not", {}),
    # Dutch
    ("ik voel niks meer in mijn benen", L),
    ("voel niks in mijn benen, ze werken niet meer", L),
    ("ik voel niks in mijn benen, ze werken gewoon niet", L),
    ("ik voel niks meer in mijn benen maar alles werkt normaal", L),
    ("mijn benen zijn doof maar alles werkt normaal", L),
    ("ik voel de koude bril niet op mijn billen", S),
    ("ik en mijn zus zijn bij mijn vader geweest, hij heeft kanker", {}),
    ("ik en mijn broer hebben allebei kanker gehad", C),
    # French
    ("je ne sens plus le froid sur les fesses", S),
    ("je ne sens plus rien dans les jambes", L),
    ("la lunette des wc était gelée et je ne sentais rien sur les fesses", S),
    ("moi et ma soeur on est allées voir mon père, il a un cancer", {}),
    ("ma mère et moi avons eu un cancer", C),
    ("j'ai plus mal", {}),
    ("j'ai plus de fièvre", {}),
    ("je n'ai plus de mal à lever le pied", {}),
    ("j'ai de plus en plus de mal à lever le pied", W),
    ("ma jambe n'a plus de force", W),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
