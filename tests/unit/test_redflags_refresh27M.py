"""Session 27, helper M, after the blind refresh 42/28 scored once: false alarms and a French night pain told by positions.

1. The Scots and Irish "wee" = small before what it sizes is no urine ("a wee bit stiff and i cant bend", "a wee while",
   "my wee boy", "a wee bit better"): the bladder net read "wee" with any "cant"/"not" in its clause, and the hint asked
   the bladder first; "need a wee", "go for a wee", "wee leaking", "a wee bit of wee leaks out" stay the bladder.
2. A relative's cancer told after the Flemish "omda" (omdat) is the relative's ("ik maak me wat zorgen omda ons vader
   darmkanker had": "omda" opened no clause, so the "ik" before reached the cancer); back pain asked as caused by cancer,
   the cause named with "van", "from", "door", "due a" ("is dat erfelijk, rugpijn van kanker?", "back pain from cancer?",
   "une douleur au dos due a une tumeur ?") is asked, not had ("i had back pain from cancer in 2019" stays had).
3. A fever told over for a loose stretch ("de koorts is al ruim een week weg en ...", "the fever's been gone over a week")
   after a past fever with chills: the over phrase knew "weken", not "ruim een week", and ended at a comma, not "en";
   English read "the fever is been gone" as no over phrase. A fever that came back or is kept down by pills stays one.
4. French night pain, the positions tried, then nothing eases it with the "ne" dropped ("ca calme pas", "rien du tout ca
   se calme pas", "ca me soulage pas") or the night the same all through ("toute la nuit pareil"); a pain only when
   turning stays mechanical, and "ca calme pas mal" (it eases a lot) is no pain.
5. A relative named, a comma, then the cancer alone ("not me but my big sister, colon cancer", "niet ik maar mijn zus,
   darmkanker", "pas moi mais ma soeur, cancer du colon") is the relative's; the patient's own told with a relative
   ("i had colon cancer, my sister too", "me, colon cancer") stays the patient's.
6. A past fever, then a normal temperature now told time first ("ik had wat koorts maar nu weer 36,6", "now its 36.8",
   "mais la 36,9", "nu 37 graden"): over; a raised one now ("nu weer 38,5") stays a fever."""

from bot.reading.redflags import find_red_flags, hinted_red_flags
from tests.support.reading_round import reading_round

BLADDER = {"bladder_bowel": True}
CANCER = {"cancer_history": True}
FEVER = {"fever": True}
NIGHT = {"night_pain": True}

CHANGED = [
    # 1. "wee" = small
    ("my back is a wee bit stiff and i cant bend properly", {}),
    ("a wee bit sore in the mornings, cant sit long at work", {}),
    ("its been a wee while now and i still cant get comfy", {}),
    ("my wee boy keeps climbing on me and i cant lift him", {}),
    ("feeling a wee bit better today, not great though", {}),
    ("my wee girl is not sleeping and neither am i", {}),
    ("a wee bit numb down below, cant feel the toilet paper", {"saddle_numbness": True}),
    # 2. the relative's cancer after "omda"; back pain asked as caused by cancer
    ("ik maak me wat zorgen omda ons vader darmkanker had", {}),
    ("ik maak me zorgen omda onze pa prostaatkanker had", {}),
    ("ik pieker erover omda ons ma borstkanker had", {}),
    ("ik zit er mee in omda onze pa darmkanker had", {}),
    ("is dat erfelijk, rugpijn van kanker?", {}),
    ("kan dat in de familie zitten, rugpijn door een tumor?", {}),
    ("could that run in families, back pain from cancer?", {}),
    ("est-ce que c'est héréditaire, le mal de dos d'un cancer ?", {}),
    ("c'est génétique, une douleur au dos due à une tumeur ?", {}),
    ("une douleur au dos causée par un cancer ?", {}),
    # 3. a fever over for a loose stretch
    ("twee weken geleden had ik koorts en rillingen, de koorts is al ruim een week weg en ik voel me goed", {}),
    ("ik had hoge koorts en rillingen. de koorts is al meer dan een week weg en alles is goed", {}),
    ("ik had koorts en rillingen, de koorts is al ruim een week weg", {}),
    ("had a high fever and chills two weeks ago, the fever's been gone over a week", {}),
    ("had flu with a temperature last month. the temperature's been gone a fortnight", {}),
    ("the fever's been gone over a week", {}),
    # 4. French night pain, the positions tried, nothing eases it
    ("la nuit je me mets sur le dos, sur le côté, ça calme pas", NIGHT),
    ("au lit sur le ventre, sur le côté, je me lève, rien du tout ça se calme pas", NIGHT),
    ("la nuit sur le dos, sur le côté, toute la nuit pareil", NIGHT),
    ("couché sur le dos, sur le ventre, ça me soulage pas", NIGHT),
    ("la nuit j'essaie sur le côté, sur le dos, ça aide pas", NIGHT),
    ("dans le lit sur le dos, sur le côté, pareil toute la nuit", NIGHT),
    # 5. a relative, a comma, the cancer
    ("not me but my big sister, colon cancer", {}),
    ("not me, but my dad, prostate cancer", {}),
    ("niet ik maar mijn zus, darmkanker", {}),
    ("niet ik maar ons vader, longkanker", {}),
    ("pas moi mais ma sœur, cancer du côlon", {}),
    ("pas moi mais mon frère, une leucémie", {}),
    # 6. a normal temperature now, told time first
    ("ik had wat koorts maar nu weer 36,6", {}),
    ("vorige week koorts, vandaag nog maar 36,9", {}),
    ("ik had koorts, nu 37 graden", {}),
    ("had a bit of a temperature but now its 36.8", {}),
    ("had a temperature on monday, today back to 36.6", {}),
    ("i had a temperature last week, now its 37", {}),
    ("j'avais un peu de fièvre mais là 36,9", {}),
    ("j'avais de la fièvre hier, maintenant je suis à 36,7", {}),
    ("j'avais de la fièvre, maintenant 37 degrés", {}),
]

