"""Session 31AK (issue 16): questions that fit no topic got one in fresh set 37 (something left in the waiting room read
as an appointment time, the dentist's refund as reimbursement, an anti-cellulite massage as the physio's role), and a
time slot asked in Limburg Dutch with the hour in words was read as driving; in en, nl and fr (our own phrasings, none
a set text).

- The practice's other matters no answer covers, in the packs' PRACTICE_MATTERS: something left behind (a scarf, an
  umbrella, glasses, keys: "left my ... at yours", "iets laten liggen", "oublié mon écharpe"), lost property, a copy
  of an invoice or attest sent again, a complaint about the practice or a therapist, wifi written "wi-fi", "toiletten".
  The day told with it ("last tuesday") asks no slot: the whole message gets none.
- A beauty or wellness service (anti-cellulite, slimming, a facial, waxing, hot stones, a manicure, a Thai massage) and
  the refund or price of ANOTHER care (the dentist, the optician, glasses, a GP's visit, a hospital stay, a
  psychologist, a dietitian), in UNCOVERED_SUBJECTS (the packs' _BEAUTY and _OTHER_CARE, read with a gap of at most five
  words that crosses no "or"/"of"/"ou" and no physio word). The physio's refund, a GP's prescription for it, a
  massage for the back and the hospital insurance keep their topic.
- The hour in words after a weekday (FREE_SLOT_ASKED: "vrijdag rond drie uur", "dinsdag tegen drieën", "friday around
  three", "vendredi vers trois heures"): the appointment is the first topic, where the classifier read driving (sure,
  without driving's words: "rond drie uur" looks like "drie uur rijden" to it). A duration ("drie uur rijden", "for two
  hours") is no slot.
Words added to one pack apply to every language (lang.merged): each was checked not to be an ordinary word of the other
two (the gaps refuse "or", "of", "ou", "en", "et"; "bril", "lunettes", "glasses" only beside a refund, price or a
leaving verb). Like test_faq_gate31AH.py, the gate is called without a model: EVIDENCE stands for what training learns."""
import pytest

from bot.reading.faq import about_something_else, choose_topics, stems

EVIDENCE = {
    "faq_appointment_time": stems("uur oer vrijdag dinsdag donderdag woensdag maandag friday tuesday monday thursday "
                                  "vendredi mardi jeudi lundi slot free creneau dispo plek"),
    "faq_driving": stems("drive driving car rijden auto conduire voiture"),
    "faq_reimbursement": stems("insurance covered cost pay terugbetaald mutualiteit kost rembourse mutuelle prix"),
    "faq_physio_role": stems("massage massages physio kine kiné manipulation"),
}

PRACTICE_MATTERS = [  # each got no "something else" on main
    "i think i forgot my umbrella at yours on monday",
    "did anyone hand in a pair of glasses after my session thursday?",
    "left my car keys in the waiting room this morning, are they still there?",
    "i dropped my earring in the treatment room yesterday, did you find it?",
    "could you send me a copy of my invoice from last month?",
    "i want to make a complaint about the receptionist",
    "whats the wi-fi password?",
    "ik heb dinsdag mijn sjaal laten liggen in de wachtzaal",
    "heb ik gisteren iets laten liggen bij jullie? een blauwe muts",
    "mijne paraplu is blijven liggen na mijn afspraak van vrijdag",
    "heeft iemand een zonnebril gevonden in de praktijk?",
    "kan ik een kopie van mijn attest krijgen voor de mutualiteit?",
    "ik wil een klacht indienen over mijn behandeling",
    "zijn er toiletten in de praktijk?",
    "j'ai oublié mon écharpe chez vous mardi dernier",
    "j'ai laissé mes clés dans la salle d'attente ce matin",
    "quelqu'un a trouvé un parapluie noir jeudi ?",
    "vous pouvez me faire une copie de l'attestation de soins ?",
    "pouvez-vous renvoyer la facture de septembre ?",
    "je voudrais porter plainte contre un kiné du cabinet",
]

