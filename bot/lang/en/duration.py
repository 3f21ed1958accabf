"""English words for the duration reader (bot/reading/duration.py): lower case, no accents.

Every pack provides the same names; a table may be empty.
"""

from fractions import Fraction

#: unit words and their length in days, allowed after digits and after number words
UNIT_WORDS = {
    Fraction(1): (
        "day", "days", "dys",
    ),
    Fraction(7): (
        "week", "weeks", "wk", "wks",
    ),
    Fraction(14): (
        "fortnight", "fortnights",
    ),
    Fraction(30): (
        "month", "months", "monts", "mth", "mths", "mnth", "mnths",
    ),
    Fraction(365): (
        "year", "years", "yr", "yrs",
    ),
    Fraction(3650): (
        "decade", "decades",
    ),
    Fraction(1, 24): (
        "hour", "hours", "hrs",
    ),
    Fraction(1, 1440): (
        "minute", "minutes", "mins",
    ),
}

#: short abbreviations, only right after digits ("2d", "3 w", "4 mo")
DIGIT_ONLY_UNITS = {
    Fraction(1): (
        "d",
    ),
    Fraction(7): (
        "w",
    ),
    Fraction(30): (
        "mo", "mos",
    ),
    Fraction(365): (
        "y",
    ),
    Fraction(1, 24): (
        "h", "hr",
    ),
    Fraction(1, 1440): (
        "min",
    ),
}

#: an article before a unit is one of it: "a week", "een week", Flemish "ne week", "e jaar"
ARTICLES = {
    "a": 1, "an": 1,
    # Scots "ae week or three, four"
    "ae": 1,
}

#: vague counts and the number they stand for ("a couple of", "een paar")
VAGUE = {
    "a couple of": 2, "a couple": 2, "couple of": 2, "couple": 2, "a coupla": 2, "coupla": 2,
    "a handful of": 3, "a number of": 3, "a few": 3, "few": 3, "several": 3, "multiple": 3,
}

#: "half a year", "anderhalf jaar"
FRACTIONS = {
    "half a": Fraction(1, 2), "half an": Fraction(1, 2), "a half": Fraction(1, 2),
    "half": Fraction(1, 2),
}

#: between a number and its unit: "a good week", "een dikke maand"
ADJECTIVES = (
    "good", "solid", "full", "whole", "long",
)

#: skipped when looking at the words before a number
APPROXIMATE = (
    "about", "around", "roughly", "approximately", "approx", "almost", "nearly", "over",
    "just", "only", "maybe",
)

#: fixed phrases -> days ago; a name ("since_monday", "since_first_of_month", "since_new_year") counts from today
RELATIVE = {
    "today": 0, "this morning": 0, "this afternoon": 0, "this evening": 0, "tonight": 0,
    "just now": 0, "yesterday": 1, "last night": 1, "the day before yesterday": 2,
    "day before yesterday": 2, "last week": 7, "last month": 30, "last year": 365,
    "past week": 7, "past month": 30, "past year": 365, "previous week": 7,
    "previous month": 30, "previous year": 365, "this week": "since_monday",
    "earlier this week": "since_monday", "start of the week": "since_monday",
    "beginning of the week": "since_monday", "start of this week": "since_monday",
    "beginning of this week": "since_monday", "this month": "since_first_of_month",
    "earlier this month": "since_first_of_month", "start of the month": "since_first_of_month",
    "beginning of the month": "since_first_of_month",
    "start of this month": "since_first_of_month",
    "beginning of this month": "since_first_of_month", "this year": "since_new_year",
    "earlier this year": "since_new_year", "start of the year": "since_new_year",
    "beginning of the year": "since_new_year", "start of this year": "since_new_year",
    "beginning of this year": "since_new_year",
}

#: weekday names -> Monday 0
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
    # short and misspelt forms that are no other word ("sat", "sun", "wed", "mon" are)
    "tue": 1, "tues": 1, "weds": 2, "wensday": 2, "wendsday": 2, "wenesday": 2, "thu": 3, "thur": 3, "thurs": 3,
    "fri": 4,
}

