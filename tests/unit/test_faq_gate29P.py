"""Session 29P (issue 16): kinds fresh set 31 missed at the FAQ gate, in en, nl and fr (our own phrasings, none a set
text). Each kind was a question of a topic given no topic (or another topic's answer), or another body part's scan given
the scan's answer.

- The first time at the physio ("what do i take with me the first time?") is the first visit (FIRST_VISIT_ASKED).
- A question the classifier took for small talk (out_of_scope) with a phrase that settles its topic is read by the gate
  as one it could not place (bot/nlu/question_topics.py, OUT_OF_SCOPE): "what do i wear to the session?".
- Chat and trade slang and Flemish and Québécois forms are read as their standard words (DIALECT_FORMS: "outta",
  "grafting", "brickie"; "ivm", "bedde"; "tanné", "cloche", "brisé").
- A weekday with its part of the day and an hour, no preposition ("tuesday evening half 7", "dinsdagavond half 7",
  "mardi soir 19h30"), is a free slot asked (FREE_SLOT_ASKED).
- Idioms are read as their standard words before a question's words are weighed (the packs' PHRASE_FORMS): "het mes
  erin zetten" is operating, "een heet bad" heat, "garder le lit" resting, "travail de bureau" adapted work.
- Staying in bed asked is rest or move (BED_REST_ASKED), lighter or office duties for a while work
  (LIGHTER_DUTIES_ASKED), whatever the classifier's first topic (_ASKED_FIRST).
- An unsure first topic without its words gives way to a later state's topic, its state named, that the classifier
  gives a real chance (RUNNER_UP): "as a pregnant woman may i still do my back exercises?" (rest or move 0.6, pregnancy
  0.35); not any later topic (test_faq_refresh19q: "is it worth going or will they just say paracetamol").
- How it began, told in a clause before the question ("... when i bent over the laundry basket, should i worry?"), names
  no subject of the question (ONSET_TOLD).
- Another body part named, then a scan of it asked, the back not named ("my knee locks at football, do i need a scan
  for it?"), is another subject (OTHER_PART_SCAN_TOLD); with the back named the scan keeps its answer.
Like test_faq_gate28F.py, the gate is called without a model: EVIDENCE and the topic words stand for what training
learns."""
import pytest

from bot.reading.faq import GENERAL, _unknown_words, about_something_else, asked_by_phrase, choose_topics, stems

EVIDENCE = {
    "faq_appointment_time": stems("tomorrow morgen demain thursday donderdag jeudi libre vrij free slot"),
    "faq_physio_role": stems("physio kine bring meebrengen apporter clothes"),
    "faq_when_doctor": stems("doctor dokter huisarts medecin"),
    "faq_rest_or_move": stems("rest rust repos lying flat plat liggen allonge move bewegen bouger couch zetel"),
    "faq_work": stems("work werk travail boulot job adapte aangepast"),
    "faq_sport": stems("sport gym swimming zwemmen natation"),
    "faq_surgery": stems("surgery operation opereren chirurgie knife bistouri billard"),
    "faq_heat_or_cold": stems("heat ice warmte ijs chaud froid glace bath bain kruik"),
    "faq_pregnancy": stems("pregnant zwanger zwangere enceinte grossesse"),
    "faq_serious": stems("serious worry worried zorgen ernstig grave inquieter crack kraakte craque crac"),
    "faq_scan": stems("mri scan xray foto irm radio echo"),
    "faq_sleep": stems("sleep slapen dormir"),
}
# the general words (the languages' common words) and the serious topic's own words, for the foreign-word check
TOPIC_WORDS = {
    GENERAL: stems("my back it is should i worry when was the over a de het mijn rug ik moet me maken toen mon dos a fait"
                   " quand je me suis sur le la les dois what that this"),
    "faq_serious": EVIDENCE["faq_serious"] | stems("clicked klikte crac"),
}


