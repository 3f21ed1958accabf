"""Session 39, round C (issue 12): the trauma onset, both directions.

1. A blow from a heavy thing that fell, dropped, toppled or collapsed onto the person's back or body, told without "hit" or
   the house's own fall words, was missed: "a pallet topples on my back", "een kist valt van het rek op mijn onderrug", "une
   pile de cartons s'est effondree sur moi", a heavy thing taken on the back ("took a falling beam across my back", "ik kreeg
   een balk op mijn schouder", "j'ai recu une poutre sur le dos") and the blow itself told hard ("the blow was so hard", "de
   klap was heel hard", "le choc etait violent"). Changed: new TRAUMA_PATTERNS in the en, nl and fr packs (session 39C
   blocks); not the pain that drops or moves, not "crashed on me" or "gave way on me", not "dat valt (op mijn rug) wel mee",
   not a bag or a massage on the back, not "le choc emotionnel".

2. A fall denied inside a "without ... or ..." list read as a fall: the scope of "without", "zonder", "sans" stopped at 5
   words or at "dat"/"que", so "without lifting a heavy box or falling down the stairs", "zonder dat ik iets opgetild heb of
   gevallen ben" (Antwerp "zonder da'k ... of gevallen zen"), "sans avoir porte de charge ou etre tombe" read trauma.
   Changed: bot/reading/redflags.py _without_denied (a skip of the trauma rules) reading the packs' WITHOUT,
   NEGATION_LIST_WORDS and new WITHOUT_GLUE: the "without" earlier in the clause (no comma, contrast or joining word
   between), with only glue words before the fall or the fall at most 4 words after the list's last "or".

Kept: a real fall next to a denial ("didn't lift anything, but I fell on the stairs"), "without ..., I fell" after a comma,
a thing that fell on the foot (still a blow), a thing that fell onto the back told with "fell" (already read), a near fall,
a relative's fall, the pain that drops into the leg, a massage or pain "op mijn rug", an injection in the back.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

T = {"onset": "trauma"}
CHANGED = [
    # en: a blow from a falling thing
    ("a sheet of plasterboard toppled onto me in the van", T),
    ("a stack of chairs collapsed on me at the hall yesterday", T),
    ("big pallet of bricks topples on my back, i stay standing", T),
    ("a branch came crashing down across my shoulders while i was gardening", T),
    ("i took a falling beam across my back on site", T),
    ("the impact was really hard, right across my spine", T),
    ("the blow was so hard i saw stars", T),
    ("the ceiling caved in on me in the old barn", T),
    # en: a fall denied inside "without ... or ..."
    ("it came on without picking up anything heavy or having fallen over", {}),
    ("it began without any heavy lifting at work or falling down", {}),
    ("happened without me having lifted anything heavy or fallen", {}),
    ("it started without lifting a heavy bag of compost or falling down the stairs", {}),
    ("it started without me having carried anything heavy or having fallen", {}),
    ("without bending or lifting or falling off anything, it just came", {}),
    ("it just came on, without me lifting something heavy or fell", {}),
    # nl: een klap van iets dat viel
    ("op het werk valt een kist van het rek zo op mijn onderrug", T),
    ("een plank valt van boven op mijn rug, ik blijf staan", T),
    ("er stortte een stapel dozen op mij in de kelder", T),
    ("gisteren kiepte een kast om, recht op mijn rug", T),
    ("ik kreeg een zware balk op mijn schouder op de werf", T),
    ("de klap was zo hard dat ik adem tekort kwam", T),
    ("klap was echt heel hard op mijn rug", T),
    ("de dreun was enorm, precies op mijn ruggengraat", T),
    ("het rek zakte in en de dozen donderden op mijn rug", T),
    ("een pallet tuimelde van de heftruck op mijn rug", T),
    # nl (ook Vlaams): een val ontkend binnen "zonder ... of ..."
    ("zonder dat ik iets zwaars opgetild heb of gevallen ben", {}),
    ("het is begonnen zonder dat ik gevallen ben of iets raar gedaan heb", {}),
    ("zonder da'k iets opgeheven heb of gevallen zijn, gewoon zo gekomen", {}),
    ("zonder dat ik mij gestoten heb of gevallen ben", {}),
    ("zonder da ge iets zwaar gepakt hebt of gevallen zijt, zomaar", {}),
    ("ineens pijn zonder dat ik gebukt heb of gevallen ben", {}),
    ("zonder dat ik ben uitgegleden of gevallen", {}),
    ("zonder dat ik gesport heb of van de trap gevallen ben", {}),
    ("het kwam zonder dat ik iets geheven heb of gevallen ben of zo", {}),
    # fr : un coup d'une chose tombee
    ("une pile de cartons s'est effondrée sur moi au dépôt", T),
    ("l'étagère s'est écroulée sur mon dos", T),
    ("j'ai reçu une poutre sur le dos au chantier", T),
    ("j'ai pris un sac de ciment sur le dos quand la pile a glissé", T),
    ("le choc était vraiment violent, en plein dans le dos", T),
    ("le coup a été très violent sur la colonne", T),
    ("hier au travail un carton tombe de l'étagère, pile sur mon dos, je reste debout", T),
    ("une planche a basculé sur mes épaules", T),
    # fr : une chute niee dans "sans ... ou ..."
    ("c'est venu sans avoir porté de charge ou être tombé", {}),
    ("sans avoir forcé sur quoi que ce soit ou être tombée dans l'escalier", {}),
    ("c'est venu d'un coup sans avoir soulevé de charge lourde ou être tombé", {}),
    ("sans avoir porté quoi que ce soit de lourd au travail ou avoir fait une chute", {}),
    ("sans avoir déménagé des meubles ou m'être cogné ou être tombé", {}),
    ("sans avoir fait de sport ce jour-là ou être tombé dans l'escalier", {}),
    ("c'est apparu sans raison, sans avoir porté les courses ou être tombée", {}),
    ("ça m'a pris sans avoir porté mon petit ou être tombée par terre", {}),
]
KEPT = [
    # a real fall beside a denial, after a comma or a contrast
    ("i didn't lift anything, but i fell on the stairs", T),
    ("without lifting anything, i fell down the stairs", T),
    ("without warning, i slipped or fell on the ice", T),
    ("niet getild, maar wel gevallen van de trap", T),
    ("zonder te weten waarom ben ik gisteren van de trap gevallen", T),
    ("je n'ai rien porté mais je suis tombé dans l'escalier", T),
    # the house's own reading of things that fell onto the person, a blow on the foot
    ("a box fell on my back at work", T),
    ("a heavy box fell from the shelf onto my back", T),
    ("at work a crate slipped off the racking and dropped onto my lower back", T),
    ("a roof tile slid off and dropped onto my shoulder", T),
    ("something fell on my foot", T),
    ("er viel een doos op mijn rug", T),
    ("er viel iets op mijn voet", T),
    ("een kast is op mij gevallen", T),
    ("un carton m'est tombé sur le dos", T),
    ("une poutre est tombée sur moi", T),
    ("quelque chose est tombé sur mon pied", T),
    ("une caisse a dégringolé de l'étagère droit sur mon dos", T),
    # near falls, others' falls, no blow
    ("i nearly fell off the ladder", {}),
    ("ik val bijna", {}),
    ("j'ai failli tomber", {}),
    ("ma mère est tombée et une étagère s'est effondrée sur elle", {}),
    ("i can't walk without falling over", {}),
    ("i can't walk without stumbling or falling", {}),
    ("je ne peux pas marcher sans tomber", {}),
    # the pain that drops, things on the back that are no blow
    ("the pain dropped into my leg", {}),
    ("the pain came down into my buttock", {}),
    ("i lay down on my back", {}),
    ("i dropped my phone on the floor", {}),
    ("the news was a big shock", {}),
    ("ik kreeg een massage op mijn rug", {}),
    ("ik kreeg pijn op mijn rug", {}),
    ("de pijn valt mee", {}),
    ("dat valt op mijn rug wel mee", {}),
    ("j'ai reçu une injection dans le dos", {}),
    ("j'ai pris froid dans le dos", {}),
    ("le choc émotionnel a été violent", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
