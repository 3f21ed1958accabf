"""Session 34, round Y (issue 12, safety): one leg or foot told becoming powerless, its strength lost or none left, read as
nothing.

One leg (or foot) going powerless, strengthless, weak or limp ("is going", "getting", "has become", "wordt", "raakt", "is ...
geworden", "devient", "est devenue"), its strength told lost ("has lost its strength", "heeft zijn kracht verloren", "a perdu sa
force") or none left any more ("no power left in my leg", "geen kracht meer in mijn been", "ma jambe n'a plus de force") gave {}:
only the comparative ("weaker", "zwakker") or "losing strength" told the course. A strength that goes is a new weakness:
leg_weakness "worsening".
Changed: the packs' WORSENING_PATTERNS (en, nl, fr: beside the "losing strength" entries) read the limb becoming powerless, the
strength lost, none left; the French pack's SPOKEN_PHRASES no longer rewrites "a plus de force" / "plus aucune force" to "pas de
force" (a state), so "plus" (no more) is read there ("plus de force ... que" stays a comparison). The en pack's GENERAL_SUBJECT
(session 34S's "need a and e") also reads the segment cut at the "and" of "a and e" ("does a leg going weak ... need a"), so
that general question, now matched as a sign, is still dropped with the person's own legs told fine (34S KEPT).

Kept: one leg told as a state alone ("my leg is weak", "mijn been is krachteloos", "ma jambe est sans force": no course told, the
check asks); the weakness told unchanged for months, not worse; an arm; powerless against the pain; weak from the flu; a
relative's leg; a general question; the becoming denied; another feeling (heavy, cold, stiff); strength coming back; "plus de
force" as a comparison.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

W = {"leg_weakness": "worsening"}

CHANGED = [
    # en
    ("my right leg is going powerless, should i worry?", W),
    ("since this morning my left foot is getting powerless", W),
    ("my left leg has become completely powerless overnight", W),
    ("the right foot has gone weak since the weekend", W),
    ("my leg is going weak when i walk to the shop", W),
    ("my leg is slowly getting limp, sciatica for 2 weeks", W),
    ("my left leg has lost all its strength since tuesday", W),
    ("i have lost the strength in my right leg", W),
    ("there is no power left in my left foot", W),
    ("no strength left at all in my right leg, back pain since friday", W),
    ("my leg has no strength anymore", W),
    ("my right foot doesnt have any power left", W),
    ("my left leg has no more strength", W),
    # nl
    ("mijn linkerbeen wordt krachteloos, moet ik bellen?", W),
    ("sinds gisteren raakt mijn rechtervoet krachteloos", W),
    ("mijn voet wordt helemaal slap als ik loop", W),
    ("mijn rechterbeen is sinds zondag slap geworden", W),
    ("mijn been is krachteloos aan het worden", W),
    ("vanochtend werd mijn linkervoet ineens zwak", W),
    ("er zit geen kracht meer in mijn linkervoet", W),
    ("ik heb geen kracht meer in mijn rechterbeen sinds de hernia", W),
    ("mijn been heeft geen kracht meer", W),
    ("mijn linkerbeen heeft zijn kracht verloren", W),
    ("de kracht in mijn rechtervoet is helemaal weg", W),
    # fr
    ("ma jambe droite devient sans force, je dois m'inquiéter ?", W),
    ("depuis hier mon pied gauche devient tout mou", W),
    ("ma jambe gauche est devenue faible cette semaine", W),
    ("mon pied est devenu sans force en deux jours", W),
    ("je n'ai plus de force dans ma jambe droite", W),
    ("j'ai plus aucune force dans le pied gauche", W),
    ("ma jambe n'a plus de force depuis dimanche", W),
    ("mon pied droit a plus de force du tout", W),
    ("ma jambe gauche a perdu toute sa force", W),
    ("plus aucune force dans la jambe depuis ce matin", W),
]

KEPT = [
    # already read right on main
    ("mijn been verliest kracht", W),
    ("my leg keeps losing strength", W),
    ("ma jambe perd sa force", W),
    ("mijn linkerbeen wordt steeds krachtelozer", W),
    ("ma jambe s'affaiblit", W),
    ("my leg is getting weaker", W),
    ("mijn benen worden krachteloos", {"both_legs": True, "leg_weakness": "worsening"}),
    ("mes deux jambes n'ont plus de force", {"both_legs": True, "leg_weakness": "worsening"}),
    # a state alone: no course told (the check asks)
    ("my leg is weak", {}),
    ("mijn been is krachteloos", {}),
    ("ma jambe est sans force", {}),
    ("je n'ai pas de force dans la jambe", {}),
    # unchanged, not worse
    ("mijn been is al maanden even krachteloos, niet erger", {}),
    ("my foot has gone weak, its been the same for 3 months, not getting worse", {}),
    ("mijn been is slap geworden maar het is al maanden hetzelfde, niet erger", {}),
    ("ma jambe est devenue faible mais ça ne s'aggrave pas depuis des mois", {}),
    # an arm, the pain, the whole body
    ("my arm feels powerless", {}),
    ("my arm has lost its strength", {}),
    ("mijn arm wordt krachteloos", {}),
    ("mon bras devient sans force", {}),
    ("je n'ai plus de force dans les bras", {}),
    ("i feel powerless against the pain", {}),
    ("ik sta machteloos tegen de pijn", {}),
    ("je me sens impuissant face à la douleur", {}),
    ("je suis sans force avec la grippe", {}),
    # a relative's leg
    ("mijn vader zijn been wordt krachteloos", {}),
    ("my dads leg is going weak", {}),
    ("my dad has lost the strength in his leg", {}),
    ("la jambe de ma mère devient sans force", {}),
    ("mon père n'a plus de force dans sa jambe", {}),
    # a question in general
    ("kan een been krachteloos worden door rugpijn?", {}),
    ("can a leg go powerless from back pain?", {}),
    ("une jambe peut devenir sans force avec une sciatique ?", {}),
    ("does a foot going limp mean nerve damage? mine are fine", {}),
    # denied
    ("my leg hasnt lost its strength", {}),
    ("my leg isnt going weak", {}),
    ("mijn been wordt niet krachteloos", {}),
    ("ma jambe ne devient pas faible", {}),
    ("my leg was going weak last year but it recovered fully", {}),
    # another feeling, strength back, a comparison
    ("mijn voet wordt koud", {}),
    ("ma jambe devient raide", {}),
    ("my leg got its strength back", {}),
    ("mijn been heeft zijn kracht terug", {}),
    ("j'ai plus de force dans la jambe qu'avant grâce à la kiné", {}),
    ("ma jambe droite a plus de force que la gauche", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
