"""Session 32AQ (issue 16): kinds noticed on fresh set 38, in en, nl and fr (our own phrasings, none a set text).

- A prescription or referral forgotten, lost or found again, asked about (the packs' PRESCRIPTION_MISLAID: "ik heb mijn
  voorschrift wat te lang laten liggen, is het nog geldig?") is the prescription's question, not lost property
  (PRACTICE_MATTERS of round 31AK): the gate skips the practice's matters then, and the prescription is the first topic
  asked. An umbrella left in the waiting room stays lost property; "prescription glasses" lost stay lost property.
- The hip's and the hand's own problem (OTHER_BODY_PARTS: a hip replacement, arthritis in the hip or the hands, a
  frozen hip, "heupprothese", "prothèse de hanche", "fourmillements dans les mains") is another subject; where the
  back's pain goes (PAIN_GOES_TO: "going into my hip") stays the back's.
- A duration after a weekday ("friday for 2 hours", "zondag na 2 uur rijden", "samedi après 2 heures de route") is no
  free slot (FREE_SLOT_ASKED); "friday at 2?", "vrijdag om 2 uur?", "vendredi à 14h" stay the appointment.
Like test_faq_gate31AK.py, the gate is called without a model: EVIDENCE stands for what training learns."""
import pytest

from bot.reading.faq import about_something_else, asked_by_phrase, choose_topics, stems

EVIDENCE = {
    "faq_appointment_time": stems("uur vrijdag zondag zaterdag friday sunday vendredi samedi slot free creneau"),
    "faq_driving": stems("drive driving car rijden autorijden auto conduire voiture route"),
    "faq_prescription": stems("prescription referral voorschrift verwijsbrief ordonnance valid geldig valable"),
}

PRESCRIPTION_CHANGED = [  # each was lost property (no topic) on main
    "ik heb mijn voorschrift wat te lang laten liggen, is het nog geldig?",
    "ik heb mijn voorschrift in mijn jas vergeten, mag ik toch komen?",
    "mijn verwijsbrief heb ik in mijn tas vergeten, kan ik toch komen?",
    "j'ai oublié dans mon sac l'ordonnance du médecin depuis 3 mois, encore valable ?",
]


@pytest.mark.parametrize("text", PRESCRIPTION_CHANGED)
def test_a_mislaid_prescription_is_no_lost_property(text):
    assert not about_something_else(text)
    assert asked_by_phrase(text)


PRESCRIPTION_KEPT = [  # never lost property: the prescription stays asked
    "found my old prescription in a drawer, is it still valid?",
    "i forgot my referral from the doctor at home, can i still come?",
    "i lost my prescription, do i need a new one?",
    "left my referral letter at yours last week, can i still use it?",
    "ik ben mijn verwijsbrief kwijt, kan ik toch komen?",
    "mon prescription oublié dans un tiroir depuis 3 mois, encore valable?",
    "j'ai retrouvé une vieille ordonnance dans mon sac, elle est encore valable ?",
    "j'ai perdu mon ordonnance, je peux encore venir ?",
]


@pytest.mark.parametrize("text", PRESCRIPTION_KEPT)
def test_a_prescription_asked_stays(text):
    assert not about_something_else(text)


LOST_PROPERTY_KEPT = [
    "I left my umbrella in your waiting room",
    "i lost my prescription glasses at yours yesterday",
    "ik heb mijn paraplu laten liggen in de wachtzaal",
    "j'ai oublié mon parapluie dans la salle d'attente",
]


@pytest.mark.parametrize("text", LOST_PROPERTY_KEPT)
def test_lost_property_stays_no_topic(text):
    assert about_something_else(text)


OTHER_PARTS = [  # each was not "something else" on main
    "do you treat a frozen hip?",
    "can you help me after my hip replacement?",
    "do you do rehab after hip surgery?",
    "i have arthritis in my hands, can you help?",
    "kunnen jullie mij helpen na mijn heupprothese?",
    "ik heb artrose in mijn heup, kunnen jullie dat behandelen?",
    "ik heb pijn in mijn hand, behandelen jullie dat ook?",
    "is een nieuwe heup revalideren iets voor jullie?",
    "vous faites la rééducation après une prothèse de hanche ?",
    "j'ai de l'arthrose à la hanche, vous pouvez m'aider ?",
    "j'ai des fourmillements dans les mains, vous soignez ça ?",
    "vous soignez la coxarthrose ?",
]


@pytest.mark.parametrize("text", OTHER_PARTS)
def test_the_hips_or_hands_own_problem_is_something_else(text):
    assert about_something_else(text)


BACK_KEPT = [  # where the back's pain goes, and parts already read before
    "pain going into my hip, is that normal?",
    "my back pain goes into my hip, should i worry?",
    "de pijn trekt tot in mijn heup, is dat erg?",
    "la douleur descend dans la hanche, c'est grave ?",
]


@pytest.mark.parametrize("text", BACK_KEPT)
def test_the_backs_pain_going_to_the_hip_stays(text):
    assert not about_something_else(text)


DURATION_DRIVING = [  # each got the appointment time first on main ("j'ai roulé pour 3 heures" kept: no slot there before)
    "I drove to the coast friday for 2 hours, is driving bad for my back?",
    "sunday after 2 hours in the car my back was killing me, should i avoid long drives?",
    "saturday for 3 hrs behind the wheel, is driving that long bad for my back?",
    "zondag na 2 uur rijden had ik veel pijn in mijn rug, moet ik minder autorijden?",
    "ik heb zaterdag voor 3 uur lang in de auto gezeten, is autorijden slecht voor mijn rug?",
    "vrijdag na 2 uur in de auto deed mijn rug zeer, is autorijden slecht?",
    "samedi après 2 heures de route j'avais mal au dos, je dois éviter de conduire ?",
    "vendredi j'ai roulé pour 3 heures de route, c'est mauvais pour mon dos ?",
    "dimanche après 4 heures de voiture mon dos a lâché, je peux encore conduire ?",
]


@pytest.mark.parametrize("text", DURATION_DRIVING)
def test_a_duration_after_a_weekday_is_no_slot(text):
    ranking = [("faq_driving", 0.9), ("faq_appointment_time", 0.05)]
    assert choose_topics(ranking, text, EVIDENCE) == ["faq_driving"]


SLOT_KEPT = ["friday at 2?", "friday for 2 pm?", "vrijdag om 2 uur?", "vrijdag na 5 uur kan dat?", "vendredi à 14h c'est possible ?"]


@pytest.mark.parametrize("text", SLOT_KEPT)
def test_a_slot_stays_the_appointment(text):
    assert asked_by_phrase(text)
