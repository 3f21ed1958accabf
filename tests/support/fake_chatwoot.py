"""A fake Chatwoot (application API v1) on loopback, for tests.

An aiohttp.web server in the test's own event loop. It serves the endpoints the
practice inbox uses, exactly as Chatwoot's API reference documents them
(bot/practice_inbox/chatwoot.py names the pages):

    GET  /api/v1/accounts/{account_id}/contacts/search?q=
    POST /api/v1/accounts/{account_id}/contacts
    POST /api/v1/accounts/{account_id}/contacts/{id}/contact_inboxes
    POST /api/v1/accounts/{account_id}/conversations
    POST /api/v1/accounts/{account_id}/conversations/{conversation_id}/messages
    GET  /api/v1/accounts/{account_id}/conversations/{conversation_id}/messages
    POST /api/v1/accounts/{account_id}/conversations/{conversation_id}/labels
    POST /api/v1/accounts/{account_id}/conversations/{conversation_id}/toggle_status

It checks the ``api_access_token`` header (401 otherwise), the JSON bodies against the
documented request schemas (an unknown field, a wrong type or a missing required field:
422), and what Chatwoot itself refuses (a phone number not in E.164 form, an e-mail or
identifier already taken, a source_id that is not the contact's in that inbox: 422).

A message with files is ``multipart/form-data`` (Create New Message, request body
``multipart/form-data``: ``content``, ``message_type``, ``private``, ``content_type``,
``content_attributes`` and the files in ``attachments[]``); the fake reads the raw parts
and refuses (422) an unknown part name (``attachments`` without ``[]``, a JSON-style
``attachment_ids``), a file under a text field or text under ``attachments[]``, a
``private`` that is not ``true``/``false``, a ``message_type`` outside the enum. Beyond
Chatwoot's own checks it holds the practice inbox to its contract for the attached
check (422 too): a file is ``application/fhir+json`` or ``application/json``, parses as
UTF-8 JSON, and a ``QuestionnaireResponse`` is valid FHIR R4 (fhir.resources) whose
``identifier.value`` is the reference named in the note. Kept in the message's
``attachments`` (file_name, content_type, data, json).
It records every request in ``.requests`` and keeps contacts and conversations.

For the handoff (issue 14, item 5) it also plays the agent: :meth:`agent_reply` adds an
agent's message to a conversation and :meth:`resolve` resolves it, each posting the
webhook Chatwoot would post (``message_created`` / ``conversation_status_changed``, the
payload shapes of Chatwoot's "Webhook Events" documentation) to ``webhook_url``. With
``echo_webhooks`` every message created through the API is posted too (Chatwoot does
that: private notes and incoming messages fire ``message_created`` as well), so a test
sees that our webhook ignores them. An ``incoming`` message must not be private (422).
``mode`` switches it to ``"down"`` (503 for everything) or ``"401"`` (every token
refused); ``delay`` makes each answer wait that many seconds.

    async with FakeChatwoot(token="t0k3n", account_id=1, inbox_id=7) as chatwoot:
        ...  # point ChatwootSettings at chatwoot.url
        assert chatwoot.conversations[1]["messages"][0]["private"] is True
"""

from __future__ import annotations

import asyncio
import itertools
import json
import re
import uuid
from typing import Any, Dict, List, Optional, Tuple

from aiohttp import web
from fhir.resources.questionnaireresponse import QuestionnaireResponse
from pydantic import ValidationError

NUMBER = (int, float)


def _is(value: Any, kind: Any) -> bool:
    if kind is NUMBER or kind is int:
        return isinstance(value, kind) and not isinstance(value, bool)
    return isinstance(value, kind)


