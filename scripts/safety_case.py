#!/usr/bin/env python3
"""Check the clinical safety case in docs/clinical-safety/ (`make safety-case`).

1. The hazard log (docs/clinical-safety/hazard-log.yml) is well formed: every hazard
   has a cause, an effect, a severity and likelihoods on the 5x5 matrix with the
   risks that matrix gives, at least one control that names a file of the product
   (and the function or name in it), and at least one test named by its pytest node
   id (`tests/unit/test_x.py::test_y`) that exists in tests/ (read with `ast`, so a
   parametrized test counts once by its function name). A residual risk above the
   acceptable level fails; one that needs a reason has it.
2. Every named test ran green in the last `make test` (results/junit.xml): failed,
   skipped or absent fails the check; a parametrized test needs all its cases green.
3. Every rules table in docs/ (a table with the columns rule | when | level |
   condition) matches bot/clinical/rules.py: the same rules in the same order, the same
   level and condition, and the same slots and values in the "when" column as in
   the code's test for that rule; the phase table matches the phase limits.
4. docs/clinical-safety/hazard-log.md is the rendering of the yml
   (`python scripts/safety_case.py --write` regenerates it).

Pure Python (PyYAML and the standard library; no Rasa import, no test run). Exits 1
with the list of problems, or prints a short summary.
"""
from __future__ import annotations

import argparse
import ast
import datetime as dt
import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional, Sequence, Set, Tuple

import yaml

ROOT = Path(__file__).resolve().parent.parent
CASE_DIR = Path("docs/clinical-safety")
HAZARD_LOG = CASE_DIR / "hazard-log.yml"
HAZARD_MD = CASE_DIR / "hazard-log.md"
RULES_PY = Path("bot/clinical/rules.py")
DOCS = Path("docs")
JUNIT = Path("results/junit.xml")

SCALE = (1, 2, 3, 4, 5)
REQUIRED_TEXT = ("id", "title", "cause", "effect")
RULES_HEADER = ("rule", "when", "level", "condition")
PHASE_HEADER = ("phase", "duration_days")


class CaseError(Exception):
    """The hazard log cannot be read at all."""


# --- the hazard log ---------------------------------------------------------------


def load_log(path: Path) -> Dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CaseError(f"{path}: not found") from None
    except yaml.YAMLError as error:
        raise CaseError(f"{path}: not valid YAML: {error}") from None
    if not isinstance(data, dict) or not isinstance(data.get("hazards"), list):
        raise CaseError(f"{path}: needs a mapping with a 'hazards' list")
    if not isinstance(data.get("matrix"), dict):
        raise CaseError(f"{path}: needs the 'matrix' the risks are read from")
    return data


def matrix_problems(matrix: Dict[str, Any]) -> List[str]:
    problems = []
    for key in ("severity", "likelihood", "risk_class"):
        names = matrix.get(key)
        if not isinstance(names, dict) or sorted(names) != list(SCALE):
            problems.append(f"matrix: '{key}' must name the levels 1 to 5")
    risk = matrix.get("risk")
    if not isinstance(risk, dict) or sorted(risk) != list(SCALE) or any(
        not isinstance(row, list) or len(row) != 5 or any(v not in SCALE for v in row) for row in risk.values()
    ):
        problems.append("matrix: 'risk' must map each likelihood 1-5 to five risks (severity 1-5), each 1-5")
    for key in ("acceptable_residual", "justify_from"):
        if matrix.get(key) not in SCALE:
            problems.append(f"matrix: '{key}' must be a risk 1-5")
    return problems


def risk_of(matrix: Dict[str, Any], severity: Any, likelihood: Any) -> Optional[int]:
    try:
        return matrix["risk"][likelihood][severity - 1]
    except (KeyError, TypeError, IndexError):
        return None


def split_node_id(node_id: str) -> Tuple[str, Tuple[str, ...]]:
    """'tests/unit/test_x.py::test_y' -> ('tests/unit/test_x.py', ('test_y',))."""
    path, _, rest = node_id.partition("::")
    names = tuple(rest.split("::")) if rest else ()
    return path, names


