"""Session 30V (issue 16): questions of fresh set 34 that fit no topic got another topic's answer, in en, nl and fr (our
own phrasings, none a set text). The check for another subject (about_something_else) did not see these kinds:

- A scan of another body part named bare at the start of a clause ("swollen knee since the weekend, do i need a
  scan?", "knie staat al een week dik, ...", "cheville tordue au foot, ...") or after "au" ("j'ai mal au genou, faut-il
  une radio ?"), the scan asked as a verb too ("scanned", "x-rayed"): the packs' OTHER_PART_SCAN_TOLD had only the part
  after a possessive. The back named keeps the scan's topic (OWN_COMPLAINT). Dutch "rug" in OWN_COMPLAINT no longer
  matches "rugby" (the tables are merged: "ankle's still sore after rugby" named the back).
- The price of a product the practice does not sell (a mattress, a pillow, a brace, a cushion): the packs'
  UNCOVERED_SUBJECTS. A session's price stays reimbursement; how long or how much to wear a brace stays a question.
- Someone brought along to the session (a child, a partner, a dog): the packs' PRACTICE_MATTERS. Bringing one's scans
  or referral stays the first visit.
- Snoring, and another person's sleep ("my baby wakes up every hour"): the packs' OTHER_SUBJECTS, so the back named
  keeps the sleep topic. French "avez" ("vous avez un truc contre ça ?") was a word learned for the appointment (from
  "vous avez de la place jeudi ?") and gave that topic second: it is in fr NO_EVIDENCE_WORDS now, the slot's own words
  (place, jeudi, dispo, libre) stay.
- The pain told around such a scan question ("j'ai mal au genou depuis samedi, faut-il une radio ?" read as the pain
  told): its question alone ("faut-il une radio ?") got the back's scan answer; the whole message is read for another
  part's scan now (faq.scans_another_part, bot/nlu/question_topics.py), and the honest answer is given.
Issue 16's other side, a question given the wrong topic by a phrase:
- The opening hours asked with the verb and pronoun fused or left out ("zijde ook open op zaterdag?", "you guys open on
  saturdays?", "c'est ouvert le samedi ?", "vous ouvrez le samedi ?") got the appointment: the packs' OPEN_ASKED.
- Idioms with a topic's word (the packs' PHRASE_FORMS): "hoe gaat dat in z'n werk", "how does the first session work",
  "comment ça marche" ask how it goes, no work or walking question; "back to normal", "terug normaal", "revenir à la
  normale" are healing, no recurrence (the French "revienne" was a recurrence word).
Like test_faq_gate29U.py, the gate is called without a model: EVIDENCE stands for the topic words training learns. The
other misses of set 34 (a topic given none) were left to the lead's retraining."""
import pytest

from bot.reading.faq import about_something_else, choose_topics, stems
from tests.support.question_topics import classified, read, trained_question_topics

EVIDENCE = {
    "faq_sleep": stems("sleep slapen dormir dors bed lit nuit night"),
    "faq_appointment_time": stems("slot plek plaats place jeudi dispo libre avez"),
    "faq_scan": stems("scan mri xray irm radio foto echo scanner"),
    "faq_location_hours": stems("open opening hours openingsuren ouvert ouvrez horaires zijd weekend"),
    "faq_work": stems("work werk werken travail boulot job"),
    "faq_rest_or_move": stems("rest rust repos marcher marche walk wandelen bouger"),
    "faq_physio_role": stems("treat behandeld behandelen soigner soignez exercises oefeningen assessment traite"),
    "faq_recurrence": stems("return coming recur relapse terugkomt terugkomen herval revienne revient revenir recidive"),
    "faq_healing_time": stems("heal recover herstel hersteld genezen gueri guerir long lang combien temps"),
}

