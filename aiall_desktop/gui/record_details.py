"""What the details panel says about one record: its fields in words, related records by name.

Kept apart from the widgets so that it can be tested without a window. The record is read through the
store's repositories; ids of related records become their names.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from ..records import Activity, AttendanceStatus, Case, CaseStage, Gender, Organisation, Participant
from ..store import RecordNotFound, Store
from ..store.clock import parse_utc
from . import labels

# Literal contexts at every call: pyside6-lupdate finds texts only in that form.
translate = QCoreApplication.translate



@dataclass
class RecordSummary:
    title: str
    subtitle: str = ""
    fields: list[tuple[str, str]] = field(default_factory=list)

    def add(self, name: str, value: str | None) -> None:
        self.fields.append((name, value or ""))

    def value(self, name: str) -> str:
        """The text shown for a field (tests and screen readers look fields up by their label)."""
        for label, text in self.fields:
            if label == name:
                return text
        raise KeyError(name)


def _names(ids: Iterable[str], lookup: Callable[[str], str]) -> str:
    names = []
    for record_id in ids:
        try:
            names.append(lookup(record_id))
        except RecordNotFound:
            names.append(translate("details", "(deleted)"))
    return labels.joined(names)


def _local_time(stamp: str) -> str:
    try:
        moment = parse_utc(stamp).astimezone()
    except (TypeError, ValueError):
        return stamp or ""
    return labels.moment_text(moment)


def _organisation_name(store: Store, record_id: str | None) -> str:
    if not record_id:
        return ""
    try:
        return store.organisations.get(record_id).name
    except RecordNotFound:
        return translate("details", "(deleted)")


def _organisation_names(store: Store, ids: Iterable[str]) -> str:
    return _names(ids, lambda i: store.organisations.get(i).name)


def _add_times(summary: RecordSummary, record) -> None:
    summary.add(translate("details", "Added"), _local_time(record.created_at))
    summary.add(translate("details", "Last changed"), _local_time(record.updated_at))


def organisation(store: Store, record_id: str) -> RecordSummary:
    record: Organisation = store.organisations.get(record_id)
    people = store.participants.count({"organisation_id": record_id})
    summary = RecordSummary(record.name, labels.label(labels.SECTORS, record.sector))
    summary.add(translate("details", "Org. number"), record.org_number)
    summary.add(translate("details", "Sector"), labels.label(labels.SECTORS, record.sector))
    summary.add(translate("details", "Size"), labels.label(labels.SIZE_CLASSES, record.size_class))
    summary.add(translate("details", "Municipality"), record.municipality)
    summary.add(translate("details", "Areas"), labels.areas_text(record.areas))
    summary.add(translate("details", "People"), labels.number(people))
    summary.add(translate("details", "Notes"), record.notes)
    _add_times(summary, record)
    return summary


def participant(store: Store, record_id: str) -> RecordSummary:
    record: Participant = store.participants.get(record_id)
    organisation_name = _organisation_name(store, record.organisation_id)
    gender = labels.label(labels.GENDERS, record.gender)
    if record.gender == Gender.SELF_DESCRIBED and record.gender_text:
        gender = record.gender_text
    subtitle = labels.joined([record.role, organisation_name])
    summary = RecordSummary(record.full_name, subtitle)
    summary.add(translate("details", "Organisation"), organisation_name)
    summary.add(translate("details", "Role"), record.role)
    summary.add(translate("details", "E-mail"), record.email)
    summary.add(translate("details", "Phone"), record.phone)
    summary.add(translate("details", "Gender"), gender)
    summary.add(translate("details", "Backgrounds"), labels.joined(record.backgrounds))
    summary.add(translate("details", "Competences"), labels.joined(record.competences))
    summary.add(translate("details", "Tags"), labels.joined(record.tags))
    consent = [record.consent_date or "", record.consent_scope, record.consent_method]
    consent_text = " · ".join(part for part in consent if part)
    summary.add(translate("details", "Consent"), consent_text or translate("details", "Not recorded"))
    summary.add(translate("details", "Notes"), record.notes)
    _add_times(summary, record)
    return summary


def activity(store: Store, record_id: str) -> RecordSummary:
    record: Activity = store.activities.get(record_id)
    kind = labels.label(labels.ACTIVITY_KINDS, record.kind)
    present = store.attendance.count({"activity_id": record_id, "status": AttendanceStatus.PRESENT})
    invited = store.attendance.count({"activity_id": record_id})
    summary = RecordSummary(record.title, f"{kind} · {record.date}")
    summary.add(translate("details", "Kind"), kind)
    summary.add(translate("details", "Date"), record.date)
    summary.add(translate("details", "Time"), f"{record.start_time}–{record.end_time}")
    summary.add(translate("details", "Place"), record.place)
    summary.add(translate("details", "Facilitators"), record.facilitators)
    summary.add(translate("details", "Organisations"), _organisation_names(store, record.organisation_ids))
    attendance = translate("details", "%1 present of %2 on the list")
    summary.add(
        translate("details", "Attendance"),
        attendance.replace("%1", labels.number(present)).replace("%2", labels.number(invited)),
    )
    summary.add(translate("details", "Goal"), record.goal)
    summary.add(translate("details", "Notes"), record.notes)
    _add_times(summary, record)
    return summary


def case(store: Store, record_id: str) -> RecordSummary:
    record: Case = store.cases.get(record_id)
    stage = labels.label(labels.CASE_STAGES, record.stage)
    if record.stage == CaseStage.PARKED and record.parked_reason:
        stage = f"{stage}: {record.parked_reason}"
    areas = labels.areas_text(record.areas)
    if record.is_intersection:
        areas += "\n" + translate("details", "An intersection case: it spans two or more areas.")
    summary = RecordSummary(record.title, stage)
    summary.add(translate("details", "Stage"), stage)
    summary.add(translate("details", "Areas"), areas)
    summary.add(translate("details", "Problem"), record.problem)
    summary.add(translate("details", "Organisations"), _organisation_names(store, record.organisation_ids))
    summary.add(translate("details", "Value"), _score(record.value_score))
    summary.add(translate("details", "Feasibility"), _score(record.feasibility_score))
    summary.add(translate("details", "Data readiness"), _score(record.data_score))
    summary.add(translate("details", "Votes"), labels.number(record.votes))
    origin = ""
    if record.origin_activity_id:
        origin = _names([record.origin_activity_id], lambda i: store.activities.get(i).title)
    summary.add(translate("details", "From activity"), origin)
    owner = _names([record.owner_id], lambda i: store.participants.get(i).full_name) if record.owner_id else ""
    summary.add(translate("details", "Owner"), owner)
    summary.add(translate("details", "Notes"), record.notes)
    _add_times(summary, record)
    return summary


def _score(value: int | None) -> str:
    return translate("details", "%1 of 5").replace("%1", str(value)) if value is not None else ""


#: By the name of the list the record was chosen in.
DESCRIBERS: dict[str, Callable[[Store, str], RecordSummary]] = {
    "organisations": organisation,
    "participants": participant,
    "activities": activity,
    "cases": case,
}


def describe(store: Store, list_name: str, record_id: str) -> RecordSummary:
    return DESCRIBERS[list_name](store, record_id)
