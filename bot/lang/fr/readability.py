"""How French texts are scored for readability (scripts/readability_table.py, textstat 0.7.8).

textstat's flesch_reading_ease with set_lang("fr") uses Kandel & Moles (1958), 207 - 1.015
ASL - 73.6 ASW (textstat/backend/utils/constants.py LANG_CONFIGS); syllables come from pyphen.
"""

#: The language's name in the readability table (the table is written in English).
NAME = "French"
#: textstat's set_lang() code.
TEXTSTAT_LANGUAGE = "fr"
#: The formula textstat applies for this language, and its expression (the table's method).
FORMULA = "Kandel-Moles"
EXPRESSION = "207 - 1.015 x words/sentence - 73.6 x syllables/word"
#: Where textstat takes the syllables from, and words it counts short (shown in the table):
#: pyphen never splits off a one-letter first or last syllable.
SYLLABLES = "`pyphen`'s hyphenation"
SHORT_SYLLABLE_WORDS = ("`écrits`",)
#: The lowest acceptable score per response (issue 13): Kandel-Moles keeps Flesch's 0-100
#: scale and bands, 60-70 is "standard" French.
THRESHOLD = 60.0
#: A link, an e-mail address or a phone number is read as one short word of the language.
NEUTRAL = {"practice_booking_url": "site", "practice_email": "mail", "practice_phone": "numéro"}