#: after a weekday: "tuesday night", "dinsdagavond"
DAY_PARTS = (
    "morning", "afternoon", "evening", "night",
)

#: month names and abbreviations
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}

#: the middle of each season (month, day)
SEASONS = {
    "spring": (4, 15), "summer": (7, 15), "summer holidays": (7, 15),
    "summer holiday": (7, 15), "autumn": (10, 15), "fall": (10, 15), "winter": (1, 15),
}

#: (month, day), or ("easter", days after Easter Sunday), or (month, (weekday, n)): the n-th such
#: weekday of the month (Monday 0; n -1 the last), for the days fixed by a weekday
HOLIDAYS = {
    "christmas": (12, 25), "christmas day": (12, 25), "xmas": (12, 25), "x-mas": (12, 25),
    "christmas eve": (12, 24), "boxing day": (12, 26), "new year": (1, 1), "new years": (1, 1),
    "new year's": (1, 1), "new year's day": (1, 1), "new year's eve": (12, 31),
    "new years eve": (12, 31), "valentine's day": (2, 14), "valentines day": (2, 14),
    "valentine": (2, 14), "halloween": (10, 31), "all saints": (11, 1),
    "all saints' day": (11, 1), "all saints day": (11, 1), "armistice day": (11, 11),
    "easter": ("easter", 0), "easter sunday": ("easter", 0), "easter monday": ("easter", 1),
    "good friday": ("easter", -2), "carnival": ("easter", -49), "ascension": ("easter", 39),
    "ascension day": ("easter", 39), "pentecost": ("easter", 49), "whitsun": ("easter", 49),
    "whit sunday": ("easter", 49), "whit monday": ("easter", 50),
    "bonfire night": (11, 5), "guy fawkes": (11, 5), "guy fawkes night": (11, 5), "fireworks night": (11, 5),
    "remembrance day": (11, 11), "st patrick's day": (3, 17), "st patricks day": (3, 17), "paddy's day": (3, 17), "st paddy's day": (3, 17), "st paddys day": (3, 17),
    "paddys day": (3, 17), "saint patrick's day": (3, 17), "saint patricks day": (3, 17),
    "mother's day": (5, 10), "may day": (5, 1), "st andrew's day": (11, 30), "burns night": (1, 25),
    # US: Thanksgiving the 4th Thursday of November, Memorial Day the last Monday of May
    "thanksgiving": (11, (3, 4)), "thanksgiving day": (11, (3, 4)), "memorial day": (5, (0, -1)),
    # UK bank holidays: the early May one the first Monday of May, the spring one the last Monday of May, the
    # August (summer) one the last Monday of August
    "august bank holiday": (8, (0, -1)), "summer bank holiday": (8, (0, -1)), "late summer bank holiday": (8, (0, -1)),
    "august bank hol": (8, (0, -1)), "may bank holiday": (5, (0, 1)), "early may bank holiday": (5, (0, 1)),
    "may day bank holiday": (5, (0, 1)), "spring bank holiday": (5, (0, -1)), "whitsun bank holiday": (5, (0, -1)),
    "late may bank holiday": (5, (0, -1)), "easter bank holiday": ("easter", 1), "labor day": (9, (0, 1)),
    "labour day": (9, (0, 1)), "veterans day": (11, 11), "veterans' day": (11, 11), "martinmas": (11, 11),
    "st martin's day": (11, 11), "st martins day": (11, 11), "saint martin's day": (11, 11),
    "st nicholas day": (12, 6), "st nicholas' day": (12, 6), "saint nicholas day": (12, 6), "st nicholas's day": (12, 6),
    "st patrick's": (3, 17), "st patricks": (3, 17), "paddy's": (3, 17),
}
#: after a holiday word, a thing named by it: "the Christmas tree", "Easter eggs" is no date
HOLIDAY_THINGS_AFTER = (
    "tree", "trees", "lights", "light", "decorations", "decs", "deco", "baubles", "ornaments",
    "presents", "present", "gifts", "hamper", "hampers", "jumper", "jumpers", "cards", "card",
    "crib", "wreath", "garland", "tinsel", "stuff", "box", "boxes", "egg", "eggs", "bunny", "pumpkin",
    "pumpkins", "costume", "turkey",
)
#: before a holiday word, a thing named by it (French "sapin de Noel"): none in English
HOLIDAY_THINGS_BEFORE: tuple = ()

