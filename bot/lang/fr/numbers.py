"""French (Belgian) number words: the one number table of the language (lower case, no accents).

Belgian French counts "septante" (70) and "nonante" (90); "huitante" (80) is rare (Vaud), "octante"
older; most Belgians say "quatre-vingts" for 80. France's "soixante-dix" and "quatre-vingt-dix" are
read too, and so are their compounds up to 99 ("soixante-douze", "quatre-vingt-dix-sept").

A compound is written with hyphens or spaces ("trente-cinq", "trente cinq"); 21, 31 ... 71 take
"et" ("vingt-et-un", "vingt et un"): "et un" is a unit of its own. France's 71-79 and 91-99 made of
a ten and a teen ("soixante-douze") cannot be said by tens + units: the duration reader does not read
them, the age reader reads their ten (a Belgian writes "septante-deux", and an age in digits).

"onze" (11) is also the Dutch "our" ("onze kine"): it is a number for the duration reader (a
unit word must follow: "onze semaines"), but not an age word on its own (:data:`AGE_WORDS`).
"sept" (7) is also the English abbreviation of September: the duration reader tells them apart by
what follows (a unit word or a day).
"""

ZERO = {"zero": 0}
UNITS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
    "sept": 7, "huit": 8, "neuf": 9,
    # the "et un" of 21, 31 ... 91 ("vingt-et-un", "septante et une"): a unit of its own, so the
    # tens + units compound reads it; alone it is 1, as "un" is ("et un jour" is "un jour")
    "et un": 1, "et-un": 1, "et une": 1, "et-une": 1,
}
TEENS = {
    "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
    "seize": 16, "dix-sept": 17, "dix sept": 17, "dix-huit": 18, "dix huit": 18,
    "dix-neuf": 19, "dix neuf": 19,
}


def _tens() -> dict:
    """The tens, longest first (a regex tries "quatre-vingt-dix" before "quatre-vingt"),
    each with hyphens and with spaces."""
    words = {
        "quatre-vingt-dix": 90, "quatre-vingts": 80, "quatre-vingt": 80, "soixante-dix": 70,
        "cinquante": 50, "quarante": 40, "soixante": 60, "septante": 70, "huitante": 80,
        "nonante": 90, "octante": 80, "trente": 30, "vingt": 20,
    }
    out: dict = {}
    for word, value in words.items():
        out[word] = value
        if "-" in word:
            out[word.replace("-", " ")] = value
    return dict(sorted(out.items(), key=lambda item: -len(item[0])))


TENS = _tens()

#: every number word with its value (0-19 and the tens)
NUMBERS = {**ZERO, **UNITS, **TEENS, **TENS}

#: How a compound number is written: "trente-cinq", "trente cinq", "septante-deux",
#: "quatre-vingt-sept" (tens, then units; the "et" of "vingt-et-un" is a unit of UNITS).
COMPOUND = ("tens", "units")

#: A compound as an age is read (bot/reading/answers.py, on text whose hyphens are spaces): "cinquante",
#: "cinquante deux", "vingt et un", "quatre vingt dix sept"; {tens} and {units} stand for the
#: alternations of TENS and UNITS (tens longest first, so "quatre vingt dix" is 90, not 80).
AGE_COMPOUND = r"\b(?P<tens>{tens})(?: (?P<units>{units}))?\b"
#: Number words read on their own as an age ("dix-huit", "seize"); the tens are read by
#: AGE_COMPOUND. Not the units (an article "un", "une"; "sept" is September) nor "onze"
#: (the Dutch "our").
AGE_WORDS = dict(sorted(((w, v) for w, v in TEENS.items() if w != "onze"), key=lambda item: -len(item[0])))
#: "la cinquantaine", "un quadra", "une ado": the first year of the decade (not "ado", an
#: English word: "without further ado")
DECADES = {
    "vingtaine": 20, "trentaine": 30, "quarantaine": 40, "cinquantaine": 50,
    "soixantaine": 60, "septantaine": 70, "huitantaine": 80, "octantaine": 80,
    "nonantaine": 90, "trentenaire": 30, "quadragenaire": 40, "quinquagenaire": 50,
    "sexagenaire": 60, "septuagenaire": 70, "octogenaire": 80, "nonagenaire": 90,
    "quadra": 40, "quinqua": 50, "adolescente": 10, "ados": 10,
}
#: a word before a decade ("début trentaine", "fin de la quarantaine", "la petite cinquantaine")
#: and what it means
DECADE_QUALIFIERS = {"debut": "early", "milieu": "mid", "fin": "late", "petite": "early"}
#: "dans la cinquantaine", "début de la trentaine"
DECADE_IN = ("de la", "dans la", "la", "en pleine", "pleine")
#: a bare tens word after one of these is a decade ("début trente", "la petite cinquantaine" is
#: read as a decade by DECADES); none in French
DECADE_BARE: dict = {}
