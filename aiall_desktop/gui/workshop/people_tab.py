"""The People tab: who is invited to the activity, and how each one's attendance stands.

People come onto the list from the register, one by one (Invite…, a search with type-ahead) or a whole
organisation at a time (Invite Organisation…). Statuses are set for the chosen rows with a key each, and
Delete takes people off the list; every change is undoable.

:func:`additions` is shared with the check-in: a person once taken off the list keeps a deleted row
(the database allows one row per person and activity), which is brought back rather than added again.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QScrollArea,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.checkin import WALK_IN, counts, local_clock, stamp
from ...records import Attendance, AttendanceStatus
from ...store import Store
from ...store.attendance_view import Candidate, PersonRow
from .. import labels
from ..composition import figures
from ..composition.badge import CompositionBadge
from ..composition.panel import CompositionPanel
from ..composition.wording import Group, group_name, group_title
from ..editing.organisation_picker import IdRole, NameRole, OrganisationChoices
from ..editing.undo import Composite, CreateRecord, DeleteRecords, StoreCommand, UpdateRecord, repository
from ..style import accent_headroom
from .context import WorkshopContext, WorkshopTab

_Index = QModelIndex | QPersistentModelIndex
RowRole = Qt.ItemDataRole.UserRole + 10

# Literal contexts at every call: pyside6-lupdate finds texts only in that form.
translate = QCoreApplication.translate

#: The status keys, the same in the People and the Check-in tab. Alt+letters that the menus (F, E, G, H)
#: and the workshop's tabs (A, P, I, C, M, R) do not use.
STATUS_KEYS: Mapping[AttendanceStatus, str] = {
    AttendanceStatus.INVITED: "Alt+V",
    AttendanceStatus.PRESENT: "Alt+S",
    AttendanceStatus.EXCUSED: "Alt+X",
    AttendanceStatus.NO_SHOW: "Alt+N",
}


class ReAddRecord(StoreCommand):
    """A deleted record brought back with some fields changed; undone, changed back and deleted again."""

    def __init__(self, kind: str, record_id: str, old: Mapping[str, Any], new: Mapping[str, Any], text: str):
        super().__init__(text, [kind], [record_id])
        self.kind = kind
        self.record_id = record_id
        self.old = dict(old)
        self.new = dict(new)

    def forward(self, store: Store) -> None:
        repo = repository(store, self.kind)
        repo.restore(self.record_id)
        repo.update(self.record_id, **self.new)

    def backward(self, store: Store) -> None:
        repo = repository(store, self.kind)
        repo.update(self.record_id, **self.old)
        repo.delete(self.record_id)


def additions(store: Store, activity_id: str, participant_ids: Iterable[str], *, status: AttendanceStatus,
              role: str = "participant", checked_in_at: str | None = None) -> list[StoreCommand]:
    """The changes that put people on an activity's list; people on it already are left as they are."""
    rows = {row.participant_id: row for row in store.attendance.list({"activity_id": activity_id},
                                                                      include_deleted=True)}
    new = {"status": AttendanceStatus(status).value, "role": role, "checked_in_at": checked_in_at}
    parts: list[StoreCommand] = []
    for participant_id in dict.fromkeys(participant_ids):
        row = rows.get(participant_id)
        if row is None:
            parts.append(CreateRecord("attendance", Attendance(
                activity_id=activity_id, participant_id=participant_id, status=AttendanceStatus(status),
                role=role, checked_in_at=checked_in_at), ""))
        elif row.is_deleted:
            old = {"status": row.status.value, "role": row.role, "checked_in_at": row.checked_in_at}
            parts.append(ReAddRecord("attendance", row.id, old, new, ""))
    return parts


def one_command(text: str, parts: Sequence[StoreCommand]) -> StoreCommand:
    """One step in the history for ``parts`` (a single part keeps its own kind of command)."""
    if len(parts) == 1:
        parts[0].setText(text)
        return parts[0]
    return Composite(text, parts)


def status_label(status: str) -> str:
    return labels.label(labels.ATTENDANCE_STATUSES, status)


