"""Session 30AA (issue 16): questions of fresh set 35 that got no topic, or another topic's answer, in en, nl and fr (our
own phrasings, none a set text). The kinds and what changed:

- Physio for a child, children's physio, a child's handwriting (another patient and another care) got the prescription's
  answer: the packs' UNCOVERED_SUBJECTS (session 30AA block beside OTHER_HERNIAS) name them now, so no topic is given
  ("do you treat kids as well?", "kinderkine?", "kiné pédiatrique ?"). Lifting one's own children stays a question.
- How long one session lasts, with the person's planning told after it, got healing time and booking: the packs'
  SESSION_LENGTH_ASKED settle it as the sessions' question (faq._ASKED_AS, like FIRST_VISIT_ASKED). How long to heal,
  or how long after a session one may drive, is not settled by it.
- A greeting before the question ("Bonjour, ...", "hello there, ...") counted as a foreign word of the topic and, with
  one word of the person's day, refused the topic: the gate reads the foreign words without the greeting now.
- Just given birth (the packs' PREGNANCY_TOLD: "bevallen", "accouché", "gave birth", "postpartum"): an unsure first
  topic without its words gives way to the pregnancy, as for "zwanger" (session 29). A partner who gave birth names no
  state of the person's.
- How it began told as a gerund after the hurt ("slipped a disc hauling the bins out", "verschoten bij het sleuren met
  ...", "bloqué en sortant ...": the packs' ONSET_TOLD) counted as foreign words of the question: it is the story now.
- Taking the dog round the block (OTHER_SUBJECT_ACTIVITIES) named the dog as the subject: it is what the person does.
- Ending up in a wheelchair feared (the packs' WHEELCHAIR_FEARED, in SUBJECT_FREE_PHRASES, now read before PRACTICE_MATTERS
  in about_something_else) was wheelchair access to the practice: it is how serious it is, and PHRASE_FORMS read it as
  "serious"/"ernstig"/"grave" (no opening hours given second for "wheelchair"). Access asked stays a practice matter.
Like test_faq_gate30V.py, the gate is called without a model: EVIDENCE and TOPIC_WORDS stand for what training learns.
Not changed here: "ik lig er wakker van dat het iets ernstigs is" is read as night pain by the red-flag reader (told to
the lead); questions the model refused for words it never saw ("cariste", "godasses") are left to the retraining."""
import pytest

from bot.reading.faq import GENERAL, about_something_else, choose_topics, stems

EVIDENCE = {
    "faq_prescription": stems("prescription voorschrift ordonnance referral verwijsbrief"),
    "faq_physio_role": stems("treat behandelen soigner exercises oefeningen"),
    "faq_sessions": stems("sessions sessies seances beurten many hoeveel combien"),
    "faq_booking": stems("book boeken inplannen plan reserve reserver afspraak maken appointment rendez"),
    "faq_healing_time": stems("heal recover herstel genezen guerir long lang combien temps duurt"),
    "faq_location_hours": stems("open opening hours openingsuren ouvert ouvrez horaires"),
    "faq_pregnancy": stems("pregnant pregnancy zwanger enceinte grossesse birth bevallen bevalling accouche baby"
                           " postpartum post-partum keizersnede cesarienne c-section"),  # with round AA's examples,
    "faq_disc_herniation": stems("disc hernia hernie slipped discus schijf"),
    "faq_rest_or_move": stems("rest rust repos walk wandelen marcher move moving bewegen bouger lift tillen porter"),
    "faq_serious": stems("serious dangerous ernstig gevaarlijk grave dangereux worry"),
    "faq_driving": stems("drive driving rijden conduire"),
}
# the words any question may have, and the topics' own (what learn_topic_words keeps): enough for these questions
TOPIC_WORDS = {
    GENERAL: stems(
        "i i'm im you your my me is it are a an the on in at to of or and do does can will this that what how be it's "
        "there all week weekdays morning mornings saturday saturdays sunday late evening "
        "ik je jij u jullie is het een de op in aan van of en ook mijn zijn wat hoe dat dit er week zaterdag avond "
        "je vous le la les est un une de du en au et mon ma c'est ce que samedi matin semaine soir "
        "back rug dos pain pijn mal"),
    "faq_location_hours": stems("open opening hours ouvert ouvrez cabinet practice praktijk"),
    "faq_disc_herniation": stems("disc hernia slipped think reckon is that what this nah schijf hernia denk "
                                 "hernie discale pense"),
}

