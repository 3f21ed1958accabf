"""Session 36, round F (issue 12): a false alarm on cancer asked about as a possible cause, no cancer of one's own told.

A cancer or a tumour named in a general question (whether it causes back pain, what if it is one, when to worry about or think
of one) was read as the patient's own cancer history. Round 35J read "could it be something serious, like a tumour?"; these
shapes were left:

- the cancer word as the subject of a causing verb in a question ("does cancer give back pain?", "kan kanker pijn in de onderrug
  veroorzaken?", "les tumeurs donnent-elles mal au dos ?"): bot/reading/redflags.py _cancer_as_cause (read in _cancer_asked),
  the packs' new CANCER_CAUSE_BEFORE (the whole clause before the word: a question verb and a word or two, not "the", "this",
  "my", Dutch not "de"), CANCER_CAUSE_AFTER (a causing verb opening the clause after it) and CANCER_NAMED (the cancer or
  tumour word itself: "does chemo cause back pain?" stays read);
- what if it is one: en CANCER_ASKED "if/suppose/supposing/say ... it's", nl CANCER_ASKED "als/as/stel dat het ... (een)" (the
  35J cue needed a word after "het" it never got), fr "s'il s'agissait de", "peut-on avoir (mal au dos) a cause d'un";
- when to worry about it or think of it: en "when/at what point/how soon ... worry/think/suspect/consider", nl "wanneer/vanaf
  wanneer/hoe lang moet ...", fr "quand/a quel moment ... penser/s'inquieter/soupconner", "doivent faire penser a";
- a cut word said as a particle after the subject ("en als het nu ...", "wat als het toch ..."): the clause was cut there,
  so neither the sentence nor its last segment read the question. bot/reading/redflags.py _cancer_asked_past_particle (in the
  cancer rules' skip_sentence): the sentence is read again without the particle by the same cancer rules (the packs' new
  CANCER_PARTICLE_SUBJECT, CANCER_PARTICLE; none in French).

Kept (safety first): an own cancer told anywhere in the message (had, treated, removed, coming back), "my cancer", a cancer
had and the same question after it, the doctor's word that it is one, a tumour found, "ik heb kanker", "j'ai une tumeur",
treatments asked about ("does chemo cause back pain?"), a relative's cancer (already no flag).
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

C = {"cancer_history": True}
CHANGED = [
    # en: the cancer word as the subject of a causing verb
    ("can spinal cancer give someone low back pain?", {}),
    ("will cancer show itself as backache?", {}),
    ("do cancers in the bones hurt?", {}),
    # en: what if it is one
    ("so what happens if it's a tumour?", {}),
    ("supposing that it is cancer, what then?", {}),
    ("and say it's cancer, what happens next?", {}),
    # en: when to worry about it or think of it
    ("when do doctors think of cancer with back pain?", {}),
    ("at what point should someone suspect a tumour?", {}),
    ("how soon do you need to consider cancer?", {}),
    # nl: kanker als onderwerp van een werkwoord dat iets geeft
    ("kan kanker pijn in de onderrug veroorzaken?", {}),
    ("geeft botkanker rugpijn?", {}),
    ("kunnen tumoren pijn doen in de rug?", {}),
    # nl: en als het ... is
    ("en als het toch een gezwel blijkt?", {}),
    ("maar als het kanker is, wat dan?", {}),
    ("as dat ne tumor is, wat moet ik dan?", {}),
    ("en as da nu toch kanker was?", {}),
    ("wat gebeurt er dan als het een tumor is?", {}),
    # nl: wanneer eraan denken
    ("wanneer moet een mens aan kanker denken bij rugpijn?", {}),
    ("op welk moment moet je een gezwel vermoeden?", {}),
    ("hoe lang moet ge wachten voor ge aan kanker peinst?", {}),
    # fr: le cancer sujet d'un verbe qui cause
    ("un cancer des os peut provoquer une lombalgie ?", {}),
    ("les cancers donnent-ils des douleurs lombaires ?", {}),
    # fr: et s'il s'agissait de, peut-on avoir ... a cause de
    ("et s'il s'agissait d'un cancer des os ?", {}),
    ("le cancer peut provoquer des douleurs au dos ?", {}),
    ("peut-on avoir une lombalgie à cause d'un cancer ?", {}),
    ("les tumeurs donnent-elles mal au dos ?", {}),
    ("à partir de quand doit-on penser à un cancer ?", {}),
    ("quand soupçonner un cancer ?", {}),
    # fr: quand y penser
    ("quels symptômes doivent faire penser à une tumeur ?", {}),
]
KEPT = [
    # an own cancer told anywhere in the message
    ("i had bowel cancer three years ago, can cancer cause back pain?", C),
    ("i had a tumour removed, what if it's a tumour again?", C),
    ("what if my cancer has spread?", C),
    ("my cancer can cause back pain", C),
    ("i am on chemo at the moment", C),
    ("the doctor thinks it's a tumour", C),
    ("i have a tumour on my spine", C),
    ("when i was 50 they found a tumour", C),
    ("ik had kanker, en als het nu terug is?", C),
    ("ik heb borstkanker gehad, en als het nu een tumor is?", C),
    ("ik ben behandeld voor darmkanker, kan kanker rugpijn geven?", C),
    ("de dokter zegt dat het nu een tumor is", C),
    ("ik heb nu kanker", C),
    ("ik heb een tumor in mijn rug", C),
    ("toen ze een tumor vonden", C),
    ("j'ai eu un cancer, et s'il s'agissait d'une récidive ?", C),
    ("le médecin pense que c'est une tumeur", C),
    ("on a trouvé une tumeur", C),
    ("j'ai une tumeur", C),
    ("je suis sous chimio, un cancer peut-il donner mal au dos ?", C),
    # already read as questions, or another person's cancer
    ("does a tumour cause pain like this?", {}),
    ("could tumours lead to this sort of pain?", {}),
    ("when would a gp test for cancer?", {}),
    ("kan een tumor rugklachten geven?", {}),
    ("wanneer zou een huisarts aan een tumor denken?", {}),
    ("est-ce que la tumeur peut causer une sciatique ?", {}),
    ("on peut souffrir du dos à cause d'une tumeur ?", {}),
    ("à quel moment faut-il soupçonner une tumeur ?", {}),
    ("quand est-ce qu'un médecin doit penser à un cancer ?", {}),
    ("dès quand faut-il s'inquiéter d'un cancer quand on a mal au dos ?", {}),
    ("can the cancer cause back pain?", {}),
    ("does chemo cause back pain?", {}),
    ("could it be cancer?", {}),
    ("kan het kanker zijn?", {}),
    ("est-ce que ça peut être un cancer ?", {}),
    ("mijn moeder had kanker", {}),
    ("my mother had cancer", {}),
    ("le cancer de ma mère peut-il donner mal au dos ?", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
