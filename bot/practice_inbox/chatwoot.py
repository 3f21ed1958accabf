"""The practice's Chatwoot inbox: a shared check becomes a conversation with a private note.

An async client for Chatwoot's application API v1 (aiohttp; header ``api_access_token``),
and :class:`ChatwootSender`, which the outbox calls to deliver one summary:

1. find the contact (``GET /api/v1/accounts/{account_id}/contacts/search?q=`` by the
   e-mail or phone the patient gave) or create it (``POST .../contacts`` with
   ``inbox_id``); a found contact without our inbox gets a contact inbox
   (``POST .../contacts/{id}/contact_inboxes``), whose ``source_id`` the
   conversation needs;
2. create the conversation in the API inbox (``POST .../conversations`` with
   ``source_id``, ``inbox_id``, ``contact_id``, ``status``);
3. post the summary as a private note (``POST .../conversations/{id}/messages`` with
   ``content``, ``message_type: "outgoing"``, ``private: true``) -- agents see it,
   nobody else is sent anything. The same check as a FHIR R4 QuestionnaireResponse
   (bot/practice_inbox/fhir.py) is attached to the note as a JSON file: the request is
   then ``multipart/form-data`` with the fields ``content``, ``message_type``,
   ``private`` and the file in ``attachments[]`` (``application/fhir+json``), as
   Chatwoot documents for a message with attachments. Note and file are one request,
   so they arrive together or not at all. A summary that is not valid FHIR (it should
   not happen) is posted without the file, and only the error's kind is logged;
4. label the conversation with the level (``POST .../conversations/{id}/labels``;
   this call replaces the conversation's labels, which is fine on a new conversation).

``toggle_status`` (``POST .../conversations/{id}/toggle_status``) is there for the
agent-reply/handoff wiring; delivery itself creates the conversation ``open``.
The handoff to a person (actions/handoff.py) uses the same calls: a contact, an ``open``
conversation, the answers so far as a private note, then every message the person types
as an ``incoming`` message (``create_incoming_message``).

Each step's result is written into a ``progress`` dict that the outbox stores with
the summary, so a retry after a failure half-way (Chatwoot down after the
conversation was created) carries on where it stopped instead of opening a second
conversation. A note whose request got no answer (a timeout: Chatwoot may have saved
it) is looked for in the conversation's messages (``GET .../conversations/{id}/messages``)
before it is posted again, so a retry never posts the note twice. Every failure -- an HTTP error, a timeout, no connection -- raises
:class:`ChatwootError` with the HTTP status (``None`` when there was no answer).

Chatwoot's documentation followed (developers.chatwoot.com, API reference, and the
OpenAPI files it is generated from, chatwoot/chatwoot ``swagger/``):

- Contacts / Search Contacts: /api-reference/contacts/search-contacts
  (``swagger/paths/application/contacts/search.yml``; response
  ``contacts_list_response``: ``payload`` is a list of contacts with ``contact_inboxes``)
- Contacts / Create Contact: /api-reference/contacts/create-contact
  (``swagger/definitions/request/contact/create_payload.yml``: ``inbox_id`` required;
  response ``contact_create_response``: ``payload.contact``, ``payload.contact_inbox``)
- Contacts / Create contact inbox: /api-reference/contacts/create-contact-inbox
  (``swagger/paths/application/contact_inboxes/create.yml``)
- Conversations / Create New Conversation: /api-reference/conversations/create-new-conversation
  (``swagger/definitions/request/conversation/create_payload.yml``: ``source_id`` required,
  ``status`` one of open, resolved, pending; response ``id``, ``account_id``, ``inbox_id``)
- Messages / Create New Message: /api-reference/messages/create-new-message
  (``swagger/definitions/request/conversation/create_message_payload.yml``; with files:
  ``multipart/form-data``, ``attachments[]``, ``swagger/paths/application/conversation/messages/create.yml``)
- Messages / Get messages: /api-reference/messages/get-messages
  (``swagger/paths/application/conversation/messages/index.yml``: ``payload`` is the list)
- Conversations / Add Labels: /api-reference/conversations/add-labels
  (``swagger/paths/application/conversation/labels/create.yml``)
- Conversations / Toggle Status: /api-reference/conversations/toggle-status
  (``swagger/paths/application/conversation/toggle_status.yml``)
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Dict, List, Mapping, MutableMapping, Optional, Tuple

import aiohttp

from bot.clinical.questions import RED_FLAG_BLOCK
from bot.clinical.summary import catalogue, duration_words, known_items, value_words
from bot.practice_inbox.config import ChatwootSettings
from bot.practice_inbox.fhir import FhirSummaryError, questionnaire_response
from bot.practice_inbox.fhir_store import FHIR_JSON, read_url
from bot.practice_inbox.texts import per_language, words_in

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT_SECONDS = 15.0
CONVERSATION_STATUSES = ("open", "resolved", "pending", "snoozed")
_E164 = re.compile(r"\+[1-9][0-9]{6,14}")  # Chatwoot refuses other phone_number formats
_EMAIL = re.compile(r"[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+")

# The note's own words, from each language's catalogue (practice_note). The answers come
# from the catalogue too (the check-your-answers words); the six warning-sign questions are
# listed one by one, since the practice needs to know which one was answered yes.
NOTE_WORDS: Dict[str, Dict[str, Any]] = per_language("practice_note")  # bot/catalogue/<code>.yml


@dataclass(frozen=True)
class Attachment:
    """A file for a message's ``attachments[]``."""

    file_name: str
    data: bytes
    content_type: str = FHIR_JSON


