"""Which question topics a message asks about: at most two, or none.

Pure Python (no Rasa import). The intent classifier names one topic for any question,
even one that fits none ("can I take a bath?" came out as "is it serious?" with 0.54),
and never two. So the classifier proposes and the words decide:

- `learn_evidence(examples)`: for each topic, the words that tell it apart in the
  training data (in at least `min_count` of its examples, and at least `min_share` of
  all the examples with that word, over every intent). Learned at training time, so a
  new topic needs only its examples and its answer.
- `learn_vocabulary(examples, common_words, lemma_tables)`: every word of the training
  data and the language's common words (its stop words), with every other form of
  their lemmas in the lemma tables (spaCy's lookup tables: "lost" known makes "losing"
  and "loses" known, "sliep" makes "slapen"). A question with a word outside it ("do
  inversion tables work?", "welke vitamines helpen?") is about something the topics
  were not trained on, where the classifier is often sure and wrong.
- `choose_topics(ranking, text, evidence, known=...)`: the classifier's topic when it is
  sure (confidence >= `sure`) or when the message has one of the topic's words; with an
  unknown word, only when it is sure AND has the topic's words (or is very sure, VERY_SURE)
  AND it is the only unknown word (two unknown words are a subject of their own; when the classifier is very sure,
  VERY_SURE, and the topic's words are there, two are the person's context); a Dutch compound counts:
  "warmwaterkruik" has "kruik". Two known words written as one are known
  ("doorwerken"), and so is a known word behind a particle of the pack's
  SEPARABLE_PARTICLES ("wegblijft" = "weg" + "blijft"). Otherwise none (the person
  gets the honest "I can't answer that here" with the practice's phone, never another
  topic's answer). A second topic when another part of the message ("..., and can I
  still drive?") has that topic's words and none of the first's. Two answers come in
  the order they were asked.
- Two more checks, for questions that share a word with a topic but ask about something
  else ("which painkillers are safe for my dog?", "can you drive me home after the
  appointment?", "do inversion tables work?"), where the classifier is often sure:
  a question about another subject of the pack's OTHER_SUBJECTS (a dog, the neck, the
  flu) that does not name the low back (OWN_COMPLAINT) gets none; and so does one with
  MAX_FOREIGN_WORDS words that no example of the chosen topics has and that are not
  general (`learn_topic_words`: the language's common words, and the words of
  SHARED_BY_TOPICS topics or more, like "back", "pain", "pijn"). Only the part of the
  message that asks (the parts with the topics' words) counts: "hurt it lifting boxes at the
  warehouse yesterday, can i go to work tomorrow?" is a work question. Chat words and
  fillers (the packs' CHAT_WORDS: "lol", "atm", "tbh", "hoor") are neither unknown nor foreign.

- The classifier proposes, the words decide: a first topic it is sure of without its words gives way
  to a later one of the ranking (RUNNER_UP or more) that has them. A word of the packs'
  NO_EVIDENCE_WORDS ("grosse", whose stem is that of "grossesse"; "aches") is no topic's word, and a
  dialect or chat form (DIALECT_FORMS, and whole spelling families in DIALECT_SPELLINGS: "goin",
  "blieve", "jsais") is read as its standard words.
- Session 26: a phrase of the packs' OPEN_ASKED ("are you open friday afternoons") makes the opening hours the first
  topic, whatever the classifier's; a first topic without its words that the gate refuses gives way to a later one
  with them (LAST_CHANCE); another person's other body part (OTHER_PERSON_PARTS) is another subject; and the word
  behind a negating prefix of a training word (NEGATION_PREFIXES: "onschuldig") is in the vocabulary.
  A slot asked on a day (SLOT_ASKED: "y a moyen de passer samedi ou vous êtes fermés ?") keeps the appointment first
  where the classifier reads the opening hours; insurers named (INSURERS: "DKV", "Solidaris") are reimbursement words.
- Session 27: whether to go to the emergency department asked (EMERGENCY_ASKED: "moet ik naar de spoed?") makes when to
  see a doctor the first topic, "spoed" being its word (EMERGENCY_WORDS); with no part that has the topic's words, the
  foreign words are read in the sentences asked, not in what is told after them (one's work, one's planning).
- Session 27b: a price said as a body part ("ça coûte un bras", SUBJECT_FREE_PHRASES) names no other subject; a free
  slot asked (FREE_SLOT_ASKED: "is d'r morge nog get vrij?") makes the appointment the first topic.
- Session 28: a waiting list is booking (WAITING_LIST_ASKED; parking stays a practice matter, the lead's decision),
  coming without a referral the prescription (WITHOUT_REFERRAL_ASKED), a car seat's set-up driving (SEAT_SETUP_ASKED),
  a weekday and an hour a free slot (FREE_SLOT_ASKED, where the person's day is no
  subject); a scan of another body part (OTHER_PART_SCANS) and another treatment's refund (OTHER_TRADES) are another
  subject; what to wear to the first session is the first visit (FIRST_VISIT_ASKED); a question the classifier could
  not place with one of these phrases is read by the gate (`asked_by_phrase`).
- Session 29: idioms are read as their standard words (PHRASE_FORMS: "het mes erin zetten" is operating, "garder le
  lit" resting); staying in bed asked is rest or move (BED_REST_ASKED), lighter or office duties work
  (LIGHTER_DUTIES_ASKED); an unsure first topic without its words gives way to a later state's topic, its state named
  (pregnancy, RUNNER_UP); how it began, told before the question (ONSET_TOLD), names no subject; another body part
  named, then a scan of it asked, the back not named (OTHER_PART_SCAN_TOLD), is another subject. bot/nlu/question_topics.py reads an out-of-scope
  question with a settling phrase as one the classifier could not place.
- Session 29U: an animal treated or hurting (OTHER_PATIENTS: "physio for my dog", "the horse's back") and another
  hernia than the back's (OTHER_HERNIAS: "a groin hernia", "liesbreuk") are another subject, the back or "hernia" named
  there not being the person's own; what to wear asked alone is the first visit (FIRST_VISIT_ASKED); a question the
  classifier could not place that names the pregnancy (PREGNANCY_TOLD, `names_a_state`) is read by the gate.
- Session 30V: a scan of another body part named bare or after "au" (OTHER_PART_SCAN_TOLD), a product's price
  (UNCOVERED_SUBJECTS), someone brought along (PRACTICE_MATTERS), snoring and another person's sleep (OTHER_SUBJECTS)
  are another subject; the pain told around a question is read for another part's scan too (`scans_another_part`).
- Session 30AA: a child's physio or handwriting (UNCOVERED_SUBJECTS) is another subject; how long one session lasts
  (SESSION_LENGTH_ASKED) settles the sessions' question; a greeting before the question is no foreign word; just
  given birth names the pregnancy (PREGNANCY_TOLD); how it began told as a gerund after the hurt is the story
  (ONSET_TOLD); the dog taken round is what one does (OTHER_SUBJECT_ACTIVITIES); a wheelchair feared
  (WHEELCHAIR_FEARED) asks how serious it is, no access to the practice.
- Session 42Q: the back set aside (BACK_SET_ASIDE: "apart from my back", "los van mn rug", "à part mon dos") is not the
  question's subject: another body part told beside it is another subject; being paralysed feared is how serious it is
  (SERIOUS_ASKED).
- Session 31AH: every other body part as one lexicon (OTHER_BODY_PARTS, read with OTHER_SUBJECTS): the parts the back's
  pain never reaches named bare (a meniscus, the Achilles, a rotator cuff), the leg's parts where sciatica goes only
  as the subject itself (a sprained ankle, knee surgery); the other therapies as one list in OTHER_TRADES, kinesiology
  no longer read as kinesitherapy (OWN_SERVICE).
- Session 31AK: the practice's other matters (PRACTICE_MATTERS: something left behind, a copy of an invoice or attest, a
  complaint), a beauty or wellness service and another care's refund or price (UNCOVERED_SUBJECTS: anti-cellulite, a
  facial, the dentist, glasses, a hospital stay) are another subject, the day told with them no slot; the hour in words
  after a weekday ("vrijdag rond drie uur", "friday around three") is a free slot asked (FREE_SLOT_ASKED).
- Session 32AU: a long trip by plane, train or coach (TRIPS) is another subject unless told as the time the back has
  (TRIP_AS_DEADLINE); how to pay, a cancelled or missed appointment's fee and home visits are the practice's matters
  (PRACTICE_MATTERS); another body part asked as the practice's offer ("doen jullie ook knieën?") another body part; the
  closing time asked the opening hours (OPEN_ASKED); where a prescription was forgotten or found no foreign subject.
- Session 33H: the practice's showers, changing rooms and lockers (PRACTICE_MATTERS) and a gym or fitness membership
  (UNCOVERED_SUBJECTS) are another subject; what to bring asked with no visit named is the first visit
  (FIRST_VISIT_ASKED); moving set against resting is rest or move (BED_REST_ASKED); whether to worry asked is how serious
  it is (WORRY_ASKED), when the classifier gives that topic a chance (LAST_CHANCE).
- Session 33I: an ankle gone over (OTHER_BODY_PARTS), something stolen or damaged at the practice, its liability and
  seeing one's own file (PRACTICE_MATTERS) are another subject; what to wear set against one's work clothes is the first
  visit (FIRST_VISIT_ASKED); driving one's truck, bus or taxi asked is driving (DRIVING_ASKED, "chauffer" in Quebec).
- Session 34V: how to lie or sleep asked, one position set against another, is sleep before staying in bed's rest or
  move (SLEEP_POSITION_ASKED); which doctor may write the referral or prescription is the prescription
  (PRESCRIBER_ASKED); what one session costs is the refund's answer (COST_ASKED: it tells
  what the insurance pays back of it, and the practice's phone; no answer gives a fee).
- Session 34X: another place's opening hours (a shop, the pharmacy, the gym: PRACTICE_MATTERS) and the price of a
  relaxation or wellness service the practice does not offer (UNCOVERED_SUBJECTS) are another subject; the best way to
  lie or sleep is sleep (SLEEP_POSITION_ASKED); a heat or cold remedy asked is heat or cold (HEAT_COLD_ASKED); how many
  sessions or appointments it takes is the sessions' (SESSION_COUNT_ASKED, "appointments" read as "sessions" in
  PHRASE_FORMS); a weekday and a clock hour with no preposition is a free slot asked (FREE_SLOT_ASKED).
- Session 35K: exercises to do at home asked, simple or on the floor, are rest or move (HOME_EXERCISE_ASKED, with
  BED_REST_ASKED); a named sport asked whether it is bad or must stop is sport (SPORT_STOP_ASKED, last of _ASKED_FIRST).
- Session 35L: what a physio does, whether physio is worth it or only a massage, why the physio asks so many questions
  is the physio's role (PHYSIO_ROLE_ASKED, last of _ASKED_FIRST); paying less through the health fund's preferential
  status is the refund's (REDUCED_RATE_ASKED, with COST_ASKED); sessions counted as "sittings", "beurten", "séances",
  asked as enough or a count guessed, are the sessions' (SESSION_COUNT_ASKED widened); heat named in other words (a
  fomentation, a hot towel, "warme compres", "serviette chaude") is heat or cold (HEAT_COLD_ASKED's remedies widened).
- Session 37Q: how long until it is "normal" again is the healing time (HEALING_BY_ASKED widened); what a physio does with
  someone in a session the physio's role (PHYSIO_ROLE_ASKED widened); staying home from work or calling in sick work
  (STAY_HOME_ASKED); a named sport asked whether to give it a rest sport, before rest or move; when to see a doctor asked
  "at what point" or in Flemish when to see a doctor (DOCTOR_WHEN_ASKED); whether ordinary back pain can be serious,
  after a relative's illness told, how serious it is (SERIOUS_ASKED); exercises for home rest or move.
- Session 38Q: what "acute" or "chronic" means, asked with a guess, is acute or chronic (ACUTE_CHRONIC_ASKED widened); the
  doctor first, only for a paper, before the physio the prescription (WITHOUT_REFERRAL_ASKED widened); the deductible,
  top-up insurance or what it pays back the refund's (INSURANCE_ASKED, with COST_ASKED: "eigen risico" got surgery's
  answer, the classifier sure of surgery without its words); the doctor asked for a leg symptom, yes or no, when to see a
  doctor (DOCTOR_WHEN_ASKED widened); whether back pain can be dangerous how serious it is (SERIOUS_ASKED widened); lying
  on a board rest or move (BED_REST_ASKED widened), the old belief asked and who keeps saying it no subject
  (SUBJECT_FREE_PHRASES).
- Session 43Q1: going back to work asked, part-time first, is work (WORK_RETURN_ASKED); an old prescription asked as still
  valid the prescription (PRESCRIPTION_VALID_ASKED); how to cancel asked is booking (BOOKING_ASKED widened: cancelling
  goes by the same link and phone), its phrase no practice matter (what cancelling late costs stays one); parking
  manoeuvres told with driving and the waiting room sat in for nothing told with the doctor asked name no subject
  (SUBJECT_FREE_PHRASES, read before UNCOVERED_SUBJECTS too).
- Session 43Q2: what the physio does asked through the exercises for home ("is it just a sheet of exercises for home?") is
  the physio's role before the exercises' rest or move (_ROLE_OVER_REST, PHYSIO_ROLE_ASKED widened); what a scan shows or
  whether one is worth it the scan (SCAN_ASKED), lasting damage feared how serious it is (SERIOUS_ASKED), a healing figure
  read or heard the healing time (HEALING_BY_ASKED); a heel's own pain another body part, paid parking in the street a
  practice matter.
- Session 44Q3: a few sessions set against months is the sessions' (SESSION_COUNT_ASKED widened), walking or the dog taken
  out set against making it worse rest or move (BED_REST_ASKED), where the pillow goes sleep (SLEEP_POSITION_ASKED), a
  private scan's worth the scan, no practice matter (SCAN_WORTH_ASKED), ending up with an operation surgery
  (SURGERY_ASKED), a fixed programme or one made to measure the physio's role (PHYSIO_ROLE_ASKED), starting before the
  doctor's paper the prescription (WITHOUT_REFERRAL_ASKED), whether it is normal it lasts this long the healing time
  (HEALING_BY_ASKED: asked inside the pain told too, where topics_put_first lets it through).

Words are compared by a crude stem: case and accents folded, one common ending off,
the first five letters ("driving", "drives" and "drive" are "driv"; "operation" and
"operatie" are "opera").
"""
from __future__ import annotations

