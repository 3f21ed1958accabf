"""Session 32, round AV: a retention told in the answer to the bladder and bowel question ("ik plas niet meer", "I don't pee
anymore", "je ne fais plus pipi") was read as a NO (the "niet"/"not" read as a denial) or asked again; after a plain "no"
("nee, ik plas niet meer sinds ...") it was a false no. Wetting oneself told as "se faire dessus" / "het in de broek doen"
was asked again.

Changed (bot/reading/answers.py _parse_bool): for bladder_bowel the red-flag reader's bladder and bowel net
(find_red_flags) is read before the yes/no words: a sign it finds is True, or None (asked again) after a plain opening
"no"; never False. The red-flag packs' NET_BLADDER_TROUBLE (en "nothing comes out", fr "fais/urine plus", "rien ne sort",
"ca ne sort plus"), ALL_WELL (a "more often than usual" denied) and the fr and nl bladder rules ("se faire dessus", "het in
de broek doen") grow with it (see test_redflags_refresh32AV.py). Kept: "no more than normal", a pain no longer felt, a
plain normal answer, a child's or a laughing accident, signs already read."""

from datetime import date

from bot.reading.answers import parse_answer
from tests.support.reading_round import reading_round

TODAY = date(2026, 12, 1)


def read(text):
    return parse_answer("bladder_bowel", text, TODAY)


CHANGED = [
    # en
    ("I don't pee anymore", True),
    ("I'm not peeing anymore at all", True),
    ("no, I'm not peeing any more", None),
    ("I don't wee any more since last night", True),
    ("nothing comes out when I try to pee", True),
    ("nothing is coming when I go for a wee", True),
    # nl
    ("ik plas niet meer", True),
    ("ik plas eigenlijk niet meer sinds gisteravond", True),
    ("nee, ik plas niet meer sinds vanmorgen", None),
    ("ik plas al een dag niet meer", True),
    ("hij plast niet meer sinds gisteren", True),
    ("ik doe het in mijn broek", True),
    ("ik doe het in mijn broek zonder het te voelen", True),
    ("ze doet het in haar broek", True),
    ("hij doet het in zijn onderbroek zonder het te merken", True),
    ("sinds gisteren doe ik het in mijn broek", True),
    # fr
    ("je ne fais plus pipi", True),
    ("je n'urine plus", True),
    ("j'urine plus du tout depuis hier", True),
    ("je fais plus pipi depuis ce matin", True),
    ("non, je ne fais plus pipi", None),
    ("rien ne sort quand je veux faire pipi", True),
    ("quand j'essaie d'uriner rien ne vient", True),
    ("ça ne sort plus quand je vais faire pipi", True),
    ("il ne fait plus pipi depuis hier", True),
    ("elle n'urine plus depuis ce matin", True),
    ("je me fais dessus", True),
    ("je me fais dessus sans le sentir", True),
    ("elle se fait dessus", True),
    ("il se fait dessus la nuit sans se réveiller", True),
    ("depuis deux jours je me fais dessus", True),
]

KEPT = [
    # en
    ("I try to pee but nothing comes out", True),
    ("not a drop of pee since breakfast", True),
    ("I can't pee", True),
    ("I haven't peed since yesterday", True),
    ("he wet himself", True),
    ("I wet myself last night", True),
    ("she soiled herself", True),
    ("no, peeing is normal", False),
    ("no problems with my bladder", False),
    ("I pee more often than usual", None),
    # nl
    ("plassen doe ik niet meer, er komt niks", True),
    ("ik kan niet plassen", True),
    ("ik heb sinds gisteren niet meer geplast", True),
    ("ik plas niet meer dan normaal", False),
    ("nee, ik plas niet vaker dan anders", False),
    ("niet meer pijn bij het plassen", None),
    ("nee, plassen gaat normaal", False),
    ("nee, geen problemen met plassen", False),
    ("mijn zoontje doet het nog in zijn broek", None),
    ("ik deed het bijna in mijn broek van het lachen", None),
    ("ik doe het bijna in mijn broek van de schrik", None),
    ("ik doe het niet meer, sporten", None),
    # fr
    ("j'ai plus fait pipi depuis hier soir", True),
    ("je n'arrive pas à uriner", True),
    ("je n'ai pas fait pipi depuis hier soir", True),
    ("elle se fait pipi dessus", True),
    ("je ne fais pas plus pipi que d'habitude", None),
    ("je n'urine plus souvent qu'avant", None),
    ("ça me fait plus mal quand je fais pipi", None),
    ("je vais plus souvent faire pipi la nuit", None),
    ("non, le pipi c'est normal", False),
    ("pipi normal", False),
    ("non, pas de souci pour uriner", False),
    ("mon fils se fait encore dessus la nuit", None),
    ("j'ai failli me faire dessus de rire", None),
    ("j'ai failli me faire dessus de peur", None),
    ("je ne fais plus de sport", None),
]

test_changed, test_kept = reading_round(read, CHANGED, KEPT)
