"""Session 46Q7 (issue 16): questions the session-start model and gate answered with no topic (fresh sets 53-54), fixed
as kinds in en, nl and fr (our own phrasings, none a set text).

- What the physio does, set against a chiropractor's cracking ("will you click my spine back in or is it mostly
  exercises?", "gaat ge mijn rug kraken of is het vooral oefeningen?", "vous faites craquer le dos ou c'est plutôt des
  exercices ?"): the physio's role (PHYSIO_ROLE_ASKED widened: joints cracked or set, then exercises as the other way).
- What lowers the chance of another bout once it is better ("which habits cut the risk of it coming back?", "welke
  gewoontes verkleinen de kans dat het terugkomt?", "quelles habitudes pour limiter le risque de rechute ?"): recurrence
  (RECURRENCE_ASKED widened: the chance or risk of it coming back made smaller).
- Paralysing oneself with one wrong movement feared ("could one wrong move paralyse me?", "kan ik mezelf verlammen met
  één verkeerde beweging?", "je peux me paralyser avec un faux mouvement ?"): how serious it is (SERIOUS_ASKED widened),
  whatever the classifier's chance. The red-flag reader is not touched: a leg that is weak or numb told stays its own.
- Paying first and getting it back, or the fund paying straight ("do i pay up front and claim it back?", "moet ik
  eerst alles betalen en krijg ik het dan terug?", "j'avance tout et la mutuelle me rembourse après ?"): the refund
  (INSURANCE_ASKED widened).
- A scan asked as better, safer or wiser ("wouldn't an mri be safer to check?", "zou een scan niet beter zijn?", "un
  scanner ce serait pas mieux ?"): the scan (SCAN_ASKED widened).
- A prescription asked with a time to start within ("does the referral have a time limit to start?", "moet ik binnen een
  bepaalde termijn beginnen met mijn voorschrift?", "l'ordonnance, il y a un délai pour commencer ?"): the prescription
  (PRESCRIPTION_VALID_ASKED widened).
- A sport asked with the pregnancy told ("zwanger, mag ik blijven sporten?"): the gate already gives the pregnancy
  first and the sport second (the order asked) when the classifier reads the sport; the set's miss is the
  classifier's, so this round adds NLU examples only (kept cases here).
- How often a week one must come with "per week" before the verb ("hoe dikwijls per week moet ik komen? ik werk in
  ploegen"): the sessions (SESSION_COUNT_ASKED widened in nl). Decided (kind 12): test_faq_gate27's
  test_a_sentence_told_after_the_question_is_no_foreign_word guards a sentence told after a question with none of the
  topic's words or phrase, read as context only when the classifier is sure (CONTEXT_SURE). Its example was the sessions
  question itself, which this session's evidence says is the sessions ("how often a week must i come, i work shifts"),
  so its example is now "hoe zit dat per week? ..." (no phrase: still [] at 0.8, still the sessions at 1.0, the words
  in the question itself still counting), and the phrased question gets the sessions at 0.8.
- A chiropractor named only as a likeness in a question of what the physio does ("do u crack joints like those chiro
  guys or more exercise stuff"): no other trade's question (TRADE_LIKENESS, faq.about_something_else); a trade set
  against the physio ("is a chiropractor better than a physio ...") stays another subject.
Kept: each topic asked plainly; a chiropractor asked for as another trade (none); the chance of it coming back with
no habit asked stays recurrence; a scan of the knee (another part: none); the refund asked plainly; the cost of one
session (the refund's, as before).
Left for later rounds (not done here, time): the disc told by a colleague, the home carer's work, the non-specific cause, and the two no-topic
questions (a thanks, another person's kidney stone).
Left to the model (NLU examples in data/nlu/faq.yml and fr_faq.yml, the lead retrains): the classifier's ranking of
these forms without a phrase. Like the other topic rounds the gate is called without a model: EVIDENCE stands for what
training learns, a ranking for the classifier's."""
from bot.reading.faq import choose_topics, stems
from tests.support.reading_round import reading_round

EVIDENCE = {
    "faq_physio_role": stems("physio kine fysio kinesist treatment behandeling traitement"),
    "faq_recurrence": stems("again prevent weer voorkomen revienne eviter recidive"),
    "faq_serious": stems("serious dangerous ernstig gevaarlijk grave dangereux"),
    "faq_reimbursement": stems("reimbursed refund insurance terugbetaald mutualiteit rembourse mutuelle"),
    "faq_scan": stems("scan mri xray foto irm radio"),
    "faq_prescription": stems("prescription referral voorschrift verwijsbrief ordonnance prescription"),
    "faq_rest_or_move": stems("rest bed move rust bewegen repos bouger"),
    "faq_healing_time": stems("long heal lang genezen longtemps guerir"),
    "faq_booking": stems("book appointment afspraak boeken rendez-vous"),
    "faq_sessions": stems("sessions session sessies beurten seances"),
    "faq_sport": stems("sport sports gym fitness sporten running lopen courir"),
    "faq_pregnancy": stems("pregnant pregnancy zwanger zwangerschap enceinte grossesse"),
}


