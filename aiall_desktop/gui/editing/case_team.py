"""A case's team on the case's page: who works on it, in which role, and whether the team meets the 26 % rule.

People come into the team from the register by name, with type-ahead; Enter adds the person typed (or
picked from the list). The first member also makes the case's team ("Case team: <title>"), in the same
undoable step. Delete takes the chosen members off the team. A member's role is picked from the
project's roles or written freely; a known role is stored as its English code, so that reports read the
same whatever the language of the laptop that entered it.

The team's composition is shown under the heading and read again after every change to the register,
so it is right while the facilitator builds the team, and after an undo.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.diversity import Composition, Verdict, composition
from ...records import Case, Gender, Team, TeamKind, TeamMember
from ...store.lookup import name_key
from ...store.related import MemberOfTeam, ParticipantChoice
from .. import labels
from ..composition.badge import CompositionBadge
from ..composition.wording import SYMBOLS, Group, fill, group_name, minimum_text
from ..style import scaled_font
from .field_validation import FieldFeedback
from .organisation_picker import IdRole
from .record_pickers import ParticipantChoices, _completer
from .undo import Composite, CreateRecord, DeleteRecords, StoreCommand, UpdateRecord

if TYPE_CHECKING:
    from ..record_actions import EditorHost

_Index = QModelIndex | QPersistentModelIndex

# Literal contexts at every call: pyside6-lupdate finds texts only in that form.
translate = QCoreApplication.translate
CONTEXT = "CaseTeamPanel"

#: The project's team roles: the code stored (English, the same on every laptop) and its label.
ROLES: tuple[tuple[str, str], ...] = (
    ("lead", QT_TRANSLATE_NOOP("CaseTeamPanel", "Lead")),
    ("domain expert", QT_TRANSLATE_NOOP("CaseTeamPanel", "Domain expert")),
    ("AI/data", QT_TRANSLATE_NOOP("CaseTeamPanel", "AI/data")),
    ("software", QT_TRANSLATE_NOOP("CaseTeamPanel", "Software")),
    ("business", QT_TRANSLATE_NOOP("CaseTeamPanel", "Business")),
    ("public administration", QT_TRANSLATE_NOOP("CaseTeamPanel", "Public administration")),
    ("research", QT_TRANSLATE_NOOP("CaseTeamPanel", "Research")),
    ("design", QT_TRANSLATE_NOOP("CaseTeamPanel", "Design")),
    ("student", QT_TRANSLATE_NOOP("CaseTeamPanel", "Student")),
)

#: Rows the table shows before it scrolls.
VISIBLE_ROWS = 8

NAME, ORGANISATION, ROLE, GENDER = range(4)


def role_label(role: str) -> str:
    """How a stored role reads: a project role in the user's language, free text as written."""
    for code, source in ROLES:
        if role == code:
            return translate(CONTEXT, source)
    return role


def role_code(text: str) -> str:
    """What to store for a role typed or picked: a project role's code when it names one (case aside)."""
    text = " ".join(text.split())
    key = text.casefold()
    for code, source in ROLES:
        if key in (code.casefold(), translate(CONTEXT, source).casefold()):
            return code
    return text


# -- the figures in words ------------------------------------------------------------------------


def _count(n: int, one: str, many: str) -> str:
    return one if n == 1 else fill(many, labels.number(n))


def members_text(n: int) -> str:
    return _count(n, translate("CaseTeamPanel", "1 member"), translate("CaseTeamPanel", "%1 members"))


def _add_women(n: int, minimum: str) -> str:
    text = translate("CaseTeamPanel", "Add 1 woman to reach %1.") if n == 1 else \
        translate("CaseTeamPanel", "Add %2 women to reach %1.")
    return fill(text, minimum, labels.number(n))


