"""The web widget shows the emergency number itself (its header and the emergency card
work before any answer of the assistant arrives): it must be the number the assistant's
own answers give for every country a practice can configure. The widget's texts are the
catalogues' `widget:` sections (scripts/widget_strings.py), one per registered language."""
import re
from pathlib import Path

import yaml

from bot import lang
from bot.practice import COUNTRY_FACTS
from tests.support.nested import leaf_values

ROOT = Path(__file__).resolve().parents[2]
WEB = ROOT / "web" / "src"


def test_the_widget_calls_the_emergency_number_of_every_country():
    numbers = {facts["emergency_number"] for facts in COUNTRY_FACTS.values()}
    assert len(numbers) == 1, "countries with different emergency numbers: the widget needs the practice's"
    (number,) = numbers
    widget = (WEB / "widget.js").read_text(encoding="utf-8")
    assert set(re.findall(r'href: "tel:(\d+)"', widget)) == {number}
    for code in lang.CODES:
        catalogue = yaml.safe_load((ROOT / "bot" / "catalogue" / f"{code}.yml").read_text(encoding="utf-8"))
        texts = list(leaf_values(catalogue["widget"]))
        # the number the widget shows in this language: its "call 112" button and emergency card
        shown = {found for text in texts for found in re.findall(r"\b\d{3,4}\b", text)}
        assert shown == {number}, code
