"""The Check-in tab: a laptop at the door, used with the keyboard alone.

The facilitator types a few letters of a name or an organisation, ↑/↓ move the highlight without leaving
the search line, and Enter checks the highlighted person in with the time. People of the register who
were not invited are found too (a second group) and Enter adds them as present. Someone the register
does not know is a walk-in: Enter on no match (or Ctrl+N) opens a row in the same list to type their name,
organisation and (optionally) gender, and Enter saves person, organisation and attendance as one undoable
step. Everyone who comes without being on the list gets the role ``walk_in``, which the counts at the top
tell apart.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QFont, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.checkin import WALK_IN, counts, local_clock, match, stamp, words
from ...records import Attendance, AttendanceStatus, Gender, Organisation, Participant
from ...store.attendance_view import Candidate, PersonRow
from .. import labels
from ..composition import figures
from ..composition.badge import CompositionBadge
from ..composition.wording import Group, group_name, group_title
from ..editing.organisation_picker import NameRole, OrganisationChoices
from ..editing.undo import Composite, CreateRecord, StoreCommand, UpdateRecord
from ..style import scaled_font
from .context import WorkshopContext, WorkshopTab
from .people_tab import STATUS_KEYS, RoomyDelegate, additions, is_enter, one_command, status_changes, status_label

_Index = QModelIndex | QPersistentModelIndex
EntryRole = Qt.ItemDataRole.UserRole + 20

# Literal contexts at every call: pyside6-lupdate finds texts only in that form.
translate = QCoreApplication.translate

PERSON, CANDIDATE, HEADER, HINT, WALK_IN_ROW = "person", "candidate", "header", "hint", "walk_in"

#: How many people of the register (not on the list) the second group shows.
CANDIDATE_LIMIT = 8

#: The genders a walk-in may give at the door; a self-description is for the participant's page.
WALK_IN_GENDERS = (Gender.NOT_STATED, Gender.WOMAN, Gender.MAN, Gender.NON_BINARY)


@dataclass(frozen=True)
class Entry:
    kind: str
    person: PersonRow | None = None
    candidate: Candidate | None = None
    text: str = ""

    @property
    def key(self) -> tuple[str, str] | None:
        if self.person is not None:
            return PERSON, self.person.attendance_id
        if self.candidate is not None:
            return CANDIDATE, self.candidate.participant_id
        return None

    @property
    def selectable(self) -> bool:
        return self.kind in (PERSON, CANDIDATE)


def person_text(row: PersonRow) -> str:
    text = f"{row.name} — {row.organisation}" if row.organisation else row.name
    if row.status == AttendanceStatus.PRESENT:
        when = local_clock(row.checked_in_at)
        present = translate("CheckInTab", "Present %1").replace("%1", when) if when else status_label(row.status)
        return f"✓ {text} · {present}"
    if row.status != AttendanceStatus.INVITED:
        return f"{text} · {status_label(row.status)}"
    return text


class CheckInModel(QAbstractListModel):
    """The matches for the typed text: the list's people, then people of the register, or a hint."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.entries: list[Entry] = []
        self.walk_in_height = 0
        self.header_font: QFont | None = None

    def set_entries(self, entries: Sequence[Entry]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.entries)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return Qt.ItemFlag.NoItemFlags
        if self.entries[index.row()].selectable:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return Qt.ItemFlag.ItemIsEnabled

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry = self.entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if entry.person is not None:
                return person_text(entry.person)
            if entry.candidate is not None:
                candidate = entry.candidate
                return f"{candidate.name} — {candidate.organisation}" if candidate.organisation else candidate.name
            return entry.text
        if role == Qt.ItemDataRole.FontRole and entry.kind == HEADER:
            return self.header_font
        if role == Qt.ItemDataRole.SizeHintRole and entry.kind == WALK_IN_ROW:
            return QSize(0, self.walk_in_height)
        if role == EntryRole:
            return entry
        return None

    def selectable_rows(self) -> list[int]:
        return [number for number, entry in enumerate(self.entries) if entry.selectable]


