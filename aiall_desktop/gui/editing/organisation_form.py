"""An organisation's page: name, organisation number, sector, EU size class, municipality, ÖMS areas, notes;
and its people, the activities they attended and its cases."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from ...domain.validation import parse_name, parse_org_number
from ...records import Organisation, Sector, SizeClass
from .. import labels
from ..forms import part
from .duplicates import DuplicateNote
from .field_validation import ORGANISATION_NAME_REQUIRED
from .field_validation import translated
from .fields import ChecklistField, ChoiceField, Field, LineField, TextField, caption
from .record_editor import NEW, RecordEditor
from .related_lists import RelatedList, Row

#: The municipalities of Örebro County, offered first (any other may be typed).
COUNTY_MUNICIPALITIES = (
    "Askersund", "Degerfors", "Hallsberg", "Hällefors", "Karlskoga", "Kumla", "Laxå", "Lekeberg",
    "Lindesberg", "Ljusnarsberg", "Nora", "Örebro",
)


# Literal contexts at every call: pyside6-lupdate finds texts only in that form.
translate = QCoreApplication.translate


class OrganisationEditor(RecordEditor):
    kind = "organisations"
    form_name = "organisation_form"

    def build_fields(self) -> list[Field]:
        form = self.form

        def name_of(label: str, fallback: str) -> str:
            return caption(part(form, QLabel, label), fallback)

        self.name = LineField(
            "name", name_of("nameLabel", "Name"), part(form, QLineEdit, "nameEdit"), part(form, QLabel, "nameMessage"),
            parse=lambda text: parse_name(text) if text.strip() else "",
        )
        self.org_number = LineField(
            "org_number", name_of("orgNumberLabel", "Org. number"), part(form, QLineEdit, "orgNumberEdit"),
            part(form, QLabel, "orgNumberMessage"), parse=parse_org_number, show=lambda value: value or "",
        )
        sectors = [(sector.value, labels.label(labels.SECTORS, sector)) for sector in Sector]
        self.sector = ChoiceField("sector", name_of("sectorLabel", "Sector"), part(form, QComboBox, "sectorCombo"),
                                  sectors)
        sizes = [(None, translate("OrganisationEditor", "Not given"))]
        sizes += [(size.value, labels.label(labels.SIZE_CLASSES, size)) for size in SizeClass]
        helps = [""] + [labels.label(labels.SIZE_CLASS_HELP, size) for size in SizeClass]
        self.size_class = ChoiceField("size_class", name_of("sizeLabel", "Size class"),
                                      part(form, QComboBox, "sizeCombo"), sizes, tooltips=helps)
        self.size_help = part(form, QLabel, "sizeHelp")
        self.size_class.edited.connect(self._show_size_help)
        self.municipality = LineField("municipality", name_of("municipalityLabel", "Municipality"),
                                      part(form, QLineEdit, "municipalityEdit"))
        self._municipalities = QStringListModel(self)
        completer = QCompleter(self._municipalities, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.municipality.widget.setCompleter(completer)
        self.areas = ChecklistField("areas", name_of("areasLabel", "ÖMS areas"), part(form, QListWidget, "areasList"),
                                    [])
        self._area_choices: list[tuple[str, str]] | None = None
        self.notes = TextField("notes", name_of("notesLabel", "Notes"), part(form, QPlainTextEdit, "notesEdit"))
        self.duplicate = DuplicateNote(part(form, QWidget, "duplicateBox"), part(form, QLabel, "duplicateLabel"),
                                       part(form, QPushButton, "openDuplicateButton"), self._open_duplicate)
        return [self.name, self.org_number, self.sector, self.size_class, self.municipality, self.areas, self.notes]

    @property
    def last_field(self) -> Field:
        return self.areas

    def build_related(self) -> list[RelatedList]:
        people = RelatedList(
            "peopleList", translate("OrganisationEditor", "People"),
            [translate("OrganisationEditor", "Name"), translate("OrganisationEditor", "Role"),
             translate("OrganisationEditor", "E-mail")],
            translate("OrganisationEditor", "Nobody yet."), self, stretch=2,
        )
        activities = RelatedList(
            "activitiesList", translate("OrganisationEditor", "Activities"),
            [translate("OrganisationEditor", "Title"), translate("OrganisationEditor", "Date"),
             translate("OrganisationEditor", "Present")],
            translate("OrganisationEditor", "None of its people has attended an activity yet."), self,
        )
        cases = RelatedList(
            "casesList", translate("OrganisationEditor", "Cases"),
            [translate("OrganisationEditor", "Title"), translate("OrganisationEditor", "Stage")],
            translate("OrganisationEditor", "No cases name this organisation yet."), self,
        )
        return [people, activities, cases]

    def related_rows(self, record_id: str) -> list[list[Row]]:
        related = self.host.store.related
        people = [Row("participants", p.id, (p.name, p.role, p.email))
                  for p in related.people_of_organisation(record_id)]
        activities = [Row("activities", a.id, (a.title, a.date, labels.number(a.people)))
                      for a in related.activities_of_organisation(record_id)]
        cases = [Row("cases", c.id, (c.title, labels.label(labels.CASE_STAGES, c.stage)))
                 for c in related.cases_of_organisation(record_id)]
        return [people, activities, cases]

    # -- loading ---------------------------------------------------------------------------------

    def before_load(self) -> None:
        store = self.host.store
        areas = [(area, labels.area_label(area)) for area in store.settings.get("areas")]
        if areas != self._area_choices:
            self.areas.set_choices(areas)
            self._area_choices = areas
        known = list(COUNTY_MUNICIPALITIES)
        known += [name for name in store.lookup.municipalities_in_use() if name not in COUNTY_MUNICIPALITIES]
        self._municipalities.setStringList(sorted(known, key=str.casefold))

    def after_load(self) -> None:
        self._show_size_help()

    def _show_size_help(self) -> None:
        size = self.size_class.raw()
        if size:
            text = labels.label(labels.SIZE_CLASS_HELP, size)
        else:
            text = translate("OrganisationEditor", "EU size classes: micro, small, medium-sized or large, "
                                                   "by staff and turnover or balance sheet.")
        self.size_help.setText(text)

    def blank(self, prefill: dict[str, Any]) -> Organisation:
        return Organisation(name="", **prefill)

    def record_name(self, record: Organisation) -> str:  # type: ignore[override]
        return record.name

    def entry_title(self) -> str:
        typed = self.name.raw().strip()
        if typed:
            return translate("OrganisationEditor", "New organisation: %1").replace("%1", typed)
        return translate("OrganisationEditor", "New organisation")

    def required_problem(self, field: Field) -> str | None:
        if field is self.name and not self.name.raw().strip():
            return translated(ORGANISATION_NAME_REQUIRED)
        return None

    # -- duplicates ------------------------------------------------------------------------------

    def check_duplicates(self) -> None:
        if self.mode not in (NEW, "record"):
            self.duplicate.hide()
            return
        number = self.org_number.raw() if not self.org_number.problem() else ""
        matches = self.host.store.lookup.find_duplicate_organisations(self.name.raw(), number, self.record_id)
        if not matches:
            self.duplicate.hide()
            return
        first = matches[0]
        who = translate("OrganisationEditor", "“%1”").replace("%1", first.name)
        if first.municipality:
            who = translate("OrganisationEditor", "“%1” (%2)").replace("%1", first.name)
            who = who.replace("%2", first.municipality)
        if first.same_name and first.same_number:
            text = translate("OrganisationEditor", "%1 has this name and this organisation number.")
        elif first.same_number:
            text = translate("OrganisationEditor", "%1 has this organisation number.")
        else:
            text = translate("OrganisationEditor", "%1 has this name.")
        text = text.replace("%1", who)
        self.duplicate.show(text, first.id, more=len(matches) - 1, new_entry=self.mode == NEW)

    def _open_duplicate(self, record_id: str) -> None:
        if self.mode == NEW:
            self.discard()  # the button says so: "Open It Instead"
        self.host.open_record(self.kind, record_id)
