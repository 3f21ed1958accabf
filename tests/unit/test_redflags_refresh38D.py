"""Session 38, round D (issue 12): a leg giving way that gets worse, told by a non-native writer, read as no sign.

A knee or leg that "gives away" (for "gives way"), a worsening told with non-native comparatives ("more bad", "more worse",
"more weak", "every day more"), the Dutch "mijn knie geeft weg" and "meer slecht", the French "ça devient plus pire", "ma
jambe devient plus faible" and "mon genou plie tout seul" were missed: a failing leg lost.

Changed:
- en SPOKEN_PHRASES (bot/lang/en/redflags.py): "give/gives/gave/giving/given away" after a leg word (LEGWORD, no subject of
  its own between: "i", "we", "so", "and" ...) and not before an object ("my", "the", "all", "stuff" ...) is read as "... way";
  "more bad", "more worse" as "worse", "more weak(er)" as "weaker" (not after "no", "any", "and").
- en WORSE_NOW: "every day more", "day by day more", "every week worse", a bare "more and more" after a comma or the weak word.
- nl SPOKEN_PHRASES (bot/lang/nl/redflags.py): a knee or leg that "geeft ... weg" (or "weggeeft", "weggaf") is read as
  "begeeft het", never before an object ("ik geef mijn fiets weg"); "meer slecht" as "slechter", "meer erg" as "erger".
- fr SPOKEN_PHRASES (bot/lang/fr/redflags.py): "plus pire" as "pire"; WORSE_NOW: "ça devient pire", "c'est pire maintenant";
  WORSENING_PATTERNS: a leg that "devient plus faible / plus molle" and a knee that "plie tout seul / d'un coup"
  (with GIVES_WAY, so a stable course told still drops it).

Kept: "give away" of objects, a knee that gave way once long ago, a giving way told as stable since an old knee injury,
a weakness told as not worse, the pain getting worse (no weakness), "every day more pain", "ne ... plus" denials.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

W = {"leg_weakness": "worsening"}
CHANGED = [
    # en: "giving away" for "giving way"
    ("my left knee keeps giving away when i go down stairs", W),
    ("since two weeks my right leg is giving away, more often now", W),
    ("the knee give away on me in the supermarket, i must hold the trolley", W),
    ("my leg gave away two times this week, before never", W),
    ("my right knee it give away many times a day now", W),
    ("my knees are giving away sometimes, i am scared to fall", {"leg_weakness": "worsening", "both_legs": True}),
    ("lower back pain and my leg gives away since sunday", W),
    # en: non-native comparatives
    ("my left leg is more weak every day", W),
    ("my right leg gets more weak each week", W),
    ("my leg feels weak, more bad every day", W),
    ("my leg is weak and it get more bad", W),
    ("my right leg is weak, every day more", W),
    ("my leg is weak, it is more bad now", W),
    ("my foot is weak, every week more bad", W),
    # nl: "geeft weg", "meer slecht"
    ("mijn rechterknie geeft weg op de trap", W),
    ("mijn knie geeft soms weg, nu elke dag", W),
    ("mijn been gaf gisteren weg in de winkel, ik moest de muur vasthouden", W),
    ("sinds vorige week geeft mijn knie weg, eerst een keer, nu veel keer", W),
    ("ik ben bang want mijn knie geeft telkens weg", W),
    ("mijn been is zwak, het wordt meer slecht", W),
    ("mijn linkerknie gaf weg, ik weet niet waarom", W),
    ("mijn knie is zwak, wordt meer slecht elke dag", W),
    ("mijn knie geeft weg", W),
    # fr: "plus pire", "devient plus faible", "plie tout seul"
    ("ma jambe droite est faible et ça devient plus pire", W),
    ("ma jambe gauche est faible, c'est plus pire maintenant", W),
    ("ma jambe est faible et ça devient pire", W),
    ("ma jambe devient plus faible", W),
    ("mon genou devient plus faible, je dois tenir le mur", W),
    ("ma jambe droite devient plus molle", W),
    ("mon genou plie tout seul, d'abord une fois, maintenant tous les jours", W),
    ("mon genou droit plie d'un coup dans le magasin", W),
    ("ma jambe plie toute seule plusieurs fois par jour", W),
]
KEPT = [
    # the native wordings, already read
    ("my right knee keeps giving way, more often every day", W),
    ("my leg is getting weaker every day", W),
    ("mijn knie begeeft het steeds vaker", W),
    ("mijn knie zakt weg, eerst 1 keer, nu elke dag", W),
    ("mon genou lâche, d'abord une fois, maintenant plusieurs fois par jour", W),
    ("ma jambe est de plus en plus faible", W),
    # "give away" of objects
    ("i gave away my bike because of my back", {}),
    ("i'm giving away my old chair, it hurts my back", {}),
    ("my knee hurts so i am giving away my running shoes", {}),
    ("my leg is fine, we gave away the old sofa", {}),
    ("ik geef mijn fiets weg, mijn rug doet te veel pijn", {}),
    ("mijn knie doet pijn dus ik geef mijn skates weg", {}),
    # a knee that gave way once long ago, or stable since a knee injury
    ("my knee gives way now and then since my acl, same as always", {}),
    ("my knee gives away now and then since my acl surgery, same as always", {}),
    ("mijn knie begeeft het soms, al jaren hetzelfde sinds mijn kruisband", {}),
    ("mon genou lâche de temps en temps depuis mon ligament, toujours pareil", {}),
    # a weakness told as not worse (one leg: no worsening)
    ("my leg is a bit weak but not worse", {}),
    ("my leg is a bit weak but not more bad", {}),
    # the pain getting worse, not the leg
    ("my back pain is getting more bad every day", {}),
    ("every day more pain in my back", {}),
    ("the pain is more worse in the morning", {}),
    ("mijn rugpijn wordt meer slecht", {}),
    ("la douleur devient plus pire le soir", {}),
    ("j'ai mal au dos et ça devient pire", {}),
    # a denial with "plus"
    ("ma jambe n'est plus faible", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
