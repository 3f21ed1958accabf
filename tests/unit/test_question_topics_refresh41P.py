"""Session 41P (issue 16): questions about other places, and about parking or public transport, given the practice's
answer, fixed as one kind in en, nl (Flemish too) and fr (our own phrasings, none a set text).

- Another place's hours, whereabouts or duty service asked (which pharmacy or chemist is open on a sunday, the on-duty
  pharmacy, "apotheek van wacht", "pharmacie de garde", a hospital's visiting hours, the nearest shop, the GP's own
  hours) got the practice's opening hours or when to see a doctor: no topic now (PRACTICE_MATTERS, new entries in each
  pack with 34X's _OTHER_PLACES and new _CARE_PLACES, _ZORGPLAATS, _LIEU_SOIN). The practice's own hours and address
  stay the opening hours; the doctor on duty, the huisartsenwachtpost, 1733 and the médecin de garde stay when to see a
  doctor (the safety net); the pharmacist asked for a painkiller, or the duty pharmacy told as where one got it, stays
  painkillers.
- Where to leave the car and how to come by bus, tram, train or metro got the practice's opening hours and address, or
  driving: config/practice.yml holds no parking or transport, so no topic now (PRACTICE_MATTERS: the car left or put
  somewhere when coming, a stop or line near the practice, public transport). A message of two questions about it (the
  car, then a car park) now names a practice matter in each. Driving with the back, a bus to work and how to find the
  practice stay theirs.
Like the other topic rounds the gate is called without a model: EVIDENCE stands for what training learns, a ranking for
the classifier's. NLU examples of the kind are in data/nlu/faq.yml and fr_faq.yml (out_of_scope; the lead retrains)."""
from bot.reading.faq import choose_topics, stems
from tests.support.reading_round import reading_round

EVIDENCE = {
    "faq_location_hours": stems("open hours opening closed closing where address find openingsuren uren open gesloten "
                                "dicht waar adres vinden heures ouverture ouvert ferme horaires adresse trouve cabinet"),
    "faq_when_doctor": stems("doctor gp duty call tonight emergency dokter huisarts wacht wachtpost spoed 1733 medecin "
                             "garde urgences"),
    "faq_painkillers": stems("painkiller pharmacist ibuprofen paracetamol naproxen pijnstiller apotheker ibuprofen "
                             "paracetamol antidouleur pharmacien ibuprofene"),
    "faq_driving": stems("drive driving car rijden auto wagen conduire voiture"),
    "faq_work": stems("work job werk werken travail boulot"),
    "faq_appointment_time": stems("slot free available afspraak vrij creneau libre"),
}


def first_of(ranking):
    return lambda text: choose_topics(ranking, text, EVIDENCE)


HOURS_SURE = first_of([("faq_location_hours", 0.95), ("faq_appointment_time", 0.03)])

OTHER_PLACE = [  # each got the practice's opening hours or address on main
    ("which chemist round here is open on a sunday?", []),
    ("is there a pharmacy open late tonight near you?", []),
    ("where's the closest supermarket to you?", []),
    ("what are the visiting times on the maternity ward?", []),
    ("what time does my gp surgery open on monday?", []),
    ("what are my doctor's opening hours on fridays?", []),
    ("welke apotheek in de buurt is er maandag open?", []),
    ("weet iemand welke bakker zondag open is?", []),
    ("wanneer zijn de bezoekuren in het AZ?", []),
    ("tot hoe laat is mijn huisarts open vandaag?", []),
    ("wat zijn de spreekuren van de huisdokter?", []),
    ("waar is de dichtstbijzijnde apotheek?", []),
    ("vous savez s'il y a une pharmacie ouverte lundi soir par ici ?", []),
    ("il y a une boulangerie ouverte le dimanche dans le coin ?", []),
    ("les horaires de visite à la clinique, vous savez ?", []),
    ("à quelle heure ouvre mon généraliste le samedi ?", []),
    ("les heures de consultation de mon médecin traitant ?", []),
    ("où trouver la pharmacie la plus proche ?", []),
]
PARKING_TRANSPORT = [  # each got the practice's opening hours or address on main
    ("is there somewhere to leave the motor when i come in?", []),
    ("where do i put my car while i'm at my session?", []),
    ("what bus goes to your practice?", []),
    ("is there a tram stop near you?", []),
    ("can i come to you by train, which station?", []),
    ("do you know if public transport gets me there?", []),
    ("where can i leave the van? and is the street parking free?", []),
    ("waar zet ik mijn wagen als ik naar de afspraak kom?", []),
    ("is er ergens plaats om mijn oto te zetten?", []),
    ("welke tram stopt er vlakbij de praktijk?", []),
    ("waar is de bushalte het dichtst bij jullie?", []),
    ("kan ik met de trein tot bij jullie?", []),
    ("geraak ik met het openbaar vervoer tot aan de praktijk?", []),
    ("je mets ma voiture où quand je viens en séance ?", []),
    ("où est-ce qu'on peut laisser la bagnole ?", []),
    ("quelle ligne de bus passe devant le cabinet ?", []),
    ("on peut venir en métro jusque chez vous ?", []),
    ("il y a une station de tram pas loin du cabinet ?", []),
    ("vous êtes accessibles en transports en commun ?", []),
]
HOURS_KEPT = [  # the practice's own hours and address stay the opening hours
    ("where are you?", ["faq_location_hours"]),
    ("what are your opening hours?", ["faq_location_hours"]),
    ("what's the address of the practice?", ["faq_location_hours"]),
    ("how do i find you?", ["faq_location_hours"]),
    ("are you open saturday? i'm going to the chemist after", ["faq_location_hours"]),
    ("zijn jullie open op zaterdag?", ["faq_location_hours"]),
    ("waar is de praktijk juist?", ["faq_location_hours"]),
    ("hoe geraak ik bij jullie?", ["faq_location_hours"]),
    ("tot hoe laat zijn jullie open?", ["faq_location_hours"]),
    ("zijn jullie maandag open? ik moet eerst nog naar de apotheek", ["faq_location_hours"]),
    ("adresse du cabinet ?", ["faq_location_hours"]),
    ("où se trouve le cabinet ?", ["faq_location_hours"]),
    ("vous êtes ouverts le samedi ?", ["faq_location_hours"]),
    ("quels sont vos horaires ?", ["faq_location_hours"]),
    ("is there parking near you?", []),
    ("parkeren bij jullie, gaat dat?", []),
    ("on peut se garer devant le cabinet ?", []),
]
test_other_place_changed, test_other_place_kept = reading_round(HOURS_SURE, OTHER_PLACE + PARKING_TRANSPORT, HOURS_KEPT)

