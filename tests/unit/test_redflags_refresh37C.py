"""Session 37, round C (issue 12): a false alarm, a general question about how a warning sign shows (read on a site or
asked out of curiosity), then the sign denied for oneself.

"how would someone know theyve lost control of their bladder? i dont have that myself", "hoe merk je dat je je plas niet
meer kunt ophouden? heb ik zelf niet hoor", "comment on remarque qu'on n'arrive plus a uriner ? moi j'ai rien de tout ca":
the question of anyone's was not read as told in general, so the sign stayed the person's though they denied it. The
engine already drops a sign told in general (a segment opening on the packs' GENERAL_SUBJECT, bot/reading/redflags.py
_told_in_general) when the person's own is then told fine (SIGNS_DENIED, SELF_FINE, ALL_WELL). Changed:
- the packs' GENERAL_SUBJECT (en, nl, fr) read the how-one-notices question ("how do you notice", "how would someone know",
  "hoe merk je", "waaraan merkt men", "comment on remarque", "comment sait-on") and the can-it-come-from-the-back question
  ("can leaking urine come from the back", "kan incontinentie door de rug komen", "des fuites peuvent-elles venir du dos");
- a lead-in naming the question general (the packs' new GENERAL_LEAD: "general question", "out of curiosity", "algemene
  vraag", "vraagje tussendoor", "question generale", "par curiosite") is passed over before the GENERAL_SUBJECT is read,
  as the normaliser drops the colon that cut it off ("algemene vraag: kan ...");
- nl ALL_WELL: "plassen gaat (bij mij) gewoon", "bij mij gaat alles gewoon" (clause-final) is all well: the bladder net
  read "ik heb dat zelf niet, plassen gaat gewoon" as trouble.
Kept (safety first): the same question with the sign told or thought one's own ("... i think i have that", "ik denk dat ik
dat heb", "je crois que c'est mon cas"), not sure ("not sure if i have that"), the general question with no denial (the
flag stays as before), one sign denied and another told ("i pee fine but my bum is numb"), the sign told plainly.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

B = {"bladder_bowel": True}
S = {"saddle_numbness": True}
CHANGED = [
    # en
    ("how do you notice numbness around your bum with a disc problem? i dont have any of that, just wondering", {}),
    ("out of curiosity how does a person notice they cant pee properly with sciatica? i dont have that myself", {}),
    ("how do people know when they have lost feeling in the saddle area? i dont have it myself", {}),
    ("how would you notice not being able to hold your poo with a prolapsed disc? i havent got either of those", {}),
    ("how do you know if youve lost feeling down below with sciatica? i dont have any of that myself", {}),
    ("quick one: can dribbling urine be caused by the spine? i read that somewhere. i dont have anything like that, all works fine", {}),
    ("how does someone notice numbness between the legs? i dont have that myself", {}),
    ("random question, could losing control of your bowels come from a disc? i dont have any of that", {}),
    ("how would you notice losing bladder control? i dont have that myself", {}),
    ("how do you notice numbness down there? i dont have that, everything works fine down there", {}),
    # one sign denied, another told: the denied one dropped, the told one kept
    ("how do you notice bladder trouble? i pee fine but my bum is numb", S),
    ("comment on remarque un problème de vessie ? moi je fais pipi normalement mais j'ai les fesses engourdies", S),
    # nl (incl. Flemish)
    ("hoe merk je dat je je plas niet meer kunt ophouden? heb ik zelf niet hoor", {}),
    ("algemene vraag: kan incontinentie door de rug komen? ik heb dat zelf niet hoor", {}),
    ("hoe merkt ge dat ge nie meer kunt plassen met een hernia? ik heb da zelf nie", {}),
    ("hoe voel je dat je geen gevoel meer hebt rond je anus? ik heb dat zelf niet hoor", {}),
    ("las op een website dat je snel geopereerd moet worden als je niet meer kan plassen. hoe merk je dat? ik heb dat zelf niet, plassen gaat gewoon", {}),
    ("hoe kan je merken dat je blaas niet meer werkt door een hernia? ik heb dat zelf niet, plassen gaat bij mij gewoon", {}),
    ("hoe herken je dat je geen gevoel meer hebt in je zitvlak? ik heb dat zelf niet", {}),
    ("uit nieuwsgierigheid hoe merk je dat je blaas niet meer werkt? ik heb dat zelf niet hoor", {}),
    # fr
    ("par curiosité, comment on remarque qu'on n'arrive plus à uriner avec une hernie ? moi je n'ai rien de tout ça", {}),
    ("question générale : des fuites urinaires peuvent-elles venir du dos ? je n'ai rien de tout ça", {}),
    ("comment on se rend compte qu'on perd le contrôle de la vessie ? je n'ai pas ça moi", {}),
    ("à quoi on voit qu'on ne sent plus rien autour de l'anus ? je n'ai rien de tout ça", {}),
    ("petite question : l'incontinence peut venir d'une hernie ? chez moi tout fonctionne normalement", {}),
    ("par curiosité : est-ce que l'incontinence peut être causée par le dos ? moi j'ai rien de tout ça", {}),
    ("comment quelqu'un remarque qu'il n'arrive plus à faire pipi ? je n'ai rien de tout ça, simple curiosité", {}),
]
KEPT = [
    # already read as told in general before, the question of anyone's then denied
    ("how would someone know theyve lost control of their bladder? i dont have that myself", {}),
    ("how can you tell if your bowels have stopped working from a slipped disc? not me though, i dont have anything like that", {}),
    ("general question: can wetting yourself come from the back? i dont have any of that, everything works fine", {}),
    ("can incontinence be caused by a bad back? read it online. i dont have anything like that myself", {}),
    ("waaraan merkt men dat de blaas het laat afweten bij een hernia? ik heb dat zelf niet", {}),
    ("vraagje tussendoor: hoe weet je of je darmen het niet meer doen door je rug? heb ik zelf niet, bij mij gaat alles gewoon", {}),
    ("uit nieuwsgierigheid: hoe zie je dat iemand zijn stoelgang niet meer kan ophouden? ik heb dat niet, bij mij gaat alles gewoon", {}),
    ("comment sait-on qu'on ne retient plus ses selles à cause du dos ? je n'ai pas ça", {}),
    ("kleine vraag: kan ongewild urineverlies van een hernia komen? heb ik zelf niet hoor", {}),
    ("how would you tell if you cant feel the toilet paper when wiping? i dont have any of that myself, just wondering", {}),
    # the sign told or thought one's own
    ("how would you notice losing bladder control? because i think i have that", B),
    ("how do you notice numbness around your bum? i think i have it", S),
    ("how would you know if you cant hold your pee anymore? im not sure if i have that", B),
    ("hoe merk je dat je je plas niet meer kunt ophouden? ik denk dat ik dat heb", B),
    ("hoe merk je dat je niet meer kan plassen? ik weet niet of ik dat heb", B),
    ("comment on remarque qu'on n'arrive plus à uriner ? je crois que c'est mon cas", B),
    ("comment sait-on qu'on ne retient plus ses selles ? j'ai du mal à me retenir depuis hier", B),
    # the general question with no denial: read as before
    ("how would you notice losing bladder control?", B),
    ("hoe merk je dat je je plas niet meer kunt ophouden?", B),
    ("hoe weet ge of ge uw stoelgang nie meer kunt tegenhouden? heb ik zelf nie, bij mij gaat alles gewoon", {}),
    ("comment on remarque qu'on n'arrive plus à uriner ?", B),
    # one sign denied, another told
    ("hoe merk je dat je blaas het laat afweten? plassen gaat gewoon maar mijn zitvlak is gevoelloos", S),
    # the sign told plainly; the Dutch all-well not read in a trouble
    ("i cant hold my pee since yesterday", B),
    ("ik kan niet plassen sinds gisteren, gaat gewoon niet", B),
    ("plassen gaat gewoon niet meer", B),
    ("ik kan mijn plas niet ophouden", B),
    ("je n'arrive plus à uriner", B),
    ("can my incontinence come from the back? it started last week", B),
    ("kan mijn incontinentie van de rug komen? sinds vorige week", B),
    ("est-ce que mes fuites urinaires peuvent venir du dos ?", B),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
