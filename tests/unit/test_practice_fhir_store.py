"""The kept FHIR QuestionnaireResponses (bot/practice_inbox/fhir_store.py), their settings,
the URL the note and the e-mail name, and their retention purge. Pure Python, fast."""
from __future__ import annotations

import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fhir.resources.bundle import Bundle
from fhir.resources.operationoutcome import OperationOutcome

from bot.practice_inbox.chatwoot import note_text
from bot.practice_inbox.config import read_fhir_base_url, read_fhir_endpoint
from bot.practice_inbox.fhir import questionnaire_response
from bot.practice_inbox.fhir_store import (
    BadSearch,
    FhirStore,
    bearer_token,
    operation_outcome,
    parse_authored,
    parse_count,
    read_url,
    search_bundle,
    token_matches,
)
from bot.practice_inbox.mail import notice
from bot.practice_inbox.outbox import DEFAULT_PATH, PROJECT_ROOT, Outbox, outbox_path

ROOT = Path(__file__).resolve().parents[2]
DAY = 86400.0
NOW = time.time()
TOKEN = "Zq7-practice-software-token-0123456789"
BASE = "https://assistant.kine-mechelen.be/webhooks/practice/fhir"


def summary(reference="LB-7K3M-Q9XD", date="2024-05-01T12:30:00+02:00"):
    return {
        "reference": reference,
        "answers": {"onset": "sudden_movement", "duration_days": 10, "leg_pain": "below_knee", "leg_numbness": True,
                    "fever": False, "age_band": "45_69"},
        "level": "doctor", "condition": "radicular_syndrome", "rule": "R7",
        "reason": "pain below the knee, numbness in a leg", "duration_days": 10,
        "language": "en", "channel": "web", "date": date,
        "callback": {"name": "Wendelien", "phone": "+32470123456"},
    }


def resource(reference="LB-7K3M-Q9XD", date="2024-05-01T12:30:00+02:00"):
    return questionnaire_response(summary(reference, date))


# --- settings ------------------------------------------------------------------------


def test_the_endpoint_is_off_without_a_token_and_says_so_without_the_token():
    assert read_fhir_endpoint(env={}) == (None, "Practice FHIR endpoint off: PRACTICE_FHIR_TOKEN not set (it answers 503)")
    settings, reason = read_fhir_endpoint(env={"PRACTICE_FHIR_TOKEN": "short"})
    assert settings is None and "at least 24 characters" in reason and "short" not in reason
    settings, reason = read_fhir_endpoint(env={"PRACTICE_FHIR_TOKEN": TOKEN})
    assert settings.token == TOKEN and reason == "Practice FHIR endpoint on: bearer token set"
    assert TOKEN not in repr(settings)
    assert read_fhir_endpoint({"practice_fhir_token": TOKEN}, env={})[0].token == TOKEN  # credentials.yml


def test_the_base_url_switches_keeping_on_and_must_be_a_url():
    assert read_fhir_base_url(env={})[0] is None
    assert read_fhir_base_url(env={"PRACTICE_FHIR_BASE_URL": "assistant.example.be"})[0] is None
    base, reason = read_fhir_base_url(env={"PRACTICE_FHIR_BASE_URL": BASE + "/"})
    assert base == BASE and f"{BASE}/QuestionnaireResponse/<reference>" in reason


def test_a_relative_outbox_path_is_the_projects_whatever_the_working_directory(monkeypatch, tmp_path):
    monkeypatch.delenv("PRACTICE_OUTBOX_PATH", raising=False)
    assert outbox_path() == DEFAULT_PATH
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PRACTICE_OUTBOX_PATH", ".data/shared.db")
    assert outbox_path() == PROJECT_ROOT / ".data" / "shared.db"
    monkeypatch.setenv("PRACTICE_OUTBOX_PATH", str(tmp_path / "x.db"))
    assert outbox_path() == tmp_path / "x.db"


# --- the helpers of the endpoint ----------------------------------------------------------


