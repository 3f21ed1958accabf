"""Session 28 (helper E), after the fresh sets 44/44/30 and 44b/44b/30b were scored once: night pain and fever readings,
fixed as kinds in en, nl and fr, in other words than the blind messages.

1. Red flag night_pain: no side eases the night pain ("whichever side i sleep on the pain doesnt ease", "no matter which
   side i lie on it wont ease off", "maakt niet uit op welke zij ik lig, het zakt niet", "de quel cote je me couche ca ne
   diminue pas", "dans n'importe quelle position la douleur reste"), or up and walking in the small hours because of it
   ("at 3am i get up and pace around", "om 3 uur sta ik op en loop ik wat rond", "je me leve a 2h du matin pour marcher"):
   the packs' NIGHT_PATTERNS (en, nl, fr), en NIGHT_STRONG ("any side"), fr NIGHT_STRONG (getting up to walk is no
   turning over), nl NO_RELIEF ("het zakt niet", "het wordt niet minder"). Kept: a side told fine ("whatever side i lie
   its fine", "peu importe le cote, je dors bien"), up at night for the toilet or the dog or at 7, pain only when turning,
   a night lost to worry.
2. Answer night_pain: only a stab when turning, then lying comfortably and sleeping on ("only a twinge when i roll over,
   then im comfy and sleep through", "daarna lig ik weer prima en slaap ik door", "apres je dors comme un bebe"): False,
   nothing to ask (the packs' NIGHT_EASED, with NIGHT_POSITION). Kept: comfy denied or only for a while ("cant get comfy",
   "comfy for an hour till it wakes me", "lig ik niet lekker meer", "je suis bien pendant une heure puis ca me reveille"),
   the easing denied: asked again.
3. Answer fever: a past fever's degrees told as over ("had 39 with the flu last week but thats all over now", "ik had
   vorige week 38,5, dat is nu al een paar dagen voorbij", "j'ai eu 38,7 la semaine passee mais c'est parti") read True
   from the degrees alone: the degrees are now read told over as the rules' matches are (bot/reading/redflags.py
   told_over), a past before them or in their clause; then False. The red-flag reader on the same: en RESOLVED ("thats all
   over now", "thats finished", "its all done with"), nl RESOLVED (the verb after a fronted time: "sinds zaterdag is dat
   over", "gelukkig is dat nu over"; "is dat over?" opening its clause is a question and stays a fever). Kept: a fever now
   ("39 since yesterday", "nog steeds 38", "j'ai 39 depuis hier"), one that came back, one of last night, degrees now with
   an illness long over, a hedge.
"""
from datetime import date

from bot.reading.answers import parse_answer
from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

TODAY = date(2026, 12, 1)
NIGHT = {"night_pain": True}
FEVER = {"fever": True}

FLAGS_CHANGED = [
    # 1. no side eases it
    ("whichever side i sleep on the pain doesnt ease", NIGHT),
    ("whatever side i lie on it doesnt go", NIGHT),
    ("no matter which side i lie on it wont ease off", NIGHT),
    ("any side i lie on, it isnt settling", NIGHT),
    ("maakt niet uit op welke zij ik lig, het zakt niet", NIGHT),
    ("het maakt niet uit op welke kant ik lig, de pijn blijft", NIGHT),
    ("maakt niks uit op welke kant ik lig, het wordt niet minder", NIGHT),
    ("ik kan liggen op welke zij ik wil, de pijn gaat niet weg", NIGHT),
    ("de quel côté je me couche ça ne diminue pas", NIGHT),
    ("quel que soit le côté où je dors, la douleur ne passe pas", NIGHT),
    ("peu importe de quel côté je suis couché, ça se calme pas", NIGHT),
    ("sur n'importe quel côté ça ne s'en va pas", NIGHT),
    ("dans n'importe quelle position la douleur reste", NIGHT),
    # 1. up and walking in the small hours
    ("i have to get out of bed and walk about at night because of the pain", NIGHT),
    ("at 3am i get up and pace around the kitchen", NIGHT),
    ("every night i get up and walk it off around 4", NIGHT),
    ("most nights im getting up and walking around the house at 3", NIGHT),
    ("'s nachts moet ik eruit en wat rondlopen van de pijn", NIGHT),
    ("om 3 uur sta ik op en loop ik wat rond in de woonkamer", NIGHT),
    ("midden in de nacht moet ik uit bed om te lopen, anders houd ik het niet", NIGHT),
    ("ik sta elke nacht om 2 uur op om rond te lopen", NIGHT),
    ("la nuit je dois me lever et marcher à cause de la douleur", NIGHT),
    ("je me lève à 2h du matin pour marcher tellement j'ai mal", NIGHT),
    ("vers 3h je suis obligé de me lever et de faire les cent pas", NIGHT),
    ("chaque nuit je me lève pour marcher un peu dans le salon", NIGHT),
    # 3. a fever told over
    ("I had 39 with the flu about a week ago but that's all over now, temperature is normal and I feel fine", {}),
    ("Two weeks ago I was in bed with covid, 39.2, but that's finished, I'm fine now apart from my back", {}),
    ("had the flu at the start of the month, thats all over now", {}),
    ("i was down with flu last week but thats finished, i feel great", {}),
    ("had covid with a fever last month, its all done with now", {}),
    ("i had the flu with a temperature but thats all finished now", {}),
    ("met de griep had ik bijna 39, maar sinds zaterdag is dat over en ik voel me prima", {}),
    ("vorige week griep gehad, gelukkig is dat nu over", {}),
    ("twee weken geleden griep met 39, sinds maandag is het helemaal over", {}),
    ("ik had griep met koorts, nu is het al over", {}),
]

