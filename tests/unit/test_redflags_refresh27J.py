"""Session 27, helper J (refresh 42): saddle numbness told by what the person notices, and a no-relief of the day.

1. A negation inside a likening is no denial: the Scots "no"/"nae" = not and "ain" = own before one's own ("its like its
   no my own arse", "its nae ma ain backside"); "het is precies nie van mij", "comme si c'etait pas a moi".
2. The saddle area and the space between told numb: "my inner thighs and the bit in between go numb", "mijn binnendijen en
   het stuk daartussen voelen dood", "la zone entre les deux sont engourdis"; "saddle sore" (the rub of a ride) is no area.
3. Numb as after a local anaesthetic, the dentist far after "like": "like when you've had a jab at the dentists", "like
   novocaine", "zoals na een prik bij de tandarts", "comme de la xylocaine".
4. "Nothing helps" said of the day after a night told easy is no night pain: "at night it's fine, during the day nothing
   helps", "s nachts gaat het, overdag helpt niks", "la nuit ca va, le jour rien ne me soulage" (the night told bad, or the
   day "too", stays read)."""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

SADDLE = {"saddle_numbness": True}
NIGHT = {"night_pain": True}

CHANGED = [
    # 1. a negation inside a likening is no denial (Scots "no"/"nae" = not, "ain" = own; "pas a moi", "niet van mij")
    ('wiping feels like its no my own arse, sort of numb', SADDLE),
    ('sat on the loo and its like its nae ma ain backside', SADDLE),
    ('my bum feels like its no mine any more', SADDLE),
    ('my backside, it feels like its no ma own, kinda dead', SADDLE),
    ('mijn gat voelt alsof het niet meer de mijne is', SADDLE),
    ('mijn kont is precies nie van mij', SADDLE),
    ('mes fesses c est comme si c était pas ma peau', SADDLE),
    ("entre les jambes c'est comme si c'était pas à moi", SADDLE),
    ("mes fesses, c'est comme si c'était pu les miennes", SADDLE),
    # 2. the saddle area and the space between told numb ("my inner thighs and the bit in between go dead"; not "saddle sore")
    ('on the bike my inner thighs and the bit in between go numb', SADDLE),
    ('when i cycle my cheeks and everything in between feel dead', SADDLE),
    ('my inner thighs and like the area in between feel tingly after a ride', SADDLE),
    ('mijn binnendijen en het stuk daartussen voelen dood na het fietsen', SADDLE),
    ("à vélo l'intérieur des cuisses et la zone entre les deux sont engourdis", SADDLE),
    ('mes fesses et tout ce qui est entre les deux sont comme morts', SADDLE),
    ('sur la selle mes cuisses et la partie au milieu sont engourdies', SADDLE),
    # 3. numb as after the dentist's injection, the dentist far after "like" ("like novocaine", "verdovingsprik", "xylocaine")
    ("my bum feels like when you've had a jab at the dentists", SADDLE),
    ("around my anus it's like novocaine", SADDLE),
    ('my back passage is like when the dentist numbs your gum', SADDLE),
    ('mijn anus is zoals na een prik bij de tandarts', SADDLE),
    ('rond mijn achterste voelt het als na een verdovingsprik', SADDLE),
    ('mijn gat is precies of ik xylocaine gekregen heb', SADDLE),
    ("entre les jambes c'est comme de la xylocaine", SADDLE),
    # 4. the no-relief told of the day after a night told easy ("at night it's fine, during the day nothing helps")
    ("at night it's fine, during the day nothing helps", {}),
    ("in bed it's ok, in the daytime nothing helps at all", {}),
    ("'s nachts gaat het, overdag helpt niks", {}),
    ('s nachts valt het mee, overdag helpt niets', {}),
    ("'s nachts is het te doen, overdag helpt niks", {}),
    ("la nuit ça va, c'est la journée que rien ne soulage", {}),
    ('la nuit je dors, dans la journée rien ne soulage', {}),
    ('la nuit ça va, le jour rien ne me soulage', {}),
]

KEPT = [
    # (read before and after: the area, then the likening to a local anaesthetic)
    ('mes fesses on dirait une anesthésie locale', SADDLE),
    # 1. a negation inside a likening is no denial (Scots "no"/"nae" = not, "ain" = own; "pas a moi", "niet van mij")
    ('when i sit its like my bum isnae mine', SADDLE),
    ('als ik me afveeg is mijn poep gelijk nie van mij, zo doof', SADDLE),
    ("quand je m'essuie c'est comme si mes fesses étaient pas à moi", SADDLE),
    ("on dirait que c'est pu mon derrière, engourdi", SADDLE),
    ("comme si c'était plus mon cul quand je m'assois", SADDLE),
    ('no, my bum is fine, its just my back', {}),
    ('its no my own fault, i lifted the slabs wrong', {}),
    ('my bum isnt numb at all, it feels like normal', {}),
    ('mijn poep is niet verdoofd, alles voelt normaal', {}),
    ('mes fesses ne sont pas engourdies, tout est normal', {}),
    ('my own bum is sore from sitting', {}),
    ("on dirait que c'est pas à moi, cette douleur dans le dos", {}),
    ("mes jambes c'est comme si c'était pas à moi", {}),
    # 2. the saddle area and the space between told numb ("my inner thighs and the bit in between go dead"; not "saddle sore")
    ('not saddle sore, more like my crotch is numb, should i be worried', SADDLE),
    ('my groin and the skin in between my legs feel dead on the saddle', SADDLE),
    ('op de fiets tintelen mijn billen en alles daartussen', SADDLE),
    ('geen zadelpijn, eerder verdoofd tussen mijn benen, moet ik me zorgen maken?', SADDLE),
    ('i get saddle sore after long rides, no numbness', {}),
    ('a bit saddle sore after the sportive, peeing normal', {}),
    ('my inner thighs and the bit in between are fine, its my back', {}),
    ('my legs and the bit in between my toes ache', {}),
    ('mijn billen doen pijn van het fietszadel, verder voel ik alles', {}),
    ("j'ai mal aux fesses à cause de la selle, mais je sens tout", {}),
    ('the area between my shoulder blades is numb', {}),
    # 3. numb as after the dentist's injection, the dentist far after "like" ("like novocaine", "verdovingsprik", "xylocaine")
    ('down below feels like a local anaesthetic wearing off', SADDLE),
    ("autour de l'anus c'est comme quand on sort de chez le dentiste", SADDLE),
    ('i had an injection at the dentist yesterday, my back still hurts', {}),
    ('my tooth is numb like after the dentist', {}),
    ('ik moet morgen naar de tandarts voor een verdoving', {}),
    ('mijn lip is verdoofd van de tandarts', {}),
    ('je vais chez le dentiste demain pour une anesthésie', {}),
    ('ma lèvre est engourdie après le dentiste', {}),
    # 4. the no-relief told of the day after a night told easy ("at night it's fine, during the day nothing helps")
    ('at night i sleep ok, mornings nothing works', {}),
    ("during the day it's ok, at night nothing helps", NIGHT),
    ('at night the pain is awful, during the day nothing helps', NIGHT),
    ('at night nothing helps', NIGHT),
    ('overdag gaat het, s nachts helpt niks', NIGHT),
    ("'s nachts helpt niks", NIGHT),
    ('s nachts is het erg, overdag helpt ook niks', NIGHT),
    ('le jour ça va, la nuit rien ne soulage', NIGHT),
    ('la nuit rien ne soulage', NIGHT),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
