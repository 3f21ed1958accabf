"""The WhatsApp Cloud API channel, without a Rasa model.

The channel's blueprint runs in a real Sanic server on a free loopback port (in
the test's event loop), webhooks are signed POSTs over HTTP, and replies go to
a fake Graph API (tests/support/fake_graph.py). ``on_new_message`` is a stub
that records the UserMessages and answers through the channel's output.
"""

from __future__ import annotations

import asyncio
import logging
import socket
import uuid
from pathlib import Path
from typing import Any, Awaitable, Callable, List, Optional

import aiohttp
import pytest
import pytest_asyncio
from rasa.core.channels.channel import UserMessage
from sanic import Sanic

from bot.channels import whatsapp_texts
from bot.channels.whatsapp import WhatsAppInput, signature_is_valid
from bot.channels.whatsapp_dedup import SeenIds
from bot.channels.whatsapp_format import (
    MAX_BUTTON_TITLE,
    MAX_INTERACTIVE_BODY,
    MAX_ROW_TITLE,
    MAX_TEXT_BODY,
    shorten,
    split_text,
)
from bot.channels.whatsapp_outbound import WhatsAppOutput
from tests.support import whatsapp_webhook as wh
from tests.support.fake_graph import FakeGraph, options, visible_text

ROOT = Path(__file__).resolve().parents[2]
VERIFY_TOKEN = "verify-me-please"
APP_SECRET = "app-secret-0123456789abcdef"
ACCESS_TOKEN = "EAAG-test-access-token"
PHONE_NUMBER_ID = wh.DEFAULT_PHONE_NUMBER_ID
WA_ID = "32470123456"
OTHER_WA_ID = "31612345678"
SECRET_TEXT = "mijn rug doet pijn sinds kerst"  # must never reach the logs

OnMessage = Callable[[UserMessage], Awaitable[Any]]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Harness:
    """A running channel: ``.post()`` webhooks, read ``.received`` and ``.graph``."""

    def __init__(self, channel: WhatsAppInput, graph: FakeGraph, url: str, session: aiohttp.ClientSession):
        self.channel = channel
        self.graph = graph
        self.url = url
        self.webhook = f"{url}/webhooks/whatsapp/webhook"
        self.session = session
        self.received: List[UserMessage] = []
        self.handler: Optional[OnMessage] = None

    async def on_new_message(self, message: UserMessage) -> None:
        self.received.append(message)
        if self.handler is not None:
            await self.handler(message)
        else:
            await message.output_channel.send_text_message(message.sender_id, "Got it.")

    async def post(self, payload: dict, secret: Optional[str] = APP_SECRET, **kwargs: Any) -> tuple:
        return await wh.signed_post_async(self.session, self.webhook, secret, payload, **kwargs)

    async def get(self, path: str = "/webhooks/whatsapp/webhook", **params: str) -> tuple:
        async with self.session.get(self.url + path, params=params) as answer:
            return answer.status, answer.headers.get("Content-Type", ""), await answer.text()

    async def settle(self) -> None:
        await self.channel.wait_idle()


async def start_channel(channel: WhatsAppInput, graph: FakeGraph):
    """Serves ``channel``'s blueprint like ``rasa run`` does; returns (harness, stop)."""
    app = Sanic(f"whatsapp_test_{uuid.uuid4().hex}", configure_logging=False)
    session = aiohttp.ClientSession()
    port = free_port()
    harness = Harness(channel, graph, f"http://127.0.0.1:{port}", session)
    app.blueprint(channel.blueprint(harness.on_new_message), url_prefix="/webhooks/whatsapp")
    server = await app.create_server(
        host="127.0.0.1", port=port, return_asyncio_server=True, access_log=False
    )
    await server.startup()  # create_server has already started listening
    await server.before_start()
    await server.after_start()

    async def stop() -> None:
        await channel.wait_idle()
        await session.close()
        await server.before_stop()
        server.close()
        await server.wait_closed()
        await server.after_stop()

    return harness, stop


def make_channel(graph: FakeGraph, **overrides: Any) -> WhatsAppInput:
    settings = dict(
        verify_token=VERIFY_TOKEN,
        app_secret=APP_SECRET,
        access_token=ACCESS_TOKEN,
        phone_number_id=PHONE_NUMBER_ID,
        api_base_url=graph.url,
    )
    settings.update(overrides)
    return WhatsAppInput(**settings)


