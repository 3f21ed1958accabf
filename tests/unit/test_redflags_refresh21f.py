"""Session 21, helper F, after the blind refresh scored once: the saddle told in Gronings, by sex and by the bike saddle
("bie t vrijen vuil ik van onder hast niks meer", "net of ik op n stuk karton zit", "l'impression d'etre assis sur du
carton"); a fall from a stair named by its place and a landing on the seat ("van de zoldertrap gedonderd ... op mijn
achterste geland", "landed on my rear end"); a foot that flaps, one side that no longer stands on its toes, a catch day
after day, first only now and then and now always ("mijn rechtervoet begint te flappen, eerst enkel s avonds ..., nu ...", "mon pied droit
commence a claquer"); both legs asleep told verb first and like elastic, harder each day ("slapen allebei mijn benen en
voelen ze als elastiek, de trap op gaat elke dag moeizamer", "both my legs have gone to sleep"); weight told by the belt
and the trousers ("mien boksem zakt aan alle kanten af de riem al twee gaatjes strakker", "my belt is two notches
tighter", "ma ceinture deux crans plus serree"); both legs "wattig"; "me moeder" is the mother, not the patient ("me
moeder had botkanker ... ik zelf heb nooit wat gehad"; "kanker-" as a swear stays no history); a near fall in dialect
("ich bin bekans gevalle ... vasgegrepe", "i near fell", "all but fell"); a sign asked about in general ("kunt ge van ne
hernia incontinent worden?", "can a slipped disc make you incontinent?", "peut-on devenir incontinent")."""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

SADDLE = {"saddle_numbness": True}
TRAUMA = {"onset": "trauma"}
WORSE = {"leg_weakness": "worsening"}
BOTH_NUMB = {"both_legs": True, "leg_numbness": True}
BOTH_WEAK = {"both_legs": True, "leg_weakness": "worsening"}
WEIGHT = {"weight_loss": True}