def fhir_attachment(summary: Mapping[str, Any]) -> Optional[Attachment]:
    """The check as a FHIR R4 QuestionnaireResponse, a JSON file for the note; None (and
    one log line naming the error's kind only: its words could name an answer) when the
    summary is not valid FHIR -- the note then goes without it."""
    try:
        resource = questionnaire_response(summary)
    except (FhirSummaryError, ValueError, TypeError) as error:
        log.warning("practice inbox: the note goes without its FHIR attachment: %s", type(error).__name__)
        return None
    reference = re.sub(r"[^A-Za-z0-9-]", "_", str(summary.get("reference") or "check"))
    data = json.dumps(resource, ensure_ascii=False, indent=2).encode("utf-8")
    return Attachment(f"QuestionnaireResponse-{reference}.json", data)


class ChatwootError(Exception):
    """A Chatwoot call failed; ``status`` is the HTTP status, or None when no answer came."""

    def __init__(self, status: Optional[int], message: str):
        super().__init__(f"Chatwoot {'HTTP ' + str(status) if status is not None else 'unreachable'}: {message}")
        self.status = status


def e164(phone: Optional[str]) -> Optional[str]:
    """'+32 470 12.34.56' -> '+32470123456'; None when it is not an international number."""
    if not isinstance(phone, str):
        return None
    compact = re.sub(r"[\s().\-/]", "", phone)
    if compact.startswith("00"):
        compact = "+" + compact[2:]
    return compact if _E164.fullmatch(compact) else None


def _words(language: Optional[str]) -> Dict[str, Any]:
    return words_in(NOTE_WORDS, language)


def answer_lines(answers: Mapping[str, Any], language: Optional[str]) -> List[str]:
    """The known answers in plain words, one line each, in the order asked."""
    texts = catalogue(language)
    lines = [
        texts["line"].format(label=texts["labels"][item], value=value_words(item, answers, language))
        for item in known_items(answers)
    ]
    values = texts["values"]
    for slot in RED_FLAG_BLOCK:
        if isinstance(answers.get(slot), bool):
            label = _words(language)["red_flags"][slot]
            lines.append(texts["line"].format(label=label, value=values["yes"] if answers[slot] else values["no"]))
    return lines


def _readable(code: Any) -> str:
    return str(code).replace("_", " ")


