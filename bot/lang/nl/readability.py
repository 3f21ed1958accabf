"""How Dutch texts are scored for readability (scripts/readability_table.py, textstat 0.7.8).

textstat's flesch_reading_ease with set_lang("nl") uses Flesch-Douma, 206.835 - 0.93 ASL
- 77 ASW (textstat/backend/utils/constants.py LANG_CONFIGS); syllables come from pyphen.
"""

#: The language's name in the readability table (the table is written in English).
NAME = "Dutch"
#: textstat's set_lang() code.
TEXTSTAT_LANGUAGE = "nl"
#: The formula textstat applies for this language, and its expression (the table's method).
FORMULA = "Flesch-Douma"
EXPRESSION = "206.835 - 0.93 x words/sentence - 77 x syllables/word"
#: Where textstat takes the syllables from, and words it counts short (shown in the table):
#: pyphen never splits off a one-letter first or last syllable.
SYLLABLES = "`pyphen`'s hyphenation"
SHORT_SYLLABLE_WORDS = ("`idee`",)
#: The lowest acceptable score per response (issue 15): 60-70 is "vrij makkelijk" (Douma).
THRESHOLD = 60.0
#: A link, an e-mail address or a phone number is read as one short word of the language.
NEUTRAL = {"practice_booking_url": "website", "practice_email": "mail", "practice_phone": "nummer"}
