"""English words and patterns for the answer reader (bot/reading/answers.py): lower
case (the street words in any case), apostrophes gone where the reader drops them.

Every pack provides the same names (an empty tuple where the language has
none).  Regex entries are alternatives: the reader joins every pack's
alternatives into one pattern.  A "{NAME}" slot in an entry is the merged
alternation of every pack's table NAME; the patterns shaped alike in both
languages are slot-only skeletons in bot/reading/answers.py, so a new language fills
the slots (and adds its own whole patterns) without touching the engine.
Tables named after one pattern's slots (DET, KNEE, LNS_*...) keep the exact
word sets the patterns had inline: a phrase that mixes the languages ("only
mijn rug") reads as before.
"""

import re

from bot.lang.en.numbers import TENS as _TENS
from bot.lang.en.numbers import UNITS as _UNITS

#: the buttons of a yes/no question: (payload, value); "not sure" counts as yes
YES_NO_BUTTONS = (("yes", True), ("no", False), ("not sure", True))
#: the buttons of the other questions (payload, value); both_legs below
BUTTONS = {
    "onset": (("sudden", "sudden_movement"), ("fall or accident", "trauma"), ("gradually", "gradual")),
    "leg_pain": (("no leg pain", "none"), ("above the knee", "above_knee"), ("below the knee", "below_knee")),
    "leg_weakness": (("no weakness", "none"), ("weak, not worse", "stable"), ("weak, getting worse", "worsening")),
    "age_band": (("under 20", "under_20"), ("20-44", "20_44"), ("45-69", "45_69"), ("70+", "70_plus")),
}  # fmt: skip
BOTH_LEGS_BUTTONS = (("both legs", True), ("one leg", False), ("not sure", True))

#: an adverb between a "don't" and its "know" (session 37U): "i dont actually know", "i don't rightly know"
_KNOW_ADVERB = r"(?:really|honestly|actually|exactly|genuinely|truly|even|rightly|quite|totally|fully|frankly|seriously)"
#: "not sure" in words (regex alternatives, whole words)
UNSURE_PHRASES = (
    r"unsure", r"(?:i )?dont think so", r"probably not", r"hard to say", r"cant (?:say|tell)", r"could be",
    r"might be", r"not that i know", r"who knows",
    # a "don't know" with an adverb inside, "no idea" said another way (session 37U): "i dont exactly know", "not the faintest"
    rf"(?:dont|didnt|do not|did not) (?:{_KNOW_ADVERB} ){{1,2}}know", r"not (?:the (?:faintest|foggiest|slightest)|a clue)",
    r"(?:havent|have not|aint) (?:got )?(?:a|the (?:faintest|foggiest|slightest)) (?:clue|idea)",
    # someone else's or everyone's not knowing (session 38U): "nobody really knows", "none of us can say", "my husband
    # doesnt know either"
    rf"(?:nobody|no one|noone|none of us|neither of us|neither one of us|not one of us) (?:{_KNOW_ADVERB} ){{0,2}}"
    rf"(?:knows?|can (?:{_KNOW_ADVERB} )?(?:say|tell)|is sure)",
    rf"(?:doesnt|does not) (?:{_KNOW_ADVERB} ){{0,2}}know",
)  # fmt: skip
#: "no" in words
NO_PHRASES = (
    r"not at all", r"not really", r"no way", r"absolutely not", r"definitely not", r"certainly not",
    r"of course not", r"nope", r"never", r"none", r"no no", r"nothing like that", r"neither",
    r"neither of them", r"none of (?:them|those|that|these)",
)  # fmt: skip
#: "yes" in words (also "a bit", "sometimes": yes on the safe side)
YES_PHRASES = (
    r"of course", r"yes please", r"i think so", r"i believe so", r"a bit", r"a little", r"a little bit",
    r"sometimes", r"now and then", r"kind of", r"sort of", r"slightly", r"somewhat", r"thats right",
    r"that is right",
)  # fmt: skip
#: one token that is a yes (regex alternatives, the whole token)
YES_TOKENS = (
    r"ye+s+", r"yea+h*", r"yeh", r"yah", r"ya", r"yep", r"yup", r"y", r"ye", r"sure", r"definitely",
    r"absolutely", r"certainly", r"correct", r"indeed", r"affirmative", r"yess+", r"yas",
)  # fmt: skip
#: a whole answer that is a yes
YES_EXACT = frozenset(("i do", "i did", "i have", "i am", "im", "i have had", "ive had", "yes i do"))
#: one token that is a clear no
NO_TOKENS_STRONG = (r"no+", r"nope", r"nah", r"naw", r"nay", r"n", r"never", r"nop")
#: one token that is a no in a short answer
NO_TOKENS_WEAK = (r"not", r"none", r"nothing", r"negative")

#: phone English -> standard words (whole words, any case; "" drops the word)
STREET_WORDS = {
    "u": "you", "ur": "your", "youre": "you are", "cos": "because", "coz": "because", "cuz": "because",
    "bcos": "because", "bcoz": "because", "bc": "because", "becuz": "because", "tho": "though",
    "altho": "although", "thru": "through", "wiv": "with", "rly": "really", "rlly": "really", "realy": "really",
    "prob": "probably", "prolly": "probably", "probs": "probably", "deffo": "definitely", "defo": "definitely",
    "def": "definitely", "aint": "isnt", "havnt": "havent", "hvnt": "havent", "dnt": "dont", "dont't": "dont",
    "dosnt": "doesnt", "doesent": "doesnt", "didint": "didnt", "nothin": "nothing", "nuthin": "nothing", "nuthing": "nothing",
    "nuffin": "nothing", "nowt": "nothing", "smth": "something", "sth": "something", "summat": "something",
    "abt": "about", "bout": "about", "yday": "yesterday", "yest": "yesterday", "ystrday": "yesterday",
    "yesterdy": "yesterday", "2moro": "tomorrow", "tmrw": "tomorrow", "tday": "today", "b4": "before", "2day": "today", "2nite": "tonight", "tonite": "tonight",
    "bk": "back", "bck": "back", "yeh": "yeah", "yh": "yeah", "yea": "yeah", "ye": "yes",
    "yus": "yes", "yass": "yes", "naa": "nah", "nahh": "nah", "nahhh": "nah", "noo": "no", "nooo": "no",
    "ngl": "", "tbh": "", "tbf": "", "lol": "", "lmao": "", "haha": "", "hahaha": "",
    "lolz": "", "xx": "", "xxx": "", "pls": "", "plz": "", "thx": "", "ty": "", "omg": "", "ffs": "",
    "innit": "", "m8": "", "hon": "", "tbqh": "", "fyi": "", "btw": "", "jk": "",
    "gonna": "going to", "wanna": "want to", "gotta": "got to", "kinda": "kind of", "sorta": "sort of",
    "dunno": "dont know", "hurtin": "hurting", "achin": "aching",
    "shootin": "shooting", "tinglin": "tingling", "gettin": "getting", "goin": "going", "somethin": "something",
    "legg": "leg", "lef": "left", "rite": "right", "nite": "night", "nites": "nights", "wk": "week",
    "wks": "weeks", "mnth": "month", "mnths": "months", "yrs": "years", "yr": "year",
}  # fmt: skip
#: the spoken forms above that are also another language's words (none; see the nl pack)
STREET_SHARED: dict = {}
#: what tells this language's text from another's, for the other packs' STREET_SHARED (none here)
STREET_TEXT_CUES: tuple = ()
STREET_TEXT_WORDS: frozenset = frozenset()
#: phrases rewritten before the words: (regex, replacement), applied in order, any case
#: a month's name or its short form (a year of birth told after its month)
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
          r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
STREET_PHRASES = (
    (r"(?<!\w)(?:the )?(?:past|last) fortnight(?!\w)", "a fortnight"),
    (r"(?<!\w)w/o(?!\w)", "without"),
    (r"(?<!\w)w/(?=\s)", "with"),
    # UK "me back", "me leg": my
    (r"(?<!\w)me(?= (?:back|lower back|leg|legs|foot|feet|knee|knees|bum|hip|hips|toes|calf|calves|thigh"
     r"|thighs|ankle|ankles|bladder|weight)\b)", "my"),
    # how often, as one word: "now and then" would split at "now" and "then" (clause words)
    (r"(?<!\w)(?:every )?now (?:and|n|&) (?:again|then)(?!\w)|(?<!\w)(?:on (?:and|n|&) off|off (?:and|n|&) on)(?!\w)",
     "sometimes"),
    # "it comes and goes": sometimes, a yes on the safe side (as "on and off")
    (r"(?<!\w)(?:it |they )?(?:comes|come|coming) (?:and|n|&) (?:goes|go|going)(?!\w)", "sometimes"),
    # a year of birth in two digits: "born in 79", "dob 79" -> "born in '79" (the age reader reads "'79" as a year)
    (r"(?<!\w)(born(?: in)?|dob:?|d\.o\.b\.?:?|year of birth:?|birth ?year:?) +(\d{2})(?![\w'/\-]|\.\d)", r"\1 '\2"),
    # a year of birth after its month (and day): "born in february 54", "born on 3rd feb 1954" -> "born '54", "born
    # 1954" (the year gives the age; the day read alone would be an age of 3)
    (r"(?<!\w)(born)(?: in| on)?(?: the)? +(?:\d{1,2}(?:st|nd|rd|th)? (?:of )?)?" + _MONTH +
     r"(?: \d{1,2}(?:st|nd|rd|th)?)? +'?(\d{2})(?![\w'/.\-])(?! *(?:years?|yrs?|yo|y/o)\b)", r"\1 '\2"),
    (r"(?<!\w)(born)(?: in| on)?(?: the)? +(?:\d{1,2}(?:st|nd|rd|th)? (?:of )?)?" + _MONTH +
     r"(?: \d{1,2}(?:st|nd|rd|th)?)?,? +((?:19|20)\d{2})(?![\w'/.\-])", r"\1 in \2"),
    # "n" between two words is "and" ("ye a bit n its in my toes"); a bare "n" stays a no
    (r"(?<=[a-z] )n(?= [a-z])", "and"),
)


def _born_in_digits(m: "re.Match[str]") -> str:
    """A year of birth in words (session 18f): "born in forty-nine" -> "born in '49" (read as a year)."""
    year = _TENS[m.group("tens").lower()] + _UNITS.get((m.group("units") or "").lower(), 0)
    return f"{m.group('lead')} '{year:02d}"


_BORN_IN_WORDS = (
    r"(?<!\w)(?P<lead>born(?: in)?|dob:?|year of birth:?) +(?P<tens>" + "|".join(_TENS) + r")"
    r"(?:[- ]?(?P<units>" + "|".join(_UNITS) + r"))?(?![\w-])"
)
STREET_PHRASES += ((_BORN_IN_WORDS, _born_in_digits),)

#: possessives: "my dad's cancer" is not the patient's
POSSESSIVES = frozenset("my his her our their your me".split())
#: the left and the right side (regex alternatives, whole words)
LEFT = (r"left",)
RIGHT = (r"right",)


# --------------------------------------------------------------------------
# The answer patterns (issue 12): regex alternatives per answer.  A "{NAME}"
# slot in a pattern is the merged alternation of every pack's table NAME
# (patterns shaped alike in both languages are skeletons in bot/reading/answers.py whose
# slots are these tables).
# --------------------------------------------------------------------------

#: "wel"/"zeker"-like tokens: a yes only first in the reply and not before their negation (token -> negation)
YES_TOKENS_WEAK: dict = {}
#: one-letter yes tokens ("y"): no yes after a no ("no y" stays a no)
YES_LETTERS = ("y",)
#: yes tokens that are a yes only as the first word ("ya" is also "you")
YES_TOKENS_FIRST_ONLY = ("ya",)
#: "not" as the word after a yes ("yes not": unsure)
NOT_WORDS = ("not",)
#: a short answer opening with these is a no ("not really", "none")
NO_SHORT_FIRST = ("not", "none")
#: a one-letter no: not a clear no when it opens a longer message
NO_LETTERS = ("n",)
#: "can't say" on its own: (subject) cant (subject) (fillers) say (tail)
CANT_SAY_SUBJECT = ("i",)
CANT_SAY_CANT = ("cant", "cannot", "can not", "couldnt", "could not")
CANT_SAY_SUBJECT_AFTER = ("i",)
CANT_SAY_FILLER = ("really", "not", "honestly", "genuinely", "truly")
CANT_SAY_SAY = ("say", "tell")
CANT_SAY_TAIL = ("really", "for sure", "for certain", "tbh", "honestly", "you", "sorry", "im afraid", "mate", "either")
#: a "can't say" closing its clause anywhere in the answer (session 38U, regex on the lightly folded text: "can't" is
#: "cant"): "he can't really say and neither can I", "i can't honestly tell you, nor can he"; not a denial frame ("i
#: can't say i have") nor a "can't say how long" (the clause goes on)
CANT_SAY_CLAUSE = (rf"(?:cant|cannot|can not|couldnt|could not) (?:{_KNOW_ADVERB} ){{0,2}}(?:say|tell)",)
#: what may follow such a "can't say" (the clause closed): a comma or the end, the tail, or these
CANT_SAY_THEN = ("and", "but", "nor", "neither", "though", "to be honest")
#: "slightly weaker": a hedge before a comparative of weak, which says weak, not worse
WEAKER_HEDGES = ("slightly", "a little", "a little bit", "a bit", "bit", "somewhat", "kind of", "sort of")
#: comparative of weak -> weak
WEAKER = {"weaker": "weak"}
#: a word that denies a "suddenly" a few words after it
SUDDEN_NEGATIONS = ("not", "no", "never", "wasnt", "didnt")

# ---- the leg: where the pain goes, numbness, one or both legs ----------------
#: words of the leg (a level or numbness word counts in a message about the leg)
LEG_WORDS = (
    "leg", "legs", "foot", "feet", "toe", "toes", "calf", "calves", "thigh", "thighs", "knee", "knees", "shin",
    "shins", "ankle", "ankles", "heel", "heels",
)  # fmt: skip
#: numbness in a leg (one rule each; the red-flag numbness words are added by the engine)
NUMB = (r"\bdead\b(?! tired)",)
#: the noun, one rule for every pack
NUMBNESS = ("numbness",)
#: determiners before a body part: all / without "m" / the short list
DET = ("the", "my")
DET_NO_M = ("my", "the")
DET_SHORT = ("my", "the")
KNEE = ("knee", "knees")
KNEE_WORD = ("knee",)
#: "below the knee"
BELOW_PREP = ("below", "under", "underneath", "beneath", "past")
#: parts of the leg below the knee
BELOW_KNEE_PARTS = (
    r"lower legs?", "calf", "calves", "shin", "shins", r"ankles?", "foot", "feet", r"toes?", "heels", r"soles?",
    "instep",
)  # fmt: skip
#: more below-the-knee patterns (one rule each)
BELOW = (
    r"\b(?:my|the) heel\b",
    r"\b(?:whole|entire|full) leg\b|\ball the way down\b|\ball down (?:my|the) leg\b",
)
#: "up to the knee", "around the knee"
ABOVE_PREP = ("above", "up to", "to", "till", "until", "at", "in", "into", "round", "around", "near",
              # Caribbean "stop by the knee" = at the knee (session 23Q)
              "by")