def _date_words(date: Any) -> str:
    try:
        return datetime.fromisoformat(str(date)).strftime("%Y-%m-%d %H:%M %Z").strip()
    except ValueError:
        return str(date)


def note_text(
    summary: Mapping[str, Any],
    language: Optional[str] = None,
    fhir_base: Optional[str] = None,
    attached: Optional[str] = None,
) -> str:
    """The private note: reference, level, condition, rule and reason, duration, language,
    channel, date, the answers in plain words and the callback details given; with
    ``fhir_base`` (PRACTICE_FHIR_BASE_URL) the URL of the check's QuestionnaireResponse;
    with ``attached`` (the file's name) a line saying what the attached file is."""
    language = language or summary.get("language")
    words = _words(language)
    answers = summary.get("answers") or {}
    reason = summary.get("reason")
    rule = f"{summary.get('rule')}" + (f": {reason}" if reason else "")
    days = summary.get("duration_days")
    duration = duration_words(days, language) + (
        f" ({days} d)" if isinstance(days, int) and not isinstance(days, bool) else ""
    )
    lines = [
        words["title"].format(reference=summary.get("reference")),
        "",
        f"{words['level']}: {summary.get('level')}",
        f"{words['condition']}: {_readable(summary.get('condition'))} ({summary.get('condition')})",
        f"{words['rule']}: {rule}",
        f"{words['duration']}: {duration}",
        f"{words['language']}: {summary.get('language')}",
        f"{words['channel']}: {summary.get('channel')}",
        f"{words['date']}: {_date_words(summary.get('date'))}",
        "",
        f"{words['answers']}:",
        *answer_lines(answers, language),
        "",
        f"{words['callback']}:",
    ]
    callback = summary.get("callback") or {}
    given = [(key, callback.get(key)) for key in ("name", "phone", "email") if callback.get(key)]
    lines += [f"{words[key]}: {value}" for key, value in given] or [words["no_callback"]]
    if fhir_base:
        lines += ["", f"{words['fhir']}:", read_url(fhir_base, str(summary.get("reference")))]
    if attached:
        lines += ["", f"{words['attached']}: {attached}"]
    return "\n".join(lines)


