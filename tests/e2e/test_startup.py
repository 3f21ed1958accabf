"""A broken practice file stops the action server at start-up, naming the key."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.e2e


def test_action_server_refuses_a_broken_practice_file(tmp_path):
    broken = tmp_path / "practice.yml"
    broken.write_text((ROOT / "config/practice.yml").read_text().replace("country: \"BE\"", "country: \"FR\""))
    env = {**os.environ, "PRACTICE_CONFIG": str(broken), "RASA_TELEMETRY_ENABLED": "false"}
    run = subprocess.run([str(Path(sys.executable).parent / "rasa"), "run", "actions", "--actions", "actions",
                          "--port", "0"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode != 0
    assert "practice config: 'country' must be one of ['BE', 'NL'], not 'FR'" in run.stdout + run.stderr
