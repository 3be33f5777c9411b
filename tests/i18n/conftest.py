"""The translation tests use the window's fixtures (tests/gui/conftest.py) and a translator of their own."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest


def _gui_fixtures():
    # tests/ is not a package: load the window tests' conftest under a name of its own and reuse its fixtures.
    name = "_aiall_gui_conftest"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, Path(__file__).parent.parent / "gui" / "conftest.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


_gui = _gui_fixtures()
qt_settings = _gui.qt_settings
filled = _gui.filled
register = _gui.register
open_window = _gui.open_window
window = _gui.window
message_boxes = _gui.message_boxes
type_text = _gui.type_text
clock = _gui.clock
workshop = _gui.workshop
MessageBoxes = _gui.MessageBoxes


@pytest.fixture
def own_translators(qapp):
    """Take the program's translators out for the test and put them back after it."""
    from PySide6.QtCore import QCoreApplication

    from aiall_desktop.gui import app

    saved = list(app._translators)
    for translator in saved:
        QCoreApplication.removeTranslator(translator)
    installed = []
    yield installed
    # A test may also have called install_translators, which keeps its own in app._translators.
    for translator in installed + list(app._translators):
        QCoreApplication.removeTranslator(translator)
    app._translators[:] = saved
    for translator in saved:
        QCoreApplication.installTranslator(translator)
    QCoreApplication.instance().setApplicationDisplayName(QCoreApplication.translate("app", "AI.ALL* Workshop Desk"))
