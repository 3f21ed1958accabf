"""Session 31, round AG: six false alarms of the lead's probes, each read as a kind (en, nl, fr).

Wrong before:
a. A relative's cancer with a time adverb right after the verb ("mijn vader heeft sinds de zomer ...", "my dad has since last year
   had ...", "ma mere a maintenant un cancer"): the contrast word "sinds/since" cut the relative off the cancer (segment and
   _local_clause), so the cancer read as the writer's. Now the packs' ADVERBS_AFTER_VERB after VERBS_BEFORE_ADVERB do not end
   the relative's clause (_local_clause(through_adverb) in _third_party; a segment kind "adverb" keeps the relative as subject);
   fr VERBS_BEFORE_ADVERB gains "a ont avait avaient".
b. Heavy legs after a day on the feet ("after standing all day", "na een lange werkdag", "apres une journee debout") read both-leg
   weakness: new pack table HEAVY_TIRED_AFTER (en, nl, fr), read by the heavy-legs rule's skip_after, unless a weak or worse word
   follows.
c. "the pee comes out fine": en BLADDER_PATTERNS' "comes out" no longer reads when fine, normally, ok, without trouble follows
   (leaking and dribbling unchanged).
d. "ik zak door mijn knieen als ik iets optil" (bending the knees to lift): nl WEAK "zak door mijn knieen" gets the lifting guard
   of 30AB (_TILLEN's words).
e. Lying in the street to wait or rest ("ik lag op de stoep te wachten", "i was lying on the pavement waiting for my lift", "je
   suis restee au sol a attendre"): the 30Z street-fall and 28C "restee par terre" TRAUMA_PATTERNS get a waiting/resting guard;
   waiting for the ambulance, paramedics or "les secours" stays a fall (the safe side).
f. Thin skin, hair, nails, bones are no weight: en WEIGHT_PATTERNS' thin/thinner/skinny get the guard.

Kept: a relative's cancer with "since" a clause of the writer's own, the writer's own cancer; heavy legs alone, after walking, or
getting worse; pee leaking, dribbling, coming out on its own; knees giving way unprompted; a fall on the street; thin and thinner
of the body."""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

