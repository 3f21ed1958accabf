"""bot/practice_inbox/mail.py and the SMTP settings: the notice the practice receives from a
real SMTP server in the test (aiosmtpd) -- its reference, the callback details, where to
read it -- and that it never holds an answer, the level or the condition."""

import asyncio
import email
import re
import socket
from email.policy import default as default_policy

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

from bot.clinical.rules import LEVELS
from bot.clinical.summary import catalogue
from bot.practice_inbox.chatwoot import NOTE_WORDS
from bot.practice_inbox.config import ChatwootSettings, SmtpSettings, read_smtp
from bot.practice_inbox.fhir import CONDITIONS
from bot.practice_inbox.mail import MailError, MailSender, notice, notice_fields, where_to_read

PRACTICE = "info@kine-mechelen.be"
FROM = "assistant@kine-mechelen.be"
READ_AT = where_to_read(ChatwootSettings("https://chat.kine-mechelen.be", 3, 12, "token"))

SUMMARY = {
    "reference": "LB-7K3M-Q9XD",
    "answers": {
        "onset": "trauma",
        "duration_days": 45,
        "leg_pain": "below_knee",
        "leg_numbness": True,
        "leg_weakness": "worsening",
        "both_legs": True,
        "saddle_numbness": True,
        "bladder_bowel": True,
        "fever": True,
        "cancer_history": True,
        "weight_loss": True,
        "night_pain": True,
        "age_band": "70_plus",
        "osteoporosis_or_steroids": True,
    },
    "level": "emergency",
    "condition": "cauda_equina",
    "rule": "R1",
    "reason": "numb skin in the saddle area and trouble peeing",
    "duration_days": 45,
    "language": "nl",
    "channel": "whatsapp",
    "date": "2024-05-01T10:00:00+00:00",
    "callback": {"name": "An Peeters", "phone": "+32 470 12 34 56", "email": "an@example.be"},
}


def health_words():
    """Every word that would tell something of the check: levels, conditions, rules, slot
    names, and the labels and answer words of the summary and the note, English and Dutch."""
    words = set(LEVELS) | set(CONDITIONS) | {c.replace("_", " ") for c in CONDITIONS}
    words |= {"R1", "R3", "R7", "numb skin", "trouble peeing", "saddle"} | set(SUMMARY["answers"])
    for language in ("en", "nl"):
        texts = catalogue(language)
        words |= set(texts["labels"].values())
        for values in texts["values"].values():
            if isinstance(values, dict):
                words |= set(values.values()) - {texts["values"]["no"]}  # "no" alone tells nothing
        words |= {texts["duration"]["weeks"].format(n=6), texts["duration"]["months"].format(n=2)}
        words |= set(NOTE_WORDS[language]["red_flags"].values())
        words |= {"fever", "koorts", "cancer", "kanker", "pain below", "urgent", "dringend", "spoed"}
    return {word.lower() for word in words}


