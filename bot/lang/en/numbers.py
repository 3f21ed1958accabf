"""English number words: the one number table of the language (lower case, no accents)."""

ZERO = {"zero": 0}
UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9,
    # common slips of the thumb (the typo reader never touches numbers)
    "thre": 3, "sevn": 7, "eigth": 8,
}
TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "ninteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
#: every number word with its value (0-19 and the tens)
NUMBERS = {**ZERO, **UNITS, **TEENS, **TENS}

#: How a compound number is written: the parts in order, "tens"/"units" for
#: the tables above, anything else a word between them ("twenty one",
#: "twenty-one"; Dutch "een-en-twintig").
COMPOUND = ("tens", "units")

#: A compound as an age is read (bot/reading/answers.py): "twenty", "twenty one";
#: {tens} and {units} stand for the alternations of TENS and UNITS.
AGE_COMPOUND = r"\b(?P<tens>{tens})(?: (?P<units>{units}))?\b"
#: Number words read on their own as an age ("nineteen"); the tens are read by
#: AGE_COMPOUND.
AGE_WORDS = {**UNITS, **TEENS}
#: "in my twenties", "a teenager": the first year of the decade
DECADES = {
    "teens": 10, "teenager": 10, "twenties": 20, "thirties": 30, "forties": 40,
    "fourties": 40, "fifties": 50, "sixties": 60, "seventies": 70, "eighties": 80,
    "nineties": 90,
}
#: a word before a decade ("in my early forties") and what it means
DECADE_QUALIFIERS = {"early": "early", "mid": "mid", "late": "late"}
#: "in my forties"
DECADE_IN = ("in my",)
#: a bare tens word after one of these is a decade (Dutch "begin dertig"); none in English
DECADE_BARE: dict = {}
