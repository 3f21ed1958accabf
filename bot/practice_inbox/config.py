"""The practice-inbox settings: Chatwoot, SMTP and the FHIR endpoint, from a credentials mapping or the environment.

Each key is read from the credentials mapping first (the same names as the environment
variables, upper or lower case, as a credentials.yml section would hold them) and, when
empty there, from the environment -- the same order as the WhatsApp channel. Incomplete
or broken settings switch that path off: the reader returns ``None`` and a one-line
reason to print at start-up, so the assistant still starts and the logs say why.
Secrets are never part of a reason.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from typing import Any, Mapping, Optional, Tuple

CHATWOOT_KEYS = ("CHATWOOT_URL", "CHATWOOT_ACCOUNT_ID", "CHATWOOT_INBOX_ID", "CHATWOOT_API_TOKEN")
SMTP_REQUIRED_KEYS = ("SMTP_HOST", "SMTP_FROM")
FHIR_TOKEN_KEY = "PRACTICE_FHIR_TOKEN"  # the Rasa server: the endpoint's bearer token
FHIR_BASE_URL_KEY = "PRACTICE_FHIR_BASE_URL"  # the action server: keep the resources, name this URL
SHORTEST_FHIR_TOKEN = 24
DEFAULT_SMTP_PORT = 587  # submission port, STARTTLS
IMPLICIT_TLS_PORT = 465  # SMTPS: TLS from the first byte, no STARTTLS
_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}
_EMAIL = re.compile(r"[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+")


@dataclass(frozen=True)
class ChatwootSettings:
    url: str  # base URL of the Chatwoot installation, no trailing slash
    account_id: int
    inbox_id: int  # an API-channel inbox
    api_token: str = field(repr=False)  # an agent's or agent bot's access token

    def describe(self) -> str:
        return f"{self.url}, account {self.account_id}, inbox {self.inbox_id}"


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    sender: str  # SMTP_FROM
    username: Optional[str] = None
    password: Optional[str] = field(default=None, repr=False)
    starttls: bool = True
    implicit_tls: bool = False  # port 465

    def describe(self) -> str:
        security = "TLS" if self.implicit_tls else ("STARTTLS" if self.starttls else "no encryption")
        login = "with login" if self.username else "without login"
        return f"{self.host}:{self.port}, {security}, {login}, from {self.sender}"


def _value(key: str, credentials: Optional[Mapping[str, Any]], env: Mapping[str, str]) -> str:
    credentials = credentials if isinstance(credentials, Mapping) else {}
    for name in (key, key.lower()):
        given = credentials.get(name)
        if given is not None and str(given).strip():
            return str(given).strip()
    return str(env.get(key, "")).strip()


def _positive_int(text: str) -> Optional[int]:
    return int(text) if text.isdigit() and int(text) > 0 else None


def read_chatwoot(
    credentials: Optional[Mapping[str, Any]] = None, env: Optional[Mapping[str, str]] = None
) -> Tuple[Optional[ChatwootSettings], str]:
    """(settings, reason): settings is None when the Chatwoot path is off."""
    env = os.environ if env is None else env
    values = {key: _value(key, credentials, env) for key in CHATWOOT_KEYS}
    missing = [key for key, value in values.items() if not value]
    if len(missing) == len(CHATWOOT_KEYS):
        return (
            None,
            "Practice inbox (Chatwoot) off: CHATWOOT_URL, CHATWOOT_ACCOUNT_ID, CHATWOOT_INBOX_ID and CHATWOOT_API_TOKEN are not set",
        )
    if missing:
        return None, f"Practice inbox (Chatwoot) off: {', '.join(missing)} not set"
    url = values["CHATWOOT_URL"].rstrip("/")
    if not re.fullmatch(r"https?://[^\s/?#]+(/[^\s?#]*)?", url):
        return None, "Practice inbox (Chatwoot) off: CHATWOOT_URL must be an http(s) URL like https://chat.example.be"
    account_id = _positive_int(values["CHATWOOT_ACCOUNT_ID"])
    inbox_id = _positive_int(values["CHATWOOT_INBOX_ID"])
    if account_id is None:
        return (
            None,
            "Practice inbox (Chatwoot) off: CHATWOOT_ACCOUNT_ID must be a whole number (the id in /app/accounts/<id>/)",
        )
    if inbox_id is None:
        return None, "Practice inbox (Chatwoot) off: CHATWOOT_INBOX_ID must be a whole number (the API inbox's id)"
    settings = ChatwootSettings(url, account_id, inbox_id, values["CHATWOOT_API_TOKEN"])
    return settings, f"Practice inbox (Chatwoot) on: {settings.describe()}"


def _flag(text: str, default: bool) -> Optional[bool]:
    if not text:
        return default
    lowered = text.lower()
    return True if lowered in _TRUE else False if lowered in _FALSE else None


def read_smtp(
    credentials: Optional[Mapping[str, Any]] = None, env: Optional[Mapping[str, str]] = None
) -> Tuple[Optional[SmtpSettings], str]:
    """(settings, reason): settings is None when the e-mail notice is off."""
    env = os.environ if env is None else env
    keys = (*SMTP_REQUIRED_KEYS, "SMTP_PORT", "SMTP_USERNAME", "SMTP_PASSWORD", "SMTP_STARTTLS")
    values = {key: _value(key, credentials, env) for key in keys}
    missing = [key for key in SMTP_REQUIRED_KEYS if not values[key]]
    if missing:
        return None, f"Practice e-mail notice off: {' and '.join(missing)} not set"
    port = _positive_int(values["SMTP_PORT"]) if values["SMTP_PORT"] else DEFAULT_SMTP_PORT
    if port is None or port > 65535:
        return None, "Practice e-mail notice off: SMTP_PORT must be a port number (587, 465 or 25)"
    if not _EMAIL.fullmatch(values["SMTP_FROM"]):
        return None, "Practice e-mail notice off: SMTP_FROM must be an e-mail address"
    if bool(values["SMTP_USERNAME"]) != bool(values["SMTP_PASSWORD"]):
        return None, "Practice e-mail notice off: SMTP_USERNAME and SMTP_PASSWORD go together (both or neither)"
    implicit_tls = port == IMPLICIT_TLS_PORT
    starttls = _flag(values["SMTP_STARTTLS"], default=not implicit_tls)
    if starttls is None:
        return None, "Practice e-mail notice off: SMTP_STARTTLS must be true or false"
    if implicit_tls and starttls:
        return (
            None,
            "Practice e-mail notice off: port 465 is TLS from the start; set SMTP_STARTTLS=false or use port 587",
        )
    settings = SmtpSettings(
        host=values["SMTP_HOST"],
        port=port,
        sender=values["SMTP_FROM"],
        username=values["SMTP_USERNAME"] or None,
        password=values["SMTP_PASSWORD"] or None,
        starttls=starttls,
        implicit_tls=implicit_tls,
    )
    return settings, f"Practice e-mail notice on: {settings.describe()}"


@dataclass(frozen=True)
class FhirEndpointSettings:
    """The Rasa server's side of the FHIR endpoint: the bearer token practice software sends."""

    token: str = field(repr=False)