def leaked(text):
    lowered = text.lower()
    return sorted(word for word in health_words() if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", lowered))


# --- a real SMTP server ----------------------------------------------------------------


class Inbox:
    def __init__(self):
        self.envelopes = []

    async def handle_DATA(self, server, session, envelope):
        self.envelopes.append(envelope)
        return "250 Message accepted for delivery"

    def messages(self):
        return [email.message_from_bytes(e.content, policy=default_policy) for e in self.envelopes]


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def login_check(server, session, envelope, mechanism, auth_data):
    accepted = (auth_data.login, auth_data.password) == (b"kine", b"pa55")
    return AuthResult(success=accepted, handled=False)  # handled=False: aiosmtpd answers 535 itself


@pytest.fixture
def smtp_server():
    inbox = Inbox()
    controller = Controller(
        inbox, hostname="127.0.0.1", port=free_port(), authenticator=login_check, auth_require_tls=False
    )
    controller.start()
    try:
        yield inbox, controller.port
    finally:
        controller.stop()


def smtp_settings(port, username="kine", password="pa55"):
    return SmtpSettings("127.0.0.1", port, FROM, username, password, starttls=False)


# --- the notice ------------------------------------------------------------------------


def test_the_notice_says_who_to_call_back_and_where_to_read_it():
    message = notice(SUMMARY, PRACTICE, FROM, READ_AT)
    body = message.get_content()
    assert message["To"] == PRACTICE and message["From"] == FROM
    assert message["Subject"] == "Shared check / Gedeelde check LB-7K3M-Q9XD"
    assert "Reference / Referentie: LB-7K3M-Q9XD" in body
    assert "Shared on / Gedeeld op: 2024-05-01 10:00 UTC" in body
    for line in ("Name / Naam: An Peeters", "Phone / Telefoon: +32 470 12 34 56", "E-mail: an@example.be"):
        assert line in body
    assert "https://chat.kine-mechelen.be/app/accounts/3/inbox/12" in body


def test_the_notice_holds_no_answer_level_or_condition():
    message = notice(SUMMARY, PRACTICE, FROM, READ_AT)
    assert leaked(message.as_string()) == []
    assert set(notice_fields(SUMMARY)) == {"reference", "date", "callback"}  # what the outbox keeps for it


def test_the_word_list_does_catch_health_data():
    assert leaked("Level: emergency, cauda equina, Koorts, rillingen of zich erg ziek voelen: ja")  # the check works


def test_without_callback_details_the_notice_says_none_were_given():
    body = notice({**SUMMARY, "callback": {}}, PRACTICE, FROM, READ_AT).get_content()
    assert "none / geen" in body and "Name / Naam" not in body


def test_a_name_with_line_breaks_cannot_add_lines_or_headers():
    message = notice({**SUMMARY, "callback": {"name": "An\nBcc: someone@evil.example"}}, PRACTICE, FROM, READ_AT)
    assert message["Bcc"] is None
    assert "Name / Naam: An Bcc: someone@evil.example" in message.get_content()


# --- sending over SMTP -------------------------------------------------------------------


async def test_the_practice_receives_the_notice_over_smtp_with_login(smtp_server):
    inbox, port = smtp_server
    sender = MailSender(smtp_settings(port), PRACTICE, READ_AT)
    await sender.deliver(notice_fields(SUMMARY), {})
    [envelope] = inbox.envelopes
    assert envelope.mail_from == FROM and envelope.rcpt_tos == [PRACTICE]
    [received] = inbox.messages()
    body = received.get_content()
    assert received["Subject"] == "Shared check / Gedeelde check LB-7K3M-Q9XD"
    assert "Phone / Telefoon: +32 470 12 34 56" in body and READ_AT in body
    assert leaked(envelope.content.decode("utf-8", "replace")) == []


async def test_a_refused_login_raises_mail_error(smtp_server):
    inbox, port = smtp_server
    with pytest.raises(MailError) as failed:
        await MailSender(smtp_settings(port, password="wrong"), PRACTICE, READ_AT).deliver(notice_fields(SUMMARY), {})
    assert "SMTPAuthenticationError" in str(failed.value) and inbox.envelopes == []


async def test_no_smtp_server_raises_mail_error():
    with pytest.raises(MailError):
        await MailSender(smtp_settings(free_port()), PRACTICE, READ_AT).deliver(notice_fields(SUMMARY), {})


async def test_a_server_that_never_answers_times_out_as_mail_error():
    server = await asyncio.start_server(lambda reader, writer: None, "127.0.0.1", 0)  # accepts, says nothing
    port = server.sockets[0].getsockname()[1]
    try:
        sender = MailSender(smtp_settings(port), PRACTICE, READ_AT, timeout=0.3)
        with pytest.raises(MailError):
            await sender.deliver(notice_fields(SUMMARY), {})
    finally:
        server.close()
        await server.wait_closed()


# --- SMTP settings -----------------------------------------------------------------------

SMTP_ENV = {"SMTP_HOST": "smtp.example.be", "SMTP_FROM": FROM, "SMTP_USERNAME": "kine", "SMTP_PASSWORD": "pa55"}


def test_smtp_defaults_to_the_submission_port_with_starttls_and_hides_the_password():
    settings, reason = read_smtp(env=SMTP_ENV)
    assert (settings.host, settings.port, settings.starttls, settings.implicit_tls) == (
        "smtp.example.be",
        587,
        True,
        False,
    )
    assert reason == f"Practice e-mail notice on: smtp.example.be:587, STARTTLS, with login, from {FROM}"
    assert "pa55" not in reason and "pa55" not in repr(settings)


def test_port_465_is_tls_from_the_start():
    settings, reason = read_smtp(env={**SMTP_ENV, "SMTP_PORT": "465"})
    assert settings.implicit_tls and not settings.starttls and "465, TLS" in reason
    settings, reason = read_smtp(env={**SMTP_ENV, "SMTP_PORT": "465", "SMTP_STARTTLS": "true"})
    assert settings is None and "port 465" in reason


@pytest.mark.parametrize(
    "env, words",
    [
        ({}, "SMTP_HOST and SMTP_FROM not set"),
        ({**SMTP_ENV, "SMTP_FROM": ""}, "SMTP_FROM not set"),
        ({**SMTP_ENV, "SMTP_FROM": "the assistant"}, "SMTP_FROM must be an e-mail address"),
        ({**SMTP_ENV, "SMTP_PORT": "smtp"}, "SMTP_PORT must be a port number"),
        ({**SMTP_ENV, "SMTP_PASSWORD": ""}, "SMTP_USERNAME and SMTP_PASSWORD go together"),
        ({**SMTP_ENV, "SMTP_STARTTLS": "maybe"}, "SMTP_STARTTLS must be true or false"),
    ],
)
def test_incomplete_smtp_settings_switch_the_notice_off_with_a_reason(env, words):
    settings, reason = read_smtp(env=env)
    assert settings is None and reason.startswith("Practice e-mail notice off:") and words in reason


def test_smtp_settings_from_credentials_without_login_or_tls():
    settings, reason = read_smtp({"smtp_host": "localhost", "SMTP_FROM": FROM, "smtp_starttls": "false"}, env={})
    assert settings == SmtpSettings("localhost", 587, FROM, None, None, starttls=False)
    assert reason.endswith("no encryption, without login, from " + FROM)
