"""The chat widget passes axe-core (the release pinned in web/package.json) for WCAG 2.1
A and AA with no serious or critical violation: at 360 px (a phone) and at desktop
width, in English and in Dutch, closed, open, and with result cards shown.

axe runs on the widget (its host element and shadow root), not on the practice's
page around it: the demo page stands in for a site we do not own."""
from __future__ import annotations

import json
from typing import List

import pytest
from widget_page import DESKTOP, LEVEL_WORDS, PHONE_SIZE, Chat, assert_result, closed_port

pytestmark = pytest.mark.browser

WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
FAILING_IMPACTS = ("serious", "critical")
PAGES = {"en": "index.html", "nl": "nl.html"}
SIZES = {"phone-360": PHONE_SIZE, "desktop-1280": DESKTOP}

# What the fake assistant says, in the words of the real one: a question with answer
# buttons, then a result (text with a link, the four triage cards, link buttons).
QUESTION = {
    "en": ("How did the pain start?", ["Suddenly: lifting, bending or twisting", "After a fall or accident"]),
    "nl": ("Hoe is de pijn begonnen?", ["Plots: tillen, bukken of draaien", "Na een val of ongeval"]),
}
RESULT_TEXT = {
    "en": "Thank you for your answers. Read more at https://example.be/rugpijn or call +32 15 00 00 00.",
    "nl": "Bedankt voor je antwoorden. Lees meer op https://example.be/rugpijn of bel +32 15 00 00 00.",
}
BOOK = {"en": "Book an appointment", "nl": "Afspraak maken"}


def run_axe(chat: Chat, axe_source: str) -> List[dict]:
    """axe.run on the widget's host (axe walks into its open shadow root), WCAG 2.1 A/AA."""
    driver = chat.driver
    chat.wait.until(lambda d: d.execute_script(  # colours are measured after the panel's fade-in
        "const p = document.querySelector('#lbp-chat').shadowRoot.querySelector('.panel');"
        "return !p || p.getAnimations().every((a) => a.playState !== 'running')"))
    if not driver.execute_script("return typeof window.axe === 'object'"):
        driver.execute_script(axe_source)
    driver.set_script_timeout(120)
    raw = driver.execute_async_script(
        """
        const [tags, done] = [arguments[0], arguments[arguments.length - 1]];
        window.axe.run({include: [["#lbp-chat"]]}, {runOnly: {type: "tag", values: tags}, resultTypes: ["violations"]})
          .then((r) => done(JSON.stringify({ok: true, version: window.axe.version, violations: r.violations,
                                             passes: r.passes.length})))
          .catch((e) => done(JSON.stringify({ok: false, error: String(e)})));
        """,
        WCAG_21_AA,
    )
    result = json.loads(raw)
    assert result["ok"], f"axe failed to run: {result.get('error')}"
    assert result["passes"] > 0, "axe checked nothing: is the widget there?"
    return result["violations"]


def describe(violations: List[dict]) -> str:
    lines = []
    for v in violations:
        lines.append(f"- {v['id']} ({v['impact']}): {v['help']} [{v['helpUrl']}]")
        for node in v["nodes"][:5]:
            lines.append(f"    {node['target']}: {node.get('failureSummary', '').splitlines()[-1:]}")
    return "\n".join(lines)


def assert_no_serious_violation(chat: Chat, axe_source: str, where: str) -> List[dict]:
    violations = run_axe(chat, axe_source)
    serious = [v for v in violations if v["impact"] in FAILING_IMPACTS]
    others = [v for v in violations if v["impact"] not in FAILING_IMPACTS]
    if others:
        print(f"\n{where}: axe notes (not failing):\n{describe(others)}")
    assert not serious, f"{where}: serious or critical WCAG 2.1 AA violations:\n{describe(serious)}"
    return violations


