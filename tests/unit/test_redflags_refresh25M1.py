"""Session 25, helper M1, after the blind refresh 38/24 scored once: legs getting weaker, both legs numb.

1. Both legs gone heavy, with the legs failing or getting worse told after it in the sentence: weakness of both legs,
   worsening ("both my legs have gone heavy and i cant get up the stairs any more", "legs getting heavier, worse by the
   day"; "allebei mijn benen zijn zwaar geworden, de trap op lukt niet meer"; "mes deux jambes sont devenues lourdes, je
   ne monte plus l'escalier", "ca s'aggrave chaque jour"). Heavy legs alone, or told not worse, are no sign: "my legs go
   heavy when i stand", "mijn benen zijn zwaar, maar het wordt niet erger", "mes jambes sont lourdes le soir, j'ai des
   varices", "... mais ca n'empire pas".
2. A foot slapping or dragging, worse every day, in dialect: Twents and Achterhoeks "voot" = voet, "struukeld" =
   gestruikeld, "drumpel" = drempel, "slimmer" = erger after "wordt" or "steeds" ("t wordt steeds slimmer"); ch'ti "min
   pied" = mon pied and the foot told first with its pronoun after a comma ("mon pied droit, i claque par terre"). Kept:
   "mijn zoon wordt elke dag slimmer", a foot that hurts, a foot told fine.
3. Both legs numb in Gronings and Drents: "baaide" = beide, "bijnen" = benen ("baaide bijnen bint doof as ik loop");
   passing when sitting is still both legs numb (the safe side). Scots "baith legs" and French "les deux guiboles
   engourdies" already read (kept).
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

WORSE = {"leg_weakness": "worsening"}
BOTH_WORSE = {"both_legs": True, "leg_weakness": "worsening"}
BOTH_NUMB = {"both_legs": True, "leg_numbness": True}

CHANGED = [
    # 1. both legs gone heavy, the legs failing or worse told after
    ("both my legs have gone heavy over the last few days and i cant get up the stairs any more", BOTH_WORSE),
    ("both legs have turned heavy, on monday i could walk to the shop, today i cant", BOTH_WORSE),
    ("typing this for my mum, her back has been bad all week and both her legs have gone heavy, she cant get out of the chair now",
     BOTH_WORSE),
    ("my legs went heavy on saturday and by now i need help to get off the toilet", BOTH_WORSE),
    ("allebei mijn benen zijn zwaar geworden, de trap op lukt niet meer, het wordt elke dag erger", BOTH_WORSE),
    ("mijn vader heeft rugpijn, allebei zijn benen zijn zwaar geworden, hij kan de trap niet meer op", BOTH_WORSE),
    ("mijn benen worden zwaarder en zwaarder, elke dag erger", BOTH_WORSE),
    ("me benen werden zwaar vorige week en nu kom ik niet meer uit de zetel", BOTH_WORSE),
    ("mes deux jambes sont devenues lourdes, je ne monte plus l'escalier", BOTH_WORSE),
    ("mes jambes deviennent lourdes et ça s'aggrave chaque jour", BOTH_WORSE),
    ("mes deux guiboles sont devenues lourdes, j'arrive plus à monter les marches", BOTH_WORSE),
    ("j'écris pour mon père, il a mal au dos, ses deux jambes sont devenues lourdes, il tient plus debout", BOTH_WORSE),
    ("mes jambes sont de plus en plus lourdes, je peux plus marcher jusqu'au marché", BOTH_WORSE),
    # 2. a foot slapping or dragging, worse every day, in dialect
    ("mien rechtervoot klapt neer as ik loop, t wordt steeds slimmer", WORSE),
    ("ik bin over de drumpel struukeld, mien voot sleept, t wordt slimmer", WORSE),
    ("mien voot slept over de grond en t wordt elke dag slimmer", WORSE),
    ("mien rechtervoot hangt slap, ik struukel over de stoep, t wordt slimmer en slimmer", WORSE),
    ("min pied droit, i claque par terre, ch'est de pire en pire", WORSE),
    ("mon pied, il tape le sol comme une palme, de pire en pire", WORSE),
    ("min pied gauche, il accroche les marches, ch'est pire chaque jour", WORSE),
    # 3. both legs numb in Gronings and Drents
    ("baaide bijnen bint doof as ik loop", BOTH_NUMB),
    ("mien bijnen worden doof en kriebelig as ik n stukje lop", BOTH_NUMB),
    ("baaide bijnen kriebelig tot in de tenen", BOTH_NUMB),
    ("as ik n endje wandel worden baaide bijnen gevoelloos, as ik zit gaait t weer over", BOTH_NUMB),
    ("ik vuil baaide bijnen haast niet meer", BOTH_NUMB),
    ("de onderbeene en baaide bijnen binnen verdoofd", BOTH_NUMB),
]

KEPT = [
    # (read already before this round)
    ("my legs are getting heavier and weaker, worse by the day", BOTH_WORSE),
    ("both legs have gone so heavy i cant lift them onto the bed now", BOTH_WORSE),
    ("mijn beide benen zijn loodzwaar geworden, ik kom niet meer boven", BOTH_WORSE),
    ("mijn voet klapt op de grond bij het lopen, het wordt alsmaar slimmer", WORSE),
    ("mon pied gauche, il traîne, ça empire chaque jour", WORSE),
    ("mon pied droit, il traine par terre et ça s'aggrave", WORSE),
    # 1. heavy legs alone, or told not worse
    ("my legs went heavy on the walk, fine after a rest", {}),
    ("my legs have gone heavy, not worse though", {}),
    ("my legs have gone heavy after the gym, no worse than usual", {}),
    ("both my legs have gone heavy, it isnt getting worse", {}),
    ("my legs go heavy when i stand a long time", {}),
    ("both my legs feel weak and heavy, getting worse every day", BOTH_WORSE),
    ("mijn benen zijn zwaar na een dag werken", {}),
    ("mijn benen zijn zwaar, maar het wordt niet erger", {}),
    ("mijn benen zijn zwaar geworden, het is niet slechter", {}),
    ("mijn benen voelen zwaar aan, ik heb spataders", {}),
    ("mes jambes sont lourdes le soir, j'ai des varices", {}),
    ("mes jambes sont lourdes avec la chaleur, c'est pas pire qu'avant", {}),
    ("j'ai les jambes lourdes", {}),
    ("mes jambes sont lourdes mais ça n'empire pas", {}),
    # 2. not a failing foot
    ("mijn zoon wordt elke dag slimmer", {}),
    ("mien voot deut pien, t wordt slimmer", {}),
    ("mien voot klapt neer mar t wordt nie slimmer", {}),
    ("ik bin over de drumpel struukeld mar mien voot is goed", {}),
    ("mon pied gauche, il me fait mal, de pire en pire", {}),
    ("mon pied, il est froid", {}),
    ("min pied i tape par terre mais ch'est pas pire", {}),
    ("my foot slaps the floor when i walk and its getting worse every day", WORSE),
    # 3. both legs numb, already read; one leg, or told fine
    ("baith legs gang numb when a walk", BOTH_NUMB),
    ("both legs go numb and tingly when i walk, goes off when i sit", BOTH_NUMB),
    ("les deux guiboles engourdies quand je marche, ça passe assis", BOTH_NUMB),
    ("mes deux jambes s'engourdissent quand je marche, ça passe quand je m'assois", BOTH_NUMB),
    ("baaide bijnen nait doof", {}),
    ("baith legs are fine, no numbness", {}),
    ("mes deux guiboles vont bien, pas engourdies", {}),
    ("mijn beide benen zijn doof en tintelen als ik wandel", BOTH_NUMB),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
