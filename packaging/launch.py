"""The frozen program's entry point: the command line, as ``aiall-desktop`` is when installed with pip.

PyInstaller runs this file as ``__main__``; a script of its own (rather than the package's
``__main__.py``) keeps the package importable by its own name inside the bundle.
"""

import sys

from aiall_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
