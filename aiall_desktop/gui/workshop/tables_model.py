"""The Tables tab's pieces that are not widgets: one table's people as a list model (a drag source and
drop target), the words for a table's figures and for the balancing problems, and the undoable changes
that seat people.

Moves between tables become commands on the stored table groups; a model never changes its own rows.
The store is read again after every change, so what a table shows is always what is saved.
"""

from __future__ import annotations

import json
import math
import re
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPalette, QPen, QPixmap

from ...domain.diversity import Composition, Verdict, women_required
from ...domain.tables import Problem, ProblemKind
from ...records import Team, TeamKind, TeamMember
from ...store import Store
from ...store.groups import GroupPerson
from ...store.teams_view import TableGroup
from .. import labels
from ..editing.undo import Composite, CreateRecord, DeleteRecords, StoreCommand, UpdateRecord
from .people_tab import ReAddRecord

_Index = QModelIndex | QPersistentModelIndex
SeatRole = Qt.ItemDataRole.UserRole + 30

#: What a dragged person travels as between the tables' lists (this program only).
MIME_TYPE = "application/x-aiall-table-seat"
#: The list of people present but at no table: a table number that no table has.
UNSEATED = -1

# Literal contexts at every call: pyside6-lupdate finds texts only in that form.
translate = QCoreApplication.translate

_PLACE = re.compile(r"%(\d)")


def fill(text: str, *values: str) -> str:
    """Put ``values`` into "%1", "%2"… in one pass: a value holding "%" (a percentage) is left as it is."""
    return _PLACE.sub(lambda match: values[int(match.group(1)) - 1], text)


@dataclass(frozen=True)
class SeatRow:
    """One person as a table's list shows them."""

    person: GroupPerson
    organisation: str  # the organisation's name, "" without one
    member_id: str | None  # None in the list of people at no table
    locked: bool = False
    #: Checked in; someone seated and later marked absent stays at their table until moved or re-balanced.
    present: bool = True


def seat_text(row: SeatRow) -> str:
    """One line: the name, then what the balancing looks at; the organisation last, as the part a narrow
    table may cut (the tooltip has it whole). "(locked)" beside the lock mark, for whoever cannot see it."""
    name = row.person.full_name
    if row.locked:
        name = fill(translate("TablesModel", "%1 (locked)"), name)
    if not row.present:
        name = fill(translate("TablesModel", "%1 (not present)"), name)
    parts = [name, labels.label(labels.GENDERS, row.person.gender)]
    if row.organisation:
        parts.append(row.organisation)
    return " · ".join(parts)


