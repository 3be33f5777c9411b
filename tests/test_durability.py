"""Every edit is committed when it is made: a writer process is SIGKILLed mid-work and the file checked.

A handful of kills here (the long run is ``tests/bench/torture.py``); the harness is in
``tests/durability``. The runs are independent processes on their own files, so they go side by
side to keep the suite quick. A kill during the very first start, while the file is created, is
tested too (expected to fail until ``Store.open`` creates files atomically). The last tests prove the
checker can fail: a writer that reports edits before committing them is caught, and hand-made
reports with a lost edit, a half transaction or a half import are refused.
"""

from __future__ import annotations

import random
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from pathlib import Path

import pytest

from aiall_desktop.records import Participant
from aiall_desktop.store import Store
from tests.durability.harness import (
    IMPORT_EXISTING,
    IMPORT_ROWS,
    Report,
    RunResult,
    _check_import,
    check_edits,
    import_domain,
    import_role,
    parse_report,
    prepare,
    prepare_import,
    read_state,
    run_once,
)


def _chain(db: Path, runs: list[tuple[int, float | None, int | None]]) -> list[RunResult]:
    """Several kills on the same file, one after the other: each writer starts on what the last one left."""
    return [run_once(db, "edits", seed, delay, kill_after_lines=lines) for seed, delay, lines in runs]


def _explain(results: list[RunResult]) -> str:
    return "\n".join(result.describe() for result in results)


def test_edits_reported_committed_survive_sigkill(tmp_path: Path):
    chains = {
        tmp_path / "a.sqlite": [(11, 0.05, None), (12, 0.25, None), (13, None, 400)],
        tmp_path / "b.sqlite": [(21, 0.15, None), (22, None, 40), (23, 0.5, None)],
    }
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = [r for chain in pool.map(lambda item: _chain(*item), chains.items()) for r in chain]

    assert all(result.ok for result in results), _explain(results)
    assert all(result.killed for result in results), _explain(results)
    assert sum(result.committed_edits for result in results) > 0, _explain(results)


def test_import_killed_midway_is_all_or_nothing(tmp_path: Path):
    runs = [
        (tmp_path / "after-plan.sqlite", 31, None, 1),  # killed as the writing starts
        (tmp_path / "midway.sqlite", 32, None, 8),  # after 1,750 of 5,040 records written
        (tmp_path / "late.sqlite", 33, None, 21),  # all rows written, the transaction not yet committed
        (tmp_path / "whole.sqlite", 34, None, None),  # not killed: then all of it
    ]
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(lambda run: run_once(run[0], "import", run[1], run[2], kill_after_lines=run[3]),
                                runs))

    assert all(result.ok for result in results), _explain(results)
    assert all(result.outcome in ("none", "all") for result in results), _explain(results)
    assert not results[-1].killed and results[-1].outcome == "all", _explain(results)


# Store.open builds a new file under a temporary name and renames it when complete: a first start killed
# half-way (this test found it refusing the half-made file) can start again.
@pytest.mark.parametrize("crash", ["after-file", "after-migrations-table"])
def test_a_first_start_killed_while_creating_the_file_can_start_again(tmp_path: Path, crash: str):
    result = run_once(tmp_path / "new.sqlite", f"create:{crash}", 0, None)

    assert result.killed and result.ok, result.describe()


def test_a_writer_that_reports_before_committing_is_caught(tmp_path: Path):
    """The control: if this writer passed, the harness could not tell a lost edit from a kept one."""
    results = []
    rng = random.Random(7)
    for seed in range(12):
        result = run_once(tmp_path / "lying.sqlite", "lying", seed, None, kill_after_lines=rng.randint(20, 300))
        results.append(result)
        if not result.ok:
            break

    assert not results[-1].ok, _explain(results)
    assert any("not in the file" in failure or "file has" in failure for failure in results[-1].failures)


# -- the checker on hand-made reports --------------------------------------------------------------


def _lines(*edits: list[str]) -> list[str]:
    return ["ready journal_mode=wal synchronous=2", *(line for edit in edits for line in edit)]


