"""The shared folder (issue 10): a common network drive or synced folder where each laptop leaves its
exchange file and finds its colleagues'. Plain Python, no Qt.

Each database writes ``<database id>.aiall-exchange`` there (a stable name, so a colleague's file is
replaced, not piled up), and offers the other ``*.aiall-exchange`` files that changed since it last
merged them. Only exchange files are ever read from the folder: a colleague's live database is never
opened over the network, whatever else lies there.

What was merged is remembered per file name as the file's modification time and size when it was
offered (setting :data:`MERGED_SETTING`). A file counts as waiting when that signature differs, not
only when it is newer: a colleague's clock may be wrong or a file restored from a backup, and merging
the same changes twice changes nothing.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..store.sharing import ID_KEY
from .bundle import SUFFIX, Written, write_exchange

if TYPE_CHECKING:
    from ..store import Store

FOLDER_SETTING = "shared_folder"
MERGED_SETTING = "shared_folder_merged"


@dataclass(frozen=True)
class FolderFile:
    """An exchange file seen in the shared folder, and its signature at that moment."""

    name: str
    mtime_ns: int
    size: int

    @property
    def signature(self) -> list[int]:
        return [self.mtime_ns, self.size]


@dataclass(frozen=True)
class FolderState:
    """After a visit to the folder: our file as written (``None`` if not written) and what waits."""

    folder: Path
    written: Written | None
    waiting: list[FolderFile]


def own_file_name(database_id: str) -> str:
    return f"{database_id}{SUFFIX}"


def waiting_files(files: Iterable[FolderFile], own_name: str,
                  merged: Mapping[str, Sequence[int]]) -> list[FolderFile]:
    """The colleagues' files to offer: exchange files, not ours, changed since we merged them; by name."""
    waiting = []
    for file in files:
        if not file.name.endswith(SUFFIX) or file.name == own_name or file.name.startswith("."):
            continue
        if list(merged.get(file.name) or ()) == file.signature:
            continue
        waiting.append(file)
    return sorted(waiting, key=lambda file: file.name)


def scan(folder: Path) -> list[FolderFile]:
    """The exchange files lying in ``folder`` (none if it cannot be read: a drive not mounted just now)."""
    found = []
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                if not entry.name.endswith(SUFFIX):
                    continue
                try:
                    if not entry.is_file():
                        continue
                    status = entry.stat()
                except OSError:
                    continue
                found.append(FolderFile(entry.name, status.st_mtime_ns, status.st_size))
    except OSError:
        return []
    return found


def shared_folder(store: Store) -> Path | None:
    value = store.settings.get(FOLDER_SETTING)
    return Path(value) if value else None


def set_shared_folder(store: Store, folder: Path | str | None) -> None:
    store.settings.set(FOLDER_SETTING, str(folder) if folder else "")


def merged_marks(store: Store) -> dict[str, list[int]]:
    return dict(store.settings.get(MERGED_SETTING) or {})


def note_merged(store: Store, file: FolderFile) -> None:
    """Do not offer ``file`` again until it changes."""
    marks = merged_marks(store)
    marks[file.name] = file.signature
    store.settings.set(MERGED_SETTING, marks)


def visit(store: Store, folder: Path, *, write: bool = True) -> FolderState:
    """Write this database's exchange file into ``folder`` (with ``write``), then list what waits there.

    The file is written under a temporary name in the same folder and renamed into place
    (:func:`write_exchange` does so), so a colleague's laptop never reads half of it.
    """
    own = own_file_name(store.sharing.database_id) if write else own_file_name(_known_id(store))
    written = write_exchange(store, folder / own) if write else None
    return FolderState(folder, written, waiting_files(scan(folder), own, merged_marks(store)))


def _known_id(store: Store) -> str:
    # A read-only database cannot bind an id; one never bound has never written a file to skip.
    try:
        return store.settings.get(ID_KEY) or ""
    except KeyError:
        return ""