@pytest.mark.parametrize("text", [
    "what do i take with me to the physio the first time?",
    "anything i should bring along the very first time i come?",
    "first time at the physio next week, what should i bring?",
    "do i need to bring my scans the first time?",
    "wat moet ik meebrengen naar de kine de eerste keer?",
    "neem ik mijn verwijsbrief mee de allereerste keer?",
    "de eerste keer bij de kine, wat breng ik best mee?",
    "moet ik iets meenemen de eerste keer dat ik kom?",
    "je dois apporter quoi chez le kiné la première fois ?",
    "j'amène mes radios la première fois ?",
    "la première fois au cabinet, j'apporte quoi ?",
    "je prends quoi avec moi pour la toute première fois ?",
])
def test_the_first_time_at_the_physio_is_the_first_visit(text):
    assert asked_by_phrase(text)
    assert choose_topics([("faq_sport", 0.9), ("faq_scan", 0.05)], text, EVIDENCE) == ["faq_physio_role"]


@pytest.mark.parametrize("text", [
    "is it the first time this happened to you?",
    "first time my back went like this, will it get better?",
    "c'est la première fois que j'ai mal au dos, ça va passer ?",
    "het is de eerste keer dat ik rugpijn heb, gaat dat over?",
])
def test_a_first_time_told_asks_nothing_of_the_first_visit(text):
    assert not asked_by_phrase(text)


@pytest.mark.parametrize("text, slang, standard", [
    ("it came outta nowhere, should i be worried?", "outta", "it came out of nowhere should i be worried"),
    ("can i keep grafting on site with this back?", "grafting", "can i keep working on site with this back"),
    ("im a brickie, is it ok to work?", "brickie", "im a builder is it ok to work"),
    ("my husbands a sparky, can he keep working?", "sparky", "my husbands a electrician can he keep working"),
    ("mag ik komen ivm mijn werk?", "ivm", "mag ik komen door mijn werk"),
    ("ik lig al de hele dag in mijn bedde, is dat goed?", "bedde", "ik lig al de hele dag in mijn bed is dat goed"),
    ("ik kan niet komen ivm de kinderen, kan het later?", "ivm", "ik kan niet komen door de kinderen kan het later"),
    ("mag ik in mijn beddeke blijven liggen?", "beddeke", "mag ik in mijn bed blijven liggen"),
    ("je suis tanné d'avoir mal, c'est normal ?", "tanne", "je suis en ai assez d'avoir mal c'est normal"),
    ("personne sait ce qui cloche, c'est grave ?", "cloche", "personne sait ce qui ne va pas c'est grave"),
    ("si rien est brisé pourquoi j'ai mal ?", "brise", "si rien est casse pourquoi j'ai mal"),
    ("ma vertèbre est-tu brisée ?", "brisee", "ma vertebre est-tu cassee"),
])
def test_chat_trade_and_regional_forms_are_known_words(text, slang, standard):
    known = stems(standard)
    assert slang not in _unknown_words(standard.replace(slang, "") + " " + text, known)


@pytest.mark.parametrize("text", [
    "could i come tuesday evening half 6?",
    "monday morning 9am any good?",
    "is friday afternoon 3pm possible?",
    "wednesday evening 7 o'clock ok for you?",
    "kan ik dinsdagavond half 7 komen?",
    "past vrijdagnamiddag 4 uur?",
    "donderdag avond 19u, kan dat?",
    "woensdagvoormiddag half 10 nog mogelijk?",
    "mardi soir 19h30 c'est jouable ?",
    "jeudi matin 9h ça irait ?",
    "vendredi après-midi 15h c'est possible ?",
    "lundi soir 18h, vous pouvez ?",
])
def test_a_weekday_its_part_of_the_day_and_an_hour_is_the_appointment(text):
    assert asked_by_phrase(text)
    ranking = [("faq_when_doctor", 0.8), ("faq_appointment_time", 0.1)]
    assert choose_topics(ranking, text, EVIDENCE) == ["faq_appointment_time"]


