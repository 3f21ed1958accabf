"""Session 22, after refresh 33 was scored once: a negation's scope goes on over a list, so the second intent word of
"not doing any diet or gym" is denied too and the weight lost without trying is a red flag ("je fais pas du tout de
régime ou de sport"; Dutch lists were read already). Other phrasings than the blind message; intent told without a negation
(or told after "but") stays weight lost on purpose."""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

WEIGHT = {"weight_loss": True}

CHANGED = [
    ("my weight has come down by 6 kg, I am not doing any diet or gym", WEIGHT),
    ("lost 6 kg and i am not doing any diet or gym", WEIGHT),
    ("my weight has dropped 5 kilos, im not doing any dieting or exercise", WEIGHT),
    ("weight down 4 kg, not doing any fasting or calorie counting", WEIGHT),
    ("lost half a stone, havent been doing any diet or running", WEIGHT),
    ("j'ai perdu 6 kilos et je fais pas du tout de régime ou de sport", WEIGHT),
]
KEPT = [
    # read already: the negation close enough, or Dutch "zonder"/"geen" lists
    ("lost 6 kg, no diet or gym, eating the same", WEIGHT),
    ("down 5 kilos and im not on a diet or exercising more", WEIGHT),
    ("6 kilo kwijt, ik doe geen dieet of sportschool", WEIGHT),
    ("ik ben 5 kilo afgevallen zonder dieet of sporten", WEIGHT),
    ("ben 5 kilo afgevallen, ik doe niet aan diëten of fitness", WEIGHT),
    ("j'ai perdu 6 kilos, je fais pas de régime ou de sport", WEIGHT),
    ("j'ai maigri de 5 kilos sans régime ni sport", WEIGHT),
    ("lost 6kg from the gym or dieting", {}),
    ("ik ben 6 kilo kwijt door sporten of dieet", {}),
    ("j'ai perdu 6 kilos grâce au régime ou au sport", {}),
    ("lost 6 kg, not on a diet", WEIGHT),
    ("i lost 6 kg on a diet", {}),
    ("6 kilo kwijt, bewust, ik doe aan sport", {}),
    ("lost 6 kg, no diet, but gym 4x a week", WEIGHT),
]


test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
