"""Session 34, round W: two misses of the leg-pain reading in a story (read_story) and in answers.

1. French football read as the foot: "le foot", "au foot", "match de foot", "foot en salle" are football in French, but the
   English pack's "foot" (BELOW_KNEE_PARTS, merged into every language) read them as a part below the knee, so a back pain
   "after football" was a false below_knee (in read_story, parse_answer('leg_pain') and the slots mentioned in another
   answer, extract_answers). Changed: the French pack's new FOOT_SPORT table (the sport's "foot" after an article, a
   preposition or "jouer/faire", and "foot en salle", "foot a 5"); bot/reading/answers.py _no_foot_sport writes that
   "foot" as "football" before the knee level is read (_without_free_parts, _story_leg_pain). English "my foot", "down to
   my foot" and a French "pied" read as before; Dutch "voetbal", "zaalvoetbal" were never read as "voet" (kept).
2. Legs denied as a clause of a story not read: "back pain since monday, not in my legs", "rugpijn, maar niet in de
   benen", "mal au dos, pas dans les jambes" left leg_pain unset (asked again) although parse_answer reads none. Changed:
   the packs' new LEGS_NOT_STORY (en "not in/into/down my legs", nl "niet in/naar mijn benen", fr "pas dans/aux jambes")
   and LNS_LEAD (a "but"/"maar"/"mais", "it's"/"het is"/"c'est" before it); _LEGS_NOT_STORY takes it only at the start of
   a clause and ended there, in a story that tells back pain (BACK_PAIN), in a sentence that is no question, with no
   "but sometimes it goes down" (DOWN_AFTER_ALL) after it. Kept (unset = asked again): "not in my legs yet", "... not in
   my legs?", "is it normal that it's not in my legs?", "pas encore dans les jambes", "nog niet in mijn benen", a
   relative's legs; a level told with it ("not in my left leg but the right one burns to the knee") is read first.
"""

from datetime import date

from bot.reading.answers import extract_answers, parse_answer, read_story
from tests.support.reading_round import reading_round

TODAY = date(2026, 12, 1)


def story_leg(text):
    return read_story(text, TODAY).get("leg_pain")


def answer_leg(text):
    return parse_answer("leg_pain", text, TODAY)


def mentioned_leg(text):
    return extract_answers(text, "duration_days", TODAY).get("leg_pain")


