"""Session 40Q (issue 16): another body part's complaint (the knee, the ankle, the heel, the hip, the foot) told in the
sentence before a short question about it ("what's causing it?", "hoe weet ik of het gebroken is?", "ça vient d'où ?"),
the back not named, got the back's unspecific-pain or serious answer; fixed as a kind in en, nl and fr (our own
phrasings, none a set text).

Why it was not seen: bot/reading/faq.py's about_something_else reads the whole message (the sentences told before the
question too) against OTHER_SUBJECTS and OTHER_BODY_PARTS, and 36H's complaint forms named only the knee and the ankle,
with a few verbs and no more than two words between the pain and the part. So the packs' OTHER_BODY_PARTS grew (one
list of parts, _COMPLAINT_PARTS, knee, ankle, foot, heel, hip, wrist, elbow, shoulder, neck):
- en: Nigerian Pidgin and street forms ("my knee dey pain me", "don dey"), the pain at the front or side of the part,
  the part swollen, puffy or bruised, foot, heel and hip as the complaint;
- nl: gone through one's ankle or foot ("door mijn enkel gegaan"), twisted ("verdraaid", "omgeklapt"), blue or swollen up
  ("opgezwollen", "blauw"), Flemish "sukkelen met", foot, heel and hip as the complaint;
- fr: the pain in front of, behind or at the side of the part ("mal devant le genou", "sur le côté du genou"), landed
  badly on it ("mal retombé sur la cheville"), blue or swollen, foot, heel and hip as the complaint.
Kept: where the back's pain goes (PAIN_GOES_TO: "my back pain goes down to my knee"), the back named with the knee (today's
reading), the stairs with back pain, a pillow between the knees (sleep), a numb foot (not a complaint form: how serious).
Like the other topic rounds the gate is called without a model: EVIDENCE stands for what training learns, a ranking for
the classifier's (a sure one: the topic shown on main)."""
from bot.reading.faq import choose_topics, stems
from tests.support.reading_round import reading_round

EVIDENCE = {
    "faq_nonspecific": stems("pain where cause causes causing why from pijn waar oorzaak vandaan waarom douleur cause "
                             "vient pourquoi"),
    "faq_serious": stems("serious broken worry grave ernstig gebroken zorgen erg grave casse inquieter"),
    "faq_sleep": stems("sleep pillow mattress slapen kussen matras dormir coussin oreiller"),
    "faq_when_doctor": stems("doctor gp see huisarts dokter medecin generaliste"),
}


def first_of(ranking):
    return lambda text: choose_topics(ranking, text, EVIDENCE)


