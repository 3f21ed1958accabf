"""Red flags, durations and ages (session 19j): French and English misses of a blind refresh, in general form with en/nl/fr
twins and hard negatives.

- A fall told in slang: "ramasse une gamelle", "pris un gadin", "me suis casse la figure", "jsuis descendu sur le cul
  jusqu'en bas"; "came a cropper", "went arse over tit"; "op mijn bek gegaan", "op mijn kont de trap af gebonkt".
- A message opening on the relative it is for ("c pour mon mari, 68 ans. il a ...", "its for my husband", "dit is voor
  mijn vader"): his signs are the patient's.
- Night pain: the tries told, then slang for nothing ("que dalle", "zilch", "noppes"), and the pain that does not let up
  till morning ("ca lache pas jusqu'au matin", "it doesnt let up till morning", "het laat niet los tot de ochtend").
- "un accident ..., une trace dans mon slip": soiling, no road accident (and the mark a bladder and bowel sign).
- Someone else's cancer story, read or heard ("j'ai lu l'histoire d'un mec de 33 ans qui ... c'etait un cancer"): no
  cancer history.
- A fever told over ("plus rien au thermometre"), then the flu named in a question ("c'est la grippe qui traine vous
  pensez ?"): no fever.
- A weekday with its day of the month ("started friday the 20th"): that date, not last friday.
- A felt age ("turned 70, tho i dont feel a day over 50"): no age.
"""
from datetime import date

import pytest

from bot.reading.answers import parse_answer
from bot.reading.duration import parse_duration
from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

TODAY = date(2026, 12, 1)  # a Tuesday
TRAUMA = {"onset": "trauma"}
NIGHT = {"night_pain": True}
BB = {"bladder_bowel": True}
BOTH_WORSE = {"both_legs": True, "leg_numbness": True, "leg_weakness": "worsening"}

