"""Session 39N (issue 16): questions typed in Flemish or colloquial Dutch (and their English and French kin) given no
topic, from the blind FAQ split, fixed as kinds in en, nl and fr (our own phrasings, none a set text).

- Lasting or permanent damage feared ("could this leave me with permanent damage?", "hou ik daar blijvende schade aan
  over?", "ça peut laisser des séquelles ?") is how serious it is (SERIOUS_ASKED widened): an unsure classifier's other
  topic without its words gave none. Damage feared from an activity named ("if i keep running", "als ik blijf
  voetballen", "si je continue") stays that activity's.
- What one pays oneself per session, the share left after the insurance ("how much comes out of my own pocket each
  time?", "hoeveel moet ik na de terugbetaling nog zelf opleggen?", "wat is het remgeld?", "combien il me reste à charge ?") is the
  refund's (COST_ASKED widened, with INSURANCE_ASKED).
- Going on as usual set against sparing or protecting the back ("can i just get on as usual or should i spare my
  back?", "kan ik thuis gewoon mijn gang gaan of is het beter mijn rug te sparen?", "je fais ma vie normalement ou je ménage mon
  dos ?") is rest or move (BED_REST_ASKED widened).
- Better by a holiday ("will it be sorted by christmas?", "is dat tegen nieuwjaar over?", "ça ira mieux pour noël ?") is
  the healing time (HEALING_BY_ASKED widened); a holiday told as when it began, or a trip then, stays the question asked.
Left to the model (Flemish NLU examples for every topic in data/nlu/faq.yml, the lead retrains): the Flemish function
words ("da", "ge", "mijne", "efkes", "wa", "nie") are known already; what was missing were Flemish wordings per topic.
Kept: each topic's plain question, the sport asked with damage feared, rest set against a sport.
Like the other topic rounds the gate is called without a model: EVIDENCE stands for what training learns, a ranking for
the classifier's."""
from bot.reading.faq import choose_topics, stems
from tests.support.reading_round import reading_round

EVIDENCE = {
    "faq_serious": stems("serious dangerous worry ernstig gevaarlijk zorgen grave dangereux inquieter"),
    "faq_reimbursement": stems("cost price pay insurance refund kost prijs betalen terugbetaling mutualiteit prix "
                               "payer remboursement mutuelle coute"),
    "faq_rest_or_move": stems("rest bed move active walk lying flat rusten bed bewegen actief wandelen repos lit bouger "
                              "actif marcher"),
    "faq_healing_time": stems("long heal take weeks days better duurt lang genezen beter weken dagen combien temps "
                              "guerir semaines jours"),
    "faq_sport": stems("sport gym football running sporten voetbal lopen courir foot"),
    "faq_sessions": stems("sessions how many sessies hoeveel beurten seances combien"),
    "faq_surgery": stems("operation surgery surgeon operatie opereren chirurg operer chirurgie"),
    "faq_recurrence": stems("again back recur terug opnieuw herval revenir recidive"),
    "faq_driving": stems("drive driving car rijden auto conduire voiture"),
    "faq_work": stems("work job office werk werken job travail travailler boulot"),
}


def first_of(ranking):
    return lambda text: choose_topics(ranking, text, EVIDENCE)


