"""Session 35L (issue 16): questions typed mid-check given no topic or only asked back, from FAQ set 43, fixed as kinds
in en, nl and fr (our own phrasings, none a set text).

- What a physio does, whether physio is worth it, whether it is only a massage, why the physio asks so many questions
  ("is physio even worth the bother?", "is kine gewoon wat masseren?", "à quoi sert vraiment un kiné ?") is the
  physio's role (new PHYSIO_ROLE_ASKED in faq._ASKED_FIRST, last): an unsure classifier gave none. A massage's price
  stays no topic (UNCOVERED_SUBJECTS), how many sessions stays the sessions'.
- How many sessions, told as "sittings", "beurten", "séances", asked as enough or as a count guessed ("how many sittings
  for my back, 4 or 5 enough?", "hoeveel beurten, zijn 5 genoeg?", "5 séances ça suffira ?") is the sessions'
  (SESSION_COUNT_ASKED widened; PHRASE_FORMS read "sittings" as sessions). What they cost stays the refund's.
- Paying less through the health fund's preferential status (verhoogde tegemoetkoming, BIM, "intervention majorée",
  the code on the sticker) is the refund's (new REDUCED_RATE_ASKED with COST_ASKED in faq._ASKED_FIRST).
- Heat named in other words (a fomentation, a hot towel, "warme compres", "serviette chaude") against cold or asked as
  good is heat or cold (_HEAT_COLD, _WARM_KOUD, _CHAUD_FROID widened; PHRASE_FORMS read "fomentation" as heat).
Like the other topic rounds the gate is called without a model: EVIDENCE stands for what training learns, a ranking for
the classifier's. NLU examples for the four kinds in data/nlu/faq.yml and fr_faq.yml (the lead retrains)."""
from bot.reading.faq import choose_topics, stems
from tests.support.reading_round import reading_round

EVIDENCE = {
    "faq_reimbursement": stems("cost price pay insurance refund much kost prijs betalen terugbetaling mutualiteit prix "
                               "payer remboursement mutuelle coute"),
    "faq_heat_or_cold": stems("heat ice cold hot warm bottle pack pad wheat peas sauna warmte ijs koud warm kruik ijszak "
                              "coldpack kersenpitkussen chaud froid glace bouillotte chauffant poche"),
    "faq_rest_or_move": stems("rest bed move active walk lying flat rusten bed bewegen actief wandelen repos lit bouger actif marcher"),
    "faq_sessions": stems("sessions how many sessies hoeveel seances combien"),
    "faq_physio_role": stems("physio physiotherapist does first visit kine kinesist fysio doet eerste bezoek kinesitherapeute "
                             "fait premiere visite"),
    "faq_serious": stems("serious worry dangerous ernstig erg gevaarlijk grave inquieter dangereux"),
    "faq_booking": stems("book appointment boeken afspraak maken prendre rendez"),
}


def first_of(ranking):
    return lambda text: choose_topics(ranking, text, EVIDENCE)


ROLE = [  # each got no topic on main (serious unsure, without its words)
    ("is physio even worth the bother for a stiff back?", ["faq_physio_role"]),
    ("what does a physiotherapist actually do with you?", ["faq_physio_role"]),
    ("can a physio really do much for this or is it a waste of time?", ["faq_physio_role"]),
    ("is it just a massage or do you do exercises too?", ["faq_physio_role"]),
    ("why does the physio ask so many questions about my life first?", ["faq_physio_role"]),
    ("is kine echt de moeite waard voor lage rugpijn?", ["faq_physio_role"]),
    ("wat doet een kinesist eigenlijk juist?", ["faq_physio_role"]),
    ("is kine gewoon wat masseren of doen jullie meer?", ["faq_physio_role"]),
    ("waarom stelt de kinesist zoveel vragen over mijn leven?", ["faq_physio_role"]),
    ("à quoi sert vraiment un kiné pour le dos ?", ["faq_physio_role"]),
    ("ça vaut vraiment le coup d'aller chez le kiné ?", ["faq_physio_role"]),
    ("c'est juste des massages ou vous faites autre chose ?", ["faq_physio_role"]),
    ("pourquoi le kiné me demande autant de questions sur mon travail ?", ["faq_physio_role"]),
]
ROLE_KEPT = [  # a massage's price, the count of sessions, and a worry stay theirs
    ("how much do you charge for a relaxing massage?", []),
    ("wat kost een ontspanningsmassage van een uur?", []),
    ("c'est quoi le prix d'un massage relaxant ?", []),
    ("how many sessions will i need roughly?", ["faq_sessions"]),
    ("hoeveel sessies heb ik ongeveer nodig?", ["faq_sessions"]),
    ("combien de séances faut-il en moyenne ?", ["faq_sessions"]),
    ("should i be worried about this pain?", ["faq_serious"]),
    ("moet ik me zorgen maken?", ["faq_serious"]),
    ("je dois m'inquiéter ?", ["faq_serious"]),
]
test_role_changed, test_role_kept = reading_round(
    first_of([("faq_serious", 0.45), ("faq_physio_role", 0.2)]), ROLE, ROLE_KEPT)

