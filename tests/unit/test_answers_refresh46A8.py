"""Session 46, round A8 (issue 12): a relative's dated event taken as the patient's duration, back pain told in forms the
guard of the legs denied did not take, and the bones told fine with a local steroid asked again.

1. A first message that dates a relative's event in its own clause, then tells the patient's own course ("my dad had a
   stroke in march, my back began to ache slowly", "mijn zus is vorig jaar verhuisd, bij mij kwam de rugpijn
   geleidelijk", "mon frère s'est cassé la jambe l'an dernier, moi j'ai mal au dos petit à petit"): the relative's date was
   read as the duration. Changed: the engine's _relative_dated skips a duration whose clause names a relative, tells no
   pain and has no "since" dating the pain by the event (the packs' DATE_OWN_SINCE), in the writer's own story; the en
   pack's STORY_GRADUAL takes "started hurting gradually".
2. The legs denied after the thing at the end of a first message whose back pain is told as "doet al weken pijn", "last
   onderaan mijn rug", "has been hurting", "has hurt", "me lance": the guard of round A7's LEGS_NOT_STORY did not see the
   back pain, and the leg pain was asked again. Changed: the packs' BACK_TOLD_STORY (guard only, not tells_back_pain).
3. The answer to the bones-or-steroids question that tells the bones fine and a local steroid only ("bones are ok, i only
   put a steroid ointment on my eczema", "mijn botten zijn goed, ik gebruik alleen een neusspray met cortisone", "les os
   c'est normal, juste des gouttes de cortisone"): asked again. Changed: the engine's _bones_fine (the packs' BONES_NAMED
   with FINE in the opening clause, no negation before the fine word) reads False.
Kept: the patient's own fall dated (trauma, 365), the pain dated by the relative's event ("since ..."), a carer's story
(the relative's date is the duration), a leg denial asked as a question, the leg told with "wel", the back told as not
hurting; steroid tablets told (True), the bones named ill (True), a doubt (today's safe True), the bones not fine.
"""

from datetime import date

from bot.reading.answers import parse_answer, read_story
from tests.support.reading_round import reading_round

# the day the round was written (a Monday): "depuis lundi" is 7 days on it, 1 on a Tuesday
TODAY = date(2026, 12, 7)


def _story(text: str):
    found = read_story(text, TODAY)
    return {key: found.get(key) for key in ("onset", "duration_days", "leg_pain")}


def _osteo(text: str):
    return parse_answer("osteoporosis_or_steroids", text)


def S(onset=None, days=None, leg=None):
    return {"onset": onset, "duration_days": days, "leg_pain": leg}


