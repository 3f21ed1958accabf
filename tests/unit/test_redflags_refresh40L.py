"""Session 40, round L (issue 12): a carer's message opening on the relative and their age lost every flag.

A carer who opens on the relative with an age ("My mother-in-law is 83.", "my grandad, 88,", "mijn moeder (84)", "ma
grand-mère a 86 ans") and then tells the signs of "he", "she", "his", "her" (zij, zijn, haar; il, elle, ses, sa) with no
"I'm writing for": no pack's PROXY named that opening (PROXY_SELF and PROXY_SUBJECT want a back told, or a diagnosis), so the
pronouns stayed someone else's and numbness of the seat, wetting, both legs weakening were nobody's (English lost all,
Dutch and French kept only the leg weakness). And a message opening on "he" typed for him lost all when the carer said
"we" ("we had to change him"): "we" named the writer. Changed: bot/reading/redflags.py _as_patient reads the packs' new
PROXY_INTRO (en, nl, fr) at the opening, after a greeting: the relative, the age, "he" or "she" (his, her ...) within the
next words, and the writer telling no complaint of their own after it (a first-person word with a back, legs, pain, fever
... within three words); the relative's words are dropped and their pronouns read as the patient's, as after "writing for
my dad". _typed_for_him counts the packs' new WRITER_HOUSEHOLD ("we", "us"; "we", "wij"; "nous": not "our", "onze", "notre": "our dog ... he") as no writer.

Kept: the writer's own back with a relative's sign (family history, a relative's legs told as theirs, a child's fever
told by a parent who then tells their own back); a relative without an age at the opening; the writer's "I", "my"
telling their own signs after the opening.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

BW = {"both_legs": True, "leg_weakness": "worsening"}
SB = {"saddle_numbness": True, "bladder_bowel": True}
S = {"saddle_numbness": True}
B = {"bladder_bowel": True}
CHANGED = [
    # en
    ("My mother-in-law is 83. Both her legs get weaker every day.", BW),
    ("my grandad, 88, cant feel his backside when he sits on the loo and he has wet himself twice", SB),
    ("My husband is 66. He has wet the bed twice this week and can't feel his bottom when he wipes.", SB),
    ("Hi, my mum is 84. She has lost the feeling in her bum and she soiled herself last night", SB),
    ("my dad is 90 and both his legs are getting weaker day by day", BW),
    ("My nan, 91, has no feeling in her backside and she is leaking urine", SB),
    ("She can't feel her bottom on the commode and she's wet herself, we had to change the bed", SB),
    ("He has lost the feeling between his legs and he wet himself, we called the GP", SB),
    ("my wife is 58. her bum feels numb and she wet herself in her sleep", SB),
    # nl (incl. Flemish)
    ("Mijn moeder is 84. Haar twee benen worden elke dag zwakker.", {**BW}),
    ("Mijn schoonmoeder, 83, voelt haar billen niet meer en ze heeft in haar broek geplast.", SB),
    ("mijn vader (88) voelt zijn poep niet meer op de wc en hij heeft in zijn broek geplast", SB),
    ("Goeiedag, mijn man is 66. Hij voelt zijn billen niet meer en hij heeft in bed geplast.", SB),
    ("mn opa is 90. zijn beide benen worden met de dag zwakker", BW),
    ("Mijn vrouw is 58 en haar twee benen worden elke dag zwakker.", BW),
    ("Hij voelt zijn billen niet meer en hij heeft in zijn broek geplast, we moesten hem verschonen", SB),
    ("mijn grootmoeder is 91 jaar. ze voelt haar billen niet meer en ze heeft in bed geplast", SB),
    # fr
    ("Ma grand-mère a 86 ans. Ses deux jambes faiblissent chaque jour.", BW),
    ("Mon père a 88 ans. Il ne sent plus ses fesses sur les toilettes et il a fait pipi dans son pantalon.", SB),
    ("ma mère, 84 ans, ne sent plus ses fesses et elle a fait pipi dans son lit", SB),
    ("Bonjour, mon mari a 66 ans. Il ne sent plus ses fesses et il a mouillé son pantalon.", SB),
    ("mon papy a 90 ans et ses deux jambes faiblissent de jour en jour", BW),
    ("Ma femme a 58 ans. Ses deux jambes s'affaiblissent de jour en jour.", BW),
    ("Il ne sent plus ses fesses et il a mouillé son pantalon, nous avons dû le changer", SB),
    ("mon beau-frère a 70 ans, ses deux jambes faiblissent de jour en jour", BW),
]
KEPT = [
    # the writer's own back, a relative's cancer: family history, not the patient's
    ("My back hurts. My dad had cancer", {}),
    ("j'ai mal au dos. mon père a eu un cancer", {}),
    ("ik heb rugpijn. mijn vader had kanker", {}),
    # the writer is the patient: their own back since lifting the relative
    ("My mum is 80 and her legs are weak, my back hurts since lifting her", {}),
    ("ma mère a 80 ans et ses jambes sont faibles, j'ai mal au dos à force de la porter", {}),
    ("mijn moeder is 80 en haar benen zijn zwak, mijn rug doet pijn van het tillen", {}),
    # the writer's own pain told first, another person's sign after
    ("I have back pain for 3 weeks. My husband can't feel his feet, he is diabetic", {}),
    ("j'ai mal au dos depuis trois semaines. mon mari ne sent plus ses pieds, il est diabétique", {}),
    ("ik heb al drie weken rugpijn. mijn man voelt zijn voeten niet, hij is diabeet", {}),
    # a child's fever, the parent's own back after
    ("My son is 6 and he has a fever of 39. My back has hurt for two weeks.", {}),
    ("mon fils a 6 ans et il a 39 de fièvre. j'ai mal au dos depuis deux semaines", {}),
    ("mijn zoon is 6 en hij heeft 39 koorts. ik heb al twee weken rugpijn", {}),
    # the usual carer's opening, already read
    ("I'm writing for my dad. Both his legs are getting weaker by the day", BW),
    ("He can't feel his bum anymore and he wet himself", SB),
    # the relative's own age named, legs only tired
    ("My dad is 79. His legs are tired after the walk", {}),
    ("mijn vader is 79. zijn benen zijn moe na de wandeling", {}),
    ("mon père a 79 ans. ses jambes sont fatiguées après la promenade", {}),
    # the writer telling their own sign after the relative's age: the writer is the patient
    ("My dad is 79 and he had prostate cancer. I have back pain and my legs are fine", {}),
    ("ma mère a 79 ans et ses jambes sont faibles. j'ai mal au dos depuis une semaine", {}),
    ("mijn vader is 79 en hij heeft prostaatkanker gehad. ik heb rugpijn", {}),
    # a relative named without an age, the writer's own back
    ("my husband cant feel his feet and my back hurts", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
