"""Session 39P (issue 16): a question the practice's FAQ does not answer given the answer of a topic that shares a word,
from the FAQ blind split, fixed as a kind in en, nl and fr (our own phrasings, none a set text).

- A towel brought along or undressing for the treatment ("do i need a towel with me?", "moet ik mij uitkleden?", "faut-il
  se déshabiller ?") is no topic (PRACTICE_MATTERS): the physio's role told nothing of it. What to wear to the first
  visit stays the physio's role (FIRST_VISIT_ASKED, sessions 28-33I); a warm towel on the back stays heat.
- The practice's other services and rooms it does not offer here (an exercise room to train in on one's own, a visit to
  the workplace, prenatal or pregnancy classes): no topic (PRACTICE_MATTERS); what a session holds stays the physio's
  role, exercising while pregnant the pregnancy's.
- Where else or how fast to get a scan, and sending a scan's report in advance: no topic (PRACTICE_MATTERS); whether a
  scan is needed stays the scan's.
- A place for one's bike at the practice and walks or routes around it: no topic (PRACTICE_MATTERS); the address and
  the opening hours stay the location's, parking already had none.
- A child's back (a son's, a daughter's, a kid's): no topic (OTHER_PERSON_PARTS); one's own back after a child told
  ("lifting my son hurt my back") stays the person's.
Like the other topic rounds the gate is called without a model: EVIDENCE stands for what training learns, a ranking for
the classifier's. Left alone: public transport to the practice (the location's by session 32AU)."""
from bot.reading.faq import choose_topics, stems
from tests.support.reading_round import reading_round

EVIDENCE = {
    "faq_physio_role": stems("physio kine kinesist fysio physiotherapist session treatment do does wear clothes bring "
                             "first visit behandeling sessie doen eerste afspraak kleren meebrengen seance traitement "
                             "kine fait premiere tenue apporter exercise oefenen"),
    "faq_scan": stems("scan mri x-ray ct report need imaging scan mri rontgen foto verslag nodig irm radio scanner "
                      "examen besoin"),
    "faq_pregnancy": stems("pregnant pregnancy baby exercise zwanger zwangerschap oefeningen sporten enceinte grossesse "
                           "exercices sport prenatal"),
    "faq_serious": stems("serious worry worried dangerous bad erg ernstig zorgen gevaarlijk grave inquieter dangereux"),
    "faq_location_hours": stems("where address open hours located practice find adres waar open uren praktijk vinden "
                                "adresse ou ouvert horaires cabinet trouver"),
    "faq_prescription": stems("prescription referral doctor voorschrift verwijsbrief dokter prescription ordonnance "
                              "medecin"),
}


def first_of(ranking):
    return lambda text: choose_topics(ranking, text, EVIDENCE)


WEAR = [  # each got the physio's role on main
    ("do i need to have a towel with me for the treatment?", []),
    ("will the physio want me to undress?", []),
    ("is it normal to strip down to my underwear at the physio?", []),
    ("moet ik zelf een handdoek meebrengen voor de behandeling?", []),
    ("moet ik mijn kleren uitdoen op de behandeltafel?", []),
    ("moet ik mijn kleren uitdoen tijdens de sessie?", []),
    ("faut-il prendre une serviette pour la séance ?", []),
    ("on doit se déshabiller chez le kiné ?", []),
    ("je vais devoir enlever mes vêtements pendant le traitement ?", []),
]
WEAR_KEPT = [  # what to wear to the first visit stays the physio's role; a warm towel is heat (other rounds)
    ("what should i wear to my first physio appointment?", ["faq_physio_role"]),
    ("what happens during a session with the physio?", ["faq_physio_role"]),
    ("wat trek ik best aan naar de eerste afspraak?", ["faq_physio_role"]),
    ("wat doet de kinesist tijdens een behandeling?", ["faq_physio_role"]),
    ("quelle tenue pour la première séance ?", ["faq_physio_role"]),
    ("que fait le kiné pendant la séance ?", ["faq_physio_role"]),
]
test_wear_changed, test_wear_kept = reading_round(
    first_of([("faq_physio_role", 0.92), ("faq_scan", 0.03)]), WEAR, WEAR_KEPT)

