"""Session 47Q11 (issue 16): questions given a topic where the person expects none, or the wrong one (left from sessions
45-46), fixed as kinds in en, nl and fr (our own phrasings, none a set text).

- A child named as the subject of the question, its back or "for him/her" asked after a longer story than before ("my
  son of 8 carries a heavy school bag, is that bad for his back?", "mijn zoon van 8 draagt een zware boekentas, is dat
  slecht voor zijn rug?", "ma fille de 12 ans porte un sac très lourd, c'est mauvais pour son dos ?"), a child's back
  named with a possessive ("my daughter's back") or children's backs asked in general: another patient, no topic
  (OTHER_PATIENTS widened in each pack: the child's back, "bad for him", "kids' backs").
- Where to get a scan done elsewhere, a place told between "where" and the question ("where in mechelen can i get an
  mri quick", "waar in gent kan ik snel een mri laten maken?", "à liège, où est-ce qu'on peut passer une irm ?"): a
  matter for another service, no scan question (PRACTICE_MATTERS widened).
- French: coming round to the practice on a day ("je peux passer chez vous demain ?") is a slot asked, not when to see a
  doctor (FREE_SLOT_ASKED widened); "en général" is no "généraliste" (NO_EVIDENCE_WORDS: the same stem); how long it
  takes to heal asked with "combien de temps" and healing ("ça met combien de temps à guérir ?", "ça guérit en combien
  de temps ?") is the healing time first (HEALING_BY_ASKED widened).
- Dutch: no clear cause read, heard or said, asked as a question ("de dokter zei dat er meestal geen duidelijke oorzaak
  gevonden wordt, is dat normaal?", "... klopt dat?"): the non-specific (NONSPECIFIC_ASKED widened), before how serious
  it is ("ik las dat er vaak geen duidelijke oorzaak is, hoe kan dat?" was already read so by the gate: kept).
Kept: the person's own question with a child or relative named ("my son says i should rest, is that right?"), the
pregnancy, someone brought to the appointment (no topic, as before), one's own back hurt carrying a child, whether a
scan is needed asked plainly, a doctor's scan asked about, when to see a doctor asked plainly, no clear cause asked
plainly. The red-flag reader is not touched: a red flag told in such a question is read before any topic, as before.
Like the other topic rounds the gate is called without a model: EVIDENCE stands for what training learns, a ranking for
the classifier's."""
from bot.reading.faq import choose_topics, stems
from tests.support.reading_round import reading_round

EVIDENCE = {
    "faq_healing_time": stems("long heal weeks lang duren genezen weken longtemps guerir semaines"),
    "faq_when_doctor": stems("doctor gp huisarts dokter medecin generaliste"),
    "faq_serious": stems("serious dangerous worry ernstig gevaarlijk grave dangereux inquieter"),
    "faq_scan": stems("scan mri xray foto irm radio scanner radiographie"),
    "faq_nonspecific": stems("nonspecific aspecifiek specifique cause oorzaak"),
    "faq_rest_or_move": stems("rest bed move walk rust rusten bewegen repos lit bouger"),
    "faq_pregnancy": stems("pregnant pregnancy zwanger zwangerschap enceinte grossesse"),
    "faq_appointment_time": stems("slot free tomorrow vrij morgen libre creneau"),
    "faq_booking": stems("book appointment afspraak boeken rendez-vous"),
}


def first_of(ranking):
    return lambda text: choose_topics(ranking, text, EVIDENCE)


CHILD = [  # each got how serious it is on main: a child's back, not the person's
    ("my son of 8 carries a heavy school bag every single day, is that bad for his back?", []),
    ("our little girl is 9 and does gymnastics four evenings a week now, could that damage her back?", []),
    ("my daughter's back is always stiff after hockey, should i worry?", []),
    ("is a heavy schoolbag harmful for kids' backs?", []),
    ("mijn zoon van 8 sleurt elke dag een zware boekentas mee naar school, is dat slecht voor zijn rug?", []),
    ("ons dochtertje van 10 zit de hele dag gebogen over haar gsm en tablet, is dat gevaarlijk voor haar?", []),
    ("onze zoon van 14 doet aan turnen vijf keer per week tegenwoordig, kan dat kwaad voor zijn rug?", []),
    ("ma fille de 12 ans porte un cartable très très lourd tous les jours, c'est mauvais pour son dos ?", []),
    ("mon fils de 15 ans joue à la console penché toute la journée, c'est grave pour lui ?", []),
    ("le dos de ma fille craque souvent, c'est grave ?", []),
]
CHILD_KEPT = [  # the person's own back or question with a child named stays theirs; how serious asked plainly stays
    ("i carry my son of 8 on my shoulders a lot, is that bad for my back?", ["faq_serious"]),
    ("is it serious?", ["faq_serious"]),
    ("ik draag mijn zoontje van 2 veel, is dat slecht voor mijn rug?", ["faq_serious"]),
    ("is het ernstig?", ["faq_serious"]),
    ("je porte souvent ma fille de 3 ans, c'est mauvais pour mon dos ?", ["faq_serious"]),
    ("c'est grave ?", ["faq_serious"]),
]
test_child_changed, test_child_kept = reading_round(first_of([("faq_serious", 0.8)]), CHILD, CHILD_KEPT)
PERSON_KEPT = [  # the person's own question, the pregnancy, someone brought along: as before
    ("my son says i should rest, is that right?", ["faq_rest_or_move"]),
    ("mijn zoon zegt dat ik moet rusten, klopt dat?", ["faq_rest_or_move"]),
    ("mon fils dit que je dois me reposer, c'est vrai ?", ["faq_rest_or_move"]),
    ("can my daughter come with me to the appointment?", []),
    ("mag mijn dochter mee naar de afspraak?", []),
    ("ma fille peut venir avec moi au rendez-vous ?", []),
]
_, test_person_kept = reading_round(first_of([("faq_rest_or_move", 0.8), ("faq_booking", 0.1)]), [], PERSON_KEPT)
PREGNANCY_KEPT = [
    ("i'm pregnant and my toddler wants carrying all day, is that ok for my back?", ["faq_pregnancy"]),
    ("ik ben zwanger en mijn zoontje wil altijd gedragen worden, kan dat voor mijn rug?", ["faq_pregnancy"]),
    ("je suis enceinte et ma fille veut toujours être portée, c'est ok pour mon dos ?", ["faq_pregnancy"]),
]
_, test_pregnancy_kept = reading_round(first_of([("faq_pregnancy", 0.8)]), [], PREGNANCY_KEPT)

