"""Session 36H (issue 16): questions that fit no topic given another topic's answer, from FAQ sets 43 and 44, fixed as
kinds in en, nl and fr (our own phrasings, none a set text).

- The weather asked for a town and a day ("any idea if it'll rain in Leuven tomorrow?", "gaat het zaterdag regenen in
  Gent?", "il va pleuvoir à Namur ce week-end ?") is no topic (UNCOVERED_SUBJECTS, new forecast entries): the town's name
  gave the opening hours. The practice's hours asked with a town stay the opening hours; the English back worse when
  it rains stays recurrence (the Dutch and French "als het regent", "quand il pleut" were already no topic).
- Another body part's own pain (the knee, the ankle) asked, a sport or the stairs named ("my knee hurts going up the
  stairs since i took up cycling", "mijne knie doet pijn sinds het lopen", "j'ai mal au genou en descendant les
  escaliers") is no topic (OTHER_BODY_PARTS, new entries): it got sport or the unspecific pain. The neck, the shoulder
  and the wrist were already another subject; the hip is left as before. Where the back's pain goes (PAIN_GOES_TO), the
  back named besides, a pillow between the knees and kneeling at work keep their topics.
- The GP's waiting room, a GP keeping one waiting or a GP's manners ("my gp always keeps me waiting an hour",
  "de wachtzaal bij mijn huisdokter zit altijd vol", "mon médecin me fait toujours attendre") are no topic
  (UNCOVERED_SUBJECTS, new entries): they got when to see a doctor. When to see the GP stays when to see a doctor.
Like the other topic rounds the gate is called without a model: EVIDENCE stands for what training learns, a ranking for
the classifier's (a sure one: the topic shown on main)."""
from bot.reading.faq import choose_topics, stems
from tests.support.reading_round import reading_round

EVIDENCE = {
    "faq_location_hours": stems("open hours opening closed saturday address where openingsuren open gesloten zaterdag "
                                "adres waar heures ouverture ouvert ferme samedi adresse ou"),
    "faq_recurrence": stems("come back again return recur terugkomen terug opnieuw revenir recidive encore"),
    "faq_sport": stems("sport cycle cycling running run football gym sporten fietsen lopen voetbal fitness velo courir "
                       "course foot salle"),
    "faq_nonspecific": stems("pain where cause from pijn waar oorzaak vandaan douleur cause vient"),
    "faq_disc": stems("disc hernia slipped hernia discus hernie disque"),
    "faq_when_doctor": stems("doctor gp when go see huisarts dokter wanneer gaan medecin generaliste quand aller"),
    "faq_sleep": stems("sleep pillow mattress slapen kussen matras dormir coussin oreiller"),
    "faq_work": stems("work job certificate werk werken briefje travail travailler certificat reprendre"),
}


def first_of(ranking):
    return lambda text: choose_topics(ranking, text, EVIDENCE)


WEATHER = [  # each got the opening hours on main (the town named)
    ("any idea if it'll rain in leuven tomorrow?", []),
    ("is it going to snow in hasselt on saturday?", []),
    ("will it be sunny in bruges this weekend, do you know?", []),
    ("is it supposed to rain all week in antwerp?", []),
    ("weet iemand of het morgen gaat regenen in leuven?", []),
    ("zal het zaterdag droog blijven in gent?", []),
    ("wordt het mooi weer in brugge dit weekend?", []),
    ("gaat da sneeuwen in hasselt volgende week, weette gij da?", []),
    ("de weersvoorspelling voor antwerpen zondag, weet u die?", []),
    ("vous savez s'il va pleuvoir à namur samedi ?", []),
    ("il va neiger à mons ce week-end ?", []),
    ("quel temps fera-t-il à liège dimanche ?", []),
    ("il fera beau à bruxelles demain vous pensez ?", []),
]
WEATHER_KEPT = [  # the practice's hours asked with a town stay the opening hours
    ("is your practice in leuven open on saturday?", ["faq_location_hours"]),
    ("where is the practice in antwerp?", ["faq_location_hours"]),
    ("is de praktijk in gent zaterdag open?", ["faq_location_hours"]),
    ("waar is jullie praktijk in brugge?", ["faq_location_hours"]),
    ("le cabinet à namur est ouvert le samedi ?", ["faq_location_hours"]),
    ("quelle est l'adresse du cabinet à liège ?", ["faq_location_hours"]),
]
test_weather_changed, test_weather_kept = reading_round(
    first_of([("faq_location_hours", 0.95), ("faq_appointment_time", 0.03)]), WEATHER, WEATHER_KEPT)
RAIN_BACK_KEPT = [  # the English back worse when it rains stays recurrence
    ("my back always gets worse when it rains, will it come back every winter?", ["faq_recurrence"]),
    ("my back is stiffer when it rains, will it come back again?", ["faq_recurrence"]),
]
_, test_rain_back_kept = reading_round(first_of([("faq_recurrence", 0.95), ("faq_sport", 0.03)]), [], RAIN_BACK_KEPT)

