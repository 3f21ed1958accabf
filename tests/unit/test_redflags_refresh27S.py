"""Session 27, helper S, after the blind refresh scored once: both legs told right after an animal named as what the
walk is with ("walking the dog both feet tingle", "bij het uitlaten van de hond beide benen doof", "quand je promene le
chien les jambes s'engourdissent": the legs are the patient's, not the dog's); the saddle in a French learned as a second
language ("le dedans des cuisses est engourdi", "les fesses c'est comme dormi"); a sign read as a line of a list or a
leaflet, named bare without "dat"/"que", asked about and denied ("op een lijstje stond tintelingen rond de anus ... ik heb
dat zelf niet", "sur une liste il y avait fesses engourdies ... je n'ai pas ca"); a fall told by the landing ("je suis arrive
sur le coccyx", "ik kwam op mijn kont terecht", "ik landde op mijn stuit"), by the old verb choir ("il a chu de l'echelle")
and by "tombe" typed without its b ("toume")."""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

SADDLE = {"saddle_numbness": True}
TRAUMA = {"onset": "trauma"}
BOTH_NUMB = {"both_legs": True, "leg_numbness": True}
BOTH_WEAK = {"both_legs": True, "leg_weakness": "worsening"}

CHANGED = [
    # 1. both legs right after an animal the walk is with: the patient's legs
    ("walking the dog both feet tingle and go numb after ten minutes", BOTH_NUMB),
    ("every time i walk the dogs both legs get pins and needles, sitting down it goes", BOTH_NUMB),
    ("after riding the horse both legs go numb", BOTH_NUMB),
    ("bij het uitlaten van de hond beide benen doof, even op een bankje en het gaat over", BOTH_NUMB),
    ("quand je promène le chien les jambes s'engourdissent jusqu'aux pieds", BOTH_NUMB),
    ("en sortant le chien les pieds deviennent insensibles des deux côtés", BOTH_NUMB),
    ("avec le chien les jambes fourmillent toutes les deux au bout de dix minutes", BOTH_NUMB),
    # 2. the saddle in a learned French: "le dedans des cuisses", "comme dormi"
    ("depuis hier le dedans des cuisses est engourdi", SADDLE),
    ("les fesses c'est comme dormi depuis ce matin", SADDLE),
    ("assise sur les toilettes j'ai le derrière comme dormi", SADDLE),
    ("en dedans de mes cuisses c'est tout endormi", SADDLE),
    ("le dedans de la cuisse et les fesses comme dormies", SADDLE),
    ("mon derrière et le dedans des cuisses, tout ça c'est engourdi depuis deux jours", SADDLE),
    # 3. a list's or a leaflet's line named bare, asked about, denied
    ("op een lijstje stond tintelingen rond de anus. is dat iets ernstigs? ik heb dat zelf niet, ik voel alles gewoon", {}),
    ("in de folder stonden een doof gevoel in de bilstreek en problemen met plassen. wat bedoelen ze daarmee? ik heb dat niet", {}),
    ("in de bijsluiter staat gevoelloosheid van de billen als bijwerking, wat is dat precies? heb ik niet hoor", {}),
    ("sur une liste il y avait fesses engourdies, c'est quoi exactement? je n'ai pas ça moi", {}),
    ("dans la brochure c'est écrit perte de sensation entre les jambes, je n'ai rien de ça", {}),
    ("sur le dépliant il y a engourdissement autour de l'anus, ça veut dire quoi? moi je n'ai pas ça", {}),
    # 4. a fall told by the landing, by choir, by "toume"
    ("je suis arrivé sur le coccyx en ratant une marche", TRAUMA),
    ("je suis arrivée sur les fesses en bas de l'échelle", TRAUMA),
    ("il a chu de l'échelle la semaine passée", TRAUMA),
    ("elle est chue dans les escaliers de la cave", TRAUMA),
    ("je suis toumée sur le verglas", TRAUMA),
    ("j'ai toumé dans l'escalier lundi", TRAUMA),
    ("ik kwam op mijn achterwerk terecht toen ik uitgleed", TRAUMA),
    ("ik landde op mijn stuit op de keldertrap", TRAUMA),
]

