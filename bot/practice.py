"""The practice configuration: one YAML file, checked once at start-up.

A missing or broken value raises PracticeConfigError naming the key, so a bad file
stops the assistant before its first conversation instead of in the middle of one.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

import yaml

from bot.lang import CODES
from bot.opening_hours import DEFAULT_TIMEZONE, WeeklyHours, parse_weekly

DEFAULT_PATH = Path(__file__).resolve().parent.parent / "config" / "practice.yml"
ENV_VAR = "PRACTICE_CONFIG"
# ASSISTANT_ENV=production: a practice file with a value still marked "# PLACEHOLDER" is
# refused (the demo phone number or booking link must never reach a patient).
DEPLOYMENT_ENV_VAR = "ASSISTANT_ENV"
PLACEHOLDER_MARK = "# PLACEHOLDER"
LANGUAGES = CODES  # a practice offers languages the assistant has packs for
# The demo practice page (`make run` serves web/dist on port 8080).
DEFAULT_ORIGINS = ("http://localhost:8080", "http://127.0.0.1:8080")
_ORIGIN = re.compile(r"https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?")  # exact: sanic-cors reads [ ] * ? as a regex

# Country-dependent facts of clinical-rules.md ("What each level tells the user").
COUNTRY_FACTS = {
    "BE": {"emergency_number": "112", "after_hours_number": "1733", "prescription_needed": True},
    "NL": {"emergency_number": "112", "after_hours_number": "", "prescription_needed": False},
}


class PracticeConfigError(ValueError):
    """The practice file is missing, unreadable, or has a bad value (the key is named)."""


@dataclass(frozen=True)
class Practice:
    name: str
    phone: str
    email: str
    address: str
    opening_hours: Dict[str, str]
    booking_url: str
    country: str
    languages: Tuple[str, ...]
    retention_days: int
    allowed_origins: Tuple[str, ...] = DEFAULT_ORIGINS  # web pages allowed to call Rasa (CORS)
    # when someone answers the chat (the handoff to a person): structured, in `timezone`;
    # None when the file gives only the texts (the handoff then names the texts)
    opening_hours_weekly: Optional[WeeklyHours] = None
    timezone: str = DEFAULT_TIMEZONE

    @property
    def default_language(self) -> str:
        return self.languages[0]

    @property
    def emergency_number(self) -> str:
        return COUNTRY_FACTS[self.country]["emergency_number"]

    @property
    def after_hours_number(self) -> str:
        return COUNTRY_FACTS[self.country]["after_hours_number"]

    def languages_in(self, code: str) -> str:
        """The offered languages named in language ``code``, own language first:
        "Dutch, English or French" (from bot/catalogue/<code>.yml)."""
        names_in, list_or = _language_words(code)
        ordered = sorted(self.languages, key=lambda c: (c != code, self.languages.index(c)))
        names = [names_in[c] for c in ordered]
        if len(names) == 1:
            return names[0]
        return list_or.format(first=", ".join(names[:-1]), last=names[-1])

    def texts_per_language(self) -> Dict[str, str]:
        """{practice_hours_<code>} and {practice_languages_<code>} for every language pack:
        filled into the responses by bot/nlg/practice_responses.py, not kept as slots, so a new
        pack needs no new slot in the domain. utter_other_language names the offered
        languages in two languages at once, hence one value per language, not one per
        conversation."""
        return {
            **{f"practice_hours_{code}": self.opening_hours.get(code) or self.opening_hours[self.default_language]
               for code in LANGUAGES},
            **{f"practice_languages_{code}": self.languages_in(code) for code in LANGUAGES},
        }

    def slots(self) -> Dict[str, Any]:
        """Values the domain's responses use as {practice_...} templates."""
        return {
            "practice_name": self.name,
            "practice_phone": self.phone,
            "practice_email": self.email,
            "practice_address": self.address,
            "practice_retention_days": str(self.retention_days),
            "practice_booking_url": self.booking_url,
            "practice_country": self.country,
        }


@cache
def _language_words(code: str) -> Tuple[Dict[str, str], str]:
    """The language names and the "a, b or c" pattern of one catalogue, read once
    (slots() runs at every session start and for every answer outside a turn)."""
    from bot.clinical.summary import catalogue

    words = catalogue(code)
    return dict(words["language_names"]), words["list_or"]


def _text(raw: Dict[str, Any], key: str) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not value.strip():
        raise PracticeConfigError(f"practice config: '{key}' must be a non-empty text")
    return value.strip()


