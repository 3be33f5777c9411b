"""Data protection in the window: export a person's data, erase a person, and the people past retention.

Erasing is the one change to the register that is not on the undo history: it must leave nothing behind,
and an undo would need exactly what it removed. The history is cleared after an erasure, because its
steps may hold the person (a deletion undone would bring back a row that no longer exists).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.privacy import Due, RetentionRule, past_retention
from ...store import RecordNotFound, Store, StoreError
from ...store.privacy import Erasure, backups_holding, delete_backups
from .. import labels
from ..confirm import confirm
from ..editing.undo import DO, SetSettings, StoreCommand
from ..errors import report_error

if TYPE_CHECKING:
    from ..main_window import MainWindow

translate = QCoreApplication.translate

#: Every kind an erasure may change: the person's rows, and other records whose text named them.
ERASED_KINDS = frozenset(("participants", "attendance", "team_members", "cases", "activities", "agenda_items",
                          "organisations", "teams", "case_history", "templates"))


def _name(store: Store, participant_id: str) -> str:
    try:
        return store.participants.get(participant_id, include_deleted=True).full_name
    except RecordNotFound:
        return ""


# -- Export This Person's Data… ----------------------------------------------------------------------


def choose_export_file(parent: QWidget | None, suggested: Path) -> Path | None:
    """Ask where to save the export (tests replace this)."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent, translate("privacy", "Export This Person's Data"), str(suggested),
        translate("privacy", "JSON files (*.json)") + ";;" + translate("privacy", "All files (*)"))
    return Path(chosen) if chosen else None


def _file_stem(name: str) -> str:
    kept = "".join(char if char.isalnum() else "-" for char in name).strip("-")
    return "-".join(part for part in kept.split("-") if part) or "participant"


def export_person(parent: QWidget | None, store: Store, participant_id: str,
                  choose: Callable[[QWidget | None, Path], Path | None] | None = None) -> Path | None:
    """Write everything stored about one participant to a JSON file the user chooses; the file, or None."""
    name = _name(store, participant_id)
    folder = store.path.resolve().parent
    target = (choose or choose_export_file)(parent, folder / f"{_file_stem(name)}-data.json")
    if target is None:
        return None
    if target.suffix == "":
        target = target.with_suffix(".json")
    try:
        store.privacy.export(participant_id, target)
    except (OSError, StoreError) as error:
        report_error(parent, translate("privacy", "The data was not exported"),
                     translate("privacy", "“%1” could not be written.").replace("%1", str(target)),
                     str(getattr(error, "strerror", None) or error),
                     advice=translate("privacy", "Choose another folder, or check that there is space on the disk."))
        return None
    return target


# -- Erase This Person… ------------------------------------------------------------------------------


