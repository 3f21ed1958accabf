"""Session 44Q3 (issue 16): questions the session-start model and gate answered with no topic or the wrong one, fixed as
kinds in en, nl and fr (our own phrasings, none a set text).

- Sessions asked as a few visits set against months ("will 3 or 4 visits sort it out or is it a months thing?", "is da 3
  of 4 keer en gedaan of zijn we maanden bezig?", "c'est 3 ou 4 rendez-vous ou plutôt des mois ?") got no topic or the
  physio's role: the sessions (SESSION_COUNT_ASKED widened: a count or "a few" of sessions, then "or ... months").
- Surgery dreaded, asked as ending up with it ("will i end up needing an op on it?", "moet ik ooit onder het mes?", "je
  vais finir par me faire opérer ?"): surgery (SURGERY_ASKED widened), before the classifier's how serious it is.
- Starting before the doctor's paper, brought later ("can i begin the sessions and hand in the prescription later?",
  "mag ik al beginnen en het voorschrift later binnenbrengen?"): the prescription (WITHOUT_REFERRAL_ASKED widened).
- Walking, or the dog taken out, set against making it worse ("can i still take the dog out for a walk or will it make it
  worse?", "je peux encore sortir le chien ou ça va empirer ?"): rest or move (BED_REST_ASKED widened).
- Where the pillow goes, one place against the other ("pillow between my knees or under them?"): sleep
  (SLEEP_POSITION_ASKED widened).
- A fixed programme or one made to measure ("werken jullie met een vast schema of op maat?"): the physio's role
  (PHYSIO_ROLE_ASKED widened).
- Whether a private scan is worth paying for ("is it worth paying for a private mri?", "loont het om een private mri te
  betalen?"): the scan (new SCAN_WORTH_ASKED in each pack, with SCAN_ASKED in faq.py's _ASKED_FIRST), no longer a
  practice matter (_practice_matter_asked takes the phrase out, like BOOKING_ASKED).
- Whether it is normal it lasts this long, asked inside the pain told ("10 days now and still stiff every morning, is it
  normal it lasts this long?", "c'est normal que ça dure autant ?"): the healing time (HEALING_BY_ASKED widened), found
  by QuestionTopics._topics_asked_in_story through topics_put_first although "long" is no learned healing word.
Kept: how many sessions or how long to heal asked plainly (weeks or months without a session count stay the healing
time), how serious asked plainly or after an operation told, booking, paying later (no prescription phrase), walking that
makes it worse told (no rest phrase), staying in bed, exercises at home, where to get a private scan (a practice matter),
the stiffness told with nothing asked (no topic).
Left to the model (NLU examples in data/nlu/faq.yml and fr_faq.yml, the lead retrains): the classifier's ranking of these
forms without a phrase (staying in bed till it settles, the pillow asked alone, a plain dread of surgery), and the words
"bistouri", "aansleept", "operatietafel" known to the vocabulary.
Like the other topic rounds the gate is called without a model: EVIDENCE stands for what training learns, a ranking for
the classifier's."""
from bot.reading.faq import choose_topics, sentences_asked, stems, topics_put_first
from tests.support.reading_round import reading_round

EVIDENCE = {
    "faq_sessions": stems("sessions session sessies beurten keer seances"),
    "faq_physio_role": stems("physio physiotherapist kine kinesitherapeut kiné kinésithérapeute"),
    "faq_healing_time": stems("long heal weeks lang duren genezen weken longtemps guerir semaines"),
    "faq_surgery": stems("surgery operation operate opereren operatie chirurgie operer"),
    "faq_serious": stems("serious worry dangerous damage ernstig gevaarlijk schade grave dangereux inquieter"),
    "faq_prescription": stems("prescription referral voorschrift verwijsbrief ordonnance prescription"),
    "faq_booking": stems("book appointment afspraak boeken rendez-vous"),
    "faq_rest_or_move": stems("rest bed move walk exercises rust rusten bewegen oefeningen repos lit bouger exercices"),
    "faq_sleep": stems("sleep sleeping night slapen slaap nacht dormir nuit sommeil"),
    "faq_scan": stems("scan mri xray radio echo scanner irm radiographie"),
}