#: parts above the knee
ABOVE_KNEE_PARTS = (
    r"upper legs?", r"thighs?", r"buttocks?", "bum", "butt", r"hips?", "groin", r"hamstrings?", "backside",
    r"glutes?",
)  # fmt: skip
#: no leg pain: "only my lower back", "stays in my back", "not into my legs", "legs are fine", "nothing in my legs"
ONLY_BACK = ("only", "just", "solely", "purely")
INTO = ("in", "into")
IN = ("in",)
LOWER = ("lower ", "low ")
BACK = ("back",)
BACK_SHORT = ("back",)
#: the message names the back pain itself ("back pain", "my lower back hurts"): a story, not a question
BACK_PAIN = (
    r"back ?(?:pain|ache)", r"(?:pain|ache|aching|hurts?|hurting|sore) (?:\w+ ){0,2}?(?:in |on )?(?:my |the )?(?:lower |low )?back",
    r"(?:lower |low |my )back (?:\w+ ){0,2}?(?:hurts|is killing me|aches|aching|is sore|pain|went|gone|is gone)",
    "lumbago", "sciatica",
)  # fmt: skip
STAYS = ("stays", "stay")
STAYS_LOWER = ("lower",)
NOT_LEG = ("not",)
INTO_LEG = ("in", "into", "down")
LEG = (r"legs?",)
LEG_ARE = ("are", "is", "feel", "feels")
LEG_FINE = ("fine", "ok", "okay", "good", "normal", "alright", "all right")
NOTHING_IN = ("nothing in",)
LEG_PAIN_NONE = (
    r"\bno leg pain\b", r"\bno pain in (?:my |the )?legs?\b", r"\b(?:doesnt|dont) (?:go|spread|radiate|travel|shoot)\w*\b",
    r"\bnone\b",
)  # fmt: skip
#: the legs denied with the buttocks or alone, and the belt (session 28D): the leg pain is none, also when the
#: buttocks are denied in the same answer (the engine's _LEGS_DENIED)
LEGS_DENIED = (
    # neither ... nor the legs, the belt (session 28D): "neither in my buttocks nor in my legs", "not in my bum and not in my
    # legs either", "it stays like a belt across my lower back" (not "nor my legs but my feet")
    r"\b(?:nor|neither|and not|not) (?:in |into |down |to )?(?:my |the )?legs?(?: either)?\b(?! (?:but|though)\b)",
    r"\bstays? (?:\w+ ){0,2}?like a (?:belt|band|girdle)\b",
)  # fmt: skip
#: the pain kept in the (low) back, staying or not moving from it (session 29O; the engine's _BACK_KEPT): "it stays put in
#: my lower back", "its confined to my low back", "it doesnt move from my back" (a part told as reached is read first)
BACK_KEPT = (
    r"\b(?:stays?|stayin[g]|staye[d]|remains?|remainin[g]|sits|sittin[g]|confine[d]|localise[d]|localize[d]|staying put|stays put)"
    r" (?:\w+ ){0,2}?(?:in|to|at|on|across|around) (?:my |the |me )?(?:lower |low |small of (?:my |the ))?back\b"
    r"(?! (?:but|plus|with|into|down)\b| (?:and|n) (?!(?:never|not|doesnt|does not|dont|isnt|nothing|no)\b))",
    r"\b(?:doesnt|does not|dont|do not|wont|will not|never|isnt|not) (?:\w+ )?(?:moves?|leaves?|budges?|shifts?|movin[g]|leavin[g])"
    r" (?:from |out of )?(?:my |the |me )?(?:lower |low )?back\b",
)  # fmt: skip
#: ... unless a "but" or a "sometimes" comes after it (it may go further at times: ask again)
BACK_KEPT = tuple(rf"{kept}(?!.*\b(?:but|sometimes|except|occasionally|now and then|at times)\b)" for kept in BACK_KEPT)
#: the pain told as going somewhere, no pain word ("sorry, it actually reaches my calf", "its in my thigh too")
GOES_TO = r"reach\w*|(?:it|its|it s|it is) (?:\w+ ){0,2}?(?:in|into|down|to)"
#: words that make a level word ("calf", "knee") about pain
PAIN_CONTEXT = (
    r"pain\w*", r"hurt\w*", r"ache\w*", "aching", "sore", r"shoot\w*", r"radiat\w*", r"spread\w*", "goes down",
    "runs down", "travels", "sciatica", GOES_TO,
)  # fmt: skip
#: parts below the knee named as free of pain ("nothing in the calf or foot", "calf and foot are fine"):
#: how far the pain does NOT go, so no below-the-knee cue; FREE_PART_JOIN links the parts of a list
#: after what is said of the free parts, before the clause ends: "the calf , nothing at all"
FREE_AT_ALL = ("at all", "whatsoever", "there", "down there")
FREE_PART_JOIN = ("and", "or", "nor", "an")  # "an": Caribbean and = and (session 23Q)
FREE_BEFORE = (
    "nothing in", "nothing down", "nothing at", "no pain in", "no pain down", "no pain at", "not in", "not into",
    "not down to", "not as far as",
    # what the pain never reaches is denied (session 21e): "stops just above the knee, never gets into the calf or foot"
    "never gets into", "never gets to", "never gets down to", "never goes into", "never goes to", "never goes down to",
    "never reaches", "never goes as far as", "doesnt get into", "doesnt go into", "doesnt go down to", "doesnt reach",
    "never into", "never down to",
    # denied in Caribbean English (session 24T; "eh", "ent" = isnt, "doh" = dont): "stops by the knee, it eh going down in the calf",
    # "e doh reach the foot", "it ent passing into my shin"
    r"(?:eh|ent|eint|aint|doh|doan|dont|doesnt|didnt|nah|never) (?:\w+ )?(?:going|goin|go|goes|gone|reach|reaches|reaching|get|gets"
    r"|getting|gettin|pass|passes|passing|come|comes|coming|comin|run|runs|running|travel\w*|spread\w*)(?: (?:down|dung|all the way))?"
    r"(?: (?:in|into|inside|to|till|until|as far as|pon|by|reach))?",
)  # fmt: skip
#: told right after the parts ("calf and foot nothing"), or after FREE_ARE ("nothing but pain" is pain)
FREE_AFTER = (
    r"nothing(?! else| but)", r"(?:anything|any pain)(?! else| but)", "no pain", "pain free", "painfree", "dont hurt", "doesnt hurt", "arent sore", "isnt sore",
    "arent painful", "isnt painful",
    # the copula dropped, Caribbean and spoken (session 23Q): "calf and foot fine", "shin an foot alright", the clause ending there
    # (not "ok": "down to my foot ok" is an answer and an ok)
    r"(?:fine|alright|all right|good|aright)(?= ,| \.| and\b| but\b| too\b| both\b| though\b|$)",
)  # fmt: skip
#: "i have", "ive got": the parts then what the person has there ("the calf and foot i have nothing")
FREE_ARE = (
    "is", "are", "feel", "feels", "are both", "is totally", "are totally", "are all", "i have", "ive got", "i got",
    "ive", "theres", "there is", "there s", "there", "its", "it is", "i feel", "i feel there",
    # told of someone else or with the feeling denied (session 28D): "below the knee he feels nothing", "under the knee
    # she doesnt feel anything", "below the knee i dont feel any pain"
    "he feels", "she feels", "they feel", "he has", "she has", "hes got", "shes got", "he s got", "she s got", "he feels there",
    "she feels there", r"(?:i|he|she|they) (?:dont|doesnt|do not|does not) (?:feel|have)(?= (?:anything|any pain)\b)",
)  # fmt: skip
#: a state only after FREE_ARE ("the foot is fine"; "down to my foot ok?" is no such statement)
FREE_STATE = (
    "fine", "ok", "okay", "good", "normal", "alright", "all right", "free", "clear", "spared", "not sore",
    "not painful",
)  # fmt: skip
#: a pronoun that takes the parts up again before what is said of them ("my calf, that one is fine")
FREE_PRONOUN = ("it", "that", "that one", "they", "those")
#: higher than the buttocks or the hips: the low back, no part of the leg ("just above my bum", "above the hips")
SEAT_ABOVE = ("above", "higher than", "up above")
SEAT_PARTS = (r"buttocks?", "bum", "butt", "bottom", "backside", r"hips?", r"glutes?", "arse", "ass", "bum crack", "butt crack")
#: standing told with the feet ("on my feet all day", "12 hour shifts on me feet"): no pain in the feet (session 27V)
ON_FEET = (
    r"(?:(?:days?|hours?|shifts?|all day|whole day|standing|stood|been|being|be|up|im|i'?m) )on (?:my |me |ma |mah |mi |our |your |his |her |their )?feet",
    r"on (?:my |me |ma |mah |mi |our |your |his |her |their )?feet (?=(?:all|for|the whole|at work|at the|from|till|until|since|most|every|during|\d|a lot|non stop|nonstop|(?:\w+ )?(?:hours?|shifts?|day|days)\b))",
)  # fmt: skip
#: French football, not the foot (the French pack's; session 34W)
FOOT_SPORT: tuple = ()
#: both legs
BOTH_WORDS = (r"\bboth\b",)
TWO = ("2", "two")
LEGS_FEET = ("legs", "feet")
LEFTRIGHT = ("leftright",)
BOTH_PLURALS = ("legs",)
BOTH_EXPLICIT = (r"\bboth (?:of )?(?:my |the )?(?:legs|feet|leg|sides)\b",)
#: one leg: "only the left", "one side", "right"
ONLY_ONE = ("only", "just")
ONE = ("one", "1")
ONE_SINGLE = ("one", "1", "single")
LEG_SIDE = ("leg", "side", "foot")
SIDE_WORDS = ("left", "right")
ONE_LEG = (r"\bone\b",)

# ---- weakness -----------------------------------------------------------------
WEAKNESS = ("weakness",)
#: weakness getting worse
WORSE = (
    "worse", "worsening", "worsens", "weaker", r"progressive\w*", "progressing", r"increasing\w*", "more and more",
)  # fmt: skip
#: weakness that stays the same
STABLE = (
    "stable", r"not (?:getting |any )?worse", "no worse", r"hasnt got(?:ten)? worse", "isnt getting worse", "same",
    "unchanged", "steady", "constant", "not changing",
    # as it was at first (session 27N): "just like it was at the start", "same as at first"
    r"(?<!not )(?<!isnt )(?:just |exactly )?(?:like|as) (?:it was |its been )?(?:at (?:the )?(?:start|first|beginning)|from the start)",
)  # fmt: skip
#: no weakness
WEAKNESS_NONE = (
    "no weakness", "not weak", "strong", "normal strength", "full strength", "fine", "normal",
)  # fmt: skip
#: the heel and toe walk done and fine, the legs doing as told, strength told (session 27V)
WEAKNESS_DONE = (
    r"(?<!t )(?<!not )can (?:still |easily |)(?:walk|stand|go|get up) on (?:my |me |ma |the )?(?:heels?|toes|tip ?toes?|tippy ?toes)",
    r"(?:walk\w*|stand\w*) on (?:my |me |ma |the )?(?:heels?|toes|tip ?toes?)(?: and (?:on )?(?:my |me |ma |the )?(?:heels?|toes|tip ?toes?))? (?:is |are |was |both )?(?:fine|ok|okay|no (?:problem|bother|issue)|easy|easily|good)",
    r"(?:legs?|they) (?:do|does|doing|still do) (?:exactly |just )?(?:what(?:ever)? i (?:want|tell|ask)|as theyre told|as they should)",
    r"(?:plenty|lots|loads|full) of (?:strength|power)", r"strength is (?:fine|good|ok|okay|there)",
)  # fmt: skip
#: the leg giving way denied as the cause ("slow, but not because my leg gives way"): masked before reading worse
WEAKNESS_NOT_CAUSE = (
    r"(?:not|never|isnt|wasnt) (?:because|cause|cos|coz|due to|that) (?:of )?(?:the |my |me |ma |a )?(?:legs?|knees?) (?:is |are |keeps? )?(?:gives?|giving|gave|gone|going) (?:way|out)",
)  # fmt: skip
#: a stable cue masked before reading worse: (not) ... worse, the same (not after "not")
MASK_NOT = ("isnt", "not", "no", "hasnt", "havent", "never", "wasnt", "doesnt", "didnt", "arent")
MASK_WORSE = ("worse", "weaker", "changing", "changed", "progressing", "worsening")
MASK_SAME_NOT = ("not", "isnt", "arent")
MASK_SAME = (
    "the same", "same", "unchanged", "stable", "steady", "no change", "nothing changed", r"as (?:before|last week)",
    r"(?:just |exactly )?(?:like|as) (?:it was |its been )?(?:at (?:the )?(?:start|first|beginning)|from the start)",
)  # fmt: skip
#: signs of worsening weakness: a foot that drops, tripping
FOOT = ("foot",)
FOOT_DROPS = ("drops", "dropping", "dropped", "flops", "flopping", "slaps", "slapping")
WORSE_SIGN = (
    r"\b(?:keep|keeps|kept|always) (?:\w+ )?(?:tripping|stumbling)\b|\btripping over (?:it|my|the)\b",
    r"\bdragging (?:the |my )?(?:left |right )?(?:leg|foot)\b",
)

