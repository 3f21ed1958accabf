"""Session 40, round J (issue 12): a first message that tells the onset, the age or no leg pain, not read, so the check
asked it again.

1. An onset told with non-native or dialect grammar: "i bend down for lift the crate", "something make crack in my back",
   "my back go click", Flemish "nen bak geheven", "iets uit de koffer geheven", "ik hefte een kist op". Changed: the en
   and nl packs' STORY_SUDDEN (read by bot/reading/answers.py _story_onset).
2. The age told by a carer in the third person ("he's 63 and his back ...", "ze is 84, ze heeft pijn in haar rug",
   "elle a 77 ans et elle a mal au dos", "mijn moeke (88) heeft ..."): the patient's age. A carer's own age next to it
   ("I'm 49, my dad is 79 and he has back pain") gives way to the patient's; two third-person ages, not clear whose:
   none (the check asks). Changed: bot/reading/answers.py _story_carer_age (called by _story_age), the packs' CARER_AGE,
   CARER_PAIN, OWN_PAIN; STORY_FOR_OTHER lets a first name stand between the relative and the age ("mon mari Paul, il
   a 66 ans").
3. No leg pain told with "goes nowhere" forms: "straalt nergens naartoe", "trekt nergens heen", "it doesn't travel",
   "ca ne descend nulle part". Changed: the packs' LEG_NONE_STORY.

Kept: pain bending told as the present ("when i bend it hurts": no onset), a child's age in the writer's own story ("my
son is 9, im 38 and my back hurts"), a carer's two relatives' ages, the age of a thing ("my car is 12 years old"), pain
that does go somewhere ("straalt uit naar mijn bil", "goes down to my knee", "descend dans la cuisse").
"""
from datetime import date

from bot.reading.answers import read_story
from tests.support.reading_round import reading_round

TODAY = date(2026, 12, 1)


def story(text: str):
    found = read_story(text, TODAY)
    return found.get("onset"), found.get("age_band"), found.get("leg_pain")


CHANGED = [
    # en: onset in non-native grammar
    ("yesterday i bend down for lift the crate and my back hurt since", ("sudden_movement", None, None)),
    ("something make crack in my lower back, now pain all the time", ("sudden_movement", None, None)),
    ("i was in garden, my back go click and now much pain", ("sudden_movement", None, None)),
    ("two days ago i bend for pick the washing basket, my back is pain now", ("sudden_movement", None, None)),
    # en: a carer's third person age
    ("my husband asked me to write, he's 63 and his lower back is bad since friday", (None, "45_69", None)),
    ("she is 88 and her back has been sore for a week", (None, "70_plus", None)),
    ("I'm 49, my dad is 79 and he has pain in his low back", (None, "70_plus", None)),
    ("asking for my gran, 91, she has had back pain for weeks", (None, "70_plus", None)),
    # en: goes nowhere
    ("lower back ache 3 weeks, it doesn't travel", (None, None, "none")),
    ("back pain two weeks, the pain goes nowhere", (None, None, "none")),
    ("my car is 12 years old and my back hurts since i drove to my mum", (None, None, None)),
    ("back pain since the weekend, doesnt radiate", (None, None, "none")),
    # nl, Vlaams: onset
    ("ik heb een krat bier geheven en sindsdien pijn in mijn rug", ("sudden_movement", None, None)),
    ("mijn vader heeft zaterdag iets uit de koffer geheven en nu pijn in zijn rug", ("sudden_movement", None, None)),
    ("gisteren nen zak potgrond geheven, sindsdien rugpijn", ("sudden_movement", None, None)),
    ("ik hefte een kist op en sindsdien rugpijn", ("sudden_movement", None, None)),
    # nl, Vlaams: de leeftijd van wie het over gaat
    ("ik stuur voor mijn moeke, ze is 84 en ze heeft veel pijn in haar rug", (None, "70_plus", None)),
    ("mijn pepe (88) heeft sinds gisteren pijn in zijn onderrug", (None, "70_plus", None)),
    ("hij is 58 en hij heeft al twee weken rugpijn", (None, "45_69", None)),
    ("ik ben 52 maar het gaat over mijn moeder, ze is 80 en ze heeft last van haar rug", (None, "70_plus", None)),
    # nl: straalt nergens naartoe
    ("pijn in de onderrug, straalt nergens naartoe", (None, None, "none")),
    ("al 3 weken rugpijn, het trekt nergens heen", (None, None, "none")),
    ("onderrug doet zeer maar straalt nergens naar uit", (None, None, "none")),
    ("rugpijn die nergens naartoe trekt", (None, None, "none")),
    # fr: l'age en troisieme personne
    ("il a 58 ans et il a mal au dos depuis lundi", (None, "45_69", None)),
    ("elle a 77 ans, elle a mal dans le bas du dos", (None, "70_plus", None)),
    ("j'écris pour mon mari Paul, il a 66 ans et il a mal aux reins", (None, "45_69", None)),
    ("ma mère a 83 ans et elle a mal au dos depuis une chute de tension", (None, "70_plus", None)),
    ("j'ai 50 ans mais c'est pour ma mère, elle a 82 ans et elle a mal au dos", (None, "70_plus", None)),
    # fr: nulle part
    ("mal au bas du dos, ça ne descend nulle part", (None, None, "none")),
    ("mal au dos depuis 3 jours, la douleur ne file nulle part", (None, None, "none")),
    ("j'ai mal au dos, ça n'irradie nulle part", (None, None, "none")),
    ("mal aux reins, ça ne part nulle part", (None, None, "none")),
]
KEPT = [
    ("when i bend it hurts in my lower back", (None, None, None)),
    ("i lifted a crate and my back went", ("sudden_movement", None, None)),
    ("my son is 9, im 38 and my back hurts", (None, "20_44", None)),
    ("my mum is 81 and my dad is 84, she has back pain", (None, None, None)),
    ("i'm 40 and my back hurts, my daughter is 12", (None, "20_44", None)),
    ("als ik buk doet mijn rug pijn", (None, None, None)),
    ("ik ben 34, mijn zoon is 6 en ik heb rugpijn van het dragen", (None, "20_44", None)),
    ("rugpijn, straalt uit naar mijn bil", (None, None, "above_knee")),
    ("back pain that goes down to my knee", (None, None, "above_knee")),
    ("mal au dos qui descend dans la cuisse", (None, None, "above_knee")),
    ("j'ai 45 ans, mon fils a 12 ans, mal au dos", (None, "45_69", None)),
    ("j'ai soulevé un carton et depuis mal au dos", ("sudden_movement", None, None)),
    ("rugpijn, gaat niet in mijn been", (None, None, "none")),
    ("writing for my dad, he's 58, low back pain", (None, "45_69", None)),
]


test_changed, test_kept = reading_round(story, CHANGED, KEPT)
