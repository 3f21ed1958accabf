"""Session 41Q (issue 16): on-topic questions that got no answer, from the FAQ blind set of session 41, fixed as kinds in
en, nl and fr (our own phrasings, none a set text).

- A question asked inside the pain told, addressed first to a title without a greeting ("Sir how long till it heals? I
  moved a fridge on saturday", "dokter hoelang duurt het ...", "madame combien de temps ..."): the designed path (a
  story with its question: bot.nlu.question_topics' _topics_asked_in_story, answered by
  actions.questions.answer_asked_in_story, the check keeping the story) read no question in it, "sir how long" opening
  with no question word. The packs' new ADDRESSED titles are stripped before the question as a greeting is
  (faq._GREETING), so the story's question reaches that path. Without a title it was answered already; a title
  before a statement ("doctor told me to rest ...") still asks nothing.
- Whether a scan is needed asked in broken or street words ("is time for do a scan or not yet", "when i should get
  xray", "moet ik een foto laten nemen of niet"), or a doctor who will not send for one asked about ("my gp won't send
  me for a scan, is that ok?", "mijn huisarts wil geen mri laten maken", "le généraliste refuse de me prescrire une
  radio") is the scan's: new SCAN_ASKED in faq._ASKED_FIRST (the packs' questions.py), before when to see a doctor,
  whom the classifier often ranked first. French "m'envoyer passer une IRM" (a doctor sending for a scan) was a
  practice matter (a report sent, PRACTICE_MATTERS of session 39P): "envoyer" with "passer", "faire", "pour", "en"
  after it is no longer one; Dutch "voor een scan doorsturen" likewise.
Kept: a report sent before the first session stays a practice matter, a scan report to read stays no topic, a scan of
another part stays no topic, "is it normal that it hurts" is no scan, a scan already booked told before another
question keeps that question's topic, seeing the doctor stays when to see a doctor, a red flag with a scan asked stays
a red flag.
Like the other topic rounds the gate is called without a model: EVIDENCE stands for what training learns, a ranking for
the classifier's. Left to the model (NLU examples in data/nlu/faq.yml and fr_faq.yml, the lead retrains): a healing
time asked with a one-line story, and a scan asked in broken words or refused by the doctor."""
from bot.reading.faq import choose_topics, is_topic, sentences_asked, stems
from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

EVIDENCE = {
    "faq_healing_time": stems("how long heal heals healed healing recovery better weeks take away itself hoelang duurt "
                              "genezen geneest hersteld herstel weken beter vanzelf combien temps guerir guerisse gueri "
                              "guerison semaines passer mieux recuperer"),
    "faq_sessions": stems("sessions how many sessies hoeveel beurten seances combien"),
    "faq_scan": stems("scan mri xray ray imaging scanner foto rontgen radio irm echographie"),
    "faq_when_doctor": stems("doctor gp see huisarts dokter arts medecin generaliste voir"),
    "faq_work": stems("work job office werken werk job travailler travail boulot"),
}
STORY_RANKING = [("describe_pain", 0.6), ("faq_healing_time", 0.55), ("faq_sessions", 0.3)]


def asked_in_story(text):
    """The topics of the question asked inside the pain told, as bot.nlu.question_topics reads them (the sentences
    asked, the topics whose words they have, the gate on them)."""
    asked = sentences_asked(text)
    if not asked:
        return []
    words = set().union(*(stems(sentence) for sentence in asked))
    ranking = [(topic, chance) for topic, chance in STORY_RANKING if is_topic(topic) and words & EVIDENCE[topic]]
    return choose_topics(ranking, " ".join(asked), EVIDENCE)


