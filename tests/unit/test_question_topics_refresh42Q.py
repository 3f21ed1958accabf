"""Session 42Q (issue 16): questions the session-start model and gate answered off topic or not at all, fixed as kinds
in en, nl and fr (our own phrasings, none a set text).

- Coming by public transport asked in more words ("which bus do i take to get to you?", "aan welke halte moet ik
  afstappen?", "je descends à quel arrêt ?", a Belgian operator named: De Lijn, NMBS/SNCB, STIB/MIVB) got the location
  answer: widened PRACTICE_MATTERS in the packs' questions.py (no topic, the decision of 41P: the practice's file holds
  no transport). Where the practice is, asked from the station too, stays the location; "aan de lijn doen" (dieting)
  names no operator.
- How to lie or sleep asked, with a position named ("'s nachts is het de hel, hoe moet ik liggen, op mijn zij?", "je
  sais pas comment me coucher, sur le côté ?") or bare ("hoe moet ik nu liggen?"), is sleep (SLEEP_POSITION_ASKED);
  and the night told around it is no red flag: the person asks which position eases it (the red-flag packs'
  MECHANICAL). Night pain told with nothing easing it (NIGHT_STRONG: "nothing helps", "rien ne soulage") stays a red
  flag, a question or not.
- Being paralysed or ending up in a wheelchair feared and asked ("kan ik hier verlamd van raken?", "est-ce que je risque
  d'être paralysé ?") is how serious it is (SERIOUS_ASKED, WHEELCHAIR_FEARED with it).
- Another body part's pain told with the verb first ("sinds ik loop doet mijn knie pijn") or beside the back set aside
  ("los van mn rug", "apart from my back", "à part mon dos": the packs' BACK_SET_ASIDE, read in
  faq.about_something_else) is another subject; the back's pain going down to the knee stays the back's.
Kept: the location asked, a bus driver's back, the night pain told plainly, walking or staying in bed (rest or move),
the legs told paralysed (the red-flag reader's), the back's own pain.
Like the other topic rounds the gate is called without a model: EVIDENCE stands for what training learns, a ranking for
the classifier's. Left to the model (NLU examples in data/nlu/faq.yml and fr_faq.yml, the lead retrains): sittings and
visits for sessions, a sick note for work, "radio" for an x-ray, home remedies for heat or cold (kersenpitkussen, kruik,
bouillotte, poche de glace), the couch, "plumard" or lying flat for rest, a doctor's note ("briefje", "papier") for the
prescription, "terugbetaling", "ziekenfonds" and "la mutuelle intervient" for the refund."""
from bot.reading.faq import about_something_else, choose_topics, stems
from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

EVIDENCE = {
    "faq_location_hours": stems("where address located find station adres waar ligging gevestigd vinden station adresse "
                                "ou trouve situe gare"),
    "faq_rest_or_move": stems("rest bed move walk rust rusten bed bewegen wandelen repos lit bouger marcher"),
    "faq_sleep": stems("sleep sleeping night slapen slaap nacht dormir nuit sommeil"),
    "faq_serious": stems("serious worry dangerous ernstig erg gevaarlijk grave dangereux inquieter"),
    "faq_painkillers": stems("painkiller ibuprofen paracetamol pijnstiller dafalgan antidouleur"),
}


def first_of(ranking):
    return lambda text: choose_topics(ranking, text, EVIDENCE)


TRANSPORT = [  # each got the location answer on main
    ("which bus do i take to get to you?", []),
    ("what number tram do i need to get near the clinic?", []),
    ("which stop do i get off at for the practice?", []),
    ("is er een halte van de lijn in de buurt van jullie adres?", []),
    ("aan welke halte moet ik afstappen voor de praktijk?", []),
    ("waar is de dichtstbijzijnde halte, ik kom met de lijn", []),
    ("welk nummer heeft de bus tot bij jullie?", []),
    ("la gare la plus proche du cabinet c'est laquelle ?", []),
    ("je descends à quel arrêt pour venir chez vous ?", []),
    ("y a un arrêt près de chez vous ?", []),
    ("c'est quel arrêt de la stib pour votre adresse ?", []),
]
TRANSPORT_KEPT = [  # the location asked, from the station too, stays the location; a bus driver's back is no transport
    ("where are you exactly?", ["faq_location_hours"]),
    ("how do i find you from the station?", ["faq_location_hours"]),
    ("waar zijn jullie juist gevestigd?", ["faq_location_hours"]),
    ("hoe vind ik jullie vanaf het station?", ["faq_location_hours"]),
    ("vous êtes où exactement ?", ["faq_location_hours"]),
    ("comment vous trouver depuis la gare ?", ["faq_location_hours"]),
    ("moet ik aan de lijn doen, waar vind ik daar info over?", ["faq_location_hours"]),
    ("c'est où votre adresse ?", ["faq_location_hours"]),
]
test_transport_changed, test_transport_kept = reading_round(
    first_of([("faq_location_hours", 0.8)]), TRANSPORT, TRANSPORT_KEPT)

