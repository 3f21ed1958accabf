"""Sharing the check with the practice, step by step (pure Python, no Rasa).

The decisions behind "Send my answers to the practice" (issue 14, item 1); the Rasa
glue is actions/practice_inbox.py, every text is in domain/responses_practice_inbox.yml.

1. After a result the assistant offers to send the answers (:func:`after_result`):
   at once for ``physio``, ``doctor`` and ``urgent`` (after the emergency questions
   that may follow an urgent result); after an ``emergency`` only once the person says
   they are safe (:func:`on_request`). The offer says what is sent and that the
   practice then keeps it in its own records, where "delete my data" cannot reach it.
2. "Yes" to the offer is the consent. Then two optional questions: a name, and a phone
   number or e-mail for the callback (:func:`read_callback`). Each is checked, kindly
   asked again once when it cannot be read, and can be skipped; nothing else is asked.
3. :func:`build_summary` turns the tracker's answers and the rules' result into the
   summary dict of bot.practice_inbox (what the outbox keeps until delivered).
"No" sends and keeps nothing. Chatwoot not configured: no offer at all.

``share_step`` (a slot) says where the sharing is: ``wait_safe`` (emergency: offered
once safe), ``offered``, ``declined``, ``sent``; None before any result.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Dict, List, Mapping, Optional, Tuple

from email_validator import EmailNotValidError, validate_email

from bot import lang
from bot.practice_inbox.chatwoot import e164

WAIT_SAFE = "wait_safe"
OFFERED = "offered"
DECLINED = "declined"
SENT = "sent"
SHARE_STEPS = (WAIT_SAFE, OFFERED, DECLINED, SENT)

NAME_SLOT = "callback_name"
CONTACT_SLOT = "callback_contact"
RETRY_SLOT = "callback_retry"  # the step asked again once already
CALLBACK_SLOTS = (NAME_SLOT, CONTACT_SLOT)
SKIPPED = False  # a callback slot's value when skipped (None would mean "not asked yet")
ASK_AGAIN = {NAME_SLOT: "utter_callback_name_again", CONTACT_SLOT: "utter_callback_contact_again"}

# The practice's dialling code, for a national number ("0470 12 34 56").
COUNTRY_CODES = {"BE": "32", "NL": "31"}

# Why the rule gave its result, in words, for the practice's note (clinical-rules.md).
RULE_REASONS = {
    "R1": "numbness around the saddle area, bladder or bowel trouble, or numbness or weakness in both legs",
    "R2": "weakness in one leg that gets worse",
    "R3": "fever, chills or feeling very unwell",
    "R4": "after a fall, accident or blow",
    "R5": "cancer now or in the past, weight loss without trying, or pain all night",
    "R6": "sudden onset at 70 or older, or with osteoporosis or long use of steroids",
    "R7": "pain below the knee, numbness or tingling in a leg, or stable weakness",
    "R8": "long-lasting gradual pain at a young age with morning stiffness",
    "R9": "no warning signs, pain for less than 6 weeks",
    "R10": "no warning signs, pain for 6 to 12 weeks",
    "R11": "no warning signs, pain for 12 weeks or more",
    "R12": "no warning signs, duration unknown after asking twice",
}

# Words that skip an optional question and words before a name, in every language (people
# mix them): each pack's bot/lang/<code>/inbox.py, merged in pack order. A whole reply is
# matched, so no French word can change an English or Dutch reading.
_SKIP = re.compile(
    r"^(?:" + "|".join(lang.merged("inbox", "SKIP_REPLIES")) + r"|-+|\.+)$",
    re.IGNORECASE,
)
_NAME_LEAD = re.compile(r"^(?:" + "|".join(lang.merged("inbox", "NAME_LEADS")) + r")\s+", re.IGNORECASE)
_NAME = re.compile(r"[^\W\d_]+(?:[-'’.][^\W\d_]*)*\.?", re.UNICODE)
_EMAIL = re.compile(r"[^@\s<>(),;:]+@[^@\s<>(),;:]+\.[^@\s<>(),;:]+")
_PHONE = re.compile(r"(?:\+|00)?[\d][\d\s().\-/]{6,20}\d")
MAX_NAME_WORDS = 5
MAX_NAME_CHARS = 60


@dataclass
class CallbackReply:
    """What one reply to a callback question changes, says and asks next."""

    changes: Dict[str, Any] = field(default_factory=dict)  # slot -> value
    say: List[str] = field(default_factory=list)  # response names
    next_slot: Optional[str] = None  # None: the questions are done


def after_result(configured: bool, level: Optional[str], followup: bool) -> Tuple[Optional[str], Optional[str]]:
    """(response, share_step) right after a result; (None, None) when nothing is offered.

    ``followup``: an urgent result whose emergency questions come first; the offer
    comes after them."""
    if not configured or level is None or followup:
        return None, None
    if level == "emergency":
        return "utter_share_when_safe", WAIT_SAFE
    return "utter_share_offer", OFFERED


def on_request(
    configured: bool, level: Optional[str], step: Optional[str], says_safe: bool
) -> Tuple[str, Optional[str]]:
    """(response, new share_step) when the person says they are safe (``says_safe``) or
    asks to send their answers with no offer waiting."""
    if not configured:
        return ("utter_anything_else" if says_safe else "utter_share_contact_practice"), step
    if level is None:
        return ("utter_anything_else" if says_safe else "utter_share_after_check"), step
    if step == SENT:
        return "utter_share_already_sent", step
    if level == "emergency" and step == WAIT_SAFE and not says_safe:
        return "utter_share_when_safe", step  # only once they say they are safe
    if says_safe and level != "emergency":
        return "utter_anything_else", step
    return "utter_share_offer", OFFERED


def is_skip(text: Any) -> bool:
    if not isinstance(text, str):
        return False
    return bool(_SKIP.match(" ".join(text.strip().strip("!").split())))


def read_name(text: Any) -> Optional[str]:
    """A name as the person wrote it ("An", "Jan De Smet", "my name is Sofie"), or None
    when it does not look like a name (digits, an e-mail, a sentence)."""
    if not isinstance(text, str):
        return None
    name = " ".join(text.strip().strip(".!").split())
    name = _NAME_LEAD.sub("", name)
    words = name.split()
    if not words or len(words) > MAX_NAME_WORDS or len(name) > MAX_NAME_CHARS:
        return None
    if not all(_NAME.fullmatch(word) for word in words):
        return None
    return name


def read_contact(text: Any, country: str = "BE") -> Optional[Dict[str, str]]:
    """{"email": ...} or {"phone": "+32470123456"} (or both, when both are given), or
    None. A national number ("0470 12 34 56") gets the practice's country code."""
    if not isinstance(text, str):
        return None
    found: Dict[str, str] = {}
    email = _EMAIL.search(text)
    if email:
        try:
            found["email"] = validate_email(email.group(0).strip("."), check_deliverability=False).normalized
        except EmailNotValidError:
            return None
        text = text.replace(email.group(0), " ")
    phone = _PHONE.search(text)
    if phone:
        number = phone_number(phone.group(0), country)
        if number is None:
            return None
        found["phone"] = number
    return found or None