from collections import Counter, defaultdict
from functools import lru_cache
from typing import Callable, Dict, Iterable, List, Mapping, Sequence, Tuple, Union

from bot.lang import merged
from bot.lang.lemmas import lemmas_of
from bot.reading import regex as re
from bot.reading.text import normalise, without_markup

TOPIC_PREFIX = "faq_"
TOPIC_ENTITY = "question_topic"  # the entity bot/nlu/question_topics.py puts each topic in
# a question no topic was chosen for, where the classifier still was sure of one: the
# person is asked whether they meant that topic's question (never given its answer unasked)
GUESS_ENTITY = "question_topic_guess"
# a question asked inside the pain told that no topic fits: the check reads the story and says it cannot answer this one
UNANSWERED_ENTITY = "question_unanswered"
MAX_TOPICS = 2
STEM_LETTERS = 5
MIN_WORD_LETTERS = 3
COMPOUND_LETTERS = 8  # an unknown word this long may be a compound of known ones
COMPOUND_PART_LETTERS = 4  # each part of a compound of two known words ("door"+"werken")
# One unknown word can be a detail of the person's own ("can I work, I'm a scaffolder"); two
# or more are a subject of their own ("do inversion tables work?"), whatever the topic words.
MAX_UNKNOWN_WORDS = 1
# Two words no example of the topic has are a subject of their own too ("can you drive me home
# after the appointment"); one is the person's own detail ("can i drive to the shop").
MAX_FOREIGN_WORDS = 2
# When the classifier is very sure AND the message has the topic's own words, one more of each
# is the person's context ("can i drive 2 hours to the coast this weekend", "no work no pay, will
# i do damage if i crack on"). On the dev set no question that fits no topic came through this
# way; at 0.95 "can you drive me home after the sessions?" would (tests/unit/test_question_topics.py).
VERY_SURE = 0.97
# One more of each since session 24: on faq_dev (5034 questions) en +4, nl +2, fr +4 on topic ("is it wise to take the
# diclofenac tablets daily ... pharmacist only gave it", "chui maçon sur chantier du côté de Charleroi, je sais
# retravailler lundi"), and no question that fits no topic more given one (en 8, nl 9, fr 6 of 1069, as before)
MAX_UNKNOWN_WORDS_VERY_SURE = 3
MAX_FOREIGN_WORDS_VERY_SURE = 4
# a later topic of the ranking this likely, with its words where the first has none, is the one asked (choose_topics)
RUNNER_UP = 0.3
# a later topic this likely, with its words where the first has none, when the gate refuses the first (choose_topics)
LAST_CHANCE = 0.1
# the classifier this sure: what is told after the question (one's work, children, planning) is no foreign word of the
# topic when no part of the message has the topic's words (session 27: on faq_dev en +6, nl +7, fr +4 on topic; below
# it, "est-ce que vous faites des séances à domicile ? j'ai pas de voiture" at 0.89 got the first visit's answer)
CONTEXT_SURE = 0.9
SHARED_BY_TOPICS = 4  # a word in the examples of this many topics is general ("back", "pijn")
GENERAL = ""  # the key of the general words in learn_topic_words' table
_ENDINGS = tuple(sorted(merged("questions", "STEM_ENDINGS"), key=len, reverse=True))  # longest first
_PARTICLES = tuple(sorted(merged("questions", "SEPARABLE_PARTICLES"), key=len, reverse=True))

_WORD_RE = re.compile(r"[a-z]+")
# Where one question ends and another may start: "?", ";", "," and the words that join
# two questions in any language of the packs.
_JOINERS = "|".join(re.escape(word) for word in merged("questions", "QUESTION_JOINERS"))
_PART_RE = re.compile(rf"[?;!,]+|\b(?:{_JOINERS})\b|&")
_CHAT_WORDS = frozenset(merged("questions", "CHAT_WORDS"))  # "lol", "atm", "hoor": no subject
# the names of days, months, seasons and holidays and the parts of a day (the duration packs', one word each): when
# the person can come or has had it ("can i come sat morning", "a paper from october") is no subject
_TIME_WORDS = frozenset(
    name for table in ("WEEKDAYS", "MONTHS", "SEASONS", "HOLIDAYS", "DAY_PARTS")
    for name in merged("duration", table) if name.isalpha()
)
_NO_SUBJECT_WORDS = _CHAT_WORDS | _TIME_WORDS
# dialect and street forms and their standard words (the packs' DIALECT_FORMS, over the red-flag packs' STREET):
# "mot ik nou noar de dokter?" has no word never seen when "moet" and "naar" are known; an insurer's name reads as
# insurance (the packs' INSURERS: "DKV hospital plan" is a reimbursement question; session 26)
_DIALECT: Dict[str, List[str]] = {
    form: words_of_standard.split()
    for form, words_of_standard in {
        **merged("redflags", "STREET"), **merged("questions", "DIALECT_FORMS"), **merged("questions", "INSURERS"),
        **merged("questions", "EMERGENCY_WORDS"),
    }.items()
}


# whole families of dialect and chat spellings (the packs' DIALECT_SPELLINGS: Scots "goin", "tae", Limburgish "blieve",
# "wirke", French "jsais"), each rule tried on the word and on what the rules before it made of it
_SPELLINGS = tuple((re.compile(pattern), standard) for pattern, standard in merged("questions", "DIALECT_SPELLINGS"))


