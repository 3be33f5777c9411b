"""Who is in a group, in four small charts: gender, backgrounds, competences and sectors.

Each chart has a caption that says its numbers in words (also the chart's accessible description), so
the panel reads the same to someone who cannot tell the colours apart or does not see it at all.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ...domain.diversity import Composition, Mix
from ...records import Gender
from .. import labels
from ..style import scaled_font
from .charts import GENDER_COLOURS, GREY, BarList, BarRow, captioned, top_rows

#: The four charts, in the order shown (left to right, then down).
CHARTS = ("gender", "backgrounds", "competences", "sectors")


class ChartCard(QFrame):
    """A titled chart with its numbers in words underneath."""

    def __init__(self, name: str, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"{name}Card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setProperty("role", "chartCard")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        self.title = QLabel(title, self)
        self.title.setObjectName(f"{name}Title")
        self.title.setFont(scaled_font(self.font(), 1.0, bold=True))
        self.chart = BarList(self)
        self.chart.setObjectName(f"{name}Chart")
        self.chart.setAccessibleName(title)
        self.caption = QLabel(self)
        self.caption.setObjectName(f"{name}Caption")
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.caption.setFont(scaled_font(self.font(), 0.9))
        self.caption.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout.addWidget(self.title)
        layout.addWidget(self.chart)
        layout.addWidget(self.caption)
        layout.addStretch(1)

    def show_rows(self, rows: list[BarRow], caption: str, empty_text: str) -> None:
        self.chart.set_rows(rows, empty_text)
        self.caption.setText(caption)
        self.chart.setAccessibleDescription(caption)
        self.setAccessibleName(self.title.text())
        self.setAccessibleDescription(caption)


class CompositionPanel(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("compositionPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.title = QLabel(self)
        self.title.setObjectName("compositionTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setFont(scaled_font(self.font(), 1.15, bold=True))
        layout.addWidget(self.title)
        grid = QGridLayout()
        grid.setSpacing(8)
        titles = {
            "gender": self.tr("Gender"),
            "backgrounds": self.tr("Backgrounds"),
            "competences": self.tr("Competences"),
            "sectors": self.tr("Sectors"),
        }
        self.cards: dict[str, ChartCard] = {}
        for position, name in enumerate(CHARTS):
            card = ChartCard(name, titles[name], self)
            grid.addWidget(card, position // 2, position % 2)
            self.cards[name] = card
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        layout.addStretch(1)
        self._composition: Composition | None = None

    @property
    def composition(self) -> Composition | None:
        return self._composition

    def caption(self, chart: str) -> str:
        return self.cards[chart].caption.text()

    def rows(self, chart: str) -> list[BarRow]:
        return self.cards[chart].chart.rows

    def show_composition(self, c: Composition, title: str) -> None:
        self._composition = c
        self.title.setText(title)
        self.setAccessibleName(title)
        nobody = self.tr("Nobody to count.")
        people = labels.number(c.people)
        self.cards["gender"].show_rows(*self._gender(c, people), nobody)
        self.cards["backgrounds"].show_rows(*self._mix(
            c, c.backgrounds, people,
            self.tr("Backgrounds of %1 people (a person may list several)"),
            self.tr("%1 other backgrounds"),
        ), nobody)
        self.cards["competences"].show_rows(*self._mix(
            c, c.competences, people,
            self.tr("Competences of %1 people (a person may list several)"),
            self.tr("%1 other competences"),
        ), nobody)
        self.cards["sectors"].show_rows(*self._sectors(c, people), nobody)

    # -- the charts' rows and words ------------------------------------------------------------------

    def _gender(self, c: Composition, people: str) -> tuple[list[BarRow], str]:
        if not c.people:
            return [], self.tr("Gender: nobody to count.")
        # Every gender is shown, a zero too: "0 non-binary" is information, a missing row is not.
        rows = [
            BarRow(labels.label(labels.GENDERS, gender), c.genders[gender], c.people, GENDER_COLOURS[gender],
                   apart=gender == Gender.NOT_STATED)
            for gender in Gender
        ]
        return rows, captioned(self.tr("Gender of %1 people").replace("%1", people), rows)

    def _mix(self, c: Composition, mix: Mix, people: str, intro: str, others: str) -> tuple[list[BarRow], str]:
        if not c.people:
            return [], intro.replace("%1", people) + "."
        rows = top_rows(mix.counts, c.people, {}, others, self.tr("%1 mentions"))
        if mix.unstated:
            rows.append(BarRow(self.tr("None listed"), mix.unstated, c.people, GREY, apart=True))
        return rows, captioned(intro.replace("%1", people), rows)

    def _sectors(self, c: Composition, people: str) -> tuple[list[BarRow], str]:
        intro = self.tr("Sectors of the organisations of %1 people").replace("%1", people)
        if not c.people:
            return [], intro + "."
        sector_labels = {code: labels.label(labels.SECTORS, code) for code in c.sectors}
        rows = top_rows(c.sectors, c.people, sector_labels, self.tr("%1 other sectors"))
        if c.without_sector:
            rows.append(BarRow(self.tr("No organisation"), c.without_sector, c.people, GREY, apart=True))
        return rows, captioned(intro, rows)