class WalkInRow(QFrame):
    """The inline row for a walk-in: first name, last name, organisation (type-ahead), gender."""

    save_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, choices: OrganisationChoices, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("walkInRow")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.choices = choices
        self.first_name = self._line("walkInFirstName", self.tr("First name"))
        self.last_name = self._line("walkInLastName", self.tr("Last name"))
        self.organisation = self._line("walkInOrganisation", self.tr("Organisation"))
        self.completer = QCompleter(choices, self)
        self.completer.setCompletionRole(NameRole)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.popup().setAccessibleName(self.tr("Organisations in the register"))
        self.organisation.setCompleter(self.completer)
        self.gender = QComboBox(self)
        self.gender.setObjectName("walkInGender")
        self.gender.setAccessibleName(self.tr("Gender (optional)"))
        for gender in WALK_IN_GENDERS:
            self.gender.addItem(labels.label(labels.GENDERS, gender), gender.value)
        self.gender.installEventFilter(self)

        title = QLabel(self.tr("New walk-in — Enter saves and checks in, Esc cancels"), self)
        title.setObjectName("walkInTitle")
        title.setFont(scaled_font(self.font(), 1.0, bold=True))
        fields = QHBoxLayout()
        # No mnemonics: Alt+letters belong to the menus, the workshop's tabs and the status keys.
        for text, widget, stretch in ((self.tr("First name"), self.first_name, 2),
                                      (self.tr("Last name"), self.last_name, 2),
                                      (self.tr("Organisation"), self.organisation, 3),
                                      (self.tr("Gender"), self.gender, 0)):
            caption = QLabel(text, self)
            caption.setBuddy(widget)
            fields.addWidget(caption)
            fields.addWidget(widget, stretch)
        self.message = QLabel(self)
        self.message.setObjectName("walkInMessage")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(title)
        layout.addLayout(fields)
        layout.addWidget(self.message)
        self.organisation.textChanged.connect(self._describe_organisation)
        self.setTabOrder(self.first_name, self.last_name)
        self.setTabOrder(self.last_name, self.organisation)
        self.setTabOrder(self.organisation, self.gender)

    def _line(self, name: str, accessible: str) -> QLineEdit:
        line = QLineEdit(self)
        line.setObjectName(name)
        line.setAccessibleName(accessible)
        line.installEventFilter(self)
        return line

    def fields(self) -> list[QWidget]:
        return [self.first_name, self.last_name, self.organisation, self.gender]

    def values(self) -> dict[str, str]:
        return {"first_name": self.first_name.text(), "last_name": self.last_name.text(),
                "organisation": self.organisation.text(), "gender": self.gender.currentData(),
                "message": self.message.text()}

    def set_values(self, values: dict[str, str]) -> None:
        self.first_name.setText(values.get("first_name", ""))
        self.last_name.setText(values.get("last_name", ""))
        self.organisation.setText(values.get("organisation", ""))
        found = self.gender.findData(values.get("gender", Gender.NOT_STATED.value))
        self.gender.setCurrentIndex(max(0, found))
        if values.get("message"):
            self.message.setText(values["message"])

    def focused_field(self) -> int | None:
        for number, widget in enumerate(self.fields()):
            if widget.hasFocus():
                return number
        return None

    def _describe_organisation(self, text: str) -> None:
        name = text.strip()
        if name and not self.choices.named(name):
            self.message.setText(self.tr("“%1” is not in the register yet: it will be added as a new "
                                         "organisation.").replace("%1", name))
        else:
            self.message.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_N and event.modifiers() == Qt.KeyboardModifier.ControlModifier):
            event.accept()  # not the window's "new record" half-way through typing a walk-in
            return True
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and watched in self.fields():
            if event.key() == Qt.Key.Key_N and event.modifiers() == Qt.KeyboardModifier.ControlModifier:
                return True
            popup_open = watched is self.organisation and self.completer.popup().isVisible()
            if is_enter(event) and not popup_open:
                self.save_requested.emit()
                return True
            if event.key() == Qt.Key.Key_Escape and not popup_open:
                self.cancel_requested.emit()
                return True
            if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and isinstance(watched, QLineEdit) and not popup_open:
                return True  # not on to the list around the row, whose highlight would move unseen
        return False


