"""Mutation testing of one module with only the tests that reach it: `.venv/bin/python tools/mutate.py MODULE`.

    .venv/bin/python tools/mutate.py seecodesk/core/validation.py
    .venv/bin/python tools/mutate.py seecodesk/exchange/member_rows.py --max-children 2

mutmut (configured in pyproject.toml for seecodesk/core, seecodesk/exchange and seecodesk/storage)
runs in a scratch copy of the project, so the work tree stays clean and a second run of the same
module only re-tests what changed. The tests given to mutmut are the non-GUI test files whose
imports reach MODULE (directly or through other seecodesk modules); mutmut then runs, for each
mutant, only those of them that called the mutated function. At the end: the score, each surviving
mutant, and the survivors listed as equivalent in tools/mutation_equivalents.txt (with why).

Install mutmut first: `.venv/bin/python -m pip install -e ".[test,mutation]"`.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EQUIVALENTS = ROOT / "tools" / "mutation_equivalents.txt"
COPIED = ("seecodesk", "tests", "resources", "README.md", "pyproject.toml")
_REFERENCE = re.compile(r"seecodesk(?:\.\w+)+")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("module", help="e.g. seecodesk/core/validation.py")
    parser.add_argument("--work", type=Path, help="scratch folder (default: the system temp folder)")
    parser.add_argument("--max-children", type=int, default=2, help="mutants run at once (default 2)")
    parser.add_argument("--fresh", action="store_true", help="forget earlier results and test every mutant again")
    parser.add_argument("--source", type=Path, default=ROOT,
                        help="project to mutate (default: this one; another checkout measures a 'before')")
    parser.add_argument("--tests", nargs="+", metavar="TEST_FILE",
                        help="only these test files (default: every non-GUI test file that reaches MODULE); the "
                             "module's own unit tests give a quick first score when the whole set is slow")
    args = parser.parse_args()
    source = args.source.resolve()
    target = (source / args.module).resolve()
    allowed = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["mutmut"]["only_mutate"]
    relative = target.relative_to(source).as_posix() if target.is_relative_to(source) else args.module
    if not target.is_file() or not any(Path(relative).match(pattern) for pattern in allowed):
        print(f"{args.module}: not a module of {', '.join(allowed)}", file=sys.stderr)
        return 2
    dotted = relative.removesuffix(".py").replace("/", ".")
    tests = args.tests or tests_reaching(source, dotted)
    if not tests:
        print(f"No non-GUI test reaches {dotted}: nothing would kill a mutant.", file=sys.stderr)
        return 1
    work = (args.work or Path(tempfile.gettempdir()) / "seecodesk-mutation") / dotted
    if args.fresh:
        shutil.rmtree(work, ignore_errors=True)
    prepare(source, work, relative, tests)
    print(f"{dotted}: {len(tests)} test files reach it ({', '.join(Path(t).stem for t in tests)})")
    print(f"scratch copy: {work}", flush=True)
    run = [sys.executable, "-m", "mutmut", "run", "--max-children", str(args.max_children)]
    subprocess.run(run, cwd=work, check=False)
    return report(work, dotted)


def tests_reaching(source: Path, dotted: str) -> list[str]:
    """The non-GUI test files whose seecodesk imports (followed through seecodesk) include `dotted`."""
    graph: dict[str, set[str]] = {}
    for path in (source / "seecodesk").rglob("*.py"):
        name = path.relative_to(source).with_suffix("").as_posix().replace("/", ".").removesuffix(".__init__")
        graph[name] = _references(path, name)
    chosen = []
    for path in sorted((source / "tests").glob("test_*.py")):
        text = path.read_text("utf-8")
        if "gui" in path.stem or "PySide6" in text or "qtbot" in text or path.stem in ("test_app_window",
                                                                                      "test_architecture"):
            continue
        seen: set[str] = set()
        todo = list(_references(path, ""))
        while todo:
            name = todo.pop()
            if name not in seen:
                seen.add(name)
                todo.extend(graph.get(name, ()))
        if dotted in seen:
            chosen.append(path.relative_to(source).as_posix())
    return chosen


def _references(path: Path, own: str) -> set[str]:
    """seecodesk modules `path` imports or names in a string (the CLI loads its commands by name)."""
    tree = ast.parse(path.read_text("utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            base = node.module if node.level == 0 else ".".join([*own.split(".")[: -node.level], node.module])
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            found.update(_REFERENCE.findall(node.value))
    parents = {".".join(name.split(".")[:i]) for name in found for i in range(2, name.count(".") + 1)}
    return {name for name in found | parents if name.startswith("seecodesk")}


def prepare(source: Path, work: Path, relative: str, tests: list[str]) -> None:
    """Copy the project to `work` and narrow its mutmut settings to one module and its tests."""
    work.mkdir(parents=True, exist_ok=True)
    for name in COPIED:
        origin, copy = source / name, work / name
        if origin.is_dir():
            shutil.copytree(origin, copy, dirs_exist_ok=True, ignore=shutil.ignore_patterns("__pycache__"))
        elif origin.is_file():
            shutil.copyfile(origin, copy)
    settings = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["mutmut"]
    settings["only_mutate"] = [relative]
    settings["pytest_add_cli_args_test_selection"] = tests
    pyproject = (work / "pyproject.toml").read_text("utf-8")
    pyproject = re.sub(r"(?ms)^\[tool\.mutmut\].*?(?=^\[|\Z)", "", pyproject)
    lines = ["", "[tool.mutmut]", *(f"{key} = {json.dumps(value, ensure_ascii=False)}" for key, value in settings.items())]
    (work / "pyproject.toml").write_text(pyproject.rstrip() + "\n" + "\n".join(lines) + "\n", "utf-8")


def report(work: Path, dotted: str) -> int:
    """Print the score and the survivors; the ones known to be equivalent are shown with their reason."""
    subprocess.run([sys.executable, "-m", "mutmut", "export-cicd-stats"], cwd=work, check=False,
                   stdout=subprocess.DEVNULL)
    stats = json.loads((work / "mutants" / "mutmut-cicd-stats.json").read_text("utf-8"))
    listing = subprocess.run([sys.executable, "-m", "mutmut", "results"], cwd=work, check=False,
                             capture_output=True, text=True).stdout
    survivors = [line.split(":")[0].strip() for line in listing.splitlines() if line.strip().endswith("survived")]
    equivalent = known_equivalents()
    known = [name for name in survivors if name in equivalent]
    unexplained = [name for name in survivors if name not in equivalent]
    judged = stats["killed"] + stats["survived"] + stats.get("timeout", 0) + stats.get("suspicious", 0)
    killed = stats["killed"] + stats.get("timeout", 0)
    print(f"\n{dotted}: {stats['total']} mutants, {killed} killed, {stats['survived']} survived, "
          f"{stats.get('no_tests', 0)} not reached by any test")
    if judged:
        print(f"score: {100 * killed / judged:.1f}% killed; "
              f"{100 * (killed + len(known)) / judged:.1f}% counting the {len(known)} known equivalents")
    for name in unexplained:
        print(f"  survived: {name}")
    if unexplained:
        print(f"To see one: cd {work} && {Path(sys.executable).parent / 'mutmut'} show NAME")
    if known:
        print(f"\nKnown equivalent survivors ({EQUIVALENTS.relative_to(ROOT)}):")
        for name in known:
            print(f"  {name}: {equivalent[name]}")
    return 0


def known_equivalents() -> dict[str, str]:
    """mutant name → why it behaves the same, from tools/mutation_equivalents.txt."""
    if not EQUIVALENTS.exists():
        return {}
    found = {}
    for line in EQUIVALENTS.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _sep, reason = line.partition(" ")
            found[name] = reason.strip()
    return found


if __name__ == "__main__":
    raise SystemExit(main())
