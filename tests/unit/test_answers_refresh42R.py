"""Session 42, round R (issue 12): three answers of a first message or a question read wrong.

1. Duration: a time told after a slow worsening, no other time of the pain told, was dropped by read_story (parse_duration
   reads it): "writing on behalf of my mum, she's 80. her lower back has been slowly getting worse for about 3 months",
   "haar rug wordt al 3 maanden stilaan erger", "son dos s'aggrave progressivement depuis 3 mois". The cause was the
   worsening word ("worse", "erger", "empire"; the packs' DURATION_CHANGE, session 27O), not the age or the carer's opening.
   Changed: bot/reading/answers.py _story_duration keeps such a time as the last fallback when the worsening is told as slow
   (the packs' new DURATION_SLOW_CHANGE: "slowly", "gradually", "stilaan", "geleidelijk", "doucement", "petit a petit") and the
   pain is not told as older (the packs' new DURATION_SLOW_OLDER: "for years", "al jaren", "depuis des annees").
2. Onset: a lift told with the Flemish "geheft" / "opgeheft" (the participle of heffen), or the moment told in the perfect
   ("'t is in mijn rug geschoten"), the time first and the object between, was no onset: "eergisteren nen zak cement geheft
   en sindsdien pijn in mijn rug". Changed: the nl pack's STORY_SUDDEN and SUDDEN; every old denial of "geheven" holds for
   "geheft" too (STORY_NOT_SUDDEN, STORY_START_DENIED, GRADUAL: "niks geheft", "geen val, niks opgeheft").
3. osteoporosis_or_steroids: a clear no, then only a short finished course of steroids, was read as yes: "no. one course of
   steroid tablets for 3 days for hives", "nee, alleen eenmalig 5 dagen prednison", "non. juste une cure de prednisolone de 3
   jours". The question asks for long-term steroids (docs/clinical-rules.md). Changed: bot/reading/answers.py
   _steroid_course_only (in _parse_bool) with the packs' new STEROID_SHORT_COURSE, STEROID_LONG_USE and OSTEO_BONES.

Kept: a flare's time ("got worse over the last 2 days", "sinds 3 dagen erger", "depuis 2 jours ca empire"), the pain's own time
told ("back pain for 3 weeks, getting worse"), the pain told as older than the slow worsening (asked); a lift with "geheven",
a fall, a lift denied, "de pijn is in mijn been geschoten"; a course without the no ("I had a cortisone course": the safe side),
a no with daily, long or repeated use, a no with the bones named, unsure answers, the bare no.
"""

from bot.reading.answers import parse_answer, read_story
from tests.support.reading_round import reading_round

