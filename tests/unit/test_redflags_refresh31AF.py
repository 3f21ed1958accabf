"""Session 31, round AF: constant night pain told by the places and aids tried, and a fever told over in a later clause
followed by the person well again or back at their ordinary life.

Fresh blind messages (outside writers) were read wrong:
1. Night pain told as a list of the places, positions and aids tried (the sofa, the bed, the chair, on his side, a heat pad)
   and then "nothing makes it less", in a carer's words too, read nothing: "tries" (third person) was no try, the bed and a
   heat pad or hot water bottle were no position, another's side ("on his side", "op zijn zij") was none, and "nothing makes
   it less / niks maakt het minder / rien ne la diminue" and a bare "nothing" between commas were no relief denied.
2. "... hoge koorts, antibiotica gekregen en die koorts is al lang weg, ik voel me terug prima" read a fever: the Flemish
   "terug" (= again) of feeling well again was read as the fever coming back. Likewise ordinary life taken up again ("ik ben
   terug aan het werk", "ik sport terug", "returned to work", "started again at the gym", "j'ai recommence le travail", "je
   suis revenu au boulot"), and "the fever went ages ago" was no over phrase.
3. Worry keeping one awake told by "van schrik / uit schrik / van paniek" still read night pain (en, fr already read right).

Changed (en, nl, fr packs, session 31AF entries):
- POSITION_TRIED: "tries" (en), "probeert/probeerden" (nl), "essaie/essaient" (fr).
- NIGHT_POSITION: another's side or back ("on his side", "op zijn zij", "sur son cote"), the bed ("the bed", "het bed", "le
  lit"), heat as a try (heat pad, hot water bottle, "kruik, warmtekussen", "bouillotte, coussin chauffant"), the fr seats
  named without a preposition ("le canape, le fauteuil").
- NO_RELIEF: "nothing makes it less/better/easier", "niks maakt het minder", "blijft het zeuren", "rien ne la diminue / ne
  la rend moins forte", a bare "nothing / niks / rien" between commas.
- RECURRED: nl "terug" not before feeling well (prima, top, in orde) or work and sport, nor after "sport/werk/train"; en
  "returned / started again / its back / is back" not before work, normal, the gym; fr "recommence" and "revenu" not before
  work or sport.
- RESOLVED (en): "went/broke/cleared ... ages/weeks ago".
- WORRY_AWAKE (nl): "van/uit schrik, paniek, ongerustheid".

Kept: night pain only on turning over; the night told fine; a fever over but chills now or come back; the fever gone but
still unwell; "ik lig er wakker van" alone (the safe reading); the signs read before as well."""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

NIGHT = {"night_pain": True}
FEVER = {"fever": True}
NONE: dict = {}

CHANGED = [
    # 1. night pain told by the places and aids tried, nothing makes it less
    ("Through the night it keeps hurting, she tries the couch, the bed, the recliner, nothing makes it easier.", NIGHT),
    ("During the night the ache never lets up; I try the armchair, my side, a hot water bottle, nothing makes it smaller.", NIGHT),
    ("at night my dad tries his chair, the bed, the floor and nothing makes it any better", NIGHT),
    ("all night he tries the settee, then his bed, then on his side, nothing makes the pain less", NIGHT),
    ("every night my wife tries the bed, the sofa, a heat pad, nothing makes it easier", NIGHT),
    ("hij heeft de bank, het bed, een kruik geprobeerd, niks, 's nachts blijft het zeuren", NIGHT),
    ("'s nachts ligt hij in de zetel, in het bed, met een warmtekussen, niks, het blijft maar doorzeuren", NIGHT),
    ("ik probeer 's nachts het bed, de zetel, een kruik, niks, het blijft zeuren", NIGHT),
    ("'s nachts ligt ze in het bed, op haar zij, met een warmtekussen, niks, het blijft zeuren", NIGHT),
    ("le canapé, le lit, la chaise longue, le fauteuil, rien n'y fait pendant la nuit", NIGHT),
    ("le lit, le fauteuil, le sol, une bouillotte, rien, ça lance toute la nuit", NIGHT),
    ("la nuit mon mari essaie le canapé, son lit, sur son côté, rien ne la diminue", NIGHT),
    ("elle essaie la nuit le lit puis le fauteuil, avec une bouillotte, rien ne la rend moins forte", NIGHT),
    ("toute la nuit il essaie son fauteuil, le canapé, rien ne diminue la douleur", NIGHT),
    # 2. a fever told over in a later clause, then well again or back at ordinary life
    ("Vorige maand griep met koorts gehad, antibiotica genomen en die koorts is al lang weg, ik ben terug aan het werk.", NONE),
    ("Twee weken terug had ik blaasontsteking met koorts, de kuur is op en de koorts is al een week weg, ik voel me terug top.", NONE),
    ("Ik had koorts na een longontsteking, die koorts is al lang over, ik voel me terug in orde.", NONE),
    ("vorige week koorts door een keelontsteking, antibiotica gedaan, de koorts is helemaal weg, ik sport terug", NONE),
    ("een maand geleden koorts met een blaasontsteking, die koorts is al lang weg en ik werk terug", NONE),
    ("had flu with a fever two weeks ago, the fever is long gone and I started again at work on monday", NONE),
    ("I had a temperature with a chest infection last month, course of antibiotics done, the fever went ages ago.", NONE),
    ("had a fever with tonsillitis last month, the fever went weeks ago and I'm fine", NONE),
    ("last month a kidney infection with fever, the fever is long gone and I returned to work on monday", NONE),
    ("Il y a trois semaines j'ai eu une grippe avec de la fièvre, cette fièvre est partie depuis longtemps, j'ai recommencé le travail.", NONE),
    ("le mois dernier fièvre avec une infection urinaire, antibiotiques terminés, la fièvre est partie depuis longtemps, je suis revenu au boulot", NONE),
    ("j'ai eu de la fièvre avec une bronchite il y a un mois, cette fièvre est partie depuis longtemps et j'ai recommencé le sport", NONE),
    ("il y a deux semaines une cystite avec de la fièvre, la fièvre a disparu depuis longtemps, je suis revenue au travail", NONE),
    # 3. worry keeping one awake, told by fright
    ("ik lig er 's nachts wakker van, van de schrik", NONE),
    ("ik lig er 's nachts wakker van, uit schrik voor een operatie", NONE),
    ("ik lig er 's nachts wakker van, van paniek, de pijn zelf valt mee", NONE),
]