LEGS = {"both_legs": True, "leg_weakness": "worsening"}
ONE = {"leg_weakness": "worsening"}
CHANGED = [
    # a. a relative's cancer, a time adverb after the verb
    ("mijn moeder heeft sinds maart borstkanker", {}),
    ("mijn broer heeft sinds een paar maanden longkanker", {}),
    ("mijn zus heeft sedert vorig jaar leukemie", {}),
    ("mijn oom heeft sinds kort darmkanker", {}),
    ("my dad has since last year had bowel cancer", {}),
    ("my brother has since the spring had lung cancer", {}),
    ("my mum has since christmas been fighting breast cancer", {}),
    ("my aunt has since june had leukaemia", {}),
    ("ma mère a maintenant un cancer", {}),
    ("mon frère a maintenant une leucémie", {}),
    ("ma tante a maintenant un cancer du sein", {}),
    # b. heavy legs after a day on the feet
    ("my legs are heavy after a long shift on my feet", {}),
    ("both legs heavy at the end of the day", {}),
    ("legs feel like lead after a day at work", {}),
    ("my legs feel heavy by the end of my shift", {}),
    ("heavy legs after a long day at work", {}),
    ("zware benen na een lange werkdag", {}),
    ("mijn benen zijn loodzwaar na een dag staan", {}),
    ("zware benen aan het einde van de dag", {}),
    ("mijn benen voelen loodzwaar na mijn dienst", {}),
    ("mes jambes sont en plomb après une journée debout", {}),
    ("mes jambes sont en plomb le soir après le travail", {}),
    ("mes jambes sont en plomb après ma garde", {}),
    # c. the pee that comes out fine
    ("my wee comes out fine, no burning", {}),
    ("the urine comes out normally and i have no pain", {}),
    ("when i go the pee comes out ok, no stinging", {}),
    ("my wee comes out without any trouble and it doesnt burn", {}),
    ("urine comes out all right and no pain", {}),
    # d. bending the knees to lift
    ("ik zak door mijn knieën om de doos op te pakken", {}),
    ("ik zak altijd door de knieën bij het tillen", {}),
    ("ik zak door mijn knieën om iets op te rapen", {}),
    ("ik zak door mijn knieën bij het sjouwen van kratten", {}),
    # e. lying in the street to wait or rest
    ("ik lag op de stoep te wachten tot de bus kwam", {}),
    ("ik lag op het asfalt uit te rusten na het joggen", {}),
    ("lag ik op de stoep te wachten op mijn vriend", {}),
    ("i was lying on the pavement waiting for my lift", {}),
    ("then i was lying on the pavement resting for a bit", {}),
    ("i was lying on the kerb waiting for the taxi", {}),
    ("je suis restée par terre à attendre que la douleur passe", {}),
    ("il est resté au sol pour se reposer", {}),
    ("je suis restée au sol à attendre mon mari", {}),
    # f. thin skin, hair, nails: no weight
    ("ive become thin skinned since the cortisone", {}),
    ("ive gotten thin nails from the tablets", {}),
    ("i have gotten thin skin and bruise easily", {}),
]
KEPT = [
    ("i have had back pain since my dad got cancer", {}),
    ("ik heb rugpijn sinds mijn vader kanker heeft", {}),
    ("i have since last year had cancer", {"cancer_history": True}),
    ("ik heb sinds de zomer kanker", {"cancer_history": True}),
    ("mijn vader heeft sinds de zomer prostaatkanker en ik ook", {"cancer_history": True}),
    ("my dad has since june had cancer and i have cancer too", {"cancer_history": True}),
    ("j'ai maintenant un cancer", {"cancer_history": True}),
    ("ma mère a depuis mars un cancer du sein", {}),
    ("mon frère a depuis quelques mois un cancer du poumon", {}),
    ("my dad has had prostate cancer since the summer", {}),
    ("both legs heavy and getting weaker", LEGS),
    ("legs like lead and I keep stumbling", LEGS),
    ("my legs feel heavy", LEGS),
    ("my legs feel heavy after walking", LEGS),
    ("my legs are heavy after standing all day and getting worse every week", LEGS),
    ("my legs are heavy after standing all day and they keep giving way", LEGS),
    ("zware benen na het wandelen", LEGS),
    ("mijn benen zijn loodzwaar na een dag staan en het wordt erger", LEGS),
    ("mes jambes sont en plomb", LEGS),
    ("mes jambes sont en plomb après la marche", LEGS),
    ("mijn benen voelen zwaar na een hele dag staan", {}),
    ("j'ai les jambes lourdes après une journée debout", {}),
    ("the pee comes out on its own", {"bladder_bowel": True}),
    ("my pee just comes out without me knowing", {"bladder_bowel": True}),
    ("the pee comes out when i cough", {"bladder_bowel": True}),
    ("wee dribbles out fine", {"bladder_bowel": True}),
    ("peeing is fine and no stinging", {}),
    ("het plassen gaat prima en ik voel geen branderigheid", {}),
    ("de plas komt er goed uit en het brandt niet", {}),
    ("le pipi sort bien et je ne sens aucune brûlure", {}),
    ("l'urine sort normalement et ça ne brûle pas", {}),
    ("ik zak door mijn knieën", ONE),
    ("ik zak door mijn benen", ONE),
    ("mijn knieën zakken door", LEGS),
    ("ik zak door mijn knieën als ik loop", ONE),
    ("ik zak door mijn knieën als ik iets optil en mijn benen worden steeds zwakker", LEGS),
    ("je plie les genoux pour soulever", {}),
    ("je me baisse en pliant les genoux pour porter les courses", {}),
    ("I bend my knees when I lift", {}),
    ("my knees give way when i lift", LEGS),
    ("ik lag op straat na een val", {"onset": "trauma"}),
    ("ik lag ineens op de stoep", {"onset": "trauma"}),
    ("ik lag op de bank te wachten op de dokter", {}),
    ("i was lying on the road after the car hit me", {"onset": "trauma"}),
    ("next thing i was lying on the road", {"onset": "trauma"}),
    ("i was lying in the street waiting for the ambulance after a car knocked me down", {"onset": "trauma"}),
    ("elle est restée par terre toute la nuit", {"onset": "trauma"}),
    ("je suis resté par terre à attendre les secours", {"onset": "trauma"}),
    ("i have gotten thin", {"weight_loss": True}),
    ("im getting thinner", {"weight_loss": True}),
    ("ive become very thin", {"weight_loss": True}),
    ("ik heb een dunne huid van de prednison", {}),
    ("j'ai la peau fine à cause de la cortisone", {}),
    ("i have thin bones", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