SCAN_ELSEWHERE = [  # each got the scan on main: where to get one done is another service's matter
    ("where in mechelen can i get an mri done without months of waiting", []),
    ("where around antwerp could i have a scan done this month?", []),
    ("waar in gent kan ik snel een mri laten maken?", []),
    ("waar in de buurt van leuven kan ik terecht voor een scan?", []),
    ("à liège, où est-ce qu'on peut passer une irm rapidement ?", []),
    ("je suis à namur, où puis-je faire une radio du dos ?", []),
]
SCAN_KEPT = [  # whether a scan is needed, or the doctor's scan asked about, stays the scan
    ("do i need an mri?", ["faq_scan"]),
    ("should i get a scan first?", ["faq_scan"]),
    ("mijn huisarts wil een scan, is dat nodig?", ["faq_scan"]),
    ("heb ik een mri nodig?", ["faq_scan"]),
    ("il faut une irm ?", ["faq_scan"]),
    ("mon médecin veut une radio, c'est nécessaire ?", ["faq_scan"]),
]
test_scan_changed, test_scan_kept = reading_round(first_of([("faq_scan", 0.8)]), SCAN_ELSEWHERE, SCAN_KEPT)

FRENCH = [  # each got when to see a doctor on main
    ("je peux passer chez vous demain ?", ["faq_appointment_time"]),
    ("on pourrait passer au cabinet cet après-midi ?", ["faq_appointment_time"]),
    ("ça guérit en combien de temps en général ?", ["faq_healing_time"]),
    ("en général ça prend combien de temps pour guérir ?", ["faq_healing_time"]),
    ("ça met combien de temps à guérir ?", ["faq_healing_time"]),
    ("ça met combien de temps à partir, un lumbago ?", ["faq_healing_time"]),
]
FRENCH_KEPT = [  # when to see a doctor asked plainly, or with the GP named, stays
    ("quand est-ce que je dois voir un médecin ?", ["faq_when_doctor"]),
    ("je dois aller chez le généraliste ?", ["faq_when_doctor"]),
    ("je dois passer chez le médecin ?", ["faq_when_doctor"]),
    ("in general, should i see a doctor?", ["faq_when_doctor"]),
]
test_french_changed, test_french_kept = reading_round(
    first_of([("faq_when_doctor", 0.8), ("faq_healing_time", 0.1), ("faq_appointment_time", 0.05)]), FRENCH, FRENCH_KEPT)

NONSPECIFIC = [  # each got how serious it is on main
    ("de dokter zei dat er meestal geen duidelijke oorzaak gevonden wordt, is dat normaal?", ["faq_nonspecific"]),
    ("ik hoorde dat ze vaak geen aanwijsbare oorzaak vinden bij rugpijn, klopt dat?", ["faq_nonspecific"]),
]
NONSPECIFIC_KEPT = [  # no clear cause asked plainly, or read and asked how it can be, stays; how serious asked plainly stays
    ("ik las dat er vaak geen duidelijke oorzaak is, hoe kan dat?", ["faq_nonspecific"]),
    ("i read there's often no clear cause found, how is that possible?", ["faq_nonspecific"]),
    ("geen duidelijke oorzaak, hoe kan dat?", ["faq_nonspecific"]),
    ("is het gevaarlijk als er geen oorzaak is?", ["faq_serious"]),
    ("c'est grave ?", ["faq_serious"]),
]
test_nonspecific_changed, test_nonspecific_kept = reading_round(
    first_of([("faq_serious", 0.8), ("faq_nonspecific", 0.1)]), NONSPECIFIC, NONSPECIFIC_KEPT)
