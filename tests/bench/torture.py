"""The long durability run: kill a writer with SIGKILL hundreds of times and check the file after each kill.

    .venv/bin/python tests/bench/torture.py --runs 200 [--mode edits|import|create|both|all] [--db-dir DIR]

``--runs`` kills per mode; ``both`` is edits and import, ``all`` adds create. Edit runs follow each
other on one file (a new one every ``--runs-per-file``), so every writer starts on what a killed one
left behind; each import run gets a fresh register with 5,000 rows to import; a create run is the
program's first start, killed while it makes a new file. A run is killed after a random time since the writer was
ready or right after a random number of its lines. Prints one line per run and a summary; exits 1 on
any failure, keeping the failed files in the folder for a look.
"""

from __future__ import annotations

import argparse
import glob
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.durability.harness import RunResult, run_once  # noqa: E402

MAX_EDIT_DELAY = 1.5  # seconds after ready; a few hundred edits at most
MAX_IMPORT_DELAY = 1.8  # reading, matching and writing 5,000 rows takes about 1.2 s here
IMPORT_LINES = 23  # planned, 21 progress lines, imported
MAX_CREATE_DELAY = 0.15  # after "opening"; creating a file takes about 0.05 s here


def _remove(db: Path) -> None:
    """A passed run's files: the database, its -wal/-shm/lock, the CSV and the writer's errors."""
    for leftover in db.parent.glob(glob.escape(db.name) + "*"):
        if leftover.is_file():
            leftover.unlink()


def _kill_plan(rng: random.Random, mode: str) -> tuple[float | None, int | None]:
    if mode == "import":
        return (rng.uniform(0, MAX_IMPORT_DELAY), None) if rng.random() < 0.5 else (None, rng.randint(1, IMPORT_LINES))
    if mode == "create":
        return rng.uniform(0, MAX_CREATE_DELAY), None
    return (rng.uniform(0, MAX_EDIT_DELAY), None) if rng.random() < 0.7 else (None, rng.randint(1, 3000))


def torture(mode: str, runs: int, folder: Path, seed: int, runs_per_file: int) -> list[RunResult]:
    rng = random.Random(seed)
    results = []
    for run in range(runs):
        run_seed = seed * 100_000 + run
        delay, lines = _kill_plan(rng, mode)
        if mode in ("import", "create"):
            db = folder / f"{mode}-{run}.sqlite"
        else:
            db = folder / f"edits-{run // runs_per_file}.sqlite"
        result = run_once(db, mode, run_seed, delay, kill_after_lines=lines)
        kill = f"{delay:.2f} s" if delay is not None else f"{lines} lines"
        print(f"[{mode} {run + 1}/{runs}] kill at {kill}: {result.describe()} ({result.seconds:.1f} s)", flush=True)
        results.append(result)
        if result.ok and mode in ("import", "create"):
            _remove(db)
    return results


def summary(mode: str, results: list[RunResult]) -> str:
    killed = sum(r.killed for r in results)
    failed = [r for r in results if not r.ok]
    lines = [f"{mode}: {len(results)} runs, {killed} killed, {len(results) - killed} finished by themselves, "
             f"{len(failed)} failed"]
    if mode in ("import", "create"):
        outcomes = Counter(r.outcome for r in results)
        killed_outcomes = Counter(r.outcome for r in results if r.killed)
        lines.append(f"  file after the run: {dict(outcomes)}; of the killed runs: {dict(killed_outcomes)}")
    else:
        lines.append(f"  edits reported committed and verified: {sum(r.committed_edits for r in results)} "
                     f"({sum(r.fields for r in results)} values)")
        lines.append(f"  the edit in flight at the kill: {dict(Counter(r.outcome for r in results))}")
    lines += [f"  FAILED {r.describe()}" for r in failed]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=200, help="kills per mode (default 200)")
    parser.add_argument("--mode", choices=["edits", "import", "create", "both", "all"], default="both")
    parser.add_argument("--db-dir", type=Path, help="where the files go (default: a new temporary folder)")
    parser.add_argument("--seed", type=int, default=1, help="chooses the kill moments and the writers' edits")
    parser.add_argument("--runs-per-file", type=int, default=50, help="edit runs on one file before a new one")
    args = parser.parse_args()
    folder = args.db_dir or Path(tempfile.mkdtemp(prefix="aiall-torture-"))
    folder.mkdir(parents=True, exist_ok=True)
    modes = {"both": ["edits", "import"], "all": ["edits", "import", "create"]}.get(args.mode, [args.mode])
    started = time.monotonic()
    results = {mode: torture(mode, args.runs, folder, args.seed, args.runs_per_file) for mode in modes}
    print()
    for mode, mode_results in results.items():
        print(summary(mode, mode_results))
    failures = sum(not r.ok for mode_results in results.values() for r in mode_results)
    total = sum(len(r) for r in results.values())
    print(f"total: {total} runs, {sum(r.killed for m in results.values() for r in m)} kills, {failures} failures, "
          f"{time.monotonic() - started:.0f} s; files in {folder}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
