"""Session 34, round S: three false alarms (a weight loss asked about, a night pain only on turning, a weak leg asked about).

1. A weight loss told on purpose, with how after a dash or a colon ("..., on purpose - gym and fewer carbs"), then a question
   whether losing weight makes the back worse: the question read as a loss. The packs' WEIGHT_REMEDY (weight loss asked
   about as a remedy or a cause) now also take the loss asked about as making the back worse (en "making ... worse",
   "aggravate", "bad for"; nl "erger maken", "verergert", "slecht voor"; fr "aggrave", "empire", "mauvais pour", "rend ...
   pire"); a loss told not on purpose or going on ("ive been losing weight and its making my back worse") stays a loss.
2. Night pain only when going from one lying position to another ("only when i go from my side to my back"): the en pack's
   MECHANICAL now reads "shift/go/move/roll/switch from <side|back|front|stomach> to"; its NIGHT_STRONG reads a pain told
   not to settle ("wakes me every night and doesnt settle"), which stays night pain whatever the position words. Dutch and
   French already read these (KEPT).
3. A weak leg asked about in general or told of a neighbour, the person's own legs told fine: the packs' LEGS_FINE (new:
   "my legs work fine", "mijn benen doen het prima", "mes jambes vont tres bien"; bot/reading/redflags.py _legs_told_fine in
   _TOLD_FINE_BY) count as told fine for leg_weakness; en GENERAL_SUBJECT reads "does ... mean hospital / need a and e"; fr
   TAKEN_UP_ASKED reads "..., c'est une urgence ?", "..., il faut consulter (en urgence) ?", "faut-il aller aux urgences".
   A weak leg of the person's own, or legs "fine but ..." stay read.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

WEIGHT = {"weight_loss": True}
NIGHT = {"night_pain": True}
LEG = {"leg_weakness": "worsening"}
CHANGED = [
    # 1. weight lost on purpose, then asked about as making the back worse
    ("lost 9 kilos since spring, intentionally - smaller portions and cycling to work. back is sore after gardening. could losing weight be making it worse?", {}),
    ("dropped 2 stone this year on purpose: no takeaways and swimming twice a week. my back has been stiff for a fortnight. can weight loss make back pain worse", {}),
    ("lost 15 pounds deliberately - cut out sugar and walk every day. lower back niggles. does losing weight aggravate your back?", {}),
    ("down 6 kg, on purpose: tennis and fewer snacks. back is achy after work. is losing weight bad for the back?", {}),
    ("is losing weight making my back worse?", {}),
    ("would weight loss worsen a bad back", {}),
    ("ik ben 8 kilo kwijt sinds januari, bewust - minder brood en elke dag fietsen. mijn onderrug is stijf. maakt afvallen mijn rug erger?", {}),
    ("7 kilo afgevallen, expres: geen snoep meer en hardlopen. rug doet pijn na het werk. kan afvallen rugpijn erger maken?", {}),
    ("bewust 10 kilo kwijt - sportschool en kleinere porties. nu pijn onderin mijn rug. verergert gewichtsverlies rugklachten?", {}),
    ("ik ben 5 kilo afgevallen, bewust: minder bier en wandelen. rugpijn sinds een week. is afvallen slecht voor je rug?", {}),
    ("kan afvallen je rug slechter maken?", {}),
    ("est-ce que la perte de poids aggrave une lombalgie ?", {}),
    ("la perte de poids peut empirer le dos ?", {}),
    ("la perte de poids, c'est mauvais pour le dos ?", {}),
    ("la perte de poids aggrave-t-elle les lombalgies ?", {}),
    ("is losing weight worsening my sciatica? ive lost 6 kilos on purpose: less beer and more walking", {}),
    ("does a leg losing strength with lower back pain need hospital? my uncle had it. my legs work fine", {}),
    ("does a leg giving way with a bad back need the er? a coworker had it. my own legs are fine", {}),
    ("est-ce qu'une jambe qui faiblit avec un mal de reins, c'est une urgence ? mes deux jambes fonctionnent bien", {}),
    # 2. night pain only going from one lying position to another
    ("back pain at night only when i go from my side to my back, ok once i settle", {}),
    ("pain at night only when i get from my side to flat on my back, then i sleep the rest of the night", {}),
    ("night pain in my back only when switching from my stomach to my back, after that i drift off", {}),
    # ... a night pain told not to settle, with "when i move" (read positional before this round)
    ("back pain wakes me every night and doesnt settle, worst when i move from my side to my back", NIGHT),
    # 3. a weak leg asked about in general or of someone else, the person's own legs fine
    ("does a leg giving way with a bad back mean hospital? my brother in law had it last year. my legs are fine, i only have a stiff back", {}),
    ("is a leg losing its strength with back pain an emergency? my legs are fine", {}),
    ("une jambe qui perd sa force avec un mal de dos, c'est une urgence? mes jambes marchent très bien", {}),
    ("quand la jambe lâche avec un mal de dos, il faut consulter en urgence ? une amie a eu ça. moi mes jambes tiennent très bien", {}),
    ("une jambe qui faiblit avec une sciatique, c'est urgent ? mon cousin a eu ça. mes jambes vont très bien", {}),
    ("la jambe qui se dérobe avec le dos bloqué, faut-il aller aux urgences ? ma soeur a eu ça. mes deux jambes fonctionnent normalement", {}),
]
KEPT = [
    # read right before this round already
    ("j'ai perdu 8 kilos, volontairement - moins de pain et du vélo. mal au dos. la perte de poids aggrave le dos ?", {}),
    ("j'ai perdu 8 kilos depuis mars, volontairement - moins de pain et du vélo. j'ai mal en bas du dos. est-ce que maigrir aggrave le mal de dos ?", {}),
    ("j'ai perdu 6 kilos, exprès : plus de grignotage et de la marche. mal au dos depuis lundi. la perte de poids peut empirer le dos ?", {}),
    ("10 kilos en moins, voulu - salle de sport et petites portions. le dos me fait mal. maigrir, c'est mauvais pour le dos ?", {}),
    ("j'ai maigri de 7 kilos, volontairement : régime et natation. douleur lombaire. perdre du poids peut rendre le dos pire ?", {}),
    ("my lower back twinges at night only as i shift from lying on my front onto my back, a second later its gone", {}),
    ("at night it only hurts when i roll from my left side over to my right, a second later its gone", {}),
    ("does a leg going weak with back pain need a and e? my mate had that. my own legs feel strong, still doing squats", {}),
    ("can a weak leg with back pain be dangerous? asking for a friend. my legs are totally fine", {}),
    ("is a leg going weak with a sore back serious? my aunt had it. both my legs work perfectly, just a stiff back here", {}),
    ("une jambe qui ne porte plus avec un lumbago, il faut consulter vite ? mon voisin a eu ça. mes jambes vont très bien", {}),
    # 1.
    ("lost 10 kilos, not on purpose. is losing weight making my back worse?", WEIGHT),
    ("lost weight without trying - no diet. my back aches", WEIGHT),
    ("losing weight fast and its making my back worse", WEIGHT),
    ("ive been losing weight and its making my back worse", WEIGHT),
    ("i keep losing weight, my back is getting worse", WEIGHT),
    ("lost 8 kilos this year, on purpose - eating less and going to the gym. my back hurts.", {}),
    ("ik ben 7 kilo afgevallen zonder dieet. maakt afvallen mijn rug erger?", WEIGHT),
    ("ik ben aan het afvallen en mijn rug wordt erger", WEIGHT),
    ("ik ben 8 kilo afgevallen dit jaar, bewust - minder suiker en sporten. mijn rug doet pijn.", {}),
    ("j'ai maigri sans faire de régime. est-ce que maigrir aggrave le mal de dos ?", WEIGHT),
    ("j'ai une perte de poids qui aggrave tout", WEIGHT),
    ("j'ai perdu 8 kilos cette année, volontairement - moins de sucre et du sport. j'ai mal au dos.", {}),
    # 2.
    ("back pain all night whatever position, worse when i go from my side to my back", NIGHT),
    ("back pain at night, cant get comfortable in any position, even going from my side to my back hurts", NIGHT),
    ("back pain wakes me every night and doesnt settle, worst when i shift from my side to my back", NIGHT),
    ("the pain wakes me every night and doesnt settle, even after i go from my side to my back", NIGHT),
    ("constant pain at night even lying still, and when i go from my side to my back", NIGHT),
    ("back pain wakes me every night and doesnt settle", NIGHT),
    ("pain at night only when i move from my back to my side, then it settles and i sleep through", {}),
    ("'s nachts alleen pijn als ik me omdraai, daarna slaap ik door", {}),
    ("'s nachts alleen pijn in mijn rug als ik van zij naar rug ga, rest van de nacht slaap ik door", {}),
    ("rugpijn 's nachts alleen als ik van mijn zij naar plat op mijn rug ga, even scherp en dan goed zodra ik lig", {}),
    ("'s nachts alleen rugpijn wanneer ik van mijn buik naar mijn zij ga, eens ik lig is het goed", {}),
    ("la nuit j'ai mal seulement quand je change de position, après je me rendors", {}),
    ("mal au dos la nuit seulement quand je passe du côté à plat sur le dos, un instant vif puis ça va une fois installé", {}),
    ("la nuit j'ai une douleur seulement en passant du ventre au dos, puis je me rendors", {}),
    ("la nuit le dos fait mal juste au moment où je change de côté, après je dors toute la nuit", {}),
    # 3.
    ("my leg is losing its strength, is that an emergency?", LEG),
    ("my neighbour had it and now my leg is giving way too", LEG),
    ("is a leg losing its strength with back pain an emergency? my legs are fine but my left foot drags", LEG),
    ("is a leg losing its strength with back pain an emergency? my legs are not fine", LEG),
    ("does a leg giving way mean hospital? my legs are fine, my right leg gives way now and then", LEG),
    ("ma jambe lâche, il faut consulter en urgence ?", LEG),
    ("ma jambe perd sa force, c'est une urgence ?", LEG),
    ("mon voisin a eu ça et maintenant ma jambe lâche aussi", LEG),
    ("une jambe sans force et mal au dos, c'est une urgence ? mes jambes vont bien mais ma jambe gauche lâche parfois", LEG),
    ("een been dat krachteloos wordt met rugpijn, is dat een noodgeval? mijn buurvrouw had dat. mijn benen doen het prima", {}),
    ("vraagje: als je been slap wordt met rugpijn, moet je dan naar de spoed? een vriendin had dat. mijn benen doen het prima", {}),
    ("is krachtverlies in een been bij rugpijn gevaarlijk? mijn collega had het. ik heb gewoon rugpijn, mijn benen werken normaal", {}),
    ("een zwak been en rugpijn, is dat dringend? vraag het omdat mijn zwager dat had. mijn eigen benen zijn in orde", {}),
    ("mijn buurman had dat en nu begeeft mijn been het ook", LEG),
]
test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
