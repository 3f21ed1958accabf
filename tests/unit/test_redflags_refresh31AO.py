"""Session 31, round AO: a night waking eased within minutes by turning, told in the next sentence; no position at night that
settles it; the tiptoes or heels no longer managed in the perfect tense (fr); a bowel leak not felt, the feeling verb first (fr).

Fresh blind messages (outside writers) were read wrong:
1. A night waking after lying too long in one position, the next sentence telling it gone within minutes on turning to the side
   (nl), was read as night pain: the mechanical turn was looked for in the waking's own sentence only.
2. "at night the pain is awful, ..., there isnt a single position that settles it" (en) was not read as night pain.
3. "cette semaine il n'a plus reussi a se mettre sur la pointe des pieds" (fr, the perfect tense) was not read as a worsening
   weakness.
4. "des traces brunes dans mon slip, je le sens pas venir" (fr, the feeling verb before its negation) was not read.

Changed:
- engine (bot/reading/redflags.py _night_eased_next, in _find): each sentence read as night pain followed by one (or itself) that
  eases it within minutes by a change of position, nothing strong in either, is no night pain; packs' NIGHT_TURNED and
  NIGHT_EASED_SOON (en, nl, fr) beside NIGHT_STILL_FINE.
- NIGHT_PATTERNS (en): the night named, then "there isnt / theres no / not one position that settles/eases/helps ..." (the relief
  named); (nl): "geen/niet een houding die|waarin" (not one that hurts), "het lukt niet om een houding te vinden"; (fr): "impossible
  / pas moyen de trouver une position qui soulage"; NIGHT_STRONG (fr): the same "impossible de trouver une position".
- LEG_WEAKNESS patterns (fr): the can't-do verb list takes "mettre", "dresser", "hisser" and "ses"; the perfect tense "n'ai/n'a plus
  (pas) reussi/su/pu a ... sur la pointe / les talons" (not "jamais": a lifelong can't).
- BLADDER_PATTERNS (fr): traces, taches, salissures in the underwear or pyjamas, then "je le sens pas (venir)", "je m'en rends pas
  compte", "je m'en apercois pas" (not paint or coffee stains; not a leg not felt after it).

Kept: the same in the languages that read them already (the sign in one sentence, en and fr; the tiptoes in en and nl; the bowel
leak in en and nl, round 31AM); turning that does not help; the night strong before the turn; a position that hurts; a lifelong
can't; a leg not felt after the stain; a weight lost by a carer's relative as told (en, nl, fr: read already).
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

NIGHT = {"night_pain": True}
WORSE = {"leg_weakness": "worsening"}
BLADDER = {"bladder_bowel": True}
WEIGHT = {"weight_loss": True}

CHANGED = [
    # 1. a night waking eased within minutes by turning, the next sentence (en)
    ("the pain wakes me at night if i have been on my back too long. when i turn onto my side it is gone in a few minutes", {}),
    ("the ache wakes me in the night if i sleep on my front. when i turn over it eases off within a few minutes", {}),
    ("my back pain wakes me at night after a while on my back. once i turn on my side it is gone in five minutes", {}),
    # (nl)
    ("ik word 's nachts wakker van mijn rug als ik lang op mijn buik lig. draai ik me om, dan is het na een paar minuten over", {}),
    ("'s nachts word ik wakker van de pijn als ik te lang op mijn rug lig. als ik op mijn zij ga liggen zakt het binnen een paar minuten", {}),
    ("'s nachts word ik wakker van de pijn na lang op mijn rug. ik draai me om en binnen een paar minuten is het over", {}),
    # (fr)
    ("la douleur me réveille la nuit quand je reste sur le dos. si je me mets sur le côté, ça passe en quelques minutes", {}),
    ("la nuit la douleur me réveille si je dors longtemps sur le dos. je change de position et ça passe en quelques minutes", {}),
    ("la douleur me réveille la nuit quand je dors sur le ventre. je me retourne sur le dos et ça passe en quelques minutes", {}),
    ("la nuit mon dos me réveille quand je reste trop longtemps sur le dos. je me tourne sur le côté et ça se calme en cinq minutes", {}),
    # 2. no position at night that settles it (en)
    ("at night the pain is awful, there isnt a single position that settles it", NIGHT),
    ("at night its dreadful, on my back, on my front, there isnt one position that eases it", NIGHT),
    ("nights are awful, there wasnt one position which gave me any relief", NIGHT),
    ("in bed its rotten, theres not one way to lie that helps", NIGHT),
    ("The nights are bad. Lying on my front, on my back, there isn't a single position that eases it.", NIGHT),
    # (nl)
    ("'s nachts is het vreselijk, er is geen één positie waarin het minder wordt", NIGHT),
    ("'s nachts lukt het niet om een houding te vinden die helpt", NIGHT),
    ("'s nachts is er niet één positie die verlichting geeft", NIGHT),
    ("het lukt me niet meer om een goede slaaphouding te vinden", NIGHT),
    # (fr)
    ("la nuit, impossible de trouver une position qui soulage", NIGHT),
    ("au lit, pas moyen de trouver une position qui calme", NIGHT),
    ("la nuit c'est terrible, sur le dos, sur le côté, impossible de trouver une position qui me soulage", NIGHT),
    # 3. the tiptoes or heels no longer managed, the perfect tense (fr)
    ("cette semaine je n'ai plus réussi à marcher sur les talons", WORSE),
    ("hier je n'ai pas réussi à tenir sur mes talons", WORSE),
    ("elle ne parvient plus à se dresser sur la pointe des pieds", WORSE),
    ("il n'arrive plus à se mettre sur ses talons", WORSE),
    ("depuis dimanche je n'ai plus su monter sur la pointe des pieds", WORSE),
    # 4. a bowel leak not felt, the feeling verb first (fr)
    ("il y a des taches marron dans mon caleçon, je ne m'en rends pas compte", BLADDER),
    ("des salissures dans mon slip, je sens pas quand ça vient", BLADDER),
    ("des traces dans mon pyjama le matin, je sens rien partir", BLADDER),
    ("des traces dans ma culotte et je m'en aperçois pas", BLADDER),
]

KEPT = [
    # 1. the ease in the same sentence, read already
    ("it wakes me if i lie on my back for ages, on my side it goes in a minute or two", {}),
    ("i wake up in the night from my back when i lie on my stomach. once i roll over it goes within minutes", {}),
    ("je me réveille la nuit à cause du dos si je dors sur le ventre. je me tourne et c'est parti en deux minutes", {}),
    ("i get woken in the night by my lower back after hours on my stomach. once i roll onto my side it eases within a couple of minutes", {}),
    ("at night my back wakes me up when i have slept flat on it. i turn over and it settles after five minutes", {}),
    ("soms word ik 's nachts wakker van mijn onderrug na uren op mijn rug. als ik me omdraai is het binnen vijf minuten weg", {}),
    ("je suis réveillé la nuit par le bas du dos si je dors sur le ventre. je me retourne et ça part au bout de deux minutes", {}),
    ("je vois des marques de caca dans ma culotte et je les sens jamais arriver", BLADDER),
    # ... the turn that does not help, a night strong, the ease denied
    ("ik word 's nachts wakker van de pijn. omdraaien helpt niet", NIGHT),
    ("ik word 's nachts wakker van de pijn. ga ik op mijn zij liggen dan blijft het even erg", NIGHT),
    ("the pain wakes me at night. turning onto my side doesnt help", NIGHT),
    ("the pain keeps me up the whole night. when i turn over it eases in a few minutes then comes back", NIGHT),
    ("ik word 's nachts wakker van de pijn, ook als ik stil lig. draai ik me om dan is het na een paar minuten weg", NIGHT),
    ("ik word 's nachts wakker van de pijn. draai ik me om dan is het na een paar minuten niet weg", NIGHT),
    # 2. no position, read already
    ("at night it hurts terribly whatever position i lie in", NIGHT),
    ("nights are terrible, there is not one position that eases it", NIGHT),
    ("s nachts is de pijn vreselijk, op mijn rug, op mijn zij, er is geen enkele houding die helpt", NIGHT),
    ("la nuit la douleur est atroce, sur le dos, sur le côté, aucune position ne la calme", NIGHT),
    ("la nuit je ne trouve aucune position qui me soulage", NIGHT),
    # ... a position that hurts, not one that settles it
    ("at night there isnt a single position that hurts", {}),
    ("het is niet een houding die pijn doet maar bewegen", {}),
    ("impossible de trouver une position qui fait mal", {}),
    # 3. the tiptoes, read already (en, nl, fr present)
    ("this week he couldnt get up on his tiptoes anymore", WORSE),
    ("ik kan sinds deze week niet meer op mijn tenen staan", WORSE),
    ("depuis hier je n'arrive plus à me mettre sur la pointe des pieds", WORSE),
    # ... a lifelong can't, done fine
    ("je n'ai jamais su marcher sur les talons, même enfant", {}),
    ("j'ai réussi à me mettre sur la pointe des pieds sans problème", {}),
    ("je n'ai plus de douleur quand je me mets sur la pointe des pieds", {}),
    # 4. the bowel leak, read already (en, nl, fr)
    ("woke up and my pyjamas were dirty, I never felt anything", BLADDER),
    ("bruine vegen in mijn onderbroek en ik merk er niks van", BLADDER),
    ("je retrouve des traces dans mon slip sans l'avoir senti", BLADDER),
    # ... paint or coffee, a leg not felt after the stain
    ("des traces de peinture sur mon pantalon, je l'ai pas senti", {}),
    ("des taches de café sur mon pantalon, je m'en rends pas compte", {}),
    ("des traces dans mon slip, je sens pas bien mes jambes", {"both_legs": True, "leg_numbness": True}),
    # 5. weight lost, a carer's, read already (en, nl, fr)
    ("my dad has back pain. his face has sunk in and he has gone so thin", WEIGHT),
    ("she is getting so thin and she is not on a diet", WEIGHT),
    ("haar wangen zijn ingevallen en ze eet gewoon", WEIGHT),
    ("hij wordt steeds magerder terwijl hij gewoon eet", WEIGHT),
    ("il maigrit à vue d'oeil sans faire de régime", WEIGHT),
    ("elle a les joues creuses maintenant, sans régime", WEIGHT),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
