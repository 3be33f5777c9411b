"""An exported list imports into an empty register unchanged, for every kind, as CSV and as XLSX."""

from __future__ import annotations

from pathlib import Path

import pytest
from exchange_helpers import dump, fill, portable

from aiall_desktop.exchange import apply_import, export_rows, export_workbook, read_import
from aiall_desktop.store import Store


def round_trip(source: Store, target: Store, kind: str, path: Path) -> None:
    count = export_rows(source, kind, path)
    plan = read_import(path, store=target)
    assert plan.ok, [str(p) for p in plan.problems]
    assert plan.kinds == [kind]
    assert plan.notes == []
    assert len(plan.rows[kind]) == count
    result = apply_import(target, plan)
    assert result.counts[kind].created == count


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_organisations(register, other_store, tmp_path, suffix):
    round_trip(register, other_store, "organisations", tmp_path / f"org{suffix}")
    # IDs survive too: the same organisation on two laptops merges later.
    assert portable(other_store, "organisations") == portable(register, "organisations")


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_participants(register, other_store, tmp_path, suffix):
    round_trip(register, other_store, "participants", tmp_path / f"people{suffix}")
    assert portable(other_store, "participants") == portable(register, "participants")
    # Their organisations were created by name and number.
    numbers = {o.name: o.org_number for o in other_store.organisations.list()}
    assert numbers == {o.name: o.org_number for o in register.organisations.list()}


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_activities(register, other_store, tmp_path, suffix):
    round_trip(register, other_store, "activities", tmp_path / f"activities{suffix}")
    assert portable(other_store, "activities") == portable(register, "activities")


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_attendance(register, other_store, tmp_path, suffix):
    # Attendance names its activities and people, so those come first, as from their own lists.
    round_trip(register, other_store, "activities", tmp_path / f"activities{suffix}")
    round_trip(register, other_store, "participants", tmp_path / f"people{suffix}")
    round_trip(register, other_store, "attendance", tmp_path / f"attendance{suffix}")
    assert portable(other_store, "attendance") == portable(register, "attendance")


def test_whole_register_as_one_workbook(register, other_store, tmp_path):
    path = tmp_path / "register.xlsx"
    export_workbook(register, path)
    plan = read_import(path)
    assert plan.ok and plan.kinds == ["organisations", "participants", "activities", "attendance"]
    apply_import(other_store, plan)
    for kind in ("organisations", "participants", "activities", "attendance"):
        assert portable(other_store, kind) == portable(register, kind)
    # Every ID but the attendance rows' (which the lists do not show) is the same.
    before, after = dump(register), dump(other_store)
    for kind in ("organisations", "participants", "activities"):
        assert [r["id"] for r in after[kind]] == [r["id"] for r in before[kind]]


def test_export_then_import_into_the_same_register_changes_nothing(register, tmp_path):
    path = tmp_path / "register.xlsx"
    export_workbook(register, path)
    before = dump(register)
    result = apply_import(register, read_import(path))
    assert all(c.created == 0 and c.updated == 0 for c in result.counts.values())
    assert dump(register) == before


def test_second_register_built_by_fill_matches(tmp_path):
    # The fixture is deterministic apart from IDs and timestamps; guards the comparisons above.
    with Store.open(tmp_path / "a.sqlite") as a, Store.open(tmp_path / "b.sqlite") as b:
        fill(a)
        fill(b)
        for kind in ("participants", "attendance"):
            assert len(portable(a, kind)) == len(portable(b, kind))
