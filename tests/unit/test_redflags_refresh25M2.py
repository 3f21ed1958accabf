"""Session 25, helper M2, after the blind refresh 38/24 (and helper Z's leftovers): a fall told in Northern or street
words, weight lost told by the look and the belt.

1. A fall told in Northern words, for a relative in dialect: "went over on the ice", "went over backwards", "came down
   with a right thump", a message "typin/messagin for me nan" (the g dropped, "me" for my: the relative typed for is the
   patient); "languit gegaan" (nl); "je me suis etale deux fois sur le trottoir" (fr, a count before the place). Kept:
   "went over on my ankle", "went over the results", "came back down to earth with a bump", "lag languit in de zetel".
2. Weight lost told by the look and the belt: "the wife says i look gaunt", "my face has gone hollow", "had to take my
   belt in a notch", "my belts gone in two holes"; "ik zie er ingevallen uit", "mijn wangen zijn ingevallen", "vel over
   been"; "j'ai la mine creusee", "les joues creusees", "l'air squelettique", "la peau sur les os". Kept: lost on purpose
   (a diet), a belt let out, hair looking thin, eyes hollow from no sleep.
3. Helper Z's leftovers: a fall told with a count is still a fall ("stubbed my toe on the kerb and went flying twice",
   "face planted the pavement twice"; "twee keer languit gegaan over de stoeprand"; "je me suis etalee deux fois sur le
   trottoir"). Kept: the foot catching the kerb again and again with no fall told is the weakness, not a fall.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

TRAUMA = {"onset": "trauma"}
WORSE = {"leg_weakness": "worsening"}
WEIGHT = {"weight_loss": True}
TRAUMA_WORSE = {"onset": "trauma", "leg_weakness": "worsening"}

CHANGED = [
    # 1. a fall in Northern words, typed for a relative
    ("i went over on the black ice by the bus stop on tuesday, low back has been sore since", TRAUMA),
    ("went over on the wet tiles in the bathroom last night and my lower back is wrecked", TRAUMA),
    ("went over backwards on the back step last night, lower back sore since", TRAUMA),
    ("came down with a right thump on the path outside, back is killing since", TRAUMA),
    ("typin this for me mam, she went down hard on the patio and her back is agony", TRAUMA),
    ("askin for me da. he came off his ladder sunday and his back has been bad since", TRAUMA),
    ("hit the deck with an almighty wallop at the bowling club, my back has hurt ever since", TRAUMA),
    ("ik ben vorige week languit gegaan op de gladde tegels, sindsdien pijn onderin mijn rug", TRAUMA),
    ("ging languit over een losliggende stoeptegel, nu zit mijn onderrug vast", TRAUMA),
    ("ik ben gisteren languit gegaan in de badkamer", TRAUMA),
    ("ze ging gisteren languit in de sneeuw en heeft nu veel last van haar rug", TRAUMA),
    ("hij is languit gegleden op de natte vloer", TRAUMA),
    ("we gingen alle twee languit op het ijs bij de vijver, mijn rug doet sindsdien pijn", TRAUMA),
    ("je me suis etale deux fois sur la glace ce week-end, depuis j'ai mal en bas du dos", TRAUMA),
    ("elle s'est etalee a deux reprises sur la chaussee mouillee", TRAUMA),
    ("je me suis etalee sur la neige devant la boulangerie, le bas du dos me lance depuis", TRAUMA),
    ("il s'est etale sur les paves hier soir et il a mal au dos", TRAUMA),
    ("je me suis encore etale sur le bitume en courant, le dos est bloque", TRAUMA),
    ("je me suis etalee trois fois sur le sol de la cuisine cette semaine", TRAUMA),
    # 2. weight lost told by the look and the belt
    ("the wife says i look gaunt these days and my back aches all the time", WEIGHT),
    ("my mates reckon im looking skeletal, not been trying to lose anything", WEIGHT),
    ("people keep saying i look like a bag of bones lately", WEIGHT),
    ("my face has gone all hollow over the last couple of months", WEIGHT),
    ("had to take my belt in two notches since september", WEIGHT),
    ("my belt went in by two holes over the summer, eating the same", WEIGHT),
    ("mijn vrouw vindt dat ik er de laatste tijd ingevallen uitzie", WEIGHT),
    ("ik zie er volgens iedereen graatmager uit, mijn rug doet pijn", WEIGHT),
    ("mijn wangen zijn helemaal ingevallen de laatste weken", WEIGHT),
    ("collega's zeggen dat ik er uitgemergeld uitzie", WEIGHT),
    ("ik ben vel over been geworden zonder iets te doen", WEIGHT),
    ("mijn zoon vindt dat ik er broodmager uitzie", WEIGHT),
    ("mon mari trouve que j'ai la mine creusee depuis un mois", WEIGHT),
    ("j'ai les joues toutes creusees alors que je mange comme d'habitude", WEIGHT),
    ("on me dit que j'ai l'air squelettique ces temps-ci", WEIGHT),
    ("il me reste que la peau sur les os, et le dos me fait mal la nuit", WEIGHT),
    ("j'ai le visage emacie depuis l'ete", WEIGHT),
    ("ma fille dit que j'ai le visage tout decharne", WEIGHT),
    # 3. a fall told with a count is a fall (Z's leftovers)
    ("stubbed my toe on the kerb outside the pub and went flying twice", TRAUMA_WORSE),
    ("face planted the pavement twice this week, back is sore", TRAUMA),
    ("i did a faceplant on the ice twice on the way to work", TRAUMA),
    ("caught my heel on the step and went flying, back has hurt since", TRAUMA),
    ("she went flying twice in the garden last week", TRAUMA),
    ("caught my foot on a paving slab and i went flying again", TRAUMA),
    ("ik ben twee keer languit gegaan over de drempel deze week", TRAUMA),
    ("ik ging drie keer languit op de stoep, mijn rug is stijf", TRAUMA),
    ("blijf met mijn voet haken en ben al twee keer languit gegaan", TRAUMA_WORSE),
    ("hij ging twee keer languit over de stoeprand in de stad", TRAUMA),
    ("ze is een paar keer languit gegaan in de tuin", TRAUMA),
    ("k ging weer languit op de keien", TRAUMA),
    ("je me suis etale deux fois sur le trottoir en rentrant, le dos me fait mal", TRAUMA),
    ("je me suis etalee trois fois sur le carrelage cette semaine", TRAUMA),
    ("je me suis etale plusieurs fois sur les marches", TRAUMA),
    ("je me suis etale deux fois sur la route a velo", TRAUMA),
    ("elle s'est etalee deux fois sur le verglas devant chez elle", TRAUMA),
    ("on s'est etale a trois reprises sur le sol mouille", TRAUMA),
]

KEPT = [
    # 1. no fall told
    ("i went over on my ankle at football, the back is fine", {}),
    ("went over the results with the physio, back still stiff", {}),
    ("came back down to earth with a bump after the holiday, back pain is back", {}),
    ("i went over to the shop and my back started hurting", {}),
    ("went flying down the stairs to get the door and my back twinged", {}),
    ("my phone went flying across the room when i sneezed", {}),
    ("typin this for me mam, her back has been sore for a week", {}),
    ("ik lag languit in de zetel en toen schoot het in mijn rug", {}),
    ("mijn oma is gisteren languit gegaan in de badkamer", {}),
    ("ik ga languit liggen op de bank en dan zakt de pijn", {}),
    ("ik lig 's avonds languit op de bank, dat helpt wat", {}),
    ("ik ben gisteren naar de winkel gegaan en toen kreeg ik pijn", {}),
    ("ze ging languit liggen in de zon", {}),
    ("mijn voet bleef twee keer haken achter de stoeprand en hij wordt zwakker", WORSE),
    ("je me suis etale de la creme sur le dos", {}),
    ("j'ai etale mes affaires sur le lit, en me penchant j'ai eu mal", {}),
    ("il a etale le travail sur deux semaines", {}),
    ("je me suis allonge sur le canape et le dos s'est bloque", {}),
    ("je me suis etire sur le tapis de yoga", {}),
    ("j'ai un peu glisse sur le verglas mais je suis pas tombe", {}),
    # 2. no weight lost told, or on purpose
    ("my hair is looking thin but my back is the issue", {}),
    ("me belts gone in another hole this month, eating the same", WEIGHT),
    ("ik zie er sinds de zomer echt vermagerd uit, mijn rug doet pijn", WEIGHT),
    ("ive been dieting and my face has gone thinner, which was the plan", {}),
    ("had to let my belt out a notch, put on weight", {}),
    ("my back support belt has gone in the wash", {}),
    ("i look tired and my eyes look hollow from no sleep", {}),
    ("the wife says i look grumpy these days", {}),
    ("ik zie er moe uit door het slechte slapen", {}),
    ("ik doe een dieet en zie er nu slanker uit, zoals gepland", {}),
    ("mijn riem moet een gaatje losser, ik ben aangekomen", {}),
    ("mijn wangen zijn rood van de kou", {}),
    ("ik heb een holle rug en mijn gezicht is wat bleek", {}),
    ("ik zie er goed uit zegt iedereen", {}),
    ("ik lag languit op de bank", {}),
    ("j'ai les yeux creuses de fatigue", {}),
    ("je fais un regime depuis janvier et j'ai les joues creusees, c'etait le but", {}),
    ("j'ai l'air fatigue ces temps-ci", {}),
    ("j'ai du desserrer ma ceinture d'un cran, j'ai pris du poids", {}),
    ("il a creuse un trou dans le jardin et le dos a lache", {}),
    ("j'ai l'air en forme selon mon medecin", {}),
    # 3. the foot catching the kerb with no fall told stays the weakness
    ("caught my toe on the kerb twice yesterday, my foot is getting weaker", WORSE),
    ("my foot slaps down, i crashed my toes into the kerb twice, getting worse", WORSE),
    ("tripped on the kerb 3 times this week, my foot is getting worse", WORSE),
    ("i fell on the kerb yesterday and hurt my back", TRAUMA),
    ("clipped the step with my foot and went flying, landed on my back", TRAUMA),
    ("i tripped over the kerb last night, back sore since", TRAUMA),
    ("my foot keeps catching on the pavement, worse each week", WORSE),
    ("ik ben meerdere keren gestruikeld over de stoeprand, mijn voet wordt zwakker", WORSE),
    ("mijn voet klapt neer, ik blijf haken achter de stoeprand, steeds erger", WORSE),
    ("ik ben op de stoeprand gevallen en heb nu rugpijn", TRAUMA),
    ("ik struikel steeds vaker over de stoeprand, mijn voet wordt slapper", WORSE),
    ("ik viel over de stoeprand en kwam op mijn rug terecht", TRAUMA),
    ("ik ben een keer over de stoeprand gestruikeld, verder niks", TRAUMA),
    ("je me suis pris la bordure deux fois aujourd'hui, mon pied traine de plus en plus", WORSE),
    ("je me suis tape le trottoir a deux reprises, le pied accroche de plus en plus", WORSE),
    ("je me suis pris le trottoir en sortant du bar", TRAUMA),
    ("je me suis pris la bordure deux fois et je suis tombe sur le dos", TRAUMA_WORSE),
    ("mon pied accroche le trottoir, ca empire chaque semaine", WORSE),
    ("je suis tombe sur le trottoir hier soir", TRAUMA),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
