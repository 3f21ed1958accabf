"""The website chat widget in a real browser (headless Chromium), talking to the
real assistant: what a person sees and can do, on a desktop and on a phone,
in English and in Dutch."""
from __future__ import annotations

import time

import pytest
from widget_page import (
    DESKTOP,
    DURATION_QUESTION,
    LEVEL_WORDS,
    PHONE_SIZE,
    UNREACHABLE,
    Chat,
    assert_phone_friendly,
    assert_result,
    closed_port,
    looks_dutch,
)

pytestmark = pytest.mark.browser


# --- the full check, in English on a phone, with a reload in the middle -------
def test_english_check_on_a_phone_survives_a_reload(browser, site, rasa_url, screenshots):
    chat = Chat(browser())
    chat.viewport(*PHONE_SIZE, mobile=True)
    chat.load(f"{site}/index.html?rasa={rasa_url}")
    assert not chat.is_open()
    assert chat.launcher.get_attribute("aria-label")
    chat.open()
    assert chat.panel.get_attribute("role") == "dialog" and chat.panel.get_attribute("aria-label")
    chat.wait_idle()
    # The bot starts: its introduction (an assistant, not a doctor, 112) and consent.
    intro = "\n".join(chat.bot_texts())
    assert "not a doctor" in intro and "112" in intro
    assert chat.user_texts() == []  # the widget's greeting is not shown as the user's
    assert [b.text for b in chat.choices()][:2] == ["Yes, that's OK", "No"]
    assert_phone_friendly(chat)

    # Answer until the duration question, then reload the page.
    chat.answer_until("en", "about 10 days", stop=lambda c: DURATION_QUESTION["en"] in c.bot_texts()[-1])
    assert chat.user_texts() == ["Yes, that's OK", "Suddenly: lifting, bending or twisting"]
    assert all(b.get_attribute("disabled") is not None for b in chat.qa("li.msg--bot button.choice"))
    sender = chat.driver.execute_script(
        "return Object.entries(localStorage).filter(([k]) => k.startsWith('lbp-chat:')).map(([, v]) => JSON.parse(v).sender)[0]")
    transcript = (chat.bot_texts(), chat.user_texts())

    chat.driver.refresh()
    chat.load(chat.driver.current_url)
    assert chat.is_open(), "the open chat stays open after a reload"
    assert (chat.bot_texts(), chat.user_texts()) == transcript
    assert chat.driver.execute_script(
        "return Object.entries(localStorage).filter(([k]) => k.startsWith('lbp-chat:')).map(([, v]) => JSON.parse(v).sender)[0]"
    ) == sender
    # The same conversation goes on: the duration answers the pending question.
    chat.say("about 10 days")
    assert "Does the pain spread into a leg" in chat.bot_texts()[-1]
    assert chat.user_texts()[-1] == "about 10 days"

    chat.answer_until("en", "about 10 days")
    assert_result(chat, "en")
    assert_phone_friendly(chat)
    chat.screenshot(screenshots, "en-phone-360x740-result", show=chat.triage_card())
    chat.viewport(*DESKTOP)
    chat.screenshot(screenshots, "en-desktop-1280x800-result", show=chat.triage_card())


# --- the full check, in Dutch on a desktop ------------------------------------
def test_dutch_check_on_a_desktop(browser, site, rasa_url, screenshots):
    chat = Chat(browser())
    chat.viewport(*DESKTOP)
    chat.load(f"{site}/nl.html?rasa={rasa_url}")
    assert chat.driver.execute_script("return document.documentElement.lang") == "nl"
    assert "Rugpijn" in chat.launcher.text
    chat.open()
    assert chat.active() == chat.q("input.input"), "focus moves into the input"
    chat.wait_idle()
    assert "geen dokter" in "\n".join(chat.bot_texts())
    assert chat.q(".lang[data-lang='nl']").get_attribute("aria-pressed") == "true"
    chat.answer_until("nl", "sinds 3 weken")
    assert "sinds 3 weken" in chat.user_texts()
    assert_result(chat, "nl")
    # Link buttons stay usable after the check; the chat's buttons are real buttons.
    assert all(b.tag_name == "button" for b in chat.qa("li.msg--bot .choice"))
    chat.screenshot(screenshots, "nl-desktop-1280x800-result", show=chat.triage_card())
    chat.viewport(*PHONE_SIZE, mobile=True)
    assert_phone_friendly(chat)
    chat.screenshot(screenshots, "nl-phone-360x740-result", show=chat.triage_card())


