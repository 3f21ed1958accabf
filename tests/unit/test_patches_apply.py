"""bot/patches/__init__.py: every patch applied once, from one place, on the pinned Rasa only.
(The patches at work in the real servers: tests/e2e/test_bad_input.py, test_faults.py.)"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from bot import patches

ROOT = Path(__file__).resolve().parents[2]


def test_apply_is_idempotent():
    from rasa.core.actions.action import RemoteAction
    from rasa.core.channels import rest
    from rasa.core.processor import MessageProcessor

    patches.apply_all()
    patched = (MessageProcessor.handle_message, MessageProcessor._run_action, RemoteAction.run,
               RemoteAction._validate_action_result, rest.RestInput._extract_sender, rest.structlogger)
    patches.apply_all()
    patches.apply_all()
    assert patched == (MessageProcessor.handle_message, MessageProcessor._run_action, RemoteAction.run,
                       RemoteAction._validate_action_result, rest.RestInput._extract_sender, rest.structlogger)
    assert MessageProcessor.handle_message.__module__ == "bot.patches.turn_handling"


def test_rasa_applies_the_patches_with_our_nlu_components():
    source = (ROOT / "bot" / "nlu" / "__init__.py").read_text()
    assert "patches.apply_all()" in source


def _calls_apply_all(path: Path) -> bool:
    return any(isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) == "apply_all"
               for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))))


def test_the_patches_are_applied_in_one_place_only():
    """Outside the tests, only bot/nlu/__init__.py calls apply_all()."""
    calls = [str(path.relative_to(ROOT)) for folder in ("bot", "actions", "bench", "scripts")
             for path in sorted((ROOT / folder).rglob("*.py")) if _calls_apply_all(path)]
    assert calls == ["bot/nlu/__init__.py"]


def test_only_the_speed_patches_can_be_skipped(monkeypatch):
    assert patches.SKIPPABLE == ("validator", "events", "graph", "keepalive", "payload", "features")
    monkeypatch.setenv("RASA_PATCHES_SKIP", "graph, payload,turns,,")
    assert patches.skipped() == {"graph", "payload"}


def test_the_patches_refuse_any_rasa_but_the_pinned_one():
    requirements = (ROOT / "requirements.txt").read_text()
    assert f"rasa[spacy]=={patches.PINNED_RASA}" in requirements  # one pin, two places: kept equal
    patches.check_rasa_version(patches.PINNED_RASA)
    with pytest.raises(RuntimeError, match=r"Rasa 3\.6\.21, but Rasa 3\.7\.0 is installed"):
        patches.check_rasa_version("3.7.0")
