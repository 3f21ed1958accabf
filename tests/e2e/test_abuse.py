"""Floods and abuse on the public endpoints (issue 15), against the real servers.

One assistant for the module, with the guarded REST channel and the WhatsApp channel
(as credentials.yml), small limits, and X-Forwarded-For as the trusted proxy header so
each test plays clients from its own addresses. What a client notices: status codes,
Retry-After, JSON errors, CORS headers, and that others keep talking meanwhile.
"""
from __future__ import annotations

import json
import os
import uuid

import pytest
import requests

from bot.channels.guard import SENDER_BURST_SHARE, burst_of
from bot.practice import current_practice
from tests.support import whatsapp_webhook as wh
from tests.support.assistant import MODEL, ROOT, joined, start_assistant

pytestmark = pytest.mark.e2e

PER_ADDRESS, PER_SENDER, NEW_PER_HOUR = 60, 12, 18
# A sixth of each limit may come at once (bot/channels/guard.py), half for a conversation: 10
# requests per address, 6 per conversation, 3 new conversations per address; then one
# every 1 s, 5 s, 200 s.
AT_ONCE, NEW_AT_ONCE = burst_of(PER_ADDRESS), burst_of(NEW_PER_HOUR)
SENDER_AT_ONCE = burst_of(PER_SENDER, SENDER_BURST_SHARE)
APP_SECRET = "abuse-app-secret"
CREDENTIALS = "bot.channels.guarded.GuardedRestInput:\nbot.channels.whatsapp.WhatsAppInput:\n"
_addresses = iter(range(1, 250))


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    if not MODEL.exists():
        pytest.fail(f"no trained model at {MODEL}: `make test` trains it first")
    env = {
        # rasa runs in its own work directory: make `bot.channels` importable
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
        "LIMIT_PER_ADDRESS_PER_MINUTE": str(PER_ADDRESS),
        "LIMIT_PER_SENDER_PER_MINUTE": str(PER_SENDER),
        "LIMIT_NEW_CONVERSATIONS_PER_ADDRESS_PER_HOUR": str(NEW_PER_HOUR),
        "TRUSTED_PROXY_HEADER": "X-Forwarded-For",
        "WHATSAPP_VERIFY_TOKEN": "abuse-verify-token",
        "WHATSAPP_APP_SECRET": APP_SECRET,
        "WHATSAPP_ACCESS_TOKEN": "abuse-access-token",
        "WHATSAPP_PHONE_NUMBER_ID": wh.DEFAULT_PHONE_NUMBER_ID,
        "WHATSAPP_API_BASE_URL": "http://127.0.0.1:9",  # nothing listens: the answers go nowhere
    }
    # CORS as scripts/run.sh: the practice's allowed origins only
    rasa_args = ["--cors", *current_practice().allowed_origins]
    with start_assistant(tmp_path_factory.mktemp("abuse"), extra_env=env, credentials=CREDENTIALS,
                         rasa_args=rasa_args) as running:
        yield running


def new_address() -> str:
    return f"198.51.100.{next(_addresses)}"


def new_sender() -> str:
    return f"abuse-{uuid.uuid4().hex[:12]}"


def post(assistant, body, address, headers=None, data=None):
    headers = {"X-Forwarded-For": address, **(headers or {})}
    if data is None:
        return requests.post(f"{assistant.url}/webhooks/rest/webhook", json=body, headers=headers, timeout=60)
    return requests.post(f"{assistant.url}/webhooks/rest/webhook", data=data, headers=headers, timeout=60)


def assert_too_many(response):
    assert response.status_code == 429, response.text
    retry_after = response.headers.get("Retry-After", "")
    assert retry_after.isdigit() and int(retry_after) > 0, response.headers
    assert response.json()["error"]
    return int(retry_after)


def until_refused(send, most):
    """Sends until the first 429 (the allowance comes back slowly, one request at a time)."""
    for _ in range(most):
        response = send()
        if response.status_code == 429:
            return response
    raise AssertionError(f"no 429 after {most} requests")


