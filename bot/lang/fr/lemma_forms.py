"""Every form of the lemmas the fr pack names as {~lemma} (bot/lang/lemmas.py).

Generated from spacy-lookups-data by `python -m bot.lang.lemmas`; do not edit.
"""

FORMS = {
}