def control_problems(where: Any, root: Path, label: str) -> List[str]:
    """`where` is 'path/to/file name1 name2': the file exists and holds each name."""
    if not isinstance(where, str) or not where.strip():
        return [f"{label}: a control needs 'where' (a file of the product and the name in it)"]
    path, *names = where.split()
    file = root / path
    if not file.is_file():
        return [f"{label}: control file {path} does not exist"]
    text = file.read_text(encoding="utf-8", errors="replace")
    return [f"{label}: {name} not found in {path}" for name in names if name not in text]


def hazard_problems(log: Dict[str, Any], root: Path, existing: Set[str]) -> List[str]:
    """Everything wrong with the log except the test results (those need the JUnit XML)."""
    matrix = log["matrix"]
    problems = matrix_problems(matrix)
    if problems:
        return problems
    seen: Set[str] = set()
    for index, hazard in enumerate(log["hazards"]):
        if not isinstance(hazard, dict):
            problems.append(f"hazard #{index + 1}: not a mapping")
            continue
        label = str(hazard.get("id") or f"hazard #{index + 1}")
        for key in REQUIRED_TEXT:
            if not isinstance(hazard.get(key), str) or not hazard[key].strip():
                problems.append(f"{label}: '{key}' is missing or empty")
        if label in seen:
            problems.append(f"{label}: the id is used twice")
        seen.add(label)
        severity = hazard.get("severity")
        if severity not in SCALE:
            problems.append(f"{label}: 'severity' must be 1-5")
        for stage in ("initial", "residual"):
            likelihood = hazard.get(f"{stage}_likelihood")
            if likelihood not in SCALE:
                problems.append(f"{label}: '{stage}_likelihood' must be 1-5")
                continue
            expected = risk_of(matrix, severity, likelihood)
            if expected is not None and hazard.get(f"{stage}_risk") != expected:
                problems.append(
                    f"{label}: '{stage}_risk' is {hazard.get(f'{stage}_risk')!r}, the matrix gives {expected} "
                    f"(severity {severity}, likelihood {likelihood})"
                )
        residual = hazard.get("residual_risk")
        if isinstance(residual, int) and residual in SCALE:
            if isinstance(hazard.get("initial_risk"), int) and residual > hazard["initial_risk"]:
                problems.append(f"{label}: the residual risk is higher than the initial risk")
            if residual > matrix["acceptable_residual"]:
                problems.append(
                    f"{label}: residual risk {residual} ({matrix['risk_class'][residual]}) is above the "
                    f"acceptable {matrix['acceptable_residual']}: add controls or stop using the product for this"
                )
            elif residual >= matrix["justify_from"] and not str(hazard.get("justification") or "").strip():
                problems.append(f"{label}: residual risk {residual} needs a 'justification' (why no further reduction)")
        controls = hazard.get("controls")
        if not isinstance(controls, list) or not controls:
            problems.append(f"{label}: names no control")
        else:
            for control in controls:
                if not isinstance(control, dict) or not str(control.get("what") or "").strip():
                    problems.append(f"{label}: a control needs 'where' and 'what'")
                    continue
                problems.extend(control_problems(control.get("where"), root, label))
        tests = hazard.get("tests")
        if not isinstance(tests, list) or not tests:
            problems.append(f"{label}: names no test")
        else:
            for node_id in tests:
                if not isinstance(node_id, str) or "::" not in node_id:
                    problems.append(f"{label}: {node_id!r} is not a pytest node id (tests/...py::test_name)")
                elif node_id not in existing:
                    problems.append(f"{label}: test {node_id} does not exist")
            if isinstance(tests, list) and len(set(map(str, tests))) != len(tests):
                problems.append(f"{label}: a test is named twice")
    return problems


# --- the tests that exist ---------------------------------------------------------------


def collect_test_ids(root: Path, tests_dir: str = "tests") -> Set[str]:
    """Node ids of every test function (and method of a Test class) under tests/, read
    with ast: 'tests/unit/test_x.py::test_y', 'tests/unit/test_x.py::TestA::test_y'."""
    ids: Set[str] = set()
    for file in sorted((root / tests_dir).rglob("test_*.py")):
        rel = file.relative_to(root).as_posix()
        try:
            tree = ast.parse(file.read_text(encoding="utf-8"), filename=rel)
        except SyntaxError:
            continue
        for node in tree.body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name.startswith("test"):
                ids.add(f"{rel}::{node.name}")
            elif isinstance(node, ast.ClassDef) and node.name.startswith("Test"):
                for item in node.body:
                    if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)) and item.name.startswith("test"):
                        ids.add(f"{rel}::{node.name}::{item.name}")
    return ids


