"""Session 27, helper R, after the blind refresh scored once: a leg getting weaker, told by what the person notices.
A bare trip with a foot that gets weaker is the weakness's sign, not a fall ("my foot slaps when i walk and this morning i
tripped on the curb"; "... and fell on my back" stays the onset; the Dutch and French trips were already no fall); the legs
lifted less and less, a walk lost within hours ("i can lift my leg less and less", "ik krijg mijn benen steeds moeilijker
omhoog", "j'arrive de moins en moins a lever la jambe", "this morning i could still walk to the loo, now i cant get up at
all"); a foot that flaps in Quebec French ("mon pied droit flappe quand je marche", as "my foot flaps", "mijn voet flapt"); a
neighbour's or a relative's foot drop, the person's own legs told fine ("je trebuche pas", "mes pieds se levent bien",
"ik struikel niet", "my feet lift fine"; "ma voisine a un pied tombant": "a" before an article is "has")."""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

TRAUMA = {"onset": "trauma"}
WORSE = {"leg_weakness": "worsening"}
WORSE_TRAUMA = {"leg_weakness": "worsening", "onset": "trauma"}
BOTH_NUMB = {"both_legs": True, "leg_numbness": True}

CHANGED = [
    # 1. a bare trip with a foot that gets weaker: the weakness's sign, not the onset
    ("my foot slaps when i walk and this morning i tripped on the curb", WORSE),
    ("my foot drags and catches on everything, worse every week, today i tripped on the kerb", WORSE),
    ("my left foot is getting weaker and floppy. yesterday i stumbled on the step outside the shop", WORSE),
    ("my right foot keeps dragging, it gets worse every day. on sunday i tripped over a paving stone", WORSE),
    ("the toes of my left foot catch on the ground more and more, last night i tripped on the stairs", WORSE),
    ("my foot flops down when i walk, getting worse. i stumbled on the kerb going to the bus", WORSE),
    # 2. the legs lifted less and less, a walk lost within hours
    ("i can lift my leg less and less", WORSE),
    ("its getting harder and harder to lift my legs", WORSE),
    ("this morning i could still walk to the loo, now i cant get up at all", WORSE),
    ("a couple of hours ago she could shuffle to the kitchen, now she cant stand", WORSE),
    ("ik krijg mijn benen steeds moeilijker omhoog", WORSE),
    ("mijn benen optillen gaat elke dag slechter", WORSE),
    ("ik kan mijn rechterbeen steeds minder hoog optillen", WORSE),
    ("een half uur geleden kon ik nog naar het toilet stappen, nu lukt rechtstaan niet meer", WORSE),
    ("gisteravond kon ik nog lopen, nu kan ik niet meer opstaan", WORSE),
    ("j'arrive de moins en moins a lever la jambe gauche", WORSE),
    ("j'ai de plus en plus de mal a lever les jambes", WORSE),
    ("ce matin je marchais encore, maintenant je ne peux plus me lever", WORSE),
    ("hier soir il marchait encore, maintenant il arrive plus a se tenir debout", WORSE),
    ("mes deux jambes sont engourdies et j'arrive de moins en moins a les soulever", {**BOTH_NUMB, **WORSE}),
    # 3. a foot that flaps in Quebec French
    ("mon pied droit flappe quand je marche", WORSE),
    ("mon pied gauche flappe sur le plancher", WORSE),
    ("depuis lundi mes pieds flappent a chaque pas", WORSE),
    ("le pied me flappe quand je descends l'escalier", WORSE),
    ("mon pied flappait un peu hier, astheure c'est pire", WORSE),
    ("chu inquiet, mon pied droit flappe pis accroche les marches", WORSE),
    # 4. a neighbour's or a relative's foot drop, the person's own legs told fine
    ("ma voisine a un pied tombant depuis son operation. moi je marche normalement, je trebuche pas", {}),
    ("mon voisin a un pied tombant, il leve le genou tres haut. mes pieds se levent bien", {}),
    ("ma soeur a un pied tombant. moi je trebuche jamais", {}),
    ("ma collegue a une jambe qui lache de plus en plus. je marche normal", {}),
    ("my neighbour has a foot that drags more and more. my feet lift fine, i dont trip", {}),
    ("my neighbour has a foot that drags more and more. i walk normally", {}),
]

KEPT = [
    # 1. a trip that is a fall, a trip with no weak foot, the Dutch and French trips
    ("my foot slaps when i walk and this morning i tripped on the curb and fell on my back", WORSE_TRAUMA),
    ("my foot slaps when i walk. this morning i tripped on the curb and hit my back on the railing", WORSE_TRAUMA),
    ("fell off a ladder last month. my foot drags more and more, today i tripped on the curb", WORSE_TRAUMA),
    ("i tripped on the curb yesterday and now my back hurts", TRAUMA),
    ("tripped on the curb and fell on my back", TRAUMA),
    ("mijn voet sleept steeds meer, vandaag struikelde ik over de stoeprand en viel op mijn rug", WORSE_TRAUMA),
    ("mijn voet sleept en blijft haken, elke dag erger, vandaag struikelde ik over de stoeprand", WORSE),
    ("mon pied traine de plus en plus, aujourd'hui j'ai trebuche sur le trottoir et je suis tombe sur le dos", WORSE_TRAUMA),
    ("mon pied traine et accroche, c'est pire chaque jour, aujourd'hui j'ai trebuche sur le trottoir", WORSE),
    # 2. less and less of something else, a walk lost long ago
    ("i have less and less pain", {}),
    ("last year i could still walk 10 miles, now i cant walk far", {}),
    ("vorig jaar kon ik nog 10 km lopen, nu niet meer", {}),
    ("ik krijg steeds minder pijn", {}),
    ("je dors de moins en moins", {}),
    ("j'ai de moins en moins mal", {}),
    ("i can lift my leg fine", {}),
    # 3. the foot that flaps, other languages; "flappe" not a foot
    ("my foot flaps on the floor when i walk", WORSE),
    ("mijn voet flappert op de vloer", WORSE),
    ("mijn linkervoet flapt bij het lopen", WORSE),
    ("mon pied claque sur le sol, c'est pire chaque jour", WORSE),
    ("le drapeau flappe au vent", {}),
    ("ma sciatique me magane depuis 2 semaines", {}),
    # 4. the person's own sign told after the neighbour's, the relative's sign with no denial, "a" as a verb
    ("ma voisine a un pied tombant depuis sa hernie. et moi je trebuche pas mal depuis lundi", WORSE),
    ("mijn buurman heeft een been dat steeds zwakker wordt. ik struikel wel vaker", WORSE),
    ("my foot drags more and more. i walk normally otherwise", WORSE),
    ("mijn buurvrouw heeft een klapvoet, ze loopt met haar knie hoog. ik loop normaal, mijn voeten komen goed omhoog", {}),
    ("ma femme a remarque que mon pied traine de plus en plus", WORSE),
    ("ma femme a un cancer. moi j'ai mal au dos", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
