"""Session 32, round AP: a "he"/"she" message opened by "also / plus / ook / bovendien"; a question whether something gives or
is cancer read as a cancer had; being moved by words or a story read as a blow.

Blind messages were read wrong:
1. A message typed for the patient, opening on "also he is ..." (en) or "ook is hij ..." (nl) was read {}: only a message whose
   first word is "he" / "she" / "hij" / "zij" had its pronouns read as the patient's, so the weight lost, the fever or the
   bladder told after the opener was read as a relative's.
2. A question whether sitting, a job or pills can give cancer ("could ... give me cancer?", "kan ... kanker geven?", "... peut
   donner un cancer ?"), one's back pain asked as cancer ("kan mijn rugpijn kanker zijn?", "ma douleur est-elle un cancer ?"),
   also after a relative's cancer told in the sentence, was read as a cancer history.
3. Being moved by a story, words or the news ("geraakt door zijn verhaal", "struck by how ...", "heurte par ses paroles") was read
   as a trauma onset.

Changed:
- engine (bot/reading/redflags.py _opens_on_him, in _typed_for_him): the message's first word, or the first or second word after an
  opener (packs' new THIRD_OPENERS, en, nl, fr, beside WRITER; the second: the Dutch verb before its subject), is a third person.
- engine (_cancer_asked): the own history (CANCER_OWN) is looked for in the sentence without its clauses told of a relative
  (_without_relatives_clauses).
- CANCER_ASKED (en): "could/can/will/does ... give/cause/lead to (me|you) cancer"; CANCER_OWN (en): "me cancer" not after "give /
  cause / get". CANCER_ASKED (nl): a clause opening on kan/zou/krijg/geeft/veroorzaakt ... before the cancer word (not after met, na,
  tijdens, ...: "kan ik met kanker sporten?" stays); CANCER_OWN (nl): "mijn rugpijn/pijn/rug/klachten/werk kanker" is no own cancer.
  CANCER_ASKED (fr): "peut/peuvent/risque ... donner/provoquer/causer", "est-ce que ... donne/provoque", "est-elle/serait-il un(e)".
- NOT_A_FALL (en): struck/hit/touched/moved by how, what, the news, words, a story ...; (nl): "geraakt door" a story, words, the news,
  what one said; (fr): heurte/touche/frappe/blesse/secoue par des paroles, une remarque, une critique, ce qu'on a dit.

Kept: the same signs after an opener told of "I", or of "he"/"she" where read already; a relative named (not typed for); one's
own cancer had, treated, coming back or lived with ("kan ik met kanker sporten?"); questions read already; a vehicle, a ball, a
branch or a door that struck the patient; a moving already read.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

WEIGHT = {"weight_loss": True}
FEVER = {"fever": True}
NIGHT = {"night_pain": True}
BLADDER = {"bladder_bowel": True}
SADDLE = {"saddle_numbness": True}
CANCER = {"cancer_history": True}
CHANGED = [
    # 1. an opener before "he"/"she" of a message typed for the patient (en)
    ("plus she has had a high temperature since sunday", FEVER),
    ("on top of that he is losing weight fast and eats normally", WEIGHT),
    ("and also she has wet herself twice this week", BLADDER),
    ("also she keeps shivering with a fever", FEVER),
    # ... (nl), the verb before its subject
    ("ook is hij de laatste weken flink vermagerd", WEIGHT),
    ("en ook heeft hij 39 graden koorts", FEVER),
    ("bovendien is hij erg mager geworden", WEIGHT),
    ("verder heeft hij koorts", FEVER),
    ("ook plast hij in zijn broek", BLADDER),
    ("ook voelt hij niks meer als hij zijn billen afveegt", SADDLE),
    # 2. a question whether something gives or is cancer, none had (en)
    ("could all this sitting at a desk give me cancer?", {}),
    ("can carrying heavy bags give you bone cancer", {}),
    ("will taking painkillers every day give me cancer", {}),
    ("does lying in bed so much give you cancer?", {}),
    ("could my job be giving me cancer?", {}),
    # ... (nl)
    ("kan al dat tillen botkanker geven?", {}),
    ("krijg je kanker van te veel pijnstillers?", {}),
    ("kunnen ontstekingsremmers kanker veroorzaken?", {}),
    ("mijn vader heeft darmkanker gehad, kan mijn pijn ook kanker zijn?", {}),
    ("geeft lang zitten kanker?", {}),
    # ... (fr)
    ("rester assis au bureau toute la journee peut donner un cancer ?", {}),
    ("ma douleur est-elle un cancer ?", {}),
    ("ce mal de dos serait-il une tumeur ?", {}),
    ("mes medicaments risquent-ils de causer un cancer ?", {}),
    # 3. moved by words, a story, the news: no blow (en, nl, fr)
    ("i was struck by how calm he stayed", {}),
    ("i was hit by the news of his death last month", {}),
    ("i got struck by the thought that i might never walk again", {}),
    ("i was really struck by her words at the funeral", {}),
    ("ik was echt geraakt door de brief van mijn zus", {}),
    ("ik werd geraakt door wat hij zei", {}),
    ("ik ben erg geraakt door het nieuws van zijn overlijden", {}),
    ("ze was zo geraakt door de film", {}),
    ("j ai ete vraiment heurtee par ses remarques", {}),
    ("elle a ete heurtee par sa critique", {}),
    ("j ai ete heurte par son attitude", {}),
    ("j ai ete profondement heurtee par ce message", {}),
]
KEPT = [
    # 1. the same without the opener, or the patient's own after an opener
    ("he is getting really skinny, his trousers hang off him", WEIGHT),
    ("also i am getting really thin without trying", WEIGHT),
    ("plus i have had a fever since sunday", FEVER),
    ("bovendien ben ik veel afgevallen zonder dieet", WEIGHT),
    ("ook heb ik koorts", FEVER),
    ("en plus il a beaucoup maigri", WEIGHT),
    ("et puis elle a de la fievre", FEVER),
    ("de plus je perds du poids sans raison", WEIGHT),
    ("aussi la douleur me reveille la nuit", NIGHT),
    # ... read already on main (the subject not a relative word there, or another word naming him)
    ("also he is getting really skinny, his trousers hang off him", WEIGHT),
    ("besides that he cannot feel the toilet paper when he wipes", SADDLE),
    ("bovendien heeft zij sinds gisteren hoge koorts", FEVER),
    ("en dan nog valt hij zomaar af zonder te lijnen", WEIGHT),
    ("daarbij plast zij de laatste dagen in haar broek", BLADDER),
    ("daarnaast is zij al 7 kilo kwijt", WEIGHT),
    ("kan mijn pijn in de onderrug kanker zijn?", {}),
    ("is mijn rugpijn misschien kanker?", {}),
    ("est-ce que les antidouleurs donnent le cancer ?", {}),
    ("porter des charges lourdes peut-il provoquer un cancer des os ?", {}),
    # ... a relative named, not typed for: their sign stays theirs
    ("also my husband is getting very thin", {}),
    # 2. the person's own cancer stays a history, whatever is asked
    ("i had cancer, could it be back?", CANCER),
    ("had chemo last year, could this be cancer?", CANCER),
    ("i have cancer, can it give me back pain", CANCER),
    ("the radiotherapy gave me cancer in my bladder", CANCER),
    ("ik heb borstkanker gehad, kan het uitgezaaid zijn?", CANCER),
    ("ik heb kanker gehad, kan mijn rugpijn kanker zijn?", CANCER),
    ("kan mijn borstkanker terug zijn?", CANCER),
    ("kan ik met kanker sporten?", CANCER),
    ("kan ik na de kanker weer sporten", CANCER),
    ("kan de bestraling voor mijn prostaatkanker dit geven?", CANCER),
    ("j ai eu un cancer du sein, est-ce que ca peut etre revenu ?", CANCER),
    ("j ai un cancer, est-ce que ca peut donner mal au dos ?", CANCER),
    ("est-ce que mon cancer peut provoquer ces douleurs ?", CANCER),
    # ... a question asked without any cancer had (read already)
    ("could my back pain be cancer?", {}),
    ("my dad had cancer, could my back pain be cancer?", {}),
    ("zou het een tumor kunnen zijn?", {}),
    ("est-ce que ca peut etre un cancer ?", {}),
    ("ma mere a eu un cancer, est-ce que ca peut etre un cancer ?", {}),
    # 3. a blow by a vehicle or a thing stays trauma; a moving told already read
    ("I was struck by a car on the crossing", {"onset": "trauma"}),
    ("i was hit by a falling branch", {"onset": "trauma"}),
    ("i was hit by the door of a van", {"onset": "trauma"}),
    ("ik werd op de fiets geraakt door een busje", {"onset": "trauma"}),
    ("ik werd geraakt door een bal", {"onset": "trauma"}),
    ("ik ben geraakt door een vallende tak", {"onset": "trauma"}),
    ("j ai ete touchee par une voiture en traversant", {"onset": "trauma"}),
    ("j ai ete heurtee par un velo", {"onset": "trauma"}),
    ("j ai ete heurte par la porte du bus", {"onset": "trauma"}),
    ("I was touched by her story", {}),
    ("j ai ete tres touchee par sa lettre", {}),
    ("j ai ete frappee par sa gentillesse", {}),
    ("ik voelde me geraakt door de film", {}),
]


test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
