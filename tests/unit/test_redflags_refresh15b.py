"""Session-15 red-flag fixes, round 2 (issue 12): every case read otherwise before these readings, in each
language where the item failed; the kept cases are the signs that must stay as they are."""
import pytest

from bot.reading.answers import read_story
from bot.reading.redflags import find_red_flags

# ---- 1. an accident place of one pack (French "slip", "lit"; English "sleep") is no place of soiling in another
# language, and a place that is part of another thing (a slip road, the bed of a truck or a river) is no place ----
ACCIDENT_PLACES = [
    ("had an accident on the slip road yesterday, back hurts since", {"onset": "trauma"}),
    ("had an accident on the slip", {"onset": "trauma"}),
    ("had an accident on the bed of the truck", {"onset": "trauma"}),
    ("had an accident in the flower bed", {"onset": "trauma"}),
    ("had an accident in the sleep clinic car park", {"onset": "trauma"}),
    ("had an accident in the jeans shop", {"onset": "trauma"}),
    ("een ongeluk in de sleep", {"onset": "trauma"}),
    ("een ongeluk in het lit", {"onset": "trauma"}),
    ("een ongeluk in het bed van de rivier met de kajak", {"onset": "trauma"}),
    ("een ongeluk in de lakens", {"bladder_bowel": True}),
    ("un accident dans le lit de la riviere en kayak", {"onset": "trauma"}),
    ("un accident dans le lit du torrent", {"onset": "trauma"}),
    ("un accident sur le lit du camion", {"onset": "trauma"}),
]
ACCIDENT_PLACES_KEPT = [
    ("had an accident in my bed last night", {"bladder_bowel": True}),
    ("had an accident in the bed of my son", {"bladder_bowel": True}),
    ("had an accident in me new trousers at work", {"bladder_bowel": True}),
    ("had an accident in the bedroom", {"onset": "trauma"}),
    ("ik had een ongeluk in mijn broek", {"bladder_bowel": True}),
    ("een ongeluk in mijn slip", {"bladder_bowel": True}),
    ("een ongeluk in de badkamer", {"onset": "trauma"}),
    ("un petit accident dans ma culotte", {"bladder_bowel": True}),
    ("un accident dans le lit de mon fils", {"bladder_bowel": True}),
]


@pytest.mark.parametrize("text,expected", ACCIDENT_PLACES + ACCIDENT_PLACES_KEPT)
def test_accident_places(text, expected):
    assert find_red_flags(text) == expected


