"""Session 39Q (issue 16): questions given another topic's answer or none, from fresh FAQ set 47, fixed as kinds in en,
nl and fr (our own phrasings, none a set text).

- How to lie in bed or at night asked, told as "lying", "comfy" or "comfortabel" ("how should i be lying overnight?",
  "any advice for lying in bed when it's this sore?", "hoe geraak ik comfortabel in mijn bed?", "des astuces pour bien
  me coucher ?") is sleep (SLEEP_POSITION_ASKED widened in the three packs): staying in bed's words ("lying in bed")
  and the classifier's rest or move gave rest or move. Staying in bed or moving asked stays rest or move.
- Whether something "is useless" or "zinloos" asked ("une IRM, ça sert à quelque chose ou c'est inutile ?", "heeft een
  scan zin of is dat zinloos?") is no painkillers' question: in the French and Dutch packs the painkiller named before
  "c'est inutile", "is zinloos", "niks doet" was outside the alternation (_FAIT_PEU, _DOET_WEINIG now one group), so
  any "c'est inutile" made painkillers the first topic. A painkiller named as useless stays painkillers.
- When it starts to get better asked ("ça commence à s'améliorer quand, en général ?", "when does it usually start to
  ease off?", "wanneer begint dat normaal wat te minderen?") is the healing time (HEALING_BY_ASKED widened): an unsure
  classifier without the topic's words gave none.
- The health fund's share asked as "intervenir", "tussenkomen", "chip in", or paying it all oneself ("la mutualité
  intervient encore ou je paie tout ?", "komt het ziekenfonds nog tussen?", "does my insurance still chip in or do i
  pay the lot?") is the refund's (INSURANCE_ASKED widened): sessions unsure without its words gave none.
Kept: staying in bed or moving stays rest or move, painkillers asked stay painkillers, a session's length stays the
sessions', sleep asked stays sleep, the mutual fund's refund stays the refund's.
Like the other topic rounds the gate is called without a model: EVIDENCE stands for what training learns, a ranking for
the classifier's. NLU examples for the four kinds in data/nlu/faq.yml and fr_faq.yml (the lead retrains)."""
from bot.reading.faq import choose_topics, stems
from tests.support.reading_round import reading_round

EVIDENCE = {
    "faq_rest_or_move": stems("rest bed move active walk lying flat rusten bed bewegen actief wandelen liggen repos lit "
                              "bouger actif marcher couche"),
    "faq_sleep": stems("sleep sleeping mattress pillow slapen slaap matras kussen dormir sommeil matelas oreiller"),
    "faq_scan": stems("scan mri xray x-ray imaging scan mri foto rontgen scanner irm radio imagerie"),
    "faq_painkillers": stems("painkillers ibuprofen paracetamol pills pijnstillers ibuprofen paracetamol pillen "
                             "antidouleurs ibuprofene paracetamol medicaments"),
    "faq_healing_time": stems("long heal take weeks days better duurt lang genezen beter weken dagen combien temps "
                              "guerir semaines jours"),
    "faq_serious": stems("serious dangerous worry ernstig gevaarlijk zorgen grave dangereux inquieter"),
    "faq_reimbursement": stems("cost price pay insurance refund kost prijs betalen terugbetaling mutualiteit prix "
                               "payer remboursement mutuelle coute"),
    "faq_sessions": stems("sessions how many sessies hoeveel beurten seances combien long"),
}


def first_of(ranking):
    return lambda text: choose_topics(ranking, text, EVIDENCE)