STORY_CHANGED = [
    # 1. a relative's dated event
    ("my dad had a stroke in march, my back began to ache slowly", S("gradual")),
    ("my sister broke her wrist 2 weeks ago, my back started hurting slowly", S("gradual")),
    ("mijn pa is twee weken geleden gevallen, mijn rugpijn is langzaam begonnen", S("gradual")),
    ("mijn moeder is vorig jaar verhuisd, bij mij is de pijn in mijn rug stilaan gekomen", S("gradual")),
    ("mon frère s'est cassé la jambe l'an dernier, moi j'ai mal au dos petit à petit", S("gradual")),
    ("ma soeur a déménagé il y a deux semaines, chez moi le mal de dos est venu petit à petit", S("gradual")),
    # 2. back pain in more forms, the legs denied after the thing
    ("my lower back has been hurting for 5 weeks. pain down the legs i don't have", S(days=35, leg="none")),
    ("my back has hurt for 2 weeks, radiating into my legs i do not have", S(days=14, leg="none")),
    ("my back has really hurt for a fortnight, pain in the legs i dont have", S(days=14, leg="none")),
    ("mijn rug doet al een maand zeer. pijn in mijn benen heb ik niet", S(days=30, leg="none")),
    ("mijn onderrug doet sinds twee weken echt pijn, uitstraling naar de benen heb ik eigenlijk niet", S(days=14, leg="none")),
    ("ik heb last laag in mijn rug sinds een week, in mijn benen heb ik niks", S(days=7, leg="none")),
    ("le bas du dos me lance depuis une semaine, dans les jambes j'ai rien", S(days=7, leg="none")),
    ("mes reins me lancent depuis trois semaines. des douleurs dans les jambes, je n'en ai pas", S(days=21, leg="none")),
]
STORY_KEPT = [
    ("I fell off a ladder last year and my back has hurt since", S("trauma", 365)),
    ("since my mum's funeral last month my back hurts", S(days=30)),
    ("my wife fell last year. her back hurts since", S("trauma", 365)),
    ("my husband had surgery last month. my lower back came on gradually", S("gradual")),
    ("back pain for 3 weeks, not in my legs", S(days=21, leg="none")),
    ("my back has been hurting for a week, is it normal that the pain in the legs i dont have?", S(days=7)),
    ("sinds de begrafenis van mijn vader vorige maand doet mijn rug pijn", S(days=30)),
    ("ik ben vorig jaar gevallen en sindsdien heb ik rugpijn", S("trauma", 365)),
    ("mijn onderrug doet al drie weken pijn, uitstraling naar mijn been heb ik wel", S(days=21)),
    ("mijn rug doet geen pijn meer, uitstraling naar de benen heb ik niet", S(leg="none")),
    ("mijn zus is vorige maand geopereerd, bij mij kwam de rugpijn geleidelijk", S("gradual")),
    ("depuis l'enterrement de ma mère le mois passé, j'ai mal au dos", S(days=30)),
    ("je suis tombée l'an passé et depuis j'ai mal au dos", S("trauma", 365)),
    ("mon père a été opéré le mois passé, mon mal de dos est venu progressivement", S("gradual")),
    ("mal au dos depuis lundi. dans les jambes j'ai rien", S(days=7, leg="none")),
    ("le bas du dos me lance depuis lundi, c'est normal que dans les jambes j'ai rien ?", S(days=7)),
]
OSTEO_CHANGED = [
    ("bones are ok, i only put a steroid ointment on my eczema", False),
    ("my bones are normal, just a cortisone nasal spray for hay fever", False),
    ("bones fine. i use a steroid inhaler for asthma", False),
    ("bones all good, only steroid eye drops", False),
    ("mijn botten zijn goed, ik gebruik alleen een neusspray met cortisone", False),
    ("botten zijn oke, ik smeer soms een cortisonecrème", False),
    ("botten prima, alleen een puffer met cortisone voor mijn astma", False),
    ("mijn botten zijn normaal, wel oogdruppels met cortisone", False),
    ("les os c'est normal, juste des gouttes de cortisone", False),
    ("mes os ça va, j'ai une crème à la cortisone pour l'eczéma", False),
    ("les os aucun problème, j'ai seulement un spray nasal à la cortisone", False),
    ("os nickel, j'utilise juste un inhalateur avec de la cortisone", False),
]
OSTEO_KEPT = [
    ("I'm on prednisolone tablets for my lungs", True),
    ("osteoporosis yes, no steroids", True),
    ("a steroid cream and also cortisone tablets", True),
    ("bones are not fine, i use a steroid cream", None),
    ("not sure", True),
    ("ik neem al jaren prednisolon tabletten", True),
    ("botontkalking ja, geen cortisone", True),
    ("ik weet niet", True),
    ("mijn botten zijn ok, ik smeer een zalf met cortisone en neem ook medrol tabletten", True),
    ("je prends des comprimés de cortisone depuis un an", True),
    ("ostéoporose oui, pas de cortisone", True),
    ("les os ça va, une crème à la cortisone et aussi des comprimés de cortisone", True),
    ("je sais pas", True),
]

test_story_changed, test_story_kept = reading_round(_story, STORY_CHANGED, STORY_KEPT)
test_osteo_changed, test_osteo_kept = reading_round(_osteo, OSTEO_CHANGED, OSTEO_KEPT)
