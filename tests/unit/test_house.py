"""The clinical decisions and the readers stay pure Python: no Rasa, rasa_sdk or Sanic.

They are tested in milliseconds and reused by the reports and bench only while they import
nothing of the Rasa side. Checked in a fresh interpreter, so an import hidden behind another
module of ours counts too."""

import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PURE_PACKAGES = ("bot.clinical", "bot.reading", "bot.lang")
FORBIDDEN = ("rasa", "rasa_sdk", "sanic", "tensorflow")


def _modules(package: str) -> list[str]:
    path = ROOT / Path(*package.split("."))
    return [package] + [m.name for m in pkgutil.walk_packages([str(path)], package + ".")]


@pytest.mark.parametrize("package", PURE_PACKAGES)
def test_the_pure_packages_import_no_rasa(package):
    modules = _modules(package)
    assert len(modules) > 3, f"{package} lost its modules"
    probe = (
        "import importlib, json, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        f"print(json.dumps(sorted({{m.split('.')[0] for m in sys.modules}} & set({FORBIDDEN!r}))))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True)
    assert json.loads(out.stdout.strip().splitlines()[-1]) == [], f"{package} pulls in the Rasa side"


def test_the_probe_sees_a_rasa_import():
    """The check above would pass for any package if the probe could not see an import."""
    probe = "import json, sys, bot.stores.tracker_store\nprint(json.dumps('rasa' in sys.modules))"
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True)
    assert json.loads(out.stdout.strip().splitlines()[-1]) is True


def test_no_clinical_or_reading_module_is_left_at_the_top_of_bot():
    top = {p.stem for p in (ROOT / "bot").glob("*.py")}
    assert top <= {"__init__", "practice", "opening_hours"}, sorted(top)