SERVICES = [  # each got the physio's role on main
    ("is there an exercise room at the practice where i can work out alone after?", []),
    ("could your physio come round to our company to check our desks?", []),
    ("do you do ergonomic visits at people's workplaces?", []),
    ("hebben jullie een fitnessruimte waar ik na de sessie zelf kan oefenen?", []),
    ("komt de kine ook langs op het werk voor een werkpostanalyse?", []),
    ("doen jullie bedrijfsbezoeken om de bureaus na te kijken?", []),
    ("vous avez une salle de musculation au cabinet pour m'entraîner seul ?", []),
    ("le kiné peut venir dans notre entreprise pour voir les postes de travail ?", []),
    ("vous faites des visites en entreprise ?", []),
]
test_services_changed, _ = reading_round(first_of([("faq_physio_role", 0.9), ("faq_scan", 0.03)]), SERVICES, [])

PRENATAL = [  # each got the pregnancy's answer on main
    ("do you guys offer maternity pilates?", []),
    ("is there any pregnancy yoga at your place?", []),
    ("organiseren jullie zwangerschapsyoga?", []),
    ("is er prenatale gym bij jullie in de praktijk?", []),
    ("vous proposez de la gym prénatale ?", []),
    ("vous organisez de l'aquagym prénatale ?", []),
]
PRENATAL_KEPT = [  # group classes had none already; exercising while pregnant stays the pregnancy's
    ("do you have antenatal exercise classes at the practice?", []),
    ("il y a des cours de yoga pour femmes enceintes au cabinet ?", []),
    ("is pregnancy yoga ok with a sore lower back?", ["faq_pregnancy"]),
    ("can i still exercise while pregnant with this back pain?", ["faq_pregnancy"]),
    ("mag ik nog sporten nu ik zwanger ben en rugpijn heb?", ["faq_pregnancy"]),
    ("je peux faire du sport enceinte avec mal au dos ?", ["faq_pregnancy"]),
]
test_prenatal_changed, test_prenatal_kept = reading_round(
    first_of([("faq_pregnancy", 0.9), ("faq_sport", 0.05)]), PRENATAL, PRENATAL_KEPT)

SCAN_ELSEWHERE = [  # each got the scan's answer on main
    ("which hospital round here does an mri scan quickest?", []),
    ("how long is the waiting list for a ct scan in town?", []),
    ("where can i get a private mri without waiting months?", []),
    ("can i email you my scan report before the first appointment?", []),
    ("waar kan ik snel terecht voor een mri zonder wachtlijst?", []),
    ("mag ik het verslag van mijn scan op voorhand doorsturen?", []),
    ("hoe lang is de wachttijd voor een nmr in het ziekenhuis?", []),
    ("kan ik mijn rontgenfoto's vooraf mailen naar de kine?", []),
    ("où passer une irm rapidement sans des mois d'attente ?", []),
    ("je peux vous envoyer mon compte rendu d'irm par mail avant la séance ?", []),
    ("quel hôpital a le délai le plus court pour un scanner ?", []),
    ("la liste d'attente pour une échographie, c'est long ?", []),
]
SCAN_KEPT = [
    ("do i need an mri for my lower back?", ["faq_scan"]),
    ("should i get an x-ray of my back?", ["faq_scan"]),
    ("heb ik een scan nodig voor mijn rug?", ["faq_scan"]),
    ("moet er een mri genomen worden?", ["faq_scan"]),
    ("est-ce que j'ai besoin d'une irm ?", ["faq_scan"]),
    ("faut-il faire une radio du dos ?", ["faq_scan"]),
]
test_scan_elsewhere_changed, test_scan_elsewhere_kept = reading_round(
    first_of([("faq_scan", 0.92), ("faq_serious", 0.03)]), SCAN_ELSEWHERE, SCAN_KEPT)