# --- the last `make test` ---------------------------------------------------------------


@dataclass
class Outcome:
    passed: int = 0
    failed: List[str] = field(default_factory=list)
    skipped: List[str] = field(default_factory=list)


def junit_outcomes(path: Path) -> Dict[str, Outcome]:
    """pytest's JUnit XML by test node id without parameters: 'tests/unit/test_x.py::test_y'."""
    tree = ET.parse(path)
    outcomes: Dict[str, Outcome] = {}
    for case in tree.iter("testcase"):
        classname, name = case.get("classname", ""), case.get("name", "")
        base = name.split("[", 1)[0].split("@", 1)[0]
        # pytest writes the node id 'tests/unit/test_x.py::TestA::test_y[p]' as
        # classname 'tests.unit.test_x.TestA' and name 'test_y[p]'; under pytest-xdist's
        # --dist loadgroup a grouped test's id ends in '@group' (tests/conftest.py).
        key = f"{classname}::{base}"
        outcome = outcomes.setdefault(key, Outcome())
        if case.find("failure") is not None or case.find("error") is not None:
            outcome.failed.append(name)
        elif case.find("skipped") is not None:
            outcome.skipped.append(name)
        else:
            outcome.passed += 1
    return outcomes


def junit_key(node_id: str) -> str:
    path, names = split_node_id(node_id)
    module = path[:-3] if path.endswith(".py") else path
    dotted = ".".join([module.replace("/", ".")] + list(names[:-1]))
    return f"{dotted}::{names[-1] if names else ''}"


def result_problems(log: Dict[str, Any], junit: Path) -> List[str]:
    if not junit.is_file():
        return [f"{junit}: not found: run make test first (it writes the JUnit XML the safety case checks)"]
    try:
        outcomes = junit_outcomes(junit)
    except ET.ParseError as error:
        return [f"{junit}: not valid XML ({error}): run make test again"]
    problems = []
    for hazard in log["hazards"]:
        if not isinstance(hazard, dict) or not isinstance(hazard.get("tests"), list):
            continue
        for node_id in hazard["tests"]:
            if not isinstance(node_id, str):
                continue
            outcome = outcomes.get(junit_key(node_id))
            label = hazard.get("id", "?")
            if outcome is None:
                problems.append(f"{label}: {node_id} did not run in the last make test ({junit})")
            elif outcome.failed:
                problems.append(f"{label}: {node_id} failed in the last make test: {', '.join(outcome.failed[:3])}")
            elif outcome.skipped:
                problems.append(
                    f"{label}: {node_id} was skipped in the last make test ({', '.join(outcome.skipped[:3])}): "
                    "a control verified by a skipped test is not verified"
                )
    return problems


def stale_test_files(log: Dict[str, Any], root: Path, junit: Path) -> List[str]:
    """Named test files changed after the JUnit XML was written (a warning, not a failure)."""
    if not junit.is_file():
        return []
    written = junit.stat().st_mtime
    files = {split_node_id(t)[0] for h in log["hazards"] if isinstance(h, dict) for t in h.get("tests") or [] if isinstance(t, str)}
    return sorted(f for f in files if (root / f).is_file() and (root / f).stat().st_mtime > written)


# --- the rules table --------------------------------------------------------------------


@dataclass(frozen=True)
class RuleRow:
    rule: str
    level: str
    condition: str
    tokens: frozenset  # slots and values the rule's test reads


def _strings(node: ast.AST, names: Dict[str, ast.AST], depth: int = 0) -> Set[str]:
    """The string constants of an expression, local names replaced by what they hold."""
    found: Set[str] = set()
    for sub in ast.walk(node):
        if isinstance(sub, ast.Constant) and isinstance(sub.value, str):
            found.add(sub.value)
        elif isinstance(sub, ast.Name) and sub.id in names and depth < 5:
            found |= _strings(names[sub.id], names, depth + 1)
    return found


def _triage_call(node: ast.AST) -> Optional[Tuple[str, str, str]]:
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "Triage"
        and len(node.args) == 3
        and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args)
    ):
        level, condition, rule = (a.value for a in node.args)
        return level, condition, rule
    return None