@pytest.fixture(scope="module", autouse=True)
def sanic_test_mode():
    """Several Sanic apps in one process (sanic 21.12 rewrites methods at start)."""
    previous, Sanic.test_mode = Sanic.test_mode, True
    yield
    Sanic.test_mode = previous


@pytest.fixture
def graph():
    with FakeGraph(ACCESS_TOKEN, PHONE_NUMBER_ID, version="v20.0") as fake:
        yield fake


@pytest_asyncio.fixture
async def wa(graph, caplog):
    caplog.set_level(logging.INFO)
    harness, stop = await start_channel(make_channel(graph), graph)
    yield harness
    await stop()
    # Default-level logs never carry message text or phone numbers.
    for record in caplog.records:
        text = record.getMessage()
        assert WA_ID not in text and OTHER_WA_ID not in text, text
        assert SECRET_TEXT not in text, text


async def output(graph: FakeGraph) -> WhatsAppOutput:
    return WhatsAppOutput(ACCESS_TOKEN, PHONE_NUMBER_ID, api_base_url=graph.url)


# ------------------------------------------------------------------ verification


@pytest.mark.asyncio
async def test_verification_answers_the_challenge(wa):
    status, content_type, body = await wa.get(
        **{"hub.mode": "subscribe", "hub.verify_token": VERIFY_TOKEN, "hub.challenge": "1158201444"}
    )
    assert (status, body) == (200, "1158201444")
    assert content_type.startswith("text/plain")


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "params",
    [
        {"hub.mode": "subscribe", "hub.verify_token": "wrong", "hub.challenge": "42"},
        {"hub.mode": "unsubscribe", "hub.verify_token": VERIFY_TOKEN, "hub.challenge": "42"},
        {"hub.mode": "subscribe", "hub.challenge": "42"},
        {"hub.mode": "subscribe", "hub.verify_token": VERIFY_TOKEN[:-1], "hub.challenge": "42"},
        {},
    ],
)
async def test_verification_refused(wa, params):
    status, _, body = await wa.get(**params)
    assert status == 403
    assert "42" not in body


# -------------------------------------------------------------------- signatures


@pytest.mark.asyncio
async def test_bad_or_missing_signature_is_refused_and_not_processed(wa):
    payload = wh.text_message(WA_ID, SECRET_TEXT)
    raw = wh.encode(payload)
    forged = wh.signature(raw, "another-secret")
    other_body = wh.signature(wh.encode(wh.text_message(WA_ID, "hi")), APP_SECRET)
    for kwargs in (
        {"secret": None},  # no header
        {"secret": None, "signature_header": forged},
        {"secret": None, "signature_header": other_body},
        {"secret": None, "signature_header": "sha256="},
        {"secret": None, "signature_header": "sha1=" + forged[7:]},
        {"secret": None, "signature_header": "sha256=zzzé"},
    ):
        status, _ = await wa.post(payload, **kwargs)
        assert status == 403, kwargs
    await wa.settle()
    assert wa.received == []
    assert wa.graph.sent == []


@pytest.mark.asyncio
async def test_unsigned_garbage_is_refused_before_parsing(wa):
    async with wa.session.post(wa.webhook, data=b"{not json", headers={"X-Hub-Signature-256": "sha256=00"}) as r:
        assert r.status == 403  # not 400: the body was never parsed
    raw = b"{not json"
    async with wa.session.post(
        wa.webhook, data=raw, headers={"X-Hub-Signature-256": wh.signature(raw, APP_SECRET)}
    ) as r:
        assert r.status == 400


def test_signature_check_uses_the_raw_body():
    raw = b'{"a": 1}'
    assert signature_is_valid(raw, wh.signature(raw, "s"), "s")
    assert signature_is_valid(raw, wh.signature(raw, "s").upper().replace("SHA256", "sha256"), "s")
    assert not signature_is_valid(b'{"a":1}', wh.signature(raw, "s"), "s")
    assert not signature_is_valid(raw, wh.signature(raw, "s"), "")
    assert not signature_is_valid(raw, None, "s")


# ------------------------------------------------------------------ messages in