AROUND = [  # each got the location's answer on main
    ("is there somewhere to lock up my bike at the practice?", []),
    ("do you have bike racks outside?", []),
    ("any nice walking routes near your practice?", []),
    ("waar kan ik mijn fiets zetten aan de praktijk?", []),
    ("is er een fietsenrek bij jullie?", []),
    ("kent ge schone fietsroutes in de buurt van de praktijk?", []),
    ("où est-ce que je peux garer mon vélo devant le cabinet ?", []),
    ("il y a un range-vélo au cabinet ?", []),
    ("vous connaissez des balades sympas près du cabinet ?", []),
]
AROUND_KEPT = [
    ("where is the practice?", ["faq_location_hours"]),
    ("when are you open during the week?", ["faq_location_hours"]),
    ("is there parking?", []),
    ("waar is de praktijk?", ["faq_location_hours"]),
    ("wat is jullie adres?", ["faq_location_hours"]),
    ("où se trouve le cabinet ?", ["faq_location_hours"]),
    ("quelles sont vos horaires ?", ["faq_location_hours"]),
]
test_around_changed, test_around_kept = reading_round(
    first_of([("faq_location_hours", 0.92), ("faq_booking", 0.03)]), AROUND, AROUND_KEPT)

CHILD = [  # each got how serious it is on main
    ("my daughter is 11 and her back hurts after school, should i be worried?", []),
    ("our son keeps saying his back aches from football, is it serious?", []),
    ("my kid of 9 complains about his back, anything to worry about?", []),
    ("mijn dochter van 10 heeft pijn in haar rug, is dat erg?", []),
    ("onze zoon klaagt over zijn rug sinds het turnen, moet ik ongerust zijn?", []),
    ("mijn kleine heeft last van zijn rug, is dat ernstig?", []),
    ("ma fille de 12 ans a mal au dos, c'est grave ?", []),
    ("mon fils se plaint de son dos depuis le foot, je dois m'inquiéter ?", []),
    ("mon gamin a mal au dos, c'est dangereux ?", []),
]
CHILD_KEPT = [  # one's own back stays the person's, a child told around it
    ("i hurt my back lifting my son, is it serious?", ["faq_serious"]),
    ("should i be worried about my back pain?", ["faq_serious"]),
    ("ik heb mijn rug geforceerd door mijn zoon op te tillen, is dat erg?", ["faq_serious"]),
    ("is mijn rugpijn ernstig?", ["faq_serious"]),
    ("j'ai mal au dos depuis que j'ai porté ma fille, c'est grave ?", ["faq_serious"]),
    ("ce mal de dos, ça peut être grave ?", ["faq_serious"]),
]
test_child_changed, test_child_kept = reading_round(
    first_of([("faq_serious", 0.9), ("faq_scan", 0.03)]), CHILD, CHILD_KEPT)

PRESCRIPTION = [  # each got the physio's role on main (FIRST_VISIT_ASKED settled it)
    ("do i have to bring a referral to my first appointment?", ["faq_prescription"]),
    ("should i bring my doctor's note along to the first session?", ["faq_prescription"]),
    ("moet ik mijn voorschrift meenemen naar de eerste sessie?", ["faq_prescription"]),
    ("moet ge uw verwijsbrief meepakken de eerste keer?", ["faq_prescription"]),
    ("faut-il apporter une prescription à la première séance ?", ["faq_prescription"]),
    ("je dois amener mon ordonnance au premier rendez-vous ?", ["faq_prescription"]),
]
PRESCRIPTION_KEPT = [  # what to bring with no paper named stays the first visit's
    ("what should i bring to my first session?", ["faq_physio_role"]),
    ("wat moet ik meebrengen naar de eerste afspraak?", ["faq_physio_role"]),
    ("qu'est-ce que je dois apporter à la première séance ?", ["faq_physio_role"]),
]
test_prescription_changed, test_prescription_kept = reading_round(
    first_of([("faq_physio_role", 0.8), ("faq_prescription", 0.15)]), PRESCRIPTION, PRESCRIPTION_KEPT)
