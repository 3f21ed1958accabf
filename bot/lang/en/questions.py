"""English words for reading questions (bot/reading/faq.py)."""

#: Words that join two questions in one message ("can I drive, and how many sessions?").
QUESTION_JOINERS = ("and", "also", "plus")

#: "when" asking, not "when" opening a told clause with its subject after it ("when i lie still it's ok, i can sleep",
#: session 40: a night-pain answer read as a question)
WHEN_ASKED = r"when(?! (?:i|im|i'm|you|u|he|she|we|they|it|its|my|the|ur|your)\b)"
#: Words a question opens with when it has no "?" ("can i drive with back pain").
QUESTION_OPENERS = (
    "can", "could", "should", "shall", "is", "are", "am", "do", "does", "did", "will", "would", "may", "might",
    "must", "how", "what", "whats", WHEN_ASKED, "why", "where", "which", "who", "whom", "whose", "any", "anything",
    "pls", "please", "tell", "explain", "i wonder", "wondering", "question", r"r (?:u|you)", "shud", "cud", "wud",
    # Scots (session 19): "dae ye think a can drive hame", "kin a go back tae ma work", "wid it be ok"
    r"dae (?:ye|you|u|i|a)", r"kin (?:a|ah|ye|i)", r"wid (?:it|ye|a|i)", "shd",
)  # fmt: skip
#: A question after a story, in a later clause ("hurt my back 4 days ago, when will it stop").
QUESTION_CLAUSE_OPENERS = (
    "how", "what", "whats", WHEN_ASKED, "why", "where", "which", "who", r"(?:can|could|should|shall|will|would|may|must|do|does|is|are|r) (?:i|it|that|this|you|u|she|he|they|we)",
)  # fmt: skip

#: Greetings, interjections and whom they greet before a question (session 19): "Good evening. Kindly advise if I
#: can resume duty", "yo is it ok to run", "hiya, quick q, ...": the question opens after them. A statement stays one
#: ("hi, my back hurts since monday" opens with no question word). Not "right" or "well" ("right is worse than left").
GREETINGS = (
    r"h+i+", "hiya", "hii+", r"he+y+", "heya", "yo", "hello", "helo", "hallo", "howdy", "greetings", "dear",
    r"good (?:morning|afternoon|evening|day)", r"(?:morning|evening|afternoon)(?=\s*[,.!;:])", "oh", "ah", "um+", "erm",
    "ok", "okay", "so", "sorry", "excuse me", "pardon",
)  # fmt: skip
#: Whom a greeting is for ("hello sir", "hi there", "good morning doc").
GREETED = (
    "sir", "madam", "maam", "mam", "doc", "doctor", "team", "all", "there", "guys", "folks", "everyone", "mate",
    "physio", "ma'am", "dear", "friends", "yall",
)  # fmt: skip
#: Polite formulas a question opens with, first or after a greeting or a story ("kindly advise if ...", "i was
#: wondering if ...", "quick q, ...", "reckon my back'll cope"): as good as a question word.
QUESTION_FORMULAS = (
    r"kindly (?:advise|advice|let me know|tell me|confirm|inform me|help|guide|suggest)", r"(?:please |pls )?let me know",
    r"(?:i was |i am |im |i'?m |was |just |am )?wondering", r"i wonder", r"quick (?:q|qn|question)", r"wee (?:q|question)",
    r"small (?:q|question|doubt)", "one question", r"just a (?:q|question)", r"i have a (?:q|question|doubt)",
    r"(?:do )?(?:you|ya|ye|u) (?:reckon|think)", "reckon", "any idea", "any advice", "advise me",
)  # fmt: skip
#: A question told as a choice, anywhere in a clause ("reckon my back'll cope or am I kidding meself", "... or not?").
QUESTION_ALTERNATIVES = (
    r"or (?:am|are|is|should|shall|can|could|will|would|do|does|must|shud|shd|r) (?:i|it|we|you|u|that|this|they|he|she|a)",
    r"or (?:not|nah|no)\W*$",
)  # fmt: skip

#: Words whose crude stem (five letters) is a topic's learned word while they say nothing of it (session 19): any
#: pain "aches" or is "killing me", which pregnancy's examples happen to say ("big ache in my back, can i take
#: ibuprofen?" is no pregnancy question): never a topic's evidence.
NO_EVIDENCE_WORDS = (r"ach(?:e|es|ed|ing|y)", r"kill(?:s|ing|ed)?", "ago")  # "ago": when it began (pregnancy's examples')
#: Phrases with a topic's word that ask nothing of its subject (session 25): a child lifted into the car seat is no
#: driving question. Never a topic's evidence, and a topic the classifier chose for them alone is not answered.
DECOY_PHRASES = (r"(?:child|baby|booster|kids?|toddlers?) ?(?:car )?seats?", r"(?:in|into|out of|from) (?:the|his|her|their|a|its) car ?seats?")
#: What to bring to the first visit (session 25: "should i bring my MRI report to the first session"): what the physio
#: does at the first visit (faq_physio_role), not whether a scan is needed.
FIRST_VISIT_ASKED = (
    r"bring\w* (?:\w+\W+){0,5}?(?:to|for) (?:the|my|our|a|your) (?:very )?first (?:session|appointment|appt|visit|consultation)",
    # what to wear (session 28: "what should i wear to my first physio appointment, gym gear?")
    r"(?:wear|dress|put on)\w* (?:\w+\W+){0,4}?(?:to|for|at) (?:the|my|our|a|your) (?:very )?(?:first )?(?:physio )?(?:session|appointment|appt|visit|consultation)",
    r"(?:what|which) (?:\w+ ){0,2}?(?:clothes|clothing|outfit|kit|gear) (?:\w+ ){0,4}?(?:session|appointment|appt|visit|physio)",
    r"first (?:session|appointment|appt|visit|consultation) (?:\w+\W+){0,4}?bring",
    # the first time at the physio (session 29: "what should i take with me to the physio the first time?")
    r"(?:bring|take|carry)\w*(?: along| with me)? (?:\w+\W+){0,6}?(?:the |my |our )?(?:very )?first (?:time|go)\b",
    r"first time (?:\w+\W+){0,9}?(?:bring|take along|take with)\w*",
    # what to wear asked alone, no session named (session 29U: "what shd i wear, i come straight from work?"); not to
    # bed or at night (sleep), nor a brace ("should i wear a belt" asks no "what")
    r"(?:what|wat|wot) (?:should|shud|shd|shld|shall|do|must|can|would|wud|am i supposed to|r) (?:i|we|u|you) (?:best |ideally |even )?wear\b(?! (?:to|in) bed| at night| for (?:sleep|bed|running|a run|the gym|gym|sports?|football|work|my job)| (?:at|to) work)",
    r"what(?:'s| is|s| are) (?:best|ok|okay|good|fine|appropriate|right) to wear\b", r"what to wear\b(?! (?:to|in) bed| at night| for (?:sleep|bed|running|a run|the gym|gym|sports?|football|work)| (?:at|to) work)",
    r"(?:what|which) (?:clothes|clothing|outfit|kit|gear) (?:should|shud|shd|do|must|can|shall) (?:i|we|u) (?:wear|bring|put on|have on)\b",
    # (session 33I) sports clothes set against one's work or everyday clothes ("gym gear or can i come in my work trousers?")
    r"(?:gym|sports?|workout|exercise|training|loose) ?(?:clothes|clothing|gear|kit|wear|outfit|trousers|shorts)\b(?:\W+\w+){0,5}?\W+or (?:\w+ ){0,4}?(?:work (?:clothes|gear|trousers|uniform|suit|boots)|jeans|suit|uniform|normal clothes|everyday clothes|office clothes)\b",
    r"(?:come|turn up|rock up|show up|come along) (?:\w+ )?(?:in|wearing) (?:my|me) (?:work (?:clothes|gear|trousers|uniform|suit)|jeans|suit|uniform|normal clothes|everyday clothes|office clothes)\b",
    # what to bring asked alone, no visit named (session 33H: "do i have to bring anything along, my paperwork?"); not
    # what brings the pain on
    r"(?:i|we|u|you) (?:\w+ ){0,3}?bring (?:anything|something|owt|any (?:papers|paperwork|documents|forms|scans|x-?rays|results|reports))\b(?! (?:on|up)\b)",
    r"(?:what|wat|wot) (?:do|should|shud|shd|shall|must|will|would|have|am) (?:i|we|u|you) (?:\w+ ){0,3}?(?:bring|take along|take with (?:me|us)|have with (?:me|us))\b(?! (?:on|up)\b)",
    r"what to bring\b(?! (?:on|up)\b)", r"(?:anything|something|things|stuff) (?:i |we |u )?(?:should|need to|must|have to|ought to|gotta|got to) bring\b",
    r"(?:need|have|got|supposed|meant) to bring (?:my |me |an? |the |some |any |our )?(?:old |previous |latest )?(?:id|id cards?|identity cards?|passport|papers|paperwork|documents|forms|insurance cards?|health cards?|scans|x-?rays|mri (?:scans|reports?|results)|scan results|reports)\b",
)  # fmt: skip
#: How long one session lasts (session 30AA, fresh set 35): the sessions' question, whatever is told around it ("how long
#: is an appointment with you? need to fit it in my lunch hour"), settled like the first visit's (faq.py _ASKED_AS)
SESSION_LENGTH_ASKED = (
    r"how long (?:is|are|does|do|will|would|'s|s) (?:a|one|each|the|your|every|an|1)(?: (?:typical|normal|usual|average|single|physio|treatment|standard|regular))? (?:session|appointment|appt|visit|consult|consultation)s?\b(?! (?:take|takes) to (?:work|help|kick))",
    r"how many minutes (?:is|are|does|do|will|would|'s|s|for) (?:\w+ ){0,2}?(?:session|appointment|appt|visit|consult|consultation)s?\b",
    r"(?:length|duration) of (?:a|one|each|the|your|an) (?:\w+ )?(?:session|appointment|appt|visit|consult|consultation)\b",
)  # fmt: skip
#: (session 34V) What one session costs asked ("how much is a session with you all in?"): the refund's answer (what is
#: paid back, and the phone), first (faq.py's _ASKED_FIRST); how many sessions and how long one lasts stay the sessions'
COST_ASKED = (
    r"how much (?:is|are|'s|s|for|per|to pay for|do i pay for|do you charge for|would i pay for|will i pay for) (?:a|one|each|the|your|every|an|1|per)(?: (?:typical|normal|usual|single|physio|treatment|standard|first))? (?:session|appointment|appt|visit|consult|consultation|treatment)s?\b(?! (?:do|will|would|shall) (?:i|we|u|you) need)",
    r"(?:what|how much) (?:does|do|will|would) (?:a|one|each|the|your|an|1) (?:\w+ )?(?:session|appointment|appt|visit|consult|consultation|treatment) (?:\w+ )?cost\b",
    r"(?:cost|price|fee|charge)s? (?:of|for|per) (?:a |one |each |the |your |an |1 )?(?:\w+ )?(?:session|appointment|appt|visit|consult|consultation|treatment)s?\b",
    r"(?:session|appointment|visit|consultation|treatment)s? (?:\w+ )?(?:cost|costs|price|prices|fee|fees)\b",
    r"how much (?:do|does) (?:you|u|ya|physio|a physio|the physio) (?:\w+ )?charge\b",
)  # fmt: skip
#: (session 34X) How many sessions or appointments it takes asked ("roughly how many appointments will it take for a
#: bad back?"): the sessions' answer first (faq.py's _ASKED_FIRST); "appointments" is read as "sessions" (PHRASE_FORMS)
SESSION_COUNT_ASKED = (
    r"how many (?:sessions|appointments|appts|visits|treatments|physio sessions|sittings)\b(?:\W+(?!cover|refund|reimburs|insur|pay|paid|fund)\w+){0,5}?\W+(?:need|needed|take|takes|expect|usually|normally|typically|average|roughly|approx\w*|in total|altogether|all together|enough|suffice|sufficient|required|necessary)\b(?!(?:\W+\w+){0,4}?\W+(?:cover|refund|reimburs|insur|paid|funded))",
    # (session 35L) "sittings" (Indian English), enough asked, a count guessed ("how many sittings for this, 4 or 5?")
    r"how many (?:sessions|appointments|appts|visits|treatments|sittings)\b(?:\W+(?!cover|refund|reimburs|insur|pay|paid|fund)\w+){0,5}?\W+\d+ ?(?:-|or|to|/) ?\d+\b",
    r"(?:\d+|two|three|four|five|six|seven|eight|ten) (?:or \d+ |to \d+ |- ?\d+ )?(?:sessions|appointments|visits|treatments|sittings) (?:\w+ ){0,2}?(?:be |is |are )?(?:enough|sufficient|suffice)\b",
)  # fmt: skip

#: Word endings taken off before topic words are compared ("driving", "drives", "drive" -> "driv").
STEM_ENDINGS = ("ing", "ed", "es", "s", "e")

#: Separable verb particles written as one word with their verb (Dutch "wegblijft"):
#: English writes its particles apart ("stay away"), so none.
SEPARABLE_PARTICLES: tuple = ()

