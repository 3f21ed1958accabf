"""The website widget's own texts come from the catalogues (issue 13): each registered
language's `widget:` section of bot/catalogue/<code>.yml, written to
web/src/strings.generated.js by scripts/widget_strings.py, so adding a language needs no
edit in web/src/. A catalogue edited without regenerating the file fails here (the file is
committed: CI and plain Node read it without a build)."""
from __future__ import annotations

import importlib.util
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from bot import lang
from tests.support.nested import leaf_values

ROOT = Path(__file__).resolve().parents[2]
WEB = ROOT / "web"
SCRIPT = ROOT / "scripts" / "widget_strings.py"
GENERATED = WEB / "src" / "strings.generated.js"

_spec = importlib.util.spec_from_file_location("widget_strings_script", SCRIPT)
widget_strings = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(widget_strings)


def _section(code: str) -> dict:
    return yaml.safe_load((ROOT / "bot" / "catalogue" / f"{code}.yml").read_text(encoding="utf-8"))["widget"]


def _keys(value, trail=""):
    if isinstance(value, dict):
        return {key for name, item in value.items() for key in _keys(item, f"{trail}{name}.")}
    return {trail.rstrip(".")}


def test_the_generated_file_is_up_to_date():
    done = subprocess.run([sys.executable, str(SCRIPT), "--check"], cwd=ROOT, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    assert GENERATED.read_text(encoding="utf-8").startswith(
        "// generated from bot/catalogue/*.yml by scripts/widget_strings.py; do not edit\n")


def test_a_catalogue_edit_without_regenerating_is_found(tmp_path):
    for code in lang.CODES:
        shutil.copy(ROOT / "bot" / "catalogue" / f"{code}.yml", tmp_path / f"{code}.yml")
    assert widget_strings.is_current(GENERATED, tmp_path)
    french = tmp_path / f"{lang.CODES[-1]}.yml"
    data = yaml.safe_load(french.read_text(encoding="utf-8"))
    data["widget"]["send"] += "!"
    french.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert not widget_strings.is_current(GENERATED, tmp_path)


def test_a_language_without_a_text_stops_the_script(tmp_path):
    for code in lang.CODES:
        shutil.copy(ROOT / "bot" / "catalogue" / f"{code}.yml", tmp_path / f"{code}.yml")
    last = tmp_path / f"{lang.CODES[-1]}.yml"
    data = yaml.safe_load(last.read_text(encoding="utf-8"))
    del data["widget"]["levels"]["doctor"]
    last.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(widget_strings.CatalogueError, match=r"levels\.doctor"):
        widget_strings.render(tmp_path)


@pytest.mark.parametrize("code", lang.CODES)
def test_every_language_has_every_widget_text(code):
    section, english = _section(code), _section(lang.CODES[0])
    assert _keys(section) == _keys(english), code
    assert all(isinstance(text, str) and text.strip() for text in leaf_values(section)), code
    # every text the widget reads (t.<key> in web/src/widget.js) is there
    widget = (WEB / "src" / "widget.js").read_text(encoding="utf-8")
    read = set(re.findall(r"\bt\.([A-Za-z]\w*)", widget)) - {"languageNames"}  # languageNames: every `name`
    assert read and read <= set(section), sorted(read - set(section))
    # one heading per triage level the widget draws a result card for (LEVELS in widget.js)
    levels = re.search(r"const LEVELS = \{(.*?)\};", widget, re.S).group(1)
    assert set(section["levels"]) == set(re.findall(r"^\s*(\w+):", levels, re.M))


def test_the_widget_says_the_catalogues_texts():
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed")
    script = ("import * as i18n from './src/i18n.js';"
              "console.log(JSON.stringify({languages: i18n.LANGUAGES,"
              " strings: Object.fromEntries(i18n.LANGUAGES.map((c) => [c, i18n.strings(c)]))}))")
    done = subprocess.run([node, "--input-type=module", "-e", script], cwd=WEB, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["languages"] == list(lang.CODES)  # the toggle's buttons, in the packs' order
    names = {code: _section(code)["name"] for code in lang.CODES}
    for code in lang.CODES:
        expected = {key: value for key, value in _section(code).items() if key != "name"}
        assert result["strings"][code] == {**expected, "languageNames": names}, code
    assert names[lang.CODES[0]] == "English"
