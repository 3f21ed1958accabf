"""Session 33I (issue 16): questions typed mid-check given the wrong topic or none, from FAQ dev sets 40 and 39, fixed
as kinds in en, nl and fr (our own phrasings, none a set text).

- An ankle gone over ("rolled over on my ankle last night, ice or a warm pack?", "enkel verzwikt op de training",
  "je me suis retourné la cheville") is the ankle's question, no subject of the back's (the packs' OTHER_BODY_PARTS):
  it got heat or cold; the back's ice or heat stays heat or cold, a swollen ankle (pregnancy's) is left alone.
- Something stolen or damaged at the practice and whether the practice is liable, and seeing one's own file or what the
  physio noted (PRACTICE_MATTERS): no answer covers them; they got the opening hours or the physio's role.
- Sports clothes set against one's work or everyday clothes ("gym gear or can i come in my work trousers?") is the first
  visit's question (FIRST_VISIT_ASKED, settled as faq_physio_role): it got work.
- Driving one's truck, van, bus or taxi asked ("chauffer mon char" in Quebec) is driving first (new DRIVING_ASKED tables,
  read with SEAT_SETUP_ASKED in faq._ASKED_FIRST): it got work, the trade told.
Like test_question_topics_refresh33H.py the gate is called without a model: EVIDENCE stands for what training learns, a
ranking for the classifier's. Left to the model (NLU examples added in data/nlu/, the lead retrains): questions asked
inside a story read as describe_pain or given no topic (heat or cold, rest or move, nonspecific, healing time, work,
surgery, the intake, painkillers)."""
from bot.reading.faq import about_something_else, choose_topics, stems
from tests.support.reading_round import reading_round

EVIDENCE = {
    "faq_physio_role": stems("first visit eerste afspraak premiere seance physio kine wear kleren dragen tenue porter"),
    "faq_work": stems("work werk travail boulot job"),
    "faq_driving": stems("drive driving car rijden auto autorijden conduire voiture"),
    "faq_heat_or_cold": stems("ice heat cold warm ijs warmte koude koelen glace chaleur froid chaud"),
    "faq_location_hours": stems("open hours where address open uren adres heures adresse"),
}


ELSEWHERE = [  # each was not "something else" on main
    ("rolled over on my ankle last night, ice or a warm pack?", True),
    ("came down on my ankle funny at netball, should i heat it", True),
    ("my ankle went over on the kerb, cold pack or hot?", True),
    ("went over on my foot on the stairs, ice it?", True),
    ("enkel verzwikt op de training, ijs erop?", True),
    ("gisteren verstuikt aan mijn enkel, koelen of warmte?", True),
    ("voet omgeslagen bij het lopen, moet ik dat koelen?", True),
    ("je me suis retourné la cheville au basket, glace ou chaud ?", True),
    ("ma cheville a tourné dans un trou, je mets du froid ?", True),
    ("j'ai vrillé le pied en descendant, chaud ou froid ?", True),
    ("someone nicked my bike while i was in with the physio, are you liable for that?", True),
    ("my scooter got stolen from your bike rack, does your insurance cover it?", True),
    ("who is responsible for the damage to my car outside?", True),
    ("mijn velo is gepikt aan de ingang, kunnen jullie daar iets aan doen?", True),
    ("zijn jullie aansprakelijk als mijn fiets beschadigd is?", True),
    ("iemand heeft mijn brommer gejat tijdens de sessie, wie is verantwoordelijk?", True),
    ("on m'a fauché mon vélo pendant la séance, vous êtes assurés ?", True),
    ("ma trottinette a été volée devant votre porte, votre assurance couvre le vol ?", True),
    ("le cabinet est responsable des dégâts sur ma voiture ?", True),
    ("can i see my file, what my physio wrote about me?", True),
    ("could i get a copy of my treatment notes?", True),
    ("am i allowed access to my patient records at yours?", True),
    ("mag ik mijn patiëntendossier inkijken?", True),
    ("kan ik een kopie krijgen van mijn medisch dossier?", True),
    ("wil graag lezen wat de kinesist over mij heeft genoteerd", True),
    ("je peux consulter mon dossier chez vous ?", True),
    ("puis-je avoir une copie de mon dossier de kiné ?", True),
    ("j'aimerais lire ce que le kiné a noté sur moi", True),
]
ELSEWHERE_KEPT = [  # never "something else"
    ("should i put ice or heat on my lower back?", False),
    ("my ankles are swollen now im pregnant, is that normal with back pain?", False),
    ("the pain goes down to my ankle, ice or heat?", False),
    ("moet ik ijs of warmte op mijn rug leggen?", False),
    ("de pijn trekt tot in mijn enkel, is dat erg?", False),
    ("glace ou chaleur sur le bas du dos ?", False),
    ("la douleur descend jusqu'à la cheville, c'est grave ?", False),
    ("can i ride my bike with back pain?", False),
    ("is there parking for bikes near you?", True),
    ("mag ik fietsen met rugpijn?", False),
    ("je peux faire du vélo avec mon mal de dos ?", False),
    ("should i bring my medical records to the first session?", False),
    ("moet ik mijn dossier meebrengen naar de eerste afspraak?", False),
    ("je dois amener mon dossier au premier rendez-vous ?", False),
    ("can i get a sick note for work from you?", False),
    ("in the car my back gets worse, can i still drive?", False),
    ("in de auto is mijn rug erger geworden, mag ik nog rijden?", False),
    ("en voiture ça me pique dans le bas du dos, je peux conduire ?", False),
]
test_elsewhere_changed, test_elsewhere_kept = reading_round(about_something_else, ELSEWHERE, ELSEWHERE_KEPT)