@pytest.mark.parametrize("topic, text", [
    ("faq_surgery", "hoe lang duurt het voor ze het mes erin zetten?"),
    ("faq_surgery", "moet ik onder het mes voor mijn hernia?"),
    ("faq_surgery", "gaan ze mij moeten opensnijden?"),
    ("faq_surgery", "zetten ze daar snel het mes in bij een hernia?"),
    ("faq_heat_or_cold", "mag ik een heet bad nemen voor mijn rug?"),
    ("faq_heat_or_cold", "helpt een warme douche tegen de pijn?"),
    ("faq_heat_or_cold", "is een heet ligbad goed of slecht?"),
    ("faq_heat_or_cold", "hete douches, doen die deugd aan mijn rug?"),
])
def test_an_idiom_is_read_as_its_standard_words(topic, text):
    assert choose_topics([(topic, 0.55), ("faq_sleep", 0.2)], text, EVIDENCE) == [topic]


@pytest.mark.parametrize("text", [
    "my mum says i should stay in bed for a few days, is she right?",
    "is bed rest the best thing for this?",
    "been lying in bed since saturday, good idea or not?",
    "should i just stay in my bed till it settles?",
    "ik lig al drie dagen in mijn bed, is dat goed?",
    "moet ik in mijn bed blijven liggen tot het over is?",
    "is bedrust het beste voor mijn rug?",
    "mijn schoonmoeder zegt dat ik in bed moet blijven, klopt dat?",
    "je garde le lit depuis lundi, c'est bien ?",
    "faut-il rester au lit quelques jours ?",
    "mon médecin de famille est absent, je dois rester alitée ?",
    "ma voisine dit de garder le lit une semaine, elle a raison ?",
])
def test_staying_in_bed_asked_is_rest_or_move(text):
    assert asked_by_phrase(text)
    ranking = [("faq_when_doctor", 0.89), ("faq_healing_time", 0.09)]
    assert choose_topics(ranking, text, EVIDENCE) == ["faq_rest_or_move"]


@pytest.mark.parametrize("text", [
    "my boss says i can do light duties for a fortnight, is that sensible?",
    "could i ask for desk work for a few weeks instead of lifting?",
    "would office duties be better than the warehouse for now?",
    "is modified duties a good idea while it heals?",
    "mijn baas stelt bureauwerk voor een paar weken, is dat verstandig?",
    "kan ik beter lichter werk vragen de komende weken?",
    "is administratief werk in plaats van heffen een goed idee?",
    "mag ik aangepast werk doen tot het beter gaat?",
    "mon patron propose du travail de bureau, c'est mieux ?",
    "je peux demander des tâches légères pendant un mois ?",
    "faire de l'administratif au lieu de porter, c'est raisonnable ?",
    "un poste adapté quelques semaines, ça aide ?",
])
def test_lighter_duties_asked_is_work(text):
    assert asked_by_phrase(text)
    assert choose_topics([("faq_sport", 0.44), ("faq_when_doctor", 0.1)], text, EVIDENCE) == ["faq_work"]


@pytest.mark.parametrize("text", [
    "as a pregnant woman may i still do my back exercises?",
    "im pregnant, are the exercises still safe?",
    "mag ik zwanger nog mijn oefeningen doen?",
    "als zwangere, mag ik die oefeningen nog?",
    "enceinte, je peux continuer les exercices ?",
    "je suis enceinte, les exercices c'est toujours ok ?",
    "pregnant with twins, can i carry on with the stretches?",
    "32 weeks pregnant, are these exercises still fine?",
    "ik ben zwanger van mijn tweede, mag ik blijven oefenen?",
    "zwanger en rugpijn, mogen die oefeningen nog?",
    "enceinte de 5 mois, je continue les étirements ?",
    "grossesse en cours, les exercices sont sans risque ?",
])
def test_an_unsure_first_without_its_words_gives_way_to_a_later_one_with_them(text):
    ranking = [("faq_rest_or_move", 0.6), ("faq_pregnancy", 0.35), ("faq_sport", 0.02)]
    assert choose_topics(ranking, text, EVIDENCE) == ["faq_pregnancy"]