# field -> (type, required); "enum:" lists are checked separately.
CONTACT_CREATE = {
    "inbox_id": (NUMBER, True),
    "name": (str, False),
    "email": (str, False),
    "blocked": (bool, False),
    "account_owner_id": ((int, type(None)), False),
    "phone_number": (str, False),
    "avatar_url": (str, False),
    "identifier": (str, False),
    "additional_attributes": (dict, False),
    "custom_attributes": (dict, False),
}
CONTACT_INBOX_CREATE = {"inbox_id": (NUMBER, True), "source_id": (str, False)}
CONVERSATION_CREATE = {
    "source_id": (str, True),
    "inbox_id": (int, False),
    "contact_id": (int, False),
    "additional_attributes": (dict, False),
    "custom_attributes": (dict, False),
    "status": (str, False),
    "assignee_id": (int, False),
    "team_id": (int, False),
    "snoozed_until": (str, False),
    "message": (dict, False),
}
MESSAGE_CREATE = {
    "content": (str, True),
    "message_type": (str, False),
    "private": (bool, False),
    "content_type": (str, False),
    "content_attributes": (dict, False),
    "campaign_id": (int, False),
    "attachment_ids": (list, False),
    "template_params": (dict, False),
}
# Create New Message as multipart/form-data: the part names; each is text, except the files.
MESSAGE_FORM_FIELDS = ("content", "message_type", "private", "content_type", "content_attributes")
MESSAGE_FORM_FILES = "attachments[]"
ATTACHMENT_TYPES = ("application/fhir+json", "application/json")  # what the practice inbox may attach
LABELS_CREATE = {"labels": (list, True)}
TOGGLE_STATUS = {"status": (str, True), "snoozed_until": (NUMBER, False)}
ENUMS = {
    ("conversation", "status"): ("open", "resolved", "pending"),
    ("message", "message_type"): ("outgoing", "incoming"),
    ("message", "content_type"): ("text", "input_email", "cards", "input_select", "form", "article"),
    ("toggle", "status"): ("open", "resolved", "pending", "snoozed"),
}
E164 = re.compile(r"\+[1-9]\d{1,14}")


def form_problems(form: Dict[str, Any]) -> List[str]:
    """What is wrong with a multipart Create New Message (empty when nothing)."""
    problems = []
    for part in form["parts"]:
        name, is_file = part["name"], part["file_name"] is not None
        if name == MESSAGE_FORM_FILES:
            if not is_file:
                problems.append(f"'{name}' must be a file part (with a filename)")
            elif not part["data"]:
                problems.append(f"'{name}' file {part['file_name']!r} is empty")
        elif name in MESSAGE_FORM_FIELDS:
            if is_file:
                problems.append(f"'{name}' must be a text field, not a file")
        else:
            problems.append(f"unknown field '{name}'")
    fields = form["fields"]
    if fields.get("private", "false") not in ("true", "false"):
        problems.append("'private' must be true or false")
    for key, scope in (("message_type", "message"), ("content_type", "message")):
        allowed = ENUMS[(scope, key)]
        if key in fields and fields[key] not in allowed:
            problems.append(f"'{key}' must be one of {allowed}")
    if not fields.get("content") and not form["files"]:
        problems.append("'content' or 'attachments[]' is required")
    return problems


