"""bot/practice_inbox/chatwoot.py and config.py against a fake Chatwoot that checks the
documented paths and bodies (tests/support/fake_chatwoot.py): what the practice finds in
its inbox, and what happens when Chatwoot is down, refuses the token or is slow."""

import ast
import json
import logging
from pathlib import Path

import aiohttp
import pytest
from fhir.resources.questionnaireresponse import QuestionnaireResponse

from bot.practice_inbox.chatwoot import (
    Attachment,
    ChatwootClient,
    ChatwootError,
    ChatwootSender,
    e164,
    fhir_attachment,
    note_text,
)
from bot.practice_inbox.config import ChatwootSettings, read_chatwoot
from tests.support.fake_chatwoot import FakeChatwoot

PACKAGE = Path(__file__).resolve().parents[2] / "bot" / "practice_inbox"
ACCOUNT = "/api/v1/accounts/1"
FILE_NAME = "QuestionnaireResponse-LB-7K3M-Q9XD.json"


def summary(**changes):
    base = {
        "reference": "LB-7K3M-Q9XD",
        "answers": {
            "onset": "gradual",
            "duration_days": 21,
            "leg_pain": "below_knee",
            "leg_numbness": False,
            "leg_weakness": "none",
            "saddle_numbness": False,
            "bladder_bowel": False,
            "fever": True,
            "cancer_history": False,
            "weight_loss": False,
            "night_pain": False,
            "age_band": "45_69",
        },
        "level": "urgent",
        "condition": "possible_infection",
        "rule": "R3",
        "reason": "fever with back pain",
        "duration_days": 21,
        "language": "en",
        "channel": "web",
        "date": "2024-05-01T10:00:00+00:00",
        "callback": {"name": "An Peeters", "phone": "+32 470 12 34 56"},
    }
    base.update(changes)
    return base


def settings_for(fake, token=None):
    return ChatwootSettings(fake.url, fake.account_id, fake.inbox_id, token or fake.token)


# --- configuration -------------------------------------------------------------------

FULL_ENV = {
    "CHATWOOT_URL": "https://chat.example.be/",
    "CHATWOOT_ACCOUNT_ID": "3",
    "CHATWOOT_INBOX_ID": "12",
    "CHATWOOT_API_TOKEN": "s3cret",
}


def test_complete_settings_switch_the_inbox_on_and_the_reason_hides_the_token():
    settings, reason = read_chatwoot(env=FULL_ENV)
    assert settings == ChatwootSettings("https://chat.example.be", 3, 12, "s3cret")
    assert reason == "Practice inbox (Chatwoot) on: https://chat.example.be, account 3, inbox 12"
    assert "s3cret" not in reason and "s3cret" not in repr(settings)


def test_nothing_set_means_off_and_says_which_keys():
    settings, reason = read_chatwoot(env={})
    assert settings is None
    assert reason.startswith("Practice inbox (Chatwoot) off:") and "CHATWOOT_API_TOKEN" in reason
    assert "\n" not in reason


def test_one_key_missing_names_that_key():
    settings, reason = read_chatwoot(env={k: v for k, v in FULL_ENV.items() if k != "CHATWOOT_INBOX_ID"})
    assert settings is None
    assert reason == "Practice inbox (Chatwoot) off: CHATWOOT_INBOX_ID not set"


@pytest.mark.parametrize(
    "key, value, words",
    [
        ("CHATWOOT_URL", "chat.example.be", "CHATWOOT_URL must be an http(s) URL"),
        ("CHATWOOT_ACCOUNT_ID", "three", "CHATWOOT_ACCOUNT_ID must be a whole number"),
        ("CHATWOOT_INBOX_ID", "0", "CHATWOOT_INBOX_ID must be a whole number"),
    ],
)
def test_a_broken_value_switches_it_off_naming_the_key(key, value, words):
    settings, reason = read_chatwoot(env={**FULL_ENV, key: value})
    assert settings is None and words in reason