def first_of(ranking):
    return lambda text: choose_topics(ranking, text, EVIDENCE)


ROLE = [  # each got no topic on main (the classifier unsure, rest or move first)
    ("will you click my spine back into place or is it mostly exercises?", ["faq_physio_role"]),
    ("do u crack joints like those chiro guys or more exercise stuff", ["faq_physio_role"]),
    ("gaat ge mijn rug kraken of is het vooral oefeningen?", ["faq_physio_role"]),
    ("zetten jullie wervels recht zoals een chiropractor of eerder oefeningen?", ["faq_physio_role"]),
    ("vous faites craquer le dos comme un chiro ou c'est plutôt des exercices ?", ["faq_physio_role"]),
    ("tu manipules les vertèbres ou c'est surtout des exercices à faire ?", ["faq_physio_role"]),
]
ROLE_KEPT = [  # what the physio does asked plainly stays; rest asked plainly stays rest or move
    ("what does a physio actually do?", ["faq_physio_role"]),
    ("wat doet een kine eigenlijk?", ["faq_physio_role"]),
    ("à quoi sert un kiné ?", ["faq_physio_role"]),
    ("should i rest or do exercises?", ["faq_rest_or_move"]),
    ("moet ik rusten of oefeningen doen?", ["faq_rest_or_move"]),
    ("je dois rester au repos ou faire des exercices ?", ["faq_rest_or_move"]),
]
ROLE_TRADE_KEPT = [  # another trade set against the physio or asked for stays another subject (none)
    ("is a chiropractor better than a physio for cracking the back or doing exercises?", []),
    ("is een chiropractor beter dan een kine om te kraken of oefeningen te geven?", []),
    ("un chiro c'est mieux qu'un kiné pour craquer ou faire des exercices ?", []),
]
test_role_changed, test_role_kept = reading_round(
    first_of([("faq_rest_or_move", 0.45), ("faq_physio_role", 0.3)]), ROLE, ROLE_KEPT[:3])
_, test_role_trade_kept = reading_round(
    first_of([("faq_physio_role", 0.8), ("faq_rest_or_move", 0.1)]), [], ROLE_TRADE_KEPT)
_, test_role_rest_kept = reading_round(first_of([("faq_rest_or_move", 0.8), ("faq_physio_role", 0.1)]), [], ROLE_KEPT[3:])

RECURRENCE = [  # each got no topic on main (the classifier unsure, the healing time first)
    ("once it settles, which habits cut the risk of it coming back?", ["faq_recurrence"]),
    ("what lowers my chances of another bout of this later on", ["faq_recurrence"]),
    ("welke gewoontes verkleinen de kans dat het terugkomt als het over is?", ["faq_recurrence"]),
    ("wat kan ik doen om de kans op een nieuwe opstoot kleiner te maken?", ["faq_recurrence"]),
    ("quelles habitudes pour limiter le risque de rechute une fois guéri ?", ["faq_recurrence"]),
    ("comment réduire les chances que ça recommence plus tard ?", ["faq_recurrence"]),
]
RECURRENCE_KEPT = [  # keeping it away asked plainly stays recurrence; how long it takes stays the healing time
    ("how do i prevent it coming back?", ["faq_recurrence"]),
    ("hoe voorkom ik dat het terugkomt?", ["faq_recurrence"]),
    ("comment éviter que ça revienne ?", ["faq_recurrence"]),
    ("how long will it take to heal?", ["faq_healing_time"]),
    ("hoe lang duurt het voor het geneest?", ["faq_healing_time"]),
    ("ça met combien de temps à guérir ?", ["faq_healing_time"]),
]
test_recurrence_changed, test_recurrence_kept = reading_round(
    first_of([("faq_healing_time", 0.45), ("faq_recurrence", 0.3)]), RECURRENCE, RECURRENCE_KEPT)