def verdict_text(c: Composition) -> str:
    """The 26 % rule's verdict on the team in a sentence, and what would make the team pass.

    The badge above it has the figures; this line says what to do about them, while the team is built.
    """
    minimum = minimum_text(c.minimum)
    symbol = SYMBOLS[c.verdict]
    if c.verdict == Verdict.EMPTY:
        text = fill(translate("CaseTeamPanel", "At least %1 of the team should be women."), minimum)
    elif c.verdict == Verdict.PASSES:
        text = fill(translate("CaseTeamPanel", "The team meets the %1 minimum of women."), minimum)
    else:
        if c.verdict == Verdict.FAILS:
            text = fill(translate("CaseTeamPanel", "Below %1 women."), minimum)
        else:
            text = fill(translate("CaseTeamPanel", "May be below %1 women: 1 member has not stated a gender.")
                        if c.not_stated == 1 else
                        translate("CaseTeamPanel", "May be below %1 women: %2 members have not stated a gender."),
                        minimum, labels.number(c.not_stated))
        if c.women_needed is None:
            text += " " + fill(translate("CaseTeamPanel", "No number of added women reaches %1."), minimum)
        else:
            text += " " + _add_women(c.women_needed, minimum)
    return f"{symbol} {text}"


# -- finding the person typed --------------------------------------------------------------------


class NotFound(ValueError):
    """What was typed names nobody (or several people): ``text`` says what to do."""

    def __init__(self, text: str):
        self.text = text
        super().__init__(text)


def find_participant(choices: Sequence[ParticipantChoice], typed: str, picked: ParticipantChoice | None) -> str:
    """The id of the participant ``typed`` names: the one picked from the list, the one of that name, or the
    only one whose name holds what was typed (case and accents aside). Raises :class:`NotFound`."""
    typed = typed.strip()
    if not typed:
        raise NotFound(translate("CaseTeamPanel", "Type part of a name and pick the person from the list."))
    if picked is not None and picked.name == typed:
        return picked.id  # picked from the list: the right one of two namesakes
    key = name_key(typed)
    named = [choice for choice in choices if name_key(choice.name) == key]
    if len(named) == 1:
        return named[0].id
    holding = named or [choice for choice in choices if key and key in name_key(choice.name)]
    if len(holding) == 1:
        return holding[0].id
    if holding:
        raise NotFound(translate("CaseTeamPanel", "%1 people match “%2”: pick one from the list.")
                       .replace("%1", labels.number(len(holding))).replace("%2", typed))
    raise NotFound(translate("CaseTeamPanel", "“%1” is not in the register. Pick a participant from the list, "
                                              "or add them under Participants first.").replace("%1", typed))


# -- changes ---------------------------------------------------------------------------------------


class BringBackMember(StoreCommand):
    """A member once taken off the team, back on it (the team holds one row per person, deleted or not)."""

    def __init__(self, member_id: str, text: str):
        super().__init__(text, ["team_members"], [member_id])
        self.member_id = member_id

    def forward(self, store) -> None:
        store.team_members.restore(self.member_id)

    def backward(self, store) -> None:
        store.team_members.delete(self.member_id)


# -- the table -------------------------------------------------------------------------------------