#: before a number, the number is an age ("I'm 3", "ik ben 40")
AGE_BEFORE = (
    "i'm", "im", "am", "aged", "age", "turned", "turn",
    # "she's 74 years", "my dad who's 81 years" (not "it's": "it's 2 years")
    "she's", "shes", "he's", "hes", "who's", "whos", "turns", "turning",
)

#: "mijn zoon is 3 jaar" is an age, "it is 2 years" is not
AGE_BEFORE_UNLESS_IT = (
    "is", "was",
)

#: before a number, an age only before one of these own year words (French "elle a 74 ans"); none here
AGE_HAS: dict = {}

#: a person and "of" before the years: their age ("my mother of 74 years", rare in English)
AGE_PERSON_OF = tuple(f"{person} of" for person in ("mother", "mum", "mom", "father", "dad", "man", "woman", "lady", "patient"))

#: between the age word and an adult's years: "I'm almost 60 years", "she's nearly 80 years"
AGE_NEARLY = ("almost", "nearly", "just", "only", "barely", "over", "about", "around", "bout")

#: the words for it/that
IT_WORDS = (
    "it", "that", "this",
)

#: before a number: a frequency ("twice a week", "3 keer per week")
FREQUENCY_BEFORE = (
    "once", "twice", "thrice", "times", "x", "per", "every", "each",
)

#: after a number, the number counts these, not time
COUNT_NOUNS = (
    "pills", "pill", "tablets", "tablet", "painkillers", "miles", "times", "x", "once",
    "twice",
)

#: before a number: "since", "al"
SINCE_WORDS = (
    "since", "already", "past", "last", "now",
)

#: before a number: a negative number
NEGATIVE_BEFORE = (
    "minus", "min",
)

#: before a phrase: the future, not a duration
FUTURE_BEFORE = (
    "next", "coming", "tomorrow", "until", "till", "every", "each",
)

#: words written as they are said, an apostrophe for the dropped letters: read as the word they stand for
#: ("since sat'day", "a couple o' weeks", "since yest'day")
SPOKEN_FORMS = {
    "sat'day": "saturday", "sat'rday": "saturday", "sat'dy": "saturday", "wed'sday": "wednesday",
    "wens'day": "wednesday", "yest'day": "yesterday", "yest'rday": "yesterday", "o'": "of", "las'": "last",
    "t'day": "today", "t'night": "tonight",
}  # fmt: skip

#: dialect spellings, whole words without an apostrophe: read as the word they stand for (Scots "twa", "Setterday",
#: London "Fursday", spoken "satdy")
DIALECT_FORMS = {
    "twa": "two", "fower": "four", "thrie": "three",
    "setterday": "saturday", "seturday": "saturday", "satdy": "saturday", "saturdy": "saturday", "sundy": "sunday",
    "mondy": "monday", "munday": "monday", "toosday": "tuesday", "tewsday": "tuesday", "wensdy": "wednesday",
    "fursday": "thursday", "thursdy": "thursday", "fridy": "friday",
    # yesterday as it is said or typed short (session 29O): "since yestiddy", "since yday", Scots "yestreen"
    "yestiddy": "yesterday", "yisterday": "yesterday", "yistiday": "yesterday", "yestaday": "yesterday", "yday": "yesterday",
    "yestreen": "yesterday",
}  # fmt: skip