# ---- 2. a question or a worry about a sign is not the sign (the red-flag block asks cancer and weight of everyone
# later): whether it is cancer, asked or feared with the cue further before the cancer word; weight loss as a remedy
# or a plan. A cancer had, treated or coming back, and a loss "without trying", stay; emergency signs asked stay. ----
ASKED_NOT_SIGN = [
    ("could this be something serious like cancer? kinda freaking out here", {}),
    ("can pain like this be from cancer or a tumour", {}),
    ("does this sound like cancer to you", {}),
    ("could my back pain be something like cancer", {}),
    ("kan rugpijn een teken zijn van iets ergs zoals kanker?", {}),
    ("kan dit iets ernstigs zijn zoals kanker?", {}),
    ("wijst dit op kanker?", {}),
    ("kan zo een pijn van kanker komen", {}),
    ("ik maak me zorgen dat het iets ergs is zoals kanker", {}),
    ("j'ai peur que ce soit quelque chose de grave genre un cancer", {}),
    ("ca peut venir d'un cancer ?", {}),
    ("le mal de dos peut venir d'une tumeur ?", {}),
    ("does losing weight help back pain?", {}),
    ("would losing weight help my back", {}),
    ("will losing some weight take the pressure off my back", {}),
    ("is losing weight good for back pain", {}),
    ("losing weight, would that help my back?", {}),
    ("my doc says losing weight would help", {}),
    ("does weight loss help with sciatica", {}),
    ("helpt afvallen tegen rugpijn?", {}),
    ("is afvallen goed voor rugpijn", {}),
    ("afvallen, helpt dat tegen rugpijn?", {}),
    ("mijn huisarts raadt afvallen aan voor mijn rug", {}),
    ("helpt gewichtsverlies tegen rugpijn", {}),
    ("la perte de poids, ça aide pour le dos ?", {}),
    ("est-ce que la perte de poids soulage la sciatique ?", {}),
    ("le médecin m'a conseillé une perte de poids pour mon dos", {}),
]
ASKED_KEPT = [
    ("i had cancer 2 years ago, could it be back?", {"cancer_history": True}),
    ("could this be related to the cancer i had", {"cancer_history": True}),
    ("i have prostate cancer, could that cause this pain", {"cancer_history": True}),
    ("ik heb borstkanker gehad, kan het terug zijn?", {"cancer_history": True}),
    ("kan dit komen van de tumor die ze vorig jaar bij mij vonden", {"cancer_history": True}),
    ("kan dit door mijn chemo komen", {"cancer_history": True}),
    ("j'ai eu un cancer du sein, est-ce que ça peut revenir ?", {"cancer_history": True}),
    ("lost 6 kg without trying, does that matter?", {"weight_loss": True}),
    ("ive been losing weight and nothing helps", {"weight_loss": True}),
    ("been losing weight without trying, does exercise help?", {"weight_loss": True}),
    ("losing weight, that helps nothing, i lost 8 kilos since march", {"weight_loss": True}),
    ("ik ben aan het afvallen en niks helpt", {"weight_loss": True}),
    ("ik ben 6 kilo afgevallen zonder het te willen, is dat erg?", {"weight_loss": True}),
    ("j'ai une grosse perte de poids, est-ce que ça aide le dos", {"weight_loss": True}),
    ("j'ai perdu 6 kilos sans le vouloir, c'est grave ?", {"weight_loss": True}),
    ("is it normal that i cant feel my bum?", {"saddle_numbness": True}),
]


@pytest.mark.parametrize("text,expected", ASKED_NOT_SIGN + ASKED_KEPT)
def test_a_question_about_a_sign_is_not_the_sign(text, expected):
    assert find_red_flags(text) == expected


# ---- 3. a relative's sign told on in clauses without a subject of their own, and the patient's own same sign told
# fine in the same message: the relative's. Without the patient's own told fine, or with a hint of it left, it stays
# the patient's (the safe side). ----
RELATIVES_SIGN = [
    ("mn man had vorig jaar een caudasyndroom, kon niet meer plassen en moest met spoed onder het mes. nu heb ik zelf "
     "rugpijn maar plassen gaat gwn goed en geen doof gevoel", {}),
    ("mijn vrouw had een hernia, kon niet meer plassen, moest geopereerd worden. plassen gaat bij mij goed", {}),
    ("mijn zus had een hernia, kon niet meer plassen en werd geopereerd. ik heb dat gelukkig niet", {}),
    ("mijn moeder had dat ook, kon niet meer plassen, maar ik plas gewoon goed", {}),
    ("my husband had cauda equina, couldnt pee, had surgery. my back hurts now but peeing is fine", {}),
    ("my wife had a slipped disc last year, couldnt wee for 2 days, needed a catheter. peeing is normal for me", {}),
    ("my sister had cauda equina, wet the bed and didnt feel it. my bladder is fine", {}),
    ("my dad had the same op, went numb down below. mine is fine", {}),
    ("my brother had it last year, couldnt pee and was rushed in. my peeing is ok", {}),
    ("ma soeur a eu une hernie, elle sentait plus rien en bas. moi ça va", {}),
    ("ma mère a eu une hernie, sentait plus rien en bas. moi ça va", {}),
    ("mon mari a eu une hernie, pouvait plus faire pipi, opéré en urgence. moi je fais pipi normalement", {}),
    ("ma soeur a eu une hernie, ne pouvait plus uriner et a été opérée. moi ça va", {}),
]
RELATIVES_SIGN_KEPT = [
    ("my husband had cauda equina, couldnt pee, had surgery. my back hurts now", {"bladder_bowel": True}),
    ("my husband had cauda equina, couldnt pee. i cant pee either but my legs are fine", {"bladder_bowel": True}),
    ("my dad had cauda equina, couldnt pee. me, im fine but i cant feel my bum",
     {"saddle_numbness": True, "bladder_bowel": True}),
    ("my dad had the same op, went numb down below. mine is fine but my bum feels a bit odd", {"saddle_numbness": True}),
    ("my husband had cauda equina, couldnt pee, had surgery. peeing is fine but i wet myself twice this week",
     {"bladder_bowel": True}),
    ("mn man had vorig jaar een caudasyndroom, kon niet meer plassen. nu heb ik zelf rugpijn", {"bladder_bowel": True}),
    ("mijn man had een caudasyndroom, kon niet meer plassen. nu kan ik ook niet meer plassen", {"bladder_bowel": True}),
    ("mijn man had een caudasyndroom, kon niet meer plassen. bij mij is alles ok behalve dat ik zelf ook slecht plas",
     {"bladder_bowel": True}),
    ("ma soeur a eu une hernie, elle sentait plus rien en bas", {"saddle_numbness": True}),
    ("ma soeur a eu une hernie, elle sentait plus rien en bas. moi ça va pas", {"saddle_numbness": True}),
    ("ma fesse, elle est engourdie", {"saddle_numbness": True}),
    ("ma fesse, elle est engourdie. moi ça va sinon", {"saddle_numbness": True}),
]