#: What a question is about when it is not the person's low back: another body part, an
#: animal, another illness ("which painkillers are safe for my dog", "my neck is stiff after
#: sleeping"). The topics' answers are about the low back, so such a question gets none of
#: them, unless it names the back too (OWN_COMPLAINT). Not "cat" (a CAT scan), "head" ("head to
#: A&E"), "hands" ("hands-on"), "cold" (a cold pack), "knee" or "foot" (where sciatica goes).
OTHER_SUBJECTS = (
    r"dogs?", "puppy", r"horses?", r"pets?", "neck", r"shoulders?", r"elbows?", r"wrists?", r"fingers?", r"thumbs?",
    r"arms?", r"headaches?", r"migraines?", "jaw", "teeth", "tooth", "flu", "covid",
    # snoring and another person's sleep (session 30V: "my wife snores all night and i can't sleep, any tips?")
    r"snor(?:e|es|ed|ing|er|ers)", r"(?:my|our) (?:baby|babies|newborn|toddler|kids?|children|son|daughter|husband|wife|partner|hubby|missus)(?:'s)?\b(?:\W+\w+){0,5}?\W+(?:(?:won'?t|wont|doesn'?t|doesnt|can'?t|cant|never|barely) (?:\w+ )?sleep\w*|wakes? (?:me )?up|waking (?:me )?up|keeps? me (?:up|awake))",
)  # fmt: skip
#: (session 31AH) Every other body part and joint structure a patient asks about, as one lexicon (read with
#: OTHER_SUBJECTS: no topic unless the low back is named, OWN_COMPLAINT). The parts where the back's pain never goes are
#: named bare (a meniscus, a rotator cuff, the Achilles, whiplash); the leg's parts where sciatica goes (knee, ankle,
#: foot, heel, calf, shin, hamstring, thigh, groin, toe) only as the subject itself: their injury, operation or
#: replacement ("a sprained ankle", "knee surgery", "an operation on my foot"), so "the pain goes into my knee, do i
#: need a scan?" stays the back's question. The hip is left as the tables before treat it (OTHER_PART_SCAN_TOLD,
#: OTHER_PERSON_PARTS). Not "heel" alone (Dutch "very"), "toe" alone (Dutch "to"), "hand", "head" (see above).
_LEG_PARTS = r"(?:knees?|knee ?caps?|ankles?|feet|foot|heels?|calf|calves|shins?|hamstrings?|thighs?|groin|toes|big toe)"
OTHER_BODY_PARTS = (
    r"menisc(?:us|i|al)", r"cruciates?", r"(?:acl|mcl|pcl)s?", r"patell\w*", r"achilles\w*", r"plantar\w*",
    r"heel spurs?", r"shin ?splints?", r"rotator cuffs?", r"(?:tennis|golfer'?s?) elbows?", r"carpal\w*",
    r"whiplash\w*", "tmj", r"temporo-?mandibular", r"collar ?bones?", r"clavicles?", r"forearms?", r"knuckles?",
    r"concussion\w*", r"bunions?", r"tendinit\w*", r"tendonit\w*", r"tendinopath\w*", r"tendons?", r"bicep\w*",
    r"tricep\w*", r"ribs", r"broken rib", r"cracked rib", r"bruised rib",
    # a leg's part as the subject: its injury, operation or replacement
    rf"(?:sprained|sprain|twisted|rolled|turned|broke|broken|fractured|torn|tore|pulled|strained|dislocated|busted|wrecked|knackered|jarred|injured) (?:my |me |an? |the |his |her |their |both )?(?:left |right |bad |other )?{_LEG_PARTS}\b",
    rf"{_LEG_PARTS} (?:surgery|surgeries|operation|op|ops|replacement|arthroscop\w*|reconstruction|sprains?|fractures?|injury|injuries|tears?|ligaments?|strains?|surgeon|specialist)\b",
    rf"(?:surgery|operation|op|arthroscop\w*|keyhole|operat\w*|replacement|reconstruction|repair) (?:\w+ ){{0,2}}?(?:on|of|for|to|in) (?:my|me|the|his|her|their|a|an) (?:left |right |bad |other )?{_LEG_PARTS}\b",
    r"new knees?",
    # (session 33I) an ankle gone over ("went over on my ankle at five-a-side, ice or heat?"): the ankle's question
    r"(?:went|gone|go|goes|going|rolled|turned|keeled|came down) (?:over )?on (?:my |me |an? |the |his |her |their )?(?:left |right |bad |other )?(?:ankles?|foot)\b(?! (?:and|to|into|down|with) )",
    r"ankles? (?:went|goes|has gone|had gone|rolled|turned|went and rolled) over\b",
)  # fmt: skip
#: Another subject named only as part of the person's own activity ("can i keep walking the dog
#: or should i rest"): not what the question is about.
OTHER_SUBJECT_ACTIVITIES = (
    r"walk(?:ing|s)? (?:the|my|our) dogs?", r"(?:the|my|our) dogs? (?:(?:out )?for )?(?:a )?walks?",
    r"(?:take|takes|taking|took) (?:the|my|our) dogs? out", r"dog ?walk(?:s|ing)?",
)  # fmt: skip
# the dog taken round the block or for a stroll (session 30AA): what the person does, no dog asked about
OTHER_SUBJECT_ACTIVITIES += (
    r"(?:take|takes|taking|took|bring|bringing) (?:the|my|our|me) (?:dogs?|pup|puppy) (?:out |along )?(?:round|around|for|to|up|down|on|along)\b",
)  # fmt: skip
#: Set phrases in which a word of SUBJECT_WORDS names no subject ("phone in sick or crack on with the
#: lighter jobs", "will i sleep like a baby again")
SUBJECT_FREE_PHRASES = (
    r"crack(?:ing)? on", r"get(?:ting)? cracking", r"like a baby",
    # hedges around a question (session 26): "generally speaking, how long does it last" asks nothing of speaking
    r"(?:generally|normally|technically|medically|realistically|roughly|strictly) speaking", r"all things considered",
    # "a fancy name for" (session 27): "is that just a fancy name for we dont know" asks nothing of a name
    r"(?:a|just a) (?:fancy|posh|nice|polite|big|medical) (?:name|word|term)",
    # "does it cost an arm and a leg" (session 27b): a price, no arm
    r"cost(?:s|ing)? (?:\w+ ){0,2}?an arm and a leg",
)  # fmt: skip
# ending up in a wheelchair feared (session 30AA: "could this put me in a wheelchair one day?"): how serious it is, no
# access to the practice asked
WHEELCHAIR_FEARED = (
    r"(?:end|ends|ending|ended|wind|winds|winding|wound|land|lands|landing|landed) (?:\w+ ){0,2}?up (?:\w+ ){0,2}?in a wheel ?chair",
    r"(?:put|puts|putting|leave|leaves|leaving|land|lands|landing) (?:me|you|someone|people|him|her) (?:\w+ ){0,2}?in a wheel ?chair",
    r"in a wheel ?chair (?:for (?:life|good|the rest)|one day|someday|eventually|permanently|forever)",
)  # fmt: skip
SUBJECT_FREE_PHRASES += WHEELCHAIR_FEARED
#: Words that are a subject of their own whenever no example of the chosen topic has them, even
#: with the back named ("is the cold weather making it worse?", "how much does a bike cost",
#: "does cracking my back cause damage"): one such word is not the person's context.
SUBJECT_WORDS = (
    "weather", "rain", "rainy", "damp", "crack", "cracking", "cracks", "baby", "babies", "kid", "kids", "child",
    "children", "fly", "flying", "flight", "plane", "cash", "bike", "bikes", "toilet", "kidney", "kidneys", "cupping",
    "gun", "guns", "foam", "roller", "window", "windows", "wear", "clothes",
)  # fmt: skip
#: The activities among SUBJECT_WORDS: asked with a state told that changes the answer ("can i still ride my bike
#: while pregnant"), they are that state's question, not a subject of their own (session 25).
STATE_ACTIVITIES = ("bike", "bikes", "fly", "flying", "flight", "plane")
#: Words naming the complaint the topics are about (a question with one of them is about it).
OWN_COMPLAINT = (r"backs?", "spine", "spinal", "sciatica", "lumbago", r"discs?", r"hernia\w*", "lumbar")
#: Another therapist's trade, which the answers (about physio) do not cover ("does insurance
#: pay for a chiropractor", "do u do dry needling"): such a question gets none of the topics'
#: answers, unless it names the physio too (OWN_SERVICE: "my osteopath sent me to physio, do i
#: need a prescription" asks about physio) without setting the two against each other
#: (TRADE_COMPARISONS).
OTHER_TRADES = (
    r"chiropract\w*", "chiro", r"osteopath\w*", "osteo", r"acupunctur\w*", r"(?:dry )?needling", r"podiatr\w*",
    r"massage therapists?", r"masseu(?:r|se)s?(?![- ]kine)",
    # other treatments whose refund or worth is asked (session 28: "is hypnotherapy covered by my insurance?")
    r"sophrolog\w*", r"hypno\w*", r"naturopath\w*", r"reflexolog\w*", r"homeopath\w*", r"reiki",
    r"massages? (?:\w+ ){0,3}?(?:covered|reimburs\w*|refund\w*|paid back)", r"(?:cover|covers|reimburse|refund)\w* (?:\w+ ){0,3}?massages?",
    # a massage only to relax or pamper (session 26): "a wellness massage", "massage just to unwind"
    r"(?:wellness|spa|pamper\w*) massages?", r"massages? (?:just |only |purely )(?:to|for) (?:relax\w*|unwind\w*|pamper\w*|de-?stress\w*)",
    # treatments and classes the answers do not describe ("do you do shockwave", "do u run pilates classes")
    r"shock ?wave\w*", r"sports? massages?", r"relax(?:ing|ation) massages?", r"deep tissue massages?", r"(?:pilates|yoga) (?:class\w*|lessons?|sessions?)", r"tens machines?",
    # cannabis products (session 20: "does cbd oil help for back pain", no answer is about them)
    "cbd", r"cannabis\w*", "hemp oil",
    # (session 31AH) the other therapies the practice does not give, as one list (not "kinesiology tape", a physio's
    # taping; not manual therapy, which is physio)
    r"kinesiolog(?:y|ist|ists)\b(?! ?tap)", "cupping", r"hijama", r"craniosacra\w*", r"cranio-? ?sacra\w*", "shiatsu",
    "tuina", r"ayurved\w*", r"(?:traditional )?chinese medicine", "tcm", r"acupress\w*", r"bone ?setters?",
    r"(?:faith|energy|reiki|crystal) heal\w*", r"magneti[sz]ers?", r"aromatherap\w*", r"herbal (?:medicine|remed\w*)",
    r"iridolog\w*", r"rolfing", r"bowen (?:therapy|technique|treatment)", r"bioresonan\w*", r"occupational therap\w*",
    r"speech therap\w*", r"feldenkrais", r"alexander technique",
)  # fmt: skip
#: The practice's own trade.
OWN_SERVICE = (r"physio\w*", r"physical therap\w*", "pt", "kine", r"kinesi(?!olog)\w*")  # kinesiology is not physio (31AH)
#: Words that set the physio against another trade ("would a chiropractor be better than physio",
#: "physio or osteo, which is best"): which to choose is for the practice to talk through, no
#: topic's answer compares them (a product decision of session 17: such a question gets the honest
#: answer with the practice's phone).
TRADE_COMPARISONS = (
    "better", "worse", "best", "vs", "versus", "rather", "instead", r"difference\w*", "compared", "same as",
    "which one", "quicker", "faster", "different from", "differently",
    # "whats the diff" (session 26)
    r"diff",
)  # fmt: skip
#: Asking whether the practice offers something (session 19): with another trade, the question is about that trade
#: even when the physio is named ("do you guys do sports massage or is it only physio?")
OFFER_ASKED = (
    r"(?:do|does|can) (?:you|u|ya|youse|yous|ye|yall|the practice)(?: guys| lot| also| even)? (?:do|offer|have|provide|give|run)",
)
#: Subjects no answer covers, named anywhere in the question, the back named or not: the weather and
#: diet (the writers of every fresh question set ask about both). Not "food" ("take it with food") nor
#: "supplements" (an extra fee in Belgium).
UNCOVERED_SUBJECTS = (
    r"diets?", "dietary", r"nutrition\w*", r"vitamins?", "turmeric", "collagen", "magnesium",
    r"anti[- ]?inflammatory (?:diet|foods?|eating)", "weather",
    # the winter's cold (session 25: "does winter cold make back pain worse"), not ice on the back
    r"winter(?:s|'s)? (?:cold|chill)", r"cold (?:winters?|season|months)", r"(?:worse|more) (?:\w+ )?(?:in|during) (?:the )?winter",
    # food said before the anti-inflammatory (session 25: "which foods are anti-inflammatory", "eat anti-inflammatory"),
    # not a tablet taken with a meal ("can i eat before taking my anti-inflammatory")
    r"(?:foods?|meals?|diet)\W+(?:(?!with\b|before\b|after\b|take\b|taking\b|on\b)\w+\W+){0,4}?anti[- ]?inflammator\w*",
    r"eat(?:ing)? (?:more |some |an? )?anti[- ]?inflammator\w*",
    # kidneys or back: which organ hurts is a doctor's question
    r"kidneys? or (?:\w+ )?back", r"back or (?:\w+ )?kidneys?",
    # what to eat, and the back in cold damp weather (session 27): food and the weather are no topic's subject, while
    # "should i use heat or ice" and a tablet taken with food stay questions
    r"what (?:should|shall|can|could|do|must|to) (?:i |we )?eat\b", r"(?:eat|food|foods|eating) (?:\w+ ){0,2}?(?:against|for|to (?:calm|fight|reduce|help)) (?:the |my |an? )?inflamm\w*",
    r"(?:change|improve|adjust) (?:my |the way i |what i )?(?:eat|eating|food)\b",
    r"cold (?:and|n|&) (?:wet|damp|rainy|humid)", r"(?:wet|damp|rainy|humid) (?:and|n|&) cold", r"(?:damp|rainy|wet|humid) (?:days?|weather|climate)",
    r"(?:when|if|whenever) (?:it'?s|its|it is|it gets) (?:\w+ )?(?:raining|rainy|damp|freezing)",
)  # fmt: skip
#: The practice's building and admin, which no answer covers ("is there parking near you",
#: "whats the name of the physio ill be seeing", "can i cancel"): never a topic's answer.
PRACTICE_MATTERS = (
    # a lift and the way in (session 26): "is there a lift in the building?"
    r"(?:is there|have you got|do you have|you have|got|theres) (?:a |an )?(?:lift|elevator)s?\b", r"\belevators?\b",
    r"(?:wheelchair|disabled|step.?free|level) access\w*",
    r"parkin[g']?", "car park", r"park (?:the|my|our|a) (?:car|motor|van)", r"(?:where|anywhere|somewhere|place|spot|space)s? (?:to|i can|can i|do i|we can) park",
    r"park (?:near|nearby|outside|close|round|around|at) (?:ye|you|u|yours|the practice|there)", r"pay (?:and|n|&) display",
    r"wheel ?chairs?", "wifi", r"wi-? ?fi\b", r"cancel\w*", "name of the", "whats the name",
    # (session 31AK) the practice's other matters no answer covers: something left behind ("think i forgot my umbrella
    # at yours on monday", the day no slot asked), a copy of an invoice or attest, a complaint about the practice
    r"(?:left|forgot|forgotten|lost|dropped|mislaid)(?: behind)? (?:my|me|our|a|the|his|her|their|some) (?:\w+ ){0,2}?(?:scarf|scarves|umbrella|brolly|glasses|specs|sunglasses|sunnies|keys?|phone|mobile|coat|jacket|hat|beanie|gloves?|handbag|bag|wallet|purse|charger|earrings?|ring|watch|cardigan|jumper|hoodie|water bottle|headphones|airpods)\b",
    r"(?:did|has|have) (?:anyone|anybody|someone|somebody|you|u|ye) (?:\w+ )?(?:find|found|hand in|handed in|pick up|picked up|see|seen) (?:a|an|my|me|any) (?:\w+ ){0,2}?(?:scarf|umbrella|brolly|glasses|specs|sunglasses|keys?|phone|coat|jacket|hat|gloves?|bag|wallet|purse|charger|earrings?|ring|watch)\b",
    r"lost property", r"lost (?:and|&|n) found",
    r"(?:copy|copies|duplicate|reprint) (?:of )?(?:my |the |an? |that |last \w+'?s )?(?:invoices?|receipts?|bills?|attest\w*|certificates?)",
    r"(?:resend|re-send|send (?:me )?again|send (?:it|them) again) (?:me )?(?:my |the |an? )?(?:invoices?|receipts?|bills?|attest\w*)",
    r"(?:make|file|lodge|submit|raise|put in) (?:a |an )?(?:formal |official )?complaint", r"complain(?:t)? (?:about|against) (?:the |my |your |ur |a |one of your )?(?:physio\w*|therapist|receptionist|reception|staff|practitioner|practice|service|invoice|bill)",
    "what is the name", "whats his name", "whats her name", r"gift vouchers?",
    # the practice's shop: "do u sell those knee pillows", "can i buy a belt from you"
    r"(?:do|does|can) (?:you|u|ya|youse|yous|ye|yall|the practice)(?: guys| lot)? (?:also )?sell",
    # a ride (session 19): "can you drive me home after the appointment", "can someone pick me up"
    r"(?:drive|take|bring|run) (?:me|us) (?:back )?home", r"give (?:me|us) a lift", r"pick (?:me|us) up", r"toilets?", "loo", r"buy (?:one|it|them|a \w+) (?:from|off|at) (?:you|u)",
    # group classes the practice may run (session 24: "do you run group classes like pilates?"): not a sport question
    # sessions by video (session 25: "do you do online video sessions"), not booking online
    # someone brought along to the session (session 30V: "can i bring my son along to the appointment?")
    r"bring(?:s|ing)? (?:along )?(?:my|our|me|the) (?:little |young |two |\w+ year old )?(?:kids?|children|son|daughter|baby|toddler|little one|husband|wife|partner|hubby|missus|boyfriend|girlfriend|mum|mom|mam|mother|dad|father|friend|dog|pup|puppy)\b(?!'s)(?:\W+\w+){0,3}?\W+(?:along|with (?:me|us)|in|to (?:the|my|your|you|ye|u)\b)",
    r"(?:can|could|may|is it ok if|is it okay if|is it alright if|is it fine if) (?:my|our|the) (?:little |young |\w+ year old )?(?:kids?|children|son|daughter|baby|toddler|little one|husband|wife|partner|hubby|missus|boyfriend|girlfriend|mum|mom|mam|mother|dad|father|friend|dog|pup|puppy)\b(?!'s) (?:\w+ ){0,2}?(?:come|comes|sit|sits|stay|stays|wait|waits) (?:along|in|with (?:me|us)|too|as well)",
    r"(?:online|video|virtual|remote) (?:video )?(?:sessions?|consult\w*|appointments?|physio\w*|treatments?|calls?)", r"tele ?(?:health|consult\w*|rehab\w*)", "zoom", "skype", r"(?:by|via|over|on) (?:a )?video(?: call)?",
    r"(?:do|does|can) (?:you|u|ya|ye|yall|the practice)(?: guys| lot)? (?:also |even )?(?:run|have|do|offer|give|organi[sz]e) (?:\w+ ){0,4}(?:classes|groups?)\b", r"any group classes", r"group (?:classes|sessions|lessons) (?:at|with|by) (?:you|u|ye|the practice)",
)  # fmt: skip
#: Chat words and fillers that name no subject ("lol", "atm", "tbh", "wks"): never a sign that
#: a question is about something the topics were not trained on.
CHAT_WORDS = (
    "lol", "lmao", "haha", "hahaha", "tbh", "atm", "rn", "btw", "imo", "idk", "omg", "ffs", "ugh", "pls", "plz", "thx",
    "cheers", "wks", "wk", "hrs", "hr", "mins", "gonna", "wanna", "gotta", "kinda", "sorta", "abit", "yeah", "yep",
    "nope", "okay", "mate", "honestly", "literally", "basically", "actually", "tho", "cos", "coz", "cuz", "ur",
    # SMS spellings of common words ("how often wud i need to come", "cud u squeeze me in")
    "wud", "cud", "shud", "uve", "youve", "wat", "wot", "dunno", "innit", "ya", "yer",
    # the world's Englishes around a question (session 18): Indian "kindly advise", "yaar"; Nigerian pidgin "abeg",
    # "una" (you), "dey" (is), "sef", "o"; Irish "yoke" (thing), "grand"; a rough figure asked ("ballpark")
    "kindly", "advise", "yaar", "bhai", "abeg", "una", "dey", "sef", "biko", "yoke", "grand", "bruv", "bro", "fam",
    "ballpark", "approx", "roughly", "quid",
)  # fmt: skip
#: Dialect and street forms -> the standard words (on top of the red-flag pack's STREET): Scots, Irish, Northern
#: English. A word whose standard form is known is no word never seen ("is it daft tae keep goin tae the gym").
DIALECT_FORMS = {
    "tae": "to", "dae": "do", "oot": "out", "aboot": "about", "goin": "going", "doin": "doing", "comin": "coming",
    "workin": "working", "runnin": "running", "drivin": "driving", "sleepin": "sleeping", "walkin": "walking",
    "meself": "myself", "mesel": "myself", "youse": "you", "yous": "you", "ye": "you", "yis": "you",
    "ken": "know", "aye": "yes", "naw": "no", "wis": "was", "fae": "from", "frae": "from", "wi": "with", "hame": "home",
    "heid": "head", "yin": "one", "cannae": "cant", "summat": "something", "owt": "anything", "nowt": "nothing",
    # Scots and chat (session 19): "can a still dae the bike", "ma back", "the morn", "wid it", "shd", "abt", "tmrw"
    "masel": "myself", "wid": "would", "widnae": "wouldnt", "didnae": "didnt", "dinnae": "dont",
    "isnae": "isnt", "wisnae": "wasnt", "shouldnae": "shouldnt", "willnae": "wont", "awa": "away",
    "efter": "after", "gonnae": "going to", "tellt": "told", "greetin": "crying", "sair": "sore",
    "shd": "should", "wld": "would", "cld": "could", "abt": "about", "smth": "something", "sth": "something",
    "tmrw": "tomorrow", "tmr": "tomorrow", "tmrrw": "tomorrow", "2moro": "tomorrow", "tonite": "tonight",
    "bcos": "because", "bc": "because", "becoz": "because", "prob": "probably", "probs": "probably",
    # chat and trade slang (session 29): "came outta nowhere", "grafting on site", "a brickie"
    "outta": "out of", "outa": "out of", "lotta": "lot of", "hafta": "have to",
    "graft": "work", "grafting": "working", "grafted": "worked", "brickie": "builder", "brickies": "builders",
    "sparky": "electrician", "chippy": "builder", "labourer": "builder", "laborer": "builder",
    "alrite": "alright", "aight": "alright", "yerself": "yourself", "lemme": "let me", "gimme": "give me", "bout": "about",
}  # fmt: skip
#: Spelling families of dialect and chat (session 19), each a (regex on a whole word, standard form) pair: a word
#: that is not known as written is known when one of its standard forms is. Scots and Northern "-in'" for "-ing"
#: ("goin", "runnin", "bendin"), "-ae" for "-o" ("tae", "dae", "nae"), "oo" for "ou" ("oot", "aboot", "hoose",
#: "doon").
#: Forms of common words spaCy's lemma table misses, as (pattern, replacement) on each stop word (see the Dutch pack:
#: "kunnen" -> "kun"); none needed in English.
COMMON_INFLECTIONS: tuple = ()

DIALECT_SPELLINGS = (
    (r"^(\w{2,})in$", r"\1ing"), (r"^(\w+)ae$", r"\1o"), (r"^(\w*)oo(\w+)$", r"\1ou\2"),
)  # fmt: skip

#: pregnancy told around another question ("im pregnant, can i take ibuprofen?"): its answer is added, though not asked
PREGNANCY_TOLD = (r"pregnan\w*", r"expecting (?:a baby|my (?:first|second|third|\w+ baby))", r"\d+ ?(?:weeks|wks|w) gone")
# just given birth (session 30AA: "had my little one 2 months ago and my back's still bad, is that normal?")
PREGNANCY_TOLD += (r"(?<!wife )(?<!partner )(?<!she )(?<!sister )(?<!daughter )(?<!friend )(?:gave|given|giving|give) birth", r"post-?partum", r"post-?natal\w*", r"after (?:the|my) (?:birth|delivery|labour|labor|c-?section|caesarean|cesarean)", r"since (?:the|my) (?:birth|delivery|labour|labor|c-?section|caesarean|cesarean)", r"(?:(?:^|[,.;!?]\s*)|\b(?:i|i've|ive|i have|i just|just|recently) (?:\w+ )?)(?:had|delivered) (?:a|my|the|our) (?:baby|little one|son|daughter|twins)")

#: Negating prefixes: the word behind one in a training example is known too, when it is a word of the language's
#: lemma table ("unhealthy" in the examples makes "healthy" known; session 26). Read at training (bot/nlu/question_topics.py).
NEGATION_PREFIXES = ("un",)

