"""`make report` (python -m bot.operations.reports.usage_report) on a store filled by real conversations.

A fresh assistant (its own SQLite tracker store) gets conversations through the REST
channel in both languages: completed checks with each kind of result, declined consent,
people who stop halfway, a question only, booking clicks, and a conversation deleted at
the user's request. The report's counts must match them exactly, and the page must be
self-contained and hold nothing personal. A copy of the report is kept in
tests/artifacts/usage/ (usage.html and usage.png, all charts on one image).

A second test fills a store through the tracker store API with conversations dated over
two weeks on three channels, for the weekly buckets and the channel counts.
"""
from __future__ import annotations

import asyncio
import json
import re
import shutil
import subprocess
import sys
import time
import uuid
from datetime import datetime
from pathlib import Path
from typing import Any, Dict, List

import pytest

from bot.stores.tracker_store import PrivacySQLTrackerStore
from tests.e2e.test_replicas import RADICULAR_TEXTS
from tests.support.assistant import MODEL, ROOT, start_assistant, triage_of
from tests.support.conversation import FIRST, Patient

ARTIFACTS = ROOT / "tests" / "artifacts" / "usage"
ACUTE = {"onset": "sudden_movement", "age_band": "20_44"}
TEN_DAYS = {"en": "about 10 days", "nl": "ongeveer tien dagen", "fr": "ca fait une dizaine de jours"}
BOOK = {"en": "book an appointment", "nl": "afspraak maken", "fr": "prendre rendez-vous"}  # the booking buttons' payloads


def week_of(timestamp: float) -> str:
    year, week, _ = datetime.fromtimestamp(timestamp).isocalendar()
    return f"{year}-W{week:02d}"


def run_report(endpoints: Path, out: Path, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    result = subprocess.run(
        [sys.executable, "-m", "bot.operations.reports.usage_report", "--endpoints", str(endpoints), "--out", str(out)],
        cwd=cwd, capture_output=True, text=True, timeout=180,
    )
    assert result.returncode == 0, result.stderr
    return result


def report_data(page: str) -> Dict[str, Any]:
    found = re.search(r'<script type="application/json" id="usage-data">(.*?)</script>', page, re.S)
    assert found, "the counts are in the page"
    return json.loads(found.group(1).replace("<\\/", "</"))


def table_row(page: str, table_id: str, first_cell: str) -> List[str]:
    table = re.search(rf'<table id="{table_id}">(.*?)</table>', page, re.S).group(1)
    for row in re.findall(r"<tr>(.*?)</tr>", table, re.S):
        cells = re.findall(r"<t[dh]>(.*?)</t[dh]>", row, re.S)
        if cells and cells[0] == first_cell:
            return cells
    raise AssertionError(f"no row {first_cell!r} in table {table_id}")


def assert_self_contained(page: str) -> None:
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page), "nothing fetched from elsewhere"
    assert "http://" not in page and "https://" not in page
    assert "<link" not in page and "<script src" not in page
    images = re.findall(r'<img [^>]*src="([^"]+)"', page)
    assert images and all(src.startswith("data:image/png;base64,") for src in images)


