"""Session 33H (issue 16): questions typed mid-check given the wrong topic or none, from FAQ dev set 39, fixed as kinds
in en, nl and fr (our own phrasings, none a set text).

- The practice's showers, changing rooms and lockers are the practice's matters (the packs' PRACTICE_MATTERS): a
  shower there after the exercises got the physio's role; a hot shower for the back stays heat.
- A gym or fitness membership and its price is a subject no answer covers (UNCOVERED_SUBJECTS): a fitness pass's
  monthly price got reimbursement; what a physio session costs stays reimbursement.
- What to bring, asked with no visit named ("do i have to bring anything along?"), is the first visit's question
  (FIRST_VISIT_ASKED, settled as faq_physio_role): it got the scan's answer when old scans were listed; "do i need an
  MRI" stays the scan, what brings the pain on asks nothing to bring.
- Moving set against resting ("fine to stroll to the shops or should i rest it?") is rest or move first
  (BED_REST_ASKED, made the first topic by faq._ASKED_FIRST): it got sport or nothing.
- Whether to worry, asked ("should i be worried?"), is how serious it is first (new WORRY_ASKED tables, faq._ASKED_FIRST
  faq_serious): it got the prescription; a worry about a pill or a scan named after it stays theirs.
Like test_faq_gate32AU.py, the gate is called without a model: EVIDENCE stands for what training learns, a ranking for
the classifier's. Left alone: a label's meaning asked ("simple mechanical backache, is that a real thing?") and a hot
bath asked unsure were the model's (no phrase table settles them without retraining)."""
from bot.reading.faq import about_something_else, choose_topics, stems
from tests.support.reading_round import reading_round

EVIDENCE = {
    "faq_physio_role": stems("first visit eerste afspraak premiere seance physio kine wear"),
    "faq_scan": stems("scan scans mri xray foto radio irm scanner"),
    "faq_serious": stems("worried worry serious concerned ernstig zorgen ongerust inquieter grave inquietant"),
    "faq_prescription": stems("prescription voorschrift ordonnance"),
    "faq_rest_or_move": stems("rest resting walk walking move moving rusten rust wandelen bewegen reposer repos marcher bouger"),
    "faq_sport": stems("football gym sport voetbal fitness foot salle"),
    "faq_painkillers": stems("ibuprofen painkillers pijnstillers dafalgan"),
    "faq_work": stems("work werk travail boulot"),
}


FACILITIES = [  # each was not "something else" on main
    ("can i grab a shower at yours after the exercises?", True),
    ("do you guys have showers? i come by bike", True),
    ("is there a changing room where i can get changed before the session?", True),
    ("are there lockers for my bag during the appointment?", True),
    ("how much is a monthly gym membership with you?", True),
    ("what does the medical fitness subscription cost per month?", True),
    ("hebben jullie ook een douche? ik kom met de fiets", True),
    ("kan ik me bij jullie omkleden voor de sessie?", True),
    ("is er een kleedkamer of moet ik in sportkleren komen?", True),
    ("zijn er kluisjes voor mijn tas?", True),
    ("hoeveel kost een fitnessabonnement bij jullie per maand?", True),
    ("wat is het lidgeld voor de medische fitness?", True),
    ("y a-t-il des douches chez vous ? je viens en vélo", True),
    ("on peut se changer sur place avant la séance ?", True),
    ("il y a un vestiaire au cabinet ?", True),
    ("vous avez des casiers pour laisser mes affaires ?", True),
    ("c'est combien l'abonnement mensuel à votre salle de fitness ?", True),
    ("l'abonnement à la salle coûte combien chez vous ?", True),
]
FACILITIES_KEPT = [  # never "something else"
    ("is a hot shower good for my lower back?", False),
    ("can i go to the gym with back pain?", False),
    ("how much does a physio session cost?", False),
    ("what should i wear to the physio?", False),
    ("helpt een warme douche tegen mijn rugpijn?", False),
    ("mag ik nog naar de fitness met mijn rug?", False),
    ("wat kost een sessie bij de kine?", False),
    ("une douche chaude ça aide pour le dos ?", False),
    ("je peux aller à la salle avec mon mal de dos ?", False),
    ("combien coûte une séance de kiné ?", False),
]
test_facilities_changed, test_facilities_kept = reading_round(about_something_else, FACILITIES, FACILITIES_KEPT)


def first_of(ranking):
    return lambda text: choose_topics(ranking, text, EVIDENCE)[:1]


BRING = [  # each got the scan's answer on main
    ("do i have to bring anything along? my old x-rays maybe?", ["faq_physio_role"]),
    ("what do i need to bring, scans or papers?", ["faq_physio_role"]),
    ("anything i should bring? i have an mri report from 2022", ["faq_physio_role"]),
    ("am i supposed to bring my id card and the scan results?", ["faq_physio_role"]),
    ("moet ik iets meebrengen? ik heb nog oude foto's van mijn rug", ["faq_physio_role"]),
    ("wat neem ik mee, mijn scans en mijn identiteitskaart?", ["faq_physio_role"]),
    ("breng ik best papieren mee of mijn scan?", ["faq_physio_role"]),
    ("is er iets mee te brengen? ik heb een mri van vorig jaar", ["faq_physio_role"]),
    ("je dois apporter quelque chose ? mes anciennes radios ?", ["faq_physio_role"]),
    ("qu'est-ce que je dois amener, l'irm ou des papiers ?", ["faq_physio_role"]),
    ("j'apporte quoi, ma carte d'identité et le scanner ?", ["faq_physio_role"]),
    ("faut-il amener des documents ou mes radios ?", ["faq_physio_role"]),
]
BRING_KEPT = [
    ("do i need an mri for my back?", ["faq_scan"]),
    ("what could bring this on, do i need a scan?", ["faq_scan"]),
    ("heb ik een scan nodig van mijn rug?", ["faq_scan"]),
    ("faut-il passer une irm pour mon dos ?", ["faq_scan"]),
]
test_bring_changed, test_bring_kept = reading_round(first_of([("faq_scan", 0.85), ("faq_physio_role", 0.05)]), BRING,
                                                    BRING_KEPT)

