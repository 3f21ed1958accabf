"""Session 33, round M (issue 12): both legs told "dead" with be or feel; both legs weak told with her/his after a bare opener.

1. Both legs told dead with "are", "feel", "have been" or no verb ("both of my legs are dead", "the two feet feel totally dead",
   "allebei mijn benen voelen dood", "mijn twee voeten zijn als dood", "mes deux pieds semblent morts", "mes jambes sont toutes
   les deux mortes") were not read: "dead" was read of both legs only when told going ("went dead"). Changed: en, nl, fr
   BOTH_LEGS_NUMB_PATTERNS (both legs or "my legs ... both" + be/feel/seem + dead / dood / mort(e)s; not "dead tired", "dead
   weight", "dood op", "doodmoe", "mortes de fatigue"), and legs told dead after a sport are tired muscles, not numb (new
   LEGS_DEAD_SPORT of en, nl, fr, read in _legs_asleep_from_sitting: no numbness word told and nothing told that it stays).
   Kept: "my legs are dead after leg day", "both legs dead from the gym", "dood na de marathon", "mortes apres le footing".
2. A message opening on "for my mum", "about my husband", "voor mijn vader", "pour ma mere", "concernant mon mari" (the colon
   is dropped by the normaliser) followed by her/his both legs weak was not read as typed for the patient. Changed: PROXY of
   en, nl, fr (the bare opener at the start or after a greeting, the relative followed by a comma, a dash or their pronoun;
   not "for my mum i bought a stick", "for my mums sake"). Kept: "writing for my dad, both his legs are weak" and the Dutch and
   French "ik schrijf voor", "j'ecris pour" (read already), a relative's legs beside the writer's own back.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

N = {'both_legs': True, 'leg_numbness': True}
W = {'both_legs': True, 'leg_weakness': 'worsening'}
CHANGED = [
    # 1. both legs told dead (en)
    ('since I got up both of my legs are dead and my back is killing me', N),
    ('the two feet feel totally dead, I cannot feel the floor', N),
    ('both my feet have been dead since tuesday', N),
    ('lower back pain and both legs just dead', N),
    ('both of my legs feel sort of dead today', N),
    ('my feet are both dead and the backache is worse', N),
    ('both legs still dead this evening', N),
    ('both legs dead after the gym and numb ever since', N),
    ('both my legs are kind of dead since friday, worse today', N),
    # (nl)
    ('allebei mijn benen voelen dood sinds gisteren', N),
    ('mijn twee voeten zijn als dood', N),
    ('mn benen zijn alle twee dood tot aan de knie', N),
    ('rugpijn en beide voeten helemaal dood', N),
    ('beide benen voelen precies dood, ik voel de grond niet', N),
    ('mijn voeten zijn beide dood sinds vanmorgen', N),
    # (fr)
    ('les deux pieds morts, je ne sens plus le sol', N),
    ('mal au dos et mes jambes sont toutes les deux mortes', N),
    ('mes deux jambes sont mortes depuis hier soir', N),
    ('mes deux pieds semblent morts ce matin', N),
    ('depuis ce matin j ai les deux pieds completement morts', N),
    ('mes jambes toutes les deux mortes depuis deux jours', N),
    # 2. both legs weak with her/his, in a message typed for the patient (en)
    ('for my mum: both her legs have gone weak this week', W),
    ('about my husband - his legs are both weak now', W),
    ('for my gran, both her legs are weak and her back aches', W),
    ('regarding my father: both his legs are getting weak', W),
    ('asking about my wife, her legs are weak, both of them', W),
    ('for my dad he says both his legs are weak', W),
    # (nl)
    ('voor mijn vader: zijn beide benen worden zwak', W),
    ('voor mijn oma, haar benen zijn allebei zwak geworden', W),
    ('over mijn man: hij heeft twee zwakke benen', W),
    ('voor mijn moeder, haar twee benen zijn slap en zwak', W),
    ('betreft mijn vrouw: haar beide benen zijn zwakker', W),
    # (fr)
    ('pour mon père : ses deux jambes deviennent faibles', W),
    ('pour ma femme, ses jambes sont faibles toutes les deux', W),
    ('au sujet de mon mari, ses deux jambes sont faibles', W),
    ('pour mon mari : ses jambes faiblissent, les deux', W),
    ('pour ma grand mère : ses deux jambes sont bien faibles', W),
]
KEPT = [
    ('my legs are both dead from the knees down', N),
    ('mes deux jambes sont comme mortes depuis hier soir', N),
    ('concernant ma mère : elle a les deux jambes faibles', W),
    ('both legs went dead', N),
    ('both legs weak', W),
    ('writing for my dad, both his legs are weak', W),
    ('writing for my mum: both her legs are numb', N),
    ("j'écris pour ma mère, ses deux jambes sont faibles", W),
    ('ik schrijf voor mijn vader, zijn beide benen zijn zwak', W),
    ('namens mijn vader: zijn beide benen zijn zwak', W),
    ('i am dead tired and my back hurts', {}),
    ('my legs are dead after leg day', {}),
    ('my legs are dead from the gym, back is sore', {}),
    ('both my legs are dead after the marathon yesterday', {}),
    ('both legs dead tired after a long shift', {}),
    ('both legs dead from the gym this week', {}),
    ('the battery is dead and my back hurts', {}),
    ('both legs feel like dead weight when I climb stairs', {}),
    ('mijn benen zijn doodmoe', {}),
    ('mijn beide benen zijn dood op na het fietsen', {}),
    ('mijn beide benen zijn dood na de marathon', {}),
    ('j ai les deux jambes mortes de fatigue', {}),
    ('mes deux jambes sont mortes apres le footing', {}),
    ("my mum's legs are both weak, my back hurts", {}),
    ('for my mum i bought a stick, both my legs are fine', {}),
    ("for my mum's sake i keep going, my back hurts", {}),
    ('both legs went dead after sitting cross legged for 20 minutes, took a minute to shake it off and now totally normal', {}),
    ('both my legs are not dead, just sore', {}),
    ('my dead grandad had weak legs, my back hurts', {}),
    ('mijn moeder haar benen zijn allebei zwak, ik heb rugpijn', {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