SLEEP = [  # each got rest or move on main
    ("how should i be lying overnight with a sore lower back?", ["faq_sleep"]),
    ("how am i supposed to be lying at night so it doesnt stiffen up?", ["faq_sleep"]),
    ("any advice for lying in bed when it's this sore?", ["faq_sleep"]),
    ("got any tips for lying in bed with a bad back?", ["faq_sleep"]),
    ("i just cant get comfortable in bed, any tips?", ["faq_sleep"]),
    ("how should i be sleeping at night with this?", ["faq_sleep"]),
    ("hoe geraak ik comfortabel in mijn bed met die rug?", ["faq_sleep"]),
    ("ik lig nooit comfortabel in bed, tips?", ["faq_sleep"]),
    ("heb je tips om 's nachts beter te liggen?", ["faq_sleep"]),
    ("ik geraak niet gemakkelijk in bed, wat kan ik doen?", ["faq_sleep"]),
    ("ik lig nooit lekker in bed, heb je tips?", ["faq_sleep"]),
    ("raad om comfortabel te liggen in bed?", ["faq_sleep"]),
    ("des astuces pour bien me coucher quand on a un lumbago ?", ["faq_sleep"]),
    ("comment être bien couché la nuit avec mal au dos ?", ["faq_sleep"]),
    ("je n'arrive pas à trouver une position dans mon lit, vous avez des conseils ?", ["faq_sleep"]),
    ("je trouve jamais de position au lit, une astuce ?", ["faq_sleep"]),
    ("je suis jamais bien installé au lit, que faire ?", ["faq_sleep"]),
    ("des conseils pour être confortable au lit ?", ["faq_sleep"]),
]
SLEEP_KEPT = [  # staying in bed or moving stays rest or move; sleep asked stays sleep
    ("should i stay in bed or keep moving?", ["faq_rest_or_move"]),
    ("is it better to lie down or to walk?", ["faq_rest_or_move"]),
    ("is it best to lie down in bed for a couple of days?", ["faq_rest_or_move"]),
    ("any tips for lying in bed all day without going stiff?", ["faq_rest_or_move"]),
    ("moet ik in bed blijven liggen of bewegen?", ["faq_rest_or_move"]),
    ("hoe lang moet ik in bed blijven?", ["faq_rest_or_move"]),
    ("je dois garder le lit ?", ["faq_rest_or_move"]),
    ("je peux aller marcher ou vaut mieux me reposer ?", ["faq_rest_or_move"]),
    ("which sleeping position is best?", ["faq_sleep"]),
    ("op welke zij kan ik het best slapen?", ["faq_sleep"]),
    ("comment me coucher la nuit pour moins souffrir ?", ["faq_sleep"]),
]
test_sleep_changed, test_sleep_kept = reading_round(first_of([("faq_rest_or_move", 0.8), ("faq_sleep", 0.15)]), SLEEP,
                                                    SLEEP_KEPT)

SCAN = [  # each got painkillers on main ("c'est inutile", "is zinloos" outside the painkiller's phrase)
    ("une irm pour le dos, c'est utile ou c'est inutile ?", ["faq_scan"]),
    ("faire une radio, ça sert ou c'est inutile ?", ["faq_scan"]),
    ("le scanner est inutile pour une lombalgie ?", ["faq_scan"]),
    ("une imagerie c'est inutile dans mon cas ?", ["faq_scan"]),
    ("heeft een scan zin of is dat zinloos?", ["faq_scan"]),
    ("een mri laten maken, is dat zinloos bij spit?", ["faq_scan"]),
    ("een scan die niks toont, of is dat nutteloos?", ["faq_scan"]),
    ("een rontgenfoto is waardeloos bij lage rugpijn, klopt dat?", ["faq_scan"]),
]
SCAN_KEPT = [  # a painkiller named as useless, what to take instead, stay painkillers; a scan asked stays a scan
    ("do i need an mri?", ["faq_scan"]),
    ("moet ik een scan laten maken?", ["faq_scan"]),
    ("il me faut une radio ?", ["faq_scan"]),
]
test_scan_changed, test_scan_kept = reading_round(first_of([("faq_scan", 0.6), ("faq_painkillers", 0.3)]), SCAN,
                                                  SCAN_KEPT)
PAINKILLER_KEPT = [
    ("le dafalgan c'est inutile, je prends quoi à la place ?", ["faq_painkillers"]),
    ("les antidouleurs ne font rien, c'est normal ?", ["faq_painkillers"]),
    ("dafalgan helpt niks, wat moet ik dan nemen?", ["faq_painkillers"]),
    ("de pijnstillers zijn zinloos, iets sterkers?", ["faq_painkillers"]),
    ("ibuprofen is useless, anything stronger than ibuprofen?", ["faq_painkillers"]),
]
RESTING_USELESS = [  # each got painkillers on main ("is zinloos", "c'est inutile" alone)
    ("is rusten zinloos?", ["faq_rest_or_move"]),
    ("is het zinloos om te wandelen?", ["faq_rest_or_move"]),
    ("marcher, c'est inutile ?", ["faq_rest_or_move"]),
    ("bouger c'est inutile quand on a mal ?", ["faq_rest_or_move"]),
]
RESTING_USELESS_KEPT = [
    ("est-ce que rester au lit c'est inutile ?", ["faq_rest_or_move"]),
]
test_resting_useless_changed, test_resting_useless_kept = reading_round(
    first_of([("faq_rest_or_move", 0.6), ("faq_painkillers", 0.3)]), RESTING_USELESS, RESTING_USELESS_KEPT)
