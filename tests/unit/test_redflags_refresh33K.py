"""Session 33, round K: a trauma missed or over-read.

Changed:
1. A fall on ice or the stairs told without a subject ("went down on the icy pavement", en TRAUMA_PATTERNS), a slide or a
   fall on a slippery place told bare ("op de gladde stoep gegleden", "onderuit op het ijs", nl TRAUMA_PATTERNS), a fall
   flat on the back or an "etale" told bare ("tombee a plat dos", "etalee sur la glace", fr TRAUMA_PATTERNS).
2. A fall with the bike or scooter over a kerb, a root, a tile, or over the handlebars (en, nl, fr TRAUMA_PATTERNS), and
   the landing on the seat told without "ik" ("ben hard op mijn zitvlak terechtgekomen": the nl landing-on-the-seat
   pattern now takes "terechtgekomen").
3. Rear-ended, told in Limburgish ("gereje") or in the Dutch past ("reed achter op mijn auto"), nl TRAUMA_PATTERNS.
4. An old fall told as healed or unrelated: the packs' LONG_AGO now holds "last year", "vorig jaar", "l'an dernier", and
   UNRELATED "no pain after", "fully recovered", "daarna geen pijn meer", "plus aucune douleur", "c'est nouveau".

Kept: a fall told as feared or nearly made, the pain that "went down", a recent fall that healed, an old fall the pain
started with, a rear-end crash English and French already read, a relative's fall.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

T = {"onset": "trauma"}
CHANGED = [
    # 1. on the ice, on the stairs, no subject
    ("went down on the ice at the bus stop yesterday, back is killing me", T),
    ("went down on the icy pavement this morning and my lower back hurts", T),
    ("went down on the frozen path on tuesday", T),
    ("saturday went down on the ice in the car park", T),
    ("this morning, went down on the stairs at work", T),
    ("onderuit op het bevroren fietspad, sindsdien rugpijn", T),
    ("op de gladde stoep gegleden en nu pijn in mijn onderrug", T),
    ("op de ijzel weggegleden en meteen pijn", T),
    ("gevloerd op het ijs bij de bakker", T),
    ("tombée à plat dos sur le carrelage mouillé", T),
    ("hier étalée sur la glace devant chez moi", T),
    ("étalé de tout mon long sur le verglas en sortant du bus", T),
    ("parti à la renverse sur la neige dimanche", T),
    ("chute à ski samedi, depuis mal au bas du dos", T),
    ("glissade sur le verglas en allant au travail", T),
    # 2. a bike or scooter over a kerb, a root, a pothole, the handlebars
    ("went over the handlebars on a pothole", T),
    ("flew over the bars of my ebike at a tree root", T),
    ("flipped over the handlebars at the kerb", T),
    ("went over the bars on my mountain bike last weekend", T),
    ("met mijn racefiets over een boomwortel gevlogen", T),
    ("met de scooter onderuit door een kuil in de weg", T),
    ("met de e bike tegen de stoeprand geknald", T),
    ("over het stuur gevlogen toen mijn wiel in een gat kwam", T),
    ("dinsdag met de step over een losse tegel geklapt", T),
    ("ben hard op mijn zitvlak en rug terechtgekomen", T),
    ("hard op mijn achterste terechtgekomen", T),
    ("passée par-dessus le guidon à cause d'un nid de poule", T),
    ("éjecté par dessus le guidon de ma trottinette sur une bordure", T),
    ("j'ai fait un soleil en vtt sur une racine", T),
    ("catapultée par-dessus le guidon quand ma roue s'est coincée dans un rail", T),
    # 3. rear-ended
    ("der is ene vol achter op mien auto gereje bij de rotonde", T),
    ("een busje reed achter op mijn auto bij het stoplicht", T),
    ("er knalde een vrachtwagen achter op onze wagen", T),
    ("een auto reed vol achter op mijne wagen in de file", T),
    ("iemand is achter op mijn auto ingereje", T),
    # 4. an old fall, healed, the pain new -> no trauma
    ("last year i had a fall, nothing broken and no pain after. this pain started when i took up running", {}),
    ("fell off my bike a year ago and fully recovered, the ache now came on slowly", {}),
    ("slipped on the ice last year but healed fine, this began after moving house", {}),
    ("had a fall back in 2019, no problems after that", {}),
    ("vorig jaar van de trap gevallen, niets gebroken en daarna geen pijn meer", {}),
    ("verleden jaar met de fiets gevallen, helemaal hersteld, nu iets anders", {}),
    ("een jaar geleden uitgegleden op het ijs, nooit meer last van gehad", {}),
    ("vorige jaar van het paard gevallen maar goed genezen", {}),
    ("l'année passée je suis tombée de cheval, bien remise depuis", {}),
    ("il y a un an je suis tombée à ski, plus jamais eu mal ensuite", {}),
    ("l'an dernier j'ai glissé sur le verglas, plus aucune gêne, c'est nouveau depuis la course", {}),
    ("l'an passé je suis tombé de l'échelle mais c'est quelque chose de nouveau", {}),
]
KEPT = [
    ("nearly went down on the ice this morning", {}),
    ("yesterday went down hard on the black ice", T),
    ("got thrown over the handlebars when the scooter hit a crack", T),
    ("hard op mijn achterste terechtgekomen na de val", T),
    ("la glissade est un pas de danse", {}),
    ("une chute de tension hier", {}),
    ("the pain went down on the left side", {}),
    ("went down on the floor to stretch", {}),
    ("leaned over the handlebars and felt a twinge", {}),
    ("i went down on the ice", T),
    ("slipped on the ice, flat on my back", T),
    ("came off the bike at a pothole. landed hard on my hip", T),
    ("de pijn is naar mijn been gegleden", {}),
    ("met de fiets naar het werk gegaan en daarna pijn", {}),
    ("onderuit gegaan op het ijs, plat op mijn rug", T),
    ("met de fiets gevallen over een stoeprand", T),
    ("ben hard op mijn billen terechtgekomen", T),
    ("het vliegtuig is op het achterste deel geland", {}),
    ("er is iemand achter op mijn auto gereden", T),
    ("j'ai étalé la pommade sur le dos", {}),
    ("je me suis étalé sur le verglas, à plat dos", T),
    ("tombé de vélo à cause d'un trou. atterri sur les fesses", T),
    ("quelqu'un m'est rentré dedans par l'arrière", T),
    ("someone drove into the back of my car", T),
    # a fall with the pain from it, or a recent one, stays a trauma
    ("had a fall last year and its never been right since", T),
    ("fell last year and since then my back hurts", T),
    ("i fell last week, no pain after but now it hurts", T),
    ("vorig jaar gevallen en sindsdien pijn", T),
    ("vorige week gevallen, daarna geen pijn meer maar nu wel", T),
    ("l'an dernier je suis tombé, et depuis j'ai mal au dos", T),
    ("je suis tombée la semaine dernière, plus aucune douleur après mais ça revient", T),
    ("fell on the stairs last week and the pain started then", T),
    ("l'an dernier je suis tombé à vélo, rien de cassé, plus mal après", T),
    ("my mum went down on the ice last week", {}),
]
test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
