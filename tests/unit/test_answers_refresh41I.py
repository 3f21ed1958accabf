"""Session 41, round I (issue 12): told in the first message and asked again: one leg told by its side, a sudden start denied.

1. A leg pain told as one side only ("left leg only", "only on the left", "enkel rechts", "qu'à gauche") left both_legs
   unread, and the check asked "Is it in both legs?". Changed: bot/reading/answers.py read_story gives both_legs False when
   a leg pain is read and _one_side_told finds one side told with "only" (the packs' new SIDE_ONLY, SIDE_ONLY_GAP,
   SIDE_ONLY_NOUN, SIDE_ONLY_AFTER beside LEFT/RIGHT), and no other side, "both", "either", "the other" or a plural leg
   anywhere (SIDE_BOTH); a side word that is no side is masked first (SIDE_NOT: "right down my leg", "tout droit"). The
   round had also read a side named alone ("down the back of my left thigh", "tot in mijn rechterkuit"); taken back at the
   landing (the safe side: the other leg may be told at the question; tests/unit/test_story.py keeps such stories without
   both_legs): those cases are kept, asked.
2. A start told as not sudden or a cause denied ("it wasn't sudden", "no accident", "haven't lifted anything heavy", "niet
   plots gekomen", "geen ongeval", "niks opgetild", "pas arrivé brutalement", "aucun accident", "rien soulevé") left the
   onset unread. Changed: bot/reading/answers.py _story_onset masks the packs' new STORY_START_DENIED (with
   STORY_NOT_SUDDEN) before the sudden words and the "suddenly" are read, and gives gradual when such a denial is told and
   no cause is named (no sudden movement, no blow or fall).

Kept: the other side told too ("left leg and a bit in the right", "first left now right too": both or asked), "both legs,
mostly the left" (both), a side of the back with no leg ("low back pain on the right", "rugpijn rechts", "mal au dos du
côté droit": no both_legs), a leg pain with no side, the past leg ("years ago ... in my left leg, now ..."), "it came on
suddenly", "d'un coup" (sudden), a denial with a cause named ("no accident but I lifted a box", "geen ongeval maar ik heb
een kast opgetild": sudden; "pas d'accident mais en soulevant un carton": asked, as before), a fall told (trauma), "I
can't lift anything because of the pain" (no onset read).
"""
from datetime import date

from bot.clinical.check_flow import told_at_start
from bot.reading.answers import read_story
from tests.support.reading_round import reading_round

TODAY = date(2026, 12, 1)


def legs(text: str):
    return read_story(text, TODAY).get("both_legs")


def onset(text: str):
    return read_story(text, TODAY).get("onset")


LEGS_CHANGED = [
    # en
    ("back pain going into the thigh, only on the left", False),
    ("the pain travels down my leg to the knee, left side only", False),
    # nl, Flemish
    ("pijn in de rug en in het been tot in de voet, alleen links", False),
    ("rugpijn die naar mijn been trekt tot in de kuit, enkel rechts", False),
    # fr
    ("mal dans la jambe, qu'à gauche, jusqu'à la cheville", False),
    # one side only, more ways (lead, session 41 landing)
    ("it's only the left leg, down to the calf", False),
    ("only my right leg, from the bum to the knee", False),
    ("just on the left, pain into the thigh", False),
    ("alleen mijn linkerbeen, tot in de kuit", False),
    ("pijn tot in de knie, alleen rechts", False),
    ("ça descend dans la jambe, uniquement à gauche", False),
    ("seulement la jambe droite, jusqu'au genou", False),
    ("douleur dans la cuisse, seulement du côté gauche", False),
    ("ça va jusqu'au mollet, que du côté droit", False),
]
LEGS_KEPT = [
    # en
    ("pain in my left leg and a bit in the right", None),
    ("first left now right too, pain down to the knees", None),
    ("pain in left leg and right leg", None),
    ("low back pain on the right side for two weeks", None),
    ("lower back pain on the left, no leg pain", None),
    ("both legs ache, mostly the left thigh", True),
    ("my left leg hurts below the knee, sometimes the other one too", None),
    ("years ago i had sciatica in my left leg, now just back pain", None),
    ("sharp pain running down my right leg into the calf, just the right leg.", False),
    ("pain down my leg to the knee", None),
    # nl
    ("pijn in mijn linkerbeen en een beetje in mijn rechterbeen", None),
    ("rugpijn rechts onderaan", None),
    ("pijn in beide benen, vooral links", True),
    ("pijn in mijn been tot in de kuit", None),
    # fr
    ("douleur dans la jambe jusqu'au genou, seulement à droite", False),
    ("mal à la jambe gauche et un peu à la droite", None),
    ("mal au dos du côté droit", None),
    ("mal dans les deux jambes, surtout la cuisse gauche", True),
    ("la douleur descend tout droit dans la jambe jusqu'au mollet", None),
    ("mon mari a mal dans la jambe gauche, moi j'ai mal au dos", None),
    # a side named without "only": asked "in both legs?" (the safe side, decided at the session 41 landing)
    ("sharp pain shooting from my lower back into my right thigh and down to the calf", None),
    ("my low back hurts and it runs down the back of my left leg to the ankle", None),
    ("it aches into my left buttock and the outside of my left thigh, stops at the knee", None),
    ("pain goes right down my left leg to my foot", None),
    ("burning in my right calf and the back of my right knee, back pain for a week", None),
    ("a dull ache from my back into the right hamstring", None),
    ("Pijn in mijn onderrug die uitstraalt naar mijn linkerbil en de achterkant van mijn linkerdij", None),
    ("het trekt door tot in mijn rechterkuit", None),
    ("pijn in mijn linkse been tot aan de knie", None),
    ("zeurende pijn in de rechter bil en dij", None),
    ("'k heb pijn in mijn rechtse dij tot aan de knie", None),
    ("douleur dans le bas du dos qui descend dans la cuisse gauche", None),
    ("ça descend dans le mollet droit jusqu'au pied", None),
    ("j'ai mal à la fesse gauche et à l'arrière de la cuisse gauche", None),
    ("sciatique dans la jambe du côté gauche jusqu'au mollet", None),
    ("ça fait mal jusque dans le pied gauche depuis ce matin", None),
]

