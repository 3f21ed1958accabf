"""The e-mail notice to the practice: a patient shared a check. No health data, ever.

Pure Python, no Rasa import. E-mail leaves the practice's systems and sits in mailboxes
and their backups, so the notice says only that a patient shared a check, its
reference, the callback details the patient chose to give (name, phone, e-mail) and
where to read it (the practice's Chatwoot inbox, and with ``PRACTICE_FHIR_BASE_URL`` the
token-protected FHIR endpoint's URL of that check, bot/channels/practice_fhir.py). The answers, the level and the
condition are never in it: :func:`notice` reads only those fields of the summary, and
:func:`notice_fields` is what the outbox stores for the mail, so a waiting notice holds
no health data either. The text is short and bilingual (English and Dutch).

Sent with aiosmtplib over SMTP (bot/practice_inbox/config.py: SMTP_HOST, SMTP_PORT,
SMTP_USERNAME, SMTP_PASSWORD, SMTP_FROM, SMTP_STARTTLS) to the practice's e-mail in
config/practice.yml. Any failure raises :class:`MailError`.
"""

from __future__ import annotations

import asyncio
from datetime import datetime
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from typing import Any, Dict, Mapping, MutableMapping, Optional

import aiosmtplib

from bot.practice_inbox.config import ChatwootSettings, SmtpSettings
from bot.practice_inbox.fhir_store import read_url

DEFAULT_TIMEOUT_SECONDS = 30.0
CALLBACK_KEYS = ("name", "phone", "email")


class MailError(Exception):
    """The notice could not be sent (server down, login refused, timeout, refused address)."""


def where_to_read(settings: ChatwootSettings) -> str:
    """The practice's Chatwoot inbox, where the shared check waits as a conversation."""
    return f"{settings.url}/app/accounts/{settings.account_id}/inbox/{settings.inbox_id}"


def notice_fields(summary: Mapping[str, Any]) -> Dict[str, Any]:
    """The only parts of a summary the notice may use (and the outbox may keep for it)."""
    callback = summary.get("callback") or {}
    return {
        "reference": str(summary["reference"]),
        "date": summary.get("date"),
        "callback": {key: str(callback[key]).strip() for key in CALLBACK_KEYS if callback.get(key)},
    }


def _one_line(text: str) -> str:
    return " ".join(str(text).split())  # a name typed with line breaks stays one line


def _date_words(date: Any) -> str:
    try:
        return datetime.fromisoformat(str(date)).strftime("%Y-%m-%d %H:%M %Z").strip()
    except ValueError:
        return ""


def notice(
    summary: Mapping[str, Any], practice_email: str, sender: str, read_at: str, fhir_base: Optional[str] = None
) -> EmailMessage:
    """The notice as an e-mail message, from a summary (or its notice_fields); with
    ``fhir_base`` also the URL practice software reads the check's QuestionnaireResponse at."""
    fields = notice_fields(summary)
    reference = _one_line(fields["reference"])
    callback = {key: _one_line(value) for key, value in fields["callback"].items()}
    labels = {"name": "Name / Naam", "phone": "Phone / Telefoon", "email": "E-mail"}
    given = [f"  {labels[key]}: {callback[key]}" for key in CALLBACK_KEYS if key in callback]
    when = _date_words(fields["date"])
    lines = [
        "A patient shared a low back pain check with the practice.",
        "Een patiënt heeft een rugcheck gedeeld met de praktijk.",
        "",
        f"Reference / Referentie: {reference}",
        *([f"Shared on / Gedeeld op: {when}"] if when else []),
        "",
        "Callback details the patient chose to give / Contactgegevens die de patiënt zelf gaf:",
        *(given or ["  none / geen"]),
        "",
        f"Read it in the practice inbox (search for {reference}):",
        f"Lees het in de inbox van de praktijk (zoek op {reference}):",
        f"  {read_at}",
        *(
            [
                "Practice software reads it as FHIR (with the practice's token):",
                "Praktijksoftware leest het als FHIR (met het token van de praktijk):",
                f"  {read_url(fhir_base, reference)}",
            ]
            if fhir_base
            else []
        ),
        "",
        "This e-mail holds no answers or results on purpose: read those in the inbox.",
        "Deze e-mail bevat bewust geen antwoorden of resultaten: lees die in de inbox.",
    ]
    message = EmailMessage()
    message["Subject"] = f"Shared check / Gedeelde check {reference}"
    message["From"] = sender
    message["To"] = practice_email
    message["Date"] = formatdate(localtime=False)
    message["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or None)
    message.set_content("\n".join(lines) + "\n")
    return message


async def send(message: EmailMessage, settings: SmtpSettings, timeout: float = DEFAULT_TIMEOUT_SECONDS) -> None:
    """Hand the message to the SMTP server; MailError when it is not accepted."""
    try:
        await aiosmtplib.send(
            message,
            hostname=settings.host,
            port=settings.port,
            username=settings.username,
            password=settings.password,
            use_tls=settings.implicit_tls,
            start_tls=settings.starttls,
            timeout=timeout,
        )
    except (aiosmtplib.SMTPException, OSError, asyncio.TimeoutError) as error:
        raise MailError(f"SMTP {settings.host}:{settings.port}: {type(error).__name__}: {error}") from None


class MailSender:
    """The outbox's sender for the e-mail notice."""

    destination = "mail"

    def __init__(
        self,
        settings: SmtpSettings,
        practice_email: str,
        read_at: str,
        timeout: float = DEFAULT_TIMEOUT_SECONDS,
        fhir_base: Optional[str] = None,
    ):
        self.settings = settings
        self.practice_email = practice_email
        self.read_at = read_at
        self.timeout = timeout
        self.fhir_base = fhir_base  # PRACTICE_FHIR_BASE_URL: the notice names the check's FHIR URL

    def message(self, payload: Mapping[str, Any]) -> EmailMessage:
        return notice(payload, self.practice_email, self.settings.sender, self.read_at, self.fhir_base)

    async def deliver(self, payload: Mapping[str, Any], progress: MutableMapping[str, Any]) -> None:
        await send(self.message(payload), self.settings, self.timeout)