class TableModel(QAbstractListModel):
    """The people at one table (or at none: ``table`` is :data:`UNSEATED`), in name order.

    Dropping people here asks for them to be moved (``move_requested``); the tab queues that, so that
    the views are not reset in the middle of their own drop.
    """

    move_requested = Signal(list, int)

    def __init__(self, table: int, parent: QObject | None = None):
        super().__init__(parent)
        self.table = table
        self.rows: list[SeatRow] = []

    def set_rows(self, rows: Sequence[SeatRow]) -> None:
        self.beginResetModel()
        self.rows = sorted(rows, key=lambda row: (row.person.last_name.casefold(),
                                                  row.person.first_name.casefold(), row.person.id))
        self.endResetModel()

    def present_people(self) -> list[GroupPerson]:
        return [row.person for row in self.rows if row.present]

    def ids(self) -> list[str]:
        return [row.person.id for row in self.rows]

    def row_of(self, participant_id: str) -> int | None:
        for number, row in enumerate(self.rows):
            if row.person.id == participant_id:
                return number
        return None

    # -- the list ----------------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return seat_text(row)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return seat_text(row).replace(" · ", ", ")
        if role == Qt.ItemDataRole.DecorationRole:
            return lock_icon() if row.locked else no_lock_icon()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role == SeatRole:
            return row
        return None

    @staticmethod
    def _tooltip(row: SeatRow) -> str:
        person = row.person
        lines = [person.full_name, labels.label(labels.GENDERS, person.gender)]
        if row.organisation:
            sector = labels.label(labels.SECTORS, person.sector)
            lines.append(f"{row.organisation} ({sector})" if sector else row.organisation)
        if person.backgrounds:
            lines.append(fill(translate("TablesModel", "Backgrounds: %1"), labels.joined(person.backgrounds)))
        if person.competences:
            lines.append(fill(translate("TablesModel", "Competences: %1"), labels.joined(person.competences)))
        if row.locked:
            lines.append(translate("TablesModel", "Locked to this table: re-balancing leaves them here"))
        if not row.present:
            lines.append(translate("TablesModel", "Not checked in (any more): re-balancing leaves them out"))
        return "\n".join(lines)

    # -- drag and drop -----------------------------------------------------------------------------

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # dropped on the list rather than on a person
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Iterable[QModelIndex]) -> QMimeData:
        rows = sorted({index.row() for index in indexes if index.isValid() and 0 <= index.row() < len(self.rows)})
        data = QMimeData()
        payload = {"table": self.table, "people": [self.rows[row].person.id for row in rows]}
        data.setData(MIME_TYPE, json.dumps(payload).encode("utf-8"))
        return data

    @staticmethod
    def decode(data: QMimeData | None) -> tuple[int, list[str]] | None:
        """The table and the people a drag carries; ``None`` for anything else dropped here."""
        if data is None or not data.hasFormat(MIME_TYPE):
            return None
        try:
            payload = json.loads(bytes(data.data(MIME_TYPE).data()).decode("utf-8"))
            return int(payload["table"]), [str(person) for person in payload["people"]]
        except (ValueError, KeyError, TypeError):
            return None

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: _Index) -> bool:
        decoded = self.decode(data)
        return decoded is not None and decoded[0] != self.table and bool(decoded[1])

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        self.move_requested.emit(self.decode(data)[1], self.table)
        return True

    def removeRows(self, row: int, count: int, parent: _Index = QModelIndex()) -> bool:
        # A finished move asks its source to remove the rows; the store is read again instead.
        return False


# -- the lock mark ---------------------------------------------------------------------------------

_icons: dict[str, QIcon] = {}


