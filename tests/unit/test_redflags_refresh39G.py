"""Session 39, round G (issue 12): a carer's opening typed in two languages, so the relative's signs were read as nobody's.

A carer who writes in Dutch and French (or either with English) opened on a writing verb of one language and the "for" of
another ("ik schrijf pour ...", "j'ecris voor ...", "c'est voor ...", "het is pour ..."): no pack's PROXY named that
opening, so the relative stayed a relative, his pronouns his own, and his signs told after ("ses deux jambes sont faibles",
"zijn beide benen zijn zwak", "he can't feel his bum") were read as someone else's: nothing. Changed: bot/reading/redflags.py
_PROXY also reads _PROXY_MIXED, built from the packs' new PROXY_VERB, PROXY_FOR, PROXY_OWNER and PROXY_IS (en, nl, fr,
read across the packs): a writing verb of any pack, a "for" of any pack, an owner of any pack (optional) and a relative; or
a message, sentence or clause opening on "it is" of any pack for the relative. After it the relative's pronouns are the
patient's, as for a carer's opening in one language (the name, the age and "he doesn't speak French" after it change
nothing).

Kept: a carer's opening in one language; one with no opening word ("voor mijn vader, hij spreekt geen Nederlands", "for my
dad, he doesn't speak English": read today); a relative's signs told as history when the message is not typed for them
("my husband has weak legs since his stroke, I have back pain"), in one language or mixed; the writer's own signs after a
carer's opening denied ("not for my husband, for me", "ik schrijf niet pour mon mari, c'est pour moi") or typed for
oneself; a relative's cancer when the writer is the patient; signs the house reads whoever's they are (fever, a fall).
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

BS = {"both_legs": True, "leg_weakness": "stable"}
BW = {"both_legs": True, "leg_weakness": "worsening"}
BN = {"both_legs": True, "leg_numbness": True}
S = {"saddle_numbness": True}
B = {"bladder_bowel": True}
CHANGED = [
    # en: the signs in English after an opening in Dutch or French (or an English verb with a Dutch "for")
    ("writing pour mon père, both his legs have gone weak and he drags them", BW),
    ("j'écris for my husband, he can't feel his bum on the toilet seat any more", S),
    ("je tape for my mum, she has wet herself twice this week without noticing", B),
    ("ik schrijf for my dad, he had bowel cancer three years ago and now his back aches", {"cancer_history": True}),
    ("c'est for my wife, she lost 9 kilos without trying and her back is sore", {"weight_loss": True}),
    ("ik typ for my nan, she has a fever of 39 and her lower back hurts", {"fever": True}),
    ("je demande for my brother, he doesnt speak french. his legs are numb from the knees down, both of them", BN),
    ("het is for my dad, he fell off a ladder last week and his back hurts", {"onset": "trauma"}),
    ("ik vraag for my husband, both his legs have been weak for two years, no worse", BS),
    ("k schrijf for me da, he cant hold his wee anymore", B),
    ("writing voor mijn vader, both his legs are weak but no worse than last year", BS),
    # nl (and Flemish): the signs in Dutch after an opening in French
    ("j'écris voor mijn vrouw, ze voelt haar zitvlak niet meer", S),
    ("c'est voor mijn man, hij kan zijn plas niet meer ophouden", B),
    ("je tape voor mijn pa, zijn twee benen zijn slap en het wordt erger", BW),
    ("je demande voor onze pa, hij is 20 kilo vermagerd zonder te diëten", {"weight_loss": True}),
    ("j'écris voor mijn man, hij is vorige week van de trap gevallen en nu rugpijn", {"onset": "trauma"}),
    ("c'est voor onze pa, zijn twee benen zijn lam en t wordt alle dagen erger", BW),
    ("je tape voor mijn ventje, hij voelt zijn poep nie meer", S),
    ("je vous écris voor mijn vader, 81 jaar. zijn beide benen zijn zwak maar al twee jaar hetzelfde, niet erger", BS),
    ("ik schrijf pour mijn man, zijn beide benen zijn zwak", BW),
    # fr: the signs in French after an opening in Dutch
    ("ik schrijf pour mon mari, il a 76 ans. ses deux jambes sont faibles, il doit se tenir aux meubles, pareil depuis un an",
     BS),
    ("ik schrijf pour mon mari Luc, 79 ans, il comprend pas bien le néerlandais. ses deux jambes sont faibles, pas pire"
     " depuis deux ans", BS),
    ("ik stuur dit pour mon père, il ne parle pas néerlandais. ses jambes lâchent de plus en plus", BW),
    ("ik vraag dit pour mon mari, il ne sent plus ses fesses", S),
    ("ik typ pour ma femme, elle ne sent plus ses fesses", S),
    ("hallo, k schrijf pour mon papa, 80 ans. il a perdu le contrôle de sa vessie", B),
    ("het is pour ma mère, ses deux jambes sont engourdies", BN),
    ("k schrijf pour ma mère, ses deux jambes lâchent, de pire en pire", BW),
    ("goeiedag, ik vraag het pour mon beau-père, ses deux jambes sont engourdies depuis hier", BN),
    ("ik schrijf pour mon grand-père, 88 ans. ses jambes sont toutes les deux faibles, ça ne bouge pas depuis un an", BS),
]
KEPT = [
    # a carer's opening in one language, or none
    ("I'm writing for my husband. Both his legs are weak, but it's been the same for two years", BS),
    ("Ik schrijf voor mijn man. Zijn beide benen zijn zwak, maar dat is al twee jaar hetzelfde", BS),
    ("J'écris pour mon mari. Ses deux jambes sont faibles, mais c'est pareil depuis deux ans", BS),
    ("for my dad, he doesn't speak English. Both his legs are weak, but it's been the same for two years", BS),
    ("voor mijn vader, hij spreekt geen Nederlands. Zijn beide benen zijn zwak, maar dat is al twee jaar hetzelfde", BS),
    ("c'est pour mon mari, il ne parle pas français. Ses deux jambes sont faibles, mais c'est pareil depuis deux ans", BS),
    ("ik typ voor mijn man. Zijn beide benen zijn zwak, maar dat is al twee jaar hetzelfde", BS),
    # a relative's signs told as history, not typed for them (one language or mixed)
    ("my husband has weak legs since his stroke, I have back pain", {}),
    ("mijn man heeft zwakke benen sinds zijn beroerte, ik heb rugpijn", {}),
    ("mon mari a les jambes faibles depuis son AVC, moi j'ai mal au dos", {}),
    ("mijn man heeft zwakke benen sinds zijn beroerte, moi j'ai mal au dos", {}),
    ("mon mari monte l'escalier avec la rampe, moi j'ai mal au dos", {}),
    ("je tiens la rampe quand je monte l'escalier, mal au dos", {}),
    # the writer's own signs after a carer's opening denied, or typed for oneself
    ("not for my husband, for me: both my legs are weak and getting worse", BW),
    ("ik schrijf niet voor mijn man maar voor mezelf, mijn beide benen worden zwakker", BW),
    ("je n'écris pas pour mon mari, c'est pour moi, mes deux jambes deviennent faibles", BW),
    ("ik schrijf niet pour mon mari, c'est pour moi, mes deux jambes deviennent faibles", BW),
    ("ik schrijf voor mezelf, mijn man heeft zwakke benen, ik heb rugpijn", {}),
    ("i'm writing voor mezelf, my husband has weak legs, i have back pain", {}),
    ("je tape ceci pour moi, mon mari a de la fièvre, moi mal au dos", {}),
    # a relative's cancer, the writer the patient
    ("ma mère a eu un cancer du sein, moi j'ai mal au dos depuis un mois", {}),
    ("mijn moeder had borstkanker, ik heb al een maand rugpijn", {}),
    ("my mum had breast cancer, i have had back pain for a month", {}),
    ("ik heb rugpijn, ma mère a eu un cancer du sein", {}),
    ("j'ai mal au dos, mijn vader heeft prostaatkanker gehad", {}),
    ("writing for myself, my wife had cancer, my back aches", {}),
    ("je demande pour moi, mon père a eu un cancer du côlon", {}),
    ("ik vraag het for myself, my dad had bowel cancer", {}),
    # mixed openings whose signs were read already
    ("c'est voor ons moeder, ze heeft borstkanker gehad en nu rugpijn", {"cancer_history": True}),
    ("je vous écris voor ons moeder, ze heeft 39 koorts en rugpijn", {"fever": True}),
    ("ik schrijf pour mon mari, il est tombé dans l'escalier hier et a mal au dos", {"onset": "trauma"}),
    ("dat is pour ma femme, elle a 39 de fièvre et mal au dos", {"fever": True}),
    ("het is pour mon père, il a perdu 10 kilos sans raison", {"weight_loss": True}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
