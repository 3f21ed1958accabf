"""The project owns its specs: nothing it ships links to files outside the repository
(the team's shared folder is not there in a clone, nor for a practice that deploys it)."""
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# bench/street.py runs the shared sample patients only when that folder happens to exist
OPTIONAL = {"bench/street.py"}


def tracked_text_files():
    listed = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    for name in listed.splitlines():
        path = ROOT / name
        if name in OPTIONAL or path.suffix not in {".py", ".md", ".yml", ".yaml", ".sh", ".txt", ""} or not path.is_file():
            continue
        yield name, path.read_text(encoding="utf-8", errors="replace")


def test_no_file_points_outside_the_repository():
    shared = "../" + "shared/"  # spelled apart so this file does not name it
    outside = [name for name, text in tracked_text_files() if shared in text]
    assert outside == []


def test_the_specs_the_code_names_are_in_docs():
    for spec in ("docs/product.md", "docs/clinical-rules.md"):
        assert (ROOT / spec).is_file(), spec
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "(docs/product.md)" in readme and "(docs/clinical-rules.md)" in readme