def _rules_in(statements: Sequence[ast.stmt], test: Optional[ast.AST], names: Dict[str, ast.AST],
              rows: List[RuleRow]) -> None:
    """Walk a function body: local assignments are remembered, each `return Triage(...)`
    becomes a rule with the slots and values of the `if` it is directly under."""
    for stmt in statements:
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
            names[stmt.targets[0].id] = stmt.value
        elif isinstance(stmt, ast.If):
            _rules_in(stmt.body, stmt.test, names, rows)
            _rules_in(stmt.orelse, None, names, rows)
        elif isinstance(stmt, ast.Return) and stmt.value is not None:
            call = _triage_call(stmt.value)
            if call:
                level, condition, rule = call
                tokens = _strings(test, names) if test is not None else set()
                rows.append(RuleRow(rule, level, condition, frozenset(tokens)))


def rules_in_code(source: str) -> Tuple[List[RuleRow], Dict[str, Any]]:
    """The rules of bot/clinical/rules.py in source order (each `return Triage(level, condition,
    rule)` with the `if` it is under), and its module constants."""
    tree = ast.parse(source)
    constants: Dict[str, Any] = {}
    rows: List[RuleRow] = []
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            try:
                constants[node.targets[0].id] = ast.literal_eval(node.value)
            except (ValueError, TypeError, SyntaxError):
                pass
        elif isinstance(node, ast.FunctionDef):
            _rules_in(node.body, None, {}, rows)
    return rows, constants


def markdown_tables(text: str) -> List[Tuple[Tuple[str, ...], List[List[str]], int]]:
    """Every pipe table of a markdown text: (header cells lower-cased, rows, line number)."""
    tables = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        if line.startswith("|") and i + 1 < len(lines) and re.fullmatch(r"\|?[\s:|-]+\|?", lines[i + 1].strip() or "x"):
            header = tuple(c.strip().strip("`").lower() for c in _cells(line))
            rows, j = [], i + 2
            while j < len(lines) and lines[j].strip().startswith("|"):
                rows.append(_cells(lines[j].strip()))
                j += 1
            tables.append((header, rows, i + 1))
            i = j
        else:
            i += 1
    return tables


def _cells(line: str) -> List[str]:
    line = line.strip()
    if line.startswith("|"):
        line = line[1:]
    if line.endswith("|"):
        line = line[:-1]
    return [c.strip() for c in re.split(r"(?<!\\)\|", line)]


def _plain(cell: str) -> str:
    return cell.strip().strip("`").strip()


def rules_in_docs(text: str) -> List[Tuple[int, List[RuleRow]]]:
    found = []
    for header, rows, line in markdown_tables(text):
        if header[: len(RULES_HEADER)] != RULES_HEADER:
            continue
        table = []
        for cells in rows:
            if len(cells) < 4:
                continue
            tokens = frozenset(re.findall(r"`([^`]+)`", cells[1]))
            table.append(RuleRow(_plain(cells[0]), _plain(cells[2]), _plain(cells[3]), tokens))
        found.append((line, table))
    return found


def phase_rows(text: str) -> List[Tuple[int, Dict[str, Tuple[int, Optional[int]]]]]:
    """Phase tables: phase -> (first day, last day or None for 'and more')."""
    found = []
    for header, rows, line in markdown_tables(text):
        if header[:2] != PHASE_HEADER:
            continue
        phases = {}
        for cells in rows:
            numbers = [int(n) for n in re.findall(r"\d+", cells[1].split("(")[0])] if len(cells) > 1 else []
            if numbers:
                phases[_plain(cells[0])] = (numbers[0], numbers[1] if len(numbers) > 1 else None)
        found.append((line, phases))
    return found


