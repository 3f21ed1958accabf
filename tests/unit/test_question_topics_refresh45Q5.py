"""Session 45Q5 (issue 16): questions the session-start model and gate answered with no topic or the wrong one (fresh
sets 52-53), fixed as kinds in en, nl and fr (our own phrasings, none a set text).

- Booking through this chat itself ("can i just book my first session here in the chat or do i have to ring?", "kan ik
  via deze chat een afspraak maken?", "je peux prendre rendez-vous directement via ce chat ?"): booking (BOOKING_ASKED
  widened), no longer none.
- Resting set against moving told as a choice with "till it settles" ("should i sit tight till it calms down or keep
  going?", "vaut mieux rester tranquille jusqu'à ce que ça passe ou continuer à bouger ?") and a walk asked for, with or
  without the dog ("can i still go for a walk with the dog?", "mag ik nog een ommeke doen met den hond?", "je peux encore
  faire une balade avec le chien ?"): rest or move (BED_REST_ASKED widened; "toerke", "ommeke" the dog's round too).
- Keeping it from coming back asked as "so it doesn't return" ("anything i can do so it doesn't return?", "wat kan ik
  doen zodat het niet terugkomt?"): recurrence (RECURRENCE_ASKED widened; French already read "que ça ne revienne pas").
- Driving asked with the shoulder one looks over ("am i ok to drive if i can hardly look over my shoulder?", "als ik
  amper over mijn schouder kan kijken", "regarder par-dessus mon épaule"): the shoulder there is no other subject
  (SUBJECT_FREE_PHRASES): driving.
- Coming to the practice while pregnant, or a pelvic physio instead ("can i still come to you while pregnant or should i
  see a pelvic floor specialist?", "ik ben zwanger, kan ik bij jullie terecht?", "je suis enceinte, je peux venir chez
  vous ?"): pregnancy (PREGNANCY_ASKED widened), first whatever the classifier's.
- Coming without a prescription with the word cut short ("sans prescri", "zonder voorschr", "without a prescrip"): the
  prescription (WITHOUT_REFERRAL_ASKED widened).
- A named interval sport to tone down ("i do hiit 4 times a week, should i tone it down?"): sport (SPORT_STOP_ASKED
  widened: "hii[t]" bracketed, one edit from "hit"; "tone it down").
- No topic: another person's or one's own dizziness when turning or lying ("my mum gets dizzy when she turns over in
  bed, can a physio do anything for that?", "wordt duizelig als ze zich omdraait in bed", "des vertiges quand elle se
  retourne dans le lit"): another complaint (OTHER_SUBJECTS widened, as round 44Q4 did for headaches and a stroke);
  dizziness from the pills stays the painkillers' question and the back named keeps the back's.
Left as it is, with a reason: the train from Antwerp, which station is closest, got the opening hours and place. The
location answer names the practice's address ("{practice_name} is at {practice_address}..."), which serves someone
coming by train: the writer's no-topic label is the one we disagree with. Moving an appointment stays the appointment's
(RESCHEDULE_ASKED, session 35M, tests in test_question_topics_refresh35M.py), though set 53 labels it booking: left to
the lead.
Kept: booking asked plainly, the chat asked about with nothing booked, the dog walked every day told, walking that makes
it worse told with how serious it is, a shoulder's own pain while driving (another subject), the pregnancy asked
plainly, "will it come back?" left to the classifier, dizziness from the pills.
Left to the model (NLU examples in data/nlu/faq.yml and fr_faq.yml, the lead retrains): the classifier's ranking of
every kind without a phrase (how serious "should i be worried? walking like an old man", a private MRI "worth it?",
sport load, the chat booking), and its out_of_scope for dizziness, so that the gate reads them.
Like the other topic rounds the gate is called without a model: EVIDENCE stands for what training learns, a ranking for
the classifier's."""
from bot.reading.faq import choose_topics, stems
from tests.support.reading_round import reading_round

EVIDENCE = {
    "faq_booking": stems("book appointment afspraak boeken rendez-vous"),
    "faq_appointment_time": stems("slot free vrij plaats libre"),
    "faq_location_hours": stems("address where open adres waar open adresse ouvert"),
    "faq_rest_or_move": stems("rest bed exercises rust rusten oefeningen repos lit exercices"),
    "faq_serious": stems("serious dangerous ernstig gevaarlijk grave dangereux"),
    "faq_sport": stems("sport sports gym fitness sporten courir"),
    "faq_recurrence": stems("recurrence relapse herval terugval rechute"),
    "faq_healing_time": stems("long heal lang genezen longtemps guerir"),
    "faq_driving": stems("drive driving car auto rijden conduire voiture"),
    "faq_pregnancy": stems("pregnant pregnancy zwanger zwangerschap enceinte grossesse"),
    "faq_physio_role": stems("physio kine kiné help helpen aider"),
    "faq_prescription": stems("prescription referral voorschrift verwijsbrief ordonnance"),
    "faq_painkillers": stems("painkillers pills ibuprofen pijnstillers pillen antidouleurs"),
}