SERIOUS = [  # each got no topic on main (the classifier unsure, rest or move first, serious far behind)
    ("could one wrong move paralyse me? i barely dare bend down", ["faq_serious"]),
    ("one bad bend and i'm paralysed for life, can that happen?", ["faq_serious"]),
    ("kan ik mezelf verlammen met één verkeerde beweging? ik durf niet meer te bukken", ["faq_serious"]),
    ("ne verkeerde draai en ik lig verlamd, kan dat?", ["faq_serious"]),
    ("je peux me paralyser avec un faux mouvement ? j'ose plus me pencher", ["faq_serious"]),
    ("un mauvais geste et je finis paralysé, c'est possible ?", ["faq_serious"]),
]
SERIOUS_KEPT = [  # how serious asked plainly stays; bending asked as an exercise stays rest or move
    ("is it serious?", ["faq_serious"]),
    ("is het ernstig?", ["faq_serious"]),
    ("c'est grave ?", ["faq_serious"]),
    ("may i bend and move normally or better rest?", ["faq_rest_or_move"]),
    ("mag ik bukken en bewegen of beter rusten?", ["faq_rest_or_move"]),
    ("je peux bouger et me pencher ou repos ?", ["faq_rest_or_move"]),
]
test_serious_changed, _ = reading_round(
    first_of([("faq_rest_or_move", 0.5), ("faq_serious", 0.05)]), SERIOUS, [])
_, test_serious_kept = reading_round(first_of([("faq_serious", 0.8), ("faq_rest_or_move", 0.1)]), [], SERIOUS_KEPT[:3])
_, test_serious_rest_kept = reading_round(
    first_of([("faq_rest_or_move", 0.8), ("faq_serious", 0.1)]), [], SERIOUS_KEPT[3:])

REFUND = [  # each got no topic on main (the classifier unsure, booking first)
    ("is it billed direct to my insurer or do i cough up at the desk?", ["faq_reimbursement"]),
    ("does it go straight through my health fund or do i sort it myself", ["faq_reimbursement"]),
    ("moet ik eerst alles zelf betalen en krijg ik het dan terug?", ["faq_reimbursement"]),
    ("gaat da rechtstreeks via het ziekenfonds of moet ik voorschieten?", ["faq_reimbursement"]),
    ("je dois tout payer d'abord et récupérer l'argent plus tard ?", ["faq_reimbursement"]),
    ("ça passe directement par la mutuelle ou je dois avancer ?", ["faq_reimbursement"]),
]
REFUND_KEPT = [  # the refund asked plainly stays; paying by card at the desk (no refund asked) stays with the classifier
    ("is physio reimbursed?", ["faq_reimbursement"]),
    ("wordt dat terugbetaald door de mutualiteit?", ["faq_reimbursement"]),
    ("c'est remboursé par la mutuelle ?", ["faq_reimbursement"]),
    ("can i book and pay at the desk?", ["faq_booking"]),
    ("kan ik een afspraak boeken en dan betalen?", ["faq_booking"]),
    ("je peux prendre rendez-vous et payer sur place ?", ["faq_booking"]),
]
test_refund_changed, _ = reading_round(first_of([("faq_booking", 0.45), ("faq_reimbursement", 0.3)]), REFUND, [])
_, test_refund_kept = reading_round(first_of([("faq_reimbursement", 0.8), ("faq_booking", 0.1)]), [], REFUND_KEPT[:3])
_, test_refund_booking_kept = reading_round(
    first_of([("faq_booking", 0.8), ("faq_reimbursement", 0.1)]), [], REFUND_KEPT[3:])

SCAN = [  # each got no topic on main (the classifier unsure, the healing time first)
    ("i'm 55, bound to be wear and tear, wouldn't an mri be safer to check?", ["faq_scan"]),
    ("surely a scan would be wiser to see what's going on in there?", ["faq_scan"]),
    ("zou een scan niet beter zijn om mijn wervels na te kijken?", ["faq_scan"]),
    ("is een foto niet verstandiger op mijn leeftijd?", ["faq_scan"]),
    ("à mon âge un scanner ce serait pas mieux pour vérifier ?", ["faq_scan"]),
    ("ce serait pas plus prudent de faire une irm ?", ["faq_scan"]),
]
SCAN_KEPT = [  # the scan asked plainly stays; a knee scan stays another subject (none)
    ("do i need an mri?", ["faq_scan"]),
    ("heb ik een scan nodig?", ["faq_scan"]),
    ("faut-il faire une irm ?", ["faq_scan"]),
    ("wouldn't an mri of my knee be better?", []),
    ("zou een scan van mijn knie niet beter zijn?", []),
    ("une irm du genou ce serait pas mieux ?", []),
]
test_scan_changed, test_scan_kept = reading_round(
    first_of([("faq_healing_time", 0.45), ("faq_scan", 0.3)]), SCAN, SCAN_KEPT[3:])