# --- the full check, in French on a phone -------------------------------------------
def test_french_check_on_a_phone(browser, site, rasa_url, screenshots):
    chat = Chat(browser())
    chat.viewport(*PHONE_SIZE, mobile=True)
    chat.load(f"{site}/fr.html?rasa={rasa_url}")
    assert chat.driver.execute_script("return document.documentElement.lang") == "fr"
    chat.open()
    chat.wait_idle()
    assert "Je ne suis pas médecin" in "\n".join(chat.bot_texts())
    assert chat.q(".lang[data-lang='fr']").get_attribute("aria-pressed") == "true"
    chat.answer_until("fr", "depuis 10 jours")
    assert "depuis 10 jours" in chat.user_texts()
    assert_result(chat, "fr")
    assert_phone_friendly(chat)
    chat.screenshot(screenshots, "fr-phone-360x740-result", show=chat.triage_card())


# --- language toggle -------------------------------------------------------------
def test_language_toggle_switches_the_conversation(browser, site, rasa_url):
    chat = Chat(browser())
    chat.viewport(*DESKTOP)
    chat.load(f"{site}/index.html?rasa={rasa_url}")
    chat.open()
    chat.wait_idle()
    en, nl = chat.q(".lang[data-lang='en']"), chat.q(".lang[data-lang='nl']")
    assert (en.get_attribute("aria-pressed"), nl.get_attribute("aria-pressed")) == ("true", "false")
    assert "Yes, that's OK" in [b.text for b in chat.choices()]

    before = len(chat.bot_texts())
    nl.click()
    chat.wait_idle()
    assert (en.get_attribute("aria-pressed"), nl.get_attribute("aria-pressed")) == ("false", "true")
    assert chat.user_texts()[-1] == "Nederlands"  # not the raw payload lang:nl
    replies = chat.bot_texts()[before:]
    # The bot goes on in Dutch: its last reply (the question again) and its buttons.
    assert replies and looks_dutch(replies[-1]), replies
    assert "Ja, dat is goed" in [b.text for b in chat.choices()]
    assert chat.q("input.input").get_attribute("placeholder") == "Typ je antwoord…"
    assert chat.q(".close").get_attribute("aria-label") == "Chat sluiten"
    assert chat.panel.get_attribute("lang") == "nl"
    # The check goes on in Dutch.
    chat.answer_until("nl", "sinds 3 weken", stop=lambda c: "Hoe is de pijn begonnen?" in c.bot_texts()[-1])

    before = len(chat.bot_texts())
    en.click()
    chat.wait_idle()
    assert chat.user_texts()[-1] == "English"
    replies = chat.bot_texts()[before:]
    assert replies and not looks_dutch(replies[-1]), replies
    assert "Suddenly: lifting, bending or twisting" in [b.text for b in chat.choices()]
    assert chat.q("input.input").get_attribute("placeholder") == "Type your answer…"


# --- keyboard ----------------------------------------------------------------------
def test_keyboard_open_send_and_escape(browser, site, rasa_url):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    chat = Chat(browser())
    chat.viewport(*DESKTOP)
    chat.load(f"{site}/index.html?rasa={rasa_url}")
    chat.driver.execute_script("document.querySelector('#lbp-chat').shadowRoot.querySelector('.launcher').focus()")
    ActionChains(chat.driver).send_keys(Keys.ENTER).perform()
    chat.wait.until(lambda d: chat.is_open())
    assert chat.active() == chat.q("input.input")
    chat.wait_idle()
    # Empty input is not sent.
    before = len(chat.qa("li.msg"))
    ActionChains(chat.driver).send_keys("   ", Keys.ENTER).perform()
    time.sleep(0.5)
    assert len(chat.qa("li.msg")) == before and chat.state == "idle"
    # Tab reaches the answer buttons, Enter chooses one, focus goes back to the input.
    ActionChains(chat.driver).key_down(Keys.SHIFT).send_keys(Keys.TAB).key_up(Keys.SHIFT).perform()
    focused = chat.active()
    assert "choice" in focused.get_attribute("class"), focused.get_attribute("outerHTML")
    outline = chat.driver.execute_script("return getComputedStyle(arguments[0]).outlineStyle", focused)
    assert outline != "none", "visible focus outline"
    title = focused.text
    ActionChains(chat.driver).send_keys(Keys.ENTER).perform()
    chat.wait_idle()
    assert chat.user_texts()[-1] == title
    assert chat.active() == chat.q("input.input")
    # Escape closes and gives focus back to the chat button.
    ActionChains(chat.driver).send_keys(Keys.ESCAPE).perform()
    chat.wait.until(lambda d: not chat.is_open())
    assert chat.active() == chat.launcher
    assert chat.launcher.get_attribute("aria-expanded") == "false"


