"""Session 47, round A10 (issue 12): a slip caught before any fall read as trauma, and French words lost to the Flemish
phone-language rewrite.

1. Onset: an answer telling a slip or a trip caught before any fall or impact ("slipped on the stairs but grabbed the handrail
   and never went down", "ben uitgegleden maar bleef rechtstaan", "j'ai glissé mais je me suis rattrapé à la rampe, je suis pas
   tombé") was trauma by parse_answer (the answers' loose TRAUMA_WORDS hold the slip) while the red-flag reader (round 47R8)
   reads no trauma; a trip caught with no trauma word was not read at all. Changed: bot/reading/answers.py _slip_caught (in
   _parse_onset), with the red-flag packs' SLIP_ONLY, CAUGHT_AFTER, NOTHING_STRUCK and FALL_DENIED: the slip and its catch or
   fall denial taken out, no trauma word left, the red-flag reader reading no trauma: sudden_movement (a slow start told with
   it: asked).
2. The phone-language rewrite (_street) applied the Flemish rewrites that are French words to French text: "bon" dropped
   ("les os sont en bon état" -> "en  état", asked again), "ne" made "een" ("je ne sais pas" -> "je een sais pas"), "allez",
   "gene" (gêne typed bare) dropped or made "geen". Changed: the nl pack's STREET_SHARED (and a third item "fr" on its "ne"
   phrases) and the fr pack's STREET_TEXT_CUES / STREET_TEXT_WORDS (a French negation, a pronoun and its verb, "en bon état",
   "bon ben", two French words): those forms stay as written inside French text; the fr pack's BONES_FINE reads "en bon état".

Kept: a slip then a fall or a blow ("slipped and fell on my back", "je me suis rattrapé mais j'ai quand même tapé le dos contre
la table"), a bare slip (trauma, the safe side), a fall; the Flemish "bon, 't is goed", "ne keer", "ne rugpijn", a bare "ne"
(no); French negations read as before in every slot (34 French answers compared before and after, none lost; a night pain easing denied after its verb, "ça ne passe pas",
which the "een" used to hide from the fr pack's NIGHT_EASED, stays asked: its pattern now refuses a "pas" after the verb); bones not fine
or long steroid use (not a no); a duration told unsure between two numbers (the follow-up). Round 40I's kept "je ne sais
pas" -> number_unsure came from the "een" read as a number: now (None, None) as "je sais pas" (its docstring's designed flow).
"""

from bot.reading.answers import _street, clarification_for, parse_answer
from tests.support.reading_round import reading_round

