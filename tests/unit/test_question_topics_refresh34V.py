"""Session 34V (issue 16): questions typed mid-check given the wrong topic or none, from FAQ dev set 41, fixed as kinds
in en, nl and fr (our own phrasings, none a set text).

- How to lie or sleep asked, one position set against another ("how should i lie in bed at night, on my side or my
  back?", "hoe lig ik best 's nachts", "je dors comment, sur le côté ou sur le dos ?") is sleep (new
  SLEEP_POSITION_ASKED tables, read in faq._ASKED_FIRST before BED_REST_ASKED): lying in bed made it rest or move.
  Staying in bed asked stays rest or move.
- Which doctor may write the referral or prescription ("can my rheumatologist write the physio referral or does it
  have to be my gp?") is the prescription (new PRESCRIBER_ASKED tables, with WITHOUT_REFERRAL_ASKED and
  PRESCRIPTION_MISLAID in faq._ASKED_FIRST): the doctor named gave when to see a doctor, or nothing. Whether to see a
  rheumatologist stays when to see a doctor.
- What one session costs ("how much is a session with you?", "wat kost een beurt bij jullie?", "une séance revient à
  combien ?") is the refund's answer (what is paid back; new COST_ASKED tables in faq._ASKED_FIRST): "session" made it
  the sessions'. How many sessions and how long one lasts (SESSION_LENGTH_ASKED, settled first) stay the sessions'.
Like the other topic rounds the gate is called without a model: EVIDENCE stands for what training learns, a ranking for
the classifier's. Left to the model (NLU examples in data/nlu/faq.yml and fr_faq.yml, the lead retrains): heat or cold
asked after others' advice is told ("my mate swears by ice, my wife says heat, what's best for a back that went
yesterday"), read as the pain told; and the three kinds above asked in words the tables do not have."""
from bot.reading.faq import choose_topics, stems
from tests.support.reading_round import reading_round

EVIDENCE = {
    "faq_sleep": stems("sleep sleeping mattress pillow slapen slaap matras kussen dormir sommeil matelas oreiller"),
    "faq_rest_or_move": stems("rest bed move active rusten bed bewegen actief repos lit bouger actif"),
    "faq_sessions": stems("sessions how many sessies hoeveel beurten seances combien"),
    "faq_reimbursement": stems("cost price pay insurance refund kost prijs betalen terugbetaling mutualiteit prix "
                               "payer remboursement mutuelle"),
    "faq_prescription": stems("prescription referral voorschrift verwijzing ordonnance prescription"),
    "faq_when_doctor": stems("doctor gp specialist dokter huisarts arts specialist medecin docteur generaliste"),
}


def first_of(ranking):
    return lambda text: choose_topics(ranking, text, EVIDENCE)


SLEEP = [  # each got rest or move on main
    ("how should i lie in bed at night with this back, on my side or my back?", ["faq_sleep"]),
    ("what's the best sleeping position when your lower back is playing up?", ["faq_sleep"]),
    ("is it better to sleep on my front or on my back with lumbago?", ["faq_sleep"]),
    ("should i lie on my side or on my back in bed, and a pillow between my knees?", ["faq_sleep"]),
    ("hoe lig ik best 's nachts met mijn rug, op mijn buik of op mijn zij?", ["faq_sleep"]),
    ("welke slaaphouding is het beste bij lage rugpijn?", ["faq_sleep"]),
    ("hoe kan ik liggen in mijn bed zonder dat het zo trekt?", ["faq_sleep"]),
    ("beter met mijn rug of op mijn zij gaan liggen in bed?", ["faq_sleep"]),
    ("comment je dois me coucher au lit avec mon lumbago ?", ["faq_sleep"]),
    ("quelle position pour dormir quand on a mal au bas du dos ?", ["faq_sleep"]),
    ("mieux vaut dormir sur le ventre ou sur le dos avec une lombalgie ?", ["faq_sleep"]),
    ("je dors comment avec ce mal de reins, sur le côté ?", ["faq_sleep"]),
]
SLEEP_KEPT = [  # staying in bed and moving stay rest or move
    ("should i stay in bed for a few days?", ["faq_rest_or_move"]),
    ("is it ok to lie in bed all day or should i keep moving?", ["faq_rest_or_move"]),
    ("moet ik in bed blijven liggen?", ["faq_rest_or_move"]),
    ("hoe lang moet ik in bed blijven?", ["faq_rest_or_move"]),
    ("je dois garder le lit ?", ["faq_rest_or_move"]),
    ("je peux aller marcher ou vaut mieux me reposer ?", ["faq_rest_or_move"]),
]
test_sleep_changed, test_sleep_kept = reading_round(first_of([("faq_rest_or_move", 0.8), ("faq_sleep", 0.15)]), SLEEP,
                                                    SLEEP_KEPT)
