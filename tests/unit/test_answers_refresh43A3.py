"""Session 43, round A3 (issue 12): what the first message told is asked again, because the story reader (read_story, from
bot/nlu/story_detector.py) missed it while the answer reader reads it: the legs denied in loose words ("sore back, no leg
trouble", "rugpijn, niks in haar benen", "mal au dos, les jambes ça va"), the age of the relative a carer writes about told
before the pain ("my daughter is 15 and has back pain", "mijn man, 58, heeft rugpijn", "ma fille de 15 ans a mal au dos"), and
a pull as the onset in Dutch ("ik gaf een ruk aan de kast").

Changed: the packs only. LEGS_NOT_STORY (en, nl, fr: a loose denial as a clause of its own, a carer's "his", "zijn", "ses"
legs too; the engine's _legs_not_told keeps its guards: back pain told, no question, no "but it goes down"), CARER_PAIN (en,
nl, fr: a relative, an age, then the pain) with the French CARER_AGE_END "a", and the Dutch STORY_SUDDEN (a "ruk" given, "rukte";
not "in een ruk", which is "ineens").
Kept: leg pain told (down the leg, below the knee), a denial asked as a question, "but it goes down" after it, the writer's own
age beside a relative's, a thing's age, a fall (trauma), the English and French pulls read before, nothing told, nothing read.
"""

from bot.reading.answers import read_story
from tests.support.reading_round import reading_round


def _leg(text: str):
    return read_story(text).get("leg_pain")


def _age(text: str):
    return read_story(text).get("age_band")


def _onset(text: str):
    return read_story(text).get("onset")


LEG_CHANGED = [
    ("lower back has been sore since the weekend, no leg trouble", "none"),
    ("my back went on friday, legs are fine", "none"),
    ("hes had back pain for a week, nothing in his legs", "none"),
    ("rugpijn sinds zaterdag, niks in haar benen", "none"),
    ("al twee weken last van mijn onderrug, de benen zijn goed", "none"),
    ("mal au bas du dos depuis lundi, mes jambes ça va", "none"),
    ("il a mal aux reins depuis trois jours, rien dans ses jambes", "none"),
]
LEG_KEPT = [
    ("back pain since monday and it shoots down my leg to the foot", "below_knee"),
    ("sore back, no leg trouble but it goes down my thigh sometimes", "above_knee"),
    ("sore back, is it normal that my legs are fine?", None),
    ("my back hurts since yesterday", None),
    ("pijn in mijn rug die uitstraalt naar mijn been tot onder de knie", "below_knee"),
    ("pijn onderaan in de rug maar niets in mijn benen", "none"),
    ("rugpijn, niks in mijn benen", "none"),
    ("ik heb pijn in mijn rug sinds gisteren", None),
    ("mal au dos qui descend jusqu'au mollet", "below_knee"),
    ("mal au dos depuis hier", None),
    ("mal au dos, rien dans les jambes", "none"),
]
AGE_CHANGED = [
    ("my daughter is 15 and has had back pain since netball", "under_20"),
    ("my husband, 58, has lower back pain since the weekend", "45_69"),
    ("my dad is 74 and has back pain getting up from his chair", "70_plus"),
    ("mijn dochter is 15 en heeft al een week rugpijn", "under_20"),
    ("ma fille de 15 ans a mal au dos depuis le sport", "under_20"),
    ("mon mari, 58 ans, a très mal au bas du dos", "45_69"),
    ("mon père a 74 ans et a mal au dos le matin", "70_plus"),
    ("ma femme, 47 ans, souffre du bas du dos depuis une semaine", "45_69"),
]
AGE_KEPT = [
    ("im 52, my son is 19 and my back hurts", "45_69"),
    ("my 12 year old car finally died and my back aches", None),
    ("i am 33 and have back pain since monday", "20_44"),
    ("ik ben 52, mijn zoon is 19 en mijn rug doet pijn", "45_69"),
    ("ik heb rugpijn sinds maandag", None),
    ("mijn man, 58, heeft sinds zondag last van zijn onderrug", "45_69"),
    ("mijn vader is 74 en heeft pijn in zijn rug", "70_plus"),
    ("j'ai 52 ans, mon fils a 19 ans et j'ai mal au dos", "45_69"),
    ("j'ai mal au dos depuis lundi", None),
    ("mon père a 74 ans, il a mal au dos", "70_plus"),
]
ONSET_CHANGED = [
    ("ik gaf een ruk aan de kast die vastzat en toen zat mijn rug", "sudden_movement"),
    ("heb een flinke ruk gegeven aan het touw van de grasmaaier, sindsdien rugpijn", "sudden_movement"),
    ("ik rukte aan de garagepoort en voelde het in mijn onderrug", "sudden_movement"),
    ("'k gaf ne ruk aan de deur van de auto en mijn rug was weg", "sudden_movement"),
    ("een ruk aan de hondenlijn toen de hond wegliep, nu rugpijn", "sudden_movement"),
    ("we gaven samen een ruk aan de zetel en toen kraakte mijn rug", "sudden_movement"),
]
ONSET_KEPT = [
    ("yanked the garage door up and my back went", "sudden_movement"),
    ("fell off the ladder onto my back", "trauma"),
    ("my back hurts since yesterday", None),
    ("j'ai tiré d'un coup sur la porte du garage et mon dos a lâché", "sudden_movement"),
    ("je suis tombé dans l'escalier sur le dos", "trauma"),
    ("j'ai mal au dos depuis hier", None),
    ("ik ben van de trap gevallen op mijn rug", "trauma"),
    ("ik las het boek in een ruk uit en heb rugpijn", None),
    ("ik heb rugpijn sinds gisteren", None),
]

test_leg_changed, test_leg_kept = reading_round(_leg, LEG_CHANGED, LEG_KEPT)
test_age_changed, test_age_kept = reading_round(_age, AGE_CHANGED, AGE_KEPT)
test_onset_changed, test_onset_kept = reading_round(_onset, ONSET_CHANGED, ONSET_KEPT)
