"""Tools of the translation tests: the build script, a pseudo-translation, a translator that notes misses,
and a collector of the texts a window shows."""

from __future__ import annotations

import importlib.util
import re
import sys
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTabBar,
    QTableView,
    QTextEdit,
    QTreeView,
    QWidget,
)

ROOT = Path(__file__).resolve().parents[2]
#: What the pseudo-translation puts around every text, so that a reader sees where each one starts and ends.
OPEN, CLOSE = "⟦", "⟧"
#: Inside, every English letter becomes a look-alike accented one: an English letter still on screen
#: never went through translation, even when it was glued to a translated sentence.
_LETTERS = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "áƀçďéƒĝĥíĵķĺɱńóƥʠŕšťúʋŵẋýžÁƁÇĎÉƑĜĤÍĴĶĹṀŃÓƤǪŔŠŤÚṼŴẊÝŽ",
)
#: What must stay as written: Qt's %1 and %n, Python's {name}, rich-text tags and entities.
_KEEP = re.compile(r"%L?\d+|%L?n|\{[^{}]*\}|<[^<>]*>|&[a-zA-Z]+;|&#\d+;")


def pseudo(source: str) -> str:
    """⟦Ƒíĺé⟧ for "File": placeholders, tags and & marks kept, every English letter replaced."""
    parts, last = [], 0
    for match in _KEEP.finditer(source):
        parts.append(source[last:match.start()].translate(_LETTERS))
        parts.append(match.group())
        last = match.end()
    parts.append(source[last:].translate(_LETTERS))
    return OPEN + "".join(parts) + CLOSE


def translations_script():
    """scripts/translations.py as a module (it is a script, not part of the package)."""
    name = "aiall_translations_script"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / "translations.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def pseudo_translation(folder: Path) -> Path:
    """A .qm where every text of the current code reads in the pseudo-language (see :func:`pseudo`)."""
    script = translations_script()
    ts = script.ts_path("sv", folder)
    script.lupdate(ts)
    tree = ElementTree.parse(ts)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        forms = translation.findall("numerusform")
        if message.get("numerus") == "yes":
            for form in forms or [ElementTree.SubElement(translation, "numerusform")]:
                form.text = pseudo(source)
            if len(forms) < 2:
                ElementTree.SubElement(translation, "numerusform").text = pseudo(source)
        else:
            translation.text = pseudo(source)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    (qm,) = script.build(folder, force=True)
    return qm


class RecordingTranslator(QTranslator):
    """A translator that notes every text asked of it that it has no translation for.

    Installed last, it is asked first; a miss falls through to the translators installed before it,
    so the window still shows what it would without it.
    """

    def __init__(self, parent=None, *, only_contexts: Iterable[str] | None = None):
        super().__init__(parent)
        self.misses: set[tuple[str, str]] = set()
        self.asked = 0
        # The program's contexts: Qt asks for its own texts too (QPlatformTheme…), which qtbase translates.
        self._contexts = set(only_contexts) if only_contexts is not None else None

    def translate(self, context, source, disambiguation=None, n=-1):
        found = super().translate(context, source, disambiguation, n)
        if source and (self._contexts is None or context in self._contexts):
            self.asked += 1
            if not found:
                self.misses.add((context, source))
        # Qt moves on to the next translator only on a null string; "" would blank the text.
        return found or None

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False  # an empty translator would never be asked


# -- what a window shows -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Shown:
    where: str  # "QLabel countLabel in mainWindow: text"
    text: str


_TAG = re.compile(r"<[^>]*>")
_ENTITY = re.compile(r"&[a-zA-Z]+;|&#\d+;")


def plain(text: str) -> str:
    if _TAG.search(text):  # rich text: its tags and entities are not words
        text = _ENTITY.sub(" ", _TAG.sub(" ", text))
    return text


def _name(widget: QWidget) -> str:
    window = widget.window()
    own = widget.objectName() or "?"
    return f"{type(widget).__name__} {own} in {window.objectName() or type(window).__name__}"


def _action_texts(action: QAction, where: str) -> Iterator[Shown]:
    if action.isSeparator():
        return
    yield Shown(f"{where} action: text", action.text())
    # Qt makes the tooltip from the text unless it was set; a set one must be translated too.
    yield Shown(f"{where} action {action.text()!r}: tooltip", action.toolTip())
    yield Shown(f"{where} action {action.text()!r}: status tip", action.statusTip())
    menu = action.menu()
    if isinstance(menu, QMenu):
        yield from menu_texts(menu, f"{where} › {action.text()}")


def menu_texts(menu: QMenu, where: str = "") -> Iterator[Shown]:
    where = where or f"menu {menu.title()!r}"
    yield Shown(f"{where}: title", menu.title())
    menu.aboutToShow.emit()  # menus fill or update themselves just before they show
    for action in menu.actions():
        yield from _action_texts(action, where)


