"""A case's page: title, problem, stage (with the reason when parked), owner, organisations, ÖMS areas,
scores, votes, the activity it came from and notes; and its stage history and team.

A stage change is a move of the case method (``domain.cases.move``): it is kept in the case's history with
its date, and undone as one step. Parking needs a reason, so choosing "Parked" waits, with a note, until the
reason is written in the field below it; leaving that field parks the case.
"""

from __future__ import annotations

import dataclasses
import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ...domain import cases
from ...domain.validation import parse_name
from ...records import Case, CaseStage, CaseStageChange
from ...store import RecordNotFound
from ...store.clock import parse_utc, utc_now
from .. import labels
from ..forms import part
from .case_team import CaseTeamPanel
from .field_validation import FieldFeedback
from .fields import ChecklistField, ChoiceField, Field, LineField, TextField, caption
from .record_editor import NEW, RECORD, RecordEditor
from .record_pickers import OrganisationsField, ParticipantField
from .related_lists import RelatedList, Row
from .undo import Composite, CreateRecord, MoveCaseStage, StoreCommand

# Literal contexts at every call: pyside6-lupdate finds texts only in that form.
translate = QCoreApplication.translate

#: The stages as the combo offers them: the method's order, then parked.
STAGES = (*cases.STAGE_ORDER, CaseStage.PARKED)


class CountField(Field):
    """A whole number of at least zero in a spin box (votes); done when the user leaves it."""

    widget: QSpinBox

    def __init__(self, key: str, name: str, widget: QSpinBox):
        super().__init__(key, name, widget)
        widget.setMinimum(0)
        widget.valueChanged.connect(self._changed)
        widget.editingFinished.connect(self._done)

    def raw(self) -> int:
        return self.widget.value()

    def shown(self, value: Any) -> int:
        return int(value or 0)

    def _show(self, value: Any) -> None:
        self.widget.setValue(int(value or 0))


class CreateCase(Composite):
    """A new case and the first entry of its history; the case's id comes last, as the page opens that one."""

    def __init__(self, case: Case, history: CaseStageChange, text: str):
        super().__init__(text, [CreateRecord("cases", case, ""), CreateRecord("case_history", history, "")])
        self.ids = (history.id, case.id)


def _local_date(stamp: str) -> str:
    try:
        return labels.date_text(parse_utc(stamp).astimezone().date())
    except (TypeError, ValueError):
        return (stamp or "")[:10]


