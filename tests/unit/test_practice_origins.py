"""allowed_origins of the practice file: the web pages allowed to call Rasa (CORS)."""
import subprocess
import sys

import pytest
import yaml

from bot.practice import DEFAULT_ORIGINS, DEFAULT_PATH, PracticeConfigError, load_practice, parse_practice

ROOT = DEFAULT_PATH.parent.parent
GOOD = yaml.safe_load(DEFAULT_PATH.read_text())


def test_the_shipped_file_allows_the_demo_page_only():
    assert load_practice().allowed_origins == ("http://localhost:8080", "http://127.0.0.1:8080")


def test_optional_with_the_demo_page_as_default():
    raw = {key: value for key, value in GOOD.items() if key != "allowed_origins"}
    assert parse_practice(raw).allowed_origins == DEFAULT_ORIGINS


def test_origins_are_kept_once_in_lower_case():
    origins = ["https://www.Example.be", "https://www.example.be", "http://localhost:3000"]
    assert parse_practice({**GOOD, "allowed_origins": origins}).allowed_origins == (
        "https://www.example.be", "http://localhost:3000")


@pytest.mark.parametrize("bad", [
    [], "https://example.be", ["*"], ["example.be"], ["https://example.be/"], ["https://example.be/chat"],
    ["ftp://example.be"], ["https://example.be:port"], ["https://.*"], [None], ["https://example.be?x=1"],
])
def test_a_bad_origin_is_refused_naming_the_key(bad):
    with pytest.raises(PracticeConfigError, match="'allowed_origins'"):
        parse_practice({**GOOD, "allowed_origins": bad})


def test_command_line_prints_them_for_rasa_run_cors():
    run = subprocess.run([sys.executable, "-m", "bot.practice", "--cors"], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0 and run.stdout.split() == ["http://localhost:8080", "http://127.0.0.1:8080"]
    check = subprocess.run([sys.executable, "-m", "bot.practice"], cwd=ROOT, capture_output=True, text=True)
    assert check.returncode == 0 and check.stdout.startswith("practice config OK")
