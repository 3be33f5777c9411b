"""Help → Keyboard Shortcuts: read from the window's own actions, so the list cannot drift from them."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QDialog, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from ..forms import load_form, part


class ShortcutsDialog:
    def __init__(self, parent: QWidget | None = None):
        self.dialog: QDialog = load_form("shortcuts_dialog", parent)
        self.list: QTreeWidget = part(self.dialog, QTreeWidget, "shortcutList")
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

    def show_shortcuts(self, shortcuts: Iterable[tuple[str, str]]) -> None:
        self.list.clear()
        for command, keys in shortcuts:
            QTreeWidgetItem(self.list, [command, keys])
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()

    def rows(self) -> list[tuple[str, str]]:
        return [
            (self.list.topLevelItem(i).text(0), self.list.topLevelItem(i).text(1))
            for i in range(self.list.topLevelItemCount())
        ]

