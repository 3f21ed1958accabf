"""How English texts are scored for readability (scripts/readability_table.py, textstat 0.7.8).

textstat's flesch_reading_ease with set_lang("en") uses 206.835 - 1.015 ASL - 84.6 ASW
(textstat/backend/utils/constants.py LANG_CONFIGS); syllables come from cmudict.
"""

#: The language's name in the readability table (the table is written in English).
NAME = "English"
#: textstat's set_lang() code.
TEXTSTAT_LANGUAGE = "en"
#: The formula textstat applies for this language, and its expression (the table's method).
FORMULA = "Flesch reading ease"
EXPRESSION = "206.835 - 1.015 x words/sentence - 84.6 x syllables/word"
#: Where textstat takes the syllables from, and words it counts short (shown in the table).
SYLLABLES = "`cmudict`"
SHORT_SYLLABLE_WORDS = ()
#: The lowest acceptable score per response (issue 15): 60-70 is plain English.
THRESHOLD = 60.0
#: A link, an e-mail address or a phone number is read as one short word of the language.
NEUTRAL = {"practice_booking_url": "website", "practice_email": "mail", "practice_phone": "number"}
