"""An activity's page: title, kind, date, times, place, facilitators, organisations involved, goal, notes;
and its agenda (with the clock time each block starts), its people and the cases it produced.

Typed fast: the date and times are plain lines (``2025-03-12``, ``9.00`` is understood), checked as they
are typed; a start moved past the end takes the end along, so that the activity keeps its length.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit

from ...domain.agenda import schedule
from ...domain.validation import (
    InvalidValue,
    end_keeping_length,
    parse_date,
    parse_end_time,
    parse_name,
    parse_time,
    time_minutes,
)
from ...records import Activity, ActivityKind, AgendaItem
from ...store import RecordNotFound
from ...store.clock import parse_utc
from .. import labels
from ..composition import figures
from ..composition.badge import CompositionBadge
from ..composition.wording import Group, group_name, group_title
from ..forms import part
from .field_validation import message_text
from .fields import PROBLEMS, ChoiceField, Field, LineField, TextField, caption
from .record_editor import NEW, RecordEditor
from .record_pickers import OrganisationsField
from .related_lists import RelatedList, Row
from .undo import StoreCommand, UpdateRecord

# Literal contexts at every call: pyside6-lupdate finds texts only in that form.
translate = QCoreApplication.translate


def _optional(parse):
    """A rule for a required field whose emptiness the form itself reports (in its own words)."""
    return lambda text: parse(text) if text.strip() else None


def _as_run(item: AgendaItem) -> str:
    """When a block really ran (run mode keeps it), in local clock time: "09:04–09:31"."""
    def local(stamp: str | None) -> str:
        if not stamp:
            return ""
        try:
            return labels.time_text(parse_utc(stamp).astimezone())
        except ValueError:
            return ""

    begun, ended = local(item.actual_start), local(item.actual_end)
    return f"{begun}–{ended}" if begun else ""


class ActivityEditor(RecordEditor):
    kind = "activities"
    form_name = "activity_form"
    _badge: CompositionBadge | None = None

    def build_fields(self) -> list[Field]:
        form = self.form

        def name_of(label: str, fallback: str) -> str:
            return caption(part(form, QLabel, label), fallback)

        def line(key: str, stem: str, name: str, **kwargs) -> LineField:
            return LineField(key, name, part(form, QLineEdit, f"{stem}Edit"), form.findChild(QLabel, f"{stem}Message"),
                             **kwargs)

        self.activity_title = line("title", "title", name_of("titleLabel", "Title"),
                                   parse=lambda text: parse_name(text, what="a title") if text.strip() else "")
        kinds = [(kind.value, labels.label(labels.ACTIVITY_KINDS, kind)) for kind in ActivityKind]
        self.activity_kind = ChoiceField("kind", name_of("kindLabel", "Kind"), part(form, QComboBox, "kindCombo"),
                                         kinds)
        self.date = line("date", "date", name_of("dateLabel", "Date"), parse=_optional(parse_date))
        self.start_time = line("start_time", "startTime", translate("ActivityEditor", "Start time"),
                               parse=_optional(parse_time))
        self.end_time = line("end_time", "endTime", translate("ActivityEditor", "End time"),
                             parse=_optional(parse_time))
        # Moving the start past the end moves the end too (before the start's own save, which takes it along).
        self.start_time.finished.connect(self._keep_length)
        self._end_typed = False
        self.end_time.edited.connect(self._note_end_typed)
        self.place = line("place", "place", name_of("placeLabel", "Place"))
        self.facilitators = line("facilitators", "facilitators", name_of("facilitatorsLabel", "Facilitators"))
        self.organisations = OrganisationsField(
            name_of("organisationsLabel", "Organisations"), part(form, QLineEdit, "organisationsEdit"),
            part(form, QLabel, "organisationsMessage"), self._organisation_name,
        )
        self.goal = line("goal", "goal", name_of("goalLabel", "Goal"))
        self.notes = TextField("notes", name_of("notesLabel", "Notes"), part(form, QPlainTextEdit, "notesEdit"))
        return [self.activity_title, self.activity_kind, self.date, self.start_time, self.end_time, self.place,
                self.facilitators, self.organisations, self.goal, self.notes]

    @property
    def last_field(self) -> Field:
        return self.goal

    def build_related(self) -> list[RelatedList]:
        agenda = RelatedList(
            "agendaList", translate("ActivityEditor", "Agenda"),
            [translate("ActivityEditor", "Starts"), translate("ActivityEditor", "Block"),
             translate("ActivityEditor", "Minutes"), translate("ActivityEditor", "Lead"),
             translate("ActivityEditor", "As run")],
            translate("ActivityEditor", "No agenda yet: it is planned on the workshop page."), self, stretch=1,
        )
        people = RelatedList(
            "peopleList", translate("ActivityEditor", "People"),
            [translate("ActivityEditor", "Name"), translate("ActivityEditor", "Organisation"),
             translate("ActivityEditor", "Status")],
            translate("ActivityEditor", "Nobody on the list yet."), self, stretch=1,
        )
        cases = RelatedList(
            "casesList", translate("ActivityEditor", "Cases from this activity"),
            [translate("ActivityEditor", "Title"), translate("ActivityEditor", "Stage")],
            translate("ActivityEditor", "No cases came from it yet."), self,
        )
        return [agenda, people, cases]

    def related_rows(self, record_id: str) -> list[list[Row]]:
        store = self.host.store
        self._show_composition(record_id)
        related = store.related
        planned = schedule(self.record, store.agenda_items.list({"activity_id": record_id}, order_by="position"))
        agenda = [Row(None, None, (block.start, block.item.title, labels.number(block.minutes), block.item.lead,
                                   _as_run(block.item)))
                  for block in planned.items]
        people = [Row("participants", person.id,
                      (person.name, person.organisation, labels.label(labels.ATTENDANCE_STATUSES, person.status)))
                  for person in related.people_of_activity(record_id)]
        cases = []
        for case in related.cases_of_activity(record_id):
            title = case.title
            if labels.is_intersection(case.areas):
                title = f"{title} {labels.INTERSECTION_MARK}"
            cases.append(Row("cases", case.id, (title, labels.label(labels.CASE_STAGES, case.stage))))
        return [agenda, people, cases]

    # -- loading ---------------------------------------------------------------------------------

    def _show_composition(self, record_id: str) -> None:
        """The activity's figures against the 26 % line: those who came, or those invited before anyone has."""
        if self._badge is None:
            self._badge = CompositionBadge(self.page)
            self._badge.setObjectName("activityComposition")
            layout = self.page.layout()
            layout.insertWidget(layout.indexOf(self.subtitle) + 1, self._badge, 0, Qt.AlignmentFlag.AlignLeft)
        came, composition = figures.headline(self.host.store, record_id)
        group = Group.PRESENT if came else Group.INVITED
        self._badge.show_composition(composition, group_name(group), group_title(group))
        self._badge.show()

    def register_changed(self, kinds: frozenset[str], tags: bool) -> None:
        if "organisations" in kinds:
            self.organisations.choices.stale = True

    def after_load(self) -> None:
        self._end_typed = False

    def _note_end_typed(self) -> None:
        self._end_typed = True

    def before_load(self) -> None:
        if self.organisations.choices.stale:
            self.organisations.choices.set_choices(self.host.store.lookup.organisation_choices())

    def _organisation_name(self, organisation_id: str) -> str:
        try:
            return self.host.store.organisations.get(organisation_id, include_deleted=True).name
        except RecordNotFound:
            return translate("ActivityEditor", "(deleted)")

    def blank(self, prefill: dict[str, Any]) -> Activity:
        if self._badge is not None:
            self._badge.hide()  # a new entry has nobody on its list yet
        values = {"title": "", "date": dt.date.today().isoformat()} | prefill
        return Activity(**values)

    def record_name(self, record: Activity) -> str:  # type: ignore[override]
        return record.title

    def entry_title(self) -> str:
        typed = self.activity_title.raw().strip()
        if typed:
            return translate("ActivityEditor", "New activity: %1").replace("%1", typed)
        return translate("ActivityEditor", "New activity")

    def next_prefill(self, record: Activity) -> dict[str, Any]:  # type: ignore[override]
        # A series is usually of one kind (the network meetings of a term).
        return {"kind": record.kind}

    # -- rules -----------------------------------------------------------------------------------

    def required_problem(self, field: Field) -> str | None:
        raw = field.raw()
        if not isinstance(raw, str) or raw.strip():
            return None
        if field is self.activity_title:
            return translate("ActivityEditor", "Enter the activity's title.")
        if field is self.date:
            return translate("ActivityEditor", "Enter the date, as YYYY-MM-DD.")
        if field is self.start_time:
            return translate("ActivityEditor", "Enter the start time, as HH:MM.")
        if field is self.end_time:
            return translate("ActivityEditor", "Enter the end time, as HH:MM.")
        return None

    def problem_of(self, field: Field, *, live: bool) -> str | None:
        problem = super().problem_of(field, live=live)
        if problem or field is not self.end_time:
            return problem
        if live and self.start_time.widget.hasFocus():
            return None  # the start is being typed: it may yet move the end along
        try:
            parse_end_time(self.end_time.raw(), self._start_for_end())
        except InvalidValue as invalid:
            if invalid.message.key != "time_order":
                return message_text(invalid.message)
            return translate("ActivityEditor", "The end time must be after the start time (%1).") \
                .replace("%1", str(invalid.message.values["start"]))
        return None

    def _start_for_end(self) -> str:
        """The start the end is checked against: as typed when that is a time, else as saved."""
        try:
            start = self.start_time.parse()
        except PROBLEMS:
            start = None
        return start or getattr(self.record, "start_time", "") or ""

    def _keep_length(self) -> None:
        """A new entry's start moved to or past its end: the end follows, keeping the activity's length.

        Unless the end was typed by hand. (An existing record's end moves with the start's save: see
        :meth:`changes_for`.)
        """
        record = self.record
        if self.mode != NEW or not isinstance(record, Activity) or self._end_typed:
            return
        try:
            start = self.start_time.parse()
            end = self.end_time.parse()
        except PROBLEMS:
            return
        if not start or not end or time_minutes(end) > time_minutes(start):
            return
        moved = end_keeping_length(record.start_time, record.end_time, start)
        self.end_time.show_value(moved)
        self._validate_all(live=True)
        self.host.show_status(translate("ActivityEditor", "The end time moved to %1: the activity keeps its "
                                                          "length.").replace("%1", moved))

    def changes_for(self, field: Field, value: Any) -> dict[str, Any]:
        record = self.record
        if field is self.start_time and isinstance(record, Activity) and value:
            if time_minutes(record.end_time) <= time_minutes(value):
                return {"start_time": value, "end_time": end_keeping_length(record.start_time, record.end_time, value)}
        return {field.key: value}

    def command_for(self, field: Field, value: Any) -> StoreCommand | None:
        command = super().command_for(field, value)
        if isinstance(command, UpdateRecord) and field is self.start_time and "end_time" in command.new:
            command.setText(translate("ActivityEditor", "change of %1 (the end moved to %2)")
                            .replace("%1", field.name).replace("%2", command.new["end_time"]))
        return command