KEPT = [
    # 1. an animal's own legs stay the animal's; the patient's legs named with them stay read
    ("my dogs legs are weak and he keeps falling over", {}),
    ("als ik met de hond ga wandelen beide voeten vol tintelingen", BOTH_NUMB),
    ("the dog's back legs are giving way", {}),
    ("the dog has gone weak in both back legs, the vet is worried", BOTH_WEAK),
    ("when i take the dog round the block both legs go numb from the hips down", BOTH_NUMB),
    ("de poten van mijn hond worden zwakker", {}),
    ("mijn hond zijn achterpoten zijn slap", {}),
    ("als ik de hond uitlaat krijg ik in beide benen tintelingen tot in mijn voeten", BOTH_NUMB),
    ("wandelen met de hond allebei de benen vol mieren", BOTH_NUMB),
    ("les pattes de mon chien sont faibles", {}),
    ("le chien a les pattes arrière qui lâchent", {}),
    ("my mums legs are numb, mine are fine", {}),
    ("walking the dog makes my back ache but no numbness anywhere", {}),
    ("als ik de hond uitlaat doet mijn rug pijn, geen tintelingen", {}),
    # 2. sleep stays sleep, the inner thighs in plain words stay read
    ("j'ai mal dormi cette nuit à cause du dos", {}),
    ("au dedans des cuisses c'est insensible quand je m'essuie", SADDLE),
    ("j'ai pas dormi, le dos me fait trop mal", {}),
    ("je suis resté dedans toute la journée, les cuisses me font mal", {}),
    ("les fesses me font mal quand je suis assis mais pas engourdi", {}),
    ("je dors comme un bébé, pas de souci", {}),
    ("my inner thighs ache after the gym but feel normal", {}),
    ("binnenkant van mijn dijen doet pijn van het fietsen, gevoel is normaal", {}),
    ("de binnenkant van mijn dijen voelt als verdoofd sinds gisteren", SADDLE),
    # session 46SB: the inside of the legs named with the bottom is the inner thighs, the saddle area, not both legs (the
    # triage is the same: saddle numbness alone escalates)
    ("my bum and the inside of my legs near the crotch feel like asleep", SADDLE),
    # 3. the list's line owned, or the sign told first and the leaflet after, stays the sign
    ("op een lijstje stond doof gevoel rond de anus. dat heb ik ook", SADDLE),
    ("mijn zitvlak is doof, in de folder staat dat ik naar spoed moet", SADDLE),
    ("in the leaflet it says numbness round the back passage. I think I have that", SADDLE),
    ("in the leaflet it says numbness round the back passage. what does that mean? I don't have that", {}),
    ("on a checklist there was numb bum. what's that about? I don't have that, I can feel everything", {}),
    ("my bum has gone numb, the leaflet says go to A&E", SADDLE),
    ("on the sheet there was a wet patch this morning, I wet myself without knowing", {"bladder_bowel": True}),
    ("sur une liste il y avait fesses engourdies. je crois que je l'ai", SADDLE),
    ("j'ai les fesses engourdies, sur le site ils disent d'aller aux urgences", SADDLE),
    # 4. pain that comes, a place one arrives at, the Quebec "chu" (je suis): no fall
    ("la douleur est arrivée sur le bas du dos d'un coup", {}),
    ("ça m'est arrivé sur le dos sans raison", {}),
    ("chu fatigué, mal au dos depuis lundi", {}),
    ("chu dans le bus, j'ai mal au dos", {}),
    ("je suis arrivé au travail avec mal au dos", {}),
    ("ik kwam gisteren thuis met rugpijn", {}),
    ("op het ijs uitgegleden en ik kwam hard op mijn zitvlak neer", TRAUMA),
    ("de pijn kwam op mijn rug terecht na het tillen", {}),
    ("ik kom op mijn rug te liggen en dan doet het pijn", {}),
    ("ik kwam met een smak op mijn kont terecht op de trap", TRAUMA),
    ("she came down hard on her bottom on the cellar steps", TRAUMA),
    ("the pain came down into my bottom", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