ONSET_CHANGED = [
    ("tripped over the dog's lead but caught myself on the door frame, back's been sore since", "sudden_movement"),
    ("my foot slipped on the wet kitchen floor but I grabbed the worktop, didnt hit anything", "sudden_movement"),
    ("slipped on a wet step, caught hold of the bannister and stayed on my feet, then the back started", "sudden_movement"),
    ("slipped getting out of the bath but held on to the rail, never hit anything", "sudden_movement"),
    ("lost my footing on the ladder, grabbed the gutter and didnt fall", "sudden_movement"),
    ("slipped on the ice and didn't fall but my back went", "sudden_movement"),
    ("stumbled on the kerb, stayed on my feet, back hurt straight after", "sudden_movement"),
    ("ik ben uitgegleden op de natte tegels maar kon me nog vastgrijpen aan de lavabo", "sudden_movement"),
    ("gestruikeld over een stoeprand, ben niet gevallen maar voelde het schieten in mijn rug", "sudden_movement"),
    ("uitgegleden in de douche, ik heb me kunnen vasthouden, niks geraakt", "sudden_movement"),
    ("'k ben uitgeschoven op de trap maar bleef rechtstaan", "sudden_movement"),
    ("gleed uit op het ijs, niet gevallen, maar sindsdien rugpijn", "sudden_movement"),
    ("ik struikelde over de mat, ving me op aan de tafel en ben niet gevallen", "sudden_movement"),
    ("j'ai trébuché sur le tapis mais je me suis retenu au meuble", "sudden_movement"),
    ("j'ai glissé sur le carrelage, je suis resté debout mais ça a tiré dans le dos", "sudden_movement"),
    ("glissé dans la douche, je me suis agrippé au robinet, pas tombé", "sudden_movement"),
    ("j'ai dérapé sur le verglas sans tomber", "sudden_movement"),
    ("j'ai glissé dans l'escalier mais j'ai pu me rattraper à la rampe", "sudden_movement"),
    ("j'ai trébuché, je suis pas tombée, mais depuis j'ai mal", "sudden_movement"),
]
ONSET_KEPT = [
    ("I skidded on wet leaves, managed to stay upright but felt a twinge in my back", "sudden_movement"),
    ("slipped and fell on my back", "trauma"),
    ("I slipped on the stairs", "trauma"),
    ("slipped, grabbed the rail but still fell backwards onto the step", "trauma"),
    ("tripped and landed on my bum", "trauma"),
    ("the pain came on gradually, no fall", "gradual"),
    ("uitgegleden op de trap", "trauma"),
    ("uitgegleden, kon me vastgrijpen maar toch op mijn stuit gevallen", "trauma"),
    ("gestruikeld en tegen de kast gebotst", "trauma"),
    ("ben van de trap gevallen", "trauma"),
    ("j'ai glissé dans la douche", "trauma"),
    ("je me suis rattrapé mais j'ai quand même tapé le dos contre la table", "trauma"),
    ("j'ai glissé et je suis tombé sur les fesses", "trauma"),
    ("j'ai trébuché et me suis cogné le dos contre le radiateur", "trauma"),
]
STEROIDS_CHANGED = [
    ("mes os sont en bon état, j'ai juste une crème à la cortisone", False),
    ("les os sont en bon état, juste une crème à la cortisone", False),
    ("mes os sont en très bon état, juste un spray de cortisone pour le nez", False),
]
STEROIDS_KEPT = [
    ("mes os sont en bon état, mais je prends de la cortisone tous les jours", True),
    ("mes os sont pas en bon état, j'ai une crème à la cortisone", None),
    ("je ne sais pas si j'ai de l'ostéoporose", True),
    ("je ne prends pas de cortisone", False),
    ("mijn botten zijn in orde, alleen een crème met cortisone", False),
]
STREET_CHANGED = [
    ("je ne sais pas", "je ne sais pas"),
    ("les os sont en bon état", "les os sont en bon état"),
    ("bon ben non, pas de fièvre", "bon ben non, pas de fièvre"),
    ("rien ne soulage la nuit", "rien ne soulage la nuit"),
    ("ça me gene pour marcher, je ne sais pas pourquoi", "ça me gene pour marcher, je ne sais pas pourquoi"),
    ("vous allez rire mais je n'ai pas de fièvre", "vous allez rire mais je n'ai pas de fièvre"),
    ("ça ne descend pas dans la jambe", "ça ne descend pas dans la jambe"),
]
STREET_KEPT = [
    ("bon, 't is goed", ", het is goed"),
    ("ne keer verkeerd gebukt", "een keer verkeerd gebukt"),
    ("ne rugpijn maar niks in mijne been", "een rugpijn maar niks in mijn been"),
    ("ne, gene koorts", "nee, geen koorts"),
    ("ye a bit n its in my toes", "yes a bit and its in my toes"),
    ("jsp, peut-être", "je sais pas, peut-être"),
]
FRENCH_NE_KEPT = [
    ("fever", "je ne pense pas avoir de fièvre", False),
    ("night_pain", "rien ne soulage la nuit, même couché", True),
    ("saddle_numbness", "je ne sens plus rien entre les jambes", True),
    ("bladder_bowel", "non, ça ne change rien pour les toilettes", False),
    ("weight_loss", "je ne mange plus et j'ai perdu 5 kilos", True),
    ("leg_weakness", "ma jambe ne tient plus, c'est de pire en pire", "worsening"),
    ("leg_pain", "ça ne descend pas dans la jambe", "none"),
    ("onset", "je ne suis pas tombé, j'ai porté un carton", "sudden_movement"),
    ("fever", "bon ben non, pas de fièvre", False),
    # the easing denied after its verb once "ne" stays French (the fr pack's NIGHT_EASED): still asked
    ("night_pain", "quand je me tourne sur le côté ça ne passe pas, je reste éveillé", None),
    ("night_pain", "la nuit sur le dos ça se calme", False),
]
DURATION_UNSURE_CHANGED = [
    # not knowing how long, told with a French negation: asked again with the duration buttons like "je sais pas" (the
    # "een" of the old rewrite read as the number one and asked "roughly, which is closest?")
    ("je ne sais pas trop, aucune idée", None),
    ("je ne m'en souviens plus", None),
]
DURATION_UNSURE_KEPT = [
    ("je sais pas", None),
    ("not sure, 2 weeks or 2 months?", "number_unsure"),
    ("ik weet het niet", None),
    ("je ne sais pas, 2 semaines ou 2 mois ?", "number_unsure"),
]

test_onset_changed, test_onset_kept = reading_round(lambda text: parse_answer("onset", text), ONSET_CHANGED, ONSET_KEPT)
test_steroids_changed, test_steroids_kept = reading_round(
    lambda text: parse_answer("osteoporosis_or_steroids", text), STEROIDS_CHANGED, STEROIDS_KEPT)
test_street_changed, test_street_kept = reading_round(_street, STREET_CHANGED, STREET_KEPT)
test_duration_unsure_changed, test_duration_unsure_kept = reading_round(
    lambda text: clarification_for("duration_days", text), DURATION_UNSURE_CHANGED, DURATION_UNSURE_KEPT)
_, test_french_ne_kept = reading_round(
    lambda case: parse_answer(case[0], case[1]), [], [((slot, text), value) for slot, text, value in FRENCH_NE_KEPT])