def fake_assistant(language: str):
    question, answers = QUESTION[language]

    def reply(body: dict, count: int):
        sender = body["sender"]
        if count == 1:  # the widget's greeting
            return 200, [{"recipient_id": sender, "text": question,
                          "buttons": [{"title": a, "payload": a} for a in answers]}]
        cards = [{"recipient_id": sender, "custom": {"triage": {
            "level": level, "condition": "nonspecific", "duration_days": 5, "language": language}}}
            for level in ("emergency", "urgent", "doctor", "physio")]
        return 200, [
            {"recipient_id": sender, "text": RESULT_TEXT[language]},
            *cards,
            {"recipient_id": sender, "text": "📞 +32 15 00 00 00",
             "buttons": [{"title": BOOK[language], "payload": "book", "url": "https://example.be/afspraak"},
                         {"title": "+32 15 00 00 00", "payload": "call", "url": "tel:+32 15 00 00 00"}]},
        ]

    return reply


@pytest.mark.parametrize("size", list(SIZES))
@pytest.mark.parametrize("language", ["en", "nl"])
def test_widget_closed_open_and_with_a_result_has_no_serious_violation(
        browser, site, fake_rasa, axe_source, screenshots, language, size):
    fake = fake_rasa(fake_assistant(language))
    chat = Chat(browser())
    width, height = SIZES[size]
    chat.viewport(width, height, mobile=size.startswith("phone"))
    chat.load(f"{site}/{PAGES[language]}?rasa={fake.url}")

    # Closed: only the launcher.
    assert not chat.is_open() and chat.launcher.is_displayed()
    assert_no_serious_violation(chat, axe_source, f"{language} {size} closed")

    # Open: the first question and its answer buttons.
    chat.open()
    chat.wait_idle()
    assert chat.bot_texts() == [QUESTION[language][0]]
    assert_no_serious_violation(chat, axe_source, f"{language} {size} open")

    # A result: the four triage cards, a text with a link, link buttons, spent answer buttons.
    chat.choose(QUESTION[language][1][0])
    cards = chat.qa(".triage")
    assert [c.get_attribute("data-level") for c in cards] == ["emergency", "urgent", "doctor", "physio"]
    assert LEVEL_WORDS[language]["physio"] in cards[-1].text
    chat.driver.execute_script("arguments[0].scrollIntoView({block: 'end', behavior: 'instant'})", cards[-1])
    assert_no_serious_violation(chat, axe_source, f"{language} {size} result")

    # Closed again, with the conversation kept.
    chat.q(".close").click()
    chat.wait.until(lambda d: not chat.is_open())
    assert_no_serious_violation(chat, axe_source, f"{language} {size} closed after a result")


@pytest.mark.parametrize("language,size", [("nl", "phone-360"), ("en", "desktop-1280")])
def test_the_real_result_has_no_serious_violation(browser, site, rasa_url, axe_source, language, size):
    """The real assistant's own result (texts, buttons and card) at the end of a check."""
    chat = Chat(browser())
    width, height = SIZES[size]
    chat.viewport(width, height, mobile=size.startswith("phone"))
    chat.load(f"{site}/{PAGES[language]}?rasa={rasa_url}")
    chat.open()
    chat.answer_until(language, {"en": "about 10 days", "nl": "sinds 3 weken"}[language])
    assert_result(chat, language)
    assert_no_serious_violation(chat, axe_source, f"{language} {size} real result")


@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_unreachable_notice_has_no_serious_violation(browser, site, axe_source, language):
    """The 'can't be reached' notice with its retry button and a message not sent yet."""
    chat = Chat(browser())
    chat.viewport(*PHONE_SIZE, mobile=True)
    chat.load(f"{site}/{PAGES[language]}?rasa=http://127.0.0.1:{closed_port()}")
    chat.open()
    chat.wait.until(lambda d: chat.state == "error" and chat.q(".status").is_displayed())
    chat.q("input.input").send_keys({"en": "my back hurts", "nl": "mijn rug doet pijn"}[language] + "\n")
    chat.wait.until(lambda d: chat.qa("li.msg--user .note"))
    assert_no_serious_violation(chat, axe_source, f"{language} phone-360 unreachable")
