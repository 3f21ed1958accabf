"""French (Belgian) in the parts around the dialogue (issue 13): the WhatsApp channel's own
texts, the practice's notes (the shared check, the handoff) and handoff times, the practice's
opening hours, and the website widget's strings and demo page.

Each check runs over the registered language packs (bot.lang.CODES) or every language the
texts have, so a next language fails here until its texts exist, with no edit in the code.
French is checked whether or not it is registered yet (run with /tmp/withfr.py or after the
lead registers it; the lexicon test needs the French pack's own lexicon).
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from bot import lang
from bot.channels import whatsapp_texts as texts
from bot.practice_inbox import chatwoot, handoff

ROOT = Path(__file__).resolve().parents[2]
WEB = ROOT / "web"
PRACTICE_FILE = ROOT / "config" / "practice.yml"
HANDOFF_WORDS = handoff.WHEN_WORDS
FRENCH_HOURS = "du lundi au vendredi de 8h à 20h, le samedi de 9h à 12h"

# Every language that must have the texts: the registered packs, and French.
LANGUAGES = tuple(dict.fromkeys([*lang.CODES, "fr"]))
# Informal French the assistant's own texts never use ("vous" only).
TU = re.compile(r"(?<![\w'])(?:(?:tu|te|toi|ton|ta|tes)(?![\w'])|t'(?=\w))", re.IGNORECASE)


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _strings(item)


# --- WhatsApp -------------------------------------------------------------------------
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_each_whatsapp_text(language):
    for table in (texts.TEXT_ONLY, texts.NO_AUDIO, texts.EMERGENCY, texts.LIST_BUTTON, texts.LIST_SECTION):
        assert table.get(language, "").strip(), f"{language} missing in a table of whatsapp_texts"


@pytest.mark.parametrize("language", LANGUAGES)
def test_whatsapp_labels_keep_whatsapps_limits(language):
    # WhatsApp Cloud API: the list's button 20 characters, a section title 24.
    assert len(texts.LIST_BUTTON[language]) <= texts.MAX_LIST_BUTTON == 20
    assert len(texts.LIST_SECTION[language]) <= texts.MAX_SECTION_TITLE == 24


def test_french_whatsapp_texts_say_vous_and_112():
    assert texts.TEXT_ONLY["fr"] == "Désolé, je peux seulement lire des messages écrits. Tapez votre réponse."
    assert texts.NO_AUDIO["fr"] == "Désolé, je ne peux pas écouter les messages vocaux. Tapez votre réponse."
    assert texts.EMERGENCY["fr"] == "Urgence ? Appelez le 112."
    assert (texts.LIST_BUTTON["fr"], texts.LIST_SECTION["fr"]) == ("Choisir", "Options")
    for text in (texts.TEXT_ONLY["fr"], texts.NO_AUDIO["fr"], texts.EMERGENCY["fr"]):
        assert not TU.search(text), text


def test_a_notice_speaks_the_practices_languages_in_pack_order(monkeypatch):
    monkeypatch.setattr(lang, "CODES", ("en", "nl", "fr"))
    trilingual = texts.notice(texts.TEXT_ONLY, ["nl", "en", "fr"])
    assert trilingual.splitlines() == [
        texts.TEXT_ONLY["en"], texts.TEXT_ONLY["nl"], texts.TEXT_ONLY["fr"],
        "🚨 Emergency? Call 112. / Noodgeval? Bel 112. / Urgence ? Appelez le 112.",
    ]
    # A practice in the Netherlands leaves French out: no French line.
    dutch_practice = texts.notice(texts.NO_AUDIO, ["nl", "en"])
    assert "Désolé" not in dutch_practice and "Urgence" not in dutch_practice
    assert dutch_practice.splitlines()[-1] == "🚨 Emergency? Call 112. / Noodgeval? Bel 112."


def test_a_language_that_is_not_registered_is_not_offered(monkeypatch):
    monkeypatch.setattr(lang, "CODES", ("en", "nl"))
    assert texts.offered_languages(["nl", "en", "fr"]) == ("en", "nl")
    assert texts.offered_languages([]) == ("en",)


def test_the_notices_follow_the_practice_config():
    practice = yaml.safe_load(PRACTICE_FILE.read_text(encoding="utf-8"))
    offered = [code for code in lang.CODES if code in practice["languages"]]
    assert texts.UNSUPPORTED_MESSAGE == texts.notice(texts.TEXT_ONLY, practice["languages"])
    assert texts.UNSUPPORTED_AUDIO == texts.notice(texts.NO_AUDIO, practice["languages"])
    assert len(texts.UNSUPPORTED_MESSAGE.splitlines()) == len(offered) + 1
    assert texts.unsupported_reply("voice") == texts.UNSUPPORTED_AUDIO
    assert texts.unsupported_reply("sticker") == texts.UNSUPPORTED_MESSAGE


def _french_lexicon_ready() -> bool:
    if "fr" not in lang.CODES:
        return False
    return set(lang.module("fr", "language").LEXICON) != set(lang.module("en", "language").LEXICON)


def _domain_texts_with_buttons():
    for path in sorted((ROOT / "domain").glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for name, variants in (data.get("responses") or {}).items():
            for variant in variants:
                if not variant.get("text") or not variant.get("buttons"):
                    continue
                language = "en"
                for condition in variant.get("condition") or []:
                    if condition.get("name") == "language":
                        language = condition.get("value")
                yield name, language, variant["text"]


def test_the_list_labels_follow_the_language_of_every_question_with_buttons():
    """The guess reads each registered pack's lexicon: every question with buttons in the
    domain gets the labels of its own language (English and Dutch as before)."""
    if "fr" in lang.CODES and not _french_lexicon_ready():
        pytest.skip("the French lexicon is still the skeleton's copy of the English one")
    wrong = [(name, language, texts.guess_language(text), text[:60])
             for name, language, text in _domain_texts_with_buttons()
             if language in lang.CODES and texts.guess_language(text) != language]
    assert not wrong, wrong


def test_the_guess_keeps_english_and_dutch():
    assert texts.guess_language("Hoe lang heb je deze pijn al?") == "nl"
    assert texts.guess_language("How long have you had this pain?") == "en"
    assert texts.guess_language("") == "en"
    assert texts.guess_language("👇") == "en"


def test_a_third_lexicon_wins_on_its_own_words(monkeypatch):
    """The guess is the same code for any number of packs: with a (small) French lexicon
    next to the real English and Dutch ones, a French question gets French labels."""
    real = {code: table for code, table in texts._lexicons().items() if code in ("en", "nl")}
    french = frozenset("vous votre depuis combien temps avez douleur dos jambe quel quelle age comment".split())
    monkeypatch.setattr(texts, "_lexicons", lambda: {**real, "fr": french})
    assert texts.guess_language("Depuis combien de temps avez-vous mal au dos ?") == "fr"
    assert texts.guess_language("Quel âge avez-vous ?") == "fr"
    assert texts.guess_language("Hoe lang heb je deze pijn al?") == "nl"
    assert texts.guess_language("How long have you had this pain?") == "en"


@pytest.mark.skipif(not _french_lexicon_ready(), reason="French not registered, or its lexicon is still the skeleton")
def test_a_french_question_gets_french_list_labels():
    for question in ("Depuis combien de temps avez-vous mal au dos ?",
                     "Comment la douleur a-t-elle commencé ?",
                     "Quel âge avez-vous ?"):
        assert texts.guess_language(question) == "fr", question


# --- the practice's notes and the handoff --------------------------------------------
def _keys(value, prefix=""):
    if isinstance(value, dict):
        out = set()
        for key, item in value.items():
            out |= {f"{prefix}{key}"} | _keys(item, f"{prefix}{key}.")
        return out
    return set()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_the_practice_note_labels(language):
    assert _keys(chatwoot.NOTE_WORDS[language]) == _keys(chatwoot.NOTE_WORDS["en"])
    assert _keys(handoff.NOTE_WORDS[language]) == _keys(handoff.NOTE_WORDS["en"])
    assert set(HANDOFF_WORDS[language]) == set(HANDOFF_WORDS["en"])
    assert len(HANDOFF_WORDS[language]["days"]) == 7
    # the same placeholders as English, so the notes fill in the same way
    for table in (chatwoot.NOTE_WORDS, handoff.NOTE_WORDS, HANDOFF_WORDS):
        for key, english in table["en"].items():
            if isinstance(english, str):
                assert set(re.findall(r"\{\w+\}", table[language][key])) == set(re.findall(r"\{\w+\}", english)), key


def test_the_french_practice_note():
    summary = {"reference": "LBP-7", "level": "physio", "condition": "nonspecific", "rule": "R9",
               "duration_days": 10, "language": "fr", "channel": "rest", "date": "2026-12-02T10:00:00+01:00",
               "answers": {}, "callback": {"name": "Anne", "phone": "+32 470 12 34 56"}}
    note = chatwoot.note_text(summary, "fr")
    assert note.startswith("Test du mal de dos partagé par le patient (référence LBP-7)")
    for label in ("Niveau: physio", "Règle: R9", "Langue: fr", "Canal: rest", "Nom: Anne", "Téléphone: +32 470"):
        assert label in note, note
    text = handoff.handoff_note("H-1", [], None, "fr", "whatsapp")
    assert text.startswith("Le patient demande à parler à une personne (transfert H-1).")
    assert "Conseil donné jusqu'ici: pas encore de conseil" in text and "aucune pour l'instant" in text
    assert handoff.escalation_note("emergency", "fr").endswith("son conseil (emergency).")
    for words in (chatwoot.NOTE_WORDS["fr"], handoff.NOTE_WORDS["fr"]):
        for value in _strings(words):
            assert not TU.search(value), value


def test_french_handoff_times():
    from datetime import datetime, timezone

    now = datetime(2026, 12, 2, 21, 0, tzinfo=timezone.utc)  # a Wednesday
    words = HANDOFF_WORDS["fr"]
    assert handoff.when_words(datetime(2026, 12, 2, 22, 0, tzinfo=timezone.utc), now, "fr", words) == "aujourd'hui à 22:00"
    assert handoff.when_words(datetime(2026, 12, 3, 8, 0, tzinfo=timezone.utc), now, "fr", words) == "demain à 08:00"
    assert handoff.when_words(datetime(2026, 12, 5, 9, 0, tzinfo=timezone.utc), now, "fr", words) == "samedi à 09:00"


# --- the practice's opening hours ------------------------------------------------------
def test_the_practice_gives_its_hours_in_french():
    practice = yaml.safe_load(PRACTICE_FILE.read_text(encoding="utf-8"))
    assert practice["opening_hours"]["fr"] == FRENCH_HOURS
    for code in LANGUAGES:  # registering a language needs no edit of the hours
        assert practice["opening_hours"].get(code), f"no opening hours text for {code}"


# --- the website widget ----------------------------------------------------------------
def _node(script: str):
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed")
    done = subprocess.run([node, "--input-type=module", "-e", script], cwd=WEB, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_the_widget_speaks_every_language_with_the_same_strings():
    result = _node(
        "import * as i18n from './src/i18n.js';"
        "const all = Object.fromEntries(i18n.LANGUAGES.map((c) => [c, i18n.strings(c)]));"
        "console.log(JSON.stringify({languages: i18n.LANGUAGES, strings: all,"
        " fr: i18n.normaliseLanguage('fr-BE'), upper: i18n.normaliseLanguage(' FR '), de: i18n.normaliseLanguage('de'),"
        " offered: i18n.normaliseLanguages('nl, en'), frOnly: i18n.normaliseLanguages('fr;xx'),"
        " none: i18n.normaliseLanguages(''), unknown: i18n.normaliseLanguages('de')}))")
    assert result["languages"][:2] == ["en", "nl"] and "fr" in result["languages"]
    for code in LANGUAGES:
        assert code in result["languages"], f"the widget has no strings for {code}"
        assert _keys(result["strings"][code]) == _keys(result["strings"]["en"]), code
        assert set(result["strings"][code]["languageNames"]) == set(result["languages"])
    assert (result["fr"], result["upper"], result["de"]) == ("fr", "fr", None)
    assert result["offered"] == ["nl", "en"] and result["frOnly"] == ["fr"]
    assert result["none"] == result["languages"] == result["unknown"]


def test_the_widgets_french_strings():
    fr = _node("import {strings} from './src/i18n.js'; console.log(JSON.stringify(strings('fr')))")
    assert fr["languageNames"]["fr"] == "Français"
    assert fr["greeting"] == "Bonjour"
    assert fr["placeholder"] == "Tapez votre réponse…"
    assert fr["levels"] == {
        "emergency": "Urgence\u00a0: appelez le 112",
        "urgent": "Voyez un médecin aujourd'hui",
        "doctor": "Voyez votre médecin traitant cette semaine",
        "physio": "Prenez rendez-vous chez le kiné",
    }
    english = _node("import {strings} from './src/i18n.js'; console.log(JSON.stringify(strings('en')))")
    for key in _keys(fr):
        a, b = fr, english
        for part in key.split("."):
            a, b = a[part], b[part]
        if isinstance(a, str) and key not in ("links", "assistant") and not key.startswith("languageNames"):
            assert a != b, f"{key} is still English: {a!r}"
    for value in _strings(fr):
        assert not TU.search(value), value


def test_the_widget_code_names_no_list_of_languages():
    for path in sorted((WEB / "src").glob("*.js")):
        code = path.read_text(encoding="utf-8")
        assert not re.search(r"\[\s*[\"']en[\"']\s*,\s*[\"']nl[\"']", code), f"{path.name} lists the languages itself"


def test_the_french_demo_page():
    page = (WEB / "demo" / "fr.html").read_text(encoding="utf-8")
    assert '<html lang="fr">' in page
    assert FRENCH_HOURS in page and 'href="tel:112"' in page
    assert 'id="lbp-chat-script"' in page and 'src="widget.js"' in page
    assert "window.lbpChat.open()" in page
    # every demo page links to the others, each in its own language
    pages = {"en": "index.html", "nl": "nl.html", "fr": "fr.html"}
    for code, name in pages.items():
        text = (WEB / "demo" / name).read_text(encoding="utf-8")
        for other, target in pages.items():
            if other != code:
                assert re.search(rf'href="(?:{re.escape(target)}|\./)"[^>]*hreflang="{other}"', text), (name, other)
    build = (WEB / "build.mjs").read_text(encoding="utf-8")
    assert "readdir" in build and '"nl.html"' not in build  # every demo page is copied, none named
