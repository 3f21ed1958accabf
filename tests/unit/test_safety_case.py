"""scripts/safety_case.py (`make safety-case`): synthetic hazard logs and JUnit files in
tmp_path (a missing, skipped or failed test fails the check, a good one passes, a rules
table that differs from bot/clinical/rules.py fails), and the real hazard log of
docs/clinical-safety/ (it parses, every test it names exists, its rules table matches).
"""
from __future__ import annotations

import copy
import importlib.util
import os
import shutil
import sys
from pathlib import Path
from xml.sax.saxutils import quoteattr

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
SPEC = importlib.util.spec_from_file_location("safety_case", ROOT / "scripts" / "safety_case.py")
safety_case = importlib.util.module_from_spec(SPEC)
sys.modules.setdefault("safety_case", safety_case)
SPEC.loader.exec_module(safety_case)

REAL_LOG = safety_case.load_log(ROOT / safety_case.HAZARD_LOG)

DEMO_TESTS = '''
import pytest


def test_good():
    pass


@pytest.mark.parametrize("x", [1, 2])
def test_param(x):
    pass


async def test_async():
    pass


class TestGroup:
    def test_in_class(self):
        pass


def helper_not_a_test():
    pass
'''


def hazard(tests, **changes):
    entry = {
        "id": "H01",
        "title": "Missed red flag",
        "cause": "a red flag in words the reader does not know",
        "effect": "no escalation",
        "severity": 4,
        "initial_likelihood": 4,
        "initial_risk": 4,
        "residual_likelihood": 1,
        "residual_risk": 2,
        "controls": [{"where": "bot/clinical/rules.py red_flag_triage", "what": "R1-R5 escalate at once"}],
        "tests": tests,
    }
    entry.update(changes)
    return {k: v for k, v in entry.items() if v is not None}


def make_repo(tmp_path: Path, hazards, rules_doc: str | None = None) -> Path:
    root = tmp_path / "repo"
    (root / "tests" / "unit").mkdir(parents=True)
    (root / "tests" / "unit" / "test_demo.py").write_text(DEMO_TESTS)
    (root / safety_case.RULES_PY).parent.mkdir(parents=True)
    shutil.copy(ROOT / safety_case.RULES_PY, root / safety_case.RULES_PY)
    case = root / safety_case.CASE_DIR
    case.mkdir(parents=True)
    log = {"matrix": copy.deepcopy(REAL_LOG["matrix"]), "hazards": hazards}
    (root / safety_case.HAZARD_LOG).write_text(yaml.safe_dump(log, sort_keys=False))
    readme = (ROOT / "docs" / "clinical-rules.md").read_text()  # the project's rules table
    (case / "README.md").write_text(readme if rules_doc is None else rules_doc)
    safety_case.check(root, root / "no-junit.xml", write=True)  # render hazard-log.md
    return root


def junit(tmp_path: Path, cases) -> Path:
    """cases: (classname, name, outcome) with outcome passed | failed | skipped | error."""
    body = {
        "passed": "",
        "failed": '<failure message="assert False">assert False</failure>',
        "error": '<error message="fixture broke">boom</error>',
        "skipped": '<skipped type="pytest.skip" message="no chromium">no chromium</skipped>',
    }
    rows = "".join(
        f"<testcase classname={quoteattr(c)} name={quoteattr(n)} time=\"0.01\">{body[o]}</testcase>"
        for c, n, o in cases
    )
    path = tmp_path / "junit.xml"
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?><testsuites name="pytest tests">'
        f'<testsuite name="pytest" errors="0" failures="0" skipped="0" tests="{len(cases)}">{rows}</testsuite>'
        "</testsuites>"
    )
    return path


DEMO = "tests.unit.test_demo"
ALL_GREEN = [
    (DEMO, "test_good", "passed"),
    (DEMO, "test_param[1]", "passed"),
    (DEMO, "test_param[2]", "passed"),
    (DEMO, "test_async", "passed"),
    (f"{DEMO}.TestGroup", "test_in_class", "passed"),
]
NAMED = [
    "tests/unit/test_demo.py::test_good",
    "tests/unit/test_demo.py::test_param",
    "tests/unit/test_demo.py::test_async",
    "tests/unit/test_demo.py::TestGroup::test_in_class",
]


