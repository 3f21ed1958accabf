"""Session 47, round A9 (issue 12): a "no" told with a reason read as "yes", a relative's dated event with the pain dated
by it ("since"), and the bones told fine in other words with a local steroid asked again.

1. The fever question answered no after a look-alike explained, the fever denied and a closing no ("I wake up soaked
   some nights but it's the radiator, I checked and there's no fever, so no", "ik zweet veel door de verwarming, geen koorts
   gemeten. dus nee", "j'ai des bouffées de chaleur, c'est la ménopause, pas de fièvre. donc non"): read True (the sweats
   of the red-flag rules). Changed: the engine's _fever_lookalike_no (the packs' CLOSING_NO, FEVER_NAMED denied, no
   FEVER_FELT, no degrees, no doubt) reads False.
2. The weight-loss question answered with a "yes" to the loss, the loss told as wanted, then "without trying, no" ("yes
   4 kilos, that was the plan, i go to a dietician. without trying, no"): the "without trying" was read as the loss's
   reason. Changed: the engine's _weight_no_reason skips one answered with a plain no right after it (_NO_REASON_DENIED,
   the packs' PURPOSE_NO).
3. A relative's dated event, then the pain dated by it with a "since" in the next clause ("my mum passed away in june,
   my back has ached ever since", "mijn oma is in juni overleden, sindsdien doet mijn rug pijn", "ma mère est morte en
   juin, depuis j'ai mal aux reins"): round A8's _relative_dated skipped the date. Changed: _since_event_next (the packs'
   DATE_SINCE_EVENT, the next clause telling the pain) keeps it.
4. The bones told fine in words FINE does not hold ("my bones are healthy", "botten zijn in orde", "mes os vont bien")
   with a local steroid: asked again. Changed: the packs' BONES_FINE, read by _bones_fine only.
Kept: the fever felt ("feverish", "shivering", "koortsig", "frissons") or its degrees with a closing no, a doubt, the sweats
alone, a plain "no fever"; a loss without trying told plainly, the diet with a loss beyond it and a doubt, "not on
purpose"; a relative's dated event with no "since" (round A8), a "since" before the date; tablets beside a local steroid,
the bones not fine.
"""

from datetime import date

from bot.reading.answers import parse_answer, read_story
from tests.support.reading_round import reading_round

# the day the round was written (a Monday)
TODAY = date(2026, 12, 7)


def _answer(pair):
    slot, text = pair
    return parse_answer(slot, text, TODAY)


def _duration(text: str):
    return read_story(text, TODAY).get("duration_days")


F, W, B = "fever", "weight_loss", "osteoporosis_or_steroids"

# the days from the first of June to TODAY (a month named alone is read from its first day)
JUNE = (TODAY - date(2026, 6, 1)).days

