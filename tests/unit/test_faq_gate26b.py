"""Session 26, second round (issue 16): the kinds fresh set 26 missed at the FAQ gate, in code, in nl and en/fr where
the kind exists (our own phrasings, none a set text).

- Another therapist chosen or compared instead of the physio (an osteopath in a dialect spelling, "what's the diff",
  "physio or chiro" as a choice, "in plekke van"), and a massage only to relax or pamper, are no topic (OTHER_TRADES,
  TRADE_COMPARISONS); what a physio does, or whether it is massage or exercises, stays the physio's role.
- A slot asked on a day, with "closed?" as a second thought, is an appointment (SLOT_ASKED), where the classifier reads
  the opening hours; whether the practice is open stays the opening hours.
- Dialect spellings: Limburgs "ae" for "e" and "mit-" for "mee-" in a past participle, Gronings "ulf" for "elf".
- Insurers and health funds by name are reimbursement words (INSURERS), not words never seen."""
import pytest

from bot.reading.faq import GENERAL, _unknown_words, about_something_else, choose_topics, stems

EVIDENCE = {
    "faq_physio_role": stems("what does physio kine kinesitherapeute fysiotherapeut doen do faire massage exercises"),
    "faq_location_hours": stems("where address hours adres openingsuren adresse horaires open ouvert dicht closed ferme"),
    "faq_appointment_time": stems("afspraak appointment slot rendez-vous rdv zaterdag saturday samedi come komen venir"),
    "faq_reimbursement": stems("refund reimbursed insurance mutuality terugbetaald verzekering ziekenfonds rembourse "
                               "assurance mutualite mutuelle covered cover"),
    "faq_recurrence": stems("terugkomen weer voorkomen come back again prevent revenir"),
    "faq_prescription": stems("voorschrift papier briefje dokter prescription referral ordonnance"),
}
GENERAL_WORDS = stems(
    "is het dat de een wat how does it can the a my you your je mijn ik kan is er ook jullie doen do of or ou "
    "c'est quoi la le un une vous etes are y a moyen de that through only via pain rug back dos ben bij wordt "
    "alleen combien par seance gives us be physio plan"
)
TOPIC_WORDS = {GENERAL: GENERAL_WORDS, **{topic: set(found) for topic, found in EVIDENCE.items()}}


@pytest.mark.parametrize("text", [
    "moet ik nie liever nor den osteopoat in plekke van de kine?",
    "kine of osteo, wat is het beste voor mij?",
    "osteo of kine, wa is de diff eigenlijk?",
    "doen jullie ook ontspanning massage, gewoon om te relaxen?",
    "heb je ook een masseur voor een wellness massage?",
    "physio or chiro, whats the diff really?",
    "do you do a spa massage, not for my back, just to unwind?",
    "is a masseuse the same as a physio?",
    "kiné ou chiro c'est quoi la diff ?",
    "vous faites des massages détente, pas pour le dos ?",
])
def test_another_trade_chosen_or_a_massage_to_relax_is_no_topic(text):
    assert about_something_else(text)
    assert choose_topics([("faq_physio_role", 0.95)], text, EVIDENCE, topic_words=TOPIC_WORDS) == []


@pytest.mark.parametrize("text", [
    "wat doet een kine eigenlijk bij rugpijn?",
    "is het alleen massage of ook oefeningen?",
    "what does a physio actually do for back pain?",
    "is it just massage or exercises too?",
    "le kiné fait quoi pour le mal de dos, juste des massages ?",
    "je suis masseur-kinésithérapeute moi-même, vous faites quoi au premier rendez-vous ?",
])
def test_what_the_physio_does_stays_the_physios_role(text):
    assert not about_something_else(text)


@pytest.mark.parametrize("text", [
    "kan ik zaterdag langskomen of zijn jullie dan dicht?",
    "kan ik op zaterdag komen of zijt ge gesloten?",
    "can i come in saturday or are you closed then?",
    "any slots on saturday, or is the clinic shut?",
    "c'est possible de passer samedi ou vous êtes fermés ?",
    "je pourrais venir samedi matin ? vous êtes ouverts ?",
])
def test_a_slot_asked_on_a_day_is_an_appointment(text):
    ranking = [("faq_location_hours", 0.95), ("faq_appointment_time", 0.03)]
    assert choose_topics(ranking, text, EVIDENCE)[0] == "faq_appointment_time"


@pytest.mark.parametrize("text", [
    "zijn jullie zaterdag open?",
    "are you open on saturdays?",
    "vous êtes ouverts le samedi ?",
    "waar zijn jullie gevestigd?",
])
def test_whether_the_practice_is_open_stays_the_opening_hours(text):
    ranking = [("faq_location_hours", 0.95), ("faq_appointment_time", 0.03)]
    assert choose_topics(ranking, text, EVIDENCE) == ["faq_location_hours"]


KNOWN = stems("mijn dokter heeft geen papier meegegeven geven kan ik toch bij jullie komen hoe zorg dat het niet weer "
              "mis gaat met rug elk jaar zelfde hetzelfde my company gives us plan can physio be refunded through that "
              "or only via the mutuality hospital")


@pytest.mark.parametrize("text", [
    "mien dokter haet gei papier mitgegaeve, kin ich toch komme?",
    "elk jaor t zulfde, hoe zörg ik dat t nait weer gaait?",
])
def test_dialect_participles_and_ulf_are_known(text):
    assert _unknown_words(text, KNOWN) == []


def test_other_unknown_words_stay_unknown():
    # a word the rules make nothing known of stays a word never seen
    assert "mitspaele" in _unknown_words("mien dokter haet gei papier, kin ich mitspaele?", KNOWN)
    assert "gulfstroom" in _unknown_words("hoe zörg ik dat mien gulfstroom", KNOWN)


@pytest.mark.parametrize("text", [
    "my company gives us a DKV plan, can physio be refunded through that?",
    "betaalt Menzis dat terug of alleen het ziekenfonds?",
    "Solidaris rembourse combien par séance ?",
    "ben bij Partenamut, wordt dat terugbetaald?",
])
def test_an_insurer_named_is_a_reimbursement_word(text):
    known = KNOWN | stems("betaalt dat terug of alleen het ziekenfonds rembourse combien par seance ben bij wordt "
                          "terugbetaald a assurance insurance verzekering mutualite mutuality ziekenfonds")
    assert _unknown_words(text, known) == []
    assert choose_topics([("faq_reimbursement", 0.65)], text, EVIDENCE, known=known, topic_words=TOPIC_WORDS) == [
        "faq_reimbursement"]
