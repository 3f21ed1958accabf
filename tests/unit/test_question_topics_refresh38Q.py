"""Session 38Q (issue 16): questions given no topic or another topic's answer, from fresh FAQ set 46, fixed as kinds in
en, nl and fr (our own phrasings, none a set text).

- What "acute" or "chronic" means, asked with a guess ("so acute just means the pain is really bad?", "is chronisch
  hetzelfde als heel hevig?", "aigu c'est pareil que très intense ?") is acute or chronic (ACUTE_CHRONIC_ASKED widened).
- Having to see the doctor first, or only for a paper, before the physio ("do i have to go via my gp before i can book a
  physio?", "zonder eerst langs de huisarts", "sans voir mon généraliste") is the prescription (WITHOUT_REFERRAL_ASKED
  widened): when to see a doctor, for the doctor named, or none.
- The insurance's deductible, top-up or what it pays back ("gaat kine van het eigen risico af?", "la kiné est
  remboursée par la complémentaire ?") is the refund's (new INSURANCE_ASKED in faq._ASKED_FIRST, with COST_ASKED): a
  classifier sure of surgery without surgery's words gave surgery's answer. Surgery asked stays surgery.
- A leg symptom told, then whether to see the doctor for it ("should i see the gp for that, yes or no?", "moet ik daarmee
  naar de huisarts?", "je dois aller chez le médecin pour ça ?") is when to see a doctor (DOCTOR_WHEN_ASKED widened).
- Whether back pain can be dangerous at all, after scary reading online ("kan lage rugpijn echt gevaarlijk zijn?") is
  how serious it is (SERIOUS_ASKED widened). Whether driving is dangerous stays driving.
- Lying or sleeping on a board, the old belief ("my nan insists i lie on a plank till it passes, is that an old wives'
  tale?") is rest or move (BED_REST_ASKED widened; the belief asked and who keeps saying it name no subject,
  SUBJECT_FREE_PHRASES): "insists", "tale" were two foreign words.
Kept: questions of other topics as they were, a knee, acupuncture or parking without a topic, surgery asked surgery.
Like the other topic rounds the gate is called without a model: EVIDENCE stands for what training learns, a ranking for
the classifier's (TOPIC_WORDS for learn_topic_words where the foreign words are read)."""
from bot.reading.faq import GENERAL, choose_topics, stems
from tests.support.reading_round import reading_round

EVIDENCE = {
    "faq_acute_vs_chronic": stems("acute chronic phase acuut chronisch fase aigu chronique phase"),
    "faq_serious": stems("serious dangerous worry ernstig gevaarlijk zorgen grave dangereux inquieter"),
    "faq_prescription": stems("referral prescription voorschrift verwijsbrief ordonnance prescription"),
    "faq_when_doctor": stems("doctor gp huisarts arts huisdokter medecin generaliste"),
    "faq_reimbursement": stems("cost price pay insurance refund kost prijs betalen terugbetaling mutualiteit prix "
                               "payer remboursement mutuelle coute"),
    "faq_surgery": stems("operation surgery surgeon operatie opereren chirurg operer chirurgie"),
    "faq_healing_time": stems("long heal take weeks days better duurt lang genezen beter weken dagen combien temps "
                              "guerir semaines jours"),
    "faq_rest_or_move": stems("rest bed move active walk lying flat rusten bed bewegen actief wandelen repos lit bouger "
                              "actif marcher"),
    "faq_sleep": stems("sleep sleeping mattress pillow slapen slaap matras kussen dormir sommeil matelas oreiller"),
    "faq_driving": stems("drive driving car rijden auto conduire voiture"),
    "faq_sport": stems("sport gym football running sporten voetbal lopen courir foot"),
}


def first_of(ranking, topic_words=None):
    return lambda text: choose_topics(ranking, text, EVIDENCE, topic_words=topic_words)


MEANING = [  # each got no topic on main (serious unsure, without its words)
    ("so acute just means the pain is really bad?", ["faq_acute_vs_chronic"]),
    ("does chronic mean it never goes away?", ["faq_acute_vs_chronic"]),
    ("what does acute actually mean, is it about how sharp it is?", ["faq_acute_vs_chronic"]),
    ("betekent acuut gewoon dat het heel veel pijn doet?", ["faq_acute_vs_chronic"]),
    ("is chronisch hetzelfde als heel hevig?", ["faq_acute_vs_chronic"]),
    ("acuut wil zeggen dat het pas begonnen is, toch?", ["faq_acute_vs_chronic"]),
    ("chronique ça veut dire que ça restera toute la vie ?", ["faq_acute_vs_chronic"]),
    ("aigu c'est pareil que très intense ?", ["faq_acute_vs_chronic"]),
    ("aigu ça signifie que la douleur est forte ?", ["faq_acute_vs_chronic"]),
]
MEANING_KEPT = [  # whether it counts as chronic stays acute or chronic; whether it is serious stays serious
    ("is mine chronic now after 4 months?", ["faq_acute_vs_chronic"]),
    ("is dat nu chronisch?", ["faq_acute_vs_chronic"]),
    ("c'est devenu chronique ?", ["faq_acute_vs_chronic"]),
]
test_meaning_changed, test_meaning_kept = reading_round(
    first_of([("faq_serious", 0.45), ("faq_acute_vs_chronic", 0.2)]), MEANING, MEANING_KEPT)
