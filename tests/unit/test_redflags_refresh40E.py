"""Session 40, round E (issue 12): a false alarm: a sign questioned (why it is asked, what it means, why it would be serious),
the person's own denied.

A person asks about a sign on a form or a list ("why does the questionnaire ask about night sweats", "waarom vragen jullie naar
koorts", "pourquoi la fievre serait grave", "wat bedoelen ze met trauma", "what has a temperature got to do with back pain") and
denies having it, before or after ("neither is the case for me", "i have neither", "geen van beide", "heb ik niet", "ni l'un ni
l'autre", "ce n'est pas mon cas", "je n'ai pas de fievre"): read as the sign (fever, a fall). Changed:
- bot/reading/redflags.py _told_in_general reads the packs' new SIGN_QUESTIONED: a segment opening on such a question, nobody's
  own named in it, is told in general, like a page read (HEARSAY); _without_relatives starts a segment at the question
  (_question_split) and, after it, at the person's denial (SIGNS_DENIED: "why would night sweats matter? not the case for me",
  the question mark dropped before a "not"). The sign is then dropped only when the person's own is told fine (unchanged
  _own_told_fine: denied, negated, a fall told denied).
- packs (bot/lang/<code>/redflags.py, a session 40E block at the end): SIGN_QUESTIONED (en, nl, fr); SIGNS_DENIED: "neither ...
  for me", "i have neither", "geen van beide", "allebei niet", "ni l'un ni l'autre", "aucun des deux", "pas mon cas"; HEARSAY:
  the sign named under the red flags of a form or a list ("bij de rode vlaggen staat ...", "dans une liste de signes d'alerte
  ... il y a").

Kept (safety first): the sign had told after the question ("why would fever matter? i've had 38.5 since monday"), a question
with no denial (today's reading: "is fever with back pain serious?", "why do you ask about fever?" stay fever; "what do they
mean by trauma?" stays as it was), the sign told as one's own before the question ("night sweats every night, is that why
you ask?"), the person's own in the question ("why would my fever be serious?"), a fall told after the question.
Left: "why would fever and back pain be serious? i don't have a fever" stays fever (the "and" cuts the question before its
"serious"); "why do you guys want to know ..." stays read (the Dutch "want" is a contrast word of the merged nets).
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

F = {"fever": True}
T = {"onset": "trauma"}
CHANGED = [
    # en
    ("why does your questionnaire ask about night sweats? neither is the case for me, my back is just stiff", {}),
    ("why do you ask about fever and weight loss? neither applies to me", {}),
    ("why would a fever be dangerous with a sore back? i don't have a fever at all, just curious", {}),
    ("why does the form ask about fever and chills? i have neither, the pain came on after gardening", {}),
    ("what has a temperature got to do with back pain? i don't have one, i feel fine apart from my back", {}),
    ("why would night sweats matter for a back problem? not the case for me, i sleep fine", {}),
    ("why does the clinic ask about fever, i have no fever, just a locked back", {}),
    ("why does the form ask about fever? my husband has one, i don't", {}),
    ("why does the questionnaire ask about fever? not the case for me, just a sore back", {}),
    ("why does the app ask about night sweats and fever? i have neither", {}),
    # nl (incl. Flemish)
    ("waarom vragen jullie naar koorts en nachtzweten? geen van beide is bij mij het geval", {}),
    ("waarom zou koorts gevaarlijk zijn bij rugpijn? ik heb helemaal geen koorts", {}),
    ("in de vragenlijst staat bij de rode vlaggen een val. wat bedoelen ze daarmee? ik ben niet gevallen, alleen verkeerd opgetild", {}),
    ("waarom willen jullie weten of ik koorts heb? heb ik niet, alleen een stijve rug", {}),
    ("wat bedoelen ze met trauma? ik ben niet gevallen en heb geen klap gekregen", {}),
    ("waarom vraagt het formulier naar nachtzweten en koorts? ik heb geen van beide", {}),
    ("waarom vraagt ge naar koorts? da heb ik niet, gewoon een stijve rug", {}),
    ("wat heeft koorts met rugpijn te maken? ik heb geen koorts, ik voel mij goed", {}),
    ("waarom vragen ze naar een ongeval? ik ben nergens tegen gebotst en niet gevallen", {}),
    # fr
    ("pourquoi la fièvre serait dangereuse avec un lumbago ? je n'ai pas de fièvre", {}),
    ("pourquoi les sueurs nocturnes seraient graves ? ce n'est pas mon cas, je dors bien", {}),
    ("qu'est-ce que la fièvre a à voir avec le dos ? moi je n'ai pas de fièvre", {}),
    ("dans les drapeaux rouges du questionnaire il y a la fièvre. pourquoi ce serait grave ? je n'ai pas de fièvre", {}),
    ("pourquoi la fièvre est un signe d'alerte ? j'ai pas de fièvre, juste le dos bloqué", {}),
    ("pourquoi vous demandez la fièvre et les sueurs ? ni l'un ni l'autre pour moi", {}),
    ("pourquoi le questionnaire demande les sueurs nocturnes ? moi je n'en ai pas", {}),
    ("pourquoi la fièvre serait importante pour le dos ? je n'ai jamais de fièvre", {}),
]
KEPT = [
    # the sign had, told after the question
    ("why would fever matter? i've had 38.5 since monday", F),
    ("why do you ask about fever? i have had a temperature since sunday", F),
    ("why do you ask about fever? i have had chills and 38 every night", F),
    ("why does the form ask about night sweats? i wake up drenched every night", F),
    ("why do you ask about falls? i fell down the stairs last week", T),
    ("why do you ask me if i have a fever? i do, 39 yesterday", F),
    ("waarom zou koorts belangrijk zijn? ik heb al drie dagen 38,5", F),
    ("waarom vragen jullie naar koorts? ik heb koorts sinds zondag", F),
    ("waarom vraagt de dokter naar koorts? ik heb wel koorts, 38,7", F),
    ("waarom vragen ze naar een val? ik ben vorige week van de trap gevallen", T),
    ("pourquoi la fièvre serait grave ? j'ai 38,5 depuis lundi", F),
    ("pourquoi vous demandez la fièvre ? j'ai eu 39 hier soir", F),
    ("pourquoi vous demandez si je suis tombé ? je suis tombé de l'échelle hier", T),
    ("pourquoi la fièvre serait grave ? moi j'en ai depuis hier", F),
    # a question with no denial: today's reading
    ("is fever with back pain serious?", F),
    ("why do you ask about fever?", F),
    ("why would night sweats matter?", F),
    ("what do they mean by trauma?", {}),
    ("is koorts met rugpijn erg?", F),
    ("wat bedoelen ze met trauma?", T),
    ("waarom vragen jullie naar koorts?", F),
    ("est-ce que la fièvre avec un mal de dos c'est grave ?", F),
    ("pourquoi vous demandez la fièvre ?", F),
    # the sign told as one's own, before the question or in it
    ("night sweats every night, is that why you ask?", F),
    ("i have a fever, why do you ask?", F),
    ("i fell off a ladder, why do you ask about trauma?", T),
    ("why would my fever be serious?", F),
    ("ik heb nachtzweten, is dat waarom jullie het vragen?", F),
    ("des sueurs nocturnes toutes les nuits, c'est pour ça que vous demandez ?", F),
    ("pourquoi ma fièvre serait grave ?", F),
    # others, plain denials
    ("my wife has a fever, why do you ask about it?", {}),
    ("i don't have a fever", {}),
    ("ik heb geen koorts", {}),
    ("je n'ai pas de fièvre", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