# ---- onset --------------------------------------------------------------------
#: after "twinge": a twinge "now and then" (STREET_PHRASES: "sometimes") is no moment
_NOT_A_MOMENT = r"(?! (?:sometimes|every|here and there|from time))"
#: a sudden movement (one rule each)
SUDDEN = (
    r"\b(?:lift\w*|picked up|picking up|pick up|picks up|carr(?:y|ied|ying)|bent|bend\w*|twist\w*|turned"
    r"|turning|reach\w*|sneez\w*|cough\w*|push\w*|pull\w*|heav\w*|shovel\w*|deadlift\w*|jerk\w*"
    r"|sudden\w*|all of a sudden|in one go|snapped|shot|tweak\w*|awkward\w*|wrong movement|strained"
    r"|moving (?:furniture|house|boxes)|moved (?:furniture|house|boxes)|stooped|stooping|squat\w*|yank\w*|tugg\w*"
    r"|forced (?:my |me )?(?:lower |low )?back|wrenched (?:my |me )?(?:lower |low )?back)\b",
    # a lift told as a story: "picking my daughter up", "pick the baby up"
    r"\b(?:pick\w*|lift\w*|haul\w*|heav\w*) (?:\w+ ){1,3}?up\b",
    # the moment the back went: "felt something go twang", "my back went", "put my back out"
    # (a twinge "now and then" or "on and off" is no moment)
    rf"\b(?:twang\w*|ping\w*|pinged|popped|pop|click\w*|crick\w*|rick\w*|snap\w*|twinge{_NOT_A_MOMENT}|jolt\w*"
    r"|zing|zinged|zinging|seiz\w* up|locked up|lock\w* up|gave out|gone out|went out|put (?:my |me )?back out|pulled (?:a |my )"
    r"(?:muscle|back)|overdid it|overdone it|jarred|jarring|wrenched|ricked|tweaked)\b",
    r"\b(?:back|it) (?:\w+ ){0,2}?(?:went|gone|goes|gave)(?: (?:out|on me|ping|pop|twang|click|crack))?"
    r"(?= *$| *[.,]| and| but| then| now| after| when| while)",
    # everyday movements: socks and shoes, the boot of the car, standing up
    r"\b(?:putting|put|pulling|pull|getting|get|got|tying|tie|doing) (?:\w+ ){0,2}?(?:socks?|shoes?|boots?|trousers"
    r"|pants|tights|laces|shoelaces|jeans)\b",
    r"\b(?:boot|trunk) of (?:the |my )?car\b|\b(?:stood|standing|stand|got|getting|get) up (?:\w+ )?"
    r"(?:from|out of|off)\b|\b(?:getting|got|get) out of (?:the |my )?(?:car|bed|chair|bath)\b",
    r"\b(?:digging|dug|swing\w*|swung|lunge\w*|stretch\w*|deadlift\w*|squat\w*|jumped|jumping)\b",
    r"\b(?:getting|got|get|taking|took|take|putting|put|pulling|pulled|emptying|emptied|loading|loaded|haul\w*|lug\w*"
    r"|yank\w*|heav\w*|wrestl\w*) (?:\w+ ){0,3}?"
    r"(?:out of|into|in|from|off|onto|on|under) (?:the |my |a |our )?(?:dishwasher|washing machine|washer|dryer|oven"
    r"|cupboard|boot|trunk|car|bath|fridge|freezer|floor|shelf|cot|crib|bed|pram|buggy|trolley|car seat|van|minivan"
    r"|truck|pickup|suv|jeep|ute|wagon)\b",
    # the moment told as fine one second, not the next (session 27U): "one minute i was fine, the next ..."
    r"\bone (?:sec|second|minute|min|moment|instant) (?:i was |i m |im |it was |all )?(?:fine|ok|okay|good|grand"
    r"|normal|perfect)\b",
    r"\b(?:move|moving|moved|shift\w*|carr(?:y|ied|ying)|lug\w*|haul\w*|drag\w*) (?:\w+ ){0,2}?(?:sofa|couch"
    r"|furniture|fridge|bed|wardrobe|boxes|box|table|piano|mattress|washing machine|tv|desk)\b",
)
#: an activity told as the moment: "while hoovering"
ACTIVITY_WHEN = ("while", "whilst", "when", "during", "after", "at", "was", "were", "from", "doing", "playing")
ACTIVITY = (
    r"hoover\w*", r"vacuum\w*", "mopping", "gardening", "weeding", "loading", "unloading", r"golf\w*", "yoga", "gym",
    "workout", "work out", "working out", "tennis", "padel", "football", "rugby", "dancing", r"sport\w*",
    r"fitness\w*", "crossfit",
)  # fmt: skip
#: "started when I lifted": an anchor, then the movement within a few words
ANCHOR = ("started", "starts", "start", "began", "begin", "came", "happened", "since", "after", "when", "while", "by")
ANCHORED_MOVE = (
    r"lift\w*", "picked up", "picking up", "bent", "bending", r"twist\w*", "turned", r"reach\w*", r"sneez\w*",
    r"carr(?:y|ied|ying)", "moving", "moved", r"shovel\w*", r"deadlift\w*", r"pull\w*", r"push\w*",
)  # fmt: skip
#: a fall, an accident, a blow
TRAUMA_WORDS = (
    "fall", "falls", "fell", "fallen", "accident", "trauma", "blow", "crash", "collision", "injury", "knock",
    "{~tackle}", "slipped", r"assault\w*", "attacked", "punched", "kicked", "beaten up", "mugged",
    "rear ended", "whiplash", r"thrown (?:from|off|clear)",
)  # fmt: skip
TRAUMA_PHRASES = (
    r"\b(?:hit|struck|kicked|punched|rammed|smacked|whacked|slammed|knocked) (?:me|my back|my spine|into me"
    r"|me over|me down)\b|\b(?:got|was|been|been) (?:hit|struck|kicked|punched|knocked (?:over|down)|run over)\b",
    # a vehicle that ran into the patient's car, Nigerian and plain English (session 28D): "a van jam my car from behind",
    # "a taxi bashed our car", "a truck smashed into my car", "a bus jammed us", "my car got bashed" (not "the car door",
    # "jammed in traffic")
    r"\b(?:jam|jams|jammed|bash|bashes|bashed|hit|hits|ram|rams|rammed|rear ?ended|crash\w* into|smash\w* into|slamm?\w* into"
    r"|plough\w* into|plow\w* into|drove into|drive into|ran into|run into|bumped into|bang\w* into|knock\w* into|went into"
    r"|jam into|jammed into) (?:the (?:back|side|front|rear) of )?(?:my|our|me|mine|we|us|his|her) (?:\w+ )?"
    r"(?:car|cars|motor|vehicle|van|taxi|keke|bike|motorbike|okada|scooter|jeep|suv)\b(?! (?:door|doors|keys|boot|trunk|roof|seat))",
    r"\b(?:car|van|bus|danfo|lorry|truck|trailer|tipper|taxi|keke|jeep|suv|tanker|driver|motorbike|okada) (?:\w+ ){0,2}?"
    r"(?:jam|jams|jammed|bash|bashed|ram|rammed|rear ?ended|crash\w* into|smash\w* into|slamm?\w* into|ran into|run into) (?:me|us)\b",
    r"\b(?:my|our) (?:\w+ )?(?:car|motor|vehicle|van|taxi) (?:\w+ )?(?:got|was|been|get|gets) (?:\w+ )?(?:jammed|bashed|rammed|hit"
    r"|smashed|rear ?ended|crashed into|shunted)\b",
)
#: a gradual onset
GRADUAL = (
    r"gradual\w*", "slowly", "slow", "little by little", "bit by bit", r"over (?:time|weeks|months|the years|days|years)",
    "crept", "creeping", r"came on (?:by )?itself", "on its own", "by itself", "out of nowhere",
    r"just (?:came|started|happened|appeared|began)", "unsure", "noreason", r"nothing (?:special|particular|specific|happened)",
    "no clear cause", "i dont know", "dont know how", "no idea", "never did anything", "crept up", "creeped up", "creeping up", "built up",
    "build up", "building up",
    r"no (?:specific|particular|special|real|one|single|certain) (?:thing|moment|event|trigger|incident|reason)",
    r"nothing (?:specific|in particular|special)", "didnt do anything", "did nothing",
    r"came on (?:over|during|in the)", "woke up with", "woke with", r"no (?:specific |particular |clear )?(?:moment|trigger|injury)",
    r"not (?:after|from) anything", r"nothing (?:in particular|specific)", r"not sudden\w*", "no idea how", "unsure how",
    # a sudden start denied (session 28D): "not all of a sudden", "it wasnt overnight"
    r"(?:not|wasnt|never) (?:\w+ )?(?:all of a sudden|all at once|overnight|in one go)",
    # (session 28G) softly: "it started gently", "came on softly"
    r"(?:came|come|comes|started|starting|began|begun|crept|built|build|got) (?:on |up )?(?:very |really |quite |so )?"
    r"(?:gently|softly|quietly)",
)  # fmt: skip
#: a slow start said strongly, or a sudden one denied (session 28D): with a long or repeated activity (ONSET_PROLONGED)
#: the activity wore the back out, no moment ("gradually, been digging the garden for weeks", "not all of a sudden, i
#: mop floors all day"); "lifted a box and it gradually got worse" keeps the lift
ONSET_SLOW_START = (
    r"gradual\w*", "little by little", "bit by bit", r"progressive\w*", "over time", r"(?:crept|creeping|built|building) up",
    r"(?:not|wasnt|isnt|never|nothing|no) (?:\w+ )?(?:sudden\w*|all of a sudden|all at once|in one go|overnight)",
    r"(?:didnt|did not|it didnt) (?:\w+ ){0,2}?(?:suddenly|all of a sudden|all at once|in one go|overnight)",
)  # fmt: skip
#: an activity told as long or repeated: "all day", "every day", "for weeks", "day in day out"
ONSET_PROLONGED = (
    r"all day(?: long)?", r"(?:the )?whole day", r"(?:every|each) (?:single )?(?:day|shift|weekend|night)", "everyday", "daily",
    "day after day", "day in day out", r"all (?:week|weekend|summer|shift)", r"for (?:the (?:last|past) )?(?:few |couple of )?"
    r"(?:hours|days|weeks|months|years)", r"for (?:hours|days|weeks|months|years) (?:on end|now)", "hours on end",
    r"(?:\w+ )?hours a day", r"(?:weeks|months|years) of",
)  # fmt: skip
#: words that start another clause between the activity and its length ("bent down and for weeks it got worse")
ONSET_BREAK = ("and", "then", "but", "since", "after", "so")

# ---- other questions ------------------------------------------------------------
#: (a steroid inhaler, cream, gel, ointment, spray or one injection is not months of steroid tablets; "zalf" is the
#: Dutch ointment typed after the English word: "cortisone zalf")
_NOT_TABLETS = (r"(?! (?:inhaler|inhalers|puffer|puffers|cream|creams|spray|nose spray|nasal spray|ointment|ointments|gel|gels"
                r"|lotion|lotions|drops|injection|injections|jab|shot|zalf|zalfje)\b)")
#: a bone density told normal is no sign (session 27O): "no, bone density came back normal" (not "bone density low, calcium
#: normal", "bone density not ok")
_DENSITY_NORMAL = (r"(?!(?: (?!(?:low|lower|reduced|poor|decreased|bad|weak|thin|not|isnt|wasnt|arent|werent|but|borderline)\b)"
                   r"(?:\w+|,)){0,6}? (?:normal|fine|ok|okay|good|alright|all right|healthy|clear|great|perfect)\b)")