def phone_number(text: str, country: str = "BE") -> Optional[str]:
    """An international (E.164) number, or None when it cannot be one."""
    compact = re.sub(r"[\s().\-/]", "", text)
    if compact.startswith("0") and not compact.startswith("00") and country in COUNTRY_CODES:
        compact = f"+{COUNTRY_CODES[country]}{compact[1:]}"
    number = e164(compact)
    if number is None:
        return None
    for code in COUNTRY_CODES.values():  # Belgium and the Netherlands: 8 or 9 digits after the code
        if number.startswith(f"+{code}") and not 8 <= len(number) - 1 - len(code) <= 9:
            return None
    return number


def read_callback(step: Optional[str], text: Any, retried: bool, country: str = "BE") -> CallbackReply:
    """One reply to the name or contact question: the value, a skip, or (not readable)
    the question once more; the second time it is left out, kindly."""
    reply = CallbackReply()
    if step not in CALLBACK_SLOTS:
        reply.next_slot = NAME_SLOT
        return reply
    if is_skip(text):
        value: Any = SKIPPED
    elif step == NAME_SLOT:
        value = read_name(text)
    else:
        value = read_contact(text, country)
    if value is None and not retried:
        reply.changes[RETRY_SLOT] = True
        reply.say.append(ASK_AGAIN[step])
        reply.next_slot = step
        return reply
    if value is None:
        value = SKIPPED
        reply.say.append("utter_callback_left_out")
    reply.changes[step] = value
    reply.changes[RETRY_SLOT] = None
    reply.next_slot = CONTACT_SLOT if step == NAME_SLOT else None
    return reply


def callback_of(name: Any, contact: Any) -> Dict[str, str]:
    """The callback details given: name, phone, e-mail (only those given)."""
    callback: Dict[str, str] = {}
    if isinstance(name, str) and name.strip():
        callback["name"] = name.strip()
    if isinstance(contact, Mapping):
        for key in ("phone", "email"):
            if isinstance(contact.get(key), str) and contact[key]:
                callback[key] = contact[key]
    return callback


def build_summary(
    *,
    reference: str,
    answers: Mapping[str, Any],
    level: str,
    condition: str,
    rule: Optional[str],
    language: Optional[str],
    channel: Optional[str],
    callback: Mapping[str, str],
    now: Optional[datetime] = None,
) -> Dict[str, Any]:
    """The summary dict of bot.practice_inbox: only the known answers, JSON-safe."""
    days = answers.get("duration_days")
    duration = int(days) if isinstance(days, (int, float)) and not isinstance(days, bool) else None
    known = {slot: value for slot, value in answers.items() if value is not None}
    if "duration_days" in known:
        known["duration_days"] = duration
    return {
        "reference": reference,
        "answers": known,
        "level": level,
        "condition": condition,
        "rule": rule,
        "reason": RULE_REASONS.get(rule or ""),
        "duration_days": duration,
        "language": language,
        "channel": channel,
        "date": (now or datetime.now(timezone.utc)).isoformat(timespec="seconds"),
        "callback": dict(callback),
    }
