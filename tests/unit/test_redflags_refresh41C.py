"""Session 41, round C (issue 12): a fever that is over, told with its story (an illness or a vaccine, days or weeks ago,
ended, the temperature normal since), read as a fever now: "urgent, see a doctor today" for nothing.

Changed (the packs only; the engine's _resolved_after reads them as it did): en FEVER_GONE_NOW (only with a PAST_CUES word in
the fever's clause) took the fever told ended a span after it ("it finished weeks ago", "it stopped after two days", "that
ended a fortnight later"), "it was gone" / "that was over", "over before my back went", "over for weeks", the temperature
normal since ("has been normal every day since") or when checked ("i take my temp every morning and its normal"); nl
FEVER_GONE_NOW the verb first after a time ("de dag erna was die al weg", "de volgende ochtend was het over"), a number of weeks
("da is al drie weken gedaan"), gone after a time ("die verdween na een week"); nl RECURRED "opgeflakkerd" (a fever gone and
flared up again stays a fever: it was read as over); fr FEVER_GONE_NOW the next day ("le lendemain plus rien", "le lendemain
elle avait disparu"), stopped after a time ("ca s'est arrete au bout de trois jours"); fr FEVER_EVERY_EVENING "le soir" not when
"le lendemain" follows (one evening, not every evening). The answer to the fever question (parse_answer, which reads
find_red_flags' resolved topics) follows.

Kept (safe side): a fever now or still going, one gone and come back, "not finished", "over for now", one of the last day,
every evening, "almost gone", kept down by pills, "I don't know if I have a fever", chills now.
"""

from bot.reading.answers import parse_answer
from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

F = {"fever": True}
CHANGED = [
    # en
    ("i had malaria in september with a high fever, but it finished weeks ago", {}),
    ("i had a fever in october when i had the flu, it finished a fortnight later", {}),
    ("after my covid jab last month i ran a fever for a day, it was gone", {}),
    ("after my booster last month i ran a temperature, by the next morning it was gone and nothing since", {}),
    ("i had a bad cold with a temperature about six weeks ago, but that was completely over before my back went", {}),
    ("no fever now. i had a chest infection with a temperature in the spring, but that was all over long before this started", {}),
    ("i had malaria in september with a high fever, it has been normal every day since", {}),
    ("i had a fever with a kidney infection in august, it stopped after three days", {}),
    # nl (Vlaams too)
    ("vorige maand had ik na mijn coronaprik een dag koorts, de dag erna was die al weg", {}),
    ("ik heb begin november koorts gehad door een keelontsteking, dat is nu al twee weken gedaan", {}),
    ("drie weken geleden had ik na de vaccinatie koorts, de volgende ochtend was het over", {}),
    ("ik heb vorige maand koorts gehad met een blaasontsteking, da is al drie weken gedaan", {}),
    ("vorig jaar in de winter had ik koorts, die verdween na een week, sindsdien normale temperatuur", {}),
    ("twee weken geleden koorts gehad door de griepspuit, de volgende dag was die verdwenen", {}),
    ("ik had vorige maand koorts van de buikgriep, die zakte binnen twee dagen", {}),
    ("ik had koorts vorige week, het was weg maar nu is het weer opgeflakkerd", F),
    ("vorige week had ik koorts, toen was het weg, maar sinds gisteren is ze weer opgeflakkerd", F),
    # fr
    ("le mois dernier j'ai eu de la fièvre avec une grippe, le soir j'étais à 39, le lendemain c'était terminé", {}),
    ("il y a trois semaines après mon rappel covid j'ai eu de la fièvre le soir, le lendemain c'était fini et plus rien depuis", {}),
    ("en octobre j'ai eu une angine avec de la fièvre, le soir j'avais 39, le lendemain c'était déjà parti", {}),
    ("il y a deux semaines, vaccin grippe, le soir un peu de fièvre, le lendemain matin c'était fini", {}),
    ("j'ai eu de la fièvre le mois passé, ça s'est arrêté au bout de trois jours", {}),
    ("la semaine passée j'ai eu de la fièvre le soir après mon vaccin, le lendemain plus rien", {}),
    ("j'avais de la fièvre après le vaccin, le soir 38, mais le lendemain elle avait disparu", {}),
    ("il y a dix jours j'ai eu de la fièvre après ma dose de rappel, le lendemain matin plus rien", {}),
]
KEPT = [
    # en: a fever now, still going, come back, of the last day, not over
    ("i have had a fever since tuesday", F),
    ("had the flu last week and i still have 38.5", F),
    ("i had a fever last week, it was gone but came back yesterday", F),
    ("i had a fever for three days, it dropped this morning but i still have chills", F),
    ("the fever is almost gone, still 37.9", F),
    ("i don't know if i have a fever", F),
    ("i had a fever last week and it has not finished", F),
    ("i had a fever on monday, it stopped for now but i feel hot", F),
    ("had a fever last night, it was gone this morning", F),
    ("i had a fever last month, the fever is gone when i take paracetamol", F),
    ("i had a fever in march, it's over now", {}),
    ("i had a fever with the flu three weeks ago but it broke after two days, no fever since", {}),
    # nl
    ("ik heb koorts sinds gisteren", F),
    ("vorige week griep gehad en ik heb nog steeds 38,5", F),
    ("ik had vorige maand koorts, die is nog niet weg", F),
    ("vorige maand had ik koorts, die was al weg", {}),
    ("in september had ik koorts na mijn reis, dat was na vier dagen weg en sindsdien niks meer", {}),
    # fr
    ("j'ai encore 38 depuis la grippe", F),
    ("la fièvre était partie mais elle est revenue hier", F),
    ("j'avais de la fièvre le soir, le lendemain matin c'était fini mais elle est revenue le soir", F),
    ("le soir j'ai de la fièvre, le matin c'est passé", F),
    ("tous les soirs j'ai 38, le matin c'est fini", F),
    ("il y a trois semaines j'ai eu de la fièvre, elle est partie en deux jours", {}),
]
test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)


def _fever_answer(text):
    return parse_answer("fever", text)


ANSWER_CHANGED = [
    ("not now. i had a temperature with a chest infection in the autumn, but that was all over long before the back", False),
    ("i had a fever in october when i had the flu, it finished a fortnight later", False),
    ("vorige maand had ik na mijn coronaprik een dag koorts, de dag erna was die al weg", False),
    ("ik had koorts vorige week, het was weg maar nu is het weer opgeflakkerd", True),
    ("en octobre j'ai eu une angine avec de la fièvre, le soir j'avais 39, le lendemain c'était déjà parti", False),
]
ANSWER_KEPT = [
    ("yes, since yesterday", True),
    ("i had a fever last week, it was gone but came back yesterday", True),
    ("pas de fièvre maintenant. il y a un mois j'ai eu de la fièvre, c'est passé", False),
    ("geen koorts nu. een maand geleden had ik koorts met de griep, dat was na een paar dagen over", False),
]
test_answer_changed, test_answer_kept = reading_round(_fever_answer, ANSWER_CHANGED, ANSWER_KEPT)
