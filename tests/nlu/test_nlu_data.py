"""Checks of the NLU training data (data/nlu) and the held-out test set
(tests/nlu/test_nlu.yml).  No model is trained.

- both load with Rasa's own loader, and cover exactly the intents of the domain;
- no entities are marked (code components extract durations and red flags);
- no example is in two intents, or twice in one intent, after normalising
  (lower case, punctuation and emoji removed, as the whitespace tokenizer sees it);
- no test sentence is in the training data;
- every intent has enough examples in every spoken language (the registered
  packs, bot.lang.CODES: English, Dutch, French).

The language of an example is guessed with small word lists, one per spoken
language (below); an example with no clear language (e.g. "ok", "45", "lol",
languages the assistant does not speak) counts for none, so the per-language
counts are lower bounds.

Run with pytest, or as a script for a table of the counts:
    .venv/bin/python tests/nlu/test_nlu_data.py
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import pytest
import yaml

from bot import lang

ROOT = Path(__file__).resolve().parents[2]
TRAIN_DIR = ROOT / "data" / "nlu"
TEST_FILE = ROOT / "tests" / "nlu" / "test_nlu.yml"
INTENTS_FILE = ROOT / "domain" / "intents.yml"

#: Minimum examples per language in the training data (default, and exceptions).
TRAIN_MIN = 20
TRAIN_MIN_BY_INTENT = {"inform": 60, "describe_pain": 30, "out_of_scope": 30}
#: Minimum examples per language in the test set.
TEST_MIN = 8
#: Other-language and nonsense examples out_of_scope must have (training data).
OUT_OF_SCOPE_OTHER_MIN = 20

# ---------------------------------------------------------------- language
# Words typical of one language only. Words used in both (in, is, of, me, we,
# been, hernia, mri, scan, ok, spit, lumbago, sport...) are in neither list.
NL_WORDS = set(
    """
    aan aandringen aantal aanvullende aars absoluut achillespees acht achter actief
    acuut adres af afspraak afspraken ajb akkoord al allee alleen alles als
    alsjeblieft alstublieft altijd amai andere anderhalf anoniem antwoorden
    aspecifiek aspecifieke aspirine aub auto auto-ongeval automatisch autorit avond
    bak bedankt bedoel bedrust beeldvorming beetje begeeft beginnen begonnen
    behandeld behandeling behandelingen beide belastingaangifte bellen ben bende
    benen beoordelen bereikbaar bestellen betalen betekenis betekent beter beurt
    beurten beveiligd bewaren bewegen bezoeken bier bij bijna bil blijft blijven
    blokkage boek boeken borstkanker boven bovenbeen briefje broek buikpijn bukken
    bushalte buurt chronisch chronische combineren computerprogramma consultatie da
    daag daar dag dagen dan dank dankjewel danku dankuwel das dat de deed delen den
    denk deze directe discusbulging discushernia dit diëten dochter doei doeii doen
    doet dokter doof doorsturen doorverwijzen douche draaien drie dringend drukken
    duidelijk duur duurt echt echte een eens eerst eerstvolgende effe efkes
    eigenlijk elk elke en engels enkel er erg erger erin ermee ervan even
    facetblokkage fiets fietsen fijn fijne foto fysio fysiotherapeut fysiotherapie
    ga gaan gaat ge gebeuren gebeurt geblokkeerd gebroken geconventioneerd gedaan
    geef geen gegevens gehad gekomen geleden geleidelijk gemiddeld geneest genezen
    genomen geopereerd geplast geschoten geslachtsdelen gevaarlijk gevallen geven
    gevoel gevoelloos gewicht gewone gewonnen geworden gezegd gij gisteren goed
    goedemiddag goedemorgen goedenavond goedendag goeiedag goeiemiddag goeienamiddag
    goeiemorgen jazeker
    goeienavond goeiendag gooi graag graden grappigs groeten groetjes haal haar
    halen half hallo hallootjes halve hangt heb hebben hebt heeft heet hele
    helemaal helpen helpt herbegin herbeginnen herstart herstarten herstel
    herstellen hersteltijd het hetzelfde hiel hier hiervoor hij hoe hoeveel hoi
    hoofdpijn hoofdstad hoor hospitalisatieverzekering houding houdoe huisarts idee
    iemand iets ijs ijszak ik inderdaad inplannen invullen ischias ja jaa jaar
    jaren jawel je jep jij jonger jou jouw jow jullie kan kanker kapot kast kat
    kben keelpijn keer ken kersenpitkussen kerstmis kga kheb kilo kine kinesist
    kinesitherapeut kinesitherapie klaar klopt knie kniepijn koelen kom komen
    kompres komt kook koorts kost koud koude kraken krijg krijgen krijgt kruik kuit
    kun kunnen kunt kweenie kweet kwijt kzen kzou laat ladder lage lang langs
    langskomen laten leest leggen lendenen leven liedje liefst lig liggen ligt lijn
    links loodgieter lopen lumbale lumbalgie m'n maak maand maandag maanden maar
    mag mailen maken manuele mechanische medewerker medicatie medicijn meer meestal
    mens menselijk merci mercikes met middag mij mijn mijne mijnen mis misschien mn
    moet moeten mogelijk mogen mogge mopje morgen mss mutualiteit mwa na naar nacht
    nakijken natuurlijk ne nederlands nee neen neenee negen nek nekpijn nemen nen
    neuh ni nie niet niet-specifieke niets nieuwe niezen niks nodig nog nooit
    normaal nu ochtend oefeningen oefenschema oke oké om onder onderaan onderrug
    onderzoeken ongeval ongeveer ons ontstekingsremmers onze ooit ook oorzaak op
    openingstijden openingsuren opgenomen opgeslagen opgezwollen opheffen ophouden
    opnieuw optilde orde osteopaat ouder overbelasting overgaat overslaan paar
    padellen papier parkeren persoon persoonsgegevens pijn pijnlijk pijnstiller
    pijnstillers pijnstilling pillen plaats plas plassen plat platte plots pols
    praat praktijk praten precies prijs prima privacybeleid privé raak radiologie
    rechterbeen reden regenen resetten rillingen rolstoeltoegankelijk rond
    routebeschrijving rug rugcheck rughernia rugklachten rugpijn rust rusten
    röntgenfoto salukes scanner schakel schijnt schoenen schoot schouder sessie
    sessies sinds slaapwel slap slapen slecht sluiten soms soort specifiek speelt
    spierontspanners sporten sportkinesist sportkinesitherapie spreek spreekt
    spreken staan starten steeds stijf stijve stilaan stoelgang stofzuigen straalt
    straat straks strikken subacuut sukkel symptomen taal tandpijn tarieven tegen
    telefonisch telefoonnummer telt tenen tenniselleboog terecht terug terugbellen
    terugbetaald terugbetaling tes therapie thuis tien tijdens tillen tintelingen
    tintelt tis tja toegang toen toont tot traag trap trein trekken tuinieren
    tussen tussenwervelschijf tuurlijk twee twijfel typ uit uitgegleden
    uitgestulpte uitpuilende uitstraling uitstulping uw vaak vaker val van vanaf
    vanavond vandaag vanochtend vanzelf vast veel veertig veilig verbetering
    verbind vergeet vergist vergoed vergoeding vergoedt verhuizen verkopen
    verkouden verlies vermijden verplicht verschil verschoten versta verstuikt
    vertel vertrouwelijk verwachten verwijder verwijderen verwijsbrief verwijzing
    verzekering verzetten vier vijf vinden vinger vlaams voel voelen voelt voet
    voetballen volgende voor vooraf voorschrift vorige vragen vragenlijst wa waar
    waarom wakker wandelen wanneer warme warmte warmtekussen warmtepleister
    warmtezalf wat weer weet weg weken wel welke werk werken werkt weten wie
    wijzigen wil willen wilt wis wissel wissen word worden wordt wou wss zal
    zaterdag ze zeer zeggen zei zeker zelf zenuw zere zes zeven zeventien ziek
    ziekenfonds zien ziens zij zijn zijt zin zing zit zitten zitvlak zo zoek zomaar
    zomer zon zondag zonder zorgverzekeraar zou zwak zwakker zwakte zwemmen één
    """.split()
)
EN_WORDS = set(
    """
    high temperature
    a about above absolutely accept access accessible accident ache aches achilles
    acting active address after afternoon again age agent ago ahead ai all allowed
    alright am an and ankle anonymous answer answers anti-inflammatories any anyone
    apply appointment appointments appreciate appreciated are area asap ask assess
    assessment at automated availability average away awesome back backs bath be
    become before behind below bending better bike bit blocked book booking both
    bottle bottom bowels box breast broke bulge bulging bum bunch bus but buttock
    bye calf call called came can can't cancer cannot cant capital car care catch
    cause caused causes certain change chatbot chatting cheers chills chiropractor
    chronic clear close clue cold combine come common compliant compress computer
    confidential connect consultation continue contracted control conversation
    convo cook correct cost could counts couple course covered crack crate cream
    crept cya cycle dangerous data day days deep definitely delete deleted depends
    did didn't dieting difference directions directly disc dishwasher do doctor
    doctor's does doesn't don't done dont down drags drive dunno dutch each easy
    elbow email english enough erase evening ever every everything exactly examine
    exercise exercises expect expensive explain facet fall farewell fast feel feels
    fees feet fell fever few find fine finger first five fix flemish foot football
    for forget forgotten forties fortnight four france free frequent fresh from
    funny furniture gardening gave get getting give giving gm go goes good goodbye
    got gotta gp gradually great greetings guess happen happens hard has have
    having headache heal health heat heating heavy hello helloo hellooo helpful
    helps herniated herniation heya heyy hi history hit hiya hold home hospital hot
    hours how howdy human hurt hurting hurts i i'd i'll i'm i've ice idea idk ill
    im imaging improvement indeed information insist insurance insurers
    intervertebral into isn't it it's its itself joint joke just keep keeps kept
    killing kilos kind kinda knee know landed language last leave left legs let's
    lets letter lie life lift lifted lifting like little located locked long losing
    lost lot low lower lumbar makes manual many march mate matter maybe mean
    meaning means meant mechanical medication medicine meds mistake monday month
    months more morning mornings move moving much muscle music mutual my myself nah
    name near nearby necessary neck need needed needles negative nerve never new
    next nice night no non none nonspecific nooo nope normal not note nothing
    noticing now nowhere numb number off often okay old on one online only opening
    operator or order osteopath out overloaded ow pack pad pain painkiller
    painkillers paperwork park parts patch pay pee per perfect perhaps permanent
    person personal phone physio physiotherapist physiotherapy picked picture pills
    pins please pls plumber policy position possible possibly practice prefer
    prescription price privacy private program prolapse prostate protrusion purge
    put questionnaire r rain rather reach reads ready real really recommend
    recorded recover recovery redo refer referral refund refunded reimbursed
    relaxants relief remember remove reschedule reset restart rid right ring run
    running ruptured saddle safe said same saturday saved say schedule sciatica
    scratch script seat secure see seen self sell send serious session sessions
    share sharp shoes should shoulder show shower since sing sit sitting six skip
    sleeping slipped slowly small sneezed so some somebody someone something
    sometimes song soon sore sorry sort spasms speak specific spine sports sprained
    staff stairs stand started stay stays stiff stomach  store stored straight
    street structurally sudden suddenly summer sundays sure surgery swimming switch
    swollen symptoms take talk talking taxes tbh tell ten tennis than thank thanks
    that that's the their therapist therapy there these they thigh thing things
    think this those three threw throat thx tie time times tingles tingling to
    today toddler toes told tomorrow tonight toothache train transfer treated
    treatment treatments try trying ttyl turning twisting two ty type tysm
    ultrasound under unspecific unsure until up ur usually very visits wanna warmth
    water way weak weaker weakness weather weeks weight went wet what what's
    whatever whats wheelchair when where which who why will wipe with without wkn
    woke won won't work worse would wrist wrong x-ray x-rayed xmas xray ya yeah
    year years yep yes yess yesterday yo you you're your yup
    """.split()
)
#: French (Belgian French, phone French) words used in no English or Dutch
#: example: articles, pronouns, verbs and the back-pain words of French patients
#: ("mal au dos", "lombalgie", "kiné"), with and without accents.
FR_WORDS = set(
    """
    à a-t-il absolument accouché adresse afin aide aidé aider aigu aiguë ailleurs aimerais
    alors aller allez allongé ami anglais année antalgique antidouleurs appelle appeler
    appelez après arrêt arrete arrêter arrêtez assis attendre attends au aucun aucune
    aujourd'hui auprès aussi autre aux avant avec avez avoir avons bah beaucoup bébé besoin
    bien bientôt bilan bjr blessé bloqué bloquée boîte bon bonjour bonne bonsoir bosser
    bouger bouillotte boulot bras c'est ça cabinet caisse ce cela celle certaine certificat
    ces cet cette ceux chaleur chaque chaud chauffant cheville chez chiffres chirurgie
    chronique ciao cinquantaine coincé colonne combien comme comment commencer commencez
    compter conduire consiste consulter continuer contre corps côté coucher coude coup cours
    crois d'abord d'une dans debout début dedans déjà demain demande démarre depuis dernier
    dernière des descend deux devenir devoir difficile dire disque dois doit donne données
    dormir dos douleur douleurs droit droite du dur dure durer échelle écris effacer effacez
    efface elle en-dessous enceinte encore engourdi engourdie engourdies ensemble entre
    envoyer envoyez épaule es est et étais été être êtes eu évaluer évidemment examens
    exactement explications expliquez faire fais faites fait faut femme fesse fesses fièvre
    fille fils fin fois fourmis fourmillements français francais froid gauche genou gens
    glace gros grossesse guérir guérit heure heures hôpital humain ici il ils irm j'ai
    j'aimerais j'attends j'en jambe jambes jamais jour jours jusqu'à kiné kinés
    kinésithérapeute kinésithérapie l'an l'hôpital la là laquelle le lequel les leur
    lombaire lombaires lombalgie longtemps lui lundi mais mal malade maladie maintenant
    mardi matelas matin mauvais me médecin médicament médicaments meilleur meilleure même
    mercredi mes mettre midi mieux moi mois mon monsieur mutualité mutuelle n'ai nan
    néerlandais nerf nous nuit nuits numéro oreiller opérer opération ordonnance ou où
    oublié oubliez oui ouais pas passe passer pendant penche personne peu peur peut
    peut-être peux pied pieds pipi plaît plus plutôt pour pourquoi pouvez pouvoir première
    prendre presque près privée problème quand que quel quelle quelqu'un quelque quels qui
    quoi raide rdv recommencer réponse réponses repos reposer reste rester revenir revient
    rien s'il sais salle salut samedi sans santé sciatique se séance séances sécurité
    semaine semaines sens sentir serai seul seulement si soir soirée sommes sont souffre
    soulager soulevant soulever suis sujet sur sûr svp ta tard tête tombé tombée toujours
    tous tout toute toutes travail travailler très trois trop trouve tu un une urgence
    urgences va vais vas vendredi venir vers veut veux vie viens voir voiture volant vos
    votre voudrais vous vraie vraiment week-end sympa repartir zéro préfère merci non nop
    nenni pense jsp ptet ptetre p-e bof hésite rappelle dépend bcp mrc mci mercis grand
    parfait langue parle changer mettez modifier corriger mauvaise oups précédente trompé
    trompée rentré rentrée examiné examinée vu généraliste garde traitant déjà chui flamand
    stp idée
    """.split()
)
# Patients often type French without accents ("securite", "medecin"): the same words
# without them, unless that spelling is an English or Dutch word ("a", "meme", "sur").
FR_WORDS |= {
    folded for folded in (unicodedata.normalize("NFKD", w).encode("ascii", "ignore").decode() for w in FR_WORDS)
    if folded not in EN_WORDS | NL_WORDS | {"a", "meme", "sur", "tombe"}
}
#: The word list of every spoken language: one per registered pack (bot.lang.CODES).
WORDS = {"en": EN_WORDS, "nl": NL_WORDS, "fr": FR_WORDS}
#: Words of languages the assistant does not speak, seen in patients' messages
#: (German, Spanish, Turkish, Polish, Italian): such a message has no spoken language even
#: if it shares a word ("de", "me") with one.
OTHER_WORDS = set(
    """
    ağrıyor baja belim boli bolą czy der deutsch dobry dolor duele dzień espalda español
    habe hablas hola ich konuşuyor kręgosłup merhaba mir mnie musunuz mówi pan plecy po
    polsku rücken rückenschmerzen sie sprechen sırtım tengo tut türkçe weh çok molto schiena
    """.split()
)


def test_every_spoken_language_has_its_word_list():
    assert set(WORDS) == set(lang.CODES)


def language(text: str) -> str | None:
    """The spoken language ('en', 'nl', 'fr') of one example, or None (no clear language)."""
    words = re.findall(r"[\w'-]+", text.lower().replace("’", "'"))
    words += [w.split("'", 1)[1] for w in words if re.match(r"(?:[cdjlmnst]|qu)'.", w)]  # French "l'anglais"
    if any(w in OTHER_WORDS for w in words) or re.search(r"[\u0600-\u06ff]", text):
        return None
    if (len(words) == 1 and words[0] in lang.CODES) or text.strip().lower().startswith("lang:"):
        return None  # language codes and language-button payloads name a language, they are not in one
    hits = Counter({code: sum(w in WORDS[code] for w in words) for code in lang.CODES})
    ranked = hits.most_common(2)
    if ranked and ranked[0][1] > (ranked[1][1] if len(ranked) > 1 else 0):
        return ranked[0][0]
    return None


# ---------------------------------------------------------------- loading
def normalise(text: str) -> str:
    """What the whitespace tokenizer sees: lower case, words only."""
    words = re.findall(r"\w+", text.lower())
    return " ".join(words) if words else text.strip()


def load(path: Path):
    from rasa.shared.nlu.training_data.loading import load_data

    return load_data(str(path))


def raw_examples(paths, with_language: bool = False) -> dict[str, list]:
    """intent -> example texts, read straight from the YAML files; with
    with_language, (text, language) pairs where language is the block's
    metadata `language` (en, nl, other), or None when it has none."""
    out: dict[str, list] = defaultdict(list)
    for path in paths:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        for block in doc.get("nlu", []):
            if "intent" not in block:
                continue
            lang = (block.get("metadata") or {}).get("language")
            for line in block["examples"].splitlines():
                line = line.strip()
                if line:
                    assert line.startswith("- "), f"{path.name}: {line!r}"
                    text = line[2:].strip()
                    out[block["intent"]].append((text, lang) if with_language else text)
    return out


def train_files() -> list[Path]:
    return sorted(TRAIN_DIR.glob("*.yml"))


#: Intents no example is labelled with: bot/nlu/question_topics.py reads every faq_*
#: topic (and a question the model could not place) as ask_question.
SET_BY_COMPONENTS = {"ask_question"}


def domain_intents() -> list[str]:
    """The intents the classifier learns: the domain's, less those set by our components."""
    intents = yaml.safe_load(INTENTS_FILE.read_text(encoding="utf-8"))["intents"]
    return [intent for intent in intents if intent not in SET_BY_COMPONENTS]


