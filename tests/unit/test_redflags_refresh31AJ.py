"""Session 31, round AJ (issue 12): four readings of the lead's probes, each read as a kind (en, nl, fr).

Wrong before:
1. MISSED onset trauma: a collision told with another verb. Dutch "raken" of a vehicle, a rider or a ball ("een auto raakte mij",
   "een busje heeft mij geraakt", "door een taxi gegrepen", "aangetikt/geschampt door een auto"), Singlish and Malay "kena"
   (read "got") with "bang", "langgar", "tabrak", a vehicle that "bumped/banged into me", the passive "got clipped / sideswiped /
   rammed by a van", French "une voiture m'a touche(e)", "un motard m'a accroche", "happe par un tram", "je me suis fait
   toucher/heurter par un bus". New TRAUMA_PATTERNS in en (with _VEHICLE, _MACHINE), nl (_VOERTUIG) and fr
   (_VEHICULE): a vehicle or its rider must be named, so what moves a person stays no trauma ("dat raakte me diep", "the
   news hit me hard", "ca m'a touche"; not French "car", also the conjunction).
2. MISSED weight_loss: weight lost without trying told as slimming. en WEIGHT_PATTERNS read "slimming/slimmed down", "getting
   slimmer"; "slimming" stays an intent (INTENT_STRONG) unless the loss is told unintended: en UNINTENDED gains "unsure why" (the
   normaliser's "dont know why", "not sure why") and "not even dieting". nl WEIGHT_PATTERNS read "slank (...) af", "afgeslankt",
   "word slanker", "slanker geworden"; fr "devenu(e) plus mince", "de plus en plus mince", "je m'affine".
3. FALSE fever: a relative's fever with a time adverb right after the verb ("mijn vrouw heeft sinds gisteren koorts", "my husband
   has since yesterday had a fever", "ma femme a maintenant de la fievre"): _someone_else (fever, fall, weight) stopped at the
   contrast word and lost the relative. It now reads through the packs' ADVERBS_AFTER_VERB after VERBS_BEFORE_ADVERB, as round
   31AG's _local_clause(through_adverb) does for cancer.
4. FALSE weight_loss: a part of the body grown thin ("my skin is getting thin", "mijn huid wordt steeds dunner", "ma peau s'est
   amincie"): new pack tables THIN_PART and THIN_WORD (en, nl, fr), read by _part_grown_thin in the weight rules' skip (the part
   in the five words before a thinness word, no first person between nor in the match).

Kept: being moved by words or news, a ball or car read before, a relative's collision; slimming on a diet or at the gym; the
writer's fever, a relative who says the writer has one, a carer's message; the body or the face grown thin."""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