CHANGED = [
    # 1. the saddle in Gronings, by sex, on the bike saddle
    ("bie t vrijen vuil ik van onder hast niks meer, net as n kies bie de tandarts nao de prik", SADDLE),
    ("bij t vrijen voel ik van onder haast niks meer", SADDLE),
    ("bij het vrijen voel ik van onder niks meer", SADDLE),
    ("en as ik op de fietszoadel zit is t net of ik op n stuk karton zit", SADDLE),
    ("als ik op het fietszadel zit is het net of ik op een stuk karton zit", SADDLE),
    ("sur la selle du velo j'ai l'impression d'etre assis sur du carton", SADDLE),
    ("on dirait que je suis assise sur un bout de carton quand je fais du velo", SADDLE),
    # 2. a fall from a stair named by its place, a landing on the seat
    ("ik ben zaterdag van de zoldertrap gedonderd met de wasmand in mijn handen en zo op mijn achterste geland", TRAUMA),
    ("ik ben van de keldertrap gedonderd", TRAUMA),
    ("ik ben van de zoldertrap gekukeld", TRAUMA),
    ("ik ben van de trap geflikkerd", TRAUMA),
    ("zo op mijn achterste geland", TRAUMA),
    ("landed on my rear end", TRAUMA),
    # 3. a foot that flaps, worse
    ("mor mijn rechtervoet begint te flappen, eerst enkel s avonds als ik moe was, nu hoor ik hem bij elke stap op de vloer"
     " kletsen. op mijn tippen staan lukt links nog wel, rechts nie meer", WORSE),
    ("mijn rechtervoet begint te flappen", WORSE),
    ("mijn linkervoet flapt bij het lopen", WORSE),
    ("op mijn tippen staan lukt links nog wel, rechts nie meer", WORSE),
    ("op mijn tenen lopen gaat links goed, rechts niet meer", WORSE),
    ("mijn been voelt zwak, eerst enkel na het fietsen, nu altijd", WORSE),
    ("my leg feels weak, at first only after cycling, now all the time", WORSE),
    ("mon pied droit commence a claquer, d'abord seulement le soir, maintenant a chaque pas", WORSE),
    ("mon pied gauche se met a trainer", WORSE),
    ("maandag bleef ik haken aan de deurmat, gisteren aan de stoeprand en vandaag bijna over de kat", WORSE),
    ("dinsdag bleef ik haken achter de drempel, vandaag weer aan de mat", WORSE),
    ("monday my foot caught on the doormat, yesterday on the kerb, today i nearly went over the cat", WORSE),
    ("i caught my foot on the rug monday, yesterday on the step", WORSE),
    # 4. both legs asleep, like elastic, harder each day
    ("Sinds een paar dagen slapen allebei mijn benen en voelen ze als elastiek, de trap op gaat elke dag moeizamer, vandaag"
     " moest ik de leuning met twee handen pakken.", {**BOTH_NUMB, **WORSE}),
    ("slapen allebei mijn benen", BOTH_NUMB),
    ("sinds gisteren slapen mijn beide benen", BOTH_NUMB),
    ("mijn benen voelen als elastiek", BOTH_WEAK),
    ("both my legs have gone to sleep", BOTH_NUMB),
    ("my feet keep going to sleep", BOTH_NUMB),
    ("both my legs have gone to sleep and feel like elastic, the stairs get harder every day", {**BOTH_NUMB, **WORSE}),
    ("my legs feel like elastic", BOTH_WEAK),
    ("mes jambes sont comme de l'elastique", BOTH_WEAK),
    # 5. weight told by the belt and the trousers
    ("mien boksem zakt aan alle kanten af de riem al twee gaatjes strakker en ik eet gewoon mien bordje leeg hoor", WEIGHT),
    ("mijn broek zakt aan alle kanten af", WEIGHT),
    ("de riem al twee gaatjes strakker en ik eet gewoon mijn bordje leeg", WEIGHT),
    ("ik heb mijn riem twee gaatjes strakker moeten zetten", WEIGHT),
    ("my belt is two notches tighter already and im eating the same", WEIGHT),
    ("i've had to tighten my belt two notches", WEIGHT),
    ("ma ceinture deux crans plus serree et je mange normalement", WEIGHT),
    ("j'ai du resserrer ma ceinture de deux crans", WEIGHT),
    # 6. both legs "wattig"
    ("sinds gisteren zijn mijn twee benen precies wattig, van de knieën tot in mijn tenen, links en rechts tegelijk. lopen"
     " gaat nog wel hoor, kracht is er genoeg", BOTH_NUMB),
    ("mijn benen voelen wattig", BOTH_NUMB),
    # 7. "me moeder" is the mother
    ("kankerpijn in me onderrug sinds ik die tering kast naar 3 hoog heb gesjouwd. me moeder had botkanker toen ze 60 was,"
     " maar ik zelf heb nooit wat gehad hoor", {}),
    ("me moeder had botkanker", {}),
    ("me vader had darmkanker, ik zelf nooit", {}),
    ("kankerrug, en me vader had prostaatkanker", {}),
    # 8. a near fall in dialect
    ("ich bin bekans gevalle op de glaaj stoep bie de bakker, mer ich höb mich nog net aan de brievebus vasgegrepe, ich lag"
     " neet op de grond hoor", {}),
    ("ik ben bekans gevallen op de trap", {}),
    ("ik ben bekant gevallen op de stoep", {}),
    ("i near fell on the ice but caught the postbox", {}),
    ("i nigh on fell down the stairs", {}),
    ("i all but fell on the ice, caught the railing", {}),
    ("i damn near fell over on the ice", {}),
    # 9. a sign asked about in general
    ("kunt ge van ne hernia incontinent worden? ik vraag het omdat mijnen nonkel da allebei had. plassen en zo gaat"
     " allemaal normaal", {}),
    ("kan je van een hernia incontinent worden?", {}),
    ("krijg je daar incontinentie van? plassen gaat bij mij prima", {}),
    ("can a slipped disc make you incontinent? my uncle had both. my waterworks are fine", {}),
    ("can you become incontinent from a slipped disc?", {}),
    ("peut-on devenir incontinent a cause d'une hernie? mon oncle a eu les deux. moi j'urine normalement", {}),
    ("est-ce qu'une hernie peut rendre incontinent ?", {}),
]