CHANGED = [
    # a scan of another body part, the part named bare
    "swollen knee since the weekend, do i need a scan?",
    "ankle's still puffy after rugby, should I get an x-ray on it?",
    "hip has been clicking for weeks, should i get it scanned?",
    "sprained ankle, should it be x-rayed?",
    "knie staat al een week dik, moet ik daar een echo van laten maken?",
    "enkel verzwikt zaterdag, moet daar een foto van?",
    "dikke knie na het lopen, is een mri nodig?",
    "heup klikt al weken, moet ik een scan laten nemen?",
    "genou gonflé depuis le match, il me faut une irm ?",
    "j'ai mal au genou depuis samedi, faut-il une radio ?",
    "cheville tordue au foot, il faut faire une radio ?",
    "hanche qui coince depuis un mois, une échographie serait utile ?",
    "got a swollen knee after football, do i need an mri?",
    "heb een dikke knie na het sporten, moet er een scan van?",
    "j'ai un genou tout gonflé, il faut une radio ?",
    # the price of a product the practice does not sell
    "how much does a decent orthopaedic mattress cost?",
    "what's the price of one of those lumbar support belts?",
    "how much would a memory foam pillow set me back?",
    "roughly what do back braces cost?",
    "hoeveel kost een goed orthopedisch matras?",
    "wat kost zo'n rugband ongeveer?",
    "wat is de prijs van een ergonomisch kussen?",
    "hoeveel moet ik neertellen voor een lendenkussen?",
    "combien coûte un bon matelas orthopédique ?",
    "c'est quoi le prix d'une ceinture lombaire ?",
    "un oreiller ergonomique ça coûte combien ?",
    "combien faut compter pour un coussin lombaire ?",
    # someone brought along to the session
    "can i bring my son along to the appointment?",
    "is it ok if my husband comes in with me?",
    "can my toddler come with me to the session?",
    "is it alright if my partner sits in too?",
    "mag mijn man mee binnen tijdens de behandeling?",
    "kan ik mijn zoontje meenemen naar de afspraak?",
    "mag mijn vriendin meekomen naar de eerste sessie?",
    "mag ons kleintje van twee mee naar de oefenruimte?",
    "je peux venir avec mon fils à la séance ?",
    "mon mari peut m'accompagner pendant le rendez-vous ?",
    "ma fille de 6 ans peut venir avec moi ?",
    "est-ce que je peux emmener mes enfants au cabinet ?",
    # snoring, another person's sleep
    "my wife snores all night and i can't sleep, any tips?",
    "my partner's snoring keeps me awake, what can i do?",
    "my baby wakes up every hour, how do i get some sleep?",
    "how do i stop snoring?",
    "mijn man snurkt zo luid dat ik niet kan slapen, wat kan ik doen?",
    "mijn vrouw snurkt en ik lig elke nacht wakker, hebben jullie een tip?",
    "onze baby slaapt niet door, hoe krijg ik zelf nog wat slaap?",
    "helpt iets tegen snurken?",
    "ma femme ronfle toute la nuit, je dors plus, une solution ?",
    "le ronflement de mon copain m'empêche de dormir, vous avez une astuce ?",
    "mon bébé se réveille toutes les heures, comment je fais pour dormir ?",
    "comment arrêter de ronfler ?",
    # "rugby" is no back ("rug" of the Dutch pack)
    "can i play rugby with my shoulder like this?",
]
KEPT = [
    # already another subject before (a possessive before the part, a dog brought)
    "shoulder keeps clicking when i lift my arm, is an mri worth it?",
    "twisted my wrist on friday, does it need an x-ray?",
    "mijn knie is dik sinds het voetbal, moet ik een scan laten doen?",
    "ma hanche me fait mal depuis un mois, une irm serait utile ?",
    "am i allowed to bring my dog to the practice?",
    "mag de hond mee naar de praktijk?",
    "est-ce que je peux amener mon chien au cabinet ?",
]
NOT_ANOTHER_SUBJECT = [
    # the back's scan
    "do i need an mri for my lower back?",
    "my back has hurt for 6 weeks, should i get a scan?",
    "pain from my back down to my knee, do i need an mri?",
    "should i get an x-ray?",
    "moet ik een scan van mijn rug laten maken?",
    "mijn rug doet al 3 weken pijn, is een foto nodig?",
    "pijn van de rug tot in de knie, heb ik een mri nodig?",
    "faut-il une irm pour mon dos ?",
    "j'ai mal au dos jusqu'au genou, faut une irm ?",
    "une radio du bas du dos c'est utile ?",
    "main question: do i need a scan?",
    "can you give me a hand, do i need a scan?",
    "ma question principale : faut-il une irm ?",
    # a session's price, buying a mattress, wearing a brace
    "how much does a session cost?",
    "what's the price per session?",
    "hoeveel kost een sessie?",
    "wat kost een behandeling bij jullie?",
    "combien coûte une séance ?",
    "c'est quel prix la consultation ?",
    "should i buy a new mattress?",
    "moet ik een nieuwe matras kopen?",
    "je dois changer de matelas ?",
    "how much should i wear my back brace each day?",
    "how much does wearing a brace help?",
    "hoeveel uur per dag moet ik die rugband dragen?",
    "hoeveel helpt een lendenkussen in de auto?",
    "combien de temps porter la ceinture lombaire ?",
    "la ceinture lombaire, je la porte combien d'heures ?",
    "combien d'oreillers pour dormir sur le côté ?",
    # what to bring, what a relative said, the dog walked
    "should i bring my scans to the first appointment?",
    "my mum says i should bring my scans, is that right?",
    "moet ik mijn verwijsbrief meebrengen?",
    "je dois amener mes radios ?",
    "can i take my dog for a walk or should i rest?",
    "mag ik met de hond gaan wandelen of moet ik rusten?",
    "mijn man zegt dat ik moet rusten, heeft hij gelijk?",
    "mon mari dit que je dois rester couché, c'est vrai ?",
    "can i play rugby with my bad back?",
    # the person's own sleep with the back
    "my back pain keeps me awake at night, what can i do?",
    "what's the best sleeping position for back pain?",
    "my husband says i toss and turn all night with my back, what position is best?",
    "ik kan niet slapen van de rugpijn, wat doe ik best?",
    "mijn vrouw zegt dat ik 's nachts lig te woelen door mijn rug, welke houding is best?",
    "je dors mal à cause de mon dos, une position à conseiller ?",
    "mon mari dit que je bouge toute la nuit à cause du dos, quelle position ?",
]