class CheckInTab(WorkshopTab):
    watched = frozenset({"attendance", "participants", "organisations"})

    def __init__(self, context: WorkshopContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.setObjectName("checkInTab")
        self.people: list[PersonRow] = []
        self.model = CheckInModel(self)
        self.org_choices = OrganisationChoices(self)
        self.walk_in: WalkInRow | None = None
        self._walk_in_open = False
        self._walk_in_values: dict[str, str] = {}
        self._walk_in_focus = 0
        #: The last search over ``people``: (the list searched, the typed words, who matched).
        self._last_match: tuple[list[PersonRow], list[str], list[PersonRow]] | None = None
        #: The row a status change of this tab is about, with its new fields, while the change is made.
        self._own_change: tuple[str, dict[str, Any]] | None = None

        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("checkInCounts")
        self.counts_label.setWordWrap(True)  # at a large text size it wraps rather than widen the window
        self.counts_label.setFont(scaled_font(self.font(), 1.4, bold=True))
        self.counts_label.setAccessibleName(self.tr("Attendance so far"))
        #: The live composition badge of the people present: read again at every check-in.
        self.composition_slot = CompositionBadge(self)
        self.composition_slot.setObjectName("presentComposition")

        self.search = QLineEdit(self)
        self.search.setObjectName("checkInSearch")
        self.search.setFont(scaled_font(self.font(), 1.6))
        self.search.setPlaceholderText(self.tr("Type a name or organisation — Enter checks in"))
        self.search.setAccessibleName(self.tr("Find the person arriving"))
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)
        self.search.textChanged.connect(lambda _text: self._refresh())

        self.view = QListView(self)
        self.view.setObjectName("checkInMatches")
        self.view.setModel(self.model)
        self.view.setItemDelegate(RoomyDelegate(self.view))
        self.view.setFont(scaled_font(self.font(), 1.3))
        self.view.setAccessibleName(self.tr("People matching the search"))
        self.view.setAccessibleDescription(
            self.tr("Up and Down in the search line choose a person; Enter checks them in"))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # The search line keeps the keyboard: ↑/↓ there move the highlight here.
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.model.header_font = scaled_font(self.view.font(), 1.0, bold=True)
        self.view.setSpacing(2)
        self.view.doubleClicked.connect(lambda index: self._act(index.data(EntryRole)))
        self.view.selectionModel().currentChanged.connect(lambda *_: self._describe_highlight())

        self.message = QLabel(self)
        self.message.setObjectName("checkInMessage")
        self.message.setFont(scaled_font(self.font(), 1.3))
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Last check-in"))

        self.walk_in_action = self._action(self.tr("New &Walk-in"), "Alt+W", self.open_walk_in,
                                           self.tr("Add someone who is not in the register (Ctrl+N in the search)"))
        self.status_actions: dict[AttendanceStatus, QAction] = {}
        texts = {AttendanceStatus.PRESENT: self.tr("Pre&sent"), AttendanceStatus.EXCUSED: self.tr("E&xcused"),
                 AttendanceStatus.NO_SHOW: self.tr("&No-show"), AttendanceStatus.INVITED: self.tr("In&vited")}
        for status, text in texts.items():
            self.status_actions[status] = self._action(
                text, STATUS_KEYS[status], lambda s=status: self.set_status(s),
                self.tr("Set the status of the highlighted person"))
        keys = QHBoxLayout()
        keys.addWidget(self._button(self.walk_in_action))
        keys.addSpacing(16)
        keys.addWidget(QLabel(self.tr("Highlighted person:"), self))
        for action in self.status_actions.values():
            keys.addWidget(self._button(action))
        keys.addStretch(1)
        hint = QLabel(self.tr("Keys: ↑ ↓ choose · Enter checks in · Esc clears · Ctrl+N new walk-in · "
                              "Alt+X excused · Alt+N no-show · Alt+V back to invited · "
                              "Ctrl+Z in the empty search undoes"), self)
        hint.setObjectName("checkInKeys")
        hint.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.counts_label, 1)
        top.addWidget(self.composition_slot)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addLayout(keys)
        layout.addWidget(hint)

    # -- building ---------------------------------------------------------------------------------

    def _action(self, text: str, keys: str, slot, tip: str) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setStatusTip(tip)
        native = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{text.replace('&', '')} ({native})")
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton(self)
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        # At the door the keys are worth more than the looks: each button says its own.
        action.setIconText(f"{action.text().replace('&', '')} ({keys})")
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setAccessibleName(action.text().replace("&", ""))
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        return button

    # -- WorkshopTab ------------------------------------------------------------------------------

    def load(self) -> None:
        activity_id = self.context.activity_id
        self.people = self.context.store.attendance_view.people(activity_id) if activity_id else []
        self.org_choices.stale = True
        if self._walk_in_open:
            self._load_choices()
        self._show_counts()
        self._show_composition()
        highlighted = self.highlighted()
        self._refresh(keep=highlighted.key if highlighted is not None else None)

    def focus_first(self) -> None:
        if self._walk_in_open and self.walk_in is not None:
            self.walk_in.fields()[self._walk_in_focus].setFocus()
        else:
            self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.focus_first()

    def _load_choices(self) -> None:
        if self.org_choices.stale:
            self.org_choices.set_choices(self.context.store.lookup.organisation_choices())

    # -- the counts and the matches ---------------------------------------------------------------

    def _show_composition(self) -> None:
        activity_id = self.context.activity_id
        if not activity_id:
            self.composition_slot.clear_composition()
            return
        self.composition_slot.show_composition(figures.present(self.context.store, activity_id),
                                               group_name(Group.PRESENT), group_title(Group.PRESENT))

    def _show_counts(self) -> None:
        tally = counts(self.people)
        text = self.tr("Present %1 of %2 invited").replace("%1", labels.number(tally.present_invited))
        parts = [text.replace("%2", labels.number(tally.on_invitation))]
        if tally.walk_ins == 1:
            parts.append(self.tr("1 walk-in"))
        else:
            parts.append(self.tr("%1 walk-ins").replace("%1", labels.number(tally.walk_ins)))
        parts.append(self.tr("%1 excused").replace("%1", labels.number(tally.excused)))
        if tally.no_show:
            parts.append(self.tr("%1 did not come").replace("%1", labels.number(tally.no_show)))
        self.counts_label.setText(" · ".join(parts))

    def highlighted(self) -> Entry | None:
        index = self.view.currentIndex()
        entry = index.data(EntryRole) if index.isValid() else None
        return entry if entry is not None and entry.selectable else None

    def _refresh(self, keep: tuple[str, str] | None = None) -> None:
        """Show the matches for the search text again; the highlight stays on ``keep`` when it is there."""
        text = self.search.text()
        entries: list[Entry] = []
        focus_walk_in = self._walk_in_open and (self.walk_in is None or self.walk_in.focused_field() is not None)
        if self._walk_in_open:
            if self.walk_in is not None:
                self._walk_in_values = self.walk_in.values()
                focused = self.walk_in.focused_field()
                self._walk_in_focus = self._walk_in_focus if focused is None else focused
            entries.append(Entry(WALK_IN_ROW))
        found = self._matching(text)
        entries += [Entry(PERSON, person=row) for row in found]
        extra: list[Candidate] = []
        if words(text) and self.context.activity_id:
            extra = [candidate for candidate in self.context.store.attendance_view.candidates(
                text, self.context.activity_id, CANDIDATE_LIMIT) if not candidate.on_list]
            if extra:
                entries.append(Entry(HEADER, text=self.tr("Not invited — in the register")))
                entries += [Entry(CANDIDATE, candidate=candidate) for candidate in extra]
            elif not found and not self._walk_in_open:
                entries.append(Entry(HINT, text=self.tr("No one matches “%1”. Press Enter to add a walk-in.")
                                     .replace("%1", text.strip())))
        if not self.people and not words(text) and not self._walk_in_open and self.context.activity_id:
            entries.append(Entry(HINT, text=self.tr("No one is on the list yet. Type a name: people of the "
                                                    "register are found too, and anyone else is a walk-in.")))
        if self._walk_in_open:
            self.walk_in = WalkInRow(self.org_choices)
            self.walk_in.set_values(self._walk_in_values)
            self.walk_in.save_requested.connect(self.save_walk_in)
            self.walk_in.cancel_requested.connect(self.cancel_walk_in)
            self.model.walk_in_height = self.walk_in.sizeHint().height()
        else:
            self.walk_in = None
        self.model.set_entries(entries)
        if self.walk_in is not None:
            # The view owns the row (and lets go of it when the matches change): it is made anew each time.
            self.view.setIndexWidget(self.model.index(0, 0), self.walk_in)
            if focus_walk_in:  # not while the facilitator types in the search line
                self.walk_in.fields()[self._walk_in_focus].setFocus(Qt.FocusReason.OtherFocusReason)
        rows = self.model.selectable_rows()
        target = next((row for row in rows if self.model.entries[row].key == keep), None) if keep else None
        if target is None and words(text) and rows:
            target = rows[0]
        if target is not None:
            self._highlight(target)
        else:
            self.view.selectionModel().clear()
        self._describe_highlight()

    def _matching(self, text: str) -> list[PersonRow]:
        """``match`` over the people, from the last matches when the text only narrows them (a letter more,
        a word more): folding every name of a long list at every key cost several milliseconds."""
        typed = words(text)
        rows = self.people
        last = self._last_match
        if last is not None and last[0] is self.people and all(
                any(word.startswith(before) for word in typed) for before in last[1]):
            rows = last[2]
        found = match(rows, text)
        self._last_match = (self.people, typed, found)
        return found

    def _highlight(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.view.scrollTo(index)

    def _move(self, step: int) -> None:
        rows = self.model.selectable_rows()
        if not rows:
            return
        current = self.view.currentIndex().row()
        if current not in rows:
            position = 0 if step > 0 else len(rows) - 1
        else:
            position = max(0, min(len(rows) - 1, rows.index(current) + step))
        self._highlight(rows[position])

    def _describe_highlight(self) -> None:
        # A screen reader stays on the search line: it learns whom Enter would check in from here.
        entry = self.highlighted()
        described = self.model.data(self.view.currentIndex()) if entry is not None else ""
        self.search.setAccessibleDescription(described or "")

    # -- checking in ------------------------------------------------------------------------------

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.context.show_status(text)

    def enter(self) -> None:
        entry = self.highlighted()
        if entry is not None:
            self._act(entry)
        elif words(self.search.text()):
            self.open_walk_in()
        else:
            self.say(self.tr("Type a few letters of the name or the organisation of the person arriving."))

    def _act(self, entry: Entry | None) -> None:
        if entry is None:
            return
        if entry.person is not None:
            self.check_in(entry.person)
        elif entry.candidate is not None:
            self.check_in_from_register(entry.candidate)

    def check_in(self, row: PersonRow) -> None:
        if row.status == AttendanceStatus.PRESENT:
            when = local_clock(row.checked_in_at)
            text = self.tr("%1 is already checked in (%2).") if when else self.tr("%1 is already checked in.")
            self.say(text.replace("%1", row.name).replace("%2", when))
            return
        now = stamp(self.context.now())
        old, new = status_changes(row, AttendanceStatus.PRESENT, now)  # type: ignore[misc]
        if self._change_row(row, old, new, self.tr("checking in %1").replace("%1", row.name)):
            if self.search.text():
                self.search.clear()  # which shows the list again
            else:
                self._refresh(keep=(PERSON, row.attendance_id))
            self.say(self.tr("✓ %1 checked in %2").replace("%1", row.name).replace("%2", local_clock(now)))

    def _change_row(self, row: PersonRow, old: dict[str, Any], new: dict[str, Any], text: str) -> bool:
        """Change one person's status through the undo history; whether it was made. Their row is changed in
        place rather than the whole list read again: at the door every millisecond after Enter shows."""
        self._own_change = (row.attendance_id, new)
        try:
            return self.context.do(UpdateRecord("attendance", row.attendance_id, old, new, text))
        finally:
            self._own_change = None

    def _register_changed(self, kinds: frozenset[str]) -> None:
        own, self._own_change = self._own_change, None
        if own is None or kinds != frozenset({"attendance"}):
            super()._register_changed(kinds)
            return
        attendance_id, fields = own
        changed = {key: value for key, value in fields.items() if key in PersonRow._fields}
        self.people = [row._replace(**changed) if row.attendance_id == attendance_id else row
                       for row in self.people]
        self._show_counts()
        self._show_composition()

    def check_in_from_register(self, candidate: Candidate) -> None:
        now = stamp(self.context.now())
        parts = additions(self.context.store, self.context.activity_id, [candidate.participant_id],
                          status=AttendanceStatus.PRESENT, role=WALK_IN, checked_in_at=now)
        if not parts:
            return
        if self.context.do(one_command(self.tr("checking in %1").replace("%1", candidate.name), parts)):
            self.search.clear()
            self.say(self.tr("✓ %1 checked in %2 (added to the list)").replace("%1", candidate.name)
                     .replace("%2", local_clock(now)))

    def set_status(self, status: AttendanceStatus) -> None:
        entry = self.highlighted()
        if entry is None:
            self.say(self.tr("Find the person first: type their name, then choose them with ↑ and ↓."))
            return
        if entry.candidate is not None:
            if status == AttendanceStatus.PRESENT:
                self.check_in_from_register(entry.candidate)
            else:
                self.say(self.tr("%1 is not on the list. Enter checks them in.").replace("%1", entry.candidate.name))
            return
        row = entry.person
        assert row is not None
        if status == AttendanceStatus.PRESENT:
            self.check_in(row)
            return
        change = status_changes(row, status, stamp(self.context.now()))
        if change is None:
            self.say(self.tr("%1 is already “%2”.").replace("%1", row.name).replace("%2", status_label(status)))
            return
        text = self.tr("setting %1 to “%2”").replace("%1", row.name).replace("%2", status_label(status))
        if self._change_row(row, change[0], change[1], text):
            self._refresh(keep=(PERSON, row.attendance_id))
            self.say(self.tr("%1: %2").replace("%1", row.name).replace("%2", status_label(status)))
        self.search.setFocus()

    # -- walk-ins ---------------------------------------------------------------------------------

    def open_walk_in(self) -> None:
        """Open the walk-in row, with the typed words as the name ("Åsa Öberg": first and last name)."""
        if not self.context.activity_id:
            return
        if self._walk_in_open:
            self.focus_first()
            return
        self._load_choices()
        typed = self.search.text().split()
        first = typed[0] if typed else ""
        last = " ".join(typed[1:])
        self._walk_in_values = {"first_name": first, "last_name": last, "organisation": "",
                                "gender": Gender.NOT_STATED.value}
        # The typed name is there already: start where there is something left to type.
        self._walk_in_focus = 0 if not first else (1 if not last else 2)
        self._walk_in_open = True
        self._refresh()

    def cancel_walk_in(self) -> None:
        self._close_walk_in()
        self._refresh()
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def _close_walk_in(self) -> None:
        self._walk_in_open = False
        self._walk_in_values = {}
        self._walk_in_focus = 0

    def save_walk_in(self) -> None:
        row = self.walk_in
        if row is None:
            return
        values = row.values()
        first, last = values["first_name"].strip(), values["last_name"].strip()
        if not (first or last):
            row.message.setText(self.tr("Type the walk-in's first or last name."))
            row.first_name.setFocus()
            return
        parts: list[StoreCommand] = []
        organisation_id = None
        organisation_name = values["organisation"].strip()
        if organisation_name:
            named = self.org_choices.named(organisation_name)
            if named:
                organisation_id = named[0].id
            else:
                organisation = Organisation(id=str(uuid.uuid4()), name=organisation_name)
                parts.append(CreateRecord("organisations", organisation, ""))
                organisation_id = organisation.id
        person = Participant(id=str(uuid.uuid4()), first_name=first, last_name=last,
                             organisation_id=organisation_id, gender=Gender(values["gender"]))
        now = stamp(self.context.now())
        parts.append(CreateRecord("participants", person, ""))
        parts.append(CreateRecord("attendance", Attendance(
            activity_id=self.context.activity_id, participant_id=person.id, status=AttendanceStatus.PRESENT,
            role=WALK_IN, checked_in_at=now), ""))
        self._walk_in_values = values
        self._walk_in_focus = row.focused_field() or 0
        self._close_walk_in()  # before the change, so that the reload it causes shows the list without the row
        if self.context.do(Composite(self.tr("checking in walk-in %1").replace("%1", person.full_name), parts)):
            self.search.clear()
            self._refresh()
            self.search.setFocus(Qt.FocusReason.OtherFocusReason)
            self.say(self.tr("✓ %1 checked in %2 (walk-in)").replace("%1", person.full_name)
                     .replace("%2", local_clock(now)))
            return
        # Refused (the history has said why): the row comes back with everything typed.
        self._walk_in_open = True
        self._walk_in_values = dict(values, message=self.tr("The walk-in could not be saved; nothing typed "
                                                            "is lost. Try again, or Esc to cancel."))
        self._refresh()

    # -- keys -------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.search or not isinstance(event, QKeyEvent):
            return False
        new_walk_in = event.key() == Qt.Key.Key_N and event.modifiers() == Qt.KeyboardModifier.ControlModifier
        undo = event.matches(QKeySequence.StandardKey.Undo) and not self.search.text()
        if event.type() == QEvent.Type.ShortcutOverride:
            # The window's own Ctrl+N (new record) and Ctrl+Z do not apply here: the search line takes them.
            if new_walk_in or undo:
                event.accept()
                return True
            return False
        if event.type() != QEvent.Type.KeyPress:
            return False
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            self._move({Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 8, Qt.Key.Key_PageUp: -8}[key])
            return True
        if is_enter(event):
            self.enter()
            return True
        if key == Qt.Key.Key_Escape:
            if self.search.text():
                self.search.clear()
            else:
                self.message.clear()
            return True
        if new_walk_in:
            self.open_walk_in()
            return True
        if undo:
            stack = self.context.undo.stack
            if stack.canUndo():
                text = stack.undoText()
                stack.undo()
                self.say(self.tr("Undone: %1").replace("%1", text))
            return True
        return False
