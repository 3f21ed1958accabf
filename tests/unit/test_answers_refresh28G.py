"""Session 28 (helper G), after the blind street patients blind28 were played once: two kinds of answer misses, fixed as
kinds in en, nl and fr, in other words than the blind messages.

1. morning_stiffness: a stiffness told as lasting under half an hour read yes. The minutes are now read in number words
   as well as digits ("five minutes", "een minuut of tien", "vingt-cinq minutes", the number packs' NUMBERS), and a
   short time told without them is no (pack STIFF_SHORT: "a few minutes", "a quarter of an hour", "till I've had my
   coffee", "een kwartiertje", "tot na de douche", "quelques minutes", "le temps de prendre ma douche"). Half an hour or
   more told in words wins (pack STIFF_LONG: "most of the morning", "de hele ochtend", "toute la matinee", "trois
   quarts d'heure"), an hour beside a few minutes is the longer time, "more than 10 minutes" is no short time (pack
   STIFF_MORE_THAN) and a clock time ("a 6h") no length; a number word may have a word before the minutes (pack
   MINUTES_ADJ: "5 petites minutes"). A bare "a bit stiff" still reads yes.
2. onset in the first message (read_story): a movement told as not done ("no awkward movement", "zonder dat ik iets
   tilde", "je n'ai pas porte de charge", "sans faux mouvement") is masked before the sudden words are read (pack
   STORY_NOT_SUDDEN; parse_answer('onset') masks it too when its sudden reading rests on it); the back forced or pulled
   wrong while pulling something is a sudden movement (packs STORY_SUDDEN and SUDDEN: "forced my back yanking",
   "rug geforceerd bij het lostrekken", "verrokken", "me suis force le dos en arrachant"); a gentle start is gradual
   (packs STORY_GRADUAL and GRADUAL: "it started gently", "is zachtjes begonnen", "commence lentement"). A lift that
   slowly got worse stays sudden, a fall stays trauma, a story with no onset reads none.
"""
from datetime import date
from typing import Any, Tuple

from bot.reading.answers import parse_answer, read_story
from tests.support.reading_round import reading_round

TODAY = date(2026, 12, 1)
S, ON, ST = "morning_stiffness", "onset", "story"


def read(case: Tuple[str, str]) -> Any:
    """("story", text): the onset read_story gives (None: none); (slot, text): parse_answer."""
    kind, text = case
    if kind == ST:
        return read_story(text, TODAY).get("onset")
    return parse_answer(kind, text, TODAY)


CHANGED = [
    ((S, 'a little stiff when I get up but it wears off after a few minutes'), False),
    ((S, "stiff first thing, it's gone within ten minutes"), False),
    ((S, 'stiff for about five minutes in the morning'), False),
    ((S, "stiff till I've had my coffee then fine"), False),
    ((S, "bit stiff getting up, loosens once I've showered"), False),
    ((S, "stiff when I wake but fine by the time I've walked the dog"), False),
    ((S, "it's stiff for a couple of minutes then it eases"), False),
    ((S, 'takes a few minutes to loosen up in the morning'), False),
    ((S, 'stiff for a minute or two'), False),
    ((S, "stiff about twenty min then it's ok"), False),
    ((S, 'stiff for twenty-five minutes'), False),
    ((S, "maybe a quarter of an hour and I'm moving fine"), False),
    ((S, 'een beetje stijf bij het opstaan maar na een paar minuten is het weg'), False),
    ((S, 'stijf bij het opstaan, na vijf minuutjes gaat het'), False),
    ((S, 'na tien minuten ben ik losgekomen'), False),
    ((S, "'s morgens stijf maar na een kwartier is het over"), False),
    ((S, 'stijf gedurende een minuut of tien'), False),
    ((S, 'stijf tot ik mijn koffie op heb'), False),
    ((S, 'stijf tot na de douche, dan gaat het'), False),
    ((S, 'een kwartiertje stram en dan is het gedaan'), False),
    ((S, 'stijf, tien a vijftien minuten'), False),
    ((S, 'un peu raide au lever mais ça passe en quelques minutes'), False),
    ((S, 'raide le matin, ça passe en dix minutes'), False),
    ((S, 'raide le temps de prendre ma douche'), False),
    ((S, "raide le temps d'un café puis ça va"), False),
    ((S, 'raide cinq minutes au réveil'), False),
    ((S, "raide le matin un quart d'heure"), False),
    ((S, "raide au lever, après 5 petites minutes c'est fini"), False),
    ((S, "une dizaine de minutes de raideur et c'est tout"), False),
    ((S, 'raide pendant vingt-cinq minutes'), False),
    ((S, 'je me lève à 6h, raide dix minutes'), False),
    ((S, 'stiff for more than 10 minutes'), True),
    ((S, 'stiff for 10 minutes to an hour'), True),
    ((ST, 'forced my back yanking out a stump on saturday'), 'sudden_movement'),
    ((ST, 'strained my back tugging the hose reel a week ago'), 'sudden_movement'),
    ((ST, 'it started gently over a few days'), 'gradual'),
    ((ST, 'it came on softly, no lifting or anything'), 'gradual'),
    ((ST, 'came on its own, no awkward movement, nothing'), 'gradual'),
    ((ST, "it came on quietly about a month ago and I didn't lift anything"), 'gradual'),
    ((ST, 'ik heb mijn rug verrokken toen ik aan de tuinslang trok'), 'sudden_movement'),
    ((ST, 'rug verkeerd getrokken bij het uittrekken van onkruid'), 'sudden_movement'),
    ((ST, 'vorige week mijn rug geforceerd bij het lostrekken van een paal'), 'sudden_movement'),
    ((ST, 'het is zachtjes begonnen, zonder dat ik iets tilde'), 'gradual'),
    ((ST, 'het kwam vanzelf zonder verkeerde beweging'), 'gradual'),
    ((ST, 'kwam vanzelf opzetten, geen verkeerde beweging gemaakt'), 'gradual'),
    ((ST, 'het is stilletjes begonnen, ik heb niets geforceerd'), 'gradual'),
    ((ST, 'je me suis forcé le dos en arrachant une souche'), 'sudden_movement'),
    ((ST, 'depuis lundi, je me suis forcé le dos en déracinant un arbuste'), 'sudden_movement'),
    ((ST, "c'est arrivé tout seul, pas de faux mouvement"), 'gradual'),
    ((ST, "c'est venu petit à petit, je n'ai rien soulevé"), 'gradual'),
    ((ST, "ça s'est installé doucement, aucun faux mouvement"), 'gradual'),
    ((ST, "sans faux mouvement, c'est venu progressivement"), 'gradual'),
    ((ST, "ça a commencé lentement, je n'ai pas porté de charges lourdes"), 'gradual'),
    ((ON, 'forced my back yanking out a stump'), 'sudden_movement'),
    ((ON, 'it started gently over a few days'), 'gradual'),
    ((ON, 'it came on softly'), 'gradual'),
    ((ON, 'het is zachtjes begonnen, zonder dat ik iets tilde'), 'gradual'),
    ((ON, 'mijn rug verrokken in de tuin'), 'sudden_movement'),
    ((ON, 'je me suis forcé le dos en arrachant une racine'), 'sudden_movement'),
]

