"""Session 25 (issue 16), after fresh set 24 was scored once: three kinds of no-topic question given a topic, and one
on-topic question lost to 112db63's car-seat decoy, fixed as kinds in en, nl and fr in other words than the set's.

1. Sessions by video or online (a practice matter no answer covers), not booking online.
2. The winter's cold named as what makes the back worse (the weather), not ice or heat on the back, nor a pain that
   began in the winter.
3. TENS offered (another treatment no answer describes).
4. The car's own seat set for driving is a driving question; a child's car seat stays a decoy."""
from bot.reading.faq import about_something_else
from tests.support.reading_round import reading_round

CHANGED = [
    ("can i have my physio sessions online by video?", True),
    ("do you offer video consultations?", True),
    ("kan ik de behandeling ook online via video krijgen?", True),
    ("doen jullie ook beeldbellen?", True),
    ("est-ce que vous faites du suivi en visio ?", True),
    ("des téléconsultations c'est possible chez vous ?", True),
    ("does the winter cold make a sore back worse?", True),
    ("waarom heb ik meer last in de winter?", True),
    ("mon dos c'est pire en hiver, c'est normal ?", True),
    ("hebben jullie een TENS voor thuis?", True),
    ("vous faites de l'électrostimulation pour le dos ?", True),
]
KEPT = [
    ("can i book online?", False),
    ("kan ik online een afspraak maken?", False),
    ("je peux réserver en ligne ?", False),
    ("is heat or cold better for my back?", False),
    ("ijs of warmte, wat is beter?", False),
    ("chaud ou froid pour le dos ?", False),
    ("i hurt it in the winter, how many sessions will i need?", False),
    ("ik heb het in de winter opgelopen, hoeveel sessies heb ik nodig?", False),
    ("do you do physio for back pain?", False),
]
test_changed, test_kept = reading_round(about_something_else, CHANGED, KEPT)