STORY_CHANGED = [
    # fr: football is no foot
    ("j'ai mal au dos depuis le match de foot de samedi", None),
    ("douleur au bas du dos après mon entraînement de foot", None),
    ("mal aux reins depuis le foot en salle de mardi", None),
    ("mal au dos après le foot", None),
    ("j'ai fait du foot dimanche et depuis j'ai mal au dos", None),
    ("mal au dos depuis le foot de jeudi soir, rien dans les jambes", "none"),
    ("mal au bas du dos après le foot, ça ne descend pas dans les jambes", "none"),
    # en: legs denied as a clause
    ("my lower back hurts since monday, not in my legs", "none"),
    ("lower back ache after gardening, not into the legs", "none"),
    ("my back hurts, but not in my legs", "none"),
    ("back pain for ten days. it's not in my legs.", "none"),
    ("sore low back since the weekend, not down my legs and no numbness", "none"),
    ("my back hurts, not in my legs. should i worry?", "none"),
    # nl
    ("sinds maandag pijn in mijn onderrug, niet in mijn benen", "none"),
    ("rugpijn na het tillen, niet naar mijn benen", "none"),
    ("rugpijn sinds een week, maar niet in de benen", "none"),
    ("pijn in de onderrug sinds zaterdag. het is niet in mijn benen.", "none"),
    ("rugpijn sinds gisteren, nie in mn benen", "none"),
    ("pijn onderin mijn rug na de voetbaltraining, niet in mijn benen", "none"),
    # fr
    ("mal au dos depuis lundi, pas dans les jambes", "none"),
    ("j'ai mal au bas du dos depuis une semaine, mais pas dans les jambes", "none"),
    ("douleur lombaire depuis samedi. c'est pas dans les jambes.", "none"),
    ("mal aux reins depuis hier, pas dans mes jambes et pas de fourmis", "none"),
    ("mal au dos, pas aux jambes", "none"),
    ("mal au dos depuis le foot, pas dans les jambes", "none"),
]
STORY_KEPT = [
    # the foot told, in English or French
    ("my foot hurts since football", "below_knee"),
    ("pain goes down to my foot", "below_knee"),
    ("back pain since football on sunday", None),
    ("mal au dos après le foot et ça descend jusqu'au pied", "below_knee"),
    ("mal au dos depuis le foot, j'ai mal au pied droit aussi", "below_knee"),
    ("mal au dos depuis le foot, ça descend dans la jambe jusqu'à la cheville", "below_knee"),
    ("mal au dos depuis mon footing", None),
    ("lombalgie depuis un foot à 5 hier soir", None),
    # nl voetbal is no voet
    ("rugpijn sinds het zaalvoetbal", None),
    ("pijn onderin de rug na voetbaltraining", None),
    ("rugpijn sinds het voetballen", None),
    # legs denied but unsure, a level told, a question, a relative
    ("back pain, not in my legs yet", None),
    ("back pain, not in my legs?", None),
    ("back pain, is it normal that it's not in my legs?", None),
    ("is it normal that it's not in my legs?", None),
    ("back pain, not in my legs, but sometimes it shoots down", None),
    ("back pain, not in my legs though", None),
    ("back pain, not in my left leg but the right one burns to the knee", "above_knee"),
    ("not in my legs yet, but my buttock aches", "above_knee"),
    ("numb, not painful, in my legs", None),
    ("my wife has back pain, not in her legs", None),
    ("pain in my back, nothing in my legs", "none"),
    ("back pain for two weeks, doesn't go into my legs", "none"),
    ("rugpijn, nog niet in mijn benen", None),
    ("rugpijn, niet in mijn benen maar soms trekt het naar beneden", None),
    ("rugpijn, is het normaal dat het niet in mijn benen zit?", None),
    ("pijn in de onderrug, het zit niet in mijn benen", "none"),
    ("mal au dos, pas encore dans les jambes", None),
    ("mal au dos, pas dans les jambes mais parfois ça descend", None),
    ("mal au dos, pas dans la jambe gauche mais la droite brûle jusqu'au mollet", "below_knee"),
    ("mal au dos, est-ce normal que ce soit pas dans les jambes?", None),
    ("lumbago, ca va pas dans les jambes", "none"),
]
ANSWER_CHANGED = [
    ("mal au dos après le foot, ça ne descend pas dans la jambe", "none"),
    ("c'est depuis le match de foot, ça reste dans le bas du dos", "none"),
    ("non, c'est arrivé au foot, ça reste dans le dos", "none"),
    ("depuis le foot en salle, pas de douleur dans les jambes", "none"),
    ("je me suis fait mal au foot", None),
]
ANSWER_KEPT = [
    ("my foot is numb", "below_knee"),
    ("pain down to my foot", "below_knee"),
    ("all the way to my foot", "below_knee"),
    ("jusqu'au pied", "below_knee"),
    ("depuis le foot ça descend jusqu'au pied", "below_knee"),
    ("it run down to de foot", "below_knee"),
    ("tot in mijn voet", "below_knee"),
    ("na het voetballen, tot in mijn voet", "below_knee"),
    ("not in my legs", "none"),
    ("niet in mijn benen", "none"),
    ("pas dans les jambes", "none"),
]
MENTIONED_CHANGED = [
    ("depuis le match de foot samedi, douleur au dos", None),
    ("j ai mal au dos depuis le foot en salle", None),
    ("mal aux lombaires depuis le foot de mardi", None),
]
MENTIONED_KEPT = [
    ("mal au dos depuis le foot, ca descend jusqu au pied", "below_knee"),
    ("pain down to my foot since friday", "below_knee"),
    ("rugpijn sinds het voetballen zaterdag", None),
]

test_story_changed, test_story_kept = reading_round(story_leg, STORY_CHANGED, STORY_KEPT)
test_answer_changed, test_answer_kept = reading_round(answer_leg, ANSWER_CHANGED, ANSWER_KEPT)
test_mentioned_changed, test_mentioned_kept = reading_round(mentioned_leg, MENTIONED_CHANGED, MENTIONED_KEPT)
