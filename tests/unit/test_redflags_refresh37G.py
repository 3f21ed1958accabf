"""Session 37, round G (issue 12): saddle numbness told as a region that feels thick, padded, dull or like cotton wool.

The saddle area named as a region ("the area i sit on", "de streek waar ik op zit", "la zone ou on s'assoit"), or named and
then its parts set between commas, felt loosely numb: thick, padded, dull, a layer of cotton wool between ("dik", "watten",
"epais", "rembourre", "feutre", "sourd"). Read before only as far as the bladder when a wet night was told with it.

Changed: bot/reading/redflags.py _AREA_APPOSED (the area, its parts between commas with another area word, then its numbness;
no negation, pain or leg after) and _thick_of_object (thick said of a cushion, a pad, the clothes named before it in its clause
is no sign: the packs' new THICK_WORD and THICK_OBJECT); en AREA ("the area/part/bit i sit on", the bit that touches the
saddle or chair), en NUMB_SADDLE (feels thick/padded, like a layer of cotton wool or padding, "like theyre padded"), en
SADDLE_PATTERNS ("down below front and back ..."); nl AREA ("de streek/zone/het gebied waar ik op zit"), nl NUMB_SADDLE
("voelt dik aan", "gevoerd", a layer ("laag") of watten or between, "precies watten"); fr NUMB_SADDLE (est/semble epais,
rembourre, feutre, ouate, sourd, "comme une epaisseur", "comme ouate").

Kept: the same words for pain or itching, a dull ache, "la douleur sourde", all felt down there, a cushion or shorts that feel
thick or padded, one thigh's outer side numb, the thing denied, someone else's region.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

S = {"saddle_numbness": True}
CHANGED = [
    # en
    ("the whole area i sit on has felt thick and dull since yesterday", S),
    ("the part you sit on feels like cotton wool", S),
    ("the bit that touches the chair feels kind of padded", S),
    ("down below front and back feels dull and sort of thick", S),
    ("my bum and between my legs feel like theyre padded", S),
    ("the region i sit on feels thick, as if theres a layer of cotton wool", S),
    ("my crotch has felt padded since i woke up", S),
    ("round my backside it feels thick and padded", S),
    ("the area i sit on, my bum and my privates, feels all numb", S),
    # nl incl. Flemish
    ("heel de streek waar ik op zit voelt dik aan", S),
    ("de zone waar ge op zit voelt sinds vanmorgen zo dik", S),
    ("vanvoor tussen mijn benen voelt alles dik aan, precies watten", S),
    ("rond mijn gat voelt het dik aan, alsof er watten zitten", S),
    ("rond mijn poep voelt het precies of er een laag tussen zit", S),
    ("mijn kruis voelt precies gevoerd", S),
    ("het gebied rond de poep voelt dik aan sinds gisteren", S),
    ("mijn billen voelen dik aan, gelijk een kussen", S),
    ("het stuk waar ik op zit, mijn poep en mijn kruis, voelt doof", S),
    # fr
    ("autour des fesses c'est épais, comme du coton", S),
    ("là où on s'assoit c'est épais et sourd", S),
    ("l'entrejambe me semble épaisse, comme rembourrée", S),
    ("autour de l'anus je sens comme une épaisseur", S),
    ("la zone des fesses est comme feutrée", S),
    ("mes fesses sont toutes rembourrées depuis hier", S),
    ("le périnée paraît épais depuis ce matin", S),
    ("entre les cuisses c'est devenu épais, comme ouaté", S),
]
KEPT = [
    # en: pain, all felt, a thing thick, one thigh, denied, others, and the readings already right
    ("my bum hurts when i sit", {}),
    ("sore bum from cycling all weekend", {}),
    ("i can feel everything down there, no numbness", {}),
    ("the cushion under my bum feels thick", {}),
    ("my new seat cushion feels thick and comfy under my backside", {}),
    ("the outside of my left thigh is numb", {}),
    ("the area i sit on hurts after an hour", {}),
    ("the area i sit on is sore but i can feel it fine", {}),
    ("a dull ache in my bum when i sit", {}),
    ("my wife says the area she sits on feels padded", {}),
    ("the bike shorts feel padded", {}),
    ("i wear padded shorts on the saddle", {}),
    ("it's like wearing a thick nappy down there", S),
    ("the whole saddle area feels like cotton wool", S),
    # nl
    ("mijn poep doet pijn als ik zit", {}),
    ("mijn poep doet zeer van het fietsen", {}),
    ("ik voel alles daar beneden, niks doof", {}),
    ("het kussen onder mijn poep voelt dik aan", {}),
    ("de streek waar ik op zit doet pijn", {}),
    ("mijn billen voelen niet dik of doof aan", {}),
    ("de buitenkant van mijn linkerdij is doof", {}),
    ("ik heb watten nodig voor mijn poep", {}),
    ("ik heb een dikke poep", {}),
    ("de zone waar ik op zit is pijnlijk na een uur", {}),
    ("de streek rond mijn aars voelt aan als watten", S),
    # fr
    ("j'ai mal aux fesses en étant assis", {}),
    ("j'ai mal au derrière quand je m'assois", {}),
    ("je sens tout en bas, rien d'engourdi", {}),
    ("le coussin sous mes fesses est épais", {}),
    ("une douleur sourde dans la fesse", {}),
    ("la douleur est sourde aux fesses", {}),
    ("l'extérieur de ma cuisse gauche est engourdi", {}),
    ("mes fesses ne sont pas épaisses ni engourdies", {}),
    ("j'ai les fesses qui piquent", {}),
    ("mon coussin est rembourré pour les fesses", {}),
    ("la zone où je m'assois est comme endormie", S),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