OSTEO = (
    r"osteopor\w*", r"osteopeni\w*", "brittle bones", r"bone (?:thinning|loss)", "thin bones", "weak bones",
    rf"steroids?{_NOT_TABLETS}", rf"cortico\w*{_NOT_TABLETS}", rf"cortisone?s?{_NOT_TABLETS}", r"prednis\w*", "medrol", r"dexameth\w*",
    r"hydrocortis\w*", r"methylpred\w*", rf"(?<!normal )(?<!good )(?<!healthy )bone density{_DENSITY_NORMAL}",
)  # fmt: skip
STIFF = (r"stiff\w*", "rusty")
STIFF_WORD = (r"stiff\w*",)
MORNING_AFTER = ("morning", "mornings", "wake", "waking", "get up", "getting up")
MORNING_BEFORE = ("morning", "mornings", "wake up", "waking up")
MORNING_STIFFNESS = ("morning stiffness",)
#: how long the stiffness lasts: "5-10 mins", "half an hour"
RANGE_TO = ("to", "or")
MINUTES = ("min", "mins", r"minutes?")
HOURS = ("half an hour", "half hour", "an hour", "hours", "hour")
#: (session 28G) a word between the number and the minutes: "twenty odd minutes"
MINUTES_ADJ = ("odd", "short", "little")
#: before the minutes: more than that is no short time ("more than 10 minutes")
STIFF_MORE_THAN = ("more than", "longer than", "over", "at least", "upwards of")
#: a short stiffness told without digits (under 30 minutes): "a few minutes", "a quarter of an hour", "till I've had my
#: coffee", "once I've showered", "by the time I've walked the dog"
_STIFF_UNTIL = r"(?:by the time|once|till|until|after|as soon as) (?:i ?(?:ve|'ve| have| had|d)? )?"
STIFF_SHORT = (
    r"(?:a )?(?:few|couple(?: of)?|coupla) (?:more )?(?:min|mins|minutes?)", r"(?:a )?quarter (?:of an )?hour",
    r"(?:a )?(?:minute|min|sec|second) or (?:two|so)",
    _STIFF_UNTIL + r"(?:had |made |drunk |finished )?(?:my |a |me |the |first )?(?:coffee|cuppa|cup of tea|tea|brew|shower)",
    _STIFF_UNTIL + r"(?:showered|washed|got dressed|dressed|had a wash|had a shower|walked the dog|taken the dog out)",
    r"(?:after|with) (?:my |a |the )?(?:shower|hot shower|coffee|cuppa|dog walk)",
)
#: a stiffness of half an hour or more told in words: "most of the morning", "till mid-morning", "three quarters of an
#: hour", "till lunchtime"
STIFF_LONG = (
    r"(?:most|much|all|half) (?:of )?the morning", "all morning", r"the (?:whole|entire) morning", r"(?:three|3) quarters",
    r"(?:till|until|to|into) (?:about |around )?(?:mid ?morning|lunch\w*|midday|noon|the afternoon|late morning)",
    r"(?:for )?ages", r"(?:good|couple of|few) hours", r"all day(?: long)?", r"the (?:whole|entire) day",
)
#: a plain "fine": no
FINE = ("fine", "normal", "ok", "okay", "all good", r"no problems?", "as usual", "never had")
#: not feeling or noticing told to the saddle or bladder question (session 18): "he never felt a thing", "didnt notice"
#: is the sign itself or unclear, never a "no" (not "didnt feel anything wrong": that one is a no)
NOT_FELT = (
    r"(?:never|didnt|did not|dont|do not|doesnt|does not|cant|cannot|couldnt|could not|hardly|barely) (?:even |really )?"
    r"(?:feel|felt|notice|noticed|realise|realised|realize|realized|sense|sensed)\b"
    r"(?! (?:\w+ )?(?:wrong|unusual|weird|strange|different|odd|abnormal|off|funny|like that)\b)",
)
#: positive words that are a yes only in answer to that slot's question
CONTEXT_BLADDER_BOWEL = (
    r"leak\w*", r"dribbl\w*", "cant hold", "can hardly hold", r"accidents?", r"strain\w*", "trouble",
    r"difficult\w*", r"incontinent\w*", "cant go",
)  # fmt: skip
CONTEXT_FEVER = ("hot and cold", "sweaty", "shivery")
DEGREES = ("degrees", "c")
CONTEXT_CANCER = (
    "breast", "prostate", "skin", "lung", "bowel", "colon", "bladder", "kidney", "blood", "in remission",
    "so did i", "me too", "me as well", "i did too",
)  # fmt: skip
CONTEXT_WEIGHT_UNITS = ("kg", "kgs", "kilo", "kilos", "kilogram", "pounds", "lbs", "stone")
CONTEXT_WEIGHT = ("a few kilos", "some kilos", "kilos", "lighter", "thinner")
CONTEXT_NIGHT = (
    "all night", r"constant\w*", r"keeps? me awake", "whatever position", "nothing helps", "doesnt go away",
    "every night", "always",
)  # fmt: skip
#: night pain only when turning over: not the red flag
NIGHT_MECH_FALSE = (r"only when i (?:turn|move|roll)", "when i turn", "turning over", "when i move")
#: the pain eased by a change of position and sleep again (with NIGHT_POSITION): no red flag, nothing to ask
#: (session 27V: "turn on my side and it settles", negation checked with NEG_BEFORE)
NIGHT_EASED = (
    r"settles?(?: down)?", r"eases?(?: off)?", "calms down", "dies down", "goes away", "goes off", r"subsides?", "fades",
    r"(?:go|get|fall|drop|drift|im|i'?m|am|and) (?:straight |right )?back (?:to sleep|asleep|off)", "sleep again",
    "asleep again", r"(?:it|pain) (?:is |s )?gone", "its fine again", "its ok again",
    # ... comfy after it and sleeping on (session 28E): "only a twinge when i roll over, then im comfy and sleep through" (not
    # "cant get comfy", "comfy for an hour till it wakes me", "cant sleep through")
    r"(?<!cant )(?<!cannot )(?<!couldnt )(?:im|i am|i get|get|and|then|its|it is|i feel|feel) (?:nice and |all |really |perfectly |quite "
    r"|totally |pretty )?(?:comfy|comfortable)\b(?! (?:\w+ )?(?:for (?:a|an|about|\d+|half|maybe)|again)\b)"
    r"(?! (?:\w+ ){0,2}?(?:till|until) (?!(?:the |my )?(?:alarm|morning|mornin|daylight|dawn|breakfast)\b))",
    r"(?<!cant )(?<!cannot )(?<!couldnt )(?<!unable to )(?:sleep|sleeps|slept) (?:right |straight |soundly |fine |well )?through"
    r"(?! (?:\w+ )?(?:pain|it)\b)",
    r"(?<!cant )(?<!cannot )(?<!couldnt )(?:sleep|sleeps|slept) like a (?:baby|log|top)",
)  # fmt: skip

# ---- age ------------------------------------------------------------------------
AGE_RANGE_TO = ("to",)
AGE_PLUS = ("plus", "or older", "or over", "and older", "and over")
#: "nearly 70" (not "nearly 3 weeks"); a birthday to come: "ill be 45 in january" is 44 now
NEARLY = ("nearly", "almost", "not quite", "will be", "ill be", "gonna be", "going to be", "turning", "turn")
NEARLY_UNITS = (r"days?", r"weeks?", r"months?", "kg")
AGE_OVER = ("over", "above", "older than", "more than", "plus")
AGE_UNDER = ("under", "below", "younger than", "less than")
#: "im 45", "age is 45", "45 yrs"
AGE_IS = ("im", "i am", "age", "aged", "am", "turned")
AGE_IS_IS = ("is",)
AGE_YEARS = (r"years?", r"yrs?", "yr", "yo", "y o")
#: an age told in passing: "im 45 (years old)", "45 years old", "aged 45"
I_AM = ("im", "i am")
EXPLICIT_YEARS = (r"years?", r"yrs?")
OLD = ("old",)
AGE_END = ("and", "but")
YEARS_OLD = (r"years? old", "yrs old", r"yo\b", r"y o\b")
AGED = (r"aged?",)
#: counts of something else than years: "44 for another 3 weeks", "80 kg" (no age)
AGE_COUNTS = (r"days?", r"weeks?", r"wks?", r"months?", r"mths?", "kg", r"kilos?")
#: what comes then is a later age: "44 for another 3 weeks, then the big 4-5"
AGE_THEN = ("then", "and then", "after that")
#: a time to come told with an age: "70 next week", "69, 70 in march" (the age to come: one less now)
AGE_LATER = (
    r"next (?:week|month|year|birthday|spring|summer|autumn|fall|winter)", "this coming (?:week|month)",
    r"in (?:\d{1,2}|a|an|one|two|three|four|five|six|a few|a couple of|a couple) (?:days?|weeks?|wks?|months?)",
    "in {MONTH_NAME}", "soon", "shortly",
    # a day of the month (session 21e): "44, well 45 on the 9th"
    r"on the \d{1,2}(?:st|nd|rd|th)?(?: of {MONTH_NAME})?", r"on {MONTH_NAME} \d{1,2}(?:st|nd|rd|th)?",
)  # fmt: skip
#: words between the time to come and the age: "next month already 47", "next month ill be 47" (session 21d)
AGE_LATER_FILL = ("already", "ill", "i will", "i ll", "be", "im", "i am", "i turn", "turning", "its", "then", "even")
#: the birthday is past: "turned 70 in march" is 70
AGE_PAST = ("turned", "was")
#: an age felt or looked, no age told: "dont feel a day over 50", "feel like 50" (the verb, then up to 5 of the fill words)
AGE_FELT = ("feel", "feels", "felt", "feeling", "look", "looks", "looked", "looking", "act", "acts")
AGE_FELT_FILL = ("like", "a", "one", "day", "year", "over", "older", "younger", "than", "more", "past", "about", "around", "only", "barely", "maybe", "im", "i", "am", "as", "if", "was", "good", "even")

# ---- the follow-up questions ----------------------------------------------------
CANCER_WORD = (
    r"\w*cancer\w*", r"tumou?r\w*", r"leukemi\w*", r"leukaemi\w*", r"lymphom\w*", r"melanom\w*", r"carcinom\w*",
    r"sarcom\w*", r"myelom\w*", r"chemo\w*", r"radiotherap\w*", r"metasta\w*", r"malignan\w*", r"oncolog\w*",
)  # fmt: skip
#: someone else (the cancer may be theirs)
RELATIVE = (
    "mother", "mum", "mom", "mam", "mama", "mommy", "mummy", "father", "dad", "daddy", "papa", "pa", "ma", "sister",
    "brother", "sis", "bro", "aunt", "auntie", "uncle", "grandma", "grandmother", "grandpa", "grandfather", "granny",
    "gran", "nan", "nana", "grandad", "granddad", "wife", "husband", "partner", "son", "daughter", "friend", "mate",
    "neighbour", "neighbor", "cousin", "family", "relative", "relatives", r"parents?", "niece", "nephew", "colleague",
    "she", "he", "him",  # "she died of breast cancer": someone else; asked who
)  # fmt: skip
#: the answer about the person the check is about, told by a carer with a bare pronoun (session 32AR; bot/reading/answers.py
#: _as_own): with no writer, relative or other person named, "she has a fever", "he never had cancer" are read as "i ...":
#: each pronoun and the first person put for it
THIRD_PERSON = {"he": "i", "she": "i", "hes": "im", "shes": "im", "hed": "id", "shed": "id", "his": "my", "her": "my", "him": "me",
                "himself": "myself", "herself": "myself", "they": "i", "theyre": "im", "theyve": "ive", "theyd": "id",
                "their": "my", "them": "me", "themselves": "myself", "themself": "myself"}
#: a pronoun only before what follows it (the Dutch "die" is also "that"): none here
THIRD_PERSON_BEFORE: dict = {}
#: the pronoun as a subject: the answer is about that person
THIRD_PERSON_SUBJECT = ("he", "she", "hes", "shes", "hed", "shed", "they", "theyre", "theyve", "theyd")
#: after the subject put in the first person, the verb of "he" put in the first person ("he has" -> "i have")
THIRD_PERSON_CLITICS: dict = {}
THIRD_PERSON_VERB_ENDINGS: dict = {}
THIRD_PERSON_VERBS = {"has": "have", "hasnt": "havent", "is": "am", "isnt": "am not", "does": "do", "doesnt": "dont", "feels": "feel",
                      "gets": "get", "cant": "cant"}
#: another person named: the pronoun may be theirs ("the doctor said she ..."), read as today
THIRD_PERSON_OTHERS = ("doctor", "doc", "dr", "gp", "nurse", "physio", "physiotherapist", "specialist", "surgeon", "consultant",
                       "someone", "somebody", "everyone", "everybody", "people", "man", "woman", "guy", "lady")
#: that person told dead: not the one the check is about ("she died of it")
THIRD_PERSON_GONE = ("died", "dying", r"passed (?:away|on)", "death", "funeral", "deceased")
#: "not me"
NOT_ME = (
    "not me", "not myself", "not i", "never me", "me not", "i havent", "i have not", "i dont", "i didnt", "ive not",
    "ive never", "i never", r"i myself (?:havent|never|no)", "myself no", "no i havent",
)  # fmt: skip
NOT_ME_ONLY = ("only", "just")
NOT_ME_MY = ("my", "me", "our")
FAMILY_ONLY = ("only", "just")
FAMILY_WORD = ("family",)
#: the person had it too
SELF_YES = (
    "me too", r"i (?:also|too)", "and me", "and i", "i have had", "ive had", "i had", "so did i", "did i",
    "me as well", "i did too", "i have too",
)  # fmt: skip
SELF = ("myself",)
SELF_OBJECT: tuple = ()
#: the subject again after "myself", before its negation (session 29N): "me myself i never get any cancer", "myself i have never had it"
SELF_SELF = (r"i", r"i (?:have|had|did|do)", r"i'?ve", r"ive")
SELF_NOT = ("no", "not", "never")
#: the weight: mentioned, why, hedged, without a reason, strictly a weight, on purpose
WEIGHT_MENTION = (
    "lost", "losing", "lose", "dropped", "down", "shed", "gone down", "lighter", "thinner", r"kilos?", r"kgs?",
    "pounds", r"lbs?", "stone", "weight",
)  # fmt: skip
WEIGHT_CAUSE = (
    r"stress\w*", r"worr\w*", "appetite", "not hungry", "less hungry", r"eat(?:ing)? less", "pain", "sick",
    "illness", "nausea", "grief", "busy", r"depress\w*", r"anxi\w*", "cant eat", r"diet\w*", "gym", r"exercis\w*",
    r"sport\w*", "running", "walking", "fasting", "ozempic", "wegovy", "mounjaro", "healthier", "eating better",
    "on purpose",
)  # fmt: skip
WEIGHT_UNCLEAR = (
    "maybe", "perhaps", "partly", "partially", "half", "i guess", "i think", "i suppose", "guess", "sort of",
    "kind of", "kinda", "probably", "not sure", "unsure", "mixed", "both", "bit of both",
)  # fmt: skip
NOT_HEDGES = ("unsure why",)
WEIGHT_NO_REASON = (
    "noreason", "no idea why", "dont know why", "not sure why", "unsure why", r"just (?:dropped|fell off|went)",
    "by itself", "from nowhere", "not trying", "wasnt trying", "werent trying", "havent been trying",
    "unexplained", r"not (?:on purpose|deliberately|intentionally)", r"(?:not|never) (?:been )?dieting",
)  # fmt: skip
INTENT_CLEAR = (
    "on purpose", r"deliberate\w*", r"watch(?:ing)? what i eat", "intentionally", r"diet\w*", "trying to lose", "wanted to lose", "gym",
    "weight watchers", "fasting", "ozempic", "wegovy", "mounjaro",
)  # fmt: skip
NEG_BEFORE = (
    "not", "no", "never", "isnt", "wasnt", "arent", "werent", "havent", "hasnt", "didnt", "dont", "doesnt",
    "without",
)  # fmt: skip
STRICT_UNITS = ("kg", "kgs", r"kilos?", r"kilograms?", "pounds", r"lbs?", "stone")
WEIGHT_STRICT = (
    "kg", "kgs", r"kilos?", "pounds", "lbs", "stone", "weight", "lighter", "thinner", "slimmer",
    r"lost (?:a |some |\d)",
)  # fmt: skip
PURPOSE_NO = ("no", "nope", "nah")
PURPOSE_WHY = (r"diet\w*", "trying", "tried", "on purpose", "gym", r"sport\w*", "wanted")
PURPOSE_I = ("i was", "i did")
PURPOSE_HOW = (r"diet\w*", "on purpose")
#: night pain when moving / whatever the position
NIGHT_POSITION = (
    r"turn\w*", r"roll\w*", "move", "moving", "moves", r"shift\w*", r"position\w*", "posture", "lie on", "lying on",
    "lay on", "laying on", r"on my (?:side|back|front|belly|stomach|tummy)", "other side", "certain way",
)  # fmt: skip
NIGHT_PERSIST = (
    "all night", "whole night", "entire night", "whatever position", "any position", "no position",
    "every position", "nomatter", r"constant\w*", "all the time", "the whole time", "nonstop", "non stop",
    r"keeps? me awake",
)  # fmt: skip
#: the night told as the pain never stopping (session 31AI; bot/reading/answers.py _parse_bool): "at night it never stops", "it
#: doesnt let up all night" -- a yes, its "never" no "no"
NIGHT_NEVER_STOPS = (
    r"(?:at night|nights?|in bed|night ?time|overnight)\b(?: \w+){0,3}? (?:never|doesnt|does not|wont|will not|dont|do not) (?:\w+ )?(?:stops?|eases?"
    r"|lets? up|lets? go|goes? away|settles?|calms? down)(?! (?:me|us|my)\b)",
    r"(?:never|doesnt|does not|wont|will not) (?:stops?|eases?|lets? up|lets? go|goes? away|settles?)(?: (?:at all|even|once))? (?:at night|all night|in bed"
    r"|through the night|the whole night)",
)
#: the night told fine, the rest of the answer of another time (session 31AI; bot/reading/answers.py _parse_bool): "a bit stiff in
#: the morning, fine at night", "at night im ok", "i sleep fine" -- a no, its "a bit" of the morning no "yes" (not "not fine at
#: night", NEG_BEFORE; not with a night pain told: NIGHT_PERSIST, CONTEXT_NIGHT)
NIGHT_TOLD_FINE = (
    r"(?:fine|ok|okay|alright|all right|grand|good|no problem|no bother|no pain|pain free|comfortable|no trouble) (?:at night|in bed|overnight"
    r"|through the night|during the night|at nighttime|at night time|nights)\b",
    r"(?:at night|in bed|overnight|nights|night ?times?|the nights?)(?: (?:its|it s|it is|im|i m|i am|are|is|they are|theyre|i feel|i have"
    r"|i get|i m|thats|that s|its all))? (?:(?!(?:not|never|no|nt)\b)\w+ )?(?:fine|ok|okay|alright|grand|no problem|no bother|no pain|pain free"
    r"|comfortable|no trouble)\b(?! (?:\w+ )?(?:helps?|works?|eases?|relie\w*))",
    r"(?:i )?sleep (?:fine|well|ok|okay|soundly|like a baby|like a log|through(?: the night)?)\b",
)
#: ... or told not fine: asked again, never a no ("at night not great", "nights arent good")
NIGHT_NOT_FINE = (r"(?:at night|in bed|nights?|night ?times?)(?: \w+){0,2}? (?:not|never|isnt|arent|is not|are not|not so|not that|not very) "
                  r"(?:so |that |very |too )?(?:fine|ok|okay|good|great|alright|grand|comfortable)",)
