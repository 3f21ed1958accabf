"""Test-wide settings."""
import os
from pathlib import Path

import pytest

# the shared reading-round tests assert in tests/support: rewritten, a failure shows the text and both readings
pytest.register_assert_rewrite("tests.support")

from hypothesis import HealthCheck, settings  # noqa: E402  (after the rewrite registration)

# a fault inside a red-flag rule raises in tests instead of reading as "no red flag" (bot/reading/redflags.py)
os.environ.setdefault("BOT_READERS_STRICT", "1")

# No time limits on property tests: timings flake on shared 2-core machines, and
# speed is measured by `make bench`, never asserted in tests.
settings.register_profile("project", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("project")


# The tests that start servers (the real Rasa and action servers, Chromium, PostgreSQL,
# Redis) share them per session: under pytest-xdist's `--dist loadgroup` they all run on one
# worker, in file order, while the unit tests spread over every worker.
SERVER_DIRS = ("e2e", "browser")


@pytest.hookimpl(tryfirst=True)  # before xdist's own hook, which reads the groups into the test ids
def pytest_collection_modifyitems(config, items):
    tests_dir = Path(__file__).parent
    for item in items:
        if item.path.is_relative_to(tests_dir) and item.path.relative_to(tests_dir).parts[0] in SERVER_DIRS:
            item.add_marker(pytest.mark.xdist_group("servers"))