def status_changes(row: PersonRow, status: AttendanceStatus, now: str) -> tuple[dict, dict] | None:
    """Old and new fields for moving one person to ``status``; ``None`` when they are there already.

    Present keeps the first check-in time; any other status clears it, so that a mistaken check-in
    leaves no time behind.
    """
    if row.status == status:
        return None
    new = {"status": status.value,
           "checked_in_at": (row.checked_in_at or now) if status == AttendanceStatus.PRESENT else None}
    return {"status": row.status, "checked_in_at": row.checked_in_at}, new


_HEADERS = (
    QT_TRANSLATE_NOOP("PeopleTab", "Name"),
    QT_TRANSLATE_NOOP("PeopleTab", "Organisation"),
    QT_TRANSLATE_NOOP("PeopleTab", "Gender"),
    QT_TRANSLATE_NOOP("PeopleTab", "Status"),
    QT_TRANSLATE_NOOP("PeopleTab", "Checked in"),
)


class PeopleModel(QAbstractTableModel):
    """The activity's list: name, organisation, gender, status, check-in time."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.rows: list[PersonRow] = []

    def set_rows(self, rows: Sequence[PersonRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("PeopleTab", _HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            column = index.column()
            if column == 0:
                return row.name
            if column == 1:
                return row.organisation
            if column == 2:
                return labels.label(labels.GENDERS, row.gender)
            if column == 3:
                if row.role == WALK_IN:
                    return translate("PeopleTab", "%1 (walk-in)").replace("%1", status_label(row.status))
                return status_label(row.status)
            if column == 4:
                return local_clock(row.checked_in_at)
        if role == RowRole:
            return row
        return None


class CandidateModel(QAbstractListModel):
    """People of the register found by the invite search; those on the list already say so."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.rows: list[Candidate] = []

    def set_rows(self, rows: Sequence[Candidate]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = f"{row.name} — {row.organisation}" if row.organisation else row.name
            if row.on_list:
                text += translate("PeopleTab", "  (on the list: %1)").replace("%1", status_label(row.status or ""))
            return text
        if role == RowRole:
            return row
        return None


class RoomyDelegate(QStyledItemDelegate):
    """List rows tall enough for the marks of Å, Ä and Ö, which some fonts draw above the line."""

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + accent_headroom(option.font) + 4)


class MessageLabel(QLabel):
    """A line that explains something in place, and takes no room while it has nothing to say."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.hide()

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        super().setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        super().clear()
        self.hide()


def move_highlight(view: QAbstractItemView, step: int) -> None:
    """Move a list's current row by ``step`` (clamped), keeping the keyboard focus where it is."""
    model = view.model()
    count = model.rowCount()
    if not count:
        return
    current = view.currentIndex().row()
    row = 0 if current < 0 and step > 0 else max(0, min(count - 1, current + step))
    index = model.index(row, 0)
    view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    view.scrollTo(index)


