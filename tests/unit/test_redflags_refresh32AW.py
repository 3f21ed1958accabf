"""Session 32, round AW: an urge not reaching the toilet in time, told as going on, as being caught out, as pads bought, as no
warning or as found out only afterwards.

Blind messages were read {}: a new urge incontinence told as "not making it" to the toilet in time, "caught out" with no
warning that one needed to go, pads bought, or the wetting found out only after, was missed; the patterns read only "didnt
make it to the loo", "wearing pads" and "no warning before i go" (three words at most between).

Changed (BLADDER_PATTERNS of each pack, beside the entries of the toilet not reached):
- en: "not / never / dont / struggle to ... make it / reach / get to the toilet in time"; "caught short / out" with a warning,
  the toilet, a need to go, a wetting or pads near; pads or nappies bought or got (not knee, heat or baby pads, nor a period);
  the toilet or a need to go, then "only found out / realised ... after"; "cant hold it / on until i get to the toilet",
  "need the loo and cant hold it"; "no warning whatsoever / at all that ..." (the older entry).
- nl: "red het niet (meer) tot de wc"; "moest/moet luiers, inlegkruisjes, incontinentie... kopen / halen / dragen" (not for a
  baby or a child); "geen (enkel) seintje / signaal / waarschuwing ... plassen / naar de wc"; the toilet or a wetting, then
  "merkte het pas achteraf / daarna".
- fr: "pas / plus / jamais a temps aux toilettes", "pas le temps d'arriver / d'atteindre les toilettes", "j'arrive plus aux wc a
  temps"; "du / dois / oblige de acheter / porter des protections / couches" (not for a child, not knee pads); "aucun signe /
  aucune alerte ... y aller / faire pipi ... trop tard / apres".

Kept: the toilet reached in time, a shop or work not reached in time, a son's accident, caught out by the rain, knee or heat pads,
pads for a period or a baby, found out after a scan, holding on to a railing, no time to go at work, no warning before the pain.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

BLADDER = {"bladder_bowel": True}
CHANGED = [
    # en
    ("i keep not making it to the toilet in time", BLADDER),
    ("not making it to the bathroom on time lately", BLADDER),
    ("i dont reach the toilet in time anymore", BLADDER),
    ("i struggle to get to the loo in time these days", BLADDER),
    ("i had to buy pads this week, first time ever", BLADDER),
    ("had to get some pads from the chemist", BLADDER),
    ("no warning whatsoever that i needed to go", BLADDER),
    ("there was no warning at all that i needed the toilet", BLADDER),
    ("i got caught out twice on the way home, no warning at all", BLADDER),
    ("caught out on the walk to the shop, i needed to go and never got there", BLADDER),
    ("i needed to go and only found out after when my jeans were damp", BLADDER),
    ("i need the loo and cant hold it", BLADDER),
    ("i cant hold on until i get to the toilet", BLADDER),
    # nl
    ("ik red het niet meer tot de wc", BLADDER),
    ("ik red t ni tot aan de wc", BLADDER),
    ("ik moest inlegkruisjes gaan kopen", BLADDER),
    ("geen enkele waarschuwing dat ik moest plassen", BLADDER),
    ("geen seintje dat ik naar de wc moest, niks", BLADDER),
    # fr
    ("je n arrive plus aux toilettes a temps", BLADDER),
    ("j arrive pas a temps aux wc", BLADDER),
    ("je n ai pas le temps d arriver aux toilettes", BLADDER),
    ("pas le temps d atteindre les toilettes, c etait trop tard", BLADDER),
    ("j ai du acheter des protections", BLADDER),
    ("je dois porter des couches maintenant", BLADDER),
    ("aucun signe avant que je doive y aller, je m en rends compte apres", BLADDER),
    ("aucune alerte que je devais faire pipi, c etait deja trop tard", BLADDER),
]
KEPT = [
    ("i didnt make it to the loo in time this morning", BLADDER),
    ("i have to wear pads now", BLADDER),
    ("i made it to the toilet just in time", {}),
    ("i didnt make it to the shop in time", {}),
    ("my son didnt make it to the toilet in time", {}),
    ("i was caught out by the rain", {}),
    ("i was caught out by the rain and got wet", {}),
    ("i bought pads for my knees", {}),
    ("i bought knee pads", {}),
    ("i bought some heat pads for my back", {}),
    ("i got pads for my period", {}),
    ("i only found out after the scan", {}),
    ("i cant hold on to the railing", {}),
    ("ik haal de wc niet meer op tijd", BLADDER),
    ("ik moet nu luiers dragen", BLADDER),
    ("ik moest luiers kopen voor de baby", {}),
    ("ik red het niet meer om op tijd op het werk te zijn", {}),
    ("geen enkele waarschuwing, de pijn kwam ineens", {}),
    ("ik merkte het pas achteraf dat mijn rug vast zat", {}),
    ("je ne peux plus me retenir jusqu aux toilettes", BLADDER),
    ("j ai du acheter des couches pour ma fille", {}),
    ("je n ai pas le temps d aller aux toilettes au travail", {}),
    ("j ai du mettre des protections aux genoux", {}),
    ("je n arrive pas a temps au travail", {}),
    ("aucun signe avant la douleur", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
