"""Session 34, round Z (issue 12): two false alarms read as red flags.

1. Bladder: a word that only starts like a pee word, near a "can't", was read as bladder trouble by the safety net
   (bot/reading/redflags.py _bladder_bowel_net): "pee" + anything took peel, peer, peek, peep, peeve(d), peewee (and the
   Dutch "peer", a pear, as the nets are merged); the French "pisse"/"pipi" took the dandelion ("pissenlit") and the bat
   ("pipistrelle"), the Dutch "plas" the downpour ("plasregen") and the plastron. Changed: en NET_BLADDER (pee not followed
   by l, k, r, v, a "p" that is no "pee", "wee", "wit"), nl NET_BLADDER ("regen", "tron" left out), fr NET_BLADDER
   ("pipist", "pipit", "pissenli" left out). Kept: pee, peed, peeing, pees, "pee'd", "peeeee", "peepee", "wee", the Dutch
   "plassen", the French "pipi", "pisser", "uriner"; the urinal and the "urinoir" (the place one pees) stay read.

2. Night pain: up or awake all night for another reason named right after the night's words (with the baby, a sick child,
   the dog, him or her; working, revising, a night shift, a party, the neighbours' noise) was read as night pain; the back's
   ache told after is the day's. Changed: bot/reading/redflags.py _awake_for_other (a skip of every night rule) reading the
   packs' new AWAKE_FOR_OTHER (en, nl, fr, beside WORRY_AWAKE), not when the match itself names a keeping (NIGHT_KEPT: "my
   back kept me up"), the pain is named as the company after it (NIGHT_PAIN_WITH) or a night-strong word follows
   (NIGHT_STRONG: "... and the pain never let up whatever position"). French also missed the pain that kept one awake in the
   past tense ("la douleur m'a tenu eveille") and awake all night with the pain: two fr NIGHT_PATTERNS beside "me tient
   eveille".

Kept: the real pee words with trouble, night pain told with the pain, the back or "it", a pain keeping one up, the other
reason told before the pain's own night (read by its own rules), French up all night with a child (already no flag).
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

B = {"bladder_bowel": True}
N = {"night_pain": True}
CHANGED = [
    # bladder: words that only start like a pee word
    ("i can't peel an orange anymore, my back locks up", {}),
    ("can't peek over my shoulder when reversing, lower back", {}),
    ("i cannot peer down at my feet to tie my laces", {}),
    ("cant peep through the spyhole without my back twinging", {}),
    ("not a peep from the physio yet and I can't bend", {}),
    ("i'm not peeved, just sore and can't sit", {}),
    ("the peeling wallpaper upstairs, can't reach it with this back", {}),
    ("my peers don't believe how much it hurts", {}),
    ("can't play peewee football with the kids this year", {}),
    ("ik kan geen peer meer schillen met die rug", {}),
    ("ik kan niet naar buiten in de plasregen met mijn rug", {}),
    ("kan niet fietsen in de plasregen, rug doet pijn", {}),
    ("je peux pas arracher les pissenlits du jardin", {}),
    ("je ne peux plus me baisser pour cueillir des pissenlits", {}),
    ("j'ai pas pu voir la pipistrelle, je peux pas lever la tête", {}),
    # night: up all night for another reason named right after
    ("i was awake all night with the newborn and my back hurts today", {}),
    ("up all night feeding the baby, back aches from the chair", {}),
    ("i was up all night working on a deadline and my back is stiff now", {}),
    ("was up all night studying for exams, back hurts from sitting", {}),
    ("we were up all night with the dog, he was sick, and my back is sore", {}),
    ("i was awake the whole night with my daughter who had croup, my lower back is aching", {}),
    ("up all night at a party, back is sore today", {}),
    ("been up all night on a night shift and my back is killing me", {}),
    ("i was awake all night with him, my back is sore", {}),
    ("up all night with the little one teething, back sore", {}),
    ("was up all night with my son, he had a fever, and now my lower back is sore", {}),
    ("ik lag de hele nacht wakker met mijn dochter die ziek was, mijn rug doet pijn", {}),
    ("ik lag heel de nacht wakker met de hond, mijn rug is stijf", {}),
    ("we liggen elke nacht wakker met de tweeling, rugpijn overdag", {}),
    ("ik lag vannacht wakker met ons zoontje dat koorts had, nu doet mijn rug zeer", {}),
    ("lag de ganse nacht wakker met haar, de rug doet pijn", {}),
    # fr: the pain that kept one awake, told in the past; awake all night with the pain
    ("la douleur m'a tenue éveillée toute la nuit", N),
    ("mon dos m'a gardé éveillé jusqu'au matin", N),
    ("ce mal de dos m'a tenu réveillé toute la nuit", N),
    ("je suis resté éveillé toute la nuit avec cette douleur", N),
    ("debout toute la nuit à cause de la douleur", N),
]
KEPT = [
    # real pee words with trouble
    ("i can't pee", B),
    ("cant peeeee properly since monday", B),
    ("i can't pee'd since this morning", B),
    ("cant go peepee", B),
    ("i can't wee", B),
    ("trouble peeing since sunday", B),
    ("it's hard to pee", B),
    ("i cant control my pees", B),
    ("ik kan niet plassen", B),
    ("ik kan mijn plas niet ophouden", B),
    ("je ne peux plus faire pipi", B),
    ("je peux pas uriner", B),
    ("je ne peux plus pisser", B),
    ("i can't use the urinal, nothing comes", B),
    # night pain told with the pain, the back, "it"; a pain keeping one up
    ("up all night with the pain", N),
    ("awake all night, no position helps", N),
    ("up all night with it", N),
    ("i was up all night because of my back", N),
    ("my back kept me up all night", N),
    ("up all night with the baby and the pain woke me every time i lay down", N),
    ("up all night with her and the pain never let up whatever position", N),
    ("hele nacht wakker van de pijn", N),
    ("ik lig de hele nacht wakker, geen houding helpt", N),
    ("ik lag de hele nacht wakker met de pijn", N),
    ("lag de hele nacht wakker met mijn rug", N),
    ("la douleur me réveille toutes les nuits", N),
    # the other side already right: up all night for another reason
    ("heel de nacht wakker gelegen met de baby, nu doet mijn rug zeer", {}),
    ("ik lag de hele nacht wakker door de buren, rug doet pijn", {}),
    ("ik heb de hele nacht gewerkt, nachtdienst, mijn rug doet pijn", {}),
    ("j'ai passé la nuit debout avec le petit qui était malade", {}),
    ("je suis resté éveillé toute la nuit avec ma fille malade, mal au dos", {}),
    ("nuit blanche avec le bébé, le dos me fait mal", {}),
    ("j'ai travaillé toute la nuit, j'ai mal au dos", {}),
    ("mon fils m'a tenu éveillé toute la nuit, j'ai mal au dos", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
