"""Session 34, round U (issue 12): both legs asleep from sitting, gone in a minute, with another part's ache told "still";
both legs weak told with the Limburgish singular leg and "both" after it.

1. Both legs dead or asleep after sitting long (on the toilet, on the floor, cross-legged, kneeling, a long drive), back within
   a minute, told in the next sentence, kept both_legs + leg_numbness when the message went on with another part's ache
   told to last ("my back is still sore", "rugpijn heb ik sinds gisteren", "j'ai encore mal au dos"): round 33F's staying words
   (LEGS_ASLEEP_STAYS: "still", "since", "days", "nog steeds", "toujours", "depuis") were searched in the whole message.
   Changed: bot/reading/redflags.py _asleep_stays searches them with the clauses left out that name another part's ache (the
   packs' new LEGS_ASLEEP_OTHER_ACHE) and name no leg (LEGS_ASLEEP_LEG) and no numbness (LEG_NUMB, LEGS_ASLEEP_FELT).
2. Both legs weak, not getting worse, told in Limburgish with the singular "bein" (read as "been") and "both" after it ("zwakke
   bein, allebei", "de bein zien allebei slap"), gave {}: one leg weak and not worse is no flag. Changed: the Dutch pack's
   BOTH_LEGS reads a leg named once with "allebei", "alle twee", "alle beide" after it (a comma or "zijn"/"zien" between).

Kept: the legs still numb or tingling, coming back with walking, numb for days, or with no cause told; a clause with the back's
ache that also names the legs or their numbness; both legs weak in standard words (stable or worse); one leg weak; "bein" alone;
a relative's weak legs.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

CHANGED = [
    ('was on the toilet reading for half an hour and both legs went dead when i got up. came back after a minute. my back is still aching though', {}),
    ('sat cross legged on the floor at the party, both my legs fell asleep. fine again within a minute. neck still stiff from the sofa', {}),
    ('both legs went numb after sitting on the bog too long. came back in a few seconds. lower back still sore since monday', {}),
    ('long drive yesterday, both my legs were numb getting out of the car. all fine after a couple of minutes. back still hurts tho', {}),
    ('zat een half uur op de wc en beide benen sliepen toen ik opstond. na een minuutje weer goed. mijn rug doet nog steeds pijn', {}),
    ('in kleermakerszit op de grond gezeten, allebei mijn benen waren doof. binnen een minuut terug normaal. rugpijn heb ik sinds gisteren', {}),
    ('te lang geknield in de tuin, beide benen dood bij het opstaan. na een paar tellen over. mijn nek is nog altijd stijf', {}),
    ('na een lange autorit waren beide benen verdoofd. na een minuut weer normaal. de rugpijn blijft wel', {}),
    ("restée trop longtemps aux toilettes, les deux jambes endormies en me levant. au bout d'une minute c'était revenu. j'ai encore mal au dos", {}),
    ('assis en tailleur par terre, mes deux jambes se sont endormies. en une minute tout était revenu. toujours mal au bas du dos depuis hier', {}),
    ("à genoux au jardin, les deux jambes mortes en me relevant. après une minute c'était passé. la nuque est toujours raide", {}),
    ('long trajet en voiture, les deux jambes engourdies en sortant. en quelques secondes tout était normal, mais le dos me fait encore mal', {}),
    ("sur les toilettes trop longtemps, mes deux jambes engourdies. au bout de deux minutes c'était fini. douleurs au dos depuis des jours", {}),
    ('ich han al maonde zwakke bein, allebei. t is neet erger gewore', {'both_legs': True, 'leg_weakness': 'stable'}),
    ('de bein zien allebei zwak sinds de winter, neet slechter gewore', {'both_legs': True, 'leg_weakness': 'stable'}),
    ('ich heb slappe bein, allebei, mer al jaore hetzelfde, neet erger', {'both_legs': True, 'leg_weakness': 'stable'}),
    ('zwakke bein, alle twee, ich kom lestig de trap op. sinds de zomer gelijk gebleve', {'both_legs': True, 'leg_weakness': 'stable'}),
    ('ik heb krachteloze bein, allebei, al e paar maond, neet erger gewore', {'both_legs': True, 'leg_weakness': 'stable'}),
    ('mien bein zien allebei slap en ze weure slechter', {'both_legs': True, 'leg_weakness': 'worsening'}),
    ('zwakke bein, allebei, en t weurt eder week erger', {'both_legs': True, 'leg_weakness': 'worsening'}),
    ('ik heb zwakke been, allebei, sinds maanden. niet erger geworden', {'both_legs': True, 'leg_weakness': 'stable'}),
    ('squatted down sorting the bottom cupboard and both legs went numb. came back within a minute. back has been sore for days tho', {}),
    ('on the throne too long, both legs dead when i stood. fine after a minute. my neck is still stiff from the pillow', {}),
    ('sat on the floor building lego, both my legs were numb. ok again in a few seconds. lower back still achy', {}),
    ('op de pot te lang gezeten, beide benen sliepen. na een minuutje over. mijn rug is nog altijd stijf', {}),
    ('gehurkt bij het onkruid wieden, allebei mijn benen verdoofd. binnen een minuut terug goed. heb nog steeds rugpijn', {}),
    ("accroupi pour jardiner, mes deux jambes engourdies. au bout d'une minute tout était revenu. les lombaires toujours douloureuses", {}),
    ("assise par terre avec ma fille, les deux jambes endormies. en quelques secondes c'était passé. mal au dos depuis des semaines", {}),
]
KEPT = [
    ('knelt for ages painting the skirting, both legs were dead when i stood. back to normal in a minute, but my back is still killing me', {}),
    ('sat on the floor with the kids and both legs went to sleep. normal again within a minute. my hips still achy since the weekend', {}),
    ('lang op het toilet gezeten, mijn twee benen waren gevoelloos. binnen twee minuten weg, maar mijn onderrug doet nog steeds zeer', {}),
    ('lange treinreis, beide benen doof bij het uitstappen. na twee minuten weg. mijn onderrug is nog gevoelig sinds zaterdag', {}),
    ('mien vader heet zwakke bein, allebei, al e jaor, mer t is gelijk gebleve', {}),
    ('sat on the toilet for 20 mins and both legs went dead when i stood up. came back in a minute.', {}),
    ('after an hour on the toilet both my legs were dead when i got up. back to normal in about a minute', {}),
    ('sat on the loo and both legs went dead, came back in a minute but they are still tingling now', {'both_legs': True, 'leg_numbness': True}),
    ('sat on the loo and both legs went dead. came back in a minute. my back is sore and my legs are still numb', {'both_legs': True, 'leg_numbness': True}),
    ('both legs went numb on the toilet. came back in a minute. back still sore and still pins and needles', {'both_legs': True, 'leg_numbness': True}),
    ('both legs went dead on the toilet. came back in a minute but it keeps happening when i walk, back still sore', {'both_legs': True, 'leg_numbness': True}),
    ('both legs numb after sitting, back after a minute. my back is sore and they have been numb for days', {'both_legs': True, 'leg_numbness': True}),
    ('both legs numb after sitting on the floor. came back in a minute. back pain and still tingly', {'both_legs': True, 'leg_numbness': True}),
    ('zat op de wc en beide benen sliepen. na een minuut terug. mijn rug doet pijn en mijn benen zijn nog steeds doof', {'both_legs': True, 'leg_numbness': True}),
    ('beide benen doof na het zitten. binnen een minuut weg, maar het komt terug als ik loop. rugpijn ook', {'both_legs': True, 'leg_numbness': True}),
    ('beide benen doof op het toilet. na een minuut over. rug nog pijnlijk en nog steeds dood gevoel', {'both_legs': True, 'leg_numbness': True}),
    ("les deux jambes endormies aux toilettes. au bout d'une minute revenu. mal au dos et les jambes toujours engourdies", {'both_legs': True, 'leg_numbness': True}),
    ('les deux jambes engourdies assise. revenu en une minute, mais ça revient quand je marche. mal au dos', {'both_legs': True, 'leg_numbness': True}),
    ("les deux jambes engourdies par terre. en une minute c'était passé. le dos douloureux et toujours des fourmis", {'both_legs': True, 'leg_numbness': True}),
    ('both my legs went numb while sitting at my desk and they are still numb an hour later', {'both_legs': True, 'leg_numbness': True}),
    ('both legs numb for no reason, came back in a minute. back still sore', {'both_legs': True, 'leg_numbness': True}),
    ('i have had weak legs, both of them, for months. not worse since summer', {'both_legs': True, 'leg_weakness': 'stable'}),
    ('writing for my mum (80): she has weak legs, both of them, hard getting out of a chair, no worse since the spring', {'both_legs': True, 'leg_weakness': 'stable'}),
    ('both my legs are weak for months, not getting worse', {'both_legs': True, 'leg_weakness': 'stable'}),
    ('both legs weak and getting weaker every week', {'both_legs': True, 'leg_weakness': 'worsening'}),
    ('ik heb al maanden zwakke benen, allebei. niet erger geworden', {'both_legs': True, 'leg_weakness': 'stable'}),
    ('ik schrijf dit voor mijn moeder (80). zij heeft al maanden zwakke benen, allebei. sinds de zomer niet erger geworden', {'both_legs': True, 'leg_weakness': 'stable'}),
    ('beide benen zwak sinds maanden, gelijk gebleven', {'both_legs': True, 'leg_weakness': 'stable'}),
    ('mijn beide benen worden zwakker', {'both_legs': True, 'leg_weakness': 'worsening'}),
    ('ik heb zwakke benen, allebei, nie erger geworden', {'both_legs': True, 'leg_weakness': 'stable'}),
    ("j'ai les deux jambes faibles depuis des mois, pas pire depuis l'été", {'both_legs': True, 'leg_weakness': 'stable'}),
    ("ma mère a les deux jambes faibles, elle se lève difficilement de la chaise, ce n'est pas pire depuis l'été", {'both_legs': True, 'leg_weakness': 'stable'}),
    ('les deux jambes de plus en plus faibles', {'both_legs': True, 'leg_weakness': 'worsening'}),
    ('ze heet zwakke bein', {}),
    ('mien linkerbein is zwak, neet erger gewore', {}),
    ('my left leg is weak, not worse', {}),
    ('la jambe gauche est faible, pas pire', {}),
    ('my mums legs are both weak, not worse', {}),
    ('both legs went dead on the loo. came back in a minute but still tingling', {'both_legs': True, 'leg_numbness': True}),
    ('both legs numb after sitting on the toilet. fine after a minute. back still sore, legs still numb', {'both_legs': True, 'leg_numbness': True}),
    ('beide benen sliepen op de wc. na een minuut over, maar nog steeds tintelingen', {'both_legs': True, 'leg_numbness': True}),
    ('les deux jambes endormies aux toilettes. revenu en une minute mais toujours des fourmillements', {'both_legs': True, 'leg_numbness': True}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