@pytest.mark.asyncio
async def test_text_message_goes_to_rasa_and_the_answer_to_whatsapp(wa):
    payload = wh.text_message(WA_ID, SECRET_TEXT)
    message_id = payload["entry"][0]["changes"][0]["value"]["messages"][0]["id"]
    status, _ = await wa.post(payload)
    assert status == 200
    await wa.settle()
    [message] = wa.received
    assert message.text == SECRET_TEXT
    assert message.sender_id == WA_ID
    assert message.metadata == {"channel": "whatsapp"}
    assert message.input_channel == "whatsapp"
    assert message.message_id == message_id
    [reply] = await wa.graph.wait_for_async(1)
    assert reply["to"] == WA_ID
    assert reply["type"] == "text"
    assert reply["text"] == {"body": "Got it.", "preview_url": True}
    assert reply["recipient_type"] == "individual"
    assert wa.graph.violations == []


@pytest.mark.asyncio
async def test_webhook_answers_before_processing_ends(wa):
    release = asyncio.Event()

    async def slow(message: UserMessage) -> None:
        await release.wait()

    wa.handler = slow
    status, _ = await wa.post(wh.text_message(WA_ID, "hello"))  # answered while the handler still waits
    assert status == 200
    assert len(wa.received) == 1  # processing has started but not ended
    release.set()
    await wa.settle()


@pytest.mark.asyncio
async def test_one_users_messages_are_processed_in_order(wa):
    order: List[str] = []

    async def handler(message: UserMessage) -> None:
        if message.text == "first":
            await asyncio.sleep(0.3)
        order.append(message.text)

    wa.handler = handler
    await wa.post(wh.text_message(WA_ID, "first"))
    await wa.post(wh.text_message(WA_ID, "second"))
    await wa.settle()
    await wa.settle()
    assert order == ["first", "second"]


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "payload, expected",
    [
        (wh.button_reply(WA_ID, "below the knee", "Yes, below the knee"), "below the knee"),
        (wh.button_reply(WA_ID, "weet ik niet", "Weet ik niet"), "weet ik niet"),
        (wh.list_reply(WA_ID, "3 weeks", "1 to 6 weeks"), "3 weeks"),
        (wh.template_button(WA_ID, "start the check", "Start"), "start the check"),
    ],
)
async def test_replies_to_buttons_and_lists_send_the_payload(wa, payload, expected):
    status, _ = await wa.post(payload)
    assert status == 200
    await wa.settle()
    assert [m.text for m in wa.received] == [expected]
    assert wa.received[0].sender_id == WA_ID


@pytest.mark.asyncio
async def test_redelivered_message_is_processed_once(wa):
    payload = wh.text_message(WA_ID, "hello")
    for _ in range(3):
        status, _ = await wa.post(payload)
        assert status == 200
    await wa.post(wh.text_message(WA_ID, "hello"))  # same text, new id: a new message
    await wa.settle()
    assert [m.text for m in wa.received] == ["hello", "hello"]


@pytest.mark.asyncio
async def test_status_callback_is_acknowledged_and_ignored(wa):
    for status_name in ("sent", "delivered", "read"):
        status, _ = await wa.post(wh.status_update(WA_ID, status_name))
        assert status == 200
    await wa.settle()
    assert wa.received == []
    assert wa.graph.sent == []


@pytest.mark.asyncio
async def test_messages_for_another_phone_number_are_ignored(wa):
    status, _ = await wa.post(wh.text_message(WA_ID, "hello", phone_number_id="999999"))
    assert status == 200
    await wa.settle()
    assert wa.received == []


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "build, expected",
    [
        (lambda wa_id: wh.image_message(wa_id, caption=SECRET_TEXT), whatsapp_texts.UNSUPPORTED_MESSAGE),
        (lambda wa_id: wh.audio_message(wa_id), whatsapp_texts.UNSUPPORTED_AUDIO),
        (lambda wa_id: wh.location_message(wa_id), whatsapp_texts.UNSUPPORTED_MESSAGE),
        (lambda wa_id: wh.message_body(wa_id, "sticker", {"sticker": {"id": "1", "animated": False}}),
         whatsapp_texts.UNSUPPORTED_MESSAGE),
        (lambda wa_id: wh.reaction_message(wa_id), whatsapp_texts.UNSUPPORTED_MESSAGE),
    ],
)
async def test_unsupported_messages_get_the_bilingual_notice(wa, build, expected):
    status, _ = await wa.post(build(WA_ID))
    assert status == 200
    [notice] = await wa.graph.wait_for_async(1)
    await wa.settle()
    assert wa.received == []
    assert notice["to"] == WA_ID and notice["type"] == "text"
    assert notice["text"]["body"] == expected
    assert "Sorry" in expected and ("Typ je antwoord" in expected)
    assert wa.graph.violations == []