SERIOUS_KEPT = [
    ("is this serious?", ["faq_serious"]),
    ("is het ernstig?", ["faq_serious"]),
    ("c'est grave ?", ["faq_serious"]),
]
_, test_serious_words_kept = reading_round(first_of([("faq_serious", 0.85), ("faq_acute_vs_chronic", 0.1)]), [],
                                           SERIOUS_KEPT)

DOCTOR_FIRST = [  # each got when to see a doctor on main (its word "doctor", the prescription second)
    ("do i have to go via my gp before i can book a physio?", ["faq_prescription"]),
    ("i dont want to see the doctor just for a note, can i come straight to you?", ["faq_prescription"]),
    ("can i get physio without seeing a doctor first?", ["faq_prescription"]),
    ("kan ik naar de kine zonder eerst langs de huisarts te gaan?", ["faq_prescription"]),
    ("moet ik echt naar de dokter alleen voor een papiertje?", ["faq_prescription"]),
    ("moet ik bij de huisarts langs voor ik naar de fysio kan?", ["faq_prescription"]),
    ("je peux prendre rdv chez le kiné sans voir mon généraliste ?", ["faq_prescription"]),
    ("faut passer chez le médecin avant d'aller chez le kiné ?", ["faq_prescription"]),
    ("aller chez le toubib juste pour un papier, c'est obligatoire ?", ["faq_prescription"]),
]
DOCTOR_FIRST_KEPT = [  # when to see a doctor, with no physio or paper asked, stays when to see a doctor
    ("when should i see a doctor about it?", ["faq_when_doctor"]),
    ("wanneer moet ik naar de huisarts?", ["faq_when_doctor"]),
    ("à partir de quand je dois voir un médecin ?", ["faq_when_doctor"]),
    ("can i see you without a referral?", ["faq_prescription"]),
    ("mag ik komen zonder voorschrift?", ["faq_prescription"]),
    ("je peux venir sans ordonnance ?", ["faq_prescription"]),
]
test_doctor_first_changed, test_doctor_first_kept = reading_round(
    first_of([("faq_when_doctor", 0.5), ("faq_prescription", 0.3)]), DOCTOR_FIRST, DOCTOR_FIRST_KEPT)

INSURANCE = [  # each got surgery's answer on main (sure without its words)
    ("will physio come out of my deductible? i've nearly used it up", ["faq_reimbursement"]),
    ("are the sessions reimbursed by my top-up insurance?", ["faq_reimbursement"]),
    ("does the basic insurance pay any of it back?", ["faq_reimbursement"]),
    ("gaat kine van het eigen risico af?", ["faq_reimbursement"]),
    ("wordt dat vergoed door mijn aanvullende verzekering?", ["faq_reimbursement"]),
    ("mijn eigen risico is al op, betaal ik de fysio dan zelf?", ["faq_reimbursement"]),
    ("la kiné est remboursée par la complémentaire ?", ["faq_reimbursement"]),
    ("c'est pris en charge par la mutuelle ?", ["faq_reimbursement"]),
    ("le ticket modérateur, c'est moi qui le paie ?", ["faq_reimbursement"]),
]
SURGERY_KEPT = [  # surgery asked stays surgery
    ("will i need an operation?", ["faq_surgery"]),
    ("what are the risks of back surgery?", ["faq_surgery"]),
    ("moet ik geopereerd worden?", ["faq_surgery"]),
    ("wat zijn de risico's van een operatie?", ["faq_surgery"]),
    ("est-ce qu'il faudra m'opérer ?", ["faq_surgery"]),
    ("la chirurgie c'est risqué ?", ["faq_surgery"]),
]
test_insurance_changed, test_surgery_kept = reading_round(
    first_of([("faq_surgery", 0.85), ("faq_reimbursement", 0.1)]), INSURANCE, SURGERY_KEPT)

LEG_DOCTOR = [  # each got no topic on main (serious unsure, without its words)
    ("the pain from my back goes into my thigh now. should i see the gp for that, yes or no?", ["faq_when_doctor"]),
    ("it shoots from my back down into my calf, do i need to see a doctor for this?", ["faq_when_doctor"]),
    ("my back pain runs down into my bum cheek, should i visit the doctor about this?", ["faq_when_doctor"]),
    ("mijn rugpijn trekt nu ook tot in mijn kuit. moet ik daarmee naar de huisarts?", ["faq_when_doctor"]),
    ("tintelingen van mijn rug tot in mijn been, moet ik naar de dokter, ja of nee?", ["faq_when_doctor"]),
    ("het straalt uit tot in mijn dij, moet ik daarvoor bij de huisdokter langs?", ["faq_when_doctor"]),
    ("la douleur du dos descend dans la fesse, je dois aller chez le médecin pour ça ?", ["faq_when_doctor"]),
    ("ça tire du dos jusqu'à la cuisse, faut-il consulter un médecin pour ça ?", ["faq_when_doctor"]),
    ("j'ai des fourmis dans la jambe depuis mon lumbago, je dois voir le médecin pour ça ?", ["faq_when_doctor"]),
]
LEG_DOCTOR_KEPT = [  # another body part alone stays without a topic
    ("my knee is swollen, should i see the gp for that?", []),
    ("mijn knie is dik, moet ik daarmee naar de huisarts?", []),
    ("j'ai mal au genou, je dois voir le médecin pour ça ?", []),
]
test_leg_doctor_changed, test_leg_doctor_kept = reading_round(
    first_of([("faq_serious", 0.45), ("faq_when_doctor", 0.25)]), LEG_DOCTOR, LEG_DOCTOR_KEPT)

