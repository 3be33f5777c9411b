"""How long the table groups and the diversity figures take (not part of the test suite).

    .venv/bin/python tests/bench/bench_tables.py [--runs 50] [--scale 1.0] [--seed 1]

Times ``balance_tables`` for 200 people at 20 tables (a different room each run), then reads a demo
year's activities with their present people through ``store.groups.activities_between`` (one query) and
computes every activity's composition and the period summary. Scale 1 is one busy year (500
activities); scale 10 gives 5,000 activities and about 250,000 attendance rows, but takes minutes to
generate.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from aiall_desktop.demo import generate
from aiall_desktop.domain.diversity import Person, period_summary
from aiall_desktop.domain.tables import balance_tables
from aiall_desktop.records import Gender
from aiall_desktop.store import Store

SECTORS = ["company", "public_sector", "academia", "non_profit", "other"]
BACKGROUNDS = ["industry", "public administration", "research", "healthcare", "food", "energy", "student"]
COMPETENCES = ["AI/data", "software", "domain expert", "business", "public administration", "research", "design"]


def room(rng: random.Random, people: int) -> list[Person]:
    organisations = [(f"org{n}", rng.choice(SECTORS)) for n in range(people // 3)]
    genders = [Gender.WOMAN] * 35 + [Gender.MAN] * 55 + [Gender.NON_BINARY] * 2 + [Gender.NOT_STATED] * 8
    result = []
    for n in range(people):
        organisation, sector = rng.choice(organisations)
        result.append(Person(
            id=f"person-{n:04d}", gender=rng.choice(genders), organisation_id=organisation, sector=sector,
            backgrounds=rng.sample(BACKGROUNDS, rng.randint(1, 2)),
            competences=rng.sample(COMPETENCES, rng.randint(1, 3)),
        ))
    return result


class Clock:
    """Wall time and this process's CPU time of each run: on a busy machine the CPU time is the steadier."""

    def __init__(self) -> None:
        self.wall: list[float] = []
        self.cpu: list[float] = []

    def __enter__(self) -> Clock:
        self._wall, self._cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall.append(time.perf_counter() - self._wall)
        self.cpu.append(time.process_time() - self._cpu)

    def __str__(self) -> str:
        return f"wall {milliseconds(self.wall)}\n{'':<52}cpu  {milliseconds(self.cpu)}"


def milliseconds(samples: list[float]) -> str:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"median {statistics.median(ordered) * 1000:7.1f} ms   p95 {p95 * 1000:7.1f} ms   max {ordered[-1] * 1000:7.1f} ms"


def bench_tables(runs: int) -> None:
    rng = random.Random(200)
    clock = Clock()
    problems = 0
    for run in range(runs):
        people = room(rng, 200)
        with clock:
            balance = balance_tables(people, 20, 0.26, seed=run)
        problems += bool(balance.problems)
    print(f"{f'balance_tables, 200 people, 20 tables, {runs} runs':<52}{clock}")
    print(f"  rooms with a problem (too few women): {problems} of {runs}")


def bench_figures(scale: float, seed: int, runs: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.sqlite"
        start = time.perf_counter()
        counts = generate(path, scale=scale, seed=seed)
        print(f"demo year at scale {scale}: {counts['activity']} activities, {counts['attendance']} attendance rows "
              f"(generated in {time.perf_counter() - start:.1f} s)")
        with Store.open(path, create=False) as store:
            minimum = store.settings.get("women_minimum")
            reads, figures = Clock(), Clock()
            for _ in range(runs):
                with reads:
                    groups = store.groups.activities_between("2025-01-01", "2025-12-31")
                with figures:
                    summary = period_summary(groups, minimum)
            present = sum(len(group.people) for group in groups)
            print(f"{f'activities_between, {present} present rows':<52}{reads}")
            print(f"{f'period_summary over {len(groups)} activities':<52}{figures}")
            print(f"  {summary.passing} of {summary.judged} activities pass; months: "
                  + ", ".join(f"{m.month} {float(m.women_share or 0):.0%}" for m in summary.months))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    bench_tables(args.runs)
    bench_figures(args.scale, args.seed, max(3, args.runs // 10))
    return 0


if __name__ == "__main__":
    sys.exit(main())
