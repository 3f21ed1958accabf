"""Session 29U (issue 16): questions of fresh set 32 that fit no topic got another topic's answer, in en, nl and fr (our
own phrasings, none a set text). Each kind named the back, or "hernia", where neither was the person's own back, so
the check for another subject (about_something_else) let the classifier's topic through.

- An animal as the one treated or hurting (physio for dogs, a horse's back, "behandelen jullie katten", "le dos de mon
  chien"): another subject, the back named or not, for the back named is the animal's (the packs' OTHER_PATIENTS). The
  person's own back named besides it ("my dog pulled me over and now my back hurts") keeps the topic, and walking the
  dog stays the person's own activity (OTHER_SUBJECT_ACTIVITIES).
- What to wear asked with no session named ("what should i wear?", "wat trek ik best aan?", "je m'habille comment ?")
  is the first visit (the packs' FIRST_VISIT_ASKED), not what to wear to bed or for sport.
- A question the classifier could not place at all (the fallback) that names a state changing the answers (pregnancy,
  the packs' PREGNANCY_TOLD) is read by the gate (faq.names_a_state, bot/nlu/question_topics.py): it got "I can't
  answer that" where pregnancy was the best topic with its words.
- Another hernia than the back's (a groin, navel or hiatus hernia; "liesbreuk", "navelbreuk"; "hernie inguinale",
  "ombilicale"): another subject, "hernia" being no back named there (the packs' OTHER_HERNIAS). The back's disc hernia,
  and a hernia with no part named, keep their topic (the packs' OWN_COMPLAINT has "hernia").
What is left of a question without those phrases (their overlapping matches blanked together, faq._without_not_own) is
looked at for the person's own back. Like test_faq_gate29P.py, the gate is called without a model: EVIDENCE stands for
the topic words training learns. The other misses of set 32 (a topic given none) were left to the lead's retraining."""
import pytest

from bot.reading.faq import about_something_else, asked_by_phrase, choose_topics, names_a_state, stems

EVIDENCE = {
    "faq_physio_role": stems("physio kine kinesitherapeute do what treat behandelen soigner help"),
    "faq_surgery": stems("surgery operation operate opereren operatie chirurgie opérer knife mes"),
    "faq_serious": stems("serious worry worried zorgen ernstig grave inquieter"),
    "faq_rest_or_move": stems("rest rust repos move bewegen bouger walk wandelen promener"),
    "faq_when_doctor": stems("doctor dokter huisarts medecin"),
    "faq_reimbursement": stems("insurance covered terugbetaald ziekenfonds mutuelle rembourse cover"),
    "faq_heat_or_cold": stems("heat ice warmte ijs chaud froid glace"),
    "faq_sleep": stems("sleep slapen dormir bed lit nuit"),
    "faq_sport": stems("sport gym running lopen courir"),
    "faq_pregnancy": stems("pregnant zwanger zwangere enceinte grossesse"),
}

# the back (or a hernia) named is the animal's: the classifier's topic went through before
ANIMALS = [
    ("faq_physio_role", "is there physio for horses? our mare has a sore back"),
    ("faq_serious", "my cat hurt her back jumping off the shelf, is that serious?"),
    ("faq_physio_role", "can you look at my dog's back? he limps since yesterday"),
    ("faq_physio_role", "my horse has a bad back, can one of your physios work on him?"),
    ("faq_physio_role", "behandelen jullie ook katten? onze poes heeft pijn aan haar rug"),
    ("faq_surgery", "mijn hond heeft een hernia, moet hij geopereerd worden of kan een kine helpen?"),
    ("faq_physio_role", "kunnen jullie de rug van mijn hond eens bekijken?"),
    ("faq_physio_role", "ons paard heeft een stijve rug, helpt kine daarvoor?"),
    ("faq_physio_role", "vous soignez aussi les chiens ? le mien a mal au dos"),
    ("faq_surgery", "ma chatte a une hernie, faut-il l'opérer ?"),
    ("faq_physio_role", "est-ce que le dos de mon chien peut être traité chez vous ?"),
    ("faq_physio_role", "notre jument a le dos coincé, un kiné peut la soigner ?"),
]
# no back named: another subject before and after (OTHER_SUBJECTS)
ANIMALS_KEPT = [
    ("faq_physio_role", "do you also treat dogs? my labrador is stiff in the hips"),
    ("faq_reimbursement", "does insurance cover physio for pets?"),
    ("faq_physio_role", "is er een dierenkine in de buurt? mijn paard loopt stijf"),
    ("faq_physio_role", "mon cheval boite, un kiné pour chevaux ça existe ?"),
]