DUTY = [  # the on-duty pharmacy asked got when to see a doctor on main
    ("which pharmacy is on duty this sunday?", []),
    ("does the duty chemist sell normal stuff like plasters?", []),
    ("where's the all-night pharmacy?", []),
    ("welke apotheek is van wacht vannacht?", []),
    ("verkoopt de wachtapotheek ook gewone zalf?", []),
    ("de apotheek van dienst, waar is die dit weekend?", []),
    ("quelle est la pharmacie de garde ce soir ?", []),
    ("la pharmacie de service vend aussi des pansements ?", []),
    ("y a une pharmacie de garde dans le coin ?", []),
]
DUTY_KEPT = [  # the doctor on duty, the huisartsenwachtpost, 1733, the médecin de garde stay when to see a doctor
    ("which doctor is on call tonight? my back's got worse", ["faq_when_doctor"]),
    ("should i ring the out of hours gp for this?", ["faq_when_doctor"]),
    ("welke dokter is van wacht dit weekend, mijn rug wordt erger", ["faq_when_doctor"]),
    ("moet ik naar de huisartsenwachtpost met deze pijn?", ["faq_when_doctor"]),
    ("mag ik 1733 bellen voor mijn rug?", ["faq_when_doctor"]),
    ("hoe laat is de huisarts van wacht bereikbaar?", ["faq_when_doctor"]),
    ("je dois appeler le médecin de garde pour mon dos ?", ["faq_when_doctor"]),
    ("le médecin de garde ouvre à quelle heure ?", ["faq_when_doctor"]),
    ("quel docteur de garde ce soir, mon dos empire ?", ["faq_when_doctor"]),
]
test_duty_changed, test_duty_kept = reading_round(
    first_of([("faq_when_doctor", 0.9), ("faq_location_hours", 0.05)]), DUTY, DUTY_KEPT)

PAINKILLER_KEPT = [  # the pharmacist asked for a painkiller, or the duty pharmacy told, stays painkillers
    ("can the pharmacist give me something for my back?", ["faq_painkillers"]),
    ("went to the duty chemist last night and got naproxen, is that ok with paracetamol?", ["faq_painkillers"]),
    ("kan de apotheker mij iets meegeven tegen de pijn?", ["faq_painkillers"]),
    ("ik ben naar de apotheek van wacht geweest en kreeg ibuprofen, mag ik dat nemen?", ["faq_painkillers"]),
    ("le pharmacien peut me donner quelque chose pour le dos ?", ["faq_painkillers"]),
    ("je suis passé à la pharmacie de garde, ils m'ont donné de l'ibuprofène, c'est ok ?", ["faq_painkillers"]),
]
_, test_painkiller_kept = reading_round(first_of([("faq_painkillers", 0.9), ("faq_when_doctor", 0.05)]), [],
                                        PAINKILLER_KEPT)

DRIVING_WORK_KEPT = [  # driving with the back and a bus to work stay theirs
    ("is it ok to drive to my appointment with this back?", ["faq_driving"]),
    ("should i leave the car at home for a while?", ["faq_driving"]),
    ("mag ik nog met de auto naar de afspraak rijden?", ["faq_driving"]),
    ("je peux conduire ma voiture jusqu'au cabinet ?", ["faq_driving"]),
]
_, test_driving_kept = reading_round(first_of([("faq_driving", 0.9), ("faq_location_hours", 0.05)]), [],
                                     DRIVING_WORK_KEPT)
WORK_KEPT = [
    ("can i still take the bus to work with my back like this?", ["faq_work"]),
    ("mag ik met de bus naar mijn werk?", ["faq_work"]),
    ("je peux prendre le bus pour aller au travail ?", ["faq_work"]),
]
_, test_work_kept = reading_round(first_of([("faq_work", 0.9), ("faq_driving", 0.05)]), [], WORK_KEPT)