# --- the assistant cannot be reached -------------------------------------------------
@pytest.mark.parametrize("language,page", [("en", "index.html"), ("nl", "nl.html")])
def test_unreachable_assistant_gets_a_kind_message(browser, site, screenshots, language, page):
    chat = Chat(browser())
    chat.viewport(*DESKTOP)
    chat.load(f"{site}/{page}?rasa=http://127.0.0.1:{closed_port()}")
    chat.open()
    chat.wait.until(lambda d: chat.state == "error" and chat.q(".status").is_displayed())
    assert chat.q(".status__text").text == UNREACHABLE[language]
    retry = chat.q("button.retry")
    assert retry.is_displayed() and retry.text == {"en": "Try again", "nl": "Opnieuw proberen"}[language]
    # What the person types is kept, shown, and waits to be sent.
    chat.q("input.input").send_keys({"en": "my back hurts", "nl": "mijn rug doet pijn"}[language] + "\n")
    chat.wait.until(lambda d: chat.user_texts())
    assert chat.user_texts() == [{"en": "my back hurts", "nl": "mijn rug doet pijn"}[language]]
    text = chat.panel_text()
    for leak in ("{", "}", "Error", "Traceback", "Failed to fetch", "undefined", "null"):
        assert leak not in text, f"{leak!r} shown to the user:\n{text}"
    chat.screenshot(screenshots, f"{language}-desktop-1280x800-unreachable")
    chat.viewport(*PHONE_SIZE, mobile=True)
    assert_phone_friendly(chat)
    chat.screenshot(screenshots, f"{language}-phone-360x740-unreachable")


def test_server_errors_are_retried_and_the_message_is_not_lost(browser, site, fake_rasa):
    """Rasa answering 500 with an error body: kind message, no JSON, automatic
    and manual retries resend the same message, which then gets its answer."""

    def reply(body: dict, count: int):
        if count <= 2:
            return 500, {"version": "3.6.21", "status": "failure", "message": "Traceback (most recent call last)"}
        return 200, [{"recipient_id": body["sender"], "text": f"Got it: {body['message']}",
                      "buttons": [{"title": "Fine", "payload": "fine"}]},
                     {"recipient_id": body["sender"], "custom": {"triage": {"level": "mystery"}}},
                     {"recipient_id": body["sender"], "custom": {"something": "else"}}]

    fake = fake_rasa(reply)
    chat = Chat(browser())
    chat.viewport(*DESKTOP)
    chat.load(f"{site}/index.html?rasa={fake.url}")
    chat.open()
    chat.wait.until(lambda d: chat.state == "error")
    assert chat.q(".status__text").text == UNREACHABLE["en"]
    assert "Traceback" not in chat.panel_text() and "{" not in chat.panel_text()
    # The second attempt is automatic (after ~2 s); the third comes from the button.
    chat.wait.until(lambda d: len(fake.requests) >= 2)
    chat.wait.until(lambda d: chat.state == "error" and chat.q("button.retry").is_displayed())
    chat.q("button.retry").click()
    chat.wait_idle(20)
    assert not chat.q(".status").is_displayed()
    assert chat.bot_texts() == ["Got it: Hello"]
    assert [r["message"] for r in fake.requests] == ["Hello"] * 3
    assert len({r["sender"] for r in fake.requests}) == 1
    assert all(r["metadata"] == {"language": "en"} for r in fake.requests)
    # Unknown custom payloads are never shown.
    assert chat.triage_card() is None
    assert "mystery" not in chat.panel_text() and "something" not in chat.panel_text()


