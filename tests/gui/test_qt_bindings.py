"""Guards against faults of the Qt bindings themselves, so that a bad PySide6 release fails here first.

PySide6 6.12.0 lost one reference to ``True`` on every ``Signal.emit()`` from Python; on Python 3.11
the interpreter aborts a few thousand emits later ("bool_dealloc: deallocating True or False").
pyproject.toml excludes that release; this test catches a later one with the same fault.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class Sender(QObject):
    plain = Signal()
    text = Signal(str)


def test_emitting_keeps_the_references_to_true(qapp):
    sender = Sender()
    received: list[str] = []
    sender.text.connect(received.append)
    before = sys.getrefcount(True)
    for _ in range(200):
        sender.plain.emit()
        sender.text.emit("x")
    # A few references may come and go elsewhere; hundreds lost would mean the fault is back (on 3.12+
    # True is immortal and the count does not move at all).
    assert sys.getrefcount(True) - before > -50
    assert len(received) == 200
