"""Session 26, helper B, after the blind refresh 39/25 scored once: the saddle and the bladder told in dialect and by what
the person notices (four missed safety signs).

1. The bladder: not feeling or telling the pee come out, the pee taken up by "it" or "het" or "ca", in dialect too ("when i
   had a wee i couldnt tell it was coming out", "divvent feel it come oot", "ik kon niet voelen of het eruit kwam", "j'sentais
   pas que ca coulait", "j'ai pas senti que ca sortait"). Kept: "cant tell if its coming out of my back", "couldnt feel it
   coming on", "of het uit mijn rug komt".
2. The saddle, wiping told in West-Vlaams ("afkuisn", "afkuizen", "bijna nietn", "lik of ... doof") and likened to deafness
   ("like its gone deaf down there", "comme si c'etait parti"): a likening of the feeling gone is no sign told over. Kept: a
   numbness told over ("but its gone now"), "im deaf in one ear".
3. The saddle, tingling in both legs and round the buttocks (the area after a word of place, "en rond mijn billen", "et
   autour des fesses"), and the seat likened to sitting on pins ("like sitting on a pincushion", "alsof ik op een kussen met
   spelden zit", "comme assise sur des punaises"). Kept: one leg tingling from the buttock to the foot (sciatica), the
   worry "on pins and needles", "the buttocks hurt".
4. The bladder, not emptied or the toilet again and again for nothing ("went to the loo 3 times for nothing", "al 3x voor
   niets naar de wc", "j'ai pas reussi a vider ma vessie", "aux toilettes et rien ne sort"). Kept: the toilet often at night
   with no trouble told ("went to the toilet 3 times last night", "vannacht drie keer naar de wc", "3 fois aux toilettes
   cette nuit")."""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

SADDLE = {"saddle_numbness": True}
BLADDER = {"bladder_bowel": True}
BOTH_NUMB = {"both_legs": True, "leg_numbness": True}

CHANGED = [
    # 1. the pee not felt coming out, "it"
    ("had a wee this morning and honestly couldnt tell it was coming out", BLADDER),
    ("i couldnt feel it coming out at all", BLADDER),
    ("on the loo i couldnt really tell it was coming", BLADDER),
    ("on the toilet i didnt notice it was coming out", BLADDER),
    ("divvent feel it come oot when ah gan for a pee", BLADDER),
    ("ik kon niet echt voelen of het eruit kwam", BLADDER),
    ("ik voelde niet dat het eruit liep", BLADDER),
    ("k kan nie zeggen of t eruit komt", BLADDER),
    ("j'sentais pas que ca sortait ce matin", BLADDER),
    ("aux toilettes je sentais pas que ça sortait", BLADDER),
    ("je sentais plus que le pipi sortait", BLADDER),
    # 2. wiping in West-Vlaams, a likening of the feeling gone
    ("as ik mij afkuisn voel ik nietn", SADDLE),
    ("as ik mij afkuis voel ik raar, lik of da t doof is", SADDLE),
    ("als ik me afkuis na het toilet is het raar, alsof het dood is", SADDLE),
    ("when i wipe i barely feel a thing, like its gone", SADDLE),
    ("its gone deaf down there", SADDLE),
    ("my bum feels deaf since yesterday", SADDLE),
    ("quand je m'essuie je sens quasi rien, comme si c'etait parti", SADDLE),
    ("en m'essuyant je sens presque rien, on dirait que c'est parti", SADDLE),
    # 3. tingling in both legs and round the buttocks, sitting on pins
    ("sinds vannacht tintelt het in allebei mijn benen en rond mijn billen", {**SADDLE, **BOTH_NUMB}),
    ("tintelingen in mijn twee benen en rond mijn poep", {**SADDLE, **BOTH_NUMB}),
    ("ça fourmille dans les deux jambes et autour des fesses", {**SADDLE, **BOTH_NUMB}),
    ("like sitting on a pincushion all day", SADDLE),
    ("feels like im sat on drawing pins", SADDLE),
    ("my bum feels like a pincushion", SADDLE),
    ("alsof ik op een kussen met spelden zit", SADDLE),
    ("net of ik op naalden zit de hele dag", SADDLE),
    ("comme assise sur des punaises", SADDLE),
    ("j'ai l'impression d'etre assis sur des aiguilles", SADDLE),
    # 4. the bladder not emptied, the toilet for nothing
    ("went to the loo four times for nothing", BLADDER),
    ("been to the toilet twice and nothing came", BLADDER),
    ("tried to pee three times in vain", BLADDER),
    ("ik ben al 3x voor niets naar het toilet geweest", BLADDER),
    ("twee keer voor niks naar de wc gelopen", BLADDER),
    ("naar de wc gegaan maar tevergeefs", BLADDER),
    ("j'ai pas reussi a uriner ce matin", BLADDER),
    ("je n'ai pas pu vider ma vessie", BLADDER),
    ("deux fois aux toilettes pour rien", BLADDER),
    ("je vais aux toilettes et rien ne sort", BLADDER),
]

KEPT = [
    # 1. neighbours of the pee not felt
    ("when i pee i cant tell its coming", BLADDER),
    ("i couldnt feel it coming on", {}),
    ("i cant tell if its coming out of my back", {}),
    ("it came out of nowhere and i couldnt feel my back for a second", {}),
    ("ik kan niet voelen of het uit mijn rug komt", {}),
    ("ik weet niet of het eruit kan", {}),
    ("je sens pas que ca va mieux", {}),
    ("je ne sens plus quand j'urine", BLADDER),
    ("when i pee i cant tell its passing", BLADDER),
    ("j'ai pas senti que ça coulait", BLADDER),
    # 2. a numbness told over, deaf of the ears
    ("when i wipe i barely feel anything but its gone now", {}),
    ("had a numb bum last week but its gone", {}),
    ("im deaf in one ear and my back hurts", {}),
    ("als ik me afveeg voel ik bijna niks, alsof het weg is", SADDLE),
    ("quand je m'essuie c'etait bizarre mais c'est parti", {}),
    ("je m'essuie normalement, je sens tout", {}),
    # 3. one leg from the buttock down, the worry, pain
    ("left leg tingles from my bum cheek to my toes", {}),
    ("ive been on pins and needles waiting for the mri results", {}),
    ("pins and needles in both legs and over my bum hurts", BOTH_NUMB),
    ("het tintelt in mijn benen en rond mijn billen doet het pijn", BOTH_NUMB),
    ("ik zit op spelden te wachten op de uitslag", {}),
    ("mijn linkerbeen tintelt van mijn bil tot in mijn tenen", {}),
    ("je suis sur des charbons ardents en attendant l'irm", {}),
    ("ma jambe gauche picote de la fesse jusqu'au pied", {}),
    # 4. the toilet often, no trouble told
    ("went to the toilet 3 times last night", {}),
    ("i went to the loo 3 times last night", {}),
    ("ik ben vannacht drie keer naar de wc geweest", {}),
    ("op de wc voor niks te doen", {}),
    ("je suis alle 3 fois aux toilettes cette nuit", {}),
    ("des fourmis dans les deux jambes et mal aux fesses", BOTH_NUMB),
    ("j'ai pas pu marcher hier", {}),
    ("je n'arrive pas a vider ma vessie", BLADDER),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
