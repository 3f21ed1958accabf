"""The website chat widget in a real browser (headless Chromium), talking to the
real assistant: what a person sees and can do, on a desktop and on a phone,
in English and in Dutch."""
from __future__ import annotations

import re
import socket
import time
from pathlib import Path
from typing import List

import pytest
import yaml

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
PRACTICE = yaml.safe_load((ROOT / "config" / "practice.yml").read_text())
BOOKING_URL = PRACTICE["booking_url"]
PHONE = PRACTICE["phone"]

DESKTOP = (1280, 800)
PHONE_SIZE = (360, 740)

# The answers a person gives, by button title, most preferred first: consent
# yes, a sudden onset, no leg symptoms and no red flags -> a physiotherapy result.
ANSWERS = {
    "en": ["Yes, that's OK", "Suddenly: lifting, bending or twisting", "No, only my back", "No", "One leg", "20-44",
           "That's right"],
    "nl": ["Ja, dat is goed", "Plots: tillen, bukken of draaien", "Nee, alleen mijn rug", "Nee", "Eén been", "20-44",
           "Dat klopt"],
}
DURATION_QUESTION = {"en": "How long have you had this pain", "nl": "Hoe lang heb je deze pijn al"}
LEVEL_WORDS = {
    "en": {"emergency": "Emergency: call 112", "urgent": "See a doctor today",
           "doctor": "See your GP this week", "physio": "Book a physiotherapy appointment"},
    "nl": {"emergency": "Noodgeval: bel 112", "urgent": "Vandaag naar een dokter",
           "doctor": "Deze week naar je huisarts", "physio": "Maak een afspraak bij de kinesitherapeut"},
}
UNREACHABLE = {
    "en": "The assistant can't be reached right now. I'll try again…",
    "nl": "De assistent is even niet bereikbaar. Ik probeer het opnieuw…",
}
SR_PREFIX = re.compile(r"^(Assistant|Assistent|You|Jij):\s*")


def looks_dutch(text: str) -> bool:
    words = re.findall(r"[a-zë]+", text.lower())
    dutch = sum(w in {"je", "ik", "het", "de", "een", "en", "we", "gaan", "verder", "hoe", "is", "mag", "bij"} for w in words)
    english = sum(w in {"you", "i", "the", "a", "and", "let's", "continue", "how", "is", "your", "of", "sure"} for w in words)
    return dutch > english


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # nobody listens once the socket is closed