#: a singular unit on its own is one of it ("fortnight"), only among BARE_COMPANIONS
BARE_UNITS = (
    "fortnight", "week", "month", "year", "decade",
)

#: the only words that may stand around a bare unit
BARE_COMPANIONS = (
    "ago", "now", "or", "so", "ish", "for", "already", "about", "just", "over", "almost",
    "since", "maybe", "like", "ok", "a", "one", "it's", "its", "it", "is", "been", "nearly",
    "roughly", "around",
)

#: negation words
NEGATIONS = (
    "no", "not", "never", "none", "nope",
)

#: unit words read through one typo ("3 weaks", "5 dyas", "3 wekne")
TYPO_UNITS = (
    "days", "week", "weeks", "fortnight", "fortnights", "month", "months", "year", "years",
    "decade", "decades",
)

#: real words one edit from a unit word ("weak", "maar"): a unit only right after a number, at the end of the phrase
REAL_NEAR_MISSES = frozenset("""
    ajar bays bear bears dads dais dams dear dears decide decides decode decodes drays
    ears fear fears gays gear gears geek geeks hays hear hears jays lays leek leeks mays
    meek mont monte moth moths mouth mouths nays near nears pays pear pears peek peeks
    rays rear rears reek reeks says sear sears seek seeks waken ways weak weaken wear
    wears weed weeds weep weeps weer wees wezen woken yeah yeahs yearn yearns yeas
""".split())

#: other words read through one typo ("since thirsday", "sinds zlndag")
TYPO_WORDS = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "june", "july", "august", "september", "october", "november",
    "december", "today", "tonight", "yesterday", "christmas", "easter", "halloween", "since",
    "about", "around", "almost", "weekend", "tomorrow", "between", "valentine", "carnival", "pentecost",
)

#: real words and names one edit from a TYPO_WORDS word: never read as a typo
NEAR_WORDS = frozenset("""
    abort abound abut aground aprils arch aster augusta augusts began begins begun benin
    binds bout bune caster decembers duly dune easier eastern easters eater ester faster
    finds fridays ground halloweens hinds jane joni jude judy julia julie julio junes
    jung junk juno jury jute kinds larch lister mach marat marc marci marco marcy marsh
    mart master match mince minds mister mondays novembers octobers parch raster rinds
    round rune sands saturdays seder seders sends septembers sids sine singe sings sinks
    sins sinus sister sundae sundas sundays sundry taster thursdays toady toddy tokay
    tomorrows tuesdays tune vaster vince waster wednesdays weekends wince winds
    yesterdays zuni
""".split())
#: articles before "paar", "stuk of", "drietal" (Dutch); none in English
COUNT_ARTICLES: tuple = ()
#: number words that take "-tal" ("een drietal", "e 10-tal"); none in English
TAL_NUMBERS: dict = {}

#: between a first length and a second number: "6 weeks maybe 7", "a year or two"
OR_WORDS = ("or", "maybe", "perhaps", "possibly", "probably", "to", "till", "until")
#: of those, the words of a real range (the midpoint): "3 days to 2 weeks"
RANGE_WORDS = ("to", "till", "until")
#: a hedge before the second number: "a month, more like 5 weeks"
HEDGES = (
    "even", "more like", "closer to", "almost", "nearly", "about", "around", "like", "say", "roughly",
    "approx", "approximately", "maybe", "perhaps", "probably", "i think", "i guess", "i'd say",
)  # fmt: skip
#: words between a rough length and the number that settles it: "a month ago i think, 4 weeks"
SETTLE_FILLERS = (
    "ago", "back", "and a bit", "and a little", "or so", "or thereabouts", "i think", "i guess", "ish",
    "now", "already",
)  # fmt: skip
#: "last week", "past month" (regex alternatives)
LAST = ("last", "past", "previous")
#: after a length: it is in the past ("3 weeks ago")
AGO = ("ago",)
#: after a length: up to now ("3 weeks now")
NOW = ("now",)
#: after a number: an age ("3 years old")
OLD = ("old", r"of\s{1,3}age")

