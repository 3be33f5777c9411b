"""The Cases tab: capture ideas as people say them, then score, vote and move them on.

The capture line keeps the keyboard: the facilitator types, presses Enter, types the next one. The
table below is for the second pass (scores, dot votes, areas), mostly by keys so that it can be done
while listening: F2 scores, + and − vote, 1–5 toggle areas, Ctrl+Shift+Right moves a case on.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import timezone
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QStyledItemDelegate,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain import capture as capture_rules
from ...domain import cases as case_rules
from ...records import Case, CaseStage
from .. import labels
from ..editing.undo import CreateRecord, DeleteRecords, MoveCaseStage, UpdateRecord
from .cases_model import AREAS, SCORE_FIELDS, TITLE, CasesModel, SortRole
from .context import WorkshopContext, WorkshopTab

_Index = QModelIndex | QPersistentModelIndex

#: On the completer's rows: the folded names to match against, and the text to put into the line.
MatchRole = Qt.ItemDataRole.UserRole + 11
InsertRole = Qt.ItemDataRole.UserRole + 12

#: How many areas the number keys reach.
AREA_KEYS = 9


def area_names(codes: Iterable[str]) -> dict[str, str]:
    """Every name an area goes by → its code: the code, its label now, its English and Swedish names."""
    names: dict[str, str] = {}
    for code in codes:
        names[code] = code
        names[labels.area_label(code)] = code
        source = labels.AREAS.get(code)
        if source:
            names[source] = code
        swedish = capture_rules.SWEDISH_AREA_NAMES.get(code)
        if swedish:
            names[swedish] = code
    return names


class CaptureLine(QLineEdit):
    """A line edit with type-ahead for the part after @ (organisations) or # (areas) under the cursor."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.organisation_model = QStandardItemModel(self)
        self.area_model = QStandardItemModel(self)
        self.completer = QCompleter(self.organisation_model, self)
        self.completer.setWidget(self)
        self.completer.setCompletionRole(MatchRole)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer.setMaxVisibleItems(8)
        self.completer.popup().setAccessibleName(self.tr("Suggestions"))
        self.completer.activated[QModelIndex].connect(self._insert)
        self._mark_start = -1
        self.textEdited.connect(self._suggest)

    def set_organisations(self, names: Iterable[tuple[str, str]]) -> None:
        """The register's organisations as (name, municipality)."""
        self.organisation_model.clear()
        for name, municipality in names:
            item = QStandardItem(f"{name} — {municipality}" if municipality else name)
            item.setData(capture_rules.fold(name), MatchRole)
            item.setData(name, InsertRole)
            self.organisation_model.appendRow(item)

    def set_areas(self, codes: Iterable[str]) -> None:
        self.area_model.clear()
        for code in codes:
            names = [name for name, named in area_names([code]).items() if named == code]
            item = QStandardItem(f"{labels.area_label(code)} (#{code})")
            item.setData(" | ".join(capture_rules.fold(name) for name in names), MatchRole)
            item.setData(code, InsertRole)
            self.area_model.appendRow(item)

    def _suggest(self, text: str) -> None:
        found = capture_rules.current_mark(text, self.cursorPosition())
        if found is None:
            self.completer.popup().hide()
            return
        mark, self._mark_start = found
        model = self.organisation_model if mark == capture_rules.ORGANISATION_MARK else self.area_model
        if self.completer.model() is not model:
            self.completer.setModel(model)
        self.completer.setCompletionPrefix(capture_rules.fold(text[self._mark_start + 1:self.cursorPosition()]))
        if self.completer.completionCount() == 0:
            self.completer.popup().hide()
            return
        self.completer.complete()

    def _insert(self, index: QModelIndex) -> None:
        if self._mark_start < 0:
            return
        value = index.data(InsertRole)
        text, cursor = self.text(), self.cursorPosition()
        mark = text[self._mark_start]
        inserted = f"{mark}{value} "
        self.setText(text[:self._mark_start] + inserted + text[cursor:].lstrip())
        self.setCursorPosition(self._mark_start + len(inserted))
        self._mark_start = -1

    def event(self, event: QEvent) -> bool:
        # With nothing of its own to undo (just after a capture), Ctrl+Z is the window's: it takes the
        # captured case back, which is what the facilitator means.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if (event.matches(QKeySequence.StandardKey.Undo) and not self.isUndoAvailable()) or (
                    event.matches(QKeySequence.StandardKey.Redo) and not self.isRedoAvailable()):
                event.ignore()
                return False
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        popup = self.completer.popup()
        if popup.isVisible():
            chosen = popup.currentIndex().isValid()
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab) and chosen:
                event.ignore()  # the completer puts the chosen name in
                return
            if event.key() == Qt.Key.Key_Escape:
                event.ignore()
                return
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                popup.hide()  # nothing chosen: Enter captures the line as typed
        super().keyPressEvent(event)