@pytest.mark.asyncio
async def test_a_burst_of_photos_gets_one_notice_and_silent_types_none(wa):
    for _ in range(4):
        await wa.post(wh.image_message(OTHER_WA_ID))
    await wa.post(wh.reaction_message(WA_ID, emoji=""))  # a removed reaction
    await wa.post(wh.message_body(WA_ID, "system", {"system": {"body": "changed number"}}))
    await wa.settle()
    assert [body["to"] for body in wa.graph.sent] == [OTHER_WA_ID]
    assert wa.received == []


@pytest.mark.asyncio
async def test_failure_in_processing_is_logged_without_text(wa, caplog):
    async def broken(message: UserMessage) -> None:
        raise ValueError(f"could not handle {message.text!r} from {message.sender_id}")

    wa.handler = broken
    status, _ = await wa.post(wh.text_message(WA_ID, SECRET_TEXT))
    assert status == 200
    await wa.settle()
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 1 and "ValueError" in errors[0]
    # the wa fixture checks that no text or number reached the logs
    status, _ = await wa.post(wh.text_message(WA_ID, "still alive?"))
    wa.handler = None
    await wa.settle()
    assert len(wa.received) == 2


# -------------------------------------------------------------------- not set up


@pytest.mark.asyncio
async def test_unconfigured_channel_answers_503(graph, caplog, monkeypatch):
    for name in ("VERIFY_TOKEN", "APP_SECRET", "ACCESS_TOKEN", "PHONE_NUMBER_ID"):
        monkeypatch.delenv(f"WHATSAPP_{name}", raising=False)
    caplog.set_level(logging.WARNING)
    channel = WhatsAppInput.from_credentials(None)
    assert not channel.configured
    harness, stop = await start_channel(channel, graph)
    try:
        warnings = [r.getMessage() for r in caplog.records if r.name == "bot.channels.whatsapp"]
        assert len(warnings) == 1 and "WHATSAPP_APP_SECRET" in warnings[0]
        status, content_type, body = await harness.get(
            **{"hub.mode": "subscribe", "hub.verify_token": "", "hub.challenge": "1"}
        )
        assert status == 503 and "not configured" in body and "json" in content_type
        status, body = await harness.post(wh.text_message(WA_ID, "hi"), secret="")
        assert status == 503 and "not configured" in body
        assert harness.received == []
    finally:
        await stop()


def test_settings_come_from_credentials_then_environment(monkeypatch):
    monkeypatch.setenv("WHATSAPP_VERIFY_TOKEN", "env-verify")
    monkeypatch.setenv("WHATSAPP_APP_SECRET", "env-secret")
    monkeypatch.setenv("WHATSAPP_ACCESS_TOKEN", "env-token")
    monkeypatch.setenv("WHATSAPP_PHONE_NUMBER_ID", "111")
    monkeypatch.delenv("WHATSAPP_API_BASE_URL", raising=False)
    monkeypatch.delenv("WHATSAPP_API_VERSION", raising=False)
    channel = WhatsAppInput.from_credentials({"phone_number_id": 222, "verify_token": ""})
    assert channel.configured
    assert channel.verify_token == "env-verify"
    assert channel.app_secret == "env-secret"
    assert channel.phone_number_id == "222"
    assert channel.output.messages_url == "https://graph.facebook.com/v20.0/222/messages"
    monkeypatch.setenv("WHATSAPP_API_BASE_URL", "http://127.0.0.1:9/")
    monkeypatch.setenv("WHATSAPP_API_VERSION", "v21.0")
    channel = WhatsAppInput.from_credentials(None)
    assert channel.output.messages_url == "http://127.0.0.1:9/v21.0/111/messages"
    assert WhatsAppInput.name() == "whatsapp" and WhatsAppOutput.name() == "whatsapp"


