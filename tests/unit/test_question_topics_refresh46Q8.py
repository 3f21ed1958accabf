"""Session 46Q8 (issue 16): questions the session-start model and gate answered with no topic or the wrong one (fresh
sets 53-54), fixed as kinds in en, nl and fr (our own phrasings, none a set text). The kinds round 46Q7 left.

- A disc hernia named by someone else and asked whether it is one ("my brother-in-law reckons it's a slipped disc, is he
  right?", "mijn collega zegt dat het een hernia is, klopt da?", "ma voisine dit que c'est une hernie discale, c'est
  ça ?"): the disc topic (DISC_ASKED, a new asked-first table in each pack). A statement ("it's a slipped disc, how long
  ...") asks no such thing and keeps its own topic; another hernia than the back's stays another subject.
- One's job told with its tasks, and whether to keep doing them ("i'm a care worker lifting people out of bed, can i
  keep doing that?", "ik werk in de thuiszorg ..., kan ik dat blijven doen?", "je travaille comme aide-soignante ...,
  je peux continuer ?"): work, where the bed of the tasks put rest or move first (WORK_TASKS_ASKED, with the other work
  tables). Exercises kept up at work stay rest or move.
- Back pain with no clear cause or "non-specific", asked how or what it means ("they say there's no clear cause, how
  is that possible?", "geen duidelijke oorzaak, hoe kan dat?", "sans cause précise, comment c'est possible ?"): the
  non-specific topic (NONSPECIFIC_ASKED, a new asked-first table). Told before another question ("non-specific, how
  long will it take?") it keeps that question's topic. The red-flag reader is not touched: a red flag told in such a
  question is read there as before.
- A thanks that asks nothing ("thanks a lot, you're nicer than my gp"): no topic (THANKS_TOLD, faq.choose_topics), the
  doctor named there asking nothing; a thanks before a question stays that question's.
- Another person's other complaint ("my husband had a kidney stone, can it come back?"): another subject
  (OTHER_PERSON_PARTS widened with complaints; in English "it come(s) back" names no back, SUBJECT_FREE_PHRASES).
Kept: each topic asked plainly; the statements above; a groin hernia; a thanks before a question; the back's own
recurrence.
Left to the model (NLU examples in data/nlu/faq.yml and fr_faq.yml, the lead retrains): the classifier's ranking of
these forms without a phrase (the disc and non-specific asked in other words, the carer's work with no "keep doing").
Like the other topic rounds the gate is called without a model: EVIDENCE stands for what training learns, a ranking
for the classifier's."""
from bot.reading.faq import choose_topics, stems
from tests.support.reading_round import reading_round

EVIDENCE = {
    "faq_disc_herniation": stems("hernia disc slipped hernia discus hernie disque"),
    "faq_nonspecific": stems("cause nonspecific specific oorzaak aspecifiek specifieke cause specifique"),
    "faq_work": stems("work job werk werken job travail boulot travailler"),
    "faq_rest_or_move": stems("rest bed move exercises rust bewegen oefeningen repos bouger exercices"),
    "faq_serious": stems("serious dangerous ernstig gevaarlijk grave dangereux"),
    "faq_when_doctor": stems("doctor gp huisarts dokter medecin generaliste"),
    "faq_recurrence": stems("again prevent back weer terugkomen voorkomen revienne eviter recidive revenir"),
    "faq_healing_time": stems("long heal lang genezen duurt longtemps guerir temps"),
}


def first_of(ranking):
    return lambda text: choose_topics(ranking, text, EVIDENCE)


DISC = [  # each got no topic on main (the classifier unsure, how serious first)
    ("when i cough it zaps down my leg, my brother-in-law reckons it's a slipped disc, is he right?",
     ["faq_disc_herniation"]),
    ("my mate at the gym swears it's a hernia, could it be?", ["faq_disc_herniation"]),
    ("mijn collega zegt direct dat het een hernia is, klopt da?", ["faq_disc_herniation"]),
    ("als ik nies schiet het tot in mijn been, zou het een hernia kunnen zijn?", ["faq_disc_herniation"]),
    ("ma voisine dit direct que c'est une hernie discale, c'est ça ?", ["faq_disc_herniation"]),
    ("quand je tousse ça descend dans la jambe, ça pourrait être une hernie ?", ["faq_disc_herniation"]),
]
DISC_KEPT = [  # the disc asked plainly stays; a statement before another question keeps that question's topic
    ("what is a slipped disc exactly?", ["faq_disc_herniation"]),
    ("wat is een hernia juist?", ["faq_disc_herniation"]),
    ("c'est quoi une hernie discale ?", ["faq_disc_herniation"]),
    ("it's a slipped disc according to the scan, how long will it take to heal?", ["faq_healing_time"]),
    ("ze zeggen dat het een hernia is, hoe lang duurt het om te genezen?", ["faq_healing_time"]),
    ("c'est une hernie discale, ça met combien de temps à guérir ?", ["faq_healing_time"]),
]
test_disc_changed, _ = reading_round(
    first_of([("faq_serious", 0.45), ("faq_disc_herniation", 0.3)]), DISC, [])
_, test_disc_plain_kept = reading_round(
    first_of([("faq_disc_herniation", 0.8), ("faq_serious", 0.1)]), [], DISC_KEPT[:3])