def talks(assistant, address) -> None:
    """A normal patient from `address` gets the bot's first answer."""
    response = post(assistant, {"sender": new_sender(), "message": "Hello, my low back hurts",
                                "metadata": {"language": "en"}}, address)
    assert response.status_code == 200 and "not a doctor" in joined(response.json()), response.text


# --- REST ------------------------------------------------------------------------------

def test_a_flood_from_one_address_is_refused_and_others_keep_talking(assistant):
    flooder, patient = new_address(), new_address()
    flood = [post(assistant, {"message": "no sender"}, flooder) for _ in range(3 * PER_ADDRESS)]
    statuses = [response.status_code for response in flood]
    assert statuses[:AT_ONCE] == [400] * AT_ONCE, "under the limit: the usual answer (400: no sender)"
    assert set(statuses) == {400, 429} and statuses.count(429) >= PER_ADDRESS, statuses
    assert_too_many(flood[-1])
    talks(assistant, patient)  # during the flood
    until_refused(lambda: post(assistant, {"sender": new_sender(), "message": ""}, flooder), PER_ADDRESS)
    # Only the right-most X-Forwarded-For entry counts: a flooder that puts a new address
    # in front each time is still refused (were the left entry counted, none would be)
    spoofer, spoofed = new_address(), iter(range(10_000))
    assert_too_many(until_refused(
        lambda: post(assistant, {"message": "x"}, f"203.0.113.{next(spoofed) % 250}, {spoofer}"), PER_ADDRESS))
    talks(assistant, patient)  # after it


