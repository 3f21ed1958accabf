"""Session 24, helper V, after the blind refresh 36/22: bladder signs seen by others or found by wet clothes, a slow start
told as sitting long, a doubt whether the bladder is empty, and a night-pain term asked.

1. A leak noticed by a relative or by wet clothes, not felt: "my husband noticed my jeans were soaked at the front, never
   felt it", "mijn man zag dat mijn broek nat was", "ma blonde a remarque que mon jeans etait mouille"; a doubt between
   sweat and pee told at length ("je sais pas si c'est de la sueur ou si c'est du pipi"); a little let out without noticing
   ("lost a bit of wee without realising", "wat plas verloren zonder het te merken", "echappe un peu d'urine sans le
   sentir"). The relative who noticed the patient's own ("noticed my", "zag dat mijn", "a vu que mon") no longer makes the
   sign the relative's. Kept: the relative's own ("his trousers"), the rain, sweat told as sweat, a spilled drink.
2. A slow start told as sitting long, in the past too: "stood at the urinal for ages before anything came", "zat een
   kwartier op de wc voordat er wat kwam", "assis sur le bol longtemps avant que le jet demarre".
3. A doubt whether the bladder is empty after passing water: "after a pee im never sure its all out", "na het plassen
   weet ik nooit of alles eruit is", "voelt altijd of er nog wat zit" (Gronings "uut", "aaltied").
4. A night-pain term asked as the one others talk about: "is that the night pain doctors warn about?", "is dat die
   nachtpijn waar ze op internet over schrijven?", "c'est ca la douleur nocturne dont les medecins parlent ?" is no sign
   (the packs' SIGN_TERMS, TERM_QUESTION_BEFORE, TERM_TALKED_AFTER). Kept: night pain told as one's own ("nachtpijn,
   niks helpt"), a term with "i have" after it."""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

BB = {"bladder_bowel": True}
NIGHT = {"night_pain": True}

CHANGED = [
    # 1. noticed by a relative, wet clothes, let out unnoticed
    ("my husband noticed my jeans were soaked at the front, never felt a thing", BB),
    ("the wife spotted my pants were wet this morning and i didnt feel anything", BB),
    ("my daughter saw my trousers were damp at the back, i hadnt noticed", BB),
    ("my mum noticed my pants were wet at the back, i didnt feel it", BB),
    ("a little wee escaped without me noticing", BB),
    ("mijn man zag dat mijn broek nat was, ik had het niet gemerkt", BB),
    ("mijn dochter merkte dat mijn broek nat was achteraan, ik had niks gevoeld", BB),
    ("ik heb wat plas verloren zonder het te merken", BB),
    ("mijn vriendin zag dat mijn onderbroek nat was, niks van gemerkt", BB),
    ("mijn short was vochtig, weet niet of het zweet was of toch een beetje plas", BB),
    ("mon mari a vu que mon pantalon etait mouille et j'avais rien senti", BB),
    ("ma fille a remarque que mon pantalon etait mouille, j'avais rien senti", BB),
    ("j'ai perdu un peu de pipi sans m'en apercevoir", BB),
    ("mes shorts etaient humides, je sais pas si c'est la sueur ou si c'est un peu de pipi", BB),
    # 2. a slow start told as sitting long
    ("stood at the urinal for ages before anything came", BB),
    ("sat on the toilet twenty minutes before it started", BB),
    ("i was on the loo forever before the wee came", BB),
    ("ik zat een kwartier op de wc voordat er wat kwam", BB),
    ("stond minutenlang aan het urinoir voor het begon", BB),
    ("ik zat lang op het toilet tot de straal kwam", BB),
    ("je suis reste assis sur le bol longtemps avant que le jet demarre", BB),
    ("j'ai attendu sur le trone un bon moment avant que ca coulait", BB),
    ("au petit coin des minutes avant que quelque chose sorte", BB),
    # 3. emptying doubt
    ("after a pee im never sure its all out", BB),
    ("when i wee im never sure my bladder is empty", BB),
    ("after peeing i never know if everything has come out", BB),
    ("na het plassen weet ik nooit of alles eruit is", BB),
    ("na t plassen voelt het steeds of er nog wat zit", BB),
    ("as ik plast heb voult het aaltied of der nog wat in zit", BB),
    # 4. a night-pain term asked as the one talked about
    ("is that the night pain doctors warn about?", {}),
    ("is it the night pain they go on about on the radio", {}),
    ("is dat die nachtpijn waar ze op internet over schrijven?", {}),
    ("is dit de nachtelijke pijn waar de dokters over spreken?", {}),
    ("zou dat die nachtpijn waarover men spreekt zijn", {}),
    ("is het die nachtpijn waar mensen het over hebben", {}),
]

