"""Session 35, round D (issue 12): weight lost without trying, told in dialect, patois or by what the clothes do, read as
no weight loss.

Changed, in the packs' weight words (read by bot/reading/redflags.py, the WEIGHT_RULES and _intentional):
- en: CLOTHES takes shirts, dresses, skirts and the Scots "troosers"; TOO_LOOSE the clothes dropping, hanging or falling off
  ("off", Scots "aff", "doon") and swimming, baggy, loose or hanging on one; WEIGHT_PATTERNS the Jamaican past "mi lose"
  (not "mi wan lose": the intent is told), a "pound" lost by the load ("lost nuff pound"), the clothes taken in, swimming in
  one's clothes, smaller clothes bought; UNINTENDED "not trying" in dialect ("nuh try", "no tryin", "neva try") and the same
  food ("i eat the same", "nyam same way", "my appetite is the same"), which outweigh an intent word ("try") of the sentence.
- nl: TOO_LOOSE the clothes falling from the body ("van mijn lijf", "vallen van mij af") or falling down ("naar beneden");
  WEIGHT_PATTERNS more clothes that hang or flap (trui, hemden, jurk, kleedje; "zwieren", "fladderen", "als een tent"), the
  clothes taken in ("laten innemen", "vernauwen"), "kilo na kilo" lost and the "kilootjes" gone.
- fr: CLOTHES takes fringues, chemises, pulls, t-shirts, affaires; TOO_LOOSE "trop amples", "trop laches", hanging on one
  ("pendent sur moi"), the skirt turning round the waist; WEIGHT_PATTERNS swimming in one's clothes ("je nage dans mes
  vetements"), the clothes taken in ("faire reprendre"), smaller clothes bought, "je fonds" alone (not "je fonds en larmes",
  "je fonds le beurre") and the kilos that go ("les kilos s'envolent"); UNINTENDED "je mange pareil", "appetit ... le meme".

Kept: weight lost on purpose (trying, a diet, the gym, a regime), weight gained and clothes too tight, the weight question
about the back ("does losing weight help", "mi wan lose weight"), the clothes washed or mended, someone swimming at the pool,
melting into tears, things falling down, the shoes taken in, a shirt tucked in, a fall while picking up one's things ("mes affaires" are no clothes).
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

W = {"weight_loss": True}
CHANGED = [
    # en: dialect, patois, the clothes
    ("mi lose bare weight dis year an mi nuh know wah gwaan", W),
    ("mi did lose whole heap a pound, mi nuh try fi do it", W),
    ("me shirts dem a hang off me now", W),
    ("my work trousers keep dropping off me and i haven't changed what i eat", W),
    ("my dresses are swimming on me these days", W),
    ("i've had to get my work trousers taken in twice since christmas", W),
    ("i'm swimming in my clothes and i eat the same", W),
    ("had to buy smaller jeans, not trying at all", W),
    ("my skirts are hanging off me and my appetite is the same", W),
    ("i lost a heap of pound an i neva try", W),
    ("my jeans are baggy on me now, eating the same", W),
    # nl and Flemish
    ("mijn broek zakt zo van mijn lijf, ik doe er niks voor", W),
    ("mijn jeans vallen van mij af en ik eet gewoon", W),
    ("mijn broek zakt de hele tijd naar beneden, ik eet zoals altijd", W),
    ("ik heb al mijn broeken moeten laten innemen", W),
    ("mijn trui hangt als een tent rond mijn lijf", W),
    ("mijn kleedjes zwieren rond mij, ik snap het niet", W),
    ("ik verlies kilo na kilo en ik eet zoals altijd", W),
    ("ik ben al wat kilootjes kwijt zonder iets te doen", W),
    ("mijn hemden fladderen rond mij en ik eet evenveel", W),
    # fr
    ("je fonds sans faire aucun régime", W),
    ("je nage dans mes pantalons alors que je mange normalement", W),
    ("mes fringues sont trop larges et je ne fais rien pour", W),
    ("j'ai dû faire reprendre toutes mes jupes", W),
    ("mes chemises pendent sur moi", W),
    ("mes vêtements sont devenus trop amples sans raison", W),
    ("les kilos s'envolent et je mange pareil", W),
    ("j'ai racheté des pantalons plus petits, je ne fais pas de régime", W),
    ("mes jeans sont trop lâches maintenant", W),
]
KEPT = [
    # the loss already read
    ("my clothes are hanging off me", W),
    ("i've dropped a dress size without trying", W),
    ("mijn broek zakt af", W),
    ("ik vermager zonder dat ik er iets aan doe", W),
    ("mes habits sont devenus trop grands", W),
    ("je fonds comme neige au soleil", W),
    # on purpose, gained, too tight, the question for the back
    ("my clothes are too tight since i put on weight", {}),
    ("i'm trying to lose weight, my clothes are dropping off me since the gym", {}),
    ("had to take my jeans in since i started slimming world on purpose", {}),
    ("does losing weight help back pain", {}),
    ("mi wan lose weight fi help mi back", {}),
    ("i took my jeans in the wash", {}),
    ("the kids were hanging on me all day and my back hurts", {}),
    ("i eat the same breakfast every day", {}),
    ("i'm swimming twice a week for my back", {}),
    ("i put on a stone since the injury", {}),
    ("ik heb mijn broek laten wassen", {}),
    ("mijn broek is te strak geworden", {}),
    ("ik wil afvallen om mijn rug te sparen", {}),
    ("mijn telefoon viel naar beneden", {}),
    ("ik ben op dieet en mijn broek zakt af", {}),
    ("mes vêtements sont trop serrés", {}),
    ("j'ai pris du poids, mon pantalon serre", {}),
    ("je fonds en larmes tellement j'ai mal", {}),
    ("je fonds le beurre pour la cuisine", {}),
    ("je nage à la piscine pour mon dos", {}),
    ("je fais un régime et je nage dans mes vêtements", {}),
    ("est ce que maigrir aide le mal de dos", {}),
    ("ma femme a beaucoup maigri, elle nage dans ses habits", {}),
    ("j'ai fait reprendre mes chaussures", {}),
    ("je mange pareil tous les jours", {}),
    ("j'ai repris le jogging", {}),
    ("got my shirt tucked in", {}),
    ("en ramassant mes affaires je suis tombé", {"onset": "trauma"}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
