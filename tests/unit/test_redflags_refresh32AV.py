"""Session 32, round AV: a retention told with "plus" in French ("je ne fais plus pipi", "j'urine plus du tout", "rien ne
sort quand je veux faire pipi"), "nothing comes out" in English, and wetting oneself told as "se faire dessus" ("je me fais
dessus", "elle se fait dessus") or "het in de broek doen" ("ik doe het in mijn broek") were no red flag; "I don't pee more
often than usual", "ik plas niet vaker dan anders" were one (the net read the "not" or "anders" as trouble).

Changed: the packs' NET_BLADDER_TROUBLE (en "nothing comes out", "nothing coming", "not a drop"; fr "fais/urine/pisse plus"
not before "souvent", "que", "mal" ..., "... plus du tout / depuis", "ai plus fait pipi", "rien (ne) sort/vient/coule/passe",
"ca ne sort plus", "pas une goutte"), ALL_WELL (en, nl, fr: more often than usual denied), the fr bladder rule "me/se
fais/fait dessus" (not "de rire", "de peur") and the nl bladder rule "doe/doet/deed het in mijn/haar broek" (not "bijna",
"van het lachen", "van schrik"). Kept: a child's accident, an accident near-missed laughing, "not more than normal", a
frequency told (not denied), other "plus" phrasings, signs already read."""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

BB = {"bladder_bowel": True}

CHANGED = [
    # en
    ("nothing comes out when I try to pee", BB),
    ("nothing is coming when I go for a wee", BB),
    ("I don't pee more often than usual", {}),
    # nl
    ("ik doe het in mijn broek", BB),
    ("ik doe het in mijn broek zonder het te voelen", BB),
    ("ze doet het in haar broek", BB),
    ("hij doet het in zijn onderbroek zonder het te merken", BB),
    ("ik doe het soms in mijn broek voor ik op de wc ben", BB),
    ("nee, ik plas niet vaker dan anders", {}),
    # fr
    ("je ne fais plus pipi", BB),
    ("je n'urine plus", BB),
    ("j'urine plus du tout depuis hier", BB),
    ("je fais plus pipi depuis ce matin", BB),
    ("non, je ne fais plus pipi", BB),
    ("rien ne sort quand je veux faire pipi", BB),
    ("ça ne sort plus quand je vais faire pipi", BB),
    ("il ne fait plus pipi depuis hier", BB),
    ("elle n'urine plus depuis ce matin", BB),
    ("je me fais dessus", BB),
    ("je me fais dessus sans le sentir", BB),
    ("il se fait dessus la nuit sans se réveiller", BB),
    ("depuis deux jours je me fais dessus", BB),
]

KEPT = [
    # en
    ("I try to pee but nothing comes out", BB),
    ("I don't pee anymore", BB),
    ("I can't pee", BB),
    ("he wet himself", BB),
    ("I pee more often than usual", {}),
    ("no, peeing is normal", {}),
    # nl
    ("ik plas niet meer", BB),
    ("ik heb het in mijn broek gedaan", BB),
    ("ik plas vaker dan anders", BB),
    ("ik plas niet meer dan normaal", {}),
    ("niet meer pijn bij het plassen", {}),
    ("mijn zoontje doet het nog in zijn broek", {}),
    ("ik deed het bijna in mijn broek van het lachen", {}),
    ("ik doe het bijna in mijn broek van de schrik", {}),
    ("ik doe het niet meer, sporten", {}),
    # fr
    ("je n'arrive pas à uriner", BB),
    ("je me suis fait dessus", BB),
    ("je ne fais pas plus pipi que d'habitude", {}),
    ("je n'urine plus souvent qu'avant", {}),
    ("ça me fait plus mal quand je fais pipi", {}),
    ("je vais plus souvent faire pipi la nuit", {}),
    ("je fais pipi plus souvent que d'habitude", {}),
    ("mon fils se fait encore dessus la nuit", {}),
    ("j'ai failli me faire dessus de rire", {}),
    ("j'ai failli me faire dessus de peur", {}),
    ("je ne fais plus de sport", {}),
    ("pipi normal", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
