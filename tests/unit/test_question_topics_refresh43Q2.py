"""Session 43Q2 (issue 16): questions the session-start model and gate answered off topic, or gave a topic where none
fits, fixed as kinds in en, nl and fr (our own phrasings, none a set text).

- What the physio does asked through the exercises for home ("is it just a sheet of exercises for home or do you treat
  me?", "krijg ik enkel een blad met oefeningen mee?", "vous allez me filer des exos pour la maison ou ça se passe au
  cabinet ?") got rest or move (HOME_EXERCISE_ASKED): the packs' PHYSIO_ROLE_ASKED widened, and the physio's role found
  with the exercises' phrase goes first (faq.py _ROLE_OVER_REST, like sport over rest); what a physio is for asked with
  the back named first ("un kiné pour le dos, ça sert à quoi ?"), or as putting vertebrae back, is the physio's role.
- What a scan shows, or whether one is worth it ("will an mri pick up if a disc is damaged?", "is het de moeite om een
  scan te laten maken?", "on verrait quoi sur une radio ?"): the scan (SCAN_ASKED widened), before how serious it is.
- Lasting damage feared and asked ("have i wrecked my back for good?", "blijvende schade?", "des séquelles à vie ?"):
  how serious it is (SERIOUS_ASKED widened).
- A healing figure read or heard, asked ("online they say 6 to 8 weeks to heal, true?", "ze zeggen 4 tot 6 weken om te
  genezen", "on lit partout 6 semaines pour guérir"): the healing time (HEALING_BY_ASKED widened).
- No topic: a heel's own pain (OTHER_BODY_PARTS: "my heel is killing me in the first steps in the morning"), paid parking
  in the street asked after the parking (PRACTICE_MATTERS: "is da betalend in de buurt?"), a bus from a named station
  (the words between widened), a Dutch knee hurting with its side told ("doet mijn knie aan de binnenkant pijn").
- How to lie asked after the night told, the position asked in the next sentence ("la nuit c'est l'horreur, je sais pas
  comment me coucher. sur le ventre ?") is no night pain (red-flag reader, redflags.py _night_position_asked_next): the
  position is asked, like 42Q's comma; the classifier's report_red_flag is then read as the pain told (RedFlagDetector),
  and a question with "?" that tells nothing the check reads goes to the gate (QuestionTopics, story_question).
Kept: the night told with nothing easing it or no position asked (a red flag), exercises at home asked alone (rest or
move), a scan's need asked plainly, damage feared from a sport, the healing time asked plainly, the back's pain going to
the heel (the back's), the location asked.
Like the other topic rounds the gate is called without a model: EVIDENCE stands for what training learns, a ranking for
the classifier's. Left to the model (NLU examples in data/nlu/faq.yml and fr_faq.yml, the lead retrains): the words
"rebouteux", "vertèbres", "sheet", "blad", "séquelles", "blijvende", "betalend" known to the vocabulary, and the
classifier's own ranking of these forms."""
from bot.reading.faq import about_something_else, choose_topics, stems
from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

EVIDENCE = {
    "faq_rest_or_move": stems("rest bed move walk exercises rust rusten bewegen oefeningen repos lit bouger exercices"),
    "faq_physio_role": stems("physio physiotherapist kine kinesitherapeut kiné kinésithérapeute"),
    "faq_scan": stems("scan mri xray radio echo scanner irm radiographie"),
    "faq_serious": stems("serious worry dangerous damage ernstig gevaarlijk schade grave dangereux inquieter"),
    "faq_healing_time": stems("long heal weeks lang duren genezen weken longtemps guerir semaines"),
    "faq_location_hours": stems("where address located find station adres waar ligging station adresse ou trouve gare"),
    "faq_sleep": stems("sleep sleeping night slapen slaap nacht dormir nuit sommeil"),
}


def first_of(ranking):
    return lambda text: choose_topics(ranking, text, EVIDENCE)