def first_of(ranking):
    return lambda text: choose_topics(ranking, text, EVIDENCE)[:1]


WEAR = [  # each got work on main
    ("do i wear gym gear or can i just come in my work trousers?", ["faq_physio_role"]),
    ("can i turn up in my work clothes or do i need sports stuff?", ["faq_physio_role"]),
    ("loose training clothes or is my office suit fine?", ["faq_physio_role"]),
    ("moet ik een trainingspak aandoen of is mijn werkpak goed?", ["faq_physio_role"]),
    ("mag ik in mijn werkkleren langskomen of trek ik beter iets anders aan?", ["faq_physio_role"]),
    ("sportbroek meebrengen of kan ik in mijn overall komen, ik kom van het werk?", ["faq_physio_role"]),
    ("je viens en jogging ou je peux rester en bleu de travail ?", ["faq_physio_role"]),
    ("tu conseilles d'enfiler un jogging ou je garde ma tenue du boulot ?", ["faq_physio_role"]),
    ("je peux venir en tenue de travail ou il faut autre chose ?", ["faq_physio_role"]),
]
WEAR_KEPT = [  # work stays work
    ("can i go back to work next week?", ["faq_work"]),
    ("mag ik terug gaan werken?", ["faq_work"]),
    ("je peux reprendre le travail ?", ["faq_work"]),
]
test_wear_changed, test_wear_kept = reading_round(first_of([("faq_work", 0.8), ("faq_physio_role", 0.1)]), WEAR,
                                                  WEAR_KEPT)

DRIVE = [  # each got work on main
    ("im a trucker, can i still drive my lorry with this back?", ["faq_driving"]),
    ("delivery job here, is it ok to be driving the van all day?", ["faq_driving"]),
    ("i do the school runs for work, safe to drive the bus with lumbago?", ["faq_driving"]),
    ("ik werk als chauffeur, mag ik nog met mijn camion rijden?", ["faq_driving"]),
    ("voor mijn werk moet ik met de bestelwagen rijden, kan dat nog?", ["faq_driving"]),
    ("ik rij taxi als job, kan ik mijn taxi nog besturen zo?", ["faq_driving"]),
    ("pour mon travail je peux conduire mon camion avec ce mal de dos ?", ["faq_driving"]),
    ("j'peux-tu chauffer mon char pour la job avec mon dos barré ?", ["faq_driving"]),
    ("c'est mon boulot, je peux encore rouler avec le bus ?", ["faq_driving"]),
]
DRIVE_KEPT = [  # the work asked stays work
    ("should i go back to work or stay home?", ["faq_work"]),
    ("kan ik gaan werken met rugpijn?", ["faq_work"]),
    ("je peux aller au boulot avec mon dos ?", ["faq_work"]),
]
test_drive_changed, test_drive_kept = reading_round(first_of([("faq_work", 0.8), ("faq_driving", 0.1)]), DRIVE,
                                                    DRIVE_KEPT)
