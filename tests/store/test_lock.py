"""Two copies on one file: the second is told who has it and may read only; a crash locks nobody out."""

from __future__ import annotations

import hashlib
import os
import signal
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from aiall_desktop.records import Organisation
from aiall_desktop.store import DatabaseRefused, StoreError, Store
from aiall_desktop.store import lock
from aiall_desktop.store.errors import DatabaseInUse, OlderDatabase, ReadOnlyDatabase

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the holder is killed with SIGKILL")

# A second copy of the program: opens the file, says so, and waits to be killed.
HOLDER = textwrap.dedent(
    """
    import sys, time
    from aiall_desktop.records import Organisation
    from aiall_desktop.store import Store
    store = Store.open(sys.argv[1])
    store.organisations.create(Organisation(name="Written by the other copy"))
    print("holding", flush=True)
    time.sleep(120)
    """
)


class OtherCopy:
    """Another process of the program holding a database open, killed at the end whatever happens."""

    def __init__(self, path: Path):
        root = Path(__file__).resolve().parents[2]
        self.process = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True, cwd=root, env={**os.environ, "PYTHONPATH": str(root)},
        )
        line = self.process.stdout.readline()
        assert line.strip() == "holding", self.process.stderr.read()

    @property
    def pid(self) -> int:
        return self.process.pid

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)  # no clean-up of any kind: as a crash or power cut
        self.process.wait(timeout=30)
        self.process.stdout.close()
        self.process.stderr.close()


@pytest.fixture
def other_copy(db_path: Path):
    Store.open(db_path).close()
    holder = OtherCopy(db_path)
    yield holder
    holder.kill()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- two processes -------------------------------------------------------------------------------


def test_a_second_copy_is_refused_with_who_has_the_file(db_path: Path, other_copy: OtherCopy):
    with pytest.raises(DatabaseInUse) as refused:
        Store.open(db_path)
    error = refused.value
    assert isinstance(error, DatabaseRefused)
    assert error.pid == other_copy.pid
    assert error.host == socket.gethostname() and error.on_this_computer
    assert error.since is not None
    assert f"is open in Workshop Desk on this computer (process {other_copy.pid}) since " in str(error)
    assert str(error).endswith("Close it there, or open this file read-only.")
    assert not lock.holds(db_path)  # the refusal left nothing claimed behind


def test_the_refusal_comes_before_any_write(db_path: Path, other_copy: OtherCopy):
    other_copy.kill()  # stopped mid-work; then the file is claimed by hand, as by a copy that hangs
    claim = lock.FileLock(lock.lock_path(db_path))
    assert claim.acquire()
    before = digest(db_path)
    try:
        with pytest.raises(DatabaseInUse):
            Store.open(db_path)
        assert digest(db_path) == before
    finally:
        claim.release()


def test_a_killed_copy_does_not_lock_anyone_out(db_path: Path, other_copy: OtherCopy):
    with pytest.raises(DatabaseInUse):
        Store.open(db_path)
    other_copy.kill()
    # The crashed copy's note is still there: a stale file, which decides nothing.
    assert lock.lock_path(db_path).exists()
    with Store.open(db_path) as store:
        assert [o.name for o in store.organisations.list()] == ["Written by the other copy"]
        assert store.integrity_check() == ["ok"]
        assert lock.read_holder(lock.lock_path(db_path)).pid == os.getpid()
    assert not lock.lock_path(db_path).exists()  # a clean close leaves nothing behind


def test_the_second_copy_may_read_but_not_write(db_path: Path, other_copy: OtherCopy):
    with Store.open(db_path, read_only=True) as reader:
        assert reader.read_only
        assert [o.name for o in reader.organisations.list()] == ["Written by the other copy"]
        with pytest.raises(ReadOnlyDatabase) as refused:
            reader.organisations.create(Organisation(name="Second writer"))
        assert isinstance(refused.value, StoreError)
        assert "opened read-only, because it is open in another copy" in str(refused.value)
        with pytest.raises(ReadOnlyDatabase):
            with reader.transaction():
                reader.settings.set("women_minimum", 0.5)
        assert reader.settings.get("women_minimum") == 0.26
    other_copy.kill()
    with Store.open(db_path) as store:
        assert store.organisations.count() == 1
        assert store.integrity_check() == ["ok"]


# -- one process ----------------------------------------------------------------------------------


def test_stores_of_one_process_share_the_claim(db_path: Path):
    """The window and its background jobs open their own connections: one copy of the program."""
    first = Store.open(db_path)
    second = Store.open(db_path)  # a background job's store
    assert lock.holds(db_path)
    second.organisations.create(Organisation(name="From the job"))
    second.close()
    assert lock.holds(db_path)  # the window still has it
    assert first.organisations.count() == 1
    first.close()
    assert not lock.holds(db_path)
    assert not lock.lock_path(db_path).exists()


def test_a_claim_held_in_this_process_outside_the_store_refuses(db_path: Path):
    Store.open(db_path).close()
    foreign = lock.FileLock(lock.lock_path(db_path))
    assert foreign.acquire()
    try:
        with pytest.raises(DatabaseInUse):
            Store.open(db_path)
        with pytest.raises(DatabaseInUse):
            Store.open(db_path.parent / "." / db_path.name)  # another spelling of the same file
    finally:
        foreign.release()
    Store.open(db_path).close()