def _edit(number: int, participant_id: str, role: str, *, reported: bool = True, called: bool = True) -> list[str]:
    lines = [f"edit {number}", f'try participants {participant_id} role="{role}"']
    lines += [f"call {number}"] if called else []
    if reported:
        lines += [f'committed participants {participant_id} role="{role}"', f"done {number}"]
    return lines


@pytest.fixture
def register(db_path: Path):
    """A prepared register, its state, and one participant's id."""
    prepare(db_path)
    with Store.open(db_path) as store:
        before = read_state(store)
        person = store.participants.list()[0].id
    return db_path, before, person


def _state_after(db: Path, **roles: str):
    with Store.open(db) as store:
        for record_id, role in roles.items():
            store.participants.update(record_id, role=role)
        return read_state(store)


def test_checker_refuses_a_reported_edit_the_file_lacks(register):
    db, before, person = register
    report = parse_report(_lines(_edit(1, person, "Projektledare")))

    verdict = check_edits(before, report, _state_after(db))

    assert verdict.failures and "role" in verdict.failures[0]
    assert check_edits(before, report, _state_after(db, **{person: "Projektledare"})).failures == []


def test_checker_allows_the_edit_in_flight_wholly_or_not_at_all(register):
    db, before, person = register
    report = parse_report(_lines(_edit(1, person, "VD"), _edit(2, person, "Utvecklare", reported=False)))

    assert check_edits(before, report, _state_after(db, **{person: "VD"})).in_flight == "rolled back"
    present = check_edits(before, report, _state_after(db, **{person: "Utvecklare"}))
    assert present.failures == [] and present.in_flight == "committed unreported"


def test_checker_refuses_an_edit_in_flight_before_its_store_call(register):
    db, before, person = register
    report = parse_report(_lines(_edit(1, person, "VD", reported=False, called=False)))

    assert check_edits(before, report, _state_after(db, **{person: "VD"})).failures


def test_checker_refuses_half_a_transaction(register):
    db, before, _ = register
    with Store.open(db) as store:
        first, second = [p.id for p in store.participants.list()[:2]]
    lines = ["edit 1", f'try participants {first} role="A"', f'try participants {second} role="B"', "call 1"]

    verdict = check_edits(before, parse_report(_lines(lines)), _state_after(db, **{first: "A"}))

    assert verdict.failures and "neither wholly" in verdict.failures[0]


def test_checker_refuses_a_record_nobody_reported(register):
    db, before, _ = register
    with Store.open(db) as store:
        store.participants.create(Participant(first_name="Okänd", last_name="Person"))
        after = read_state(store)

    verdict = check_edits(before, parse_report(_lines()), after)

    assert verdict.failures and "never reported" in verdict.failures[0]


def test_report_keeps_garbage_as_a_problem():
    report = parse_report(["ready journal_mode=wal synchronous=2", "edit x", "hello"])

    assert len(report.problems) == 2


def test_import_checker_refuses_part_of_an_import(db_path: Path):
    prepare_import(db_path, 5)
    with Store.open(db_path) as store:
        for n in range(IMPORT_EXISTING, IMPORT_EXISTING + 100):
            store.participants.create(Participant(first_name="Halv", last_name=str(n), email=f"person{n}@"
                                                  f"{import_domain(5)}", role=import_role(5)))
    result = RunResult("import", 5, killed=True, lines=0)

    _check_import(db_path, 5, Report(), result)

    assert result.outcome == "part" and result.failures


def test_import_checker_refuses_a_reported_import_that_is_missing(db_path: Path):
    prepare_import(db_path, 6)
    result = RunResult("import", 6, killed=True, lines=0)

    _check_import(db_path, 6, Report(imported=IMPORT_ROWS), result)

    assert result.outcome == "none" and result.failures
    # The check wrote nothing: the file holds only the people prepared.
    with closing(sqlite3.connect(db_path)) as connection:
        assert connection.execute("SELECT count(*) FROM participant").fetchone()[0] == IMPORT_EXISTING + 5