def rules_problems(root: Path, doc_files: Optional[Iterable[Path]] = None) -> Tuple[List[str], int]:
    """Compare every rules table (and phase table) in docs/ with bot/clinical/rules.py.
    Returns the problems and the number of rules tables compared."""
    if not (root / RULES_PY).is_file():
        return [f"{RULES_PY}: not found"], 0
    code, constants = rules_in_code((root / RULES_PY).read_text(encoding="utf-8"))
    problems: List[str] = []
    if not code:
        return [f"{RULES_PY}: no `return Triage(level, condition, rule)` found"], 0
    levels = constants.get("LEVELS")
    files = sorted(doc_files if doc_files is not None else (root / DOCS).rglob("*.md"))
    compared = 0
    for file in files:
        text = file.read_text(encoding="utf-8")
        name = file.relative_to(root).as_posix() if file.is_relative_to(root) else str(file)
        for line, table in rules_in_docs(text):
            compared += 1
            where = f"{name}:{line}"
            doc_ids, code_ids = [r.rule for r in table], [r.rule for r in code]
            if doc_ids != code_ids:
                problems.append(f"{where}: rules {', '.join(doc_ids)}; {RULES_PY} has {', '.join(code_ids)} (in this order)")
            by_id = {r.rule: r for r in code}
            for row in table:
                ref = by_id.get(row.rule)
                if ref is None:
                    continue
                if (row.level, row.condition) != (ref.level, ref.condition):
                    problems.append(
                        f"{where}: {row.rule} is {row.level}/{row.condition} in the docs, "
                        f"{ref.level}/{ref.condition} in {RULES_PY}"
                    )
                if row.tokens != ref.tokens:
                    missing, extra = sorted(ref.tokens - row.tokens), sorted(row.tokens - ref.tokens)
                    detail = "; ".join(
                        part for part in (
                            f"the code also reads {', '.join(missing)}" if missing else "",
                            f"the docs also name {', '.join(extra)}" if extra else "",
                        ) if part
                    )
                    problems.append(f"{where}: {row.rule}'s condition differs from {RULES_PY}: {detail}")
            if isinstance(levels, tuple):
                ranks = [levels.index(r.level) for r in table if r.level in levels]
                if any(later > earlier for earlier, later in zip(ranks, ranks[1:], strict=False)):
                    problems.append(f"{where}: a level rises down the table (the first match wins: it must not)")
        acute, subacute = constants.get("ACUTE_MAX_DAYS"), constants.get("SUBACUTE_MAX_DAYS")
        for line, phases in phase_rows(text) if isinstance(acute, int) and isinstance(subacute, int) else []:
            expected = {"acute": (0, acute), "subacute": (acute + 1, subacute), "chronic": (subacute + 1, None)}
            for phase, bounds in expected.items():
                if phases.get(phase) != bounds:
                    problems.append(
                        f"{name}:{line}: phase {phase} is {phases.get(phase)} in the docs, {bounds} in {RULES_PY} "
                        "(first day, last day)"
                    )
    if compared == 0:
        problems.append(f"no rules table (columns {' | '.join(RULES_HEADER)}) in {DOCS}/: the safety case must have one")
    return problems, compared


# --- the rendered hazard log ------------------------------------------------------------


def _md(text: Any) -> str:
    return " ".join(str(text).split()).replace("|", "\\|")


def render_markdown(log: Dict[str, Any]) -> str:
    matrix = log["matrix"]
    sev, lik, cls = matrix["severity"], matrix["likelihood"], matrix["risk_class"]
    out = [
        "# Hazard log",
        "",
        "<!-- Generated from hazard-log.yml by `python scripts/safety_case.py --write`; edit the yml. -->",
        "",
        "Risk = the 5x5 matrix of the [safety case](README.md#risk-matrix): severity (S) x likelihood (L).",
        "Initial: before the product's controls; residual: with them. Every test is run by `make test`;",
        "`make safety-case` fails if one is missing, failed or skipped.",
        "",
        "| id | hazard | S | initial L / risk | residual L / risk |",
        "|---|---|---|---|---|",
    ]
    for h in log["hazards"]:
        out.append(
            f"| [{h['id']}](#{h['id'].lower()}) | {_md(h['title'])} | {h['severity']} {sev[h['severity']]} "
            f"| {h['initial_likelihood']} / **{h['initial_risk']}** "
            f"| {h['residual_likelihood']} / **{h['residual_risk']}** {cls[h['residual_risk']]} |"
        )
    for h in log["hazards"]:
        out += [
            "",
            f"## {h['id']}",
            "",
            f"**{_md(h['title'])}**",
            "",
            f"- **Cause:** {_md(h['cause'])}",
            f"- **Effect:** {_md(h['effect'])}",
            f"- **Severity:** {h['severity']} ({sev[h['severity']]})",
            f"- **Initial:** likelihood {h['initial_likelihood']} ({lik[h['initial_likelihood']]}), "
            f"risk {h['initial_risk']} ({cls[h['initial_risk']]})",
            f"- **Residual:** likelihood {h['residual_likelihood']} ({lik[h['residual_likelihood']]}), "
            f"risk {h['residual_risk']} ({cls[h['residual_risk']]})",
        ]
        if h.get("justification"):
            out.append(f"- **Why it is accepted:** {_md(h['justification'])}")
        out += ["", "Controls:", ""]
        out += [f"- `{_md(c['where'])}`: {_md(c['what'])}" for c in h["controls"]]
        out += ["", "Verified by:", ""]
        out += [f"- `{t}`" for t in h["tests"]]
        if h.get("open_actions"):
            out += ["", "Open actions:", ""]
            out += [f"- {_md(a)}" for a in h["open_actions"]]
    return "\n".join(out) + "\n"