class TeamModel(QAbstractTableModel):
    """The members; the role is edited in place, through ``set_role`` (which makes the undoable change)."""

    def __init__(self, set_role: Callable[[MemberOfTeam, str], bool], parent=None):
        super().__init__(parent)
        self._rows: list[MemberOfTeam] = []
        self._set_role = set_role
        self._headers = [translate("CaseTeamPanel", "Name"), translate("CaseTeamPanel", "Organisation"),
                         translate("CaseTeamPanel", "Role"), translate("CaseTeamPanel", "Gender")]

    def set_rows(self, rows: Sequence[MemberOfTeam]) -> None:
        rows = list(rows)
        if [row.id for row in rows] == [row.id for row in self._rows]:
            # The same people (a role changed): keep the view's choice and any editor open.
            self._rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, self.columnCount() - 1))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def member(self, row: int) -> MemberOfTeam | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def members(self) -> list[MemberOfTeam]:
        return list(self._rows)

    def row_of(self, participant_id: str) -> int:
        return next((n for n, row in enumerate(self._rows) if row.participant_id == participant_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        member = self.member(index.row()) if index.isValid() else None
        if member is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.EditRole and column == ROLE:
            return member.role
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.EditRole):
            if column == NAME:
                return member.name
            if column == ORGANISATION:
                return member.organisation
            if column == ROLE:
                return role_label(member.role)
            if column == GENDER:
                if member.gender == Gender.SELF_DESCRIBED and member.gender_text:
                    return member.gender_text
                return labels.label(labels.GENDERS, member.gender)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == ROLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        member = self.member(index.row()) if index.isValid() else None
        if member is None or index.column() != ROLE or role != Qt.ItemDataRole.EditRole:
            return False
        return self._set_role(member, str(value or ""))

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None


class RoleDelegate(QStyledItemDelegate):
    """The role as a pick list of the project's roles that also takes any role written in it."""

    def createEditor(self, parent: QWidget, option, index: _Index) -> QWidget:
        editor = QComboBox(parent)
        editor.setEditable(True)
        editor.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        editor.addItem("", "")
        for code, source in ROLES:
            editor.addItem(translate(CONTEXT, source), code)
        editor.setAccessibleName(translate("CaseTeamPanel", "Role in the team"))
        editor.setToolTip(translate("CaseTeamPanel", "Pick a role or write one; Enter saves it, Esc keeps the old one."))
        # A pick is the whole edit: saved at once rather than when the focus leaves.
        editor.activated.connect(lambda _row, e=editor: (self.commitData.emit(e), self.closeEditor.emit(e)))
        return editor

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        role = index.data(Qt.ItemDataRole.EditRole) or ""
        found = editor.findData(role)
        if found >= 0:
            editor.setCurrentIndex(found)
        else:
            editor.setEditText(role)
        editor.lineEdit().selectAll()

    def setModelData(self, editor: QWidget, model, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        text = editor.currentText()
        # A label picked from the list is stored as its code; anything written is matched to one first.
        model.setData(index, role_code(text), Qt.ItemDataRole.EditRole)


class TeamView(QTableView):
    """The members; Delete takes the chosen ones off the team."""

    remove_requested = Signal()

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        # Coming in by Tab, the row with the focus frame is the chosen one: Delete and the buttons act on it.
        current = self.currentIndex()
        if current.isValid() and not self.selectionModel().hasSelection():
            self.selectionModel().select(current, QItemSelectionModel.SelectionFlag.Select
                                         | QItemSelectionModel.SelectionFlag.Rows)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        editing = self.state() == QAbstractItemView.State.EditingState
        if event.matches(QKeySequence.StandardKey.Delete) and not editing:
            self.remove_requested.emit()
            event.accept()
            return
        if event.key() == Qt.Key.Key_F2 and not editing and self.currentIndex().isValid():
            # The whole row is chosen: F2 edits the one thing there is to edit in it, the role.
            role = self.currentIndex().siblingAtColumn(ROLE)
            self.setCurrentIndex(role)
            self.edit(role)
            event.accept()
            return
        super().keyPressEvent(event)


class AddLine(QLineEdit):
    """The name of the person to add. Enter adds, whether the type-ahead list is open or not.

    ``submitted`` carries the participant highlighted in the list (``None``: the line as typed).
    """

    submitted = Signal(object)

    def event(self, event: QEvent) -> bool:
        # Nothing typed here to undo: Ctrl+Z goes to Edit → Undo, as in the page's saved fields.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and not self.text():
            if event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo):
                event.ignore()
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            chosen = None
            completer = self.completer()
            popup = completer.popup() if completer is not None else None
            if popup is not None and popup.isVisible():
                index = popup.currentIndex()
                if index.isValid():
                    chosen = index.data(IdRole)
                    self.setText(index.data(Qt.ItemDataRole.EditRole) or self.text())
                popup.hide()
            event.accept()
            self.submitted.emit(chosen)
            return
        super().keyPressEvent(event)


# -- the panel -------------------------------------------------------------------------------------


class CaseTeamPanel(QWidget):
    """The team of the case the page shows (none while a new case is typed)."""

    def __init__(self, host: EditorHost, parent: QWidget | None = None):
        super().__init__(parent)
        self.host = host
        self.setObjectName("caseTeamPanel")
        self.case: Case | None = None
        self.team: Team | None = None
        self.composition: Composition | None = None
        self._picked: ParticipantChoice | None = None

        self.heading = QLabel(self)
        self.heading.setObjectName("teamHeading")
        self.heading.setFont(scaled_font(self.font(), 1.0, bold=True))
        self.badge = CompositionBadge(self)
        self.badge.setObjectName("teamBadge")
        # One line high whatever room the page leaves: the badge is a label, not a box to fill.
        self.badge.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.verdict = QLabel(self)
        self.verdict.setObjectName("teamVerdict")
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.PlainText)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.add_label = QLabel(translate("CaseTeamPanel", "Add member:"), self)
        self.add_line = AddLine(self)
        self.add_line.setObjectName("addMemberEdit")
        self.add_line.setAccessibleName(translate("CaseTeamPanel", "Add a member to the team"))
        self.add_line.setAccessibleDescription(
            translate("CaseTeamPanel", "Type part of a name, pick the person and press Enter."))
        self.add_line.setPlaceholderText(translate("CaseTeamPanel", "Type part of a name and press Enter"))
        self.add_label.setBuddy(self.add_line)
        self.choices = ParticipantChoices(self)
        self.completer = _completer(self.choices, self)
        self.completer.popup().setAccessibleName(translate("CaseTeamPanel", "Participants in the register"))
        self.add_line.setCompleter(self.completer)
        self.completer.activated[QModelIndex].connect(self._picked_from_list)
        self.add_line.submitted.connect(self.add_member)
        self.add_line.textEdited.connect(lambda _text: self.add_feedback.clear())
        self.add_button = QPushButton(translate("CaseTeamPanel", "Add"), self)
        self.add_button.setObjectName("addMemberButton")
        self.add_button.setAccessibleName(translate("CaseTeamPanel", "Add the person typed to the team"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add_member(None))
        self.add_message = QLabel(self)
        self.add_message.setObjectName("addMemberMessage")
        self.add_message.setAccessibleName(translate("CaseTeamPanel", "Add member: problem"))
        self.add_message.setWordWrap(True)
        self.add_message.setProperty("role", "fieldMessage")
        self.add_feedback = FieldFeedback(self.add_line, self.add_message)
        self.add_message.installEventFilter(self)

        self.empty_label = QLabel(translate("CaseTeamPanel", "Nobody is in the team yet: type a name above and press Enter."), self)
        self.empty_label.setObjectName("teamEmpty")
        self.empty_label.setEnabled(False)
        self.model = TeamModel(self.set_role, self)
        self.view = TeamView(self)
        self.view.setObjectName("teamTable")
        self.view.setModel(self.model)
        self.view.setAccessibleName(translate("CaseTeamPanel", "Team members"))
        self.view.setItemDelegateForColumn(ROLE, RoleDelegate(self.view))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.SelectedClicked)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setTabKeyNavigation(False)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setCornerButtonEnabled(False)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(False)
        for column, mode in ((NAME, QHeaderView.ResizeMode.Stretch), (ORGANISATION, QHeaderView.ResizeMode.Stretch),
                             (ROLE, QHeaderView.ResizeMode.ResizeToContents),
                             (GENDER, QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(column, mode)
        self.view.remove_requested.connect(self.remove_selected)
        self.view.activated.connect(self._activated)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.remove_button = QPushButton(translate("CaseTeamPanel", "Remove from Team"), self)
        self.remove_button.setObjectName("removeMemberButton")
        self.remove_button.setAccessibleName(translate("CaseTeamPanel", "Remove the chosen members from the team"))
        self.remove_button.setToolTip(translate("CaseTeamPanel", "Remove the chosen members from the team (Del); "
                                                                  "Ctrl+Z brings them back"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_selected)
        self.role_button = QPushButton(translate("CaseTeamPanel", "Set Role"), self)
        self.role_button.setObjectName("setRoleButton")
        self.role_button.setAccessibleName(translate("CaseTeamPanel", "Set the role of the chosen member"))
        self.role_button.setToolTip(translate("CaseTeamPanel", "Pick or write the chosen member's role (F2)"))
        self.role_button.setAutoDefault(False)
        self.role_button.clicked.connect(self.edit_role)
        self.open_button = QPushButton(translate("CaseTeamPanel", "Open Participant"), self)
        self.open_button.setObjectName("openMemberButton")
        self.open_button.setAccessibleName(translate("CaseTeamPanel", "Open the chosen member's page"))
        self.open_button.setToolTip(translate("CaseTeamPanel", "Show the chosen member's page (Enter on the name)"))
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self.open_selected)

        add_row = QHBoxLayout()
        add_row.setSpacing(6)
        add_row.addWidget(self.add_label)
        add_row.addWidget(self.add_line, 1)
        add_row.addWidget(self.add_button)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        buttons.addWidget(self.role_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        top = QHBoxLayout()
        top.setSpacing(10)
        top.addWidget(self.heading)
        top.addWidget(self.badge)
        top.addStretch(1)
        layout.addLayout(top)
        layout.addWidget(self.verdict)
        layout.addSpacing(4)
        layout.addLayout(add_row)
        layout.addWidget(self.add_message)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        for first, second in ((self.add_line, self.add_button), (self.add_button, self.view),
                              (self.view, self.role_button), (self.role_button, self.remove_button),
                              (self.remove_button, self.open_button)):
            QWidget.setTabOrder(first, second)
        self._show_members([])

    # -- showing ---------------------------------------------------------------------------------

    def register_changed(self, kinds: frozenset[str]) -> None:
        """The register changed: the type-ahead list is read again when people (or their organisations) did."""
        if kinds & {"participants", "organisations"}:
            self.choices.stale = True

    def show_case(self, case: Case | None) -> None:
        """Show the team of ``case`` (``None``: a case not saved yet has no team)."""
        if case is None or self.case is None or case.id != self.case.id:
            self.add_line.clear()
            self.add_feedback.clear()
            self._picked = None
        self.case = case
        self.setVisible(case is not None)
        if case is not None:
            self.refresh()

    def refresh(self) -> None:
        """Read the team and its figures again (after any change to the register)."""
        if self.case is None:
            return
        store = self.host.store
        if self.choices.stale:
            self.choices.set_choices(store.related.participant_choices())
        self.team = self._case_team()
        members = store.related.members_of_team(self.team.id) if self.team is not None else []
        people = store.groups.team(self.team.id) if self.team is not None else []
        self.composition = composition(people, store.settings.get("women_minimum"))
        self._show_members(members)

    def _case_team(self) -> Team | None:
        assert self.case is not None
        teams = self.host.store.teams.list({"case_id": self.case.id, "kind": TeamKind.CASE_TEAM.value},
                                           order_by="position")
        return teams[0] if teams else None

    def _show_members(self, members: Sequence[MemberOfTeam]) -> None:
        self.model.set_rows(members)
        count = len(members)
        # The badge says how many; the heading names the team the members are in.
        self.heading.setText(translate("CaseTeamPanel", "Team"))
        self.heading.setToolTip(self.team.name if self.team is not None else "")
        self.view.setAccessibleDescription(members_text(count))
        c = self.composition if self.composition is not None else composition([])
        self.badge.show_composition(c, group_name(Group.TEAM), members_text(c.people) if c.people else "")
        self.verdict.setText(verdict_text(c))
        self.verdict.setAccessibleName(self.verdict.text())
        self.empty_label.setVisible(count == 0)
        self.view.setVisible(count > 0)
        if count:
            shown = min(count, VISIBLE_ROWS)
            rows = self.view.verticalHeader().defaultSectionSize() * shown
            self.view.setFixedHeight(self.view.horizontalHeader().sizeHint().height() + rows
                                     + 2 * self.view.frameWidth() + 2)
        self._update_buttons()
        self._relayout()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.add_message and event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            self._relayout()
        return super().eventFilter(watched, event)

    def _relayout(self) -> None:
        # The page's form layout keeps the height it gave this row until told otherwise (see relayout.py):
        # a table shown, a verdict wrapped over two lines, would be drawn over the buttons below.
        widget: QWidget | None = self
        while widget is not None and not isinstance(widget, QAbstractScrollArea):
            if widget.layout() is not None:
                widget.layout().invalidate()
            widget = widget.parentWidget()

    def _update_buttons(self) -> None:
        chosen = self._chosen_rows()
        self.remove_button.setEnabled(bool(chosen))
        self.role_button.setEnabled(len(chosen) == 1)
        self.open_button.setEnabled(len(chosen) == 1)

    def _chosen_rows(self) -> list[int]:
        return sorted({index.row() for index in self.view.selectionModel().selectedRows()})

    # -- adding ----------------------------------------------------------------------------------

    def _picked_from_list(self, index: QModelIndex) -> None:
        self._picked = self.choices.get(index.data(IdRole))

    def add_member(self, chosen_id: str | None = None) -> bool:
        """Add the person typed (or ``chosen_id``, highlighted in the list) to the team, making it first if need be."""
        if self.case is None:
            return False
        if self.choices.stale:
            self.choices.set_choices(self.host.store.related.participant_choices())
        choice = self.choices.get(chosen_id) if chosen_id else None
        if choice is not None:
            participant_id = choice.id
        else:
            rows = [self.choices.get(self.choices.index(n, 0).data(IdRole)) for n in range(self.choices.rowCount())]
            try:
                participant_id = find_participant([row for row in rows if row is not None], self.add_line.text(),
                                                  self._picked)
            except NotFound as problem:
                self.add_feedback.show(problem.text)
                return False
            choice = self.choices.get(participant_id)
        name = choice.name if choice is not None else self.add_line.text().strip()
        if self.model.row_of(participant_id) >= 0:
            self.add_feedback.show(translate("CaseTeamPanel", "%1 is already in the team.").replace("%1", name))
            self._select_participant(participant_id)
            return False
        command = self._add_command(participant_id, name)
        if not self.host.undo.do(command):
            return False
        self.add_line.clear()
        self.add_feedback.clear()
        self._picked = None
        self._select_participant(participant_id)
        self.host.show_status(translate("CaseTeamPanel", "Saved: %1. Ctrl+Z takes it back.").replace("%1", command.text()))
        return True

    def _add_command(self, participant_id: str, name: str) -> StoreCommand:
        assert self.case is not None
        text = translate("CaseTeamPanel", "adding %1 to the team").replace("%1", name)
        parts: list[StoreCommand] = []
        team = self.team
        if team is None:
            team = Team(name=translate("CaseTeamPanel", "Case team: %1").replace("%1", self.case.title),
                        kind=TeamKind.CASE_TEAM, case_id=self.case.id)
            create_team = CreateRecord("teams", team, "")
            team = create_team.record  # with its id, for the member
            parts.append(create_team)
        else:
            # The team keeps one row per person: someone taken off and added again is brought back.
            earlier = self.host.store.team_members.list({"team_id": team.id, "participant_id": participant_id},
                                                        include_deleted=True)
            if earlier:
                return Composite(text, [BringBackMember(earlier[0].id, "")])
        parts.append(CreateRecord("team_members", TeamMember(team_id=team.id, participant_id=participant_id), ""))
        return Composite(text, parts)

    def _select_participant(self, participant_id: str) -> None:
        row = self.model.row_of(participant_id)
        if row >= 0:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(row, NAME),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.view.scrollTo(self.model.index(row, NAME))

    # -- removing, roles, opening ----------------------------------------------------------------

    def remove_selected(self) -> bool:
        rows = self._chosen_rows()
        members = [member for member in (self.model.member(row) for row in rows) if member is not None]
        if not members:
            return False
        names = ", ".join(member.name for member in members)
        text = translate("CaseTeamPanel", "removing %1 from the team").replace("%1", names)
        if not self.host.undo.do(DeleteRecords("team_members", [member.id for member in members], text)):
            return False
        # The choice moves to the member after the ones removed, so that Delete can go on down the list.
        if self.model.rowCount():
            row = min(rows[0], self.model.rowCount() - 1)
            self._select_participant(self.model.member(row).participant_id)  # type: ignore[union-attr]
        else:
            self.add_line.setFocus(Qt.FocusReason.OtherFocusReason)
        self.host.show_status(translate("CaseTeamPanel", "Saved: %1. Ctrl+Z takes it back.").replace("%1", text))
        return True

    def set_role(self, member: MemberOfTeam, text: str) -> bool:
        role = role_code(text)
        if role == member.role:
            return True
        change = translate("CaseTeamPanel", "role of %1").replace("%1", member.name)
        if not self.host.undo.do(UpdateRecord("team_members", member.id, {"role": member.role}, {"role": role},
                                              change)):
            return False
        self.host.show_status(translate("CaseTeamPanel", "Saved: %1.").replace("%1", change))
        return True

    def edit_role(self) -> None:
        rows = self._chosen_rows()
        if len(rows) == 1:
            index = self.model.index(rows[0], ROLE)
            self.view.setCurrentIndex(index)
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
            self.view.edit(index)

    def open_selected(self) -> None:
        rows = self._chosen_rows()
        member = self.model.member(rows[0]) if len(rows) == 1 else None
        if member is not None:
            self.host.open_record("participants", member.participant_id)

    def _activated(self, index: QModelIndex) -> None:
        # Enter on the role edits it; on the name (or anywhere else) it opens the person, as a related list does.
        if index.column() == ROLE:
            self.view.edit(index)
            return
        member = self.model.member(index.row())
        if member is not None:
            self.host.open_record("participants", member.participant_id)