@lru_cache(maxsize=4096)
def _standard_forms(word: str) -> Tuple[Tuple[str, ...], ...]:
    """The standard words a dialect, street or chat form may stand for: the packs' tables (one reading), then every
    form the spelling families make of it (one reading each)."""
    readings = [tuple(_DIALECT[word])] if word in _DIALECT else []
    forms = {word}
    for pattern, standard in _SPELLINGS:
        forms |= {pattern.sub(standard, form) for form in forms}
    readings += [tuple(form.split()) for form in sorted(forms - {word})]
    return tuple(readings)


def _standard_in(word: str, words: set[str]) -> bool:
    """A dialect or street form whose standard words are all in `words` (stems) or say nothing ("", chat, or too
    short to count as a word: "dae" is "do"), in one of its readings."""
    return any(all(len(s) < MIN_WORD_LETTERS or _stem(s) in words or s in _NO_SUBJECT_WORDS for s in standard)
               for standard in _standard_forms(word))


def _standard_stems(text: str, known: set[str] | None) -> set[str]:
    """The stems of the standard words of the dialect and chat forms of `text` that are not known as written
    ("blieve" -> "blijven", "goin" -> "going"): the table's readings always, a spelling family's when the vocabulary
    `known` has all its words (None: the tables only)."""
    found: set[str] = set()
    for word in words_of(text):
        if known is not None and _stem(word) in known and word not in _DIALECT:
            continue
        for index, standard in enumerate(_standard_forms(word)):
            from_table = index == 0 and word in _DIALECT
            words = [s for s in standard if len(s) >= MIN_WORD_LETTERS]
            if from_table or (known is not None and words and all(_stem(s) in known for s in words)):
                found |= {_stem(s) for s in words}
    return found


def _evidence_stems(text: str, known: set[str] | None = None) -> set[str]:
    """The stems of `text` a topic's words are looked for in: not those of the packs' NO_EVIDENCE_WORDS ("grosse"
    has the stem of "grossesse"), with the standard words of its dialect and chat forms ("blieve" -> "blijven")."""
    norm = normalise(text[:2000])
    return stems(_DECOY.sub(" ", _NO_EVIDENCE.sub(" ", norm))) | _standard_stems(norm, known)


def _any_word_of(table: str) -> re.Pattern[str]:
    """One regex for the words of a questions table of every pack, as whole words."""
    return re.compile(r"\b(?:" + "|".join(merged("questions", table)) + r")\b")


def _any_word_of_tables(*names: str) -> re.Pattern[str]:
    """One regex for the words of several questions tables of every pack, as whole words."""
    return re.compile(r"\b(?:" + "|".join(word for name in names for word in merged("questions", name)) + r")\b")


# another subject, and (session 31AH) every other body part as one lexicon (OTHER_BODY_PARTS: a meniscus, a sprained
# ankle, knee surgery), read alike: no topic unless the low back is named
_OTHER_SUBJECT = _any_word_of_tables("OTHER_SUBJECTS", "OTHER_BODY_PARTS")
# a state told around another question that changes its answer: that topic's answer is added though not asked ("im
# pregnant, can i take ibuprofen?"); its learned words alone are not enough ("mijn huisdokter is in verlof, ...")
_STATES_TOLD = {"faq_pregnancy": _any_word_of("PREGNANCY_TOLD")}
_OTHER_SUBJECT_ACTIVITY = _any_word_of("OTHER_SUBJECT_ACTIVITIES")
_OWN_COMPLAINT = _any_word_of("OWN_COMPLAINT")
_BACK_SET_ASIDE = _any_word_of("BACK_SET_ASIDE")  # "apart from my back", "los van mn rug": not the subject (42Q)
_OTHER_TRADE = _any_word_of("OTHER_TRADES")
# another trade named as a likeness ("like a chiropractor", "zoals een chiro", "comme un ostéo"; the packs'
# TRADE_LIKENESS words, then up to three words, then the trade), read with the physio's role asked (session 46Q7)
_TRADE_LIKENESS = re.compile(r"\b(?:" + "|".join(merged("questions", "TRADE_LIKENESS")) + r")\W+(?:[\w']+\W+){0,3}?(?:"
                             + "|".join(merged("questions", "OTHER_TRADES")) + r")\b")
_ROLE_ASKED = _any_word_of("PHYSIO_ROLE_ASKED")
_PRACTICE_MATTER = _any_word_of("PRACTICE_MATTERS")
_PRESCRIPTION_MISLAID = _any_word_of("PRESCRIPTION_MISLAID")  # a prescription forgotten or found again (session 32AQ)
# a long trip by plane, train or coach (TRIPS, session 32AU), unless told as the time the back has (TRIP_AS_DEADLINE)
_TRIP = _any_word_of("TRIPS")
_TRIP_AS_DEADLINE = _any_word_of("TRIP_AS_DEADLINE")
_UNCOVERED_SUBJECT = _any_word_of("UNCOVERED_SUBJECTS")  # the weather, diet: named anywhere, no answer covers them
_OWN_SERVICE = _any_word_of("OWN_SERVICE")
_TRADE_COMPARISON = _any_word_of("TRADE_COMPARISONS")
_OFFER_ASKED = _any_word_of("OFFER_ASKED")  # "do you guys do sports massage or is it only physio": another trade asked for
_SUBJECT_FREE_PHRASE = _any_word_of("SUBJECT_FREE_PHRASES")  # "crack on", "like a baby": no subject named
_NO_EVIDENCE = _any_word_of("NO_EVIDENCE_WORDS")  # "grosse" (not "grossesse"), "aches": no topic's evidence
_DECOY = _any_word_of("DECOY_PHRASES")  # "car seat", "autostoeltje": a topic's word, nothing asked of its subject
# phrases that settle the topic whatever the classifier's ("should i bring my MRI report to the first session" asks what
# the first visit is, not whether a scan is needed)
# a prescription or referral to bring asked is the prescription's, before what to bring to the first visit (PRESCRIPTION_BROUGHT,
# session 39P: "moet ik een verwijsbrief meenemen naar de eerste sessie?")
_ASKED_AS = {"faq_prescription": _any_word_of("PRESCRIPTION_BROUGHT"),
             "faq_physio_role": _any_word_of("FIRST_VISIT_ASKED"),
             # how long one session lasts, whatever is told around it ("... moet het over de middag plannen" is the
             # person's day, no booking question; session 30AA)
             "faq_sessions": _any_word_of("SESSION_LENGTH_ASKED")}
# phrases that make a topic the first one asked, the classifier's first giving way ("zyn julder ook open ip den vrydag
# namiddag?" asks the opening hours, not for a slot on friday; session 26); the gate still reads its words
# a free slot asked ("is d'r morge nog get vrij?") is an appointment (FREE_SLOT_ASKED; session 27b)
# session 28: a waiting list is how to book (WAITING_LIST_ASKED), coming without a referral the prescription (WITHOUT_REFERRAL_ASKED), a car seat set up
# driving (SEAT_SETUP_ASKED); a weekday and an hour is a free slot asked (FREE_SLOT_ASKED)
_ASKED_FIRST = {"faq_location_hours": _any_word_of("OPEN_ASKED"),
                "faq_when_doctor": _any_word_of("EMERGENCY_ASKED"),
                "faq_appointment_time": _any_word_of("FREE_SLOT_ASKED"),
                # how to book asked (BOOKING_ASKED, session 34: a booking question after a story that names a disc)
                "faq_booking": _any_word_of_tables("WAITING_LIST_ASKED", "BOOKING_ASKED"),
                # a prescription forgotten, lost or found again, asked about (PRESCRIPTION_MISLAID, session 32AQ)
                # which doctor may write it (PRESCRIBER_ASKED, session 34V: "can my rheumatologist write the referral?")
                "faq_prescription": _any_word_of_tables("WITHOUT_REFERRAL_ASKED", "PRESCRIPTION_MISLAID",
                                                        "PRESCRIBER_ASKED"),
                # what one session costs (COST_ASKED, session 34V): the refund's answer (what is paid back, and the phone);
                # paying less through the health fund's preferential status (REDUCED_RATE_ASKED, session 35L: "verhoogde
                # tegemoetkoming", BIM, "intervention majorée", the code on the sticker)
                "faq_reimbursement": _any_word_of_tables("COST_ASKED", "REDUCED_RATE_ASKED"),
                # driving one's truck, bus or taxi asked (DRIVING_ASKED, session 33I: "chauffer mon truck" in Quebec)
                "faq_driving": _any_word_of_tables("SEAT_SETUP_ASKED", "DRIVING_ASKED")}
# a slot asked on a day ("can i come in saturday or are you closed?") is an appointment where the classifier or OPEN_ASKED
# reads the opening hours; the hours may come second (session 26)
_SLOT_ASKED = _any_word_of("SLOT_ASKED")
# session 29: staying in bed asked is rest or move (BED_REST_ASKED), lighter or office duties for a while work
# (LIGHTER_DUTIES_ASKED)
# session 34X: how many sessions or appointments it takes asked is the sessions' (SESSION_COUNT_ASKED: "combien de rendez-vous
# faut-il prévoir ?"), after what one costs
_ASKED_FIRST |= {"faq_sessions": _any_word_of("SESSION_COUNT_ASKED")}
# session 34V: how to lie or sleep asked is sleep (SLEEP_POSITION_ASKED: "hoe lig ik best in bed, op mijn zij of mijn rug?"),
# before staying in bed's rest or move: the first phrase found in this order wins
_ASKED_FIRST |= {"faq_sleep": _any_word_of("SLEEP_POSITION_ASKED")}
# session 35K: exercises to do at home asked (HOME_EXERCISE_ASKED: "any gentle stretches i can do on the floor at home?") are
# rest or move, like staying in bed
_ASKED_FIRST |= {"faq_rest_or_move": _any_word_of_tables("BED_REST_ASKED", "HOME_EXERCISE_ASKED"),
                 "faq_work": _any_word_of("LIGHTER_DUTIES_ASKED")}