T = {"onset": "trauma"}
W = {"weight_loss": True}
F = {"fever": True}
CHANGED = [
    # 1. a collision told with raken, kena, toucher, accrocher
    ("de auto raakte mij", T),
    ("een bestelwagen raakte mij op het zebrapad", T),
    ("een wielrenner raakte me vol in de zij", T),
    ("een scooter botste tegen mij op bij het oversteken", T),
    ("een busje heeft mij geraakt toen ik op de fiets zat", T),
    ("ik werd door een auto aangetikt op de rotonde", T),
    ("ik ben door een taxi gegrepen", T),
    ("ik werd geschampt door een vrachtwagen", T),
    ("een skier raakte me van achteren op de piste", T),
    ("got kena bang by a motorbike", T),
    ("kena langgar by a car last week", T),
    ("i kena langgar on the way to work", T),
    ("a motorcycle bang me from behind at the junction", T),
    ("the lorry bumped into us at the lights", T),
    ("got clipped by a van on my bike", T),
    ("i was sideswiped by a bus last monday", T),
    ("got tabrak by a scooter", T),
    ("i was rammed by a motorbike in the car park", T),
    ("une voiture m'a touchée au passage piéton", T),
    ("un camion m'a touché en reculant", T),
    ("un motard m'a accroché sur le trottoir", T),
    ("j'ai été happée par un tram", T),
    ("je me suis fait toucher par un bus", T),
    ("je me suis fait heurter par un vélo", T),
    ("j'ai été accroché par une camionnette", T),
    # 2. weight lost without trying, told as slimming
    ("i keep slimming down without trying", W),
    ("ive slimmed down a lot and no idea why", W),
    ("im getting slimmer and i dont know why", W),
    ("slimming down and i'm not even dieting", W),
    ("i keep getting slimmer even though i eat the same as always", W),
    ("ik slank af zonder dieet", W),
    ("ik slank steeds meer af zonder te lijnen", W),
    ("ik word steeds slanker zonder dat ik iets doe", W),
    ("ik ben afgeslankt en weet niet waarom", W),
    ("ik ben slanker geworden terwijl ik eet zoals altijd", W),
    ("je deviens de plus en plus mince sans faire de régime", W),
    ("je suis devenue plus mince sans rien changer", W),
    ("je m'affine sans rien faire", W),
    ("je suis de plus en plus mince et je ne sais pas pourquoi", W),
    # 3. a relative's fever behind an adverb after the verb
    ("mijn vrouw heeft sinds gisteren koorts", {}),
    ("mijn man heeft sinds vanochtend koorts en rillingen", {}),
    ("mijn zoontje heeft nu koorts", {}),
    ("de kinderen hebben sinds het weekend koorts", {}),
    ("my husband has since yesterday had a fever", {}),
    ("my daughter has now got a temperature", {}),
    ("the kids have since monday had a high temperature", {}),
    ("my wife has since last night been running a fever", {}),
    ("ma femme a maintenant de la fièvre", {}),
    ("mon mari a maintenant de la fièvre et des frissons", {}),
    ("ma fille a maintenant 39 de fièvre", {}),
    ("mon fils est maintenant fiévreux", {}),
    # 4. a part of the body grown thin, no weight
    ("my skin is getting thin", {}),
    ("my skin is getting thinner with age", {}),
    ("my nails are getting thin and brittle", {}),
    ("my lips have got thinner", {}),
    ("the skin on my back is getting thin from the cream", {}),
    ("mijn huid wordt steeds dunner", {}),
    ("mijn haar wordt dunner", {}),
    ("de huid op mijn rug wordt dunner van de zalf", {}),
    ("mijn tandvlees wordt steeds dunner", {}),
    ("het haar op mijn hoofd wordt dunner", {}),
    ("ma peau s'est amincie avec la cortisone", {}),
    ("mes cheveux se sont amincis", {}),
    ("mes lèvres se sont amincies", {}),
]
KEPT = [
    # 1.
    ("dat raakte me diep", {}),
    ("het nieuws heeft me echt geraakt", {}),
    ("zijn woorden raakten me", {}),
    ("ik raakte in paniek", {}),
    ("de auto raakte de stoeprand", {}),
    ("ik werd aangetikt door een collega", {}),
    ("ik werd geraakt door een auto", T),
    ("ik ben aangereden door een auto", T),
    ("the news hit me hard", {}),
    ("the realisation hit me", {}),
    ("the pain hit me like a bus", {}),
    ("he banged my door", {}),
    ("i got bumped by a colleague", {}),
    ("i bumped into my old driver at the shop", {}),
    ("the bus driver ran into me at the shop", {}),
    ("a cyclist bumped into me at the shop", {}),
    ("i got hit by a car", T),
    ("my taxi kena hit from behind", T),
    ("ça m'a touché", {}),
    ("ses mots m'ont touchée", {}),
    ("j'ai pleuré car ça m'a touché", {}),
    ("j'ai été touchée par son geste", {}),
    ("le médecin m'a touché le dos", {}),
    ("je me suis fait percuter par un scooter", T),
    ("je me suis fait faucher par une voiture", T),
    ("je me suis fait accrocher par un scooter", T),
    ("un scooter m'a heurtée", T),
    # 2.
    ("slimming down for the wedding", {}),
    ("im slimming down with weight watchers", {}),
    ("ive slimmed down a lot since i started the gym", {}),
    ("lost a stone on purpose with slimming world and no idea why my back is worse", {}),
    ("slimming down with my diet so not sure why the pain got worse", {}),
    ("ik ben aan het afslanken met een dieet", {}),
    ("ik ben afgeslankt met een dieet", {}),
    ("ik ben slanker geworden door het sporten", {}),
    ("ik val af zonder moeite te doen", W),
    ("ik word steeds magerder en ik eet gewoon", W),
    ("je mincis sans rien faire", W),
    ("je fais un régime et je mincis", {}),
    ("je deviens plus mince grâce au sport", {}),
    ("je suis mince", {}),
    ("mon visage s'affine", {}),
    ("j'affine mes recherches", {}),
    # 3.
    ("ik heb sinds gisteren koorts", F),
    ("my wife says I have had a fever since yesterday", F),
    ("writing for my dad, he has a fever since yesterday and his back hurts", F),
    ("mijn vrouw heeft sinds gisteren koorts en ik heb sinds vandaag ook koorts", F),
    ("mijn vrouw heeft sinds gisteren koorts, ik ook", F),
    ("mijn vrouw zegt dat ik sinds gisteren koorts heb", F),
    ("my wife has since yesterday had a fever and so have i", F),
    ("ma femme a depuis hier de la fièvre", {}),
    ("j'ai de la fièvre depuis hier", F),
    # 4.
    ("im getting thin and my skin is loose", W),
    ("my skin is loose ive gone so thin", W),
    ("my face is getting thin", W),
    ("ik word steeds dunner", W),
    ("j'ai beaucoup minci", W),
    ("my hair has gone really thin on top", {}),
    ("mijn lippen worden steeds dunner", {}),
    ("mijn nagels worden dunner", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
