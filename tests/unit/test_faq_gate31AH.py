"""Session 31AH (issue 16): a question about another body part or another therapy got a topic's answer (the back's
surgery or scan, the physio's role); it gets none now, in en, nl and fr (our own phrasings, none a set text).

- Other body parts as one lexicon (the packs' OTHER_BODY_PARTS, read with OTHER_SUBJECTS in about_something_else: no
  topic unless the low back is named): the parts the back's pain never reaches named bare (a meniscus, a cruciate
  ligament, the Achilles, a rotator cuff, a tennis elbow, carpal tunnel, whiplash, a stiff neck told as "torticolis");
  the leg's parts where sciatica goes (knee, ankle, foot, heel, calf, hamstring, ...) only as the subject itself: their
  injury, operation or replacement. The person's own back with the pain going into a knee, a calf or the hip keeps its
  topic, and the hip is read as before. Where the back's pain goes, told (the packs' PAIN_GOES_TO: "the pain going into
  my knee", "tot in mijn kuit", "jusqu'au genou"), was read as another part's scan (OTHER_PART_SCAN_TOLD) on main: it
  is blanked before the other parts are read now; the pain in the part itself stays another part.
- Other therapies as one list in OTHER_TRADES (kinesiology, cupping, craniosacral therapy, shiatsu, a bonesetter, a
  magnetiser, ...): kinesiology ("kinésiologie", "kinesiologie") is no longer read as kinesitherapy by OWN_SERVICE;
  kiné, kine and physio questions keep their topic.
Like test_faq_gate30AA.py, the gate is called without a model: EVIDENCE stands for what training learns."""
import pytest

from bot.reading.faq import about_something_else, choose_topics, stems

EVIDENCE = {
    "faq_surgery": stems("surgery operation operate opereren operatie opérer opération chirurgie"),
    "faq_scan": stems("scan mri xray irm radio scanner foto"),
    "faq_physio_role": stems("physio kine kiné kinesitherapie kinésithérapie treat behandelen soigner séances"),
    "faq_sessions": stems("sessions sessies séances seances many hoeveel combien"),
    "faq_reimbursement": stems("insurance covered terugbetaald rembourse mutualité mutualiteit"),
}

OTHER_PARTS = [  # each failed on main: another part's or another therapy's question got no "something else"
    "they want to operate on my meniscus, is that worth it?",
    "my cruciate ligament is torn, will surgery fix it?",
    "how many sessions would my achilles need after the op?",
    "does insurance cover rehab for a rotator cuff tear?",
    "got carpal tunnel from my desk job, do you treat that?",
    "my sprained ankle still swells after two weeks, do i need surgery?",
    "i'm booked in for knee surgery in march, can i come to you after?",
    "is keyhole surgery on my left knee a big deal?",
    "zouden ze mijn meniscus moeten opereren volgens jullie?",
    "mijn voorste kruisband is af, hoeveel sessies na de operatie?",
    "ik heb een tennisarm, behandelen jullie dat ook?",
    "mijn achillespees doet zeer bij het lopen, moet ik een scan?",
    "na mijn knieoperatie, wordt de revalidatie terugbetaald?",
    "ik heb een verzwikte enkel, hoeveel beurten heb ik nodig?",
    "den dokter wil mijn knie laten opereren, is da nodig?",
    "ze moeten mijne gebroken voet opereren, hoe lang duurt dat?",
    "on m'a proposé d'opérer mon ligament croisé, c'est utile ?",
    "une déchirure du ménisque, ça s'opère toujours ?",
    "j'ai une tendinite d'achille, combien de séances faut-il ?",
    "est-ce que la mutualité rembourse pour une coiffe des rotateurs ?",
    "je me suis tordu la cheville au basket, faut une opération ?",
    "une entorse à la cheville, vous soignez ça ?",
    "après ma prothèse du genou, je peux venir chez vous ?",
    "j'ai pris un coup du lapin en voiture, il me faut combien de séances ?",
]
OTHER_THERAPIES = [  # each failed on main
    "is kinesiology covered by my insurance?",
    "do you do craniosacral therapy?",
    "would a bonesetter fix it faster?",
    "doen jullie ook kinesiologie? ik las er goede dingen over",
    "is een magnetiseur iets voor mijn rug?",
    "helpt shiatsu tegen rugpijn?",
    "la kinésiologie c'est remboursé par la mutuelle ?",
    "vous faites des séances de kinésiologie ?",
    "un rebouteux pourrait me remettre le dos ?",
    "les ventouses ça marche pour le dos ?",
    "un chiropraticien ça pourrait m'aider ?",
    "vous connaissez un magnétiseur pour le mal de dos ?",
]


