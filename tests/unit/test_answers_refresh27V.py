"""Session 27 (helper V), after the fresh sets 43b/29b were scored once: four kinds of answer misses, fixed as kinds in
en, nl and fr, in other words than the blind messages.

1. leg_pain: standing told with the feet ("on my feet all day", "sta uren op mijn voeten", "je reste sur mes pieds
   toute la journée") is no pain in the feet: masked before the level is read (pack ON_FEET). Feet that hurt, or pain
   that goes down to the feet, still read below the knee.
2. night_pain: woken in one position, eased in another and asleep again ("if I roll over it settles and I drift back
   off", "als ik me omdraai trekt het weg", "quand je me tourne ça se calme et je me rendors"): no red flag, and nothing
   to ask (pack NIGHT_EASED, with NIGHT_POSITION). Easing denied ("it never settles", "zakt het niet", "ça ne passe
   pas", "je n'arrive pas à me rendormir") or pain in every position still asks or reads yes.
3. leg_weakness: the heel and toe walk done and fine ("I can stand on my heels and tiptoes", "op mijn hielen staan gaat
   prima", "je marche sur les talons"), the legs doing as told, strength told: none (pack WEAKNESS_DONE), unless a
   weakness is told as well.
4. leg_weakness: the leg giving way denied as a cause ("slow, but not cos my knee gives out", "niet omdat mijn knie
   het begeeft", "pas parce que mon genou flanche"): masked, none (pack WEAKNESS_NOT_CAUSE). A leg that gives way,
   told, still reads worsening.
"""
from datetime import date

from bot.reading.answers import parse_answer
from tests.support.reading_round import reading_round

TODAY = date(2026, 12, 1)

CHANGED = [
    # 1. standing on the feet
    (("leg_pain", "legs feel ok, I'm a nurse so I'm on my feet for 12 hours"), "none"),
    (("leg_pain", "only my back, been on my feet all shift"), "none"),
    (("leg_pain", "nope just the low back, I work shifts on me feet in a warehouse"), "none"),
    (("leg_pain", "alleen mijn rug, ik sta in de bakkerij de hele ochtend op mijn voeten"), "none"),
    (("leg_pain", "mijn benen zijn in orde, ik moet lang op m'n voeten staan op het werk"), "none"),
    (("leg_pain", "seulement le dos, je suis sur mes pieds toute la journée au magasin"), "none"),
    (("leg_pain", "les jambes vont bien, des journées entières sur les pieds"), "none"),
    # 2. night pain eased by a change of position
    (("night_pain", "sometimes it wakes me lying on my front, then I turn on my side and it eases off and I drift back off"), False),
    (("night_pain", "wakes me if I lie on my back too long, I shift position and it calms down, I go back to sleep"), False),
    (("night_pain", "soms word ik wakker op mijn buik, dan draai ik me om en trekt het weg"), False),
    (("night_pain", "ik word wel eens wakker als ik op mijn zij lig, even draaien en ik val weer in slaap"), False),
    (("night_pain", "parfois ça me réveille couché sur le ventre, je me retourne et ça se calme"), False),
    (("night_pain", "ça me réveille sur le côté droit, je change de position et je me rendors sans souci"), False),
    # 3. the heel and toe walk done, legs doing as told
    (("leg_weakness", "I can stand on my heels and my tiptoes, the back is the issue"), "none"),
    (("leg_weakness", "I can still get up on my tippy toes, my legs do as they should"), "none"),
    (("leg_weakness", "my legs do whatever I want them to, it's the back"), "none"),
    (("leg_weakness", "op de tenen lopen lukt en op de hielen ook"), "none"),
    (("leg_weakness", "ik kan gewoon op mijn hakken, ze doen hun werk"), "none"),
    (("leg_weakness", "je marche sur les talons sans problème"), "none"),
    (("leg_weakness", "mes jambes obéissent, c'est le dos qui coince"), "none"),
    # 4. the leg giving way denied as a cause
    (("leg_weakness", "I'm slow on the stairs but not cos my knee gives out, it's the back"), "none"),
    (("leg_weakness", "walking is slow, not because my legs give way"), "none"),
    (("leg_weakness", "ik loop traag, maar niet omdat mijn knie het begeeft"), "none"),
    (("leg_weakness", "ik stap trager, niet doordat mijn benen wegzakken, de rug doet pijn"), "none"),
    (("leg_weakness", "je marche doucement, pas parce que mon genou flanche"), "none"),
    (("leg_weakness", "je monte lentement, pas à cause que ma jambe cède"), "none"),
]

KEPT = [
    # 1.
    (("leg_pain", "my feet hurt, I'm on my feet all day"), "below_knee"),
    (("leg_pain", "it shoots down to my feet"), "below_knee"),
    (("leg_pain", "mijn voeten doen pijn van het staan"), "below_knee"),
    (("leg_pain", "het trekt door tot in mijn voeten"), "below_knee"),
    (("leg_pain", "ça descend jusqu'aux pieds"), "below_knee"),
    (("leg_pain", "j'ai mal aux pieds"), "below_knee"),
    (("leg_pain", "no, legs are fine"), "none"),
    # 2.
    (("night_pain", "it wakes me when I turn over and even on my back it never settles"), None),
    (("night_pain", "wakes me every night whatever position I lie in"), True),
    (("night_pain", "ik word wakker als ik op mijn rug lig en als ik draai zakt het niet"), None),
    (("night_pain", "ik lig de hele nacht wakker, welke houding ook"), True),
    (("night_pain", "sur le côté ça ne passe pas, je n'arrive pas à me rendormir"), None),
    (("night_pain", "ça me réveille toute la nuit, peu importe la position"), True),
    (("night_pain", "no, only when I turn over"), False),
    # 3.
    (("leg_weakness", "my leg is a bit weak but I can stand on my heels"), None),
    (("leg_weakness", "can't walk on my heels any more"), "worsening"),
    (("leg_weakness", "op mijn hakken lopen lukt niet"), "worsening"),
    (("leg_weakness", "mijn been is wat zwak, maar ik kan op mijn hakken staan"), None),
    (("leg_weakness", "je n'arrive plus à marcher sur les talons"), "worsening"),
    (("leg_weakness", "tried walking on heels and toes, both fine"), "none"),
    (("leg_weakness", "op mijn hielen staan gaat prima en op de tenen ook"), "none"),
    (("leg_weakness", "ma jambe est un peu faible mais je marche sur les pointes"), None),
    # 4.
    (("leg_weakness", "my leg gives way sometimes"), "worsening"),
    (("leg_weakness", "my leg is a bit weak but not because it gives way"), None),
    (("leg_weakness", "mijn been begeeft het soms"), "worsening"),
    (("leg_weakness", "ma jambe lâche de temps en temps"), "worsening"),
    (("leg_weakness", "mes genoux lâchent de plus en plus"), "worsening"),
    (("leg_weakness", "nee, lopen op mijn hakken gaat prima, geen been dat het begeeft"), "none"),
]

test_changed, test_kept = reading_round(lambda case: parse_answer(case[0], case[1], TODAY), CHANGED, KEPT)