def test_the_token_is_read_from_a_bearer_header_and_compared_whole():
    assert bearer_token(f"Bearer {TOKEN}") == TOKEN and bearer_token(f"bearer  {TOKEN} ") == TOKEN
    assert bearer_token(None) is None and bearer_token("Basic abc") is None and bearer_token("Bearer ") is None
    assert token_matches(TOKEN, TOKEN)
    assert not token_matches(TOKEN[:-1], TOKEN) and not token_matches(TOKEN + "x", TOKEN)
    assert not token_matches(None, TOKEN) and not token_matches("", "")


def test_authored_searches_read_as_a_half_open_range():
    may1 = 1714521600.0  # 2024-05-01T00:00:00Z
    assert parse_authored([]) == (None, None)
    assert parse_authored(["2024-05-01"]) == (may1, may1 + DAY)
    assert parse_authored(["ge2024-05-01", "lt2024-05-03"]) == (may1, may1 + 2 * DAY)
    assert parse_authored(["gt2024-05-01", "le2024-05-02"]) == (may1 + DAY, may1 + 2 * DAY)
    assert parse_authored(["ge2024-05-01T02:00:00+02:00"]) == (may1, None)
    for bad in (["ne2024-05-01"], ["yesterday"], ["ge2024-05-01T10:00:00"]):
        with pytest.raises(BadSearch):
            parse_authored(bad)
    assert parse_count(None) == 50 and parse_count("3") == 3 and parse_count("9999") == 500
    with pytest.raises(BadSearch):
        parse_count("-1")


def test_answers_are_valid_fhir():
    OperationOutcome.parse_obj(operation_outcome("not-found", "no such reference"))
    kept = [resource()]
    bundle = search_bundle(kept, BASE, BASE + "/QuestionnaireResponse?authored=ge2024-05-01", 1)
    Bundle.parse_obj(bundle)
    assert bundle["entry"][0]["fullUrl"] == f"{BASE}/QuestionnaireResponse/LB-7K3M-Q9XD"
    assert read_url(BASE + "/", "LB-7K3M-Q9XD") == f"{BASE}/QuestionnaireResponse/LB-7K3M-Q9XD"


# --- the store -----------------------------------------------------------------------------