#: weakness: getting worse / the same (the follow-up's answer)
WORSE_ANSWER = ("worse", "worsening", "weaker", "more and more", "getting bad")
SAME_ANSWER = (
    "same", "stable", "staying", "stays", "steady", "unchanged", "not changing", "no change", "hasnt changed",
    "not worse", "no worse", "better", "improving",
)  # fmt: skip
#: a number not sure of: "3 or 4 weeks", "hmm"
UNSURE_WORD = (
    "unsure", "not sure", "no idea", "idk", "dunno", "hard to say", "cant remember", "dont remember", "either",
    "or was it", "hmm+", "uh+m*",
)  # fmt: skip
DURATION_OR = ("or", "or maybe", "maybe", "perhaps")
NUMBER_HINTS = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "a few", "couple",
)  # fmt: skip

# ---- the whole story in one message ---------------------------------------------
#: where a message splits into clauses: "but", "now", "and I ..."
CLAUSE_WORDS = ("but", "now", "then", "though", "although", "however", "whereas", "since then")
CLAUSE_AND = ("and",)
CLAUSE_SUBJECT = ("i", "im", "ive", "id", "my", "it", "its", "the pain")
#: a clause about pain
PAIN_WORD = (
    r"pain\w*", r"hurt\w*", r"ache\w*", "aching", "achy", "sore", r"shoot\w*", r"radiat\w*", r"spread\w*", "goes",
    "go", "going", "gone", "runs", "running", r"travel\w*", "sciatica", "sciatic", "burning", "stabbing", "sharp",
    "throbbing", r"twinge\w*", GOES_TO,
)  # fmt: skip
BLADDER_BOWEL_WORD = (
    r"pee\w*", "wee", "wees", r"urin\w*", "bladder", r"piss\w*", "toilet", "loo", r"bowel\w*", r"poo\w*",
    r"stool\w*", "wc",
)  # fmt: skip
OTHER_BODY = (r"hands?", r"arms?", r"fingers?", "face", r"lips?", "tongue")
#: a sudden onset told in a story (whole patterns)
STORY_SUDDEN = (
    # the moment the back went
    rf"\b(?:twang\w*|twinge{_NOT_A_MOMENT}|pinged|popped|snapped|cricked|ricked|tweaked|jarred|wrenched|overdid it|overdone it"
    r"|put (?:my |me )?back out|pulled a muscle|(?:back|it) (?:just |then )?(?:went|gave out|gave way|locked"
    r"|seized|seized up|locked up|clicked|cracked)|felt (?:it|something|a \w+) (?:\w+ )?(?:go|pop|snap|give|twang"
    r"|ping|click|crack)|seized up|locked up)\b",
    # a movement told in the past
    r"\b(?:lifted|picked (?:\w+ ){0,3}?up|bent|twisted|reached|stretched|sneezed|coughed|pulled|pushed"
    r"|carried|moved (?:furniture|house|boxes|a|the|some)|shovell?ed|dug|hoovered|vacuumed|stood up|got up"
    r"|jumped|swung|lunged|deadlifted|squatted)\b",
    r"\b(?:was|were|while|whilst|when|after|from|since|by) (?:\w+ ){0,2}?(?:lifting|picking|bending|twisting"
    r"|reaching|carrying|moving|hoovering|vacuuming|digging|shovell?ing|lunging|deadlifting|squatting"
    r"|pulling|pushing|putting|tying|getting up|standing up|sneezing|coughing|stretching|loading|unloading"
    r"|turning|doing deadlifts|doing squats)\b",
    # "did my back in 2 wks ago shifting the sofa": the injury, when, then the movement
    r"\b(?:hurt|did|done|injured|strained|pulled|tweaked|put|wrecked) (?:my |me )?(?:lower |low )?(?:back|it) (?:out |in )?"
    r"(?:\w+ ){0,4}?(?:lifting|picking|bending|twisting|reaching|carrying|moving|pulling|pushing|shovell?ing|digging|hoovering"
    r"|getting|putting|loading|unloading|playing|doing|turning|stretching|sneezing|coughing|shifting|lugging"
    r"|hauling|heaving|dragging|yanking|tugging|ripping|uprooting|wrestling|wrenching|prising|prying)\b",
    # (session 28G) the back strained or forced pulling something: "forced my back yanking out a root"
    r"\b(?:strained|forced|wrenched|ricked|overstretched|jarred) (?:my |me )?(?:lower |low )?back\b",
)
#: (session 28G) a movement told as not done, masked before the story's sudden words are read: "no wrong movement",
#: "didnt lift anything", "without carrying anything heavy"
STORY_NOT_SUDDEN = (
    r"(?:no|not a|without(?: a| any)?|never a|wasnt a|nothing like a) (?:\w+ )?(?:wrong|awkward|sudden|funny|bad) "
    r"(?:movement|move|twist|turn)s?",
    r"(?:didnt|did not|never|havent|hadnt|have not|had not|wasnt|not) (?:\w+ )?(?:lift\w*|carr(?:y|ied|ying)|pull\w*"
    r"|twist\w*|strain\w*|bend|bent|pick\w* (?:\w+ )?up|move\w*|heav\w*|overdo it|overdid it)"
    r"(?: (?:anything|a thing|nothing|something))?(?: heavy| awkward| at all)?",
    r"(?:no|without(?: any)?) (?:heavy )?(?:lifting|carrying|twisting|bending|pulling|straining|strain)"
    r"(?: (?:anything|nothing|of any kind))?(?: heavy)?",
    r"nothing (?:heavy )?(?:lifted|carried)",
    # one "not" over a list (session 36, the lead; a blind street patient): "never fell or lifted anything heavy", "didnt
    # slip or carry anything"
    r"(?:didnt|did not|never|havent|hadnt|have not|had not|wasnt|not|no) (?:\w+ ){0,2}?(?:or|nor) (?:\w+ ){0,2}?(?:lift\w*"
    r"|carr(?:y|ied|ying)|pull\w*|twist\w*|strain\w*|bend|bent|pick\w* (?:\w+ )?up|heav\w*)",
)
#: "suddenly" (not "suddenly worse")
SUDDEN_TIME = ("suddenly", "all of a sudden", "overnight", "out of the blue")
THEN_WORSE = ("worse",)
#: a gradual onset told in a story
STORY_GRADUAL = (
    r"(?:came|come|comes|started|starting|began|begun|crept|built|build|building|got) (?:on |up )?"
    r"(?:gradually|slowly)", r"gradually (?:came|come|started|began|crept|built)", r"gradual (?:onset|start)",
    r"(?:came|come|started|began) on (?:gradually|slowly)", r"came on (?:over|by itself|on its own)",
    # (session 28G) softly, on its own: "it started gently", "came on softly", "came on its own accord"
    r"(?:came|come|comes|started|starting|began|begun|crept|built|build|got) (?:on |up )?(?:very |really |quite |so )?"
    r"(?:gently|softly|quietly)", r"(?:came|come|comes|started|began) (?:on )?(?:of )?(?:its own(?: accord)?|by itself)",
    "little by little", "bit by bit", "crept", "creeping up", "creeped", "built up", "building up", "out of nowhere",
    r"just (?:came|started|happened|appeared|began)(?: on)?(?: by itself| on its own| out of nowhere)?",
    "noreason", r"nothing (?:special |particular |specific )?happened", "didnt do anything",
    r"no idea (?:why|how|what)", r"woke up with (?:it|this|the pain|pain|a)", "woke with it",
)  # fmt: skip
#: "unsure why/how": the normaliser's "unsure" before a question word
GRADUAL_UNSURE = ("unsure",)
GRADUAL_UNSURE_OF: tuple = ()
GRADUAL_WHY = ("why", "how", "what caused")
#: a clause about the weight (its "gradually" is not the onset)
WEIGHT_WORD = ("lost", "losing", "lose", "kg", "kgs", r"kilos?", "pounds", "lbs", "stone", "weight")
#: no leg pain, told in a story
#: the legs denied as a clause of a story that tells back pain (session 34W): "back pain since monday, not in my legs"
LEGS_NOT_STORY = (r"not (?:in|into|down|to) (?:my |the |either )?legs?",)
#: what may come before it in its clause ("but not in my legs", "it's not in my legs")
LNS_LEAD = ("but", "and", "it", "its", "it's", "it is", "the pain is", "pain is")
LEG_NONE_STORY = (
    "no leg pain", r"no pain (?:in|down|into) (?:my |the |either )?legs?", "nowhere else",
    r"no (?:radiation|radiating pain|sciatica|referred pain)", "not radiating",
    r"no (?:leg|legs) (?:symptoms|problems|complaints|issues|pain)", r"nothing (?:in|down) (?:my |the )?legs?",
)  # fmt: skip
LNS_NOT = ("doesnt", "dont", "does not", "didnt", "isnt", "not", "never")
LNS_GO = ("go", "going", r"spread\w*", r"radiat\w*", r"travel\w*", r"shoot\w*", "goes", "run", "runs")
LNS_INTO = ("in", "into", "down", "to")
LNS_DET = ("my", "the", "either")
LNS_NOT_SHORT = ("doesnt", "dont", "does not", "isnt", "not")
LNS_GO_SHORT = ("go", "spread", "radiate", "travel")
ANYWHERE = ("anywhere",)
LNS_ONLY = ("only", "just")
LNS_STAYS = ("stays", "stay", "is")
LNS_STAYS_ONLY = ("just", "only")
LNS_AT = ("in", "at")
LNS_LOWER = ("lower", "low")
LNS_AND_INTO = ("and", "into", "to")
OR = ("or",)
ANYTHING = ("anything",)
ELSE = ("else",)
LNS_INTO_SHORT = ("in", "down")
#: no numbness, no weakness
NO_WITHOUT = ("no", "without")
NUMB_NOUNS = ("numbness", "tingling", "tingles", "pinsneedles", "numb")
NOT_IS = ("not", "isnt", "arent")
NUMB_ADJ = ("numb", "tingling")
WEAK_NOUNS = ("weakness", "loss of strength")
LEG_FEET = (r"legs?", "feet")
STRONG = ("strong",)
WEAK_ADJ = ("weak", "weaker")
FULL = ("normal", "full")
STRENGTH = ("strength",)
WEAK_NONE_STORY = (
    r"\bstrength (?:is )?(?:fine|ok|normal|good)\b", r"\bstrong enough\b", r"\bfine strength ?wise\b",
    r"\bstrength ?wise (?:\w+ )?(?:fine|ok|good|normal)\b",
)  # fmt: skip
#: both legs, told in a story
BOTH_STORY = (r"\bboth (?:of )?(?:my |the )?(?:legs|feet|leg|sides|thighs|calves|knees|ankles|lower legs)\b",)
BOTH_LIMBS = ("legs", "feet")
BOTH_AFTER = ("both",)
#: one leg, told in a story
ONLY = ("only", "just")
IN_DOWN = ("in", "down", "into")
ONE_STORY = ("one", "1", "left", "right")
LEG_SIDE_STORY = ("leg", "side", "foot")
ONE_W = ("one",)
LEG_W = ("leg",)
ONLY_AFTER = ("only",)
BOTH_ONE_STORY = (r"\bnot (?:in )?both\b",)
#: the red flags denied in a story
NEG_WORDS = ("no", "not", "without")
SADDLE_NUMB = ("numbness", "numb", "tingling")
AROUND = ("around", "in", "near", "down")
NO = ("no",)
SADDLE_NUMB_NOUNS = ("numbness", "numb", "tingling")
DOWN_BELOW = ("down below",)
CAN = ("can", "i can")
STILL = ("still",)
FEEL = ("feel",)
FEEL_FINE = ("normally", "fine", "ok")
CAN_SHORT = ("can",)
FEEL_SHORT = ("feel",)
EVERYTHING = ("everything", "all")
FINE_OK = ("fine", "ok")
FEEL_ALL = ("feel",)
EVERYTHING_ALL = ("everything", "all")
DOWN_THERE = (r"down (?:below|there)",)
BB_NOUNS = (
    "bladder", "bowel", "toilet", "wc", "continence", "incontinence", "waterworks", "urine", "peeing",
)  # fmt: skip
BB_SUBJECT = ("peeing", "pooing", "toilet", "bladder", r"bowels?", "wc", "pee", "wee")
BB_IS = ("is", "are", "still")
BB_FINE = ("fine", "normal", "normally", "ok", "okay", "as usual")
NEG_BLADDER_BOWEL = (r"\bcan (?:still )?(?:pee|wee|go to the toilet) (?:fine|normally|ok)\b",)
SLEEP_NOT = ("not", "cant")
SLEEP = ("sleep", "sleeping")
SLEEP_FINE = ("fine", "well", "ok", "okay")
NIGHT_TROUBLE = ("pain", r"problems?")
AT_NIGHT = ("at night",)
NEG_NIGHT = (r"\bnights? (?:are|is) (?:fine|ok|okay)\b",)
#: night pain told in a story: "even at night", "at night lying still"
EVEN = ("even", "also")
AT_NIGHT_ALL = ("at night", "in the night")
AT_REST = ("lying still", "at rest")
#: "not me" told in a story
NOT_ME_STORY = ("not me", "not myself", r"i (?:havent|have not|never|didnt) (?:had )?(?:it|cancer|that)?(?: myself)?")
#: the age in a story
#: a year of birth in a story ("born in '79"), read as the age it gives
STORY_BORN = ("born", "born in", "dob", "year of birth", "birth year")
STORY_I_AM = ("im", "i am", r"aged?")
STORY_AGE_FILLER = ("a", "now", "just")
NOT_AN_AGE = (
    r"x\b", "times", "kg", "kgs", "kilos", "pounds", "lbs", "stone", "day", "days", "week", "weeks", "wk", "wks",
    "month", "months", "hour", "hours", "min", "minutes", "cm", "percent", "weeks pregnant",
)  # fmt: skip
STORY_YEARS_OLD = (r"years? old", r"yrs? old", "yr old", "y o", "yo")
PERSON = ("woman", "lady", "guy", "girl", "boy", "female", "male")
PERSON_OF: tuple = ()
SEX_LETTER = ("f", "m")
SEX_NOT_AFTER = ("ago", "in", "ins", "for")
#: a duration about something else than the pain (the cancer, the weight, a pregnancy)
DURATION_OTHER = (
    r"cancer\w*", r"tumou?r\w*", r"chemo\w*", "kg", "kgs", r"kilos?", "pounds", "lbs", "stone", "weight", "lost",
    "pregnant", "baby", "born", r"operat\w*", "surgery", "fever", "temperature", "flu", "diagnosed", "treated",
    r"steroid\w*", r"prednis\w*", r"cortison\w*",
    # an earlier episode: "had the same 2 years ago", "already had sciatica", "another episode", "last time"
    r"had (?:the same|it before|this before)", r"already had", r"another (?:episode|bout|attack|flare\w*|time|one)", r"last time", r"the time before",
    r"previous (?:episode|time|one)",
)  # fmt: skip
ABOUT_THE_BACK = ("back", "lumbago", "started", "since")
#: a change that a duration may be told of, not the pain (session 27O): "its got worse over the last 2 days", "from 2 days
#: it has become more", "been spreading for 3 days"
DURATION_CHANGE = (
    r"wors[e]", r"worsen\w*", r"more(?! than| or less| then)", r"spread\w*", r"increas\w*", r"intensif\w*", r"escalat\w*",
    r"bad to wors[e]", r"gone up", r"go(?:t|tten|ne) bad",
)  # fmt: skip
#: morning stiffness in a story: "worst first thing in the morning, very stiff"
STORY_MORNING = ("morning", "mornings", "first thing", "wake up", "waking up", "get up", "getting up")
STIFF_NOT = ("not", "never")
VERY = ("very", "really", "so")
#: where the pain is: a clause without its own subject continues the one before
SUBJECT_START = (
    "i", "im", "ive", "id", "my", "it", "its", "the", "she", "he", "we", "no", "not", "nothing", "can", "cant",
    "sometimes",
)  # fmt: skip
CONNECTOR = ("now", "and", "but", "then", "also", "since then", "so")
OTHER_SYMPTOM = (
    r"tingl\w*", r"numb\w*", "pinsneedles", r"weak\w*", r"stiff\w*", r"cramp\w*", "asleep", "swollen", "cold",
)  # fmt: skip
SUB_CHUNK = ("and", "with", "plus")
#: "below the knee" without a pain word
KNEE_BELOW = ("below", "under", "underneath", "beneath", "past")
KNEE_ABOVE = ("above", "up to", "down to", "to")

