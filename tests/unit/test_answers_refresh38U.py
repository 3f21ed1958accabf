"""Session 38U, issue 12: an "I can't tell you" or a "neither of us knows" answer was read as a no (unsafe at a
red-flag question, where "not sure" counts as yes) or not read at all: another person's or everyone's not knowing
("nobody knows", "we weten het allebei niet", "on ne sait pas"), and a "can't say" with a word inside it or closing
its clause in a longer answer ("je peux vraiment pas vous le dire", "kan ik je eigenlijk niet zeggen hoor", "he can't
say and neither can I").

Changed: the packs' UNSURE_PHRASES (bot/lang/<code>/answers.py): en "nobody / no one / neither of us (adverb) knows /
can say", "(he) doesn't (adverb) know"; nl "weten / wete / weet (wij, hij, het) (zelf, ook, allebei, alle twee)
niet", "weten het geen van beiden", "niemand weet het", "weet niemand"; fr "(il) sait / savons (adverb) pas / rien",
"ne sait", "personne ne (le) sait / peut (vous le) dire", "ni X ni moi on (le) sait". New: the packs' CANT_SAY_CLAUSE
and CANT_SAY_THEN, read by the engine's _CANT_SAY_CLAUSE (bot/reading/answers.py parse_yes_no) on a lightly
folded text (the shared normaliser turns the English "can't say" into "not"): a "can't say / kan niet zeggen / peux
pas dire" with adverbs and objects inside ("je", "u", "vous le", "really", "eerlijk gezegd", "vraiment") closing its
clause (a comma, the end, the pack's tail words, or "and" / "maar" / "et" going on) is "unsure". en CANT_SAY_TAIL
"either".
At a red-flag question (extract_answers(text, "fever")) these now give True (the safe side), never False.
Kept: a "can't say" that frames a denial ("no, i can't say i have", "ik kan niet zeggen dat ik koorts heb", "je ne
peux pas dire que j'ai de la fièvre") and a yes with a "can't say how long" after it read as today; "not that I know
of", "niet dat ik weet" stay unsure; "I can't feel it" (a sign) and plain noes ("neither", "geen van beiden") stay.
"""
from bot.reading.answers import extract_answers, parse_yes_no
from tests.support.reading_round import reading_round


def read(text: str):
    """parse_yes_no, and the fever slot of a red-flag answer (unsure counts as yes there)."""
    return parse_yes_no(text), extract_answers(text, "fever").get("fever")


U = ("unsure", True)

CHANGED = [
    # en
    ("neither of us really knows", U),
    ("nobody knows to be honest", U),
    ("no one can really say", U),
    ("he can't say and neither can I", U),
    ("my wife doesn't know either", U),
    ("none of us knows", U),
    ("we can't really tell, nobody knows", U),
    ("couldn't say, he doesn't know either", U),
    ("neither one of us can tell you", U),
    ("he cant really say and i cant either", U),
    ("i can't honestly tell you, nor can he", U),
    ("nobody really knows tbh", U),
    # nl, Flemish
    ("ik kan het je niet zeggen", U),
    ("dat kan ik u eerlijk gezegd niet zeggen", U),
    ("we weten het allebei niet", U),
    ("we weten het alle twee niet", U),
    ("hij weet het zelf ook niet", U),
    ("niemand weet het eigenlijk", U),
    ("da kan 'k u nie zeggen", U),
    ("da wete we nie", U),
    ("kan ik je eigenlijk niet zeggen hoor", U),
    ("dat weet niemand", U),
    ("wij weten het geen van beiden echt", U),
    # fr
    ("personne ne le sait vraiment", U),
    ("on ne sait pas trop", U),
    ("il le sait pas lui-même", U),
    ("je peux vraiment pas vous le dire", U),
    ("je saurais franchement pas vous dire", U),
    ("ni ma femme ni moi on le sait", U),
    ("nous ne savons pas", U),
    ("on n'en sait rien", U),
    ("honnêtement je peux pas vous répondre", U),
    ("lui non plus il sait pas", U),
    ("personne peut vous le dire", U),
    ("elle en sait rien non plus", U),
]
KEPT = [
    # en
    ("no, i can't say i have", (False, False)),
    ("i can't say i've noticed", (False, False)),
    ("no, nobody in my family", (False, False)),
    ("not that I know of", U),
    ("yes, can't say how long though", U),
    ("yes i can tell", (True, True)),
    ("i can tell you it hurts", (None, None)),
    ("I can't feel it", (None, None)),
    ("no he doesn't", (False, False)),
    ("neither", (False, False)),
    ("no", (False, False)),
    ("can't say", U),
    ("I couldn't tell you", U),
    # nl
    ("nee, niet dat ik weet", U),
    ("ik kan niet zeggen dat ik koorts heb", (None, False)),
    ("ik kan echt niet zeggen dat ik koorts heb", (None, False)),
    ("ik kan het niet zeggen", U),
    ("geen van beiden", (False, False)),
    ("ja, hoelang kan ik niet zeggen", U),
    ("ik voel het niet", (False, False)),
    ("ik weet het wel", (None, None)),
    ("hij weet het wel", (None, None)),
    ("ik weet dat het niet zo is", (None, None)),
    ("nee", (False, False)),
    # fr
    ("je ne peux pas dire que j'ai de la fièvre", (None, True)),
    ("je peux vraiment pas dire que j'ai de la fièvre", (None, True)),
    ("non, pas que je sache", U),
    ("oui, mais je peux pas dire depuis quand", (True, True)),
    ("ni l'un ni l'autre", (None, None)),
    ("je sens rien", (None, None)),
    ("il sait que j'ai mal", (None, None)),
    ("non", (False, False)),
    ("je ne peux pas vous dire", U),
]

test_changed, test_kept = reading_round(read, CHANGED, KEPT)
