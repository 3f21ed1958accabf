"""Session 31, round AN: leg weakness and night pain of refresh 50, each read as a kind (en, nl, fr).

Wrong before:
a. Foot drop worse: en "cant stand up on that heel" (the 28A heel pattern of WORSENING_PATTERNS gains "up" and "this/that/his/her";
   the issue-13 tiptoe pattern gains "that/this"); nl "het lukte niet meer om op mijn tenen te staan", "ik krijg het niet meer voor
   elkaar om op mijn hielen te lopen" (new nl WORSENING_PATTERNS entry: a failing word, then "om op ... te staan/lopen").
b. Both legs heavy, the worse told FIRST ("c'est pire : mes deux jambes deviennent lourdes", "its worse now: both my legs are
   turning heavy", "het wordt erger, mijn benen zijn zwaar als lood"): new BOTH_LEGS_WEAK_PATTERNS entries (en, nl, fr) beside
   the 25M1 ones, with the 31AG heavy-after-a-day guard in the pattern; fr "deviennent de plus en plus lourdes" too (not "au fil
   de la journee"); the Quebec "c'est pas pire" (not bad) is no worse.
c. Both legs weak since a season, stable: nl _MID (between the verb and the sign) gains seasons, months, years ("al sinds de
   zomer slap"); nl _COPULA gains the Limburgish "zien", "zeen".
d. Night pain, positions named then "pas une position qui me soulage": fr NIGHT_STRONG gains "pas une/pas de position qui";
   en NIGHT_STRONG "not one / isnt a single position that"; nl NIGHT_STRONG "geen (enkele) positie die/waarin".

Kept: heavy legs after a day's work, heavy legs with no worse, "c'est pas pire", standing on the heels fine, a relative's heavy
legs, a position that eases the night.
Left (time): weight loss "face gone in", the nl night pain eased by turning (issue 12 items 4 and 6)."""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

ONE = {"leg_weakness": "worsening"}
LEGS = {"both_legs": True, "leg_weakness": "worsening"}
STABLE = {"both_legs": True, "leg_weakness": "stable"}
NIGHT = {"night_pain": True}
CHANGED = [
    # a. foot drop, the heel or toes that no longer carry
    ("i cant stand up on that heel anymore", ONE),
    ("i cant stand up on this heel at all now", ONE),
    ("i can no longer get up on that heel", ONE),
    ("since tuesday i cant stand up on that heel, last week i still could", ONE),
    ("deze week lukte het niet meer om op mijn tenen te staan", ONE),
    ("sinds gisteren lukt het niet meer om op mijn hakken te lopen", ONE),
    ("ik krijg het niet meer voor elkaar om op mijn hielen te lopen", ONE),
    ("vorige maand ging het nog, nu lukt het amper om op mijn linker tenen te staan", ONE),
    ("Ik schrijf voor mijn man. Deze week lukte het niet meer om op zijn tenen te staan.", ONE),
    # b. both legs heavy, the worse told first
    ("its worse now: both my legs are turning heavy", LEGS),
    ("for two weeks its worse, both my legs have gone heavy", LEGS),
    ("its getting worse, both legs have become heavy as lead", LEGS),
    ("het wordt erger, mijn benen zijn zwaar als lood", LEGS),
    ("sinds twee weken is het erger, mijn benen worden zwaar", LEGS),
    ("sinds een week slechter: mijn twee benen worden zwaar", LEGS),
    ("c'est de pire en pire : mes jambes deviennent lourdes", LEGS),
    ("ça empire, mes jambes sont devenues lourdes comme du béton", LEGS),
    ("depuis une semaine ça s'aggrave : mes deux jambes sont lourdes", LEGS),
    ("c'est pire depuis dix jours : mes deux jambes sont devenues lourdes comme du plomb", LEGS),
    ("mes jambes deviennent de plus en plus lourdes", LEGS),
    ("mes jambes deviennent chaque semaine plus lourdes", LEGS),
    # c. both legs weak since a season, stable
    ("mijn beide benen zijn al sinds de winter slap, het is niet erger geworden", STABLE),
    ("mijn benen zijn al sinds maanden zwak maar niet erger", STABLE),
    ("miene beide bein zien sinds de winter slap, t is neet erger gewore", STABLE),
    ("mijn beide benen zijn al sinds vorig jaar slap en het wordt erger", LEGS),
    # d. positions named at night, not one eases it
    ("la nuit c'est horrible : sur le dos, sur le côté, y'a pas une position qui me soulage", NIGHT),
    ("la nuit, sur le dos ou sur le côté, il y a pas une seule position qui la calme", NIGHT),
    ("la nuit je bouge, je me retourne, pas une position qui m'aide", NIGHT),
    ("'s nachts lig ik op mijn zij of rug, geen enkele positie die verlichting geeft", NIGHT),
    ("'s nachts draai ik op mijn zij, er is geen positie waarin het minder wordt", NIGHT),
    ("at night its hell, on my side, there isnt one position that helps", NIGHT),
    ("the pain at night is hell, on my back, on my side, not a single position that eases it", NIGHT),
    ("the back pain at night is terrible, i turn on my side, not one position that helps", NIGHT),
    ("'s nachts is de pijn vreselijk, ik draai op mijn zij, er is geen enkele positie waarin het went", NIGHT),
]
KEPT = [
    ("i cant stand up on my heel anymore", ONE),
    ("i can stand up on my heels fine", {}),
    ("she couldnt stand up on her left heel this morning", ONE),
    ("ik kan niet meer op mijn tenen staan", ONE),
    ("het lukt nog goed om op mijn tenen te staan", {}),
    ("het is niet moeilijk om op mijn tenen te staan", {}),
    ("het lukt hem niet meer om op zijn tenen te staan", {}),
    ("cette semaine je n'arrive plus à me mettre sur les talons", ONE),
    ("je ne tiens plus debout sur le talon gauche depuis mardi", ONE),
    ("my back is worse and my legs are heavy after a long shift", {}),
    ("het is niet erger, mijn benen zijn zwaar", {}),
    ("mijn rug is erger en mijn benen zijn zwaar na een werkdag", {}),
    ("het is erger geworden: mijn beide benen worden loodzwaar", LEGS),
    ("c'est pas pire, mes jambes sont lourdes", {}),
    ("ça s'aggrave pas, mes jambes sont lourdes", {}),
    ("mes jambes deviennent de plus en plus lourdes au fil de la journée", {}),
    ("le dos c'est pire le matin, mes jambes sont lourdes après le travail", {}),
    ("mes jambes sont lourdes après une journée debout", {}),
    ("mijn beide benen zijn slap, het is niet erger geworden", STABLE),
    ("both my legs are weak since summer, still the same", STABLE),
    ("mes deux jambes sont faibles depuis l'été, ça n'empire pas", STABLE),
    ("ik kan al sinds de zomer mijn benen niet zien", {}),
    ("la nuit c'est l'enfer, y'a pas une position qui me soulage", NIGHT),
    ("la nuit sur le côté j'ai mal mais sur le dos ça passe", {}),
    ("la nuit sur le côté, pas une position ne me fait mal", {}),
    ("at night on my side its sore but on my back its fine", {}),
    ("'s nachts op mijn zij doet het pijn, op mijn rug gaat het", {}),
    ("at night no position helps", NIGHT),
    ("'s nachts heb ik pijn, op mijn zij, op mijn buik, geen positie die helpt", NIGHT),
    ("allebei mijn benen zijn sinds de lente krachteloos, het blijft gelijk", STABLE),
    ("things got worse this week, my legs feel heavy as lead", LEGS),
]
test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