ANSWER_CHANGED = [
    # 1. fever: a look-alike, the fever denied, a closing no
    ((F, "I wake up soaked some nights but it's the radiator, I checked and there's no fever, so no"), False),
    ((F, "I get night sweats since the change of life, no temp when I measure it. So no."), False),
    ((F, "ik zweet veel 's nachts door de verwarming, maar ik heb geen koorts gemeten. dus nee"), False),
    ((F, "ik word soms bezweet wakker, da komt van de opvliegers, maar geen koorts gemeten. dus neen"), False),
    ((F, "je transpire la nuit depuis la ménopause, mais j'ai vérifié, pas de fièvre. donc non"), False),
    ((F, "j'ai des sueurs la nuit, c'est le chauffage je pense. aucune fièvre quand je mesure. donc non"), False),
    # 2. weight: a yes to the loss, wanted, then "without trying, no"
    ((W, "yes 4 kilos, that was the plan, i go to a dietician. without trying, no"), False),
    ((W, "yeah lost about 8 pounds, deliberately, i'm dieting. without trying no"), False),
    ((W, "ja 5 kilo, maar da's bewust, ik ben op dieet. zonder het te willen, nee"), False),
    ((W, "ja, 4 kilo kwijt, dat was de bedoeling want ik volg een dieet. zonder het te willen, neen"), False),
    ((W, "oui 5 kilos mais c'est voulu, je fais un régime. sans le vouloir, non"), False),
    ((W, "oui j'ai perdu 4 kilos, c'est volontaire, régime chez la diététicienne. sans le vouloir non"), False),
    # 4. the bones fine in other words, a local steroid
    ((B, "my bones are healthy, just a steroid spray for my nose"), False),
    ((B, "bones are sound, only a cortisone cream now and then"), False),
    ((B, "mijn botten zijn in orde, alleen een neusspray met cortisone"), False),
    ((B, "botten gezond, ik gebruik een puffer met cortisone"), False),
    ((B, "mes os vont bien, j'ai seulement un spray nasal à la cortisone"), False),
    ((B, "mes os sont solides, juste des gouttes de cortisone pour les yeux"), False),
]
ANSWER_KEPT = [
    ((F, "I sweat a lot at night and feel feverish and shivery, so no?"), True),
    ((F, "no fever"), False),
    ((F, "not sure, i do sweat at night"), True),
    ((F, "night sweats, no temperature taken, 38.5 yesterday. so no"), True),
    ((F, "i wake up soaked every night"), True),
    ((F, "ik zweet 's nachts en ik voel me koortsig, geen thermometer. dus nee"), True),
    ((F, "geen koorts"), False),
    ((F, "ik weet het niet, ik zweet veel 's nachts"), True),
    ((F, "je transpire et j'ai des frissons, pas de thermomètre. donc non"), True),
    ((F, "pas de fièvre"), False),
    ((F, "je sais pas, je transpire beaucoup la nuit"), True),
    ((W, "yes 6 kilos without trying"), True),
    ((W, "on a diet but i lost a lot more than i meant to, not sure why"), True),
    ((W, "not on purpose"), True),
    ((W, "ja 5 kilo zonder het te willen"), True),
    ((W, "ja, zomaar 6 kilo kwijt"), True),
    ((W, "oui j'ai perdu 5 kilos sans le vouloir"), True),
    ((W, "pas voulu"), True),
    ((B, "bones are healthy, but i take prednisolone tablets daily"), True),
    ((B, "my bones are not healthy, i use a steroid cream"), None),
    ((B, "mijn botten zijn in orde, maar ik neem al jaren medrol tabletten"), True),
    ((B, "ik weet het niet"), True),
    ((B, "mes os vont bien, mais je prends des comprimés de cortisone"), True),
    ((B, "je sais pas"), True),
]
STORY_CHANGED = [
    ("my mum passed away in june, my back has ached ever since", JUNE),
    ("my granddad died in june, my lower back has hurt since then", JUNE),
    ("mijn oma is in juni overleden, sindsdien doet mijn rug pijn", JUNE),
    ("mijn vader is in juni gestorven, en sindsdien heb ik pijn in mijn onderrug", JUNE),
    ("ma mère est morte en juin, depuis j'ai mal aux reins", JUNE),
    ("mon grand-père est décédé en juin, depuis lors j'ai mal au dos", JUNE),
]
STORY_KEPT = [
    ("my dad had a stroke in june, my back began to ache slowly", None),
    ("since my gran's funeral in june my back hurts", JUNE),
    ("mijn zus is in juni verhuisd, bij mij kwam de rugpijn geleidelijk", None),
    ("sinds de begrafenis van mijn opa in juni doet mijn rug pijn", JUNE),
    ("mon frère a déménagé en juin, moi j'ai mal au dos petit à petit", None),
    ("depuis l'enterrement de ma grand-mère en juin, j'ai mal au dos", JUNE),
]

test_answer_changed, test_answer_kept = reading_round(_answer, ANSWER_CHANGED, ANSWER_KEPT)
test_story_changed, test_story_kept = reading_round(_duration, STORY_CHANGED, STORY_KEPT)
