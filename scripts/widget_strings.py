"""The website widget's own texts, from the catalogues: writes web/src/strings.generated.js
from the ``widget`` section of bot/catalogue/<code>.yml for every registered language
(bot.lang.CODES, in that order), so a new language needs no edit in web/src/ (issue 13).

    .venv/bin/python scripts/widget_strings.py            # writes web/src/strings.generated.js
    .venv/bin/python scripts/widget_strings.py --check    # exit 1 if the file is out of date

`make web` runs it before the build. The generated file is committed: web/src/i18n.js
imports it, plain Node reads it without a build (tests/unit/test_french_surroundings.py),
and CI builds from a clean clone. Every language must have exactly the keys of the first
one (English): a missing text would show "undefined" in the widget, so it stops here.
"""
from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from pathlib import Path
from typing import Any, Dict, List, Sequence

import yaml

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bot import lang  # noqa: E402  (after ROOT is on sys.path)

CATALOGUE = ROOT / "bot" / "catalogue"
OUT = ROOT / "web" / "src" / "strings.generated.js"
SECTION = "widget"
#: The key of a language's name in itself (the toggle's label); the rest are the widget's texts.
NAME = "name"
HEADER = "// generated from bot/catalogue/*.yml by scripts/widget_strings.py; do not edit"


class CatalogueError(ValueError):
    """A catalogue without the widget's texts, or with other keys than the first language's."""


def _keys(value: Any, trail: str = "") -> List[str]:
    if isinstance(value, dict):
        return sorted(key for name, item in value.items() for key in _keys(item, f"{trail}{name}."))
    return [trail.rstrip(".")]


def _check_texts(value: Any, trail: str) -> None:
    if isinstance(value, dict):
        for name, item in value.items():
            _check_texts(item, f"{trail}.{name}")
    elif not isinstance(value, str) or not value.strip():
        raise CatalogueError(f"{trail}: a text is needed, found {value!r}")


def widget_texts(catalogue: Path = CATALOGUE, codes: Sequence[str] = lang.CODES) -> Dict[str, Dict[str, Any]]:
    """Each language's widget section (code -> texts), in the order of ``codes``."""
    found: Dict[str, Dict[str, Any]] = {}
    for code in codes:
        path = catalogue / f"{code}.yml"
        if not path.is_file():
            raise CatalogueError(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: missing")
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        section = data.get(SECTION)
        if not isinstance(section, dict):
            raise CatalogueError(f"{path.name}: no '{SECTION}:' section (the website widget's texts)")
        _check_texts(section, f"{path.name} {SECTION}")
        found[code] = section
    first = codes[0]
    for code, section in found.items():
        missing = sorted(set(_keys(found[first])) - set(_keys(section)))
        extra = sorted(set(_keys(section)) - set(_keys(found[first])))
        if missing or extra:
            raise CatalogueError(f"{code}.yml {SECTION}: missing {missing}, not in {first}.yml {extra}")
    if any(NAME not in section for section in found.values()):
        raise CatalogueError(f"every '{SECTION}:' section needs '{NAME}:' (the language's name in itself)")
    return found


def _js(value: Any) -> str:
    """JSON (a JS literal) with the letters as they are and invisible characters escaped."""
    text = json.dumps(value, ensure_ascii=False, indent=2)
    return "".join(
        f"\\u{ord(char):04x}" if char not in "\n " and unicodedata.category(char) in ("Zs", "Zl", "Zp", "Cf", "Cc")
        else char
        for char in text
    )


def render(catalogue: Path = CATALOGUE, codes: Sequence[str] = lang.CODES) -> str:
    """The text of web/src/strings.generated.js."""
    texts = widget_texts(catalogue, codes)
    names = {code: section[NAME] for code, section in texts.items()}
    strings = {code: {key: value for key, value in section.items() if key != NAME} for code, section in texts.items()}
    return (
        f"{HEADER}\n"
        "// (make web, or: .venv/bin/python scripts/widget_strings.py). The widget's own texts are\n"
        "// each catalogue's `widget:` section; the languages are bot.lang.CODES, in that order.\n"
        "\n"
        "/** Each language's name in that language (the toggle's labels, the text sent on a switch). */\n"
        f"export const NAMES = {_js(names)};\n"
        "\n"
        "/** Everything the widget itself says, per language. */\n"
        f"export const STRINGS = {_js(strings)};\n"
    )


def is_current(out: Path = OUT, catalogue: Path = CATALOGUE, codes: Sequence[str] = lang.CODES) -> bool:
    return out.is_file() and out.read_text(encoding="utf-8") == render(catalogue, codes)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is out of date; write nothing")
    args = parser.parse_args(argv)
    try:
        text = render()
    except CatalogueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    shown = OUT.relative_to(ROOT)
    current = OUT.is_file() and OUT.read_text(encoding="utf-8") == text
    if args.check:
        if not current:
            print(f"{shown} is out of date: run .venv/bin/python scripts/widget_strings.py", file=sys.stderr)
            return 1
        return 0
    if not current:  # unchanged: not rewritten, so make sees no new input
        OUT.write_text(text, encoding="utf-8")
        print(f"wrote {shown}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