def test_a_stale_lock_file_with_garbage_in_it_is_taken_over(db_path: Path):
    Store.open(db_path).close()
    lock.lock_path(db_path).write_bytes(b"\x00\xffnot a note")
    with Store.open(db_path) as store:
        assert store.organisations.count() == 0


def test_a_refused_file_is_not_claimed(tmp_path: Path):
    garbage = tmp_path / "notes.sqlite"
    garbage.write_text("not a database")
    with pytest.raises(DatabaseRefused):
        Store.open(garbage)
    assert not lock.lock_path(garbage).exists()
    assert not lock.holds(garbage)


def test_an_unclaimed_open_and_a_claimed_one_coexist(db_path: Path):
    with Store.open(db_path, exclusive=False) as loose:
        assert not lock.holds(db_path)
        with Store.open(db_path) as claimed:
            assert lock.holds(db_path)
            claimed.organisations.create(Organisation(name="Lekebergs Café"))
        assert loose.organisations.count() == 1


def test_the_note_names_the_holder_while_it_holds(db_path: Path):
    with Store.open(db_path):
        holder = lock.read_holder(lock.lock_path(db_path))
        assert holder.pid == os.getpid()
        assert holder.host == socket.gethostname()
        assert holder.since is not None


def test_in_use_message_without_a_readable_note():
    error = DatabaseInUse("/tmp/x.sqlite")
    assert error.reason == "it is open in another copy of Workshop Desk. Close it there, or open this file read-only."
    other = DatabaseInUse("/tmp/x.sqlite", pid=77, host="meeting-room-pc")
    assert "on the computer “meeting-room-pc” (process 77)" in other.reason
    assert not other.on_this_computer


# -- read-only -----------------------------------------------------------------------------------


def test_read_only_needs_an_existing_current_file(db_path: Path):
    with pytest.raises(DatabaseRefused, match="no such file"):
        Store.open(db_path, read_only=True)
    assert not db_path.exists()
    Store.open(db_path).close()
    import sqlite3

    connection = sqlite3.connect(db_path)
    connection.execute("PRAGMA user_version = 1")
    connection.close()
    before = digest(db_path)
    with pytest.raises(OlderDatabase, match="must be upgraded"):
        Store.open(db_path, read_only=True)
    assert digest(db_path) == before


def test_read_only_does_not_claim_nor_change_the_file(db_path: Path):
    with Store.open(db_path) as store:
        store.organisations.create(Organisation(name="Hallsbergs Plåt"))
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = digest(db_path)
    with Store.open(db_path, read_only=True) as reader:
        assert not lock.holds(db_path)
        record = reader.organisations.list()[0]
        assert record.name == "Hallsbergs Plåt"
        with pytest.raises(ReadOnlyDatabase):
            reader.organisations.update(record.id, name="Changed")
        with pytest.raises(ReadOnlyDatabase):
            reader.organisations.delete(record.id)
    assert digest(db_path) == before


def test_a_reader_does_not_keep_the_owner_out(db_path: Path):
    Store.open(db_path).close()
    with Store.open(db_path, read_only=True) as reader:
        with Store.open(db_path) as writer:
            writer.organisations.create(Organisation(name="Askersunds Glas"))
        assert [o.name for o in reader.organisations.list()] == ["Askersunds Glas"]


# -- the command line -----------------------------------------------------------------------------


def test_the_import_command_refuses_a_file_open_in_the_window_in_one_line(
    db_path: Path, other_copy: OtherCopy, tmp_path: Path, capsys
):
    from aiall_desktop.cli import main

    source = tmp_path / "besok.csv"
    source.write_text("Förnamn;Efternamn;E-post\nAnna;Berg;anna@example.com\n", encoding="utf-8")
    assert main(["import", str(source), "--db", str(db_path)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert err[0].startswith(f"aiall-desktop import: {db_path}: it is open in Workshop Desk on this computer "
                             f"(process {other_copy.pid})")
    other_copy.kill()
    with Store.open(db_path) as store:
        assert store.participants.count() == 0


def test_check_and_backup_work_on_a_file_open_in_the_window(db_path: Path, other_copy: OtherCopy, capsys):
    from aiall_desktop.cli import main

    assert main(["check", "--db", str(db_path)]) == 0
    assert "integrity: ok" in capsys.readouterr().out
    assert main(["backup", "--db", str(db_path), "--to", str(db_path.parent / "copy.sqlite")]) == 0
    with Store.open(db_path.parent / "copy.sqlite", read_only=True) as copy:
        assert [o.name for o in copy.organisations.list()] == ["Written by the other copy"]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_a_forked_child_does_not_release_the_parents_claim(db_path: Path):
    with Store.open(db_path):
        pid = os.fork()
        if pid == 0:  # the child: another process, so the file is in use for it
            try:
                Store.open(db_path).close()
                code = 1
            except DatabaseInUse:
                code = 0
            except BaseException:  # noqa: BLE001
                code = 2
            os._exit(code)
        _, status = os.waitpid(pid, 0)
        assert os.waitstatus_to_exitcode(status) == 0
        assert lock.holds(db_path)
        claim = lock.FileLock(lock.lock_path(db_path))
        assert not claim.acquire()  # still ours, and still locked
