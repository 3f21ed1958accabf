"""Session 42, round C (issue 12): carer openings in the third person, then the patient's story.

A message that opens by saying who writes for whom, the writer in the third person and the patient named by title (or name),
"his"/"her" or a Flemish kin ("this is mr evans' son writing", "de zoon van meneer wouters hier", "c'est la petite-fille de
mme claes qui ecrit"), then the patient's fall or signs told of "he"/"she", was read as someone else's story (no flags).
Changed: the packs' PROXY_ROLE (en, nl, fr) take these openings, so bot/reading/redflags.py _as_patient reads the pronouns after
them as the patient's, as after "i am the son of mrs jacobs"; the nl pack's _KIN_40L (PROXY_INTRO) takes "vent", "pa", "ma"
("mijne vent is 79 . hij ...", "onze pa is 84 . hij ...").

Kept: the sign told plainly, a relative told of in passing with no opening ("mrs peeters' granddaughter fell off her bike",
"de zoon van meneer wouters is gevallen"), a relative mentioned by someone telling their own back ("my gran fell last year, but
my own back ..."), the carer's own back told after the opening.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

T = {"onset": "trauma"}
S = {"saddle_numbness": True}
CHANGED = [
    ("this is mr evans' son writing. he fell off a ladder on sunday and since then he cannot feel his bum", {**S, **T}),
    ("this is mrs peeters granddaughter writing. she cant feel her bottom when she wipes", S),
    ("mrs peeters' granddaughter here. she has wet herself twice and cant feel her bum", {**S, "bladder_bowel": True}),
    ("it's mr jones's daughter writing, he fell down the stairs yesterday", T),
    ("hello, this is the daughter in law of mr patel. he has a temperature of 39 and his back is agony", {"fever": True}),
    ("hi, it's her carer here. she slipped and landed on the edge of the bath", T),
    ("this is john's daughter writing, he fell off the roof last week", T),
    ("de zoon van meneer wouters hier. hij voelt zijn poep niet meer", S),
    ("hier schrijft de kleindochter van mevrouw janssens. ze voelt haar billen niet meer", S),
    ("de dochter van meneer wouters hier, hij is gisteren van de trap gevallen", T),
    ("dit is de vent van mevrouw peeters die schrijft. ze voelt haar billen niet meer", S),
    ("de dochter van ons moeder hier. ze voelt haar billen niet meer", S),
    ("mijne vent is 79. hij is van de ladder gevallen en voelt zijn poep niet meer", {**S, **T}),
    ("onze pa is 84. hij voelt zijn poep niet meer", S),
    ("c'est la petite-fille de mme claes qui écrit. elle ne sent plus ses fesses", S),
    ("ici le fils de monsieur dubois. il ne sent plus ses fesses", S),
    ("la fille de monsieur martin ici, ses deux jambes sont faibles et engourdies",
     {"both_legs": True, "leg_weakness": "worsening", "leg_numbness": True}),
    ("c'est le fils de madame lambert qui vous écrit. elle ne sent plus ses fesses", S),
]
KEPT = [
    ("ici la belle-fille de madame renard, elle ne sent plus rien autour de l'anus", S),
    ("c'est sa fille qui écrit, elle ne sent plus ses fesses", S),
    ("she slipped and fell on the edge of the bath", T),
    ("i slipped and fell on the edge of the bath", T),
    ("mrs peeters' granddaughter fell off her bike", {}),
    ("my gran fell last year, but my own back has been sore for a week", {}),
    ("its her husband who has the bad back", {}),
    ("de zoon van meneer wouters is gevallen", {}),
    ("mijn vader is van de trap gevallen", {}),
    ("ik voel mijn poep niet meer", S),
    ("ik ben de vrouw van meneer wouters. hij is van de ladder gevallen", T),
    ("je ne sens plus mes fesses", S),
    ("le fils de monsieur dubois est tombé", {}),
    ("je suis le fils de monsieur dubois. il est tombé dans l'escalier hier", T),
    ("ma grand-mère est tombée l'an dernier, mais moi j'ai mal au dos depuis une semaine", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
