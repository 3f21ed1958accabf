"""Misses of the session-14 blind refresh (issues 12 and 13), fixed in general form: each sign is tested
in other words than the blind texts, in every language where it is told the same way, with hard negatives
that must stay as they are. Every positive here read something else before these readings."""
import pytest

from bot.reading.redflags import find_red_flags

POSITIVES = [
    # ---- a past fever told as over ("c fini", "its over now"): not a fever now ----
    ("j avais de la fievre la semaine derniere mais c termine", {}),
    ("grippe avec fievre le mois dernier, fini depuis longtemps", {}),
    ("i had a fever last month but its over now", {}),
    ("had the flu with a temp 2 weeks ago, that was over in a few days", {}),
    ("fever a fortnight ago, over and done with now", {}),
    # ---- a relative's cancer, then the patient's worry ("so im paranoid"): not the patient's cancer ----
    ("my ma had cancer so im anxious about everything", {}),
    ("my nan had bowel cancer so im a bit paranoid", {}),
    ("my da had cancer so im nervous", {}),
    ("my pops had prostate cancer so im terrified its that", {}),
    ("my mum had breast cancer so im always on edge", {}),
    ("me nan had breast cancer n im a bit anxious", {}),
    ("ma mere a eu un cancer donc je suis un peu parano", {}),
    ("mon pere a eu un cancer donc je suis stressee", {}),
    ("ma mere a eu un cancer donc je suis tres inquiete", {}),
    # parents are relatives too
    ("my parents both had cancer", {}),
    ("mijn ouders hebben allebei kanker gehad", {}),
    ("mijn grootouders hadden kanker", {}),
    ("mes parents ont eu un cancer tous les deux", {}),
    # the patient first in a pair with a relative: the patient's own
    ("me and my mum both had cancer", {"cancer_history": True}),
    ("ik en mijn moeder hebben allebei kanker gehad", {"cancer_history": True}),
    # ---- wiping after the toilet with nothing felt: the saddle, not the bladder or bowel ----
    ("quand je m'essuie après la toilette je sens plus rien", {"saddle_numbness": True}),
    ("je m essuie apres etre allee aux toilettes et je sens presque rien", {"saddle_numbness": True}),
    ("en m essuyant apres avoir fait pipi je sens rien", {"saddle_numbness": True}),
    ("je m essuie apres le caca et je sens presque pas", {"saddle_numbness": True}),
    # ... and its English and Dutch twins, across "after" and "and"
    ("when i wipe after the toilet i can barely feel anything", {"saddle_numbness": True}),
    ("wiping after a poo and i feel almost nothing", {"saddle_numbness": True}),
    ("wiped after a wee n couldnt really feel it", {"saddle_numbness": True}),
    ("i wipe after the toilet and its numb", {"saddle_numbness": True}),
    ("na de wc afvegen en ik voel bijna niks", {"saddle_numbness": True}),
    ("afvegen na het plassen en ik voel niks", {"saddle_numbness": True}),
    # ---- "an accident" named with the bowel or bladder is soiling, not a fall ----
    ("had a little accident with my bowels last night and didnt know till after", {"bladder_bowel": True}),
    ("had an accident with a poo yesterday, didnt feel it", {"bladder_bowel": True}),
    ("i had a stool accident at work", {"bladder_bowel": True}),
    ("had an accident w my wee on the way home", {"bladder_bowel": True}),
    ("ik had een ongeluk met mijn stoelgang", {"bladder_bowel": True}),
    ("gisteren een ongeluk met de grote boodschap", {"bladder_bowel": True}),
    # ---- a foot that can no longer lift the body onto the toes: a failing leg ----
    ("i can no longer go up onto my toes on my right foot", {"leg_weakness": "worsening"}),
    ("struggling to push up onto my tiptoes on the left", {"leg_weakness": "worsening"}),
    ("couldnt rise onto my toes this morning", {"leg_weakness": "worsening"}),
    ("tippy toes on the left are a no go now", {"leg_weakness": "worsening"}),
    ("ik geraak niet meer op mijn tippen links", {"leg_weakness": "worsening"}),
    ("ik krijg mezelf niet meer op mijn tenen", {"leg_weakness": "worsening"}),
    ("impossible de me mettre sur la pointe du pied droit", {"leg_weakness": "worsening"}),
    # ---- a foot that slaps the floor, told with a few words between ("bij elke stap") ----
    ("mijn voet klapt bij elke stap op de grond", {"leg_weakness": "worsening"}),
    ("mijn linkervoet slaat bij iedere stap hard op de vloer", {"leg_weakness": "worsening"}),
    ("mijn rechtervoet klapt bij het stappen op de grond", {"leg_weakness": "worsening"}),
    # ---- the nights named as the worst, up at an hour every night with it ----
    ("the nights are the worst, cant get comfy", {"night_pain": True}),
    ("night time is agony for my back", {"night_pain": True}),
    ("nights have been hell this week", {"night_pain": True}),
    ("awake at 4am every night with the pain", {"night_pain": True}),
    ("every night im up at 2am with it", {"night_pain": True}),
    ("woke up at 3 every night this week from the pain", {"night_pain": True}),
    ("de nachten zijn het ergst", {"night_pain": True}),
    ("de nachten zijn een hel", {"night_pain": True}),
    ("elke nacht om 3 uur wakker ervan", {"night_pain": True}),
    ("les nuits sont le pire", {"night_pain": True}),
    ("la nuit c est l enfer", {"night_pain": True}),
    ("reveillee a 3h chaque nuit a cause de ca", {"night_pain": True}),
    # ---- wiping and the paper not felt touching ----
    ("when i wipe its like the tissue isnt even there", {"saddle_numbness": True}),
    ("wiping feels like the paper isnt touching anything", {"saddle_numbness": True}),
    ("wiping is like theres no paper", {"saddle_numbness": True}),
    ("the loo roll doesnt even touch me when i wipe", {"saddle_numbness": True}),
    ("als ik me afveeg is het alsof het papier me niet raakt", {"saddle_numbness": True}),
    ("bij het afvegen raakt het papier me niet", {"saddle_numbness": True}),
    ("qd je m essuie c est comme si le papier me touchait pas", {"saddle_numbness": True}),
    ("en m essuyant le papier me touche meme pas on dirait", {"saddle_numbness": True}),
    # ---- a bit less feeling there ----
    ("je sens beaucoup moins au niveau des fesses", {"saddle_numbness": True}),
    ("je sens de moins en moins entre les jambes", {"saddle_numbness": True}),
    ("je sens un tout petit peu moins sur la lunette des wc", {"saddle_numbness": True}),
    ("i can feel a bit less down there when i sit on the loo", {"saddle_numbness": True}),
    ("i feel a lot less round my bum than before", {"saddle_numbness": True}),
    ("ik voel een beetje minder tussen mijn benen als ik op de wc zit", {"saddle_numbness": True}),
    ("ik voel wat minder aan mijn poep", {"saddle_numbness": True}),
    # ---- not feeling whether it comes out, told at the toilet ----
    ("chui constipe et quand je pousse je sens pas si quelque chose vient", {"bladder_bowel": True}),
    ("quand je pousse je remarque meme pas si quelque chose sort", {"bladder_bowel": True}),
    ("je sens pas si ca passe quand je vais aux toilettes", {"bladder_bowel": True}),
    ("constipated since sunday and when i push i cant even tell if anything comes out", {"bladder_bowel": True}),
    ("when i push on the loo i cant feel if anything is coming out", {"bladder_bowel": True}),
    ("on the toilet i dont feel when it comes out", {"bladder_bowel": True}),
    ("i dont feel when the poo comes out", {"bladder_bowel": True}),
    ("ik zit verstopt sinds het weekend en als ik duw voel ik niet eens of er iets uitkomt", {"bladder_bowel": True}),
    ("ik voel niet wanneer de ontlasting eruit komt", {"bladder_bowel": True}),
]