def first_of(ranking):
    return lambda text: choose_topics(ranking, text, EVIDENCE)


SESSIONS = [  # each got no topic or the physio's role on main
    ("will 3 or 4 visits sort it out or is it a months thing?", ["faq_sessions"]),
    ("is it a handful of sessions or am i in for months of this?", ["faq_sessions"]),
    ("like 5 treatments and done, or are we talking months?", ["faq_sessions"]),
    ("is da 3 of 4 keer en gedaan of zijn we maanden bezig?", ["faq_sessions"]),
    ("zijn dat een paar sessies of gaat dat maanden duren?", ["faq_sessions"]),
    ("een stuk of 5 behandelingen of wordt dat een kwestie van maanden?", ["faq_sessions"]),
    ("4-5 séances et c'est fini ou on part sur des mois ?", ["faq_sessions"]),
    ("quelques séances suffiront ou c'est des mois de kiné ?", ["faq_sessions"]),
    ("c'est 3 ou 4 rendez-vous ou plutôt des mois ?", ["faq_sessions"]),
]
SESSIONS_KEPT = [  # how many sessions asked plainly stays
    ("how many sessions will i need?", ["faq_sessions"]),
    ("hoeveel sessies heb ik nodig?", ["faq_sessions"]),
    ("combien de séances faut-il ?", ["faq_sessions"]),
]
HEALING_KEPT = [  # weeks or months asked for the healing alone stay the healing time
    ("i do 2 sessions of yoga a week, will it take weeks or months to heal?", ["faq_healing_time"]),
    ("how long does it take to heal, weeks or months?", ["faq_healing_time"]),
    ("hoe lang duurt het om te genezen, weken of maanden?", ["faq_healing_time"]),
    ("ça met combien de temps à guérir, des semaines ou des mois ?", ["faq_healing_time"]),
]
test_sessions_changed, test_sessions_kept = reading_round(
    first_of([("faq_physio_role", 0.5), ("faq_healing_time", 0.3), ("faq_sessions", 0.15)]), SESSIONS, SESSIONS_KEPT)
_, test_healing_kept = reading_round(first_of([("faq_healing_time", 0.5), ("faq_sessions", 0.3)]), [], HEALING_KEPT)

SURGERY = [  # each got how serious it is (or none) on main
    ("will i end up needing an op on it?", ["faq_surgery"]),
    ("am i gonna have to go under the knife eventually?", ["faq_surgery"]),
    ("moet ik ooit onder het mes denk je?", ["faq_surgery"]),
    ("ga ik uiteindelijk geopereerd moeten worden?", ["faq_surgery"]),
    ("je vais finir par me faire opérer ?", ["faq_surgery"]),
    ("est-ce que je devrai passer sur le billard un jour ?", ["faq_surgery"]),
]
SURGERY_KEPT = [  # how serious it is asked plainly stays; a past operation told is no surgery question
    ("is it serious?", ["faq_serious"]),
    ("is het ernstig?", ["faq_serious"]),
    ("c'est grave ?", ["faq_serious"]),
    ("ever since my surgery it aches, is that serious?", ["faq_serious"]),
    ("sinds mijn operatie doet het pijn, is dat ernstig?", ["faq_serious"]),
    ("depuis mon opération j'ai mal, c'est grave ?", ["faq_serious"]),
]
test_surgery_changed, test_surgery_kept = reading_round(
    first_of([("faq_serious", 0.5), ("faq_surgery", 0.3)]), SURGERY, SURGERY_KEPT)