# session 34X: a heat or cold remedy asked, whether it is good or against another ("would a wheat bag help or make it
# worse?", "kruik of coldpack?"), is heat or cold (HEAT_COLD_ASKED), after staying in bed
_ASKED_FIRST |= {"faq_heat_or_cold": _any_word_of("HEAT_COLD_ASKED")}
# session 33H: whether to worry asked is how serious it is (WORRY_ASKED: "should i be worried? can hardly stand up straight")
# when the classifier gives it a chance (LAST_CHANCE): a worry told after another story is not made serious unasked
_ASKED_FIRST |= {"faq_serious": _any_word_of("WORRY_ASKED")}
# session 35M: moving an appointment to another day or time is the appointment's (RESCHEDULE_ASKED, no longer a practice
# matter; cancelling stays one); keeping it from coming back is recurrence (RECURRENCE_ASKED); when doctors decide to
# operate, after how many weeks, is surgery before the healing time (SURGERY_ASKED); whether it is better by a date or an
# event is the healing time (HEALING_BY_ASKED)
_ASKED_FIRST["faq_appointment_time"] = _any_word_of_tables("FREE_SLOT_ASKED", "RESCHEDULE_ASKED")
_ASKED_FIRST |= {"faq_recurrence": _any_word_of("RECURRENCE_ASKED"), "faq_surgery": _any_word_of("SURGERY_ASKED"),
                 "faq_healing_time": _any_word_of("HEALING_BY_ASKED")}
# session 35K: a named sport asked whether it is bad or must stop (SPORT_STOP_ASKED: "i swim lengths twice a week, should i
# pack that in?", "is breaststroke bad for it?") is sport, after every other phrase (driving, work, sleep and rest come first)
_ASKED_FIRST |= {"faq_sport": _any_word_of("SPORT_STOP_ASKED")}
_ASKED_FIRST_WITH_CHANCE = {"faq_serious"}
# session 35L: what a physio does, whether it is worth it or only a massage, why the physio asks so many questions
# (PHYSIO_ROLE_ASKED: "is physio even worth the bother?", "à quoi sert vraiment un kiné ?") is the physio's role, after
# every other phrase (how many sessions, what one costs, a worry stay theirs)
_ASKED_FIRST |= {"faq_physio_role": _any_word_of("PHYSIO_ROLE_ASKED")}
# session 36G: how long to wait before going (back) to the GP or a doctor is when to see a doctor (DOCTOR_WAIT_ASKED, with
# EMERGENCY_ASKED: before the healing time); a painkiller named as doing little or what to take instead is painkillers
# (PAINKILLER_ASKED: "nurofen does nothing, what should i take instead?"); the pregnancy told by its weeks or months is
# pregnancy (PREGNANCY_ASKED: "i'm 14 weeks along, is that normal?"); whether it is called or counts as chronic or acute
# is acute or chronic (ACUTE_CHRONIC_ASKED: "is da nu chronisch of hoe noemen ze da?")
_ASKED_FIRST["faq_when_doctor"] = _any_word_of_tables("EMERGENCY_ASKED", "DOCTOR_WAIT_ASKED")
_ASKED_FIRST |= {"faq_painkillers": _any_word_of("PAINKILLER_ASKED"), "faq_pregnancy": _any_word_of("PREGNANCY_ASKED"),
                 "faq_acute_vs_chronic": _any_word_of("ACUTE_CHRONIC_ASKED")}
# session 37Q: staying home from work or calling in sick asked is work (STAY_HOME_ASKED, with LIGHTER_DUTIES_ASKED); when to see
# a doctor asked "at what point", "or not", or Flemish "moet ik mij laten zien" (DOCTOR_WHEN_ASKED); whether ordinary back
# pain can be serious, asked after another person's illness told, is how serious it is whatever the classifier's chance
# (SERIOUS_ASKED, with WORRY_ASKED)
_ASKED_FIRST["faq_work"] = _any_word_of_tables("LIGHTER_DUTIES_ASKED", "STAY_HOME_ASKED")
_ASKED_FIRST["faq_when_doctor"] = _any_word_of_tables("EMERGENCY_ASKED", "DOCTOR_WAIT_ASKED", "DOCTOR_WHEN_ASKED")
_ASKED_FIRST["faq_serious"] = _any_word_of_tables("WORRY_ASKED", "SERIOUS_ASKED")
# session 38Q: what the insurance pays back, its deductible or top-up named, is the refund's (INSURANCE_ASKED, with COST_ASKED:
# "gaat dat van mijn eigen risico af?" got surgery's answer, its "risico" read as the operation's risks)
_ASKED_FIRST["faq_reimbursement"] = _any_word_of_tables("COST_ASKED", "REDUCED_RATE_ASKED", "INSURANCE_ASKED")
# session 41Q: whether a scan is needed, asked in broken words ("time for make a scan or not", "when i must do mri"), or a doctor
# who will not send for one asked about ("my GP won't refer me for an MRI, is that right?") is the scan's (SCAN_ASKED), before
# when to see a doctor; a scan of another part stays no topic (about_something_else), a report to read no scan phrase
# session 44Q3: whether a scan paid for oneself is worth it (SCAN_WORTH_ASKED: "worth paying for a private mri?") is the
# scan's too, no practice matter (_practice_matter_asked); where to get a private scan stays one
_SCAN_WORTH_ASKED = _any_word_of("SCAN_WORTH_ASKED")
_ASKED_FIRST["faq_scan"] = _any_word_of_tables("SCAN_ASKED", "SCAN_WORTH_ASKED")
# session 43Q1: going back to work asked, part-time first, is work (WORK_RETURN_ASKED: "wanneer kan ik best terug gaan werken,
# eerst halftijds?" got the healing time); an old prescription asked as still valid is the prescription
# (PRESCRIPTION_VALID_ASKED: "my referral is from last year, does it still count?")
_ASKED_FIRST["faq_work"] = _any_word_of_tables("LIGHTER_DUTIES_ASKED", "STAY_HOME_ASKED", "WORK_RETURN_ASKED")
_ASKED_FIRST["faq_prescription"] = _any_word_of_tables("WITHOUT_REFERRAL_ASKED", "PRESCRIPTION_MISLAID",
                                                       "PRESCRIBER_ASKED", "PRESCRIPTION_VALID_ASKED")
_SERIOUS_ASKED = _any_word_of("SERIOUS_ASKED")
# session 46Q8: a disc hernia named and asked whether it is one (DISC_ASKED: "my colleague says it's a slipped disc, is that
# right?") is the disc's; back pain with no clear cause asked how or what it means (NONSPECIFIC_ASKED: "geen duidelijke
# oorzaak, hoe kan dat?") the non-specific's; one's job told with its tasks and whether to keep doing them (WORK_TASKS_ASKED:
# "je travaille comme aide-soignante, je soulève des patients, je peux continuer ?") work's, before the bed's rest or move
_ASKED_FIRST["faq_work"] = _any_word_of_tables("LIGHTER_DUTIES_ASKED", "STAY_HOME_ASKED", "WORK_RETURN_ASKED",
                                               "WORK_TASKS_ASKED")
_ASKED_FIRST |= {"faq_disc_herniation": _any_word_of("DISC_ASKED"), "faq_nonspecific": _any_word_of("NONSPECIFIC_ASKED")}
# a thanks that asks nothing ("merci he, ge zijt vriendelijker dan mijn huisarts", THANKS_TOLD, session 46Q8): no topic
_THANKS_TOLD = re.compile(r"^\W*(?:" + "|".join(merged("questions", "THANKS_TOLD")) + r")\b")
# session 37Q: a named sport asked whether to keep it up or give it a rest is sport, where resting's phrase is found too
# ("can i keep up my jogging or should i give it a rest?"); resting with no sport named stays rest or move
_SPORT_OVER_REST = ("faq_rest_or_move", "faq_sport")
# session 43Q2: what the physio does asked through the exercises for home ("will you just give me exercises for home or do you
# treat me at the practice?", PHYSIO_ROLE_ASKED) is the physio's role, where the exercises' phrase is found too
_ROLE_OVER_REST = ("faq_rest_or_move", "faq_physio_role")
# idioms read as their standard words (the packs' PHRASE_FORMS, session 29): "het mes erin zetten" is operating,
# "garder le lit" resting, "een heet bad" heat
_PHRASE_FORMS = tuple((re.compile(r"\b(?:" + pattern + r")(?!\w)"), standard)
                      for pattern, standard in merged("questions", "PHRASE_FORMS").items())
# how it began, told in a clause before the question ("mon dos a fait crac quand je me suis penché sur le bac à
# linge, je dois m'inquiéter ?"): the person's story, no subject of the question (ONSET_TOLD, session 29)
_ONSET_TOLD = _any_word_of("ONSET_TOLD")
# another body part named, then a scan of it asked, the back not named ("mijne knie blokkeert, moet ik daar ne scan van
# laten maken?"): another subject (OTHER_PART_SCAN_TOLD, session 29)
_OTHER_PART_SCAN_TOLD = _any_word_of("OTHER_PART_SCAN_TOLD")
# where the back's pain goes, told ("the pain going into my knee", "tot in mijn kuit"): no other part asked about, blanked
# before the other parts are read (PAIN_GOES_TO, session 31AH)
_PAIN_GOES_TO = _any_word_of("PAIN_GOES_TO")
# an animal as the one treated or hurting ("physio for my dog", "onze teckel heeft last van zijn rug") and another
# hernia than the back's ("liesbreuk", "hernie ombilicale"): another subject, unless the person's own back is named
# besides them (OTHER_PATIENTS, OTHER_HERNIAS, session 29U)
_OTHER_PATIENT = _any_word_of("OTHER_PATIENTS")
_OTHER_HERNIA = _any_word_of("OTHER_HERNIAS")
# each of their phrases on its own, for what is left of a question without them: "can you look at my dog's back"
# has two that overlap ("look at my dog", "dog's back"), and the back is the dog's in both
_NOT_OWN_PHRASES = tuple(re.compile(r"\b(?:" + phrase + r")\b")
                         for phrase in (*merged("questions", "OTHER_PATIENTS"), *merged("questions", "OTHER_HERNIAS")))


