"""Telling the user something went wrong: a short message, what to do, and the details on request.

Every error the window reports goes through :func:`report_error`, so that they all look alike and none
ever shows a traceback. The store's own reasons are kept for the details, where they help whoever helps.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ..store import DamagedDatabase, DatabaseRefused, NewerDatabase, NotADatabase
from ..store.errors import DatabaseInUse, DiskFull, OlderDatabase, ReadOnlyDatabase, StorageFailed
from . import labels

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
    dismiss: str | None = None,
) -> bool:
    """Show an error and wait for the user.

    ``alternative`` adds a second way out (e.g. "Open Another File…") next to Close; the return value
    says whether the user chose it. ``dismiss`` names the Close button otherwise (e.g. "Cancel").
    With details, a "Copy Details" button puts them on the clipboard, for whoever helps.
    """
    choices = [alternative] if alternative else []
    return ask_after_error(parent, title, message, details, advice=advice, choices=choices, dismiss=dismiss) == 0


def ask_after_error(
    parent: QWidget | None,
    title: str,
    message: str,
    details: str | None = None,
    *,
    advice: str | None = None,
    choices: Sequence[str] = (),
    dismiss: str | None = None,
) -> int | None:
    """:func:`report_error` with several ways out: the index of the chosen one, ``None`` for Close."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(message)
    box.setAccessibleName(title)
    if advice:
        box.setInformativeText(advice)
    if details:
        box.setDetailedText(details)
        copy = box.addButton(translate("errors", "Copy Details"), QMessageBox.ButtonRole.ActionRole)
        copy.setObjectName("copyDetails")
        copy.setAccessibleName(translate("errors", "Copy the details to the clipboard"))
        # Copying must not close the box: cut the button box's own connection before adding ours.
        copy.clicked.disconnect()
        copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
    buttons = [box.addButton(choice, QMessageBox.ButtonRole.AcceptRole) for choice in choices]
    if dismiss:
        close = box.addButton(dismiss, QMessageBox.ButtonRole.RejectRole)
    else:
        close = box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(buttons[0] if buttons else close)
    box.setEscapeButton(close)
    box.exec()
    chosen = box.clickedButton()
    box.deleteLater()
    return buttons.index(chosen) if chosen in buttons else None


def describe_open_failure(path: Path, error: BaseException) -> tuple[str, str, str]:
    """The message, the advice and the details for a database that could not be opened."""
    name = path.name or str(path)
    unchanged = translate("errors", "The file has not been changed.")
    if isinstance(error, DatabaseInUse):
        message = translate("errors", "“%1” is already open in another copy of AI.ALL* Workshop Desk.")
        message = message.replace("%1", name)
        advice = _where_in_use(error) + translate(
            "errors", "Close it there to work on it here, or open it read-only: you can look at everything "
                      "but change nothing."
        )
    elif isinstance(error, OlderDatabase):
        message = translate("errors", "“%1” must be upgraded before it can be opened read-only.")
        message = message.replace("%1", name)
        advice = translate("errors", "Open it once when no other copy of the program has it open; it is "
                                     "backed up before the upgrade.") + " " + unchanged
    elif isinstance(error, StorageFailed):
        message = translate("errors", "“%1” cannot be opened.").replace("%1", name)
        advice = translate("errors", "The file or its folder cannot be written to, the disk is full, or "
                                     "the disk is no longer connected.")
    elif isinstance(error, NewerDatabase):
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
    if isinstance(error, (DatabaseRefused, StorageFailed)):
        reason = error.reason
    else:
        reason = getattr(error, "strerror", None) or str(error)
    details = "\n".join(
        (
            translate("errors", "File: %1").replace("%1", str(path)),
            translate("errors", "Reason: %1").replace("%1", str(reason)),
        )
    )
    return message, advice, details


def report_open_failure(
    parent: QWidget | None, path: Path, error: BaseException, *, choices: Sequence[str] = ()
) -> int | None:
    """Why ``path`` did not open, with ``choices`` as ways out: the index chosen, ``None`` for Close."""
    message, advice, details = describe_open_failure(path, error)
    title = translate("errors", "Cannot open the database")
    return ask_after_error(parent, title, message, details, advice=advice, choices=choices)


def _where_in_use(error: DatabaseInUse) -> str:
    """Since when and where the other copy has the file, as far as its note says; then a space."""
    if error.since is None:
        return ""
    since = error.since.astimezone()
    when = labels.time_text(since) if since.date() == datetime.now().astimezone().date() else labels.moment_text(since)
    if not error.on_this_computer:
        text = translate("errors", "It has been open on the computer “%2” since %1.").replace("%2", error.host or "")
    elif error.pid is not None:
        text = translate("errors", "It has been open on this computer since %1 (process %2).").replace(
            "%2", str(error.pid))
    else:
        text = translate("errors", "It has been open on this computer since %1.")
    return text.replace("%1", when) + " "


def ask_open_read_only(parent: QWidget | None, path: Path, error: DatabaseInUse) -> bool:
    """The file is open in another copy: whether the user opens it read-only here (or cancels)."""
    message, advice, details = describe_open_failure(path, error)
    return report_error(
        parent,
        translate("errors", "The database is in use"),
        message,
        details,
        advice=advice,
        alternative=translate("errors", "Open Read-Only"),
        dismiss=translate("errors", "Cancel"),
    )


def describe_storage_failure(error: BaseException | str) -> tuple[str, str] | None:
    """What to tell the user when a change could not be written for a reason of the disk, if it was that.

    Takes the error or its text (the undo history passes on the text): (message, advice), or ``None``.
    """
    text = str(error)
    kinds = (DiskFull, ReadOnlyDatabase, StorageFailed)  # the most particular first
    kind = next((k for k in kinds if isinstance(error, k) or text.startswith(k.what)), None)
    if kind is None:
        return None
    safe = translate("errors", "Everything saved before is safe.")
    if kind is DiskFull:
        return (translate("errors", "The disk is full: the change was not saved."),
                safe + " " + translate("errors", "Free some space on the disk (or move the database to another "
                                                 "disk), then try again."))
    if kind is ReadOnlyDatabase:
        message = translate("errors", "The change was not saved: this database cannot be written to here.")
        if ReadOnlyDatabase.OPENED_READ_ONLY in text:
            return (message, translate("errors", "It was opened read-only, because it is open in another copy "
                                                 "of Workshop Desk. Close the other copy and open the file "
                                                 "again to make changes."))
        return (message, safe + " " + translate("errors", "The file or its folder is read-only: check its "
                                                          "permissions, or copy the file to a folder you may "
                                                          "write to."))
    return (translate("errors", "The database file could not be written: the change was not saved."),
            safe + " " + translate("errors", "Check that the disk or USB stick holding the file is still "
                                             "connected, then try again."))