class ChatwootClient:
    """Chatwoot's application API for one account and inbox. Use as ``async with``."""

    def __init__(self, settings: ChatwootSettings, timeout: float = DEFAULT_TIMEOUT_SECONDS):
        self.settings = settings
        self._timeout = aiohttp.ClientTimeout(total=timeout)
        self._session: Optional[aiohttp.ClientSession] = None

    async def __aenter__(self) -> ChatwootClient:
        self._session = aiohttp.ClientSession(
            timeout=self._timeout, headers={"api_access_token": self.settings.api_token}
        )
        return self

    async def __aexit__(self, *exc_info: Any) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    def _url(self, path: str) -> str:
        return f"{self.settings.url}/api/v1/accounts/{self.settings.account_id}{path}"

    async def _call(
        self, method: str, path: str, body: Any = None, params: Any = None, form: Optional[aiohttp.FormData] = None
    ) -> Any:
        """One API call: a JSON ``body``, or a multipart ``form``; Chatwoot's JSON answer."""
        if self._session is None:
            raise RuntimeError("use ChatwootClient inside 'async with'")
        payload: Dict[str, Any] = {"data": form} if form is not None else {"json": body}
        try:
            async with self._session.request(method, self._url(path), params=params, **payload) as response:
                if response.status >= 400:
                    raise ChatwootError(response.status, f"{method} {path}: {await _error_text(response)}")
                return await response.json(content_type=None)
        except ChatwootError:
            raise
        except asyncio.TimeoutError:
            raise ChatwootError(None, f"{method} {path}: no answer in {self._timeout.total:g} s") from None
        except (aiohttp.ClientError, ValueError) as error:  # no connection, or an answer that is not JSON
            raise ChatwootError(None, f"{method} {path}: {type(error).__name__}") from None

    # --- the API calls, one per documented endpoint ---------------------------------

    async def search_contacts(self, query: str) -> List[Dict[str, Any]]:
        found = await self._call("GET", "/contacts/search", params={"q": query})
        return list(found.get("payload") or [])

    async def create_contact(
        self,
        name: str,
        email: Optional[str] = None,
        phone_number: Optional[str] = None,
        identifier: Optional[str] = None,
    ) -> Dict[str, Any]:
        """The created contact and its contact inbox in our inbox: ``{"contact": .., "contact_inbox": ..}``."""
        body: Dict[str, Any] = {"inbox_id": self.settings.inbox_id, "name": name}
        for key, value in (("email", email), ("phone_number", phone_number), ("identifier", identifier)):
            if value:
                body[key] = value
        created = await self._call("POST", "/contacts", body)
        return created.get("payload") or {}

    async def create_contact_inbox(self, contact_id: int) -> Dict[str, Any]:
        return await self._call("POST", f"/contacts/{contact_id}/contact_inboxes", {"inbox_id": self.settings.inbox_id})

    async def create_conversation(self, source_id: str, contact_id: int, status: str = "open") -> Dict[str, Any]:
        body = {"source_id": source_id, "inbox_id": self.settings.inbox_id, "contact_id": contact_id, "status": status}
        return await self._call("POST", "/conversations", body)

    async def create_private_note(
        self, conversation_id: int, content: str, attachments: Tuple[Attachment, ...] = ()
    ) -> Dict[str, Any]:
        """A private note; with ``attachments`` as ``multipart/form-data`` (``attachments[]``)."""
        path = f"/conversations/{conversation_id}/messages"
        if not attachments:
            return await self._call("POST", path, {"content": content, "message_type": "outgoing", "private": True})
        form = aiohttp.FormData()
        form.add_field("content", content)
        form.add_field("message_type", "outgoing")
        form.add_field("private", "true")
        for attachment in attachments:
            form.add_field(
                "attachments[]", attachment.data, filename=attachment.file_name, content_type=attachment.content_type
            )
        return await self._call("POST", path, form=form)

    async def create_incoming_message(self, conversation_id: int, content: str) -> Dict[str, Any]:
        """The person's own message in the conversation (the handoff forwards what they type)."""
        body = {"content": content, "message_type": "incoming", "private": False}
        return await self._call("POST", f"/conversations/{conversation_id}/messages", body)

    async def list_messages(self, conversation_id: int) -> List[Dict[str, Any]]:
        """The conversation's messages (Chatwoot answers the latest 20; ours is a new conversation)."""
        answer = await self._call("GET", f"/conversations/{conversation_id}/messages")
        return list(answer.get("payload") or [])

    async def add_labels(self, conversation_id: int, labels: List[str]) -> List[str]:
        answer = await self._call("POST", f"/conversations/{conversation_id}/labels", {"labels": list(labels)})
        return list(answer.get("payload") or [])

    async def toggle_status(self, conversation_id: int, status: str) -> Dict[str, Any]:
        if status not in CONVERSATION_STATUSES:
            raise ValueError(f"status must be one of {CONVERSATION_STATUSES}")
        return await self._call("POST", f"/conversations/{conversation_id}/toggle_status", {"status": status})

    # --- the steps of one delivery --------------------------------------------------

    def _source_id_in_our_inbox(self, contact: Mapping[str, Any]) -> Optional[str]:
        for contact_inbox in contact.get("contact_inboxes") or []:
            if (contact_inbox.get("inbox") or {}).get("id") == self.settings.inbox_id and contact_inbox.get(
                "source_id"
            ):
                return str(contact_inbox["source_id"])
        return None

    async def find_or_create_contact(self, reference: str, callback: Mapping[str, Any]) -> Tuple[int, str]:
        """(contact_id, source_id in our inbox). A patient who gave an e-mail or phone is
        looked up by it (the search matches parts, so only an exact match counts);
        one who gave neither gets a contact of their own, named after the reference."""
        email = callback.get("email") if _EMAIL.fullmatch(str(callback.get("email") or "")) else None
        phone = e164(callback.get("phone"))
        for key, value in (("email", email), ("phone_number", phone)):
            if not value:
                continue
            for contact in await self.search_contacts(value):
                if str(contact.get(key) or "").lower() == value.lower():
                    source_id = self._source_id_in_our_inbox(contact)
                    if source_id is None:
                        source_id = str((await self.create_contact_inbox(int(contact["id"])))["source_id"])
                    return int(contact["id"]), source_id
        name = str(callback.get("name") or "").strip() or f"Back check {reference}"
        identifier = None if (email or phone) else f"lowback-check-{reference}"
        created = await self.create_contact(name, email=email, phone_number=phone, identifier=identifier)
        contact = created.get("contact") or {}
        source_id = (created.get("contact_inbox") or {}).get("source_id")
        if not source_id:
            source_id = (await self.create_contact_inbox(int(contact["id"])))["source_id"]
        return int(contact["id"]), str(source_id)

    async def deliver(
        self,
        summary: Mapping[str, Any],
        progress: MutableMapping[str, Any],
        language: Optional[str] = None,
        fhir_base: Optional[str] = None,
    ) -> int:
        """Contact, conversation, private note, label; the conversation's id. Steps already
        in ``progress`` (from an earlier, failed attempt) are not done again."""
        if "conversation_id" not in progress:
            if "source_id" not in progress:
                contact_id, source_id = await self.find_or_create_contact(
                    str(summary["reference"]), summary.get("callback") or {}
                )
                progress.update(contact_id=contact_id, source_id=source_id)
            conversation = await self.create_conversation(progress["source_id"], progress["contact_id"])
            progress["conversation_id"] = int(conversation["id"])
        conversation_id = int(progress["conversation_id"])
        reference = str(summary["reference"])
        if "note_id" not in progress and progress.get("note_tried"):
            # an earlier attempt posted the note and got no answer: Chatwoot may have it
            for message in await self.list_messages(conversation_id):
                if message.get("private") and reference in str(message.get("content") or ""):
                    progress["note_id"] = message.get("id")
                    break
        if "note_id" not in progress:
            attachment = fhir_attachment(summary)
            content = note_text(summary, language, fhir_base, attached=attachment and attachment.file_name)
            progress["note_tried"] = True
            note = await self.create_private_note(conversation_id, content, (attachment,) if attachment else ())
            progress["note_id"] = note.get("id")
        if not progress.get("labelled"):
            await self.add_labels(conversation_id, [str(summary["level"])])
            progress["labelled"] = True
        return conversation_id


async def _error_text(response: aiohttp.ClientResponse) -> str:
    """Chatwoot's own words for an error ("message" or "error"), short; never our request."""
    try:
        body = await response.json(content_type=None)
    except (ValueError, aiohttp.ClientError):
        return response.reason or "error"
    if isinstance(body, dict):
        for key in ("message", "error", "errors"):
            if body.get(key):
                return str(body[key])[:200]
    return response.reason or "error"


class ChatwootSender:
    """The outbox's sender for Chatwoot: one client session per delivery."""

    destination = "chatwoot"

    def __init__(
        self,
        settings: ChatwootSettings,
        note_language: Optional[str] = None,
        timeout: float = DEFAULT_TIMEOUT_SECONDS,
        fhir_base: Optional[str] = None,
    ):
        self.settings = settings
        self.note_language = note_language  # None: the patient's language
        self.timeout = timeout
        self.fhir_base = fhir_base  # PRACTICE_FHIR_BASE_URL: the note names the check's FHIR URL

    async def deliver(self, summary: Mapping[str, Any], progress: MutableMapping[str, Any]) -> None:
        async with ChatwootClient(self.settings, timeout=self.timeout) as client:
            await client.deliver(summary, progress, language=self.note_language, fhir_base=self.fhir_base)