ADDRESSED = [  # each asked nothing on main: no question word first, the story's question went unanswered
    ("Sir how long will it take before my back is better? I moved a fridge on saturday", ["faq_healing_time"]),
    ("Madam how many weeks before it heals? did my back in lifting tiles yesterday", ["faq_healing_time"]),
    ("doc how long does a strained back take to heal? happened at the gym on tuesday", ["faq_healing_time"]),
    ("Doctor when will it be better? I picked up my toddler on monday and felt it go", ["faq_healing_time"]),
    ("maam how long till its healed? carried paving stones all weekend", ["faq_healing_time"]),
    ("sir will it heal by itself? hurt it moving furniture 2 days ago", ["faq_healing_time"]),
    ("madam how long does recovery take? bent over to pick up a box this morning", ["faq_healing_time"]),
    ("Ma'am how long does healing take? twisted it picking up shopping bags on wednesday", ["faq_healing_time"]),
    ("Dokter hoelang duurt het voor dit geneest? ik heb zaterdag een kast verzet", ["faq_healing_time"]),
    ("meneer hoeveel weken duurt het herstel? heb gisteren bakken bier gedragen", ["faq_healing_time"]),
    ("mevrouw wanneer is dit genezen? ik heb maandag tegels gelegd", ["faq_healing_time"]),
    ("mevrouw hoelang duurt zoiets meestal? zondag mijn rug geforceerd bij het verhuizen", ["faq_healing_time"]),
    ("Meneer hoelang gaat dit duren voor het hersteld is? ik heb vrijdag zakken potgrond getild", ["faq_healing_time"]),
    ("dokter hoelang gaat da nog duren? ik heb zaterdag nen diepvries verplaatst", ["faq_healing_time"]),
    ("mevrouw hoe lang duurt het eer da genezen is? heb gisteren ne kast opgeheven", ["faq_healing_time"]),
    ("meneer hoeveel weken duurt het voor ik hersteld ben? ik tilde dinsdag mijn kleinzoon op", ["faq_healing_time"]),
    ("Docteur combien de temps pour guérir ? j'ai déménagé des cartons samedi", ["faq_healing_time"]),
    ("madame combien de semaines avant que ça guérisse ? je me suis fait mal en portant un frigo hier",
     ["faq_healing_time"]),
    ("monsieur est-ce que ça va passer tout seul ? j'ai soulevé un meuble lundi", ["faq_healing_time"]),
    ("docteur combien de temps faut-il pour guérir ? j'ai porté mon fils dimanche", ["faq_healing_time"]),
    ("Monsieur combien de temps dure la guérison ? je me suis bloqué en jardinant vendredi", ["faq_healing_time"]),
    ("madame quand est-ce que ça ira mieux ? je me suis penché pour ramasser un carton ce matin",
     ["faq_healing_time"]),
    ("docteur combien de semaines pour guérir ? j'ai soulevé des parpaings mardi", ["faq_healing_time"]),
    ("monsieur combien de temps avant de récupérer ? j'ai tiré un lit samedi", ["faq_healing_time"]),
]
ADDRESSED_KEPT = [  # a question without a title, or after a title and a comma, was answered already; a title before a
    # statement asks nothing
    ("doc, how long before i'm better? lifted a sack of sand on friday", ["faq_healing_time"]),
    ("dokter, hoelang gaat dit nog duren? zondag mijn rug geforceerd bij het verhuizen", ["faq_healing_time"]),
    ("docteur, combien de temps pour guérir ? j'ai porté des cartons samedi", ["faq_healing_time"]),
    ("how long will it take to heal? i lifted a box on monday", ["faq_healing_time"]),
    ("hoelang duurt het voor dit geneest? ik heb zaterdag een kast verzet", ["faq_healing_time"]),
    ("combien de temps pour guérir ? j'ai porté des cartons samedi", ["faq_healing_time"]),
    ("sir i lifted a box on monday and my back hurts", []),
    ("doctor told me to rest, lifted a box on monday", []),
    ("dokter zei dat ik moet rusten, heb zaterdag een kast verzet", []),
    ("le docteur m'a dit de me reposer, j'ai porté des cartons samedi", []),
    ("sir my back hurts since monday, what should i do?", []),
    ("meneer mijn rug doet pijn sinds maandag, wat moet ik doen?", []),
    ("madame j'ai mal au dos depuis lundi, je fais quoi ?", []),
]
test_addressed_changed, test_addressed_kept = reading_round(asked_in_story, ADDRESSED, ADDRESSED_KEPT)


def first_of(ranking):
    return lambda text: choose_topics(ranking, text, EVIDENCE)