CHILDREN = [
    "do you treat kids as well, my girl of 9 has a stiff back?",
    "is there a paediatric physio at your practice?",
    "can one of your physios work with my son, he's 12 and sits badly?",
    "do you guys see children? my lad's posture is awful",
    "my boy's handwriting is really cramped, can you help?",
    "doen jullie ook kinderkine? onze zoon van 8 zit heel krom",
    "behandelen jullie ook kinderen, mijn dochtertje heeft last van haar houding?",
    "is er bij jullie iemand voor kinesitherapie voor mijn kind?",
    "mijn zoontje heeft een verkrampt handschrift, kan de kine daar iets aan doen?",
    "heeft de praktijk een kinderfysiotherapeut? ze is pas vijf",
    "vous faites de la kiné pédiatrique ? mon fils a 10 ans",
    "est-ce que vous soignez aussi les enfants ? ma petite a le dos raide",
    "vous prenez les enfants ? mon ado se tient tout voûté",
    "l'écriture de ma fille est très crispée, un kiné peut aider ?",
    "il y a un kiné pour enfants chez vous ?",
]
CHILDREN_KEPT = [  # another subject before too
    "can i bring my son along to the appointment?",
    "mag mijn dochter mee naar de afspraak?",
    "je peux venir avec mes enfants au rendez-vous ?",
]
OWN_BACK_WITH_CHILDREN = [  # the person's own back: still a question
    "can i still lift my kids with my back like this?",
    "is it ok to carry my toddler around?",
    "mag ik mijn kinderen nog optillen met mijn rug?",
    "kan ik met mijn rug nog met de kinderen spelen?",
    "je peux porter mon bébé avec mon mal de dos ?",
    "je traite mes douleurs de dos avec du paracétamol, c'est ok ?",
    "mijn rug doet pijn sinds de kinderen er zijn, wat kan ik doen?",
    "my back's been sore since the kids were born, what can i do?",
]


@pytest.mark.parametrize("text", CHILDREN + CHILDREN_KEPT)
def test_a_childs_care_is_another_subject(text):
    assert about_something_else(text)
    assert choose_topics([("faq_prescription", 0.87), ("faq_physio_role", 0.05)], text, EVIDENCE) == []


@pytest.mark.parametrize("text", OWN_BACK_WITH_CHILDREN)
def test_the_persons_own_back_with_children_stays(text):
    assert not about_something_else(text)


SESSION_LENGTH = [
    "how long is an appointment with you? i'd have to plan it around my school run",
    "how long does a session usually last? want to book it in my lunch hour",
    "how many minutes is each session? gotta plan it before work",
    "what's the length of a session, roughly? i'll need to plan my day around it",
    "hoelang duurt zo'n behandeling bij jullie? ik wil het inplannen voor mijn werk",
    "hoe lang duurt een afspraak ongeveer? moet het plannen tussen twee vergaderingen",
    "hoeveel minuten duurt een sessie? ik moet het inplannen op mijn vrije middag",
    "wat is de duur van een consultatie? wil het plannen voor de kinderen thuis zijn",
    "une séance dure combien de temps ? je dois la caser entre midi et deux",
    "combien de temps dure une consultation chez vous ? je dois réserver sur ma pause",
    "quelle est la durée d'une séance ? je veux planifier ça avant le boulot",
    "ça prend combien de temps une séance ? je dois réserver un créneau au boulot",
]
SESSION_LENGTH_KEPT = [  # not one session's length
    ("faq_healing_time", "how long does it take to heal?"),
    ("faq_healing_time", "hoe lang duurt het voor mijn rug genezen is?"),
    ("faq_healing_time", "combien de temps pour guérir ?"),
    ("faq_sessions", "how many sessions will i need?"),
    ("faq_sessions", "hoeveel sessies heb ik nodig?"),
    ("faq_sessions", "combien de séances faut-il ?"),
]


@pytest.mark.parametrize("text", SESSION_LENGTH)
def test_one_sessions_length_is_the_sessions_question(text):
    ranking = [("faq_booking", 0.78), ("faq_sessions", 0.11), ("faq_healing_time", 0.06)]
    assert choose_topics(ranking, text, EVIDENCE) == ["faq_sessions"]


