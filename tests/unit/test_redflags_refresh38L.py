"""Session 38, round L (issue 12): small negations and weight/fall misreadings.

Five kinds, each read wrong before:

- a fever counted as none ("zero fever", "nul koorts", "0,0 koorts", "koorts: nul", "zero fievre") read as a fever: the packs'
  FEVER_ZERO (en, nl, fr) and bot/reading/redflags.py _zero_fever make it a denied fever in _eval_segment, so a fever denied
  only up to a past moment ("zero fever until yesterday", _denied_until) is still the flag;
- a sure "no" read as unsure or as nothing (bot/reading/answers.py parse_yes_no): a no phrase that opens the answer holds its
  own yes word ("definitely not", "absolutely not", "certainement pas", "absolument pas"), and the nl pack's NO_PHRASES take
  "zeker van niet", "echt van niet" ("ik weet zeker van niet", "k ben zeker van nie");
- a weight denied falling off read as weight loss (en WEIGHT_PATTERNS, _NOT_DENIED in the free word before "fell off"): "the
  weight hasn't fallen off me", "the kilos never dropped off";
- a stone fallen off a wall or a roof onto one read as weight loss (en WEIGHT_PATTERNS, _THING_OFF_ONTO after "a stone ...
  off"): the blow is trauma, no weight;
- a fever over after a past illness joined by "and" ("had a sore throat and a fever, no fever now", "had keelpijn en koorts, nu
  geen koorts meer", "j'ai eu une angine et de la fievre, plus de fievre maintenant"): _past_by_join no longer needs the clause
  before to name the fever itself, and the packs' SIGN_JOINED_FILLERS take "a", "an", "een", "beetje", "une".

Kept: a fever now, a fever that began ("no fever until yesterday", "zero fever until yesterday"), a fever with a present illness,
a real weight loss ("it just fell off", session 37K; "a stone off my usual weight"), real falls and blows, the nl and fr denials
already read, and the yes words ("definitely", "zeker", "certainement") and the unsure answers.
"""

from bot.reading.answers import parse_yes_no
from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

F = {"fever": True}
W = {"weight_loss": True}
T = {"onset": "trauma"}
CHANGED = [
    # en
    ("honestly zero fever", {}),
    ("fever: zero, checked it twice", {}),
    ("0 fever, only the back", {}),
    ("i've got zero fever", {}),
    ("the weight hasn't fallen off me at all", {}),
    ("the pounds never dropped off, sadly", {}),
    ("a stone fell off the garden wall and hit my back", T),
    ("a stone fell off the shelf onto me", T),
    ("was ill with a chest infection and a fever, no more fever now", {}),
    ("zero fever, but both my legs are numb", {"both_legs": True, "leg_numbness": True}),
    # nl (Flemish: "k", "nie")
    ("ik heb nul koorts", {}),
    ("0,0 koorts hoor", {}),
    ("koorts: nul", {}),
    ("nul komma nul koorts", {}),
    ("k heb nul koorts, enkel de rug", {}),
    ("had een keelontsteking en koorts, nu geen koorts meer", {}),
    ("was ziek met griep en een beetje koorts, nu geen koorts meer", {}),
    # fr
    ("zéro fièvre", {}),
    ("j'ai zéro fièvre, juste le dos", {}),
    ("fièvre : zéro", {}),
    ("0 fièvre", {}),
    ("j'ai eu une angine et de la fièvre, plus de fièvre maintenant", {}),
    ("j'avais la grippe et une fièvre, plus de fièvre maintenant", {}),
    ("j'ai eu un rhume et une fièvre, je n'ai plus de fièvre maintenant", {}),
    ("zéro fièvre depuis le début", {}),
]
KEPT = [
    # en
    ("zero fever until yesterday", F),
    ("the kilos have not come off", {}),
    ("had a cough and a fever last week, no fever now", {}),
    ("i have a fever now", F),
    ("I have zero energy and a fever", F),
    ("had a sore throat and now a fever", F),
    ("no fever until yesterday", F),
    ("nah, it just fell off, maybe 5 kg", W),
    ("the weight just fell off me", W),
    ("lost a stone, it fell off", W),
    ("im a stone off my usual weight", W),
    ("5 kilos off in a month", W),
    ("the weight fell off the rack onto my back", T),
    ("i fell off a ladder", T),
    # nl
    ("nul koorts tot gisteren", F),
    ("ik heb 39 koorts", F),
    ("had keelpijn en nu koorts", F),
    ("de kilo's zijn er niet afgevlogen", {}),
    ("de kilo's vielen er gewoon af", W),
    ("een steen viel van de muur op mijn rug", T),
    ("geen koorts", {}),
    ("vorige week verkouden en koorts gehad, nu geen koorts meer", {}),
    # fr
    ("j'ai de la fièvre", F),
    ("j'ai de la fièvre, zéro appétit", F),
    ("les kilos ne sont pas partis", {}),
    ("les kilos sont tombés sans que je fasse rien", W),
    ("une pierre est tombée du mur sur mon dos", T),
    ("pas de fièvre", {}),
]
test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)

YES_NO_CHANGED = [
    # en
    ("definitely not", False),
    ("absolutely not", False),
    ("certainly not, no", False),
    # nl
    ("ik weet zeker van niet", False),
    ("k ben zeker van nie", False),
    ("zeker van niet", False),
    # fr
    ("certainement pas", False),
    ("absolument pas", False),
]
YES_NO_KEPT = [
    ("definitely", True),
    ("not sure", "unsure"),
    ("of course not", False),
    ("zeker", True),
    ("zeker wel", True),
    ("echt van niet", False),
    ("bijlange niet", False),
    ("zeker niet", False),
    ("ik weet het niet zeker", "unsure"),
    ("certainement", True),
    ("sûr que non", False),
    ("bien sûr que non", False),
]
test_changed_yes_no, test_kept_yes_no = reading_round(parse_yes_no, YES_NO_CHANGED, YES_NO_KEPT)