class ScoreDelegate(QStyledItemDelegate):
    """A score as a short pick list: not scored, or 1 to 5 (a number key picks it)."""

    def createEditor(self, parent: QWidget, option, index: _Index) -> QWidget:
        editor = QComboBox(parent)
        editor.addItem(self.tr("–  not scored"), None)
        for score in range(case_rules.SCORE_MIN, case_rules.SCORE_MAX + 1):
            editor.addItem(labels.number(score), score)
        editor.setAccessibleName(self.tr("Score"))
        # A choice is the whole edit: commit at once instead of waiting for the focus to leave.
        editor.activated.connect(lambda _row, e=editor: (self.commitData.emit(e), self.closeEditor.emit(e)))
        return editor

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class CasesView(QTableView):
    """The table of cases; keys act on the selected case (the tab says what they do)."""

    def __init__(self, tab: CasesTab):
        super().__init__(tab)
        self._tab = tab

    def keyPressEvent(self, event: QKeyEvent) -> None:
        modifiers = event.modifiers() & ~(Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier)
        if modifiers == Qt.KeyboardModifier.NoModifier and self.state() != QAbstractItemView.State.EditingState:
            text = event.text()
            if event.key() == Qt.Key.Key_Plus or text == "+":
                self._tab.vote(+1)
                return
            if event.key() == Qt.Key.Key_Minus or text in ("-", "−"):
                self._tab.vote(-1)
                return
            if text.isdigit() and 1 <= int(text) <= AREA_KEYS:
                self._tab.toggle_area(int(text) - 1)
                return
        super().keyPressEvent(event)