KEPT = [
    ("bij het vrijen voel ik van onderen bijna niks meer", SADDLE),
    ("op de fiets voelt het zadel als karton", SADDLE),
    ("on the bike saddle it feels like im sitting on a piece of cardboard", SADDLE),
    ("ik voel van onder in mijn rug niks meer", {}),
    ("ik voel van onder naar boven een steek", {}),
    ("het is net of ik op karton loop", {}),
    ("je suis assise sur du carton pour peindre", {}),
    ("ik ben van de trap gedonderd", TRAUMA),
    ("came a cropper down the loft stairs", TRAUMA),
    ("j'ai degringole de l'escalier du grenier", TRAUMA),
    ("landed on my backside", TRAUMA),
    ("ik heb de wasmand van de zoldertrap gehaald", {}),
    ("het vliegtuig is op het achterste deel geland", {}),
    ("the plane landed on the rear runway", {}),
    ("my right foot flaps", WORSE),
    ("mon pied droit claque", WORSE),
    ("mijn voet klapt neer bij elke stap", WORSE),
    ("mijn rechtervoet flapt niet", {}),
    ("de vlag flapt in de wind", {}),
    ("ik bleef haken aan de deurmat, toen ben ik gevallen", TRAUMA),
    ("my sleeve caught on the door, yesterday on the fence", {}),
    ("lundi mon pied a accroche le paillasson, hier la bordure du trottoir", WORSE),
    ("eerst alleen s avonds pijn, nu de hele dag", {}),
    ("at first only in the evening, now all day the pain", {}),
    ("allebei mijn benen slapen", BOTH_NUMB),
    ("mijn benen zijn zwak, de trap op gaat elke dag moeilijker", BOTH_WEAK),
    ("ze slapen allebei slecht", {}),
    ("onze twee kinderen slapen allebei", {}),
    ("ik heb een elastiek om mijn been", {}),
    ("i went to sleep with my legs up", {}),
    ("une bande elastique autour de la jambe", {}),
    ("my legs feel like jelly", BOTH_WEAK),
    ("mijn broek zakt af", WEIGHT),
    ("mijn riem zit twee gaatjes losser, ik ben bijgekomen", {}),
    ("de riem twee gaatjes strakker want ik ben op dieet", {}),
    ("i let my belt out two notches", {}),
    ("j'ai desserre ma ceinture de deux crans", {}),
    ("mijn twee benen zijn voos", BOTH_NUMB),
    ("mijn hoofd is wattig", {}),
    ("my two legs feel like cotton wool from the knees to the toes, both sides at once. walking's still ok", BOTH_NUMB),
    ("mes deux jambes sont cotonneuses des genoux jusqu'aux orteils, marcher ca va", BOTH_NUMB),
    ("kankerpijn in mijn rug", {}),
    ("wat een kankerzooi die rugpijn", {}),
    ("mijn moeder had borstkanker, ik zelf heb nooit wat gehad", {}),
    ("my mum had bone cancer at 60, but i myself never had anything", {}),
    ("ma mere a eu un cancer des os a 60 ans, mais moi j'ai jamais rien eu", {}),
    ("me moeder had kanker en ik ook", {"cancer_history": True}),
    ("ik heb me man gebeld, ik had kanker in 2015", {"cancer_history": True}),
    ("ik ben bijna gevallen maar kon me nog vastgrijpen", {}),
    ("i almost fell", {}),
    ("j'ai failli tomber", {}),
    ("ich bin gevalle van de trap", TRAUMA),
    ("ik ben gevallen, bekans van de trap af", TRAUMA),
    ("i fell near the door", TRAUMA),
    ("ik heb veel pijn", {}),
    ("kan ik incontinent worden van een hernia? ik verlies soms wat urine", {"bladder_bowel": True}),
    ("ik ben incontinent geworden sinds de hernia", {"bladder_bowel": True}),
    ("i have become incontinent since the disc", {"bladder_bowel": True}),
    ("je suis devenu incontinent depuis ma hernie", {"bladder_bowel": True}),
    ("ma hernie peut me rendre incontinent, je fuis deja", {"bladder_bowel": True}),
    ("can a slipped disc make you incontinent? because i have been wetting myself", {"bladder_bowel": True}),
]


test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
