"""Help → About: who made the program, its version, who pays for it, and which file is open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from ... import __version__
from ..style import scaled_font, show_plain
from ..forms import load_form, part
from ..icons import APP_ICON, icon


class AboutDialog:
    """The form ``ui/about_dialog.ui`` with the facts filled in."""

    def __init__(self, parent: QWidget | None = None):
        self.dialog: QDialog = load_form("about_dialog", parent)
        program = part(self.dialog, QLabel, "programLabel")
        program.setFont(scaled_font(program.font(), 1.4, bold=True))
        part(self.dialog, QLabel, "iconLabel").setPixmap(icon(APP_ICON).pixmap(64, 64))
        part(self.dialog, QLabel, "versionLabel").setText(
            QCoreApplication.translate("AboutDialog", "Version %1").replace("%1", __version__)
        )
        self.database_label = part(self.dialog, QLabel, "databaseLabel")

    def show_for(self, database: Path) -> None:
        show_plain(self.database_label, str(database))
        self.database_label.setAccessibleDescription(str(database))
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