KEPT = [
    # night pain read before as well
    ("At night the pain is constant, I tried the bed, the couch, the recliner, nothing helps.", NIGHT),
    ("tried the bed, the floor, the sofa, nothing, it throbs all night long", NIGHT),
    ("'s nachts blijft de pijn, ze probeert de zetel, het bed, de grond, niks maakt het minder", NIGHT),
    ("elle essaie le canapé puis le lit, rien n'y fait, la douleur continue la nuit", NIGHT),
    ("ik lig er wakker van", NIGHT),
    ("hij ligt er 's nachts wakker van, van bezorgdheid, niet van zijn rug", NONE),
    ("ze heeft het bed, de sofa en een kruik geprobeerd, niks helpt, heel de nacht blijft het bonzen", NIGHT),
    ("hele nacht door pijn, in zijn bed, op de grond, met een kruik, niks maakt het minder", NIGHT),
    ("mijn vrouw ligt er 's nachts wakker van, van de schrik dat het iets ergs is", NONE),
    ("'s nachts probeert mijn man de zetel, zijn bed, op zijn zij, niks maakt het minder", NIGHT),
    ("ze probeert 's nachts het bed, de sofa en een warmtekussen, niks maakt het beter", NIGHT),
    ("mijn vader ligt 's nachts op zijn rug, op zijn zij, in de stoel, niets maakt het minder", NIGHT),
    ("s nachts in bed, op de bank, met een kruik, niks, het blijft kloppen tot de ochtend", NIGHT),
    ("I had a fever with a water infection two weeks back, that fever broke weeks ago, all fine", NONE),
    ("ik lig er wakker van uit pure schrik, de pijn zelf is 's nachts weg", NONE),
    ("hij ligt er wakker van van paniek, niet van de pijn", NONE),
    # no night pain: a position only on turning over, the night fine, the day's aids
    ("it only hurts when i turn over in bed, otherwise i sleep fine", NONE),
    ("at night its fine, during the day i try the sofa, a heat pad, nothing helps", NONE),
    ("s nachts slaap ik goed, overdag helpt niks", NONE),
    ("la nuit ça va, je dors bien", NONE),
    # worry keeping one awake
    ("it keeps me awake at night out of fear", NONE),
    ("ça m'empêche de dormir par peur que ce soit grave", NONE),
    ("hij ligt er wakker van, van ongerustheid", NONE),
    ("it keeps him up at night with anxiety", NONE),
    ("je n'en dors plus tellement j'ai peur, pas à cause de la douleur", NONE),
    # a fever over, but a sign now or come back: still a fever
    ("had a fever last week with the flu, it went away but now im getting chills again", FEVER),
    ("the fever was gone for a week but the fever is back since yesterday", FEVER),
    ("vorige week koorts, die was weg maar nu is de koorts terug", FEVER),
    ("de koorts was weg maar ze is terug sinds gisteren", FEVER),
    ("la semaine passée j'avais de la fièvre, elle était partie mais la fièvre est revenue hier", FEVER),
    ("j'ai eu de la fièvre, c'était fini mais ça recommence depuis ce soir", FEVER),
    ("I've had a fever since yesterday and I started again with the shivers", FEVER),
    ("the fever went away last week but I still feel really unwell", FEVER),
    ("de koorts is al lang weg maar ik heb nu koude rillingen", FEVER),
    ("la fièvre est partie depuis longtemps mais j'ai des frissons maintenant", FEVER),
    # a fever over read before as well
    ("Drie weken terug had ik griep met hoge koorts, maar die koorts is al lang weg en ik voel me goed.", NONE),
    ("Two weeks ago I had a fever with a water infection, antibiotics finished, the fever's been gone a week and I'm back to my old self again.", NONE),
    ("j'ai eu de la fièvre il y a deux semaines, la fièvre a disparu depuis dix jours, j'ai repris le sport", NONE),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