DURATION_CHANGED = [
    ("writing on behalf of my mum, she's 80. her lower back has been slowly getting worse for about 3 months", 90),
    ("my back has been gradually getting worse for 6 weeks, no injury", 42),
    ("it's been steadily worsening for about 2 months, no fall", 60),
    ("the ache in my back has slowly got worse over the last 5 weeks", 35),
    ("asking for my husband, he is 66. his back has been creeping up worse for 10 days", 10),
    ("my lower back's been getting worse little by little for a month or so", 30),
    ("ik schrijf voor mijn moeder van 79. haar rug wordt al 3 maanden stilaan erger", 90),
    ("mijn rug wordt sinds 6 weken geleidelijk slechter", 42),
    ("mijne rug wordt al 2 maand stillekesaan slechter", 60),
    ("voor mijn vader (74): zijn onderrug wordt sinds een maand of drie beetje bij beetje erger", 90),
    ("mijn rug is sinds 8 weken gaandeweg slechter geworden", 56),
    ("j'écris pour mon père de 82 ans. son dos s'aggrave progressivement depuis 3 mois", 90),
    ("mon mal de dos empire petit à petit depuis 6 semaines", 42),
    ("ça s'aggrave lentement depuis deux mois, pas de chute", 60),
    ("pour ma mère qui a 77 ans, son dos empire peu à peu depuis 5 semaines", 35),
    ("mes lombaires empirent doucement depuis 10 jours, rien de spécial", 10),
    ("le bas du dos s'aggrave tout doucement depuis un mois", 30),
]
DURATION_KEPT = [
    ("my back pain has got worse over the last 2 days", None),
    ("back pain for 3 weeks, getting worse", 21),
    ("I've had back pain for years but it's been slowly getting worse for 2 months", None),
    ("it got a lot worse 2 days ago", None),
    ("my back has been hurting for 3 weeks", 21),
    ("het is al een week of 5 langzaam aan het verergeren, niks gebeurd", 35),
    ("rugpijn sinds 2 weken, wordt stilaan erger", 14),
    ("sinds 3 dagen erger", None),
    ("al jaren rugpijn, sinds 2 weken langzaam erger", None),
    ("rugpijn sinds een maand", 30),
    ("mal au dos depuis 3 semaines, ça empire doucement", 21),
    ("depuis 2 jours ça empire", None),
    ("j'ai mal au dos depuis des années, ça empire doucement depuis 2 mois", None),
    ("mal au dos depuis un mois", 30),
]
ONSET_CHANGED = [
    ("vorige week zakken potgrond uit de koffer geheft en nu zit mijne rug vast", "sudden_movement"),
    ("eergisteren nen zak cement geheft en sindsdien pijn in mijn rug", "sudden_movement"),
    ("gisteren de kleine in de auto geheft en nu doet mijn onderrug zeer", "sudden_movement"),
    ("drie dagen geleden een wasmand geheft, 't is in mijn rug geschoten", "sudden_movement"),
    ("vanmorgen de vuilbak opgeheft en nu kan ik bijna niet meer recht", "sudden_movement"),
    ("maandag bij mijn zus een kast geheft, en sindsdien rugpijn", "sudden_movement"),
    ("gisteravond is het in m'n rug geschoten, sindsdien loop ik krom", "sudden_movement"),
]
ONSET_KEPT = [
    ("gisteren een krat bier geheven en het schoot in mijn rug", "sudden_movement"),
    ("zondag is 't in mijne onderrug geschoten bij het opstaan van de zetel", "sudden_movement"),
    ("ik heb niks geheft, het is stilaan gekomen", "gradual"),
    ("geen val, niks opgeheft, het is gewoon gekomen", "gradual"),
    ("niet gevallen of iets geheft, het kwam zomaar", "gradual"),
    ("twee weken geleden gevallen van de trap en 't is in mijne rug geschoten", "trauma"),
    ("het kwam zonder dat ik iets geheft heb", None),
    ("ik heb een zware doos getild en toen schoot het erin", "sudden_movement"),
    ("de pijn is in mijn been geschoten", None),
]
STEROIDS_CHANGED = [
    ("no, just a short course of steroids once for my asthma, 5 days", False),
    ("nope. had prednisolone for a week once after a bad chest infection", False),
    ("no. one course of steroid tablets for 3 days for hives", False),
    ("no, only a one-off course of prednisolone years ago", False),
    ("never, apart from a 5 day course of steroids once", False),
    ("no. a course of prednisolone for 4 days after my operation, nothing else", False),
    ("nee, één keer een kuurtje prednisolon van 5 dagen gehad", False),
    ("nee hoor, een keer een stootkuur medrol voor mijn longen", False),
    ("nee, alleen eenmalig 5 dagen prednison voor een allergie", False),
    ("neen, ooit een kuurtje medrol van een week", False),
    ("nee. een kuur prednisolon van 3 dagen, dat is alles", False),
    ("nee, 1 keer een kuurtje cortisone van 5 dagen voor mijn sinussen", False),
    ("non, une fois une cure de corticoïdes de 5 jours pour une bronchite", False),
    ("non. juste une cure de prednisolone de 3 jours l'an dernier", False),
    ("non, une seule fois du medrol pendant une semaine", False),
    ("non, j'ai eu une cure de cortisone une fois, 5 jours", False),
    ("non, seulement une cure de solumedrol de quelques jours", False),
    ("non. une cure de prednisone de 7 jours pour une sinusite", False),
]
STEROIDS_KEPT = [
    ("I had a cortisone course", True),
    ("no, but I take prednisolone every day", True),
    ("not sure, I had injections", True),
    ("yes, prednisolone for years", True),
    ("no, but I've had several courses of steroids this year", True),
    ("no, but I have osteoporosis, and once a 5 day course of steroids", True),
    ("no", False),
    ("nee, wel al jaren puffers met cortisone", True),
    ("ik heb een kuurtje medrol gehad", True),
    ("nee, maar ik neem elke dag prednisolon", True),
    ("weet ik niet, ooit een kuur cortisone", True),
    ("nee, wel vaak kuren medrol voor mijn longen", True),
    ("nee", False),
    ("non, mais je prends de la cortisone tous les jours", True),
    ("j'ai eu une cure de cortisone", True),
    ("je sais pas, une fois une cure de cortisone", True),
    ("non, mais plusieurs cures de cortisone par an", True),
    ("non", False),
]

test_duration_changed, test_duration_kept = reading_round(
    lambda text: read_story(text).get("duration_days"), DURATION_CHANGED, DURATION_KEPT)
test_onset_changed, test_onset_kept = reading_round(lambda text: read_story(text).get("onset"), ONSET_CHANGED, ONSET_KEPT)
test_steroids_changed, test_steroids_kept = reading_round(
    lambda text: parse_answer("osteoporosis_or_steroids", text), STEROIDS_CHANGED, STEROIDS_KEPT)
