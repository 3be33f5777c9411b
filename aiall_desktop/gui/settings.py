"""What the window remembers between runs (QSettings): layout, last section, recent files.

These are preferences of this user on this computer; what belongs to the project's data lives in the
database instead. QSettings finds its file from the application's organisation and name, set in ``app``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT_FILES = 8

GEOMETRY = "window/geometry"
STATE = "window/state"
MAIN_SPLITTER = "window/main_splitter"
RECORDS_SPLITTER = "window/records_splitter"
SECTION = "window/section"
#: The workshop page open at closing: "database path|activity id|tab".
WORKSHOP = "window/workshop"
RECENT_FILES = "files/recent"
#: The size of the program's text, in per cent of the system's (Edit → Preferences).
TEXT_SCALE = "ui/text_scale"
TEXT_SCALES = (100, 125, 150, 200)
#: The program's language: "" follows the system, else "sv" or "en" (Edit → Preferences).
UI_LANGUAGE = "ui/language"
UI_LANGUAGES = ("", "sv", "en")


def app_settings() -> QSettings:
    return QSettings()


def list_header_key(list_name: str) -> str:
    return f"lists/{list_name}/header"


def read_bytes(settings: QSettings, key: str) -> QByteArray | None:
    value = settings.value(key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def read_text(settings: QSettings, key: str) -> str | None:
    value = settings.value(key)
    return value if isinstance(value, str) and value else None


def read_text_scale(settings: QSettings) -> int:
    """The stored text size; anything else than one of the offered sizes reads as the system's."""
    try:
        percent = int(settings.value(TEXT_SCALE, 100))
    except (TypeError, ValueError):
        return 100
    return percent if percent in TEXT_SCALES else 100


def read_language(settings: QSettings) -> str:
    value = settings.value(UI_LANGUAGE, "")
    return value if isinstance(value, str) and value in UI_LANGUAGES else ""


class RecentFiles:
    """The databases opened lately, newest first. Files that have gone away are dropped when read."""

    def __init__(self, settings: QSettings | None = None):
        self._settings = settings

    @property
    def settings(self) -> QSettings:
        return self._settings or app_settings()

    def _stored(self) -> list[str]:
        # A one-item list comes back from an INI file as a plain string unless the type is asked for.
        value = self.settings.value(RECENT_FILES, [], type=list)
        return [str(item) for item in value or [] if item]

    def paths(self) -> list[Path]:
        stored = self._stored()
        present = [path for path in stored if Path(path).is_file()]
        if present != stored:
            self._store(present)
        return [Path(path) for path in present]

    def add(self, path: Path) -> None:
        entry = str(path.resolve())
        entries = [entry] + [other for other in self._stored() if other != entry]
        self._store(entries[:MAX_RECENT_FILES])

    def clear(self) -> None:
        self._store([])

    def _store(self, entries: list[str]) -> None:
        settings = self.settings
        settings.setValue(RECENT_FILES, entries)
        settings.sync()