def header_texts(model: QAbstractItemModel, where: str) -> Iterator[Shown]:
    for column in range(model.columnCount()):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = model.headerData(column, Qt.Orientation.Horizontal, role)
            if isinstance(value, str):
                yield Shown(f"{where}: header {column} ({role.name})", value)


def _standard_button(button: QAbstractButton) -> bool:
    """A button whose text Qt itself sets (OK, Cancel…): translated by Qt's own translation."""
    box = button.parent()
    while box is not None and not isinstance(box, (QDialogButtonBox, QMessageBox)):
        box = box.parent()
    if box is None:
        return False
    standard = box.standardButton(button)
    return standard not in (QDialogButtonBox.StandardButton.NoButton, QMessageBox.StandardButton.NoButton)


def widget_texts(root: QWidget, *, accessible: bool = True) -> Iterator[Shown]:
    """Every text a widget and its children show, or say to a screen reader; not the records' data.

    Cells of item views and the contents of editable fields hold the register's data; they are
    not collected (their column headings are).
    """
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        where = _name(widget)
        if widget.isWindow():
            yield Shown(f"{where}: window title", widget.windowTitle())
        yield Shown(f"{where}: tooltip", widget.toolTip())
        yield Shown(f"{where}: status tip", widget.statusTip())
        yield Shown(f"{where}: what's this", widget.whatsThis())
        if accessible:
            yield Shown(f"{where}: accessible name", widget.accessibleName())
            yield Shown(f"{where}: accessible description", widget.accessibleDescription())
        if isinstance(widget, QLabel):
            yield Shown(f"{where}: text", widget.text())
        elif isinstance(widget, QAbstractButton) and not _standard_button(widget):
            yield Shown(f"{where}: text", widget.text())
        elif isinstance(widget, QGroupBox):
            yield Shown(f"{where}: title", widget.title())
        elif isinstance(widget, QLineEdit):
            yield Shown(f"{where}: placeholder", widget.placeholderText())
        elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
            yield Shown(f"{where}: placeholder", widget.placeholderText())
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                yield Shown(f"{where}: tab {index}", widget.tabText(index))
                yield Shown(f"{where}: tab {index} tooltip", widget.tabToolTip(index))
        elif isinstance(widget, QComboBox) and not widget.isEditable():
            for index in range(widget.count()):
                yield Shown(f"{where}: choice {index}", widget.itemText(index))
        elif isinstance(widget, QMenu):
            yield from menu_texts(widget, f"{where} menu")
        if isinstance(widget, (QTableView, QTreeView)) and widget.model() is not None:
            header = widget.horizontalHeader() if isinstance(widget, QTableView) else widget.header()
            if not header.isHidden():
                yield from header_texts(widget.model(), where)
        for action in widget.actions():
            if isinstance(widget, QMenu):
                continue  # collected with the menu
            yield from _action_texts(action, where)


_ENGLISH_LETTER = re.compile(r"[A-Za-z]")
_KEYS_IN_BRACKETS = re.compile(r"\(([^()]+)\)")
_KEY_COMBINATION = re.compile(r"(?:(?:Ctrl|Shift|Alt|Meta)\+)+[^\s,.;)]+")


def key_sequence(text: str) -> bool:
    """Keys as Qt names them ("Ctrl+Shift+N", "Esc"): Qt's own words, translated by Qt's translation."""
    native = QKeySequence.SequenceFormat.NativeText
    keys = QKeySequence.fromString(text.strip(), native)
    return not keys.isEmpty() and keys.toString(native) == text.strip() and "Unknown" not in text


def without_keys(text: str) -> str:
    """The text without the key names the program puts after a command: "Undo (Ctrl+Z)" → "Undo "."""
    text = _KEYS_IN_BRACKETS.sub(
        lambda m: " " if all(len(part.strip()) > 1 and key_sequence(part) for part in m.group(1).split(","))
        else m.group(), text)
    return _KEY_COMBINATION.sub(lambda m: " " if key_sequence(m.group()) else m.group(), text)


def untranslated(shown: Iterable[Shown], *, data: Iterable[str] = (), allowed: Iterable[str] = ()) -> list[Shown]:
    """The texts that still hold an English letter once the register's data and the allowed words are out."""
    data = sorted({d for d in data if d and _ENGLISH_LETTER.search(d)}, key=len, reverse=True)
    allowed = sorted(set(allowed), key=len, reverse=True)
    found = []
    for item in shown:
        text = plain(item.text or "")
        for value in data:
            text = text.replace(value, " ")
        text = without_keys(text)
        for value in allowed:
            text = text.replace(value, " ")
        if _ENGLISH_LETTER.search(text):
            found.append(item)
    return found