def _without_not_own(norm: str) -> str:
    """`norm` with every phrase of OTHER_PATIENTS and OTHER_HERNIAS blanked out, overlapping ones too."""
    blank = [False] * len(norm)
    for phrase in _NOT_OWN_PHRASES:
        for match in phrase.finditer(norm):
            blank[match.start():match.end()] = [True] * (match.end() - match.start())
    return "".join(" " if gone else char for char, gone in zip(norm, blank, strict=True))


def with_standard_phrases(text: str) -> str:
    """`text` normalised, its idioms (PHRASE_FORMS) written as their standard words."""
    norm = normalise(text if isinstance(text, str) else "")
    for pattern, standard in _PHRASE_FORMS:
        norm = pattern.sub(standard, norm)
    return norm


_SLOT, _HOURS = "faq_appointment_time", "faq_location_hours"
# another person's body part other than the back ("my son has knee pain, can he see you too?"): another subject
_OTHER_PERSON_PART = _any_word_of("OTHER_PERSON_PARTS")
# a scan of another body part ("do i need an mri on my knee?"): another subject, the back named or not (session 28)
_OTHER_PART_SCAN = _any_word_of("OTHER_PART_SCANS")


def asked_by_phrase(text: str) -> bool:
    """`text` has a phrase that settles its topic or makes one the first asked (FIRST_VISIT_ASKED, OPEN_ASKED,
    FREE_SLOT_ASKED, ...): a question the classifier could not place is read by the gate then (session
    28: "any chance of friday at 6?" was between two topics and got "I can't answer that")."""
    norm = normalise(without_markup(text if isinstance(text, str) else "")[:2000])
    return any(phrase.search(norm) for phrase in _ASKED_AS.values()) or bool(_put_first(norm))


def _asked_first_stems(topic: str, norm: str) -> set[str]:
    """The stems of the words of `topic`'s asked-first phrase in `norm`: they count as the topic's own words."""
    phrase = _ASKED_FIRST.get(topic)
    return stems(" ".join(m.group(0) for m in phrase.finditer(norm))) if phrase is not None else set()


def topics_put_first(text: str) -> set[str]:
    """The topics a phrase of `text` makes the first asked (_ASKED_FIRST): a question asked inside the pain told is
    looked at for them even when the classifier's learned words of the topic are not in it (session 34: "... l'osteo a
    dit une hernie. comment je peux prendre un rdv chez vous ?", where "rdv" is no longer a word of booking alone)."""
    return _put_first(normalise(without_markup(text if isinstance(text, str) else "")[:2000]))


def _put_first(norm: str) -> set[str]:
    return {name for name, phrase in _ASKED_FIRST.items() if phrase.search(norm)}


def scans_another_part(text: str) -> bool:
    """`text` asks for a scan of another body part (OTHER_PART_SCANS), or names one and then a scan, the back not named
    (OTHER_PART_SCAN_TOLD): read on the whole message where the pain is told around the question (session 30V: "j'ai
    mal au genou depuis samedi, faut-il une radio ?" was the pain told, and its question "faut-il une radio ?" alone
    got the back's scan answer)."""
    norm = normalise(without_markup(text if isinstance(text, str) else "")[:2000])
    told = _PAIN_GOES_TO.sub(" ", norm)  # "the pain going into my knee": where the back's pain goes (session 31AH)
    return bool(_OTHER_PART_SCAN.search(norm) or (_OTHER_PART_SCAN_TOLD.search(told) and not _OWN_COMPLAINT.search(norm)))


def names_a_state(text: str) -> bool:
    """`text` names a state that changes the answers (PREGNANCY_TOLD: "als ik zwanger ben"): a question the classifier
    could not place that names one is read by the gate (session 29U: "may a physio treat my back while i'm pregnant?"
    was unplaced at 0.25, pregnancy ranked best of the topics with its words)."""
    norm = normalise(without_markup(text if isinstance(text, str) else "")[:2000])
    return any(state.search(norm) for state in _STATES_TOLD.values())


def is_topic(intent: str | None) -> bool:
    return bool(intent) and intent.startswith(TOPIC_PREFIX)


def topics_in(parse: Mapping | None) -> List[str]:
    """The topics a parsed message (Rasa's parse data) asks about, at most two, in order."""
    entities = (parse or {}).get("entities") or []
    found = [e.get("value") for e in entities if isinstance(e, dict) and e.get("entity") == TOPIC_ENTITY]
    return [t for t in dict.fromkeys(found) if isinstance(t, str) and is_topic(t)][:MAX_TOPICS]


def guess_in(parse: Mapping | None) -> str | None:
    """The topic a question got no answer for but may have meant (GUESS_ENTITY), or None."""
    for entity in (parse or {}).get("entities") or []:
        if isinstance(entity, dict) and entity.get("entity") == GUESS_ENTITY and is_topic(entity.get("value")):
            return entity["value"]
    return None


def unanswered_in(parse: Mapping | None) -> bool:
    """A question asked inside the pain told that no topic fits (UNANSWERED_ENTITY)."""
    return any(isinstance(e, dict) and e.get("entity") == UNANSWERED_ENTITY for e in (parse or {}).get("entities") or [])


def words_of(text: str) -> List[str]:
    """The words of `text`, case and accents folded, of at least MIN_WORD_LETTERS letters."""
    return [word for word in _WORD_RE.findall(normalise(text[:2000])) if len(word) >= MIN_WORD_LETTERS]


def stems(text: str) -> set[str]:
    """The words of `text` as compared here: case and accents folded, first letters."""
    return {_stem(word) for word in words_of(text)}


def _stem(word: str) -> str:
    """One common ending off, then the first letters: drive/driving/drives -> "driv"."""
    if len(word) > 4:
        for ending in _ENDINGS:
            if word.endswith(ending) and len(word) - len(ending) >= 4:
                word = word[: -len(ending)]
                break
    return word[:STEM_LETTERS]


# words that are a subject of their own when no example of the chosen topic has them (the weather)
_SUBJECT_STEMS = frozenset(_stem(word) for word in merged("questions", "SUBJECT_WORDS"))
# the activities among them (a bike, flying): asked with a state told (pregnancy), they are that state's question
_STATE_ACTIVITY_STEMS = frozenset(_stem(word) for word in merged("questions", "STATE_ACTIVITIES"))


def learn_evidence(
    examples: Mapping[str, Iterable[str]],
    min_count: int = 2,
    min_share: float = 0.5,
    common_words: Iterable[str] = (),
) -> Dict[str, List[str]]:
    """For each topic intent, the stems that tell it apart from every other intent. A common
    word of the language (a stop word: "take", "can", "doen") tells no topic apart, however
    often one topic's examples use it ("can I take a bath?" is no painkiller question)."""
    common = {stem for word in common_words for stem in stems(word)}
    per_intent: Dict[str, Counter] = defaultdict(Counter)
    overall: Counter = Counter()
    for intent, texts in examples.items():
        for text in texts:
            for stem in stems(text) - common:
                per_intent[intent][stem] += 1
                overall[stem] += 1
    return {
        intent: sorted(
            stem for stem, count in counts.items() if count >= min_count and count / overall[stem] >= min_share
        )
        for intent, counts in per_intent.items()
        if is_topic(intent)
    }


#: one spaCy lookup table: form -> lemma (English, Dutch) or form -> [lemma, ...] (French)
LemmaTable = Mapping[str, Union[str, Sequence[str]]]
#: text -> the key of its language's lemma table, or None (unknown: every table)
LanguageOf = Union[Callable[[str], object], None]


class LemmaIndex:
    """spaCy's lookup tables (form -> lemma or list of lemmas, one per language) and the way
    back (lemma -> its forms), built once: a word's other forms are then a lookup, not a
    pass over the 213,000 Dutch forms for every topic. `tables`: a list, or a mapping
    from language code to table (then `stems(words, language)` applies that one only)."""

    def __init__(self, tables: Iterable[LemmaTable] | Mapping[str, LemmaTable] = ()):
        self.tables: Dict[object, LemmaTable] = dict(tables) if isinstance(tables, Mapping) else dict(enumerate(tables))
        self.forms: Dict[object, Dict[str, List[str]]] = {}
        for key, table in self.tables.items():
            index: Dict[str, List[str]] = defaultdict(list)
            for form, value in table.items():
                for lemma in lemmas_of(value):
                    index[lemma].append(form)
            self.forms[key] = index

    def stems(self, words: Iterable[str], language: object = None) -> set[str]:
        """The stems of `words` and of every form of their lemmas: in the table of
        `language` when there is one, in every table when None or unknown."""
        words = set(words)
        known = {_stem(word) for word in words}
        keys = [language] if language in self.tables else list(self.tables)
        for key in keys:
            table, index = self.tables[key], self.forms[key]
            lemmas = {lemma for word in words for lemma in lemmas_of(table.get(word, word))}
            known |= {_stem(word) for lemma in lemmas for word in words_of(lemma)}
            known |= {_stem(word) for lemma in lemmas for form in index.get(lemma, ()) for word in words_of(form)}
        return known

    def stems_of_texts(self, texts: Iterable[str], language_of: LanguageOf = None) -> set[str]:
        """The stems of the words of `texts`, each text's words through the lemma table of
        its language (`language_of(text)`: a key of the tables, or None for every table),
        so a Flemish "nie" brings in no forms of French "nier"."""
        by_language: Dict[object, set[str]] = defaultdict(set)
        for text in texts:
            by_language[language_of(text) if language_of else None].update(words_of(text))
        return set().union(*(self.stems(words, language) for language, words in by_language.items()))


def _index(lemma_tables: Iterable[LemmaTable] | Mapping[str, LemmaTable] | LemmaIndex) -> LemmaIndex:
    return lemma_tables if isinstance(lemma_tables, LemmaIndex) else LemmaIndex(lemma_tables)


def _common(common_words: Iterable[str] | Mapping[str, Iterable[str]]) -> Dict[object, List[str]]:
    """Common words by language (a plain list: language unknown)."""
    if isinstance(common_words, Mapping):
        return {code: list(words) for code, words in common_words.items()}
    return {None: list(common_words)}


