"""The cases of one activity as a table: title, areas, the three scores, votes, priority, stage.

The model only shows; an edit in the view is handed to ``edit`` (the tab), which makes it an undoable
change through the workshop context. The rows then come back from the store, which is the one truth.
An activity has tens of cases, so the model holds them all and a sort proxy orders them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from ...domain import cases as case_rules
from ...records import Case
from .. import labels

_Index = QModelIndex | QPersistentModelIndex

#: The case's id, on every cell of its row.
CaseIdRole = Qt.ItemDataRole.UserRole + 1
#: What the column sorts by (numbers as numbers, unscored before 1).
SortRole = Qt.ItemDataRole.UserRole + 2

TITLE, AREAS, VALUE, FEASIBILITY, DATA, VOTES, PRIORITY, STAGE = range(8)

#: The score fields behind the score columns.
SCORE_FIELDS = {VALUE: "value_score", FEASIBILITY: "feasibility_score", DATA: "data_score"}

translate = QCoreApplication.translate

#: A function the tab gives: change these fields of this case (old → new values), undoably.
EditCase = Callable[[str, dict[str, Any], dict[str, Any]], bool]


class CasesModel(QAbstractTableModel):
    def __init__(self, edit: EditCase, parent=None):
        super().__init__(parent)
        self._edit = edit
        self._cases: list[Case] = []
        self._area_keys: Sequence[str] = ()

    # -- contents ----------------------------------------------------------------------------------

    def set_cases(self, cases: Sequence[Case]) -> None:
        """Show these cases; the same cases with new values keep the view's selection and editor."""
        cases = list(cases)
        if [case.id for case in cases] == [case.id for case in self._cases]:
            self._cases = cases
            if cases:
                self.dataChanged.emit(self.index(0, 0), self.index(len(cases) - 1, self.columnCount() - 1))
            return
        self.beginResetModel()
        self._cases = cases
        self.endResetModel()

    def set_area_keys(self, areas: Sequence[str]) -> None:
        """The areas in the order the keys 1–5 toggle them (for the header's tooltip)."""
        self._area_keys = tuple(areas)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, AREAS, AREAS)

    def case(self, row: int) -> Case | None:
        return self._cases[row] if 0 <= row < len(self._cases) else None

    def row_of(self, case_id: str) -> int:
        return next((row for row, case in enumerate(self._cases) if case.id == case_id), -1)

    @property
    def cases(self) -> list[Case]:
        return list(self._cases)

    # -- Qt's model interface -------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._cases)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else STAGE + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._header(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tip(section)
        return None

    def _header(self, section: int) -> str | None:
        return {
            TITLE: translate("CasesModel", "Case"),
            AREAS: translate("CasesModel", "Areas (keys 1–5)"),
            VALUE: translate("CasesModel", "Value"),
            FEASIBILITY: translate("CasesModel", "Feasibility"),
            DATA: translate("CasesModel", "Data"),
            VOTES: translate("CasesModel", "Votes (+/−)"),
            PRIORITY: translate("CasesModel", "Priority"),
            STAGE: translate("CasesModel", "Stage"),
        }.get(section)

    def _header_tip(self, section: int) -> str | None:
        if section == TITLE:
            return translate("CasesModel", "The idea; * marks a case that spans two or more areas.")
        if section == AREAS:
            keys = "\n".join(f"{number}: {labels.area_label(code)}"
                             for number, code in enumerate(self._area_keys[:9], start=1))
            return translate("CasesModel", "Press a number key to add or remove an area of the selected case:") \
                + "\n" + keys
        if section in SCORE_FIELDS:
            return translate("CasesModel", "1 (low) to 5 (high); empty when not scored yet. F2 or double-click "
                                           "to score.")
        if section == VOTES:
            return translate("CasesModel", "Dot votes: + adds one to the selected case, − takes one away.")
        if section == PRIORITY:
            return translate("CasesModel", "Value and feasibility count twice, then data and votes; "
                                           "an unscored part counts as 3.")
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        case = self.case(index.row()) if index.isValid() else None
        if case is None:
            return None
        column = index.column()
        if role == CaseIdRole:
            return case.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(case, column)
        if role == Qt.ItemDataRole.EditRole:
            if column == TITLE:
                return case.title
            if column in SCORE_FIELDS:
                return getattr(case, SCORE_FIELDS[column])
            return None
        if role == SortRole:
            return self._sort_key(case, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (VALUE, FEASIBILITY, DATA, VOTES, PRIORITY):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._described(case, column)
        return None

    def _display(self, case: Case, column: int) -> str:
        if column == TITLE:
            mark = case_rules.intersection_mark(case)
            return f"{case.title} {mark}" if mark else case.title
        if column == AREAS:
            return ", ".join(labels.area_label(code) for code in case.areas)
        if column in SCORE_FIELDS:
            return labels.number(getattr(case, SCORE_FIELDS[column]))
        if column == VOTES:
            return labels.number(case.votes)
        if column == PRIORITY:
            return labels.number(round(case_rules.priority(case), 1))
        if column == STAGE:
            text = labels.label(labels.CASE_STAGES, case.stage)
            return f"{text}: {case.parked_reason}" if case.parked_reason else text
        return ""

    def _described(self, case: Case, column: int) -> str:
        text = self._display(case, column)
        if column == TITLE and case.is_intersection:
            return translate("CasesModel", "{title} (intersection of {count} areas)").format(
                title=case.title, count=labels.number(len(set(case.areas))))
        if column in SCORE_FIELDS and not text:
            return translate("CasesModel", "Not scored")
        return text

    @staticmethod
    def _sort_key(case: Case, column: int) -> Any:
        if column == TITLE:
            return case.title.casefold()
        if column == AREAS:
            return len(case.areas)
        if column in SCORE_FIELDS:
            score = getattr(case, SCORE_FIELDS[column])
            return 0 if score is None else score
        if column == VOTES:
            return case.votes
        if column == PRIORITY:
            return case_rules.priority(case)
        if column == STAGE:
            order = case_rules.STAGE_ORDER
            return order.index(case.stage) if case.stage in order else len(order)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in (TITLE, *SCORE_FIELDS):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        case = self.case(index.row()) if index.isValid() else None
        if case is None or role != Qt.ItemDataRole.EditRole:
            return False
        column = index.column()
        if column == TITLE:
            title = str(value or "").strip()
            if not title or title == case.title:
                return False  # an empty title would lose the idea; the editor simply closes
            return self._edit(case.id, {"title": case.title}, {"title": title})
        if column in SCORE_FIELDS:
            name = SCORE_FIELDS[column]
            score = None if value in (None, "", 0) else int(value)
            if not case_rules.valid_score(score) or score == getattr(case, name):
                return False
            return self._edit(case.id, {name: getattr(case, name)}, {name: score})
        return False
