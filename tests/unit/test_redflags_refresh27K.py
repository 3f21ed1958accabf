"""Red flags, refresh 42/28 misses (session 27, helper K): falls told for a friend, soiling called an accident, a thing that fell.

- A fall told by a carer for a friend (FAMILY: "mate", "best mate", "buddy", "pote", "ami", "makker", after a possessive):
  "typing this for my buddy, he came off the scaffolding", "j'ecris pour mon pote, il a chute du toit", "ik typ dit voor
  mijn makker, hij is van het dak gedonderd": the friend typed for is the patient, his fall is the patient's. "came off"
  with a word before the thing or another thing ("came off a 3 metre stepladder", "got bucked off the horse"); Dutch "van de
  ladder gedonderd / gekukeld / van het dak gekomen" without "af".
- Soiling told as an accident, with a dialect possessive or another garment: "un accident dans min slip", "dans me
  culotte", "an accident in my underpants / drawers / panties", "een ongeluk gehad, in mijn broek gepoept": the bowel or
  bladder, no trauma. A real accident stays one: "accident de travail", "car accident", "een ongeluk met de fiets".
- A small thing that fell, not the patient (bot/reading/redflags.py fallen_thing): "the pen that had fallen under the desk",
  "mijn sleutels waren gevallen", "la tasse est tombee": no trauma. "I fell", "ik ben gevallen", "je suis tombe", "a tin fell
  on my back", "tripped over my keys and fell" stay falls.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

T = {"onset": "trauma"}
BB = {"bladder_bowel": True}

CHANGED = [
    # a fall told for a friend
    ("writing this for my buddy cause he wont. he came off the scaffolding on monday, about 3 metres", T),
    ("asking for my best mate, he got bucked off the horse and went flat on his back", T),
    ("came off a 3 metre stepladder at work", T),
    ("ik typ dit voor mijn makker . hij is gisteren van het dak gekomen", T),
    ("my mate had bowel cancer", {}),
    ("typing for my pal, he slipped on the ice and fell", T),
    ("ik typ dit voor mijn makker, hij is van de steiger gevallen", T),
    # soiling called an accident
    ("j'ai eu un accident dans me culotte ce matin sans m'en rendre compte", BB),
    ("un accident dans mo froc hier au soir", BB),
    ("j'ai eu un accident dans mon short au travail", BB),
    ("had an accident in my underpants at work today", BB),
    ("i had an accident in my drawers and didnt feel it coming", BB),
    ("ik heb een ongeluk gehad, in mijn broek gepoept zonder het te merken", BB),
    # a thing that fell
    ("reaching for my phone which fell down the side of the sofa, felt a twinge", {}),
    ("mijn sleutels waren achter de kast gevallen, ik bukte en toen schoot het erin", {}),
    ("la tasse est tombée, je me suis penchée et c'est parti", {}),
    ("een boek viel op de grond, ik bukte en het schoot erin", {}),
    ("mon téléphone est tombé derrière le canapé, je me suis tordu pour l'attraper", {}),
]

KEPT = [
    ("my phone fell and i bent to get it, felt a twinge", {}),
    ("hij is van de ladder gedonderd toen hij de dakgoot deed", T),
    ("ik ben van mijn fiets gekukeld op weg naar huis", T),
    ("bent down for the biro that had fallen behind the desk and my back locked", {}),
    ("ik raapte een muntje op dat gevallen was en toen kraakte het", {}),
    ("je ramassais mes clés qui étaient tombées et crac dans le dos", {}),
    # falls of the patient, and a relative's
    ("came off my bike on the ice yesterday", T),
    ("i fell down the stairs on sunday", T),
    ("ik ben gisteren van de trap gevallen", T),
    ("je suis tombé de l'échelle samedi", T),
    ("came off my meds last month and the back got worse", {}),
    ("ik ben net van de trein gekomen en mijn rug doet pijn", {}),
    # real accidents, and soiling already read
    ("j'ai eu un accident de travail la semaine dernière", T),
    ("car accident last week, rear ended at the lights", T),
    ("een ongeluk met de fiets gehad vorige week", T),
    ("j'ai eu un accident dans mon slip", BB),
    ("i had an accident in my pants", BB),
    ("een ongelukje in mijn broek", BB),
    # a thing that fell onto the patient, or the patient fell over it
    ("a tin fell on my back from the top shelf", T),
    ("tripped over my keys and fell", T),
    ("ik ben over mijn sleutels gevallen", T),
    ("je suis tombé sur mon téléphone dans l'escalier", T),
    ("mijn telefoon in de hand viel ik van de trap", T),
    ("une étagère m'est tombée dessus au boulot", T),
    ("with my phone in my hand i fell down the stairs", T),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
