"""The handoff to a person in a real browser (issue 14, item 5): the widget talks to the
real assistant with Chatwoot configured (the fake Chatwoot of tests/support, which
plays the agent), and the agent's reply appears in the widget without a reload, by the
widget's poll (web/src/handoff.js); when the agent resolves the conversation the
assistant's return appears the same way and the widget stops polling."""
from __future__ import annotations

import os

import pytest
from widget_page import Chat

from tests.support.assistant import MODEL, start_assistant
from tests.support.fake_chatwoot import ThreadedFakeChatwoot

pytestmark = pytest.mark.browser
TOKEN = "browser-handoff-chatwoot-token"
WEBHOOK_TOKEN = "browser-handoff-webhook-token-0123456789"


@pytest.fixture(scope="module")
def handoff_rasa(tmp_path_factory):
    if os.environ.get("LBP_BROWSER_RASA_URL"):
        pytest.skip("the handoff test starts its own assistant with a fake Chatwoot")
    if not MODEL.exists():
        pytest.fail(f"no trained model at {MODEL}: run `make train` first")
    chatwoot = ThreadedFakeChatwoot(token=TOKEN, account_id=1, inbox_id=7)
    workdir = tmp_path_factory.mktemp("browser-handoff")
    clock = workdir / "now.txt"
    clock.write_text("2024-05-06T10:00:00+02:00")  # a Monday morning: someone is there
    env = {
        "CHATWOOT_URL": chatwoot.fake.url, "CHATWOOT_ACCOUNT_ID": "1", "CHATWOOT_INBOX_ID": "7",
        "CHATWOOT_API_TOKEN": TOKEN, "CHATWOOT_WEBHOOK_TOKEN": WEBHOOK_TOKEN,
        "SMTP_HOST": "", "SMTP_FROM": "", "PRACTICE_FHIR_BASE_URL": "",
        "PRACTICE_OUTBOX_PATH": str(workdir / "outbox.db"), "HANDOFF_CLOCK_FILE": str(clock),
    }
    try:
        with start_assistant(workdir, extra_env=env, rasa_args=["--cors", "*"],
                             credentials="rest:\nbot.channels.chatwoot_handoff.ChatwootHandoffInput:\n") as running:
            chatwoot.fake.webhook_url = f"{running.url}/webhooks/chatwoot/webhook?token={WEBHOOK_TOKEN}"
            yield running, chatwoot
    finally:
        chatwoot.close()


def test_the_agents_reply_appears_in_the_widget_without_a_reload(browser, site, handoff_rasa):
    assistant, chatwoot = handoff_rasa
    chat = Chat(browser())
    chat.load(f"{site}/index.html?rasa={assistant.url}")
    chat.open()
    chat.wait_idle()
    chat.say("I want to talk to a person")
    assert "someone is there now" in chat.bot_texts()[-1]
    sender = chat.driver.execute_script(
        "return Object.entries(localStorage).filter(([k]) => k.startsWith('lbp-chat:'))"
        ".map(([, v]) => JSON.parse(v).sender)[0]")
    conversation_id = int(assistant.slots(sender)["handoff_conversation"])
    url = chat.driver.current_url

    reply = "Hello, this is Lies from the practice. How can I help?"
    _, status = chatwoot.call(chatwoot.fake.agent_reply(conversation_id, reply))
    assert status == 200
    chat.wait.until(lambda d: reply in chat.bot_texts(), message=f"no agent reply in the widget:\n{chat.panel_text()}")
    assert chat.driver.current_url == url  # no reload, no navigation

    chat.say("Thanks, can I come tomorrow?")
    assert [m["content"] for m in chatwoot.fake.conversations[conversation_id]["messages"]
            if m["message_type"] == "incoming"] == ["Thanks, can I come tomorrow?"]
    assert chat.bot_texts()[-1] == reply  # the bot said nothing: the practice answers

    assert chatwoot.call(chatwoot.fake.resolve(conversation_id)) == 200
    chat.wait.until(lambda d: any("I'm back" in t for t in chat.bot_texts()),
                    message=f"the assistant's return is not in the widget:\n{chat.panel_text()}")
    handoff = chat.driver.execute_script(
        "return Object.entries(localStorage).filter(([k]) => k.startsWith('lbp-chat:'))"
        ".map(([, v]) => JSON.parse(v).handoff)[0]")
    assert handoff is None  # polling stopped