@pytest.mark.asyncio
async def test_rasa_loads_the_channel_from_credentials_yml(graph, monkeypatch):
    """The repository's credentials.yml, read and served by Rasa's own code."""
    from rasa.core import run

    for key, value in {
        "VERIFY_TOKEN": VERIFY_TOKEN,
        "APP_SECRET": APP_SECRET,
        "ACCESS_TOKEN": ACCESS_TOKEN,
        "PHONE_NUMBER_ID": PHONE_NUMBER_ID,
        "API_BASE_URL": graph.url,
        "API_VERSION": "v20.0",
    }.items():
        monkeypatch.setenv(f"WHATSAPP_{key}", value)
    channels = run.create_http_input_channels(None, str(ROOT / "credentials.yml"))
    assert [c.name() for c in channels if isinstance(c, WhatsAppInput)] == ["whatsapp"]
    app = run.configure_app(channels, enable_api=False)
    received: List[UserMessage] = []

    class StubAgent:
        async def handle_message(self, message: UserMessage) -> None:
            received.append(message)
            await message.output_channel.send_response(
                message.sender_id, {"text": "Is it OK?", "buttons": CONSENT_BUTTONS}
            )

    app.ctx.agent = StubAgent()
    port = free_port()
    server = await app.create_server(host="127.0.0.1", port=port, return_asyncio_server=True, access_log=False)
    await server.startup()
    await server.before_start()
    await server.after_start()
    try:
        async with aiohttp.ClientSession() as session:
            url = f"http://127.0.0.1:{port}/webhooks/whatsapp/webhook"
            query = {"hub.mode": "subscribe", "hub.verify_token": VERIFY_TOKEN, "hub.challenge": "5"}
            async with session.get(url, params=query) as answer:
                assert answer.status == 200 and await answer.text() == "5"
            status, _ = await wh.signed_post_async(session, url, APP_SECRET, wh.text_message(WA_ID, "hallo"))
            assert status == 200
            [sent] = await graph.wait_for_async(1)
        assert [(m.text, m.sender_id, m.input_channel) for m in received] == [("hallo", WA_ID, "whatsapp")]
        assert sent["interactive"]["type"] == "button" and graph.violations == []
    finally:
        for channel in channels:
            if isinstance(channel, WhatsAppInput):
                await channel.wait_idle()
        await server.before_stop()
        server.close()
        await server.wait_closed()
        await server.after_stop()


# ----------------------------------------------------------------- messages out

CONSENT_BUTTONS = [
    {"title": "Yes, that's OK", "payload": "yes"},
    {"title": "No", "payload": "no"},
    {"title": "What about my data?", "payload": "what happens with my data"},
]
ONSET_NL = [
    {"title": "Plots: tillen, bukken of draaien", "payload": "plots"},
    {"title": "Na een val of ongeval", "payload": "val of ongeval"},
    {"title": "Geleidelijk, zonder duidelijke oorzaak", "payload": "geleidelijk"},
]
WEAKNESS = [
    {"title": "No", "payload": "no weakness"},
    {"title": "Yes, but not getting worse", "payload": "stable weakness"},
    {"title": "Yes, and getting worse", "payload": "worsening weakness"},
]
DURATION_NL = [
    {"title": "Minder dan 1 week", "payload": "3 dagen"},
    {"title": "1 tot 6 weken", "payload": "3 weken"},
    {"title": "6 tot 12 weken", "payload": "9 weken"},
    {"title": "Meer dan 3 maanden", "payload": "6 maanden"},
]
BOOKING = "https://www.kine-mechelen.example/afspraak"
PHONE = "+32 15 12 34 56"
CONTACT_BUTTONS = [
    {"title": "Book an appointment", "payload": "book an appointment", "url": BOOKING},
    {"title": f"Call {PHONE}", "payload": "call the practice", "url": f"tel:{PHONE}"},
]


