"""Session 29, helper T: four reading misses of find_red_flags, each fixed as a kind in en, nl, fr.

1. Saddle numbness told by temperature (SADDLE_PATTERNS en, nl, fr, session 29T): warm water, a bath, a hot water bottle or
   heat felt LESS on the saddle area than elsewhere was no sign: "the hot shower feels tepid on my bum", "my backside barely
   feels the hot shower", "het hete water lijkt lauw op mijn zitvlak", "ik voel de kruik amper tegen mijn billen", "l eau du
   bain me semble froide sur mon entrejambe", "je sens a peine l eau chaude sur mes fesses". Not the water itself lukewarm
   ("the boiler is broken so the shower is only lukewarm", "het water is lauw", "l eau est tiede"), another part ("my hands
   barely feel the hot water", "my back"), a relative's, or the heat felt well.
2. A rear-end crash told with a Flemish possessive (TRAUMA_PATTERNS nl, session 29T): "achter op men auto gereden", "van
   achter in menne wagen geknald", "tegen men gat gereden" (dialect "men", "menne", "mene", "mijnen"); "men zegt ...", "ik reed
   met men auto naar het werk" stay no trauma; the en and fr twins were read already (KEPT).
3. A temperature told normal for a stretch after a past fever (FEVER_OVER en, nl, fr, session 29T): "my temp has been normal
   for a week", "de temperatuur is al een week normaal", "la temperature est normale depuis 10 jours" end the fever; a fever
   told again after it ("but today its 38.9 again", "maar vandaag weer 39", "mais ce soir de nouveau 39") stays one.
4. Both legs weak told after the legs (BOTH_LEGS_WEAK_PATTERNS en, nl, fr, session 29T): "legs heavy and full of pins and
   needles, both weak", "mijn benen ... allebei zwak", "jambes lourdes et pleines de fourmis, faibles toutes les deux" gave
   the numbness but not the weakness (course: stable if told unchanged, else worsening); "numb but not weak" stays none.

Read: find_red_flags."""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

read = find_red_flags

CHANGED = [
    ('in bad voelt het water aan mijn billen koud, elders heet', {'saddle_numbness': True}),
    ('had a high fever two weeks ago, temperature has stayed normal for the last five days', {}),
    ('the hot shower feels tepid on my bum compared to the rest of me', {'saddle_numbness': True}),
    ('when i get in the bath the water seems barely warm round my backside', {'saddle_numbness': True}),
    ('my backside barely feels the hot shower anymore', {'saddle_numbness': True}),
    ('i barely notice the warm water on my inner thighs', {'saddle_numbness': True}),
    ('the heat pad on my bottom feels like nothing now', {'saddle_numbness': True}),
    ('in the bath its lukewarm on my bum but roasting everywhere else', {'saddle_numbness': True}),
    ('the shower water on my bum and the insides of my thighs feels lukewarm', {'saddle_numbness': True}),
    ('de douche voelt koel aan mijn poep terwijl de rest gloeit', {'saddle_numbness': True}),
    ('het hete water lijkt lauw op mijn zitvlak', {'saddle_numbness': True}),
    ('ik voel de kruik amper tegen mijn billen', {'saddle_numbness': True}),
    ('mijn billen voelen de warmte van het bad bijna niet', {'saddle_numbness': True}),
    ('de warmwaterkruik voelt als niks tegen mijn gat', {'saddle_numbness': True}),
    ('l eau du bain me semble froide sur mon entrejambe', {'saddle_numbness': True}),
    ('je sens a peine l eau chaude sur mes fesses', {'saddle_numbness': True}),
    ('een bestelwagen is achter op men auto gereden toen ik stilstond, sindsdien rugpijn', {'onset': 'trauma'}),
    ('ne camion is van achter in menne wagen geknald, mijn rug doet zeer', {'onset': 'trauma'}),
    ('iemand is tegen men gat gereden aan de lichten, nu rugpijn', {'onset': 'trauma'}),
    ('een vrachtwagen reed achter op men oto, rug doet pijn', {'onset': 'trauma'}),
    ('een busje knalde van achteren tegen menne wagen, sindsdien pijn in de rug', {'onset': 'trauma'}),
    ('had the flu two weeks back with 39 fever. my temp has been normal for a week and i feel great', {}),
    ('had a fever of 39 last month with covid. temp been normal for 10 days now', {}),
    ('twee weken geleden griep met 39 koorts. de temperatuur is al een week normaal', {}),
    ('vorige maand koorts gehad van 39. mijn temperatuur is nu tien dagen normaal en ik voel me goed', {}),
    ('j ai eu 39 de fievre le mois dernier. la temperature est normale depuis 10 jours', {}),
    ('my legs go heavy and full of pins and needles, both weak', {'both_legs': True, 'leg_numbness': True, 'leg_weakness': 'worsening'}),
    ('mijn benen worden zwaar en vol mieren, allebei zwak', {'both_legs': True, 'leg_numbness': True, 'leg_weakness': 'worsening'}),
    ('mijn benen tintelen tot in mijn voeten, alle twee krachteloos', {'both_legs': True, 'leg_numbness': True, 'leg_weakness': 'worsening'}),
    ('mijn benen slapen en prikken, zwak allebei', {'both_legs': True, 'leg_numbness': True, 'leg_weakness': 'worsening'}),
    ('mes jambes deviennent lourdes et pleines de fourmis, faibles toutes les deux', {'both_legs': True, 'leg_numbness': True, 'leg_weakness': 'worsening'}),
    ('mes jambes fourmillent jusqu aux orteils, les deux sont faibles', {'both_legs': True, 'leg_numbness': True, 'leg_weakness': 'worsening'}),
    ('j ai des fourmis dans les jambes jusqu aux pieds, faibles toutes les deux, je dois m asseoir', {'both_legs': True, 'leg_numbness': True, 'leg_weakness': 'worsening'}),
    ('een camion is achterop men auto geknald, nu rugpijn', {'onset': 'trauma'}),
    ('mon pere a mal au dos. ses deux jambes deviennent lourdes et pleines de fourmis, faibles toutes les deux, il doit s asseoir. c est pareil depuis une semaine', {'both_legs': True, 'leg_numbness': True, 'leg_weakness': 'stable'}),
]