_, test_painkiller_kept = reading_round(first_of([("faq_scan", 0.6), ("faq_painkillers", 0.3)]), [], PAINKILLER_KEPT)

HEALING = [  # each got no topic on main (the healing time unsure, without its words)
    ("when does it usually start to ease off?", ["faq_healing_time"]),
    ("at what point does it normally start improving?", ["faq_healing_time"]),
    ("when should the pain begin to settle down?", ["faq_healing_time"]),
    ("wanneer begint dat normaal wat te minderen?", ["faq_healing_time"]),
    ("wanneer zou de pijn stilaan moeten afnemen?", ["faq_healing_time"]),
    ("wanneer begint het doorgaans af te nemen?", ["faq_healing_time"]),
    ("ça commence à s'améliorer quand, en général ?", ["faq_healing_time"]),
    ("quand est-ce que ça va commencer à aller mieux ?", ["faq_healing_time"]),
    ("à partir de quand la douleur commence à diminuer ?", ["faq_healing_time"]),
    ("ça devrait se calmer quand normalement ?", ["faq_healing_time"]),
]
HEALING_KEPT = [  # how long it takes stays the healing time
    ("quand est-ce que le kiné va passer chez moi ?", []),
    ("how many weeks does it take to heal?", ["faq_healing_time"]),
    ("hoe lang duurt het voor ik genezen ben?", ["faq_healing_time"]),
    ("combien de temps pour guérir ?", ["faq_healing_time"]),
]
test_healing_changed, test_healing_kept = reading_round(
    first_of([("faq_healing_time", 0.55), ("faq_serious", 0.25)]), HEALING, HEALING_KEPT)
SERIOUS_KEPT = [  # whether it is serious stays serious
    ("is this serious?", ["faq_serious"]),
    ("is het ernstig?", ["faq_serious"]),
    ("c'est grave ?", ["faq_serious"]),
]
_, test_serious_kept = reading_round(first_of([("faq_serious", 0.6), ("faq_healing_time", 0.3)]), [], SERIOUS_KEPT)

REFUND = [  # each got no topic on main (sessions unsure, without its words)
    ("la mutualité intervient aussi pour le dos ?", ["faq_reimbursement"]),
    ("est-ce que ma mutuelle intervient encore si j'ai tout utilisé ?", ["faq_reimbursement"]),
    ("je dois tout payer moi-même cette fois ?", ["faq_reimbursement"]),
    ("l'intervention de la mutualité, ça marche comment ?", ["faq_reimbursement"]),
    ("ma mutuelle prend en charge combien de séances ?", ["faq_reimbursement"]),
    ("komt het ziekenfonds nog tussen als ik er al veel gehad heb?", ["faq_reimbursement"]),
    ("is er een tussenkomst van de mutualiteit?", ["faq_reimbursement"]),
    ("betaal ik dan alles zelf?", ["faq_reimbursement"]),
    ("moet ik het volledig uit eigen zak betalen?", ["faq_reimbursement"]),
    ("does my insurance still chip in after the first lot?", ["faq_reimbursement"]),
    ("will i have to pay the whole lot myself?", ["faq_reimbursement"]),
    ("does the health fund contribute anything towards it?", ["faq_reimbursement"]),
]
REFUND_KEPT = [  # a session's length and a count stay the sessions'; the mutual fund's refund stays the refund's
    ("how long does a session take?", ["faq_sessions"]),
    ("hoe lang duurt een sessie?", ["faq_sessions"]),
    ("combien de temps dure une séance ?", ["faq_sessions"]),
    ("combien de séances il faut en moyenne ?", ["faq_sessions"]),
    ("c'est remboursé par la mutuelle ?", ["faq_reimbursement"]),
    ("wordt dat terugbetaald door de mutualiteit?", ["faq_reimbursement"]),
]
test_refund_changed, test_refund_kept = reading_round(first_of([("faq_sessions", 0.45), ("faq_reimbursement", 0.35)]),
                                                      REFUND, REFUND_KEPT)
