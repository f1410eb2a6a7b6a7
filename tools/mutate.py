"""Mutation testing of one module with only the tests that reach it: `.venv/bin/python tools/mutate.py MODULE`.

    .venv/bin/python tools/mutate.py seecodesk/core/validation.py
    .venv/bin/python tools/mutate.py seecodesk/exchange/member_rows.py --max-children 2
    .venv/bin/python tools/mutate.py seecodesk/core/periods.py --survivors  # after new tests: only the survivors
    .venv/bin/python tools/mutate.py --summary          # the scores of every module run so far
    .venv/bin/python tools/mutate.py seecodesk/storage/dues.py --tests tests/test_dues_store.py

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
import fnmatch
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
    parser.add_argument("module", nargs="?", help="e.g. seecodesk/core/validation.py")
    parser.add_argument("--work", type=Path, help="scratch folder (default: the system temp folder)")
    parser.add_argument("--summary", action="store_true",
                        help="print the score of every module already run in the scratch folder, and a total")
    parser.add_argument("--max-children", type=int, default=2, help="mutants run at once (default 2)")
    parser.add_argument("--survivors", action="store_true",
                        help="test again only the mutants that survived the last run (after adding tests)")
    parser.add_argument("--fresh", action="store_true", help="forget earlier results and test every mutant again")
    parser.add_argument("--source", type=Path, default=ROOT,
                        help="project to mutate (default: this one; another checkout measures a 'before')")
    parser.add_argument("--tests", nargs="+", metavar="TEST_FILE",
                        help="only these test files (default: every non-GUI test file that reaches MODULE); the "
                             "module's own unit tests give a quick first score when the whole set is slow")
    args = parser.parse_args()
    scratch = args.work or Path(tempfile.gettempdir()) / "seecodesk-mutation"
    if args.summary:
        return summary(scratch)
    if not args.module:
        parser.error("name a module, or ask for --summary")
    source = args.source.resolve()
    target = (source / args.module).resolve()
    allowed = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["mutmut"]["only_mutate"]
    relative = target.relative_to(source).as_posix() if target.is_relative_to(source) else args.module
    # matched as mutmut does (fnmatch: * spans folders, so storage/* takes in storage/migrations)
    if not target.is_file() or not any(fnmatch.fnmatch(relative, pattern) for pattern in allowed):
        print(f"{args.module}: not a module of {', '.join(allowed)}", file=sys.stderr)
        return 2
    dotted = relative.removesuffix(".py").replace("/", ".")
    tests = args.tests or tests_reaching(source, dotted)
    if not tests:
        print(f"No non-GUI test reaches {dotted}: nothing would kill a mutant.", file=sys.stderr)
        return 1
    work = scratch / dotted
    if args.fresh:
        shutil.rmtree(work, ignore_errors=True)
    prepare(source, work, relative, tests)
    print(f"{dotted}: {len(tests)} test files reach it ({', '.join(Path(t).stem for t in tests)})")
    print(f"scratch copy: {work}", flush=True)
    run = [sys.executable, "-m", "mutmut", "run", "--max-children", str(args.max_children)]
    earlier = verdicts_of(work) if args.survivors else {}
    if args.survivors:
        # mutmut keeps every earlier verdict; named mutants are the only ones it tests again
        run += survivors_of(work)
    subprocess.run(run, cwd=work, check=False)
    if earlier:
        keep_earlier_kills(work, earlier)
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
    for name in survivors:
        if name not in equivalent and _sql_case_only(work, name):
            equivalent[name] = _SQL_CASE
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
    listed = [name for name in known if equivalent[name] != _SQL_CASE]
    if len(listed) < len(known):
        print(f"\n{len(known) - len(listed)} survivors only change the letter case of SQL (SQLite reads it the same).")
    if listed:
        print(f"\nKnown equivalent survivors ({EQUIVALENTS.relative_to(ROOT)}):")
        for name in listed:
            print(f"  {name}: {equivalent[name]}")
    return 0


def survivors_of(work: Path) -> list[str]:
    """The mutants that survived the last run in `work`, any not tested yet (none before a first run), and
    those no test reached then (the new tests may reach them)."""
    names = []
    for meta in sorted(work.glob("mutants/seecodesk/**/*.py.meta")):
        codes = json.loads(meta.read_text("utf-8"))["exit_code_by_key"]
        names += [name for name, code in codes.items() if code in (0, None, 5, 33)]  # survived, untested, unreached
    return names


def verdicts_of(work: Path) -> dict[Path, dict[str, int | None]]:
    """Each mutant's exit code from the last run, per mutmut record file in `work`."""
    return {meta: json.loads(meta.read_text("utf-8"))["exit_code_by_key"]
            for meta in work.glob("mutants/seecodesk/**/*.py.meta")}


def keep_earlier_kills(work: Path, earlier: dict[Path, dict[str, int | None]]) -> None:
    """Put back the verdicts mutmut dropped when the list of test files grew (it forgets them all then).

    Only adding tests is assumed: a mutant the earlier tests killed stays killed.
    """
    for meta, codes in earlier.items():
        if not meta.exists():
            continue
        record = json.loads(meta.read_text("utf-8"))
        now = record["exit_code_by_key"]
        for name, code in codes.items():
            if now.get(name) is None and code not in (None, 0) and name in now:
                now[name] = code
        meta.write_text(json.dumps(record, indent=4), "utf-8")