HERNIAS = [
    "i have a groin hernia, does that need an operation?",
    "will my hiatus hernia need surgery?",
    "i've got a hernia near my belly button, do i need an op?",
    "do they operate on an umbilical hernia straight away?",
    "mijn navelbreuk doet pijn, moet ik geopereerd worden?",
    "ik heb een hiatushernia, moet die eruit?",
    "heb een hernia in de lies, is een operatie nodig?",
    "moet een breuk in de buikwand altijd geopereerd worden?",
    "j'ai une hernie inguinale, faut-il opérer ?",
    "ma hernie ombilicale doit être opérée ?",
    "j'ai une hernie à l'aine, on doit m'opérer ?",
    "une hernie hiatale ça s'opère toujours ?",
]


@pytest.mark.parametrize("topic, text", ANIMALS)
def test_an_animal_treated_or_hurting_is_another_subject(topic, text):
    assert about_something_else(text)
    assert choose_topics([(topic, 0.9), ("faq_when_doctor", 0.05)], text, EVIDENCE) == []


@pytest.mark.parametrize("topic, text", ANIMALS_KEPT)
def test_an_animal_without_a_back_named_stays_another_subject(topic, text):
    assert about_something_else(text)
    assert choose_topics([(topic, 0.9), ("faq_when_doctor", 0.05)], text, EVIDENCE) == []


@pytest.mark.parametrize("text", HERNIAS)
def test_another_hernia_than_the_backs_is_another_subject(text):
    assert about_something_else(text)
    assert choose_topics([("faq_surgery", 0.9), ("faq_serious", 0.05)], text, EVIDENCE) == []


@pytest.mark.parametrize("topic, text", [
    ("faq_rest_or_move", "can i keep walking my dog or should i rest?"),
    ("faq_serious", "my dog pulled me over on the lead and now my back is killing me, should i worry?"),
    ("faq_serious", "the dog hurt its leg and i carried it home, now my back hurts, should i worry?"),
    ("faq_rest_or_move", "can i lift my cat with my bad back or should i rest?"),
    ("faq_rest_or_move", "mag ik met de hond gaan wandelen met mijn rugpijn?"),
    ("faq_when_doctor", "mijn hond trok aan de leiband en nu zit mijn rug vast, moet ik naar de dokter?"),
    ("faq_rest_or_move", "ik heb rugpijn sinds ik het paard heb gezadeld, moet ik rust nemen?"),
    ("faq_rest_or_move", "je peux promener mon chien avec mon mal de dos ?"),
    ("faq_serious", "mon chien m'a fait tomber et j'ai mal au dos, c'est grave ?"),
    ("faq_serious", "mon chat dort sur mon dos la nuit, c'est grave pour mon dos ?"),
    ("faq_surgery", "i have a disc hernia in my lower back, will i need surgery?"),
    ("faq_surgery", "i have a hernia, do i need surgery?"),
    ("faq_surgery", "i have a groin hernia and my lower back hurts too, will my back need surgery?"),
    ("faq_surgery", "ik heb een hernia in mijn rug, moet dat geopereerd worden?"),
    ("faq_surgery", "heb een discushernia, moet ik onder het mes?"),
    ("faq_surgery", "moet een hernia altijd geopereerd worden?"),
    ("faq_surgery", "j'ai une hernie discale, faut-il opérer ?"),
    ("faq_surgery", "une hernie lombaire ça s'opère toujours ?"),
])
def test_the_persons_own_back_and_the_backs_hernia_keep_their_topic(topic, text):
    assert not about_something_else(text)
    assert choose_topics([(topic, 0.9), ("faq_physio_role", 0.05)], text, EVIDENCE) == [topic]