# ---- corrections ----------------------------------------------------------------
#: "actually", "sorry I meant", "not 3 days but 3 weeks"
CORRECTION = (
    "actually", "sorry i meant", "i meant", "i mean", "meant to say", "wait", "hold on", "oops", "whoops",
    "correction", "let me correct", "to correct", "i was wrong", "i got that wrong", "my mistake", "my bad", "typo",
    "scratch that", "rather", "i made a mistake", r"wrong (?:answer|button)", r"misclick\w*", "pressed the wrong",
    "change my answer", "mistyped", r"not (?:\w+ ){0,3}?but",
)  # fmt: skip
#: a plain answer after "actually" is no correction
ACTUALLY = ("actually", "wait")
PLAIN_ANSWER = ("yes", "no", "not really", "nope", "yep")
CORRECTION_PLAIN: tuple = ()
#: "no, it goes below the knee": a no, then a statement
NO_OPEN = ("no+", "nope", "nah")
NO_THEN_SUBJECT = ("its", "it", "it s", "thats", "the pain", "i", "its been", "it has been")
NO_THEN_VERB = ("goes", "went", "was", "is", "started", "began", "came", "been", "has", "had")
NO_THEN_NEGATIVE = (
    "not", "doesnt", "dont", "didnt", "isnt", "wasnt", "havent", "hasnt", "never", "fine", "ok", "okay", "nothing",
)  # fmt: skip
#: fillers at the start ("uhm", "well")
FILLER = ("uh+", "uhm+", "um+", "hmm+", "oh+", "ah+", "well", "ok", "okay", "oh no")
#: "3 weeks not 3 days", "above the knee, not below"
SMALL_NUMBER = ("an?", "one", "two", "three")
VNV_NOT = ("not", "no")
VNV_NOT_SHORT = ("not",)
PLACE = ("above", "below", "left", "right")
#: an apology before a new value
SORRY = ("sorry", "sry", "soz", "srry", "excuse me", "pardon")

#: A "no" told with a hedge ("I don't think so") to a red-flag question: neither a clear no
#: nor "not sure", so the question is asked once more (bot/clinical/check_flow.py), never guessed.
HEDGED_NO = (
    r"(?:i )?dont think so", r"i dont think", r"i do not think", r"dont believe so", r"probably not",
    r"not that i know", r"not as far as i know", r"(?:i )?doubt it", r"maybe not", r"i guess not",
)  # fmt: skip

# ---- session 28C: kin by a godparent, a step-parent, the in-laws (bot/reading/answers.py _RELATIVE) ----
#: "no, my godfather had prostate cancer, not me", "my stepdad had bowel cancer, not me", "the in-laws ...": someone else's
RELATIVE += (
    r"god ?(?:father|mother|parents?|dad|mum|mom|son|daughter|child|children|kids?)",
    r"step ?(?:dad|mum|mom|mother|father|brother|sister|son|daughter|parents?|kids?)", r"in ?laws?", "boyfriend", "girlfriend",
    r"fiancee?", "hubby", "missus", r"grand(?:son|daughter|kids?|children|child|parents?)",
)  # fmt: skip

# ---- session 29N: night pain only on turning, told with a try or a going; settled and fine after it ----
#: "only when i go to roll over", "only if i try to turn", "just when i want to move" (session 29N)
NIGHT_MECH_FALSE += (r"only (?:ever )?(?:when|if) i (?:\w+ ){0,2}?(?:turn|move|roll|shift)",
                     r"(?:just|only) (?:\w+ )?when i (?:go|try|want|have) to (?:turn|roll|move|shift)")
#: ... and settled, fine after it (session 29N): "once im settled on my side its grand", "i sleep away", "its gone" (not "once
#: im settled it still hurts": NIGHT_PERSIST, NEG_BEFORE)
NIGHT_EASED += (r"(?:once|when|after|as soon as) (?:i'?m|im|i am|i get|i'?ve|ive|i have|i) (?:\w+ )?(?:settled|comfy|comfortable|sorted)"
                r"(?: \S+){0,6}? (?:it'?s|its|it is|all|everything'?s|everything is) (?:fine|grand|ok|okay|alright|gone|good|grand again)\b",
                r"(?:and|then) i (?:sleep|slept) (?:away|on)(?= ,| \.|$)", r"it'?s (?:fine|ok|grand) again", r"it'?s gone")
#: nothing lost beyond what is tried, before its "not trying" (session 29N, bot/reading/answers.py _weight_no_reason): "not
#: losing anything i'm not trying to", "nothing i wasnt trying to lose" (not "lost 8 kilos but not trying to")
NOTHING_UNTRIED_BEFORE = (r"(?:anything|nothing|owt|nowt|any weight|a thing|a pound|a kilo|a gram|any more than)(?: that| which)?"
                          r" (?:i|i'?m|im|i am|i was|i'?ve been|ive been|i have been)",)
#: ... "i have never" (session 29N, with SELF_SELF): "me myself i have never had any"
NOT_ME += (r"i (?:have|had) never",)

# ---- session 29M: a sign told explicitly as not worse, the heel and toe test equal on both sides ----
#: a worsening denied outright (bot/reading/answers.py _told_unchanged, session 29M): "its not getting worse", "no worse"
NOT_WORSE_TOLD = (r"(?:not|isnt|arent|hasnt|havent|has not|have not|never|wasnt|doesnt|didnt) (?:\w+ ){0,2}?(?:worse|worsening)|no worse",)
#: the comparative told as the leg's state, no course (session 29M): "my left leg is weaker" beside "not getting worse" is a weak
#: leg, not a worsening ("getting weaker", "weaker every day", "weaker than yesterday" stay a course)
WEAKER_STATE = (r"(?:(?<=\bis )|(?<=\bare )|(?<=\bfeels )|(?<=\bfeel )|(?<=\bseems )|(?<=\bs ))(?:a bit |slightly |somewhat |a little |much |a lot "
                r"|definitely |noticeably )?weaker\b(?! (?:and weaker|every|each|by|day|week|now|than (?:yesterday|last|this|a week|a few|it was|on))\b)",)
WEAK_STATE_WORD = ("weak",)
#: the heel and toe test done and equal on both sides (bot/reading/answers.py _parse_leg_weakness, session 29M): with a clear
#: no, "i tried my heels and toes, both sides the same" is no weakness (a comparison of the sides, not a course)
SIDES_EQUAL = (r"(?:heels?|toes|tip ?toes?|tiptoes?|test)\b(?: \S+){0,15}? (?:(?:the )?same|equal|identical|no difference|even|just as (?:good|easy|strong))"
               r"(?: \w+)? (?:on |for |between |at |with )?(?:both sides|each side|either side|left and right|right and left|leftright|the two sides"
               r"|both legs|both feet)\b",
               r"(?:heels?|toes|tip ?toes?|tiptoes?|test)\b(?: \S+){0,15}? (?:both sides|each side|left and right|right and left|leftright|both legs|both feet)"
               r" (?:are |is |were |was |feel |felt )?(?:(?:exactly |just )?the same|same|equal|identical|no different|even)\b")

#: a contrast after the pain kept in the back that sends it down a leg after all (session 29Q, bot/reading/answers.py
#: _DOWN_AFTER_ALL): "it stays in my lower back but sometimes goes down", "mostly my back, except now and then into my thigh"
DOWN_AFTER_ALL = (r"(?:but|sometimes|except|occasionally|now and then|at times|though|although|apart from when)(?: \w+){0,6}? (?:down|leg|legs"
                  r"|thigh|thighs|knee|knees|calf|calves|shin|shins|foot|feet|ankle|radiat\w*|shoot\w*|spread\w*|travel\w*)",)

#: a yes/no answer that says no, tells a past episode of the sign and denies it now (session 35I, issue 12; bot/reading/answers.py
#: _past_denied): "no, had a temperature with the flu last winter, nothing now". PAST_EPISODE: a past told by its time;
#: NOW_DENIED: the sign denied now; STILL_NOW: the sign told now after all ("it came back today"), which keeps the sign
PAST_EPISODE = (r"last (?:week|month|year|winter|summer|autumn|fall|spring|time)", "ago", r"(?:years|months) back", "back in",
                r"in (?:january|february|march|april|may|june|july|august|september|october|november|december)",
                r"when i (?:had|was|got)", "years before", "as a (?:kid|child|teenager)", "once before")
NOW_DENIED = (r"(?:but )?(?:not|nothing|none|no|nowt)(?: (?!gone|better|over|down|away|finished|stopped|ended|cleared|passed|yet|sleep\w*|slept|pee\w*|feel\w*|felt|control\w*|able|hold\w*)\w+){0,2}?"
              r" (?:now|anymore|any more|at the moment|these days|nowadays)",
              r"(?:all )?(?:gone|fine|over|clear) (?:now|since)", r"nothing since", r"not since( then)?", r"none since( then)?")
STILL_NOW = (r"came back", r"comes back", r"coming back", r"back again", "again", "still", "today", "tonight", "this morning",
             "since yesterday", "yesterday", "last night", r"right now i (?:have|got)", "recur\\w*")
PAST_DENIED_BUT = ("but", "though", "although", "however")

# ---- session 37W: a diet denied, the time the weight took ----
#: a diet or effort denied up to three words before it (bot/reading/answers.py _weight_on_purpose, session 37W): "i havent
#: been on any diet", "not on any special diet" (a bare "no" stays out: "no, on a diet" is weight lost on purpose)
INTENT_NEG_BEFORE = ("not", "never", "havent", "hasnt", "wasnt", "werent", "didnt", "dont", "nothing", "zero")
#: ... or right after it (none in English)
INTENT_NEG_AFTER: tuple = ()
#: a duration told beside these is the time the weight took, not the pain's (bot/reading/answers.py _pain_duration):
#: "lost 7 kg in the last 2 months"
DURATION_WEIGHT = ("kg", "kgs", r"kilos?", "pounds", "lbs", "stone", "weight")

# ---- session 38Y: the past time of another illness ----
#: another illness, a fever or an operation of something else; a duration told as its past point beside it is not the pain's
#: (bot/reading/answers.py _pain_duration, session 38Y): "had the flu six weeks ago", "a chest infection a month back"
DURATION_ILLNESS = (r"flu", "influenza", "fever", r"temp(?:erature)?", r"infection\w*", r"(?:a|the|bad|head|chest|heavy|nasty|stinking) cold",
                    "covid", "corona", r"virus\w*", r"(?:a|the|stomach|tummy|tummy|winter) bug", "pneumonia", "bronchitis",
                    "tonsillitis", r"operation\w*", "surgery", "op", r"(?:sore )?throat infection")