class CaseEditor(RecordEditor):
    kind = "cases"
    form_name = "case_form"

    def build_fields(self) -> list[Field]:
        form = self.form

        def name_of(label: str, fallback: str) -> str:
            return caption(part(form, QLabel, label), fallback)

        self.case_title = LineField(
            "title", name_of("titleLabel", "Title"), part(form, QLineEdit, "titleEdit"),
            part(form, QLabel, "titleMessage"),
            parse=lambda text: parse_name(text, what="a title") if text.strip() else "",
        )
        self.problem = TextField("problem", name_of("problemLabel", "Problem"),
                                 part(form, QPlainTextEdit, "problemEdit"))
        stages = [(stage.value, labels.label(labels.CASE_STAGES, stage)) for stage in STAGES]
        self.stage = ChoiceField("stage", name_of("stageLabel", "Stage"), part(form, QComboBox, "stageCombo"), stages)
        self.stage.feedback = FieldFeedback(self.stage.widget, part(form, QLabel, "stageMessage"))
        self.parked_reason = LineField("parked_reason", name_of("parkedReasonLabel", "Why parked"),
                                       part(form, QLineEdit, "parkedReasonEdit"),
                                       part(form, QLabel, "parkedReasonMessage"))
        # Any change of what the combo shows (a choice, a revert with Esc, a reload) decides the reason's use.
        self.stage.widget.currentIndexChanged.connect(self._enable_reason)
        self.owner = ParticipantField("owner_id", name_of("ownerLabel", "Owner"), part(form, QLineEdit, "ownerEdit"),
                                      part(form, QLabel, "ownerMessage"), self._participant_name)
        self.organisations = OrganisationsField(
            name_of("organisationsLabel", "Organisations"), part(form, QLineEdit, "organisationsEdit"),
            part(form, QLabel, "organisationsMessage"), self._organisation_name,
        )
        self.areas = ChecklistField("areas", name_of("areasLabel", "ÖMS areas"), part(form, QListWidget, "areasList"),
                                    [])
        self._area_choices: list[tuple[str, str]] | None = None
        self.intersection = part(form, QLabel, "intersectionLabel")
        self.areas.widget.itemChanged.connect(self._show_intersection)
        scores = [(None, translate("CaseEditor", "Not scored")), (1, translate("CaseEditor", "1 – low")),
                  (2, "2"), (3, "3"), (4, "4"), (5, translate("CaseEditor", "5 – high"))]
        self.value_score = ChoiceField("value_score", name_of("valueLabel", "Value"),
                                       part(form, QComboBox, "valueCombo"), scores)
        self.feasibility_score = ChoiceField("feasibility_score", name_of("feasibilityLabel", "Feasibility"),
                                             part(form, QComboBox, "feasibilityCombo"), scores)
        self.data_score = ChoiceField("data_score", name_of("dataLabel", "Data readiness"),
                                      part(form, QComboBox, "dataCombo"), scores)
        self.votes = CountField("votes", name_of("votesLabel", "Votes"), part(form, QSpinBox, "votesSpin"))
        self.origin = part(form, QLineEdit, "originEdit")
        self.origin.setPlaceholderText(translate("CaseEditor", "Not from an activity"))
        self.open_origin = part(form, QPushButton, "openOriginButton")
        self.open_origin.clicked.connect(self._open_origin)
        self.notes = TextField("notes", name_of("notesLabel", "Notes"), part(form, QPlainTextEdit, "notesEdit"))
        # Built with the fields, so that the page's tab order runs from the notes into the team.
        team_holder = part(form, QWidget, "teamHolder")
        self.team = CaseTeamPanel(self.host, team_holder)
        team_holder.layout().addWidget(self.team)
        return [self.case_title, self.problem, self.stage, self.parked_reason, self.owner, self.organisations,
                self.areas, self.value_score, self.feasibility_score, self.data_score, self.votes, self.notes]

    @property
    def last_field(self) -> Field:
        return self.votes

    def build_related(self) -> list[RelatedList]:
        # The team is edited in its own panel above (``case_team``); the history is the one list here.
        history = RelatedList(
            "historyList", translate("CaseEditor", "Stage history"),
            [translate("CaseEditor", "Date"), translate("CaseEditor", "Stage"), translate("CaseEditor", "Reason")],
            translate("CaseEditor", "No stage changes yet."), self, stretch=2,
        )
        return [history]

    def related_rows(self, record_id: str) -> list[list[Row]]:
        store = self.host.store
        history = []
        for change in store.case_history.list({"case_id": record_id}, order_by="changed_at", descending=True):
            step = labels.label(labels.CASE_STAGES, change.stage)
            if change.previous_stage:
                step = f"{labels.label(labels.CASE_STAGES, change.previous_stage)} → {step}"
            history.append(Row(None, None, (_local_date(change.changed_at), step, change.reason)))
        return [history]

    # -- loading ---------------------------------------------------------------------------------

    def register_changed(self, kinds: frozenset[str], tags: bool) -> None:
        if "organisations" in kinds:
            self.organisations.choices.stale = True
        if "participants" in kinds:
            self.owner.choices.stale = True
        self.team.register_changed(kinds)

    def before_load(self) -> None:
        store = self.host.store
        if self.organisations.choices.stale:
            self.organisations.choices.set_choices(store.lookup.organisation_choices())
        if self.owner.choices.stale:
            self.owner.choices.set_choices(store.related.participant_choices())
        areas = [(area, labels.area_label(area)) for area in store.settings.get("areas")]
        if areas != self._area_choices:
            self.areas.set_choices(areas)
            self._area_choices = areas

    def after_load(self) -> None:
        # Every change to the register reloads the page (refresh → after_load): the team's figures follow.
        self.team.show_case(self.record if self.mode == RECORD and isinstance(self.record, Case) else None)
        self._enable_reason()
        self._show_intersection()
        self._show_origin()

    def _enable_reason(self, *_args) -> None:
        self.parked_reason.widget.setEnabled(self.stage.raw() == CaseStage.PARKED.value)

    def _show_intersection(self, *_args) -> None:
        if labels.is_intersection(self.areas.raw()):
            self.intersection.setText(translate("CaseEditor", "Intersection case %1: it spans two or more areas.")
                                      .replace("%1", labels.INTERSECTION_MARK))
            self.intersection.show()
        else:
            self.intersection.clear()
            self.intersection.hide()

    def _show_origin(self) -> None:
        origin_id = getattr(self.record, "origin_activity_id", None)
        text = ""
        if origin_id:
            try:
                activity = self.host.store.activities.get(origin_id, include_deleted=True)
                text = translate("CaseEditor", "%1 (%2)").replace("%1", activity.title).replace("%2", activity.date)
            except RecordNotFound:
                text = translate("CaseEditor", "(deleted)")
        self.origin.setText(text)
        self.origin.setCursorPosition(0)
        self.open_origin.setEnabled(bool(origin_id) and self.mode == RECORD)

    def _open_origin(self) -> None:
        origin_id = getattr(self.record, "origin_activity_id", None)
        if origin_id and self.mode == RECORD:
            self.host.open_record("activities", origin_id)

    def _organisation_name(self, organisation_id: str) -> str:
        try:
            return self.host.store.organisations.get(organisation_id, include_deleted=True).name
        except RecordNotFound:
            return translate("CaseEditor", "(deleted)")

    def _participant_name(self, participant_id: str) -> str:
        try:
            return self.host.store.participants.get(participant_id, include_deleted=True).full_name
        except RecordNotFound:
            return translate("CaseEditor", "(deleted)")

    def blank(self, prefill: dict[str, Any]) -> Case:
        return Case(title="", **prefill)

    def record_name(self, record: Case) -> str:  # type: ignore[override]
        return record.title

    def entry_title(self) -> str:
        typed = self.case_title.raw().strip()
        if typed:
            return translate("CaseEditor", "New case: %1").replace("%1", typed)
        return translate("CaseEditor", "New case")

    # -- rules -----------------------------------------------------------------------------------

    def _parking_without_reason(self) -> bool:
        return self.stage.raw() == CaseStage.PARKED.value and not self.parked_reason.raw().strip()

    def required_problem(self, field: Field) -> str | None:
        if field is self.case_title and not self.case_title.raw().strip():
            return translate("CaseEditor", "Enter the case's title.")
        if field is self.parked_reason and self._parking_without_reason():
            return translate("CaseEditor", "Say why the case is parked.")
        return None

    def problem_of(self, field: Field, *, live: bool) -> str | None:
        if field is self.stage and self._parking_without_reason() and (self.mode == NEW or field.is_dirty()):
            return translate("CaseEditor", "A parked case needs a reason: write it under “Why parked” below.")
        return super().problem_of(field, live=live)

    # -- saving ----------------------------------------------------------------------------------

    def command_for(self, field: Field, value: Any) -> StoreCommand | None:
        record = self.record
        assert isinstance(record, Case) and self.record_id is not None
        parking = field is self.parked_reason and record.stage != CaseStage.PARKED \
            and self.stage.raw() == CaseStage.PARKED.value
        if field is self.stage or parking:
            stage = CaseStage(self.stage.parse())
            reason = self.parked_reason.parse() if stage == CaseStage.PARKED else ""
            try:
                move = cases.move(record, stage, at=utc_now(), reason=reason)
            except cases.StageProblem:
                return None  # the form's own rules stop these moves first
            old = {"stage": record.stage, "parked_reason": record.parked_reason}
            text = translate("CaseEditor", "move to %1").replace("%1", labels.label(labels.CASE_STAGES, stage))
            return MoveCaseStage(self.record_id, old, move, text)
        return super().command_for(field, value)

    def build_record(self) -> Case:
        record: Case = super().build_record()  # type: ignore[assignment]
        if record.stage != CaseStage.PARKED:
            record.parked_reason = ""
        return record

    def create_command(self, record: Case) -> StoreCommand:  # type: ignore[override]
        record = dataclasses.replace(record, id=record.id or str(uuid.uuid4()))
        # The history starts with the case: the day it was identified (or entered at a later stage).
        history = CaseStageChange(id=str(uuid.uuid4()), case_id=record.id, stage=record.stage, previous_stage=None,
                                  changed_at=utc_now(), reason=record.parked_reason)
        return CreateCase(record, history, translate("CaseEditor", "adding %1").replace("%1", record.title))