class Chat:
    """The widget as a person uses it (it lives in a shadow root)."""

    def __init__(self, driver) -> None:
        from selenium.webdriver.support.ui import WebDriverWait

        self.driver = driver
        self.wait = WebDriverWait(driver, 60, poll_frequency=0.1)

    # --- page and viewport -------------------------------------------------
    def load(self, url: str) -> Chat:
        self.driver.get(url)
        self.wait.until(lambda d: d.execute_script(
            "const h = document.querySelector('#lbp-chat'); return !!(h && h.shadowRoot && window.lbpChat)"))
        return self

    def viewport(self, width: int, height: int, mobile: bool = False) -> None:
        self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})

    def screenshot(self, folder: Path, name: str, show=None) -> Path:
        if show is not None:  # e.g. the triage card, rather than wherever the log is scrolled
            self.driver.execute_script("arguments[0].scrollIntoView({block: 'end', behavior: 'instant'})", show)
            time.sleep(0.2)
        path = folder / f"{name}.png"
        self.driver.save_screenshot(str(path))
        print(f"\nscreenshot: {path}")
        return path

    # --- finding things ----------------------------------------------------
    @property
    def root(self):
        from selenium.webdriver.common.by import By

        return self.driver.find_element(By.CSS_SELECTOR, "#lbp-chat").shadow_root

    def q(self, css: str):
        from selenium.webdriver.common.by import By

        return self.root.find_element(By.CSS_SELECTOR, css)

    def qa(self, css: str) -> list:
        from selenium.webdriver.common.by import By

        return self.root.find_elements(By.CSS_SELECTOR, css)

    @property
    def panel(self):
        return self.q(".panel")

    @property
    def launcher(self):
        return self.q(".launcher")

    def active(self):
        return self.driver.execute_script("return document.querySelector('#lbp-chat').shadowRoot.activeElement")

    @property
    def state(self) -> str:
        return self.panel.get_attribute("data-state")

    def is_open(self) -> bool:
        return self.panel.is_displayed()

    def bot_texts(self) -> List[str]:
        return [SR_PREFIX.sub("", e.text).strip() for e in self.qa("li.msg--bot .bubble")]

    def user_texts(self) -> List[str]:
        return [SR_PREFIX.sub("", e.text).strip() for e in self.qa("li.msg--user:not([hidden]) .bubble")]

    def choices(self) -> list:
        return self.qa("li.msg--bot button.choice:not([disabled])")

    def panel_text(self) -> str:
        return self.panel.text

    def triage_card(self):
        cards = self.qa(".triage")
        return cards[-1] if cards else None

    # --- doing things ------------------------------------------------------
    def open(self) -> None:
        self.launcher.click()
        self.wait.until(lambda d: self.is_open())

    def wait_idle(self, timeout: float = 60) -> None:
        from selenium.webdriver.support.ui import WebDriverWait

        WebDriverWait(self.driver, timeout, poll_frequency=0.1).until(
            lambda d: self.state == "idle", message=f"the widget is still {self.state!r}:\n{self.panel_text()}")

    def choose(self, title: str) -> None:
        button = next(b for b in self.choices() if b.text == title)
        button.click()
        self.wait.until(lambda d: button.get_attribute("disabled") is not None)  # sent
        self.wait_idle()

    def say(self, text: str) -> None:
        from selenium.webdriver.common.keys import Keys

        box = self.q("input.input")
        box.send_keys(text)
        box.send_keys(Keys.ENTER)
        self.wait.until(lambda d: box.get_attribute("value") == "")  # sent
        self.wait_idle()

    def answer_until(self, language: str, duration: str, stop=lambda chat: False, max_turns: int = 30) -> None:
        """Click the preferred button of each question, type the duration when
        asked, until the triage card appears or `stop(chat)` is true."""
        for _ in range(max_turns):
            self.wait_idle()
            if self.triage_card() is not None or stop(self):
                return
            buttons = {b.text: b for b in self.choices()}
            pick = next((title for title in ANSWERS[language] if title in buttons), None)
            if pick:
                self.choose(pick)
            elif DURATION_QUESTION[language] in self.bot_texts()[-1]:
                self.say(duration)
            else:
                pytest.fail(f"don't know how to answer {self.bot_texts()[-1]!r} (buttons {list(buttons)})\n"
                            f"{self.panel_text()}")
        pytest.fail(f"no triage after {max_turns} turns:\n{self.panel_text()}")


def assert_phone_friendly(chat: Chat) -> None:
    """Full-screen panel, no horizontal scroll, 16px inputs, 44px tap targets."""
    d = chat.driver
    width, height = d.execute_script("return [window.innerWidth, window.innerHeight]")
    rect = chat.panel.rect
    assert (rect["x"], rect["y"], rect["width"]) == (0, 0, width), rect
    assert abs(rect["height"] - height) <= 1, rect
    assert d.execute_script("return document.documentElement.scrollWidth") <= width
    log = chat.q(".log")
    assert d.execute_script("return arguments[0].scrollWidth <= arguments[0].clientWidth", log)
    font = d.execute_script("return parseFloat(getComputedStyle(arguments[0]).fontSize)", chat.q("input.input"))
    assert font >= 16
    targets = chat.qa(".panel button:not([disabled]), .panel a.link-button, .panel input")
    small = [(t.get_attribute("class"), t.rect) for t in targets
             if t.is_displayed() and (t.rect["height"] < 44 or t.rect["width"] < 44)]
    assert not small, f"tap targets under 44px: {small}"


def assert_result(chat: Chat, language: str, level: str = "physio") -> None:
    from selenium.webdriver.common.by import By

    card = chat.triage_card()
    assert card is not None and card.is_displayed()
    assert card.get_attribute("data-level") == level
    assert LEVEL_WORDS[language][level] in card.text
    assert card.find_element(By.CSS_SELECTOR, "svg.triage__icon")  # not colour alone
    text = chat.panel_text()
    assert '"triage"' not in text and "{" not in text and "custom" not in text
    booking = [a for a in chat.qa("a.link-button") if a.get_attribute("href") == BOOKING_URL]
    assert booking, f"no booking link to {BOOKING_URL}"
    assert booking[-1].is_displayed()
    assert booking[-1].get_attribute("target") == "_blank"
    assert "noopener" in booking[-1].get_attribute("rel")
    assert PHONE in text
    phone_links = [a for a in chat.qa("a.link-button") if (a.get_attribute("href") or "").startswith("tel:")]
    assert phone_links and phone_links[-1].get_attribute("href") == "tel:" + PHONE.replace(" ", "")


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
