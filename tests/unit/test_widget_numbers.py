"""The web widget shows the emergency number itself (its header and the emergency card
work before any answer of the assistant arrives): it must be the number the assistant's
own answers give for every country a practice can configure."""
import re
from pathlib import Path

from bot.practice import COUNTRY_FACTS

WEB = Path(__file__).resolve().parents[2] / "web" / "src"


def test_the_widget_calls_the_emergency_number_of_every_country():
    numbers = {facts["emergency_number"] for facts in COUNTRY_FACTS.values()}
    assert len(numbers) == 1, "countries with different emergency numbers: the widget needs the practice's"
    (number,) = numbers
    widget = (WEB / "widget.js").read_text(encoding="utf-8")
    texts = (WEB / "i18n.js").read_text(encoding="utf-8")
    assert set(re.findall(r'href: "tel:(\d+)"', widget)) == {number}
    shown = set(re.findall(r"\b(?:call|bel|appelez|Emergency: call|Noodgeval: bel)\s+(\d{3,4})\b", texts, re.I))
    assert shown == {number}