@pytest.mark.asyncio
async def test_up_to_three_buttons_make_an_interactive_button_message(graph):
    out = await output(graph)
    await out.send_response(WA_ID, {"text": "Is it OK if I ask?", "buttons": CONSENT_BUTTONS})
    await out.close()
    [first] = graph.sent
    assert graph.violations == []
    assert first["type"] == "interactive" and first["interactive"]["type"] == "button"
    assert first["interactive"]["body"]["text"] == "Is it OK if I ask?"
    assert options(first) == [
        {"id": "yes", "title": "Yes, that's OK"},
        {"id": "no", "title": "No"},
        {"id": "what happens with my data", "title": "What about my data?"},
    ]
    assert all(len(o["title"]) <= MAX_BUTTON_TITLE for o in options(first))


@pytest.mark.asyncio
async def test_titles_too_long_for_buttons_go_in_a_list_without_losing_meaning(graph):
    out = await output(graph)
    await out.send_response(WA_ID, {"text": "Hoe is de pijn begonnen?", "buttons": ONSET_NL})
    await out.send_response(WA_ID, {"text": "Is the weakness getting worse?", "buttons": WEAKNESS})
    await out.close()
    assert graph.violations == []
    onset, weakness = graph.sent
    assert onset["interactive"]["type"] == "list"
    assert onset["interactive"]["action"]["button"] == "Kies"
    rows = onset["interactive"]["action"]["sections"][0]["rows"]
    assert [row["id"] for row in rows] == ["plots", "val of ongeval", "geleidelijk"]
    assert [row["title"] for row in rows] == [
        "Plots: tillen, bukken…",
        "Na een val of ongeval",
        "Geleidelijk, zonder…",
    ]
    assert [row.get("description") for row in rows] == [
        "Plots: tillen, bukken of draaien",
        None,
        "Geleidelijk, zonder duidelijke oorzaak",
    ]
    rows = weakness["interactive"]["action"]["sections"][0]["rows"]
    shown = [row.get("description") or row["title"] for row in rows]
    assert shown == ["No", "Yes, but not getting worse", "Yes, and getting worse"]
    assert weakness["interactive"]["action"]["button"] == "Choose"


@pytest.mark.asyncio
async def test_four_buttons_make_a_list(graph):
    out = await output(graph)
    await out.send_response(WA_ID, {"text": "Sorry, ik begreep niet hoe lang. Of kies:", "buttons": DURATION_NL})
    many = [{"title": f"Option number {i} with a long title", "payload": f"option {i}"} for i in range(12)]
    await out.send_response(WA_ID, {"text": "Pick one of these please", "buttons": many})
    await out.close()
    assert graph.violations == []
    dutch, english = graph.sent
    assert dutch["interactive"]["type"] == "list"
    action = dutch["interactive"]["action"]
    assert action["button"] == "Kies"
    assert [o["id"] for o in options(dutch)] == ["3 dagen", "3 weken", "9 weken", "6 maanden"]
    assert [o["title"] for o in options(dutch)][0] == "Minder dan 1 week"
    assert english["interactive"]["action"]["button"] == "Choose"
    rows = english["interactive"]["action"]["sections"][0]["rows"]
    assert len(rows) == 10 and all(len(row["title"]) <= MAX_ROW_TITLE for row in rows)
    assert rows[0]["description"] == "Option number 0 with a long title"
    assert "option 11" in visible_text(english)  # the overflow stays typeable


@pytest.mark.asyncio
async def test_url_buttons_become_plain_text_links(graph):
    out = await output(graph)
    await out.send_response(WA_ID, {"text": "You can book with us.", "buttons": CONTACT_BUTTONS})
    # the triage contact response already names both: nothing is repeated
    await out.send_response(
        WA_ID, {"text": f"Kine Mechelen 📞 {PHONE}\nBook online: {BOOKING}", "buttons": CONTACT_BUTTONS}
    )
    mixed = CONTACT_BUTTONS[:1] + [{"title": "Start the check", "payload": "start the check"}]
    await out.send_response(WA_ID, {"text": "No problem.", "buttons": mixed})
    await out.close()
    assert graph.violations == []
    links, contact, interactive = graph.sent
    assert links["type"] == "text"
    assert links["text"]["body"] == f"You can book with us.\nBook an appointment: {BOOKING}\nCall {PHONE}"
    assert links["text"]["preview_url"] is True
    assert contact["text"]["body"] == f"Kine Mechelen 📞 {PHONE}\nBook online: {BOOKING}"
    assert interactive["interactive"]["type"] == "button"
    assert BOOKING in visible_text(interactive)
    assert options(interactive) == [{"id": "start the check", "title": "Start the check"}]


