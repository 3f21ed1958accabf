"""Red flags (session 19, helper M): Dutch and French misses of a blind refresh, in general form with en/nl/fr twins.

West-Flemish "gin koorts, gin gewicht verloren" is "geen": a denial, no fever or weight flag; Gronings "in baide bainen
tintelingen ... minder kracht in allebaide ... nait slechter, blift gelieks" is both legs numb and weaker, stable ("less
strength in both" after the legs named); Swiss "mes deux jambes deviennent comme du coton" is both legs weaker; a
relative's cancer asked about as hereditary ("c'est hereditaire ce cancer ?") and a back pain that could "turn into
cancer si on le soigne pas" are no history; a fever come down to a normal reading ("maintenant c'est redescendu, 36,8
hier soir et ce matin") is over. Left from earlier rounds: "mijn billen en benen zijn doof" is the saddle too, numb and
weak with words of time between ("zijn sinds een week gevoelloos en slap"), "mes jambes s'endorment" is leg numbness.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

NIGHT = {"night_pain": True}
CANCER = {"cancer_history": True}
FEVER = {"fever": True}
BOTH_NUMB = {"both_legs": True, "leg_numbness": True}
NUMB_WORSE = {**BOTH_NUMB, "leg_weakness": "worsening"}
NUMB_STABLE = {**BOTH_NUMB, "leg_weakness": "stable"}
BOTH_WEAK = {"both_legs": True, "leg_weakness": "worsening"}
SADDLE_LEGS = {"saddle_numbness": True, **BOTH_NUMB}

CHANGED = [
    # West-Flemish "gin" = geen: a denial
    ("'t Is nie normaal. 's Nachts lig ik wakker van mijn rug, 't is gin stijfheid mo echt een boorende pijn, en 't maakt "
     "nie uut of da 'k op mijn zij lig, op mijn rug of in de zetel gon zitten, 't blyft. Overdag gaat 't nog, mo de nacht "
     "is een hel. Gin koorts, gin gewicht verloren.", NIGHT),
    ("gin koorts, gin gewicht verloren", {}),
    ("'k hè gin koorts en 'k ben gin kilo's kwijt", {}),
    ("gin koortse gehad, gin gewicht verloren, alleen die rug", {}),
    # Gronings: both legs numb and weaker "in allebaide", not worse
    ("Moi. Al n poar moand rugpien en nou sinds n tiedje in baide bainen tintelingen, van de knijen tot in de teen, as "
     "mierkes. Ook minder kracht in allebaide, fietsen gaait zwoar. Huusdokter het al keken, t is nait slechter worden de "
     "leste weken, blift gelieks. Hou lang duurt dit nog?", NUMB_STABLE),
    ("in baide bainen tintelingen. ook minder kracht in allebaide", NUMB_WORSE),
    ("in beide benen tintelingen. ook minder kracht in allebei, het is niet erger geworden", NUMB_STABLE),
    ("tingling in both legs. also less strength in both, not getting worse", NUMB_STABLE),
    ("des fourmis dans les deux jambes. aussi moins de force dans les deux, ça ne s'aggrave pas", NUMB_STABLE),
    ("des fourmis dans les deux jambes. moins de force dans les deux", NUMB_WORSE),
    # Swiss: both legs becoming like cotton (wool)
    ("Adieu, j'ai huitante et un ans, j'habite Yverdon. Ces derniers temps mes deux jambes deviennent comme du coton et "
     "j'ai des fourmis des deux côtés jusqu'aux orteils. Pour aller jusqu'à la Migros je dois m'arrêter sur chaque banc.",
     NUMB_WORSE),
    ("mes deux jambes deviennent comme du coton", NUMB_WORSE),
    ("mes jambes deviennent comme du coton depuis une semaine, mais pas pire", NUMB_STABLE),
    ("mijn beide benen worden als watten", BOTH_WEAK),
    ("my legs are going like cotton wool", BOTH_WEAK),
    # a relative's cancer asked about as hereditary; a back pain "turning into" cancer if untreated
    ("min fieu, em mère elle a eu un cancer des os, elle en est morte en 2015, et mi j'ai mal au bas du dos depuis que "
     "j'ai r'tourné le jardin. est-ce que ça peut v'nir de là, c'est héréditaire ce cancer? ou un mal de dos ça peut "
     "tourner en cancer si on le soigne pas? j'dors bien hein, c'est quand je me baisse", {}),
    ("c'est héréditaire ce cancer ?", {}),
    ("le cancer c'est génétique ?", {}),
    ("un mal de dos ça peut tourner en cancer si on le soigne pas ?", {}),
    ("is cancer hereditary?", {}),
    ("is kanker erfelijk?", {}),
    # a fever come down to a normal reading
    ("j'ai eu la grippe la semaine passée, 39 de fièvre pendant 3 jours, courbatures partout. maintenant c'est "
     "redescendu, 36,8 hier soir et ce matin aussi, mais il me reste un mal de dos en bas qui part pas, surtout quand je "
     "tousse. c'est encore la grippe ça?", {}),
    ("j'ai eu 39 de fièvre, c'est retombé à 37 depuis hier", {}),
    ("j'ai eu 39 de fièvre pendant 3 jours. maintenant c'est redescendu.", {}),
    ("griep gehad vorige week, 39 koorts 3 dagen lang, overal spierpijn. nu is het gezakt, 36,8 gisteravond en vanmorgen",
     {}),
    ("ik had 39 koorts. nu is het weer gezakt naar 36,8.", {}),
    ("got the flu last week, 39 fever for 3 days, aches everywhere. now it has come down, 36.8 last night and this "
     "morning", {}),
    # left from earlier rounds: the seat and the legs numb as one subject
    ("mijn billen en benen zijn doof", SADDLE_LEGS),
    ("mes fesses et mes jambes sont engourdies", SADDLE_LEGS),
    # numb and weak, words of time between
    ("mijn beide benen zijn sinds een week gevoelloos en slap", NUMB_WORSE),
    ("mijn benen zijn sinds vorige week doof en slap", NUMB_WORSE),
    ("mes deux jambes sont depuis une semaine engourdies et faibles", NUMB_WORSE),
    ("both my legs have been for about a week now numb and weak", BOTH_WEAK),
    # legs that fall asleep
    ("mes jambes s'endorment", BOTH_NUMB),
    ("mes deux jambes s'endorment quand je marche", BOTH_NUMB),
]

KEPT = [
    ("tingling in both legs. also less strength in both of them", NUMB_WORSE),
    ("geen koorts, geen gewicht verloren", {}),
    ("no fever, no weight lost", {}),
    ("pas de fièvre, pas de poids perdu", {}),
    ("ik dronk een gin tonic en nu heb ik 39 koorts", FEVER),
    ("mijn armen zijn moe, minder kracht in allebei mijn armen", {}),
    ("my legs are fine, no strength in both arms", {}),
    ("je n'ai plus de force dans les deux bras", {}),
    ("mes deux jambes ne sont pas comme du coton", {}),
    ("mes jambes sont comme du coton", BOTH_NUMB),
    ("my legs feel like cotton wool", BOTH_NUMB),
    ("j'ai eu un cancer du sein soigné en 2015", CANCER),
    ("ik heb borstkanker gehad, is dat erfelijk voor mijn dochter?", CANCER),
    ("i had breast cancer in 2015, is it hereditary for my kids?", CANCER),
    ("j'ai eu 39 de fièvre, maintenant c'est redescendu mais ce soir 38,5", FEVER),
    ("j'ai eu 39 de fièvre, c'est redescendu à 38,5 seulement", FEVER),
    ("ik had 39 koorts, het is gezakt naar 38,5", FEVER),
    ("i had a fever of 39, it only came down to 38.5", FEVER),
    ("i had a fever of 39, it came down but tonight it's 38.5 again", FEVER),
    ("j'ai 39 de fièvre pendant 3 jours, puis ça monte encore", FEVER),
    ("mijn billen en benen doen pijn", {}),
    ("mijn billen en benen zijn niet doof", {}),
    ("mes fesses et mes jambes ne sont pas engourdies", {}),
    ("my bum and legs are numb", SADDLE_LEGS),
    ("mijn benen zijn sinds een week niet doof en slap", {}),
    ("mijn benen slapen", BOTH_NUMB),
    ("both my legs fall asleep when i walk", BOTH_NUMB),
    ("mon bras s'endort", {}),
    ("mes jambes s'endorment pas", {}),
]


test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