@pytest.mark.parametrize("topic, text", SESSION_LENGTH_KEPT)
def test_other_lengths_keep_their_topic(topic, text):
    assert choose_topics([(topic, 0.9), ("faq_booking", 0.05)], text, EVIDENCE)[0] == topic


def test_a_drive_after_the_session_is_not_its_length():
    ranking = [("faq_driving", 0.9), ("faq_sessions", 0.05)]
    assert choose_topics(ranking, "combien de temps après la séance je peux conduire ?", EVIDENCE)[0] == "faq_driving"


GREETED_HOURS = [
    "Hello, are you open on saturday mornings? i do shifts all week",
    "Good morning, is the practice open late? i commute all week",
    "hiya, are you open on sundays? weekdays i'm busy",
    "Hallo, zijn jullie open op zaterdag? ik pendel de hele week",
    "Goeiemorgen, is de praktijk open op zaterdag? door de week pendel ik",
    "dag, zijn jullie ook 's avonds open? ik pendel",
    "Bonsoir, le cabinet est ouvert le samedi ? je bosse toute la semaine",
    "Bonjour, vous êtes ouverts le samedi matin ? en semaine je bosse",
    "salut, c'est ouvert le samedi ? je bosse en semaine",
]


@pytest.mark.parametrize("text", GREETED_HOURS)
def test_a_greeting_is_no_foreign_word(text):
    ranking = [("faq_location_hours", 0.75), ("faq_booking", 0.2)]
    assert choose_topics(ranking, text, EVIDENCE, topic_words=TOPIC_WORDS) == ["faq_location_hours"]


def test_two_words_of_another_subject_still_refuse():
    ranking = [("faq_location_hours", 0.75), ("faq_booking", 0.2)]
    text = "Hello, is the leisure centre open on saturday?"
    assert choose_topics(ranking, text, EVIDENCE, topic_words=TOPIC_WORDS) == []


AFTER_BIRTH = [
    "gave birth 10 weeks ago and my back still isn't right, is that normal?",
    "had my baby in march and my lower back is still sore, normal?",
    "since my c-section my back aches, is that to be expected?",
    "postpartum back ache that won't go away, normal?",
    "2 maanden geleden bevallen en mijn rug is nog steeds stijf, is dat normaal?",
    "sinds de bevalling doet mijn onderrug pijn, normaal?",
    "na mijn keizersnede heb ik nog altijd last van mijn rug, hoort dat?",
    "pas bevallen van een tweeling, rug nog niet goed, is dat gewoon?",
    "j'ai accouché il y a deux mois et j'ai encore mal au dos, c'est normal ?",
    "depuis mon accouchement le bas du dos me fait souffrir, normal ?",
    "mal au dos en post-partum, ça va passer ?",
    "depuis ma césarienne j'ai mal au dos, c'est normal ?",
]


@pytest.mark.parametrize("text", AFTER_BIRTH)
def test_just_given_birth_is_the_pregnancy(text):
    ranking = [("faq_healing_time", 0.62), ("faq_pregnancy", 0.33)]
    assert choose_topics(ranking, text, EVIDENCE)[0] == "faq_pregnancy"


@pytest.mark.parametrize("text", [
    "my wife gave birth last week, can i still lift things?",
    "my partner gave birth 3 weeks ago, is lifting ok for me?",
])
def test_a_partner_who_gave_birth_names_no_state(text):
    ranking = [("faq_rest_or_move", 0.9), ("faq_pregnancy", 0.05)]
    assert choose_topics(ranking, text, EVIDENCE) == ["faq_rest_or_move"]


ONSET_GERUND = [
    "think i've slipped a disc hauling the recycling out, is that what this is?",
    "reckon i've done a disc in lugging the shopping upstairs, is that what this is or nah",
    "i think i slipped a disc shovelling gravel in the garden, is that what this is?",
    "my mate thinks i've slipped a disc wrestling the sofa downstairs, is that what this is?",
]


@pytest.mark.parametrize("text", ONSET_GERUND)
def test_how_it_began_told_as_a_gerund_is_the_story(text):
    ranking = [("faq_disc_herniation", 0.95), ("faq_serious", 0.03)]
    assert choose_topics(ranking, text, EVIDENCE, topic_words=TOPIC_WORDS) == ["faq_disc_herniation"]