#: Whether the practice is open (on a day, at an hour): the opening hours, even when the classifier reads an
#: appointment ("are you open friday afternoons"); asking for a slot on a day stays an appointment (session 26).
OPEN_ASKED = (
    r"(?:are|r) (?:you|u|ya|ye|youse|yous|yall|you guys|the practice|the clinic|you lot)(?: (?:also|still|even|ever|usually|normally))* open\b",
    r"(?:is|s) (?:the|your) (?:practice|clinic|office|surgery)(?: (?:also|still|even|usually|normally))* open\b",
    # the verb left out or "it" for the practice, with a day (session 30V: "you guys open on saturdays?")
    r"(?:^|[,.;!?]\s*)(?:you|u|ya|ye|yous|youse)(?: guys| lot)?(?: (?:also|still|even|ever|usually|normally))* open (?:on |at |this |next |during |in the )?(?:weekends?|saturdays?|sundays?|evenings?|late|(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\b",
    r"(?:is|s) it open (?:on |at |this |next |during |in the )?(?:weekends?|saturdays?|sundays?|evenings?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\b",
)  # fmt: skip
#: A free slot asked for a day ("anything free tomorrow morning?"): the appointment is the first topic, whatever the
#: classifier's (session 27b).
FREE_SLOT_ASKED = (
    r"(?:any|a|got a) (?:slots?|spaces?|openings?|appointments?|spots?) (?:free|left|available|going|open)\b",
    r"(?:anything|something|owt) (?:free|available|going|open) (?:\w+ ){0,1}?(?:today|tomorrow|tmrw|tomoz|this week)\b",
    # a weekday and an hour, or anything free on a weekday (session 28: "could you fit me in tuesday around 6?")
    r"(?:mon|tues|tue|wednes|wed|thurs|thu|fri|satur|sat|sun)(?:day)? (?:\w+ ){0,2}?(?:at|around|about|for|from|after|@) (?:\d{1,2}(?:[:.]\d\d)? ?(?:pm|am|ish|o'?clock)?|half \w+|noon|lunch\w*)(?!\w)(?! ?(?:hours?|hrs?|h|mins?|minutes?|days?|weeks?|months?|miles?|km|kms|times?)\b)",
    r"(?:at|around|about) \d{1,2}(?:[:.]\d\d)? ?(?:pm|am|ish)? (?:on |this |next )?(?:mon|tues|wednes|thurs|fri|satur|sun)day",
    r"(?:anything|something|room|space|owt) (?:free|available|going|open) (?:on |this |next |for )?(?:mon|tues|wednes|thurs|fri|satur|sun)day",
    # a weekday and its part of the day with an hour, no preposition (session 29: "could i come thursday evening
    # half 7?", "tuesday night 7pm ok?")
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day ?(?:morning|afternoon|evening|night|eve|arvo) (?:\w+ ){0,1}?(?:half \w+|\d{1,2}(?:[:.]\d\d)? ?(?:pm|am|ish|o'?clock))(?!\w)",
    # (session 31AK) the hour in words after a weekday ("could i come friday around three?", "tuesday at half past
    # two"), no duration ("friday for two hours")
    r"(?:mon|tues|tue|wednes|wed|thurs|thu|fri|satur|sat|sun)(?:day)? (?:\w+ ){0,2}?(?:at|around|about|after|@) (?:half past |quarter (?:past|to) )?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?: ?o'?clock|ish| ?thirty| ?fifteen| ?forty-? ?five)?(?!\w)(?! (?:hours?|hrs?|mins?|minutes?|days?|weeks?|months?|miles?|km|times?|sessions?)\b)",
)  # fmt: skip
#: (session 34X) a weekday and a clock hour with no preposition ("would friday 3pm suit?", "2.30pm tuesday ok?")
FREE_SLOT_ASKED += (
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day (?:next |this )?\d{1,2}(?:[:.]\d\d)? ?(?:pm|am)(?!\w)",
    r"\d{1,2}(?:[:.]\d\d)? ?(?:pm|am) (?:on |this |next )?(?:mon|tues|wednes|thurs|fri|satur|sun)day",
)  # fmt: skip
#: A waiting list or how far ahead to book asked: how to book is the first topic, whatever the classifier's (session 28).
WAITING_LIST_ASKED = (
    r"waiting ?(?:lists?|times?)", r"how (?:far|long|many (?:days|weeks)) (?:ahead|in advance|beforehand)",
    r"(?:book|booking|ring|call) (?:\w+ ){0,2}?(?:weeks?|days?|months?|far|long) (?:ahead|in advance)",
    r"(?:how long|long) (?:\w+ ){0,2}?wait (?:\w+ ){0,2}?(?:to get|to be|for an?|before) (?:seen|in|appointment|appt|slot)",
)  # fmt: skip
#: How to book asked (session 34, the lead): the booking is the first topic, whatever the classifier reads in the story around it
#: ("... my chiro said a bulging disc. how can i book in with you?")
BOOKING_ASKED = (
    r"how (?:can|do|could|would|should) (?:i|we) (?:\w+ )?(?:book|make (?:an? )?(?:appointment|appt|booking)|get (?:an? )?(?:appointment|appt))",
    r"(?:where|how) (?:do|can) i (?:go to )?book\b",
)  # fmt: skip
#: Coming without a referral or prescription asked: the prescription is the first topic, whatever the classifier's
#: (session 28: "is it true i can see a physio now without a referral?").
WITHOUT_REFERRAL_ASKED = (
    r"(?:physio\w*|physical therap\w*|see you|come (?:in|to you)|book\w*|go) (?:\w+ ){0,4}?without (?:a |any |an )?(?:gp |doctors? |docs? )?(?:referrals?|prescriptions?|script|note|letter)",
    r"without (?:a |any |an )?(?:gp |doctors? )?(?:referrals?|prescriptions?) (?:\w+ ){0,3}?(?:physio\w*|see you|come in)",
)  # fmt: skip
#: (session 34V) Which doctor may write the referral or prescription asked ("can my rheumatologist do the physio
#: referral, or must it be the gp?"): the prescription first (faq.py's _ASKED_FIRST)
PRESCRIBER_ASKED = (
    r"(?:can|could|may|will|does|do|would|is|should) (?:\w+ )?(?:my|me|a|the|any|an|his|her) (?:\w+ )?(?:rheumatologists?|rheumy|specialists?|consultants?|surgeons?|orthop\w+|neurologists?|gps?|family doctors?|doctors?|docs?|sports doctors?|pain doctors?|pain specialists?) (?:\w+ ){0,2}?(?:write|writes|give|gives|do|does|sign|signs|issue|issues|make|provide|sort) (?:me )?(?:out )?(?:the |a |my |that |this |an )?(?:physio |physiotherapy )?(?:referrals?|prescriptions?|scripts?|referral letters?)\b",
    r"(?:referrals?|prescriptions?|scripts?) (?:\w+ ){0,2}?(?:from|by|off) (?:my |a |the |an )?(?:rheumatologists?|rheumy|specialists?|consultants?|surgeons?|orthop\w+|neurologists?|gps?|family doctors?|sports doctors?|pain specialists?|hospital)\b(?:\W+\w+){0,4}?\W+(?:ok|okay|fine|valid|accepted|enough|count|counts|do|work|good)\b",
    r"(?:referral|prescription|script)s? (?:\w+ ){0,2}?(?:has|have|need|needs|got) to (?:come|be written|be signed|be issued|be) (?:from|by) (?:my |a |the )?(?:gp|family doctor|specialist|rheumatologist|consultant)\b",
    r"(?:referral|prescription|script)s?\b(?:\W+\w+){0,8}?\W+(?:does|do|has|must|should) (?:it|that|this|they) (?:have to |has to |need to |got to )?(?:come|be written|be signed|be) (?:from|by) (?:my |a |the )?(?:gp|family doctor|specialist|rheumatologist|consultant)\b",
    r"who (?:can|may|is allowed to|has to|should|must|needs to) (?:write|sign|give|issue|do|make out) (?:me )?(?:the |a |my |that )?(?:physio |physiotherapy )?(?:referral|prescription|script)\b(?:[\s,]+(?:\w+ ){0,3}?(?:doctors?|gps?|specialists?|consultants?|rheumatologists?|surgeons?)\b){0,2}",
)  # fmt: skip
#: A car's or truck's seat set up asked: driving is the first topic, whatever the classifier's (session 28).
SEAT_SETUP_ASKED = (
    r"(?:adjust|set up|setup|set|position|angle|raise|lower)\w* (?:\w+ ){0,3}?(?:car|truck|lorry|van|drivers?'?|driving|cab|bus|taxi) seats?",
    r"(?:car|truck|lorry|van|drivers?'?|driving|cab) seats? (?:\w+ ){0,3}?(?:set ?up|adjust\w*|position\w*|height|angle|lumbar)",
)  # fmt: skip
#: (session 33I) Driving one's truck, van, bus or taxi asked ("im a trucker, can i still drive my lorry with this?"):
#: driving first, whatever the trade told (faq.py's _ASKED_FIRST)
DRIVING_ASKED = (
    r"(?:drive|driving|drive my|be driving) (?:\w+ )?(?:my|me|the|a|our|his|her) (?:\w+ )?(?:truck|trucks|lorry|lorries|rig|hgv|artic|van|bus|coach|cab|taxi|forklift|tractor)\b",
    r"(?:behind|at) the (?:wheel|steering wheel) (?:of|in) (?:my|me|the|a) (?:\w+ )?(?:truck|lorry|rig|van|bus|coach|cab|taxi|tractor)\b",
)  # fmt: skip
#: A scan of another body part asked ("do i need an mri on my knee?"): no topic, the scan answer is the low back's
#: (session 28).
OTHER_PART_SCANS = (
    r"(?:mri|scan|x-?ray|xray|ultrasound|ct)s? (?:\w+ ){0,2}?(?:of|on|for) (?:my|me|the|his|her|their|your) (?:left |right |other |bad |dodgy )?(?:knees?|shoulders?|neck|ankles?|wrists?|elbows?|feet|foot|hands?|head|brain)\b",
    r"(?:knee|shoulder|neck|ankle|wrist|elbow|foot|hand|head|brain) (?:mri|scan|x-?ray|xray|ultrasound)s?\b",
)  # fmt: skip
#: Whether to go to A&E (the emergency department) asked: when to see a doctor is the first topic, whatever the
#: classifier's ("should i go to A&E, i can barely stand"; session 27); EMERGENCY_WORDS are that topic's words.
EMERGENCY_ASKED = (
    r"(?:should|shall|do|must|need|have) (?:i|we) (?:\w+ ){0,3}?(?:go|get|head|be) (?:to|down to|into) (?:the )?(?:a ?& ?e|a and e|er|emergency|emergency room|casualty)\b",
    r"(?:is (?:this|it|that)|sounds like) (?:an? )?(?:a ?& ?e|emergency|casualty) (?:thing|case|job)",
)  # fmt: skip
EMERGENCY_WORDS = {"casualty": "emergency"}
#: Another person's body part other than the back ("my son has knee pain from football, can he see you too?"): no
#: topic, as OTHER_SUBJECTS, unless the back is named (session 26).
OTHER_PERSON_PARTS = (
    r"(?:my|our) (?:daughter|son|kid|child|boy|girl|wife|husband|partner|hubby|missus|mum|mom|mam|mother|dad|father|sister|brother|friend|girlfriend|boyfriend|nan|gran|grandma|grandad)s?\b(?:\W+\w+){0,8}?\W+"
    r"(?:(?:her|his|their) (?:knees?|hips?|feet|foot|ankles?|legs?|calf|calves|heels?|shins?)|(?:knee|hip|ankle|foot|heel|shin|calf) (?:pain|injury|problems?))",
)  # fmt: skip
#: A slot asked on a day ("can i come in saturday morning or are you closed then?"): an appointment, even when the
#: classifier reads the opening hours; the opening hours come second (session 26).
SLOT_ASKED = (
    r"(?:come|pop|drop|get|call) (?:in|by|round|over|down) (?:on |this |next |a )?(?:mon|tues|wednes|thurs|fri|satur|sun)day",
    r"(?:slots?|appointments?|space|room|openings?) (?:left |free |available )?(?:on |this |next |for )?(?:mon|tues|wednes|thurs|fri|satur|sun)day",
)  # fmt: skip
#: Insurers and health funds by name: reimbursement words ("does DKV cover it?"), no word never seen (session 26). One
#: word each, with its standard word (as DIALECT_FORMS).
INSURERS = {
    name: "insurance" for name in (
        "dkv", "ethias", "axa", "allianz", "bupa", "aviva", "cigna", "vgz", "menzis", "zilveren",
    )
} | {name: "mutuality" for name in ("solidaris", "partenamut", "helan", "securex")}

#: Staying in bed asked (session 29: "my mum says i should stay in bed for a few days, is she right?"): rest or move is
#: the first topic, whatever the classifier's.
BED_REST_ASKED = (
    r"(?:stay|stayed|staying|keep|kept|lie|lying|laid|lay|be|been) (?:\w+ ){0,2}?(?:in|on) (?:my |the )?bed\b",
    r"bed ?rest", r"(?:lie|lying|lay|stay|staying) (?:\w+ ){0,1}?flat (?:on my back )?(?:for|till|until|a few|all)",
    r"(?:stay|staying|keep|keeping) (?:off|of) my feet (?:for|till|until|a few|all)",
    # (session 33H) moving set against resting ("fine to stroll to the shops or should i rest it?"): rest or move
    r"(?:walk|walking|stroll|strolling|move|moving|keep going|keep moving|stay active|staying active|carry on|get up and about)\b (?:\w+ ){0,5}?or (?:\w+ ){0,3}?(?:rest|resting|lie down|lay down|lying down|take it easy|sit still|stay put)\b",
    r"(?:rest|resting|lie down|lay down|lying down|take it easy|sit still|stay put)\b (?:\w+ ){0,4}?or (?:\w+ ){0,3}?(?:walk|walking|stroll|strolling|move|moving|keep going|keep moving|stay active|carry on)\b",
)  # fmt: skip
#: (session 34V) How to lie or sleep asked, a position set against another ("how do i lie in bed at night, side or
#: back?"): sleep first, before staying in bed's rest or move (faq.py's _ASKED_FIRST)
SLEEP_POSITION_ASKED = (
    r"how (?:should|shud|do|can|must|would|am i supposed to|is it best to|best to) (?:i |we |u |you )?(?:lie|lay|sleep|position myself|get comfy|get comfortable)\b(?: down)? (?:in bed|at night|when i sleep|when sleeping|to sleep|for sleep|for the night|overnight)",
    r"(?:best|right|good|ideal|which|what|correct|proper|safest) (?:\w+ )?(?:sleeping|sleep|lying|bed) (?:position|posture|pose)s?\b",
    r"(?:sleep|sleeping|lie|lying|lay|laying) (?:on )?(?:my |me |the |your )?(?:side|back|front|stomach|belly|tummy)\b (?:\w+ ){0,3}?or (?:\w+ ){0,2}?(?:on )?(?:my |me |the |your )?(?:side|back|front|stomach|belly|tummy)\b",
    r"on (?:my |me |the )?(?:side|front|stomach|belly|tummy) or (?:on )?(?:my |me |the )?(?:back|side)\b(?:\W+\w+){0,4}?\W+(?:sleep|sleeping|lie|lying|in bed|at night)\b",
    r"(?:pillow|cushion) (?:between|under) (?:my |me |the )?(?:knees|legs) (?:\w+ ){0,3}?(?:sleep|sleeping|bed|night)\b",
)  # fmt: skip
#: (session 34X) the best way or the position to lie or sleep in asked ("what's the comfiest way to sleep with a sore
#: back?", "which position should i lie in?"), lying down against walking stays rest or move
SLEEP_POSITION_ASKED += (
    r"(?:best|right|good|comfiest|most comfortable|safest|proper|correct|ideal|least painful) way (?:for me |for you |for someone )?to (?:lie|lay|sleep)\b(?! down\b)",
    r"(?:what|which) (?:position|posture|way|side) (?:should|do|can|would|must|is it best to|is best to) (?:i |we |you |u )?(?:lie|lay|sleep)\b(?! down\b)",
)  # fmt: skip
#: (session 34X) A heat or cold remedy asked, whether it is good or against another ("would a wheat bag help or make it
#: worse?", "ice pack or heat pad?"): heat or cold first, whatever the classifier's (faq.py's _ASKED_FIRST)
_HEAT_COLD = (r"(?:hot[- ]?water ?bottles?|heat(?:ing)? (?:pads?|packs?|wraps?|patch(?:es)?|belts?|lamps?|cushions?)|wheat ?(?:bags?|packs?)|"
              r"microwave (?:bags?|packs?|pillows?)|electric blankets?|ice ?packs?|cold ?packs?|gel packs?|ice ?bags?|bags? of (?:frozen )?(?:peas|ice)|"
              r"frozen peas|ice cubes?|(?:cold|warm|hot) compress(?:es)?|deep heat|tiger balm|heat rubs?|infra-?red lamps?|"
              # (session 35L) heat in other words: a fomentation (Indian English), a hot towel or flannel, a heating pad
              r"(?:(?:hot|warm|moist|dry) )?fomentations?|(?:hot|warm|heated) (?:towels?|flannels?|cloths?)|heating (?:pads?|blankets?|cushions?))")
_HEAT_COLD_BARE = r"(?:heat|ice|icing|cold|warmth|warm|hot)"
HEAT_COLD_ASKED = (
    r"(?:is|are|would|will|should|could|can|does|do|might) (?:\w+ ){0,2}?" + _HEAT_COLD + r"\b(?:\W+\w+){0,4}?\W+(?:ok|okay|good|grand|fine|alright|help|helps|helpful|safe|better|bad|worse|wise|sensible|idea|worth)\b",
    _HEAT_COLD + r" (?:\w+ ){0,2}?or (?:\w+ ){0,2}?(?:" + _HEAT_COLD + "|" + _HEAT_COLD_BARE + r")\b",
    _HEAT_COLD_BARE + r" (?:\w+ ){0,2}?or (?:\w+ ){0,2}?" + _HEAT_COLD + r"\b",
    # (session 35L) the remedy first, then whether it is any good ("a hot flannel on it, good idea or not?")
    _HEAT_COLD + r"\b(?:\W+\w+){0,4}?\W+(?:good idea|any good|advisable|recommended|right|correct|worth it)\b",
)  # fmt: skip
#: (session 35K) Exercises to do at home asked, simple or on the floor ("any easy stretches i could do on the living room
#: carpet?"): rest or move first (its answer: keep moving, gentle exercises; faq.py's _ASKED_FIRST with BED_REST_ASKED);
#: gym or sport training stays sport
_EXERCISES = r"(?:exercises?|exercizes?|excercises?|stretch(?:es|ing)?|(?<!bowel )movements?)"
_NOT_TRAINING = r"(?!.*\b(?:gym|weights|training|sport|sports|match|race|club|team)\b)"
HOME_EXERCISE_ASKED = (
    _EXERCISES + r"\b(?:\W+\w+){0,7}?\W+(?:at home|at my place|at my house|(?:round|around|in) the house|in my (?:living ?room|lounge|bedroom)|on the (?:floor|carpet|rug|mat)|on (?:a|my) (?:mat|rug|yoga mat)|on all fours|on my hands and knees|without (?:any )?(?:equipment|kit|gear|weights|machines))\b",
    r"(?:home|floor|mat|bedroom|living ?room) (?:exercises?|stretch(?:es)?)\b",
    r"(?:gentle|simple|easy|basic|little|light|soft) (?:\w+ )?" + _EXERCISES + r"\b" + _NOT_TRAINING,
)  # fmt: skip
#: (session 35K) A named sport or activity asked whether it is bad, or whether it must stop ("i swim lengths twice a
#: week, should i pack that in for now?", "is breaststroke bad for it?"): sport first (faq.py's _ASKED_FIRST); work
#: tasks, driving, sleeping, walking (rest or move), sex and flying are no sport here
_SPORTS = (r"(?:running(?! (?:down|into|through|up|along|from|to)\b)|jogging|jog|jogs|my runs|long runs|parkrun|go for (?:a )?runs?|"
           r"(?:i|we) run(?= )(?! (?:a|an|my own|the|out|late|low|into)\b)|\d+ ?k runs?|\d+k\b|"
           r"swimming|swim|lengths|breaststroke|breast stroke|front crawl|backstroke|butterfly stroke|aqua ?aerobics|"
           r"cycling|spinning|spin class(?:es)?|mountain biking|tennis|padel|squash|badminton|golf|football|footy|"
           r"five-a-side|five a side|5-a-side|5 a side|rugby|hockey|cricket|netball|basketball|volleyball|yoga|pilates|crossfit|weightlifting|lifting weights|deadlifts?|squats|"
           r"climbing(?! (?:the |up |down )?(?:stairs|steps|ladders?))|bouldering|rowing|boxing|kickboxing|martial arts|judo|karate|"
           r"skiing|snowboarding|surfing|dancing|zumba|hiking|horse riding|gym|sport|sports)")
_OTHER_THAN_SPORT = (r"(?! (?:\w+ )?(?:work|working|driving|drive|sleeping|sleep|lifting|carrying|sitting|standing|bending|walking|moving|"
                     r"sex|flying|takin[g]|pills|tablets|medication|painkillers))")
_SPORT_STOP = (r"(?:stop|stopping|quit|quitting|give (?:\w+ )?up|giving (?:\w+ )?up|pack (?:\w+ )?in|knock (?:\w+ ){0,2}?on the head|"
               r"take a break|have a break|drop|cut (?:\w+ )?(?:out|back|down)|lay off|ease off|skip|avoid|carry on|keep (?:on|going|at it|doing)|continue)")
_SPORT_BAD = r"(?:bad\b(?! (?:nemen|genomen|water))|harmful|dangerous|risky|wise|damaging|make it worse|making it worse|worsen)"
SPORT_STOP_ASKED = (
    _SPORTS + r"\b(?:\W+\w+){0,10}?\W+" + _SPORT_STOP + r"\b" + _OTHER_THAN_SPORT,
    r"(?:should|shall|must|do|can|could|would) (?:i|we|you|u) (?:\w+ ){0,3}?" + _SPORT_STOP + r"\b(?:\W+\w+){0,3}?\W+" + _SPORTS + r"\b",
    _SPORTS + r"\b(?:\W+\w+){0,6}?\W+" + _SPORT_BAD + r"\b",
    r"(?:is|isn't|are|would|will) (?:\w+ ){0,3}?(?:" + _SPORT_BAD + r"|safe|ok|okay|alright|all right) (?:\w+ ){0,4}?(?:to |to go |going |to do |doing |to play |playing )?" + _SPORTS + r"\b",
)  # fmt: skip
#: (session 33H) Whether to worry, asked ("should i be worried? can hardly stand up straight since this morning"): how
#: serious it is comes first, whatever the classifier's (a worry about a pill or a scan named after it stays theirs)
WORRY_ASKED = (
    r"(?:should|shud|shd|must|do|need|ought) (?:i|we|u) (?:\w+ ){0,2}?(?:be )?(?:worr(?:y|ied)|concerned|panic\w*|freak\w* out)\b(?! (?:about|over|bout) (?!it\b|this\b|that\b|the pain\b|my back\b))",
    r"(?:is|iss) (?:this|it|that) (?:\w+ )?(?:worrying|something to worry about|a worry|cause for concern)\b", r"(?:anything|something) to (?:worry|be worried) about\b(?! (?!it\b|this\b|that\b))",
)  # fmt: skip
#: Lighter or office duties at work for a while asked (session 29: "could i do desk work for a few weeks instead of
#: lifting?"): work is the first topic, whatever the classifier's.
LIGHTER_DUTIES_ASKED = (
    r"light(?:er)? (?:duties|duty|work|jobs?|tasks?)", r"(?:desk|office|admin|paper) ?(?:work|job|jobs|duties|tasks|side)\b",
    r"(?:adapted|modified|adjusted|reduced|restricted) (?:duties|duty|work|hours|tasks)",
)  # fmt: skip
#: Idioms and phrases read as their standard words before a question's words are weighed (session 29): going under
#: the knife is surgery, staying in bed resting, desk work office work.
PHRASE_FORMS = {
    r"(?:go|going|goes|went|gone) under the knife": "surgery",
    r"(?:cut|cutting|open) (?:me|it|my back) (?:up|open)": "surgery",
    r"(?:stay|stayed|staying|keep|kept|lie|lying|laid|lay) (?:\w+ ){0,2}?(?:in|on) (?:my |the )?bed": "lying flat",
    r"bed ?rest": "lying flat",
    r"light(?:er)? (?:duties|duty|jobs?|tasks?)|(?:desk|office|admin|paper) ?(?:job|jobs|duties|tasks)": "adapted work",
    r"(?:adapted|modified|adjusted|reduced|restricted) (?:duties|duty|hours|tasks)": "adapted work",
    # "how does the first session work" asks how it goes, no work question; "back to normal" is healing, no recurrence
    # (session 30V)
    r"how (?:does|do|will|would|did) (?:the |a |an |your |my |that |this |these |those )?(?:first |initial |1st )?(?:session|sessions|appointment|appointments|appt|appts|visit|visits|consultation|consult|assessment|treatment|treatments|booking|it|that|this|things?) (?:\w+ )?work": "how does it go",
    r"(?:get|gets|getting|got|go|goes|going|come|comes|coming|be|is|are|return|returns|returning) (?:back )?to normal": "recover",
    # (session 34X) how many appointments or visits it takes is how many sessions
    r"how many (?:appointments|appts|visits|treatments)": "how many sessions",
    # (session 35L) "sittings" counted are sessions (Indian English); a fomentation is heat
    r"sittings": "sessions", r"(?:(?:hot|warm|moist|dry) )?fomentations?": "heat",
}
PHRASE_FORMS.update({phrase: "serious" for phrase in WHEELCHAIR_FEARED})  # session 30AA
#: How it began, told before the question ("my back went click when i bent over the washing basket, should i
#: worry?"): the person's story; its words are no subject of the question (session 29).
ONSET_TOLD = (
    r"(?:when|while|as) (?:i|i was|i'?d) (?:\w+ ){0,1}?(?:bent|bending|bend|lifted|lifting|lift|picked|picking|reached|reaching|twisted|twisting|leaned|leaning|stood|standing|got|getting|turned|turning|carried|carrying|pulled|pulling|pushed|pushing|sneezed|sneezing|coughed|coughing|grabbed|grabbing|hoovering|vacuuming)\b[^,;.!?]*",
)  # fmt: skip
# (session 30AA) how it began told as a gerund after the hurt, not asked ("did my back in lugging the shopping up the stairs,
# ...", "tweaked it shifting furniture on sunday, ..."): the person's story, no subject of the question
ONSET_TOLD += (
    r"(?<!will i )(?<!can i )(?<!could i )(?<!might i )(?<!would i )(?<!to )(?<!not )\b(?:hurt|did|done|tweaked|pulled|slipped|strained|injured|wrecked|ricked|cricked|popped|jarred|knackered|twisted|put) (?:(?:it|my|me|myself|a|the|back|disc|something|lower|out|in|over) ){0,3}?(?!being\b|thing\b|something\b|nothing\b|anything\b|everything\b)\w{2,}ing\b[^,;.!?]*",
)  # fmt: skip
#: Another body part named, then a scan of it asked, the back not named ("my knee keeps locking at football, do i need
#: (session 31AH) Where the back's pain goes, told ("does the pain going into my knee mean i need a scan?", "it shoots
#: down to my calf"): the leg's part named there is no other part asked about, so it is blanked before another part's
#: scan told (OTHER_PART_SCAN_TOLD) and the other body parts (OTHER_BODY_PARTS) are read.
PAIN_GOES_TO = (
    r"(?:go|goes|going|went|gone|shoot|shoots|shooting|shot|run|runs|running|ran|radiat\w*|spread\w*|travel\w*|move|moves|moving|moved|come|comes|coming|extend\w*|reach\w*|tingl\w*|down|all the way)\s+(?:\w+\s+){0,3}?(?:into|to|in|behind|through|towards?|as far as|round|around|till|until)\s+(?:my|the|me|both|your|one)\s+(?:left\s+|right\s+|other\s+)?(?:knees?|calf|calves|feet|foot|ankles?|heels?|shins?|thighs?|hips?|groin|toes|legs?|bum|butt|buttocks?)\b",
)  # fmt: skip
#: a scan for it?"): no topic (session 29).
OTHER_PART_SCAN_TOLD = (
    r"(?:my|me|the|his|her) (?:left |right |bad |dodgy )?(?:knee|shoulder|neck|ankle|wrist|elbow|hip|foot|hand)s?\b(?:\W+\w+){0,12}?\W+(?:mri|scan|x-?ray|xray|ultrasound|ct)s?\b",
    # the part named bare at the start of a clause, then a scan of it asked (session 30V: "swollen knee since the
    # weekend, do i need a scan?", "hip has been clicking for weeks, should i get it scanned?")
    r"(?:^|[,.;!?]\s*|\b(?:a|an)\s+)(?:(?:swollen|sprained|twisted|injured|busted|sore|painful|stiff|bad|dodgy|puffy|bruised|left|right)\s+)?(?:knee|shoulder|neck|ankle|wrist|elbow|hip)(?:'s|s)?\b(?:\W+\w+){0,12}?\W+(?:mri|scan|x-?ray|xray|ultrasound|ct)(?:s|ned|ed)?\b",
)  # fmt: skip
#: An animal as the one treated or hurting (physio for a dog, a horse's back, "do you see pets"): no topic, the back
#: named or not, for the back named is the animal's (session 29U); the person's own back named besides keeps its topic.
OTHER_PATIENTS = (
    r"(?:treat\w*|physio\w*|rehab\w*|massag\w*|see|work on|look at|help)\s+(?:(?:also|even|too)\s+)?(?:(?:for|on|of|with)\s+)?(?:(?:my|our|the|a|an|his|her|your|people'?s)\s+)?(?:dogs?|doggy|doggies|cats?|kitty|kittens?|horses?|ponies|pony|puppy|puppies|pets?|animals?|dachshunds?|labradors?|rabbits?|mares?|stallions?|geldings?|greyhounds?)\b",
    r"(?:animal|veterinary|vet|equine|canine|feline|dog|horse|pet)s?\s+(?:physio\w*|rehab\w*|therap\w*|chiro\w*|osteo\w*|massage\w*)",
    r"(?:dog|doggy|cat|kitty|horse|pony|puppy|pet|dachshund|labrador|rabbit|mare|stallion|gelding|greyhound)(?:'s|s'|s)?\s+(?:(?:own|poor|bad|sore|stiff|lower)\s+)?(?:back|spine|hips?|legs?|paws?|discs?|hernia)\b",
    r"(?:dog|doggy|cat|kitty|horse|pony|puppy|pet|dachshund|labrador|rabbit|mare|stallion|gelding|greyhound)s?\s+(?:has|had|have|is|was|got|hurt|injured|strained|seems|keeps)\s+(?:(?!me\b|my\b|i\b|im\b|i'm\b|myself\b)\w+\s+){0,3}?(?:(?:its|his|her|their|a|the)\s+)?(?:back|spine|hips?|legs?|disc|hernia|limp\w*|lame)\b",
)  # fmt: skip
#: Another hernia than the back's disc hernia (the groin's, the navel's, a hiatus hernia): no topic, the word "hernia"
#: being no back named (session 29U); the back named besides keeps its topic.
OTHER_HERNIAS = (
    r"(?:inguinal|groin|umbilical|navel|belly ?button|hiatus|hiatal|femoral|incisional|abdominal|stomach|sports?(?:man'?s)?|scrotal|paraumbilical)\s+hernias?",
    r"hernias?\s+(?:in|of|near|at|by|around)\s+(?:my\s+|the\s+|his\s+|her\s+|me\s+)?(?:groin|navel|belly ?button|stomach|belly|tummy|abdomen|diaphragm|gut)\b",
)  # fmt: skip
#: (session 30AA, fresh set 35) physio for a child, children's physio, a child's handwriting: another patient and
#: another care, no answer is about it ("do you see kids as well?", "paediatric physio?"), the back named or not
UNCOVERED_SUBJECTS += (
    r"pa?ediatric (?:physio\w*|physical therap\w*|therap\w*|rehab\w*)", r"(?:child|children|kids?|baby|babies|infant|toddler|teen)(?:'s|s'|s)? (?:physio\w*|physical therap\w*|rehab\w*)",
    r"(?:physio\w*|treat\w*|rehab\w*|work with|work on|physical therap\w*|take on|look after)\s+(?:(?:also|even|too)\s+)?(?:(?:for|on|with)\s+)?(?:(?:my|our|the|a|an|his|her|your|little|young|small)\s+)?(?:kids?|kiddies|children|child|babies|baby|toddlers?|infants?|son|daughter|teenagers?|teens?|youngsters?)\b",
    r"(?:do|does|can|will|would) (?:you|u|ya|ye|youse|yous|yall|the practice|the physios?)(?: guys| lot)?(?: also| even)? (?:see|treat|take|help) (?:kids|children|babies|toddlers|infants|teenagers|teens|youngsters)\b",
    r"hand ?writing", r"fine motor(?: skills?)?", r"(?:pen|pencil) grip",
)  # fmt: skip

#: (session 29, fresh set 33) a hangover's painkillers and a product's brand are no answer's subject: "ibuprofen or
#: paracetamol for a hangover?", "which brand of lumbar cushion for the car?"
UNCOVERED_SUBJECTS += (r"hangovers?", r"(?:which|what|a|any) (?:particular |specific |good )?brands?", r"brand names?")
#: (session 30V, fresh set 34) the price of a product the practice does not sell (a mattress, a pillow, a brace): "how
#: much does a decent orthopaedic mattress cost?"; a session's price stays reimbursement
UNCOVERED_SUBJECTS += (
    r"(?:how much (?:is|are|for|would|do they charge for)|price|prices|cost|costs|costing|pricey|expensive|cheap)\b(?:[^\w,.;!?]+\w+){0,6}?[^\w,.;!?]+(?:mattress(?:es)?|pillows?|braces?|(?:support|back|lumbar|posture) belts?|cushions?|corsets?|insoles?|office chairs?)\b",
    r"(?:mattress(?:es)?|pillows?|braces?|belts?|cushions?|corsets?|insoles?)\b(?:[^\w,.;!?]+\w+){0,5}?[^\w,.;!?]+(?:cost|costs|price|prices|set me back|pricey|expensive)\b",
)  # fmt: skip
#: (session 33H) A gym or fitness membership and its price ("how much is a monthly gym pass with you?"): no answer covers
#: it; what a physio session costs stays reimbursement, going to the gym with back pain sport
UNCOVERED_SUBJECTS += (
    r"(?:gym|fitness|medical fitness|physio ?fitness|leisure cent(?:re|er)|health club|swimming|pool|pilates|yoga|spinning) (?:memberships?|subscriptions?|pass|passes|cards?|fees?)\b",
    r"memberships? (?:fees?|costs?|prices?|card)\b", r"(?:monthly|yearly|annual|weekly) (?:memberships?|subscriptions?|gym passe?s?|fees?)\b",
    r"(?:sign up|signing up|join|joining|subscribe|subscribing) (?:\w+ )?(?:to|for|at) (?:the|your|ur|a) (?:gym|fitness)\b", r"(?:become|be) a member\b",
)  # fmt: skip
#: (session 31AK, fresh set 37) a beauty or wellness service (anti-cellulite, slimming, a facial, waxing, hot stones) and
#: the refund or price of another care (the dentist, the optician, glasses, a GP's visit, a hospital stay, a
#: psychologist): no answer covers them; a massage for the back and the physio's refund stay questions
_BEAUTY = (r"(?:anti-? ?)?cellulit\w*", r"slimming (?:massages?|treatments?|wraps?|sessions?)", r"facials\b",
           r"(?:an?|the|book|do|offer|get|have) facials?\b(?! (?:pain|numb\w*|nerve\w*|palsy|droop\w*|weakness|swelling|tingl\w*|twitch\w*|spasm\w*))", r"face (?:massages?|treatments?)",
           r"(?:leg |bikini |body )?waxing(?! and wan\w*| n wan\w*)", r"hot ?stones?(?: massages?)?", r"body ?wraps?", r"manicures?", r"pedicures?",
           r"(?:thai|swedish|balinese|lomi ?lomi|tantric) massages?", r"botox", r"fillers", r"teeth whitening")
_OTHER_CARE = (r"(?:dentists?|dental (?:care|work|treatments?|visits?|bills?|check-?ups?|cleaning)|orthodont\w*|opticians?|optometrists?|"
               r"(?:eye ?)?glasses|spectacles|contact lens\w*|eye (?:tests?|exams?)|hearing aids?|"
               r"(?:gp|doctor|doctors|doc)(?:'?s)? (?:visits?|consult\w*|appointments?|fees?|bills?)|"
               r"hospital (?:stays?|bills?|admissions?|nights?)|(?:stay|stays|night|nights) in (?:the )?hospital|hospitali[sz]ation(?! insurance| cover| plan| policy)|"
               r"psychologists?|psychiatrists?|counsell?(?:ing|ors?)|dietitians?|dieticians?|nutritionists?|chiropod\w*)")
_GAP = r"(?:[^\w,.;!?]+(?!or\b|and\b|physio|kine|pt\b)\w+){0,5}?[^\w,.;!?]+"
UNCOVERED_SUBJECTS += (
    *_BEAUTY,
    r"(?:cover|covers|covered|covering|reimburs\w*|refund\w*|pay (?:back|for)|pays (?:back|for)|paid back|paying back|price|prices|cost|costs|how much)\b" + _GAP + _OTHER_CARE + r"\b",
    _OTHER_CARE + r"\b" + _GAP + r"(?:covered|reimbursed|refunded|paid back|cost|costs|price|prices)\b",
)  # fmt: skip
#: (session 34X) The price of a relaxation or wellness service the practice does not offer (relaxation therapy, a
#: relaxing or spa massage, the sauna, a steam room, reflexology): no answer covers it; a physio session's cost stays
#: the refund's (COST_ASKED)
_WELLNESS = (r"(?:relaxation (?:therap\w*|massages?|sessions?|class(?:es)?)|relax(?:ing|ation)? massages?|wellness (?:massages?|treatments?|sessions?|days?)|"
             r"spa (?:days?|treatments?|massages?|sessions?|visits?)|(?:full[- ]body|aromatherapy|deep tissue|hot ?stone) massages?|"
             r"saunas?|sauna sessions?|steam rooms?|hammams?|jacuzzis?|hot tubs?|float(?:ation)? (?:tanks?|sessions?)|reflexology|reiki)")
UNCOVERED_SUBJECTS += (
    r"(?:price|prices|cost|costs|how much|charge|charges)\b" + _GAP + _WELLNESS + r"\b",
    _WELLNESS + r"\b" + _GAP + r"(?:cost|costs|price|prices|charge|fee|fees)\b",
)  # fmt: skip

#: (session 32AQ, fresh set 38) a prescription or referral forgotten, lost or found again, asked about ("found my old
#: prescription in a drawer, still valid?", "left my referral at home, can i still come?"): the prescription's question,
#: no lost property (PRACTICE_MATTERS); the umbrella left in the waiting room stays lost property
_RX = r"(?:prescriptions?(?! (?:glasses|specs|sunglasses|lenses|contacts|sunnies))|referrals?|referral letters?|doctor'?s (?:note|letter|referral)|gp'?s (?:note|letter|referral))"
PRESCRIPTION_MISLAID = (
    rf"(?:left|forgot|forgotten|lost|lose|losing|mislaid|misplaced|found|find|finding|dropped)(?: behind| again)? (?:\w+ ){{0,3}}?{_RX}\b",
    rf"{_RX}\b(?:\W+\w+){{0,5}}?\W+(?:left (?:behind|at home|in|on)|forgot(?:ten)?|lost|mislaid|misplaced|found (?:again|it|in|at|under|behind|back)|turned up|gone missing|went missing|still valid|still good|expired?)\b",
)  # fmt: skip
#: (session 32AQ) the hip's and the hand's own problem, not where the back's pain goes (PAIN_GOES_TO: "going into my
#: hip"): "do you treat a frozen hip?", "hip replacement rehab", "arthritis in my hands"
OTHER_BODY_PARTS += (
    r"hips? (?:replacements?|surgery|surgeries|operations?|op|arthroscop\w*|resurfacing|bursitis|arthritis|osteoarthritis|impingement|dysplasia|labr\w*|fractures?|injury|injuries|prosthes\w*|dislocations?)\b",
    r"(?:new|frozen|arthritic|replaced|broken|fractured|dislocated) hips?\b",
    r"(?:bursitis|arthritis|osteoarthritis|impingement) (?:in|of) (?:my|me|the|his|her|both) (?:left |right )?hips?\b",
    r"(?:surgery|operation|replacement|arthroscop\w*|resurfacing) (?:\w+ ){0,2}?(?:on|of|for|to|in) (?:my|me|the|his|her|a|an) (?:left |right )?hips?\b",
    r"(?:arthritis|pain|numbness|tingling|pins (?:and|n|&) needles) in (?:my|me|both|his|her) (?:left |right )?hands?\b",
    r"(?:my|me|both) (?:left |right )?hands? (?:keeps? |are |is |go |goes |going |gets? )?(?:numb|tingl\w*|swollen|arthritic)\b",
    r"hand (?:surgery|injury|injuries|therapy|therapist|arthritis|fractures?)\b", r"trigger finger", r"de ?quervain\w*", r"dupuytren\w*",
)  # fmt: skip
#: (session 32AU) A long trip by plane, train or coach ("flying home next month, 14 hrs, any tips for my back?", "7 hours
#: on that plane"): no answer covers it (the driving answer speaks of a car), the back named or not; a long drive by car
#: stays driving; coming to the practice by train or bus stays the location
TRIPS = (
    r"flying", r"flights?(?! attendants?| of (?:stairs|steps))", r"(?:aero)?planes?", "airplanes?", "long-? ?haul", r"(?:to|will|can|should|must|gotta|have to|going to|gonna|i) fly\b",
    r"fly (?:home|back|out|over|to)\b", r"(?:train|coach|bus) (?:journey|journeys|ride|rides|trip|trips|travel)\b",
    r"(?:hours?|hrs?|h) (?:\w+ )?(?:on|in) (?:a|the|that|this) (?:train|coach|bus)\b", r"long (?:train|coach|bus)\b",
)  # fmt: skip
#: (session 32AU) The trip told as the time the back has ("how many weeks before i'm back to normal? we fly to kerala in 3
#: weeks"): the healing time's question, the trip no subject
TRIP_AS_DEADLINE = (
    r"how long", r"how many (?:more )?(?:weeks|days|months)", r"how soon", r"(?:be|get) back to normal", r"in time for",
)  # fmt: skip
#: (session 32AU) How to pay (bancontact, a card, cash) and what a missed or cancelled appointment costs: the practice's
#: matters, no reimbursement or booking question; what a session costs and what the mutualiteit pays back stay
PRACTICE_MATTERS += (
    r"bancontact", r"payconiq", r"(?:pay|paying|payment|paid) (?:\w+ )?(?:by|with|w|in|via) (?:a |my )?(?:card|cards|debit card|credit card|bank card|contactless|cash|apple pay|google pay|phone)\b",
    r"cash only", r"card only", r"card payments?", r"(?:take|accept|do you take|do you accept) (?:\w+ )?(?:cards?|card payments?|cash|contactless)\b",
    r"no-? ?shows?", r"(?:miss|missed|missing|skip|skipped) (?:my |an |the |a )?(?:appointment|session|appt)\b(?:\W+\w+){0,6}?\W+(?:pay|charge|charged|fee|cost)\w*",
    # home visits: no booking or driving question
    r"home visits?", r"house calls?", r"(?:come|coming|visit|call round|pop round|pop over|drop by|make it) (?:out )?(?:to )?(?:my|me|our|the patient'?s) (?:house|home|place|flat)\b",
    r"(?:treat|see|visit) (?:me|people|patients|clients) (?:at|in) (?:home|my home|my house|their homes?|their houses?)\b",
    # (session 33I) something stolen or damaged at the practice and whether it is liable; seeing one's own file or notes
    r"(?:bike|bicycle|scooter|car|motor|van|wallet|purse|phone|bag)s? (?:\w+ ){0,2}?(?:stolen|nicked|pinched|swiped|nabbed|robbed|broken into|vandali[sz]ed|scratched|dented)\b",
    r"(?:stole|nicked|pinched|swiped|nabbed|took) (?:my|me|our) (?:bike|bicycle|scooter|car|wallet|purse|phone|bag)\b",
    r"liab(?:le|ility)\b", r"responsible for (?:the |any |my )?(?:theft|damage|damages|stolen|bikes?|cars?|belongings|valuables)\b",
    r"(?:see|read|look at|look through|view|access|check|consult|inspect|get|request|have|ask for) (?:a copy of |copies of |at )?(?:my|me) (?:own |whole |full )?(?:medical |patient |physio |health |treatment |clinical )?(?:file|files|records?|notes|dossier|chart)\b",
    r"access to (?:my|me) (?:own )?(?:medical |patient |physio |health |treatment |clinical )?(?:file|files|records?|notes|dossier|chart)\b",
    r"what (?:the|my|your|ur) (?:physio|physiotherapist|therapist|pt) (?:\w+ ){0,2}?(?:wrote|writes|noted|notes|put|recorded|records|has written|typed|jotted) (?:down )?(?:about|on) me\b",
)  # fmt: skip
#: (session 33H) The practice's showers, changing rooms and lockers ("can i grab a shower at yours after the exercises?"):
#: no answer covers them; a hot shower for the back stays heat
PRACTICE_MATTERS += (
    r"(?:changing|locker|dressing) ?rooms?", r"lockers?\b", r"(?:somewhere|a place|anywhere|place|room) to (?:get )?(?:change|changed|shower|freshen up)\b",
    r"get changed (?:at|in|there|before|after)\b", r"(?:do|does|have) (?:you|u|ya|ye|the practice|the clinic)(?: guys| lot)? (?:\w+ )?(?:have|got) (?:a |any )?showers?\b",
    r"(?:is there|are there|theres|there's) (?:a |any )?showers?\b", r"showers? (?:\w+ ){0,2}?(?:at (?:yours|your place|ur place|the practice|the clinic|the physio'?s?)|on site|onsite)\b",
    r"(?<!hot )(?<!warm )(?<!cold )(?:shower|have a shower|take a shower|grab a shower|wash) (?:at (?:yours|your place|ur place|the practice|the clinic)|there )?after (?:the|my|our|a) (?:session|exercises|workout|class|appointment|treatment|training)\b",
)  # fmt: skip
#: (session 32AU) Another body part asked as the practice's offer ("do you treat knees too?", "do you also do ankles"): another
#: subject; "a pillow between my knees" stays sleep, "on my knees under sinks all day" work
OTHER_BODY_PARTS += (
    rf"(?:do|does|can|will|would) (?:you|u|ya|ye|youse|yous|yall|the practice|the physios?|your physios?)(?: guys| lot)?(?: also| even| ever)? (?:do|treat|see|work on|look at|help with|deal with|take on) (?:\w+ )?{_LEG_PARTS}(?!\w)",
)  # fmt: skip
#: (session 34X) Another place's opening hours asked ("is the chemist on the corner open on sundays?", "what are the
#: opening times of that garden centre?"): not the practice's hours, no answer covers them; the practice's own hours
#: ("are you open saturday? i'm next to the pharmacy") stay the opening hours
_OTHER_PLACES = (r"(?:\w*shops?|\w*stores?|pharmac(?:y|ies)|chemists?|drugstores?|supermarkets?|gyms?|leisure cent(?:re|er)s?|"
                 r"swimming pools?|pools?|library|libraries|post office|banks?|bakery|bakers|butchers?|garden cent(?:re|er)s?|"
                 r"diy|ikea|mall|shopping cent(?:re|er)|pubs?|cafes?|restaurants?|dentists?|vets?|opticians?|launderette)")
_PLACE_THE = r"(?:the|that|this|a|my|our|local|nearest|those|his|her|their) (?:\w+ ){0,2}?"
PRACTICE_MATTERS += (
    r"(?:opening|closing) (?:hours|times) (?:of|for|at) " + _PLACE_THE + _OTHER_PLACES + r"\b",
    _OTHER_PLACES + r"(?:'?s)? (?:opening|closing) (?:hours|times)\b",
    r"(?:is|are|will|would|was) " + _PLACE_THE + _OTHER_PLACES + r" (?:\w+ ){0,4}?(?:open|closed|shut)\b",
    r"(?:when|what time|till when|until when|how late) (?:does|do|will|is|are) " + _PLACE_THE + _OTHER_PLACES + r" (?:\w+ ){0,2}?(?:open|opens|close|closes|shut|shuts|closed)\b",
)  # fmt: skip
#: (session 32AU) The closing or opening time asked ("what time do u close in the evening? need something after 6"): the
#: opening hours first, a slot asked around it may come second
OPEN_ASKED += (
    r"(?:what time|when|how late|till when|until when|til when) (?:do|does|will|are|r) (?:you|u|ya|ye|yous|youse|yall|you guys|the practice|the clinic|it|they|una) (?:\w+ )?(?:close|closed|closing|open|shut|opening)\b",
    r"(?:till|until|til) what time (?:are|r|do|is) (?:you|u|ya|ye|the practice|it) (?:open|working)\b", r"closing times?", r"opening times?",
)  # fmt: skip

#: (session 35L) What a physio does, whether it is worth it or only a massage, why the physio asks so many questions
#: ("is physio even worth the bother?", "why does the physio ask about my life?"): the physio's role first (faq.py's
#: _ASKED_FIRST, after every other phrase); a massage's price stays no topic (UNCOVERED_SUBJECTS)
_PHYSIO = r"(?:physio|physios|physiotherapists?|physiotherapy|physical therap(?:y|ists?)|the physio|a physio)"
PHYSIO_ROLE_ASKED = (
    r"what (?:does|do|can|will|would) (?:a |the |your |my |you )?" + _PHYSIO + r" (?:actually |really |even |exactly |basically |usually )?(?:do|does)\b(?! (?:on|at|in) (?:\w+day|weekends?|the weekend))",
    r"(?:is|was|would|will) (?:\w+ ){0,2}?" + _PHYSIO + r"\b(?:\W+\w+){0,2}?\W+(?:worth (?:it|the|doing|going|a try|trying)|any (?:use|good)|useful|pointless|a waste)\b",
    # the physio named: "is it worth going" alone may be the GP's or a scan's (test_faq_gate29P)
    r"(?:is|was|would|will) (?:seeing (?:a |the )?" + _PHYSIO + r"|going to (?:a |the )?" + _PHYSIO + r") (?:\w+ ){0,2}?worth (?:it|the|doing|going|a try|trying)\b",
    r"(?:can|could|will|would|do|does) (?:a |the )?" + _PHYSIO + r" (?:\w+ ){0,2}?(?:do (?:much|anything|something|owt|a lot)|make (?:a|any) difference)\b",
    r"(?:just|only|basically|simply|all) (?:a |an )?(?:massage|massages|rub ?down|rub|back rub)\b(?:\W+\w+){0,3}?\W+or (?:do|does|will|is|are) ",
    _PHYSIO + r" (?:\w+ ){0,2}?(?:just|only|basically|simply) (?:a |an )?(?:massage|massages|rub ?down|rub|back rub)\b",
    r"why (?:does|do|did|would|will) (?:the |a |my |your |you |u )?(?:" + _PHYSIO + r"|you|u|yous|you guys) (?:\w+ ){0,2}?ask\w* (?:so many|all (?:these|those|the)|that many|loads of|lots of|so much)",
)  # fmt: skip
#: (session 35L) Paying less through the health fund's preferential status (the Belgian "verhoogde tegemoetkoming",
#: BIM, OMNIO, the code on the health fund's sticker): the refund's answer first (faq.py's _ASKED_FIRST, with COST_ASKED)
REDUCED_RATE_ASKED = (
    r"(?:increased|higher|preferential|reduced|lower) (?:reimbursement|rate|refund|allowance|tariff|fee)s?\b", r"omnio", r"bim (?:status|rate)",
    r"(?:status|code|am|i'm|im|with) bim\b", r"(?:code|number|digit) (?:\w+ ){0,3}?(?:sticker|vignette|mutual\w*|health fund\w*)",
    r"(?:sticker|vignette)s? (?:\w+ ){0,3}?(?:ends?|ending|finishes) (?:with|in|on)\b",
    r"(?:do|will|would|can|could|should|shall|go|gonna|'ll) (?:i|we|u|you) (?:\w+ ){0,2}?pay (?:\w+ )?less\b", r"is it (?:\w+ )?(?:less|cheaper) for (?:me|us)\b",
)
#: (session 35M) Moving an appointment to another day or time ("can i move my thursday appointment to monday?"): the
#: appointment's question, first whatever the classifier's (read with FREE_SLOT_ASKED); cancelling stays a practice matter
RESCHEDULE_ASKED = (
    r"reschedul\w*",
    r"(?:move|moving|shift|shifting|change|changing|switch|switching|swap|push|pushing|bring|put) (?:back |forward )?(?:my|the|our|this|that|an?|tomorrow'?s|today'?s|(?:mon|tues|wednes|thurs|fri|satur|sun)day'?s?) (?:\w+ )?(?:appointment|appt|session|booking)s?\b(?! (?:fee|fees|cost|costs|price)\b)",
    r"(?:appointment|appt|session|booking) (?:\w+ ){0,3}?(?:be )?(?:moved|changed|shifted|pushed back|brought forward)\b",
)  # fmt: skip
#: (session 35M) Keeping it from coming back asked ("how do i make sure i'm not stuck with this again?", "any tips to
#: prevent another relapse?"): recurrence, first whatever the classifier's
RECURRENCE_ASKED = (
    r"(?:stop|keep|prevent|avoid) (?:it|this|the pain|my back|the back pain|this pain) (?:from )?(?:coming back|returning|recurring|happening again|flaring up again|coming on again)",
    r"(?:make sure|ensure) (?:[\w'-]+ ){0,8}?(?:never|not|n'?t|dont) (?:[\w'-]+ ){0,4}?(?:again|come back|comes back|coming back|return|returns)\b",
    r"(?:prevent|avoid|stop) (?:a |another |the next |any more |more |further )?(?:relapses?|recurrences?)\b",
    r"(?:stop|prevent|avoid) (?:it|this|the pain) (?:\w+ )?(?:up )?again\b",
)  # fmt: skip
#: (session 35M) When doctors decide to operate, after how many weeks ("at what point do they decide to operate?"):
#: surgery before the healing time; driving or work after an operation stays theirs ("when can i drive after surgery?")
SURGERY_ASKED = (
    r"(?:when|at what point|after how (?:many \w+|long)|how many (?:weeks|months) before) (?:(?!after\b|since\b|following\b|post\b|from\b)[\w'-]+ ){0,6}?(?:operate|operating|surgery|surgeries|an operation|an op|operations|the knife)\b(?:\W+(?:[\w'-]+\W+){0,3}?(?:after|within) how (?:many (?:weeks|months|days)|long)\b)?",
    # the weeks asked after it are the operation's ("when do they operate, after how many weeks?")
    r"(?:operate|operating|surgery|an operation|the knife)\W+(?:[\w'-]+\W+){0,3}?(?:after|within) how (?:many (?:weeks|months|days)|long)\b",
)  # fmt: skip
#: (session 35M) Whether it will be better by a date or an event ("will i be ok by then?", "sorted in time for my exams?"):
#: the healing time, first whatever the classifier's
HEALING_BY_ASKED = (
    r"(?:better|sorted|healed|fixed|fine|ok|okay|alright|right|recovered|over|gone|back to normal|good|fit) (?:\w+ ){0,2}?(?:by then|in time for|by the time)\b",
)  # fmt: skip
TRIP_AS_DEADLINE += (r"by then", r"in time\b")
#: (session 35M) A lumbar belt's or brace's size or model ("which size back brace?", "a lumbar belt in 20 or 25 cm?"): no
#: answer covers it (painkillers bought at the chemist stay; whether a belt helps and driving with one stay)
_BRACE = r"(?:(?:back|lumbar|lower back|support|posture|sacroiliac|si|pregnancy|maternity) (?:belts?|braces?|supports?|corsets?)|braces?|corsets?)"
_BRACE_SIZE = r"(?:sizes?|sizing|cm|centimet(?:er|re)s?|inch(?:es)?|models?|brands?|widths?|heights?|tall|wide|small|medium|large|xl|xxl)"
UNCOVERED_SUBJECTS += (
    _BRACE + r"(?:\W+\w+){0,8}?\W+" + _BRACE_SIZE + r"\b",
    _BRACE_SIZE + r"(?:\W+\w+){0,4}?\W+" + _BRACE + r"\b",
    r"(?:which|what) (?:kind of |type of )?" + _BRACE + r"\b",
)  # fmt: skip
#: (session 36G) A painkiller named (brand or generic) as doing little, or what to take instead ("nurofen does nothing
#: for my back, what else could i take?"): the painkillers' question, first whatever the classifier's
_PAINKILLER = (r"(?:pain ?killers?|pain ?relief|pain meds|pills|tablets|panadol|dafalgan|nurofen|neurofen|ibuprofen|"
               r"paracetamol|brufen|voltaren|naproxen|aleve|perdolan|advil|tylenol|co-?codamol|codeine|aspirin|diclofenac|"
               r"anadin|solpadeine)")
_DOES_LITTLE = (r"(?:(?:does|do|did)(?:n'?t|nt| not) (?:really |even |seem to |actually )?(?:do (?:much|anything|a thing|owt)|help|work|touch)|"
                r"(?:does|do|did) (?:nothing|sod all|bugger all|naff all|very little|little)|(?:is|are|s|re) (?:useless|no good|rubbish|pointless|not working|not helping)|"
                r"(?:is|are)n'?t (?:working|helping|doing (?:much|anything))|barely (?:touch(?:es|ing)?|help(?:s|ing)?|work(?:s|ing)?|do(?:es|ing)? anything))")
PAINKILLER_ASKED = (
    _PAINKILLER + r"\W+(?:[\w'-]+\W+){0,6}?" + _DOES_LITTLE + r"\b",
    r"(?:what|which|anything|something) (?:else )?(?:(?:should|could|can|do|would|shall) (?:i|we|u) (?:be )?)?(?:take|taking)\b(?:\W+[\w'-]+){0,2}?\W+instead\b(?! of)",
    r"(?:something|anything) (?:stronger|better) (?:than|instead of) (?:the |my |that |this )?" + _PAINKILLER,
)  # fmt: skip
#: (session 36G) The pregnancy told by its weeks or months, or as expecting or a bump ("i'm 20 weeks along", "my bump is
#: getting big"): the pregnancy's question, first whatever the classifier's (a state told: PREGNANCY_TOLD too)
_GESTATION = (r"\d+ ?(?:weeks|wks|months) (?:pregnant|preggers|preg)\b",
              r"(?:i'?m|i am|im) (?:only |nearly |almost |now |about |just over |just under )?(?:\d+|a few|several) (?:weeks|months) (?:pregnant|gone|along|preggers)\b",
              r"(?:i'?m|i am|im|we'?re|we are) (?:currently |also |now )?expecting(?:\W*$|[,.;!?]| (?:a baby|a little one|twins|our|my (?:first|second|third|\w+ (?:baby|child))|again))",
              r"(?:my|baby) bump\b(?! (?:on|in|near|at|under|over|by|next|above|below)\b)",
              r"(?:first|second|third|1st|2nd|3rd|last) trimester\b")
PREGNANCY_TOLD += _GESTATION
PREGNANCY_ASKED = _GESTATION
#: (session 36G) Whether it is called or counts as chronic or acute, asked loosely ("does that count as chronic?", "is it
#: acute or what do you call it?"): acute or chronic, first whatever the classifier's
ACUTE_CHRONIC_ASKED = (
    r"(?:is|s|would|does|do|could|will) (?:this|that|it|mine|my back|my pain)(?: (?:now|still|then|already|officially|technically|be|become|count|counts|classed|classified|considered|called|labelled))* (?:as )?(?:chronic|acute)\b",
    r"(?:would|do|does|did|could) (?:you|they|doctors|docs|physios|one|we) (?:\w+ )?(?:call|class|consider|count) (?:it|that|this|mine)(?: as)? (?:chronic|acute)\b",
    r"\b(?:chronic|acute) or (?:not|acute|chronic|what|something else)\b",
    r"(?:what(?:'?s| is) it called|what do (?:you|they|doctors|docs) call (?:it|that|this))\W+(?:[\w'-]+\W+){0,4}?(?:chronic|acute)\b",
)  # fmt: skip
#: (session 36G) How long to wait before going (back) to the GP or a doctor ("it's been 3 weeks, how much longer before i
#: go back to my gp?"): when to see a doctor, first whatever the classifier's (healing time asked with no doctor stays)
_DOCTOR = r"(?:(?:my|the|a|your|me) )?(?:gp|doctor|doctors|doc|docs|dr|family doctor|physician)\b"
DOCTOR_WAIT_ASKED = (
    r"(?:how long|how much longer|how many (?:more )?(?:days|weeks)|when (?:should|do|must|would|shall|will|can) (?:i|we))\b(?:\s+[\w'-]+){0,8}?\s+(?:go|going|get|head|pop|call|ring|phone|see|seeing|visit) (?:back )?(?:to |and see |in to see |down to )?" + _DOCTOR,
    r"(?:wait|waiting|leave it|give it)\b(?:\s+[\w'-]+){0,5}?\s+(?:before|until|till|til) (?:\w+ ){0,4}?(?:go|going|get|head|call|ring|phone|see|seeing)\b(?: back)?(?: to| and see)? " + _DOCTOR,
)  # fmt: skip
#: (session 36H, fresh sets 43 and 44) The weather asked for a day or a town ("any idea if it'll rain in Leuven
#: tomorrow?", "will it be sunny this weekend?"): no answer covers it (the town gave the opening hours); the back worse
#: when it rains stays a question
UNCOVERED_SUBJECTS += (
    r"\bit(?:'ll| will|'s| is|s)? (?:(?:going|supposed|meant|likely|forecast|expected) to |gonna )?(?:rain|snow|pour|drizzle|be (?:sunny|dry|nice out|warm out))\b",
    r"(?:the|a|any|weekend|weekend's|tomorrow's) forecast\b",
)  # fmt: skip
#: (session 36H) The GP's waiting room, a doctor keeping one waiting or a doctor's manners ("my gp always keeps me
#: waiting an hour, is that normal?"): no answer covers them; when to see the GP stays when to see a doctor
_DOC = r"(?:gp|gps|doctor|doctors|doc|family doctor)(?:'?s)?"
UNCOVERED_SUBJECTS += (
    r"waiting ?rooms?",
    r"(?:keep|keeps|kept|keeping|let|lets|make|makes|made|leave|leaves|left) (?:me|us|patients|people|everyone) (?:\w+ )?(?:waiting|wait)\b",
    rf"(?:wait|waits|waited|waiting|sit|sat|sitting) (?:\w+ ){{0,4}}?(?:at|in) (?:the|my|our|his|her) {_DOC}(?: (?:surgery|practice|office))?(?!\w)",
    rf"{_DOC} (?:\w+ ){{0,2}}?(?:rude|unfriendly|impolite|arrogant|condescending|grumpy|always late)\b",
    rf"{_DOC} (?:\w+ ){{0,2}}?(?:run|runs|running|ran) (?:\w+ ){{0,3}}?(?:late|behind)\b",
)  # fmt: skip
#: (session 36H) The knee's or the ankle's own pain, a sport or the stairs named ("my knee hurts going up the stairs since
#: i took up cycling"): another subject (read with OTHER_SUBJECTS: the back named besides keeps the topic, where the
#: back's pain goes, PAIN_GOES_TO, names no other part); the hip is left as before, a pillow between the knees stays
_SORE_PARTS = r"(?:knees?|knee ?caps?|ankles?)"
OTHER_BODY_PARTS += (
    rf"(?:pain|pains|ache|aches|aching|soreness|twinges?|swelling|stiffness|clicking) (?:\w+ ){{0,2}}?(?:in|of|around|under|behind) (?:my|me|the|his|her|both|one) (?:left |right |bad |dodgy )?{_SORE_PARTS}(?!\w)",
    rf"(?:my|me|the|his|her|both|a|one) (?:left |right |bad |dodgy )?{_SORE_PARTS}(?:'s)? (?:(?:is|are|has|have|been|keeps?|started|starts?|still|really|so|always|gets?|getting|feels?|does|do)\s+){{0,3}}(?:hurt\w*|ach\w*|sore|painful|killing|throbbing|swollen|swelling|stiff|locking|playing up|acting up|bothering)\b",
    rf"(?:sore|painful|achy|aching|swollen|throbbing|stiff) {_SORE_PARTS}(?!\w)", r"(?:knee|ankle) (?:pain|pains|ache|aches|problems?|trouble)\b",
)  # fmt: skip
#: (session 40Q) Another part's own complaint told before a short question about it, the back not named ("my knee dey
#: pain me when i climb, wetin fit cause am?", "my heels ache every morning, why?"): one list of the parts
#: (_COMPLAINT_PARTS: the foot, the heel and the hip besides the knee and the ankle), Nigerian Pidgin and street forms of
#: being sore ("dey", "don dey", "pain me"), the pain at the front or side of the part, the part swollen, puffy or
#: bruised. Not numb or tingling (where sciatica goes: how serious it is); where the back's pain goes (PAIN_GOES_TO) is
#: blanked before, the back named besides keeps the topic (OWN_COMPLAINT).
_COMPLAINT_PARTS = r"(?:knees?|knee ?caps?|ankles?|feet|foot|heels?|hips?|wrists?|elbows?|shoulders?|neck)"
OTHER_BODY_PARTS += (
    rf"(?:pain|pains|ache|aches|aching|soreness|twinges?|swelling|stiffness|clicking|throbbing) (?:\w+ ){{0,3}}?(?:in|of|around|under|behind|at|on) (?:my|me|the|his|her|both|one) (?:left |right |bad |dodgy )?{_COMPLAINT_PARTS}(?!\w)",
    rf"(?:my|me|the|his|her|both|a|one) (?:left |right |bad |dodgy )?{_COMPLAINT_PARTS}(?:'s)? (?:(?:is|are|has|have|been|keeps?|started|starts?|still|really|so|always|gets?|getting|feels?|does|do|dey|don|all|just)\s+){{0,3}}(?:hurt\w*|ach\w*|sore|painful|killing|throbbing|swollen|swelling|swell|swelled|swells|puffy|bruised|stiff|locking|playing up|acting up|bothering|pain|pains|paining)\b",
    rf"(?:sore|painful|achy|aching|swollen|throbbing|stiff|puffy|bruised) {_COMPLAINT_PARTS}(?!\w)",
    r"(?:foot|heel|hip) (?:pain|pains|ache|aches|problems?|trouble)\b",
)  # fmt: skip
#: (session 37Q, fresh set 45) How long until it is "normal" again, asked with a time ("how many days before my back is
#: back to normal?", "when will i feel normal again?"): the healing time first (faq.py's _ASKED_FIRST); "is it normal"
#: asks no time
_UNTIL_WHEN = r"(?:how (?:many|much|long|soon)|when)\b(?:\W+[\w']+){0,8}?\W+"
HEALING_BY_ASKED += (
    _UNTIL_WHEN + r"(?:be|become|feel|get|go|come|am|are|is|was|being|getting|feeling|it's|i'm|i'll|im|ill)\s+(?:\w+\s+){0,1}?(?:back to normal|normal again|normal)\b(?!\s+(?:to|for|that|if|or|when)\b)",
    _UNTIL_WHEN + r"back to normal\b",
)  # fmt: skip
#: (session 37Q) What a physio does with someone in a session, asked by one who never went ("what do you actually do
#: with someone in a session?"): the physio's role
PHYSIO_ROLE_ASKED += (
    r"what (?:do|does|will|would|did) (?:you|u|you guys|yous|they|physios|" + _PHYSIO + r") (?:actually |really |even |exactly |basically |usually |normally |then )?(?:do|does) (?:with|to) (?:someone|somebody|people|a person|patients|a patient|you|me|us)\b",
    r"what (?:actually |really |exactly )?happens (?:to|with) (?:someone|somebody|people|a person|a patient|you|me) (?:at|in|during) (?:a |the |your )?(?:" + _PHYSIO + r"|session|appointment|treatment)",
)  # fmt: skip
#: (session 37Q) Staying home from work or calling in sick, asked ("i stand all day in the shop, should i stay home until
#: it settles?", "should i call in sick?"): work first (faq.py's _ASKED_FIRST, with LIGHTER_DUTIES_ASKED); staying home
#: with no work named stays rest or move's
_WORK_NAMED = r"(?:work|job|shift|shifts|boss|workplace|office|warehouse|site|shop|till)"
STAY_HOME_ASKED = (
    r"(?:should|shall|must|do|can|could|would|need to|better to|best to|ok to|okay to|wise to) (?:i |we |u |you )?(?:\w+ ){0,3}?(?:stay|remain|be) (?:at )?home\b(?=.*\b" + _WORK_NAMED + r"\b)",
    r"\b" + _WORK_NAMED + r"\b.*\b(?:should|shall|must|do|can|could|would|need to|better to|best to|ok to|okay to|wise to) (?:i |we |u |you )?(?:\w+ ){0,3}?(?:stay|remain|be) (?:at )?home\b",
    r"(?:call|ring|phone) in sick", r"(?:should|shall|must|do|can|could|would|need to|better to|best to|ok to|okay to) (?:i |we |u |you )?(?:\w+ ){0,2}?(?:stay|be|keep|take (?:\w+ ){0,2}?(?:days?|time|weeks?)) off (?:work|my work|the job|my job)\b",
)  # fmt: skip
#: (session 37Q) A named sport asked whether to keep it up or give it a rest ("can i keep up my jogging or should i give it
#: a rest?"): sport, before rest or move (faq.py); resting asked with no sport named stays rest or move
_SPORT_REST = r"(?:give (?:it|that|them|those|this|\w+) a (?:rest|break|miss)|rest (?:it|them|from it)|take a rest|(?:have|take) (?:a |some )?(?:time|weeks?|days?) off|pause (?:it|them)|hold off|sit (?:it|this|them) out)"
SPORT_STOP_ASKED += (
    _SPORTS + r"\b(?:\W+\w+){0,10}?\W+" + _SPORT_REST + r"\b" + _OTHER_THAN_SPORT,
    r"\b(?:morning|evening|daily|weekly|usual|sunday|long|short) runs\b(?:\W+\w+){0,10}?\W+(?:" + _SPORT_STOP + r"|" + _SPORT_REST + r")\b",
)  # fmt: skip
#: (session 37Q) When to see a doctor asked as "at what point", or a doctor's visit asked "or not" ("at what point should i
#: see a doctor?"): when to see a doctor first (with EMERGENCY_ASKED and DOCTOR_WAIT_ASKED)
DOCTOR_WHEN_ASKED = (
    r"(?:at what point|how do i know (?:when|if)|how will i know (?:when|if))\b(?:\s+[\w'-]+){0,6}?\s+(?:go|get|see|visit|call|ring) (?:back )?(?:to |and see )?" + _DOCTOR,
    r"(?:should|shall|must|do|need to) (?:i|we) (?:\w+ ){0,2}?(?:go (?:and )?see|see|go to|visit) " + _DOCTOR + r"(?:\W+\w+){0,2}?\W+or not\b",
)  # fmt: skip
#: (session 37Q) Whether ordinary back pain can be something serious, asked after a relative's or friend's illness told
#: ("my uncle's back pain turned out to be a tumour, can normal back pain be serious?"): how serious it is first, the
#: classifier's chance or not (faq.py); the relative's illness is no red flag of the writer's
SERIOUS_ASKED = (
    r"(?:can|could|might|may|does|do) (?:\w+ ){0,2}?(?:normal|ordinary|regular|simple|plain|common|everyday|usual) (?:lower |low )?(?:back ?pain|backache|back ache|back problems?) (?:\w+ ){0,3}?(?:be|mean|hide|signal|turn out to be|become) (?:\w+ ){0,2}?(?:serious|dangerous|sinister|cancer|something (?:bad|worse|nasty|more))\b",
    r"(?:can|could|might|may) (?:it|this|mine|that) (?:\w+ ){0,2}?(?:also |too )?(?:be|mean|hide|turn out to be) (?:\w+ ){0,2}?something (?:serious|sinister|nasty|bad) (?:too|as well)\b",
)  # fmt: skip
#: (session 37Q) Exercises for home asked ("any exercises for home?"): rest or move (HOME_EXERCISE_ASKED)
HOME_EXERCISE_ASKED += (_EXERCISES + r" (?:for (?:at )?home|for the house|to do at home|i can do at home)\b",)
# (session 38Q) what "acute" or "chronic" means, asked with a guess ("so acute just means sharp?", "does chronic mean it
# never goes away?"): acute or chronic (faq.py's _ASKED_FIRST)
ACUTE_CHRONIC_ASKED += (
    r"(?:does|do|did|so|is|isn'?t) (?:the word |the term )?'?(?:acute|chronic)'? (?:really |actually |just |then |basically )?(?:mean|means|meaning|the same as|same as)\b",
    r"(?:what|wat) (?:does|do|is|'?s) (?:the word |the term )?'?(?:acute|chronic)'? (?:really |actually |even |exactly )?(?:mean|meaning)\b",
    r"\b(?:acute|chronic)'? (?:just |really |actually |basically )?means\b",
)  # fmt: skip
# (session 38Q) the doctor first, only for a paper, before the physio ("do i have to go via my gp before i can see a
# physio?", "seeing the doctor just for a note"): the prescription (WITHOUT_REFERRAL_ASKED)
_DOC = r"(?:gp|doctor|doc|dr|family doctor|physician)"
WITHOUT_REFERRAL_ASKED += (
    r"(?:see|visit|go to|go via|go through|go past|get to|pass by) (?:a |my |the |your )?" + _DOC + r"\b(?: first)? (?:before|to be allowed to|in order to) (?:\w+ ){0,2}?(?:physio\w*|physical therap\w*|you|coming|i come|booking|book)\b",
    r"(?:physio\w*|physical therap\w*|see you|come (?:in|to you)|book\w*|go) (?:\w+ ){0,4}?without (?:going to|seeing|visiting|going via|going through|passing by|a visit to|first seeing|first going to) (?:a |my |the |your )?" + _DOC + r"\b",
    _DOC + r"s?\b(?:\W+\w+){0,3}?\W+(?:just|only|simply|purely|merely) (?:for|to get) (?:a |the |that |some |one )?(?:paper|note|letter|piece of paper|bit of paper|signature|form|referral|prescription)\b",
)  # fmt: skip
# (session 38Q) what the insurance pays back, its deductible or top-up named ("does physio come off my deductible?",
# "is it covered by my top-up insurance?"): the refund's, whatever the classifier's (faq.py's _ASKED_FIRST)
INSURANCE_ASKED = (
    r"deductibles?", r"(?:insurance|policy) excess", r"(?:top-?up|supplementary|complementary|basic|extra) (?:health )?(?:insurance|cover)\b",
    r"(?:is|are|will|would|does|do) (?:physio\w*|it|this|that|the sessions?|the treatments?|treatment|sessions?) (?:\w+ ){0,2}?(?:get |be )?(?:reimbursed|refunded|paid back)\b",
    r"(?:insurance|insurer|health fund|medical aid|mutual\w*) (?:\w+ ){0,3}?(?:reimburse|reimburses|refund|refunds|pay back|pays back)\b",
)  # fmt: skip
# (session 38Q) a leg symptom told, then whether to see the doctor for it asked, yes or no ("should i go to the gp for
# that, yes or no?"): when to see a doctor (DOCTOR_WHEN_ASKED)
DOCTOR_WHEN_ASKED += (
    r"(?:should|shall|must|do|need to|have to) (?:i|we) (?:\w+ ){0,2}?(?:go (?:and )?see|see|go to|visit) (?:(?:my|the|a|your|me) )?" + _DOC + r"\b(?:\W+\w+){0,3}?\W+(?:yes or no|or not|y or n)\b",
    r"(?:should|shall|must|do|need to|have to) (?:i|we) (?:\w+ ){0,2}?(?:go (?:and )?see|see|go to|visit) (?:(?:my|the|a|your|me) )?" + _DOC + r"\b (?:for|about) (?:that|this|those|these)\b",
)  # fmt: skip
# (session 38Q) whether back pain can be dangerous at all, after scary reading ("can back pain actually be dangerous?"):
# how serious it is (SERIOUS_ASKED); not "is it dangerous to drive"
SERIOUS_ASKED += (
    r"(?:can|could|is|are|might|may) (?:\w+ ){0,2}?(?:lower |low )?(?:back ?pain|backache|back ache|back problems?|a bad back|sciatica) (?:\w+ ){0,3}?(?:dangerous|serious|sinister|life[- ]threatening|deadly)\b(?! (?:to|for|when|if|while)\b)",
)  # fmt: skip
# (session 38Q) staying in bed on a board or plank, the old belief (BED_REST_ASKED); the belief asked and who keeps saying
# it ("my nan insists ...", "is that an old wives' tale?") name no subject
BED_REST_ASKED += (
    r"(?:stay|staying|lie|lying|lay|laying|sleep|sleeping|rest|resting)\b(?:\W+\w+){0,4}?\W+on (?:a |the )?(?:wooden |hard |flat )?(?:board|plank|boards|planks)\b",
)  # fmt: skip
SUBJECT_FREE_PHRASES += (
    r"(?:an? |just an? )?old wives'? tales?", r"(?:an? |just an? )?(?:myth|urban legend)s?\b",
    r"my (?:mum|mom|mother|dad|father|nan|nana|gran|granny|grandma|grandmother|grandad|grandpa|aunt|auntie|uncle|wife|husband|partner|neighbour|neighbor|friend|mate|colleague|boss) (?:\w+ )?(?:insists?|says|said|keeps saying|swears|told me|tells me|reckons|believes)(?: that)?(?= (?:i|you|u|we|one|it|its|it's|bed|lying|resting)\b)",
)  # fmt: skip
#: (session 39Q, fresh set 47) How to lie in bed or at night asked as "be lying", tips for lying in bed, or getting comfy
#: told then asked about ("how should i be lying overnight?", "any advice for lying in bed with this?"): sleep, before
#: staying in bed's rest or move (its "lying in bed")
SLEEP_POSITION_ASKED += (
    r"how (?:should|shud|do|can|must|would|am i supposed to|is it best to|best to) (?:i |we |u |you )?(?:be )?(?:lying|laying|sleeping|lie|lay|sleep)\b(?: down)? (?:\w+ ){0,1}?(?:in bed|at night|overnight|when i sleep|for the night)\b",
    r"(?:tips|advice|tricks|ideas|suggestions|hacks|pointers)\b(?:\W+\w+){0,2}?\W+(?:for|on|about) (?:\w+ ){0,1}?(?:lying|laying|sleeping|getting comfy|getting comfortable|positioning myself)\b(?:\W+\w+){0,1}?\W+(?:in bed|at night|overnight)\b(?! (?:all day|for days|for a (?:few )?days?|a few days|till|until)\b)",
    r"(?:can'?t|cant|cannot|can not|never|struggle to|struggling to) (?:get|find|stay|be) (?:\w+ )?(?:comfy|comfortable)\b(?:\W+\w+){0,3}?\W+(?:in bed|at night|overnight)\b(?:\W+[\w']+){0,4}?\W+(?:tips|advice|suggestions|ideas|what (?:can|should|do) i do|how (?:do|can|should) i)\b",
)  # fmt: skip
#: (session 39Q, fresh set 47) When it starts to ease or improve asked ("when does it usually start to ease off?"): the
#: healing time first (faq.py's _ASKED_FIRST)
HEALING_BY_ASKED += (
    r"(?:when|at what point|how soon) (?:does|will|should|do|would|might) (?:it|this|the pain|my back|things|the stiffness) (?:\w+ ){0,1}?(?:(?:start|begin|starts|begins) (?:to )?)?(?:ease|easing|improve|improving|settle|settling|calm down|calming down|subside|subsiding|let up|letting up|wear off)\b",
)  # fmt: skip
#: (session 39Q, fresh set 47) The insurance chipping in, or paying it all oneself ("does my insurance still chip in?",
#: "will i have to pay the whole lot myself?"): the refund's answer (faq.py's _ASKED_FIRST)
INSURANCE_ASKED += (
    r"(?:insurance|insurer|health fund|medical aid|mutual\w*)\b(?:\W+[\w']+){0,2}?\W+(?:chip in|chips in|contribute|contributes|pay (?:anything|something|a share|part|some)|pays (?:anything|something|a share|part|some))\b",
    r"pay (?:for )?(?:the )?(?:whole|full|entire) (?:lot|bill|cost|amount|whack)\b", r"pay (?:for )?(?:it all|everything|the lot) (?:myself|out of (?:my own )?pocket)\b",
)  # fmt: skip
# (session 39N) lasting or permanent damage feared ("could this leave me with permanent damage?"): how serious it is
# (SERIOUS_ASKED); damage feared from what one does ("if i keep running") or from an operation stays that question's
_NO_DAMAGE_CAUSE = r"^(?!.*\b(?:if|when|while|operation|op|surgery|surgeon|operated|operate|injection|injections|epidural)\b)"
SERIOUS_ASKED += (
    _NO_DAMAGE_CAUSE + r".*?\b(?:permanent|permanently|lasting|irreversible|irreversibly|long[- ]term|lifelong|for life) (?:damage|damaged|harm|harmed|injury|injuries|consequences)\b",
)  # fmt: skip
# (session 39N) what one pays oneself, the share left after the insurance ("how much comes out of my own pocket?", "the
# co-pay"): the refund's answer (COST_ASKED)
COST_ASKED += (
    r"(?:out of|from) (?:my|your|our|me|me own) (?:own )?pocket\b", r"out[- ]of[- ]pocket\b", r"co-?pays?\b", r"co-?payments?\b",
    r"left (?:to )?(?:pay|paying) (?:\w+ )?(?:myself|ourselves|out of)\b",
)  # fmt: skip
# (session 39N) going on as usual set against sparing or protecting the back ("can i get on as usual or should i spare my
# back?"): rest or move (BED_REST_ASKED); with one's work, a sport or driving named it stays that question
_NOT_WORK_OR_SPORT = (r"^(?!.*\b(?:work\w*|job|shift|office|boss|sport\w*|gym|football|running|jogging|run|golf|tennis|swim\w*|cycling|"
                      r"training|drive|driving|lifting)\b)")
_AS_USUAL = r"(?:as usual|as normal|like normal|like usual|normally|carry on|get on with|go about|keep doing|business as usual|the usual)"
_SPARE_BACK = r"(?:spare|protect|go easy on|baby|nurse|be careful with|take care of|look after|save) (?:my|the|me) (?:\w+ )?back"
BED_REST_ASKED += (
    _NOT_WORK_OR_SPORT + r".*?\b" + _AS_USUAL + r"\b(?:\W+\w+){0,6}?\W+or (?:\w+ ){0,4}?" + _SPARE_BACK + r"\b",
    _NOT_WORK_OR_SPORT + r".*?\b" + _SPARE_BACK + r"\b(?:\W+\w+){0,4}?\W+or (?:\w+ ){0,3}?(?:carry on|keep going|go on|live normally|as usual|as normal|continue)\b",
)  # fmt: skip
# (session 39N) better by a holiday ("will it be sorted by christmas?", "gone before new year?"): the healing time
# (HEALING_BY_ASKED); a holiday told as when it began names no time asked
_HOLIDAY = r"(?:christmas|xmas|x-mas|new year'?s?|new years eve|easter|the holidays|halloween|boxing day|bank holiday|summer|the summer holidays)"
HEALING_BY_ASKED += (
    r"(?:better|sorted|healed|fixed|fine|ok|okay|alright|right|recovered|over|gone|back to normal|good|fit|clear|done|settled)(?: \w+){0,2}? (?:by|before|in time for) " + _HOLIDAY + r"\b",
)  # fmt: skip

#: (session 39P) What the practice's FAQ does not answer, asked with a topic's word: a towel brought along or undressing
#: for the treatment ("do i need a towel with me?"), an exercise room to train in alone, a visit to the workplace,
#: prenatal or pregnancy classes, where else or how fast to get a scan, a scan's report sent in advance, a place for
#: one's bike, walks around the practice: no answer covers them. What to wear to the first visit stays the physio's role
#: (FIRST_VISIT_ASKED), a warm towel heat, whether a scan is needed the scan's, exercising while pregnant the pregnancy's
_SCAN_WORDS = r"(?:mri|mris|scans?|x-?rays?|xrays?|ct|ct scans?|ultrasounds?|imaging)"
PRACTICE_MATTERS += (
    r"(?:bring|take|need|have|pack|carry)\w* (?:(?!hot\b|warm\b|cold\b|wet\b|damp\b|heated\b|rolled\b)\w+ ){0,3}?towels?\b(?! (?:on|over|under|around|against|rolled)\b)",
    r"(?<!hot )(?<!warm )(?<!cold )(?<!wet )(?<!damp )(?<!rolled )towels? (?:\w+ ){0,2}?(?:with me|along|provided|supplied|there)\b",
    r"undress\w*", r"strip (?:down|off)\b", r"(?:take|taking|took|get|getting|got) (?:off )?(?:my|me|our|all my|all|your) clothes(?: off)?\b",
    r"(?:down to|in) (?:my|me|your) (?:underwear|undies|pants|knickers|boxers|bra)\b",
    r"(?:exercise|fitness|training|workout|weights|rehab) (?:rooms?|areas?|halls?|studios?|spaces?)\b",
    r"(?:workplace|ergonomic|ergonomics|office|desk|worksite|work ?station) (?:visits?|assessments?|checks?|audits?|evaluations?)\b",
    r"(?:come|coming|visit|visiting|pop|drop) (?:round |over |by |out |in )?(?:to )?(?:our|my|the|your) (?:company|office|offices|workplace|firm|factory|warehouse|business|school)\b",
    r"(?:(?:do|does|can) (?:you|u|ya|ye|yall|the practice)(?: guys| lot)?(?: also| even)? (?:do|have|offer|run|give|organi[sz]e|provide)|is there|are there|have you got|you have) (?:\w+ ){0,3}?"
    r"(?:pregnancy|prenatal|pre-natal|antenatal|ante-natal|postnatal|post-natal|maternity|mums? (?:and|n|&) bab(?:y|ies)) (?:yoga|pilates|gym|class|classes|courses?|groups?|lessons?|swimming|aqua\w*|fitness|workouts?)\b",
    rf"where (?:can|could|do|should|would|shall|to) (?:i |we |you |u |one )?(?:\w+ )?(?:get|have|book|go for|do) (?:a |an |my |the )?(?:private |quick |fast )?{_SCAN_WORDS}\b",
    rf"which (?:hospital|clinic|centre|center|place|radiolog\w*)s?\b(?:\W+\w+){{0,5}}?\W+{_SCAN_WORDS}\b",
    rf"{_SCAN_WORDS}\b(?:\W+\w+){{0,5}}?\W+(?:quickest|fastest|quickly|asap|without (?:\w+ )?wait\w*|waiting (?:lists?|times?)|wait(?:ing)? (?:for )?(?:\d+|two|three|four|six|several|many) (?:weeks|months))\b",
    rf"private (?:\w+ )?{_SCAN_WORDS}\b", rf"waiting (?:lists?|times?) (?:for|on) (?:a |an |the |my )?{_SCAN_WORDS}\b",
    rf"(?:email|e-mail|mail|send|forward|upload)\w* (?:\w+ ){{0,3}}?(?:{_SCAN_WORDS}|reports?|results?|images?|letters?|documents?|papers?|files?)\b(?:\W+\w+){{0,6}}?\W+(?:before|beforehand|in advance|ahead|prior|first)\b",
    r"(?:bike|bicycle|cycle|scooter) ?(?:racks?|stands?|sheds?|parking|storage|shelter|park)\b",
    r"(?:lock|leave|put|park|store|chain) (?:up )?(?:my|me|our|the|a) (?:bike|bicycle|scooter)s?\b",
    r"(?:walking|hiking|cycling|bike|nature) (?:routes?|trails?|paths?|tracks?|walks?)\b", r"(?:nice|good|lovely|decent|pretty) (?:walks|places to walk|strolls)\b",
)  # fmt: skip
#: (session 39P) A child's back ("my daughter is 11 and her back hurts, should i worry?"): another patient, the back named
#: being the child's; one's own back hurt lifting a child stays the person's
OTHER_PATIENTS += (
    r"(?:my|our) (?:little |young |teenage |\d+ ?(?:year|yr)s? ?old )?(?:daughter|son|kid|kiddo|child|boy|girl|teen|teenager|little one|lad|lass)s?\b(?:\W+(?!i\b|im\b|i'm\b|my\b|me\b|myself\b)\w+){0,8}?\W+(?:her|his|their) (?:lower |low |own |poor |sore )?backs?\b",
)  # fmt: skip
#: (session 39P) A prescription or referral to bring asked ("do i have to bring a referral to my first appointment?"):
#: the prescription's answer (whether one is needed), settled before what to bring to the first visit (faq.py _ASKED_AS)
PRESCRIPTION_BROUGHT = (
    rf"(?:do|should|must|shall|will|would|can) (?:i|we|u|you) (?:\w+ ){{0,3}}?(?:bring|take along|have with me)\w* (?:a |an |my |the |your |our )?{_RX}\b",
    rf"(?:need|have|got|supposed|meant) to bring (?:a |an |my |the |your |our )?{_RX}\b",
)  # fmt: skip

#: (session 40P) A painkiller dose asked with a brand or a count ("i'm on 2 nurofen 400 three times a day, can i take one
#: more?", "had 4 paracetamol already, is another one too much?"): painkillers first (faq.py's _ASKED_FIRST, with
#: PAINKILLER_ASKED); a child's or another body part's medicine stays another subject (about_something_else)
_ONE_MORE = (r"(?:one more|another(?: one)?|an extra(?: one)?|a third|a fourth|a fifth|a 3rd|a 4th|a 5th|"
             r"one extra|too much|too many|over the (?:limit|max\w*)|the max\w*|max dose|maximum dose|the limit)")
_COUNTED = (r"(?:\d+|one|two|three|four|five|six|a couple of|a few) (?:x |times )?(?:\w+ )?" + _PAINKILLER
            + r"|" + _PAINKILLER + r" (?:\d+ ?(?:mg|g|gr)? |forte )?(?:\d+ ?(?:x|times)|(?:two|three|four|five|six) times|once|twice)\b")
#: (session 40P) A child's or another person's dose asked ("can my son have a third nurofen?", "could she take another
#: paracetamol?"): another patient, no painkillers' answer (the person's own dose is PAINKILLER_ASKED)
_SOMEONE_ELSE = (r"(?:he|she|they|him|her|them|(?:my|our) (?:little |young |\d+ ?(?:year|yr)s? ?old )?(?:son|daughter|kid|kiddo|child|baby|toddler|boy|girl|"
                 r"little one|teen|teenager|husband|wife|partner|mum|mom|mam|dad|mother|father|gran|grandma|grandad|nan)s?)")
OTHER_PATIENTS += (
    r"(?:can|could|may|should|shall|is it (?:ok|okay|safe|fine) for) " + _SOMEONE_ELSE + r" (?:\w+ ){0,2}?(?:take|have|get|be given|swallow)\b(?:\W+[\w'-]+){0,4}?\W+(?:another |one more |an extra |a third |a fourth )?(?:\w+ )?" + _PAINKILLER + r"\b",
    r"(?:give|giving) " + _SOMEONE_ELSE + r" (?:\w+ ){0,2}?(?:another |one more |an extra |a third |a fourth |a |an |some |\d+ )?" + _PAINKILLER + r"\b",
)
PAINKILLER_ASKED += (
    r"(?:" + _COUNTED + r")(?:\W+[\w'-]+){0,12}?\W+" + _ONE_MORE + r"\b",
    r"(?:take|have|add|pop|swallow) (?:" + _ONE_MORE + r") (?:\w+ )?" + _PAINKILLER,
)  # fmt: skip
#: (session 40P) What happens at the first session or appointment, asked (what the physio does there): the physio's
#: role, also with undressing or a towel asked after it, which is what happens in that session (faq.py
#: _practice_matter_asked); undressing asked alone stays a practice matter
PHYSIO_ROLE_ASKED += (
    r"what (?:\w+ )?(?:happens|goes on|happen|will happen|do (?:you|u|they|physios) do|does (?:the |a )?physio do) (?:at|in|during|on) (?:the |a |my |your |our )?(?:very )?first (?:physio |physiotherapy )?(?:session|appointment|appt|visit|consultation|consult|treatment|time)\b",
    r"(?:how does|how do|how will|how'?s|what'?s|what is|whats) (?:the |a |my |your )?(?:very )?first (?:physio |physiotherapy )?(?:session|appointment|appt|visit|consultation|treatment) (?:go|work|going to go|like|look like|involve)\b",
    r"what does (?:the |a |my |your )?(?:very )?first (?:physio |physiotherapy )?(?:session|appointment|appt|visit|consultation|treatment) (?:look like|involve|consist of|entail)\b",
)  # fmt: skip

#: (session 41Q) A title the person addresses the question to, first and without a greeting ("Sir how many weeks ...",
#: "doctor, can i ..."): no word of the question (faq.py's _GREETING strips it as a greeting).
ADDRESSED = ("sir", "madam", "maam", "ma'am", "doc", "doctor")
#: (session 41Q) Whether a scan is needed, asked in any words ("is it time for a scan or not", "when i must do mri", "need
#: xray or not"), or a doctor who will not send for one asked about ("my gp won't refer me for an mri, is that right?"):
#: the scan's (faq.py's _ASKED_FIRST). A scan already booked or done told, a report to read, stay no scan phrase.
SCAN_ASKED = (
    rf"(?:do|does|would|will|should|must|shall) (?:i|we|you|u|one|it) (?:really |still |even |maybe |not |then )?(?:need|get|have|do|make|go for|ask for|push for|request|book|insist on)(?: to (?:get|have|do|make|go for|book))? (?:a |an |the |some |any )?(?:\w+ )?{_SCAN_WORDS}\b",
    rf"when (?:(?:should|must|do|will|shall|would) i|i (?:should|must|need to|have to|shall))(?: \w+)? (?:get|have|do|make|go for|ask for|book|need)(?: for| to get| to have| to do)? (?:a |an |the )?(?:\w+ )?{_SCAN_WORDS}\b",
    rf"(?:need|needs|get|have|do|make|go for|take)(?:ed|ing)? (?:a |an |the )?(?:\w+ )?{_SCAN_WORDS}\b(?:\W+\w+){{0,2}}? or (?:not|no|nah|still not|wait|what)\b",
    rf"(?:time|moment|point) (?:for|to) (?:(?!my\b|me\b)\w+ ){{0,2}}?(?:a |an |the )?{_SCAN_WORDS}\b",
    rf"(?:is|are|would|will) (?:a |an |the |any )?(?:\w+ )?{_SCAN_WORDS} (?:really |even |actually )?(?:needed|necessary|required|useful|any use|of any use|pointless|useless|a good idea|worth it|worth doing)\b",
    rf"(?:gp|doctor|doc|dr|physician|consultant|specialist|surgeon)s? (?:\w+ ){{0,2}}?(?:won'?t|will not|doesn'?t want to|does not want to|didn'?t want to|did not want to|wouldn'?t|would not|refuses? to|refused to|(?:is|isn'?t|is not) (?:not )?willing to) (?:\w+ ){{0,2}}?(?:send|refer|order|give|prescribe|book|arrange|request|do|get|organi[sz]e)\w* (?:\w+ ){{0,3}}?{_SCAN_WORDS}\b",
)  # fmt: skip
#: (session 41P) Another place's hours, whereabouts or duty service asked, or how to park or come by public transport
#: ("which chemist is open on sundays near you?", "what are the visiting hours on the ward?", "where can i leave the car
#: when i come?", "is there a tram stop close to the practice?"): the practice's file answers none of them (no parking, no
#: transport), so no topic, never the practice's hours or address. The practice's own hours and address stay the
#: opening hours; the doctor on duty or the out-of-hours gp stays when to see a doctor (the safety net); the pharmacist
#: asked for a painkiller stays painkillers
_CARE_PLACES = r"(?:gps?|gp surgery|gp practice|family doctors?|doctors?'?s? (?:surgery|office|practice)|health cent(?:re|er)|medical cent(?:re|er))"
_CAR = r"(?:car|motor|van|vehicle|motorbike|motorcycle|wheels)\b(?! seat)"
_TO_US = r"(?:to |near |close to |by |next to |outside |nearby )?(?:you|u|ye|yours|your (?:place|practice|clinic)|the (?:practice|clinic|physio))\b"
PRACTICE_MATTERS += (
    r"(?:which|what|any|are there any|is there an?) (?:\w+ ){0,1}?" + _OTHER_PLACES + r" (?:\w+ ){0,4}?(?:open|closed|shut|on duty|on call)\b(?! to\b)",
    r"(?<!to the )(?<!at the )(?<!from the )(?:on-? ?duty|duty|on-? ?call|late-? ?night|all-? ?night|24-? ?(?:hours?|hr|h)|24/7|weekend|sunday|night|emergency) (?:pharmac(?:y|ies|ist)|chemists?|drugstores?)\b",
    r"(?<!to the )(?<!at the )(?:pharmac(?:y|ies)|chemists?) (?:\w+ ){0,2}?(?:on duty|on call|open (?:\w+ )?(?:late|at night|all night|on sundays?|this weekend|24))\b",
    r"(?:where|how far)(?:'s| is| are|s)? (?:the |a |an )?(?:nearest |closest )" + _OTHER_PLACES + r"\b",
    r"(?:nearest|closest) (?:open |late-? ?night )?" + _OTHER_PLACES + r" (?:\w+ ){0,2}?(?:open|to (?:you|u|ye|the practice|here))\b",
    r"visiting (?:hours|times)", r"(?:hospital|ward)'?s? (?:opening|visiting) (?:hours|times)",
    r"(?:opening|closing|surgery) (?:hours|times) (?:of|for|at) (?:my |the |our )?(?:" + _CARE_PLACES + r"|doctors?|docs?)(?! on (?:duty|call))",
    r"(?:my |the |our )(?:" + _CARE_PLACES + r"|doctors?|docs?)(?:'?s)? (?:opening|closing|surgery) (?:hours|times)",
    r"(?:when|what time|till when|until when|how late) (?:does|do|will|is|are) (?:my|the|our) " + _CARE_PLACES + r"(?:'?s)? (?:\w+ ){0,2}?(?:open|opens|close|closes|shut|shuts|closed)\b(?! to\b)",
    r"(?:is|are|will|would) (?:my|the|our) " + _CARE_PLACES + r"(?:'?s)? (?:\w+ ){0,3}?(?:open|closed|shut)\b(?! to\b)",
    # the car left, put or parked somewhere when coming
    r"(?:where|somewhere|anywhere|place|spot|space)s? (?:\w+ ){0,4}?(?:leave|put|stick|dump|keep|stash|stop) (?:the|my|our|a|me|ma) " + _CAR,
    r"(?:leave|put|stick) (?:the|my|our|a|me) " + _CAR + r"(?:\W+\w+){0,3}?\W+(?:when|while) (?:i|we) (?:come|visit|am|get|have)\b",
    # coming by bus, tram, train or metro
    r"public transport\w*", r"(?:bus|tram|metro|tube|train) ?(?:stops?|stations?|lines?|routes?)\b(?: \w+){0,3}? " + _TO_US,
    r"(?:nearest|closest|is there an?|are there any|any) (?:\w+ )?(?:bus|tram|metro|tube|train) ?(?:stops?|stations?|lines?)\b",
    r"(?:which|what) (?:bus|tram|metro|tube|train)(?:es|s)?\b(?: \w+){0,4}? " + _TO_US,
    r"(?:by|on the|take the|get the|catch the) (?:bus|tram|metro|tube|train)\b(?: \w+){0,3}? (?:to )?(?:you|u|ye|yours|the practice|the clinic|your (?:place|practice|clinic))\b",
    r"(?:get|come|go|travel)(?:ing)? (?:\w+ )?(?:to )?(?:you|u|ye|yours|the practice|the clinic|there|your (?:place|practice|clinic)) (?:\w+ )?(?:by|on the|with the|via) (?:bus|tram|metro|tube|train)\b",
)  # fmt: skip
#: (session 42Q) Coming by public transport asked in more words ("which bus do i take to get to you?", "what number tram
#: stops near the clinic?", "which stop do i get off at?", a Belgian operator named: De Lijn, NMBS/SNCB, STIB/MIVB): no
#: topic, as in 41P (the practice's file holds no transport). Where the practice is, asked from the station ("how do i
#: find you from the station?"), stays the location
PRACTICE_MATTERS += (
    r"(?:which|what) (?:number )?(?:bus|tram|metro|tube|train)(?:es|s)?\b(?: \w+){0,7}? " + _TO_US,
    r"(?:bus|tram|metro) (?:number|nr)s?\b(?: \w+){0,5}? " + _TO_US,
    r"(?:which|what) (?:stop|station) (?:do|should|shall|must|would|can) (?:i|we|you|u) (?:\w+ )?(?:get off|get out|alight|hop off|jump off)\b",
    r"(?:get|hop|jump) off (?:\w+ ){0,2}?(?:at )?(?:which|what) (?:stop|station)\b",
    r"\b(?:nmbs|sncb|stib|mivb)\b", r"de lijn (?:bus|buses|tram|trams|stop|stops)\b",
)  # fmt: skip
#: (session 42Q) How to lie or sleep asked with a position named ("at night it's hell, how should i lie, on my side?"):
#: sleep first, whatever the classifier's
SLEEP_POSITION_ASKED += (
    r"how (?:should|shud|do|can|must|would|am i supposed to|is it best to|best to) (?:i |we |u |you )?(?:lie|lay|sleep|position myself)\b(?: down)?(?:\W+\w+){0,3}?\W+on (?:my |me |the |your )?(?:side|back|front|stomach|belly|tummy)\b",
)  # fmt: skip
#: (session 42Q) Being paralysed or in a wheelchair feared, asked ("could this leave me paralysed?", "am i going to end up in
#: a wheelchair?"): how serious it is (a leg that does not work told is the red-flag reader's, before any topic)
_PARALYSED = r"(?:paraly[sz]ed|paraly[sz]is|paralytic|crippled|in a wheel ?chair)"
SERIOUS_ASKED += WHEELCHAIR_FEARED + (
    r"(?:could|can|will|might|would|may|is|am|are) (?:i|this|it|that|you|my back|a disc|the disc) (?:\w+ ){0,3}?(?:become|be|end up|get|go|left|leave me|make me|turn me) (?:\w+ )?" + _PARALYSED,
    r"(?:afraid|scared|worried|fear|feared|frightened|terrified|panicking|panic) (?:\w+ ){0,5}?(?:become|becoming|be|being|end up|ending up|get|getting|left) (?:\w+ )?" + _PARALYSED,
    r"(?:risk|chance|danger) (?:\w+ ){0,1}?(?:of )?(?:becoming |being |ending up )?" + _PARALYSED,
)  # fmt: skip
#: (session 42Q) The back set aside ("apart from my back, my knee hurts since i took up running"): it is not the question's
#: subject, so another body part told there is another subject (faq.about_something_else)
BACK_SET_ASIDE = (
    r"(?:apart from|aside from|other than|besides) (?:my |me |the )?(?:lower |low )?back(?: pain)?\b", r"not (?:my|me|the) (?:lower |low )?back\b",
    r"(?:nothing|not) to do with (?:my |me |the )?(?:lower |low )?back\b",
)  # fmt: skip

# --- Session 43Q1 (issue 16, fresh set 51) ---
#: (session 43Q1) Going back to work asked, part-time or half days first ("when is it sensible to go back to work, maybe
#: part-time first?"): work, whatever the healing time's words (read with LIGHTER_DUTIES_ASKED and STAY_HOME_ASKED)
WORK_RETURN_ASKED = (
    r"(?:go|get|going|getting|head|heading|went) back to (?:work|my job|the job|the office|the warehouse|the site|my shifts?)\b",
    r"return(?:ing)? to (?:work|my job|the office)\b", r"start(?:ing)? back (?:at|to) (?:work|my job)\b",
)  # fmt: skip
#: (session 43Q1) The office instead of the warehouse asked: lighter duties
LIGHTER_DUTIES_ASKED += (r"in the office (?:\w+ ){0,4}?(?:instead of|rather than)\b",)
#: (session 43Q1) A named sport asked as alright, or which machines at the gym: sport
SPORT_STOP_ASKED += (
    r"(?:is|are|would|will) " + _SPORTS + r" (?:\w+ ){0,1}?(?:alright|all right|ok|okay|fine|safe)\b",
    r"(?:which|what) (?:\w+ )?(?:machines?|equipment) (?:\w+ ){0,3}?(?:at|in) (?:the|my) (?:gym|fitness)\b",
)  # fmt: skip
#: (session 43Q1) Parking manoeuvres told with driving asked ("reverse parking is murder"): what driving is, no practice
#: matter (where to park stays one); sitting in the waiting room for nothing, told after when to see a doctor, the
#: person's doubt (the GP's waiting room complained of stays another subject)
SUBJECT_FREE_PHRASES += (
    r"(?:reverse|reversing|parallel) ?park\w*", r"backing into (?:a |the )?(?:space|spot|bay)",
    r"(?:sit|sitting|sat|wait|waiting) (?:\w+ ){0,2}?in (?:the|a) (?:gp'?s |doctors? )?waiting ?room (?:for nothing|for no reason|for nowt)",
    r"(?:for nothing|for no reason|for nowt) in (?:the|a) (?:gp'?s |doctors? )?waiting ?room",
)  # fmt: skip
#: (session 43Q1) Booking online or by phone asked, and how to cancel (cancelling goes by the same link and phone):
#: booking; its phrase is no practice matter (what cancelling late costs stays one)
BOOKING_ASKED += (
    r"(?:can|could|do) (?:i|we|you) (?:\w+ )?(?:book|make (?:an? )?(?:appointment|appt|booking)|reserve)\b(?:\W+\w+){0,3}?\W+(?:online|website|site|app|internet)\b",
    r"(?:online|website|site|app|internet) or (?:\w+ ){0,4}?(?:call|ring|phone)\b",
    r"how (?:do|can|should|would) (?:i|we) (?:\w+ )?(?:cancel|call off)\b",
)  # fmt: skip
#: (session 43Q1) A weekday and a quarter past or to an hour: a free slot asked
FREE_SLOT_ASKED += (
    r"(?:mon|tues|tue|wednes|wed|thurs|thu|fri|satur|sat|sun)(?:day)? (?:\w+ ){0,2}?(?:at|around|about|after|@) quarter (?:past|to|after) (?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b",
)  # fmt: skip
#: (session 43Q1) Whether an old prescription or referral is still valid: the prescription
PRESCRIPTION_VALID_ASKED = (
    r"(?:referral|prescription|script)s?[^?.!]{0,80}?\b(?:still (?:valid|good|count|counts|ok|okay|usable|any good)|expired?|out of date|too old)\b",
    r"(?:how long|till when|until when) (?:is|does|do) (?:a |my |the )?(?:referral|prescription)s? (?:\w+ )?(?:valid|last|count)\b",
)  # fmt: skip
WITHOUT_REFERRAL_ASKED += (
    r"(?:no longer|won'?t|not) (?:\w+ )?(?:need|needing|be needing) (?:a |any )?(?:gp |doctors? )?(?:referral|prescription)s?\b",
)  # fmt: skip
#: (session 43Q1) Money back asked: the refund
INSURANCE_ASKED += (r"(?:get|getting|got|receive|see|claim) (?:\w+ ){0,2}?money back\b",)
#: (session 43Q1) Fewer sessions asked, or a count prescribed asked as enough: the sessions', before the home exercises
SESSION_COUNT_ASKED += (
    r"(?:fewer|less) (?:physio )?(?:sessions|appointments|appts|visits|treatments|sittings)\b",
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve) (?:sessions|appointments|visits|treatments|sittings)\b(?:(?!cover|refund|reimburs|insur|pay|paid|fund)[^?.!]){0,60}?\b(?:be enough|enough|suffice|sufficient|do the trick)\b",
)  # fmt: skip
#: (session 43Q2) What the physio does asked through the exercises for home ("is it just a sheet of exercises for home?", "will
#: you just give me exercises or do you treat me at the practice?", "what kind of treatment do you guys do?"): the physio's
#: role, before the exercises' rest or move (faq.py _ROLE_OVER_REST); exercises at home asked alone stay rest or move
_HANDOUT = r"(?:sheets?|lists?|handouts?|leaflets?|print ?outs?|pages?|papers?|pamphlets?|booklets?|bunch|load|couple)"
_AT_PRACTICE = r"(?:at|in) (?:the|your|ur|ye|yer) (?:practice|clinic|office|sessions?|appointments?)\b"
PHYSIO_ROLE_ASKED += (
    r"(?:just|only|simply|merely|basically) (?:a |an |some |one )?" + _HANDOUT + r" (?:of|with) (?:\w+ )?(?:exercises|stretches)\b",
    r"(?:just|only|simply|merely) (?:give|hand|send|show) (?:me|us) (?:some |a few |a couple of |a |the )?(?:\w+ )?(?:exercises|stretches)\b",
    r"(?:exercises|stretches)\b(?:\W+\w+){0,8}?\W+or (?:\w+ ){0,5}?" + _AT_PRACTICE,
    r"what (?:kind of |sort of |type of |kinda |sorta )?(?:treatments?|therap(?:y|ies)) (?:do|will|would|can|does) (?:you|u|ya|ye|yous|you guys|you lot|the physios?|a physio|your physios?) (?:\w+ )?(?:do|give|offer|use|provide)\b",
)  # fmt: skip
#: (session 43Q2) What a scan shows, or whether one is worth it ("would an mri pick up if a disc is damaged?", "worth getting
#: one now?", "is it worth having an x-ray?"): the scan, before how serious it is; a scan of another part stays no topic
SCAN_ASKED += (
    rf"(?:will|would|can|could|does|do|might|may) (?:an? |the |my |this |that )?{_SCAN_WORDS} (?:\w+ ){{0,2}}?(?:show|shows|see|pick up|picks up|detect|tell|find|reveal)\b",
    rf"{_SCAN_WORDS}\b(?:\W+\w+){{0,8}}?\W+worth (?:getting|having|doing|booking|paying for) (?:one|it|them|an? \w+)\b",
    rf"worth (?:getting|having|doing|booking|paying for) (?:an? |one |the )?(?:\w+ )?{_SCAN_WORDS}\b",
)  # fmt: skip
#: (session 43Q2) Lasting damage feared and asked ("have i wrecked my back for good?", "is it permanent damage?"): how serious
#: it is; damage feared from what one does ("will running do lasting damage") is that activity's question (sport, work)
_FOR_GOOD = r"(?:for good|permanently|for life|forever|for ever|beyond repair|irreversibl[ey])"
SERIOUS_ASKED += (
    r"(?:damaged?|wrecked|ruined|broke|broken|busted|knackered|injured|done in|messed up|screwed up) (?:\w+ ){0,3}?" + _FOR_GOOD + r"\b",
)  # fmt: skip
#: (session 43Q2) A healing figure read or heard, asked ("online they say 6 to 8 weeks to heal, true?", "my mate reckons 4-6
#: weeks to recover"): the healing time
_HEARD = r"(?:say|says|said|saying|read|reading|heard|hear|reckon|reckons|claim|claims|google|googled|internet|online|everywhere|told|tells)"
HEALING_BY_ASKED += (
    _HEARD + r"\b(?:\W+\w+){0,6}?\W+\d+ ?(?:(?:to|-|or|/) ?\d+ )?(?:weeks?|wks|months?|days) (?:\w+ ){0,2}?(?:to heal|to recover|to get better|to go away|to clear up|to settle|for (?:it|this|the pain) to (?:heal|go|settle|clear))\b",
)  # fmt: skip
#: (session 43Q2) A heel's own pain ("my heel is killing me the first steps in the morning", "sore heel when i get up"): another
#: body part (the back's pain going down to the heel is PAIN_GOES_TO's); paid parking in the street asked after the parking
OTHER_BODY_PARTS += (
    r"(?:my|me|the|both|left|right) heels? (?:\w+ ){0,1}?(?:hurts?|hurting|kills?|killing|aches?|aching|is sore|are sore|throbs?|throbbing|burns?|burning|is painful|are painful|is agony)\b",
    r"(?:sore|painful|achy|aching) heels?\b", r"(?:pain|ache|soreness) (?:in|under|on) (?:my|me|the) heels?\b",
)  # fmt: skip
PRACTICE_MATTERS += (
    r"(?:which|what) (?:number )?(?:bus|tram|metro|tube|train)(?:es|s)?\b(?: \w+){0,10}? (?:to |reach |get to |find )" + _TO_US,
    r"(?:paid|pay|free|metered) (?:parking )?(?:in|on) (?:the|your|ur) (?:street|streets|area|road|neighbourhood|neighborhood)\b",
)  # fmt: skip
#: (session 43Q2) Not knowing how to lie or sleep, told as the question ("no idea how to lie . on my side ?"): sleep first
SLEEP_POSITION_ASKED += (
    r"(?:no idea|not sure|dunno|don'?t know|do not know|unsure|cant figure out|can'?t work out) how (?:to |i (?:should|shud|can|must|am supposed to) )(?:lie|lay|sleep)\b(?! (?:around|about|in)\b)",
)  # fmt: skip
#: (session 44Q3) How many sessions asked as a few visits set against months ("will 3 or 4 visits sort it or is it a months
#: thing?"): the sessions' (SESSION_COUNT_ASKED); weeks or months asked for the healing alone stays the healing time
SESSION_COUNT_ASKED += (
    r"(?:\d+|a few|a handful of|a couple of|couple of|few|two|three|four|five|six) (?:(?:or|to|-) ?\d+ )?(?:sessions|appointments|appts|visits|treatments|sittings)\b(?:\W+\w+){0,6}?\W+or\b(?:\W+\w+){0,5}?\W+months\b",
)  # fmt: skip
#: (session 44Q3) Surgery dreaded, asked as ending up with it ("will i end up needing an op?", "am i gonna have to go under
#: the knife eventually?"): surgery; an operation told as past ("ever since my surgery") is no such phrase
_OP_NAMED = r"(?:an op|an operation|surgery|under the knife|operated on)"
SURGERY_ASKED += (
    r"(?:end up|eventually|one day|in the end|someday|some day|down the line|ever (?:need|have to))\b(?:\W+\w+){0,4}?\W+" + _OP_NAMED + r"\b",
    r"(?:will|would|am|are|do|does|could|might|may|gonna) (?:i|we|u|you)\b(?:\W+\w+){0,5}?\W+" + _OP_NAMED + r"\b(?:\W+\w+){0,2}?\W+(?:eventually|one day|in the end|someday|some day|down the line)\b",
)  # fmt: skip
#: (session 44Q3) Starting before the doctor's paper, brought later ("can i begin the sessions and hand in the prescription
#: later?"): the prescription (WITHOUT_REFERRAL_ASKED); paying later stays booking's
WITHOUT_REFERRAL_ASKED += (
    r"(?:start|begin|starting|beginning|come in|get going)\b(?:\W+\w+){0,7}?\W+(?:referral|prescription|script|doctor'?s note|gp'?s note|gp letter)s?\b(?:\W+\w+){0,3}?\W+(?:later|after|afterwards|next time|when (?:i|he|she|it|my))\b",
)  # fmt: skip
#: (session 44Q3) Walking, or the dog taken out, asked against making it worse ("can i still take the dog out for a walk
#: or will it make it worse?"): rest or move (BED_REST_ASKED); walking that makes it worse, told, asks nothing
BED_REST_ASKED += (
    r"(?:walk|walks|walking|stroll|strolling|walk(?:ing)? (?:the|my|our) dogs?|take (?:the|my|our) dogs? out)\b(?:\W+\w+){0,6}?\W+or (?:\w+ ){0,3}?(?:make|makes|making) (?:it|things|my back|the pain|this) worse\b",
)  # fmt: skip
#: (session 44Q3) Where the pillow goes asked, one place against another ("pillow between my knees or under them?"): sleep
SLEEP_POSITION_ASKED += (
    r"(?:pillows?|cushions?)\b(?:\W+\w+){0,2}?\W+(?:between|under|underneath|beneath) (?:my |me |the )?(?:knees|legs)\b(?:\W+\w+){0,3}?\W+or (?:\w+ ){0,2}?(?:between|under|underneath|beneath)\b",
)  # fmt: skip
#: (session 44Q3) What the physio does asked as a set programme or one made to measure ("is it a fixed routine or tailored
#: to me?"): the physio's role
_SET_PLAN = r"(?:programmes?|programs?|routines?|plans?|protocols?|packages?|schemes?)"
_MADE_TO_MEASURE = r"(?:tailored|tailor[- ]made|personali[sz]ed|individual|individuali[sz]ed|made to measure|custom|bespoke|adapted|adjusted)"
PHYSIO_ROLE_ASKED += (
    r"(?:fixed|set|standard|same|generic|one[- ]size[- ]fits[- ]all)\b(?:\W+\w+){0,2}?\W+" + _SET_PLAN + r"\b(?:\W+\w+){0,3}?\W+or (?:\w+ ){0,3}?" + _MADE_TO_MEASURE + r"\b",
    _MADE_TO_MEASURE + r"\b(?:\W+\w+){0,3}?\W+or (?:\w+ ){0,3}?(?:fixed|set|standard|same|generic|one[- ]size[- ]fits[- ]all)\b(?:\W+\w+){0,2}?\W+" + _SET_PLAN + r"\b",
)  # fmt: skip
#: (session 44Q3) Whether a scan paid for oneself is worth it ("worth paying for a private mri?"): the scan (SCAN_WORTH_ASKED),
#: no practice matter; where to get a private scan stays one (PRACTICE_MATTERS)
SCAN_WORTH_ASKED = (
    rf"worth (?:it )?(?:getting|having|doing|booking|paying for|paying out for|forking out for|shelling out for) (?:an? |one |the )?(?:private |paid )?{_SCAN_WORDS}\b",
    rf"(?:private|paid) {_SCAN_WORDS}\b(?:\W+\w+){{0,5}}?\W+(?:worth it|worth the money|worth paying|worth the cost|any use|a waste)\b",
    rf"(?:should|shall|would|do) (?:i|we) (?:just )?(?:pay|fork out|shell out|splash out|go private)\b(?:\W+\w+){{0,4}}?\W+{_SCAN_WORDS}\b",
)  # fmt: skip
#: (session 44Q3) Whether it is normal that it lasts this long, asked inside the pain told ("still stiff after 10 days, is
#: it normal it lasts this long?"): the healing time (HEALING_BY_ASKED); the stiffness told alone asks nothing
HEALING_BY_ASKED += (
    r"(?:normal|usual|common|expected|ok|okay)\b(?:\W+\w+){0,3}?\W+(?:lasts?|lasting|takes?|taking|goes on|going on|drags? on|dragging on|hangs? around|hanging around)\b(?:\W+\w+){0,1}?\W+(?:this|so|that) long\b",
    r"(?:should|does|do|can|will|would) (?:it|this|the pain|back pain|the stiffness) (?:\w+ ){0,1}?(?:last|take|go on|drag on|hang around) (?:this|so|that) long\b",
)  # fmt: skip
#: (session 44Q4) The visit's own practical matters: being late for it ("if i'm running 5 mins late do i still get my
#: full hour?") and forms to fill in before it ("any paperwork to fill out before my first appointment?"); a slot too
#: late in the day stays the appointment's, a form for the insurance the refund's
_NOT_INSURANCE = r"(?!(?:\W+\w+){0,5}?\W+(?:insur\w*|refund\w*|reimburs\w*|claim\w*|mutual\w*|pay\w* (?:me |you |it )?back)\b)"
PRACTICE_MATTERS += (
    r"(?:if|when|what if|in case) (?:i'?m|im|i am|i'?ll be|ill be|i will be|i run|i'?m running|im running|i arrive|i get there|i turn up|i show up|i get in|we'?re|we are|i'?m a bit|im a bit) (?:(?!weeks?\b|days?\b|wks?\b|periods?\b)\w+ ){0,3}?late\b",
    r"\d+ ?(?:min|mins|minutes?|m) late\b", r"(?:running|run) (?:a (?:bit|few minutes|little) )?late (?:for|to) ",
    r"late (?:for|to) (?:the|my|an?|your|ur) (?:\w+ )?(?:session|appointment|appt|visit|consultation)\b",
    r"(?:fill|filling|filled) (?:in|out) (?:\w+ ){0,3}?(?:forms?|paperwork|questionnaires?)\b" + _NOT_INSURANCE,
    r"(?:forms?|paperwork|questionnaires?) (?:\w+ ){0,3}?(?:to )?(?:fill|filling) (?:in|out)\b" + _NOT_INSURANCE,
    r"(?:forms?|paperwork|questionnaires?) (?:\w+ ){0,3}?to complete\b" + _NOT_INSURANCE,
)  # fmt: skip
#: (session 44Q4) Another condition asked as "can a physio do something for that?": a head that hurts, a relative's
#: stroke or another neurological rehab (not a swimming stroke: "breast stroke" has no article before "stroke")
OTHER_SUBJECTS += (
    r"(?:my|me|the) head (?:hurts|is pounding|pounds|throbs|is throbbing|is killing me|aches|is splitting)",
    r"(?:had|has had|have had|having|suffered|after|since|from) (?:a|his|her|their|my|the) (?:mini |minor |major |small |big )?strokes?\b",
    r"strokes? (?:patients?|rehab\w*|survivors?|recovery)\b", r"parkinson\w*", r"multiple sclerosis",
)  # fmt: skip
#: (session 45Q5) Booking through this chat itself asked ("can i just book my first session here in the chat?"): booking
BOOKING_ASKED += (
    r"(?:book|booking|make (?:an? )?(?:appointment|appt|booking)|get (?:an? )?(?:appointment|appt)|schedule (?:an? )?(?:appointment|appt|session))\b(?:\W+\w+){0,6}?\W+(?:through|via|in|on|over|using) (?:this|the|your|ur) (?:chat|chatbot|chat ?box|bot)\b",
    r"(?:through|via|over|using) (?:this|the|your|ur) (?:chat|chatbot|bot)\b(?:\W+\w+){0,4}?\W+(?:book|booking|make (?:an? )?(?:appointment|appt)|schedule)\b",
)  # fmt: skip
#: (session 45Q5) Keeping still till it settles set against moving on ("should i sit tight till it calms down or keep
#: going?"), and a walk asked for, the dog's or one's own ("can i still go for a walk with the dog?"): rest or move
BED_REST_ASKED += (
    r"(?:sit tight|sit still|keep still|stay still|stay put|lie low|lie still|rest up|take it easy)\b(?:\W+[\w']+){0,6}?\W+or (?:\w+ ){0,3}?(?:keep moving|keep going|carry on|move|moving|walk|walking|stay active|push through|push on)\b",
    r"(?:can|could|may|should|is it ok to) i (?:still |even |just )?(?:go for|go on|take|do) (?:a |my |the |our )?(?:little |short |quick |gentle |daily |usual )?(?:walk|stroll|wander)\b",
)  # fmt: skip
#: (session 45Q5) Keeping it from coming back asked as "so it doesn't return" ("anything i can do so it doesn't return?")
RECURRENCE_ASKED += (
    r"so (?:that )?(?:it|this|the pain) (?:doesn'?t|does not|doesnt|won'?t|wont|will not|never|don'?t|dont) (?:\w+ )?(?:come back|comes back|return|returns|recur|happen again|flare up again)\b",
)  # fmt: skip
#: (session 45Q5) The shoulder one looks over to drive or reverse ("am i ok to drive if i can hardly look over my
#: shoulder?") names no other subject; a shoulder's own pain still does
SUBJECT_FREE_PHRASES += (r"(?:look|looking|check|checking|glance|glancing|see|turn|turning) (?:back )?over (?:my|me|your|the|ur) shoulders?",)
#: (session 45Q5) Coming to the practice while pregnant, or a pelvic physio instead ("can i still come to you while
#: pregnant or do i need a pelvic floor physio?"): pregnancy first
PREGNANCY_ASKED += (
    r"(?:come (?:in|to you|to your (?:practice|clinic))|coming (?:in|to you)|see you|do you (?:see|treat|take))\b(?:\W+\w+){0,4}?\W+pregnan\w*",
    r"pregnan\w*\b(?:\W+[\w']+){0,8}?\W+(?:pelvic (?:floor )?(?:physio\w*|specialists?|therapists?)|women'?s health physio\w*)",
)  # fmt: skip
#: (session 45Q5) The prescription or referral cut short ("without a prescrip"): the prescription
WITHOUT_REFERRAL_ASKED += (
    r"(?:physio\w*|physical therap\w*|see you|come (?:in|to you)|book\w*|go) (?:\w+ ){0,4}?without (?:a |any |an )?(?:prescri\w*|referr\w*)",
)  # fmt: skip
#: (session 45Q5) An interval class to tone down ("i do hiit 4 times a week, should i tone it down?"): sport; "hii[t]"
#: bracketed, one edit from "hit"
_INTERVALS = r"(?:hii[t]|bootcamp|boot camp|circuit training|circuits|plyometrics|burpees)"
SPORT_STOP_ASKED += (
    _INTERVALS + r"\b(?:\W+\w+){0,10}?\W+(?:" + _SPORT_STOP + r"|tone (?:it|that|this|things) down|too much|" + _SPORT_BAD + r")\b",
)  # fmt: skip
#: (session 45Q5) Dizziness on turning or lying, one's own or a relative's ("my mum gets dizzy when she turns over in bed,
#: can a physio do anything?"): another complaint (no topic; the back named keeps the back's question)
OTHER_SUBJECTS += (
    r"(?:dizz(?:y|iness)|vertigo|light-?headed)\b(?:\W+\w+){0,6}?\W+(?:turn\w*|roll\w*|lie|lying|lay|in bed|(?:get|gets|getting|stand|stands|standing) up)\b",
    r"(?:turn\w*|roll\w*|lying|in bed)\b(?:\W+\w+){0,6}?\W+(?:dizz(?:y|iness)|vertigo)\b",
)  # fmt: skip
# a walk with the dog (session 45Q5): what the person does, no dog asked about
OTHER_SUBJECT_ACTIVITIES += (r"(?:walk|walks|stroll|strolls|wander) with (?:the|my|our|me) (?:dogs?|pup|puppy)\b",)
#: (session 45, the lead) The tummy muscles parted after a birth (diastasis), asked as "is that something you treat?": another
#: complaint, no topic (the fresh set 53's "my sister ... still has a gap in her tummy muscles" got pregnancy on the retrained
#: model); back pain after the birth named keeps the back's topic (OWN_COMPLAINT)
OTHER_SUBJECTS += (
    r"diastasis", r"(?:gap|split|separation|hole)s? (?:in|between) (?:my|her|the|your) (?:tummy|stomach|belly|abdominal|ab) muscles?",
    r"(?:tummy|stomach|belly|abdominal|ab) muscles? (?:\w+ ){0,2}?(?:apart|split|separated|separating|parted)",
)  # fmt: skip
#: (session 46Q6) How often one comes, asked to plan around work ("how often a week would i need to come in? i work
#: nights"): the sessions; how often to do the exercises (no coming) stays the classifier's
SESSION_COUNT_ASKED += (
    r"how (?:often|many times) (?:a |per |each |every )?(?:week |wk )?(?:would|will|do|should|must|shall|can|have|need) (?:i|we|people|patients|ppl|folk|you) (?:(?!pain|it\b|this\b|that\b)\w+ ){0,3}?(?:come|coming|attend|attending|visit|pop)(?: in| by| over| round| to (?:you|ye|u|the practice|the clinic))?\b(?! back\b)",
    r"how (?:often|many times) (?:a|per|each|every) (?:week|wk)\b(?:\W+\w+){0,4}?\W+(?:come|coming|attend|attending|visit|sessions?)\b(?! back\b)",
)  # fmt: skip
#: (session 46Q6) Booking for someone else ("can i book an appointment for my husband?") or when the online booking fails
#: ("the online booking keeps crashing, is there a number?"): booking
_RELATIVE = r"(?:husband|hubby|wife|missus|partner|mum|mom|mam|mother|dad|father|son|daughter|gran|granny|grandma|nan|nana|grandad|grandpa|granddad|neighbour|neighbor|friend|brother|sister|boyfriend|girlfriend|aunt|uncle)"
BOOKING_ASKED += (
    r"(?:book|make|get|set up|arrange) (?:in )?(?:an? |the )?(?:appointment|appt|booking|session|slot)?\s?(?:for|on behalf of) (?:my|our|me) (?:old |elderly |\w+ year old )?" + _RELATIVE + r"\b",
    r"book (?:my|our|me) (?:old |elderly )?" + _RELATIVE + r" in\b",
    r"(?:online booking|booking (?:site|page|tool|system|link|form|app|calendar)|online (?:agenda|calendar|diary))\b(?:\W+\w+){0,3}?\W+(?:won'?t|doesn'?t|isn'?t|is not|does not|will not|can'?t|keeps?|stopped|broken|crash\w*|freez\w*|down|not working|glitch\w*|errors?)\b",
)  # fmt: skip
#: (session 46Q6) Resting told as a doubt: total rest set against one's usual routine, pain asked as a sign to stop, getting
#: up asked after a day lying down ("should i have got up and about?"): rest or move
BED_REST_ASKED += (
    r"(?:complete|full|total|proper|absolute|strict) rest\b(?:\W+\w+){0,4}?\W+or (?:\w+ ){0,3}?(?:keep|carry on|continue|go on|stick to|normal|usual|as usual|as normal)\b",
    r"(?:pain|it hurting|the hurt)\b (?:\w+ ){0,1}?(?:a sign|a signal|telling me|my body telling me|the body telling me) (?:to|that i should|i should|that i need to|i need to) (?:\w+ ){0,1}?stop\b",
    r"should(?:n'?t|nt)? i have (?:got|gotten|been|stayed) (?:up|up and about|moving|active|walking|on my feet)\b",
)  # fmt: skip
#: (session 46Q6) Whether this is the moment to see the GP ("six weeks and no better, is this the moment to get my gp
#: involved?"): when to see a doctor; the moment to book with the physio stays booking
DOCTOR_WHEN_ASKED += (
    r"(?:is (?:this|it|now) (?:\w+ ){0,1}?(?:the )?(?:point|moment|time)|(?:about |high )?time)\b (?:to|when i|i|for me to) (?:\w+ ){0,2}?(?:see|saw|get|got|go to|went to|visit|call|ring|involve|book in with|check with) (?:in )?" + _DOCTOR,
)  # fmt: skip
#: (session 46Q6) The way in: being dropped off at the door, steps or stairs to the practice, the ground floor asked ("is your
#: practice on the ground floor? my dad walks with a frame"): a practice matter (the location answer gives the address and
#: hours, not the way in), like the lift; stairs that hurt stay the pain's trigger
PRACTICE_MATTERS += (
    r"drop(?:-| )?off (?:spot|point|zone|place|area|bay)s?\b",
    r"drop (?:me|her|him|us|them) (?:off )?(?:right )?(?:off )?(?:at|outside|by|in front of) (?:the|your|ur) (?:door|entrance|front|practice|clinic)\b",
    r"(?:are there|is there|any|how many) (?:\w+ ){0,1}?(?:steps|stairs|flights? of stairs) (?:up |down )?(?:to|at|in|into|outside|before) (?:your|ur|the) (?:practice|clinic|place|building|entrance|door|front|room)\b",
    r"(?:are (?:you|ye|u)|is (?:it|the practice|your practice|ur practice|the clinic|your clinic|the room)|its|it's) (?:\w+ ){0,1}?on (?:the )?ground floor\b",
)  # fmt: skip
#: (session 46Q6) Where the practice is, asked by a landmark or "where exactly" ("are you in the town centre or out by the
#: ring road?"): the place and hours (OPEN_ASKED, whose answer gives the address)
OPEN_ASKED += (
    r"(?:where exactly|whereabouts|where abouts) (?:are|r|is) (?:you|u|ye|ya|youse|the practice|your practice|ur practice|the clinic|your clinic)\b",
    r"(?:are|r) (?:you|u|ye|ya)(?: guys| lot)? (?:\w+ ){0,1}?(?:in|near|by|on|at|closer to|out towards|out by|towards) (?:the )?(?:town centre|town center|city centre|city center|centre of town|center of town|centre|center|middle of town|station|train station|market square|ring road|outskirts)\b",
)  # fmt: skip

# --- Session 46Q7 (issue 16, fresh sets 53-54) ---
#: (session 46Q7) What the physio does, set against a chiropractor's cracking ("will you click my spine back in or is it
#: mostly exercises?"): the physio's role (a chiropractor asked for as another trade stays none, OFFER_ASKED)
PHYSIO_ROLE_ASKED += (
    r"(?:crack|cracking|click|clicking|pop|popping|manipulate|manipulating|adjust|adjusting|put|putting) (?:\w+ ){0,2}?(?:backs?|spines?|joints?|vertebrae|discs?)\b(?:\W+\w+){0,7}?\W+or (?:\w+ ){0,3}?(?:exercises?|exercise|exercizes|stretches|training)\b",
)  # fmt: skip
#: (session 46Q7) What lowers the chance or risk of another bout once it is better ("which habits cut the risk of it coming
#: back?", "what lowers my chances of another bout?"): recurrence
_ANOTHER_BOUT = r"(?:it |this |the pain )?(?:coming back|returning|recurring|happening again|another (?:bout|round|episode|flare|attack|go)|a (?:relapse|repeat|recurrence)|relapses?|recurrences?)"
RECURRENCE_ASKED += (
    r"(?:lower|lowers|lowering|reduce|reduces|reducing|cut|cuts|cutting|decrease|decreases|lessen|lessens|minimi[sz]e|minimi[sz]es) (?:the |my |our |your )?(?:chances?|risk|risks|odds|likelihood) (?:of |that )?" + _ANOTHER_BOUT + r"\b",
)  # fmt: skip
#: (session 46Q7) Paralysing oneself with one wrong movement feared ("could one wrong move paralyse me?"): how serious it
#: is (a leg that does not work told is the red-flag reader's, before any topic)
SERIOUS_ASKED += (
    r"paraly[sz](?:e|es|ing) (?:me|myself|you|yourself|someone|people|u)\b",
    r"(?:wrong|bad|false|awkward|single|one) (?:move|movement|twist|bend|step|lift)s?\b(?:\W+\w+){0,6}?\W+" + _PARALYSED,
)  # fmt: skip
#: (session 46Q7) Paying first and getting it back, or the fund paying straight ("do i pay up front and get it back
#: later?", "does it go straight through my health fund?"): the refund
INSURANCE_ASKED += (
    r"(?:pay|paying) (?:\w+ ){0,3}?(?:first|up ?front|in advance|myself)\b(?:\W+\w+){0,8}?\W+(?:get|getting|claim|claiming) (?:\w+ ){0,2}?back\b",
    r"(?:straight|directly|direct) (?:through|via|to|with|from) (?:the |my |your )?(?:insurance|insurer|health fund|health insurance|mutual\w*|ziekenfonds|mutualiteit|mutuelle)\b",
)  # fmt: skip
#: (session 46Q7) A scan asked as better, safer or wiser ("wouldn't an mri be safer to check?"): the scan (a scan of
#: another part stays another subject)
SCAN_ASKED += (
    rf"(?:would|wouldn'?t|wouldnt|isn'?t|isnt|is|will|might) (?:\w+ ){{0,1}}?(?:a |an |the )?(?:\w+ )?{_SCAN_WORDS} (?:not )?(?:be )?(?:better|wiser|safer|smarter|best)\b",
    rf"{_SCAN_WORDS} would (?:not )?be (?:better|wiser|safer|smarter)\b",
)  # fmt: skip
#: (session 46Q7) A prescription asked with a time to start within ("is there a time limit to start?"): the prescription
PRESCRIPTION_VALID_ASKED += (
    _RX + r"[^?.!]{0,100}?\b(?:time limit|deadline|(?:within|in) (?:a |any )?(?:set|certain|fixed|given|specific) (?:time|period|window|number of (?:days|weeks)))\b",
    r"(?:time limit|deadline)\b[^?.!]{0,60}?\b" + _RX,
)  # fmt: skip
#: (session 46Q7) Words that name another trade as a likeness in a question of what the physio does ("do you crack backs
#: like a chiropractor or is it more exercises?"): the trade there is no subject of its own (faq.about_something_else)
TRADE_LIKENESS = ("like", "the way", "same way as")
#: (session 46Q8) A disc hernia named and asked whether it is one ("my colleague says it's a slipped disc, is that
#: right?", "could it be a hernia?"): the disc topic, before how serious it is. A statement ("it's a slipped disc, how
#: long ...") asks no such thing; another hernia than the back's stays another subject (OTHER_HERNIAS).
_DISC = r"(?:(?:slipped|herniated|bulging|prolapsed|ruptured|burst) discs?|disc (?:hernia\w*|prolapse|bulge)|(?:a |the )?hernia)"
DISC_ASKED = (
    r"(?:is (?:it|this|that)|could (?:it|this|that) be|might (?:it|this|that) be|can (?:it|this|that) be|would (?:it|this|that) be) (?:(?:really|maybe|perhaps|possibly|just|actually|definitely|likely|probably|then|not|prob) )?(?:a |an |the )?" + _DISC + r"\b",
    _DISC + r"\b[^?.!]{0,40}?\b(?:(?:is|are) (?:that|he|she|they|it) right|(?:right|true|correct)(?=\s*\?)|could (?:it|that|this) be(?: (?:it|one|true|right))?(?=\s*(?:\?|$))|is that so)",
)  # fmt: skip
#: (session 46Q8) Back pain with no clear cause or "non-specific", asked how or what it means ("they say there's no
#: clear cause, how can that be?"): the non-specific topic. Told before another question ("non-specific, how long will
#: it take?") it asks no such thing.
_NO_CAUSE = r"(?:no (?:clear|obvious|specific|real|known|single|particular|identifiable) (?:cause|reason)|non-? ?specific|unspecific)"
NONSPECIFIC_ASKED = (
    _NO_CAUSE + r"\b[^.!?]{0,60}?\b(?:how (?:can|could) (?:that|it|this) be|how (?:is|'s) (?:that|it|this) (?:even )?possible|how come|what (?:does|do|is) (?:that|it|this) (?:even |actually |really )?mean|why)\b",
    r"(?:what (?:does|do|is|'s|s) (?:\w+ )?(?:a |the )?|why (?:is|do|does|would) (?:\w+ ){0,3}?|how come (?:\w+ ){0,3}?)" + _NO_CAUSE + r"\b",
)  # fmt: skip
#: (session 46Q8) One's job told with its tasks and whether to keep doing them asked ("i'm a care worker lifting people
#: out of bed, can i keep doing that?"): work, before the bed's rest or move. Exercises or a sport kept up stay theirs.
WORK_TASKS_ASKED = (
    r"\b(?:i work|i'?m working|im working|i am working|my job|my work|at work|(?:i'?m|im|i am) an? (?:\w+ )?(?:worker|carer|nurse|aide|assistant|cleaner))\b[^?]{0,120}?"
    r"\b(?:keep (?:on )?doing|carry on doing|go on doing|continue doing|still do) (?:that|it|this|those|these|my job|my work|the job|the work)\b",
)  # fmt: skip
#: (session 46Q8) A thanks that asks nothing ("thanks, you're kinder than my gp"): no topic, whatever doctor it names
THANKS_TOLD = (r"thanks?", r"thank (?:you|u)", r"thx", r"ty", r"cheers", r"ta")
#: (session 46Q8) Another person's other complaint ("my husband had a kidney stone, can it come back?"): another subject
OTHER_PERSON_PARTS += (
    r"(?:my|our) (?:daughter|son|kid|child|wife|husband|partner|hubby|missus|mum|mom|mother|dad|father|sister|brother|friend|girlfriend|boyfriend)s?\b(?:\W+\w+){0,8}?\W+"
    r"(?:kidney ston(?:e|es)|kidney coli[c]|renal coli[c]|gall ?ston(?:e|es)|kidney infectio[n]|bladder infectio[n]|gou[t]|shingle[s])\b",
)  # fmt: skip
#: (session 46Q8) "can it come back?" names no back: another person's other complaint stays another subject
SUBJECT_FREE_PHRASES += (r"\b(?:it|this|that|they)\b(?: \w+){0,2}? (?:come|comes|coming|came) back\b(?! (?:pain|ache))",)
#: (session 46, the lead) a reminder of an appointment by text or mail is a practice matter the booking answer does not
#: cover ("will i get a text to remind me of my appointment?"): no topic, the practice's phone (not booking)
PRACTICE_MATTERS += (r"\bremin[d](?:er|ers)?\b(?:\W+\w+){0,6}?\W+(?:appointmen[t]|appt|sessio[n]|visi[t])",
                     r"\b(?:appointmen[t]|appt|sessio[n]|visi[t])s?\b(?:\W+\w+){0,6}?\W+remind(?:er|ers)?\b")

# --- Session 47Q10 (issue 16, fresh set 55) ---
#: (session 47Q10) Whether all the sessions prescribed must be used or they stop once it is better, whether one has had
#: enough treatments, an end point to them ("do i have to use all 9 sessions or can we stop once it's better?", "how do
#: you decide i've had enough treatments?"): the sessions'; having had enough of the pain asks nothing of them
_SESSION_WORDS = r"(?:sessions|treatments|appointments|appts|visits|sittings)"
SESSION_COUNT_ASKED += (
    _SESSION_WORDS + r"\b[^?]{0,60}?\b(?:all of them|every one of them|them all|each one|all \d+|the lot)\b(?:\W+\w+){0,4}?\W+or (?:[\w']+ ){0,4}?(?:stop|end|finish|quit|wrap (?:it )?up)\b",
    r"(?:all|every one of|each of) (?:the |my |those |these )?(?:\d+ )?" + _SESSION_WORDS + r"\b(?:\W+\w+){0,6}?\W+or (?:[\w']+ ){0,4}?(?:stop|end|finish|quit)\b",
    r"(?:had|have had|done|get|got|getting|received) enough (?:physio )?(?:" + _SESSION_WORDS + r"|physio)\b",
    r"(?:end ?point|end date|finish line)\b(?:\W+\w+){0,4}?\W+(?:" + _SESSION_WORDS + r"|physio|therapy)\b",
    r"(?:" + _SESSION_WORDS + r"|physio|therapy)\b(?:\W+\w+){0,4}?\W+(?:end ?point|end date|finish line)\b",
)  # fmt: skip
#: (session 47Q10) Going back asked after weeks off sick, or straight into full time against building up ("been off sick
#: 3 weeks, ok to go back before it's gone?", "straight into full time or build it up?"): work; the weeks of pain told
#: alone stay the healing time, going back to the gym or to bed is no work
WORK_RETURN_ASKED += (
    r"\b(?:(?:been|i'?m|im|i am|was|signed) )?off (?:work |sick |on sick leave )?(?:for |now |already )*(?:\d+|a|one|two|three|four|five|six) (?:days?|weeks?|wks|months?|fortnight)\b[^?]{0,60}?\b(?:go|going|get|getting|head|heading|return|returning) back\b(?! (?:pain|ache|to (?:the )?(?:gym|pool|club|training|sport|running|physio|doctor|gp|bed|sleep)))",
    r"(?:full[- ]?time|full days|full hours|all my hours|full shifts?)\b(?:\W+\w+){0,4}?\W+or (?:[\w']+ ){0,4}?(?:build|ease|phase|step) (?:it |myself |my hours |things |them )?(?:up|in|back in)\b",
    r"(?:build|ease|phase|step) (?:it |myself |my hours |things |them )?(?:up|in)\b(?:\W+\w+){0,4}?\W+or (?:[\w']+ ){0,4}?(?:full[- ]?time|full days|full hours|all my hours)\b",
)  # fmt: skip
#: (session 47Q10) A message left on the practice's voicemail, or an appointment asked because weeks cannot be waited
#: ("got the answering machine, do i just leave my name and number?", "i can't wait 3 weeks"): booking; a scan or the
#: doctor waited for is no booking, and longing for something ("can't wait to get back to my garden") asks nothing
_VOICEMAIL = r"(?:voicemail|voice mail|answering machine|answerphone|answer phone)"
BOOKING_ASKED += (
    _VOICEMAIL + r"\b[^?]{0,80}?\b(?:leave|leaving|say|give|record) (?:\w+ ){0,1}?(?:a |my |our )?(?:message|msg|name|number|details)\b",
    r"(?:leave|leaving) (?:\w+ ){0,1}?(?:a |my )?(?:message|msg|name|number|details)\b[^?]{0,40}?\b" + _VOICEMAIL,
    r"(?:can'?t|cannot|can not|cant|not able to|unable to) (?:\w+ ){0,1}?wait (?:\w+ ){0,1}?(?:\d+|two|three|four|five|six|a few|several|a couple of) (?:weeks|wks|days|months)\b(?! (?:\w+ )?for (?:a |an |the |my )?(?:scan|mri|x-?ray|surgery|operation|op|specialist|gp|doctor|consultant))",
)  # fmt: skip
#: (session 47Q10) Exercises set against hands-on treatment ("do you only hand out exercises or also do hands-on
#: stuff?"): the physio's role, before the exercises' rest or move (faq.py _ROLE_OVER_REST); exercises asked alone stay
_HANDS_ON = r"(?:hands[- ]?on|manual (?:therapy|treatment|work|techniques?)|(?:with|using) (?:your|ur|the|their|yer) hands)"
PHYSIO_ROLE_ASKED += (
    r"(?:exercises|exercise|stretches|homework)\b(?:\W+\w+){0,8}?\W+or (?:[\w']+ ){0,6}?" + _HANDS_ON,
    _HANDS_ON + r"\b(?:\W+\w+){0,8}?\W+or (?:[\w']+ ){0,5}?(?:exercises|exercise|stretches|homework)\b",
)  # fmt: skip
#: (session 47Q10) Each bout worse or longer, asked how to get out of it, or a vicious circle ("every time it flares up
#: it's worse, how do i get out of this?"): recurrence; each bout worse asked as serious stays how serious it is
_WORSE_EACH = r"(?:worse|longer|harder|stronger|heavier|more intense|more severe)"
RECURRENCE_ASKED += (
    r"vicious (?:circle|cycle)\b", r"break (?:the|this|that) (?:cycle|circle|pattern|loop)\b",
    r"(?:every|each) time (?:it|this|the pain|my back)\b (?:\w+ ){0,2}?(?:comes back|returns|flares|flares up|recurs|plays up)\b[^?]{0,60}?\b" + _WORSE_EACH + r"\b[^?]{0,60}?\b(?:how (?:do|can|could|would|should|to)|what (?:can|should|do) (?:i|we)|anything (?:i|we) can)\b",
)  # fmt: skip
#: (session 47Q10) Pregnant with the second or third child, or a second pregnancy named ("expecting number two and ...
#: is that normal?"): pregnancy first; an older child named asks nothing of it
PREGNANCY_ASKED += (
    r"(?:pregnan\w*|expecting) (?:with )?(?:my |our |baby |number |no\.? |the )*(?:second|third|fourth|2nd|3rd|4th|two|three|four|2|3|4)\b",
    r"(?:second|third|fourth|2nd|3rd|4th) pregnancy\b",
)  # fmt: skip
#: (session 47Q10) A sport's pounding or jumps asked as wearing the back ("i run 4 times a week, isn't all that pounding
#: wearing out my back?"): sport; a shock felt in the back is no such thing
_IMPACT = r"(?:pounding|impacts?|jarring|jolts?|jolting|shocks?|jumps?|jumping|landings?|bouncing)"
_WEAR = r"(?:wear(?:ing|s)? (?:out|down)|wear and tear|damag\w*|harm\w*|hurt|bad|wreck\w*|ruin\w*|grind\w*|degenerat\w*)"
SPORT_STOP_ASKED += (
    _SPORTS + r"\b(?:\W+\w+){0,10}?\W+" + _IMPACT + r"\b(?:\W+[\w']+){0,6}?\W+" + _WEAR + r"\b",
    _IMPACT + r" (?:of|from) (?:\w+ ){0,1}?" + _SPORTS + r"\b(?:\W+\w+){0,6}?\W+" + _WEAR + r"\b",
)  # fmt: skip
#: (session 47Q9) How long asked as a matter of days, weeks or months ("is it usually a matter of days or months?", "are
#: we talking days or more like weeks?"): the healing time, before when to see a doctor
_SPANS = r"(?:days|weeks|months|years)"
HEALING_BY_ASKED += (
    rf"(?:matter|question|case) of (?:a few |some |several |a couple of )?{_SPANS} (?:or|rather than) (?:(?:a few|some|several|more like|rather|maybe|even|of) )?{_SPANS}\b",
    rf"(?:talking|looking at) (?:about )?(?:a few |some |several |a couple of )?{_SPANS} (?:\w+ ){{0,2}}?or (?:\w+ ){{0,3}}?{_SPANS}\b",
)  # fmt: skip
#: (session 47Q9) Ice set against warmth in bare words, or a switch to warmth asked ("keep icing it or go to warm now?",
#: "time to swap to heat?"): heat or cold. "cold or warm" alone names no remedy (ice on one side, or a switch, does).
_ICE = r"(?:ice|icing|iced)"
_WARMTH = r"(?:heat|heating|warmth|warm|hot)"
HEAT_COLD_ASKED += (
    rf"{_ICE} (?:\w+ ){{0,3}}?or (?:\w+ ){{0,3}}?{_WARMTH}\b",
    rf"{_WARMTH} (?:\w+ ){{0,3}}?or (?:\w+ ){{0,3}}?{_ICE}\b",
    rf"(?:swap|swapping|switch|switching|change|changing) (?:over )?(?:from {_ICE} )?to (?:the )?(?:heat|warmth|warm)\b",
)  # fmt: skip
#: (session 47Q9) What a scan finding means for the pain ("my mri report mentions a bulging disc, is that what's causing
#: it?"), or whether one is any use when scans show things in people without pain ("is there any point in me having
#: one?"): the scan, before the disc's and the non-specific's
SCAN_ASKED += (
    rf"\b{_SCAN_WORDS}(?: reports?| results?)?\b[^?.!]{{0,120}}?\b(?:is (?:that|this|it) (?:what'?s|what is|what) (?:causing|behind|giving)|is (?:that|this|it) (?:\w+ )?where (?:my|the) pain (?:is )?(?:coming|comes) from|is (?:that|this|it) (?:\w+ )?the (?:cause|reason)|does (?:that|this|it) explain|(?:could|can|would) (?:that|this|it) (?:be )?(?:what'?s causing|explain|the cause|the reason))\b",
    rf"\b{_SCAN_WORDS}\b[^?.!]{{0,120}}?\b(?:point|worth|use|sense) (?:\w+ ){{0,3}}?(?:getting|having|doing|get|have|do) (?:one|it)\b",
)  # fmt: skip
#: (session 47Q9) Starting without the doctor's note while the doctor is away ("can i start anyway without his
#: letter?"): the prescription
WITHOUT_REFERRAL_ASKED += (
    r"(?:start|starting|begin|beginning|get started|carry on)\b(?! (?:back )?(?:at |to )?(?:work|working|my job|the job|job)\b) (?:\w+ ){0,4}?without (?:his|her|their|the|my|a|any|an|that) (?:gp'?s |doctor'?s |doc'?s )?(?:note|letter|referral|prescription|paper|paperwork|slip|script)s?\b",
)  # fmt: skip
#: (session 47Q9) Lying on the sofa all day asked as bad, or moving on while it hurts asked as dangerous ("is it dangerous
#: to keep walking?", "scared i'll damage something by moving"): rest or move, before how serious it is. A red flag told
#: with it is the red-flag reader's, before any topic.
BED_REST_ASKED += (
    r"(?:lying|lie|laying|lay|lain|sitting|sat|sit|stuck|slumped|stayed|staying)\b (?:\w+ ){0,2}?(?:on|in) (?:the |my |a )?(?:sofa|couch|settee|recliner)\b[^?]{0,100}?\bis (?:that|this|it) (?:\w+ )?(?:bad|ok|okay|good|wise|harmful|wrong|alright|fine)\b",
    r"(?:dangerous|harmful|risky) (?:\w+ ){0,2}?to (?:keep |carry on |go on )?(?:walking|moving|walk|move)\b",
    r"(?:damage|wreck|harm|break|injure) (?:\w+ ){0,2}?(?:by|when|while|from) (?:moving|walking|keeping moving|carrying on)\b",
)  # fmt: skip
#: (session 47Q9) Nobody able to tell where it comes from ("muscle? joint? nobody can tell me where it comes from"): the
#: non-specific
NONSPECIFIC_ASKED += (
    r"(?:nobody|no one|no-one|noone|none of them|no doctor|not one doctor)\b(?: \w+){0,4}? (?:tell|say|explain|work out|figure out|find|know|knows) (?:me )?(?:where|what|why)(?:'?s)?\b(?: \w+){0,4}? (?:comes? from|coming from|causing|caused|causes|the cause)\b",
)  # fmt: skip
#: (session 47Q9) Another person's named condition ("my aunt has ms, can she come to you?"): another subject, as the
#: other person's other complaint (46Q8); the person's own back named besides it stays theirs
OTHER_PERSON_PARTS += (
    r"(?:my|our) (?:aunt|auntie|uncle|nan|nana|gran|granny|grandma|grandmother|grandad|granddad|grandpa|grandfather|cousin|neighbour|neighbor|mum|mom|mother|dad|father|wife|husband|partner|son|daughter|sister|brother|friend|mate|colleague)s?\b(?:\W+\w+){0,3}?\W+(?:has|had|with|got|suffers from|diagnosed with)\b(?:\W+\w+){0,2}?\W+"
    r"(?:m[s]|multiple sclerosi[s]|dementi[a]|alzheime[r]\w*|cerebral pals[y]|cop[d]|motor neurone diseas[e]|mn[d])\b",
)  # fmt: skip
#: (session 47Q11) A child named as the subject of the question, its back or "bad for him" asked after a longer story
#: ("my son of 8 carries a heavy school bag every day, is that bad for his back?"), a child's back with a possessive ("my
#: daughter's back") or children's backs asked in general ("is a heavy schoolbag bad for kids' backs?"): another patient,
#: no topic; the person's own back or question with a child named stays theirs (no "i", "my", "me" in between)
_CHILD_NAMED = (r"(?:my|our) (?:little |young |teenage |\d+ ?(?:year|yr)s? ?old )?(?:daughter|son|kid|kiddo|child|boy|girl|teen|teenager|little one|lad|lass)s?"
                r"(?: (?:of|aged|is|who is|who's) \d{1,2}(?: (?:years?|yrs?)(?: old)?)?)?\b")
_NOT_THE_PERSON = r"(?:\W+(?!i\b|im\b|i'm\b|my\b|me\b|myself\b|mine\b)\w+){0,18}?\W+"
OTHER_PATIENTS += (
    _CHILD_NAMED + _NOT_THE_PERSON + r"(?:her|his|their) (?:lower |low |own |poor |sore |young |growing )?(?:backs?|spines?|postures?)\b",
    _CHILD_NAMED + _NOT_THE_PERSON + r"(?:bad|good|ok|okay|safe|harmful|dangerous|healthy|unhealthy|damaging|too much|normal|serious) (?:\w+ )?for (?:him|her|them)\b(?! (?:to|and i|and me)\b)",
    r"(?:my|our) (?:little |young |teenage )?(?:daughter|son|kid|kiddo|child|boy|girl|teen|teenager)'s (?:lower |low |poor |sore )?(?:back|spine|posture)\b",
    r"(?:children'?s|kids'|kid'?s|child'?s|teenagers'|teens'|schoolchildren'?s|youngsters') (?:lower |young |growing )?(?:backs?|spines?|postures?)\b",
)  # fmt: skip
#: (session 47Q11) Where to get a scan done, a place told between "where" and the question ("where in mechelen can i get
#: an mri done?"): another service's matter (as where to get a private scan, session 39P); whether a scan is needed stays
PRACTICE_MATTERS += (
    rf"where (?:in|around|near|close to|round) (?:\w+ ){{1,3}}?(?:can|could|do|should|would|shall|to) (?:i |we |you |u |one )?(?:\w+ )?(?:get|have|book|go for|do) (?:a |an |my |the )?(?:private |quick |fast )?{_SCAN_WORDS}\b",
)  # fmt: skip
