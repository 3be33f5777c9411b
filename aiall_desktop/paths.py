"""Where things are: the user's database, backups and logs, and the bundled forms and resources.

One resolver for the three ways the program runs: from a source checkout, from an installed wheel
(``ui/`` and ``resources/`` are mapped into the package by ``pyproject.toml``), and from a PyInstaller
bundle (``sys._MEIPASS``).
"""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

APP_NAME = "aiall-desktop"
APP_AUTHOR = "AI.ALL"

_PACKAGE_DIR = Path(__file__).resolve().parent


def _bundled(name: str) -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen_root:
        candidates.append(Path(frozen_root) / name)
    candidates.append(_PACKAGE_DIR / name)  # installed wheel
    candidates.append(_PACKAGE_DIR.parent / name)  # source checkout
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"the program's {name}/ folder is missing (looked in {', '.join(map(str, candidates))})")


def ui_dir() -> Path:
    """Qt Designer forms."""
    return _bundled("ui")


def resources_dir() -> Path:
    """Icons, fonts, translations and styles."""
    return _bundled("resources")


def fonts_dir() -> Path:
    """The fonts embedded in printed documents (DejaVu Sans, with its licence)."""
    return resources_dir() / "fonts"


def user_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def default_database() -> Path:
    return user_data_dir() / "workshop-desk.sqlite"


def backups_dir(database: Path) -> Path:
    """Backups live beside the data they protect, so they travel with it."""
    return database.resolve().parent / "backups"


def user_log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def log_dir() -> Path:
    """The user's log folder, made if missing; the owner's alone (0700), as logs may tell what was done."""
    folder = user_log_dir()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    folder.chmod(0o700)  # mkdir's mode is filtered by the umask, and an older folder may be wider
    return folder