def test_credentials_come_before_the_environment_and_may_be_lower_case():
    credentials = {"chatwoot_url": "https://inbox.practice.be", "CHATWOOT_INBOX_ID": 44, "chatwoot_api_token": ""}
    settings, _ = read_chatwoot(credentials, env=FULL_ENV)
    assert (settings.url, settings.account_id, settings.inbox_id, settings.api_token) == (
        "https://inbox.practice.be",
        3,
        44,
        "s3cret",
    )  # an empty credential falls back to the environment


# --- the note ------------------------------------------------------------------------


def test_the_note_holds_every_part_the_practice_needs_in_plain_words():
    text = note_text(summary())
    assert "reference LB-7K3M-Q9XD" in text
    for line in (
        "Level: urgent",
        "Condition: possible infection (possible_infection)",
        "Rule: R3: fever with back pain",
        "How long: about 3 weeks (21 d)",
        "Language: en",
        "Channel: web",
        "Date: 2024-05-01 10:00 UTC",
        "• How it started: gradually, no clear cause",
        "• Pain in a leg: yes, below the knee",
        "• Fever, chills or feeling very unwell: yes",
        "• Losing weight without trying: no",
        "• Age: 45 to 69",
        "Name: An Peeters",
        "Phone: +32 470 12 34 56",
    ):
        assert line in text, line


def test_the_note_in_dutch_and_without_callback_details():
    text = note_text(summary(language="nl", callback={}))
    assert "Rugpijncheck gedeeld door de patiënt (referentie LB-7K3M-Q9XD)" in text
    assert "• Pijn in een been: ja, tot onder de knie" in text
    assert "• Koorts, rillingen of zich erg ziek voelen: ja" in text
    assert "geen (de patiënt gaf geen naam, telefoon of e-mail)" in text


def test_only_international_numbers_become_a_chatwoot_phone_number():
    assert e164("+32 470 12.34.56") == "+32470123456"
    assert e164("0032 (470) 12-34-56") == "+32470123456"
    assert e164("0470 12 34 56") is None  # no country code: it stays in the note only
    assert e164(None) is None


# --- delivery ------------------------------------------------------------------------


async def test_a_shared_check_becomes_a_labelled_conversation_with_a_private_note():
    async with FakeChatwoot() as chatwoot:
        progress = {}
        await ChatwootSender(settings_for(chatwoot)).deliver(summary(), progress)

        assert chatwoot.calls() == [
            ("GET", f"{ACCOUNT}/contacts/search"),
            ("POST", f"{ACCOUNT}/contacts"),
            ("POST", f"{ACCOUNT}/conversations"),
            ("POST", f"{ACCOUNT}/conversations/1/messages"),
            ("POST", f"{ACCOUNT}/conversations/1/labels"),
        ]
        assert {r["token"] for r in chatwoot.requests} == {chatwoot.token}
        assert chatwoot.requests[0]["query"] == {"q": "+32470123456"}
        assert chatwoot.requests[1]["json"] == {"inbox_id": 7, "name": "An Peeters", "phone_number": "+32470123456"}
        conversation_body = chatwoot.requests[2]["json"]
        assert set(conversation_body) == {"source_id", "inbox_id", "contact_id", "status"}
        assert conversation_body["status"] == "open" and conversation_body["inbox_id"] == 7
        conversation = chatwoot.conversations[1]
        assert conversation["labels"] == ["urgent"]
        [note] = conversation["messages"]
        assert note["private"] is True and note["message_type"] == "outgoing"
        assert note["content"] == note_text(summary(), attached=FILE_NAME)
        assert progress == {
            "contact_id": 1,
            "source_id": progress["source_id"],
            "conversation_id": 1,
            "note_tried": True,
            "note_id": note["id"],
            "labelled": True,
        }