# ---------------------------------------------------------------- phrase words
# The engine's patterns (bot/reading/duration.py) are skeletons whose {NAME} slots are
# these tables, every pack's merged in pack order; an entry is a regex fragment
# whose plain space stands for one to three spaces. A table may be empty.

#: after a number and a unit, the phrase ends: "3 weak ago" is "3 weeks ago"
PHRASE_END = ("ago", "back", "now", "already")
#: "3 and a half weeks": the half after a number (regex, from the space before it)
AND_A_HALF = (r"\s{1,3}(?:and|an|an'|n|'n|n'|&)\s{1,3}a\s{1,3}half",)  # "n": phone English; "an", "'n": Scots, spoken
#: "3 weeks and a half": the "and", the article and the half word, in any language's mix
AND = ("and", "n", "an", "an'", "'n", "n'", "&")
HALF_ARTICLES = ("a",)
HALF = ("half",)
#: a half after the unit said otherwise (French "deux ans et demi"; regex, from the space before it); none in English
HALF_AFTER_UNIT: tuple = ()
#: "1 year and 3 months": the glue between two lengths
CHAIN_AND = ("and", "plus", "n")
#: "een stuk of 5" (about so many, after COUNT_ARTICLES); none in English
ABOUT_COUNT: tuple = ()
#: the suffix of "een drietal", "e 10-tal" (after TAL_NUMBERS or digits); none in English
TAL_SUFFIX: tuple = ()
#: fractions read as a number in a range ("anderhalf tot 2 jaar"); none in English
RANGE_FRACTIONS: tuple = ()
#: after digits: "3ish weeks", "3-ish"
ABOUT_SUFFIXES = ("ish",)
#: "een halfjaar": half a year as one word, and the articles before it; none in English
HALF_YEAR: tuple = ()
HALF_YEAR_ARTICLES = ("a",)
#: what may follow a second number without a unit ("6 weeks maybe 7 ..."): not "3 weeks or 4 times"
TAIL_END_WORDS = (
    "lol", r"haha\w*", "xd", "ago", "back", "now", "already", "and", "but", "i", "it", "or", "so",
    "think", "guess", "reckon", "maybe", "max", "tops", "ish", "last", "pain", "with", "since", "that",
    "is", "was", "by", "at", "then", "today",
    # "a week or three, four like that", "three, four roughly" (session 18f)
    "like", "roughly", "about", "give",
    # "a week or 3, 4 going on now", "a month or two, three nagging" (session 21d, twin of "een week of 3, 4 aan het zeuren")
    "on", "going", "nagging", "bothering", "playing", "had", "ive", "off",
)  # fmt: skip
#: the endings of a plural noun (regex): after "a month or two, three" a word ending so counts something else
#: ("three kids", "three operations"), no range; any other word leaves the range ("a month or two, three honestly")
PLURAL_ENDINGS = ("s",)
#: after a second length, a tolerance on the first (regex): "two weeks, maybe a day either side", "a month, a
#: week either way", "a day or two more or less"; the first length stands
TOLERANCE_AFTER = (
    r"(?:or (?:\w+|so) )?(?:on )?either (?:side|way)", r"(?:or (?:\w+|so) )?each way", "more or less", "or less",
    "or more or less", "give or take", "plus or minus", "up or down", "longer or shorter",
)  # fmt: skip
#: a hedge after the second number: "a few weeks, 3 I think"
HEDGES_AFTER = ("i think", "i guess", "i reckon", "maybe", "or so")
#: the second number of a tail: "a few" in "a week or a few" ("wat": a few, in Dutch) -> its count
SOME: dict = {}
#: an article as the second number of a tail or the first of "between a week and 10 days"
TAIL_ARTICLES = ("an", "a")
BETWEEN_ARTICLES = ("a", "an")
#: between two numbers of a second length: "6 weeks or 7 a 8"
SECOND_SEPARATORS = ("a", "or", "to")
#: after a comma before a second number: "6 weeks, maybe 7"
COMMA_HEDGES = ("or", "maybe", "perhaps")
#: "or", before the words of OR_WORDS; "a year or two" is about that many
OR = ("or",)
#: between the two numbers of a range: "2-3 weeks", "2 a 3", "two or three days", "6 to 8 weeks"
RANGE_SEPARATORS = ("to", "a", "or", "till", "until")
#: between the two numbers of a range told as a hedge, the second a guess upward: "2, maybe 3 weeks" (the midpoint)
RANGE_HEDGES = (
    "maybe", "perhaps", "possibly", "probably", "prob", "prolly", "or maybe", "or perhaps", "or possibly",
    "or probably", "maybe even", "or even", "even", "if not",
)  # fmt: skip
#: "between 2 and 3 weeks"
BETWEEN = ("between",)
BETWEEN_AND = ("and", "to", "a")
#: the article of "between the 2 and 3", "the christmas"
THE_COMMON = ("the",)
#: the articles before a season: "the summer"
THE = ("the",)
#: "this summer", "this tuesday"
THIS = ("this",)
THIS_WEEKDAY = ("this",)
#: other forms of LAST (before a neuter word: Dutch "vorig weekend"); none in English
LAST_FORMS: tuple = ()
#: weekdays hold one of these, the text must too before weekdays are looked for
WEEKDAY_CLUES = ("day", "tue", "wed", "thu", "fri")  # in "monday" and the short forms
#: "next week monday": a word between FUTURE_BEFORE and a weekday
WEEKDAY_FUTURE_FILL = ("the", "this", "week")
#: the word week in "last week tuesday"
WEEK = ("week",)
#: "last week on tuesday", "on 3 november"
ON = ("on",)
#: "tuesday of last week", "the end of march"
OF = ("of",)
#: "3rd of november"
DATE_OF = ("of",)
#: "the weekend", "this weekend": the most recent one (not the one before)
WEEKEND_THIS = ("the", "this")
#: the weekend's words
WEEKEND = ("weekend",)
#: "since march", "from 2019": the start of a date
SINCE_CONTEXT = ("since", "from")
#: "in march", "during the summer"
DURING = ("in", "during", "around")
#: "since 3/11": other words before a numeric date
STARTED = ("started",)
#: the position in a month or year: "early march", "mid 2024", "the end of june"
POSITION_START = ("start", "early", "beginning", "the start", "the beginning")
POSITION_MIDDLE = ("mid", "the middle", "middle")
POSITION_END = ("end", "late", "the end")
#: after a day's number: "3rd"
ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")
#: a day of the month in words: "the eleventh of november", "november twenty first"
DAY_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty first": 21, "twenty second": 22, "twenty third": 23, "twenty fourth": 24, "twenty fifth": 25,
    "twenty sixth": 26, "twenty seventh": 27, "twenty eighth": 28, "twenty ninth": 29, "thirtieth": 30,
    "thirty first": 31,
}  # fmt: skip
#: before a day in words: "the eleventh"
DAY_ARTICLES = ("the",)
#: a day of a month named by when it was: "since the 14th of last month"
MONTH_RELATIVE = {"last month": -1, "this month": 0}
MONTH_RELATIVE_OF = ("of",)
#: after "since the 3rd": words that make the ordinal no day of the month ("since the 3rd time")
ORDINAL_NOT_A_DATE = ("of", "time", "times", "day", "days", "week", "weeks", "month", "session", "attempt", "floor", "step",
                      "one", "go", "try", "round")  # fmt: skip