def learn_vocabulary(
    examples: Mapping[str, Iterable[str]],
    common_words: Iterable[str] | Mapping[str, Iterable[str]] = (),
    lemma_tables: Iterable[LemmaTable] | Mapping[str, LemmaTable] | LemmaIndex = (),
    language_of: LanguageOf = None,
    negations: Mapping[object, Sequence[str]] | None = None,
) -> List[str]:
    """The stems of every training example (all intents), of the languages' common words,
    and of every form whose lemma is the lemma of one of those words (`lemma_tables`:
    form -> lemma, one per language, or their LemmaIndex). A word is looked up in the
    table of its text's language (`language_of`; common words given per language), in
    every table when that is unknown. With `negations` (the packs' NEGATION_PREFIXES by
    language), the word behind a negating prefix is known too (`_negated_bases`)."""
    negations = negations or {}
    lemmas = _index(lemma_tables)
    texts = [text for found in examples.values() for text in found]
    known = lemmas.stems_of_texts(texts, language_of)
    for language, words in _common(common_words).items():
        known |= lemmas.stems({word for common in words for word in words_of(common)}, language)
    return sorted(known | _negated_bases(texts, negations, lemmas, language_of))


def _negated_bases(
    texts: Iterable[str], negations: Mapping[object, Sequence[str]], lemmas: LemmaIndex, language_of: LanguageOf
) -> set[str]:
    """The stems (and lemma forms) of the words behind a negating prefix of the examples' words, when the rest is a word
    of the language's lemma table: "onschuldig" known makes "schuldig" and "schuld" known (session 26: "is mijn matras
    de schuld?" had a word never seen), "unhealthy" makes "healthy". `negations`: prefixes by language code."""
    by_language: Dict[object, set[str]] = defaultdict(set)
    for text in texts:
        by_language[language_of(text) if language_of else None].update(words_of(text))
    bases: set[str] = set()
    for language, words in by_language.items():
        for key in [language] if language in lemmas.tables else list(lemmas.tables):
            table, index = lemmas.tables[key], lemmas.forms[key]
            rests = {word[len(prefix):] for word in words for prefix in negations.get(key, ())
                     if word.startswith(prefix) and len(word) - len(prefix) >= STEM_LETTERS}
            bases |= lemmas.stems({rest for rest in rests if rest in table or rest in index}, key)
    return bases


def learn_topic_words(
    examples: Mapping[str, Iterable[str]],
    common_words: Iterable[str] | Mapping[str, Iterable[str]] = (),
    lemma_tables: Iterable[LemmaTable] | Mapping[str, LemmaTable] | LemmaIndex = (),
    shared_by: int = SHARED_BY_TOPICS,
    language_of: LanguageOf = None,
) -> Dict[str, List[str]]:
    """For each topic, the stems of its own examples (with the other forms of their lemmas),
    and under GENERAL the stems any question may have: the common words, and the words of
    `shared_by` topics or more. A topic's list leaves out the general ones."""
    lemmas = _index(lemma_tables)
    per_topic = {intent: lemmas.stems_of_texts(texts, language_of)
                 for intent, texts in examples.items() if is_topic(intent)}
    general = {stem for words in _common(common_words).values() for word in words for stem in stems(word)}
    general |= {stem for stem, count in Counter(s for found in per_topic.values() for s in found).items()
                if count >= shared_by}
    return {GENERAL: sorted(general), **{intent: sorted(found - general) for intent, found in per_topic.items()}}


def about_something_else(text: str) -> bool:
    """The question names another subject (OTHER_SUBJECTS: a dog, the neck, the flu; OTHER_BODY_PARTS: a meniscus, a
    sprained ankle, knee surgery, a hip replacement, arthritis in the hands, session 32AQ; where the back's pain goes,
    PAIN_GOES_TO, names none) and not the low back;
    or the practice's building or admin (PRACTICE_MATTERS: parking, cancelling; something left behind, a copy of an
    invoice, a complaint, session 31AK: the day told with them asks no slot; not a prescription forgotten or found
    again, PRESCRIPTION_MISLAID, session 32AQ);
    or a subject no answer covers, the back named or not (UNCOVERED_SUBJECTS: the weather, diet; a beauty service, another
    care's refund or price: the dentist, glasses, a hospital stay, session 31AK);
    or a long trip by plane, train or coach (TRIPS, session 32AU: the driving answer speaks of a car), unless told as the
    time the back has (TRIP_AS_DEADLINE: "how many weeks before i'm back to normal? we fly in 3 weeks");
    or another person's other body part (OTHER_PERSON_PARTS: "my son's knee");
    or another therapist's trade (OTHER_TRADES: a chiropractor), alone or set against the
    physio (TRADE_COMPARISONS: "is an osteopath better than a physio");
    or an animal treated or hurting (OTHER_PATIENTS: "physio for my dog", "the horse's back") or another hernia than
    the back's (OTHER_HERNIAS: "a groin hernia"), the person's own back not named besides them (session 29U):
    no topic's answer is about it."""
    norm = normalise(text[:2000])
    # "could this put me in a wheelchair" fears the worst, asks no wheelchair access (SUBJECT_FREE_PHRASES, session 30AA)
    # a prescription forgotten, lost or found again is the prescription's question, no lost property
    # (PRESCRIPTION_MISLAID, session 32AQ: "mon prescription oublié dans un tiroir depuis 3 mois, encore valable?")
    # sitting in the waiting room for nothing, told after when to see a doctor is asked, is the person's doubt
    # (SUBJECT_FREE_PHRASES, session 43Q1), no waiting room asked about
    if (_practice_matter_asked(text, norm) or _UNCOVERED_SUBJECT.search(_SUBJECT_FREE_PHRASE.sub(" ", norm))
            or _OTHER_PART_SCAN.search(norm)):
        return True  # cancelling, the weather, diet, a scan of the knee: no answer covers it
    if _TRIP.search(norm) and not _TRIP_AS_DEADLINE.search(norm):
        return True  # "flying home next month, 14 hrs, any tips for my back?" (session 32AU)
    if scans_another_part(norm):
        return True  # "my knee keeps locking, should i get a scan of it?" (session 29)
    if (_OTHER_PATIENT.search(norm) or _OTHER_HERNIA.search(norm)) and not _OWN_COMPLAINT.search(_without_not_own(norm)):
        return True  # the dog's back, a groin hernia: the back (or "hernia") named is not the person's (session 29U)
    # another trade named only as a likeness in a question of what the physio does ("do you crack backs like a
    # chiropractor or is it more exercises?", TRADE_LIKENESS, session 46Q7) asks the physio's role, no other trade
    trades = _TRADE_LIKENESS.sub(" ", norm) if _ROLE_ASKED.search(norm) else norm
    if _OTHER_TRADE.search(trades) and (
        not _OWN_SERVICE.search(trades) or _TRADE_COMPARISON.search(trades) or _OFFER_ASKED.search(trades)
    ):
        return True  # another therapist's trade, which of the two to choose, or whether the practice offers it
    # "walking the dog" is what the person does; "ça coûte un bras" is a price (SUBJECT_FREE_PHRASES, session 27b)
    norm = _SUBJECT_FREE_PHRASE.sub(" ", _OTHER_SUBJECT_ACTIVITY.sub(" ", norm))
    parts = _PAIN_GOES_TO.sub(" ", norm)  # where the back's pain goes names no other part (session 31AH)
    # the back set aside ("los van mn rug doet mijn knie pijn", BACK_SET_ASIDE, session 42Q) is not the question's subject
    own = _OWN_COMPLAINT.search(_BACK_SET_ASIDE.sub(" ", norm))
    return bool(_OTHER_SUBJECT.search(parts) or _OTHER_PERSON_PART.search(parts)) and not own


_BOOKING_ASKED = _any_word_of("BOOKING_ASKED")  # how to book or cancel (not a waiting list: a scan's stays another subject)


def _practice_matter_asked(text: str, norm: str) -> bool:
    """A practice matter (PRACTICE_MATTERS) in the message and in each of its questions: "what happens at the first
    treatment? do i have to undress?" asks the physio's role too (session 39, fresh set 47: the whole message got no
    topic once undressing was a practice matter)."""

    def names_one(part: str) -> bool:
        # how to cancel asked is booking (BOOKING_ASKED, session 43Q1: cancelling goes by the same link and phone), no
        # practice matter; what cancelling late costs stays one
        # whether a private scan is worth it is the scan's (SCAN_WORTH_ASKED, session 44Q3), no practice matter
        part = _SCAN_WORTH_ASKED.sub(" ", _BOOKING_ASKED.sub(" ", _SUBJECT_FREE_PHRASE.sub(" ", part)))
        return bool(_PRACTICE_MATTER.search(part)) and not _PRESCRIPTION_MISLAID.search(part)

    if not names_one(norm):
        return False
    # the first session asked, or what the physio does there (PHYSIO_ROLE_ASKED), in a clause that names no practice
    # matter: undressing or a towel asked with it is what happens in that session (session 40P: "... what happens at the
    # first appointment, do i have to undress lol")
    role = _ASKED_FIRST["faq_physio_role"]
    sentences = _SENTENCE_RE.findall(text[:2000])
    units = [normalise(unit) for unit in [clause for clause, _ in _clauses(text[:2000])] + sentences]
    if any(role.search(unit) and not names_one(unit) for unit in units):
        return False
    questions = [normalise(sentence) for sentence in sentences if "?" in sentence]
    return len(questions) < 2 or all(names_one(question) for question in questions)


_SENTENCE_RE = re.compile(r"[^.!?\n]+[.!?\n]*")
_LEADING_JOINER = re.compile(rf"^\W*(?:(?:{_JOINERS})\W+)+")  # "... ? and how many sessions"


def _asked(text: str) -> str:
    """The sentences of `text` that ask (a "?" or a question's first word) when it also tells
    something around them ("im a plumber n my back's in bits. go in tmrw or ring in sick?"): the
    question's subject is in the question, what is told around it is the person's situation.
    Else all of `text`."""
    sentences = _SENTENCE_RE.findall(text)
    if not any("?" in sentence for sentence in sentences):
        return text
    # a second question often has no "?" ("how long will it take? and can i work"); one joined on with "and"
    # goes on asking ("je peux encore conduire ? et il faudra combien de seances")
    asked = [sentence for sentence in sentences
             if "?" in sentence or _LEADING_JOINER.match(sentence.casefold()) or is_question_shaped(sentence)]
    return " ".join(asked) if len(asked) < len(sentences) else text


