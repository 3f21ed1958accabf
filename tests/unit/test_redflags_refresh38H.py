"""Session 38, round H (issue 12): a message typed for a relative whose signs were read as the relative's, not the patient's.

(Its first part, a relative named with a nerve sign now read as the patient's ("my father has pins and needles in both
legs"), was taken out while landing: it reversed 44 older kept readings, the house reading a relative's own sign as the
relative's, "my son peed in his bed", "ma soeur a des fuites urinaires", "my husband noticed his trousers were wet".)
Changed: dialect and other openings that say the message is typed for someone were not known, so "he" stayed a third person
and the relative's weight loss was lost: Limburgish and Flemish "ich vraog 't veur mien man", "k vroag het vo ozze pa", "ik
vraag het voor os pap" (the nl pack's PROXY: "os", "oos" = ons, "vraog", "vroag", "stel de vraag"), English "posting this for
my dad", "a question for my husband: he ..." (en PROXY), French "je pose la question pour mon pere", "je me renseigne pour mon
mari" (fr PROXY).

Kept: a relative's own fever, fall, weight or cancer stay the relative's ("my son has a fever", "mijn dochter heeft
koorts", "mon pere a de la fievre"); the writer's own back told with a relative's sign; a sign denied; one leg only; the
relative's past ("years ago", "vroeger", "autrefois"), death or cure; a neighbour; the openings already known.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

B = {"bladder_bowel": True}
S = {"saddle_numbness": True}
W = {"weight_loss": True}
NUMB2 = {"both_legs": True, "leg_numbness": True}
WEAK2 = {"both_legs": True, "leg_weakness": "worsening"}
CHANGED = [
    # en: other openings typed for someone
    ("posting this for my dad, he has lost 9 kilos without trying", W),
    ("a question for my husband: he has lost 10 kilos without dieting", W),
    ("i'm posting this for my husband, he has lost 8 kilos without dieting and his back aches", W),
    # nl: dialect openings typed for someone (Limburgish, Flemish)
    ("ich vraog 't veur mien man, hae is 8 kilo kwiet zonder diëet", W),
    ("k vroag het vo ozze pa, hij is 10 kilo kwijt zonder dieet", W),
    ("ik vraag het voor os pap, hij kan niet meer plassen", B),
    # fr
    ("je pose la question pour mon père, il ne sent plus ses fesses", S),
    ("je me renseigne pour mon mari, il ne peut plus retenir ses urines", B),
]
KEPT = [
    # a relative's own fever, fall, weight, cancer: the relative's
    ("my son has a fever", {}),
    ("my wife fell down the stairs", {}),
    ("my husband has lost a lot of weight", {}),
    ("my dad has had a fever for three days", {}),
    ("my mum had breast cancer", {}),
    ("mijn man is gevallen", {}),
    ("mijn dochter heeft koorts", {}),
    ("mon père a de la fièvre", {}),
    ("ma mère a perdu du poids", {}),
    ("ma mère a eu un cancer du sein", {}),
    ("mon mari est tombé dans l'escalier", {}),
    # the writer's own back told; a neighbour; a sign denied; one leg; the past, a death, a cure
    ("my neighbour couldnt hold his bladder after his op, i just have back pain", {}),
    ("my wife cant feel her legs properly and my back hurts", {}),
    ("my dad can feel everything fine down there", {}),
    ("my husband can pee fine, no problems there", {}),
    ("my mum has numbness in her left leg", {}),
    ("my dad had numbness in both legs years ago", {}),
    ("my dad lost control of his bladder before he passed away", {}),
    ("my uncle couldn't feel his legs before he died", {}),
    ("my dad had cauda equina, he couldnt pee, but hes cured now", {}),
    ("mijn buurman kon zijn plas niet ophouden na zijn operatie, ik heb gewoon rugpijn", {}),
    ("mijn vrouw heeft geen problemen met plassen", {}),
    ("mijn vader heeft tintelingen in zijn linkervoet", {}),
    ("mijn moeder had vroeger doofheid in beide benen", {}),
    ("mijn vader kon zijn plas niet ophouden, maar hij is genezen", {}),
    ("mijn opa kon zijn plas niet meer ophouden voor hij overleed", {}),
    ("mon père sent tout normalement en bas", {}),
    ("ma femme a des fourmis dans le pied gauche", {}),
    ("mon père avait les jambes engourdies autrefois", {}),
    ("mon grand père ne retenait plus ses urines avant son décès", {}),
    # already read: the relative's sign, openings already known
    ("my wife has wet herself twice today and didn't notice", B),
    ("hi, my mum is numb between her legs since this morning", S),
    ("writing on behalf of my mum, she has lost 8 kilos without trying", W),
    ("enquiring on behalf of my mum, she has dropped 8 kilos without trying", W),
    ("mijn moeder zegt dat ze haar poep niet meer voelt", S),
    ("ik stel de vraag voor mijn vader, hij is 9 kilo afgevallen zonder dieet", W),
    ("ich sjrief veur oos mam, zie is 9 kilo kwiet zonder diëet", W),
    ("mon fils ne sent plus rien entre les jambes", S),
    ("mon compagnon ne sent plus rien autour de l'anus", S),
    ("ma soeur a les deux jambes qui fourmillent depuis ce matin", NUMB2),
    ("je vous écris au sujet de mon père, il a perdu 9 kilos sans régime", W),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