ROLE = [  # each got rest or move (or none) on main
    ("what sort of treatment do you guys give, is it only a sheet of exercises for home?", ["faq_physio_role"]),
    ("will you just hand me some exercises to do at home or do you do the treatment at the practice?",
     ["faq_physio_role"]),
    ("krijg ik bij jullie enkel een blad met oefeningen voor thuis mee?", ["faq_physio_role"]),
    ("gaan jullie mij oefeningen geven voor thuis of gebeurt alles in de praktijk?", ["faq_physio_role"]),
    ("wat voor behandeling doen jullie, is het gewoon een papier met oefeningen voor thuis?", ["faq_physio_role"]),
    ("vous allez me filer des exos pour la maison ou ça se passe au cabinet ?", ["faq_physio_role"]),
    ("c'est juste une feuille d'exercices à faire chez moi ou vous me soignez ?", ["faq_physio_role"]),
    ("un kiné pour le dos, ça sert à quoi en vrai ?", ["faq_physio_role"]),
    ("vous remettez les vertèbres en place vous aussi ?", ["faq_physio_role"]),
]
ROLE_KEPT = [  # exercises at home asked alone stay rest or move
    ("any simple exercises i can do at home?", ["faq_rest_or_move"]),
    ("welke oefeningen kan ik thuis doen?", ["faq_rest_or_move"]),
    ("quels exercices faire à la maison ?", ["faq_rest_or_move"]),
    ("mag ik thuis oefeningen op de grond doen?", ["faq_rest_or_move"]),
    ("des petits étirements à la maison, c'est bon ?", ["faq_rest_or_move"]),
    ("should i stay in bed or keep walking?", ["faq_rest_or_move"]),
]
test_role_changed, test_role_kept = reading_round(
    first_of([("faq_rest_or_move", 0.6), ("faq_physio_role", 0.3)]), ROLE, ROLE_KEPT)

SCAN = [  # each got how serious it is on main
    ("would an mri pick up whether a disc is damaged?", ["faq_scan"]),
    ("can an x-ray even see if my spine is damaged?", ["faq_scan"]),
    ("ziet men op een radio of er iets beschadigd is?", ["faq_scan"]),
    ("zou een mri tonen of er iets kapot is?", ["faq_scan"]),
    ("une irm montrerait si quelque chose est abîmé ?", ["faq_scan"]),
    ("on verrait des dégâts sur une radio ?", ["faq_scan"]),
]
SCAN_WORTH = [  # each got none on main
    ("my work insurance pays for scans, worth getting one done now?", ["faq_scan"]),
    ("is it worth having an mri at this stage?", ["faq_scan"]),
    ("heeft het zin om nu al een scan te laten maken?", ["faq_scan"]),
    ("is het de moeite om een foto te laten nemen?", ["faq_scan"]),
    ("ça vaut le coup de faire une irm maintenant ?", ["faq_scan"]),
    ("la mutuelle rembourse le scanner, ça vaut la peine d'en faire un ?", ["faq_scan"]),
]
SCAN_KEPT = [  # how serious it is asked plainly stays; the classifier's serious with its words too
    ("is it serious?", ["faq_serious"]),
    ("is het ernstig?", ["faq_serious"]),
    ("c'est grave ?", ["faq_serious"]),
    ("could i have damaged something?", ["faq_serious"]),
]
test_scan_changed, test_scan_kept = reading_round(
    first_of([("faq_serious", 0.8), ("faq_scan", 0.1)]), SCAN, SCAN_KEPT)
test_scan_worth_changed, _ = reading_round(first_of([("faq_healing_time", 0.5), ("faq_scan", 0.3)]), SCAN_WORTH, [])

SERIOUS = [  # each got none on main
    ("have i wrecked my back for good??", ["faq_serious"]),
    ("heb ik mijn rug nu voorgoed kapot gemaakt?", ["faq_serious"]),
    ("j'ai bousillé mon dos pour de bon ?", ["faq_serious"]),
]
HEALING = [  # each got none on main
    ("online they all say 6 to 8 weeks to heal, is that right?", ["faq_healing_time"]),
    ("my mate reckons 4-6 weeks to recover, true?", ["faq_healing_time"]),
    ("ze zeggen overal 4 tot 6 weken om te genezen, klopt dat?", ["faq_healing_time"]),
    ("op internet lees ik 6 weken voor het over is, is dat zo?", ["faq_healing_time"]),
    ("on lit partout 6 semaines pour guérir, c'est vrai ?", ["faq_healing_time"]),
    ("le médecin dit 4 à 6 semaines pour que ça passe, c'est réaliste ?", ["faq_healing_time"]),
]
SERIOUS_KEPT = [  # the scan or the healing time asked plainly stay; no phrase, unsure: none
    ("do i need a scan?", ["faq_scan"]),
    ("moet ik een scan laten maken?", ["faq_scan"]),
    ("faut-il une irm ?", ["faq_scan"]),
    ("what do you think?", []),
    ("wat denk je?", []),
    ("vous en pensez quoi ?", []),
]
test_serious_changed, test_serious_kept = reading_round(
    first_of([("faq_scan", 0.5), ("faq_serious", 0.3), ("faq_healing_time", 0.1)]), SERIOUS, SERIOUS_KEPT)