CHANGED = [
    # a fall told in slang
    ("jai ramassé une de ces gamelles dans l escalier de la cave samedi, depuis jai une barre en bas du dos", TRAUMA),
    ("je me suis pris une belle gamelle dans les escaliers", TRAUMA),
    ("g pris une gamelle en sortant de la douche, le dos bloqué", TRAUMA),
    ("j'ai ramassé un gadin sur le verglas devant chez moi", TRAUMA),
    ("je me suis ramassé dans l'escalier hier", TRAUMA),
    ("jme suis ramassée une bûche en descendant du bus", TRAUMA),
    ("je me suis cassé la figure dans l'escalier de la cave", TRAUMA),
    ("je me suis pété la gueule en vélo dimanche", TRAUMA),
    ("je me suis viandé en trottinette", TRAUMA),
    ("loupé une marche avec le panier de linge et jsuis descendu sur le cul jusqu'en bas", TRAUMA),
    ("il a raté une marche et il est descendu sur les fesses jusqu'en bas", TRAUMA),
    ("came a cropper on the cellar stairs saturday", TRAUMA),
    ("i went arse over tit down the stairs with the washing", TRAUMA),
    ("went arse over elbow on the ice", TRAUMA),
    ("went head over heels down the stairs", TRAUMA),
    ("i went flying on the ice outside the shop", TRAUMA),
    ("totally stacked it down the stairs", TRAUMA),
    ("wiped out on my bike sunday", TRAUMA),
    ("ik ben op mijn bek gegaan op de keldertrap", TRAUMA),
    ("ik ging op mijn plaat in de badkamer", TRAUMA),
    ("ben op m'n snufferd gegaan met de fiets", TRAUMA),
    ("ik ben op mijn kont de hele trap af gebonkt", TRAUMA),
    ("ik ben op m'n poep de trap afgeschoven", TRAUMA),
    ("ik heb ne schuiver gemaakt op het ijs", TRAUMA),
    # the message opens on the relative it is for: his signs are the patient's
    ("c pour mon mari, 68 ans. il a des fourmis dans les deux jambes, des pieds jusqu'aux genoux, et il dit que ses jambes"
     " le lâchent de plus en plus. c pire chaque semaine", BOTH_WORSE),
    ("c'est pour ma mère, 81 ans. elle a les deux jambes engourdies et elle a plus de force dans ses jambes, c pire chaque"
     " semaine", BOTH_WORSE),
    ("its for my husband, 68. he has pins and needles in both legs and says his legs give out more and more", BOTH_WORSE),
    ("this is for my mum, 81. she has numb legs both sides and her legs are getting weaker every week", BOTH_WORSE),
    ("dit is voor mijn vader: hij heeft dove benen alle twee en hij zegt dat zn benen elke week slapper worden", BOTH_WORSE),
    # night pain: the tries, then slang for nothing; the pain held till morning
    ("ça me réveille toutes les nuits vers 3h, ça cogne dans les reins. je me mets en chien de fusil, sur le dos, coussin"
     " entre les genoux, je me lève pour marcher... que dalle, ça lâche pas jusqu'au matin", NIGHT),
    ("ça me réveille chaque nuit, je me mets sur le côté, je me lève, que dalle", NIGHT),
    ("ça me réveille toutes les nuits, je me lève pour marcher... rien, ça lâche pas jusqu'au matin", NIGHT),
    ("ça me lance toute la nuit, ça part pas avant le matin", NIGHT),
    ("la douleur s'arrête pas jusqu'au petit matin, la journée ça va", NIGHT),
    ("it wakes me every night around 3, i curl up, lie on my back, pillow between my knees, get up and walk... nothing, it"
     " doesnt let up till morning", NIGHT),
    ("it wakes me every night, i try on my side, on my back, get up and walk, zilch", NIGHT),
    ("at night it doesnt let up till the morning", NIGHT),
    ("het maakt me elke nacht wakker rond 3u, ik lig op mijn zij, op mijn rug, kussen tussen de knieën, ik sta op en loop"
     " wat... noppes, het laat niet los tot de ochtend", NIGHT),
    ("het maakt me elke nacht wakker, ik draai op mijn zij, sta op, nada", NIGHT),
    ("s nachts laat het niet los tot de ochtend", NIGHT),
    # an accident with a mark in the pants: soiling, no road accident
    ("Sorry c'est dégueu mais je crois que j'ai eu un accident ce matin, y avait une trace dans mon slip et j'ai rien senti"
     " venir. Dos bloqué depuis que j'ai porté le frigo de mon reuf", BB),
    ("petit accident cette nuit, des traces dans ma culotte, j'ai rien senti", BB),
    ("j'ai eu un accident hier soir, y avait une tache dans mon caleçon", BB),
    ("sorry its gross but i think i had an accident this morning, there was a mark in my pants and i didnt feel it coming", BB),
    ("had a little accident overnight, some skid marks in my boxers and i never felt it", BB),
    ("ik had vannacht een ongeluk, er zaten sporen in mijn slip", BB),
    # someone else's cancer story: no cancer history
    ("Jsuis en stress, j'ai lu l'histoire d'un mec de 33 ans qui avait mal au dos et c'était un cancer stade 4. Moi j'ai 31"
     " ans, mal au dos depuis que je fais du télétravail sur le canapé. Mon oncle est mort d'un cancer des os en plus alors je"
     " flippe grave. Est ce qu'un mal de dos ça peut être un cancer??", {}),
    ("j'ai vu une vidéo d'une femme qui avait mal au dos et c'était un cancer, je flippe", {}),
    ("saw a video of a woman who had back pain and it was cancer, am i going to die", {}),
    ("ik las het verhaal van een man van 33 die rugpijn had en het bleek kanker te zijn, nu ben ik bang", {}),
    ("een filmpje gezien van een vrouw die rugpijn had en het was kanker", {}),
    # a fever told over (the thermometer quiet), then the flu asked about
    ("J'ai eu 39 de fièvre la semaine dernière avec une grosse crève, c'est passé depuis vendredi, plus rien au thermomètre."
     " Mais le dos est resté tout courbaturé en bas. C'est la grippe qui traîne vous pensez?", {}),
    ("j'ai eu 39 de fièvre la semaine dernière, plus rien au thermomètre", {}),
    ("j'ai eu de la fièvre, c'est passé. c'est la grippe qui traîne vous pensez?", {}),
    ("had a temp of 39 last week, nothing on the thermometer since friday", {}),
    ("had a fever, its gone now. is it the flu hanging on do you think?", {}),
    ("vorige week had ik 39 koorts, de thermometer geeft sinds vrijdag niks meer aan", {}),
    ("ik had 39 koorts vorige week, dat is al over sinds vrijdag. zou het de griep zijn die blijft hangen?", {}),
]

