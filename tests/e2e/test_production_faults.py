"""Faults in the production set-up, with the real servers (issue 15).

One action server and two Rasa replicas on endpoints.production.yml (PostgreSQL tracker
store, Redis lock store; turns alternate between the replicas). This module puts a TCP
proxy (tests/support/tcp_proxy.py) between the replicas and PostgreSQL, and starts a
Redis of its own, so it can break them:

1. PostgreSQL unreachable for 20 s in the middle of four conversations (cut while a turn
   is saving: at its INSERT); then PostgreSQL ending every connection of the replicas,
   as a restart does;
2. Redis restarted while one person's messages are handled at once by both replicas;
3. the action server killed (SIGKILL) while 20 conversations run, then started again.

The person must only ever see a normal answer or the kind "try again in a moment" in
their language (never an HTTP error or silence); what got the kind answer is not stored
and is simply sent again; every stored conversation holds each answered message once,
in order, and replays; every conversation ends with the right triage.

Figures (turns, events checked, errors seen by the person, recovery time) are printed
(`pytest -s`), recorded as junit properties (results/junit.xml) and written to
results/production_faults.json. Like test_replicas.py, the module skips when PostgreSQL
or Redis (or the redis-server binary) is missing, except under CI=true, where it fails.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Optional
from urllib.parse import urlsplit

import pytest
import requests

from tests.support.assistant import ROOT, Assistant, free_port, joined, texts, triage_of, wait_until
from tests.support.conversation import Patient
from tests.support.production import (
    FIRST,
    POSTGRES_URL,
    RADICULAR,
    RADICULAR_TEXTS,
    check_store,
    postgres_engine,
    postgres_schema,
    production_assistants,
    require_postgres,
    stored_events,
    unavailable,
)
from tests.support.tcp_proxy import TcpProxy

pytestmark = [pytest.mark.e2e, pytest.mark.services]

RESULTS = ROOT / "results" / "production_faults.json"
TRY_AGAIN = {"en": "send your last message again in a moment", "nl": "stuur je laatste bericht zo meteen nog eens"}
PHYSIO = {"level": "physio", "condition": "nonspecific_acute", "duration_days": 21}
PHYSIO_ANSWERS = {"onset": "gradual", "age_band": "20_44"}
PHYSIO_TEXTS = {"en": {"duration_days": "3 weeks"}, "nl": {"duration_days": "3 weken"}}
KEY_PREFIX = "lowbackassistant"  # endpoints.production.yml


# --- a Redis of this module's own, to restart -----------------------------------------------
class PrivateRedis:
    def __init__(self, workdir: Path) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            unavailable("redis-server is not on PATH")
        self.binary = binary
        self.port = free_port()
        self.log = workdir / "redis.log"
        self.process: Optional[subprocess.Popen] = None

    def start(self) -> None:
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen(
                [self.binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
                stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        wait_until(self.ping, 15, "redis-server", self.process, self.log)

    def ping(self) -> bool:
        import redis

        try:
            return bool(redis.Redis(port=self.port, socket_timeout=1, socket_connect_timeout=1).ping())
        except redis.RedisError:
            return False

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()  # SIGTERM: redis-server shuts down (nothing saved)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def client(self):
        import redis

        return redis.Redis(port=self.port, socket_timeout=5)


@dataclass
class Stack:
    schema: str
    proxy: TcpProxy
    redis: PrivateRedis
    replicas: List[Assistant]

    @property
    def actions(self) -> Assistant:
        return self.replicas[0]  # the one that started the action server


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    require_postgres()
    workdir = tmp_path_factory.mktemp("production-faults")
    redis_server = PrivateRedis(workdir)
    redis_server.start()
    pg = urlsplit(POSTGRES_URL)
    proxy = TcpProxy(pg.hostname or "127.0.0.1", pg.port or 5432).start()
    env = {"DB_HOST": "127.0.0.1", "DB_PORT": str(proxy.port), "PGSSLMODE": "disable",  # the proxy reads SQL
           "REDIS_HOST": "127.0.0.1", "REDIS_PORT": str(redis_server.port), "REDIS_DB": "0", "REDIS_PASSWORD": ""}
    try:
        with postgres_schema() as schema:
            with production_assistants(workdir, schema, replicas=2, env_overrides=env) as replicas:
                yield Stack(schema, proxy, redis_server, replicas)
    finally:
        proxy.close()
        redis_server.stop()


@pytest.fixture
def healthy(stack):
    """Every part up at the start (and the end) of each test."""

    def heal() -> None:
        stack.proxy.restore()
        if not stack.redis.running:
            stack.redis.start()
        process = stack.actions.actions
        if process is None or process.poll() is not None:
            stack.actions.start_actions()

    heal()
    yield stack
    heal()


# --- a person who sends the same message again when asked to ----------------------------
@dataclass
class Figures:
    turns: int = 0  # normal answers
    kind_answers: int = 0  # "try again in a moment"
    errors: List[str] = field(default_factory=list)  # seen by the person: HTTP errors, silence, wrong language
    slowest_seconds: float = 0.0
    in_flight: int = 0  # messages sent and not answered yet
    lock = threading.Lock()

    def add(self, **counts: Any) -> None:
        with self.lock:
            for key, value in counts.items():
                if key == "error":
                    self.errors.append(value)
                elif key == "seconds":
                    self.slowest_seconds = max(self.slowest_seconds, value)
                else:
                    setattr(self, key, getattr(self, key) + value)


def kind_answer_language(reply: List[dict]) -> Optional[str]:
    text = joined(reply)
    return next((language for language, phrase in TRY_AGAIN.items() if phrase in text), None)


class Alternating:
    """Looks like one assistant to a patient; every message goes to the next replica (as
    tests.support.production.RoundRobin), remembering which one answered."""

    def __init__(self, replicas: List[Assistant]) -> None:
        self.replicas, self.turns, self.last = replicas, 0, 0

    def send(self, sender: str, message: Any, metadata: Optional[dict] = None) -> List[dict]:
        self.last = self.turns % len(self.replicas)
        self.turns += 1
        return self.replicas[self.last].send(sender, message, metadata)

    def tracker(self, sender: str) -> dict:
        return self.replicas[self.turns % len(self.replicas)].tracker(sender)

    def slots(self, sender: str) -> dict:
        return self.tracker(sender)["slots"]


class PatientWhoRetries(Patient):
    """`Patient`, except that a kind "try again in a moment" makes it send the same message
    again after `pause` seconds (anything else than a normal answer or the kind answer in
    its language is an error the person saw). Only normally answered messages are in the
    transcript: exactly what must be stored."""

    def __init__(self, replicas: List[Assistant], sender: str, language: str, answers: Dict[str, object],
                 figures: Figures, texts: Optional[Dict[str, str]] = None, pause: float = 1.0,
                 think: float = 0.0) -> None:
        super().__init__(Alternating(replicas), sender, language, answers, texts=texts)
        self.figures, self.pause, self.think = figures, pause, think
        self.answered_at: List[float] = []  # monotonic time of each normal answer
        self.answered_by: List[int] = []  # replica index of each normal answer

    def say(self, text: str, deadline: float = 150) -> List[dict]:
        give_up = time.monotonic() + deadline
        while True:
            assert time.monotonic() < give_up, f"no normal answer to {text!r} in {deadline} s\n{self.show()}"
            started = time.monotonic()
            self.figures.add(in_flight=1)
            try:
                reply = self.assistant.send(self.sender, text, self.metadata)
            except requests.RequestException as error:
                self.figures.add(error=f"{self.sender}: {error.__class__.__name__}: {str(error)[:120]}")
                time.sleep(self.pause)
                continue
            finally:
                self.figures.add(in_flight=-1)
            self.figures.add(seconds=time.monotonic() - started)
            kind = kind_answer_language(reply)
            if kind is not None:
                self.figures.add(kind_answers=1)
                if kind != self.language or len(texts(reply)) != 1 or triage_of(reply):
                    self.figures.add(error=f"{self.sender}: kind answer not alone or in {kind}: {texts(reply)}")
                time.sleep(self.pause)
                continue
            if not reply:
                self.figures.add(error=f"{self.sender}: silence")
                time.sleep(self.pause)
                continue
            break
        self.figures.add(turns=1)
        self.answered_at.append(time.monotonic())
        self.answered_by.append(self.assistant.last)
        self.last = reply
        self.transcript.append(("user", text))
        for message in reply:
            self.transcript.append(("bot", message.get("text") or str(message)))
        if self.think:
            time.sleep(self.think)
        return reply

    def requested_slot(self) -> Optional[str]:
        """The tracker as the next replica serves it (slots only: the test's own load kept
        small); while the store is away, asked again."""
        give_up = time.monotonic() + 150
        replica = self.assistant.replicas[self.assistant.turns % len(self.assistant.replicas)]
        while True:
            try:
                response = requests.get(f"{replica.url}/conversations/{self.sender}/tracker",
                                        params={**replica._auth(), "include_events": "NONE"}, timeout=30)
                response.raise_for_status()
                return response.json()["slots"].get("requested_slot")
            except requests.RequestException:
                assert time.monotonic() < give_up, f"tracker not served for 150 s\n{self.show()}"
                time.sleep(self.pause)

    def finish(self, max_turns: int = 30) -> Dict[str, Any]:
        for _ in range(max_turns):
            triage = triage_of(self.last)
            if triage:
                return triage
            slot = self.requested_slot()
            assert slot is not None, f"no question pending and no triage\n{self.show()}\n{self.assistant.slots(self.sender)}"
            self.answer(slot)
        raise AssertionError(f"no triage after {max_turns} turns\n{self.show()}")

    def user_texts(self) -> List[str]:
        return [text for who, text in self.transcript if who == "user"]


FLAGS = {"en": "I can't feel my bum", "nl": "ik kan mijn plas niet ophouden"}


def profile(index: int, red_flags: bool = False) -> Dict[str, Any]:
    """Conversation `index`: English or Dutch; a physio or a doctor result, or (every other
    pair with `red_flags`) a red flag told once the duration is answered: the shortest way
    to a result that still needs the action server several times."""
    language = ("en", "nl")[index % 2]
    pair = index // 2
    kind = "flag" if red_flags and pair % 2 else ("physio", "radicular")[pair // 2 % 2 if red_flags else pair % 2]
    if kind != "radicular":
        result = {"language": language, "answers": PHYSIO_ANSWERS, "texts": PHYSIO_TEXTS[language],
                  "expected": {**PHYSIO, "language": language}}
        if kind == "flag":  # the red flag instead of the leg question
            result["texts"] = {**PHYSIO_TEXTS[language], "leg_pain": FLAGS[language]}
            result["expected"] = {"level": "emergency", "condition": "cauda_equina", "duration_days": 21,
                                  "language": language}
        return result
    return {"language": language, "answers": {}, "texts": RADICULAR_TEXTS[language],
            "expected": {**RADICULAR, "language": language}}


def patient_for(stack: Stack, index: int, figures: Figures, prefix: str, red_flags: bool = False,
                **kwargs: Any) -> PatientWhoRetries:
    p = profile(index, red_flags)
    patient = PatientWhoRetries(stack.replicas, f"{prefix}-{index}-{uuid.uuid4().hex[:8]}", p["language"],
                                p["answers"], figures, texts=p["texts"], **kwargs)
    patient.expected = p["expected"]
    return patient


def run_threads(targets: List[Any], timeout: float = 200) -> List[str]:
    """Runs each callable in a thread; returns the failures (assertion texts)."""
    failures: List[str] = []

    def guarded(target: Any) -> None:
        try:
            target()
        except BaseException as error:  # noqa: BLE001 - reported by the test
            failures.append(f"{error.__class__.__name__}: {error}")

    threads = [threading.Thread(target=guarded, args=(t,), daemon=True) for t in targets]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout)
    failures += ["a conversation did not finish in time" for thread in threads if thread.is_alive()]
    for failure in failures:
        print(f"\n[production faults] {failure}")
    return failures


def report(name: str, figures: Dict[str, Any], record_property: Any) -> None:
    """Prints the figures, records them in the junit XML and in results/production_faults.json."""
    print(f"\n[production faults] {name}: {json.dumps(figures)}")
    for key, value in figures.items():
        record_property(f"{name}.{key}", value)
    RESULTS.parent.mkdir(exist_ok=True)
    try:
        everything = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    except ValueError:
        everything = {}
    everything[name] = {**figures, "measured_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
    RESULTS.write_text(json.dumps(everything, indent=2, sort_keys=True) + "\n")


class Logs:
    """What the replicas logged since this object was made."""

    def __init__(self, stack: Stack) -> None:
        self.stack = stack
        self.offsets = [self._size(r) for r in stack.replicas]

    @staticmethod
    def _size(replica: Assistant) -> int:
        return replica.rasa_log.stat().st_size if replica.rasa_log.exists() else 0

    def text(self) -> str:
        parts = []
        for replica, offset in zip(self.stack.replicas, self.offsets, strict=True):
            with open(replica.rasa_log, "rb") as log:
                log.seek(offset)
                parts.append(log.read().decode(errors="replace"))
        return "".join(parts)

    def figures(self) -> Dict[str, int]:
        text = self.text()
        return {"log_errors": len(re.findall(r"\bERROR\b", text)),
                "lock_errors": text.count("LockError") + text.count("Could not acquire lock"),
                "concurrent_writes": text.count("by another process during this turn"),
                "failed_reads": text.count("reading a conversation failed"),
                "failed_saves": text.count("saving a conversation failed"),
                "lock_releases_retried": text.count("releasing a conversation's lock failed")}


def check_all(stack: Stack, patients: List[PatientWhoRetries]) -> int:
    """Each conversation stored as answered (nothing of a kindly answered turn), replaying
    into the tracker both replicas serve; returns the number of stored events checked."""
    events = 0
    for patient in patients:
        events += len(check_store(stack.schema, stack.replicas, patient.sender, patient.user_texts()))
    return events


# --- 1. PostgreSQL unreachable for 20 s -------------------------------------------------------
OUTAGE_SECONDS = 20


def test_postgres_unreachable_for_20_seconds_mid_conversations(healthy, record_property):
    stack = healthy
    figures = Figures()
    log = Logs(stack)
    patients = [patient_for(stack, index, figures, "pg", pause=0.5, think=0.1) for index in range(4)]
    for patient in patients:  # every conversation in the middle of the check
        patient.say(FIRST[patient.language])
        patient.answer("consent")
    moments: Dict[str, float] = {}

    def outage() -> None:
        time.sleep(1.0)
        stack.proxy.cut_when_sent(b"INSERT INTO events")  # in the middle of a turn's save
        moments["in_save"] = stack.proxy.triggered.wait(10)
        if not moments["in_save"]:
            stack.proxy.cut()
        moments["cut"] = time.monotonic()
        moments["in_flight"] = figures.in_flight
        moments["dropped"] = stack.proxy.dropped
        time.sleep(OUTAGE_SECONDS)
        stack.proxy.restore()
        moments["restored"] = time.monotonic()

    triages: Dict[str, Any] = {}

    def converse(patient: PatientWhoRetries) -> None:
        triages[patient.sender] = patient.finish()

    cutter = threading.Thread(target=outage)
    cutter.start()
    failures = run_threads([lambda p=p: converse(p) for p in patients])
    cutter.join()
    assert not failures, failures
    for patient in patients:
        assert triages[patient.sender] == patient.expected, patient.show()
    after = [(t, by) for p in patients for t, by in zip(p.answered_at, p.answered_by, strict=True) if t > moments["restored"]]
    assert {by for _, by in after} == {0, 1}, "both replicas answered normally after the outage (reconnected)"
    recovery = max(min(t for t in p.answered_at if t > moments["restored"]) - moments["restored"] for p in patients)
    events = check_all(stack, patients)
    logs = log.figures()
    result = {"conversations": len(patients), "outage_seconds": OUTAGE_SECONDS,
              "cut_in_a_save": moments["in_save"], "turns_in_flight_at_cut": moments["in_flight"],
              "connections_dropped_at_cut": moments["dropped"],
              "connections_refused": stack.proxy.refused,
              "turns": figures.turns, "kind_answers": figures.kind_answers,
              "errors_seen_by_person": len(figures.errors), "events_checked": events,
              "recovery_seconds": round(recovery, 2), "slowest_answer_seconds": round(figures.slowest_seconds, 2),
              "triages_right": len(triages), **logs}
    report("postgres_outage", result, record_property)
    assert not figures.errors, figures.errors
    assert figures.kind_answers >= len(patients), "each conversation was answered kindly during the outage"
    assert moments["in_save"] and logs["failed_saves"] >= 1, "the cut came in the middle of a turn's save"
    assert recovery < 10, "every conversation went on within seconds of the database coming back"


def test_postgres_ends_every_connection_as_in_a_restart(healthy, record_property):
    """PostgreSQL ends every connection of the replicas (what a restart does to them;
    pg_terminate_backend, the shared server itself is not restarted): the replicas ping
    a pooled connection before using it and replace the ended ones, so the person sees
    nothing at all."""
    import sqlalchemy as sa

    stack = healthy
    figures = Figures()
    log = Logs(stack)
    patients = [patient_for(stack, index, figures, "ended") for index in (0, 3)]  # en physio, nl doctor
    for patient in patients:
        patient.say(FIRST[patient.language])
        patient.answer("consent")
    ports = stack.proxy.upstream_ports()
    engine = postgres_engine()
    try:
        with engine.connect() as connection:
            ended = connection.execute(
                sa.text("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                        "WHERE client_addr = '127.0.0.1' AND client_port = ANY(:ports)"), {"ports": ports}).scalar()
    finally:
        engine.dispose()
    assert ended >= 2, f"each replica had a pooled connection ({ended} of {ports})"
    started = time.monotonic()
    triages = {patient.sender: patient.finish() for patient in patients}
    first_answer = min(p.answered_at[2] for p in patients) - started
    for patient in patients:
        assert triages[patient.sender] == patient.expected, patient.show()
    events = check_all(stack, patients)
    logs = log.figures()
    result = {"conversations": len(patients), "connections_ended": ended, "turns": figures.turns,
              "kind_answers": figures.kind_answers, "errors_seen_by_person": len(figures.errors),
              "events_checked": events, "first_answer_after_seconds": round(first_answer, 2),
              "triages_right": len(triages), **logs}
    report("postgres_connections_ended", result, record_property)
    assert not figures.errors, figures.errors
    assert figures.kind_answers == 0 and logs["failed_reads"] == logs["failed_saves"] == 0, \
        "the ended connections were replaced before any turn used them"


# --- 2. Redis restarted during concurrent turns of one person ----------------------------------
FAQ = ["what is a hernia?", "should I rest or keep moving?", "do I need a scan?", "what does a physio do?",
       "is heat or cold better?", "can I take painkillers?", "how long will it take to heal?",
       "do I need a prescription?"]


def send_at_once(patient: PatientWhoRetries, texts_: List[str], figures: Figures) -> Dict[str, str]:
    """Sends the texts at the same moment, alternating replicas: text -> "normal" or "kind"."""
    barrier = threading.Barrier(len(texts_))
    outcome: Dict[str, str] = {}
    replicas = patient.assistant.replicas

    def post(index: int, text: str) -> None:
        barrier.wait()
        started = time.monotonic()
        try:
            reply = replicas[index % len(replicas)].send(patient.sender, text)
        except requests.RequestException as error:
            figures.add(error=f"{text!r}: {error.__class__.__name__}: {str(error)[:120]}")
            outcome[text] = "error"
            return
        figures.add(seconds=time.monotonic() - started)
        kind = kind_answer_language(reply)
        if kind is not None:
            figures.add(kind_answers=1)
            if kind != patient.language or len(texts(reply)) != 1:
                figures.add(error=f"{text!r}: kind answer not alone or in {kind}")
            outcome[text] = "kind"
        elif not reply:
            figures.add(error=f"{text!r}: silence")
            outcome[text] = "error"
        else:
            figures.add(turns=1)
            outcome[text] = "normal"

    assert not run_threads([lambda i=i, t=t: post(i, t) for i, t in enumerate(texts_)], timeout=120)
    return outcome


def test_redis_restarted_during_concurrent_turns_of_one_person(healthy, record_property):
    stack = healthy
    figures = Figures()
    log = Logs(stack)
    patient = patient_for(stack, 0, figures, "redis")
    patient.say(FIRST["en"])
    patient.answer("consent")
    patient.answer("onset")
    assert patient.requested_slot() == "duration_days"
    red = stack.redis.client()
    answered: List[str] = []
    restarts: List[Dict[str, float]] = []

    def restart_redis(after: float) -> None:
        time.sleep(after)
        stopped = time.monotonic()
        stack.redis.stop()
        time.sleep(1.0)
        stack.redis.start()
        restarts.append({"stopped": stopped, "back": time.monotonic()})

    recoveries: List[float] = []
    for after in (0.3, 1.5):  # two bursts, Redis restarted early in the one, later in the other
        restarter = threading.Thread(target=restart_redis, args=(after,))
        restarter.start()
        outcome = send_at_once(patient, FAQ[:4] if after < 1 else FAQ[4:], figures)
        restarter.join()
        answered += [text for text, how in outcome.items() if how == "normal"]
        waiting = [text for text, how in outcome.items() if how != "normal"]
        # those told to try again send it again, all at once: now every one is answered
        first_normal = None
        while waiting:
            again = send_at_once(patient, waiting, figures)
            for text, how in again.items():
                if how == "normal":
                    answered.append(text)
                    first_normal = first_normal or time.monotonic()
            waiting = [text for text, how in again.items() if how != "normal"]
            assert len(answered) <= len(FAQ), "a message answered twice"
            if waiting:
                time.sleep(0.5)
            assert time.monotonic() - restarts[-1]["back"] < 60, f"still not answered: {waiting}"
        if first_normal is not None:
            recoveries.append(first_normal - restarts[-1]["back"])
        assert list(red.scan_iter(f"{KEY_PREFIX}:*{patient.sender}")) == [], "no lock left that no one holds"
    assert sorted(answered) == sorted(FAQ), "every message answered exactly once in the end"
    stored = [e.get("text") for e in stored_events(stack.schema, patient.sender) if e["event"] == "user"]
    assert sorted(stored) == sorted(patient.user_texts() + answered), "each answered message stored once, no other"
    assert patient.requested_slot() == "duration_days", "the check still waits for its question"
    triage = patient.finish()
    assert triage == patient.expected, patient.show()
    events = stored_events(stack.schema, patient.sender)
    check_store(stack.schema, stack.replicas, patient.sender, [e.get("text") for e in events if e["event"] == "user"])
    logs = log.figures()
    result = {"restarts": len(restarts), "messages_at_once": 4, "turns": figures.turns,
              "kind_answers": figures.kind_answers, "errors_seen_by_person": len(figures.errors),
              "events_checked": len(events), "recovery_seconds": round(max(recoveries, default=0.0), 2),
              "slowest_answer_seconds": round(figures.slowest_seconds, 2), "locks_left": 0, **logs}
    report("redis_restart", result, record_property)
    assert not figures.errors, figures.errors
    assert figures.kind_answers > 0, "the restarts came in the middle of turns"
    assert figures.slowest_seconds < 30, "no turn waited long on a lock"


# --- 3. the action server killed under load ------------------------------------------------------
CONVERSATIONS = 20


def test_action_server_killed_under_load_of_20_conversations(healthy, record_property):
    stack = healthy
    figures = Figures()
    log = Logs(stack)
    patients = [patient_for(stack, index, figures, "load", red_flags=True, pause=2.0, think=0.2)
                for index in range(CONVERSATIONS)]
    triages: Dict[str, Any] = {}
    moments: Dict[str, float] = {}

    def converse(patient: PatientWhoRetries) -> None:
        patient.say(FIRST[patient.language])
        triages[patient.sender] = patient.finish()

    def kill_and_restart() -> None:
        deadline = time.monotonic() + 120
        while figures.turns < 2 * CONVERSATIONS and time.monotonic() < deadline:
            time.sleep(0.2)  # every conversation well under way
        process = stack.actions.actions
        moments["killed"] = time.monotonic()
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(10)
        moments["turns_before"] = figures.turns
        time.sleep(2.0)
        stack.actions.start_actions()  # the same port: the replicas' ACTION_ENDPOINT_URL
        moments["back"] = time.monotonic()

    killer = threading.Thread(target=kill_and_restart)
    killer.start()
    failures = run_threads([lambda p=p: converse(p) for p in patients], timeout=240)
    killer.join()
    assert not failures, failures
    wrong = {p.sender: triages.get(p.sender) for p in patients if triages.get(p.sender) != p.expected}
    assert not wrong, wrong
    recovery = max((min((t for t in p.answered_at if t > moments["back"]), default=moments["back"])
                    - moments["back"]) for p in patients)
    events = check_all(stack, patients)
    logs = log.figures()
    result = {"conversations": CONVERSATIONS, "turns": figures.turns, "turns_before_kill": moments["turns_before"],
              "kind_answers": figures.kind_answers, "errors_seen_by_person": len(figures.errors),
              "events_checked": events, "action_server_down_seconds": round(moments["back"] - moments["killed"], 2),
              "recovery_seconds": round(recovery, 2), "slowest_answer_seconds": round(figures.slowest_seconds, 2),
              "triages_right": CONVERSATIONS - len(wrong), **logs}
    report("action_server_kill", result, record_property)
    assert not figures.errors, figures.errors
    assert figures.kind_answers > 0, "the kill hit conversations in progress"
    assert recovery < 15, "every conversation went on within seconds of the action server coming back"
