"""bot/channels/practice_fhir.py: the token-protected FHIR endpoint, its blueprint served by a
real Sanic server on a free loopback port (as `rasa run` mounts it, /webhooks/practice)."""
from __future__ import annotations

import logging
import socket
import uuid

import aiohttp
import pytest
from fhir.resources.bundle import Bundle
from fhir.resources.operationoutcome import OperationOutcome
from fhir.resources.questionnaireresponse import QuestionnaireResponse
from sanic import Sanic

from bot.channels.practice_fhir import PracticeFhirInput
from bot.practice_inbox.config import read_fhir_endpoint
from bot.practice_inbox.fhir import questionnaire_response
from bot.practice_inbox.fhir_store import FhirStore

TOKEN = "Zq7-practice-software-token-0123456789"
PATH = "/webhooks/practice/fhir/QuestionnaireResponse"


def summary(reference, date="2024-05-01T12:30:00+02:00"):
    return {
        "reference": reference, "answers": {"onset": "gradual", "fever": False, "age_band": "70_plus"},
        "level": "physio", "condition": "nonspecific_subacute", "rule": "R10", "reason": "no warning signs",
        "duration_days": 30, "language": "nl", "channel": "web", "date": date, "callback": {},
    }


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module", autouse=True)
def sanic_test_mode():
    previous, Sanic.test_mode = Sanic.test_mode, True
    yield
    Sanic.test_mode = previous


@pytest.fixture
def store(tmp_path):
    store = FhirStore(tmp_path / "outbox.db")
    store.keep(questionnaire_response(summary("LB-7K3M-Q9XD")))
    store.keep(questionnaire_response(summary("LB-AAAA-BBBB", "2024-06-01T08:00:00+00:00")))
    return store


async def serve(channel):
    app = Sanic(f"practice_fhir_test_{uuid.uuid4().hex}", configure_logging=False)

    async def on_new_message(message):  # never called: this channel talks to no one
        raise AssertionError("the FHIR endpoint must not send messages to the assistant")

    app.blueprint(channel.blueprint(on_new_message), url_prefix="/webhooks/practice")
    port = free_port()
    server = await app.create_server(host="127.0.0.1", port=port, return_asyncio_server=True, access_log=False)
    await server.startup()
    await server.before_start()
    await server.after_start()
    return f"http://127.0.0.1:{port}", server


@pytest.fixture
async def endpoint(store, caplog):
    caplog.set_level(logging.INFO)
    channel = PracticeFhirInput(*read_fhir_endpoint(env={"PRACTICE_FHIR_TOKEN": TOKEN}), store=FhirStore.reader(store.path))
    url, server = await serve(channel)
    async with aiohttp.ClientSession() as session:
        yield url, session
    await server.before_stop()
    server.close()
    await server.wait_closed()


async def get(session, url, token=TOKEN, **params):
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    async with session.get(url, headers=headers, params=params) as answer:
        return answer.status, answer.headers, await answer.json(content_type=None)


async def test_a_kept_check_is_read_with_the_token(endpoint, caplog):
    url, session = endpoint
    status, headers, body = await get(session, f"{url}{PATH}/LB-7K3M-Q9XD")
    assert status == 200 and headers["Content-Type"].startswith("application/fhir+json")
    assert headers["Cache-Control"] == "no-store"
    model = QuestionnaireResponse.parse_obj(body)
    assert model.identifier.value == "LB-7K3M-Q9XD" and {i.linkId for i in model.item} >= {"onset", "triage"}
    assert TOKEN not in caplog.text and "nonspecific" not in caplog.text


@pytest.mark.parametrize("token, error", [(None, False), ("wrong-token-of-the-same-kind-0123456", True),
                                          (TOKEN[:-1], True)])
async def test_without_the_right_token_401_with_a_bearer_challenge(endpoint, caplog, token, error):
    url, session = endpoint
    for path in (f"{PATH}/LB-7K3M-Q9XD", f"{PATH}/LB-ZZZZ-ZZZZ", PATH):
        status, headers, body = await get(session, url + path, token=token)
        assert status == 401 and headers["WWW-Authenticate"].startswith("Bearer")
        assert ('error="invalid_token"' in headers["WWW-Authenticate"]) is error
        assert headers["Content-Type"].startswith("application/fhir+json")
        OperationOutcome.parse_obj(body)
        assert "item" not in body
    assert TOKEN not in caplog.text and (token or TOKEN) not in caplog.text


async def test_other_schemes_are_refused(endpoint):
    url, session = endpoint
    async with session.get(f"{url}{PATH}/LB-7K3M-Q9XD", headers={"Authorization": f"Basic {TOKEN}"}) as answer:
        assert answer.status == 401
    async with session.get(f"{url}{PATH}/LB-7K3M-Q9XD", params={"token": TOKEN}) as answer:
        assert answer.status == 401  # the token only in the header: URLs end up in logs


