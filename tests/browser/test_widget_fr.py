"""The website chat widget in French (Belgian, "vous"), in a real browser (headless
Chromium): the French demo page at 360 px, the FR toggle next to EN and NL, the channel
metadata {"language": "fr"}, the French result cards and error notice, axe-core at 360 px,
and a practice that offers fewer languages (data-languages).

These tests talk to a scripted fake Rasa (conftest.FakeRasa), so they check the widget's
own French, not the assistant's: the French conversation with the real assistant belongs
with the French model (tests/browser/test_widget.py plays the English and Dutch ones)."""
from __future__ import annotations

import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest
from test_accessibility import assert_no_serious_violation
from widget_page import DESKTOP, LEVEL_WORDS, PHONE_SIZE, SR_PREFIX, Chat, assert_phone_friendly, closed_port

pytestmark = pytest.mark.browser

FR_LEVELS = LEVEL_WORDS["fr"]
FR_UNREACHABLE = "L'assistant n'est pas joignable pour le moment. J'essaie encore…"

# What the fake assistant says (in the words a French assistant would use).
INTRO = {
    "fr": "Bonjour, je suis l'assistant de Sportkinetics Mechelen. Je ne suis pas médecin. "
          "En cas d'urgence, appelez le 112. Je vous pose quelques questions, d'accord\u00a0?",
    "en": "Hi, I'm the assistant of Sportkinetics Mechelen. I'm not a doctor. In an emergency, call 112.",
    "nl": "Hallo, ik ben de assistent van Sportkinetics Mechelen. Ik ben geen dokter.",
}
CONSENT = {
    "fr": ["Oui, c'est d'accord", "Non"],
    "en": ["Yes, that's OK", "No"],
    "nl": ["Ja, dat is goed", "Nee"],
}
ONSET = ("Comment la douleur a-t-elle commencé\u00a0?",
         ["Tout à coup\u00a0: en soulevant, en me penchant ou en tournant", "Après une chute ou un accident",
          "Petit à petit"])


def fake_assistant(body: dict, count: int):
    sender, message = body["sender"], body["message"]
    language = (body.get("metadata") or {}).get("language") or "en"
    if message in ("Hello", "Hallo", "Bonjour"):
        return 200, [{"recipient_id": sender, "text": INTRO[language],
                      "buttons": [{"title": t, "payload": f"/consent{i}"} for i, t in enumerate(CONSENT[language])]}]
    if message.startswith("lang:"):
        return 200, [{"recipient_id": sender, "text": {"fr": "D'accord, on continue en français.",
                                                       "nl": "Oké, we gaan verder in het Nederlands.",
                                                       "en": "OK, let's continue in English."}[message[5:]]}]
    if message == "/consent0":
        return 200, [{"recipient_id": sender, "text": ONSET[0],
                      "buttons": [{"title": t, "payload": f"/onset{i}"} for i, t in enumerate(ONSET[1])]}]
    if message == "résultat":
        return 200, [{"recipient_id": sender, "custom": {"triage": {
            "level": level, "condition": "nonspecific", "duration_days": 10, "language": "fr"}}}
            for level in ("emergency", "urgent", "doctor", "physio")]
    return 200, [{"recipient_id": sender, "text": f"Vous avez écrit\u00a0: {message}"}]


def bot_texts(chat: Chat):
    """As the page holds them (selenium's .text would turn the no-break spaces into spaces)."""
    return [SR_PREFIX.sub("", e.get_attribute("textContent")).strip() for e in chat.qa("li.msg--bot .bubble")]


def user_texts(chat: Chat):
    return [SR_PREFIX.sub("", e.get_attribute("textContent")).strip()
            for e in chat.qa("li.msg--user:not([hidden]) .bubble")]


def toggles(chat: Chat):
    return [(b.get_attribute("data-lang"), b.text, b.get_attribute("aria-pressed"), b.get_attribute("aria-label"))
            for b in chat.qa(".lang")]


