"""Dutch (and Flemish) number words: the one number table of the language (lower case, no accents)."""

ZERO = {"nul": 0}
UNITS = {
    "een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6,
    "zeven": 7, "acht": 8, "negen": 9,
}
TEENS = {
    "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14,
    "vijftien": 15, "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19,
}
TENS = {
    "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60,
    "zeventig": 70, "tachtig": 80, "negentig": 90,
}
#: every number word with its value (0-19 and the tens)
NUMBERS = {**ZERO, **UNITS, **TEENS, **TENS}

#: How a compound number is written: "eenentwintig", "een en twintig",
#: "vijf-en-twintig" (units, "en", tens).
COMPOUND = ("units", "en", "tens")

#: A compound as an age is read (bot/reading/answers.py): "eenenvijftig", also folded
#: "tweeentwintig"; {tens} and {units} stand for the alternations of TENS and UNITS.
AGE_COMPOUND = r"\b(?P<units>{units})e?n(?P<tens>{tens})\b"
#: Number words read on their own as an age ("negentien", "zestig"): not
#: "een", which is the article "a".
AGE_WORDS = {**TEENS, **TENS}
#: "een twintiger", "een tiener": the first year of the decade
DECADES = {
    "tiener": 10, "twintiger": 20, "dertiger": 30, "veertiger": 40, "vijftiger": 50,
    "zestiger": 60, "zeventiger": 70, "tachtiger": 80, "negentiger": 90,
}
#: a word before a decade ("een vroege dertiger", "eind twintig") and what it means
DECADE_QUALIFIERS = {
    "begin": "early", "midden": "mid", "eind": "late", "einde": "late", "vroege": "early", "late": "late",
}
#: "in de veertig", "in mijn dertiger jaren"
DECADE_IN = ("in de", "in mijn", "in m")
#: a bare tens word after one of these is a decade: "begin dertig", "rond de zestig"
DECADE_BARE = {
    "begin": "early", "midden": "mid", "eind": "late", "einde": "late", "in de": "", "rond de": "",
    "ergens in de": "",
}
