"""Session 34, round AA (the lead, issue 12): a weak leg asked about in general after an "if", the person's own weakness denied
by name, read as the person's worsening weakness (one blind message regressed with round 34Y's "becomes weak").

"Question only: if the leg becomes weak, is it an emergency? I have no weakness ..." read leg_weakness "worsening" after round
34Y taught "becomes weak": the "if" opened no general question (only "if you/one/someone" did), and "i have no weakness" / "ik
heb zelf geen zwakte" / "je n'ai aucune faiblesse" did not count as the person's own legs told fine.
Changed: the packs' GENERAL_SUBJECT read "if/als/si" + "the/a leg or foot" ("het/een been", "la/une jambe") as a question of
anyone's (the sign is then dropped only with the person's own told fine, as before); the new WEAKNESS_DENIED tables (en, nl,
fr) and walking told normal (en LEGS_FINE) count as the person's own legs told fine (redflags._legs_told_fine).

Kept: "if MY leg gets weaker" (own); the general question with no denial (the sign stays: the safe side); a denial with a
"but" and a worsening after it; the arms' weakness denied beside a leg getting weaker.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

W = {"leg_weakness": "worsening"}

CHANGED = [
    # en
    ("if the foot starts dragging, is that serious? i have no weakness myself", {}),
    ("if a leg goes weak is that serious? my legs work fine", {}),
    ("if the leg becomes weak, should i go to a and e? no weakness here", {}),
    ("if a leg becomes weak with sciatica, is it urgent? i walk and take the stairs normally", {}),
    # nl
    ("als het been zwakker wordt, is dat een noodgeval? ik heb zelf geen zwakte", {}),
    ("als de voet gaat slepen, is dat erg? ik heb geen enkele zwakte", {}),
    ("wat als een been slapper wordt, is dat dringend? zelf geen krachtverlies, ik heb geen zwakte", {}),
    # fr
    ("si la jambe devient faible, c'est une urgence ? moi je n'ai aucune faiblesse", {}),
    ("si une jambe devient sans force, il faut aller aux urgences ? pas de faiblesse chez moi", {}),
    ("si le pied devient faible, c'est grave ? je n'ai pas de faiblesse", {}),
    ("question : si une jambe devient molle, c'est urgent ? je n'ai aucune faiblesse dans les jambes", {}),
]

KEPT = [
    ("if my leg gets weaker, is that an emergency?", W),
    ("if the leg becomes weak, is it an emergency?", W),
    ("si la jambe devient faible, c'est une urgence ?", W),
    ("i have no weakness but my left foot is dragging more every day", W),
    ("if the leg becomes weak is that an emergency? mine is getting weaker every day", W),
    ("my leg is getting weaker. i have no weakness in my arms", W),
    ("ik heb geen zwakte in mijn armen maar mijn been wordt steeds zwakker", W),
    ("je n'ai aucune faiblesse dans les bras mais ma jambe devient de plus en plus faible", W),
    ("als mijn been zwakker wordt, is dat een noodgeval?", W),
    ("if the leg becomes weak, is it an emergency? i walk normally but my foot drags more every day", W),
    # already read right before (a general question opening on "you"/"je" or none at all)
    ("just asking: if a leg goes weak, is it an emergency? i dont have any weakness, i walk normally", {}),
    ("als een been krachteloos wordt, moet je dan naar spoed? geen zwakte bij mij", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
