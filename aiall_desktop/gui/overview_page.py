"""The Reports section, for now: an honest count of what the register holds, nothing pretended."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from . import labels
from .style import scaled_font, show_plain

CONTEXT = "OverviewPage"

#: Table name → the kind of record in the facilitator's words, in the order shown.
KINDS: tuple[tuple[str, str], ...] = (
    ("organisation", QT_TRANSLATE_NOOP("OverviewPage", "Organisations")),
    ("participant", QT_TRANSLATE_NOOP("OverviewPage", "Participants")),
    ("activity", QT_TRANSLATE_NOOP("OverviewPage", "Activities")),
    ("agenda_item", QT_TRANSLATE_NOOP("OverviewPage", "Agenda items")),
    ("attendance", QT_TRANSLATE_NOOP("OverviewPage", "Attendance records")),
    ("ai_case", QT_TRANSLATE_NOOP("OverviewPage", "Cases")),
    ("team", QT_TRANSLATE_NOOP("OverviewPage", "Teams and table groups")),
    ("team_member", QT_TRANSLATE_NOOP("OverviewPage", "Team places")),
)

COLUMNS = 4


class OverviewPage(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("overviewPage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(6)

        title = QLabel(self.tr("Register overview"), self)
        title.setObjectName("overviewTitle")
        title.setFont(scaled_font(self.font(), 1.5, bold=True))
        self.note = QLabel(self)
        self.note.setObjectName("overviewNote")
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(title)
        layout.addWidget(self.note)
        layout.addSpacing(14)

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(12)
        self._numbers: dict[str, QLabel] = {}
        self._cards: dict[str, QFrame] = {}
        for position, (table, caption) in enumerate(KINDS):
            card = QFrame(self)
            card.setObjectName("countCard")
            card.setFrameShape(QFrame.Shape.StyledPanel)
            card.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            card_layout = QVBoxLayout(card)
            card_layout.setContentsMargins(14, 10, 14, 12)
            number = QLabel("0", card)
            number.setObjectName("countNumber")
            number.setFont(scaled_font(self.font(), 2.0, bold=True))
            name = QLabel(QCoreApplication.translate(CONTEXT, caption), card)
            name.setObjectName("countCaption")
            name.setWordWrap(True)
            card_layout.addWidget(number)
            card_layout.addWidget(name)
            grid.addWidget(card, position // COLUMNS, position % COLUMNS)
            self._numbers[table] = number
            self._cards[table] = card
        layout.addLayout(grid)
        layout.addStretch(1)

    def show_counts(self, counts: Mapping[str, int], database: str) -> None:
        show_plain(self.note, self.tr("Records in %1, not counting deleted ones.").replace("%1", database))
        for table, caption in KINDS:
            value = labels.number(counts.get(table, 0))
            self._numbers[table].setText(value)
            self._cards[table].setAccessibleName(f"{QCoreApplication.translate(CONTEXT, caption)}: {value}")

    def count_shown(self, table: str) -> str:
        return self._numbers[table].text()