def counts(examples: dict[str, list[str]]) -> dict[str, Counter]:
    """Examples per guessed language (None: no clear language)."""
    return {i: Counter(language(t) for t in ts) for i, ts in examples.items()}


def metadata_counts() -> dict[str, Counter]:
    """Test-set examples per language as labelled in the block metadata."""
    data = raw_examples([TEST_FILE], with_language=True)
    return {i: Counter({"other": None}.get(label, label) for _, label in pairs) for i, pairs in data.items()}


# ---------------------------------------------------------------- tests
@pytest.fixture(scope="module")
def train():
    return raw_examples(train_files())


@pytest.fixture(scope="module")
def test():
    return raw_examples([TEST_FILE])


@pytest.mark.parametrize("which", ["train", "test"])
def test_loads_with_rasa_and_covers_domain_intents(which):
    td = load(TRAIN_DIR if which == "train" else TEST_FILE)
    assert set(td.intents) == set(domain_intents())
    assert not td.entities, "no entities are marked"
    assert all(not ex.get("entities") for ex in td.training_examples)


def test_each_train_file_has_its_topic():
    names = {p.name for p in train_files()}
    assert {"check.yml", "chitchat.yml", "faq.yml", "fr_check.yml", "fr_faq.yml"} <= names
    by_file = {p.name: set(raw_examples([p])) for p in train_files()}
    for name, intents in by_file.items():
        if name.endswith("faq.yml"):  # faq.yml, fr_faq.yml: the questions' topics only
            assert intents and all(i.startswith("faq_") for i in intents), name
        else:
            assert not any(i.startswith("faq_") for i in intents), name


