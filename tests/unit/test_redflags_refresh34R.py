"""Session 34, round R (issue 12): a fever that is over told in a story, and an animal's fever across a comma, read as a fever.

Blind messages were read as a fever: a past illness with the fever tacked on as a bare list ("..., fever and all,") then told
over in Caribbean English ("that done long time") and "no fever since" (en); a past flu with its degrees, told long over, then
the flu asked about again as playing a part (nl); a horse's fever told as a bare list after the horse's own clause (nl).

Changed:
- a fever told as a bare list after a comma (engine _bare_sign_clause / _bare_sign_list, the packs' SIGN_LIST_WORDS: its clause
  holds only fever words, numbers and a few article, degree and duration words): the clause before it is the one that tells it.
  Its past is the fever's (engine _past_by_list, for the packs' FEVER_GONE_NOW after it: "had a chest infection in march, fever
  and all, no fever since"), not a clause of the last day (FEVER_RECENT); its animal subject is the fever's (engine _animal_fever
  and the segment loop: "our mare is poorly, 40 degrees fever"), not an animal told well (WELL) nor with "so do i" (ME_TOO).
- en RESOLVED: a bare "done" / "finish" of informal and Caribbean English ("that done long time", "it finish long time now",
  "thats done and dusted").
- ASKED_AGAIN: the flu asked as playing a part (en "playing a part / role", "anything to do with"; nl "speelt ... mee", "speelt
  ... een rol", "meespelen", "mee te maken"; fr "joue un role", "y est pour quelque chose", "quelque chose a voir").

Kept: a fever now ("had the flu last week and still 38.6 today"), a fever back, a fever of the last day, the patient's own fever
beside an animal ("the horse is fine, i have 39 fever", "our dog is ill and so am i, 39 fever"), an animal told well before a
bare fever list, "no fever since yesterday morning but shivering now", a flu named now with no over before it.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

FEVER = {"fever": True}
CHANGED = [
    # a past illness, the fever a bare list, over after it, en
    ("had a chest infection in march, fever and all, no fever since", {}),
    ("had covid in the spring, 39 fever, no fever since", {}),
    ("had covid two months ago, a fever, no more fever since", {}),
    ("was in hospital with a bladder infection last year, raging fever, no fever since then", {}),
    ("had a kidney infection in june, fever and chills gone, that done long time", {}),
    ("had the flu in november, it finish long time now", {}),
    ("had a bad fever at christmas, thats done and dusted", {}),
    ("I had a fever in the summer but all that done since", {}),
    # a past illness, the fever a bare list, over after it, nl
    ("had in maart een blaasontsteking, hoge koorts, sinds die tijd geen koorts meer", {}),
    ("vorig jaar longontsteking gehad, drie dagen 40 graden, sindsdien geen koorts meer", {}),
    ("ik had in oktober corona, 39 graden, al weken geen koorts meer", {}),
    ("had vorige maand griep, hoge koorts, al lang geen koorts meer", {}),
    # the flu asked again as playing a part, nl
    ("vorige maand griep gehad, dat is allang over. speelt de griep nog mee?", {}),
    ("had griep in november maar dat is allang over. kan die griep nog een rol spelen?", {}),
    ("griep gehad met 39 graden, allang voorbij. heeft die griep er iets mee te maken?", {}),
    ("ik had griep maar dat is al lang over. zou de griep nog meespelen?", {}),
    # a past illness, the fever a bare list, over after it, fr
    ("j'ai eu une infection urinaire en mars, forte fièvre, plus de fièvre depuis", {}),
    ("j'ai eu le covid il y a deux mois, 39 de fièvre, plus de fièvre depuis", {}),
    ("j'ai eu une pneumonie l'hiver dernier, 40 de fièvre, je n'ai plus de fièvre depuis", {}),
    ("j'avais la grippe le mois dernier, de la fièvre, plus de fièvre depuis longtemps", {}),
    # the flu asked again as playing a part, fr
    ("j'ai eu la grippe le mois dernier, c'est fini depuis longtemps. la grippe joue encore un rôle ?", {}),
    ("j'ai eu la grippe en novembre mais c'est fini. la grippe y est pour quelque chose ?", {}),
    ("la grippe c'est fini depuis des semaines. ça a quelque chose à voir avec la grippe ?", {}),
    # the flu asked again as playing a part, en
    ("had the flu in october, long over. has it anything to do with the flu?", {}),
    # an animal's fever as a bare list after the animal's clause, en
    ("our mare is poorly, 40 degrees fever and a runny nose", {}),
    ("my dog has an infection, high temperature and not eating", {}),
    ("the cow has mastitis, 41 fever, the vet is coming", {}),
    ("our goat has been sick for days, fever 40", {}),
    # an animal's fever as a bare list, nl
    ("onze hond heeft een ontsteking, hoge koorts en hij eet niet", {}),
    ("de koe heeft uierontsteking, 41 graden koorts", {}),
    ("ons paard is ziek, 40 graden en een dikke neus", {}),
    ("mijn kat heeft een abces, koorts en ze drinkt niks", {}),
    # an animal's fever as a bare list, fr
    ("notre jument a la gourme, 40 de fièvre et le nez qui coule", {}),
    ("mon chien a une infection, forte fièvre et il ne mange plus", {}),
    ("la vache a une mammite, 41 de fièvre", {}),
    ("mon cheval est malade, de la fièvre et il tousse", {}),
]
KEPT = [
    # a fever now or come back
    ("had the flu last week and still 38.6 today", FEVER),
    ("had a chest infection in march, fever and all, and the fever is back since monday", FEVER),
    ("had a kidney infection last month, fever and all, no fever since yesterday morning but shivering now", FEVER),
    ("had the flu last week, fever and all, it was over but it came back last night", FEVER),
    ("was at work yesterday, 39 fever, no fever now", FEVER),
    ("ik had vorige week griep, hoge koorts, en vandaag weer 38,6", FEVER),
    ("vorige maand griep gehad, dat was over maar gisteravond kwam de koorts terug", FEVER),
    ("j'ai eu la grippe la semaine dernière, forte fièvre, et encore 38,6 aujourd'hui", FEVER),
    ("la grippe c'était fini mais la fièvre est revenue hier soir", FEVER),
    ("speelt de griep nog mee? ik heb nu 38,8", FEVER),
    ("had a kidney infection in october, is it done now? I have 38.5", FEVER),
    # already read right: a past fever told over
    ("had a fever in october, thats long gone", {}),
    ("Vorige maand griep gehad, drie dagen 39 graden, maar dat is allang over", {}),
    ("j'ai eu 39 il y a dix jours mais c'est fini", {}),
    ("got pneumonia last winter, high temperature and everything, no temperature since then", {}),
    ("had covid two months ago, 39 for three days, not had a fever since", {}),
    ("j'ai eu le covid il y a deux mois, trois jours à 39, plus de fièvre depuis des semaines", {}),
    # the patient's own fever beside an animal
    ("the horse is fine, I have 39 fever", FEVER),
    ("the horse is fine, 39 fever", FEVER),
    ("our dog is ill, I have 39 fever", FEVER),
    ("our dog has worms, 39 fever and so do I", FEVER),
    ("het paard is goed, ik heb 39 graden koorts", FEVER),
    ("de hond is gezond, 39 graden koorts", FEVER),
    ("onze hond is ziek en ik heb hoge koorts", FEVER),
    ("le cheval va bien, moi j'ai 39 de fièvre", FEVER),
    ("mon chien est malade, j'ai de la fièvre", FEVER),
    ("de koe heeft koorts", {}),
    ("my mum has a fever", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
