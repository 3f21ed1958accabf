"""Session 32AU (issue 16): FAQ gate kinds left by round 32AQ, from the dev set's no-topic questions given a topic, in en,
nl and fr (our own phrasings, none a set text).

- A long trip by plane, train or coach (the packs' TRIPS: "flying home next month, 14 hrs, any tips for my back?") is
  another subject: the driving answer speaks of a car. A long drive by car stays driving; the trip told as the time the
  back has (TRIP_AS_DEADLINE: "how many weeks before i'm back to normal? we fly in 3 weeks") stays the healing time;
  coming to the practice by train or bus stays the location.
- How to pay (bancontact, a card, cash), a cancelled or missed appointment's fee and home visits are the practice's
  matters (PRACTICE_MATTERS); what a session costs and what the mutualiteit pays back stay reimbursement.
- Another body part asked as the practice's offer ("doen jullie ook knieën?", "do you treat knees too?") is another
  body part (OTHER_BODY_PARTS); a pillow between the knees stays sleep.
- Where a prescription was forgotten or found ("in de schuif", "in mijn jas") is the person's story, no foreign subject.
- The closing time asked ("what time do u close in the evening?") is the opening hours first (OPEN_ASKED).
Like test_faq_gate32AQ.py, the gate is called without a model: EVIDENCE stands for what training learns."""
import pytest

from bot.reading.faq import GENERAL, about_something_else, choose_topics, stems

EVIDENCE = {
    "faq_appointment_time": stems("uur avond evening after slot free creneau soir"),
    "faq_location_hours": stems("close open hours sluiten open openingsuren fermez ouvert heure"),
    "faq_prescription": stems("voorschrift geldig prescription valid ordonnance valable"),
}

TRIPS = [  # each was not "something else" on main
    "flying home next month, 14 hrs, any tips for my back?",
    "i have a 9 hour flight on friday, will my back survive the plane?",
    "long train journey to rome next week, how do i keep my back ok?",
    "12 hours on a coach to spain, tips for my lower back?",
    "ik moet 11 uur vliegen naar Thailand, tips voor mijn rug?",
    "lange treinreis naar Wenen, hoe hou ik mijn rug goed?",
    "8 uur op de bus naar de Alpen, kan dat met mijn rug?",
    "binnenkort een lange vlucht van 10 uur, wat doe ik met mijn rug?",
    "je prends l'avion pour 12 heures le mois prochain, des conseils pour mon dos ?",
    "un long trajet en train demain, comment protéger mon dos ?",
    "10h de bus pour aller en Espagne, c'est ok pour mon dos ?",
    "un vol long-courrier avec mal au dos, des astuces ?",
]


@pytest.mark.parametrize("text", TRIPS)
def test_a_long_trip_by_plane_train_or_coach_is_something_else(text):
    assert about_something_else(text)


TRIPS_KEPT = [  # never "something else"
    "10 uur rijden naar Spanje, kan dat met mijn rug?",
    "8h de route en voiture, c'est possible avec mon dos ?",
    "can i drive 6 hours to cornwall with my back?",
    "how many weeks before i'm back to normal? we fly to rome in 3 weeks",
    "hoelang duurt spit? over 2 weken vlieg ik naar Lissabon",
    "coming by train from antwerp, how far is the practice from the station?",
    "ik kom met de trein, hoe ver is het van het station?",
    "je viens en train, c'est loin de la gare ?",
    "i can't climb a flight of stairs, should i see a doctor?",
    "can i train at the gym with back pain?",
    "je suis en train de déménager, je peux porter des cartons ?",
]


@pytest.mark.parametrize("text", TRIPS_KEPT)
def test_a_drive_a_deadline_or_the_way_to_the_practice_stays(text):
    assert not about_something_else(text)


PRACTICE = [  # each was not "something else" on main
    "can i pay by card?",
    "do you take contactless or is it cash only?",
    "if i miss my appointment do you charge a fee?",
    "do you do home visits?",
    "i can't get out, could you come to my home?",
    "kan ik betalen met bancontact?",
    "als ik mijn afspraak afzeg, moet ik dan toch betalen?",
    "kan ik met de kaart betalen bij jullie?",
    "kunde gij ook aan huis komen?",
    "doen jullie huisbezoeken?",
    "on sait payer par bancontact?",
    "je peux payer par carte ?",
    "vous vous déplacez à domicile ?",
    "le kiné peut venir chez moi ?",
]


