"""Session 22, helper I, after the blind refresh scored once: a fever that is over, told with when it ended ("it broke since
monday", "sinds maandag is de koorts weg", "depuis lundi la fievre est partie"; the illness then asked about again: "c'est les
courbatures de la grippe ou autre chose ?", "is it the flu aches or something else?"); both legs that buckle, taken up by a
pronoun or wanting to fold ("they've started buckling on me", "les jambes veulent plier", "mijn benen willen plooien"); a weak
stream with pushing in French ("le pipi vient pas, je dois pousser", "ca fait un p'tit filet"), also with saddle numbness in the
message; the inner thighs pricking strangely or "tout bizarre" ("de binnenkant van mijn dijen prikt vreemd", "l'interieur des
cuisses tout bizarre"; a thigh alone stays a leg). CHANGED cases fail on the code before this round; KEPT cases (hard negatives
and neighbours) pass before and after."""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

FEVER = {"fever": True}
SADDLE = {"saddle_numbness": True}
BLADDER = {"bladder_bowel": True}
BOTH_WEAK = {"both_legs": True, "leg_weakness": "worsening"}
BOTH_NUMB_WEAK = {"both_legs": True, "leg_numbness": True, "leg_weakness": "worsening"}
CHANGED = [
    # 1. a fever that is over, told with when it ended
    ("had the flu last week with 39 fever, it broke since monday and i feel fine now", {}),
    ("had a fever of 39 last week but it break on sunday, feeling myself again", {}),
    ("flu last week, 39.5 and shivers. since monday the fever is gone and i feel good", {}),
    ("I had a fever, it's gone now. Is it just the flu aches or something else?", {}),
    ("vorige week griep met 39 koorts. sinds maandag is de koorts weg", {}),
    ("had koorts en rillingen, nu is de koorts helemaal weg", {}),
    ("vorige week koorts, sedert zondag is mijne koorts gedaan", {}),
    ("ik had griep met koorts, die is voorbij. is dat nog van de griep of iets anders?", {}),
    ("grippe la semaine dernière avec 39 de fièvre. depuis lundi la fièvre est partie", {}),
    ("j'ai eu de la fièvre, c'est passé. c'est les restes de la grippe ou autre chose?", {}),
    ("j'avais la grippe avec de la fièvre, c'est fini depuis samedi. c'est les courbatures de la grippe qui trainent?", {}),
    # 2. both legs that buckle, want to fold
    ("both legs tingle and they've started buckling on me", BOTH_NUMB_WEAK),
    ("my legs go numb when i walk and they keep giving way", BOTH_NUMB_WEAK),
    ("both legs ache from the knees down and theyre buckling more and more", BOTH_WEAK),
    ("quand je marche les jambes veulent plier", BOTH_WEAK),
    ("mes deux jambes plient sous moi depuis hier", BOTH_WEAK),
    ("mes jambes flechissent quand je monte l'escalier", BOTH_WEAK),
    ("mes jambes veulent toujours lacher, chaque jour un peu plus", BOTH_WEAK),
    ("mijn benen willen plooien als ik wandel", BOTH_WEAK),
    ("mijn beide benen willen doorzakken, elke week erger", BOTH_WEAK),
    # 3. a weak stream with pushing (French)
    ("le pipi vient pas, je dois pousser", BLADDER),
    ("mon pipi sort plus bien depuis hier", BLADDER),
    ("l'urine vient pas bien depuis deux jours", BLADDER),
    ("je dois pousser et ça fait un p'tit filet", BLADDER),
    ("faut forcer et ça sort qu'un p'tit filet", BLADDER),
    ("pour uriner c'est un p'tit filet", BLADDER),
    ("je sens quasi rien en bas quand je m'essuie. et le pipi vient pas, je dois pousser", {**SADDLE, **BLADDER}),
    # 4. the inner thighs, pricking strangely or all strange
    ("de binnenkant van mn dijen prikt vreemd", SADDLE),
    ("de binnenkant van mijn bovenbenen prikt zo anders", SADDLE),
    ("aan de binnenkant van mijn dijen prikt het vreemd", SADDLE),
    ("binnenkant van me dijen prikt raar en dof", SADDLE),
    ("l'intérieur de mes cuisses est tout bizarre", SADDLE),
    ("l'intérieur des cuisses toute étrange depuis hier", SADDLE),
    ("entre les cuisses c'est tout drôle", SADDLE),
]
KEPT = [
    # 1. a fever that is over, told with when it ended
    ("since thursday i have fever", FEVER),
    ("I have a fever since Thursday, it wont break", FEVER),
    ("had the flu last week with 39 fever, it broke my sleep every night", FEVER),
    ("koorts sinds zaterdag", FEVER),
    ("sinds zaterdag is de koorts erger", FEVER),
    ("vorige week koorts, sinds maandag is de koorts nog niet weg", FEVER),
    ("depuis samedi j'ai de la fièvre", FEVER),
    ("depuis lundi la fièvre est pas partie", FEVER),
    ("depuis lundi la fièvre est montée à 39", FEVER),
    ("I have the flu with a fever, is it something else?", FEVER),
    # 2. both legs that buckle, want to fold
    ("my legs are fine, they havent buckled at all", {}),
    ("my knees are ok, they don't give way", {}),
    ("mon genou veut pas plier", {}),
    ("je n'arrive pas à plier les jambes le matin", {}),
    ("mijn benen zijn stijf", {}),
    ("les jambes lourdes le soir", {}),
    ("both my legs feel heavy and they've started buckling on me", BOTH_WEAK),
    # 3. a weak stream with pushing (French)
    ("le pipi vient pas de là, c'est le dos", {}),
    ("je fais pipi normalement", {}),
    ("le robinet coule goutte à goutte", {}),
    ("l'urine sort pas rouge, c'est clair", {}),
    ("je dois pousser pour faire caca", {}),
    ("je dois pousser la porte", {}),
    # 4. the inner thighs, pricking strangely or all strange
    ("ma cuisse est engourdie", {}),
    ("mijn knie wil niet plooien", {}),
    ("beide benen zijn zwaar en ze knikken door, elke week erger", BOTH_WEAK),
    ("c'est bizarre, j'ai mal aux fesses", {}),
    ("mijn dijen prikken", {}),
    ("de binnenkant van mijn dijen prikt niet raar", {}),
    ("my thighs feel dull", {}),
    ("de prik bij de dokter deed raar", {}),
]


test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