# --- the French demo page on a phone -----------------------------------------------
def test_french_page_on_a_phone_speaks_french(browser, site, fake_rasa, screenshots):
    fake = fake_rasa(fake_assistant)
    chat = Chat(browser())
    chat.viewport(*PHONE_SIZE, mobile=True)
    chat.load(f"{site}/fr.html?rasa={fake.url}")
    assert chat.driver.execute_script("return document.documentElement.lang") == "fr"
    assert chat.launcher.get_attribute("textContent") == "Mal au dos\u00a0? Faites le test ici"
    assert chat.launcher.get_attribute("lang") == "fr"
    chat.open()
    chat.wait_idle()
    # The greeting went out in French, with the French metadata.
    assert [(r["message"], r["metadata"]) for r in fake.requests] == [("Bonjour", {"language": "fr"})]
    assert user_texts(chat) == []
    assert chat.panel.get_attribute("lang") == "fr"
    assert chat.q(".title").text == "Test mal de dos"
    # FR next to EN and NL, each with its code and its name.
    assert toggles(chat) == [
        ("en", "EN", "false", "EN, English"),
        ("nl", "NL", "false", "NL, Nederlands"),
        ("fr", "FR", "true", "FR, Français"),
    ]
    assert chat.q(".langs").get_attribute("aria-label") == "Langue"
    assert chat.q("input.input").get_attribute("placeholder") == "Tapez votre réponse…"
    assert chat.q(".close").get_attribute("aria-label") == "Fermer le chat"
    assert chat.q(".send").get_attribute("aria-label") == "Envoyer"
    assert chat.qa("li.msg--bot .bubble .sr-only")[0].get_attribute("textContent") == "Assistant\u00a0: "
    assert "pas médecin" in bot_texts(chat)[0]
    assert [b.get_attribute("textContent") for b in chat.choices()] == CONSENT["fr"]
    assert_phone_friendly(chat)
    header = chat.q(".header")
    assert chat.driver.execute_script("return arguments[0].scrollWidth <= arguments[0].clientWidth", header)
    chat.screenshot(screenshots, "fr-phone-360x740-open")

    # A long French answer button wraps inside the phone's width.
    chat.choose("Oui, c'est d'accord")
    assert bot_texts(chat)[-1] == ONSET[0]
    assert [b.get_attribute("textContent") for b in chat.choices()] == ONSET[1]
    assert_phone_friendly(chat)
    chat.say("ça fait quinze jours que j'ai mal au dos")
    assert user_texts(chat)[-1] == "ça fait quinze jours que j'ai mal au dos"
    assert all(r["metadata"] == {"language": "fr"} for r in fake.requests)
    assert chat.qa("li.msg--user .sr-only")[-1].get_attribute("textContent") == "Vous\u00a0: "
    chat.screenshot(screenshots, "fr-phone-360x740-answers")


def test_french_result_cards_at_360_px(browser, site, fake_rasa, screenshots):
    from selenium.webdriver.common.by import By

    fake = fake_rasa(fake_assistant)
    chat = Chat(browser())
    chat.viewport(*PHONE_SIZE, mobile=True)
    chat.load(f"{site}/fr.html?rasa={fake.url}")
    chat.open()
    chat.wait_idle()
    chat.say("résultat")
    cards = chat.qa(".triage")
    assert [c.get_attribute("data-level") for c in cards] == ["emergency", "urgent", "doctor", "physio"]
    for card in cards:
        assert card.find_element(By.XPATH, "..").get_attribute("lang") == "fr"
        assert "Résultat du test" in card.get_attribute("textContent")
        assert FR_LEVELS[card.get_attribute("data-level")] in card.get_attribute("textContent")
        assert card.find_element(By.CSS_SELECTOR, "svg.triage__icon")
    call = cards[0].find_element(By.CSS_SELECTOR, "a.link-button")
    assert call.get_attribute("href") == "tel:112" and call.text == "Appelez le 112"
    assert_phone_friendly(chat)
    chat.screenshot(screenshots, "fr-phone-360x740-triage-levels", show=cards[-1])


# --- the FR toggle ------------------------------------------------------------------
def test_fr_toggle_switches_the_conversation_to_french(browser, site, fake_rasa):
    fake = fake_rasa(fake_assistant)
    chat = Chat(browser())
    chat.viewport(*DESKTOP)
    chat.load(f"{site}/index.html?rasa={fake.url}")
    chat.open()
    chat.wait_idle()
    assert [b for _, b, pressed, _ in toggles(chat) if pressed == "true"] == ["EN"]
    assert fake.requests[0]["metadata"] == {"language": "en"}

    chat.q(".lang[data-lang='fr']").click()
    chat.wait_idle()
    assert user_texts(chat)[-1] == "Français"  # not the raw payload lang:fr
    assert (fake.requests[-1]["message"], fake.requests[-1]["metadata"]) == ("lang:fr", {"language": "fr"})
    assert bot_texts(chat)[-1] == "D'accord, on continue en français."
    assert [code for code, _, pressed, _ in toggles(chat) if pressed == "true"] == ["fr"]
    assert chat.panel.get_attribute("lang") == "fr"
    assert chat.q("input.input").get_attribute("placeholder") == "Tapez votre réponse…"
    assert chat.launcher.get_attribute("aria-label") == "Mal au dos\u00a0? Faites le test ici\u00a0: ouvrir le chat"
    chat.say("j'ai mal au dos depuis huit jours")
    assert fake.requests[-1]["metadata"] == {"language": "fr"}

    # The choice is kept: a reload stays in French.
    chat.driver.refresh()
    chat.load(chat.driver.current_url)
    assert [code for code, _, pressed, _ in toggles(chat) if pressed == "true"] == ["fr"]
    assert chat.q("input.input").get_attribute("placeholder") == "Tapez votre réponse…"

    # And back to Dutch.
    chat.q(".lang[data-lang='nl']").click()
    chat.wait_idle()
    assert (fake.requests[-1]["message"], fake.requests[-1]["metadata"]) == ("lang:nl", {"language": "nl"})
    assert user_texts(chat)[-1] == "Nederlands"
    assert chat.q("input.input").get_attribute("placeholder") == "Typ je antwoord…"


