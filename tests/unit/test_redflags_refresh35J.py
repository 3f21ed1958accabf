"""Session 35, round J (issue 12): two false alarms in questions.

1. Cancer: a cancer or a tumour named as a feared cause in a question was read as the patient's own history when it was given as
   an example after a comma ("could it be something serious, like a tumour?", "kan rugpijn door iets ernstigs komen, zoals
   kanker?", "ca peut venir de quelque chose de grave, genre une tumeur ?"): the asking clause was cut at the comma, and the
   segment "like a tumour" read alone. Changed: bot/reading/redflags.py _asking_clause (the clause before the comma read with an
   example clause) and _example_alone (a segment that is only the example is left to the whole sentence's reading), the packs' new
   CANCER_EXAMPLE (en, nl, fr); CANCER_ASKED cues for how one would know ("how do you know if", "hoe weet je of", "comment savoir
   si"), "what are the odds", "heeft het iets met ... te maken", "et si c'etait"; fr CANCER_DOUBT: what one came across in a search
   ("je suis tombee sur cancer, infection...").

2. Trauma: French "tomber sur" for finding or coming across (an article, videos, testimonies, a forum, a physio, a disease's name)
   was read as a fall. Changed: fr NOT_A_FALL (tombe(e)(s) followed by "sur" and a thing found).

Kept: an own cancer told in the sentence (had, treated, chemo, operated, "my cancer coming back", "ik had al van alles, zoals kanker":
a list of one's own illnesses), the plain questions already read; the real falls on something (the back, the buttocks, the ice, the
corner of the table, one's elbow, "un truc dur", someone's head), and the tumour a surgeon came across (still the patient's).
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

CHANGED = [
    ("could it be something serious, like a tumour?", {}),
    ("can back pain come from something serious, like cancer or a fracture?", {}),
    ("is it something bad, such as a tumor?", {}),
    ("could lower back pain be a sign of something nasty, like cancer?", {}),
    ("can it be caused by something dangerous, for example a tumour?", {}),
    ("is my back pain from something serious, like cancer?", {}),
    ("does back pain ever come from something worse, like a tumor?", {}),
    ("can back pain mean something serious, like a tumour, or is that rare?", {}),
    ("how do you know if back pain is cancer?", {}),
    ("how can i tell whether it's a tumour?", {}),
    ("what are the odds it's a tumor?", {}),
    ("zou het iets ernstigs kunnen zijn, zoals kanker?", {}),
    ("kan het van iets ergs komen, bijvoorbeeld een tumor?", {}),
    ("is het misschien iets ernstigs, zoals een gezwel?", {}),
    ("kan rugpijn door iets gevaarlijks komen, zoals een tumor of een infectie?", {}),
    ("kan da van iets serieus komen, bv kanker?", {}),
    ("hoe weet je of rugpijn kanker is?", {}),
    ("heeft het iets met kanker te maken?", {}),
    ("kan het door iets slechts komen, zoals een gezwel of een breuk?", {}),
    ("zou da van iets ergs kunnen zijn, gelijk kanker?", {}),
    ("kan mijn rugpijn een teken zijn van iets ernstigs, bijvoorbeeld kanker?", {}),
    ("le mal de dos peut-il venir de quelque chose de grave, comme un cancer ?", {}),
    ("est-ce que ça peut être grave, genre une tumeur ?", {}),
    ("ça peut venir de quelque chose de sérieux, par exemple un cancer ?", {}),
    ("comment savoir si c'est un cancer ?", {}),
    ("comment savoir si mon mal de dos est une tumeur ?", {}),
    ("et si c'était une tumeur ?", {}),
    ("je suis tombé sur cancer des os en cherchant sur google", {}),
    ("en lisant je suis tombé sur le mot métastase", {}),
    ("j'ai regardé sur google et je suis tombé sur tumeur, hernie... c'est grave ?", {}),
    ("je suis tombé sur des articles effrayants", {}),
    ("je suis tombée sur des témoignages de gens avec des hernies", {}),
    ("en fouillant sur le net je suis tombée sur plein de vidéos", {}),
    # the surgeon "came across" a tumour: no fall, the tumour stays the patient's
    ("le chirurgien est tombé sur une tumeur", {"cancer_history": True}),
]
KEPT = [
    ("i had cancer", {"cancer_history": True}),
    ("i've had a few illnesses, like cancer and diabetes", {"cancer_history": True}),
    ("i had chemo last year, could it be something serious, like a tumour?", {"cancer_history": True}),
    ("could it be something serious, like my cancer coming back?", {"cancer_history": True}),
    ("i was treated for a tumour, is it something bad, like that coming back?", {"cancer_history": True}),
    ("being treated for a tumour", {"cancer_history": True}),
    ("could it be my cancer coming back?", {"cancer_history": True}),
    ("how do i know if my cancer is back?", {"cancer_history": True}),
    ("i had breast cancer 5 years ago, how do you know if back pain is cancer?", {"cancer_history": True}),
    ("could it be cancer?", {}),
    ("ik heb kanker gehad", {"cancer_history": True}),
    ("ik heb kanker gehad, zou het iets ernstigs kunnen zijn, zoals kanker?", {"cancer_history": True}),
    ("zou het iets ergs kunnen zijn, zoals mijn kanker die terug is?", {"cancer_history": True}),
    ("ik ben behandeld voor borstkanker, kan het daarvan komen?", {"cancer_history": True}),
    ("kan het kanker zijn?", {}),
    ("ik had al van alles, zoals kanker en een hernia", {"cancer_history": True}),
    ("j'ai eu un cancer du sein", {"cancer_history": True}),
    ("j'ai eu un cancer du sein, est-ce que ça peut être grave, genre une tumeur ?", {"cancer_history": True}),
    ("est-ce que mon cancer est revenu ?", {"cancer_history": True}),
    ("j'ai été opérée d'une tumeur il y a 3 ans, comment savoir si elle est revenue ?", {"cancer_history": True}),
    ("est-ce que ça peut être un cancer ?", {}),
    ("je suis tombé sur le dos", {"onset": "trauma"}),
    ("je suis tombée sur les fesses", {"onset": "trauma"}),
    ("je suis tombé sur la glace", {"onset": "trauma"}),
    ("je suis tombé dans l'escalier", {"onset": "trauma"}),
    ("je suis tombé sur le coin de la table", {"onset": "trauma"}),
    ("je suis tombée sur mon coude en glissant", {"onset": "trauma"}),
    ("je suis tombé sur un truc dur", {"onset": "trauma"}),
    ("je suis tombé sur le carrelage de la salle de bain", {"onset": "trauma"}),
    ("je suis retombé sur le dos", {"onset": "trauma"}),
    ("ils sont tombés sur une tumeur pendant l'opération", {"cancer_history": True}),
    ("je suis tombé sur la tête d'un gars au rugby", {"onset": "trauma"}),
    ("I fell on the ice", {"onset": "trauma"}),
    ("ik ben gevallen op het ijs", {"onset": "trauma"}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
