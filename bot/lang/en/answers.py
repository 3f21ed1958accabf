"""English words and patterns for the answer reader (bot/answers.py): lower
case (the street words in any case), apostrophes gone where the reader drops them.

Every pack provides the same names.  Regex entries are alternatives: the
reader joins every pack's alternatives into one pattern.  Most patterns of the
answers themselves (onset, leg pain, weakness, the stories, clarifications)
are still in bot/answers.py (see docs/architecture.md).
"""

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

#: "not sure" in words (regex alternatives, whole words)
UNSURE_PHRASES = (
    r"unsure", r"(?:i )?dont think so", r"probably not", r"hard to say", r"cant (?:say|tell)", r"could be",
    r"might be", r"not that i know", r"who knows",
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
#: phrases rewritten before the words: (regex, replacement), applied in order, any case
STREET_PHRASES = (
    (r"(?<!\w)(?:the )?(?:past|last) fortnight(?!\w)", "a fortnight"),
    (r"(?<!\w)w/o(?!\w)", "without"),
    (r"(?<!\w)w/(?=\s)", "with"),
    # UK "me back", "me leg": my
    (r"(?<!\w)me(?= (?:back|lower back|leg|legs|foot|feet|knee|knees|bum|hip|hips|toes|calf|calves|thigh"
     r"|thighs|ankle|ankles|bladder|weight)\b)", "my"),
)

#: possessives: "my dad's cancer" is not the patient's
POSSESSIVES = frozenset("my his her our their your me".split())
#: the left and the right side (regex alternatives, whole words)
LEFT = (r"left",)
RIGHT = (r"right",)
