"""Session 36G (issue 16): questions given the wrong topic or none, from FAQ set 44, fixed as kinds in en, nl and fr
(our own phrasings, none a set text).

- A painkiller named by its brand or generic name as doing little, or what to take instead ("nurofen is useless for
  me, what else could i take?", "dafalgan helpt geen zier, wat neem ik dan best?", "l'efferalgan ne fait rien, je
  prends quoi à la place ?") is painkillers (new PAINKILLER_ASKED in faq._ASKED_FIRST): a sure serious or an unsure
  other topic without its words won. Which painkillers to buy stays painkillers; a pill told, another question asked
  (driving) stays that question's.
- The pregnancy told by its weeks or months, as expecting or by the bump ("i'm 22 weeks along", "ik ben 18 weken
  zwanger", "enceinte de 4 mois", "je suis à 20 semaines") is pregnancy (new PREGNANCY_ASKED; the same phrases in
  PREGNANCY_TOLD): the healing time, unsure without its words, gave none. Weeks of pain told ("3 weeks in", "al 3
  weken", "depuis 3 semaines") stay no pregnancy.
- Whether it is called or counts as chronic or acute, asked loosely ("would that count as chronic?", "noemen ze da
  dan chronisch?", "on dit que c'est chronique ou pas ?") is acute or chronic (new ACUTE_CHRONIC_ASKED): an unsure
  nonspecific without its words gave none.
- How long to wait before going (back) to the GP or a doctor ("how much longer should i give it before i see my gp
  again?", "hoelang moet ik nog wachten voor ik naar de huisarts ga?", "combien de temps j'attends avant de
  reconsulter mon médecin ?") is when to see a doctor (new DOCTOR_WAIT_ASKED, with EMERGENCY_ASKED, before the healing
  time): the classifier's healing time won. How long it takes to heal with no doctor stays the healing time, the
  doctor told in the past too.
Like the other topic rounds the gate is called without a model: EVIDENCE stands for what training learns, a ranking for
the classifier's. NLU examples for the four kinds are in data/nlu/faq.yml and fr_faq.yml (the lead retrains)."""
from bot.reading.faq import choose_topics, stems
from tests.support.reading_round import reading_round

EVIDENCE = {
    "faq_painkillers": stems("painkillers ibuprofen paracetamol pharmacy chemist pijnstillers apotheek "
                             "antidouleur pharmacie"),
    "faq_serious": stems("serious worried worry dangerous ernstig zorgen gevaarlijk grave inquieter dangereux"),
    "faq_driving": stems("drive driving car rijden auto conduire voiture"),
    "faq_pregnancy": stems("pregnant pregnancy baby zwanger zwangerschap enceinte grossesse bebe"),
    "faq_healing_time": stems("how long heal weeks hoelang duren genezen weken combien temps guerir semaines"),
    "faq_acute_vs_chronic": stems("acute chronic difference acuut chronisch verschil aigu chronique difference"),
    "faq_nonspecific": stems("nonspecific cause specific aspecifiek oorzaak specifiek specifique cause"),
    "faq_when_doctor": stems("doctor gp see huisarts dokter medecin generaliste consulter"),
}


def first_of(ranking):
    return lambda text: choose_topics(ranking, text, EVIDENCE)


PAINKILLER = [  # each got serious (sure, without its words) on main
    ("i've heard nurofen is useless for sciatica, true? what should i take instead", ["faq_painkillers"]),
    ("the advil barely touches it, anything else i could take instead?", ["faq_painkillers"]),
    ("voltaren gel doesn't seem to do much, is that normal?", ["faq_painkillers"]),
    ("co-codamol does bugger all for me, is there something stronger than co-codamol?", ["faq_painkillers"]),
    ("dafalgan helpt geen zier bij mij, wat moet ik dan wel nemen?", ["faq_painkillers"]),
    ("die perdolan doet precies niks, klopt dat?", ["faq_painkillers"]),
    ("brufen werkt nie echt, wat kan ik in de plaats nemen?", ["faq_painkillers"]),
    ("naproxen helpt amper iets, is dat normaal?", ["faq_painkillers"]),
    ("l'efferalgan ne fait rien du tout, je prends quoi à la place ?", ["faq_painkillers"]),
    ("le nurofen ne me soulage pas vraiment, c'est normal ?", ["faq_painkillers"]),
    ("le doliprane c'est inefficace pour le dos ou pas ?", ["faq_painkillers"]),
    ("j'ai lu que le paracétamol ne sert à rien, je dois prendre quoi plutôt ?", ["faq_painkillers"]),
]
PAINKILLER_KEPT = [  # a worry asked stays serious; which painkiller to buy stays painkillers
    ("should i be worried about this pain?", ["faq_serious"]),
    ("moet ik me zorgen maken?", ["faq_serious"]),
    ("est-ce que c'est grave ?", ["faq_serious"]),
    ("is it serious if the pain keeps me awake at night?", ["faq_serious"]),
]
test_painkiller_changed, test_painkiller_kept = reading_round(
    first_of([("faq_serious", 0.95), ("faq_painkillers", 0.02)]), PAINKILLER, PAINKILLER_KEPT)
