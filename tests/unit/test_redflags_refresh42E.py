"""Session 42, round E (issue 12): French SMS forms before a sign.

The pronoun glued to its verb or spelt by its sound ("g" for "j'ai", "jpeu", "jsai", "jariv") and "pa" for "pas" hid the sign
after them: "g pa su faire pipi" read nothing where "j'ai pas su faire pipi" reads the bladder.
Changed: bot/lang/fr/redflags.py STREET ("jpe", "jpeu" = je peux, "jsai" = je sais, "jariv", "jarive" = j'arrive) and the new
STREET_PHRASES, the forms read only in their context: "g" is "j ai" before what "j'ai" is followed by (a negation, an article,
a participle), never after a number or "le", "point"; "pa" is "pas" after a verb ("je peux pa"), never the Dutch "mijn pa".
bot/reading/redflags.py applies the packs' STREET_PHRASES right after STREET (en, nl: none yet). The Dutch ("k kan ni plassen",
"'k voel niks") and English chat forms ("cnt pee", "cant wee") were already read.

Kept: the sign told plainly, a normal wee told in SMS ("g fait pipi normal"), "g" as grams or a letter, a Dutch "pa" (father),
a negated fever in SMS ("g pa de fievre").
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

B = {"bladder_bowel": True}
S = {"saddle_numbness": True}
CHANGED = [
    ("g pas su faire pipi depuis hier soir", B),
    ("g pa su aller a selle depuis 3 jours et j ai mal au dos", B),
    ("jpeu pa faire pipi depuis ce matin", B),
    ("jsai pa pisser, ca sort pas", B),
    ("jariv pa a uriner depuis cette nuit", B),
    ("jsens pa mes fesses quand je m assois", S),
]
KEPT = [
    ("j'ai pas su faire pipi depuis hier soir", B),
    ("je sens plus mes fesses", S),
    ("g fait pipi normal", {}),
    ("g pa de fievre", {}),
    ("j'ai perdu 500 g en un mois", {}),
    ("a, b, c, g", {}),
    ("mijn pa heeft kanker gehad", {}),
    ("k kan ni plassen sinds gisteren", B),
    ("'k voel niks tussen mijn benen", S),
    ("ik kan niet plassen", B),
    ("mijn pa kan niet plassen", {}),
    ("cnt pee since this morning", B),
    ("cant wee at all", B),
    ("i can't pee", B),
    ("i went for a wee, all normal", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
