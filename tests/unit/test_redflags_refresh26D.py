"""Session 26, helper D, after the blind refresh scored once: night pain that no position eases, the positions listed
without a night word before them (the list opens its clause) or after a verb of putting oneself in a position ("i get on
my back, then my side, it never eases", "ik leg me op mijn rug, ..., het wordt nooit minder", "je me mets sur le dos, ...,
ca ne se calme jamais"), and the relief told as never coming ("it never settles", "het gaat nooit liggen", "niks aan te
doen", "ca ne s'arrete jamais", "pas moyen"); both legs of a relative the message opens on after a formal greeting
("dear sir or madam, my husband ...", "geachte mevrouw of meneer, mijn man ...", "madame, monsieur, mon pere ..."), and
legs that "keep going" told bare (British: they give way)."""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

NIGHT = {"night_pain": True}
BOTH_WEAK = {"both_legs": True, "leg_weakness": "worsening"}

CHANGED = [
    # 1. night pain: the positions listed or taken, nothing eases it
    ("flat, on my side, in the recliner, it never settles", NIGHT),
    ("i get on my back, then my side, it never eases", NIGHT),
    ("on my front, on my back, pillow between my knees, no joy", NIGHT),
    ("i put myself on my side, then on my back, nothing doing", NIGHT),
    ("in the armchair, on the floor, the pain never lets up", NIGHT),
    ("op mijn buik, op mijn rug, in de relax, het gaat nooit liggen", NIGHT),
    ("ik ga op mijn zij, dan op mijn rug, het wordt nooit minder", NIGHT),
    ("plat, op mijn zij, in de fauteuil, niks aan te doen", NIGHT),
    ("op de grond, in de sofa, de pijn zakt nooit", NIGHT),
    ("sur le ventre, sur le dos, dans le canape, y a rien a faire", NIGHT),
    ("je m'installe sur le cote, puis sur le dos, pas moyen", NIGHT),
    ("en chien de fusil, a plat, ca ne s'arrete jamais", NIGHT),
    ("je me mets sur le flanc, sur le dos, elle ne me lache jamais", NIGHT),
    ("assise dans le fauteuil, sur le cote, ca sert a rien", NIGHT),
    # 2. both legs of the relative the message opens on, after a formal greeting; legs that keep going
    ("Dear Sir or Madam, my wife (81) has had a bad back for months, now both her legs give way", BOTH_WEAK),
    ("To whom it may concern, my father has back pain. his legs keep giving way on the stairs", BOTH_WEAK),
    ("Sir or madam, my husband has back pain and his legs buckle", BOTH_WEAK),
    ("both my legs keep going, i grab the banister", BOTH_WEAK),
    ("Geachte mevrouw of meneer, mijn vader (80) heeft rugpijn sinds de zomer. zijn benen begeven het", BOTH_WEAK),
    ("Beste meneer of mevrouw, mijn vrouw heeft rugpijn, haar beide benen zakken door", BOTH_WEAK),
    ("Mevrouw, meneer, mijn man heeft rugpijn. zijn benen begeven het", BOTH_WEAK),
    ("Mevrouw of meneer, mijn moeder (84) heeft rugpijn, haar benen begeven het", BOTH_WEAK),
    ("Madame, Monsieur, mon pere (82 ans) a mal au dos. ses jambes lachent", BOTH_WEAK),
    ("Bonjour mesdames et messieurs, ma mere a mal au dos depuis un mois, ses deux jambes se derobent", BOTH_WEAK),
    ("Cher docteur, mon mari a mal au dos, ses jambes flanchent", BOTH_WEAK),
    ("Madame ou Monsieur, ma femme a mal au dos, ses deux jambes lachent", BOTH_WEAK),
]

KEPT = [
    # 1. night pain: only when turning over, eased once settled, the pain placed, the night told fine
    ("at night it only hurts when i turn over, on my back or my side its fine once settled", {}),
    ("on my back, on my side, it eases once im settled", {}),
    ("on my back, on my side, i sleep well", {}),
    ("the pain is on my side and on my back, it never eases during the day", {}),
    ("i put myself on my back, my side, a pillow under my knees, and it settles", {}),
    ("op mijn rug, op mijn zij, het zakt zodra ik lig", {}),
    ("s nachts enkel pijn bij het omdraaien, op mijn rug of op mijn zij gaat het over", {}),
    ("de pijn zit op mijn zij en op mijn rug", {}),
    ("sur le dos, sur le cote, ca se calme une fois installe", {}),
    ("la nuit j'ai mal seulement quand je me retourne, sur le dos ou sur le cote ca passe", {}),
    ("j'ai mal sur le cote et sur le dos, ca ne se calme jamais", {}),
    ("je me mets sur le dos, sur le cote, je dors bien", {}),
    # 2. another relative's legs, a writer naming their own, legs that keep going numb
    ("Bonjour madame ou monsieur, mon mari avait mal au dos il y a dix ans. ses jambes lachent", {}),
    ("Dear sir or madam, my husband had back pain years ago. his legs give way", {}),
    ("Geachte mevrouw of meneer, mijn man had vroeger rugpijn. zijn benen begeven het", {}),
    ("my legs ache, but i keep going", {}),
    ("my back hurts but i keep going", {}),
    ("my legs keep going numb", {"both_legs": True, "leg_numbness": True}),
    ("mes jambes vont bien, c'est mon dos", {}),
    # his or her part alone is typed for that person since session 37A (the safe side; not "whose: untold")
    ("ses jambes lachent", {"leg_weakness": "worsening", "both_legs": True}),
    ("zijn benen begeven het", {"leg_weakness": "worsening", "both_legs": True}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
