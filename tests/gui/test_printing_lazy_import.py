"""The window starts without reportlab: it is loaded when the first document is built."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
import sys
import aiall_desktop.gui.main_window
loaded = sorted(name for name in sys.modules if name.split(".")[0] in ("reportlab", "uharfbuzz")
                or name.startswith("aiall_desktop.reports"))
print(" ".join(loaded))
from aiall_desktop.gui.printing import documents
documents.activity_builder("signin")
print("reportlab" in sys.modules)
"""


def test_the_main_window_does_not_import_reportlab():
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    loaded, built = result.stdout.splitlines()
    assert loaded == ""
    assert built == "True"  # and building a document loads it