def parse_practice(raw: Any) -> Practice:
    if not isinstance(raw, dict):
        raise PracticeConfigError("practice config: the file must be a YAML mapping of keys to values")
    phone = _text(raw, "phone")
    if not re.fullmatch(r"\+?[0-9 ()./-]{6,}", phone):
        raise PracticeConfigError(f"practice config: 'phone' is not a phone number: {phone!r}")
    email = _text(raw, "email")
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email):
        raise PracticeConfigError(f"practice config: 'email' is not an e-mail address: {email!r}")
    booking_url = _text(raw, "booking_url")
    if not re.match(r"https?://", booking_url):
        raise PracticeConfigError("practice config: 'booking_url' must start with http:// or https://")
    country = _text(raw, "country").upper()
    if country not in COUNTRY_FACTS:
        raise PracticeConfigError(f"practice config: 'country' must be one of {sorted(COUNTRY_FACTS)}, not {country!r}")
    languages = raw.get("languages")
    if (
        not isinstance(languages, list)
        or not languages
        or any(lang not in LANGUAGES for lang in languages)
    ):
        raise PracticeConfigError(f"practice config: 'languages' must be a list drawn from {list(LANGUAGES)}")
    hours = raw.get("opening_hours")
    if not isinstance(hours, dict) or any(not isinstance(hours.get(lang), str) for lang in languages):
        raise PracticeConfigError(
            "practice config: 'opening_hours' must give a text for each language, e.g. opening_hours: {en: ..., nl: ...}"
        )
    retention = raw.get("retention_days")
    if isinstance(retention, bool) or not isinstance(retention, int) or retention < 1:
        raise PracticeConfigError("practice config: 'retention_days' must be a whole number of days, 1 or more")
    timezone = raw.get("timezone", DEFAULT_TIMEZONE)
    weekly = None
    if raw.get("opening_hours_weekly") is not None:
        try:
            weekly = parse_weekly(raw["opening_hours_weekly"], timezone)
        except ValueError as error:
            raise PracticeConfigError(f"practice config: 'opening_hours_weekly' or 'timezone': {error}") from None
    elif "timezone" in raw:
        try:
            parse_weekly({"mon": ["00:00", "24:00"]}, timezone)
        except ValueError as error:
            raise PracticeConfigError(f"practice config: 'timezone': {error}") from None
    return Practice(
        name=_text(raw, "name"),
        phone=phone,
        email=email,
        address=_text(raw, "address"),
        opening_hours={k: str(v) for k, v in hours.items()},
        booking_url=booking_url,
        country=country,
        languages=tuple(languages),
        retention_days=retention,
        allowed_origins=_origins(raw.get("allowed_origins", list(DEFAULT_ORIGINS))),
        opening_hours_weekly=weekly,
        timezone=str(timezone).strip(),
    )


def _origins(value: Any) -> Tuple[str, ...]:
    """Origins as browsers send them: scheme://host[:port], no path, no trailing slash."""
    if not isinstance(value, list) or not value:
        raise PracticeConfigError("practice config: 'allowed_origins' must be a list of origins like https://example.be")
    origins = []
    for origin in value:
        if not isinstance(origin, str) or not _ORIGIN.fullmatch(origin.strip()):
            raise PracticeConfigError(
                f"practice config: 'allowed_origins' must hold http(s) origins without a path "
                f"(like https://www.example.be), not {origin!r}")
        origins.append(origin.strip().lower())
    return tuple(dict.fromkeys(origins))


def placeholders(text: str) -> List[str]:
    """The keys whose value is still marked PLACEHOLDER ("opening_hours.en" for a nested one)."""
    keys: List[str] = []
    parents: List[Tuple[int, str]] = []
    for line in text.splitlines():
        key_match = re.match(r"^(\s*)([A-Za-z_][\w-]*)\s*:", line)
        if not key_match:
            continue
        indent, key = len(key_match.group(1)), key_match.group(2)
        parents = [(level, name) for level, name in parents if level < indent]
        if PLACEHOLDER_MARK in line:
            keys.append(".".join([name for _, name in parents] + [key]))
        parents.append((indent, key))
    return keys


def in_production() -> bool:
    return os.environ.get(DEPLOYMENT_ENV_VAR, "").strip().lower() == "production"


def load_practice(path: Path | str | None = None) -> Practice:
    """Read and check the practice file (PRACTICE_CONFIG, else config/practice.yml)."""
    path = Path(path or os.environ.get(ENV_VAR) or DEFAULT_PATH)
    try:
        text = path.read_text(encoding="utf-8")
        raw = yaml.safe_load(text)
    except FileNotFoundError:
        raise PracticeConfigError(f"practice config: file not found: {path} (set {ENV_VAR} or create it)") from None
    except yaml.YAMLError as error:
        raise PracticeConfigError(f"practice config: {path} is not valid YAML: {error}") from None
    practice = parse_practice(raw)
    unknown = placeholders(text)
    if unknown and in_production():
        raise PracticeConfigError(
            f"practice config: {path} still has PLACEHOLDER values ({', '.join(unknown)}); "
            f"{DEPLOYMENT_ENV_VAR}=production refuses them: replace each value and remove its PLACEHOLDER mark")
    return practice


@lru_cache(maxsize=1)
def current_practice() -> Practice:
    return load_practice()


if __name__ == "__main__":  # `python -m bot.practice [--cors] [FILE]` checks the file, for make run
    import sys

    args = sys.argv[1:]
    cors = "--cors" in args  # print the allowed origins, one a line (scripts/run.sh: rasa run --cors)
    files = [arg for arg in args if arg != "--cors"]
    try:
        practice = load_practice(files[0] if files else None)
    except PracticeConfigError as error:
        sys.exit(str(error))
    if cors:
        print("\n".join(practice.allowed_origins))
    else:
        print(f"practice config OK: {practice.name} ({practice.country})")
        unknown = placeholders(Path(files[0] if files else os.environ.get(ENV_VAR) or DEFAULT_PATH).read_text(encoding="utf-8"))
        if unknown:
            print(f"warning: still PLACEHOLDER, fine for a demo, refused with {DEPLOYMENT_ENV_VAR}=production: "
                  f"{', '.join(unknown)}")
