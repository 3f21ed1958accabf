"""The shared checks' FHIR QuestionnaireResponses, kept for practice software until the purge.

Pure Python (stdlib sqlite3), no Rasa and no fhir.resources import: the Rasa server's
endpoint (bot/channels/practice_fhir.py) reads here, the action server writes here.

When a patient consents and the check is shared, the action server keeps the check's
QuestionnaireResponse (bot/practice_inbox/fhir.py, validated there) in the outbox's
SQLite file (``PRACTICE_OUTBOX_PATH``: created owner-only, deleted rows overwritten),
in a table of its own, ``practice_fhir``, one row per reference. Unlike the outbox's
rows it is not deleted when Chatwoot has it: practice software may read it any number
of times until ``make purge`` (bot/operations/retention.py) deletes it after ``retention_days``.

The endpoint opens the file read-only (:meth:`FhirStore.reader`): it never creates it,
so a Rasa server started before the first share answers 404, not an error, and a
Rasa server running as another user cannot create a file the action server cannot
write. The endpoint's answers are built here too (:func:`operation_outcome`,
:func:`search_bundle`, :func:`parse_authored`), and :func:`token_matches` compares the
bearer token in constant time.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import sqlite3
import time
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Dict, List, Mapping, Optional, Tuple, Union
from urllib.parse import quote

from bot.practice_inbox.outbox import DAY_SECONDS, outbox_path, owner_only_file

FHIR_JSON = "application/fhir+json"
RESOURCE_TYPE = "QuestionnaireResponse"
REFERENCE = re.compile(r"LB-[A-Z2-9]{4}-[A-Z2-9]{4}")
DEFAULT_COUNT = 50
LARGEST_COUNT = 500

SCHEMA = """
CREATE TABLE IF NOT EXISTS practice_fhir (
    reference TEXT PRIMARY KEY,
    resource TEXT NOT NULL,
    authored_at REAL NOT NULL,
    created_at REAL NOT NULL
)
"""


class BadSearch(ValueError):
    """A search parameter that cannot be read (the endpoint answers 400 with its words)."""


def read_url(base: str, reference: str) -> str:
    """Where practice software reads one check: ``{base}/QuestionnaireResponse/{reference}``."""
    return f"{base.rstrip('/')}/{RESOURCE_TYPE}/{quote(reference, safe='')}"


def token_matches(given: Optional[str], expected: str) -> bool:
    """Constant time, also in the length: both sides are hashed first."""
    if not given or not expected:
        return False
    return hmac.compare_digest(
        hashlib.sha256(given.encode("utf-8")).digest(), hashlib.sha256(expected.encode("utf-8")).digest()
    )


def bearer_token(authorization: Optional[str]) -> Optional[str]:
    """The token of an ``Authorization: Bearer <token>`` header, else None."""
    scheme, _, token = (authorization or "").strip().partition(" ")
    if scheme.lower() != "bearer":
        return None
    return token.strip() or None


def operation_outcome(code: str, diagnostics: str, severity: str = "error") -> Dict[str, Any]:
    """A FHIR R4 OperationOutcome with one issue (``code`` from the issue-type value set)."""
    return {
        "resourceType": "OperationOutcome",
        "issue": [{"severity": severity, "code": code, "diagnostics": diagnostics}],
    }


def _epoch(authored: Any) -> float:
    parsed = datetime.fromisoformat(str(authored))
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed.timestamp()


# FHIR date search: prefix + a date (the whole day) or a date-time with its zone.
_PREFIXES = ("eq", "ne", "gt", "lt", "ge", "le", "sa", "eb")
_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def parse_authored(values: List[str]) -> Tuple[Optional[float], Optional[float]]:
    """``authored`` search parameters (``ge2024-05-01``, ``lt2024-06-01T00:00:00+02:00``,
    ``2024-05-01``: that whole day, UTC) as a half-open range [start, end) of epoch
    seconds; a missing side is None. BadSearch for anything else."""
    start: Optional[float] = None
    end: Optional[float] = None
    for value in values:
        prefix, text = (value[:2], value[2:]) if value[:2] in _PREFIXES else ("eq", value)
        if prefix not in ("eq", "gt", "lt", "ge", "le"):
            raise BadSearch(f"authored: the prefix {prefix!r} is not supported (use eq, ge, gt, le or lt)")
        try:
            if _DATE.fullmatch(text):
                low = datetime.fromisoformat(text).replace(tzinfo=timezone.utc).timestamp()
                high = low + DAY_SECONDS
            else:
                parsed = datetime.fromisoformat(text)
                if parsed.tzinfo is None:
                    raise BadSearch("authored: a date-time needs its time zone, e.g. 2024-05-01T10:00:00+02:00")
                low = parsed.timestamp()
                high = low + 1
        except ValueError:
            raise BadSearch("authored: not a date (YYYY-MM-DD) or date-time with a time zone") from None
        if prefix in ("eq", "ge"):
            start = low if start is None else max(start, low)
        if prefix in ("eq", "le"):
            end = high if end is None else min(end, high)
        if prefix == "gt":
            start = high if start is None else max(start, high)
        if prefix == "lt":
            end = low if end is None else min(end, low)
    return start, end


def parse_count(value: Optional[str]) -> int:
    if value in (None, ""):
        return DEFAULT_COUNT
    if not value.isdigit():
        raise BadSearch("_count must be a whole number")
    return min(int(value), LARGEST_COUNT)


def search_bundle(resources: List[Mapping[str, Any]], base: str, self_url: str, total: int) -> Dict[str, Any]:
    """A FHIR R4 searchset Bundle of the found resources (``base``: the endpoint's URL up to /fhir)."""
    return {
        "resourceType": "Bundle",
        "type": "searchset",
        "total": total,
        "link": [{"relation": "self", "url": self_url}],
        "entry": [
            {
                "fullUrl": read_url(base, resource["identifier"]["value"]),
                "resource": resource,
                "search": {"mode": "match"},
            }
            for resource in resources
        ],
    }


@dataclass(frozen=True)
class Found:
    resources: List[Dict[str, Any]]
    total: int


class FhirStore:
    """The ``practice_fhir`` table of the outbox's file."""

    def __init__(
        self,
        path: Union[str, Path, None] = None,
        clock: Callable[[], float] = time.time,
        read_only: bool = False,
    ):
        self.path = Path(path) if path else outbox_path()
        self.clock = clock
        self.read_only = read_only
        if not read_only:
            owner_only_file(self.path)
            with closing(self._connect()) as db:
                db.execute(SCHEMA)

    @classmethod
    def reader(cls, path: Union[str, Path, None] = None) -> FhirStore:
        """For the endpoint: reads only, never creates the file or the table."""
        return cls(path, read_only=True)

    def _connect(self) -> sqlite3.Connection:
        if self.read_only:
            db = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
        else:
            db = sqlite3.connect(self.path, timeout=10, isolation_level=None)
            db.execute("PRAGMA secure_delete = ON")  # a purged resource is overwritten, not left in free pages
        return db

    def _rows(self, query: str, args: tuple) -> List[tuple]:
        """Rows of a read; none when the file or the table is not there yet (nothing shared)."""
        if self.read_only and not self.path.exists():
            return []
        try:
            with closing(self._connect()) as db:
                return db.execute(query, args).fetchall()
        except sqlite3.OperationalError as error:
            if "no such table" in str(error):
                return []
            raise

    def keep(self, resource: Mapping[str, Any]) -> bool:
        """Keep a (validated) QuestionnaireResponse under its reference (identifier.value);
        False when that reference is already kept (nothing is replaced)."""
        if self.read_only:
            raise RuntimeError("a FhirStore.reader() does not write")
        reference = str((resource.get("identifier") or {}).get("value") or "")
        if resource.get("resourceType") != RESOURCE_TYPE or not reference:
            raise ValueError("not a QuestionnaireResponse with an identifier")
        now = self.clock()
        with closing(self._connect()) as db:
            added = db.execute(
                "INSERT OR IGNORE INTO practice_fhir (reference, resource, authored_at, created_at) VALUES (?, ?, ?, ?)",
                (reference, json.dumps(resource, ensure_ascii=False), _epoch(resource["authored"]), now),
            ).rowcount
        return added == 1

    def get(self, reference: str) -> Optional[Dict[str, Any]]:
        rows = self._rows("SELECT resource FROM practice_fhir WHERE reference = ?", (reference,))
        return json.loads(rows[0][0]) if rows else None

    def search(
        self, start: Optional[float] = None, end: Optional[float] = None, count: int = DEFAULT_COUNT
    ) -> Found:
        """Resources authored in [start, end), newest first, at most ``count``; and how many matched."""
        where, args = [], []
        if start is not None:
            where.append("authored_at >= ?")
            args.append(start)
        if end is not None:
            where.append("authored_at < ?")
            args.append(end)
        clause = (" WHERE " + " AND ".join(where)) if where else ""
        total = self._rows("SELECT COUNT(*) FROM practice_fhir" + clause, tuple(args))
        rows = self._rows(
            "SELECT resource FROM practice_fhir" + clause + " ORDER BY authored_at DESC, reference LIMIT ?",
            (*args, count),
        )
        return Found([json.loads(r[0]) for r in rows], total[0][0] if total else 0)

    def purge_older_than(self, days: float, dry_run: bool = False) -> int:
        """Delete resources kept longer than the retention period; their count
        (``dry_run``: count them, delete nothing)."""
        cutoff = self.clock() - days * DAY_SECONDS
        with closing(self._connect()) as db:
            if dry_run:
                return db.execute("SELECT COUNT(*) FROM practice_fhir WHERE created_at < ?", (cutoff,)).fetchone()[0]
            return db.execute("DELETE FROM practice_fhir WHERE created_at < ?", (cutoff,)).rowcount