def _padlock(visible: bool) -> QIcon:
    """A padlock drawn in the text colour: the 🔒 character needs an emoji font, which not every desktop
    has (the program's own DejaVu Sans has none), and a tofu box would say nothing."""
    size = 32
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    if visible:
        colour = QGuiApplication.palette().color(QPalette.ColorRole.Text)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(colour, 3.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawArc(QRectF(9, 3, 14, 18), 0, 180 * 16)
        painter.drawLine(9, 12, 9, 15)
        painter.drawLine(23, 12, 23, 15)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(QRectF(5, 14, 22, 16), 3, 3)
        painter.end()
    return QIcon(pixmap)


def lock_icon() -> QIcon:
    if "locked" not in _icons:
        _icons["locked"] = _padlock(True)
    return _icons["locked"]


def no_lock_icon() -> QIcon:
    """An empty mark of the lock's size, so that names stay aligned whether or not someone is locked."""
    if "free" not in _icons:
        _icons["free"] = _padlock(False)
    return _icons["free"]


# -- words ----------------------------------------------------------------------------------------


def percent(share: Fraction) -> str:
    """A share as whole percent, rounded down: a table just below the minimum never reads as reaching it."""
    return fill(translate("TablesModel", "%1 %"), labels.number(math.floor(share * 100)))


def minimum_text(minimum: Fraction) -> str:
    value = minimum * 100
    shown = int(value) if value.denominator == 1 else round(float(value), 1)
    return fill(translate("TablesModel", "%1 %"), labels.number(shown))


def people_count(count: int) -> str:
    if count == 1:
        return translate("TablesModel", "1 person")
    return fill(translate("TablesModel", "%1 people"), labels.number(count))


@dataclass(frozen=True)
class Figures:
    short: str  # "6 people · W 33 % ✓ · 4 orgs · 5 backgrounds"
    spoken: str  # the same in words, for screen readers
    verdict: Verdict


def figures(c: Composition) -> Figures:
    """A table's figures in a line; the verdict is a symbol with words, never colour alone."""
    if not c.people:
        text = translate("TablesModel", "Nobody at this table")
        return Figures(text, text, c.verdict)
    share = percent(c.women_share)
    floor = minimum_text(c.minimum)
    if c.verdict == Verdict.PASSES:
        women = fill(translate("TablesModel", "W %1 ✓"), share)
        spoken_women = fill(translate("TablesModel", "women %1, meets the %2 minimum"), share, floor)
    elif c.verdict == Verdict.UNDETERMINED:
        women = fill(translate("TablesModel", "W %1 ? %2 not stated"), share, labels.number(c.not_stated))
        spoken_women = fill(translate("TablesModel", "women %1, below the %2 minimum unless those who have not "
                                                     "stated a gender are women"), share, floor)
    else:
        women = fill(translate("TablesModel", "W %1 ✗ below %2"), share, floor)
        spoken_women = fill(translate("TablesModel", "women %1, below the %2 minimum"), share, floor)
    if c.organisations == 1:
        organisations = translate("TablesModel", "1 org")
        spoken_organisations = translate("TablesModel", "1 organisation")
    else:
        organisations = fill(translate("TablesModel", "%1 orgs"), labels.number(c.organisations))
        spoken_organisations = fill(translate("TablesModel", "%1 organisations"), labels.number(c.organisations))
    parts = [people_count(c.people), women, organisations]
    spoken = [people_count(c.people), spoken_women, spoken_organisations]
    kinds = c.backgrounds.kinds
    if kinds == 1:
        parts.append(translate("TablesModel", "1 background"))
        spoken.append(translate("TablesModel", "1 kind of background"))
    elif kinds:
        parts.append(fill(translate("TablesModel", "%1 backgrounds"), labels.number(kinds)))
        spoken.append(fill(translate("TablesModel", "%1 kinds of background"), labels.number(kinds)))
    return Figures(" · ".join(parts), ", ".join(spoken), c.verdict)


def fewer_tables_that_work(people: int, women: int, tables: int, minimum: Fraction) -> int | None:
    """The most tables (fewer than ``tables``) at which every table can reach the minimum, if any."""
    for count in range(tables - 1, 0, -1):
        small, extra = divmod(people, count)
        needed = (count - extra) * women_required(small, minimum) + extra * women_required(small + 1, minimum)
        if needed <= women:
            return count
    return None


def problem_text(problem: Problem, minimum: Fraction) -> str:
    """A balancing problem in the window's words with its numbers (the domain's English for an unknown kind)."""
    n = problem.numbers
    number = labels.number
    try:
        if problem.kind == ProblemKind.NOT_ENOUGH_WOMEN:
            if n["tables"] == 1:
                text = (translate("TablesModel", "1 woman cannot give the table %3: %4 are needed.")
                        if n["women"] == 1 else
                        translate("TablesModel", "%1 women cannot give the table %3: %4 are needed."))
            else:
                text = (translate("TablesModel", "1 woman cannot give %2 tables %3 each: %4 are needed.")
                        if n["women"] == 1 else
                        translate("TablesModel", "%1 women cannot give %2 tables %3 each: %4 are needed."))
            return fill(text, number(n["women"]), number(n["tables"]), minimum_text(minimum), number(n["needed"]))
        if problem.kind == ProblemKind.EMPTY_TABLES:
            text = (translate("TablesModel", "%1 for %2 tables: 1 table stays empty.") if n["empty"] == 1
                    else translate("TablesModel", "%1 for %2 tables: %3 tables stay empty."))
            return fill(text, people_count(n["people"]), number(n["tables"]), number(n["empty"]))
        if problem.kind == ProblemKind.LOCKS_UNEVEN:
            return fill(translate("TablesModel", "The locked people do not allow an even split: tables will have "
                                                 "%1 to %2 people."), number(n["smallest"]), number(n["largest"]))
        if problem.kind == ProblemKind.LOCKS_BLOCK_MINIMUM:
            text = (translate("TablesModel", "The locks keep 1 table below %2 women, although the room has "
                                             "enough women: unlock someone or move a lock.")
                    if n["tables_short"] == 1 else
                    translate("TablesModel", "The locks keep %1 tables below %2 women, although the room has "
                                             "enough women: unlock someone or move a lock."))
            return fill(text, number(n["tables_short"]), minimum_text(minimum))
        if problem.kind == ProblemKind.LOCKED_TO_MISSING_TABLE:
            return fill(translate("TablesModel", "%1 locked to a table that is no longer there (now %2 tables): "
                                                 "seated freely."), people_count(n["people"]), number(n["tables"]))
        if problem.kind == ProblemKind.LOCKED_NOT_PRESENT:
            return fill(translate("TablesModel", "%1 locked but not present: those locks are ignored."),
                        people_count(n["people"]))
    except KeyError:
        pass
    return problem.message


# -- changes to the stored table groups -------------------------------------------------------------


def table_name(number: int) -> str:
    return fill(translate("TablesModel", "Table %1"), labels.number(number))


@dataclass(frozen=True)
class NewTables:
    command: StoreCommand
    team_ids: tuple[str, ...]


def replace_tables(activity_id: str, old: Sequence[TableGroup], tables: Sequence[Sequence[str]],
                   locked: Iterable[str], text: str) -> NewTables:
    """One step that puts the activity's earlier table groups aside (soft delete) and stores these.

    Every table is a new team, so that undo brings back the earlier seating exactly as it was.
    """
    keep_locked = set(locked)
    parts: list[StoreCommand] = []
    old_members = [seat.member_id for group in old for seat in group.seats]
    if old_members:
        parts.append(DeleteRecords("team_members", old_members, ""))
    if old:
        parts.append(DeleteRecords("teams", [group.team_id for group in old], ""))
    team_ids = []
    for number, people in enumerate(tables):
        team = Team(id=str(uuid.uuid4()), name=table_name(number + 1), kind=TeamKind.TABLE_GROUP,
                    activity_id=activity_id, position=number + 1)
        team_ids.append(team.id)
        parts.append(CreateRecord("teams", team, ""))
        for person in people:
            parts.append(CreateRecord("team_members", TeamMember(team_id=team.id, participant_id=person,
                                                                 locked=person in keep_locked), ""))
    return NewTables(Composite(text, parts), tuple(team_ids))


def _one_step(parts: list[StoreCommand], text: str) -> StoreCommand | None:
    if not parts:
        return None
    if len(parts) == 1:
        parts[0].setText(text)
        return parts[0]
    return Composite(text, parts)


def seat_moves(store: Store, moves: Mapping[str, tuple[str | None, str | None]], text: str) -> StoreCommand | None:
    """One step that moves people: ``{participant_id: (member_id or None, team_id or None)}``.

    No member id: the person sits at no table yet; no team id: they leave their table. A person once
    seated at the target table keeps a deleted membership there (the database allows one row per team
    and person), which is brought back rather than made again. A lock moves with the person: whoever
    is moved by hand has been seated on purpose.
    """
    parts: list[StoreCommand] = []
    for participant_id, (member_id, team_id) in moves.items():
        member = store.team_members.get(member_id) if member_id else None
        if member is not None and member.team_id == team_id:
            continue
        if team_id is None:
            if member is not None:
                parts.append(DeleteRecords("team_members", [member.id], ""))
            continue
        earlier = store.team_members.list({"team_id": team_id, "participant_id": participant_id},
                                          include_deleted=True)
        locked = member.locked if member is not None else False
        if earlier:
            if member is not None:
                parts.append(DeleteRecords("team_members", [member.id], ""))
            parts.append(ReAddRecord("team_members", earlier[0].id, {"locked": earlier[0].locked},
                                     {"locked": locked}, ""))
        elif member is not None:
            parts.append(UpdateRecord("team_members", member.id, {"team_id": member.team_id},
                                      {"team_id": team_id}, ""))
        else:
            parts.append(CreateRecord("team_members", TeamMember(team_id=team_id, participant_id=participant_id),
                                      ""))
    return _one_step(parts, text)


def lock_changes(rows: Iterable[SeatRow], locked: bool, text: str) -> StoreCommand | None:
    parts: list[StoreCommand] = [
        UpdateRecord("team_members", row.member_id, {"locked": row.locked}, {"locked": locked}, "")
        for row in rows if row.member_id and row.locked != locked
    ]
    return _one_step(parts, text)
