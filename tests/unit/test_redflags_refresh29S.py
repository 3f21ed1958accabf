"""Session 29, helper S: bladder and bowel, a dialect accident not noticed; the sign asked about and denied as one's own.

Missed before: urine or stool lost without noticing, told in dialect: West-Flemish and Brabant "men"/"min" for "mijn" before
the trousers ("in men broek gepist"), "gewaar worden" for noticing ("zonder da 'k et gewoar wierd"), the Gronings carer
("ik schrief veur mien vader ... wat in zien slip ... niks van mirkt"), a past without its participle ("ze het in heur broek
pist"), "wat" for "iets" in the underpants; English dialect words of the pants ("wet me kecks", "shat ma breeks"); Quebec and
slang French ("pisse dans mes culottes", "alle dans mes bobettes ... rien senti").
False alarms before: the sign named inside a question or as hearsay, then denied as one's own ("is it true you go to a&e if
you cant hold your pee? thats not the case for me", "klopt het dat je naar spoed moet als je niet meer kan plassen? heb dat
zelf niet", "faut il consulter si on sent plus quand on fait pipi ? j'ai aucun probleme de ce cote la"); and Dutch "as
usual" after peeing ("plassen is gelijk anders", "zoals anders": "anders" read as trouble by the net).
Changed (pack tables): nl STREET (gewoar, wierd, gewurden, schrief, veur, gemirkt), SPOKEN_PHRASES ("men"/"min"/"zien" before
the trousers), LEAKED, NOTICING (gewaar worden), BLADDER_PATTERNS ("wat" in the underpants not noticed, "niet gewaar", the
dialect past), ALL_WELL ("zoals/gelijk/lijk anders", "zoals altijd", "geen verschil met vroeger"; not after "niet"/"meer"),
SIGNS_DENIED ("heb dat zelf niet", "zelf heb ik daar geen last van", "alles werkt normaal"), GENERAL_SUBJECT ("klopt het dat
je", "moet je ... als je"), NAMED_BY_CARER ("mijn kine zei dat je"); en SIGNS_DENIED ("i have no issues with that myself",
"thats not the case for me"), GENERAL_SUBJECT ("is it true you", "should you ... if you"), BLADDER_PATTERNS (dialect pants);
fr SIGNS_DENIED ("j'ai aucun souci de ce cote", "moi aucun souci", "de ce genre"), GENERAL_SUBJECT ("faut ... si on", "c'est
vrai que si on"), REAL_NEIGHBOURS ("parait" is no typo of "partait"), BLADDER_PATTERNS ("pisse dans mes culottes", "alle dans
mes bobettes" not felt).
Kept: the sign owned after the question ("... i cant pee since this morning", "moi j'ai du mal a uriner depuis hier"), a
denial with a "but" and a leak, "heb dat niet meer onder controle", "niet zoals anders", "anders dan anders", a pocket or
something put in the pants, went to bed, kecks wet from the rain.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

BB = {"bladder_bowel": True}
NONE: dict = {}

CHANGED = [
    # 1. a dialect accident, not noticed (nl)
    ("vanmorgen heb ik in men broek gepist zonder dat ik het gewaar werd", BB),
    ("ik heb in men broek gepist en ik wierd het nie gewoar", BB),
    ("'k è in men onderbroek gekakt zonder da 'k et gewoar wierd", BB),
    ("ge ga nie geloven mor 'k è in men broek geplast zonder 't gewaar te worden", BB),
    ("ik em in min broek gedaan en k had het nie door", BB),
    ("k em gepist zonder da k et gewoar wierd", BB),
    ("ich han gepis zonder dat ich het gewoar woerd", BB),
    ("vanmiddag bleek dat ik wat in mijn onderbroek had zitten en ik had er niks van gemerkt", BB),
    ("vannacht zat er wat in men onderbroek en k had er niks van gemerkt", BB),
    ("ik schrief veur mien man, e het in zien broek pist en e het der niks van mirkt", BB),
    ("ik schrief veur mien vrouw, der zat wat in heur onderbroek en ze hef der niks van mirkt", BB),
    ("ik schrijf voor mijn vader, er zat wat in zien slip en hij had er niks van gemerkt", BB),
    ("ik schrief veur mien vrouw, zij het in heur broek pist en ze had het nie in de gaten", BB),
    # ... en, fr
    ("i wet me kecks and never clocked it", BB),
    ("ah'd shat ma breeks an didnae notice", BB),
    ("me keks were soiled an i never felt owt", BB),
    ("i wet me drawers in the night and didnt know", BB),
    ("j'ai pissé dans mes culottes pis j'm'en suis pas rendu compte", BB),
    ("chu allé dans mes bobettes pis j'ai rien senti", BB),
    ("je suis allé dans ma culotte sans m'en rendre compte", BB),
    # 2. the sign asked about or heard of, then denied as one's own
    ("is it true you go to a&e if you cant hold your pee? thats not the case for me, all normal", NONE),
    ("is it true that you need surgery if you lose control of your bowels? i have no problems with that myself", NONE),
    ("should you go to hospital if you cant pee with a slipped disc? i have no issues with that at all", NONE),
    ("read online that if you cant feel yourself pee you need a&e? i have no trouble with that myself", NONE),
    ("heard that if you cant pee its an emergency. i have no issues with that myself", NONE),
    ("is it true you should go to a and e if you cant control your bowels? thats not me, everything works", NONE),
    ("klopt het dat je naar spoed moet als je niet meer kan plassen? heb dat zelf niet, alles gaat normaal", NONE),
    ("is het waar dat je moet opletten als je niet meer kan plassen? zelf heb ik daar geen last van", NONE),
    ("mijn kine zei dat je met spoed moet als je je plas niet kan ophouden, klopt dat? heb dat gelukkig niet", NONE),
    ("j'ai lu qu'il faut aller aux urgences si on n'arrive plus a uriner, c'est vrai? perso j'ai aucun probleme de ce cote", NONE),
    ("il parait qu'on doit consulter vite si on perd le controle de la vessie? moi aucun souci", NONE),
    ("est ce qu'il faut aller aux urgences si on fait pipi sans s'en rendre compte? j'ai pas de souci de ce genre moi", NONE),
    ("c'est vrai que si on a des fuites urinaires il faut filer aux urgences? moi j'ai aucun souci", NONE),
    ("faut il consulter si on sent plus quand on fait pipi ? j'ai aucun probleme de ce cote la", NONE),
    ("il faut consulter en urgence si on a des fuites, c'est ca ? j'ai aucun souci de ce genre", NONE),
    ("c'est vrai que si on n'arrive plus a faire pipi faut aller aux urgences ? je n'ai aucun probleme a ce niveau", NONE),
    # 3. as usual after peeing (nl)
    ("plassen en naar de wc gaan is zoals anders, geen verschil", NONE),
    ("t plassen is gelijk anders", NONE),
    ("plassen en kakken is lijk anders", NONE),
    ("mijn plas en stoelgang, da gaat gelijk anders", NONE),
]

KEPT = [
    # a Picard "min" (mon) after a French preposition stays French: the accident is the bowel's, no fall (lead)
    ("hier soir un accident dans min slip, j'ai rien senti venir", {"bladder_bowel": True}),
    # a dialect accident already read
    ("ik heb in mien broek geplast en ik had et nie in de gaten", BB),
    ("ich hub in mien broek gepis en ich hub 't neet gemerk", BB),
    ("k hem in mijn broek gepist zonder da k het voelde", BB),
    ("er zat poep in mien onderbroek en ik had der niks van mirkt", BB),
    ("ik schrijf voor mijn man, hij had in zijn broek geplast en hij had het niet gemerkt", BB),
    ("ah pished masel this mornin an didnae even ken", BB),
    ("i pissed my trousers and didnt notice", BB),
    ("writing for me dad, he'd wet his trousers and didnt know", BB),
    ("j'ai fait dans mes bobettes et j'ai rien senti", BB),
    ("y avait du caca dans mon slip et j'avais rien remarqué", BB),
    ("je vous ecris pour mon mari, il y avait des selles dans son slip et il n'avait rien remarque", BB),
    # near misses: no accident
    ("er zat wat in mijn broekzak en ik had het niet gemerkt", NONE),
    ("wat in mijn broek zit weet ik niet", NONE),
    ("my kecks were wet from the rain", NONE),
    ("i bought new kecks", NONE),
    ("je suis allé dans mon lit et j'ai rien senti", NONE),
    ("je suis allé acheter un pantalon", NONE),
    # the sign owned after the question, or a leak told after the denial (the safe side)
    ("klopt het dat je naar spoed moet als je niet meer kan plassen? ik kan sinds gisteren niet meer plassen", BB),
    ("las dat je met spoed moet als je je plas niet meer kan ophouden. heb dat niet meer onder controle sinds gisteren", BB),
    ("mijn kine zei dat je met spoed moet als je je plas niet kan ophouden, klopt dat? ik kan mijn plas niet ophouden", BB),
    ("mijn dokter zei dat je naar spoed moet als je niet kan plassen. ik kan al 2 dagen niet plassen", BB),
    ("men zegt dat je moet opletten als je in je broek plast", BB),
    ("faut aller aux urgences si on a du mal a uriner? moi j'ai du mal a uriner depuis hier", BB),
    ("faut aller aux urgences si on a du mal a uriner? moi j'ai aucun souci mais j'ai des fuites", BB),
    ("il parait qu'on doit consulter si on perd le controle de la vessie. j'ai des fuites depuis lundi", BB),
    ("heard that if you cant pee its an emergency. i cant pee since this morning", BB),
    ("is it true you go to a&e if you cant hold your pee? i cant hold mine since yesterday", BB),
    ("read that if you cant control your bowels its serious. i have no issues with that myself but i leaked yesterday", BB),
    # denials already read
    ("someone said if you cant control your bladder you should go to a&e, is that right? i dont have that, all works fine", NONE),
    ("my physio said if you wet yourself its an emergency, is that right? thats not the case for me", NONE),
    ("ik las dat je met spoed moet als je je ontlasting niet meer kan ophouden. dat heb ik gelukkig niet, alles werkt prima", NONE),
    ("moet je naar de spoed als je je stoelgang niet meer voelt? heb dat zelf nie", NONE),
    ("mon kine m'a dit que si on ne retient plus les selles c'est urgent, c'est vrai? perso aucun probleme de ce cote", NONE),
    ("on m'a dit que si on a du mal a uriner c'est grave, c'est vrai ? moi j'ai aucun probleme pour uriner", NONE),
    # as usual, already read; and its negations stay the sign
    ("plassen gaat zoals altijd, geen verschil", NONE),
    ("mijn plas en stoelgang zijn zoals gewoonlijk", NONE),
    ("naar de wc gaan is gelijk anders, gin verschil", NONE),
    ("pee is same as ever, no difference", NONE),
    ("going to the loo is like always", NONE),
    ("weeing is as usual, no difference at all", NONE),
    ("uriner comme d'habitude, pas de difference", NONE),
    ("faire pipi c'est comme d'habitude", NONE),
    ("plassen gaat niet zoals anders", BB),
    ("plassen gaat niet meer zoals vroeger", BB),
    ("plassen is anders dan anders", BB),
    ("plassen gaat nie gelijk anders", BB),
    ("peeing is not like always", BB),
    ("peeing isnt the same as usual", BB),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
