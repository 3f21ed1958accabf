"""The test folders have no __init__.py, so pytest imports each test module by its file name:
two test files with one name in different folders stop the whole run at collection
(found by CI: tests/unit/test_handoff.py and tests/e2e/test_handoff.py)."""
from collections import Counter
from pathlib import Path

TESTS = Path(__file__).resolve().parent.parent


def test_every_test_module_has_its_own_name():
    names = Counter(path.name for path in TESTS.rglob("test_*.py"))
    assert [name for name, count in names.items() if count > 1] == []