_, test_scan_plain_kept = reading_round(first_of([("faq_scan", 0.8), ("faq_healing_time", 0.1)]), [], SCAN_KEPT[:3])

PRESCRIPTION = [  # each got no topic on main (the classifier unsure, booking first)
    ("my gp gave me a referral nearly 3 months back, is there a time limit to start?", ["faq_prescription"]),
    ("does a prescription for physio need to be started within a set period?", ["faq_prescription"]),
    ("moet ik binnen een bepaalde termijn beginnen met mijn voorschrift?", ["faq_prescription"]),
    ("mijn voorschrift is van bijna 3 maanden terug, moest ik binnen een bepaalde tijd starten?", ["faq_prescription"]),
    ("l'ordonnance date de presque 3 mois, il y a un délai pour commencer ?", ["faq_prescription"]),
    ("mon médecin m'a fait un papier pour le kiné il y a 3 mois, il est encore bon ?", ["faq_prescription"]),
]
PRESCRIPTION_KEPT = [  # the prescription asked plainly stays; an appointment within a week stays booking
    ("do i need a prescription?", ["faq_prescription"]),
    ("heb ik een voorschrift nodig?", ["faq_prescription"]),
    ("il faut une ordonnance ?", ["faq_prescription"]),
    ("can i book an appointment within a week?", ["faq_booking"]),
    ("kan ik binnen de week een afspraak boeken?", ["faq_booking"]),
    ("je peux avoir un rendez-vous dans un délai d'une semaine ?", ["faq_booking"]),
]
test_prescription_changed, _ = reading_round(
    first_of([("faq_booking", 0.45), ("faq_prescription", 0.3)]), PRESCRIPTION, [])
_, test_prescription_kept = reading_round(
    first_of([("faq_prescription", 0.8), ("faq_booking", 0.1)]), [], PRESCRIPTION_KEPT[:3])
_, test_prescription_booking_kept = reading_round(
    first_of([("faq_booking", 0.8), ("faq_prescription", 0.1)]), [], PRESCRIPTION_KEPT[3:])

SESSIONS = [  # each got no topic on main ("per week" before the verb: no phrase; the classifier unsure, booking first)
    ("hoe dikwijls per week moet ik komen? ik werk in ploegen", ["faq_sessions"]),
    ("hoe vaak per week moeten we ongeveer langskomen, voor de planning", ["faq_sessions"]),
]
SESSIONS_KEPT = [  # how often a week to do the exercises (no coming) stays the classifier's
    ("hoe vaak per week moet ik de oefeningen doen?", ["faq_rest_or_move"]),
]
test_sessions_changed, _ = reading_round(first_of([("faq_booking", 0.45), ("faq_sessions", 0.3)]), SESSIONS, [])
_, test_sessions_kept = reading_round(first_of([("faq_rest_or_move", 0.8), ("faq_sessions", 0.15)]), [], SESSIONS_KEPT)

PREGNANCY_KEPT = [  # a sport asked with the pregnancy told before it: the pregnancy first already (the order asked), the
    # sport second where a part asks it; the sport asked with no state told stays the sport; the pregnancy asked plainly
    ("pregnant, can i keep going to the gym with this back or is it bad for the baby?", ["faq_pregnancy", "faq_sport"]),
    ("zwanger en rugpijn, mag ik blijven sporten?", ["faq_pregnancy", "faq_sport"]),
    ("ik ben zwanger, mag ik nog gaan lopen met die rug of is dat slecht voor de baby?", ["faq_pregnancy", "faq_sport"]),
    ("enceinte avec mal au dos, je peux continuer le sport ?", ["faq_pregnancy", "faq_sport"]),
    ("can i keep going to the gym with this back?", ["faq_sport"]),
    ("mag ik blijven sporten met die rugpijn?", ["faq_sport"]),
    ("je peux continuer le sport avec mon dos ?", ["faq_sport"]),
    ("is back pain normal when pregnant?", ["faq_pregnancy"]),
    ("is rugpijn normaal als je zwanger bent?", ["faq_pregnancy"]),
    ("le mal de dos c'est normal enceinte ?", ["faq_pregnancy"]),
]
_, test_pregnancy_sport_kept = reading_round(
    first_of([("faq_sport", 0.75), ("faq_pregnancy", 0.2)]), [], PREGNANCY_KEPT[:7])
_, test_pregnancy_kept = reading_round(first_of([("faq_pregnancy", 0.8), ("faq_sport", 0.1)]), [], PREGNANCY_KEPT[7:])
