"""The shared folder's rules without a window: which files wait, our own file, what was merged."""

from __future__ import annotations

import os
from pathlib import Path

from aiall_desktop.records import Organisation
from aiall_desktop.sharing import apply_merge, read_exchange
from aiall_desktop.sharing.folder import (
    FolderFile, merged_marks, note_merged, own_file_name, scan, set_shared_folder, shared_folder, visit,
    waiting_files,
)
from aiall_desktop.store import Store

OWN = "aaaa.aiall-exchange"


def test_only_the_colleagues_changed_exchange_files_wait():
    files = [
        FolderFile(OWN, 10, 100),
        FolderFile("bbbb.aiall-exchange", 20, 200),
        FolderFile("cccc.aiall-exchange", 30, 300),
        FolderFile("dddd.aiall-exchange", 40, 400),
        FolderFile("register.sqlite", 50, 500),
        FolderFile("bbbb.aiall-exchange.partial", 60, 600),
        FolderFile(".eeee.aiall-exchange", 70, 700),  # a sync tool's temporary copy
    ]
    merged = {"cccc.aiall-exchange": [30, 300], "dddd.aiall-exchange": [35, 400]}
    assert [f.name for f in waiting_files(files, OWN, merged)] == ["bbbb.aiall-exchange", "dddd.aiall-exchange"]


def test_a_merged_file_waits_again_once_it_changes_even_to_an_older_time():
    merged = {"bbbb.aiall-exchange": [20, 200]}
    assert waiting_files([FolderFile("bbbb.aiall-exchange", 20, 200)], OWN, merged) == []
    assert waiting_files([FolderFile("bbbb.aiall-exchange", 20, 201)], OWN, merged)
    assert waiting_files([FolderFile("bbbb.aiall-exchange", 5, 200)], OWN, merged)


def test_scan_sees_exchange_files_only_and_survives_a_missing_folder(tmp_path: Path):
    (tmp_path / "a.aiall-exchange").write_bytes(b"x" * 5)
    (tmp_path / "live.sqlite").write_bytes(b"y")
    (tmp_path / "dir.aiall-exchange").mkdir()
    [found] = scan(tmp_path)
    assert (found.name, found.size) == ("a.aiall-exchange", 5)
    assert scan(tmp_path / "not mounted") == []


def test_the_setting_is_kept_in_the_database(tmp_path: Path):
    path = tmp_path / "a.sqlite"
    with Store.open(path) as store:
        assert shared_folder(store) is None
        set_shared_folder(store, tmp_path / "Delad mapp Åsa")
        note_merged(store, FolderFile("b.aiall-exchange", 1, 2))
    with Store.open(path) as store:
        assert shared_folder(store) == tmp_path / "Delad mapp Åsa"
        assert merged_marks(store) == {"b.aiall-exchange": [1, 2]}
        set_shared_folder(store, None)
        assert shared_folder(store) is None


def test_two_laptops_meet_in_the_folder(tmp_path: Path):
    folder = tmp_path / "shared"
    folder.mkdir()
    with Store.open(tmp_path / "a.sqlite") as a, Store.open(tmp_path / "b.sqlite") as b:
        a.organisations.create(Organisation(name="Örebro Mekaniska"))
        state = visit(a, folder)
        own = folder / own_file_name(a.sharing.database_id)
        assert state.written is not None and state.written.path == own and own.exists()
        assert state.waiting == []  # our own file is not offered to us
        assert not list(folder.glob("*.partial"))

        seen = visit(b, folder)
        assert [f.name for f in seen.waiting] == [own.name]
        apply_merge(b, read_exchange(folder / own.name), backup=False)
        note_merged(b, seen.waiting[0])
        assert [o.name for o in b.organisations.list()] == ["Örebro Mekaniska"]

        again = visit(b, folder)
        # A's file once more is not offered; B's own file is not offered to B; A is offered B's file.
        assert again.waiting == []
        assert [f.name for f in visit(a, folder).waiting] == [own_file_name(b.sharing.database_id)]

        a.organisations.create(Organisation(name="Karlskoga Gjuteri"))
        visit(a, folder)
        status = os.stat(own)
        os.utime(own, ns=(status.st_atime_ns, status.st_mtime_ns + 1_000_000_000))
        assert [f.name for f in visit(b, folder).waiting] == [own.name]


def test_a_read_only_database_writes_nothing_but_still_looks(tmp_path: Path):
    folder = tmp_path / "shared"
    folder.mkdir()
    (folder / "colleague.aiall-exchange").write_bytes(b"z")
    with Store.open(tmp_path / "a.sqlite") as a:
        state = visit(a, folder, write=False)
    assert state.written is None
    assert [f.name for f in state.waiting] == ["colleague.aiall-exchange"]
    assert [p.name for p in folder.iterdir()] == ["colleague.aiall-exchange"]