@pytest.mark.parametrize("which", ["train", "test"])
def test_no_duplicates(which, train, test):
    data = train if which == "train" else test
    seen: dict[str, str] = {}
    problems = []
    for intent, texts in data.items():
        for t in texts:
            key = normalise(t)
            if key in seen:
                problems.append((t, seen[key], intent))
            seen[key] = intent
    assert not problems, problems


def test_test_set_is_held_out(train, test):
    train_keys = {normalise(t) for ts in train.values() for t in ts}
    leaked = [(i, t) for i, ts in test.items() for t in ts if normalise(t) in train_keys]
    assert not leaked, leaked


def test_train_counts_per_language(train):
    low = []
    for intent, c in counts(train).items():
        need = TRAIN_MIN_BY_INTENT.get(intent, TRAIN_MIN)
        low += [(intent, code, c[code], need) for code in lang.CODES if c[code] < need]
    assert not low, low
    assert counts(train)["out_of_scope"][None] >= OUT_OF_SCOPE_OTHER_MIN


def test_test_set_language_labels():
    """Every test block names its language, and the word lists do not contradict it."""
    data = raw_examples([TEST_FILE], with_language=True)
    wrong = []
    for intent, pairs in data.items():
        for text, label in pairs:
            assert label in (*lang.CODES, "other"), (intent, text, label)
            guess = language(text)
            if guess is not None and guess != label:
                wrong.append((intent, text, label, guess))
    assert not wrong, wrong


