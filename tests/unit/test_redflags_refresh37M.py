"""Session 37, round M (issue 12): a sign asked about for a person in general, then claimed by the writer, was missed.

"How would somebody know they've lost control of their bowels? because i reckon i have that": the sign told of a generic
person (someone, a person, people, anyone; iemand, mensen, een mens; quelqu'un, une personne, les gens) in a question about
how it shows or what it means, then owned by the writer ("i think i have that", "i have the same", "thats exactly me", "dat
heb ik ook", "ik heb hetzelfde", "c'est mon cas", "j'ai la meme chose"). The person's pronouns ("their", "hij", "zijn",
"elle", "leur") were read as someone else's (the skips of another's part, a third person's subject, a relative named: the
Dutch "hij"), so the flag was lost. The generic person is no relative: the owning makes the sign the writer's.

Changed: bot/reading/redflags.py _generic_owned (in _reading, after _as_patient): in a sentence naming a generic person (the
packs' new GENERIC_PERSON, not followed by "else"/"anders"/"autre") and no relative (pronouns aside), when an owning follows
(HEARSAY_MINE, or the packs' new GENERIC_MINE: "i have the same", "ik heb hetzelfde", "j'ai la meme chose"; none after a
negation or "if", _owned), the person's word and their pronouns (PROXY_PRONOUNS and the packs' new GENERIC_PRONOUNS: they,
their, them; ze, hun, zich; elle, ils, leur) are read as the writer's.

Kept: the same question with a denial ("i dont have that", "dat heb ik niet", "j'ai pas ca") or no owning (read as before:
mostly nothing), "not me", a named relative or neighbour who has it, "someone else", the generic question already read.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

B = {"bladder_bowel": True}
S = {"saddle_numbness": True}
L = {"both_legs": True, "leg_numbness": True}
N = {"night_pain": True}
CHANGED = [
    # en
    ("what does it mean when someone has lost control of their bladder? i have the same", B),
    ("how does a person know if their legs are both going numb? i have the same thing", L),
    ("how does somebody know they've got numbness around their backside? thats exactly me", S),
    ("what does it mean if someone can't feel their bum when they wipe? i have the same", S),
    ("how would somebody know they've lost control of their bowels? because i reckon i have that", B),
    ("how would someone know they can't hold their pee anymore? cos i think i have that", B),
    ("how would anyone know they've lost control of their bladder? i have the same", B),
    ("how would people know their legs have both gone weak? i think i have that", {"both_legs": True, "leg_weakness": "worsening"}),
    ("what does it mean if someone can't hold their wee in? i have the same", B),
    ("how would someone know they're wetting themselves? because i think i've got that", B),
    ("how would a person know they've got no feeling around their back passage? thats exactly what i have", S),
    ("how would somebody know their both legs are numb? i think ive got that", L),
    ("how would someone know they can't feel their saddle area? because i think i have that", S),
    # nl (Flemish too)
    ("hoe weet iemand dat hij zijn plas niet meer kan ophouden? ik denk dat ik dat heb", B),
    ("hoe merkt iemand dat hij zijn stoelgang niet meer onder controle heeft? dat heb ik ook", B),
    ("hoe weet iemand dat hij zijn blaas niet meer kan controleren? ik vrees dat ik dat heb", B),
    ("hoe weten mensen dat ze hun plas niet meer kunnen ophouden? ik denk dat ik dat heb", B),
    ("hoe weet een mens dat hij zijn plas niet meer onder controle heeft? ik heb hetzelfde", B),
    ("wat betekent het als iemand zijn stoelgang niet meer onder controle heeft? dat heb ik ook", B),
    ("hoe weet iemand da hij zijn plas nie meer kan ophouden? ik denk da ik da heb", B),
    ("hoe weet iemand dat ie zijn blaas niet meer onder controle heeft? ik vermoed dat ik dat heb", B),
    ("hoe merkt iemand dat ze haar plas niet meer kan ophouden? dat heb ik ook", B),
    ("hoe weet iemand dat hij geen controle meer heeft over zijn blaas? ik denk dat ik dat heb", B),
    # fr
    ("comment une personne sait qu'elle ne contrôle plus sa vessie ? c'est mon cas", B),
    ("comment les gens savent qu'ils ne contrôlent plus leur vessie ? je crois que j'ai ça", B),
    ("comment une personne sait qu'elle a perdu le contrôle de ses intestins ? c'est mon cas", B),
    ("comment quelqu'un sait qu'il ne sent plus ses fesses ? j'ai la même chose", S),
    ("comment quelqu'un sait qu'il ne sent plus rien entre les jambes ? je crois que j'ai ça", S),
    ("comment quelqu'un sait que ses deux jambes sont engourdies ? j'ai la même chose", L),
    ("comment on sait que quelqu'un ne contrôle plus sa vessie ? je pense que c'est mon cas", B),
    ("comment une personne sait qu'elle a perdu le contrôle de sa vessie ? j'ai la même chose", B),
    ("comment les gens savent qu'ils ne sentent plus leurs fesses ? je crois que j'ai ça", S),
    ("comment les gens savent qu'ils ont perdu le contrôle de leurs selles ? c'est exactement pareil pour moi", B),
]
KEPT = [
    # a denial after the generic question
    ("how would somebody know they've lost control of their bowels? i don't have that", {}),
    ("how would someone know they can't hold their pee anymore? i dont think i have that", {}),
    ("how would anyone know they've lost control of their bladder? not me", B),
    ("hoe weet iemand dat hij zijn plas niet meer kan ophouden? dat heb ik niet", {}),
    ("hoe weet iemand dat hij zijn blaas niet meer kan controleren? dat heb ik gelukkig niet", {}),
    ("comment une personne sait qu'elle ne contrôle plus sa vessie ? j'ai pas ça", {}),
    ("comment quelqu'un sait qu'il ne sent plus ses fesses ? je n'ai pas ça", {}),
    # no owning: as before
    ("how would somebody know they've lost control of their bowels?", {}),
    ("hoe weet iemand dat hij zijn plas niet meer kan ophouden?", B),
    ("comment quelqu'un sait qu'il ne contrôle plus sa vessie ?", B),
    # a named person who has it
    ("my neighbour lost control of his bladder, how would he know?", {}),
    ("mijn buurman kan zijn plas niet meer ophouden, hoe weet hij dat?", {}),
    ("ma voisine ne contrôle plus sa vessie, comment elle peut savoir ?", {}),
    # the generic question already read, "you"/"on"
    ("how do you know if you've lost control of your bladder? i think i have that", B),
    ("comment on sait qu'on ne contrôle plus sa vessie ? je pense que j'ai ça", B),
    ("hoe weet je dat je je plas niet meer kan ophouden? ik denk dat ik dat heb", B),
    ("how does someone know if they can't control their bladder anymore? i think i have that", B),
    ("hoe merkt iemand dat zijn zadelgebied gevoelloos is? dat heb ik ook", S),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
