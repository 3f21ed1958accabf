"""Session 38, round B (issue 12): difficulty passing urine told by what the person does, not by its name.

Retention and hesitancy told as pressing on the (lower) belly to get anything out, sitting, standing or straining for ages
before anything comes, and only a dribble or a few drops coming, often with no pee word at all, were read as no red flag.

Changed:
- en pack (bot/lang/en/redflags.py): BLADDER_PATTERNS, pressing or pushing on the belly, tummy, abdomen or bladder "to get",
  "before", "until", "so", "or" ... anything out or coming (not told as past: "had to press", "used to push"; not the wind,
  the pain, a sickness coming up); sitting, standing, waiting or straining for ages before anything comes (not from the
  hospital, in the post); NET_BLADDER reads "weeing" (it read "peeing" only); NET_BLADDER_TROUBLE reads "only / just a
  dribble, a few drops" (not a trickle: "the water only trickles out of the tap", refresh 24S).
- nl pack: BLADDER_PATTERNS, op de (onder)buik duwen, drukken of persen "om", "voor", "anders" ... het eruit, er komt (not "moest
  ik ... drukken", not the pain or the wind); eeuwen, een eeuwigheid, uren duren, staan, zitten, wachten voor er iets komt (not
  "van de huisarts"); druppel(tje) per druppel(tje), er komen maar een paar druppels (not water, blood, the tap).
- fr pack: BLADDER_PATTERNS, appuyer, pousser, presser sur le (bas du) ventre, la vessie "pour", "sinon", "avant" ... que ca sorte,
  vienne, coule (not "je devais", "j ai du", "il fallait"; not to ease the pain, not the wind); attendre, rester des plombes,
  des heures avant que ca vienne (only "ca", "quelque chose", the pee; not the physio coming); que quelques gouttes qui sortent;
  ca vient goutte par goutte (not the blood).

Kept: a dribble after finishing told as long-standing and known, drinking little, a push on the toilet told as usual
(constipation), period pain, pressing on the belly because it hurts or to ease it, the wind, the past (a caesarean long
ago), waiting for the doctor, a tap or blood drop by drop; the pee words with pressing stay read.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

B = {"bladder_bowel": True}
CHANGED = [
    # en
    ("peeing's gone strange, i have to push on my lower belly to get it all out and then only a dribble", B),
    ("i have to press down on my lower tummy to get anything to come out", B),
    ("have to lean forward and press my belly before anything comes", B),
    ("i push on the bottom of my tummy so it comes out", B),
    ("weeing is hard work these days, i have to strain", B),
    ("i stand there forever before anything starts and then it's a dribble", B),
    ("weeing's gone funny this week, it's just a dribble", B),
    ("i strain for ages until something comes", B),
    ("i keep pushing on my tummy until it trickles out", B),
    # nl, Flemish
    ("ik moet op mijn onderbuik drukken om er iets uit te krijgen", B),
    ("ik duw op mijn buik anders komt er niks", B),
    ("ik moet tegen mijn buik duwen voor het eruit komt", B),
    ("'k moet op men buik duuwen om da't eruit komt", B),
    ("het komt er druppel per druppel uit", B),
    ("'k sta daar een eeuwigheid aan de wc eer dat er iets komt", B),
    ("'t komt er nog mar druppelke per druppelke uit", B),
    ("er komen maar een paar druppeltjes uit", B),
    ("het duurt eeuwen voordat er iets uitkomt", B),
    # fr
    ("je dois appuyer sur mon bas-ventre pour que ça sorte", B),
    ("faut que je pousse sur mon ventre pour faire sortir quelque chose", B),
    ("en appuyant sur le ventre j'arrive à faire venir quelques gouttes", B),
    ("il n'y a que quelques gouttes qui sortent", B),
    ("je dois pousser sur le bas du ventre pour finir de vider", B),
    ("je reste assise des heures avant que ça vienne aux wc", B),
    ("ça part goutte par goutte", B),
    ("tout sort goutte après goutte maintenant", B),
    ("j'attends longtemps avant que quelque chose sorte", B),
    ("ça me sort goutte après goutte", B),
]
KEPT = [
    # en: no alarm
    ("i get a bit of after-dribble, had it for ten years, my prostate doctor knows", {}),
    ("i've had a few drops after finishing for years, the prostate doctor knows about it", {}),
    ("i don't drink much water so i don't go often", {}),
    ("i have to push a bit when i'm on the loo, always been like that", {}),
    ("my period pain makes me press on my tummy", {}),
    ("i press on my belly because it hurts so much", {}),
    ("after my c-section i had to press on my tummy to get it out, long over now", {}),
    ("i push on my belly to get the wind out", {}),
    ("i press on my tummy and then the pain starts", {}),
    ("pressing on my stomach before the sick comes up", {}),
    ("i press on my belly then it starts hurting again", {}),
    ("i wait ages before anything comes from the hospital", {}),
    # nl
    ("ik druk op mijn buik omdat het pijn doet", {}),
    ("ik druk op mijn buik en dan komt de pijn", {}),
    ("ik moet wat persen op de wc, altijd al gehad", {}),
    ("na mijn keizersnede moest ik op mijn buik drukken om er iets uit te krijgen, dat is lang voorbij", {}),
    ("het duurt eeuwen voor er iets komt van de huisarts", {}),
    ("de kraan lekt druppel per druppel", {}),
    # fr
    ("j'appuie sur mon ventre quand j'ai mal", {}),
    ("j'appuie sur mon ventre pour soulager la douleur", {}),
    ("je dois pousser un peu aux toilettes, j'ai toujours été constipé", {}),
    ("après ma césarienne je devais appuyer sur le ventre pour que ça sorte, c'est fini depuis longtemps", {}),
    ("j'attends des heures avant que le kiné vienne", {}),
    ("le sang coule goutte par goutte", {}),
    # still read: the pee words with pressing, a dribble with the pee
    ("i have to press on my tummy to get any pee out", B),
    ("only a dribble comes out when i pee", B),
    ("ik kan niet plassen, er komt niks", B),
    ("ça sort goutte à goutte quand je fais pipi", B),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