async def test_the_note_carries_the_check_as_a_fhir_json_file_in_one_multipart_request():
    async with FakeChatwoot() as chatwoot:
        await ChatwootSender(settings_for(chatwoot)).deliver(summary(), {})
        [request] = [r for r in chatwoot.requests if r["path"] == f"{ACCOUNT}/conversations/1/messages"]
        assert request["content_type"] == "multipart/form-data" and request["json"] is None
        form = request["form"]
        assert [p["name"] for p in form["parts"]] == ["content", "message_type", "private", "attachments[]"]
        assert form["fields"]["private"] == "true" and form["fields"]["message_type"] == "outgoing"
        assert "Attached: the same check as a FHIR R4 QuestionnaireResponse" in form["fields"]["content"]
        [file] = form["files"]
        assert file["file_name"] == FILE_NAME and file["content_type"] == "application/fhir+json"

        [attachment] = chatwoot.attachments()
        resource = json.loads(attachment["data"].decode("utf-8"))
        model = QuestionnaireResponse.parse_obj(resource)
        assert model.identifier.value == "LB-7K3M-Q9XD" and model.status == "completed"
        triage = {i.linkId: i.answer[0] for i in next(i for i in model.item if i.linkId == "triage").item}
        assert triage["triage_level"].valueCoding.code == "urgent"
        assert "An Peeters" not in attachment["data"].decode() and "470" not in attachment["data"].decode()


def test_the_attachment_is_the_validated_questionnaire_response_and_holds_no_callback_details():
    attachment = fhir_attachment(summary())
    assert attachment.file_name == FILE_NAME and attachment.content_type == "application/fhir+json"
    resource = json.loads(attachment.data)
    assert resource["resourceType"] == "QuestionnaireResponse" and resource["id"] == "LB-7K3M-Q9XD"
    assert {"onset", "leg_pain", "fever", "triage"} <= {item["linkId"] for item in resource["item"]}
    assert "callback" not in attachment.data.decode() and "Peeters" not in attachment.data.decode()


async def test_a_summary_that_is_not_valid_fhir_goes_as_a_note_without_the_file(caplog):
    broken = summary(date="yesterday", answers={**summary()["answers"], "fever": "very"})
    with caplog.at_level(logging.WARNING):
        assert fhir_attachment(broken) is None
        async with FakeChatwoot() as chatwoot:
            await ChatwootSender(settings_for(chatwoot)).deliver(broken, {})
    [note] = chatwoot.conversations[1]["messages"]
    assert note["attachments"] == [] and "Attached:" not in note["content"] and "LB-7K3M-Q9XD" in note["content"]
    [request] = [r for r in chatwoot.requests if r["path"].endswith("/messages")]
    assert request["json"]["private"] is True  # the documented JSON body
    assert "FhirSummaryError" in caplog.text and "very" not in caplog.text and "yesterday" not in caplog.text


async def test_a_returning_patient_is_found_by_e_mail_and_gets_a_second_conversation():
    async with FakeChatwoot() as chatwoot:
        sender = ChatwootSender(settings_for(chatwoot))
        patient = {"name": "An", "email": "an@example.be"}
        await sender.deliver(summary(reference="LB-1", callback=patient), {})
        await sender.deliver(summary(reference="LB-2", callback=patient, level="physio"), {})
        assert len(chatwoot.contacts) == 1
        assert [c["contact_id"] for c in chatwoot.conversations.values()] == [1, 1]
        assert [c["labels"] for c in chatwoot.conversations.values()] == [["urgent"], ["physio"]]
        assert chatwoot.calls("POST").count(("POST", f"{ACCOUNT}/contacts")) == 1


