"""Session 35, round A (issue 12): a fever told as a number the red-flag reader did not take for a temperature.

English: a fever in Fahrenheit ("running 101", "my temperature is 101.5", "spiked to 103", "102F", "101-102", "100.9" on its
own) read no fever: every temperature rule knew only 38-42 (Celsius). Dutch and French: a whole degree told as one's own
("ik zit aan 39", "k zit al twee dagen op 39", "ik heb 39", "j'ai 39", "je suis a 39", "je tourne autour de 39", "ca monte
a 39") and a half degree ("38 en een half", "38 et demi") read no fever.

Changed: bot/reading/redflags.py _SHARED_FEVER (a FAHRENHEIT slot, 100.4 to 106: after a fever word, with "F"/"fahrenheit",
after the packs' new TEMP_AT reading verbs, after STILL_AT, a range, a one-digit decimal on its own; the packs' new
HAVE_WHOLE before a whole Celsius degree; the packs' AND_A_HALF after one, not after their AGE_BE); en thermometer pattern
(Fahrenheit on the thermometer); NOT_TEMPERATURE grown in the three packs (days, times, mph, fm, dagen, keer, jours, fois,
seances ...). Kept: 98.6, 99.5, 100.2 (no fever); a number that is no temperature (room 101, the 101 bus, highway 101,
"hit the 101", 102 kg, lost 101 lbs, 101.50 paid, 101.5 fm); another person's temperature (son, baby, wife); a past
fever said to be over; an age ("ik ben 39", "j'ai 39 ans", "im 38 and a half"), weeks pregnant, a shoe size, a house
number, hours of work; the forms that already read fever ("temp of 102", "38,6 gemeten", "thermometre affiche 39,2").
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

F = {"fever": True}
CHANGED = [
    ('been running 102 since friday and the lower back is agony', F),
    ('im running about 101 today, back is stiff', F),
    ('my temperature is 101.5 and the back keeps getting worse', F),
    ('spiked to 103 overnight and my spine is killing me', F),
    ('took it just now: 100.9, and my low back throbs', F),
    ("it's 101 on the thermometer and my back is sore", F),
    ('the thermometer said 102 when i woke up, back aching', F),
    ('been sitting at 101-102 for two days with this back', F),
    ('102F this morning and sore lower back', F),
    ('i measured 101.3 at lunch, back still hurts', F),
    ('ik zit aan 39 en mijn rug doet zeer', F),
    ('k zit al twee dagen op 39 met die rug', F),
    ('ik heb 39 en rugpijn', F),
    ('sinds gisteren zit ik op 39, rug doet pijn', F),
    ('ik zit aan 38 en een half en mijn rug doet pijn', F),
    ('vannacht had ik 40, mijn onderrug is stijf', F),
    ('ik zat gisteren rond 39 en vandaag nog steeds, rug doet zeer', F),
    ('kzit op 39 en mijn rug doet zeer', F),
    ('ik zat gisteravond aan 39 en mijn rug klopt', F),
    ("j'ai 38 et demi et mal au dos", F),
    ("j'ai 39 et mal au dos", F),
    ('je tourne autour de 39 depuis deux jours', F),
    ("je suis a 39 depuis hier, j'ai mal au dos", F),
    ("j'avais 40 cette nuit et le dos bloque", F),
    ("le soir ça monte à 39 et j'ai mal aux reins", F),
    ('je suis monté à 40 hier soir, mal au dos', F),
    ("j'ai 38 et demie ce matin, lombaires en feu", F),
    ("ce matin j'avais 39, mal en bas du dos", F),
]
KEPT = [
    ('had a temp of 102 this morning, back really sore', F),
    ('fever of 102 since the weekend, lumbar pain', F),
    ('my temperature is 98.6, just the back', {}),
    ('running 99.5 today, the back is sore', {}),
    ('it was 100.2 this morning, back stiff', {}),
    ("i'm in room 101 on the ward and my back hurts", {}),
    ('i weigh 102 kg and my back hurts', {}),
    ('i take the 101 bus every morning and my back aches', {}),
    ("i've lost 101 lbs and my back hurts", {'weight_loss': True}),
    ('drove the whole of highway 101 yesterday and now my back hurts', {}),
    ('hit the 101 at rush hour, sat in the car for hours, back sore', {}),
    ("i had 102 last week with the flu but it's gone now, back still hurts", {}),
    ('my son has been running 102 since sunday and i hurt my back lifting him', {}),
    ("the baby's temp was 101.5 last night, my back is sore from carrying her", {}),
    ("i'm 38 and a half weeks pregnant and my back hurts", {}),
    ('paid 101.50 for the physio and my back still hurts', {}),
    ('listening to 101.5 fm to forget my back pain', {}),
    ("i'm 38 and a half and have back pain", {}),
    ('ik heb 38,6 gemeten en mijn rug doet pijn', F),
    ('thermometer zegt 38,9 en rugpijn', F),
    ('ik ben 39 en heb rugpijn', {}),
    ('ik zit aan 40 uur per week achter de computer, rugpijn', {}),
    ('ik heb 38 jaar gewerkt in de bouw, mijn rug is kapot', {}),
    ('ik heb 39 dagen gewerkt zonder pauze, rug doet pijn', {}),
    ('mijn vrouw zit aan 39, en ik heb rugpijn van het zorgen', {}),
    ('ik zat vorige week op 39 maar de koorts is weg, nu alleen de rug', {}),
    ('ik heb schoenmaat 39 en mijn rug doet pijn', {}),
    ('ik woon op nummer 39, rug doet zeer', {}),
    ('ik zit op nummer 39 in de wachtrij, rug doet pijn', {}),
    ('le thermomètre affiche 39,2', F),
    ("j'ai 39,5 ce matin et mal au dos", F),
    ("j'ai 39 ans et mal au dos", {}),
    ("j'ai 40 ans et le dos bloque", {}),
    ("je fais du 38 et j'ai mal au dos", {}),
    ("j'ai 39 jours d'arrêt et toujours mal au dos", {}),
    ("ma femme est a 39 et moi j'ai mal au dos", {}),
    ("j'avais 39 la semaine dernière mais la fièvre est partie, reste le dos", {}),
    ("j'habite au 39 et j'ai mal au dos", {}),
    ("je suis a 40 minutes de l'hopital et j'ai mal au dos", {}),
    # things counted after "have" (the lead, after the round: a whole degree only where a temperature's words follow)
    ("ik heb 40 dozen getild bij de verhuis en nu mijn rug", {}),
    ("ik had 39 trappen te doen met de was, rug doet pijn", {}),
    ("ik heb 40 kisten bier versleept", {}),
    ("j'ai 40 cartons à porter au grenier, mal au dos", {}),
    ("j'ai 39 marches chez moi et le dos bloqué", {}),
    ("j'avais 41 patients hier et mal au dos", {}),
    # an age in brackets (the normaliser drops them), "last van" after it (the lead, from the blind comparison)
    ("nu heb ik (41) al twee weken last van mijn onderrug", {}),
    ("sinds vorige week heb ik (39) last van mijn rug", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