NEGATIVES = [
    # a fever now, or one that is asked about or not over, stays a fever
    ("ive got a fever and its over 39", {"fever": True}),
    ("i have a fever, its over now but the chills are back", {"fever": True}),
    ("j ai de la fievre et c pas fini", {"fever": True}),
    ("j ai de la fievre depuis hier c fini quand", {"fever": True}),
    ("j ai de la fievre depuis hier c est fini quand", {"fever": True}),
    ("fievre depuis 3 jours, c pas termine", {"fever": True}),
    ("numb all over my bum", {"saddle_numbness": True}),
    # the patient's own cancer stays, worried or not, and "pops" of a back is no relative
    ("i had cancer so im a bit paranoid its back", {"cancer_history": True}),
    ("im paranoid because i had cancer", {"cancer_history": True}),
    ("j ai eu un cancer donc je suis un peu parano", {"cancer_history": True}),
    ("my back pops and i had cancer", {"cancer_history": True}),
    ("my sister had cancer so im stressed, i had a tumour removed last year", {"cancer_history": True}),
    ("give me a minute, i had cancer", {"cancer_history": True}),
    ("my mum had cancer so did i and im paranoid", {"cancer_history": True}),
    ("my parents and i all had cancer", {"cancer_history": True}),
    ("as a parent i had cancer at 30", {"cancer_history": True}),
    ("my mum and dad both had cancer", {}),
    ("my wife and kids both have a fever", {}),
    # the bladder told after wiping is still the bladder; pain not felt, or all well, is nothing
    ("je m essuie apres les toilettes et j ai des fuites d urine", {"bladder_bowel": True}),
    ("je m essuie apres les toilettes et je sens pas quand j ai envie de faire pipi",
     {"saddle_numbness": True, "bladder_bowel": True}),
    ("quand je vais aux toilettes je sens plus rien", {"bladder_bowel": True}),
    ("je m essuie apres les toilettes et je sens pas de douleur", {}),
    ("je m essuie apres les toilettes, tout va bien", {}),
    ("when i wipe after the toilet i dont feel any pain", {}),
    ("wiping after the loo and it doesnt hurt", {}),
    ("na de wc afvegen en ik voel geen pijn", {}),
    ("na het toilet afvegen en alles is normaal", {}),
    # an accident with a car, a bike or a water bottle is what it was
    ("i had an accident with my car", {"onset": "trauma"}),
    ("i had an accident with my bike and hurt my back", {"onset": "trauma"}),
    ("had an accident with the water bottle", {}),
    ("ik had een ongeluk met de fiets", {"onset": "trauma"}),
    ("i can get up on my tiptoes fine", {}),
    ("i cant get up on the roof anymore to clean the gutters", {}),
    ("ik geraak nog op mijn tenen", {}),
    ("ik kom niet meer op tijd op mijn werk", {}),
    ("impossible de dormir sur le dos", {}),
    ("de deur klapt bij elke windstoot op de grond", {}),
    ("de regen klapt bij elke bui op de grond", {}),
    ("working nights is the worst for my back", {}),
    ("nights are fine, mornings are the worst", {}),
    ("nights are the worst when i roll over", {}),
    ("up at 3am every night with the baby", {}),
    ("nights are not the worst, mornings are", {}),
    ("up at 5am every day with it", {}),
    ("de nachten zijn prima", {}),
    ("de nachten zijn niet het ergst", {}),
    ("de nacht is erg kort met een baby", {}),
    ("elke nacht om 3 uur wakker van de baby", {}),
    ("les nuits sont calmes, le matin c est le pire", {}),
    ("la nuit c est pas le pire", {}),
    ("when i wipe the paper isnt bloody", {}),
    ("i wipe and theres no paper left", {}),
    ("we have no toilet paper left, wiping with tissues", {}),
    ("het papier is op, ik veeg met een doekje", {}),
    ("bij het afvegen voel ik het papier goed", {}),
    ("quand je m essuie le papier est propre", {}),
    ("je sens un peu moins la douleur dans les fesses", {}),
    ("je sens beaucoup moins mal aux fesses", {}),
    ("je sens un peu moins la raideur dans les fesses", {}),
    ("i feel a bit less pain in my bum now", {}),
    ("feel a bit less stiff in the bottom area", {}),
    ("ik voel minder pijn in mijn billen", {}),
    ("quand je pousse je sens bien quand ca sort", {}),
    ("je sens pas si ca va passer", {}),
    ("when i push i can feel when it comes out fine", {}),
    ("i dont know if its coming out of the disc, the mri is on monday", {}),
    ("ik voel niet of de pijn overgaat als ik duw", {}),
    ("als ik op de wc zit voel ik goed wanneer het komt", {}),
]


@pytest.mark.parametrize("text, expected", POSITIVES + NEGATIVES)
def test_reading(text, expected):
    assert find_red_flags(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a sign told as an absence, then "nothing at all": the absence said again, not a denial
    ("haven't been for a poo in 3 days and don't even feel the need, nothing at all", {"bladder_bowel": True}),
    ("i cant feel my bum when i wipe, nothing at all", {"saddle_numbness": True}),
    ("ik voel niks als ik mijn poep afveeg, helemaal niks", {"saddle_numbness": True}),
    ("al 3 dagen niet naar het toilet geweest en geen aandrang, helemaal niks", {"bladder_bowel": True}),
    # a sign named and then denied stays denied
    ("numb bum, no", {}),
    ("fever, no", {}),
    ("fievre, non", {}),
    ("koorts, nee", {}),
])
def test_nothing_at_all_after_a_sign_told_as_an_absence(text, expected):
    assert find_red_flags(text) == expected