def test_bot_text_is_rendered_safely(browser, site, fake_rasa):
    """HTML in a bot message is shown as text; URLs become safe links; line breaks stay."""

    def reply(body: dict, count: int):
        return 200, [{"recipient_id": body["sender"],
                      "text": "<img src=x onerror=\"window.pwned=1\"><b>bold</b>\nSee https://example.be/afspraak."},
                     {"recipient_id": body["sender"], "text": "javascript:alert(1)",
                      "buttons": [{"title": "Bad link", "payload": "x", "url": "javascript:alert(1)"},
                                  {"title": "Call", "payload": "call", "url": "tel:+32 15 00 00 00"}]}]

    fake = fake_rasa(reply)
    chat = Chat(browser())
    chat.viewport(*DESKTOP)
    chat.load(f"{site}/index.html?rasa={fake.url}")
    chat.open()
    chat.wait_idle()
    first = chat.qa("li.msg--bot .bubble")[0]
    assert "<b>bold</b>" in first.text and "\n" in first.text
    assert chat.driver.execute_script("return window.pwned") is None
    assert not chat.qa("li.msg--bot .bubble img") and not chat.qa("li.msg--bot .bubble b")
    link = chat.qa("li.msg--bot .bubble a")[0]
    assert link.get_attribute("href") == "https://example.be/afspraak"  # without the full stop
    assert link.get_attribute("target") == "_blank" and "noopener" in link.get_attribute("rel")
    hrefs = [a.get_attribute("href") for a in chat.qa("a")]
    assert not any(h and h.startswith("javascript:") for h in hrefs)
    assert "tel:+3215000000" in hrefs



@pytest.mark.parametrize("language", ["en", "nl"])
def test_triage_card_shows_every_level_in_words(browser, site, fake_rasa, screenshots, language):
    """Each level in the conversation's language, with an icon as well as a colour."""
    from selenium.webdriver.common.by import By

    def reply(body: dict, count: int):
        return 200, [{"recipient_id": body["sender"], "custom": {"triage": {
            "level": level, "condition": "nonspecific", "duration_days": None, "language": language}}}
            for level in ("emergency", "urgent", "doctor", "physio")]

    fake = fake_rasa(reply)
    chat = Chat(browser())
    chat.viewport(*PHONE_SIZE, mobile=True)
    chat.load(f"{site}/{'nl.html' if language == 'nl' else 'index.html'}?rasa={fake.url}")
    chat.open()
    chat.wait_idle()
    cards = chat.qa(".triage")
    assert [c.get_attribute("data-level") for c in cards] == ["emergency", "urgent", "doctor", "physio"]
    colours = set()
    for card in cards:
        level = card.get_attribute("data-level")
        assert LEVEL_WORDS[language][level] in card.text
        assert card.find_element(By.CSS_SELECTOR, "svg.triage__icon")
        colours.add(chat.driver.execute_script("return getComputedStyle(arguments[0]).backgroundColor", card))
    assert len(colours) == 4
    call = cards[0].find_element(By.CSS_SELECTOR, "a.link-button")
    assert call.get_attribute("href") == "tel:112" and "112" in call.text
    assert_phone_friendly(chat)
    chat.screenshot(screenshots, f"{language}-phone-360x740-triage-levels", show=cards[-1])


def test_delete_my_data_also_clears_this_device(browser, site, fake_rasa):
    """When the bot confirms a deletion (custom {"data_deleted": true}), the widget
    drops the transcript and the sender id too: nothing lingers on a shared phone."""

    def reply(body: dict, count: int):
        if body["message"] == "delete my data":
            return 200, [{"recipient_id": body["sender"], "text": "Done: I deleted this conversation."},
                         {"recipient_id": body["sender"], "custom": {"data_deleted": True}}]
        return 200, [{"recipient_id": body["sender"], "text": f"You said {body['message']}"}]

    fake = fake_rasa(reply)
    chat = Chat(browser())
    chat.viewport(*DESKTOP)
    chat.load(f"{site}/index.html?rasa={fake.url}")
    chat.open()
    chat.wait_idle()
    chat.say("my back hurts since Monday")
    chat.say("delete my data")
    assert chat.bot_texts() == ["Done: I deleted this conversation."]
    assert chat.user_texts() == []
    stored = chat.driver.execute_script(
        "return Object.entries(localStorage).filter(([k]) => k.startsWith('lbp-chat:')).map(([, v]) => v).join('')")
    assert "my back hurts" not in stored
    chat.say("hello again")
    senders = [r["sender"] for r in fake.requests]
    assert senders[0] == senders[1] == senders[2] != senders[3]
    chat.driver.refresh()
    chat.load(chat.driver.current_url)
    assert chat.user_texts() == ["hello again"] and "my back hurts" not in chat.panel_text()