# --- real conversations -----------------------------------------------------------------------
@pytest.mark.e2e
def test_report_counts_real_conversations(tmp_path):
    if not MODEL.exists():
        pytest.fail(f"no trained model at {MODEL}: `make test` trains it first")
    started_at = time.time()
    senders: List[str] = []
    typed: List[str] = []

    def patient(language: str, answers=None, texts=None) -> Patient:
        sender = f"report-{language}-{uuid.uuid4().hex[:8]}"
        senders.append(sender)
        return Patient(assistant, sender, language, answers or {}, texts=texts)

    with start_assistant(tmp_path / "assistant") as assistant:
        for language in ("en", "nl"):
            # completed, physio, then the booking button
            p = patient(language, ACUTE, {"duration_days": TEN_DAYS[language]})
            assert p.run_check(FIRST[language])["level"] == "physio"
            p.say(BOOK[language])
            typed += [t for who, t in p.transcript if who == "user"]
            # declined consent
            p = patient(language, {"consent": False})
            p.say(FIRST[language])
            p.answer("consent")
            # consented, then stopped at a question (en: how long; nl: the leg)
            p = patient(language, ACUTE, {"duration_days": TEN_DAYS[language]})
            p.say(FIRST[language])
            p.answer("consent")
            p.answer("onset")
            if language == "nl":
                p.answer("duration_days")
            assert p.requested_slot() == {"en": "duration_days", "nl": "leg_pain"}[language]
            # deleted at the user's request: counts nowhere
            p = patient(language, ACUTE)
            p.say(FIRST[language])
            p.answer("consent")
            p.say({"en": "delete my data", "nl": "verwijder mijn gegevens"}[language])
        # en: a nerve root result with typed answers; an emergency mid-check
        p = patient("en", {}, RADICULAR_TEXTS["en"])
        assert p.run_check(FIRST["en"])["level"] == "doctor"
        typed += [t for who, t in p.transcript if who == "user"]
        p = patient("en", {"onset": "gradual"})
        p.say(FIRST["en"])
        p.answer("consent")
        p.answer("onset")
        assert triage_of(p.say("I can't feel my bum"))["level"] == "emergency"
        # nl: only a question, then gone
        p = patient("nl")
        p.say("wat is een hernia?")
        p.say("hoe kan ik bij jullie een afspraak boeken?")  # a question about booking counts as a click
        no_question = p.requested_slot() is None
        # fr: completed, physio, then the booking button
        p = patient("fr", ACUTE, {"duration_days": TEN_DAYS["fr"]})
        assert p.run_check(FIRST["fr"])["level"] == "physio"
        p.say(BOOK["fr"])
        typed += [t for who, t in p.transcript if who == "user"]

    endpoints = tmp_path / "assistant" / "endpoints.yml"
    out = tmp_path / "report" / "usage.html"
    result = run_report(endpoints, out)
    page = out.read_text(encoding="utf-8")
    png = out.with_suffix(".png").read_bytes()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shutil.copy(out, ARTIFACTS / "usage.html")
    shutil.copy(out.with_suffix(".png"), ARTIFACTS / "usage.png")

    data = report_data(page)
    total = data["total"]
    assert set(data["weeks"]) <= {week_of(started_at), week_of(time.time())}
    expected = {"started": 10, "consented": 7, "declined": 2, "completed": 5, "booking_clicks": 4,
                "booked_conversations": 4}
    assert {k: total[k] for k in expected} == expected, total
    assert total["levels"] == {"physio": 3, "doctor": 1, "emergency": 1}
    assert total["conditions"] == {"nonspecific_acute": 3, "radicular_syndrome": 1, "cauda_equina": 1}
    assert total["languages"] == {"en": 5, "nl": 4, "fr": 1}
    assert total["channels"] == {"rest": 10}
    dropouts = {"consent (declined)": 2, "duration_days": 1, "leg_pain": 1}
    dropouts["(no question asked)" if no_question else "consent"] = 1
    assert total["dropouts"] == dropouts
    # the visible table says the same
    row = table_row(page, "weekly", "total")
    assert row[1:7] == [str(total[k]) for k in ("started", "consented", "declined", "completed", "booking_clicks",
                                                  "booked_conversations")]
    assert "10 conversations, 7 consented, 5 completed, 4 booking clicks" in result.stdout

    assert_self_contained(page)
    for secret in senders + [t for t in typed if len(t) > 3]:
        assert secret not in page, "nothing personal in the report"
    assert png.startswith(b"\x89PNG") and len(png) > 20_000
    print(f"\n[usage report] {ARTIFACTS / 'usage.html'} and {ARTIFACTS / 'usage.png'}: {result.stdout.strip()}")


