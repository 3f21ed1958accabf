"""Session 43, W (issue 12): a foot that no longer lifts, or legs that sink away under the person, told by what is
noticed rather than by "weak", with a worsening told plainly ("i trip over nothing now and its worse every day",
"ik struikel over niks", "je bute sur rien", "haar benen zakken onder haar weg als ze opstaat").

The whole-message worsening net read a failing foot only when a limb was named next to the sign, so a foot drop told by
its effects alone (the tip of the footwear that drags or catches on the steps, a trip over nothing, the knee yanked up on
the stairs) was missed, and so was a foot "tout mou"; the Dutch legs sinking away "onder haar weg" (the relative's pronoun,
read as "mijn") were read as one weak leg, not both. Changed: FOOT_SIGN_ALONE in the en, nl and fr packs (trip or stumble
over nothing, the tip of the footwear that catches), FAILING_LIMB in en (the knee hiked up) and fr ("mou"), and WEAK in nl
("zakken onder mijn/haar weg").
Kept: a foot drop told with its limb (read before), one leg weak and told stable, leg pain alone, a trip over a real
obstacle, a foot asleep after sitting cross-legged, the back pain (not the leg) that gets worse, a trip over nothing told
without a worsening.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

W = {"leg_weakness": "worsening"}
WB = {"leg_weakness": "worsening", "both_legs": True}
CHANGED = [
    ("the tip of my trainer keeps dragging on the stairs, worse every day", W),
    ("the toe of my left shoe catches on every step now, getting worse", W),
    ("i trip over nothing these days and it's getting worse", W),
    ("the end of my left sneaker snags on the carpet, worse every day", W),
    ("i have to hike my knee right up to climb the stairs and its getting worse", W),
    ("need to yank my knee up high on the steps now, worse each day", W),
    ("ik struikel over niks en het wordt alsmaar erger", W),
    ("sinds vorige week struikel ik over niets, het wordt steeds erger", W),
    ("ik haak steeds met de neus van mijn schoen achter de traptreden, het wordt erger", W),
    ("ik blijf met de punt van mijn schoen achter de stoep hangen en het wordt erger", W),
    ("de punt van mijn sneaker sleept over de grond, elke dag erger", W),
    ("ik stuur dit voor mijn schoonvader, hij kan zelf niet typen. zijn benen zakken onder hem weg als hij van de wc opstaat, "
     "sinds maandag alsmaar erger", WB),
    ("je trébuche sur rien et c'est de pire en pire", W),
    ("je trébuche pour un rien, ça empire", W),
    ("je bute sur rien depuis lundi et ça empire", W),
    ("le bout de ma basket accroche les marches, de plus en plus", W),
    ("la pointe de ma chaussure racle chaque marche, pire chaque jour", W),
    ("mon pied est tout mou, bien pire qu'hier", W),
]
KEPT = [
    # the sign told with its limb, read before
    ("my foot wont come up properly when i walk and its got way worse since the weekend", W),
    ("her legs crumple under her when she stands up from the chair and it's worse each day", WB),
    ("i keep stumbling on thin air, much worse than last week", W),
    # near misses
    ("my left leg is a bit weak but not worse", {}),
    ("i tripped over the dog's lead in the hall, my back hurts more now", {"onset": "trauma"}),
    ("my right leg aches down to the knee", {}),
    ("my foot went to sleep after sitting cross legged, fine now", {}),
    ("the back pain is getting worse every day", {}),
    ("i tripped over nothing yesterday, silly me", {}),
    ("mijn voet gaat niet meer goed omhoog, het wordt elke dag erger", W),
    ("mijn been is wat zwak maar niet erger", {}),
    ("ik struikelde over een drempel, verder niks", {}),
    ("mijn rugpijn wordt elke dag erger", {}),
    ("mijn voet sliep na het kleermakerszit, nu weer goed", {}),
    ("mon pied ne se relève plus bien, ça s'aggrave de jour en jour", W),
    ("ses jambes se dérobent sous elle quand elle se lève du fauteuil, c'est pire chaque jour", WB),
    ("ma jambe est un peu faible mais pas pire", {}),
    ("j'ai mal au dos et ça empire chaque jour", {}),
    ("le bout de ma chaussure est usé", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
