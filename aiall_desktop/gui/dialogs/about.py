"""Help → About: who made the program, its version and licence, who pays for it, and where its files are."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QWidget

from ... import __version__, paths
from ..forms import load_form, part
from ..icons import APP_ICON, icon
from ..style import scaled_font, show_plain


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
        self.backups_label = part(self.dialog, QLabel, "backupsLabel")
        self.logs_label = part(self.dialog, QLabel, "logsLabel")
        self.folder_buttons = {
            "database": part(self.dialog, QPushButton, "openDatabaseFolder"),
            "backups": part(self.dialog, QPushButton, "openBackupsFolder"),
            "logs": part(self.dialog, QPushButton, "openLogsFolder"),
        }
        self.folders: dict[str, Path] = {}
        #: The folders asked to be shown (the system's file manager opens them); kept for the tests.
        self.opened: list[Path] = []
        for key, button in self.folder_buttons.items():
            button.clicked.connect(lambda _checked=False, key=key: self.open_folder(key))

    def show_for(self, database: Path) -> None:
        self.folders = {
            "database": database.parent,
            "backups": paths.backups_dir(database),
            "logs": paths.log_dir(),
        }
        for label, key in ((self.database_label, "database"), (self.backups_label, "backups"),
                           (self.logs_label, "logs")):
            shown = database if key == "database" else self.folders[key]
            show_plain(label, str(shown))
            label.setAccessibleDescription(str(shown))
            button = self.folder_buttons[key]
            exists = self.folders[key].is_dir()
            button.setEnabled(exists)
            button.setToolTip("" if exists else QCoreApplication.translate("AboutDialog", "Not made yet"))
        # Paths and wrapped sentences decide the height: let the layout size the dialog to them.
        self.dialog.setMinimumWidth(self.dialog.fontMetrics().averageCharWidth() * 80)
        self.dialog.adjustSize()
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()

    def open_folder(self, key: str) -> bool:
        folder = self.folders[key]
        self.opened.append(folder)
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