SCAN = [  # each got no topic or when to see a doctor on main
    ("ten days with this back, is it time for do a scan or not yet?", ["faq_scan"]),
    ("need mri or not for back pain 3 weeks?", ["faq_scan"]),
    ("when i should get xray for my back?", ["faq_scan"]),
    ("back still bad, must i do a scan?", ["faq_scan"]),
    ("my gp won't send me for a scan, is that ok?", ["faq_scan"]),
    ("the doctor refused to order an x-ray, is that normal?", ["faq_scan"]),
    ("my doctor doesn't want to refer me for an mri, should i push?", ["faq_scan"]),
    ("is an mri even necessary for a bad back?", ["faq_scan"]),
    ("onze huisarts wil geen mri laten nemen, is dat wel normaal?", ["faq_scan"]),
    ("de dokter weigert een scan voor te schrijven, klopt dat?", ["faq_scan"]),
    ("moet ik nu een foto laten nemen of niet?", ["faq_scan"]),
    ("is het tijd voor een scan of nog even wachten?", ["faq_scan"]),
    ("heb ik een mri nodig na drie weken?", ["faq_scan"]),
    ("moet ik ne scan laten doen of ist nog te vroeg?", ["faq_scan"]),
    ("mijne dokter wil mij ni doorsturen voor een scan, is da normaal?", ["faq_scan"]),
    ("is een scan nodig bij lage rugpijn?", ["faq_scan"]),
    ("mon généraliste ne veut pas me prescrire d'IRM, c'est normal ?", ["faq_scan"]),
    ("le médecin refuse de me faire faire une radio, c'est normal ?", ["faq_scan"]),
    ("faut-il faire une IRM après trois semaines ?", ["faq_scan"]),
    ("c'est le moment de passer un scanner ou pas ?", ["faq_scan"]),
    ("une radio est-elle nécessaire pour une lombalgie ?", ["faq_scan"]),
    ("je dois faire une radio ou pas ?", ["faq_scan"]),
    ("mon doc veut pas m'envoyer faire un scanner, c'est logique ?", ["faq_scan"]),
    ("est-ce que j'ai besoin d'une échographie du dos ?", ["faq_scan"]),
]
SCAN_KEPT = [  # a report to read or to send, another part's scan, no scan asked: as on main
    ("can you read my mri report for me?", []),
    ("kunnen jullie mijn mri-verslag lezen?", []),
    ("vous pouvez lire le compte rendu de mon IRM ?", []),
    ("can i email my mri report before the first session?", []),
    ("kan ik mijn mri-verslag vooraf doorsturen?", []),
    ("je peux vous envoyer mon IRM avant la séance ?", []),
    ("my knee hurts, do i need an mri of it?", []),
    ("moet ik een scan van mijn knie laten maken?", []),
    ("faut-il une radio du genou ?", []),
    ("is it normal that it hurts this much?", []),
    ("is het normaal dat het zoveel pijn doet?", []),
    ("c'est normal que ça fasse aussi mal ?", []),
    ("should i see my gp?", ["faq_when_doctor"]),
    ("moet ik naar de huisarts?", ["faq_when_doctor"]),
    ("je dois voir mon médecin ?", ["faq_when_doctor"]),
]
test_scan_changed, test_scan_kept = reading_round(
    first_of([("faq_when_doctor", 0.45), ("faq_scan", 0.38)]), SCAN, SCAN_KEPT)
BOOKED_KEPT = [  # a scan already booked, told before another question: that question's topic
    ("i have a scan booked next week, can i still go to work?", ["faq_work"]),
    ("ik heb volgende week een mri, mag ik gaan werken?", ["faq_work"]),
    ("j'ai une IRM la semaine prochaine, je peux travailler ?", ["faq_work"]),
]
_, test_booked_kept = reading_round(first_of([("faq_work", 0.8), ("faq_scan", 0.1)]), [], BOOKED_KEPT)

RED_FLAG_KEPT = [  # a red flag with a scan asked stays a red flag (the red-flag reader's, before any topic)
    ("i can't feel my bum and can't pee since last night, do i need a scan?", True),
    ("ik voel mijn zitvlak niet meer en kan niet plassen, moet ik een scan laten maken?", True),
    ("je ne sens plus mes fesses et je n'arrive plus à uriner, faut-il une IRM ?", True),
]
_, test_red_flag_kept = reading_round(lambda text: bool(find_red_flags(text)), [], RED_FLAG_KEPT)