@pytest.mark.parametrize("text", [
    "as a pregnant woman may i still do my back exercises?",
    "mag ik zwanger nog mijn oefeningen doen?",
    "enceinte, je peux continuer les exercices ?",
])
def test_a_later_topic_without_a_real_chance_is_not_read(text):
    ranking = [("faq_rest_or_move", 0.6), ("faq_pregnancy", 0.2), ("faq_sport", 0.02)]
    assert choose_topics(ranking, text, EVIDENCE) == []


def test_a_later_topic_that_is_no_state_named_is_not_read():
    ranking = [("faq_when_doctor", 0.6), ("faq_sleep", 0.35)]
    assert choose_topics(ranking, "is it worth going or will they just tell me to sleep it off", EVIDENCE) == []


@pytest.mark.parametrize("text", [
    "my back cracked when i bent over the laundry basket, should i worry?",
    "it went crack while i was lifting the shopping bags, should i worry?",
    "something cracked as i reached for the kettle on the top shelf, should i worry?",
    "my back cracked when i bent down to tie my shoelaces, should i worry?",
    "mijn rug kraakte toen ik me bukte over de wasmand, moet ik me zorgen maken?",
    "het kraakte toen ik de boodschappentas optilde, moet ik me zorgen maken?",
    "mijn rug kraakte terwijl ik me bukte naar de vaatwasser, moet ik me zorgen maken?",
    "er kraakte iets toen ik de vuilniszak opraapte, moet ik me zorgen maken?",
    "mon dos a fait crac quand je me suis baissé vers la poubelle, je dois m'inquiéter ?",
    "ça a craqué quand je soulevais le carton de bouteilles, je dois m'inquiéter ?",
    "mon dos a fait crac quand je me suis penché pour ramasser les jouets, je dois m'inquiéter ?",
    "mon dos a craqué quand je me suis relevé du canapé trop vite, je dois m'inquiéter ?",
])
def test_how_it_began_told_names_no_subject(text):
    assert choose_topics([("faq_serious", 0.65)], text, EVIDENCE, topic_words=TOPIC_WORDS) == ["faq_serious"]


@pytest.mark.parametrize("text", [
    "my back cracked when using the foam roller on the floor, should i worry?",
    "mon dos a craqué quand j'utilisais le rouleau de massage au sol, je dois m'inquiéter ?",
])
def test_other_things_told_still_count(text):
    assert choose_topics([("faq_serious", 0.65)], text, EVIDENCE, topic_words=TOPIC_WORDS) == []


@pytest.mark.parametrize("text", [
    "my knee keeps locking at football, do i need a scan for it?",
    "my hip clicks when i climb stairs, should i get an mri?",
    "my left ankle is still swollen, would an x-ray be useful?",
    "mijne knie blokkeert soms, moet ik daar een foto van laten nemen?",
    "mijn heup doet pijn bij het trappenlopen, is een echo nodig?",
    "mijn enkel is nog dik, moet er een scan van?",
    "mon genou se bloque au foot, je dois faire une radio ?",
    "ma hanche craque quand je monte l'escalier, une IRM serait utile ?",
    "ma cheville est encore gonflée, il faut une écho ?",
    "my foot aches after running, do i need an x-ray?",
    "mijn voet doet pijn na het lopen, is een foto nodig?",
    "mon pied me fait mal après la course, une radio s'impose ?",
])
def test_another_part_named_then_its_scan_is_no_topic(text):
    assert about_something_else(text)
    assert choose_topics([("faq_scan", 0.99)], text, EVIDENCE) == []


