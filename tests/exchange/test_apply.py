"""Applying an import: progress, cancel and failure all leave the register whole."""

from __future__ import annotations

import pytest
from exchange_helpers import dump, write_csv

from aiall_desktop.exchange import ImportCancelled, ImportRefused, apply_import, read_import
from aiall_desktop.exchange import apply as applying


@pytest.fixture
def big_file(tmp_path):
    rows = [["Förnamn", "Efternamn", "E-post", "Företag"]]
    rows += [[f"Person{n}", "Ek", f"p{n}@example.se", f"Företag {n % 7}"] for n in range(1200)]
    return write_csv(tmp_path / "många.csv", rows)


def test_progress_is_reported_every_few_hundred_records(store, big_file):
    calls = []
    result = apply_import(store, read_import(big_file), progress=lambda done, total: calls.append((done, total)))
    assert result.counts["participants"].created == 1200
    total = 1200 + 7
    assert calls[-1] == (total, total)
    assert [done for done, _ in calls[:-1]] == list(range(applying.PROGRESS_EVERY, total, applying.PROGRESS_EVERY))
    assert result.summary() == (
        "organisations: 7 created, 0 updated, 0 unchanged; participants: 1200 created, 0 updated, 0 unchanged"
    )


@pytest.mark.parametrize("after", [0, 1, 3])
def test_cancel_midway_leaves_nothing(register, big_file, after):
    before = dump(register)
    asked = []

    def cancel() -> bool:
        asked.append(True)
        return len(asked) > after

    with pytest.raises(ImportCancelled):
        apply_import(register, read_import(big_file), cancel=cancel)
    assert dump(register) == before


def test_cancel_during_updates_rolls_back_the_creates_too(register, tmp_path):
    rows = [["Förnamn", "Efternamn", "E-post", "Roll"]]
    rows += [[f"Ny{n}", "Ek", f"ny{n}@example.se", ""] for n in range(300)]
    rows += [["فاطمة", "حسن", "fatima@example.org", "Chef"]]
    path = write_csv(tmp_path / "x.csv", rows)
    before = dump(register)
    # The updates come after the creates; cancel at the last check, when all creates are written.
    with pytest.raises(ImportCancelled):
        apply_import(register, read_import(path), cancel=iter([False, False, True]).__next__)
    assert dump(register) == before


def test_a_failure_inside_the_store_rolls_everything_back(register, big_file, monkeypatch):
    before = dump(register)

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(type(register.participants), "create_many", broken)
    with pytest.raises(RuntimeError):
        apply_import(register, read_import(big_file))
    assert dump(register) == before


def test_a_plan_with_problems_is_refused(store, tmp_path):
    path = write_csv(tmp_path / "x.csv", [["Förnamn", "Efternamn", "E-post"], ["A", "B", "nej"], ["C", "", ""]])
    plan = read_import(path)
    with pytest.raises(ImportRefused) as refused:
        apply_import(store, plan)
    assert str(refused.value) == (
        "the import was not made: row 2, column E-post: 'nej' is not an e-mail address (and 1 more problems)"
    )
    assert store.counts()["participant"] == 0


def test_the_register_changed_between_reading_and_applying(store, tmp_path):
    """Matching is redone when applying: someone added meanwhile is found, not duplicated."""
    path = write_csv(tmp_path / "x.csv", [["Förnamn", "Efternamn", "E-post"], ["Anna", "Ek", "anna@example.se"]])
    plan = read_import(path, store=store)
    assert plan.preview["participants"].created == 1
    from aiall_desktop.records import Participant

    store.participants.create(Participant(first_name="Anna", last_name="Ek", email="anna@example.se"))
    result = apply_import(store, plan)
    assert result.counts["participants"].unchanged == 1 and store.participants.count() == 1