def is_enter(event: QKeyEvent) -> bool:
    return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() in (
        Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


class PeopleTab(WorkshopTab):
    watched = frozenset({"attendance", "participants", "organisations"})

    def __init__(self, context: WorkshopContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.setObjectName("peopleTab")
        self.model = PeopleModel(self)

        self.invite_action = self._action(self.tr("Invi&te…"), "Alt+T", self.open_invite,
                                          self.tr("Find someone in the register and put them on the list"))
        self.invite_org_action = self._action(
            self.tr("Invite &Organisation…"), "Alt+O", self.open_invite_organisation,
            self.tr("Put everyone of an organisation on the list"))
        self.status_actions: dict[AttendanceStatus, QAction] = {}
        texts = {AttendanceStatus.INVITED: self.tr("In&vited"), AttendanceStatus.PRESENT: self.tr("Pre&sent"),
                 AttendanceStatus.EXCUSED: self.tr("E&xcused"), AttendanceStatus.NO_SHOW: self.tr("&No-show")}
        for status, text in texts.items():
            self.status_actions[status] = self._action(
                text, STATUS_KEYS[status], lambda s=status: self.set_status(s),
                self.tr("Set the status of the chosen people"))
        self.remove_action = self._action(self.tr("Remove from &List"), None, self.remove_chosen,
                                          self.tr("Take the chosen people off the list (Undo brings them back)"))
        self.remove_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Delete), QKeySequence("Alt+L")])
        self._tooltip(self.remove_action)

        # -- the tool row -----------------------------------------------------------------------
        tools = QHBoxLayout()
        for action in (self.invite_action, self.invite_org_action):
            tools.addWidget(self._button(action))
        tools.addSpacing(16)
        set_label = QLabel(self.tr("Set status:"), self)
        tools.addWidget(set_label)
        for action in self.status_actions.values():
            tools.addWidget(self._button(action))
        tools.addSpacing(16)
        tools.addWidget(self._button(self.remove_action))
        tools.addStretch(1)
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("peopleCounts")
        # The counts and the badge go on a line of their own: with the buttons they would make the tab
        # wider than a screen at a large text size (Edit → Preferences).
        summary = QHBoxLayout()
        summary.addWidget(self.counts_label)
        #: The composition badge of the invited people: read again whenever the list changes.
        self.composition_slot = CompositionBadge(self)
        self.composition_slot.setObjectName("inviteComposition")
        summary.addWidget(self.composition_slot)
        summary.addStretch(1)

        # -- Invite…: a search over the register -------------------------------------------------
        self.invite_panel = QFrame(self)
        self.invite_panel.setObjectName("invitePanel")
        self.invite_panel.setFrameShape(QFrame.Shape.StyledPanel)
        self.invite_line = QLineEdit(self.invite_panel)
        self.invite_line.setObjectName("inviteSearch")
        self.invite_line.setPlaceholderText(self.tr("Name, organisation or e-mail — Enter invites, Esc closes"))
        self.invite_line.setAccessibleName(self.tr("Find someone to invite"))
        self.invite_line.setClearButtonEnabled(True)
        invite_label = QLabel(self.tr("Find in the register:"), self.invite_panel)
        invite_label.setBuddy(self.invite_line)
        self.candidates = CandidateModel(self)
        self.candidate_view = QListView(self.invite_panel)
        self.candidate_view.setObjectName("inviteCandidates")
        self.candidate_view.setModel(self.candidates)
        self.candidate_view.setItemDelegate(RoomyDelegate(self.candidate_view))
        self.candidate_view.setAccessibleName(self.tr("People found in the register"))
        self.candidate_view.setAccessibleDescription(
            self.tr("Up and Down in the search line choose one; Enter puts them on the list"))
        self.candidate_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Up/Down in the search line move in it
        self.candidate_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.candidate_view.setMaximumHeight(self.fontMetrics().height() * 9)
        self.candidate_view.doubleClicked.connect(lambda _index: self.invite_highlighted())
        self.invite_message = MessageLabel(self.invite_panel)
        self.invite_message.setObjectName("inviteMessage")
        close_invite = QToolButton(self.invite_panel)
        close_invite.setText(self.tr("Close"))
        close_invite.setAccessibleName(self.tr("Close the invite search"))
        close_invite.clicked.connect(self.close_panels)
        line_row = QHBoxLayout()
        line_row.addWidget(invite_label)
        line_row.addWidget(self.invite_line, 1)
        line_row.addWidget(close_invite)
        panel_layout = QVBoxLayout(self.invite_panel)
        panel_layout.addLayout(line_row)
        panel_layout.addWidget(self.candidate_view)
        panel_layout.addWidget(self.invite_message)
        self.invite_panel.hide()
        self.invite_line.textChanged.connect(self._search_register)
        self.invite_line.installEventFilter(self)

        # -- Invite Organisation…: a pick list with type-ahead ----------------------------------
        self.org_panel = QFrame(self)
        self.org_panel.setObjectName("inviteOrganisationPanel")
        self.org_panel.setFrameShape(QFrame.Shape.StyledPanel)
        self.org_line = QLineEdit(self.org_panel)
        self.org_line.setObjectName("inviteOrganisation")
        self.org_line.setPlaceholderText(self.tr("Organisation — Enter invites its people, Esc closes"))
        self.org_line.setAccessibleName(self.tr("Organisation whose people to invite"))
        org_label = QLabel(self.tr("Invite everyone at:"), self.org_panel)
        org_label.setBuddy(self.org_line)
        self.org_choices = OrganisationChoices(self)
        self.org_completer = QCompleter(self.org_choices, self)
        self.org_completer.setCompletionRole(NameRole)
        self.org_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.org_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.org_completer.popup().setAccessibleName(self.tr("Organisations in the register"))
        self.org_line.setCompleter(self.org_completer)
        self.org_completer.activated[QModelIndex].connect(self._organisation_picked)
        self._picked_organisation: tuple[str, str] | None = None  # (id, name) chosen in the pop-up
        self.org_message = MessageLabel(self.org_panel)
        self.org_message.setObjectName("inviteOrganisationMessage")
        close_org = QToolButton(self.org_panel)
        close_org.setText(self.tr("Close"))
        close_org.setAccessibleName(self.tr("Close the organisation invite"))
        close_org.clicked.connect(self.close_panels)
        org_row = QHBoxLayout()
        org_row.addWidget(org_label)
        org_row.addWidget(self.org_line, 1)
        org_row.addWidget(close_org)
        org_layout = QVBoxLayout(self.org_panel)
        org_layout.addLayout(org_row)
        org_layout.addWidget(self.org_message)
        self.org_panel.hide()
        self.org_line.installEventFilter(self)

        # -- the list ---------------------------------------------------------------------------
        self.table = QTableView(self)
        self.table.setObjectName("peopleTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("People on the activity's list"))
        self.table.setAccessibleDescription(
            self.tr("Everyone invited to the activity with their organisation and status; Alt and a letter "
                    "sets the status of the chosen people"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in (*self.status_actions.values(), self.remove_action):
            self.table.addAction(action)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.empty_label = QLabel(self.tr("No one is on the list yet. Invite people from the register "
                                          "(Alt+T) or a whole organisation (Alt+O)."), self)
        self.empty_label.setObjectName("peopleEmpty")
        self.empty_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addLayout(summary)
        layout.addWidget(self.invite_panel)
        layout.addWidget(self.org_panel)
        layout.addWidget(self.empty_label)
        # The list beside its composition in charts (gender, backgrounds, competences, sectors).
        self.composition_panel = CompositionPanel(self)
        self.composition_panel.setMinimumWidth(260)
        scroll = QScrollArea(self)
        scroll.setObjectName("inviteCompositionScroll")
        scroll.setAccessibleName(self.tr("Composition of the invited"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.composition_panel)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("peopleSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout.addWidget(self.splitter, 1)
        self.setTabOrder(self.invite_line, self.org_line)
        self.setTabOrder(self.org_line, self.table)
        self._update_actions()

    # -- building ---------------------------------------------------------------------------------

    def _action(self, text: str, keys: str | None, slot, tip: str) -> QAction:
        action = QAction(text, self)
        if keys:
            action.setShortcut(QKeySequence(keys))
        # Active while the tab (or anything in it) has the focus, so other tabs may use the same keys.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        self._tooltip(action)
        return action

    @staticmethod
    def _tooltip(action: QAction) -> None:
        text = action.text().replace("&", "")
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{text} ({keys})" if keys else text)

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton(self)
        # The button shows the icon text, which Qt would strip of its "…".
        action.setIconText(action.text().replace("&", ""))
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        return button

    # -- WorkshopTab ------------------------------------------------------------------------------

    def load(self) -> None:
        activity_id = self.context.activity_id
        chosen = self.chosen_ids()
        current = self.table.currentIndex()
        current_id = current.data(RowRole).attendance_id if current.isValid() else None
        rows = self.context.store.attendance_view.people(activity_id) if activity_id else []
        self.model.set_rows(rows)
        self._reselect(chosen, current_id)
        self.empty_label.setVisible(not rows)
        self._show_counts(rows)
        self._show_composition()
        self.org_choices.stale = True
        if self.invite_panel.isVisible():
            self._search_register(self.invite_line.text())
        self._update_actions()

    def focus_first(self) -> None:
        if self.invite_panel.isVisible():
            self.invite_line.setFocus()
        else:
            self.table.setFocus()

    # -- the list ---------------------------------------------------------------------------------

    def chosen_rows(self) -> list[PersonRow]:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return [self.model.rows[row] for row in sorted(rows) if row < len(self.model.rows)]

    def chosen_ids(self) -> list[str]:
        return [row.attendance_id for row in self.chosen_rows()]

    def choose(self, attendance_ids: Iterable[str]) -> None:
        self._reselect(list(attendance_ids), None)

    def _reselect(self, attendance_ids: Sequence[str], current_id: str | None) -> None:
        wanted = set(attendance_ids)
        selection = self.table.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        first = None
        for number, row in enumerate(self.model.rows):
            if row.attendance_id in wanted:
                selection.select(self.model.index(number, 0), flags)
                first = number if first is None else first
            if row.attendance_id == current_id:
                selection.setCurrentIndex(self.model.index(number, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
        if current_id is None and first is not None:
            selection.setCurrentIndex(self.model.index(first, 0), QItemSelectionModel.SelectionFlag.NoUpdate)

    def _show_composition(self) -> None:
        activity_id = self.context.activity_id
        if not activity_id:
            self.composition_slot.clear_composition()
            return
        invited = figures.invited(self.context.store, activity_id)
        self.composition_slot.show_composition(invited, group_name(Group.INVITED), group_title(Group.INVITED))
        self.composition_panel.show_composition(invited, self.tr("Who is invited"))

    def _show_counts(self, rows: Sequence[PersonRow]) -> None:
        tally = counts(rows)
        parts = [self.tr("%1 on the list").replace("%1", labels.number(tally.total)),
                 self.tr("%1 present").replace("%1", labels.number(tally.present)),
                 self.tr("%1 excused").replace("%1", labels.number(tally.excused))]
        if tally.no_show:
            parts.append(self.tr("%1 did not come").replace("%1", labels.number(tally.no_show)))
        self.counts_label.setText(" · ".join(parts))

    def _update_actions(self) -> None:
        chosen = bool(self.table.selectionModel().selectedRows())
        for action in (*self.status_actions.values(), self.remove_action):
            action.setEnabled(chosen)
        has_activity = bool(self.context.activity_id)
        self.invite_action.setEnabled(has_activity)
        self.invite_org_action.setEnabled(has_activity)

    def set_status(self, status: AttendanceStatus) -> None:
        rows = self.chosen_rows()
        if not rows:
            return
        now = stamp(self.context.now())
        parts: list[StoreCommand] = []
        for row in rows:
            change = status_changes(row, status, now)
            if change is not None:
                parts.append(UpdateRecord("attendance", row.attendance_id, change[0], change[1], ""))
        if not parts:
            self.context.show_status(self.tr("Already “%1”.").replace("%1", status_label(status)))
            return
        if len(rows) == 1:
            text = self.tr("setting %1 to “%2”").replace("%1", rows[0].name)
        else:
            text = self.tr("setting %1 people to “%2”").replace("%1", labels.number(len(parts)))
        ids = [row.attendance_id for row in rows]
        if self.context.do(one_command(text.replace("%2", status_label(status)), parts)):
            self.choose(ids)

    def remove_chosen(self) -> None:
        rows = self.chosen_rows()
        if not rows:
            return
        if len(rows) == 1:
            text = self.tr("taking %1 off the list").replace("%1", rows[0].name)
        else:
            text = self.tr("taking %1 people off the list").replace("%1", labels.number(len(rows)))
        next_row = min(self.table.selectionModel().selectedRows(), key=lambda i: i.row()).row()
        if self.context.do(DeleteRecords("attendance", [row.attendance_id for row in rows], text)):
            if self.model.rows:
                self.choose([self.model.rows[min(next_row, len(self.model.rows) - 1)].attendance_id])
            self.context.show_status(self.tr("Taken off the list (Undo brings them back)."))

    # -- Invite… ----------------------------------------------------------------------------------

    def open_invite(self) -> None:
        self.org_panel.hide()
        self.invite_panel.show()
        self.invite_message.clear()
        self.invite_line.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.invite_line.selectAll()
        self._search_register(self.invite_line.text())

    def _search_register(self, text: str) -> None:
        activity_id = self.context.activity_id
        found = self.context.store.attendance_view.candidates(text, activity_id, 30) if activity_id else []
        self.candidates.set_rows(found)
        if found:
            move_highlight(self.candidate_view, 1)
            self.invite_message.clear()
        elif text.strip():
            self.invite_message.setText(self.tr("No one in the register matches “%1”. Add them in the "
                                                "Participants section first.").replace("%1", text.strip()))

    def invite_highlighted(self) -> None:
        index = self.candidate_view.currentIndex()
        if not index.isValid():
            self.invite_message.setText(self.tr("Type a name and choose someone with ↑ and ↓ first."))
            return
        candidate: Candidate = index.data(RowRole)
        if candidate.on_list:
            self.invite_message.setText(self.tr("%1 is already on the list (%2).").replace("%1", candidate.name)
                                        .replace("%2", status_label(candidate.status or "")))
            return
        parts = additions(self.context.store, self.context.activity_id, [candidate.participant_id],
                          status=AttendanceStatus.INVITED)
        if not parts:
            return
        if self.context.do(one_command(self.tr("inviting %1").replace("%1", candidate.name), parts)):
            self.invite_line.clear()
            self.invite_message.setText(self.tr("✓ %1 invited.").replace("%1", candidate.name))
            self.choose(row.attendance_id for row in self.model.rows if row.participant_id == candidate.participant_id)

    # -- Invite Organisation… ---------------------------------------------------------------------

    def open_invite_organisation(self) -> None:
        self.invite_panel.hide()
        if self.org_choices.stale:
            self.org_choices.set_choices(self.context.store.lookup.organisation_choices())
        self.org_panel.show()
        self.org_message.clear()
        self.org_line.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.org_line.selectAll()

    def _organisation_picked(self, index: QModelIndex) -> None:
        self._picked_organisation = (index.data(IdRole), index.data(NameRole))

    def invite_organisation(self) -> None:
        text = self.org_line.text().strip()
        if not text:
            self.org_message.setText(self.tr("Type the organisation's name and choose it from the list."))
            return
        if self._picked_organisation is not None and self._picked_organisation[1] == text:
            organisation_id, name = self._picked_organisation
        else:
            named = self.org_choices.named(text)
            if not named:
                self.org_message.setText(self.tr("“%1” is not in the register. Choose an organisation from "
                                                 "the list.").replace("%1", text))
                return
            organisation_id, name = named[0].id, named[0].name
        store = self.context.store
        people = store.participants.list({"organisation_id": organisation_id})
        parts = additions(store, self.context.activity_id, [person.id for person in people],
                          status=AttendanceStatus.INVITED)
        if not people:
            self.org_message.setText(self.tr("No one at %1 is in the register.").replace("%1", name))
            return
        if not parts:
            self.org_message.setText(self.tr("Everyone at %1 is already on the list.").replace("%1", name))
            return
        text = self.tr("inviting %1 people of %2").replace("%1", labels.number(len(parts))).replace("%2", name)
        if self.context.do(Composite(text, parts)):
            added = {person.id for person in people}
            self.org_message.setText(self.tr("✓ %1 people of %2 invited.").replace(
                "%1", labels.number(len(parts))).replace("%2", name))
            self.org_line.clear()
            self._picked_organisation = None
            self.choose(row.attendance_id for row in self.model.rows if row.participant_id in added)

    # -- keys -------------------------------------------------------------------------------------

    def close_panels(self) -> None:
        self.invite_panel.hide()
        self.org_panel.hide()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if watched is self.invite_line:
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 8, Qt.Key.Key_PageUp: -8}
                move_highlight(self.candidate_view, step[Qt.Key(event.key())])
                return True
            if is_enter(event):
                self.invite_highlighted()
                return True
        if watched is self.org_line and is_enter(event) and not self.org_completer.popup().isVisible():
            self.invite_organisation()
            return True
        if watched in (self.invite_line, self.org_line) and event.key() == Qt.Key.Key_Escape:
            if not (watched is self.org_line and self.org_completer.popup().isVisible()):
                self.close_panels()
                return True
        return False
