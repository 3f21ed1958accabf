"""Session 33, round E (issue 12): a fever that is over or an animal's, and weight lost on purpose, read as red flags.

Blind messages were read as a fever or a weight loss: a past fever with chills ("... koorts en rillingen") told over with "no
fever any more for days" and a normal temperature (nl); a horse's fever told by its owner (nl); kilos lost on weight-loss
injections, the next sentence saying the loss is on purpose (en).

Changed:
- fever over (engine _past_by_join, the packs' SIGN_JOINED_FILLERS): a bare sign word joined by "and / en / et" to a past fever
  ("had a fever and chills", "lag in bed met koorts en koude rillingen", "j'ai eu de la fievre et des frissons") shares its past,
  so a FEVER_GONE_NOW after it ("no fever for 4 days now", "al 3 dagen geen koorts meer", "plus de fievre depuis 3 jours", a
  normal reading this morning) ends it as it ended the fever word.
- an animal's fever (engine _animal_fever, the packs' FEVER_ANIMALS): an animal with its owner or article before the fever in its
  clause ("our mare has a temperature", "de koe heeft koorts", "mon chien a de la fievre"), no "I/ik/j" in that clause.
- weight lost on purpose: weight-loss medication in INTENT and INTENT_STRONG (en semaglutide, saxenda, zepbound, "weight loss /
  fat / slimming jabs"; nl "afvalprik", "vermageringsspuit"; fr "injections / piqures / stylo pour maigrir, amaigrissant"), en
  "intentional", "fully intended"; a next sentence taking the loss up as meant (engine _PURPOSE_OPENING, the packs'
  WEIGHT_PURPOSE after RESOLVED_OPENS or WEIGHT_TOLD_AGAIN: "... . the weight loss is all on purpose", "... . dat is de
  bedoeling", "... . c'est volontaire") is joined to it.

Kept: a fever now or come back; the patient's own fever beside an animal ("the dog bit me and I have a fever", "my dog is ill
but I have 39"); weight lost without trying, "not on purpose", a vaccine's jabs, a purpose denied in the next sentence.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

FEVER = {"fever": True}
WEIGHT = {"weight_loss": True}
CHANGED = [
    # fever over, en
    ("I had a fever and chills, no fever for 4 days now", {}),
    ("was in bed with fever and shivers, no more fever since saturday", {}),
    ("had the flu with fever and sweats, no temperature for three days now, 36.9 this morning", {}),
    ("i had a temperature and the chills but no more fever now", {}),
    # fever over, nl
    ("ik had koorts en rillingen, al 3 dagen geen koorts meer", {}),
    ("lag in bed met koorts en koude rillingen, sinds zaterdag geen koorts meer", {}),
    ("had griep met koorts en rillingen, vanmorgen 36,7", {}),
    ("ik had koorts en rillingen, antibiotica zijn op, geen koorts meer", {}),
    # fever over, fr
    ("j'ai eu de la fièvre et des frissons, plus de fièvre depuis 3 jours", {}),
    ("j'étais au lit avec fièvre et frissons, plus de fièvre depuis samedi", {}),
    ("j'ai eu de la fièvre et des frissons, je n'ai plus de fièvre depuis 4 jours", {}),
    ("j'avais de la fievre et des frissons, mais plus de fièvre maintenant", {}),
    # an animal's fever, en
    ("the dog has a temperature, I'm fine myself", {}),
    ("our mare has had a high temperature for three days", {}),
    ("my horse has a fever and the vet is coming", {}),
    ("our goat has had a fever since monday", {}),
    # an animal's fever, nl
    ("de koe heeft koorts", {}),
    ("onze hond heeft koorts, ikzelf niet", {}),
    ("ons paard heeft al drie dagen hoge koorts", {}),
    ("mijn kat heeft koorts en eet niet", {}),
    ("het kalf heeft 40 graden koorts", {}),
    # an animal's fever, fr
    ("mon chien a de la fièvre, moi ça va", {}),
    ("notre jument a de la fièvre depuis hier", {}),
    ("la vache a 40 de fièvre", {}),
    ("notre cheval a de la fièvre depuis deux jours", {}),
    ("mon chien a de la température et tremble", {}),
    # weight lost on purpose, en
    ("lost 9 kilos since spring. the weight loss is all on purpose", {}),
    ("I lost 10 kg. That was on purpose by the way", {}),
    ("ive dropped 2 stone this year. its deliberate", {}),
    ("lost 8 kilos on the weight loss jabs", {}),
    ("lost 10 kg on semaglutide", {}),
    ("lost 6 kilos this year, fully intended", {}),
    ("I lost weight, it was intentional", {}),
    # weight lost on purpose, nl
    ("ik ben 9 kilo afgevallen. dat afvallen is helemaal bewust", {}),
    ("ik ben 7 kilo kwijt. dat is de bedoeling hoor", {}),
    ("ik ben 8 kilo afgevallen met de afvalprik", {}),
    ("12 kilo afgevallen met de vermageringsprik", {}),
    ("8 kilo kwijt met saxenda", {}),
    # weight lost on purpose, fr
    ("j'ai perdu 8 kilos. cette perte de poids est voulue", {}),
    ("j'ai perdu 8 kilos. c'est volontaire hein", {}),
    ("j'ai perdu 7 kg avec les injections pour maigrir", {}),
    ("j'ai fondu de 10 kilos avec le stylo amaigrissant", {}),
    ("j'ai perdu 6 kilos sous saxenda", {}),
]
KEPT = [
    # a fever now or come back
    ("had a fever and chills, still 38.5 this morning", FEVER),
    ("I had a fever and now chills, no fever now", FEVER),
    ("I had the flu and now I'm shivering, no fever now", FEVER),
    ("I had a fever and chills, no fever now but the chills are back", FEVER),
    ("ik had koorts en nu rillingen, geen koorts meer", FEVER),
    ("ik had koorts en rillingen, de koorts was weg maar is terug", FEVER),
    ("ik heb koorts en rillingen, vanmorgen nog 38,6", FEVER),
    ("j'ai de la fièvre et des frissons depuis hier", FEVER),
    ("j'ai eu de la fièvre et des frissons, elle était partie mais elle est revenue", FEVER),
    ("I had a fever, no fever now", {}),
    ("ik had koorts, al 3 dagen geen koorts meer", {}),
    ("j'ai eu de la fièvre mais plus de fièvre depuis 3 jours", {}),
    # the patient's own fever beside an animal
    ("the dog bit me and I have a fever", FEVER),
    ("my dog has a fever and so do I", FEVER),
    ("the cat scratched me and now I have a fever", FEVER),
    ("I took the dog out and got a fever", FEVER),
    ("the dog is sick, and I have a fever too", FEVER),
    ("de hond heeft me gebeten en ik heb koorts", FEVER),
    ("ik liet de hond uit en kreeg koorts", FEVER),
    ("onze hond is ziek maar ik heb 39 koorts", FEVER),
    ("le chien m'a mordu et j'ai de la fièvre", FEVER),
    ("mon chien est malade mais j'ai 39 de fièvre", FEVER),
    ("j'ai promené le chien et j'ai eu de la fièvre", FEVER),
    ("my mum has a fever", {}),
    ("my calf is red and hot and feverish", FEVER),
    # weight lost without trying, or not on purpose
    ("lost 10 kilos without trying", WEIGHT),
    ("lost 10 kilos. that was not on purpose", WEIGHT),
    ("lost 10 kilos since my covid jabs", WEIGHT),
    ("lost 10 kilos. the weight loss wasnt deliberate", WEIGHT),
    ("lost 10 kilos although eating normally. the jabs are for my knee", WEIGHT),
    ("lost 10 kg without trying. my wife's weight loss is on purpose", WEIGHT),
    ("ik ben 8 kilo afgevallen. dat was niet bewust", WEIGHT),
    ("ik ben 8 kilo afgevallen zonder dat ik het probeer", WEIGHT),
    ("j'ai perdu 8 kilos. c'est pas voulu", WEIGHT),
    ("j'ai perdu 8 kilos. ce n'est pas volontaire", WEIGHT),
    ("j'ai perdu 8 kilos sans faire de régime", WEIGHT),
    ("I lost 10 kg on Ozempic", {}),
    ("ik ben bewust 5 kilo afgevallen", {}),
    ("j'ai maigri de 5 kilos, c'est voulu", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
