"""Session 40P (issue 16): on-topic questions that got no topic, fixed as kinds in en, nl and fr (our own phrasings).

- The first session asked about with a practical worry after it ("what happens in the first session? do i need to
  undress haha"): the worry's sentence had no "?" or shared the sentence, so undressing (PRACTICE_MATTERS) made the whole
  message another subject. Now faq._practice_matter_asked counts a question-shaped sentence as a question, and a clause
  or sentence that asks the first session (PHYSIO_ROLE_ASKED widened in each pack) without a practice matter keeps the
  message: the physio's role. Undressing asked alone or for a beauty service stays no topic.
- Kept (session 40P2 took back round P's access change): getting into the practice (the ground floor, stairs up to it, a
  lift, wheelchair access) stays a practice matter as session 26 ruled, no topic (the honest "I can't answer that here"
  with the phone): the location's answer gives the address, the hours and the phone, and the practice's facts do not say
  whether there is a lift or stairs. The stairs one may climb with a bad back stay rest or move; another place's hours
  and a wheelchair feared stay theirs.
- A painkiller dose asked with a brand or a count ("had four ibuprofen already, is another one too many?") is painkillers
  (PAINKILLER_ASKED widened); a child's or another person's dose is another patient (OTHER_PATIENTS, new entries).
EVIDENCE stands for what training learns, a ranking for the classifier's; choose_topics is called without a model."""
from bot.reading.faq import choose_topics, stems
from tests.support.reading_round import reading_round

EVIDENCE = {
    "faq_physio_role": stems("physio kine kinesist fysio session appointment first visit happens happen what do wear "
                             "eerste afspraak behandeling sessie gebeurt doen seance premiere rendez-vous passe consultation"),
    "faq_location_hours": stems("where address hours open adres waar open openingsuren adresse heures ouvert horaires"),
    "faq_rest_or_move": stems("rest move walk stairs climb rusten bewegen wandelen trap trappen repos bouger marcher "
                              "escaliers monter"),
    "faq_painkillers": stems("painkillers paracetamol ibuprofen pills take pijnstillers nemen antidouleurs prendre "
                             "medicaments"),
    "faq_serious": stems("serious worry ernstig zorgen grave inquieter"),
}


def ranked(*ranking):
    return lambda text: choose_topics(list(ranking), text, EVIDENCE)


ROLE, PILLS = ["faq_physio_role"], ["faq_painkillers"]

