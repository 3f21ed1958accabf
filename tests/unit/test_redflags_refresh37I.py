"""Session 37, round I (issue 12): a fever that started, told as denied only up to a past moment.

"no fever until yesterday", "geen koorts tot gisteren", "pas de fievre jusqu'a hier" were read as no fever: the negation took
the fever words, though it only reaches up to that moment, when the fever began. Changed: the packs' new FEVER_DENIED_UNTIL
(en, nl, fr: until / till / up to, tot (aan), jusqu'a / jusque, with a past moment: yesterday, last night, this morning, a
weekday, last week, "two days ago", gisteren, vannacht, vanmorgen, deze ochtend, eergisteren, hier (soir), ce matin, cette
nuit, avant-hier, "il y a deux jours"). In bot/reading/redflags.py a fever match that is negated is kept when the cue follows
it in its clause or opens its clause before it (_denied_until, in _eval_segment); two shared fever patterns read "no
temperature until last night" and "until last night ... no temperature" (a temperature word alone is no fever word); and
_without_relatives keeps the word the sentence opens on ("till this morning i had no fever" was reduced to "this morning
i had no fever", read as told fine).

Kept: no fever until now / so far / tot nu toe / jusqu'a maintenant / jusqu'a present, plain "no fever", another thing told
until the moment after a comma ("no fever, until yesterday i was on antibiotics"), until a deed ("until i took the tablets"),
a fever that began and is told over after ("... then three days of fever, gone since friday"), someone else's fever.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

F = {"fever": True}
CHANGED = [
    # en
    ("never had any fever until last night", F),
    ("there was no fever till yesterday evening, my back hurts a lot", F),
    ("i had no temperature up until this morning", F),
    ("till yesterday i had no fever at all", F),
    ("up to two days ago no temperature, my back is killing me", F),
    ("no fever until tuesday, the back pain is worse", F),
    ("i didnt have a fever until last week", F),
    ("had no temp till this afternoon", F),
    ("my back hurts, no fever until yesterday, now i feel hot", F),
    # nl (incl. Flemish)
    ("geen koorts gehad tot vannacht", F),
    ("tot gisterenavond had ik geen koorts", F),
    ("ik had geen temperatuur tot deze morgen", F),
    ("tot aan eergisteren geen koorts, nu wel rugpijn", F),
    ("ik heb geen koorts gehad tot vorige week", F),
    ("tot vanmorgen was er geen koorts", F),
    ("ik had gene koorts tot deze voormiddag", F),
    ("geen koorts tot twee dagen geleden", F),
    ("tot dinsdag had ik geen koorts", F),
    # fr
    ("je n'ai pas eu de fièvre jusqu'à cette nuit", F),
    ("jusqu'à hier soir je n'avais pas de fièvre", F),
    ("pas de température jusqu'à ce matin", F),
    ("aucune fièvre jusqu'à avant-hier", F),
    ("je n'avais pas de fièvre jusqu'à mardi", F),
    ("jusqu'à il y a deux jours pas de fièvre", F),
    ("pas de fievre jusque hier, j'ai mal au dos", F),
    ("j'avais pas de fièvre jusqu'à la semaine dernière", F),
]
KEPT = [
    # until now / so far
    ("i have had no fever up to now", {}),
    ("no temperature so far", {}),
    ("no fever until today, i checked every day", {}),
    ("ik heb tot nu toe geen koorts", {}),
    ("tot op heden geen koorts", {}),
    ("pas de fièvre jusqu'à présent", {}),
    ("je n'ai pas de fièvre jusqu'ici", {}),
    # plain denial
    ("no fever", {}),
    ("geen koorts", {}),
    ("pas de fièvre", {}),
    # the until tells of something else, or a deed
    ("no fever, until yesterday i was on antibiotics", {}),
    ("geen koorts, tot gisteren nam ik antibiotica", {}),
    ("pas de fièvre, jusqu'à hier je prenais des antibiotiques", {}),
    ("no temperature until i took the tablets", {}),
    # began and told over after
    ("no fever until monday, then three days of fever, gone since friday", {}),
    # someone else
    ("my son had no fever until yesterday", {}),
    # already read
    ("i have a fever since yesterday", F),
    ("ik heb koorts sinds gisteren", F),
    ("j'ai de la fièvre depuis hier", F),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