#: a measure after a weekday and a number ("friday 20 kg"): the number is no day of the month
MEASURES_AFTER_DAY = ("kg", "kgs", "kilo", "kilos", "lb", "lbs", "pounds", "stone", "km", "miles", "quid", "bucks", "euros", "percent")
#: month names that are also words: "it may 2 ..." is a date only after SINCE_CONTEXT or ON
MONTH_WORDS = ("may", "mar")
#: a season word that is also an event: "since the fall" is an accident unless said as a season
SEASON_WORDS = ("fall",)
#: "2 weeks tomorrow", "tomorrow it will be 2 weeks"
TOMORROW = ("tomorrow",)
TOMORROW_FILL = ("it'll be", "it will be", "will be")
#: "today exactly a week", "today it's been 2 weeks"
TODAY = ("today",)
ANCHOR_FILL = (
    "exactly", "already", "it's", "its", "it is", "is", "it will be", "it'll be", "will be", "it's been",
    "its been", "is it",
)  # fmt: skip
EXACTLY = ("exactly", "already")
#: a correction before a later phrase ("3 weeks, no 4 weeks", "monday, i mean tuesday"), and
#: what may follow it ("no, since tuesday"); the last word of each is the correction's cue
CORRECTIONS = (
    "no", "nope", "nah", "actually", "i mean", "sorry", "correction", "wait", "or rather", "uh", "uhm",
)  # fmt: skip
CORRECTION_AFTER = ("since", "it was", "was", "more like")
#: after a length: the future ("2 weeks from now")
FROM_NOW = ("from now", "from today", "later")
#: after "one day": a story ("one day, when i was lifting")
STORY_AFTER = ("i", "when", "while", "as", "we", "my", "was")
#: before a unit after a length: a frequency ("5 days a week", "2 days in the week")
FREQUENCY_AFTER = ("a", "an", "per", "each", "every", "in the", "in a")
#: after a length, before a number: a share of a whole, all the time ("24 hours out of 24"; "24h/24" is the engine's)
RATIO_AFTER = ("out of",)
#: the other words a frequency counts in ("2 days a weekend")
FREQUENCY_NOUNS = ("weekend",)
#: before a length: every so many ("om de 2 weken"); none in English
EVERY_BEFORE: tuple = ()
#: before "one day": a story ("on a day", "some day"), not a duration
ONE_DAY_BEFORE = ("on", "some")
#: a phrase that says the pain is NOT new: its "yesterday" is no date ("it's not from yesterday, 2 years now")
#: a negation ("not", "never", "isn't"...) before from/of/since and a recent time, or before a start at that time:
#: "this isn't from last week", "not since yesterday, longer", "it didn't start this week"
_NOT = r"(?:not|never|(?:is|was|are|were|ai|has|have|did|does)n'?t)"
_RECENT = r"(?:yesterday|today|this morning|last night|(?:this|last|the past) week)"
NOT_NEW = (_NOT + r" (?:(?:just|only|really|simply) )?(?:(?:something|a thing|a problem|anything) )?"
           r"(?:from|of|since) " + _RECENT,
           r"(?:didn't|didnt|did not|never) (?:just |only )?(?:start|begin|come on|show up)(?:ed)? " + _RECENT,
           r"not of yesterday",
           # "not yesterday, three months ago": a recent time denied, the length told after it wins (session 40I)
           r"(?<!\w)not (?:just |only )?" + _RECENT + r"(?=\s*(?:,|;|$|but\b|more like\b|rather\b))")
#: "day 40 of this pain", "today is day 12", "the 30th day": the day count of the pain is its length
DAY_COUNT = ("day",)
DAY_ORDINAL = ("st", "nd", "rd", "th")
#: the word before a day count that makes it a moment, no length ("on day 3 it got worse", "since day 1")
DAY_COUNT_NOT_BEFORE = ("on", "from", "since", "until", "till", "by", "after", "before", "of", "every", "each", "per")
#: a birth before a baby's age makes the age the length ("since the birth ... she's 6 weeks old")
BIRTH = (r"birth", r"born", r"deliver(?:y|ed)", r"epidural", r"c-?section", r"c section", r"c(?:a|ae)?esarean",
         r"post-?partum", r"post partum", r"postnatal")
