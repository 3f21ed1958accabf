"""Session 35, round B (issue 12): night pain told as no way of lying easing it, every way tried, nothing helping.

Every way of lying tried at night and none easing it was read as no night pain when told as "no way of lying that takes
it off", every way tried ("every which way", "alle kanten", "toutes sortes de positions") with the no-relief after it,
the positions in Caribbean forms ("pon mi side", "nothing nuh help"), or a Dutch/French no-relief the packs lacked ("geen
enkele manier van liggen die helpt", "aucune façon de me coucher ne me soulage", "la douleur ne part pas").
Changed: bot/reading/redflags.py _SHARED_NIGHT (two shapes: every way tried, told of lying, then no relief; every way
tried in general with the night or the lying named in the sentence, then no relief) reading the packs' new WAYS_TRIED_LYING
and WAYS_TRIED (en, nl, fr); en NIGHT_POSITION ("pon mi side", read as "on mi side"), NO_RELIEF ("nothing nuh help", "no way of lying that takes
it off"), NIGHT_PATTERNS ("no way of lying (that) takes it off / away"); nl NO_RELIEF ("geen enkele manier van liggen die
helpt / de pijn wegneemt"), NIGHT_PATTERNS (the same alone); fr NO_RELIEF ("la douleur ne part pas", "m'enlève la
douleur", "m'apporte du soulagement"), NIGHT_PATTERNS ("aucune façon de me coucher ne me soulage").
Kept: night pain only when turning over, a bad mattress, pain eased by lying in one position, other people's nights,
daytime "nothing helps" (every way tried with exercises or pills, no night nor lying named), and the readings already right.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

N = {"night_pain": True}
CHANGED = [
    # en: no way of lying that takes it off
    ("there's no way of lying that takes the pain off", N),
    ("theres no way to lie that takes it away, so i sit up in the chair", N),
    ("no way of lying takes the ache off him", N),
    ("there's not a single way of lying that takes it away", N),
    # en: every way tried, then nothing
    ("i tried every which way last night, nothing helped", N),
    ("tried every way of lying, nothing helped the pain", N),
    # en: Caribbean and West African forms
    ("when night come mi turn pon mi back, pon mi belly, nothing nuh help", N),
    ("pon me side, pon me back, nothing no help at all", N),
    ("ah try every which way to sleep, nothing dey help", N),
    # nl (Flemish too)
    ("ik heb alle houdingen geprobeerd maar niets helpt 's nachts", N),
    ("ik probeer alle kanten maar niks helpt", N),
    ("ik lig op alle kanten en niks helpt", N),
    ("elke nacht probeer ik alle houdingen, maar het blijft pijn doen", N),
    ("er is geen enkele manier van liggen die de pijn wegneemt", N),
    ("geen enkele manier van liggen helpt 's nachts", N),
    ("ik draai me op alle kanten in mijn bed, niks helpt", N),
    ("ik heb in bed alle posities geprobeerd en het helpt allemaal niet", N),
    # fr
    ("j'essaie toutes sortes de positions pis rien marche la nuit", N),
    ("aucune façon de me coucher ne me soulage", N),
    ("il n'y a pas de façon de me coucher qui me soulage", N),
    ("aucune position ne m'enlève la douleur", N),
    ("aucune position ne m'apporte de soulagement la nuit", N),
    ("je me mets de toutes les façons dans le lit, la douleur ne part pas", N),
    ("au lit j'ai essayé toutes les positions, la douleur ne part pas", N),
    ("j'ai essayé toutes les positions possibles pour dormir, ça ne me soulage pas", N),
]
KEPT = [
    # already read
    ("no way of lying eases it", N),
    ("every night i try every which way and nothing helps", N),
    ("geen enkele lighouding helpt", N),
    ("ik probeer alle kanten, niks helpt, ik zit dan maar tot de morgen in de zetel", N),
    ("aucune position ne me soulage la nuit", N),
    ("j'essaie sur le côté, sur le dos, rien n'y fait", N),
    # night pain only when turning over, eased in one position, a bad mattress
    ("it only hurts at night when i turn over", {}),
    ("i tried every position and lying on my left side with a pillow sorts it", {}),
    ("the mattress is too soft, i wake up stiff", {}),
    ("ik heb alle houdingen geprobeerd en op mijn zij is het goed", {}),
    ("ik heb alle kanten geprobeerd, op mijn rug lig ik prima", {}),
    ("alleen bij het omdraaien 's nachts doet het pijn", {}),
    ("j'ai essayé toutes les positions, sur le côté ça va bien", {}),
    ("la nuit j'ai mal seulement quand je me retourne", {}),
    ("notre matelas est trop mou, j'ai le dos raide le matin", {}),
    # daytime nothing helps, every way tried with treatments
    ("i've tried every which way, physio, pills, massage, nothing helps", {}),
    ("i tried every way with the exercises and nothing helped", {}),
    ("ik heb alles geprobeerd, kinesist, pijnstillers, niks helpt", {}),
    ("ik heb op alle mogelijke manieren geoefend, niks helpt", {}),
    ("j'ai essayé de toutes les façons, kiné, cachets, rien n'y fait", {}),
    ("j'ai tout essayé, rien ne marche", {}),
    # other people's nights
    ("up all night with the baby, tried every which way to settle her", {}),
    ("i tried every which way to get the twins to sleep, nothing works", {}),
    ("j'ai essayé toutes les positions au travail, rien n'y fait", {}),
    ("ik heb alle houdingen geprobeerd op het werk, niks helpt", {}),
    ("there's no way of lying on my front with this bump", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