def asked_part(text: str) -> str:
    """The sentences of `text` that ask: those with a "?" ("... doen jullie ook dry needling?" has no question's first
    word), else those shaped as a question by their words; "" when none asks."""
    return _asked(text) if "?" in text else " ".join(sentences_asked(text))


def sentences_asked(text: str) -> List[str]:
    """The sentences of `text` shaped as a question by their words (a "?" alone may be a hedge: "it goes down to
    the knee?"), from the clause that opens the question ("im 52, a deep ache for 3 weeks now, should i be worried
    or is this normal at my age" asks "should i be worried or is this normal at my age": the clauses before it tell
    the story)."""
    asked = []
    for sentence in _SENTENCE_RE.findall(text):
        if is_question_shaped(sentence.replace("?", " ")):
            clauses = sentence.split(",")
            start = next((i for i, clause in enumerate(clauses) if i and _QUESTION_CLAUSE.match(normalise(clause))), 0)
            asked.append(",".join(clauses[start:]))
    return asked


def _foreign_words(
    text: str, topics: Sequence[str], topic_words: Mapping[str, set], evidence: Mapping[str, set], context: bool = False
) -> set:
    """The words of the asking parts of `text` (those with a chosen topic's words, in the
    sentences asked when they have such words; else all of it, or with `context` the sentences
    asked: what is told after them is the person's context) that no example of the chosen
    topics has and that are not general."""
    def asking_parts(of: str) -> List[str]:
        parts = [part for part in _PART_RE.split(of.casefold()) if part]
        return [part for part in parts if any(_evidence_stems(part) & evidence.get(topic, set()) for topic in topics)]

    asking = asking_parts(_asked(text)) or asking_parts(text)
    ours = set(topic_words.get(GENERAL, ())).union(*(topic_words.get(topic, ()) for topic in topics))
    # no part has the topic's words, the classifier sure: the sentences asked, not what is told after them ("hoe vaak moet ik komen? ik werk
    # fulltime dus wil het kunnen plannen": the person's work and planning are context; session 27)
    return {word for part in (asking or [_asked(text) if context else text]) for word in words_of(part)
            if _stem(word) not in ours and word not in _NO_SUBJECT_WORDS and not _standard_in(word, ours)}


def _unknown_words(text: str, known: set[str]) -> List[str]:
    """The words of `text` (folded) whose stem is in no training example and no common word,
    and that are not two known words written as one ("doorwerken") or a known word behind
    a separable particle ("wegblijft")."""
    return [word for word in words_of(text) if word not in _NO_SUBJECT_WORDS and not _standard_in(word, known)
            and _stem(word) not in known and not _two_known(word, known) and not _particle_known(word, known)]


def _particle_known(word: str, known: set[str]) -> bool:
    return any(word.startswith(particle) and len(word) - len(particle) >= COMPOUND_PART_LETTERS
               and _stem(word[len(particle):]) in known for particle in _PARTICLES)


def _two_known(word: str, known: set[str]) -> bool:
    return any(
        _stem(word[:cut]) in known and _stem(word[cut:]) in known
        for cut in range(COMPOUND_PART_LETTERS, len(word) - COMPOUND_PART_LETTERS + 1)
    )


def _compound_hits(words: Iterable[str], topic_words: set[str]) -> set[str]:
    """Topic words at the start of or inside long words, known or not: Dutch writes compounds as one word
    ("zaterdagvoormiddag" has appointment_time's "voorm", "rugoefeningen" the exercises' "oefen")."""
    return {found for word in words if len(word) >= COMPOUND_LETTERS for found in topic_words
            if len(found) >= 4 and found in word}


def _parts(text: str) -> List[set[str]]:
    return [found for found in (_evidence_stems(part) for part in _PART_RE.split(text.casefold()) if part) if found]


_CLAUSE_RE = re.compile(r"([^,;.!?\n]+)([,;.!?\n]*)")


def _clauses(text: str) -> List[Tuple[str, bool]]:
    """The clauses of `text`, each with whether it asks: shaped as a question ("how long does it take?", "mag ik
    sporten"), or joined on to one that asks ("can i drive? and i will need how many sessions")."""
    clauses, asking = [], False
    for clause, end in _CLAUSE_RE.findall(text):
        asking = is_question_shaped(clause + end) or (asking and bool(_LEADING_JOINER.match(clause.casefold())))
        clauses.append((clause, asking))
    return clauses


def _asking_parts(text: str) -> List[set[str]]:
    """The parts (`_parts`) of the clauses of `text` that ask."""
    return [part for clause, asking in _clauses(text) if asking for part in _parts(clause)]


def told_part(text: str) -> str:
    """The clauses of `text` told around a question ("my lower back went 2 days ago, how long does this take to
    heal?" tells "my lower back went 2 days ago"); "" when no clause asks ("autorijden met rugpijn sinds 3 weken" is
    the question itself)."""
    clauses = _clauses(text if isinstance(text, str) else "")
    if not any(asking for _, asking in clauses):
        return ""
    return ", ".join(clause.strip() for clause, asking in clauses if not asking)


_FORMULAS = "|".join(merged("questions", "QUESTION_FORMULAS"))  # "kindly advise", "graag weten of", "petite question"
_QUESTION_OPENER = re.compile(r"^\W*(?:" + "|".join(merged("questions", "QUESTION_OPENERS")) + "|" + _FORMULAS + r")\b")
_QUESTION_CLAUSE = re.compile(r"^\W*(?:" + "|".join(merged("questions", "QUESTION_CLAUSE_OPENERS")) + "|" + _FORMULAS
                              + r")\b")
_QUESTION_ALTERNATIVE = re.compile(r"\b(?:" + "|".join(merged("questions", "QUESTION_ALTERNATIVES")) + ")")
# greetings and interjections (and whom they greet) before the question: "Good evening. Kindly advise ...", "yo hoe ..."
# or a title the person addresses first, without a greeting ("Sir how many weeks ...", "dokter, mag ik ...", ADDRESSED:
# session 41Q, the question after it was no question and a story's question went unanswered)
_GREETING = re.compile(r"^\W*(?:(?:(?:" + "|".join(merged("questions", "GREETINGS")) + r")(?:\W+(?:"
                       + "|".join(merged("questions", "GREETED")) + r"))*|(?:" + "|".join(merged("questions", "ADDRESSED"))
                       + r"))\b\W*)+")


def without_greeting(text: str) -> str:
    """`text` normalised, without the greetings before what it says ("bjr vous parlez francais?" -> "vous parlez
    francais?")."""
    return _GREETING.sub("", normalise(text if isinstance(text, str) else ""), count=1)


def is_question_shaped(text: str) -> bool:
    """A "?", or a clause that opens with a question's first word or a polite formula ("can i drive with back
    pain", "mag ik sporten", "hurt my back 4 days ago, when will it stop", "kindly advise if ...", "je voudrais
    savoir si ...") after any greeting ("Good evening. Kindly advise ...", "yo hoe boek ik ..."), or asks a choice
    ("reckon my back'll cope or am I kidding meself", "... of moet ik ff stoppen")."""
    norm = normalise(text if isinstance(text, str) else "")
    if "?" in norm:
        return True
    first, *later = re.split(r"[,.;:!\n]+", _GREETING.sub("", norm, count=1))
    return (bool(_QUESTION_OPENER.match(first)) or any(_QUESTION_CLAUSE.match(c) for c in later)
            or any(_QUESTION_ALTERNATIVE.search(c) for c in [first, *later]))


