"""Session 30, helper W: leg signs told by what the person notices (issue 12).

Missed before: (1) both legs full of pins and needles told with a dialect joining word ("pins an needles", "left an
right", Scots "fae" for "from"), or the two sides named one by one ("the left leg and the right leg", "a gauche et a
droite", "mijn linker- en mijn rechterbeen" after the tingling): the joining word was not "and", so the needles were no
numbness, or the sides were split from the sign; (2) a foot that can hardly be lifted any more told with the lifting
first ("mijn voet optillen lukt bijna niet meer", "lifting my foot is almost impossible", "soulever mon pied, j'y arrive
presque plus"), the move from the accelerator to the brake told hard, the heel walk possible days ago and not now (ending
on a bare "niet", "now not", "maintenant plus"), with a worsening told: no failing limb was read; (3) both legs less strong
("krachtelozer", "minder krachtig") with a long stretch of time words between the legs and the weak word, told as "niet
verergerd" (not a Dutch stable cue, so a stable weakness read worsening, or nothing at all).
Changed: redflags packs PINS_AND, JOINED_PHRASES and STREET (en), BOTH_LEGS_NUMB_PATTERNS (en, nl, fr), FAILING_LIMB (en,
nl, fr), WORSENING_PATTERNS (en, nl, fr: the heel walk of days ago), WEAK, STABLE, NOT_WORSE, NOT_WORSENING and
BOTH_LEGS_WEAK_PATTERNS (nl).
Kept: one leg weak and stable stays no red flag; a relative's legs; weakness denied; pins and needles in one leg only;
heavy legs from standing all day; both legs numb told about the past and gone; legs less strong with no worsening in the
other languages (already read).
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

NUMB_BOTH = {"both_legs": True, "leg_numbness": True}
STABLE_BOTH = {"both_legs": True, "leg_weakness": "stable"}
WORSE_BOTH = {"both_legs": True, "leg_weakness": "worsening"}
WORSE = {"leg_weakness": "worsening"}

CHANGED = [
    # 1. both legs, pins and needles, a dialect joining word or the two sides named one by one
    ("baith ma legs are aw pins an needles fae the hips doon", NUMB_BOTH),
    ("both me legs gone all pins an needles from the thighs down", NUMB_BOTH),
    ("pins an needles in baith legs fae the knees doon", NUMB_BOTH),
    ("i have pins an needles in both legs since sunday", NUMB_BOTH),
    ("pins and needles from the hips down, left and right", NUMB_BOTH),
    ("tingling down the left and the right leg from the knees", NUMB_BOTH),
    ("pins and needles down my left leg and my right leg", NUMB_BOTH),
    ("het tintelt in mijn linker en rechter been vanaf de knie", NUMB_BOTH),
    ("ik heb mieren in mijn linkerbeen en in mijn rechterbeen", NUMB_BOTH),
    ("tintelingen in het linkerbeen en het rechterbeen vanaf de dijen", NUMB_BOTH),
    ("sinds gisteren heb ik tintelingen in mijn linker- en rechterbeen, van de knieen naar beneden", NUMB_BOTH),
    ("j'ai des fourmillements à gauche et à droite à partir des genoux", NUMB_BOTH),
    ("des picotements dans la jambe gauche et la jambe droite depuis les cuisses", NUMB_BOTH),
    ("j'ai des fourmillements dans ma jambe gauche et ma jambe droite", NUMB_BOTH),
    ("ça fourmille à droite et à gauche depuis les hanches jusqu'en bas", NUMB_BOTH),
    # 2. a foot that can hardly be lifted any more, the pedals, the heel walk of days ago, worse day by day
    ("lifting my left foot is almost impossible now, worse every day", WORSE),
    ("getting my foot from the accelerator to the brake is a real struggle, its worse each day", WORSE),
    ("moving my foot from the gas to the brake is hard now and getting worse", WORSE),
    ("a few days ago i could still walk on my heels, now not on the right", WORSE),
    ("on monday i could walk on my heels, now i cant on the left side", WORSE),
    ("my right foot barely lifts anymore, getting worse by the day", WORSE),
    ("mijn linkervoet optillen lukt bijna niet meer en het wordt elke dag slechter", WORSE),
    ("mijn voet optillen gaat haast niet meer, het wordt elke dag erger", WORSE),
    ("mijn voet van het gaspedaal naar de rem krijgen is lastig en het wordt erger", WORSE),
    ("vorige week kon ik nog op mijn hakken staan, nu links echt niet", WORSE),
    ("maandag kon ik nog op mijn hielen lopen, vandaag rechts niet", WORSE),
    ("soulever mon pied gauche, j'y arrive presque plus, c'est pire chaque jour", WORSE),
    ("passer le pied de l'accélérateur au frein devient difficile, et ça s'aggrave chaque jour", WORSE),
    ("il y a deux jours je marchais encore sur les talons, maintenant plus du tout à droite", WORSE),
    ("lundi je tenais encore sur mes talons, aujourd'hui plus à gauche", WORSE),
    ("lever le pied droit, c'est presque impossible maintenant, de pire en pire", WORSE),
    # 3. both legs less strong, a long stretch of time words, told not worse since ("niet verergerd")
    ("mijn beide benen zijn krachtelozer, het is niet verergerd", STABLE_BOTH),
    ("mijn beide benen zijn al een paar jaar wat krachtelozer, sindsdien niet verergerd", STABLE_BOTH),
    ("beide benen zijn sinds een jaar of drie wat minder krachtig, het is niet erger geworden", STABLE_BOTH),
    ("mijn benen hebben allebei al een tijd minder kracht, dat is nooit verergerd", STABLE_BOTH),
    ("allebei mijn benen zijn al jaren wat zwakker maar het is sindsdien niet verergerd", STABLE_BOTH),
    ("mijn twee benen zijn nu al een jaar of vier wat slapper dan vroeger", WORSE_BOTH),
    # ... a worsening of the legs told day by day wins over the pain's "niet erger" (the safe side)
    ("mijn beide benen worden elke dag zwakker, de rugpijn is niet erger", WORSE_BOTH),
]

KEPT = [
    # already read
    ("both legs have gone all pins and needles from the knees down", NUMB_BOTH),
    ("ma legs are tinglin fae the knees doon, left an right", NUMB_BOTH),
    ("my left leg and my right leg both have pins and needles", NUMB_BOTH),
    ("beide benen tintelen vanaf de knieen naar beneden, links en rechts", NUMB_BOTH),
    ("mijn linkerbeen en rechterbeen tintelen allebei vanaf de knie", NUMB_BOTH),
    ("mes jambes picotent des genoux jusqu'aux pieds, à gauche et à droite", NUMB_BOTH),
    ("les deux jambes me fourmillent à partir des hanches", NUMB_BOTH),
    ("i can barely lift my right foot anymore and its getting worse every day", WORSE),
    ("ik krijg mijn voet bijna niet meer omhoog en het wordt slechter met de dag", WORSE),
    ("je n'arrive presque plus à lever le pied droit et ça empire de jour en jour", WORSE),
    ("vorige week kon ik nog op mijn hielen lopen, nu links helemaal niet meer", WORSE),
    ("both my legs have been a bit weaker for a couple of years now, it hasnt got any worse since", STABLE_BOTH),
    ("both legs have had less strength for about two years, the neurologist checked it and it has not got worse", STABLE_BOTH),
    ("mes deux jambes sont un peu plus faibles depuis deux ans, ça ne s'est pas aggravé depuis", STABLE_BOTH),
    ("les deux jambes sont sans force depuis deux ans environ mais pas aggravé", STABLE_BOTH),
    ("mijn beide benen worden elke dag zwakker, de rugpijn is niet verergerd", WORSE_BOTH),
    ("both my legs are getting weaker every day, the back pain is not worse", WORSE_BOTH),
    ("allebei mijn benen zijn elke dag wat slapper, de pijn in mijn rug blijft hetzelfde", WORSE_BOTH),
    # one leg weak and stable: no red flag
    ("mijn rechterbeen is al een jaar wat krachtelozer, het is niet verergerd", {}),
    ("my left leg has been a bit weaker for years, it has not got worse", {}),
    ("ma jambe gauche est un peu plus faible depuis deux ans, pas aggravé", {}),
    # a relative's legs
    ("de benen van mijn vader zijn al een jaar of twee wat krachtelozer, niet verergerd", {}),
    ("my mums got pins an needles in both legs", {}),
    ("ma mère a des fourmillements à gauche et à droite", {}),
    # weakness denied
    ("geen krachtverlies in mijn benen, het is niet verergerd", {}),
    ("no weakness in my legs, i can lift my foot fine", {}),
    ("pas de faiblesse dans les jambes, je lève bien le pied", {}),
    # pins and needles in one leg only
    ("pins an needles in my left leg fae the knee doon", {}),
    ("tintelingen in mijn linkerbeen vanaf de knie", {}),
    ("des fourmillements dans la jambe gauche depuis le genou", {}),
    ("pain in the left leg and the right leg is fine", {}),
    # heavy legs from standing all day: tired legs, no weakness, in every language (HEAVY_TIRED_AFTER, session 31AG)
    ("my legs feel heavy after standing all day at work", {}),
    ("mijn benen zijn zwaar na een hele dag staan", {}),
    ("j'ai les jambes lourdes le soir après une journée debout", {}),
    # both legs numb told about the past and gone
    ("i had pins an needles in both legs last year but its gone now", {}),
    ("vorig jaar had ik tintelingen in beide benen, maar dat is weg", {}),
    ("l'an dernier j'avais des fourmillements dans les deux jambes mais c'est parti", {}),
    # the pedals and the heels, no sign
    ("i move my foot from the gas to the brake without any trouble", {}),
    ("on monday i could walk on my heels and i still can", {}),
    ("maandag kon ik nog op mijn hielen lopen en nu ook nog", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
