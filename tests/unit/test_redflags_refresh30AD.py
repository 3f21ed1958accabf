"""Session 30, round AD: both legs giving way told in street words (going on the patient, one side then the other, carrying
less and less), a foot that no longer lifts told by the footwear left behind or in Pidgin, and a carer's emergency with the
relative's back diagnosis named only at the end.

Fresh blind messages (outside writers) were read wrong:
1. "both legs are going on me, first the left and now the right buckles ..., worse than this morning" read nothing: "going on me"
   told once (not "keep going on me") was no weakness, and one leg failing first and then the other was no "both legs".
2. A foot that "no fit lift" (Nigerian Pidgin: cannot lift), the slippers "remaining behind" when the writer "waka"s, read
   nothing.
3. A wife writing that her husband cannot pee, his lower belly hard, both his legs carrying him less and less, and only at the end
   that he has a known hernia, read nothing: the 30AB carer's opening needs the diagnosis within a few words of the relative, and
   "ses jambes le portent de moins en moins" was no weakness.

Changed (en, nl, fr packs, session 30AD entries):
- WEAK: "is/are/been going on me", "went on me" (en); "hold/carry me less and less" (en); "dragen me steeds minder / hoe langer
  hoe slechter" (nl); "me/le portent de moins en moins, a peine, de plus en plus mal" (fr); Pidgin "no fit lift/carry" (en).
- FAILING_LIMB (en): Pidgin "no fit lift/raise/carry", "went on me" (read by the worsening net, a worsening told).
- OTHER_LEG_TOO: one side first, then or now the other ("first the left ... now the right", "eerst links ... nu de rechter",
  "d'abord la gauche ... puis la droite"), a failing leg read: both legs.
- FOOT_SIGN_ALONE: footwear "remaining behind" and Pidgin "waka" (en _WALKING); "onder het lopen", "als ik ga lopen" (nl _LOPEN);
  footwear "laissee derriere" and "quand je me promene" (fr _MARCHE).
- PROXY_SUBJECT: the message opening on a partner, parent or child, the relative's back diagnosis (_DIAG, _DIAGNOSE,
  _DIAG_FR) named later by "he has / hij heeft / il a ...", with the same guards as 30AB (the writer naming no back or
  diagnosis of their own, not long ago).

Kept: a relative's signs told while the writer tells their own back; one leg giving way once, long ago; slippers kicked off or left
at the door with no weakness word; the signs read before as well."""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

LEGS = {"leg_weakness": "worsening", "both_legs": True}
ONE = {"leg_weakness": "worsening"}
BLADDER = {"bladder_bowel": True}
LEGS_BLADDER = {"leg_weakness": "worsening", "both_legs": True, "bladder_bowel": True}