@pytest.mark.parametrize("text,expected", RELATIVES_SIGN + RELATIVES_SIGN_KEPT)
def test_a_relatives_sign_with_the_patients_own_fine(text, expected):
    assert find_red_flags(text) == expected


# ---- 4. the saddle area named first, then a comma and a pronoun that takes it up, then its numbness (French has its
# own pattern and reads these already); no negation between, and not another part ----
AREA_RESUMED = [
    ("my bum, its numb", {"saddle_numbness": True}),
    ("my backside, it feels numb", {"saddle_numbness": True}),
    ("my bum, it's gone all numb", {"saddle_numbness": True}),
    ("my bum cheeks, theyre numb", {"saddle_numbness": True}),
    ("down below, its all numb", {"saddle_numbness": True}),
    ("my crotch, its gone numb since yesterday", {"saddle_numbness": True}),
    ("mijn poep, hij is verdoofd", {"saddle_numbness": True}),
    ("mijn billen, die voelen doof", {"saddle_numbness": True}),
    ("mijn kont, die is helemaal gevoelloos", {"saddle_numbness": True}),
    ("mijn zitvlak, dat voelt verdoofd", {"saddle_numbness": True}),
    ("mijn bil, die tintelt de hele tijd", {"saddle_numbness": True}),
    ("mijn kruis, dat is helemaal doof", {"saddle_numbness": True}),
]
AREA_RESUMED_KEPT = [
    ("my bum, its not numb", {}),
    ("my back, its numb", {}),
    ("my bum, it hurts and my leg is numb", {}),
    ("mijn billen, die zijn niet verdoofd", {}),
    ("mijn rug, die is verdoofd", {}),
    ("de poep van mijn vrouw, die is verdoofd", {}),
    ("mon derrière, il est tout engourdi", {"saddle_numbness": True}),
    ("mes fesses, elles sont toutes engourdies", {"saddle_numbness": True}),
    ("mon cul, il est engourdi depuis hier", {"saddle_numbness": True}),
    ("mes fesses, elles sont pas engourdies", {}),
]


@pytest.mark.parametrize("text,expected", AREA_RESUMED + AREA_RESUMED_KEPT)
def test_the_area_then_a_pronoun_then_its_numbness(text, expected):
    assert find_red_flags(text) == expected


