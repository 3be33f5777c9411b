"""A small, varied register, and helpers to write import files and compare registers."""

from __future__ import annotations

import csv
import dataclasses
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from aiall_desktop.records import (
    Activity,
    ActivityKind,
    Attendance,
    AttendanceStatus,
    Gender,
    Organisation,
    Participant,
    Sector,
    SizeClass,
)
from aiall_desktop.store import Store

REPOSITORIES = ("organisations", "participants", "activities", "attendance")


def fill(store: Store) -> Store:
    """Organisations, people of many scripts, activities and attendance, with most fields set."""
    kumla = store.organisations.create(
        Organisation(name="Kumla Livsmedel AB", org_number="556677-8899", sector=Sector.COMPANY,
                     size_class=SizeClass.MEDIUM, municipality="Kumla", areas=["food", "energy"], notes="Besök i mars")
    )
    region = store.organisations.create(
        Organisation(name="Region Örebro län, Regional utveckling", org_number="232100-0164",
                     sector=Sector.PUBLIC_SECTOR, size_class=SizeClass.LARGE, municipality="Örebro")
    )
    foreign = store.organisations.create(
        Organisation(name="Łódź Robotics sp. z o.o.", sector=Sector.OTHER, size_class=SizeClass.SMALL)
    )
    people = [
        Participant(first_name="فاطمة", last_name="حسن", email="fatima@example.org", phone="070-123 45 67",
                    organisation_id=region.id, role="Verksamhetsutvecklare", backgrounds=["welfare"],
                    competences=["AI/data", "domain expert"], gender=Gender.WOMAN, consent_date="2025-02-01",
                    consent_scope="reporting", consent_method="signed form", tags=["pilot"], notes="Första kontakt"),
        Participant(first_name="Hương", last_name="Nguyễn Thị", email="huong@example.net", phone="+46 19 30 30 00",
                    organisation_id=kumla.id, role="VD", gender=Gender.SELF_DESCRIBED, gender_text="genderfluid",
                    competences=["business"]),
        Participant(first_name="Łukasz", last_name="Wójcik", email="LUKASZ@example.com", organisation_id=foreign.id,
                    gender=Gender.MAN, backgrounds=["software"], notes="=formula? no, a note\nwith two lines"),
        Participant(first_name="Anna", last_name="Berg", organisation_id=kumla.id, gender=Gender.NON_BINARY,
                    role="- kvalitet"),
        Participant(first_name="Anna", last_name="Berg", organisation_id=region.id, gender=Gender.NOT_STATED),
        Participant(first_name="Åsa", last_name="Öberg", email="asa@example.se"),
    ]
    people = [store.participants.create(person) for person in people]
    workshop = store.activities.create(
        Activity(kind=ActivityKind.CASE_WORKSHOP, title="Case-workshop: AI i livsmedel", date="2025-03-04",
                 start_time="09:00", end_time="12:30", place="Kumla", facilitators="A. Berg; K. Lind",
                 organisation_ids=[kumla.id, region.id], goal="Hitta tre case", notes="Fika 10.15")
    )
    visit = store.activities.create(
        Activity(kind=ActivityKind.COMPANY_VISIT, title="Företagsbesök", date="2025-04-10", start_time="13:00",
                 end_time="15:00", organisation_ids=[foreign.id])
    )
    store.activities.create(Activity(kind=ActivityKind.NETWORK_MEETING, title="Nätverksträff", date="2025-05-20"))
    statuses = [AttendanceStatus.PRESENT, AttendanceStatus.PRESENT, AttendanceStatus.EXCUSED, AttendanceStatus.NO_SHOW,
                AttendanceStatus.INVITED, AttendanceStatus.PRESENT]
    for person, status in zip(people, statuses):
        store.attendance.create(
            Attendance(activity_id=workshop.id, participant_id=person.id, status=status,
                       checked_in_at="2025-03-04T08:55:00+00:00" if status == AttendanceStatus.PRESENT else None)
        )
    store.attendance.create(Attendance(activity_id=visit.id, participant_id=people[2].id, role="host",
                                       status=AttendanceStatus.PRESENT))
    return store


def dump(store: Store) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table the import writes, tombstones and timestamps included."""
    return {
        name: sorted((dataclasses.asdict(r) for r in getattr(store, name).list(include_deleted=True)),
                     key=lambda row: row["id"])
        for name in REPOSITORIES
    }


def portable(store: Store, name: str) -> list[dict[str, Any]]:
    """The records of one kind as a file carries them: no timestamps, references by name."""
    organisations = {o.id: o.name for o in store.organisations.list(include_deleted=True)}
    activities = {a.id: (a.title, a.date) for a in store.activities.list(include_deleted=True)}
    people = {p.id: (p.email, p.full_name) for p in store.participants.list(include_deleted=True)}
    rows = []
    for record in getattr(store, name).list():
        row = dataclasses.asdict(record)
        for key in ("created_at", "updated_at", "deleted_at"):
            row.pop(key)
        if "organisation_id" in row:
            row["organisation_id"] = organisations.get(row["organisation_id"])
        if "organisation_ids" in row:
            row["organisation_ids"] = [organisations[i] for i in row["organisation_ids"]]
        if name == "attendance":
            row.pop("id")
            row["activity_id"] = activities[row["activity_id"]]
            row["participant_id"] = people[row["participant_id"]]
        rows.append(row)
    return sorted(rows, key=repr)


def write_csv(path: Path, rows: Sequence[Sequence[Any]], *, delimiter: str = ";", encoding: str = "utf-8-sig") -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle, delimiter=delimiter).writerows(rows)
    return path


def write_xlsx(path: Path, sheets: dict[str, Sequence[Sequence[Any]]]) -> Path:
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(list(row))
    workbook.save(path)
    return path
