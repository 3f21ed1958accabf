"""Session 26 (issue 16): the kinds fresh set 25 missed at the FAQ gate, in code, in nl and en/fr where the kind exists
(our own phrasings, none a set text).

- Hedges and fillers around a question ("normaal gezien", "generally speaking", "en temps normal") and the West-Vlaams
  "zoen" (zo'n) are no foreign words of a topic; the Limburgs "ieë" for "ee" ("mieë" = meer) is a known word.
- The word behind a negating prefix of a training word is known ("onschuldig" known makes "schuld" known): plain
  standard words no example has were read as a subject of their own (learn_vocabulary's NEGATION_PREFIXES).
- Whether the practice is OPEN on a day is the opening hours (OPEN_ASKED), also when the classifier reads an
  appointment; a slot asked on a day stays an appointment.
- A lift or step-free access is the practice's building (PRACTICE_MATTERS): no topic.
- Another person's other body part ("my son's knee", "kniepijn" of a daughter) is another subject (OTHER_PERSON_PARTS),
  unless the back is named; the person's own knee (where sciatica goes) stays a question.
- A first topic the classifier is sure of without its words, refused by the gate, gives way to a later one with its
  words (LAST_CHANCE), when that one passes the gate."""
import pytest

from bot.reading.faq import GENERAL, _unknown_words, about_something_else, choose_topics, learn_vocabulary, stems

EVIDENCE = {
    "faq_healing_time": stems("hoelang duurt over wanneer genezen long last heal settle combien temps dure durer"),
    "faq_location_hours": stems("where address hours adres waar openingsuren adresse heures horaires"),
    "faq_appointment_time": stems("afspraak appointment slot rendez-vous rdv namiddag vrijdag friday afternoon"),
    "faq_serious": stems("serious ernstig grave zorgen worried erg"),
    "faq_acute_vs_chronic": stems("chronisch chronic chronique acuut acute aigu"),
    "faq_sciatica": stems("sciatica ischias sciatique been leg jambe knie knee genou"),
    "faq_sleep": stems("matras mattress matelas slapen sleep dormir"),
}
GENERAL_WORDS = stems(
    "is het dat de een wat how does it take to a the is est-ce que ca peut de la le me dos rug back pijn pain mal "
    "this like when dat zo ik mijn my je mon kan can are you vous etes open ouvert zijn jullie on op le"
)
TOPIC_WORDS = {GENERAL: GENERAL_WORDS, **{topic: set(found) for topic, found in EVIDENCE.items()}}


@pytest.mark.parametrize("topic, text", [
    ("faq_healing_time", "wanneer is zoen spit normaal gezien over?"),
    ("faq_healing_time", "hoelang duurt zoen scheut eigenlijk gezien?"),
    ("faq_healing_time", "generally speaking, how long does a flare like this take to settle?"),
    ("faq_healing_time", "en temps normal, combien de temps dure le lumbago ?"),
])
def test_hedges_and_fillers_are_no_foreign_words(topic, text):
    assert choose_topics([(topic, 0.9)], text, EVIDENCE, topic_words=TOPIC_WORDS) == [topic]


@pytest.mark.parametrize("topic, text", [
    ("faq_healing_time", "wanneer is de zwelling van mijn tandvlees over?"),
    ("faq_healing_time", "how long does a sunburn blister take to settle?"),
])
def test_other_subjects_stay_foreign(topic, text):
    assert choose_topics([(topic, 0.9)], text, EVIDENCE, topic_words=TOPIC_WORDS) == []


def test_limburgish_iee_is_a_known_word():
    known = stems("is er iets wat ik kan doen zodat dit niet meer terugkomt krijg tegen de")
    assert _unknown_words("kan ich get doen zodat dit nie mieë terugkomt?", known) == []
    assert _unknown_words("kan ich get doen tegen de mieëtelaars?", known) == ["mieetelaars"]


LEMMAS = {"nl": {"schuldige": "schuldig", "schulden": "schuld"}, "en": {"healthier": "healthy"}}
EXAMPLES = {"faq_serious": ["is dit onschuldig of niet", "is it unhealthy to sit"], "faq_location": ["onderrug"]}
LANGUAGE = {"is dit onschuldig of niet": "nl", "is it unhealthy to sit": "en", "onderrug": "nl"}.get


