"""Session 33, round L (issue 12): bowel and bladder told by the clothes and by "la selle"; the testicles in French slang.

1. A stool passed into the clothes, the skirt or the dress ("passed a motion in his clothes", "opened her bowels in her dress",
   "in zijn kleding gepoept", "ontlasting in haar kleren", "fait caca dans ses habits", "des selles dans mes fringues") was not
   read: the clothes were no place of an accident, and "motion" no stool. A message opening on a time before "she" or "he"
   ("today she ...", "vandaag heeft ze ...", "aujourd'hui elle ...") was not read as typed for the patient. Changed: en, nl, fr
   BLADDER_PATTERNS (a motion or stool in the clothes; a poo in the clothes, with or without "not felt"), fr BLADDER_PATTERNS
   (fait dans / des selles dans / souille the clothes), THIRD_OPENERS of en, nl, fr (today, yesterday, this morning ...).
2. Clothes found wet, a skirt or dress too, with nothing felt or no urge before ("my skirt was wet and I had felt nothing", "mijn
   rok was nat en ik had niks gevoeld", "ma jupe etait mouillee et je n'avais rien senti"). Changed: en, nl, fr BLADDER_PATTERNS
   (the guards of rain, sweat and spills: _NOT_RAIN_BEFORE, _WET_NOT_PEE, _PAS_PLUIE). Kept: wet from rain, tea, coffee.
3. "La selle" as the stool in French ("le controle de la selle", "la selle, je la sens pas venir") and no time to clench the
   bottom ("no time to clench", "geen tijd om mijn billen dicht te knijpen", "pas le temps de serrer les fesses"). Changed: en,
   nl, fr BLADDER_PATTERNS (fr through _BOWEL_SELLE: not the bike's saddle, "en selle", "sur la selle"). Kept: "je n'ai pas le
   controle de la selle du velo", "serrer la main", "clench my fist", the citroen.
4. The testicles in French slang beside the buttocks ("entre les fesses et les couilles / les boules") were not the saddle area:
   "couilles" was read as the typo "mouilles". Changed: fr AREA ("couill[e]s", "burne[s]", "roupette[s]", "boules" only beside
   "fesses") and fr REAL_NEIGHBOURS ("couilles"). Kept: "j'ai les boules" (upset), the comfortable bike saddle; English and
   Dutch already read the zone (kept).
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

CHANGED = [
    ('this morning he passed a stool in his trousers without knowing', {'bladder_bowel': True}),
    ('yesterday she opened her bowels in her dress and never noticed', {'bladder_bowel': True}),
    ("she passed a motion in her pants and didn't notice", {'bladder_bowel': True}),
    ('he passed a motion in his clothes at the table', {'bladder_bowel': True}),
    ('I did a poo in my clothes without feeling it happen', {'bladder_bowel': True}),
    ('she went in her clothes and did not feel it', {'bladder_bowel': True}),
    ('he pooped in his clothing while watching tv and never knew', {'bladder_bowel': True}),
    ('my trousers were wet and I had felt nothing', {'bladder_bowel': True}),
    ('my skirt was wet when I stood up and I had felt nothing', {'bladder_bowel': True}),
    ('got off the bus and my dress was damp, no warning at all', {'bladder_bowel': True}),
    ("when I need to poo there's no time to clench, it just comes", {'bladder_bowel': True}),
    ("I don't get time to squeeze my bum before it comes out", {'bladder_bowel': True}),
    ('when it comes I never have time to clench', {'bladder_bowel': True}),
    ('hij heeft in zijn kleding gepoept', {'bladder_bowel': True}),
    ('ze had ontlasting in haar kleren en merkte er niets van', {'bladder_bowel': True}),
    ('ze had het in haar rok gedaan zonder het te voelen', {'bladder_bowel': True}),
    ('mijn jurk zat vol poep en ik had niks gemerkt', {'bladder_bowel': True}),
    ('mijn rok was nat en ik had niks gevoeld', {'bladder_bowel': True}),
    ('ik stond op en mijn spijkerbroek was doorweekt, ik had niets gemerkt', {'bladder_bowel': True}),
    ('mijn legging bleek kletsnat en ik had niks voelen komen', {'bladder_bowel': True}),
    ('als het komt heb ik geen tijd meer om mijn billen dicht te knijpen', {'bladder_bowel': True}),
    ('ik heb geen tijd om te knijpen, het komt er gewoon uit', {'bladder_bowel': True}),
    ("aujourd'hui elle a fait caca dans ses vêtements sans rien sentir", {'bladder_bowel': True}),
    ('il a fait caca dans ses habits', {'bladder_bowel': True}),
    ('elle a fait dans sa robe sans le sentir', {'bladder_bowel': True}),
    ("il a souillé ses vêtements sans s'en rendre compte", {'bladder_bowel': True}),
    ("il y avait des selles dans mes fringues, j'avais rien senti", {'bladder_bowel': True}),
    ("ma jupe était mouillée et je n'avais rien senti", {'bladder_bowel': True}),
    ("en me relevant du canapé mon collant était humide, j'avais rien senti", {'bladder_bowel': True}),
    ('mes vêtements étaient trempés en sortant de la voiture, aucune envie avant', {'bladder_bowel': True}),
    ("j'ai plus le contrôle de la selle", {'bladder_bowel': True}),
    ("j'ai perdu le contrôle de la selle depuis lundi", {'bladder_bowel': True}),
    ('la selle, je la sens pas venir', {'bladder_bowel': True}),
    ("pour la selle j'ai pas le temps de me retenir", {'bladder_bowel': True}),
    ("quand ça vient pour la selle j'ai pas le temps de serrer les fesses", {'bladder_bowel': True}),
    ("je n'ai plus la maîtrise de la selle", {'bladder_bowel': True}),
    ("la zone entre les fesses et les couilles c'est comme après une piqûre chez le dentiste", {'saddle_numbness': True}),
    ("entre les fesses et les boules c'est tout engourdi", {'saddle_numbness': True}),
    ("tout le bas entre mes fesses et mes boules c'est comme chez le dentiste après la piqûre", {'saddle_numbness': True}),
    ('when I got up from the chair my skirt was soaked and I never felt the urge', {'bladder_bowel': True}),
    ("it just comes out, I don't have time to squeeze", {'bladder_bowel': True}),
    ('mijn jurk bleek vochtig toen ik opstond, ik had niets voelen aankomen', {'bladder_bowel': True}),
    ('er is geen tijd om mijn kont dicht te knijpen, het komt gewoon', {'bladder_bowel': True}),
    ('ik heb geen tijd om mijn sluitspier aan te spannen', {'bladder_bowel': True}),
    ('quand je me suis levée ma robe était trempée, aucune envie avant', {'bladder_bowel': True}),
    ("mon short était tout mouillé au réveil de la sieste, j'avais rien remarqué", {'bladder_bowel': True}),
    ('mijn kleren waren doornat toen ik opstond en ik had niks gemerkt', {'bladder_bowel': True}),
    ("toute la zone entre les fesses et les couilles, c'est comme si le dentiste m'avait piqué", {'saddle_numbness': True}),
]
KEPT = [
    ('I stood up and my trousers were wet from the rain', {}),
    ('I stood up and my trousers were wet, I had spilt my tea', {}),
    ("my skirt was wet from the rain and I didn't feel it", {}),
    ("I don't have time to clench my fist", {}),
    ('the council passed a motion in the meeting', {}),
    ('toen ik opstond was mijn rok nat van de regen', {}),
    ('mijn jurk was nat, ik had thee gemorst, niks gemerkt', {}),
    ('ik heb geen tijd om de citroen uit te knijpen', {}),
    ('ma jupe était mouillée à cause de la pluie', {}),
    ("mon pantalon était mouillé à cause du café renversé, j'avais rien senti", {}),
    ("je n'ai pas le temps de serrer la main du médecin", {}),
    ('je sens pas la selle du vélo, elle est confortable', {}),
    ("je n'ai pas le contrôle de la selle du vélo dans les descentes", {}),
    ('je suis en selle depuis trois heures', {}),
    ("j'ai les boules, mon dos me fait mal", {}),
    ('today she has a fever and I have back pain', {}),
    ('the dentist gave me an injection and my lip is still numb', {}),
    ('je sens plus la selle du scooter tellement elle est moelleuse', {}),
    ('my son pooped his pants at nursery', {}),
    ('sur la selle du vélo je sens plus mes fesses', {'saddle_numbness': True}),
    ('anesthésie en selle', {'saddle_numbness': True}),
    ('the whole area between my bum and my balls feels like after the dentist', {'saddle_numbness': True}),
    ('de hele zone tussen mijn billen en mijn ballen voelt als na een prik bij de tandarts', {'saddle_numbness': True}),
    ("entre les fesses et les bourses c'est comme après une piqûre chez le dentiste", {'saddle_numbness': True}),
    ('he messed himself without noticing', {'bladder_bowel': True}),
    ("I pooped my pants and didn't even notice", {'bladder_bowel': True}),
    ('ze heeft in haar broek gepoept zonder het te merken', {'bladder_bowel': True}),
    ("elle a fait dans sa culotte sans s'en rendre compte", {'bladder_bowel': True}),
    ('je sens plus venir les selles', {'bladder_bowel': True}),
    ('je ne contrôle plus mes selles', {'bladder_bowel': True}),
    ('je sens pas quand je dois aller à la selle', {'bladder_bowel': True}),
    ('I got up and my jeans were soaked, I never felt it coming', {'bladder_bowel': True}),
    ('mijn jurk was nat toen ik opstond, ik had geen aandrang gevoeld', {'bladder_bowel': True}),
    ("je me suis levée et mon jean était mouillé, j'avais rien senti venir", {'bladder_bowel': True}),
    ('ik heb geen controle meer over de stoelgang', {'bladder_bowel': True}),
    ("I have no control over my bowels anymore, when it comes I don't even have time to clench", {'bladder_bowel': True}),
    ('my leggings were soaked, I never felt anything beforehand', {'bladder_bowel': True}),
    ('vandaag heeft ze in haar kleren gepoept zonder het te merken', {'bladder_bowel': True}),
    ('toen ik rechtstond was mijn jurk vochtig, ik had geen aandrang gehad', {'bladder_bowel': True}),
    ("j'ai les couilles et le périnée comme après l'anesthésie du dentiste", {'saddle_numbness': True}),
    ('sur le scooter les couilles et les fesses sont toutes endormies', {'saddle_numbness': True}),
    ("after the lesson my trousers were wet and I hadn't noticed a thing", {'bladder_bowel': True}),
    ('na de les was mijn broek kletsnat en ik had helemaal niks gevoeld', {'bladder_bowel': True}),
    ('la zone entre mes fesses et mes couilles est insensible', {'saddle_numbness': True}),
    ('entre mes boules et mes fesses je sens presque rien', {'saddle_numbness': True}),
    ('my uniform was damp when I got off the chair, no urge at all', {'bladder_bowel': True}),
    ("les couilles et l'anus c'est comme endormi", {'saddle_numbness': True}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