ONSET_CHANGED = [
    # en
    ("it wasn't sudden, my lower back has been sore for 3 weeks", "gradual"),
    ("it didn't come on all at once, back pain for a month", "gradual"),
    ("no accident or injury, just back pain for two weeks", "gradual"),
    ("i haven't lifted anything heavy, my back has been hurting for 10 days", "gradual"),
    ("it did not happen suddenly, no injury", "gradual"),
    ("there was no accident, my back hurts", "gradual"),
    ("nothing sudden, it was not overnight, back ache since may", "gradual"),
    ("no accident or fall, back pain", "gradual"),
    # nl, Flemish
    ("het kwam niet plots, rugpijn sinds 3 weken", "gradual"),
    ("het is niet ineens begonnen, al een maand last van mijn rug", "gradual"),
    ("geen ongeval gehad, rugpijn sinds twee weken", "gradual"),
    ("niks zwaars opgetild, toch pijn in mijn onderrug", "gradual"),
    ("niet van de ene dag op de andere, het zit in mijn onderrug", "gradual"),
    ("rugpijn, geen ongeluk, niets opgeheven", "gradual"),
    ("'t is nie ineens gekomen, al drie weken rugpijn", "gradual"),
    ("geen accident gehad, gewoon pijn in de rug", "gradual"),
    # fr
    ("ça n'est pas arrivé brutalement, j'ai mal au dos depuis un mois", "gradual"),
    ("aucun accident, mal au dos depuis deux semaines", "gradual"),
    ("ce n'est pas venu d'un seul coup, douleur lombaire", "gradual"),
    ("je n'ai rien soulevé, mal au dos depuis 10 jours", "gradual"),
    ("pas arrivé du jour au lendemain, mal en bas du dos", "gradual"),
    ("mal au dos sans accident depuis trois semaines", "gradual"),
    ("c'est pas arrivé brusquement, j'ai rien porté de lourd", "gradual"),
    ("aucun traumatisme, ça fait mal au dos depuis 2 mois", "gradual"),
]
ONSET_KEPT = [
    # en
    ("it came on suddenly", "sudden_movement"),
    ("my back went suddenly when i lifted a box", "sudden_movement"),
    ("no accident but i lifted a heavy box and felt it go", "sudden_movement"),
    ("no injury, i bent down to tie my shoe and it went", "sudden_movement"),
    ("i fell off a ladder, no other accident", "trauma"),
    ("i had a car accident last year, not sudden though", "trauma"),
    ("i can't lift anything because of the pain", None),
    ("i haven't lifted anything since it started", None),
    ("it crept up on me over a few weeks, lower back", "gradual"),
    # nl
    ("het kwam ineens", "sudden_movement"),
    ("geen ongeval maar ik heb een zware kast opgetild", "sudden_movement"),
    ("het is niet plots gekomen maar ik ben gevallen", "trauma"),
    # fr
    ("d'un coup j'ai eu mal au dos", "sudden_movement"),
    ("pas d'accident mais en soulevant un carton", None),
    ("pas d'accident mais j'ai soulevé un meuble et ça a craqué", None),
    ("c'est venu petit à petit, rien porté", "gradual"),
]

test_legs_changed, test_legs_kept = reading_round(legs, LEGS_CHANGED, LEGS_KEPT)
test_onset_changed, test_onset_kept = reading_round(onset, ONSET_CHANGED, ONSET_KEPT)


def test_told_first_is_kept_for_the_check():
    """What a first message told of the side and the start is in the story the check starts from (not asked again)."""
    story = told_at_start("my back aches and it goes into my right calf, right leg only, it was not sudden, no accident", TODAY)["story"]
    assert story["both_legs"] is False
    assert story["onset"] == "gradual"
    story = told_at_start("pijn in de rug die uitstraalt tot in mijn linkerdij, alleen links, niet plots gekomen, niks opgeheven", TODAY)["story"]
    assert story["both_legs"] is False and story["onset"] == "gradual"
    story = told_at_start("mal au dos qui descend dans la fesse droite, seulement à droite, pas venu d'un coup, aucun accident", TODAY)["story"]
    assert story["both_legs"] is False and story["onset"] == "gradual"