def test_the_widget_follows_a_french_result(browser, site, fake_rasa):
    """The person wrote in French on the English page: the assistant's result card says
    French, and the widget's own texts follow."""
    fake = fake_rasa(fake_assistant)
    chat = Chat(browser())
    chat.viewport(*DESKTOP)
    chat.load(f"{site}/index.html?rasa={fake.url}")
    chat.open()
    chat.wait_idle()
    chat.say("résultat")
    assert FR_LEVELS["physio"] in chat.triage_card().get_attribute("textContent")
    assert [code for code, _, pressed, _ in toggles(chat) if pressed == "true"] == ["fr"]
    chat.say("merci")
    assert fake.requests[-1]["metadata"] == {"language": "fr"}


def test_the_toggle_offers_french_before_the_chat_opens(browser, site):
    chat = Chat(browser())
    chat.viewport(*DESKTOP)
    chat.load(f"{site}/index.html?rasa=http://127.0.0.1:{closed_port()}")
    chat.driver.execute_script("window.lbpChat.setLanguage('fr')")
    assert chat.launcher.get_attribute("textContent") == "Mal au dos\u00a0? Faites le test ici"
    chat.driver.execute_script("window.lbpChat.setLanguage('de')")  # not a language of the widget: ignored
    assert chat.launcher.get_attribute("textContent") == "Mal au dos\u00a0? Faites le test ici"


# --- the assistant cannot be reached -------------------------------------------------
def test_unreachable_assistant_in_french(browser, site, screenshots):
    chat = Chat(browser())
    chat.viewport(*PHONE_SIZE, mobile=True)
    chat.load(f"{site}/fr.html?rasa=http://127.0.0.1:{closed_port()}")
    chat.open()
    chat.wait.until(lambda d: chat.state == "error" and chat.q(".status").is_displayed())
    assert chat.q(".status__text").text == FR_UNREACHABLE
    assert chat.q("button.retry").text == "Réessayer"
    chat.q("input.input").send_keys("j'ai mal au dos\n")
    chat.wait.until(lambda d: user_texts(chat))
    assert user_texts(chat) == ["j'ai mal au dos"]
    chat.wait.until(lambda d: chat.qa(".note"))
    assert chat.q(".note").text == "Pas encore envoyé"
    text = chat.panel_text()
    for leak in ("{", "}", "Error", "Traceback", "Failed to fetch", "undefined", "null"):
        assert leak not in text, f"{leak!r} shown to the user:\n{text}"
    assert_phone_friendly(chat)
    chat.screenshot(screenshots, "fr-phone-360x740-unreachable")


# --- accessibility ------------------------------------------------------------------
def test_the_french_widget_has_no_serious_violation_at_360_px(browser, site, fake_rasa, axe_source):
    fake = fake_rasa(fake_assistant)
    chat = Chat(browser())
    chat.viewport(*PHONE_SIZE, mobile=True)
    chat.load(f"{site}/fr.html?rasa={fake.url}")
    assert_no_serious_violation(chat, axe_source, "fr phone-360 closed")
    chat.open()
    chat.wait_idle()
    assert_no_serious_violation(chat, axe_source, "fr phone-360 open")
    chat.say("résultat")
    assert_no_serious_violation(chat, axe_source, "fr phone-360 result")


# --- a practice that offers fewer languages -----------------------------------------
@pytest.fixture
def own_page(tmp_path, web_dist):
    """A practice page of our own with widget.js next to it: (url of the page)."""
    (tmp_path / "widget.js").write_bytes((web_dist / "widget.js").read_bytes())
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(SimpleHTTPRequestHandler, directory=str(tmp_path)))
    threading.Thread(target=server.serve_forever, daemon=True).start()

    def page(html: str) -> str:
        (tmp_path / "page.html").write_text(html, encoding="utf-8")
        host, port = server.server_address[:2]
        return f"http://{host}:{port}/page.html"

    yield page
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("languages,expected,first", [
    ("nl,en", ["nl", "en"], "en"),  # a practice in the Netherlands leaves French out
    ("fr, nl", ["fr", "nl"], "fr"),  # <html lang="en"> is not offered: the first one
    ("", ["en", "nl", "fr"], "en"),  # not given: every language of the widget
])
def test_data_languages_decides_the_toggle(browser, fake_rasa, own_page, languages, expected, first):
    fake = fake_rasa(fake_assistant)
    url = own_page(
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1"><title>t</title></head><body>'
        f'<script src="widget.js" data-rasa-url="{fake.url}" data-languages="{languages}" defer></script>'
        "</body></html>")
    chat = Chat(browser())
    chat.viewport(*PHONE_SIZE, mobile=True)
    chat.load(url)
    assert [code for code, *_ in toggles(chat)] == expected
    chat.open()
    chat.wait_idle()
    assert fake.requests[0]["metadata"] == {"language": first}
    chat.driver.execute_script("window.lbpChat.setLanguage('fr')")
    pressed = [code for code, _, p, _ in toggles(chat) if p == "true"]
    assert pressed == (["fr"] if "fr" in expected else [first])
    assert_phone_friendly(chat)