#: the past point after the duration ("six weeks ago", "a month back") or before it (none in English)
DURATION_AGO_AFTER = ("ago", "back")
DURATION_AGO_BEFORE: tuple = ()
#: the pain told starting with that illness, in the same sentence (a pain word too): "the back pain started with it", "my back
#: has hurt ever since"
DURATION_SAME_START = (r"start\w*", "began", "begun", r"kick\w* off", r"came on", r"since(?! yesterday)", r"ever since", r"from then",
                       r"from that")
#: ... or named in the duration itself ("last month", "vorige maand", "le mois dernier")
DURATION_AGO_IN = ("last",)

# ---- session 38Y2: the fever told back at the fever question ----
#: at the fever question, "it" is the fever (session 38Y2): "its up again since last night", "it's been creeping up again"
CONTEXT_FEVER += (r"(?:its|it s|it is|it has|it) (?:gone |going |creeping |climbing |been |crept |went )*(?:back )?up again\b",)

# ---- session 38S: the whole story in one message (bot/reading/answers.py read_story) ----
#: the writer's age told after what they are, at the start of a story (the engine's _STORY_JOB_AGE): "i'm a builder, 47,
#: and ...", "i am an office worker, 52" (a two-digit age, its clause ended; not "... 56 kilos", not a relative named)
STORY_JOB_I_AM = (r"im (?:an? )?", r"i am (?:an? )?")
#: the message typed for a relative (the engine's _STORY_OTHER_AGE): "writing this for my dad, he is 80", "asking for
#: my nan who is 91": that relative's age is the patient's
STORY_FOR_OTHER = (
    r"(?:im |i am )?(?:writing|typing|messaging|asking|texting|sending this|sending) (?:this |on behalf )?(?:for|of)",
    r"this is for", r"on behalf of",
)  # fmt: skip
STORY_OTHER_IS = (r"(?:he|she) ?s", r"(?:he|she) is", r"who ?s", r"who is", r"aged?", r"now")
#: what may end the clause of an age (the engine's _STORY_JOB_AGE, _STORY_OTHER_AGE): "56, and ...", "78 and ..."
STORY_AGE_END = ("and", "but", "with", "now")
#: the other leg told fine after a leg with pain (the engine's _OTHER_SIDE_FINE): "left leg is grand", "the other one's
#: fine", "right side nothing" (not "left leg too", not "... fine but numb")
OTHER_SIDE_LEAD = ("the", "my", "but", "but the", "but my", "and", "and the", "and my")
OTHER_SIDE = (
    r"other (?:leg|side|one|foot)", r"(?:left|right)(?: (?:leg|side|one|foot|thigh))?",
)  # fmt: skip
OTHER_SIDE_NOW = ("now",)  # "right leg is fine now"
OTHER_SIDE_FINE = (
    r"(?:is |s |feels |seems )?(?:fine|grand|normal|ok|okay|alright|all right|good|all good|perfect|no bother)",
    r"(?:has |feels )?(?:nothing|no pain)", r"(?:is |s )?(?:pain free|pain-free|clear)",
)  # fmt: skip
#: no leg pain told in street forms (the engine's _LEG_NONE_STORY): "no pain going to legs", "nothing shooting down the
#: legs", Pidgin "the pain no dey go my leg"
LEG_NONE_STORY += (
    r"(?:no pain|nothing|no pains) (?:is |that )?(?:going|goes|gone|travell?ing|shooting|radiating|spreading|running"
    r"|coming) (?:down )?(?:in|into|to|down|through) (?:to )?(?:my |the |either |both )?legs?",
    r"(?:pain|it) no (?:dey )?(?:go|reach|enter|touch) (?:\w+ )?(?:my |the )?legs?",
)  # fmt: skip

#: "it" with a place word after it, where a bare "it" is the illness's, not the pain's (session 38Y: "it was over in a
#: week"; the engine's _pain_named)
IT_PRONOUNS = ("it", "its", "it s", "it is")
IT_PLACE_WORDS = ("in", "into", "down", "to")

#: a plain yes word after an opening no takes the no back ("no wait, yes i do": not sure; session 38V)
YES_TAKES_BACK = (r"ye+s+", r"yea+h*", r"yeh", r"yep", r"yup")

# ---- session 39I (issue 12): an onset told in West African English, a twist to reach, the night fine once still ----
#: a gradual onset told the Nigerian way (bot/reading/answers.py _story_onset): "it started small small", "e just start by
#: itself", "began small small on its own"
STORY_GRADUAL += (r"small small", r"(?:e|it|e don|it just|e just) (?:just )?(?:start|starts|begin|begins|come|comes) (?:on )?(?:by itself|on its own|itself)",)
#: a lift denied with the thing first: "nothing heavy i carried", "nothing heavy that i lifted" (no sudden onset)
STORY_NOT_SUDDEN += (r"nothing (?:heavy |big )?(?:that )?i (?:lifted|carried|lift|carry)",)
#: the back as the waist (West African English; bot/reading/answers.py tells_back_pain): "my waist is paining me", "waist
#: has been hurting"; not "numb from the waist down" (a level on the legs, no pain verb after it)
BACK_PAIN += (r"waist(?! down)(?: (?:is|has|have|been|dey|don|just|really|so|keeps?|still|always))* (?:paining|pains|pain|hurting|hurts|aching|aches)",)
#: a twist to reach for something, a pop felt: "i turned round to grab the bag", "felt like a pop"
STORY_SUDDEN += (r"\b(?:turned|twisted|swung|swivell?ed) (?:round |around |over |sideways )?(?:my (?:body|back|torso|trunk) |myself )?to "
                 r"(?:grab|get|reach|pick|lift|take|fetch|catch)\b",
                 r"\bfelt (?:a |like a |something like a |kind of a |sort of a )(?:pop|snap|click|crack|twang|ping)\b")
#: the night pain only on moving, fine once still (session 39I; bot/reading/answers.py _night_eased): "once i keep still its
#: fine", "lying still doesnt hurt", "as soon as i lie still the pain goes" (not "even when i lie still it hurts", "its not fine")
NIGHT_EASED += (r"(?:(?:when|once|if|as long as|as soon as|while) (?:i |im |i am |i m )?(?:keep |stay |lie |lay |am |m )?|lying |laying |keeping "
                r"|staying )(?:completely |totally |dead |perfectly )?still(?: ,)?(?: (?:it|its|it s|it is|s|i am|im|all|everything|the pain|pain"
                r"|that|i feel))?(?: is| s| feels| stays| goes)? (?:fine|ok|okay|alright|grand|good|no problem|no bother|no pain|gone|away"
                r"|doesnt hurt|does not hurt|settles|eases|stops)\b",)

# ---- session 40J (issue 12): an onset in non-native grammar, a carer's third person age, "goes nowhere" ----
#: a movement for a purpose told in non-native grammar, a crack told as "make/go" (bot/reading/answers.py _story_onset): "i
#: bend down for lift the crate", "something make crack", "my back go click" (not "when i bend for ...": the present)
STORY_SUDDEN += (r"(?<!when )(?<!if )(?<!whenever )(?<!time )\bi (?:bend|bended|lift|pick|pull|push|turn|twist|reach) (?:down |over |up )?for "
                 r"(?:take|pick|lift|carry|get|grab|bring|move|put|catch|reach)\b",
                 r"\b(?:something|sth|smth|my back|back) (?:\w+ )?(?:make|made|go|went|do|did) (?:a |like )?(?:click|crack|pop|snap)\b",
                 r"\bsomething (?:cracked|clicked|popped|snapped|crack|click|pop|snap)\b")
#: the age told of the person the message is about, in the third person (the engine's _story_carer_age): "he's 63", "she is
#: 88", "my dad is 79", "my gran, 91" (CARER_IS before the number; RELATIVE then CARER_REL_IS)
CARER_IS = (r"(?:he|she) ?s", r"(?:he|she) is", r"(?:he|she) is now", "who is", "whos")
CARER_REL_IS = ("is", "s", "of", "aged", "age", ",")
#: the pain told of that person, not of the writer (the engine's _story_carer_age)
CARER_PAIN = (r"(?:he|she)(?: s| is \d+ and| s \d+ and)?(?: \w+)? (?:has|had|got|is in|complains of|suffers from)(?: \w+){0,3}? "
              r"(?:pain|backache|back ache|sore back)", r"(?:his|her) (?:lower |low )?back", r"(?:he|she) (?:\w+ )?(?:hurts|aches)",
              r"(?:{RELATIVE}) (?:\w+ )?(?:has|had|has got|s got|is in) (?:\w+ ){0,2}?(?:pain|backache|back ache)")
#: the message typed for someone (the engine's _story_carer_age): "writing for my dad", "asking on behalf of my gran"
CARER_FOR = (r"(?:writing|typing|messaging|asking|texting|sending|here) (?:\w+ ){0,2}?(?:for|on behalf of)", r"on behalf of", r"this is for")
OWN_PAIN = (r"my (?:lower |low )?back", r"i (?:have|ve|got|have got|ve got|have had|had|am in|m in) (?:\w+ ){0,2}?(?:pain|backache|back ache)",
            r"(?:im|i am) in pain", r"i hurt")
#: a thing's age, not a person's: "my car is 12 years old" (the engine's _story_age)
AGE_THING_IS = ("is", "s")
#: no leg pain told as going nowhere: "it doesn't travel", "doesnt radiate", "the pain goes nowhere"
LEG_NONE_STORY += (r"(?:doesnt|does not|dont|do not|never|wont|not) (?:\w+ )?(?:travel|radiate|spread|shoot)(?: (?:anywhere|elsewhere|out|down))?(?= ?[,.;!]|$)",
                   r"(?:goes|go|going|travels|radiates|spreads) nowhere")
CARER_AGE_END = ("has", "had")
# ---- session 40I: the age told after the duration, "at 27" ----
#: "back pain for 5 months at 27", "at 38 is that normal?" (bot/reading/answers.py _STORY_AGE): a grown-up's two digits after
#: "at", not a time or a measure ("at 10 pm", "at 20 past", "at 30 degrees", "at 50 kg": NOT_AN_AGE)
STORY_I_AM += (r"(?<![\w'])at(?=\s*[2-9]\d\b(?!\s*(?:[:.h]\s?\d|am\b|pm\b|o ?clock|oclock|past\b|to\b|degrees?|percent|%|mph|km|miles"
               r"|(?:years?|yrs?) ago|ago\b)))",)
#: "op mijn 27ste": none in English
STORY_AGE_ORDINAL: tuple = ()

# ---- session 40I: night pain only on turning, fine lying quiet, told in non-native words ----
#: (bot/reading/answers.py _night_eased, with NIGHT_POSITION): "when i lie quiet is ok", "lying quietly no problem", "when i
#: don't move is fine", "if i lie without moving it's fine", "otherwise it's fine" (not "even lying quiet it's not ok")
_QUIET_FINE = (r"(?: ,)?(?: (?:it|its|it'?s|it is|s|all|the pain|pain|i feel|i am|im))?(?: is| s| feels| stays)? (?:fine|ok|okay|alright|grand"
               r"|good|no problem|no bother|no pain|doesnt hurt|does not hurt|nothing)\b(?! (?:\w+ )?(?:hurts?|pains?)\b)")
NIGHT_EASED += (r"(?<!even )(?:(?:when|once|if|as long as|while) (?:i )?(?:lie |lay |stay |keep |am |m )?|lying |laying |staying )(?:quiet|quietly"
                r"|calm|calmly|motionless|without moving)" + _QUIET_FINE,
                r"(?:when|once|if|as long as|while) i (?:dont|don't|don t|do not) move" + _QUIET_FINE,
                r"otherwise(?: ,)? (?:it'?s |its |it is |im |i'?m |all |i feel |i sleep )?(?:fine|ok|okay|alright|good|grand|no pain"
                r"|no problem|well)\b")
#: the back pain named with street or idiom words (session 40K; bot/reading/answers.py tells_back_pain): "my back's been
#: playing up", "the back is at me again", "me back's giving me grief", "bad back", "did my back in", "put my back out",
#: "back's banjaxed"; only helper words between the back and the idiom (not "the back door is locked", "my back garden",
#: "i'm back at work", "call me back", "back and forth", "my back isn't playing up")
_BACK_AUX = r"(?:is|has|have|had|was|been|keeps|kept|just|really|totally|completely|proper|properly|after|being|all|absolutely|so|still|always|again|fair|well)"
_BACK_IDIOM = (r"(?:at me|at it again|giving me (?:some |a bit of |no end of |loads of )?(?:grief|gyp|jip|hell|bother|trouble|stick|murder|a hard time)"
               r"|playing up|acting up|gone again|gone on me|going on me|went on me|killing me|murdering me|crucifying me|in bits|in flitters"
               r"|in ribbons|knackered|banjaxed|bolloxed|goosed|wrecked|buggered|fecked|sore)")
BACK_PAIN += (
    rf"(?:my|me|the|his|her) (?:lower |low |bad |dodgy |old |auld )?back(?: {_BACK_AUX})* {_BACK_IDIOM}",
    rf"(?:my (?:lower |low )?back(?: {_BACK_AUX})*|me (?:lower |low )?back(?: {_BACK_AUX})+) (?:locked|seized|stuck|gone|out(?! of)|went out|gone out|given out|gave out)",
    rf"back(?: {_BACK_AUX})+ {_BACK_IDIOM}",
    r"(?:bad|dodgy|knackered|banjaxed|wrecked|buggered|crook|wonky|sore) back(?! (?:and forth|to back|garden|door|yard|seat|gate|room|of)\b)",
    r"(?:did|done|doing|does|do) (?:my|me|his|her) (?:lower |low )?back in",
    r"(?:put|putting|puts|threw|thrown|throw|throwing) (?:my|me|his|her) (?:lower |low )?back out",
    r"(?:ricked|cricked|tweaked|jarred|wrenched|knackered|banjaxed|wrecked|buggered|fecked) (?:my|me|his|her) (?:lower |low )?back",
)  # fmt: skip

