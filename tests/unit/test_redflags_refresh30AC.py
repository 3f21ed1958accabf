"""Session 30, helper AC: false alarms of slang, a fever long over, a sign asked about and denied, a relative's cancer asked for
one's own; a ride hit from behind told in Singlish; pain day and night with no relief.

1. Fever false alarm. "sick" / "ziek" as slang for very before the pain ("my back is so sick sore", "het doet zo ziek pijn", "ziek
   veel pijn") read a fever: new packs' SICK_AS_ADVERB and SICK_SELF (en/nl/fr; bot/reading/redflags.py _fever_skip, _SICK_ADVERB,
   _SICK_SELF): skipped unless the person's being or feeling stands before it ("ik ben echt ziek pijn overal", "i feel sick sore all
   over" stay). French "un mal de chien", "de malade" were never read as fever (kept).
2. Fever false alarm. A fever told over long ago, Flemish "da's al lang gedaan", "verleden tijd", "oude geschiedenis", "ancient
   history", "de l'histoire ancienne": en/nl/fr RESOLVED. "long gone", "fini depuis longtemps" were read right (kept).
3. Bladder false alarm. When a sign becomes an emergency asked in general ("when is not being able to hold your pee an emergency",
   "wanneer wordt ... een spoedgeval", "a partir de quand ... est une urgence"), then denied as one's own: en/nl/fr GENERAL_SUBJECT
   (not with "my"/"mijn"/"mes"); "everything works fine down there", "alles werkt daar prima", "tout fonctionne bien de ce cote":
   en/nl/fr SIGNS_DENIED.
4. Cancer false alarm. A relative's cancer asked about for the writer's own ("does his cancer mean mine ...", "betekent zijn kanker
   dat de mijne ...", "est-ce que son cancer veut dire que le mien ..."): new packs' CANCER_THEIRS, CANCER_FOR_MINE (en/nl/fr;
   bot/reading/redflags.py _cancer_theirs_for_mine in _cancer_skip): the third person's possessive just before the cancer word and
   "mine" / the writer's own back after it (nl "de mijne" is read "de mijn"). A carer's "does her cancer mean she needs a scan", a
   cancer coming back, one's own cancer stay.
5. Trauma missed. Singlish "kena" (= got, the passive): "my taxi kena rear-ended": en STREET ("kena"). Dutch and French
   rides hit from behind were read right (kept); a car hit with no one in it stays no trauma.
6. Night pain missed. Pain told day and night with no relief or sleep lost ("douleur jour et nuit, je ne dors plus", "pain day and
   night, nothing helps", "pijn dag en nacht, niks helpt"): en/nl/fr NIGHT_PATTERNS (_P30AC_*; the pain named near, no fine in the
   gaps); "aucune position ne me soulage" (the reading leaves "ne" as "een"): fr NIGHT_PATTERNS, NO_RELIEF.
Kept: a real fever, a fever come back, a sign of one's own after the question, one's own cancer, a car hit with no one in it, day pain
only with the night fine, other things day and night.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

F = {"fever": True}
BB = {"bladder_bowel": True}
CA = {"cancer_history": True}
T = {"onset": "trauma"}
NP = {"night_pain": True}
NONE: dict = {}
_SLOTS = ("fever", "bladder_bowel", "cancer_history", "onset", "night_pain")


def _read(text: str) -> dict:
    found = find_red_flags(text)
    return {slot: found[slot] for slot in _SLOTS if slot in found}


CHANGED = [
    ('my back is really sick painful when i bend', NONE),
    ('my lower back is so sick sore today', NONE),
    ('bending over is proper sick painful, so sick sore', NONE),
    ('my neck is super sick stiff after sleeping', NONE),
    ('ugh my back is really sick sore from the gym', NONE),
    ('m n onderrug doet zo ziek pijn bij het tillen', NONE),
    ('zo ziek pijn doet het bij het opstaan', NONE),
    ('het is zo ziek pijnlijk bij het bukken', NONE),
    ('mn rug is echt ziek stijf vanochtend', NONE),
    ('mijn rug doet heel ziek zeer na het voetballen', NONE),
    ('twee weken geleden had ik koorts, dat is al lang gedaan', NONE),
    ('de koorts van de griep vorige maand, die is al lang gedaan hoor', NONE),
    ('vorige maand een paar dagen koorts, dat was toch al lang gedaan', NONE),
    ('ik had koorts in oktober maar dat is nu al lang gedaan', NONE),
    ('ik had koorts met de griep in oktober, dat is al lang verleden tijd', NONE),
    ("vorige maand koorts gehad, da's oude geschiedenis", NONE),
    ('i had a fever with the flu in october, thats ancient history now, i feel fine', NONE),
    ('had a temperature for a few days last month, its all ancient history now', NONE),
    ("j'ai eu de la fièvre le mois dernier, c'est de l'histoire ancienne, je me sens bien", NONE),
    ("une fièvre le mois dernier, c'est de l'histoire ancienne", NONE),
    ("j'avais de la fièvre avec la grippe en octobre, c'est de l'histoire ancienne maintenant", NONE),
    ('when is not being able to hold your pee an emergency? i dont have that myself', NONE),
    ('when does not being able to hold your wee become an emergency? i dont have it myself, everything works fine down there', NONE),
    ('when is losing control of your bowels an emergency? ive got no problems with that myself', NONE),
    ('at what point is losing bladder control an emergency? everything is working normally down there', NONE),
    ('at what point does leaking urine become urgent with a slipped disc? i dont have that myself', NONE),
    ('vanaf wanneer wordt je plas niet meer kunnen ophouden dringend? heb dat zelf niet, bij mij werkt alles normaal', NONE),
    ('wanneer is incontinentie bij een hernia een noodgeval? heb het zelf niet hoor', NONE),
    ('wanneer wordt het verliezen van urine een spoedgeval? ik heb dat niet, alles werkt daar goed', NONE),
    ('wanneer is je stoelgang niet kunnen ophouden ernstig? heb dat gelukkig niet', NONE),
    ("quand est-ce que des fuites urinaires sont une urgence ? je n'ai pas ça moi", NONE),
    ('quand est-ce que des fuites urinaires sont une urgence ? tout fonctionne bien de ce côté', NONE),
    ("quand est-ce que les fuites urinaires deviennent une urgence avec une hernie ? moi je n'ai rien de tout ça", NONE),
    ("à partir de quand les fuites urinaires sont une urgence ? je n'ai pas ça", NONE),
    ("quand des fuites d'urine sont-elles une urgence ? moi je n'ai pas ça, tout fonctionne bien de ce côté", NONE),
    ('my brother has bowel cancer, i never had any of that myself. does his cancer mean my back pain is something bad?', NONE),
    ('my dad has lung cancer, never had it myself. would his cancer make mine more likely to be serious?', NONE),
    ('my grandad has bone cancer. does his cancer mean my own back could be the same?', NONE),
    ('my sister has leukaemia, nothing like that for me. does her cancer mean my lower back pain is worrying?', NONE),
    ('mijn vader heeft kanker. ik heb zelf nooit iets gehad. betekent zijn kanker dat de mijne iets kan zijn?', NONE),
    ('mijn moeder kreeg borstkanker, ik zelf nooit iets gehad. kan haar kanker betekenen dat de mijne ernstig is?', NONE),
    ('mijn broer heeft darmkanker, zelf nooit iets gehad. zegt zijn kanker iets over mijn rugpijn?', NONE),
    ("mijn opa had longkanker, ik zelf niks. kan z'n kanker betekenen dat mijn rug iets ernstigs is?", NONE),
    ('ma soeur a une leucémie, moi jamais rien eu. sa leucémie peut-elle expliquer la mienne ?', NONE),
    ('the bus i was on kena hit from the back by a lorry', T),
    ('the cab i took kena hit from behind at the junction', T),
    ('kena hit from behind by a lorry while i was driving', T),
    ('my grab kena hit from behind, my back pain start after that', T),
    ('i kena hit by a car on the way to work', T),
    ('aucune position ne me soulage', NP),
    ('mal jour et nuit, rien ne me soulage', NP),
    ('la douleur est là jour et nuit, aucune position ne la calme', NP),
    ('douleur jour et nuit, je ne dors plus', NP),
    ("j'ai mal au dos nuit et jour, impossible de dormir", NP),
    ("de jour comme de nuit la douleur est là, rien n'y fait", NP),
    ('pain day and night, nothing helps', NP),
    ('a pain in my lower back thats there day and night, nothing helps', NP),
    ("it aches night and day, i can't sleep", NP),
    ('day and night the pain is there, nothing eases it', NP),
    ('pijn dag en nacht, niks helpt', NP),
    ('pijn onderin mijn rug die er dag en nacht is, niks helpt', NP),
    ('het doet nacht en dag zeer, ik kan niet meer slapen', NP),
    ('mijn rug doet dag en nacht pijn, ik slaap amper', NP),
]

KEPT = [
    ('ik heb ziek veel pijn in mijn rug', NONE),
    ("j'ai un mal de chien dans le bas du dos depuis hier", NONE),
    ('ça me fait un mal de chien quand je me penche', NONE),
    ("j'ai un mal de dos de malade", NONE),
    ('une douleur de malade dans le bas du dos', NONE),
    ('ik ben ziek met koorts', F),
    ('ik ben echt ziek pijn overal', F),
    ('ik voel me echt ziek, pijn overal', F),
    ('i feel really sick sore all over', F),
    ('im so sick sore everywhere and shivering', F),
    ('je suis malade comme un chien', F),
    ('je me sens vraiment malade', F),
    ('had a fever last month, all long gone, feeling good again', NONE),
    ("i had a fever last month but that's long gone", NONE),
    ("j'ai fait de la fièvre pendant trois jours en octobre, c'est fini depuis longtemps", NONE),
    ('had koorts vorige maand, is al lang gedaan maar sinds gisteren weer koorts', F),
    ('ik had vorige week koorts en vandaag weer rillingen', F),
    ("j'ai eu de la fièvre la semaine dernière et ce matin encore des frissons", F),
    ('my fever last week is ancient history but the chills came back today', F),
    ('ik heb nu 38,5 koorts', F),
    ('i have a fever of 38.6 right now', F),
    ('when is wetting yourself an emergency with sciatica? i dont have that', NONE),
    ('wanneer is je plas laten lopen een spoedgeval? alles functioneert daar beneden normaal hoor', NONE),
    ("à partir de quand ne plus pouvoir retenir ses urines est une urgence ? moi je n'ai pas ça", NONE),
    ('when is not being able to hold my pee an emergency?', BB),
    ('when is not being able to hold your pee an emergency? because i cant hold mine since yesterday', BB),
    ('wanneer is mijn plas niet kunnen ophouden een spoedgeval?', BB),
    ('wanneer is je plas niet kunnen ophouden een spoedgeval? ik heb het wel, sinds gisteren', BB),
    ('quand est-ce que mes fuites urinaires sont une urgence ?', BB),
    ("quand est-ce que des fuites urinaires sont une urgence ? moi j'en ai depuis hier", BB),
    ('when is not being able to hold your pee an emergency?', BB),
    ('wanneer is niet kunnen ophouden van je plas een spoedgeval?', BB),
    ('my mum got breast cancer this year, ive never had anything like that. could her cancer mean mine is serious?', NONE),
    ("mon père a un cancer de la prostate depuis l'été, moi je n'ai jamais rien eu. est-ce que son cancer veut dire que le mien pourrait être grave ?", NONE),
    ('ma mère a eu un cancer du sein, moi jamais rien eu. son cancer peut-il vouloir dire que le mien est quelque chose ?', NONE),
    ('mon frère a un cancer du côlon. est-ce que son cancer veut dire que mon mal de dos est grave ?', NONE),
    ('i had breast cancer 3 years ago, my sister too. does her cancer mean mine could come back?', CA),
    ('my dad has cancer and so do i. does his cancer mean mine is worse?', CA),
    ('mijn vader heeft kanker gehad en ik ook. betekent zijn kanker dat de mijne terug is?', CA),
    ('my mum has back pain. does her cancer mean she needs a scan?', CA),
    ("j'ai eu un cancer du sein il y a deux ans. est-ce que le mien peut revenir ?", CA),
    ('ik heb zelf kanker gehad, mijn vader ook', CA),
    ('my taxi kena rear-ended at the traffic light yesterday', T),
    ('wah my uber kena rear ended on the highway, quite hard', T),
    ('my car got hit from behind while it was parked, no one in it', NONE),
    ('my car kena hit from behind while it was parked, no one in it', NONE),
    ("my mum's taxi kena hit from behind, she ok", NONE),
    ('my back kena strain from carrying boxes', NONE),
    ('my taxi got rear-ended on the highway on monday', T),
    ('mijn taxi werd van achteren aangereden', T),
    ('ons busje werd langs achteren aangereden', T),
    ('mijn taxi werd aangereden van achteren op de snelweg', T),
    ('de uber waarin ik zat werd van achteren aangereden', T),
    ("mon taxi s'est fait percuter par l'arrière", T),
    ("mon uber s'est fait emboutir par derrière", T),
    ("le bus dans lequel j'étais s'est fait rentrer dedans par l'arrière", T),
    ("notre voiture s'est fait percuter par l'arrière au feu rouge", T),
    ("pain day and night, no position helps, i can't sleep", NP),
    ('dag en nacht pijn, geen enkele houding helpt, ik slaap niet meer', NP),
    ("mal jour et nuit l'an dernier, maintenant je dors bien", NONE),
    ('je fais pipi jour et nuit, je dors plus', NONE),
    ('pain day and night last year, now i sleep fine', NONE),
    ('la journée aucune position ne me soulage mais la nuit je dors bien', NONE),
    ('pain all day, sitting or standing, nothing helps, but i sleep fine', NONE),
    ('pijn de hele dag, niks helpt, maar s nachts slaap ik goed', NONE),
    ('douleur toute la journée, rien ne soulage, mais je dors bien la nuit', NONE),
]

test_changed, test_kept = reading_round(_read, CHANGED, KEPT)