@pytest.mark.parametrize("text", CHANGED + KEPT)
def test_another_subject(text):
    assert about_something_else(text)
    assert choose_topics([("faq_sleep", 0.9), ("faq_scan", 0.05)], text, EVIDENCE) == []


@pytest.mark.parametrize("text", NOT_ANOTHER_SUBJECT)
def test_the_backs_questions_stay(text):
    assert not about_something_else(text)


@pytest.mark.parametrize("text", [
    "je dors mal à cause du dos, vous avez une astuce ?",
    "mon dos m'empêche de dormir, vous avez une solution ?",
])
def test_vous_avez_asks_no_slot(text):
    assert choose_topics([("faq_sleep", 0.9), ("faq_appointment_time", 0.05)], text, EVIDENCE) == ["faq_sleep"]


@pytest.mark.parametrize("text", [
    "je dors mal à cause du dos, vous avez de la place jeudi ?",
    "vous avez un créneau libre jeudi ?",
])
def test_a_slot_asked_keeps_its_words(text):
    assert "faq_appointment_time" in choose_topics([("faq_appointment_time", 0.9), ("faq_sleep", 0.05)], text, EVIDENCE)


# the opening hours asked with the verb and pronoun fused or left out: the classifier's appointment gave way before
HOURS = [
    "zijde ook open op zaterdag? door de week lukt het niet",
    "zijde nog open na zes uur? ik kom van mijn werk",
    "is het ook open in het weekend? door de week moet ik werken",
    "zijn ze open op zondag?",
    "you guys open on saturdays? i work all week",
    "u open evenings? cant get there before 6",
    "ya open weekends at all?",
    "is it open on sundays?",
    "c'est ouvert le samedi ? en semaine je bosse",
    "vous ouvrez le samedi ? je travaille toute la semaine",
    "c'est ouvert le soir ? je finis à 18h",
    "vous travaillez aussi le week-end ?",
]
SLOTS_KEPT = [
    "can i come in on saturday? i work all week",
    "kan ik zaterdag langskomen?",
    "je peux passer samedi ?",
    "zedde gij open op zaterdagvoormiddag?",
]


