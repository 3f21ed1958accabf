"""Session 29R: night pain told as every position tried, nothing settles it, up in the small hours because of it.

Red flags, night_pain. The no relief told first and the tries after it ("it never lets up at night whether im on my side, my
back or in the armchair", "s nachts gaat de pijn niet weg, of ik nu op mijn rug of op mijn zij lig", "la nuit ca ne se calme
pas, que je me mette sur le ventre ou sur le cote") was missed: the shared night rules read only the tries before the no
relief; bot/reading/redflags.py _SHARED_NIGHT gets the reverse order (NO_RELIEF, then POSITION_TRIED and two NIGHT_POSITION).
The relief denied "in any position" with the negation before it ("the pain is not settling in any position", "la douleur ne
se calme dans aucune position") was undone by its own negation: en/fr NIGHT_PATTERNS own the negation now (fr also the "een"
the reading makes of a "ne" without "pas"). The tries told by "it makes no difference if" / "maakt het niets uit of" (en/nl
POSITION_TRIED, en "nomatter if" as the reading writes it), a back or belly named bare after a first position ("on my side or my
back", "op mijn zij of rug": en/nl NIGHT_POSITION), and "doesnt settle", "stays just as bad", "gaat de pijn niet weg", "blijft
het net zo erg", "zakt het niet", "ca ne se calme pas", "ca reste aussi fort" (en/nl/fr NO_RELIEF) were added. Up at an hour of
the small hours walking or sitting downstairs because of the pain ("by 2am im sitting downstairs in the chair because of the
pain", "om 3 uur zit ik in de stoel van de pijn", "a 3h du matin je suis en bas dans le fauteuil a cause de la douleur") was
missed: en/nl/fr NIGHT_PATTERNS (a cause told, or "end up walking around the house at 3am" with no baby after it).
Kept: pain only when turning over, pain eased by lying on one side, "whatever way i lie its fine", waking from worry, a baby
or a dog keeping one up, an afternoon hour, no relief verb ("it doesnt hurt in any position"), phrasings read already, and the
relatives a message is typed for (uncle/aunt/nephew/niece/cousin, oom/tante/neef/nicht, oncle/tante/neveu/niece/cousin).
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round


def _night(text: str) -> object:
    return find_red_flags(text).get("night_pain")


CHANGED = [
    ('the pain never lets up at night whether im on my side, my back or in the armchair', True),
    ('at night it wont ease off whether i lie on my back or on my side or sit in the chair', True),
    ('it doesnt settle at night no matter if im on my back, on my side or on the sofa', True),
    ('overnight the ache doesnt let up, whether i lie flat or curled up or propped on pillows', True),
    ('during the night the pain isnt settling in any position', True),
    ('at night the pain does not reduce in any position', True),
    ('the pain is not settling in any position at night', True),
    ('asking for my cousin. at night the pain is not settling in any position', True),
    ('at night it makes no difference if i lie on my side or my back, it stays just as bad', True),
    ('in bed it makes no odds whether im flat or on my side, the pain stays as bad', True),
    ('i end up walking around the house at 3am because of the pain', True),
    ('by 2am im sitting downstairs in the chair because of the pain', True),
    ('i end up sitting downstairs at 3 am cos of my back', True),
    ('typing this for my aunt, she is up at 3am walking around because of the pain', True),
    ('writing for my nephew. at night his pain doesnt settle whether he is on his side or his back', True),
    ("s nachts gaat de pijn niet weg, of ik nu op mijn rug of op mijn zij lig", True),
    ("s nachts blijft het net zo erg, of ik op mijn zij lig of op mijn rug", True),
    ("s nachts maakt het niets uit of ik op mijn zij of rug lig, de pijn blijft net zo erg", True),
    ("om 3 uur zit ik beneden in de stoel van de pijn", True),
    ("ik loop s nachts om 4 uur door het huis van de pijn", True),
    ("ik schrijf voor mijn tante. om 4 uur zit ze beneden in de zetel van de pijn", True),
    ("in bed zakt het niet, of ik nu op mijn buik of op mijn rug lig", True),
    ("la nuit la douleur ne passe pas, que je sois sur le dos ou sur le cote", True),
    ("la nuit ca ne se calme pas, que je me mette sur le ventre ou sur le cote ou dans le fauteuil", True),
    ("la nuit la douleur ne se calme dans aucune position", True),
    ("la nuit la douleur ne diminue dans aucune position", True),
    ("a 3h du matin je suis en bas dans le fauteuil a cause de la douleur", True),
    ("a 4h je marche dans la maison a cause de la douleur", True),
    ("je finis par marcher dans le salon a 3h du matin a cause du mal de dos", True),
    ("j'écris pour mon oncle. la nuit la douleur ne se calme dans aucune position", True),
    ("j'écris pour ma nièce, la nuit ça ne se calme pas, qu'elle soit sur le dos ou sur le côté", True),
]

KEPT = [
    # the safe readings: pain only on turning, eased by a side, fine whatever way, worry, a baby, a dog, an afternoon
    ('it only hurts at night when i turn over', None),
    ('i get a twinge when i roll over in bed, then it settles', None),
    ('at night lying on my left side eases it', None),
    ('at night the pain eases when i lie on my side', None),
    ('whatever way i lie its fine', None),
    ('i wake at 3am worrying about my back', None),
    ('the baby wakes me at 3am and i end up walking around the house with her', None),
    ('i end up walking around the house at 3am with the baby', None),
    ('at 3am im sitting downstairs feeding the baby', None),
    ('by 4am im up walking the dog', None),
    ('im up at 3am with the baby', None),
    ('it doesnt hurt in any position', None),
    ('the pain is not bad in any position', None),
    ('it doesnt hurt whether im on my back or on my side', None),
    ('at 3pm im sitting downstairs because of my back', None),
    ('s nachts doet het alleen pijn als ik me omdraai', None),
    ('hoe ik ook lig, het is prima', None),
    ('om 3 uur zit ik beneden met de baby', None),
    ('om 3 uur s middags zit ik in de stoel van de pijn', None),
    ('ik word om 3 uur wakker van de zorgen', None),
    ('s nachts op mijn zij liggen helpt, dan zakt het', None),
    ('maakt niet uit of ik op mijn rug of op mijn zij lig, ik slaap goed', None),
    ("la nuit j'ai mal seulement quand je me retourne", None),
    ('peu importe comment je me couche, ca va', None),
    ('a 3h du matin je suis en bas avec le bebe', None),
    ('la nuit sur le cote ca se calme', None),
    ("a 3h de l'apres midi je suis dans le fauteuil a cause de la douleur", None),
    ('ca ne fait mal dans aucune position', None),
    # read already
    ("at night the pain won't ease in any position", True),
    ('the pain doesnt settle in any position at night', True),
    ("whether i'm on my side, my back or in the armchair, it doesn't let up", True),
    ('most nights i end up pacing the hallway at 4am with it', True),
    ("s nachts blijft de pijn, welke houding ik ook probeer", True),
    ("in bed maakt het niks uit of ik op mijn buik of op mijn rug lig, het blijft even hevig", True),
    ("s nachts zakt de pijn in geen enkele houding", True),
    ("la nuit, que je sois sur le côté, sur le dos ou dans le fauteuil, ça reste pareil", True),
    ("la nuit rien n'y fait, sur le dos, sur le ventre, ça reste pareil", True),
    ("la nuit peu importe si je suis sur le dos ou sur le cote, ca reste aussi fort", True),
    # the relatives a message is typed for
    ('writing for my uncle. he has night pain', True),
    ("ik schrijf voor mijn oom. s nachts gaat de pijn niet weg, of hij nu op zijn rug of op zijn zij ligt", True),
    ('asking for my niece, she has pain all night', True),
    ('ik schrijf voor mijn tante, ze heeft de hele nacht pijn', True),
    ("j'écris pour mon neveu, il a mal toute la nuit", True),
]


test_changed, test_kept = reading_round(_night, CHANGED, KEPT)