# --- main -------------------------------------------------------------------------------


def check(root: Path, junit: Path, write: bool = False) -> Tuple[List[str], List[str]]:
    """(problems, summary lines)."""
    log_path, md_path = root / HAZARD_LOG, root / HAZARD_MD
    try:
        log = load_log(log_path)
    except CaseError as error:
        return [str(error)], []
    existing = collect_test_ids(root)
    problems = hazard_problems(log, root, existing)
    if not problems:
        rendered = render_markdown(log)
        if write:
            md_path.write_text(rendered, encoding="utf-8")
        elif not md_path.is_file() or md_path.read_text(encoding="utf-8") != rendered:
            problems.append(f"{HAZARD_MD} is not the rendering of {HAZARD_LOG}: run `python scripts/safety_case.py --write`")
    rule_problems, tables = rules_problems(root)
    problems += rule_problems
    code_rules = [r.rule for r in rules_in_code((root / RULES_PY).read_text(encoding="utf-8"))[0]] if not rule_problems else []
    problems += result_problems(log, junit)
    hazards = [h for h in log["hazards"] if isinstance(h, dict)]
    tests = {t for h in hazards for t in h.get("tests") or [] if isinstance(t, str)}
    controls = sum(len(h.get("controls") or []) for h in hazards)
    residual = {}
    for h in hazards:
        residual.setdefault(h.get("residual_risk"), []).append(str(h.get("id")))
    summary = [
        f"{len(hazards)} hazards, {controls} controls, {len(tests)} named tests (all exist)",
        "residual risk: " + "; ".join(f"{r}: {', '.join(ids)}" for r, ids in sorted(residual.items(), key=lambda x: str(x[0]), reverse=True)),
        f"{tables} rules table{'s' if tables != 1 else ''} in docs/ match{'es' if tables == 1 else ''} "
        f"{RULES_PY} ({', '.join(code_rules)})",
    ]
    if junit.is_file():
        written = dt.datetime.fromtimestamp(junit.stat().st_mtime, dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
        summary.append(f"every named test passed in the last make test ({junit}, {written})")
        stale = stale_test_files(log, root, junit)
        if stale:
            shown = ", ".join(stale[:3]) + (f" and {len(stale) - 3} more" if len(stale) > 3 else "")
            summary.append(f"warning: {shown} changed after {junit} was written: run make test again")
    return problems, summary


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=ROOT, help="the repository (default: this one)")
    parser.add_argument("--junit", type=Path, default=None, help=f"pytest's JUnit XML (default: {JUNIT})")
    parser.add_argument("--write", action="store_true", help=f"write {HAZARD_MD} from {HAZARD_LOG}, then check")
    args = parser.parse_args(argv)
    root = args.root.resolve()
    junit = args.junit or root / JUNIT
    if junit.is_absolute() and junit.is_relative_to(Path.cwd()):
        junit = junit.relative_to(Path.cwd())
    problems, summary = check(root, junit, write=args.write)
    if problems:
        print(f"clinical safety case: {len(problems)} problem{'s' if len(problems) != 1 else ''}", file=sys.stderr)
        for problem in problems:
            print(f"  - {problem}", file=sys.stderr)
        return 1
    print("clinical safety case OK: " + summary[0])
    for line in summary[1:]:
        print(f"  {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