# --- weeks and channels, through the store API ----------------------------------------------
def session(sender: str, at: float, channel: str, language: str, consent=None, level=None, condition=None,
            requested=None, texts=("hello",), carried=False) -> List[Any]:
    """One session; with `carried`, its slots are set at the start, as action_session_start
    carries them over from the previous session (they are no new consent or result)."""
    from rasa.shared.core.events import ActionExecuted, SessionStarted, SlotSet, UserUttered

    events: List[Any] = [ActionExecuted("action_session_start", timestamp=at), SessionStarted(timestamp=at),
                         SlotSet("language", language, timestamp=at)]
    if carried:
        events += [SlotSet("consent", consent, timestamp=at), SlotSet("triage_level", level, timestamp=at),
                   SlotSet("triage_condition", condition, timestamp=at)]
        consent = level = None
    events.append(ActionExecuted("action_listen", timestamp=at))
    for index, text in enumerate(texts):
        events.append(UserUttered(text, intent={"name": "greet", "confidence": 1.0}, input_channel=channel,
                                  timestamp=at + 1 + index))
        events.append(ActionExecuted("action_listen", timestamp=at + 1 + index))
    if requested:
        events.append(SlotSet("requested_slot", requested, timestamp=at + 20))
    if consent is not None:
        events.append(SlotSet("consent", consent, timestamp=at + 21))
    if level:
        events += [SlotSet("triage_level", level, timestamp=at + 22),
                   SlotSet("triage_condition", condition, timestamp=at + 22)]
    return events


def test_weeks_and_channels(tmp_path):
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.trackers import DialogueStateTracker

    domain = Domain.load(str(ROOT / "domain"))
    monday = datetime(2026, 11, 2, 10).timestamp()  # ISO week 2026-W45
    week = 7 * 86400
    conversations = {
        "wa-1": session("wa-1", monday, "whatsapp", "nl", True, "physio", "nonspecific_acute",
                        texts=("hallo", "Afspraak maken ")),
        "web-1": session("web-1", monday + 3600, "socketio", "en", False, requested="consent"),
        "rest-1": session("rest-1", monday + 7200, "rest", "en", True, requested="fever"),
        # one sender, two sessions a week apart: two conversations, one in each week
        "wa-2": session("wa-2", monday + 100, "whatsapp", "en", True, "doctor", "radicular_syndrome")
        + session("wa-2", monday + week, "whatsapp", "en", True, "doctor", "radicular_syndrome",
                  texts=("what is a hernia",), carried=True),
        "rest-2": session("rest-2", monday + week + 50, "rest", "nl", True, "urgent", "possible_fracture",
                          texts=("BOOK AN APPOINTMENT",)),
        "silent": session("silent", monday, "rest", "en", texts=()),  # no user message: not counted
    }
    store = PrivacySQLTrackerStore(domain, dialect="sqlite", db=str(tmp_path / "rasa.db"))

    async def save_all():
        for sender, events in conversations.items():
            await store.save(DialogueStateTracker.from_events(sender, events, domain.slots))

    asyncio.run(save_all())
    store.engine.dispose()
    (tmp_path / "endpoints.yml").write_text(
        f'tracker_store:\n  type: bot.stores.tracker_store.PrivacySQLTrackerStore\n  dialect: sqlite\n'
        f'  db: "{tmp_path / "rasa.db"}"\n')
    out = tmp_path / "usage.html"
    run_report(tmp_path / "endpoints.yml", out)
    page = out.read_text(encoding="utf-8")
    data = report_data(page)
    first, second = "2026-W45", "2026-W46"
    assert list(data["weeks"]) == [first, second]
    w1, w2 = data["weeks"][first], data["weeks"][second]
    assert (w1["started"], w1["consented"], w1["declined"], w1["completed"], w1["booking_clicks"]) == (4, 3, 1, 2, 1)
    assert (w2["started"], w2["consented"], w2["completed"], w2["booking_clicks"]) == (2, 1, 1, 1)
    assert w1["channels"] == {"whatsapp": 2, "socketio": 1, "rest": 1}
    assert w2["channels"] == {"whatsapp": 1, "rest": 1}
    assert w1["levels"] == {"physio": 1, "doctor": 1} and w2["levels"] == {"urgent": 1}
    assert w1["dropouts"] == {"consent (declined)": 1, "fever": 1}
    assert w2["dropouts"] == {"(no question asked)": 1}
    assert w1["languages"] == {"nl": 1, "en": 3} and w2["languages"] == {"en": 1, "nl": 1}
    assert table_row(page, "channels", "whatsapp") == ["whatsapp", "2", "1", "3"]
    assert_self_contained(page)