PRESCRIPTION = [  # each got booking or none on main
    ("can i begin the sessions and hand in the prescription later?", ["faq_prescription"]),
    ("mag ik al beginnen en het voorschrift later binnenbrengen?", ["faq_prescription"]),
    ("kan ik starten en het voorschrift achteraf meebrengen? mijn dokter is op vakantie", ["faq_prescription"]),
    ("je peux commencer et vous amener l'ordonnance plus tard ?", ["faq_prescription"]),
    ("on peut démarrer les séances et je donne la prescription après ?", ["faq_prescription"]),
]
PRESCRIPTION_KEPT = [  # the referral brought later after the GP told stays; booking asked plainly stays booking
    ("my gp is off for two weeks, can i start now and bring the referral after?", ["faq_prescription"]),
    ("my gp is off for a week, can i start now and bring the referral once he is back?", ["faq_prescription"]),
    ("how do i book an appointment?", ["faq_booking"]),
    ("hoe maak ik een afspraak?", ["faq_booking"]),
    ("comment prendre rendez-vous ?", ["faq_booking"]),
    ("can i start now and pay later?", []),
    ("kan ik nu beginnen en later betalen?", []),
    ("je peux commencer maintenant et payer plus tard ?", []),
]
test_prescription_changed, test_prescription_kept = reading_round(
    first_of([("faq_booking", 0.5), ("faq_prescription", 0.3)]), PRESCRIPTION, PRESCRIPTION_KEPT)

REST = [  # each got no topic on main (the classifier unsure, how serious it is first)
    ("can i still take the dog out for a walk or will it make it worse?", ["faq_rest_or_move"]),
    ("is a little stroll round the block ok or am i making it worse?", ["faq_rest_or_move"]),
    ("mag ik nog met de hond gaan wandelen of maak ik het erger?", ["faq_rest_or_move"]),
    ("ne kleine wandeling met de hond, kan da of wordt het daar slechter van?", ["faq_rest_or_move"]),
    ("je peux encore sortir le chien ou ça va empirer ?", ["faq_rest_or_move"]),
    ("une petite balade ça va ou je risque d'aggraver ?", ["faq_rest_or_move"]),
]
REST_KEPT = [  # walking that makes it worse, told, with another question, stays that question; unsure: none
    ("walking makes it worse, is it serious?", ["faq_serious"]),
    ("wandelen maakt het erger, is dat ernstig?", ["faq_serious"]),
    ("marcher empire la douleur, c'est grave ?", ["faq_serious"]),
    ("i walk the dog every day, what do you think?", []),
    ("ik laat elke dag de hond uit, wat denk je?", []),
    ("je promène le chien tous les jours, vous en pensez quoi ?", []),
]
test_rest_changed, test_rest_kept = reading_round(
    first_of([("faq_serious", 0.5), ("faq_rest_or_move", 0.2)]), REST, REST_KEPT)

SLEEP = [  # each got rest or move (or none) on main
    ("pillow between my knees or under them?", ["faq_sleep"]),
    ("should the cushion go under my legs or between them?", ["faq_sleep"]),
    ("kussen tussen de knieën of eronder?", ["faq_sleep"]),
    ("leg ik best een kussen onder mijn knieën of ertussen?", ["faq_sleep"]),
    ("un coussin entre les genoux ou en dessous ?", ["faq_sleep"]),
    ("l'oreiller sous les jambes ou entre les deux ?", ["faq_sleep"]),
]
SLEEP_KEPT = [  # staying in bed stays rest or move
    ("should i stay in bed or keep walking?", ["faq_rest_or_move"]),
    ("moet ik in bed blijven of wandelen?", ["faq_rest_or_move"]),
    ("je reste au lit ou je marche ?", ["faq_rest_or_move"]),
    ("how should i lie in bed at night, side or back?", ["faq_sleep"]),
]
test_sleep_changed, test_sleep_kept = reading_round(
    first_of([("faq_rest_or_move", 0.6), ("faq_sleep", 0.3)]), SLEEP, SLEEP_KEPT)