OTHER_PART = [  # each got sport on main (a sport or the stairs named)
    ("my knee hurts going up the stairs since i took up cycling, what could it be?", []),
    ("pain in my right knee after running, can i keep training?", []),
    ("sore ankle since football on sunday, should i stop playing?", []),
    ("my ankle keeps aching after tennis, is that normal?", []),
    ("mijne knie doet pijn sinds ik terug ben beginnen lopen, wat kan dat zijn?", []),
    ("pijn aan mijn linkerknie na het fietsen, mag ik blijven trainen?", []),
    ("ik heb last van mijn enkel sinds het voetballen, stoppen?", []),
    ("me knie is gezwollen na de fitness, is da erg?", []),
    ("kniepijn na het wielrennen, wat doe ik best?", []),
    ("j'ai mal au genou en montant les escaliers depuis que je fais du vélo", []),
    ("douleur à la cheville après le foot, je peux continuer ?", []),
    ("mon genou me fait mal quand je cours, c'est grave ?", []),
    ("genou gonflé après la salle de sport, je dois arrêter ?", []),
]
OTHER_PART_KEPT = [  # the back named besides, or where the back's pain goes, keeps sport
    ("can i cycle with back pain?", ["faq_sport"]),
    ("my back and my knee hurt after running, can i keep going?", ["faq_sport"]),
    ("the pain shoots down into my knee when i run, can i still do sport?", ["faq_sport"]),
    ("mag ik fietsen met lage rugpijn?", ["faq_sport"]),
    ("pijn in mijn rug en mijn knie na het lopen, mag ik blijven sporten?", ["faq_sport"]),
    ("de pijn trekt tot in mijn knie als ik fiets, mag ik nog sporten?", ["faq_sport"]),
    ("je peux faire du vélo avec un mal de dos ?", ["faq_sport"]),
    ("mal au dos et au genou après la course, je peux continuer ?", ["faq_sport"]),
    ("la douleur descend jusqu'au genou quand je cours, je peux faire du sport ?", ["faq_sport"]),
]
test_other_part_changed, test_other_part_kept = reading_round(
    first_of([("faq_sport", 0.95), ("faq_nonspecific", 0.03)]), OTHER_PART, OTHER_PART_KEPT)
OTHER_PART_UNSPECIFIC = [  # each got the unspecific pain on main
    ("pain in my knee when i walk down the stairs, where does that come from?", []),
    ("ik heb pijn in mijn knie als ik de trap afga, waar komt dat door?", []),
    ("d'où vient cette douleur au genou quand je descends l'escalier ?", []),
]
DISC_KEPT = [  # where the back's pain goes, a disc asked, stays the disc's
    ("the pain goes down to my knee, is it a disc?", ["faq_disc"]),
    ("de pijn straalt uit tot in mijn knie, is dat een hernia?", ["faq_disc"]),
    ("la douleur descend jusqu'au genou, c'est une hernie ?", ["faq_disc"]),
]
test_other_part_unspecific_changed, _ = reading_round(
    first_of([("faq_nonspecific", 0.95), ("faq_disc", 0.03)]), OTHER_PART_UNSPECIFIC, [])
_, test_disc_kept = reading_round(first_of([("faq_disc", 0.95), ("faq_nonspecific", 0.03)]), [], DISC_KEPT)
KNEES_KEPT = [  # a pillow between the knees stays sleep, kneeling at work stays work
    ("should i sleep with a pillow between my knees?", ["faq_sleep"]),
    ("helpt een kussen tussen mijn knieën om beter te slapen?", ["faq_sleep"]),
    ("un coussin entre les genoux pour dormir, ça aide ?", ["faq_sleep"]),
]
_, test_knees_kept = reading_round(first_of([("faq_sleep", 0.95), ("faq_work", 0.03)]), [], KNEES_KEPT)
WORK_KEPT = [
    ("i'm a tiler, on my knees all day, can i go back to work monday?", ["faq_work"]),
    ("ik ben vloerder en zit heel de dag op mijn knieën, mag ik maandag terug gaan werken?", ["faq_work"]),
    ("je suis carreleur, à genoux toute la journée, je peux reprendre le travail lundi ?", ["faq_work"]),
]
_, test_work_kept = reading_round(first_of([("faq_work", 0.95), ("faq_sleep", 0.03)]), [], WORK_KEPT)

DOCTOR_WAIT = [  # each got when to see a doctor on main
    ("my gp always keeps me waiting for an hour, is that normal?", []),
    ("the waiting room at my doctor's is always packed, why?", []),
    ("why do i have to sit for 45 minutes in the waiting room every time?", []),
    ("my doctor is so rude to me, what should i do?", []),
    ("mijn huisarts laat mij elke keer een uur wachten, is dat normaal?", []),
    ("de wachtzaal bij mijn huisdokter zit altijd vol, hoe komt dat?", []),
    ("is het normaal dat ik altijd drie kwartier moet wachten bij de dokter?", []),
    ("mijn huisarts is zo onvriendelijk, wat moet ik doen?", []),
    ("mon médecin me fait toujours attendre une heure, c'est normal ?", []),
    ("la salle d'attente chez mon généraliste est toujours pleine, pourquoi ?", []),
    ("j'attends toujours 40 minutes chez le médecin, c'est normal ?", []),
    ("mon généraliste est désagréable avec moi, je fais quoi ?", []),
]
DOCTOR_WAIT_KEPT = [  # when to see the GP stays when to see a doctor
    ("when should i go to my gp?", ["faq_when_doctor"]),
    ("should i see a doctor or wait a bit?", ["faq_when_doctor"]),
    ("wanneer moet ik naar de huisarts gaan?", ["faq_when_doctor"]),
    ("moet ik naar de dokter of nog even wachten?", ["faq_when_doctor"]),
    ("quand est-ce que je dois aller chez le médecin ?", ["faq_when_doctor"]),
    ("je dois voir un médecin ou attendre encore un peu ?", ["faq_when_doctor"]),
]
test_doctor_wait_changed, test_doctor_wait_kept = reading_round(
    first_of([("faq_when_doctor", 0.95), ("faq_booking", 0.03)]), DOCTOR_WAIT, DOCTOR_WAIT_KEPT)
