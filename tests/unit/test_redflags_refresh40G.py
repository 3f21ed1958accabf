"""Session 40, round G (issue 12): a carer naming themself the patient's relative, so both legs weakening were nobody's.

A carer who opens on who they are to the patient ("I'm his daughter-in-law", "I'm the son of Mrs Jacobs", "je suis la
belle-fille de Monsieur ...", "ik ben de kleindochter van meneer ...") and then tells the patient's signs in the third
person: no pack's PROXY named that opening (only "writing for my dad", "it's for my mum", a relative opening the message),
so "his", "ses", "haar" legs stayed someone else's and both legs weakening day by day, the steps told after a colon
("Saturday he still walked with the frame, yesterday we had to hold him"), were read as nobody's both legs (French and
Dutch kept only the leg weakness, English often lost even that, the carer's "we" stopping the reading of a message typed
for him). Changed: bot/reading/redflags.py _as_patient reads the packs' new PROXY_ROLE (en, nl, fr) at the message's
opening, after a greeting: the writer naming themself the patient's relative or carer ("his", "her", "sa", "zijn" ...
relative, or the relative "of" a titled person: Mr, Mrs, monsieur, madame, meneer, mevrouw). After it the third person's
pronouns are the patient's, as after "writing for my dad".

Changed too: one leg weakening after such an opening is read as the leg weakness (not both legs), as after "writing for my
dad". Kept: the usual carer's opening; legs tired after a walk; the writer's own back with a relative's legs named as
someone else's (not typed for them); a role named later in the message, not at its opening ("... my neighbour, i'm her
carer"); the writer naming themself a relative of nobody titled ("i'm the mother of two"); another relative's legs named
with her ("my mum's legs"); both legs fine until yesterday. Left alone: both legs weak in the past and fine now are read as
the flag after this opening as in the patient's own words and after "writing for my dad" (the house's safe side).
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

BW = {"both_legs": True, "leg_weakness": "worsening"}
BWC = {"both_legs": True, "leg_weakness": "worsening", "cancer_history": True}
W = {"leg_weakness": "worsening"}
CHANGED = [
    # en
    ("Hi, I'm the son of Mrs Jacobs, 82. She had breast cancer in 2019. Her back has ached for two weeks and since Monday both "
     "her legs are getting weaker every day: Tuesday she still used her stick, yesterday we had to carry her upstairs.", BWC),
    ("I'm his daughter in law. He was treated for bowel cancer last year. Now both his legs are getting weaker by the day: "
     "Sunday he walked with the frame, today we had to hold him up", BWC),
    ("im her carer. both her legs are getting weaker day by day: monday she walked to the shop, today we had to lift her", BW),
    ("Good morning, I am the granddaughter of Mr. Evans, 90. His lower back hurts and both his legs get weaker each day: "
     "on Friday he walked alone, on Sunday we had to support him", BW),
    ("I'm his wife. His back has been bad for a week and both his legs are getting weaker by the day: yesterday we had to "
     "hold him in the shower", BW),
    ("Hello, I'm the nephew of Mr Wouters. He had lung cancer. Both his legs are getting weaker day after day: last week he "
     "drove, now we have to hold him", BWC),
    ("i am her husband. both her legs are getting weaker by the day: on thursday she walked the dog, now we have to hold her",
     BW),
    ("I'm his stepson. His back hurts and both his legs are getting weaker by the day: we had to hold him to the toilet", BW),
    # nl (incl. Flemish)
    ("Goeiedag, ik ben de dochter van mevrouw Claes, 81 jaar. Ze had vijf jaar geleden borstkanker. Sinds een week heeft ze "
     "rugpijn, en sinds maandag worden haar twee benen elke dag zwakker: dinsdag liep ze nog met haar stok, gisteren moesten "
     "we haar dragen.", BWC),
    ("Ik ben zijn schoondochter. Hij heeft al weken rugpijn en zijn twee benen worden elke dag zwakker: zaterdag wandelde hij "
     "nog met de rollator, gisteren moesten we hem ondersteunen", BW),
    ("ik ben haar kleinzoon. haar beide benen worden met de dag slapper: vrijdag liep ze nog alleen, nu moeten we haar "
     "vasthouden", BW),
    ("Dag, ik ben de zoon van meneer Maes. Hij heeft pijn in de rug en zijn twee benen worden elke dag zwakker: gisteren "
     "moesten we hem ondersteunen naar de wc", BW),
    ("Ik ben zijn vrouw. Hij heeft vorig jaar prostaatkanker gehad. Nu worden zijn beide benen elke dag zwakker: gisteren "
     "moesten we hem ondersteunen", BWC),
    ("Hallo, ik ben de mantelzorger van mevrouw Peeters. Haar rug doet pijn en haar twee benen worden elke dag zwakker: "
     "maandag liep ze nog, nu moeten we haar dragen", BW),
    ("ik ben haar man. haar twee benen worden met de dag zwakker: vorige week fietste ze nog, nu moeten we haar ondersteunen",
     BW),
    # fr
    ("Bonjour, je suis la fille de Madame Dubois, 81 ans. Elle a eu un cancer du sein il y a cinq ans. Depuis une semaine elle "
     "a mal au dos, et depuis lundi ses deux jambes faiblissent chaque jour : mardi elle marchait avec sa canne, hier nous "
     "avons dû la porter.", BWC),
    ("Je suis son gendre. Il a eu un cancer de la prostate. Depuis jeudi ses deux jambes faiblissent de jour en jour : "
     "vendredi il marchait avec le déambulateur, hier il fallait le tenir", BWC),
    ("je suis sa petite-fille. ses deux jambes faiblissent de jour en jour : lundi elle allait seule aux toilettes, "
     "aujourd'hui on doit la porter", BW),
    ("Bonsoir, je suis le fils de Monsieur Lambert, 77 ans. Il a mal au bas du dos et ses deux jambes faiblissent de jour en "
     "jour : samedi il marchait encore, hier on a dû le soutenir", BW),
    ("Je suis sa femme. Il a mal au dos depuis dix jours et ses deux jambes s'affaiblissent chaque jour : dimanche il "
     "jardinait, ce matin il fallait le tenir debout", BW),
    ("je suis l'aidante de Madame Renard. ses deux jambes faiblissent de jour en jour : mardi elle marchait, hier nous avons "
     "dû la soutenir", BW),
    ("Je suis son mari. Elle a été opérée d'un cancer du poumon. Ses deux jambes faiblissent de jour en jour : lundi elle "
     "marchait, ce matin elle ne tient plus debout", BWC),
    ("Bonjour, je suis la nièce de Monsieur Collin. Il a mal aux reins et ses deux jambes faiblissent de jour en jour : hier "
     "il fallait le soutenir", BW),
    # one leg weakening: the leg weakness read, not both legs
    ("I'm his daughter. His back hurts and his left leg is getting weaker by the day", W),
    ("je suis sa fille. il a mal au dos et sa jambe gauche faiblit de jour en jour", W),
    ("ik ben haar dochter. ze heeft rugpijn en haar linkerbeen wordt elke dag zwakker", W),
]
KEPT = [
    # the safe readings already right: a carer's usual opening
    ("I'm writing for my dad. Both his legs are getting weaker by the day: yesterday we had to hold him", BW),
    ("j'écris pour mon père. ses deux jambes faiblissent de jour en jour : hier il fallait le soutenir", BW),
    ("ik schrijf voor mijn vader. zijn twee benen worden elke dag zwakker: gisteren moesten we hem ondersteunen", BW),
    # a Flemish "heur" already read as the patient's
    ("k ben heur dochter. heur twee benen worden elke dag slapper: zondag ging ze nog met de rollator, vandaag moeten we ze "
     "dragen", BW),
    # legs tired after a walk
    ("I'm his son. His back is sore and his legs are tired after the walk", {}),
    ("je suis sa fille. il a mal au dos et ses jambes sont fatiguées après la promenade", {}),
    ("ik ben haar zoon. ze heeft rugpijn en haar benen zijn moe na de wandeling", {}),
    # the writer's own back, a relative's legs named as someone else's
    ("my back hurts. my husband has ms and both his legs are getting weaker by the day", {}),
    ("i have back pain. my neighbour, i'm her carer, both her legs are getting weaker", {}),
    ("i'm the mother of two and my back hurts. both her legs are getting weaker by the day", {}),
    ("I'm his daughter. His back hurts. My mum's legs are both getting weaker by the day but she is fine otherwise", {}),
    ("je suis la mère de deux enfants. j'ai mal au dos, ses deux jambes faiblissent de jour en jour", W),
    ("ik ben de moeder van twee kinderen. ik heb rugpijn, haar twee benen worden elke dag zwakker", W),
    # both legs fine until yesterday: no weakness told
    ("Je suis sa fille, ses deux jambes allaient bien jusqu'à hier", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
