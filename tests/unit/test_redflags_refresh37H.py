"""Session 37, round H (issue 12): leg weakness getting worse told as a steady loss of strength, without the word "worse".

"every week a bit less strength", "elke dag wat minder kracht", "je perds de la force petit a petit" were read as no
worsening: one leg with the loss told after a comma or with the strength word only ("less strength every week") gave no
flag, and both legs told "the same on both sides" in one sentence, the loss of strength in a later one, were read stable.
Changed: the packs' new STEADY_LOSS (en, nl, fr: strength or power that goes, told with a time of steady change, "less and
less strength", "moins de force de jour en jour", "van week tot week slapper", fr "chaque jour ... plus faible") is a
worsening course (added to WORSE_NOW, so the failing-leg net and a sentence opening on it read it); with a limb in the
sentence it is a worsening leg (bot/reading/redflags.py _SHARED_WORSENING, two patterns); and a both-legs reading left
stable is worsening when a steady loss is told anywhere in the message (_find, _STEADY_LOSS). The Dutch WORSE_NOW "elke
week wat meer" no longer takes "meer kracht" (strength that comes back is no worsening).

Kept: weak but not worse, weak the same as last week (en, nl, fr), strength that comes back ("every week a bit more
strength", "chaque semaine un peu plus de force"), pain that gets less each week (no weakness at all), a loss of strength
denied ("i'm not losing strength", "je ne perds pas de force"), someone else's leg, the readings that already caught a
steady loss ("weaker every day", "steeds minder kracht", "de moins en moins de force").
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

W = {"leg_weakness": "worsening"}
BW = {"both_legs": True, "leg_weakness": "worsening"}
BS = {"both_legs": True, "leg_weakness": "stable"}
CHANGED = [
    # en
    ("my right leg is weak, every week a little less strength", W),
    ("my left leg has less strength every week", W),
    ("i've got less power in my right leg every day", W),
    ("each week my foot has a bit less power", W),
    ("the left leg , every single week i notice a bit less strength", W),
    ("both legs weak, left same as right. i push on the armrests to stand. each week a little less strength", BW),
    ("both my legs are weak, the same on both sides. and it's less strength week after week", BW),
    ("my legs have both gone weak, both sides the same. bit by bit i'm losing strength", BW),
    ("my legs are weak, both exactly the same. less and less strength each week", BW),
    ("my left leg is not right. every day a bit less power in it", W),
    # nl (incl. Flemish)
    ("mijn rechterbeen is zwak, elke week wat minder kracht", W),
    ("elke dag een beetje minder kracht in mijn linkervoet", W),
    ("mijn been verliest stukje bij stukje kracht", W),
    ("mijn rechtervoet wordt van week tot week slapper", W),
    ("ik heb minder kracht in mijn been met de week", W),
    ("mijn twee benen zijn zwak, links en rechts hetzelfde. ik moet mij optrekken aan de trapleuning. elke week wat minder kracht", BW),
    ("allebei mijn benen zijn slap, aan beide kanten hetzelfde. iedere week is t een beetje minder kracht", BW),
    ("mijn beide benen zijn zwak, aan beide kanten hetzelfde. ik verlies stilaan kracht", BW),
    ("mijn benen zijn allebei slap, overal hetzelfde. mijn been verliest beetje bij beetje kracht", BW),
    ("mijn been is zwak, elke week wat meer kracht", {}),
    ("mijn voet was slap maar nu elke week wat meer kracht", {}),
    # fr
    ("je perds de la force petit à petit dans la jambe droite", W),
    ("je perds peu à peu la force de mon pied gauche", W),
    ("chaque jour mon genou gauche est un peu plus faible", W),
    ("ma jambe gauche est faible, chaque semaine un peu moins de force", W),
    ("ma jambe droite a moins de force chaque semaine", W),
    ("mes deux jambes sont faibles, pareil à gauche et à droite. je monte l'escalier en tirant sur la rampe. de jour en jour j'ai moins de force", BW),
    ("mes deux jambes sont faibles, c'est pareil des deux côtés. chaque semaine il y a un peu moins de force", BW),
    ("mes jambes sont faibles pareil des deux côtés. je perds ma force peu à peu", BW),
    ("mes jambes sont toutes les deux faibles, pareil des deux côtés. je perds de la force petit à petit", BW),
]
KEPT = [
    # weak, not worse / the same
    ("my leg is a bit weak but not getting worse", {}),
    ("both legs weak, the same as last week", BS),
    ("mijn been is wat zwak maar niet erger", {}),
    ("mijn beide benen zijn zwak, hetzelfde als vorige week", BS),
    ("ma jambe est un peu faible mais pas pire", {}),
    ("mes deux jambes sont faibles, pareil que la semaine passée", BS),
    # strength that comes back
    ("my leg was weak, every week a bit more strength now", {}),
    ("ma jambe est faible, chaque semaine un peu plus de force", {}),
    ("elke week wat meer kracht in mijn been", {}),
    # pain that gets less: no weakness at all
    ("the pain is a bit less every week", {}),
    ("the pain in my leg is a bit less every week", {}),
    ("de pijn in mijn been is elke week wat minder", {}),
    ("la douleur dans la jambe est un peu moins forte chaque semaine", {}),
    ("chaque jour la douleur est un peu plus faible", {}),
    # denied
    ("i'm not losing strength in my leg, it's the same", {}),
    ("je ne perds pas de force dans la jambe", {}),
    ("ik verlies geen kracht in mijn been", {}),
    # someone else's leg
    ("my dog's leg has less strength every week", {}),
    # already read
    ("my leg gets a little weaker every day", W),
    ("ik heb steeds minder kracht in mijn been", W),
    ("j'ai de moins en moins de force dans la jambe gauche", W),
    ("bit by bit i'm losing strength in my leg", W),
    ("both my legs are weak. each day it's a bit weaker", BW),
    ("mijn been wordt steeds zwakker", W),
    ("elke week wat zwakker in mijn been", W),
    ("both my legs are weak, equal on both sides. and it's less strength week after week", BW),
    ("mijn linkerbeen wordt van dag tot dag slapper", W),
    ("mijn beide benen zijn zwak, links en rechts gelijk. ik verlies stilaan kracht", BW),
    ("moins de force de semaine en semaine dans ma jambe", W),
    ("les deux jambes faibles, la même chose des deux côtés. chaque semaine il y a un peu moins de force", BW),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
