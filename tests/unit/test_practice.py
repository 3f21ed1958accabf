"""The practice file: every value checked at start-up, the bad key named."""
import pytest
import yaml

from bot.practice import DEFAULT_PATH, PracticeConfigError, load_practice, parse_practice

GOOD = yaml.safe_load(DEFAULT_PATH.read_text())


def test_the_shipped_practice_loads():
    practice = load_practice()
    assert practice.country == "BE" and practice.default_language == "nl"
    assert practice.after_hours_number == "1733" and practice.emergency_number == "112"
    slots = practice.slots()
    assert slots["practice_booking_url"].startswith("https://") and slots["practice_retention_days"] == "30"


@pytest.mark.parametrize("key, bad", [
    ("name", ""), ("name", None), ("phone", "call us"), ("email", "info-at-example"), ("address", "  "),
    ("booking_url", "example.be/book"), ("country", "FR"), ("languages", ["de"]), ("languages", []),
    ("opening_hours", "9-17"), ("opening_hours", {"en": "9-17"}), ("retention_days", 0), ("retention_days", "30"),
    ("retention_days", True),
])
def test_a_bad_value_names_its_key(key, bad):
    with pytest.raises(PracticeConfigError, match=f"'{key}'"):
        parse_practice({**GOOD, key: bad})


@pytest.mark.parametrize("key", ["name", "phone", "email", "address", "booking_url", "country", "languages",
                                 "opening_hours", "retention_days"])
def test_a_missing_key_is_named(key):
    raw = dict(GOOD)
    del raw[key]
    with pytest.raises(PracticeConfigError, match=f"'{key}'"):
        parse_practice(raw)


def test_missing_or_broken_file(tmp_path):
    with pytest.raises(PracticeConfigError, match="file not found"):
        load_practice(tmp_path / "nope.yml")
    broken = tmp_path / "broken.yml"
    broken.write_text("name: [unclosed\n")
    with pytest.raises(PracticeConfigError, match="not valid YAML"):
        load_practice(broken)


def test_netherlands_practice():
    practice = parse_practice({**GOOD, "country": "nl"})
    assert practice.country == "NL" and practice.emergency_number == "112"


PLACEHOLDER_FILE = """name: "Kine Demo"   # PLACEHOLDER: the exact name
phone: "+32 3 123 45 67"
email: "info@example.be"                  # PLACEHOLDER
address: "Markt 1, 2800 Mechelen"
opening_hours:
  en: "Monday to Friday 8:00-20:00"   # PLACEHOLDER
  nl: "maandag tot vrijdag 8u-20u"
booking_url: "https://kine.example/boek"
country: "BE"
languages: ["nl", "en"]
retention_days: 30
"""


def test_placeholder_values_are_named_with_their_keys():
    from bot.practice import placeholders

    assert placeholders(PLACEHOLDER_FILE) == ["name", "email", "opening_hours.en"]
    assert placeholders(PLACEHOLDER_FILE.replace("# PLACEHOLDER", "")) == []


def test_production_refuses_placeholder_values_and_development_allows_them(tmp_path, monkeypatch):
    from bot.practice import PracticeConfigError, load_practice

    path = tmp_path / "practice.yml"
    path.write_text(PLACEHOLDER_FILE, encoding="utf-8")
    monkeypatch.delenv("ASSISTANT_ENV", raising=False)
    assert load_practice(path).name == "Kine Demo"  # a demo or development run starts
    monkeypatch.setenv("ASSISTANT_ENV", "production")
    with pytest.raises(PracticeConfigError, match=r"PLACEHOLDER values \(name, email, opening_hours.en\)"):
        load_practice(path)
    path.write_text(PLACEHOLDER_FILE.replace("# PLACEHOLDER", "# checked"), encoding="utf-8")
    assert load_practice(path).email == "info@example.be"  # replaced (or confirmed): starts