KEPT = [
    # read before too: the same kinds told plainly
    ("is this the nighttime pain they talk about online", {}),
    ("i lost a bit of wee without realising", BB),
    ("my shorts were damp, unsure if it was sweat or if i had a bit of a pee leak", BB),
    ("ma blonde a remarque que mon jeans etait mouille, j'ai rien senti", BB),
    ("j'ai echappe un peu d'urine sans le sentir", BB),
    ("after a wee im not always sure its all come out", BB),
    ("als ik geplast heb weet ik niet of mijn blaas leeg is", BB),
    ("could this be the nocturnal pain people write about", {}),
    ("c'est ca la douleur nocturne dont les medecins parlent ?", {}),
    ("est ce que c'est la douleur nocturne dont on parle sur internet", {}),
    ("ca serait les douleurs nocturnes dont tout le monde parle ?", {}),
    # 1. the relative's own, the rain, sweat, a drink
    ("my husband noticed his trousers were wet at the front, he didnt feel a thing", {}),
    ("my wife noticed my trousers were wet from the rain", {}),
    ("my jeans were wet from the rain, didnt notice till i got home", {}),
    ("my shorts were soaked with sweat after the run", {}),
    ("my son spilled his juice and my trousers were wet", {}),
    ("let the dog out for a wee without noticing the rain", {}),
    ("mijn man zag dat zijn broek nat was", {}),
    ("mijn broek was nat van de regen", {}),
    ("mijn vrouw zag dat mijn broek nat was van de koffie", {}),
    ("ma femme a vu que son pantalon etait mouille", {}),
    ("mon pantalon etait mouille par la pluie", {}),
    ("mes shorts etaient trempes de sueur apres le jogging", {}),
    ("j'ai echappe mon telephone sans m'en rendre compte", {}),
    # 2. the toilet without a slow start
    ("sat on the loo for ages before it started to hurt", {}),
    ("i was on the toilet before the rain came", {}),
    ("ik zat op de wc voor het begon te regenen", {}),
    ("ik zat op het toilet toen de pijn begon", {}),
    ("je suis reste aux toilettes avant que ca commence a faire mal", {}),
    ("j'ai mange un bol de cereales avant que ca commence", {}),
    # 3. no doubt, or a doubt about something else
    ("after a pee i feel its all out, no problem", {}),
    ("im never sure if its my back or my hip", {}),
    ("na het plassen voelt het goed leeg", {}),
    ("ik weet niet of alles eruit is met die rugpijn", {}),
    ("apres avoir fait pipi tout va bien", {}),
    ("je sais pas si tout est fini avec mon dos", {}),
    # 4. night pain told as one's own stays
    ("nachtpijn, niks helpt", NIGHT),
    ("i have night pain, nothing eases it", NIGHT),
    ("is that the night pain? i have it every night", NIGHT),
    ("ik heb nachtpijn, is dat die nachtpijn waar ze het over hebben? ik denk dat ik het heb", NIGHT),
    ("j'ai mal la nuit, aucune position ne soulage, c'est ca la douleur nocturne dont on parle ?", NIGHT),
    ("j'ai des douleurs la nuit et rien ne soulage, est ce la douleur nocturne ?", NIGHT),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
