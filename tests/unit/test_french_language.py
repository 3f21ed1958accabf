"""French (Belgian) language choice (issue 13): what bot.reading.language returns for a French-speaking
patient, with the real French pack (bot/lang/fr/language.py) registered; and the questions pack
(bot/lang/fr/questions.py) as bot/reading/faq.py reads it.

- a French first message is detected as French; a short message never flips a known language;
- an explicit choice in French, Dutch or English names French ("en français svp",
  "parlez-vous français", "in het Frans", "French please"); statements and negations do not;
- the pack's lexicon shares no word with another pack's, and English and Dutch messages are read
  as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot import lang

ROOT = Path(__file__).resolve().parents[2]

FRENCH_FIRST_MESSAGES = [
    "j'ai mal au dos depuis trois semaines",
    "jai mal au dos depuis 2 sem",
    "mal au dos",
    "la douleur descend dans la jambe gauche depuis hier",
    "je suis tombé dans les escaliers et j'ai très mal au bas du dos",
    "chui bloqué du dos jpeux plus bouger",
    "bonjour j'ai une sciatique qui descend jusqu'au pied",
    "mal au dos depuis lundi, je sais pas marcher",
    "dites une fois, c'est grave docteur?",
    "ca fait une eternite que jai mal au dos",
    "slt, chui bloqué du dos, jpeux meme plus mettre mes chaussettes",
    "Bonsoir, j'ai un lumbago je crois, que dois je faire",
    "jai mal en bas du dos et ca descend dans la jambe, c grave?",
    "bonjour madame, mon medecin m'a dit d'aller chez le kiné pour mon dos",
    "mon dos me fait souffrir depuis des mois, plus moyen de dormir correct",
    "bjr, pcq je reste assise toute la journee au bureau j'ai mal au bas du dos",
    "bonjour, j'habite a Bruxelles mais je travaille a Malines et j'ai mal au dos",
    "salut, mal de dos chronique, j'ai deja fait de la kiné mais ça revient tjs",
    "bonsoir, mon GSM a presque plus de batterie mais j'ai trop mal au dos, aidez moi",
    "j'ai des fourmillements dans les deux jambes et je sens plus mes fesses",
]

CHOICES = [
    "Français", "français", "francais", "FRANÇAIS", "FR", "lang:fr", "LANG:FR", "en français", "en francais",
    "en francais svp", "en français s'il vous plaît", "en français stp", "parlez-vous français", "parlez-vous français?",
    "vous parlez francais?", "est-ce que vous parlez français", "on peut parler en francais?", "je préfère en français",
    "French", "French please", "french pls", "can we speak french", "in French please", "do you speak french?",
    "Frans", "in het Frans", "kan het in het Frans", "in het frans graag", "spreekt u frans", "frans aub",
]  # fmt: skip
NOT_CHOICES = [
    "pas français", "pas en français", "français ou nederlands", "english or french", "frans of engels", "fr", "/fr",
    "je suis français", "mon français est mauvais", "ik ben frans", "i am french", "french fries", "j'ai mal au dos",
    "lang:", "",
]  # fmt: skip


def test_the_pack_names_french():
    from bot.reading import language as L

    pack = lang.module("fr", "language")
    assert pack.BUTTON_TITLE == "Français" and pack.LINGUA == "FRENCH"
    assert set(pack.ALIASES) >= {"fr", "fra", "fre", "french", "francais", "français", "frans"}
    assert ("Français", "lang:fr") in L.LANGUAGE_BUTTONS
    assert L.FR == "fr" and L.PAYLOAD_FR == "lang:fr"


@pytest.mark.parametrize("alias", ["fr", "FR", "fr-BE", "fr_BE", "fra", "fre", "french", "francais", "français", "frans"])
def test_aliases_and_metadata(alias):
    from bot.reading import language as L

    assert L.choose_language(None, "ok", alias) == ("fr", True)
    assert L.language_from_metadata({"language": "fr-BE"}) == "fr"


def test_no_lexicon_word_is_shared():
    from itertools import combinations

    from bot.reading import language as L

    for a, b in combinations(lang.CODES, 2):
        assert not L.LEXICONS[a] & L.LEXICONS[b], (a, b, sorted(L.LEXICONS[a] & L.LEXICONS[b]))


@pytest.mark.parametrize("word", [
    "dos", "douleur", "jambe", "depuis", "j'ai", "jai", "chui", "jpeux", "jsp", "pcq", "bcp", "tkt", "kinésithérapeute",
    "médecin", "medecin", "fièvre", "fievre", "septante", "nonante", "endéans", "tantôt", "fois",
])  # fmt: skip
def test_french_lexicon(word):
    assert word in lang.module("fr", "language").LEXICON


@pytest.mark.parametrize("word", [
    # words English or Dutch people write too: no vote for French
    "je", "les", "mes", "hier", "pas", "au", "dans", "kine", "kiné", "velo", "dit", "en", "de", "la", "on", "pour",
    "accident", "normal", "grave", "reins", "merci", "gsm", "allez",
])  # fmt: skip
def test_words_of_other_languages_are_no_french_vote(word):
    assert word not in lang.module("fr", "language").LEXICON


@pytest.mark.parametrize("text", FRENCH_FIRST_MESSAGES)
def test_a_french_first_message_is_french(text):
    from bot.reading import language as L

    assert L.detect_language(text) == "fr"
    assert L.choose_language(None, text) == ("fr", True)
    assert L.choose_language("nl", text) == ("fr", True)  # not yet confident: detection decides


def test_french_corpus_messages_are_french():
    from bot.reading import language as L

    corpus = yaml.safe_load((ROOT / "tests" / "data" / "corpus" / "fr_tune.yml").read_text(encoding="utf-8"))
    texts = [m["text"] for m in corpus["messages"] if m["expect"].get("language") == "fr"]
    assert len(texts) >= 25
    assert [t for t in texts if L.detect_language(t) != "fr"] == []


@pytest.mark.parametrize("text", CHOICES)
def test_explicit_french(text):
    from bot.reading import language as L

    assert L.explicit_choice(text) == "fr"
    for current in ("en", "nl"):
        assert L.choose_language(current, text, None, True) == ("fr", True)


@pytest.mark.parametrize("text", NOT_CHOICES)
def test_not_an_explicit_choice(text):
    from bot.reading import language as L

    assert L.explicit_choice(text) is None


@pytest.mark.parametrize("text, code", [
    ("en anglais svp", "en"), ("anglais", "en"), ("on peut parler anglais?", "en"),
    ("en néerlandais svp", "nl"), ("en neerlandais stp", "nl"), ("en flamand s'il vous plait", "nl"),
])  # fmt: skip
def test_english_or_dutch_asked_for_in_french(text, code):
    from bot.reading import language as L

    assert L.explicit_choice(text) == code
    assert L.choose_language("fr", text, None, True) == (code, True)


@pytest.mark.parametrize("current", ["en", "nl"])
@pytest.mark.parametrize("text", [
    "oui", "ouais", "non", "merci", "ok", "d'accord", "mal au dos", "depuis hier", "oui merci", "3 semaines",
    "bonjour", "salut", "ça va", "jsp", "une fois", "à tantôt", "non peut-être",
])  # fmt: skip
def test_short_french_messages_never_flip(current, text):
    from bot.reading import language as L

    assert L.choose_language(current, text, None, True) == (current, True)


@pytest.mark.parametrize("current", ["en", "nl"])
def test_a_clear_run_of_french_flips(current):
    from bot.reading import language as L

    run = "depuis trois semaines j'ai mal au bas du dos et la douleur descend dans la jambe"
    assert L.is_clear_run(run, "fr")
    assert L.choose_language(current, run, None, True) == ("fr", True)


def test_a_confident_french_conversation_stays_french_until_a_clear_run():
    from bot.reading import language as L

    for short in ["ok", "yes", "ja", "3 weeks", "3 weken", "my back", "mijn rug"]:
        assert L.choose_language("fr", short, None, True) == ("fr", True)
    assert L.choose_language("fr", "I have had pain in my lower back for three weeks and it goes down my leg",
                             None, True) == ("en", True)
    assert L.choose_language("fr", "ik heb al drie weken pijn in mijn onderrug en het straalt uit naar mijn been",
                             None, True) == ("nl", True)


@pytest.mark.parametrize("text, expected", [
    ("bonjour", "fr"), ("Bonjour !", "fr"), ("bonsoir", "fr"), ("salut", "fr"), ("coucou", "fr"), ("slt", "fr"),
    ("bjr", "fr"), ("bonjour madame", "fr"), ("bonjour à tous", "fr"), ("hello", "en"), ("hallo", "nl"), ("hi", None),
])  # fmt: skip
def test_french_greetings(text, expected):
    from bot.reading import language as L

    assert L.greeting_language(text) == expected
    assert L.detect_language(text) is None  # a greeting alone is no detection


def test_english_and_dutch_messages_are_read_as_before():
    """The shared table tests/data/language_messages.yml (French rows included, "mal au dos" is French):
    with French registered every message keeps its language ("car accident in march", whose words lingua
    finds French-looking, stays English by the English month names)."""
    from bot.reading import language as L

    messages = yaml.safe_load((ROOT / "tests" / "data" / "language_messages.yml").read_text(encoding="utf-8"))
    assert {"en", "nl", "fr"} <= {m["lang"] for m in messages}
    changed = {}
    for m in messages:
        got = L.detect_language(m["text"])
        if got != m["lang"]:
            changed[m["text"]] = (m["lang"], got)
    assert changed == {}


# ------------------------------------------------------------------ questions (bot/reading/faq.py)


@pytest.mark.parametrize("text, shaped", [
    ("est-ce que je peux conduire avec une sciatique", True),
    ("puis-je faire du sport", True),
    ("combien de séances faut-il", True),
    ("on peut venir sans ordonnance", True),
    ("mal au dos depuis 4 jours, quand est-ce que ça passe", True),
    ("ça fait 2 semaines, est-ce que je dois voir un médecin", True),
    # statements: the patient tells, not asks
    ("je peux plus marcher", False),
    ("je sais pas marcher", False),
    ("quand je me penche ça tire", False),
    ("il y a 3 jours je me suis bloqué le dos", False),
])
def test_french_question_shape(text, shaped):
    from bot.reading import faq

    assert faq.is_question_shaped(text) is shaped


def test_two_french_questions_in_one_message():
    from bot.reading import faq

    assert len(faq._parts("je peux conduire ? et combien de séances ?")) == 2
    assert len(faq._parts("je peux conduire et aussi combien de séances")) == 2


@pytest.mark.parametrize("text, elsewhere", [
    ("quels antidouleurs pour mon chien ?", True),
    ("j'ai la nuque raide, c'est grave ?", True),
    ("mal au dos et à la nuque, que faire ?", False),  # names the back
    ("la mutuelle rembourse l'ostéopathe ?", True),
    ("le kiné ou l'ostéopathe pour mon dos ?", False),
    ("on peut se garer près du cabinet ?", True),
])
def test_french_questions_about_something_else(text, elsewhere):
    from bot.reading import faq

    assert faq.about_something_else(text) is elsewhere


def test_french_stems_join_the_forms_of_a_word():
    from bot.reading import faq

    assert faq.stems("conduisez conduire") == {"condu"}
    assert faq.stems("douleur douleurs") == {"doule"}
    assert faq.stems("marchez marcher marche") == {"march"}
