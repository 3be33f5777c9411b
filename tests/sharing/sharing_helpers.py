"""Laptops for the exchange tests: registers copied from one common file, exchanging files."""

from __future__ import annotations

import shutil
from pathlib import Path

from aiall_desktop.records import Activity, Attendance, Case, Organisation, Participant
from aiall_desktop.sharing import apply_merge, read_exchange, write_exchange
from aiall_desktop.store import RECORD_TABLES, Store
from aiall_desktop.store.sharing import LOCAL_COLUMNS


def fill_common(store: Store) -> dict[str, str]:
    """A small register all laptops start from."""
    org = store.organisations.create(Organisation(name="Örebro Mekaniska", org_number="556677-8899"))
    other = store.organisations.create(Organisation(name="Region Örebro län", sector="public_sector"))
    ada = store.participants.create(Participant(first_name="Ada", last_name="Zed", email="ada@example.se",
                                                organisation_id=org.id))
    bo = store.participants.create(Participant(first_name="Bo", last_name="Qvist", organisation_id=other.id))
    workshop = store.activities.create(Activity(title="Case workshop", date="2025-03-12",
                                                organisation_ids=[org.id]))
    store.attendance.create(Attendance(activity_id=workshop.id, participant_id=ada.id))
    case = store.cases.create(Case(title="Predictive maintenance", organisation_ids=[org.id], owner_id=bo.id,
                                   origin_activity_id=workshop.id))
    return {"org": org.id, "other": other.id, "ada": ada.id, "bo": bo.id, "workshop": workshop.id,
            "case": case.id}


def make_laptops(folder: Path, count: int, common: Path | None = None) -> tuple[list[Store], dict[str, str]]:
    """``count`` registers copied from one common file (each gets its own id on its first write)."""
    folder.mkdir(parents=True, exist_ok=True)
    ids: dict[str, str] = {}
    if common is None:
        common = folder / "common.sqlite"
        with Store.open(common) as store:
            ids = fill_common(store)
    stores = []
    for n in range(count):
        path = folder / f"laptop{n}.sqlite"
        shutil.copy(common, path)
        stores.append(Store.open(path))
    return stores, ids


def send(source: Store, target: Store, folder: Path, *, twice: bool = False, peer: bool = True) -> Path:
    """``target`` merges a file ``source`` writes for it now; returns the file."""
    path = folder / f"from-{source.path.stem}-to-{target.path.stem}.aiall-exchange"
    write_exchange(source, path, peer_id=target.sharing.database_id if peer else None)
    apply_merge(target, read_exchange(path), backup=False)
    if twice:
        apply_merge(target, read_exchange(path), backup=False)
    return path


def snapshot(store: Store) -> dict[str, dict[str, tuple]]:
    """Every record row of every table, all columns but the local ones, by id."""
    found: dict[str, dict[str, tuple]] = {}
    for table in RECORD_TABLES:
        columns = [row[1] for row in store.db.execute(f"PRAGMA table_info({table})") if row[1] not in LOCAL_COLUMNS]
        found[table] = {
            row[0]: tuple(row) for row in store.db.execute(f"SELECT {', '.join(columns)} FROM {table}")
        }
    return found