class CasesTab(WorkshopTab):
    watched = frozenset({"cases", "case_history"})

    def __init__(self, context: WorkshopContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.setObjectName("casesTab")
        self._areas: list[str] = []
        self._organisation_names: dict[str, str] = {}

        self.capture_label = QLabel(self.tr("Capture an i&dea:"), self)
        self.capture_line = CaptureLine(self)
        self.capture_line.setObjectName("captureLine")
        self.capture_line.setPlaceholderText(
            self.tr("Type the idea and press Enter — title @organisation #area (e.g. Predict scrap @örebro #smart)"))
        self.capture_line.setAccessibleName(self.tr("Capture an idea"))
        self.capture_line.setAccessibleDescription(self.tr(
            "Type the idea and press Enter. Add @ and the start of an organisation's name, and # and an area."))
        self.capture_line.setClearButtonEnabled(True)
        self.capture_label.setBuddy(self.capture_line)
        self.capture_line.returnPressed.connect(self.capture)
        self.capture_line.textEdited.connect(lambda _text: self._show_problems([]))

        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("captureProblems")
        self.problem_label.setWordWrap(True)
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_label.setAccessibleName(self.tr("Problems with the idea typed"))
        self.problem_label.hide()

        self.model = CasesModel(self.edit_case, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.proxy.setDynamicSortFilter(True)
        self.view = CasesView(self)
        self.view.setObjectName("casesView")
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(self.tr("Cases of this activity"))
        self.view.setAccessibleDescription(
            self.tr("Each case with its stage, areas and votes; + and − vote, 1 to 5 toggle an area"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.SelectedClicked)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # as captured until a header is clicked
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.score_delegate = ScoreDelegate(self.view)
        for column in SCORE_FIELDS:
            self.view.setItemDelegateForColumn(column, self.score_delegate)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(AREAS, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("casesCount")
        self.count_label.setWordWrap(True)  # at a large text size it wraps rather than widen the window

        self.next_action = self._action(self.tr("Next stage"), "Ctrl+Shift+Right", self.move_forward,
                                        self.tr("Move the selected case to its next stage"))
        self.park_action = self._action(self.tr("Park…"), "Ctrl+Shift+P", self.park,
                                        self.tr("Park the selected case, with a reason"))
        self.vote_up_action = self._action(self.tr("Vote +"), "", lambda: self.vote(+1),
                                           self.tr("Add a dot vote to the selected case (key +)"))
        self.vote_down_action = self._action(self.tr("Vote −"), "", lambda: self.vote(-1),
                                             self.tr("Take a dot vote from the selected case (key −)"))
        self.delete_action = self._action(self.tr("Delete"), "Del", self.delete_case,
                                          self.tr("Delete the selected case (Ctrl+Z brings it back)"))
        self.area_menu = QMenu(self.tr("Areas"), self)
        self.area_menu.aboutToShow.connect(self._fill_area_menu)
        self.area_button = QToolButton(self)
        self.area_button.setText(self.tr("Areas"))
        self.area_button.setToolTip(self.tr("Add or remove areas of the selected case (keys 1–5 in the table)"))
        self.area_button.setAccessibleName(self.tr("Areas of the selected case"))
        self.area_button.setMenu(self.area_menu)
        self.area_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        # Room for the menu arrow, which some styles draw over the end of the text.
        self.area_button.setMinimumWidth(self.area_button.sizeHint().width() + 12)

        tools = QHBoxLayout()
        tools.addWidget(self.count_label, 1)
        self._buttons: list[QToolButton] = []
        for action in (self.vote_up_action, self.vote_down_action):
            tools.addWidget(self._button(action))
        tools.addWidget(self.area_button)
        for action in (self.next_action, self.park_action, self.delete_action):
            tools.addWidget(self._button(action))

        line = QHBoxLayout()
        line.addWidget(self.capture_label)
        line.addWidget(self.capture_line, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(line)
        layout.addWidget(self.problem_label)
        layout.addLayout(tools)
        layout.addWidget(self.view, 1)

        QWidget.setTabOrder(self.capture_line, self.view)
        previous: QWidget = self.view
        for button in [*self._buttons[:2], self.area_button, *self._buttons[2:]]:
            QWidget.setTabOrder(previous, button)
            previous = button
        self._update_actions()
        if context.activity_id:
            self.load()

    def _action(self, text: str, keys: str, slot, tip: str) -> QAction:
        action = QAction(text, self.view)
        if keys:
            action.setShortcut(QKeySequence(keys))
            # Only in the table: in the capture line Ctrl+Shift+Right selects a word, as everywhere.
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            tip = f"{tip} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
        action.setToolTip(tip)
        action.triggered.connect(slot)
        self.view.addAction(action)
        return action

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setAccessibleName(action.toolTip())
        self._buttons.append(button)
        return button

    # -- reading ---------------------------------------------------------------------------------------

    def load(self) -> None:
        store = self.context.store
        selected = self.selected_case()
        self._areas = [str(code) for code in store.settings.get("areas")]
        choices = store.lookup.organisation_choices()
        self._organisation_names = {choice.name: choice.id for choice in choices}
        self.capture_line.set_organisations((choice.name, choice.municipality) for choice in choices)
        self.capture_line.set_areas(self._areas)
        self.model.set_area_keys(self._areas)
        activity_id = self.context.activity_id
        cases = store.cases.list({"origin_activity_id": activity_id}, order_by="created_at") if activity_id else []
        self.model.set_cases(cases)
        self.capture_line.setEnabled(bool(activity_id))
        if selected is not None:
            self.select_case(selected.id)
        total = len(cases)
        self.count_label.setText(self.tr("Cases: {count}. * marks an intersection of two or more areas.").format(
            count=labels.number(total)))
        self._update_actions()

    def focus_first(self) -> None:
        self.capture_line.setFocus()

    # -- capture ---------------------------------------------------------------------------------------

    def capture(self) -> None:
        """The line as a new case of this activity; the line empties and keeps the keyboard."""
        if not self.context.activity_id or not self.capture_line.text().strip():
            return  # an Enter too many is no idea, and no reason for a warning
        parsed = capture_rules.parse_capture(self.capture_line.text(), self._organisation_names,
                                             area_names(self._areas))
        if not parsed.ok:
            self._show_problems(parsed.problems)
            return
        case = Case(title=parsed.title, organisation_ids=parsed.organisation_ids, areas=parsed.areas,
                    stage=CaseStage.IDENTIFIED, origin_activity_id=self.context.activity_id)
        command = CreateRecord("cases", case, self.tr("Capture case “{title}”").format(title=parsed.title))
        if not self.context.do(command):
            return
        self.capture_line.setText("")  # unlike clear(), forgets the line's own undo: Ctrl+Z is the capture's now
        self._show_problems([])
        self.select_case(command.record.id)
        self.context.show_status(self.tr("Captured “{title}”").format(title=parsed.title))

    def _show_problems(self, problems: list[capture_rules.CaptureProblem]) -> None:
        if not problems:
            self.problem_label.clear()
            self.problem_label.hide()
            return
        self.problem_label.setText("⚠ " + " ".join(self._problem_text(problem) for problem in problems))
        self.problem_label.show()

    def _problem_text(self, problem: capture_rules.CaptureProblem) -> str:
        if problem.kind == capture_rules.UNKNOWN_ORGANISATION:
            return self.tr("No organisation starts with “{word}”.").format(word=problem.word)
        if problem.kind == capture_rules.AMBIGUOUS_ORGANISATION:
            return self.tr("“{word}” could be {names}: type more of the name.").format(
                word=problem.word, names=labels.joined(problem.candidates))
        if problem.kind == capture_rules.UNKNOWN_AREA:
            return self.tr("No area is called “{word}”.").format(word=problem.word)
        if problem.kind == capture_rules.AMBIGUOUS_AREA:
            return self.tr("“{word}” could be {names}: type more of the area.").format(
                word=problem.word, names=labels.joined(labels.area_label(code) for code in problem.candidates))
        return self.tr("Type the idea itself before the @ and # parts.")

    # -- the selected case -----------------------------------------------------------------------------

    def selected_case(self) -> Case | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.case(self.proxy.mapToSource(index).row())

    def select_case(self, case_id: str) -> None:
        """Make a case the current row (the keyboard stays where the user is)."""
        row = self.model.row_of(case_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, TITLE))
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)

    def _update_actions(self) -> None:
        case = self.selected_case()
        has_case = case is not None
        for action in (self.vote_up_action, self.vote_down_action, self.park_action, self.delete_action):
            action.setEnabled(has_case)
        self.vote_down_action.setEnabled(has_case and case.votes > 0)
        self.area_button.setEnabled(has_case)
        self.next_action.setEnabled(has_case and case_rules.next_stage(case.stage) is not None)
        self.park_action.setEnabled(has_case and case.stage != CaseStage.PARKED)

    # -- changes ---------------------------------------------------------------------------------------

    def edit_case(self, case_id: str, old: Mapping[str, Any], new: Mapping[str, Any], text: str = "") -> bool:
        case = self.model.case(self.model.row_of(case_id))
        title = case.title if case is not None else ""
        if not text:
            fields = set(new)
            if fields & set(SCORE_FIELDS.values()):
                text = self.tr("Score case “{title}”")
            elif "title" in fields:
                text = self.tr("Rename case “{title}”")
            else:
                text = self.tr("Change case “{title}”")
        return self.context.do(UpdateRecord("cases", case_id, dict(old), dict(new), text.format(title=title)))

    def vote(self, step: int) -> None:
        case = self.selected_case()
        if case is None:
            return
        votes = max(0, case.votes + step)
        if votes == case.votes:
            return
        text = self.tr("Vote for “{title}”") if step > 0 else self.tr("Take a vote from “{title}”")
        self.edit_case(case.id, {"votes": case.votes}, {"votes": votes}, text)

    def toggle_area(self, position: int) -> None:
        """Add or remove the area at ``position`` of the areas setting (the keys 1–5)."""
        case = self.selected_case()
        if case is None or not 0 <= position < len(self._areas):
            return
        code = self._areas[position]
        areas = [area for area in case.areas if area != code] if code in case.areas else [*case.areas, code]
        text = (self.tr("Remove area {area} from “{{title}}”") if code in case.areas
                else self.tr("Add area {area} to “{{title}}”")).format(area=labels.area_label(code))
        if self.edit_case(case.id, {"areas": list(case.areas)}, {"areas": areas}, text):
            self.context.show_status(labels.areas_text(areas) or self.tr("No areas"))

    def move_forward(self) -> None:
        case = self.selected_case()
        if case is None:
            return
        stage = case_rules.next_stage(case.stage)
        if stage is None:
            message = (self.tr("A parked case has no next stage.") if case.stage == CaseStage.PARKED
                       else self.tr("The case is implemented: the last stage."))
            self.context.show_status(message)
            return
        self._move(case, stage, "", self.tr("Move “{title}” to {stage}").format(
            title=case.title, stage=labels.label(labels.CASE_STAGES, stage)))

    def park(self) -> None:
        case = self.selected_case()
        if case is None or case.stage == CaseStage.PARKED:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Park case"),
                                          self.tr("Why is “{title}” parked?").format(title=case.title))
        if not ok:
            return
        if not reason.strip():
            self.context.show_status(self.tr("Not parked: say why the case is parked."))
            return
        self._move(case, CaseStage.PARKED, reason, self.tr("Park “{title}”").format(title=case.title))

    def _move(self, case: Case, stage: CaseStage, reason: str, text: str) -> None:
        # The store's timestamp format, from the context's clock (a fake one in tests).
        at = self.context.now().astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        try:
            moved = case_rules.move(case, stage, at=at, reason=reason)
        except case_rules.StageProblem:
            return  # the actions are disabled for moves the method refuses
        old = {"stage": case.stage, "parked_reason": case.parked_reason}
        if self.context.do(MoveCaseStage(case.id, old, moved, text)):
            self.context.show_status(text)

    def delete_case(self) -> None:
        case = self.selected_case()
        if case is None:
            return
        text = self.tr("Delete case “{title}”").format(title=case.title)
        self.context.do(DeleteRecords("cases", [case.id], text))

    # -- menus -----------------------------------------------------------------------------------------

    def _fill_area_menu(self) -> None:
        self.area_menu.clear()
        case = self.selected_case()
        for position, code in enumerate(self._areas):
            number = f"&{position + 1} " if position < AREA_KEYS else ""
            action = self.area_menu.addAction(number + labels.area_label(code))
            action.setCheckable(True)
            action.setChecked(case is not None and code in case.areas)
            action.triggered.connect(lambda _checked, p=position: self.toggle_area(p))

    def _context_menu(self, point) -> None:
        if self.selected_case() is None:
            return
        menu = QMenu(self)
        for action in (self.vote_up_action, self.vote_down_action):
            menu.addAction(action)
        self._fill_area_menu()
        menu.addMenu(self.area_menu)
        menu.addSeparator()
        for action in (self.next_action, self.park_action, self.delete_action):
            menu.addAction(action)
        menu.exec(self.view.viewport().mapToGlobal(point))