# --- synthetic cases ---------------------------------------------------------------------


def test_a_good_case_passes(tmp_path, capsys):
    root = make_repo(tmp_path, [hazard(NAMED)])
    problems, summary = safety_case.check(root, junit(tmp_path, ALL_GREEN))
    assert problems == []
    assert summary[0].startswith("1 hazards, 1 controls, 4 named tests")
    assert safety_case.main(["--root", str(root), "--junit", str(tmp_path / "junit.xml")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("clinical safety case OK: 1 hazards") and "every named test passed" in out


def test_test_ids_are_read_with_ast_parametrized_async_and_in_classes(tmp_path):
    root = make_repo(tmp_path, [hazard(NAMED)])
    assert safety_case.collect_test_ids(root) == set(NAMED)


def test_a_missing_test_fails(tmp_path, capsys):
    root = make_repo(tmp_path, [hazard(["tests/unit/test_demo.py::test_nope", "tests/unit/test_other.py::test_good"])])
    problems, _ = safety_case.check(root, junit(tmp_path, ALL_GREEN))
    assert "H01: test tests/unit/test_demo.py::test_nope does not exist" in problems
    assert "H01: test tests/unit/test_other.py::test_good does not exist" in problems
    assert safety_case.main(["--root", str(root), "--junit", str(tmp_path / "junit.xml")]) == 1
    err = capsys.readouterr().err
    assert "clinical safety case: " in err and "  - H01: test tests/unit/test_demo.py::test_nope does not exist" in err


def test_a_test_that_did_not_run_fails(tmp_path):
    root = make_repo(tmp_path, [hazard(NAMED)])
    problems, _ = safety_case.check(root, junit(tmp_path, ALL_GREEN[1:]))
    assert problems == [f"H01: tests/unit/test_demo.py::test_good did not run in the last make test ({tmp_path / 'junit.xml'})"]


@pytest.mark.parametrize("case", [(DEMO, "test_good", "skipped"), (DEMO, "test_param[2]", "skipped")])
def test_a_skipped_test_fails(tmp_path, case):
    root = make_repo(tmp_path, [hazard(NAMED)])
    cases = [case if c[:2] == case[:2] else c for c in ALL_GREEN]
    problems, _ = safety_case.check(root, junit(tmp_path, cases))
    assert len(problems) == 1 and "was skipped in the last make test" in problems[0], problems
    assert case[1].split("[")[0] in problems[0]


@pytest.mark.parametrize("outcome", ["failed", "error"])
@pytest.mark.parametrize("case", [(DEMO, "test_param[1]"), (f"{DEMO}.TestGroup", "test_in_class")])
def test_a_failed_test_fails(tmp_path, case, outcome):
    root = make_repo(tmp_path, [hazard(NAMED)])
    cases = [(*case, outcome) if c[:2] == case else c for c in ALL_GREEN]
    problems, _ = safety_case.check(root, junit(tmp_path, cases))
    assert len(problems) == 1 and "failed in the last make test" in problems[0], problems


def test_no_junit_file_says_run_make_test_first(tmp_path, capsys):
    root = make_repo(tmp_path, [hazard(NAMED)])
    problems, _ = safety_case.check(root, tmp_path / "results" / "junit.xml")
    assert len(problems) == 1 and "run make test first" in problems[0]
    assert safety_case.main(["--root", str(root), "--junit", str(tmp_path / "results" / "junit.xml")]) == 1
    assert "run make test first" in capsys.readouterr().err


def test_a_broken_junit_file_is_named(tmp_path):
    root = make_repo(tmp_path, [hazard(NAMED)])
    path = tmp_path / "junit.xml"
    path.write_text("<testsuites><testsuite>")
    problems, _ = safety_case.check(root, path)
    assert len(problems) == 1 and "not valid XML" in problems[0]


@pytest.mark.parametrize(
    "changes, expected",
    [
        ({"controls": []}, "H01: names no control"),
        ({"tests": []}, "H01: names no test"),
        ({"cause": ""}, "H01: 'cause' is missing or empty"),
        ({"effect": None}, "H01: 'effect' is missing or empty"),
        ({"initial_risk": 3}, "H01: 'initial_risk' is 3, the matrix gives 4 (severity 4, likelihood 4)"),
        ({"severity": 6}, "H01: 'severity' must be 1-5"),
        ({"residual_likelihood": 3, "residual_risk": 3}, "H01: residual risk 3 needs a 'justification'"),
        ({"residual_likelihood": 4, "residual_risk": 4}, "H01: residual risk 4 (mandatory control) is above the acceptable 3"),
        ({"controls": [{"where": "bot/missing.py f", "what": "x"}]}, "H01: control file bot/missing.py does not exist"),
        ({"controls": [{"where": "bot/clinical/rules.py no_such_function", "what": "x"}]}, "H01: no_such_function not found in bot/clinical/rules.py"),
        ({"tests": ["test_good"]}, "H01: 'test_good' is not a pytest node id"),
    ],
)
def test_an_incomplete_hazard_fails(tmp_path, changes, expected):
    root = make_repo(tmp_path, [hazard(NAMED)])
    log = yaml.safe_load((root / safety_case.HAZARD_LOG).read_text())
    log["hazards"][0].update(changes)
    log["hazards"][0] = {k: v for k, v in log["hazards"][0].items() if v is not None}
    (root / safety_case.HAZARD_LOG).write_text(yaml.safe_dump(log, sort_keys=False))
    problems, _ = safety_case.check(root, junit(tmp_path, ALL_GREEN))
    assert any(p.startswith(expected) for p in problems), problems


def test_a_justified_residual_risk_of_3_passes_and_ids_are_unique(tmp_path):
    three = hazard(NAMED, residual_likelihood=3, residual_risk=3, justification="no further reduction is practical")
    root = make_repo(tmp_path, [three, hazard(NAMED[:1], id="H02")])
    assert safety_case.check(root, junit(tmp_path, ALL_GREEN))[0] == []
    root = make_repo(tmp_path / "twice", [three, hazard(NAMED[:1])])
    assert "H01: the id is used twice" in safety_case.check(root, junit(tmp_path, ALL_GREEN))[0]


def test_a_rendering_out_of_date_fails(tmp_path):
    root = make_repo(tmp_path, [hazard(NAMED)])
    md = root / safety_case.HAZARD_MD
    md.write_text(md.read_text().replace("Missed red flag", "Missed flag"))
    problems, _ = safety_case.check(root, junit(tmp_path, ALL_GREEN))
    assert problems == [f"{safety_case.HAZARD_MD} is not the rendering of {safety_case.HAZARD_LOG}: "
                        "run `python scripts/safety_case.py --write`"]


README = (ROOT / "docs" / "clinical-rules.md").read_text()
R7 = "| R7 | `leg_pain` = `below_knee`, or `leg_numbness`, or `leg_weakness` = `stable` | `doctor` | `radicular_syndrome` |"


@pytest.mark.parametrize(
    "old, new, expected",
    [
        ("| `urgent` | `possible_infection` |", "| `doctor` | `possible_infection` |",
         "R3 is doctor/possible_infection in the docs, urgent/possible_infection in bot/clinical/rules.py"),
        ("| `urgent` | `possible_infection` |", "| `doctor` | `possible_infection` |", "a level rises down the table"),
        ("`cauda_equina` |", "`spinal_cord` |", "R1 is emergency/spinal_cord in the docs"),
        (", or `leg_numbness`, or `leg_weakness` = `stable` |", ", or `leg_weakness` = `stable` |",
         "R7's condition differs from bot/clinical/rules.py: the code also reads leg_numbness"),
        ("`age_band` = `70_plus`", "`age_band` = `45_69`",
         "R6's condition differs from bot/clinical/rules.py: the code also reads 70_plus; the docs also name 45_69"),
        (R7 + "\n", "", "rules R1, R2, R3, R4, R5, R6, R8, R9, R10, R11, R12; bot/clinical/rules.py has R1, R2, R3, R4, R5, R6, R7, R8"),
        ("| acute | 0 to 41", "| acute | 0 to 42", "phase acute is (0, 42) in the docs, (0, 41) in bot/clinical/rules.py"),
    ],
)
def test_a_rules_mismatch_fails(tmp_path, old, new, expected):
    assert old in README
    root = make_repo(tmp_path, [hazard(NAMED)], rules_doc=README.replace(old, new, 1))
    problems, _ = safety_case.check(root, junit(tmp_path, ALL_GREEN))
    assert any(expected in p for p in problems), problems


def test_a_rules_change_in_the_code_fails(tmp_path):
    root = make_repo(tmp_path, [hazard(NAMED)])
    rules = root / safety_case.RULES_PY
    rules.write_text(rules.read_text().replace('return Triage("urgent", "possible_infection", "R3")',
                                               'return Triage("doctor", "possible_infection", "R3")'))
    problems, _ = safety_case.check(root, junit(tmp_path, ALL_GREEN))
    assert any("R3 is urgent/possible_infection in the docs, doctor/possible_infection in bot/clinical/rules.py" in p for p in problems)


def test_docs_without_a_rules_table_fail(tmp_path):
    root = make_repo(tmp_path, [hazard(NAMED)], rules_doc="# Safety case\n\nNo table here.\n")
    problems, _ = safety_case.check(root, junit(tmp_path, ALL_GREEN))
    assert any(p.startswith("no rules table") for p in problems), problems


# --- the real safety case (no JUnit file needed) -----------------------------------------


def test_the_real_hazard_log_parses_and_every_named_test_exists():
    existing = safety_case.collect_test_ids(ROOT)
    assert safety_case.hazard_problems(REAL_LOG, ROOT, existing) == []
    named = [t for h in REAL_LOG["hazards"] for t in h["tests"]]
    assert named and all(t in existing for t in named)


def test_the_real_hazard_log_is_rendered():
    rendered = safety_case.render_markdown(REAL_LOG)
    assert (ROOT / safety_case.HAZARD_MD).read_text(encoding="utf-8") == rendered, (
        "run .venv/bin/python scripts/safety_case.py --write"
    )


def test_the_docs_rules_table_matches_bot_rules():
    problems, tables = safety_case.rules_problems(ROOT)
    assert problems == [] and tables >= 1


def test_the_hazards_asked_for_in_issue_15_are_in_the_log():
    titles = " / ".join(h["title"].lower() for h in REAL_LOG["hazards"])
    for words in (
        "missed red flag", "red flag read where there is none", "wrong duration or phase", "wrong language",
        "misread answer", "stale phone numbers or country rules", "assistant down", "message lost",
        "a result shown without the safety questions", "an faq answer given instead of escalating",
        "personal data kept too long or leaked", "typed intent syntax",
    ):
        assert words in titles
    assert all(h["residual_risk"] <= REAL_LOG["matrix"]["acceptable_residual"] for h in REAL_LOG["hazards"])


def test_junit_keys_follow_pytest_node_ids():
    assert safety_case.junit_key("tests/unit/test_x.py::test_y") == "tests.unit.test_x::test_y"
    assert safety_case.junit_key("tests/unit/test_x.py::TestA::test_y") == "tests.unit.test_x.TestA::test_y"


def test_a_test_file_changed_after_the_junit_is_a_warning_not_a_failure(tmp_path):
    root = make_repo(tmp_path, [hazard(NAMED)])
    path = junit(tmp_path, ALL_GREEN)
    os.utime(path, (1_000_000_000, 1_000_000_000))
    problems, summary = safety_case.check(root, path)
    assert problems == []
    assert summary[-1] == f"warning: tests/unit/test_demo.py changed after {path} was written: run make test again"


def test_a_test_in_an_xdist_group_counts_by_its_name(tmp_path):
    # `make test` runs on pytest-xdist with --dist loadgroup: the e2e tests' names end in '@servers' in the JUnit XML
    root = make_repo(tmp_path, [hazard(NAMED)])
    grouped = [(c, f"{n.split('[')[0]}@servers" if "[" not in n else n.replace("]", "]@servers"), o) for c, n, o in ALL_GREEN]
    problems, _ = safety_case.check(root, junit(tmp_path, grouped))
    assert problems == []