@pytest.mark.parametrize("reference", ["LB-ZZZZ-ZZZZ", "lb-7k3m-q9xd", "1", "..%2Foutbox.db"])
async def test_an_unknown_reference_404_with_an_operation_outcome(endpoint, reference):
    url, session = endpoint
    status, headers, body = await get(session, f"{url}{PATH}/{reference}")
    assert status == 404 and headers["Content-Type"].startswith("application/fhir+json")
    assert OperationOutcome.parse_obj(body).issue[0].code == "not-found"


async def test_search_by_date_gives_a_searchset_bundle(endpoint):
    url, session = endpoint
    status, headers, body = await get(session, url + PATH, authored="ge2024-05-15")
    assert status == 200 and headers["Content-Type"].startswith("application/fhir+json")
    bundle = Bundle.parse_obj(body)
    assert bundle.type == "searchset" and bundle.total == 1
    assert bundle.entry[0].resource.identifier.value == "LB-AAAA-BBBB"
    assert bundle.entry[0].fullUrl.endswith(f"{PATH}/LB-AAAA-BBBB")
    status, _, body = await get(session, url + PATH)
    assert status == 200 and body["total"] == 2
    status, _, body = await get(session, url + PATH, authored="last week")
    assert status == 400 and body["resourceType"] == "OperationOutcome"
    status, _, body = await get(session, url + PATH, subject="Patient/1")
    assert status == 400 and "subject" in body["issue"][0]["diagnostics"]


async def test_without_a_token_set_it_is_off_503_and_says_so(store, caplog, monkeypatch):
    caplog.set_level(logging.INFO)
    monkeypatch.delenv("PRACTICE_FHIR_TOKEN", raising=False)
    channel = PracticeFhirInput.from_credentials({})
    channel.store = FhirStore.reader(store.path)
    url, server = await serve(channel)
    try:
        async with aiohttp.ClientSession() as session:
            for token in (TOKEN, None):
                status, headers, body = await get(session, f"{url}{PATH}/LB-7K3M-Q9XD", token=token)
                assert status == 503 and headers["Content-Type"].startswith("application/fhir+json")
                assert body["resourceType"] == "OperationOutcome" and "item" not in body
    finally:
        await server.before_stop()
        server.close()
        await server.wait_closed()
    assert "Practice FHIR endpoint off: PRACTICE_FHIR_TOKEN not set" in caplog.text


async def test_an_unreadable_store_503_and_logs_only_its_kind(tmp_path, caplog):
    path = tmp_path / "outbox.db"
    path.write_bytes(b"this is not an SQLite file" * 100)
    channel = PracticeFhirInput(*read_fhir_endpoint(env={"PRACTICE_FHIR_TOKEN": TOKEN}), store=FhirStore.reader(path))
    url, server = await serve(channel)
    try:
        async with aiohttp.ClientSession() as session:
            status, _, body = await get(session, f"{url}{PATH}/LB-7K3M-Q9XD")
            assert status == 503 and body["issue"][0]["code"] == "transient"
    finally:
        await server.before_stop()
        server.close()
        await server.wait_closed()
    assert "DatabaseError" in caplog.text


async def test_rasa_serves_it_from_the_repositorys_credentials_yml(store, monkeypatch):
    """The repository's credentials.yml, read and mounted by Rasa's own code, on the same file."""
    from pathlib import Path

    from rasa.core import run

    monkeypatch.setenv("PRACTICE_FHIR_TOKEN", TOKEN)
    monkeypatch.setenv("PRACTICE_OUTBOX_PATH", str(store.path))
    root = Path(__file__).resolve().parents[2]
    channels = run.create_http_input_channels(None, str(root / "credentials.yml"))
    [channel] = [c for c in channels if isinstance(c, PracticeFhirInput)]
    assert channel.name() == "practice" and channel.store.path == store.path
    app = run.configure_app(channels, enable_api=False)
    port = free_port()
    server = await app.create_server(host="127.0.0.1", port=port, return_asyncio_server=True, access_log=False)
    await server.startup()
    await server.before_start()
    await server.after_start()
    try:
        async with aiohttp.ClientSession() as session:
            status, _, body = await get(session, f"http://127.0.0.1:{port}{PATH}/LB-7K3M-Q9XD")
            assert status == 200 and body["identifier"]["value"] == "LB-7K3M-Q9XD"
            status, _, _ = await get(session, f"http://127.0.0.1:{port}{PATH}/LB-7K3M-Q9XD", token=None)
            assert status == 401
    finally:
        await server.before_stop()
        server.close()
        await server.wait_closed()
        await server.after_stop()
