"""Session 37Q (issue 16): questions given no topic or the wrong one, from fresh FAQ set 45, fixed as kinds in en, nl
and fr (our own phrasings, none a set text).

- How long until it is "normal" again ("how many days before my back is back to normal?", "wanneer is mijn rug weer
  normaal?", "combien de jours pour que ça passe ?") is the healing time (HEALING_BY_ASKED widened).
- What a physio does with a person in a session, asked by one who never went ("what do you actually do with someone
  in a session?", "wat doet een kine eigenlijk met iemand?", "vous faites quoi avec les gens pendant une séance ?") is
  the physio's role (PHYSIO_ROLE_ASKED widened).
- Staying home from work or calling in sick asked ("should i call in sick?", "moet ik mij ziek melden?", "je dois me
  mettre en arrêt ?") is work (new STAY_HOME_ASKED, with LIGHTER_DUTIES_ASKED).
- A named sport or training asked whether to keep it up or give it a rest ("can i keep up my jogging or should i give it
  a rest?") is sport (SPORT_STOP_ASKED's stops widened, and faq_sport put before rest or move when its phrase is
  found): "rest" made it rest or move. Resting or moving asked with no sport named stays rest or move.
- When to go to the doctor asked in Flemish ("wanneer moet ik naar den dokter?", "moet ik mij laten zien?") is when to
  see a doctor (new DOCTOR_WHEN_ASKED, with EMERGENCY_ASKED and DOCTOR_WAIT_ASKED).
- A relative's or friend's illness told before asking whether ordinary back pain can be serious ("my uncle's back pain
  turned out to be a tumour, can normal back pain be serious?") is how serious it is (new SERIOUS_ASKED, with
  WORRY_ASKED); the relative's cancer is no red flag of the writer (bot/reading/redflags.find_red_flags stays {}).
- Home exercises asked for ("any exercises i can do at home?", "oefeningen voor thuis?", "des exercices à faire chez
  moi ?") are rest or move (HOME_EXERCISE_ASKED widened).
Kept: a session's length stays the sessions', a knee, acupuncture or parking stay without a topic. Like the other topic
rounds the gate is called without a model: EVIDENCE stands for what training learns, a ranking for the classifier's."""
from bot.reading.faq import choose_topics, stems
from tests.support.reading_round import reading_round

EVIDENCE = {
    "faq_healing_time": stems("long heal take weeks days better duurt lang genezen beter weken dagen combien temps "
                              "guerir semaines jours"),
    "faq_serious": stems("serious dangerous worry ernstig gevaarlijk zorgen grave dangereux inquieter"),
    "faq_physio_role": stems("physio physiotherapist treatment kine kinesist behandeling kinesitherapeute traitement"),
    "faq_work": stems("work job boss shift werk werken baas job travail travailler patron boulot"),
    "faq_sport": stems("sport gym football tennis sporten voetbal fitness tennis foot salle"),
    "faq_rest_or_move": stems("rest bed move active walk lying flat rusten bed bewegen actief wandelen repos lit bouger "
                              "actif marcher"),
    "faq_when_doctor": stems("doctor gp huisarts arts medecin generaliste"),
    "faq_sessions": stems("sessions how many long sessies hoeveel lang beurten seances combien duree"),
    "faq_location_hours": stems("open hours opening closed openingsuren open gesloten heures ouverture ouvert"),
    "faq_prescription": stems("referral prescription voorschrift verwijsbrief ordonnance prescription"),
}


def first_of(ranking):
    return lambda text: choose_topics(ranking, text, EVIDENCE)


HEALING = [  # each got no topic on main (serious unsure, without its words)
    ("how many days before my back is back to normal?", ["faq_healing_time"]),
    ("when will i be normal again, its been 5 days only", ["faq_healing_time"]),
    ("how many weeks it take for the back to be normal again?", ["faq_healing_time"]),
    ("when can i expect to feel normal again?", ["faq_healing_time"]),
    ("hoeveel dagen duurt het voor mijn rug weer normaal is?", ["faq_healing_time"]),
    ("wanneer ben ik terug normaal? sinds zondag pas", ["faq_healing_time"]),
    ("wanneer zal ik weer normaal kunnen bewegen?", ["faq_healing_time"]),
    ("hoe lang voor alles terug normaal is?", ["faq_healing_time"]),
    ("dans combien de jours je vais redevenir normal ?", ["faq_healing_time"]),
    ("combien de jours pour que ça passe, ça fait que 4 jours", ["faq_healing_time"]),
    ("quand est-ce que mon dos sera redevenu normal ?", ["faq_healing_time"]),
    ("il faut combien de temps pour revenir à la normale ?", ["faq_healing_time"]),
]
HEALING_KEPT = [  # whether it is normal, with no time asked, stays how serious it is
    ("is it normal that it hurts more in the morning?", ["faq_serious"]),
    ("is it normal to feel stiff when i get up?", ["faq_serious"]),
    ("is het normaal dat het 's avonds erger is?", ["faq_serious"]),
    ("c'est normal d'avoir mal le matin ?", ["faq_serious"]),
]
test_healing_changed, _ = reading_round(first_of([("faq_serious", 0.45), ("faq_healing_time", 0.25)]), HEALING, [])
_, test_healing_kept = reading_round(first_of([("faq_serious", 0.85), ("faq_healing_time", 0.1)]), [], HEALING_KEPT)