def test_one_conversation_cannot_be_driven_by_a_script(assistant):
    address, sender = new_address(), new_sender()
    statuses = [post(assistant, {"sender": sender, "message": ""}, address).status_code for _ in range(SENDER_AT_ONCE)]
    assert statuses == [200] * SENDER_AT_ONCE
    retry_after = assert_too_many(
        until_refused(lambda: post(assistant, {"sender": sender, "message": ""}, address), PER_SENDER))
    assert retry_after <= -(-60 // PER_SENDER)
    talks(assistant, address)  # another conversation from the same address goes on


def test_new_conversations_per_address_are_capped(assistant):
    address = new_address()
    senders = [new_sender() for _ in range(NEW_AT_ONCE)]
    for sender in senders:
        assert post(assistant, {"sender": sender, "message": ""}, address).status_code == 200
    retry_after = assert_too_many(post(assistant, {"sender": new_sender(), "message": ""}, address))
    assert 60 < retry_after <= 3600 // NEW_PER_HOUR
    assert post(assistant, {"sender": senders[0], "message": ""}, address).status_code == 200, \
        "a conversation already started goes on"
    talks(assistant, new_address())


@pytest.mark.parametrize("sender", ["has space", "naïve", "a/b", "<script>", "s" * 256, "😀"])
def test_a_bad_sender_id_gets_a_clear_400(assistant, sender):
    response = post(assistant, {"sender": sender, "message": "hi"}, new_address())
    assert response.status_code == 400
    assert "sender" in response.json()["message"]


def test_a_huge_body_is_refused_before_it_is_read(assistant):
    address = new_address()
    huge = json.dumps({"sender": new_sender(), "message": "x" * 200_000}).encode()
    response = post(assistant, None, address, {"Content-Type": "application/json"}, data=huge)
    assert response.status_code == 413 and response.json()["error"]

    def chunks():  # no Content-Length: read up to the cap, then refused
        yield b'{"sender": "abuse-chunked", "message": "'
        for _ in range(10):
            yield b"y" * 16_384
        yield b'"}'

    response = post(assistant, None, address, {"Content-Type": "application/json"}, data=chunks())
    assert response.status_code == 413 and response.json()["error"]
    talks(assistant, address)


def test_a_long_message_still_gets_its_kind_answer(assistant):
    """The body cap is far above a 4,096-character message: the bot answers it kindly."""
    address = new_address()
    for text in ("x" * 10_000, "😀" * 4_097):  # the emoji: 12 bytes each as JSON escapes
        response = post(assistant, {"sender": new_sender(), "message": text, "metadata": {"language": "en"}}, address)
        assert response.status_code == 200 and "very long message" in joined(response.json()), response.text


# --- CORS --------------------------------------------------------------------------------

def test_cors_only_for_the_practice_origins(assistant):
    body = {"sender": new_sender(), "message": "", "metadata": {"language": "en"}}
    allowed = current_practice().allowed_origins[0]
    response = post(assistant, body, new_address(), {"Origin": allowed})
    assert response.status_code == 200 and response.headers.get("Access-Control-Allow-Origin") == allowed
    response = post(assistant, body, new_address(), {"Origin": "https://evil.example"})
    assert "Access-Control-Allow-Origin" not in response.headers
    preflight = requests.options(f"{assistant.url}/webhooks/rest/webhook", timeout=30, headers={
        "Origin": allowed, "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"})
    assert preflight.headers.get("Access-Control-Allow-Origin") == allowed
    preflight = requests.options(f"{assistant.url}/webhooks/rest/webhook", timeout=30, headers={
        "Origin": "https://evil.example", "Access-Control-Request-Method": "POST"})
    assert "Access-Control-Allow-Origin" not in preflight.headers


def test_the_widget_can_read_a_refusal(assistant):
    """A 429 carries the CORS header too, so the page's script sees the status."""
    address = new_address()
    allowed = current_practice().allowed_origins[0]
    response = until_refused(lambda: post(assistant, {"message": "no sender"}, address, {"Origin": allowed}),
                             3 * PER_ADDRESS)
    assert_too_many(response)
    assert response.headers.get("Access-Control-Allow-Origin") == allowed


# --- WhatsApp ------------------------------------------------------------------------------

def whatsapp_post(assistant, payload, address, secret=APP_SECRET):
    raw = wh.encode(payload)
    headers = {"Content-Type": "application/json", "X-Forwarded-For": address}
    if secret:
        headers["X-Hub-Signature-256"] = wh.signature(raw, secret)
    return requests.post(f"{assistant.url}/webhooks/whatsapp/webhook", data=raw, headers=headers, timeout=30)


def test_whatsapp_webhook_per_address_limit(assistant):
    address = new_address()
    verify = f"{assistant.url}/webhooks/whatsapp/webhook"
    params = {"hub.mode": "subscribe", "hub.verify_token": "wrong", "hub.challenge": "1"}
    statuses = [requests.get(verify, params=params, headers={"X-Forwarded-For": address}, timeout=30).status_code
                for _ in range(AT_ONCE // 2)]
    statuses += [whatsapp_post(assistant, wh.text_message("32470000001", "hi"), address, secret=None).status_code
                 for _ in range(AT_ONCE - len(statuses))]
    assert set(statuses) == {403}, "the GET verification and the POSTs share the address's allowance"
    assert_too_many(until_refused(
        lambda: whatsapp_post(assistant, wh.text_message("32470000001", "hi"), address, secret=None), PER_ADDRESS))
    # Meta's signed webhooks carry every patient's messages from the same few addresses:
    # they are never refused for the address, even right after a flood from it
    patients = [whatsapp_post(assistant, wh.text_message(f"3247100000{i:02d}", "hi"), address).status_code
                for i in range(PER_ADDRESS // 2)]
    assert set(patients) == {200}


def test_whatsapp_sender_limit_counts_signed_messages_only(assistant):
    meta, wa_id = new_address(), "3247" + str(uuid.uuid4().int)[:7]
    for _ in range(SENDER_AT_ONCE):  # forged (unsigned) messages in this patient's name use up nothing
        assert whatsapp_post(assistant, wh.text_message(wa_id, "hi"), meta, secret=None).status_code == 403
    for _ in range(SENDER_AT_ONCE):
        assert whatsapp_post(assistant, wh.text_message(wa_id, "hi"), meta).status_code == 200
    assert_too_many(until_refused(lambda: whatsapp_post(assistant, wh.text_message(wa_id, "hi"), meta), PER_SENDER))
    other = "3247" + str(uuid.uuid4().int)[:7]
    assert whatsapp_post(assistant, wh.text_message(other, "hi"), meta).status_code == 200
