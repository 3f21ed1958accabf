"""bot/reading/regex.py: the disk cache of compiled patterns is exact and safe.

Each check runs in a fresh process (the cache is loaded once per process), with the cache in a
tmp folder through BOT_REGEX_CACHE. The reading ones import bot.reading.redflags (~15 s cold), so
they start together and are awaited once.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(sys.version_info[:2] != (3, 10), reason="the cache is for CPython 3.10")

MESSAGES = [
    "I can't feel my saddle area and I wet myself this morning",
    "Ik kan sinds gisteren niet meer plassen en mijn benen zijn gevoelloos",
]

# Import the readers, recording every compile through bot.reading.regex; then check each
# Pattern against a fresh re.compile and read MESSAGES.
READ = r"""
import json, re, sys
from bot.reading import regex
seen = []
_compile = regex.compile
def recording(pattern, flags=0):
    compiled = _compile(pattern, flags)
    seen.append((pattern, flags, compiled))
    return compiled
regex.compile = recording
import bot.reading.redflags as redflags
import bot.reading.answers, bot.reading.duration, bot.reading.faq, bot.reading.language, bot.reading.text
regex.compile = _compile
bad = []
if CHECK:
    for pattern, flags, compiled in seen:
        re.purge()
        fresh = re.compile(pattern, flags)
        if not (compiled == fresh and compiled.groupindex == fresh.groupindex
                and compiled.groups == fresh.groups and compiled.flags == fresh.flags):
            bad.append(pattern[:80])
print(json.dumps({
    "compiled": len(seen), "new": len(regex._new), "loaded": regex._stats["hits"], "bad": bad,
    "path": regex._state["path"],
    "flags": [redflags.find_red_flags(m) for m in MESSAGES],
}, default=str))
"""


def _run(code: str, cache: str | None, check: bool = False) -> subprocess.Popen:
    env = dict(os.environ)
    env.pop("BOT_REGEX_CACHE", None)
    env["PYTHONHASHSEED"] = "0"  # a reader joins a set into a pattern: its text changes with the seed
    if cache is not None:
        env["BOT_REGEX_CACHE"] = cache
    prelude = f"CHECK = {check!r}\nMESSAGES = {MESSAGES!r}\n"
    return subprocess.Popen(
        [sys.executable, "-c", prelude + code], cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True
    )


def _result(proc: subprocess.Popen) -> dict:
    out, _ = proc.communicate(timeout=600)
    assert proc.returncode == 0
    return json.loads(out.strip().splitlines()[-1])


def _cache_file(folder: Path) -> Path:
    (found,) = folder.glob("patterns-py*.marshal")
    return found


def _entries(folder: Path) -> dict:
    import marshal

    from bot.reading.regex import _HEADER

    return marshal.loads(_cache_file(folder).read_bytes()[len(_HEADER) + 32 :])


@pytest.fixture(scope="module")
def reading(tmp_path_factory):
    """The readers in fresh processes: no cache, a cold cache, then (after it) corrupt ones."""
    base = tmp_path_factory.mktemp("regex")
    cold, blocked = base / "cold", base / "blocked"
    blocked.write_text("a file, so no folder can be made below it")
    first = {"off": _run(READ, ""), "cold": _run(READ, str(cold))}
    results = {name: _result(proc) for name, proc in first.items()}
    truncated, flipped = base / "truncated", base / "flipped"
    for folder in (truncated, flipped):
        folder.mkdir()
    data = _cache_file(cold).read_bytes()
    (truncated / _cache_file(cold).name).write_bytes(data[: len(data) // 2])
    (flipped / _cache_file(cold).name).write_bytes(data[:-100] + bytes(b ^ 0xFF for b in data[-100:]))
    second = {
        "warm": _run(READ, str(cold), check=True),
        "truncated": _run(READ, str(truncated)),
        "flipped": _run(READ, str(flipped)),
        "unwritable": _run(READ, str(blocked / "regex")),
    }
    results.update({name: _result(proc) for name, proc in second.items()})
    results["dirs"] = {"cold": cold, "truncated": truncated, "flipped": flipped, "blocked": blocked}
    return results


def test_a_warm_cache_gives_every_reader_pattern_as_re_compile_does(reading):
    cold, warm = reading["cold"], reading["warm"]
    assert cold["compiled"] > 1000 and cold["new"] > 1000 and cold["loaded"] == 0
    assert warm["new"] == 0  # every pattern came from the file
    assert warm["loaded"] == cold["new"] and warm["compiled"] == cold["compiled"]
    assert warm["bad"] == []  # ==, groupindex, groups and flags as a fresh re.compile
    assert warm["flags"] == cold["flags"] == reading["off"]["flags"]


def test_the_messages_read_as_meant(reading):
    english, dutch = reading["off"]["flags"]
    assert english and dutch  # red flags found in both, so the comparisons below mean something


@pytest.mark.parametrize("case", ["truncated", "flipped", "unwritable"])
def test_a_bad_file_or_folder_falls_back_silently_and_reads_the_same(reading, case):
    result = reading[case]
    assert result["loaded"] == 0  # nothing taken from a file that does not check out
    assert result["flags"] == reading["off"]["flags"]
    if case == "unwritable":
        assert not (reading["dirs"]["blocked"] / "regex").exists()
    else:  # rewritten whole at exit
        assert _entries(reading["dirs"][case]).keys() == _entries(reading["dirs"]["cold"]).keys()


def test_an_empty_setting_turns_the_cache_off(reading):
    assert reading["off"]["path"] is None and reading["off"]["new"] == 0


SMALL = r"""
import json, re, sys
from bot.reading import regex
regex._WRITE_AFTER = 0  # these patterns compile in microseconds: store them all the same
out = []
for pattern, flags in PATTERNS:
    compiled = regex.compile(pattern, flags)
    re.purge()
    fresh = re.compile(pattern, flags)
    out.append([compiled == fresh, dict(compiled.groupindex) == dict(fresh.groupindex),
                compiled.flags == fresh.flags, compiled.groups == fresh.groups,
                [m.groupdict() for m in compiled.finditer(TEXT)] == [m.groupdict() for m in fresh.finditer(TEXT)]])