FIRST_SESSION = [  # each got no topic on main (undressing a practice matter for the whole message)
    ("first time seeing a physio, what happens during the first session? do i need to undress haha", ROLE),
    ("what do you do at the first appointment? will i have to strip down lol", ROLE),
    ("what happens at a first physio visit. do i have to take my clothes off", ROLE),
    ("never had physio before so what goes on at the first appointment? do i need to get undressed lol", ROLE),
    ("so what happens in the first session? and do i have to undress haha", ROLE),
    ("what happens at the first treatment, do i have to undress?", ROLE),
    ("what does the first physio session look like? do i have to undress or can i keep my clothes on", ROLE),
    ("how does the first appointment go? do i need to strip off", ROLE),
    ("wat gebeurt er bij een eerste afspraak bij de kine? moet ik me uitkleden haha", ROLE),
    ("nog nooit bij de kine geweest, wat gebeurt er de eerste keer? moet ik mij uitkleden lol", ROLE),
    ("hoe verloopt de eerste sessie? moet ik mijn kleren uitdoen", ROLE),
    ("wat doet de kine tijdens de eerste behandeling? moet ik me uitkleden of niet haha", ROLE),
    ("wat gebeurt er op de eerste afspraak? moet ik in mijn ondergoed staan lol", ROLE),
    ("hoe gaat da in z'n werk bij de eerste keer? moet ik me uitkleden", ROLE),
    ("hoe verloopt de eerste behandeling, moet ik mij uitkleden?", ROLE),
    ("que se passe-t-il à la première séance ? faut-il se déshabiller mdr", ROLE),
    ("jamais été chez un kiné, comment se passe le premier rendez-vous ? je dois me déshabiller haha", ROLE),
    ("comment ça se passe la première séance de kiné ? il faut enlever mes vêtements", ROLE),
    ("que fait le kiné au premier rendez-vous ? faut se déshabiller ou pas lol", ROLE),
    ("c'est quoi le déroulement de la première consultation ? on doit se déshabiller", ROLE),
    ("première fois chez le kiné, ça se passe comment ? je dois être en sous-vêtements mdr", ROLE),
    ("comment se passe la première séance, je dois me déshabiller ?", ROLE),
    ("qu'est-ce qui se passe lors de la première consultation ? on se déshabille haha", ROLE),
]
FIRST_SESSION_KEPT = [  # undressing asked alone, with a towel, or for another trade stays no topic
    ("do i have to undress for the treatment?", []),
    ("should i bring a towel? and do i have to undress?", []),
    ("do i have to undress for my waxing appointment lol", []),
    ("at the beautician, do i have to undress?", []),
    ("moet ik me uitkleden bij de schoonheidsspecialiste?", []),
    ("moet ik een handdoek meebrengen? en moet ik me uitkleden?", []),
    ("faut-il se déshabiller chez l'esthéticienne ?", []),
    ("faut-il se déshabiller pour le traitement ?", []),
    ("what happens at the first appointment? what should i wear lol", ROLE),
]
test_first_session_changed, test_first_session_kept = reading_round(
    ranked(("faq_physio_role", 0.6), ("faq_serious", 0.2)), FIRST_SESSION, FIRST_SESSION_KEPT)

ACCESS_KEPT = [  # access to the practice is a practice matter (session 26): no topic, not the location's answer
    ("is there a lift up to the practice? stairs are a killer at the moment", []),
    ("are there many steps to get into your building?", []),
    ("can i get in with a wheelchair?", []),
    ("is the practice wheelchair accessible?", []),
    ("what floor are you on, is there an elevator?", []),
    ("is the practice step-free access?", []),
    ("can i come in my wheelchair?", []),
    ("is er een lift in het gebouw? trappen lukt niet met mijn rug", []),
    ("is jullie praktijk gelijkvloers?", []),
    ("kan ik met mijn rolstoel binnen bij jullie?", []),
    ("is de praktijk rolstoeltoegankelijk?", []),
    ("zit de kine op 't gelijkvloers of is 't boven?", []),
    ("il y a un ascenseur ? avec mon dos je ne monte plus les marches", []),
    ("c'est à quel étage chez vous ?", []),
    ("le cabinet est accessible en fauteuil roulant ?", []),
    ("je peux venir en chaise roulante ?", []),
    # the stairs with a bad back stay rest or move; another place's hours and a wheelchair feared theirs
    ("how many stairs can i climb with my back?", ["faq_rest_or_move"]),
    ("is it ok to take the stairs with a bad back?", ["faq_rest_or_move"]),
    ("mag ik trappen doen met mijn rug?", ["faq_rest_or_move"]),
    ("hoeveel trappen mag ik per dag doen?", ["faq_rest_or_move"]),
    ("je peux monter les escaliers avec mon dos ?", ["faq_rest_or_move"]),
    ("combien de marches je peux monter par jour ?", ["faq_rest_or_move"]),
    ("what are the chemist's opening hours?", []),
    ("tot hoe laat is de apotheek open?", []),
    ("la pharmacie est ouverte le dimanche ?", []),
]
_, test_access_kept = reading_round(
    ranked(("faq_rest_or_move", 0.6), ("faq_location_hours", 0.2)), [], ACCESS_KEPT)
_, test_wheelchair_feared_kept = reading_round(ranked(("faq_serious", 0.5), ("faq_painkillers", 0.3)), [], [
    ("could i end up in a wheelchair one day?", ["faq_serious"])])