KEPT = [
    ((S, 'stiff for a good hour in the morning'), True),
    ((S, 'stiff till mid-morning'), True),
    ((S, 'stiff most of the morning'), True),
    ((S, 'stiff for half an hour'), True),
    ((S, 'stiff for about 45 minutes'), True),
    ((S, 'stiff for thirty-five minutes'), True),
    ((S, 'stiff for more than ten minutes'), True),
    ((S, "stiff for an hour, then ten minutes of stretching and it's ok"), True),
    ((S, 'a bit stiff'), True),
    ((S, 'a bit stiff in the mornings'), True),
    ((S, 'no not really'), False),
    ((S, 'not stiff'), False),
    ((S, 'stiff for 20 minutes or so'), False),
    ((S, 'een uur of twee stijf'), True),
    ((S, 'de hele ochtend stijf'), True),
    ((S, 'stijf gedurende een goed uur'), True),
    ((S, 'een halfuur stijf'), True),
    ((S, 'stijf drie kwartier'), True),
    ((S, 'stijf gedurende vijfendertig minuten'), True),
    ((S, 'stijf, meer dan tien minuten'), True),
    ((S, 'wat stijf'), True),
    ((S, 'na 5 minuutjes is het weg'), False),
    ((S, 'raide toute la matinée'), True),
    ((S, 'raide pendant une bonne heure'), True),
    ((S, "raide jusqu'en milieu de matinée"), True),
    ((S, 'raide une demi-heure le matin'), True),
    ((S, "raide trois quarts d'heure"), True),
    ((S, 'raide plus de dix minutes'), True),
    ((S, 'raide pendant trente-cinq minutes'), True),
    ((S, 'un peu raide'), True),
    ((ST, 'lifted a box and it slowly got worse'), 'sudden_movement'),
    ((ST, 'I fell down the stairs, no wrong movement'), 'trauma'),
    ((ST, 'ik ben gevallen van de trap, geen verkeerde beweging'), 'trauma'),
    ((ST, "je suis tombé dans l'escalier, sans faux mouvement"), 'trauma'),
    ((ST, 'my back has been sore for 3 weeks'), None),
    ((ST, 'ik heb al 3 weken rugpijn'), None),
    ((ST, "j'ai mal au dos depuis 3 semaines"), None),
    ((ST, "I didn't lift anything but I twisted reaching for the remote"), 'sudden_movement'),
    ((ST, "I didn't lift anything heavy, it came on gradually"), 'gradual'),
    ((ST, 'I strained my back pulling weeds in the garden last week'), 'sudden_movement'),
    ((ST, 'ik heb niks zwaars getild maar ik draaide me om en toen schoot het erin'), 'sudden_movement'),
    ((ST, 'ik heb mijn rug geforceerd bij het verhuizen'), 'sudden_movement'),
    ((ST, 'het is heel langzaam gekomen, ik heb niks zwaars gedragen'), 'gradual'),
    ((ST, 'tilde een doos op en het werd langzaam erger'), 'sudden_movement'),
    ((ST, "je n'ai rien soulevé mais je me suis penché et ça a lâché"), 'sudden_movement'),
    ((ST, 'ça a commencé tout doucement, sans porter de charge'), 'gradual'),
    ((ST, "j'ai soulevé un carton et ça s'est aggravé petit à petit"), None),
    ((ST, 'it came on by itself without a wrong movement'), 'gradual'),
    ((ST, "it just crept up on me, didn't lift anything"), 'gradual'),
    ((ON, "I didn't lift anything but I twisted"), 'sudden_movement'),
    ((ON, 'ik heb mijn rug geforceerd bij het trekken aan een boomstronk'), 'sudden_movement'),
    ((ON, "c'est venu tout seul sans faux mouvement"), 'gradual'),
]

test_changed, test_kept = reading_round(read, CHANGED, KEPT)