CHANGED = [
    # 1. both legs going on the patient, one side then the other, carrying less and less
    ("since lunch both my legs are going on me and its worse now", LEGS),
    ("both of my legs started going on me this afternoon, getting worse by the hour", LEGS),
    ("my legs have been going on me all day, worse than yesterday", LEGS),
    ("first my left leg buckled, now the right buckles as well", LEGS),
    ("it started with my right leg giving way and now the left leg gives way too", LEGS),
    ("first the right knee buckled on the stairs, then the left knee buckled tonight", LEGS),
    ("my legs carry me less and less since this morning", LEGS),
    ("both legs hold me less and less, worse today", LEGS),
    ("mijn benen dragen me steeds minder sinds vanochtend", LEGS),
    ("eerst begaf mijn linkerbeen het, nu ook het rechter, erger dan gisteren", LEGS),
    ("mijn benen dragen mij hoe langer hoe slechter", LEGS),
    ("eerst knikte mijn linkerknie, daarna knikt ook mijn rechterknie", LEGS),
    ("mijn beide benen dragen me alsmaar minder, het wordt erger", LEGS),
    ("mes jambes me portent de moins en moins depuis hier", LEGS),
    ("mes deux jambes me tiennent de plus en plus mal", LEGS),
    ("d'abord ma jambe gauche a lâché, puis la jambe droite lâche aussi, c'est pire que ce matin", LEGS),
    ("ça a commencé par la jambe droite qui se dérobe et maintenant la jambe gauche lâche aussi", LEGS),
    ("mes jambes me portent à peine depuis ce matin, ça s'aggrave", LEGS),
    # 2. the foot that no longer lifts: footwear left behind, Pidgin
    ("my slippers remain behind when i walk since yesterday, its worse today", ONE),
    ("my right slipper keeps remaining on the floor when i step, getting worse", ONE),
    ("my sandals keep staying behind when i dey waka, worse than yesterday", ONE),
    ("my right foot no fit raise, worse today", ONE),
    ("my flip flops stay behind as i waka, it is worse now", ONE),
    ("my left leg went on me on the stairs, its getting worse", ONE),
    ("mijn slippers blijven achter als ik ga lopen, het wordt erger", ONE),
    ("ik verlies steeds mijn slipper onder het lopen, erger dan gisteren", ONE),
    ("mijn pantoffel schiet uit onder het wandelen, elke dag erger", ONE),
    ("je laisse mes tongs derrière moi en marchant, c'est pire qu'hier", ONE),
    ("ma pantoufle reste en arrière quand je me promène, pire qu'avant", ONE),
    ("mes sandales restent par terre quand je me promène, ça empire", ONE),
    # 3. the relative's urgent signs first, the back diagnosis named at the end
    ("my wife hasnt been able to wee all day and her tummy is swollen. she suffers from sciatica", BLADDER),
    ("my dad, 80, both his legs are getting weaker by the hour. hes got spinal stenosis", LEGS),
    ("my husband's legs are going on him tonight, both of them. he has a slipped disc", LEGS),
    ("my son cant hold his wee anymore since yesterday, he has a herniated disc", BLADDER),
    ("mon mari n'arrive plus à uriner depuis ce matin et son ventre est gonflé. il a une hernie discale", BLADDER),
    ("ma mère ne peut plus faire pipi depuis hier soir. elle a une sciatique", BLADDER),
    ("ma femme ne sent plus ses fesses, elle a une hernie discale, on fait quoi", {"saddle_numbness": True}),
    ("mon père ne peut plus uriner et ses jambes le portent de moins en moins. il souffre d'une sciatique", LEGS_BLADDER),
    ("mijn vader zijn benen worden steeds zwakker sinds gisteren, hij heeft een hernia", LEGS),
    ("mijn moeder haar benen worden allebei zwakker sinds vanmorgen. ze heeft een hernia", LEGS),
    ("mijn man krijgt geen druppel plas meer, zijn benen dragen hem steeds slechter. hij heeft ischias", LEGS_BLADDER),
]

KEPT = [
    # a relative's signs told while the writer tells their own back
    ("my husband cant pee since this morning, he has sciatica. i have had back pain for weeks", {}),
    ("mijn man kan niet plassen en zijn benen dragen hem steeds minder, hij heeft een hernia. ik heb zelf al weken rugpijn", {}),
    ("mon mari n'arrive pas à uriner et ses jambes le portent de moins en moins, il a une hernie. moi j'ai mal au dos depuis un mois",
     {}),
    ("my dad had a slipped disc years ago, his legs went on him back then. my back hurts now", {}),
    ("mijn vader had vroeger een hernia, zijn benen dragen hem slechter. ik heb rugpijn", {}),
    # one leg giving way once, long ago
    ("my left leg went on me once years ago", {}),
    ("mijn linkerbeen begaf het ooit eens, jaren geleden", ONE),  # read before as well (left alone)
    ("ma jambe gauche a lâché une fois il y a des années", ONE),
    # slippers with no weakness word
    ("i kicked off my slippers when i walked in", {}),
    ("my slippers stay behind at the door when i walk into the house", {}),
    ("ik laat mijn slippers achter bij de deur", {}),
    ("je laisse mes chaussons devant la porte quand je marche dans le jardin", {}),
    ("je laisse mes tongs derrière la porte", {}),
    # read before as well
    ("my legs keep going on me, worse than yesterday", LEGS),
    ("my husband has been on the loo for an hour, cant pass a drop and his belly is swollen. he has a slipped disc", BLADDER),
    ("my dad cant stand, both his legs gave way tonight. he has a slipped disc", LEGS),
    ("mijn man zit al een uur op de wc en kan niet plassen, zijn buik is hard. hij heeft een hernia", BLADDER),
    ("mijn benen begeven het steeds vaker, eerst links en nu ook rechts", LEGS),
    ("mes deux jambes me lâchent de plus en plus depuis ce matin", LEGS),
    ("mijn slipper blijft achter bij het stappen, elke dag erger", ONE),
    ("mes claquettes restent derrière moi quand je marche, ça empire", ONE),
    ("my right foot cannot lift well. e worse today pass yesterday", ONE),
    ("my legs are going from under me", LEGS),
    # the legs going fine, other things going on
    ("theres a lot going on for me at the moment, my back aches", {}),
    ("my legs are fine, it is only my back", {}),
    ("mijn benen dragen me prima, alleen mijn rug doet pijn", {}),
    ("mes jambes me portent bien, c'est juste le dos", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