def read_fhir_endpoint(
    credentials: Optional[Mapping[str, Any]] = None, env: Optional[Mapping[str, str]] = None
) -> Tuple[Optional[FhirEndpointSettings], str]:
    """(settings, reason) for the Rasa server: settings is None when the endpoint is off
    (it then answers 503). The token is never part of the reason."""
    env = os.environ if env is None else env
    token = _value(FHIR_TOKEN_KEY, credentials, env)
    if not token:
        return None, f"Practice FHIR endpoint off: {FHIR_TOKEN_KEY} not set (it answers 503)"
    if len(token) < SHORTEST_FHIR_TOKEN or any(c.isspace() for c in token):
        return None, (
            f"Practice FHIR endpoint off: {FHIR_TOKEN_KEY} must be at least {SHORTEST_FHIR_TOKEN} characters without "
            "spaces, e.g. python -c 'import secrets; print(secrets.token_urlsafe(32))' (it answers 503)"
        )
    return FhirEndpointSettings(token), "Practice FHIR endpoint on: bearer token set"


def read_fhir_base_url(
    credentials: Optional[Mapping[str, Any]] = None, env: Optional[Mapping[str, str]] = None
) -> Tuple[Optional[str], str]:
    """(base URL, reason) for the action server: with a base URL (the FHIR endpoint's public
    address, up to ``/fhir``) a shared check's QuestionnaireResponse is kept for the
    endpoint and the note and the e-mail name where to read it; None: neither."""
    env = os.environ if env is None else env
    base = _value(FHIR_BASE_URL_KEY, credentials, env).rstrip("/")
    if not base:
        return None, f"Practice FHIR summaries off: {FHIR_BASE_URL_KEY} not set (no QuestionnaireResponse is kept)"
    if not re.fullmatch(r"https?://[^\s/?#]+(/[^\s?#]*)?", base):
        return None, (
            f"Practice FHIR summaries off: {FHIR_BASE_URL_KEY} must be an http(s) URL like "
            "https://assistant.example.be/webhooks/practice/fhir"
        )
    return base, f"Practice FHIR summaries on: kept for {base}/QuestionnaireResponse/<reference>"