def _heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    label.setFont(font)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _note(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _size(path: Path) -> str:
    try:
        megabytes = path.stat().st_size / 1_000_000
    except OSError:
        return ""
    return translate("privacy", "%1 MB").replace("%1", labels.number(round(megabytes, 1)))


class EraseDialog(QDialog):
    """Confirm an erasure, make it, then offer to delete the backups that still hold the people."""

    #: The ids of the people erased (after the erasure, before the backups are dealt with).
    erased = Signal(list)

    def __init__(self, store: Store, participant_ids: Sequence[str], parent: QWidget | None = None, *,
                 today: Callable[[], date] = date.today):
        super().__init__(parent)
        self.setObjectName("eraseDialog")
        self.store = store
        self.ids = list(dict.fromkeys(participant_ids))
        self.today = today
        self.result_: Erasure | None = None
        self.backups: list[Path] = []
        names = [_name(store, pid) for pid in self.ids]
        one = len(self.ids) == 1
        title = self.tr("Erase This Person") if one else self.tr("Erase People")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(520)

        self.pages = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

        # The question.
        ask = QWidget(self.pages)
        ask_layout = QVBoxLayout(ask)
        ask_layout.setContentsMargins(0, 0, 0, 0)
        who = names[0] if one else self.tr("%1 people").replace("%1", labels.number(len(self.ids)))
        self.question = _heading(self.tr("Erase %1 for good?").replace("%1", who), ask)
        ask_layout.addWidget(self.question)
        if not one:
            people = QListView(ask)
            people.setObjectName("peopleList")
            people.setAccessibleName(self.tr("The people to erase"))
            people.setModel(QStringListModel(names, people))
            people.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            people.setMaximumHeight(140)
            ask_layout.addWidget(people)
        self.what = _note(self._what_goes(), ask)
        self.what.setObjectName("whatGoes")
        ask_layout.addWidget(self.what)
        self.warning = _note(self.tr(
            "This cannot be undone. Undo will not bring anything back, and the list of changes to undo is "
            "cleared. Export the person's data first if it must be given to them."), ask)
        self.warning.setObjectName("cannotBeUndone")
        ask_layout.addWidget(self.warning)
        self.keep_counts = QCheckBox(self.tr("&Keep anonymous counts for activities already held (gender only)"), ask)
        self.keep_counts.setObjectName("keepCounts")
        self.keep_counts.setAccessibleName(self.tr("Keep anonymous counts"))
        self.keep_counts.setToolTip(self.tr(
            "Activities already reported keep their number of participants and women: the attendance stays, "
            "with an anonymous person who has only a gender."))
        ask_layout.addWidget(self.keep_counts)
        ask_layout.addSpacing(8)
        ask_buttons = QHBoxLayout()
        ask_buttons.addStretch(1)
        self.erase_button = QPushButton(self.tr("&Erase") if one else self.tr("&Erase Them"), ask)
        self.erase_button.setObjectName("eraseButton")
        self.erase_button.setAccessibleName(self.tr("Erase for good"))
        self.erase_button.setAutoDefault(False)
        self.cancel_button = QPushButton(self.tr("Cancel"), ask)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setAccessibleName(self.tr("Cancel, erase nothing"))
        self.cancel_button.setDefault(True)  # Enter must not erase anybody
        ask_buttons.addWidget(self.erase_button)
        ask_buttons.addWidget(self.cancel_button)
        ask_layout.addLayout(ask_buttons)
        self.pages.addWidget(ask)

        # What was done, and the backups.
        done = QWidget(self.pages)
        done_layout = QVBoxLayout(done)
        done_layout.setContentsMargins(0, 0, 0, 0)
        self.done_heading = _heading("", done)
        done_layout.addWidget(self.done_heading)
        self.done_text = _note("", done)
        self.done_text.setObjectName("doneText")
        done_layout.addWidget(self.done_text)
        self.backups_text = _note("", done)
        self.backups_text.setObjectName("backupsText")
        done_layout.addWidget(self.backups_text)
        self.backup_model = QStringListModel(done)
        self.backup_list = QListView(done)
        self.backup_list.setObjectName("backupList")
        self.backup_list.setAccessibleName(self.tr("Backups that still hold the erased data"))
        self.backup_list.setModel(self.backup_model)
        self.backup_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        done_layout.addWidget(self.backup_list, 1)
        done_buttons = QHBoxLayout()
        done_buttons.addStretch(1)
        self.delete_backups_button = QPushButton(self.tr("&Delete These Backups"), done)
        self.delete_backups_button.setObjectName("deleteBackupsButton")
        self.delete_backups_button.setAccessibleName(self.tr("Delete the listed backups"))
        self.delete_backups_button.setAutoDefault(False)
        self.close_button = QPushButton(self.tr("Close"), done)
        self.close_button.setObjectName("closeButton")
        self.close_button.setAccessibleName(self.tr("Close"))
        done_buttons.addWidget(self.delete_backups_button)
        done_buttons.addWidget(self.close_button)
        done_layout.addLayout(done_buttons)
        self.pages.addWidget(done)

        self.erase_button.clicked.connect(self.erase)
        self.cancel_button.clicked.connect(self.reject)
        self.delete_backups_button.clicked.connect(self.delete_listed_backups)
        self.close_button.clicked.connect(self.accept)
        self.setTabOrder(self.keep_counts, self.erase_button)
        self.setTabOrder(self.erase_button, self.cancel_button)
        self.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _what_goes(self) -> str:
        activities = teams = cases = mentions = 0
        for participant_id in self.ids:
            try:
                data = self.store.privacy.person_data(participant_id)
            except RecordNotFound:
                continue
            activities += len(data["attendance"])
            teams += len(data["teams"])
            cases += sum(1 for case in data["cases"] if case["relation"] == "owner")
            mentions += len(data["mentioned_in"])
        if len(self.ids) == 1:
            text = self.tr("Erasing removes the person from the register with everything that names them.")
        else:
            text = self.tr("Erasing removes the people from the register with everything that names them.")
        text += " " + self.tr("Places on activity lists: %1. Team memberships: %2. Cases owned (they keep the "
                              "case, without an owner): %3.")
        text = text.replace("%1", labels.number(activities)).replace("%2", labels.number(teams))
        text = text.replace("%3", labels.number(cases))
        if mentions:
            text += " " + self.tr("Other records' texts naming them (notes, facilitators): %1; the name or "
                                  "e-mail there is replaced by “[erased]”.").replace("%1", labels.number(mentions))
        return text

    # -- the erasure -----------------------------------------------------------------------------

    def erase(self) -> None:
        try:
            self.result_ = self.store.privacy.erase_many(self.ids, keep_anonymous=self.keep_counts.isChecked(),
                                                         today=self.today())
        except (StoreError, RuntimeError, OSError) as error:
            report_error(self, self.tr("Nothing was erased"),
                         self.tr("The erasure could not be made; the register is as it was."),
                         str(error), advice=self.tr("Another program may be using the file, or the disk may be full."))
            return
        except sqlite3.Error as error:  # the transaction was rolled back
            report_error(self, self.tr("Nothing was erased"),
                         self.tr("The erasure could not be made; the register is as it was."), str(error))
            return
        self.erased.emit(list(self.ids))
        self._show_done()

    def _show_done(self) -> None:
        result = self.result_
        assert result is not None
        self.done_heading.setText(self.tr("Erased.") if len(self.ids) == 1
                                  else self.tr("%1 people erased.").replace("%1", labels.number(result.people)))
        text = self.tr("Nothing of them is left in this database file.")
        if result.attendance_anonymised:
            text += " " + self.tr("Places on activity lists kept as anonymous counts: %1.").replace(
                "%1", labels.number(result.attendance_anonymised))
        if not result.clean:
            text += " " + self.tr("The file could not be compacted because it is in use (a document or export "
                                  "being made); erased rows are overwritten, and the file is compacted at the next "
                                  "erasure.")
        self.done_text.setText(text)
        try:
            self.backups = backups_holding(self.store.path, self.ids)
        except OSError:
            self.backups = []
        self._show_backups()
        self.pages.setCurrentIndex(1)
        self.close_button.setDefault(True)
        (self.delete_backups_button if self.backups else self.close_button).setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_backups(self) -> None:
        if self.backups:
            self.backups_text.setText(self.tr(
                "These backups were made before and still hold the erased data. Delete them to erase it "
                "there too (they also hold everything else of their day; newer backups are kept):"))
        else:
            self.backups_text.setText(self.tr("No backup holds the erased data."))
        self.backup_model.setStringList([f"{path.name}  ({_size(path)})" for path in self.backups])
        self.backup_list.setVisible(bool(self.backups))
        self.delete_backups_button.setVisible(bool(self.backups))

    def delete_listed_backups(self) -> None:
        if not self.backups:
            return
        many = self.tr("%1 backups").replace("%1", labels.number(len(self.backups)))
        if not confirm(self, self.tr("Delete Backups"), self.tr("Delete %1?").replace("%1", many),
                       self.tr("Delete"), self.tr("Keep Them"),
                       advice=self.tr("Deleted backups cannot be restored.")):
            return
        failed = delete_backups(self.backups)
        if failed:
            report_error(self, self.tr("Some backups were not deleted"),
                         self.tr("%1 backups could not be deleted.").replace("%1", labels.number(len(failed))),
                         "\n".join(str(path) for path in failed),
                         advice=self.tr("Check that the backups folder may be written, and delete them there."))
        self.backups = failed
        self._show_backups()
        if not failed:
            self.backups_text.setText(self.tr("The backups are deleted. No backup holds the erased data."))
            self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)