# ---- 5. read_story: a not-feeling told of a bladder or bowel event (in its clause or the next) is no leg numbness;
# the bladder or bowel stays, and a numbness that names the legs or feet stays ----
NOT_FELT_EVENT = [
    "sciatica's gone into both legs now, and i wet myself a bit on the bus and didnt even feel it happen",
    "both legs hurt, wet the bed last night, didnt even feel it",
    "pain in both legs, i wet myself on the bus. didnt feel a thing",
    "sciatica in both legs, i wet the bed, felt nothing",
    "both legs ache, had an accident in my pants, couldnt feel it",
    "pijn in beide benen, vannacht in bed geplast, ik voelde niks",
    "pijn in beide benen, ik heb in bed geplast, ik voel niks",
    "beide benen doen pijn, ik heb in mijn broek geplast. ik voelde niks",
    "pijn in beide benen, ik had een ongeluk in mijn broek, ik voelde niks",
    "mal dans les deux jambes, je me suis fait dessus et j'ai rien senti",
    "mal dans les deux jambes, j'ai mouillé mon lit cette nuit, j'ai rien senti",
    "sciatique dans les deux jambes, j'ai eu un accident dans ma culotte, je l'ai pas senti",
]
NUMB_LEGS_KEPT = [
    "both legs hurt, i wet myself and my feet are numb",
    "both legs hurt and i wet myself, cant feel my feet",
    "both legs hurt, i wet myself, my legs are numb",
    "pijn in beide benen, ik heb in bed geplast, mijn voeten zijn verdoofd",
    "mal dans les deux jambes, je me suis fait dessus, mes pieds sont engourdis",
]


@pytest.mark.parametrize("text", NOT_FELT_EVENT)
def test_a_not_feeling_of_a_bladder_event_is_no_leg_numbness(text):
    story = read_story(text)
    assert story.get("bladder_bowel") is True and story.get("both_legs") is True
    assert "leg_numbness" not in story


@pytest.mark.parametrize("text", NUMB_LEGS_KEPT)
def test_a_numbness_naming_the_legs_stays(text):
    story = read_story(text)
    assert story.get("bladder_bowel") is True and story.get("leg_numbness") is True


# ---- found while checking item 5's twins: wetting or soiling in one's sleep, soiling oneself, wetting the bed told
# with the word named, read nothing (a missed emergency sign) ----
WET_OR_SOILED = [
    "i peed in my sleep",
    "i was peeing in my sleep",
    "ik heb in mijn slaap geplast",
    "ik heb vannacht in mn slaap gepiest",
    "ik heb mezelf bevuild op het werk",
    "ik heb mij ondergescheten",
    "j'ai fait pipi au lit cette nuit",
    "je me suis fait pipi dessus",
    "je me suis fait caca dessus au travail",
]
WET_OR_SOILED_KEPT = [
    ("my son peed in his sleep", {}),
    ("i talk in my sleep", {}),
    ("mijn zoontje heeft in zijn slaap geplast", {}),
    ("ik heb niet in mijn slaap geplast", {}),
    ("mon fils fait pipi au lit", {}),
]


@pytest.mark.parametrize("text", WET_OR_SOILED)
def test_wetting_or_soiling_in_sleep_or_oneself(text):
    assert find_red_flags(text) == {"bladder_bowel": True}


@pytest.mark.parametrize("text,expected", WET_OR_SOILED_KEPT)
def test_wetting_or_soiling_kept(text, expected):
    assert find_red_flags(text) == expected


# item 3, kept: a relative named only as worried (no condition of theirs) leaves what follows the patient's
RELATIVE_WORRIED_KEPT = [
    "my wife is worried, couldnt pee this morning. peeing is fine",
    "my wife is worried, couldnt pee this morning. peeing is fine otherwise",
    "mijn vrouw is ongerust, kon vanochtend niet plassen. plassen gaat goed",
    "ma femme s'inquiète, pouvais pas uriner ce matin. moi ça va",
]


@pytest.mark.parametrize("text", RELATIVE_WORRIED_KEPT)
def test_a_worried_relative_leaves_the_sign_the_patients(text):
    assert find_red_flags(text) == {"bladder_bowel": True}
