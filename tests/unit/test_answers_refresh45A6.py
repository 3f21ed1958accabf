"""Session 45, round A6 (issue 12): what a message told is asked again, or read when it was not told, by the story reader
(read_story): the legs denied for a relative ("no pain in her legs", "doesn't go into his legs at all") or in other words
("daar straalt niks naar uit", "ses jambes, rien"); a gradual start told with every event denied ("zonder dat er iets
gebeurd is"); a sport read as the foot ("apres le mini-foot" read below the knee); a morning stiffness of a few minutes read
as true ("raide genre 5 minutes", "een kwartiertje stijf": the question asks for more than 30 minutes).

Changed: the packs' LNS_DET and LEG_NONE_STORY (en: his, her, their legs; nl: "straalt niks/niets/nergens ... uit"), fr
LEGS_NOT_STORY ("jambes , rien"), nl STORY_START_DENIED ("zonder dat er iets gebeurd is"), fr FOOT_SPORT ("mini-foot",
"baby-foot", "street foot"); the engine's read_story takes the length told in the stiffness's own clause (_story_stiff_length,
the slot reader's _stiff_length): a few minutes is no morning stiffness.
Kept: leg pain told (a calf, a foot), football told in English and Dutch, the legs denied plainly, a fall or a
slip told beside a slow start or a denied incident (trauma), a stiffness told with no length or a long one (true), the slot
answer reader's short and long times.
"""

from bot.reading.answers import parse_answer, read_story
from tests.support.reading_round import reading_round


def _story(slot: str):
    return lambda text: read_story(text).get(slot)


def _leg(text: str):
    return read_story(text).get("leg_pain")


def _onset(text: str):
    return read_story(text).get("onset")


def _stiff(text: str):
    return read_story(text).get("morning_stiffness")


def _stiff_answer(text: str):
    return parse_answer("morning_stiffness", text)


LEG_CHANGED = [
    ("no pain in her legs but her left foot tingles", "none"),
    ("my nan has had a sore lower back since sunday. no pain in her legs", "none"),
    ("writing for my husband, his back locked up on monday, it doesnt go into his legs", "none"),
    ("my dad pulled his back, doesn't spread into his legs at all", "none"),
    ("mijn rug zit vast sinds gisteren, daar straalt niks naar uit", "none"),
    ("ons moeder heeft pijn in haar onderrug, daar straalt niets naar uit", "none"),
    ("sinds vrijdag last van mijn rug, straalt niets uit", "none"),
    ("mon père a mal au bas du dos depuis mardi, ses jambes, rien", "none"),
    ("mal aux reins depuis lundi, les jambes, rien", "none"),
    ("ma femme se plaint du dos, ses jambes, ça va", "none"),
    ("le matin c'est dur, surtout après le mini-foot que ça tire", None),
    ("mal au dos depuis le baby-foot d'hier soir", None),
]
LEG_KEPT = [
    ("my son's back hurts after rugby, nothing down his legs", "none"),
    ("no pain in their legs, just the low back", "none"),
    ("al twee weken pijn onderaan mijn rug, het straalt nergens naar uit", "none"),
    ("rugpijn na het tuinieren, mijn benen zijn oké, het straalt niks uit", "none"),
    ("ça me tire dans le dos après le mini foot", None),
    ("my husband's back is bad and it goes into his left calf", "below_knee"),
    ("pain down to my foot since the weekend", "below_knee"),
    ("my back aches after five-a-side football", None),
    ("pijn in mijn rug die uitstraalt tot in mijn voet", "below_knee"),
    ("rugpijn na het zaalvoetbal", None),
    ("mijn rug doet pijn en het straalt uit naar mijn dij", "above_knee"),
    ("rugpijn, niks in mijn benen", "none"),
    ("ça tire jusque dans le pied depuis hier", "below_knee"),
    ("mal au dos après le foot", None),
    ("mal au dos, rien dans les jambes", "none"),
    ("mal au dos qui descend dans la cuisse", "above_knee"),
]
ONSET_CHANGED = [
    ("mijn rug is traag erger geworden zonder dat er iets gebeurd is", "gradual"),
    ("de rugpijn van mijn vader kwam op zonder dat er iets speciaals voorgevallen is", "gradual"),
    ("het doet al een maand pijn in mijn onderrug, zonder dat er wat gebeurd is", "gradual"),
]
ONSET_KEPT = [
    ("it got slowly worse after I fell off my bike", "trauma"),
    ("no incident at work but I slipped at home", "trauma"),
    ("my mum's back started gradually, no particular incident", "gradual"),
    ("started gradually, no particular incident", "gradual"),
    ("het is langzaam erger geworden nadat ik van de trap viel", "trauma"),
    ("geen ongeval, het kwam geleidelijk", "gradual"),
    ("c'est venu petit à petit, sans rien de spécial", "gradual"),
    ("ça a empiré doucement après ma chute dans l'escalier", "trauma"),
]
STIFF_CHANGED = [
    ("stiff in the morning for a couple of minutes, then fine", False),
    ("first thing in the morning very stiff for a minute or two", False),
    ("'s ochtends een kwartiertje stijf, daarna gaat het", False),
    ("bij het opstaan een paar minuten stijf", False),
    ("le matin un peu raide genre quelques minutes, après ça va", False),
    ("au réveil je suis raide un quart d'heure", False),
    ("le matin c'est raide 10 minutes puis ça passe", False),
]
STIFF_KEPT = [
    ("very stiff in the mornings for over an hour", True),
    ("stiff every morning", True),
    ("stiff in the morning, I can only walk 10 minutes before the pain comes", True),
    ("'s ochtends de hele ochtend stijf", True),
    ("'s ochtends stijf", True),
    ("'s ochtends stijf tot de middag", True),
    ("le matin je suis raide", True),
    ("le matin raide toute la matinée", True),
]
STIFF_ANSWER_KEPT = [
    ("le matin c'est un peu raide genre 5 minutes, après ça va", False),
    ("a few minutes", False),
    ("een kwartiertje", False),
    ("10 minutes", False),
    ("more than an hour", True),
    ("tot de middag", True),
    ("toute la matinée", True),
]

test_leg_changed, test_leg_kept = reading_round(_leg, LEG_CHANGED, LEG_KEPT)
test_onset_changed, test_onset_kept = reading_round(_onset, ONSET_CHANGED, ONSET_KEPT)
test_stiff_changed, test_stiff_kept = reading_round(_stiff, STIFF_CHANGED, STIFF_KEPT)
_, test_stiff_answer_kept = reading_round(_stiff_answer, [], STIFF_ANSWER_KEPT)