MATTRESS_KEPT = [  # a mattress asked stays sleep
    ("which mattress is best for a bad back?", ["faq_sleep"]),
    ("welk matras is het beste voor mijn rug?", ["faq_sleep"]),
    ("quel matelas pour le mal de dos ?", ["faq_sleep"]),
]
_, test_mattress_kept = reading_round(first_of([("faq_sleep", 0.8), ("faq_rest_or_move", 0.15)]),
                                      [], MATTRESS_KEPT)

PRESCRIBER = [  # each got when to see a doctor on main
    ("can my rheumatologist write the physio referral or does it have to be my gp?", ["faq_prescription"]),
    ("is a prescription from the hospital specialist ok for you?", ["faq_prescription"]),
    ("who is allowed to write the referral, any doctor?", ["faq_prescription"]),
    ("could the orthopaedic consultant give me a script for physio instead of my doctor?", ["faq_prescription"]),
    ("mag de reumatoloog het voorschrift voor de kine schrijven of moet dat de huisarts?", ["faq_prescription"]),
    ("is een verwijzing van de orthopedist ook goed bij jullie?", ["faq_prescription"]),
    ("wie mag het voorschrift schrijven, mijn huisarts of een specialist?", ["faq_prescription"]),
    ("kan mijn sportarts ook een voorschrift voor kine geven?", ["faq_prescription"]),
    ("le chirurgien peut me rédiger une ordonnance pour le kiné ou pas ?", ["faq_prescription"]),
    ("une ordonnance d'un spécialiste c'est valable chez vous ?", ["faq_prescription"]),
    ("qui peut me faire la prescription, le médecin traitant seulement ?", ["faq_prescription"]),
    ("mon neurologue a le droit de me prescrire des séances de kiné ?", ["faq_prescription"]),
]
PRESCRIBER_KEPT = [  # seeing a doctor asked stays when to see a doctor
    ("should i see a rheumatologist for my back?", ["faq_when_doctor"]),
    ("when should i go to my gp?", ["faq_when_doctor"]),
    ("moet ik naar een reumatoloog met mijn rug?", ["faq_when_doctor"]),
    ("wanneer moet ik naar de huisarts?", ["faq_when_doctor"]),
    ("je dois voir un rhumatologue ?", ["faq_when_doctor"]),
    ("quand aller chez le médecin pour le dos ?", ["faq_when_doctor"]),
]
test_prescriber_changed, test_prescriber_kept = reading_round(
    first_of([("faq_when_doctor", 0.8), ("faq_prescription", 0.1)]), PRESCRIBER, PRESCRIBER_KEPT)

COST = [  # each got the sessions' answer on main
    ("how much is a session with you, all in?", ["faq_reimbursement"]),
    ("what does one treatment cost at your practice?", ["faq_reimbursement"]),
    ("what's the price of a physio appointment, money is tight?", ["faq_reimbursement"]),
    ("how much do you charge per visit roughly?", ["faq_reimbursement"]),
    ("hoeveel kost een sessie bij jullie ongeveer?", ["faq_reimbursement"]),
    ("wat betaal ik voor een beurt, ik zit wat krap?", ["faq_reimbursement"]),
    ("wat is de prijs van een behandeling bij de kine?", ["faq_reimbursement"]),
    ("hoeveel vragen jullie per sessie?", ["faq_reimbursement"]),
    ("une séance revient à combien chez vous ?", ["faq_reimbursement"]),
    ("combien coûte une consultation de kiné ?", ["faq_reimbursement"]),
    ("quel est le tarif d'une séance, j'ai un budget serré ?", ["faq_reimbursement"]),
    ("ça fait combien par séance au total ?", ["faq_reimbursement"]),
]
COST_KEPT = [  # how many sessions and how long one lasts stay the sessions'
    ("how many sessions will i need?", ["faq_sessions"]),
    ("how long is a session?", ["faq_sessions"]),
    ("hoeveel sessies heb ik nodig?", ["faq_sessions"]),
    ("hoe lang duurt een sessie?", ["faq_sessions"]),
    ("combien de séances il me faut ?", ["faq_sessions"]),
    ("ça dure combien une séance ?", ["faq_sessions"]),
    ("combien de temps dure une séance ?", ["faq_sessions"]),
]
test_cost_changed, test_cost_kept = reading_round(first_of([("faq_sessions", 0.8), ("faq_reimbursement", 0.1)]), COST,
                                                  COST_KEPT)