print(json.dumps({"checks": out, "new": len(regex._new), "loaded": regex._stats["hits"]}))
"""


def _small(patterns, cache: Path, text: str = "") -> dict:
    patterns = [(pattern, int(flags)) for pattern, flags in patterns]
    code = f"PATTERNS = {patterns!r}\nTEXT = {text!r}\n" + SMALL
    return _result(_run(code, str(cache)))


def test_named_groups_and_flags_are_kept(tmp_path):
    import re

    patterns = [
        (r"(?P<side>left|right)\s+(?P<limb>leg|arm)", re.IGNORECASE),
        (r"(?i)(?P<word>\w+)(?:\s+(?P=word))", 0),
        (r"(?x) (?P<n>\d+) \s* (?:days?|weeks?) # a span", re.MULTILINE | re.DOTALL),
        (r"^(a)(b)?(?P<c>c)$", re.ASCII),
        (r"[à-ÿ]+\b", re.UNICODE | re.VERBOSE),
    ]
    text = "Left LEG right arm the the 3 weeks 12 days abc éèà"
    cold = _small(patterns, tmp_path, text)
    warm = _small(patterns, tmp_path, text)
    assert cold["new"] == len(patterns) and cold["loaded"] == 0
    assert warm["new"] == 0 and warm["loaded"] == len(patterns)
    assert all(all(check) for check in cold["checks"] + warm["checks"])


def test_the_file_stays_bounded_after_a_pattern_change(tmp_path):
    old = [(rf"old pattern {i} (\w+)", 0) for i in range(20)]
    _small(old, tmp_path)
    assert len(_entries(tmp_path)) == 20
    before = _cache_file(tmp_path).stat().st_mtime_ns
    _small(old[:5], tmp_path)  # nothing new: the file is not written
    assert _cache_file(tmp_path).stat().st_mtime_ns == before
    # some patterns edited: old and new kept while within twice the used count
    edited = old[:15] + [(rf"edited pattern {i}", 0) for i in range(5)]
    _small(edited, tmp_path)
    assert len(_entries(tmp_path)) == 25
    # a process using 3 patterns (1 new) drops what it did not use
    _small(old[:2] + [("brand new", 0)], tmp_path)
    assert set(_entries(tmp_path)) == {old[0], old[1], ("brand new", 0)}
    assert list(tmp_path.iterdir()) == [_cache_file(tmp_path)]  # no temp files left behind
