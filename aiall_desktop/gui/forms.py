"""Qt Designer forms from ``ui/``, made into widgets at run time.

``QUiLoader`` needs no tool on PATH and behaves the same in a source checkout, an installed wheel and a
frozen bundle. Its strings are translated with the form's class name as the context, which is what
``pyside6-lupdate`` writes for ``.ui`` files. One loader serves the program: building it is the slow part.
"""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QFile, QIODevice, QObject
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

from ..paths import ui_dir

T = TypeVar("T", bound=QObject)

_loader: QUiLoader | None = None


class FormError(RuntimeError):
    """A form is missing or broken: a fault of the installation, not of the user's data."""


def form_path(name: str) -> Path:
    return ui_dir() / f"{name}.ui"


def form_names() -> list[str]:
    """Every form the program ships."""
    return sorted(path.stem for path in ui_dir().glob("*.ui"))


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    """The widget described by ``ui/<name>.ui``."""
    global _loader
    path = form_path(name)
    handle = QFile(str(path))
    if not handle.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FormError(f"the form {path} cannot be read: {handle.errorString()}")
    try:
        if _loader is None:
            _loader = _make_loader()
        widget = _loader.load(handle, parent)
    finally:
        handle.close()
    if widget is None:
        raise FormError(f"the form {path} cannot be loaded: {_loader.errorString()}")
    return widget


def _make_loader() -> QUiLoader:
    # The loader looks for Designer plugins on the library paths as it is built; PySide6 ships some
    # (Qt WebEngine and Qt Quick widgets) that load large libraries, ~40 ms, for forms that use only
    # standard widgets. Built while the paths are empty, it looks nowhere.
    paths = QCoreApplication.libraryPaths()
    QCoreApplication.setLibraryPaths([])
    try:
        loader = QUiLoader()
    finally:
        QCoreApplication.setLibraryPaths(paths)
    return loader


def part(form: QWidget, kind: type[T], name: str) -> T:
    """A named child of a loaded form; a renamed widget in Designer fails here, loudly and early."""
    child = form.findChild(kind, name)
    if child is None:
        raise FormError(f"the form {form.objectName()!r} has no {kind.__name__} named {name!r}")
    return child