DANGEROUS = [  # each got no topic on main (the healing time unsure, without its words)
    ("can back pain actually be dangerous?", ["faq_serious"]),
    ("is lower back pain ever life-threatening?", ["faq_serious"]),
    ("could sciatica turn into something deadly?", ["faq_serious"]),
    ("kan lage rugpijn echt gevaarlijk zijn?", ["faq_serious"]),
    ("is rugpijn soms iets ernstigs?", ["faq_serious"]),
    ("kunnen rugklachten gevaarlijk worden?", ["faq_serious"]),
    ("un mal au dos, ça peut être dangereux ?", ["faq_serious"]),
    ("une lombalgie c'est grave parfois ?", ["faq_serious"]),
    ("la sciatique peut devenir dangereuse ?", ["faq_serious"]),
]
DANGEROUS_KEPT = [  # how long it takes stays the healing time
    ("how many weeks does it take to heal?", ["faq_healing_time"]),
    ("hoe lang duurt het voor ik genezen ben?", ["faq_healing_time"]),
    ("combien de temps pour guérir ?", ["faq_healing_time"]),
]
test_dangerous_changed, test_dangerous_kept = reading_round(
    first_of([("faq_healing_time", 0.45), ("faq_serious", 0.25)]), DANGEROUS, DANGEROUS_KEPT)
DRIVING_KEPT = [  # whether driving is dangerous with back pain stays driving
    ("is it dangerous to drive with back pain?", ["faq_driving"]),
    ("is het gevaarlijk om met rugpijn auto te rijden?", ["faq_driving"]),
    ("c'est dangereux de conduire avec un mal de dos ?", ["faq_driving"]),
]
_, test_driving_kept = reading_round(first_of([("faq_driving", 0.85), ("faq_serious", 0.1)]), [], DRIVING_KEPT)

# the words the topics' examples have (learn_topic_words): what is left is foreign
TOPIC_WORDS = {
    GENERAL: set(stems("i my is it that a the to or on till and should back pain really true ik mijn is het dat een "
                       "op tot of rug pijn echt waar moet je que je dois au sur une ce ca passe c'est vrai ou dos des "
                       "mal jusqu'a il faut kan zijn peut etre")),
    "faq_rest_or_move": set(stems("rest bed stay lie flat days rusten bed blijven liggen dagen rester lit repos "
                                  "allonge couche jours board plank planche")),
    "faq_serious": set(stems("serious dangerous worry read online ernstig gevaarlijk zorgen lees grave dangereux "
                             "inquieter lu")),
}
BELIEF = [  # each got no topic on main: who keeps saying it and the belief asked were two foreign words
    ("my nan insists i stay in bed till it passes, is that an old wives' tale?", ["faq_rest_or_move"]),
    ("my dad swears i should lie flat on a board for days, is that a myth?", ["faq_rest_or_move"]),
    ("mijn oma zegt dat ik in bed moet blijven liggen, is dat een fabeltje?", ["faq_rest_or_move"]),
    ("mijn schoonmoeder staat erop dat ik op een plank slaap, is dat bakerpraat?", ["faq_rest_or_move"]),
    ("ma grand-mère dit que je dois rester au lit, c'est une idée reçue ?", ["faq_rest_or_move"]),
    ("mon père insiste qu'il faut rester couché sur une planche, c'est des histoires de grand-mère ?", ["faq_rest_or_move"]),
]
BELIEF_KEPT = [  # staying in bed asked plainly stays rest or move; another subject stays none
    ("should i stay in bed?", ["faq_rest_or_move"]),
    ("moet ik in bed blijven liggen?", ["faq_rest_or_move"]),
    ("je dois garder le lit ?", ["faq_rest_or_move"]),
]
test_belief_changed, test_belief_kept = reading_round(
    first_of([("faq_rest_or_move", 0.8), ("faq_sleep", 0.1)], TOPIC_WORDS), BELIEF, BELIEF_KEPT)
NO_TOPIC_KEPT = [  # another body part, acupuncture or parking stay without a topic
    ("is acupuncture any good for it?", []),
    ("is there parking near you?", []),
    ("kunnen jullie ook mijn knie behandelen?", []),
    ("vous faites de l'acupuncture ?", []),
    ("knee surgery, will that be reimbursed?", []),
]
_, test_no_topic_kept = reading_round(first_of([("faq_serious", 0.5), ("faq_reimbursement", 0.2)]), [], NO_TOPIC_KEPT)
