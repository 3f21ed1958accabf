"""A fault inside the red-flag reader (session 46, found by round R3): it used to read as "no red flag" with no trace.

A patient's message must never crash the check, so in a server the reader still returns what it read, but it now logs the
fault (the message's length only: no health data in logs). Under tests (BOT_READERS_STRICT=1, set in tests/conftest.py) the
fault raises, so a broken rule fails a test instead of passing as a missed flag.
"""
from __future__ import annotations

import logging

import pytest

from bot.reading import redflags


def _broken(*_args, **_kwargs):
    raise KeyError("a rule's name that does not exist")


@pytest.fixture
def broken_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(redflags, "_prefilter", _broken)
    redflags._EVALUATIONS.clear()


def test_the_tests_run_strict() -> None:
    assert redflags._STRICT


def test_a_fault_raises_under_tests(broken_rules: None) -> None:
    with pytest.raises(KeyError):
        redflags.find_red_flags("my bum is numb and I can't hold my pee")


def test_a_fault_in_a_server_is_logged_without_the_message(broken_rules: None, monkeypatch: pytest.MonkeyPatch,
                                                           caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr(redflags, "_STRICT", False)
    with caplog.at_level(logging.ERROR, logger="bot.reading.redflags"):
        assert redflags.find_red_flags("mijn poep is gevoelloos") == {}
    assert "red-flag reader failed on a message of" in caplog.text
    assert "gevoelloos" not in caplog.text