FLAGS_KEPT = [
    # bed rest or walking asked, an alternative, no night pain (lead, after the retrained model: a fresh FAQ question)
    ("moet ik in bed blijven liggen of juist wat rondlopen?", {}),
    ("in bed blijven of beter gewoon rondlopen, wat is het beste?", {}),
    # 1.
    ("in any position i lie the pain is not going away", NIGHT),
    ("whatever way i lie it is not reducing at all", NIGHT),
    ("wakes me every night whatever position I lie in", NIGHT),
    ("whatever side I lie it's fine", {}),
    ("whatever side i lie on its fine", {}),
    ("no matter which side i lie on its fine", {}),
    ("any side i lie on is fine", {}),
    ("i get up at 3 and walk to the toilet", {}),
    ("i get up and walk the dog at 6 am", {}),
    ("i get up at 7 and walk around a bit to loosen it", {}),
    ("only hurts when i turn over in bed", {}),
    ("had a bad night's sleep from worrying about it", {}),
    ("op welke kant ik ook ga liggen, het wordt niet minder", NIGHT),
    ("welke kant ik ook op lig, de pijn zakt niet", NIGHT),
    ("hoe ik ook lig, het gaat niet weg", NIGHT),
    ("maakt niet uit op welke zij ik lig, ik slaap goed", {}),
    ("het maakt niet uit op welke kant ik lig, het is prima", {}),
    ("ik sta om 3 uur op om naar de wc te lopen", {}),
    ("ik sta om 7 uur op en loop een rondje met de hond", {}),
    ("s nachts sta ik op om te plassen en dan lopen we terug", {}),
    ("alleen als ik me omdraai in bed een steek", {}),
    ("ik heb slecht geslapen van het piekeren", {}),
    ("peu importe la position, ça ne diminue pas", NIGHT),
    ("de quel côté que je me couche, ça va", {}),
    ("peu importe le côté, je dors bien", {}),
    ("je me lève à 3h pour aller aux toilettes", {}),
    ("je me lève à 7h et je marche jusqu'au bus", {}),
    ("seulement quand je me retourne dans le lit", {}),
    ("j'ai mal dormi à force de m'inquiéter", {}),
    ("la nuit j'ai mal quand je me retourne, la journée marcher ça va", {}),
    # 3.
    ("I had the flu last week, is it finished?", FEVER),
    ("had the flu, it's not finished yet", FEVER),
    ("had flu with 39 last week, that's all over now but today 38.5 again", FEVER),
    ("i have the flu since yesterday", FEVER),
    ("had the flu in october, it was all over in a week", {}),
    ("griep gehad vorige week, intussen is het weg maar vandaag weer koorts", FEVER),
    ("ik had griep, is dat over?", FEVER),
    ("ik had griep vorige week, nu is het over, maar vandaag weer 38,5", FEVER),
    ("ik heb griep sinds gisteren", FEVER),
    ("vorige week griep met koorts, sinds dinsdag is het weg", {}),
    ("ik lag plat met griep, sinds vorige week vrijdag is dat voorbij", {}),
    ("j'ai eu la grippe il y a dix jours mais c'est fini", {}),
    ("j'ai eu la grippe avec 39 mais c'est terminé depuis lundi", {}),
    ("j'avais de la fièvre la semaine dernière, c'est fini maintenant", {}),
    ("j'ai la grippe depuis hier", FEVER),
]