KEPT = [
    ('my bum cheeks can hardly feel the heat of the bath', {'saddle_numbness': True}),
    ('i can hardly feel the hot water bottle against my bum', {'saddle_numbness': True}),
    ('the hot water on my groin feels cold, weird', {'saddle_numbness': True}),
    ('ik voel het warme water nauwelijks op mijn kont', {'saddle_numbness': True}),
    ('mijn poep voelt het hete water amper', {'saddle_numbness': True}),
    ('la bouillotte, je ne la sens presque pas contre les fesses', {'saddle_numbness': True}),
    ('mes fesses ne sentent presque pas la chaleur du bain', {'saddle_numbness': True}),
    ('je ne sens plus la chaleur de la douche au niveau des fesses', {'saddle_numbness': True}),
    ('er is ne gast achter op mijnen auto gebotst, sindsdien last van mijn rug', {'onset': 'trauma'}),
    ('flu a fortnight ago, fever of 39. temperature normal since monday', {}),
    ('griep gehad met hoge koorts. temperatuur normaal sinds maandag', {}),
    ('ik had 39 koorts twee weken geleden. temperatuur is normaal al een week', {}),
    ('grippe il y a deux semaines avec 39 de fievre. temperature normale depuis une semaine', {}),
    ('grippe avec beaucoup de fievre il y a quinze jours, temperature redevenue normale depuis lundi', {}),
    ('legs numb to the knees and tingly, both of them really weak', {'both_legs': True, 'leg_numbness': True, 'leg_weakness': 'worsening'}),
    ('my feet are all pins and needles, the both of them weak', {'both_legs': True, 'leg_numbness': True, 'leg_weakness': 'worsening'}),
    ('my legs have gone heavy and fizzy down to my feet, weak the both of them', {'both_legs': True, 'leg_numbness': True, 'leg_weakness': 'worsening'}),
    # a message that opens on his legs and names "he" later is typed for him (session 36A): the signs are the patient's
    ('zijn benen worden loodzwaar en tintelen, beide zwak, hij moet gaan zitten', {'both_legs': True, 'leg_numbness': True, 'leg_weakness': 'worsening'}),
    ('ses jambes s engourdissent jusqu aux pieds, toutes les deux tres faibles, il doit s asseoir', {'both_legs': True, 'leg_numbness': True, 'leg_weakness': 'worsening'}),
    ('the boiler is broken so the shower is only lukewarm', {}),
    ('the hot water on my bum feels lovely and eases the pain', {}),
    ('my dads bum barely feels the hot water', {}),
    ('a hot bath feels good on my lower back', {}),
    ('i can feel the hot water fine on my bum', {}),
    ('my hands barely feel the hot water', {}),
    ('the water feels lukewarm on my back', {}),
    ('het water is lauw, de boiler is kapot', {}),
    ('de kruik doet deugd aan mijn billen', {}),
    ('ik voel het warme water goed op mijn billen', {}),
    ('mijn handen voelen het warme water amper', {}),
    ('het badwater voelt lauw aan', {}),
    ('l eau est tiede, le ballon est en panne', {}),
    ('la bouillotte me fait du bien sur les fesses', {}),
    ('je sens bien l eau chaude sur mes fesses', {}),
    ('mes mains sentent a peine l eau chaude', {}),
    ('l eau du bain me semble tiede', {}),
    ('ik reed met men auto naar het werk en kreeg rugpijn', {}),
    ('men auto staat in de garage, rugpijn van het tillen', {}),
    ('iemand is achterop mijn auto gereden, sindsdien rugpijn', {'onset': 'trauma'}),
    ('a van crashed into the back of my car at the lights, back sore since', {'onset': 'trauma'}),
    ('une camionnette est rentree dans l arriere de ma voiture au feu rouge, mal au dos depuis', {'onset': 'trauma'}),
    ('mijn auto werd van achter aangereden toen hij geparkeerd stond, ik zat er niet in', {'onset': 'trauma'}),
    ('men zegt dat rugpijn vanzelf overgaat', {}),
    ('temp has been normal for a week but today its 38.9 again', {'fever': True}),
    ('my temperature is normal, never had a fever', {}),
    ('39 fever since yesterday', {'fever': True}),
    ('had a fever of 39 last week, temp normal for 2 days but it came back last night', {'fever': True}),
    ('mijn temperatuur is al een week normaal maar vandaag weer 39', {'fever': True}),
    ('ik heb 39 koorts sinds gisteren', {'fever': True}),
    ('temperature normale depuis une semaine mais ce soir de nouveau 39', {'fever': True}),
    ('j ai 39 de fievre depuis hier', {'fever': True}),
    ('flu a fortnight ago, fever of 39. temperature normal since monday', {}),
    ('griep gehad met hoge koorts. temperatuur normaal sinds maandag', {}),
    ('ik had 39 koorts twee weken geleden. temperatuur is normaal al een week', {}),
    ('grippe il y a deux semaines avec 39 de fievre. temperature normale depuis une semaine', {}),
    ('both my legs are numb but not weak', {'both_legs': True, 'leg_numbness': True}),
    ('my legs are tingly, neither weak', {'both_legs': True, 'leg_numbness': True}),
    ('mes jambes fourmillent mais ne sont pas faibles', {'both_legs': True, 'leg_numbness': True}),
    ('mijn benen tintelen maar zijn niet zwak', {'both_legs': True, 'leg_numbness': True}),
    ('legs numb to the knees and tingly, both of them really weak', {'both_legs': True, 'leg_numbness': True, 'leg_weakness': 'worsening'}),
    ('mes jambes sont faibles toutes les deux', {'both_legs': True, 'leg_weakness': 'worsening'}),
    ('mijn benen zijn allebei zwak', {'both_legs': True, 'leg_weakness': 'worsening'}),
    ('my legs are heavy, both weak, same as last week, no change', {'both_legs': True, 'leg_weakness': 'stable'}),
    ('mijn vader heeft rugpijn. zijn benen worden loodzwaar en tintelen, beide zwak, hij moet gaan zitten, het blijft hetzelfde', {'both_legs': True, 'leg_weakness': 'stable', 'leg_numbness': True}),
    ('ik voel het warme water op mijn billen maar niet op mijn rug', {}),
    ('ik heb de hele dag in men auto gereden, rug stijf', {}),
    ('i can feel the hot water on my bum but not on my back', {}),
    ('je sens l eau chaude sur mes fesses mais pas sur le dos', {}),
    ('the hot water bottle doesnt help my bum, it still hurts', {}),
]

test_changed, test_kept = reading_round(read, CHANGED, KEPT)