WHICH_PAINKILLER_KEPT = [  # which painkiller to take stays painkillers
    ("which painkillers are best for a bad back?", ["faq_painkillers"]),
    ("welke pijnstillers neem ik best?", ["faq_painkillers"]),
    ("quel antidouleur prendre pour le dos ?", ["faq_painkillers"]),
    ("is it ok to take ibuprofen and paracetamol together?", ["faq_painkillers"]),
]
_, test_which_painkiller_kept = reading_round(first_of([("faq_painkillers", 0.9), ("faq_serious", 0.05)]), [],
                                              WHICH_PAINKILLER_KEPT)
PILL_TOLD_KEPT = [  # a pill taken told, driving asked, stays driving
    ("i took two ibuprofen this morning, can i still drive to work?", ["faq_driving"]),
    ("ik heb een dafalgan genomen, mag ik nog met de auto rijden?", ["faq_driving"]),
    ("j'ai pris un doliprane, je peux conduire ma voiture ?", ["faq_driving"]),
]
_, test_pill_told_kept = reading_round(first_of([("faq_driving", 0.9), ("faq_painkillers", 0.05)]), [], PILL_TOLD_KEPT)

PREGNANCY = [  # each got no topic on main (an unsure healing time without its words)
    ("is it normal for my lower back to ache like this? i'm 22 weeks along", ["faq_pregnancy"]),
    ("i'm only 9 weeks gone, does it usually start this early?", ["faq_pregnancy"]),
    ("is it usual in the second trimester to get this low down?", ["faq_pregnancy"]),
    ("my bump is getting heavy now, is this ache normal?", ["faq_pregnancy"]),
    ("ik ben 18 weken zwanger, is het normaal dat het nu al zo trekt?", ["faq_pregnancy"]),
    ("5 maand in verwachting en onderaan zo'n last, hoort dat?", ["faq_pregnancy"]),
    ("is dat normaal in het derde trimester, die steken onderaan?", ["faq_pregnancy"]),
    ("al 30 weken zwanger, is het gewoon dat het zo steekt?", ["faq_pregnancy"]),
    ("je suis enceinte de 4 mois, c'est normal d'avoir déjà mal en bas ?", ["faq_pregnancy"]),
    ("je suis à 20 semaines, est-ce que c'est fréquent d'avoir si mal ?", ["faq_pregnancy"]),
    ("au troisième trimestre c'est normal de tirer comme ça en bas ?", ["faq_pregnancy"]),
    ("enceinte de 25 semaines et ça tire dans le bas, c'est habituel ?", ["faq_pregnancy"]),
]
PREGNANCY_KEPT = [  # weeks of pain told stay no pregnancy; how long it takes stays the healing time
    ("it's been 3 weeks now, is it normal it's not gone?", ["faq_healing_time"]),
    ("al 3 weken last, is dat normaal?", ["faq_healing_time"]),
    ("depuis 3 semaines ça tire, c'est normal ?", ["faq_healing_time"]),
    ("how long does it take to heal?", ["faq_healing_time"]),
    ("hoelang duurt het om te genezen?", ["faq_healing_time"]),
    ("combien de temps pour guérir ?", ["faq_healing_time"]),
    ("i'm 3 weeks in and still hurting, how long will it take?", ["faq_healing_time"]),
    ("je suis à 3 semaines de douleur, combien de temps encore ?", ["faq_healing_time"]),
    ("i'm not expecting much but how long does it take?", ["faq_healing_time"]),
    ("there's a bump on my back, is that normal?", []),
]
test_pregnancy_changed, test_pregnancy_kept = reading_round(
    first_of([("faq_healing_time", 0.6), ("faq_pregnancy", 0.28)]), PREGNANCY, PREGNANCY_KEPT)