CHANGED = [
    # 2. a stab when turning, then comfy and asleep
    (("night_pain", "only a twinge when I roll over, then I'm comfy and sleep through"), False),
    (("night_pain", "just a sharp jab as I turn over, after that I'm comfortable and I sleep like a log"), False),
    (("night_pain", "a quick catch when I shift position, then I'm nice and comfy till the alarm"), False),
    (("night_pain", "it catches when i roll onto my side, then i feel comfy again and sleep through"), False),
    (("night_pain", "alleen bij het omdraaien een steekje, dan lig ik weer prima en slaap ik door"), False),
    (("night_pain", "als ik me omdraai even een scheut, daarna kan ik gewoon doorslapen"), False),
    (("night_pain", "een steek als ik draai en dan slaap ik weer als een roos"), False),
    (("night_pain", "als ik van houding verander een steek, dan lig ik weer comfortabel"), False),
    (("night_pain", "juste un pincement quand je me retourne, après je dors comme un bébé"), False),
    (("night_pain", "quand je me retourne ça tire, puis je dors d'une traite"), False),
    (("night_pain", "quand je change de position j'ai un petit coup, ensuite je suis bien et je dors jusqu'au matin"), False),
    (("night_pain", "un petit élancement si je bouge, après je suis bien installé"), False),
    (("night_pain", "ça pique quand je me tourne, ensuite je dors comme un loir"), False),
    # 3. a past fever's degrees told over
    (("fever", "I had 39 with the flu about a week ago but that's all over now, temperature is normal and I feel fine"), False),
    (("fever", "Two weeks ago I was in bed with covid, 39.2, but that's finished, I'm fine now apart from my back"), False),
    (("fever", "had 38 with a cold last week, gone since friday, thermometer says 36.7 now"), False),
    (("fever", "was running 39 last weekend with flu, over since tuesday"), False),
    (("fever", "had a fever of 38.5 last week, it's been gone for 4 days now and I feel well"), False),
    (("fever", "i had a temperature of 38 last week but it's all over now"), False),
    (("fever", "ik had vorige week 38,5 met de griep, dat is nu al een paar dagen voorbij en ik voel me goed"), False),
    (("fever", "twee weken geleden 39 graden met corona, maar dat is al lang over, nu normaal"), False),
    (("fever", "ik heb vorige week 39 gehad, is al 4 dagen over, thermometer zegt 36,8"), False),
    (("fever", "met de griep had ik bijna 39, maar sinds zaterdag is dat over en ik voel me prima"), False),
    (("fever", "ik had vorige week 39 met griep, sinds maandag is het over"), False),
    (("fever", "j'avais 38,5 la semaine dernière avec un rhume, c'est passé depuis samedi"), False),
    (("fever", "il y a deux semaines j'ai fait 39 avec le covid mais c'est terminé, je vais bien"), False),
    (("fever", "j'ai eu 39 de fièvre il y a 10 jours, c'est fini depuis 5 jours et là j'ai 36,8"), False),
    (("fever", "j'ai eu 38,7 la semaine passée mais c'est parti, je me sens bien"), False),
]

KEPT = [
    # 2.
    (("night_pain", "it grabs me when i turn in bed but then i settle and sleep right through"), False),
    (("night_pain", "bij het draaien in bed een prik, daarna lig ik goed en slaap ik verder door"), False),
    (("night_pain", "a stab when i turn over and then i cant get comfy again"), None),
    (("night_pain", "twinge when i roll over and it never settles, i cant sleep through"), None),
    (("night_pain", "a stab when i turn and im comfy for an hour till it wakes me again"), None),
    (("night_pain", "a stab when i turn and then im comfortable until the pain wakes me"), None),
    (("night_pain", "als ik me omdraai een steek en dan lig ik niet lekker meer"), None),
    (("night_pain", "als ik me omdraai een steek en het zakt niet, ik slaap slecht door de pijn"), None),
    (("night_pain", "als ik me omdraai een steek, daarna lig ik lekker tot het me weer wakker maakt"), None),
    (("night_pain", "quand je me retourne ça lance et ça ne passe pas, je dors pas"), None),
    (("night_pain", "quand je me retourne ça pique et après je suis pas bien"), None),
    (("night_pain", "quand je me retourne ça lance, je suis bien pendant une heure puis ça me réveille"), None),
    (("night_pain", "no, only when I turn over"), False),
    (("night_pain", "wakes me every night whatever position I lie in"), True),
    (("night_pain", "ça me réveille toute la nuit, peu importe la position"), True),
    (("night_pain", "ik lig de hele nacht wakker, welke houding ook"), True),
    # 3.
    (("fever", "39 since yesterday"), True),
    (("fever", "had 39 last week, it was over but it came back, 38.5 today"), True),
    (("fever", "had 39 last week, gone now, but tonight 38.4 again"), True),
    (("fever", "had 39 last night, fine this morning"), True),
    (("fever", "I have 38.5 now, the flu I had last month is long over"), True),
    (("fever", "I think I had like 38 last week, not sure it's over"), True),
    (("fever", "had a temperature with covid last month, long over now"), False),
    (("fever", "nog steeds 38"), True),
    (("fever", "ik had 39, het was over maar het is teruggekomen"), True),
    (("fever", "ik heb 39 sinds gisteren"), True),
    (("fever", "vorige week 39 gehad, het was weg maar nu weer 38,6"), True),
    (("fever", "ik denk dat ik vorige week 38 had, weet niet of het over is"), True),
    (("fever", "j'ai 39 depuis hier"), True),
    (("fever", "toujours 38"), True),
    (("fever", "j'avais 39, c'était passé mais c'est revenu"), True),
    (("fever", "je crois que j'ai eu 38 la semaine dernière, je sais pas si c'est fini"), True),
]

test_flags_changed, test_flags_kept = reading_round(find_red_flags, FLAGS_CHANGED, FLAGS_KEPT)
test_changed, test_kept = reading_round(lambda case: parse_answer(case[0], case[1], TODAY), CHANGED, KEPT)
