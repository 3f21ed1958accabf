"""Session 42, round D (issue 12): a missed weight loss.

Weight lost without trying, the usual reason denied by a comparison with before told after it, was read as lost on purpose:
"lost 5 kg since march, exercise no more than usual", "6 kilo kwijt, ik sport niet meer dan normaal", "j'ai maigri de 5 kilos,
le sport pas plus qu'avant". The cue (sport, exercise, gym, a diet) counted as the reason; its negation was only looked for
before it. Changed: bot/reading/redflags.py _intent_in (_denied_after): a cue followed, a few words between that name no cue of
their own, by the packs' new INTENT_DENIED_AFTER (en "no more ... than usual", "the same as always"; nl "niet meer dan anders",
"zoals altijd"; fr "pas plus qu'avant", "comme d'hab") is no intent; every other cue of the sentence still counts.

Kept: the loss told on purpose or through more sport or a diet ("more exercise than usual", "ik sport meer dan vroeger", "je
fais plus de sport qu'avant", "exprès"), a diet capped by a number ("no more than 1200 calories a day": a comparison with no
before), a diet told beside the denied sport ("on a diet and sport no more than usual"), the loss without trying (the sign).
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

W = {"weight_loss": True}
CHANGED = [
    ("lost 5 kg since march, exercise no more than usual", W),
    ("lost half a stone, sport no more than normal", W),
    ("dropped 7 kilos, gym the same as always, not more", W),
    ("my trousers are loose, 5 kilos gone, exercise the same as ever", W),
    ("5 kilo lichter, sport niet meer dan anders", W),
    ("6 kilo kwijt, ik sport niet meer dan normaal", W),
    ("ik ben 6 kilo vermagerd, sporten doe ik niet meer dan anders", W),
    ("ik ben 7 kilo afgevallen en ik sport niet meer dan vroeger", W),
    ("'k zijn 6 kilo kwijt, ik sport nie meer dan anders", W),
    ("ik ben 5 kilo afgevallen sinds de zomer, de fitness zoals altijd", W),
    ("j'ai maigri de 5 kilos, le sport pas plus qu'avant", W),
    ("j'ai perdu 5 kilos, je fais du sport pas plus que d'habitude", W),
    ("j'ai perdu 5 kilos, du sport oui mais pas plus qu'avant", W),
    ("j'ai perdu 5 kilos, sport pas plus que d'hab", W),
    ("j'ai perdu 7 kilos depuis l'été, la muscu comme d'habitude", W),
    ("6 kilos en moins, le sport pareil qu'avant", W),
]
KEPT = [
    ("lost 6 kilos, i'm doing more exercise than usual", {}),
    ("lost 5 kg on purpose", {}),
    ("lost 5 kg on a diet, no more than 1200 calories a day", {}),
    ("lost 6 kilos, on a diet and sport no more than usual", {}),
    ("i've lost 6 kilos without trying", W),
    ("down 6 kilos since christmas, cycling no more than i used to", W),
    ("lost 8 kg in two months, football no more often than before", W),
    ("ik ben 5 kilo afgevallen, ik sport meer dan vroeger", {}),
    ("ik ben bewust 5 kilo afgevallen", {}),
    ("ik ben 5 kilo afgevallen met een dieet, niet meer dan 1200 calorieen", {}),
    ("ik ben 6 kilo afgevallen door het dieet, sport niet meer dan anders", {}),
    ("ik ben 6 kilo afgevallen zonder dat ik er iets voor doe", W),
    ("j'ai perdu 5 kilos, je fais plus de sport qu'avant", {}),
    ("j'ai perdu 6 kilos exprès", {}),
    ("j'ai perdu 5 kilos avec un régime, pas plus de 1200 calories", {}),
    ("j'ai perdu 6 kilos, régime et sport pas plus qu'avant", {}),
    ("j'ai perdu 6 kilos sans le vouloir", W),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