@pytest.mark.parametrize("text", [
    "what should i wear? i come straight from work",
    "what shud i wear, i'll be in a suit",
    "what's best to wear for you guys?",
    "what clothes should i wear, jeans ok?",
    "wat trek ik best aan? ik kom rechtstreeks van kantoor",
    "wat moet ik aandoen, mag dat een kleed zijn?",
    "wat trek ik aan, ik kom rechtstreeks van mijn werk?",
    "welke kleren draag ik best, een jurk kan niet zeker?",
    "je m'habille comment ? je viens en costume",
    "je mets quoi comme tenue ?",
    "quelle tenue pour venir chez vous ?",
    "comment dois-je m'habiller, une robe ça va ?",
])
def test_what_to_wear_asked_alone_is_the_first_visit(text):
    assert asked_by_phrase(text)
    assert choose_topics([("faq_heat_or_cold", 0.6), ("faq_sleep", 0.2)], text, EVIDENCE) == ["faq_physio_role"]


@pytest.mark.parametrize("text", [
    "should i wear a back brace?",
    "what should i wear to bed with a bad back?",
    "what to wear for running with back pain?",
    "wat doe ik aan de pijn?",
    "wat doe ik best aan de pijn 's nachts?",
    "je dois mettre du chaud ou du froid ?",
    "je peux porter quoi comme poids ?",
    "quelle tenue pour faire du sport avec mon dos ?",
])
def test_wearing_a_brace_to_bed_or_for_sport_and_doing_something_about_the_pain_are_no_first_visit(text):
    assert not asked_by_phrase(text)


@pytest.mark.parametrize("text", [
    "may a physio work on my back while im pregnant?",
    "is physio on the back ok for pregnant women?",
    "mag een kinesist aan de rug werken als je zwanger bent?",
    "kan ik kine krijgen voor mijn rug nu ik zwanger ben?",
    "le kiné peut travailler sur le dos d'une femme enceinte ?",
    "on peut me masser le dos pendant la grossesse ?",
])
def test_a_state_named_in_an_unplaced_question_is_read_by_the_gate(text):
    assert names_a_state(text)
    assert choose_topics([("faq_pregnancy", 0.45), ("faq_physio_role", 0.3)], text, EVIDENCE) == ["faq_pregnancy"]


@pytest.fixture(scope="module")
def pregnancy_model(tmp_path_factory):
    from tests.support.question_topics import trained_question_topics

    examples = {
        "faq_pregnancy": ["can a physio work on my back when pregnant", "is physio ok when im pregnant",
                          "mag de kine aan mijn rug werken als ik zwanger ben", "kine als je zwanger bent",
                          "le kiné peut travailler sur mon dos si je suis enceinte", "kiné et grossesse"],
        "faq_driving": ["can i drive", "mag ik autorijden", "is driving ok", "can i drive my car"],
        "greet": ["hi", "hallo", "good morning"],
    }
    return trained_question_topics(tmp_path_factory.mktemp("model"), examples)


@pytest.mark.parametrize("text, expected", [
    ("can the physio work on my back, im pregnant?", ("ask_question", ["faq_pregnancy"])),
    ("mag een kine aan de rug werken als ik zwanger ben?", ("ask_question", ["faq_pregnancy"])),
    ("je suis enceinte, le kiné peut travailler sur mon dos ?", ("ask_question", ["faq_pregnancy"])),
    # no state named: the honest answer, as before
    ("can the physio work on my back on a sunday?", ("ask_question", [])),
])
def test_an_unplaced_question_naming_the_pregnancy_gets_its_answer(pregnancy_model, text, expected):
    pytest.importorskip("rasa")
    from tests.support.question_topics import classified, read

    message = classified(text, "nlu_fallback", 0.25, ("faq_pregnancy", 0.45), ("faq_driving", 0.2))
    assert read(pregnancy_model, message) == expected
