"""Session 41, round J (issue 12): three missed flags, a Dutch question's "om ... te" after "normaal", a relative's legs told
in an impersonal clause after an opening on the relative and their age, and the other leg added after a comma.

1. "is het normaal om de stoelgang niet meer te kunnen ophouden": the question's frame was dropped only before "dat" / "als", so
   the frame's "normaal" stayed and was read as the bladder told fine (the net's all-well). Changed: bot/reading/redflags.py
   _QUESTION_FRAME also drops "{IS} {IT} ... {NORMAL}" before the packs' new INFINITIVE_TO (nl "om"; en and fr empty: "is it
   normal to", "est-ce normal de" already read).
2. "mijn moeder is 81. het gaat de laatste weken achteruit met haar benen": the packs' PROXY_INTRO (session 40L) looked for
   the relative's pronoun or possessive within the 6 words after the opening; an impersonal clause puts it further
   ("het gaat de laatste weken achteruit met haar", "ca se degrade de semaine en semaine avec ses"). Changed: PROXY_INTRO in en, nl and fr
   looks up to 12 words ahead within the sentence after the opening (6 across a sentence end, as before: round 26F's "..., moi je
   vais bien. ses jambes ..." stays); en and fr BOTH_LEGS_WEAK_PATTERNS read the impersonal clause itself ("it's going downhill with my
   legs", "ca se degrade avec mes jambes", as nl "het gaat achteruit met mijn benen", session 41E).
3. "my right leg keeps getting weaker, the left one too": the other leg added after a comma with "too" / "ook" / "aussi" (the packs'
   OTHER_LEG_TOO) gives both legs, once a leg's weakness is read.

Kept: one leg weak against the good one ("weaker than my right", "the right one fine", "het rechter is ok", "la droite va
bien"), a pain at peeing asked with "om ... te", a relative's legs when the writer tells their own complaint, the other leg's
pain (not its weakness), the other leg denied.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

B = {"bladder_bowel": True}
BW = {"leg_weakness": "worsening", "both_legs": True}
CHANGED = [
    # en: the relative's legs in an impersonal clause after "my ... is 79"
    ("my grandad is 83. its been going downhill every week with his legs, both of them", BW),
    ("my mum is 80 . everything's going downhill with her legs", BW),
    ("it's going downhill with my legs, both of them", BW),
    ("things have been going downhill fast with my legs", BW),
    # en: the other leg added after a comma
    ("my right leg keeps getting weaker, the left one too", BW),
    ("left leg getting weaker and weaker, and now the other one as well", BW),
    ("my left foot is getting weaker every week, the right foot too", BW),
    ("right leg is going weaker by the day, the left one aswell", BW),
    ("my left leg is getting weaker, now the right leg as well", BW),
    # nl: "om ... te" after "normaal"
    ("is het normaal om mijn stoelgang niet meer te kunnen ophouden", B),
    ("is het normaal om de plas niet meer te kunnen tegenhouden", B),
    ("is dat normaal om mijn plas niet te kunnen houden", B),
    # nl: the relative's legs after "mijn ... is 79"
    ("mijn moeder is 81. het gaat de laatste weken zienderogen achteruit met haar benen, allebei", BW),
    ("mijn man is 70 . sinds de operatie gaat het elke week wat achteruit met zijn benen", BW),
    # nl: the other leg after a comma
    ("mijn rechterbeen wordt zwakker, het linker ook", BW),
    ("mijn linkervoet wordt elke dag slapper, de andere ook al", BW),
    ("mijn linkerbeen wordt zwakker, nu ook het andere", BW),
    ("mijn rechterbeen wordt steeds slapper, en het linkerbeen ook", BW),
    # fr: the relative's legs after "mon ... a 79 ans"
    ("ma mere a 84 ans. ca se degrade de semaine en semaine avec ses jambes, les deux", BW),
    ("mon mari a 71 ans . depuis l'operation ca se degrade tout doucement avec ses jambes", BW),
    ("ca se degrade de jour en jour avec mes jambes", BW),
    ("ça va de mal en pis avec mes jambes", BW),
    # fr: the other leg after a comma
    ("ma jambe droite faiblit de plus en plus, la gauche aussi", BW),
    ("la jambe gauche faiblit de jour en jour, l'autre aussi maintenant", BW),
    ("mon pied gauche faiblit de plus en plus, le droit aussi", BW),
    ("ma jambe gauche s'affaiblit de jour en jour, et maintenant la droite aussi", BW),
]
KEPT = [
    # en
    ("my left leg is weaker than my right", {}),
    ("left leg weak, right one fine", {}),
    ("my dad is 79 and his legs are weak. i have back pain", {}),
    ("my left leg is getting weaker, the right one hurts too", {"leg_weakness": "worsening"}),
    ("my left leg is getting weaker, not the right one", {"leg_weakness": "worsening"}),
    ("my left leg is getting weaker", {"leg_weakness": "worsening"}),
    ("the pain gets worse with my legs up", {}),
    ("is it normal to have pain when i pee?", {}),
    ("is it normal to not be able to hold my wee anymore?", B),
    # nl
    ("mijn linkerbeen is zwakker, het rechter is ok", {}),
    ("is het normaal om pijn te hebben bij het plassen?", {}),
    ("is het normaal om rugpijn te hebben na het tillen", {}),
    ("mijn vrouw is 70 en haar benen zijn zwak. ik heb zelf rugpijn", {}),
    ("mijn linkerbeen wordt zwakker, het rechter doet ook pijn", {"leg_weakness": "worsening"}),
    ("mijn linkerbeen wordt zwakker", {"leg_weakness": "worsening"}),
    ("ik kan mijn plas niet meer ophouden", B),
    # fr
    ("la gauche faiblit, la droite va bien", {}),
    ("est-ce normal de ne plus pouvoir retenir mes urines ?", B),
    ("ma jambe gauche faiblit, la droite me fait mal aussi", {"leg_weakness": "worsening"}),
    ("mon pere a 79 ans et ses jambes sont faibles, moi j'ai mal au dos", {}),
    ("ma jambe gauche faiblit de jour en jour", {"leg_weakness": "worsening"}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
