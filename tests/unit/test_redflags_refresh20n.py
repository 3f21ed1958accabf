"""Session 20, lead, after refresh 29/15 (scored once): pushing to pee told after the pee is named, in every language
("pour faire pipi faut que je pousse comme une malade sinon rien sort", "en pissen, ik sta daar en der komt niks, moet
duwen", "im no even sure the pee's comin oot til i look doon") is the bladder, which the refresh missed three times;
underwear found dirty or wet with nothing noticed ("mijn onderbroek was vuil ... niet eens gemerkt dat er iets kwam") and a
leak believed ("je crois que j'ai fui un peu") are the bowel or bladder; and the French imperative "mets de la glace" is the verb, not the English "mets" (metastases), which read a rugby
tackle as a cancer history."""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

BLADDER = {"bladder_bowel": True}

CHANGED = [
    ("pour faire pipi faut que je pousse sinon rien sort", BLADDER),
    ("pour uriner je suis obligée de pousser", BLADDER),
    ("en pissen, ik sta daar en der komt niks, moet duwen gelijk ne zot", BLADDER),
    ("cant tell if anything is coming out unless i look down", BLADDER),
    # underwear found dirty or wet, nothing noticed; a leak believed
    ("my undies were dirty and i didnt even notice anything coming", BLADDER),
    ("mijn onderbroek was vuil vanmiddag en ik heb niet eens gemerkt dat er iets kwam", BLADDER),
    ("mon slip etait sale et j'ai rien senti venir", BLADDER),
    ("ce matin culotte mouillee, je crois que j'ai fui un peu mais chui pas sure", BLADDER),
    ("le coach dit mets de la glace et basta", {}),
    ("mets du chaud dessus, ca ira", {}),
]

KEPT = [
    ("im not even sure the pee is coming out till i look", BLADDER),
    ("ik sta aan de wc en er komt niks, moet persen", BLADDER),
    ("je pousse je pousse et rien sort", BLADDER),
    ("la toilette c est ok, pipi normal, je dois pousser la porte", {}),
    ("je pousse la poussette et ca tire dans le dos", {}),
    ("i dont know if its going to get better until i see the doc", {}),
    ("i have to push to pee", BLADDER),
    ("ik moet duwen om te plassen", BLADDER),
    ("je dois pousser pour uriner", BLADDER),
    ("i have bone mets", {"cancer_history": True}),
    ("je mets de la glace", {}),
    ("my pants are wet from the rain, didnt notice the puddle", {}),
    ("mon pantalon est sale de peinture, j'ai pas remarque", {}),
    ("je crois que j'ai fui la ville trop tard", {}),
]


test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