OTHER_CARE_OR_BEAUTY = [  # each got no "something else" on main
    "does insurance pay back the optician?",
    "are dentist visits covered by my health fund?",
    "how much does a psychologist cost with the mutual?",
    "is a hospital stay reimbursed by the mutuelle?",
    "do you do anti-cellulite massages?",
    "can i book a facial with you?",
    "do you offer hot stone massage?",
    "is there waxing at your place?",
    "hoeveel betaalt het ziekenfonds terug voor contactlenzen?",
    "wordt een bril vergoed door de ziekenkas?",
    "hoeveel kost een consultatie bij de huisarts?",
    "wordt de psycholoog terugbetaald?",
    "doen jullie ook anti-cellulitis massage?",
    "geven jullie afslankmassages?",
    "kan ik bij jullie een pedicure krijgen?",
    "doen jullie gezichtsverzorging?",
    "la mutuelle rembourse le dentiste ?",
    "les lunettes c'est remboursé par la mutualité ?",
    "combien coûte une séance chez la psychologue ?",
    "l'hospitalisation est prise en charge ?",
    "vous proposez des soins du visage ?",
    "vous faites des massages amincissants ?",
    "vous faites l'épilation ?",
    "un massage aux pierres chaudes c'est possible ?",
]


@pytest.mark.parametrize("text", PRACTICE_MATTERS + OTHER_CARE_OR_BEAUTY)
def test_a_matter_no_answer_covers_gets_no_topic(text):
    assert about_something_else(text)
    ranking = [("faq_appointment_time", 0.9), ("faq_reimbursement", 0.05), ("faq_physio_role", 0.03)]
    assert choose_topics(ranking, text, EVIDENCE) == []


KEPT = [  # the practice's own care, its refund, a massage for the back, a slot asked: their topics stay
    "does the mutuelle pay back physio?",
    "my GP gave me a prescription, does the mutuelle pay back then?",
    "do you do massage for my back?",
    "do i need a gp visit first or is physio covered?",
    "does hospital insurance cover it",
    "can i move my appointment from tuesday to thursday?",
    "is het terugbetaald als de dokter een voorschrift geeft?",
    "betaalt de hospitalisatieverzekering mee?",
    "doen jullie ook massage voor de onderrug?",
    "wordt kine terugbetaald als de huisarts het voorschrijft?",
    "ik ben mijn oefeningen vergeten, mag ik ze nog eens krijgen?",
    "vous envoyez l'attestation à la mutuelle ou je dois le faire ?",
    "la kiné c'est remboursé si le médecin fait une prescription ?",
    "vous faites des massages pour le dos ?",
    "j'ai oublié mon rendez-vous de mardi, je peux en reprendre un ?",
]


@pytest.mark.parametrize("text", KEPT)
def test_the_practices_own_care_and_refund_stay(text):
    assert not about_something_else(text)


SLOT_IN_WORDS = [  # each was read as driving on main (the classifier sure of it, without its words)
    "is het mogelijk donderdag rond drie uur?",
    "ist meugelijk vrijdagnamiddag rond vier uur?",
    "kan da dinsdag tegen drieën?",
    "zoude gij maandagavond rond zeven uur kunnen?",
    "gaat da woensdag om twee uur?",
    "is 't mogelijk vriedig rond elf oer?",
    "could i come friday around three?",
    "is monday at two possible?",
    "can you do thursday about four o'clock?",
    "tuesday after five ok for you?",
    "vendredi vers trois heures c'est possible ?",
    "lundi à midi ça irait ?",
    "mardi vers quatre heures vous avez de la place ?",
    "jeudi aux alentours de cinq heures c'est jouable ?",
]


@pytest.mark.parametrize("text", SLOT_IN_WORDS)
def test_a_slot_with_the_hour_in_words_is_the_appointment(text):
    ranking = [("faq_driving", 0.92), ("faq_appointment_time", 0.06)]
    assert choose_topics(ranking, text, EVIDENCE) == ["faq_appointment_time"]


DRIVING_KEPT = [  # a duration or a drive on the day: driving stays
    "mag ik vrijdag drie uur rijden met de auto?",
    "can i drive on friday for two hours?",
    "is driving on saturday for three hours too much?",
    "je peux conduire samedi pendant trois heures ?",
]


@pytest.mark.parametrize("text", DRIVING_KEPT)
def test_a_drive_of_some_hours_stays_driving(text):
    ranking = [("faq_driving", 0.92), ("faq_appointment_time", 0.06)]
    assert choose_topics(ranking, text, EVIDENCE) == ["faq_driving"]
