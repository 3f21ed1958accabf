"""Session 39, round D (issue 12): a relative's cancer, and the writer's own cancer denied, read as the writer's cancer
history (false alarms), in dialect, Nigerian Pidgin and with the plural possessives.

1. A relative's cancer passed on at someone's asking: the "me" or "i" told to say it was read as the patient of the cancer
   told after ("my wife told me to say that her dad had bowel cancer", "mijn vrouw zegt dat ik moet vermelden dat haar vader
   kanker had", "on m'a dit de signaler que notre pere a eu un cancer"). Changed: bot/reading/redflags.py _third_party drops
   the frame and its teller from the clause it reads (_TOLD_TO_SAY, the packs' new TOLD_TO_SAY in en, nl, fr), not before a
   bare "she"/"he", "ze"/"hij", "elle"/"il" (the relative may be the one typed for: the flag stays).
2. The own cancer denied in Nigerian Pidgin, "never get" = never had ("i never get cancer"): en LATE_PHRASES reads "never/no
   get" right before a cancer word as "never had" (no cancer word after it, nothing changes: "i never get check-ups").
3. West-Flemish plurals without their -n ("min broere", "mijn zusse", "nichte"): nl FAMILY; and the carer typing "voor min
   vader" (also "mijnen", "onzen", "mien") was not read as typing for him, so his cancer was lost: nl PROXY (a flag gained).

Kept: the own cancer told ("i had myeloma myself", "ikzelf heb kanker gehad", "ma soeur et moi avons eu un cancer"), the own
told after the frame ("my wife told me to say i had a melanoma removed"), a relative's and the own in one message, "me too",
a bare pronoun after the frame, a carer typing for the patient, "never get" with no cancer word or not right before it, the denials already read.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

C = {"cancer_history": True}
CHANGED = [
    # en: told to say it
    ("my husband asked me to mention that his mum had breast cancer", {}),
    ("my daughter said i should tell you my dad had prostate cancer", {}),
    ("the nurse told me to say my brother had leukaemia", {}),
    ("my wife wants me to mention that her sister had a melanoma", {}),
    ("i was told to mention that my grandad had bowel cancer", {}),
    ("i was asked to say that both my parents had cancer", {}),
    ("my partner reminded me to add that our son had leukaemia as a kid", {}),
    ("my sister says i should mention our mum had a tumour in her breast", {}),
    # en: Pidgin denial
    ("i never get any cancer, na just this back", {}),
    ("me i never get cancer before", {}),
    ("my papa don get prostate cancer but i never get cancer", {}),
    ("i no get cancer at all, my back just dey pain me", {}),
    ("our aunty had lymphoma, i never get lymphoma myself", {}),
    ("i hope i never get cancer", {}),  # a wish, no history (read as "never had" too)
    # nl: told to say it
    ("mijn zus vroeg me te melden dat onze moeder borstkanker had", {}),
    ("m'n vrouw zei da 'k moest zeggen dat heur vader kanker had", {}),
    ("mijn man zegt dat ik moet vermelden dat zijn moeder darmkanker heeft gehad", {}),
    ("ze hebben me gevraagd te vermelden dat mijn vader kanker had", {}),
    ("mijn dochter zei dat ik moest melden dat mijn broer leukemie had", {}),
    ("ik moet van mijn vrouw zeggen dat haar pa longkanker had", {}),
    # nl: West-Flemish plurals
    ("mijne broere hebben allebei kanker gehad", {}),
    ("min twee broere hadden darmkanker", {}),
    ("mijn zusse hebben borstkanker gehad, 'k ben wat ongerust", {}),
    # nl: typed for "min vader" (a flag gained)
    ("ik schrijf voor min vader, hij heeft kanker gehad", C),
    # fr: told to say it
    ("ma femme m'a demandé de préciser que son père a eu un cancer", {}),
    ("mon fils m'a dit de mentionner que notre mère a eu un cancer du sein", {}),
    ("on m'a conseillé de signaler que mes parents ont eu un cancer", {}),
    ("mon médecin m'a dit de vous dire que mon frère a eu un lymphome", {}),
    ("ma sœur m'a demandé de signaler que nos deux grands-pères ont eu un cancer de la prostate", {}),
    ("on m'a dit de dire que ma mère a eu un cancer", {}),
    ("mon mari m'a rappelé d'ajouter que notre fille a eu une leucémie petite", {}),
    ("ma mère m'a bien dit de préciser que nos oncles ont eu un cancer du côlon", {}),
]
KEPT = [
    # the own cancer told
    ("I had myeloma myself", C),
    ("i got cancer last year", C),
    ("i get chemo every 3 weeks", C),
    ("ikzelf heb kanker gehad", C),
    ("ma sœur et moi avons eu un cancer", C),
    # the own told after the frame
    ("my wife told me to say i had a melanoma removed", C),
    ("my wife told me to say i've been on chemo", C),
    ("my wife told me to mention my melanoma", C),
    ("mijn vrouw zegt dat ik moet vermelden dat ik een melanoom heb laten weghalen", C),
    ("ik moet van mijn vrouw zeggen dat ik kanker had", C),
    ("mijn vrouw zei dat ik mijn melanoom moest vermelden", C),
    ("ma femme m'a dit de signaler que j'ai eu un mélanome", C),
    ("on m'a dit de signaler mon cancer du sein", C),
    # a relative's and the own in one message, me too
    ("my wife told me to say that our daughter had leukaemia and i had it too", C),
    ("my wife told me to say that her dad and i both had cancer", C),
    ("mijn vrouw zegt dat ik moet melden dat mijn vader en ik kanker hadden", C),
    ("mijn broer en ik hebben kanker gehad", C),
    ("ma femme m'a dit de signaler que notre fille a eu une leucémie et moi aussi", C),
    ("ma femme m'a dit de signaler que mon père et moi avons eu un cancer", C),
    # a bare pronoun after the frame: may be typed for them, the flag stays
    ("my mum told me to tell you that she had breast cancer", C),
    ("my dad told me to say he had prostate cancer", C),
    ("mijn moeder vroeg me te zeggen dat ze kanker had", C),
    ("ma mère m'a demandé de dire qu'elle a eu un cancer", C),
    # a carer typing for the patient
    ("ik schrijf voor mijn vader, hij heeft prostaatkanker gehad", C),
    ("i write for my papa, he get prostate cancer", C),
    ("ik schrijf voor mijnen pa, hij heeft prostaatkanker gehad", C),
    ("ik typ dit voor onzen vader, hij had darmkanker", C),
    # "never get" with no cancer word after it; a worry, no history
    ("I never get check-ups", {}),
    ("i never get better since my cancer", C),
    # relatives and denials already read
    ("our dad had bowel cancer", {}),
    ("wi papa get prostate cancer", {}),
    ("i never had no cancer", {}),
    ("ons ma en ons pa hebben allebei kanker gehad", {}),
    ("onze pa had darmkanker, ik zelf nooit", {}),
    ("'k è nooit kanker gehad", {}),
    ("ik heb zelf nooit kanker g'had", {}),
    ("nos parents ont eu tous les deux un cancer", {}),
    ("moi jamais de cancer", {}),
    ("notre mère a eu un cancer du sein et moi jamais de cancer", {}),
    ("mon mari veut que je signale que sa mère a eu un cancer", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