@pytest.mark.parametrize("text", HOURS)
def test_the_opening_hours_asked(text):
    ranking = [("faq_appointment_time", 0.9), ("faq_location_hours", 0.05)]
    assert choose_topics(ranking, text, EVIDENCE)[0] == "faq_location_hours"


@pytest.mark.parametrize("text", SLOTS_KEPT[:3])
def test_a_slot_asked_on_a_day_stays_the_appointment(text):
    ranking = [("faq_appointment_time", 0.9), ("faq_location_hours", 0.05)]
    assert choose_topics(ranking, text, EVIDENCE)[0] == "faq_appointment_time"


def test_the_fused_pronoun_read_before_stays():
    ranking = [("faq_appointment_time", 0.9), ("faq_location_hours", 0.05)]
    assert choose_topics(ranking, SLOTS_KEPT[3], EVIDENCE)[0] == "faq_location_hours"


# an idiom with a topic's word: how it goes asked, no work or walking question (the classifier sure of the first visit)
HOW_IT_GOES = [
    "hoe gaat zo'n eerste sessie in zijn werk? krijg ik meteen oefeningen?",
    "hoe gaat dat in z'n werk bij een eerste sessie? krijg ik oefeningen?",
    "hoe gaat dat in zijn werk, word ik de eerste keer al behandeld?",
    "hoe ging dat ook weer in z'n werk bij jullie, krijg ik oefeningen mee?",
    "how does a session work, will you treat my back?",
    "how does the first visit work? is it only an assessment?",
    "how do the appointments work, do i get exercises?",
    "how will the first session work, do you treat straight away?",
    "comment ça marche la première séance ? vous soignez tout de suite ?",
    "la première consultation, comment ça marche ? on me traite direct ?",
    "une séance chez vous ça marche comment ? vous donnez des exercices ?",
    "comment est-ce que ça marche, vous soignez dès la première fois ?",
]
WORK_KEPT = [
    ("faq_work", "how does it work with my job, can i still go to work?"),
    ("faq_work", "mag ik gaan werken met mijn rug?"),
    ("faq_work", "hoe moet dat met mijn werk, mag ik gaan werken?"),
    ("faq_rest_or_move", "je peux marcher avec mon mal de dos ?"),
    ("faq_work", "je peux retourner au travail ?"),
]


@pytest.mark.parametrize("text", HOW_IT_GOES)
def test_how_it_goes_asked_is_the_first_visit_only(text):
    assert choose_topics([("faq_physio_role", 0.9), ("faq_work", 0.05)], text, EVIDENCE) == ["faq_physio_role"]


@pytest.mark.parametrize("topic, text", WORK_KEPT)
def test_work_and_walking_asked_keep_their_topic(topic, text):
    assert choose_topics([(topic, 0.9), ("faq_physio_role", 0.05)], text, EVIDENCE)[0] == topic


# back to normal is healing: the classifier's recurrence, unsure and without its words, gets no answer; sure, it gives
# way to healing, which has them
BACK_TO_NORMAL = [
    "how long does it take to return to normal after a locked back?",
    "how long till my back returns to normal?",
    "how long before things are coming back to normal?",
    "how long before i'm returning to normal, roughly?",
    "combien de temps avant que mon dos revienne à la normale ?",
    "mon dos va revenir comme avant en combien de temps ?",
    "il faut combien de temps pour revenir à la normale après un lumbago ?",
    "en combien de temps le dos revient à la normale ?",
    "wanneer is mijn rug terug normaal?",
    "hoelang voor mijn rug opnieuw normaal is?",
    "wanneer voelt mijn rug weer normaal aan?",
    "tegen wanneer is dat terug helemaal normaal?",
]
# read as healing before ("back" and Dutch "terug" are no recurrence word the model learned)
BACK_TO_NORMAL_KEPT = [
    "how long till my back gets back to normal?",
    "how long before my back is back to normal again?",
    "hoe lang duurt het voor alles weer normaal is?",
    "dans combien de temps mon dos redevient normal ?",
]
RECURRENCE_KEPT = [
    "is a relapse likely, will it recur?",
    "is de kans groot dat het terugkomt?",
    "est-ce que la douleur revient souvent ?",
]