def test_the_word_behind_a_negating_prefix_is_known():
    before = set(learn_vocabulary(EXAMPLES, {}, LEMMAS, LANGUAGE))
    after = set(learn_vocabulary(EXAMPLES, {}, LEMMAS, LANGUAGE, {"nl": ("on",), "en": ("un",)}))
    assert stems("schuld healthy") - before == stems("schuld healthy")
    assert stems("schuld schuldig healthy") <= after
    # "onderrug" is no "on" + word: nothing more
    assert after - before == stems("schuld healthy")


@pytest.mark.parametrize("text", [
    "zijn jullie ook open op vrijdag namiddag?",
    "zyn julder open den zaterdag?",
    "are you guys open friday afternoon?",
    "is the practice open on saturday mornings?",
    "vous êtes ouverts le vendredi après-midi ?",
    "êtes-vous ouverts le samedi ?",
])
def test_open_on_a_day_is_the_opening_hours(text):
    ranking = [("faq_appointment_time", 0.8), ("faq_location_hours", 0.1)]
    assert choose_topics(ranking, text, EVIDENCE) == ["faq_location_hours"]


@pytest.mark.parametrize("text", [
    "heb je nog een plaats vrij op vrijdag namiddag?",
    "any slots free on friday afternoon?",
    "vous avez un rendez-vous libre vendredi après-midi ?",
])
def test_a_slot_on_a_day_stays_an_appointment(text):
    ranking = [("faq_appointment_time", 0.8), ("faq_location_hours", 0.1)]
    assert choose_topics(ranking, text, EVIDENCE) == ["faq_appointment_time"]


@pytest.mark.parametrize("text", [
    "is er een lift naar jullie praktijk? ik kan slecht trappen doen",
    "hebben jullie een lift, de trap lukt niet",
    "is there a lift in your building? stairs are hard",
    "do you have an elevator?",
    "is the practice step-free access?",
    "il y a un ascenseur dans l'immeuble ?",
    "mijn dochter heeft kniepijn van het sporten, kan zij ook komen?",
    "mijn zoon heeft last van zijn enkel, helpen jullie hem ook?",
    "my son hurt his knee at football, can he see you as well?",
    "my wife has hip pain, do you treat that?",
    "ma fille a mal au genou depuis le foot, elle peut venir aussi ?",
    "mon mari s'est fait mal à la cheville, vous le prenez ?",
])
def test_a_lift_or_another_persons_other_body_part_is_no_topic(text):
    assert about_something_else(text)
    assert choose_topics([("faq_appointment_time", 0.9)], text, EVIDENCE) == []


@pytest.mark.parametrize("text", [
    "mag ik mijn dochter nog opheffen met mijn rug?",
    "can i lift my kid with my back like this?",
    "mijn man heeft ook rugpijn en pijn in zijn knie, kan hij ook komen?",
    "the pain goes down to my knee, is that sciatica?",
    "de pijn trekt tot in mijn knie, is dat ischias?",
    "ça descend jusqu'au genou, c'est une sciatique ?",
])
def test_the_own_knee_or_the_back_named_stays_a_question(text):
    assert not about_something_else(text)


def test_a_refused_first_topic_without_its_words_gives_way_to_a_later_one_with_them():
    text = "mijn rug is moe sinds 2 weken, kan dat iets ernstig verbergen?"
    topic_words = {**TOPIC_WORDS, GENERAL: TOPIC_WORDS[GENERAL] | stems("sinds weken kan iets")}
    ranking = [("faq_acute_vs_chronic", 0.8), ("faq_serious", 0.12)]
    assert choose_topics(ranking, text, EVIDENCE, topic_words=topic_words) == ["faq_serious"]
    # below LAST_CHANCE: none, as before
    low = [("faq_acute_vs_chronic", 0.8), ("faq_serious", 0.05)]
    assert choose_topics(low, text, EVIDENCE, topic_words=topic_words) == []
    # the first passes the gate: it keeps its place
    assert choose_topics(ranking, "is dit chronisch?", EVIDENCE, topic_words=topic_words) == ["faq_acute_vs_chronic"]
