"""Test-wide settings."""
from hypothesis import HealthCheck, settings

# No time limits on property tests: timings flake on shared 2-core machines, and
# speed is measured by `make bench`, never asserted in tests.
settings.register_profile("project", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("project")