# -- People Past Retention… --------------------------------------------------------------------------


class RetentionModel(QAbstractTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("RetentionModel", "Name"),
        QT_TRANSLATE_NOOP("RetentionModel", "Organisation"),
        QT_TRANSLATE_NOOP("RetentionModel", "Last activity or entry"),
        QT_TRANSLATE_NOOP("RetentionModel", "Kept until"),
        QT_TRANSLATE_NOOP("RetentionModel", "In the register"),
    )

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.rows: list[Due[Any]] = []

    def set_rows(self, rows: list[Due[Any]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("RetentionModel", self.HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.UserRole):
            return None
        due = self.rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return due.person.id
        person = due.person
        column = index.column()
        if column == 0:
            return person.name
        if column == 1:
            return person.organisation
        if column == 2:
            return labels.date_text(due.last_seen)
        if column == 3:
            return labels.date_text(due.keep_until)
        return self.tr("Deleted, still stored") if person.deleted else self.tr("Yes")


class RetentionDialog(QDialog):
    """The people whose data is kept longer than the retention setting allows; erase them in bulk."""

    erased = Signal(list)

    def __init__(self, store: Store, parent: QWidget | None = None, *,
                 apply_settings: Callable[[dict[str, Any], dict[str, Any]], None] | None = None,
                 today: Callable[[], date] = date.today):
        super().__init__(parent)
        self.setObjectName("retentionDialog")
        self.store = store
        self.today = today
        self._apply_settings = apply_settings
        self._erase_dialog: EraseDialog | None = None
        title = self.tr("People Past Retention")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(760, 480)

        layout = QVBoxLayout(self)
        self.rule_text = _note("", self)
        self.rule_text.setObjectName("ruleText")
        layout.addWidget(self.rule_text)

        rule_row = QHBoxLayout()
        self.years = QSpinBox(self)
        self.years.setObjectName("retentionYears")
        self.years.setRange(0, 50)
        self.years.setSuffix(self.tr(" years"))
        self.years.setAccessibleName(self.tr("Years to keep personal data after the project ends"))
        self.project_end = QDateEdit(self)
        self.project_end.setObjectName("projectEnd")
        self.project_end.setDisplayFormat("yyyy-MM-dd")
        self.project_end.setCalendarPopup(True)
        self.project_end.setAccessibleName(self.tr("The project's end date"))
        years_label = QLabel(self.tr("&Keep personal data"), self)
        years_label.setBuddy(self.years)
        end_label = QLabel(self.tr("after the project &ends on"), self)
        end_label.setBuddy(self.project_end)
        for widget in (years_label, self.years, end_label, self.project_end):
            rule_row.addWidget(widget)
        rule_row.addStretch(1)
        layout.addLayout(rule_row)

        self.model = RetentionModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("retentionTable")
        self.table.setAccessibleName(self.tr("People kept longer than the rule allows"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        self.empty = _note(self.tr("Nobody is kept longer than the rule allows."), self)
        self.empty.setObjectName("emptyText")
        layout.addWidget(self.empty)

        buttons = QHBoxLayout()
        self.count = QLabel(self)
        self.count.setObjectName("countText")
        buttons.addWidget(self.count)
        buttons.addStretch(1)
        self.select_all = QPushButton(self.tr("Select &All"), self)
        self.select_all.setAccessibleName(self.tr("Select everyone in the list"))
        self.select_all.setAutoDefault(False)
        self.erase_button = QPushButton(self.tr("&Erase Selected…"), self)
        self.erase_button.setObjectName("eraseSelectedButton")
        self.erase_button.setAccessibleName(self.tr("Erase the selected people"))
        self.erase_button.setAutoDefault(False)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(self.tr("Close"))
        buttons.addWidget(self.select_all)
        buttons.addWidget(self.erase_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)

        self.select_all.clicked.connect(self.table.selectAll)
        self.erase_button.clicked.connect(self.erase_selected)
        self.close_button.clicked.connect(self.accept)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.years.editingFinished.connect(self._rule_edited)
        self.project_end.editingFinished.connect(self._rule_edited)
        self.setTabOrder(self.years, self.project_end)
        self.setTabOrder(self.project_end, self.table)
        self.setTabOrder(self.table, self.select_all)
        self.setTabOrder(self.select_all, self.erase_button)
        self.setTabOrder(self.erase_button, self.close_button)
        self.load()

    def rule(self) -> RetentionRule:
        return RetentionRule.from_settings(self.store.settings.all())

    def load(self) -> None:
        rule = self.rule()
        for widget in (self.years, self.project_end):
            widget.blockSignals(True)
        self.years.setValue(rule.years)
        self.project_end.setDate(QDate(rule.project_end.year, rule.project_end.month, rule.project_end.day))
        for widget in (self.years, self.project_end):
            widget.blockSignals(False)
        self.rule_text.setText(self.tr(
            "Personal data is kept %1 years after the project ends (%2), or after a person's last activity if "
            "that is later. The people below are kept longer than that; erase them, or export their data first "
            "if they asked for it.").replace("%1", labels.number(rule.years)).replace(
            "%2", labels.date_text(rule.project_end)))
        self.model.set_rows(past_retention(self.store.privacy.people_seen(), rule, self.today()))
        count = len(self.model.rows)
        self.table.setVisible(bool(count))
        self.empty.setVisible(not count)
        self.select_all.setEnabled(bool(count))
        self.count.setText(self.tr("%1 people").replace("%1", labels.number(count)) if count else "")
        self._selection_changed()

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.rows[row].person.id for row in rows]

    def _selection_changed(self, *_args) -> None:
        self.erase_button.setEnabled(bool(self.selected_ids()))

    def _rule_edited(self) -> None:
        chosen = self.project_end.date()
        new = {"retention_years": self.years.value(),
               "project_end": date(chosen.year(), chosen.month(), chosen.day()).isoformat()}
        old = {key: self.store.settings.get(key) for key in new}
        if new == old:
            return
        changed = {key: value for key, value in new.items() if value != old[key]}
        if self._apply_settings is not None:
            self._apply_settings({key: old[key] for key in changed}, changed)
        else:
            for key, value in changed.items():
                self.store.settings.set(key, value)
        self.load()

    def erase_selected(self) -> EraseDialog | None:
        ids = self.selected_ids()
        if not ids:
            return None
        dialog = EraseDialog(self.store, ids, self, today=self.today)
        dialog.erased.connect(self._erased)
        dialog.finished.connect(dialog.deleteLater)
        self._erase_dialog = dialog
        dialog.open()
        return dialog

    def _erased(self, ids: list[str]) -> None:
        self.load()
        self.erased.emit(ids)


# -- the window's commands ---------------------------------------------------------------------------


class _Erased(StoreCommand):
    """Tells the window's pages what an erasure changed; never on the undo history."""

    def __init__(self, ids: Sequence[str]):
        super().__init__(translate("privacy", "erasure"), ERASED_KINDS, ids)


class PrivacyActions(QObject):
    """Edit → Export This Person's Data…, Erase This Person… and People Past Retention…"""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.export_action = QAction(self.tr("E&xport This Person's Data…"), window)
        self.export_action.setStatusTip(self.tr("Write everything stored about the chosen participant to a file"))
        self.export_action.triggered.connect(lambda _checked=False: self.export_chosen())
        self.erase_action = QAction(self.tr("E&rase This Person…"), window)
        # No shortcut: an erasure cannot be undone, so it is never one key press away.
        self.erase_action.setStatusTip(self.tr("Remove the chosen participant and every trace of them, for good"))
        self.erase_action.triggered.connect(lambda _checked=False: self.erase_chosen())
        self.retention_action = QAction(self.tr("People Past &Retention…"), window)
        self.retention_action.setStatusTip(self.tr("The people kept longer than the retention setting allows"))
        self.retention_action.triggered.connect(lambda _checked=False: self.show_retention())
        self.dialog: QDialog | None = None

    @property
    def actions(self) -> list[QAction]:
        return [self.export_action, self.erase_action, self.retention_action]

    def chosen(self) -> str | None:
        """The one participant the commands act on: chosen in the list, or shown on the page."""
        window = self.window
        section = window.current_section
        if section is None or section.key != "participants" or window.workshop_showing:
            return None
        targets = window.record_actions.targets()
        return targets[0] if len(targets) == 1 else None

    def update(self) -> None:
        one = self.chosen() is not None
        self.export_action.setEnabled(one)
        self.erase_action.setEnabled(one)

    def export_chosen(self) -> Path | None:
        participant_id = self.chosen()
        if participant_id is None:
            self.window.show_status(self.tr("Choose one participant in the list first."))
            return None
        written = export_person(self.window, self.window.store, participant_id)
        if written is not None:
            self.window.show_status(self.tr("The person's data is in %1.").replace("%1", str(written)))
        return written

    def erase_chosen(self) -> EraseDialog | None:
        participant_id = self.chosen()
        if participant_id is None:
            self.window.show_status(self.tr("Choose one participant in the list first."))
            return None
        editor = self.window.details.existing_editor("participants")
        if editor is not None:
            editor.commit_pending()
        dialog = EraseDialog(self.window.store, [participant_id], self.window)
        return self._open(dialog)

    def show_retention(self) -> RetentionDialog:
        dialog = RetentionDialog(self.window.store, self.window, apply_settings=self._apply_settings)
        return self._open(dialog)

    def _open(self, dialog):
        dialog.erased.connect(self.erased)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _apply_settings(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.window.undo.do(SetSettings(old, new, self.tr("change of the retention rule")))

    def erased(self, ids: list[str]) -> None:
        window = self.window
        # The history may hold the erased people (a deletion to undo, a creation to redo).
        window.undo.clear()
        window.undo.changed.emit(_Erased(ids), DO)
        window.show_status(self.tr("Erased. This cannot be undone."))