test_healing_changed, _ = reading_round(first_of([("faq_scan", 0.5), ("faq_healing_time", 0.3)]), HEALING, [])

ELSE = [  # each read as about the back on main (given a topic)
    ("by the way my heel burns in the first few steps every morning, why?", True),
    ("pain under my heel when i get up, what causes that?", True),
    ("j'ai des douleurs sous le talon au lever, c'est quoi ?", True),
    ("le matin mes talons me lancent, pourquoi ?", True),
    ("mijn hiel doet 's ochtends bij de eerste stappen pijn, wat is dat?", True),
    ("sinds ik ben gaan wandelen doet mijn knie aan de binnenkant pijn, wat kan het zijn?", True),
    ("kan ik bij jullie parkeren? is het betalend in de straat?", True),
    ("which bus do i get from leuven central station to reach you?", True),
    ("on peut se garer chez vous ? c'est payant dans le quartier ?", True),
]
ELSE_KEPT = [  # the back's pain going down to the heel is the back's; the location asked stays
    ("my back pain goes right down to my heel, is that sciatica?", False),
    ("mijn rugpijn straalt uit tot in mijn hiel, is dat ischias?", False),
    ("j'ai mal au dos jusqu'au talon, c'est une sciatique ?", False),
    ("where are you exactly?", False),
    ("waar zijn jullie gevestigd?", False),
    ("vous êtes où ?", False),
    ("mijn rug doet pijn sinds ik ben gaan wandelen, is dat normaal?", False),
]
test_else_changed, test_else_kept = reading_round(about_something_else, ELSE, ELSE_KEPT)

NIGHT = [  # each read as night pain on main: how to lie asked, the position in the next sentence
    ("the pain at night is awful, no idea how to lie. on my side?", False),
    ("the pain at night is awful, not sure how i should sleep. on my front? on my back?", False),
    ("'s nachts doet het zo'n pijn, ik weet niet hoe ik moet liggen. op mijn zij?", False),
    ("'s nachts heb ik veel pijn, ik weet niet hoe ik moet slapen. op mijn buik of op mijn rug?", False),
    ("la nuit c'est l'enfer, je sais pas comment me coucher. sur le ventre ?", False),
    ("la nuit c'est l'enfer, je ne sais pas comment dormir. sur le côté ? sur le dos ?", False),
]
NIGHT_KEPT = [  # the night told plainly, with nothing easing it, or no position asked, stays a red flag
    ("the pain at night is awful, no idea how to lie. on my side? nothing helps anyway", True),
    ("the pain at night is awful, no idea how to lie", True),
    ("the pain at night is awful, nothing helps. on my side?", True),
    ("'s nachts doet het zo'n pijn, ik weet niet hoe ik moet liggen", True),
    ("'s nachts heb ik veel pijn, niets helpt. op mijn zij?", True),
    ("la nuit c'est l'enfer, je sais pas comment me coucher", True),
    ("la nuit c'est l'enfer, rien ne soulage. sur le ventre ?", True),
    ("la nuit c'est l'enfer, je sais pas comment me coucher. sur le côté ? rien ne soulage", True),
    ("la nuit c'est l'enfer. je sais pas comment me coucher. sur le côté ?", True),
    ("la nuit c'est l'enfer, comment me coucher, sur le dos ?", False),
]
test_night_changed, test_night_kept = reading_round(lambda text: bool(find_red_flags(text)), NIGHT, NIGHT_KEPT)
SLEEP = [  # each got no topic on main (rest or move unsure, without its words): how to lie asked as not known
    ("the pain at night is awful, no idea how to lie. on my side?", ["faq_sleep"]),
    ("dunno how i should sleep with this, on my front?", ["faq_sleep"]),
    ("'s nachts doet het zo'n pijn, ik weet niet hoe ik moet liggen. op mijn zij?", ["faq_sleep"]),
    ("ik weet nie hoe ik moet slapen, op mijn buik?", ["faq_sleep"]),
    ("je sais plus comment dormir, sur le ventre ?", ["faq_sleep"]),
]
SLEEP_KEPT = [  # staying in bed stays rest or move
    ("should i stay in bed or keep walking?", ["faq_rest_or_move"]),
    ("moet ik in bed blijven of wandelen?", ["faq_rest_or_move"]),
    ("je reste au lit ou je marche ?", ["faq_rest_or_move"]),
    ("ik weet niet hoe lang ik moet blijven liggen", []),
]
test_sleep_changed, test_sleep_kept = reading_round(
    first_of([("faq_rest_or_move", 0.6), ("faq_sleep", 0.3)]), SLEEP, SLEEP_KEPT)