COUNT = [  # each got no topic on main (booking unsure, without its words)
    ("how many sittings for my back, will 4 or 5 be enough?", ["faq_sessions"]),
    ("roughly how many sittings would suffice for a slipped disc?", ["faq_sessions"]),
    ("how many sessions for this, 3 or 4?", ["faq_sessions"]),
    ("will five sessions be enough for my back?", ["faq_sessions"]),
    ("hoeveel beurten, zijn 5 genoeg of meer?", ["faq_sessions"]),
    ("zullen 6 behandelingen volstaan voor mijn rug?", ["faq_sessions"]),
    ("hoeveel keer moet ik komen voor mijn rug?", ["faq_sessions"]),
    ("hoeveel sessies voor lage rugpijn, 4 of 5?", ["faq_sessions"]),
    ("combien de séances pour mon dos, 4 ou 5 ça suffira ?", ["faq_sessions"]),
    ("5 séances ça suffit ou il en faut plus ?", ["faq_sessions"]),
    ("combien de fois je dois venir pour le dos ?", ["faq_sessions"]),
    ("combien de séances ça prend pour une lombalgie ?", ["faq_sessions"]),
]
COUNT_KEPT = [  # the cost of sessions and how many are refunded stay the refund's; a session's length the sessions'
    ("how much is each sitting?", ["faq_reimbursement"]),
    ("how many sessions does my insurance cover?", ["faq_reimbursement"]),
    ("hoeveel sessies worden terugbetaald door de mutualiteit?", ["faq_reimbursement"]),
    ("combien de séances sont remboursées par la mutuelle ?", ["faq_reimbursement"]),
    ("combien coûte une séance ?", ["faq_reimbursement"]),
]
test_count_changed, _ = reading_round(first_of([("faq_booking", 0.4), ("faq_sessions", 0.2)]), COUNT, [])
_, test_count_kept = reading_round(first_of([("faq_reimbursement", 0.8), ("faq_sessions", 0.1)]), [], COUNT_KEPT)

REDUCED = [  # each got no topic on main (serious unsure, without its words)
    ("i have the increased reimbursement status, is it less for me?", ["faq_reimbursement"]),
    ("my sticker code ends in 1, do i get the reduced rate?", ["faq_reimbursement"]),
    ("with omnio status do i pay less for the sessions?", ["faq_reimbursement"]),
    ("ik heb de verhoogde tegemoetkoming, is het dan goedkoper?", ["faq_reimbursement"]),
    ("ik ben bim, moet ik minder betalen bij de kine?", ["faq_reimbursement"]),
    ("mijn klever van het ziekenfonds eindigt op 1, wat betekent dat?", ["faq_reimbursement"]),
    ("j'ai l'intervention majorée, ça change quelque chose ?", ["faq_reimbursement"]),
    ("avec le statut bim je paie moins chez vous ?", ["faq_reimbursement"]),
    ("le code sur ma vignette de mutuelle finit par 1, ça veut dire quoi ?", ["faq_reimbursement"]),
]
REDUCED_KEPT = [  # a worry, and the pain told, stay no refund
    ("should i be worried about this pain?", ["faq_serious"]),
    ("is dit ernstig?", ["faq_serious"]),
    ("je me suis penché et bim, c'est grave ?", ["faq_serious"]),
]
test_reduced_changed, test_reduced_kept = reading_round(
    first_of([("faq_serious", 0.45), ("faq_reimbursement", 0.2)]), REDUCED, REDUCED_KEPT)

HEAT = [  # each got no topic on main (rest or move unsure, without its words)
    ("fomentation or an ice pack, which one?", ["faq_heat_or_cold"]),
    ("is fomentation good for a stiff lower back?", ["faq_heat_or_cold"]),
    ("would a hot towel help or make it worse?", ["faq_heat_or_cold"]),
    ("a hot flannel on it, good idea or not?", ["faq_heat_or_cold"]),
    ("warme compres of ijs, wat is juist?", ["faq_heat_or_cold"]),
    ("is een warme handdoek goed voor mijn rug?", ["faq_heat_or_cold"]),
    ("helpt een verwarmingskussen tegen de pijn?", ["faq_heat_or_cold"]),
    ("een hete compres of een coldpack?", ["faq_heat_or_cold"]),
    ("une serviette chaude ça soulage ?", ["faq_heat_or_cold"]),
    ("compresse bien chaude ou glace, c'est quoi le mieux ?", ["faq_heat_or_cold"]),
    ("un coussin électrique c'est bien pour le dos ?", ["faq_heat_or_cold"]),
    ("un cataplasme chaud ou du froid ?", ["faq_heat_or_cold"]),
]
HEAT_KEPT = [  # resting or moving stays rest or move
    ("should i stay in bed or keep moving?", ["faq_rest_or_move"]),
    ("beter rusten of wandelen?", ["faq_rest_or_move"]),
    ("je peux aller marcher ou vaut mieux me reposer ?", ["faq_rest_or_move"]),
]
test_heat_changed, test_heat_kept = reading_round(
    first_of([("faq_rest_or_move", 0.56), ("faq_heat_or_cold", 0.35)]), HEAT, HEAT_KEPT)