@pytest.mark.asyncio
async def test_triage_payload_is_not_sent_and_images_are_links(graph):
    out = await output(graph)
    triage = {"triage": {"level": "routine_physio", "condition": "nonspecific_lbp", "duration_days": 21, "language": "en"}}
    await out.send_response(WA_ID, {"custom": triage})
    await out.send_response(WA_ID, {"image": "https://example.org/exercise.png"})
    await out.close()
    assert [visible_text(body) for body in graph.sent] == ["https://example.org/exercise.png"]
    assert "triage" not in str(graph.sent)


@pytest.mark.asyncio
async def test_long_texts_are_split_within_the_limits(graph):
    out = await output(graph)
    paragraph = "Keep moving gently and avoid bed rest. " * 40  # about 1560 characters
    await out.send_response(WA_ID, {"text": "\n\n".join([paragraph] * 4)})
    await out.send_response(WA_ID, {"text": paragraph, "buttons": CONSENT_BUTTONS[:2]})
    await out.close()
    assert graph.violations == []
    texts = [body for body in graph.sent if body["type"] == "text"]
    interactive = [body for body in graph.sent if body["type"] == "interactive"]
    assert len(interactive) == 1 and len(visible_text(interactive[0])) <= MAX_INTERACTIVE_BODY
    assert all(len(visible_text(body)) <= MAX_TEXT_BODY for body in texts)
    assert len(texts) >= 3
    assert all(visible_text(body).endswith(".") for body in graph.sent)  # cut at sentences


@pytest.mark.asyncio
async def test_graph_api_errors_are_logged_without_crashing(graph, caplog):
    caplog.set_level(logging.INFO)
    graph.fail_next.append((400, 131047))  # e.g. outside the 24-hour window
    out = await output(graph)
    await out.send_text_message(WA_ID, SECRET_TEXT)
    bad_token = WhatsAppOutput("expired-token", PHONE_NUMBER_ID, api_base_url=graph.url)
    await bad_token.send_text_message(WA_ID, SECRET_TEXT)
    unreachable = WhatsAppOutput(ACCESS_TOKEN, PHONE_NUMBER_ID, api_base_url=f"http://127.0.0.1:{free_port()}")
    await unreachable.send_text_message(WA_ID, SECRET_TEXT)
    for channel in (out, bad_token, unreachable):
        await channel.close()
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 3
    assert "HTTP 400" in errors[0] and "131047" in errors[0]
    assert "HTTP 401" in errors[1] and "190" in errors[1]
    assert "ClientConnectorError" in errors[2]
    for record in caplog.records:
        assert SECRET_TEXT not in record.getMessage() and WA_ID not in record.getMessage()
    assert graph.violations == ["missing or wrong Authorization bearer token"]


# ----------------------------------------------------------------------- pieces


def test_seen_ids_are_bounded_and_expire():
    seen = SeenIds(max_size=3, ttl_seconds=100)
    assert seen.first_time("a", now=0) and not seen.first_time("a", now=1)
    for key in "bcd":
        assert seen.first_time(key, now=2)
    assert len(seen) == 3
    assert seen.first_time("a", now=3)  # "a" was pushed out by the bound
    assert not seen.first_time("d", now=50)
    assert seen.first_time("d", now=200)  # expired
    assert len(seen) == 1


def test_split_and_shorten():
    assert split_text("", 10) == []
    assert split_text("short", 10) == ["short"]
    parts = split_text("One two three. Four five six seven eight nine ten.", 20)
    assert all(len(part) <= 20 for part in parts)
    assert " ".join(parts) == "One two three. Four five six seven eight nine ten."
    assert split_text("x" * 25, 10) == ["x" * 10, "x" * 10, "x" * 5]
    assert shorten("Yes, below the knee", 20) == "Yes, below the knee"
    cut = shorten("Suddenly: lifting, bending or twisting", 20)
    assert len(cut) <= 20 and cut.endswith("…") and cut.startswith("Suddenly")


def test_list_labels_follow_the_message_language():
    assert whatsapp_texts.guess_language("Hoe lang heb je deze pijn al?") == "nl"
    assert whatsapp_texts.guess_language("How long have you had this pain?") == "en"
    assert whatsapp_texts.guess_language("") == "en"