def choose_topics(
    ranking: Sequence[Tuple[str, float]],
    text: str,
    evidence: Mapping[str, Iterable[str]],
    sure: float = 0.7,
    known: Iterable[str] | None = None,
    topic_words: Mapping[str, set] | None = None,
) -> List[str]:
    """The topics to answer, best first: [] (none fits), [topic] or [topic, second].

    `ranking` is the classifier's (intent, confidence) list, best first; only its best
    topic intent and the topics after it are considered. `known` is the vocabulary of
    `learn_vocabulary` (None: every word counts as known); `topic_words` the table of
    `learn_topic_words` with sets (None: the foreign-word check is off)."""
    text = without_markup(text)  # a tag's name is no word of the question: "<script>" is no prescription
    topics = [(name, confidence) for name, confidence in ranking if is_topic(name)]
    if not topics or about_something_else(text):
        return []
    norm = normalise(text[:2000])
    if _THANKS_TOLD.search(norm) and not is_question_shaped(text):
        return []  # "thanks, you're kinder than my gp 😄" asks nothing (session 46Q8)
    words = {name: set(found) for name, found in evidence.items()}
    settled = next((name for name, phrase in _ASKED_AS.items() if name in words and phrase.search(norm)), None)
    if settled:
        return [settled]  # "je dois amener quoi au premier rendez-vous, mes radios?" asks what the first visit is
    chances = dict(topics)
    preferred = next((name for name, phrase in _ASKED_FIRST.items() if name in words and phrase.search(norm)
                      and (name not in _ASKED_FIRST_WITH_CHANCE or chances.get(name, 0.0) >= LAST_CHANCE
                           or _SERIOUS_ASKED.search(norm))), None)
    rest, sport = _SPORT_OVER_REST
    if preferred == rest and sport in words and _ASKED_FIRST[sport].search(norm):
        preferred = sport  # "can i keep up my jogging or should i give it a rest?" asks about the sport (session 37Q)
    role = _ROLE_OVER_REST[1]
    if preferred == rest and role in words and _ASKED_FIRST[role].search(norm):
        preferred = role  # "is it just a sheet of exercises for home?" asks what the physio does (session 43Q2)
    if preferred:
        # the words of the phrase that put it first are its own (as in _with_second_topic, session 34): "comment je peux
        # prendre un rdv" asks the booking whatever words training left it
        words[preferred] = words[preferred] | _asked_first_stems(preferred, norm)
    if (preferred or topics[0][0]) == _HOURS and _SLOT in words and _SLOT_ASKED.search(norm):
        preferred = _SLOT  # "y a moyen de passer samedi matin ou vous êtes fermés ?" asks for a slot
    text = with_standard_phrases(text)  # "het mes erin zetten" is operating (PHRASE_FORMS, session 29)
    norm = normalise(text[:2000])
    if preferred and topics[0][0] != preferred:  # the two trade places, confidences and all
        chance = dict(topics).get(preferred, 0.0)
        topics = [(preferred, topics[0][1]), (topics[0][0], chance), *(t for t in topics[1:] if t[0] != preferred)]
    first, confidence = topics[0]
    # the component passes its vocabulary as a set: not copied for every question
    vocabulary = known if isinstance(known, (set, frozenset)) or known is None else set(known)
    message = _evidence_stems(text, vocabulary)
    # the classifier proposes, the words decide: a first topic it is sure of without its words gives way to a later
    # one it gives a real chance (RUNNER_UP) that has them (an ibuprofen question read as pregnancy at 0.7, painkillers
    # at 0.3); one it is unsure of gets the honest answer, as before. At 0.1 the held-out set lost two Dutch questions
    # to booking ("hoe vaak moet ik langskomen": sessions 0.70, booking 0.26)
    if confidence < sure and not message & words.get(first, set()):
        # an unsure first without its words is refused: a later state's topic (pregnancy) the classifier gives a real
        # chance (RUNNER_UP), its state named, is read instead ("mag ik als zwangere nog oefeningen doen": rest or move
        # 0.61 without its words, pregnancy 0.36 with them; session 29). Not any later topic: "is it worth going or
        # will they just say paracetamol" (when to see a doctor 0.6, painkillers 0.3) stays unanswered (session 19)
        runner_up = next(((name, chance) for name, chance in topics[1:]
                          if chance >= RUNNER_UP and name in _STATES_TOLD and _STATES_TOLD[name].search(norm)
                          and message & words.get(name, set())), None)
        if runner_up:
            return _gated(*runner_up, [runner_up, *(t for t in topics if t != runner_up)], text, norm, message, words,
                          sure, vocabulary, topic_words)
    if confidence >= sure and not message & words.get(first, set()):
        runner_up = next(((name, chance) for name, chance in topics[1:]
                          if chance >= RUNNER_UP and message & words.get(name, set())), None)
        if runner_up:
            first, confidence = runner_up
            topics = [runner_up, *(topic for topic in topics if topic != runner_up)]
        elif _DECOY.search(norm):
            return []  # the topic's words only in a phrase that asks nothing of it ("lift my kid into the car seat")
        else:
            # none does: when the gate refuses the first for the question's words, a later one with its words is
            # tried (LAST_CHANCE): "le dos me fatigue depuis 2 semaines, est-ce que ça peut cacher quelque chose de
            # grave ?" was acute or chronic at 0.80 without its words, serious at 0.12 with them (session 26)
            chosen = _gated(first, confidence, topics, text, norm, message, words, sure, vocabulary, topic_words)
            later = next(((name, chance) for name, chance in topics[1:]
                          if chance >= LAST_CHANCE and message & words.get(name, set())), None)
            if chosen or later is None:
                return chosen
            first, confidence = later
            topics = [later, *(topic for topic in topics if topic != later)]
    return _gated(first, confidence, topics, text, norm, message, words, sure, vocabulary, topic_words)


def _gated(
    first: str, confidence: float, topics: Sequence[Tuple[str, float]], text: str, norm: str, message: set[str],
    words: Mapping[str, set], sure: float, vocabulary: set[str] | None, topic_words: Mapping[str, set] | None,
) -> List[str]:
    """`choose_topics` for the classifier's `first` topic: [] when the question's words refuse it (unknown or
    foreign words, a subject of their own), else it and a second topic asked."""
    # the words of the sentences asked when they have the topic's words: what is told around them is
    # the person's situation ("hoelang gaat da nog duren? loop al ne week krom gelijk nen ouwe vent")
    asked = _asked(text)
    if not _evidence_stems(asked, vocabulary) & words.get(first, set()):
        asked = text
    unknown = _unknown_words(asked, vocabulary) if vocabulary is not None else []
    # a compound with the topic's word counts, known or not (session 25: "zaterdagvoormiddag" is two known words)
    has_words = bool(message & words.get(first, set()) or _compound_hits(words_of(asked), words.get(first, set())))
    very_sure = has_words and confidence >= VERY_SURE
    max_unknown = MAX_UNKNOWN_WORDS_VERY_SURE if very_sure else MAX_UNKNOWN_WORDS
    # one unknown word passes with the topic's words, or when the classifier is very sure without
    # them ("how do i make sure it doesnt come back, its finally easing off": "finally" is no subject)
    if unknown and not ((has_words or confidence >= VERY_SURE) and confidence >= sure
                        and len(set(unknown)) <= max_unknown):
        return []  # about something the topics were not trained on
    if confidence < sure and not has_words:
        return []
    chosen = _with_second_topic(first, topics, text, words)
    max_foreign = MAX_FOREIGN_WORDS_VERY_SURE if very_sure else MAX_FOREIGN_WORDS
    if topic_words is not None:
        # a state's topic (pregnancy) whose state is not named gets no such leave ("my neighbour had the same and it was
        # cancer. should i worry?" was read as pregnancy at 1.0)
        context = confidence >= CONTEXT_SURE and not (first in _STATES_TOLD and not _STATES_TOLD[first].search(norm))
        # how it began is the story (session 29); a greeting before the question is no subject ("Bonjour, ..."; 30AA)
        told = _ONSET_TOLD.sub(" ", _SUBJECT_FREE_PHRASE.sub(" ", _GREETING.sub("", norm, count=1)))
        foreign = _foreign_words(told, chosen, topic_words, words, context)
        subjects = {_stem(word) for word in foreign} & _SUBJECT_STEMS
        if first == _SLOT and _ASKED_FIRST[_SLOT].search(norm):
            subjects = set()  # "... while the kids are at camp, anything free wednesday?": the person's day (session 28)
        if subjects and _state_told_first(chosen, norm):
            subjects -= _STATE_ACTIVITY_STEMS  # "mag ik nog fietsen nu ik zwanger ben" asks the pregnancy question
        if first == "faq_prescription" and _PRESCRIPTION_MISLAID.search(norm):
            # where the prescription was forgotten or found is the person's story ("ik vond mijn oud voorschrift terug in
            # de schuif, is dat nog geldig?": "vond", "schuif"; session 32AU)
            max_foreign = MAX_FOREIGN_WORDS_VERY_SURE
        if len(foreign) >= max_foreign or subjects:
            return []  # shares a word with the topic, asks about something else (the weather, a bike)
    # a state that changes the answer, named in the question itself ("is back pain normal when pregnant or should i be
    # worried" was read as serious only): its answer is given too, within MAX_TOPICS (session 25)
    for name, state in _STATES_TOLD.items():
        if name not in chosen and name in words and state.search(norm):
            chosen = [chosen[0], name]
    return chosen


def _state_told_first(chosen: Sequence[str], norm: str) -> bool:
    """The first topic chosen is a state (pregnancy) that `norm` names: an activity asked in it is its question."""
    return chosen[0] in _STATES_TOLD and bool(_STATES_TOLD[chosen[0]].search(norm))


def _with_second_topic(
    first: str, topics: Sequence[Tuple[str, float]], text: str, words: Mapping[str, set]
) -> List[str]:
    """[first], or [first, second] in the order they were asked: a second topic when another
    part of the message has that topic's words and none of the first's."""
    chosen = [first]
    # the words of the first topic's asked phrase are its own (session 33: "j'peux-tu chauffer mon truck" asks driving; its
    # "chauffer" gave heat or cold as a second topic)
    own = _asked_first_stems(first, normalise(text[:2000]))
    if own:
        words = {**words, first: words.get(first, set()) | own}
    # the sentences asked, when they have the first topic's words ("... the painkillers are barely
    # touching it" is told, not asked); else the whole message ("is it bad to be on co-codamol every
    # day? bit worried": "worried" is the first topic's)
    parts = _parts(_asked(text))
    if not any(part & words.get(first, set()) for part in parts):
        parts = _parts(text)
    if len(parts) < 2 or not any(part & words.get(first, set()) for part in parts):
        return chosen  # one question, or no part of it is clearly the first topic's
    order = {name: index for index, (name, _) in enumerate(topics)}
    asking = _asking_parts(text)
    told_text = normalise(told_part(text))
    states_told = {name for name, state in _STATES_TOLD.items() if told_text and state.search(told_text)}
    for part in parts:
        if part & words.get(first, set()):
            continue
        # the second topic is asked, not told ("im a bricklayer, should i stay home" asks no heat or cold question),
        # but for a state told that changes the answer ("im pregnant, can i take ibuprofen?")
        told = part not in asking
        others = sorted(
            (name for name, found in words.items()
             if name != first and part & found and (not told or name in states_told)),
            key=lambda name: order.get(name, len(order)),
        )
        if others:
            chosen.append(others[0])
            break
    # answered in the order they were asked
    return sorted(chosen, key=lambda name: next(i for i, part in enumerate(parts) if part & words[name]))


def guess_topic(ranking: Sequence[Tuple[str, float]], text: str, sure: float = 0.7) -> str | None:
    """For a question `choose_topics` gave no topic: the classifier's best topic when it was
    sure of it (confidence >= `sure`) and the question does not name another subject (a
    dog, the neck). The checks above refused it for its words, so the person is asked
    ("did you mean: can I go to work?"), never given that answer unasked; the person can
    say no. `make nlu-report` prints how often the guess is the question's topic on the
    blind set, and how often a question no topic fits is asked back."""
    topics = [(name, confidence) for name, confidence in ranking if is_topic(name)]
    if not topics or topics[0][1] < sure or about_something_else(text):
        return None
    return topics[0][0]