OTHER_PART = [  # each got the unspecific pain (or when to see a doctor) on main
    ("my knee dey pain me every morning, wetin dey cause am?", []),
    ("my knee don dey pain me since last month, wetin fit be the cause?", []),
    ("pain at the front of my knee after long runs, why does that happen?", []),
    ("my heels are aching when i get out of bed, what could cause that?", []),
    ("my foot is killing me after the hike, what's causing it?", []),
    ("my hip hurts when i climb into the car, why?", []),
    ("landed awkwardly and my ankle is all puffy and bruised, what's causing it?", []),
    ("sore heel for weeks now, where does that come from?", []),
    ("mijn hiel doet zeer als ik opsta, waar komt dat van?", []),
    ("mijn heup doet pijn bij het fietsen, wat is de oorzaak?", []),
    ("m'n voeten doen pijn als ik lang sta, waar komt da van?", []),
    ("zaterdag bij het basketten door mijne voet gegaan, waar komt die pijn vandaan?", []),
    ("ik ben door mijn enkel gegaan op de stoep, waarom doet dat zo'n pijn?", []),
    ("mijn knie is blauw en opgezwollen na de val, waar komt dat van?", []),
    ("mijn enkel is verdraaid bij het voetballen, wat is de oorzaak?", []),
    ("ik sukkel al weken met mijne knie, wat kan de oorzaak zijn?", []),
    ("j'ai une gêne à l'avant du genou en m'accroupissant, c'est quoi la cause ?", []),
    ("douleur derrière la cheville en marchant, ça vient d'où ?", []),
    ("mon talon me fait mal le matin, pourquoi ?", []),
    ("ma hanche me fait mal quand je monte dans la voiture, pourquoi ?", []),
    ("douleur sur le côté du genou en courant, c'est quoi la cause ?", []),
    ("mon pied me lance depuis la randonnée, ça vient d'où ?", []),
    ("je suis mal retombé sur la cheville au volley, pourquoi ça fait si mal ?", []),
    ("la cheville est toute bleue depuis dimanche, ça vient d'où ?", []),
]
OTHER_PART_KEPT = [  # where the back's pain goes, the back named, the stairs with back pain keep their topic
    ("my back pain goes down to my knee, what causes it?", ["faq_nonspecific"]),
    ("my back and knee hurt, what's the cause?", ["faq_nonspecific"]),
    ("my back hurts on the stairs, why?", ["faq_nonspecific"]),
    ("the pain shoots from my lower back into my hip, why?", ["faq_nonspecific"]),
    ("my back dey pain me well well, wetin dey cause am?", ["faq_nonspecific"]),
    ("mijn rugpijn trekt tot in mijn knie, waar komt dat van?", ["faq_nonspecific"]),
    ("mijn rug doet pijn op de trap, waarom?", ["faq_nonspecific"]),
    ("mijn rug en mijn knie doen pijn, wat is de oorzaak?", ["faq_nonspecific"]),
    ("j'ai mal au dos dans les escaliers, pourquoi ?", ["faq_nonspecific"]),
    ("la douleur du dos descend jusqu'au genou, ça vient d'où ?", ["faq_nonspecific"]),
    ("j'ai mal au dos et au genou, c'est quoi la cause ?", ["faq_nonspecific"]),
]
test_other_part_changed, test_other_part_kept = reading_round(
    first_of([("faq_nonspecific", 0.9), ("faq_serious", 0.05)]), OTHER_PART, OTHER_PART_KEPT)

BROKEN = [  # each got how serious it is on main
    ("my ankle dey swell since the match, how i go know if e broke?", []),
    ("stepped off the kerb and my foot is swollen, how do i tell if something is broken?", []),
    ("door mijn enkel geklapt bij het springen, hoe weet ik of er iets gebroken is?", []),
    ("mijne voet staat helemaal dik sinds gisteren, is da erg?", []),
    ("mon pied est tout gonflé depuis hier, comment savoir si c'est cassé ?", []),
    ("je suis mal retombé sur le pied, c'est grave ?", []),
]
BROKEN_KEPT = [  # the back's own question, a numb foot (no complaint form) and the other person stay
    ("fell on my back on the ice, how do i know if something is broken?", ["faq_serious"]),
    ("my foot goes numb when i sit long, is it serious?", ["faq_serious"]),
    ("mijn voet slaapt soms in als ik lang zit, is dat erg?", ["faq_serious"]),
    ("ik viel op mijn rug, hoe weet ik of er iets gebroken is?", ["faq_serious"]),
    ("je suis tombé sur le dos, comment savoir si c'est cassé ?", ["faq_serious"]),
]
test_broken_changed, test_broken_kept = reading_round(
    first_of([("faq_serious", 0.9), ("faq_nonspecific", 0.05)]), BROKEN, BROKEN_KEPT)

SLEEP_KEPT = [  # a pillow between or under the knees stays sleep
    ("is a knee pillow good for sleeping?", ["faq_sleep"]),
    ("would a pillow between my knees help me sleep better?", ["faq_sleep"]),
    ("helpt een kussen tussen de knieën om beter te slapen?", ["faq_sleep"]),
    ("dormir avec un coussin entre les genoux, ça aide ?", ["faq_sleep"]),
]
_, test_sleep_kept = reading_round(first_of([("faq_sleep", 0.9), ("faq_nonspecific", 0.05)]), [], SLEEP_KEPT)