PHYSIO_ROLE = [  # each got the sessions' answer or none on main
    ("i never had physio before, what do you do with a person during a session?", ["faq_physio_role"]),
    ("never went to one, what happens with someone at a physio appointment?", ["faq_physio_role"]),
    ("nooit bij een kine geweest, wat doet die eigenlijk met iemand?", ["faq_physio_role"]),
    ("wat doen jullie zoal met iemand tijdens een sessie?", ["faq_physio_role"]),
    ("wat gebeurt er met je bij de kinesist?", ["faq_physio_role"]),
    ("jamais vu de kiné de ma vie, vous faites quoi avec les gens pendant une séance ?", ["faq_physio_role"]),
    ("qu'est-ce que vous faites avec quelqu'un pendant la séance ?", ["faq_physio_role"]),
]
PHYSIO_ROLE_KEPT = [  # how long a session takes stays the sessions'
    ("how long does a session take?", ["faq_sessions"]),
    ("hoe lang duurt een sessie?", ["faq_sessions"]),
    ("combien de temps dure une séance ?", ["faq_sessions"]),
    ("what do physios actually do with people in the sessions?", ["faq_physio_role"]),
]
test_physio_role_changed, _ = reading_round(first_of([("faq_sessions", 0.45), ("faq_physio_role", 0.25)]),
                                            PHYSIO_ROLE, [])
_, test_physio_role_kept = reading_round(first_of([("faq_sessions", 0.85), ("faq_physio_role", 0.1)]), [],
                                         PHYSIO_ROLE_KEPT)

STAY_HOME = [  # each got no topic or rest or move on main
    ("i'm on my feet all day at the till, should i stay home until it settles?", ["faq_work"]),
    ("should i call in sick tomorrow?", ["faq_work"]),
    ("is it better to stay off work for a few days?", ["faq_work"]),
    ("ik sta heel de dag achter de toog, moet ik thuisblijven van mijn werk?", ["faq_work"]),
    ("moet ik mij ziek melden?", ["faq_work"]),
    ("zou ik beter een paar dagen thuisblijven van het werk?", ["faq_work"]),
    ("je travaille debout toute la journée au magasin, je dois rester à la maison ?", ["faq_work"]),
    ("je devrais me mettre en arrêt ?", ["faq_work"]),
    ("vaut mieux que je reste chez moi au lieu d'aller au boulot ?", ["faq_work"]),
]
STAY_HOME_KEPT = [  # staying home with no work named, or resting against moving, stays rest or move
    ("should i stay home and rest or keep moving?", ["faq_rest_or_move"]),
    ("moet ik thuis blijven rusten of wandelen?", ["faq_rest_or_move"]),
    ("je dois rester au lit ou bouger ?", ["faq_rest_or_move"]),
]
test_stay_home_changed, test_stay_home_kept = reading_round(
    first_of([("faq_rest_or_move", 0.45), ("faq_work", 0.25)]), STAY_HOME, STAY_HOME_KEPT)

SPORT_REST = [  # each got rest or move on main
    ("can i keep up my jogging or should i give it a rest for now?", ["faq_sport"]),
    ("is the gym still ok or do i give it a rest a while?", ["faq_sport"]),
    ("should i keep playing football or rest it for a bit?", ["faq_sport"]),
    ("mag ik blijven lopen of beter even rust nemen?", ["faq_sport"]),
    ("kan ik nog naar de fitness of laat ik dat beter rusten?", ["faq_sport"]),
    ("moet ik het voetbal even laten rusten?", ["faq_sport"]),
    ("je peux encore aller à la salle ou vaut mieux faire une pause ?", ["faq_sport"]),
]
SPORT_REST_KEPT = [  # resting or moving with no sport named stays rest or move; a sport stopped stays sport
    ("should i rest or keep moving?", ["faq_rest_or_move"]),
    ("is walking ok or should i rest?", ["faq_rest_or_move"]),
    ("mag ik wandelen of beter rusten?", ["faq_rest_or_move"]),
    ("je dois marcher ou me reposer ?", ["faq_rest_or_move"]),
    ("je peux continuer le vélo ou je fais une pause ?", ["faq_sport"]),
    ("la course à pied je continue ou je mets au repos ?", ["faq_sport"]),
]
test_sport_rest_changed, test_sport_rest_kept = reading_round(
    first_of([("faq_rest_or_move", 0.8), ("faq_sport", 0.15)]), SPORT_REST, SPORT_REST_KEPT)