@pytest.mark.parametrize("text", [
    "my shoulder clicks when i lift, should i get an mri?",
    "mijn schouder doet pijn bij het heffen, is een echo nodig?",
    "mon épaule craque, une IRM serait utile ?",
])
def test_another_subject_named_then_a_scan_stays_no_topic(text):
    assert about_something_else(text)


@pytest.mark.parametrize("text", [
    "my back pain goes down to my knee, do i need a scan?",
    "de pijn van mijn rug trekt tot in mijn knie, moet er een scan van?",
    "la douleur du dos descend jusqu'au genou, il faut une IRM ?",
    "do i need an mri of my lower back?",
])
def test_the_back_named_keeps_its_scan(text):
    assert not about_something_else(text)
    assert choose_topics([("faq_scan", 0.99)], text, EVIDENCE) == ["faq_scan"]


@pytest.mark.parametrize("topic, text", [
    # already read before this round, and still
    ("faq_physio_role", "what should i wear to the first session?"),
    ("faq_physio_role", "wat doe ik best aan naar de eerste afspraak?"),
    ("faq_physio_role", "je m'habille comment pour la première séance ?"),
    ("faq_surgery", "will i have to go under the knife?"),
    ("faq_surgery", "est-ce que je vais passer sur le billard ?"),
    ("faq_heat_or_cold", "is a hot bath good for my back?"),
    ("faq_heat_or_cold", "un bain chaud, ça aide pour le dos ?"),
    ("faq_appointment_time", "could i come thursday at 6?"),
    ("faq_appointment_time", "kan ik donderdag om 18u komen?"),
    ("faq_appointment_time", "jeudi vers 18h c'est possible ?"),
])
def test_questions_read_before_keep_their_topic(topic, text):
    assert choose_topics([(topic, 0.99)], text, EVIDENCE) == [topic]


@pytest.mark.parametrize("text", [
    "is there anywhere to park near the practice?",
    "kan ik mijn wagen ergens kwijt in de buurt van de praktijk?",
    "on peut se garer près du cabinet ?",
    "do i need an x-ray of my knee?",
    "moet er een mri van mijn knie gemaakt worden?",
    "faut-il une IRM du genou ?",
])
def test_questions_no_topic_fits_stay_without(text):
    assert choose_topics([("faq_scan", 0.99), ("faq_location_hours", 0.01)], text, EVIDENCE) == []


@pytest.mark.parametrize("text", [
    "what's the weather going to be like tomorrow?",
    "tell me a joke about physios",
    "wie heeft de wereldbeker gewonnen?",
    "tu connais une bonne recette de crêpes ?",
])
def test_small_talk_has_no_settling_phrase(text):
    assert not asked_by_phrase(text)


def test_small_talk_with_a_settling_phrase_is_read_by_the_gate(tmp_path):
    pytest.importorskip("rasa")
    from tests.support.question_topics import classified, read, trained_question_topics

    examples = {
        "faq_physio_role": ["what happens at the first session", "what do you do at the first visit",
                            "wat gebeurt er bij de eerste sessie", "que se passe-t-il à la première séance"],
        "faq_sport": ["can i go to the gym", "mag ik sporten", "je peux faire du sport"],
        "out_of_scope": ["what's the weather like", "tell me a joke", "hoe laat is het", "quel temps fait-il"],
    }
    component = trained_question_topics(tmp_path, examples)
    for text in ("what do i wear to the session, coming from work?", "wat trek ik aan naar de sessie bij de kine?",
                 "je m'habille comment pour la séance chez le kiné ?"):
        message = classified(text, "out_of_scope", 0.55, ("faq_physio_role", 0.1), ("faq_sport", 0.05))
        assert read(component, message) == ("ask_question", ["faq_physio_role"]), text
    message = classified("what's the weather going to be like?", "out_of_scope", 0.8, ("faq_sport", 0.1))
    assert read(component, message) == ("out_of_scope", [])