@pytest.mark.parametrize("text", PRACTICE)
def test_paying_a_cancelling_fee_or_a_home_visit_is_the_practices_matter(text):
    assert about_something_else(text)


PRICE_KEPT = [
    "what does a session cost?",
    "how much does the mutualiteit pay back?",
    "hoeveel kost een sessie?",
    "hoeveel betaalt het ziekenfonds terug?",
    "combien coûte une séance ?",
    "la mutuelle rembourse combien ?",
    "can i do the exercises at home?",
    "ik ben aan huis gekluisterd door mijn rug, hoelang duurt dit?",
]


@pytest.mark.parametrize("text", PRICE_KEPT)
def test_the_price_and_the_refund_stay(text):
    assert not about_something_else(text)


OTHER_PARTS = [  # each was not "something else" on main
    "doen jullie ook knieën? mn knie doet pijn bij traplopen",
    "behandelen jullie ook enkels?",
    "doet ge ook voeten?",
    "do you treat knees too?",
    "do you also do ankles?",
    "can you look at my knee as well?",
    "vous soignez aussi les genoux ?",
    "vous traitez les chevilles ?",
    "vous faites aussi les pieds ?",
]


@pytest.mark.parametrize("text", OTHER_PARTS)
def test_another_part_asked_as_the_offer_is_something_else(text):
    assert about_something_else(text)


KNEES_KEPT = [
    "should i sleep with a pillow between my knees",
    "moet ik met een kussen tussen mijn knieën slapen",
    "un coussin entre les genoux pour dormir c'est bien?",
    "im a plumber, on my knees under sinks all day.. call in sick?",
    "the pain goes down to my knee, is that sciatica?",
]


@pytest.mark.parametrize("text", KNEES_KEPT)
def test_the_knees_told_otherwise_stay(text):
    assert not about_something_else(text)


# the words the topics' examples have (learn_topic_words): what is left is foreign
TOPIC_WORDS = {
    GENERAL: set(stems("ik mijn in de is dat nog heb mag toch komen oud terug")),
    "faq_prescription": set(stems("voorschrift geldig")),
}

PRESCRIPTION = [  # each got no topic on main: two foreign words ("vond", "schuif"; "jas", "vergeten")
    "ik vond mijn oud voorschrift terug in de schuif, is dat nog geldig?",
    "ik heb mijn voorschrift in mijn jas vergeten, mag ik toch komen?",
]


@pytest.mark.parametrize("text", PRESCRIPTION)
def test_where_the_prescription_was_is_the_persons_story(text):
    ranking = [("faq_prescription", 0.9)]
    assert choose_topics(ranking, text, EVIDENCE, topic_words=TOPIC_WORDS) == ["faq_prescription"]


def test_a_prescription_with_a_foreign_subject_stays_refused():
    ranking = [("faq_prescription", 0.9)]
    text = "is mijn voorschrift geldig voor fietsen en zwemmen in de zee?"
    assert choose_topics(ranking, text, EVIDENCE, topic_words=TOPIC_WORDS) == []


CLOSING = [  # each got the appointment time only on main
    "what time do u close in the evening? need something after 6",
    "when do you close on fridays?",
    "wanneer sluiten jullie 's avonds? ik kan pas na 6 uur",
    "hoe laat gaan jullie dicht op vrijdag?",
    "vous fermez à quelle heure le soir ? je finis à 18h",
]


@pytest.mark.parametrize("text", CLOSING)
def test_the_closing_time_asked_is_the_opening_hours_first(text):
    ranking = [("faq_appointment_time", 0.93), ("faq_location_hours", 0.02)]
    assert choose_topics(ranking, text, EVIDENCE)[0] == "faq_location_hours"


SLOT_KEPT = ["any slot thursday evening after 6?", "heb je nog iets vrij vrijdag na 5 uur?", "un créneau jeudi soir ?"]


@pytest.mark.parametrize("text", SLOT_KEPT)
def test_a_slot_asked_stays_the_appointment(text):
    ranking = [("faq_appointment_time", 0.93), ("faq_location_hours", 0.02)]
    assert choose_topics(ranking, text, EVIDENCE)[0] == "faq_appointment_time"