@pytest.mark.parametrize("text", OTHER_PARTS + OTHER_THERAPIES)
def test_another_part_or_therapy_is_another_subject(text):
    assert about_something_else(text)
    ranking = [("faq_surgery", 0.8), ("faq_scan", 0.1), ("faq_physio_role", 0.05), ("faq_sessions", 0.03)]
    assert choose_topics(ranking, text, EVIDENCE) == []


OWN_BACK_KEPT = [  # the person's own back, the leg's part only where its pain goes; kiné, kine, physio
    "it shoots down to my calf, do i need an operation?",
    "the pain runs from my back to my foot, is surgery likely?",
    "my lower back hurts and it goes into my hip, how many sessions?",
    "het trekt tot in mijn voet, moet ik geopereerd worden?",
    "mijn rug en heup doen pijn, hoeveel sessies bij de kine?",
    "wordt de kinesitherapie terugbetaald?",
    "ik ga al naar de kiné, hoeveel beurten nog?",
    "ça me lance jusqu'au pied, faudra m'opérer ?",
    "j'ai mal au dos et à la hanche, combien de séances de kiné ?",
    "la kinésithérapie est remboursée ?",
    "le kiné peut m'aider pour mon dos ?",
    "does physio help with back pain?",
    "can the physio tape my back with kinesiology tape?",
]


PAIN_GOES_THERE = [  # five of them failed on main: where the back's pain goes read as another part's scan (PAIN_GOES_TO now)
    "does the pain going into my knee mean i need a scan?",
    "the ache goes down behind my knee, should i get an mri?",
    "it runs all the way to my foot, do i need an x-ray?",
    "gaat die pijn tot in mijn knie, moet ik dan een scan laten maken?",
    "het straalt uit tot in mijn kuit, is een mri nodig?",
    "la douleur descend jusqu'au genou, il faut une IRM ?",
    "ça irradie jusque dans le mollet, faut-il un scanner ?",
]


@pytest.mark.parametrize("text", PAIN_GOES_THERE)
def test_where_the_backs_pain_goes_is_no_other_part(text):
    assert not about_something_else(text)
    assert choose_topics([("faq_scan", 0.9), ("faq_surgery", 0.05)], text, EVIDENCE) == ["faq_scan"]


@pytest.mark.parametrize("text", OWN_BACK_KEPT)
def test_the_persons_own_back_and_physio_stay(text):
    assert not about_something_else(text)


def test_a_sessions_count_told_for_a_knee_keeps_its_refund_question():
    # the knee is where earlier sessions went, not the subject asked
    text = "la mutualité rembourse combien de séances ? j'en ai déjà eu pour mon genou"
    assert not about_something_else(text)


PAIN_IN_ANOTHER_PART = [  # the pain in the part itself, no going there: another part's scan, as before
    "i have pain in my knee, do i need a scan?",
    "ik heb pijn in mijn knie, moet daar een scan van?",
    "j'ai mal dans le genou, il faut une IRM ?",
    "j'ai mal au genou depuis samedi, faut-il une radio ?",
]


@pytest.mark.parametrize("text", PAIN_IN_ANOTHER_PART)
def test_pain_in_another_part_stays_another_subject(text):
    assert about_something_else(text)