def summary(scratch: Path) -> int:
    """One line per module already run under `scratch` (from mutmut's own records), then the total."""
    from mutmut.stats import status_by_exit_code  # only needed here; mutmut is an optional dependency

    equivalent = known_equivalents()
    rows = []
    for meta in sorted(scratch.glob("*/mutants/seecodesk/**/*.py.meta")):
        codes = json.loads(meta.read_text("utf-8"))["exit_code_by_key"]
        status = {name: status_by_exit_code[code] for name, code in codes.items()}
        counts = {kind: sum(1 for value in status.values() if value == kind)
                  for kind in ("killed", "timeout", "survived", "suspicious")}
        work = scratch / meta.relative_to(scratch).parts[0]
        automatic = _sql_case_survivors(work, [n for n, v in status.items() if v == "survived" and n not in equivalent])
        known = sum(1 for name, value in status.items() if value == "survived" and (name in equivalent or name in automatic))
        module = meta.relative_to(work / "mutants").as_posix()
        rows.append((module.removesuffix(".meta"), len(codes), counts["killed"] + counts["timeout"],
                     counts["survived"], known, sum(counts.values())))
    if not rows:
        print(f"No module has been run in {scratch} yet.", file=sys.stderr)
        return 1
    print(f"{'module':<44} {'mutants':>7} {'killed':>6} {'survived':>8} {'equiv.':>6} {'score':>6}")
    for module, total, killed, survived, known, judged in rows:
        print(f"{module:<44} {total:>7} {killed:>6} {survived:>8} {known:>6} {_score(killed + known, judged):>6}")
    total, killed, survived, known, judged = (sum(row[i] for row in rows) for i in range(1, 6))
    print(f"{'total (' + str(len(rows)) + ' modules)':<44} {total:>7} {killed:>6} {survived:>8} {known:>6} "
          f"{_score(killed + known, judged):>6}")
    print("score = (killed + known equivalents) / mutants tested; a module not run here is not counted.")
    return 0


def _sql_case_survivors(work: Path, survivors: list[str]) -> set[str]:
    """Which of `survivors` only change the letter case of SQL; remembered in the run's folder, so a second
    summary reads the answer instead of asking mutmut about each survivor again."""
    cache = work / "sql-case-survivors.json"
    answers: dict[str, bool] = json.loads(cache.read_text("utf-8")) if cache.exists() else {}
    for name in survivors:
        if name not in answers:
            answers[name] = _sql_case_only(work, name)
    cache.write_text(json.dumps(answers), "utf-8")
    return {name for name in survivors if answers[name]}


def _score(good: int, judged: int) -> str:
    return f"{100 * good / judged:.1f}%" if judged else "-"


_SQL_CASE = "only the letter case of SQL changes; SQLite reads keywords and names in any case (found by the tool)"
_SQL_WORDS = re.compile(r"\b(select|insert|update|delete|pragma|from|where|order by|group by|values|set|join|on conflict|coalesce|between|and|or)\b",
                        re.IGNORECASE)
_ALIAS = re.compile(r"\bas\b", re.IGNORECASE)
_QUOTED = re.compile(r"'[^']*'")
_TABLE_ARGUMENT = re.compile(r'\((?:self\.)?(?:db|conn), "(\w+)"')
_CREATED = re.compile(r"CREATE TABLE (?:IF NOT EXISTS )?(\w+)", re.IGNORECASE)


def _sql_case_only(work: Path, name: str) -> bool:
    """Whether the mutant only changes the letter case of SQL text outside its quoted values ('task', '%04d'),
    which SQLite reads the same way. Not when it renames a column (`AS name`): code reads rows by those names."""
    shown = subprocess.run([sys.executable, "-m", "mutmut", "show", name], cwd=work, check=False,
                           capture_output=True, text=True).stdout.splitlines()
    removed = [line[1:] for line in shown if line.startswith("-") and not line.startswith("---")]
    added = [line[1:] for line in shown if line.startswith("+") and not line.startswith("+++")]
    return (len(removed) == len(added) > 0 and removed != added
            and all((a.lower() == b.lower() and _QUOTED.findall(a) == _QUOTED.findall(b) and _SQL_WORDS.search(a)
                     and not _ALIAS.search(a)) or _table_case_only(work, a, b)
                    for a, b in zip(removed, added, strict=True)))


def _table_case_only(work: Path, before: str, after: str) -> bool:
    """Whether `after` only writes in capitals a table's name handed to a storage helper (`insert_row(db,
    "letters", …)`), which puts it into SQL text, where SQLite reads names in any case."""
    tables = {name.lower() for path in (work / "seecodesk" / "storage" / "migrations").glob("*.py")
              for name in _CREATED.findall(path.read_text("utf-8"))}
    for found in _TABLE_ARGUMENT.finditer(before):
        name = found.group(1)
        if name in tables and before[:found.start(1)] + name.upper() + before[found.end(1):] == after:
            return True
    return False


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