_, test_disc_statement_kept = reading_round(
    first_of([("faq_healing_time", 0.8), ("faq_disc_herniation", 0.1)]), [], DISC_KEPT[3:])

WORK = [  # each got rest or move on main (the bed of the tasks)
    ("i'm a care worker, lifting residents out of bed all day, can i keep doing that?", ["faq_work"]),
    ("i work in home care, washing folks and getting them out of bed, can i still do that or better not", ["faq_work"]),
    ("ik werk in de thuiszorg, mensen wassen en uit bed helpen, kan ik dat blijven doen?", ["faq_work"]),
    ("ik ben verzorgende en moet mensen uit hun bed tillen, mag ik da blijven doen of beter rusten?", ["faq_work"]),
    ("je travaille comme aide-soignante, je sors les patients du lit, je peux continuer ?", ["faq_work"]),
    ("je bosse en maison de repos, je lève des résidents du lit, je peux continuer comme ça ?", ["faq_work"]),
]
WORK_KEPT = [  # exercises kept up at work and rest asked plainly stay rest or move
    ("i work in an office, can i keep doing my exercises at my desk?", ["faq_rest_or_move"]),
    ("ik werk op kantoor, mag ik mijn oefeningen blijven doen?", ["faq_rest_or_move"]),
    ("je travaille au bureau, je peux continuer à faire mes exercices ?", ["faq_rest_or_move"]),
    ("should i rest in bed or move?", ["faq_rest_or_move"]),
    ("moet ik in bed blijven of bewegen?", ["faq_rest_or_move"]),
    ("je dois rester au lit ou bouger ?", ["faq_rest_or_move"]),
]
test_work_changed, test_work_kept = reading_round(
    first_of([("faq_rest_or_move", 0.45), ("faq_work", 0.3)]), WORK, WORK_KEPT)

NONSPECIFIC = [  # each got no topic on main (the classifier unsure, how serious first)
    ("i read most back pain has no clear cause, how is that possible? feels like something's off", ["faq_nonspecific"]),
    ("my gp called it non-specific, what does that even mean?", ["faq_nonspecific"]),
    ("de dokter zegt geen duidelijke oorzaak, hoe kan dat nu?", ["faq_nonspecific"]),
    ("ze noemen het aspecifieke rugpijn, wat betekent dat eigenlijk?", ["faq_nonspecific"]),
    ("le médecin dit que c'est sans cause précise, comment c'est possible ?", ["faq_nonspecific"]),
    ("on m'a dit lombalgie non spécifique, ça veut dire quoi ?", ["faq_nonspecific"]),
]
NONSPECIFIC_KEPT = [  # the label told before another question keeps that question's topic; how serious asked plainly stays
    ("the doctor said non-specific, how long will it take to heal?", ["faq_healing_time"]),
    ("volgens de huisarts aspecifiek, hoe lang duurt dat om te genezen?", ["faq_healing_time"]),
    ("le médecin dit non spécifique, ça met combien de temps à guérir ?", ["faq_healing_time"]),
    ("is it serious?", ["faq_serious"]),
    ("is het ernstig?", ["faq_serious"]),
    ("c'est grave ?", ["faq_serious"]),
]
test_nonspecific_changed, _ = reading_round(
    first_of([("faq_serious", 0.45), ("faq_nonspecific", 0.3)]), NONSPECIFIC, [])
_, test_nonspecific_statement_kept = reading_round(
    first_of([("faq_healing_time", 0.8), ("faq_nonspecific", 0.1)]), [], NONSPECIFIC_KEPT[:3])
_, test_serious_kept = reading_round(first_of([("faq_serious", 0.8), ("faq_nonspecific", 0.1)]), [], NONSPECIFIC_KEPT[3:])

THANKS = [  # each got when to see a doctor on main (the doctor named)
    ("thanks a lot, you're nicer than my gp 😄", []),
    ("merci he, ge zijt vriendelijker dan mijn huisarts", []),
    ("merci, vous êtes plus gentils que mon médecin 😄", []),
]
THANKS_KEPT = [  # a thanks before a question stays that question's
    ("thanks! should i see my gp first?", ["faq_when_doctor"]),
    ("bedankt, moet ik eerst naar de huisarts?", ["faq_when_doctor"]),
    ("merci, je dois d'abord voir mon médecin ?", ["faq_when_doctor"]),
]
test_thanks_changed, test_thanks_kept = reading_round(first_of([("faq_when_doctor", 0.8)]), THANKS, THANKS_KEPT)

OTHER_COMPLAINT = [  # each got recurrence on main (another person's other complaint)
    ("my husband had a kidney stone last month, can it come back?", []),
    ("mijn man had vorige maand een niersteen, kan dat terugkomen?", []),
    ("mon mari a eu une colique néphrétique le mois passé, ça peut revenir ?", []),
]
OTHER_COMPLAINT_KEPT = [  # the back's own recurrence stays
    ("will my back pain come back?", ["faq_recurrence"]),
    ("kan mijn rugpijn terugkomen?", ["faq_recurrence"]),
    ("mon mal de dos peut revenir ?", ["faq_recurrence"]),
]
test_other_complaint_changed, test_other_complaint_kept = reading_round(
    first_of([("faq_recurrence", 0.8)]), OTHER_COMPLAINT, OTHER_COMPLAINT_KEPT)
