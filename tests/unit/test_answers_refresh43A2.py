"""Session 43, round A2 (issue 12): the steroid question answered with only a local cortisone (an inhaler, a nose spray, a
cream, drops, one shot in a joint) was read as yes: "only a steroid inhaler for asthma", "nee, enkel een puffer met
cortisone", "pas d'ostéoporose, la cortisone c'est seulement en pommade". The question asks for osteoporosis or steroid
tablets taken for months (docs/clinical-rules.md); a yes there sends the person to a doctor for a possible fracture.

Changed: bot/reading/answers.py _steroid_local_told and _local_steroid_answer (in _parse_bool, and read_story no longer reads the story's local
cortisone as yes: it is asked) with the packs' new STEROID_GENERIC, STEROID_LOCAL_FORM, STEROID_SHOT_FORM, STEROID_TABLETS and
STEROID_TABLETS_DENIED. A local form told, tablets not told or denied ("jamais en comprimés", "nooit tabletten"), no
steroid named but the generic word, no bones named, no doubt and no opening yes: a no when the answer opens on a plain no
or denies the bones too ("nee, enkel een puffer", "pas d'ostéoporose, ... en spray"); without either the bones part of the
question is unanswered and it is asked again (landing, session 43: "juste un spray de cortisone pour le nez" stays asked,
tests/unit/test_french_answers.py), never a yes.
Kept: tablets for months (yes), a local cortisone told as long use with tablets not denied (yes, as in round 42R), a tablet steroid named beside the inhaler ("prednisone every winter"), repeated injections (asked, as before),
osteoporosis told beside a cream, an opening yes, doubt about what is in the inhaler (the safe side), the bare no.
"""

from bot.reading.answers import parse_answer, read_story
from tests.support.reading_round import reading_round


def _steroids(text: str):
    return parse_answer("osteoporosis_or_steroids", text)


def _story_steroids(text: str):
    return read_story(text).get("osteoporosis_or_steroids")


CHANGED = [
    ("only a steroid inhaler for asthma", None),
    ("nope, cortisone only in my puffer, never tablets", False),
    ("the only cortisone i get is a nose spray in hay fever season", None),
    ("I rub steroid cream on my eczema when it flares", None),
    ("hydrocortisone ointment on my hands, nothing else", None),
    ("one cortisone jab in my shoulder in the spring", None),
    ("nee, enkel een puffer met cortisone voor mijn astma", False),
    ("cortisone zit alleen in mijn neusspray", None),
    ("ik smeer een zalf met cortisone op mijn handen als het jeukt", None),
    ("da's ne puffer met corticoïden, geen pillen", None),
    ("ene keer een cortisone-inspuiting in mijn knie", None),
    ("de la crème à la cortisone pour l'eczéma, c'est tout", None),
    ("j'ai un inhalateur avec de la cortisone, jamais de comprimés", None),
    ("seulement une pommade à la cortisone sur la peau", None),
    ("pas d'ostéoporose, la cortisone c'est seulement en pommade", False),
    ("des corticoïdes inhalés matin et soir pour l'asthme", None),
]
KEPT = [
    ("prednisolone tablets for the last 8 months", True),
    ("yes, steroid tablets for my arthritis for years", True),
    ("inhaler and also prednisone tablets every winter", True),
    ("not sure what's in my inhaler", True),
    ("steroid injections every 3 months for my knee", None),
    ("yes osteoporosis, and I use a steroid inhaler", True),
    ("no", False),
    ("ja, al een jaar prednison tabletten", True),
    ("cortisone tabletten sinds maanden", True),
    ("weet niet wat er in mijn puffer zit", True),
    ("puffer en ook medrol elke winter", True),
    ("nee", False),
    ("ik gebruik elke dag een pufje met cortisone", True),
    ("oui, des comprimés de cortisone depuis six mois", True),
    ("je prends de la prednisolone tous les jours", True),
    ("je ne sais pas ce qu'il y a dans mon inhalateur", True),
    ("spray de cortisone et aussi des comprimés de medrol", True),
    ("ostéoporose oui, et une crème à la cortisone", True),
    ("non", False),
    ("non, juste de la cortisone en spray pour le nez", False),
]
STORY_CHANGED = [
    ("rugpijn sinds een week, ik gebruik een puffer met cortisone", None),
]
STORY_KEPT = [
    ("back pain for a week, been on prednisolone tablets for months", True),
    ("rugpijn sinds een week, ik neem al maanden cortisone tabletten", True),
    ("mal au dos depuis une semaine, je prends des comprimés de cortisone depuis des mois", True),
    ("back pain for a week, I have osteoporosis", True),
    ("lower back pain for a week, i use a steroid inhaler for asthma", None),
    ("mal au dos depuis une semaine, j'ai un spray de cortisone pour le nez", None),
]

test_changed, test_kept = reading_round(_steroids, CHANGED, KEPT)
test_story_changed, test_story_kept = reading_round(_story_steroids, STORY_CHANGED, STORY_KEPT)
