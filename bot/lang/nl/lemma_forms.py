"""Every form of the lemmas the nl pack names as {~lemma} (bot/lang/lemmas.py).

Generated from spacy-lookups-data by `python -m bot.lang.lemmas`; do not edit.
"""

FORMS = {
    'begeven': ('begeven', 'begevende', 'begevend', 'begaven', 'begeeft', 'begeef', 'begaf'),
    'flappen': ('flappen', 'flappende', 'flappend', 'geflapte', 'flapten', 'geflapt', 'flapte', 'flapt'),
    'haken': ('haken', 'haakten', 'hakende', 'haakte', 'hakend', 'haakt'),
    'hangen': ('hangen', 'gehangenen', 'gehangen', 'hangden', 'hangde', 'hingen', 'hangt', 'hing'),
    'klappen': ('klappen', 'klappende', 'klappend', 'geklapt', 'klapten', 'klapte', 'klapt'),
    'kletsen': ('kletsen', 'gekletste', 'kletsende', 'gekletst', 'kletsend', 'kletsten', 'kletste', 'kletst'),
    'knikken': ('knikken', 'knikkende', 'knikkend', 'knikten', 'knikte', 'knikt'),
    'pakken': ('pakken', 'gepakten', 'gepakte', 'pakkend', 'pakten', 'pakte', 'pakt'),
    'ploffen': ('ploffen', 'ploffende', 'geplofte', 'ploffend', 'geploft', 'ploften', 'plofte', 'ploft'),
    'plooien': ('plooien', 'geplooide', 'plooiende', 'geplooid', 'plooiden', 'plooiend', 'plooide', 'plooit'),
    'slepen': ('slepen', 'gesleepte', 'gesleept', 'sleepten', 'sleepte', 'sleept'),
    'smakken': ('smakken', 'smakkende', 'gesmakte', 'smakkend', 'gesmakt', 'smakten', 'smakte'),
    'voelen': ('voelen', 'voelende', 'voelden', 'voelend', 'voelde', 'voelt', 'voel'),
    'zakken': ('zakken', 'zakkende', 'zakkend', 'zakten', 'zakte', 'zakt'),
}
