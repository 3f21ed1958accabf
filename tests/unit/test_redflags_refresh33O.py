"""Session 33, round O (the lead): weight lost on purpose, said so two sentences later.

A blind message told a weight loss, then the back pain in a sentence of its own, then "the weight loss is 100% on
purpose": round 33E joins such a sentence only to the sentence right before it, so the loss stayed a red flag. Now a
sentence that names the weight loss again (the packs' WEIGHT_TOLD_AGAIN) and says it was meant (WEIGHT_PURPOSE) takes up
a loss told up to two sentences back (bot/reading/redflags.py _purpose_owner); a bare "that is on purpose" / "c'est
voulu" still only takes up the sentence right before it. A negation keeps the loss.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

WEIGHT = {"weight_loss": True}
CHANGED = [
    ("dropped 12 kilos since march. my lower back went when i moved the sofa. the weight loss is fully on purpose", {}),
    ("down 9 kg since the summer. back has been sore for a week now. the weight loss is all on purpose", {}),
    ("i lost about 8 kilos this year. the back pain started on monday. that weight loss was on purpose", {}),
    ("ik ben 9 kilo kwijt sinds de zomer. mijn rug doet pijn sinds het verhuizen. dat afvallen is helemaal bewust", {}),
    ("ik ben 6 kilo afgevallen dit jaar. sinds dinsdag heb ik rugpijn. het afvallen is bewust", {}),
    ("j'ai perdu 8 kilos depuis l'ete. j'ai mal au dos depuis lundi. cette perte de poids est voulue", {}),
]
KEPT = [
    ("lost 14 kilos since june. the weight loss is 100% on purpose", {}),
    ("lost 14 kilos since june. my back aches. that was not on purpose", WEIGHT),
    ("j'ai perdu 8 kilos depuis l'ete. j'ai mal au dos depuis lundi. c'est voulu", WEIGHT),
    ("lost 10 kilos without trying. my back aches. my legs ache. the weight loss is on purpose", WEIGHT),
    ("ik ben 7 kilo kwijt zonder dieet. mijn rug doet pijn. het afvallen is niet bewust", WEIGHT),
    ("ik ben 7 kilo kwijt. dat is de bedoeling", {}),
]
test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
