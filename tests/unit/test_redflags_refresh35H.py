"""Session 35, round H (issue 12): a false alarm: a fever told as over, read as a fever.

A fever after an infection (a tooth, the throat, the flu, covid, the bladder) told as gone after a few days ("the fever went
after two days", "de koorts was na drie dagen weg", "la fievre est tombee au bout de deux jours") and none since was read as a
fever: the over phrases wanted a time after the verb that is "since" or the clause's end, not a stretch of days.

Changed:
- the packs' FEVER_OVER (en, nl, fr; bot/reading/redflags.py _OVER_NOW): the fever gone, broken, cleared, disappeared after, in or
  within a few days ("the fever cleared within two days", "de koorts verdween na twee dagen", "na een paar dagen was de koorts
  weg", "la fievre a cede apres trois jours"), not one that came back (RECURRED after it);
- nl STREET: the Flemish "wech" is "weg" ("de koorts was wech");
- fr DOUBLE_NEGATION: "plus de fievre" after "et", "puis", "donc" is none any more, as at a clause's start ("... et plus de fievre
  depuis"; not "plus de fievre qu'hier");
- bot/reading/redflags.py _fever_every_evening with the packs' new FEVER_MEASURED: the thermometer read at a time of every day
  ("i check it every night", "ik meet elke avond", "je prends ma temperature chaque soir") is a watch kept, not a fever coming
  back every evening.

Kept (safety first): a fever now (a degree tonight, one that came back, "weer 38,7", "revient le soir"), a fever gone only with
paracetamol, one that went up or did not go after days, a fever every evening, "plus de fievre qu'hier", a pill taken every evening.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

F = {"fever": True}
CHANGED = [
    # en
    ("had tonsillitis last month with a high temperature, the fever cleared within two days, nothing since", {}),
    ("had the flu in january, my fever went after three days and i feel fine", {}),
    ("had a bad chest infection with a fever, antibiotics, the fever disappeared in a couple of days", {}),
    ("two weeks back i had covid with a fever but the temperature had gone within 48 hours", {}),
    ("last month a gum abscess with fever, fever passed after a few days", {}),
    ("three weeks ago i had a fever with a sore throat. no temperature since, i check it every evening", {}),
    ("had a water infection with a temperature, the temperature cleared in two days, i take my temperature every night and nothing", {}),
    ("had the flu last month with a fever but the fever's long gone, i check it every evening", {}),
    # nl (incl. Flemish)
    ("vorige maand had ik griep met koorts, de koorts verdween na drie dagen", {}),
    ("twee weken geleden een blaasontsteking met koorts gehad, na twee dagen was de koorts over", {}),
    ("had covid met hoge koorts, mijn koorts was binnen drie dagen weg", {}),
    ("een maand geleden keelontsteking met koorts, de koorts is na vier dagen verdwenen", {}),
    ("ik had een abces aan mijn tand met koorts, na een paar dagen was de koorts wech", {}),
    ("vorige week griep gehad met koorts, maar de koorts was wech na twee dagen", {}),
    ("had griep vorige maand met koorts maar de koorts is al lang weg, ik meet elke avond", {}),
    ("had een griepje met koorts, na drie dagen was mijn koorts verdwenen", {}),
    # fr
    ("le mois dernier j'ai eu une grippe avec de la fièvre, la fièvre est tombée au bout de trois jours", {}),
    ("il y a deux semaines une cystite avec fièvre, ma fièvre a cédé après deux jours", {}),
    ("j'avais une angine avec de la fièvre, la fièvre est retombée en deux jours", {}),
    ("abcès à une dent le mois dernier avec de la fièvre, elle est partie en deux jours et plus de fièvre depuis", {}),
    ("j'ai eu une otite avec de la fièvre le mois dernier mais la fièvre est partie, je prends ma température tous les soirs", {}),
    ("la grippe il y a un mois avec fièvre, la fièvre est tombée après quatre jours", {}),
    ("j'ai eu une infection dentaire avec de la fièvre, ma fièvre est vite tombée après deux jours", {}),
    ("grippe le mois dernier avec fièvre, la fièvre est tombée en 48 heures et plus de fièvre depuis", {}),
]
KEPT = [
    # over, already read
    ("had the flu, fever lasted 3 days then went, no temperature since", {}),
    ("had the flu last month but no fever since", {}),
    ("de koorts is weg sinds vrijdag", {}),
    ("j'ai eu une infection urinaire avec fièvre le mois dernier, la fièvre est partie au bout de deux jours", {}),
    ("a fortnight ago i had a kidney infection with fever, the temp broke after two days", {}),
    ("had strep a month ago with a fever, the fever was gone after four days", {}),
    ("drie weken geleden een longontsteking met koorts, de koorts ging weg na vijf dagen", {}),
    ("j'ai eu le covid avec de la fièvre, la température est tombée au bout de 3 jours", {}),
    ("j'ai eu une pyélonéphrite avec de la fièvre, antibiotiques, la fièvre est passée en deux jours", {}),
    ("last winter i had pneumonia with a fever, the fever broke after five days", {}),
    ("vorige week covid met koorts gehad, de verhoging was na twee dagen voorbij", {}),
    # a fever now, come back, not gone
    ("had a tooth infection last week, the fever went after two days but it came back last night", F),
    ("the fever went after two days but it's still 38.5 tonight", F),
    ("the fever went up after two days", F),
    ("the fever never went after three days of antibiotics", F),
    ("the fever hasn't gone after a week", F),
    ("the fever only goes down with paracetamol", F),
    ("i check my temperature every night and it's 38.5", F),
    ("i have a fever every evening", F),
    ("had the flu, now a fever every evening", F),
    ("de koorts was na twee dagen nog niet weg", F),
    ("de koorts verdween na twee dagen maar kwam terug", F),
    ("na twee dagen was de koorts weg maar vanavond weer 38,7", F),
    ("de koorts gaat enkel weg met dafalgan", F),
    ("ik heb elke avond koorts", F),
    ("ik neem elke avond een dafalgan tegen de koorts", F),
    ("la fièvre n'est pas tombée au bout de deux jours", F),
    ("la fièvre est tombée au bout de deux jours puis elle est revenue", F),
    ("la fièvre est tombée mais la fièvre revient le soir", F),
    ("la fièvre ne tombe qu'avec le doliprane", F),
    ("j'ai mal au dos et plus de fièvre qu'hier", F),
    ("j'ai de la fièvre tous les soirs", F),
    ("i have a fever since two days", F),
    ("ik heb koorts sinds gisteren", F),
    ("j'ai de la fièvre depuis deux jours", F),
    # other people
    ("my son had a fever that went after two days, now i have one too", F),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
