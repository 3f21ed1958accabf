"""Session 42, round S (issue 12): bladder and bowel signs missed in spoken French, and the same kinds in Dutch and English.

1. French "pisse": the Flemish typo "pisse" -> "pissen" (nl TYPOS) turned the French word into a Dutch one ("je me suis pisse
   dessus" read "je me suis pissen dessus"), and no French pattern read "se pisser dessus". Changed: bot/reading/redflags.py
   _typo_or_own: a pack's whole-word typo is kept after the words of the language it is a word of (the packs' new OWN_WORD_AFTER,
   fr: "pisse" after a French subject or clitic, "je", "me", "suis", "la"...; "om te pisse", "ik moet pisse" stay Flemish);
   the fr pack reads "me (suis) pisse(e) dessus" (not "de rire", not "il s'est pisse dessus").
2. The urge not felt, told in the past: "j'ai pas senti quand je devais faire pipi", "je sentais plus quand je devais aller aux
   toilettes" (fr BLADDER_PATTERNS; the present "je sens pas quand ..." read already).
3. Not able: the Belgian and Quebec "pas capable de" is "ne peux pas", "pas ete capable de" is "pas pu" (fr SPOKEN_PHRASES:
   "je suis pas capable de faire pipi" reads as "je peux pas faire pipi"); in English "wasnt able to hold it till", "havent been
   capable of weeing", "not managing to pass water", "couldnt stop myself from peeing" (en BLADDER_PATTERNS).
4. Not able to hold it: "j'ai pas pu me retenir", SMS "g pa pu me retenir" (the "pu" read "plus" by STREET), not "de rire" nor a
   fall after it (fr BLADDER_PATTERNS); Dutch "ik kon het niet meer ophouden", "ik heb het niet kunnen tegenhouden" with "het"
   (nl BLADDER_PATTERNS; not "ophouden met lachen", not "het huis niet houden", not "inhouden").

Kept: the sign told plainly (read before and after), "je pisse normalement", "pas de souci pour faire pipi", "je suis capable de
marcher", "il a plu" (pu/plu), a child who wet the bed, a fall where one could not catch oneself, laughing one could not hold.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

BB = {"bladder_bowel": True}
T = {"onset": "trauma"}
CHANGED = [
    # 1. se pisser dessus
    ("hier soir je me suis pissé dessus dans le canapé", BB),
    ("jme suis pissée dessus en portant les courses", BB),
    ("je me pisse dessus sans m'en rendre compte", BB),
    # 2. the urge not felt, in the past
    ("j'avais pas senti que j'avais besoin d'aller aux toilettes", BB),
    ("je sentais plus quand je devais aller aux toilettes", BB),
    ("j'ai même pas senti qu'il fallait que j'aille faire pipi", BB),
    # 3. pas capable de
    ("depuis lundi je suis pas capable d'uriner", BB),
    ("j'étais plus capable de faire pipi hier soir", BB),
    ("j'ai pas été capable de vider ma vessie ce matin", BB),
    # 4. pas pu me retenir
    ("au boulot j'ai pas pu me retenir", BB),
    ("g pa pu me retenir ds le bus", BB),
    ("hier j'avais plus pu me retenir", BB),
    # Dutch: het niet kunnen ophouden
    ("ik kon het niet meer ophouden in de auto", BB),
    ("gisteren kon ik het echt niet ophouden", BB),
    ("k kon t nie langer houden", BB),
    ("ik heb het niet kunnen tegenhouden op het werk", BB),
    ("amai, ik kost het nie ophoude", BB),
    ("op de fiets kon ik het gewoon niet meer houden", BB),
    # English: not able, said any way
    ("i wasnt able to hold it until i reached the loo", BB),
    ("i haven't been capable of weeing since this morning", BB),
    ("im not managing to pass water at all", BB),
    ("couldnt stop myself from weeing on the way home", BB),
    ("i couldnt stop meself from pissing on the bathroom floor", BB),
    ("i've not been able to hold it in since monday", BB),
]
KEPT = [
    # French
    ("je me suis fait pipi dessus", BB),
    ("je ne peux pas faire pipi", BB),
    ("je pisse normalement", {}),
    ("pas de souci pour faire pipi", {}),
    ("je suis capable de marcher", {}),
    ("il a plu toute la journée", {}),
    ("mon fils a mouillé son lit cette nuit", {}),
    ("mon fils s'est pissé dessus à l'école", {}),
    ("je me suis pissé dessus de rire", {}),
    ("j'ai pas pu me retenir de rire", {}),
    ("j'ai glissé sur le verglas, j'ai pas pu me retenir et je suis tombé", T),
    ("j'ai pas senti de douleur quand je faisais pipi", {}),
    # Dutch
    ("ik kan mijn plas niet ophouden", BB),
    ("ik heb in mijn broek geplast zonder het te voelen", BB),
    ("ik was niet in staat te plassen", BB),
    ("ik kan nie goe pisse", BB),
    ("ik kon niet ophouden met lachen", {}),
    ("ik kon het tempo niet houden bij het wandelen", {}),
    ("ik kon het huis niet meer houden na de scheiding", {}),
    ("ons zoontje heeft in bed geplast", {}),
    # English
    ("i couldn't hold it in", BB),
    ("i wet myself", BB),
    ("i wasn't capable of passing urine yesterday", BB),
    ("i have not been able to empty my bladder properly", BB),
    ("i was able to pee normally", {}),
    ("i'm capable of walking to the shop", {}),
    ("i wasnt able to hold the baby", {}),
    ("i couldnt stop myself from laughing", {}),
    ("my son wet the bed last night", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
