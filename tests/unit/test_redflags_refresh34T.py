"""Session 34, round T (issue 12): a relative's fall told in Caribbean English (trauma missed), and a false bladder.

1. A message typed for a relative who is named BEFORE the writing verb ("for my mum i am writing", "is for my granny i
   writing", "voor mijn vader stel ik de vraag"): the opener was not read, so the relative's fall stayed someone else's.
   Changed: an en PROXY entry (the relative after "for"/"fi", a writing, typing or asking verb of the writer's after it) and
   an nl PROXY entry ("voor/namens mijn ... schrijf/typ/vraag/stel ik"). French already read "c'est pour ma mere que
   j'ecris" (kept).
2. A step, the kerb or the footing missed, then sat down hard ("missed a step and sat down hard", "ik miste de laatste trede
   en ging hard op mijn achterste zitten", "ik miste de tree en plofte op mijn kont", "j'ai rate la marche et je me suis
   assise lourdement"): no landing word, so no fall was read. Changed: TRAUMA_PATTERNS in en, nl, fr (a missed step then
   sat/plonked/came down hard; ging ... zitten, plofte; assis(e) lourdement/brutalement/par terre), not "nearly"/"bijna"/
   "presque" missed.
3. A slide off a seat told in Caribbean English ("slide off di stool an land pon mi backside", "she land pon she bottom"):
   the en TRAUMA_PATTERNS Caribbean slip-then-land entry now takes slide/slid, and the landing's owner "she" (and the
   "i" a proxy puts for it). Plain "slid off the chair and landed on my bum" and nl/fr forms already read (kept).
4. A false bladder_bowel from a thing whose name starts with the Dutch pee word ("plastic", "plastiek", "plastique",
   "plasma", "plaster") next to a trouble word ("cant get up"): the nl NET_BLADDER "plas\\w*" read it as the bladder.
   Changed: NET_BLADDER skips plasti-, plasma-, plaster(s). Kept: "ik kan mijn plas niet ophouden", "het plassen lukt niet".
Kept: "nearly missed the step but caught the rail", "sat down hard on the sofa", "slid the chair closer", a fall long ago
with no pain after, "she says is nothing" after a fall, a relative's fall told by the patient about their own back.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

CHANGED = [
    ('for my mum i am writing. she missed the bottom step and landed on her backside, now her back is bad', {'onset': 'trauma'}),
    ('hi, for my grandmother i am typing this. she fell in the garden yesterday and her back hurts', {'onset': 'trauma'}),
    ('is for my granny i writing, she fall off the bed on friday and the back hurting she since', {'onset': 'trauma'}),
    ('for my husband i am writing, he fell off a ladder last week and his lower back is agony', {'onset': 'trauma'}),
    ('voor mijn vader stel ik de vraag, hij is van de ladder gevallen en zijn rug doet pijn', {'onset': 'trauma'}),
    ('voor ons pa typ ik dit, hij is vorige week gevallen op het ijs en nu heeft hij rugpijn', {'onset': 'trauma'}),
    ('missed a step on the porch and sat down hard, back has been sore since', {'onset': 'trauma'}),
    ('i missed my footing on the stairs and sat down heavily on my bottom', {'onset': 'trauma'}),
    ('missed the kerb and sat down hard right on my tailbone', {'onset': 'trauma'}),
    ('i missed my footing on the last stair and plonked down hard on my backside', {'onset': 'trauma'}),
    ('missed the step into the garden and came down hard, my lower back is killing me', {'onset': 'trauma'}),
    ('ik miste de laatste trede en ging hard op mijn achterste zitten', {'onset': 'trauma'}),
    ('ik miste de onderste tree en plofte hard op mijn kont', {'onset': 'trauma'}),
    ('ik mis een stap op de trap en plofte neer, sindsdien rugpijn', {'onset': 'trauma'}),
    ('ik miste de stoeprand en ging hard op mijn billen zitten', {'onset': 'trauma'}),
    ("elle a loupé la dernière marche et s'est assise brutalement par terre", {'onset': 'trauma'}),
    ("j'ai raté une marche et je me suis assise lourdement sur les fesses", {'onset': 'trauma'}),
    ("loupé une marche dans l'escalier, assise durement sur le derrière, depuis mal au dos", {'onset': 'trauma'}),
    ("j'ai manqué une marche en sortant et je me suis assis violemment par terre", {'onset': 'trauma'}),
    ('i slide off the chair an land pon mi bottom, back hurt bad', {'onset': 'trauma'}),
    ('me slide off di stool an land pon mi backside yesterday', {'onset': 'trauma'}),
    ('writing for my granny. she slide off the bench an land hard pon she bottom', {'onset': 'trauma'}),
    ('mi slide off di step an land pon mi back', {'onset': 'trauma'}),
    ('writing for my mother. she slide off the bed an drop down on she backside, now she cant get up', {'onset': 'trauma'}),
    ('ik zat op een plastic stoel en kon niet opstaan', {}),
    ('de plastiek stoel brak niet maar ik kon niet meer recht', {}),
    ('the plastic chair was low and i cant get up', {}),
    ('i sat in a plastic chair and now i cant straighten', {}),
    ('la chaise en plastique etait basse, je ne peux plus me redresser', {}),
    ('ik kan niet meer op die plastiek stoelen zitten', {}),
    ('mijn plasma waarden waren niet goed', {}),
    ('de plastieken zak was lastig te tillen en nu rugpijn', {}),
    ('ik heb moeite met opstaan uit de plastic tuinstoel', {}),
    ('i fell off a plastic stool and now i cant stand straight', {'onset': 'trauma'}),
    ('the plaster on my back wont stick', {}),
    ("j'ai du mal à me lever de la chaise en plastique", {}),
    ('je ne peux plus soulever les caisses en plastique', {}),
    ("je suis tombée d'une chaise en plastique et je ne peux plus me relever", {'onset': 'trauma'}),
    ('the plastic garden chair collapsed, now i cant bend', {}),
    ('mi cyaan get up off di plastic chair', {}),
    ('ik zat op een plastic stoel en kon daarna niet goed rechtop staan', {}),
    ('she land pon she backside yesterday', {'onset': 'trauma'}),
]
KEPT = [
    ('i nearly missed the step but caught the rail', {}),
    ('i sat down hard on the sofa after work and my back twinged', {}),
    ('i slid the chair closer to the desk and my back started aching', {}),
    ('i fell years ago and had no pain after, this back pain started slowly', {}),
    ('she says is nothing, she fell yesterday', {'onset': 'trauma'}),
    ('my gran slid off her chair and landed on her bottom, my own back aches from lifting her', {}),
    ('ik ging hard op de bank zitten en voelde mijn rug', {}),
    ('ik miste bijna de trede maar hield me vast aan de leuning', {}),
    ("je me suis assise lourdement sur le canapé et j'ai mal au dos", {}),
    ("j'ai failli rater la marche mais je me suis rattrapée", {}),
    ('my back hurts after sitting on a plastic chair all day', {}),
    ('i sat on the plaster cast bench at the hospital, my back aches', {}),
    ("j'ai une chaise en plastique dure au bureau, j'ai mal au dos", {}),
    ('ik kan mijn plas niet ophouden', {'bladder_bowel': True}),
    ('i cant hold my pee since yesterday', {'bladder_bowel': True}),
    ("je n'arrive plus à faire pipi", {'bladder_bowel': True}),
    ('het plassen lukt niet meer', {'bladder_bowel': True}),
    ('my plasma results were fine, my back still hurts', {}),
    ('for my own sake i am writing this down: back pain since monday', {}),
    ('writing for my mum, she had breast cancer 3 years ago and now back pain', {'cancer_history': True}),
    ('ik miste de bus en moest hard lopen, nu rugpijn', {}),
    ('i missed the bus and had to run, now back pain', {}),
    ("j'ai raté le bus et j'ai couru, depuis mal au dos", {}),
    ('she slipped on the ice and fell on her back. she is my neighbour, i help her', {}),
    ('i slipped off the stool and landed hard on my bottom', {'onset': 'trauma'}),
    ('ik ben van de stoel gegleden en op mijn achterwerk geland', {'onset': 'trauma'}),
    ('je suis glissée de la chaise et tombée sur les fesses', {'onset': 'trauma'}),
    ("j'ai raté la dernière marche et je suis tombée assise", {'onset': 'trauma'}),
    ('ik miste de laatste trede en viel op mijn achterwerk', {'onset': 'trauma'}),
    ('its for my dad im asking, he slipped on the ice and fell on his back on monday', {'onset': 'trauma'}),
    ('voor mijn moeder schrijf ik dit. ze is gisteren van de trap gevallen en heeft nu veel rugpijn', {'onset': 'trauma'}),
    ('voor mijn oma vraag ik het, ze is uitgegleden in de badkamer en heeft pijn in haar rug', {'onset': 'trauma'}),
    ('trede gemist bij de voordeur en ging met een klap op mijn billen zitten', {'onset': 'trauma'}),
    ("j'ai manqué la dernière marche et je me suis assis d'un coup sur le coccyx", {'onset': 'trauma'}),
    ('for my birthday i am writing a list, my back hurts since monday', {}),
    ('my plasma donation went fine but i cant bend since', {}),
    ('ik ging zitten op de trap en mijn rug deed pijn', {}),
    ('i sit down hard on the bed every night and my back aches', {}),
    ("je me suis assise brutalement sur la chaise et j'ai mal au dos", {}),
    ('for my mum i am writing: she has had back pain for weeks, no falls', {}),
    ('voor mijn man schrijf ik dit, zijn broer had kanker, hij heeft nu rugpijn', {}),
]
test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
