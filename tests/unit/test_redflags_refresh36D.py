"""Session 36, round D (issue 12): an organ's check-ups after an illness read as lost bladder or bowel control.

The safety net (bot/reading/redflags.py _bladder_bowel_net) reads a clause naming the bladder or bowel with a word of trouble;
"control" (en), "controle" (fr, and the Dutch "controle" through the merged English "control\\w*") was such a word, so the
follow-up of a bladder, bowel or prostate cancer ("j'ai eu un cancer de la vessie, contrôle tous les 6 mois", "blaaskanker,
controle bij de uroloog", "bowel cancer, regular controls") read as bladder_bowel. Changed: the net drops the words of control
that name a check (bot/reading/redflags.py _checkups_dropped) in a clause telling of an illness of the organ or of its
follow-up, with the packs' new CHECKUP_TOLD (cancer, tumour, polyps, cystoscopy, colonoscopy, urologist, follow-up,
"opvolging", "suivi", every N months ...), CONTROL_AS_CHECK (the control words) and CONTROL_LOST (a loss within four words
either side of the control word keeps it: no, not, can't, lost, gone, geen, kwijt, plus, pas, perte, "control over", ...).

Kept: a real loss of control told near such words (the rules or the net still read it), a leak or an accident after a
check-up, a control word with no illness or check-up told, a relative's follow-up, the cancer history itself.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

C = {"cancer_history": True}
CB = {"cancer_history": True, "bladder_bowel": True}
B = {"bladder_bowel": True}
CHANGED = [
    # en
    ("I had bladder cancer, now a control every 6 months", C),
    ("bladder cancer two years ago, still under control at the hospital", C),
    ("bowel cancer in 2019, they keep it under control with scans", C),
    ("I had colon cancer, now I go for bowel control every 6 months", C),
    ("bowel cancer, regular controls with colonoscopy", C),
    ("after my bladder cancer I have a control cystoscopy every 6 months", C),
    ("I had surgery for bowel cancer and have follow-up controls", C),
    ("I had a tumour in my bladder, now a bladder control every year", C),
    ("bowel cancer surgery 2 years ago, bowel controls every 6 months since", C),
    ("prostate cancer, my bladder gets a control by the urologist every year", C),
    ("after bowel cancer I'm in follow-up, controls of the bowel every year", C),
    # nl, Flemish
    ("ik heb blaaskanker gehad, nu controle van de blaas om de 6 maanden", C),
    ("kanker aan de blaas gehad, nu controle bij de uroloog", C),
    ("na de blaaskanker ga ik op controle, de blaas wordt gescopieerd", C),
    ("ik had prostaatkanker, nu controle van de plas bij de uroloog", C),
    ("na mijn blaaskanker moet ik elk jaar op controle voor de blaas", C),
    ("ik ben onder controle bij de uroloog voor mijn blaas sinds de kanker", C),
    ("k em blaaskanker g had, nu iedere zes maanden controle van mijne blaas", C),
    ("tumor in de blaas weggehaald, nu om de 3 maanden een controle met cystoscopie van de blaas", C),
    ("blaaspoliepen gehad, controle van de blaas bij de uroloog om de 6 maanden", {}),
    ("ik zit in de opvolging na blaaskanker, controle van de blaas in het ziekenhuis", C),
    ("ne blaastumor g had, nu alle zes maand op controle voor men blaas", {}),
    # fr
    ("j'ai eu un cancer de la vessie, controle tous les 6 mois", C),
    ("cancer de l'intestin opéré, maintenant contrôle chaque année", C),
    ("j'ai eu un cancer de la prostate, contrôle de la vessie tous les ans", C),
    ("après mon cancer de la vessie j'ai des contrôles réguliers chez l'urologue", C),
    ("j'ai un contrôle de l'intestin tous les deux ans depuis mon cancer", C),
    ("opéré de l'intestin pour un cancer, contrôles tous les 6 mois", C),
    ("cancer de l'intestin, chimio finie, on me contrôle chaque année", C),
    ("j'ai eu une tumeur à la vessie, je suis en contrôle", C),
    ("cancer de la vessie opéré, je vais en contrôle chez l'urologue tous les 6 mois", C),
    ("mon urologue contrôle ma vessie chaque année depuis le cancer", C),
]
KEPT = [
    # en: a real loss told near the check-up words
    ("had bowel cancer last year, lost control of my bowels since the op", CB),
    ("bladder cancer in 2020 and now I can't control my bladder", CB),
    ("after my prostate cancer surgery I have no control over my bladder", CB),
    ("bowel cancer, follow up every 6 months, but now I have no bowel control since Monday", CB),
    ("had bladder cancer, since the check-up I keep leaking urine", CB),
    ("i had colon cancer, my bowel control is gone since yesterday", CB),
    ("prostate cancer, bladder control is terrible now, wet myself twice", CB),
    ("bowel cancer years ago, since friday I can't hold my bowels", CB),
    ("I have a control every 6 months for my bladder cancer. Since yesterday I cannot control my bladder", CB),
    # en: no illness or check-up told, the check already right
    ("lost control of my bowels since the op", B),
    ("my bladder control is not what it was", B),
    ("i had bowel cancer, now regular bowel checks and they cant find anything", C),
    ("my bladder is checked every 6 months after the cancer, no problems", C),
    # nl, Flemish
    ("ik heb blaaskanker gehad en heb geen controle meer over mijn blaas", CB),
    ("darmkanker gehad, nu om de 6 maanden controle, maar sinds gisteren verlies ik ontlasting", CB),
    ("na de prostaatkanker ben ik de controle over mijn blaas kwijt", CB),
    ("blaaskanker, controle bij de uroloog, en nu kan ik mijn plas niet ophouden", CB),
    ("darmkanker, sinds de operatie geen controle over de stoelgang", CB),
    ("kanker aan de blaas gehad, nu lekt mijn blaas sinds vorige week", CB),
    ("k heb darmkanker gehad en sinds gisteren kan ik mijn kak nie ophouden", CB),
    ("prostaatkanker, mijn blaas controle is weg", CB),
    ("ik heb geen controle meer over mijn blaas", B),
    ("darmkanker gehad, nu om de 6 maanden controle", C),
    ("blaaskanker, controle bij de uroloog", C),
    # fr
    ("j'ai eu un cancer de la vessie et depuis hier je ne contrôle plus ma vessie", CB),
    ("cancer de l'intestin, contrôle tous les 6 mois, mais depuis lundi je n'ai aucun contrôle sur mes selles", CB),
    ("après mon cancer de la prostate j'ai perdu le contrôle de ma vessie", CB),
    ("cancer de la vessie, suivi chez l'urologue, et maintenant des fuites d'urine", CB),
    ("cancer de l'intestin, depuis hier je contrôle pas mes selles", CB),
    ("j'ai eu un cancer du colon, j'ai du mal à contrôler ma vessie depuis 2 jours", CB),
    ("cancer de la prostate, je ne sens plus quand j'urine", CB),
    ("opérée d'un cancer de l'intestin, perte de contrôle des selles depuis hier", CB),
    ("depuis hier je ne contrôle plus ma vessie", B),
    ("cancer du colon, suivi avec coloscopie de contrôle", C),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