ROLE = [  # each got no topic on main
    ("do you follow a fixed programme or is it tailored to the person?", ["faq_physio_role"]),
    ("is it the same routine for everyone or made to measure?", ["faq_physio_role"]),
    ("werken jullie met een vast schema of op maat?", ["faq_physio_role"]),
    ("is dat een standaard programma of aangepast aan mij?", ["faq_physio_role"]),
    ("vous suivez un protocole standard ou c'est adapté à chacun ?", ["faq_physio_role"]),
    ("c'est du sur mesure ou un programme type pour tout le monde ?", ["faq_physio_role"]),
]
ROLE_KEPT = [  # exercises at home asked alone stay rest or move; what a physio does stays the role
    ("any simple exercises i can do at home?", ["faq_rest_or_move"]),
    ("welke oefeningen kan ik thuis doen?", ["faq_rest_or_move"]),
    ("quels exercices faire à la maison ?", ["faq_rest_or_move"]),
    ("what does a physio actually do?", ["faq_physio_role"]),
]
test_role_changed, test_role_kept = reading_round(
    first_of([("faq_rest_or_move", 0.5), ("faq_physio_role", 0.2)]), ROLE, ROLE_KEPT)

SCAN = [  # each got no topic on main (a private scan read as a practice matter, or unsure)
    ("is it worth paying for a private mri?", ["faq_scan"]),
    ("should i just go private for an mri, any use?", ["faq_scan"]),
    ("loont het om een private mri te betalen?", ["faq_scan"]),
    ("een scan zelf betalen, heeft dat zin?", ["faq_scan"]),
    ("une irm dans le privé, ça vaut le coup ?", ["faq_scan"]),
]
SCAN_KEPT = [  # where to get a private scan stays a practice matter (no topic); a scan's need asked plainly stays
    ("where can i get a private mri?", []),
    ("do i need a scan?", ["faq_scan"]),
    ("moet ik een scan laten maken?", ["faq_scan"]),
    ("faut-il une irm ?", ["faq_scan"]),
    ("ça vaut la peine de payer un scanner de ma poche ?", ["faq_scan"]),
]
test_scan_changed, test_scan_kept = reading_round(
    first_of([("faq_serious", 0.5), ("faq_scan", 0.2)]), SCAN, SCAN_KEPT)


# the healing time's words as training learns them (learn_evidence over data/nlu: "long" and "lang" are no healing word,
# shared with how long a session lasts)
STORY_EVIDENCE = {**EVIDENCE, "faq_healing_time": stems("heal recover improve settle genezen herstel duurt duren guerir durer")}


def asked_in_story(text):
    """The gate as QuestionTopics._topics_asked_in_story calls it on the pain told with a question in it: the sentences
    asked, the topics with their words there or put first by a phrase, the classifier busy with the story (no chance)."""
    asked = " ".join(sentences_asked(text))
    if not asked:
        return []
    put_first, asked_stems = topics_put_first(asked), stems(asked)
    ranking = [(topic, 0.0) for topic, words in STORY_EVIDENCE.items() if asked_stems & set(words) or topic in put_first]
    return choose_topics(ranking, asked, STORY_EVIDENCE)


HEALING = [  # each, the pain told around it, got no answer on main
    ("10 days now and still stiff every morning, is it normal it lasts this long? they said a week tops", ["faq_healing_time"]),
    ("back still sore after 2 weeks. should it really take this long?", ["faq_healing_time"]),
    ("al 10 dagen 's morgens stijf, is dat normaal dat dat zo lang aansleept?", ["faq_healing_time"]),
    ("sinds twee weken pijn in mijn onderrug, is het normaal dat het zolang aansleept?", ["faq_healing_time"]),
    ("toujours raide au réveil après 10 jours, c'est normal que ça dure autant ?", ["faq_healing_time"]),
    ("mal au bas du dos depuis 2 semaines, est-ce normal que ça traîne autant ?", ["faq_healing_time"]),
]
HEALING_STORY_KEPT = [  # the stiffness told, nothing asked: no topic; how long asked plainly stays the healing time
    ("stiff every morning for 10 days, they told me a week max", []),
    ("al 10 dagen elke ochtend stijf, ze zeiden max een week", []),
    ("raide tous les matins depuis 10 jours, on m'avait dit une semaine max", []),
    ("how long does it take to heal?", ["faq_healing_time"]),
    ("hoe lang duurt het om te genezen?", ["faq_healing_time"]),
    ("combien de temps pour guérir ?", ["faq_healing_time"]),
]
test_healing_story_changed, test_healing_story_kept = reading_round(asked_in_story, HEALING, HEALING_STORY_KEPT)
