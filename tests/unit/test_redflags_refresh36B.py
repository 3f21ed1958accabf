"""Session 36, round B (issue 12): Limburgs (Limburg dialect) words hid a red flag the Dutch pack reads in standard Dutch.

Changed (bot/lang/nl/redflags.py, the session 36B block at the end): the STREET table reads "vaan" = van, "pien" = pijn,
"tösse"/"tossen" = tussen, "mienen"/"miene" = mijn, "zienen" = zijn, "slaope"/"slaopt" = slapen/slaapt (before the typo
reader turned them into "gosse", "mienne", "slappe": "mien bein slaope" was read as weak legs, not as numb ones). Words that are
another word elsewhere are read in SPOKEN_PHRASES only where they must be Limburgs: "zien" before a body part = zijn (the verb
"zien" stays), "zie" after "op mijn" = zij (the flank; "ik zie" stays), "rogge" after a possessive = rug, "ouch" after a person
or before "niks" = ook (English "ouch" stays), "mer" before a Dutch word = maar (the French "mer" stays), "good" after
"niet"/"meer" = goed (English "good" stays), "teen" after "tot (in) de" = tenen (one toe elsewhere stays), "nieks" = niks,
"noets" = nooit, "ummer" = steeds, "taenge" = tegen, "niks mie" = niks meer, "sjrief" = schrijf (the writer for a relative),
"bein" after "beide"/"twee"/"tussen mijn" or before a plural verb = benen, "bille" after "mijn"/"tussen" = billen; "hae" = hij,
but not before a bladder or bowel word (the standard "hij kan zijn plas niet ophouden" of a relative is not read, the dialect
was: a flag is never lost).

Kept: the standard-Dutch twins, the verb "zien" ("ik kan mijn tenen niet meer zien"), "ik zie", one toe ("mijn grote teen"),
rye bread, a relative's symptoms without a writer for them; English "ouch", "teen", "good"; French "mer", "tasse".
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

N = {"night_pain": True}
S = {"saddle_numbness": True}
BL = {"both_legs": True, "leg_numbness": True}
CHANGED = [
    ("hae lig 's nachts op zien zie of op zienen rogge en nieks helpt", N),
    ("mien vader probeert 's nachts op zien zie, op zienen rogge, nieks helpt taenge de pien", N),
    ("d'n hele nach lig ich op mien zie en op mien rogge, mer nieks helpt, de pien blijf", N),
    ("mien beide bein slaope vaan de knie tot in de teen", BL),
    ("tösse mien bein veul ich nieks mie", S),
    ("sinds gistere veul ich nieks tösse mien bille", S),
    ("ich veul nieks mie rond mien achterste", S),
    ("hae veult niks tösse zien bille", S),
    ("t wurt ummer erger, mien twee bein slaope", {"both_legs": True, "leg_numbness": True, "leg_weakness": "worsening"}),
    ("ich sjrief veur mienen man, zien bein weure ummer slapper", {"both_legs": True, "leg_weakness": "worsening"}),
]
KEPT = [
    # the standard-Dutch twins
    ("hij ligt 's nachts op zijn zij of op zijn rug en niks helpt", N),
    ("mijn beide benen slapen van de knie tot in de tenen", BL),
    ("tussen mijn benen voel ik niks meer", S),
    ("hij voelt niks tussen zijn billen", S),
    ("ik schrijf voor mijn man, zijn benen worden steeds slapper", {"both_legs": True, "leg_weakness": "worsening"}),
    # the bladder of a "hae" stays read (the standard twin of a relative is not)
    ("hae kan zien plas neet mie ophawwe", {"bladder_bowel": True}),
    ("ich sjrief veur mienen man, hae kan zien plas neet mie ophawwe", {"bladder_bowel": True}),
    # the verb "zien", "ik zie", one toe, rye
    ("ik kan mijn tenen niet meer zien als ik buk, mijn rug", {}),
    ("ik zie de dokter morgen voor mijn rug", {}),
    ("we zien wel hoe mijn rug morgen is", {}),
    ("mijn grote teen doet pijn en mijn rug ook", {}),
    ("ik eet roggebrood en rogge crackers, rug doet pijn", {}),
    ("mijn vader zijn beide benen slapen", {}),
    # English: ouch, teen, good
    ("ouch my back hurts so much", {}),
    ("ouch, nothing helps the back pain during the day", {}),
    ("my teen son lifts me out of bed, my back is sore", {}),
    ("i'm not good, my back is stiff", {}),
    ("good news, the physio says my back is fine", {}),
    ("i can't feel anything between my legs", S),
    # French: mer, tasse
    ("je suis allé à la mer et j'ai mal au dos", {}),
    ("mal de dos depuis la mer, rien ne soulage la journée", {}),
    ("je ne peux plus porter une tasse, le dos me lance", {}),
    ("je ne sens plus rien entre les jambes", S),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
