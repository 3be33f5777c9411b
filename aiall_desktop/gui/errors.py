"""Telling the user something went wrong: a short message, what to do, and the details on request.

Every error the window reports goes through :func:`report_error`, so that they all look alike and none
ever shows a traceback. The store's own reasons are kept for the details, where they help whoever helps.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..store import DamagedDatabase, DatabaseRefused, NewerDatabase, NotADatabase

# Literal contexts at every call: pyside6-lupdate finds texts only in that form.
translate = QCoreApplication.translate

#: What opening a database file can raise for reasons of the file, not of the program.
OPEN_ERRORS: tuple[type[BaseException], ...] = (DatabaseRefused, OSError, sqlite3.Error)



def report_error(
    parent: QWidget | None,
    title: str,
    message: str,
    details: str | None = None,
    *,
    advice: str | None = None,
    alternative: str | None = None,
) -> bool:
    """Show an error and wait for the user.

    ``alternative`` adds a second way out (e.g. "Open Another File…") next to Close; the return value
    says whether the user chose it.
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(message)
    box.setAccessibleName(title)
    if advice:
        box.setInformativeText(advice)
    if details:
        box.setDetailedText(details)
    other = box.addButton(alternative, QMessageBox.ButtonRole.AcceptRole) if alternative else None
    close = box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(other or close)
    box.setEscapeButton(close)
    box.exec()
    chosen = box.clickedButton()
    box.deleteLater()
    return other is not None and chosen is other


def describe_open_failure(path: Path, error: BaseException) -> tuple[str, str, str]:
    """The message, the advice and the details for a database that could not be opened."""
    name = path.name or str(path)
    unchanged = translate("errors", "The file has not been changed.")
    if isinstance(error, NewerDatabase):
        message = translate("errors", "“%1” was written by a newer version of AI.ALL* Workshop Desk.")
        message = message.replace("%1", name)
        advice = translate("errors", "Install the newer version to open it.") + " " + unchanged
    elif isinstance(error, DamagedDatabase):
        message = translate("errors", "“%1” is damaged.").replace("%1", name)
        advice = translate("errors", "Restore the newest backup from the “backups” folder beside it.")
        advice += " " + unchanged
    elif isinstance(error, NotADatabase):
        message = translate("errors", "“%1” is not a Workshop Desk database.").replace("%1", name)
        advice = translate("errors", "Choose another file.") + " " + unchanged
    elif isinstance(error, OSError):
        message = translate("errors", "“%1” cannot be opened.").replace("%1", name)
        advice = translate("errors", "Check that the file and its folder may be read and written.")
    else:
        message = translate("errors", "“%1” cannot be opened.").replace("%1", name)
        advice = translate("errors", "Another program may be using the file, or the disk may be full.")
    reason = error.reason if isinstance(error, DatabaseRefused) else (getattr(error, "strerror", None) or str(error))
    details = "\n".join(
        (
            translate("errors", "File: %1").replace("%1", str(path)),
            translate("errors", "Reason: %1").replace("%1", str(reason)),
        )
    )
    return message, advice, details


def report_open_failure(
    parent: QWidget | None, path: Path, error: BaseException, *, alternative: str | None = None
) -> bool:
    message, advice, details = describe_open_failure(path, error)
    title = translate("errors", "Cannot open the database")
    return report_error(parent, title, message, details, advice=advice, alternative=alternative)
