"""Session 33, round G (issue 12): a relative named with an age, and a carer writing in dialect.

1. The message opens on the relative with their age ("my son (16)", "my daughter aged 14", "my 15 year old son", "mijn dochter
   van 14", "mijn 12 jarige zoon", "ma fille de 14 ans", "notre fils (9 ans)") and tells of their back anywhere after: an age
   given is the patient's, so the relative's signs in the same clause (a fever, a weight loss, a cancer as a child) were read as
   someone else's. Changed: a PROXY_SUBJECT entry per pack (en, nl, fr; _AGE_33G, _KIN_33G and the back words _BACK_33G,
   _RUG_33G, _DOS_33G), with the guards of sessions 29K and 30AB: the writer naming no back, spine or diagnosis of their own.
   Kept: "my daughter (14) has a fever, my own back hurts", "ma fille de 14 ans a de la fievre et j'ai mal au dos", "my mum
   had cancer at 60".
2. A carer writing for the partner in dialect ("ik schryve voe mijn vent", "k schrieve veur mien man", "kik tik da vo mijn
   ventje"; "typin fur me fella", "askin fer wor lass", "fir wor bloke"): the writing words were not read, so "hij" / "he"
   stayed a relative and his cancer was not the patient's. Changed: nl PROXY (dialect verbs, "voe", "vo", "veur", "vur", the
   possessives "mien", "min", "onzen", "ozze"), nl FAMILY ("ventje"), en PROXY ("fur", "fir", "wor", "oor") and the en FAMILY
   partner alternative after "wor" and "oor" (the Irish "da" after "wor" only: Dutch "oor dat" is an ear). French already
   read these (kept). Kept: a sibling's cancer told by the carer.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

CHANGED = [
    ('my daughter aged 14 has back pain and a fever', {'fever': True}),
    ('my son (16) has lower back pain and a temperature of 39', {'fever': True}),
    ('our daughter aged 9 has a sore back and a high temperature', {'fever': True}),
    ('my 15 year old son has back pain and a fever', {'fever': True}),
    ('my son (16) has had low back pain since rugby, now he is burning up, 39 on the thermometer. should i take him to a&e?', {'fever': True}),
    ('my 14 year old girl has a sore back and a temperature of 38.8', {'fever': True}),
    ('my daughter aged 15 has been off school with backache and a high temperature, what should i do', {'fever': True}),
    ('my boy is 12, his back hurts low down and he has a fever', {'fever': True}),
    ('my son aged 19 had leukaemia as a child and now has low back pain', {'cancer_history': True}),
    ('our son (13) has lower back pain and has lost a lot of weight without trying', {'weight_loss': True}),
    ('mijn dochter (15) heeft al een week lage rugpijn en koorts', {'fever': True}),
    ('mijn 12 jarige zoon heeft last van zijn rug en koorts sinds gisteren', {'fever': True}),
    ('mijn vrouw van 52 heeft rugpijn en is in korte tijd 8 kilo afgevallen zonder dieet', {'weight_loss': True}),
    ('mijn 15 jarige dochter heeft rugpijn en is koortsig', {'fever': True}),
    ('ons ma van 80 heeft pijn in de rug en koude rillingen met 38,9', {'fever': True}),
    ('mon fils de 16 ans a mal au bas du dos et de la fièvre depuis deux jours', {'fever': True}),
    ('ma fille (15 ans) a des douleurs au dos et 39 de fièvre', {'fever': True}),
    ('ma femme de 52 ans a mal aux reins et a perdu 8 kilos sans régime', {'weight_loss': True}),
    ('notre fils de 9 ans a mal au dos et de la fièvre, que faire', {'fever': True}),
    ('mon fils de 19 ans a eu une leucémie enfant et a maintenant mal au dos', {'cancer_history': True}),
    ("ik schrieve veur mien man, hij hef drie joar trug darmkanker g'had. noe hef hij pien in de rugge", {'cancer_history': True}),
    ("k schryf vo min vent, hij ee twee joar geleen borstkanker g'ad, nu pyne in z'n rugge", {'cancer_history': True}),
    ("ik schrijve voe mijn man. hij ee drie joar geleen kanker in z'n darmen g'had. sinds een maand pyne in z'n onderrugge", {'cancer_history': True}),
    ("kik schrijve vur onzen pa, hij ee in 2019 kanker an z'n prostoat g'had, nu pyne in z'n rugge", {'cancer_history': True}),
    ("ik tik dit vo mijn ventje, hij ee vijf joar geleen longkanker g'had, nu pyne in z'n rugge", {'cancer_history': True}),
    ('ik schrijf voor mijn ventje, hij heeft vijf jaar geleden longkanker gehad, nu rugpijn', {'cancer_history': True}),
    ('ahm typin fur me fella, he wis treated fer bowel cancer a few year back, now his lower back is killin him', {'cancer_history': True}),
    ('askin fer wor lass, she had breast cancer six year since, now her back is proper sore', {'cancer_history': True}),
    ('askin fir wor bloke, he had cancer in his bowel a while back, now he has a sore back', {'cancer_history': True}),
    ('writin fur oor man, he wis treated for prostate cancer three year ago, noo his lower back is agony at night', {'cancer_history': True}),
    ('doin this fur me fella, he had lung cancer a few year ago an now he has back pain', {'cancer_history': True}),
]
KEPT = [
    ('my daughter (14) has a fever, my own back hurts', {}),
    ('my mum had cancer at 60', {}),
    ('my son (16) has a fever and i have back pain', {}),
    ('my son (16) has a fever and my back is killing me', {}),
    ('my dad (80) had back pain years ago', {}),
    ('my husband, 58, back pain for a week and a fever and shivers', {'fever': True}),
    ('my wife (47) has sciatica and has been feverish and sweating at night', {'fever': True}),
    ('my wife, 52, has back pain and has lost 8 kilos without trying', {'weight_loss': True}),
    ('my daughter, 17, sore back for 2 weeks, now temp of 39 and shivering', {'fever': True}),
    ('mijn dochter (14) heeft koorts, mijn eigen rug doet pijn', {}),
    ('mijn dochter (14) heeft koorts en ik heb al weken rugpijn', {}),
    ('mijn zoon van 16 heeft koorts en ik heb last van mijn rug', {}),
    ('mijn dochter van 14 heeft koorts, ik zelf heb rugpijn', {}),
    ('mijn zoon van 16 heeft pijn onderin zijn rug en 39 graden koorts', {'fever': True}),
    ('mijn dochter is 13, haar rug doet pijn en ze heeft koorts', {'fever': True}),
    ('mijn man, 61 jaar, al een week rugpijn en nu koorts', {'fever': True}),
    ('mijn zoon van 17 had als kind leukemie en heeft nu pijn in zijn onderrug', {'cancer_history': True}),
    ('mijn moeder had kanker toen ze 60 was', {}),
    ("ma fille (14 ans) a de la fièvre, moi j'ai mal au dos", {}),
    ("mon fils de 16 ans a de la fièvre et moi j'ai mal au dos", {}),
    ('ma mère a eu un cancer à 60 ans', {}),
    ('mon fils (16 ans) a mal en bas du dos depuis le foot et maintenant 39 de fievre', {'fever': True}),
    ('ma fille a 13 ans, elle a mal au dos et elle est brûlante de fièvre', {'fever': True}),
    ('mon mari, 58 ans, douleur au dos et fièvre depuis hier', {'fever': True}),
    ('ik schrijf voor mijn man. hij heeft vier jaar geleden prostaatkanker gehad. nu heeft hij pijn in zijn onderrug', {'cancer_history': True}),
    ("ik schrijve vur onzen pa, z'n zuster ee borstkanker g'had, hij ee nu rugpijn", {}),
    ('am writin fur me man, his brother had bowel cancer, he has a sore back now', {}),
    ('askin fer wor da, his brother had bowel cancer, he has a sore back now', {}),
    ("I'm writing for my fella, he had bowel cancer five years ago, now his lower back aches", {'cancer_history': True}),
    ("j'écris pour mon chum, y a eu un cancer de la prostate ça fait quatre ans, astheure y a mal dans le bas du dos", {'cancer_history': True}),
    ("j'vous écris pour mon homme, il a eu un cancer du côlon y a trois ans, là il a mal dans le bas du dos", {'cancer_history': True}),
    ("j'écris pour mon jules, il a eu un cancer du sein il y a cinq ans", {'cancer_history': True}),
    ('je vous écris pour mon mari, sa mère a eu un cancer, lui il a mal au dos', {}),
    ('my daughter aged 14 has a cold, my back has been sore for weeks', {}),
    ("ma fille de 14 ans a de la fièvre et j'ai mal au dos depuis un mois", {}),
    ('mijn dochter van 14 heeft de griep, ik heb zelf al een maand rugpijn', {}),
]
test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
