"""Session 21, helper D, after refresh 29 (scored once): being hit from behind in traffic told in dialect or as "achterop
gereden door een busje", "got shunted from behind", "une camionnette m'a tape a l'arriere" is a trauma onset; both legs
that "won't" any more ("ze willen niet goed meer") or need holding on to the furniture to stay up ("ik moet me vasthouden
aan het aanrecht", "have to hold onto the counter", "je dois me tenir au meuble") are both legs weak, worsening; damp
underwear with the patient unsure whether it was urine ("ik weet nie of da urine was of zweet") is the bladder."""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

TRAUMA = {"onset": "trauma"}
BOTH_WEAK = {"both_legs": True, "leg_weakness": "worsening"}
BOTH_NUMB_WEAK = {"both_legs": True, "leg_numbness": True, "leg_weakness": "worsening"}
BLADDER = {"bladder_bowel": True}

CHANGED = [
    # 1. hit from behind in traffic
    ("wij bunt zaterdag achterop ezeten deur 'n bestelbusje bij de rotonde, sindsdien zit de rug vaste", TRAUMA),
    ("we zijn vrijdag achterop gereden door een busje bij het stoplicht, de klap was hard", TRAUMA),
    ("iemand is achterop mij gereden aan de lichten en nu die rugpijn", TRAUMA),
    ("er is ne camion achterop ons gereden op de ring", TRAUMA),
    ("we zijn van achter geraakt door een bestelwagen", TRAUMA),
    ("got shunted from behind at the lights on tuesday, lower back sore since", TRAUMA),
    ("was shunted by a van at the roundabout", TRAUMA),
    ("some idiot went up the back of my car on the motorway", TRAUMA),
    ("une camionnette m'a tapé à l'arrière au feu rouge", TRAUMA),
    ("on a été percutés à l'arrière par un camion samedi", TRAUMA),
    ("un bus nous est arrivé dessus par derrière", TRAUMA),
    ("je me suis pris un camion dans l'arrière au rond-point", TRAUMA),
    # 2. both legs that won't any more, holding on to stay up
    ("sinds gisteren tintelen allebei mijn benen en ze willen niet goed meer mee", BOTH_NUMB_WEAK),
    ("mijn benen willen niet goed meer sinds het weekend", BOTH_WEAK),
    ("mijn benen voelen raar aan, ik moet me aan de tafel vasthouden om recht te blijven", BOTH_WEAK),
    ("both legs, have to hold onto the counter to stay up", BOTH_WEAK),
    ("my legs feel dead, i need to grab the furniture to get about", BOTH_WEAK),
    ("mes deux jambes sont lourdes, je dois me tenir au meuble", BOTH_WEAK),
    ("mes jambes sont engourdies, faut que je m'accroche aux meubles pour avancer", BOTH_NUMB_WEAK),
    ("mes deux jambes veulent plus, depuis hier", BOTH_WEAK),
    # 3. damp underwear, unsure whether it was urine
    ("vanmorgen was mijn slip precies wat vochtig, ik weet nie of da een beetje urine was of zweet", BLADDER),
    ("my boxers were a bit damp, dunno if it was pee or sweat", BLADDER),
    ("my undies were damp this morning, not sure if it was wee or sweat", BLADDER),
    ("mon boxer était un peu mouillé ce matin, je sais pas si c'était du pipi ou de la sueur", BLADDER),
    # damp from sweat ("transpi") is no leak
    ("ma culotte était humide de transpi après le sport", {}),
]

KEPT = [
    ("ik ben aangereden door een bestelwagen", TRAUMA),
    ("got rear-ended by a van on friday", TRAUMA),
    ("on m'a embouti par l'arrière au feu rouge", TRAUMA),
    ("un camion m'est rentré dedans vendredi", TRAUMA),
    ("ik reed achter een busje en nu rugpijn", {}),
    ("ik heb bij mijn broer achterop gezeten op de brommer en nu rugpijn", {}),
    ("mijn dochter zat achterop bij mij op de fiets", {}),
    ("the van was parked behind me when i lifted the box", {}),
    ("i got shunted to another ward and waited hours", {}),
    ("i drove behind a van all day", {}),
    ("je roulais derrière un camion toute la journée", {}),
    ("la camionnette était garée derrière moi", {}),
    ("j'ai pris le bus et je me suis assise à l'arrière", {}),
    ("ça me tape à l'arrière de la tête", {}),
    ("my legs won't do what i tell them", BOTH_WEAK),
    ("mes jambes veulent plus suivre", BOTH_WEAK),
    ("mijn benen willen niet mee", BOTH_WEAK),
    ("i hold on to the banister out of habit", {}),
    ("my legs are fine, i hold on to the counter when i put my socks on", {}),
    ("mijn benen doen pijn maar ik hou me uit gewoonte vast aan de leuning", {}),
    ("je me tiens à la rampe par habitude", {}),
    ("mes jambes veulent plus de cette chaise, elle est trop dure", {}),
    ("my left leg is a bit weak but stable for months", {}),
    ("mijn linkerbeen is een beetje zwak maar al maanden hetzelfde", {}),
    ("ma jambe gauche est un peu faible mais stable depuis des mois", {}),
    ("my pants were a bit damp, not sure if it was wee or sweat", BLADDER),
    ("mijn onderbroek was een beetje nat, ik ben niet zeker of het plas was of zweet", BLADDER),
    ("culotte un peu humide, je sais pas si c'était de l'urine ou de la transpi", BLADDER),
    ("mijn slip was wat vochtig, zeker zweet", {}),
    ("my pants were damp, definitely just sweat from the gym", {}),
    ("my boxers were damp from the rain, not sure if i should see a doctor", {}),
    ("mijn onderbroek was nat van de regen, ik weet niet of het nog pijn gaat doen", {}),
]


test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