async def test_a_known_contact_without_our_inbox_gets_a_contact_inbox_first():
    async with FakeChatwoot() as chatwoot:
        chatwoot.contacts[50] = {"id": 50, "name": "An", "email": "an@example.be", "inboxes": {99: "other-inbox"}}
        await ChatwootSender(settings_for(chatwoot)).deliver(summary(callback={"email": "an@example.be"}), {})
        assert ("POST", f"{ACCOUNT}/contacts/50/contact_inboxes") in chatwoot.calls()
        assert chatwoot.conversations[1]["contact_id"] == 50


async def test_an_anonymous_patient_gets_a_contact_named_after_the_reference():
    async with FakeChatwoot() as chatwoot:
        await ChatwootSender(settings_for(chatwoot)).deliver(summary(callback={}), {})
        assert ("GET", f"{ACCOUNT}/contacts/search") not in chatwoot.calls()
        assert chatwoot.requests[0]["json"] == {
            "inbox_id": 7,
            "name": "Back check LB-7K3M-Q9XD",
            "identifier": "lowback-check-LB-7K3M-Q9XD",
        }


async def test_the_fake_refuses_what_chatwoot_refuses():
    async with FakeChatwoot() as chatwoot:
        async with ChatwootClient(settings_for(chatwoot)) as client:
            with pytest.raises(ChatwootError) as refused:
                await client.create_contact("An", phone_number="0470 12 34 56")
            assert refused.value.status == 422
            with pytest.raises(ChatwootError) as refused:
                await client._call("POST", "/conversations", {"source_id": 5, "inbox_id": 7})
            assert refused.value.status == 422 and "wrong type" in str(refused.value)
            with pytest.raises(ChatwootError) as refused:
                await client._call("POST", "/conversations/1/messages", {"content": "x", "privat": True})
            assert refused.value.status == 422 and "unknown field 'privat'" in str(refused.value)


async def test_the_fake_refuses_a_multipart_note_that_breaks_the_api_or_the_contract():
    good = fhir_attachment(summary())
    other = fhir_attachment(summary(reference="LB-2222-3333"))

    def form(name="attachments[]", private="true", attachment=good, content="note for LB-7K3M-Q9XD"):
        data = aiohttp.FormData()
        data.add_field("content", content)
        data.add_field("private", private)
        data.add_field(name, attachment.data, filename=attachment.file_name, content_type=attachment.content_type)
        return data

    refusals = [
        (form(name="attachments"), "unknown field 'attachments'"),
        (form(private="yes"), "'private' must be true or false"),
        (form(attachment=Attachment("a.txt", b"{}", "text/plain")), "content type 'text/plain'"),
        (form(attachment=Attachment("a.json", b"not json", "application/json")), "not UTF-8 JSON"),
        (form(attachment=Attachment("a.json", b'{"resourceType": "QuestionnaireResponse"}')), "not valid FHIR R4"),
        (form(attachment=other), "is not the reference of the note"),
    ]
    async with FakeChatwoot() as chatwoot:
        await ChatwootSender(settings_for(chatwoot)).deliver(summary(), {})
        async with ChatwootClient(settings_for(chatwoot)) as client:
            for data, words in refusals:
                with pytest.raises(ChatwootError) as refused:
                    await client._call("POST", "/conversations/1/messages", form=data)
                assert refused.value.status == 422 and words in str(refused.value), (words, str(refused.value))
            await client._call("POST", "/conversations/1/messages", form=form())  # the same, right: accepted
        assert len(chatwoot.attachments()) == 2


async def test_toggle_status_sets_the_documented_status():
    async with FakeChatwoot() as chatwoot:
        await ChatwootSender(settings_for(chatwoot)).deliver(summary(), {})
        async with ChatwootClient(settings_for(chatwoot)) as client:
            answer = await client.toggle_status(1, "resolved")
            with pytest.raises(ValueError):
                await client.toggle_status(1, "closed")
        assert answer["payload"]["current_status"] == "resolved"
        assert chatwoot.conversations[1]["status"] == "resolved"
        assert chatwoot.requests[-1]["json"] == {"status": "resolved"}