def test_kept_in_the_outbox_file_owner_only_until_read_any_number_of_times(tmp_path):
    path = tmp_path / "data" / "outbox.db"
    Outbox(path).add("chatwoot", "LB-7K3M-Q9XD", summary())
    store = FhirStore(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert store.keep(resource()) is True
    assert store.keep(resource()) is False  # a second keep replaces nothing
    reader = FhirStore.reader(path)
    assert reader.get("LB-7K3M-Q9XD") == resource() == reader.get("LB-7K3M-Q9XD")
    assert reader.get("LB-AAAA-BBBB") is None
    assert Outbox(path).pending()[0].reference == "LB-7K3M-Q9XD"  # the outbox's own table is untouched
    with pytest.raises(RuntimeError):
        reader.keep(resource("LB-AAAA-BBBB"))
    with pytest.raises(ValueError):
        store.keep({"resourceType": "Patient"})


def test_the_reader_never_creates_the_file_or_the_table(tmp_path):
    path = tmp_path / "none" / "outbox.db"
    reader = FhirStore.reader(path)
    assert reader.get("LB-7K3M-Q9XD") is None and reader.search().total == 0
    assert not path.exists() and not path.parent.exists()
    Outbox(path)  # an outbox file from before the FHIR table
    assert FhirStore.reader(path).get("LB-7K3M-Q9XD") is None and FhirStore.reader(path).search().resources == []


def test_search_by_date_newest_first(tmp_path):
    store = FhirStore(tmp_path / "outbox.db")
    store.keep(resource("LB-AAAA-AAAA", "2024-04-30T23:30:00+00:00"))
    store.keep(resource("LB-BBBB-BBBB", "2024-05-01T01:30:00+02:00"))  # 2024-04-30T23:30Z too, later id
    store.keep(resource("LB-CCCC-CCCC", "2024-05-02T09:00:00+00:00"))
    store.keep(resource("LB-DDDD-DDDD", "2024-05-03T09:00:00+00:00"))
    refs = lambda found: [r["identifier"]["value"] for r in found.resources]  # noqa: E731
    assert refs(store.search()) == ["LB-DDDD-DDDD", "LB-CCCC-CCCC", "LB-AAAA-AAAA", "LB-BBBB-BBBB"]
    found = store.search(*parse_authored(["ge2024-05-01", "lt2024-05-03"]))
    assert refs(found) == ["LB-CCCC-CCCC"] and found.total == 1
    found = store.search(count=2)
    assert found.total == 4 and len(found.resources) == 2


def test_purged_after_the_retention_period_and_overwritten(tmp_path):
    path = tmp_path / "outbox.db"
    FhirStore(path, clock=lambda: NOW - 40 * DAY).keep(resource("LB-AAAA-AAAA"))
    FhirStore(path, clock=lambda: NOW - DAY).keep(resource("LB-BBBB-BBBB"))
    store = FhirStore(path, clock=lambda: NOW)
    assert store.purge_older_than(30, dry_run=True) == 1 and store.get("LB-AAAA-AAAA") is not None
    assert store.purge_older_than(30) == 1
    assert store.get("LB-AAAA-AAAA") is None and store.get("LB-BBBB-BBBB") is not None
    assert b"LB-AAAA-AAAA" not in path.read_bytes()  # secure_delete: not left in free pages


def run_purge(tmp_path, *args, env):
    (tmp_path / "sqlite.yml").write_text(f'tracker_store:\n  type: sql\n  dialect: sqlite\n  db: "{tmp_path / "none.db"}"\n')
    return subprocess.run([sys.executable, "-m", "bot.operations.retention", "--endpoints", str(tmp_path / "sqlite.yml"), *args],
                          cwd=ROOT, capture_output=True, text=True, timeout=120, env={**os.environ, **env})


def test_make_purge_deletes_kept_questionnaire_responses_after_retention_days(tmp_path):
    path = tmp_path / "outbox.db"
    FhirStore(path, clock=lambda: NOW - 40 * DAY).keep(resource("LB-AAAA-AAAA"))
    FhirStore(path, clock=lambda: NOW - DAY).keep(resource("LB-BBBB-BBBB"))
    env = {"PRACTICE_OUTBOX_PATH": str(path)}
    dry = run_purge(tmp_path, "--days", "30", "--dry-run", env=env)
    assert dry.returncode == 0 and "practice FHIR: would delete 1 QuestionnaireResponse(s)" in dry.stdout
    done = run_purge(tmp_path, "--days", "30", env=env)
    assert done.returncode == 0 and "practice FHIR: deleted 1 QuestionnaireResponse(s)" in done.stdout
    assert "LB-" not in done.stdout, "counts only"
    assert FhirStore.reader(path).search().total == 1


# --- where to read it, in the note and the e-mail ------------------------------------------


def test_the_note_and_the_mail_name_the_url_only_when_the_endpoint_is_on():
    url = f"{BASE}/QuestionnaireResponse/LB-7K3M-Q9XD"
    assert url in note_text(summary(), "en", BASE) and url not in note_text(summary(), "en")
    assert "FHIR QuestionnaireResponse voor praktijksoftware" in note_text(summary(), "nl", BASE)
    on = notice(summary(), "info@kine.be", "bot@kine.be", "https://chat.kine.be/app/accounts/1/inbox/7", BASE)
    off = notice(summary(), "info@kine.be", "bot@kine.be", "https://chat.kine.be/app/accounts/1/inbox/7")
    assert url in on.get_content() and "FHIR" not in off.get_content()
    for word in ("doctor", "radicular", "R7", "below the knee", "sudden"):
        assert word not in on.get_content()