def test_an_activity_asked_is_no_story():
    ranking = [("faq_disc_herniation", 0.95), ("faq_serious", 0.03)]
    text = "could i slip a disc doing deadlifts at the gym, is that what this is?"
    assert choose_topics(ranking, text, EVIDENCE, topic_words=TOPIC_WORDS) == []


DOG_ROUND = [
    "is it ok to take the dog round the park or should i rest?",
    "can i still take my dog around the estate or will moving about make it worse?",
    "mag ik nog met de hond een toertje doen of moet ik rusten?",
    "kan ik de hond nog een ommetje laten doen of beter rusten?",
    "is een rondje met mijn hond goed of moet ik stil blijven?",
    "mijn hondje een blokje om, is dat bewegen ok?",
    "je peux faire le tour du quartier avec mon chien ou je dois me reposer ?",
    "mon chien doit faire son tour, je peux marcher ou repos ?",
    "faire un petit tour avec le chien, ça va ou je me repose ?",
    "je peux emmener le chien faire un tour ou je reste au repos ?",
]
DOG_ROUND_KEPT = [  # the back named: no other subject before either
    "kan ik de hond nog een ommetje laten doen met mijn rug, of beter rusten?",
    "can i take the dog round the block with my bad back?",
]
DOG_KEPT = [  # another subject: the dog's own back, physio for a dog
    "can you treat my dog's back?",
    "mijn hond heeft last van zijn rug, helpen jullie?",
    "vous soignez les chiens ?",
]


@pytest.mark.parametrize("text", DOG_ROUND + DOG_ROUND_KEPT)
def test_the_dog_taken_round_is_what_one_does(text):
    assert not about_something_else(text)


@pytest.mark.parametrize("text", DOG_KEPT)
def test_the_dogs_own_care_stays_another_subject(text):
    assert about_something_else(text)


WHEELCHAIR_FEARED = [
    "could i end up in a wheelchair with a back like this, is it that serious?",
    "will this land me in a wheelchair one day?",
    "can a slipped disc put you in a wheelchair for life?",
    "is it dangerous, could i wind up in a wheelchair?",
    "kan ik hierdoor in een rolstoel belanden, is het zo ernstig?",
    "mijn tante zegt dat ik in ne rolstoel ga eindigen, is dat echt gevaarlijk?",
    "kun je met een hernia in een rolstoel terechtkomen?",
    "is het gevaarlijk, kan ik later in een rolstoel geraken?",
    "je risque de finir en fauteuil roulant avec mon dos, c'est grave ?",
    "mon oncle dit qu'on peut se retrouver en fauteuil roulant, c'est dangereux ?",
    "un dos bloqué comme ça peut clouer quelqu'un en fauteuil roulant à vie ?",
    "c'est grave au point de terminer en fauteuil roulant ?",
]
WHEELCHAIR_ACCESS_KEPT = [
    "is the practice wheelchair accessible?",
    "can i come in my wheelchair?",
    "is de praktijk rolstoeltoegankelijk?",
    "kan ik met mijn rolstoel binnen?",
    "le cabinet est accessible en fauteuil roulant ?",
    "je peux venir en fauteuil roulant ?",
]


@pytest.mark.parametrize("text", WHEELCHAIR_FEARED)
def test_a_wheelchair_feared_is_no_practice_matter(text):
    assert not about_something_else(text)


@pytest.mark.parametrize("text", WHEELCHAIR_FEARED)
def test_a_wheelchair_feared_asks_no_access_second(text):
    # the access examples teach the opening hours and location "wheelchair", "rolstoel", "fauteuil roulant"
    evidence = {**EVIDENCE, "faq_location_hours": EVIDENCE["faq_location_hours"] | stems("wheelchair rolstoel fauteuil")}
    ranking = [("faq_serious", 0.98), ("faq_location_hours", 0.01)]
    assert choose_topics(ranking, text, evidence) == ["faq_serious"]


@pytest.mark.parametrize("text", WHEELCHAIR_ACCESS_KEPT)
def test_wheelchair_access_stays_a_practice_matter(text):
    assert about_something_else(text)