# --- failures: one exception type with the HTTP status -------------------------------


async def test_chatwoot_down_raises_503_and_nothing_is_created():
    async with FakeChatwoot() as chatwoot:
        chatwoot.mode = "down"
        with pytest.raises(ChatwootError) as failed:
            await ChatwootSender(settings_for(chatwoot)).deliver(summary(), {})
        assert failed.value.status == 503 and chatwoot.conversations == {}


async def test_a_wrong_token_raises_401():
    async with FakeChatwoot() as chatwoot:
        with pytest.raises(ChatwootError) as failed:
            await ChatwootSender(settings_for(chatwoot, token="wrong")).deliver(summary(), {})
        assert failed.value.status == 401
        assert "An Peeters" not in str(failed.value)  # errors never carry the summary


async def test_a_slow_chatwoot_times_out_without_a_status():
    async with FakeChatwoot() as chatwoot:
        chatwoot.delay = 1.0
        with pytest.raises(ChatwootError) as failed:
            await ChatwootSender(settings_for(chatwoot), timeout=0.2).deliver(summary(), {})
        assert failed.value.status is None and "no answer" in str(failed.value)


async def test_no_server_at_all_raises_without_a_status():
    async with FakeChatwoot() as chatwoot:
        url = chatwoot.url
    with pytest.raises(ChatwootError) as failed:
        await ChatwootSender(ChatwootSettings(url, 1, 7, "t")).deliver(summary(), {})
    assert failed.value.status is None


async def test_a_retry_after_a_half_done_delivery_does_not_open_a_second_conversation():
    async with FakeChatwoot() as chatwoot:
        sender = ChatwootSender(settings_for(chatwoot))
        progress = {}
        original = ChatwootClient.create_private_note

        async def down_after_the_conversation(self, *args, **kwargs):
            chatwoot.mode = "down"
            return await original(self, *args, **kwargs)

        ChatwootClient.create_private_note = down_after_the_conversation
        try:
            with pytest.raises(ChatwootError):
                await sender.deliver(summary(), progress)
        finally:
            ChatwootClient.create_private_note = original
        assert progress["conversation_id"] == 1 and "note_id" not in progress
        chatwoot.mode = "up"
        await sender.deliver(summary(), progress)
        assert len(chatwoot.conversations) == 1
        assert len(chatwoot.notes()) == 1 and chatwoot.conversations[1]["labels"] == ["urgent"]
        assert len(chatwoot.attachments()) == 1


async def test_a_note_saved_whose_answer_was_lost_is_not_posted_again():
    async with FakeChatwoot() as chatwoot:
        sender = ChatwootSender(settings_for(chatwoot))
        progress = {}
        original = ChatwootClient.create_private_note

        async def saved_but_no_answer(self, *args, **kwargs):
            await original(self, *args, **kwargs)
            raise ChatwootError(None, "POST /conversations/1/messages: no answer in 15 s")

        ChatwootClient.create_private_note = saved_but_no_answer
        try:
            with pytest.raises(ChatwootError):
                await sender.deliver(summary(), progress)
        finally:
            ChatwootClient.create_private_note = original
        assert progress["note_tried"] is True and "note_id" not in progress
        await sender.deliver(summary(), progress)  # the outbox's retry
        assert ("GET", f"{ACCOUNT}/conversations/1/messages") in chatwoot.calls()
        [note] = chatwoot.conversations[1]["messages"]
        assert progress["note_id"] == note["id"] and len(chatwoot.attachments()) == 1
        assert chatwoot.conversations[1]["labels"] == ["urgent"]
        assert chatwoot.calls("POST").count(("POST", f"{ACCOUNT}/conversations/1/messages")) == 1


def test_the_package_does_not_import_rasa():
    for path in PACKAGE.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = [alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names]
        names += [node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)]
        assert not [name for name in names if name == "rasa" or name.startswith(("rasa.", "rasa_sdk"))], path
