"""Session 38, round T (issue 12): a general question whether back pain can point to a tumour or a cancer, the cancer word
given alone after a comma as the example of the question ("can back pain point to something serious, a tumour or so?"), with
no cancer of the writer's own, was read as cancer_history (a false alarm). The question before the comma was only read with
the cancer word when an example word opened its clause ("..., like a tumour?", the packs' CANCER_EXAMPLE, session 35J); the
clause cut at the comma ("a tumour or so") was read alone as a history.

Changed: bot/reading/redflags.py _apposition: the cancer word with only an article before it in its clause (the packs' new
CANCER_APPOSITION_BEFORE: "a", "een", "nen", "une") and only a vague tag after it (the packs' new CANCER_VAGUE: "or so", "or
something", "for instance", "of zo", "ofzo", "bijvoorbeeld", "ou quoi", "ou autre", "par exemple") is read with the clause before
the comma, as the example (_asking_clause); the segment cut at the comma that is only that apposition is read as its sentence
reads the same match (_apposition_in_sentence, the cancer rules' skip_in_sentence). fr CANCER_ASKED: a back pain ("une
douleur au dos", "un mal de dos", "des douleurs au dos", "la lombalgie") that can reveal, announce or betray it ("reveler",
"annoncer", "signaler", "trahir"); nl CANCER_ASKED: "kan lage rugpijn ..." as the asking subject.

Kept: an own cancer told in the sentence (had, removed, treated, found, chemo, coming back) keeps the flag, also with the
vague tag ("i've had something serious in the past, a tumour or so"); a lone "a tumour or so" with no question before it
stays a history (the safe side); a relative's cancer stays theirs; the worries and questions already read as no history.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

C = {"cancer_history": True}
CHANGED = [
    # en: the cancer word alone after a comma, the example of the question before it
    ("can a sore lower back be a sign of something bad, a tumour or so?", {}),
    ("could this pain mean something nasty, cancer or something?", {}),
    ("is it something serious, a tumor or whatever?", {}),
    ("might my back pain be something worse, cancer for example?", {}),
    ("does back pain ever point to something grave, cancer or the like?", {}),
    ("is it possibly something really bad, a tumour for instance?", {}),
    ("should i be worried it is something awful, cancer or anything?", {}),
    ("can back pain be a symptom of something serious, a tumour or something like that?", {}),
    ("could this be something bad, cancer even?", {}),
    ("is there a chance it's something serious, cancer or similar?", {}),
    # nl (incl. Flemish)
    ("kan lage rugpijn op iets kwaadaardigs wijzen, kanker of zo?", {}),
    ("zou dit iets ergs kunnen zijn, een gezwel ofzo?", {}),
    ("is het misschien iets gevaarlijks, een tumor of iets dergelijks?", {}),
    ("kan pijn in de rug een teken zijn van iets ernstigs, kanker bijvoorbeeld?", {}),
    ("kan da iets ernstigs zijn, nen tumor of zoiets?", {}),
    ("is dat iets slechts, kanker of iets in die aard?", {}),
    ("wijst zoiets op iets ernstigs, kanker of wat dan ook?", {}),
    ("kan lage rugpijn op iets kwaadaardigs wijzen, zoals kanker?", {}),
    ("kan rugpijn een teken zijn van iets ergs, een gezwel bijvoorbeeld?", {}),
    ("is da iets ernstig, kanker ofzo?", {}),
    # fr
    ("est-ce que ça peut être un truc grave, un cancer ou quoi ?", {}),
    ("ça pourrait cacher quelque chose de sérieux, une tumeur par exemple ?", {}),
    ("mon mal de dos peut être quelque chose de grave, un cancer ou autre ?", {}),
    ("ça peut venir de quelque chose de méchant, une tumeur ou un truc comme ça ?", {}),
    ("est-ce que ça peut signifier un problème grave, un cancer ou quelque chose ?", {}),
    ("est-ce que c'est grave, une tumeur ou pas ?", {}),
    # fr: a back pain that could reveal or announce it
    ("une douleur au dos peut révéler un cancer ?", {}),
    ("un mal de dos peut annoncer une tumeur ?", {}),
    ("des douleurs au dos peuvent trahir un cancer ?", {}),
]
KEPT = [
    # the own cancer stays
    ("i had a tumour removed two years ago", C),
    ("i've had something serious in the past, a tumour or so", C),
    ("could it be back, the cancer or so?", C),
    ("could my cancer be back?", C),
    ("they found a tumour in my lung last month", C),
    ("i'm on chemo", C),
    ("i had cancer, could it be something serious, a tumour or something?", C),
    ("ik heb kanker gehad", C),
    ("ik heb kanker gehad, is het iets ergs, een tumor of zo?", C),
    ("ik ben nog in behandeling voor prostaatkanker", C),
    ("j'ai eu un cancer du sein, est-ce que ça peut revenir dans le dos ?", C),
    ("j'ai eu un cancer, une douleur au dos peut révéler une récidive ?", C),
    ("une douleur au dos peut révéler un cancer ? j'ai eu un cancer du sein il y a 3 ans", C),
    # a lone cancer word with its tag, no question before: the safe side
    ("a tumour or so", C),
    # a relative's cancer stays theirs
    ("my mum had cancer, could mine be cancer or something?", {}),
    ("mijn vader had kanker", {}),
    ("ma mère a eu un cancer", {}),
    # the worry and the question already read as no history
    ("could it be a tumour?", {}),
    ("can back pain be a sign of cancer?", {}),
    ("i'm scared it's cancer", {}),
    ("could it be something serious like a tumour?", {}),
    ("kan het een tumor zijn?", {}),
    ("kan rugpijn op kanker wijzen?", {}),
    ("ik ben bang dat het kanker is", {}),
    ("kan het kanker zijn, ik heb dit nooit eerder gehad", {}),
    ("zou het iets ergs kunnen zijn, een tumor misschien?", {}),
    ("ça peut être un cancer ?", {}),
    ("est-ce que ça peut cacher une tumeur ?", {}),
    ("j'ai peur que ce soit un cancer", {}),
    ("ça pourrait être quelque chose de grave, genre tumeur ou autre ?", {}),
    ("could an ache like this hint at something sinister, a tumour perhaps or something?", {}),
    ("could it be anything serious, some kind of tumour or something?", {}),
    ("kan mijn rugpijn iets ergs betekenen, een tumor misschien?", {}),
    ("la douleur pourrait être grave, une tumeur peut-être ?", {}),
    ("kan lage rugpijn op kanker wijzen?", {}),
    ("ik heb kanker gehad, kan lage rugpijn op iets ernstigs wijzen, zoals kanker?", C),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
