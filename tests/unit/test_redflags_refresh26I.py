"""Session 26, helper I, after the blind refresh (en 41, nl 41, fr 27) scored once: falls told in dialect and the bladder
told in dialect.

1. Falls: a slip or a landing told with the bare verb after its subject (Caribbean, West African English: "he slip on the
   wet step", "i land flat on my tailbone"), a relative the message is about named as the family does ("Nan is 88, she ...,
   her back is sore": her fall is the patient's); Drents, Twents and Gronings "evallen" (gevallen), "kukeld", "kukelde"
   (gevallen, viel), "achterwaarks" (achterwerk), the Flemish and Drents "leer" (ladder); the Quebec "plantee" ("j'ai pris
   une plantee sur la glace"). Kept: "if i slip on the ice", "she land on her feet", a relative's fall with nothing of their
   back, "de leer" that is leather or learning, "une plante" (a house plant).
2. The bladder: no urge a whole day, told with "needed" ("i havent needed a wee all day", Scots "no needed"; a short time is
   no sign: "since my coffee"); a doubt whether the urge is felt, the subject after the doubt ("sinds gisteren twijfel ik of
   ik wel voel dat ik moet plassen", "niet zeker" counts as yes); Quebec "de la misere a", Swiss and Belgian "de la peine a"
   ("j'ai de la misere a uriner"). Kept: "de la peine" that is sorrow, a struggle that is not the bladder's, a doubt about
   something else.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

TRAUMA = {"onset": "trauma"}
BLADDER = {"bladder_bowel": True}

CHANGED = [
    # 1. falls in dialect
    ("he slip on the wet step Tuesday and now his back is bad", TRAUMA),
    ("mi slip pon di tile floor yesterday", TRAUMA),
    ("she slip in the shower this morning, her back hurting bad", TRAUMA),
    ("she land hard on her back when she fall", TRAUMA),
    ("he land flat on his tailbone", TRAUMA),
    ("Nan is 88, she fell off a chair last week and since then her back is sore", TRAUMA),
    ("Dad is 79, he slip on the stairs, his lower back hurting him", TRAUMA),
    ("ik ben van de lere af gevallen", TRAUMA),
    ("ik bin van de trap evallen", TRAUMA),
    ("hij is van het dak evallen", TRAUMA),
    ("ik ben gisteren van de stoel kukeld", TRAUMA),
    ("zij kukelde van de trap, nu rugpijn", TRAUMA),
    ("j'ai pris une plantée sur la glace hier", TRAUMA),
    ("mangé une maudite plantée dans l'escalier", TRAUMA),
    ("j'ai pogné une plantée en ski", TRAUMA),
    ("je me suis pris une plantée en sortant du char", TRAUMA),
    ("ma mère a pris une bonne plantée dans les marches, elle a mal au dos", TRAUMA),
    # 2. the bladder
    ("I haven't needed a wee all day", BLADDER),
    ("I've not needed the toilet the whole day which is strange", BLADDER),
    ("havent needed to go for a pee since I got up yesterday", BLADDER),
    ("didn't need the toilet all day", BLADDER),
    ("ik weet niet zeker of ik aandrang had vandaag", BLADDER),
    ("sinds gisteren twijfel ik of ik wel voel dat ik moet plassen", BLADDER),
    ("ik twijfel of ik nog aandrang voel", BLADDER),
    ("sinds vanochtend twijfel ik of ik nog goed merk wanneer ik moet plassen", BLADDER),
    ("j'ai de la misère à uriner depuis hier", BLADDER),
    ("j'ai bien de la peine à faire pipi", BLADDER),
    ("j'avais de la misère à vider ma vessie ce matin", BLADDER),
    ("j'ai beaucoup de peine à uriner depuis mardi", BLADDER),
]

KEPT = [
    # 1. falls: the neighbours
    ("if i slip on the ice again i will be in trouble", {}),
    ("im scared i slip on the stairs", {}),
    ("she land on her feet", {}),
    ("he land on his feet luckily", {}),
    ("my granny slip on the ice, she cyah walk good", {}),
    ("she slipped on the ice and landed on her bum", TRAUMA),
    ("he fell off the ladder last week", TRAUMA),
    ("ik heb een jas van leer gekocht", {}),
    ("mijn dochter zit op de leer van de school", {}),
    ("ik ben van de ladder gevallen", TRAUMA),
    ("ik ben 5 kilo afgevallen zonder dieet", {"weight_loss": True}),
    ("ik lig plat op mijn rug in bed", {}),
    ("j'ai pris une plante verte pour le salon", {}),
    ("j'ai acheté une plante et je l'ai plantée dans le jardin", {}),
    ("je suis tombée de l'échelle", TRAUMA),
    ("j'ai fait une chute dans l'escalier", TRAUMA),
    # 2. the bladder: the neighbours
    ("I haven't needed a pee since I had my coffee", {}),
    ("the kids havent needed the toilet all day", {}),
    ("I needed a wee all day", {}),
    ("no need to go to the doctor i think", {}),
    ("ik twijfel of ik naar de dokter moet gaan", {}),
    ("ik weet niet zeker of ik morgen kan werken", {}),
    ("ik voel goed wanneer ik moet plassen", {}),
    ("ik heb de hele dag geen aandrang gehad", BLADDER),
    ("j'ai de la peine pour mon frère", {}),
    ("j'ai de la misère à marcher depuis lundi", {}),
    ("j'ai de la misère à dormir", {}),
    ("j'ai du mal à uriner", BLADDER),
    ("je sens bien quand je dois faire pipi", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
