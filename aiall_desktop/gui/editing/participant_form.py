"""A participant's page: name (any script), e-mail, phone, organisation, role, tags, gender, consent, notes;
and the activities they attended, their teams and their cases.

Made for the company visit: after "Save and New" the next entry starts with the same organisation, so
ten people are typed with the keyboard alone.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QStringListModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QWidget

from ...domain.validation import parse_date, parse_email, parse_name, parse_phone
from ...records import Gender, Organisation, Participant
from ...store import RecordNotFound
from .. import labels
from ..forms import part
from .duplicates import DuplicateNote
from .field_validation import NAME_REQUIRED
from .field_validation import translated
from .fields import ChoiceField, Field, LineField, TagsField, TextField, caption
from .organisation_picker import NewOrganisation, OrganisationField
from .record_editor import NEW, RECORD, RecordEditor
from .related_lists import RelatedList, Row
from .tag_completer import TagCompleter
from .undo import Composite, CreateRecord, StoreCommand, UpdateRecord

#: The order of the gender choices; "not stated" is the default and nobody must answer.
GENDER_ORDER = (Gender.WOMAN, Gender.MAN, Gender.NON_BINARY, Gender.SELF_DESCRIBED, Gender.NOT_STATED)


# Literal contexts at every call: pyside6-lupdate finds texts only in that form.
translate = QCoreApplication.translate


def _lawful_basis(store) -> str:
    """The project's lawful-basis text in the window's language (Swedish or English), else the other one."""
    first, second = ("sv", "en") if QLocale().language() == QLocale.Language.Swedish else ("en", "sv")
    for language in (first, second):
        try:
            text = store.settings.get(f"lawful_basis_{language}")
        except KeyError:
            continue
        if isinstance(text, str) and text.strip():
            return " ".join(text.split())
    return ""


def _optional_name(text: str) -> str:
    return parse_name(text) if text.strip() else ""


class ParticipantEditor(RecordEditor):
    kind = "participants"
    form_name = "participant_form"
    has_tags = True

    def build_fields(self) -> list[Field]:
        form = self.form

        def name_of(label: str, fallback: str) -> str:
            return caption(part(form, QLabel, label), fallback)

        def line(key: str, stem: str, fallback: str, **kwargs) -> LineField:
            message = form.findChild(QLabel, f"{stem}Message")
            return LineField(key, name_of(f"{stem}Label", fallback), part(form, QLineEdit, f"{stem}Edit"), message,
                             **kwargs)

        self.first_name = line("first_name", "firstName", "First name", parse=_optional_name)
        self.last_name = line("last_name", "lastName", "Last name", parse=_optional_name)
        self.email = line("email", "email", "E-mail", parse=parse_email)
        self.phone = line("phone", "phone", "Phone", parse=parse_phone)
        self.organisation = OrganisationField(
            part(form, QLineEdit, "organisationEdit"), name_of("organisationLabel", "Organisation"),
            part(form, QLabel, "organisationMessage"), part(form, QWidget, "newOrganisationBox"),
            part(form, QLabel, "newOrganisationLabel"), part(form, QPushButton, "addOrganisationButton"),
            self._organisation_name,
        )
        self.organisation.live_problems = False  # the note under it explains while typing
        self.organisation.new_confirmed.connect(self._organisation_confirmed)
        self.role = line("role", "role", "Role")
        genders = [(gender.value, labels.label(labels.GENDERS, gender)) for gender in GENDER_ORDER]
        self.gender = ChoiceField("gender", name_of("genderLabel", "Gender"), part(form, QComboBox, "genderCombo"),
                                  genders)
        self.gender.edited.connect(self._enable_gender_text)
        self.gender_text = LineField("gender_text", translate("ParticipantEditor", "Gender in own words"),
                                     part(form, QLineEdit, "genderTextEdit"))
        self.backgrounds = TagsField("backgrounds", name_of("backgroundsLabel", "Background"),
                                     part(form, QLineEdit, "backgroundsEdit"))
        self.competences = TagsField("competences", name_of("competencesLabel", "Competences"),
                                     part(form, QLineEdit, "competencesEdit"))
        self.tags = TagsField("tags", name_of("tagsLabel", "Tags"), part(form, QLineEdit, "tagsEdit"))
        self._completers = {}
        for field in (self.backgrounds, self.competences, self.tags):
            completer = TagCompleter(parent=self)
            field.widget.setCompleter(completer)
            self._completers[field.key] = completer
        self.consent_date = line("consent_date", "consentDate", "Consent date", parse=parse_date,
                                 show=lambda value: value or "")
        self.consent_scope = line("consent_scope", "consentScope", "Consent covers")
        self.consent_method = line("consent_method", "consentMethod", "Consent given")
        self._suggest(self.consent_scope.widget, [
            translate("ParticipantEditor", "Registration, reporting to the funder and contact about the project"),
            translate("ParticipantEditor", "Reporting to the funder only"),
            translate("ParticipantEditor", "Photos from the activity"),
        ])
        self._suggest(self.consent_method.widget, [
            translate("ParticipantEditor", "Signed the sign-in sheet"),
            translate("ParticipantEditor", "By e-mail"),
            translate("ParticipantEditor", "Web form"),
            translate("ParticipantEditor", "Verbally, noted by the facilitator"),
        ])
        self.notes = TextField("notes", name_of("notesLabel", "Notes"), part(form, QPlainTextEdit, "notesEdit"))
        self.lawful_basis = part(form, QLabel, "lawfulBasisNote")  # read only: a project setting, not the person's
        self.duplicate = DuplicateNote(part(form, QWidget, "duplicateBox"), part(form, QLabel, "duplicateLabel"),
                                       part(form, QPushButton, "openDuplicateButton"), self._open_duplicate)
        self._tags_stale = True
        return [self.first_name, self.last_name, self.email, self.phone, self.organisation, self.role, self.gender,
                self.gender_text, self.backgrounds, self.competences, self.tags, self.consent_date,
                self.consent_scope, self.consent_method, self.notes]

    def _suggest(self, widget: QLineEdit, texts: list[str]) -> None:
        completer = QCompleter(QStringListModel(texts, self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        widget.setCompleter(completer)

    @property
    def last_field(self) -> Field:
        return self.consent_method

    def build_related(self) -> list[RelatedList]:
        activities = RelatedList(
            "activitiesList", translate("ParticipantEditor", "Activities"),
            [translate("ParticipantEditor", "Title"), translate("ParticipantEditor", "Date"),
             translate("ParticipantEditor", "Status")],
            translate("ParticipantEditor", "Not on the list of any activity yet."), self,
        )
        teams = RelatedList(
            "teamsList", translate("ParticipantEditor", "Teams"),
            [translate("ParticipantEditor", "Team"), translate("ParticipantEditor", "Kind"),
             translate("ParticipantEditor", "Works on")],
            translate("ParticipantEditor", "Not in a team yet."), self, stretch=2,
        )
        cases = RelatedList(
            "casesList", translate("ParticipantEditor", "Cases"),
            [translate("ParticipantEditor", "Title"), translate("ParticipantEditor", "Stage"),
             translate("ParticipantEditor", "As")],
            translate("ParticipantEditor", "No cases yet."), self,
        )
        return [activities, teams, cases]

    def related_rows(self, record_id: str) -> list[list[Row]]:
        related = self.host.store.related
        activities = [Row("activities", a.id, (a.title, a.date, labels.label(labels.ATTENDANCE_STATUSES, a.status)))
                      for a in related.activities_of_participant(record_id)]
        teams = []
        for team in related.teams_of_participant(record_id):
            kind, target = ("cases", team.case_id) if team.case_id else ("activities", team.activity_id)
            teams.append(Row(kind if target else None, target,
                             (team.name, labels.label(labels.TEAM_KINDS, team.kind), team.context)))
        roles = {"owner": translate("ParticipantEditor", "Owner"),
                 "team": translate("ParticipantEditor", "Team member")}
        cases = [Row("cases", c.id, (c.title, labels.label(labels.CASE_STAGES, c.stage), roles.get(c.relation, "")))
                 for c in related.cases_of_participant(record_id)]
        return [activities, teams, cases]

    # -- loading ---------------------------------------------------------------------------------

    def register_changed(self, kinds: frozenset[str], tags: bool) -> None:
        if "organisations" in kinds:
            self.organisation.choices.stale = True
        if tags:
            self._tags_stale = True

    def before_load(self) -> None:
        store = self.host.store
        self.lawful_basis.setText(_lawful_basis(store))
        if self.organisation.choices.stale:
            self.organisation.choices.set_choices(store.lookup.organisation_choices())
        if self._tags_stale:
            self._tags_stale = False
            for key in ("backgrounds", "competences"):
                self._completers[key].set_words([*store.settings.get(key), *store.lookup.tags_in_use((key,))])
            self._completers["tags"].set_words(store.lookup.tags_in_use(("tags",)))

    def after_load(self) -> None:
        self._enable_gender_text()

    def _enable_gender_text(self) -> None:
        self.gender_text.widget.setEnabled(self.gender.raw() == Gender.SELF_DESCRIBED.value)

    def _organisation_name(self, organisation_id: str) -> str:
        try:
            return self.host.store.organisations.get(organisation_id, include_deleted=True).name
        except RecordNotFound:
            return ""

    def blank(self, prefill: dict[str, Any]) -> Participant:
        return Participant(first_name="", last_name="", **prefill)

    def record_name(self, record: Participant) -> str:  # type: ignore[override]
        return record.full_name

    def entry_title(self) -> str:
        typed = f"{self.first_name.raw().strip()} {self.last_name.raw().strip()}".strip()
        if typed:
            return translate("ParticipantEditor", "New participant: %1").replace("%1", typed)
        return translate("ParticipantEditor", "New participant")

    def required_problem(self, field: Field) -> str | None:
        if field is self.first_name and not (self.first_name.raw().strip() or self.last_name.raw().strip()):
            return translated(NAME_REQUIRED)
        return None

    def next_prefill(self, record: Participant) -> dict[str, Any]:  # type: ignore[override]
        # The company-visit case: the next person most likely works at the same place.
        return {"organisation_id": record.organisation_id} if record.organisation_id else {}

    # -- saving ----------------------------------------------------------------------------------

    def changes_for(self, field: Field, value: Any) -> dict[str, Any]:
        if field is self.gender and value != Gender.SELF_DESCRIBED.value and self.record is not None \
                and getattr(self.record, "gender_text", ""):
            return {"gender": value, "gender_text": ""}  # a self-description is not kept behind another answer
        return {field.key: value}

    def command_for(self, field: Field, value: Any) -> StoreCommand | None:
        if field is self.organisation and isinstance(value, NewOrganisation):
            assert self.record_id is not None and self.record is not None
            organisation = Organisation(id=str(uuid.uuid4()), name=value.name)
            old = {"organisation_id": getattr(self.record, "organisation_id")}
            return Composite(
                translate("ParticipantEditor", "adding organisation %1").replace("%1", value.name),
                [CreateRecord("organisations", organisation, ""),
                 UpdateRecord(self.kind, self.record_id, old, {"organisation_id": organisation.id}, "")],
            )
        return super().command_for(field, value)

    def build_record(self) -> Participant:
        record: Participant = super().build_record()  # type: ignore[assignment]
        if record.gender != Gender.SELF_DESCRIBED:
            record.gender_text = ""
        return record

    def create_command(self, record: Participant) -> StoreCommand:  # type: ignore[override]
        text = translate("ParticipantEditor", "adding %1").replace("%1", record.full_name)
        if isinstance(record.organisation_id, NewOrganisation):
            organisation = Organisation(id=str(uuid.uuid4()), name=record.organisation_id.name)
            record.organisation_id = organisation.id
            return Composite(text, [CreateRecord("organisations", organisation, ""),
                                    CreateRecord(self.kind, record, "")])
        return CreateRecord(self.kind, record, text)

    def _organisation_confirmed(self, _name: str) -> None:
        if self.mode == RECORD:
            self.commit(self.organisation)
        self.focusNextPrevChild(True)

    # -- duplicates ------------------------------------------------------------------------------

    def check_duplicates(self) -> None:
        if self.mode not in (NEW, RECORD) or self.email.problem():
            self.duplicate.hide()
            return
        matches = self.host.store.lookup.find_participants_by_email(self.email.raw(), self.record_id)
        if not matches:
            self.duplicate.hide()
            return
        first = matches[0]
        who = first.name
        if first.organisation:
            who = translate("ParticipantEditor", "%1 (%2)").replace("%1", first.name)
            who = who.replace("%2", first.organisation)
        text = translate("ParticipantEditor", "%1 has this e-mail address.").replace("%1", who)
        self.duplicate.show(text, first.id, more=len(matches) - 1, new_entry=self.mode == NEW)

    def _open_duplicate(self, record_id: str) -> None:
        if self.mode == NEW:
            self.discard()
        self.host.open_record(self.kind, record_id)