WHEN_DOCTOR = [  # each got no topic on main (serious unsure, without its words)
    ("at what point should i see a doctor?", ["faq_when_doctor"]),
    ("how do i know when to go to the doctor?", ["faq_when_doctor"]),
    ("should i go and see the gp or not?", ["faq_when_doctor"]),
    ("moet ik mij laten zien door den dokteur?", ["faq_when_doctor"]),
    ("zou ik mij beter eens laten onderzoeken?", ["faq_when_doctor"]),
    ("je devrais aller voir le docteur ou pas ?", ["faq_when_doctor"]),
    ("faut-il voir un généraliste ou pas ?", ["faq_when_doctor"]),
]
WHEN_DOCTOR_KEPT = [  # Flemish and French when-to-go already read; a referral from the doctor stays the prescription
    ("wanneer moet ik naar den dokter met mijn rug?", ["faq_when_doctor"]),
    ("wanneer ga ik best naar de huisdokter?", ["faq_when_doctor"]),
    ("quand est-ce que je dois aller chez le médecin ?", ["faq_when_doctor"]),
]
test_when_doctor_changed, test_when_doctor_kept = reading_round(
    first_of([("faq_serious", 0.45), ("faq_when_doctor", 0.25)]), WHEN_DOCTOR, WHEN_DOCTOR_KEPT)
REFERRAL_KEPT = [
    ("do i need a referral from my doctor?", ["faq_prescription"]),
    ("heb ik een voorschrift van de dokter nodig?", ["faq_prescription"]),
    ("il me faut une ordonnance du médecin ?", ["faq_prescription"]),
    ("moet ik mijn rug laten nakijken door een kine?", ["faq_prescription"]),
]
_, test_referral_kept = reading_round(first_of([("faq_prescription", 0.85), ("faq_when_doctor", 0.1)]), [],
                                      REFERRAL_KEPT)

SERIOUS = [  # each got no topic on main (healing time unsure, without its words)
    ("my uncle's back pain turned out to be a tumour. can normal back pain be something serious?", ["faq_serious"]),
    ("a friend had back pain and it was cancer, could ordinary back pain be serious too?", ["faq_serious"]),
    ("mijn nonkel had rugpijn en het was een tumor, kan gewone rugpijn iets ernstigs zijn?", ["faq_serious"]),
    ("een collega had rugpijn en het bleek kanker. kan dat bij mij ook iets ernstigs zijn?", ["faq_serious"]),
    ("mon oncle avait mal au dos et c'était un cancer. un mal de dos normal peut être grave ?", ["faq_serious"]),
    ("ma voisine a eu mal au dos et c'était une tumeur, est-ce qu'un simple mal de dos peut cacher quelque chose de "
     "grave ?", ["faq_serious"]),
]
SERIOUS_KEPT = [  # ordinary back pain asked to pass stays the healing time
    ("can normal back pain go away on its own?", ["faq_healing_time"]),
    ("kan gewone rugpijn vanzelf overgaan?", ["faq_healing_time"]),
    ("un mal de dos normal peut passer tout seul ?", ["faq_healing_time"]),
]
test_serious_changed, _ = reading_round(first_of([("faq_healing_time", 0.45), ("faq_serious", 0.25)]), SERIOUS, [])
# the classifier gave no chance to serious (read as a red flag's report): the question still asks it
_, test_serious_kept = reading_round(first_of([("faq_healing_time", 0.85), ("faq_serious", 0.05)]), [], SERIOUS_KEPT)
test_serious_unranked_changed, _ = reading_round(first_of([("faq_healing_time", 0.5), ("faq_serious", 0.02)]),
                                                 SERIOUS[:1] + SERIOUS[2:3] + SERIOUS[4:5], [])

HOME_EXERCISES = [  # each got no topic on main
    ("any exercises for home?", ["faq_rest_or_move"]),
    ("des exos pour la maison pour dérouiller le dos ?", ["faq_rest_or_move"]),
]
HOME_EXERCISES_KEPT = [
    ("got any exercises i can do at home in the evening?", ["faq_rest_or_move"]),
    ("hebben jullie oefeningen voor thuis?", ["faq_rest_or_move"]),
    ("vous avez des exercices à faire chez moi ?", ["faq_rest_or_move"]),
]
test_home_changed, test_home_kept = reading_round(first_of([("faq_sport", 0.45), ("faq_rest_or_move", 0.25)]),
                                                  HOME_EXERCISES, HOME_EXERCISES_KEPT)

NO_TOPIC_KEPT = [  # a knee, acupuncture, parking stay without a topic
    ("my knee hurts after running, should i give it a rest?", []),
    ("mijn knie doet pijn na het lopen, moet ik stoppen?", []),
    ("j'ai mal au genou après la course, je fais une pause ?", []),
]
_, test_no_topic_kept = reading_round(first_of([("faq_sport", 0.8), ("faq_rest_or_move", 0.1)]), [], NO_TOPIC_KEPT)
OTHER_KEPT = [
    ("does acupuncture help a bad back?", []),
    ("helpt acupunctuur bij rugpijn?", []),
    ("l'acupuncture ça marche pour le dos ?", []),
    ("is there parking near the practice?", []),
    ("kan ik parkeren bij de praktijk?", []),
    ("il y a un parking près du cabinet ?", []),
]
_, test_other_kept = reading_round(first_of([("faq_physio_role", 0.8), ("faq_location_hours", 0.1)]), [], OTHER_KEPT)
