"""Session 38, round H (issue 12): a message typed for a relative whose signs were read as the relative's, not the patient's.

1. A relative named with a sign of the cauda equina or the legs' nerves now, the writer telling nothing of their own: "my
   father has pins and needles in both legs", "mon mari dit que ses deux jambes sont devenues faibles", "ons moeder kan haar
   plas niet meer ophouden" read no flag in a first message. This is a back-pain check and the safe side is the flag: the
   relative is the patient, for those signs only. Changed: bot/reading/redflags.py _relative_sign_now (read in
   _find_red_flags: only the slots of _SIGN_NOW_SLOTS are added, saddle, bladder and bowel, both legs, leg numbness and
   weakness) reading the packs' new PROXY_SIGN (the opening: owner, relative, age), PROXY_SIGN_SAID ("says", "zegt dat", "dit
   que"), PROXY_SIGN_PAST (the relative's past, death or cure: then nothing changes) and PROXY_SIGN_PRONOUNS (the Dutch "ze",
   the French "elle", read as the patient's here only).
2. Dialect and other openings that say the message is typed for someone were not known, so "he" stayed a third person and
   the relative's weight loss was lost: Limburgish and Flemish "ich vraog 't veur mien man", "k vroag het vo ozze pa", "ik
   vraag het voor os pap" (the nl pack's PROXY: "os", "oos" = ons, "vraog", "vroag", "stel de vraag"), English "posting this
   for my dad", "a question for my husband: he ..." (en PROXY), French "je pose la question pour mon pere", "je me renseigne
   pour mon mari" (fr PROXY).

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
    # en: a relative with a sign of the nerves now, the writer telling nothing of their own
    ("my father has pins and needles in both legs since monday", NUMB2),
    ("my mum can't feel her bottom when she wipes", S),
    ("my husband says both his legs have gone weak", WEAK2),
    ("my son can't hold his pee since yesterday", B),
    ("my brother 45 can't feel anything around his back passage", S),
    ("my partner says her legs are both numb from the knees down", NUMB2),
    ("my grandad can't control his bowels anymore", B),
    ("my daughter has no feeling in her saddle area since last night", S),
    # en: other openings typed for someone
    ("posting this for my dad, he has lost 9 kilos without trying", W),
    ("a question for my husband: he has lost 10 kilos without dieting", W),
    ("i'm posting this for my husband, he has lost 8 kilos without dieting and his back aches", W),
    # nl (Flemish "ons moeder", "mijne pa")
    ("mijn vader heeft sinds gisteren beide benen gevoelloos", NUMB2),
    ("ons moeder kan haar plas niet meer ophouden", B),
    ("mijn man voelt niks meer rond zijn achterste", S),
    ("mijn zoon kan zijn ontlasting niet meer ophouden", B),
    ("mijn vrouw heeft allebei haar benen doof", NUMB2),
    ("onze pa kan zijn urine niet meer houden sinds vanmorgen", B),
    ("mijn schoonmoeder kan haar plas niet meer ophouden", B),
    ("mijne pa kan zijn plas niet meer ophouden", B),
    # nl: dialect openings typed for someone (Limburgish, Flemish)
    ("ich vraog 't veur mien man, hae is 8 kilo kwiet zonder diëet", W),
    ("k vroag het vo ozze pa, hij is 10 kilo kwijt zonder dieet", W),
    ("ik vraag het voor os pap, hij kan niet meer plassen", B),
    # fr
    ("mon mari dit que ses deux jambes sont devenues faibles", WEAK2),
    ("ma mère n'arrive plus à retenir ses urines", B),
    ("ma femme dit qu'elle ne sent plus ses fesses", S),
    ("mon frère a les jambes qui le lâchent toutes les deux", WEAK2),
    ("ma fille a fait pipi sur elle sans s'en rendre compte", B),
    ("ma mère dit qu'elle ne peut plus retenir ses selles", B),
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
