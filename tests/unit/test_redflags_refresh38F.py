"""Session 38, round F (issue 12): a weakness sign's name asked about out of curiosity, the writer's own walking then told fine.

A question about what a weakness sign is ("what is foot drop exactly?", "wat is een klapvoet eigenlijk?", "c'est quoi un pied
tombant ?"), or the name put by a carer's question, followed or preceded by the writer's walking told fine (on heels and toes,
never tripping, soles wearing evenly, "ik stap normaal") was read as a worsening leg weakness: the sign's name read as the sign.

Changed: bot/reading/redflags.py _weak_terms_asked reads the packs' new WEAKNESS_TERMS (en "foot drop", "drop foot"; nl
"klapvoet", "dropvoet", "hangvoet"; fr "pied tombant", "steppage") asked the way a sign's term is asked (the existing
_term_asked: TERM_ASKED_BEFORE/AFTER, "zon" a new nl TERM_FILLER) and takes it out of the person's own reading, like the
general questions of session 37C: the weakness is then dropped only with the own walking told fine (_own_told_fine). The
packs' WEAKNESS_DENIED (leg weakness only) read the heel and toe walk told fine, never tripping, soles wearing evenly, walking
told normal.

Kept (the safe side): the name asked bare ("what is foot drop?") or asked whether serious, with no denial; the name asked and
the sign told as the writer's own ("what is foot drop? my foot drags more each week"), owned ("... i think i have that");
the heel or toe walk told failing ("ik kan niet meer op mijn hielen staan"); a walk told fine "but ..." a sign.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

W = {"leg_weakness": "worsening"}
CHANGED = [
    # en
    ("what is foot drop exactly? i'm only asking because i can walk on my heels and on my toes without any problem", {}),
    ("what's a drop foot? i saw it on a leaflet. i walk on my heels and toes just fine", {}),
    ("out of curiosity, what is foot drop? my walking is fine, i never trip over anything", {}),
    ("what exactly is foot drop? heels and toes walking is no problem for me. just a stiff lower back", {}),
    ("whats foot drop anyway? my shoes wear evenly and i dont trip", {}),
    ("what does foot drop even mean? i can walk on my tiptoes and heels easily", {}),
    ("quick one: what is foot drop? i walk on my heels and toes okay", {}),
    ("whats foot drop? never heard of it. i can stand on my toes and heels no problem", {}),
    # nl, Flemish too
    ("wat is een klapvoet eigenlijk? ik vraag het maar, ik kan op mijn hielen en tenen lopen zonder probleem", {}),
    ("wat is dat precies, zo'n dropvoet? op mijn hielen en mijn tenen stappen gaat prima", {}),
    ("de kine vroeg of ik een klapvoet had. wat is dat eigenlijk? ik struikel nooit en mijn zolen slijten gewoon", {}),
    ("wat is een hangvoet? bij mij gaat het stappen normaal, ik struikel nooit", {}),
    ("wa is da eigenlijk, een klapvoet? ik kan gewoon op mijn hielen staan, ik stap normaal", {}),
    ("algemene vraag: wat is een klapvoet? op de hielen en de tenen lopen lukt perfect", {}),
    ("wat is dat juist, een dropvoet? het wandelen gaat goed, ik struikel niet", {}),
    ("wat is een klapvoet juist? ik kan op mijn tenen en mijn hielen staan, zonder moeite", {}),
    # fr
    ("c'est quoi exactement un pied tombant ? je marche sur les talons et sur la pointe des pieds sans souci", {}),
    ("qu'est-ce que c'est un pied tombant ? mon médecin en a parlé. je ne trébuche jamais et mes semelles s'usent normalement", {}),
    ("question comme ça : c'est quoi un pied tombant ? je tiens sur mes talons sans problème", {}),
    ("c'est quoi le steppage ? je peux marcher sur les talons et sur les orteils sans difficulté", {}),
    ("c'est quoi un pied tombant au juste ? je marche sur les pointes et les talons facilement", {}),
    ("par curiosité, c'est quoi un pied tombant ? moi je monte sur la pointe des pieds sans problème", {}),
    ("c'est quoi, un pied tombant ? je marche sur les talons sans aucun souci", {}),
    ("c'est quoi un pied en steppage ? je tiens sur les talons et sur la pointe sans problème", {}),
]
KEPT = [
    # already read as asked before this round (a carer's question, a meaning asked)
    ("my osteo asked if i had foot drop, what is that exactly? i can stand on my heels and toes fine", {}),
    ("wat betekent klapvoet? ik kan op mijn tenen en hielen wandelen, geen probleem", {}),
    ("ça veut dire quoi pied tombant ? je marche normalement, je bute jamais", {}),
    ("que veut dire pied tombant ? ma marche est normale, je trébuche pas", {}),
    # the name asked, the sign told as one's own
    ("what is foot drop? my left foot has been slapping the floor more each week", W),
    ("what is foot drop? i think i have that, i can't walk on my heels anymore", W),
    ("wat is een klapvoet? mijn voet sleept elke dag meer", W),
    ("c'est quoi un pied tombant ? mon pied traîne de plus en plus", W),
    ("what is foot drop? i think i have that, my foot slaps down", W),
    ("wat is een klapvoet? ik denk dat ik dat heb, mijn voet klapt neer", W),
    ("c'est quoi un pied tombant ? je pense que je l'ai, je trébuche tout le temps", W),
    ("what is foot drop? i walk on my heels fine. my left leg is getting weaker every day", W),
    # asked with no denial: as before
    ("what is foot drop?", W),
    ("is foot drop serious?", W),
    ("wat is een klapvoet eigenlijk?", W),
    ("c'est quoi un pied tombant ?", W),
    # the heel or toe walk told failing
    ("ik kan niet meer op mijn hielen staan", W),
    ("i can't walk on my heels anymore", W),
    ("what is foot drop? i cant walk on my heels at all and it's getting worse", W),
    ("je n'arrive plus à marcher sur les talons", W),
    ("i can't walk on my toes anymore and it's getting worse", W),
    # fine told, but a sign after it
    ("what is foot drop? i walk on my heels fine but my right foot keeps catching, worse each day", W),
    ("i can walk on my heels and toes fine and never trip but my right leg is getting weaker by the day", W),
    # walking fine with no question of a sign: nothing
    ("i can walk on my heels and toes fine, just a sore back", {}),
    ("ik stap normaal, alleen mijn rug is stijf", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