SLEEP = [  # each got no topic on main (rest or move unsure, without its words)
    ("at night it's hell, how should i lie, on my side?", ["faq_sleep"]),
    ("how am i supposed to lie with this thing, on my back?", ["faq_sleep"]),
    ("'s avonds in bed is het erg, hoe moet ik liggen, op mijn zij?", ["faq_sleep"]),
    ("hoe moet ik nu liggen?", ["faq_sleep"]),
    ("hoe moet k slapen, op men buik?", ["faq_sleep"]),
    ("la nuit c'est horrible, je sais pas comment me coucher, sur le côté ?", ["faq_sleep"]),
    ("comment je dois me coucher, sur le ventre ?", ["faq_sleep"]),
]
SLEEP_KEPT = [  # walking or staying in bed stays rest or move
    ("should i stay in bed or keep walking?", ["faq_rest_or_move"]),
    ("moet ik in bed blijven of wandelen?", ["faq_rest_or_move"]),
    ("je reste au lit ou je marche ?", ["faq_rest_or_move"]),
    ("moet ik blijven liggen?", []),
    ("what is the best sleeping position?", ["faq_sleep"]),
]
test_sleep_changed, test_sleep_kept = reading_round(
    first_of([("faq_rest_or_move", 0.6), ("faq_sleep", 0.3)]), SLEEP, SLEEP_KEPT)

NIGHT = [  # each read as night pain on main: the position asked eases it
    ("the pain at night is awful, how should i sleep, on my back?", False),
    ("'s nachts heb ik veel pijn, hoe moet ik liggen, op mijn buik?", False),
    ("'s nachts doet het zo'n pijn, hoe kan ik liggen, op mijn buik?", False),
    ("la nuit c'est l'enfer, comment me coucher, sur le dos ?", False),
]
NIGHT_KEPT = [  # night pain told plainly, or with nothing easing it, stays a red flag
    ("the pain at night is awful, nothing helps whatever position, how should i sleep, on my back?", True),
    ("the pain at night is awful and wakes me up", True),
    ("'s nachts is de pijn vreselijk, niets helpt, hoe moet ik slapen, op mijn rug?", True),
    ("'s nachts doet het constant pijn, wat ik ook doe", True),
    ("la nuit j'ai trop mal, rien ne soulage, comment dormir, sur le dos ?", True),
    ("la nuit c'est l'enfer", True),
    ("at night it's fine, how should i sleep, on my back?", False),
    ("la nuit ça va, comment dormir, sur le dos ?", False),
]
test_night_changed, test_night_kept = reading_round(lambda text: bool(find_red_flags(text)), NIGHT, NIGHT_KEPT)

PARALYSIS = [  # each got no topic on main (painkillers unsure, without its words)
    ("can this put me in a wheelchair?", ["faq_serious"]),
    ("could this back thing leave me paralysed?", ["faq_serious"]),
    ("kan ik hier verlamd van raken?", ["faq_serious"]),
    ("ik ben bang dat ik verlamd ga worden", ["faq_serious"]),
    ("est-ce que je risque d'être paralysé ?", ["faq_serious"]),
    ("j'ai peur de finir paralysée avec ça", ["faq_serious"]),
]
PARALYSIS_KEPT = [  # the legs told paralysed are the red-flag reader's (before any topic); other questions as on main
    ("which painkiller is best?", ["faq_painkillers"]),
    ("welke pijnstiller neem ik best?", ["faq_painkillers"]),
    ("quel antidouleur prendre ?", ["faq_painkillers"]),
    ("is het ernstig als ik een pijnstiller neem?", ["faq_painkillers"]),
]
test_paralysis_changed, test_paralysis_kept = reading_round(
    first_of([("faq_painkillers", 0.6), ("faq_serious", 0.3)]), PARALYSIS, PARALYSIS_KEPT)
LEGS_KEPT = [  # the legs told paralysed stay a red flag
    ("my legs feel paralysed since this morning", True),
    ("mijn benen zijn verlamd sinds vanmorgen", True),
    ("j'ai les jambes paralysées depuis ce matin", True),
]
_, test_legs_kept = reading_round(lambda text: bool(find_red_flags(text)), [], LEGS_KEPT)

OTHER_PART = [  # each read as about the back on main
    ("apart from my back, my knee hurts since i took up running, what is it?", True),
    ("besides my back, my ankle aches after football, why?", True),
    ("sinds ik ben beginnen lopen doet mijn knie pijn, wat is dat?", True),
    ("los van mn rug doet mijn enkel zeer na het voetballen, wat kan dat zijn?", True),
    ("mijn knie doet pijn sinds ik fiets, los van mijn rug, wat kan het zijn?", True),
    ("à part mon dos, j'ai mal au genou depuis que je cours, c'est quoi ?", True),
    ("en dehors du dos, j'ai mal à la cheville après le foot, normal ?", True),
]
OTHER_PART_KEPT = [  # the back's own pain, going down to the knee or not
    ("my back hurts and it goes down to my knee, what is it?", False),
    ("my knee is fine, my back hurts since i started running", False),
    ("doet mijn rug pijn omdat ik loop?", False),
    ("mijn rug doet pijn tot in mijn knie, wat is dat?", False),
    ("j'ai mal au dos jusqu'au genou, c'est quoi ?", False),
    ("depuis que je cours j'ai mal au dos, c'est normal ?", False),
    ("my knee hurts since i took up running, what is it?", True),
]
test_other_part_changed, test_other_part_kept = reading_round(about_something_else, OTHER_PART, OTHER_PART_KEPT)