KEPT = [
    # 1. "wee" the urine stays; "wee" = small with nothing else
    ("i need a wee all the time and cant hold it", BLADDER),
    ("went for a wee and nothing would come", BLADDER),
    ("wee leaking into my pants since yesterday", BLADDER),
    ("i cant feel when i need a wee", BLADDER),
    ("a wee bit of wee leaks out when i cough", BLADDER),
    ("its a wee thing but i cant turn in bed without a twinge", {}),
    ("i took a wee walk and couldnt get my breath, back was sore after", {}),
    ("ik kan mijn plas niet meer ophouden", BLADDER),
    ("je n'arrive plus à retenir mes urines", BLADDER),
    # 2. the patient's own cancer; a relative's and the patient's denial
    ("omdat ik vorig jaar kanker had, ben ik ongerust", CANCER),
    ("ik heb zelf kanker gehad omda de dokter het te laat zag", CANCER),
    ("ik had borstkanker in 2019, nu genezen", CANCER),
    ("i had back pain from cancer in 2019", CANCER),
    ("j'ai eu une douleur au dos due à une tumeur en 2018", CANCER),
    ("me mam had it, never had it myself", {}),
    ("ma mère a eu un cancer du sein, moi j'ai jamais rien eu", {}),
    ("ons moeder had borstkanker. zelf heb ik nooit iets gehad", {}),
    ("le mal de dos est un cancer ?", {}),
    # 3. a fever that stays one; French over already read
    ("de koorts is al een week weg maar komt elke avond terug", FEVER),
    ("ik heb koorts, de koorts is weg als ik paracetamol neem", FEVER),
    ("ik heb al een week koorts en rillingen", FEVER),
    ("the fever's been going on for a week", FEVER),
    ("la fièvre est revenue depuis une semaine", FEVER),
    ("j'avais de la fièvre et des frissons il y a deux semaines, la fièvre est partie depuis une semaine", {}),
    ("j'ai eu 39 de fièvre avec des frissons, la fièvre est finie depuis bientôt deux semaines", {}),
    # (session 47: read as the fever back since fb44643, the safe side; "it" can only be the fever here)
    ("the fever is gone but it came back last night", FEVER),
    ("vorige maand lag ik plat met koorts en rillingen, de koorts is nu bijna twee weken voorbij en ik ben weer aan het werk", {}),
    # 4. night pain in English and Dutch told the same way; pain only when turning
    ("at night i tried my side, my back, getting up, nothing settles it, all night the same", NIGHT),
    ("s nachts op mijn zij, op mijn rug, opstaan, niks helpt, heel de nacht hetzelfde", NIGHT),
    ("la nuit j'ai mal seulement quand je me retourne", {}),
    ("la nuit je me tourne sur le côté et ça calme pas mal", {}),
    ("only hurts at night when i turn over", {}),
    ("s nachts alleen pijn als ik me omdraai", {}),
    # 5. the patient's own cancer told with a relative
    ("me, colon cancer, five years ago", CANCER),
    ("i had colon cancer, my sister too", CANCER),
    ("my sister had colon cancer and so did i", CANCER),
    ("mijn zus en ik, allebei darmkanker", CANCER),
    ("ik had darmkanker, mijn zus ook", CANCER),
    ("j'ai eu un cancer du côlon, ma sœur aussi", CANCER),
    # 6. a raised temperature now; a normal one already read
    ("ik had koorts, nu weer 38,5", FEVER),
    ("ik heb koorts, nu 38,6", FEVER),
    ("had a fever, now its 38.4", FEVER),
    ("j'avais de la fièvre, là 38,9", FEVER),
    ("had a temperature but it's 36.8 now", {}),
    ("ik ben nu 37 jaar en had vorig jaar koorts", FEVER),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)


def _asks_bladder(text: str) -> bool:
    return "bladder_bowel" in hinted_red_flags(text)


# the hint: "wee" = small no longer brings the bladder question forward; the urine still does
HINT_CHANGED = [
    ("left foot is a wee bit weak", False),
    ("my wee lad has a fever, i dont", False),
    ("its a wee thing but i cant turn in bed without a twinge", False),
    ("i took a wee walk and couldnt get my breath", False),
    ("i'm a wee bit unsteady on my feet and the legs feel weak", False),
    ("a wee while ago my back went", False),
    ("my back is a wee bit stiff", False),
]
HINT_KEPT = [
    ("i need a wee all the time and cant hold it", True),
    ("went for a wee and nothing would come", True),
    ("wee leaking into my pants", True),
    ("peeing feels strange since monday", True),
    ("plassen voelt raar sinds maandag", True),
    ("faire pipi c'est bizarre depuis lundi", True),
    ("my back is a little bit stiff", False),
]

test_hint_changed, test_hint_kept = reading_round(_asks_bladder, HINT_CHANGED, HINT_KEPT)