def test_test_counts_per_language():
    low = [(i, code, c[code]) for i, c in metadata_counts().items() for code in lang.CODES if c[code] < TEST_MIN]
    assert not low, low


def test_french_is_a_spoken_language_and_german_is_not():
    """French examples count as French (no longer "another language"); a language no pack
    speaks stays outside every count."""
    assert language("j'ai très mal au bas du dos depuis une semaine") == "fr"
    assert language("bonjour, vous parlez français ?") == "fr"
    assert language("ich habe rückenschmerzen") is None
    assert language("me duele la espalda") is None
    assert language("my lower back hurts") == "en" and language("mijn onderrug doet pijn") == "nl"
    assert language("fr") is None  # a language code names a language, it is not in one


def main() -> int:
    train = raw_examples(train_files())
    ctr, cte = counts(train), metadata_counts()
    keys = [*lang.CODES, None]
    names = [*lang.CODES, "other"]
    print("train: language guessed from word lists (lower bounds); test: block metadata")
    print(f"{'intent':24} " + " ".join(f"{'train ' + n:>11}" for n in names) + "   "
          + " ".join(f"{'test ' + n:>10}" for n in names))

    def row(name, a, b):
        print(f"{name:24} " + " ".join(f"{a[k]:11}" for k in keys) + "   " + " ".join(f"{b[k]:10}" for k in keys))

    for intent in domain_intents():
        row(intent, ctr.get(intent, Counter()), cte.get(intent, Counter()))
    row("total", sum(ctr.values(), Counter()), sum(cte.values(), Counter()))
    return pytest.main([__file__, "-q", "-p", "no:cacheprovider"])


if __name__ == "__main__":
    sys.exit(main())