LASTING = [  # each got no topic on main (surgery unsure, without its words)
    ("could this leave me with permanent damage to my spine?", ["faq_serious"]),
    ("will i end up with lasting damage to my back from this?", ["faq_serious"]),
    ("is there any risk of irreversible damage with a bad back?", ["faq_serious"]),
    ("can an ordinary backache do permanent harm?", ["faq_serious"]),
    ("hou ik daar blijvende schade aan over?", ["faq_serious"]),
    ("kan da permanente schade geven aan mijne rug?", ["faq_serious"]),
    ("is er kans op blijvend letsel aan mijn wervels?", ["faq_serious"]),
    ("kan mijn rug hier onherstelbaar beschadigd door raken?", ["faq_serious"]),
    ("est-ce que ça peut laisser des séquelles au dos ?", ["faq_serious"]),
    ("je risque des dégâts permanents à la colonne ?", ["faq_serious"]),
    ("il peut y avoir des lésions irréversibles avec un lumbago ?", ["faq_serious"]),
    ("un mal de dos ça laisse des séquelles à vie ?", ["faq_serious"]),
]
LASTING_KEPT = [  # damage feared from a sport named stays sport; the plain question stays serious
    ("can i do permanent damage if i keep running?", ["faq_sport"]),
    ("kan ik blijvende schade oplopen als ik blijf voetballen?", ["faq_sport"]),
    ("je risque des séquelles si je continue à courir ?", ["faq_sport"]),
]
test_lasting_changed, _ = reading_round(
    first_of([("faq_surgery", 0.35), ("faq_healing_time", 0.2)]), LASTING, [])
_, test_lasting_sport_kept = reading_round(first_of([("faq_sport", 0.8), ("faq_serious", 0.1)]), [], LASTING_KEPT)
SERIOUS_KEPT = [
    ("is this serious?", ["faq_serious"]),
    ("is da erg, denkt ge?", ["faq_serious"]),
    ("c'est quelque chose de grave, à votre avis ?", ["faq_serious"]),
]
_, test_serious_kept = reading_round(first_of([("faq_serious", 0.85), ("faq_surgery", 0.1)]), [], SERIOUS_KEPT)

OWN_SHARE = [  # each got no topic on main (sessions unsure, without its words)
    ("how much comes out of my own pocket each time?", ["faq_reimbursement"]),
    ("what's the co-pay every time i come in?", ["faq_reimbursement"]),
    ("what am i left paying myself after the health fund?", ["faq_reimbursement"]),
    ("hoeveel geld moet ik zelf bijbetalen voor ne sessie?", ["faq_reimbursement"]),
    ("wat is het remgeld per beurt ongeveer?", ["faq_reimbursement"]),
    ("hoeveel leg ik zelf op, na de terugbetaling?", ["faq_reimbursement"]),
    ("wat blijft er voor mijn eigen rekening?", ["faq_reimbursement"]),
    ("combien il me reste à charge à chaque fois ?", ["faq_reimbursement"]),
    ("je dois sortir combien de ma poche par rendez-vous ?", ["faq_reimbursement"]),
    ("ça me coûte combien de ma poche après la mutuelle ?", ["faq_reimbursement"]),
]
OWN_SHARE_KEPT = [  # the count of sessions and doing something oneself stay theirs
    ("how many appointments is this likely to take?", ["faq_sessions"]),
    ("hoeveel behandelingen ga ik ongeveer moeten volgen?", ["faq_sessions"]),
    ("il me faudra combien de rendez-vous à peu près ?", ["faq_sessions"]),
]
test_own_share_changed, test_own_share_kept = reading_round(
    first_of([("faq_sessions", 0.4), ("faq_surgery", 0.2)]), OWN_SHARE, OWN_SHARE_KEPT)

CARRY_ON = [  # each got no topic on main (work unsure, without its words)
    ("can i just get on with my day as usual or do i need to spare my back?", ["faq_rest_or_move"]),
    ("should i carry on like normal or go easy on the back for a bit?", ["faq_rest_or_move"]),
    ("is it fine to live normally or should i protect my back till it settles?", ["faq_rest_or_move"]),
    ("mag ik gewoon alles blijven doen of moet ik mijn rug ontzien?", ["faq_rest_or_move"]),
    ("kan ik normaal verder leven of beter mijn rug wat sparen?", ["faq_rest_or_move"]),
    ("gewoon doorgaan zoals altijd of mijn rug een tijdje ontzien?", ["faq_rest_or_move"]),
    ("je peux faire ma vie normalement ou je dois ménager mon dos ?", ["faq_rest_or_move"]),
    ("je continue comme d'habitude ou je dois épargner mon dos ?", ["faq_rest_or_move"]),
    ("vaut mieux ménager mon dos ou continuer mes activités ?", ["faq_rest_or_move"]),
]
CARRY_ON_KEPT = [  # rest set against a sport named stays sport; moving against resting stays rest or move
    ("mag ik blijven joggen of beter even rust nemen?", ["faq_sport"]),
    ("beter rusten of wandelen?", ["faq_rest_or_move"]),
    ("je peux aller marcher ou vaut mieux me reposer ?", ["faq_rest_or_move"]),
    ("fine to go for a stroll or better to rest up?", ["faq_rest_or_move"]),
]
test_carry_on_changed, test_carry_on_kept = reading_round(
    first_of([("faq_work", 0.4), ("faq_sport", 0.2)]), CARRY_ON, CARRY_ON_KEPT)