def attachment_problems(attachment: Dict[str, Any], content: str) -> List[str]:
    """The practice inbox's contract for an attached file (empty when it holds)."""
    name = attachment["file_name"]
    content_type = (attachment["content_type"] or "").split(";")[0].strip()
    if content_type not in ATTACHMENT_TYPES:
        return [f"attachment {name!r}: content type {content_type!r} is not one of {ATTACHMENT_TYPES}"]
    try:
        resource = json.loads(attachment["data"].decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return [f"attachment {name!r} is not UTF-8 JSON"]
    attachment["json"] = resource
    if not isinstance(resource, dict) or resource.get("resourceType") != "QuestionnaireResponse":
        return [f"attachment {name!r} is not a FHIR QuestionnaireResponse"]
    try:
        model = QuestionnaireResponse.parse_obj(resource)
    except ValidationError as error:
        return [f"attachment {name!r} is not valid FHIR R4: {error.errors()[0]['msg']}"]
    reference = model.identifier.value if model.identifier else None
    if not reference or reference not in content:
        return [f"attachment {name!r}: identifier {reference!r} is not the reference of the note"]
    return []


def body_problems(body: Any, schema: Dict[str, Tuple[Any, bool]], enum_scope: str) -> List[str]:
    """What is wrong with a request body, against a documented schema (empty when nothing)."""
    if not isinstance(body, dict):
        return ["body is not a JSON object"]
    problems = [f"unknown field '{key}'" for key in body if key not in schema]
    for key, (kind, required) in schema.items():
        if key not in body:
            if required:
                problems.append(f"'{key}' is required")
            continue
        if not _is(body[key], kind):
            problems.append(f"'{key}' has the wrong type ({type(body[key]).__name__})")
            continue
        allowed = ENUMS.get((enum_scope, key))
        if allowed and body[key] not in allowed:
            problems.append(f"'{key}' must be one of {allowed}")
    return problems


class FakeChatwoot:
    def __init__(self, token: str = "test-token", account_id: int = 1, inbox_id: int = 7):
        self.token = token
        self.account_id = account_id
        self.inbox_id = inbox_id
        self.mode = "up"  # "up", "down" (503) or "401"
        self.delay = 0.0
        self.requests: List[Dict[str, Any]] = []  # method, path, query, headers' token, json
        self.contacts: Dict[int, Dict[str, Any]] = {}
        self.conversations: Dict[int, Dict[str, Any]] = {}  # by display id, as Chatwoot's routes
        self._ids = itertools.count(1)
        self._runner: Optional[web.AppRunner] = None
        self.url = ""
        self.webhook_url = ""  # our endpoint, with its ?token=
        self.echo_webhooks = False  # post message_created for API-created messages too
        self.webhooks: List[Dict[str, Any]] = []  # every webhook posted: payload, status
        self._tasks: set = set()

    # --- server life -----------------------------------------------------------------

    async def __aenter__(self) -> FakeChatwoot:
        app = web.Application(middlewares=[self._gate])
        base = "/api/v1/accounts/{account_id}"
        app.router.add_get(base + "/contacts/search", self._search_contacts)
        app.router.add_post(base + "/contacts", self._create_contact)
        app.router.add_post(base + "/contacts/{contact_id}/contact_inboxes", self._create_contact_inbox)
        app.router.add_post(base + "/conversations", self._create_conversation)
        app.router.add_post(base + "/conversations/{conversation_id}/messages", self._create_message)
        app.router.add_get(base + "/conversations/{conversation_id}/messages", self._list_messages)
        app.router.add_post(base + "/conversations/{conversation_id}/labels", self._add_labels)
        app.router.add_post(base + "/conversations/{conversation_id}/toggle_status", self._toggle_status)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.url = f"http://127.0.0.1:{port}"
        return self

    async def __aexit__(self, *exc_info: Any) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    # --- what tests read -------------------------------------------------------------

    def calls(self, method: Optional[str] = None) -> List[Tuple[str, str]]:
        """(method, path) of every request received, in order."""
        return [(r["method"], r["path"]) for r in self.requests if method in (None, r["method"])]

    def notes(self) -> List[str]:
        return [m["content"] for c in self.conversations.values() for m in c["messages"] if m["private"]]

    def attachments(self) -> List[Dict[str, Any]]:
        """Every file attached to a message: file_name, content_type, data (bytes), json."""
        return [a for c in self.conversations.values() for m in c["messages"] for a in m["attachments"]]

    # --- the gate: mode, token, account ------------------------------------------------

    @web.middleware
    async def _gate(self, request: web.Request, handler: Any) -> web.StreamResponse:
        body: Any = None
        form: Optional[Dict[str, Any]] = None
        if request.can_read_body and request.content_type == "multipart/form-data":
            form = await self._read_form(request)
        elif request.can_read_body:
            try:
                body = await request.json()
            except ValueError:
                body = "<not JSON>"
        self.requests.append(
            {
                "method": request.method,
                "path": request.path,
                "query": dict(request.query),
                "token": request.headers.get("api_access_token"),
                "content_type": request.content_type,
                "json": body,
                "form": form,
            }
        )
        if self.delay:
            await asyncio.sleep(self.delay)
        if self.mode == "down":
            return web.json_response({"error": "Service Unavailable"}, status=503)
        if self.mode == "401" or request.headers.get("api_access_token") != self.token:
            return web.json_response({"error": "You need to sign in or sign up before continuing."}, status=401)
        if request.match_info.get("account_id") != str(self.account_id):
            return web.json_response({"error": "Resource could not be found"}, status=404)
        request["body"] = body
        request["form"] = form
        return await handler(request)

    @staticmethod
    async def _read_form(request: web.Request) -> Dict[str, Any]:
        """The raw multipart parts, in order: name, file_name (None for a text field),
        content_type, data; with ``fields`` (text by name) and ``files``."""
        parts: List[Dict[str, Any]] = []
        reader = await request.multipart()
        async for part in reader:
            data = await part.read()  # type: ignore[union-attr]
            parts.append(
                {
                    "name": part.name,  # type: ignore[union-attr]
                    "file_name": part.filename,  # type: ignore[union-attr]
                    "content_type": part.headers.get("Content-Type"),
                    "data": bytes(data),
                }
            )
        fields = {p["name"]: p["data"].decode("utf-8", "replace") for p in parts if p["file_name"] is None}
        files = [p for p in parts if p["file_name"] is not None and p["name"] == MESSAGE_FORM_FILES]
        return {"parts": parts, "fields": fields, "files": files}

    # --- endpoints -------------------------------------------------------------------------

    @staticmethod
    def _invalid(problems: List[str]) -> web.Response:
        return web.json_response({"message": "; ".join(problems)}, status=422)

    def _contact_json(self, contact: Dict[str, Any]) -> Dict[str, Any]:
        return {
            "id": contact["id"],
            "name": contact["name"],
            "email": contact.get("email"),
            "phone_number": contact.get("phone_number"),
            "identifier": contact.get("identifier"),
            "blocked": False,
            "additional_attributes": {},
            "custom_attributes": {},
            "availability_status": "offline",
            "contact_inboxes": [
                {"source_id": source_id, "inbox": {"id": inbox_id, "name": "Practice", "channel_type": "Channel::Api"}}
                for inbox_id, source_id in contact["inboxes"].items()
            ],
        }

    async def _search_contacts(self, request: web.Request) -> web.Response:
        query = request.query.get("q", "").lower()
        found = [
            self._contact_json(c)
            for c in self.contacts.values()
            if query
            and any(query in str(c.get(k) or "").lower() for k in ("name", "email", "phone_number", "identifier"))
        ]
        return web.json_response({"meta": {"count": len(found), "current_page": 1}, "payload": found})

    async def _create_contact(self, request: web.Request) -> web.Response:
        body = request["body"]
        problems = body_problems(body, CONTACT_CREATE, "contact")
        if problems:
            return self._invalid(problems)
        if body["inbox_id"] != self.inbox_id:
            return self._invalid(["inbox_id is not an inbox of this account"])
        if body.get("phone_number") and not E164.fullmatch(body["phone_number"]):
            return self._invalid(["Phone number should be in e164 format"])
        for key, words in (("email", "Email"), ("identifier", "Identifier")):
            if body.get(key) and any(c.get(key) == body[key] for c in self.contacts.values()):
                return self._invalid([f"{words} has already been taken"])
        contact_id = next(self._ids)
        contact = {key: body.get(key) for key in ("name", "email", "phone_number", "identifier")}
        contact.update(id=contact_id, inboxes={self.inbox_id: str(uuid.uuid4())})
        self.contacts[contact_id] = contact
        contact_json = self._contact_json(contact)
        return web.json_response(
            {"payload": {"contact": contact_json, "contact_inbox": contact_json["contact_inboxes"][0]}}
        )

    async def _create_contact_inbox(self, request: web.Request) -> web.Response:
        body = request["body"]
        problems = body_problems(body, CONTACT_INBOX_CREATE, "contact_inbox")
        if problems:
            return self._invalid(problems)
        contact = self.contacts.get(int(request.match_info["contact_id"]))
        if contact is None:
            return web.json_response({"error": "Resource could not be found"}, status=404)
        source_id = contact["inboxes"].setdefault(body["inbox_id"], body.get("source_id") or str(uuid.uuid4()))
        return web.json_response(
            {"source_id": source_id, "inbox": {"id": body["inbox_id"], "channel_type": "Channel::Api"}}
        )

    async def _create_conversation(self, request: web.Request) -> web.Response:
        body = request["body"]
        problems = body_problems(body, CONVERSATION_CREATE, "conversation")
        if problems:
            return self._invalid(problems)
        contact = self.contacts.get(body.get("contact_id", -1))
        if contact is None or body.get("inbox_id") != self.inbox_id:
            return self._invalid(["contact_id and inbox_id must name a contact and an inbox of this account"])
        if contact["inboxes"].get(self.inbox_id) != body["source_id"]:
            return self._invalid(["source_id is not this contact's source id in this inbox"])
        display_id = len(self.conversations) + 1
        self.conversations[display_id] = {
            "id": display_id,
            "contact_id": contact["id"],
            "inbox_id": self.inbox_id,
            "status": body.get("status", "open"),
            "labels": [],
            "messages": [],
        }
        return web.json_response({"id": display_id, "account_id": self.account_id, "inbox_id": self.inbox_id})

    def _conversation(self, request: web.Request) -> Optional[Dict[str, Any]]:
        return self.conversations.get(int(request.match_info["conversation_id"]))

    async def _create_message(self, request: web.Request) -> web.Response:
        form = request["form"]
        if form is not None:  # with files: multipart/form-data
            problems = form_problems(form)
            fields = form["fields"]
            body = {
                "content": fields.get("content", ""),
                "private": fields.get("private") == "true",
                "message_type": fields.get("message_type", "outgoing"),
                "content_type": fields.get("content_type", "text"),
            }
            attachments = [
                {"file_name": f["file_name"], "content_type": f["content_type"], "data": f["data"], "json": None}
                for f in form["files"]
            ]
            if not problems:
                for attachment in attachments:
                    problems += attachment_problems(attachment, body["content"])
        else:
            body, attachments = request["body"], []
            problems = body_problems(body, MESSAGE_CREATE, "message")
        if not problems and body.get("message_type") == "incoming" and body.get("private"):
            problems = ["an incoming message cannot be private"]
        if problems:
            return self._invalid(problems)
        conversation = self._conversation(request)
        if conversation is None:
            return web.json_response({"error": "Resource could not be found"}, status=404)
        message = {
            "id": next(self._ids),
            "content": body["content"],
            "private": body.get("private", False),
            "message_type": body.get("message_type", "outgoing"),
            "content_type": body.get("content_type", "text"),
            "attachments": attachments,
        }
        conversation["messages"].append(message)
        if self.echo_webhooks and self.webhook_url:
            task = asyncio.get_running_loop().create_task(
                self.post_webhook(self.message_created_payload(conversation, message, sender_type="user")))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        return web.json_response(self._message_json(conversation, message))

    def _message_json(self, conversation: Dict[str, Any], message: Dict[str, Any]) -> Dict[str, Any]:
        """A message as Chatwoot answers it (message_type as its number; the files'
        push_event_data: id, message_id, file_type, account_id, extension, data_url, file_size)."""
        return {
            **{key: value for key, value in message.items() if key != "attachments"},
            "message_type": 1 if message["message_type"] == "outgoing" else 0,
            "conversation_id": conversation["id"],
            "account_id": self.account_id,
            "inbox_id": self.inbox_id,
            "attachments": [
                {
                    "id": number,
                    "message_id": message["id"],
                    "file_type": "file",
                    "account_id": self.account_id,
                    "extension": attachment["file_name"].rsplit(".", 1)[-1],
                    "data_url": f"{self.url}/rails/active_storage/blobs/redirect/{number}/{attachment['file_name']}",
                    "thumb_url": "",
                    "file_size": len(attachment["data"]),
                }
                for number, attachment in enumerate(message["attachments"], start=1)
            ],
        }

    async def _list_messages(self, request: web.Request) -> web.Response:
        conversation = self._conversation(request)
        if conversation is None:
            return web.json_response({"error": "Resource could not be found"}, status=404)
        return web.json_response(
            {
                "meta": {"labels": conversation["labels"], "additional_attributes": {}},
                "payload": [self._message_json(conversation, m) for m in conversation["messages"]],
            }
        )

    async def _add_labels(self, request: web.Request) -> web.Response:
        body = request["body"]
        problems = body_problems(body, LABELS_CREATE, "labels")
        if not problems and not all(isinstance(label, str) for label in body["labels"]):
            problems = ["'labels' must be a list of strings"]
        if problems:
            return self._invalid(problems)
        conversation = self._conversation(request)
        if conversation is None:
            return web.json_response({"error": "Resource could not be found"}, status=404)
        conversation["labels"] = list(body["labels"])  # documented: replaces the labels
        return web.json_response({"payload": conversation["labels"]})

    async def _toggle_status(self, request: web.Request) -> web.Response:
        body = request["body"]
        problems = body_problems(body, TOGGLE_STATUS, "toggle")
        if problems:
            return self._invalid(problems)
        conversation = self._conversation(request)
        if conversation is None:
            return web.json_response({"error": "Resource could not be found"}, status=404)
        conversation["status"] = body["status"]
        return web.json_response(
            {
                "meta": {},
                "payload": {"success": True, "current_status": body["status"], "conversation_id": conversation["id"]},
            }
        )


    # --- the agent's side: replies and resolving, posted as Chatwoot's webhooks --------------

    def _conversation_webhook_data(self, conversation: Dict[str, Any]) -> Dict[str, Any]:
        """A conversation as Chatwoot's webhooks carry it (``id`` is the display id)."""
        contact = self.contacts.get(conversation["contact_id"], {})
        return {
            "additional_attributes": {},
            "can_reply": True,
            "channel": "Channel::Api",
            "id": conversation["id"],
            "inbox_id": self.inbox_id,
            "contact_inbox": {
                "id": conversation["id"],
                "contact_id": conversation["contact_id"],
                "inbox_id": self.inbox_id,
                "source_id": (contact.get("inboxes") or {}).get(self.inbox_id),
                "hmac_verified": False,
            },
            "messages": [],
            "meta": {
                "sender": {"id": conversation["contact_id"], "name": contact.get("name"), "type": "contact"},
                "assignee": {"id": 1, "name": "Agent", "available_name": "Agent", "type": "user"},
            },
            "status": conversation["status"],
            "unread_count": 0,
            "timestamp": 1700000000,
        }

    def message_created_payload(
        self, conversation: Dict[str, Any], message: Dict[str, Any], sender_type: str = "user"
    ) -> Dict[str, Any]:
        return {
            "event": "message_created",
            "id": message["id"],
            "content": message["content"],
            "created_at": "2024-05-01T10:00:00.000Z",
            "message_type": message["message_type"],
            "content_type": message.get("content_type", "text"),
            "private": message["private"],
            "content_attributes": {},
            "source_id": None,
            "sender": {"id": 1, "name": "Agent", "email": "agent@example.be", "type": sender_type},
            "inbox": {"id": self.inbox_id, "name": "Practice"},
            "conversation": self._conversation_webhook_data(conversation),
            "account": {"id": self.account_id, "name": "Practice"},
        }

    async def post_webhook(self, payload: Dict[str, Any], url: Optional[str] = None) -> int:
        """POST a webhook as Chatwoot does (JSON, no auth header); the answer's status."""
        import aiohttp

        async with aiohttp.ClientSession() as session:
            async with session.post(url or self.webhook_url, json=payload,
                                    timeout=aiohttp.ClientTimeout(total=60)) as answer:
                self.webhooks.append({"payload": payload, "status": answer.status})
                return answer.status

    async def agent_reply(self, conversation_id: int, text: str, private: bool = False) -> Tuple[Dict[str, Any], int]:
        """An agent writes in the conversation: kept, and ``message_created`` posted."""
        conversation = self.conversations[conversation_id]
        message = {"id": next(self._ids), "content": text, "private": private, "message_type": "outgoing",
                   "content_type": "text", "attachments": []}
        conversation["messages"].append(message)
        payload = self.message_created_payload(conversation, message)
        return payload, await self.post_webhook(payload)

    async def resolve(self, conversation_id: int, event: str = "conversation_status_changed") -> int:
        """The agent resolves the conversation: ``conversation_status_changed`` (or the older
        ``conversation_resolved``) posted."""
        conversation = self.conversations[conversation_id]
        conversation["status"] = "resolved"
        payload = {**self._conversation_webhook_data(conversation), "event": event,
                   "changed_attributes": [{"status": {"previous_value": "open", "current_value": "resolved"}}]}
        return await self.post_webhook(payload)


class ThreadedFakeChatwoot:
    """The fake Chatwoot in its own event loop on a thread, for synchronous tests."""

    def __init__(self, **kwargs: Any) -> None:
        import threading

        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        self.fake = FakeChatwoot(**kwargs)
        self.call(self.fake.__aenter__())

    def call(self, coroutine: Any, timeout: float = 90) -> Any:
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout)

    def close(self) -> None:
        self.call(self.fake.__aexit__(None, None, None))
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)
