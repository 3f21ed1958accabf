"""`python -m bench.street`: the street patients (tests/data/street_patients.yml) against
the real assistant, with figures per language; then the blind street patients
(tests/data/street_patients_blind.yml: written blind, never tuned on), reported apart.

Starts the action server and Rasa with the trained model as the e2e tests do
(tests.support.assistant.start_assistant), plays every street patient over REST
(tests/support/street.py) and prints per registered language (bot.lang.CODES; a language
with no street patients in the file is named as skipped): patients, exactly right %, at or
above the expected level %, red flags escalated, mean turns to the result, and how
often a slot told in the first message was asked again. Then, if
../shared/tools/sample-patients/ exists, runs its simulate.py against a second Rasa
server on the same action server, started without a token (simulate.py reads the
tracker without one), and prints its summary.

    python -m bench.street [--only ID] [--show-failures] [--no-sample]
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import List

from bench.servers import shipped_endpoints
from bot import lang
from tests.support.assistant import Assistant, start_assistant
from tests.support.street import PATIENTS, ROOT, Played, format_summary, load_patients, play, summarise

SAMPLE = ROOT.parent / "shared" / "tools" / "sample-patients"
BLIND = PATIENTS.with_name("street_patients_blind.yml")


def play_all(assistant: Assistant, only: str = "", path: Path = PATIENTS) -> List[Played]:
    results = []
    for patient in load_patients(path):
        if only and patient["id"] != only:
            continue
        sender = f"street-{patient['id']}-{uuid.uuid4().hex[:6]}"
        results.append(play(assistant.send, assistant.slots, patient, sender))
    return results


def report(results: List[Played], show_failures: bool, source: str = PATIENTS.name) -> None:
    for language in lang.CODES:
        mine = [r for r in results if r.patient["lang"] == language]
        if mine:
            print(format_summary(language, summarise(mine)))
        else:
            print(f"{language}: no street patients in {source}: skipped")
    unregistered = sorted({r.patient["lang"] for r in results} - set(lang.CODES))
    for language in unregistered:  # counted in "all" below, but no registered pack speaks them
        print(format_summary(f"{language} (not a registered pack)",
                             summarise([r for r in results if r.patient["lang"] == language])))
    print(format_summary("all", summarise(results)))
    for r in results:
        if not r.exact or r.asked_again or r.error or r.not_understood:
            print(f"  {'OK   ' if r.exact else 'WRONG'} {r.patient['id']}: expected {r.expect}, got {r.got}, "
                  f"asked again {r.asked_again}, not understood {r.not_understood}{', ' + r.error if r.error else ''}")
            if show_failures and (not r.exact or r.error):
                print(r.show())


def run_sample(assistant: Assistant, workdir: Path) -> None:
    """simulate.py against a token-less Rasa server on loopback, sharing our action server."""
    simulate = SAMPLE / "simulate.py"
    if not simulate.exists():
        print(f"(no {simulate}: sample patients skipped)")
        return
    second = Assistant(workdir / "sample", token=None,
                       endpoints=shipped_endpoints(f"{assistant.actions_url}/webhook", workdir / "sample"))
    try:
        second.start_rasa()
        started = time.monotonic()
        done = subprocess.run([sys.executable, str(simulate), "--url", second.url], cwd=SAMPLE,
                              capture_output=True, text=True, timeout=600)
        print(f"sample patients ({SAMPLE}), {time.monotonic() - started:.0f} s, exit {done.returncode}:")
        print(done.stdout.strip() or done.stderr.strip()[-2000:])
    finally:
        second.stop_rasa()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", default="", help="one patient id")
    parser.add_argument("--show-failures", action="store_true", help="print the transcript of each wrong result")
    parser.add_argument("--no-sample", action="store_true", help="skip ../shared/tools/sample-patients")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="lowback-street-") as tmp:
        with start_assistant(Path(tmp) / "assistant") as assistant:
            started = time.monotonic()
            results = play_all(assistant, args.only)
            print(f"street patients: {len(results)} in {time.monotonic() - started:.0f} s "
                  f"(model {ROOT / 'models' / 'current.tar.gz'})")
            report(results, args.show_failures)
            if BLIND.exists() and not args.only:
                blind = play_all(assistant, path=BLIND)
                print(f"blind street patients ({BLIND.name}, never tuned on): {len(blind)}")
                report(blind, args.show_failures, BLIND.name)
            if not args.no_sample and not args.only:
                run_sample(assistant, Path(tmp))


if __name__ == "__main__":
    main()
