"""Session 36, round A (issue 12): numbness between the legs and around the bottom, and both legs "asleep", told as what
the person (oneself, or he or she in a message typed for them) no longer feels.

Changed:
1. A message typed for him or her was read so only when it opened on "he"/"she" (or an opener before it). Now also when
   the first clause puts the place first and the subject after it (bot/reading/redflags.py _fronted_then_him): "tussen
   zijn benen voelt hij niks meer" (the Dutch verb before its subject), "entre ses jambes il ne sent plus rien"; and when
   the message opens on his or her part and names "he"/"she" as a subject later (_his_part_then_him): "zijn twee benen
   slapen ..., hij voelt er niks meer van", "ses deux jambes dorment, il ne sent plus rien", "both his legs have gone
   dead, he says ...". No writer and no relative named, as before (_typed_for_him).
2. nl CROTCH_PHRASES: "tussen zijn/zn/haar benen" is the saddle area too (it was read as both legs); nl
   PROXY_PRONOUNS_BEFORE: "zijn achterste/achterwerk/aars/anus/schaamstreek" is his (the patient's in such a message).
3. en NUMB_COMMON: "feels nothing" (not "feels nothing like"); en both legs going dead with "both" after the legs ("my
   legs have both gone dead"); nl both legs "staan te slapen" (Flemish).

Kept: one leg asleep, the area felt fine, legs no longer asleep, "his feet are numb" alone (whose, untold), a relative's
legs named with no back pain, someone else's hands, pain (not numbness) between the legs, the self readings as they were.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

S = {"saddle_numbness": True}
L = {"both_legs": True, "leg_numbness": True}
CHANGED = [
    # nl (incl. Flemish)
    ("tussen zijn benen voelt hij niks meer", S),
    ("tussen zijn benen en rond zijn poep voelt hij niks meer", S),
    ("rond zijn achterste voelt hij niets meer sinds gisteren", S),
    ("hij voelt niks meer rond zijn achterste", S),
    ("van onder tussen haar benen voelt zij niks meer", S),
    ("tussen haar benen en rond haar billen voelt zij niets meer, al twee dagen", S),
    ("hij voelt niets meer tussen zijn benen", S),
    ("zij voelt niks meer tussen haar benen en haar rug doet pijn", S),
    ("tusse zn benen voelt hij niks meer", S),
    ("zijn twee benen slapen van de knie tot de tenen, hij voelt er niks meer van", L),
    ("zijn beide benen slapen, hij voelt ze bijna niet meer", L),
    ("haar twee benen zijn doof van de knie tot de tenen, zij kan niet goed stappen", L),
    ("mijn twee benen staan te slapen", L),
    ("mijn twee benen staan te slapen van de knie tot in de tenen", L),
    ("zijn twee voeten staan te slapen, hij voelt ze niet meer", L),
    # fr
    ("entre ses jambes il ne sent plus rien", S),
    ("entre les jambes il ne sent plus rien depuis hier", S),
    ("depuis ce matin entre les jambes il sent plus rien du tout", S),
    ("ses deux jambes dorment, il ne sent plus rien du genou aux orteils", L),
    ("ses deux jambes dorment du genou aux orteils, il n'arrive plus à marcher", L),
    ("ses jambes sont engourdies des deux côtés, il a mal au dos", L),
    ("sa jambe gauche et sa jambe droite dorment, il ne les sent plus", L),
    ("toutes ses jambes dorment, il ne sent plus ses pieds", L),
    # en
    ("she feels nothing between her legs and around her bottom", S),
    ("she feels nothing between her legs anymore", S),
    ("he feels nothing round his bum", S),
    ("round her bottom she feels nothing now", S),
    ("his two legs are asleep from the knee down, he can't feel them", L),
    ("both his legs have gone dead, he says it's knee to toes", L),
    ("her legs are asleep left and right, she can't feel her feet", L),
    ("my legs have both gone dead", L),
    ("my feet have both gone dead since this morning", L),
    ("his legs have both gone dead and he can't walk well", L),
    ("her two legs went to sleep and stayed asleep, she says", L),
]
KEPT = [
    # nl
    ("mijn linkerbeen slaapt", {}),
    ("zijn linkerbeen slaapt, hij heeft pijn in de rug", {}),
    ("ik voel alles goed tussen mijn benen", {}),
    ("tussen zijn benen voelt hij alles nog goed", {}),
    ("hij voelt alles goed tussen zijn benen", {}),
    ("tussen haar benen voelt zij geen verschil", {}),
    ("zijn benen slapen niet meer", {}),
    ("zijn benen slapen niet meer, hij kan weer stappen", {}),
    ("mijn beide benen slapen", L),
    ("mijn twee benen slapen van de knie tot in de tenen, links en rechts", L),
    ("mijn vrouw haar handen slapen, ik heb rugpijn", {}),
    ("mijn vader had vroeger rugpijn, zijn benen zijn doof", {}),
    ("zijn benen zijn doof", L),  # session 37A: his legs, typed for him (safe side)
    ("tussen zijn benen doet het pijn", {}),
    ("de kinderen staan te slapen", {}),
    ("ik voel niks meer tussen mijn benen", S),
    # fr
    ("entre ses jambes il sent tout normalement", {}),
    ("il sent tout entre les jambes", {}),
    ("ma jambe gauche dort", {}),
    ("sa jambe gauche dort, il a mal au dos", {}),
    ("entre les jambes il a mal", {}),
    ("ses pieds sont engourdis", {"both_legs": True, "leg_numbness": True}),  # session 37A
    ("les mains de ma femme sont engourdies, moi j'ai mal au dos", {}),
    ("il ne sent plus rien entre les jambes", S),
    ("mes deux jambes dorment du genou jusqu'aux orteils", L),
    ("il dit que ses deux jambes dorment du genou aux orteils", L),
    # en
    ("I can feel everything down there", {}),
    ("she can feel everything between her legs", {}),
    ("between his legs he feels everything fine", {}),
    ("his feet are numb", {"both_legs": True, "leg_numbness": True}),  # session 37A: typed for him (safe side)
    ("her left foot drags", {"leg_weakness": "worsening"}),  # session 37A: as "my left foot drags"
    ("his left leg is asleep, he says his back hurts", {}),
    ("my left leg is asleep", {}),
    ("my wife's hands are numb, my back hurts", {}),
    ("his legs aren't asleep any more", {}),
    ("my legs are not asleep anymore", {}),
    ("my back feels nothing like before", {}),
    ("he can't feel a thing between his legs or round his bum any more", S),
    ("both my legs have gone dead, knee to toes", L),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