def first_of(ranking):
    return lambda text: choose_topics(ranking, text, EVIDENCE)


BOOKING = [  # each got no topic on main (the classifier unsure, the place first)
    ("can i just book my first session here in the chat or do i have to ring?", ["faq_booking"]),
    ("is it possible to make an appointment through this chat?", ["faq_booking"]),
    ("kan ik hier via de chat direct een afspraak vastleggen?", ["faq_booking"]),
    ("kunde via deze chat ook een afspraak maken of moet da via de telefoon?", ["faq_booking"]),
    ("je peux prendre rendez-vous directement via ce chat ?", ["faq_booking"]),
    ("on peut réserver une séance par le chat ou faut téléphoner ?", ["faq_booking"]),
]
BOOKING_KEPT = [  # booking asked plainly stays; the chat asked about with nothing booked asks no topic
    ("how do i book an appointment?", ["faq_booking"]),
    ("hoe kan ik een afspraak maken?", ["faq_booking"]),
    ("comment je peux prendre un rendez-vous ?", ["faq_booking"]),
    ("is this chat private?", []),
    ("is deze chat privé?", []),
    ("ce chat est privé ?", []),
]
test_booking_changed, test_booking_kept = reading_round(
    first_of([("faq_location_hours", 0.45), ("faq_booking", 0.3)]), BOOKING, BOOKING_KEPT)

REST = [  # each got no topic on main
    ("should i sit tight till it calms down or keep going even if it hurts?", ["faq_rest_or_move"]),
    ("better to keep still till its gone or keep moving through it?", ["faq_rest_or_move"]),
    ("can i still go for a walk with the dog?", ["faq_rest_or_move"]),
    ("mag ik nog een ommeke doen met den hond?", ["faq_rest_or_move"]),
    ("vaut mieux rester tranquille jusqu'à ce que ça passe ou continuer à bouger même si ça fait mal ?",
     ["faq_rest_or_move"]),
    ("je peux encore faire une balade avec le chien ?", ["faq_rest_or_move"]),
]
REST_KEPT = [  # walking that makes it worse, told, with how serious it is stays that; the dog walked told asks nothing
    ("walking makes it worse, is it serious?", ["faq_serious"]),
    ("wandelen maakt het erger, is dat ernstig?", ["faq_serious"]),
    ("marcher empire la douleur, c'est grave ?", ["faq_serious"]),
    ("i walk the dog every day, what do you think?", []),
    ("ik laat elke dag de hond uit, wat denk je?", []),
    ("je promène le chien tous les jours, vous en pensez quoi ?", []),
]
test_rest_changed, test_rest_kept = reading_round(
    first_of([("faq_serious", 0.5), ("faq_rest_or_move", 0.2)]), REST, REST_KEPT)

RECURRENCE = [  # each got no topic on main (the healing time first, unsure)
    ("it's pretty much gone, anything i can do so it doesn't return?", ["faq_recurrence"]),
    ("nearly better now, what do i do so it won't come back?", ["faq_recurrence"]),
    ("het is bijna weg, wat kan ik doen zodat het niet terugkomt?", ["faq_recurrence"]),
    ("'t is zo goed als over, wa kan ik doen zodat da nie terugkomt?", ["faq_recurrence"]),
    ("het gaat beter, hoe doe ik dat het niet meer terugkeert?", ["faq_recurrence"]),
]
RECURRENCE_KEPT = [  # the French form already read; how long asked plainly stays the healing time
    ("c'est presque passé, que faire pour que ça ne revienne plus ?", ["faq_recurrence"]),
    ("how long does it take to heal?", ["faq_healing_time"]),
    ("hoe lang duurt het om te genezen?", ["faq_healing_time"]),
    ("combien de temps pour guérir ?", ["faq_healing_time"]),
]
test_recurrence_changed, test_recurrence_kept = reading_round(
    first_of([("faq_healing_time", 0.5), ("faq_recurrence", 0.2)]), RECURRENCE, RECURRENCE_KEPT)

DRIVING = [  # each got no topic on main (the shoulder read as another subject)
    ("am i ok to drive if i can hardly look over my shoulder?", ["faq_driving"]),
    ("can i drive when i can barely check over my shoulder at junctions?", ["faq_driving"]),
    ("mag ik met de auto rijden als ik amper over mijn schouder kan kijken?", ["faq_driving"]),
    ("kan ik nog rijden als ik nie over men schouder kan zien?", ["faq_driving"]),
    ("je peux conduire si je ne peux pas regarder par-dessus mon épaule ?", ["faq_driving"]),
    ("c'est ok de prendre la voiture si j'arrive pas à jeter un oeil par-dessus l'épaule ?", ["faq_driving"]),
]
DRIVING_KEPT = [  # a shoulder's own pain is another subject; driving asked plainly stays
    ("my shoulder hurts when i drive, is that normal?", []),
    ("mijn schouder doet pijn als ik rijd, is dat normaal?", []),
    ("j'ai mal à l'épaule quand je conduis, c'est normal ?", []),
    ("can i drive?", ["faq_driving"]),
    ("mag ik rijden?", ["faq_driving"]),
    ("je peux conduire ?", ["faq_driving"]),
]
test_driving_changed, test_driving_kept = reading_round(first_of([("faq_driving", 0.6)]), DRIVING, DRIVING_KEPT)

