"""Emergency and after-hours numbers in the domain's texts agree with bot/practice.py's
COUNTRY_FACTS: a text for one country names only that country's numbers, a text for
every country only numbers that hold in every country (112, not 1733)."""
import re
from pathlib import Path

import yaml

from bot.practice import COUNTRY_FACTS

DOMAIN = Path(__file__).resolve().parents[2] / "domain"
SERVICE_NUMBERS = {number for facts in COUNTRY_FACTS.values()
                   for number in (facts["emergency_number"], facts["after_hours_number"]) if number}


def numbers_of(country: str) -> set:
    facts = COUNTRY_FACTS[country]
    return {facts["emergency_number"], facts["after_hours_number"]} - {""}


def variants():
    for path in sorted(DOMAIN.glob("*.yml")):
        responses = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("responses") or {}
        for name, texts in responses.items():
            for variant in texts:
                countries = [c["value"] for c in variant.get("condition") or [] if c.get("name") == "practice_country"]
                yield f"{path.name}:{name}", variant.get("text") or "", countries


def test_every_service_number_in_a_text_holds_where_that_text_is_shown():
    everywhere = set.intersection(*(numbers_of(country) for country in COUNTRY_FACTS))
    wrong = []
    for where, text, countries in variants():
        allowed = set.intersection(*(numbers_of(c) for c in countries)) if countries else everywhere
        for number in set(re.findall(r"\b\d{3,4}\b", text)) & SERVICE_NUMBERS:
            if number not in allowed:
                wrong.append((where, number, countries or "every country"))
    assert wrong == []


def test_the_texts_do_name_the_numbers():
    found = {number for _, text, _ in variants() for number in re.findall(r"\b\d{3,4}\b", text)}
    assert SERVICE_NUMBERS <= found  # a test that finds no number at all would pass for nothing
