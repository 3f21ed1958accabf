"""Session 37, round A (issue 12): a carer tells the relative's sign with "his"/"her" (his, her, zijn, z'n, haar, ses,
son, sa) and no "he" as the subject, or names the relative with a word between the subject and the sign: read as no flag.

Changed:
1. bot/reading/redflags.py _his_part_then_him: a message opening on his or her part (up to two words in: "both of his
   legs"), the writer named nowhere (_typed_for_him), is typed for that person even without "he" later ("his feet are
   numb" was "whose: untold"; in this back-pain chat the safe side is the flag). The older rounds' kept "his feet are
   numb", "her left foot drags", "ses pieds sont engourdis" (tests 17b, 36A) now read as "my ..." does.
2. The packs' PROXY_SELF (en, nl, fr): a second opening, a relative (my dad, mijn man, ma mere ...) with a verb of now or
   his/her part next, no back needed: "my dad has numbness in both legs", "mijn vader zegt dat zijn twee benen ...",
   "ma mere dit que ses deux jambes ..."; not the past, not a cancer, not a message naming the writer after it.
3. nl: PROXY_PRONOUNS_BEFORE "zijn" also before plas, urine, ontlasting, sluitspier ("hij kan zijn plas niet meer
   ophouden"); SADDLE "voelt ook niks meer"; LEG_NUMBNESS a "dat" clause with the verb last and a place between ("dat zijn
   twee benen van de knie tot in de tenen slapen").

Kept: a relative's past or cancer, the writer's own back or question told with another's sign, a sign denied, one leg
only, the patient's own messages, Dutch "zijn" as the verb ("mijn benen zijn doof" stays the writer's own).
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

L = {"both_legs": True, "leg_numbness": True}
B = {"bladder_bowel": True}
S = {"saddle_numbness": True}
CHANGED = [
    # en
    ("both her feet have gone numb", L),
    ("both of her legs are numb since this morning", L),
    ("his legs have both gone dead", L),
    ("his feet are numb", L),
    ("her left foot drags", {"leg_weakness": "worsening"}),  # as "my left foot drags"
    # nl (Flemish too)
    ("haar twee benen zijn helemaal doof", L),
    ("zijn beide voeten zijn gevoelloos sinds vanmorgen", L),
    ("allebei zijn benen slapen", L),
    ("ik typ dit voor mijn man, hij kan zijn ontlasting niet meer houden", B),
    ("hij kan zijn plas niet meer tegenhouden", B),
    ("mijn pa voelt ook niks meer tussen zijn benen", S),
    # fr
    ("ses deux pieds sont engourdis", L),
    ("ses deux jambes sont insensibles depuis ce matin", L),
    ("sa jambe droite et sa jambe gauche sont engourdies", L),
    ("toutes ses jambes dorment", L),
    ("ses deux jambes sont comme du coton", L),
    ("ses pieds sont engourdis tous les deux", L),
]
KEPT = [
    # en: the past, a cancer, the writer's own, denied, one leg
    ("my dad had numbness in both legs last year", {}),
    ("my mum used to have numb legs", {}),
    ("my husband has prostate cancer, both his legs are numb", {}),
    ("my mum had breast cancer and now her back hurts", {"cancer_history": True}),
    ("my wife's hands are numb and my back hurts", {}),
    ("his left leg is numb", {}),
    ("her legs aren't numb", {}),
    ("both his legs are fine", {}),
    ("my dad says his legs are not numb anymore", {}),
    ("he can feel both legs fine", {}),
    ("his two legs feel numb from the knees down", L),
    ("my neighbour says both his legs are numb, can i get that as well?", L),
    ("both my legs are numb", L),
    # nl
    ("mijn vader had vroeger gevoelloze benen", {}),
    ("mijn man voelt alles goed tussen zijn benen", {}),
    ("zijn linkerbeen is doof", {}),
    ("mijn buurvrouw kan haar plas niet ophouden, ik heb enkel rugpijn", {}),
    ("mijn man had vorig jaar kanker, nu zijn zijn benen doof", {}),
    ("zijn benen zijn niet gevoelloos", {}),
    ("dat mijn benen niet meer slapen", {}),
    ("mijn vader kon zijn plas niet ophouden na de operatie", {}),
    ("mijn benen zijn doof", L),
    ("mijn voeten zijn gevoelloos", L),
    # fr
    ("mon père avait les jambes engourdies autrefois", {}),
    ("sa jambe gauche est engourdie", {}),
    ("ses jambes ne sont pas engourdies", {}),
    ("ma voisine dit que ses deux jambes dorment, et moi j'ai mal au dos", {}),
    ("ma mère a eu un cancer du sein", {}),
    ("il sent bien ses deux jambes", {}),
    ("mes jambes sont engourdies", L),
    ("mon père a les deux jambes engourdies", L),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