@pytest.mark.parametrize("text", BACK_TO_NORMAL + BACK_TO_NORMAL_KEPT)
def test_back_to_normal_is_healing(text):
    assert choose_topics([("faq_recurrence", 0.9), ("faq_healing_time", 0.35)], text, EVIDENCE) == ["faq_healing_time"]


@pytest.mark.parametrize("text", RECURRENCE_KEPT)
def test_coming_back_stays_recurrence(text):
    assert choose_topics([("faq_recurrence", 0.9), ("faq_healing_time", 0.35)], text, EVIDENCE)[0] == "faq_recurrence"


STORY_EXAMPLES = {
    "faq_scan": ["do i need a scan", "do i need an mri", "moet ik een scan laten maken", "heb ik een foto nodig",
                 "faut-il une radio", "faut-il une irm", "il me faut une radio"],
    "faq_driving": ["can i drive", "mag ik autorijden", "is driving ok", "can i drive my car"],
}


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    return trained_question_topics(tmp_path_factory.mktemp("model"), STORY_EXAMPLES)


def unanswered(message):
    return any(e.get("entity") == "question_unanswered" for e in message.get("entities") or [])


STORY_SCANS = [
    "j'ai mal au genou depuis samedi, faut-il une radio ?",
    "depuis lundi j'ai mal au genou, une radio c'est utile ?",
    "pain in my knee for 3 weeks since football, do i need a scan?",
    "my shoulder has hurt for 2 weeks after a fall, do i need an mri?",
    "sore hip for a month now, should i get a scan?",
    "al 3 weken pijn aan mijn knie na het lopen, moet ik een scan laten maken?",
    "al 2 weken een dikke enkel na het voetbal, moet ik een scan laten maken?",
]
# the honest answer before too
STORY_SCANS_KEPT = [
    "j'ai mal à la cheville depuis le match, faut-il une échographie ?",
    "j'ai mal au poignet depuis ma chute, il faut une radio ?",
    "ça fait 3 semaines que j'ai mal à la cheville, il me faut une irm ?",
    "mon genou me fait mal depuis 3 semaines, je dois passer une radio ?",
    "my wrist has ached since i fell off the bike, should i get an x-ray?",
    "my ankle has been sore since friday, do i need an x-ray?",
    "pijn aan mijn schouder sinds de val, moet ik een mri laten doen?",
    "sinds een week pijn in de enkel, heb ik een foto nodig?",
    "mijn knie doet al een maand pijn, moet ik een foto laten nemen?",
    "sinds zaterdag pijn aan mijn enkel, heb ik een scan nodig?",
]


@pytest.mark.parametrize("text", STORY_SCANS + STORY_SCANS_KEPT)
def test_the_pain_of_another_part_told_around_a_scan_question(trained, text):
    message = classified(text, "describe_pain", 0.8, ("faq_scan", 0.15))
    intent, topics = read(trained, message)
    assert topics == []
    assert unanswered(message)


@pytest.mark.parametrize("text", [
    "my lower back has hurt for 3 weeks, do i need a scan?",
    "j'ai mal au dos depuis 3 semaines, faut-il une radio ?",
    "al 3 weken rugpijn, moet ik een scan laten maken?",
    "pain from my back down to my knee for 3 weeks, do i need an mri?",
])
def test_the_back_told_around_a_scan_question_keeps_the_scan(trained, text):
    message = classified(text, "describe_pain", 0.8, ("faq_scan", 0.15))
    assert read(trained, message)[1] == ["faq_scan"]
