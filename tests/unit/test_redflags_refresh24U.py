"""Session 24, fix helper U, after the blind refresh 36/22 was played once:

1. both legs numb told after a distance denied: "i can walk but not far before my legs go numb", "(its not far) the two
   legs go numb", "je marche pas loin avant que les deux jambes s'engourdissent", "ik loop niet ver voordat mijn twee
   benen gevoelloos worden": the "not" of the distance negated the legs after it (the two/2 legs were read as both
   legs already). "far", "ver", "loin" join the packs' NEGATED_VERBS ("not far" is no denial of a sign), "very too that
   so", "zo te heel erg", "tres si" their VERB_FILLERS ("not very far");
2. a fall in Northern English slang and its Dutch and French twins: "went flying on the ice" with no "i" at the start
   of a clause, "went flying down the stairs" (not with a purpose after it: "... to get the door"), "landed smack on
   me back" (the Northern "me"), "op mijn gat gegaan", "op mijn rug geknald", "un vol plane";
3. clothes too loose in one sentence and the weight lost on purpose in another ("lost 20 lbs on purpose. jeans are
   falling off me"): the intent reached only its own sentence; now another sentence that tells the loss and its purpose
   explains clothes and belt (not a purpose alone: "i only drink diet coke", not a weight lost in numbers, and not when
   the loss is told unintended anywhere: "... and i'm not dieting");
4. a cancer of one's own after the relevance hedged: "maybe important: i had bowel cancer", "misschien belangrijk: ik
   ben geopereerd aan ...", "c'est peut-etre important : ...": the "maybe" (read as unsure, the colon gone) made the
   cancer a question; the hedge of the relevance is read as "relevant ," in the packs' JOINED_PHRASES;
5. Limburgs legs getting weaker: "weurt" = wordt, "sjlapper" = slapper, "linkerbein" = linkerbeen, "neet mie" = niet
   meer (STREET, SPOKEN_PHRASES);
6. West-African French foot drop: the topic "la" and its pronoun after the limb ("mon pied gauche la il tape le sol"),
   "ca gate" = ca empire (WORSE_NOW; "ca gate pas" is no worsening).
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

BOTH_NUMB = {"both_legs": True, "leg_numbness": True}
TRAUMA = {"onset": "trauma"}
WEIGHT = {"weight_loss": True}
CANCER = {"cancer_history": True}
WORSE = {"leg_weakness": "worsening"}

CHANGED = [
    # 1. a distance denied before both legs numb
    ("i can walk but not far before my legs go numb", BOTH_NUMB),
    ("walking to the car (its not far) the 2 legs tingle and go numb", BOTH_NUMB),
    ("the bus stop's not far yet the two legs go numb", BOTH_NUMB),
    ("je marche pas loin avant que les deux jambes s'engourdissent", BOTH_NUMB),
    ("je vais pas loin avant que les deux jambes s'engourdissent", BOTH_NUMB),
    ("c'est pas loin (le magasin) mes deux jambes s'engourdissent", BOTH_NUMB),
    ("ik loop niet ver voordat mijn twee benen gevoelloos worden", BOTH_NUMB),
    ("ik loop niet ver of mijn twee benen slapen in", BOTH_NUMB),
    ("ik fiets niet zo ver voordat de twee benen tintelen", BOTH_NUMB),
    # 2. a fall in slang
    ("alright, went flying on the ice at the bus stop, back's been agony since", TRAUMA),
    ("went flying down the stairs last night, my back is killing me", TRAUMA),
    ("landed smack on me back on the kitchen floor", TRAUMA),
    ("landed right on me bum at the rink", TRAUMA),
    ("ben op mijn gat gegaan op het ijs", TRAUMA),
    ("ik ben gisteren zo op mijn rug geknald", TRAUMA),
    ("j'ai fait un vol plané sur le verglas", TRAUMA),
    ("fait un beau vol plané dans l'escalier hier", TRAUMA),
    # 3. clothes too loose, the weight lost on purpose in another sentence
    ("i lost 20 lbs on purpose. jeans are falling off me now", {}),
    ("my trousers keep falling down. i've lost 3 stone on a diet since june", {}),
    ("ik ben bewust 8 kilo afgevallen. mijn broek zakt af", {}),
    ("mijn broek zakt af. ik ben 10 kilo afgevallen met een dieet", {}),
    ("j'ai perdu 10 kilos volontairement. mon pantalon tombe", {}),
    ("j'ai perdu 8 kilos avec mon régime depuis juin. mon pantalon tombe", {}),
    # 4. the relevance hedged before a cancer of one's own
    ("maybe important: i had bowel cancer", CANCER),
    ("maybe relevant: i had surgery for breast cancer in 2019", CANCER),
    ("perhaps relevant: i was operated on for prostate cancer", CANCER),
    ("misschien belangrijk: ik ben geopereerd aan darmkanker", CANCER),
    ("misschien relevant: ik heb borstkanker gehad", CANCER),
    ("peut-être important : j'ai eu un cancer du sein", CANCER),
    ("c'est peut-être important : j'ai été opéré d'un cancer de la prostate", CANCER),
    # 5. Limburgs legs getting weaker
    ("mien linkerbein weurt sinds gister sjlapper", WORSE),
    ("m'n bein weurt sjwakker", WORSE),
    ("ich kan m'n bein neet mie optille, 't weurt erger", WORSE),
    ("mien rechterbein weurt alle daag sjlapper", WORSE),
    ("m'n been weurt sjlapper", WORSE),
    ("d'r weurt mien linkerbein sjwakker van", WORSE),
    # 6. West-African French foot drop
    ("mon pied gauche là il tape le sol quand je marche", WORSE),
    ("mon pied là, il traîne par terre", WORSE),
    ("ma jambe est faible et ça gâte", WORSE),
    ("ma jambe droite est faible, ça gâte chaque jour", WORSE),
    ("mon pied droit là il accroche les marches", WORSE),
    ("mon pied gauche là, il pend, ça gâte", WORSE),
]

KEPT = [
    # 1. negations that still deny; the two legs read as both
    ("no numbness in my legs", {}),
    ("i dont have numbness in both legs", {}),
    ("no further numbness in my legs", {}),
    ("ik heb niet verder last van gevoelloosheid in mijn benen", {}),
    ("pas d'engourdissement dans les jambes", {}),
    ("the two legs go numb and tingly when i walk", BOTH_NUMB),
    ("both me legs go numb", BOTH_NUMB),
    ("de twee benen worden gevoelloos", BOTH_NUMB),
    ("les 2 jambes sont engourdies", BOTH_NUMB),
    # 2. flying that is no fall; slang falls read before
    ("i'm flying to spain next week, my back hurts", {}),
    ("time flies, my back has hurt for a year", {}),
    ("i went flying down the stairs to get the door and felt it go", {}),
    ("the kids went flying down the stairs", {}),
    ("my phone went flying across the floor", {}),
    ("came a cropper on the stairs last week", TRAUMA),
    ("went arse over tit on the ice", TRAUMA),
    ("ik ben op mijn rug gaan liggen en toen schoot het erin", {}),
    ("ik ben op mijn rug gegaan liggen en toen deed het pijn", {}),
    ("je prends un vol pour Paris demain, j'ai mal au dos", {}),
    # 3. clothes too loose with no purpose, or a loss told in numbers
    ("my jeans are falling off me and i'm not dieting", WEIGHT),
    ("my jeans are falling off me. i'm not on a diet", WEIGHT),
    ("i've lost 8 kilos in a month. my jeans are falling off", WEIGHT),
    ("mijn broek zakt af. ik ben niet aan het lijnen", WEIGHT),
    ("mijn broek zakt af en ik doe niks aan de lijn", WEIGHT),
    ("mon pantalon tombe. je ne fais pas de régime", WEIGHT),
    ("lost 5 kg on purpose and my trousers are falling off", {}),
    ("i only drink diet coke. my jeans are falling off me", WEIGHT),
    ("my belt is on the last hole. i go to the gym twice a week", WEIGHT),
    # 4. a cancer feared or a relative's
    ("maybe it's cancer", {}),
    ("misschien is het kanker", {}),
    ("c'est peut-être un cancer", {}),
    ("maybe important: my dad had bowel cancer", {}),
    ("mijn vader werd geopereerd aan prostaatkanker", {}),
    ("mon père a été opéré d'un cancer de la prostate", {}),
    ("i had an operation for bowel cancer", CANCER),
    ("ik ben 3 jaar geleden geopereerd aan borstkanker", CANCER),
    # 5. the standard Dutch, a Limburgs denial, "mie" = mij
    ("mien rechterbein weurt neet sjlapper", {}),
    ("wat mie zorgen baart is de pijn in mijn rug", {}),
    ("mijn been wordt slapper", WORSE),
    ("ik kan mijn been bijna niet meer opheffen en het wordt erger", WORSE),
    ("my leg is getting weaker", WORSE),
    ("ma jambe devient de plus en plus faible", WORSE),
    # 6. a worsening denied, a tooth, the back with "la"; foot drop read before
    ("ma jambe est faible mais ça gâte pas", {}),
    ("j'ai une dent gâtée et ma jambe est faible", {}),
    ("mon dos là il me fait mal", {}),
    ("mon pied traîne de plus en plus", WORSE),
    ("mon pied tape le sol, ça empire chaque jour", WORSE),
    ("le pied tombe quand je marche", WORSE),
    ("ma jambe gauche là elle lâche, ça gâte chaque jour", WORSE),
    ("je ne vais pas très loin avant que mes 2 jambes fourmillent", BOTH_NUMB),
    ("ik kom niet zo ver of de twee benen slapen", BOTH_NUMB),
    ("i walk not very far before the 2 legs go numb", BOTH_NUMB),
    ("my foot slaps the ground when i walk", WORSE),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
