"""The right-hand panel: the selected record's page.

Organisations, participants, activities and cases are edited here, each kind on its own editor page
(built the first time it is needed, and kept, so that a new entry survives a look at another section).
Other records are shown read-only: values are selectable by mouse and keyboard, so that an e-mail address can be
copied without opening anything, and each carries its field's name for screen readers.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .record_details import RecordSummary
from .style import scaled_font, show_plain

if TYPE_CHECKING:
    from .editing.record_editor import RecordEditor

EMPTY_VALUE = "—"

#: The editor page of each kind of record that is edited in the window: module in ``editing``, class.
EDITORS: dict[str, tuple[str, str]] = {
    "organisations": ("organisation_form", "OrganisationEditor"),
    "participants": ("participant_form", "ParticipantEditor"),
    "activities": ("activity_form", "ActivityEditor"),
    "cases": ("case_form", "CaseEditor"),
}


class DetailsPanel(QStackedWidget):
    def __init__(self, host: Any = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.host = host
        self._editors: dict[str, RecordEditor] = {}
        self.setObjectName("detailsPanel")
        self.setAccessibleName(self.tr("Details"))
        self.setMinimumWidth(220)

        self.placeholder = QLabel(self)
        self.placeholder.setObjectName("detailsPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setMargin(24)
        self.placeholder.setEnabled(False)  # drawn in the muted colour of the style
        self.addWidget(self.placeholder)

        scroll = QScrollArea(self)
        scroll.setObjectName("detailsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Long values wrap; one that cannot (an e-mail address) is cut at the edge, never widens the panel.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content = QWidget(scroll)
        content.setObjectName("detailsContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(4)

        self.title = QLabel(content)
        self.title.setObjectName("detailsTitle")
        self.title.setWordWrap(True)
        self.title.setFont(scaled_font(self.font(), 1.35, bold=True))
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel(content)
        self.subtitle.setObjectName("detailsSubtitle")
        self.subtitle.setWordWrap(True)
        self.subtitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        rule = QFrame(content)
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)

        self.form = QFormLayout()
        self.form.setObjectName("detailsForm")
        self.form.setContentsMargins(0, 8, 0, 0)
        self.form.setHorizontalSpacing(14)
        self.form.setVerticalSpacing(3)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addSpacing(6)
        layout.addWidget(rule)
        layout.addLayout(self.form)
        layout.addStretch(1)
        scroll.setWidget(content)
        self.record_page = scroll
        self.addWidget(scroll)

        self._summary: RecordSummary | None = None
        self.show_placeholder("")

    @property
    def summary(self) -> RecordSummary | None:
        """What the panel shows about a record (an editor's record too); ``None`` for no record."""
        editor = self.current_editor
        if editor is not None:
            return editor.summary if editor.mode == "record" else None
        return self._summary if self.currentWidget() is self.record_page else None

    def show_placeholder(self, text: str) -> None:
        self._summary = None
        self.placeholder.setText(text)
        self.setCurrentWidget(self.placeholder)

    # -- editors ---------------------------------------------------------------------------------

    def editor(self, kind: str) -> RecordEditor:
        """The editor page of a kind of record, built the first time."""
        editor = self._editors.get(kind)
        if editor is None:
            module, name = EDITORS[kind]
            cls = getattr(importlib.import_module(f".editing.{module}", __package__), name)
            editor = cls(self.host, self)
            self.addWidget(editor)
            self._editors[kind] = editor
        return editor

    def existing_editor(self, kind: str) -> RecordEditor | None:
        return self._editors.get(kind)

    def editors(self) -> list[RecordEditor]:
        return list(self._editors.values())

    @property
    def current_editor(self) -> RecordEditor | None:
        widget = self.currentWidget()
        return widget if widget in self._editors.values() else None  # type: ignore[return-value]

    def shown_record(self) -> tuple[str, str] | None:
        """The kind and id of the record on show, if the panel shows one."""
        editor = self.current_editor
        if editor is None or editor.mode != "record" or editor.record_id is None:
            return None
        return editor.kind, editor.record_id

    def show_editor(self, kind: str) -> RecordEditor:
        editor = self.editor(kind)
        self.setCurrentWidget(editor)
        return editor

    def show_record(self, kind: str, record_id: str) -> bool:
        """Show a record on its editor page; ``False`` when it is not (or no more) in the register."""
        editor = self.editor(kind)
        if not editor.show_record(record_id):
            return False
        self.setCurrentWidget(editor)
        return True

    def show_summary(self, summary: RecordSummary) -> None:
        self._summary = summary
        show_plain(self.title, summary.title)
        self.title.setAccessibleName(summary.title)
        show_plain(self.subtitle, summary.subtitle)
        self.subtitle.setVisible(bool(summary.subtitle))
        while self.form.rowCount():
            self.form.removeRow(0)
        for name, value in summary.fields:
            caption = QLabel()
            caption.setObjectName("detailsCaption")
            show_plain(caption, name)  # laid out as the value is, so that both sit on one baseline
            shown = QLabel()
            shown.setObjectName("detailsValue")
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            show_plain(shown, value or EMPTY_VALUE)
            shown.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            shown.setAccessibleName(name)
            if any(len(word) > 28 for word in value.split()):
                shown.setToolTip(value)  # it may be cut at the panel's edge
            shown.setEnabled(bool(value))  # an empty field's dash is muted
            caption.setBuddy(shown)
            self.form.addRow(caption, shown)
        self.setCurrentWidget(self.record_page)
        self.record_page.verticalScrollBar().setValue(0)