WORRY = [  # each got the prescription on main
    ("should i be worried? cant stand up straight since this morning", ["faq_serious"]),
    ("do i need to worry, it started out of nowhere", ["faq_serious"]),
    ("is this something to worry about? it twinges all day", ["faq_serious"]),
    ("must i be concerned? it's been bad since the weekend", ["faq_serious"]),
    ("moet ik ongerust zijn? ik kan me amper bukken sinds gisteren", ["faq_serious"]),
    ("hoef ik me zorgen te maken? het kwam zomaar opeens", ["faq_serious"]),
    ("is dat verontrustend, die pijn al een week?", ["faq_serious"]),
    ("moet ik mij zorgen maken of gaat dat vanzelf over?", ["faq_serious"]),
    ("dois-je m'inquiéter ? je peux à peine me redresser", ["faq_serious"]),
    ("est-ce que je dois m'en faire ? c'est venu d'un coup", ["faq_serious"]),
    ("c'est inquiétant d'avoir mal comme ça depuis lundi ?", ["faq_serious"]),
    ("il faut s'inquiéter quand ça bloque comme ça ?", ["faq_serious"]),
]
WORRY_KEPT = [
    ("is my prescription still valid after three months?", ["faq_prescription"]),
    ("is mijn voorschrift nog geldig?", ["faq_prescription"]),
    ("mon ordonnance est encore valable ?", ["faq_prescription"]),
]
test_worry_changed, test_worry_kept = reading_round(first_of([("faq_prescription", 0.7), ("faq_serious", 0.2)]), WORRY,
                                                    WORRY_KEPT)
WORRY_PILL_KEPT = [  # a worry about a pill named after it stays the pill's
    ("should i be worried about taking ibuprofen every day?", ["faq_painkillers"]),
    ("moet ik me zorgen maken over pijnstillers elke dag?", ["faq_painkillers"]),
    ("dois-je m'inquiéter de prendre du dafalgan tous les jours ?", ["faq_painkillers"]),
]
_, test_worry_pill_kept = reading_round(first_of([("faq_painkillers", 0.7), ("faq_serious", 0.2)]), [], WORRY_PILL_KEPT)

REST = [  # each got sport on main
    ("after football my back seized up. fine to walk to class or should i rest it?", ["faq_rest_or_move"]),
    ("keep moving around the house or lie down for a few days?", ["faq_rest_or_move"]),
    ("better to rest it or keep walking after the match?", ["faq_rest_or_move"]),
    ("is walking the dog ok or should i take it easy after rugby?", ["faq_rest_or_move"]),
    ("na het voetbal zit mijn rug vast, mag ik wandelen of beter rusten?", ["faq_rest_or_move"]),
    ("blijven bewegen of plat liggen na de training?", ["faq_rest_or_move"]),
    ("rusten of toch wat rondstappen na de match?", ["faq_rest_or_move"]),
    ("kan ik gewoon naar school stappen of moet ik rust nemen?", ["faq_rest_or_move"]),
    ("après le foot j'ai le dos bloqué, je peux marcher ou je dois me reposer ?", ["faq_rest_or_move"]),
    ("mieux vaut bouger ou rester allongé après le match ?", ["faq_rest_or_move"]),
    ("me reposer ou continuer à bouger après le sport ?", ["faq_rest_or_move"]),
    ("je peux aller marcher ou vaut mieux ne rien faire ?", ["faq_rest_or_move"]),
]
REST_KEPT = [
    ("can i play football again next week?", ["faq_sport"]),
    ("mag ik nog voetballen met mijn rug?", ["faq_sport"]),
    ("je peux reprendre le foot ?", ["faq_sport"]),
]
test_rest_changed, test_rest_kept = reading_round(first_of([("faq_sport", 0.8), ("faq_rest_or_move", 0.15)]), REST,
                                                  REST_KEPT)
WORK_KEPT = [  # going to work set against rest stays work
    ("should i go to work or rest at home?", ["faq_work"]),
    ("moet ik gaan werken of thuis rusten?", ["faq_work"]),
    ("je vais au boulot ou je reste à la maison ?", ["faq_work"]),
]
_, test_work_kept = reading_round(first_of([("faq_work", 0.8), ("faq_rest_or_move", 0.15)]), [], WORK_KEPT)
WORRY_UNBACKED_KEPT = [  # the classifier gives serious no chance: a worry told after a neighbour's story stays its reading
    ("my neighbour had the same and it was cancer, should i be worried?", ["faq_prescription"]),
    ("mijn buurman had hetzelfde, moet ik me zorgen maken?", ["faq_prescription"]),
    ("ma voisine avait pareil, dois-je m'inquiéter ?", ["faq_prescription"]),
]
_, test_worry_unbacked_kept = reading_round(first_of([("faq_prescription", 0.9), ("faq_serious", 0.02)]), [],
                                            WORRY_UNBACKED_KEPT)