DOSE = [  # each got rest or move's answer or none on main
    ("i've had 3 paracetamol 1g today, can i take one more before bed?", PILLS),
    ("taking nurofen 400 twice a day, is a third one ok?", PILLS),
    ("on 2 panadol every morning since friday, could i add another at night or is that too much?", PILLS),
    ("had four ibuprofen already, is another one too many?", PILLS),
    ("can i take an extra dafalgan tonight? already had three", PILLS),
    ("brufen 3 times a day, can i have a fourth?", PILLS),
    ("took 2 advil at lunch, another one now or wait?", PILLS),
    ("voltaren twice a day and the pain is still there, can i take one more?", PILLS),
    ("ik neem al 3 dafalgan per dag, mag ik er nog eentje bij nemen 's avonds?", PILLS),
    ("perdolan 3 keer per dag, is een vierde te veel?", PILLS),
    ("al 4 paracetamol van 1 gram vandaag, mag ik er nog een bij?", PILLS),
    ("ik pak 2x per dag een nurofen, kan er nog een bij of is da teveel?", PILLS),
    ("drie ibuprofen gehad vandaag, mag ik nog een extra nemen voor het slapen?", PILLS),
    ("mag ik nog een dafalgan forte bijnemen? heb er vandaag al 3 gehad", PILLS),
    ("twee brufen per dag, is een derde teveel?", PILLS),
    ("2 panadol 's morgens, mag ik er 's avonds nog een bij?", PILLS),
    ("je prends 2 nurofen matin et soir, je peux en prendre un troisième ?", PILLS),
    ("déjà 4 paracétamol aujourd'hui, un de plus c'est trop ?", PILLS),
    ("3 ibuprofène par jour depuis mardi, je peux en rajouter un avant de dormir ?", PILLS),
    ("j'ai pris deux dafalgan ce matin, je peux reprendre un autre dafalgan à midi ?", PILLS),
    ("voltaren 2 fois par jour, un troisième c'est trop ?", PILLS),
    ("je peux prendre encore un perdolan ce soir ? j'en ai déjà pris trois", PILLS),
    ("advil 3 fois par jour, encore un le soir c'est trop ?", PILLS),
    ("2 brufen depuis ce matin, je peux en ajouter un ?", PILLS),
]
DOSE_KEPT = [  # another body part's or another person's medicine stays no topic
    ("my knee is sore, had 2 ibuprofen, can i take another?", []),
    ("ma fille a mal aux dents, elle peut prendre un autre doliprane ?", []),
    ("mijn knie doet pijn, 3 ibuprofen gehad, mag ik er nog een bij?", []),
    ("my son is 8, can he have a third nurofen today?", []),
    ("mijn zoontje heeft koorts, mag hij nog een dafalgan?", []),
    ("nurofen does nothing, what else can i take?", PILLS),
]
test_dose_changed, test_dose_kept = reading_round(
    ranked(("faq_rest_or_move", 0.6), ("faq_location_hours", 0.2)), DOSE, DOSE_KEPT)
CHILD_DOSE = [  # a child's or another person's dose got the painkillers' answer on main (the classifier sure)
    ("can my daughter have another calpol and a nurofen?", []),
    ("could she take one more paracetamol tonight?", []),
    ("mag mijn zoontje nog een nurofen? hij heeft pijn", []),
    ("mag hij er nog een dafalgan bij nemen?", []),
    ("mon fils peut prendre un autre nurofen ce soir ?", []),
    ("elle peut reprendre un doliprane à midi ?", []),
]
CHILD_DOSE_KEPT = [
    ("im breastfeeding my baby, can i take another ibuprofen?", PILLS),
    ("i've had 3 paracetamol 1g today, can i take one more before bed?", PILLS),
]
test_child_dose_changed, test_child_dose_kept = reading_round(
    ranked(("faq_painkillers", 0.9), ("faq_serious", 0.05)), CHILD_DOSE, CHILD_DOSE_KEPT)
