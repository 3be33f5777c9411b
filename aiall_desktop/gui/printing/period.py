"""Asking for a period (``ui/period_dialog.ui``): two days, the current year unless told otherwise.

The dialog is window-modal and opened, not executed: the caller hands a function that gets the chosen
days as ISO texts when OK is pressed. A period that ends before it starts is explained in the dialog and
OK stays disabled, with both days kept as typed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QLabel, QPushButton, QWidget

from ..forms import load_form, part

ISO = "yyyy-MM-dd"


def this_year(today: QDate | None = None) -> tuple[QDate, QDate]:
    day = today or QDate.currentDate()
    return QDate(day.year(), 1, 1), QDate(day.year(), 12, 31)


class PeriodDialog:
    def __init__(self, parent: QWidget | None = None, today: QDate | None = None):
        self.dialog: QDialog = load_form("period_dialog", parent)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.from_date: QDateEdit = part(self.dialog, QDateEdit, "fromDate")
        self.to_date: QDateEdit = part(self.dialog, QDateEdit, "toDate")
        self.problem: QLabel = part(self.dialog, QLabel, "problemLabel")
        buttons: QDialogButtonBox = part(self.dialog, QDialogButtonBox, "buttonBox")
        self.ok_button: QPushButton = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(QCoreApplication.translate("PeriodDialog", "&Build"))
        self.ok_button.setAccessibleName(QCoreApplication.translate("PeriodDialog", "Build the document"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            QCoreApplication.translate("PeriodDialog", "Cancel"))
        start, end = this_year(today)
        self.from_date.setDate(start)
        self.to_date.setDate(end)
        self.from_date.dateChanged.connect(self._check)
        self.to_date.dateChanged.connect(self._check)
        self._chosen: Callable[[str, str], None] | None = None
        self.dialog.accepted.connect(self._accepted)
        self._check()

    def ask(self, title: str, chosen: Callable[[str, str], None]) -> None:
        """Show the dialog titled ``title``; ``chosen(date_from, date_to)`` once the user presses Build."""
        self._chosen = chosen
        self.dialog.setWindowTitle(title)
        self.dialog.setAccessibleName(title)
        self.from_date.setFocus(Qt.FocusReason.OtherFocusReason)
        self.dialog.open()

    @property
    def period(self) -> tuple[str, str]:
        return self.from_date.date().toString(ISO), self.to_date.date().toString(ISO)

    def _check(self) -> None:
        wrong = self.to_date.date() < self.from_date.date()
        self.problem.setText(
            QCoreApplication.translate("PeriodDialog", "The period ends before it starts: choose a later last day.")
            if wrong else "")
        self.problem.setVisible(wrong)
        self.ok_button.setEnabled(not wrong)

    def _accepted(self) -> None:
        if self._chosen is not None:
            self._chosen(*self.period)