KEPT = [
    # not a fall
    ("j'ai ramassé la gamelle du chien et ça m'a bloqué", {}),
    ("j'ai pris une gamelle à l'examen du permis", {}),
    ("j'ai ramassé les feuilles et j'ai pris une buche pour le feu", {}),
    ("la douleur est descendue sur les fesses", {}),
    ("la douleur descend sur la fesse jusqu en bas de la jambe", {}),
    ("il a failli s'étaler en montant dans le bus", {}),
    ("je me suis cassé la tête à comprendre", {}),
    ("je me suis vautré sur le canapé toute la journée", {}),
    ("the kids went flying down the slide", {}),
    ("i went flying down the stairs to get the door and felt it go", {}),
    ("totally wiped out in the garden after digging all day", {}),
    ("lifted the box and stacked it on the kitchen floor", {}),
    ("the box went flying across the floor", {}),
    ("head over heels in love with the new physio lol", {}),
    ("ik heb een schuiver gemaakt bij het voetbal", {}),
    ("ik ben met mijn voeten de trap af geschoven", {}),
    # already read
    ("went down the stairs on my arse all the way to the bottom", TRAUMA),
    ("ik heb een smak gemaakt op de keldertrap", TRAUMA),
    ("op mijn gat van de trap naar beneden gegleden", TRAUMA),
    # the relative's back told fine, nothing for the patient
    ("c'est pour mon mari, il a mal au dos mais ses jambes vont bien", {}),
    ("its for my husband, he has back pain, legs are fine", {}),
    ("het is voor mijn man, hij heeft rugpijn maar zijn benen zijn in orde", {}),
    ("j'ai acheté un coussin, c'est pour ma femme. ses jambes sont lourdes le soir mais ça va", {}),
    # night: mechanical, or no pain till morning
    ("ça me réveille quand je me retourne, sinon je dors", {}),
    ("ça lâche pas, je bosse jusqu'au matin", {}),
    ("je me lève pour aller faire pipi la nuit, sinon rien", {}),
    ("it wakes me when i turn over, otherwise fine", {}),
    ("i work nights till morning and my back doesnt let up", {}),
    # a real accident stays one
    ("j'ai eu un accident de voiture ce matin, y avait du sang sur mon pantalon", TRAUMA),
    ("j'ai eu un accident ce matin en vélo et j'ai déchiré mon pantalon", TRAUMA),
    ("j'ai eu un accident ce matin, une tache de sang sur mon pantalon, le vélo est foutu", TRAUMA),
    ("had an accident on the motorway this morning, theres a mark on my pants from the seatbelt", TRAUMA),
    ("had an accident this morning, blood stains on my trousers from where i hit the kerb", TRAUMA),
    ("ik had een ongeluk met de fiets vanmorgen, er zat modder op mijn broek", TRAUMA),
    ("ik had een ongeluk vanmorgen, vlekken van bloed op mijn broek", TRAUMA),
    # the patient's own cancer told with the story stays a history
    ("j'ai lu l'histoire d'une nana qui a eu un cancer des os, moi aussi j'ai eu un cancer du sein il y a 3 ans",
     {"cancer_history": True}),
    ("read a story about a guy with cancer, i had prostate cancer myself 2 years ago", {"cancer_history": True}),
    ("ik heb borstkanker gehad en las op internet dat het kan uitzaaien naar de rug", {"cancer_history": True}),
    ("j'ai eu un lymphome, j'ai lu l'histoire d'un mec qui avait un cancer", {"cancer_history": True}),
    ("i had a melanoma removed and read an article about a guy whose back pain was cancer", {"cancer_history": True}),
    ("im freaking out, read a story about a guy of 33 whose back pain turned out to be stage 4 cancer. im 31", {}),
    # the flu current, or the fever back
    ("j'ai la grippe", {"fever": True}),
    ("c'est la grippe qui traîne vous pensez?", {"fever": True}),
    ("j'ai eu de la fièvre, c'est passé. mais la grippe est revenue, 39 hier", {"fever": True}),
    ("had a fever, gone now. is it the flu? i have 39 again today", {"fever": True}),
    ("thermometer says 39 and i had chills last week", {"fever": True}),
    ("had 39 last week with a stinking cold, thermometer says normal now", {}),
]


test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)


DURATION_CHANGED = [
    ("started friday the 20th when i was hoovering the stairs and it hasnt let up since", 11),
    ("it started on Friday, the 20th", 11),
    ("started wednesday 18th", 13),
    ("since friday 20 november", 11),
    ("since fri 20th", 11),
    ("sinds vrijdag 20", 11),
    ("begonnen op vrijdag de 20ste", 11),
    ("begon vrijdag 20 november", 11),
    ("ça a commencé le vendredi 20", 11),
    ("depuis vendredi 20", 11),
    ("vendredi 20 novembre en passant l'aspirateur", 11),
]

DURATION_KEPT = [
    ("since friday", 4),
    ("since friday the 20th", 11),
    ("sinds vrijdag de 20e", 11),
    ("began on sunday 29th", 2),
    ("since monday the 30th", 1),
    ("friday 20 minutes after lifting", 4),
    ("vendredi 20h en portant un carton", 4),
    ("vrijdag 20 kilo getild", 4),
    ("friday 2 weeks ago", 4),
    ("vrijdag om 20u", 4),
]


@pytest.mark.parametrize("text,days", DURATION_CHANGED + DURATION_KEPT)
def test_duration(text, days):
    assert parse_duration(text, TODAY) == days


AGE_CHANGED = [
    ("turned 70 in june, tho i dont feel a day over 50 lol", "70_plus"),
    ("I'm 70 but I don't look a day over 50", "70_plus"),
    ("70, feel like 50", "70_plus"),
    ("70 but i feel 50", "70_plus"),
    ("j'ai eu 70 ans en juin, mais je me sens pas plus de 50", "70_plus"),
    ("72, voel me 50", "70_plus"),
]

AGE_KEPT = [
    ("j'ai 72 ans mais on m'en donne 60", "70_plus"),
    ("ik ben 70 maar zie eruit als 55", "70_plus"),
    ("turned 70 in june", "70_plus"),
    ("i'm 72 but feel 40", "70_plus"),
    ("i feel 70 but im 40", "20_44"),
    ("im 45 going on 70", "45_69"),
    ("i feel old, im 72", "70_plus"),
    ("je me sens mal, j'ai 72 ans", "70_plus"),
    ("ik voel me slecht, 72 jaar", "70_plus"),
    ("i'll be 70 in june", "45_69"),
]


@pytest.mark.parametrize("text,band", AGE_CHANGED + AGE_KEPT)
def test_age(text, band):
    assert parse_answer("age_band", text, TODAY) == band
