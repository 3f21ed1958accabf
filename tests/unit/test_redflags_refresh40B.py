"""Session 40, round B (issue 12): weight lost without trying, told in simple or broken language with before/after numbers.

Red flag weight_loss was missed when the loss was told as a non-native speaker tells it: the present "i lose kilo(s)" ("me lose
much kilo", "i loose 7 kilo", "i am loosing weight"), the Dutch "ik verlies kilo('s)" ("k verlies veel kilo's", "ik verliezen
kilo", "ik verloor 6 kilo"), the French infinitive "moi perdre kilos", and the weight now told against the one before without
"from ... to": "i was 92 now 83", "before i was 78 kg, now i am 70", "ik was 95 nu 87", "vroeger 81 kilo en nu 74", "'k zat op 90,
nu op 82", "j'etais a 92, maintenant 83", "avant je pesais 70 kilos, maintenant 62".

Changed (the language packs, bot/lang/<code>/redflags.py): WEIGHT_PATTERNS gain a first-person "lose/loose" + a weight (en; not
after "if", "when", "do", "can", "should", "will" ...; not denied), "loosing" + a weight (en, WEIGHT_AS_ACT too), "verlies/
verliezen/verloor" + kilo (nl; not after "als ik", "wil", "moet", "om"; not "geen"), "moi/je perdre" + kilos (fr; not after
"pour", "si"); and each pack's new _WAS_NOW (in WEIGHT_FROM_TO with its "was" and "now" groups, so the engine's _weight_not_down
compares the two numbers, and in WEIGHT_PATTERNS without them): a first-person or weight-named lead ("i was", "i weighed", "my
weight before", "ik was/woog/zat op", "j'etais (a)", "je pesais", "mon poids avant"), or a bare "before/vroeger/avant" with a
weight unit after its number; then the number, "now/nu/maintenant" and the number. A bare number counts only as a body's weight
(40 to 399), and no other unit may follow (minutes, meters, degrees, years ...).

Kept: a weight gained ("i was 70 now 78"), lost on purpose (a diet, sport), a wish, a question or a supposition ("i want to lose
kilos", "if i lose weight", "ik wil kilo's verliezen", "je veux perdre des kilos"), the loss denied, a child's weight, a scale's
number, a pain score (also out of 100), a walking time, kilos lifted; the losses read before stay read.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

W = {"weight_loss": True}
CHANGED = [
    # en: "i lose kilo(s)" in broken English, "i was X now Y", "loosing"
    ("i lose kilo every month and i dont understand, my back is sore", W),
    ("me lose much kilo, i eat same food, lower back hurt", W),
    ("i loose 7 kilo since summer, no diet, back pain bad", W),
    ("i am loosing weight and my back is very painful", W),
    ("my back hurt 3 month, i was 92 now 83, i eat like normal", W),
    ("before i was 78 kg, now i am 70 kg, i dont make diet", W),
    ("i weighed 15 stone and now 13 stone, never tried", W),
    ("my weight before 88 kilo, now only 80, back ache all time", W),
    ("i lose weight, i was at 71, today 64, i eat normal", W),
    # nl: "ik verlies kilo's", "ik was X nu Y", Flemish
    ("ik verlies kilo elke week, ik snap het niet, rug doet pijn", W),
    ("k verlies veel kilo's, ik eet gelijk altijd", W),
    ("ik verloor 6 kilo in 2 maand, geen dieet", W),
    ("ik was 95 nu 87, ik eet gewoon, rugpijn", W),
    ("ik woog 70 kilo, nu nog 63, weet ni waarom", W),
    ("vroeger 81 kilo en nu 74, ik doe niks anders", W),
    ("'k zat op 90, nu op 82, 'k eet lijk altijd", W),
    ("mijn gewicht eerst 77 nu 69, pijn in de onderrug", W),
    ("ik verliezen kilo's, ik weet niet waarom, mijn rug is zeer", W),
    # fr: "j'étais à X maintenant Y", "moi perdre kilos"
    ("j'étais à 92, maintenant 83, je mange normal, mal au dos", W),
    ("avant je pesais 70 kilos, maintenant 62, je fais rien de spécial", W),
    ("moi avant 85 kilo, aujourd'hui 77, pas de régime", W),
    ("je pesais 66 et maintenant je suis à 59, sais pas pourquoi", W),
    ("moi perdre kilos, manger comme avant, dos fait mal", W),
    ("je perdre beaucoup kilo, je comprends pas", W),
    ("au début 79 kg maintenant 72 kg, mal aux reins", W),
    ("mon poids avant 95, maintenant 88, je mange pareil", W),
]
KEPT = [
    # weight gained, not lost
    ("i was 70 now 78, i eat too much", {}),
    ("ik was 76 nu 84, ik eet te veel", {}),
    ("j'étais à 60, maintenant 67 kilos", {}),
    # on purpose
    ("i lose kilos because i do a diet", {}),
    ("i do sport and i lose weight, i was 90 now 82", {}),
    ("ik doe dieet, ik verlies kilo's, ik was 88 nu 80", {}),
    ("ik verlies kilo's door te sporten", {}),
    ("je fais un régime, j'étais à 80, maintenant 74", {}),
    ("moi perdre kilos avec régime", {}),
    # a wish, a question, a supposition
    ("i want to lose kilos for my back", {}),
    ("i need to lose weight, my doctor say", {}),
    ("if i lose weight will my back get better?", {}),
    ("do i lose weight if i walk every day?", {}),
    ("ik wil kilo's verliezen voor mijn rug", {}),
    ("je veux perdre des kilos pour mon dos", {}),
    ("pour moi perdre des kilos c'est dur avec ce dos", {}),
    # denied
    ("i dont lose weight, i eat normal", {}),
    ("i lose no weight at all", {}),
    ("ik verlies geen kilo's", {}),
    # another's weight
    ("my son was 45 now 40, he is sick, my back hurts from carrying him", {}),
    ("mijn dochter woog 50 kilo, nu 44", {}),
    ("ma fille pesait 50 kilos, maintenant 44", {}),
    # a scale, a score, a load, a time
    ("the scale say 84 kilo, my back hurt", {}),
    ("the pain was 8 now 6", {}),
    ("de pijn was 8 nu 6", {}),
    ("la douleur avant 8 maintenant 5", {}),
    ("i lifted 84 kg at the gym and now my back hurts", {}),
    ("i could walk 60 minutes before, now 20 minutes", {}),
    ("i was 50 minutes walking, now 20 minutes", {}),
    ("ik kon 60 minuten wandelen, nu 20", {}),
    ("avant 45 minutes de marche, maintenant 15 minutes", {}),
    ("i weigh 84 kilo now", {}),
    ("ik weeg 84 kilo", {}),
    ("je pèse 84 kilos", {}),
    # a score out of 100, an age
    ("the pain before 80 now 60", {}),
    ("de pijn eerst 80 nu 60", {}),
    ("la douleur avant 80 maintenant 60", {}),
    ("i was 20 now 45 years old when it start", {}),
    # what was read before stays read
    ("i lost 8 kilos without trying", W),
    ("ik ben 8 kilo kwijt zonder dieet", W),
    ("j'ai perdu 8 kilos sans régime", W),
    ("from 84 to 76 kg, no diet", W),
    ("van 84 naar 76 kilo, geen dieet", W),
    ("de 84 à 76 kilos sans régime", W),
]
test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