PREGNANCY = [  # each got no topic on main (the physio's role first, unsure)
    ("is it ok to keep coming to you while pregnant, or is it a pelvic floor physio i want?",
     ["faq_pregnancy", "faq_physio_role"]),  # the second part asks which physio: the role too
    ("do you see pregnant women or do i need a women's health physio?", ["faq_pregnancy"]),
    ("je suis enceinte, je peux venir chez vous ou il faut un kiné spécialisé ?", ["faq_pregnancy"]),
    ("vous prenez les femmes enceintes ou je dois voir une kiné périnée ?", ["faq_pregnancy"]),
]
PREGNANCY_KEPT = [  # the pregnancy asked plainly stays (Dutch coming to the practice already read); the role stays
    ("ik ben zwanger, kan ik bij jullie terecht of moet ik naar een bekkenkinesist?", ["faq_pregnancy"]),
    ("kan ik zwanger nog bij jullie langskomen?", ["faq_pregnancy"]),
    ("i'm pregnant, is back pain normal?", ["faq_pregnancy"]),
    ("ik ben zwanger, is rugpijn normaal?", ["faq_pregnancy"]),
    ("je suis enceinte, c'est normal d'avoir mal au dos ?", ["faq_pregnancy"]),
    ("what does a physio actually do?", ["faq_physio_role"]),
]
test_pregnancy_changed, test_pregnancy_kept = reading_round(
    first_of([("faq_physio_role", 0.45), ("faq_pregnancy", 0.3)]), PREGNANCY, PREGNANCY_KEPT)

PRESCRIPTION = [  # the word cut short: no topic on main
    ("heard you can see a physio without a prescrip now, true?", ["faq_prescription"]),
    ("kan ik nu al zonder voorschr naar de kine?", ["faq_prescription"]),
    ("j'ai lu qu'on pourra aller chez le kiné sans prescri pour le dos, c'est déjà le cas ?", ["faq_prescription"]),
]
PRESCRIPTION_KEPT = [  # the full word stays; paying later is no prescription
    ("can i see a physio without a referral?", ["faq_prescription"]),
    ("kan ik zonder voorschrift komen?", ["faq_prescription"]),
    ("je peux venir sans ordonnance ?", ["faq_prescription"]),
    ("can i start now and pay later?", []),
]
test_prescription_changed, test_prescription_kept = reading_round(
    first_of([("faq_healing_time", 0.5), ("faq_prescription", 0.2)]), PRESCRIPTION, PRESCRIPTION_KEPT)

SPORT = [  # each got no topic on main
    ("i do hiit 4 times a week with burpees and jumps, should i tone it down?", ["faq_sport"]),
    ("doing hiit most mornings, is that too much with my back?", ["faq_sport"]),
    ("ik doe 3 keer per week hiit met sprongen, moet ik dat wat afbouwen?", ["faq_sport"]),
    ("je fais du hiit 4 fois par semaine avec des sauts, je dois lever le pied ?", ["faq_sport"]),
]
SPORT_KEPT = [  # a named sport asked to stop stays; a hit told is no sport
    ("should i stop running?", ["faq_sport"]),
    ("moet ik stoppen met sporten?", ["faq_sport"]),
    ("je dois arrêter de courir ?", ["faq_sport"]),
    ("i hit my back on the door frame, should i stop?", []),
]
test_sport_changed, test_sport_kept = reading_round(
    first_of([("faq_healing_time", 0.5), ("faq_sport", 0.2)]), SPORT, SPORT_KEPT)

DIZZY = [  # each got the physio's role on main: another complaint, no topic
    ("my mum gets dizzy when she turns over in bed, can a physio do anything for that?", []),
    ("i go all dizzy when i roll over at night, can you help?", []),
    ("mijn moeder wordt duizelig als ze zich omdraait in bed, kan een kine daar iets aan doen?", []),
    ("ik word draaierig bij het opstaan, helpt kine daarvoor?", []),
    ("ma mère a des vertiges quand elle se retourne dans le lit, un kiné peut faire quelque chose ?", []),
    ("j'ai la tête qui tourne quand je me couche, la kiné peut aider ?", []),
]
DIZZY_KEPT = [  # the back named keeps the back's question; what a physio does stays the role
    ("my back hurts and i get dizzy when i stand up, can a physio help?", ["faq_physio_role"]),
    ("can a physio help my back?", ["faq_physio_role"]),
    ("kan een kine helpen voor mijn rug?", ["faq_physio_role"]),
    ("un kiné peut aider pour mon dos ?", ["faq_physio_role"]),
]
test_dizzy_changed, test_dizzy_kept = reading_round(
    first_of([("faq_physio_role", 0.6), ("faq_painkillers", 0.1)]), DIZZY, DIZZY_KEPT)
