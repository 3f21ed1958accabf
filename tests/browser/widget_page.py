"""The chat widget as a person uses it in the browser tests (tests/browser): the page
object `Chat`, the answers that reach a result, and the checks shared by the tests."""
from __future__ import annotations

import re
import socket
import time
from pathlib import Path
from typing import List

import pytest
import yaml

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
    "fr": ["Oui, d'accord", "Soudain, en bougeant", "Non, juste le dos", "Non", "Une seule jambe", "20-44",
           "C'est juste"],
}
DURATION_QUESTION = {"en": "How long have you had this pain", "nl": "Hoe lang heb je deze pijn al",
                     "fr": "Depuis combien de temps avez-vous cette douleur"}
LEVEL_WORDS = {
    "en": {"emergency": "Emergency: call 112", "urgent": "See a doctor today",
           "doctor": "See your GP this week", "physio": "Book a physiotherapy appointment"},
    "nl": {"emergency": "Noodgeval: bel 112", "urgent": "Vandaag naar een dokter",
           "doctor": "Deze week naar je huisarts", "physio": "Maak een afspraak bij de kinesitherapeut"},
    "fr": {"emergency": "Urgence\u00a0: appelez le 112", "urgent": "Voyez un médecin aujourd'hui",
           "doctor": "Voyez votre médecin traitant cette semaine", "physio": "Prenez rendez-vous chez le kiné"},
}
UNREACHABLE = {
    "en": "The assistant can't be reached right now. I'll try again…",
    "nl": "De assistent is even niet bereikbaar. Ik probeer het opnieuw…",
}
SR_PREFIX = re.compile(r"^(Assistant|Assistent|You|Jij|Vous)\u00a0?\s?:\s*")


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
        # A panel restored open fades in (opacity 0 at first): until then selenium reads its text as "".
        self.wait.until(lambda d: d.execute_script(
            "const p = document.querySelector('#lbp-chat').shadowRoot.querySelector('.panel');"
            "return !p || p.getAnimations().every((a) => a.playState !== 'running')"))
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
    # within a pixel, as the height: a loaded machine measured the panel at y 0.08 while its opening slide ended
    assert abs(rect["x"]) <= 1 and abs(rect["y"]) <= 1 and abs(rect["width"] - width) <= 1, rect
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