# ---- session 41I (issue 12): one leg told by its side, a sudden start denied ----
#: "the left side of my thigh", "right bum cheek"
#: one side only: "only the left", "just on the right", "left side only"
SIDE_ONLY = ("only", "just", "solely")
SIDE_ONLY_GAP = ("on", "in", "down", "into", "the", "my")
SIDE_ONLY_NOUN = ("leg", "side", "one")
SIDE_ONLY_AFTER = ("only",)
#: a side word that is no side (masked before the sides are counted): "right now", "right down to my calf", "it left me"
SIDE_NOT = (r"right (?=(?:now|away|after|down|through|into|up|there|here|across|before|when|from|to|round|around|at|along"
            r"|behind|under|below|above|on top|in the middle|in the centre|in the center)\b)", r"all right", r"(?:s|re|are|is) right\b",
            r"(?:i|it|he|she|we|they|has|have|had|never|just|then|pain|ive|hasnt|havent|was|were) left\b", r"left (?:over|me|work|home)\b")
#: the other side or both told anywhere: no one side read ("left leg and a bit in the other", "sometimes both")
SIDE_BOTH = (r"both", r"either", r"other", r"legs", r"thighs", r"calves", r"sides", r"alternat\w*", r"switch\w*", r"swap\w*")
#: a sudden start or a cause denied (bot/reading/answers.py _story_onset): gradual unless a cause is named too: "it wasnt
#: sudden", "didnt come on all at once", "no accident or injury", "i havent lifted anything heavy"
STORY_START_DENIED = (
    r"(?:not|never|wasnt|was not|didnt|did not|isnt) (?:(?:come|came|start|started|happen|happened|begin|began|really|so|that"
    r"|on|very|a|like|all) ){0,3}(?:sudden|suddenly|all of a sudden|all at once|at once|in one go|overnight)\b",
    r"(?:no|without(?: any)?|never had an?|wasnt an?|there was no) (?:\w+ )?(?:accident|injury|trauma|incident)s?"
    r"(?: (?:or|and|nor) (?:an? |any )?(?:accident|injury|trauma|incident|fall)s?)?\b",
    r"(?:didnt|did not|never|havent|hadnt|have not|had not) (?:lift|lifted|carry|carried|pick up|picked up|move|moved) "
    r"(?:anything|a thing|nothing)(?!(?: heavy| awkward| unusual| special| at all)? (?:since|because|for)\b)",
)

# ---- session 42R (issue 12): a slow worsening's time, a short steroid course after a no ----
#: a worsening told as slow (bot/reading/answers.py _story_duration): its time is the pain's course when no other time is
#: told ("his back has been getting slowly worse for about 4 months"; not "it got worse 2 days ago", a flare)
DURATION_SLOW_CHANGE = (r"slow\w*", r"gradual\w*", r"steadi\w*", r"progressive\w*", "little by little", "bit by bit",
                        "over time", r"creep\w*", "crept")
#: the pain told as older than the worsening: its slow time is then no pain's ("back pain for years, slowly worse for 2 months")
DURATION_SLOW_OLDER = (r"(?<!\d )years?(?! old)", "ages", r"long time", "a while", "forever", "always", r"chronic\w*", "on and off", r"(?<!\d )months",
                       "since (?:i was|childhood|school)", r"for (?:some|a) time")
#: a steroid taken once, for a short time (bot/reading/answers.py _steroid_course_only): "once had a 5 day course"
STEROID_SHORT_COURSE = (r"\d+ ?days?", r"(?:a|one|two|three|four|five|six|seven|ten|few|couple of|couple) days?", "once",
                        "one time", r"one ?off", "course", r"(?:a|one|1) week")
#: a steroid taken long, now or again and again: the question's own sign (the answer stays a yes)
STEROID_LONG_USE = (r"every (?:\w+ )?(?:day|morning|evening|night|week|month|year|winter)", "daily", r"(?:months?|years?)(?! ago| back)",
                    r"weeks", r"long ?term", r"long time", "still", "currently", "at the moment", "now", r"(?:i|still) take",
                    "taking", r"(?:im|i am|been|was) on", r"regular\w*", "often", "several", "many", "courses", r"repeated\w*",
                    "again", "a lot", "on and off", "ongoing", "always", r"times", "twice", r"chronic\w*", "maintenance")
#: the bones named (no short course makes the answer a no then)
OSTEO_BONES = (r"osteopor\w*", r"osteopeni\w*", "brittle bones", r"bone (?:thinning|loss)", "thin bones", "weak bones",
               "bone density", r"fractur\w*")
#: (session 43A2) cortisone told only as a local form, not as tablets (bot/reading/answers.py _steroid_local_told): "only my
#: inhaler", "a steroid cream for eczema"; the question asks for steroid tablets taken for months (docs/clinical-rules.md)
STEROID_GENERIC = (r"steroids?", r"cortico\w*", r"cortisones?", r"hydrocortis\w*")
STEROID_LOCAL_FORM = (r"inhalers?", r"puffers?", r"pumps?", r"sprays?", r"creams?", r"ointments?", r"gels?", r"lotions?", "drops",
                      "eye drops", "ear drops", r"nasal\w*", r"nose spray")
#: a shot told: a no only when told once, no long use (STEROID_LONG_USE) with it
STEROID_SHOT_FORM = (r"injections?", r"jabs?", r"shots?", r"epidurals?")
#: steroid tablets told (a yes stays, unless denied: STEROID_TABLETS_DENIED)
STEROID_TABLETS = (r"tablets?", r"pills?", "tabs", r"capsules?", "by mouth", r"orall?y?")
STEROID_TABLETS_DENIED = (r"(?:never|not|no|nt|without|none of)(?: \w+){0,3}? (?:tablets?|pills?|tabs|capsules?|by mouth|orall?y?)",
                          r"(?:tablets?|pills?|tabs|capsules?) (?:never|no)\b")
# ---- session 43A3 (issue 12): told in the first message, asked again ----
#: the legs denied in loose words as a clause of their own (the engine's _LEGS_NOT_STORY), a carer's "his"/"her" legs too:
#: "sore back, no leg trouble", "nothing in her legs", "legs are fine"
LEGS_NOT_STORY += (
    r"no (?:leg|legs) (?:stuff|things?|bother|trouble|probs?|problems?|issues?|pain|symptoms)",
    r"nothing (?:going |that goes |goes )?(?:in|into|down|to) (?:my |his |her |the |either |both )?legs?",
    r"(?:my |his |her |the |both )?legs (?:are |r |feel |seem )?(?:fine|ok|okay|grand|alright|all right|good)",
)  # fmt: skip
#: the pain told of a relative with that relative's age before it (the engine's _story_carer_age): "my daughter is 15 and
#: has had back pain", "my husband, 58, has lower back pain"
CARER_PAIN += (r"(?:{RELATIVE}) (?:is |s |, )?\d{1,3}(?: (?:years?|yrs?) old| yo)?(?: ,)? (?:and |who )?(?:has|had|has got|s got|got"
               r"|has had|is in|suffers from|complains of) (?:\w+ ){0,3}?(?:pain|backache|back ache|sore back)",)
# ---- session 44A4 (issue 12): told in the first message, asked again ----
#: a tail after the legs denied (the engine's _LEGS_NOT_STORY): "no leg stuff whatsoever", "nothing in my legs thankfully"
LNS_TAIL = ("at all", "whatsoever", "thankfully", "luckily")
#: a relative's back told as the complaint (the engine's _legs_not_told): "my wife's back is bad", "her lower back hurts"
CARER_BACK = (r"(?:{RELATIVE}) (?:is |s )(?:lower |low )?back (?:\w+ ){0,3}?(?:hurts|hurting|aches|aching|sore|bad|pain|went|gone"
              r"|killing \w+|playing up|is out|locked)",
              r"(?:his|her) (?:lower |low )?back (?:\w+ ){0,3}?(?:hurts|hurting|aches|aching|sore|bad|pain|went|gone|killing \w+"
              r"|playing up|is out|locked)")
#: the relative's age in brackets before a verb (the engine's _CARER_AGE): "my father-in-law (80) hurt his back"
CARER_AGE_END += ("hurt", "pulled", "put", "did", "strained", "tweaked", "threw", "injured", "is")
#: a greeting at the opening, then a bare age (the engine's _STORY_OPEN_AGE): "hi, 41, pulled my back"
GREET_OPEN = ("h[i]", "he[y]", "hell[o]", "hiy[a]", r"good (?:mornin[g]|afternoo[n]|evenin[g])")
# ---- session 44A5 (issue 12): told in the first message, asked again ----
#: laying a floor or a patio, a lifting and bending chore told as the moment, as moving house is (bot/reading/answers.py
#: _story_onset): "after laying tiles in the kitchen", "since tiling the bathroom", "laid paving slabs on saturday"
_LAYING = (r"(?:lay|lays|laying|laid|putting down|put down|fitting|fitted) (?:\w+ ){0,2}?(?:tiles|floor tiles|paving|pavers"
           r"|slabs|paving slabs|flagstones|laminate|patio|decking)|tiling")
STORY_SUDDEN += (rf"\b(?:{_LAYING})\b",)
SUDDEN += (rf"\b(?:{_LAYING})\b",)
#: the morning stiffness told as an image (bot/reading/answers.py _STIFF_MORNING, _STORY_STIFF): "mornings im like a board",
#: "rigid as a board first thing", "like a plank every morning"
STIFF_WORD += (r"rigid", r"(?:like|as) (?:a |an )?(?:wooden |ironing )?(?:plan[k]|boar[d]|poke[r])")
# ---- session 45A6 (issue 12): told in the first message, asked again ----
#: the legs denied for a relative, with his, her or their legs (the engine's _LEG_NONE_STORY): "no pain in her legs",
#: "doesn't go into his legs at all", "nothing down their legs"
LNS_DET += ("his", "her", "their")
LEG_NONE_STORY += (r"no pain (?:in|down|into) (?:his |her |their )legs?", r"nothing (?:in|down) (?:his |her |their )legs?")
# ---- session 46A7 (issue 12): a tingling elsewhere, the legs denied; the legs denied after the thing ----
#: the legs (or feet) denied in an answer to the leg-numbness question (the engine's _numb_elsewhere): "not in my legs",
#: "nothing in the legs or feet", "legs are fine"
NUMB_LEGS_FREE = (
    r"(?:not|nothing|no \w+) (?:in|into|down|to) (?:my |the |either |both )?legs?(?: (?:or|and|nor) (?:my |the )?(?:feet|foot))?(?: no)?",
    r"(?:my |the |both )?legs (?:are |feel )?(?:fine|ok|okay|good|normal|alright|all right)",
    r"(?:in|down) (?:my |the )?legs? (?:no|nope|nothing)",
)  # fmt: skip
#: parts that are no leg, with OTHER_BODY, where the tingling is placed instead (guard words only)
NUMB_ELSEWHERE = (r"fingerti[p]s?", r"wris[t]s?", "nec[k]", r"thum[b]s?", r"elbo[w]s?", r"shoulde[r]s?", r"chee[k]s?", "chi[n]")
#: the legs denied after the thing, ended with its clause (the engine's _LEGS_NOT_STORY): "radiating to the legs i dont have",
#: "leg pain i dont have", "in my legs i have nothing"; not "... i dont have often", nor "in my legs i feel nothing" (numb?)
LEGS_NOT_STORY += (
    r"(?:(?:shooting |radiating |sharp )?(?:pains?|radiating|radiation|aches?) (?:in|into|down|to) (?:my |the |either |both )?legs?"
    r"|leg pains?)(?: ,)? (?:i (?:dont|do not|havent|have not|never) (?:have|get|got)|i havent got|i have not got|there is none"
    r"|theres none|there isnt any|i have none)(?: (?:that|it|any|those))?",
    r"(?:in|down|into) (?:my |the |either |both )?legs?(?: ,)? (?:i (?:have|get) nothing|there is nothing|theres nothing)",
)  # fmt: skip
# ---- session 46A8 (issue 12): a relative's dated event, back pain in more forms for the legs denied, a local steroid ----
#: what dates the patient's pain by an event told in its clause (bot/reading/answers.py _relative_dated): "since my dad's
#: funeral last month", "ever since my mum fell in june"; without it a date in a relative's clause is the relative's
DATE_OWN_SINCE = ("since", "ever since", "after", "from")
#: the back told as hurting in forms BACK_PAIN does not take, only as the guard of the legs denied (_legs_not_told): "my lower
#: back has been hurting for 3 weeks", "my back has hurt since june" (not "my back hasnt hurt", "back doesnt hurt")
BACK_TOLD_STORY = (
    r"(?:my|me|the) (?:lower |low )?back (?:has |have |had |s )?(?:been )?(?:(?:really|so|constantly|always|still|just) )?"
    r"(?:hurting|hurt|aching|ached|sore|paining)\b",
)  # fmt: skip
#: the bones named (bot/reading/answers.py _bones_fine, with FINE): "bones are fine, i just use a steroid cream"
BONES_NAMED = (r"(?:my )?bone[s]",)
#: the back started hurting slowly: "my back started hurting gradually", "began to ache slowly"
STORY_GRADUAL += (r"(?:started|starting|began|begun) (?:to )?(?:hurting|hurt|aching|ache|paining) (?:very |really |quite )?(?:gradually|slowly)",)
# ---- session 47A9 (issue 12): a no told after a look-alike, a wanted loss then "without trying, no", the event's "since" ----
#: a closing no at the end of an answer (bot/reading/answers.py _fever_lookalike_no): "... so no", "so the answer is no"
CLOSING_NO = (r"s[o] (?:its |the answer is |thats a )?n[o]", r"s[o] n[o]p[e]")
#: the fever named, denied in the answer (_fever_lookalike_no): "i have no temperature", "no fever"
FEVER_NAMED = (r"feve[r]", r"tem[p]", r"temperatur[e]")
#: the fever felt or measured high, a yes even with a closing no (_fever_lookalike_no): "feel feverish", "shivering"
FEVER_FELT = (
    r"feveris[h]", r"shive[r]\w*", r"chill[s]", r"chill[y]", "hot and cold", r"burning u[p]", r"rigor[s]",
    r"(?:high|raised|a) temp(?:eratur[e])?", r"temp(?:eratur[e])? (?:is |was |of )?(?:high|up|raised)",
)  # fmt: skip
#: what dates the pain by a relative's event told in the clause before (bot/reading/answers.py _relative_dated): "my dad
#: died in march , my back has been sore since", "... , ever since then it hurts"
DATE_SINCE_EVENT = (r"(?:ever )?sinc[e](?: the[n]| tha[t])?$", r"^(?:and )?(?:ever )?sinc[e] (?:the[n]|tha[t])\b")
#: more words of the bones told fine (_bones_fine, beside FINE): "my bones are grand", "bones are sound"
BONES_FINE = (r"gran[d]", r"soun[d]", r"health[y]", r"goo[d]", r"all righ[t]", r"alrigh[t]", r"perfec[t]")