BY_HOLIDAY = [  # each got no topic on main (recurrence unsure, without its words)
    ("reckon it'll be sorted by christmas?", ["faq_healing_time"]),
    ("will my back be ok again by easter?", ["faq_healing_time"]),
    ("any chance this is gone before new year?", ["faq_healing_time"]),
    ("zal het tegen nieuwjaar over zijn?", ["faq_healing_time"]),
    ("is mijn rug tegen pasen terug in orde, denkt ge?", ["faq_healing_time"]),
    ("ben ik er voor kerstmis vanaf?", ["faq_healing_time"]),
    ("ça ira mieux pour noël ?", ["faq_healing_time"]),
    ("je serai remis avant le nouvel an ?", ["faq_healing_time"]),
    ("mon dos sera rétabli pour pâques ?", ["faq_healing_time"]),
]
test_by_holiday_changed, _ = reading_round(first_of([("faq_recurrence", 0.35), ("faq_surgery", 0.2)]), BY_HOLIDAY, [])
HOLIDAY_KEPT = [  # a holiday told as when it began, or a drive then, stays the question asked
    ("i hurt it at christmas, is that serious?", ["faq_serious"]),
    ("ik heb het sinds kerstmis, is dat ernstig?", ["faq_serious"]),
    ("depuis noël j'ai mal, c'est grave ?", ["faq_serious"]),
]
_, test_holiday_serious_kept = reading_round(first_of([("faq_serious", 0.8), ("faq_healing_time", 0.1)]), [], HOLIDAY_KEPT)
DRIVE_KEPT = [
    ("can i drive to my parents at christmas?", ["faq_driving"]),
    ("mag ik met kerstmis met de auto naar mijn ouders rijden?", ["faq_driving"]),
    ("je peux conduire jusque chez mes parents à noël ?", ["faq_driving"]),
]
_, test_holiday_drive_kept = reading_round(first_of([("faq_driving", 0.8), ("faq_healing_time", 0.1)]), [], DRIVE_KEPT)

OPERATION_KEPT = [  # damage feared from an operation stays surgery's
    ("can the operation leave permanent damage?", ["faq_surgery"]),
    ("kan ne operatie blijvende schade geven?", ["faq_surgery"]),
    ("l'opération peut laisser des séquelles ?", ["faq_surgery"]),
]
_, test_operation_kept = reading_round(first_of([("faq_surgery", 0.8), ("faq_serious", 0.1)]), [], OPERATION_KEPT)
WORK_KEPT = [  # one's work named with going on as usual stays work
    ("can i carry on at work as normal or should i spare my back?", ["faq_work"]),
    ("mag ik op mijn werk gewoon doorgaan of moet ik mijn rug sparen?", ["faq_work"]),
    ("je continue le boulot normalement ou je ménage mon dos ?", ["faq_work"]),
]
_, test_work_kept = reading_round(first_of([("faq_work", 0.8), ("faq_rest_or_move", 0.1)]), [], WORK_KEPT)
OWN_EXERCISE_KEPT = [  # exercises done oneself are no share paid
    ("hoeveel oefeningen moet ik zelf op een dag doen?", ["faq_rest_or_move"]),
]
_, test_own_exercise_kept = reading_round(first_of([("faq_rest_or_move", 0.9), ("faq_reimbursement", 0.05)]), [],
                                          OWN_EXERCISE_KEPT)
