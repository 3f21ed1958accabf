"""Session 42, round B (issue 12): a missed step or a stumble, someone or something catching the person, the fall denied.

Trauma: "i missed the last step. my wife caught me, didn't fall", "ik ben misgestapt op de trap. mijn man ving me op, niet
gevallen", "j'ai glisse sur le carrelage. mais non je suis pas tombe" were read as a trauma onset. Changed: the packs' SLIP_ONLY
(en: a step or stair missed; nl: "misgestapt", "trede/tree gemist") so _slip_unstruck and _slip_unfallen_next read them; the en
NOT_A_FALL trip entry takes "so" before the denial ("... so i didn't go down"); the nl street denial takes "zodat", "dus",
"waardoor" and "niet viel"; the fr denials take "non" ("mais non je suis pas tombe").

Kept: a missed step with a fall or a landing told, a missed step alone in English (the safe side), a fall after a catch.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

T = {"onset": "trauma"}
CHANGED = [
    ("i missed the last step on the stairs, my son grabbed my arm so i didn't go down", {}),
    ("missed the bottom step at work, a colleague caught me so i never fell", {}),
    ("i missed the last step. my wife caught me, didn't fall", {}),
    ("i missed the bottom stair. i didn't fall, someone caught me", {}),
    ("i missed the last step of the escalator, a man grabbed me, didn't hit anything", {}),
    ("i stumbled on the stairs, my daughter caught me so i didn't fall", {}),
    ("ik ben gestruikeld op de trap, mijn man greep me vast zodat ik niet viel", {}),
    ("ik ben uitgegleden op de tegels, mijn dochter hield me recht dus ik ben niet gevallen", {}),
    ("ik ben misgestapt op de trap. mijn man ving me op, niet gevallen", {}),
    ("'k heb een tree gemist op de roltrap. nen meneer heeft mij vastgepakt, 'k ben nie gevallen", {}),
    ("ik heb de onderste trede gemist. mijn buurvrouw ving me op, ik ben niet gevallen hoor", {}),
    ("j'ai glissé sur le carrelage, mais non je suis pas tombée", {}),
    ("j'ai glissé sur le carrelage de la cuisine. non non je suis pas tombée", {}),
    ("j'ai glissé sur le carrelage mouillé. mais non j'ai pas chuté", {}),
    ("j'ai glissé sur le verglas devant chez moi, un passant m'a rattrapé. mais non je suis pas tombé", {}),
]
KEPT = [
    ("i missed the last step", T),
    ("i missed the last step and landed on my bum", T),
    ("i missed the bottom step. landed flat on my back", T),
    ("i missed the last step, my wife caught me but i still fell", T),
    ("ik miste de laatste trede en viel op mijn rug", T),
    ("ik miste de laatste trede en kwam hard op mijn rug terecht", T),
    ("ik ben misgestapt en gevallen", T),
    ("ik ben gestruikeld en op mijn rug gevallen", T),
    ("j'ai raté la dernière marche et je suis tombé sur les fesses", T),
    ("j'ai glissé sur le carrelage. mais je suis tombé sur le dos", T),
    ("j'ai glissé sur le carrelage. non je suis tombé", T),
    ("j'ai raté une marche et je suis tombé", T),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