ACUTE_CHRONIC = [  # each got no topic on main (an unsure nonspecific without its words)
    ("it comes and goes for years now, would that count as chronic?", ["faq_acute_vs_chronic"]),
    ("on and off since 2019, is that now chronic or what?", ["faq_acute_vs_chronic"]),
    ("would you call mine chronic after four months?", ["faq_acute_vs_chronic"]),
    ("is this still acute after 5 weeks?", ["faq_acute_vs_chronic"]),
    ("da komt en gaat al jaren, noemen ze da dan chronisch?", ["faq_acute_vs_chronic"]),
    ("telt dat als chronisch na drie maanden?", ["faq_acute_vs_chronic"]),
    ("is het nu nog acuut of niet meer, na anderhalve maand?", ["faq_acute_vs_chronic"]),
    ("hoe noemen ze dat dan, chronisch?", ["faq_acute_vs_chronic"]),
    ("ça revient tout le temps depuis des années, on dit que c'est chronique ?", ["faq_acute_vs_chronic"]),
    ("après quatre mois ça devient chronique ou pas ?", ["faq_acute_vs_chronic"]),
    ("c'est encore aigu après cinq semaines ?", ["faq_acute_vs_chronic"]),
    ("vous appelez ça chronique, une douleur qui dure six mois ?", ["faq_acute_vs_chronic"]),
]
ACUTE_CHRONIC_KEPT = [  # the cause asked stays nonspecific
    ("what is causing this, is there a specific cause?", ["faq_nonspecific"]),
    ("wat is de oorzaak, is er een specifieke oorzaak?", ["faq_nonspecific"]),
    ("quelle est la cause, il y a une cause spécifique ?", ["faq_nonspecific"]),
]
test_acute_chronic_changed, test_acute_chronic_kept = reading_round(
    first_of([("faq_nonspecific", 0.54), ("faq_acute_vs_chronic", 0.46)]), ACUTE_CHRONIC, ACUTE_CHRONIC_KEPT)
DIFFERENCE_KEPT = [  # the difference asked stays acute or chronic
    ("what's the difference between acute and chronic?", ["faq_acute_vs_chronic"]),
    ("wat is het verschil tussen acuut en chronisch?", ["faq_acute_vs_chronic"]),
    ("c'est quoi la différence entre aigu et chronique ?", ["faq_acute_vs_chronic"]),
]
_, test_difference_kept = reading_round(first_of([("faq_acute_vs_chronic", 0.9), ("faq_nonspecific", 0.05)]), [],
                                        DIFFERENCE_KEPT)

DOCTOR_WAIT = [  # each got the healing time on main (sure, with its words)
    ("3 weeks and no change, how much longer should i leave it before i see my gp again?", ["faq_when_doctor"]),
    ("how many more days should i wait before going back to the doctor?", ["faq_when_doctor"]),
    ("still the same after a month, how long before i go to my gp?", ["faq_when_doctor"]),
    ("when should i go back to the doctor if it's not healing after 6 weeks?", ["faq_when_doctor"]),
    ("al 3 weken hetzelfde, hoelang moet ik nog wachten voor ik naar de huisarts ga?", ["faq_when_doctor"]),
    ("hoeveel weken wacht ik best voor ik terug naar de dokter ga?", ["faq_when_doctor"]),
    ("tot wanneer kan ik wachten om bij de huisdokter langs te gaan?", ["faq_when_doctor"]),
    ("wanneer moet ik terug naar mijn huisarts als het na 4 weken niet genezen is?", ["faq_when_doctor"]),
    ("toujours pareil après un mois, combien de temps j'attends avant de reconsulter mon médecin ?", ["faq_when_doctor"]),
    ("je patiente encore combien de semaines avant de revoir le généraliste ?", ["faq_when_doctor"]),
    ("à partir de quand je dois retourner chez mon médecin traitant si ça ne guérit pas ?", ["faq_when_doctor"]),
    ("au bout de combien de semaines il faut revoir le docteur ?", ["faq_when_doctor"]),
]
DOCTOR_WAIT_KEPT = [  # how long healing takes with no doctor, or the doctor told in the past, stays the healing time
    ("how long will it take to heal?", ["faq_healing_time"]),
    ("how many weeks until it's healed, my gp said rest?", ["faq_healing_time"]),
    ("hoelang duurt het nog voor het genezen is? ik was al bij de dokter", ["faq_healing_time"]),
    ("hoeveel weken duurt het voor het genezen is?", ["faq_healing_time"]),
    ("combien de temps pour guérir, le médecin m'a dit trois semaines ?", ["faq_healing_time"]),
    ("ça prend combien de semaines pour guérir ?", ["faq_healing_time"]),
]
test_doctor_wait_changed, test_doctor_wait_kept = reading_round(
    first_of([("faq_healing_time", 0.93), ("faq_when_doctor", 0.05)]), DOCTOR_WAIT, DOCTOR_WAIT_KEPT)
WAITING_ROOM_KEPT = [  # the doctor's waiting room is no when-to-see-a-doctor question
    ("mijn huisarts laat me altijd lang wachten in de wachtzaal, is dat normaal?", []),
    ("my gp always keeps me waiting for ages, is that normal?", []),
    ("mon médecin me fait toujours attendre une heure, c'est normal ?", []),
]
_, test_waiting_room_kept = reading_round(first_of([("faq_healing_time", 0.5), ("faq_when_doctor", 0.3)]), [],
                                          WAITING_ROOM_KEPT)
