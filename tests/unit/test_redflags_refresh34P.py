"""Session 34, round P (issue 12): saddle numbness told as a seat that feels dull, fuzzy or "not mine".

Blind messages told the buttocks as gone dull or fuzzy, "like it's not quite mine", or named the area and then, after a comma,
an image of it not being one's own or a test ("I press on it and barely feel anything") with the area only as "it" /
"erop" / "dessus": no saddle numbness was read. Now:

* en NUMB_SADDLE: "fuzzy", "dull" after a feeling or going verb (not a dull ache or pain, not a fuzzy head or "i feel fuzzy"),
  "not quite / totally / fully mine";
* nl NUMB_SADDLE: "alsof ze niet echt / helemaal van mij zijn"; fr NUMB_SADDLE: "comme pas (vraiment) a moi" without "si"
  (not "pas a moi de decider");
* en, nl, fr SADDLE_PATTERNS: the area named, then across commas an image of it not being one's own, or pressed / pinched /
  touched ("on it", "erop", "dessus", "je les touche") and then numbness, no leg word in between; nl the verb first, then
  the area, then "dof" ("voelen mijn billen zo dof aan"; not "dof pijnlijk").

Buttock pain, a dull ache, a fuzzy head, legs that feel not one's own and a relative's seat stay as they were.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

SADDLE = {"saddle_numbness": True}
CHANGED = [
    # en: dull / fuzzy / not quite one's own
    ("since friday my backside has gone sort of fuzzy", SADDLE),
    ("my bum cheeks feel fuzzy when i sit on the sofa", SADDLE),
    ("when i get up from the desk my bottom feels weirdly dull", SADDLE),
    ("both my buttocks feel kind of dull today", SADDLE),
    ("my bum feels like it isnt quite mine since the weekend", SADDLE),
    ("my backside feels as if its not totally my own", SADDLE),
    ("my bottom is strange this week, like its not mine", SADDLE),
    ("my bum is weird, not sore at all, as if it isnt my own", SADDLE),
    ("the area down there feels fuzzy since yesterday", SADDLE),
    # en: pressed on and not felt, the area named before
    ("my bum is odd today, i poke it and feel almost nothing", SADDLE),
    ("my backside is weird, not painful, when i press on it i can barely feel it", SADDLE),
    ("my bottom feels off, i pinched it and could hardly feel a thing", SADDLE),
    # nl: dof with the verb first, not one's own after a comma, pressed on and not felt
    ("sinds gisteren voelen mijn billen echt dof aan", SADDLE),
    ("als ik lang zit voelt mijn kont een beetje dof", SADDLE),
    ("voelt mn poep zo dof sinds het tillen", SADDLE),
    ("mijn poep is gek, precies of hij niet helemaal van mij is", SADDLE),
    ("mijn billen zijn raar vandaag, alsof ze niet van mij zijn", SADDLE),
    ("mijn kont is vreemd, geen pijn, net alsof hij niet van mezelf is", SADDLE),
    ("mijn billen zijn raar, als ik erop druk voel ik haast niets", SADDLE),
    ("mijn kont is raar, ik prik erin en voel bijna niets", SADDLE),
    ("voelde mijn zitvlak gisteren heel dof", SADDLE),
    ("mijn kont is vreemd, als ik ze aanraak voel ik amper iets", SADDLE),
    # fr: not one's own after a comma, pressed on and not felt
    ("mes fesses sont etranges, comme si elles etaient plus a moi", SADDLE),
    ("mon derriere est bizarre depuis hier, comme pas vraiment a moi", SADDLE),
    ("ma fesse gauche est drole, pas de douleur, comme si c'etait pas a moi", SADDLE),
    ("mes fesses sont bizarres, quand je les touche je sens quasi rien", SADDLE),
    ("mon derriere est etrange, je le pince et je sens presque rien", SADDLE),
    ("mes fesses sont pas normales, quand j'appuie dessus je sens a peine", SADDLE),
    ("mes fesses sont bizarres, je tapote dessus et je sens rien du tout", SADDLE),
]
KEPT = [
    # already read (near the area, the numbness in the same clause)
    ("my bum feels like it belongs to someone else", SADDLE),
    ("i press on my bum and barely feel anything", SADDLE),
    ("i pushed on my inner thighs and could hardly feel it", SADDLE),
    ("my inner thighs feel numb when i pull my jeans on", SADDLE),
    ("pulling my trousers up my inner thighs feel weird", SADDLE),
    ("mijn billen voelen dof", SADDLE),
    ("mijn poep voelt gek, precies of hij niet echt van mij is", SADDLE),
    ("mijn poep voelt anders, ik knijp erin en voel bijna niks", SADDLE),
    ("mijn billen voelen alsof ze van iemand anders zijn", SADDLE),
    ("ik duw op mijn billen en voel bijna niks", SADDLE),
    ("als ik mijn broek aantrek voelen de binnenkant van mijn dijen doof", SADDLE),
    ("mes fesses c'est comme si elles etaient pas a moi", SADDLE),
    ("quand j'appuie sur mes fesses je sens presque rien", SADDLE),
    ("l'interieur des cuisses est engourdi quand j'enfile mon pantalon", SADDLE),
    ("what does it mean if your bum goes numb?", SADDLE),
    # buttock pain, a dull ache, a fuzzy head: no saddle
    ("i have a dull ache in my bum", {}),
    ("dull pain in my buttock when i sit", {}),
    ("my bum feels a dull ache after work", {}),
    ("my bum is dull and achy", {}),
    ("my bum aches when i sit", {}),
    ("my head is fuzzy and my bum hurts", {}),
    ("i feel fuzzy and my bum aches", {}),
    ("my head feels dull and my backside is sore", {}),
    ("mijn bil doet pijn", {}),
    ("doffe pijn in mijn bil", {}),
    ("voelt mijn bil dof pijnlijk", {}),
    ("j'ai mal aux fesses quand je suis assise", {}),
    ("mes fesses me font mal, c'est pas a moi de decider quand je m'assois", {}),
    ("my bum, its not mine to decide", {}),
    ("I can feel everything down there", {}),
    # a leg, not the seat
    ("my bum hurts, my legs feel like theyre not mine", {"both_legs": True, "leg_numbness": True}),
    ("mijn billen doen pijn, mijn benen voelen alsof ze niet van mij zijn", {"both_legs": True, "leg_numbness": True}),
    ("mijn benen voelen niet van mij", {"both_legs": True, "leg_numbness": True}),
    ("mes fesses me font mal, mes jambes comme pas a moi", {}),
    ("my bum hurts, i press on it and my legs go numb", {"both_legs": True, "leg_numbness": True}),
    ("my foot feels fuzzy", {}),
    # a relative's
    ("mijn moeder zegt dat haar billen dof aanvoelen, alsof ze niet van haar zijn", {}),
    ("ma mere dit que ses fesses sont comme pas a elle", {}),
]
test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
